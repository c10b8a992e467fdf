from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import sites
from home.models import HOME_SECTIONS_HOOK
from nouveautes.sources import WHATS_NEW_HOOK, Source
from videos.models import VideoIndexPage, VideoPage

HOME_VIDEO_COUNT = 3


@hooks.register(HOME_SECTIONS_HOOK)
def videos_home_section(request, home_page):
    """A few videos of the visitor's language on the home page (order 45)."""
    index = sites.section_page(request, home_page, VideoIndexPage)
    if index is None:
        return None
    videos = list(
        index.videos(request)
        .defer_streamfields()
        .order_by("-first_published_at", "pk")[:HOME_VIDEO_COUNT]
    )
    if not videos:
        return None
    return {"template": "videos/home_section.html", "order": 45, "index": index, "videos": videos}


@hooks.register(WHATS_NEW_HOOK)
def whats_new_videos():
    """Videos in « Quoi de neuf »: new or published again."""
    return Source(VideoPage, _("Vidéo"))
