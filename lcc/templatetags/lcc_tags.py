"""Site-wide template tags: navigation state and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language

register = template.Library()


def _page_translation_url(page, language_code):
    """URL of ``page`` in another language, or None when it has no such translation."""
    from wagtail.models import Locale

    try:
        locale = Locale.objects.get_for_language(language_code)
    except Locale.DoesNotExist:
        return None
    translation = page.get_translation_or_none(locale)
    if translation is None or not translation.live:
        return None
    return translation.url


def language_urls(context):
    """(code, name, url) for every language, keeping the visitor on the same page."""
    request = context.get("request")
    page = context.get("page")
    path = request.get_full_path() if request else "/"
    result = []
    for code, name in settings.LANGUAGES:
        url = None
        if page is not None and hasattr(page, "get_translation_or_none"):
            url = _page_translation_url(page, code)
        if url is None:
            url = translate_url(path, code)
            if url == path and code != get_language():
                url = f"/{code}/"
        result.append((code, name, url))
    return result


@register.simple_tag(takes_context=True)
def language_switcher(context):
    current = get_language()
    items = []
    for code, name, url in language_urls(context):
        if code == current:
            items.append(
                format_html(
                    '<li><a href="{}" lang="{}" hreflang="{}" aria-current="true">{}</a></li>',
                    url,
                    code,
                    code,
                    name,
                )
            )
        else:
            items.append(
                format_html(
                    '<li><a href="{}" lang="{}" hreflang="{}">{}</a></li>', url, code, code, name
                )
            )
    return format_html("<ul>{}</ul>", format_html_join("", "{}", ((item,) for item in items)))


@register.simple_tag(takes_context=True)
def alternate_language_links(context):
    links = (
        (settings.SITE_URL + url if url.startswith("/") else url, code)
        for code, _name, url in language_urls(context)
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
