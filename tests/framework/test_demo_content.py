"""The framework demo content: complete, idempotent, translated, accessible."""

import datetime
import io

import pytest
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision, Site

from framework import demo
from framework.demo_content import (
    case_examples,
    glossary,
    guidelines,
    scenarios,
    taxonomies,
    technology_guides,
    translations_nl,
)
from framework.models import (
    TAXONOMIES,
    CaseExamplePage,
    FrameworkIndexPage,
    GlossaryPage,
    GlossaryTerm,
    GuidelinePage,
    HomePage,
    ProductPage,
    ProductTag,
    ScenarioPage,
    TechnologyGuidePage,
)

PRODUCT_ROWS = (
    technology_guides.TECHNOLOGY_GUIDES + guidelines.GUIDELINES + case_examples.CASE_EXAMPLES
)


def load():
    out = io.StringIO()
    demo.load(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def _demo_once(django_db_setup, django_db_blocker):
    """Load the demo once for this module, inside a transaction rolled back at the end.

    Loading takes many seconds; each test still runs in its own savepoint (``db``).
    """
    with django_db_blocker.unblock(), transaction.atomic():
        output = load()
        yield output
        transaction.set_rollback(True)


@pytest.fixture
def loaded(_demo_once, db):
    return _demo_once


def counts():
    """Row counts of everything the loader creates."""
    models = [
        Page,
        Revision,
        ProductTag,
        GlossaryTerm,
        get_image_model(),
        Site,
        *TAXONOMIES,
    ]
    return {model.__name__: model.objects.count() for model in models}


# --- the data itself (no database) ----------------------------------------------------------


def test_product_slugs_are_unique_across_all_types():
    slugs = [row["slug"] for row in PRODUCT_ROWS] + [row["slug"] for row in scenarios.SCENARIOS]
    assert len(slugs) == len(set(slugs))


@pytest.mark.parametrize("row", PRODUCT_ROWS, ids=lambda row: row["slug"])
def test_product_has_short_summary_three_to_six_blocks_and_two_to_four_tags(row):
    assert len(row["summary"]) <= 300
    assert 3 <= len(row["body"]) <= 6
    assert 2 <= len(row["tags"]) <= 4
    assert row["sources"]
    assert "lorem" not in str(row).lower()


def test_last_reviewed_dates_spread_over_2022_to_2026_with_some_stale():
    dates = [datetime.date.fromisoformat(row["last_reviewed"]) for row in PRODUCT_ROWS]
    assert {date.year for date in dates} == {2022, 2023, 2024, 2025, 2026}
    two_years_before_newest = max(dates) - datetime.timedelta(days=730)
    assert sum(date < two_years_before_newest for date in dates) >= 3


def test_scenarios_feature_only_existing_products():
    product_slugs = {row["slug"] for row in PRODUCT_ROWS}
    for row in scenarios.SCENARIOS:
        assert set(row["featured"]) <= product_slugs, row["slug"]


# --- loading into the database ---------------------------------------------------------------


def test_loading_again_creates_no_duplicates_and_publishes_nothing(loaded):
    before = counts()
    log_entries = PageLogEntry.objects.count()
    output = load()
    assert counts() == before
    assert PageLogEntry.objects.count() == log_entries
    assert "0 page(s) published" not in loaded
    assert "0 page(s) published" in output


def test_minimum_numbers_of_products_scenarios_and_glossary_terms(loaded):
    assert TechnologyGuidePage.objects.live().count() >= 8
    assert GuidelinePage.objects.live().count() >= 8
    assert CaseExamplePage.objects.live().count() >= 10
    assert ScenarioPage.objects.live().filter(locale__language_code="en").count() == 5
    english_glossary = GlossaryPage.objects.get(locale__language_code="en")
    assert english_glossary.live
    assert english_glossary.terms.count() >= 20


def test_site_root_is_the_english_home_with_the_framework_index_below(loaded):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "en"
    index = FrameworkIndexPage.objects.child_of(home).get()
    assert index.slug == "framework"
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    live_products = ProductPage.objects.live().child_of(index)
    assert live_products.count() == len(PRODUCT_ROWS)


def test_every_taxonomy_value_is_used_by_a_live_product(loaded):
    for model in TAXONOMIES:
        for value in model.objects.filter(locale__language_code="en"):
            assert value.products.live().exists(), f"{model.__name__} {value.slug} is unused"


def test_every_taxonomy_value_has_a_dutch_translation(loaded):
    for model_name, rows in taxonomies.TAXONOMIES.items():
        model = next(m for m in TAXONOMIES if m.__name__ == model_name)
        for row in rows:
            english = model.objects.get(locale__language_code="en", slug=row["slug"])
            dutch = english.get_translation(
                english.locale.__class__.objects.get(language_code="nl")
            )
            assert dutch.name == row["nl_name"]


def test_every_product_and_scenario_has_a_hero_image_with_alt_text(loaded):
    pages = list(ProductPage.objects.all()) + list(ScenarioPage.objects.all())
    for page in pages:
        assert page.hero_image_id, page.slug
        assert len(page.hero_image_alt) > 10, page.slug
    home = HomePage.objects.get(locale__language_code="en")
    assert home.hero_image_id and home.hero_image_alt


def test_images_are_small_widescreen_pngs(loaded):
    images = get_image_model().objects.all()
    assert 6 <= images.count() <= 10
    for image in images:
        assert (image.width, image.height) == (1200, 675)
        assert image.file_size < 60 * 1024


def test_dutch_home_index_glossary_and_scenarios_are_live_translations(loaded):
    home = HomePage.objects.get(locale__language_code="en")
    dutch_home = home.get_translation(home.locale.__class__.objects.get(language_code="nl"))
    assert dutch_home.live
    assert dutch_home.specific.intro.startswith("Praktische kennis")
    nl_scenarios = ScenarioPage.objects.live().filter(locale__language_code="nl")
    assert nl_scenarios.count() == 5
    titles = set(nl_scenarios.values_list("title", flat=True))
    assert titles == {row["nl_title"] for row in scenarios.SCENARIOS}
    for scenario in nl_scenarios:
        assert scenario.hazard.locale.language_code == "nl"
        assert scenario.get_parent().specific_class is FrameworkIndexPage
    assert GlossaryPage.objects.live().filter(locale__language_code="nl").count() == 1


def test_every_product_can_be_found_through_a_browse_filter(loaded, client):
    for row in PRODUCT_ROWS:
        response = client.get("/en/framework/", {"hazard": row["hazards"][0]})
        assert response.status_code == 200
        assert row["title"] in response.content.decode(), row["slug"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/framework/",
        "/en/framework/social-media-monitoring-dashboards/",
        "/en/framework/warning-messages-people-act-on/",
        "/en/framework/western-germany-floods-2021-spontaneous-volunteers/",
        "/en/framework/floods-in-denmark/",
        "/en/framework/glossary/",
        "/nl/",
        "/nl/framework/",
        "/nl/framework/terrorism-in-germany/",
        "/nl/framework/industrial-fire-netherlands-public-warning/",
        "/nl/framework/cell-broadcast-public-warning/",
        "/nl/framework/warning-messages-people-act-on/",
    ],
)
def test_demo_pages_render(loaded, client, url):
    assert client.get(url).status_code == 200


