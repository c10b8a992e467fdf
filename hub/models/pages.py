"""The hub section page and generic content pages (privacy policy, recognition…)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.access import visible_pages
from core.blocks import BaseStreamBlock
from hub.models.base import HubBasePage

# --- Section index and generic pages ----------------------------------------------------


class HubPage(HubBasePage):
    """« Partenariat »: the hub section under the home page; lists its children."""

    summary_stream = "body"

    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = HubBasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "hub.PolicyPage",
        "hub.AxisPage",
        "hub.MethodologyPage",
        "hub.IntegratedModelPage",
        "hub.ProjectIndexPage",
        "hub.GlossaryPage",
        "hub.RequestFormPage",
        "hub.ContentPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("section Partenariat")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().filter(locale_id=self.locale_id)
        context["children"] = visible_pages(children, request).only(
            "id", "title", "url_path", "path", "depth", "search_description", "locale_id"
        )
        return context


class ContentPage(HubBasePage):
    """A generic page (privacy policy, recognition of partner users…) built from shared blocks."""

    summary_stream = "body"

    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = HubBasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "hub.HubPage", "hub.ContentPage"]
    subpage_types = ["hub.ContentPage"]

    class Meta:
        verbose_name = _("page de contenu")


# --- The policy ----------------------------------------------------------------------
