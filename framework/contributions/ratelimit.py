"""Fixed-window counters in the cache (Redis in production, so all processes share them)."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

DAY = 24 * 3600
HOUR = 3600


def _key(scope, who, seconds):
    window = int(time.time()) // seconds
    return f"lcc:contrib:{scope}:{who}:{window}"


def _count(key):
    return cache.get(key, 0)


def _record(key, seconds):
    if cache.add(key, 1, timeout=seconds + 5):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds + 5)


def proposal_limit():
    return getattr(settings, "LCC_CONTRIBUTION_PROPOSALS_PER_DAY", 5)


def may_propose(user):
    return _count(_key("proposals", user.pk, DAY)) < proposal_limit()


def record_proposal(user):
    _record(_key("proposals", user.pk, DAY), DAY)


def client_ip(request):
    """The address the request came from (the proxy in front of the app must set REMOTE_ADDR)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _feedback_who(request):
    if request.user.is_authenticated:
        return f"user-{request.user.pk}", "member_per_hour"
    # Hashed so the cache never holds visitors' addresses in clear.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    return f"ip-{digest[:24]}", "anonymous_per_hour"


def may_send_feedback(request):
    who, limit_name = _feedback_who(request)
    limit = getattr(settings, "LCC_FEEDBACK_LIMITS", {}).get(limit_name, 10)
    return _count(_key("feedback", who, HOUR)) < limit


def record_feedback(request):
    who, _limit_name = _feedback_who(request)
    _record(_key("feedback", who, HOUR), HOUR)
