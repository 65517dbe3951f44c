"""Wagtail hooks of the project package."""

from wagtail import hooks

from lcc.member_cache import in_shared_render, mark_not_shareable


@hooks.register("before_serve_page", order=-100)
def keep_restricted_pages_personal(page, request, serve_args, serve_kwargs):
    """A page behind a password or a group check is never shared between members."""
    if in_shared_render(request) and page.get_view_restrictions().exists():
        mark_not_shareable(request)
