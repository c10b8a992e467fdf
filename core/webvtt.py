"""WebVTT: read a captions file, write a chapters track, turn captions into a transcript.

Only what the site needs of https://www.w3.org/TR/webvtt1/: cue timings and their text.
NOTE, STYLE and REGION blocks are skipped; tags inside cues (<i>, <v Name>) are dropped
from the text.
"""

import re
from dataclasses import dataclass

from core.video_players import format_timestamp

__all__ = ["Cue", "chapters_webvtt", "parse_webvtt", "transcript_paragraphs", "webvtt_time"]

_TIME = r"(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})"
_TIMING = re.compile(rf"^{_TIME}\s+-->\s+{_TIME}")
_TAG = re.compile(r"<[^>]*>")
# A pause this long between two cues starts a new paragraph of the transcript.
PARAGRAPH_PAUSE = 1.0


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str  # the cue's lines joined by a space, tags removed

    @property
    def label(self):
        return format_timestamp(self.start)


def _seconds(hours, minutes, seconds, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def webvtt_time(seconds):
    """90.5 → "00:01:30.500"."""
    millis = round(max(seconds, 0) * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def parse_webvtt(text):
    """The cues of a WebVTT file, in order; [] when the text is not WebVTT."""
    text = (text or "").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.startswith("WEBVTT"):
        return []
    cues = []
    for block in re.split(r"\n\s*\n", text)[1:]:
        lines = block.strip("\n").split("\n")
        for index, line in enumerate(lines):
            match = _TIMING.match(line.strip())
            if match:
                groups = match.groups()
                body = " ".join(_TAG.sub("", part).strip() for part in lines[index + 1 :])
                if body.strip():
                    cues.append(
                        Cue(_seconds(*groups[:4]), _seconds(*groups[4:]), " ".join(body.split()))
                    )
                break
    return cues


def transcript_paragraphs(cues):
    """The captions' text as paragraphs: a pause between two cues starts a new one."""
    paragraphs, current, previous_end = [], [], None
    for cue in cues:
        if current and previous_end is not None and cue.start - previous_end >= PARAGRAPH_PAUSE:
            paragraphs.append(" ".join(current))
            current = []
        current.append(cue.text)
        previous_end = cue.end
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def chapters_webvtt(chapters, duration=None):
    """A chapters track from (title, start seconds) pairs; each ends where the next begins.

    The last one ends at `duration`, or an hour after its start when the length is unknown.
    """
    chapters = sorted(chapters, key=lambda chapter: chapter[1])
    lines = ["WEBVTT", ""]
    for number, (title, start) in enumerate(chapters, 1):
        if number < len(chapters):
            end = chapters[number][1]
        else:
            end = duration if duration and duration > start else start + 3600
        if end <= start:
            continue
        lines += [
            str(number),
            f"{webvtt_time(start)} --> {webvtt_time(end)}",
            " ".join(title.split()),
            "",
        ]
    return "\n".join(lines)
