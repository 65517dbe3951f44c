"""Keep the glossary-link cache fresh when a glossary changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from framework.models import GlossaryPage, GlossaryTerm
from framework.text import clear_glossary_cache


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
