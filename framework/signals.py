"""Keep cached framework data fresh: the derived-data generation (which also covers the
glossary terms that product text links to)."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from framework.caching import bump_generation

#: Changes to these apps' models may change what framework pages show (products, taxonomy
#: names, tags, view restrictions, locales); "wagtailcore" covers every page type.
WATCHED_APPS = {"framework", "wagtailcore", "taggit"}
#: Saved on every edit or visit without changing what is published.
IGNORED_MODELS = {"wagtailcore.Revision", "wagtailcore.PageLogEntry", "wagtailcore.ModelLogEntry"}


def _bump_now_and_on_commit():
    # Again once the change is committed: a request computing derived data between the save
    # and the commit reads the old rows and would otherwise cache them under the new number.
    bump_generation()
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        entry[1] is bump_generation for entry in connection.run_on_commit
    ):
        return  # one bump at commit is enough, however many rows the transaction saves
    transaction.on_commit(bump_generation)


def _watched(sender):
    meta = getattr(sender, "_meta", None)
    return meta is not None and meta.app_label in WATCHED_APPS and meta.label not in IGNORED_MODELS


@receiver(post_save, dispatch_uid="framework.generation.save")
@receiver(post_delete, dispatch_uid="framework.generation.delete")
@receiver(m2m_changed, dispatch_uid="framework.generation.m2m")
def content_changed(sender, **kwargs):
    if _watched(sender):
        _bump_now_and_on_commit()


@receiver(page_published, dispatch_uid="framework.generation.published")
@receiver(page_unpublished, dispatch_uid="framework.generation.unpublished")
def page_visibility_changed(sender, **kwargs):
    _bump_now_and_on_commit()
