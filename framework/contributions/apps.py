from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributionsConfig(AppConfig):
    """Member proposals, "Was this useful?" feedback and freshness reminders for products."""

    name = "framework.contributions"
    label = "contributions"
    verbose_name = _("Contributions and feedback")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from framework.contributions.panels import add_contributor_panels

        add_contributor_panels()
