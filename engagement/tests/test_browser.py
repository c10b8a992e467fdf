"""The office's path in a real Chromium, and the requester's status page axe-clean.

Every screen the app adds to the admin (its viewsets' listings and forms, the status,
matching and closing views, the dashboard, the forms received, recognition) gets an axe
scan of the whole document, Wagtail's chrome included, where a test already loads it.
"""

import re
from urllib.parse import urlparse

import pytest

from core.testing import assert_accessible

pytestmark = pytest.mark.browser

PROJECT = "Révision du plan d’intégration des usagers-ressources"


def change_status(page, pk, status, scan=False):
    page.goto(f"/admin/partenariat/demandes/statut/{pk}/")
    if scan:
        assert_accessible(page)
    page.select_option("#id_status", status)
    page.click("button:has-text('Changer le statut et prévenir le demandeur')")
    page.wait_for_load_state()


def test_the_office_screens_matches_closes_and_the_requester_follows(
    browser_page, chromium, live_site, login
):
    page = browser_page
    login(page, "office")
    page.goto("/admin/partenariat/demandes/")
    assert_accessible(page)
    page.click(f"a:has-text('{PROJECT}')")
    page.wait_for_load_state()
    pk = re.search(r"/edit/(\d+)/", page.url).group(1)
    assert_accessible(page)  # the edit form, with its status, matching and closing buttons

    change_status(page, pk, "analysis", scan=True)
    page.goto(f"/admin/partenariat/demandes/jumelage/{pk}/")
    first = page.locator("#candidates tbody tr.candidate").first
    # The demo's best fit for a mental-health committee with managers.
    assert "Lucie Fictif-Tremblay" in first.inner_text()
    first.locator("input[type=checkbox]").check()
    page.click("button:has-text('Jumeler les personnes cochées')")
    page.wait_for_load_state()
    assert "déjà jumelé" in page.locator("#candidates").inner_text()
    assert "Jumelée" in page.content()
    assert_accessible(page)  # the ranked candidates and the confirmation message

    change_status(page, pk, "in_progress")
    page.goto(f"/admin/partenariat/demandes/fermer/{pk}/")
    assert_accessible(page)
    page.fill("#id_outcome", "Le plan d’intégration tient maintenant en deux rencontres.")
    page.select_option("#id_tools-0-tool", index=1)
    page.select_option("#id_tools-0-helped", "yes")
    page.click("button:has-text('Terminer la demande')")
    page.wait_for_load_state()
    assert "/edit/" in page.url

    page.goto(f"/admin/partenariat/demandes/statut/{pk}/")
    link = page.locator("code").first.inner_text()
    assert_accessible(page)  # a closed request: no form, its history
    path = urlparse(link).path
    assert path.startswith("/fr/suivi-demande/")

    page.goto("/admin/partenariat/bureau/tableau-de-bord/")
    assert page.locator("#active").inner_text() == "4"
    assert page.locator("#open-requests tr[data-status=received] td").nth(1).inner_text() == "0"
    assert_accessible(page)

    # The requester, without an account.
    context = chromium.new_context(base_url=live_site, locale="fr-CA")
    visitor = context.new_page()
    response = visitor.goto(path)
    assert response.status == 200
    assert "no-store" in response.headers["cache-control"]
    assert visitor.locator("h1").count() == 1
    text = visitor.locator("main").inner_text()
    assert PROJECT in text and "Terminée" in text
    assert "Fictif-Tremblay" not in text
    assert_accessible(visitor)
    english = visitor.goto(path.replace("/fr/suivi-demande/", "/en/request-status/"))
    assert english.status == 200
    assert_accessible(visitor)
    assert visitor.goto("/fr/suivi-demande/" + "x" * 32 + "/").status == 404
    context.close()


def test_the_project_page_shows_computed_figures_accessibly(browser_page):
    response = browser_page.goto(
        "/fr/partenariat/projets/deploiement-partenariat-bas-saint-laurent/"
    )
    assert response.status == 200
    assert browser_page.locator("[data-indicator=partners]").inner_text() == "1"
    assert "Fictif" not in browser_page.locator("main").inner_text()
    assert browser_page.console_errors == []
    assert_accessible(browser_page)


