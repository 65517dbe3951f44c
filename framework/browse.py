"""Faceted filtering of framework products, shared by browse and search.

The query count is independent of the number of products: one aggregate query per facet,
one page of results, and prefetches for that page only.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names

from framework.models import TAXONOMIES, ProductPage
from framework.models.pages import PRODUCT_PAGE_TYPES, TYPE_SLUGS

TAXONOMY_RELATION = {
    "hazard": "hazards",
    "phase": "phases",
    "audience": "audiences",
    "purpose": "purposes",
    "challenge": "challenges",
}
FACET_LABELS = {
    "hazard": _("Hazard"),
    "phase": _("Disaster phase"),
    "audience": _("Audience"),
    "purpose": _("Purpose of social media and crowdsourcing"),
    "challenge": _("Challenge"),
    "country": _("Country"),
    "type": _("Type of product"),
}
#: Facet values are slugs or country codes; anything else (NUL bytes, markup) is ignored.
VALUE = re.compile(r"^[-\w]{1,100}$")
FACET_KEYS = [*TAXONOMY_RELATION, "country", "type"]
SORTS = {"relevance": _("Relevance"), "newest": _("Newest"), "title": _("Title")}


def product_types():
    """{slug: model} of the creatable product types, e.g. "technology-guide"."""
    from django.apps import apps

    return {TYPE_SLUGS[label]: apps.get_model(label) for label in PRODUCT_PAGE_TYPES}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    key: str
    label: str
    values: list = field(default_factory=list)

    @property
    def has_selection(self):
        return any(value.selected for value in self.values)


def parse_filters(params):
    """The active filters from GET parameters: {facet key: set of values}; unknown keys ignored."""
    filters = {}
    for key in FACET_KEYS:
        values = {value.strip() for value in params.getlist(key) if VALUE.match(value.strip())}
        if values:
            filters[key] = values
    return filters


def filter_q(key, values, locale):
    """A Q object for one facet; values of one facet are alternatives (OR)."""
    if key in TAXONOMY_RELATION:
        relation = TAXONOMY_RELATION[key]
        return Q(**{f"{relation}__slug__in": values, f"{relation}__locale": locale})
    if key == "country":
        query = Q(pk__in=[])
        for code in values:
            code = code.upper()[:2]
            if code in country_names:
                query |= Q(countries__contains=code)
        return query
    types = product_types()
    content_types = [
        ContentType.objects.get_for_model(types[slug]) for slug in values if slug in types
    ]
    return Q(content_type__in=content_types)


def apply_filters(queryset, filters, locale, skip=None):
    """Apply every filter except ``skip``; facets are combined with AND."""
    for key, values in filters.items():
        if key != skip:
            ids = ProductPage.objects.filter(filter_q(key, values, locale)).values("pk")
            queryset = queryset.filter(pk__in=ids)
    return queryset


def taxonomy_facet(model, key, base, filters, locale):
    """All values of one taxonomy with the count of products matching the OTHER filters."""
    matching = apply_filters(base, filters, locale, skip=key).values("pk")
    rows = (
        model.objects.filter(locale=locale)
        .annotate(n=Count("products", filter=Q(products__in=matching), distinct=True))
        .values_list("slug", "name", "n")
    )
    selected = filters.get(key, set())
    return Facet(
        key,
        FACET_LABELS[key],
        [FacetValue(slug, name, n, slug in selected) for slug, name, n in rows],
    )


def country_facet(base, filters, locale):
    counts = Counter()
    rows = apply_filters(base, filters, locale, skip="country").values_list("countries", flat=True)
    for value in rows:
        counts.update(code for code in (value or "").split(",") if code)
    selected = {code.upper() for code in filters.get("country", set())}
    codes = sorted(counts.keys() | (selected & set(dict(country_names))))
    values = [FacetValue(c, str(country_names.name(c)), counts[c], c in selected) for c in codes]
    values.sort(key=lambda item: item.label)
    return Facet("country", FACET_LABELS["country"], values)


def type_facet(base, filters, locale):
    rows = dict(
        apply_filters(base, filters, locale, skip="type")
        .values_list("content_type")
        .annotate(n=Count("pk"))
        .values_list("content_type", "n")
    )
    selected = filters.get("type", set())
    values = []
    for slug, model in product_types().items():
        content_type = ContentType.objects.get_for_model(model)
        label = str(model._meta.verbose_name_plural).capitalize()
        values.append(FacetValue(slug, label, rows.get(content_type.pk, 0), slug in selected))
    return Facet("type", FACET_LABELS["type"], values)


def facets_for(base, filters, locale):
    """Every facet with counts; one query each."""
    facets = [taxonomy_facet(model, model.facet_key, base, filters, locale) for model in TAXONOMIES]
    facets.append(country_facet(base, filters, locale))
    facets.append(type_facet(base, filters, locale))
    return facets


def live_products(locale):
    """Products visible to anonymous visitors in ``locale``."""
    return ProductPage.objects.live().public().filter(locale=locale)


def prefetch_cards(pages):
    """Load what a result card shows, for one page of results only."""
    from django.db.models import prefetch_related_objects

    prefetch_related_objects(
        pages,
        Prefetch("hazards"),
        Prefetch("phases"),
        Prefetch("purposes"),
    )
    return pages
