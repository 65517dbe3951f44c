"""A member's own data: export everything as JSON, or delete the account.

Other apps add export sections through ``settings.LCC_DATA_EXPORTERS``: dotted paths
of callables ``(user) -> (section_name, data)`` where data is JSON-serialisable.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from community.models import Follow, Post, Thread
from community.services import is_opening_post

logger = logging.getLogger(__name__)


def _iso(value):
    return value.isoformat() if value else None


def profile_section(user):
    profile = user.profile
    return {
        "handle": profile.handle,
        "display_name": profile.display_name,
        "organisation": profile.organisation,
        "role": profile.role,
        "stakeholder_group": profile.stakeholder_group,
        "country": str(profile.country.code or ""),
        "languages": profile.languages,
        "expertise": sorted(tag.name for tag in profile.expertise.all()),
        "bio": profile.bio,
        "avatar": profile.avatar.url if profile.avatar else None,
        "visibility": profile.visibility,
        "created_at": _iso(profile.created_at),
        "updated_at": _iso(profile.updated_at),
    }


def account_section(user):
    return {
        "email": user.email,
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
        "language": user.language,
    }


def posts_section(user):
    posts = Post.objects.filter(author=user).select_related("thread").order_by("created_at")
    return [
        {
            "thread": post.thread.title,
            "thread_url": post.thread.get_absolute_url(),
            "body": post.body,
            "created_at": _iso(post.created_at),
            "edited_at": _iso(post.edited_at),
            "hidden_by_moderator": post.is_hidden,
        }
        for post in posts
    ]


def follows_section(user):
    rows = Follow.objects.filter(user=user).select_related("content_type")
    result = []
    for follow in rows:
        target = follow.target
        result.append(
            {
                "type": f"{follow.content_type.app_label}.{follow.content_type.model}",
                "id": follow.object_id,
                "title": str(target) if target is not None else None,
                "created": _iso(follow.created),
            }
        )
    return result


def reports_section(user):
    # Only what this member wrote; never other members' hidden content beyond the link.
    return [
        {
            "post_url": report.post.get_absolute_url(),
            "reason": report.reason,
            "details": report.details,
            "created_at": _iso(report.created_at),
            "resolution": report.resolution,
        }
        for report in user.reports_made.select_related("post")
    ]


def export_user_data(user):
    """Everything the LCC holds about ``user``, as a JSON-serialisable dict."""
    data = {
        "account": account_section(user),
        "profile": profile_section(user),
        "posts": posts_section(user),
        "follows": follows_section(user),
        "reports": reports_section(user),
    }
    for path in getattr(settings, "LCC_DATA_EXPORTERS", []):
        name, section = import_string(path)(user)
        data[name] = section
    return data


def delete_account(user, *, keep_posts):
    """Delete ``user`` and their personal data.

    keep_posts=True: posts stay, shown as by a "former member". keep_posts=False: posts
    are deleted; an opening post that others replied to is replaced by a removal note so
    the replies keep their context.
    """
    with transaction.atomic():
        posts = Post.objects.filter(author=user).select_related("thread")
        if keep_posts:
            posts.update(author=None)
        else:
            for post in posts:
                _remove_post(post)
        Thread.objects.filter(author=user).update(author=None)
        Thread.objects.filter(last_post_author=user).update(last_post_author=None)
        avatar = user.profile.avatar if hasattr(user, "profile") else None
        user.delete()
    if avatar:
        try:
            avatar.storage.delete(avatar.name)
        except OSError:
            logger.warning("could not delete avatar file %s", avatar.name)


def _remove_post(post):
    if not is_opening_post(post):
        post.delete()
        return
    if post.thread.posts.exclude(author=post.author_id).exists():
        note = _("This post was removed by its author.")
        post.body = note
        post.body_html = f"<p>{note}</p>"
        post.author = None
        post.save(update_fields=["body", "body_html", "author"])
    else:
        post.thread.delete()
