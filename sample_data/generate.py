"""Generate deterministic, deliberately messy, entirely fictional agency chronologies.

Real chronologies cannot be shared, so the ingestion code is developed and tested against this
invented case: one family, seven agencies, each with its own spreadsheet template and its own
habits (title rows, text dates, partial dates, duplicates, injection bait). The ground truth is
built from the same data structures the files are written from, so it is right by construction.

Usage: python sample_data/generate.py [--out DIR] [--events N] [--seed S]
Without --events the demo case is written (default sample_data/demo_case/); with --events N
about six large workbooks totalling N data rows are written (default sample_data/scale/).

Everything here is invented: names, addresses (postcode areas that do not exist), phone numbers
from Ofcom's drama ranges, NHS numbers in the 999 test range, NI numbers with the QQ prefix.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import sys
import time
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

import xlsxwriter
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20210612
FIXED_STAMP = datetime(2021, 7, 1, 0, 0, 0)
ZIP_TIME = (2021, 7, 1, 0, 0, 0)

# fmt: off
MONTHS = [
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

KEY_EVENTS = (
    "referral_contact", "assessment", "strategy_discussion", "meeting_or_cp_conference",
    "section47_enquiry", "injury_or_neglect", "hospital_attendance", "birth_death_illness",
    "house_move", "family_composition_change", "criminal_proceedings", "civil_proceedings",
    "school_change_or_exclusion", "gp_change", "self_referral", "legal_status_or_looked_after",
    "police_incident", "missing_episode", "suicide_attempt_or_overdose", "support_offered",
    "engagement_with_professionals", "unknown_adults", "other_significant", "not_key_event",
)
REJECT_KINDS = ("missing_date", "impossible_date", "vague_date", "missing_text", "future_date")
GT_COLUMNS = (
    "source_file", "source_sheet", "source_row", "status", "reject_kind", "agency", "date",
    "date_precision", "time", "occurrence_id", "key_event",
)
# fmt: on
FOOTER = "End of chronology – completed by J. Bloggs 12/07/2021"


# --------------------------------------------------------------------------- identifiers
def nhs_number(stem: int) -> str:
    """First valid (mod-11) NHS number at or after a 9-digit stem, spaced 3-3-4."""
    while True:
        digits = f"{stem:09d}"
        total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = (11 - total % 11) % 11
        if check != 10:
            full = f"{digits}{check}"
            return f"{full[:3]} {full[3:6]} {full[6:]}"
        stem += 1


NHS = {
    "Kayden": nhs_number(999_014_113),
    "Tyler": nhs_number(999_010_422),
    "Mia": nhs_number(999_019_927),
    "Chelsea": nhs_number(999_091_069),
    "Sandra": nhs_number(999_061_001),
}
NI = {"Chelsea": "QQ 12 34 56 A", "Liam": "QQ 65 43 21 C", "Daniel": "QQ 11 22 33 B"}
PHONE = {
    "Chelsea": "07700 900461",
    "Liam": "07700 900782",
    "Sandra": "01632 960347",
    "Daniel": "07700 900219",
    "WomensAid": "01632 960555",
    "StAidans": "01632 960118",
}
ADDR1 = "14 Larch Close, Eastfield EF4 9ZQ"
ADDR_TA = "Room 12, Westgate House, Eastfield EF1 3XW"
ADDR2 = "Flat 3, 27 Brook Street, Eastfield EF2 7QX"


# --------------------------------------------------------------------------- data model
@dataclass(frozen=True)
class Formula:
    """A genuine formula cell (openpyxl writes no cached value for it)."""

    text: str


@dataclass(frozen=True)
class Bad:
    """A date cell that must be rejected: the raw value as typed and the reject kind."""

    raw: object
    kind: str


Cell = object  # str | int | float | date | datetime | dtime | Formula | None
When = str | Bad  # "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or Bad


@dataclass
class Truth:
    """What the ingestion should conclude about one data row."""

    status: str
    reject_kind: str = ""
    date: str = ""
    precision: str = ""
    time: str = ""
    occ_key: str = ""
    key_event: str = ""


@dataclass
class Row:
    """One non-blank row below a header, with its ground truth."""

    cells: list[Cell]
    truth: Truth
    fixed: bool = False  # never moved by the seeded shuffle (footers)


@dataclass
class Table:
    """One chronology table on one sheet (None rows are blank spacers)."""

    sheet: str
    header: list[str]
    titles: list[str | None] = field(default_factory=list)
    rows: list[Row | None] = field(default_factory=list)


@dataclass
class Agency:
    """One agency file: xlsx tables (plus optional free-text sheets) or a single CSV table."""

    file: str
    agency: str
    tables: list[Table]
    notes: dict[str, list[str]] = field(default_factory=dict)
    csv_title: str = ""


def parse_when(when: str) -> tuple[date, str]:
    """Split a spec date into its first day and precision."""
    parts = [int(p) for p in when.split("-")]
    if len(parts) == 3:
        return date(*parts), "day"
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), "month"
    return date(parts[0], 1, 1), "year"


def partial_text(when: str) -> str | None:
    """How a person types a partial date ('March 2017', '2018'); None for full dates."""
    d, precision = parse_when(when)
    if precision == "month":
        return f"{MONTHS[d.month]} {d.year}"
    if precision == "year":
        return str(d.year)
    return None


def make_truth(when: When, time_: str, label: str, occ: str | None) -> Truth:
    """Truth for a spec row: rejected if the date is bad or the label says so."""
    if isinstance(when, Bad):
        return Truth("rejected", when.kind)
    if label.startswith("!"):
        return Truth("rejected", label[1:])
    d, precision = parse_when(when)
    return Truth("accepted", "", d.isoformat(), precision, time_, occ or "", label)


def ordinal(d: date) -> str:
    """'5th June 2017' style."""
    suffix = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {MONTHS[d.month]} {d.year}"


def text_date(when: When, render: Callable[[date], str]) -> Cell:
    """A date written as text with the agency's own format (partials and bad values as typed)."""
    if isinstance(when, Bad):
        return when.raw
    return partial_text(when) or render(parse_when(when)[0])


def cell_date(when: When) -> Cell:
    """A date as Excel would store it after typing: real date cell if full, else text."""
    if isinstance(when, Bad):
        return when.raw
    return partial_text(when) or parse_when(when)[0]


def hm(t: str) -> dtime | None:
    """'14:30' -> time cell value."""
    if not t:
        return None
    h, m = t.split(":")
    return dtime(int(h), int(m))


def footer_row(ncols: int, col: int) -> Row:
    """A sign-off line below the data: kept in the rejected rows as not an entry."""
    cells: list[Cell] = [None] * ncols
    cells[col] = FOOTER
    return Row(cells, Truth("rejected", "not_entry"), fixed=True)


# --------------------------------------------------------------------------- the case
# Each spec: (when, time, occurrence key or None, key-event label or "!reject_kind", *texts).
# Shared occurrence keys mark the same real-world occurrence recorded by several agencies.

