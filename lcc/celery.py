"""The Celery application: Redis broker, settings under the ``CELERY_`` namespace."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lcc.settings.dev")

app = Celery("lcc")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
