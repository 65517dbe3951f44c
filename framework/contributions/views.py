"""Member-facing views: propose, follow and revise contributions; product feedback."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from framework.contributions import proposals, ratelimit
from framework.contributions.forms import IMAGE_RESELECT, FeedbackForm, SourceFormSet
from framework.contributions.models import Feedback
from framework.contributions.status import status_for, statuses
from framework.models import ProductPage


@login_required
def choose_type(request):
    return render(request, "contributions/start.html", {"kinds": proposals.KINDS.values()})


def _forms(request, kind, locale, initial=None, sources=None, has_image=False):
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    form = kind.form_class(
        data, files, initial=initial, locale=locale, has_image=has_image, prefix="proposal"
    )
    source_formset = SourceFormSet(data, initial=sources, prefix="sources")
    return form, source_formset


def _render_form(request, kind, form, source_formset, page=None, status=None):
    chose_file = request.method == "POST" and bool(request.FILES.get("proposal-image"))
    context = {
        "kind": kind,
        "form": form,
        "sources": source_formset,
        "page": page,
        "status": status,
        "image_notice": IMAGE_RESELECT if chose_file else "",
        "limit_reached": getattr(request, "_proposal_limit_reached", False),
    }
    return render(request, "contributions/proposal_form.html", context)


@login_required
def propose(request, kind):
    kind = proposals.KINDS.get(kind)
    if kind is None:
        raise Http404
    index = proposals.framework_index()
    if index is None:
        raise Http404("There is no framework section to add to yet.")
    form, source_formset = _forms(request, kind, proposals.locale_of(index))
    if request.method == "POST" and form.is_valid() and source_formset.is_valid():
        if ratelimit.proposal_refused(request):
            request._proposal_limit_reached = True
        else:
            page = proposals.create_proposal(kind, form, source_formset, request.user, index)
            messages.success(
                request,
                _("Thank you! “%(title)s” is now waiting for a moderator.") % {"title": page.title},
            )
            return redirect("contributions:mine")
    return _render_form(request, kind, form, source_formset)


@login_required
def my_contributions(request):
    pages = list(
        ProductPage.objects.filter(contributor=request.user)
        .select_related("content_type")
        .order_by("-latest_revision_created_at", "-pk")
    )
    return render(request, "contributions/mine.html", {"contributions": statuses(pages)})


def _own_draft(request, page_id):
    """The member's own product (as its latest revision); another member's gives 404."""
    page = get_object_or_404(ProductPage, pk=page_id, contributor=request.user).specific
    return page, page.get_latest_revision_as_object()


@login_required
def revise(request, page_id):
    page, latest = _own_draft(request, page_id)
    status = status_for(page)
    kind = proposals.kind_of(latest)
    if kind is None or not status.can_revise:
        messages.info(request, _("This contribution cannot be changed at the moment."))
        return redirect("contributions:mine")
    form, source_formset = _forms(
        request,
        kind,
        latest.locale,
        initial=proposals.initial_from_page(latest),
        sources=proposals.sources_initial(latest),
        has_image=bool(latest.hero_image_id),
    )
    if request.method == "POST" and form.is_valid() and source_formset.is_valid():
        proposals.revise_proposal(latest, form, source_formset, request.user)
        messages.success(
            request,
            _("Thank you! Your changes to “%(title)s” were sent to the moderators.")
            % {"title": latest.title},
        )
        return redirect("contributions:mine")
    return _render_form(request, kind, form, source_formset, page=latest, status=status)


def _csrf_failure(request):
    """Members' feedback is CSRF-checked; anonymous feedback is not (see ``feedback``)."""
    if not request.user.is_authenticated:
        return None
    return CsrfViewMiddleware(lambda req: None).process_view(request, None, (), {})


@csrf_exempt
def feedback(request, page_id):
    """Store a "Was this useful?" answer.

    Exempt from the CSRF middleware for anonymous visitors so that product pages can stay in
    the shared anonymous page cache (a CSRF cookie would make them uncacheable); there is no
    session to forge for them, and they are rate-limited per IP address. Signed-in members'
    posts are still checked.
    """
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page = get_object_or_404(ProductPage.objects.live(), pk=page_id)
    if (failure := _csrf_failure(request)) is not None:
        return failure
    form = FeedbackForm(request.POST, prefix="feedback")
    if not form.is_valid():
        return _feedback_page(request, page, form)
    if ratelimit.feedback_refused(request):
        return _feedback_page(request, page, form, limited=True, status=429)
    Feedback.objects.create(
        page=page,
        user=request.user if request.user.is_authenticated else None,
        **form.cleaned_data,
    )
    messages.success(request, _("Thank you for your feedback."))
    return redirect(f"{page.url}#feedback")


def _feedback_page(request, page, form, limited=False, status=200):
    context = {"page": page, "form": form, "limited": limited}
    return render(request, "contributions/feedback.html", context, status=status)