# fmt: off
POLICE = [
    ("2017-02-14", "23:40", None, "police_incident", "EF-17-014522", "Domestic incident",
     "Neighbour reports shouting at 14 Larch Close EF4 9ZQ. Verbal argument between Chelsea "
     "MITCHELL and ex-partner Daniel HUGHES (Danny). No offences disclosed. Children Tyler (6) "
     "and Kayden (2) asleep upstairs.",
     "DASH completed – STANDARD. Danny left to stay at his mother’s. PPN submitted.",
     "PC 4471 H. Price"),
    ("2017-10-11", "22:30", None, "police_incident", "EF-17-101187", "ASB / concern for welfare",
     "Male shouting outside 14 Larch Close in drink, believed to be Danny Hughes, demanding to "
     "see 'his kids'. Left on police arrival.",
     "Words of advice. Intel log created. No PPN – children not seen.", "PC 2210 M. Osei"),
    ("2018-04-21", "22:10", None, "police_incident", "EF-18-042177", "Domestic incident",
     "DA at 14 Larch Close. Chelsea Mitchel states partner Lee DOYLE pushed her into the kitchen "
     "door injuring her wrist. Doyle left prior to arrival. Tyler crying on the stairs.",
     "DASH – MEDIUM. Victim advised to attend A&E. Crime recorded (common assault).",
     "PC 4471 H. Price"),
    ("2018-04-22", "10:15", "ppn_2018", "referral_contact", "EF-18-042177", "PPN – child",
     "Child concern PPN submitted to Eastfield MASH re Tyler and Kayden HUGHES following DA "
     "21/04.", "MASH notified by secure email.", "PC 4471 H. Price"),
    ("2018-04-22", "19:05", None, "police_incident", "EF-18-042290", "Domestic incident",
     "Further call from Chelsea: Liam Doyle back at the address banging on the door and "
     "shouting. Gone on arrival, area search negative.",
     "Crime report updated. Cocoon watch with neighbours. TFA marker placed on address.",
     "PC 3098 S. Khan"),
    ("2018-04-25", "11:00", "sd_2018", "strategy_discussion", "EF-18-042177", "Strategy discussion",
     "Strategy discussion (MASH): DS Carter, SW Amy Clarke, HV Jo Evans, DSL Westbrook Primary. "
     "Threshold for S47 met.", "Joint S47 agreed. DC Smith to attend joint visit.", "DS R. Carter"),
    ("2018-04-26", "15:30", "s47_visit_2018", "section47_enquiry", "EF-18-042177",
     "Child protection",
     "Joint S47 visit with CSC. Tyler spoken to alone – said 'Lee shouts at mum and punches the "
     "wall'. Kayden too young to engage.",
     "No further police action re children. Crime re mother continues.", "DC J. Smith"),
    ("2018-05-17", "10:00", "icpc_2018", "meeting_or_cp_conference", "EF-18-042177", "Conference",
     "ICPC attended by DC Smith. Both children made subject of CP plans – category emotional "
     "abuse.", "Police report submitted. Minutes to be uploaded to the crime record.",
     "DC J. Smith"),
    ("2018-06-14", "09:30", "marac_2018", "meeting_or_cp_conference", "MARAC/18/0614-07", "MARAC",
     "Case heard at MARAC (victim Chelsea Mitchell, perpetrator Liam Doyle). 3 DA incidents in "
     "12 months.", "IDVA to contact victim; housing to fit target hardening; flag on address.",
     "DS R. Carter"),
    ("2018-07-08", "23:50", None, "police_incident", "EF-18-070845", "Domestic incident",
     "999 call from Chelsea Mitchell – Doyle punched her to the face in front of the children. "
     "Doyle still on scene.", "Doyle arrested. Victim declined ambulance. PPN submitted.",
     "PC 2210 M. Osei"),
    ("2018-07-09", "14:20", None, "criminal_proceedings", "EF-18-070845", "Charge",
     "Liam DOYLE (DOB 15/08/1986) interviewed and charged with assault by beating (CPS "
     "authority).",
     "Bailed to Eastfield Magistrates 16/08/2018: not to contact Chelsea Mitchell or attend "
     "Larch Close.", "DC J. Smith"),
    ("2018-08-16", "", "court_2018", "criminal_proceedings", "EF-18-070845", "Court result",
     "Eastfield Magistrates’ Court: Doyle pleaded guilty. 24-month Community Order with "
     "Building Better Relationships and 20 RAR days. Restraining order 2 yrs.",
     "Result on PNC. Victim informed by OIC.", "DC J. Smith"),
    ("2019-05-20", "16:10", None, "other_significant", "EF-19-052011", "Information",
     "Probation report Doyle living with the victim at Flat 3, 27 Brook Street in breach of "
     "the restraining order. Chelsea says she wants the order lifted.",
     "Words of advice to Doyle. Victim referred to IDVA.", "PC 3098 S. Khan"),
    ("2019-11-23", "19:40", None, "missing_episode", "EF-19-112360", "Missing person",
     "Tyler Hughes (9) reported missing by mother after not returning from the park. Found "
     "22:15 at maternal grandmother's address, safe and well.",
     "Safe and well check done. RHI request sent to CSC.", "PC 3098 S. Khan"),
    ("2019-12-06", "21:05", None, "unknown_adults", "INT/19/88412", "Intelligence",
     "Intel: male known only as 'GAZ' seen attending Flat 3, 27 Brook Street several times a "
     "week, short visits – suspected drug supply. Children live at address.",
     "Intelligence submitted and shared with MASH.", "PCSO 7751 L. Grant"),
    ("2020-06-13", "23:10", None, "police_incident", "EF-20-061398", "Domestic incident",
     "Neighbour reports shouting and children screaming at Flat 3, 27 Brook Street. Chelsea "
     "says verbal argument only; Doyle left before arrival. Kayden awake and upset.",
     "DASH – HIGH (escalation). PPN submitted. Re-referral to MARAC.", "PC 4471 H. Price"),
    ("2020-06-14", "15:40", None, "police_incident", "EF-20-061455", "Harassment",
     "Chelsea reports Doyle sending abusive texts from 07700 900782 and threatening to 'take "
     "the baby'.", "Crime recorded (malicious communications). Doyle to be interviewed.",
     "PC 2210 M. Osei"),
    ("2020-06-18", "13:00", "sd_2020", "strategy_discussion", "EF-20-061398", "Strategy discussion",
     "Strategy meeting re Tyler, Kayden and Mia. Police history shared (6 DA incidents since "
     "2017).", "S47 agreed – CSC single agency, police to share intel.", "DS R. Carter"),
    ("2020-07-09", "10:00", "icpc_2020", "meeting_or_cp_conference", "EF-20-061398", "Conference",
     "ICPC (virtual) – all three children made subject of CP plans (neglect).",
     "Police report provided.", "DC J. Smith"),
    ("2021-02-19", "20:30", None, "missing_episode", "EF-21-021933", "Missing person",
     "Tyler (10) missing overnight after argument with mum's partner. Located 07:10 next day at "
     "a friend's house.", "Debrief. RHI requested. Graded MEDIUM risk.", "PC 3098 S. Khan"),
    ("2021-03-09", "14:00", "sd_2021a", "strategy_discussion", "EF-21-030911",
     "Strategy discussion",
     "Strat disc following bruise to Kaden's cheek reported by school. Child said 'Lee pushed "
     "me'.", "Joint S47. CP medical to be arranged. Doyle to be interviewed.", "DS R. Carter"),
    ("2021-03-10", "16:45", None, "criminal_proceedings", "EF-21-030911", "Arrest",
     "Liam Doyle arrested on suspicion of assault on a child (Kayden HUGHES). No comment "
     "interview.", "Released under investigation.", "DC J. Smith"),
    ("2021-06-12", "02:40", None, "injury_or_neglect", "EF-21-061202", "Concern for welfare",
     "Ambulance request – child unresponsive at Flat 3, 27 Brook Street. Kayden (6) conveyed "
     "to Northgate General. Mother and Doyle present, accounts inconsistent.",
     "Scene preserved. Duty DI informed. PPN submitted.", "PC 4471 H. Price"),
    ("2021-06-12", "09:30", None, "criminal_proceedings", "EF-21-061202", "Arrest",
     "Liam Doyle arrested on suspicion of GBH with intent; Chelsea Mitchell arrested on "
     "suspicion of child neglect.",
     "Both interviewed. Doyle remanded in custody; Mitchell bailed with conditions.",
     "DI K. Fenwick"),
    ("2021-06-12", "11:00", "sd_2021b", "strategy_discussion", "EF-21-061202",
     "Strategy discussion",
     "Strategy discussion: Kayden in PICU with subdural haematoma. Tyler and Mia to be "
     "safeguarded.", "Joint S47. s20 agreed with mother for Tyler and Mia.", "DI K. Fenwick"),
]

CSC = [
    ("2017-02-15", "09:20", None, "referral_contact", "Contact",
     "Police DA notification (PPN) – verbal argument between mother Chelsea and father Danny "
     "14/02. Standard risk.",
     f"MASH: NFA. Letter to mother with Eastfield Women's Aid number ({PHONE['WomensAid']}).",
     "MASH – K. Booth", "Children exposed to parental conflict."),
    ("2017-10-12", "11:00", None, "referral_contact", "Contact",
     "Police notification: father shouting outside the home in drink 11/10.",
     "Information only, recorded on file.", "MASH – K. Booth", "Low."),
    ("2018-04-22", "10:40", "ppn_2018", "referral_contact", "Contact",
     "PPN from Police: DA 21/04 – mother assaulted by partner Liam Doyle ('Lee'), children "
     "present. 3rd DA notification.", "Progress to referral, RAG RED. Strat disc to be convened.",
     "EDT – S. Grainger", "Children exposed to DA; Tyler distressed."),
    ("2018-04-23", "", None, "assessment", "Assessment",
     "Child & Family assessment opened. Allocated SW Amy Clarke.",
     "Assessment due within 45 working days.", "Amy Clarke (SW)", ""),
    ("2018-04-25", "11:00", "sd_2018", "strategy_discussion", "Strategy discussion",
     "Strat disc with Police (DS Carter), HV Jo Evans, Westbrook DSL. Escalating DA by mum's "
     "partner, mum minimising.", "S47 joint with police. Safety plan: Lee not to stay overnight.",
     "Amy Clarke (SW)", "Risk of significant harm – emotional."),
    ("2018-04-26", "15:00", "s47_visit_2018", "section47_enquiry", "S47 visit",
     "Joint visit with DC Smith. Tyler seen alone, said Lee 'hits the wall and shouts at "
     "mummy'. Kayden seen, clean and appropriately dressed. Home conditions adequate.",
     "Written safety agreement signed by mother.", "Amy Clarke (SW)",
     "Lived experience: fear at home."),
    ("2018-05-01", "", None, "section47_enquiry", "S47 outcome",
     "S47 concluded – concerns substantiated (emotional harm through DA).",
     "ICPC requested, TM authorised.", "Paul Greaves (TM)", "Likely significant harm."),
    ("2018-05-17", "10:00", "icpc_2018", "meeting_or_cp_conference", "ICPC",
     "Initial Child Protection Conference: mum, SW, police, HV, school DSL. Dad not invited "
     "(whereabouts unclear).",
     "Tyler and Kayden subject to CP plans – emotional abuse. Core group within 10 working days.",
     "Amy Clarke (SW)", "CP plan."),
    ("2018-05-30", "14:00", "cg_2018", "meeting_or_cp_conference", "Core group",
     "First core group. Mum engaging, Lee not attended.",
     "Mum to attend Freedom Programme; SW visits weekly.", "Amy Clarke (SW)", ""),
    ("2018-06-07", "16:30", None, "engagement_with_professionals", "Home visit",
     "Unannounced CP visit – no answer. Lee seen at the window, did not open the door.",
     "Letter left; visit rearranged for 08/06.", "Amy Clarke (SW)",
     "Partner still visiting; lack of engagement."),
    ("2018-06-20", "", None, "support_offered", "Support",
     "Referral to IDVA and Freedom Programme made with mum's consent.",
     "Programme starts 04/07/2018.", "Amy Clarke (SW)", "Protective factor if completed."),
    ("2018-07-09", "10:30", None, "referral_contact", "Contact",
     "PPN – DA 08/07, Doyle arrested for assault on mum. Children present.",
     "Passed to allocated SW; CP visit same day.", "MASH – K. Booth",
     "Further DA while on CP plan."),
    ("2018-07-24", "16:00", None, "!missing_text", "", "", "", "Amy Clarke (SW)", ""),
    ("2018-08-09", "10:00", "rcpc_2018a", "meeting_or_cp_conference", "RCPC",
     "Review CP conference. Doyle on bail conditions, not in household. Mum completed 4 of 11 "
     "Freedom sessions.", "CP plans continue.", "Amy Clarke (SW)", ""),
    ("2018-11-29", "10:00", "rcpc_2018b", "meeting_or_cp_conference", "RCPC",
     "RCPC: risk reduced, mum says Doyle 'not in the picture'. Mum engaging well.",
     "CP plans ended. Step down to CIN.", "Amy Clarke (SW)",
     "Protective mother; partner's status unclear."),
    ("2018-12-10", "15:20", "evict_2018", "house_move", "Phone call",
     f"Mum rang – family evicted today by bailiffs. Placed in TA at {ADDR_TA} by Housing "
     "Options.", "SW to visit TA 12/12.", "Amy Clarke (SW)", "Instability; school move likely."),
    ("2019-03-12", "", None, "support_offered", "Case closure",
     "CIN plan ended. Stepped down to Early Help – Family Support Worker Rachel Ng.",
     "Closed to CSC.", "Amy Clarke (SW)", ""),
    ("2019-05-07", "11:45", "prob_ref_2019", "referral_contact", "Contact",
     f"Probation (Nadia Bhatt): Doyle living at {ADDR2} with mum and children. Mum pregnant.",
     "Re-referral – C&F assessment. Allocated SW Tom Reilly.", "MASH – K. Booth",
     "Partner with DA conviction back in household."),
    ("2019-07-10", "", None, "assessment", "Assessment",
     "C&F assessment completed: mum says relationship 'much better'; Doyle completing BBR. "
     "Tyler reports no worries.", "CIN plan – 3 months.", "Tom Reilly (SW)", ""),
    ("2019-11-26", "", None, "support_offered", "Return home interview",
     "RHI offered to Tyler after missing episode 23/11. Mum declined on his behalf.",
     "Info shared with school.", "Tom Reilly (SW)", "Reasons for going missing not explored."),
    ("2020-01-06", "", None, "self_referral", "Contact",
     "Mum phoned MASH herself asking for help with Tyler's behaviour and 'things at home'.",
     "Early Help offered; mum to think about it.", "MASH – K. Booth", "Mother asking for help."),
    ("2020-06-15", "09:10", None, "referral_contact", "Contact",
     "PPN: DA 13/06 and harassment 14/06. DASH HIGH.", "Strat disc convened.", "MASH – K. Booth",
     ""),
    ("2020-06-18", "13:00", "sd_2020", "strategy_discussion", "Strategy meeting",
     "Strategy meeting – Police, CSC, St Aidan's DSL, HV.", "S47 for Tyler, Kayden, Mia.",
     "Tom Reilly (SW)", ""),
    ("2020-06-19", "", None, "section47_enquiry", "S47",
     "S47 visit: flat cluttered, dog faeces on the floor, little food. Mia's nappy heavily "
     "soiled.", "ICPC requested.", "Tom Reilly (SW)", "Neglect as well as DA."),
    ("2020-07-09", "10:00", "icpc_2020", "meeting_or_cp_conference", "ICPC",
     "ICPC (virtual, Teams). All 3 children subject of CP plans: neglect.", "Core group 20/07.",
     "Tom Reilly (SW)", ""),
    ("2020-10-08", "", None, "civil_proceedings", "Legal gateway meeting",
     "Legal planning meeting – threshold met; enter PLO pre-proceedings.",
     "Letter before proceedings to be sent.", "Paul Greaves (TM)", ""),
    ("2020-10-20", "", None, "civil_proceedings", "PLO meeting",
     "Pre-proceedings meeting with mum, Doyle and their solicitors. Expectations explained.",
     "Review in 12 weeks. Parenting assessment (PAMS) commissioned.", "Tom Reilly (SW)", ""),
    ("2020-11-17", "08:30", None, "referral_contact", "Contact",
     "Northgate General ED: mum admitted after paracetamol OD overnight. Children with MGM "
     "Sandra Mitchell.", "SW to visit MGM today.", "Tom Reilly (SW)", "Mother's mental health."),
    ("2021-01-25", "10:00", "rcpc_2021", "meeting_or_cp_conference", "RCPC",
     "RCPC: CP plans continue. Concerns about 'Gaz' visiting the flat.",
     "Written agreement re visitors.", "Tom Reilly (SW)", ""),
    ("2021-03-09", "10:05", None, "referral_contact", "Contact",
     "Call from St Aidan's DSL Mrs Whitfield: bruise to Kayden's L cheek, he said 'Lee pushed "
     "me'.", "Strategy discussion 14:00.", "MASH – K. Booth", ""),
    ("2021-03-09", "14:00", "sd_2021a", "strategy_discussion", "Strategy discussion",
     "Strat disc: Police, CSC, school, HV. Kayden's account consistent.",
     "Joint S47; CP medical 10/03.", "Tom Reilly (SW)", "Physical harm."),
    ("2021-03-15", "", None, "family_composition_change", "Written agreement",
     "Doyle agreed to move out to his brother's address pending the police investigation.",
     "Mum to tell SW if he returns.", "Tom Reilly (SW)", ""),
    (Bad(date(2201, 5, 20), "future_date"), "", None, "", "Home visit",
     "Home visit – children seen, Kayden quiet and withdrawn.", "", "Tom Reilly (SW)", ""),
    ("2021-05-25", "", None, "other_significant", "CP visit",
     "Doyle's coat and work boots in the hallway; mum says he left them behind.",
     "Discussed with TM – review written agreement.", "Tom Reilly (SW)", ""),
    ("2021-06-12", "11:00", "sd_2021b", "strategy_discussion", "Strategy discussion (EDT)",
     "Kayden in PICU – subdural haematoma, retinal haemorrhages. Police, EDT, hospital.",
     "Joint S47. s20 for Tyler and Mia.", "EDT – S. Grainger", ""),
    ("2021-06-12", "18:00", None, "legal_status_or_looked_after", "Placement",
     "Tyler and Mia accommodated under s20 with MGM Sandra Mitchell (connected carer).",
     "Connected carer assessment started.", "EDT – S. Grainger", ""),
    ("2021-06-17", "", None, "legal_status_or_looked_after", "Court",
     "Interim care orders granted (Eastfield Family Court) for Tyler, Kayden and Mia.",
     "Care plan: children remain with MGM; Kayden in hospital.", "Tom Reilly (SW)", ""),
]

