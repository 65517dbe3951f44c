"""Notification template tags: the bell's unread count and how a notification names its actor.

The count is the signed-in member's, from the cache when warm (see ``unread``).
"""

from django import template

from community.notifications import actors
from community.notifications.unread import BELL_CAP, unread_count

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    """Unread notifications of the signed-in member, capped at BELL_CAP (see ``unread``)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    return unread_count(user)


@register.filter
def bell_number(count):
    """``99+`` when the count reached the cap."""
    return f"{BELL_CAP - 1}+" if count >= BELL_CAP else str(count)


@register.filter
def actor_name(notification, viewer):
    """``{{ notification|actor_name:user }}``: the actor as ``user`` may see them."""
    return actors.actor_name(notification, viewer)
