"""A real Celery worker process, with Redis as broker, sends an account e-mail over SMTP."""

import pytest
from django.core import mail

from tests.conftest import worker_env
from tests.services import wait_for

pytestmark = [pytest.mark.redis, pytest.mark.django_db]


def test_a_real_worker_delivers_the_verification_mail(
    client, smtp_sink, celery_worker_factory, django_capture_on_commit_callbacks
):
    celery_worker_factory(worker_env(smtp_sink))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/accounts/signup/",
            {
                "email": "ben@example.org",
                "password1": "pass-phrase-long-11",
                "password2": "pass-phrase-long-11",
            },
        )
    assert response.status_code == 302
    assert mail.outbox == []  # nothing was sent from the web process

    messages = wait_for(
        lambda: smtp_sink.messages, timeout=30, message="the mail to reach the sink"
    )
    assert len(messages) == 1
    assert messages[0]["To"] == "ben@example.org"
    assert "/en/accounts/confirm-email/" in messages[0].get_content()
