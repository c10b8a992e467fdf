"""Every common form of a YouTube or Vimeo address gives the provider, the id and the start."""

import pytest

from core.video_providers import InvalidVideoURL, parse_video_url

YT = "onMCM7J5NR4"


@pytest.mark.parametrize(
    ("url", "provider", "video_id", "start"),
    [
        (f"https://www.youtube.com/watch?v={YT}", "youtube", YT, 0),
        (f"https://youtube.com/watch?v={YT}&feature=share", "youtube", YT, 0),
        (f"http://www.youtube.com/watch?feature=x&v={YT}&t=1m30s", "youtube", YT, 90),
        (f"https://m.youtube.com/watch?v={YT}&t=90", "youtube", YT, 90),
        (f"www.youtube.com/watch?v={YT}", "youtube", YT, 0),
        (f"https://youtu.be/{YT}", "youtube", YT, 0),
        (f"https://youtu.be/{YT}?t=42", "youtube", YT, 42),
        (f"https://youtu.be/{YT}?si=abcDEF&t=1h2m3s", "youtube", YT, 3723),
        (f"https://www.youtube.com/embed/{YT}", "youtube", YT, 0),
        (f"https://www.youtube.com/embed/{YT}?start=75&rel=0", "youtube", YT, 75),
        (f"https://www.youtube-nocookie.com/embed/{YT}?start=5", "youtube", YT, 5),
        (f"https://www.youtube.com/shorts/{YT}", "youtube", YT, 0),
        (f"https://youtube.com/shorts/{YT}?feature=share", "youtube", YT, 0),
        (f"https://www.youtube.com/live/{YT}", "youtube", YT, 0),
        (f"https://www.youtube.com/watch?v={YT}#t=30", "youtube", YT, 30),
        (f"  https://youtu.be/{YT}  ", "youtube", YT, 0),
        ("https://vimeo.com/76979871", "vimeo", "76979871", 0),
        ("https://vimeo.com/76979871#t=1m5s", "vimeo", "76979871", 65),
        ("https://player.vimeo.com/video/76979871", "vimeo", "76979871", 0),
        ("https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0", "vimeo", "76979871", 0),
        ("https://vimeo.com/channels/staffpicks/76979871", "vimeo", "76979871", 0),
        ("vimeo.com/76979871", "vimeo", "76979871", 0),
    ],
)
def test_real_url_forms(url, provider, video_id, start):
    parsed = parse_video_url(url)
    assert (parsed.provider, parsed.video_id, parsed.start) == (provider, video_id, start)


def test_vimeo_private_hash_is_kept_for_the_player():
    parsed = parse_video_url("https://vimeo.com/76979871/8272103f6e")
    assert parsed.vimeo_hash == "8272103f6e"
    assert "h=8272103f6e" in parsed.embed_url
    assert "dnt=1" in parsed.embed_url
    assert parsed.watch_url == "https://vimeo.com/76979871/8272103f6e"


def test_player_addresses_are_privacy_enhanced_and_carry_the_start():
    parsed = parse_video_url(f"https://youtu.be/{YT}?t=90")
    assert parsed.embed_url.startswith(f"https://www.youtube-nocookie.com/embed/{YT}?")
    assert "start=90" in parsed.embed_url
    assert parsed.watch_url == f"https://www.youtube.com/watch?v={YT}&t=90s"
    vimeo = parse_video_url("https://vimeo.com/76979871#t=65s")
    assert vimeo.embed_url.endswith("#t=65s")


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "https://example.org/watch?v=onMCM7J5NR4",
        "https://youtube.com.evil.example/watch?v=onMCM7J5NR4",
        "https://evil.example/?u=https://youtu.be/onMCM7J5NR4",
        "https://youtube.com@evil.example/watch?v=onMCM7J5NR4",
        "https://user:pw@youtube.com/watch?v=onMCM7J5NR4",
        "javascript:alert(1)//youtu.be/onMCM7J5NR4",
        "JaVaScRiPt:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://youtube.com/watch?v=onMCM7J5NR4",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/watch?v=onMCM7J5NR4x",
        "https://youtu.be/onMCM7J5NR",
        "https://youtu.be/onMCM7J5NR4/extra",
        "https://www.youtube.com/watch?v=<script>x</script>",
        "https://www.youtube.com/channel/UCabcdefghijk",
        "https://www.youtube.com/",
        "https://vimeo.com/12345",
        "https://vimeo.com/1234567890123",
        "https://vimeo.com/76979871/<script>",
        "https://player.vimeo.com/video/abc",
        "https://www.youtube.com/watch?v=onMCM7J5NR4\n<script>",
        "https://youtu.be/" + "a" * 600,
        "https://www.youtube.com/watch?v=onMCM7J5NR4&t=" + "9" * 600,
    ],
)
def test_bad_urls_are_refused_with_a_french_message(url):
    with pytest.raises(InvalidVideoURL) as error:
        parse_video_url(url)
    assert "Adresse" in str(error.value)
