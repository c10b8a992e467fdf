"""Factories for the tool bank and its tools."""

import factory

from core.factories import LivePageFactory
from outils.models import ToolIndexPage, ToolPage
from vocabulary.models import Audience, Axis, ToolType

__all__ = ["ToolIndexPageFactory", "ToolPageFactory", "terms"]


class ToolIndexPageFactory(LivePageFactory):
    title = "Banque d’outils"
    slug = "outils"
    show_in_menus = True

    class Meta:
        model = ToolIndexPage


def terms(model, codes):
    return list(model.objects.filter(code__in=codes))


class ToolPageFactory(LivePageFactory):
    """A tool; `axes` and `audiences` are vocabulary terms, `tags` a list of keywords."""

    title = factory.Sequence(lambda n: f"Outil {n:03d}")
    summary = "Un outil pour les équipes."
    tool_type = factory.LazyFunction(lambda: ToolType.objects.get(code="guide"))
    material_languages = "fr"
    year = 2020
    axes = factory.LazyFunction(lambda: terms(Axis, ["care"]))
    audiences = factory.LazyFunction(lambda: terms(Audience, ["managers"]))
    tags = ()

    class Meta:
        model = ToolPage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        tags = kwargs.pop("tags", ())
        page = model_class(**kwargs)
        if tags:
            page.tags.add(*tags)  # django-taggit through modelcluster: kept until saved
        parent.add_child(instance=page)
        return page
