"""The pages every browser check visits, by name, resolved against the demo content.

Names rather than literal URLs: slugs in the demo content may change, the kind of page stays.
A resolver runs with the database unblocked and the language active, and returns a path
(with a query string where the page needs one).
"""

from django.urls import reverse
from django.utils import translation

LANGUAGES = ("en", "nl")


def _live_page(model_path, language):
    from django.utils.module_loading import import_string
    from wagtail.models import Locale

    model = import_string(model_path)
    locale = Locale.objects.get(language_code=language)
    page = model.objects.live().filter(locale=locale).order_by("path").first()
    assert page is not None, f"no live {model.__name__} in {language} in the demo content"
    return page.url


def _page(model_path):
    return lambda language: _live_page(model_path, language)


def _first(model_path, **filters):
    def resolve(language):
        from django.utils.module_loading import import_string

        model = import_string(model_path)
        item = model.objects.filter(**filters).order_by("pk").first()
        assert item is not None, f"no {model.__name__} matching {filters} in the demo content"
        return item.get_absolute_url()

    return resolve


def _first_step(language):
    from learning_paths.models import LearningPath

    path = LearningPath.objects.filter(live=True).order_by("pk").first()
    assert path is not None, "no live learning path in the demo content"
    return reverse("learning_paths:step", args=[path.slug, 1])


def _fixed(url_name, query=""):
    return lambda language: reverse(url_name) + query


def _prefixed(suffix):
    return lambda language: f"/{language}/{suffix}"


PUBLIC_PAGES = {
    "home": _prefixed(""),
    "browse": _prefixed("framework/"),
    "browse-two-filters": _prefixed("framework/?hazard=flood&phase=response"),
    "search-results": _fixed("search", "?q=volunteers"),
    "technology-guide": _page("framework.models.TechnologyGuidePage"),
    "guideline": _page("framework.models.GuidelinePage"),
    "case-example": _page("framework.models.CaseExamplePage"),
    "scenario": _page("framework.models.ScenarioPage"),
    "glossary": _page("framework.models.GlossaryPage"),
    "path-list": _fixed("learning_paths:index"),
    "path": _first("learning_paths.models.LearningPath", live=True),
    "step": _first_step,
    "community": _fixed("community:index"),
    "threads": _fixed("community:threads"),
    "members": _fixed("community:members"),
    "thread": _first("community.models.Thread"),
    "profile": _first("community.models.Profile", visibility="public"),
    "path-guide": _fixed("learning_paths:guide"),
    "certificate-check": _fixed("learning_paths:verify_certificate"),
    "unanswered": _fixed("community:unanswered"),
    "category": _first("community.models.Category"),
    "sign-up": _fixed("account_signup"),
    "log-in": _fixed("account_login"),
    "password-reset": _fixed("account_reset_password"),
    "confirmation-sent": _fixed("account_email_verification_sent"),
    "about": _fixed("about"),
    "privacy": _fixed("privacy"),
    "accessibility": _fixed("accessibility"),
    "not-found": _prefixed("no-such-page/"),
}

# Seen by a signed-in member.
MEMBER_PAGES = {
    "my-account": _fixed("account_menu"),
    "e-mail-addresses": _fixed("account_email"),
    "password-change": _fixed("account_change_password"),
    "log-out": _fixed("account_logout"),
    "your-data": _fixed("community:your_data"),
    "contribute": _fixed("contributions:start"),
    "propose-a-case": lambda language: reverse("contributions:propose", args=["case-example"]),
    "my-contributions": _fixed("contributions:mine"),
    "my-learning": _fixed("learning_paths:dashboard"),
    "new-thread": _fixed("community:thread_new"),
    "edit-profile": _fixed("community:profile_edit"),
    "notifications": _fixed("notifications:index"),
    "notification-settings": _fixed("notifications:preferences"),
}

EXPECTED_STATUS = {"not-found": 404}


def resolve(name, language):
    resolver = PUBLIC_PAGES.get(name) or MEMBER_PAGES[name]
    with translation.override(language):
        return resolver(language)


def page_ids():
    """(name, language, member?) for every page, in a stable order for parametrisation."""
    ids = [(name, lang, False) for name in PUBLIC_PAGES for lang in LANGUAGES]
    return ids + [(name, lang, True) for name in MEMBER_PAGES for lang in LANGUAGES]
