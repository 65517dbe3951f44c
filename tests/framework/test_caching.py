"""The derived-data cache: one generation read and one read per name within a request."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from framework import caching


@pytest.fixture(autouse=True)
def _clear():
    cache.clear()
    yield
    caching.end_request_memo()
    cache.clear()


def _counting_gets():
    return mock.patch.object(cache, "get", wraps=cache.get)


def test_outside_a_request_every_call_reads_the_cache_and_a_bump_invalidates():
    computed = []
    assert caching.cached("thing", lambda: computed.append(1) or len(computed)) == 1
    assert caching.cached("thing", lambda: computed.append(1) or len(computed)) == 1
    caching.bump_generation()
    assert caching.cached("thing", lambda: computed.append(1) or len(computed)) == 2


def test_within_a_request_the_generation_and_each_value_are_read_once():
    caching.cached("thing", lambda: "value")
    caching.start_request_memo()
    with _counting_gets() as get:
        for _ in range(5):
            assert caching.cached("thing", lambda: "other") == "value"
        assert get.call_count == 2  # the generation, then the value
    caching.end_request_memo()
    assert caching._memo() is None


def test_a_bump_during_the_request_forgets_what_it_read():
    caching.start_request_memo()
    assert caching.cached("thing", lambda: "old") == "old"
    caching.bump_generation()
    assert caching.cached("thing", lambda: "new") == "new"
    caching.end_request_memo()


def test_prefetch_reads_known_names_in_one_round_trip():
    caching.cached("a", lambda: 1)
    caching.cached("b", lambda: 2)
    caching.start_request_memo()
    caching.generation()
    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as get_many:
        caching.prefetch("a", "b", "missing")
    assert get_many.call_count == 1
    with _counting_gets() as get:
        assert caching.cached("a", lambda: None) == 1
        assert caching.cached("b", lambda: None) == 2
        assert caching.cached("missing", lambda: 3) == 3  # computed without another read
        assert get.call_count == 0
    caching.end_request_memo()


def test_prefetch_outside_a_request_does_nothing():
    with mock.patch.object(cache, "get_many") as get_many:
        caching.prefetch("a")
    get_many.assert_not_called()


@pytest.mark.django_db
def test_the_memo_lives_from_request_started_to_request_finished():
    request_started.send(sender=None)
    assert caching._memo() == {}
    request_finished.send(sender=None)
    assert caching._memo() is None


@pytest.mark.django_db
def test_a_change_bumps_the_generation_again_once_per_commit(django_capture_on_commit_callbacks):
    from tests.framework.factories import HazardFactory

    with django_capture_on_commit_callbacks() as callbacks:
        before = caching.generation()
        HazardFactory(name="Flood", slug="flood")
        HazardFactory(name="Drought", slug="drought")
        after_saves = caching.generation()
    assert after_saves > before
    ours = [callback for callback in callbacks if callback is caching.bump_generation]
    assert len(ours) == 1  # one bump at commit, however many rows were saved
    ours[0]()
    assert caching.generation() == after_saves + 1


@pytest.mark.django_db
def test_view_restrictions_apply_and_cost_no_query_when_there_are_none(
    client, django_assert_num_queries
):
    from wagtail.models import PageViewRestriction

    from tests.framework.factories import GuidelinePageFactory, build_site

    _home, index = build_site()
    page = GuidelinePageFactory(parent=index, title="Sirens", slug="sirens")
    assert client.get(page.url).status_code == 200
    with django_assert_num_queries(0):
        assert not page.get_view_restrictions().exists()
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert list(page.get_view_restrictions().values_list("page_id", flat=True)) == [index.pk]
    response = client.get(page.url)
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.django_db
def test_routes_are_cached_and_follow_renames_and_unknown_slugs_are_not_stored(client):
    from tests.framework.factories import GuidelinePageFactory, build_site

    _home, index = build_site()
    page = GuidelinePageFactory(parent=index, title="Sirens", slug="sirens")
    assert client.get("/en/framework/sirens/").status_code == 200
    assert client.get("/en/framework/sirens/").status_code == 200  # from the cached route
    assert client.get("/en/framework/no-such-page/").status_code == 404
    assert cache.get(f"framework:{caching.generation()}:child:{index.pk}:no-such-page") is None
    page.slug = "sirens-and-cell-broadcast"
    page.save_revision().publish()
    assert client.get("/en/framework/sirens/").status_code == 404
    response = client.get("/en/framework/sirens-and-cell-broadcast/")
    assert response.status_code == 200 and response.context["page"].pk == page.pk
    page.unpublish()
    assert client.get("/en/framework/sirens-and-cell-broadcast/").status_code == 404


@pytest.mark.django_db
def test_cached_cards_and_facet_form_follow_edits_and_the_language(client):
    from tests.framework.factories import GuidelinePageFactory, HazardFactory, build_site

    _home, index = build_site()
    flood = HazardFactory(name="Flood", slug="flood")
    page = GuidelinePageFactory(parent=index, title="Sirens", taxonomies={"hazards": [flood]})
    html = client.get("/en/framework/").content.decode()
    assert ">Sirens</a>" in html and "(1 product)" in html
    assert client.get("/en/framework/").content.decode() == html  # from the cached parts
    page.title = "Sirens and cell broadcast"
    page.save_revision().publish()
    GuidelinePageFactory(parent=index, title="Apps", taxonomies={"hazards": [flood]})
    html = client.get("/en/framework/").content.decode()
    assert ">Sirens and cell broadcast</a>" in html and ">Sirens</a>" not in html
    assert '<label for="f-hazard-flood">Flood <span class="facet-count">(2 products)' in html
    search = client.get("/en/search/?q=sirens").content.decode()
    assert "<mark>Sirens</mark>" in search  # excerpts are never taken from the card cache
