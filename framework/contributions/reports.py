"""Admin reports: feedback per product, feedback comments, and products that need review."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Max, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from framework.contributions import freshness
from framework.contributions.models import Feedback
from framework.models import ProductPage
from framework.models.pages import PRODUCT_PAGE_TYPES

REPORT_GROUPS = ("Editors", "Moderators")


def may_see_reports(user):
    """Editors, moderators and superusers (plain members never reach the admin at all)."""
    return user.is_active and (
        user.is_superuser or user.groups.filter(name__in=REPORT_GROUPS).exists()
    )


def product_content_types():
    models = [
        ContentType.objects.get_by_natural_key(*label.lower().split("."))
        for label in PRODUCT_PAGE_TYPES
    ]
    return ContentType.objects.filter(pk__in=[ct.pk for ct in models])


class EditorReportView(ReportView):
    """A report only editors and moderators may open."""

    def dispatch(self, request, *args, **kwargs):
        if not may_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


# --- Feedback per product -------------------------------------------------------


class FeedbackFilterSet(WagtailFilterSet):
    content_type = django_filters.ModelChoiceFilter(
        label=_("Type"), queryset=lambda request: product_content_types()
    )
    received = django_filters.DateFromToRangeFilter(
        label=_("Feedback received"),
        field_name="contribution_feedback__created_at",
        widget=DateRangePickerWidget,
        distinct=True,
    )
    suggestions = django_filters.BooleanFilter(
        label=_("Has suggested edits"), method="filter_suggestions"
    )
    mostly_negative = django_filters.BooleanFilter(
        label=_("More “no” than “yes”"), method="filter_negative"
    )

    class Meta:
        model = ProductPage
        fields = ["content_type", "live"]

    def filter_suggestions(self, queryset, name, value):
        if value is None:
            return queryset
        return (
            queryset.filter(suggestion_count__gt=0)
            if value
            else queryset.filter(suggestion_count=0)
        )

    def filter_negative(self, queryset, name, value):
        if value is None:
            return queryset
        if value:
            return queryset.filter(no_count__gt=F("yes_count"))
        return queryset.filter(no_count__lte=F("yes_count"))


def _comments_url(page):
    return f"{reverse('contributions_feedback_comments')}?page={page.pk}"


class FeedbackReportView(EditorReportView):
    page_title = _("Product feedback")
    header_icon = "comment"
    index_url_name = "contributions_feedback_report"
    index_results_url_name = "contributions_feedback_report_results"
    filterset_class = FeedbackFilterSet
    list_export = ["title", "yes_count", "no_count", "comment_count", "suggestion_count"]
    export_headings = {
        "yes_count": _("Useful"),
        "no_count": _("Not useful"),
        "comment_count": _("Comments"),
        "suggestion_count": _("Suggested edits"),
    }
    columns = [
        TitleColumn("title", label=_("Product"), get_url=_comments_url),
        Column("yes_count", label=_("Useful (yes)")),
        Column("no_count", label=_("Not useful (no)")),
        Column("comment_count", label=_("Comments")),
        Column("suggestion_count", label=_("Suggested edits")),
        DateColumn("latest_feedback", label=_("Latest")),
    ]

    def get_queryset(self):
        feedback = "contribution_feedback"
        return (
            ProductPage.objects.filter(**{f"{feedback}__isnull": False})
            .annotate(
                yes_count=Count(feedback, filter=Q(**{f"{feedback}__useful": True})),
                no_count=Count(feedback, filter=Q(**{f"{feedback}__useful": False})),
                comment_count=Count(feedback, filter=~Q(**{f"{feedback}__comment": ""})),
                suggestion_count=Count(feedback, filter=Q(**{f"{feedback}__suggests_edit": True})),
                latest_feedback=Max(f"{feedback}__created_at"),
            )
            .order_by("-latest_feedback", "pk")
        )


# --- Feedback comments ---------------------------------------------------------


class FeedbackCommentFilterSet(WagtailFilterSet):
    page = django_filters.NumberFilter(field_name="page_id", label=_("Page ID"))
    useful = django_filters.BooleanFilter(label=_("Useful"))
    suggests_edit = django_filters.BooleanFilter(label=_("Suggests an edit"))
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Feedback
        fields = ["page", "useful", "suggests_edit", "created_at"]


class FeedbackCommentsView(EditorReportView):
    page_title = _("Feedback comments")
    header_icon = "comment"
    index_url_name = "contributions_feedback_comments"
    index_results_url_name = "contributions_feedback_comments_results"
    filterset_class = FeedbackCommentFilterSet
    list_export = ["page.title", "useful", "suggests_edit", "comment", "created_at"]
    columns = [
        TitleColumn("page", label=_("Page"), get_url=lambda row: edit_url(row.page)),
        BooleanColumn("useful", label=_("Useful")),
        BooleanColumn("suggests_edit", label=_("Suggests an edit")),
        Column("comment", label=_("Comment")),
        DateColumn("created_at", label=_("Received")),
    ]

    def get_queryset(self):
        return Feedback.objects.exclude(comment="").select_related("page").order_by("-created_at")


# --- Needs review ----------------------------------------------------------------


class NeedsReviewFilterSet(WagtailFilterSet):
    content_type = django_filters.ModelChoiceFilter(
        label=_("Type"), queryset=lambda request: product_content_types()
    )

    class Meta:
        model = ProductPage
        fields = ["content_type", "locale"]


class NeedsReviewView(EditorReportView):
    page_title = _("Needs review")
    header_icon = "time"
    index_url_name = "contributions_needs_review"
    index_results_url_name = "contributions_needs_review_results"
    filterset_class = NeedsReviewFilterSet
    list_export = ["title", "last_reviewed", "locale.language_code", "full_url"]
    columns = [
        TitleColumn("title", label=_("Product"), get_url=edit_url),
        Column("last_reviewed", label=_("Last reviewed")),
        Column("locale", label=_("Language"), accessor="locale.language_code"),
        DateColumn("last_published_at", label=_("Last published")),
    ]

    def get_page_subtitle(self):
        return _("Live products not reviewed for more than %(days)s days, oldest first") % {
            "days": freshness.max_age_days()
        }

    def get_queryset(self):
        return freshness.stale_products()
