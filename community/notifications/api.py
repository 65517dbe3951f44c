"""The one way the rest of the LCC raises a notification.

Call :func:`notify` inside the transaction of the event that causes it (a post
saved, a page published, a moderation action): the rows are written in that
transaction and delivery is queued on commit, so nothing is lost or doubled.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from community.notifications import unread

logger = logging.getLogger(__name__)

#: Kinds of event a member can be notified about (each has its own preference).
KINDS = {
    "reply": _("A reply in a thread you started or follow"),
    "mention": _("Someone mentioned you"),
    "followed_content": _("New or updated framework content you follow"),
    "moderation": _("A moderator acted on your content"),
    "path_nudge": _("A reminder about a learning path you are following"),
    "contribution": _("News about a contribution you proposed"),
}


def notify(recipients, kind, *, actor=None, target=None, url="", title="", body="", key=""):
    """Create one notification per recipient (skipping ``actor`` and duplicates of ``key``).

    recipients: iterable of users (or a queryset); kind: a key of KINDS; target: the
    object the notification is about (optional, any model); url: where it links;
    title/body: short plain text already in the recipient-neutral wording; key: an
    idempotency key — a second call with the same (recipient, kind, key) creates nothing.
    Returns the list of created notifications.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    users = _recipients(recipients, actor)
    if key and users:
        users = _without_earlier(users, kind, key)
    if not users:
        return []
    rows = _build_rows(users, kind, actor, target, url, title, body, key)
    created = _save(rows)
    _queue_on_commit(created)
    unread.forget([row.recipient for row in created])
    return created


def _recipients(recipients, actor):
    """Active users, each once, in the order given, never the actor themself."""
    seen = {getattr(actor, "pk", None)}
    users = []
    for user in recipients:
        if user is None or user.pk in seen or not user.is_active:
            continue
        seen.add(user.pk)
        users.append(user)
    return users


def _without_earlier(users, kind, key):
    from community.notifications.models import Notification

    ids = [user.pk for user in users]
    earlier = set()
    for start in range(0, len(ids), 1000):
        rows = Notification.objects.filter(
            kind=kind, key=key, recipient_id__in=ids[start : start + 1000]
        )
        earlier.update(rows.values_list("recipient_id", flat=True))
    return [user for user in users if user.pk not in earlier]


def _build_rows(users, kind, actor, target, url, title, body, key):
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from community.notifications.models import EmailMode, EmailState, Notification, modes_for

    modes = modes_for([user.pk for user in users], kind)
    target_type = ContentType.objects.get_for_model(target) if target is not None else None
    now = timezone.now()
    rows = []
    for user in users:
        mode = modes[user.pk]
        mailable = mode != EmailMode.OFF and bool(user.email)
        rows.append(
            Notification(
                recipient=user,
                kind=kind,
                actor=actor,
                target_type=target_type,
                target_id=str(target.pk) if target is not None else "",
                url=str(url)[:500],
                title=str(title)[:255],
                body=str(body),
                key=key,
                email_mode=mode,
                email_state=EmailState.PENDING if mailable else EmailState.SKIPPED,
                queued_at=now,
            )
        )
    return rows


def _save(rows):
    """Insert in bulk; if a concurrent call won the race for a key, insert one by one."""
    from community.notifications.models import Notification

    try:
        with transaction.atomic():
            return Notification.objects.bulk_create(rows, batch_size=1000)
    except IntegrityError:
        created = []
        for row in rows:
            try:
                with transaction.atomic():
                    row.save()
                created.append(row)
            except IntegrityError:
                logger.info("notification %s/%s already exists", row.kind, row.key)
        return created


def _queue_on_commit(created):
    from community.notifications.models import EmailMode, EmailState

    ids = [
        row.pk
        for row in created
        if row.email_state == EmailState.PENDING and row.email_mode == EmailMode.IMMEDIATE
    ]
    if not ids:
        return

    def after_commit():
        from community.notifications.delivery import enqueue

        enqueue(ids)

    transaction.on_commit(after_commit)