def test_the_site_forms_become_records_and_the_office_logs_hours(chromium, live_site, login):
    """A public application and a staff request, submitted in the site, become a candidate
    and a request in the office's admin; the office then logs a partner user's hours."""
    public_context = chromium.new_context(base_url=live_site, locale="fr-CA")
    public = public_context.new_page()
    public.goto("/fr/partenariat/devenir-usager-partenaire/")
    public.fill("input[name=prenom_et_nom]", "Rosalie Fictive-Candidate")
    public.fill("input[name=courriel]", "rosalie@example.org")
    public.check("input[name=consentement]")
    public.click("main form.hub-form button[type=submit]")
    public.wait_for_load_state()
    assert "Merci" in public.locator("h1").inner_text()
    public_context.close()

    staff_context = chromium.new_context(base_url=live_site, locale="fr-CA")
    staff = staff_context.new_page()
    login(staff, "staff")
    staff.goto("/fr/partenariat/demander-un-usager-partenaire/")
    answers = {
        "votre_nom": "Gaston Fictif-Gestionnaire",
        "courriel_professionnel": "gaston@example.org",
        "direction_et_equipe": "Direction du programme jeunesse",
        "description_du_projet": "Refonte de l’accueil des familles en pédiatrie",
        "profil_recherche": "Parent d’un enfant suivi en pédiatrie",
        "echeancier": "Printemps",
    }
    for name, value in answers.items():
        staff.fill(f"[name={name}]", value)
    # Whatever else the editors made required (a consent box, say) is ticked too.
    for box in staff.locator("main form.hub-form input[type=checkbox][required]").all():
        box.check()
    staff.click("main form.hub-form button[type=submit]")
    staff.wait_for_load_state()
    assert "?envoye=" in staff.url
    staff_context.close()

    office_context = chromium.new_context(base_url=live_site, locale="fr-CA")
    office = office_context.new_page()
    login(office, "office")
    office.goto("/admin/partenariat/bureau/formulaires/")
    assert_accessible(office)
    for words in ("Rosalie", "Refonte de l’accueil des familles"):
        row = office.locator("#intake tbody tr", has_text=words).first
        row.locator("button[type=submit]").click()
        office.wait_for_load_state()
        assert "/edit/" in office.url  # the new record, for the office to complete
        assert_accessible(office)  # a partner user's form, then a request's
        office.goto("/admin/partenariat/bureau/formulaires/")
        assert "déjà créée" in office.locator("#intake tbody tr", has_text=words).first.inner_text()
    office.goto("/admin/partenariat/demandes/")
    assert office.get_by_text("Refonte de l’accueil des familles en pédiatrie").count() >= 1
    office.goto("/admin/partenariat/usagers/")
    assert office.get_by_text("Fictive-Candidate").count() >= 1
    assert_accessible(office)

    # Hours of an active partner user on a request, through the admin's form.
    office.goto("/admin/partenariat/implications/new/")
    assert_accessible(office)
    partner = office.locator("#id_partner_user option", has_text="Fictif-Tremblay").first
    office.select_option("#id_partner_user", partner.get_attribute("value"))
    office.select_option("#id_request", index=1)
    office.fill("#id_date", "2026-11-30")
    office.fill("#id_hours", "2.5")
    office.fill("#id_description", "Rencontre du comité, test du parcours")
    form = office.locator("form").filter(has=office.locator("#id_hours"))
    form.locator("button[type=submit]").first.click()
    office.wait_for_load_state()
    assert office.url.endswith("/admin/partenariat/implications/")  # saved, back to the list
    office.goto("/admin/partenariat/implications/?q=parcours")
    rows = office.locator("table.listing tbody tr")
    assert rows.count() == 1 and "Fictif-Tremblay" in rows.first.inner_text()
    assert_accessible(office)
    office_context.close()


def test_the_office_screens_no_other_test_visits_are_accessible(browser_page, login):
    """Recognition, expenses, the tariff grid and a partner user's read-only record."""
    page = browser_page
    login(page, "office")
    page.goto("/admin/partenariat/usagers/?q=Fictif-Tremblay")
    record = page.locator("table.listing tbody a[href*='/edit/']").first.get_attribute("href")
    pk = re.search(r"/edit/(\d+)/", record).group(1)
    for path in (
        "/admin/partenariat/bureau/reconnaissance/",
        f"/admin/partenariat/usagers/inspect/{pk}/",
        "/admin/partenariat/depenses/",
        "/admin/partenariat/depenses/new/",
        "/admin/partenariat/grille/",
        "/admin/partenariat/grille/new/",
    ):
        assert page.goto(path).status == 200, path
        assert_accessible(page)
