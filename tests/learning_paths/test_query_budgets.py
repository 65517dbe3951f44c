"""Query budgets of every learning page, anonymous and signed in: small, and flat as data grows.

Each page is requested once to warm per-process caches (site root paths, image renditions),
then measured. The budget is small and absolute; after the catalogue, the steps, the
audiences and the member's enrolments have grown several times over, the count must not move.
"""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from learning_paths.models import Enrolment, StepProgress

from .conftest import step_url

pytestmark = pytest.mark.django_db

GUIDE = "/en/learning/start/?role=practitioners&goal=mobilising-citizens"
#: page -> (anonymous budget, signed-in budget); None: the page is for members only.
BUDGETS = {
    "list": (7, 11),
    "detail": (4, 8),
    "step": (4, 9),
    "guide": (11, 14),
    "dashboard": (None, 7),
}
_numbers = itertools.count(1)


@pytest.fixture
def catalogue(make_path, make_group, make_guideline):
    """Grows a catalogue of paths (with covers, audiences, linked pages) and a member's
    enrolments; returns the first path, which every measured URL points at."""
    groups = [make_group("practitioners"), make_group("researchers")]
    image = get_image_model().objects.create(title="Cover", file=get_test_image_file())
    created = []

    def grow(paths, steps, member=None):
        pages = [make_guideline(audiences=groups[:1]) for _ in range(2)]
        for _ in range(paths):
            path = make_path(
                steps=steps,
                audiences=groups,
                pages=pages * steps,
                cover_image=image,
                cover_image_alt=f"Cover {next(_numbers)}",
            )
            created.append(path)
            if member is not None:
                _enrol_with_progress(member, path)
        return created[0]

    return grow


def _enrol_with_progress(member, path):
    enrolment = Enrolment.objects.create(user=member, path=path)
    StepProgress.objects.create(
        enrolment=enrolment, step=path.ordered_steps[0], done_at=enrolment.started_at
    )


def _url(page, path):
    return {
        "list": "/en/learning/",
        "detail": path.get_absolute_url(),
        "step": step_url(path, 2),
        "guide": GUIDE,
        "dashboard": "/en/learning/me/",
    }[page]


def _count_queries(client, url):
    assert client.get(url).status_code == 200  # warm-up
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize("page", ["list", "detail", "step", "guide"])
def test_anonymous_page_queries_are_few_and_flat(client, catalogue, page):
    path = catalogue(paths=2, steps=3)
    budget = BUDGETS[page][0]

    small = _count_queries(client, _url(page, path))
    catalogue(paths=8, steps=9)
    large = _count_queries(client, _url(page, path))

    assert small <= budget
    assert large == small


@pytest.mark.parametrize("page", ["list", "detail", "step", "guide", "dashboard"])
def test_signed_in_page_queries_are_few_and_flat(client, member, catalogue, page):
    client.force_login(member)
    path = catalogue(paths=2, steps=3, member=member)
    budget = BUDGETS[page][1]

    small = _count_queries(client, _url(page, path))
    catalogue(paths=8, steps=9, member=member)
    large = _count_queries(client, _url(page, path))

    assert small <= budget
    assert large == small
