"""Daily and weekly digests: one e-mail per member, grouped by kind, sent once."""

import pytest
from django.core import mail

from community.notifications import delivery, tasks
from community.notifications.api import notify
from community.notifications.models import EmailMode, EmailState, NotificationPreference

pytestmark = pytest.mark.django_db


@pytest.fixture
def daily_member(make_user, django_capture_on_commit_callbacks):
    """A member with three daily items: two followed pages and one reply they bundle daily."""
    member = make_user()
    NotificationPreference.objects.create(user=member, kind="reply", mode=EmailMode.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        notify([member], "followed_content", title="Flood warning apps", url="/en/f/a/")
        notify([member], "followed_content", title="Volunteer coordination", url="/en/f/b/")
        notify([member], "reply", title="Re: Reaching tourists", url="/en/c/t/7/")
        notify([member], "path_nudge", title="Continue: crisis communication")  # weekly
    return member


def test_the_daily_digest_groups_a_members_items_by_kind(daily_member):
    assert tasks.queue_daily_digests.apply().get() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    text = message.body
    assert "Flood warning apps" in text and "Volunteer coordination" in text
    assert "Re: Reaching tourists" in text
    assert "Continue: crisis communication" not in text  # waits for the weekly digest
    assert text.index("New or updated framework content you follow") < text.index(
        "Flood warning apps"
    )
    assert text.index("A reply in a thread you started or follow") < text.index("Re: Reaching")
    assert "http://127.0.0.1:8000/en/f/a/" in message.alternatives[0][0]
    assert message.subject.startswith("Your day: 3 notifications")


def test_a_digest_is_sent_once(daily_member):
    tasks.queue_daily_digests.apply()
    tasks.queue_daily_digests.apply()
    assert delivery.send_digests_to([daily_member.pk], "daily") == 0
    assert len(mail.outbox) == 1
    states = set(
        daily_member.notifications.filter(email_mode="daily").values_list("email_state", flat=True)
    )
    assert states == {EmailState.SENT}


def test_the_weekly_digest_takes_only_weekly_items(daily_member):
    tasks.queue_weekly_digests.apply()
    assert len(mail.outbox) == 1
    assert "Continue: crisis communication" in mail.outbox[0].body
    assert "Flood warning apps" not in mail.outbox[0].body
    assert mail.outbox[0].subject.startswith("Your week: 1 notification ")


def test_a_kind_switched_off_before_the_digest_is_left_out(daily_member):
    NotificationPreference.objects.filter(user=daily_member, kind="reply").update(
        mode=EmailMode.OFF
    )
    tasks.queue_daily_digests.apply()
    assert "Re: Reaching tourists" not in mail.outbox[0].body
    reply = daily_member.notifications.get(kind="reply")
    assert reply.email_state == EmailState.SKIPPED


def test_members_without_waiting_items_get_no_digest(make_user, daily_member):
    make_user()
    tasks.queue_daily_digests.apply()
    assert [m.to for m in mail.outbox] == [[daily_member.email]]


def test_digest_queries_do_not_grow_with_items(make_user, django_assert_max_num_queries):
    members = [make_user() for _ in range(5)]
    for member in members:
        for n in range(4):
            notify([member], "followed_content", title=f"Guide {n}")
    ids = [m.pk for m in members]
    # users + muted preferences, then per member: claim, read, mark sent
    with django_assert_max_num_queries(2 + 3 * len(members)):
        assert delivery.send_digests_to(ids, "daily") == len(members)
