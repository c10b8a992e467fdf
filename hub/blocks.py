"""Blocks that give the hub's pages their structure (policy, methodology, model, glossary).

Shared body blocks live in core.blocks; these are specific to the partnership hub.
"""

from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.access import page_is_restricted
from core.blocks import RICH_TEXT_FEATURES


def glossary_anchor(term):
    """The fragment a glossary entry is linked by (« #terme-usager-partenaire »)."""
    return "terme-" + (slugify(term) or "x")


AXIS_CHOICES = [
    ("care", _("L’usager partenaire de ses soins et services")),
    ("experience", _("L’usager témoin de son vécu")),
    ("improvement", _("L’usager collaborateur en amélioration")),
]


class SourceBlock(blocks.StructBlock):
    """One reason the policy exists: a ministry plan, a reference framework, a standard."""

    title = blocks.CharBlock(label=_("source"), max_length=250)
    issuer = blocks.CharBlock(label=_("organisme"), required=False, max_length=200)
    description = blocks.RichTextBlock(
        label=_("en quoi elle fonde la politique"), features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "doc-full"
        label = _("Source")
        template = "hub/blocks/source_block.html"
        preview_value = {
            "title": "Loi sur les services de santé et les services sociaux",
            "issuer": "Gouvernement du Québec",
            "description": "<p>Elle reconnaît le droit de l’usager de participer à toute décision "
            "le concernant.</p>",
        }


class ValueBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("valeur"), max_length=80)
    introduction = blocks.CharBlock(label=_("introduction"), required=False, max_length=250)
    principles = blocks.ListBlock(
        blocks.CharBlock(label=_("principe"), max_length=250), label=_("principes")
    )

    class Meta:
        icon = "pick"
        label = _("Valeur")
        template = "hub/blocks/value_block.html"
        preview_value = {
            "name": "Respect",
            "introduction": "Reconnaître le savoir expérientiel de chacun.",
            "principles": ["Écouter sans juger", "Valoriser la contribution de l’usager"],
        }


class PolicyAxisBlock(blocks.StructBlock):
    axis = blocks.ChoiceBlock(label=_("axe"), choices=AXIS_CHOICES)
    title = blocks.CharBlock(label=_("intitulé"), max_length=200)
    description = blocks.TextBlock(label=_("en quoi consiste-t-il"))

    class Meta:
        icon = "list-ul"
        label = _("Axe du partenariat")
        template = "hub/blocks/policy_axis_block.html"
        preview_value = {
            "axis": "care",
            "title": "L’usager partenaire de ses soins et services",
            "description": "L’usager prend part aux décisions qui concernent sa santé.",
        }


class ActorBlock(blocks.StructBlock):
    actor = blocks.CharBlock(label=_("acteur"), max_length=250)
    introduction = blocks.CharBlock(label=_("rôle général"), required=False, max_length=300)
    responsibilities = blocks.ListBlock(
        blocks.TextBlock(label=_("responsabilité")), label=_("responsabilités attendues")
    )

    class Meta:
        icon = "group"
        label = _("Acteur")
        template = "hub/blocks/actor_block.html"
        preview_value = {
            "actor": "Les gestionnaires",
            "introduction": "Ils soutiennent le partenariat dans leur direction.",
            "responsibilities": ["Prévoir le partenariat dès la planification d’un projet."],
        }


class BenefitBlock(blocks.StructBlock):
    trend = blocks.ChoiceBlock(
        label=_("effet"),
        choices=[("up", _("augmente")), ("down", _("diminue")), ("none", _("—"))],
        default="up",
    )
    text = blocks.CharBlock(label=_("bénéfice"), max_length=300)

    class Meta:
        icon = "success"
        label = _("Bénéfice")
        template = "hub/blocks/benefit_block.html"
        preview_value = {"trend": "up", "text": "La satisfaction des usagers et des équipes"}


class ListItemBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("texte"))

    class Meta:
        icon = "radio-full"
        label = _("Élément")
        template = "hub/blocks/list_item_block.html"
        preview_value = {"text": "Adopter la politique en comité de direction."}


class MethodStepBlock(blocks.StructBlock):
    """One step of « Impliquer un usager »: who, what to check, which tools help."""

    title = blocks.CharBlock(label=_("étape"), max_length=200)
    who = blocks.CharBlock(label=_("qui s’en charge"), max_length=250)
    description = blocks.RichTextBlock(label=_("description"), features=RICH_TEXT_FEATURES)
    checklist = blocks.ListBlock(
        blocks.CharBlock(label=_("point à vérifier"), max_length=300),
        label=_("liste de vérification"),
    )
    tools = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("outil")),
        label=_("outils utiles"),
        required=False,
        default=[],
    )

    class Meta:
        icon = "order"
        label = _("Étape de la démarche")
        template = "hub/blocks/method_step_block.html"
        preview_value = {
            "title": "Analyser le besoin",
            "who": "Le gestionnaire, avec le Bureau du partenariat",
            "description": "<p>Précisez le projet et ce que l’usager y apportera.</p>",
            "checklist": ["Le projet est-il au stade où l’usager peut influencer ?"],
        }

    def get_context(self, value, parent_context=None):
        """`step` as the methodology page passes it: its number and the tools to show.

        The page resolves the tools in the visitor's language and access; a lone block
        (a preview) shows only the chosen tools that are live and open to everyone.
        """
        context = super().get_context(value, parent_context=parent_context)
        public = [t for t in value.get("tools") or [] if t and t.live and not page_is_restricted(t)]
        context.setdefault("step", {"number": 1, "value": value, "tools": public})
        return context


class ModelComponentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("composante"), max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)
    aims = blocks.ListBlock(blocks.CharBlock(label=_("visée"), max_length=400), label=_("visées"))

    class Meta:
        icon = "cogs"
        label = _("Composante")
        template = "hub/blocks/model_component_block.html"
        preview_value = {
            "title": "Gouvernance",
            "description": "Des usagers siègent aux comités qui orientent les services.",
            "aims": ["Partager les décisions stratégiques avec les usagers."],
        }


class AxisExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("exemple"), max_length=200)
    text = blocks.TextBlock(label=_("description"))

    class Meta:
        icon = "tick"
        label = _("Exemple")
        template = "hub/blocks/axis_example_block.html"
        preview_value = {
            "title": "Comité des usagers",
            "text": "Des usagers partenaires commentent un nouveau dépliant avant sa diffusion.",
        }


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("terme"), max_length=120)
    other_language = blocks.CharBlock(
        label=_("équivalent dans l’autre langue"), required=False, max_length=120
    )
    definition = blocks.TextBlock(label=_("définition"))

    class Meta:
        icon = "doc-full"
        label = _("Terme")
        template = "hub/blocks/glossary_term_block.html"
        preview_value = {
            "term": "Usager partenaire",
            "other_language": "Partner user",
            "definition": "Personne qui met son savoir expérientiel au service de l’amélioration "
            "des soins et des services.",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["term"] = {**value, "anchor": glossary_anchor(value.get("term", ""))}
        context.setdefault("other_language_code", "en" if get_language() != "en" else "fr")
        return context
