"""What the home page shows: task- and role-led entry points, scenarios, latest products."""

from django.utils.translation import gettext_lazy as _

from framework.models import FrameworkIndexPage, ProductPage, ScenarioPage, StakeholderGroup

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


def home_context(home, request):
    locale = home.locale
    index = FrameworkIndexPage.objects.live().filter(locale=locale).first()
    browse_url = index.url if index else ""
    return {
        "browse_url": browse_url,
        "tasks": [(label, f"{browse_url}?{query}") for label, query in TASKS] if index else [],
        "roles": list(StakeholderGroup.objects.filter(locale=locale)),
        "scenarios": list(
            ScenarioPage.objects.live().public().filter(locale=locale).order_by("path")
        ),
        "latest": list(
            ProductPage.objects.live()
            .public()
            .filter(locale=locale)
            .order_by("-first_published_at")[:LATEST_COUNT]
        ),
    }
