"""The hub's demo content: the pages' text is in hub/demo_content/, this module places them.

One YAML file per page and language (`fr/<slug>.yaml`, `en/<slug>.yaml`, both named by
the French slug), written from the seeds (../shared/seeds/): 000 news on the adoption of
the policy (CISSS de Chaudière-Appalaches); 001 the policy in detail; 002 the integrated
model (CIUSSS de la Capitale-Nationale); 003 deployment at CISSS du Bas-Saint-Laurent;
004 the IUCPQ project. Figures are the seeds' own. Editors can correct a text in its
file; what needs code (links between pages, the policy PDF, form fields) is done here.
"""

from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from core.models import SiteSettings
from core.pagetree import (
    english,
    ensure_page,
    ensure_pair,
    ensure_translation,
    french,
    get_home,
    read_content,
)
from hub.models import (
    AxisPage,
    ContentPage,
    GlossaryPage,
    HubPage,
    IntegratedModelPage,
    MethodologyPage,
    NewsIndexPage,
    NewsPage,
    PolicyPage,
    ProjectIndexPage,
    ProjectPage,
    RequestFormField,
    RequestFormPage,
)
from vocabulary.models import Audience, Axis

ORDER = 50
CONTENT = Path(__file__).resolve().parent / "demo_content"
AXIS_PAGES = (
    "axe-partenaire-de-ses-soins",
    "axe-temoin-de-son-vecu",
    "axe-collaborateur-en-amelioration",
)
# News from the seeds (000 adoption of the policy, 002 the integrated model, 003 the
# Bas-Saint-Laurent deployment, 004 the IUCPQ results), oldest first.
NEWS_PAGES = (
    "politique-partenariat-adoptee",
    "modele-integre-capitale-nationale",
    "iucpq-partenariat-fait-la-difference",
    "co-construction-bas-saint-laurent",
    "formation-gestionnaires-comites-gestion",
)
PROJECT_PAGES = (
    "deploiement-partenariat-bas-saint-laurent",
    "promouvoir-partenariat-co-construction-iucpq",
)


def content(name, language):
    """The fields of one page in one language, as its YAML file gives them."""
    return read_content(CONTENT, language, name)


def pair(name):
    return {"fr": content(name, "fr"), "en": content(name, "en")}


def minimal_pdf(lines):
    """A one-page PDF with a few lines of text (no library: the format is plain text)."""
    text = " ".join(
        f"({line.encode('latin-1', 'replace').decode('latin-1')}) Tj T*" for line in lines
    )
    content = f"BT /F1 12 Tf 14 TL 72 760 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def policy_document():
    Document = get_document_model()
    title = "Politique de partenariat avec les usagers, les proches et la population (juin 2018)"
    document = Document.objects.filter(title=title).first()
    if document is None:
        pdf = minimal_pdf(
            [
                "Politique de partenariat avec les usagers, les proches et la population",
                "CISSS de Chaudiere-Appalaches - Direction de la qualite, de l'evaluation,",
                "de la performance et de l'ethique - Juin 2018",
                "(document de demonstration du Carrefour du partenariat)",
            ]
        )
        document = Document(title=title)
        document.file.save("politique-partenariat-2018.pdf", ContentFile(pdf), save=False)
        document.save()
    return document


def with_step_tools(fields, locale):
    """Method steps name their tools by slug (the French tool bank's): page ids here."""
    steps = fields.get("steps") or []
    wanted = {slug for step in steps for slug in step["value"].get("tools", [])}
    found = dict(Page.objects.filter(slug__in=wanted, locale=locale).values_list("slug", "pk"))
    resolved = [
        {
            **step,
            "value": {
                **step["value"],
                "tools": [found[s] for s in step["value"].get("tools", []) if s in found],
            },
        }
        for step in steps
    ]
    return {**fields, "steps": resolved}


