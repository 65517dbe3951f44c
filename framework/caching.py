"""Derived framework data kept in the shared cache, invalidated by a generation number.

Facet value lists, facet counts, related products, a product's classification and the
locale table are expensive to compute and change only when content changes. Every cache key
includes a *generation*; saving or deleting framework content (pages, snippets, glossary terms,
tags, view restrictions, locales) bumps it, so stale entries are never read again and simply
expire. Only plain data (ids, slugs, names, counts) is cached, never model instances.
"""

from django.core.cache import cache

CACHE_SECONDS = 60 * 60
_MISSING = object()


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
generation = FRAMEWORK_GENERATION.current
bump_generation = FRAMEWORK_GENERATION.bump


def cached(name, compute, timeout=CACHE_SECONDS):
    """The cached value of ``compute()`` under ``name`` for the current generation."""
    key = f"framework:{generation()}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout)
    return value
