import re

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


_EXTENSION = re.compile(r"\b(?:poste|p\.|ext\.?|extension)\s*", re.IGNORECASE)


@register.filter
def tel_href(phone):
    """« 418 663-5354, poste 11 044 » → ``tel:+14186635354;ext=11044`` (RFC 3966).

    North American numbers of ten digits get +1; anything else keeps its own digits.
    """
    parts = _EXTENSION.split(str(phone or ""), maxsplit=1)
    number = "".join(char for char in parts[0] if char.isdigit() or char == "+")
    digits = number.lstrip("+")
    if not number.startswith("+"):
        if len(digits) == 10:
            number = f"+1{digits}"
        elif len(digits) == 11 and digits.startswith("1"):
            number = f"+{digits}"
    extension = "".join(char for char in parts[1] if char.isdigit()) if len(parts) > 1 else ""
    return f"tel:{number};ext={extension}" if extension else f"tel:{number}"