def test_glossary_terms_in_data_are_unique_and_defined():
    terms = [row["term"] for row in glossary.TERMS]
    assert len(terms) == len(set(terms)) >= 20
    assert all(len(row["definition"]) > 40 for row in glossary.TERMS)


DUTCH_PRODUCTS = {
    **translations_nl.CASE_EXAMPLES,
    **translations_nl.TECHNOLOGY_GUIDES,
    **translations_nl.GUIDELINES,
}


def test_dutch_product_translations_are_live_with_dutch_taxonomies(loaded):
    assert len(DUTCH_PRODUCTS) >= 3
    for slug, texts in DUTCH_PRODUCTS.items():
        dutch = ProductPage.objects.live().get(slug=slug, locale__language_code="nl")
        english = ProductPage.objects.get(slug=slug, locale__language_code="en")
        assert dutch.translation_key == english.translation_key
        assert (dutch.title, dutch.summary) == (texts["title"], texts["summary"])
        assert dutch.hazards.exists()
        assert set(dutch.hazards.values_list("locale__language_code", flat=True)) == {"nl"}
        assert sorted(t.name for t in dutch.tags.all()) == sorted(texts["tags"])


def test_dutch_product_page_is_dutch_and_the_switcher_links_both_ways(loaded, client):
    html = client.get("/nl/framework/cell-broadcast-public-warning/").content.decode()
    assert "Cell broadcast voor publieksalarmering" in html
    assert '<a class="chip" href="/nl/framework/?hazard=flood">Overstroming</a>' in html
    assert 'href="/en/framework/cell-broadcast-public-warning/" lang="en"' in html
    english = client.get("/en/framework/cell-broadcast-public-warning/").content.decode()
    assert 'href="/nl/framework/cell-broadcast-public-warning/" lang="nl"' in english


def test_dutch_browse_mixes_translations_and_marked_english_originals(loaded, client):
    response = client.get("/nl/framework/", {"hazard": "industrial-accident"})
    titles = [page.title for page in response.context["results"]]
    assert DUTCH_PRODUCTS["industrial-fire-netherlands-public-warning"]["title"] in titles
    assert "Fire at a chemical storage site: warning and informing residents" not in titles
    fallbacks = [p for p in response.context["results"] if getattr(p, "fallback_language", "")]
    assert fallbacks and all(p.locale.language_code == "en" for p in fallbacks)
