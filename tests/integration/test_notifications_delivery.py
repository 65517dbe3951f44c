"""Notification e-mail with the real parts: Redis broker, a Celery worker process, an SMTP server.

The worker reads the notification rows from the test's own database, so these tests need
PostgreSQL (and commit for real: ``transaction=True``). Fault tests run their own throwaway
redis-server and stop that one, never the shared Redis.
"""

import asyncio
import time

import pytest
from aiosmtpd.controller import Controller
from django.db import transaction

from community.notifications import delivery
from community.notifications.api import notify
from community.notifications.models import EmailState, Notification
from tests.conftest import worker_env
from tests.services import SinkHandler, SmtpSink, ThrowawayRedis, wait_for

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def recipients_of(sink):
    return sorted(message["To"] for message in sink.messages)


def assert_each_mailed_once(sink, members, settle=2.0):
    """Every member got exactly one mail, also after a moment for stragglers; rows say sent."""
    expected = sorted(m.email for m in members)
    wait_for(lambda: len(sink.messages) >= len(members), timeout=60, message="all mails")
    time.sleep(settle)
    assert recipients_of(sink) == expected
    states = set(Notification.objects.values_list("email_state", flat=True))
    assert states == {EmailState.SENT}


def raise_replies(members, title="Lena replied in “Sandbags and volunteers”"):
    """The event: one reply notification per follower, written in its own transaction."""
    with transaction.atomic():
        return notify(members, "reply", title=title, url="/en/community/threads/3/")


def use_broker(url):
    """Publish to ``url`` from now on (connection pools are per URL, so drop the old ones)."""
    from lcc.celery import app

    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def throwaway_broker():
    """Point this process at a private Redis; the worker gets the same URL from ``env``."""
    from lcc.celery import app

    redis = ThrowawayRedis().start()
    saved = app.conf.broker_url
    use_broker(redis.url)
    env = {"CELERY_BROKER_URL": redis.url, "REDIS_URL": redis.url}
    yield redis, env
    use_broker(saved)
    redis.stop()


@pytest.fixture
def fast_sweep(settings):
    """The sweep re-queues at once: no grace period, any claim counts as stale."""
    settings.NOTIFICATIONS_SWEEP_GRACE_SECONDS = 0
    settings.NOTIFICATIONS_STALE_CLAIM_SECONDS = 0


def test_one_email_per_follower(make_user, smtp_sink, celery_worker_factory):
    followers = [make_user() for _ in range(4)]
    celery_worker_factory(worker_env(smtp_sink))
    rows = raise_replies(followers)
    assert len(rows) == 4
    assert_each_mailed_once(smtp_sink, followers)
    message = smtp_sink.messages[0]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"].startswith("<notification-")
    assert message.get_body(("html",)) is not None and message.get_body(("plain",)) is not None


def test_a_reply_through_the_site_mails_each_follower_once(
    client, make_user, smtp_sink, celery_worker_factory
):
    from community import services
    from community.models import Category, Follow

    author, replier = make_user(), make_user()
    followers = [make_user() for _ in range(3)]
    category = Category.objects.create(name="Floods", slug="floods-it")
    thread = services.create_thread(
        author=author, category=category, title="Sandbags and volunteers", body="Who has tips?"
    )
    for follower in followers:
        Follow.objects.follow(follower, thread)
    celery_worker_factory(worker_env(smtp_sink))
    client.force_login(replier)
    response = client.post(thread.get_absolute_url(), {"body": "Coordinate through one hub."})
    assert response.status_code == 302
    assert_each_mailed_once(smtp_sink, [author, *followers])
    assert replier.email not in recipients_of(smtp_sink)


def test_a_broker_outage_delays_mail_but_loses_none(
    make_user, smtp_sink, celery_worker_factory, throwaway_broker, fast_sweep
):
    redis, broker_env = throwaway_broker
    followers = [make_user() for _ in range(3)]
    redis.stop()  # the broker dies before the event

    rows = raise_replies(followers)  # must not raise, must not hang
    assert len(rows) == 3
    assert set(Notification.objects.values_list("email_state", flat=True)) == {EmailState.PENDING}

    revived = ThrowawayRedis()
    revived.port = redis.port  # the broker comes back at the same address
    revived.start()
    try:
        celery_worker_factory({**worker_env(smtp_sink), **broker_env})
        assert smtp_sink.messages == []  # nothing was queued while Redis was down
        assert delivery.sweep() == (0, 3)
        assert_each_mailed_once(smtp_sink, followers)
    finally:
        revived.stop()


def test_mail_is_retried_while_the_smtp_server_refuses(make_user, smtp_sink, celery_worker_factory):
    followers = [make_user() for _ in range(2)]
    smtp_sink.handler.refusing = True
    celery_worker_factory(worker_env(smtp_sink))
    raise_replies(followers)
    wait_for(lambda: smtp_sink.handler.refused >= 1, timeout=30, message="a refused attempt")
    assert smtp_sink.messages == []
    smtp_sink.handler.refusing = False
    assert_each_mailed_once(smtp_sink, followers)


class SlowSinkHandler(SinkHandler):
    """Holds every SMTP session at RCPT while ``stalled``, as an overloaded server would."""

    def __init__(self):
        super().__init__()
        self.stalled = True
        self.waiting = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.waiting += 1
        while self.stalled:
            await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture
def slow_smtp_sink():
    sink = SmtpSink()
    sink.handler = SlowSinkHandler()
    sink.controller = Controller(sink.handler, hostname="127.0.0.1", port=sink.port)
    sink.start()
    yield sink
    sink.handler.stalled = False
    sink.stop()


def test_a_worker_killed_mid_send_loses_nothing_and_doubles_nothing(
    make_user, slow_smtp_sink, celery_worker_factory, fast_sweep
):
    sink = slow_smtp_sink
    followers = [make_user() for _ in range(3)]
    worker = celery_worker_factory(worker_env(sink))
    raise_replies(followers)
    wait_for(lambda: sink.handler.waiting >= 1, timeout=30, message="the worker to be mid-send")
    claimed = Notification.objects.filter(email_state=EmailState.SENDING)
    assert claimed.count() == 1

    worker.kill()  # SIGKILL while blocked in the SMTP conversation
    sink.handler.stalled = False
    assert sink.messages == []
    assert Notification.objects.filter(email_state=EmailState.SENT).count() == 0

    celery_worker_factory(worker_env(sink))
    released, requeued = delivery.sweep()
    assert (released, requeued) == (1, 3)
    assert_each_mailed_once(sink, followers)
