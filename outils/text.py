"""Text helpers of the tool bank that the listing and the models share."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

LANG_FR = "fr"
LANG_EN = "en"


def language_badge(material_languages):
    """« French only » on the English site, « En anglais seulement » on the French one."""
    if get_language() == LANG_EN and material_languages == LANG_FR:
        return _("Matériel en français seulement")
    if get_language() != LANG_EN and material_languages == LANG_EN:
        return _("Matériel en anglais seulement")
    return None
