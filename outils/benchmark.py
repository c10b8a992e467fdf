"""Scenarios for `manage.py benchmark` (see core/management/commands/benchmark.py)."""

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
]
