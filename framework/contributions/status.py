"""A contribution's status, derived from Wagtail's workflow state and the page's live flag.

Nothing is stored twice: "submitted" is an in-progress workflow, "changes requested" a
workflow that needs changes (with the moderator's comment from the rejected task state),
"published" a live page, "declined" a cancelled workflow on a page that never went live.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState

SUBMITTED = "submitted"
CHANGES_REQUESTED = "changes_requested"
PUBLISHED = "published"
DECLINED = "declined"
UNPUBLISHED = "unpublished"
DRAFT = "draft"

LABELS = {
    SUBMITTED: _("Submitted: waiting for a moderator"),
    CHANGES_REQUESTED: _("Changes requested"),
    PUBLISHED: _("Published"),
    DECLINED: _("Declined"),
    UNPUBLISHED: _("No longer published"),
    DRAFT: _("Draft: not yet submitted"),
}


@dataclass(frozen=True)
class Status:
    code: str
    comment: str = ""
    workflow_state: WorkflowState | None = None

    @property
    def label(self):
        return LABELS[self.code]

    @property
    def can_revise(self):
        return self.code in (CHANGES_REQUESTED, DRAFT)


def latest_workflow_states(pages):
    """``{page_id: latest WorkflowState}`` for many pages in one query."""
    ids = [str(page.pk) for page in pages]
    if not ids:
        return {}
    states = (
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page), object_id__in=ids
        )
        .select_related("current_task_state")
        .order_by("created_at", "pk")
    )
    return {int(state.object_id): state for state in states}


def status_of(page, state):
    """The Status of ``page`` given its latest workflow state (or None)."""
    comment = ""
    if state is not None and state.current_task_state is not None:
        comment = state.current_task_state.comment
    if page.live:
        return Status(PUBLISHED, workflow_state=state)
    if state is None:
        return Status(UNPUBLISHED if page.first_published_at else DRAFT)
    if state.status == WorkflowState.STATUS_IN_PROGRESS:
        return Status(SUBMITTED, workflow_state=state)
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return Status(CHANGES_REQUESTED, comment, state)
    if state.status == WorkflowState.STATUS_CANCELLED and not page.first_published_at:
        return Status(DECLINED, comment, state)
    return Status(UNPUBLISHED, workflow_state=state)


def statuses(pages):
    """``[(page, Status), ...]`` for a member's contributions (two queries)."""
    states = latest_workflow_states(pages)
    return [(page, status_of(page, states.get(page.pk))) for page in pages]


def status_for(page):
    return status_of(page, latest_workflow_states([page]).get(page.pk))
