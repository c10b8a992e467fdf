"""French first, English second: redirects, switcher, hreflang, canonical, notices."""

import re

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("accept_language", ["en-US,en;q=0.9", "fr-CA", "de", ""])
def test_root_redirects_to_french_whatever_the_browser_says(client, home_pages, accept_language):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_unprefixed_path_goes_to_french(client, home_pages):
    response = client.get("/recherche/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/fr/recherche/"


def test_page_tree_exists_in_both_locales(home_pages):
    home_fr, home_en = home_pages
    assert home_fr.locale.language_code == "fr"
    assert home_en.locale.language_code == "en"
    assert home_fr.translation_key == home_en.translation_key
    assert home_fr.live and home_en.live


@pytest.mark.parametrize(
    ("url", "lang", "other_url", "search_label"),
    [("/fr/", "fr", "/en/", "Rechercher"), ("/en/", "en", "/fr/", "Search")],
)
def test_home_language_attributes_and_switcher(
    client, home_pages, url, lang, other_url, search_label
):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}"' in html
    # The switcher leads to the translation of the same page.
    assert re.search(rf'<a href="{other_url}" hreflang="\w\w"[^>]*data-language-switch', html)
    # hreflang for each translation, canonical to itself.
    assert '<link rel="alternate" hreflang="fr" href="http://testserver/fr/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert f'<link rel="canonical" href="http://testserver{url}">' in html
    assert f">{search_label}</button>" in html
    assert 'class="skip-link" href="#contenu"' in html
    assert '<main id="contenu"' in html


def test_english_notice_only_on_english_pages(client, home_pages):
    from wagtail.models import Site

    from core.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.english_notice = "Version anglaise : le français fait foi."
    settings.save()
    assert "le français fait foi" in client.get("/en/").content.decode()
    assert "le français fait foi" not in client.get("/fr/").content.decode()


def test_switcher_falls_back_to_other_home_when_no_translation(client, home_pages):
    home_fr, _ = home_pages
    only_french = Page(title="Seulement en français", slug="seulement-francais")
    home_fr.add_child(instance=only_french)
    only_french.save_revision().publish()
    html = client.get("/fr/seulement-francais/").content.decode()
    assert re.search(r'<a href="/en/" hreflang="en"', html)
    assert "page not available in English" in html
    # No hreflang for a translation that does not exist.
    assert 'hreflang="en" href="http://testserver/en/seulement' not in html


@pytest.mark.parametrize(
    ("url", "title", "lang"),
    [
        ("/fr/nexiste-pas/", "Page introuvable", "fr"),
        ("/en/does-not-exist/", "Page not found", "en"),
    ],
)
def test_404_in_both_languages(client, home_pages, url, title, lang):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert f'<html lang="{lang}"' in html


def test_500_page_in_the_url_language(rf):
    from core.views import server_error

    response = server_error(rf.get("/en/boom/"))
    assert response.status_code == 500
    assert "Server error" in response.content.decode()
    response = server_error(rf.get("/fr/boom/"))
    assert "Erreur du serveur" in response.content.decode()


def test_translated_search_urls(client, home_pages):
    assert client.get("/fr/recherche/").status_code == 200
    assert client.get("/en/search/").status_code == 200
    assert client.get("/en/recherche/").status_code == 404


def test_404_offers_the_page_behind_the_other_language_prefix(client, home_pages):
    from core.pagetree import ensure_translation

    home_fr, _ = home_pages
    guide = Page(title="Guide d’accueil", slug="guide-accueil")
    home_fr.add_child(instance=guide)
    guide.save_revision().publish()
    # French path under the English prefix, no translation yet: offer the French page.
    response = client.get("/en/guide-accueil/")
    assert response.status_code == 404
    assert 'href="/fr/guide-accueil/"' in response.content.decode()
    # Once translated, offer the English translation instead.
    ensure_translation(guide, title="Welcome guide", slug="welcome-guide")
    html = client.get("/en/guide-accueil/").content.decode()
    assert 'href="/en/welcome-guide/"' in html
    assert "Welcome guide" in html


def test_404_never_suggests_a_restricted_page(client, home_pages):
    from core.access import sync_staff_restriction

    home_fr, _ = home_pages
    internal = Page(title="Note interne", slug="note-interne")
    home_fr.add_child(instance=internal)
    internal.save_revision().publish()
    sync_staff_restriction(internal, True)
    html = client.get("/en/note-interne/").content.decode()
    assert "Note interne" not in html
