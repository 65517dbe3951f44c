"""Products in the visitor's language, falling back to the original in the default language.

A visitor reading in Dutch sees each product's live Dutch translation where one exists and
otherwise the live original in the default language (English), marked as such. The visible set
is one queryset (current-locale products plus default-locale products whose translation key has
no live translation in the current locale: one subquery), so browse, search, facets, the home
page and scenario pages all count and list the same products with a bounded number of queries.
"""

from django.conf import settings
from django.db.models import F, Q, Value
from django.utils.translation import get_language, get_language_info, gettext
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction

from framework.caching import cached


def _site_structure():
    """Locales and view-restricted paths, which rarely change, in one UNION query."""
    locales = Locale.objects.order_by().annotate(kind=Value("locale"), text=F("language_code"))
    restricted = PageViewRestriction.objects.order_by().annotate(
        kind=Value("restricted"), text=F("page__path")
    )
    rows = locales.values_list("kind", "text", "pk").union(
        restricted.values_list("kind", "text", "pk"), all=True
    )
    structure = {"locales": {}, "restricted": []}
    for kind, text, pk in rows:
        if kind == "locale":
            structure["locales"][text] = pk
        else:
            structure["restricted"].append(text)
    return structure


def locale_ids():
    """{language code: locale id}, cached (the table changes only when languages are added)."""
    return cached("site-structure", _site_structure)["locales"]


def default_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def current_language():
    """The content language of the request (the URL's language prefix)."""
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return default_language()


def language_of(locale_id):
    by_id = {pk: code for code, pk in locale_ids().items()}
    return by_id.get(locale_id, default_language())


def restricted_paths():
    """Tree paths of pages with a view restriction (private sections), cached."""
    return cached("site-structure", _site_structure)["restricted"]


def public_q():
    """Like ``PageQuerySet.public()``, without a query per call."""
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return ~private if private else Q()


def visible(queryset, language):
    """Live public pages of ``queryset`` for readers of ``language``, with the fallback."""
    queryset = queryset.live().filter(public_q())
    ids = locale_ids()
    current, default = ids.get(language), ids.get(default_language())
    if current is None or current == default:
        return queryset.filter(locale_id=default)
    translated = Page.objects.live().filter(locale_id=current).values("translation_key")
    return queryset.filter(
        Q(locale_id=current) | Q(locale_id=default) & ~Q(translation_key__in=translated)
    )


def fallback_label(language):
    """The small label next to a product shown in another language, e.g. "In English"."""
    if language == "en":
        return gettext("In English")
    name = get_language_info(language)["name_translated"]
    return gettext("In %(language)s") % {"language": name}


def mark_fallbacks(pages, language):
    """Set ``fallback_language`` (and its label) on pages not in the reader's language."""
    current = locale_ids().get(language)
    for page in pages:
        if page.locale_id != current:
            page.fallback_language = language_of(page.locale_id)
            page.fallback_label = fallback_label(page.fallback_language)
    return pages


def is_public(page):
    return page.live and not any(page.path.startswith(path) for path in restricted_paths())


def resolve_picks(queryset, page_ids, language):
    """Hand-picked pages in order, each as its live translation in ``language`` where there is
    one, else the picked page itself if it is live and public (one query)."""
    if not page_ids:
        return []
    current = locale_ids().get(language)
    picked_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    candidates = queryset.filter(
        Q(pk__in=page_ids) | Q(locale_id=current, translation_key__in=picked_keys)
    )
    by_id, translated = {}, {}
    for page in candidates:
        by_id[page.pk] = page
        if page.locale_id == current and is_public(page):
            translated[page.translation_key] = page
    result, seen = [], set()
    for pk in page_ids:
        page = by_id.get(pk)
        if page is None:
            continue
        choice = translated.get(page.translation_key) or (page if is_public(page) else None)
        if choice is not None and choice.pk not in seen:
            seen.add(choice.pk)
            result.append(choice)
    return result


def cached_ids(name, make_queryset):
    """The ids of ``make_queryset()``, cached per generation."""
    return cached(name, lambda: list(make_queryset().values_list("pk", flat=True)))


def framework_index_url(language):
    """The URL of the live framework index (browse) in ``language``, or "" (cached)."""
    from framework.models import FrameworkIndexPage

    def compute():
        locale_id = locale_ids().get(language)
        index = FrameworkIndexPage.objects.live().filter(locale_id=locale_id).first()
        return (index.url or "") if index else ""

    return cached(f"index-url:{language}", compute)
