"""DESIGN.md's budgets for what a browser downloads: JS ≤ 30 KB and CSS ≤ 60 KB in all."""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

BASE = Path(settings.BASE_DIR)


def _sizes(extension):
    """Every project static file with that extension (apps' static/ and static_src/)."""
    sizes = {}
    for finder in finders.get_finders():
        for path, storage in finder.list(ignore_patterns=[]):
            full = Path(storage.path(path)).resolve()
            if full.suffix == extension and BASE in full.parents and ".venv" not in full.parts:
                sizes[str(full.relative_to(BASE))] = full.stat().st_size
    return sizes


def test_javascript_stays_within_30_kb():
    sizes = _sizes(".js")
    assert "outils/static/outils/tool-filters.js" in sizes
    assert sum(sizes.values()) <= 30 * 1024, sizes


def test_css_stays_within_60_kb():
    sizes = _sizes(".css")
    assert "outils/static/outils/outils.css" in sizes
    assert sum(sizes.values()) <= 60 * 1024, sizes
