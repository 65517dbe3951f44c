from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "community.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from wagtail.signals import page_published

        from community.notifications import contributions, receivers  # noqa: F401

        page_published.connect(
            receivers.page_published, dispatch_uid="notifications.page_published"
        )
