"""The tool bank listing: facet objects that know their values and apply themselves.

URL contract (DESIGN.md): axis, audience, type (repeatable: OR within a facet, AND
across facets), tag, lang, q, sort=relevance|recent|title, page.

Counts are standard facet counts: each value shows how many tools the current
filters would give with that value, i.e. with every OTHER facet applied. All counts
come from ONE SQL query (a UNION ALL of one GROUP BY per facet), the vocabulary from
one more, the result ids from one, the displayed page from two: the number of
queries never depends on the number of tools.
"""

import contextlib
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import DatabaseError, connection, transaction
from django.db.models import CharField, Count, F, IntegerField, Value
from django.db.models.expressions import RawSQL
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from core.access import visible_pages
from vocabulary.models import Audience, Axis, ToolType

PER_PAGE = 20
MAX_VALUES = 20  # per parameter: a URL repeating a value 10,000 times is cut short
MAX_QUERY_LENGTH = 200
TAGS_SHOWN = 15
TAG_SLUG = re.compile(r"^[-\w]{1,100}$")
# Words only: the search backends do not need operators, and FTS5 rejects some of them.
QUERY_NOISE = re.compile(r"[^\w\s'’-]+")
_FTS_TABLE = {}
SORTS = {
    "relevance": _("Pertinence"),
    "recent": _("Plus récents"),
    "title": _("Titre (A à Z)"),
}


@dataclass
class Option:
    code: str
    label: str
    count: int = 0
    selected: bool = False

    @property
    def empty(self):
        return self.count == 0


@dataclass
class Chip:
    facet: "Facet"
    option: Option
    query: QueryDict


@dataclass
class Facet:
    """One filter: its parameter, its legend, its values and how it narrows a queryset."""

    param: str
    legend: str
    options: list = field(default_factory=list)
    selected: list = field(default_factory=list)

    def valid(self, code):
        return any(o.code == code for o in self.options)

    def parse(self, query_dict):
        seen = []
        for raw in query_dict.getlist(self.param)[:MAX_VALUES]:
            code = raw.strip()[:100]
            if code and code not in seen and self.valid(code):
                seen.append(code)
        self.selected = seen
        for option in self.options:
            option.selected = option.code in seen

    def apply(self, queryset):  # pragma: no cover - every facet overrides it
        raise NotImplementedError

    def count_part(self, queryset):
        """A values() queryset with columns (kind, key, slug, name, n) for the UNION."""
        raise NotImplementedError


def _columns(queryset, kind, key, slug=None, name=None, count="pk"):
    return (
        queryset.annotate(
            kind=Value(kind, output_field=CharField()),
            key=key,
            slug_col=slug if slug is not None else Value("", output_field=CharField()),
            name_col=name if name is not None else Value("", output_field=CharField()),
        )
        .values("kind", "key", "slug_col", "name_col")
        # Through rows are unique per (tool, value): no DISTINCT needed.
        .annotate(n=Count(count))
        .values_list("kind", "key", "slug_col", "name_col", "n")
        .order_by()
    )


class VocabularyFacet(Facet):
    """Axis, audience and type: codes from the vocabulary, filtered by primary key."""

    def __init__(self, param, legend, terms, lookup):
        super().__init__(param, legend)
        self.lookup = lookup
        self.ids = {}
        for term in terms:
            self.options.append(Option(term["code"], term["label"]))
            self.ids[term["code"]] = term["pk"]
        self.codes_by_id = {pk: code for code, pk in self.ids.items()}

    def apply(self, queryset):
        if not self.selected:
            return queryset
        ids = [self.ids[c] for c in self.selected]
        if self.lookup == "tool_type":
            return queryset.filter(tool_type_id__in=ids)
        # A subquery per facet keeps OR within the facet and AND across facets
        # without duplicating rows through the join.
        from outils.models import ToolPage

        through = getattr(ToolPage, self.lookup).through
        column = "axis_id" if self.lookup == "axes" else "audience_id"
        matching = through.objects.filter(**{f"{column}__in": ids}).values("toolpage_id")
        return queryset.filter(pk__in=matching)

    def count_part(self, queryset):
        from outils.models import ToolPage

        if self.lookup == "tool_type":
            return _columns(queryset, self.param, F("tool_type_id"))
        through = getattr(ToolPage, self.lookup).through
        column = "axis_id" if self.lookup == "axes" else "audience_id"
        rows = through.objects.filter(toolpage_id__in=queryset.values("pk"))
        return _columns(rows, self.param, F(column), count="toolpage_id")

    def set_counts(self, rows):
        counts = {
            self.codes_by_id.get(key): n
            for kind, key, _slug, _name, n in rows
            if kind == self.param
        }
        for option in self.options:
            option.count = counts.get(option.code, 0)


