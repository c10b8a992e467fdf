"""Parse YouTube and Vimeo addresses into (provider, id, start) without any network request.

Only the provider, the id (and Vimeo's privacy hash) are kept: the site builds every
address it shows from them, so nothing the editor pasted is ever echoed into a page.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlparse

from django.utils.translation import gettext as _

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{6,12}$")
VIMEO_HASH = re.compile(r"^[0-9a-f]{6,20}$")
MAX_LENGTH = 500
YOUTUBE_HOSTS = ("youtube.com", "youtube-nocookie.com", "music.youtube.com")
VIMEO_HOSTS = ("vimeo.com", "player.vimeo.com")
PROVIDER_NAMES = {"youtube": "YouTube", "vimeo": "Vimeo"}


class InvalidVideoURL(ValueError):
    pass


@dataclass(frozen=True)
class ParsedVideo:
    provider: str  # "youtube" or "vimeo"
    video_id: str
    start: int = 0
    vimeo_hash: str = ""  # unlisted Vimeo videos need it to play

    @property
    def provider_name(self):
        return PROVIDER_NAMES[self.provider]

    @property
    def player_host(self):
        return "www.youtube-nocookie.com" if self.provider == "youtube" else "player.vimeo.com"

    def embed_url_at(self, start=None):
        """The player address (privacy-enhanced), inserted only after the visitor's click."""
        start = self.start if start is None else start
        if self.provider == "youtube":
            params = {"autoplay": 1, "rel": 0}
            if start:
                params["start"] = start
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?{urlencode(params)}"
        params = {"autoplay": 1, "dnt": 1}
        if self.vimeo_hash:
            params["h"] = self.vimeo_hash
        url = f"https://player.vimeo.com/video/{self.video_id}?{urlencode(params)}"
        return url + (f"#t={start}s" if start else "")

    @property
    def embed_url(self):
        return self.embed_url_at()

    def watch_url_at(self, start=None):
        """The provider's own page: where the play link goes when JavaScript is off."""
        start = self.start if start is None else start
        if self.provider == "youtube":
            url = f"https://www.youtube.com/watch?v={self.video_id}"
            return url + (f"&t={start}s" if start else "")
        url = f"https://vimeo.com/{self.video_id}"
        if self.vimeo_hash:
            url += f"/{self.vimeo_hash}"
        return url + (f"#t={start}s" if start else "")

    @property
    def watch_url(self):
        return self.watch_url_at()


def parse_timestamp(value):
    """'90', '90s', '1m30s', '1h2m3s', '1:30', '1:02:03' → seconds; anything else → 0."""
    value = (value or "").strip().lower()
    if not value or len(value) > 12:
        return 0
    if value.isdigit():
        return int(value)
    if re.fullmatch(r"\d{1,3}(:[0-5]\d){1,2}", value):
        seconds = 0
        for part in value.split(":"):
            seconds = seconds * 60 + int(part)
        return seconds
    match = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", value)
    if not match or not any(match.groups()):
        return 0
    h, m, s = (int(g or 0) for g in match.groups())
    return h * 3600 + m * 60 + s


# Kept for callers of the lead's first version.
_seconds = parse_timestamp


def _first(mapping, *keys):
    for key in keys:
        values = mapping.get(key)
        if values:
            return values[0]
    return ""


def _invalid():
    return InvalidVideoURL(
        _(
            "Adresse de vidéo non reconnue : collez l’adresse d’une vidéo YouTube "
            "(youtube.com, youtu.be) ou Vimeo (vimeo.com)."
        )
    )


def parse_video_url(url):
    url = (url or "").strip()
    if not url:
        raise _invalid()
    if len(url) > MAX_LENGTH:
        raise InvalidVideoURL(
            _("Adresse trop longue (%(max)s caractères au plus).") % {"max": MAX_LENGTH}
        )
    if any(ord(c) < 33 for c in url):
        raise _invalid()
    scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", url)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        raise _invalid()  # javascript:, data:, ftp:…
    if url.startswith("//"):
        url = "https:" + url
    elif not scheme:
        url = "https://" + url
    try:
        parsed = urlparse(url)
        host = (parsed.hostname or "").lower()
    except ValueError:
        raise _invalid()
    if parsed.username or parsed.password:
        raise _invalid()
    host = host.removeprefix("www.").removeprefix("m.")
    query = parse_qs(parsed.query)
    fragment = parse_qs(parsed.fragment)
    start = parse_timestamp(_first(query, "t", "start", "time_continue"))
    start = start or parse_timestamp(_first(fragment, "t"))
    parts = [p for p in parsed.path.split("/") if p]
    if host in YOUTUBE_HOSTS:
        video_id = ""
        if parts == ["watch"]:
            video_id = _first(query, "v")
        elif len(parts) == 2 and parts[0] in ("embed", "shorts", "live", "v", "e"):
            video_id = parts[1]
        if YOUTUBE_ID.match(video_id):
            return ParsedVideo("youtube", video_id, start)
    elif host == "youtu.be":
        if len(parts) == 1 and YOUTUBE_ID.match(parts[0]):
            return ParsedVideo("youtube", parts[0], start)
    elif host in VIMEO_HOSTS:
        video_hash = _first(query, "h")
        if host == "player.vimeo.com":
            ok = len(parts) == 2 and parts[0] == "video" and VIMEO_ID.match(parts[1])
            video_id = parts[1] if ok else ""
        else:
            # vimeo.com/ID, vimeo.com/ID/HASH, vimeo.com/channels/x/ID, vimeo.com/groups/x/videos/ID
            numeric = [i for i, p in enumerate(parts) if VIMEO_ID.match(p)]
            video_id = parts[numeric[0]] if numeric else ""
            if numeric and numeric[0] + 1 < len(parts):
                video_hash = video_hash or parts[numeric[0] + 1]
        if video_id:
            if video_hash and not VIMEO_HASH.match(video_hash):
                raise _invalid()
            return ParsedVideo("vimeo", video_id, start, video_hash)
    raise _invalid()
