"""Factories for framework tests: taxonomies, the page tree and products."""

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.search import index

from framework import models


def english():
    return Locale.objects.get(language_code="en")


class TaxonomyFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    locale = factory.LazyFunction(english)


class HazardFactory(TaxonomyFactory):
    class Meta:
        model = models.Hazard


class DisasterPhaseFactory(TaxonomyFactory):
    class Meta:
        model = models.DisasterPhase


class StakeholderGroupFactory(TaxonomyFactory):
    class Meta:
        model = models.StakeholderGroup


class SmcsPurposeFactory(TaxonomyFactory):
    class Meta:
        model = models.SmcsPurpose


class ChallengeFactory(TaxonomyFactory):
    class Meta:
        model = models.Challenge


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.HomePage

    title = "LINKS Community Center"
    slug = "lcc-home"
    intro = "Knowledge on social media and crowdsourcing in disasters."


class FrameworkIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.FrameworkIndexPage

    title = "Framework"
    slug = "framework"


class ProductFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Product {n}")
    summary = factory.LazyAttribute(lambda o: f"A short summary of {o.title}.")
    last_reviewed = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def taxonomies(self, create, extracted, **kwargs):
        """Pass ``taxonomies={"hazards": [...], ...}`` to set many-to-many values."""
        if not extracted:
            return
        for relation, values in extracted.items():
            getattr(self, relation).set(values)
        if create:
            self.save()  # commits the parental many-to-many values
            index.insert_or_update_object(self)  # reindex with the taxonomy names


class TechnologyGuidePageFactory(ProductFactory):
    class Meta:
        model = models.TechnologyGuidePage

    technology_kind = "monitoring"
    functions = factory.LazyFunction(lambda: ["search-monitor"])


class GuidelinePageFactory(ProductFactory):
    class Meta:
        model = models.GuidelinePage


class CaseExamplePageFactory(ProductFactory):
    class Meta:
        model = models.CaseExamplePage


class ScenarioPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ScenarioPage

    title = factory.Sequence(lambda n: f"Scenario {n}")
    intro = "How a region prepares for and responds to a disaster."


class GlossaryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.GlossaryPage

    title = "Glossary"
    slug = "glossary"


def build_site():
    """Home (site root, /en/) and the framework index (/en/framework/)."""
    from wagtail.models import Site

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    index = FrameworkIndexPageFactory(parent=home)
    return home, index
