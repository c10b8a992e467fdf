"""« Quoi de neuf » for `make bench`: after `generate_tools`, thousands of tools are new,
so the list and its feed are measured at the size the tool bank is (one query for them all)."""

SCENARIOS = [
    ("quoi de neuf", "/fr/quoi-de-neuf/", None),
    ("quoi de neuf, staff", "/fr/quoi-de-neuf/", "staff"),
    ("quoi de neuf, page 3", "/fr/quoi-de-neuf/?page=3", None),
    ("quoi de neuf, English", "/en/whats-new/", None),
    ("quoi de neuf: RSS", "/fr/quoi-de-neuf/rss/", None),
]
