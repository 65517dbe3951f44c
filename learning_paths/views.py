"""Public learning pages: list, guide, path, step, dashboard, certificates.

Only live paths are ever shown. Anonymous visitors read everything; their progress lives in
the session until they sign in (see ``learning_paths.signals``).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from learning_paths import certificates, recommend
from learning_paths.csrf import csrf_for_members
from learning_paths.dashboard import member_entries
from learning_paths.forms import ALL_LANGUAGES, GuideForm, PathFilterForm, StepProgressForm
from learning_paths.models import Enrolment, LearningPath
from learning_paths.progress import (
    MemberProgress,
    done_counts,
    first_open_number,
    outline_for,
    percent,
    progress_for,
)

PATHS_PER_PAGE = 24
#: Shown on the list when no path is written in the visitor's language yet.
FALLBACK_LANGUAGE = "en"


def public_paths():
    return LearningPath.objects.live().for_cards().order_by("title", "pk")


def get_live_path(slug):
    path = get_object_or_404(LearningPath.objects.live().select_related("cover_image"), slug=slug)
    # One query for all steps with their pages; everything else reads this list.
    steps = path.steps.select_related("page__locale").order_by("sort_order", "pk")
    path.ordered_steps = list(steps)
    return path


def index(request):
    """Live paths in the visitor's language by default, filterable by audience, theme, level
    and language ("all languages" included); GET only, no JavaScript needed."""
    data, missing_language = _with_default_language(request.GET)
    form = PathFilterForm(data)
    form.is_valid()  # invalid fields are shown as errors; the valid ones still filter
    paths = recommend.filter_paths(public_paths(), form.cleaned_data)
    page = Paginator(paths, PATHS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "learning_paths/index.html",
        {
            "form": form,
            "page_obj": page,
            "paths": page.object_list,
            "done_counts": done_counts(request.user, page.object_list),
            "querystring": _querystring_without_page(request),
            "missing_language": dict(settings.LANGUAGES).get(missing_language, ""),
            "all_languages": ALL_LANGUAGES,
        },
    )


def _with_default_language(query):
    """The list filters with a language filled in when the visitor chose none.

    The default is the active language; when no live path is written in it yet, the paths in
    English (the language every path is first written in). Returns the filter data and the
    active language's code when it had to fall back, else "".
    """
    if query.get("language"):
        return query, ""
    data = query.copy()
    active = get_language()
    if active not in dict(settings.LANGUAGES):
        active = settings.LANGUAGE_CODE
    fallback = active != FALLBACK_LANGUAGE and not live_paths_in(active)
    data["language"] = FALLBACK_LANGUAGE if fallback else active
    return data, active if fallback else ""


def live_paths_in(language):
    return LearningPath.objects.live().filter(language=language).exists()


def _querystring_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def guide(request):
    """ "Where do I start?": two or three questions, then matching paths and framework products."""
    form = GuideForm(request.GET or None)
    results = None
    if form.is_valid() and any(form.cleaned_data.values()):
        results = recommend.for_answers(form.cleaned_data)
    return render(request, "learning_paths/guide.html", {"form": form, "results": results})


def detail(request, slug):
    """A path: who it is for, total time, the step outline and where to continue."""
    path = get_live_path(slug)
    progress = progress_for(request, path)
    outline = outline_for(path, progress.done_ids)
    done = sum(item.done for item in outline)
    return render(
        request,
        "learning_paths/path_detail.html",
        {
            "path": path,
            "outline": outline,
            "done_count": done,
            "done_percent": percent(done, len(outline)),
            "resume_number": first_open_number(outline) if done else None,
            "enrolment": progress.enrolment,
        },
    )


@csrf_for_members  # anonymous visitors are sent to sign in, never enrolled
@require_POST
def enrol(request, slug):
    """Enrol the member in a live path and send them to the step they should do next."""
    path = get_live_path(slug)
    if not request.user.is_authenticated:
        return redirect_to_login(path.get_absolute_url())
    progress = MemberProgress(request.user, path)
    progress.enrol()
    messages.success(request, _("You are enrolled. Your progress is saved as you go."))
    number = first_open_number(outline_for(path, progress.done_ids))
    if number is None:
        return redirect(path)
    return redirect("learning_paths:step", slug=path.slug, number=number)


@csrf_for_members  # anonymous pages carry no token so the page cache can share them
def step(request, slug, number):
    """One step: its introduction, the linked framework content, progress and "mark as done"."""
    path = get_live_path(slug)
    if not 1 <= number <= len(path.ordered_steps):
        raise Http404
    current = path.ordered_steps[number - 1]
    progress = progress_for(request, path)
    if request.method == "POST":
        form = StepProgressForm(request.POST)
        if form.is_valid():
            return _save_step(request, path, number, current, progress, form.cleaned_data)
    else:
        form = StepProgressForm(initial={"reflection": progress.reflection_for(current)})
    return render(request, "learning_paths/step.html", _step_context(path, number, progress, form))


def _step_context(path, number, progress, form):
    outline = outline_for(path, progress.done_ids)
    item = outline[number - 1]
    done = sum(entry.done for entry in outline)
    return {
        "path": path,
        "outline": outline,
        "item": item,
        "step": item.step,
        "linked": recommend.linked_content(item.step.page),
        "previous": outline[number - 2] if number > 1 else None,
        "next": outline[number] if number < len(outline) else None,
        "done_count": done,
        "done_percent": percent(done, len(outline)),
        "form": form,
        "enrolment": progress.enrolment,
    }


def _save_step(request, path, number, current, progress, data):
    action = data["action"]
    done = {"done": True, "undo": False}.get(action)
    # A step without a question posts no answer field: leave any stored answer alone.
    reflection = data["reflection"] if "reflection" in request.POST else None
    progress.record(current, done=done, reflection=reflection)
    if action != "done":
        messages.success(request, _("Saved."))
        return redirect("learning_paths:step", slug=path.slug, number=number)
    if number < len(path.ordered_steps):
        return redirect("learning_paths:step", slug=path.slug, number=number + 1)
    enrolment = progress.enrolment
    if enrolment is not None and enrolment.completed_at:
        messages.success(request, _("You completed this path. Your certificate is ready."))
    else:
        messages.success(request, _("That was the last step."))
    return redirect(path)


@login_required
def dashboard(request):
    """My learning: paths in progress (with where to continue) and completed ones."""
    in_progress, completed = member_entries(request.user)
    return render(
        request,
        "learning_paths/dashboard.html",
        {"in_progress": in_progress, "completed": completed},
    )


@login_required
def certificate(request, slug):
    """The owner's PDF certificate for a completed live path."""
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("path", "user"),
        user=request.user,
        path__slug=slug,
        path__live=True,
        completed_at__isnull=False,
    )
    verify_url = request.build_absolute_uri(
        f"{reverse('learning_paths:verify_certificate')}?code={enrolment.certificate_code}"
    )
    pdf = certificates.render_pdf(enrolment, verify_url)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"lcc-certificate-{enrolment.path.slug}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
def verify_certificate(request):
    """Public check of a certificate code: name, path and date, or a clear "not valid"."""
    code = request.GET.get("code", "").strip()
    enrolment = certificates.find_by_code(code) if code else None
    return render(
        request,
        "learning_paths/verify.html",
        {
            "code": code[: certificates.CODE_MAX_LENGTH],
            "checked": bool(code),
            "enrolment": enrolment,
            "holder": certificates.holder_name(enrolment.user) if enrolment else "",
        },
    )
