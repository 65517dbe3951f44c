"""Learning paths in site search and the sitemap, and the "continue learning" template tag."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from learning_paths.models import Enrolment
from learning_paths.search import search_paths
from learning_paths.sitemaps import LearningPathSitemap
from learning_paths.templatetags.learning_paths_tags import duration

pytestmark = pytest.mark.django_db


def test_search_finds_live_paths_by_title_summary_and_step(make_path, rf):
    make_path(title="Flood warnings in practice")
    make_path(title="Another", summary="All about flood maps.")
    make_path(title="Draft flood path", live=False)
    request = rf.get("/")

    titles = [hit["title"] for hit in search_paths(request, "flood")]

    assert titles == ["Another", "Flood warnings in practice"]
    assert search_paths(request, "Step 2")  # step titles match too
    assert search_paths(request, "x") == []


def test_sitemap_lists_live_paths_only(make_path):
    live = make_path()
    make_path(live=False)
    assert list(LearningPathSitemap().items()) == [live]


def test_continue_learning_tag_links_to_the_next_step(member, make_path):
    path = make_path(steps=3, title="Tagged path")
    enrolment = Enrolment.objects.create(user=member, path=path)
    enrolment.progress.create(step=path.ordered_steps[0], done_at=enrolment.started_at)
    request = RequestFactory().get("/")
    request.user = member

    html = Template("{% load learning_paths_tags %}{% continue_learning %}").render(
        Context({"request": request})
    )

    assert "Tagged path" in html
    assert f"/en/learning/{path.slug}/steps/2/" in html


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (0, "0 minutes"),
        (45, "45 minutes"),
        (60, "1 hour"),
        (80, "1 hour 20 minutes"),
        (None, "0 minutes"),
    ],
)
def test_duration_in_words(minutes, words):
    assert duration(minutes) == words