class LanguageFacet(Facet):
    """`lang=fr` / `lang=en`: tools whose material exists in that language (or both)."""

    def __init__(self):
        super().__init__("lang", _("Langue du matériel"))
        self.options = [Option("fr", _("Français")), Option("en", _("Anglais"))]

    def apply(self, queryset):
        if not self.selected:
            return queryset
        values = set()
        for code in self.selected:
            values |= {code, "both"}
        return queryset.filter(material_languages__in=sorted(values))

    def count_part(self, queryset):
        return _columns(
            queryset,
            self.param,
            Value(0, output_field=IntegerField()),
            slug=F("material_languages"),
        )

    def set_counts(self, rows):
        raw = {slug: n for kind, _key, slug, _name, n in rows if kind == self.param}
        for option in self.options:
            option.count = raw.get(option.code, 0) + raw.get("both", 0)


class TagFacet(Facet):
    """Free keywords (django-taggit): the most used tags, plus any the visitor chose."""

    def __init__(self):
        super().__init__("tag", _("Mots-clés"))

    def parse(self, query_dict):
        seen = []
        for raw in query_dict.getlist(self.param)[:MAX_VALUES]:
            slug = raw.strip()[:100]
            if TAG_SLUG.match(slug) and slug not in seen:
                seen.append(slug)
        self.selected = seen

    def apply(self, queryset):
        if not self.selected:
            return queryset
        from outils.models import ToolPageTag

        matching = ToolPageTag.objects.filter(tag__slug__in=self.selected).values(
            "content_object_id"
        )
        return queryset.filter(pk__in=matching)

    def set_names(self, tags):
        self.slugs_by_id = {t["pk"]: t["code"] for t in tags}
        self.names = {t["code"]: t["label"] for t in tags}

    def _part(self, queryset, kind):
        from outils.models import ToolPageTag

        rows = ToolPageTag.objects.filter(content_object_id__in=queryset.values("pk"))
        return _columns(rows, kind, F("tag_id"), count="content_object_id")

    def count_part(self, queryset):
        return self._part(queryset, self.param)

    def universe_part(self, queryset):
        return self._part(queryset, "tag-all")

    def set_counts(self, rows, universe_kind="tag-all"):
        def by_slug(kind):
            return {
                self.slugs_by_id.get(key): n
                for row_kind, key, _slug, _name, n in rows
                if row_kind == kind and key in self.slugs_by_id
            }

        counts = by_slug(self.param)
        overall = by_slug(universe_kind)
        ranked = sorted(overall, key=lambda slug: (-overall[slug], self.names[slug].casefold()))
        shown = ranked[:TAGS_SHOWN]
        shown += [slug for slug in self.selected if slug not in shown]
        self.options = [
            Option(slug, self.names.get(slug, slug), counts.get(slug, 0), slug in self.selected)
            for slug in sorted(shown, key=lambda s: self.names.get(s, s).casefold())
        ]


def load_vocabulary():
    """Axes, audiences, tool types and tag names in one query, labelled in the active language."""
    label = "label_en" if get_language() == "en" else "label_fr"

    def part(model, kind):
        return (
            model.objects.annotate(kind=Value(kind, output_field=CharField()))
            .values_list("kind", "pk", "code", label, "sort_order")
            .order_by()
        )

    tags = (
        Tag.objects.annotate(kind=Value("tag", output_field=CharField()), order=Value(0))
        .values_list("kind", "pk", "slug", "name", "order")
        .order_by()
    )
    rows = part(Axis, "axis").union(
        part(Audience, "audience"), part(ToolType, "type"), tags, all=True
    )
    terms = {"axis": [], "audience": [], "type": [], "tag": []}
    for kind, pk, code, text, order in rows:
        terms[kind].append({"pk": pk, "code": code, "label": text, "order": order})
    for values in terms.values():
        values.sort(key=lambda t: (t["order"], t["code"]))
    return terms


def clean_query(raw):
    text = QUERY_NOISE.sub(" ", (raw or "")[: MAX_QUERY_LENGTH * 2])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


