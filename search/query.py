"""Site search: what a visitor may find, in their language, with counts per type.

Every query here has a cost that does not depend on the number of results:
one query for the counts per type, one for the page of results, one per page type
shown for the specific fields (summaries), one for the breadcrumbs of all results.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.query import And, PlainText

from core import fulltext, sites
from core.access import visible_pages
from core.filters import Filter
from core.pages import SUMMARY_WORDS, BasePage, plain_text
from core.text import fold

MAX_QUERY_LENGTH = 200
PER_PAGE = 20

# Type codes in the URL (?type=) → the model that carries them. Everything else is "page".
# Models are looked up lazily: an app may not have landed its page types yet.
TYPED_MODELS = {
    "tool": ("outils", "ToolPage"),
    "training": ("formations", "TrainingModulePage"),
    "video": ("videos", "VideoPage"),
    "news": ("hub", "NewsPage"),
}
PAGE = "page"
TYPE_CODES = (*TYPED_MODELS, PAGE)
TYPE_LABELS = {
    "tool": (_("Outil"), _("Outils")),
    "training": (_("Formation"), _("Formations")),
    "video": (_("Vidéo"), _("Vidéos")),
    "news": (_("Nouvelle"), _("Nouvelles")),
    PAGE: (_("Page"), _("Autres pages")),
}
_SPACES = re.compile(r"\s+")


def normalise_query(raw):
    """The text to search for: no control or invisible characters, single spaces, capped.

    Removes NUL (PostgreSQL refuses it), zero-width and bidirectional marks (they hide
    what was typed), keeps letters, digits, punctuation and emoji.
    """
    if not raw:
        return ""
    text = unicodedata.normalize("NFKC", str(raw)[: MAX_QUERY_LENGTH * 4])
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char.isspace():
            kept.append(" ")
        elif category[0] == "C":
            # Cc (NUL, escapes), Cf (zero-width, RTL/LTR marks), Cs, Co, Cn.
            continue
        else:
            kept.append(char)
    return _SPACES.sub(" ", "".join(kept)).strip()[:MAX_QUERY_LENGTH].strip()


_NOT_WORD = re.compile(r"[^\w]+")


def search_terms(query):
    """The words sent to the search backend: punctuation becomes a space.

    Both full-text engines split words on punctuation anyway; removing it first keeps
    quotes, parentheses and operators out of SQLite's FTS5 syntax (a stray « " » is a
    syntax error there) and out of PostgreSQL's tsquery.
    """
    return _NOT_WORD.sub(" ", query).replace("_", " ").strip()


MAX_TERMS = 12


def word_forms(word):
    """The word and its other number: « usager » → « usagers », « vidéos » → « vidéo ».

    PostgreSQL's French stemmer does not always give singular and plural the same stem
    (« usager » → usag, « usagers » → usager; « vidéo » → video, « vidéos » → videos) and
    SQLite does not stem at all, so both forms are searched. English plurals in -ies too.
    """
    word = word.lower()
    forms = [word]
    if len(word) < 3 or not word.isalpha():
        return forms
    if word.endswith(("s", "x")):
        forms.append(word[:-1])
        if word.endswith("aux") and len(word) > 4:
            forms.append(word[:-3] + "al")
        elif word.endswith("ies") and len(word) > 4:
            forms.append(word[:-3] + "y")
    else:
        forms.append(word + "s")
        if word.endswith("al"):
            forms.append(word[:-2] + "aux")
        elif word.endswith(("au", "eu")):
            forms.append(word + "x")
        elif word.endswith("y"):
            forms.append(word[:-1] + "ies")
    return forms


def backend_query(terms):
    """Every word must match (in either number): And(Or(forms of word 1), Or(forms of word 2)…)."""
    parts = [
        PlainText(" ".join(word_forms(word)), operator="or") for word in terms.split()[:MAX_TERMS]
    ]
    return parts[0] if len(parts) == 1 else And(parts)


class PageTypeFilter(Filter):
    """`?type=`: one kind of page (tools, trainings, videos, news, other pages).

    Its counts come from the search itself (one grouped query over every match).
    """

    def __init__(self, typed):
        super().__init__(
            "type",
            _("Type de contenu"),
            [(code, TYPE_LABELS[code][1]) for code in TYPE_CODES],
            multiple=False,
            all_label=_("Tous les types"),
        )
        self.typed = typed

    def apply(self, queryset):
        return filter_by_type(queryset, self.current, self.typed)

    def set_counts(self, by_type):
        for option in self.options:
            option.count = by_type.get(option.code, 0)


def search_pages(base, terms, type_filter, typed):
    """(counts per type over every match, the matches of the chosen type best first).

    On PostgreSQL the query is built here rather than by Wagtail's backend: each word
    is tested against the title and the body vectors separately, which lets PostgreSQL
    use their GIN indexes and avoids concatenating two tsvectors per page (Wagtail
    matches ``title || body``, which has no index). The result is the same: every word
    (in either number) in the title or the body. Elsewhere Wagtail's backend does it.
    """
    if connection.vendor == "postgresql":
        matches, rank = _postgres_matches(base, terms)
        counts = _count_rows(
            matches.order_by().values_list("content_type_id").annotate(n=Count("pk"))
        )
        results = (
            type_filter.apply(matches).annotate(search_rank=rank).order_by("-search_rank", "-pk")
        )
    else:
        query = backend_query(terms)
        counts = _count_rows(base.search(query).facet("content_type_id").items())
        results = type_filter.apply(base).search(query)
    by_type = dict.fromkeys(TYPE_CODES, 0)
    for content_type_id, count in counts:
        by_type[type_of(content_type_id, typed)] += count
    return by_type, results


def _count_rows(rows):
    return [(content_type_id, count) for content_type_id, count in rows]


def _postgres_matches(base, terms):
    words = terms.split()[:MAX_TERMS]
    condition, rank = fulltext.page_condition([word_forms(word) for word in words])
    # One filter() call: all the conditions use the same join to the page's index entry.
    return base.filter(condition), rank


def stat_key(query):
    """How a query is stored for the report and the promotions: lower case, one space."""
    return query.lower()


def typed_content_types():
    """{type code: ContentType id} for the typed models present in this project."""
    found = {}
    for code, (app_label, model_name) in TYPED_MODELS.items():
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        # get_for_model caches per process: no query after the first request.
        found[code] = ContentType.objects.get_for_model(model, for_concrete_model=False).pk
    return found


def type_of(content_type_id, typed):
    for code, ct_id in typed.items():
        if ct_id == content_type_id:
            return code
    return PAGE


def base_queryset(request, locale):
    """Live pages in this language that this request may see (the tree root excluded)."""
    pages = Page.objects.live().filter(locale=locale).exclude(depth=1)
    return visible_pages(pages, request)


def filter_by_type(queryset, type_code, typed):
    if not type_code:
        return queryset
    if type_code == PAGE:
        return queryset.exclude(content_type__in=list(typed.values()))
    if type_code not in typed:
        return queryset.none()
    return queryset.filter(content_type=typed[type_code])


class KnownCountPaginator(Paginator):
    """The total comes from the counts per type, so paginating costs no COUNT query."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


