"""The office's admin views beyond listing and editing: status, matching, closing,
dashboard, recognition. Each checks membership of the office (engagement.access) first:
anyone else gets a 403, whatever permissions they hold.
"""

import csv
import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from core.exports import safe_cell

from . import dashboard, intake, matching, recognition
from .access import is_office_member
from .closing import draft_project_page
from .emails import notify_requester, status_url
from .forms import CloseForm, StatusChangeForm, ToolUseFormSet, closable
from .models import (
    Assignment,
    PartnershipRequest,
    PartnerStatus,
    PartnerUser,
    RequestStatus,
    ToolUse,
)


class OfficeRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_office_member(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def csv_response(filename, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # Excel reads the accents
    writer = csv.writer(response)
    for row in rows:
        writer.writerow([safe_cell(cell) if isinstance(cell, str) else cell for cell in row])
    return response


class RequestActionView(OfficeRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """A view on one request, with its breadcrumbs back to the listing and the edit form."""

    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not is_office_member(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(PartnershipRequest, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    @property
    def edit_url(self):
        return reverse("engagement_requests:edit", args=[self.object.pk])

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Accueil")},
            {"url": reverse("engagement_requests:index"), "label": _("Demandes de partenariat")},
            {"url": self.edit_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            edit_url=self.edit_url,
            status_link=status_url(self.object),
            history=self.object.status_changes.select_related("changed_by"),
        )
        return context


class StatusChangeView(RequestActionView):
    template_name = "engagement/admin/status.html"
    page_title = gettext_lazy("Changer le statut")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", StatusChangeForm(partnership_request=self.object))
        return context

    def post(self, request, *args, **kwargs):
        form = StatusChangeForm(request.POST, partnership_request=self.object)
        if form.is_valid():
            try:
                self.object.change_status(
                    form.cleaned_data["status"], request.user, form.cleaned_data["reason"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                notify_requester(self.object)
                messages.success(
                    request,
                    _("Statut changé : « %(status)s ». Le demandeur a reçu un courriel.")
                    % {"status": self.object.get_status_display()},
                )
                return redirect(self.edit_url)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class MatchView(RequestActionView):
    template_name = "engagement/admin/match.html"
    page_title = gettext_lazy("Jumelage")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["candidates"] = matching.rank(self.object)
        context["can_assign"] = self.object.is_open
        return context

    def post(self, request, *args, **kwargs):
        if not self.object.is_open:
            messages.error(request, _("Cette demande est fermée : aucun jumelage possible."))
            return redirect(request.path)
        ids = [value for value in request.POST.getlist("partner_user") if value.isdigit()]
        chosen = list(
            PartnerUser.objects.filter(pk__in=ids, status=PartnerStatus.ACTIVE).exclude(
                assignments__request=self.object
            )
        )
        if not chosen:
            messages.error(request, _("Cochez au moins un usager partenaire actif à jumeler."))
            return self.render_to_response(self.get_context_data(), status=400)
        with transaction.atomic():
            Assignment.objects.bulk_create(
                [
                    Assignment(request=self.object, partner_user=p, assigned_by=request.user)
                    for p in chosen
                ]
            )
            moved = False
            if RequestStatus.MATCHED in self.object.allowed_statuses():
                self.object.change_status(RequestStatus.MATCHED, request.user)
                moved = True
        if moved:
            notify_requester(self.object)
        messages.success(
            request,
            _("%(count)s usager(s) partenaire(s) jumelé(s) à la demande.") % {"count": len(chosen)},
        )
        return redirect(request.path)


class CloseView(RequestActionView):
    template_name = "engagement/admin/close.html"
    page_title = gettext_lazy("Fermer la demande")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault(
            "form",
            CloseForm(
                initial={"outcome": self.object.outcome, "project_page": self.object.project_page}
            ),
        )
        context.setdefault("tools", ToolUseFormSet(prefix="tools"))
        context["closable"] = closable(self.object)
        return context

    def post(self, request, *args, **kwargs):
        form = CloseForm(request.POST)
        tools = ToolUseFormSet(request.POST, prefix="tools")
        if not closable(self.object):
            form.is_valid()
            form.add_error(
                None,
                _("Seule une demande « En cours » peut être terminée (statut actuel : « %s »).")
                % self.object.get_status_display(),
            )
        elif form.is_valid() and tools.is_valid():
            with transaction.atomic():
                self.object.outcome = form.cleaned_data["outcome"]
                self.object.project_page = form.cleaned_data["project_page"]
                if form.cleaned_data.get("create_project_page"):
                    self.object.project_page = draft_project_page(
                        self.object, form.cleaned_data["project_index"], request.user
                    )
                uses = {}
                for row in tools.cleaned_data:
                    if row.get("tool"):
                        uses[row["tool"].pk] = row["helped"]
                ToolUse.objects.bulk_create(
                    [ToolUse(request=self.object, tool_id=k, helped=v) for k, v in uses.items()],
                    ignore_conflicts=True,
                )
                self.object.change_status(RequestStatus.DONE, request.user)
            notify_requester(self.object)
            messages.success(request, _("Demande terminée ; ce qu’elle a changé est consigné."))
            return redirect(self.edit_url)
        context = self.get_context_data(form=form, tools=tools)
        return self.render_to_response(context, status=400)


class DashboardView(OfficeRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "engagement/admin/dashboard.html"
    page_title = gettext_lazy("Tableau de bord du partenariat")
    header_icon = "table"

    def get(self, request, *args, **kwargs):
        data = dashboard.figures()
        if request.GET.get("export") == "csv":
            stamp = timezone.localdate().isoformat()
            return csv_response(f"tableau-de-bord-{stamp}.csv", dashboard.csv_rows(data))
        return self.render_to_response(self.get_context_data(**data))


def _year(request):
    value = request.GET.get("year", "")
    this_year = timezone.localdate().year
    if value.isdigit() and 2000 <= int(value) <= this_year + 1:
        return int(value)
    return this_year


class RecognitionView(OfficeRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "engagement/admin/recognition.html"
    page_title = gettext_lazy("Reconnaissance des usagers partenaires")
    header_icon = "pick"

    def get(self, request, *args, **kwargs):
        year = _year(request)
        rows = recognition.yearly(year)
        if request.GET.get("export") == "csv":
            return csv_response(
                f"retribution-{year}.csv",
                [("Usager partenaire", "Heures", "Rétribution ($)", "Dépenses ($)", "Total ($)")]
                + [(r["name"], r["hours"], r["amount"], r["expenses"], r["total"]) for r in rows],
            )
        this_year = timezone.localdate().year
        return self.render_to_response(
            self.get_context_data(year=year, rows=rows, years=range(this_year, this_year - 6, -1))
        )


class LetterView(OfficeRequiredMixin, TemplateView):
    def get(self, request, pk, year):
        partner = get_object_or_404(PartnerUser, pk=pk, anonymised_at__isnull=True)
        if not (2000 <= year <= datetime.date.today().year + 1):
            raise Http404
        rows = recognition.yearly(year, partner_user=partner)
        pdf = recognition.letter_pdf(partner, year, rows[0] if rows else None)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="lettre-remerciement-{partner.pk}-{year}.pdf"'
        )
        response["Cache-Control"] = "private, no-store"
        return response


class IntakeView(OfficeRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """The two request forms' submissions, each turned into a record in one click."""

    template_name = "engagement/admin/intake.html"
    page_title = gettext_lazy("Formulaires reçus")
    header_icon = "form"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = intake.submissions()
        times = [row["submission"].submit_time for row in rows]
        done_requests = set(
            PartnershipRequest.objects.filter(received_at__in=times).values_list(
                "received_at", flat=True
            )
        )
        emails = set(
            PartnerUser.objects.exclude(email="").values_list("email", flat=True).order_by()
        )
        for row in rows:
            submission = row["submission"]
            data = submission.get_data()
            email = next((str(v) for v in data.values() if "@" in str(v)), "")
            row["summary"] = intake.summary(submission)
            row["done"] = (
                submission.submit_time in done_requests
                if row["kind"] == "request"
                else bool(email) and email in emails
            )
        context["rows"] = rows
        return context

    def post(self, request, *args, **kwargs):
        value = request.POST.get("submission", "")
        submission = None
        if value.isdigit():
            row = next((r for r in intake.submissions() if r["submission"].pk == int(value)), None)
            submission = row
        if submission is None:
            messages.error(request, _("Ce formulaire reçu est introuvable ou trop ancien."))
            return redirect(reverse("engagement:intake"))
        if submission["kind"] == "request":
            record = intake.request_from(submission["submission"])
            messages.success(request, _("Demande créée : complétez-la puis analysez-la."))
            return redirect(reverse("engagement_requests:edit", args=[record.pk]))
        record = intake.partner_from(submission["submission"])
        messages.success(request, _("Fiche de candidat créée : complétez-la après l’entrevue."))
        return redirect(reverse("engagement_partners:edit", args=[record.pk]))
