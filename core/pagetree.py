"""The page tree: the locales, the site's home page, idempotent page creation and English
translations.

Demo loaders (every app's `demo.py`, run by `load_demo_content`), commands and tests
build pages with these helpers. A second run must change nothing: they create what is
missing and leave existing pages untouched (editors may have changed them).
"""

import json
import re

import yaml
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    SegmentOverride,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import OverridableSegmentValue, StringSegmentValue

_BLOCK_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


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
    with_block_ids(page)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    if log:
        log(f"  + {model.__name__} « {page.title} » ({page.url_path})")
    return page, True


def with_block_ids(page):
    """Give every StreamField block, list items included, its id before the page is saved.

    Values set from YAML are stored as given, list items without ids: wagtail-localize
    then finds nothing to translate in them and a « Synchroniser » would copy the French
    items over the English ones. Reading every block makes Wagtail store them with ids.
    """
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for _block in getattr(page, field.name):
                pass


def ensure_translation(page, log=None, **fields):
    """The English translation of a French page, created with these English fields.

    The page's parent must already be translated. Many-to-many fields (axes,
    audiences) are copied as they are; the vocabulary holds both labels.
    """
    locale = english()
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        existing = existing.specific
        link_translation(page, existing, log=log)
        return existing, False
    translated = page.copy_for_translation(locale, copy_parents=False).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    with_block_ids(translated)
    translated.save()
    translated.save_revision().publish()
    translated.refresh_from_db()
    if log:
        log(f"  + translation « {translated.title} » ({translated.url_path})")
    link_translation(page, translated, log=log)
    return translated, True


def _shape(path):
    """A segment's path without StreamField block ids (they differ between the two pages)."""
    return _BLOCK_ID.sub("*", path)


def _groups(segments):
    """Consecutive segments of one path (a rich text's strings), as (path, [segments])."""
    groups = []
    for segment in segments:
        if groups and groups[-1][0] == segment.path:
            groups[-1][1].append(segment)
        else:
            groups.append((segment.path, [segment]))
    return groups


def _pair(source, target):
    """(source segment, translated segment) for what both pages hold in the same place.

    Same sequence of fields and block types (block ids may differ): pair place by place,
    skipping a rich text whose strings differ in number; else pair only identical paths.
    """
    here, there = _groups(source), _groups(target)
    if [_shape(path) for path, _ in here] != [_shape(path) for path, _ in there]:
        by_path = dict(there)
        there = [(path, by_path.get(path, [])) for path, _ in here]
    pairs = []
    for (_, mine), (_, theirs) in zip(here, there, strict=False):
        if len(mine) == len(theirs):
            pairs.extend(zip(mine, theirs, strict=True))
    return pairs


def _segments(page, kind):
    return [segment for segment in extract_segments(page) if isinstance(segment, kind)]


def link_translation(page, translated, log=None):
    """Record `translated` as wagtail-localize's translation of `page`, its strings filled.

    The French page gets a translation source and the English one a translation whose
    strings are the English page's own text (and whose overridable values, e.g. a
    video's captions file, are the English page's), so « Synchroniser les pages
    traduites » after a French change keeps the English page as it is and asks only for
    what changed. Does nothing when the translation is already recorded.
    """
    # From the database: a StreamField set in memory may hold lists without block ids,
    # which wagtail-localize cannot follow.
    page, translated = (Page.objects.get(pk=p.pk).specific for p in (page, translated))
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=translated.locale, defaults={"enabled": True}
    )
    if not created:
        return translation
    strings = {
        (mine.path, mine.string.data): theirs.string.data
        for mine, theirs in _pair(
            _segments(page, StringSegmentValue), _segments(translated, StringSegmentValue)
        )
    }
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get((entry.msgctxt, entry.msgid), "")
    translation.import_po(po)
    overridables = _pair(
        _segments(page, OverridableSegmentValue), _segments(translated, OverridableSegmentValue)
    )
    for mine, theirs in overridables:
        if mine.data != theirs.data:
            SegmentOverride.objects.update_or_create(
                locale=translated.locale,
                context=TranslationContext.objects.get(object=source.object, path=mine.path),
                defaults={"data_json": json.dumps(theirs.data, cls=DjangoJSONEncoder)},
            )
    total, done = translation.get_progress()
    if log and done < total:
        log(f"  ! translation « {translated.title} »: {done}/{total} strings paired")
    return translation


def ensure_pair(parent_fr, model, slug, fr, en, log=None):
    """A French page and its English translation; `en` holds the English field values."""
    page, _ = ensure_page(parent_fr, model, slug, log=log, **fr)
    translated, _ = ensure_translation(page, log=log, **en)
    return page, translated


def root_page():
    return Page.get_first_root_node()
