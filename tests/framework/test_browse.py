"""Browse: facet filters, counts that reflect the other filters, sorting, paging, query budget."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from framework import browse
from framework.caching import bump_generation
from tests.framework.factories import (
    CaseExamplePageFactory,
    DisasterPhaseFactory,
    GuidelinePageFactory,
    HazardFactory,
    SmcsPurposeFactory,
    TechnologyGuidePageFactory,
)


@pytest.fixture
def catalogue(index):
    flood = HazardFactory(name="Flood", slug="flood")
    quake = HazardFactory(name="Earthquake", slug="earthquake")
    warning = SmcsPurposeFactory(name="Early warning", slug="early-warning")
    volunteers = SmcsPurposeFactory(name="Volunteer coordination", slug="volunteer-coordination")
    pages = {
        "flood-warning": TechnologyGuidePageFactory(
            parent=index,
            title="Flood warning app",
            taxonomies={"hazards": [flood], "purposes": [warning]},
        ),
        "flood-volunteers": GuidelinePageFactory(
            parent=index,
            title="Flood volunteers",
            taxonomies={"hazards": [flood], "purposes": [volunteers]},
        ),
        "quake-warning": CaseExamplePageFactory(
            parent=index,
            title="Quake warning",
            taxonomies={"hazards": [quake], "purposes": [warning]},
        ),
    }
    pages["quake-warning"].countries = ["IT"]
    pages["quake-warning"].save()
    return pages


def facet(response, key):
    return {v.value: v for f in response.context["facets"] if f.key == key for v in f.values}


def titles(response):
    return [page.title for page in response.context["results"]]


def test_browse_lists_every_live_product(client, catalogue):
    response = client.get("/en/framework/")
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Flood volunteers", "Flood warning app", "Quake warning"]


def test_filter_by_hazard_and_purpose_combines_facets_with_and(client, catalogue):
    response = client.get("/en/framework/?hazard=flood&purpose=early-warning")
    assert titles(response) == ["Flood warning app"]


def test_values_of_one_facet_are_alternatives(client, catalogue):
    response = client.get("/en/framework/?hazard=flood&hazard=earthquake")
    assert len(titles(response)) == 3


def test_facet_counts_reflect_the_other_active_filters(client, catalogue):
    response = client.get("/en/framework/?hazard=flood")
    hazards = facet(response, "hazard")
    purposes = facet(response, "purpose")
    # The hazard facet ignores its own selection, so both hazards keep their counts ...
    assert (hazards["flood"].count, hazards["earthquake"].count) == (2, 1)
    assert hazards["flood"].selected and not hazards["earthquake"].selected
    # ... while other facets count only flood products.
    assert (purposes["early-warning"].count, purposes["volunteer-coordination"].count) == (1, 1)
    types = facet(response, "type")
    assert types["case-example"].count == 0
    assert types["technology-guide"].count == 1


def test_filter_by_country_and_product_type(client, catalogue):
    assert titles(client.get("/en/framework/?country=IT")) == ["Quake warning"]
    assert titles(client.get("/en/framework/?type=guideline")) == ["Flood volunteers"]
    countries = facet(client.get("/en/framework/"), "country")
    assert countries["IT"].count == 1 and countries["IT"].label == "Italy"


def test_sort_by_title_and_newest(client, catalogue):
    by_title = titles(client.get("/en/framework/?sort=title"))
    assert by_title == sorted(by_title)
    newest = titles(client.get("/en/framework/?sort=newest"))
    assert newest[0] == "Quake warning"


def test_words_in_browse_rank_by_relevance(client, catalogue):
    response = client.get("/en/framework/?q=volunteers")
    assert response.context["sort"] == "relevance"
    assert titles(response) == ["Flood volunteers"]


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=999",
        "?sort=bogus",
        "?country=ZZ",
        "?type=spaceship",
        "?hazard=%00x",
        "?q=a%00b",
    ],
)
def test_bad_parameters_never_fail(client, catalogue, query):
    assert client.get("/en/framework/" + query).status_code == 200


def test_pagination_keeps_the_filters_in_its_links(client, index):
    flood = HazardFactory(name="Flood", slug="flood")
    for number in range(25):
        GuidelinePageFactory(parent=index, title=f"Guide {number}", taxonomies={"hazards": [flood]})
    response = client.get("/en/framework/?hazard=flood")
    assert len(response.context["results"]) == 20
    assert 'href="?hazard=flood&amp;page=2"' in response.content.decode()
    second = client.get("/en/framework/?hazard=flood&page=2")
    assert len(second.context["results"]) == 5


def test_browse_form_is_plain_get_with_labelled_checkboxes(client, catalogue):
    html = client.get("/en/framework/").content.decode()
    assert '<form method="get" action="/en/framework/"' in html
    assert '<input type="checkbox" id="f-hazard-flood" name="hazard" value="flood">' in html
    assert '<label for="f-hazard-flood">Flood' in html


def _make_products(index, count, hazards, phases, purposes, start=0):
    factories = [TechnologyGuidePageFactory, GuidelinePageFactory, CaseExamplePageFactory]
    for number in range(start, start + count):
        factories[number % 3](
            parent=index,
            title=f"Product {number}",
            countries=["IT", "DE"][: number % 3],
            taxonomies={
                "hazards": [hazards[number % len(hazards)]],
                "phases": phases[: 1 + number % len(phases)],
                "purposes": [purposes[number % len(purposes)]],
            },
        )


def _count_queries(client, url, cold=False):
    """Queries to render ``url``; ``cold`` first invalidates the cached framework data."""
    if cold:
        bump_generation()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


BROWSE_URLS = ["/en/framework/", "/en/framework/?hazard=hazard-1&phase=phase-0&sort=title"]


def test_query_count_does_not_grow_with_the_number_of_products(
    client, index, django_assert_max_num_queries
):
    hazards = [HazardFactory(name=f"Hazard {n}", slug=f"hazard-{n}") for n in range(4)]
    phases = [DisasterPhaseFactory(name=f"Phase {n}", slug=f"phase-{n}") for n in range(3)]
    purposes = [SmcsPurposeFactory(name=f"Purpose {n}", slug=f"purpose-{n}") for n in range(5)]
    _make_products(index, 10, hazards, phases, purposes)
    client.get(BROWSE_URLS[0])  # warm per-process caches (content types, site root paths)
    small = [_count_queries(client, url, cold)[0] for url in BROWSE_URLS for cold in (True, False)]
    _make_products(index, 190, hazards, phases, purposes, start=10)
    large = []
    # Cold: the first render after a content change fills the cached facet data. The budgets
    # include the page shell (routing, view restrictions, the language switcher).
    for url in BROWSE_URLS:
        for cold, budget in ((True, 14), (False, 7)):
            with django_assert_max_num_queries(budget):
                count, response = _count_queries(client, url, cold)
            large.append(count)
    assert response.context["page_obj"].paginator.count > 20
    assert large == small
    assert browse.FACET_KEYS == [
        "hazard",
        "phase",
        "audience",
        "purpose",
        "challenge",
        "country",
        "type",
    ]


def _type_counts(response):
    facet = next(f for f in response.context["facets"] if f.key == "type")
    return {value.value: value.count for value in facet.values}


def test_type_facet_counts_every_product_of_each_type_and_the_total_matches(client, index):
    flood = HazardFactory(name="Flood", slug="flood")
    for number in range(3):
        GuidelinePageFactory(parent=index, title=f"Guide {number}", taxonomies={"hazards": [flood]})
    CaseExamplePageFactory(parent=index, title="A case", taxonomies={"hazards": [flood]})
    TechnologyGuidePageFactory(parent=index, title="An app")
    response = client.get("/en/framework/?hazard=flood")
    assert _type_counts(response) == {"technology-guide": 0, "guideline": 3, "case-example": 1}
    assert response.context["page_obj"].paginator.count == 4
    response = client.get("/en/framework/?hazard=flood&type=guideline&type=spaceship")
    assert response.context["page_obj"].paginator.count == 3
    assert len(response.context["results"]) == 3
    assert client.get("/en/framework/").context["page_obj"].paginator.count == 5
