"""What every app's factories share (wagtail-factories): a live French page, a translation.

Tests build their content with these factories, not with the demo loaders: a test says
what it needs, and the demo content can change without breaking it. Each app keeps the
factories of its own page types in `<app>/factories.py`.
"""

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from core.pagetree import ensure_translation

__all__ = ["LivePageFactory", "translate"]


class LivePageFactory(wagtail_factories.PageFactory):
    """A published page in French, its slug made from its title (`parent=` is required)."""

    title = factory.Sequence(lambda n: f"Page {n:03d}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title)[:80] or "page")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))

    class Meta:
        abstract = True

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        # A revision, as an editor's publication makes (listings and search read live pages).
        if create and extracted is not False:
            page.save_revision().publish()
            page.refresh_from_db()


def translate(page, **fields):
    """The English translation of `page` (wagtail-localize's copy), published."""
    translated, _created = ensure_translation(page, **fields)
    return translated
