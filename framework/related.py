"""Related products and scenario matches: ids computed with a bounded number of queries and
cached per generation; the cards themselves cost one query plus one for their chips.

Both follow the reader's language: hand-picked pages are shown as their translation where one
is live, and automatic matches come from the same visible set as browse (with the fallback to
the default language), matched on taxonomy translation keys.
"""

from django.db.models import Count, Q, QuerySet

from framework import localization
from framework.browse import prefetch_cards
from framework.caching import cached
from framework.models import Hazard, ProductPage
from framework.models.pages import TAXONOMY_RELATIONS

RELATED_LIMIT = 6
SCENARIO_MATCH_LIMIT = 12


def _visible(language):
    return localization.visible(ProductPage.objects.all(), language)


def _hand_picked(links, language):
    """Live products chosen by editors, in their order, in the reader's language."""
    ids = [link.page_id for link in links]
    return localization.resolve_picks(ProductPage.objects.all(), ids, language)


def cards(ids, language):
    """The products with these ids, in this order, ready for the card template (two queries)."""
    if not ids:
        return []
    by_id = ProductPage.objects.defer("body", "sources").in_bulk(ids)
    return prefetch_cards([by_id[pk] for pk in ids if pk in by_id], language)


def related_products(page, limit=RELATED_LIMIT, use_cache=True):
    """Hand-picked related products first, then those sharing the most taxonomy values."""
    language = localization.language_of(page.locale_id)
    if not (use_cache and page.pk):
        return cards(_related_ids(page, language, limit), language)
    ids = cached(f"related:{page.pk}:{limit}", lambda: _related_ids(page, language, limit))
    return cards(ids, language)


def _shared_score(page):
    """Count of a candidate's taxonomy values that ``page`` has too (by translation key)."""
    score = None
    for relation in TAXONOMY_RELATIONS:
        keys = getattr(page, relation).all()
        if isinstance(keys, QuerySet):  # saved values: a subquery, no extra query
            keys = keys.values("translation_key")
        else:  # unsaved values of a preview (modelcluster keeps them in memory)
            keys = [item.translation_key for item in keys]
        term = Count(
            relation, filter=Q(**{f"{relation}__translation_key__in": keys}), distinct=True
        )
        score = term if score is None else score + term
    return score


def _related_ids(page, language, limit):
    picked = _hand_picked(page.related_products.all(), language)[:limit]
    if len(picked) >= limit:
        return [p.pk for p in picked]
    excluded = [page.pk, *(p.pk for p in picked)]
    matches = (
        _visible(language)
        .exclude(pk__in=excluded)
        .exclude(translation_key=page.translation_key)
        .annotate(shared=_shared_score(page))
        .filter(shared__gt=0)
        .order_by("-shared", "-first_published_at", "pk")
        .values_list("pk", flat=True)[: limit - len(picked)]
    )
    return [p.pk for p in picked] + list(matches)


def scenario_products(scenario, limit=SCENARIO_MATCH_LIMIT, use_cache=True):
    """(featured, matching): the editor's choice, then products with the same hazard or country."""
    language = localization.language_of(scenario.locale_id)
    if use_cache and scenario.pk:
        featured_ids, matching_ids = cached(
            f"scenario:{scenario.pk}:{limit}", lambda: _scenario_ids(scenario, language, limit)
        )
    else:
        featured_ids, matching_ids = _scenario_ids(scenario, language, limit)
    products = cards(featured_ids + matching_ids, language)
    split = len([pk for pk in featured_ids if pk in {p.pk for p in products}])
    return products[:split], products[split:]


def _scenario_ids(scenario, language, limit):
    featured = _hand_picked(scenario.featured_products.all(), language)
    condition = Q(pk__in=[])
    if scenario.hazard_id:
        hazard_key = Hazard.objects.filter(pk=scenario.hazard_id).values("translation_key")
        condition |= Q(hazards__translation_key__in=hazard_key)
    if scenario.country:
        condition |= Q(countries__contains=scenario.country.code)
    matching = (
        _visible(language)
        .filter(pk__in=ProductPage.objects.filter(condition).values("pk"))
        .exclude(pk__in=[p.pk for p in featured])
        .order_by("-first_published_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    return [p.pk for p in featured], list(matching)
