"""Scenarios for `manage.py benchmark` (see core/management/commands/benchmark.py)."""

from outils.generate import generate_tools
from outils.models import NO_TOOL_BANK, ToolIndexPage, ToolPage

# The tool bank's listing with facet counts, at 5,000 tools (DESIGN.md budgets).
QUERY_BUDGET = 12
TIME_BUDGET_MS = 40
BUDGET = ("listing", QUERY_BUDGET, TIME_BUDGET_MS)
COLD = [("liste juste après une publication", "/fr/outils/?axis=improvement")]


def prepare(tools, log):
    """Fill the French tool bank up to `tools` tools (5 % staff-only, as generate_tools)."""
    index = ToolIndexPage.objects.filter(locale__language_code="fr").first()
    if index is None:
        raise RuntimeError(str(NO_TOOL_BANK))
    existing = ToolPage.objects.filter(locale_id=index.locale_id).count()
    if existing < tools:
        log(f"Création de {tools - existing} outils…")
        generate_tools(tools - existing, index, seed=2026)
    return f"{ToolPage.objects.filter(locale_id=index.locale_id).count()} outils"


SCENARIOS = [
    # The page frame alone (header, menu, footer, routing): what every page costs anyway.
    ("baseline: empty search page", "/fr/recherche/", None),
    ("listing, no filter", "/fr/outils/", None),
    ("listing, one facet", "/fr/outils/?axis=improvement", None),
    ("listing, three facets", "/fr/outils/?axis=improvement&audience=managers&type=guide", None),
    ("listing, q", "/fr/outils/?q=usager", None),
    ("listing, q and a facet, sorted by relevance", "/fr/outils/?q=usager&axis=care", None),
    ("listing, last page, most recent", "/fr/outils/?sort=recent&page=999", None),
    ("listing, English, one facet", "/en/tools/?audience=managers", None),
    (
        "listing, three facets, staff",
        "/fr/outils/?axis=care&audience=clinicians&type=guide",
        "staff",
    ),
    ("tool page", "/fr/outils/recrutement-usager-partenaire/", None),
    ("tool page, staff", "/fr/outils/recrutement-usager-partenaire/", "staff"),
]
