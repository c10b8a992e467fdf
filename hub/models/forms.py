"""The two request forms (« Devenir usager partenaire », « Demander un usager partenaire »)."""

from django import forms
from django.core import signing
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core import ratelimit, sites
from core.access import sync_staff_restriction
from core.blocks import RICH_TEXT_FEATURES
from core.forms import LINE_MAX, TEXT_MAX, limit_length
from core.models import ReviewDateMixin
from core.pages import BasePage
from hub.tasks import send_submission_email

HONEYPOT_FIELD = "site_web"
CONSENT_FIELD = "consentement"
# After a successful post the browser is sent to `<form>?envoye=<token>` (Post/Redirect/Get):
# the token, signed with the site's key, names the form and expires, so the thank-you page
# shows on that GET (and on a reload) without anything sent again or kept in a session.
THANKS_PARAMETER = "envoye"
THANKS_SALT = "hub.request-form.thanks"
THANKS_MAX_AGE = 3600


class RequestFormField(AbstractFormField):
    page = ParentalKey("RequestFormPage", on_delete=models.CASCADE, related_name="form_fields")


class RequestFormPage(BasePage, AbstractEmailForm):
    """A request form (« Devenir usager partenaire », « Demander un usager partenaire »).

    Submissions are stored (Wagtail's form submissions, exportable by editors). A consent
    checkbox and a honeypot are added to whatever fields editors define; each address
    may post only so many times per hour.
    """

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    privacy_notice = RichTextField(
        _("ce que nous conservons"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Quelles données, pourquoi, combien de temps, qui les consulte."),
    )
    retention_months = models.PositiveSmallIntegerField(
        _("durée de conservation (mois)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Les demandes plus anciennes sont supprimées par purge_form_submissions."),
    )
    consent_label = models.CharField(
        _("texte de la case de consentement"),
        max_length=400,
        default=(
            "J’accepte que le Bureau du partenariat conserve ces renseignements pour traiter "
            "ma demande, selon l’avis ci-dessus."
        ),
    )
    thank_you_text = RichTextField(
        _("message de remerciement"), features=RICH_TEXT_FEATURES, blank=True
    )
    staff_only = models.BooleanField(
        _("réservé au personnel"),
        default=False,
        help_text=_("Seul le personnel connecté voit et remplit ce formulaire."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("champs du formulaire")),
        MultiFieldPanel(
            [
                FieldPanel("privacy_notice"),
                FieldPanel("retention_months"),
                FieldPanel("consent_label"),
            ],
            heading=_("Consentement et conservation"),
        ),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Avis par courriel (facultatif)"),
        ),
    ]
    settings_panels = AbstractEmailForm.settings_panels + [
        FieldPanel("staff_only"),
        *ReviewDateMixin.review_panels,
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("introduction")]
    # The submissions' CSV/XLSX export neutralises formula cells (core.exports): set to
    # hub.views.SafeSubmissionsListView in HubConfig.ready (the admin's views load after
    # the models).
    submissions_list_view_class = None
    summary_fields = ("search_description", "introduction")

    parent_page_types = ["hub.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("formulaire de demande")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # Follow the published value: a draft revision saves only bookkeeping fields.
        if update_fields is None or "staff_only" in update_fields:
            sync_staff_restriction(self, self.staff_only)
        return result

    def get_form_class(self):
        base = super().get_form_class()
        consent_label = self.consent_label

        class RequestForm(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for field in self.fields.values():
                    if isinstance(field, forms.CharField):
                        # Every free-text answer has a limit; the text is kept when past it.
                        textarea = isinstance(field.widget, forms.Textarea)
                        limit_length(field, TEXT_MAX if textarea else LINE_MAX)
                    if field.required:
                        field.error_messages["required"] = _(
                            "Remplissez le champ « %(label)s »."
                        ) % {"label": field.label}
                self.fields[CONSENT_FIELD] = forms.BooleanField(
                    label=consent_label,
                    required=True,
                    error_messages={
                        "required": _("Cochez la case de consentement pour envoyer votre demande.")
                    },
                )
                # Invisible to people (hidden by CSS, out of the tab order); bots fill it.
                self.fields[HONEYPOT_FIELD] = forms.CharField(
                    label=_("Laissez ce champ vide"),
                    required=False,
                    max_length=LINE_MAX,
                    widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
                )

        return RequestForm

    def get_data_fields(self):
        return super().get_data_fields() + [(CONSENT_FIELD, _("Consentement"))]

    def process_form_submission(self, form):
        data = {k: v for k, v in form.cleaned_data.items() if k != HONEYPOT_FIELD}
        submission = self.get_submission_class().objects.create(form_data=data, page=self)
        if self.to_address:
            self.send_mail(form)
        return submission

    def send_mail(self, form):
        """The office's e-mail, as Wagtail writes it, sent by a background task."""
        addresses = [address.strip() for address in self.to_address.split(",")]
        send_submission_email.enqueue(
            str(self.subject), self.render_email(form), addresses, self.from_address
        )

    def render_email(self, form):
        lines = super().render_email(form).splitlines()
        return "\n".join(
            line for line in lines if not line.startswith(str(_("Laissez ce champ vide")))
        )

    @staticmethod
    def too_many_posts(request):
        """Count this address's posts in the cache; True past the limit (default 10/hour)."""
        return ratelimit.hit("request_form", ratelimit.client_address(request))

    def thanks_url(self, request):
        token = signing.dumps(self.pk, salt=THANKS_SALT)
        return f"{sites.page_url(self, request)}?{THANKS_PARAMETER}={token}"

    def thanks_token_is_valid(self, token):
        try:
            return signing.loads(token, salt=THANKS_SALT, max_age=THANKS_MAX_AGE) == self.pk
        except signing.BadSignature:  # altered, made up or expired
            return False

    def redirect_to_thanks(self, request):
        response = HttpResponseRedirect(self.thanks_url(request))
        response.status_code = 303  # See Other: the browser follows with a GET
        return response

    def serve_thanks(self, request, *args, **kwargs):
        response = self.render_landing_page(request, None, *args, **kwargs)
        # One visitor's confirmation: never stored by the page cache nor a proxy.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            token = request.GET.get(THANKS_PARAMETER)
            if token is not None and self.thanks_token_is_valid(token):
                return self.serve_thanks(request, *args, **kwargs)
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if self.too_many_posts(request):
            form.errors  # noqa: B018 (validate first so the error is added to a bound form)
            form.add_error(
                None,
                _(
                    "Trop de demandes ont été envoyées depuis votre adresse. "
                    "Réessayez dans une heure ou écrivez-nous."
                ),
            )
            status = 429
        elif form.is_valid():
            if form.cleaned_data.get(HONEYPOT_FIELD):
                # A bot: thank it and store nothing.
                return self.redirect_to_thanks(request)
            self.process_form_submission(form)
            return self.redirect_to_thanks(request)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
