"""The office's forms: change a request's status, close it with its outcome and tools."""

from django import forms
from django.forms import formset_factory
from django.utils.translation import gettext_lazy as _

from hub.models import ProjectIndexPage, ProjectPage
from outils.models import ToolPage

from .models import Helped, RequestStatus


class StatusChangeForm(forms.Form):
    status = forms.ChoiceField(label=_("Nouveau statut"))
    reason = forms.CharField(
        label=_("Motif"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Obligatoire pour refuser ou annuler : il est envoyé au demandeur."),
    )

    def __init__(self, *args, partnership_request, **kwargs):
        super().__init__(*args, **kwargs)
        self.partnership_request = partnership_request
        self.fields["status"].choices = [
            (status.value, status.label) for status in partnership_request.allowed_statuses()
        ]


class CloseForm(forms.Form):
    outcome = forms.CharField(
        label=_("Ce que ça a changé"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Décisions prises, outils modifiés, pratiques changées grâce aux usagers."),
    )
    project_page = forms.ModelChoiceField(
        label=_("Page du projet dans le carrefour"),
        queryset=ProjectPage.objects.none(),
        required=False,
        help_text=_("Ses indicateurs seront calculés à partir de cette demande."),
    )

    create_project_page = forms.BooleanField(
        label=_("Créer la page du projet (brouillon à relire)"),
        required=False,
        help_text=_(
            "Un brouillon dans l’index des projets, nommé d’après la demande : l’équipe "
            "éditoriale le relit et le publie. Rien de personnel n’y est copié."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project_page"].queryset = ProjectPage.objects.filter(
            locale__language_code="fr"
        ).order_by("title")

    def clean(self):
        data = super().clean()
        if data.get("create_project_page"):
            if data.get("project_page"):
                raise forms.ValidationError(
                    _("Choisissez une page de projet existante ou créez-en une, pas les deux.")
                )
            index = ProjectIndexPage.objects.filter(locale__language_code="fr").first()
            if index is None:
                raise forms.ValidationError(
                    _("Le carrefour n’a pas d’index des projets où créer la page.")
                )
            data["project_index"] = index
        return data


class ToolUseForm(forms.Form):
    tool = forms.ModelChoiceField(
        label=_("Outil de la banque"), queryset=ToolPage.objects.none(), required=False
    )
    helped = forms.ChoiceField(
        label=_("A aidé ?"), choices=[("", "—"), *Helped.choices], required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tool"].queryset = ToolPage.objects.filter(locale__language_code="fr").order_by(
            "title"
        )

    def clean(self):
        data = super().clean()
        if data.get("tool") and not data.get("helped"):
            self.add_error("helped", _("Dites si l’outil a aidé."))
        return data


ToolUseFormSet = formset_factory(ToolUseForm, extra=3, max_num=20)


def closable(partnership_request):
    return RequestStatus.DONE in partnership_request.allowed_statuses()
