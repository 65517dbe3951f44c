"""Small helpers shared by the community views."""

from django.core.paginator import Paginator
from django.utils.http import url_has_allowed_host_and_scheme

from community.markdown import link_mentions, mentioned_handles
from community.models import Profile


def paginate(request, queryset, per_page):
    """A page of ``queryset``; a bad or out-of-range page number gives the nearest page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def safe_next(request, fallback):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def attach_rendered_bodies(posts, user):
    """Set ``post.html`` with mention links for profiles ``user`` may see (one query)."""
    handles = set()
    for post in posts:
        handles |= mentioned_handles(post.body_html)
    visible = set()
    if handles:
        visible = set(
            Profile.objects.visible_to(user)
            .filter(handle__in=handles, user__is_active=True)
            .values_list("handle", flat=True)
        )
    for post in posts:
        post.html = link_mentions(post.body_html, visible)
    return posts
