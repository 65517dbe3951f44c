"""Root URLs: language-neutral endpoints first, then everything under a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from framework.sitemap import LocalizedSitemap
from lcc import views
from lcc.health import health
from learning_paths.sitemaps import LearningPathSitemap

urlpatterns = [
    path("health/", health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="lcc/robots.txt", content_type="text/plain"),
    ),
    # One sitemap for the whole site: framework pages in every language, and learning paths.
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": LocalizedSitemap, "learning": LearningPathSitemap}},
        name="sitemap",
    ),
    path("", include("framework.urls_root")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("account/", views.account_menu, name="account_menu"),
    path("about/", views.StaticPageView.as_view(template_name="lcc/about.html"), name="about"),
    path(
        "privacy/", views.StaticPageView.as_view(template_name="lcc/privacy.html"), name="privacy"
    ),
    path(
        "accessibility/",
        views.StaticPageView.as_view(template_name="lcc/accessibility.html"),
        name="accessibility",
    ),
    path("contribute/", include("framework.contributions.urls")),
    path("", include("framework.urls")),
    path("community/", include("community.urls")),
    path("notifications/", include("community.notifications.urls")),
    path("learning/", include("learning_paths.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.LCC_BENCH_BASELINE:
    # The benchmark's ceiling: the same server and middleware, no view work (bench/run.py).
    urlpatterns.insert(0, path("bench/hello/", views.hello, name="bench_hello"))

handler404 = "lcc.views.page_not_found"
handler500 = "lcc.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
