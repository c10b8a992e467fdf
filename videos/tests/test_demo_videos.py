"""The demo videos (load_demo_content): captions, chapters, transcript, LSQ and posters."""

import re
from html import unescape

import pytest
from django.core.management import call_command

from core.webvtt import parse_webvtt
from videos.demo import LSQ_VIDEO, video_names
from videos.models import VideoPage
from videos.tests.test_video_pages import transcript_text

pytestmark = pytest.mark.django_db


class _Null:
    def write(self, *args):
        pass

    def flush(self):
        pass


def served_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/vtt"), response["Content-Type"]
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_every_demo_video_has_captions_chapters_and_a_full_transcript(client, demo_site):
    pages = VideoPage.objects.live().select_related("locale")
    assert pages.count() == 2 * len(video_names())
    for page in pages:
        language = page.locale.language_code
        html = client.get(page.url).content.decode()
        # The captions file, linked in the page's language, is WebVTT in that language.
        link = re.search(r'<a href="([^"]+)" type="text/vtt" hreflang="(\w+)"', html)
        assert link and link.group(2) == language, page.url
        captions = served_text(client, link.group(1)).decode()
        assert captions.startswith("WEBVTT")
        word = "partenariat" if language == "fr" else "partnership"
        assert word in captions.lower(), (page.url, captions[:200])
        cues = parse_webvtt(captions)
        assert len(cues) >= 10 and cues[-1].end > 150  # minutes of speech, not a line
        assert cues[-1].end <= page.duration
        # The transcript is the captions' text, word for word, not a summary.
        text, region = transcript_text(html)
        assert text == " ".join(" ".join(cue.text for cue in cues).split())
        summary = re.search(r"<summary>(.*?)</summary>", region).group(1)
        assert summary == (
            "Transcription de la vidéo" if language == "fr" else "Transcript of the video"
        )
        assert "Ce texte résume" not in region and "This text summarises" not in region
        # Chapters: a list that jumps the player, and a WebVTT chapters track.
        seeks = re.findall(r'data-video-seek="(\d+)"', html)
        assert len(seeks) >= 4 and seeks[0] == "0"
        chapters_url = re.search(r'<a href="([^"]+chapitres/)" type="text/vtt"', html).group(1)
        chapters = parse_webvtt(served_text(client, chapters_url).decode())
        assert [str(int(c.start)) for c in chapters] == seeks
        assert chapters[-1].end == page.duration
        for chapter in chapters:
            assert f"</span> {chapter.text}</a>" in html


def test_english_pages_have_english_captions_and_chapters(client, demo_site):
    html = client.get("/en/videos/user-partner-in-their-care/").content.decode()
    assert "Deciding together" in html
    assert "Décider ensemble" not in html
    text, _region = transcript_text(html)
    assert text.startswith("Hello and welcome.")
    assert "Sous-titres" not in html and "Captions in English (WebVTT file)" in html


def test_one_demo_video_has_its_lsq_version(client, demo_site):
    for page in VideoPage.objects.filter(slug__in=[LSQ_VIDEO, "user-partner-in-their-care"]):
        html = client.get(page.url).content.decode()
        section = re.search(r'<section class="video-lsq".*?</section>', html, re.S).group(0)
        assert "(LSQ)" in section
        source = re.search(r'<source src="([^"]+)" type="video/webm">', section).group(1)
        response = client.get(source)
        assert response.status_code == 200
        assert b"".join(response.streaming_content)[:4] == b"\x1a\x45\xdf\xa3"  # WebM (EBML)
    lsq = VideoPage.objects.get(slug=LSQ_VIDEO).lsq_video_file
    assert lsq.title.startswith("Vidéo de démonstration")
    others = VideoPage.objects.exclude(slug__in=[LSQ_VIDEO, "user-partner-in-their-care"])
    assert not others.filter(lsq_video_file__isnull=False).exists()


def test_demo_posters_are_svg_with_real_text_and_no_play_sign(client, demo_site):
    page = VideoPage.objects.get(slug="usager-collaborateur-en-amelioration")
    svg = page.poster.file.read().decode("utf-8")
    assert page.poster.file.name.endswith(".svg")
    # The text is text: the visitor's browser draws « é » with its own fonts.
    assert "<tspan" in svg and "amélioration" in svg
    assert "polygon" not in svg  # the play sign is the player's button only
    html = client.get(page.url).content.decode()
    poster = re.search(r'<img[^>]+class="video-player__poster"[^>]*>', html).group(0)
    rendition = re.search(r'src="([^"]+)"', poster).group(1)
    assert rendition.endswith(".svg")
    assert html.count("▶") == 1


def test_loading_the_demo_twice_changes_nothing(demo_site):
    before = list(VideoPage.objects.values_list("pk", "captions_id", "lsq_video_file_id"))
    call_command("load_demo_content", stdout=_Null())
    assert list(VideoPage.objects.values_list("pk", "captions_id", "lsq_video_file_id")) == before


def test_an_earlier_demo_gets_its_tracks_and_svg_poster(demo_site):
    """A database loaded before captions existed: PNG poster, summary, no tracks."""
    for page in VideoPage.objects.all():
        page.captions = None
        page.chapters = []
        page.lsq_video_file = None
        page.transcript = "<p>Un résumé.</p>"
        page.transcript_is_summary = True
        page.poster = None
        page.save()
    call_command("load_demo_content", stdout=_Null())
    for page in VideoPage.objects.select_related("locale", "poster", "captions"):
        language = page.locale.language_code
        assert page.captions.file.name.endswith(".vtt")
        assert f"({language})" in page.captions.title
        assert page.poster.file.name.endswith(".svg")
        assert len(page.chapters) >= 4 and not page.transcript_is_summary
        cues = parse_webvtt(page.captions.file.read().decode("utf-8"))
        text = " ".join(re.sub(r"<[^>]+>", " ", page.transcript).split())
        assert unescape(text) == " ".join(cue.text for cue in cues)
        assert page.get_latest_revision().as_object().captions_id == page.captions_id
    assert VideoPage.objects.filter(lsq_video_file__isnull=False).count() == 2
