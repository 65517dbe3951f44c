"""From a member's form to a draft product in the editors' "Review" workflow, and back.

A proposal is an ordinary product page, saved as a draft (``live=False``) under the framework
index of the member's language, with ``contributor`` set; its state lives in Wagtail's
workflow tables only (see ``status.py``).
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from framework.contributions import content, forms
from framework.contributions.images import store_image
from framework.models import CaseExamplePage, FrameworkIndexPage, GuidelinePage, TechnologyGuidePage


@dataclass(frozen=True)
class Kind:
    slug: str
    model: type
    form_class: type
    label: str
    description: str


KINDS = {
    kind.slug: kind
    for kind in [
        Kind(
            "technology",
            TechnologyGuidePage,
            forms.TechnologyProposalForm,
            _("A technology"),
            _("A tool or platform for social media or crowdsourcing: what it does and costs."),
        ),
        Kind(
            "case-example",
            CaseExamplePage,
            forms.CaseExampleProposalForm,
            _("A case example"),
            _("What happened when SMCS was used in a real event, and the lessons learned."),
        ),
        Kind(
            "guideline",
            GuidelinePage,
            forms.GuidelineProposalForm,
            _("A guideline"),
            _("Practical advice or a checklist for using SMCS in disaster risk management."),
        ),
    ]
}


def kind_of(page):
    """The Kind of a product page (specific instance or class)."""
    for kind in KINDS.values():
        if isinstance(page, kind.model):
            return kind
    return None


def framework_index(language=None):
    """The framework index of ``language`` (the active one by default), else the English one."""
    indexes = FrameworkIndexPage.objects.select_related("locale")
    codes = [language or get_language() or "en", "en"]
    for code in codes:
        index = indexes.filter(locale__language_code=code.split("-")[0]).first()
        if index is not None:
            return index
    return indexes.first()


def locale_of(index):
    return index.locale if index is not None else Locale.get_default()


# --- Form -> page -------------------------------------------------------------


def source_blocks(source_formset):
    rows = []
    for data in source_formset.cleaned_data:
        if data and data.get("title") and not data.get("DELETE"):
            rows.append(
                (
                    "source",
                    {
                        "title": data["title"],
                        "url": data.get("url") or "",
                        "publisher": data.get("publisher") or "",
                        "year": data.get("year"),
                    },
                )
            )
    return rows


def _apply_specific(page, data):
    if isinstance(page, TechnologyGuidePage):
        for name in forms.TechnologyProposalForm.specific_fields:
            setattr(page, name, data.get(name) or ([] if name == "functions" else ""))
    elif isinstance(page, GuidelinePage):
        page.audience_note = data["audience_note"]
        page.is_checklist = data["is_checklist"]
        page.steps = [("step", step) for step in content.text_to_steps(data["steps"])]
    elif isinstance(page, CaseExamplePage):
        for name in ("event", "country", "place", "year"):
            setattr(page, name, data.get(name))
        page.country = data.get("country") or ""
        page.what_was_done = content.text_to_richtext(data["what_was_done"])
        page.outcomes = content.text_to_richtext(data["outcomes"])
        page.lessons_learned = [
            ("lesson", lesson) for lesson in content.text_to_items(data["lessons_learned"])
        ]


def apply_form(page, form, source_formset, user):
    """Copy the cleaned form onto ``page`` (in memory; the caller saves)."""
    data = form.cleaned_data
    page.title = data["title"]
    page.summary = data["summary"]
    kept = content.kept_blocks(page.body) if page.pk else []
    page.body = content.text_to_blocks(data["body"]) + kept
    page.countries = data["countries"]
    page.sources = source_blocks(source_formset)
    for name, _model, _label in forms.TAXONOMY_FIELDS:
        getattr(page, name).set(data[name])
    page.tags.set(data["tags"])
    if data.get("image"):
        page.hero_image = store_image(data["image"], data["title"], user)
    page.hero_image_alt = data.get("image_alt", "") if page.hero_image_id else ""
    _apply_specific(page, data)
    return page


@transaction.atomic
def create_proposal(kind, form, source_formset, user, index):
    """Save a new draft under ``index`` and submit it to the index's workflow ("Review")."""
    page = kind.model(live=False, owner=user, contributor=user, locale=index.locale)
    apply_form(page, form, source_formset, user)
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    return page


@transaction.atomic
def revise_proposal(page, form, source_formset, user):
    """Save the member's revision and send it back to review (resuming the workflow)."""
    apply_form(page, form, source_formset, user)
    page.save()
    page.save_revision(user=user, log_action=True)
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, user)
    return page


# --- Page -> form (to revise) -------------------------------------------------


def initial_from_page(page):
    """Initial form data from a (latest revision of a) product page."""
    initial = {
        "title": page.title,
        "summary": page.summary,
        "body": content.blocks_to_text(page.body),
        "countries": [country.code for country in page.countries],
        "tags": ", ".join(tag.name for tag in page.tags.all()),
        "image_alt": page.hero_image_alt,
    }
    for name, _model, _label in forms.TAXONOMY_FIELDS:
        initial[name] = list(getattr(page, name).all())
    initial.update(_specific_initial(page))
    return initial


def _specific_initial(page):
    if isinstance(page, TechnologyGuidePage):
        return {name: getattr(page, name) for name in forms.TechnologyProposalForm.specific_fields}
    if isinstance(page, GuidelinePage):
        return {
            "audience_note": page.audience_note,
            "is_checklist": page.is_checklist,
            "steps": content.steps_to_text(page.steps),
        }
    if isinstance(page, CaseExamplePage):
        return {
            "event": page.event,
            "country": page.country.code or "",
            "place": page.place,
            "year": page.year,
            "what_was_done": content.richtext_to_text(page.what_was_done),
            "outcomes": content.richtext_to_text(page.outcomes),
            "lessons_learned": content.items_to_text(page.lessons_learned),
        }
    return {}


def sources_initial(page):
    return [
        {
            "title": block.value.get("title", ""),
            "url": block.value.get("url", ""),
            "publisher": block.value.get("publisher", ""),
            "year": block.value.get("year"),
        }
        for block in page.sources
    ]
