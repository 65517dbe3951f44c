"""CSRF protection for members only, so anonymous learning pages can be shared from the cache.

A ``{% csrf_token %}`` in a page sets the CSRF cookie, and the anonymous page cache
(``lcc.page_cache``) never shares a response that sets a cookie. The step page's "mark as done"
form is the only thing that would need the token for anonymous visitors, so anonymous visitors
get the form without one and their POST is accepted without one. Why that is safe:

* An anonymous POST acts on no account. Its only effect is on the progress kept in the session
  of the browser that sends it; a forged request cannot read anything back, and it cannot touch
  a member's data because a signed-in request is always checked (below).
* A forged cross-site form would run in the victim's browser, but Django's session cookie is
  ``SameSite=Lax``, so such a POST does not carry the victim's anonymous session: it would at
  worst start a fresh session with one box ticked. To close even that (a planted session whose
  progress would move into an account at the next sign-in), an anonymous POST whose ``Origin``
  header names another site is refused. Browsers send ``Origin`` on every cross-site POST.

Signed-in members keep the full CSRF check of ``CsrfViewMiddleware``.
"""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.urls import get_callable
from django.views.decorators.csrf import csrf_exempt

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def _unused_get_response(request):  # process_view never calls it
    return HttpResponse(status=500)


def _reject(request, reason):
    return get_callable(settings.CSRF_FAILURE_VIEW)(request, reason=reason)


def _same_origin(request):
    """True unless the browser says the request comes from another site (exact origins only)."""
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None:
        return True  # old clients and non-browser tools send none; nothing to compare
    scheme = "https" if request.is_secure() else "http"
    return origin == f"{scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS


def csrf_for_members(view):
    """Enforce CSRF for signed-in members; accept same-origin anonymous POSTs without a token."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.user.is_authenticated:
            middleware = CsrfViewMiddleware(_unused_get_response)
            rejection = middleware.process_view(request, None, (), {})
            if rejection is not None:
                return rejection
        elif request.method not in SAFE_METHODS and not _same_origin(request):
            return _reject(request, "Origin checking failed for an anonymous request.")
        return view(request, *args, **kwargs)

    return wrapped
