"""The training catalogue and two modules written from the seeds.

« Le partenariat en contexte d’organisation des soins et services » is the managers'
session given during management committee meetings (seed 003), with seed 001's team
exercise; « Impliquer un usager-ressource dans un projet » follows the IUCPQ project
(seed 004). Their text is in formations/demo_content/ (one YAML file per module and
language); tools and videos are named by slug and skipped when absent.
"""

from pathlib import Path

import yaml
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.pagetree import (
    ensure_pair,
    ensure_translation,
    french,
    get_home,
    read_content,
    with_block_ids,
)
from formations.models import TrainingIndexPage, TrainingModulePage
from vocabulary.models import Audience, Axis

ORDER = 40


CONTENT = Path(__file__).resolve().parent / "demo_content"
CATALOGUE = "formations"


def module_names():
    """The demo modules' file names (their slugs), in the order they are created."""
    return yaml.safe_load((CONTENT / "modules.yaml").read_text(encoding="utf-8"))


def _page(slug):
    return Page.objects.filter(slug=slug, locale=french()).first() if slug else None


def _handout():
    """A small text handout of seed 001's team exercise (made here, no network)."""
    model = get_document_model()
    title = "Fiche d’exercice : cibles d’amélioration et obstacles"
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    text = (
        "CIBLES D’AMÉLIORATION ET OBSTACLES DE CHAQUE ÉQUIPE\n\n"
        "En tant qu’équipe, comment voyez-vous :\n\n"
        "1. Vos cibles d’amélioration concernant le partenariat avec les usagers, "
        "les proches et la population ?\n\n\n\n"
        "2. Les obstacles posés par le développement de ce partenariat ?\n"
    )
    document = model(title=title)
    document.file.save("fiche-cibles-amelioration-obstacles.txt", ContentFile(text.encode()))
    document.save()
    return document


def _module_fields(spec):
    """A module's YAML as the page stores it: pages named by slug, the handout made here."""
    fields = dict(spec)
    if "agenda" in fields:
        fields["agenda"] = [
            (item["type"], {**item["value"], "linked_page": _page(item["value"]["linked_page"])})
            for item in fields["agenda"]
        ]
    if "exercises" in fields:
        fields["exercises"] = [(item["type"], item["value"]) for item in fields["exercises"]]
    if "materials" in fields:
        # The one demo handout is the team exercise sheet (`document: handout`).
        fields["materials"] = [
            (item["type"], {**item["value"], "document": _handout()})
            for item in fields["materials"]
        ]
    if "linked_pages" in fields:
        linked = [(item["type"], _page(item["page"])) for item in fields["linked_pages"]]
        fields["linked_pages"] = [(kind, page) for kind, page in linked if page is not None]
    return fields


def load(log):
    home = get_home()
    if home is None:
        return
    index, _ = ensure_pair(
        home,
        TrainingIndexPage,
        CATALOGUE,
        fr=read_content(CONTENT, "fr", CATALOGUE),
        en=read_content(CONTENT, "en", CATALOGUE),
        log=log,
    )
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    modules = []
    for slug in module_names():
        fr = read_content(CONTENT, "fr", slug)
        chosen_axes, chosen_audiences = fr.pop("axes"), fr.pop("audiences")
        modules.append(
            ensure_module(
                index,
                slug,
                axes=[axes[c] for c in chosen_axes],
                audiences=[audiences[c] for c in chosen_audiences],
                fr=_module_fields(fr),
                en=_module_fields(read_content(CONTENT, "en", slug)),
                log=log,
            )
        )
    return modules


def ensure_module(index, slug, axes, audiences, fr, en, log):
    page = TrainingModulePage.objects.child_of(index).filter(slug=slug).first()
    if page is None:
        page = TrainingModulePage(slug=slug, locale=index.locale, **fr)
        page.axes.set(axes)
        page.audiences.set(audiences)
        with_block_ids(page)
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"  + TrainingModulePage « {page.title} »")
    # The English file gives the English slug; the French one stands in when it has none.
    ensure_translation(page, log=log, **{"slug": slug, **en})
    return page
