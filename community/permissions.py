"""Who may moderate: superusers and members of the "Moderators" group."""

MODERATORS_GROUP = "Moderators"


def is_moderator(user):
    """True for superusers and members of the Moderators group (cached on the user object)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_lcc_is_moderator", None)
    if cached is None:
        cached = user.groups.filter(name=MODERATORS_GROUP).exists()
        user._lcc_is_moderator = cached
    return cached


def moderators_group():
    """The Moderators group, created if missing, with access to the Wagtail admin."""
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    perms = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ) | Permission.objects.filter(
        content_type__app_label="community",
        codename__in=["add_category", "change_category", "delete_category"],
    )
    group.permissions.add(*perms)
    return group