def ensure_form(parent_fr, slug, log):
    """A request form and its translation, each with its fields in its own language."""
    fr, en = content(slug, "fr"), content(slug, "en")
    fields_fr, fields_en = fr.pop("form_fields"), en.pop("form_fields")
    page = parent_fr.get_children().filter(slug=slug).first()
    if page is None:
        page, _ = ensure_page(parent_fr, RequestFormPage, slug, log=log, **fr)
        page.form_fields = [RequestFormField(**field) for field in fields_fr]
        page.save()
        page.save_revision().publish()
    page = page.specific
    translated = page.get_translation_or_none(english())
    if translated is None:
        translated, _ = ensure_translation(page, log=log, **en)
        translated.form_fields = [RequestFormField(**field) for field in fields_en]
        translated.save()
        translated.save_revision().publish()
    return page, translated


def load(log):
    home_fr = get_home()
    if home_fr is None:
        return
    hub, _ = ensure_pair(home_fr, HubPage, "partenariat", log=log, **pair("partenariat"))

    policy, _ = ensure_page(
        hub,
        PolicyPage,
        "politique-de-partenariat",
        log=log,
        **content("politique-de-partenariat", "fr"),
    )
    if policy.policy_document_id is None:
        policy.policy_document = policy_document()
        policy.save_revision().publish()
    ensure_translation(
        policy,
        log=log,
        policy_document=policy.policy_document,
        **content("politique-de-partenariat", "en"),
    )

    for name in AXIS_PAGES:
        fr = content(name, "fr")
        fr["axis"] = Axis.objects.get(code=fr["axis"])
        ensure_pair(hub, AxisPage, name, fr=fr, en=content(name, "en"), log=log)

    methodology = pair("impliquer-un-usager")
    # Both languages name the French tools: the page shows each one in its own language
    # (MethodologyPage.resolved_steps follows the translations).
    ensure_pair(
        hub,
        MethodologyPage,
        "impliquer-un-usager",
        log=log,
        fr=with_step_tools(methodology["fr"], french()),
        en=with_step_tools(methodology["en"], french()),
    )

    ensure_pair(hub, IntegratedModelPage, "modele-integre", log=log, **pair("modele-integre"))

    projects_index, _ = ensure_pair(hub, ProjectIndexPage, "projets", log=log, **pair("projets"))
    for name in PROJECT_PAGES:
        fr = content(name, "fr")
        axes, audiences = fr.pop("axes"), fr.pop("audiences")
        page, created = ensure_page(projects_index, ProjectPage, name, log=log, **fr)
        if created:
            page.axes.set(Axis.objects.filter(code__in=axes))
            page.audiences.set(Audience.objects.filter(code__in=audiences))
            page.save_revision().publish()
        ensure_translation(page, log=log, **content(name, "en"))

    ensure_pair(hub, GlossaryPage, "glossaire", log=log, **pair("glossaire"))
    ensure_form(hub, "devenir-usager-partenaire", log)
    ensure_form(hub, "demander-un-usager-partenaire", log)
    recognition, _ = ensure_pair(
        hub,
        ContentPage,
        "reconnaissance-des-usagers-partenaires",
        log=log,
        **pair("reconnaissance-des-usagers-partenaires"),
    )
    privacy, _ = ensure_pair(
        home_fr, ContentPage, "confidentialite", log=log, **pair("confidentialite")
    )

    accessibility, _ = ensure_pair(
        home_fr, ContentPage, "accessibilite", log=log, **pair("accessibilite")
    )

    news_index, _ = ensure_pair(home_fr, NewsIndexPage, "nouvelles", log=log, **pair("nouvelles"))
    for name in NEWS_PAGES:
        ensure_pair(news_index, NewsPage, name, log=log, **pair(name))

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        site_settings = SiteSettings.for_site(site)
        changed = False
        if site_settings.privacy_page_id is None:
            site_settings.privacy_page = privacy
            changed = True
        if site_settings.recognition_page_id is None:
            site_settings.recognition_page = recognition
            changed = True
        if site_settings.accessibility_page_id is None:
            site_settings.accessibility_page = accessibility
            changed = True
        # The footer's contact (seed 002), field by field: what an editor filled stays.
        contact = {**content("coordonnees", "fr"), **content("coordonnees", "en")}
        for name, value in contact.items():
            current = getattr(site_settings, name)
            untouched = not current or current == site_settings._meta.get_field(name).default
            if untouched and current != value:
                setattr(site_settings, name, value)
                changed = True
        if changed:
            site_settings.save()
