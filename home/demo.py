"""The French home page, its English translation, and the site pointing at them."""

from wagtail.models import Page, Site

from core.pagetree import english, ensure_translation, french, root_page
from home.models import HomePage

ORDER = 0

INTRO_FR = (
    "<p>Le Carrefour du partenariat réunit la politique de partenariat avec les usagers, "
    "les proches et la population, la méthode pour impliquer un usager, les formations et "
    "une banque d’outils pour les équipes.</p>"
)
INTRO_EN = (
    "<p>The Partnership Crossroads brings together the policy of partnership with users, "
    "families and the population, the method for involving a user, trainings and a tool "
    "bank for teams.</p>"
)


def ensure_home(log=None):
    """Create (once) the French home page as the site root and its English translation."""
    fr = french()
    english()
    root = root_page()
    home = HomePage.objects.filter(locale=fr).first()
    if home is None:
        home = HomePage(
            title="Carrefour du partenariat",
            slug="accueil",
            locale=fr,
            introduction=INTRO_FR,
            call_to_action_label="Explorer la banque d’outils",
            featured_heading="Outils en vedette",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        if log:
            log("  + HomePage « Carrefour du partenariat »")
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
    home_en, _ = ensure_translation(
        home,
        log=log,
        title="Partnership Crossroads",
        slug="home",
        introduction=INTRO_EN,
        call_to_action_label="Explore the tool bank",
        featured_heading="Featured tools",
    )
    return home, home_en


def load(log):
    ensure_home(log)
