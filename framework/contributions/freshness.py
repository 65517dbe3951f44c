"""Stale products and the weekly digest that reminds editors to review them.

The framework never imports the community app, so the reminder is a plain e-mail through
Django's mail, not a notification. ``FreshnessReminder`` makes it idempotent per ISO week.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from framework.contributions.models import FreshnessReminder
from framework.models import ProductPage

logger = logging.getLogger(__name__)


def max_age_days():
    return getattr(settings, "LCC_FRESHNESS_MAX_AGE_DAYS", 365)


def cutoff(today=None):
    """Products last reviewed before this date (or never) are stale."""
    return (today or timezone.localdate()) - datetime.timedelta(days=max_age_days())


def stale_products(today=None):
    """Live products not reviewed within the maximum age, oldest (and never reviewed) first."""
    return (
        ProductPage.objects.live()
        .filter(Q(last_reviewed__lt=cutoff(today)) | Q(last_reviewed__isnull=True))
        .select_related("locale", "content_type")
        .order_by(F("last_reviewed").asc(nulls_first=True), "title", "pk")
    )


def editors():
    groups = getattr(settings, "LCC_FRESHNESS_EDITOR_GROUPS", ["Editors", "Moderators"])
    return (
        get_user_model()
        .objects.filter(groups__name__in=groups, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def iso_week(today=None):
    year, week, _weekday = (today or timezone.localdate()).isocalendar()
    return f"{year}-W{week:02d}"


def admin_edit_url(page):
    return f"{settings.WAGTAILADMIN_BASE_URL}{reverse('wagtailadmin_pages:edit', args=[page.pk])}"


def _message(products):
    rows = [{"page": page, "edit_url": admin_edit_url(page)} for page in products]
    context = {
        "rows": rows,
        "max_age_days": max_age_days(),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("contributions/email/freshness_subject.txt", context)
        body = render_to_string("contributions/email/freshness_body.txt", context)
    return " ".join(subject.split()), body


def _send_once(editor, week, subject, body, count):
    """Record and send in one transaction: a failed send leaves no record, so it is retried."""
    try:
        with transaction.atomic():
            _reminder, created = FreshnessReminder.objects.get_or_create(
                editor=editor, week=week, defaults={"product_count": count}
            )
            if not created:
                return False
            send_mail(subject, body, None, [editor.email])
    except IntegrityError:  # a concurrent run recorded this editor's week first
        return False
    return True


class RemindersFailed(Exception):
    """Some digests could not be sent; a retry sends only those (the others are recorded)."""


def send_reminders(today=None):
    """One digest per editor per ISO week listing stale products; returns the mails sent."""
    products = list(stale_products(today))
    if not products:
        return 0
    week = iso_week(today)
    subject, body = _message(products)
    sent, failed = 0, []
    for editor in editors():
        try:
            sent += _send_once(editor, week, subject, body, len(products))
        except OSError as exc:  # SMTP trouble: the record was rolled back with it
            logger.warning("freshness reminder to editor %s failed: %s", editor.pk, exc)
            failed.append(editor.pk)
    logger.info("freshness reminders: %s sent for %s stale products", sent, len(products))
    if failed:
        raise RemindersFailed(f"{len(failed)} reminder(s) not sent")
    return sent
