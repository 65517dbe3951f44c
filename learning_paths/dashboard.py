"""A member's enrolments with progress and where to continue (dashboard, "continue" tag)."""

from dataclasses import dataclass

from django.db.models import Prefetch

from learning_paths.models import Enrolment, PathStep
from learning_paths.progress import OutlineItem, first_open_number, outline_for, percent


@dataclass
class DashboardEntry:
    enrolment: Enrolment
    done_count: int
    total: int
    resume: OutlineItem | None

    @property
    def path(self):
        return self.enrolment.path

    @property
    def done_percent(self):
        return percent(self.done_count, self.total)


def _entry(enrolment):
    done_ids = {row.step_id for row in enrolment.progress.all() if row.done_at}
    outline = outline_for(enrolment.path, done_ids)
    number = first_open_number(outline)
    return DashboardEntry(
        enrolment=enrolment,
        done_count=sum(item.done for item in outline),
        total=len(outline),
        resume=outline[number - 1] if number else None,
    )


def member_entries(user):
    """(in progress, completed) entries on live paths, most recently active first (3 queries)."""
    steps = PathStep.objects.only("pk", "path_id", "sort_order", "title", "estimated_minutes")
    enrolments = (
        Enrolment.objects.filter(user=user, path__live=True)
        .select_related("path")
        .prefetch_related(Prefetch("path__steps", queryset=steps), "progress")
        .order_by("-last_activity_at", "-pk")
    )
    in_progress, completed = [], []
    for enrolment in enrolments:
        entry = _entry(enrolment)
        (completed if enrolment.completed_at else in_progress).append(entry)
    return in_progress, completed


def in_progress_entries(user):
    return member_entries(user)[0]
