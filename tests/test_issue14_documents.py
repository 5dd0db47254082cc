"""Issue 14, the documents: `cspr documents REFERENCE --out DIR` writes, from what is tracked,
the scoping request letter to each agency with its due date, the rapid review pack, the terms
of reference draft, the notifications (.txt and .eml, each saying when it was logged as sent)
and the family invitation; `--anonymise` versions pass the leak check of every other output,
tested with the demo family's real strings (names, nicknames, address, postcode, date of birth,
practitioners, school and GP practice).

Dates are fixed and working days counted by hand (Good Friday 03/04/2026 and Easter Monday
06/04/2026 are bank holidays).
"""

from __future__ import annotations

import datetime as dt
import email
import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from sqlalchemy.orm import Session

from anonymise.apply import find_leaks, published_text
from anonymise.register import default_register_path, load_register
from cspr.cli import main
from reviews import service
from reviews.db import make_engine, upgrade
from reviews.workingdays import WorkingCalendar

DEMO = Path(__file__).resolve().parents[1] / "sample_data" / "demo_case"
CHRONOLOGIES = sorted(str(p) for p in DEMO.glob("*_chronology.*"))
D = dt.date
CAL = WorkingCalendar()
# Real strings of the demo family workbook and its chronologies, hidden in the record.
ACTIONS = (
    "Kayden Hughes (DOB 03/11/2014) moved to his nan Sandra Mitchell at 14 Larch Close, EF1 3XW; "
    "Tyler seen at Westbrook Primary by SW Amy Clarke."
)
LEARNING = (
    "Riverside Surgery (Dr Patel) did not know that Lee Doyle had moved back; HV Jo Evans saw "
    "Chels at home."
)
SECRETS = [
    "Kayden", "Hughes", "Sandra", "Mitchell", "Tyler", "Chels", "Doyle", "Larch Close",
    "EF1 3XW", "03/11/2014", "3 November 2014", "Westbrook", "Riverside", "Amy Clarke", "Clarke",
    "Patel", "Jo Evans", "Paul Reeve",
]  # fmt: skip


def _database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cspr.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as db, db.begin():
        review = service.add_review(
            db,
            reference="RR-7",
            review_type="rapid_review",
            user="bs1",
            referral_date=D(2026, 3, 30),
            awareness_date=D(2026, 3, 25),
            incident_date=D(2026, 3, 24),
            referring_agency="Northshire Police",
        )
        for agency in ("Westbrook Primary School", "Riverside Surgery", "Northshire Police"):
            service.request_from_agency(
                db, review, agency, "scoping_form", D(2026, 3, 31), "bs1", calendar=CAL
            )
        service.request_from_agency(
            db,
            review,
            "Northshire Police",
            "chronology",
            D(2026, 4, 9),
            "bs1",
            due_on=D(2026, 5, 1),
        )
        service.update_review(
            db,
            review,
            {
                "meeting_date": D(2026, 4, 9),
                "immediate_actions": ACTIONS,
                "learning": LEARNING,
                "la_notified_on": D(2026, 3, 27),
                "lead_reviewer": "Jane Marsh",
            },
            "bs1",
        )
        for name, org, partner in (
            ("Amy Clarke", "Northshire Children's Social Care", "local_authority"),
            ("DS Paul Reeve", "Northshire Police", "police"),
            ("Jo Evans", "Northshire ICB", "icb"),
        ):
            service.add_attendee(db, review, name, org, partner, "bs1")
        why = "Chelsea Mitchell's engagement with Riverside Surgery fell away"
        for partner, rep in (
            ("local_authority", "Amy Clarke"),
            ("police", "Paul Reeve"),
            ("icb", "Jo Evans"),
        ):
            service.cast_vote(db, review, partner, "yes", why, "bs1", representative=rep)
        service.record_decision(db, review, D(2026, 4, 10), "bs1")
        service.add_delay(db, review, "Police investigation of Liam Doyle", D(2026, 6, 1), "bs1")
        service.update_review(db, review, {"planned_publication_on": D(2026, 11, 2)}, "bs1")
    engine.dispose()
    return url


