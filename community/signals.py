"""Every user gets a profile the moment the account is created (sign-up, admin, shell)."""

from django.conf import settings
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from community.models import Profile

        Profile.objects.get_or_create(user=instance)


def ensure_moderators_group(sender, **kwargs):
    """Keep the Moderators group and its permissions in place after every migrate.

    Connected for every app: the admin-access permission is created by another app's
    post_migrate handler, so the last call of a run is the one that finds it.
    """
    from community.permissions import moderators_group

    moderators_group()


def connect_post_migrate(app_config):
    post_migrate.connect(ensure_moderators_group, dispatch_uid="community.moderators_group")
