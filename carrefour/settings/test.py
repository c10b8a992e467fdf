"""The test suite: same apps as production, fast hashing, a reusable test database.

CARREFOUR_DB_SUFFIX lets several checkouts run their suites side by side on one
PostgreSQL server without sharing a test database.
"""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, DATABASES

DEBUG = False
SECRET_KEY = "test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SERVE_MEDIA_IMAGES = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = BASE_DIR / ".test-media"
# Most tests change content without publishing it the editor's way; the page cache has its
# own tests (core/tests/test_page_cache.py), which turn it on.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "false").lower() == "true"

_suffix = os.environ.get("CARREFOUR_DB_SUFFIX", "")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not :memory:, so --reuse-db works and the browser tests' server can share it.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / f".test-db{_suffix}.sqlite3")}
else:
    DATABASES["default"]["TEST"] = {"NAME": f"test_carrefour{_suffix}"}

# pytest-xdist (`make test` runs a worker per core): pytest-django gives each worker its own
# test database; the shared Redis gets a key prefix per worker, since tests clear their prefix.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
# A subprocess started by a test inherits both the worker and the prefix: add it once.
_prefix = CACHES["default"].get("KEY_PREFIX")
if _worker and _prefix and not _prefix.endswith(f"-{_worker}"):
    CACHES["default"]["KEY_PREFIX"] = f"{_prefix}-{_worker}"
