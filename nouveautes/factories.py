"""Factories for « Quoi de neuf »."""

from core.factories import LivePageFactory
from nouveautes.models import WhatsNewPage

__all__ = ["WhatsNewPageFactory"]


class WhatsNewPageFactory(LivePageFactory):
    title = "Quoi de neuf"
    slug = "quoi-de-neuf"
    introduction = "<p>Les outils, formations et vidéos ajoutés ou révisés récemment.</p>"

    class Meta:
        model = WhatsNewPage
