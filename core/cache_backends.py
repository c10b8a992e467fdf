"""Cache backends: process memory for snapshots, a Redis that may be down for the rest.

A local-memory cache that keeps Python objects as they are.

Snapshots (core.snapshots) are large read-only structures read on every request: the
tool bank's facet index at 5,000 tools unpickles in several milliseconds, which
Django's LocMemCache would pay on every `get`. This backend is LocMemCache without the
pickling; each process keeps its own entries, kept in step by the scoped tokens that
version them (in the database). Callers must not mutate what they get.
"""

import logging
import time

import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class ProcessMemoryCache(LocMemCache):
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._set(key, value, timeout)
                return True
            return False

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                return default
            value = self._cache[key]
            self._cache.move_to_end(key, last=False)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            self._set(key, value, timeout)

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                raise ValueError(f"Key '{key}' not found")
            value = self._cache[key] + delta
            self._cache[key] = value
            self._cache.move_to_end(key, last=False)
        return value


class ResilientRedisCache(RedisCache):
    """Django's RedisCache that treats an unreachable Redis as an empty cache.

    The shared cache holds the page cache, the rate-limit counts and the cached
    sessions: all can be rebuilt or forgotten. When Redis is down (or too slow: the
    socket timeouts in the settings bound each call) pages are still served, uncached,
    and the outage is logged once a minute per process instead of becoming a 500. After
    a failure the process leaves Redis alone for `RETRY_AFTER` seconds, so a page with
    several cache calls pays one timeout, not one per call.
    """

    RETRY_AFTER = 5.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self.location = server if isinstance(server, str) else server[0]
        self._down_until = 0.0

    def _call(self, default, method, *args):
        if time.monotonic() < self._down_until:
            return default
        try:
            return getattr(super(), method)(*args)
        except RedisError:
            self._down_until = time.monotonic() + self.RETRY_AFTER
            _log_outage()
            return default

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, "add", key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, "get", key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(None, "set", key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, "touch", key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, "delete", key, version)

    def get_many(self, keys, version=None):
        return self._call({}, "get_many", keys, version)

    def has_key(self, key, version=None):
        return self._call(False, "has_key", key, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        value = self._call(missing, "incr", key, delta, version)
        if value is missing:  # what Django's backends raise for a key they do not have
            raise ValueError("the shared cache is unavailable")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), "set_many", data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(None, "delete_many", keys, version)

    def clear(self):
        """Forget this site's keys only (its KEY_PREFIX), not the whole Redis database,
        which other sites or a second test run may share."""
        if time.monotonic() < self._down_until:
            return False
        try:
            client = redis.Redis.from_url(self.location, socket_timeout=1)
            pattern = f"{self.key_prefix}:*" if self.key_prefix else "*"
            keys = list(client.scan_iter(match=pattern, count=1000))
            for start in range(0, len(keys), 1000):
                client.delete(*keys[start : start + 1000])
            client.close()
        except RedisError:
            self._down_until = time.monotonic() + self.RETRY_AFTER
            _log_outage()
            return False
        return True


_last_outage_log = 0.0


def _log_outage():
    global _last_outage_log
    now = time.monotonic()
    if now - _last_outage_log >= 60:
        _last_outage_log = now
        logger.warning("Redis unreachable: serving without the shared cache", exc_info=True)
