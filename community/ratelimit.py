"""Posting rate limits: a per-member counter per minute and per hour in the cache.

Limits come from ``settings.LCC_COMMUNITY_POST_LIMITS`` ({"minute": N, "hour": M}).
With Redis as the cache the counters are shared between processes.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

WINDOWS = {"minute": 60, "hour": 3600}


def _keys(user):
    now = int(time.time())
    return {
        name: (f"lcc:posts:{user.pk}:{name}:{now // seconds}", seconds)
        for name, seconds in WINDOWS.items()
    }


def limit_message(user):
    """The reason ``user`` may not post right now, or None if they may."""
    limits = getattr(settings, "LCC_COMMUNITY_POST_LIMITS", {})
    counts = cache.get_many([key for key, _seconds in _keys(user).values()])
    for name, (key, _seconds) in _keys(user).items():
        limit = limits.get(name)
        if limit is not None and counts.get(key, 0) >= limit:
            if name == "minute":
                return _(
                    "You are posting very quickly. Please wait a minute and send it again; "
                    "your text is kept below."
                )
            return _(
                "You have reached the number of posts allowed per hour. Please try again "
                "later; your text is kept below."
            )
    return None


def record_post(user):
    for key, seconds in _keys(user).values():
        if cache.add(key, 1, timeout=seconds + 5):
            continue
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=seconds + 5)
