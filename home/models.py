from django.db import models
from django.db.models import OuterRef, Q, Subquery
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
        """Featured pages in this page's language that the visitor may see, in one query.

        The English home's inline items may still point at the French pages they were
        copied from, so items are matched by translation key, in the items' order. The
        cards show a page's title, description and link: no specific page is loaded.
        """
        items = HomeFeaturedPage.objects.filter(
            home_id=self.pk, page__translation_key=OuterRef("translation_key")
        ).order_by("sort_order")
        pages = (
            Page.objects.live()
            .filter(locale_id=self.locale_id)
            .annotate(featured_order=Subquery(items.values("sort_order")[:1]))
            .filter(featured_order__isnull=False)
            .order_by("featured_order")
        )
        return list(visible_pages(pages, request))

    def call_to_action(self):
        """The call-to-action page in this home's language when translated and live (what
        `.localized` gives), else the page chosen; one query."""
        if not self.call_to_action_page_id:
            return None
        same_key = Page.objects.filter(pk=self.call_to_action_page_id).values("translation_key")
        candidates = Page.objects.filter(
            Q(pk=self.call_to_action_page_id)
            | Q(translation_key=Subquery(same_key), locale_id=self.locale_id, live=True)
        )
        pages = {page.pk: page for page in candidates}
        chosen = pages.pop(self.call_to_action_page_id, None)
        return next(iter(pages.values()), None) or chosen

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
        context["call_to_action"] = self.call_to_action()
        context["sections"] = self.sections(request)
        return context


class HomeFeaturedPage(Orderable):
    home = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]
