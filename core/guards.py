"""One guard in front of every view: input the database cannot take never reaches it.

PostgreSQL refuses a string holding a NUL character (« A string literal cannot contain
NUL ») and an integer beyond 64 bits (« bigint out of range »); both surface as a 500
wherever a view passes a parameter on (Wagtail's API `?search=%00`, `?offset=1e20`).
Rather than a patch per view, this middleware answers **400** to any request whose
path, query string or form values hold a NUL character, whose path segments or
query values are integers outside the signed 64-bit range, or whose body is larger
than the site accepts. Pages get a short French (or English) page, the API JSON.

Public (non-admin) request bodies are capped at `settings.PUBLIC_REQUEST_MAX_BYTES`
(the forms' fields have their own length limits, well inside it); the admin keeps
Django's `DATA_UPLOAD_MAX_MEMORY_SIZE`.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def has_nul(value):
    return "\x00" in value


def out_of_range_integer(value):
    """True for a whole number that no bigint column can hold, as Python's int() reads it.

    int() accepts spaces around, a sign, « _ » between digits and any Unicode decimal digit
    (« ９ »): so does this check, since views parse parameters with int().
    """
    digits = value.strip().replace("_", "").lstrip("+-")
    if len(digits) < 19 or not digits.isdecimal():
        return False
    if len(digits) > 4000:  # beyond what int() converts at all
        return True
    try:
        number = int(value)
    except ValueError:
        return False
    return not INT64_MIN <= number <= INT64_MAX


def bad_value(value):
    return has_nul(value) or out_of_range_integer(value)


def _query_problem(querydict):
    for key, values in querydict.lists():
        if has_nul(key):
            return "nul"
        for value in values:
            if has_nul(value):
                return "nul"
            if out_of_range_integer(value):
                return "integer"
    return None


def find_problem(request):
    """None, or why the request is refused: "nul", "integer" or "too_big"."""
    path = request.path_info
    if has_nul(path):
        return "nul"
    if any(out_of_range_integer(segment) for segment in path.split("/")):
        return "integer"
    problem = _query_problem(request.GET)
    if problem:
        return problem
    if request.method not in ("POST", "PUT", "PATCH"):
        return None
    if not request.path_info.startswith(ADMIN_PREFIXES):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.PUBLIC_REQUEST_MAX_BYTES:
            return "too_big"
    if request.content_type not in FORM_CONTENT_TYPES:
        return None
    try:
        form = request.POST
    except RequestDataTooBig:
        return "too_big"
    except SuspiciousOperation:
        return "malformed"
    for key, values in form.lists():
        if has_nul(key) or any(has_nul(value) for value in values):
            return "nul"
    return None


def _messages():
    return {
        "nul": _(
            "La requête contient un caractère nul (code 0), que le site ne peut pas traiter. "
            "Retirez-le et réessayez."
        ),
        "integer": _(
            "La requête contient un nombre trop grand pour être traité. "
            "Vérifiez l’adresse ou la valeur saisie."
        ),
        "too_big": _(
            "Les données envoyées sont trop volumineuses. Raccourcissez votre texte et réessayez."
        ),
        "malformed": _("Les données envoyées sont mal formées. Réessayez à partir du formulaire."),
    }


def _is_api(request):
    return request.path_info.startswith("/api/")


def bad_request(request, problem):
    """The 400 (413 for a body too large): JSON on the API, a short page elsewhere."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    status = 413 if problem == "too_big" else 400
    with translation.override(language):
        message = _messages()[problem]
        if _is_api(request):
            return JsonResponse({"message": message}, status=status)
        body = loader.get_template("400.html").render(
            {"LANGUAGE_CODE": language, "message": message}
        )
    return HttpResponse(body, status=status)


class BadInputGuardMiddleware:
    """Refuse NUL characters, out-of-range integers and oversized bodies before any view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problem = find_problem(request)
        if problem:
            return bad_request(request, problem)
        return self.get_response(request)
