import pytest

from core.pagetree import ensure_translation
from outils.models import ToolPage
from vocabulary.models import Audience, Axis, ToolType


@pytest.fixture
def tool_bank(home_pages):
    """(French tool bank at /fr/outils/, English translation at /en/tools/)."""
    from outils.demo import ensure_index

    return ensure_index()


@pytest.fixture
def make_tool(tool_bank):
    index_fr, _ = tool_bank
    counter = {"n": 0}

    def make(
        title=None,
        axes=("care",),
        audiences=("managers",),
        tool_type="guide",
        tags=(),
        staff=False,
        langs="fr",
        year=2020,
        summary="Un outil pour les équipes.",
        translate=False,
        **extra,
    ):
        counter["n"] += 1
        title = title or f"Outil {counter['n']:03d}"
        page = ToolPage(
            title=title,
            slug=extra.pop("slug", None) or f"outil-{counter['n']}",
            summary=summary,
            tool_type=ToolType.objects.get(code=tool_type),
            staff_only=staff,
            material_languages=langs,
            year=year,
            **extra,
        )
        page.axes = list(Axis.objects.filter(code__in=axes))
        page.audiences = list(Audience.objects.filter(code__in=audiences))
        if tags:
            page.tags.add(*tags)
        index_fr.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        if translate:
            ensure_translation(page, title=f"{title} (EN)", slug=f"{page.slug}-en")
        return page

    return make
