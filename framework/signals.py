"""Keep cached framework data fresh: glossary links and the derived-data generation."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from framework.caching import bump_generation
from framework.models import GlossaryPage, GlossaryTerm
from framework.text import clear_glossary_cache

#: Changes to these apps' models may change what framework pages show (products, taxonomy
#: names, tags, view restrictions, locales); "wagtailcore" covers every page type.
WATCHED_APPS = {"framework", "wagtailcore", "taggit"}
#: Saved on every edit or visit without changing what is published.
IGNORED_MODELS = {"wagtailcore.Revision", "wagtailcore.PageLogEntry", "wagtailcore.ModelLogEntry"}


def _watched(sender):
    meta = getattr(sender, "_meta", None)
    return meta is not None and meta.app_label in WATCHED_APPS and meta.label not in IGNORED_MODELS


@receiver(post_save, dispatch_uid="framework.generation.save")
@receiver(post_delete, dispatch_uid="framework.generation.delete")
@receiver(m2m_changed, dispatch_uid="framework.generation.m2m")
def content_changed(sender, **kwargs):
    if _watched(sender):
        bump_generation()


@receiver(page_published, dispatch_uid="framework.generation.published")
@receiver(page_unpublished, dispatch_uid="framework.generation.unpublished")
def page_visibility_changed(sender, **kwargs):
    bump_generation()


@receiver(page_published, sender=GlossaryPage)
@receiver(page_unpublished, sender=GlossaryPage)
def glossary_page_changed(sender, instance, **kwargs):
    clear_glossary_cache(instance.locale_id)


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def glossary_term_changed(sender, instance, **kwargs):
    locale_id = (
        GlossaryPage.objects.filter(pk=instance.glossary_id)
        .values_list("locale_id", flat=True)
        .first()
    )
    if locale_id is not None:
        clear_glossary_cache(locale_id)
