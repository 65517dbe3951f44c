"""Signal receivers: framework pages announce themselves through Wagtail's signals.

The framework never imports community code and this app never imports the framework:
a published page offers ``follow_targets()`` (itself, its tags, taxonomy terms) and
whoever follows one of those hears about it.
"""

import logging

from django.apps import apps
from django.db import transaction

from community.notifications.api import notify

logger = logging.getLogger(__name__)


def follow_model():
    """``community.Follow`` once the community app provides it, else ``None``."""
    try:
        return apps.get_model("community", "Follow")
    except LookupError:
        return None


def followers_of_targets(targets):
    """Everyone following any of ``targets``, each member once, in a stable order."""
    follow = follow_model()
    if follow is None:
        return []
    followers = {}
    for target in targets:
        for user in follow.objects.followers_of(target):
            followers.setdefault(user.pk, user)
    return [followers[pk] for pk in sorted(followers)]


def page_published(sender, instance, revision=None, **kwargs):
    """Tell the followers of a published framework product (or of its topics) about it."""
    page = instance.specific
    targets = getattr(page, "follow_targets", None)
    if not callable(targets):
        return  # not followable content (home page, plain pages)
    revision_id = getattr(revision, "pk", None) or page.latest_revision_id
    with transaction.atomic():
        recipients = followers_of_targets(targets())
        if recipients:
            notify(
                recipients,
                "followed_content",
                actor=getattr(revision, "user", None),
                target=page,
                url=page.get_url() or "",
                title=page.title,
                body=getattr(page, "search_description", "") or "",
                key=f"page:{page.pk}:rev:{revision_id}",
            )
