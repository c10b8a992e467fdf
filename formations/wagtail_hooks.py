from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import sites
from formations.models import TrainingIndexPage, TrainingModulePage
from home.models import HOME_SECTIONS_HOOK
from nouveautes.sources import WHATS_NEW_HOOK, Source

HOME_MODULE_COUNT = 3


@hooks.register(HOME_SECTIONS_HOOK)
def trainings_home_section(request, home_page):
    """The catalogue's first modules on the home page (order 40)."""
    index = sites.section_page(request, home_page, TrainingIndexPage)
    if index is None:
        return None
    modules = list(index.modules(request)[:HOME_MODULE_COUNT])
    if not modules:
        return None
    return {
        "template": "formations/home_section.html",
        "order": 40,
        "index": index,
        "modules": modules,
    }


@hooks.register(WHATS_NEW_HOOK)
def whats_new_trainings():
    """Training modules in « Quoi de neuf »: new or published again."""
    return Source(TrainingModulePage, _("Formation"))
