"""Path list, detail and step pages: ordering, filters, drafts hidden, query budgets."""

import pytest

from learning_paths.models import LearningPath, PathStep

from .conftest import step_url

pytestmark = pytest.mark.django_db


def test_steps_are_shown_in_editor_order(client, make_path):
    path = make_path(steps=0)
    PathStep.objects.create(path=path, title="Second", intro="b", sort_order=2)
    PathStep.objects.create(path=path, title="First", intro="a", sort_order=1)
    PathStep.objects.create(path=path, title="Third", intro="c", sort_order=3)

    html = client.get(path.get_absolute_url()).content.decode()

    assert html.index("First") < html.index("Second") < html.index("Third")
    assert "First" in client.get(step_url(path, 1)).content.decode()
    assert "Third" in client.get(step_url(path, 3)).content.decode()


def test_total_time_is_derived_from_the_steps(client, make_path):
    path = make_path(steps=4, minutes=20)
    assert path.total_minutes == 80
    assert LearningPath.objects.with_totals().get(pk=path.pk).minutes_total == 80
    assert "1 hour 20 minutes" in client.get(path.get_absolute_url()).content.decode()


def test_list_shows_live_paths_only(client, make_path):
    make_path(title="Published path")
    make_path(title="Draft path", live=False)

    html = client.get("/en/learning/").content.decode()

    assert "Published path" in html
    assert "Draft path" not in html


@pytest.mark.parametrize("suffix", ["", "steps/1/"])
def test_draft_path_pages_are_404(client, make_path, suffix):
    path = make_path(live=False)
    assert client.get(f"{path.get_absolute_url()}{suffix}").status_code == 404


def test_draft_path_cannot_be_enrolled_in(client, member, make_path):
    path = make_path(live=False)
    client.force_login(member)
    assert client.post(f"{path.get_absolute_url()}enrol/").status_code == 404
    assert not member.enrolments.exists()


def test_list_filters_by_audience_theme_and_level(client, make_path, make_group):
    practitioners, researchers = make_group("practitioners"), make_group("researchers")
    make_path(title="For practitioners", audiences=[practitioners], level="advanced")
    make_path(title="For researchers", audiences=[researchers], theme="mobilising-volunteers")

    by_audience = client.get("/en/learning/", {"audience": "practitioners"}).content.decode()
    by_theme = client.get("/en/learning/", {"theme": "mobilising-volunteers"}).content.decode()
    by_level = client.get("/en/learning/", {"level": "advanced"}).content.decode()

    assert "For practitioners" in by_audience and "For researchers" not in by_audience
    assert "For researchers" in by_theme and "For practitioners" not in by_theme
    assert "For practitioners" in by_level and "For researchers" not in by_level


def test_audience_filter_keeps_step_totals_exact(client, make_path, make_group):
    group = make_group("practitioners")
    make_path(title="Timed path", steps=3, minutes=15, audiences=[group])
    html = client.get("/en/learning/", {"audience": "practitioners"}).content.decode()
    assert "3 steps" in html and "45 minutes" in html


def test_unknown_filter_values_rerender_the_form_not_a_500(client, make_path):
    make_path(title="Still listed")
    response = client.get("/en/learning/", {"theme": "<script>", "level": "x", "page": "zz"})
    assert response.status_code == 200
    assert "Still listed" in response.content.decode()
    assert "Select a valid choice" in response.content.decode()


def test_step_number_out_of_range_is_404(client, make_path):
    path = make_path(steps=2)
    assert client.get(step_url(path, 3)).status_code == 404
    assert client.get(step_url(path, 0)).status_code == 404


def test_step_shows_linked_page_summary_and_link(client, make_path, make_guideline):
    page = make_guideline(slug="verifying-reports", summary="Check before you act.")
    path = make_path(steps=1, pages=[page])

    html = client.get(step_url(path, 1)).content.decode()

    assert "Check before you act." in html
    assert f'href="{page.url}"' in html


def test_step_page_has_accessible_progress_and_navigation(client, make_path):
    path = make_path(steps=3)
    html = client.get(step_url(path, 2)).content.decode()
    assert html.count("<h1") == 1
    assert '<progress max="3" value="0"' in html
    assert "0 of 3 steps done" in html
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert 'label for="id_reflection"' in html


def test_list_query_count_does_not_grow_with_paths(
    client, member, make_path, make_group, django_assert_max_num_queries
):
    group = make_group("practitioners")
    client.force_login(member)
    for _ in range(3):
        make_path(steps=4, audiences=[group])
    with django_assert_max_num_queries(40) as few:
        client.get("/en/learning/")
    budget = len(few.captured_queries)  # read now: the next request resets the query log
    for _ in range(12):
        make_path(steps=6, audiences=[group])
    with django_assert_max_num_queries(budget):
        response = client.get("/en/learning/")
    assert response.content.decode().count('class="card"') == 15


def test_step_query_count_does_not_grow_with_steps(
    client, member, make_path, make_guideline, django_assert_max_num_queries
):
    page = make_guideline()
    client.force_login(member)
    small = make_path(steps=2, pages=[page, page])
    client.post(step_url(small, 1), {"action": "done", "reflection": "x"})
    with django_assert_max_num_queries(40) as few:
        client.get(step_url(small, 2))
    budget = len(few.captured_queries)  # read now: the next request resets the query log
    large = make_path(steps=20, pages=[page] * 20)
    for number in range(1, 11):
        client.post(step_url(large, number), {"action": "done", "reflection": "x"})
    with django_assert_max_num_queries(budget):
        response = client.get(step_url(large, 12))
    assert response.status_code == 200


def test_reserved_slug_is_rejected(make_path):
    from django.core.exceptions import ValidationError

    path = make_path()
    path.slug = "certificates"
    with pytest.raises(ValidationError):
        path.full_clean()


def test_list_defaults_to_paths_in_the_active_language(client, make_path):
    make_path(title="Dutch path", language="nl")
    make_path(title="English path", language="en")

    dutch = client.get("/nl/learning/").content.decode()
    english = client.get("/en/learning/").content.decode()

    assert "Dutch path" in dutch and "English path" not in dutch
    assert "English path" in english and "Dutch path" not in english
    assert "no learning paths in" not in dutch


def test_list_falls_back_to_english_when_none_are_in_the_active_language(client, make_path):
    make_path(title="English path", language="en")
    make_path(title="Italian path", language="it")

    html = client.get("/nl/learning/").content.decode()

    assert "English path" in html and "Italian path" not in html
    assert "Nederlands" in html and 'href="?language=all"' in html


def test_all_languages_filter_lists_every_language(client, make_path):
    make_path(title="Dutch path", language="nl")
    make_path(title="English path", language="en")
    html = client.get("/nl/learning/", {"language": "all"}).content.decode()
    assert "Dutch path" in html and "English path" in html


def test_an_explicit_language_choice_does_not_fall_back(client, make_path):
    make_path(title="English path", language="en")
    html = client.get("/en/learning/", {"language": "de"}).content.decode()
    assert "English path" not in html
    assert "No path matches these filters yet." in html


def test_default_language_applies_alongside_other_filters(client, make_path):
    make_path(title="Advanced Dutch", language="nl", level="advanced")
    make_path(title="Advanced English", language="en", level="advanced")
    make_path(title="Introductory Dutch", language="nl")
    html = client.get("/nl/learning/", {"level": "advanced"}).content.decode()
    assert "Advanced Dutch" in html
    assert "Advanced English" not in html and "Introductory Dutch" not in html
