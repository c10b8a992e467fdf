"""The open catalogue: the public tools as CSV and JSON at stable URLs.

Another CISSS or CIUSSS can reuse the tools with attribution: `import_tools` reads the
CSV (its columns are the inventory's, plus the English text and the addresses, which
the import ignores) and the JSON (`outils.inventory.read_rows`). Field names follow
DCAT where they fit (`identifier`, `title`, `description`, `keyword`, `theme`,
`landingPage`, `distribution`, `license`, `modified`, `publisher`).

Only public tools: live, not staff-only, under no view restriction — whoever asks,
since a catalogue is copied and cached by others. Built once per change of the tool
bank (the `tools` snapshot scope).
"""

import csv
import io
import json

from django.utils import timezone

from core import snapshots
from core.exports import safe_cell
from outils.facet_index import TOOLS

CSV_COLUMNS = [
    "source_id", "slug", "title", "summary", "axes", "audiences", "type", "tags", "when_to_use",
    "source", "author", "year", "last_reviewed", "language", "link",
    "title_en", "summary_en", "url_fr", "url_en", "files", "license", "publisher",
]  # fmt: skip


def _public(tool_model, language):
    return (
        tool_model.objects.live()
        .public()
        .filter(locale__language_code=language, staff_only=False)
        .select_related("tool_type")
        .prefetch_related("axes", "audiences", "tags", "attached_documents__document")
        .order_by("sort_title", "pk")
    )


def build(tool_model, index_model):
    """The catalogue as a dict (the JSON document): French tools with their English text."""
    indexes = {
        language: index_model.objects.live().filter(locale__language_code=language).first()
        for language in ("fr", "en")
    }
    french = indexes["fr"]
    if french is None:
        return None
    english = {tool.translation_key: tool for tool in _public(tool_model, "en")}
    # Absolute addresses from the Site's configured host, as the sitemap and feeds give
    # them. Tools are children of the tool bank: a tool's address is the bank's plus its slug.
    site = french.get_site()
    base_url = site.root_url if site else ""
    bank_url = {
        language: index.get_full_url() for language, index in indexes.items() if index is not None
    }
    dataset = []
    for tool in _public(tool_model, "fr"):
        translation = english.get(tool.translation_key)
        files = [
            {
                "title": item.document.title,
                "downloadURL": base_url + item.document.url,
                "format": item.document.file_extension.upper(),
                "byteSize": item.document.file_size,
            }
            for item in tool.attached_documents.all()
            if item.document_id
        ]
        dataset.append(
            {
                "identifier": str(tool.translation_key),
                "source_id": tool.source_id,
                "slug": tool.slug,
                "title": {"fr": tool.title, **({"en": translation.title} if translation else {})},
                "description": {
                    "fr": tool.summary,
                    **({"en": translation.summary} if translation else {}),
                },
                "theme": [axis.code for axis in tool.axes.all()],
                "audience": [audience.code for audience in tool.audiences.all()],
                "type": tool.tool_type.code if tool.tool_type else "",
                "keyword": sorted(tag.name for tag in tool.tags.all()),
                "language": ["fr", "en"]
                if tool.material_languages == "both"
                else [tool.material_languages],
                "landingPage": {
                    "fr": f"{bank_url['fr']}{tool.slug}/",
                    **(
                        {"en": f"{bank_url['en']}{translation.slug}/"}
                        if translation and "en" in bank_url
                        else {}
                    ),
                },
                "distribution": files,
                "source": tool.source_institution,
                "creator": tool.author,
                "year": tool.year,
                "modified": (
                    tool.last_reviewed or timezone.localdate(tool.last_published_at)
                ).isoformat(),
                "when_to_use": tool.when_to_use,
                "link": tool.external_url,
            }
        )
    return {
        "title": "Carrefour du partenariat — catalogue des outils",
        "publisher": french.catalogue_publisher,
        "license": french.catalogue_license,
        "homepage": bank_url["fr"],
        "issued": timezone.now().isoformat(timespec="seconds"),
        "dataset": dataset,
    }


def item_row(item, catalogue):
    """One catalogue item as the inventory's columns (and the catalogue's own extras)."""
    language = (
        "both" if len(item.get("language") or []) == 2 else (item.get("language") or ["fr"])[0]
    )
    title, description = item.get("title") or {}, item.get("description") or {}
    pages, files = item.get("landingPage") or {}, item.get("distribution") or []
    publisher = catalogue.get("publisher") or ""
    return {
        "source_id": item.get("source_id") or f"carrefour:{item.get('identifier', '')}",
        "slug": item.get("slug") or "",
        "title": title.get("fr", ""),
        "summary": description.get("fr", ""),
        "axes": ";".join(item.get("theme") or []),
        "audiences": ";".join(item.get("audience") or []),
        "type": item.get("type") or "",
        "tags": ";".join(item.get("keyword") or []),
        "when_to_use": item.get("when_to_use") or "",
        # The attribution: the tool's source, else the institution that published it.
        "source": item.get("source") or publisher,
        "author": item.get("creator") or "",
        "year": item.get("year") or "",
        "last_reviewed": item.get("modified") or "",
        "language": language,
        "link": item.get("link") or "",
        "title_en": title.get("en", ""),
        "summary_en": description.get("en", ""),
        "url_fr": pages.get("fr", ""),
        "url_en": pages.get("en", ""),
        "files": " ".join(f.get("downloadURL", "") for f in files),
        "license": catalogue.get("license") or "",
        "publisher": publisher,
    }


def as_csv(catalogue):
    """The catalogue as CSV: the inventory's columns first, formula cells neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for item in catalogue["dataset"]:
        row = item_row(item, catalogue)
        writer.writerow([safe_cell(row[column]) for column in CSV_COLUMNS])
    return out.getvalue()


def as_json(catalogue):
    return json.dumps(catalogue, ensure_ascii=False, indent=1)


def rendered(tool_model, index_model, fmt):
    """The catalogue in `fmt` ("csv" or "json"), or None without a tool bank; kept until
    the tool bank changes."""

    def render():
        catalogue = build(tool_model, index_model)
        if catalogue is None:
            return None
        return as_csv(catalogue) if fmt == "csv" else as_json(catalogue)

    return snapshots.get(TOOLS, "catalogue", fmt, render)
