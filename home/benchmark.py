"""The home page for `make bench` (core/management/commands/benchmark.py): every section
(guided entry, axes, trainings, videos, news, featured) is filled by the demo content."""

# Issue budget: ≤ 12 queries, none repeated (asserted in home/tests), ≤ 17 ms per request.
BUDGET = ("home", 12, 17)

SCENARIOS = [
    ("home", "/fr/", None),
    ("home, staff", "/fr/", "staff"),
    ("home, English", "/en/", None),
]
