"""Faceted filtering of framework products, shared by browse and search.

The query count is independent of the number of products: one UNION query counts every
taxonomy facet, one query each counts countries and product types (all three cached per
generation), then one page of results and one query for that page's card chips.

Taxonomy values are matched by translation key, not by id, so that a Dutch filter such as
``?hazard=flood`` also finds English products shown to Dutch readers as a fallback
(:mod:`framework.localization`), and their chips show the Dutch names.
"""

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, F, Q, Value
from django.db.models.functions import Cast
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries as country_names

from framework import localization
from framework.caching import cached
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

    @property
    def count_label(self):
        """ "12 products", exactly as ``{% blocktranslate count %}`` renders it (same message),
        without a template tag per facet value."""
        text = ngettext("%(counter)s product", "%(counter)s products", self.count)
        return mark_safe(text % {"counter": conditional_escape(localize(self.count))})


@dataclass
class Facet:
    key: str
    label: str
    values: list = field(default_factory=list)

    @property
    def has_selection(self):
        return any(value.selected for value in self.values)


def taxonomy_model(key):
    return next(model for model in TAXONOMIES if model.facet_key == key)


def term_key(translation_key):
    """A translation key as 32 hex digits, whether the database returned a UUID or text."""
    return str(translation_key).replace("-", "")


def _all_taxonomy_values():
    """{(model label, locale id): [(slug, name, translation key)]} of every vocabulary in
    every locale, in each vocabulary's order: one UNION query."""
    parts = [
        model.objects.annotate(
            kind=Value(model._meta.label_lower),
            position=F("sort_order") if hasattr(model, "sort_order") else Value(0),
            key=Cast(F("translation_key"), CharField()),
        )
        .order_by()
        .values_list("kind", "locale_id", "position", "name", "slug", "key")
        for model in TAXONOMIES
    ]
    values = {}
    for kind, locale_id, _position, name, slug, key in sorted(
        parts[0].union(*parts[1:], all=True), key=lambda row: (row[2], row[3].casefold())
    ):
        values.setdefault((kind, locale_id), []).append((slug, name, term_key(key)))
    return values


def taxonomy_values(model, language):
    """[(slug, name, translation key)] of one vocabulary in ``language``, cached."""
    values = cached("taxonomy-values", _all_taxonomy_values)
    return values.get((model._meta.label_lower, localization.locale_ids().get(language)), [])


def taxonomy_names(model, language):
    """{translation key: name} in ``language``, default-language names where untranslated."""
    names = {key: name for _s, name, key in taxonomy_values(model, localization.default_language())}
    names.update({key: name for _s, name, key in taxonomy_values(model, language)})
    return names


def parse_filters(params):
    """The active filters from GET parameters: {facet key: set of values}; unknown keys ignored."""
    filters = {}
    for key in FACET_KEYS:
        values = {value.strip() for value in params.getlist(key) if VALUE.match(value.strip())}
        if values:
            filters[key] = values
    return filters


def filter_q(key, values, language):
    """A Q object for one facet; values of one facet are alternatives (OR)."""
    if key in TAXONOMY_RELATION:
        keys = [
            tk for slug, _n, tk in taxonomy_values(taxonomy_model(key), language) if slug in values
        ]
        return Q(**{f"{TAXONOMY_RELATION[key]}__translation_key__in": keys})
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


def apply_filters(queryset, filters, language, skip=None):
    """Apply every filter except ``skip``; facets are combined with AND."""
    for key, values in filters.items():
        if key != skip:
            ids = ProductPage.objects.filter(filter_q(key, values, language)).values("pk")
            queryset = queryset.filter(pk__in=ids)
    return queryset


def _taxonomy_counts(base, filters, language):
    """{facet key: {translation key: products}} for every taxonomy, in one UNION query.

    Each facet counts the products matching the OTHER facets' filters.
    """
    parts = []
    for model in TAXONOMIES:
        relation = ProductPage._meta.get_field(TAXONOMY_RELATION[model.facet_key])
        source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        matching = apply_filters(base, filters, language, skip=model.facet_key).values("pk")
        parts.append(
            relation.remote_field.through.objects.filter(**{f"{source}__in": matching})
            .values(term=Cast(F(f"{target}__translation_key"), CharField()))
            .annotate(facet=Value(model.facet_key), n=Count(source, distinct=True))
            .values_list("facet", "term", "n")
        )
    counts = {model.facet_key: {} for model in TAXONOMIES}
    for facet_key, term, n in parts[0].union(*parts[1:], all=True):
        counts[facet_key][term_key(term)] = n
    return counts


def _country_counts(base, filters, language):
    counts = Counter()
    rows = apply_filters(base, filters, language, skip="country").values_list(
        "countries", flat=True
    )
    for value in rows:
        counts.update(code for code in (value or "").split(",") if code)
    return dict(counts)


def _type_counts(base, filters, language):
    # order_by(): the page tree's default ordering (path) would otherwise join the GROUP BY
    # and count every product as its own group of one.
    return dict(
        apply_filters(base, filters, language, skip="type")
        .order_by()
        .values_list("content_type")
        .annotate(n=Count("pk"))
        .values_list("content_type", "n")
    )


