"""The gallery and the three videos of seed 001 (real YouTube ids and durations).

Their text is in videos/demo_content/ (one YAML file per video and language).

Each video gets a poster drawn here with Pillow (no network: never the provider's
thumbnail) and a short summary written from the seeds' description of its axis,
marked as a summary (not a word-for-word transcript).
"""

import io
from pathlib import Path

import yaml
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from core.pagetree import ensure_pair, ensure_translation, get_home, read_content
from videos.models import VideoIndexPage, VideoPage
from vocabulary.models import Audience, Axis

ORDER = 30

AXIS_COLOURS = {"care": "#0b4f8a", "experience": "#5b2a86", "improvement": "#1b5e20"}

CONTENT = Path(__file__).resolve().parent / "demo_content"
GALLERY = "videos"


def video_names():
    """The demo videos' file names (their slugs), in the order they are created."""
    return yaml.safe_load((CONTENT / "videos.yaml").read_text(encoding="utf-8"))


def make_poster(title, axis_code, filename):
    """A 960×540 PNG drawn locally: a coloured field, a play sign and the title."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    picture = PILImage.new("RGB", (960, 540), AXIS_COLOURS.get(axis_code, "#0b4f8a"))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((400, 150, 560, 310), outline="white", width=8)
    draw.polygon([(458, 190), (458, 270), (522, 230)], fill="white")
    try:
        font = ImageFont.load_default(size=36)
    except (TypeError, OSError):
        font = ImageFont.load_default()
    words, lines, line = title.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) > 840 and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    for number, text in enumerate(lines[:3]):
        draw.text((60, 370 + number * 46), text, fill="white", font=font)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    image = image_model(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image


def ensure_index(log=None):
    return ensure_pair(
        get_home(),
        VideoIndexPage,
        GALLERY,
        fr=read_content(CONTENT, "fr", GALLERY),
        en=read_content(CONTENT, "en", GALLERY),
        log=log,
    )


def load(log):
    if get_home() is None:
        return
    index, _ = ensure_index(log)
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    for slug in video_names():
        fr = read_content(CONTENT, "fr", slug)
        axis, wanted = fr.pop("axis"), fr.pop("audiences")
        poster = make_poster(fr["title"], axis, f"{slug}.png")
        page = VideoPage.objects.child_of(index).filter(slug=slug).first()
        if page is None:
            page = VideoPage(
                slug=slug, locale=index.locale, poster=poster, transcript_is_summary=True, **fr
            )
            page.axes.set([axes[axis]])
            page.audiences.set([audiences[c] for c in wanted if c in audiences])
            index.add_child(instance=page)
            page.save_revision().publish()
            log(f"  + VideoPage « {page.title} »")
        # The English file gives the English slug; the French one stands in when it has none.
        english = {"slug": slug, **read_content(CONTENT, "en", slug)}
        ensure_translation(page, log=log, **english)
