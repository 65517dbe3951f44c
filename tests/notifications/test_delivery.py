"""Immediate delivery: claimed before sending, sent once, retried on temporary failures."""

import smtplib
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone
from kombu.exceptions import OperationalError

from community.notifications import delivery, tasks
from community.notifications.api import notify
from community.notifications.models import (
    EmailMode,
    EmailState,
    Notification,
    NotificationPreference,
)

pytestmark = pytest.mark.django_db


def pending_reply(member, django_capture_on_commit_callbacks, **fields):
    """A reply notification whose delivery was never queued (as if the broker were down)."""
    with django_capture_on_commit_callbacks(execute=False):
        (row,) = notify([member], "reply", title="A reply", url="/en/t/1/", **fields)
    return row


def test_calling_the_deliver_task_twice_sends_once(member, django_capture_on_commit_callbacks):
    row = pending_reply(member, django_capture_on_commit_callbacks)
    assert tasks.deliver_notifications.apply(args=[[row.pk]]).get() == 1
    assert tasks.deliver_notifications.apply(args=[[row.pk]]).get() == 0
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert row.email_state == EmailState.SENT
    assert row.attempts == 1


def test_a_row_claimed_by_another_worker_is_not_sent(member, django_capture_on_commit_callbacks):
    row = pending_reply(member, django_capture_on_commit_callbacks)
    Notification.objects.filter(pk=row.pk).update(
        email_state=EmailState.SENDING, claimed_at=timezone.now()
    )
    assert delivery.deliver([row.pk]) == 0
    assert mail.outbox == []


def test_a_temporary_smtp_error_releases_the_claim_and_is_raised_for_a_retry(
    member, django_capture_on_commit_callbacks
):
    row = pending_reply(member, django_capture_on_commit_callbacks)
    refusal = smtplib.SMTPDataError(451, b"try again later")
    send = mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=refusal)
    with send, pytest.raises(smtplib.SMTPDataError):
        delivery.deliver([row.pk])
    row.refresh_from_db()
    assert (row.email_state, row.claimed_at) == (EmailState.PENDING, None)
    assert delivery.deliver([row.pk]) == 1  # the retry


def test_a_permanent_refusal_is_recorded_and_not_retried(
    member, django_capture_on_commit_callbacks
):
    row = pending_reply(member, django_capture_on_commit_callbacks)
    refusal = smtplib.SMTPRecipientsRefused({member.email: (550, b"no such mailbox")})
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=refusal):
        assert delivery.deliver([row.pk]) == 0
    row.refresh_from_db()
    assert row.email_state == EmailState.FAILED


def test_the_task_retries_smtp_and_connection_errors():
    for task in (tasks.deliver_notifications, tasks.send_digests):
        assert task.acks_late is True
        assert issubclass(ConnectionRefusedError, task.autoretry_for)
        assert issubclass(smtplib.SMTPServerDisconnected, task.autoretry_for)
        assert task.retry_backoff


def test_a_member_who_switched_mail_off_meanwhile_gets_none(
    member, django_capture_on_commit_callbacks
):
    row = pending_reply(member, django_capture_on_commit_callbacks)
    NotificationPreference.objects.create(user=member, kind="reply", mode=EmailMode.OFF)
    assert delivery.deliver([row.pk]) == 0
    row.refresh_from_db()
    assert row.email_state == EmailState.SKIPPED
    assert mail.outbox == []


def test_a_broker_outage_does_not_break_the_event_and_leaves_the_row_pending(
    member, django_capture_on_commit_callbacks, caplog
):
    down = OperationalError("Error 111 connecting to 127.0.0.1:6399. Connection refused.")
    broker = mock.patch.object(tasks.deliver_notifications, "apply_async", side_effect=down)
    with broker, django_capture_on_commit_callbacks(execute=True):
        (row,) = notify([member], "reply", title="A reply")
    row.refresh_from_db()
    assert row.email_state == EmailState.PENDING
    assert "the sweep will retry" in caplog.text
    assert mail.outbox == []


def test_enqueue_does_not_wait_for_the_broker(member):
    with mock.patch.object(tasks.deliver_notifications, "apply_async") as apply_async:
        delivery.enqueue([1, 2, 3])
    assert apply_async.call_args.kwargs["retry"] is False


def test_the_sweep_requeues_pending_mail_older_than_the_grace_period(
    member, make_user, django_capture_on_commit_callbacks, settings
):
    settings.NOTIFICATIONS_SWEEP_GRACE_SECONDS = 60
    old = pending_reply(member, django_capture_on_commit_callbacks)
    fresh = pending_reply(make_user(), django_capture_on_commit_callbacks)
    long_ago = timezone.now() - timedelta(minutes=5)
    Notification.objects.filter(pk=old.pk).update(queued_at=long_ago)
    with django_capture_on_commit_callbacks(execute=True):
        released, requeued = tasks.sweep_notifications.apply().get()
    assert (released, requeued) == (0, 1)
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.email_state == EmailState.SENT
    assert fresh.email_state == EmailState.PENDING  # its own task may still be on its way
    assert [m.to for m in mail.outbox] == [[member.email]]


def test_the_sweep_releases_a_stale_claim_of_a_dead_worker_and_sends_it(
    member, django_capture_on_commit_callbacks, settings
):
    settings.NOTIFICATIONS_STALE_CLAIM_SECONDS = 600
    row = pending_reply(member, django_capture_on_commit_callbacks)
    Notification.objects.filter(pk=row.pk).update(
        email_state=EmailState.SENDING, claimed_at=timezone.now() - timedelta(minutes=11)
    )
    released, requeued = delivery.sweep()
    assert (released, requeued) == (1, 1)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].extra_headers["Message-ID"] == f"<notification-{row.pk}@127.0.0.1>"


def test_the_sweep_leaves_a_fresh_claim_alone(member, django_capture_on_commit_callbacks):
    row = pending_reply(member, django_capture_on_commit_callbacks)
    Notification.objects.filter(pk=row.pk).update(
        email_state=EmailState.SENDING, claimed_at=timezone.now()
    )
    assert delivery.sweep() == (0, 0)
    assert mail.outbox == []
