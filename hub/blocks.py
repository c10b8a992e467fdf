"""Blocks that give the hub's pages their structure (policy, methodology, model, glossary).

Shared body blocks live in core.blocks; these are specific to the partnership hub.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import RICH_TEXT_FEATURES

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


class PolicyAxisBlock(blocks.StructBlock):
    axis = blocks.ChoiceBlock(label=_("axe"), choices=AXIS_CHOICES)
    title = blocks.CharBlock(label=_("intitulé"), max_length=200)
    description = blocks.TextBlock(label=_("en quoi consiste-t-il"))

    class Meta:
        icon = "list-ul"
        label = _("Axe du partenariat")
        template = "hub/blocks/policy_axis_block.html"


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


class ListItemBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("texte"))

    class Meta:
        icon = "radio-full"
        label = _("Élément")
        template = "hub/blocks/list_item_block.html"


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


class ModelComponentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("composante"), max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)
    aims = blocks.ListBlock(blocks.CharBlock(label=_("visée"), max_length=400), label=_("visées"))

    class Meta:
        icon = "cogs"
        label = _("Composante")
        template = "hub/blocks/model_component_block.html"


class AxisExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("exemple"), max_length=200)
    text = blocks.TextBlock(label=_("description"))

    class Meta:
        icon = "tick"
        label = _("Exemple")
        template = "hub/blocks/axis_example_block.html"


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("terme"), max_length=120)
    other_language = blocks.CharBlock(
        label=_("équivalent dans l’autre langue"), required=False, max_length=120
    )
    definition = blocks.TextBlock(label=_("définition"))

    class Meta:
        icon = "doc-full"
        label = _("Terme")
