"""Anonymous learning pages are shared from the page cache; CSRF still guards members."""

import pytest
from django.core.cache import cache
from django.test import Client

from learning_paths.models import Enrolment, StepProgress
from learning_paths.progress import SESSION_KEY

from .conftest import step_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache_on(settings):
    settings.LCC_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def strict_client():
    """A client that enforces CSRF like a browser session would."""
    return Client(enforce_csrf_checks=True)


def test_second_anonymous_step_view_is_a_cache_hit_without_queries(
    client, make_path, page_cache_on, django_assert_num_queries
):
    path = make_path(steps=3)
    first = client.get(step_url(path, 2))
    assert first["X-Page-Cache"] == "miss"
    assert not first.cookies
    assert "csrfmiddlewaretoken" not in first.content.decode()

    with django_assert_num_queries(0):
        second = client.get(step_url(path, 2))

    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


@pytest.mark.parametrize(
    "url",
    [
        "/en/learning/",
        "/en/learning/?level=advanced",
        "/en/learning/start/",
        "/en/learning/start/?goal=mobilising-volunteers",
        "DETAIL",
    ],
)
def test_list_detail_and_guide_are_shared_with_anonymous_visitors(
    client, make_path, page_cache_on, url, django_assert_num_queries
):
    path = make_path(steps=2, level="advanced", theme="mobilising-volunteers")
    url = path.get_absolute_url() if url == "DETAIL" else url
    first = client.get(url)
    assert first.status_code == 200
    assert not first.cookies
    with django_assert_num_queries(0):
        assert client.get(url)["X-Page-Cache"] == "hit"


def test_anonymous_visitor_marks_a_step_done_without_a_token(strict_client, make_path):
    path = make_path(steps=3)
    strict_client.get(step_url(path, 1))

    response = strict_client.post(step_url(path, 1), {"action": "done", "reflection": "noted"})

    assert response.status_code == 302
    assert response["Location"] == step_url(path, 2)
    stored = strict_client.session[SESSION_KEY][str(path.ordered_steps[0].pk)]
    assert stored["done"] and stored["reflection"] == "noted"
    assert not Enrolment.objects.exists()


def test_visitor_with_progress_bypasses_the_cache_and_sees_it(client, make_path, page_cache_on):
    path = make_path(steps=3)
    client.get(step_url(path, 2))  # cached for visitors without a session
    client.post(step_url(path, 1), {"action": "done"})

    response = client.get(step_url(path, 2))

    assert "X-Page-Cache" not in response
    assert "1 of 3 steps done" in response.content.decode()


def test_anonymous_post_from_another_site_is_refused(strict_client, make_path):
    path = make_path(steps=2)
    foreign = strict_client.post(
        step_url(path, 1), {"action": "done"}, HTTP_ORIGIN="https://evil.example"
    )
    assert foreign.status_code == 403
    assert SESSION_KEY not in strict_client.session

    own = strict_client.post(step_url(path, 1), {"action": "done"}, HTTP_ORIGIN="http://testserver")
    assert own.status_code == 302


def test_member_post_without_a_token_is_rejected(strict_client, member, make_path):
    path = make_path(steps=2)
    strict_client.force_login(member)

    response = strict_client.post(step_url(path, 1), {"action": "done"})

    assert response.status_code == 403
    assert not StepProgress.objects.exists()


def test_member_post_with_the_pages_token_is_accepted(strict_client, member, make_path):
    path = make_path(steps=2)
    strict_client.force_login(member)
    page = strict_client.get(step_url(path, 1))
    assert "csrfmiddlewaretoken" in page.content.decode()
    token = strict_client.cookies["csrftoken"].value

    response = strict_client.post(
        step_url(path, 1), {"action": "done", "csrfmiddlewaretoken": token}
    )

    assert response.status_code == 302
    assert StepProgress.objects.get(enrolment__user=member).done_at is not None


def test_member_enrol_without_a_token_is_rejected(strict_client, member, make_path):
    path = make_path()
    strict_client.force_login(member)
    assert strict_client.post(f"{path.get_absolute_url()}enrol/").status_code == 403
    assert not Enrolment.objects.exists()


def test_anonymous_enrol_without_a_token_is_sent_to_sign_in(strict_client, make_path):
    path = make_path()
    response = strict_client.post(f"{path.get_absolute_url()}enrol/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
