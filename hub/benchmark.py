"""Hub pages for `make bench`: listings whose query count must not grow with content."""

SCENARIOS = [
    ("hub: axis page (care)", "/fr/partenariat/axe-partenaire-de-ses-soins/", None),
    ("hub: axis page (care), staff", "/fr/partenariat/axe-partenaire-de-ses-soins/", "staff"),
    ("hub: projects, filtered", "/fr/partenariat/projets/?axis=improvement", None),
    ("hub: news index", "/fr/nouvelles/", None),
    ("hub: news RSS", "/fr/nouvelles/rss/", None),
    ("hub: policy", "/fr/partenariat/politique-de-partenariat/", None),
]
