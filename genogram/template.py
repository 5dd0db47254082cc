"""The blank family workbook a reviewer fills in (`cspr genogram --template OUT.xlsx`).

Two sheets with the expected headers and drop-down lists for the coded columns, plus a guide
sheet with a worked example, so nobody has to guess the format. The example lives on the guide
sheet only: a template with sample rows in it invites sample rows in the genogram.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from genogram.errors import GenogramError
from genogram.family import PEOPLE_FIELDS, RELATIONSHIP_FIELDS, RELATIONSHIP_TYPES

GUIDE = (
    ("People", ""),
    ("person_id", "Any short id, unique in the sheet (P1, P2 ...). Do not use initials."),
    ("name", "Full name as known. Left out of anonymised genograms."),
    ("sex", "M, F, or U / blank when unknown or other."),
    ("date_of_birth", "Day first (03/11/2014), or a month (2017-11, Nov 2017) or a year (1961)."),
    ("date_of_death", "As date_of_birth; 'deceased' if the date is not known."),
    (
        "role",
        "Relationship to the subject child: subject child, sibling, half-sibling, mother, "
        "father, mother's partner, maternal grandmother, unknown adult ...",
    ),
    ("household", "The same id (H1, H2 ...) for people who live together now."),
    ("aliases", "Nicknames and other spellings, separated by ';' (used to anonymise text)."),
    ("ethnicity", "Optional."),
    ("notes", "Optional. Never shown in anonymised genograms."),
    ("pseudonym", "Optional: a pseudonym the family chose, used instead of the role label."),
    ("", ""),
    ("Relationships", ""),
    ("person_a, person_b", "Two person_ids. For parent types, person_a is the parent."),
    ("type", ", ".join(RELATIONSHIP_TYPES)),
    (
        "start_date, end_date",
        "Optional; as date_of_birth. A couple's history is one row per "
        "stage: cohabiting 2009 to 01/03/2017, then separated from 01/03/2017.",
    ),
    ("", ""),
    (
        "Example",
        "P1 subject child, P4 mother, P5 father: rows 'P4, P1, parent' and "
        "'P5, P1, parent'; 'P4, P5, cohabiting, 2009, 01/03/2017'; 'P4, P5, separated, "
        "01/03/2017'.",
    ),
)


def write_template(path: Path) -> None:
    """Write the blank family workbook to `path` (.xlsx)."""
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    if path.suffix.lower() != ".xlsx":
        raise GenogramError(f"must end in .xlsx (got '{path.name}')", field="template")
    workbook = openpyxl.Workbook()
    people = workbook.active
    people.title = "People"
    people.append(list(PEOPLE_FIELDS))
    relationships = workbook.create_sheet("Relationships")
    relationships.append(list(RELATIONSHIP_FIELDS))
    guide = workbook.create_sheet("Guide")
    for row in GUIDE:
        guide.append(list(row))
    for sheet in (people, relationships):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            sheet.column_dimensions[cell.column_letter].width = 18
        sheet.freeze_panes = "A2"
    guide.column_dimensions["A"].width = 24
    guide.column_dimensions["B"].width = 110
    for cell in guide["A"]:
        cell.font = Font(bold=True)
    sex = DataValidation(type="list", formula1='"M,F,U"', allow_blank=True)
    people.add_data_validation(sex)
    sex.add("C2:C1000")
    types = DataValidation(type="list", formula1="=Guide!$Z$1:$Z$30", allow_blank=False)
    for index, name in enumerate(RELATIONSHIP_TYPES, start=1):
        guide.cell(row=index, column=26, value=name)
    guide.column_dimensions["Z"].hidden = True
    relationships.add_data_validation(types)
    types.add("C2:C2000")
    # Dates as text: Excel would otherwise re-read 03/11/2014 in the machine's locale.
    for sheet in (people, relationships):
        for column in ("D", "E"):
            for number in range(2, 1001):
                sheet[f"{column}{number}"].number_format = "@"
    props = workbook.properties
    props.creator = props.lastModifiedBy = "cspr"
    props.created = props.modified = dt.datetime(2000, 1, 1)
    workbook.save(path)
