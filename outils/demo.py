"""The tool bank (FR + EN) and its demo tools, drawn from the practices in the seeds.

The tools' text is in outils/demo_content/ (one YAML file per tool and language, named
by the French slug; `tools.yaml` gives their order), this module creates the pages.
Sources: the CISSS de Chaudière-Appalaches policy (roles expected of staff, the team
exercise on improvement targets and obstacles, support to analyse the need, plan the
recruitment and integrate users), the CIUSSS de la Capitale-Nationale integrated model
(partner approach, experience evaluation, users' and residents' committees), the CISSS
du Bas-Saint-Laurent deployment (co-construction with users' committees, ambassadors,
manager trainings) and the IUCPQ project (resource users, employee-partner, « impliquer
un usager » methodology, integration plan).
"""

import hashlib
from pathlib import Path

import yaml
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.pagetree import child_by_slug, ensure_translation, get_home, read_content, with_block_ids
from home.models import HomeFeaturedPage
from outils import material
from outils.models import LANG_BOTH, ToolDocument, ToolIndexPage, ToolPage, ToolRelatedTool
from vocabulary.models import Audience, Axis, ToolType

ORDER = 20
CONTENT = Path(__file__).resolve().parent / "demo_content"
INDEX = "outils"


def tool_names():
    """The demo tools' file names (their French slugs), in the order they are created."""
    return yaml.safe_load((CONTENT / "tools.yaml").read_text(encoding="utf-8"))


def _body(steps, heading):
    """The steps only: the summary is the page's lead already (it printed twice)."""
    blocks = []
    if steps:
        blocks.append(
            {
                "type": "steps",
                "value": {
                    "heading": heading,
                    "steps": [{"title": s["title"], "text": f"<p>{s['text']}</p>"} for s in steps],
                },
            }
        )
    return blocks


def _translated_fields(spec, heading):
    """A tool's text fields as the page stores them (when-to-use and steps as HTML)."""
    return {
        "title": spec["title"],
        "summary": spec["summary"],
        "when_to_use": f"<p>{spec['when_to_use']}</p>",
        "body": _body(spec["steps"], heading),
        "plain_summary": spec.get("plain_summary", ""),
    }


def ensure_index(log=None):
    """The tool bank under each home page (FR « outils », EN « tools »)."""
    home_fr = get_home()
    if home_fr is None:
        return None, None
    index = child_by_slug(home_fr, INDEX)
    if index is None:
        index = ToolIndexPage(
            slug=INDEX, locale=home_fr.locale, **read_content(CONTENT, "fr", INDEX)
        )
        with_block_ids(index)
        home_fr.add_child(instance=index)
        index.save_revision().publish()
        index.refresh_from_db()
        if log:
            log(f"  + ToolIndexPage « {index.title} » (/fr/{INDEX}/)")
    index_en, _ = ensure_translation(index, log=log, **read_content(CONTENT, "en", INDEX))
    return index, index_en


def _document(title, filename, content):
    """A Wagtail document with these bytes: reused when one with the same title and bytes
    exists (loading twice changes nothing), made otherwise."""
    Document = get_document_model()
    # Wagtail's own file_hash is a SHA-1 of the bytes: a fingerprint, not a security use.
    digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()
    for document in Document.objects.filter(title=title):
        if document.file_hash == digest:
            return document
    document = Document(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.file_size = len(content)
    document.file_hash = digest
    document.save()
    return document


def material_language(material_languages, page_language):
    """The language of the files a page offers: its own when the material exists in it."""
    if material_languages in (LANG_BOTH, page_language):
        return page_language
    return material_languages


def ensure_material(page, slug, specs, log=None):
    """Attach the tool's generated files (outils.material) unless they are already there.

    `specs` maps a language to the tool's content in it. Loading twice changes nothing;
    an older demo's placeholder file is replaced.
    """
    language = material_language(page.material_languages, page.locale.language_code)
    # The English file holds only the translated text: the rest comes from the French one.
    spec = {**specs["fr"], **specs.get(language, {}), "staff_only": page.staff_only}
    documents = [
        _document(title, filename, content)
        for title, filename, content in material.material_files(slug, spec, language)
    ]
    current = [(link.document_id, link.language) for link in page.attached_documents.all()]
    if current == [(d.pk, language) for d in documents]:
        return
    # sort_order set here: without it (the admin's InlinePanel sets it) PostgreSQL returns
    # the links in any order and the PDF is no longer listed first.
    page.attached_documents = [
        ToolDocument(document=d, language=language, sort_order=i) for i, d in enumerate(documents)
    ]
    page.save_revision().publish()
    if log:
        log(f"  + matériel « {page.title} » ({', '.join(d.filename for d in documents)})")


def load(log):
    index, _index_en = ensure_index(log)
    if index is None:
        return
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    types = {t.code: t for t in ToolType.objects.all()}
    pages, related = {}, {}
    for slug in tool_names():
        spec = read_content(CONTENT, "fr", slug)
        related[slug] = spec.get("related", [])
        page = child_by_slug(index, slug)
        if page is None:
            page = ToolPage(
                slug=slug,
                locale=index.locale,
                tool_type=types[spec["type"]],
                material_languages=spec["material_languages"],
                staff_only=spec["staff_only"],
                year=spec["year"],
                source_institution=spec["source_institution"],
                external_url=spec.get("external_url", ""),
                source_id=f"demo-{slug}",
                **_translated_fields(spec, "Comment procéder"),
            )
            page.axes = [axes[c] for c in spec["axes"]]
            page.audiences = [audiences[c] for c in spec["audiences"]]
            page.tags.add(*spec["tags"])
            with_block_ids(page)
            index.add_child(instance=page)
            page.save_revision().publish()
            page.refresh_from_db()
            log(f"  + ToolPage « {page.title} »{' (personnel)' if spec['staff_only'] else ''}")
        pages[slug] = page
    # Editor-chosen related tools, once both ends exist (then the English copies).
    for slug, others in related.items():
        page = pages[slug]
        if not others or page.related_tool_links.exists():
            continue
        page.related_tool_links = [ToolRelatedTool(tool=pages[o]) for o in others if o in pages]
        page.save_revision().publish()
    for slug in tool_names():
        specs = {language: read_content(CONTENT, language, slug) for language in ("fr", "en")}
        page_en, _created = ensure_translation(
            pages[slug],
            log=log,
            slug=specs["en"]["slug"],
            **_translated_fields(specs["en"], "How to proceed"),
        )
        for page in (pages[slug], page_en):
            ensure_material(page, slug, specs, log)
    _feature_on_home(index, pages)


def _feature_on_home(index, pages):
    """Point the home page's call to action at the tool bank and feature three tools."""

    home = get_home()
    changed = False
    if home.call_to_action_page_id is None:
        home.call_to_action_page = index
        changed = True
    if not home.featured_pages.exists():
        featured = [
            "plan-integration-usager-ressource",
            "questionnaire-experience-usager",
            "co-construction-comite-usagers",
        ]
        home.featured_pages = [HomeFeaturedPage(page=pages[s]) for s in featured]
        changed = True
    if changed:
        home.save_revision().publish()
