"""A sixth set of blind labelled cases for judging duplicate detection.

Four wholly fictional families, each of 100-160 chronology rows from nine to twelve services
over one to two years, unlike each other and unlike the earlier blind sets' families: a
three-year-old girl who dies of starvation in a family that withdrew from services (missed
health appointments, an older brother taken out of school for elective home education, visits
refused); a nine-year-old girl who discloses sexual abuse by her stepfather at school (strategy
discussion, achieving-best-evidence interview, paediatric forensic medical, remand, trial); a
baby with a skull fracture whose parents both have learning disabilities, after a pre-birth
assessment (adult learning disability team, advocacy, parent-and-baby placement, proceedings);
a fifteen-year-old girl caring for her mother who is dependent on alcohol (repeat ambulance
call-outs and emergency department attendances for intoxication, school refusal, young carers,
a detox admission). Written blind: composed from the domain brief, the `Event` schema and the
fifth blind set's docstring and helper code (read for its format, helpers and labelling rules;
none of its families, services' wordings or places reused), without reading the duplicate
rules, their settings, the linkage model, any result or any other labelled set, and without
running the merge on these cases (issue 12, "Generalisation practice"). Kept apart from
tuning: measure on them blind first.

The services write very differently, as real returns do: terse police capital codes; long
social care narrative; "Contact type: ... Outcome: ..." templates; first-person notes by a
nursery manager, a designated safeguarding lead and an advocate; a return that copies another
service's text word for word under its own preface; free-text dates inside the text ("seen on
Tues"); a school that writes one row per child for one event; an emergency department that
splits one attendance into triage, doctor review and discharge rows.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email or referral was logged by the receiving service on the next day.

How the rows were labelled (the fifth blind set's rules, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, professionals' meeting, discharge
  planning meeting, court hearing), in whatever words, with whatever time or none, is one
  occurrence. A minute pasted into another service's return under its own preface is a record
  of the same meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and
  received) are one occurrence, even when the receiving service logs it the next day. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the MASH screening
  decision and the contact it screens, and a hospital's notice of an attendance to the health
  visitor, GP or school. An incident attended by police and ambulance together is one
  occurrence; the emergency department attendance that follows is another.
- Life events (a birth, a death, a house move, a placement start or end, a school start or
  removal from roll, a GP registration, an admission or discharge, an arrest, a charge, a remand,
  a court result or order) recorded by two services on the same day, or by one of them the next
  day, are one occurrence when they name the same specifics. Two people's arrests on one day are
  two occurrences; so are an arrest and a charge on different days.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- Decision for this set: an emergency department that writes one attendance as several rows
  (triage, doctor or consultant review, discharge or outcome) records ONE occurrence: they are
  parts of one attendance, on one day, at one place, for one presenting problem. A discharge
  letter sent to the GP and received there is a separate occurrence (a letter). An inpatient
  admission and the discharge days later are two occurrences; attendances on consecutive days,
  or two attendances on one day (discharged, then brought back), are separate.
- Decision for this set: a school that writes one row per child for one event (one home visit
  about two children, one phone call from a parent about both) records ONE occurrence; two
  children's separate appointments in one session (each child's own medical, own interview,
  own review) are separate occurrences.
- Look-alikes kept apart: two different meetings on one day (a strategy discussion and a legal
  gateway meeting; a professionals' meeting and an elective home education panel), repeat
  police or ambulance call-outs to one address on one day, emergency department attendances on
  consecutive days, separate visits by two agencies on one day, a police incident and social
  care's receipt of the notification, a report sent before a conference and the conference, a
  letter before proceedings and the pre-proceedings meeting, an arrest and the later charge, two
  children's separate appointments in one session.

Everything is invented: people, workers, schools, nurseries, surgeries, hospitals, wards, towns,
police forces, addresses, postcodes and reference numbers. Deterministic: one fixed seed per
case (it only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_6.py      # prints a summary of each case
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from chronology.dates import Precision
from chronology.schema import Event, Provenance

BlindCase = tuple[str, list[Event], dict[str, str], set[str]]

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
MW = "Midwifery"
ED = "Emergency Department"
GP = "GP"
SCHOOL = "School"
NURSERY = "Nursery"
HOUSING = "Housing"
AMBULANCE = "Ambulance Service"
EHE = "Elective Home Education Team"
PAEDS = "Community Paediatrics"
SARC = "Paediatric Sexual Assault Referral Centre"
CAMHS = "CAMHS"
SCHOOL_NURSE = "School Nursing"
PROBATION = "Probation Service"
WITNESS = "Witness Care Unit"
THERAPY = "Children's Sexual Abuse Therapy Service"
ALD = "Adult Learning Disability Team"
ADVOCACY = "Advocacy Service"
WARD = "Paediatric Ward"
CAFCASS = "Cafcass"
FOSTERING = "Fostering Service"
ALCOHOL = "Adult Alcohol Service"
YOUNG_CARERS = "Young Carers Service"
EWO = "Education Welfare Service"
LIAISON = "Liaison Psychiatry"
EARLY_HELP = "Early Help"

SHIFTS: tuple[str, ...] = ("", "+1", "-1", "+2", "-2", "swap", "month", "late")

# Invented but typical English school holidays (first and last day closed), so a school's or a
# school nurse's routine entries never fall when the school is shut.
SCHOOL_HOLIDAYS: tuple[tuple[str, str], ...] = (
    ("2023-12-20", "2024-01-03"),
    ("2024-02-12", "2024-02-16"),
    ("2024-03-28", "2024-04-12"),
    ("2024-05-27", "2024-05-31"),
    ("2024-07-22", "2024-09-03"),
    ("2024-10-28", "2024-11-01"),
    ("2024-12-20", "2025-01-03"),
    ("2025-02-17", "2025-02-21"),
    ("2025-04-07", "2025-04-21"),
    ("2025-05-26", "2025-05-30"),
    ("2025-07-22", "2025-09-02"),
    ("2025-10-27", "2025-10-31"),
    ("2025-12-19", "2026-01-02"),
)
TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, SCHOOL_NURSE, EWO)
# Bank holidays in England over the cases' span: no routine weekday entry falls on one.
BANK_HOLIDAYS: tuple[str, ...] = (
    "2024-01-01",
    "2024-03-29",
    "2024-04-01",
    "2024-05-06",
    "2024-05-27",
    "2024-08-26",
    "2024-12-25",
    "2024-12-26",
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-05-05",
    "2025-05-26",
    "2025-08-25",
    "2025-12-25",
    "2025-12-26",
)


def _school_closed(day: dt.date) -> bool:
    return any(_day(first) <= day <= _day(last) for first, last in SCHOOL_HOLIDAYS)


@dataclass(frozen=True)
class Sheet:
    """One sheet of one agency's return: who wrote it, and who signed its entries when."""

    agency: str
    file: str
    name: str = ""
    staff: tuple[tuple[str, str], ...] = ()  # (from ISO date, practitioner), in date order
    typed: bool = True  # the return has an event type column


