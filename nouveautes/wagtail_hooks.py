"""The home page links « Quoi de neuf » (a section that depends on nothing but the page)."""

from wagtail import hooks

from core import sites
from home.models import HOME_SECTIONS_HOOK
from nouveautes.models import WhatsNewPage


@hooks.register(HOME_SECTIONS_HOOK)
def whats_new_section(request, home_page):
    """A link to « Quoi de neuf » (order 55, after the news): no list here, since what is
    new depends on the day, and the home keeps its sections until the next publication."""
    page = sites.section_page(request, home_page, WhatsNewPage)
    if page is None:
        return None
    return {"template": "nouveautes/home_section.html", "order": 55, "whats_new": page}
