"""Glossary links in product text, and related products."""

from framework.models import GlossaryTerm, RelatedProduct
from framework.related import related_products
from framework.text import link_terms
from tests.framework.factories import (
    CaseExamplePageFactory,
    GlossaryPageFactory,
    GuidelinePageFactory,
    HazardFactory,
    SmcsPurposeFactory,
)

TERMS = [("early warning", "early-warning"), ("warning", "warning")]


def test_only_the_first_occurrence_of_each_term_is_linked():
    html = link_terms("<p>Early warning first. Early warning again.</p>", "/g/", TERMS, set())
    assert html.count('href="/g/#early-warning"') == 1
    assert '<a class="glossary-link" href="/g/#early-warning">Early warning</a> first' in html


def test_terms_inside_links_and_tags_are_left_alone():
    html = link_terms('<p><a href="/warning">warning</a> and warning</p>', "/g/", TERMS, set())
    assert html.count("glossary-link") == 1
    assert html.endswith('and <a class="glossary-link" href="/g/#warning">warning</a></p>')
    assert link_terms('<img alt="warning">', "/g/", TERMS, set()) == '<img alt="warning">'


def test_terms_are_linked_once_per_page_across_fields():
    linked = set()
    first = link_terms("warning", "/g/", TERMS, linked)
    second = link_terms("warning", "/g/", TERMS, linked)
    assert "glossary-link" in first and "glossary-link" not in second


def test_product_summary_links_to_the_glossary(client, index):
    glossary = GlossaryPageFactory(parent=index)
    glossary.terms.add(GlossaryTerm(term="Crowdsourcing", definition="Many people help."))
    glossary.save_revision().publish()
    page = GuidelinePageFactory(parent=index, summary="Crowdsourcing damage reports works.")
    html = client.get(page.url).content.decode()
    assert (
        '<a class="glossary-link" href="/en/framework/glossary/#crowdsourcing">Crowdsourcing</a>'
        in html
    )
    glossary_html = client.get(glossary.url).content.decode()
    assert '<dt id="crowdsourcing">Crowdsourcing</dt>' in glossary_html


def test_glossary_cache_is_refreshed_when_the_glossary_is_published(client, index):
    glossary = GlossaryPageFactory(parent=index)
    page = GuidelinePageFactory(parent=index, summary="Geofencing decides who gets the alert.")
    assert "glossary-link" not in client.get(page.url).content.decode()
    glossary.terms.add(GlossaryTerm(term="Geofencing", definition="A virtual boundary."))
    glossary.save_revision().publish()
    assert "glossary-link" in client.get(page.url).content.decode()


def test_related_products_put_hand_picked_first_then_shared_taxonomy(
    index, django_assert_max_num_queries
):
    flood = HazardFactory(name="Flood", slug="flood")
    warning = SmcsPurposeFactory(name="Early warning", slug="early-warning")
    both = {"hazards": [flood], "purposes": [warning]}
    page = GuidelinePageFactory(parent=index, title="Main", taxonomies=both)
    two = CaseExamplePageFactory(parent=index, title="Shares two", taxonomies=both)
    one = CaseExamplePageFactory(parent=index, title="Shares one", taxonomies={"hazards": [flood]})
    CaseExamplePageFactory(parent=index, title="Shares none")
    picked = CaseExamplePageFactory(parent=index, title="Picked")
    draft = CaseExamplePageFactory(parent=index, title="Draft", live=False, taxonomies=both)
    page.related_products = [RelatedProduct(page=picked), RelatedProduct(page=draft)]
    page.save()
    with django_assert_max_num_queries(10):
        result = related_products(page)
    assert [p.title for p in result] == ["Picked", "Shares two", "Shares one"]
    assert {p.pk for p in result} == {picked.pk, two.pk, one.pk}