HV = [
    ("2017-01-10", "support_offered", None, "Home visit", "Kayden",
     "2–2½ yr review (late). ASQ-3: communication below cut-off. Mum tired, low mood – PHQ-2 "
     "positive.", "Referral to SALT. Advised to see GP about mood."),
    ("2017-03-06", "family_composition_change", None, "Telephone", "Kayden",
     "Mum reports she and Danny have split up, he has moved to his mum's. Coping 'ok'.",
     "Universal plus."),
    ("2017-07-19", "not_key_event", None, "ED liaison", "Kayden",
     "ED attendance notification 18/07 (fall from sofa) reviewed. No concerns.", "File."),
    ("2018-03-14", "engagement_with_professionals", None, "Home visit – no access", "Kayden",
     "Planned visit, no access. Card left. Mum later texted to say she forgot.", "Rebook."),
    ("2018-04-25", "strategy_discussion", "sd_2018", "Strategy discussion (tel)", "Tyler & Kayden",
     "Contributed to strat disc by phone: Kayden's speech delay, mum's low mood, 1 no access.",
     "Health information shared for S47."),
    ("2018-05-17", "meeting_or_cp_conference", "icpc_2018", "ICPC", "Tyler & Kayden",
     "Attended ICPC, report submitted. Children on CP plans (emotional abuse).",
     "HV in core group. Monthly visits."),
    ("2018-05-30", "meeting_or_cp_conference", "cg_2018", "Core group", "Kayden",
     "Core group attended. Kayden on SALT waiting list.", "HV to chase SALT."),
    ("2018-08-09", "meeting_or_cp_conference", "rcpc_2018a", "RCPC", "Kayden",
     "Unable to attend (annual leave) – report presented by SW.", "None."),
    ("2018-11-29", "meeting_or_cp_conference", "rcpc_2018b", "RCPC", "Kayden",
     "Attended RCPC. CP plan ended – CIN.", "Transfer to school nursing at school entry."),
    ("2019-10-08", "not_key_event", None, "New birth visit", "Mia",
     "Primary birth visit – Mia. Feeding well. Safe sleep advice given. Lee present throughout.",
     "6–8 week review."),
    ("2020-07-09", "meeting_or_cp_conference", "icpc_2020", "ICPC", "Mia",
     "Attended ICPC (Teams). Mia subject of CP plan – neglect.", "HV visits fortnightly."),
    ("2021-05-12", "engagement_with_professionals", None, "Clinic", "Mia",
     "Mia not brought to immunisation clinic (2nd time). Mum not answering phone.",
     "Letter sent; SW informed."),
]

ED = [
    ("2017-07-18", "16:20", "hospital_attendance", "Kayden HUGHES", "Kayden",
     "Head injury – fell from sofa onto laminate. 3cm bruise L forehead. GCS 15.",
     "Discharged with head injury advice. HV notified.", "No"),
    ("2018-04-21", "23:35", "hospital_attendance", "Chelsea MITCHELL", "Chelsea",
     "Injury L wrist – states she 'slipped in the kitchen'.",
     "X-ray: no fracture. Routine enquiry re DA – declined to discuss.", "Yes – DA"),
    ("2018-06-05", "09:50", "hospital_attendance", "Tyler HUGHES", "Tyler",
     "Wheeze – asthma exacerbation.", "Nebulised, discharged. Inhaler technique reviewed.", "No"),
    ("2020-11-17", "02:15", "suicide_attempt_or_overdose", "Chelsea MITCHELL", "Chelsea",
     "Intentional overdose ~24 x paracetamol with alcohol.",
     "Admitted AMU, NAC infusion. Psych liaison review. Children with MGM.",
     "Yes – children at home"),
    ("2021-03-10", "11:30", "hospital_attendance", "Kayden HUGHES", "Kayden",
     "CP medical (paediatrics) – bruise L cheek.",
     "Dr R. Achebe: bruising consistent with a slap; NAI likely.", "Yes – CP"),
    ("2021-06-12", "03:05", "hospital_attendance", "Kaydon HUGHES", "Kayden",
     "Brought in by ambulance, unresponsive, GCS 8.",
     "CT: acute subdural haematoma. Bruises of differing ages to back. Transferred to regional "
     "PICU.", "Yes – suspected NAI"),
]

MIDWIFERY = [
    ("2019-02-12", "11+2", "support_offered", "Booking",
     "Booking appt. G3 P2. FOB Liam Doyle. Routine enquiry: discloses previous DA by current "
     "partner, says it is 'all sorted'. IDVA information given – declined referral.",
     "Sarah Okafor (RM)"),
    ("2019-03-01", "13+5", "not_key_event", "Scan", "Dating scan – normal.", "Sonographer"),
    ("2019-06-11", "28+6", "engagement_with_professionals", "Antenatal clinic",
     "DNA – 2nd missed appointment. Letter sent, HV informed.", "Sarah Okafor (RM)"),
    ("2019-07-22", "34+6", "meeting_or_cp_conference", "Safeguarding",
     "Maternity safeguarding planning meeting with CSC (CIN plan). Birth plan agreed.",
     "Sarah Okafor (RM)"),
    ("2019-09-27", "40+2", "birth_death_illness", "Delivery",
     "Baby girl Mia born 03:12, SVD, 3.1 kg, Northgate General. Father present.", "Labour ward"),
    ("2019-10-03", "Day 6", "not_key_event", "Postnatal visit",
     "Mum and baby well. Discharged to HV 08/10.", "Sarah Okafor (RM)"),
]

CAMHS = [
    ("2020-01-14", "referral_contact", "Referral received", "Triage – Dr L. Moss",
     "GP referral (Dr Patel): low mood, poor sleep, anger outbursts at home and school.",
     "Accepted for Choice appointment."),
    ("2020-02-20", "assessment", "Choice appointment", "Ellie Shaw (CAMHS practitioner)",
     "Attended with maternal grandmother. Tyler worries about mum and 'Lee' shouting. RCADS "
     "elevated.", "Partnership work – CBT."),
    ("2020-03-09", "engagement_with_professionals", "Partnership appt", "Ellie Shaw",
     "DNA. Phoned mum – no answer.", "Offer further appointment."),
    ("2020-04-06", "support_offered", "Telephone (COVID-19)", "Ellie Shaw",
     "Telephone/video sessions offered during lockdown; mum agreed.", "Weekly calls."),
    ("2020-09-14", "engagement_with_professionals", "Discharge", "Ellie Shaw",
     "Discharged after 3 WNB. Letter to GP.", "Re-refer if needed."),
]

