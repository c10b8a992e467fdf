"""In Chromium: nothing from another host before the click; the click inserts the player."""

import pytest

from core.testing import assert_accessible

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
