"""Sitemap of live learning paths (for the site's sitemap index; see the app's report)."""

from django.contrib.sitemaps import Sitemap

from learning_paths.models import LearningPath


class LearningPathSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return LearningPath.objects.live().order_by("pk")

    def lastmod(self, path):
        return path.last_published_at