@dataclass(frozen=True)
class R:
    """One agency's record of an occurrence.

    shift: "" (date right), "+1"/"-1"/"+2"/"-2" (days out), "swap" (day and month swapped),
    "month" (only the month written), "late" (a life event noted the next day).
    """

    sheet: str
    text: str
    time: str = ""
    kind: str = ""
    outcome: str = ""
    shift: str = ""
    ref: str = ""


@dataclass
class _Row:
    sheet: str
    date: dt.date
    precision: Precision
    time: dt.time | None
    written: str
    record: R
    occurrence: str
    order: int
    true_date: dt.date


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _written(true: dt.date, shift: str) -> tuple[dt.date, Precision, str]:
    """(date as read, precision, date as written) for a record of an occurrence on `true`."""
    if shift not in SHIFTS:
        raise ValueError(f"unknown shift {shift!r}")
    if shift == "month":
        first = true.replace(day=1)
        return first, "month", f"{true:%m/%Y}"
    if shift == "swap":
        if true.day > 12 or true.day == true.month:
            raise ValueError(f"{true} cannot be written with day and month swapped")
        swapped = dt.date(true.year, true.day, true.month)
        return swapped, "day", f"{true.month:02d}/{true.day:02d}/{true.year}"
    offset = {"": 0, "+1": 1, "late": 1, "-1": -1, "+2": 2, "-2": -2}[shift]
    date = true + dt.timedelta(days=offset)
    return date, "day", f"{date:%d/%m/%Y}"


