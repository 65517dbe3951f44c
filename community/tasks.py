"""Celery tasks of the community app."""

import smtplib

from celery import shared_task
from django.core.mail import EmailMultiAlternatives, get_connection


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=10,
    retry_backoff_max=600,
    max_retries=8,
)
def send_account_email(self, message):
    """Send an account e-mail (verification, password reset) rendered by the request.

    ``message`` is a JSON-friendly dict: subject, body, from_email, to, and
    optional html. Sending happens here so a slow mail server never holds up a
    request.
    """
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        headers=message.get("headers") or {},
        connection=get_connection(),
    )
    if message.get("html"):
        email.attach_alternative(message["html"], "text/html")
    email.send()


@shared_task
def lift_expired_suspensions():
    """Periodic: members whose suspension has run out can sign in again."""
    from community.services import lift_expired_suspensions as lift

    return lift()
