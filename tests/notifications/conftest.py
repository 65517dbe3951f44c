import pytest


@pytest.fixture
def notify_one(make_user):
    """Raise one notification for a fresh member; returns (member, notification)."""
    from community.notifications.api import notify

    def make(kind="reply", user=None, **fields):
        user = user or make_user()
        fields.setdefault("title", "A reply to 'Warning non-native speakers'")
        fields.setdefault("url", "/en/community/threads/1/")
        rows = notify([user], kind, **fields)
        return user, rows[0] if rows else None

    return make
