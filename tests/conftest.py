"""Shared fixtures: users, a real SMTP sink, a real Celery worker."""

import pytest
from django.db import connection

from tests.services import CeleryWorker, SmtpSink


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /nl/... leaves Dutch active in this thread; start every test in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def password():
    return "correct-horse-battery-staple-42"


@pytest.fixture
def make_user(db, password):
    """Create a member with a verified e-mail address (as after sign-up and confirmation)."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    counter = {"n": 0}

    def make(email=None, **fields):
        counter["n"] += 1
        email = email or f"member{counter['n']}@example.org"
        user = get_user_model().objects.create_user(email=email, password=password, **fields)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    return make


@pytest.fixture
def member(make_user):
    return make_user()


@pytest.fixture
def smtp_sink():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


def worker_env(smtp_sink=None):
    """Environment for a worker process that shares this test's database and mail sink."""
    db = connection.settings_dict
    env = {}
    if db["ENGINE"].endswith("postgresql"):
        env["DATABASE_URL"] = (
            f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        )
    if smtp_sink is not None:
        env.update(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(smtp_sink.port),
        )
    return env


@pytest.fixture
def celery_worker_factory(settings):
    """Start real worker processes; the test process then queues to the worker's queue."""
    from lcc.celery import app

    workers = []
    saved = app.conf.task_always_eager
    queue = app.conf.task_default_queue
    app.conf.task_always_eager = False
    with app.connection_for_write() as conn:
        conn.default_channel.queue_purge(queue)  # drop what an earlier test left behind

    def start(env=None, wait=True):
        worker = CeleryWorker(env or {}, queue)
        workers.append(worker)
        return worker.start(wait=wait)

    yield start
    for worker in workers:
        worker.stop()
    app.conf.task_always_eager = saved
