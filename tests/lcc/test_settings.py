"""Both settings paths (embedded default and real services) and production's guard rails."""

import json
import os
import subprocess
import sys

import pytest
from django.db import connection

from tests.services import ROOT

PROBE = (
    "import json, django; from django.conf import settings; django.setup(); "
    "from lcc.celery import app; "
    "print(json.dumps({'engine': settings.DATABASES['default']['ENGINE'], "
    "'cache': settings.CACHES['default']['BACKEND'], 'eager': app.conf.task_always_eager, "
    "'broker': app.conf.broker_url, 'email': settings.EMAIL_BACKEND}))"
)
SERVICE_VARS = ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL", "EMAIL_BACKEND", "CELERY_QUEUE")


def run_settings(module, code=PROBE, **env):
    clean = {k: v for k, v in os.environ.items() if k not in SERVICE_VARS}
    clean.update(DJANGO_SETTINGS_MODULE=module, **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def probe(module, **env):
    result = run_settings(module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_dev_defaults_to_the_embedded_stack():
    found = probe("lcc.settings.dev")
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["cache"].endswith("LocMemCache")
    assert found["eager"] is True
    assert found["email"].endswith("console.EmailBackend")


def test_dev_switches_to_postgres_and_redis_from_the_environment():
    found = probe(
        "lcc.settings.dev",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/lcc",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["cache"] == "django_redis.cache.RedisCache"
    assert found["eager"] is False
    assert found["broker"] == "redis://127.0.0.1:6379/3"


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_required_settings(missing):
    env = {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "lcc.example.org",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/lcc",
    }
    env.pop(missing)
    result = run_settings("lcc.settings.production", **env)
    assert result.returncode != 0
    assert f"The {missing} environment variable is required" in result.stderr


def test_production_passes_the_deployment_checklist():
    code = (
        "from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )
    result = run_settings(
        "lcc.settings.production",
        code=code,
        SECRET_KEY="k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ" * 2,
        ALLOWED_HOSTS="lcc.example.org",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/lcc",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_suite_runs_on_postgresql_when_configured():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('server_version_num')::int")
        assert cursor.fetchone()[0] >= 130000
