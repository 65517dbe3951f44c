"""Load the demo content of every app, in dependency order. Safe to run again."""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Load (or refresh) the LINKS demo content. Idempotent: running it twice changes nothing."

    def handle(self, *args, **options):
        for module_path in settings.LCC_DEMO_LOADERS:
            module = import_module(module_path)
            with transaction.atomic():
                module.load(self.stdout)
            self.stdout.write(self.style.SUCCESS(f"{module_path}: loaded"))
