"""Admin screens for the tool inventory: import (upload, dry run, confirm) and export.

The same code as the import_tools / export_tools commands (outils.inventory). The
uploaded file waits between the dry run and the confirmation in the user's own session,
under a random key: the browser sends back only that key, never a path or the file.
"""

import base64
import secrets
import tempfile
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from outils.inventory import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    ImportRolledBack,
    InventoryError,
    export_rows,
    plan_rows,
    read_rows,
    rows_bytes,
    write_plan,
)
from outils.listing import ToolListing, load_vocabulary
from outils.models import ToolIndexPage, ToolPage

MAX_UPLOAD = 5 * 1024 * 1024
SUFFIXES = (".csv", ".xlsx", ".json")
SESSION_PREFIX = "outils-import:"
LISTING_PARAMETERS = ("axis", "audience", "type", "tag", "lang", "q")
ACTION_LABELS = {
    CREATE: gettext_lazy("Sera créé"),
    UPDATE: gettext_lazy("Sera mis à jour"),
    SKIP: gettext_lazy("Déjà présent : ignoré"),
    ERROR: gettext_lazy("Erreur"),
}


def french_tool_bank():
    return ToolIndexPage.objects.filter(locale__language_code="fr").first()


def can_import(user, index):
    """An import publishes pages: it needs the right to add and publish in the tool bank."""
    perms = index.permissions_for_user(user)
    return perms.can_add_subpage() and perms.can_publish_subpage()


def can_export(user, index):
    return index.permissions_for_user(user).can_edit()


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fichier d’inventaire"),
        help_text=gettext_lazy("Un fichier .csv, .xlsx ou .json (catalogue ouvert), 5 Mo au plus."),
        error_messages={"required": gettext_lazy("Choisissez un fichier.")},
    )
    update = forms.BooleanField(
        label=gettext_lazy("Mettre à jour les outils déjà présents"), required=False
    )
    skip_invalid = forms.BooleanField(
        label=gettext_lazy("Importer seulement les lignes valides"),
        help_text=gettext_lazy(
            "Sinon, une seule ligne en erreur empêche toute l’importation (tout ou rien)."
        ),
        required=False,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in SUFFIXES:
            raise forms.ValidationError(
                _("Format non pris en charge : utilisez un fichier .csv, .xlsx ou .json.")
            )
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(
                _(
                    "Le fichier dépasse 5 Mo : découpez-le, ou demandez l’importation par la "
                    "commande import_tools."
                )
            )
        return upload


def read_upload(name, data):
    """The Table of an uploaded file (read from a temporary copy, deleted at once)."""
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="carrefour-import-") as directory:
        path = Path(directory) / f"inventaire{suffix}"
        path.write_bytes(data)
        return read_rows(path)


