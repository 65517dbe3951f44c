"""Template tags for framework pages: glossary links, browse links and product cards."""

from urllib.parse import urlencode

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from framework.caching import cached, prefetch
from framework.text import glossary_terms, link_terms

CARD_TEMPLATE = "framework/includes/product_card.html"

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


@register.simple_tag(takes_context=True)
def product_cards(context, products):
    """The cards of ``products``, as ``{% include "framework/includes/product_card.html" %}``
    for each would render them.

    A card shows only its product's content (cached data follow the generation), the
    language of the page and the site its link is relative to, so its HTML is cached per
    generation under those: a list of cards costs one cache read. Search results carry an
    excerpt of the query and are rendered each time.
    """
    products = list(products)
    card = context.template.engine.get_template(CARD_TEMPLATE)
    request = context.get("request")
    site = getattr(request, "_wagtail_site", None) if request is not None else None
    if site is None and request is not None:
        from wagtail.models import Site

        site = Site.find_for_request(request)
    prefix = f"card:{get_language()}:{getattr(site, 'pk', '')}"
    names = {
        product.pk: f"{prefix}:{product.pk}:{product.fallback_language or ''}"
        for product in products
        if not product.excerpt
    }
    prefetch(*names.values())

    def render(product):
        with context.push(product=product):
            return card.render(context)

    parts = []
    for product in products:
        name = names.get(product.pk)
        if name is None:
            parts.append(render(product))
        else:
            parts.append(cached(name, lambda product=product: render(product)))
    return mark_safe("".join(parts))


@register.simple_tag(takes_context=True)
def facet_form(context, form_action):
    """``{% include "framework/includes/facets.html" with form_action=... %}``, cached per
    generation: the form shows only the facets (from the search words, filters and language),
    the words, the sort and where it submits to."""
    import hashlib

    from framework.browse import sorted_filters

    form = context.template.engine.get_template("framework/includes/facets.html")
    state = (
        form_action,
        getattr(context.get("page"), "locale_id", None),
        context.get("query", ""),
        context.get("sort", ""),
        sorted_filters(context.get("filters") or {}),
    )
    digest = hashlib.sha256(repr(state).encode()).hexdigest()

    def render():
        with context.push(form_action=form_action):
            return form.render(context)

    return mark_safe(cached(f"facet-form:{get_language()}:{digest}", render))
