"""The tool bank listing: facet objects that know their values and apply themselves.

URL contract (DESIGN.md): axis, audience, type (repeatable: OR within a facet, AND
across facets), tag, lang, q, sort=relevance|recent|title|useful, page.

Counts are standard facet counts: each value shows how many tools the current
filters would give with that value, i.e. with every OTHER facet applied. They are
computed on the facet index (outils.facet_index: bit sets, no SQL); the vocabulary
comes from a snapshot too. A request costs one query for the tools of the page
shown, and one more for the text search when `q` is given, whatever the number
of tools.
"""

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import CharField, Value
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from core import fulltext, sites, snapshots
from core.filters import MAX_VALUES, Filter, FilterSet, Option
from core.templatetags.core_tags import human_size
from core.text import sort_key
from outils import usefulness
from outils.facet_index import TOOLS, SetBits, positions_of, tool_index
from outils.text import language_badge
from vocabulary.models import Audience, Axis, ToolType

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
TAGS_SHOWN = 15
TAG_SLUG = re.compile(r"^[-\w]{1,100}$")
# Words only: the search backends do not need operators, and FTS5 rejects some of them.
QUERY_NOISE = re.compile(r"[^\w\s'’-]+")
SORTS = {
    "relevance": _("Pertinence"),
    "recent": _("Plus récents"),
    "title": _("Titre (A à Z)"),
    "useful": _("Les plus utiles"),
}


class Facet(Filter):
    """A tool bank filter: it selects tools on the facet index (bit sets) instead of SQL."""

    def value_mask(self, index, code):  # pragma: no cover - every facet overrides it
        raise NotImplementedError

    def mask(self, index):
        """The tools the chosen values select (OR within the facet), or None: no filter."""
        if not self.selected:
            return None
        mask = 0
        for code in self.selected:
            mask |= self.value_mask(index, code)
        return mask

    def set_counts(self, index, pool, universe):
        """Each value's count within `pool` (the tools every OTHER facet lets through)."""
        for option in self.options:
            option.count = (pool & self.value_mask(index, option.code)).bit_count()


class VocabularyFacet(Facet):
    """Axis, audience and type: codes from the vocabulary, indexed by primary key."""

    def __init__(self, param, legend, terms):
        super().__init__(param, legend, [(term["code"], term["label"]) for term in terms])
        self.ids = {term["code"]: term["pk"] for term in terms}

    def value_mask(self, index, code):
        return index.value_mask(self.param, self.ids.get(code))


class LanguageFacet(Facet):
    """`lang=fr` / `lang=en`: tools whose material exists in that language (or both)."""

    def __init__(self):
        super().__init__(
            "lang", _("Langue du matériel"), [("fr", _("Français")), ("en", _("Anglais"))]
        )

    def value_mask(self, index, code):
        return index.value_mask("lang", code) | index.value_mask("lang", "both")


class TagFacet(Facet):
    """Free keywords (django-taggit): the most used tags, plus any the visitor chose."""

    def __init__(self, tags):
        super().__init__("tag", _("Mots-clés"))
        self.ids = {t["code"]: t["pk"] for t in tags}
        self.names = {t["code"]: t["label"] for t in tags}

    def parse(self, query_dict):
        seen = []
        for raw in query_dict.getlist(self.param)[:MAX_VALUES]:
            slug = raw.strip()[:100]
            if TAG_SLUG.match(slug) and slug not in seen:
                seen.append(slug)
        self.selected = seen
        return self

    def value_mask(self, index, code):
        # An unknown keyword selects nothing (and still shows as a removable chip).
        return index.value_mask("tag", self.ids.get(code))

    def set_counts(self, index, pool, universe):
        """Offer the tags most used before any facet, plus the chosen ones."""
        overall = {}
        for slug, pk in self.ids.items():
            n = (universe & index.value_mask("tag", pk)).bit_count()
            if n:
                overall[slug] = n
        ranked = sorted(overall, key=lambda slug: (-overall[slug], self.names[slug].casefold()))
        shown = ranked[:TAGS_SHOWN]
        shown += [slug for slug in self.selected if slug not in shown]
        self.options = [
            Option(
                slug,
                self.names.get(slug, slug),
                (pool & self.value_mask(index, slug)).bit_count(),
                slug in self.selected,
            )
            for slug in sorted(shown, key=lambda s: self.names.get(s, s).casefold())
        ]


@dataclass
class ToolCard:
    """What a tool's card in the listing shows."""

    title: str
    url: str
    absolute_url: str
    summary: str
    type_label: str
    staff_only: bool
    language_badge: str | None
    axes: list
    reviewed: object = None  # a date: « Révisé le … »
    usefulness: object = None  # outils.usefulness.Usefulness, once enough people answered
    under_review: bool = False
    freshness: str = ""  # « Révisé le … · 87 % des personnes l’ont trouvé utile (23 avis) »
    materials: list = field(default_factory=list)  # [(title, url, « PDF, 84 Ko, français »)]


