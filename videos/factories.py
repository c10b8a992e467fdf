"""Factories for the video gallery and its videos (no request to a provider: ids only)."""

import factory

from core.factories import LivePageFactory
from videos.models import VideoIndexPage, VideoPage

__all__ = ["VideoIndexPageFactory", "VideoPageFactory"]


class VideoIndexPageFactory(LivePageFactory):
    title = "Vidéos"
    slug = "videos"

    class Meta:
        model = VideoIndexPage


class VideoPageFactory(LivePageFactory):
    title = factory.Sequence(lambda n: f"Vidéo {n:03d}")
    video_url = "https://youtu.be/onMCM7J5NR4"

    class Meta:
        model = VideoPage
