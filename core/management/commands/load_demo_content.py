from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from django.utils.module_loading import module_has_submodule

from core.indexing import deferred_index_updates


def demo_loaders():
    """Every installed project app's `demo` module, in ORDER (home first)."""
    loaders = []
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "demo") and config.name != "core":
            module = import_module(f"{config.name}.demo")
            if hasattr(module, "load"):
                loaders.append((getattr(module, "ORDER", 100), config.name, module.load))
    return sorted(loaders)


class Command(BaseCommand):
    help = (
        "Crée le contenu de démonstration (français et traduction anglaise) à partir des "
        "documents sources. Idempotent : un second passage ne change rien."
    )

    def handle(self, *args, **options):
        def log(message):
            self.stdout.write(message)

        # Each object indexed once at the end rather than after each of its saves.
        with translation.override("fr"), transaction.atomic(), deferred_index_updates():
            for _order, name, load in demo_loaders():
                log(f"{name}…")
                load(log)
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration prêt."))
