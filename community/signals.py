"""Profiles for new accounts, the Moderators group, and the thread search index."""

from django.conf import settings
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.search import index


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from community.models import Profile

        Profile.objects.get_or_create(user=instance)


@receiver(post_save, sender="community.Post", dispatch_uid="community.reindex_thread_save")
@receiver(post_delete, sender="community.Post", dispatch_uid="community.reindex_thread_delete")
def reindex_thread(sender, instance, raw=False, **kwargs):
    """A thread is indexed with its visible posts' text: a new, edited, hidden, restored or
    deleted post changes it. (Saving the thread itself is handled by Wagtail's own signals.)"""
    if raw:
        return
    from community.models import Thread

    thread = Thread.objects.filter(pk=instance.thread_id).first()
    if thread is not None:
        index.insert_or_update_object(thread)


def ensure_moderators_group(sender, **kwargs):
    """Keep the Moderators group and its permissions in place after every migrate.

    Connected for every app: the admin-access permission is created by another app's
    post_migrate handler, so the last call of a run is the one that finds it.
    """
    from community.permissions import moderators_group

    moderators_group()


def connect_post_migrate(app_config):
    post_migrate.connect(ensure_moderators_group, dispatch_uid="community.moderators_group")
