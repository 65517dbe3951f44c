"""The bell's unread count per member, kept in the shared cache.

Every signed-in page shows the bell, so its count is read from the cache and only counted in
the database when the entry is missing. :func:`forget` drops a member's entry whenever their
unread set changes (a notification created for them, one or all marked read): right away, and
again once the transaction commits, so a page rendered in between cannot keep the old number.
The timeout bounds any staleness a change outside these paths (an admin edit) could leave.
"""

import logging

from django.core.cache import cache
from django.db import connection, transaction

logger = logging.getLogger(__name__)

#: Counting stops here: the bell shows "99+" and the query stays cheap for any backlog.
BELL_CAP = 100
TIMEOUT = 300


def _key(user):
    # date_joined tells apart two accounts that got the same id (a reused SQLite id, a
    # database restored from a dump) while the cache kept the older one's entry.
    joined = user.date_joined.timestamp() if getattr(user, "date_joined", None) else ""
    return f"notifications:unread:{user.pk}:{joined}"


def _count_in_database(user):
    from community.notifications.models import Notification

    unread = Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True)
    return unread.order_by()[:BELL_CAP].count()


def unread_count(user):
    """Unread notifications of ``user``, capped at BELL_CAP; no query on a warm cache."""
    key = _key(user)
    try:
        count = cache.get(key)
    except Exception:  # noqa: BLE001 - an unreachable cache must not break every page
        logger.warning("cache unavailable for the notification bell", exc_info=True)
        return _count_in_database(user)
    if count is None:
        count = _count_in_database(user)
        try:
            cache.set(key, count, TIMEOUT)
        except Exception:  # noqa: BLE001
            logger.warning("cache unavailable for the notification bell", exc_info=True)
    return count


def _delete(keys):
    try:
        cache.delete_many(keys)
    except Exception:  # noqa: BLE001 - the timeout still ends a stale count
        logger.warning("could not drop cached notification counts", exc_info=True)


def forget(users):
    """Drop the cached counts of ``users`` now and after the current transaction commits."""
    keys = [_key(user) for user in users]
    if not keys:
        return
    _delete(keys)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: _delete(keys))
