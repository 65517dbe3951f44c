"""``/health/``: is the database, the cache and the Celery broker reachable?"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "ok", 5)
    if cache.get(key) != "ok":
        raise RuntimeError("cache did not return the value just stored")
    cache.delete(key)


def check_broker():
    from lcc.celery import app

    if app.conf.task_always_eager:
        return "eager"
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return None


CHECKS = {"database": check_database, "cache": check_cache, "broker": check_broker}


@never_cache
def health(request):
    """200 with every part "ok"; 503 naming each part that failed."""
    parts, failing = {}, []
    for name, check in CHECKS.items():
        try:
            parts[name] = check() or "ok"
        except Exception as exc:  # any failure of a dependency is a reportable state
            logger.warning("health check %s failed: %s", name, exc)
            parts[name] = "error"
            failing.append(name)
    body = {"status": "error" if failing else "ok", "checks": parts, "failing": failing}
    if settings.DEBUG:
        body["debug"] = True
    return JsonResponse(body, status=503 if failing else 200)