@dataclass
class Family:
    """Builds one case: scripted occurrences first, then routine single entries around them."""

    name: str
    seed: int
    sheets: dict[str, Sheet]
    rows: list[_Row] = field(default_factory=list)
    noise: set[str] = field(default_factory=set)
    busy: set[dt.date] = field(default_factory=set)
    sheet_busy: dict[str, set[dt.date]] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def occ(self, day: str, scene: str, *records: R, routine: bool = False) -> str:
        """One occurrence on `day`, recorded by each of `records`."""
        if not records:
            raise ValueError("an occurrence needs at least one record")
        self.count += 1
        occurrence = f"{self.name}-{self.count:03d}-{scene}"
        true = _day(day)
        for record in records:
            if record.sheet not in self.sheets:
                raise KeyError(f"{self.name}: no sheet {record.sheet!r}")
            date, precision, written = _written(true, record.shift)
            time = None
            if record.time and precision == "day":
                hours, minutes = record.time.split(":")
                time = dt.time(int(hours), int(minutes))
            if record.shift:
                self.noise.add(occurrence)
            self.rows.append(
                _Row(
                    record.sheet,
                    date,
                    precision,
                    time,
                    written,
                    record,
                    occurrence,
                    len(self.rows),
                    true,
                )
            )
        marks = self.sheet_busy.setdefault(records[0].sheet, set()) if routine else self.busy
        for offset in (-1, 0, 1):
            marks.add(true + dt.timedelta(days=offset))
        return occurrence

    def fill(
        self,
        sheet: str,
        start: str,
        end: str,
        items: list[tuple[str, str]],
        timed: bool = True,
        weekdays: bool = True,
    ) -> None:
        """Routine single entries `(event type, text)` on free days between start and end.

        Each goes on a day with no scripted occurrence within a day either side, so a routine
        entry never sits beside a scripted occurrence it could be mistaken for, and with no other
        routine entry of its own sheet within a day either side. Routine entries of different
        sheets may share a day (separate contacts by separate services, kept apart). A school's,
        pre-school's, unit's or school nurse's routine entries keep to term time, and weekday
        entries avoid bank holidays.
        """
        taken = self.sheet_busy.setdefault(sheet, set())
        term_time = self.sheets[sheet].agency in TERM_TIME_AGENCIES
        first, last = _day(start), _day(end)
        span = (last - first).days
        for kind, text in items:
            for _ in range(4000):
                day = first + dt.timedelta(days=self.rng.randint(0, span))
                if day in self.busy or day in taken or (weekdays and day.weekday() >= 5):
                    continue
                if weekdays and day.isoformat() in BANK_HOLIDAYS:
                    continue
                if term_time and _school_closed(day):
                    continue
                break
            else:
                raise RuntimeError(f"{self.name}: no free day for {sheet} in {start}..{end}")
            time = ""
            if timed:
                minutes = self.rng.randrange(8 * 60 + 30, 17 * 60, 5)
                time = f"{minutes // 60:02d}:{minutes % 60:02d}"
            self.occ(day.isoformat(), f"routine-{sheet}", R(sheet, text, time, kind), routine=True)

    def _practitioner(self, sheet: Sheet, day: dt.date) -> str:
        name = ""
        for since, who in sheet.staff:
            if _day(since) <= day:
                name = who
        return name

    def case(self) -> BlindCase:
        by_sheet: dict[tuple[str, str], list[_Row]] = {}
        for row in self.rows:
            sheet = self.sheets[row.sheet]
            by_sheet.setdefault((sheet.file, sheet.name), []).append(row)
        events: list[Event] = []
        truth: dict[str, str] = {}
        for (file, name), rows in sorted(by_sheet.items()):
            rows.sort(key=lambda r: (r.date, r.time or dt.time(0, 0), r.order))
            for number, row in enumerate(rows, start=2):  # row 1 is the header
                sheet = self.sheets[row.sheet]
                record = row.record
                events.append(
                    Event(
                        source=Provenance(file, name, number),
                        agency=sheet.agency,
                        date=row.date,
                        date_precision=row.precision,
                        event_text=record.text,
                        time=row.time,
                        event_type=record.kind if sheet.typed else "",
                        outcome=record.outcome,
                        practitioner=self._practitioner(sheet, row.true_date),
                        reference=record.ref,
                        date_as_written=row.written,
                    )
                )
                truth[f"{file}|{name}|{number}"] = row.occurrence
        return self.name, events, truth, set(self.noise)


# --------------------------------------------------------------------------------------------
# Case 1: the Pellow family, Marrowby. Tilly Pellow (b. 11/02/2022) lives with her mother Gemma
# Pellow (b. 1993), her mother's partner Craig Voss (b. 1988) and her half-brother Jasper
# Pellow (b. 22/05/2014) at 9 Quillet Row, Marrowby MR4 6TD; registered at Hazelgate Surgery;
# Tilly at Little Wrens Nursery, Jasper at Marrowby Fen Primary until his mother removes him
# for elective home education. Missed health appointments, a nursery place given up, visits
# refused, faltering growth, an eviction to temporary accommodation (Flat 3, Corbel House,
# Marrowby MR2 9PL), and Tilly's death from starvation in September 2025.
# --------------------------------------------------------------------------------------------


