"""Fixtures for the learning path tests: taxonomy terms, framework pages and paths."""

import itertools

import pytest
from django.utils import translation
from wagtail.models import Locale, Site

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def default_language():
    """A request to /nl/... leaves Dutch active in the thread; start and end every test in
    the default language so URLs built outside requests are the English ones."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def make_group(english):
    from framework.models import StakeholderGroup

    def make(slug, name=None, locale=None):
        return StakeholderGroup.objects.create(
            slug=slug, name=name or slug.replace("-", " ").title(), locale=locale or english
        )

    return make


@pytest.fixture
def make_guideline(english):
    """A live guideline page under the default site's root (so it has a URL)."""
    from framework.models import GuidelinePage

    root = Site.objects.get(is_default_site=True).root_page

    def make(slug=None, summary="A practical guideline.", **relations):
        slug = slug or f"guideline-{next(_counter)}"
        page = GuidelinePage(title=slug.replace("-", " ").title(), slug=slug, summary=summary)
        root.add_child(instance=page)
        for name, values in relations.items():
            getattr(page, name).set(values)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def make_path(db):
    """A path with ``steps`` steps (live unless told otherwise), steps in the given order."""
    from learning_paths.models import LearningPath, PathStep

    def make(steps=3, live=True, audiences=(), minutes=10, pages=(), **fields):
        number = next(_counter)
        fields.setdefault("title", f"Path {number}")
        fields.setdefault("slug", f"path-{number}")
        fields.setdefault("summary", "What this path teaches.")
        fields.setdefault("theme", "mobilising-citizens")
        path = LearningPath(live=live, **fields)
        path.steps = [
            PathStep(
                title=f"Step {index + 1}",
                intro=f"Do thing {index + 1}.",
                reflection_question=f"Question {index + 1}?",
                estimated_minutes=minutes,
                page=pages[index] if index < len(pages) else None,
            )
            for index in range(steps)
        ]
        path.audiences = list(audiences)
        path.save()
        return path

    return make


def step_url(path, number):
    return f"/en/learning/{path.slug}/steps/{number}/"
