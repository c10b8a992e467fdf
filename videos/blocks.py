"""The video block usable in any StreamField body.

The editor pastes a YouTube or Vimeo address (or picks a video file); the site keeps
the provider and id only. Nothing is fetched from the provider when saving or
rendering: the player is inserted after the visitor clicks (see videos/static).
"""

import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from videos.providers import InvalidVideoURL, parse_video_url


class VideoBlockValue(blocks.StructValue):
    @property
    def parsed(self):
        url = self.get("video_url")
        if not url:
            return None
        try:
            return parse_video_url(url)
        except InvalidVideoURL:
            return None

    @property
    def player(self):
        from videos.players import Player

        parsed = self.parsed
        return Player(
            dom_id=f"video-block-{uuid.uuid4().hex[:8]}",
            title=self.get("title") or "",
            parsed=parsed,
            file=None if parsed else self.get("video_file"),
            captions=self.get("captions"),
            poster=self.get("poster"),
        )


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre de la vidéo"), max_length=200)
    video_url = blocks.CharBlock(
        label=_("adresse YouTube ou Vimeo"),
        required=False,
        max_length=500,
        help_text=_("Collez l’adresse de la vidéo (youtu.be, youtube.com, vimeo.com…)."),
    )
    video_file = DocumentChooserBlock(label=_("ou fichier vidéo"), required=False)
    captions = DocumentChooserBlock(label=_("sous-titres (WebVTT)"), required=False)
    poster = ImageChooserBlock(label=_("image d’aperçu"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("transcription"), required=False, features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "videos/blocks/video_block.html"
        value_class = VideoBlockValue
        preview_value = {
            "title": "L’usager partenaire de ses soins et services",
            "video_url": "https://youtu.be/dQw4w9WgXcQ",
        }

    def clean(self, value):
        value = super().clean(value)
        url = (value.get("video_url") or "").strip()
        if not url and not value.get("video_file"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "video_url": ValidationError(_("Indiquez une adresse de vidéo ou un fichier."))
                }
            )
        if url:
            try:
                parse_video_url(url)
            except InvalidVideoURL as error:
                raise blocks.StructBlockValidationError(
                    block_errors={"video_url": ValidationError(str(error))}
                )
        return value
