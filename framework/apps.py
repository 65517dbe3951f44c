from django.apps import AppConfig


class FrameworkConfig(AppConfig):
    name = "framework"
    verbose_name = "LINKS Framework"

    def ready(self):
        from framework import signals  # noqa: F401 - connects the receivers
