"""Scenarios for `manage.py benchmark` (see core/management/commands/benchmark.py)."""

SCENARIOS = [
    # The page frame alone (header, menu, footer, routing): what every page costs anyway.
    ("baseline: empty search page", "/fr/recherche/", None),
    ("listing, no filter", "/fr/outils/", None),
    ("listing, one facet", "/fr/outils/?axis=improvement", None),
    ("listing, three facets", "/fr/outils/?axis=improvement&audience=managers&type=guide", None),
    ("listing, q", "/fr/outils/?q=usager", None),
    (
        "listing, three facets, staff",
        "/fr/outils/?axis=care&audience=clinicians&type=guide",
        "staff",
    ),
    ("tool page", "/fr/outils/recrutement-usager-partenaire/", None),
]
