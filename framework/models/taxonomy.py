"""Taxonomy snippets: translatable vocabularies that classify framework products."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """Shared shape of every vocabulary: a name, a slug unique per locale, a description."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    #: The query-string key used by browse filters, e.g. ``?hazard=flood``.
    facet_key = ""

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


def _unique_slug(name):
    return [
        models.UniqueConstraint(
            fields=["slug", "locale"], name=f"framework_{name}_unique_slug_per_locale"
        )
    ]


class Hazard(Taxonomy):
    """A natural or human-made hazard (earthquake, flood, terrorism, ...)."""

    facet_key = "hazard"

    class Meta(Taxonomy.Meta):
        verbose_name = _("hazard")
        verbose_name_plural = _("hazards")
        constraints = _unique_slug("hazard")


class DisasterPhase(Taxonomy):
    """A phase of the disaster management cycle, in cycle order."""

    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    facet_key = "phase"
    panels = Taxonomy.panels + [FieldPanel("sort_order")]

    class Meta(Taxonomy.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("disaster phase")
        verbose_name_plural = _("disaster phases")
        constraints = _unique_slug("disasterphase")


class StakeholderGroup(Taxonomy):
    """An audience: practitioners, policy makers, researchers, businesses, civil society."""

    facet_key = "audience"

    class Meta(Taxonomy.Meta):
        verbose_name = _("stakeholder group")
        verbose_name_plural = _("stakeholder groups")
        constraints = _unique_slug("stakeholdergroup")


class SmcsPurpose(Taxonomy):
    """What social media or crowdsourcing is used for (early warning, ...)."""

    facet_key = "purpose"

    class Meta(Taxonomy.Meta):
        verbose_name = _("SMCS purpose")
        verbose_name_plural = _("SMCS purposes")
        constraints = _unique_slug("smcspurpose")


class Challenge(Taxonomy):
    """A known difficulty of using SMCS (credibility, accessibility, ...)."""

    facet_key = "challenge"

    class Meta(Taxonomy.Meta):
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")
        constraints = _unique_slug("challenge")


TAXONOMIES = [Hazard, DisasterPhase, StakeholderGroup, SmcsPurpose, Challenge]
