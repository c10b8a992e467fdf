"""What every hub page shares."""

from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.models import ReviewDateMixin

INTRO_FEATURES = ["bold", "italic", "link"]
MAX_FILTER_VALUES = 10


class HubBasePage(ReviewDateMixin, Page):
    """What every hub page shares: an introduction, the review date, the hub CSS."""

    introduction = RichTextField(_("introduction"), features=INTRO_FEATURES, blank=True)

    search_fields = Page.search_fields + [index.SearchField("introduction")]
    settings_panels = Page.settings_panels + ReviewDateMixin.review_panels

    class Meta:
        abstract = True
