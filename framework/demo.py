"""Load the LINKS Framework demo content (``manage.py load_demo_content``).

Idempotent: every object is looked up by slug (pages under their parent, snippets per locale) or
by translation (Dutch copies), updated in place, and re-published only when something changed,
so a second run creates no rows and no revisions. The content itself lives as readable data in
``framework.demo_content``.
"""

import datetime

from django.core.files.images import ImageFile
from django.utils.text import slugify
from django_countries.fields import Country
from wagtail.blocks import StreamValue
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from framework import models
from framework.demo_content import (
    case_examples,
    glossary,
    guidelines,
    make_images,
    scenarios,
    sources,
    taxonomies,
    technology_guides,
    translations_nl,
)
from framework.demo_content import pages as page_texts
from framework.workflow import ensure_review_workflow

TAXONOMY_FIELDS = {
    "hazards": models.Hazard,
    "phases": models.DisasterPhase,
    "audiences": models.StakeholderGroup,
    "purposes": models.SmcsPurpose,
    "challenges": models.Challenge,
}
#: Fields compared to decide whether an inline child object changed.
CHILD_FIELDS = {
    "featured_products": ("page_id",),
    "terms": ("term", "slug", "definition", "source", "source_url"),
}
TECHNOLOGY_FIELDS = ("technology_kind", "data_sources", "functions", "cost_model", "languages")
TECHNOLOGY_TEXT_FIELDS = ("privacy_notes", "accessibility_notes", "website")
GUIDELINE_FIELDS = ("audience_note", "is_checklist")
CASE_FIELDS = ("country", "place", "year", "event", "what_was_done", "outcomes")
DEFAULT_WELCOME_TITLE = "Welcome to your new Wagtail site!"


def load(stdout):
    """Create or update the demo objects; running it twice changes nothing."""
    DemoLoader(stdout).run()


# --- StreamField data ------------------------------------------------------------------------


def stream(blocks):
    """(block type, value) pairs -> raw StreamField data."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def steps_stream(steps):
    return [{"type": "step", "value": {"title": title, "text": text}} for title, text in steps]


def lessons_stream(lessons):
    return [{"type": "lesson", "value": lesson} for lesson in lessons]


def sources_stream(entries):
    """Source entries (a name in ``demo_content.sources`` or a dict) -> raw StreamField data."""
    blocks = []
    for entry in entries:
        data = getattr(sources, entry) if isinstance(entry, str) else entry
        value = {"title": data["title"], "url": data.get("url", "")}
        value.update(publisher=data.get("publisher", ""), year=data.get("year"))
        blocks.append({"type": "source", "value": value})
    return blocks


def _without_ids(data):
    """Block ids are random; leave them out when comparing stored and wanted content."""
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


# --- comparing and publishing pages ----------------------------------------------------------


def _comparable(page, name):
    """The value of one field in a form that compares equal when the content is the same."""
    value = getattr(page, name)
    if name == "tags":
        return sorted(tag.name for tag in value.all())
    if name in CHILD_FIELDS:
        return [tuple(getattr(obj, f) for f in CHILD_FIELDS[name]) for obj in value.all()]
    if name in TAXONOMY_FIELDS:
        return sorted(obj.pk for obj in value.all())
    if isinstance(value, StreamValue):
        return _without_ids([child.get_prep_value() for child in value])
    if isinstance(value, Country):
        return value.code
    if isinstance(value, list) and value and isinstance(value[0], Country):
        return [country.code for country in value]
    if hasattr(value, "_meta"):  # a foreign key: compare the target, not the instance
        return value.pk
    return value


def _snapshot(page, names):
    return {name: _comparable(page, name) for name in names}


def _apply(page, values):
    for name, value in values.items():
        if name == "tags":
            page.tags.set(value)
        else:
            setattr(page, name, value)


def sync_page(page, values, parent=None):
    """Give ``page`` the wanted values; create it under ``parent`` if new; publish if needed.

    Returns True when a revision was published (new or changed page), False when unchanged.
    """
    before = _snapshot(page, values) if page.pk else None
    _apply(page, values)
    if page.pk is None:
        parent.add_child(instance=page)
    elif before == _snapshot(page, values) and page.live and not page.has_unpublished_changes:
        return False
    page.save_revision().publish()
    return True


def sync_object(obj, values):
    """Update a plain model (a snippet) in place and save it only if something changed."""
    changed = obj.pk is None or any(getattr(obj, k) != v for k, v in values.items())
    for name, value in values.items():
        setattr(obj, name, value)
    if changed:
        obj.save()
    return changed


def translation_of(page, locale):
    """The page's translation in ``locale``, copied (as a draft) if it does not exist yet."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return page.copy_for_translation(locale).specific


# --- the loader ------------------------------------------------------------------------------


