"""Learning paths: curated, ordered routes through the LINKS Framework, and members' progress.

Editors curate paths in the Wagtail admin (drafts, revisions, preview). Only live paths are
public. A member's progress is an Enrolment with one StepProgress per step they touched.
"""

import secrets

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index

#: The Compass of the original LINKS Community Center: two themes with three sub-themes each.
#: Stored value is the sub-theme; the select shows them grouped under their theme.
THEMES = {
    "engaging-citizens": _("Engaging with citizens"),
    "improving-communication": _("Improving communication"),
}
SUBTHEMES = {
    "collecting-analysing-information": (
        "engaging-citizens",
        _("Collecting and analysing information"),
    ),
    "mobilising-citizens": ("engaging-citizens", _("Mobilising citizens")),
    "mobilising-volunteers": ("engaging-citizens", _("Mobilising volunteers")),
    "targeting-communication": ("improving-communication", _("Targeting communication")),
    "ensuring-credible-information": (
        "improving-communication",
        _("Ensuring credible information"),
    ),
    "making-information-accessible": (
        "improving-communication",
        _("Making information accessible"),
    ),
}
THEME_CHOICES = [
    (THEMES[theme], [(key, label) for key, (parent, label) in SUBTHEMES.items() if parent == theme])
    for theme in THEMES
]


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


#: Slugs the URL configuration uses for its own pages under /learning/.
RESERVED_SLUGS = {"start", "me", "certificates"}


#: The rendition of the cover image that path cards show.
CARD_COVER_FILTER = "fill-480x240"


class LearningPathQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def for_cards(self):
        """Everything a path card shows (totals, audiences, cover with its rendition), in a
        fixed number of queries whatever the number of cards."""
        from wagtail.images import get_image_model

        images = get_image_model().objects.prefetch_renditions(CARD_COVER_FILTER)
        return self.with_totals().prefetch_related(
            "audiences", models.Prefetch("cover_image", queryset=images)
        )

    def with_totals(self):
        """Annotate step count and total minutes in the same query (lists stay one query).

        Correlated subqueries rather than a JOIN + GROUP BY: other filters cannot multiply the
        steps, and ``count()`` (the paginator's) drops them and stays a plain count.
        """
        steps = PathStep.objects.filter(path=models.OuterRef("pk")).order_by().values("path")
        count = steps.annotate(total=models.Count("pk")).values("total")
        minutes = steps.annotate(total=models.Sum("estimated_minutes")).values("total")
        return self.annotate(
            step_total=Coalesce(models.Subquery(count), 0),
            minutes_total=Coalesce(models.Subquery(minutes), 0),
        )


class LearningPath(
    DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel
):
    """A curated route through framework content for one theme, level and set of audiences."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    summary = models.TextField(
        _("summary"), max_length=500, help_text=_("Who it is for and what they will be able to do.")
    )
    audiences = ParentalManyToManyField(
        "framework.StakeholderGroup",
        verbose_name=_("audiences"),
        blank=True,
        related_name="learning_paths",
    )
    theme = models.CharField(_("theme"), max_length=40, choices=THEME_CHOICES)
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("cover image text alternative"), max_length=200, blank=True
    )
    # Deleting a path deletes its revisions too (Wagtail's recommended pattern).
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="learning_path")

    objects = LearningPathQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("theme"),
                FieldPanel("level"),
                FieldPanel("language"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Cover")
        ),
        InlinePanel("steps", heading=_("Steps"), label=_("Step"), min_num=1),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("summary"),
        index.FilterField("live"),
        index.FilterField("theme"),
        index.FilterField("level"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("learning path")
        verbose_name_plural = _("learning paths")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This slug is reserved; please choose another.")})

    def get_absolute_url(self):
        return reverse("learning_paths:detail", kwargs={"slug": self.slug})

    @property
    def theme_label(self):
        return SUBTHEMES.get(self.theme, ("", self.theme))[1]

    @property
    def theme_group_label(self):
        return THEMES.get(SUBTHEMES.get(self.theme, ("", ""))[0], "")

    @property
    def revisions(self):
        return self._revisions

    @cached_property
    def ordered_steps(self):
        """Steps in order; works on unsaved previews too (modelcluster keeps them in memory)."""
        return list(self.steps.all())

    @property
    def total_minutes(self):
        """Estimated time, derived from the steps (annotated on lists, summed otherwise)."""
        annotated = getattr(self, "minutes_total", None)
        if annotated is not None:
            return annotated
        return sum(step.estimated_minutes or 0 for step in self.ordered_steps)

    @property
    def step_count(self):
        annotated = getattr(self, "step_total", None)
        if annotated is not None:
            return annotated
        return len(self.ordered_steps)

    @admin.display(description=_("steps"))
    def steps_column(self):
        return self.step_count

    def get_preview_template(self, request, mode_name):
        return "learning_paths/path_detail.html"

    def get_preview_context(self, request, mode_name):
        from learning_paths.progress import outline_for

        context = super().get_preview_context(request, mode_name)
        context.update(path=self, outline=outline_for(self, set()), is_preview=True)
        return context


class PathStep(Orderable):
    """One step of a path: a short introduction, optionally a framework page and a question."""

    path = ParentalKey(LearningPath, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(
        _("introduction"), help_text=_("What to read or do in this step, and why it matters.")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("framework page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The framework content this step is about (optional)."),
    )
    reflection_question = models.TextField(
        _("reflection question"),
        blank=True,
        help_text=_("A question the learner answers for themselves; answers stay private."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=10)

    panels = [
        FieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("page"),
        FieldPanel("reflection_question"),
        FieldPanel("estimated_minutes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return self.title


def new_certificate_code():
    """An unguessable code (128 bits) printed on the certificate and used to verify it."""
    return secrets.token_urlsafe(16)


class Enrolment(models.Model):
    """A member following a path. Completion sets the date and issues a certificate code."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    path = models.ForeignKey(LearningPath, on_delete=models.CASCADE, related_name="enrolments")
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    last_nudged_at = models.DateTimeField(_("last reminder"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    certificate_code = models.CharField(
        _("certificate code"), max_length=64, unique=True, null=True, blank=True
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "path"], name="unique_enrolment_per_path")
        ]
        indexes = [models.Index(fields=["completed_at", "last_activity_at"])]

    def __str__(self):
        return f"{self.user} – {self.path}"

    def touch(self, save=True):
        self.last_activity_at = timezone.now()
        if save:
            self.save(update_fields=["last_activity_at"])

    def complete(self):
        """Mark the path completed (once) and issue the certificate code."""
        if self.completed_at:
            return
        self.completed_at = timezone.now()
        self.certificate_code = new_certificate_code()
        self.save(update_fields=["completed_at", "certificate_code"])


class StepProgress(models.Model):
    """A member's state on one step: done or not, and their private reflection answer."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    step = models.ForeignKey(PathStep, on_delete=models.CASCADE, related_name="+")
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    reflection = models.TextField(_("reflection answer"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("step progress")
        verbose_name_plural = _("step progress")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "step"], name="unique_progress_per_step")
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.step}"
