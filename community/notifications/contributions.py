"""Tell members how their proposed contributions fare in review.

Wagtail's workflow and publishing signals are enough: a page whose specific object has a
non-null ``contributor`` is a member's contribution (duck typing; this app never imports the
framework). Every notification carries a stable key, so a signal that fires twice (Wagtail
sends both ``workflow_rejected`` and ``task_rejected``, for instance) still notifies once.
"""

from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from wagtail.signals import (
    page_published,
    task_rejected,
    task_submitted,
    workflow_approved,
    workflow_cancelled,
    workflow_rejected,
    workflow_submitted,
)

from community.notifications.api import notify

KIND = "contribution"


def contribution(obj):
    """``(page, contributor)`` if ``obj`` is a page with a contributor, else ``(None, None)``."""
    page = getattr(obj, "specific", None)
    if page is None or getattr(page, "contributor_id", None) is None:
        return None, None
    return page, page.contributor


def page_of_state(workflow_state):
    return contribution(workflow_state.content_object)


def my_contributions_url(page):
    try:
        return reverse("contributions:mine")
    except NoReverseMatch:
        return page.get_url() or ""


def _send(page, contributor, key, title, body="", url=None, actor=None):
    notify(
        [contributor],
        KIND,
        actor=actor if actor is not None and actor.pk != contributor.pk else None,
        target=page,
        url=url if url is not None else my_contributions_url(page),
        title=title,
        body=body,
        key=f"contribution:{page.pk}:{key}",
    )


def _submitted(workflow_state, task_state_id, user):
    page, contributor = page_of_state(workflow_state)
    if page is None:
        return
    _send(
        page,
        contributor,
        f"submitted:{task_state_id}",
        _("“%(title)s” was sent to the moderators for review.") % {"title": page.title},
        actor=user,
    )


@receiver(workflow_submitted, dispatch_uid="notifications.contribution_submitted")
def on_workflow_submitted(sender, instance, user=None, **kwargs):
    _submitted(instance, instance.current_task_state_id, user)


@receiver(task_submitted, dispatch_uid="notifications.contribution_resubmitted")
def on_task_submitted(sender, instance, user=None, **kwargs):
    """Also covers a revision sent back to review (Wagtail resumes the workflow)."""
    _submitted(instance.workflow_state, instance.pk, user)


def _changes_requested(workflow_state, task_state, user):
    page, contributor = page_of_state(workflow_state)
    if page is None or task_state is None:
        return
    _send(
        page,
        contributor,
        f"changes:{task_state.pk}",
        _("A moderator asked for changes to “%(title)s”.") % {"title": page.title},
        body=task_state.comment,
        actor=user,
    )


@receiver(workflow_rejected, dispatch_uid="notifications.contribution_changes_requested")
def on_workflow_rejected(sender, instance, user=None, **kwargs):
    _changes_requested(instance, instance.current_task_state, user)


@receiver(task_rejected, dispatch_uid="notifications.contribution_task_rejected")
def on_task_rejected(sender, instance, user=None, **kwargs):
    _changes_requested(instance.workflow_state, instance, user)


def _published(page, contributor, user):
    _send(
        page,
        contributor,
        "published",
        _("“%(title)s” is published. Thank you for your contribution!") % {"title": page.title},
        url=page.get_url() or "",
        actor=user,
    )


@receiver(page_published, dispatch_uid="notifications.contribution_published")
def on_page_published(sender, instance, revision=None, **kwargs):
    page, contributor = contribution(instance)
    if page is not None:
        _published(page, contributor, getattr(revision, "user", None))


@receiver(workflow_approved, dispatch_uid="notifications.contribution_approved")
def on_workflow_approved(sender, instance, user=None, **kwargs):
    """Approval publishes the page; same key as ``page_published``, so one notification."""
    page, contributor = page_of_state(instance)
    if page is not None and page.live:
        _published(page, contributor, user)


@receiver(workflow_cancelled, dispatch_uid="notifications.contribution_declined")
def on_workflow_cancelled(sender, instance, user=None, **kwargs):
    """A moderator stopped the review of a page that is not live: the proposal is declined.

    Wagtail also cancels a workflow when a page is published directly, or when the submitter
    restarts it themself; neither is a decline.
    """
    page, contributor = page_of_state(instance)
    if page is None or page.live or (user is not None and user.pk == contributor.pk):
        return
    comment = instance.current_task_state.comment if instance.current_task_state else ""
    _send(
        page,
        contributor,
        f"declined:{instance.pk}",
        _("“%(title)s” was not accepted for publication.") % {"title": page.title},
        body=comment,
        actor=user,
    )
