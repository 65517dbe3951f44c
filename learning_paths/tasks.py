"""Periodic work of the learning app: nudge members whose path has gone quiet."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from community.notifications.api import notify
from learning_paths.models import Enrolment

BATCH_SIZE = 500


def idle_enrolments(now=None):
    """Unfinished enrolments on live paths idle for the configured days and not yet nudged
    since their last activity."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.LEARNING_NUDGE_AFTER_DAYS)
    return (
        Enrolment.objects.filter(
            completed_at__isnull=True,
            path__live=True,
            last_activity_at__lte=cutoff,
            user__is_active=True,
        )
        .filter(Q(last_nudged_at__isnull=True) | Q(last_nudged_at__lt=F("last_activity_at")))
        .select_related("user", "path")
        .order_by("pk")
    )


def _nudge(enrolment, now):
    path = enrolment.path
    language = enrolment.user.language or settings.LANGUAGE_CODE
    with translation.override(language):
        url = reverse("learning_paths:detail", kwargs={"slug": path.slug})
        title = _("Pick up “%(path)s” where you left off") % {"path": path.title}
    activity_day = timezone.localtime(enrolment.last_activity_at).date().isoformat()
    with transaction.atomic():
        notify(
            [enrolment.user],
            "path_nudge",
            target=path,
            url=url,
            title=title,
            key=f"nudge:{enrolment.pk}:{activity_day}",
        )
        Enrolment.objects.filter(pk=enrolment.pk).update(last_nudged_at=now)


@shared_task
def nudge_idle_learners():
    """Daily: one reminder per idle spell to members with no progress for 14 days."""
    now = timezone.now()
    count = 0
    for enrolment in idle_enrolments(now)[:BATCH_SIZE]:
        _nudge(enrolment, now)
        count += 1
    return count
