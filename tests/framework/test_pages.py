"""Page tree rules and what a product page shows."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from framework import models
from framework.caching import bump_generation
from tests.framework.factories import (
    CaseExamplePageFactory,
    GlossaryPageFactory,
    GuidelinePageFactory,
    HazardFactory,
    ScenarioPageFactory,
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


def test_product_header_credits_a_member_with_a_public_profile(client, index, make_user):
    user = make_user("ada@example.org")
    profile = user.profile  # created by the community app; read by attribute only
    profile.display_name, profile.visibility = "Ada Rossi", "public"
    profile.save()
    page = CaseExamplePageFactory(parent=index, title="Storm reports", contributor=user)
    html = client.get(page.url).content.decode()
    header = html.split("<header", 2)[2].split("</header>")[0]
    assert '<p class="meta contribution-credit">Contributed by' in header
    assert "Ada Rossi" in header
    assert "Was this page useful?" in html  # K's feedback form stays in the article


def test_product_without_a_contributor_has_no_credit(client, index):
    page = CaseExamplePageFactory(parent=index)
    assert "contribution-credit" not in client.get(page.url).content.decode()


@pytest.mark.parametrize("path", ["/en/", "/en/framework/"])
def test_home_and_browse_invite_members_to_propose_knowledge(client, index, path):
    html = client.get(path).content.decode()
    assert '<a class="button" href="/en/contribute/">' in html or 'href="/en/contribute/"' in html
    assert "Propose a case, technology or guideline" in html


def test_browse_and_search_result_headings_are_plain_headings(client, index):
    TechnologyGuidePageFactory(parent=index, title="River level alerts")
    for url in ["/en/framework/", "/en/search/?q=river"]:
        html = client.get(url).content.decode()
        assert 'role="status"' not in html.split("<main", 1)[1]


def test_preview_shows_unsaved_classification_without_caching_it(client, index, admin_user):
    flood = HazardFactory(name="Flood", slug="flood")
    quake = HazardFactory(name="Earthquake", slug="earthquake")
    page = TechnologyGuidePageFactory(parent=index, taxonomies={"hazards": [flood]})
    client.get(page.url)  # caches the published classification
    page.hazards.set([quake])
    request = RequestFactory().get(page.url)
    request.is_preview = True
    context = page.get_context(request)
    assert [g[2][0]["name"] for g in context["taxonomy_groups"]] == ["Earthquake"]
    html = client.get(page.url).content.decode()
    assert ">Flood</a>" in html and ">Earthquake</a>" not in html


def _cold_queries(client, url):
    bump_generation()  # the first visitor after a content change
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _warm_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _product_tree(index, count, hazards, start=0):
    pages = []
    for number in range(start, start + count):
        page = GuidelinePageFactory(
            parent=index, title=f"Guide {number}", taxonomies={"hazards": hazards}
        )
        page.tags.add("maps", f"tag-{number % 3}")
        page.save()
        pages.append(page)
    return pages


def test_framework_pages_stay_within_query_budgets_whatever_the_data_size(
    client, home, index, django_assert_max_num_queries
):
    """Anonymous visitors: at most 10 queries on a warm render, 18 on a cold one."""
    flood = HazardFactory(name="Flood", slug="flood")
    product = _product_tree(index, 8, [flood])[0]
    scenario = ScenarioPageFactory(parent=index, hazard=flood)
    urls = ["/en/", "/en/framework/", "/en/search/?q=guide", product.url, scenario.url]
    for url in urls:
        client.get(url)  # warm per-process caches (content types, site root paths)
    small = [(_cold_queries(client, url), _warm_queries(client, url)) for url in urls]
    _product_tree(index, 40, [flood], start=8)
    for url, (cold_small, warm_small) in zip(urls, small, strict=True):
        with django_assert_max_num_queries(18):
            cold = _cold_queries(client, url)
        with django_assert_max_num_queries(10):
            warm = _warm_queries(client, url)
        assert (cold, warm) == (cold_small, warm_small), url
