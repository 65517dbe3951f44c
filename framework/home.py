"""What the home page shows: task- and role-led entry points, scenarios, latest products."""

from django.utils.translation import gettext_lazy as _

from framework import localization
from framework.browse import live_products, taxonomy_values
from framework.caching import cached
from framework.models import ScenarioPage, StakeholderGroup
from framework.related import cards

LATEST_COUNT = 6

#: (question, browse filters) — task-led entry points into browse.
TASKS = [
    (_("I need to warn people about a flood"), "hazard=flood&purpose=early-warning"),
    (_("I want to collect reports from citizens"), "purpose=situational-awareness"),
    (_("I need to stop rumours and false information"), "purpose=rumour-control"),
    (_("I want to coordinate volunteers"), "purpose=volunteer-coordination"),
    (_("I need to reach people with diverse needs"), "challenge=accessibility"),
    (_("I need to know what privacy law allows"), "challenge=privacy-law"),
]


def latest_products(language, count=LATEST_COUNT):
    """The newest products for readers of ``language`` (with the language fallback); their ids
    are cached per generation, so a render fetches the cards by primary key."""

    def newest_ids():
        latest = live_products(language).order_by("-first_published_at")
        return list(latest.values_list("pk", flat=True)[:count])

    return cards(cached(f"latest:{language}:{count}", newest_ids), language)


def home_context(home, request):
    language = localization.language_of(home.locale_id)
    browse_url = localization.framework_index_url(language)
    roles = [
        {"slug": slug, "name": name}
        for slug, name, _key in taxonomy_values(StakeholderGroup, language)
    ]
    scenarios = (
        ScenarioPage.objects.live()
        .filter(localization.public_q(), locale_id=home.locale_id)
        .defer("narrative")
        .order_by("path")
    )
    return {
        "browse_url": browse_url,
        "tasks": [(label, f"{browse_url}?{query}") for label, query in TASKS] if browse_url else [],
        "roles": roles,
        "scenarios": list(scenarios),
        "latest": latest_products(language),
    }
