"""Plausible tools in bulk, for load tests and the benchmark (`generate_tools --count N`).

Pages are inserted with bulk queries (Page rows, then ToolPage rows, relations, view
restrictions and search index entries in batches) instead of one `add_child` each,
which would take minutes for 5,000 tools. The result is ordinary Wagtail pages: in the
tree under the French tool bank, live, searchable, staff-only ones restricted.
"""

import random
import uuid

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from core import snapshots
from core.access import STAFF_ONLY_GROUPS
from core.text import sort_key
from outils.models import ToolPage, ToolPageTag
from vocabulary.models import Audience, Axis, ToolType

BATCH = 500
ACTIONS = [
    "Impliquer", "Accueillir", "Recruter", "Évaluer", "Consulter", "Former", "Informer",
    "Soutenir", "Reconnaître", "Mobiliser", "Écouter", "Outiller",
]  # fmt: skip
SUBJECTS = [
    "un usager partenaire", "les proches aidants", "un comité des usagers", "un usager-ressource",
    "les résidents", "l’équipe de soins", "les gestionnaires", "les usagers en santé mentale",
    "les familles en pédiatrie", "les aînés à domicile", "un comité d’amélioration continue",
]  # fmt: skip
CONTEXTS = [
    "en soins à domicile", "à l’urgence", "en CHSLD", "en santé mentale", "en réadaptation",
    "en soins palliatifs", "en première ligne", "en projet d’amélioration", "en recherche",
    "en milieu hospitalier",
]  # fmt: skip
TAGS = [
    "accueil", "co-construction", "comité des usagers", "décision partagée", "droits",
    "expérience usager", "formation", "intégration", "qualité perçue", "reconnaissance",
    "recrutement", "savoir expérientiel", "sondage", "usager-ressource", "plan d’action",
    "communication", "soins", "amélioration continue", "éthique", "rétention",
]  # fmt: skip
SOURCES = [
    "CISSS de Chaudière-Appalaches", "CIUSSS de la Capitale-Nationale",
    "CISSS du Bas-Saint-Laurent", "IUCPQ",
]  # fmt: skip


def _sample(rng, items, low, high):
    return rng.sample(items, rng.randint(low, min(high, len(items))))


def generate_tools(count, index, staff_ratio=0.05, seed=None, progress=None):
    """Create `count` tools under `index` (a French ToolIndexPage). Returns the new ids."""
    rng = random.Random(seed)
    axes = list(Axis.objects.all())
    audiences = list(Audience.objects.all())
    types = list(ToolType.objects.all())
    tags = []
    for name in TAGS:
        tag = Tag.objects.filter(name=name).first() or Tag.objects.create(
            name=name, slug=slugify(name) or name
        )
        tags.append(tag)
    groups = list(Group.objects.filter(name__in=STAFF_ONLY_GROUPS))
    content_type = ContentType.objects.get_for_model(ToolPage)
    now = timezone.now()
    new_ids = []
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        with transaction.atomic():
            last = (
                Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
                .order_by("-path")
                .first()
            )
            position = Page._str2int(last.path[-Page.steplen :]) if last else 0
            pages = []
            specs = []
            for _ in range(size):
                position += 1
                title = (
                    f"{rng.choice(ACTIONS)} {rng.choice(SUBJECTS)} {rng.choice(CONTEXTS)} "
                    f"— fiche {uuid.uuid4().hex[:6]}"
                )
                slug = f"{slugify(title)[:60]}-{position}"
                published = now - timezone.timedelta(days=rng.randint(0, 2000))
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=Page._get_path(index.path, index.depth + 1, position),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        content_type=content_type,
                        locale_id=index.locale_id,
                        translation_key=uuid.uuid4(),
                        first_published_at=published,
                        last_published_at=published,
                    )
                )
                specs.append(
                    {
                        "axes": _sample(rng, axes, 1, 2),
                        "audiences": _sample(rng, audiences, 1, 3),
                        "tags": _sample(rng, tags, 1, 4),
                        "staff": rng.random() < staff_ratio,
                    }
                )
            Page.objects.bulk_create(pages)
            tools = []
            for page, spec in zip(pages, specs, strict=True):
                subject = page.title.split(" — ")[0]
                tool = ToolPage(
                    page_ptr_id=page.pk,
                    summary=f"{subject} : un outil pratique pour les équipes, "
                    "avec des exemples et une démarche pas à pas.",
                    body=[],
                    when_to_use="",
                    tool_type=rng.choice(types),
                    material_languages=rng.choice(["fr", "fr", "fr", "both", "en"]),
                    staff_only=spec["staff"],
                    year=rng.randint(2015, 2025),
                    source_institution=rng.choice(SOURCES),
                    sort_title=sort_key(page.title),
                )
                tools.append(tool)
            fields = [f for f in ToolPage._meta.local_concrete_fields]
            ToolPage._base_manager._insert(tools, fields=fields, using="default")
            ToolPage.axes.through.objects.bulk_create(
                ToolPage.axes.through(toolpage_id=t.page_ptr_id, axis_id=a.pk)
                for t, s in zip(tools, specs, strict=True)
                for a in s["axes"]
            )
            ToolPage.audiences.through.objects.bulk_create(
                ToolPage.audiences.through(toolpage_id=t.page_ptr_id, audience_id=a.pk)
                for t, s in zip(tools, specs, strict=True)
                for a in s["audiences"]
            )
            ToolPageTag.objects.bulk_create(
                ToolPageTag(content_object_id=t.page_ptr_id, tag_id=tag.pk)
                for t, s in zip(tools, specs, strict=True)
                for tag in s["tags"]
            )
            restricted = [t.page_ptr_id for t, s in zip(tools, specs, strict=True) if s["staff"]]
            restrictions = PageViewRestriction.objects.bulk_create(
                PageViewRestriction(page_id=pk, restriction_type=BaseViewRestriction.GROUPS)
                for pk in restricted
            )
            PageViewRestriction.groups.through.objects.bulk_create(
                PageViewRestriction.groups.through(pageviewrestriction_id=r.pk, group_id=g.pk)
                for r in restrictions
                for g in groups
            )
            children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
            Page.objects.filter(pk=index.pk).update(numchild=children.count())
            ids = [p.pk for p in pages]
            new_ids += ids
            backend = get_search_backend()
            backend.add_bulk(ToolPage, list(ToolPage.objects.filter(pk__in=ids)))
            # Bulk inserts send no signals: say ourselves that the content changed.
            snapshots.bump()
        done += size
        if progress:
            progress(done, count)
    refresh_statistics()
    return new_ids


def refresh_statistics():
    """After a bulk load the planner's statistics are stale (it then guesses 1 row and
    picks nested loops): refresh them, as autovacuum would a little later."""

    if connection.in_atomic_block:
        return  # VACUUM cannot run in a transaction (tests); the data is small there
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        elif connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
