from django import template
from django.utils.translation import get_language

register = template.Library()

UNITS_FR = ("o", "Ko", "Mo", "Go")
UNITS_EN = ("B", "KB", "MB", "GB")


def human_size(size, language=None):
    """240 123 → « 240 Ko » in French, "240 KB" in English (1 Ko = 1024 octets)."""
    units = UNITS_EN if (language or get_language()) == "en" else UNITS_FR
    value = float(size or 0)
    unit = 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    if unit == 0 or value >= 10:
        number = f"{value:.0f}"
    else:
        number = f"{value:.1f}"
        if (language or get_language()) != "en":
            number = number.replace(".", ",")
    return f"{number}\u00a0{units[unit]}"


@register.filter
def document_format(document):
    """« PDF, 240 Ko »: the format and size shown next to every download."""
    try:
        size = document.file_size or document.file.size
    except (OSError, ValueError):
        size = None
    extension = (document.file_extension or "").upper()
    if size is None:
        return extension
    return f"{extension}, {human_size(size)}"
