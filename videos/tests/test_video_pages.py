"""Video pages and the gallery: privacy first, accessible content, safe filters."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase

from core.factories import translate
from home.models import HomePage
from videos.factories import VideoIndexPageFactory
from videos.models import VideoIndexPage, VideoPage
from vocabulary.models import Audience, Axis

pytestmark = pytest.mark.django_db
YT = "onMCM7J5NR4"


@pytest.fixture
def gallery(home_pages):
    home_fr, _ = home_pages
    index = VideoIndexPageFactory(parent=home_fr)
    translate(index, title="Videos")
    return index


def add_video(index, slug, axes=(), audiences=(), **fields):
    fields.setdefault("title", slug)
    fields.setdefault("video_url", f"https://youtu.be/{YT}")
    page = VideoPage(slug=slug, **fields)
    page.axes.set(Axis.objects.filter(code__in=axes))
    page.audiences.set(Audience.objects.filter(code__in=audiences))
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def document(name, content=b"WEBVTT\n"):
    doc = get_document_model()(title=name)
    doc.file.save(name, ContentFile(content))
    doc.save()
    return doc


def srcs(html):
    return re.findall(r"""\s(?:src|poster|data)=["']([^"']*)["']""", html)


def test_video_page_loads_nothing_from_another_host_before_the_click(client, gallery):
    add_video(gallery, "une-video", title="Une vidéo", duration=308,
              video_url=f"https://www.youtube.com/watch?v={YT}&t=1m30s")  # fmt: skip
    html = client.get("/fr/videos/une-video/").content.decode()
    assert "<iframe" not in html
    assert "i.ytimg.com" not in html
    for src in srcs(html):
        assert src.startswith("/"), src
    # The page says where the player comes from, and the no-JS link goes to YouTube at 1:30.
    assert "youtube-nocookie.com" in html
    assert f'href="https://www.youtube.com/watch?v={YT}&amp;t=90s"' in html
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/' in html
    assert "5\u00a0min 08\u00a0s" in html
    assert 'src="/static/core/video-consent.js"' in html


def test_duration_in_english_drops_the_leading_zero(client, gallery):
    from core.video_players import format_video_duration

    assert format_video_duration(308, "fr") == "5\u00a0min 08\u00a0s"
    assert format_video_duration(308, "en") == "5\u00a0min 8\u00a0s"
    assert format_video_duration(3725, "fr") == "1\u00a0h 02\u00a0min 05\u00a0s"
    assert format_video_duration(42, "fr") == "42\u00a0s"


def test_transcript_is_collapsible_and_marked_as_a_summary(client, gallery):
    add_video(gallery, "resume", transcript="<p>Résumé du contenu.</p>", transcript_is_summary=True)
    html = client.get("/fr/videos/resume/").content.decode()
    assert '<details class="video-transcript" id="transcription">' in html
    assert "Résumé de la vidéo" in html
    assert "pas une transcription mot à mot" in html


def test_chapters_link_to_the_provider_at_their_time(client, gallery):
    add_video(gallery, "chapitres", chapters=[
        ("chapter", {"title": "Les trois axes", "time": "1:30"}),
        ("chapter", {"title": "Conclusion", "time": "4:05"}),
    ])  # fmt: skip
    html = client.get("/fr/videos/chapitres/").content.decode()
    assert f'href="https://www.youtube.com/watch?v={YT}&amp;t=90s" data-video-seek="90"' in html
    assert 'data-video-seek="245"' in html
    assert "Les trois axes" in html


CAPTIONS_FR = (
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nBonjour et bienvenue.\n\n"
    "2\n00:00:04.300 --> 00:00:08.000\nLe partenariat est une\n<i>relation</i>.\n\n"
    "3\n00:00:20.000 --> 00:00:24.000\nMerci de votre écoute.\n"
)
CAPTIONS_EN = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello and welcome.\n\n"
    "00:00:20.000 --> 00:00:24.000\nThank you for listening.\n"
)
CHAPTERS = [("chapter", {"title": "Introduction", "time": "0:00"}),
            ("chapter", {"title": "La relation", "time": "0:20"})]  # fmt: skip


def tracks(html):
    """{kind: (src, srclang)} of the page's <track> elements."""
    found = re.findall(r'<track kind="(\w+)" src="([^"]+)" srclang="(\w+)"', html)
    return {kind: (src, language) for kind, src, language in found}


