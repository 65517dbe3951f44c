"""A shared cache of pages for signed-in members, with the personal parts filled per request.

Most of what a member sees on a framework page, a thread or a learning step is the same for
every member; only a few parts are personal: the account links and the notification bell,
follow buttons, the edit/report links on one's own posts, one's progress on a step, and the
CSRF token in every form. Rendering the whole page for each request costs tens of
milliseconds; this module renders it once per content generation and fills the personal parts
per request, which costs a cache read and a few small queries.

How a page becomes shareable, and why nothing personal leaks:

* Only views listed in ``LCC_MEMBER_CACHE_VIEWS`` take part, only for GET requests of
  members who see no more than any other member (``needs_full_render``: staff, members of a
  group such as Editors or Moderators, and authors of hidden posts always get the page
  rendered for them) and who have no message waiting to be shown.
* The shared copy is rendered for a *stand-in* member: a user object that exists in no table
  (pk 0), with an empty session and an empty message store. So the shared copy can only
  contain what every member may see. A render that fails, answers anything but a 200, sets a
  cookie, asks for a real CSRF token, queues a message or is marked unshareable (a Wagtail page
  with view restrictions) is thrown away, and the page is rendered for the real member.
* Personal parts are written in templates as holes (``{% member_hole "name" args %}`` in
  ``lcc_tags``). For a signed-in member a hole is a marker carrying a secret nonce; the
  middleware fills all markers of a response at once, one batch per hole kind, with the
  renderers named in ``LCC_MEMBER_CACHE_HOLES``. Anonymous visitors get the renderer's output
  directly. The CSRF token is a sentinel replaced by the member's own token.

Invalidation is the anonymous page cache's: the key includes ``lcc.page_cache``'s generation,
which every content change bumps.
"""

import base64
import hashlib
import hmac
import json
import logging
import re
from functools import lru_cache
from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.messages.storage import default_storage
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe

from lcc.page_cache import PAGE_GENERATION, is_cacheable_response

logger = logging.getLogger(__name__)

SHARED_RENDER = "_lcc_member_render"  # request attribute: rendering the shared copy
HOLES_USED = "_lcc_member_holes"  # request attribute: the response holds hole markers
NOT_SHAREABLE = "_lcc_not_shareable"  # request attribute: this render must not be shared


def _nonce():
    digest = hmac.new(settings.SECRET_KEY.encode(), b"lcc.member_cache", hashlib.sha256)
    return digest.hexdigest()[:20]


class _Markers:
    """Marker syntax, derived from SECRET_KEY so that no user content can forge a hole."""

    @cached_property
    def nonce(self):
        return _nonce()

    @cached_property
    def csrf_sentinel(self):
        return f"lcccsrf{self.nonce}"

    @cached_property
    def hole_re(self):
        return re.compile(rf"\[lcc-hole:{self.nonce}:([a-z_]+):([A-Za-z0-9_=-]*)\]")

    def hole(self, name, args):
        payload = json.dumps(list(args), separators=(",", ":")).encode()
        encoded = base64.urlsafe_b64encode(payload).decode()
        return mark_safe(f"[lcc-hole:{self.nonce}:{name}:{encoded}]")


markers = _Markers()


def seconds():
    return getattr(settings, "LCC_MEMBER_CACHE_SECONDS", 0)


def in_shared_render(request):
    return request is not None and getattr(request, SHARED_RENDER, False)


def mark_not_shareable(request):
    """Called during a render whose result must not be shared with other members."""
    setattr(request, NOT_SHAREABLE, True)


# --- Holes ---------------------------------------------------------------------------------


def _renderer(name):
    return import_string(settings.LCC_MEMBER_CACHE_HOLES[name])


def hole(request, name, args):
    """What a ``{% member_hole %}`` tag outputs: a marker for members, the content otherwise."""
    args = [str(arg) if not isinstance(arg, int | bool | type(None)) else arg for arg in args]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        setattr(request, HOLES_USED, True)
        return markers.hole(name, args)
    return mark_safe(_with_token(request, _renderer(name)(request, [args])[0]))


def fill_holes(request, html):
    """Replace every marker (one batch per hole kind), then the CSRF sentinel, for ``request``."""
    found = markers.hole_re.findall(html)
    if found:
        calls = {}
        for name, encoded in found:
            calls.setdefault(name, []).append(json.loads(base64.urlsafe_b64decode(encoded)))
        rendered = {name: iter(_renderer(name)(request, args)) for name, args in calls.items()}
        html = markers.hole_re.sub(lambda match: next(rendered[match[1]]), html)
    return _with_token(request, html)


def _with_token(request, html):
    sentinel = markers.csrf_sentinel
    return html.replace(sentinel, get_token(request)) if sentinel in html else html


@lru_cache(maxsize=4096)
def _render_part(template_name, language, items):
    context = dict(items, csrf_token=markers.csrf_sentinel)
    return get_template(template_name).render(context)


