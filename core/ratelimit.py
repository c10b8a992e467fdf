"""The one rate limiter: fixed windows counted in Django's default cache.

The count lives in the shared cache (Redis in production), so every process and
server counts together; `cache.add` then `cache.incr` are atomic there. The client
is identified by `client_address`, which trusts `X-Forwarded-For` only through the
number of proxies the settings name (`TRUSTED_PROXY_COUNT`, default 0): otherwise a
visitor could pick their own address, and behind the TLS proxy every visitor would
share the proxy's.

Limits are named in `settings.RATE_LIMITS` (`name: (count, seconds)`).
"""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMITS = {
    "request_form": (10, 3600),
    "feedback": (10, 3600),
    "login_address": (20, 900),
    "login_account": (5, 900),
    "search": (120, 60),
    "search_log": (20, 600),
}


def client_address(request):
    """The visitor's address: REMOTE_ADDR, or the one the trusted proxies say they received."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if trusted < 1:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    chain = [part.strip() for part in forwarded.split(",") if part.strip()] + [remote]
    # Each trusted proxy appended the address it received from; the client is the address
    # the outermost trusted proxy received, `trusted` places from the right.
    if len(chain) <= trusted:
        return remote
    candidate = chain[-(trusted + 1)]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def visitor(request):
    """Who counts for a limit that is not about an account: the signed-in account (staff
    behind one hospital address do not share a count), else the client address."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"account:{user.pk}"
    return f"address:{client_address(request)}"


def limit_for(name):
    limits = {**DEFAULT_LIMITS, **getattr(settings, "RATE_LIMITS", {})}
    return limits[name]


def _key(name, identity):
    digest = hashlib.sha256(str(identity).encode()).hexdigest()[:32]
    return f"ratelimit:{name}:{digest}"


def count(name, identity):
    """How many hits `identity` made under `name` in the current window."""
    return cache.get(_key(name, identity), 0)


def is_limited(name, identity):
    limit, _window = limit_for(name)
    return count(name, identity) >= limit


def hit(name, identity):
    """Count one more hit; True when this one goes over the limit."""
    limit, window = limit_for(name)
    key = _key(name, identity)
    if cache.add(key, 1, window):
        return limit < 1
    try:
        current = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, window)
        current = 1
    return current > limit
