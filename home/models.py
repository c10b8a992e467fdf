from django.db import models
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, Page

from core import snapshots
from core.access import failed_restrictions, visible_pages
from core.pages import BaseIndexPage

# Apps add their own section to the home page (guided entry, axes, trainings, news)
# by registering a function under this hook name in their wagtail_hooks.py. It takes
# (request, home_page) and returns None or a dict with at least "template" and
# "order"; the dict is the section's context. A section may depend only on the language,
# the home page and what the visitor may see (pages, through core.access), and only on
# content whose change replaces the frame token: the home keeps the sections it built
# for every visitor who fails the same restrictions (HomePage.get_context).
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
        """Featured pages in this page's language that the visitor may see (specific).

        The English home's inline items may still point at the French pages they were
        copied from, so items are matched by translation key, in the items' order.
        Specific pages: the search page shows the featured tools among them.
        """
        items = HomeFeaturedPage.objects.filter(
            home_id=self.pk, page__translation_key=OuterRef("translation_key")
        ).order_by("sort_order")
        pages = (
            Page.objects.live()
            .filter(locale_id=self.locale_id)
            .filter(Exists(items))
            .annotate(featured_order=Subquery(items.values("sort_order")[:1]))
            .order_by(F("featured_order").asc(nulls_last=True), "path")
        )
        return list(visible_pages(pages, request).specific())

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

    def content(self, request):
        """Featured pages, call to action and sections: what the visitor may see of them."""
        return {
            "featured": self.featured(request),
            "call_to_action": self.call_to_action(),
            "sections": self.sections(request),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context.update(self.content(request))  # a draft: never from, never into the cache
            return context
        # The same for every visitor who fails the same restrictions, until the next
        # publication (frame token) or change of access: kept with the frame snapshot,
        # so a warm home costs its render and the request's own queries only.
        key = (
            self.pk,
            translation.get_language(),
            snapshots.tokens()[snapshots.ACCESS],
            frozenset(restriction.pk for restriction in failed_restrictions(request)),
        )
        content = snapshots.get(snapshots.FRAME, "home-content", key, lambda: self.content(request))
        context.update(content)
        return context


class HomeFeaturedPage(Orderable):
    home = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]
