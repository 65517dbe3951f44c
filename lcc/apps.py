from django.apps import AppConfig


class LccConfig(AppConfig):
    name = "lcc"
    verbose_name = "LINKS Community Center"

    def ready(self):
        from lcc import page_cache

        page_cache.connect_signals()
