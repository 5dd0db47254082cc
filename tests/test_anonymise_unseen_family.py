"""An unseen case through `cspr merge ... --people FAMILY.xlsx --anonymise`, end to end.

The Kettleby-Tredwell family, their practitioners, schools, GP practice and hospital are written
here for this test only (no name is taken from sample_data/ or the other tests). Five agency
files (four workbooks, one CSV; one file and two sheets are named after the family) mention the
people in many ways. Every output file is read back and searched for every name, place and
identifier; the assertion lists each leak with its file, part and surrounding text.

Names that are also English words (Hope, Will, Summer, Mark, Rose, Sunny, Fez, Wrens...) are
searched case-sensitively in Title and UPPER case, so an ordinary "will" or "summer" is not a
leak; every other name is searched case-insensitively, accents and curly apostrophes folded.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import re
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cspr.cli import main
from tests.builders import write_xlsx

D = dt.datetime

PEOPLE = [
    ["person_id", "name", "sex", "date_of_birth", "date_of_death", "role", "household", "aliases"],
    ["K1", "Hope Kettleby-Tredwell", "F", D(2017, 3, 14), None, "subject child", "H1", "Hopey"],
    ["K2", "Will Kettleby-Tredwell", "M", D(2013, 6, 21), None, "sibling", "H1", "Billy"],
    ["K3", "Zoë O'Neill", "F", D(2020, 11, 2), None, "sibling", "H1", "Zoe"],
    ["K4", "Summer Kettleby", "F", D(1993, 9, 5), None, "mother", "H1", "Sunny"],
    ["K5", "Mark Tredwell", "M", D(1989, 1, 30), None, "father", "H2", "Marky"],
    ["K6", "Cormac O'Neill", "M", D(1990, 4, 12), None, "mother's partner", "H1", "Corky"],
    ["K7", "Rose Kettleby", "F", D(1968, 12, 1), None, "maternal grandmother", "H3", "Nanna Rose"],
    ["K8", "Craig Ferriday", "M", None, None, "unknown adult", None, "Fez"],
]
RELATIONSHIPS = [
    ["person_a", "person_b", "type", "start_date", "end_date"],
    ["K4", "K1", "parent", None, None],
    ["K4", "K2", "parent", None, None],
    ["K4", "K3", "parent", None, None],
    ["K5", "K1", "parent", None, None],
    ["K5", "K2", "parent", None, None],
    ["K6", "K3", "parent", None, None],
    ["K7", "K4", "parent", None, None],
    ["K4", "K5", "separated", "2011", "2018-08"],
    ["K4", "K6", "cohabiting", "2019-05", "2023-01"],
    ["K4", "K8", "unknown", None, None],
]

POLICE = {
    "Incident log": [
        ["Police chronology – OFFICIAL-SENSITIVE", None, None, None, None, None],
        [None, None, None, None, None, None],
        ["Date/Time", "Occurrence Ref", "Type", "Summary of incident", "Action taken", "Officer"],
        [
            "12/02/2021 22:40",
            "OR/21/0113",
            "Domestic incident",
            "Neighbour at 14 Foxglove Rise, Cobley BR4 7QT reported shouting. Summer KETTLEBY "
            "(d.o.b. 05/09/1993) states partner Cormac O'NEILL pushed her into a door. Hope and "
            "Will asleep upstairs.",
            "DASH medium. PPN to MASH.",
            "PC 4417 Brannigan",
        ],
        [
            "13/02/2021 09:15",
            "OR/21/0113",
            "Interview",
            "Voluntary interview: O'Neill denies assault, says it was 'just words with Sunny'. "
            "Summer's mobile 07700 900123 recorded as contact number.",
            "NFA – victim did not support.",
            "DC Tamsin Halloran",
        ],
        [
            "03/06/2021 01:20",
            "OR/21/0562",
            "Concern for welfare",
            "H.K-T (aged 4) seen alone at an upstairs window at 01:00. Mum asleep, intoxicated. "
            "Male known only as 'Fez' (believed Craig FERRIDAY) left on police arrival.",
            "PPN. Strategy discussion requested.",
            "Sgt Wardle / PC 4417 Brannigan",
        ],
        [
            "17/11/2022 18:05",
            "OR/22/1204",
            "Missing child",
            "Billy (Will Kettleby-Tredwell, 9) reported missing by maternal grandmother Rose "
            "Kettleby after not arriving home from St Wilfrid's RC Primary School. Found 20:40 "
            "at Cormac's flat, Flat 2, 9 Tannery Row, BR4 2NX.",
            "Return home interview requested.",
            "PC Ashdown",
        ],
        [
            "09/01/2023 23:10",
            "OR/23/0031",
            "Arrest",
            "Cormac O'Neil (DOB 12.04.1990) arrested for breach of non-molestation order at "
            "Summer K's address. Zoë present in her pram. DC Halloran informed.",
            "Charged, remanded.",
            "DC T. Halloran",
        ],
    ]
}

CSC = {
    "CSC": [
        ["Date", "Event type", "Details", "Outcome", "Worker"],
        [
            D(2021, 2, 15),
            "MASH referral",
            "PPN re DA at home of Summer Kettleby. Children: Hope Kettleby-Tredwell (DOB "
            "14/03/2017), Will Kettleby-Tredwell (DOB 21/06/2013). Mother's mobile 07700 900123, "
            "email summer.kettleby93@example.com.",
            "Step down to Early Help.",
            "MASH – Priyanka Sethi",
        ],
        [
            D(2021, 6, 4),
            "Strategy discussion",
            "Police (DC Halloran), HV Bethan, Mrs Ashcombe (DSL, Thornfield Primary School), SW "
            "Priyanka Sethi. HOPE left alone overnight; mum's associate 'Fez' not known.",
            "S47 for Hope and Will.",
            "SW Priyanka Sethi",
        ],
        [
            D(2021, 6, 18),
            "Home visit",
            "Visit to 14 Foxglove Rise. Hopey showed me her room: no bedding. Will says Nanna "
            "Rose looks after them 'loads'. Summers's account of 3 June inconsistent.",
            "ICPC to be convened.",
            "P. Sethi",
        ],
        [
            D(2021, 7, 1),
            "ICPC",
            "Hope and Will subject to CP plans (neglect). Father Mark Tredwell ('Marky', DOB "
            "30/01/1989, NI QQ 12 34 56 C) joined by phone; Mark's view is the children should "
            "live with him.",
            "CP plans.",
            "Chair: Gethin Llewellyn (IRO)",
        ],
        [
            D(2022, 11, 22),
            "Return home interview",
            "RHI with W.K-T: he went to Corky's flat because 'Mum and Cormac were fighting "
            "again'. Kettelby-Tredwell children remain on CP plans.",
            "Shared with core group.",
            "Ms Sethi",
        ],
        [
            D(2023, 3, 10),
            "Legal planning meeting",
            "Threshold met; Zoë O'Neill (DOB 02/11/2020) added. Rose Kettleby (born 1st "
            "December 1968, tel 01632 960781) offers to care for all three grandchildren.",
            "PLO letter issued.",
            "TM Sunita Varma",
        ],
    ]
}

HEALTH = {
    "Health Visiting": [
        ["Date", "Contact type", "Child", "Practitioner", "Entry", "Plan"],
        [
            "24.11.2020",
            "New birth visit",
            "Zoë",
            "HV Bethan Rhys-Morgan",
            "Zoë O'Neill born 02/11/2020 at the Royal Brankshire Infirmary, NHS 999 208 8176. "
            "Father Cormac present so routine enquiry not asked.",
            "Universal plus.",
        ],
        [
            "10.03.2021",
            "Home visit",
            "Hope",
            "HV Bethan",
            "2-2½ year review (late). Hope's speech delayed. Summer low mood, PHQ-2 positive.",
            "SALT referral. Mum to see GP.",
        ],
        [
            "02.08.2021",
            "Telephone",
            "Zoe",
            "Bethan R-M",
            "No answer on 07700900123. Text sent. Zoe's 9-12 month review rebooked at the "
            "Ridgeway Medical Centre clinic room.",
            "Rebook.",
        ],
    ],
    "ED attendances": [
        [
            "Arrival date",
            "Arrival time",
            "Patient",
            "NHS number",
            "Presenting complaint",
            "Outcome / Disposal",
            "Safeguarding flag",
        ],
        [
            "27-May-2021",
            "19:10",
            "Hope KETTLEBY-TREDWELL",
            "999 321 4566",
            "Scald R forearm; mum says Hope pulled the kettle cord. Seen by Dr Ines Vasquez-Hart.",
            "Discharged, HV notified.",
            "Yes",
        ],
        [
            "14-Sep-2022",
            "14:00",
            "Will KETTLEBY-TREDWELL",
            "9997650123",
            "Wheeze, asthma exacerbation.",
            "Nebulised, discharged.",
            "No",
        ],
        [
            "09-Jan-2023",
            "23:50",
            "Summer KETTLEBY",
            "999 540 0634",
            "Facial bruising after assault by ex-partner C.O'N. Lives 14 Foxglove Rise, BR4 7QT.",
            "IDVA referral.",
            "Yes – DA",
        ],
    ],
}

EDUCATION = {
    "Hope": [
        ["Education chronology – Hope KETTLEBY-TREDWELL (DOB 14/03/2017)", None, None, None, None],
        [None, None, None, None, None],
        ["Date", "Setting", "Event", "Action taken", "Staff"],
        [
            D(2021, 9, 6),
            "Little Wrens Nursery",
            "Hope started at Little Wrens Nursery (30 hrs). Collected by Nanna Rose or 'Corky'.",
            "Key person allocated.",
            "Kerry-Ann Fothergill (manager)",
        ],
        [
            D(2022, 9, 5),
            "Thornfield Primary School",
            "Hope joined Reception at Thornfield Primary. Records from Little Wrens came late.",
            "Added to DSL list.",
            "Mrs Ashcombe (DSL)",
        ],
        [
            D(2023, 1, 12),
            "Thornfield Primary School",
            "In circle time Hope said 'Cormac hurt mummy'. H.K-T seemed withdrawn.",
            "Referral to MASH.",
            "Mrs H. Ashcombe",
        ],
    ],
    "Will": [
        ["Date", "School", "Event", "Action", "Staff"],
        [
            D(2021, 10, 14),
            "St Wilfrid's RC Primary School",
            "Will (Billy) attendance 82%. Mr Tredwell asked for reports to be e-mailed to "
            "mark.tredwell@example.net.",
            "EWO referral.",
            "Mr Dominic Yeats (attendance)",
        ],
        [
            D(2022, 11, 18),
            "St Wilfrid's RC Primary School",
            "WILL back after going missing; told his teacher he stayed at Corky's.",
            "Shared with SW Sethi.",
            "Mr Yeats (DSL)",
        ],
    ],
}

GP_ROWS = [
    ["Date", "Patient", "Clinician", "Consultation type", "Notes"],
    [
        "19/03/2021",
        "Summer Kettleby (DOB 05/09/1993)",
        "Dr Nwachukwu",
        "Consultation",
        "Low mood, sertraline started. Lives with partner Cormac and children at 14 Foxglove Rise.",
    ],
    [
        "08/07/2021",
        "Hope Kettleby-Tredwell",
        "Dr O. Nwachukwu",
        "Consultation",
        "Brought by grandmother Rose K (tel 07700 900456). Impetigo, fucidin.",
    ],
    [
        "11/01/2023",
        "Summer Kettleby",
        "Practice nurse Tegan Moult",
        "Consultation",
        "Review of bruising seen at Royal Brankshire Infirmary ED. Discloses Cormacs violence. "
        "NI QQ123456A.",
    ],
    [
        "20/02/2023",
        "Zoë O'Neill",
        "Dr Nwachukwu",
        "Immunisation",
        "Zoë's MMR given. Address now Flat 2, 9 Tannery Row, Cobley BR4 2NX.",
    ],
]

# (category, term, case_sensitive): case-sensitive terms are searched in Title and UPPER case.
NAMES = [
    *[
        ("family full name", n, False)
        for n in (
            "Hope Kettleby-Tredwell",
            "Will Kettleby-Tredwell",
            "Zoë O'Neill",
            "Summer Kettleby",
            "Mark Tredwell",
            "Cormac O'Neill",
            "Rose Kettleby",
            "Craig Ferriday",
        )
    ],
    *[("family first name", n, True) for n in ("Hope", "Will", "Summer", "Mark", "Rose")],
    *[("family first name", n, False) for n in ("Zoë", "Cormac", "Craig")],
    *[
        ("family surname", n, False)
        for n in ("Kettleby-Tredwell", "Kettleby", "Tredwell", "O'Neill", "Neill", "Ferriday")
    ],
    *[("family nickname", n, False) for n in ("Hopey", "Billy", "Marky", "Corky")],
    *[("family nickname", n, True) for n in ("Sunny", "Fez")],
    *[("misspelling", n, False) for n in ("Kettelby", "Kettelby-Tredwell", "O'Neil", "Cormacs")],
    ("misspelling", "Summers", True),
    *[("initials", n, True) for n in ("H.K-T", "W.K-T", "C.O'N", "R-M")],
    *[
        ("practitioner", n, False)
        for n in (
            "Brannigan",
            "Tamsin",
            "Halloran",
            "Wardle",
            "Ashdown",
            "Priyanka",
            "Sethi",
            "Bethan",
            "Rhys-Morgan",
            "Rhys",
            "Ashcombe",
            "Gethin",
            "Llewellyn",
            "Sunita",
            "Varma",
            "Vasquez-Hart",
            "Vasquez",
            "Kerry-Ann",
            "Fothergill",
            "Dominic",
            "Yeats",
            "Nwachukwu",
            "Tegan",
            "Moult",
        )
    ],
    ("practitioner", "Ines", True),
    ("collar number", "4417", False),
    *[
        ("organisation", n, False)
        for n in (
            "Thornfield Primary School",
            "Thornfield",
            "St Wilfrid's RC Primary School",
            "St Wilfrid's",
            "Wilfrid",
            "Little Wrens Nursery",
            "Little Wrens",
            "Ridgeway Medical Centre",
            "Ridgeway",
            "Royal Brankshire Infirmary",
            "Brankshire",
        )
    ],
    ("organisation", "Wrens", True),
    *[
        ("address", n, False)
        for n in ("14 Foxglove Rise", "Foxglove Rise", "9 Tannery Row", "Tannery Row")
    ],
    *[("address", n, True) for n in ("Foxglove", "Tannery")],
    *[("email", n, False) for n in ("summer.kettleby93@example.com", "mark.tredwell@example.net")],
]
# Identifiers: digits/letters may be split by spaces, dots or hyphens in the output.
IDENTIFIERS = [
    ("postcode", "BR47QT"),
    ("postcode", "BR42NX"),
    ("phone", "07700900123"),
    ("phone", "07700900456"),
    ("phone", "01632960781"),
    ("NHS number", "9993214566"),
    ("NHS number", "9997650123"),
    ("NHS number", "9992088176"),
    ("NHS number", "9995400634"),
    ("NI number", "QQ123456C"),
    ("NI number", "QQ123456A"),
]
# Whole word: not inside a run of letters or digits ("_" and "-" separate, as in file names).
L, R = r"(?<![^\W_])", r"(?![^\W_])"
DATES_OF_BIRTH = [
    D(2017, 3, 14),
    D(2013, 6, 21),
    D(2020, 11, 2),
    D(1993, 9, 5),
    D(1989, 1, 30),
    D(1990, 4, 12),
    D(1968, 12, 1),
]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    found: list[tuple[str, str, re.Pattern[str]]] = []
    for category, term, case_sensitive in NAMES:
        body = re.escape(_fold(term)).replace("\\ ", r"\s+")
        if case_sensitive:
            for form in {term, term.upper()}:
                pattern = re.compile(rf"{L}{re.escape(_fold(form))}{R}")
                found.append((category, term, pattern))
        else:
            found.append((category, term, re.compile(rf"{L}{body}{R}", re.IGNORECASE)))
    for category, term in IDENTIFIERS:
        body = r"[\s.\-]*".join(re.escape(c) for c in term)
        found.append((category, term, re.compile(rf"(?<![A-Za-z0-9]){body}(?![0-9])", re.I)))
    for dob in DATES_OF_BIRTH:
        d, m, y = dob.day, dob.month, dob.year
        month = dob.strftime("%B")
        forms = [
            rf"0?{d}\s*[/.\-]\s*0?{m}\s*[/.\-]\s*{y}",
            rf"{y}-{m:02d}-{d:02d}",
            rf"0?{d}(?:st|nd|rd|th)?\s+(?:{month}|{month[:3]})\.?,?\s+{y}",
        ]
        found.append(
            (
                "date of birth",
                dob.strftime("%d/%m/%Y"),
                re.compile(rf"(?<!\d)(?:{'|'.join(forms)})(?!\d)", re.IGNORECASE),
            )
        )
    return found


def _xml_text(xml: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", xml))


def _docx_parts(path: Path) -> dict[str, str]:
    parts: dict[str, str] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            xml = archive.read(name).decode("utf-8", "replace")
            if name.startswith("word/"):
                paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
                runs = [
                    "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs
                ]
                parts[name] = html.unescape("\n".join(runs)) + "\n" + _xml_text(xml)
            else:
                parts[name] = _xml_text(xml)
    return parts


def _xlsx_parts(path: Path) -> dict[str, str]:
    parts: dict[str, str] = {}
    workbook = openpyxl.load_workbook(path)
    parts["sheet names"] = "\n".join(workbook.sheetnames)
    for sheet in workbook.worksheets:
        values = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
        parts[f"sheet {sheet.title!r}"] = "\n".join(values)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if (
                name.startswith("docProps/")
                or name == "xl/workbook.xml"
                or ("comments" in name or "sharedStrings" in name)
            ):
                parts[name] = _xml_text(archive.read(name).decode("utf-8", "replace"))
    return parts


def _read_output(path: Path) -> dict[str, str]:
    parts = {"file name": path.name}
    if path.suffix == ".docx":
        parts.update(_docx_parts(path))
    elif path.suffix == ".xlsx":
        parts.update(_xlsx_parts(path))
    else:
        parts["text"] = path.read_bytes().decode("utf-8-sig", "replace")
    return parts


def _build_case(root: Path) -> tuple[Path, list[Path], int]:
    family = write_xlsx(root / "family.xlsx", {"People": PEOPLE, "Relationships": RELATIONSHIPS})
    files = [
        write_xlsx(root / "Police_chronology.xlsx", POLICE),
        write_xlsx(root / "Childrens_Social_Care_chronology.xlsx", CSC),
        write_xlsx(root / "Health_chronology.xlsx", HEALTH),
        write_xlsx(root / "Education_chronology_Kettleby-Tredwell.xlsx", EDUCATION),
    ]
    gp = root / "Ridgeway_GP_chronology.csv"
    with gp.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(GP_ROWS)
    files.append(gp)
    data_rows = (
        len(POLICE["Incident log"])
        - 3
        + len(CSC["CSC"])
        - 1
        + sum(len(rows) - 1 for rows in HEALTH.values())
        + len(EDUCATION["Hope"])
        - 3
        + len(EDUCATION["Will"])
        - 1
        + len(GP_ROWS)
        - 1
    )
    return family, files, data_rows


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("unseen_family")
    family, files, data_rows = _build_case(root)
    out = root / "published"
    code = main(
        ["merge", *map(str, files), "--out", str(out), "--people", str(family), "--anonymise"]
    )
    assert code == 0, f"merge --anonymise failed with exit code {code}"
    return out, data_rows


def test_unseen_family_leaves_no_name_place_or_identifier_in_any_output(published):
    out, _ = published
    outputs = sorted(p for p in out.rglob("*") if p.is_file())
    assert {p.suffix for p in outputs} >= {".csv", ".xlsx", ".docx"}, outputs

    patterns = _patterns()
    leaks: list[str] = []
    for path in outputs:
        for part, text in _read_output(path).items():
            folded = _fold(text)
            for category, term, pattern in patterns:
                for match in pattern.finditer(folded):
                    start, end = match.span()
                    context = folded[max(0, start - 60) : end + 60].replace("\n", " | ")
                    leaks.append(f"{category} {term!r} in {path.name} [{part}]: ...{context}...")
    unique = sorted(set(leaks))
    assert not unique, f"{len(unique)} leak(s):\n" + "\n".join(unique)


def test_unseen_family_sources_hold_every_accepted_row(published):
    out, data_rows = published
    with (out / "sources.csv").open(encoding="utf-8-sig", newline="") as handle:
        sources = list(csv.DictReader(handle))
    rejected: list[dict[str, str]] = []
    if (out / "rejected.csv").exists():
        with (out / "rejected.csv").open(encoding="utf-8-sig", newline="") as handle:
            rejected = list(csv.DictReader(handle))
    assert len(sources) == data_rows - len(rejected), (len(sources), data_rows, len(rejected))
    assert not rejected, f"valid rows rejected: {rejected}"


def test_the_search_finds_every_term_in_the_unredacted_inputs(tmp_path):
    """The zero-leak result means something only if each pattern finds its term in the input."""
    _, files, _ = _build_case(tmp_path)
    texts = [_fold(text) for path in files for text in _read_output(path).values()]
    missing = sorted(
        {term for _, term, _ in _patterns()}
        - {term for _, term, pattern in _patterns() if any(pattern.search(t) for t in texts)}
    )
    assert not missing, f"terms the search cannot find in the inputs: {missing}"
