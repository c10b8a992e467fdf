"""« Cet outil vous a-t-il été utile ? »: one answer per visitor and tool, no personal data.

The visitor's answers are remembered in a signed cookie holding tool ids only (no
session, no account); the IP address is used only, hashed, as a short-lived rate
limit key in the cache and never stored.
"""

from django import forms
from django.core import signing
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _

from core import ratelimit
from core.forms import limit_length

COOKIE_NAME = "outils_avis"
COOKIE_SALT = "outils.feedback"
COOKIE_MAX_AGE = 365 * 24 * 3600
COMMENT_MAX = 1000


class FeedbackForm(forms.Form):
    useful = forms.TypedChoiceField(
        label=_("Cet outil vous a-t-il été utile ?"),
        choices=[("yes", _("Oui")), ("no", _("Non"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choisissez « Oui » ou « Non ».")},
    )
    comment = forms.CharField(
        label=_("Commentaire (facultatif)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("N’inscrivez aucun renseignement personnel (nom, courriel, dossier)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Past the limit the form comes back with the comment as typed (no silent cut).
        limit_length(self.fields["comment"], COMMENT_MAX)


def answered_ids(request):
    try:
        value = signing.loads(
            request.COOKIES.get(COOKIE_NAME, ""), salt=COOKIE_SALT, max_age=COOKIE_MAX_AGE
        )
    except signing.BadSignature:
        return []
    return [i for i in value if isinstance(i, int)] if isinstance(value, list) else []


def already_answered(request, tool):
    return tool.pk in answered_ids(request)


def rate_limited(request):
    return ratelimit.is_limited("feedback", ratelimit.client_address(request))


def _count_answer(request):
    ratelimit.hit("feedback", ratelimit.client_address(request))


def handle_feedback(request, tool):
    """A redirect back to the tool, or the bound form with its errors (and, past the rate
    limit, `status_code` 429)."""
    back = HttpResponseRedirect(tool.get_url(request) + "#avis")
    if already_answered(request, tool):
        return back  # the page says « Merci, votre réponse a été reçue. » (no second thanks)
    form = FeedbackForm(request.POST)
    if rate_limited(request):
        # 429 on the page itself, the answer and the comment kept for later.
        form.is_valid()
        form.add_error(
            None,
            _(
                "Trop de réponses envoyées depuis votre connexion. Réessayez dans une heure : "
                "votre réponse est conservée ci-dessous."
            ),
        )
        form.status_code = 429
        return form
    if not form.is_valid():
        return form
    tool.feedback.create(
        useful=form.cleaned_data["useful"],
        comment=form.cleaned_data["comment"].strip(),
    )
    _count_answer(request)
    # No flash message: the page's own « Merci » line (shown to whoever has answered) says it.
    ids = [*answered_ids(request), tool.pk][-200:]
    back.set_cookie(
        COOKIE_NAME,
        signing.dumps(ids, salt=COOKIE_SALT),
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return back