def _pellow() -> BlindCase:
    f = Family(
        "pellow",
        601,
        {
            "hv": Sheet(
                HV,
                "HV_return_Pellow_T.xlsx",
                "Tilly",
                (("2024-01-01", "Janine Orrock HV"), ("2025-03-01", "Bethan Quaile HV")),
            ),
            "gp": Sheet(
                GP, "Hazelgate_Surgery_chronology.docx", "Table 1", (("2024-01-01", "Dr S Varma"),)
            ),
            "nur": Sheet(
                NURSERY,
                "LittleWrens_nursery_log.xlsx",
                "Sheet1",
                (("2024-01-01", "Debs Farraday (manager)"),),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "MarrowbyFen_DSL_chronology.xlsx",
                "Jasper",
                (("2024-01-01", "Mr K Athelney DSL"),),
            ),
            "ehe": Sheet(
                EHE, "EHE_Pellow_J.xlsx", "Log", (("2024-01-01", "Corinne Stabb EHE officer"),)
            ),
            "csc": Sheet(
                CSC,
                "CSC_Pellow_family_chronology.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH duty team"),
                    ("2025-02-07", "Hollis Quant SW"),
                    ("2025-08-13", "Ayesha Brockley SW"),
                ),
            ),
            "pol": Sheet(POLICE, "Police_Pellow.csv", "", (("2024-01-01", ""),)),
            "amb": Sheet(AMBULANCE, "Ambulance_Pellow.xlsx", "Incidents", typed=False),
            "ed": Sheet(ED, "MarrowbyRoyal_ED_Pellow.xlsx", "ED", (("2024-01-01", "ED"),)),
            "hsg": Sheet(
                HOUSING, "Housing_Pellow.xlsx", "Case notes", (("2024-01-01", "T Rendle"),)
            ),
            "paed": Sheet(
                PAEDS,
                "CommunityPaeds_Pellow_T.docx",
                "Table 1",
                (("2024-01-01", "Dr N Fairholme"),),
            ),
        },
    )
    f.occ(
        "2024-06-04",
        "hv-2yr-dna",
        R(
            "hv",
            "Contact type: 2-2.5yr review (clinic). Outcome: WNB. Re-offered 18/06.",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-06-18",
        "hv-2yr-dna-again",
        R(
            "hv",
            "Contact type: 2-2.5yr review (clinic). Outcome: WNB 2nd time. Letter to mum.",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-07-09",
        "nursery-start",
        R(
            "nur",
            "Tilly started with us today, 15 funded hrs (Mon/Tue/Wed am). Mum brought her, quiet "
            "little girl, very small for her age I thought.",
        ),
        R(
            "hv",
            "Contact type: Info. Outcome: Nursery confirmed Tilly started Little Wrens today, 15 "
            "hrs.",
            "",
            "Info",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-19",
        "school-call-mash",
        R(
            "sch",
            "I rang the MASH front door about Jasper. He has been taking food from other "
            "children's lunchboxes all week and staff found bread rolls hidden in his tray. He "
            "says there is 'no food at home on Thursdays'. Weight visibly down since July.",
            "11:40",
            "Referral",
        ),
        R(
            "csc",
            "Contact received by telephone from Mr Athelney, DSL at Marrowby Fen Primary: Jasper "
            "(10) seen taking food from peers' lunchboxes over the past week, bread rolls found "
            "hidden in his tray, Jasper said there was no food at home on Thursdays. DSL "
            "describes him as thinner than before the summer. Passed for screening.",
            "",
            "Contact",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-23",
        "mash-screen",
        R(
            "csc",
            "MASH screening of DSL contact of 19/09: checks with HV (Tilly missed two "
            "developmental reviews), GP (no concerns recorded), police (nil). Decision: threshold "
            "for Early Help, not statutory. Consent to be sought from mother.",
            "",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-10-02",
        "eh-declined",
        R(
            "csc",
            "Early Help worker rang Ms Pellow to offer a family support package. Ms Pellow "
            "declined, said the school 'overreacted' and that Jasper is a fussy eater. Case "
            "closed to MASH.",
            "",
            "Early Help",
        ),
    )
    f.occ(
        "2024-10-07",
        "dereg-letter",
        R(
            "sch",
            "Letter from Ms Pellow handed in at the office this morning: she is removing Jasper "
            "from roll from today to educate him at home. I tried to ring her, no answer.",
            "09:05",
            "EHE",
        ),
    )
    f.occ(
        "2024-10-07",
        "school-notify-ehe",
        R(
            "sch",
            "Emailed EHE team the deregistration notice for Jasper plus our safeguarding concerns "
            "from Sept (food).",
            "14:20",
            "EHE",
        ),
        R(
            "ehe",
            "Contact type: Deregistration notification (email, school). Outcome: J Pellow off "
            "roll at Marrowby Fen from 07/10/24. School note food concerns 19/09 and MASH "
            "contact. Open to EHE.",
            "",
            "Notification",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-15",
        "nursery-hv-call",
        R(
            "nur",
            "I phoned the health visitor - Tilly has only been in 3 sessions in 4 weeks and when "
            "she does come she eats everything she's given very fast and cries when the plates "
            "go. Left it with the HV to follow up.",
        ),
        R(
            "hv",
            "Contact type: Telephone from nursery manager (Little Wrens). Outcome: Tilly's "
            "attendance poor, 3/12 sessions, eating rapidly and distressed when food removed. "
            "Plan HV home visit.",
            "15:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-04",
        "nursery-withdrawn",
        R(
            "nur",
            "Mum came in on Monday and said Tilly won't be coming any more, she is keeping her at "
            "home with her brother now. I asked if HV knew, mum said 'it's nobody's business'.",
        ),
    )
    f.occ(
        "2024-11-12",
        "ehe-letter",
        R(
            "ehe",
            "Contact type: Letter to parent. Outcome: Initial letter offering a home visit on "
            "26/11 at 10am and requesting information about the education provided.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2024-11-26",
        "ehe-visit-nae",
        R(
            "ehe",
            "Contact type: Home visit. Outcome: No answer. Curtains drawn, child's voice heard "
            "inside. Card left.",
            "10:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-11-26",
        "hv-visit-nae",
        R(
            "hv",
            "Contact type: Unannounced home visit. Outcome: No access. Mother spoke through the "
            "letterbox, said Tilly was asleep and declined to open the door. Will discuss with "
            "named nurse.",
            "14:35",
            "NAE",
        ),
    )
    f.occ(
        "2024-12-03",
        "gp-imms-wnb",
        R("gp", "T Pellow WNB imms (MMR2 pre-sch). 2nd WNB. Task HV."),
    )
    f.occ(
        "2024-12-05",
        "gp-task-hv",
        R("gp", "Task sent to HV team re Tilly WNB x2 imms + mum declined recall by phone."),
        R(
            "hv",
            "Contact type: GP task received. Outcome: Tilly WNB imms twice, mother declined "
            "recall. Discussed with named nurse - escalate if next contact not achieved.",
            "",
            "Info",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-14",
        "nosp",
        R(
            "hsg",
            "Notice seeking possession served (Ground 8, arrears £2,140). Tenant not at home, "
            "served through door, photo taken.",
            "",
            "Arrears",
        ),
    )
    f.occ(
        "2025-02-06",
        "police-welfare-1",
        R(
            "pol",
            "06/02/25 1842 INC 0611 CONCERN FOR WELFARE 9 QUILLET ROW. CALLER NEIGHBOUR REPORTS "
            "CHILD SCREAMING FOR 30 MINS. ATTENDED. ADULTS C VOSS / G PELLOW. 2 CHILDREN SEEN, "
            "ONE ASLEEP. HOUSE COLD, LITTLE FOOD IN KITCHEN. PPN SUBMITTED.",
            "18:42",
            "INC",
            ref="INC0611-060225",
        ),
    )
    f.occ(
        "2025-02-06",
        "police-welfare-2",
        R(
            "pol",
            "06/02/25 2310 INC 0744 REPEAT CALL 9 QUILLET ROW NEIGHBOUR STATES SHOUTING. OFFICERS "
            "SPOKE TO VOSS AT DOOR. NO OFFENCES. LINKED INC 0611.",
            "23:10",
            "INC",
            ref="INC0744-060225",
        ),
    )
    f.occ(
        "2025-02-07",
        "ppn-received",
        R(
            "csc",
            "Police notification received (PPN re INC 0611 of 06/02/25): officers attended 9 "
            "Quillet Row after a neighbour heard a child screaming; house cold, little food in "
            "kitchen; both children seen. Second call to the address the same night (INC 0744). "
            "Given the September contact and health's non-access, threshold met for a Child and "
            "Family assessment. Allocated to Hollis Quant.",
            "",
            "Contact",
        ),
    )
    f.occ(
        "2025-02-12",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with the health visitor. Mr Voss answered and let us in after some "
            "persuasion. Tilly (3) was in her cot at 11am in a wet nappy; she is very slight, "
            "pale, with thin limbs and a distended tummy, and did not speak. Jasper was on a "
            "games console and said he does 'maths on the computer'. The kitchen held two tins of "
            "beans and some bread. Ms Pellow said Tilly 'has always been a picky eater' and that "
            "she would take her to the GP. Food bank voucher given.",
            "11:00",
            "Visit",
        ),
        R(
            "hv",
            "Contact type: Joint HV with SW (H Quant). Outcome: Tilly seen - not weighed (refused "
            "scales). Appears thin, distended abdomen, no words. Advised GP appt for growth. Food "
            "voucher given by SW.",
            "11:00",
            "Home visit",
            shift="swap",
        ),
    )
    f.occ(
        "2025-02-18",
        "gp-appt",
        R(
            "gp",
            "Tilly seen with mum. Wt 9.6kg (<0.4th). Ht 88cm. Mum says eats well, 'fussy'. Refer "
            "comm paeds faltering growth. Bloods req.",
        ),
    )
    f.occ(
        "2025-02-19",
        "gp-referral-paeds",
        R("gp", "Referral sent to community paediatrics (faltering growth, HV/SW involved)."),
        R(
            "paed",
            "Referral received from Dr Varma, Hazelgate Surgery: 3y girl, weight 9.6kg below "
            "0.4th centile, possible faltering growth, social care assessment under way. Triage: "
            "routine-urgent, 6 weeks.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2025-04-08",
        "paeds-wnb",
        R("paed", "Clinic: Tilly was not brought. No contact from family.", "14:00", "WNB"),
    )
    f.occ(
        "2025-04-09",
        "paeds-letter",
        R(
            "paed",
            "Letter to GP and HV: 'Tilly was not brought to her appointment on 08/04/2025. Given "
            "the concern about her growth we have offered a further appointment on 24/06/2025 and "
            "would be grateful if you could encourage attendance.'",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter from community paeds scanned: 'Tilly was not brought to her appointment on "
            "08/04/2025. Given the concern about her growth we have offered a further appointment "
            "on 24/06/2025 and would be grateful if you could encourage attendance.'",
            "",
            shift="+2",
        ),
    )
    f.occ(
        "2025-04-16",
        "ca-closed",
        R(
            "csc",
            "Child and Family assessment completed. Mother has taken Tilly to the GP and a "
            "paediatric referral has been made; Jasper is home educated and the EHE team are "
            "involved. Outcome: no further action by CSC, health to monitor growth. Case closed. "
            "Manager agreed.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2025-05-20",
        "eviction",
        R("hsg", "Possession order granted, outright. Warrant to be requested.", "", "Court"),
    )
    f.occ(
        "2025-06-02",
        "move-ta",
        R(
            "hsg",
            "Household (Ms G Pellow, Mr C Voss, Jasper 11, Tilly 3) placed in temporary "
            "accommodation, Flat 3 Corbel House MR2 9PL, following eviction from 9 Quillet Row "
            "today.",
            "",
            "TA",
        ),
        R(
            "gp",
            "Change of address: Flat 3 Corbel House, Marrowby MR2 9PL (all family) - temp "
            "accommodation.",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-24",
        "paeds-clinic",
        R(
            "paed",
            "Clinic: Tilly seen with mother. Weight 9.4kg (lower than in February), height 89cm. "
            "Wasted buttocks, sparse hair, no signs of illness. Mother adamant she eats 'loads'. "
            "Plan: bloods, coeliac screen, dietitian, review 4 weeks. I am concerned this may be "
            "neglect and have told HV.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2025-06-25",
        "paeds-hv-call",
        R(
            "paed",
            "Telephoned HV (B Quaile) to share concern from yesterday's clinic.",
            "09:20",
            "Telephone",
        ),
        R(
            "hv",
            "Contact type: Telephone from Dr Fairholme. Outcome: weight falling (9.4kg), possible "
            "neglect. HV to visit and weigh within 2 wks. Family now in TA at Corbel House.",
            "09:20",
            "Telephone",
        ),
    )
    f.occ(
        "2025-07-03",
        "hv-visit-seen",
        R(
            "hv",
            "Contact type: Home visit (TA). Outcome: Tilly weighed 9.3kg. Very quiet, sat in "
            "buggy throughout. Mum says bloods 'will be done next week'.",
            "10:15",
            "Home visit",
        ),
        R(
            "hv",
            "Contact type: Home visit (TA). Outcome: Tilly weighed 9.3kg. Very quiet, sat in "
            "buggy throughout. Mum says bloods 'will be done next week'",
            "10:15",
            "Home visit",
        ),
    )
    f.occ(
        "2025-07-15",
        "ehe-report",
        R(
            "ehe",
            "Contact type: Annual review. Outcome: Parent declined visit, sent a one-page written "
            "report (online maths programme, reading). Judged suitable 'on the evidence provided'.",
            "",
            "Review",
        ),
    )
    f.occ(
        "2025-07-22",
        "bloods-dna",
        R("paed", "Bloods/dietitian: not attended. Phone unobtainable.", "", "WNB"),
    )
    f.occ(
        "2025-08-12",
        "profs-meeting",
        R(
            "csc",
            "Professionals' meeting convened by the named nurse (not an open case): community "
            "paediatrician, HV, GP, EHE officer, CSC team manager. Shared: weight falling since "
            "Feb, WNB bloods and dietitian, family in TA, Jasper not seen by any professional "
            "since February. Agreed health would make a referral to CSC today and CSC would "
            "undertake a joint visit.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Professionals mtg (Civic Centre). Outcome: concerns re faltering "
            "growth + disengagement. HV to refer to CSC today.",
            "10:00",
            "Meeting",
        ),
        R(
            "paed",
            "Professionals meeting attended: I stated that unexplained weight loss in a "
            "3-year-old with missed appointments is a safeguarding concern until shown otherwise.",
            "10:00",
            "Meeting",
        ),
        R(
            "ehe",
            "Contact type: Multi-agency meeting. Outcome: attended. Shared that no visit "
            "achieved; report accepted July. Asked to try again to see Jasper.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-08-12",
        "ehe-panel",
        R(
            "ehe",
            "Contact type: EHE monitoring panel. Outcome: J Pellow case discussed - consider "
            "School Attendance Order route if no visit by end Sept.",
            "14:00",
            "Panel",
        ),
    )
    f.occ(
        "2025-08-12",
        "hv-referral",
        R(
            "hv",
            "Contact type: Written referral to CSC (MARF). Outcome: sent 15:40 - faltering "
            "growth, weight loss, WNB x3, no access.",
            "15:40",
            "Referral",
        ),
        R(
            "csc",
            "Referral (MARF) received from the health visitor following this week's "
            "professionals' meeting: Tilly's weight falling from 9.6kg to 9.3kg, repeated missed "
            "appointments, family in temporary accommodation. Accepted for a Child and Family "
            "assessment, allocated to Ayesha Brockley.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2025-08-20",
        "csc-visit-nae",
        R(
            "csc",
            "Home visit to Corbel House: no answer, knocked for ten minutes; neighbour said the "
            "family 'keep themselves to themselves'. Card left.",
            "16:00",
            "Visit",
        ),
    )
    f.occ(
        "2025-08-21",
        "csc-visit-door",
        R(
            "csc",
            "Returned unannounced. Ms Pellow spoke at the door with Tilly in her arms wrapped in "
            "a blanket; would not let me in, said she had a migraine. Tilly's face looked hollow. "
            "Jasper not seen. Told her I would return with the HV on Tuesday.",
            "10:30",
            "Visit",
        ),
    )
    f.occ(
        "2025-08-26",
        "csc-visit-cancel",
        R(
            "csc",
            "Ms Pellow texted at 08:50 to cancel today's visit, 'Tilly has a bug'. Rebooked for "
            "02/09.",
            "",
            "Visit",
        ),
        R(
            "hv",
            "Contact type: Planned joint visit. Outcome: Cancelled by mother by text to SW (child "
            "'has a bug'). SW rebooked 2/9.",
            "",
            "Cancelled",
        ),
    )
    f.occ(
        "2025-09-02",
        "visit-nae",
        R(
            "csc",
            "Planned joint visit with the HV: no answer. Manager informed; strategy discussion to "
            "be considered if no sight of the children by Friday.",
            "11:00",
            "Visit",
        ),
        R(
            "hv",
            "Contact type: Planned joint visit with SW. Outcome: NAE. Escalated to named nurse.",
            "11:00",
            "NAE",
        ),
    )
    f.occ(
        "2025-09-14",
        "999",
        R(
            "amb",
            "Cat 1 call 07:52, 3yo female not breathing, Flat 3 Corbel House. Crew on scene 07:59 "
            "with police. Pt in asystole, cold to touch, emaciated. CPR commenced per protocol, "
            "conveyed MRI ED, pre-alert.",
            "07:52",
        ),
        R(
            "pol",
            "14/09/25 0755 INC 0212 SUDDEN DEATH (CHILD) FLAT 3 CORBEL HOUSE. ATTENDED WITH "
            "AMBULANCE. FEMALE 3 YRS UNRESPONSIVE, VERY THIN. SCENE PRESERVED. DS LAVENHAM "
            "INFORMED.",
            "07:55",
            "INC",
            ref="INC0212-140925",
        ),
    )
    f.occ(
        "2025-09-14",
        "ed-attendance",
        R(
            "ed",
            "TRIAGE 08:24: 3y F, brought in by ambulance in arrest, CPR in progress. Cat: resus. "
            "Weight est 9kg.",
            "08:24",
            "Triage",
        ),
        R(
            "ed",
            "Dr review (resus) 08:30: asystolic, core temp 31.2. Severely malnourished, muscle "
            "wasting. Resuscitation continued 20 min.",
            "08:30",
            "Clinician",
        ),
        R(
            "ed",
            "Outcome 08:52: life pronounced extinct by Dr P Oduya. Police and on-call "
            "paediatrician present. SUDIC process commenced.",
            "08:52",
            "Outcome",
        ),
    )
    f.occ(
        "2025-09-14",
        "pp-jasper",
        R(
            "pol",
            "14/09/25 1105 POLICE PROTECTION POWERS USED JASPER PELLOW 11 YRS AT FLAT 3 CORBEL "
            "HOUSE. EDT INFORMED.",
            "11:05",
            "PP",
        ),
        R(
            "csc",
            "EDT: Police exercised police protection for Jasper at 11:05 at the family's flat "
            "following his sister's death this morning. He is very thin.",
            "11:05",
            "Police protection",
        ),
    )
    f.occ(
        "2025-09-14",
        "arrest-mother",
        R(
            "pol",
            "14/09/25 1320 ARREST GEMMA PELLOW - CHILD CRUELTY / NEGLECT (S1 CYPA 1933). CONVEYED "
            "MARROWBY CUSTODY.",
            "13:20",
            "ARREST",
        ),
    )
    f.occ(
        "2025-09-14",
        "arrest-partner",
        R(
            "pol",
            "14/09/25 1345 ARREST CRAIG VOSS - CHILD CRUELTY / NEGLECT. CONVEYED MARROWBY CUSTODY.",
            "13:45",
            "ARREST",
        ),
    )
    f.occ(
        "2025-09-14",
        "foster-jasper",
        R(
            "csc",
            "EDT: Jasper placed with emergency foster carers (Mrs Tamsin Orchard, Kilnby) at "
            "19:30. Ate two meals on arrival.",
            "19:30",
            "Placement",
        ),
    )
    f.occ(
        "2025-09-15",
        "strategy",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by team manager, with DS Lavenham, the "
            "designated doctor, HV, GP, EHE officer: Tilly's death is suspected to be due to "
            "starvation; S47 enquiry in respect of Jasper; joint investigation; Jasper to have a "
            "child protection medical tomorrow.",
            "09:30",
            "Strategy",
        ),
        R(
            "pol",
            "15/09/25 STRAT DISC ATTENDED DS LAVENHAM. S47 JOINT. CP MEDICAL JASPER 16/09.",
            "",
            "STRAT",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (virtual). Outcome: attended, HV records shared. S47 "
            "for sibling.",
            "09:30",
            "Strategy",
        ),
        R("gp", "Strat mtg - attended by Dr Varma (phone). Records to police.", shift="month"),
        R(
            "ehe",
            "Contact type: Strategy discussion. Outcome: EHE file shared. Jasper last seen by any "
            "professional Feb 2025.",
            "",
            "Strategy",
            shift="-1",
        ),
    )
    f.occ(
        "2025-09-15",
        "legal-gateway",
        R(
            "csc",
            "Legal gateway meeting: threshold met for an application for an interim care order "
            "for Jasper; police protection expires tomorrow.",
            "14:00",
            "Legal",
        ),
    )
    f.occ(
        "2025-09-16",
        "cp-medical",
        R(
            "paed",
            "Child protection medical, Jasper (11): weight 24.1kg (0.4th-2nd centile), height "
            "50th. No injuries. Ravenous. Opinion: faltering growth consistent with neglect.",
            "10:00",
            "CP medical",
        ),
        R(
            "csc",
            "Jasper had a child protection medical with Dr Fairholme today: weight very low for "
            "his height, no injuries, opinion consistent with neglect.",
            "",
            "Medical",
        ),
    )
    f.occ(
        "2025-09-16",
        "rui",
        R(
            "pol",
            "16/09/25 PELLOW AND VOSS RELEASED UNDER INVESTIGATION PENDING POST MORTEM.",
            "",
            "RUI",
        ),
    )
    f.occ(
        "2025-09-19",
        "ico",
        R(
            "csc",
            "Marrowby Family Court: interim care order granted for Jasper; he remains with Mrs "
            "Orchard. Parents did not attend.",
            "",
            "Court",
        ),
        R(
            "ehe",
            "Contact type: Info. Outcome: Jasper now looked after (ICO 19/9). EHE file closed; "
            "Virtual School to arrange school place.",
            "",
            "Closure",
            shift="late",
        ),
    )
    f.fill(
        "hv",
        "2024-02-01",
        "2025-08-01",
        [
            ("Info", "Contact type: Letter. Outcome: 2yr review appointment sent."),
            ("Info", "Contact type: Record transfer check. Outcome: no changes."),
            ("Telephone", "Contact type: Call to mother. Outcome: no answer, voicemail left."),
            ("Telephone", "Contact type: Call to mother. Outcome: number not recognised."),
            ("Info", "Contact type: Caseload review. Outcome: Tilly moved to Universal Plus."),
            ("Info", "Contact type: Named nurse supervision. Outcome: case discussed."),
        ],
    )
    f.fill(
        "gp",
        "2024-02-01",
        "2025-08-31",
        [
            ("", "G Pellow - migraine, sumatriptan."),
            ("", "C Voss - back pain, fit note 2/52."),
            ("", "Repeat Rx sertraline (G Pellow)."),
            ("", "J Pellow - no show asthma review."),
            ("", "Recall letter imms (Tilly)."),
            ("", "G Pellow - telephone consult, low mood."),
        ],
        timed=False,
    )
    f.fill(
        "nur",
        "2024-07-15",
        "2024-11-01",
        [
            ("", "Tilly absent, no call from mum."),
            ("", "Tilly in today - ate two breakfasts, fell asleep at 10."),
            ("", "Tilly absent again."),
            ("", "Key person noted Tilly in same clothes as Monday."),
        ],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-01-08",
        "2024-10-04",
        [
            ("Attendance", "Jasper late - 9:25. Said mum overslept."),
            ("Welfare", "Jasper came without PE kit or coat (raining). Spare coat given."),
            ("Attendance", "Jasper absent, mum rang - sickness."),
            ("Welfare", "Breakfast club place offered to mum - she said she'd think."),
            ("Attendance", "Jasper absent, no call. Text sent."),
        ],
    )
    f.fill(
        "ehe",
        "2024-10-20",
        "2025-09-05",
        [
            (
                "Letter",
                "Contact type: Letter. Outcome: Reminder - information about provision requested.",
            ),
            ("Telephone", "Contact type: Call to parent. Outcome: no answer."),
            (
                "Email",
                "Contact type: Email from parent. Outcome: 'Jasper is doing well, please stop "
                "harassing us'.",
            ),
        ],
    )
    f.fill(
        "hsg",
        "2024-03-01",
        "2025-09-10",
        [
            ("Arrears", "Arrears letter 1 sent."),
            ("Arrears", "Arrears letter 2 sent. No contact."),
            ("Repairs", "Repair reported - boiler not working. Job raised."),
            ("TA", "TA rent account set up. HB claim chased."),
            ("Visit", "Tenancy visit - no access."),
        ],
    )
    f.fill(
        "pol",
        "2024-03-01",
        "2025-08-31",
        [("INC", "ASB REPORT QUILLET ROW - YOUTHS. NOT FAMILY RELATED. FILED.")],
    )
    f.fill(
        "paed",
        "2025-02-25",
        "2025-09-10",
        [
            ("Admin", "Appointment letter sent for 08/04/25."),
            ("Admin", "Dietitian referral made."),
            ("Admin", "Blood form posted to mother."),
        ],
    )
    return f.case()


def blind_dedup_cases_6() -> list[BlindCase]:
    """The cases, in a fixed order."""
    return [_pellow()]


def _pairs(truth: dict[str, str]) -> int:
    sizes = Counter(truth.values())
    return sum(n * (n - 1) // 2 for n in sizes.values())


def _summary() -> None:
    for name, events, truth, noise in blind_dedup_cases_6():
        agencies = sorted({e.agency for e in events})
        sheets = sorted({(e.source.file, e.source.sheet) for e in events})
        groups: dict[str, list[str]] = {}
        for key, occurrence in truth.items():
            groups.setdefault(occurrence, []).append(key)
        cross = sum(
            1
            for keys in groups.values()
            for a, b in combinations(keys, 2)
            if a.split("|")[:2] != b.split("|")[:2]
        )
        print(
            f"{name}: {len(events)} rows, {len(agencies)} agencies, {len(sheets)} sheets, "
            f"{len(groups)} occurrences, {_pairs(truth)} true pairs ({cross} across sheets), "
            f"{len(noise)} noisy occurrences"
        )


if __name__ == "__main__":
    _summary()
