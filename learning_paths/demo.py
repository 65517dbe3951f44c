"""Demo learning paths: created or updated by slug, linked to the English framework pages.

Runs after ``framework.demo``. A step whose framework page is missing stops the loader with
the list of missing slugs, so demo links never silently point nowhere.
"""

from wagtail.models import Locale, Page

from framework.models import StakeholderGroup
from learning_paths.demo_content import PATHS
from learning_paths.models import LearningPath, PathStep


class MissingFrameworkContent(LookupError):
    """The framework demo content lacks pages or taxonomy terms the learning paths link to."""


def _lookup(model_or_qs, slugs, locale, what):
    queryset = model_or_qs.filter(locale=locale, slug__in=set(slugs))
    found = {obj.slug: obj for obj in queryset}
    missing = sorted(set(slugs) - set(found))
    if missing:
        raise MissingFrameworkContent(f"learning_paths.demo: missing {what}: {', '.join(missing)}")
    return found


def _references(locale):
    page_slugs = [step[0] for data in PATHS for step in data["steps"] if step[0]]
    group_slugs = [slug for data in PATHS for slug in data["audiences"]]
    pages = _lookup(Page.objects.all(), page_slugs, locale, "framework pages")
    groups = _lookup(StakeholderGroup.objects.all(), group_slugs, locale, "stakeholder groups")
    return pages, groups


def _steps(path, rows, pages):
    """Update the path's steps in place (keeping ids, so members' progress survives a reload)."""
    existing = list(path.steps.all()) if path.pk else []
    steps = []
    for index, (page_slug, title, minutes, intro, question) in enumerate(rows):
        step = existing[index] if index < len(existing) else PathStep()
        step.title, step.intro, step.reflection_question = title, intro, question
        step.estimated_minutes = minutes
        step.page = pages.get(page_slug) if page_slug else None
        step.sort_order = index
        steps.append(step)
    return steps


def _load_path(data, pages, groups):
    path = LearningPath.objects.filter(slug=data["slug"]).first() or LearningPath(slug=data["slug"])
    path.title, path.summary = data["title"], data["summary"]
    path.theme, path.level, path.language = data["theme"], data["level"], "en"
    path.audiences = [groups[slug] for slug in data["audiences"]]
    path.steps = _steps(path, data["steps"], pages)
    path.live = True
    created = path.pk is None
    path.save()
    if path.latest_revision_id is None:
        # First load: record a published revision, as an editor's "Publish" would.
        path.save_revision().publish()
    return created


def load(stdout):
    """Create or update the demo paths; running it twice changes nothing."""
    locale = Locale.objects.get(language_code="en")
    pages, groups = _references(locale)
    created = sum(_load_path(data, pages, groups) for data in PATHS)
    stdout.write(f"learning_paths.demo: {len(PATHS)} paths ({created} new)")
