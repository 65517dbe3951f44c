"""How a notification names the member who caused it, as its recipient may see them.

The name is the profile's display name (else the handle), never anything taken from the
e-mail address. A hidden profile is not named to someone who may not see it: they read a
stand-in instead, the way the site shows a person it cannot name.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from community.models.profiles import Visibility

#: Kinds where an absent actor is a member who has since deleted their account.
MEMBER_KINDS = {"reply", "mention"}


def actor_name(notification, viewer):
    """The actor's name for ``viewer`` (the recipient), a stand-in, or ``""`` if there is none."""
    actor = notification.actor
    if actor is None:
        return _("a former member") if notification.kind in MEMBER_KINDS else ""
    profile = getattr(actor, "profile", None)
    if profile is not None and _may_see(profile, viewer):
        return profile.name
    return _stand_in(notification)


def _may_see(profile, viewer):
    # Recipients are always signed-in members, so only a hidden profile needs the full check
    # (which may ask the database whether the viewer moderates).
    return profile.visibility != Visibility.HIDDEN or profile.is_visible_to(viewer)


def _stand_in(notification):
    """Who acted, by role: moderators act on content, editors on the framework's pages."""
    if notification.kind == "moderation":
        return _("a moderator")
    if notification.kind == "contribution" or not _about_community(notification):
        return _("the editorial team")
    return _("a member")


def _about_community(notification):
    if notification.target_type_id is None:
        return True
    return ContentType.objects.get_for_id(notification.target_type_id).app_label == "community"