HEALTH_NOTES = [
    "Notes from the Named Nurse for Safeguarding Children (Eastfield Community Health)",
    "",
    "Kayden's GP records (Hollybank Medical Practice, then Riverside Surgery) were reviewed on "
    "01/07/2021.",
    "Mia's red book was not seen by the HV after the 6-8 week review.",
    "The school nursing service had no contact with Tyler (no referral received).",
    "Dr Patel's letter of 3/3/2020 to CAMHS could not be located.",
    "Please contact me on 01632 960402 with any queries. – Named Nurse",
]

EDU_TYLER = [
    ("2017-03", "engagement_with_professionals", None, "Westbrook Primary",
     "Spring term attendance 86% – below persistent absence threshold.",
     "Attendance letter 1 sent to mum.", "Attendance officer"),
    ("2018", "support_offered", None, "Westbrook Primary",
     "Tylor on SEN support register (literacy, SEMH).", "Individual support plan; weekly ELSA.",
     "Mrs J. Hart (SENCo)"),
    ("2018-04-25", "strategy_discussion", "sd_2018", "Westbrook Primary",
     "DSL attended strategy discussion at MASH re DA at home.", "Safeguarding file updated.",
     "Mr D. Lowe (DSL)"),
    ("2018-05-17", "meeting_or_cp_conference", "icpc_2018", "Westbrook Primary",
     "ICPC attended by DSL. Tyler on CP plan (emotional abuse).",
     "Class teacher to monitor; daily check-in.", "Mr D. Lowe (DSL)"),
    (Bad("Summer 2018", "vague_date"), "", None, "Westbrook Primary",
     "Tyler seemed withdrawn, not eating his lunch. Staff concerned.", "Logged on CPOMS.",
     "Class teacher"),
    ("2018-11-29", "meeting_or_cp_conference", "rcpc_2018b", "Westbrook Primary",
     "RCPC – CP plan ended, now CIN.", "Continue monitoring.", "Mr D. Lowe (DSL)"),
    ("2019-01-07", "school_change_or_exclusion", None, "St Aidan’s C of E Primary",
     "In-year admission: Tyler started Y4 at St Aidan’s (family in temporary accommodation).",
     "CTF and safeguarding file requested from Westbrook.", "Mrs K. Whitfield (DSL)"),
    (Bad("31/02/2019", "impossible_date"), "", None, "St Aidan’s C of E Primary",
     "Tyler told TA 'mum's boyfriend is coming back to live with us'.", "Logged, passed to DSL.",
     "TA Mrs Rowe"),
    ("2019-07-05", "school_change_or_exclusion", None, "St Aidan’s C of E Primary",
     "Fixed-term exclusion 1.5 days – threw a chair at a peer.",
     "Reintegration meeting 09/07; mum attended.", "Mr P. Dunn (Head)"),
    ("2020-06-18", "strategy_discussion", "sd_2020", "St Aidan’s C of E Primary",
     "DSL contributed to strategy meeting by phone.", "Welfare calls increased to twice weekly.",
     "Mrs K. Whitfield (DSL)"),
    ("2021-02-22", "engagement_with_professionals", None, "St Aidan’s C of E Primary",
     "Tyler absent 3 days after missing episode; mum not answering calls.",
     "Home visit by DSL and EWO.", "Mrs K. Whitfield (DSL)"),
]

EDU_KAYDEN = [
    ("2017-09-11", "school_change_or_exclusion", None, "Little Acorns Nursery",
     "Kayden started nursery (2-year-old funded place, 15 hrs).", "Key person allocated.",
     "Nursery manager"),
    ("2018-04-25", "strategy_discussion", "sd_2018", "Little Acorns Nursery",
     "Nursery manager gave information by phone for the strategy discussion.",
     "No concerns about care seen in nursery.", "Mrs T. Quinn (manager)"),
    ("2018-08-09", "meeting_or_cp_conference", "rcpc_2018a", "Little Acorns Nursery",
     "Nursery manager attended RCPC.", "Continue to monitor speech and attendance.",
     "Mrs T. Quinn (manager)"),
    ("2019-01-07", "school_change_or_exclusion", None, "Little Acorns Nursery",
     "Kayden left nursery – family moved to temporary accommodation across town.",
     "Records sent on.", "Mrs T. Quinn (manager)"),
    ("2019-09-04", "school_change_or_exclusion", None, "St Aidan’s C of E Primary",
     "Started Reception.", "Speech and language support plan.", "EYFS lead"),
    ("2019-12-11", "unknown_adults", None, "St Aidan’s C of E Primary",
     "Kayden collected by an adult male (said his name was 'Gary'), not on the collection "
     "list. Mum confirmed by phone.", "Collection policy reminded; logged for DSL.", "Office"),
    ("2020-03-23", "other_significant", None, "St Aidan’s C of E Primary",
     "School closed to most pupils (COVID-19 lockdown). Kayden eligible for a vulnerable "
     "child place; mum declined.", "Weekly welfare calls.", "Mrs K. Whitfield (DSL)"),
    ("2020-04-20", "engagement_with_professionals", None, "St Aidan’s C of E Primary",
     "3rd week no answer to welfare call. Doorstep visit: mum answered, Kayden seen.",
     "SW informed.", "Mrs K. Whitfield (DSL)"),
    ("2020-07-09", "meeting_or_cp_conference", "icpc_2020", "St Aidan’s C of E Primary",
     "DSL attended ICPC (virtual). Kayden on CP plan (neglect).", "Core group member.",
     "Mrs K. Whitfield (DSL)"),
    ("2020-12", "engagement_with_professionals", None, "St Aidan’s C of E Primary",
     "Autumn term attendance 81% – persistent absence.", "EWO referral.", "Attendance officer"),
    ("2021-01-25", "meeting_or_cp_conference", "rcpc_2021", "St Aidan’s C of E Primary",
     "DSL attended RCPC.", "CP plan continues.", "Mrs K. Whitfield (DSL)"),
    ("2021-03-09", "injury_or_neglect", None, "St Aidan’s C of E Primary",
     "09:10 Kayden arrived with a bruise to his L cheek (approx 3cm). Said 'Lee pushed me into "
     "the door'.", "Body map completed; DSL rang MASH.", "Mrs K. Whitfield (DSL)"),
    ("2021-03-09", "strategy_discussion", "sd_2021a", "St Aidan’s C of E Primary",
     "DSL joined strategy discussion by phone.", "Kayden to be seen daily by DSL.",
     "Mrs K. Whitfield (DSL)"),
    ("2021-06-14", "other_significant", None, "St Aidan’s C of E Primary",
     "SW informed DSL of Kayden's admission to hospital on Saturday.",
     "Staff support; Tyler's class teacher informed.", "Mrs K. Whitfield (DSL)"),
]

# GP: (when, patient, clinician, type, entry, label)
GP = [
    ("2017-01-23", "Kayden Hughes", "Dr S. Fenn", "Consultation",
     "Cough 5/7, viral URTI. Safety-netting advice.", "not_key_event"),
    ("2017-04-03", "Chelsea Mitchell", "Dr A. Patel", "Consultation",
     "Low mood since separation, poor sleep. PHQ-9 17. Started sertraline 50mg.",
     "birth_death_illness"),
    ("2017-04-12", "Chelsea Mitchell", "Admin", "Letter",
     "Eastfield Talking Therapies: self-referral received, assessment booked.", "self_referral"),
    ("2018-01-15", "Tyler Hughes", "Nurse Renée Dubois", "Asthma review",
     "Inhaler technique checked. Peak flow 240. Spacer issued.", "not_key_event"),
    ("2018-04-24", "Chelsea Mitchell", "Dr A. Patel", "Consultation",
     "Wrist pain after 'fall' – seen in A&E 21/04. Asked about DA: says partner 'has a temper', "
     "worried about money (rent arrears £612). Given IDVA number.", "support_offered"),
    ("2018-06-06", "Tyler Hughes", "Admin", "Letter",
     "A&E letter 05/06: asthma exacerbation, discharged.", "not_key_event"),
    (Bad("29/02/19", "impossible_date"), "Chelsea Mitchell", "Dr A. Patel", "Consultation",
     "Pregnancy test positive. Referred to midwife.", ""),
    ("2019-01-21", "Chelsea, Tyler and Kayden", "Admin", "Registration",
     f"New patient registration from Hollybank Medical Practice – family in TA ({ADDR_TA}).",
     "gp_change"),
    ("2019-02-04", "Kayden Hughes", "Nurse Renée Dubois", "New patient check",
     "Speech still unclear – SALT referral re-made.", "support_offered"),
    (Bad("", "missing_date"), "Chelsea Mitchell", "Admin", "Letter",
     "Letter scanned – date not recorded: MARAC notification (high-risk DA).", ""),
    ("2019-10-15", "Mia Doyle", "Admin", "Registration", "New baby registered.", "not_key_event"),
    ("2019-12-02", "Kayden Hughes", "Dr A. Patel", "Consultation",
     "Seen with mum.\nBruise L shin and R upper arm – mum says trampoline at the park. Body map. "
     "Explanation plausible, no further action.", "injury_or_neglect"),
    ("2020-01-08", "Tyler Hughes", "Dr A. Patel", "Consultation",
     "Low mood, anger, poor sleep. Says ‘Lee’s horrible to mum’. Referred to CAMHS.",
     "referral_contact"),
    ("2020-02-14", "Kayden Hughes", "Dr A. Patel", "", "", "!missing_text"),
    ("2020-11-19", "Chelsea Mitchell", "Dr A. Patel", "Telephone",
     "Review after OD 17/11: sertraline increased to 100mg. Referred to community mental health "
     "team; crisis café details given.", "support_offered"),
    ("2021-01-11", "Sandra Mitchell", "Admin", "Letter",
     "Northgate General: admitted 08/01 with stroke (L MCA), discharged to rehab.",
     "birth_death_illness"),
    ("2021-05-18", "Kayden Hughes", "Nurse Renée Dubois", "Immunisation",
     "Not brought to pre-school booster (3rd time). Letter to mum; HV and school nurse told.",
     "engagement_with_professionals"),
    ("2021-06-14", "Kayden Hughes", "Admin", "Notification",
     "Northgate General: admitted to PICU 12/06 – NAI suspected. Safeguarding alert added to "
     "the records of all children in the household.", "other_significant"),
]

