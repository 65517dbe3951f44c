"""Personal parts of shared pages (see lcc/member_cache.py): follow buttons, post actions.

Each renderer takes the request and a list of calls (the arguments of each hole on the page)
and returns one HTML string per call, answering the whole page in at most one query.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Page

from community.models import Category, Follow, Post, Thread
from community.permissions import is_moderator
from lcc.member_cache import render_part

URL_PLACEHOLDER = 918273645  # an id no post has, replaced by each post's id
FOLLOW_MODELS = {"thread": Thread, "category": Category, "page": Page, "tag": Tag}


def followed(user, pairs):
    """The (kind, id) pairs of ``pairs`` that ``user`` follows, in one query."""
    if not user.is_authenticated or not pairs:
        return set()
    kind_of = {
        ContentType.objects.get_for_model(model).pk: kind for kind, model in FOLLOW_MODELS.items()
    }
    rows = Follow.objects.filter(
        user=user, object_id__in={object_id for _kind, object_id in pairs}
    ).values_list("content_type_id", "object_id")
    found = {(kind_of.get(content_type_id), object_id) for content_type_id, object_id in rows}
    return found & set(pairs)


def follow_buttons(request, calls):
    """Calls are (kind, object id, label): a follow or unfollow form for each."""
    user = request.user
    if not user.is_authenticated:
        return ["" for _call in calls]
    following = followed(user, {(kind, int(object_id)) for kind, object_id, _label in calls})
    next_url = request.get_full_path()
    return [
        render_part(
            "community/includes/follow_button.html",
            kind=kind,
            object_id=int(object_id),
            label=label,
            is_following=(kind, int(object_id)) in following,
            next_url=next_url,
        )
        for kind, object_id, label in calls
    ]


def post_actions(request, calls):
    """Calls are (post id, author id, thread locked, page number): Quote, Edit and Report links."""
    user = request.user
    if not user.is_authenticated:
        return ["" for _call in calls]
    moderator = is_moderator(user)
    # reverse() once per page, not twice per post.
    edit_url = reverse("community:post_edit", args=[URL_PLACEHOLDER])
    report_url = reverse("community:post_report", args=[URL_PLACEHOLDER])
    html = []
    for post_id, author_id, locked, page_number in calls:
        links = []
        if not locked:
            query = f"quote={post_id}" + (f"&page={page_number}" if page_number > 1 else "")
            links.append(format_html('<a href="?{}#reply">{}</a>', query, _("Quote")))
        own = author_id is not None and author_id == user.pk
        if (own or moderator) and (not locked or moderator):
            url = edit_url.replace(str(URL_PLACEHOLDER), str(post_id))
            links.append(format_html('<a href="{}">{}</a>', url, _("Edit")))
        if not own:
            url = report_url.replace(str(URL_PLACEHOLDER), str(post_id))
            links.append(format_html('<a href="{}">{}</a>', url, _("Report")))
        joined = mark_safe(" · ".join(links))  # each link is already escaped by format_html
        html.append(format_html('<p class="post-actions meta">{}</p>', joined) if links else "")
    return html


def owns_hidden_content(user):
    """Authors of hidden posts or threads see them; the shared copy (for anyone) does not."""
    return (
        Post.objects.filter(author=user, is_hidden=True).exists()
        or Thread.objects.filter(author=user, is_hidden=True).exists()
    )
