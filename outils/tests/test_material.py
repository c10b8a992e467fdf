"""Every demo tool offers real files: a PDF with its content, a grid for the ones staff fill in.

The files are drawn by the demo loader (outils.material) into Wagtail documents; the
tool page and its card show « PDF, 3 Ko, français »; a staff-only tool's files stay
staff-only.
"""

import io
import re
import xml.etree.ElementTree as ET
import zipfile

import pytest
import yaml
from django.core.management import call_command
from openpyxl import load_workbook
from pypdf import PdfReader

from outils import material
from outils.demo import CONTENT, tool_names
from outils.models import ToolDocument, ToolPage


def _spec(language, slug):
    """A tool's content in a language (the English file holds only the translated text)."""

    def read(code):
        return yaml.safe_load((CONTENT / code / f"{slug}.yaml").read_text(encoding="utf-8"))

    return {**read("fr"), **read(language)}


def _pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _flat(text):
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_demo_tool_has_content_and_its_pdf_says_it_with_accents(language):
    for slug in tool_names():
        spec = _spec(language, slug)
        assert len(spec["steps"]) >= 3, f"{language}/{slug}: steps to write from the seeds"
        files = material.material_files(slug, spec, language)
        title, filename, data = files[0]
        assert filename.endswith(".pdf") and data.startswith(b"%PDF")
        text = _flat(_pdf_text(data))
        assert spec["title"] in text, slug
        assert spec["steps"][0]["title"] in text
        assert spec["source_institution"] in text


def test_pdf_keeps_french_accents_and_quotes():
    spec = _spec("fr", "aide-memoire-decision-partagee")
    text = _flat(_pdf_text(material.build_pdf(spec, "fr")))
    assert "Aide-mémoire de la décision partagée" in text
    assert "À remplir" in text  # a checklist: items with room to write


def test_files_are_the_same_bytes_twice():
    spec = _spec("fr", "plan-integration-usager-ressource")
    assert material.build_pdf(spec, "fr") == material.build_pdf(spec, "fr")
    assert material.build_xlsx(spec, "fr") == material.build_xlsx(spec, "fr")


def test_grid_tools_get_an_xlsx_with_one_row_per_item():
    spec = _spec("fr", "questionnaire-experience-usager")
    files = material.material_files("questionnaire-experience-usager", spec, "fr")
    assert [name.rsplit(".", 1)[1] for _title, name, _data in files] == ["pdf", "xlsx"]
    sheet = load_workbook(io.BytesIO(files[1][2])).active
    assert sheet["A1"].value == spec["title"]
    assert sheet["D4"].value == "Réponse, notes"
    items = [sheet.cell(row=r, column=2).value for r in range(5, 5 + len(spec["steps"]))]
    assert items == [step["title"] for step in spec["steps"]]
    guide = _spec("fr", "recrutement-usager-partenaire")
    assert len(material.material_files("recrutement-usager-partenaire", guide, "fr")) == 1


def test_templates_and_forms_get_an_opendocument_text_to_fill_in():
    spec = _spec("fr", "plan-integration-usager-ressource")
    files = material.material_files("plan-integration-usager-ressource", spec, "fr")
    assert [name.rsplit(".", 1)[1] for _title, name, _data in files] == ["pdf", "odt"]
    title, _name, data = files[1]
    assert title == f"{spec['title']} (à remplir)"
    archive = zipfile.ZipFile(io.BytesIO(data))
    # What makes it an ODF file for Word and LibreOffice: the mimetype first, not compressed.
    first = archive.infolist()[0]
    assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert "content.xml" in archive.read("META-INF/manifest.xml").decode()
    text_ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    table_ns = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    content = ET.fromstring(archive.read("content.xml"))
    headings = ["".join(h.itertext()) for h in content.iter(f"{text_ns}h")]
    assert headings[0] == spec["title"]
    assert [h.split(". ", 1)[1] for h in headings[3:]] == [s["title"] for s in spec["steps"]]
    # One framed box to write in per item, and the « filled in by » line.
    assert len(list(content.iter(f"{table_ns}table"))) == len(spec["steps"])
    paragraphs = ["".join(p.itertext()) for p in content.iter(f"{text_ns}p")]
    assert any(p.startswith("Rempli par :") for p in paragraphs)
    meta = archive.read("meta.xml").decode()
    assert f"<dc:title>{spec['title']}</dc:title>" in meta and "fr-CA" in meta
    assert material.build_odt(spec, "fr") == data  # same bytes twice
    english = _spec("en", "preparer-ma-rencontre")
    odt = material.material_files("preparer-ma-rencontre", english, "en")[1]
    assert odt[1] == "preparer-ma-rencontre-en.odt"
    assert english["title"] in zipfile.ZipFile(io.BytesIO(odt[2])).read("content.xml").decode()


