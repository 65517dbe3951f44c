"""Derived framework data kept in the shared cache, invalidated by a generation number.

Facet value lists, facet counts, related products, a product's classification and the
locale table are expensive to compute and change only when content changes. Every cache key
includes a *generation*; saving or deleting framework content (pages, snippets, glossary terms,
tags, view restrictions, locales) bumps it, so stale entries are never read again and simply
expire. Only plain data (ids, slugs, names, counts) is cached, never model instances.

Within one request (between Django's ``request_started`` and ``request_finished``) the
generation is read once and every value read is remembered, so a page that asks for the
locale table ten times makes one cache round trip, not twenty; :func:`prefetch` reads the
names a view knows it will need in a single ``get_many``. A bump in this process forgets what
the request remembered. Outside requests (tasks, commands, shells) nothing is remembered.
"""

import threading

from django.core.cache import cache

CACHE_SECONDS = 60 * 60
_MISSING = object()
_local = threading.local()


class Generation:
    """A counter in the shared cache whose bump invalidates every key built on it.

    Also used by the project's anonymous page cache (lcc/page_cache.py) with its own key.
    """

    def __init__(self, key):
        self.key = key

    def current(self):
        value = cache.get(self.key)
        if value is None:
            cache.add(self.key, 1, None)
            value = cache.get(self.key, 1)
        return value

    def bump(self):
        """Invalidate everything keyed on this generation at once (one increment)."""
        try:
            cache.incr(self.key)
        except ValueError:  # the key expired or was never set
            cache.set(self.key, 2, None)


FRAMEWORK_GENERATION = Generation("framework:generation")


def _memo():
    """What the current request has read so far, or None outside a request."""
    return getattr(_local, "memo", None)


def start_request_memo(**kwargs):
    """``request_started`` receiver: remember cache reads until the request finishes."""
    _local.memo = {}


def end_request_memo(**kwargs):
    """``request_finished`` receiver."""
    _local.memo = None


def generation():
    """The current generation (read once per request)."""
    memo = _memo()
    if memo is None:
        return FRAMEWORK_GENERATION.current()
    value = memo.get(FRAMEWORK_GENERATION.key)
    if value is None:
        value = memo[FRAMEWORK_GENERATION.key] = FRAMEWORK_GENERATION.current()
    return value


def bump_generation():
    FRAMEWORK_GENERATION.bump()
    if _memo() is not None:
        _local.memo = {}


def _key(name):
    return f"framework:{generation()}:{name}"


def prefetch(*names):
    """Read these names for the current request in one round trip (no-op outside a request)."""
    memo = _memo()
    if memo is None:
        return
    keys = [key for key in map(_key, names) if key not in memo]
    if not keys:
        return
    found = cache.get_many(keys)
    for key in keys:
        memo[key] = found.get(key, _MISSING)


def cached(name, compute, timeout=CACHE_SECONDS, keep_none=True):
    """The cached value of ``compute()`` under ``name`` for the current generation.

    ``keep_none=False``: a ``None`` result is not stored (e.g. lookups of unknown URLs, which
    anyone can make up in any number).
    """
    key = _key(name)
    memo = _memo()
    value = _MISSING if memo is None else memo.get(key, _MISSING)
    if value is _MISSING and (memo is None or key not in memo):
        value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        if value is not None or keep_none:
            cache.set(key, value, timeout)
    if memo is not None:
        memo[key] = value
    return value
