"""Forms of the learning pages: list filters, the "Where do I start?" guide, step progress."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from learning_paths.models import THEME_CHOICES, Level

REFLECTION_MAX_LENGTH = 5000
#: The list filter's value for "paths in every language" (no value means the default language).
ALL_LANGUAGES = "all"

#: The guide's goals, phrased as the questions practitioners arrive with (Compass style).
GOAL_CHOICES = [
    ("collecting-analysing-information", _("Find out what is happening from people's posts")),
    ("mobilising-citizens", _("Get citizens to act on warnings or report what they see")),
    ("mobilising-volunteers", _("Organise spontaneous volunteers")),
    ("targeting-communication", _("Reach a specific group, such as young people or tourists")),
    ("ensuring-credible-information", _("Counter rumours and keep information credible")),
    ("making-information-accessible", _("Make warnings understandable for everyone")),
]


def taxonomy_choices(model, blank_label):
    """(slug, name) of a taxonomy in the active language, else the default one (one query)."""
    active, default = get_language(), settings.LANGUAGE_CODE
    rows = list(
        model.objects.filter(locale__language_code__in={active, default})
        .order_by("name")
        .values_list("locale__language_code", "slug", "name")
    )
    chosen = [row for row in rows if row[0] == active] or [row for row in rows if row[0] == default]
    return [("", blank_label), *[(slug, name) for _language, slug, name in chosen]]


def resolve_taxonomy(model, *slugs):
    """The translation keys of the terms with these slugs in any locale (empty when unknown)."""
    slugs = [slug for slug in slugs if slug]
    if not slugs:
        return []
    rows = model.objects.filter(slug__in=slugs).order_by()
    return list(rows.values_list("translation_key", flat=True).distinct())


class PathFilterForm(forms.Form):
    """GET filters of the path list; unknown values are form errors, never a crash."""

    audience = forms.ChoiceField(label=_("Who you are"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    level = forms.ChoiceField(label=_("Level"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        from framework.models import StakeholderGroup

        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = taxonomy_choices(StakeholderGroup, _("Everyone"))
        self.fields["theme"].choices = [("", _("All themes")), *THEME_CHOICES]
        self.fields["level"].choices = [("", _("All levels")), *Level.choices]
        self.fields["language"].choices = [(ALL_LANGUAGES, _("All languages")), *settings.LANGUAGES]


class GuideForm(forms.Form):
    """The "Where do I start?" questions: role, goal and (optionally) a hazard."""

    role = forms.ChoiceField(label=_("What is your role?"), required=False)
    goal = forms.ChoiceField(
        label=_("What do you want to achieve?"),
        required=False,
        choices=[("", _("Not sure yet")), *GOAL_CHOICES],
        widget=forms.RadioSelect,
    )
    hazard = forms.ChoiceField(label=_("Which hazard do you work on? (optional)"), required=False)

    def __init__(self, *args, **kwargs):
        from framework.models import Hazard, StakeholderGroup

        super().__init__(*args, **kwargs)
        self.fields["role"].choices = taxonomy_choices(StakeholderGroup, _("Choose your role"))
        self.fields["hazard"].choices = taxonomy_choices(Hazard, _("Any hazard"))


class StepProgressForm(forms.Form):
    """Mark a step done or not done, and keep a private reflection answer."""

    ACTIONS = [("done", _("Mark as done")), ("undo", _("Mark as not done")), ("save", _("Save"))]

    action = forms.ChoiceField(choices=ACTIONS)
    reflection = forms.CharField(
        label=_("Your answer (private)"),
        required=False,
        max_length=REFLECTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Only you can see this. It is part of your data export."),
    )
