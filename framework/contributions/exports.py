"""A member's contributions and feedback for their personal data export (``LCC_DATA_EXPORTERS``)."""

from framework.contributions.models import Feedback
from framework.contributions.status import statuses
from framework.models import ProductPage


def _iso(value):
    return value.isoformat() if value else None


def export_user_data(user):
    """("contributions", {...}) — proposed products with their status, and feedback sent."""
    pages = list(ProductPage.objects.filter(contributor=user).order_by("pk"))
    feedback = Feedback.objects.filter(user=user).select_related("page").order_by("pk")
    return "contributions", {
        "proposals": [
            {
                "title": page.title,
                "status": status.code,
                "url": page.full_url if page.live else None,
                "first_published_at": _iso(page.first_published_at),
            }
            for page, status in statuses(pages)
        ],
        "feedback": [
            {
                "page": row.page.title,
                "useful": row.useful,
                "comment": row.comment,
                "suggests_edit": row.suggests_edit,
                "sent_at": _iso(row.created_at),
            }
            for row in feedback
        ],
    }
