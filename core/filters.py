"""One way to filter a listing: filter objects that know their values and apply themselves.

A listing builds a `FilterSet` from the request's GET parameters. Each `Filter` reads
its own parameter (known codes only, at most MAX_VALUES of them; anything else is
ignored, never an error), offers its options with counts and narrows a queryset.
OR within a filter, AND across filters. Counts are standard facet counts: each option
shows how many items the listing would give with it, every OTHER filter applied.

`components/filters.html` renders a FilterSet; `{% filter_options %}` (core.templatetags
.filter_tags) writes the checkboxes. The tool bank's facets (outils.listing) are
Filters too: they count on the tool bank's in-memory index instead of in SQL.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

MAX_VALUES = 20  # per parameter: a URL repeating a value 10,000 times is cut short
MAX_CODE_LENGTH = 100


@dataclass
class Option:
    code: str
    label: str
    count: int | None = None  # None: not counted (nothing to show)
    selected: bool = False

    @property
    def empty(self):
        return self.count == 0

    @property
    def count_label(self):
        return _("aucun") if self.count == 0 else self.count


@dataclass
class Chip:
    """A chosen value shown above the results, with the link that removes it."""

    filter: "Filter"
    option: Option
    query: QueryDict


class Filter:
    """One GET parameter: its options, the values chosen, the queryset lookup they go through.

    `lookup` is the queryset path the codes are matched on (`axes__code`); `values` maps a
    code to the stored value when they differ (a slug in the URL, a name in the database).
    A single-choice filter (`multiple=False`) keeps the first known value only.
    """

    def __init__(self, param, legend, options=(), *, lookup=None, values=None, multiple=True,
                 all_label=""):  # fmt: skip
        self.param = param
        self.legend = legend
        self.options = [Option(code, label) for code, label in options]
        self.lookup = lookup or param
        self.values = values or {}
        self.multiple = multiple
        self.all_label = all_label
        self.selected = []

    def __repr__(self):
        return f"<{type(self).__name__} {self.param}={self.selected}>"

    def valid(self, code):
        return any(option.code == code for option in self.options)

    def parse(self, query_dict):
        seen = []
        for raw in query_dict.getlist(self.param)[:MAX_VALUES]:
            code = raw.strip()[:MAX_CODE_LENGTH] if isinstance(raw, str) else ""
            if code and code not in seen and self.valid(code):
                seen.append(code)
        self.selected = seen if self.multiple else seen[:1]
        for option in self.options:
            option.selected = option.code in self.selected
        return self

    @property
    def active(self):
        return bool(self.selected)

    @property
    def current(self):
        """The chosen code of a single-choice filter ("" when none)."""
        return self.selected[0] if self.selected else ""

    def stored(self, code):
        return self.values.get(code, code)

    def apply(self, queryset):
        if not self.selected:
            return queryset
        stored = [self.stored(code) for code in self.selected]
        narrowed = queryset.filter(**{f"{self.lookup}__in": stored})
        # Through a many-to-many relation a page matching two values would come twice.
        return narrowed.distinct() if "__" in self.lookup else narrowed

    def count(self, queryset):
        """Each option's count among `queryset`: one grouped query."""
        rows = (
            queryset.order_by()
            .prefetch_related(None)
            .values_list(self.lookup)
            .annotate(n=Count("pk", distinct=True))
        )
        counts = dict(rows)
        for option in self.options:
            option.count = counts.get(self.stored(option.code), 0)


class FilterSet:
    """The filters of one listing, parsed from one request's GET parameters."""

    def __init__(self, query_dict, filters):
        self.query_dict = query_dict
        self.filters = [f.parse(query_dict) for f in filters]

    def __iter__(self):
        return iter(self.filters)

    def get(self, param):
        """The filter reading `param`, or None."""
        return next((f for f in self.filters if f.param == param), None)

    @property
    def active(self):
        return any(f.active for f in self.filters)

    @property
    def selected_count(self):
        """How many values are chosen across the filters: the n of « Filtrer (n) », one per chip."""
        return sum(len(f.selected) for f in self.filters)

    def apply(self, queryset, *, leave_out=None):
        for f in self.filters:
            if f is not leave_out:
                queryset = f.apply(queryset)
        return queryset

    def count(self, queryset):
        """Facet counts: each filter counted with every other one applied."""
        for f in self.filters:
            f.count(self.apply(queryset, leave_out=f))

    def chips(self):
        chips = []
        for f in self.filters:
            for option in f.options:
                if option.selected:
                    query = self.query_dict.copy()
                    query.setlist(f.param, [c for c in f.selected if c != option.code])
                    query.pop("page", None)
                    chips.append(Chip(f, option, query))
        return chips

    def clear_query(self, **keep):
        """A query without any filter, keeping the given parameters (the text, the sort)."""
        query = QueryDict(mutable=True)
        for name, value in keep.items():
            if value:
                query[name] = value
        return query
