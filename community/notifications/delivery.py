"""Getting notification e-mails out: queueing, claiming, sending, digests and the sweep.

Guarantees and the one trade-off
--------------------------------
* Nothing is lost. A row is written with the event; its delivery is queued on commit;
  if the broker is down the row simply stays ``pending`` and the sweep (every minute)
  re-queues it. A task that fails on an SMTP or connection error releases its claim and
  retries with exponential backoff; the sweep picks up whatever is still pending later.
* Mailed at most once per claim. Before sending, a worker claims the row with a
  conditional UPDATE (``pending`` -> ``sending``); only the winner sends, so duplicate
  tasks (a re-delivered message, a sweep racing a slow queue) send nothing. Right after
  the server accepts the message the row is marked ``sent``.
* A worker that dies mid-send leaves a ``sending`` claim. The sweep returns claims older
  than NOTIFICATIONS_STALE_CLAIM_SECONDS to ``pending``, because "not lost" weighs more
  than "never twice": the only way this produces a second copy is a crash in the instant
  between the server's "250 accepted" and the commit of ``sent`` (one UPDATE). That copy
  carries the same Message-ID (derived from the notification id), so mail systems that
  de-duplicate on Message-ID show it once. Every other crash (while rendering,
  connecting or talking to the server) happens before the server took the message.
"""

import logging
import smtplib
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import get_connection
from django.db.models import F, Q
from django.utils import timezone

from community.notifications.emails import digest_message, notification_message
from community.notifications.models import (
    DEFAULT_MODES,
    EmailMode,
    EmailState,
    Notification,
    NotificationPreference,
)

logger = logging.getLogger(__name__)


def setting(name, default):
    return getattr(settings, name, default)


def chunks(items, size):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- Queueing ----------------------------------------------------------------


def enqueue(ids):
    """Queue immediate delivery of ``ids`` in batches; a broker outage is logged, not raised.

    Runs in ``on_commit`` of the request that caused the event, so it must never fail
    that request: whatever cannot be queued stays pending and the sweep queues it later.
    """
    from community.notifications.tasks import deliver_notifications

    queued = 0
    for batch in chunks(ids, setting("NOTIFICATIONS_BATCH_SIZE", 500)):
        try:
            deliver_notifications.apply_async((batch,), retry=False)
        except Exception:  # any broker failure; the rows stay pending for the sweep
            logger.warning(
                "could not queue %d notification e-mails; the sweep will retry",
                len(batch),
                exc_info=True,
            )
        else:
            queued += len(batch)
    return queued


def enqueue_digests(user_ids, mode):
    """Queue digests for ``user_ids`` in batches (same outage rule as :func:`enqueue`)."""
    from community.notifications.tasks import send_digests

    for batch in chunks(user_ids, setting("NOTIFICATIONS_DIGEST_BATCH_SIZE", 100)):
        try:
            send_digests.apply_async((batch, mode), retry=False)
        except Exception:  # the rows stay pending; the next sweep or digest run retries
            logger.warning("could not queue %d %s digests", len(batch), mode, exc_info=True)


# --- Sending -----------------------------------------------------------------


