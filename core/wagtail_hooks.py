from django.http import Http404
from django.utils.cache import add_never_cache_headers
from wagtail import hooks

from core.access import document_is_visible, page_is_restricted, page_is_visible


# Registered before Wagtail's own `check_view_restrictions` (order 0), so a visitor who
# may not see the page gets our 404 first instead of Wagtail's login redirect, which
# would reveal that the page exists. Wagtail's check then runs for the others and
# finds nothing to refuse.
@hooks.register("on_serve_page", order=-100)
def enforce_view_restrictions(serve):
    """Restricted pages answer 404, not a login redirect, so their existence does not leak.

    Staff sign in from the « Se connecter » link shown in the footer and on the 404 page.
    A restricted page that is shown is never kept by a shared cache.
    """

    def inner(page, request, serve_args, serve_kwargs):
        if not page_is_visible(page, request):
            raise Http404
        response = serve(page, request, serve_args, serve_kwargs)
        if page_is_restricted(page):
            add_never_cache_headers(response)
        return response

    return inner


@hooks.register("before_serve_document", order=-100)
def hide_restricted_documents(document, request):
    if not document_is_visible(document, request):
        raise Http404
