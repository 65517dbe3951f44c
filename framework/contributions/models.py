"""Feedback on framework products and the record of freshness reminders sent to editors.

Contribution state is not stored here: a proposal is a draft product page whose status is
read from Wagtail's workflow state and the page's live flag (see ``status.py``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Feedback(models.Model):
    """One "Was this useful?" answer on a page, with an optional comment or suggested edit."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="contribution_feedback",
        verbose_name=_("page"),
    )
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    suggests_edit = models.BooleanField(_("suggests an edit"), default=False)
    #: Empty for anonymous visitors; kept (as empty) when the member deletes their account.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="product_feedback",
        verbose_name=_("member"),
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        indexes = [models.Index(fields=["page", "created_at"], name="contrib_feedback_page")]

    def __str__(self):
        answer = _("useful") if self.useful else _("not useful")
        return f"{self.page_id}: {answer}"


class FreshnessReminder(models.Model):
    """That one editor got the stale-products digest in one ISO week (makes sending idempotent)."""

    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="freshness_reminders",
        verbose_name=_("editor"),
    )
    week = models.CharField(_("ISO week"), max_length=8, help_text=_("For example 2025-W07."))
    product_count = models.PositiveIntegerField(_("products listed"), default=0)
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("freshness reminder")
        verbose_name_plural = _("freshness reminders")
        constraints = [
            models.UniqueConstraint(fields=["editor", "week"], name="contrib_reminder_once_a_week")
        ]

    def __str__(self):
        return f"{self.editor_id} {self.week}"
