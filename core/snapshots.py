"""Snapshots: what many requests read and few requests change, in Django's cache.

Which pages are restricted, the page frame (home pages, menu, breadcrumb branches,
footer links, site settings) and the tool bank's facet index change when an editor
publishes, not between two visitors. Each is a cache entry of the ``snapshots`` cache
alias whose *version* is the current token of its **scope**:

- ``frame``: sites, site settings, locales, menus, breadcrumbs, translations;
- ``access``: page view restrictions and what each kind of visitor fails;
- apps add their own (``outils``: ``tools``, the facet index and its vocabulary).

Tokens live in the database (``core.ContentVersion``, one row per scope), replaced in
the same transaction as the change (``core.signals``), so every process and server sees
a change at its next request; a random token means a rolled-back change can never let
an old entry pass for a new state. A request reads all tokens once, in one query, on
its first snapshot (``core.request_state``), and only the scopes a change touches are
rebuilt: saving a news item leaves the tool bank's index alone.

The ``snapshots`` alias is ``core.cache_backends.ProcessMemoryCache`` (see there why);
entries are shared between requests: treat what ``get()`` returns as read-only.
"""

import hashlib
import uuid

from django.core.cache import caches
from django.db import IntegrityError, transaction

from core import request_state
from core.models import ContentVersion

FRAME = "frame"
ACCESS = "access"
CACHE_ALIAS = "snapshots"
_scopes = {FRAME, ACCESS}


def register_scope(name):
    """Apps declare the scopes their snapshots use (outils: ``tools``)."""
    _scopes.add(name)
    return name


def scopes():
    return frozenset(_scopes)


def new_token():
    return uuid.uuid4().hex


def _read_tokens():
    tokens = dict(ContentVersion.objects.values_list("scope", "token"))
    missing = _scopes - tokens.keys()
    if missing:
        # A fresh or flushed database: start those scopes (nothing built under them yet).
        rows = [ContentVersion(scope=scope, token=new_token()) for scope in missing]
        try:
            with transaction.atomic():
                ContentVersion.objects.bulk_create(rows, ignore_conflicts=True)
        except IntegrityError:  # pragma: no cover - another process won the race
            pass
        tokens = dict(ContentVersion.objects.values_list("scope", "token"))
    return tokens


def tokens():
    """{scope: token}, read once per request."""
    state = request_state.current()
    if state is None:
        return _read_tokens()
    if state.tokens is None:
        state.tokens = _read_tokens()
    return state.tokens


def bump(*changed):
    """Content in these scopes changed (every scope when none is named)."""
    changed = set(changed or _scopes)
    fresh = {}
    for scope in sorted(changed):
        fresh[scope] = new_token()
        updated = ContentVersion.objects.filter(scope=scope).update(token=fresh[scope])
        if not updated:
            ContentVersion.objects.update_or_create(scope=scope, defaults={"token": fresh[scope]})
    state = request_state.current()
    if state is not None and state.tokens is not None:
        # The rest of this request (an admin action, say) sees its own change.
        state.tokens = {**state.tokens, **fresh}


def _cache_key(name, key):
    text = repr(key)
    if len(text) > 80 or not text.isprintable() or " " in text:
        text = hashlib.sha256(text.encode()).hexdigest()
    return f"{name}:{text}"


def get(scope, name, key, build):
    """The snapshot `name` for `key` under its scope's current token, built if needed."""
    token = tokens()[scope]
    return caches[CACHE_ALIAS].get_or_set(_cache_key(name, key), build, None, version=token)


def clear():
    """Forget every snapshot (tests do this between cases, as a new process would)."""
    caches[CACHE_ALIAS].clear()