def test_demo_tools_offer_real_files_with_format_size_language(client, demo_site):
    tools = ToolPage.objects.live().select_related("locale")
    assert tools.count() == 2 * len(tool_names())
    for tool in tools:
        links = list(ToolDocument.objects.filter(page=tool).select_related("document"))
        assert links, tool.url_path
        pdf = links[0]
        assert pdf.document.file_extension == "pdf"
        with pdf.document.file.open("rb") as handle:
            data = handle.read()
        assert len(data) == pdf.document.file_size > 1500
        expected = tool.title if pdf.language == tool.locale.language_code else None
        if expected:
            assert expected in _flat(_pdf_text(data)), tool.url_path
    # The tool page and its card: « PDF, 3 Ko, français ».
    tool = ToolPage.objects.get(slug="questionnaire-experience-usager")
    html = client.get(tool.url).content.decode()
    assert re.search(r"\(PDF, [\d,]+\xa0Ko, français\)", html)
    assert re.search(r"\(XLSX, [\d,]+\xa0Ko, français\)", html)
    template = ToolPage.objects.get(slug="plan-integration-usager-ressource")
    assert re.search(r"\(ODT, [\d,]+\xa0Ko, français\)", client.get(template.url).content.decode())
    listing = client.get("/fr/outils/").content.decode()
    card = listing.split(f">{tool.title}</a></h3>")[1].split('class="card tool-card"')[0]
    assert re.search(r"PDF, [\d,]+\xa0Ko, français</a>", card)
    english = ToolPage.objects.get(slug=_spec("en", "questionnaire-experience-usager")["slug"])
    english_html = client.get(english.url).content.decode()
    assert re.search(r"\(PDF, [\d.]+\xa0KB, English\)", english_html)
    # A tool whose material exists only in French says so on the English page.
    french_only = ToolPage.objects.get(slug=_spec("en", "recrutement-usager-partenaire")["slug"])
    assert re.search(r"\(PDF, [\d.]+\xa0KB, French\)", client.get(french_only.url).content.decode())
    # Loading again adds no document and changes no file.
    before = list(ToolDocument.objects.values_list("page_id", "document_id", "language"))
    call_command("load_demo_content", stdout=io.StringIO())
    assert list(ToolDocument.objects.values_list("page_id", "document_id", "language")) == before


def test_a_staff_only_tools_files_stay_staff_only(client, demo_site, staff_user):
    tool = ToolPage.objects.get(slug="analyse-besoin-partenariat")
    assert tool.staff_only
    document = ToolDocument.objects.filter(page=tool).select_related("document").first().document
    listing = client.get("/fr/outils/").content.decode()
    assert document.url not in listing and tool.title not in listing
    assert client.get(tool.url).status_code == 404
    response = client.get(document.url)
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert "connexion" in response["Location"] or "login" in response["Location"]
    client.force_login(staff_user)
    assert document.url in client.get("/fr/outils/").content.decode()
    assert document.url in client.get(tool.url).content.decode()
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content).startswith(b"%PDF")
