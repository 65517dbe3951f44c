"""Framework pages: the shared product base, the three product types and the site pages."""

import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page
from wagtail.search import index

from framework.api_fields import (
    ChoiceLabelField,
    CountryListField,
    TagListField,
    TaxonomyListField,
)
from framework.blocks import LessonsBlock, ProductStreamBlock, SourcesBlock, StepsBlock
from framework.models.fields import MultipleChoiceField

PRODUCT_PAGE_TYPES = (
    "framework.TechnologyGuidePage",
    "framework.GuidelinePage",
    "framework.CaseExamplePage",
)
#: The product type's key in browse URLs and exports (``?type=case-example``).
TYPE_SLUGS = {
    "framework.TechnologyGuidePage": "technology-guide",
    "framework.GuidelinePage": "guideline",
    "framework.CaseExamplePage": "case-example",
}
#: A product not reviewed for this long gets a "may be out of date" note.
STALE_AFTER = datetime.timedelta(days=730)

TAXONOMY_RELATIONS = ("hazards", "phases", "audiences", "purposes", "challenges")


def view_restrictions(page):
    """``Page.get_view_restrictions`` without its two queries when the site has no view
    restriction at all (the usual case): whether any exists is cached per generation with the
    rest of the site structure, and adding or removing one bumps the generation. Assigned as
    ``get_view_restrictions`` on the framework's page types (Wagtail checks it on every serve).
    """
    from wagtail.models import PageViewRestriction

    from framework.caching import prefetch
    from framework.localization import restricted_paths

    # The first framework code Wagtail runs when serving a page: read the cached data the page
    # will need in one round trip.
    names = getattr(page, "cached_names", None)
    prefetch("site-structure", "taxonomy-values", *(names() if names else ()))
    if not restricted_paths():
        return PageViewRestriction.objects.none()
    return Page.get_view_restrictions(page)


def _hero_image_field():
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )


