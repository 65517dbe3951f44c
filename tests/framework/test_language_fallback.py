"""Products in the reader's language where translated, otherwise the English original, marked."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from framework.caching import bump_generation
from framework.models import RelatedProduct, ScenarioProduct
from tests.framework.factories import (
    CaseExamplePageFactory,
    GuidelinePageFactory,
    HazardFactory,
    ScenarioPageFactory,
    TechnologyGuidePageFactory,
)


def dutch():
    return Locale.objects.get(language_code="nl")


def translate(page, **values):
    """A published Dutch translation of ``page`` with ``values`` (taxonomies as lists)."""
    copy = page.copy_for_translation(dutch()).specific
    for name, value in values.items():
        if isinstance(value, list):
            getattr(copy, name).set(value)
        else:
            setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


@pytest.fixture
def dutch_site(home, index):
    """The Dutch home (/nl/) and framework index (/nl/framework/)."""
    translate(home, title="Kenniscentrum")
    return translate(index, title="Framework (nl)")


@pytest.fixture
def floods():
    english = HazardFactory(name="Flood", slug="flood")
    nl = english.copy_for_translation(dutch())
    nl.name = "Overstroming"
    nl.save()
    return english, nl


@pytest.fixture
def catalogue(index, dutch_site, floods):
    flood, overstroming = floods
    app = TechnologyGuidePageFactory(
        parent=index, title="Flood app", taxonomies={"hazards": [flood]}
    )
    volunteers = GuidelinePageFactory(
        parent=index, title="Flood volunteers", taxonomies={"hazards": [flood]}
    )
    quake = CaseExamplePageFactory(parent=index, title="Quake map")
    draft = quake.copy_for_translation(dutch())  # a translation that is not live
    app_nl = translate(app, title="Overstromingsapp", summary="Waarschuwt bewoners.")
    app_nl.hazards.set([overstroming])
    app_nl.save_revision().publish()
    return {"app": app, "app_nl": app_nl, "volunteers": volunteers, "quake": quake, "draft": draft}


def titles(response):
    return sorted(page.title for page in response.context["results"])


def test_dutch_browse_shows_translations_and_untranslated_originals_once(client, catalogue):
    response = client.get("/nl/framework/")
    assert response.status_code == 200
    # The Dutch translation replaces its original; a draft translation does not hide one.
    assert titles(response) == ["Flood volunteers", "Overstromingsapp", "Quake map"]
    assert response.context["page_obj"].paginator.count == 3


def test_fallback_products_are_marked_as_english(client, catalogue):
    html = client.get("/nl/framework/").content.decode()
    assert '<h3 lang="en"><a href="/en/framework/' in html
    assert html.count('class="badge language-badge"') == 2
    assert '<h3><a href="/nl/framework/' in html  # the translation is not marked
    english = client.get("/en/framework/").content.decode()
    assert "language-badge" not in english and 'h3 lang="en"' not in english


def test_dutch_facets_count_the_same_products_and_filter_across_languages(client, catalogue):
    response = client.get("/nl/framework/", {"hazard": "flood"})
    # The Dutch hazard matches the Dutch translation and the English original alike.
    assert titles(response) == ["Flood volunteers", "Overstromingsapp"]
    hazards = {
        v.value: v for f in response.context["facets"] if f.key == "hazard" for v in f.values
    }
    assert hazards["flood"].label == "Overstroming"
    assert hazards["flood"].count == 2
    types = {
        v.value: v.count for f in response.context["facets"] if f.key == "type" for v in f.values
    }
    assert sum(types.values()) == response.context["page_obj"].paginator.count


def test_chips_of_english_fallbacks_use_dutch_taxonomy_names(client, catalogue):
    response = client.get("/nl/framework/", {"hazard": "flood"})
    volunteers = next(p for p in response.context["results"] if p.title == "Flood volunteers")
    assert volunteers.card_chips == ["Overstroming"]


def test_english_browse_is_unchanged_by_dutch_translations(client, catalogue):
    response = client.get("/en/framework/")
    assert titles(response) == ["Flood app", "Flood volunteers", "Quake map"]


def test_dutch_home_lists_the_latest_products_with_the_fallback(client, catalogue):
    response = client.get("/nl/")
    assert response.status_code == 200
    latest = sorted(p.title for p in response.context["latest"])
    assert latest == ["Flood volunteers", "Overstromingsapp", "Quake map"]


def test_dutch_search_finds_each_product_once_in_the_best_language(client, catalogue):
    response = client.get("/nl/search/", {"q": "flood"})
    # "Flood app" matches in English, but its Dutch translation is what Dutch readers get.
    assert "Flood app" not in titles(response)
    assert "Flood volunteers" in titles(response)
    response = client.get("/nl/search/", {"q": "bewoners"})
    assert titles(response) == ["Overstromingsapp"]


def test_dutch_scenario_features_translations_and_matches_by_hazard(client, catalogue, floods):
    flood, overstroming = floods
    scenario = ScenarioPageFactory(parent=catalogue["app"].get_parent(), hazard=flood)
    scenario.featured_products = [ScenarioProduct(page=catalogue["app"])]
    scenario.save_revision().publish()
    scenario_nl = translate(scenario, title="Scenario (nl)", hazard=overstroming)
    response = client.get(scenario_nl.url)
    assert response.status_code == 200
    assert [p.title for p in response.context["featured"]] == ["Overstromingsapp"]
    assert [p.title for p in response.context["matching"]] == ["Flood volunteers"]
    assert 'lang="en"' in response.content.decode()


def test_related_products_of_a_dutch_page_prefer_dutch_translations(client, catalogue):
    volunteers = catalogue["volunteers"]
    volunteers.related_products = [RelatedProduct(page=catalogue["app"])]
    volunteers.save_revision().publish()
    volunteers_nl = translate(volunteers, title="Vrijwilligers bij overstromingen")
    response = client.get(volunteers_nl.url)
    assert response.status_code == 200
    assert [p.title for p in response.context["related_products"]] == ["Overstromingsapp"]


def test_unpublishing_a_translation_brings_back_the_original(client, catalogue):
    assert "Flood app" not in titles(client.get("/nl/framework/"))
    Page.objects.get(pk=catalogue["app_nl"].pk).specific.unpublish()
    assert "Flood app" in titles(client.get("/nl/framework/"))


def _queries(client, url):
    bump_generation()  # measure a cold render: cached framework data is recomputed
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_dutch_query_counts_do_not_grow_with_untranslated_products(client, catalogue, index):
    urls = ["/nl/", "/nl/framework/", "/nl/framework/?hazard=flood", "/nl/search/?q=flood"]
    for url in urls:
        client.get(url)
    before = [_queries(client, url) for url in urls]
    flood = catalogue["volunteers"].hazards.first()
    for number in range(30):
        GuidelinePageFactory(
            parent=index, title=f"Flood guide {number}", taxonomies={"hazards": [flood]}
        )
    after = [_queries(client, url) for url in urls]
    assert after == before
    assert max(after) <= 20
