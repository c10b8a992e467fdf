"""« En mots simples » on the policy and the methodology, in both languages."""

import pytest

from hub.models import MethodologyPage

pytestmark = pytest.mark.django_db

PLAIN = "Une équipe veut améliorer un soin avec vous. Elle suit cinq étapes simples."


def test_the_methodology_shows_them_in_english_too(client, hub_pages):
    hub_fr, hub_en = hub_pages
    page = MethodologyPage(title="Impliquer un usager", slug="impliquer", plain_summary=PLAIN)
    hub_fr.add_child(instance=page)
    page.save_revision().publish()
    assert PLAIN in client.get(page.url).content.decode()
    english = page.copy_for_translation(hub_en.locale)
    english.plain_summary = "A team wants to improve care with you. It follows five simple steps."
    english.save_revision().publish()
    html = client.get(english.url).content.decode()
    assert "In plain words" in html and "It follows five simple steps." in html
