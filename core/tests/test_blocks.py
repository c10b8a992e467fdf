"""Every StructBlock the site's StreamFields use is complete, and renders its preview.

Complete means what editors rely on in the admin: an icon, a translated label, a
preview value for the block preview, and a template so the block renders the same
way wherever it is used.
"""

import pytest
from django.apps import apps
from django.utils.functional import Promise
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.blocks import FigureBlock

pytestmark = pytest.mark.django_db
PROJECT_APPS = ("core", "home", "hub", "outils", "formations", "videos", "vocabulary")


def _walk(block, seen):
    if id(block) in seen:
        return
    seen.add(id(block))
    yield block
    children = getattr(block, "child_blocks", None) or {}
    for child in children.values():
        yield from _walk(child, seen)
    if isinstance(block, blocks.ListBlock):
        yield from _walk(block.child_block, seen)


def struct_blocks():
    found, seen = {}, set()
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for block in _walk(field.stream_block, seen):
                    # Wagtail's own StructBlocks (its ImageBlock) are Wagtail's business.
                    ours = not type(block).__module__.startswith("wagtail.")
                    if isinstance(block, blocks.StructBlock) and ours:
                        found.setdefault(type(block).__name__, block)
    return found


STRUCT_BLOCKS = struct_blocks()


def test_the_walk_finds_the_blocks_of_every_app():
    names = set(STRUCT_BLOCKS)
    assert {"FigureBlock", "MethodStepBlock", "GlossaryTermBlock", "ExerciseBlock",
            "ActivityBlock", "MaterialBlock", "ChapterBlock", "StepBlock"} <= names  # fmt: skip
    assert len(names) >= 20


@pytest.mark.parametrize("name", sorted(STRUCT_BLOCKS))
def test_struct_block_is_complete_and_renders_its_preview(name):
    block = STRUCT_BLOCKS[name]
    meta = block.meta
    assert meta.icon and meta.icon != "placeholder", name
    assert isinstance(meta.label, Promise), f"{name}: the label is not translated"
    assert meta.template, f"{name} has no template"
    assert block.get_preview_value() not in (None, {}), f"{name} has no preview value"
    html = block.render(block.get_preview_value(), context={})
    assert html.strip() or name in ("FigureBlock", "MaterialBlock"), name


def test_figure_uses_wagtails_image_block_with_the_decorative_option():
    image = get_image_model().objects.create(title="Table", file=get_test_image_file())
    block = FigureBlock()
    described = block.to_python(
        {"image": {"image": image.pk, "alt_text": "Une équipe autour d’une table",
                   "decorative": False}, "caption": "Comité"}
    )  # fmt: skip
    html = block.render(described)
    assert 'alt="Une équipe autour d’une table"' in html and "<figcaption>Comité" in html
    decorative = block.to_python(
        {"image": {"image": image.pk, "alt_text": "", "decorative": True}, "caption": ""}
    )
    assert 'alt=""' in block.render(decorative)


def test_figures_saved_before_keep_their_alt_text_and_caption():
    image = get_image_model().objects.create(title="Table", file=get_test_image_file())
    legacy = {"image": image.pk, "alt_text": "Une usagère témoigne", "caption": "Forum 2024"}
    for value in (FigureBlock().to_python(legacy), FigureBlock().bulk_to_python([legacy])[0]):
        html = FigureBlock().render(value)
        assert 'alt="Une usagère témoigne"' in html
        assert "Forum 2024" in html
