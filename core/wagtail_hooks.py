from django.http import Http404
from wagtail import hooks

from core.access import document_is_visible, page_is_visible


@hooks.register("before_serve_page", order=-100)
def hide_restricted_pages(page, request, serve_args, serve_kwargs):
    """Restricted pages answer 404, not a login redirect, so their existence does not leak.

    Staff sign in from the « Se connecter » link shown in the footer and on the 404 page.
    """
    if not page_is_visible(page, request):
        raise Http404


@hooks.register("before_serve_document", order=-100)
def hide_restricted_documents(document, request):
    if not document_is_visible(document, request):
        raise Http404