def is_permanent(exc):
    """A 5xx answer means retrying cannot help (unknown mailbox, message rejected)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _msg in exc.recipients.values())
    return isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code >= 500


def _current_modes(rows):
    """``{(user_id, kind): mode}`` as the members want it now (1 query)."""
    users = {row.recipient_id for row in rows}
    kinds = {row.kind for row in rows}
    chosen = NotificationPreference.objects.filter(user_id__in=users, kind__in=kinds)
    modes = {(row.recipient_id, row.kind): DEFAULT_MODES[row.kind] for row in rows}
    modes.update(
        {(user, kind): mode for user, kind, mode in chosen.values_list("user_id", "kind", "mode")}
    )
    return modes


def _follow_new_preference(row, mode):
    """A member who changed their mind since the event: skip the mail or leave it to a digest."""
    pending = Notification.objects.filter(pk=row.pk, email_state=EmailState.PENDING)
    if mode == EmailMode.OFF:
        pending.update(email_state=EmailState.SKIPPED)
    else:
        pending.update(email_mode=mode)


def deliver(ids):
    """Mail each still-pending immediate notification in ``ids``; returns how many were sent."""
    rows = list(
        Notification.objects.filter(
            pk__in=ids, email_state=EmailState.PENDING, email_mode=EmailMode.IMMEDIATE
        )
        .select_related("recipient", "actor__profile")
        .order_by("pk")
    )
    if not rows:
        return 0
    modes = _current_modes(rows)
    sent = 0
    with get_connection() as connection:
        for row in rows:
            mode = modes[(row.recipient_id, row.kind)]
            if mode != EmailMode.IMMEDIATE:
                _follow_new_preference(row, mode)
            elif send_one(row, connection):
                sent += 1
    return sent


def _claim(queryset, **extra):
    """Atomically move ``pending`` rows to ``sending``; returns how many this worker won."""
    return queryset.filter(email_state=EmailState.PENDING).update(
        email_state=EmailState.SENDING,
        claimed_at=timezone.now(),
        attempts=F("attempts") + 1,
        **extra,
    )


def _finish(queryset, exc=None):
    """Record the outcome of a send of claimed rows."""
    if exc is None:
        queryset.update(email_state=EmailState.SENT, emailed_at=timezone.now(), claim_token="")
    elif is_permanent(exc):
        logger.warning("mail server refused notification e-mail for good: %s", exc)
        queryset.update(email_state=EmailState.FAILED, claim_token="")
    else:  # release the claim so a retry (or the sweep) can send it
        queryset.update(email_state=EmailState.PENDING, claimed_at=None, claim_token="")


def send_one(row, connection):
    """Claim, send and mark one notification; re-raise errors worth retrying."""
    if not _claim(Notification.objects.filter(pk=row.pk)):
        return False  # another worker has it, or it went out already
    claimed = Notification.objects.filter(pk=row.pk, email_state=EmailState.SENDING)
    try:
        notification_message(row, connection).send()
    except Exception as exc:
        _finish(claimed, exc)
        if is_permanent(exc):
            return False
        raise
    _finish(claimed)
    return True


def send_digests_to(user_ids, mode):
    """Send one digest of ``mode`` to each member in ``user_ids`` with pending rows."""
    users = list(get_user_model().objects.filter(pk__in=user_ids, is_active=True).order_by("pk"))
    prefs = {}
    rows = NotificationPreference.objects.filter(user_id__in=user_ids, mode=EmailMode.OFF)
    for user_id, kind in rows.values_list("user_id", "kind"):
        prefs.setdefault(user_id, set()).add(kind)
    sent = 0
    with get_connection() as connection:
        for user in users:
            sent += send_digest(user, mode, connection, muted=prefs.get(user.pk, set()))
    return sent


def send_digest(user, mode, connection, muted=()):
    """Claim the member's pending ``mode`` rows, mail them as one digest, mark them sent."""
    token = uuid.uuid4().hex
    waiting = Notification.objects.filter(recipient=user, email_mode=mode)
    if muted:  # kinds switched off since the rows were written
        waiting.filter(kind__in=muted, email_state=EmailState.PENDING).update(
            email_state=EmailState.SKIPPED
        )
    if not _claim(waiting, claim_token=token):
        return 0
    # Filter by recipient too: it is indexed, the token is not (a scan per member otherwise).
    claimed = Notification.objects.filter(
        recipient=user, claim_token=token, email_state=EmailState.SENDING
    )
    rows = list(claimed.select_related("actor__profile").order_by("kind", "-created"))
    try:
        digest_message(user, rows, mode, connection).send()
    except Exception as exc:
        _finish(claimed, exc)
        if is_permanent(exc):
            return 0
        raise
    _finish(claimed)
    return 1


def queue_digests(mode):
    """Queue a digest for every member with rows waiting for the ``mode`` digest."""
    waiting = Notification.objects.filter(email_state=EmailState.PENDING, email_mode=mode)
    user_ids = list(waiting.order_by().values_list("recipient_id", flat=True).distinct())
    enqueue_digests(sorted(user_ids), mode)
    return len(user_ids)


# --- The sweep ---------------------------------------------------------------


def sweep():
    """Return stale claims to the queue and re-queue immediate mail that is still pending.

    Returns ``(released, requeued)`` counts. Safe to run at any time and any number of
    times: sending claims each row, so a duplicate task sends nothing.
    """
    now = timezone.now()
    released = _release_stale_claims(now)
    grace = timedelta(seconds=setting("NOTIFICATIONS_SWEEP_GRACE_SECONDS", 300))
    due = Notification.objects.filter(
        Q(queued_at__lt=now - grace) | Q(queued_at__isnull=True),
        email_state=EmailState.PENDING,
        email_mode=EmailMode.IMMEDIATE,
    )
    ids = list(
        due.order_by("pk").values_list("pk", flat=True)[
            : setting("NOTIFICATIONS_SWEEP_LIMIT", 5000)
        ]
    )
    if ids:
        for batch in chunks(ids, 1000):
            Notification.objects.filter(pk__in=batch).update(queued_at=now)
        logger.info("sweep re-queues %d pending notification e-mails", len(ids))
        enqueue(ids)
    return released, len(ids)


def _release_stale_claims(now):
    """Claims held longer than any real send takes belong to a dead worker: release them."""
    age = timedelta(seconds=setting("NOTIFICATIONS_STALE_CLAIM_SECONDS", 900))
    stale = Notification.objects.filter(email_state=EmailState.SENDING, claimed_at__lt=now - age)
    digest_users = {}
    for user_id, mode in stale.values_list("recipient_id", "email_mode").distinct():
        if mode != EmailMode.IMMEDIATE:
            digest_users.setdefault(mode, set()).add(user_id)
    released = stale.update(
        email_state=EmailState.PENDING, claimed_at=None, claim_token="", queued_at=None
    )
    if released:
        logger.warning("sweep released %d stale notification claims", released)
    for mode, users in digest_users.items():  # their digest time has passed: send them now
        enqueue_digests(sorted(users), mode)
    return released
