"""Sitemap of every locale's live, public pages (Wagtail's covers only the default root)."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for translation in root.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(translation, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
