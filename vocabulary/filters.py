"""Filtering listings by the vocabulary (?axis=…&audience=…), shared by every gallery and catalogue.

OR within a facet, AND across facets, unknown codes ignored: the same rules as the tool bank.
"""

from vocabulary.models import Audience, Axis

MAX_FILTER_VALUES = 20


def selected_codes(request, name, allowed):
    """The known codes among a GET parameter's values; anything else is ignored."""
    values = request.GET.getlist(name)[:MAX_FILTER_VALUES]
    return sorted({v for v in values if isinstance(v, str) and v in allowed})


def classification_filters(request):
    """(axes, audiences, chosen axis codes, chosen audience codes) for a filter form."""
    axes = list(Axis.objects.all())
    audiences = list(Audience.objects.all())
    chosen_axes = selected_codes(request, "axis", {a.code for a in axes})
    chosen_audiences = selected_codes(request, "audience", {a.code for a in audiences})
    return axes, audiences, chosen_axes, chosen_audiences


def apply_classification(queryset, chosen_axes, chosen_audiences):
    if chosen_axes:
        queryset = queryset.filter(axes__code__in=chosen_axes)
    if chosen_audiences:
        queryset = queryset.filter(audiences__code__in=chosen_audiences)
    if chosen_axes or chosen_audiences:
        queryset = queryset.distinct()
    return queryset
