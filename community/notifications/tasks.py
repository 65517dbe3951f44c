"""Celery tasks for notification e-mail. The logic lives in ``delivery``; see its docstring.

Tasks are acknowledged late (a worker that dies mid-task leaves the message for another)
and retry SMTP and connection errors with exponential backoff. Beat runs the sweep every
minute and the digests daily and weekly (CELERY_BEAT_SCHEDULE in the settings).
"""

import smtplib

from celery import shared_task

from community.notifications import delivery

RETRY = {
    "acks_late": True,
    # SMTPException and connection errors (refused, reset, timed out) are all OSErrors.
    "autoretry_for": (smtplib.SMTPException, OSError),
    "retry_backoff": 5,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 6,
}


@shared_task(**RETRY)
def deliver_notifications(ids):
    """Mail the immediate notifications ``ids`` that are still pending (idempotent)."""
    return delivery.deliver(ids)


@shared_task(**RETRY)
def send_digests(user_ids, mode):
    """Send each member in ``user_ids`` their pending ``mode`` ("daily"/"weekly") digest."""
    return delivery.send_digests_to(user_ids, mode)


@shared_task(acks_late=True)
def sweep_notifications():
    """Release stale claims and re-queue pending immediate mail (beat, every minute)."""
    return delivery.sweep()


@shared_task(acks_late=True)
def queue_daily_digests():
    """Queue the daily digests (beat, every morning)."""
    return delivery.queue_digests("daily")


@shared_task(acks_late=True)
def queue_weekly_digests():
    """Queue the weekly digests (beat, Monday morning)."""
    return delivery.queue_digests("weekly")
