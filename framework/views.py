"""Browse (served by the framework index page) and site search."""

import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from framework import browse as facets
from framework.models import FrameworkIndexPage, GlossaryPage, GlossaryTerm, ProductPage
from framework.text import has_match, highlight, stream_text

logger = logging.getLogger(__name__)

PER_PAGE = 20
MAX_SEARCH_HITS = 500
MAX_QUERY_LENGTH = 200


def _page_number(request):
    return request.GET.get("page") or 1


def _sort(request, query):
    sort = request.GET.get("sort", "")
    if sort not in facets.SORTS or (sort == "relevance" and not query):
        sort = "relevance" if query else "newest"
    return sort


def _ordered(queryset, sort):
    if sort == "title":
        return queryset.order_by("title", "pk")
    return queryset.order_by("-first_published_at", "-pk")


def _ranked_ids(locale, query):
    """Product ids in relevance order from the search backend (live pages of the locale)."""
    hits = ProductPage.objects.live().filter(locale=locale).search(query)
    return [page.pk for page in hits[:MAX_SEARCH_HITS]]


def product_results(request, locale, query):
    """Filtered, faceted, sorted and paginated products: the core of browse and search."""
    filters = facets.parse_filters(request.GET)
    base = facets.live_products(locale)
    ranked = None
    if query:
        ranked = _ranked_ids(locale, query)
        base = base.filter(pk__in=ranked)
    matching = facets.apply_filters(base, filters, locale)
    sort = _sort(request, query)
    if sort == "relevance":
        ids = set(matching.values_list("pk", flat=True))
        ordered_ids = [pk for pk in ranked if pk in ids]
        page_obj = Paginator(ordered_ids, PER_PAGE).get_page(_page_number(request))
        by_id = ProductPage.objects.in_bulk(list(page_obj.object_list))
        page_obj.object_list = [by_id[pk] for pk in page_obj.object_list if pk in by_id]
    else:
        page_obj = Paginator(_ordered(matching, sort), PER_PAGE).get_page(_page_number(request))
        page_obj.object_list = list(page_obj.object_list)
    facets.prefetch_cards(page_obj.object_list)
    return {
        "facets": facets.facets_for(base, filters, locale),
        "filters": filters,
        "has_filters": bool(filters),
        "page_obj": page_obj,
        "results": page_obj.object_list,
        "sort": sort,
        "sorts": [
            (key, label) for key, label in facets.SORTS.items() if key != "relevance" or query
        ],
    }


def _query(request):
    text = request.GET.get("q", "").replace("\x00", " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def browse(request, index_page):
    """Every live product of the index page's locale, with facet filters."""
    query = _query(request)
    context = product_results(request, index_page.locale, query)
    context.update(page=index_page, self=index_page, query=query, browse_url=index_page.url)
    return render(request, "framework/browse.html", context)


def _glossary_hits(locale, query):
    glossary_ids = list(
        GlossaryPage.objects.live().public().filter(locale=locale).values_list("pk", flat=True)
    )
    if not glossary_ids:
        return []
    terms = get_search_backend().search(
        query, GlossaryTerm.objects.filter(glossary__in=glossary_ids)
    )
    glossary_urls = {page.pk: page.url for page in GlossaryPage.objects.filter(pk__in=glossary_ids)}
    return [
        {
            "term": term.term,
            "url": f"{glossary_urls[term.glossary_id]}#{term.slug}",
            "excerpt": highlight(term.definition, query),
        }
        for term in terms[:10]
    ]


def _provider_results(request, query):
    """Results from settings.LCC_SEARCH_PROVIDERS; a failing provider is logged, not fatal."""
    results = []
    for dotted_path in getattr(settings, "LCC_SEARCH_PROVIDERS", []):
        try:
            provider = import_string(dotted_path)
            results.extend(provider(request, query) or [])
        except Exception:  # noqa: BLE001 - another app's bug must not break site search
            logger.exception("Search provider %s failed", dotted_path)
    return results


def _excerpt(page, query):
    if has_match(page.summary, query) or not query:
        return highlight(page.summary, query)
    body = stream_text(page.body)
    return highlight(body if has_match(body, query) else page.summary, query)


def search(request):
    """Site search: products (faceted), glossary terms and other apps' results."""
    query = _query(request)
    locale = Locale.get_active()
    index = FrameworkIndexPage.objects.live().filter(locale=locale).first()
    context = {
        "query": query,
        "browse_url": index.url if index else "",
        "too_long": len(request.GET.get("q", "")) > MAX_QUERY_LENGTH,
    }
    if query:
        context.update(product_results(request, locale, query))
        for page in context["results"]:
            page.excerpt = _excerpt(page, query)
        context["glossary_results"] = _glossary_hits(locale, query)
        context["other_results"] = _provider_results(request, query)
        context["suggestions"] = _suggestions(locale)
    return render(request, "framework/search.html", context)


def _suggestions(locale):
    """A few hazards and purposes to try when nothing matched."""
    from framework.models import Hazard, SmcsPurpose

    hazards = list(Hazard.objects.filter(locale=locale).values_list("name", flat=True)[:5])
    purposes = list(SmcsPurpose.objects.filter(locale=locale).values_list("name", flat=True)[:3])
    return hazards + purposes or [_("flood"), _("early warning"), _("volunteers")]
