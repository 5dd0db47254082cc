"""Issue 14, report check before publication: `cspr check-report REPORT.docx --people
FAMILY.xlsx` lists every identifying string of a draft report with where it is, reading the
body, tables, headers and footers, footnotes, comments, tracked changes and properties; exit
status 1 when anything is found, 0 when clean, 2 (one line) when the file cannot be read.

The drafts are built here: python-docx for the body, tables, sections, headers, footers and
properties; tracked changes as w:ins/w:del elements; the footnotes and comments parts added
with zipfile (with their relationships and content types, as Word writes them). The names are
the demo family's (sample_data/demo_case/family.xlsx) and its practitioners and places.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from cspr.cli import main

DEMO = Path(__file__).resolve().parents[1] / "sample_data" / "demo_case"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'


@pytest.fixture
def family(tmp_path: Path) -> Path:
    path = tmp_path / "family.xlsx"
    shutil.copy(DEMO / "family.xlsx", path)  # no saved register beside it: the workbook only
    return path


def _footnotes_and_comments(path: Path, footnote: str, comment: str, author: str) -> None:
    """Add word/footnotes.xml and word/comments.xml (with a reference to each in the body)."""
    footnotes = (
        f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
        f'</w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p>'
        f"<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{footnote}</w:t></w:r></w:p>'
        f"</w:footnote></w:footnotes>"
    )
    comments = (
        f'<w:comments {NS}><w:comment w:id="0" w:author="{author}" w:initials="AC" '
        f'w:date="2026-04-01T10:00:00Z"><w:p><w:r><w:t>{comment}</w:t></w:r></w:p></w:comment>'
        f"</w:comments>"
    )
    relations = (
        '<Relationship Id="rIdFoot" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdComm" Type="http:'
        '//schemas.openxmlformats.org/officeDocument/2006/relationships/comments" '
        'Target="comments.xml"/></Relationships>'
    )
    types = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/comments.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"'
        "/></Types>"
    )
    copy = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", relations.encode())
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", types.encode())
            out.writestr(item, data)
        out.writestr("word/footnotes.xml", footnotes)
        out.writestr("word/comments.xml", comments)
    copy.replace(path)


def _draft(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Overview report", level=1)  # body paragraph 1
    document.add_paragraph("Child A lived with Mother and Sibling 1.")  # 2
    document.add_paragraph("In March 2021 Kayden Hughes told his teacher he was scared.")  # 3
    changed = document.add_paragraph("The child was then living with ")  # 4
    changed._p.append(
        parse_xml(
            f'<w:ins {NS} w:id="11" w:author="Jo Evans" w:date="2026-04-01T10:00:00Z">'
            f"<w:r><w:t>Liam Doyle</w:t></w:r></w:ins>"
        )
    )
    changed._p.append(
        parse_xml(
            f'<w:del {NS} w:id="12" w:author="Jo Evans" w:date="2026-04-01T10:00:00Z">'
            f"<w:r><w:delText>Sandra Mitchell</w:delText></w:r></w:del>"
        )
    )
    marked = document.add_paragraph("The school raised a concern.")  # 5
    marked._p.append(parse_xml(f'<w:r {NS}><w:footnoteReference w:id="1"/></w:r>'))
    marked._p.append(parse_xml(f'<w:r {NS}><w:commentReference w:id="0"/></w:r>'))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Period", "Where the family lived"
    table.cell(1, 0).text, table.cell(1, 1).text = "2019", "14 Larch Close, Eastfield EF4 9ZQ"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Draft: Chelsea Mitchell's family"
    section.footer.paragraphs[0].text = "Prepared by Westbrook Primary School"
    second = document.add_section()
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = "Child born 03/11/2014"
    properties = document.core_properties
    properties.author, properties.title = "Amy Clarke", "Review of Tyler and Kayden"
    properties.last_modified_by, properties.comments = "Amy Clarke", ""
    document.save(str(path))
    _footnotes_and_comments(
        path, "Information from Riverside Surgery.", "Check with Dr Patel first", "Amy Clarke"
    )
    return path


def test_every_hiding_place_is_found_and_named(
    tmp_path: Path, family: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _draft(tmp_path / "draft.docx")
    assert main(["check-report", str(report), "--people", str(family)]) == 1
    out = capsys.readouterr().out
    expected = [
        ("body paragraph 3: 'Kayden Hughes'", "person"),
        ("tracked insertion (body paragraph 4): 'Liam Doyle'", "person"),
        ("tracked deletion (body paragraph 4): 'Sandra Mitchell'", "person"),
        ("tracked insertion author (body paragraph 4): 'Jo Evans'", "practitioner"),
        ("table 1 row 2 cell 2: '14 Larch Close, Eastfield EF4 9ZQ'", ""),
        ("header of section 1: 'Chelsea Mitchell'", "person"),
        ("footer of section 1: 'Westbrook Primary School'", "organisation"),
        ("footer of section 2: '03/11/2014'", "date_of_birth"),
        ("footnote 1: 'Riverside Surgery'", "organisation"),
        ("comment 1: 'Dr Patel'", "practitioner"),
        ("comment 1 author: 'Amy Clarke'", "practitioner"),
        ("metadata: author: 'Amy Clarke'", "practitioner"),
        ("metadata: last modified by: 'Amy Clarke'", "practitioner"),
        ("metadata: title: 'Tyler'", "person"),
        ("metadata: title: 'Kayden'", "person"),
    ]
    lines = out.splitlines()
    for start, kind in expected:
        found = [line for line in lines if line.startswith(start)]
        assert found, f"missing: {start}\n{out}"
        assert kind in found[0]
    places = ("body", "table", "header", "footer", "footnote", "comment", "tracked", "metadata")
    findings = [line for line in lines if line.startswith(places)]
    assert f"{len(findings)} identifying strings in draft.docx" in out
    assert "body paragraph 2" not in out.split("To check")[0]  # pseudonyms are not findings
    assert "'March 2021'" not in out  # a month and year is not an exact date


def test_a_clean_report_passes(
    tmp_path: Path, family: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    document.add_heading("Overview report", level=1)
    document.add_paragraph("Child A lived with Mother, Sibling 1 and Mother's partner.")
    document.add_paragraph("In March 2021 the social worker visited the family home.")
    document.sections[0].footer.paragraphs[0].text = "Draft for the review panel"
    properties = document.core_properties
    properties.author = properties.last_modified_by = properties.comments = ""
    properties.title = "Overview report"
    path = tmp_path / "clean.docx"
    document.save(str(path))
    assert main(["check-report", str(path), "--people", str(family)]) == 0
    assert "no identifying strings in clean.docx" in capsys.readouterr().out


def test_unreadable_files_are_one_line(
    tmp_path: Path, family: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "report.docx"
    text.write_text("not a word document", encoding="utf-8")
    assert main(["check-report", str(text), "--people", str(family)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cspr check-report: error: ") and "report.docx" in err
    assert err.count("\n") == 1
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    assert main(["check-report", str(broken), "--people", str(family)]) == 2
    err = capsys.readouterr().err
    assert "broken.docx" in err and err.count("\n") == 1
    assert main(["check-report", str(broken), "--people", str(tmp_path / "none.xlsx")]) == 2
    assert "none.xlsx" in capsys.readouterr().err
