"""Account redirects keep the member's language: /nl/ in, /nl/ out."""

import re

import pytest

pytestmark = pytest.mark.django_db

PASSPHRASE = "a-long-enough-passphrase-9"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts attempts in the cache; other tests' failed log-ins must not count here."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("page", ["signup", "login"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_signed_in_member_opening_signup_or_login_goes_home_in_that_language(
    client, member, page, language
):
    client.force_login(member)
    response = client.get(f"/{language}/accounts/{page}/")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"


def test_logging_in_on_a_dutch_page_lands_on_the_dutch_home(client, member, password):
    response = client.post("/nl/accounts/login/", {"login": member.email, "password": password})
    assert response.status_code == 302
    assert response["Location"] == "/nl/"
    assert "_auth_user_id" in client.session


def test_an_explicit_next_still_wins(client, member, password):
    response = client.post(
        "/nl/accounts/login/?next=/nl/community/",
        {"login": member.email, "password": password},
    )
    assert response["Location"] == "/nl/community/"


def test_signing_up_on_a_dutch_page_ends_on_the_dutch_home(
    client, django_capture_on_commit_callbacks
):
    from django.core import mail

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/nl/accounts/signup/",
            {"email": "ana@example.org", "password1": PASSPHRASE, "password2": PASSPHRASE},
        )
    assert response["Location"] == "/nl/accounts/confirm-email/"
    confirm_url = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    assert confirm_url.startswith("/nl/")

    response = client.post(confirm_url)
    assert response.status_code == 302
    assert response["Location"] == "/nl/"
    assert "_auth_user_id" in client.session


def test_signing_out_on_a_dutch_page_lands_on_the_dutch_home(client, member):
    client.force_login(member)
    response = client.post("/nl/accounts/logout/")
    assert response["Location"] == "/nl/"
