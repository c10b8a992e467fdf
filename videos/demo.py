"""The gallery and the three videos of seed 001 (real YouTube ids and durations).

Their text is in videos/demo_content/ (one YAML file per video and language): title,
description and chapters. Next to each YAML file, a WebVTT file holds the captions in
that language; it is attached as a document and the page's transcript is its full text
(`VideoPage.save()`). The first video's LSQ slot holds a short, clearly labelled
placeholder video (media/lsq-demonstration.webm, made by scripts/make_demo_lsq_video.py).

Each video gets an SVG poster made here (no network: never the provider's thumbnail).
Its text is drawn by the visitor's browser with its own fonts, so « amélioration » shows
its « é » on every machine; the play sign is the player's button, not part of the poster.
"""

from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.pagetree import ensure_pair, ensure_translation, get_home, read_content, with_block_ids
from videos.models import VideoIndexPage, VideoPage
from vocabulary.models import Audience, Axis

ORDER = 30

AXIS_COLOURS = {"care": "#0b4f8a", "experience": "#5b2a86", "improvement": "#1b5e20"}

CONTENT = Path(__file__).resolve().parent / "demo_content"
GALLERY = "videos"
LSQ_VIDEO = "usager-partenaire-de-ses-soins"
LSQ_FILE = CONTENT / "media" / "lsq-demonstration.webm"
LSQ_TITLE = "Vidéo de démonstration : emplacement de la version LSQ"
POSTER_LINE = 30  # characters per line of the poster's title (44 px type on 840 px)


def video_names():
    """The demo videos' file names (their slugs), in the order they are created."""
    return yaml.safe_load((CONTENT / "videos.yaml").read_text(encoding="utf-8"))


def poster_lines(title, width=POSTER_LINE):
    words, lines, line = title.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if len(candidate) > width and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return lines[:3]


def poster_svg(title, axis_code):
    """A 960×540 SVG: a coloured field, two bands and the title in the browser's fonts."""
    colour = AXIS_COLOURS.get(axis_code, "#0b4f8a")
    lines = poster_lines(title)
    top = 300 - (len(lines) - 1) * 30
    text = "".join(
        f'<tspan x="60" y="{top + number * 60}">{escape(line)}</tspan>'
        for number, line in enumerate(lines)
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">'
        f'<rect width="960" height="540" fill="{colour}"/>'
        '<rect x="60" y="120" width="120" height="10" fill="#ffffff"/>'
        '<rect x="0" y="500" width="960" height="40" fill="#000000" fill-opacity="0.2"/>'
        "<text font-family=\"system-ui, 'DejaVu Sans', 'Segoe UI', Arial, sans-serif\" "
        f'font-size="44" font-weight="700" fill="#ffffff">{text}</text>'
        "</svg>"
    )


def make_poster(title, axis_code, filename):
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title, file__endswith=".svg").first()
    if existing is not None:
        return existing
    svg = poster_svg(title, axis_code).encode("utf-8")
    image = image_model(title=title, file=ImageFile(ContentFile(svg), name=filename))
    image.save()
    return image


def make_document(title, path):
    model = get_document_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = model(title=title)
    document.file.save(path.name, ContentFile(path.read_bytes()))
    document.save()
    return document


def captions_document(language, slug, title):
    label = "Sous-titres" if language == "fr" else "Captions"
    return make_document(f"{label} ({language}) : {title}", CONTENT / language / f"{slug}.vtt")


def chapters_value(fields):
    return [("chapter", chapter) for chapter in fields.pop("chapters", [])]


def ensure_index(log=None):
    return ensure_pair(
        get_home(),
        VideoIndexPage,
        GALLERY,
        fr=read_content(CONTENT, "fr", GALLERY),
        en=read_content(CONTENT, "en", GALLERY),
        log=log,
    )


def add_tracks(page, fields, captions, poster=None, lsq_file=None):
    """Bring a page made by an earlier demo up to date: tracks, transcript, LSQ, SVG poster."""
    changed = False
    if not page.captions_id:
        page.captions = captions
        page.chapters = fields["chapters"]
        page.transcript = ""
        page.lsq_video_file = lsq_file or page.lsq_video_file
        changed = True
    if poster is not None and page.poster_id != poster.pk:
        page.poster = poster
        changed = True
    if changed:
        page.save()
        page.save_revision().publish()
    return changed


def load(log):
    if get_home() is None:
        return
    index, _ = ensure_index(log)
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    lsq = make_document(LSQ_TITLE, LSQ_FILE)
    for slug in video_names():
        fr = read_content(CONTENT, "fr", slug)
        axis, wanted = fr.pop("axis"), fr.pop("audiences")
        fr["chapters"] = chapters_value(fr)
        captions = captions_document("fr", slug, fr["title"])
        lsq_file = lsq if slug == LSQ_VIDEO else None
        poster = make_poster(fr["title"], axis, f"{slug}.svg")
        page = VideoPage.objects.child_of(index).filter(slug=slug).first()
        if page is None:
            page = VideoPage(
                slug=slug,
                locale=index.locale,
                poster=poster,
                captions=captions,
                lsq_video_file=lsq_file,
                **fr,
            )
            page.axes.set([axes[axis]])
            page.audiences.set([audiences[c] for c in wanted if c in audiences])
            with_block_ids(page)
            index.add_child(instance=page)
            page.save_revision().publish()
            log(f"  + VideoPage « {page.title} »")
        elif add_tracks(page, fr, captions, poster, lsq_file):
            log(f"  ~ VideoPage « {page.title} »: captions, chapters, transcript")
        # The English file gives the English slug; the French one stands in when it has none.
        # An empty transcript is filled from the English captions when the page is saved.
        english = {"slug": slug, **read_content(CONTENT, "en", slug)}
        english["chapters"] = chapters_value(english)
        english_captions = captions_document("en", slug, english["title"])
        translation, created = ensure_translation(
            page, log=log, **english, captions=english_captions, transcript=""
        )
        if not created:
            add_tracks(translation, english, english_captions, poster, lsq_file)
