import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from engagement import recognition
from engagement.models import Expense, Involvement, PartnerUser, TariffLevel


@pytest.fixture
def paid(make_partner, make_request):
    comite = TariffLevel.objects.create(name="Comité", hourly_amount=Decimal("25.00"))
    consult = TariffLevel.objects.create(name="Consultation", hourly_amount=Decimal("40.00"))
    partner = make_partner("Sacha", "Fictif")
    request = make_request()
    year = timezone.localdate().year
    Involvement.objects.create(
        partner_user=partner, request=request, hours=Decimal("2"), tariff=comite,
        date=datetime.date(year, 1, 10), description="Comité de travail",
    )  # fmt: skip
    Involvement.objects.create(
        partner_user=partner, hours=Decimal("1.5"), tariff=consult, date=datetime.date(year, 2, 3)
    )
    Involvement.objects.create(
        partner_user=partner, hours=Decimal("9"), tariff=consult, date=datetime.date(year - 1, 5, 1)
    )
    Expense.objects.create(
        partner_user=partner,
        kind="parking",
        amount=Decimal("12.50"),
        date=datetime.date(year, 1, 10),
    )
    return partner, year


@pytest.mark.django_db
def test_hours_times_tariff_per_year(paid):
    partner, year = paid
    (row,) = recognition.yearly(year)
    assert row["hours"] == Decimal("3.5")
    assert row["amount"] == Decimal("110.00")  # 2 × 25 + 1.5 × 40
    assert row["expenses"] == Decimal("12.50")
    assert row["total"] == Decimal("122.50")


@pytest.mark.django_db
def test_payment_export_and_letter(client, paid, office_user):
    partner, year = paid
    client.force_login(office_user)
    csv = client.get(reverse("engagement:recognition") + f"?year={year}&export=csv")
    assert "Sacha Fictif,3.50,110.00,12.50,122.50" in csv.content.decode()
    assert client.get(reverse("engagement:recognition") + "?year=abc").status_code == 200
    response = client.get(reverse("engagement:letter", args=[partner.pk, year]))
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Bonjour Sacha Fictif" in text
    assert "2 rencontre(s)" in text and "3.50 heure(s)" in text
    assert client.get(reverse("engagement:letter", args=[partner.pk, 1900])).status_code == 404


@pytest.mark.django_db
def test_purge_anonymises_retired_people_past_retention_and_keeps_hours(
    paid, make_partner, settings
):
    settings.ENGAGEMENT_RETENTION_MONTHS = 24
    partner, year = paid
    partner.status = "retired"
    partner.save()
    PartnerUser.objects.filter(pk=partner.pk).update(
        retired_on=timezone.localdate() - datetime.timedelta(days=800)
    )
    recent = make_partner("Récent", "Retiré", status="retired")
    out = io.StringIO()
    call_command("purge_partner_users", stdout=out)
    assert "1 usager(s) partenaire(s)" in out.getvalue()
    partner.refresh_from_db()
    recent.refresh_from_db()
    assert partner.first_name == "Anonymisé" and partner.email == "" and partner.anonymised_at
    assert recent.first_name == "Récent"
    assert Involvement.objects.filter(partner_user=partner).count() == 3
    assert recognition.yearly(year)[0]["hours"] == Decimal("3.5")


@pytest.mark.django_db
def test_export_and_erase_commands(paid):
    partner, _year = paid
    out = io.StringIO()
    call_command("export_partner_user", str(partner.pk), stdout=out)
    record = json.loads(out.getvalue())
    assert record["prénom"] == "Sacha" and len(record["implications"]) == 3
    call_command("erase_partner_user", str(partner.pk), stdout=io.StringIO())
    partner.refresh_from_db()
    assert partner.first_name == "Anonymisé" and partner.anonymised_at is not None
    with pytest.raises(CommandError, match="Aucun usager partenaire"):
        call_command("erase_partner_user", "999999")


@pytest.mark.django_db
def test_erasing_scrubs_the_admin_history_labels(client, make_partner, office_user):
    from wagtail.models import ModelLogEntry

    partner = make_partner("Effaçable", "Fictif")
    client.force_login(office_user)
    client.post(
        reverse("engagement_partners:edit", args=[partner.pk]),
        {
            "first_name": "Effaçable",
            "last_name": "Fictif",
            "status": "active",
            "availability": "flexible",
            "max_assignments": "2",
            "speaks_french": "on",
            "onboarding_items-TOTAL_FORMS": "0",
            "onboarding_items-INITIAL_FORMS": "0",
            "onboarding_items-MIN_NUM_FORMS": "0",
            "onboarding_items-MAX_NUM_FORMS": "1000",
        },
    )
    assert ModelLogEntry.objects.filter(label__contains="Effaçable").exists()
    call_command("erase_partner_user", str(partner.pk), stdout=io.StringIO())
    assert not ModelLogEntry.objects.filter(label__contains="Effaçable").exists()
