from django.conf import settings


def site(request):
    """Values every template may use: the site's name and absolute base URL."""
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME, "SITE_URL": settings.SITE_URL}