# Housing: (when as date/datetime spec, time, occ, label, contact type, notes, officer)
HOUSING = [
    ("2017-05-22", "", None, "other_significant", "Rent arrears",
     f"Arrears £612.40. NOSP served on tenant Chelsea MITCHELL (NI {NI['Chelsea']}).", "M. Reeves"),
    ("2017-12-04", "", None, "not_key_event", "Repair",
     "Damp/mould in children's bedroom reported. Job raised.", "Repairs desk"),
    ("2018-02-26", "10:15", None, "family_composition_change", "Change of circs",
     "Tenant reports partner Liam Doyle has moved in. HB change of circs form completed.",
     "M. Reeves"),
    ("2018-06-14", "09:30", "marac_2018", "meeting_or_cp_conference", "MARAC",
     "MARAC: action for housing – target hardening at 14 Larch Close.", "M. Reeves"),
    ("2018-06-19", "", None, "support_offered", "Sanctuary scheme",
     "Locks changed and door viewer fitted under Sanctuary scheme.", "Repairs desk"),
    ("2018-10-02", "", None, "civil_proceedings", "Court",
     "Possession hearing – outright possession order granted (arrears £1,980).", "M. Reeves"),
    ("2018-12-10", "09:30", "evict_2018", "house_move", "Eviction",
     f"Eviction executed by county court bailiffs. Family presented as homeless – TA at "
     f"{ADDR_TA}.", "M. Reeves"),
    (Bad("unknown", "vague_date"), "", None, "", "Homeless application",
     "Tenant's mother Sandra rang: family 'sofa surfing' at hers before TA.", "Housing Options"),
    ("2019-04-01", "", None, "house_move", "Sign-up",
     f"New tenancy signed: {ADDR2}. Sole tenant C. Mitchell; household 2 children.", "L. Amos"),
    ("2019-04-10", "14:05", None, "not_key_event", "Contact details",
     "+447700900461 – new mobile for tenant (old number disconnected).", "L. Amos"),
    ("2019-08-05", "", None, "not_key_event", "Rent account", Formula("=120+250.5"), "L. Amos"),
    ("2020-06-16", "", None, "not_key_event", "Internal note",
     "@Lisa can you chase repairs re front door (police forced entry 13/06)", "L. Amos"),
    ("2020-07-21", "", None, "unknown_adults", "ASB complaint",
     "Neighbour at Flat 4 complains of visitors at all hours, men coming and going, shouting at "
     "2am.", "L. Amos"),
    ("2020-08-04", "", None, "not_key_event", "Email",
     '=HYPERLINK("http://example.invalid","click")', "L. Amos"),
    ("2021-03-16", "", None, "family_composition_change", "Change of circs",
     "Tenant says Liam Doyle has moved out to his brother's. He is not on the tenancy.", "L. Amos"),
    ("2021-06-14", "11:20", None, "other_significant", "Police",
     "Police advise the flat is a crime scene and sealed. Tenant staying with her mother.",
     "L. Amos"),
]
HOUSING_DUPLICATE_OF = 6  # index in HOUSING of the entry typed twice

PROBATION = [
    ("X742261/001", "2018-08-16", "court_2018", "criminal_proceedings", "Court",
     "Sentenced at Eastfield MC: 24m Community Order – BBR and 20 RAR days. Restraining order "
     "2 yrs (victim C. Mitchell).", "Nadia Bhatt", "Medium"),
    ("X742261/002", "2018-08-23", None, "engagement_with_professionals", "Induction",
     "Induction completed. Doyle minimises the offence and blames the victim's 'drinking'. "
     "Address: 9 Ash Grove, Eastfield EF3 2PL (brother).", "Nadia Bhatt", "Medium"),
    ("X742261/003", "2018-09-04", None, "support_offered", "Programme",
     "Assessed suitable for BBR; start 02/10/2018.", "Nadia Bhatt", "Medium"),
    ("X742261/004", "2018-09-17", None, "engagement_with_professionals", "Appointment",
     "DNA – no acceptable reason. First warning letter issued.", "Nadia Bhatt", "Medium"),
    ("X742261/005", "2018-11-08", None, "other_significant", "Supervision",
     "Doyle admits contact with the victim in breach of the restraining order; says she "
     "'invited him'.", "Nadia Bhatt", "High"),
    ("X742261/006", "2019-03-05", None, "criminal_proceedings", "Enforcement",
     "Second unacceptable absence – breach proceedings initiated.", "Nadia Bhatt", "High"),
    ("X742261/007", "2019-04-10", None, "criminal_proceedings", "Court",
     "Breach proven at Eastfield MC. Order continued + 10 RAR days, £150 fine.", "Nadia Bhatt",
     "High"),
    ("X742261/008", "2019-05-03", None, "family_composition_change", "Home visit",
     f"Home visit to {ADDR2}: Doyle now living with Chelsea Mitchell and her 2 children; she "
     "is pregnant.", "Nadia Bhatt", "High"),
    ("X742261/009", "2019-05-07", "prob_ref_2019", "referral_contact", "Liaison",
     "Referral to CSC MASH re Doyle living with children.", "Nadia Bhatt", "High"),
    ("X742261/010", "2019-07-02", None, "engagement_with_professionals", "Programme",
     "Completed BBR (24 sessions). Facilitator report: partial insight.", "Nadia Bhatt", "Medium"),
    ("X742261/011", "2019-12-09", None, "not_key_event", "Supervision",
     "Routine supervision. Working as a labourer. No concerns raised.", "Nadia Bhatt", "Medium"),
    ("X742261/012", "2020-02-11", None, "criminal_proceedings", "Termination",
     "Order terminated – completed. Case closed.", "Nadia Bhatt", "Medium"),
    ("X742261/013", "2021-06-14", None, "criminal_proceedings", "Notification",
     "Police: Doyle remanded in custody (GBH with intent – child). Case re-opened for PSR.",
     "Nadia Bhatt", "Very high"),
]
# fmt: on


# --------------------------------------------------------------------------- table builders
def build_police() -> Agency:
    """Police: date and time in one dd/mm/yyyy hh:mm string, 3 merged title rows."""
    rows: list[Row | None] = []
    for i, (when, t, occ, label, *texts) in enumerate(POLICE):
        stamp = text_date(when, lambda d: d.strftime("%d/%m/%Y"))
        cells: list[Cell] = [f"{stamp} {t}" if t else stamp, *texts]
        rows.append(Row(cells, make_truth(when, t, label, occ)))
        if i in (9, 18):  # blank spacer rows somebody left in
            rows.append(None)
    rows.append(None)
    rows.append(footer_row(6, 3))
    table = Table(
        "Chronology",
        ["Date/Time", "Occurrence Ref", "Type", "Summary of incident", "Action taken", "Officer"],
        [
            "OFFICIAL-SENSITIVE",
            "Eastfield Police – chronology – Child K",
            "Period: 01/01/2017 – 30/06/2021",
        ],
        rows,
    )
    return Agency("Police_chronology.xlsx", "Police", [table])


def build_csc() -> Agency:
    """CSC: real date cells, separate Time column, one date typed as an Excel serial in text."""
    rows: list[Row | None] = []
    for when, t, occ, label, etype, details, outcome, worker, signif in CSC:
        date_cell = cell_date(when)
        time_cell: Cell = hm(t)
        if when == "2018-05-01":  # typed as the serial number into a text-formatted cell
            date_cell = str((date(2018, 5, 1) - date(1899, 12, 30)).days)
        if t in ("10:40", "16:00"):  # some times typed as text
            time_cell = t
        cells = [
            etype or None,
            date_cell,
            time_cell,
            details or None,
            outcome or None,
            worker or None,
            signif or None,
            "CSC",
        ]
        rows.append(Row(cells, make_truth(when, t, label, occ)))
    footer = footer_row(8, 3)
    rows.append(footer)
    table = Table(
        "CSC chronology",
        [
            "Event type",
            "Date of contact",
            "Time",
            "Details",
            "Outcome / Actions",
            "Worker",
            "Significance to child",
            "Agency",
        ],
        [],
        rows,
    )
    return Agency("Childrens_Social_Care_chronology.xlsx", "Children's Social Care", [table])


def build_health() -> Agency:
    """Health: one sheet per service with its own headers and date style, plus a Notes sheet."""
    hv_rows: list[Row | None] = []
    for when, label, occ, contact, child, entry, plan in HV:
        cells = [
            text_date(when, lambda d: d.strftime("%d.%m.%Y")),
            contact,
            child,
            "HV Jo Evans",
            entry,
            plan,
        ]
        hv_rows.append(Row(cells, make_truth(when, "", label, occ)))
    hv = Table(
        "Health Visiting",
        ["Date", "Contact type", "Child", "Practitioner", "Entry", "Plan"],
        ["Eastfield Community Health – Health Visiting record (Kayden HUGHES / Mia DOYLE)"],
        hv_rows,
    )
    ed_rows: list[Row | None] = []
    for when, t, label, patient, who, complaint, outcome, flag in ED:
        stamp = text_date(when, lambda d: f"{d.day:02d}-{MON[d.month]}-{d.year}")
        cells = [stamp, t, patient, NHS[who], complaint, outcome, flag]
        ed_rows.append(Row(cells, make_truth(when, t, label, None)))
    ed = Table(
        "Emergency Dept",
        [
            "Arrival date",
            "Arrival time",
            "Patient",
            "NHS number",
            "Presenting complaint",
            "Outcome / Disposal",
            "Safeguarding flag",
        ],
        [],
        ed_rows,
    )
    mw_rows: list[Row | None] = []
    for when, gest, label, contact, notes, midwife in MIDWIFERY:
        cells = [text_date(when, ordinal), gest, contact, notes, midwife]
        mw_rows.append(Row(cells, make_truth(when, "", label, None)))
    mw = Table(
        "Midwifery", ["Date", "Gestation", "Type of contact", "Notes", "Midwife"], [], mw_rows
    )
    camhs_rows: list[Row | None] = []
    for when, label, contact, clinician, summary, outcome in CAMHS:
        cells = [cell_date(when), contact, clinician, summary, outcome]
        camhs_rows.append(Row(cells, make_truth(when, "", label, None)))
    camhs = Table(
        "CAMHS",
        ["Date of contact", "Contact", "Clinician", "Summary", "Outcome"],
        [f"Eastfield CAMHS – Tyler HUGHES (NHS {NHS['Tyler']})", "Extract from clinical record"],
        camhs_rows,
    )
    return Agency(
        "Health_chronology.xlsx", "Health", [hv, ed, mw, camhs], notes={"Notes": HEALTH_NOTES}
    )


