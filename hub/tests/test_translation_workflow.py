"""The English pages are wagtail-localize translations of the French ones (issue 15).

An editor who changes a French page sees its English translation go out of date
(« Synchroniser les pages traduites »), fills in the new English text and publishes it;
the rest of the English page stays as it was.
"""

import polib
import pytest
from bs4 import BeautifulSoup
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


def test_every_demo_english_page_is_a_complete_translation(demo_site):
    assert " ! translation" not in demo_site  # the command's output
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


# --- Publishing through wagtail-localize goes through the editorial workflow -------------
# (hub/localize.py) Editors cannot publish (hub/0002): « Publier immédiatement » on a sync
# and « Convertir en alias de page » would publish the English page at once. Moderators
# keep both.


@pytest.fixture
def changed(pages):
    """The French page changed and published: its English translation is out of date."""
    french, english = pages
    french.title = "Reconnaître les usagers partenaires"
    french.save_revision().publish()
    return french, Page.objects.get(pk=english.pk).specific


def _sync(client, french, on_commit, **data):
    """POST the sync form; wagtail-localize publishes once the transaction commits."""
    source, _ = _translation(french)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    with on_commit(execute=True):
        return client.post(url, data, HTTP_ACCEPT_LANGUAGE="fr", follow=True)


def _sync_form(client, french):
    source, _ = _translation(french)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _live(page):
    page = Page.objects.get(pk=page.pk)
    return page.live_revision_id, page.specific.title, page.alias_of_id


def test_an_editor_is_not_offered_to_publish_on_sync(changed, client, editor_user):
    french, _ = changed
    client.force_login(editor_user)
    form = _sync_form(client, french)
    assert form.select("input[type=checkbox][name=publish_translations]") == []
    assert (
        form.select_one(".publish-translations-withheld")
        .get_text(" ", strip=True)
        .startswith("« Publier immédiatement » n’est offert qu’aux personnes qui peuvent publier")
    )


def test_an_editor_syncing_with_publish_publishes_nothing(
    changed, client, editor_user, django_capture_on_commit_callbacks
):
    french, english = changed
    before = _live(english)
    client.force_login(editor_user)
    response = _sync(client, french, django_capture_on_commit_callbacks, publish_translations="on")
    assert response.status_code == 200
    assert _live(english) == before
    assert Page.objects.get(pk=english.pk).title == "Recognising patients"
    texts = [str(m) for m in response.context["messages"]]
    assert any("synchronisées, mais pas publiées" in text for text in texts), texts
    # The sync itself happened: the new French title waits for its translation.
    _, translation = _translation(french)
    total, done = translation.get_progress()
    assert done == total - 1


def test_a_moderator_syncs_and_publishes(
    changed, client, moderator_user, django_capture_on_commit_callbacks
):
    french, english = changed
    before = _live(english)
    client.force_login(moderator_user)
    form = _sync_form(client, french)
    assert len(form.select("input[type=checkbox][name=publish_translations]")) == 1
    assert form.select(".publish-translations-withheld") == []
    response = _sync(client, french, django_capture_on_commit_callbacks, publish_translations="on")
    assert response.status_code == 200
    after = _live(english)
    assert after[0] != before[0]
    # Published at once, the untranslated title in French (wagtail-localize's fallback).
    assert after[1] == "Reconnaître les usagers partenaires"


def _convert(client, page):
    url = reverse("wagtail_localize:convert_to_alias", args=[page.pk])
    return client.post(url, {}, HTTP_ACCEPT_LANGUAGE="fr")


def test_an_editor_cannot_convert_a_translation_to_an_alias(pages, client, editor_user):
    french, english = pages
    before = _live(english)
    client.force_login(editor_user)
    url = reverse("wagtail_localize:convert_to_alias", args=[english.pk])
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    for response in (client.get(url), _convert(client, english)):
        assert response.status_code == 302 and response.url == edit_url
    assert _live(english) == before
    assert Page.objects.get(pk=english.pk).alias_of_id is None
    assert Translation.objects.filter(target_locale=english.locale, enabled=True).exists()
    page = client.get(edit_url, HTTP_ACCEPT_LANGUAGE="fr")
    texts = [str(m) for m in page.context["messages"]]
    assert any(
        text.startswith("Seules les personnes qui peuvent publier la page « Recognising patients »")
        for text in texts
    ), texts


def test_a_moderator_converts_a_translation_to_an_alias(pages, client, moderator_user):
    french, english = pages
    client.force_login(moderator_user)
    response = _convert(client, english)
    assert response.status_code == 302
    english = Page.objects.get(pk=english.pk)
    assert english.alias_of_id == french.pk
    assert english.title == "Reconnaître les usagers"


def test_only_who_may_publish_sees_convert_to_alias(pages, client, editor_user, moderator_user):
    """A stopped translation is edited in Wagtail's editor, whose « ⋯ » menu offers it."""
    french, english = pages
    Translation.objects.filter(target_locale=english.locale).update(enabled=False)
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    shown = {}
    for user in (editor_user, moderator_user):
        client.force_login(user)
        html = client.get(edit_url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
        shown[user.username] = 'name="localize-convert-to-alias"' in html
    assert shown == {"editor": False, "moderator": True}