class ToolListing:
    """Everything the index template shows, computed once per request."""

    def __init__(self, request, index_page):
        from outils.models import ToolPage

        self.request = request
        self.index_page = index_page
        params = request.GET
        self.raw_query = (params.get("q") or "")[:MAX_QUERY_LENGTH]
        self.query = clean_query(params.get("q"))
        vocabulary = load_vocabulary()
        self.axis = VocabularyFacet("axis", _("Axe du partenariat"), vocabulary["axis"], "axes")
        self.audience = VocabularyFacet(
            "audience", _("Public cible"), vocabulary["audience"], "audiences"
        )
        self.type = VocabularyFacet("type", _("Type d’outil"), vocabulary["type"], "tool_type")
        self.tag = TagFacet()
        self.tag.set_names(vocabulary["tag"])
        self.lang = LanguageFacet()
        self.facets = [self.axis, self.audience, self.type, self.tag, self.lang]
        for facet in self.facets:
            facet.parse(params)

        self.default_sort = "relevance" if self.query else "title"
        sort = params.get("sort", "")
        if sort not in SORTS or (sort == "relevance" and not self.query):
            sort = self.default_sort
        self.sort = sort
        self.sort_options = [
            Option(code, label, selected=code == sort)
            for code, label in SORTS.items()
            if code != "relevance" or self.query
        ]

        # One tool bank per language (its parent is the home page): live tools in the
        # index's language are exactly its children, without a path test.
        base = ToolPage.objects.live().filter(locale_id=index_page.locale_id)
        base = visible_pages(base, request)
        if self.query:
            matches = self._search_subquery()
            if connection.vendor == "postgresql":
                # Evaluated once: the text match then costs one query, not one per facet.
                with connection.cursor() as cursor:
                    cursor.execute(*matches.as_sql(None, connection))
                    matches = [row[0] for row in cursor.fetchall()]
            base = base.filter(pk__in=matches)
        self.base = base

        try:
            # A savepoint only where a text query may fail (PostgreSQL aborts the transaction).
            with transaction.atomic() if self.query else contextlib.nullcontext():
                self.filtered = self._apply_all(base)
                total = self._compute_counts(base)
                self.tools = self._load_page(self.filtered, total, params.get("page"))
        except DatabaseError:
            # A text the full-text engine cannot parse finds nothing rather than failing.
            if not self.query:
                raise
            self.query = ""
            for facet in self.facets:
                facet.set_counts([])
            self.count = 0
            self.paginator = Paginator([], PER_PAGE)
            self.page_obj = self.paginator.get_page(1)
            self.tools = []

    # --- Queries ------------------------------------------------------------

    def _search_subquery(self):
        """The matching tools' ids as a subquery (the full-text engine decides who matches)."""
        from outils.models import ToolPage

        if connection.vendor == "sqlite" and self._fts_table_exists():
            # modelsearch joins the FTS5 table the slow way round on SQLite (one MATCH
            # per index entry: a third of a second at 5,000 tools). Asking the FTS
            # table first gives the same matches in milliseconds.
            terms = " ".join(f'"{term}"' for term in self.query.split())
            content_type = ContentType.objects.get_for_model(ToolPage)
            return RawSQL(
                "SELECT e.object_id FROM wagtailsearch_indexentry e "
                "WHERE e.content_type_id = %s AND e.id IN ("
                "SELECT rowid FROM wagtailsearch_indexentry_fts "
                "WHERE wagtailsearch_indexentry_fts MATCH %s)",
                [content_type.pk, terms],
            )
        if connection.vendor == "postgresql":
            # modelsearch matches `title || body`, which no index serves; both GIN
            # indexes narrow the candidates first (any word), then every word must match.
            config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG", "simple")
            content_type = ContentType.objects.get_for_model(ToolPage)
            return RawSQL(
                "SELECT CAST(e.object_id AS bigint) FROM wagtailsearch_indexentry e, "
                "plainto_tsquery(%s::regconfig, %s) q_all, "
                "CAST(replace(CAST(plainto_tsquery(%s::regconfig, %s) AS text), '&', '|') "
                "AS tsquery) q_any "
                "WHERE e.content_type_id = %s AND (e.title @@ q_any OR e.body @@ q_any) "
                "AND (e.title || e.body) @@ q_all",
                [config, self.query, config, self.query, content_type.pk],
            )
        searchable = ToolPage.objects.live().filter(locale_id=self.index_page.locale_id)
        results = searchable.search(self.query, operator="and", order_by_relevance=False)
        return results.get_queryset().order_by().values("pk")

    @staticmethod
    def _fts_table_exists():
        if connection.alias not in _FTS_TABLE:
            tables = connection.introspection.table_names()
            _FTS_TABLE[connection.alias] = "wagtailsearch_indexentry_fts" in tables
        return _FTS_TABLE[connection.alias]

    def _relevance(self, queryset):
        """Ids ordered by a simple relevance: words found in the title count most.

        The backends' own ranking runs a correlated full-text query per row (seconds
        at 5,000 tools on SQLite); this is one plain query and a few milliseconds.
        """
        from outils.models import sort_key

        # Word stems (first six letters) so that « usagers » counts for « usager ».
        terms = [t[:6] for t in sort_key(self.query).split() if len(t) > 1] or [""]
        raw_terms = [t[:6] for t in self.query.casefold().split() if len(t) > 1] or [""]
        scored = []
        for pk, title, summary in queryset.values_list("pk", "sort_title", "summary"):
            summary = summary.casefold()
            score = sum(3 * (t in title) for t in terms) + sum(t in summary for t in raw_terms)
            scored.append((-score, title, pk))
        scored.sort()
        return [pk for _score, _title, pk in scored]

    def _apply_all(self, queryset, skip=None):
        for facet in self.facets:
            if facet is not skip:
                queryset = facet.apply(queryset)
        return queryset

    def _compute_counts(self, base):
        parts = [facet.count_part(self._apply_all(base, skip=facet)) for facet in self.facets]
        # Which tags to offer: the most used ones before any facet. When only tags are
        # chosen (or nothing), the tag counts are already computed on that set.
        universe = "tag"
        if any(facet.selected for facet in self.facets if facet is not self.tag):
            parts.append(self.tag.universe_part(base))
            universe = "tag-all"
        # The number of results rides along in the same query.
        parts.append(_columns(self.filtered, "total", Value(0, output_field=IntegerField())))
        rows = list(parts[0].union(*parts[1:], all=True))
        total = sum(n for kind, _key, _slug, _name, n in rows if kind == "total")
        for facet in self.facets:
            if facet is self.tag:
                facet.set_counts(rows, universe)
            else:
                facet.set_counts(rows)
        return total

    def _load_page(self, queryset, total, page_number):
        """The tools on the requested page, in order; sets count, paginator and page_obj.

        Title and date sorts fetch the page straight from SQL (the total came with the
        counts); relevance needs every matching title first, then slices in Python.
        """
        from outils.models import ToolPage

        def shown(tools):
            return (
                tools.select_related("tool_type")
                .prefetch_related("axes")
                .defer_streamfields()
                .only(
                    "pk",
                    "title",
                    "slug",
                    "url_path",
                    "path",
                    "depth",
                    "locale_id",
                    "summary",
                    "tool_type",
                    "material_languages",
                    "staff_only",
                    "year",
                    "source_institution",
                )  # fmt: skip
            )

        if self.sort == "relevance":
            ordered = self._relevance(queryset)
            self.count = len(ordered)
            self.paginator = Paginator(ordered, PER_PAGE)
            self.page_obj = self.paginator.get_page(page_number)
            ids = list(self.page_obj.object_list)
            if not ids:
                return []
            by_id = {tool.pk: tool for tool in shown(ToolPage.objects.filter(pk__in=ids))}
            return [by_id[pk] for pk in ids if pk in by_id]
        if self.sort == "recent":
            order = [F("year").desc(nulls_last=True), F("first_published_at").desc(), "-pk"]
        else:
            order = ["sort_title", "title", "pk"]
        self.count = total
        self.paginator = Paginator(shown(queryset).order_by(*order), PER_PAGE)
        self.paginator.count = total  # known already: no COUNT query
        self.page_obj = self.paginator.get_page(page_number)
        return list(self.page_obj.object_list) if total else []

    # --- What the template needs -------------------------------------------

    @property
    def active(self):
        return any(facet.selected for facet in self.facets)

    def chips(self):
        chips = []
        for facet in self.facets:
            for option in facet.options:
                if option.selected:
                    query = self.request.GET.copy()
                    query.setlist(facet.param, [c for c in facet.selected if c != option.code])
                    query.pop("page", None)
                    chips.append(Chip(facet, option, query))
        return chips

    def clear_query(self):
        """The current URL without any facet (the text and the sort stay)."""
        query = QueryDict(mutable=True)
        if self.raw_query:
            query["q"] = self.raw_query
        if self.request.GET.get("sort") in SORTS:
            query["sort"] = self.request.GET["sort"]
        return query
