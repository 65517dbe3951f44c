"""Site pages: home, the framework index (browse), scenarios, the glossary, plain pages."""

from django.db import models
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page
from wagtail.search import index

from framework.api_fields import CountryListField, TaxonomyField
from framework.blocks import ProductStreamBlock
from framework.models.pages import (
    PRODUCT_PAGE_TYPES,
    _hero_alt_field,
    _hero_image_field,
    view_restrictions,
)


class HomePage(Page):
    """The root page of each locale's site: task- and role-led entry points."""

    intro = models.TextField(_("introduction"), blank=True)
    hero_image = _hero_image_field()
    hero_image_alt = _hero_alt_field()

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["framework.FrameworkIndexPage", "framework.ContentPage"]
    template = "framework/home_page.html"
    get_view_restrictions = view_restrictions

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [
        APIField("intro"),
        APIField("hero_image", serializer=ImageRenditionField("width-1200")),
    ]

    class Meta:
        verbose_name = _("home page")

    #: Reverse one-to-one paths from Page to each child type.
    CHILD_TYPE_PATHS = ("frameworkindexpage", "contentpage")

    def route(self, request, path_components):
        """Find the child and its specific type in one query (Wagtail's route takes two)."""
        return route_to_child(self, request, path_components)

    def cached_names(self):
        """Names of the cached data (framework.caching) that rendering this page reads."""
        from framework.home import LATEST_COUNT
        from framework.localization import current_language

        language = current_language()
        return (f"index-url:{language}", f"latest:{language}:{LATEST_COUNT}")

    def get_context(self, request, *args, **kwargs):
        from framework.home import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context


