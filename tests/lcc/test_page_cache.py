"""The anonymous page cache: shared safely, bypassed for sessions, invalidated on change."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.LCC_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_second_anonymous_request_is_served_from_the_cache(client, django_assert_num_queries):
    first = client.get("/en/about/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/about/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_query_strings_are_cached_separately(client):
    client.get("/en/about/?a=1")
    assert client.get("/en/about/?a=2")["X-Page-Cache"] == "miss"


def test_signed_in_members_bypass_the_cache(client, member):
    client.get("/en/about/")
    client.force_login(member)
    response = client.get("/en/about/")
    assert "X-Page-Cache" not in response
    assert b"My account" in response.content


def test_pages_that_set_a_cookie_are_never_shared(client):
    # The sign-in form carries a CSRF token, which sets a cookie: it must not be cached.
    client.get("/en/accounts/login/")
    client.cookies.clear()
    response = client.get("/en/accounts/login/")
    assert response.get("X-Page-Cache") != "hit"


def test_changing_content_invalidates_cached_pages(client):
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"
    from wagtail.models import Site

    site = Site.objects.first()
    site.site_name = "LCC"
    site.save()  # any watched content model
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_unwatched_models_leave_the_cache_alone(client):
    client.get("/en/about/")
    Group.objects.create(name="Somebody")
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"


def test_errors_and_posts_are_not_cached(client):
    client.get("/en/no-such-page/")
    assert client.get("/en/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")
    assert "X-Page-Cache" not in client.post("/en/about/")


def test_a_change_bumps_the_generation_again_when_it_commits(django_capture_on_commit_callbacks):
    from wagtail.models import Site

    from lcc.page_cache import generation

    before = generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        site = Site.objects.first()
        site.save()
        during = generation()
    assert during == before + 1
    assert callbacks  # the second bump waits for the commit
    assert generation() == before + 2
