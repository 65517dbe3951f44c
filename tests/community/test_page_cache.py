"""Moderation changes reach anonymous visitors even when whole pages are cached for them."""

import pytest
from django.core.cache import cache

from community import services

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.LCC_PAGE_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def public_member(make_user, set_profile):
    user = make_user()
    set_profile(user, visibility="public", handle="lars", display_name="Lars Holm")
    return user


def _anonymous_profile_page(client, user):
    client.cookies.clear()
    return client.get(user.profile.get_absolute_url())


def test_a_suspension_shows_at_once_on_a_cached_profile_page(client, public_member, moderator):
    first = _anonymous_profile_page(client, public_member)
    assert first["X-Page-Cache"] == "miss" and "Suspended" not in first.text
    assert _anonymous_profile_page(client, public_member)["X-Page-Cache"] == "hit"

    services.suspend_member(public_member, moderator, reason="spam")

    after = _anonymous_profile_page(client, public_member)
    assert after.get("X-Page-Cache") != "hit"
    assert "Suspended" in after.text


def test_lifting_a_suspension_shows_at_once_too(client, public_member, moderator):
    services.suspend_member(public_member, moderator, reason="spam")
    assert "Suspended" in _anonymous_profile_page(client, public_member).text
    assert _anonymous_profile_page(client, public_member)["X-Page-Cache"] == "hit"

    services.lift_suspension(public_member, moderator)

    after = _anonymous_profile_page(client, public_member)
    assert after.get("X-Page-Cache") != "hit"
    assert "Suspended" not in after.text
    public_member.profile.refresh_from_db()
    assert public_member.profile.suspended_until is None
    assert public_member.profile.suspension_reason == ""
