import pytest

from core.factories import translate as translate_page
from outils.factories import ToolIndexPageFactory, ToolPageFactory, terms
from vocabulary.models import Audience, Axis, ToolType


@pytest.fixture
def tool_bank(home_pages):
    """(French tool bank at /fr/outils/, English translation at /en/tools/)."""
    home_fr, _ = home_pages
    index = ToolIndexPageFactory(parent=home_fr)
    return index, translate_page(index, title="Tool bank", slug="tools")


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
        page = ToolPageFactory(
            parent=index_fr,
            title=title,
            slug=extra.pop("slug", None) or f"outil-{counter['n']}",
            summary=summary,
            tool_type=ToolType.objects.get(code=tool_type),
            staff_only=staff,
            material_languages=langs,
            year=year,
            axes=terms(Axis, axes),
            audiences=terms(Audience, audiences),
            tags=tags,
            **extra,
        )
        if translate:
            translate_page(page, title=f"{title} (EN)", slug=f"{page.slug}-en")
        return page

    return make
