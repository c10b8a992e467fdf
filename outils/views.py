"""The open catalogue's stable URLs (/fr/outils/catalogue.csv|json, /en/tools/…) and each
tool's printable sheet as PDF (/fr/outils/fiches/<slug>.pdf, /en/tools/sheets/<slug>.pdf)."""

from django.http import Http404, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.models import Locale

from core import sites
from core.access import page_is_restricted, page_is_visible
from core.templatetags.core_tags import document_format
from outils import catalogue, sheet, usefulness
from outils import tool_card as tool_card_pdf
from outils.models import ToolIndexPage, ToolPage

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


def open_catalogue(request, fmt):
    body = catalogue.rendered(ToolPage, ToolIndexPage, fmt)
    if body is None:
        raise Http404
    if fmt == "csv":
        body = "\ufeff" + body  # a BOM, so that Excel reads the accents as UTF-8
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'inline; filename="catalogue-outils.{fmt}"'
    # Open data: another institution's site or script may read it.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def tool_card(request, slug):
    """« Télécharger la fiche (PDF) »: the tool's sheet on one page, for whoever may see it."""
    tool = ToolPage.objects.live().filter(locale=Locale.get_active(), slug=slug).first()
    if tool is None or not page_is_visible(tool, request):
        raise Http404
    sheet_url = request.build_absolute_uri(sites.page_url(tool, request))

    def draw():  # only on a cache miss: the files and the classification cost a query
        documents = [
            (document.title, request.build_absolute_uri(document.url), document_format(document))
            for document in tool.documents
        ]
        reviewed = usefulness.reviewed_on(tool.last_reviewed, tool.last_published_at)
        facts = sheet.classification(tool, request)
        return tool_card_pdf.render(tool, facts, sheet_url, documents, reviewed)

    pdf = tool_card_pdf.pdf_for(tool, sheet_url, draw)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="fiche-{tool.slug}.pdf"'
    if page_is_restricted(tool):
        # A staff-only sheet: never kept by a proxy or the page cache.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response
