"""What a video player needs to render, from a page or from the video block.

No network request: the provider and id are already stored; the poster is a local
image; the player itself is inserted by core/static/core/video-consent.js after
the visitor's click.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import get_language

from core.video_providers import InvalidVideoURL, ParsedVideo, parse_timestamp, parse_video_url

TIMESTAMP = re.compile(r"^\d{1,2}(:[0-5]\d){1,2}$")


def format_video_duration(seconds, language=None):
    """308 → « 5 min 08 s » (French) or "5 min 8 s" (English); 3725 → « 1 h 02 min 05 s »."""
    if seconds is None:
        return ""
    seconds = max(int(seconds), 0)
    english = (language or get_language()) == "en"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    nbsp = "\u00a0"
    if english:
        parts = [f"{hours}{nbsp}h"] if hours else []
        if hours or minutes:
            parts.append(f"{minutes}{nbsp}min")
        parts.append(f"{secs}{nbsp}s")
        return " ".join(parts)
    if hours:
        return f"{hours}{nbsp}h {minutes:02d}{nbsp}min {secs:02d}{nbsp}s"
    if minutes:
        return f"{minutes}{nbsp}min {secs:02d}{nbsp}s"
    return f"{secs}{nbsp}s"


def format_timestamp(seconds):
    """90 → "1:30", 3725 → "1:02:05" (what a player shows)."""
    hours, rest = divmod(max(int(seconds), 0), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


@dataclass
class Chapter:
    title: str
    seconds: int
    href: str

    @property
    def label(self):
        return format_timestamp(self.seconds)


@dataclass
class Player:
    """One playable video: a provider video (click to load) or a file served by the site."""

    dom_id: str
    title: str
    parsed: ParsedVideo | None = None
    file: object = None  # a Document
    captions: object = None  # a Document (WebVTT)
    chapters_url: str = ""  # a WebVTT chapters track
    poster: object = None  # an Image
    duration: int | None = None
    chapters: list = field(default_factory=list)

    @property
    def embed_base(self):
        """The player address without a start time; the script adds the one asked for."""
        return self.parsed.embed_url_at(0) if self.parsed else ""

    @property
    def file_type(self):
        extension = (getattr(self.file, "file_extension", "") or "").lower()
        return {"mp4": "video/mp4", "webm": "video/webm"}.get(extension, "")

    @property
    def is_playable(self):
        return bool(self.parsed or self.file)

    @property
    def duration_label(self):
        return format_video_duration(self.duration) if self.duration else ""

    def href_at(self, seconds):
        if self.parsed:
            return self.parsed.watch_url_at(seconds)
        if self.file:
            return f"{self.file.url}#t={seconds}"
        return ""

    def with_chapters(self, chapters):
        """chapters: (title, seconds) pairs, in order."""
        self.chapters = [Chapter(t, s, self.href_at(s)) for t, s in chapters]
        return self


def parsed_or_none(url):
    if not url:
        return None
    try:
        return parse_video_url(url)
    except InvalidVideoURL:
        return None


def chapter_seconds(value):
    return parse_timestamp(value) if TIMESTAMP.match((value or "").strip()) else 0
