"""A shared cache of whole pages for anonymous visitors.

Anonymous visitors see the same page for the same URL, so the rendered response
is kept in the shared cache (Redis in production) and served before sessions,
authentication or the database are touched. A visitor who carries a session
cookie (signed in, or with anonymous learning progress) bypasses it.

Correct invalidation: every cache key includes a *generation* number. Saving or
deleting any content model (see ``watched``) bumps the generation, so the next
request renders afresh; entries of old generations simply expire. A response is
stored only when it is safe to share: a 200 to a GET without a session cookie
that sets no cookie and is not marked private or uncacheable.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import cc_delim_re

from framework.caching import Generation

PAGE_GENERATION = Generation("pagecache:generation")
generation = PAGE_GENERATION.current
bump_generation = PAGE_GENERATION.bump


def enabled():
    return getattr(settings, "LCC_PAGE_CACHE_SECONDS", 0) > 0


def watched(sender):
    label = sender._meta.label
    if label in settings.LCC_PAGE_CACHE_IGNORED_MODELS:
        return False
    return sender._meta.app_label in settings.LCC_PAGE_CACHE_WATCHED_APPS


def on_change(sender, **kwargs):
    if watched(sender):
        # Bump now, and again once the change is committed: a request rendering between the
        # two sees the old rows and could otherwise store them under the new generation.
        bump_generation()
        transaction.on_commit(bump_generation)


def connect_signals():
    post_save.connect(on_change, dispatch_uid="lcc.page_cache.save")
    post_delete.connect(on_change, dispatch_uid="lcc.page_cache.delete")
    m2m_changed.connect(on_change, dispatch_uid="lcc.page_cache.m2m")


def cache_key(request):
    raw = f"{request.method}:{request.get_host()}:{request.get_full_path()}"
    return f"pagecache:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def is_cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return not request.path.startswith(settings.LCC_PAGE_CACHE_SKIP_PREFIXES)


def is_cacheable_response(response):
    if response.status_code != 200 or response.cookies or response.streaming:
        return False
    # Only visitors without a session reach this point, so "Vary: Cookie" is harmless here;
    # a response that sets any cookie (a CSRF token in a form, say) is never shared.
    control = {
        part.strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not control & {"private", "no-cache", "no-store", "max-age=0"}


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for visitors without a session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (enabled() and is_cacheable_request(request)):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if is_cacheable_response(response):
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            cache.set(key, response, settings.LCC_PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
