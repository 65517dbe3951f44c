"""The bell in the header: the signed-in member's unread count, in one small query."""

from django import template

register = template.Library()

#: Counting stops here: the bell shows "99+" and the query stays cheap for any backlog.
BELL_CAP = 100


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    """Unread notifications of the signed-in member, capped at BELL_CAP (one indexed query)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    from community.notifications.models import Notification

    unread = Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True)
    return unread.order_by()[:BELL_CAP].count()


@register.filter
def bell_number(count):
    """``99+`` when the count reached the cap."""
    return f"{BELL_CAP - 1}+" if count >= BELL_CAP else str(count)
