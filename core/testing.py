"""Helpers for browser tests: the axe-core accessibility scan, in one call.

from core.testing import assert_accessible
browser_page.goto("/fr/outils/")
assert_accessible(browser_page)
"""

from functools import cache
from pathlib import Path

import axe_playwright_python

# WCAG 2.0, 2.1 and 2.2, levels A and AA: the level Québec's SGQRI 008 3.0 asks for.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}


@cache
def axe_source():
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


# The page as it settles, not half-way through a fade: transitions are switched off (one
# under way jumps to its end, one that would start during the scan does not run) and finite
# animations are finished, for the time of the scan. Without it, axe read Wagtail's success
# message while it faded in (white text over a half-transparent green: 2.7 to 3.9:1, a
# different figure each run) although the message, once shown, has 4.51:1.
#
# A constructed style sheet, not a <style> element: the site's Content Security Policy
# (style-src 'self') blocks inline styles and the browser tests fail on that console error.
SETTLE = """() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { transition: none !important; }');
    window.__axeSettle = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const animation of document.getAnimations()) {
        if (animation.effect && animation.effect.getComputedTiming().endTime !== Infinity) {
            animation.finish();
        }
    }
}"""
UNSETTLE = """() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
        (sheet) => sheet !== window.__axeSettle
    );
}"""


def axe_violations(page, impacts=BLOCKING_IMPACTS):
    """Run axe-core inside the page and return the violations of the given impacts."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    page.evaluate(SETTLE)
    try:
        results = page.evaluate(
            "tags => axe.run(document, "
            "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_TAGS,
        )
    finally:
        page.evaluate(UNSETTLE)
    return [v for v in results["violations"] if v.get("impact") in impacts]


def format_violations(violations):
    lines = []
    for v in violations:
        targets = ", ".join(str(node["target"]) for node in v["nodes"][:5])
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} — {targets}")
    return "\n".join(lines)


def assert_accessible(page):
    """Zero serious or critical WCAG 2.2 A/AA violations on the page as it is now."""
    violations = axe_violations(page)
    assert not violations, (
        f"Accessibility violations on {page.url}:\n{format_violations(violations)}"
    )
