"""What every hub page shares: core's index-page base (introduction, review date, summary)."""

from core.pages import INTRO_FEATURES, BaseIndexPage

__all__ = ["INTRO_FEATURES", "HubBasePage"]


class HubBasePage(BaseIndexPage):
    """A hub section or article: an introduction, the review date, the hub CSS."""

    class Meta:
        abstract = True