def facet_counts(base, filters, language, cache_name):
    """Every facet's counts (three queries), cached per generation under ``cache_name``."""

    def compute():
        return {
            "taxonomies": _taxonomy_counts(base, filters, language),
            "country": _country_counts(base, filters, language),
            "type": _type_counts(base, filters, language),
        }

    return cached(f"facets:{result_set_digest(language, filters, cache_name)}", compute)


def result_set_digest(language, filters, cache_name):
    """A short name for one set of results (language, filters, search words) in cache keys."""
    return hashlib.sha256(
        repr((language, sorted_filters(filters), cache_name)).encode()
    ).hexdigest()


def sorted_filters(filters):
    return sorted((key, sorted(values)) for key, values in filters.items())


def taxonomy_facet(model, counts, filters, language):
    """All values of one taxonomy (in ``language``) with their counts."""
    key = model.facet_key
    selected = filters.get(key, set())
    values = [
        FacetValue(slug, name, counts.get(term, 0), slug in selected)
        for slug, name, term in taxonomy_values(model, language)
    ]
    return Facet(key, FACET_LABELS[key], values)


def country_facet(counts, filters):
    selected = {code.upper() for code in filters.get("country", set())}
    codes = sorted(counts.keys() | (selected & set(dict(country_names))))
    values = [
        FacetValue(c, str(country_names.name(c)), counts.get(c, 0), c in selected) for c in codes
    ]
    values.sort(key=lambda item: item.label)
    return Facet("country", FACET_LABELS["country"], values)


def type_facet(counts, filters):
    selected = filters.get("type", set())
    values = []
    for slug, model in product_types().items():
        content_type = ContentType.objects.get_for_model(model)
        label = str(model._meta.verbose_name_plural).capitalize()
        values.append(FacetValue(slug, label, counts.get(content_type.pk, 0), slug in selected))
    return Facet("type", FACET_LABELS["type"], values)


def matching_count(counts, filters):
    """How many products match every filter, from the type facet's counts (products matching
    every other filter, per product type; each product has one type): no COUNT query."""
    by_type = counts["type"]
    selected = filters.get("type")
    if not selected:
        return sum(by_type.values())
    types = product_types()
    wanted = {
        ContentType.objects.get_for_model(types[slug]).pk for slug in selected if slug in types
    }
    return sum(n for content_type, n in by_type.items() if content_type in wanted)


def facets_for(base, filters, language, cache_name="", counts=None):
    """Every facet with counts of the products in ``base`` matching the other filters.

    ``cache_name`` must identify ``base`` beyond the language (e.g. the search words);
    ``counts`` are this set's :func:`facet_counts` when the caller has them already.
    """
    if counts is None:
        counts = facet_counts(base, filters, language, cache_name)
    facets = [
        taxonomy_facet(model, counts["taxonomies"][model.facet_key], filters, language)
        for model in TAXONOMIES
    ]
    facets.append(country_facet(counts["country"], filters))
    facets.append(type_facet(counts["type"], filters))
    return facets


def live_products(language):
    """Products visible to anonymous readers of ``language`` (with the language fallback)."""
    return localization.visible(ProductPage.objects.all(), language)


#: The taxonomies whose names a result card shows as chips, in this order.
CARD_CHIP_RELATIONS = ("hazards", "purposes")


def prefetch_cards(pages, language):
    """Chips (in the reader's language) and fallback marks for one page of cards: the chip
    names are cached per generation for this set of cards (else one query)."""
    pages = list(pages)
    if not pages:
        return pages
    ids = sorted(page.pk for page in pages)
    digest = hashlib.sha256(repr(ids).encode()).hexdigest()
    chips = cached(f"chips:{language}:{digest}", lambda: _card_chip_names(ids, language))
    for page in pages:
        page.card_chip_names = chips.get(page.pk, [])
    localization.mark_fallbacks(pages, language)
    return pages


def _card_chip_names(ids, language):
    """{page id: [chip name, ...]} for these products, hazards then purposes: one query."""
    parts, names = [], {}
    for position, relation_name in enumerate(CARD_CHIP_RELATIONS):
        relation = ProductPage._meta.get_field(relation_name)
        source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        model = relation.related_model
        names[position] = taxonomy_names(model, language)
        parts.append(
            relation.remote_field.through.objects.filter(**{f"{source}__in": ids})
            .annotate(
                kind=Value(position),
                page=F(source),
                term=Cast(F(f"{target}__translation_key"), CharField()),
                label=F(f"{target}__name"),
            )
            .values_list("kind", "page", "term", "label")
        )
    found = {}
    for kind, page_id, term, label in parts[0].union(*parts[1:], all=True):
        name = names[kind].get(term_key(term), label)
        found.setdefault(page_id, []).append((kind, name.casefold(), name))
    return {page_id: [name for _k, _s, name in sorted(chips)] for page_id, chips in found.items()}