def render_part(template_name, **context):
    """A small template rendered once per process for each distinct context (plain values only).

    For the parts holes are made of: their forms get the CSRF sentinel, which ``fill_holes``
    replaces with the member's own token afterwards.
    """
    return _render_part(template_name, translation.get_language(), tuple(sorted(context.items())))


def context(request):
    """Context processor: in a shared render, forms get the CSRF sentinel, not a real token."""
    if in_shared_render(request):
        return {"csrf_token": markers.csrf_sentinel, "member_shared_render": True}
    return {}


# --- Who may be served the shared copy ------------------------------------------------------


def sees_more_than_members(user):
    """Members of any group (Editors, Moderators) see more than the stand-in."""
    return user.groups.exists()


def needs_full_render(user, key, cached=None):
    """True if ``user`` may see something the stand-in does not.

    Staff and superusers always; the checks of LCC_MEMBER_CACHE_BYPASS are cached per content
    generation under ``key`` (see ``bypass_key``; a change of group membership or a hidden post
    bumps the generation). ``cached`` is the value already read from that key, if any.
    """
    if user.is_staff or user.is_superuser:
        return True
    if cached is None:
        cached = any(import_string(path)(user) for path in settings.LCC_MEMBER_CACHE_BYPASS)
        cache.set(key, cached, seconds())
    return cached


def bypass_key(user, generation):
    return f"membercache:{generation}:full:{user.pk}"


def stand_in_user():
    """A signed-in member who owns nothing: the shared copy is rendered for them."""
    user = get_user_model()(pk=0, is_active=True)
    user._lcc_is_moderator = False
    return user


def _view_name(view_func):
    view_class = getattr(view_func, "view_class", None)
    target = view_class or view_func
    return f"{target.__module__}.{target.__qualname__}"


# --- Middleware -----------------------------------------------------------------------------


class MemberPageCacheMiddleware:
    """Serve listed views to plain members from a shared copy; fill holes in every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.views = frozenset(settings.LCC_MEMBER_CACHE_VIEWS)

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, HOLES_USED, False) and not response.streaming:
            setattr(request, HOLES_USED, False)
            charset = response.charset or "utf-8"
            response.content = fill_holes(request, response.content.decode(charset))
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "GET" or seconds() <= 0:
            return None
        if _view_name(view_func) not in self.views:
            return None
        user = request.user
        if not user.is_authenticated or not user.is_active:
            return None
        if "messages" in request.COOKIES or request.session.get("_messages"):
            return None
        generation = PAGE_GENERATION.current()
        key, flag = self.key(request, generation), bypass_key(user, generation)
        found = cache.get_many([key, flag])  # one round trip for the page and the member
        if needs_full_render(user, flag, found.get(flag)):
            return None
        user._lcc_is_moderator = False  # in no group (checked above), so not a moderator
        entry = found.get(key)
        status = "hit"
        if entry is None:
            entry = self.render_shared(request, view_func, view_args, view_kwargs)
            if entry is None:
                return None
            cache.set(key, entry, seconds())
            status = "miss"
        return self.personal_response(request, entry, status)

    @staticmethod
    def key(request, generation):
        raw = f"{request.get_host()}:{translation.get_language()}:{request.get_full_path()}"
        digest = hashlib.sha256(raw.encode()).hexdigest()
        return f"membercache:{generation}:page:{digest}"

    def render_shared(self, request, view_func, view_args, view_kwargs):
        """Render the view for the stand-in; the stored entry, or None if it must not be shared."""
        saved = (request.user, request.session, getattr(request, "_messages", None))
        token_used = request.META.pop("CSRF_COOKIE_NEEDS_UPDATE", None)
        request.user = stand_in_user()
        request.session = import_module(settings.SESSION_ENGINE).SessionStore()
        request._messages = default_storage(request)
        setattr(request, SHARED_RENDER, True)
        response = None
        try:
            response = view_func(request, *view_args, **view_kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
        except Exception:  # the real render below shows (or logs) the problem
            logger.debug("shared member render failed for %s", request.path, exc_info=True)
            response = None
        shareable = (
            response is not None
            and is_cacheable_response(response)
            and response.get("Content-Type", "").startswith("text/html")
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request._messages._queued_messages
            and not getattr(request, NOT_SHAREABLE, False)
        )
        request.user, request.session, request._messages = saved
        for name in (SHARED_RENDER, HOLES_USED, NOT_SHAREABLE):
            if hasattr(request, name):
                delattr(request, name)
        request.META.pop("CSRF_COOKIE_NEEDS_UPDATE", None)
        if token_used:
            request.META["CSRF_COOKIE_NEEDS_UPDATE"] = token_used
        if not shareable:
            return None
        return {
            "content": response.content.decode(response.charset or "utf-8"),
            "content_type": response["Content-Type"],
        }

    @staticmethod
    def personal_response(request, entry, status):
        response = HttpResponse(
            fill_holes(request, entry["content"]), content_type=entry["content_type"]
        )
        patch_cache_control(response, private=True)
        response["X-Member-Cache"] = status
        return response
