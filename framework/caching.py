"""Derived framework data kept in the shared cache, invalidated by a generation number.

Facet value lists, facet counts, related products, a product's classification and the
locale table are expensive to compute and change only when content changes. Every cache key
includes a *generation*; saving or deleting framework content (pages, snippets, glossary terms,
tags, view restrictions, locales) bumps it, so stale entries are never read again and simply
expire. Only plain data (ids, slugs, names, counts) is cached, never model instances.
"""

from django.core.cache import cache

GENERATION_KEY = "framework:generation"
CACHE_SECONDS = 60 * 60
_MISSING = object()


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def bump_generation():
    """Invalidate every cached framework value at once (one increment)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # the key expired or was never set
        cache.set(GENERATION_KEY, 2, None)


def cached(name, compute, timeout=CACHE_SECONDS):
    """The cached value of ``compute()`` under ``name`` for the current generation."""
    key = f"framework:{generation()}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout)
    return value
