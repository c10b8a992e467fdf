"""The one blocks module every page type uses (tool bodies, hub pages, trainings).

Every StructBlock has a template, an icon, a translated label and a preview value.
The video block is here too: any body can show a video, loaded only after a click
(core/video_providers.py parses the address, core/video_players.py the player).
"""

import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from core.video_players import Player
from core.video_providers import InvalidVideoURL, parse_video_url

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("titre"), max_length=160)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "blocks/heading_block.html"
        preview_value = {"heading": "Pourquoi impliquer un usager ?", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("citation"))
    attribution = blocks.CharBlock(label=_("source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Le partenariat, c’est d’abord une façon d’agir.",
            "attribution": "Politique de partenariat",
        }


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("texte"), max_length=200)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("ou adresse externe"), required=False)
    label = blocks.CharBlock(label=_("libellé du bouton"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("Appel à l’action")
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "text": "Vous souhaitez contribuer à améliorer nos services ?",
            "label": "Devenir usager partenaire",
            "url": "https://example.org/",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choisissez une page ou une adresse."))}
            )
        return value


def _figure_from_legacy(value):
    """Figures saved before Wagtail's ImageBlock held the alt text beside the image."""
    if isinstance(value, dict) and "alt_text" in value and not isinstance(value.get("image"), dict):
        return {
            "image": {
                "image": value.get("image"),
                "alt_text": value["alt_text"],
                "decorative": False,
            },
            "caption": value.get("caption", ""),
        }
    return value


class FigureBlock(blocks.StructBlock):
    """An image with its caption: Wagtail's ImageBlock asks for the alt text or « décorative »."""

    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("légende"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        preview_value = {"caption": "Une équipe et une usagère partenaire autour d’une table"}

    def to_python(self, value):
        return super().to_python(_figure_from_legacy(value))

    def bulk_to_python(self, values):
        return super().bulk_to_python([_figure_from_legacy(v) for v in values])


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("titre"), required=False, max_length=160)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("document")), label=_("documents"))

    class Meta:
        icon = "doc-full"
        label = _("Liste de documents")
        template = "blocks/document_list_block.html"
        preview_value = {"heading": "À télécharger", "documents": []}


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), max_length=200)
    content = blocks.RichTextBlock(label=_("contenu"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ul"
        label = _("Volet")
        template = "blocks/accordion_item_block.html"
        preview_value = {
            "title": "Qu’est-ce qu’un usager partenaire ?",
            "content": "<p>Une personne qui met son savoir expérientiel au service de "
            "l’amélioration des soins.</p>",
        }


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("titre"), required=False, max_length=160)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("volets"))

    class Meta:
        icon = "collapse-down"
        label = _("Accordéon")
        template = "blocks/accordion_block.html"
        preview_value = {
            "heading": "Questions fréquentes",
            "items": [
                {
                    "title": "Qu’est-ce qu’un usager partenaire ?",
                    "content": "<p>Une personne qui met son savoir expérientiel au service "
                    "de l’amélioration des soins.</p>",
                }
            ],
        }


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        label=_("style"),
        choices=[("info", _("Information")), ("warning", _("Attention"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("titre"), required=False, max_length=160)
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Encadré")
        template = "blocks/callout_block.html"
        preview_value = {
            "style": "info",
            "title": "À retenir",
            "text": "<p>Impliquez l’usager dès l’analyse du besoin.</p>",
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("étape"), max_length=200)
    text = blocks.RichTextBlock(label=_("description"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "order"
        label = _("Étape")
        template = "blocks/step_block.html"
        preview_value = {"title": "Analyser le besoin", "text": "<p>Précisez le projet.</p>"}


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("titre"), required=False, max_length=160)
    steps = blocks.ListBlock(StepBlock(), label=_("étapes"))

    class Meta:
        icon = "list-ol"
        label = _("Étapes ordonnées")
        template = "blocks/steps_block.html"
        preview_value = {
            "heading": "Comment procéder",
            "steps": [
                {"title": "Analyser le besoin", "text": "<p>Précisez le projet.</p>"},
                {"title": "Planifier le recrutement", "text": "<p>Décrivez le profil.</p>"},
            ],
        }


# --- Video: click-to-load, no request to the provider before the visitor asks ----------


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
        template = "blocks/video_block.html"
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


class BaseStreamBlock(blocks.StreamBlock):
    """The body every page type shares."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Texte"),
        icon="pilcrow",
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    image = FigureBlock()
    documents = DocumentListBlock()
    accordion = AccordionBlock()
    callout = CalloutBlock()
    steps = StepsBlock()
    video = VideoBlock()
