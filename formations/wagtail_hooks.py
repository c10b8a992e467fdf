from wagtail import hooks
from wagtail.models import Locale

from core.access import visible_pages
from formations.models import TrainingIndexPage
from home.models import HOME_SECTIONS_HOOK

HOME_MODULE_COUNT = 3


@hooks.register(HOME_SECTIONS_HOOK)
def trainings_home_section(request, home_page):
    """The catalogue's first modules on the home page (order 40)."""
    index = visible_pages(
        TrainingIndexPage.objects.live().child_of(home_page).filter(locale=Locale.get_active()),
        request,
    ).first()
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
