"""Personal parts of a shared step page (see lcc/member_cache.py): progress and the step form.

Both read the member's progress on the path in one query, shared by the two holes.
"""

from types import SimpleNamespace

from django.template.loader import get_template

from lcc.member_cache import markers
from learning_paths.forms import StepProgressForm
from learning_paths.models import StepProgress
from learning_paths.progress import done_counts
from learning_paths.templatetags.learning_paths_tags import learning_progress


def _rows(request, path_id):
    """{step id: (done, reflection)} of the signed-in member on a path, once per request."""
    memo = request.__dict__.setdefault("_lcc_step_rows", {})
    if path_id not in memo:
        rows = StepProgress.objects.filter(
            enrolment__user=request.user, enrolment__path_id=path_id
        ).values_list("step_id", "done_at", "reflection")
        memo[path_id] = {step_id: (done_at is not None, text) for step_id, done_at, text in rows}
    return memo[path_id]


def step_progress(request, calls):
    """Calls are (path id, number of steps): the progress bar."""
    template = get_template("learning_paths/includes/progress.html")
    html = []
    for path_id, total in calls:
        done = sum(1 for is_done, _text in _rows(request, path_id).values() if is_done)
        html.append(template.render(learning_progress(done, total)))
    return html


def step_form(request, calls):
    """Calls are (path id, step id, reflection question): "mark as done" and the answer."""
    template = get_template("learning_paths/includes/step_form.html")
    html = []
    for path_id, step_id, question in calls:
        done, reflection = _rows(request, path_id).get(step_id, (False, ""))
        context = {
            "request": request,
            "user": request.user,
            "csrf_token": markers.csrf_sentinel,  # fill_holes puts the member's token in
            "step": SimpleNamespace(pk=step_id, reflection_question=question),
            "item": SimpleNamespace(done=done),
            "form": StepProgressForm(initial={"reflection": reflection}),
        }
        html.append(template.render(context))
    return html


def path_progress(request, calls):
    """Calls are (path id, number of steps): the progress bar of a path card, if enrolled."""
    counts = done_counts(request.user, [SimpleNamespace(pk=path_id) for path_id, _total in calls])
    template = get_template("learning_paths/includes/progress.html")
    return [
        template.render(learning_progress(counts[path_id], total)) if path_id in counts else ""
        for path_id, total in calls
    ]