def build_education() -> Agency:
    """Education: one sheet per child; real date cells mixed with partial/vague/impossible text."""
    tables = []
    for name, specs, dob, setting in (
        ("Tyler", EDU_TYLER, "22/04/2010", "School"),
        ("Kayden", EDU_KAYDEN, "03/11/2014", "Setting"),
    ):
        rows: list[Row | None] = []
        for when, label, occ, school, event, action, staff in specs:
            cells = [cell_date(when), school, event, action, staff]
            rows.append(Row(cells, make_truth(when, "", label, occ)))
        titles: list[str | None] = [f"Education chronology – {name} HUGHES (DOB {dob})"]
        if name == "Tyler":
            titles.append(None)
        tables.append(
            Table(name, ["Date", setting, "Event", "Action taken by school", "Staff"], titles, rows)
        )
    return Agency("Education_chronology.xlsx", "Education", tables)


def build_gp() -> Agency:
    """GP: cp1252 CSV, title line, dd/mm/yy and dd/mm/yyyy dates, quoted commas and newlines."""
    rows: list[Row | None] = []
    patients = {
        "Kayden Hughes": "Kayden",
        "Tyler Hughes": "Tyler",
        "Mia Doyle": "Mia",
        "Chelsea Mitchell": "Chelsea",
        "Sandra Mitchell": "Sandra",
    }
    for i, (when, patient, clinician, ctype, entry, label) in enumerate(GP):
        fmt = "%d/%m/%y" if i % 3 != 1 else "%d/%m/%Y"
        nhs = NHS.get(patients.get(patient, ""), "")
        cells = [
            text_date(when, lambda d, f=fmt: d.strftime(f)),
            patient,
            nhs,
            clinician,
            ctype,
            entry,
        ]
        rows.append(Row(cells, make_truth(when, "", label, None)))
    table = Table(
        "", ["Date", "Patient", "NHS No", "Clinician", "Consultation type", "Entry"], [], rows
    )
    return Agency(
        "GP_chronology.csv",
        "GP",
        [table],
        csv_title="Riverside Surgery (prev. Hollybank Medical Practice) – GP chronology "
        "– Mitchell/Hughes family – Dr A. Patel",
    )


def build_housing() -> Agency:
    """Housing: date(+time) cells, 'unknown', an exact duplicate, injection bait, a formula."""
    rows: list[Row | None] = []
    for i, (when, t, occ, label, ctype, notes, officer) in enumerate(HOUSING):
        date_cell = cell_date(when)
        if isinstance(date_cell, date) and t:
            date_cell = datetime.combine(date_cell, hm(t) or dtime())
        key = occ or (f"housing-{i}" if i == HOUSING_DUPLICATE_OF else None)
        rows.append(Row([date_cell, ctype, notes, officer], make_truth(when, t, label, key)))
        if i == HOUSING_DUPLICATE_OF:
            rows.append(Row([date_cell, ctype, notes, officer], make_truth(when, t, label, key)))
    table = Table("Sheet1", ["Date", "Contact type", "Notes", "Officer"], [], rows)
    return Agency("Housing_chronology.xlsx", "Housing", [table])


def build_probation() -> Agency:
    """Probation: about the mother's partner; day-first text dates with day <= 12."""
    rows: list[Row | None] = []
    for ref, when, occ, label, ctype, notes, om, risk in PROBATION:
        cells = [ref, text_date(when, lambda d: d.strftime("%d/%m/%Y")), ctype, notes, om, risk]
        rows.append(Row(cells, make_truth(when, "", label, occ)))
    table = Table(
        "Doyle",
        ["Reference", "Date", "Contact type", "Notes", "Offender Manager", "Risk level"],
        [
            "Probation Service – Eastfield PDU – chronology for Liam DOYLE (CRN X742261)",
            f"NI number {NI['Liam']} – prepared for CSPR Child K",
        ],
        rows,
    )
    return Agency("Probation_chronology.xlsx", "Probation", [table])


def nudge(rows: list[Row | None], rng: random.Random, swaps: int) -> None:
    """Swap a few adjacent data rows so files are mostly, not perfectly, in date order."""

    def movable(row: Row | None) -> bool:
        return row is not None and not row.fixed

    spots = [i for i in range(len(rows) - 1) if movable(rows[i]) and movable(rows[i + 1])]
    for i in rng.sample(spots, min(swaps, len(spots))):
        rows[i], rows[i + 1] = rows[i + 1], rows[i]


def build_case(seed: int) -> list[Agency]:
    """All agency files of the demo case, with the seeded row-order perturbation applied."""
    rng = random.Random(seed)
    agencies = [
        build_police(),
        build_csc(),
        build_health(),
        build_education(),
        build_gp(),
        build_housing(),
        build_probation(),
    ]
    for agency in agencies:
        for table in agency.tables:
            if len(table.rows) >= 8:
                nudge(table.rows, rng, 2)
    return agencies


# --------------------------------------------------------------------------- writers
def normalise_zip(data: bytes) -> bytes:
    """Rewrite an xlsx with fixed timestamps so the same input gives the same bytes."""
    stamp = FIXED_STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), body
                )
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 3
            member.external_attr = 0o600 << 16
            zout.writestr(member, body)
    return out.getvalue()


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save an openpyxl workbook deterministically."""
    wb.properties.creator = "cspr sample_data generator"
    wb.properties.lastModifiedBy = "cspr sample_data generator"
    wb.properties.created = FIXED_STAMP
    wb.properties.modified = FIXED_STAMP
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def put(ws: object, r: int, c: int, value: Cell) -> None:
    """Write one value with the cell type and number format a person's Excel would give it."""
    if value is None:
        return
    cell = ws.cell(r, c)  # type: ignore[attr-defined]
    if isinstance(value, Formula):
        cell.value = value.text
        return
    cell.value = value
    if isinstance(value, str):
        if value.startswith("="):
            cell.data_type = "s"  # text that merely looks like a formula
        if len(value) > 40:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    elif isinstance(value, datetime):
        cell.number_format = "dd/mm/yyyy hh:mm"
    elif isinstance(value, date):
        cell.number_format = "dd/mm/yyyy"
    elif isinstance(value, dtime):
        cell.number_format = "hh:mm"


def write_xlsx(agency: Agency, path: Path) -> list[tuple[str, int, Truth]]:
    """Write an agency workbook; return (sheet, Excel row, truth) for every data row."""
    wb = Workbook()
    wb.remove(wb.active)
    located: list[tuple[str, int, Truth]] = []
    bold = Font(bold=True)
    for table in agency.tables:
        ws = wb.create_sheet(table.sheet)
        ncols = len(table.header)
        r = 1
        for title in table.titles:
            if title is not None:
                ws.cell(r, 1, title).font = bold
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            r += 1
        for c, name in enumerate(table.header, 1):
            ws.cell(r, c, name).font = bold
        ws.freeze_panes = ws.cell(r + 1, 1)
        r += 1
        for row in table.rows:
            if row is not None:
                for c, value in enumerate(row.cells, 1):
                    put(ws, r, c, value)
                located.append((table.sheet, r, row.truth))
            r += 1
        for c in range(1, ncols + 1):
            longest = max(
                (len(str(row.cells[c - 1])) for row in table.rows if row and row.cells[c - 1]),
                default=10,
            )
            ws.column_dimensions[get_column_letter(c)].width = min(60, max(12, longest + 2))
    for sheet, lines in agency.notes.items():
        ws = wb.create_sheet(sheet)
        for r, line in enumerate(lines, 1):
            if line:
                ws.cell(r, 1, line)
        ws.column_dimensions["A"].width = 100
    save_workbook(wb, path)
    return located


def write_csv(agency: Agency, path: Path) -> list[tuple[str, int, Truth]]:
    """Write the cp1252 CSV; record numbers are the rows a spreadsheet shows (title line = 1)."""
    table = agency.tables[0]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow([agency.csv_title])
    writer.writerow(table.header)
    located: list[tuple[str, int, Truth]] = []
    record = 2
    for row in table.rows:
        record += 1
        if row is None:
            writer.writerow([])
            continue
        writer.writerow(["" if v is None else v for v in row.cells])
        located.append(("", record, row.truth))
    path.write_bytes(buf.getvalue().encode("cp1252"))
    return located


# --------------------------------------------------------------------------- family workbook
# fmt: off
PEOPLE = [
    ("P1", "Kayden Hughes", "M", date(2014, 11, 3), None, "subject child", "H1", "Kaden;Kaydon;KJ",
     "White British", f"NHS {NHS['Kayden']}"),
    ("P2", "Tyler Hughes", "M", date(2010, 4, 22), None, "sibling", "H1", "Ty;Tylor",
     "White British", f"NHS {NHS['Tyler']}"),
    ("P3", "Mia Doyle", "F", date(2019, 9, 27), None, "half-sibling", "H1", "Mia Mitchell",
     "White British/White Irish", f"NHS {NHS['Mia']}"),
    ("P4", "Chelsea Mitchell", "F", date(1991, 6, 9), None, "mother", "H1",
     "Chels;Chelsey Mitchel;Chelsea Hughes", "White British",
     f"Tel {PHONE['Chelsea']}; NI {NI['Chelsea']}"),
    ("P5", "Daniel Hughes", "M", date(1989, 1, 30), None, "father", "H2", "Danny;Dan",
     "White British", f"Tel {PHONE['Daniel']}; NI {NI['Daniel']}"),
    ("P6", "Liam Doyle", "M", date(1986, 8, 15), None, "mother's partner", "H1",
     "Lee;Lee Doyle;Liam Doyl", "White Irish",
     f"Tel {PHONE['Liam']}; NI {NI['Liam']}; moved out 2021-03, seen at home after"),
    ("P7", "Sandra Mitchell", "F", "1961", None, "maternal grandmother", "H3",
     "Sandy;Nan;Sandra Mitchel", "White British", f"Tel {PHONE['Sandra']}; stroke 2021-01"),
    ("P8", "Gaz", "M", None, None, "unknown adult", "", "Gary;GAZ", "",
     "Surname and DOB not known; seen at the flat 2019-2021"),
    ("P9", "Keith Mitchell", "M", "1958", "2016-11", "maternal grandfather", "H3", "",
     "White British", "Died before the review period"),
]
RELATIONSHIPS = [
    ("P9", "P7", "married", "1984", "2016-11"),
    ("P7", "P4", "parent", "", ""),
    ("P9", "P4", "parent", "", ""),
    ("P4", "P5", "cohabiting", "2009", date(2017, 3, 1)),
    ("P4", "P5", "separated", date(2017, 3, 1), ""),
    ("P4", "P2", "parent", "", ""),
    ("P5", "P2", "parent", "", ""),
    ("P4", "P1", "parent", "", ""),
    ("P5", "P1", "parent", "", ""),
    ("P4", "P6", "partners", "2017-11", date(2018, 2, 26)),
    ("P4", "P6", "cohabiting", date(2018, 2, 26), date(2021, 3, 15)),
    ("P4", "P3", "parent", "", ""),
    ("P6", "P3", "parent", "", ""),
    ("P6", "P2", "step_parent", date(2018, 2, 26), ""),
    ("P6", "P1", "step_parent", date(2018, 2, 26), ""),
    ("P6", "P4", "violence", date(2018, 4, 21), ""),
    ("P6", "P1", "abuse", date(2021, 3, 9), ""),
    ("P7", "P2", "close", "", ""),
    ("P4", "P7", "conflict", "2019", ""),
    ("P5", "P4", "cut_off", "2018", ""),
    ("P1", "P2", "close", "", ""),
    ("P4", "P8", "unknown", "2019-12", ""),
]
# fmt: on


