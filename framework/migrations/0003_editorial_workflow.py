from django.db import migrations


def set_up_review(apps, schema_editor):
    from framework.workflow import ensure_review_workflow

    ensure_review_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("framework", "0002_locales"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(set_up_review, migrations.RunPython.noop)]