def _load_vocabulary(label):
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


def load_vocabulary():
    """Axes, audiences, tool types and tags, labelled in the active language (a snapshot).

    Shared between requests: copy what you change.
    """
    label = "label_en" if get_language() == "en" else "label_fr"
    return snapshots.get(TOOLS, "vocabulary", label, lambda: _load_vocabulary(label))


def clean_query(raw):
    text = QUERY_NOISE.sub(" ", (raw or "")[: MAX_QUERY_LENGTH * 2])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


class ToolListing:
    """Everything the index template shows, computed once per request."""

    def __init__(self, request, index_page, tool_model):
        self.request = request
        self.index_page = index_page
        # outils.ToolPage, passed by the index page: models import this module, not the reverse.
        self.tool_model = tool_model
        params = request.GET
        self.raw_query = (params.get("q") or "")[:MAX_QUERY_LENGTH]
        self.query = clean_query(params.get("q"))
        vocabulary = load_vocabulary()
        self.axis = VocabularyFacet("axis", _("Axe du partenariat"), vocabulary["axis"])
        self.audience = VocabularyFacet("audience", _("Public cible"), vocabulary["audience"])
        self.type = VocabularyFacet("type", _("Type d’outil"), vocabulary["type"])
        self.tag = TagFacet(vocabulary["tag"])
        self.lang = LanguageFacet()
        self.facets = FilterSet(params, [self.axis, self.audience, self.type, self.tag, self.lang])
        self.axis_labels = {t["pk"]: t["label"] for t in vocabulary["axis"]}
        self.axis_order = {t["pk"]: i for i, t in enumerate(vocabulary["axis"])}
        self.type_labels = {t["pk"]: t["label"] for t in vocabulary["type"]}

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

        # One tool bank per language (its parent is the home page): the live tools in
        # the index's language are exactly its children.
        self.index = tool_index(tool_model, index_page.locale_id)
        base = self.index.visible_mask(request, index_page.locale_id)
        if self.query:
            base &= self.index.mask_for_ids(self._matching_ids())
        self.filtered = self._compute_counts(base)
        self.result_positions = self._ordered(self.filtered)
        self.count = len(self.result_positions)
        self.paginator = Paginator(self.result_positions, PER_PAGE)
        self.page_obj = self.paginator.get_page(params.get("page"))
        self.tools = self._load_page(list(self.page_obj.object_list))

    @property
    def result_ids(self):
        """Every matching tool's page id, in the order shown."""
        return [self.index.ids[position] for position in self.result_positions[:]]

    # --- Counts and order (on the facet index) ------------------------------

    def _compute_counts(self, base):
        masks = {facet.param: facet.mask(self.index) for facet in self.facets}
        for facet in self.facets:
            pool = base
            for param, mask in masks.items():
                if param != facet.param and mask is not None:
                    pool &= mask
            # Which tags to offer: the most used ones before any facet.
            facet.set_counts(self.index, pool, base)
        filtered = base
        for mask in masks.values():
            if mask is not None:
                filtered &= mask
        return filtered

    def _ordered(self, mask):
        if self.sort == "recent":
            chosen = set(positions_of(mask))
            return [p for p in self.index.recent if p in chosen]
        if self.sort == "relevance":
            return self._relevance(positions_of(mask))
        if self.sort == "useful":
            scores = usefulness.scores(self.tool_model, self.index_page.locale_id)
            return usefulness.most_useful_first(
                positions_of(mask), self.index.ids, scores, self.index_page.usefulness_threshold
            )
        return SetBits(mask)  # title order: the index is sorted by title

    def _relevance(self, positions):
        """Positions ordered by a simple relevance: words found in the title count most.

        The backends' own ranking runs a correlated full-text query per row (seconds
        at 5,000 tools on SQLite); this works on the index, in memory.
        """
        # Word stems (first six letters) so that « usagers » counts for « usager ».
        terms = [t[:6] for t in sort_key(self.query).split() if len(t) > 1] or [""]
        raw_terms = [t[:6] for t in self.query.casefold().split() if len(t) > 1] or [""]
        titles, summaries = self.index.sort_titles, self.index.summaries
        score = dict.fromkeys(positions, 0)
        for term in terms:
            for position in [p for p in positions if term in titles[p]]:
                score[position] += 3
        for term in raw_terms:
            for position in [p for p in positions if term in summaries[p]]:
                score[position] += 1
        # A stable sort: equal scores keep the title order of `positions`.
        return sorted(positions, key=lambda p: -score[p])

    def _load_page(self, positions):
        """The cards of the page shown, in order: one query for the tools (no model
        instances), one for their answers to « utile ? ».

        Tools are children of the index, so their URL is the index's plus their slug.
        """
        if not positions:
            return []
        ids = [self.index.ids[p] for p in positions]
        rows = (
            self.tool_model.objects.live()
            .filter(pk__in=ids)
            .values_list(
                "pk", "title", "slug", "summary", "tool_type_id", "material_languages",
                "staff_only", "last_reviewed", "last_published_at", "review_date",
            )
        )  # fmt: skip
        by_id = {row[0]: row for row in rows}
        feedback_model = self.tool_model._meta.get_field("feedback").related_model
        answers_by_id = usefulness.counts_by_tool(feedback_model, ids)
        materials_by_id = self._materials(ids)
        threshold = self.index_page.usefulness_threshold
        grace = self.index_page.review_grace_days
        index_url = sites.page_url(self.index_page, self.request)
        # For the printed list: each tool's full address, the host's part worked out once.
        absolute_index_url = self.request.build_absolute_uri(index_url)
        cards = []
        for position, pk in zip(positions, ids, strict=True):
            row = by_id.get(pk)
            if row is None:
                continue
            (_pk, title, slug, summary, type_id, languages, staff_only, reviewed, published,
             review_date) = row  # fmt: skip
            axes = sorted(self.index.axes[position], key=lambda a: self.axis_order.get(a, 0))
            reviewed = usefulness.reviewed_on(reviewed, published)
            figure = usefulness.usefulness(*answers_by_id.get(pk, (0, 0)), threshold)
            cards.append(
                ToolCard(
                    title=title,
                    url=f"{index_url}{slug}/",
                    absolute_url=f"{absolute_index_url}{slug}/",
                    summary=summary,
                    type_label=self.type_labels.get(type_id, ""),
                    staff_only=staff_only,
                    language_badge=language_badge(languages),
                    axes=[self.axis_labels[a] for a in axes if a in self.axis_labels],
                    reviewed=reviewed,
                    usefulness=figure,
                    under_review=usefulness.under_review(review_date, grace),
                    freshness=usefulness.freshness_text(reviewed, figure),
                    materials=materials_by_id.get(pk, []),
                )
            )
        return cards

    def _materials(self, ids):
        """Each tool's files as (title, url, « PDF, 84 Ko, français »): one query."""
        link_model = self.tool_model._meta.get_field("attached_documents").related_model
        languages = dict(link_model._meta.get_field("language").flatchoices)
        rows = (
            link_model.objects.filter(page_id__in=ids, document__isnull=False)
            .order_by("page_id", "sort_order", "pk")
            .values_list(
                "page_id", "language", "document_id", "document__title", "document__file",
                "document__file_size",
            )
        )  # fmt: skip
        found = {}
        for page_id, language, document_id, title, file_name, size in rows:
            filename = posixpath.basename(file_name or "")
            extension = posixpath.splitext(filename)[1].lstrip(".").upper()
            parts = [extension]
            if size is not None:
                parts.append(human_size(size))
            if language in languages:
                parts.append(str(languages[language]))
            url = reverse("wagtaildocs_serve", args=[document_id, filename])
            found.setdefault(page_id, []).append((title, url, ", ".join(p for p in parts if p)))
        return found

    # --- Text search ----------------------------------------------------------

    def _matching_ids(self):
        """The ids of the tools the full-text engine matches (one query)."""
        searchable = self.tool_model.objects.live().filter(locale_id=self.index_page.locale_id)
        return fulltext.matching_ids(self.tool_model, searchable, self.query)

    # --- What the template needs -------------------------------------------

    @property
    def active(self):
        return self.facets.active

    def chips(self):
        return self.facets.chips()

    def share_url(self):
        """The absolute address of this selection, to copy, share or print: the filters,
        the text and a sort other than the default, nothing else (not the page shown:
        the list may have changed when someone opens it)."""
        pairs = [(f.param, code) for f in self.facets for code in f.selected]
        if self.query:
            pairs.append(("q", self.raw_query))
        if self.sort != self.default_sort:
            pairs.append(("sort", self.sort))
        url = self.request.build_absolute_uri(sites.page_url(self.index_page, self.request))
        return f"{url}?{urlencode(pairs)}" if pairs else url

    def clear_query(self):
        """The current URL without any facet (the text and the sort stay)."""
        sort = self.request.GET.get("sort")
        return self.facets.clear_query(q=self.raw_query, sort=sort if sort in SORTS else "")
