"""notify(): rows written with the event, mail queued on commit, duplicates and actors skipped."""

import pytest
from django.core import mail

from community.notifications.api import notify
from community.notifications.models import (
    EmailMode,
    EmailState,
    Notification,
    NotificationPreference,
)

pytestmark = pytest.mark.django_db


def test_one_row_per_recipient_and_the_actor_is_left_out(make_user):
    actor, a, b = make_user(), make_user(), make_user()
    rows = notify([a, b, a, actor], "reply", actor=actor, title="New reply", url="/en/x/")
    assert sorted(row.recipient_id for row in rows) == sorted([a.pk, b.pk])
    assert Notification.objects.filter(recipient=actor).count() == 0


def test_inactive_members_get_nothing(make_user):
    gone = make_user(is_active=False)
    assert notify([gone], "mention", title="Hi") == []


def test_the_same_key_creates_nothing_the_second_time(make_user):
    member = make_user()
    first = notify([member], "followed_content", title="Guide", key="page:3:rev:9")
    second = notify([member], "followed_content", title="Guide", key="page:3:rev:9")
    assert len(first) == 1 and second == []
    assert Notification.objects.filter(recipient=member).count() == 1


def test_an_unknown_kind_is_refused(member):
    with pytest.raises(ValueError):
        notify([member], "gossip")


def test_the_target_is_recorded(make_user):
    member, other = make_user(), make_user()
    (row,) = notify([member], "mention", target=other, title="x")
    assert Notification.objects.get(pk=row.pk).target == other


def test_the_email_mode_follows_the_member_preference_or_the_default(make_user):
    keen, quiet = make_user(), make_user()
    NotificationPreference.objects.create(user=quiet, kind="reply", mode=EmailMode.OFF)
    rows = {row.recipient_id: row for row in notify([keen, quiet], "reply", title="x")}
    assert rows[keen.pk].email_mode == EmailMode.IMMEDIATE
    assert rows[keen.pk].email_state == EmailState.PENDING
    assert rows[quiet.pk].email_state == EmailState.SKIPPED
    (nudge,) = notify([keen], "path_nudge", title="Resume your path")
    assert nudge.email_mode == EmailMode.WEEKLY


def test_immediate_mail_goes_out_only_after_commit(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        (row,) = notify([member], "reply", title="A reply")
    assert mail.outbox == [] and callbacks
    for callback in callbacks:  # the mail, and dropping the bell's cached count
        callback()
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert row.email_state == EmailState.SENT and row.emailed_at is not None


def test_a_rolled_back_event_leaves_no_notification_and_sends_nothing(
    member, django_capture_on_commit_callbacks
):
    from django.db import transaction

    callbacks = django_capture_on_commit_callbacks(execute=True)
    with callbacks, pytest.raises(RuntimeError), transaction.atomic():
        notify([member], "reply", title="A reply")
        raise RuntimeError("the post could not be saved")
    assert Notification.objects.count() == 0
    assert mail.outbox == []


def test_digest_kinds_are_not_mailed_at_once(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        (row,) = notify([member], "followed_content", title="Updated guide")
    assert mail.outbox == []
    row.refresh_from_db()
    assert (row.email_mode, row.email_state) == (EmailMode.DAILY, EmailState.PENDING)


def test_fan_out_uses_a_fixed_number_of_queries(
    make_user, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    members = [make_user() for _ in range(30)]
    # earlier keys, preferences, savepoint, insert, release: not one per member
    budget = django_assert_max_num_queries(5)
    with budget, django_capture_on_commit_callbacks(execute=False):
        rows = notify(members, "followed_content", title="Guide", key="page:1:rev:1")
    assert len(rows) == 30
