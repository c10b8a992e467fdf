"""Blocks of a training module: agenda activities, exercises, materials, linked pages.

Facilitator notes live inside each activity but are trainer-only: their block never
gives searchable content, the API exposes a public agenda without them, and the
templates render them only when the view says the visitor is a trainer.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

ACTIVITY_KINDS = [
    ("presentation", _("Présentation")),
    ("video", _("Vidéo")),
    ("discussion", _("Discussion")),
    ("exercise", _("Exercice")),
    ("break", _("Pause")),
]
MATERIAL_KINDS = [
    ("handout", _("Document à remettre")),
    ("slides", _("Présentation (diapositives)")),
    ("other", _("Autre matériel")),
]
NOTE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


@dataclass
class Activity:
    """An activity as the module page and the guide show it (times when a start is given)."""

    number: int
    title: str
    minutes: int
    kind: str
    kind_label: str
    description: object
    linked_page: object
    notes: object  # None unless the visitor is a trainer
    starts_at: str = ""
    ends_at: str = ""


class FacilitatorNotesBlock(blocks.RichTextBlock):
    """Rich text for trainers only: never indexed by the site search."""

    def get_searchable_content(self, value):
        return []


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), max_length=200)
    duration = blocks.IntegerBlock(label=_("durée (minutes)"), min_value=0, max_value=480)
    kind = blocks.ChoiceBlock(label=_("type d’activité"), choices=ACTIVITY_KINDS)
    description = blocks.RichTextBlock(
        label=_("description"), required=False, features=NOTE_FEATURES
    )
    linked_page = blocks.PageChooserBlock(
        label=_("vidéo ou outil lié"),
        required=False,
        help_text=_(
            "Une page vidéo ou une fiche de la banque d’outils utilisée pendant l’activité."
        ),
    )
    facilitator_notes = FacilitatorNotesBlock(
        label=_("notes pour l’animation (formateurs seulement)"),
        required=False,
        features=NOTE_FEATURES,
        help_text=_(
            "Visibles seulement des formateurs (groupe Formateurs) et de l’équipe éditoriale, "
            "dans le guide d’animation et la trousse."
        ),
    )

    class Meta:
        icon = "time"
        label = _("Activité")
        template = "formations/blocks/activity_block.html"
        preview_value = {
            "title": "Tour de table : ce que l’usager partenaire apporte",
            "duration": 15,
            "kind": "discussion",
            "description": "<p>Chaque gestionnaire nomme un projet où un usager aurait aidé.</p>",
            "facilitator_notes": "<p>Relancez avec un exemple tiré de la politique.</p>",
        }

    def get_context(self, value, parent_context=None):
        """The same `activity` the module page passes; notes only for a trainer's view."""
        context = super().get_context(value, parent_context=parent_context)
        show_notes = bool((parent_context or {}).get("is_trainer"))
        context["activity"] = Activity(
            number=1,
            title=value.get("title", ""),
            minutes=int(value.get("duration") or 0),
            kind=value.get("kind", ""),
            kind_label=dict(ACTIVITY_KINDS).get(value.get("kind"), ""),
            description=value.get("description"),
            linked_page=value.get("linked_page"),
            notes=value.get("facilitator_notes") if show_notes else None,
        )
        return context


class ExerciseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), max_length=200)
    instructions = blocks.RichTextBlock(
        label=_("consignes"), required=False, features=NOTE_FEATURES
    )
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("question"), max_length=500), label=_("questions")
    )

    class Meta:
        icon = "help"
        label = _("Exercice")
        template = "formations/blocks/exercise_block.html"
        preview_value = {
            "title": "Cas pratique : planifier l’intégration d’un usager",
            "instructions": "<p>En équipe de trois, lisez le cas puis répondez.</p>",
            "questions": [
                "À quelle étape du projet l’usager devrait-il se joindre ?",
                "Qui l’accueille et l’accompagne ?",
            ],
        }


class MaterialBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("type"), choices=MATERIAL_KINDS, default="handout")
    document = DocumentChooserBlock(label=_("document"))

    class Meta:
        icon = "doc-full"
        label = _("Matériel")
        template = "formations/blocks/material_block.html"
        preview_value = {"kind": "handout"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["kind_label"] = dict(MATERIAL_KINDS).get(value.get("kind"), "")
        return context


class LinkedPagesBlock(blocks.StreamBlock):
    tool = blocks.PageChooserBlock(label=_("Outil"), icon="doc-full-inverse")
    video = blocks.PageChooserBlock(label=_("Vidéo"), icon="media", page_type="videos.VideoPage")
