"""Atom feeds of new framework products, overall and per hazard, one per language."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from framework.models import Hazard, ProductPage

FEED_ITEMS = 30


def _locale(language):
    if language not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        raise Http404("Unknown language")
    try:
        return Locale.objects.get(language_code=language)
    except Locale.DoesNotExist as exc:
        raise Http404("Unknown language") from exc


class ProductFeed(Feed):
    """The newest live products of one language."""

    feed_type = Atom1Feed

    def get_object(self, request, language, hazard=None):
        translation.activate(language)
        locale = _locale(language)
        hazard_obj = None
        if hazard is not None:
            hazard_obj = Hazard.objects.filter(locale=locale, slug=hazard).first()
            if hazard_obj is None:
                raise Http404("Unknown hazard")
        return {"locale": locale, "hazard": hazard_obj, "language": language}

    def title(self, obj):
        if obj["hazard"]:
            return _("LINKS Framework: new products on %(hazard)s") % {"hazard": obj["hazard"]}
        return _("LINKS Framework: new products")

    def subtitle(self, obj):
        return _("New technology guides, guidelines and case examples.")

    def link(self, obj):
        suffix = f"?hazard={obj['hazard'].slug}" if obj["hazard"] else ""
        return f"/{obj['language']}/framework/{suffix}"

    def items(self, obj):
        products = ProductPage.objects.live().public().filter(locale=obj["locale"])
        if obj["hazard"]:
            products = products.filter(hazards=obj["hazard"])
        return products.order_by("-first_published_at")[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_guid(self, item):
        return f"{settings.SITE_URL}/page/{item.pk}"

    item_guid_is_permalink = False
