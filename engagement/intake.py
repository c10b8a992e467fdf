"""From the site's two request forms to the office's records.

« Demander un usager partenaire » (the staff-only form) becomes a partnership request;
« Devenir usager partenaire » (the public form) becomes a candidate partner user, once the
office has screened it. Editors build the forms' fields, so answers are read by their
labels' words (« courriel », « nom », « direction »…); whatever is not recognised stays in
the submission, which the hub's retention command deletes in due time. The office then
completes the record in its edit form.
"""

from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from core.text import fold
from hub.models import RequestFormPage
from vocabulary.models import Axis

from .models import PartnershipRequest, PartnerStatus, PartnerUser

RECENT = 50


def _answers(submission):
    """[(folded label words, value as text)] in the form's order."""
    page = submission.page.specific
    labels = {field.clean_name: field.label for field in page.get_form_fields()}
    data = submission.get_data()
    rows = []
    for name, label in labels.items():
        value = data.get(name, "")
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        rows.append((fold(label), str(value or "").strip()))
    return rows


def _find(rows, *words, exclude=()):
    for label, value in rows:
        if any(w in label for w in words) and not any(x in label for x in exclude) and value:
            return value
    return ""


def submissions():
    """Recent submissions of the request forms (French and English), newest first."""
    forms = RequestFormPage.objects.all().only("pk", "staff_only", "title")
    kinds = {page.pk: ("request" if page.staff_only else "partner") for page in forms}
    rows = []
    for submission in (
        FormSubmission.objects.filter(page_id__in=kinds)
        .select_related("page")
        .order_by("-submit_time")[:RECENT]
    ):
        rows.append({"submission": submission, "kind": kinds[submission.page_id]})
    return rows


def summary(submission, length=160):
    """The answers in one line, for the office's list (never shown outside the admin)."""
    text = " · ".join(value for _label, value in _answers(submission) if value)
    return text[:length] + ("…" if len(text) > length else "")


def request_from(submission):
    rows = _answers(submission)
    description = _find(rows, "description", "projet", "project")
    axis_text = fold(_find(rows, "axe", "axis"))
    axis = next(
        (a for a in Axis.objects.all() if axis_text and fold(a.label) in axis_text),
        None,
    )
    return PartnershipRequest.objects.create(
        requester_name=_find(rows, "nom", "name")[:200] or "(sans nom)",
        requester_email=_find(rows, "courriel", "email", "e-mail")[:254],
        direction=_find(rows, "direction", "department")[:200] or "(à préciser)",
        project=(description.split("\n")[0][:120] or submission.page.title),
        description=description,
        experience_sought=_find(rows, "profil", "profile")[:500],
        involvement_kind="consultation",
        axis=axis,
        received_at=submission.submit_time,
    )


def partner_from(submission):
    rows = _answers(submission)
    name = _find(rows, "nom", "name")
    first, _, last = name.partition(" ")
    notes = "\n".join(
        f"{label} : {value}"
        for label, value in rows
        if value and any(w in label for w in ("disponib", "contribu", "motiv", "availab"))
    )
    return PartnerUser.objects.create(
        first_name=first[:100] or "(à préciser)",
        last_name=last[:100],
        email=_find(rows, "courriel", "email")[:254],
        phone=_find(rows, "telephone", "phone")[:30],
        status=PartnerStatus.CANDIDATE,
        consent_date=timezone.localtime(submission.submit_time).date(),
        consent_scope=f"Formulaire « {submission.page.title} » : consentement donné à l’envoi.",
        notes=notes,
    )