def transcript_text(html):
    region = re.search(
        r'<details class="video-transcript" id="transcription">(.*?)</details>', html, re.S
    )
    assert region, "no transcript region"
    body = re.search(r'<div class="video-transcript__text">(.*?)</div>', region.group(1), re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", body.group(1)).split()), region.group(1)


def test_self_hosted_video_serves_captions_and_chapters_tracks_in_the_page_language(
    client, gallery
):
    page = add_video(gallery, "fichier", video_url="", video_file=document("clip.mp4", b"\x00"),
                     captions=document("clip.vtt", CAPTIONS_FR.encode()), chapters=CHAPTERS,
                     duration=30)  # fmt: skip
    english = document("clip-en.vtt", CAPTIONS_EN.encode())
    translate(page, title="File", slug="file", captions=english, transcript="")
    for path, language, words in (
        ("/fr/videos/fichier/", "fr", "Bonjour et bienvenue."),
        ("/en/videos/file/", "en", "Hello and welcome."),
    ):
        html = client.get(path).content.decode()
        assert "<video" in html and "data-embed-url" not in html
        found = tracks(html)
        assert set(found) == {"captions", "chapters"}, html
        assert found["captions"][1] == language and found["chapters"][1] == language
        label = "Français" if language == "fr" else "English"
        assert f'srclang="{language}" label="{label}" default>' in html
        captions = client.get(found["captions"][0])
        assert captions.status_code == 200
        assert captions["Content-Type"].startswith("text/vtt")
        body = b"".join(captions.streaming_content).decode()
        assert body.startswith("WEBVTT") and words in body
        chapters = client.get(found["chapters"][0])
        assert chapters.status_code == 200
        assert chapters["Content-Type"] == "text/vtt; charset=utf-8"
        assert chapters.content.decode() == (
            "WEBVTT\n\n1\n00:00:00.000 --> 00:00:20.000\nIntroduction\n\n"
            "2\n00:00:20.000 --> 00:00:30.000\nLa relation\n"
        )
        # The chapter list jumps the player; without the script the link still says the time.
        assert 'data-video-seek="20" data-video-target="video-' in html
        assert '<span class="video-chapters__time">0:20</span> La relation' in html


def test_transcript_is_the_captions_full_text(client, gallery):
    add_video(gallery, "transcrite", captions=document("t.vtt", CAPTIONS_FR.encode()))
    text, region = transcript_text(client.get("/fr/videos/transcrite/").content.decode())
    assert text == "Bonjour et bienvenue. Le partenariat est une relation. Merci de votre écoute."
    assert "résume" not in region
    page = VideoPage.objects.get(slug="transcrite")
    # A pause starts a new paragraph; what the editor writes afterwards is kept.
    assert page.transcript.count("<p>") == 2 and not page.transcript_is_summary
    page.transcript = "<p>Texte revu.</p>"
    page.save()
    assert VideoPage.objects.get(pk=page.pk).transcript == "<p>Texte revu.</p>"


def test_chapters_track_is_404_without_chapters(client, gallery):
    add_video(gallery, "nue")
    html = client.get("/fr/videos/nue/").content.decode()
    assert "chapitres/" not in html
    assert client.get("/fr/videos/nue/chapitres/").status_code == 404


@pytest.mark.parametrize(
    "content", [b"", b"WEBVTT\n", b"1\n00:00:01.000 --> 00:00:02.000\nSans en-tete\n"]
)
def test_captions_without_readable_cues_get_a_french_message(gallery, content):
    page = VideoPage(title="Vide", slug="vide", video_url=f"https://youtu.be/{YT}",
                     captions=document("vide.vtt", content))  # fmt: skip
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "WEBVTT" in error.value.message_dict["captions"][0]


def test_lsq_version_is_a_second_click_to_load_player(client, gallery):
    add_video(gallery, "lsq", lsq_video_url="https://vimeo.com/76979871")
    html = client.get("/fr/videos/lsq/").content.decode()
    assert "langue des signes québécoise" in html
    assert 'data-embed-url="https://player.vimeo.com/video/76979871?autoplay=1&amp;dnt=1"' in html
    assert "<iframe" not in html


@pytest.mark.parametrize(
    "url",
    ["https://example.org/video", "javascript:alert(1)", "https://youtu.be/abc", "x" * 501],
)
def test_invalid_url_gets_a_french_message_and_nothing_is_stored(gallery, url):
    page = VideoPage(title="Mauvaise", slug="mauvaise", video_url=url)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "video_url" in error.value.message_dict
    assert any(w in error.value.message_dict["video_url"][0] for w in ("Adresse", "caractères"))
    assert page.provider_video_id == ""


def test_url_or_file_is_required_and_captions_must_be_webvtt(gallery):
    page = VideoPage(title="Vide", slug="vide", captions=document("notes.txt"))
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert set(error.value.message_dict) >= {"video_url", "captions"}


def test_clean_stores_provider_and_id(gallery):
    page = VideoPage(title="Vimeo", slug="vimeo", video_url="https://vimeo.com/76979871#t=10s")
    page.clean()
    assert (page.provider, page.provider_video_id, page.provider_start) == ("vimeo", "76979871", 10)


def test_admin_refuses_an_invalid_url_and_creates_nothing(client, gallery, home_pages):
    from django.contrib.auth.models import User
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    admin = User.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    data = nested_form_data({
        "title": "Piégée", "slug": "piegee", "video_url": "https://evil.example/?v=x",
        "chapters": streamfield([]), "action-publish": "publish",
    })  # fmt: skip
    response = client.post(f"/admin/pages/add/videos/videopage/{gallery.pk}/", data)
    assert response.status_code == 200
    assert "Adresse de vidéo non reconnue" in response.content.decode()
    assert not VideoPage.objects.filter(slug="piegee").exists()


def test_gallery_filters_by_axis_and_audience(client, gallery):
    add_video(gallery, "soins", title="Soins", axes=["care"], audiences=["clinicians"])
    add_video(gallery, "amelioration", title="Amélioration", axes=["improvement"],
              audiences=["managers"])  # fmt: skip
    html = client.get("/fr/videos/?axis=care").content.decode()
    assert "Soins" in html and "Amélioration" not in html
    html = client.get("/fr/videos/?axis=care&axis=improvement&audience=managers").content.decode()
    assert "Amélioration" in html and ">Soins<" not in html


@pytest.mark.parametrize(
    ("query", "status"),
    [("axis=zzz", 200), ("axis=<script>alert(1)</script>", 200), ("page=abc", 200),
     ("page=99999", 200), ("page=-1", 200), ("audience=%ff", 200), ("audience=%00%ff", 400),
     ("axis=care&" * 300, 200), ("axis=' OR 1=1 --", 200), ("page=" + "9" * 18, 200),
     ("page=" + "9" * 50, 400)],
)  # fmt: skip
def test_gallery_bad_input_is_harmless(client, gallery, query, status):
    add_video(gallery, "soins", title="Soins", axes=["care"])
    response = client.get(f"/fr/videos/?{query}")
    # A NUL character or an integer beyond 64 bits: 400 (core.guards).
    assert response.status_code == status
    assert "<script>alert" not in response.content.decode()


def test_gallery_query_count_does_not_grow(client, gallery, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        client.get("/fr/videos/?axis=care")  # warm renditions and caches
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/fr/videos/?axis=care").status_code == 200
        return len(ctx.captured_queries)

    for i in range(10):
        add_video(gallery, f"v{i}", axes=["care"], audiences=["managers"])
    ten = count()
    for i in range(10, 30):
        add_video(gallery, f"v{i}", axes=["care"], audiences=["managers"])
    assert count() == ten


def test_restricted_video_is_hidden_from_the_gallery(client, gallery, staff_user):
    from core.access import sync_staff_restriction

    video = add_video(gallery, "interne", title="Vidéo interne")
    sync_staff_restriction(video, True)
    assert "Vidéo interne" not in client.get("/fr/videos/").content.decode()
    assert "Vidéo interne" not in client.get("/fr/").content.decode()
    client.force_login(staff_user)
    assert "Vidéo interne" in client.get("/fr/videos/").content.decode()


def test_home_page_shows_a_few_videos(client, gallery):
    add_video(gallery, "accueil", title="Vidéo à l’accueil")
    html = client.get("/fr/").content.decode()
    assert "Vidéo à l’accueil" in html
    assert html.index('id="home-videos"')


def test_video_block_in_a_body_is_click_to_load(gallery):
    from core.blocks import VideoBlock

    block = VideoBlock()
    value = block.to_python({"title": "Bloc", "video_url": f"https://youtu.be/{YT}"})
    html = block.render(value)
    assert "<iframe" not in html
    assert "data-video-play" in html


class TestVideoTree(WagtailPageTestCase):
    def test_tree(self):
        self.assertCanCreateAt(HomePage, VideoIndexPage)
        self.assertCanCreateAt(VideoIndexPage, VideoPage)
        self.assertCanNotCreateAt(HomePage, VideoPage)
        self.assertCanNotCreateAt(VideoPage, VideoPage)
