"""Renderers of the site-wide personal parts of a page (see lcc/member_cache.py)."""

from django.middleware.csrf import get_token
from django.template.loader import get_template


def account_nav(request, calls):
    """The bell, "My account" and "Sign out" of the signed-in member, once per call."""
    template = get_template("lcc/includes/account_nav.html")
    html = template.render(
        {"request": request, "user": request.user, "csrf_token": get_token(request)}
    )
    return [html for _call in calls]
