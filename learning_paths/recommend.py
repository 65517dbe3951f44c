"""Matching paths and framework products to what a visitor tells us (list filters, the guide).

Taxonomy terms are matched by translation key, so a Dutch "role" finds paths that link the
English term and the other way round.
"""

from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When
from django.utils.translation import get_language

from framework.models import Challenge, Hazard, ProductPage, SmcsPurpose, StakeholderGroup
from learning_paths.forms import ALL_LANGUAGES, resolve_taxonomy
from learning_paths.models import LearningPath

#: What each Compass sub-theme means in the framework's vocabularies (purposes, challenges).
THEME_FACETS = {
    "collecting-analysing-information": {
        "purposes": ["situational-awareness", "damage-assessment"],
        "challenges": ["data-volume"],
    },
    "mobilising-citizens": {
        "purposes": ["community-engagement", "early-warning"],
        "challenges": [],
    },
    "mobilising-volunteers": {
        "purposes": ["volunteer-coordination", "resource-coordination"],
        "challenges": ["organisational-fit"],
    },
    "targeting-communication": {
        "purposes": ["crisis-communication", "early-warning"],
        "challenges": [],
    },
    "ensuring-credible-information": {
        "purposes": ["rumour-control"],
        "challenges": ["credibility"],
    },
    "making-information-accessible": {
        "purposes": ["crisis-communication"],
        "challenges": ["accessibility"],
    },
}
MAX_PATHS = 6
MAX_PRODUCTS = 6


def filter_paths(paths, data):
    """Apply the list filters; the audience filter is a subquery so step totals stay exact."""
    if data.get("audience"):
        keys = resolve_taxonomy(StakeholderGroup, data["audience"])
        matching = LearningPath.objects.filter(audiences__translation_key__in=keys)
        paths = paths.filter(pk__in=matching.values("pk"))
    for field in ("theme", "level"):
        if data.get(field):
            paths = paths.filter(**{field: data[field]})
    if data.get("language") and data["language"] != ALL_LANGUAGES:
        paths = paths.filter(language=data["language"])
    return paths


def _match(model, relation, keys, weight):
    """``weight`` when the row links a term with one of ``keys`` through ``relation``, else 0."""
    if not keys:
        return Value(0)
    linked = model.objects.filter(pk=OuterRef("pk"), **{f"{relation}__translation_key__in": keys})
    return Case(When(Exists(linked), then=Value(weight)), default=Value(0))


def recommended_paths(role_keys, goal):
    """Live paths for the role and goal, best match first (one query)."""
    score = _match(LearningPath, "audiences", role_keys, 2)
    if goal:
        score = score + Case(When(theme=goal, then=Value(3)), default=Value(0))
    paths = (
        LearningPath.objects.live()
        .for_cards()
        .annotate(score=score + Value(0, output_field=IntegerField()))
    )
    return list(paths.filter(score__gt=0).order_by("-score", "title")[:MAX_PATHS])


def recommended_products(role_keys, goal, hazard_keys):
    """Live framework products in the active locale matching role, goal and hazard."""
    facets = THEME_FACETS.get(goal, {"purposes": [], "challenges": []})
    score = (
        _match(ProductPage, "audiences", role_keys, 2)
        + _match(ProductPage, "purposes", resolve_taxonomy(SmcsPurpose, *facets["purposes"]), 2)
        + _match(ProductPage, "challenges", resolve_taxonomy(Challenge, *facets["challenges"]), 2)
        + _match(ProductPage, "hazards", hazard_keys, 1)
        + Value(0, output_field=IntegerField())
    )
    products = (
        ProductPage.objects.live()
        .public()
        .filter(locale__language_code=get_language())
        .annotate(score=score)
        .filter(score__gt=0)
        .select_related("content_type")
        .order_by("-score", "title")
    )
    return list(products[:MAX_PRODUCTS])


def for_answers(data):
    """Paths and products for the guide's answers (role, goal, hazard)."""
    role_keys = resolve_taxonomy(StakeholderGroup, data.get("role"))
    hazard_keys = resolve_taxonomy(Hazard, data.get("hazard"))
    goal = data.get("goal") or ""
    return {
        "paths": recommended_paths(role_keys, goal),
        "products": recommended_products(role_keys, goal, hazard_keys),
    }


def linked_content(page):
    """What a step shows of its framework page: title, summary, URL (None if not public)."""
    if page is None or not page.live:
        return None
    if page.locale.language_code != get_language():  # the locale comes with the step's page
        page = page.localized
    page = page.specific
    summary = getattr(page, "summary", "") or page.search_description
    return {"page": page, "title": page.title, "summary": summary, "url": page.url}
