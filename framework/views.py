"""Browse (served by the framework index page) and site search."""

import hashlib
import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from wagtail.search.backends import get_search_backend

from framework import browse as facets
from framework import localization
from framework.caching import cached, prefetch
from framework.localization import public_q
from framework.models import GlossaryPage, GlossaryTerm, ProductPage
from framework.models.pages import page_ancestors
from framework.text import glossary_terms, has_match, highlight, stream_text

logger = logging.getLogger(__name__)

PER_PAGE = 20
MAX_SEARCH_HITS = 500
MAX_QUERY_LENGTH = 200
#: Ranked search ids are kept shorter than other derived data: queries rarely repeat.
SEARCH_CACHE_SECONDS = 15 * 60


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


def _hit_ids(hits):
    """The ids of search results without building a page object per hit.

    The database backends expose the ranked, sliced queryset; any other backend falls back
    to reading the ids from its result objects.
    """
    get_queryset = getattr(hits, "get_queryset", None)
    if get_queryset is not None:
        return list(get_queryset().values_list("pk", flat=True))
    return [page.pk for page in hits]


def _ranked_ids(language, query):
    """Product ids in relevance order from the search backend: live pages in the reader's
    language or the default language (the fallback filter is applied afterwards).

    Cached per generation, language and query, so paging, sorting and filtering the same
    search rank once.
    """

    def compute():
        ids = localization.locale_ids()
        locales = {ids.get(language), ids.get(localization.default_language())} - {None}
        hits = ProductPage.objects.live().filter(locale__in=list(locales)).search(query)
        return _hit_ids(hits[:MAX_SEARCH_HITS])

    return cached(_ranked_name(language, query), compute, timeout=SEARCH_CACHE_SECONDS)


def _ranked_name(language, query):
    return f"ranked:{hashlib.sha256(f'{language}:{query}'.encode()).hexdigest()}"


def _relevance_page(request, ranked, matching, cache_name):
    """One page of the ranked ids that pass the filters; the filtered ids are cached like the
    facet counts of the same result set."""

    def compute():
        ids = set(matching.values_list("pk", flat=True))
        return [pk for pk in ranked if pk in ids]

    ordered_ids = cached(f"relevance:{cache_name}", compute, timeout=SEARCH_CACHE_SECONDS)
    page_obj = Paginator(ordered_ids, PER_PAGE).get_page(_page_number(request))
    by_id = ProductPage.objects.in_bulk(list(page_obj.object_list))
    page_obj.object_list = [by_id[pk] for pk in page_obj.object_list if pk in by_id]
    return page_obj


def product_results(request, language, query):
    """Filtered, faceted, sorted and paginated products: the core of browse and search.

    ``language`` is the reader's: products are shown in it where translated, else in the
    default language (see :mod:`framework.localization`); facets count the same set.
    """
    filters = facets.parse_filters(request.GET)
    base = facets.live_products(language)
    ranked = None
    if query:
        ranked = _ranked_ids(language, query)
        base = base.filter(pk__in=ranked)
    matching = facets.apply_filters(base, filters, language)
    counts = facets.facet_counts(base, filters, language, cache_name=query)
    sort = _sort(request, query)
    if sort == "relevance":
        digest = facets.result_set_digest(language, filters, query)
        page_obj = _relevance_page(request, ranked, matching, digest)
    else:
        listing = _ordered(matching, sort)
        if not query:  # cards never show the body; search excerpts may
            listing = listing.defer("body", "sources")
        paginator = Paginator(listing, PER_PAGE)
        paginator.count = facets.matching_count(counts, filters)  # instead of a COUNT query
        page_obj = paginator.get_page(_page_number(request))
        page_obj.object_list = list(page_obj.object_list)
    facets.prefetch_cards(page_obj.object_list, language)
    return {
        "facets": facets.facets_for(base, filters, language, cache_name=query, counts=counts),
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
    language = localization.language_of(index_page.locale_id)
    context = product_results(request, language, query)
    context.update(page=index_page, self=index_page, query=query, browse_url=index_page.url)
    context["ancestors"] = page_ancestors(index_page, request)
    return render(request, "framework/browse.html", context)


def _glossary_hits(language, query):
    """Matching glossary terms of the reader's language (one search query), cached per
    generation like the ranked product ids."""
    return cached(
        _glossary_hits_name(language, query),
        lambda: _search_glossary(language, query),
        timeout=SEARCH_CACHE_SECONDS,
    )


def _glossary_hits_name(language, query):
    return f"glossary-hits:{hashlib.sha256(f'{language}:{query}'.encode()).hexdigest()}"


def _search_glossary(language, query):
    locale_id = localization.locale_ids().get(language)
    glossary_url, _terms = glossary_terms(locale_id)
    glossary_ids = localization.cached_ids(
        f"glossaries:{language}",
        lambda: GlossaryPage.objects.live().filter(public_q(), locale_id=locale_id),
    )
    if not glossary_ids or not glossary_url:
        return []
    terms = get_search_backend().search(
        query, GlossaryTerm.objects.filter(glossary__in=glossary_ids)
    )
    return [
        {
            "term": term.term,
            "url": f"{glossary_url}#{term.slug}",
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
    language = localization.current_language()
    digest = facets.result_set_digest(language, facets.parse_filters(request.GET), query)
    prefetch(  # what a search reads from the cache, in one round trip
        "site-structure",
        "taxonomy-values",
        f"index-url:{language}",
        f"glossaries:{language}",
        _ranked_name(language, query),
        _glossary_hits_name(language, query),
        f"facets:{digest}",
        f"relevance:{digest}",
    )
    context = {
        "query": query,
        "browse_url": localization.framework_index_url(language),
        "too_long": len(request.GET.get("q", "")) > MAX_QUERY_LENGTH,
    }
    if query:
        context.update(product_results(request, language, query))
        for page in context["results"]:
            page.excerpt = _excerpt(page, query)
        context["glossary_results"] = _glossary_hits(language, query)
        context["other_results"] = _provider_results(request, query)
        if not context["results"]:
            context["suggestions"] = _suggestions(language)
    return render(request, "framework/search.html", context)


def _suggestions(language):
    """A few hazards and purposes to try when nothing matched (cached names)."""
    from framework.models import Hazard, SmcsPurpose

    hazards = [name for _slug, name, _key in facets.taxonomy_values(Hazard, language)[:5]]
    purposes = [name for _slug, name, _key in facets.taxonomy_values(SmcsPurpose, language)[:3]]
    return hazards + purposes or [_("flood"), _("early warning"), _("volunteers")]
