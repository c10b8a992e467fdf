"""The vocabulary's filters (?axis=…&audience=…), shared by the galleries, catalogues and hub.

Filters in the sense of core.filters: OR within a filter, AND across filters, unknown
codes ignored, counts with every other filter applied — the same rules as the tool bank.
Labels are read in the active language when the filter is built.
"""

from django.utils.translation import gettext_lazy as _

from core.filters import Filter
from vocabulary.models import Audience, Axis


def axis_filter(legend=None):
    return Filter(
        "axis",
        legend or _("Axe du partenariat"),
        [(axis.code, axis.label) for axis in Axis.objects.all()],
        lookup="axes__code",
    )


def audience_filter(legend=None):
    return Filter(
        "audience",
        legend or _("Public"),
        [(audience.code, audience.label) for audience in Audience.objects.all()],
        lookup="audiences__code",
    )


def classification_filters():
    """The axis and audience filters every classified listing offers."""
    return [axis_filter(), audience_filter()]
