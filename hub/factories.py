"""Factories for the hub's page types (section, news, projects, content pages)."""

import datetime

import factory

from core.factories import LivePageFactory
from hub.models import (
    ContentPage,
    HubPage,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
)

__all__ = [
    "ContentPageFactory",
    "HubPageFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "ProjectIndexPageFactory",
    "ProjectPageFactory",
]


class HubPageFactory(LivePageFactory):
    title = "Partenariat"
    slug = "partenariat"
    show_in_menus = True

    class Meta:
        model = HubPage


class ContentPageFactory(LivePageFactory):
    title = factory.Sequence(lambda n: f"Page de contenu {n:03d}")
    introduction = "<p>Une page d’information.</p>"

    class Meta:
        model = ContentPage


class NewsIndexPageFactory(LivePageFactory):
    title = "Nouvelles"
    slug = "nouvelles"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(LivePageFactory):
    title = factory.Sequence(lambda n: f"Nouvelle {n:03d}")
    summary = "Une nouvelle du partenariat."
    date = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = NewsPage


class ProjectIndexPageFactory(LivePageFactory):
    title = "Projets de partenariat"
    slug = "projets"

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(LivePageFactory):
    title = factory.Sequence(lambda n: f"Projet {n:03d}")
    direction = "Direction de la qualité"
    summary = "Un projet mené avec des usagers partenaires."

    class Meta:
        model = ProjectPage
