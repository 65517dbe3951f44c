"""Template tags through which other parts of the site show community features."""

from django import template
from django.contrib.contenttypes.models import ContentType
from taggit.models import Tag

from community.models import Follow, Thread, content_type_for

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
    followed = _followed_keys(user, page, tags)
    return {
        "request": request,
        "user": user,
        "page": page,
        "threads": threads,
        "page_followed": ("page", page.pk) in followed,
        "tags": [(tag, ("tag", tag.pk) in followed) for tag in tags],
    }


def _followed_keys(user, page, tags):
    """{("page", id), ("tag", id)} the user follows, in one query."""
    if user is None or not user.is_authenticated:
        return set()
    page_ct = content_type_for(page)
    tag_ct = ContentType.objects.get_for_model(Tag)
    rows = Follow.objects.filter(user=user).filter(
        content_type=page_ct, object_id=page.pk
    ) | Follow.objects.filter(user=user, content_type=tag_ct, object_id__in=[t.pk for t in tags])
    kinds = {page_ct.pk: "page", tag_ct.pk: "tag"}
    return {(kinds[ct], oid) for ct, oid in rows.values_list("content_type_id", "object_id")}


@register.inclusion_tag("community/includes/follow_button.html", takes_context=True)
def follow_button(context, kind, obj, is_following, label=""):
    """A POST form that follows or unfollows ``obj`` (works without JavaScript)."""
    request = context.get("request")
    return {
        "request": request,
        "user": getattr(request, "user", None),
        "kind": kind,
        "obj": obj,
        "is_following": is_following,
        "label": label or str(obj),
        "csrf_token": context.get("csrf_token"),
    }
