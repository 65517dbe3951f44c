"""Posting limits (django-ratelimit): per member, per minute and per hour, valid posts only."""

import pytest
from django.urls import reverse

from community.models import Post

pytestmark = pytest.mark.django_db


class Clock:
    """Stands in for the ``time`` module inside django-ratelimit, so windows can pass."""

    def __init__(self, now=1_900_000_000.0):
        self.now = now

    def time(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    import django_ratelimit.core

    fake = Clock()
    monkeypatch.setattr(django_ratelimit.core, "time", fake)
    return fake


def _reply(client, thread, body):
    return client.post(thread.get_absolute_url(), {"body": body})


def test_refusals_within_the_minute_do_not_use_up_the_hour(
    client, make_thread, member, settings, clock
):
    settings.LCC_COMMUNITY_POST_LIMITS = {"minute": 1, "hour": 2}
    thread = make_thread()
    client.force_login(member)
    assert _reply(client, thread, "first").status_code == 302
    assert _reply(client, thread, "too quick").status_code == 429
    assert _reply(client, thread, "still too quick").status_code == 429
    clock.now += 61
    assert _reply(client, thread, "second").status_code == 302
    clock.now += 61
    response = _reply(client, thread, "third within the hour")
    assert response.status_code == 429
    assert "per hour" in response.text
    clock.now += 3601
    assert _reply(client, thread, "next hour").status_code == 302
    assert Post.objects.filter(author=member).count() == 3


def test_invalid_submissions_do_not_count(client, make_thread, member, settings, clock):
    settings.LCC_COMMUNITY_POST_LIMITS = {"minute": 1, "hour": 10}
    thread = make_thread()
    client.force_login(member)
    for _ in range(3):
        assert _reply(client, thread, "").status_code == 400
    assert _reply(client, thread, "now with text").status_code == 302


def test_limits_are_per_member(client, make_thread, make_user, member, settings, clock):
    settings.LCC_COMMUNITY_POST_LIMITS = {"minute": 1, "hour": 10}
    thread = make_thread()
    client.force_login(member)
    assert _reply(client, thread, "mine").status_code == 302
    assert _reply(client, thread, "mine again").status_code == 429
    client.force_login(make_user())
    assert _reply(client, thread, "someone else").status_code == 302


def test_new_threads_and_replies_share_the_limit(
    client, make_thread, category, member, settings, clock
):
    settings.LCC_COMMUNITY_POST_LIMITS = {"minute": 1, "hour": 10}
    thread = make_thread()
    client.force_login(member)
    assert _reply(client, thread, "a reply").status_code == 302
    data = {"title": "Another question", "category": category.pk, "body": "About sirens?"}
    response = client.post(reverse("community:thread_new"), data)
    assert response.status_code == 429
    assert "wait a minute" in response.text
    assert "About sirens?</textarea>" in response.text
