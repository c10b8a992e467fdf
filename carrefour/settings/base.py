"""Settings shared by every environment (dev, test, production).

Environment-specific modules import * from here and override what differs.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # Project apps: one per content area.
    "core",
    "vocabulary",
    "home",
    "hub",
    "outils",
    "formations",
    "videos",
    "nouveautes",
    "search",
    "engagement",
    # Wagtail and its contrib apps.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "django_tasks_db",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.simple_translation",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # NUL characters, integers beyond 64 bits and oversized bodies: a 400 (or 413) before
    # any view or the database sees them (core/guards.py).
    "core.guards.BadInputGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Per-request state (snapshot tokens read once, memos) without request attributes.
    "core.request_state.RequestStateMiddleware",
    # French first: the language comes from the URL prefix, never from Accept-Language.
    "core.middleware.FrenchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Anonymous pages from the shared cache (core/page_cache.py): inside the session, CSRF
    # and message middleware, which it checks; outside the headers added below.
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After XFrameOptionsMiddleware so that its admin exception is seen first on the way out.
    "core.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "carrefour.urls"

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
                # The site settings from the frame snapshot, as `site_settings`.
                "core.context_processors.site_settings",
            ],
        },
    },
]

WSGI_APPLICATION = "carrefour.wsgi.application"

# SQLite file by default (make run); DATABASE_URL selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A persistent connection the server dropped (a restart) is replaced, not reused.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # An unreachable server fails the request within two seconds (a 503), never hangs it.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 2
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The page cache for anonymous visitors (core/page_cache.py): on by default, off in most tests.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() != "false"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
PAGE_CACHE_MAX_VARIANTS = int(os.environ.get("PAGE_CACHE_MAX_VARIANTS", "100"))

# Background work (search index updates, frontend cache purges, the office's e-mails):
# inline by default (`make run`, tests); TASKS_BACKEND=database keeps tasks in PostgreSQL
# for `python manage.py db_worker` to run, so an editor or a visitor never waits on them.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if os.environ.get("TASKS_BACKEND", "immediate") == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Sessions read from the shared cache, written through to the database: a Redis restart
# signs nobody out, and every server sees the same session.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Loi 25: partner users retired (and requests closed) longer than this are anonymised by
# `manage.py purge_partner_users` (engagement/retention.py).
ENGAGEMENT_RETENTION_MONTHS = int(os.environ.get("ENGAGEMENT_RETENTION_MONTHS", "24"))

# One rate limiter (core.ratelimit), counted in the default cache: name -> (hits, seconds).
RATE_LIMITS = {
    "request_form": (10, 3600),
    "feedback": (10, 3600),
    # Failed sign-ins (core/login.py): per client address, and per account from anywhere.
    "login_address": (20, 900),
    "login_account": (5, 900),
    # Site search (search/views.py), per account or address: searches that reach the
    # server (a cached page costs nothing), then those written to the query report.
    # `make bench` lifts the first (SEARCH_RATE_LIMIT): wrk is one client sending thousands.
    "search": (int(os.environ.get("SEARCH_RATE_LIMIT", "120")), 60),
    "search_log": (20, 600),
}
# Proxies in front of the site whose X-Forwarded-For is believed (core.ratelimit).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# `default`: local memory for `make run` and the tests; production shares Redis.
# `snapshots` (core.snapshots): each process keeps its own, without pickling, versioned
# by the scoped tokens in the database; entries never expire, tokens replace them.
# The shared cache (rate-limit counts, cached sessions, the page cache): Redis when
# REDIS_URL (or CACHE_URL) names one, process memory otherwise (`make run`). Short socket
# timeouts: a Redis that stops answering costs a request at most a fraction of a second
# per call, and core.cache_backends then serves the page without the cache.
REDIS_URL = os.environ.get("REDIS_URL") or os.environ.get("CACHE_URL") or ""
if REDIS_URL:
    _default_cache = {
        "BACKEND": "core.cache_backends.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "carrefour"),
        "OPTIONS": {"socket_connect_timeout": 0.3, "socket_timeout": 0.3},
    }
else:
    _default_cache = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {
    "default": _default_cache,
    "snapshots": {
        "BACKEND": "core.cache_backends.ProcessMemoryCache",
        "LOCATION": "carrefour-snapshots",
        "TIMEOUT": None,
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
    # Wagtail stores every rendition it serves in this alias on each `{% image %}` (a
    # `set` per image per request): in Redis that was a third of the home page's time.
    # Process memory, pickled: a rendition's key holds its file's hash, so a replaced
    # image gets new keys.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "carrefour-renditions",
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# French is the default and first language (Charte de la langue française);
# English is an opt-in parallel version under /en/.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# A proxy cache or CDN in front of the site is purged on publication (Wagtail's frontend
# cache, HTTP PURGE to FRONTEND_CACHE_PURGE_URL), for the page and the listings above it
# (core/signals.py).
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
# Each page's URL as it is: French and English pages have their own slugs (/fr/outils/,
# /en/tools/), so swapping the language prefix (Wagtail's default) would purge URLs that do
# not exist; each translation is purged when it is published.
WAGTAILFRONTENDCACHE_LANGUAGES = []
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Toronto"
USE_I18N = True
USE_TZ = True

# --- Static and media ------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static_src"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "static")
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Images only: documents go through Wagtail's serve view, which checks access.
SERVE_MEDIA_IMAGES = False

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Request bodies (file uploads aside): the admin's page forms up to 5 MB; the public site's
# forms (request forms, « utile ? », sign-in) up to 256 KB, far above their fields' limits
# (core/guards.py answers 413 beyond it).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
PUBLIC_REQUEST_MAX_BYTES = 256 * 1024

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "Carrefour du partenariat"
# The public address of the site: `manage.py configure_site` gives the default Wagtail
# site this host name and port, which every absolute link (RSS, sitemap, API, printed
# guides) is built on. `make run` serves http://127.0.0.1:8000.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_BASE_URL)
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "core.CustomDocument"
# Documents are always served by Wagtail's view so access rules apply to files too.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "doc", "docx", "odt", "rtf", "txt", "csv",
    "xls", "xlsx", "ods", "ppt", "pptx", "odp",
    "mp3", "mp4", "webm", "vtt", "zip",
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# SVG: the demo video posters are SVG, their text drawn by the browser's own fonts.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
# Slugs stay ASCII: « Évaluation » becomes "evaluation".
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "french_unaccent",
    }
}
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

# Content-Security-Policy for the public site: no inline script, no other host
# except the two video players, which load only after a click.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# Staff sign in on the site itself: Wagtail's admin login refuses users without admin access.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

SITE_NAME = _("Carrefour du partenariat")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
