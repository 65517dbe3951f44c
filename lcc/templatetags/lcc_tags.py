"""Site-wide template tags: navigation state and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()


def _is_wagtail_page(obj):
    return obj is not None and hasattr(obj, "get_translation_or_none") and obj.pk


def _page_language_urls(page, request):
    """{language: (url, exact)} for a Wagtail page, in two queries.

    ``exact`` is True when the page itself is translated. Otherwise the link goes to
    the nearest translated ancestor (the framework index, the home page), so the
    switcher never leads to a 404.
    """
    from wagtail.models import Page

    depth_of = dict(page.get_ancestors(inclusive=True).values_list("translation_key", "depth"))
    best = {}
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=depth_of)
        .select_related("locale")
        .only("id", "url_path", "depth", "translation_key", "locale__language_code")
    )
    for candidate in candidates:
        code = candidate.locale.language_code
        if code not in best or candidate.depth > best[code].depth:
            best[code] = candidate
    return {
        code: (found.get_url(request), found.translation_key == page.translation_key)
        for code, found in best.items()
    }


def language_urls(context):
    """(code, name, url, exact) for every language, keeping the visitor on the same page.

    Computed once per render and kept on the request: the switcher and the
    alternate links in <head> both use it.
    """
    request = context.get("request")
    cached = getattr(request, "_lcc_language_urls", None)
    if cached is not None:
        return cached
    page = context.get("page")
    path = request.get_full_path() if request else "/"
    page_urls = _page_language_urls(page, request) if _is_wagtail_page(page) else {}
    result = []
    for code, name in settings.LANGUAGES:
        if page_urls:
            url, exact = page_urls.get(code, (f"/{code}/", False))
        else:
            url, exact = translate_url(path, code), True
            if url == path and code != get_language():
                url, exact = f"/{code}/", False
        result.append((code, name, url, exact))
    if request is not None:
        request._lcc_language_urls = result
    return result


@register.simple_tag(takes_context=True)
def language_switcher(context):
    current = get_language()
    items = []
    for code, name, url, _exact in language_urls(context):
        current_attr = mark_safe(' aria-current="true"') if code == current else ""
        items.append(
            format_html(
                '<li><a href="{}" lang="{}" hreflang="{}"{}>{}</a></li>',
                url,
                code,
                code,
                current_attr,
                name,
            )
        )
    return format_html("<ul>{}</ul>", format_html_join("", "{}", ((item,) for item in items)))


@register.simple_tag(takes_context=True)
def alternate_language_links(context):
    """<link rel="alternate" hreflang> for the languages this very page exists in."""
    links = (
        (settings.SITE_URL + url if url.startswith("/") else url, code)
        for code, _name, url, exact in language_urls(context)
        if exact
    )
    return format_html_join("\n  ", '<link rel="alternate" href="{}" hreflang="{}">', links)


@register.simple_tag(takes_context=True)
def nav_link(context, url, label):
    """A navigation link marked ``aria-current`` when the visitor is inside its section."""
    request = context.get("request")
    current = request is not None and request.path.startswith(url)
    if current:
        return format_html('<a href="{}" aria-current="page">{}</a>', url, label)
    return format_html('<a href="{}">{}</a>', url, label)


@register.simple_tag(takes_context=True)
def member_hole(context, name, *args):
    """A personal part of a page (see lcc/member_cache.py): filled per request for members.

    ``name`` is a key of LCC_MEMBER_CACHE_HOLES; ``args`` (numbers or short strings) are what the
    renderer needs besides the request. Anonymous visitors get the rendered part directly.
    """
    from lcc.member_cache import hole

    return hole(context.get("request"), name, args)
