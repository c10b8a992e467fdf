"""The page tree: the locales, the site's home page, idempotent page creation and English
translations.

Demo loaders (every app's `demo.py`, run by `load_demo_content`), commands and tests
build pages with these helpers. A second run must change nothing: they create what is
missing and leave existing pages untouched (editors may have changed them).
"""

import yaml
from wagtail.models import Locale, Page, Site


def read_content(folder, language, name):
    """One page's fields in one language from `<folder>/<language>/<name>.yaml`.

    Demo content is data, not code: each app keeps its pages' text in YAML files that
    an editor can read and correct (dates and lists are plain YAML).
    """
    path = folder / language / f"{name}.yaml"
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def french():
    return Locale.objects.get(language_code="fr")


def english():
    return Locale.objects.get_or_create(language_code="en")[0]


def get_home(locale=None):
    """The French home page (or its translation in `locale`), None before the home app ran."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    home = site.root_page.specific
    if locale is not None and home.locale_id != locale.pk:
        return home.get_translation_or_none(locale)
    return home


def child_by_slug(parent, slug):
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


def ensure_page(parent, model, slug, log=None, **fields):
    """Create and publish `model` under `parent` with this slug unless it exists already."""
    existing = child_by_slug(parent, slug)
    if existing is not None:
        return existing, False
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    if log:
        log(f"  + {model.__name__} « {page.title} » ({page.url_path})")
    return page, True


def ensure_translation(page, log=None, **fields):
    """The English translation of a French page, created with these English fields.

    The page's parent must already be translated. Many-to-many fields (axes,
    audiences) are copied as they are; the vocabulary holds both labels.
    """
    locale = english()
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translated = page.copy_for_translation(locale, copy_parents=False).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    translated.save_revision().publish()
    translated.refresh_from_db()
    if log:
        log(f"  + translation « {translated.title} » ({translated.url_path})")
    return translated, True


def ensure_pair(parent_fr, model, slug, fr, en, log=None):
    """A French page and its English translation; `en` holds the English field values."""
    page, _ = ensure_page(parent_fr, model, slug, log=log, **fr)
    translated, _ = ensure_translation(page, log=log, **en)
    return page, translated


def root_page():
    return Page.get_first_root_node()
