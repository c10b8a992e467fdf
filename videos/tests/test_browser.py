"""In Chromium: nothing from another host before the click; the click inserts the player."""

import io
import re
import wave
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string

from core.testing import assert_accessible
from core.video_players import Player
from core.webvtt import parse_webvtt

pytestmark = pytest.mark.browser
VIDEO = "/fr/videos/usager-partenaire-de-ses-soins/"


@pytest.mark.parametrize("path", ["/fr/videos/", "/en/videos/", VIDEO, "/fr/"])
def test_gallery_and_video_page_are_accessible_and_private(browser_page, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


def test_click_inserts_the_nocookie_player(browser_page):
    browser_page.route("https://www.youtube-nocookie.com/**", lambda route: route.abort())
    browser_page.goto(VIDEO)
    sources = browser_page.eval_on_selector_all(
        "[src], [poster]", "els => els.map(e => e.getAttribute('src') || e.getAttribute('poster'))"
    )
    assert sources and all(s.startswith("/") for s in sources), sources
    assert browser_page.locator("iframe").count() == 0
    browser_page.click("[data-video-play]")
    iframe = browser_page.locator(".video-player iframe")
    assert iframe.count() == 1
    src = iframe.get_attribute("src")
    assert src.startswith("https://www.youtube-nocookie.com/embed/onMCM7J5NR4?")
    assert "autoplay=1" in src
    assert iframe.get_attribute("referrerpolicy") == "strict-origin-when-cross-origin"
    assert iframe.get_attribute("allow") == "autoplay; fullscreen"
    assert "Lecteur vidéo" in iframe.get_attribute("title")
    assert browser_page.evaluate("document.activeElement.tagName") == "IFRAME"


# --- Captions, chapters, transcript, LSQ (issue 15) ------------------------------------

ENGLISH_VIDEO = "/en/videos/user-partner-in-their-care/"


def silent_wav(seconds, rate=8000):
    """A playable, seekable media file made here: `seconds` of 8-bit silence."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(rate)
        out.writeframes(b"\x80" * (rate * seconds))
    return buffer.getvalue()


def serve_ranges(body, content_type):
    """A route handler that answers byte ranges, as a media server does, so seeking works."""

    def handle(route):
        wanted = re.match(r"bytes=(\d+)-(\d*)", route.request.headers.get("range", ""))
        if not wanted:
            route.fulfill(status=200, body=body, content_type=content_type,
                          headers={"Accept-Ranges": "bytes"})  # fmt: skip
            return
        start = int(wanted.group(1))
        end = int(wanted.group(2)) if wanted.group(2) else len(body) - 1
        route.fulfill(
            status=206,
            body=body[start : end + 1],
            content_type=content_type,
            headers={"Accept-Ranges": "bytes", "Content-Range": f"bytes {start}-{end}/{len(body)}"},
        )

    return handle


def vtt_links(page):
    return page.eval_on_selector_all(
        'a[type="text/vtt"]', "els => els.map(e => [e.getAttribute('href'), e.hreflang])"
    )


@pytest.mark.parametrize(
    "path", [ENGLISH_VIDEO, "/fr/videos/usager-collaborateur-en-amelioration/"]
)
def test_other_video_pages_are_accessible(browser_page, path):
    response = browser_page.goto(path)
    assert response.status == 200
    assert browser_page.console_errors == []
    assert browser_page.external_requests == []
    assert_accessible(browser_page)


@pytest.mark.parametrize(("path", "language"), [(VIDEO, "fr"), (ENGLISH_VIDEO, "en")])
def test_webvtt_files_are_served_in_the_page_language(browser_page, path, language):
    browser_page.goto(path)
    links = vtt_links(browser_page)
    assert len(links) == 2
    for href, _hreflang in links:
        response = browser_page.request.get(href)
        assert response.status == 200
        assert response.headers["content-type"].startswith("text/vtt")
        assert response.text().startswith("WEBVTT")
    captions = browser_page.request.get(links[0][0]).text()
    assert links[0][1] == language
    assert ("Bonjour et bienvenue." if language == "fr" else "Hello and welcome.") in captions


def test_transcript_is_collapsed_and_opens_on_the_captions_text(browser_page):
    browser_page.goto(VIDEO)
    text = browser_page.locator(".video-transcript__text")
    assert not text.is_visible()
    browser_page.click(".video-transcript summary")
    assert text.is_visible()
    assert text.inner_text().startswith("Bonjour et bienvenue.")


def test_chapter_reloads_the_provider_player_at_its_time(browser_page):
    browser_page.route("https://www.youtube-nocookie.com/**", lambda route: route.abort())
    browser_page.goto(VIDEO)
    browser_page.get_by_role("link", name="Décider ensemble").click()
    src = browser_page.locator(".video-player iframe").get_attribute("src")
    assert "start=212" in src, src


def test_lsq_version_plays_from_the_site(browser_page):
    browser_page.goto(VIDEO)
    section = browser_page.locator(".video-lsq")
    assert "LSQ" in section.locator("h2").inner_text()
    video = section.locator("video")
    video.evaluate("v => v.load()")
    browser_page.wait_for_function(
        "() => document.querySelector('.video-lsq video').readyState >= 1", timeout=10000
    )
    assert video.evaluate("v => v.duration") > 5
    assert browser_page.external_requests == []


def test_self_hosted_player_shows_the_tracks_and_chapters_seek_it(browser_page, live_site):
    """The site's player template, with the demo's real WebVTT files, on a real <video>.

    The demo's videos are on YouTube (their <iframe> cannot take a <track>), so the media
    here is a silent WAV made by the test; the captions and chapters are the ones the
    site serves for the French demo page, and the page runs the site's own script.
    """
    browser_page.goto(VIDEO)
    (captions_url, _), (chapters_url, _) = vtt_links(browser_page)
    chapters = parse_webvtt(browser_page.request.get(chapters_url).text())
    player = Player(
        dom_id="video-test",
        title="Démonstration",
        file=SimpleNamespace(url="/__test__/clip.wav", file_extension="wav"),
        captions=SimpleNamespace(url=captions_url),
        chapters_url=chapters_url,
    ).with_chapters([(cue.text, int(cue.start)) for cue in chapters])
    context = {"player": player, "LANGUAGE_CODE": "fr"}
    html = (
        '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Test</title><main>'
        + render_to_string("blocks/includes/video_player.html", context)
        + render_to_string("videos/includes/chapters.html", context)
        + '</main><script src="/static/core/video-consent.js"></script></html>'
    )
    browser_page.route(f"{live_site}/__test__/page/", lambda r: r.fulfill(body=html,
                       content_type="text/html; charset=utf-8"))  # fmt: skip
    browser_page.route(f"{live_site}/__test__/clip.wav", serve_ranges(silent_wav(300), "audio/wav"))
    browser_page.goto("/__test__/page/")
    # Chromium leaves a chapters track disabled (no cues loaded) until a script asks for it.
    browser_page.evaluate(
        "() => { for (const t of document.querySelector('video').textTracks)"
        " if (t.mode === 'disabled') t.mode = 'hidden'; }"
    )
    browser_page.wait_for_function(
        "() => { const v = document.querySelector('video');"
        " return v.readyState >= 1 && [...v.textTracks].every(t => t.cues && t.cues.length); }",
        timeout=15000,
    )
    tracks = browser_page.evaluate(
        "() => [...document.querySelector('video').textTracks].map("
        "t => [t.kind, t.language, t.mode, t.cues.length, t.cues[0].text])"
    )
    assert tracks[0][:3] == ["captions", "fr", "showing"]
    assert tracks[0][4] == "Bonjour et bienvenue."
    assert tracks[1][:2] == ["chapters", "fr"]
    assert tracks[1][3] == len(chapters) and tracks[1][4] == "Introduction"
    target = chapters[4]
    browser_page.get_by_role("link", name=target.text).click()
    browser_page.wait_for_function(
        f"() => Math.abs(document.querySelector('video').currentTime - {int(target.start)}) < 1",
        timeout=10000,
    )
    # The script sought the player in place: the page (and its chapter list) is still there,
    # not the media file at #t= that the link leads to without JavaScript.
    assert browser_page.url.endswith("/__test__/page/")
    assert browser_page.locator(".video-chapters").is_visible()
    assert browser_page.console_errors == []
