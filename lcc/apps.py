from django.apps import AppConfig


class LccConfig(AppConfig):
    name = "lcc"
    verbose_name = "LINKS Community Center"
