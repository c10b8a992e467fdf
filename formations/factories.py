"""Factories for the training catalogue and its modules."""

import factory

from core.factories import LivePageFactory
from formations.models import TrainingIndexPage, TrainingModulePage

__all__ = ["TrainingIndexPageFactory", "TrainingModulePageFactory"]


class TrainingIndexPageFactory(LivePageFactory):
    title = "Formations"
    slug = "formations"

    class Meta:
        model = TrainingIndexPage


class TrainingModulePageFactory(LivePageFactory):
    title = factory.Sequence(lambda n: f"Module {n:03d}")
    summary = "Un module pour les gestionnaires."

    class Meta:
        model = TrainingModulePage
