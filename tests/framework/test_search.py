"""Site search: products and glossary terms, highlighting, facets, providers, empty state."""

import pytest

from framework.models import GlossaryTerm
from framework.text import highlight
from tests.framework.factories import (
    CaseExamplePageFactory,
    GlossaryPageFactory,
    GuidelinePageFactory,
    HazardFactory,
    TechnologyGuidePageFactory,
)


def titles(response):
    return [page.title for page in response.context["results"]]


def test_search_finds_products_by_summary_on_any_database(client, index):
    CaseExamplePageFactory(
        parent=index, title="Harbour fire", summary="Residents reported smoke plumes on Telegram."
    )
    GuidelinePageFactory(parent=index, title="Unrelated", summary="Planning a training day.")
    response = client.get("/en/search/", {"q": "telegram"})
    assert response.status_code == 200
    assert titles(response) == ["Harbour fire"]
    assert "<mark>Telegram</mark>" in response.content.decode()


def test_search_matches_taxonomy_names(client, index):
    wildfire = HazardFactory(name="Wildfire", slug="wildfire")
    GuidelinePageFactory(parent=index, title="Evacuation notes", taxonomies={"hazards": [wildfire]})
    assert titles(client.get("/en/search/", {"q": "wildfire"})) == ["Evacuation notes"]


def test_search_applies_the_same_facet_filters(client, index):
    flood = HazardFactory(name="Flood", slug="flood")
    TechnologyGuidePageFactory(
        parent=index, title="Map A", summary="Crisis mapping tool.", taxonomies={"hazards": [flood]}
    )
    TechnologyGuidePageFactory(parent=index, title="Map B", summary="Crisis mapping app.")
    assert len(titles(client.get("/en/search/", {"q": "mapping"}))) == 2
    response = client.get("/en/search/", {"q": "mapping", "hazard": "flood"})
    assert titles(response) == ["Map A"]


def test_search_finds_glossary_terms(client, index):
    glossary = GlossaryPageFactory(parent=index)
    glossary.terms.add(
        GlossaryTerm(term="Crowdsourcing", definition="Gathering information from many people.")
    )
    glossary.save_revision().publish()  # saves the terms, which indexes them
    response = client.get("/en/search/", {"q": "crowdsourcing"})
    hits = response.context["glossary_results"]
    assert [hit["term"] for hit in hits] == ["Crowdsourcing"]
    assert hits[0]["url"] == "/en/framework/glossary/#crowdsourcing"


def test_highlight_escapes_before_marking():
    html = highlight('Use <script>alert("x")</script> with care', "script care")
    assert "<script>" not in html
    assert "&lt;<mark>script</mark>&gt;" in html
    assert "<mark>care</mark>" in html


def test_empty_state_offers_suggestions_and_browse(client, index):
    HazardFactory(name="Drought", slug="drought")
    html = client.get("/en/search/", {"q": "zzzzqqq"}).content.decode()
    assert "No framework product matches" in html
    assert 'href="?q=Drought"' in html
    assert 'href="/en/framework/"' in html


def test_search_without_words_shows_the_form_only(client, index):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert "results" not in response.context


def test_very_long_queries_are_shortened_not_rejected(client, index):
    response = client.get("/en/search/", {"q": "flood " * 100})
    assert response.status_code == 200
    assert len(response.context["query"]) <= 200


def fake_provider(request, query):
    return [
        {
            "title": f"Thread about {query}",
            "url": "/en/community/t/1/",
            "excerpt": "",
            "kind": "thread",
        }
    ]


def broken_provider(request, query):
    raise RuntimeError("community search is down")


def test_results_of_search_providers_get_their_own_section(client, index, settings):
    settings.LCC_SEARCH_PROVIDERS = [
        "tests.framework.test_search.broken_provider",
        "tests.framework.test_search.fake_provider",
    ]
    response = client.get("/en/search/", {"q": "floods"})
    assert response.status_code == 200
    assert response.context["other_results"][0]["title"] == "Thread about floods"
    assert "From the community" in response.content.decode()


@pytest.mark.postgres
def test_postgres_ranks_the_most_relevant_product_first(client, index):
    # Created first and alphabetically last, so only relevance can put it on top.
    GuidelinePageFactory(
        parent=index,
        title="Working with volunteers",
        summary="Volunteers arrive unannounced; brief volunteers, protect them and thank them.",
    )
    GuidelinePageFactory(
        parent=index,
        title="Storm preparation",
        summary="Sandbags, shelters, radios and, at the very end, a short note about volunteers.",
    )
    CaseExamplePageFactory(parent=index, title="Heat wave", summary="Cooling centres.")
    response = client.get("/en/search/", {"q": "volunteers"})
    assert response.context["sort"] == "relevance"
    assert titles(response) == ["Working with volunteers", "Storm preparation"]
    assert titles(client.get("/en/search/", {"q": "volunteers", "sort": "title"})) == [
        "Storm preparation",
        "Working with volunteers",
    ]
