"""The open catalogue's two stable URLs: /fr/outils/catalogue.csv|json (and /en/tools/…)."""

from django.http import Http404, HttpResponse

from outils import catalogue
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
