"""The one way the rest of the LCC raises a notification.

Call :func:`notify` inside the transaction of the event that causes it (a post
saved, a page published, a moderation action): the rows are written in that
transaction and delivery is queued on commit, so nothing is lost or doubled.
"""

#: Kinds of event a member can be notified about (each has its own preference).
KINDS = {
    "reply": "A reply in a thread you started or follow",
    "mention": "Someone mentioned you",
    "followed_content": "New or updated framework content you follow",
    "moderation": "A moderator acted on your content",
    "path_nudge": "A reminder about a learning path you are following",
    "contribution": "News about a contribution you proposed",
}


def notify(recipients, kind, *, actor=None, target=None, url="", title="", body="", key=""):
    """Create one notification per recipient (skipping ``actor`` and duplicates of ``key``).

    recipients: iterable of users (or a queryset); kind: a key of KINDS; target: the
    object the notification is about (optional, any model); url: where it links;
    title/body: short plain text already in the recipient-neutral wording; key: an
    idempotency key — a second call with the same (recipient, kind, key) creates nothing.
    Returns the list of created notifications.
    """
    # Implemented by the notifications work (issue 6); until then events are not recorded.
    return []
