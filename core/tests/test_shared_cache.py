"""The shared cache: Redis when REDIS_URL names one (the PostgreSQL run), never a 500 when down."""

import os
import subprocess
import sys

import pytest
import redis
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.core.cache import cache, caches

from core import ratelimit
from core.cache_backends import ResilientRedisCache

REDIS_URL = os.environ.get("REDIS_URL", "")
needs_redis = pytest.mark.skipif(not REDIS_URL, reason="the PostgreSQL run has a real Redis")
# Nothing listens on port 9 (discard) on 127.0.0.1: a Redis that is down.
DOWN = "redis://127.0.0.1:9/0"


def down_cache_settings():
    return {
        **django_settings.CACHES,
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": DOWN,
            "OPTIONS": {"socket_connect_timeout": 0.3, "socket_timeout": 0.3},
        },
    }


@needs_redis
def test_the_default_cache_is_the_real_redis():
    assert isinstance(caches["default"], ResilientRedisCache)
    cache.set("essai", "partagé", 30)
    raw = redis.Redis.from_url(REDIS_URL)
    key = cache.make_key("essai")
    assert raw.exists(key) == 1
    assert cache.get("essai") == "partagé"


@needs_redis
def test_clear_forgets_this_site_s_keys_only():
    raw = redis.Redis.from_url(REDIS_URL)
    raw.set("un-autre-site:1:garde", "1", ex=60)
    cache.set("oublie", "1", 60)
    try:
        cache.clear()
        assert cache.get("oublie") is None
        assert raw.get("un-autre-site:1:garde") == b"1"
    finally:
        raw.delete("un-autre-site:1:garde")


@needs_redis
def test_a_rate_limit_counts_across_processes(settings):
    """Another process (another server) sees the hits counted here."""
    limit, _window = ratelimit.limit_for("feedback")
    for _ in range(limit):
        ratelimit.hit("feedback", "203.0.113.77")
    code = (
        "import django; django.setup(); from core import ratelimit; "
        "print(ratelimit.is_limited('feedback', '203.0.113.77'), "
        "ratelimit.is_limited('feedback', '203.0.113.78'))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "carrefour.settings.test"}
    env["CACHE_KEY_PREFIX"] = cache.key_prefix
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["True", "False"]


@pytest.mark.django_db
def test_sessions_live_in_the_cache_and_the_database(client, staff_user):
    client.force_login(staff_user)
    key = client.session.session_key
    assert Session.objects.filter(session_key=key).exists()
    assert cache.get(f"django.contrib.sessions.cached_db{key}") is not None


def test_a_redis_outage_reads_as_an_empty_cache(settings):
    settings.CACHES = down_cache_settings()
    down = caches["default"]
    assert down.get("x", "défaut") == "défaut"
    assert down.add("x", 1) is False
    assert down.get_or_set("y", lambda: "calculé") == "calculé"
    with pytest.raises(ValueError):
        down.incr("x")
    assert ratelimit.hit("feedback", "203.0.113.5") is False  # not limited, not an error


@pytest.mark.django_db
def test_with_redis_down_pages_are_still_served(client, settings, home_pages, staff_user):
    settings.CACHES = down_cache_settings()
    response = client.get("/fr/")
    assert response.status_code == 200
    assert "Carrefour du partenariat" in response.content.decode()
    # Signing in still works: the session is written to the database behind the cache.
    signed_in = client.post("/fr/connexion/", {"username": staff_user.username, "password": "pw"})
    assert signed_in.status_code == 302
    assert client.get("/fr/").wsgi_request.user.is_authenticated