def _text(path: Path) -> str:
    """Everything a reader of a DOCX sees (paragraphs and table cells)."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(texts)


def test_documents_from_what_is_tracked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = _database(tmp_path)
    family = tmp_path / "family.xlsx"
    shutil.copy(DEMO / "family.xlsx", family)
    out = tmp_path / "docs"
    args = ["documents", "RR-7", "--database", url, "--out", str(out), "--people", str(family)]
    assert main([*args, "--chronology", *CHRONOLOGIES, "--today", "13/04/2026"]) == 0
    printed = capsys.readouterr().out
    letters = sorted(out.glob("scoping_request_*.docx"))
    assert [p.name for p in letters] == [
        "scoping_request_01_Westbrook_Primary_School.docx",
        "scoping_request_02_Riverside_Surgery.docx",
        "scoping_request_03_Northshire_Police.docx",
    ]
    # Requested Tue 31/03/2026; 5 working days: Wed 1, Thu 2, (Good Friday, Easter Monday),
    # Tue 7, Wed 8, Thu 9 April.
    first = _text(letters[0])
    assert "Westbrook Primary School" in first and "Return by: Thu 09/04/2026" in first
    assert "cut and paste" in first  # the guidance's expectation of the form

    template = openpyxl.load_workbook(out / "chronology_template_01_Northshire_Police.xlsx")
    assert template["Chronology"]["B2"].value == "Northshire Police"
    assert template["Chronology"]["B3"].value == "Fri 01/05/2026"  # the tracked due date

    pack = _text(out / "rapid_review_pack.docx")
    for heading in (
        "Immediate safeguarding action",
        "Immediate learning",
        "Decision and rationale",
    ):
        assert heading in pack
    assert ACTIONS in pack and LEARNING in pack
    assert "to undertake a local Child Safeguarding Practice Review" in pack
    assert "Amy Clarke" in pack and "Chelsea Mitchell's engagement" in pack  # votes, named
    assert "key events of" in pack and "Police incident" in pack  # from the chronology
    assert "Chronology: Due, due Fri 01/05/2026" in pack  # the tracked chronology request
    assert len(docx.Document(str(out / "rapid_review_pack.docx")).inline_shapes) == 1  # genogram
    assert "Rapid review completed and decision made" in pack  # timescales

    terms = _text(out / "terms_of_reference_draft.docx")
    assert "From Mon 03/11/2014 to Tue 24/03/2026." in terms  # the child's birth to the incident
    assert "Kayden Hughes" in terms and "Methodology" in terms and "Key lines of enquiry" in terms
    invitation = _text(out / "family_invitation.docx")
    assert "Dear Chelsea Mitchell," in invitation and "Dear Keith" not in invitation  # deceased
    assert "Dear Gaz" not in invitation and "Jane Marsh" in invitation

    notes = sorted(p.name for p in (out / "notifications").glob("*.txt"))
    assert [n.split("_", 2)[1] for n in notes] == (
        ["incident"] + ["decision"] * 3 + ["reviewer"] * 3 + ["delay"] * 2 + ["report"] * 3
    )
    incident = (out / "notifications" / notes[0]).read_text(encoding="utf-8")
    assert "Logged as sent on 27/03/2026" in incident  # the tracked la_notified_on
    # Aware Wed 25/03/2026 + 5 working days: Thu 26, Fri 27, Mon 30, Tue 31, Wed 01/04.
    assert "Due by: Wed 01/04/2026" in incident
    report = (out / "notifications" / notes[-1]).read_text(encoding="utf-8")
    # 7 working days before Mon 02/11/2026: Fri 30, Thu 29, Wed 28, Tue 27, Mon 26, Fri 23, Thu 22.
    assert "Due by: Thu 22/10/2026" in report and "Secretary of State" in report
    delay_sos = (out / "notifications" / notes[8]).read_text(encoding="utf-8")
    assert "Police investigation of Liam Doyle" in delay_sos and "Not yet logged" in delay_sos
    ofsted = out / "notifications" / notes[2].replace(".txt", ".eml")
    message = email.message_from_bytes(ofsted.read_bytes())
    assert message["To"] == "Ofsted <SCR.SIN@ofsted.gov.uk>" and message["X-Unsent"] == "1"
    assert message["Subject"] == "Review RR-7: decision of the rapid review"
    assert "notification 3: Ofsted" in printed and "not logged as sent" in printed

    # Logged when sent (the existing `cspr review notify`), shown with its date when re-run.
    subject = message["Subject"]
    notify = ["review", "--database", url, "notify", "RR-7", "--to", "ofsted"]  # key or name
    assert main([*notify, "--subject", subject, "--on", "14/04/2026"]) == 0
    assert main([*args, "--chronology", *CHRONOLOGIES, "--today", "15/04/2026"]) == 0
    again = (out / "notifications" / notes[2]).read_text(encoding="utf-8")
    assert "Logged as sent on 14/04/2026" in again
    assert "Ofsted: Review RR-7: decision of the rapid review (sent 14/04/2026)" in (
        capsys.readouterr().out
    )


def test_anonymised_documents_pass_the_leak_check(tmp_path: Path) -> None:
    url = _database(tmp_path)
    family = tmp_path / "family.xlsx"
    shutil.copy(DEMO / "family.xlsx", family)
    out = tmp_path / "anon"
    args = ["documents", "RR-7", "--database", url, "--out", str(out), "--people", str(family)]
    assert main([*args, "--anonymise", "--chronology", *CHRONOLOGIES]) == 0
    files = [p for p in out.rglob("*") if p.is_file()]
    # letters, chronology template, pack/terms/invitation, notifications (.txt and .eml)
    assert len(files) == 3 + 1 + 3 + 12 * 2
    assert not any("Westbrook" in p.name or "Riverside" in p.name for p in files)
    register = load_register(family, default_register_path(family))
    assert find_leaks(files, register) == []
    for path in files:
        text = published_text(path)
        found = [s for s in SECRETS if s.lower() in text.lower()]
        assert not found, f"{path.name}: {found}"
    pack = _text(out / "rapid_review_pack.docx")
    assert "Child A" in pack and "Maternal grandmother" in pack  # roles, as the chronology
    assert "Immediate safeguarding action" in pack and "03/2026" in pack  # incident: month only
    assert not (out / "family.register.json").exists()  # the key stays beside the workbook
    assert default_register_path(family).exists()
    core = published_text(out / "terms_of_reference_draft.docx")
    assert "Mother" in core and "03/11/2014" not in core


def test_documents_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = _database(tmp_path)
    base = ["documents", "--database", url, "--out", str(tmp_path / "o")]
    assert main([*base, "RR-404"]) == 2
    assert capsys.readouterr().err == "cspr documents: error: no review with reference 'RR-404'\n"
    assert main([*base, "RR-7", "--anonymise"]) == 2
    assert capsys.readouterr().err == (
        "cspr documents: error: --people is needed to anonymise (the family workbook)\n"
    )
    assert main([*base, "RR-7", "--people", str(tmp_path / "missing.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cspr documents: error:") and "missing.xlsx" in err
    assert err.count("\n") == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_documents_open_in_libreoffice(tmp_path: Path) -> None:
    """LibreOffice converts the pack and the template to PDF (it refuses files it cannot read)."""
    url = _database(tmp_path)
    out = tmp_path / "docs"
    assert main(["documents", "RR-7", "--database", url, "--out", str(out)]) == 0
    template = tmp_path / "template.xlsx"
    assert main(["template", "chronology", "--out", str(template)]) == 0
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo'}"
    command = ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
    subprocess.run(
        [*command, str(out / "rapid_review_pack.docx"), str(template)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert (tmp_path / "rapid_review_pack.pdf").stat().st_size > 1000
    assert (tmp_path / "template.pdf").stat().st_size > 1000


def test_documents_use_the_files_added_to_the_review_in_the_dashboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No --chronology and no --people: the review's confirmed case files are used (a pending
    upload is not), read from the data folder as the dashboard stored them."""
    from reviews.casefiles import set_file_status, store_file

    url = _database(tmp_path)
    data = tmp_path / "data"
    monkeypatch.setenv("CSPR_DATA_DIR", str(data))
    engine = make_engine(url)
    with Session(engine) as db, db.begin():
        review = service.get_review(db, "RR-7")
        for name, kind, status in (
            ("Police_chronology.xlsx", "chronology", "confirmed"),
            ("GP_chronology.csv", "chronology", "confirmed"),
            ("Health_chronology.xlsx", "chronology", "pending"),
            ("family.xlsx", "family", "confirmed"),
        ):
            entry = store_file(
                db, data, review, name, (DEMO / name).read_bytes(), by="bs1", kind=kind
            )
            set_file_status(db, entry, status, by="bs1")
    engine.dispose()
    out = tmp_path / "docs"
    assert main(["documents", "RR-7", "--database", url, "--out", str(out)]) == 0
    pack = _text(out / "rapid_review_pack.docx")
    assert "Police incident" in pack and "GP change" in pack
    assert "Hospital attendance (Health)" not in pack  # the pending file is left out
    involvement = docx.Document(str(out / "rapid_review_pack.docx")).tables[3]
    rows = {row.cells[0].text: row.cells[2].text for row in involvement.rows[1:]}
    # The GP chronology is Riverside Surgery's (one agency however written); no Health row.
    assert list(rows) == ["Westbrook Primary School", "Riverside Surgery", "Northshire Police"]
    assert rows["Westbrook Primary School"] == "no chronology received"
    assert rows["Riverside Surgery"].endswith("entries, 01/2017 to 06/2021")
    assert len(docx.Document(str(out / "rapid_review_pack.docx")).inline_shapes) == 1
    assert "Dear Chelsea Mitchell," in _text(out / "family_invitation.docx")


def test_the_wording_file_refuses_mistakes_naming_the_key() -> None:
    """rules/documents.toml loads like every rules file: unknown keys and placeholders refused."""
    from reviews.document_rules import parse_document_rules

    text = (Path(service.__file__).parent / "rules" / "documents.toml").read_text("utf-8")
    assert parse_document_rules(text).recipients["sos"].name == "Secretary of State"
    with pytest.raises(ValueError, match=r"documents.toml: texts.family: unknown placeholder"):
        parse_document_rules(text.replace("Dear {recipient},", "Dear {surname},"))
    with pytest.raises(ValueError, match=r"notifications 1: unknown recipient"):
        parse_document_rules(text.replace('to = ["panel"]', 'to = ["press"]'))
    with pytest.raises(ValueError, match=r"\[template.columns 1\] unknown key 'colour'"):
        parse_document_rules(text.replace('header = "Date"\n', 'header = "Date"\ncolour = 1\n'))