class DemoLoader:
    """Builds the framework demo tree step by step; keeps the objects later steps need."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.published = 0
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.nl = Locale.objects.get_or_create(language_code="nl")[0]
        self.terms = {}  # (model, slug, locale code) -> taxonomy object
        self.images = {}
        self.products = {}

    def run(self):
        self.load_taxonomies()
        self.load_images()
        home = self.load_home()
        index = self.load_index(home)
        self.load_products(index)
        scenario_pages = self.load_scenarios(index)
        glossary_page = self.load_glossary(index)
        self.load_dutch(home, index, scenario_pages, glossary_page)
        ensure_review_workflow()
        self.stdout.write(
            f"framework demo: {len(self.products)} products, {len(scenario_pages)} scenarios, "
            f"{len(glossary.TERMS)} glossary terms, {len(self.images)} images; "
            f"{self.published} page(s) published"
        )

    def publish(self, page, values, parent=None):
        if sync_page(page, values, parent):
            self.published += 1
        return page

    # taxonomies and images

    def load_taxonomies(self):
        for model_name, rows in taxonomies.TAXONOMIES.items():
            model = getattr(models, model_name)
            for row in rows:
                self.load_taxonomy_value(model, row)

    def load_taxonomy_value(self, model, row):
        extra = {"sort_order": row["sort_order"]} if "sort_order" in row else {}
        slug = row["slug"]
        english = model.objects.filter(locale=self.en, slug=slug).first()
        english = english or model(locale=self.en, slug=slug)
        sync_object(english, {"name": row["name"], "description": row["description"], **extra})
        dutch = english.get_translation_or_none(self.nl) or english.copy_for_translation(self.nl)
        dutch_values = {"name": row["nl_name"], "description": row["nl_description"], **extra}
        sync_object(dutch, dutch_values)
        self.terms[(model, slug, "en")] = english
        self.terms[(model, slug, "nl")] = dutch

    def taxonomy(self, model, slugs, locale="en"):
        return [self.terms[(model, slug, locale)] for slug in slugs]

    def load_images(self):
        image_model = get_image_model()
        for key, title in make_images.TITLES.items():
            image = image_model.objects.filter(title=title).first()
            if image is None:
                image = self.create_image(image_model, key, title)
            self.images[key] = image

    @staticmethod
    def create_image(image_model, key, title):
        path = make_images.path_for(key)
        if not path.exists():  # the PNGs are committed; redraw them if someone deleted them
            make_images.main()
        with path.open("rb") as handle:
            image = image_model(title=title, file=ImageFile(handle, name=path.name))
            image._set_image_file_metadata()
            image.save()
        return image

    # the English tree

    def load_home(self):
        root = Page.get_first_root_node()
        text = page_texts.HOME
        home = models.HomePage.objects.filter(locale=self.en, depth=2).first()
        welcome = self.default_welcome_page(root)
        if welcome is not None:  # free the "home" slug before creating our page there
            Page.objects.filter(pk=welcome.pk).update(slug=f"wagtail-welcome-{welcome.pk}")
        values = {
            "title": text["title"],
            "intro": text["intro"],
            "search_description": text["intro"][:255],
            "hero_image": self.images[text["image"]],
            "hero_image_alt": text["hero_image_alt"],
        }
        if home is None:
            home = models.HomePage(slug=text["slug"], locale=self.en)
        self.publish(home, values, parent=root)
        self.point_sites_at(home, welcome)
        if welcome is not None:
            welcome.delete()
        return home

    @staticmethod
    def default_welcome_page(root):
        """Wagtail's initial "Welcome" page, if it is still there untouched."""
        for page in root.get_children():
            if (
                page.specific_class is Page
                and page.title == DEFAULT_WELCOME_TITLE
                and not page.get_children().exists()
            ):
                return page
        return None

    @staticmethod
    def point_sites_at(home, welcome):
        sites = Site.objects.all()
        if not sites.exists():
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=page_texts.HOME["title"],
            )
            return
        welcome_pk = welcome.pk if welcome is not None else None
        for site in sites:
            points_at_default = site.is_default_site or site.root_page_id == welcome_pk
            if points_at_default and site.root_page_id != home.pk:
                site.root_page = home
                site.save()

    def load_index(self, home):
        text = page_texts.FRAMEWORK_INDEX
        index = models.FrameworkIndexPage.objects.child_of(home).filter(slug=text["slug"]).first()
        index = index or models.FrameworkIndexPage(slug=text["slug"], locale=self.en)
        values = {"title": text["title"], "intro": text["intro"]}
        values["search_description"] = text["intro"][:255]
        return self.publish(index, values, parent=home)

    def load_products(self, index):
        kinds = [
            (models.TechnologyGuidePage, technology_guides.TECHNOLOGY_GUIDES, self.tech_values),
            (models.GuidelinePage, guidelines.GUIDELINES, self.guideline_values),
            (models.CaseExamplePage, case_examples.CASE_EXAMPLES, self.case_values),
        ]
        for model, rows, extra_values in kinds:
            for row in rows:
                page = model.objects.child_of(index).filter(slug=row["slug"]).first()
                page = page or model(slug=row["slug"], locale=self.en)
                values = {**self.product_values(row), **extra_values(row)}
                self.products[row["slug"]] = self.publish(page, values, parent=index)

    def product_values(self, row, language="en"):
        values = {
            "title": row["title"],
            "summary": row["summary"],
            "body": stream(row["body"]),
            "hero_image": self.images[row["image"]],
            "hero_image_alt": row["hero_image_alt"],
            "countries": row["countries"],
            "tags": row["tags"],
            "sources": sources_stream(row["sources"]),
            "last_reviewed": datetime.date.fromisoformat(row["last_reviewed"]),
        }
        for field, model in TAXONOMY_FIELDS.items():
            values[field] = self.taxonomy(model, row[field], language)
        return values

    @staticmethod
    def tech_values(row):
        values = {name: row[name] for name in TECHNOLOGY_FIELDS}
        values.update({name: row.get(name, "") for name in TECHNOLOGY_TEXT_FIELDS})
        return values

    @staticmethod
    def guideline_values(row):
        values = {name: row[name] for name in GUIDELINE_FIELDS}
        values["steps"] = steps_stream(row["steps"])
        return values

    @staticmethod
    def case_values(row):
        values = {name: row[name] for name in CASE_FIELDS}
        values["lessons_learned"] = lessons_stream(row["lessons_learned"])
        return values

    def load_scenarios(self, index):
        pages = {}
        for row in scenarios.SCENARIOS:
            page = models.ScenarioPage.objects.child_of(index).filter(slug=row["slug"]).first()
            page = page or models.ScenarioPage(slug=row["slug"], locale=self.en)
            values = self.scenario_values(row, "en")
            pages[row["slug"]] = self.publish(page, values, parent=index)
        return pages

    def scenario_values(self, row, language):
        prefix = "" if language == "en" else f"{language}_"
        featured = [self.products[slug] for slug in row["featured"]]
        return {
            "title": row[f"{prefix}title"],
            "intro": row[f"{prefix}intro"],
            "search_description": row[f"{prefix}intro"][:255],
            "narrative": stream(row[f"{prefix}narrative"]),
            "hazard": self.terms[(models.Hazard, row["hazard"], language)],
            "country": row["country"],
            "hero_image": self.images[row["image"]],
            "hero_image_alt": row[f"{prefix}hero_image_alt"],
            "featured_products": [
                models.ScenarioProduct(page=product, sort_order=position)
                for position, product in enumerate(featured)
            ],
        }

    def load_glossary(self, index):
        text = page_texts.GLOSSARY
        page = models.GlossaryPage.objects.child_of(index).filter(slug=text["slug"]).first()
        page = page or models.GlossaryPage(slug=text["slug"], locale=self.en)
        values = {"title": text["title"], "intro": text["intro"], "terms": self.glossary_terms()}
        return self.publish(page, values, parent=index)

    @staticmethod
    def glossary_terms():
        return [
            models.GlossaryTerm(
                term=row["term"],
                slug=slugify(row["term"]),
                definition=row["definition"],
                source=row.get("source", ""),
                source_url=row.get("source_url", ""),
                sort_order=position,
            )
            for position, row in enumerate(glossary.TERMS)
        ]

    # the Dutch tree: translations of home, index, glossary and scenarios

    def load_dutch(self, home, index, scenario_pages, glossary_page):
        home_text, index_text = page_texts.HOME, page_texts.FRAMEWORK_INDEX
        home_values = {
            "title": home_text["nl_title"],
            "intro": home_text["nl_intro"],
            "search_description": home_text["nl_intro"][:255],
            "hero_image": self.images[home_text["image"]],
            "hero_image_alt": home_text["nl_hero_image_alt"],
        }
        self.publish(translation_of(home, self.nl), home_values)
        index_values = {"title": index_text["nl_title"], "intro": index_text["nl_intro"]}
        index_values["search_description"] = index_text["nl_intro"][:255]
        self.publish(translation_of(index, self.nl), index_values)
        glossary_text = page_texts.GLOSSARY
        glossary_values = {"title": glossary_text["nl_title"], "intro": glossary_text["nl_intro"]}
        glossary_values["terms"] = self.glossary_terms()
        self.publish(translation_of(glossary_page, self.nl), glossary_values)
        for row in scenarios.SCENARIOS:
            dutch = translation_of(scenario_pages[row["slug"]], self.nl)
            self.publish(dutch, self.scenario_values(row, "nl"))
        self.load_dutch_products()

    def load_dutch_products(self):
        """Dutch translations of a few products (same slug under /nl/framework/)."""
        kinds = [
            (
                technology_guides.TECHNOLOGY_GUIDES,
                translations_nl.TECHNOLOGY_GUIDES,
                self.tech_values,
            ),
            (guidelines.GUIDELINES, translations_nl.GUIDELINES, self.guideline_values),
            (case_examples.CASE_EXAMPLES, translations_nl.CASE_EXAMPLES, self.case_values),
        ]
        for rows, texts, extra_values in kinds:
            for row in rows:
                if row["slug"] not in texts:
                    continue
                dutch_row = {**row, **texts[row["slug"]]}
                values = {**self.product_values(dutch_row, "nl"), **extra_values(dutch_row)}
                self.publish(translation_of(self.products[row["slug"]], self.nl), values)
