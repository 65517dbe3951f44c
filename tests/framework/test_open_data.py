"""API, exports, feeds and sitemap — and that drafts never leak into any of them."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from tests.framework.factories import (
    CaseExamplePageFactory,
    GuidelinePageFactory,
    HazardFactory,
    TechnologyGuidePageFactory,
)

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def products(index):
    flood = HazardFactory(name="Flood", slug="flood")
    live = TechnologyGuidePageFactory(
        parent=index,
        title="Flood radar",
        summary="Watches river gauges.",
        taxonomies={"hazards": [flood]},
    )
    live.countries = ["DK"]
    live.save()
    draft = GuidelinePageFactory(
        parent=index, title="Secret draft", summary="Secret draft words.", live=False
    )
    withdrawn = CaseExamplePageFactory(
        parent=index,
        title="Withdrawn case",
        summary="Secret withdrawn words.",
        taxonomies={"hazards": [flood]},
    )
    withdrawn.unpublish()
    return live, draft, withdrawn


def test_api_lists_products_with_taxonomy_names_and_slugs(client, products):
    response = client.get(
        "/api/v2/pages/",
        {"type": "framework.TechnologyGuidePage", "fields": "summary,hazards,countries,functions"},
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Flood radar"]
    assert items[0]["hazards"] == [{"name": "Flood", "slug": "flood"}]
    assert items[0]["countries"] == [{"code": "DK", "name": "Denmark"}]
    assert items[0]["functions"] == [{"key": "search-monitor", "label": "Search & monitor"}]


def test_api_bad_field_is_a_client_error(client, products):
    response = client.get(
        "/api/v2/pages/", {"type": "framework.TechnologyGuidePage", "fields": "nope"}
    )
    assert response.status_code == 400


def test_atom_feed_is_valid_and_lists_live_products(client, products):
    response = client.get("/framework/feeds/en/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    titles = [entry.find(f"{ATOM}title").text for entry in root.iter(f"{ATOM}entry")]
    assert titles == ["Flood radar"]


def test_hazard_feed_and_unknown_hazard_or_language(client, products):
    root = ET.fromstring(client.get("/framework/feeds/en/hazard/flood/").content)
    assert "Flood" in root.find(f"{ATOM}title").text
    assert len(list(root.iter(f"{ATOM}entry"))) == 1
    # A 404 outside the language prefix is redirected to the prefixed path, which is a 404 too.
    assert client.get("/framework/feeds/en/hazard/nothing/", follow=True).status_code == 404
    assert client.get("/framework/feeds/xx/", follow=True).status_code == 404


def test_sitemap_is_valid_and_holds_only_live_pages(client, products):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = [loc.text for loc in root.iter(f"{SITEMAP}loc")]
    assert any(url.endswith("/en/framework/flood-radar/") for url in locations)
    assert not any("secret" in url or "withdrawn" in url for url in locations)


def test_csv_and_json_exports_hold_the_live_catalogue(client, products):
    response = client.get("/framework/export.csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["title"] for row in rows] == ["Flood radar"]
    assert rows[0]["hazards"] == "flood" and rows[0]["type"] == "technology-guide"
    data = json.loads(client.get("/framework/export.json").content)
    assert [item["title"] for item in data["products"]] == ["Flood radar"]
    assert data["products"][0]["countries"] == ["DK"]


def test_exports_use_a_fixed_number_of_queries(client, index, django_assert_max_num_queries):
    flood = HazardFactory(name="Flood", slug="flood")
    for number in range(15):
        GuidelinePageFactory(parent=index, title=f"G{number}", taxonomies={"hazards": [flood]})
    with django_assert_max_num_queries(15):
        client.get("/framework/export.json")


def test_drafts_and_unpublished_pages_never_show_to_anonymous_visitors(client, products):
    live, draft, withdrawn = products
    pages = [
        "/en/framework/",
        "/en/framework/?hazard=flood",
        "/en/search/?q=secret",
        "/en/search/?q=withdrawn",
        "/api/v2/pages/?search=secret",
        "/api/v2/pages/?type=framework.ProductPage",
        "/framework/feeds/en/",
        "/framework/feeds/en/hazard/flood/",
        "/framework/export.json",
        "/sitemap.xml",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert "Secret draft" not in body and "Withdrawn case" not in body, url
    csv_body = b"".join(client.get("/framework/export.csv").streaming_content).decode()
    assert "Secret" not in csv_body and "Withdrawn" not in csv_body
    assert client.get(draft.url or "/en/framework/secret-draft/").status_code == 404
    assert client.get(f"/api/v2/pages/{draft.pk}/", follow=True).status_code == 404
