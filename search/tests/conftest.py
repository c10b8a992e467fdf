import pytest
from django.utils.text import slugify
from wagtail.models import Page


@pytest.fixture
def add_page(home_pages):
    """Create and publish a plain page under a parent (the French home by default)."""

    def add(title, slug=None, parent=None, **fields):
        parent = parent or home_pages[0]
        page = Page(title=title, slug=slug or slugify(title)[:50], **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return add


@pytest.fixture
def translate(home_pages):
    """The English translation of a French page, published, with English fields."""

    def make(page, **fields):
        translated = page.copy_for_translation(home_pages[1].locale, copy_parents=False)
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save()
        translated.save_revision().publish()
        translated.refresh_from_db()
        return translated

    return make
