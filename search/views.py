"""Site-wide search: the visitor's language only, never what the visitor may not see."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import render
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from core import ratelimit
from core.access import visible_pages
from core.pagetree import get_home
from vocabulary.models import Axis

from . import query as q
from .models import SearchQueryStat

# Index pages offered as entry points on the empty search page, in this order.
ENTRY_INDEX_MODELS = (
    ("outils", "ToolIndexPage"),
    ("formations", "TrainingIndexPage"),
    ("videos", "VideoIndexPage"),
    ("hub", "NewsIndexPage"),
)
FEATURED_LIMIT = 6


def search(request):
    query = q.normalise_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    typed = q.typed_content_types()
    type_filter = q.PageTypeFilter(typed).parse(request.GET)
    context = {
        "search_query": query,
        "search_type": type_filter.current,
        "type_filter": type_filter,
    }
    status = 200
    if query and ratelimit.hit("search", ratelimit.visitor(request)):
        # Too many searches from one visitor: say so, keep the words in the box, run nothing.
        context.update(throttled=True, total_all=0)
        status = 429
    elif query:
        context.update(_results_context(request, query, type_filter, locale, typed))
    else:
        context.update(_entry_points_context(request, locale))
    if not query or not context["total_all"]:
        context.setdefault("tool_index", _tool_index(request, locale))
    return render(request, "search/search.html", context, status=status)


def _results_context(request, query, type_filter, locale, typed):
    type_code = type_filter.current
    base = q.base_queryset(request, locale)
    terms = q.search_terms(query)
    if terms:
        counts, results = q.search_pages(base, terms, type_filter, typed)
    else:
        counts = dict.fromkeys(q.TYPE_CODES, 0)
        results = Page.objects.none()
    total_all = sum(counts.values())
    total = counts[type_code] if type_code else total_all
    paginator = q.KnownCountPaginator(results, q.PER_PAGE, total)
    page_obj = paginator.get_page(request.GET.get("page"))
    items = q.build_results(list(page_obj.object_list), request, typed) if total else []
    promoted = q.promotions(query, request, locale, type_code, typed)
    if page_obj.number != 1:
        promoted = []
    # The query report is written at most `search_log` times per visitor and window, so
    # a script cannot fill it; the search itself still answers.
    if _is_fresh_search(request) and not ratelimit.hit("search_log", ratelimit.visitor(request)):
        _record(query, total_all + len(promoted))
    type_filter.set_counts(counts)
    type_counts = [option for option in type_filter.options if option.count or option.selected]
    return {
        "results": items,
        "page_obj": page_obj,
        "paginator": paginator,
        "total": total,
        "total_all": total_all,
        "type_counts": type_counts,
        "promotions": promoted,
        "first_index": page_obj.start_index() if total else 0,
    }


def _is_fresh_search(request):
    """A new search, not a second page or a type refinement of one already counted."""
    return "page" not in request.GET and "type" not in request.GET


def _record(query, result_count):

    key = q.stat_key(query)
    SearchQueryStat.record(key, translation.get_language() or "fr", result_count)
    # Wagtail's own counter feeds its « Termes de recherche » report and the promotions chooser.
    Query.get(key).add_hit()


def _model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def _tool_index(request, locale):
    model = _model("outils", "ToolIndexPage")
    if model is None:
        return None
    pages = visible_pages(model.objects.live().filter(locale=locale), request)
    return pages.order_by("path").first()


def _entry_points_context(request, locale):

    sections = []
    models = [m for m in (_model(*name) for name in ENTRY_INDEX_MODELS) if m is not None]
    if models:
        ct_ids = [ContentType.objects.get_for_model(m).pk for m in models]
        pages = visible_pages(
            Page.objects.live().filter(locale=locale, content_type__in=ct_ids), request
        ).order_by("path")
        first_by_type = {}
        for page in pages:
            first_by_type.setdefault(page.content_type_id, page)
        sections = [first_by_type[ct] for ct in ct_ids if ct in first_by_type]
    tool_model = _model("outils", "ToolIndexPage")
    tool_index = next((s for s in sections if tool_model and s.specific_class is tool_model), None)
    return {
        "axes": list(Axis.objects.all()),
        "sections": sections,
        "tool_index": tool_index,
        "featured": [(page, q.summary_of(page)) for page in _featured_tools(request, locale)],
        "total_all": 0,
    }


def _featured_tools(request, locale):
    """The tools among the home page's featured pages (chosen by the editors)."""
    tool_model = _model("outils", "ToolPage")
    home = get_home(locale)
    if home is None or not hasattr(home, "featured"):
        return []
    featured = home.featured(request)
    if tool_model is not None:
        featured = [p for p in featured if isinstance(p, tool_model)]
    return featured[:FEATURED_LIMIT]
