from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from core import sites
from core.access import visible_pages
from home.models import HOME_SECTIONS_HOOK
from hub.localize import without_convert_to_alias
from hub.models import AxisPage, NewsIndexPage, NewsPage
from hub.views import ReviewReportView, overdue_count


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path("rapports/a-reviser/", ReviewReportView.as_view(), name="hub_review_report"),
        path(
            "rapports/a-reviser/resultats/",
            ReviewReportView.as_view(results_only=True),
            name="hub_review_report_results",
        ),
    ]


def sees_review_report(user):
    return user.is_superuser or user.groups.filter(name__in=["Editors", "Moderators"]).exists()


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_review_report(request.user)


class OverduePagesPanel(Component):
    """The dashboard's count of the user's pages past their review date, with the report's link."""

    name = "overdue_pages"
    template_name = "hub/admin/overdue_pages_panel.html"
    order = 90

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context=None):
        return {"count": self.count, "report_url": reverse("hub_review_report")}


@hooks.register("construct_homepage_panels")
def add_overdue_pages_panel(request, panels):
    if sees_review_report(request.user):
        panels.append(OverduePagesPanel(overdue_count(request.user)))


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        _("Pages à réviser"),
        reverse("hub_review_report"),
        name="hub-review-report",
        icon_name="date",
        order=1050,
    )


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    # wagtail-localize shows « Convertir en alias de page » to whoever may edit; converting
    # publishes, so those who may not publish lose the item (hub/localize.py).
    without_convert_to_alias(menu_items, context)


@hooks.register(HOME_SECTIONS_HOOK)
def axes_section(request, home_page):
    """The three axes (order 20), each leading to its axis page."""

    pages = AxisPage.objects.live().filter(locale_id=home_page.locale_id)
    pages = list(visible_pages(pages, request).select_related("axis").order_by("axis__sort_order"))
    if not pages:
        return None
    return {"template": "hub/home/axes_section.html", "order": 20, "axis_pages": pages}


@hooks.register(HOME_SECTIONS_HOOK)
def news_section(request, home_page):
    """The latest news (order 50) with a link to all news."""

    items = NewsPage.objects.live().filter(locale_id=home_page.locale_id)
    items = list(visible_pages(items, request).order_by("-date", "-pk")[:3])
    if not items:
        return None
    index = sites.section_page(request, home_page, NewsIndexPage)
    return {"template": "hub/home/news_section.html", "order": 50, "news": items, "index": index}
