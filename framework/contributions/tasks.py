from celery import shared_task

from framework.contributions import freshness


@shared_task(
    acks_late=True,
    autoretry_for=(freshness.RemindersFailed,),
    retry_backoff=600,
    max_retries=5,
)
def send_freshness_reminders():
    """Weekly: tell editors which live products have not been reviewed for too long.

    Idempotent per editor and ISO week, so a retry (or a second beat) mails only who is missing.
    """
    return freshness.send_reminders()
