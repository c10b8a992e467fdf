"""The French home page, its English translation, and the site pointing at them.

The text is in home/demo_content/ (one YAML file per language).
"""

from pathlib import Path

from wagtail.models import Page, Site

from core.pagetree import (
    english,
    ensure_translation,
    french,
    read_content,
    root_page,
    with_block_ids,
)
from home.models import HomePage

ORDER = 0

CONTENT = Path(__file__).resolve().parent / "demo_content"
HOME = "accueil"


def ensure_home(log=None):
    """Create (once) the French home page as the site root and its English translation."""
    fr = french()
    english()
    root = root_page()
    home = HomePage.objects.filter(locale=fr).first()
    if home is None:
        home = HomePage(slug=HOME, locale=fr, **read_content(CONTENT, "fr", HOME))
        with_block_ids(home)
        root.add_child(instance=home)
        home.save_revision().publish()
        if log:
            log(f"  + HomePage « {home.title} »")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Carrefour du partenariat",
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Carrefour du partenariat"
        site.save()
        # Wagtail's placeholder « Welcome » page goes once the real home replaces it.
        if type(old_root.specific) is Page and old_root.pk != home.pk:
            old_root.delete()
    home_en, _ = ensure_translation(home, log=log, **read_content(CONTENT, "en", HOME))
    return home, home_en


def load(log):
    ensure_home(log)
