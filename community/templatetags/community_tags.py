"""Template tags through which other parts of the site show community features."""

from django import template

from community.models import Thread

register = template.Library()

PAGE_THREADS_SHOWN = 5


@register.inclusion_tag("community/includes/page_discussions.html", takes_context=True)
def page_discussions(context, page):
    """The "Discuss this" box for a framework page: its visible threads, a start link, and
    follow buttons for the page and its tags. A fixed number of queries whatever the page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    threads = list(
        Thread.objects.for_listing(user)
        .filter(page_id=page.pk)
        .select_related(None)
        .select_related("author__profile")
        .prefetch_related(None)[:PAGE_THREADS_SHOWN]
    )
    tags = list(page.tags.all()) if hasattr(page, "tags") else []
    return {"request": request, "user": user, "page": page, "threads": threads, "tags": tags}
