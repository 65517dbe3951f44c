"""Settings for the test suite: fast hashing, e-mail kept in memory, eager tasks.

DATABASE_URL and REDIS_URL still apply, so CI runs the whole suite on
PostgreSQL and Redis; tests that need a real worker switch eagerness off.
"""

import os
import warnings

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
CELERY_TASK_ALWAYS_EAGER = env("CELERY_TASK_ALWAYS_EAGER", "1") == "1"
# Each test session queues to its own Celery queue; its worker processes get it via CELERY_QUEUE.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE") or f"lcc-test-{os.getpid()}"
MEDIA_ROOT = BASE_DIR / ".test-media"
# Off by default so tests see fresh pages; tests/lcc/test_page_cache.py switches it on.
LCC_PAGE_CACHE_SECONDS = 0
LCC_MEMBER_CACHE_SECONDS = 0  # tests/lcc/test_member_cache.py switches it on
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False}

# Static files come from the finders here; whitenoise need not warn that collectstatic never ran.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")
