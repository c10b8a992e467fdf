"""Site search scenarios for `manage.py benchmark` (5,000 tools plus the demo site).

Budget: a two-word French query answers in ≤ 60 ms (median server time) on PostgreSQL,
with a query count that does not depend on the number of results.
"""

SCENARIOS = [
    ("search: two-word French query", "/fr/recherche/?q=plan+int%C3%A9gration", None),
    ("search: two-word French query, staff", "/fr/recherche/?q=plan+int%C3%A9gration", "staff"),
    ("search: one common word", "/fr/recherche/?q=usager", None),
    ("search: common word, tools only, page 3", "/fr/recherche/?q=usager&type=tool&page=3", None),
    ("search: no result", "/fr/recherche/?q=zzyzx+introuvable", None),
    ("search: English query", "/en/search/?q=partner+tool", None),
    ("search: empty query (entry points)", "/fr/recherche/", None),
]
