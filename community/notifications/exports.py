"""The member's notifications and preferences in their data export (LCC_DATA_EXPORTERS)."""

from community.notifications.models import Notification, preferences_of


def export_user_data(user):
    """``("notifications", data)``: e-mail preferences and every notification kept for ``user``."""
    rows = Notification.objects.filter(recipient=user).order_by("created", "pk")
    notifications = [
        {
            "kind": row.kind,
            "title": row.title,
            "body": row.body,
            "url": row.url,
            "created": row.created.isoformat(),
            "read": row.read_at.isoformat() if row.read_at else None,
            "emailed": row.emailed_at.isoformat() if row.emailed_at else None,
        }
        for row in rows.iterator()
    ]
    preferences = {kind: str(mode) for kind, mode in preferences_of(user).items()}
    return "notifications", {"preferences": preferences, "notifications": notifications}
