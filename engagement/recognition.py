"""Recognition: hours × the tariff's hourly amount, and expenses, per partner user per year.

Figures in two queries whatever the number of people; the thank-you letter is a one-page
PDF drawn with ReportLab from the record.
"""

import io
from decimal import Decimal
from xml.sax.saxutils import escape

from django.db.models import Count, DecimalField, ExpressionWrapper, F, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from .models import Expense, Involvement

ZERO = Decimal("0.00")
MONEY = DecimalField(max_digits=12, decimal_places=2)


def yearly(year, partner_user=None):
    """[{partner, hours, amount, expenses, total}] for `year`, by name."""
    involvements = Involvement.objects.filter(date__year=year)
    expenses = Expense.objects.filter(date__year=year)
    if partner_user is not None:
        involvements = involvements.filter(partner_user=partner_user)
        expenses = expenses.filter(partner_user=partner_user)
    rows = {}
    for row in (
        involvements.values(
            "partner_user_id", "partner_user__first_name", "partner_user__last_name"
        )
        .annotate(
            total_hours=Sum("hours"),
            amount=Coalesce(
                Sum(ExpressionWrapper(F("hours") * F("tariff__hourly_amount"), output_field=MONEY)),
                ZERO,
                output_field=MONEY,
            ),
            meetings=Count("pk"),
        )
        .order_by()
    ):
        rows[row["partner_user_id"]] = {
            "partner_id": row["partner_user_id"],
            "name": f"{row['partner_user__first_name']} {row['partner_user__last_name']}",
            "hours": row["total_hours"] or ZERO,
            "amount": Decimal(row["amount"] or 0).quantize(Decimal("0.01")),
            "meetings": row["meetings"],
            "expenses": ZERO,
        }
    for row in (
        expenses.values("partner_user_id", "partner_user__first_name", "partner_user__last_name")
        .annotate(total=Sum("amount"))
        .order_by()
    ):
        entry = rows.setdefault(
            row["partner_user_id"],
            {
                "partner_id": row["partner_user_id"],
                "name": f"{row['partner_user__first_name']} {row['partner_user__last_name']}",
                "hours": ZERO,
                "amount": ZERO,
                "meetings": 0,
                "expenses": ZERO,
            },
        )
        entry["expenses"] = row["total"] or ZERO
    cent = Decimal("0.01")
    for entry in rows.values():
        for key in ("hours", "amount", "expenses"):
            entry[key] = Decimal(entry[key]).quantize(cent)
        entry["total"] = entry["amount"] + entry["expenses"]
    return sorted(rows.values(), key=lambda r: r["name"].lower())


def letter_pdf(partner, year, figures):
    """A one-page thank-you letter (French) for `partner`'s involvement in `year`."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=letter,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2.5 * cm,
        title=f"Lettre de remerciement {year}",
        author="Bureau du partenariat avec l’usager",
    )
    styles = getSampleStyleSheet()
    hours = figures["hours"] if figures else ZERO
    meetings = figures["meetings"] if figures else 0
    today = timezone.localdate()
    story = [
        Paragraph(f"Le {today.day} {_MONTHS[today.month - 1]} {today.year}", styles["Normal"]),
        Spacer(1, 1 * cm),
        Paragraph(escape(f"Bonjour {partner.first_name} {partner.last_name},"), styles["Normal"]),
        Spacer(1, 0.5 * cm),
        Paragraph(
            f"Au nom du Bureau du partenariat avec l’usager, merci pour votre engagement en "
            f"{year}. Vous avez contribué à {meetings} rencontre(s) ou activité(s), pour un "
            f"total de {hours} heure(s).",
            styles["Normal"],
        ),
        Spacer(1, 0.3 * cm),
        Paragraph(
            "Votre savoir expérientiel a aidé les équipes à améliorer les soins et les "
            "services offerts aux usagers et à leurs proches. Les projets auxquels vous avez "
            "participé en témoignent.",
            styles["Normal"],
        ),
        Spacer(1, 0.5 * cm),
        Paragraph("Avec toute notre reconnaissance,", styles["Normal"]),
        Spacer(1, 0.8 * cm),
        Paragraph("Le Bureau du partenariat avec l’usager", styles["Normal"]),
    ]
    document.build(story)
    return buffer.getvalue()


_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
