"""Admin: the contributions reports under "Reports"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from framework.contributions import reports


class EditorReportMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_reports(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    views = [
        ("product-feedback", reports.FeedbackReportView, "contributions_feedback_report"),
        ("feedback-comments", reports.FeedbackCommentsView, "contributions_feedback_comments"),
        ("needs-review", reports.NeedsReviewView, "contributions_needs_review"),
    ]
    urls = []
    for slug, view, name in views:
        urls.append(path(f"reports/{slug}/", view.as_view(), name=name))
        urls.append(
            path(
                f"reports/{slug}/results/",
                view.as_view(results_only=True),
                name=f"{name}_results",
            )
        )
    return urls


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return EditorReportMenuItem(
        _("Product feedback"),
        reverse("contributions_feedback_report"),
        name="product-feedback",
        icon_name="comment",
        order=800,
    )


@hooks.register("register_reports_menu_item")
def register_needs_review_menu_item():
    return EditorReportMenuItem(
        _("Needs review"),
        reverse("contributions_needs_review"),
        name="needs-review",
        icon_name="time",
        order=810,
    )