class InventoryImportView(View):
    template_name = "outils/admin/inventory_import.html"

    def dispatch(self, request, *args, **kwargs):
        self.index = french_tool_bank()
        if self.index is None or not can_export(request.user, self.index):
            raise PermissionDenied
        self.can_import = can_import(request.user, self.index)
        if request.method == "POST" and not self.can_import:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def render(self, form, **context):
        vocabulary = load_vocabulary()
        return TemplateResponse(
            self.request,
            self.template_name,
            {
                "form": form,
                "index": self.index,
                "vocabulary": vocabulary,
                "can_import": self.can_import,
                "page_title": _("Inventaire des outils"),
                **context,
            },
        )

    def get(self, request):
        return self.render(ImportForm())

    def post(self, request):
        if "token" in request.POST:
            return self.confirm(request)
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form)
        upload = form.cleaned_data["file"]
        data = upload.read()
        try:
            table = read_upload(upload.name, data)
        except InventoryError as error:
            form.add_error("file", str(error))
            return self.render(form)
        options = {k: form.cleaned_data[k] for k in ("update", "skip_invalid")}
        plan = plan_rows(self.index, table.rows, options["update"])
        # One file waits at a time: a new dry run replaces the previous one.
        stored_keys = list(request.session.keys())  # a session is not iterable
        for key in stored_keys:
            if key.startswith(SESSION_PREFIX):
                del request.session[key]
        token = secrets.token_urlsafe(16)
        request.session[SESSION_PREFIX + token] = {
            "name": upload.name,
            "data": base64.b64encode(data).decode("ascii"),
            **options,
        }
        return self.render(form, **self.dry_run_context(plan, table, token, upload.name, options))

    def dry_run_context(self, plan, table, token, name, options):
        counts = {action: 0 for action in ACTION_LABELS}
        for item in plan:
            counts[item.action] += 1
        rows = [
            {
                "number": item.row.number,
                "title": str(item.row.data.get("title") or ""),
                "action": item.action,
                "label": ACTION_LABELS[item.action],
                "messages": item.row.errors + item.row.warnings,
            }
            for item in plan
        ]
        return {
            "dry_run": True,
            "rows": rows,
            "counts": counts,
            "processed": len(plan),
            "source": table.source,
            "token": token,
            "file_name": name,
            "options": options,
            "can_confirm": (counts[ERROR] == 0 or options["skip_invalid"])
            and (counts[CREATE] + counts[UPDATE]) > 0,
        }

    def confirm(self, request):
        token = request.POST.get("token", "")
        stored = request.session.get(SESSION_PREFIX + token) if token else None
        if not isinstance(stored, dict):
            messages.error(
                request, _("Cette simulation a expiré : téléversez de nouveau le fichier.")
            )
            return redirect("outils_inventory")
        try:
            table = read_upload(stored["name"], base64.b64decode(stored["data"]))
        except InventoryError as error:  # pragma: no cover - read once already
            messages.error(request, str(error))
            return redirect("outils_inventory")
        plan = plan_rows(self.index, table.rows, stored["update"])
        errors = sum(1 for item in plan if item.action == ERROR)
        if errors and not stored["skip_invalid"]:
            messages.error(
                request,
                _("%(count)s ligne(s) invalide(s) : rien n’a été importé.") % {"count": errors},
            )
            return redirect("outils_inventory")
        try:
            failed = write_plan(self.index, plan, stored["skip_invalid"])
        except ImportRolledBack as error:
            messages.error(
                request,
                _("%(count)s ligne(s) n’ont pas pu être enregistrée(s) : rien n’a été importé.")
                % {"count": len(error.failed)},
            )
            return redirect("outils_inventory")
        del request.session[SESSION_PREFIX + token]
        failed_rows = {row.number for row, _error in failed}
        done = [item.action for item in plan if item.row.number not in failed_rows]
        messages.success(
            request,
            _(
                "Importation terminée : %(created)s outil(s) créé(s), %(updated)s mis à jour, "
                "%(failed)s ligne(s) non enregistrée(s)."
            )
            % {
                "created": done.count(CREATE),
                "updated": done.count(UPDATE),
                "failed": len(failed) + errors,
            },
        )
        return redirect("outils_inventory")


class InventoryExportView(View):
    """The tools in the import format; with the tool bank's filters, the tools they give."""

    def get(self, request):
        index = french_tool_bank()
        if index is None or not can_export(request.user, index):
            raise PermissionDenied
        suffix = ".xlsx" if request.GET.get("format") == "xlsx" else ".csv"
        ids = None
        if any(request.GET.get(name) for name in LISTING_PARAMETERS):
            ids = ToolListing(request, index, ToolPage).result_ids
        data, _count = rows_bytes(export_rows(index, ids), suffix)
        content_type = (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            if suffix == ".xlsx"
            else "text/csv; charset=utf-8"
        )
        response = HttpResponse(data, content_type=content_type)
        name = f"outils-{timezone.localdate():%Y-%m-%d}{suffix}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
