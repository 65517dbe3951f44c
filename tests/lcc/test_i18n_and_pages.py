"""Language prefixes, the switcher, the page shell and the error pages."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_root_redirects_to_a_language_prefix(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_honours_the_browser_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl")
    assert response["Location"] == "/nl/"


@pytest.mark.parametrize("code", ["en", "nl", "de", "it", "da"])
def test_every_language_has_its_prefix(client, code):
    response = client.get(f"/{code}/about/")
    assert response.status_code == 200
    assert f'<html lang="{code}"'.encode() in response.content


def test_dutch_interface_is_translated(client):
    html = client.get("/nl/accounts/login/").content.decode()
    assert "Inloggen" in html
    assert "Naar de hoofdinhoud" in html


def test_switcher_keeps_you_on_the_same_page(client):
    html = client.get("/en/accounts/login/").content.decode()
    assert 'href="/nl/accounts/login/" lang="nl"' in html
    assert 'href="/de/accounts/login/" lang="de"' in html
    assert 'href="/en/accounts/login/" lang="en" hreflang="en" aria-current="true"' in html


def test_page_shell_is_accessible(client):
    html = client.get("/en/about/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert html.count("<h1") == 1
    assert '<meta name="description"' in html
    assert 'rel="icon"' in html
    for landmark in ("<header", "<nav", "<footer"):
        assert landmark in html


@pytest.mark.parametrize("path", ["/en/about/", "/en/privacy/", "/en/accessibility/"])
def test_footer_pages_exist(client, path):
    assert client.get(path).status_code == 200


def test_unknown_page_gets_the_friendly_404(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'role="search"' in html


@override_settings(DEBUG=False)
def test_server_error_page_renders_without_context(client):
    from lcc.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert b"Something went wrong" in response.content
