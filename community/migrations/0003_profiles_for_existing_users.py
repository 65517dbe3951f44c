"""Give every user that existed before profiles were introduced a profile."""

import secrets

from django.db import migrations


def create_profiles(apps, schema_editor):
    User = apps.get_model("community", "User")
    Profile = apps.get_model("community", "Profile")
    for user in User.objects.filter(profile__isnull=True).iterator():
        Profile.objects.create(user=user, handle=f"member-{secrets.token_hex(3)}")


class Migration(migrations.Migration):
    dependencies = [("community", "0002_profiles_discussions_follows")]

    operations = [migrations.RunPython(create_profiles, migrations.RunPython.noop)]
