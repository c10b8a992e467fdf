"""Per-process snapshots of what many requests read and few requests change.

Which pages are restricted, each site's home pages and menu, the footer links, the
vocabulary and the tool bank's facet index change when an editor publishes, not
between two visitors. Each process keeps them in memory under the current *content
token* (`core.ContentVersion`), which `core.signals` replaces in the same transaction
as any change that could alter them. A request reads the token once (one query by
primary key); a snapshot built under another token is rebuilt, never served.

Snapshots are shared between requests: treat what `get()` returns as read-only.
"""

import threading
import uuid

_store = {}
_lock = threading.Lock()
_REQUEST_ATTR = "_carrefour_content_token"
# Per snapshot name: keys include host names and group sets, so the number of entries
# is bounded whatever arrives; a full name starts over without touching the others.
MAX_ENTRIES = 200


def new_token():
    return uuid.uuid4().hex


def current_token(request=None):
    """The content token, read once per request."""
    from core.models import ContentVersion

    if request is not None:
        token = getattr(request, _REQUEST_ATTR, None)
        if token is not None:
            return token
    token = ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first()
    if token is None:
        # A fresh or flushed database: start a version (and say that nothing is cached).
        token = new_token()
        ContentVersion.objects.update_or_create(pk=1, defaults={"token": token})
    if request is not None:
        setattr(request, _REQUEST_ATTR, token)
    return token


def bump():
    """Content changed: every snapshot built before now is stale."""
    from core.models import ContentVersion

    ContentVersion.objects.update_or_create(pk=1, defaults={"token": new_token()})


def get(name, key, build, request=None):
    """The snapshot `name` for `key` under the current token, built by `build()` if needed."""
    token = current_token(request)
    entries = _store.get(name)
    entry = entries.get(key) if entries is not None else None
    if entry is not None and entry[0] == token:
        return entry[1]
    value = build()
    with _lock:
        entries = _store.setdefault(name, {})
        if len(entries) >= MAX_ENTRIES:
            entries.clear()
        entries[key] = (token, value)
    return value


def clear():
    """Forget every snapshot (tests do this between cases)."""
    with _lock:
        _store.clear()
