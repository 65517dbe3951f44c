"""The embedded default: what ``make run`` gives a newcomer.

SQLite, tasks run eagerly in-process, local-memory cache, e-mail printed to the
console. Setting DATABASE_URL / REDIS_URL switches to PostgreSQL / Redis.
"""

import warnings

from .base import *  # noqa: F403
from .base import env

DEBUG = env("DEBUG", "1") not in {"0", "false", "False"}
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
INTERNAL_IPS = ["127.0.0.1"]

# Static files come from the finders here; whitenoise need not warn that collectstatic never ran.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")
