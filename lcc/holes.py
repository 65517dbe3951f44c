"""Renderers of the site-wide personal parts of a page (see lcc/member_cache.py)."""

from community.notifications.unread import unread_count
from lcc.member_cache import render_part


def account_nav(request, calls):
    """The bell, "My account" and "Sign out" of the signed-in member, once per call."""
    html = render_part("lcc/includes/account_nav.html", unread=unread_count(request.user))
    return [html for _call in calls]
