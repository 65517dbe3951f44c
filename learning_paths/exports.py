"""A member's learning data for their personal data export (see ``LCC_DATA_EXPORTERS``)."""

from learning_paths.models import Enrolment


def _iso(value):
    return value.isoformat() if value else None


def export_user_data(user):
    """("learning", [...]) — every enrolment with its steps, done dates and reflection answers."""
    enrolments = (
        Enrolment.objects.filter(user=user)
        .select_related("path")
        .prefetch_related("progress__step")
        .order_by("started_at", "pk")
    )
    data = [
        {
            "path": enrolment.path.title,
            "path_slug": enrolment.path.slug,
            "started_at": _iso(enrolment.started_at),
            "last_activity_at": _iso(enrolment.last_activity_at),
            "completed_at": _iso(enrolment.completed_at),
            "certificate_code": enrolment.certificate_code,
            "steps": [
                {
                    "step": row.step.title,
                    "done_at": _iso(row.done_at),
                    "reflection_question": row.step.reflection_question,
                    "reflection": row.reflection,
                }
                for row in sorted(enrolment.progress.all(), key=lambda r: r.step.sort_order or 0)
            ],
        }
        for enrolment in enrolments
    ]
    return "learning", data
