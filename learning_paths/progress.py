"""Progress on a path, for members (database) and anonymous visitors (session).

Both trackers offer the same small interface so views do not care who is reading:
``done_ids``, ``reflection_for(step)`` and ``record(step, done=None, reflection=None)``.
Anonymous progress is carried into the account at sign-in (see ``merge_session_progress``).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from learning_paths.models import Enrolment, PathStep, StepProgress

#: Session key of anonymous progress: {"<step id>": {"done": iso datetime or "", "reflection": str}}
SESSION_KEY = "learning_progress"
REFLECTION_SEPARATOR = "\n\n---\n\n"


@dataclass
class OutlineItem:
    number: int
    step: PathStep
    done: bool


def outline_for(path, done_ids):
    """The ordered steps of ``path`` with their 1-based number and done state."""
    return [
        OutlineItem(number=number, step=step, done=step.pk in done_ids)
        for number, step in enumerate(path.ordered_steps, start=1)
    ]


def percent(done, total):
    return round(100 * done / total) if total else 0


def first_open_number(outline):
    """Where to resume: the first step not done (or the last step when all are done)."""
    for item in outline:
        if not item.done:
            return item.number
    return outline[-1].number if outline else None


class MemberProgress:
    """Progress of a signed-in member on one path, stored in Enrolment and StepProgress."""

    def __init__(self, user, path):
        self.user = user
        self.path = path
        self.enrolment = Enrolment.objects.filter(user=user, path=path).first()
        rows = self.enrolment.progress.all() if self.enrolment else []
        self.rows = {row.step_id: row for row in rows}

    @property
    def done_ids(self):
        return {step_id for step_id, row in self.rows.items() if row.done_at}

    def reflection_for(self, step):
        row = self.rows.get(step.pk)
        return row.reflection if row else ""

    def enrol(self):
        if self.enrolment is None:
            self.enrolment, _ = Enrolment.objects.get_or_create(user=self.user, path=self.path)
        return self.enrolment

    @transaction.atomic
    def record(self, step, done=None, reflection=None):
        """Save a step's state; enrols on first use and completes the path when all are done."""
        enrolment = self.enrol()
        row = self.rows.get(step.pk)
        if row is None:  # get_or_create: a double submit must not hit the unique constraint
            row, _ = StepProgress.objects.get_or_create(enrolment=enrolment, step=step)
        if done is not None:
            row.done_at = (row.done_at or timezone.now()) if done else None
        if reflection is not None:
            row.reflection = reflection
        row.save()
        self.rows[step.pk] = row
        enrolment.touch()
        complete_if_all_done(enrolment, self.done_ids, self.path.ordered_steps)


class SessionProgress:
    """Progress of an anonymous visitor, kept in their session until they sign in."""

    def __init__(self, session, path):
        self.session = session
        self.path = path
        self.enrolment = None
        step_ids = {str(step.pk) for step in path.ordered_steps}
        stored = session.get(SESSION_KEY, {})
        self.entries = {int(k): v for k, v in stored.items() if k in step_ids}

    @property
    def done_ids(self):
        return {step_id for step_id, entry in self.entries.items() if entry.get("done")}

    def reflection_for(self, step):
        return self.entries.get(step.pk, {}).get("reflection", "")

    def record(self, step, done=None, reflection=None):
        stored = dict(self.session.get(SESSION_KEY, {}))
        entry = dict(stored.get(str(step.pk), {"done": "", "reflection": ""}))
        if done is not None:
            entry["done"] = (entry["done"] or timezone.now().isoformat()) if done else ""
        if reflection is not None:
            entry["reflection"] = reflection
        stored[str(step.pk)] = entry
        self.session[SESSION_KEY] = stored
        self.entries[step.pk] = entry


def progress_for(request, path):
    if request.user.is_authenticated:
        return MemberProgress(request.user, path)
    return SessionProgress(request.session, path)


def complete_if_all_done(enrolment, done_ids, steps):
    if steps and all(step.pk in done_ids for step in steps):
        enrolment.complete()


def _merge_reflection(kept, incoming):
    incoming = incoming.strip()
    if not incoming or incoming in kept:
        return kept
    return f"{kept}{REFLECTION_SEPARATOR}{incoming}" if kept.strip() else incoming


def _parse_done(value):
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return timezone.now()


def _merge_entry(enrolment, step, entry, existing):
    """Fold one session entry into the member's row for that step (never a duplicate row)."""
    row = existing.get(step.pk) or StepProgress(enrolment=enrolment, step=step)
    if entry.get("done") and not row.done_at:
        row.done_at = _parse_done(entry["done"])
    row.reflection = _merge_reflection(row.reflection, str(entry.get("reflection", "")))
    row.save()
    existing[step.pk] = row


@transaction.atomic
def merge_session_progress(session, user):
    """Carry anonymous progress (done steps, reflections) into ``user``'s enrolments."""
    stored = session.pop(SESSION_KEY, None)
    if not stored:
        return
    ids = [int(key) for key in stored if str(key).isdigit()]
    steps = PathStep.objects.filter(pk__in=ids, path__live=True).select_related("path")
    by_path = defaultdict(list)
    for step in steps:
        by_path[step.path].append(step)
    for path, path_steps in by_path.items():
        enrolment, _ = Enrolment.objects.get_or_create(user=user, path=path)
        existing = {row.step_id: row for row in enrolment.progress.all()}
        for step in path_steps:
            _merge_entry(enrolment, step, stored[str(step.pk)], existing)
        enrolment.touch()
        done_ids = {step_id for step_id, row in existing.items() if row.done_at}
        complete_if_all_done(enrolment, done_ids, list(path.steps.all()))


def done_counts(user, paths):
    """{path id: steps done} for the member, in one query (empty for anonymous visitors)."""
    if not user.is_authenticated:
        return {}
    enrolments = (
        Enrolment.objects.filter(user=user, path__in=[path.pk for path in paths])
        .annotate(done=Count("progress", filter=Q(progress__done_at__isnull=False)))
        .values_list("path_id", "done")
    )
    return dict(enrolments)