def write_family(path: Path) -> None:
    """The reviewer's family workbook: people and relationships for the genogram."""
    wb = Workbook()
    ws = wb.active
    ws.title = "People"
    header = [
        "person_id",
        "name",
        "sex",
        "date_of_birth",
        "date_of_death",
        "role",
        "household",
        "aliases",
        "ethnicity",
        "notes",
    ]
    for c, name in enumerate(header, 1):
        ws.cell(1, c, name).font = Font(bold=True)
    for r, person in enumerate(PEOPLE, 2):
        for c, value in enumerate(person, 1):
            put(ws, r, c, value or None)
    rel = wb.create_sheet("Relationships")
    for c, name in enumerate(["person_a", "person_b", "type", "start_date", "end_date"], 1):
        rel.cell(1, c, name).font = Font(bold=True)
    for r, link in enumerate(RELATIONSHIPS, 2):
        for c, value in enumerate(link, 1):
            put(rel, r, c, value or None)
    for sheet in (ws, rel):
        for c in range(1, sheet.max_column + 1):
            sheet.column_dimensions[get_column_letter(c)].width = 18
    save_workbook(wb, path)


# --------------------------------------------------------------------------- demo driver
def assign_occurrences(found: list[tuple[Agency, str, int, Truth]]) -> dict[int, str]:
    """Number occurrences occ-0001.. in date/time order; shared keys get one id."""
    first: dict[str, tuple[str, str, int]] = {}
    keys: list[str] = []
    for i, (_, _, _, truth) in enumerate(found):
        if truth.status != "accepted":
            keys.append("")
            continue
        key = truth.occ_key or f"row-{i}"
        keys.append(key)
        if key not in first:
            first[key] = (truth.date, truth.time or "99:99", i)
    order = sorted(first, key=lambda k: first[k])
    ids = {k: f"occ-{n:04d}" for n, k in enumerate(order, 1)}
    return {i: ids[k] for i, k in enumerate(keys) if k}


def write_demo(out: Path, seed: int) -> dict[str, int]:
    """Write the demo case and its ground truth; return data rows per file."""
    out.mkdir(parents=True, exist_ok=True)
    found: list[tuple[Agency, str, int, Truth]] = []
    counts: dict[str, int] = {}
    for agency in build_case(seed):
        path = out / agency.file
        located = write_csv(agency, path) if path.suffix == ".csv" else write_xlsx(agency, path)
        counts[agency.file] = len(located)
        found.extend((agency, sheet, row, truth) for sheet, row, truth in located)
    write_family(out / "family.xlsx")
    occ = assign_occurrences(found)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(GT_COLUMNS)
    for i, (agency, sheet, row, t) in enumerate(found):
        writer.writerow(
            [
                agency.file,
                sheet,
                row,
                t.status,
                t.reject_kind,
                agency.agency,
                t.date,
                t.precision,
                t.time,
                occ.get(i, ""),
                t.key_event,
            ]
        )
    (out / "ground_truth.csv").write_bytes(buf.getvalue().encode("utf-8"))
    return counts


# --------------------------------------------------------------------------- scale mode
# fmt: off
FIRST = [
    "Kayden", "Tyler", "Mia", "Chelsea", "Liam", "Jade", "Callum", "Leah", "Harvey", "Amelia",
    "Brandon", "Courtney", "Declan", "Ellie-Mae", "Frankie", "Grace", "Riley", "Kian", "Lacey",
    "Mason", "Nevaeh", "Owen", "Paige", "Reece", "Skye", "Tommy",
]
SURNAMES = [
    "Hughes", "Mitchell", "Doyle", "Briggs", "Carter", "Dawson", "Fenton", "Garside", "Holt",
    "Ingram", "Jowett", "Kershaw", "Lumb", "Marsden", "Naylor", "Oldroyd", "Pickles", "Quarmby",
    "Rhodes", "Sugden", "Thwaite", "Utley", "Varley", "Whiteley",
]
# fmt: on
STREETS = ["Larch Close", "Brook Street", "Ash Grove", "Mill Lane", "Kestrel Way", "Cobden Row"]
PHRASES: dict[str, list[tuple[str, str]]] = {
    "police": [
        ("Domestic incident", "DA call-out at {addr}: {a} reports {b} pushed her. DASH {risk}."),
        ("Concern for welfare", "Neighbour reports children crying at {addr}. {a} seen."),
        ("Missing person", "{c} reported missing by {a}; found safe and well later."),
        ("Intelligence", "Unknown male seen visiting {addr} late at night."),
        ("Arrest", "{b} arrested for assault (ABH) on {a}; bailed with conditions."),
        ("Strategy discussion", "Strat disc re {c}: S47 agreed, joint visit planned."),
        ("Conference", "ICPC attended – {c} made subject of CP plan."),
        ("ASB", "Noise and shouting at {addr}; words of advice."),
    ],
    "csc": [
        ("Contact", "PPN from police re DA at {addr}; children present."),
        ("Referral", "Referral from school re {c}'s presentation."),
        ("Assessment", "C&F assessment started for {c}."),
        ("Strategy discussion", "Strat disc: police, HV, school. S47 agreed."),
        ("S47", "S47 visit – {c} seen alone."),
        ("ICPC", "ICPC: {c} subject of CP plan (emotional abuse)."),
        ("Core group", "Core group – {a} did not attend."),
        ("Home visit", "Home visit, no answer; card left."),
        ("CIN review", "CIN review meeting held."),
        ("PLO", "Pre-proceedings meeting with {a} and solicitor."),
    ],
    "health": [
        ("Home visit", "HV visit: {c} weighed, development on track."),
        ("ED attendance", "{c} attended ED with a head injury, fall at home."),
        ("Clinic", "{c} not brought to appointment (WNB)."),
        ("Telephone", "{a} reports low mood; advised to see GP."),
        ("Safeguarding", "Safeguarding supervision re {c}."),
        ("Booking", "Booking appointment; routine enquiry re DA – disclosed."),
    ],
    "housing": [
        ("Rent arrears", "Arrears £{money}. NOSP served."),
        ("Repair", "Damp reported in children's bedroom."),
        ("Change of circs", "{b} has moved in with the tenant {a}."),
        ("ASB complaint", "Neighbour complains of visitors at all hours."),
        ("Eviction", "Eviction executed; family placed in TA."),
        ("Sign-up", "New tenancy signed at {addr}."),
    ],
    "probation": [
        ("Supervision", "Routine supervision. {b} reports no issues."),
        ("Appointment", "DNA – warning letter issued."),
        ("Home visit", "Home visit: {b} living with {a} and children."),
        ("Court", "Breach proven; order continued, fine £{money}."),
        ("Programme", "BBR session attended."),
    ],
    "gp": [
        ("Consultation", "{c} seen with cough, viral illness."),
        ("Consultation", "{a}: low mood, started sertraline."),
        ("Letter", "ED letter re {c}, discharged."),
        ("Registration", "New patient registration, {c}."),
        ("Immunisation", "{c} not brought to immunisation appointment."),
    ],
}
SCALE_START = date(2012, 1, 1)
SCALE_DAYS = (date(2021, 12, 31) - SCALE_START).days
EXCEL_EPOCH = date(1899, 12, 30)


class Messer:
    """Draws the date text or cell for one scale row, with mess at a realistic rate."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, d: date) -> tuple[str, date | None]:
        """Return (kind, date): kind is 'day', 'month', 'year' or a bad-date text."""
        r = self.rng.random()
        if r < 0.02:
            y = d.year
            return self.rng.choice(
                [
                    f"31/0{self.rng.choice((2, 4, 6, 9))}/{y}",
                    f"30/02/{y}",
                    f"Summer {y}",
                    "unknown",
                    "TBC",
                    f"early {y}",
                    f"{d:%d/%m}/{y + 200}",
                    "",
                ]
            ), None
        if r < 0.035:
            return "month", d.replace(day=1)
        if r < 0.045:
            return "year", d.replace(day=1, month=1)
        return "day", d


def scale_texts(rng: random.Random, agency: str) -> tuple[str, str, str]:
    """A (type, text, worker) triple for one scale row."""
    etype, template = rng.choice(PHRASES[agency])
    text = template.format(
        a=f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}",
        b=f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}",
        c=rng.choice(FIRST),
        addr=f"{rng.randint(1, 99)} {rng.choice(STREETS)}",
        risk=rng.choice(("STANDARD", "MEDIUM", "HIGH")),
        money=f"{rng.randint(50, 3000)}.{rng.randint(0, 99):02d}",
    )
    worker = f"{rng.choice(FIRST)[0]}. {rng.choice(SURNAMES)}"
    return etype, text, worker


def scale_dates(rng: random.Random, n: int, pool: Sequence[date]) -> list[date]:
    """n mostly-sorted dates; some are shared multi-agency occurrences from the pool."""
    days = sorted(
        rng.choice(pool)
        if rng.random() < 0.08
        else SCALE_START + timedelta(days=rng.randrange(SCALE_DAYS))
        for _ in range(n)
    )
    for _ in range(n // 40):
        i = rng.randrange(max(1, n - 1))
        if i + 1 < n:
            days[i], days[i + 1] = days[i + 1], days[i]
    return days


def scale_rows(
    rng: random.Random,
    n: int,
    agency: str,
    pool: Sequence[date],
) -> Iterable[tuple[str, date | None, str, tuple[str, str, str]]]:
    """Yield (date kind, date, time, texts) for n data rows, with ~1% exact duplicates."""
    messer = Messer(rng)
    previous: tuple[str, date | None, str, tuple[str, str, str]] | None = None
    for d in scale_dates(rng, n, pool):
        if previous is not None and rng.random() < 0.01:
            yield previous
            continue
        kind, when = messer.pick(d)
        t = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}" if rng.random() < 0.7 else ""
        texts = scale_texts(rng, agency)
        if rng.random() < 0.003:
            texts = ("", "", texts[2])
        previous = (kind, when, t, texts)
        yield previous


def scale_text_date(kind: str, when: date | None, style: str) -> str:
    """Render a scale date as text in one agency's style."""
    if when is None:
        return kind
    if kind == "month":
        return f"{MONTHS[when.month]} {when.year}"
    if kind == "year":
        return str(when.year)
    if style == "dot":
        return when.strftime("%d.%m.%Y")
    if style == "mon":
        return f"{when.day:02d}-{MON[when.month]}-{when.year}"
    if style == "ordinal":
        return ordinal(when)
    if style == "yy":
        return when.strftime("%d/%m/%y")
    return when.strftime("%d/%m/%Y")


