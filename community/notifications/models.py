"""Notifications: one row per recipient and event, plus each member's e-mail preferences.

A row is written in the same transaction as the event that causes it (see ``api.notify``).
Its e-mail goes out according to ``email_mode``, fixed when the row is written from the
recipient's preference: at once (a task queued on commit, re-queued by the sweep), in a
daily or weekly digest, or not at all. ``email_state`` records how far delivery got.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from community.notifications.api import KINDS


class EmailMode(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately")
    DAILY = "daily", _("Daily digest")
    WEEKLY = "weekly", _("Weekly digest")
    OFF = "off", _("Off (only on this site)")


class EmailState(models.TextChoices):
    PENDING = "pending", _("Waiting to be mailed")
    SENDING = "sending", _("Being mailed")
    SENT = "sent", _("Mailed")
    SKIPPED = "skipped", _("Not mailed")
    FAILED = "failed", _("Refused by the mail server")


KIND_CHOICES = [(kind, label) for kind, label in KINDS.items()]

#: What a member gets before choosing: what concerns them directly at once, the rest bundled.
DEFAULT_MODES = {
    "reply": EmailMode.IMMEDIATE,
    "mention": EmailMode.IMMEDIATE,
    "moderation": EmailMode.IMMEDIATE,
    "contribution": EmailMode.IMMEDIATE,
    "followed_content": EmailMode.DAILY,
    "path_nudge": EmailMode.WEEKLY,
}


class Notification(models.Model):
    """Something a member should hear about: shown in the bell and list, and maybe e-mailed."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=KIND_CHOICES)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    target_id = models.CharField(max_length=64, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    url = models.CharField(_("link"), max_length=500, blank=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    body = models.TextField(_("text"), blank=True)
    #: Idempotency key: a second notify() with the same (recipient, kind, key) creates nothing.
    key = models.CharField(max_length=200, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    email_mode = models.CharField(max_length=16, choices=EmailMode.choices)
    email_state = models.CharField(max_length=16, choices=EmailState.choices)
    #: When delivery was last queued; the sweep re-queues pending rows queued too long ago.
    queued_at = models.DateTimeField(null=True, blank=True)
    #: When a worker claimed the row for sending; a stale claim means that worker died.
    claimed_at = models.DateTimeField(null=True, blank=True)
    #: Groups the rows of one digest while it is being sent.
    claim_token = models.CharField(max_length=32, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            # The bell: unread rows of one member.
            models.Index(fields=["recipient", "read_at"], name="notif_unread"),
            # The sweep and digests: rows waiting for mail.
            models.Index(fields=["email_state", "email_mode", "queued_at"], name="notif_mailq"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "key"],
                condition=~models.Q(key=""),
                name="notif_unique_key",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    @property
    def is_unread(self):
        return self.read_at is None


class NotificationPreference(models.Model):
    """How one member wants to be e-mailed about one kind; no row means the default."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=KIND_CHOICES)
    mode = models.CharField(_("e-mail"), max_length=16, choices=EmailMode.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notif_pref_unique_kind")
        ]

    def __str__(self):
        return f"{self.user_id} {self.kind}: {self.mode}"


def modes_for(user_ids, kind):
    """``{user_id: mode}`` for ``kind``: each member's choice, else the default (1 query/1000)."""
    user_ids = list(user_ids)
    modes = dict.fromkeys(user_ids, DEFAULT_MODES[kind])
    for start in range(0, len(user_ids), 1000):
        chunk = user_ids[start : start + 1000]
        rows = NotificationPreference.objects.filter(user_id__in=chunk, kind=kind)
        modes.update(rows.values_list("user_id", "mode"))
    return modes


def preferences_of(user):
    """``{kind: mode}`` of one member, defaults filled in."""
    chosen = dict(user.notification_preferences.values_list("kind", "mode"))
    return {kind: chosen.get(kind, DEFAULT_MODES[kind]) for kind in KINDS}


def set_preferences(user, modes):
    """Store ``{kind: mode}`` for ``user`` (unknown kinds are ignored)."""
    for kind, mode in modes.items():
        if kind in KINDS:
            NotificationPreference.objects.update_or_create(
                user=user, kind=kind, defaults={"mode": mode}
            )
