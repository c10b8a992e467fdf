"""Forget searches: the one place both the purge command and the admin's purge screen use."""

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import SearchQueryStat


def forget_searches_before(moment):
    """Delete the searches last seen before ``moment`` (an aware datetime); return how many.

    Our counters (``SearchQueryStat``) go by their last search; Wagtail's own counters by
    their day: daily hits before that day, then the queries left without hits or
    promotions (promoted results stay).
    """
    deleted, _ = SearchQueryStat.objects.filter(last_seen__lt=moment).delete()
    QueryDailyHits.objects.filter(date__lt=timezone.localdate(moment)).delete()
    Query.garbage_collect()
    return deleted
