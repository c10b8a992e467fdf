"""What a tool's own page shows beside its text: its classification and related tools.

Both come from the tool bank's facet index and vocabulary (snapshots), so a tool page
costs a fixed, small number of queries whatever the number of tools: one for the
editor's chosen related tools, one for the related cards. A preview shows the draft's
own classification, read from the page itself, since the index holds live tools only.
"""

from dataclasses import dataclass

from core import sites
from core.access import visible_pages
from outils.facet_index import SetBits, mask_of, positions_of, tool_index
from outils.listing import load_vocabulary

RELATED_LIMIT = 4


@dataclass
class Term:
    code: str
    label: str


@dataclass
class Classification:
    type_label: str
    axes: list
    audiences: list
    tags: list


@dataclass
class RelatedTool:
    title: str
    url: str
    staff_only: bool


def _terms(kind, ids, vocabulary):
    order = {term["pk"]: i for i, term in enumerate(vocabulary[kind])}
    by_pk = {term["pk"]: term for term in vocabulary[kind]}
    chosen = sorted((pk for pk in ids if pk in by_pk), key=order.get)
    return [Term(by_pk[pk]["code"], by_pk[pk]["label"]) for pk in chosen]


def classification(page, request):
    """The tool's type, axes, audiences and tags, labelled in the active language."""
    vocabulary = load_vocabulary()
    index = (
        None if getattr(request, "is_preview", False) else tool_index(type(page), page.locale_id)
    )
    position = index.positions.get(page.pk) if index is not None else None
    if position is not None:
        type_id = index.type_ids[position]
        axes, audiences, tags = (
            index.axes[position],
            index.audiences[position],
            index.tags[position],
        )
    else:
        type_id = page.tool_type_id
        axes = [axis.pk for axis in page.axes.all()]
        audiences = [audience.pk for audience in page.audiences.all()]
        tags = [tag.pk for tag in page.tags.all()]
    types = {term["pk"]: term["label"] for term in vocabulary["type"]}
    return Classification(
        type_label=types.get(type_id, ""),
        axes=_terms("axis", axes, vocabulary),
        audiences=_terms("audience", audiences, vocabulary),
        # Keywords in the editor's order would need the tag links: alphabetical reads well.
        tags=sorted(_terms("tag", tags, vocabulary), key=lambda t: t.label.casefold()),
    )


def related_tools(page, request, index_page):
    """The editor's choices first, then tools sharing the most tags, then the same axes.

    At most four, only tools this visitor may see, in the page's language. Computed on
    the facet index: two queries at most (the chosen links, the cards).
    """
    tool_model = type(page)
    index = tool_index(tool_model, page.locale_id)
    allowed = index.visible_mask(request, page.locale_id)
    own = index.positions.get(page.pk)
    if own is not None:
        allowed &= ~(1 << own)

    # The chosen tools, mapped to this language by translation key (a link may still point
    # at the French tool from an English page).
    chosen_ids = [link.tool_id for link in page.related_tool_links.all() if link.tool_id]
    foreign = [pk for pk in chosen_ids if pk not in index.positions]
    keys = {}
    if foreign:
        keys = dict(tool_model.objects.filter(pk__in=foreign).values_list("pk", "translation_key"))
    chosen = []
    for pk in chosen_ids:
        position = index.positions.get(pk)
        if position is None:
            position = index.keys.get(keys.get(pk))
        if position is not None and allowed >> position & 1 and position not in chosen:
            chosen.append(position)
    found = chosen[:RELATED_LIMIT]
    allowed &= ~mask_of(found, index.size)

    if own is not None:
        own_tags, own_axes = index.tags[own], index.axes[own]
    else:  # a preview, or a tool not live yet
        own_tags = [tag.pk for tag in page.tags.all()]
        own_axes = [axis.pk for axis in page.axes.all()]
    if len(found) < RELATED_LIMIT and own_tags:
        scores = {}
        for tag_id in own_tags:
            for position in positions_of(index.value_mask("tag", tag_id) & allowed):
                scores[position] = scores.get(position, 0) + 1
        # Most shared tags first, then in title order (the index's order).
        best = sorted(scores, key=lambda p: (-scores[p], p))[: RELATED_LIMIT - len(found)]
        found += best
        allowed &= ~mask_of(best, index.size)
    if len(found) < RELATED_LIMIT and own_axes:
        same_axes = 0
        for axis_id in own_axes:
            same_axes |= index.value_mask("axis", axis_id)
        found += SetBits(same_axes & allowed)[: RELATED_LIMIT - len(found)]
    return _cards(tool_model, index, found, request, index_page)


def _cards(tool_model, index, positions, request, index_page):
    if not positions:
        return []
    ids = [index.ids[p] for p in positions]
    rows = visible_pages(tool_model.objects.live().filter(pk__in=ids), request).values_list(
        "pk", "title", "slug", "staff_only"
    )
    by_id = {row[0]: row for row in rows}
    # Tools are children of the tool bank: their URL is the index's plus their slug.
    index_url = sites.page_url(index_page, request)
    return [
        RelatedTool(title=by_id[pk][1], url=f"{index_url}{by_id[pk][2]}/", staff_only=by_id[pk][3])
        for pk in ids
        if pk in by_id
    ]