def split(n: int, weights: Sequence[float]) -> list[int]:
    """Split n into parts proportional to weights, summing exactly to n."""
    parts = [int(n * w) for w in weights[:-1]]
    return [*parts, n - sum(parts)]


def write_scale(out: Path, n: int, seed: int) -> dict[str, object]:
    """Write about six big messy files totalling n data rows; return the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pool = [SCALE_START + timedelta(days=rng.randrange(SCALE_DAYS)) for _ in range(max(1, n // 25))]
    police_n, csc_n, health_n, housing_n, probation_n, gp_n = split(
        n, (0.24, 0.24, 0.2, 0.1, 0.1, 0.12)
    )
    files: list[dict[str, object]] = []

    def book(name: str) -> tuple[xlsxwriter.Workbook, dict[str, object]]:
        wb = xlsxwriter.Workbook(str(out / name), {"constant_memory": True})
        wb.set_properties({"created": FIXED_STAMP, "author": "cspr sample_data generator"})
        fmts = {
            "bold": wb.add_format({"bold": True}),
            "date": wb.add_format({"num_format": "dd/mm/yyyy"}),
            "datetime": wb.add_format({"num_format": "dd/mm/yyyy hh:mm"}),
            "time": wb.add_format({"num_format": "hh:mm"}),
        }
        return wb, fmts

    def serial(d: date, t: str = "") -> float:
        value = float((d - EXCEL_EPOCH).days)
        if t:
            value += (int(t[:2]) * 60 + int(t[3:])) / 1440
        return value

    # Police-like: 3 merged title rows, text date+time, spacer rows, a footer.
    wb, f = book("Police_chronology.xlsx")
    ws = wb.add_worksheet("Chronology")
    for r, title in enumerate(
        ("OFFICIAL-SENSITIVE", "Police chronology – scale test", "Period: 01/01/2012 – 31/12/2021")
    ):
        ws.merge_range(r, 0, r, 5, title, f["bold"])
    ws.write_row(
        3,
        0,
        ["Date/Time", "Occurrence Ref", "Type", "Summary of incident", "Action taken", "Officer"],
        f["bold"],
    )
    r = 4
    for i, (kind, when, t, (etype, text, worker)) in enumerate(
        scale_rows(rng, max(0, police_n - 1), "police", pool)
    ):
        stamp = scale_text_date(kind, when, "slash")
        ws.write_string(r, 0, f"{stamp} {t}" if t and kind == "day" else stamp)
        ws.write_string(r, 1, f"EF-{i:07d}")
        ws.write_string(r, 2, etype)
        ws.write_string(r, 3, text)
        ws.write_string(r, 4, "Words of advice." if etype else "")
        ws.write_string(r, 5, f"PC {worker}")
        r += 1
        if i % 997 == 996:
            r += 1  # blank spacer row
    if police_n:
        ws.write_string(r + 1, 3, FOOTER)
    wb.close()
    files.append(
        {"file": "Police_chronology.xlsx", "rows": police_n, "sheets": {"Chronology": police_n}}
    )

    # CSC-like: real date cells, separate time cells, a few serials typed as text.
    wb, f = book("Childrens_Social_Care_chronology.xlsx")
    ws = wb.add_worksheet("CSC chronology")
    ws.write_row(
        0,
        0,
        [
            "Event type",
            "Date of contact",
            "Time",
            "Details",
            "Outcome / Actions",
            "Worker",
            "Significance to child",
            "Agency",
        ],
        f["bold"],
    )
    for r, (kind, when, t, (etype, text, worker)) in enumerate(
        scale_rows(rng, csc_n, "csc", pool), 1
    ):
        ws.write_string(r, 0, etype)
        if kind == "day" and when is not None:
            if rng.random() < 0.005:
                ws.write_string(r, 1, str(int(serial(when))))
            else:
                ws.write_number(r, 1, serial(when), f["date"])
        else:
            ws.write_string(r, 1, scale_text_date(kind, when, "slash"))
        if t:
            ws.write_number(r, 2, (int(t[:2]) * 60 + int(t[3:])) / 1440, f["time"])
        ws.write_string(r, 3, text)
        ws.write_string(r, 5, worker)
        ws.write_string(r, 7, "CSC")
    wb.close()
    files.append(
        {
            "file": "Childrens_Social_Care_chronology.xlsx",
            "rows": csc_n,
            "sheets": {"CSC chronology": csc_n},
        }
    )

    # Health-like: three sheets, three text date styles.
    wb, f = book("Health_chronology.xlsx")
    sheets: dict[str, int] = {}
    for (sheet, style, header), part in zip(
        (
            ("Health Visiting", "dot", ["Date", "Contact type", "Practitioner", "Entry", "Plan"]),
            (
                "Emergency Dept",
                "mon",
                [
                    "Arrival date",
                    "Arrival time",
                    "Presenting complaint",
                    "Outcome / Disposal",
                    "Safeguarding flag",
                ],
            ),
            ("Midwifery", "ordinal", ["Date", "Gestation", "Type of contact", "Notes", "Midwife"]),
        ),
        split(health_n, (0.5, 0.3, 0.2)),
        strict=True,
    ):
        ws = wb.add_worksheet(sheet)
        ws.write_row(0, 0, header, f["bold"])
        for r, (kind, when, t, (etype, text, worker)) in enumerate(
            scale_rows(rng, part, "health", pool), 1
        ):
            ws.write_string(r, 0, scale_text_date(kind, when, style))
            if sheet == "Emergency Dept":
                ws.write_string(r, 1, t)
                ws.write_string(r, 2, text)
                ws.write_string(r, 4, rng.choice(("No", "Yes – DA", "Yes – CP")))
            elif sheet == "Health Visiting":
                ws.write_row(r, 1, [etype, f"HV {worker}", text, "Review in 4 weeks."])
            else:
                ws.write_row(
                    r,
                    1,
                    [f"{rng.randint(8, 41)}+{rng.randrange(7)}", etype, text, f"{worker} (RM)"],
                )
        sheets[sheet] = part
    wb.close()
    files.append({"file": "Health_chronology.xlsx", "rows": health_n, "sheets": sheets})

    # Housing-like: date(+time) cells, 'unknown', injection bait as text.
    wb, f = book("Housing_chronology.xlsx")
    ws = wb.add_worksheet("Sheet1")
    ws.write_row(0, 0, ["Date", "Contact type", "Notes", "Officer"], f["bold"])
    bait = (
        '=HYPERLINK("http://example.invalid","click")',
        "+447700900461 new mobile",
        "@Lisa please chase",
        "-1 rent adjustment",
    )
    for r, (kind, when, t, (etype, text, worker)) in enumerate(
        scale_rows(rng, housing_n, "housing", pool), 1
    ):
        if kind == "day" and when is not None:
            ws.write_number(r, 0, serial(when, t), f["datetime" if t else "date"])
        else:
            ws.write_string(r, 0, scale_text_date(kind, when, "slash"))
        ws.write_string(r, 1, etype)
        ws.write_string(r, 2, rng.choice(bait) if rng.random() < 0.005 else text)
        ws.write_string(r, 3, worker)
    wb.close()
    files.append(
        {"file": "Housing_chronology.xlsx", "rows": housing_n, "sheets": {"Sheet1": housing_n}}
    )

    # Probation-like: title rows, Reference and Risk level columns, day-first text dates.
    wb, f = book("Probation_chronology.xlsx")
    ws = wb.add_worksheet("Cases")
    ws.merge_range(0, 0, 0, 5, "Probation Service – scale test chronology", f["bold"])
    ws.write_row(
        2,
        0,
        ["Reference", "Date", "Contact type", "Notes", "Offender Manager", "Risk level"],
        f["bold"],
    )
    for r, (kind, when, _t, (etype, text, worker)) in enumerate(
        scale_rows(rng, probation_n, "probation", pool), 3
    ):
        ws.write_string(r, 0, f"X{r:06d}/{r % 50:03d}")
        ws.write_string(r, 1, scale_text_date(kind, when, "slash"))
        ws.write_string(r, 2, etype)
        ws.write_string(r, 3, text)
        ws.write_string(r, 4, worker)
        ws.write_string(r, 5, rng.choice(("Low", "Medium", "High", "Very high")))
    wb.close()
    files.append(
        {"file": "Probation_chronology.xlsx", "rows": probation_n, "sheets": {"Cases": probation_n}}
    )

    # GP-like CSV: cp1252, title line, dd/mm/yy, quoted commas and newlines.
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(["Riverside Surgery – GP chronology – scale test"])
    writer.writerow(["Date", "Patient", "Clinician", "Consultation type", "Entry"])
    for kind, when, t, (etype, text, worker) in scale_rows(rng, gp_n, "gp", pool):
        style = "yy" if rng.random() < 0.5 else "slash"
        extra = rng.random()
        if extra < 0.02:
            text += "\nSeen with mum, café voucher given – £5"
        elif extra < 0.04:
            text += ", safety-netting advice given"
        stamp = scale_text_date(kind, when, style)
        if t and kind == "day" and extra > 0.9:
            stamp += f" {t}"
        writer.writerow(
            [stamp, f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}", f"Dr {worker}", etype, text]
        )
    (out / "GP_chronology.csv").write_bytes(buf.getvalue().encode("cp1252"))
    files.append({"file": "GP_chronology.csv", "rows": gp_n, "sheets": {"": gp_n}})

    manifest: dict[str, object] = {"events": n, "seed": seed, "files": files}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


# --------------------------------------------------------------------------- CLI
def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="output directory")
    parser.add_argument("--events", type=int, help="scale mode: total data rows (<= 200000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.events is None:
        out = args.out or HERE / "demo_case"
        counts = write_demo(out, args.seed)
        for name, rows in counts.items():
            print(f"{name}: {rows} data rows")
    else:
        if not 1 <= args.events <= 200_000:
            parser.error("--events must be between 1 and 200000")
        out = args.out or HERE / "scale"
        manifest = write_scale(out, args.events, args.seed)
        for entry in manifest["files"]:  # type: ignore[attr-defined]
            print(f"{entry['file']}: {entry['rows']} data rows")
    print(f"wrote {out} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
