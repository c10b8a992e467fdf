"""`configure_site`: the site's public address comes from SITE_BASE_URL, so absolute links
(RSS, sitemap, API, printed guides) name it rather than localhost or 127.0.0.1:8000."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from core.factories import translate
from core.management.commands.configure_site import parse_base_url
from hub.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://partenariat.example.qc.ca"


def run(**options):
    out = StringIO()
    call_command("configure_site", stdout=out, **options)
    return out.getvalue()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://partenariat.example.qc.ca", ("partenariat.example.qc.ca", 443)),
        ("https://partenariat.example.qc.ca/", ("partenariat.example.qc.ca", 443)),
        ("http://intranet.cisss.local", ("intranet.cisss.local", 80)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
    ],
)
def test_the_base_url_gives_host_name_and_port(url, expected):
    assert parse_base_url(url) == expected


@pytest.mark.parametrize(
    "url",
    ["", "partenariat.example.qc.ca", "ftp://x.org", "https://x.org/fr/", "https://x.org:8443",
     "http://x.org:443", "https://x.org:port", "https://user@x.org"],
)  # fmt: skip
def test_an_unusable_base_url_is_refused_in_french(url):
    with pytest.raises(CommandError, match="SITE_BASE_URL"):
        parse_base_url(url)


def test_the_command_sets_the_default_site_once(home_pages, settings):
    settings.SITE_BASE_URL = PUBLIC
    assert "Site configuré : https://partenariat.example.qc.ca" in run()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("partenariat.example.qc.ca", 443, PUBLIC)
    assert "rien à faire" in run()  # idempotent
    assert Site.objects.count() == 1


def test_the_option_wins_over_the_setting(home_pages, settings):
    settings.SITE_BASE_URL = PUBLIC
    run(base_url="http://intranet.cisss.local:8080")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("intranet.cisss.local", 8080)


def test_without_a_base_url_the_command_fails_and_changes_nothing(home_pages, settings):
    settings.SITE_BASE_URL = ""
    with pytest.raises(CommandError, match="SITE_BASE_URL n’est pas défini"):
        run()
    assert Site.objects.get(is_default_site=True).hostname == "localhost"


@pytest.fixture
def news(home_pages):
    home_fr, _ = home_pages
    index = NewsIndexPageFactory(parent=home_fr, title="Nouvelles", slug="nouvelles")
    translate(index, title="News", slug="news")
    NewsPageFactory(parent=index, title="Politique adoptée", slug="politique-adoptee")
    return index


def test_feed_sitemap_and_api_link_the_configured_address(client, news, settings):
    settings.SITE_BASE_URL = PUBLIC
    run()
    feed = client.get("/fr/nouvelles/rss/").content.decode()
    assert f"<link>{PUBLIC}/fr/nouvelles/politique-adoptee/</link>" in feed
    assert "localhost" not in feed and "127.0.0.1" not in feed
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    assert f"<loc>{PUBLIC}/fr/nouvelles/</loc>" in sitemap
    assert f"<loc>{PUBLIC}/en/news/</loc>" in sitemap
    assert "localhost" not in sitemap
    items = client.get("/api/v2/pages/?limit=100&fields=_,html_url").json()["items"]
    urls = {item["meta"]["html_url"] for item in items}
    assert f"{PUBLIC}/fr/nouvelles/politique-adoptee/" in urls
    assert not [url for url in urls if "localhost" in url]
