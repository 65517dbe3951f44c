"""Language-neutral framework endpoints (API, feeds, sitemap). Filled by the framework app."""

urlpatterns = []