def _hero_alt_field():
    return models.CharField(
        _("hero image text alternative"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image; leave empty if it is decorative."),
    )


class ProductTag(TaggedItemBase):
    """Free tags on framework products."""

    content_object = ParentalKey(
        "framework.ProductPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ProductPage(Page):
    """The shared base of every framework product; never created on its own.

    A concrete (multi-table) base rather than a Django abstract model, so that browse, facets,
    search and exports query one table and one through table per taxonomy for all products.
    """

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("Plain text, at most 400 characters.")
    )
    body = StreamField(ProductStreamBlock(), blank=True, verbose_name=_("body"))
    hero_image = _hero_image_field()
    hero_image_alt = _hero_alt_field()
    hazards = ParentalManyToManyField(
        "framework.Hazard", blank=True, related_name="products", verbose_name=_("hazards")
    )
    phases = ParentalManyToManyField(
        "framework.DisasterPhase",
        blank=True,
        related_name="products",
        verbose_name=_("disaster phases"),
    )
    audiences = ParentalManyToManyField(
        "framework.StakeholderGroup",
        blank=True,
        related_name="products",
        verbose_name=_("audiences"),
    )
    purposes = ParentalManyToManyField(
        "framework.SmcsPurpose",
        blank=True,
        related_name="products",
        verbose_name=_("SMCS purposes"),
    )
    challenges = ParentalManyToManyField(
        "framework.Challenge", blank=True, related_name="products", verbose_name=_("challenges")
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    tags = ClusterTaggableManager(through=ProductTag, blank=True)
    sources = StreamField(SourcesBlock(), blank=True, verbose_name=_("sources"))
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    contributor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributed_products",
        verbose_name=_("contributor"),
    )

    is_creatable = False
    parent_page_types = ["framework.FrameworkIndexPage"]
    subpage_types = []
    get_view_restrictions = view_restrictions

    #: Set per instance by listings (``localization.mark_fallbacks``, the search excerpt). The
    #: class defaults keep templates from looking up a missing attribute, which makes Django
    #: call ``dir()`` on the page (slow: a page has hundreds of attributes).
    fallback_language = None
    fallback_label = ""
    excerpt = ""

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("hazards", [index.SearchField("name")]),
        index.RelatedFields("phases", [index.SearchField("name")]),
        index.RelatedFields("audiences", [index.SearchField("name")]),
        index.RelatedFields("purposes", [index.SearchField("name")]),
        index.RelatedFields("challenges", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("last_reviewed"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("hero_image", serializer=ImageRenditionField("fill-1200x630")),
        APIField("hero_image_alt"),
        APIField("hazards", serializer=TaxonomyListField()),
        APIField("phases", serializer=TaxonomyListField()),
        APIField("audiences", serializer=TaxonomyListField()),
        APIField("purposes", serializer=TaxonomyListField()),
        APIField("challenges", serializer=TaxonomyListField()),
        APIField("countries", serializer=CountryListField()),
        APIField("tags", serializer=TagListField()),
        APIField("sources"),
        APIField("last_reviewed"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("body"),
    ]
    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("hazards", widget=forms.CheckboxSelectMultiple),
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("purposes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("challenges", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries"),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
    ]
    provenance_panels = [
        InlinePanel("related_products", label=_("Related products")),
        FieldPanel("sources"),
        FieldPanel("last_reviewed"),
        FieldPanel("contributor"),
    ]

    class Meta:
        verbose_name = _("framework product")
        verbose_name_plural = _("framework products")

    def follow_targets(self):
        """Objects a member can follow to hear about this product (used by notifications)."""
        targets = [self, *self.tags.all()]
        for relation in TAXONOMY_RELATIONS:
            targets.extend(getattr(self, relation).all())
        return targets

    @property
    def is_stale(self):
        """True when the product was never reviewed or not within the last two years."""
        if self.last_reviewed is None:
            return True
        return timezone.localdate() - self.last_reviewed > STALE_AFTER

    @property
    def citation_year(self):
        """The year of the version being read, for the "cite this" line."""
        published = self.last_published_at or self.first_published_at or timezone.now()
        return published.year

    @cached_property
    def product_type_label(self):
        return self.specific_class._meta.verbose_name if self.specific_class else ""

    @property
    def card_chips(self):
        """Names shown as chips on this product's card (hazards, then purposes).

        Listings set ``card_chip_names`` in one query for a whole page of cards
        (``framework.browse.prefetch_cards``); this falls back to two queries.
        """
        names = getattr(self, "card_chip_names", None)
        if names is None:
            names = [item.name for item in [*self.hazards.all(), *self.purposes.all()]]
        return names

    def cached_names(self):
        """Names of the cached data (framework.caching) that rendering this page reads."""
        from framework.related import RELATED_LIMIT

        return (
            f"related:{self.pk}:{RELATED_LIMIT}",
            f"classification:{self.pk}",
            f"ancestors:{self.pk}",
            f"glossary-terms:{self.locale_id}",
        )

    def get_context(self, request, *args, **kwargs):
        from framework.related import related_products

        context = super().get_context(request, *args, **kwargs)
        # A preview shows unsaved values: never read or fill the caches with them.
        use_cache = not getattr(request, "is_preview", False)
        context["related_products"] = related_products(self, use_cache=use_cache)
        classification = product_classification(self, use_cache=use_cache)
        context["taxonomy_groups"] = classification["groups"]
        context["tag_names"] = classification["tags"]
        context["ancestors"] = page_ancestors(self, request, use_cache)
        # The chips link to browse on the parent framework index.
        context["browse_url"] = context["ancestors"][-1]["url"] if context["ancestors"] else ""
        return context


def page_ancestors(page, request=None, use_cache=True):
    """[{"title", "url"}] of the page's ancestors below the tree root, for breadcrumbs."""
    from framework.caching import cached

    def compute():
        ancestors = page.get_ancestors().exclude(depth=1)
        return [{"title": a.title, "url": a.get_url(request)} for a in ancestors]

    return cached(f"ancestors:{page.pk}", compute) if use_cache and page.pk else compute()


def _local_items(model, language, keys, fallback):
    """Taxonomy values (by translation key) as (slug, name) in the reader's language, in the
    vocabulary's order; ``fallback`` {key: (slug, name)} covers untranslated values."""
    from framework.browse import taxonomy_values

    ordered = [(slug, name) for slug, name, key in taxonomy_values(model, language) if key in keys]
    known = {key for _s, _n, key in taxonomy_values(model, language)}
    return ordered + [fallback[key] for key in keys if key not in known]


def taxonomy_groups(page, language=None):
    """(relation, facet key, [(slug, name)]) for each taxonomy of a product, in the reader's
    language (matched by translation key), for chips linking to browse. Reads the page's
    in-memory values, so it also works for previews of unsaved changes."""
    from framework import localization
    from framework.browse import term_key

    language = language or localization.language_of(page.locale_id)
    groups = []
    for relation in TAXONOMY_RELATIONS:
        model = page._meta.get_field(relation).related_model
        own = {term_key(i.translation_key): (i.slug, i.name) for i in getattr(page, relation).all()}
        if own:
            groups.append((relation, model.facet_key, _local_items(model, language, own, own)))
    return groups


def _stored_classification(page):
    """The stored taxonomy values and tags of a saved product in one UNION query."""
    from framework import localization
    from framework.browse import term_key

    parts = []
    for position, relation in enumerate(TAXONOMY_RELATIONS):
        field = ProductPage._meta.get_field(relation)
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        parts.append(
            field.remote_field.through.objects.filter(**{source: page.pk})
            .annotate(
                kind=models.Value(position),
                term=Cast(models.F(f"{target}__translation_key"), models.CharField()),
                slug=models.F(f"{target}__slug"),
                label=models.F(f"{target}__name"),
            )
            .values_list("kind", "id", "term", "slug", "label")
        )
    parts.append(
        ProductTag.objects.filter(content_object_id=page.pk)
        .annotate(
            kind=models.Value(len(TAXONOMY_RELATIONS)),
            term=models.Value(""),
            slug=models.F("tag__slug"),
            label=models.F("tag__name"),
        )
        .values_list("kind", "id", "term", "slug", "label")
    )
    found = {}
    for kind, _id, term, slug, label in sorted(parts[0].union(*parts[1:], all=True)):
        found.setdefault(kind, {})[term_key(term) if term else slug] = (slug, label)
    language = localization.language_of(page.locale_id)
    groups = []
    for position, relation in enumerate(TAXONOMY_RELATIONS):
        own = found.get(position)
        if own:
            model = ProductPage._meta.get_field(relation).related_model
            items = _local_items(model, language, own, own)
            groups.append((relation, model.facet_key, items))
    tags = [label for _slug, label in found.get(len(TAXONOMY_RELATIONS), {}).values()]
    return {"groups": groups, "tags": tags}


def product_classification(page, use_cache=True):
    """{"groups": taxonomy groups with their labels, "tags": tag names}, cached per generation.

    A preview (``use_cache=False``) reads the unsaved values from the page itself.
    """
    from framework.caching import cached

    if use_cache and page.pk:
        data = cached(f"classification:{page.pk}", lambda: _stored_classification(page))
    else:
        data = {"groups": taxonomy_groups(page), "tags": [tag.name for tag in page.tags.all()]}
    groups = [
        (
            page._meta.get_field(relation).verbose_name,
            key,
            [{"slug": slug, "name": name} for slug, name in items],
        )
        for relation, key, items in data["groups"]
    ]
    return {"groups": groups, "tags": data["tags"]}


def _edit_handler(extra_content_panels):
    from wagtail.admin.panels import ObjectList, TabbedInterface

    return TabbedInterface(
        [
            ObjectList(ProductPage.content_panels + extra_content_panels, heading=_("Content")),
            ObjectList(ProductPage.classification_panels, heading=_("Classification")),
            ObjectList(ProductPage.provenance_panels, heading=_("Sources and review")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


class RelatedProduct(Orderable):
    """A hand-picked related product, shown before the automatically matched ones."""

    product_page = ParentalKey(
        ProductPage, on_delete=models.CASCADE, related_name="related_products"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("related product"),
    )

    panels = [FieldPanel("page", heading=_("Product"))]

    class Meta(Orderable.Meta):
        verbose_name = _("related product")


class TechnologyGuidePage(ProductPage):
    """A guide to one technology: what it does, what it costs, what to watch out for."""

    KIND_CHOICES = [
        ("monitoring", _("Social media monitoring")),
        ("crowdsourcing-platform", _("Crowdsourcing platform")),
        ("warning-app", _("Warning app")),
        ("mapping", _("Crisis mapping")),
        ("chatbot", _("Chatbot")),
        ("analytics", _("Analytics")),
        ("communication", _("Communication")),
    ]
    FUNCTION_CHOICES = [
        ("search-monitor", _("Search & monitor")),
        ("analysis", _("Analysis")),
        ("posting", _("Posting")),
        ("mapping", _("Mapping")),
        ("alerting", _("Alerting")),
        ("crowdsourcing", _("Crowdsourcing")),
        ("translation", _("Translation")),
        ("verification", _("Verification")),
    ]
    COST_CHOICES = [
        ("free", _("Free")),
        ("freemium", _("Freemium")),
        ("subscription", _("Subscription")),
        ("open-source", _("Open source")),
        ("custom", _("Custom / on request")),
    ]

    technology_kind = models.CharField(_("kind of technology"), max_length=40, choices=KIND_CHOICES)
    data_sources = models.CharField(
        _("data sources"),
        max_length=255,
        blank=True,
        help_text=_("For example: X (Twitter), Facebook, Telegram, SMS"),
    )
    functions = MultipleChoiceField(_("functions"), choices_list=FUNCTION_CHOICES, blank=True)
    cost_model = models.CharField(_("cost model"), max_length=20, choices=COST_CHOICES, blank=True)
    languages = models.CharField(_("languages"), max_length=255, blank=True)
    privacy_notes = models.TextField(_("privacy notes"), blank=True)
    accessibility_notes = models.TextField(_("accessibility notes"), blank=True)
    website = models.URLField(_("website"), blank=True)

    template = "framework/technology_guide_page.html"
    search_fields = ProductPage.search_fields + [
        index.SearchField("data_sources"),
        index.SearchField("privacy_notes"),
        index.SearchField("accessibility_notes"),
        index.FilterField("technology_kind"),
    ]
    api_fields = ProductPage.api_fields + [
        APIField("technology_kind", serializer=ChoiceLabelField(KIND_CHOICES)),
        APIField("data_sources"),
        APIField("functions", serializer=ChoiceLabelField(FUNCTION_CHOICES)),
        APIField("cost_model", serializer=ChoiceLabelField(COST_CHOICES)),
        APIField("languages"),
        APIField("privacy_notes"),
        APIField("accessibility_notes"),
        APIField("website"),
    ]
    edit_handler = _edit_handler(
        [
            MultiFieldPanel(
                [
                    FieldPanel("technology_kind"),
                    FieldPanel("functions"),
                    FieldPanel("data_sources"),
                    FieldPanel("cost_model"),
                    FieldPanel("languages"),
                    FieldPanel("website"),
                    FieldPanel("privacy_notes"),
                    FieldPanel("accessibility_notes"),
                ],
                heading=_("Technology facts"),
            )
        ]
    )

    class Meta:
        verbose_name = _("technology guide")
        verbose_name_plural = _("technology guides")

    @property
    def function_labels(self):
        return self._meta.get_field("functions").labels(self.functions)


class GuidelinePage(ProductPage):
    """Practical guidance, optionally as a checklist of steps."""

    audience_note = models.CharField(
        _("who it is for"), max_length=255, blank=True, help_text=_("In a few words.")
    )
    is_checklist = models.BooleanField(_("is a checklist"), default=False)
    steps = StreamField(StepsBlock(), blank=True, verbose_name=_("steps"))

    template = "framework/guideline_page.html"
    search_fields = ProductPage.search_fields + [
        index.SearchField("audience_note"),
        index.SearchField("steps"),
    ]
    api_fields = ProductPage.api_fields + [
        APIField("audience_note"),
        APIField("is_checklist"),
        APIField("steps"),
    ]
    edit_handler = _edit_handler(
        [FieldPanel("audience_note"), FieldPanel("is_checklist"), FieldPanel("steps")]
    )

    class Meta:
        verbose_name = _("guideline")
        verbose_name_plural = _("guidelines")


class CaseExamplePage(ProductPage):
    """What happened when SMCS was used in a real event, and what was learned."""

    country = CountryField(_("country"), blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    event = models.CharField(_("event"), max_length=255, blank=True)
    what_was_done = RichTextField(_("what was done"), blank=True)
    outcomes = RichTextField(_("outcomes"), blank=True)
    lessons_learned = StreamField(LessonsBlock(), blank=True, verbose_name=_("lessons learned"))

    template = "framework/case_example_page.html"
    search_fields = ProductPage.search_fields + [
        index.SearchField("place"),
        index.SearchField("event"),
        index.SearchField("what_was_done"),
        index.SearchField("outcomes"),
        index.SearchField("lessons_learned", boost=1.2),
        index.FilterField("year"),
    ]
    api_fields = ProductPage.api_fields + [
        APIField("country", serializer=CountryListField()),
        APIField("place"),
        APIField("year"),
        APIField("event"),
        APIField("what_was_done"),
        APIField("outcomes"),
        APIField("lessons_learned"),
    ]
    edit_handler = _edit_handler(
        [
            MultiFieldPanel(
                [
                    FieldPanel("event"),
                    FieldPanel("country"),
                    FieldPanel("place"),
                    FieldPanel("year"),
                ],
                heading=_("The event"),
            ),
            FieldPanel("what_was_done"),
            FieldPanel("outcomes"),
            FieldPanel("lessons_learned"),
        ]
    )

    class Meta:
        verbose_name = _("case example")
        verbose_name_plural = _("case examples")