def summary_of(page):
    """A page's short plain-text description: its own `listing_summary()` (core.BasePage),
    else its search description (pages from outside the project, e.g. Wagtail's own)."""
    if isinstance(page, BasePage):
        return page.listing_summary()
    return Truncator(plain_text(page.search_description or "")).words(SUMMARY_WORDS)


def ancestor_titles(pages):
    """{page id: [ancestor titles from the home page down]} in one query for all pages."""
    steplen = Page.steplen
    wanted = {}
    prefixes = set()
    for page in pages:
        paths = [page.path[: steplen * d] for d in range(2, page.depth)]
        wanted[page.pk] = paths
        prefixes.update(paths)
    titles = {}
    if prefixes:
        titles = dict(Page.objects.filter(path__in=prefixes).values_list("path", "title"))
    return {pk: [titles[p] for p in paths if p in titles] for pk, paths in wanted.items()}


def specific_in_order(pages):
    """The specific pages for these ids, in the same order (one query per page type)."""
    ids_by_type = {}
    for page in pages:
        ids_by_type.setdefault(page.content_type_id, []).append(page.pk)
    by_id = {}
    for content_type_id, ids in ids_by_type.items():
        # get_for_id is cached per process; the page rows already carry their type.
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            by_id.update((p.pk, p) for p in model.objects.filter(pk__in=ids))
    return [by_id.get(p.pk, p) for p in pages]


@dataclass
class Result:
    page: Page
    type_code: str
    summary: str
    place: list = field(default_factory=list)
    url: str = ""

    @property
    def type_label(self):
        return TYPE_LABELS[self.type_code][0]


def build_results(pages, request, typed):
    specific = specific_in_order(pages)
    places = ancestor_titles(specific)
    return [
        Result(
            page=page,
            type_code=type_of(page.content_type_id, typed),
            summary=summary_of(page),
            place=places.get(page.pk, []),
            url=sites.page_url(page, request) or "",
        )
        for page in specific
    ]


def promotions(query, request, locale, type_code, typed):
    """Editors' promoted results for this exact query that this visitor may see, here."""

    # Few queries carry promotions: compare them without accents in Python, so that
    # « comite » gets what editors promoted for « comité ».
    wanted = fold(query)
    promoted_queries = (
        Query.objects.filter(editors_picks__isnull=False)
        .values_list("pk", "query_string")
        .distinct()
    )
    query_ids = [pk for pk, text in promoted_queries if fold(text) == wanted]
    if not query_ids:
        return []
    picks = list(
        SearchPromotion.objects.filter(query_id__in=query_ids)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    page_ids = [p.page_id for p in picks if p.page_id]
    allowed = set()
    if page_ids:
        allowed = set(
            base_queryset(request, locale).filter(pk__in=page_ids).values_list("pk", flat=True)
        )
    found = []
    for pick in picks:
        if pick.page_id:
            if pick.page_id not in allowed:
                continue
            code = type_of(pick.page.content_type_id, typed)
            if type_code and code != type_code:
                continue
            found.append(
                {
                    "title": pick.page.title,
                    "url": sites.page_url(pick.page, request),
                    "summary": pick.description or pick.page.search_description,
                    "type_label": TYPE_LABELS[code][0],
                    "page_id": pick.page_id,
                }
            )
        elif pick.external_link_url and not type_code:
            found.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "summary": pick.description,
                    "type_label": _("Lien externe"),
                    "external": True,
                }
            )
    return found
