"""The tool bank's facet index: the live tools of one language as bit sets.

Tool number i (in title order) is bit i of a Python int. Each facet value (an axis,
an audience, a type, a tag, a material language) is the int of the tools that have
it: filtering is `&` and `|`, a count is `int.bit_count()`. At 5,000 tools every
count of a request takes a fraction of a millisecond and no SQL.

The index is a snapshot (core.snapshots): built in four queries when the content
token changes (a tool published, unpublished, moved, deleted, its privacy changed),
then shared by every request of the process. What a visitor may see is one more
bit set per kind of visitor (anonymous, or a set of groups), from the same
PageViewRestrictions as every other surface (core.access).
"""

from dataclasses import dataclass, field

from core import snapshots
from core.access import failed_restrictions

# The tool bank's own snapshot scope: its index and vocabulary are rebuilt only when a
# tool, the tool bank, the vocabulary or a tag changes (outils.apps watches them).
TOOLS = snapshots.register_scope("tools")


def mask_of(positions, size):
    """The int whose bits are `positions` (built through bytes: fast for thousands)."""
    if not positions:
        return 0
    data = bytearray((size + 7) // 8)
    for position in positions:
        data[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(data, "little")


def positions_of(mask):
    """The set bits of `mask`, lowest first."""
    bits = bin(mask)[:1:-1]
    return [i for i, bit in enumerate(bits) if bit == "1"]


class SetBits:
    """The positions of a mask's set bits as a sequence, found only for the slice asked.

    The paginator needs the number of results and one page of them: on an unfiltered
    listing of 5,000 tools, the first page costs 20 look-ups instead of 5,000.
    """

    def __init__(self, mask):
        self.bits = bin(mask)[:1:-1]  # lowest bit first
        self.length = mask.bit_count()

    def __len__(self):
        return self.length

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop, step = item.indices(self.length)
        found = []
        index = self.bits.find("1")
        seen = 0
        while index >= 0 and seen < stop:
            if seen >= start:
                found.append(index)
            seen += 1
            index = self.bits.find("1", index + 1)
        return found[::step]


@dataclass
class ToolIndex:
    ids: list = field(default_factory=list)  # position -> page id, in title order
    positions: dict = field(default_factory=dict)  # page id -> position
    paths: list = field(default_factory=list)
    sort_titles: list = field(default_factory=list)
    summaries: list = field(default_factory=list)  # casefolded, for relevance
    recent: list = field(default_factory=list)  # positions, most recent first
    axes: list = field(default_factory=list)  # position -> axis ids
    audiences: list = field(default_factory=list)  # position -> audience ids
    tags: list = field(default_factory=list)  # position -> tag ids
    type_ids: list = field(default_factory=list)  # position -> tool type id
    keys: dict = field(default_factory=dict)  # translation key -> position
    masks: dict = field(default_factory=dict)  # facet -> {value key: mask}
    everything: int = 0

    @property
    def size(self):
        return len(self.ids)

    def value_mask(self, facet, key):
        return self.masks.get(facet, {}).get(key, 0)

    def mask_for_ids(self, page_ids):
        positions = self.positions
        return mask_of([positions[pk] for pk in page_ids if pk in positions], self.size)

    def visible_mask(self, request, locale_id):
        """The tools this request may see (all of them when no restriction fails)."""
        failed = failed_restrictions(request)
        if not failed:
            return self.everything

        def hidden():
            hidden_positions = set()
            for restriction in failed:
                page = restriction.page
                if page.pk in self.positions:
                    hidden_positions.add(self.positions[page.pk])
                elif page.numchild:  # a section above the tools: everything under it
                    hidden_positions.update(
                        i for i, path in enumerate(self.paths) if path.startswith(page.path)
                    )
            return self.everything & ~mask_of(hidden_positions, self.size)

        # Keyed by what fails, not by who asks: right even when a password restriction
        # makes the failures differ between two sessions of the same kind of visitor.
        key = (locale_id, frozenset(r.pk for r in failed))
        return snapshots.get(TOOLS, "tool-visibility", key, hidden)


def build_index(tool_model, locale_id):
    """Four queries: the tools, then their axes, audiences and tags."""

    tools = (
        tool_model.objects.live()
        .filter(locale_id=locale_id)
        .order_by("sort_title", "title", "pk")
        .values_list(
            "pk",
            "path",
            "translation_key",
            "sort_title",
            "summary",
            "tool_type_id",
            "material_languages",
            "year",
            "first_published_at",
        )
    )
    index = ToolIndex()
    by_value = {"type": {}, "lang": {}, "axis": {}, "audience": {}, "tag": {}}
    recent_keys = []
    for position, row in enumerate(tools):
        pk, path, key, sort_title, summary, type_id, languages, year, published = row
        index.ids.append(pk)
        index.positions[pk] = position
        index.keys[key] = position
        index.type_ids.append(type_id)
        index.audiences.append([])
        index.tags.append([])
        index.paths.append(path)
        index.sort_titles.append(sort_title)
        index.summaries.append((summary or "").casefold())
        index.axes.append([])
        by_value["type"].setdefault(type_id, []).append(position)
        by_value["lang"].setdefault(languages, []).append(position)
        # Most recent: by year, then by first publication, then newest page.
        recent_keys.append(
            (-(year or 0), -(published.timestamp() if published else 0), -pk, position)
        )
    index.recent = [key[-1] for key in sorted(recent_keys)]

    live_here = {"toolpage__live": True, "toolpage__locale_id": locale_id}
    links = [
        ("axis", tool_model.axes.through.objects.filter(**live_here), "toolpage_id", "axis_id"),
        (
            "audience",
            tool_model.audiences.through.objects.filter(**live_here),
            "toolpage_id",
            "audience_id",
        ),
        (
            "tag",
            tool_model.tags.through.objects.filter(
                content_object__live=True, content_object__locale_id=locale_id
            ),
            "content_object_id",
            "tag_id",
        ),
    ]
    # What each tool has, for its own page (no query for its classification there).
    per_tool = {"axis": index.axes, "audience": index.audiences, "tag": index.tags}
    for facet, rows, page_column, value_column in links:
        for pk, value in rows.values_list(page_column, value_column):
            position = index.positions.get(pk)
            if position is None:
                continue
            by_value[facet].setdefault(value, []).append(position)
            per_tool[facet][position].append(value)

    index.masks = {
        facet: {key: mask_of(positions, index.size) for key, positions in values.items()}
        for facet, values in by_value.items()
    }
    index.everything = (1 << index.size) - 1
    return index


def tool_index(tool_model, locale_id):
    """The live tools of a language as bit sets (`tool_model`: outils.ToolPage)."""
    return snapshots.get(TOOLS, "tool-index", locale_id, lambda: build_index(tool_model, locale_id))
