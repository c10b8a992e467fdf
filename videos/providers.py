"""Parse YouTube and Vimeo addresses into (provider, id, start) without any network request."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from django.utils.translation import gettext as _

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{6,12}$")


class InvalidVideoURL(ValueError):
    pass


@dataclass(frozen=True)
class ParsedVideo:
    provider: str  # "youtube" or "vimeo"
    video_id: str
    start: int = 0

    @property
    def embed_url(self):
        if self.provider == "youtube":
            url = f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1&rel=0"
            return url + (f"&start={self.start}" if self.start else "")
        url = f"https://player.vimeo.com/video/{self.video_id}?autoplay=1&dnt=1"
        return url + (f"#t={self.start}s" if self.start else "")


def _seconds(value):
    """'90', '90s', '1m30s', '1h2m3s' → seconds; anything else → 0."""
    if not value:
        return 0
    if value.isdigit():
        return int(value)
    match = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", value)
    if not match or not any(match.groups()):
        return 0
    h, m, s = (int(g or 0) for g in match.groups())
    return h * 3600 + m * 60 + s


def parse_video_url(url):
    url = (url or "").strip()
    if len(url) > 500:
        raise InvalidVideoURL(_("Adresse trop longue."))
    if not re.match(r"^https?://", url):
        url = "https://" + url
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    query = parse_qs(parsed.query)
    start = _seconds((query.get("t") or query.get("start") or [""])[0])
    parts = [p for p in parsed.path.split("/") if p]
    video_id = None
    if host in ("youtube.com", "youtube-nocookie.com", "music.youtube.com"):
        if parts[:1] == ["watch"]:
            video_id = (query.get("v") or [""])[0]
        elif len(parts) >= 2 and parts[0] in ("embed", "shorts", "live", "v"):
            video_id = parts[1]
        if video_id and YOUTUBE_ID.match(video_id):
            return ParsedVideo("youtube", video_id, start)
    elif host == "youtu.be":
        if parts and YOUTUBE_ID.match(parts[0]):
            return ParsedVideo("youtube", parts[0], start)
    elif host in ("vimeo.com", "player.vimeo.com"):
        candidates = [p for p in parts if VIMEO_ID.match(p)]
        if candidates:
            fragment = parse_qs(parsed.fragment)
            start = start or _seconds((fragment.get("t") or [""])[0])
            return ParsedVideo("vimeo", candidates[0], start)
    raise InvalidVideoURL(_("Adresse de vidéo non reconnue : collez une adresse YouTube ou Vimeo."))
