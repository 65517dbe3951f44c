"""The whole live catalogue as CSV and JSON, so the knowledge outlives the site.

Built with a fixed number of queries: the products, then one prefetch per relation.
"""

import csv

from django.conf import settings
from django.http import JsonResponse, StreamingHttpResponse
from django.utils import timezone

from framework.models import ProductPage
from framework.models.pages import TAXONOMY_RELATIONS, TYPE_SLUGS

COLUMNS = [
    "id",
    "locale",
    "type",
    "title",
    "url",
    "summary",
    *TAXONOMY_RELATIONS,
    "countries",
    "tags",
    "last_reviewed",
    "first_published",
    "last_published",
]


def catalogue():
    """Live, public products of every locale with their relations prefetched."""
    return (
        ProductPage.objects.live()
        .public()
        .select_related("locale", "content_type")
        .prefetch_related(*TAXONOMY_RELATIONS, "tags")
        .order_by("locale__language_code", "path")
    )


def _iso(value):
    return value.isoformat() if value else ""


def product_record(page):
    record = {
        "id": page.pk,
        "locale": page.locale.language_code,
        "type": TYPE_SLUGS.get(f"framework.{page.content_type.model_class().__name__}", ""),
        "title": page.title,
        "url": settings.SITE_URL + (page.url or ""),
        "summary": page.summary,
    }
    for relation in TAXONOMY_RELATIONS:
        record[relation] = [item.slug for item in getattr(page, relation).all()]
    record["countries"] = [country.code for country in page.countries]
    record["tags"] = [tag.name for tag in page.tags.all()]
    record["last_reviewed"] = _iso(page.last_reviewed)
    record["first_published"] = _iso(page.first_published_at)
    record["last_published"] = _iso(page.last_published_at)
    return record


class _Echo:
    def write(self, value):
        return value


def _csv_rows():
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for page in catalogue():
        record = product_record(page)
        yield writer.writerow(["; ".join(v) if isinstance(v, list) else v for v in record.values()])


def export_csv(request):
    response = StreamingHttpResponse(_csv_rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="links-framework.csv"'
    return response


def export_json(request):
    data = {
        "title": "LINKS Framework catalogue",
        "publisher": "LINKS Community Center",
        "license": "CC BY 4.0",
        "generated": timezone.now().isoformat(),
        "products": [product_record(page) for page in catalogue()],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = 'inline; filename="links-framework.json"'
    return response
