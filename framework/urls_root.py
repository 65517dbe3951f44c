"""Language-neutral framework endpoints: API, exports, feeds and the sitemap."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from framework import exports
from framework.api import api_router
from framework.feeds import ProductFeed
from framework.sitemap import LocalizedSitemap

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("framework/export.csv", exports.export_csv, name="framework_export_csv"),
    path("framework/export.json", exports.export_json, name="framework_export_json"),
    path("framework/feeds/<str:language>/", ProductFeed(), name="framework_feed"),
    path(
        "framework/feeds/<str:language>/hazard/<slug:hazard>/",
        ProductFeed(),
        name="framework_hazard_feed",
    ),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": LocalizedSitemap}},
        name="sitemap",
    ),
]
