"""Bulk loads index each object once, on the way out (core.indexing)."""

from unittest import mock

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex
from wagtail.search import index as search_index

from core.indexing import deferred_index_updates
from hub.models import ContentPage

pytestmark = pytest.mark.django_db


def linked_page(parent, document, title):
    body = [("paragraph", f'<p><a linktype="document" id="{document.pk}">La fiche</a></p>')]
    page = ContentPage(title=title, slug="fiche", body=body)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def document():
    return get_document_model().objects.create(
        title="Fiche d’accueil", file=ContentFile(b"%PDF-1.4", name="fiche.pdf")
    )


def test_a_page_saved_several_times_is_indexed_once_in_its_last_version(home_pages, document):
    home_fr, _ = home_pages
    # What the search task does for each object it is given (modelsearch, under Wagtail).
    with (
        mock.patch(
            "modelsearch.index.insert_or_update_object", wraps=search_index.insert_or_update_object
        ) as update,
        deferred_index_updates(),
    ):
        page = linked_page(home_fr, document, "Ancien titre")
        page.title = "Accueil des usagers partenaires"
        page.save_revision().publish()
        assert not ContentPage.objects.search("partenaires")  # not yet: deferred
        assert update.call_count == 0
    assert [c.args[0].pk for c in update.call_args_list].count(page.pk) == 1
    assert [p.pk for p in ContentPage.objects.search("partenaires")] == [page.pk]
    assert not ContentPage.objects.search("Ancien")
    # The document's usage (its references) lists the page.
    assert ReferenceIndex.get_references_to(document).filter(object_id=str(page.pk)).exists()


def test_saves_after_the_block_are_indexed_at_once_again(home_pages, document):
    home_fr, _ = home_pages
    with deferred_index_updates():
        pass
    page = linked_page(home_fr, document, "Accueil des usagers partenaires")
    assert [p.pk for p in ContentPage.objects.search("partenaires")] == [page.pk]
    assert ReferenceIndex.get_references_to(document).exists()


def test_a_page_deleted_inside_the_block_keeps_no_reference_or_index_entry(home_pages, document):
    home_fr, _ = home_pages
    page = linked_page(home_fr, document, "Accueil des usagers partenaires")
    assert ReferenceIndex.get_references_to(document).exists()
    with deferred_index_updates():
        ContentPage.objects.get(pk=page.pk).delete()
    assert not ContentPage.objects.search("partenaires")
    assert not ReferenceIndex.get_references_to(document).exists()
