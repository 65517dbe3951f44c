"""HTML details the Nu checker and axe flagged on community pages (a11y findings 2 and 3)."""

import re
from datetime import UTC, datetime

import pytest
from django.urls import reverse

from community import services
from community.models import Post

pytestmark = pytest.mark.django_db

TIME_ATTR = re.compile(r'<time datetime="([^"]*)"')
#: A valid HTML "global date and time string" with at most three digits of fraction (we print none).
VALID_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$"
)
HEADING = re.compile(r"<h([1-6])[\s>]")


def _time_values(response):
    assert response.status_code == 200
    return TIME_ATTR.findall(response.content.decode())


@pytest.fixture
def thread_with_microseconds(make_thread, make_user, set_profile):
    """A thread whose times carry microseconds, as real posts do."""
    author = make_user()
    set_profile(author, visibility="public", handle="giulia")
    thread = make_thread(author=author)
    reply = services.create_reply(thread=thread, author=author, body="We used cell broadcast.")
    services.edit_post(reply, "We used cell broadcast and SMS.")
    stamp = datetime(2026, 3, 4, 10, 11, 12, 904348, tzinfo=UTC)
    Post.objects.filter(thread=thread).update(created_at=stamp, edited_at=stamp)
    thread.__class__.objects.filter(pk=thread.pk).update(last_activity_at=stamp)
    return thread


@pytest.mark.parametrize("page", ["index", "threads", "thread", "profile"])
def test_time_elements_carry_a_datetime_without_microseconds(
    client, thread_with_microseconds, page
):
    thread = thread_with_microseconds
    urls = {
        "index": reverse("community:index"),
        "threads": reverse("community:threads"),
        "thread": thread.get_absolute_url(),
        "profile": thread.author.profile.get_absolute_url(),
    }
    values = _time_values(client.get(urls[page]))
    assert values, "the page shows at least one <time>"
    assert [v for v in values if not VALID_DATETIME.match(v)] == []
    assert all(v.startswith("2026-03-04T") for v in values)


def test_notification_times_carry_a_valid_datetime(client, make_user):
    from community.notifications.api import notify
    from community.notifications.models import Notification

    user = make_user()
    (note,) = notify([user], "reply", title="A reply to your thread", url="/en/community/")
    Notification.objects.filter(pk=note.pk).update(
        created=datetime(2026, 3, 4, 10, 11, 12, 904348, tzinfo=UTC)
    )
    client.force_login(user)
    values = _time_values(client.get(reverse("notifications:index")))
    assert values and all(VALID_DATETIME.match(v) for v in values)


@pytest.mark.parametrize("name", ["community:threads", "community:unanswered"])
def test_thread_list_headings_never_skip_a_level(client, make_thread, name):
    make_thread()
    html = client.get(reverse(name)).content.decode()
    levels = [int(level) for level in HEADING.findall(html)]
    assert 3 in levels  # the thread row is on the page
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert skips == []
