from django.http import Http404
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail import wagtail_hooks as wagtail_core_hooks

from core.access import document_is_visible, page_is_restricted, page_is_visible

# Wagtail's own `check_view_restrictions` asks the database for the page's restrictions
# on every page view (two queries) and answers a failure with a login redirect. Ours
# reads the same PageViewRestrictions from the per-process snapshot and answers 404;
# keeping both would only repeat the work, so Wagtail's is taken out of the chain.
hooks._hooks["on_serve_page"] = [
    (fn, order)
    for fn, order in hooks._hooks.get("on_serve_page", [])
    if fn is not wagtail_core_hooks.check_view_restrictions
]


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
        if page_is_restricted(page, request):
            add_never_cache_headers(response)
        return response

    return inner


@hooks.register("before_serve_document", order=-100)
def hide_restricted_documents(document, request):
    if not document_is_visible(document, request):
        raise Http404
