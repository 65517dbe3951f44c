"""Settings shared by every environment.

Every secret and service address comes from the environment. Without any, the
project runs on the embedded default (see ``dev``): SQLite, eager tasks,
local-memory cache and console e-mail.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# --- Applications -----------------------------------------------------------

INSTALLED_APPS = [
    "lcc",
    "community",
    "community.notifications",
    "framework",
    "framework.contributions",
    "learning_paths",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_countries",
    "allauth",
    "allauth.account",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lcc.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "lcc.member_cache.MemberPageCacheMiddleware",
]

ROOT_URLCONF = "lcc.urls"
WSGI_APPLICATION = "lcc.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lcc.context_processors.site",
                "lcc.member_cache.context",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "lcc"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions are read from the cache (Redis in production) and written through to the database,
# so a signed-in request costs no session query while sessions survive a cache flush.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Accounts ---------------------------------------------------------------

AUTH_USER_MODEL = "community.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
# Django's own fallback; allauth's views go to the home page in the active language instead
# (community.adapters.AccountAdapter).
LOGIN_REDIRECT_URL = "/"

# django-allauth: log in by e-mail, verified addresses, rate limits left on (its defaults).
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[LINKS Community Center] "
ACCOUNT_ADAPTER = "community.adapters.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}

# --- Internationalisation ---------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("da", "Dansk"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "lcc" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"

# --- Static and media -------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail -----------------------------------------------------------------

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "LINKS Community Center <noreply@lcc.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery -----------------------------------------------------------------

CELERY_BROKER_URL = env("CELERY_BROKER_URL", REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not (env("CELERY_BROKER_URL") or REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", "lcc")
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {}

# --- Wagtail ----------------------------------------------------------------

WAGTAIL_SITE_NAME = "LINKS Community Center"
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILAPI_BASE_URL = SITE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_ENABLE_UPDATE_CHECK = False
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# --- Anonymous page cache (lcc/page_cache.py) --------------------------------
# Whole pages for visitors without a session, invalidated when any content model changes.
LCC_PAGE_CACHE_SECONDS = int(env("LCC_PAGE_CACHE_SECONDS", "600"))
LCC_PAGE_CACHE_WATCHED_APPS = {
    "framework",
    "community",
    "learning_paths",
    "wagtailcore",
    "wagtailimages",
    "wagtailsites",
    "wagtaildocs",
    "taggit",
    "wagtail_localize",
}
LCC_PAGE_CACHE_IGNORED_MODELS = {
    "learning_paths.Enrolment",
    "learning_paths.StepProgress",
    "community.User",
}
LCC_PAGE_CACHE_SKIP_PREFIXES = ("/admin/", "/django-admin/", "/health/", "/i18n/")

# Signed-in members: a shared copy per page and generation with the personal parts ("holes")
# filled per request (lcc/member_cache.py). 0 turns the sharing off; holes are always filled.
LCC_MEMBER_CACHE_SECONDS = int(env("LCC_MEMBER_CACHE_SECONDS", str(LCC_PAGE_CACHE_SECONDS)))
# Views whose pages are shared between members. Each was checked: everything personal in its
# templates is a hole, and what it shows otherwise depends only on the URL and the language.
LCC_MEMBER_CACHE_VIEWS = {
    "wagtail.views.serve",
    "framework.views.search",
    "community.views.discussions.index",
    "community.views.discussions.thread_list",
    "community.views.discussions.category_threads",
    "community.views.discussions.tag_threads",
    "community.views.discussions.thread_detail",
    "learning_paths.views.index",
    "learning_paths.views.step",
}
LCC_MEMBER_CACHE_HOLES = {
    "account_nav": "lcc.holes.account_nav",
    "follow": "community.holes.follow_buttons",
    "post_actions": "community.holes.post_actions",
    "step_progress": "learning_paths.holes.step_progress",
    "step_form": "learning_paths.holes.step_form",
    "path_progress": "learning_paths.holes.path_progress",
}
# Members for whom any of these is true always get pages rendered for them.
LCC_MEMBER_CACHE_BYPASS = [
    "lcc.member_cache.sees_more_than_members",
    "community.holes.owns_hidden_content",
]

# --- Logging ----------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail queues its own small jobs through django-tasks; one line per job is noise.
        "django_tasks": {"level": "WARNING"},
        "wagtail.tasks": {"level": "WARNING"},
    },
}

# --- Demo content -----------------------------------------------------------
# Modules with a ``load(stdout)`` function, run in this order by ``load_demo_content``.
LCC_DEMO_LOADERS = ["framework.demo", "community.demo", "learning_paths.demo"]

# --- Framework (owned by the framework app) ----------------------------------
# Dotted paths of callables ``(request, query) -> list`` whose results site search shows
# beside framework pages (so the framework never imports the community app).
LCC_SEARCH_PROVIDERS = []

# --- Community (owned by the community app) ----------------------------------
LCC_SEARCH_PROVIDERS += ["community.search.search_threads"]
# Posting limits per member (cache counters; Redis in production so all processes share them).
LCC_COMMUNITY_POST_LIMITS = {"minute": 4, "hour": 40}
# Dotted paths of callables ``(user) -> (section_name, data)`` added to "Download my data".
LCC_DATA_EXPORTERS = []
CELERY_BEAT_SCHEDULE["community-lift-expired-suspensions"] = {
    "task": "community.tasks.lift_expired_suspensions",
    "schedule": 15 * 60,
}

# --- Notifications (owned by community.notifications) ------------------------
from celery.schedules import crontab  # noqa: E402  (kept inside this app's section)

# Delivery: see community/notifications/delivery.py for what is guaranteed and why.
NOTIFICATIONS_BATCH_SIZE = 500  # notifications mailed per task
NOTIFICATIONS_DIGEST_BATCH_SIZE = 100  # members per digest task
NOTIFICATIONS_SWEEP_GRACE_SECONDS = int(env("NOTIFICATIONS_SWEEP_GRACE_SECONDS", "300"))
NOTIFICATIONS_STALE_CLAIM_SECONDS = int(env("NOTIFICATIONS_STALE_CLAIM_SECONDS", "900"))
NOTIFICATIONS_SWEEP_LIMIT = 5000  # rows re-queued per sweep run

CELERY_BEAT_SCHEDULE = {
    **CELERY_BEAT_SCHEDULE,
    "notifications-sweep": {
        "task": "community.notifications.tasks.sweep_notifications",
        "schedule": crontab(),  # every minute
    },
    "notifications-daily-digest": {
        "task": "community.notifications.tasks.queue_daily_digests",
        "schedule": crontab(hour=7, minute=0),
    },
    "notifications-weekly-digest": {
        "task": "community.notifications.tasks.queue_weekly_digests",
        "schedule": crontab(hour=7, minute=30, day_of_week="mon"),
    },
}

LCC_DATA_EXPORTERS = [
    *globals().get("LCC_DATA_EXPORTERS", []),
    "community.notifications.exports.export_user_data",
]

# --- Learning paths (owned by the learning_paths app) ------------------------
from celery.schedules import crontab  # noqa: E402, F811  (self-contained section)

# Members enrolled in a path with no progress for this many days get one reminder per idle spell.
LEARNING_NUDGE_AFTER_DAYS = 14
CELERY_BEAT_SCHEDULE = {
    **globals().get("CELERY_BEAT_SCHEDULE", {}),
    "learning-paths-nudge-idle": {
        "task": "learning_paths.tasks.nudge_idle_learners",
        "schedule": crontab(hour=9, minute=15),  # daily
    },
}
LCC_DATA_EXPORTERS = [
    *globals().get("LCC_DATA_EXPORTERS", []),
    "learning_paths.exports.export_user_data",
]
LCC_SEARCH_PROVIDERS = [
    *globals().get("LCC_SEARCH_PROVIDERS", []),
    "learning_paths.search.search_paths",
]

# --- Contributions (owned by framework.contributions) ------------------------
from celery.schedules import crontab  # noqa: E402, F811  (self-contained section)

# Proposals a member may send per day (cache counters; Redis shares them between processes).
LCC_CONTRIBUTION_PROPOSALS_PER_DAY = int(env("LCC_CONTRIBUTION_PROPOSALS_PER_DAY", "5"))
# "Was this useful?" answers per hour: anonymous visitors per IP address, members per account.
LCC_FEEDBACK_LIMITS = {"anonymous_per_hour": 10, "member_per_hour": 30}
# Uploaded images: at most this many bytes (JPEG, PNG or WebP, checked with Pillow).
LCC_CONTRIBUTION_IMAGE_MAX_BYTES = 5 * 1024 * 1024
# Live products not reviewed for this many days are listed in "Needs review" and mailed weekly.
LCC_FRESHNESS_MAX_AGE_DAYS = int(env("LCC_FRESHNESS_MAX_AGE_DAYS", "365"))
# Groups whose members get the weekly freshness digest.
LCC_FRESHNESS_EDITOR_GROUPS = ["Editors", "Moderators"]
CELERY_BEAT_SCHEDULE = {
    **globals().get("CELERY_BEAT_SCHEDULE", {}),
    "contributions-freshness-reminders": {
        "task": "framework.contributions.tasks.send_freshness_reminders",
        "schedule": crontab(hour=8, minute=0, day_of_week="mon"),  # weekly
    },
}
LCC_DATA_EXPORTERS = [
    *globals().get("LCC_DATA_EXPORTERS", []),
    "framework.contributions.exports.export_user_data",
]

# --- Benchmark (owned by bench/) ------------------------------------------------
# Serve /bench/hello/, the throughput ceiling bench/run.py compares every page with.
LCC_BENCH_BASELINE = env_bool("LCC_BENCH_BASELINE", False)
