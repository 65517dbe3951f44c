"""Forms for proposals (one per product type), their source rows, and product feedback."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from framework.contributions.images import validate_image
from framework.models import (
    Challenge,
    DisasterPhase,
    Hazard,
    SmcsPurpose,
    StakeholderGroup,
    TechnologyGuidePage,
)

MARKDOWN_HELP = _(
    "Plain text. Leave a blank line between paragraphs. Start a line with ## for a heading "
    "and with - for a list item; **bold**, *italic* and [link text](https://...) work."
)
TAXONOMY_FIELDS = [
    ("hazards", Hazard, _("Hazards")),
    ("phases", DisasterPhase, _("Disaster phases")),
    ("audiences", StakeholderGroup, _("Audiences")),
    ("purposes", SmcsPurpose, _("SMCS purposes")),
    ("challenges", Challenge, _("Challenges")),
]
MAX_TAGS = 10
IMAGE_RESELECT = _(
    "For your safety, browsers do not keep a chosen file when a form is shown again: "
    "if you want to add an image, please choose it again."
)


def _text(label, required=False, max_length=255, help_text=""):
    return forms.CharField(
        label=label, required=required, max_length=max_length, help_text=help_text
    )


def _area(label, required=False, max_length=20000, help_text="", rows=6):
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class ProposalForm(forms.Form):
    """Fields every product has; subclasses add the type-specific ones."""

    title = _text(_("Title"), required=True)
    summary = _area(
        _("Summary"),
        required=True,
        max_length=400,
        rows=3,
        help_text=_("What it is and why it matters, in at most 400 characters."),
    )
    body = _area(_("Description"), required=True, help_text=MARKDOWN_HELP, rows=12)
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        required=False,
        choices=lambda: list(countries),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (Cmd on a Mac) to choose more than one."),
    )
    tags = _text(_("Tags"), help_text=_("Separated by commas, for example: flood, volunteers."))
    image = forms.FileField(
        label=_("Image (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("JPEG, PNG or WebP, at most 5 MB. Only images you may share."),
    )
    image_alt = _text(
        _("Describe the image"),
        help_text=_("Required with an image: what it shows, for people who cannot see it."),
    )

    def __init__(self, *args, locale=None, has_image=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_image = has_image
        for name, model, label in TAXONOMY_FIELDS:
            queryset = model.objects.filter(locale=locale) if locale else model.objects.all()
            self.fields[name] = forms.ModelMultipleChoiceField(
                label=label,
                queryset=queryset,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )
        if has_image:
            self.fields["image"].help_text = _(
                "Leave empty to keep the current image. JPEG, PNG or WebP, at most 5 MB."
            )

    specific_fields = []

    @property
    def detail_fields(self):
        return [self[name] for name in self.specific_fields]

    @property
    def taxonomy_fields(self):
        return [self[name] for name, _model, _label in TAXONOMY_FIELDS]

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if upload:
            validate_image(upload)
        return upload

    def clean_tags(self):
        names = []
        for raw in self.cleaned_data.get("tags", "").split(","):
            name = raw.strip()[:100]
            if name and name.lower() not in {n.lower() for n in names}:
                names.append(name)
        if len(names) > MAX_TAGS:
            raise ValidationError(_("Please give at most %(max)d tags."), params={"max": MAX_TAGS})
        return names

    def clean(self):
        cleaned = super().clean()
        has_image = bool(cleaned.get("image")) or self.has_image
        if has_image and not cleaned.get("image_alt", "").strip():
            self.add_error(
                "image_alt", _("Please describe the image for people who cannot see it.")
            )
        return cleaned

    def image_reselect_needed(self):
        """True when the member chose a file but the form is shown again (files are not kept)."""
        return (
            self.is_bound and bool(self.files.get(self.add_prefix("image"))) and bool(self.errors)
        )


class TechnologyProposalForm(ProposalForm):
    technology_kind = forms.ChoiceField(
        label=_("Kind of technology"),
        choices=[("", "---------"), *TechnologyGuidePage.KIND_CHOICES],
    )
    functions = forms.MultipleChoiceField(
        label=_("Functions"),
        required=False,
        choices=TechnologyGuidePage.FUNCTION_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    data_sources = _text(
        _("Data sources"), help_text=_("For example: X (Twitter), Facebook, Telegram, SMS")
    )
    cost_model = forms.ChoiceField(
        label=_("Cost model"),
        required=False,
        choices=[("", _("Not known")), *TechnologyGuidePage.COST_CHOICES],
    )
    languages = _text(_("Languages"), help_text=_("For example: English, Italian, German"))
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )
    privacy_notes = _area(_("Privacy notes"), max_length=5000, rows=4)
    accessibility_notes = _area(_("Accessibility notes"), max_length=5000, rows=4)

    specific_fields = [
        "technology_kind",
        "functions",
        "data_sources",
        "cost_model",
        "languages",
        "website",
        "privacy_notes",
        "accessibility_notes",
    ]


class GuidelineProposalForm(ProposalForm):
    audience_note = _text(_("Who it is for"), help_text=_("In a few words."))
    is_checklist = forms.BooleanField(label=_("This guideline is a checklist"), required=False)
    steps = _area(
        _("Steps"),
        help_text=_(
            "One step per paragraph: the first line is the step's title, the next lines say "
            "what to do. Leave a blank line between steps."
        ),
        rows=10,
    )

    specific_fields = ["audience_note", "is_checklist", "steps"]


def _year_bounds():
    return 1900, datetime.date.today().year + 1


class CaseExampleProposalForm(ProposalForm):
    event = _text(_("Event"), required=True, help_text=_("For example: the 2021 floods."))
    country = forms.ChoiceField(
        label=_("Country of the event"),
        required=False,
        choices=lambda: [("", "---------"), *countries],
    )
    place = _text(_("Place"))
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=_year_bounds()[0], max_value=_year_bounds()[1]
    )
    what_was_done = _area(_("What was done"), help_text=MARKDOWN_HELP, rows=8)
    outcomes = _area(_("Outcomes"), help_text=MARKDOWN_HELP, rows=6)
    lessons_learned = _area(
        _("Lessons learned"),
        help_text=_("One lesson per paragraph, each understandable on its own."),
        rows=6,
    )

    specific_fields = [
        "event",
        "country",
        "place",
        "year",
        "what_was_done",
        "outcomes",
        "lessons_learned",
    ]


class SourceForm(forms.Form):
    """One source row: a title and, where there is one, its address."""

    title = _text(_("Source title"))
    url = forms.URLField(
        label=_("Address (URL)"), required=False, max_length=500, assume_scheme="https"
    )
    publisher = _text(_("Publisher"))
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2100)

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("url") or cleaned.get("publisher") or cleaned.get("year")
        ) and not cleaned.get("title"):
            self.add_error("title", _("Please give the source a title."))
        return cleaned


SourceFormSet = forms.formset_factory(SourceForm, extra=3, max_num=15, validate_max=True)


class FeedbackForm(forms.Form):
    useful = forms.TypedChoiceField(
        label=_("Was this page useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    comment = _area(
        _("Comment (optional)"),
        max_length=2000,
        rows=3,
        help_text=_("Do not include personal information."),
    )
    suggests_edit = forms.BooleanField(
        label=_("My comment suggests an edit to this page"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("suggests_edit") and not cleaned.get("comment", "").strip():
            self.add_error("comment", _("Please describe the edit you suggest."))
        return cleaned
