from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, Page

from core.access import visible_pages
from core.pages import BaseIndexPage

# Apps add their own section to the home page (guided entry, axes, trainings, news)
# by registering a function under this hook name in their wagtail_hooks.py. It takes
# (request, home_page) and returns None or a dict with at least "template" and
# "order"; the dict is the section's context.
HOME_SECTIONS_HOOK = "carrefour_home_sections"


class HomePage(BaseIndexPage):
    """The entry point: introduction, call to action, then the sections apps provide."""

    call_to_action_label = models.CharField(
        _("libellé de l’appel à l’action"), max_length=120, blank=True
    )
    call_to_action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page de l’appel à l’action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_heading = models.CharField(
        _("titre de la section « en vedette »"), max_length=120, default="Outils en vedette"
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("call_to_action_label"), PageChooserPanel("call_to_action_page")],
            heading=_("Appel à l’action"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("featured_heading"),
                InlinePanel("featured_pages", label=_("page en vedette")),
            ],
            heading=_("En vedette"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d’accueil")

    def featured(self, request):
        """Featured pages in this page's language that the visitor may see.

        The English home's inline items may still point at the French pages they were
        copied from, so items are matched by translation key.
        """
        keys = [
            item.page.translation_key
            for item in self.featured_pages.select_related("page")
            if item.page_id
        ]
        if not keys:
            return []
        pages = Page.objects.live().filter(translation_key__in=keys, locale_id=self.locale_id)
        by_key = {p.translation_key: p for p in visible_pages(pages, request).specific()}
        return [by_key[k] for k in keys if k in by_key]

    def sections(self, request):
        found = []
        for section_fn in hooks.get_hooks(HOME_SECTIONS_HOOK):
            section = section_fn(request, self)
            if section:
                found.append(section)
        return sorted(found, key=lambda s: s.get("order", 100))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured(request)
        context["sections"] = self.sections(request)
        return context


class HomeFeaturedPage(Orderable):
    home = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]