class FrameworkIndexPage(Page):
    """The framework section (slug "framework"); it serves browse with facet filters."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["framework.HomePage"]
    subpage_types = [*PRODUCT_PAGE_TYPES, "framework.ScenarioPage", "framework.GlossaryPage"]
    max_count_per_parent = 1
    template = "framework/browse.html"
    get_view_restrictions = view_restrictions

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("framework index")

    def cached_names(self):
        """Names of the cached data (framework.caching) that rendering this page reads."""
        return (f"ancestors:{self.pk}",)

    def serve(self, request, *args, **kwargs):
        from framework.views import browse

        return browse(request, self)

    #: Reverse one-to-one paths from Page to each child type, most specific last.
    CHILD_TYPE_PATHS = (
        "productpage__technologyguidepage",
        "productpage__guidelinepage",
        "productpage__caseexamplepage",
        "scenariopage",
        "glossarypage",
    )

    def route(self, request, path_components):
        """Find the child and its specific type in one query (Wagtail's route takes two)."""
        return route_to_child(self, request, path_components)


def route_to_child(page, request, path_components):
    """Wagtail's ``Page.route``, fetching the child as its specific type in one query by key:
    which page a slug names is cached per generation (moving, renaming or deleting a page
    bumps it); a cold lookup finds the child and its type in one query."""
    from django.contrib.contenttypes.models import ContentType

    from framework.caching import cached

    if not path_components:
        return Page.route(page, request, path_components)
    slug = path_components[0]
    child = None
    found = []  # the child itself when the cold lookup had to fetch it anyway

    def lookup():
        found.append(_child_by_slug(page, slug))
        return (found[0].pk, found[0].content_type_id) if found[0] else None

    reference = cached(f"child:{page.pk}:{slug}", lookup, keep_none=False)
    if found:
        child = found[0]
    elif reference is not None:
        model = ContentType.objects.get_for_id(reference[1]).model_class() or Page
        # No ordering: first() would sort by key, which costs more to build than the query.
        child = next(iter(model.objects.filter(pk=reference[0]).order_by()[:1]), None)
    if child is None:
        raise Http404
    child._cached_parent_obj = page
    return child.specific.route(request, path_components[1:])


def _child_by_slug(page, slug):
    """The child with this slug as its most specific type reachable in one query, or None."""
    child = page.get_children().filter(slug=slug).select_related(*page.CHILD_TYPE_PATHS).first()
    return _most_specific(child, page.CHILD_TYPE_PATHS) if child is not None else None


def _most_specific(page, paths):
    """The most specific instance reachable through already selected one-to-one paths."""
    from django.core.exceptions import ObjectDoesNotExist

    for path in paths:
        obj = page
        try:
            for accessor in path.split("__"):
                obj = getattr(obj, accessor)
        except ObjectDoesNotExist:
            continue
        return obj
    return page


class ScenarioProduct(Orderable):
    """A product featured on a scenario page, in the editor's order."""

    scenario = ParentalKey(
        "framework.ScenarioPage", on_delete=models.CASCADE, related_name="featured_products"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("product")
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured product")


class ScenarioPage(Page):
    """One of the LINKS scenarios (earthquakes in Italy, ...) told as a narrative."""

    hazard = models.ForeignKey(
        "framework.Hazard",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="scenarios",
        verbose_name=_("hazard"),
    )
    country = CountryField(_("country"), blank=True)
    intro = models.TextField(_("introduction"))
    narrative = StreamField(ProductStreamBlock(), blank=True, verbose_name=_("narrative"))
    hero_image = _hero_image_field()
    hero_image_alt = _hero_alt_field()

    parent_page_types = ["framework.FrameworkIndexPage"]
    subpage_types = []
    template = "framework/scenario_page.html"
    get_view_restrictions = view_restrictions

    content_panels = Page.content_panels + [
        FieldPanel("hazard"),
        FieldPanel("country"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("narrative"),
        InlinePanel("featured_products", label=_("Featured products")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=1.5),
        index.SearchField("narrative"),
        index.RelatedFields("hazard", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("hazard", serializer=TaxonomyField()),
        APIField("country", serializer=CountryListField()),
        APIField("intro"),
        APIField("narrative"),
        APIField("hero_image", serializer=ImageRenditionField("fill-1200x630")),
        APIField("hero_image_alt"),
    ]

    class Meta:
        verbose_name = _("scenario")
        verbose_name_plural = _("scenarios")

    def cached_names(self):
        """Names of the cached data (framework.caching) that rendering this page reads."""
        from framework.related import SCENARIO_MATCH_LIMIT

        return (
            f"scenario:{self.pk}:{SCENARIO_MATCH_LIMIT}",
            f"ancestors:{self.pk}",
            f"glossary-terms:{self.locale_id}",
        )

    def get_context(self, request, *args, **kwargs):
        from framework.models.pages import page_ancestors
        from framework.related import scenario_products

        context = super().get_context(request, *args, **kwargs)
        use_cache = not getattr(request, "is_preview", False)  # never cache unsaved values
        context["featured"], context["matching"] = scenario_products(self, use_cache=use_cache)
        context["ancestors"] = page_ancestors(self, request, use_cache)
        return context


class GlossaryPage(Page):
    """The A-Z glossary of the locale; product text links its terms here."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["framework.FrameworkIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "framework/glossary_page.html"
    get_view_restrictions = view_restrictions

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("terms", label=_("Terms")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields(
            "terms", [index.SearchField("term", boost=2), index.SearchField("definition")]
        ),
    ]
    api_fields = [APIField("intro"), APIField("terms")]

    class Meta:
        verbose_name = _("glossary")

    def sorted_terms(self):
        return sorted(self.terms.all(), key=lambda term: term.term.casefold())


class GlossaryTerm(index.Indexed, Orderable):
    """A term and its definition, anchored at ``#<slug>`` on the glossary page."""

    glossary = ParentalKey(GlossaryPage, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(_("term"), max_length=120)
    slug = models.SlugField(_("anchor"), max_length=120, blank=True)
    definition = models.TextField(_("definition"))
    source = models.CharField(_("source"), max_length=255, blank=True)
    source_url = models.URLField(_("source link"), blank=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("source"),
        FieldPanel("source_url"),
    ]
    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("definition"),
        index.FilterField("glossary"),
        index.FilterField("id"),
    ]
    api_fields = [
        APIField("term"),
        APIField("slug"),
        APIField("definition"),
        APIField("source"),
        APIField("source_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("glossary term")

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.term)[:120]
        super().save(*args, **kwargs)


class ContentPage(Page):
    """A plain page (title and body), e.g. "How to contribute"."""

    body = StreamField(ProductStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["framework.HomePage", "framework.ContentPage"]
    subpage_types = ["framework.ContentPage"]
    template = "framework/content_page.html"
    get_view_restrictions = view_restrictions

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    api_fields = [APIField("body")]

    class Meta:
        verbose_name = _("content page")
