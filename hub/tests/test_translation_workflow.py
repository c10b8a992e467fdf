"""The English pages are wagtail-localize translations of the French ones (issue 15).

An editor who changes a French page sees its English translation go out of date
(« Synchroniser les pages traduites »), fills in the new English text and publishes it;
the rest of the English page stays as it was.
"""

import io

import polib
import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import OverridableSegmentValue, StringSegmentValue

from core.factories import translate
from core.pagetree import _shape
from hub.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(hub_pages):
    hub_fr, _ = hub_pages
    page = ContentPageFactory(
        parent=hub_fr,
        title="Reconnaître les usagers",
        slug="reconnaitre",
        search_description="Comment remercier un usager partenaire.",
        introduction="<p>Une <strong>reconnaissance</strong> juste et connue.</p>",
        body=[("paragraph", "<p>Le bureau rembourse les frais.</p>")],
    )
    english = translate(
        page,
        title="Recognising patients",
        slug="recognising",
        search_description="How to thank a patient partner.",
        introduction="<p>A <strong>fair</strong> and known recognition.</p>",
        body=[("paragraph", "<p>The office pays the expenses back.</p>")],
    )
    return page, english


def _translation(page):
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return source, Translation.objects.get(source=source, target_locale__language_code="en")


def _texts(page):
    """What a reader of the page sees: its strings and overridable values, block ids aside."""
    page = Page.objects.get(pk=page.pk).specific
    return [
        (_shape(s.path), s.string.data if isinstance(s, StringSegmentValue) else s.data)
        for s in extract_segments(page)
        if isinstance(s, StringSegmentValue | OverridableSegmentValue)
    ]


def test_the_english_page_is_a_complete_translation_of_the_french(pages):
    french, english = pages
    source, translation = _translation(french)
    total, done = translation.get_progress()
    assert total == 5 and done == total
    before = _texts(english)
    translation.save_target(publish=True)  # what « Publier » in the translation editor does
    assert _texts(english) == before
    assert Page.objects.get(pk=english.pk).title == "Recognising patients"


def test_a_french_change_puts_the_english_page_out_of_date_until_translated(pages, client):
    french, english = pages
    source, translation = _translation(french)
    french.title = "Reconnaître les usagers partenaires"
    french.search_description = "Comment remercier un usager partenaire, et quand."
    french.save_revision().publish()

    source.update_from_db()  # « Synchroniser les pages traduites »
    total, done = translation.get_progress()
    assert done == total - 2
    po = translation.export_po()
    missing = {
        entry.msgid: entry.msgctxt for entry in po if not entry.msgstr and not entry.obsolete
    }
    assert missing == {
        "Reconnaître les usagers partenaires": "title",
        "Comment remercier un usager partenaire, et quand.": "search_description",
    }

    reply = polib.POFile()
    reply.append(
        polib.POEntry(
            msgctxt="title",
            msgid="Reconnaître les usagers partenaires",
            msgstr="Recognising partners",
        )
    )
    translation.import_po(reply)
    StringTranslation.objects.create(
        translation_of=source.stringsegment_set.get(context__path="search_description").string,
        context=source.stringsegment_set.get(context__path="search_description").context,
        locale=translation.target_locale,
        data="How and when to thank a patient partner.",
    )
    assert translation.get_progress() == (total, total)
    before = dict(_texts(english))
    translation.save_target(publish=True)

    after = dict(_texts(english))
    assert after.pop("title") == "Recognising partners"
    assert after.pop("search_description") == "How and when to thank a patient partner."
    del before["title"], before["search_description"]
    assert after == before  # slug, introduction, body: the English text as it was
    html = client.get(english.url).content.decode()
    assert "Recognising partners" in html and "The office pays the expenses back." in html
    assert "Reconnaître" not in html


def test_the_admin_offers_sync_and_lists_the_translations(pages, client, make_user):
    french, english = pages
    client.force_login(make_user("admin", is_superuser=True))
    edit = client.get(
        reverse("wagtailadmin_pages:edit", args=[french.pk]), HTTP_ACCEPT_LANGUAGE="fr"
    )
    html = edit.content.decode()
    assert "Synchroniser les pages traduites" in html
    source, _ = _translation(french)
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html

    report = client.get(reverse("wagtail_localize:translations_report")).content.decode()
    assert "Recognising patients" in report or "Reconnaître les usagers" in report
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in report


def test_every_demo_english_page_is_a_complete_translation(home_pages):
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert " ! translation" not in out.getvalue()
    english = Page.objects.filter(locale__language_code="en", depth__gt=1).exclude(
        pk__in=Page.objects.filter(depth=1)
    )
    translations = {
        t.source.object_id: t for t in Translation.objects.select_related("source", "target_locale")
    }
    assert english.count() >= 40
    incomplete = []
    for page in english:
        translation = translations.get(page.translation_key)
        assert translation is not None, page.title
        total, done = translation.get_progress()
        if done < total:
            incomplete.append(page.title)
    assert incomplete == []
    # A « Synchroniser » of the whole demo leaves every English page as it was.
    for page in english:
        before = _texts(page)
        translations[page.translation_key].save_target(publish=True)
        assert _texts(page) == before, page.title
