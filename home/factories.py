"""Factories for the home page: the French home as the site's root, and its translation."""

import factory
from wagtail.models import Locale, Page, Site

from core.factories import LivePageFactory, translate
from core.pagetree import root_page
from home.models import HomePage

__all__ = ["HomePageFactory", "home_pair"]


class HomePageFactory(LivePageFactory):
    title = "Carrefour du partenariat"
    slug = "accueil"
    introduction = "<p>La politique, la méthode, les formations et la banque d’outils.</p>"
    parent = factory.LazyFunction(root_page)

    class Meta:
        model = HomePage


def home_pair():
    """(French home, English home), the default site pointing at the French one."""
    Locale.objects.get_or_create(language_code="en")
    home = HomePage.objects.filter(locale__language_code="fr").first() or HomePageFactory()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.save()
        if type(placeholder.specific) is Page:
            placeholder.delete()
    english = home.get_translation_or_none(Locale.objects.get(language_code="en"))
    if english is None:
        english = translate(home, title="Partnership Crossroads", slug="home")
    return home, english
