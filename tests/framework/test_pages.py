"""Page tree rules and what a product page shows."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from framework import models
from tests.framework.factories import (
    CaseExamplePageFactory,
    GlossaryPageFactory,
    HazardFactory,
    TechnologyGuidePageFactory,
)

PRODUCTS = [models.TechnologyGuidePage, models.GuidelinePage, models.CaseExamplePage]


def can_create_at(parent_model, child_model):
    """Wagtail's assertCanCreateAt rule, as a boolean."""
    return child_model in parent_model.allowed_subpage_models() and (
        parent_model in child_model.allowed_parent_page_models()
    )


@pytest.mark.parametrize(
    "child",
    [*PRODUCTS, models.ScenarioPage, models.GlossaryPage],
)
def test_products_scenarios_and_glossary_live_under_the_framework_index(child):
    assert can_create_at(models.FrameworkIndexPage, child)
    assert not can_create_at(models.HomePage, child)
    assert not can_create_at(models.ContentPage, child)


def test_the_product_base_cannot_be_created():
    assert not models.ProductPage.is_creatable
    assert all(model.is_creatable for model in PRODUCTS)
    assert models.ProductPage not in models.FrameworkIndexPage.creatable_subpage_models()


@pytest.mark.parametrize("parent", [*PRODUCTS, models.ScenarioPage, models.GlossaryPage])
def test_leaf_pages_have_no_children(parent):
    assert parent.allowed_subpage_models() == []


def test_home_page_takes_the_framework_index_and_content_pages():
    assert can_create_at(Page, models.HomePage)
    assert can_create_at(models.HomePage, models.FrameworkIndexPage)
    assert can_create_at(models.HomePage, models.ContentPage)
    assert can_create_at(models.ContentPage, models.ContentPage)
    assert not can_create_at(models.FrameworkIndexPage, models.ContentPage)


def test_only_one_glossary_and_one_framework_index_per_parent(home, index):
    GlossaryPageFactory(parent=index)
    assert not models.GlossaryPage.can_create_at(index)
    assert not models.FrameworkIndexPage.can_create_at(home)


def test_locales_for_every_content_language_exist(db):
    from wagtail.models import Locale

    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {"en", "nl", "de", "it", "da"} <= codes


def test_product_page_shows_chips_linking_to_filtered_browse(client, index):
    flood = HazardFactory(name="Flood", slug="flood")
    page = TechnologyGuidePageFactory(
        parent=index, title="River level alerts", taxonomies={"hazards": [flood]}
    )
    page.countries = ["DK"]
    page.save()
    html = client.get(page.url).content.decode()
    assert '<a class="chip" href="/en/framework/?hazard=flood">Flood</a>' in html
    assert '<a class="chip" href="/en/framework/?country=DK">Denmark</a>' in html


def test_product_page_head_has_summary_description_canonical_and_opengraph(client, index):
    page = CaseExamplePageFactory(
        parent=index, title="Storm reports", summary="Citizens mapped damage."
    )
    html = client.get(page.url).content.decode()
    assert '<meta name="description" content="Citizens mapped damage.">' in html
    assert f'<link rel="canonical" href="{page.full_url}">' in html
    assert '<meta property="og:title" content="Storm reports">' in html
    assert '<meta property="og:description" content="Citizens mapped damage.">' in html
    assert 'type="application/atom+xml"' in html
    assert html.count("<h1") == 1


def test_product_page_has_a_citation_with_title_site_year_url_and_access_date(client, index):
    page = CaseExamplePageFactory(parent=index, title="Storm reports")
    html = client.get(page.url).content.decode()
    today = timezone.localdate()
    assert (
        f"Storm reports. LINKS Community Center, {page.citation_year}. {page.full_url} "
        f"(accessed {today:%Y-%m-%d})." in html
    )


def test_product_not_reviewed_for_two_years_is_marked_as_possibly_out_of_date(client, index):
    old = CaseExamplePageFactory(
        parent=index, last_reviewed=timezone.localdate() - datetime.timedelta(days=800)
    )
    fresh = CaseExamplePageFactory(parent=index)
    assert old.is_stale and not fresh.is_stale
    assert "may be out of date" in client.get(old.url).content.decode()
    assert "may be out of date" not in client.get(fresh.url).content.decode()


def test_follow_targets_list_the_page_its_tags_and_taxonomies(index):
    flood = HazardFactory(name="Flood", slug="flood")
    page = TechnologyGuidePageFactory(parent=index, taxonomies={"hazards": [flood]})
    page.tags.add("maps")
    page.save()
    targets = page.follow_targets()
    assert targets[0] == page
    assert flood in targets
    assert "maps" in [str(target) for target in targets]


def test_technology_functions_reject_unknown_keys(index):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        TechnologyGuidePageFactory(parent=index, functions=["mapping", "teleportation"])
    page = TechnologyGuidePageFactory(parent=index)
    page.functions = ["mapping", "alerting"]
    page.full_clean()
    assert page.function_labels == ["Mapping", "Alerting"]
