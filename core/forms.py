"""Length limits of the public forms' free-text fields, with a message that keeps the text.

Every free-text field a visitor fills (request forms, « utile ? ») has a maximum length
(`LINE_MAX` for one line, `TEXT_MAX` for a text area) checked on the server. The
browser's `maxlength` is not set on text areas: it would cut a pasted text silently;
the form comes back instead with the text as typed and a message saying by how much
it is too long.
"""

from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

LINE_MAX = 255
TEXT_MAX = 4000


def too_long_message():
    return _(
        "Ce texte compte %(show_value)s caractères, pour un maximum de %(limit_value)s. "
        "Raccourcissez-le : il est conservé ci-dessous."
    )


def limit_length(field, limit):
    """Give a form field a maximum length (a CharField or one of its subclasses)."""
    if field.max_length is not None and field.max_length <= limit:
        limit = field.max_length
    field.max_length = limit
    field.validators = [
        validator for validator in field.validators if not isinstance(validator, MaxLengthValidator)
    ] + [MaxLengthValidator(limit, message=too_long_message())]
    field.widget.attrs.pop("maxlength", None)
    return field
