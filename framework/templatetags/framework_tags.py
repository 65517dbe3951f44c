"""Template tags for framework pages: glossary links and browse links."""

from urllib.parse import urlencode

from django import template
from django.utils.html import escape, format_html

from framework.text import glossary_terms, link_terms

register = template.Library()


def _page_locale_id(context):
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        from wagtail.models import Locale

        locale_id = Locale.get_active().pk
    return locale_id


def _linked_set(context):
    """Slugs already linked on this page, kept on the request so blocks share it."""
    request = context.get("request")
    holder = request if request is not None else context
    linked = getattr(holder, "_glossary_linked", None)
    if linked is None:
        linked = set()
        holder._glossary_linked = linked
    return linked


@register.simple_tag(takes_context=True)
def glossary_links(context, value, plain=False):
    """Link glossary terms in ``value`` (rich-text HTML, or plain text when ``plain``).

    Each term is linked once per page, at its first occurrence.
    """
    html = escape(value) if plain else str(value)
    url, terms = glossary_terms(_page_locale_id(context))
    return link_terms(html, url, terms, _linked_set(context))


@register.simple_tag
def browse_link(browse_url, key, value, label):
    """A chip linking to browse filtered on one facet value."""
    href = f"{browse_url}?{urlencode({key: value})}"
    return format_html('<a class="chip" href="{}">{}</a>', href, label)
