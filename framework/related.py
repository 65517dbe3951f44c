"""Related products and scenario matches, each computed with a bounded number of queries."""

from django.db.models import Count, Q

from framework.models import ProductPage
from framework.models.pages import TAXONOMY_RELATIONS

RELATED_LIMIT = 6
SCENARIO_MATCH_LIMIT = 12


def _visible(locale):
    return ProductPage.objects.live().public().filter(locale=locale)


def _hand_picked(links, locale):
    """Live products chosen by editors, in their order (one query)."""
    ids = [link.page_id for link in links]
    pages = _visible(locale).in_bulk(ids)
    return [pages[pk] for pk in ids if pk in pages]


def related_products(page, limit=RELATED_LIMIT):
    """Hand-picked related products first, then those sharing the most taxonomy values."""
    picked = _hand_picked(page.related_products.all(), page.locale_id)
    if len(picked) >= limit:
        return picked[:limit]
    score = None
    for relation in TAXONOMY_RELATIONS:
        ids = list(getattr(page, relation).values_list("pk", flat=True))
        if not ids:
            continue
        term = Count(relation, filter=Q(**{f"{relation}__in": ids}), distinct=True)
        score = term if score is None else score + term
    if score is None:
        return picked
    excluded = [page.pk, *(p.pk for p in picked)]
    matches = (
        _visible(page.locale_id)
        .exclude(pk__in=excluded)
        .annotate(shared=score)
        .filter(shared__gt=0)
        .order_by("-shared", "-first_published_at")[: limit - len(picked)]
    )
    return picked + list(matches)


def scenario_products(scenario, limit=SCENARIO_MATCH_LIMIT):
    """(featured, matching): the editor's choice, then products with the same hazard or country."""
    featured = _hand_picked(scenario.featured_products.all(), scenario.locale_id)
    condition = Q(pk__in=[])
    if scenario.hazard_id:
        condition |= Q(hazards=scenario.hazard_id)
    if scenario.country:
        condition |= Q(countries__contains=scenario.country.code)
    matching = (
        _visible(scenario.locale_id)
        .filter(condition)
        .exclude(pk__in=[p.pk for p in featured])
        .distinct()
        .order_by("-first_published_at")[:limit]
    )
    return featured, list(matching)
