"""Held-out labelled cases for judging duplicate detection in the integrated chronology.

Three fictional families, each with 400-1200 chronology rows from 6-10 services over 2-4 years.
Written as a held-out test: the texts and the traps were composed from the domain brief and the
`Event` schema alone, without reading the duplicate rules, so the rules cannot be fitted to them.

Ground truth is an occurrence id per row, keyed `file|sheet|row`. Rows sharing an id describe the
same occurrence: one meeting written up by every agency that attended (in its own words, with a
slightly different time or none), a police incident and the CSC entry written from the police
notification, a joint visit, a phone call between two agencies recorded at both ends, a meeting
recorded on two children's sheets of one school, an entry typed twice. Everything else is a
different occurrence, including the traps: the MASH screening, the school's Operation Encompass
call and the hospital attendance that follow an incident; two meetings of different types on
one day; separate visits by different agencies on one day; repeat call-outs; repeated attempts
to reach a parent; routine appointments for two family members in one surgery session.

Date-noise occurrences have one record whose date is wrong as written (day and month swapped, one
day out, or month only). Their ids are returned separately; within such an occurrence only the
pairs whose dates differ are noisy (the occurrences are kept to two or three records).

Agencies are the canonical names ingestion gives (`chronology/rules/agencies.toml`): health
visiting, midwifery, the emergency department, CAMHS and adult mental health are all "Health",
told apart by the sheet; a school and a nursery are both "Education".

Everything is invented: people, workers, schools, surgeries, addresses and reference numbers.
Deterministic: one fixed seed per case, no set or hash ordering.

    python sample_data/heldout_cases.py        # prints a summary of each case
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field

from chronology.schema import Event, Provenance

HeldoutCase = tuple[str, list[Event], dict[str, str], set[str]]

POLICE = "Police"
CSC = "Children's Social Care"
HEALTH = "Health"
GP = "GP"
EDUCATION = "Education"
HOUSING = "Housing"
PROBATION = "Probation"
SMS = "Substance Misuse Service"
DAS = "Domestic Abuse Service"

LABEL = {
    "police": "police",
    "csc": "CSC",
    "hv": "HV",
    "mw": "midwife",
    "ed": "hospital",
    "gp": "GP",
    "school": "school",
    "nursery": "nursery",
    "housing": "housing",
    "probation": "probation",
    "camhs": "CAMHS",
    "amh": "CMHT",
    "sms": "drug and alcohol service",
    "idva": "IDVA",
}

MODE_LONG = {
    "teams": "on Teams",
    "civic": "at the Civic Centre",
    "phone": "by phone",
    "school": "at school",
    "ward": "on the ward",
    "office": "at the area office",
}
MODE_SHORT = {
    "teams": "MS TEAMS",
    "civic": "CIVIC CTR",
    "phone": "TEL",
    "school": "AT SCHOOL",
    "ward": "WARD",
    "office": "AREA OFFICE",
}

# Each meeting type: how people name it (formal, abbreviated, plain) and its possible outcomes,
# each outcome phrased formally, tersely and plainly (a clause for "the meeting agreed that ...").
KINDS: dict[str, dict[str, list]] = {
    "strategy": {
        "formal": [
            "Strategy discussion",
            "Multi-agency strategy discussion",
            "Strategy meeting (s47)",
        ],
        "abbr": ["Strat disc", "SD", "Strategy mtg", "Strat mtg"],
        "plain": ["strategy meeting", "strategy discussion", "strategy call"],
        "decisions": [
            (
                "Threshold for section 47 met; joint enquiry with police agreed.",
                "s47 joint w/ police",
                "police and social care would do a joint visit",
            ),
            (
                "Section 47 enquiry to be completed by CSC as a single agency; no police "
                "investigation at this stage.",
                "single agency s47, no crime",
                "social care would do the enquiry on their own",
            ),
            (
                "Threshold for section 47 not met; to continue under the child in need plan.",
                "s47 threshold not met - CIN",
                "it did not meet the threshold for a section 47",
            ),
            (
                "Child protection medical to be arranged today; police to obtain accounts "
                "from both parents.",
                "CP medical today; accounts from parents",
                "there would be a child protection medical today",
            ),
            (
                "Section 47 to continue; initial child protection conference to be convened "
                "within 15 working days.",
                "s47 ongoing - ICPC to be booked",
                "a child protection conference would be booked",
            ),
        ],
    },
    "icpc": {
        "formal": [
            "Initial child protection conference",
            "Initial CP conference",
            "Child protection case conference (initial)",
        ],
        "abbr": ["ICPC", "ICPC", "Initial CPC"],
        "plain": [
            "child protection conference",
            "first child protection conference",
            "case conference",
        ],
        "decisions": [
            (
                "Children made subject to child protection plans under the category of neglect.",
                "CP plan - neglect",
                "the children are on child protection plans for neglect",
            ),
            (
                "Children made subject to child protection plans under the category of "
                "emotional abuse.",
                "CP plan - emotional abuse",
                "the children are on child protection plans for emotional abuse",
            ),
            (
                "Child made subject to a child protection plan under the category of physical "
                "abuse.",
                "CP plan - physical abuse",
                "there is a child protection plan for physical abuse",
            ),
        ],
    },
    "rcpc": {
        "formal": [
            "Review child protection conference",
            "Review CP conference",
            "Child protection review conference",
        ],
        "abbr": ["RCPC", "RCPC", "Review CPC"],
        "plain": ["review conference", "child protection review", "review case conference"],
        "decisions": [
            (
                "Child protection plans to continue; category unchanged.",
                "CP plans continue",
                "the plans would carry on",
            ),
            (
                "Child protection plans discontinued; step down to a child in need plan.",
                "CP plans ended - CIN",
                "the plans have ended and it steps down to child in need",
            ),
            (
                "Plans to continue; conference recommended legal advice be sought.",
                "CP continues - legal advice",
                "the plans carry on and social care will get legal advice",
            ),
        ],
    },
    "core_group": {
        "formal": ["Core group meeting", "Core group", "CP core group meeting"],
        "abbr": ["CG", "Core grp", "CGM"],
        "plain": ["core group", "core group meeting"],
        "decisions": [
            (
                "Plan reviewed; progress with home conditions noted and actions updated.",
                "plan reviewed - actions updated",
                "we went through the plan and updated the actions",
            ),
            (
                "Concern about missed health appointments; written agreement to be revisited "
                "with parents.",
                "missed health appts - WA revisit",
                "the missed health appointments need taking up with the parents",
            ),
            (
                "Limited progress against the plan; SW to take the case to legal gateway.",
                "limited progress - legal gateway",
                "there has not been enough progress and social care will go to legal",
            ),
            (
                "Mother reports partner has left the home; agencies to look for signs he is "
                "still visiting.",
                "mum states partner left - monitor",
                "everyone would look out for signs that the partner is still around",
            ),
        ],
    },
    "cin": {
        "formal": ["Child in need review meeting", "CIN meeting", "Child in need meeting"],
        "abbr": ["CIN mtg", "CIN review", "CIN"],
        "plain": ["child in need meeting", "CIN meeting", "child in need review"],
        "decisions": [
            (
                "CIN plan reviewed and to continue for a further three months.",
                "CIN plan continues 3/12",
                "the child in need plan would carry on for three months",
            ),
            (
                "Good progress; CSC to close with step-down to Early Help.",
                "step down to EH",
                "social care will close and Early Help will take over",
            ),
            (
                "Concerns escalating; SW to request a strategy discussion.",
                "escalate - request SD",
                "it will be escalated to a strategy discussion",
            ),
        ],
    },
    "marac": {
        "formal": ["MARAC", "Multi-agency risk assessment conference"],
        "abbr": ["MARAC", "MARAC"],
        "plain": ["MARAC meeting", "MARAC"],
        "decisions": [
            (
                "Case heard; actions: address flagged, IDVA to continue support, police to "
                "consider a DVPN.",
                "heard - addr flag / IDVA / DVPN",
                "the address would be flagged and police would look at a DVPN",
            ),
            (
                "Repeat MARAC; risk remains high; housing to prioritise a move and target "
                "hardening.",
                "repeat - high risk - housing move",
                "housing would prioritise a move because the risk is still high",
            ),
        ],
    },
    "lac_review": {
        "formal": ["Looked after child review", "LAC review", "CLA statutory review"],
        "abbr": ["LAC rev", "CLA review", "LAC"],
        "plain": ["LAC review", "looked after review", "review meeting with the IRO"],
        "decisions": [
            (
                "Care plan endorsed; placement to continue; contact with mother fortnightly, "
                "supervised.",
                "care plan endorsed - placement continues",
                "the placement would carry on with supervised contact every fortnight",
            ),
            (
                "IRO raised concern about delay in the health assessment; to be completed "
                "within 20 working days.",
                "IRO challenge - IHA delay",
                "the health assessment is late and has to be done within 20 days",
            ),
        ],
    },
    "plo": {
        "formal": ["Pre-proceedings (PLO) meeting", "PLO meeting", "Public law outline meeting"],
        "abbr": ["PLO mtg", "PLO", "Pre-proc mtg"],
        "plain": [
            "pre-proceedings meeting",
            "PLO meeting",
            "legal planning meeting with the parents",
        ],
        "decisions": [
            (
                "Letter before proceedings explained to parents and their solicitors; 12-week "
                "pre-proceedings timetable agreed.",
                "PLO - 12/52 timetable",
                "there is a 12-week pre-proceedings plan",
            ),
            (
                "PLO review: insufficient progress; LA to issue care proceedings.",
                "PLO review - LA to issue",
                "the local authority will go to court",
            ),
            (
                "PLO review: some progress; pre-proceedings extended by six weeks.",
                "PLO extended 6/52",
                "pre-proceedings will be extended by six weeks",
            ),
        ],
    },
    "discharge": {
        "formal": [
            "Discharge planning meeting",
            "Multi-agency discharge planning meeting",
            "Safeguarding discharge meeting",
        ],
        "abbr": ["DPM", "D/C planning mtg", "Discharge mtg"],
        "plain": [
            "discharge meeting",
            "discharge planning meeting",
            "meeting on the ward about discharge",
        ],
        "decisions": [
            (
                "Discharge agreed to maternal grandmother under a safety plan; contact with "
                "parents to be supervised.",
                "d/c to MGM - supervised contact",
                "the baby would go to grandmother's with supervised contact only",
            ),
            (
                "Discharge home agreed with a safety plan and daily visits for the first week.",
                "d/c home - safety plan, daily visits",
                "the child could go home with daily visits for the first week",
            ),
            (
                "Discharge delayed pending CAMHS risk assessment and an agreed safety plan at "
                "home.",
                "d/c delayed - CAMHS RA",
                "discharge would wait for the CAMHS assessment",
            ),
        ],
    },
    "professionals": {
        "formal": [
            "Professionals meeting",
            "Multi-agency professionals meeting",
            "Professionals' meeting",
        ],
        "abbr": ["Profs mtg", "PM", "Prof mtg"],
        "plain": [
            "professionals meeting",
            "professionals' meeting",
            "meeting with the other professionals",
        ],
        "decisions": [
            (
                "Professionals agreed to complete a shared chronology and escalate concerns to the "
                "team manager.",
                "chronology + escalate to TM",
                "we would do a chronology and escalate to the team manager",
            ),
            (
                "Professionals discussed possible disguised compliance and agreed to request a "
                "strategy discussion.",
                "?disguised compliance - request SD",
                "we will ask for a strategy discussion",
            ),
            (
                "Professionals agreed a consistent message to parents about home conditions and a "
                "joint visit.",
                "consistent message; JV to be arranged",
                "we would all give the parents the same message and do a joint visit",
            ),
        ],
    },
}

# Phrases the routine entries pick from.
CONCERNS = ["DA", "home conditions", "parental MH", "substance use", "school attendance"]
CALL_NOTES = [
    "confirmed visit Thursday",
    "discussed school attendance",
    "she was upset about the plan",
    "no answer, text sent",
]
SUPERVISION = [
    "Drift noted; visits to increase.",
    "Consider legal gateway.",
    "Update assessment by end of month.",
    "Chronology to be completed.",
]

INTERVIEW_CAPS = ["NFA EVIDENTIAL", "RUI", "CHARGED", "BAILED WITH CONDITIONS"]
INTERVIEW_PLAIN = ["no further action", "released under investigation", "bailed"]
CHILD_SAYS = [
    "he likes it when mummy is happy",
    "she wants to live with mummy",
    "the shouting scares them",
    "nothing much",
]
MGM_SAYS = [
    "worried about the home",
    "has the children most weekends",
    "says partner is still around",
    "no concerns",
]
CASE_NOTES = [
    "C&F assessment updated",
    "chronology updated",
    "letter to mum re plan",
    "consent form signed for agency checks",
    "genogram updated",
]
ASQ_INFANT = ["all domains above cut-off", "concern comms domain", "concern gross motor"]
ASQ_TODDLER = ["speech delay - refer SALT", "no concerns", "behaviour - tantrums discussed"]
ED_ADULT = [
    "migraine",
    "abdo pain",
    "wrist injury - fell on ice",
    "anxiety/panic attack",
    "tooth abscess",
]
LATE_REASONS = [
    "they overslept",
    "the car would not start",
    "she had a hospital appointment",
    "nothing",
]
PLAYTIME_WORDS = [
    "I was up late watching telly",
    "mummy was crying",
    "we had no tea",
    "I got a new game",
]
REPAIRS = ["damp/mould rear bedroom", "broken boiler", "front door lock", "window will not close"]
TENANT_CALLS = [
    "asked about a transfer",
    "reported repairs outstanding",
    "asked for UC help",
    "complained about a neighbour",
]
SUPERVISION_TOPICS = [
    "relationship with partner",
    "employment",
    "alcohol use",
    "licence conditions",
    "victim awareness",
]
FTA_OUTCOMES = ["Warning letter issued.", "Acceptable reason (illness).", "Enforcement considered."]
USE_REPORTS = [
    "drinking 3-4 cans daily",
    "using cocaine at weekends",
    "abstinent 2 weeks",
    "cannabis nightly",
]
PRESCRIBING = ["methadone 40ml supervised", "Librium detox planned", "acamprosate continued"]
CAMHS_MDT = ["continue CBT", "medication review with psychiatrist", "refer to DBT group"]
MENTAL_STATE = ["flat, poor sleep", "elevated, pressured speech", "euthymic", "tearful, anxious"]
OPA_REVIEW = ["Quetiapine increased to 300mg.", "No change.", "Discussed relapse signature."]
SAFETY_PLANS = [
    "code word with neighbour",
    "bag packed at MGM",
    "phone charged and 999 silent solution",
]
PARTNER_NEWS = [
    "back in the home",
    "messaging her constantly",
    "turned up at MGM",
    "has not been in contact",
]

POLICE_ACTIONS = [
    "complete PNC and intelligence checks",
    "flag the address for urgent response",
    "speak to the suspect under caution",
    "share previous DA history with the chair",
    "arrange an ABE interview",
    "consider a DVPN",
]

# Domestic incidents: (terse capitals, plain) of what the partner did.
DA_ACTS = [
    ("PUSHED HER INTO DOOR FRAME", "pushed her into a door frame"),
    ("GRABBED HER ARM & SHOUTED IN FACE", "grabbed her arm and shouted in her face"),
    ("SMASHED HER MOBILE PHONE", "smashed her mobile phone"),
    ("THREW A MUG AT WALL NEAR HER HEAD", "thrown a mug at the wall near her head"),
    ("PULLED HER HAIR", "pulled her hair"),
    ("SHOUTING/BANGING DOORS - NO ASSAULT ALLEGED", "been shouting and banging doors, no assault"),
    ("PUT HANDS ROUND HER NECK (NFS)", "put his hands round her neck"),
    (
        "KICKED FRONT DOOR IN AFTER BEING LOCKED OUT",
        "kicked the front door in after being locked out",
    ),
    (
        "SPAT AT HER & THREATENED TO TAKE THE KIDS",
        "spat at her and threatened to take the children",
    ),
    ("SLAPPED HER ACROSS FACE", "slapped her across the face"),
]
DA_CALLERS = [
    "neighbour",
    "IP herself",
    "anon caller",
    "child (from mother's phone)",
    "IP's mother",
]
DA_INJURY = [
    ("NO VISIBLE INJ", "She had no visible injury."),
    ("REDNESS L FOREARM", "There was redness to her left forearm."),
    (
        "SMALL CUT ABOVE R EYE - DECLINED AMB",
        "She had a small cut above her right eye and declined an ambulance.",
    ),
    ("C/O PAIN TO NECK, NO MARKS", "She complained of pain to her neck; no marks were seen."),
]


@dataclass(frozen=True)
class Sheet:
    """One agency's chronology sheet and the habits of whoever filled it in."""

    key: str
    service: str
    agency: str
    file: str
    sheet: str = ""
    style: str = "a"
    dates: str = "slash"
    timed: float = 0.5
    first_row: int = 2
    staff: tuple[str, ...] = ("",)
    subject: str = ""  # the child (school sheets) or adult (probation, drug service) it is about


@dataclass
class Family:
    mum: str
    mum_surname: str
    partner: str
    partner_surname: str
    partner_role: str
    kids: list[tuple[str, dt.date, str]]  # name, date of birth, "he"/"she"
    address: str
    mgm: str
    school: str
    surgery: str
    sws: list[tuple[dt.date, str]]
    chairs: list[str]
    ref_prefix: str


@dataclass
class Meeting:
    kind: str
    day: dt.date
    time: dt.time | None
    attendees: list[str]
    children: list[str]
    decision: tuple[str, str, str]
    chair: str
    mode: str


@dataclass
class _Row:
    sheet: Sheet
    occ: str
    day: dt.date
    prec: str
    time: dt.time | None
    text: str
    etype: str
    outcome: str
    who: str
    ref: str
    written: str
    order: float
    dup: bool = False


@dataclass
class _Stats:
    dups: int = 0
    kinds: Counter = field(default_factory=Counter)


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _written(day: dt.date, prec: str, time: dt.time | None, style: str) -> str:
    if prec == "month":
        return (
            day.strftime("%B %Y") if style in ("ordinal", "mon", "iso") else day.strftime("%b %Y")
        )
    clock = f" {time:%H:%M}" if time else ""
    if style == "slash_time":
        return f"{day:%d/%m/%Y}{clock}"
    if style == "dot":
        return f"{day:%d.%m.%Y}"
    if style == "mon":
        return f"{day:%d-%b-%Y}"
    if style == "ordinal":
        return f"{_ordinal(day.day)} {day:%B %Y}"
    if style == "short":
        return f"{day:%d/%m/%y}"
    if style == "iso":
        return f"{day:%Y-%m-%d} 00:00:00"
    return f"{day:%d/%m/%Y}"


def _shift(time: dt.time, minutes: int) -> dt.time:
    total = max(0, min(23 * 60 + 55, time.hour * 60 + time.minute + minutes))
    return dt.time(total // 60, total % 60)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


_HOLIDAYS = [
    ((2, 13), (2, 21)),
    ((4, 3), (4, 18)),
    ((5, 28), (6, 3)),
    ((7, 22), (9, 3)),
    ((10, 24), (11, 1)),
    ((12, 19), (12, 31)),
    ((1, 1), (1, 4)),
]


def _school_day(day: dt.date) -> bool:
    if day.weekday() >= 5:
        return False
    md = (day.month, day.day)
    return not any(start <= md <= end for start, end in _HOLIDAYS)


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long_words:
        return text + "."
    i = rng.choice(long_words)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


class _Case:
    """Builds one case: scenes add occurrences, each written up by one or more sheets."""

    def __init__(
        self,
        name: str,
        seed: int,
        fam: Family,
        sheets: list[Sheet],
        start: dt.date,
        end: dt.date,
    ) -> None:
        self.name = name
        self.rng = random.Random(seed)
        self.fam = fam
        self.sheets = {sheet.key: sheet for sheet in sheets}
        self.start, self.end = start, end
        self.rows: list[_Row] = []
        self.noise: set[str] = set()
        self.n_occ = 0
        self.order = 0.0
        self.stats = _Stats()
        self.refno = seed % 7000 + 1000

    # -- plumbing --------------------------------------------------------------------------

    def occ(self, tag: str) -> str:
        self.n_occ += 1
        self.stats.kinds[tag] += 1
        return f"{self.name}-{self.n_occ:04d}-{tag}"

    def has(self, key: str) -> bool:
        return key in self.sheets

    def keys(self, service: str) -> list[str]:
        return [k for k, s in self.sheets.items() if s.service == service]

    def staff(self, key: str) -> str:
        return self.rng.choice(self.sheets[key].staff)

    def lead(self, key: str) -> str:
        return self.sheets[key].staff[0]

    def sw(self, day: dt.date) -> str:
        name = self.fam.sws[0][1]
        for since, worker in self.fam.sws:
            if day >= since:
                name = worker
        return name

    def ref(self, prefix: str) -> str:
        self.refno += self.rng.randint(3, 90)
        return f"{prefix}{self.refno:05d}"

    def clock(
        self, key: str, time: dt.time | None, jitter: tuple[int, ...] = (0,)
    ) -> dt.time | None:
        if time is None or self.rng.random() > self.sheets[key].timed:
            return None
        return _shift(time, self.rng.choice(jitter))

    def add(
        self,
        key: str,
        occ: str,
        day: dt.date,
        text: str,
        *,
        time: dt.time | None = None,
        etype: str = "",
        outcome: str = "",
        who: str | None = None,
        ref: str = "",
        noise: str = "",
    ) -> None:
        if key not in self.sheets or not (self.start <= day <= self.end):
            return
        sheet = self.sheets[key]
        prec = "day"
        if noise:
            day, prec, applied = self._noisy(day, noise)
            if applied:
                self.noise.add(occ)
                if prec == "month":
                    time = None
        self.order += 1
        self.rows.append(
            _Row(
                sheet=sheet,
                occ=occ,
                day=day,
                prec=prec,
                time=time,
                text=" ".join(text.split()),
                etype=etype,
                outcome=outcome,
                who=self.rng.choice(sheet.staff) if who is None else who,
                ref=ref,
                written=_written(day, prec, time, sheet.dates),
                order=self.order,
            )
        )

    def _noisy(self, day: dt.date, noise: str) -> tuple[dt.date, str, bool]:
        if noise == "swap" and day.day <= 12 and day.day != day.month:
            return dt.date(day.year, day.day, day.month), "day", True
        if noise == "month":
            return day.replace(day=1), "month", True
        step = -1 if noise == "minus1" else 1
        return day + dt.timedelta(days=step), "day", True

    def kids_at(self, day: dt.date, lo: float = 0.0, hi: float = 99.0) -> list[str]:
        return [
            name
            for name, dob, _ in self.fam.kids
            if dob <= day and lo <= (day - dob).days / 365.25 < hi
        ]

    def age(self, name: str, day: dt.date) -> float:
        dob = next(d for n, d, _ in self.fam.kids if n == name)
        return (day - dob).days / 365.25

    def pron(self, name: str) -> str:
        return next(p for n, _, p in self.fam.kids if n == name)

    def names(self, kids: list[str]) -> str:
        if len(kids) <= 1:
            return kids[0] if kids else "the children"
        return ", ".join(kids[:-1]) + " and " + kids[-1]

    def office(self, lo: int = 9, hi: int = 17) -> dt.time:
        return dt.time(self.rng.randint(lo, hi - 1), self.rng.choice(range(0, 60, 5)))

    def any_hour(self) -> dt.time:
        return dt.time(
            self.rng.choice([*range(0, 3), *range(7, 24), *range(15, 24)]),
            self.rng.randrange(60),
        )

    # -- meetings ----------------------------------------------------------------------------

    def meeting(
        self,
        kind: str,
        day: dt.date,
        time: dt.time | None,
        attendees: list[str],
        *,
        children: list[str] | None = None,
        decision: int | None = None,
        mode: str | None = None,
        noise: tuple[str, str] | None = None,
        chair: str | None = None,
    ) -> str:
        r = self.rng
        options = KINDS[kind]["decisions"]
        dec = options[decision] if decision is not None else r.choice(options)
        if mode is None:
            mode = r.choice(
                {
                    "discharge": ["ward"],
                    "plo": ["office", "civic"],
                    "marac": ["teams", "civic"],
                }.get(kind, ["teams", "teams", "civic", "phone", "school"])
            )
        kids = children or self.kids_at(day, 0, 18)
        m = Meeting(
            kind=kind,
            day=day,
            time=time,
            attendees=[a for a in attendees if self.has(a)],
            children=kids,
            decision=dec,
            chair=chair or r.choice(self.fam.chairs),
            mode=mode,
        )
        occ = self.occ(kind)
        for key in m.attendees:
            text, etype, outcome = self._meeting_text(key, m)
            jitter = (0, 0, 0, 5, 10, 15, -15, 30, 60, 90)
            self.add(
                key,
                occ,
                day,
                text,
                time=self.clock(key, time, jitter),
                etype=etype,
                outcome=outcome,
                noise=noise[1] if noise and noise[0] == key else "",
            )
        return occ

    def _meeting_text(self, key: str, m: Meeting) -> tuple[str, str, str]:
        r = self.rng
        sheet = self.sheets[key]
        svc, style = sheet.service, sheet.style
        spec = KINDS[m.kind]
        fo, ab, pl = r.choice(spec["formal"]), r.choice(spec["abbr"]), r.choice(spec["plain"])
        dec_f, dec_t, dec_p = m.decision
        kids = self.names(m.children)
        seen: list[str] = []
        for k in m.attendees:
            label = LABEL[self.sheets[k].service]
            if k != key and label not in seen:
                seen.append(label)
        others = ", ".join(seen) or "CSC"
        mode_l, mode_s = MODE_LONG[m.mode], MODE_SHORT[m.mode]
        f = self.fam
        who = self.lead(key)
        if svc == "police":
            act = r.choice(POLICE_ACTIONS)
            if style == "codes":
                text = r.choice(
                    [
                        f"{ab.upper()} ({mode_s}) RE {kids.upper()}. {who} ATTD FOR POLICE. "
                        f"OUTCOME: {dec_t.upper()}.",
                        f"ATTENDED {fo.upper()} - {dec_t.upper()}. POLICE ACTION: {act.upper()}.",
                        f"{ab} - police rep {who}. {dec_t}. Minutes to follow.",
                    ]
                )
                return text, r.choice(["MEETING", "MULTI AGENCY MTG", ab.upper()]), ""
            if style == "narrative":
                text = r.choice(
                    [
                        f"{who} attended the {pl} {mode_l} about {kids}. {dec_f} Police to {act}.",
                        f"{fo} held {mode_l}, chaired by {m.chair}. Police shared previous "
                        f"incidents and intelligence. {dec_f}",
                        f"Police represented at the {pl} by {who}. Outcome: {dec_p}.",
                    ]
                )
                return text, "Multi-agency meeting", ""
            text = r.choice(
                [
                    f"{fo} - {kids}. Attended by {who}. Outcome: {dec_t}. Log updated.",
                    f"Mtg: {ab} ({mode_s.lower()}). {dec_t}. Actions for police: {act}.",
                    f"{ab} attended ({who}). {dec_f}",
                ]
            )
            return text, "Meeting", ""
        if svc == "csc":
            if style == "prose":
                text = r.choice(
                    [
                        f"A {pl} was held {mode_l}, chaired by {m.chair}; {others} took part. "
                        f"{dec_f}",
                        f"The {pl} for {kids} took place. {_cap(others)} contributed. The meeting "
                        f"agreed that {dec_p}. The record does not show how the children's views "
                        "were gathered.",
                        f"{fo} held. It was agreed that {dec_p}. Actions were recorded for "
                        f"{others}.",
                    ]
                )
                return text, fo, ""
            text = r.choice(
                [
                    f"{fo} held {mode_l}. Chair: {m.chair}. Present: {others}, SW "
                    f"{self.sw(m.day)}. Children: {kids}.",
                    f"{fo} re {kids}. Info shared by {others}. {dec_f}",
                    f"{ab} ({mode_l}) - chaired by {m.chair}. Attendance: {others}. "
                    f"Outcome: {dec_t}.",
                    f"{fo}: concerns discussed re {r.choice(CONCERNS)}. {dec_f}",
                ]
            )
            return text, fo, dec_f if r.random() < 0.5 else ""
        if svc in ("hv", "mw"):
            role = "HV" if svc == "hv" else "Safeguarding MW"
            plan = "HV to continue UPP contacts" if svc == "hv" else "birth plan alert updated"
            text = r.choice(
                [
                    f"{ab} attended {mode_l}. {role} report submitted. Outcome: {dec_t}. Plan: "
                    f"{plan}.",
                    f"Attended {fo} re {kids}. Health info shared. {dec_f}",
                    f"{role} attended {ab} - {dec_t}. Minutes awaited.",
                ]
            )
            return text, "Multi-agency meeting", ""
        if svc == "ed":
            text = r.choice(
                [
                    f"Paediatric liaison attended {fo} {mode_l}. Consultant paediatrician gave "
                    f"medical opinion. Outcome: {dec_t}.",
                    f"{ab} held - safeguarding team present. {dec_f}",
                    f"Sfg nurse at {ab}: {dec_t}. Ward staff informed.",
                ]
            )
            return text, "Safeguarding", ""
        if svc == "gp":
            if style == "prose":
                text = r.choice(
                    [
                        f"The practice was invited to the {pl} but did not attend; the outcome "
                        f"was later coded: {dec_p}.",
                        f"The GP took part in the {pl} {mode_l}. The meeting agreed that {dec_p}.",
                    ]
                )
                return text, "Admin", ""
            text = r.choice(
                [
                    f"{ab} - GP did not attend; outcome noted: {dec_t}. Alert updated.",
                    f"{fo} ({mode_l}) - Dr attended. {dec_t}. Read code added.",
                    f"Safeguarding: {ab} today. {dec_t}.",
                ]
            )
            return text, r.choice(["Admin", "Safeguarding", "Third party"]), ""
        if svc in ("school", "nursery"):
            child = sheet.subject or kids
            if style == "first":
                obs = r.choice(
                    [
                        f"{child}'s attendance has dropped",
                        f"{child} often arrives hungry",
                        f"{child} has been quieter in class",
                        f"{child} has been wearing the same clothes for days",
                        f"{child} has been more settled",
                    ]
                )
                text = r.choice(
                    [
                        f"I attended the {pl} {mode_l}. I shared that {obs}. The meeting agreed "
                        f"that {dec_p}.",
                        f"I went to the {pl} about {child}. I told them {obs}. Outcome - {dec_p}.",
                        f"{fo} today. I gave the {'nursery' if svc == 'nursery' else 'school'} "
                        f"update. Decision: {dec_t}.",
                    ]
                )
                return text, "Safeguarding", ""
            text = r.choice(
                [
                    f"Category: Meeting | DSL attended {fo}. School info shared (attendance "
                    f"{r.randint(71, 94)}%). Outcome: {dec_t}.",
                    f"{ab} - DSL ({who}) attended {mode_l}. {dec_f}",
                    f"DSL at {ab}. Outcome {dec_t}. Actions for school: monitor and report.",
                ]
            )
            return text, "Safeguarding", ""
        if svc == "housing":
            update = r.choice(
                [
                    "rent arrears and repayment plan",
                    "repairs outstanding (damp)",
                    "management transfer request",
                    "temporary accommodation position",
                ]
            )
            text = r.choice(
                [
                    f"Attended {pl}. Housing update given: {update}. {dec_t}.",
                    f"{fo} {mode_l} - officer attended. {dec_f}",
                ]
            )
            return text, "Meeting", ""
        if svc == "probation":
            text = r.choice(
                [
                    f"OM attended {ab}. PoP's risk discussed (RoSH high to known adult). {dec_t}.",
                    f"{fo} - attended {mode_l}. Shared licence conditions and compliance. {dec_f}",
                    f"Attended {pl} re {f.partner}'s children. {dec_t}.",
                ]
            )
            return text, "Partnership contact", ""
        if svc == "camhs":
            text = r.choice(
                [
                    f"Clinician attended {fo} re {kids}. CAMHS update given. {dec_t}.",
                    f"{ab} ({mode_l}) - CAMHS attended. {dec_f}",
                ]
            )
            return text, "Liaison", ""
        if svc == "amh":
            text = r.choice(
                [
                    f"CPN attended {pl} {mode_l}; shared {f.mum}'s MH presentation. {dec_t}.",
                    f"{fo} - care coordinator attended. {dec_f}",
                ]
            )
            return text, "Liaison", ""
        if svc == "sms":
            text = r.choice(
                [
                    f"Recovery worker attended {ab}. Engagement update shared. {dec_t}.",
                    f"{fo} {mode_l}: attended and gave treatment update. {dec_f}",
                ]
            )
            return text, "Partnership", ""
        # idva
        if m.kind == "marac":
            text = r.choice(
                [
                    f"MARAC: case presented by IDVA. Client's views shared. Actions: {dec_t}.",
                    f"{fo} {mode_l} - client's case heard. {dec_f}",
                ]
            )
        else:
            text = r.choice(
                [
                    f"IDVA attended {fo} to represent client's views. {dec_f}",
                    f"Attended {ab} with client's consent. {dec_t}.",
                ]
            )
        return text, "Meeting", ""

    # -- incidents -------------------------------------------------------------------------

    def da_incident(
        self,
        day: dt.date,
        time: dt.time,
        *,
        risk: str = "medium",
        act: int | None = None,
        injury: int | None = None,
        writeup: float = 0.8,
        follow: bool = True,
    ) -> str:
        r, f = self.rng, self.fam
        a_caps, a_plain = DA_ACTS[act] if act is not None else r.choice(DA_ACTS)
        inj = injury if injury is not None else r.choice([0, 0, 1, 2, 3])
        i_caps, i_plain = DA_INJURY[inj]
        assault = "NO ASSAULT" not in a_caps and "SMASHED" not in a_caps
        arrest = assault and (risk == "high" or r.random() < 0.4)
        caller = r.choice(DA_CALLERS)
        kids = self.kids_at(day, 0, 18)
        present = r.random() < 0.75
        occ = self.occ("da_incident")
        for key in self.keys("police"):
            style = self.sheets[key].style
            ref = self.ref("OCC/") if style == "codes" else self.ref("")
            if style == "codes":
                text = (
                    f"{ref} DOMESTIC - {'ASSAULT' if assault else 'NON CRIME'}. CALLER: "
                    f"{caller.upper()}. ATTD HOME ADDR. IP {f.mum.upper()} STATES "
                    f"{f.partner.upper()} {a_caps}. {i_caps}. CYP PRESENT: "
                    f"{len(kids) if present else 'NIL (AT MGM)'}. DASH {risk.upper()}. "
                    f"{'SUSP ARRESTED' if arrest else 'SUSP LEFT PRIOR TO POLICE ARRIVAL'}. PPN "
                    "SUB."
                )
                etype = "DOMESTIC INCIDENT"
            elif style == "narrative":
                text = (
                    f"Police were called at {time:%H:%M} by a {caller.replace('IP', 'the victim')} "
                    f"to the family home. {f.mum} told officers that {f.partner} had {a_plain}. "
                    f"{i_plain} "
                    + (
                        f"{self.names(kids)} were in the house at the time. "
                        if present
                        else "The children were staying with their grandmother. "
                    )
                    + f"A DASH risk assessment was completed and graded {risk}. "
                    + (
                        f"{f.partner} was arrested. "
                        if arrest
                        else f"{f.partner} had left before police arrived. "
                    )
                    + "A PPN was submitted to the MASH."
                )
                etype = "Domestic incident"
            else:
                text = (
                    f"STORM {ref} Domestic ({'crime' if assault else 'non-crime'}) - "
                    f"{caller}. {f.mum} says {f.partner} {a_plain.replace('been ', 'was ')}. "
                    f"{'Kids in house' if present else 'No children present'}. DASH {risk}. "
                    f"{'Arrested' if arrest else 'Suspect not located'}. PPN done."
                )
                etype = "Domestic"
            self.add(key, occ, day, text, time=time, etype=etype, ref=ref)
        for key in self.keys("csc"):
            if r.random() >= writeup:
                continue
            if self.sheets[key].style == "prose":
                text = (
                    "Police attended the family home after a report of a domestic incident. "
                    f"{f.mum} told officers that {f.partner} had {a_plain}. "
                    + ("The children were present. " if present else "")
                    + f"The police risk assessment was {risk}. "
                    + "(Taken from the police notification.)"
                )
            else:
                text = r.choice(
                    [
                        f"Police notification (PPN) - DA incident at home address approx "
                        f"{time:%H:%M}. {f.mum} reports {f.partner} {a_plain}. "
                        f"{'Children present' if present else 'Children not present'}. DASH "
                        f"{risk}.",
                        f"DA incident: {f.partner} alleged to have {a_plain}. Police attended. "
                        f"{'Arrested.' if arrest else 'Not arrested.'} Info from PPN.",
                        f"PPN rec'd re incident tonight - {f.mum}/{f.partner}. {i_plain} "
                        f"Risk {risk}.",
                    ]
                )
            self.add(
                key,
                occ,
                day,
                text,
                time=self.clock(key, time),
                etype=r.choice(["Police notification", "Contact", "DA incident"]),
            )
        if follow:
            self._da_follow_up(day, time, risk, inj, arrest)
        return occ

    def _da_follow_up(self, day: dt.date, time: dt.time, risk: str, inj: int, arrest: bool) -> None:
        r, f = self.rng, self.fam
        when = f"{day:%d/%m}"
        for key in self.keys("csc"):
            if r.random() < 0.7:
                later = _weekday(day + dt.timedelta(days=r.randint(1, 3)))
                rag = {"standard": "green", "medium": "amber", "high": "red"}[risk]
                if self.sheets[key].style == "prose":
                    text = (
                        f"The MASH considered the police notification about the incident on "
                        f"{when} and rated it {rag}. The information was passed to the allocated "
                        "social worker."
                    )
                else:
                    text = f"MASH screening - PPN re DA incident {when}: RAG {rag}. " + r.choice(
                        ["Passed to allocated SW.", "Letter to mum.", "Info shared."]
                    )
                self.add(
                    key,
                    self.occ("mash_screen"),
                    later,
                    text,
                    time=self.clock(key, self.office()),
                    etype="MASH",
                )
        for key in self.keys("school"):
            child = self.sheets[key].subject
            if self.age(child, day) < 4.2 or r.random() > 0.7:
                continue
            nxt = day + dt.timedelta(days=1)
            while not _school_day(nxt):
                nxt += dt.timedelta(days=1)
            if self.sheets[key].style == "first":
                text = (
                    f"Operation Encompass call from police at 08:{r.randint(20, 55)} about a "
                    f"domestic incident at home. I kept a close eye on {child}; "
                    f"{self.pron(child)} was "
                    f"{r.choice(['quiet', 'tired', 'clingy', 'chatty as usual'])}."
                )
            else:
                text = (
                    f"Category: Op Encompass | Notification rec'd re DA at home. DSL informed "
                    f"form tutor. {child[0]} presented as {r.choice(['tired', 'withdrawn', 'OK'])}."
                )
            self.add(
                key,
                self.occ("op_encompass"),
                nxt,
                text,
                time=self.clock(key, dt.time(8, 45)),
                etype="Safeguarding",
            )
        for key in self.keys("hv"):
            if self.kids_at(day, 0, 5) and r.random() < 0.5:
                later = _weekday(day + dt.timedelta(days=r.randint(1, 5)))
                text = (
                    f"DA notification rec'd via MASH (incident {when}). TC to {f.mum} - "
                    f"{r.choice(['states all sorted now', 'tearful, partner left', 'NA'])}. "
                    "RE discussed. Plan: HV to see at home."
                )
                self.add(key, self.occ("hv_da_notified"), later, text, etype="DA notification")
        for key in self.keys("idva"):
            if risk == "high" or r.random() < 0.2:
                later = day + dt.timedelta(days=r.randint(1, 2))
                text = r.choice(
                    [
                        f"Referral rec'd from police (DASH {risk}, incident {when}). Contact "
                        "attempted on safe number x2 - NA.",
                        f"New referral - police, incident {when}. Spoke to client; initial safety "
                        "plan completed.",
                    ]
                )
                self.add(
                    key,
                    self.occ("idva_referral"),
                    later,
                    text,
                    time=self.clock(key, self.office()),
                    etype="Referral",
                )
        if inj >= 2 and r.random() < 0.6:
            t = _shift(time, 50)
            text = (
                f"Arr {t:%H:%M} BIBA. Adult F ({f.mum}). PC: alleged assault by partner - "
                f"{'lac R eyebrow, steri-strips' if inj == 2 else 'neck pain, no marks, GCS 15'}. "
                "DA routine enquiry: disclosed. Children's details taken; MASH referral made."
            )
            for key in self.keys("ed"):
                self.add(
                    key,
                    self.occ("ed_adult"),
                    day,
                    text,
                    time=t,
                    etype="ED attendance",
                    ref=self.ref("ED"),
                )
        for key in self.keys("police"):
            if arrest:
                later = day + dt.timedelta(days=1)
                text = r.choice(
                    [
                        f"{f.partner.upper()} INTERVIEWED RE DA {when} - "
                        f"{r.choice(INTERVIEW_CAPS)}.",
                        f"Suspect {f.partner} interviewed about the incident on {when}; "
                        f"{r.choice(INTERVIEW_PLAIN)}.",
                    ]
                )
                self.add(
                    key,
                    self.occ("police_interview"),
                    later,
                    text,
                    time=self.office(8, 20),
                    etype="CUSTODY",
                )

    def missing(self, day: dt.date, time: dt.time, child: str, hours: int, place: str) -> str:
        r, f = self.rng, self.fam
        found = _shift(time, 0)
        found_day = day
        total = time.hour * 60 + time.minute + hours * 60
        found = dt.time((total // 60) % 24, total % 60)
        if total >= 24 * 60:
            found_day = day + dt.timedelta(days=1)
        occ = self.occ("missing")
        for key in self.keys("police"):
            style = self.sheets[key].style
            ref = self.ref("MP")
            if style == "narrative":
                text = (
                    f"{f.mum} reported {child} missing at {time:%H:%M}; {self.pron(child)} had not "
                    f"come home. Graded medium risk. {child} was found by a patrol "
                    f"at {place} at {found:%H:%M} and taken home. A return interview was "
                    "requested."
                )
            else:
                text = (
                    f"MISPER {ref} - {child.upper()} ({int(self.age(child, day))}YRS). REPORTED BY "
                    f"MOTHER {time:%H:%M}. MED RISK. LOCATED {place.upper()} {found:%H:%M} BY "
                    "PATROL. RETURNED HOME. RHI REQ."
                )
            self.add(key, occ, day, text, time=time, etype="MISSING PERSON", ref=ref)
        for key in self.keys("csc"):
            if r.random() < 0.7:
                text = (
                    f"Police notification: {child} reported missing by mother at {time:%H:%M}, "
                    f"found at {place} {found:%H:%M}."
                    if self.sheets[key].style != "prose"
                    else f"Police told the MASH that {child} had been reported missing by "
                    f"{f.mum} and was later found at {place}."
                )
                self.add(key, occ, day, text, time=self.clock(key, time), etype="Missing")
            if r.random() < 0.85:
                later = _weekday(found_day + dt.timedelta(days=r.randint(1, 3)))
                said = r.choice(
                    [
                        "was with friends and lost track of time",
                        "did not want to be at home because of arguments",
                        "would not say where he had been",
                        "had been given a lift by an older boy he would not name",
                    ]
                )
                text = (
                    f"Return home interview with {child}: said he {said}. Safety plan reviewed."
                    if self.sheets[key].style != "prose"
                    else f"A return home interview was completed with {child}, who said he {said}."
                )
                self.add(
                    key,
                    self.occ("rhi"),
                    later,
                    text,
                    time=self.clock(key, self.office(10, 17)),
                    etype="Return home interview",
                )
        for key in self.keys("school"):
            if self.sheets[key].subject == child and r.random() < 0.6:
                nxt = found_day
                while not _school_day(nxt) or nxt == day:
                    nxt += dt.timedelta(days=1)
                text = r.choice(
                    [
                        f"Category: Attendance | {child[0]} absent AM after missing episode; "
                        "arrived 11:20, very tired. Pastoral check-in done.",
                        f"Category: Welfare | {child[0]} in school, said he was 'out with mates' "
                        "last night. Logged for DSL.",
                    ]
                )
                self.add(key, self.occ("school_after_missing"), nxt, text, etype="Attendance")
        return occ

    # -- joint visits and calls ------------------------------------------------------------

    def joint(
        self,
        day: dt.date,
        time: dt.time,
        a: str,
        b: str,
        purpose: str,
        noise: tuple[str, str] | None = None,
    ) -> str:
        r, f = self.rng, self.fam
        occ = self.occ(f"joint_{purpose}")
        kids = self.kids_at(day, 0, 18)
        young = self.kids_at(day, 0, 5)
        school_age = self.kids_at(day, 4.5, 18)
        subject = next((self.sheets[k].subject for k in (a, b) if self.sheets[k].subject), "")
        if purpose == "home" and young:
            child = young[-1]
        elif subject and subject not in (f.mum, f.partner):
            child = subject
        else:
            child = r.choice(school_age or kids or [f.mum])
        facts = {
            "child": child,
            "cond": r.choice(
                [
                    (
                        "dirty dishes piled up, dog faeces in hallway",
                        "home conditions poor - dog mess in hall",
                    ),
                    ("home tidy, food in fridge", "home conditions acceptable"),
                    (
                        "strong smell of cannabis, bedroom floors covered in clothes",
                        "smell of cannabis, cluttered",
                    ),
                    ("no bedding on the children's beds", "children's beds had no bedding"),
                ]
            ),
            "words": r.choice(
                [
                    "I don't like it when they shout",
                    "mummy cries a lot",
                    "it's fine at home",
                    "he hit mummy with his hand",
                ]
            ),
            "present": r.choice([True, False]),
            "mood": r.choice(["flat and tearful", "elevated, talking quickly", "calm"]),
        }
        for key, other in ((a, b), (b, a)):
            if not (self.has(key) and self.has(other)):
                continue
            text, etype = self._joint_text(key, other, day, purpose, facts)
            self.add(
                key,
                occ,
                day,
                text,
                time=self.clock(key, time, (0, 0, 0, 15, -10, 30)),
                etype=etype,
                noise=noise[1] if noise and noise[0] == key else "",
            )
        return occ

    def _joint_text(
        self, key: str, other: str, day: dt.date, purpose: str, facts: dict
    ) -> tuple[str, str]:
        f = self.fam
        svc, style = self.sheets[key].service, self.sheets[key].style
        partner = self.lead(other) if other != "csc" else self.sw(day)
        olabel = LABEL[self.sheets[other].service]
        child, cond, words = facts["child"], facts["cond"], facts["words"]
        present = facts["present"]
        if svc == "police":
            if style == "codes":
                text = (
                    f"JOINT VISIT WITH {olabel.upper()} ({partner.upper()}) TO HOME ADDR. "
                    f"{child.upper()} SPOKEN TO ALONE - SAID '{words.upper()}'. "
                    f"{cond[1].upper()}. {f.mum.upper()} SPOKEN TO."
                )
            else:
                text = (
                    f"Joint visit with {olabel} {partner}. {child} was spoken to alone and said "
                    f'"{words}". {_cap(cond[1])}.'
                )
            if purpose == "iom":
                text = (
                    f"IOM visit with probation OM {partner}. {f.partner} "
                    f"{'present at address' if present else 'not present - mother says he left'}. "
                    "Licence conditions reiterated."
                )
            if purpose == "idva_police":
                text = (
                    f"Joint visit with IDVA {partner} to {f.mum}. DVPO explained; safety plan "
                    "updated; panic alarm to be fitted."
                )
            return text, "JOINT VISIT"
        if svc == "csc":
            what = {
                "s47": (
                    f"Joint s47 visit with {partner} ({olabel}). {child} seen alone in "
                    f'{"his" if self.pron(child) == "he" else "her"} bedroom; said "{words}". '
                    f"Home: {cond[0]}."
                ),
                "home": (
                    f"Joint home visit with HV {partner}. Home: {cond[0]}. "
                    f"{child} weighed by HV. {f.mum} engaged."
                ),
                "housing": (
                    f"Joint visit with housing officer {partner}. Damp and black mould in rear "
                    "bedroom; arrears discussed; repairs to be chased."
                ),
                "mh": (
                    f"Joint visit with CPN {partner}. {f.mum} presented as {facts['mood']}. "
                    "Children's care discussed."
                ),
                "school": (
                    f'Visited {child} at school; DSL {partner} present. {child} said "{words}".'
                ),
                "sms": (
                    f"Joint home visit with recovery worker {partner}. Drug use discussed; "
                    "safe storage of medication checked."
                ),
            }.get(purpose, f"Joint visit with {olabel} {partner}. {cond[1]}.")
            if style == "prose":
                what = f"The social worker visited with the {olabel}. " + what.split(". ", 1)[-1]
            return what, "Joint visit"
        if svc == "hv":
            return (
                f"JHV with SW {partner}. Home conditions: {cond[1]}. "
                f"{child} seen, wt checked. Mum's mood discussed.",
                "Joint visit",
            )
        if svc == "housing":
            return (
                f"Joint inspection with social worker {partner}. Damp/mould rear bedroom; "
                "arrears discussed. Repairs order raised.",
                "Joint visit",
            )
        if svc == "probation":
            return (
                f"Home visit jointly with police IOM ({partner}). PoP "
                f"{'seen at address' if present else 'not in; partner vague about where he is'}.",
                "Home visit",
            )
        if svc == "amh":
            return (
                f"Joint visit with SW {partner}. {f.mum} {facts['mood']}; children's care "
                "discussed.",
                "Visit",
            )
        if svc == "school":
            c = self.sheets[key].subject
            if style == "first":
                who = "CAMHS worker" if purpose == "camhs_school" else "social worker"
                return (
                    f'The {who} ({partner}) came to see {c}. I sat in. {c} said "{words}".',
                    "Visit",
                )
            if purpose == "camhs_school":
                return (
                    f"Category: Visitor | CAMHS ({partner}) saw {c[0]} in school; pastoral lead "
                    "sat in.",
                    "Visit",
                )
            return f"Category: Visitor | SW {partner} saw {c[0]} in school, DSL present.", "Visit"
        if svc == "camhs":
            return (
                f"Seen in school with pastoral lead {partner}. Mood and self-harm reviewed.",
                "Appointment",
            )
        if svc == "idva":
            return (
                f"Joint visit with police DA officer {partner}. DVPO explained; safety plan "
                "updated.",
                "Visit",
            )
        if svc == "sms":
            return (
                f"Joint home visit with SW {partner}. Use discussed; safe storage checked.",
                "Home visit",
            )
        return f"Joint visit with {olabel} {partner}.", "Visit"

    def call(
        self,
        day: dt.date,
        time: dt.time,
        sender: str,
        receiver: str,
        topic: str,
        noise: tuple[str, str] | None = None,
    ) -> str:
        """A phone call between two agencies, recorded at both ends (one occurrence)."""
        r, f = self.rng, self.fam
        kids = self.kids_at(day, 0, 18)
        child = (
            self.sheets[sender].subject
            or self.sheets[receiver].subject
            or (r.choice(kids) if kids else f.mum)
        )
        facts = {
            "disclosure": (
                f"{child} told staff that {f.partner} hit mummy at the weekend",
                f"{child} has disclosed that {f.partner} hit {f.mum}",
            ),
            "missed_appts": (
                f"{f.mum} has missed the last three health appointments",
                "three missed health appointments",
            ),
            "bruise": (
                f"bruise seen on {child}'s cheek at drop-off, mum says fell on stairs",
                f"bruise to {child}'s cheek; mother's explanation a fall",
            ),
            "risk_update": (
                f"{f.partner} reports he is living back with {f.mum}",
                f"{f.partner} told probation he has moved back in",
            ),
            "safety": (
                f"{f.mum} says {f.partner} has been turning up at the house",
                f"{f.partner} has been coming to the house; safety plan updated",
            ),
            "ed_referral": (
                f"{child} seen in ED tonight, injury explanation not consistent",
                f"ED referral: {child}'s injury not consistent with account",
            ),
            "mh_relapse": (
                f"{f.mum} showing signs of relapse, not taking medication",
                f"{f.mum} may be relapsing, stopped medication",
            ),
            "attendance": (
                f"{child}'s attendance is now {r.randint(62, 84)}%",
                f"{child}'s attendance has fallen",
            ),
            "drug_test": (
                "latest drug test positive for cocaine",
                "positive cocaine result",
            ),
            "update": (
                "outcome of the conference and the plan for school",
                "updated school on conference outcome and plan",
            ),
            "housing_ta": (
                "the family will be placed in temporary accommodation from Friday",
                "family moving to temporary accommodation Friday",
            ),
            "camhs_risk": (
                f"{child}'s self-harm has increased; risk reviewed as high",
                f"CAMHS now rate {child}'s risk as high",
            ),
        }
        said, heard = facts[topic]
        occ = self.occ(f"call_{topic}")
        for key, other, outgoing in ((sender, receiver, True), (receiver, sender, False)):
            if not self.has(key):
                continue
            svc, style = self.sheets[key].service, self.sheets[key].style
            name = self.sw(day) if other == "csc" else self.lead(other)
            label = LABEL[self.sheets[other].service]
            if svc == "police" and style == "codes":
                way = "TC TO" if outgoing else "TC FROM"
                text = f"{way} {label.upper()} ({name.upper()}) - {heard.upper()}."
            elif style == "first":
                text = (
                    f"I rang {name} ({label}) to tell them {said}."
                    if outgoing
                    else f"{name} from {label} rang me: {heard}."
                )
            elif style == "prose":
                text = (
                    f"The {LABEL[svc]} telephoned the {label}: {said}."
                    if outgoing
                    else f"The {label} telephoned: {said}."
                )
            elif svc == "csc":
                text = (
                    f"TC to {label} ({name}): {said}."
                    if outgoing
                    else f"Telephone call from {label} {name} - {heard}. Advised will follow up."
                )
            else:
                text = (
                    f"TC to {label} {name}: {heard}."
                    if outgoing
                    else f"TC from {label} ({name}) re {heard}."
                )
            self.add(
                key,
                occ,
                day,
                text,
                time=self.clock(key, time, (0, 0, 0, 5, -5, 10)),
                etype="Telephone",
                noise=noise[1] if noise and noise[0] == key else "",
            )
        return occ

    def call_back(self, day: dt.date, sender: str, receiver: str, topic: str) -> None:
        """A voicemail (one side only), then the call back later the same day (both sides)."""
        if not (self.has(sender) and self.has(receiver)):
            return
        t1 = self.office(9, 12)
        name = self.sw(day) if receiver == "csc" else self.lead(receiver)
        label = LABEL[self.sheets[receiver].service]
        text = (
            f"I rang {name} ({label}) - no answer, left a voicemail asking for a call back."
            if self.sheets[sender].style == "first"
            else f"TC to {label} ({name}) - no answer, VM left re concerns."
        )
        self.add(
            sender, self.occ("voicemail"), day, text, time=self.clock(sender, t1), etype="Telephone"
        )
        self.call(day, _shift(t1, self.rng.randint(150, 300)), receiver, sender, topic)

    # -- single-agency scenes --------------------------------------------------------------

    def ed_child(self, day: dt.date, time: dt.time, child: str, serious: bool = False) -> str:
        """A child's ED attendance; the GP's discharge letter and CSC's contact come later."""
        r = self.rng
        age = self.age(child, day)
        age_txt = f"{int(age * 12)}/12" if age < 2 else f"{int(age)}y"
        if serious:
            pc = r.choice(
                [
                    "swollen L upper arm, reduced movement; mum unsure of mechanism",
                    "bruising to both ears and R cheek; ?fall from changing mat",
                ]
            )
            extra = (
                "CP-IS: open CP plan. Skeletal survey requested. Admitted to ward. EDT informed."
            )
        else:
            pc = r.choice(
                [
                    "fall from sofa onto laminate, bump to forehead",
                    "finger trapped in door",
                    "fever 39.2, poor feeding",
                    "fell off scooter, graze L knee",
                    "swallowed ?coin - XR NAD",
                    "cough and wheeze, sats 95%",
                ]
            )
            extra = r.choice(
                [
                    "Hx consistent. Sfg checklist completed. D/c home.",
                    "CP-IS checked. Hx consistent with injury. D/c with advice.",
                    "Sfg checklist: delay in presentation 2 days - liaison notified. D/c.",
                ]
            )
        how = r.choice(["self-presented", "BIBA", "brought by mum"])
        text = f"Arr {time:%H:%M} {how}. {child} {age_txt}. PC: {pc}. {extra}"
        occ = self.occ("ed_child")
        for key in self.keys("ed"):
            self.add(key, occ, day, text, time=time, etype="ED attendance", ref=self.ref("ED"))
        for key in self.keys("gp"):
            if r.random() < 0.6:
                later = _weekday(day + dt.timedelta(days=r.randint(2, 6)))
                self.add(
                    key,
                    self.occ("gp_letter"),
                    later,
                    f"Letter rec'd - ED attendance {day:%d/%m}: {child}, {pc.split(',')[0]}. "
                    "Filed, "
                    "no action" + ("." if not serious else "; sfg alert added."),
                    etype="Correspondence",
                )
        for key in self.keys("hv"):
            if age < 5 and r.random() < 0.5:
                later = _weekday(day + dt.timedelta(days=r.randint(1, 4)))
                self.add(
                    key,
                    self.occ("hv_liaison"),
                    later,
                    f"Liaison notification rec'd: {child} attended ED {day:%d/%m} "
                    f"({pc.split(',')[0]}). "
                    "Will discuss at next contact.",
                    etype="Liaison",
                )
        return occ

    def attempts(self, key: str, day: dt.date, n: int = 2) -> None:
        """Repeated attempts by one agency to reach a parent on one day: separate occurrences."""
        if not self.has(key):
            return
        f, r = self.fam, self.rng
        style = self.sheets[key].style
        t = self.office(9, 11)
        for i in range(n):
            last = i == n - 1
            if style == "first":
                text = (
                    f"I rang {f.mum} again - "
                    f"{'she answered and said she would come in' if last else 'no answer'}."
                    if i
                    else f"I rang {f.mum} about today's absence - no answer."
                )
            elif style == "prose":
                nth = ["", "a second time", "a third time", "a fourth time"][i]
                text = f"The social worker tried to telephone {f.mum} {nth or 'in the morning'}" + (
                    " and spoke to her briefly." if last else " without success."
                )
            else:
                text = (
                    f"TC to {f.mum} - {'answered, appt rearranged' if last else 'NA'}"
                    + ("" if i == 0 else f" (attempt {i + 1})")
                    + "."
                )
            self.add(
                key, self.occ("attempt"), day, text, time=self.clock(key, t), etype="Telephone"
            )
            t = _shift(t, r.randint(70, 200))

    def gp_pair(self, day: dt.date) -> None:
        """Two family members seen in one surgery session: two routine appointments."""
        for key in self.keys("gp"):
            kids = self.kids_at(day, 0, 16)
            if not kids:
                return
            t = self.office(9, 11)
            child = self.rng.choice(kids)
            for who, time in ((self.fam.mum, t), (child, _shift(t, 10))):
                text, etype = self._gp_consult(key, day, who)
                self.add(
                    key, self.occ("gp_appt"), day, text, time=self.clock(key, time), etype=etype
                )

    def same_day_visits(self, day: dt.date, keys: list[str]) -> None:
        """Separate home visits by different agencies on one day: separate occurrences."""
        t = self.office(9, 11)
        for key in keys:
            if not self.has(key):
                continue
            text, etype = self.routine_text(key, day, prefer="visit")
            self.add(key, self.occ("visit"), day, text, time=self.clock(key, t), etype=etype)
            t = _shift(t, self.rng.randint(100, 240))

    def series(
        self,
        key: str,
        start: dt.date,
        end: dt.date,
        gap: tuple[int, int],
        *,
        school: bool = False,
        weekdays: bool = True,
    ) -> None:
        if not self.has(key):
            return
        day = max(start, self.start) + dt.timedelta(days=self.rng.randint(0, gap[1]))
        end = min(end, self.end)
        while day <= end:
            ok = _school_day(day) if school else (day.weekday() < 5 or not weekdays)
            if ok:
                text, etype, time = self.routine(key, day)
                if text:
                    self.add(
                        key,
                        self.occ(f"routine_{self.sheets[key].service}"),
                        day,
                        text,
                        time=time,
                        etype=etype,
                    )
            day += dt.timedelta(days=self.rng.randint(*gap))

    def routine(self, key: str, day: dt.date) -> tuple[str, str, dt.time | None]:
        svc = self.sheets[key].service
        hours = {"police": None, "ed": None, "school": (8, 16), "nursery": (8, 18)}
        if svc in ("police", "ed"):
            time = self.any_hour()
        else:
            lo, hi = hours.get(svc) or (9, 17)
            time = self.office(lo, hi)
        text, etype = self.routine_text(key, day)
        return text, etype, self.clock(key, time)

    def routine_text(self, key: str, day: dt.date, prefer: str = "") -> tuple[str, str]:
        svc = self.sheets[key].service
        return getattr(self, f"_r_{svc}")(key, day, prefer)

    def _r_police(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        style = self.sheets[key].style
        items = [
            (
                f"ASB - NOISE COMPLAINT FROM NEIGHBOUR RE LOUD MUSIC AT {f.address.upper()}. "
                "ADVICE GIVEN BY PHONE. NFA.",
                "A neighbour complained about loud music from the address. Advice was given by "
                "phone; no officers attended.",
                "ASB",
            ),
            (
                "CFW - CALLER CONCERNED CHILDREN CRYING, NO ADULT. OFFICERS ATTD - "
                f"{f.mum.upper()} "
                "PRESENT, HAD BEEN ASLEEP. CHILDREN SAFE. HOUSE UNTIDY. PPN SUB.",
                f"A caller was worried that the children had been left alone. Officers found "
                f"{f.mum} at home; she had been asleep. The children were safe. PPN submitted.",
                "CONCERN FOR WELFARE",
            ),
            (
                f"INT LOG: INFO THAT {f.partner.upper()} IS SUPPLYING CANNABIS FROM ADDRESS. "
                "GRADED C3. NO ACTION AT THIS TIME.",
                f"Intelligence was received that {f.partner} was supplying cannabis from the "
                "address. It was graded C3 and not acted on.",
                "INTELLIGENCE",
            ),
            (
                f"{f.partner.upper()} STOPPED IN VEH, HIGH ST. S23 MDA SEARCH - NIL FOUND. "
                "STOP RECORD COMPLETED.",
                f"{f.partner} was stopped in a car on the High Street and searched for drugs; "
                "nothing was found.",
                "STOP SEARCH",
            ),
            (
                "MASH REQUEST - POLICE CHECKS ON HOUSEHOLD. RESEARCH COMPLETED & RETURNED.",
                "The MASH asked for police checks on the household; they were completed and sent "
                "back the same day.",
                "MASH RESEARCH",
            ),
            (
                f"NEIGHBOUR DISPUTE - {f.mum.upper()} REPORTS NEIGHBOUR SHOUTING ABUSE OVER BINS. "
                "WORDS OF ADVICE BOTH PARTIES.",
                f"{f.mum} reported that a neighbour had shouted abuse at her over the bins. Both "
                "were given words of advice.",
                "NEIGHBOUR DISPUTE",
            ),
            (
                f"THEFT - {f.mum.upper()} REPORTS PUSHCHAIR STOLEN FROM COMMUNAL HALL. CRIME "
                "RECORDED. NO LINES OF ENQUIRY.",
                f"{f.mum} reported a pushchair stolen from the communal hall. A crime was "
                "recorded; there were no lines of enquiry.",
                "THEFT",
            ),
        ]
        caps, plain, etype = r.choice(items)
        if style == "codes":
            return f"{self.ref('CAD ')} {caps}", etype
        if style == "narrative":
            return plain, etype.title()
        return f"STORM {self.ref('')} {plain}", etype.title()

    def _r_csc(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        prose = self.sheets[key].style == "prose"
        kids = self.kids_at(day, 0, 18) or [f.mum]
        k = r.choice(kids)
        cond = r.choice(
            [
                "cluttered, washing piled in the lounge",
                "clean and tidy",
                "kitchen dirty, little food in the cupboards",
                "strong smell of cannabis in the hallway",
                "smoke alarm missing; stair gate broken",
            ]
        )
        visit = [
            (
                f"{r.choice(['Statutory', 'Unannounced', 'Announced'])} home visit. {f.mum} present"
                f"{r.choice(['', f'; {f.partner} in the kitchen', '; MGM visiting'])}. Home "
                f"{cond}. "
                f"{self.names(kids)} seen{r.choice([', ' + k + ' seen alone', '', ' together'])}.",
                f"The social worker made a home visit. {f.mum} was there and the home was {cond}. "
                f"{self.names(kids)} were seen.",
            ),
            (
                f"Home visit - no answer. Card left. Neighbour said family "
                f"{r.choice(['were out', 'had gone to MGM', 'were in but not answering'])}.",
                "The social worker visited but nobody answered the door.",
            ),
        ]
        other = [
            (
                f"TC to {f.mum} - {r.choice(CALL_NOTES)}.",
                f"The social worker telephoned {f.mum} about the plan.",
            ),
            (
                f"Supervision with TM: case reviewed. {r.choice(SUPERVISION)}",
                "The case was discussed in supervision with the team manager.",
            ),
            (
                f"Direct work with {k} "
                f"({r.choice(['three houses', 'wishes and feelings', 'worry monster'])}). "
                f"{k} said {r.choice(CHILD_SAYS)}.",
                f"The social worker completed direct work with {k} about life at home.",
            ),
            (
                f"TC with MGM {f.mgm}: {r.choice(MGM_SAYS)}.",
                f"The social worker spoke to the maternal grandmother, {f.mgm}.",
            ),
            (
                f"Case note: {r.choice(CASE_NOTES)}.",
                "The social worker updated the assessment.",
            ),
        ]
        pool = visit if prefer == "visit" else visit + other + other
        notes, prosed = r.choice(pool)
        etype = "Home visit" if (notes, prosed) in visit else "Case note"
        return (prosed if prose else notes), etype

    def _r_hv(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        kids = self.kids_at(day, 0, 5)
        if not kids:
            return "", ""
        k = r.choice(kids)
        months = self.age(k, day) * 12
        wt = round(3.4 + 0.7 * min(months, 6) + 0.25 * max(0.0, months - 6), 2)
        if months < 1:
            opts = [
                f"NBV. {f.mum} & {k} seen at home. Wt {wt}kg. "
                f"{r.choice(['BF', 'FF', 'mixed feeding'])}. "
                f"Cord sep, skin NAD. EPDS {r.randint(4, 16)}. RE: "
                f"{r.choice(['not asked - partner present', 'asked, no disclosure'])}. "
                "Plan r/v 2/52."
            ]
        elif months < 3:
            opts = [
                f"6-8/52 review. Wt {wt}kg. Smiling, good eye contact. Imms due. Mum's mood: low "
                "at times."
            ]
        elif months < 13:
            opts = [
                f"9-12/12 review - {k}. ASQ-3: "
                f"{r.choice(ASQ_INFANT)}. "
                f"Wt {wt}kg. Home {r.choice(['cluttered', 'adequate', 'cold'])}."
            ]
        else:
            opts = [f"2-2.5y review - {k}. ASQ-3: {r.choice(ASQ_TODDLER)}. Dental reg discussed."]
        opts += [
            f"Clinic weigh - {k} {wt}kg ({r.choice(['9th', '25th', '50th', '2nd'])} centile). "
            f"{f.mum} reports {r.choice(['good sleep', 'colic', 'teething', 'poor sleep'])}.",
            f"HV visit - NA. Card left. {r.choice(['Curtains drawn.', 'Car on drive.', ''])}",
            f"TC to {f.mum} re missed clinic appt - rebooked for "
            f"{r.choice(['Mon', 'Tue', 'Thu'])}.",
            f"Safeguarding supervision with named nurse: {k} - UPP, continue "
            f"{r.choice(['4', '6'])}-weekly contacts.",
            f"Home visit. {k} seen. Home {r.choice(['tidy', 'cluttered', 'smelt of smoke'])}. "
            f"Mum's mood {r.choice(['OK', 'low', 'anxious'])}.",
        ]
        if prefer == "visit":
            opts = [opts[-1]]
        return r.choice(opts), "Contact"

    def _r_mw(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        opts = [
            f"ANC appt. BP {r.randint(104, 132)}/{r.randint(62, 84)}, urine NAD, SFH on centile. "
            "FM+. "
            f"{r.choice(['Partner present', 'Attended alone', 'MGM present'])}.",
            "DNA ANC appt. Letter sent, GP informed.",
            f"Safeguarding MW TC to {f.mum} - birth plan discussed.",
            "Scan appt attended. "
            f"{r.choice(['Growth on centile', 'Low lying placenta - rescan', 'NAD'])}.",
        ]
        return r.choice(opts), "Antenatal"

    def _r_ed(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        return (
            f"Arr {self.any_hour():%H:%M} self-presented. {f.mum}. PC: "
            f"{r.choice(ED_ADULT)}. "
            "D/c with advice. DA RE: not asked (triage busy).",
            "ED attendance",
        )

    def _gp_consult(self, key: str, day: dt.date, who: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        prose = self.sheets[key].style == "prose"
        adult = who in (f.mum, f.partner)
        if adult:
            issue = r.choice(
                [
                    (
                        "low mood, poor sleep. PHQ-9 16. Sertraline 50mg od. R/v 2/52",
                        "low mood and was prescribed sertraline",
                    ),
                    (
                        "med review - mood stable on current tx",
                        "a medication review; her mood was stable",
                    ),
                    ("back pain 2/52, mech. Advised NSAIDs", "back pain and was given advice"),
                    ("contraception - depo given", "contraception"),
                    (
                        "anxiety, panic attacks. Talking therapies info",
                        "anxiety and was given details of talking therapies",
                    ),
                    ("fit note requested - declined, to see OH", "a fit note"),
                ]
            )
        else:
            issue = r.choice(
                [
                    (
                        "cough 5/7, afebrile, chest clear. Safety-netted",
                        "a cough; the chest was clear",
                    ),
                    (
                        "ear pain, R TM red. Amoxicillin",
                        "an ear infection and was given antibiotics",
                    ),
                    ("eczema flare - emollients", "eczema"),
                    ("asthma review - inhaler technique checked", "an asthma review"),
                    ("D&V 2/7, hydrated. Advice", "diarrhoea and vomiting"),
                    ("imms given as per schedule", "routine immunisations"),
                ]
            )
        mode = r.choice(["F2F", "Tel", "F2F", "Video"])
        if prose:
            return (
                f"{who} {'was seen' if mode != 'Tel' else 'had a telephone consultation'} at the "
                f"practice with {issue[1]}. There is no record of enquiry about the home "
                "situation.",
                "Consultation",
            )
        return f"{mode}. {who} - {issue[0]}.", {
            "F2F": "Face to face",
            "Tel": "Telephone",
            "Video": "Video",
        }[mode]

    def _r_gp(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        people = [f.mum, *self.kids_at(day, 0, 16)]
        if r.random() < 0.15:
            who = r.choice(people)
            if self.sheets[key].style == "prose":
                return f"{who} did not attend a booked appointment.", "DNA"
            return (
                f"DNA - {who}. {r.choice(['Letter sent.', 'No action.', 'Flag for sfg lead.'])}",
                "DNA",
            )
        return self._gp_consult(key, day, r.choice(people))

    def _r_school(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        c = self.sheets[key].subject
        p = self.pron(c)
        pos = "his" if p == "he" else "her"
        teen = self.age(c, day) >= 11
        if self.sheets[key].style == "first":
            opts = [
                f"{c} arrived late at 09:{r.randint(10, 55)} (mark L). Mum said "
                f"{r.choice(LATE_REASONS)}.",
                f"{c} was absent today - no reason given. I rang mum at 09:{r.randint(30, 59)}: "
                "no answer.",
                f"I noticed {c} was very hungry at breakfast club and had three slices of toast.",
                f"{c} told me at playtime "
                f"'{r.choice(PLAYTIME_WORDS)}'. I recorded it and told the DSL.",
                f"{c} had a small bruise on {pos} {r.choice(['shin', 'forearm', 'forehead'])}; "
                f"{p} said {p} got it "
                f"{r.choice(['playing football', 'falling off the bed', 'at the park'])}. Body "
                "map done.",
                f"{c}'s uniform was dirty and {pos} shoes were split. I gave "
                f"{'him' if p == 'he' else 'her'} a spare pair from lost property.",
                f"Good day - {c} got star of the week for "
                f"{r.choice(['reading', 'kindness', 'maths'])}.",
                f"{c} was upset after lunch and hid under the table. I calmed "
                f"{'him' if p == 'he' else 'her'} in the nurture room.",
                f"Attendance meeting with {f.mum}: attendance {r.randint(70, 89)}%. She agreed to "
                f"bring {c} on time.",
                f"{c} fell asleep in class this afternoon. {_cap(p)} said {p} was 'up all night'.",
            ]
        elif teen:
            opts = [
                f"Category: Attendance | {c[0]} absent AM, arrived "
                f"{r.randint(10, 12)}:{r.randint(10, 59)}. Reason: 'overslept'. Mark U.",
                f"Category: Behaviour | {c} removed from "
                f"{r.choice(['maths', 'science', 'English'])} for refusal. Isolation.",
                f"Category: Welfare | {c} seen by pastoral lead, "
                f"{r.choice(['low mood', 'tired', 'fell out with friends', 'fine'])}.",
                f"Category: Online safety | {c} reported to have been added to group chat by "
                "older males. Parent informed.",
                f"Category: Attendance | Unauthorised absence - {c}. First day call made, no "
                "answer.",
                f"Category: Physical | Staff noticed fresh cuts on {c}'s forearm. First aid. "
                "CAMHS informed.",
                f"Category: Behaviour | {c} vaping in toilets. Confiscated. Parent informed.",
            ]
        else:
            opts = [
                f"Category: Attendance | {c} late {r.randint(9, 10)}:{r.randint(10, 40)} - mark "
                f"L. Parent reason: {r.choice(['overslept', 'sibling ill', 'none given'])}.",
                f"Category: Welfare | {c} hungry on arrival; breakfast club.",
                f"Category: Physical | Bruise {r.choice(['R shin', 'L arm', 'upper back'])}. "
                f"{c[0]}: 'fell over'. Body map.",
                f"Category: Emotional | {c} tearful during phonics; said misses "
                f"{r.choice(['grandma', 'daddy', 'the dog'])}.",
                f"Category: Attendance | {c} absent, no contact from parent. 1st day call - NA.",
                f"Category: Hygiene | {c} in soiled clothes; spare uniform given.",
            ]
        return r.choice(opts), "Log"

    def _r_nursery(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        c = self.sheets[key].subject
        p = self.pron(c)
        pos = "his" if p == "he" else "her"
        opts = [
            f"At drop-off I noticed a small bruise on {c}'s {r.choice(['cheek', 'arm', 'leg'])}. "
            f"Mum said {p} fell over at home. Body map done and manager told.",
            f"{c} was collected late at 18:{r.randint(10, 40)} by "
            f"{r.choice([f.partner, f.mum, f.mgm])}.",
            f"{c} ate two lunches today and asked for more.",
            f"{c} had a very sore nappy rash. I told mum at home time.",
            f"{c} did not come in today. I rang mum at 10:00, no answer.",
            f"{c} had a happy day, played in the sand with friends.",
            f"{c}'s speech: still using single words. I gave mum the SALT drop-in leaflet.",
            f"{c} came in wearing the same clothes as yesterday, nappy very full.",
            f"Learning journal shared with mum; {pos} key person update given.",
        ]
        return r.choice(opts), "Observation"

    def _r_housing(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        opts = [
            "Tenancy visit. Property "
            f"{r.choice(['cluttered', 'in fair order', 'damp in rear bedroom'])}. Arrears "
            f"{r.randint(400, 2600)}.{r.randint(10, 99)} - repayment plan discussed.",
            f"Arrears letter {r.choice(['1', '2', '3'])} sent.",
            f"Repairs: {r.choice(REPAIRS)} - job raised.",
            f"TC from {f.mum} - {r.choice(TENANT_CALLS)}.",
            f"Gas safety check - {r.choice(['no access', 'completed', 'no access, 2nd letter'])}.",
        ]
        if prefer == "visit":
            opts = opts[:1]
        return r.choice(opts), "Tenancy"

    def _r_probation(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r = self.rng
        pop = self.sheets[key].subject
        opts = [
            f"Supervision (office). {pop} attended on time. Discussed "
            f"{r.choice(SUPERVISION_TOPICS)}.",
            f"FTA supervision - {pop}. {r.choice(FTA_OUTCOMES)}",
            f"Building Better Relationships session {r.randint(1, 24)} - "
            f"{r.choice(['attended', 'attended, engaged', 'DNA'])}.",
            f"OASys reviewed - RoSH {r.choice(['high', 'medium'])} to known adult.",
            f"Home visit - {pop} "
            f"{r.choice(['present, address suitable', 'not in', 'present; partner also there'])}.",
            f"Drug test - {r.choice(['negative', 'positive cannabis', 'positive cocaine'])}.",
        ]
        if prefer == "visit":
            opts = [opts[4]]
        return r.choice(opts), "Contact"

    def _r_sms(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r = self.rng
        c = self.sheets[key].subject
        opts = [
            f"Keywork session. {c} reports {r.choice(USE_REPORTS)}. Harm reduction advice.",
            f"DNA keywork - {c}. Text sent.",
            f"Prescribing review: {r.choice(PRESCRIBING)}.",
            "Drug/alcohol screen: "
            f"{r.choice(['positive cocaine', 'negative', 'positive cannabis', 'BAC 0.08'])}.",
            f"Group session ({r.choice(['SMART', 'relapse prevention', 'mutual aid'])}) - {c} "
            "attended.",
            f"Home visit - {c} seen. Children {r.choice(['at school', 'present', 'not seen'])}.",
        ]
        if prefer == "visit":
            opts = [opts[-1]]
        return r.choice(opts), "Keywork"

    def _r_camhs(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r = self.rng
        c = self.sheets[key].subject
        opts = [
            f"Partnership appt {r.randint(1, 12)}. {c} seen "
            f"{r.choice(['alone', 'with mum then alone'])}. Mood {r.randint(2, 7)}/10. SH "
            f"{r.choice(['none since last appt', 'cutting 2x/wk', 'scratching'])}. Safety plan "
            "reviewed.",
            f"DNA - {c}. Letter to parents; GP cc'd.",
            f"MDT discussion: {c} - {r.choice(CAMHS_MDT)}.",
            f"TC to {self.fam.mum}: "
            f"{r.choice(['appt reminder', 'concerned re mood', 'no answer'])}.",
        ]
        return r.choice(opts), "Appointment"

    def _r_amh(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        opts = [
            f"CPN home visit. {f.mum} "
            f"{r.choice(MENTAL_STATE)}. No active SI. "
            f"Children {r.choice(['at school', 'present'])}.",
            f"Lithium level {round(r.uniform(0.3, 0.9), 2)} mmol/L. "
            f"{r.choice(['Dose unchanged.', 'Dose increased.'])}",
            f"Outpatient review with consultant. {r.choice(OPA_REVIEW)}",
            f"DNA CPN visit - {f.mum} not at home. Card left.",
            f"Crisis line call from {f.mum} at night - "
            f"{r.choice(['distressed after argument', 'could not sleep', 'low'])}. Advice given.",
        ]
        if prefer == "visit":
            opts = opts[:1]
        return r.choice(opts), "Contact"

    def _r_idva(self, key: str, day: dt.date, prefer: str) -> tuple[str, str]:
        r, f = self.rng, self.fam
        opts = [
            f"TC with client ({f.mum}). Safety planning: {r.choice(SAFETY_PLANS)}.",
            "Attempted contact on safe number - NA. "
            f"{r.choice(['Text sent.', 'Will try tomorrow.', 'No VM left (safety).'])}",
            f"Client disclosed {f.partner} {r.choice(PARTNER_NEWS)}.",
            "Supported client at "
            f"{r.choice(['court (non-mol hearing)', 'housing options', 'solicitor appt'])}.",
            f"Support group session - client {r.choice(['attended', 'did not attend'])}.",
        ]
        return r.choice(opts), "Contact"

    # -- typed twice, and the finished case -------------------------------------------------

    def typed_twice(self, share: float) -> None:
        """Some entries are typed twice by the same agency, sometimes with a small correction."""
        r = self.rng
        pool = [row for row in self.rows if row.occ not in self.noise and row.prec == "day"]
        picks = sorted(r.sample(range(len(pool)), int(len(pool) * share)))
        swaps = [
            ("Mum", "mother"),
            (" & ", " and "),
            ("TC ", "Telephone call "),
            ("HV", "health visitor"),
        ]
        for i in picks:
            row = pool[i]
            text, time, late = row.text, row.time, False
            how = r.choice(["exact", "exact", "typo", "time", "addendum", "reword", "late"])
            if how == "typo":
                row.text = _typo(r, row.text)  # the first attempt had the slip; the copy fixes it
            elif how == "time" and time is not None:
                time = _shift(time, r.choice([-30, 30, 60, -60, 5]))
            elif how == "time":
                time = self.office()
            elif how == "addendum":
                text += " " + r.choice(
                    [
                        "(Amended: name of worker corrected.)",
                        "Manager informed.",
                        "Update - copy sent to file.",
                        "(Entry re-saved after system error.)",
                    ]
                )
            elif how == "reword":
                for old, new in swaps:
                    text = text.replace(old, new)
                if text == row.text:
                    text = text.rstrip(".") + "."
                    if text == row.text:
                        text = text[:-1]
            elif how == "late":
                text = "LATE ENTRY: " + text
                late = True
            self.order += 1
            self.rows.append(
                _Row(
                    sheet=row.sheet,
                    occ=row.occ,
                    day=row.day,
                    prec=row.prec,
                    time=time,
                    text=text,
                    etype=row.etype,
                    outcome=row.outcome,
                    who=row.who,
                    ref=row.ref,
                    written=_written(row.day, row.prec, time, row.sheet.dates),
                    order=self.order if late else row.order + 0.5,
                    dup=True,
                )
            )
            self.stats.dups += 1

    def finish(self) -> HeldoutCase:
        events: list[Event] = []
        truth: dict[str, str] = {}
        r = self.rng
        for sheet in self.sheets.values():
            rows = sorted(
                (row for row in self.rows if row.sheet.key == sheet.key),
                key=lambda row: (
                    row.day,
                    row.time.hour * 60 + row.time.minute if row.time else 720,
                    row.order,
                ),
            )
            number = sheet.first_row
            for row in rows:
                if r.random() < 0.01:
                    number += 1  # a blank spacer row
                event = Event(
                    source=Provenance(sheet.file, sheet.sheet, number),
                    agency=sheet.agency,
                    date=row.day,
                    date_precision=row.prec,  # type: ignore[arg-type]
                    time=row.time,
                    event_type=row.etype,
                    event_text=row.text,
                    outcome=row.outcome,
                    practitioner=row.who,
                    reference=row.ref,
                    date_as_written=row.written,
                )
                events.append(event)
                truth[f"{sheet.file}|{sheet.sheet}|{number}"] = row.occ
                number += 1
        noise = {occ for occ in self.noise if occ in set(truth.values())}
        return self.name, events, truth, noise


def _d(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def _t(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def _every(
    first: dt.date, last: dt.date, days: tuple[int, int], rng: random.Random
) -> list[dt.date]:
    out, day = [], first
    while day <= last:
        out.append(_weekday(day))
        day += dt.timedelta(days=rng.randint(*days))
    return out


# -- case 1: domestic abuse, CP plan, a baby's injury, PLO ------------------------------------


def _case_brennan() -> HeldoutCase:
    fam = Family(
        mum="Shannon",
        mum_surname="Brennan",
        partner="Marek",
        partner_surname="Nowak",
        partner_role="partner",
        kids=[
            ("Riley", _d(2012, 9, 14), "he"),
            ("Ava", _d(2018, 5, 2), "she"),
            ("Oscar", _d(2020, 8, 19), "he"),
        ],
        address="14 Larch Close",
        mgm="Denise",
        school="Greenfield Primary",
        surgery="Eastfield Medical Centre",
        sws=[
            (_d(2019, 4, 1), "Hannah Price"),
            (_d(2020, 6, 1), "Tom Okoro"),
            (_d(2021, 5, 10), "Grace Lindqvist"),
        ],
        chairs=["Paul Ferris (IRO)", "Nadia Shah (CP chair)", "Helen Brooks (TM)"],
        ref_prefix="BR",
    )
    sheets = [
        Sheet(
            "police",
            "police",
            POLICE,
            "Police_chronology.xlsx",
            "Chronology",
            "codes",
            "slash_time",
            1.0,
            5,
            ("PC 4471 Webb", "DS Carla Mendes", "PC 2290 Hayes", "DC Lee Barnard"),
        ),
        Sheet(
            "csc",
            "csc",
            CSC,
            "Childrens_Social_Care_chronology.xlsx",
            "Chronology",
            "notes",
            "iso",
            0.5,
            2,
            ("Hannah Price", "Tom Okoro", "Grace Lindqvist", "Duty SW"),
        ),
        Sheet(
            "hv",
            "hv",
            HEALTH,
            "Health_chronology.xlsx",
            "Health Visiting",
            "a",
            "dot",
            0.3,
            3,
            ("Claire Dunn", "Ruth Adebayo"),
        ),
        Sheet(
            "mw",
            "mw",
            HEALTH,
            "Health_chronology.xlsx",
            "Midwifery",
            "a",
            "ordinal",
            0.2,
            2,
            ("Jo Reeve", "Sam Pike"),
        ),
        Sheet(
            "ed",
            "ed",
            HEALTH,
            "Health_chronology.xlsx",
            "Emergency Dept",
            "a",
            "mon",
            1.0,
            2,
            ("Dr K Malik", "SN P Jones", "Liaison RN A Grant"),
        ),
        Sheet(
            "gp",
            "gp",
            GP,
            "GP_chronology.csv",
            "",
            "clinical",
            "short",
            0.7,
            3,
            ("Dr Ellis", "Dr Sandhu", "ANP Moore"),
        ),
        Sheet(
            "school:Riley",
            "school",
            EDUCATION,
            "Greenfield_Primary_chronology.xlsx",
            "Riley",
            "first",
            "slash",
            0.3,
            2,
            ("Mrs Tate (DSL)", "Mr Khan", "Ms Ward"),
            "Riley",
        ),
        Sheet(
            "nursery",
            "nursery",
            EDUCATION,
            "Little_Acorns_Nursery.xlsx",
            "Ava",
            "first",
            "slash",
            0.4,
            2,
            ("Kelly (key person)", "Sue (manager)"),
            "Ava",
        ),
        Sheet(
            "idva",
            "idva",
            DAS,
            "IDVA_chronology.xlsx",
            "Sheet1",
            "a",
            "slash",
            0.5,
            2,
            ("Priya Desai", "Becca Holt"),
        ),
        Sheet(
            "probation",
            "probation",
            PROBATION,
            "Probation_chronology.xlsx",
            "Contacts",
            "a",
            "slash",
            0.3,
            4,
            ("Gareth Lyle",),
            "Marek",
        ),
    ]
    c = _Case("brennan", 190401, fam, sheets, _d(2019, 4, 1), _d(2022, 3, 31))
    r = c.rng
    end = c.end
    # routine work
    c.series("police", c.start, end, (25, 70), weekdays=False)
    c.series("csc", _d(2019, 9, 20), _d(2019, 10, 13), (2, 5))
    c.series("csc", _d(2019, 10, 14), _d(2021, 7, 12), (2, 6))
    c.series("csc", _d(2021, 7, 13), end, (4, 11))
    c.series("hv", c.start, _d(2020, 8, 18), (14, 35))
    c.series("hv", _d(2020, 8, 19), _d(2021, 9, 1), (6, 16))
    c.series("hv", _d(2021, 9, 2), end, (20, 40))
    c.series("mw", _d(2020, 1, 28), _d(2020, 8, 17), (9, 20))
    c.series("ed", c.start, end, (90, 200), weekdays=False)
    c.series("gp", c.start, end, (7, 22))
    c.series("school:Riley", c.start, end, (1, 5), school=True)
    c.series("nursery", _d(2019, 9, 2), end, (2, 8))
    c.series("idva", _d(2019, 5, 27), _d(2020, 7, 31), (5, 14))
    c.series("idva", _d(2021, 2, 1), _d(2021, 6, 30), (6, 14))
    c.series("probation", _d(2020, 1, 6), _d(2021, 12, 31), (5, 14))
    # 2019: escalating domestic abuse
    c.da_incident(_d(2019, 4, 13), _t(23, 10), risk="standard")
    c.da_incident(_d(2019, 5, 4), _t(21, 45))
    c.da_incident(_d(2019, 5, 25), _t(1, 20), risk="high", act=6, injury=3)
    c.meeting("marac", _d(2019, 6, 13), _t(9, 30), ["police", "idva", "csc", "hv"], decision=0)
    c.same_day_visits(_d(2019, 6, 13), ["hv", "csc"])
    c.da_incident(_d(2019, 7, 20), _t(22, 30))
    c.da_incident(_d(2019, 7, 21), _t(20, 5))
    c.ed_child(_d(2019, 8, 10), _t(15, 20), "Ava")
    c.call(_d(2019, 9, 20), _t(11, 40), "school:Riley", "csc", "disclosure")
    c.meeting(
        "strategy",
        _d(2019, 9, 23),
        _t(14, 0),
        ["csc", "police", "school:Riley", "hv", "gp"],
        decision=0,
    )
    c.joint(_d(2019, 9, 24), _t(10, 0), "csc", "police", "s47")
    c.same_day_visits(_d(2019, 9, 24), ["hv"])
    c.joint(_d(2019, 9, 26), _t(13, 15), "csc", "school:Riley", "school")
    c.same_day_visits(_d(2019, 9, 26), ["csc"])
    c.meeting(
        "strategy", _d(2019, 10, 2), _t(10, 0), ["csc", "police", "hv", "school:Riley"], decision=4
    )
    c.meeting(
        "icpc",
        _d(2019, 10, 14),
        _t(10, 0),
        ["csc", "police", "school:Riley", "hv", "nursery", "gp", "idva"],
        decision=1,
    )
    c.meeting(
        "core_group",
        _d(2019, 10, 14),
        _t(12, 15),
        ["csc", "school:Riley", "hv", "nursery"],
        decision=0,
    )
    c.call(_d(2019, 10, 15), _t(9, 10), "csc", "school:Riley", "update")
    # the plan: core groups roughly six-weekly, one written up by only three agencies
    for day in [
        _d(2019, 11, 12),
        _d(2019, 12, 17),
        *_every(_d(2020, 3, 3), _d(2021, 6, 20), (35, 50), r),
    ]:
        c.meeting(
            "core_group",
            day,
            r.choice([_t(10), _t(13, 30), _t(14), None]),
            ["csc", "school:Riley", "hv", "nursery", r.choice(["idva", "probation", "gp"])],
        )
    c.meeting(
        "core_group",
        _d(2020, 1, 21),
        _t(14, 0),
        ["csc", "nursery", "school:Riley"],
        decision=1,
        noise=("nursery", "month"),
    )
    c.meeting(
        "rcpc",
        _d(2020, 1, 13),
        _t(10, 0),
        ["csc", "police", "school:Riley", "hv", "nursery", "gp", "idva", "probation"],
        decision=0,
    )
    c.same_day_visits(_d(2020, 1, 13), ["csc"])
    c.da_incident(_d(2020, 2, 22), _t(19, 40))
    c.call(
        _d(2020, 3, 10), _t(11, 0), "probation", "csc", "risk_update", noise=("probation", "swap")
    )
    c.da_incident(_d(2020, 5, 20), _t(23, 40), risk="high", act=9)
    c.da_incident(_d(2020, 5, 21), _t(22, 5))
    c.call(_d(2020, 5, 22), _t(10, 15), "idva", "csc", "safety")
    c.meeting(
        "marac",
        _d(2020, 6, 11),
        _t(9, 30),
        ["police", "idva", "csc", "hv", "probation", "mw"],
        decision=1,
    )
    c.meeting(
        "professionals",
        _d(2020, 6, 11),
        _t(14, 0),
        ["csc", "hv", "mw", "school:Riley", "nursery"],
        decision=0,
    )
    c.da_incident(_d(2020, 6, 30), _t(21, 10), follow=False)
    c.da_incident(_d(2020, 6, 30), _t(23, 45))
    c.meeting(
        "rcpc",
        _d(2020, 7, 13),
        _t(10, 0),
        ["csc", "police", "school:Riley", "hv", "mw", "nursery", "probation", "idva"],
        decision=0,
    )
    c.add(
        "mw",
        c.occ("birth"),
        _d(2020, 8, 19),
        "Birth: SVD @ 39+2. Baby boy 3.41kg. Apgars 9/10. "
        "Sfg alert on file - CP plan siblings. SW informed.",
        time=_t(4, 12),
        etype="Delivery",
    )
    c.meeting("discharge", _d(2020, 8, 20), _t(11, 0), ["mw", "csc", "hv"], decision=1)
    c.joint(_d(2020, 9, 1), _t(10, 30), "csc", "hv", "home")
    c.same_day_visits(_d(2020, 9, 1), ["idva", "probation"])
    c.call(_d(2020, 10, 6), _t(14, 20), "hv", "csc", "missed_appts")
    c.joint(_d(2020, 11, 5), _t(11, 0), "probation", "police", "iom")
    c.call(_d(2020, 11, 24), _t(9, 20), "nursery", "csc", "bruise")
    c.same_day_visits(_d(2020, 11, 24), ["csc"])
    c.ed_child(_d(2020, 12, 5), _t(17, 50), "Ava")
    c.meeting(
        "rcpc",
        _d(2021, 1, 11),
        _t(10, 0),
        ["csc", "police", "school:Riley", "hv", "nursery", "gp", "probation"],
        decision=0,
    )
    # Oscar's injury
    c.ed_child(_d(2021, 1, 16), _t(19, 20), "Oscar", serious=True)
    c.call(_d(2021, 1, 16), _t(20, 40), "ed", "csc", "ed_referral")
    c.meeting(
        "strategy", _d(2021, 1, 17), _t(10, 30), ["csc", "police", "ed"], decision=3, mode="phone"
    )
    c.add(
        "ed",
        c.occ("cp_medical"),
        _d(2021, 1, 17),
        "CP medical (Dr Malik): bruising both ears, "
        "swelling L humerus - XR: spiral fracture. Skeletal survey booked. Parents informed.",
        time=_t(14, 5),
        etype="Safeguarding",
    )
    c.meeting(
        "strategy",
        _d(2021, 1, 18),
        _t(14, 0),
        ["csc", "police", "ed", "hv", "gp", "school:Riley", "nursery"],
        decision=4,
    )
    c.joint(_d(2021, 1, 18), _t(16, 30), "csc", "police", "s47")
    c.add(
        "police",
        c.occ("arrest"),
        _d(2021, 1, 18),
        "MAREK NOWAK & SHANNON BRENNAN ARRESTED ON SUSPICION OF GBH (CHILD). INTERVIEWED - RUI.",
        time=_t(18, 5),
        etype="ARREST",
    )
    c.meeting("discharge", _d(2021, 1, 19), _t(11, 0), ["ed", "csc", "hv", "police"], decision=0)
    c.add(
        "csc",
        c.occ("legal_gateway"),
        _d(2021, 1, 19),
        "Legal gateway meeting (internal): "
        "threshold for PLO met; letter before proceedings to be sent.",
        time=_t(15, 0),
        etype="Legal gateway",
    )
    c.call(_d(2021, 1, 20), _t(12, 10), "gp", "csc", "missed_appts")
    c.meeting("plo", _d(2021, 2, 2), _t(10, 0), ["csc", "idva"], decision=0)
    c.meeting(
        "professionals",
        _d(2021, 2, 2),
        _t(13, 30),
        ["csc", "hv", "school:Riley", "nursery", "gp", "probation"],
        decision=2,
    )
    c.call(_d(2021, 3, 2), _t(15, 0), "idva", "csc", "safety")
    c.joint(_d(2021, 3, 9), _t(10, 0), "csc", "hv", "home", noise=("hv", "swap"))
    c.meeting(
        "marac",
        _d(2021, 3, 11),
        _t(9, 30),
        ["police", "idva", "csc", "hv", "probation"],
        decision=1,
    )
    c.meeting(
        "plo", _d(2021, 5, 4), _t(10, 0), ["csc", "idva"], decision=2, noise=("idva", "plus1")
    )
    c.meeting(
        "rcpc",
        _d(2021, 7, 12),
        _t(10, 0),
        ["csc", "police", "school:Riley", "hv", "nursery", "gp", "probation", "idva"],
        decision=1,
    )
    for day in (_d(2021, 8, 9), _d(2021, 10, 18), _d(2021, 12, 13), _d(2022, 2, 21)):
        c.meeting(
            "cin",
            day,
            r.choice([_t(10), _t(15, 30), None]),
            ["csc", "school:Riley", "hv", "nursery", "gp"][: r.randint(3, 5)],
        )
    c.call(
        _d(2021, 11, 9),
        _t(10, 45),
        "school:Riley",
        "csc",
        "attendance",
        noise=("school:Riley", "minus1"),
    )
    # hard negatives: repeated attempts, surgery sessions, a voicemail and call back
    for day in (_d(2019, 11, 19), _d(2020, 10, 20), _d(2021, 9, 14)):
        c.attempts("csc", day, r.randint(2, 3))
    c.attempts("school:Riley", _d(2020, 3, 3))
    c.attempts("hv", _d(2021, 4, 13))
    for day in (_d(2019, 6, 4), _d(2019, 12, 3), _d(2020, 9, 29), _d(2021, 2, 16), _d(2021, 10, 5)):
        c.gp_pair(day)
    c.call_back(_d(2020, 2, 4), "school:Riley", "csc", "attendance")
    c.call_back(_d(2021, 6, 8), "hv", "csc", "missed_appts")
    c.same_day_visits(_d(2021, 4, 20), ["hv", "csc", "probation"])
    c.typed_twice(0.025)
    return c.finish()


# -- case 2: parental mental health and alcohol, a missing teenager, s20 ----------------------


def _case_lawson() -> HeldoutCase:
    fam = Family(
        mum="Kirsty",
        mum_surname="Lawson",
        partner="Dean",
        partner_surname="Lawson",
        partner_role="father",
        kids=[("Jordan", _d(2007, 3, 22), "he"), ("Lily", _d(2013, 11, 5), "she")],
        address="7 Mill Row",
        mgm="Pat",
        school="Hillcrest Academy",
        surgery="Riverside Surgery",
        sws=[
            (_d(2021, 1, 4), "Sophie Marsh"),
            (_d(2021, 11, 15), "Daniel Osei"),
            (_d(2022, 7, 1), "Amira Haddad"),
        ],
        chairs=["Lynne Carter (IRO)", "Imran Butt (CP chair)", "Jo Fenwick (TM)"],
        ref_prefix="LW",
    )
    sheets = [
        Sheet(
            "police",
            "police",
            POLICE,
            "Police_Chronology_Lawson.xlsx",
            "Sheet1",
            "narrative",
            "slash_time",
            1.0,
            2,
            ("PC Rhian Hale", "DS Mark Tully", "PC Ola Bankole", "PS Gemma Rudd"),
        ),
        Sheet(
            "csc",
            "csc",
            CSC,
            "CSC_IMR_chronology.xlsx",
            "Chronology",
            "prose",
            "slash",
            0.25,
            3,
            ("Sophie Marsh", "Daniel Osei", "Amira Haddad"),
        ),
        Sheet(
            "school:Jordan",
            "school",
            EDUCATION,
            "Hillcrest_Academy.xlsx",
            "Jordan",
            "cpoms",
            "iso",
            0.5,
            2,
            ("Mr Devlin (DSL)", "Ms Okafor (pastoral)", "Mrs Lowe (attendance)"),
            "Jordan",
        ),
        Sheet(
            "school:Lily",
            "school",
            EDUCATION,
            "St_Annes_Primary.xlsx",
            "Lily",
            "first",
            "slash",
            0.3,
            2,
            ("Mrs Hughes (DSL)", "Miss Patel"),
            "Lily",
        ),
        Sheet(
            "camhs",
            "camhs",
            HEALTH,
            "Health_Chronology.xlsx",
            "CAMHS",
            "a",
            "mon",
            0.4,
            2,
            ("Dr Ferreira", "Nurse Kate Lamb"),
            "Jordan",
        ),
        Sheet(
            "amh",
            "amh",
            HEALTH,
            "Health_Chronology.xlsx",
            "Adult Mental Health",
            "a",
            "mon",
            0.3,
            2,
            ("CPN Alan Reid", "Dr Mensah"),
            "Kirsty",
        ),
        Sheet(
            "ed",
            "ed",
            HEALTH,
            "Health_Chronology.xlsx",
            "ED",
            "a",
            "mon",
            1.0,
            2,
            ("Dr O Tanaka", "RN Bev Slater", "Paeds liaison C Hart"),
        ),
        Sheet(
            "gp",
            "gp",
            GP,
            "GP_Riverside_Surgery.xlsx",
            "Sheet1",
            "prose",
            "slash",
            0.0,
            2,
            ("IMR author",),
        ),
        Sheet(
            "sms",
            "sms",
            SMS,
            "Drug_and_Alcohol_Service.xlsx",
            "Dean",
            "a",
            "slash",
            0.4,
            2,
            ("Sean Byrne", "Nina Roy"),
            "Dean",
        ),
        Sheet(
            "housing",
            "housing",
            HOUSING,
            "Housing_chronology.csv",
            "",
            "a",
            "slash_time",
            0.3,
            2,
            ("Ruth Gale", "Income team"),
        ),
    ]
    c = _Case("lawson", 210104, fam, sheets, _d(2021, 1, 4), _d(2022, 12, 20))
    r = c.rng
    end = c.end
    c.series("police", c.start, end, (20, 60), weekdays=False)
    c.series("csc", c.start, _d(2022, 2, 24), (4, 10))
    c.series("csc", _d(2022, 2, 25), end, (2, 6))
    c.series("school:Jordan", c.start, end, (1, 4), school=True)
    c.series("school:Lily", c.start, end, (2, 6), school=True)
    c.series("camhs", _d(2021, 2, 15), end, (7, 16))
    c.series("amh", c.start, end, (8, 20))
    c.series("ed", c.start, end, (80, 160), weekdays=False)
    c.series("gp", c.start, end, (10, 28))
    c.series("sms", c.start, end, (6, 15))
    c.series("housing", c.start, end, (12, 30))
    cin_days = [
        _d(2021, 1, 19),
        _d(2021, 3, 2),
        _d(2021, 6, 29),
        _d(2021, 8, 10),
        _d(2021, 9, 21),
        _d(2021, 11, 2),
        _d(2021, 12, 14),
        _d(2022, 2, 1),
    ]
    for day in cin_days:
        c.meeting(
            "cin",
            day,
            r.choice([_t(10), _t(13), _t(15, 30), None]),
            [
                k
                for k in ["csc", "school:Jordan", "school:Lily", "camhs", "amh", "sms", "gp"]
                if r.random() < 0.75 or k == "csc"
            ],
            decision=r.choice([0, 0, 2]),
        )
    c.da_incident(_d(2021, 2, 20), _t(23, 50), risk="standard", act=5)
    for day, time, hours, place in [
        (_d(2021, 3, 12), _t(22, 15), 5, "the retail park"),
        (_d(2021, 5, 1), _t(21, 0), 3, "a flat on Kestrel Road"),
        (_d(2021, 5, 2), _t(23, 30), 4, "a flat on Kestrel Road"),
        (_d(2021, 6, 18), _t(20, 40), 6, "the canal towpath"),
        (_d(2021, 9, 10), _t(19, 55), 3, "the bus station"),
        (_d(2021, 11, 26), _t(22, 5), 7, "an address in Northgate"),
        (_d(2022, 1, 14), _t(21, 30), 4, "the retail park"),
        (_d(2022, 2, 27), _t(18, 45), 5, "a car park behind the Co-op"),
        (_d(2022, 3, 5), _t(23, 10), 3, "the bus station"),
    ]:
        c.missing(day, time, "Jordan", hours, place)
    c.meeting(
        "cin",
        _d(2021, 5, 4),
        _t(10, 0),
        ["csc", "school:Jordan", "school:Lily", "amh", "sms"],
        decision=2,
    )
    c.meeting(
        "strategy",
        _d(2021, 5, 4),
        _t(14, 0),
        ["csc", "police", "school:Jordan", "camhs"],
        decision=1,
        mode="teams",
    )
    c.joint(_d(2021, 5, 6), _t(16, 0), "csc", "police", "s47")
    c.meeting(
        "professionals",
        _d(2021, 6, 22),
        _t(11, 0),
        ["csc", "school:Jordan", "camhs", "police", "sms"],
        decision=0,
    )
    c.call(_d(2021, 7, 7), _t(11, 20), "amh", "csc", "mh_relapse")
    c.joint(_d(2021, 7, 9), _t(14, 0), "csc", "amh", "mh", noise=("amh", "swap"))
    c.da_incident(_d(2021, 8, 14), _t(1, 10))
    c.call(_d(2021, 9, 14), _t(13, 0), "housing", "csc", "housing_ta")
    c.joint(_d(2021, 9, 21), _t(11, 0), "csc", "housing", "housing")
    c.call(_d(2021, 9, 28), _t(16, 10), "camhs", "csc", "camhs_risk")
    # Jordan's overdose
    od = c.occ("ed_overdose")
    c.add(
        "ed",
        od,
        _d(2021, 10, 8),
        "Arr 18:40 BIBA. Jordan 14y M. PC: intentional OD ~20x "
        "paracetamol 4h prior. Level above treatment line - NAC started. CP-IS: open CIN. "
        "Admitted paeds. Sfg referral to EDT.",
        time=_t(18, 40),
        etype="ED attendance",
        ref="ED55102",
    )
    ring = c.occ("call_ed_referral")
    c.add(
        "ed",
        ring,
        _d(2021, 10, 8),
        "Paeds liaison TC to EDT SW - Jordan admitted after OD; "
        "mother present, father not contactable.",
        time=_t(21, 15),
        etype="Telephone",
    )
    c.add(
        "csc",
        ring,
        _d(2021, 10, 8),
        "The emergency duty team received a call from the hospital "
        "to say that Jordan had been admitted after an overdose.",
        time=_t(21, 20),
        etype="EDT",
    )
    c.add(
        "camhs",
        c.occ("camhs_ward"),
        _d(2021, 10, 9),
        "Urgent CAMHS assessment on paeds ward. "
        "Jordan: intent to die at the time, now regrets. Risk high. Safety plan drafted.",
        time=_t(11, 30),
        etype="Assessment",
    )
    c.meeting(
        "discharge",
        _d(2021, 10, 11),
        _t(11, 0),
        ["ed", "camhs", "csc", "school:Jordan", "gp"],
        decision=2,
        children=["Jordan"],
    )
    c.meeting(
        "strategy",
        _d(2021, 10, 11),
        _t(15, 0),
        ["csc", "police", "camhs", "school:Jordan"],
        decision=2,
        children=["Jordan"],
    )
    c.meeting(
        "discharge",
        _d(2021, 10, 13),
        _t(10, 0),
        ["ed", "camhs", "csc"],
        decision=1,
        children=["Jordan"],
    )
    c.joint(
        _d(2021, 11, 10),
        _t(13, 30),
        "camhs",
        "school:Jordan",
        "camhs_school",
        noise=("school:Jordan", "swap"),
    )
    c.joint(_d(2021, 11, 17), _t(13, 30), "camhs", "school:Jordan", "camhs_school")
    c.call(_d(2021, 11, 30), _t(9, 40), "school:Lily", "csc", "attendance")
    c.da_incident(_d(2021, 12, 24), _t(22, 40))
    c.call(_d(2022, 1, 18), _t(12, 0), "sms", "csc", "drug_test", noise=("sms", "minus1"))
    c.same_day_visits(_d(2022, 1, 25), ["csc", "amh", "sms"])
    # Kirsty's crisis, then child protection
    crisis = c.occ("s136")
    c.add(
        "police",
        crisis,
        _d(2022, 2, 24),
        "Police were called to the footbridge over the bypass "
        "where a woman, later identified as Kirsty Lawson, was in distress. She was detained under "
        "section 136 and taken to the place of safety at the hospital.",
        time=_t(16, 35),
        etype="Mental health",
        ref="22-0098",
    )
    c.add(
        "csc",
        crisis,
        _d(2022, 2, 24),
        "Police informed the MASH that Kirsty had been detained "
        "under section 136 after being found on the footbridge.",
        time=None,
        etype="Police notification",
    )
    c.add(
        "ed",
        c.occ("ed_136"),
        _d(2022, 2, 24),
        "Arr 17:20 with police (s136). Kirsty Lawson 38F. Medically fit. MHA assessment requested.",
        time=_t(17, 20),
        etype="ED attendance",
    )
    c.add(
        "amh",
        c.occ("mha_assessment"),
        _d(2022, 2, 24),
        "MHA assessment at place of safety: detained s2, admitted to Willow ward.",
        time=_t(22, 0),
        etype="MHA",
    )
    c.meeting(
        "strategy",
        _d(2022, 2, 25),
        _t(10, 0),
        ["csc", "police", "school:Lily", "school:Jordan", "amh", "gp"],
        decision=4,
    )
    c.meeting(
        "icpc",
        _d(2022, 3, 15),
        _t(10, 0),
        ["csc", "police", "school:Lily", "school:Jordan", "amh", "camhs", "sms", "gp"],
        decision=0,
    )
    c.meeting(
        "core_group",
        _d(2022, 3, 15),
        _t(11, 45),
        ["csc", "school:Lily", "school:Jordan", "amh", "sms"],
        decision=0,
    )
    c.call(
        _d(2022, 3, 16),
        _t(9, 0),
        "csc",
        "school:Jordan",
        "update",
        noise=("school:Jordan", "plus1"),
    )
    c.add(
        "csc",
        c.occ("s20"),
        _d(2022, 4, 8),
        "Jordan became looked after under section 20 with "
        "Kirsty's agreement and moved to foster carers.",
        etype="Looked after",
    )
    for day in (
        _d(2022, 4, 12),
        _d(2022, 5, 24),
        _d(2022, 7, 5),
        _d(2022, 8, 30),
        _d(2022, 10, 11),
        _d(2022, 11, 22),
    ):
        c.meeting(
            "core_group",
            day,
            r.choice([_t(10), _t(14), None]),
            ["csc", "school:Lily", "amh", "sms", "gp"] if day.month != 8 else ["csc", "amh", "sms"],
        )
    c.meeting(
        "lac_review",
        _d(2022, 5, 5),
        _t(10, 0),
        ["csc", "school:Jordan", "camhs"],
        decision=1,
        children=["Jordan"],
        noise=("camhs", "month"),
    )
    c.da_incident(_d(2022, 5, 2), _t(20, 15))
    c.add(
        "housing",
        c.occ("possession"),
        _d(2022, 5, 17),
        "Possession hearing - outright order granted, 28 days.",
        etype="Legal",
    )
    c.meeting(
        "rcpc",
        _d(2022, 6, 14),
        _t(10, 0),
        ["csc", "police", "school:Lily", "amh", "sms", "gp"],
        decision=0,
        children=["Lily"],
    )
    c.meeting(
        "professionals",
        _d(2022, 6, 14),
        _t(14, 0),
        ["csc", "school:Lily", "housing", "amh"],
        decision=2,
    )
    c.call(_d(2022, 7, 6), _t(10, 30), "housing", "csc", "housing_ta")
    c.add(
        "housing",
        c.occ("eviction"),
        _d(2022, 7, 12),
        "Eviction carried out by bailiffs. Family placed in TA (Brook House, room 4).",
        time=_t(10, 0),
        etype="Homelessness",
    )
    c.call_back(_d(2022, 9, 20), "school:Lily", "csc", "disclosure")
    c.meeting(
        "lac_review",
        _d(2022, 10, 20),
        _t(10, 0),
        ["csc", "school:Jordan", "camhs"],
        decision=0,
        children=["Jordan"],
    )
    c.meeting(
        "rcpc",
        _d(2022, 12, 6),
        _t(10, 0),
        ["csc", "police", "school:Lily", "amh", "sms", "gp"],
        decision=1,
        children=["Lily"],
    )
    for day in (_d(2021, 6, 3), _d(2022, 8, 10)):
        c.attempts("csc", day, 3)
    c.attempts("school:Lily", _d(2021, 10, 19))
    for day in (_d(2021, 4, 13), _d(2021, 12, 7), _d(2022, 6, 28)):
        c.gp_pair(day)
    c.typed_twice(0.03)
    return c.finish()


# -- case 3: neglect, drugs, housing, PLO and care proceedings over four years ----------------


def _case_whitfield() -> HeldoutCase:
    fam = Family(
        mum="Jade",
        mum_surname="Whitfield",
        partner="Connor",
        partner_surname="Price",
        partner_role="partner",
        kids=[
            ("Mason", _d(2014, 7, 30), "he"),
            ("Evie", _d(2017, 12, 11), "she"),
            ("Harley", _d(2019, 10, 28), "he"),
        ],
        address="Flat 3, 22 Quarry Street",
        mgm="Lorraine",
        school="Oakfield Primary",
        surgery="Quarry Lane Practice",
        sws=[
            (_d(2018, 6, 1), "Megan Shaw"),
            (_d(2019, 9, 2), "Kofi Mensah"),
            (_d(2021, 2, 1), "Beth Rowlands"),
        ],
        chairs=["Andrew Lyons (CP chair)", "Sara Whitcombe (IRO)"],
        ref_prefix="WF",
    )
    sheets = [
        Sheet(
            "police",
            "police",
            POLICE,
            "Police_IMR_Whitfield.xlsx",
            "Incidents",
            "storm",
            "slash_time",
            1.0,
            3,
            ("PC 1187 Ross", "PC 3320 Oduya", "DS Fiona Kerr", "PC 905 Lamb"),
        ),
        Sheet(
            "csc",
            "csc",
            CSC,
            "CSC_chronology_Whitfield.xlsx",
            "Chronology",
            "notes",
            "slash",
            0.35,
            2,
            ("Megan Shaw", "Kofi Mensah", "Beth Rowlands"),
        ),
        Sheet(
            "hv",
            "hv",
            HEALTH,
            "Community_Health_chronology.xlsx",
            "HV",
            "a",
            "dot",
            0.4,
            2,
            ("Nicola Burns", "Amy Cole", "Jess Ward"),
        ),
        Sheet(
            "ed",
            "ed",
            HEALTH,
            "Acute_Trust_ED.xlsx",
            "ED",
            "a",
            "mon",
            1.0,
            2,
            ("Dr J Quinn", "RN T Bell"),
        ),
        Sheet(
            "gp",
            "gp",
            GP,
            "Quarry_Lane_Practice.csv",
            "",
            "clinical",
            "short",
            0.8,
            2,
            ("Dr Morton", "Dr Iqbal", "PN Lewis"),
        ),
        Sheet(
            "school:Mason",
            "school",
            EDUCATION,
            "Oakfield_Primary.xlsx",
            "Mason",
            "first",
            "slash",
            0.3,
            2,
            ("Mr Price-Jones (DSL)", "Mrs Evans", "Miss Doyle"),
            "Mason",
        ),
        Sheet(
            "school:Evie",
            "school",
            EDUCATION,
            "Oakfield_Primary.xlsx",
            "Evie",
            "cpoms",
            "slash",
            0.3,
            2,
            ("Mr Price-Jones (DSL)", "Mrs Amin (EYFS)"),
            "Evie",
        ),
        Sheet(
            "housing",
            "housing",
            HOUSING,
            "Housing_Whitfield.xlsx",
            "Contacts",
            "a",
            "slash_time",
            0.4,
            2,
            ("Dev Patel", "TA team"),
        ),
        Sheet(
            "probation",
            "probation",
            PROBATION,
            "Probation_chronology.xlsx",
            "Connor Price",
            "a",
            "slash",
            0.3,
            3,
            ("Lucy Hart", "Steve Rix"),
            "Connor",
        ),
        Sheet(
            "sms",
            "sms",
            SMS,
            "Drug_Alcohol_Service.xlsx",
            "Jade",
            "a",
            "dot",
            0.3,
            2,
            ("Amy Lowe",),
            "Jade",
        ),
        Sheet(
            "idva",
            "idva",
            DAS,
            "DA_Service_chronology.xlsx",
            "Sheet1",
            "a",
            "slash",
            0.5,
            2,
            ("Chloe Grant", "Marcia Bell"),
        ),
    ]
    c = _Case("whitfield", 180601, fam, sheets, _d(2018, 6, 1), _d(2022, 5, 31))
    r = c.rng
    end = c.end
    c.series("police", c.start, end, (30, 80), weekdays=False)
    c.series("csc", c.start, _d(2019, 3, 6), (6, 14))
    c.series("csc", _d(2019, 3, 7), end, (4, 10))
    c.series("hv", c.start, end, (16, 40))
    c.series("ed", c.start, end, (100, 220), weekdays=False)
    c.series("gp", c.start, end, (12, 30))
    c.series("school:Mason", c.start, end, (2, 7), school=True)
    c.series("school:Evie", _d(2020, 9, 3), end, (2, 7), school=True)
    c.series("housing", c.start, end, (18, 45))
    c.series("probation", c.start, _d(2021, 6, 30), (7, 21))
    c.series("sms", _d(2018, 9, 1), end, (8, 20))
    c.series("idva", _d(2019, 1, 28), _d(2019, 7, 31), (7, 16))
    c.series("idva", _d(2020, 11, 30), _d(2021, 5, 31), (7, 16))
    for day in (_d(2018, 7, 10), _d(2018, 9, 18), _d(2018, 11, 20), _d(2019, 1, 22)):
        c.meeting(
            "cin",
            day,
            r.choice([_t(10), _t(13, 30), None]),
            ["csc", "hv", "school:Mason", "gp", "sms"],
            decision=r.choice([0, 0, 2]),
        )
    c.da_incident(_d(2018, 8, 4), _t(0, 40), risk="standard")
    c.da_incident(_d(2018, 10, 13), _t(22, 20))
    c.da_incident(_d(2018, 12, 25), _t(19, 5))
    c.da_incident(_d(2019, 1, 26), _t(23, 55), risk="high", act=3, injury=2)
    c.call(_d(2019, 1, 28), _t(10, 5), "school:Mason", "csc", "disclosure")
    c.meeting(
        "marac",
        _d(2019, 2, 14),
        _t(9, 30),
        ["police", "idva", "csc", "hv", "probation", "housing"],
        decision=0,
    )
    c.meeting(
        "strategy",
        _d(2019, 2, 14),
        _t(14, 0),
        ["csc", "police", "hv", "school:Mason", "gp"],
        decision=0,
    )
    c.joint(_d(2019, 2, 15), _t(11, 0), "csc", "police", "s47")
    c.joint(_d(2019, 2, 18), _t(10, 30), "csc", "school:Mason", "school")
    c.meeting(
        "icpc",
        _d(2019, 3, 7),
        _t(10, 0),
        ["csc", "police", "hv", "school:Mason", "gp", "probation", "sms", "idva", "housing"],
        decision=0,
    )
    c.meeting(
        "core_group", _d(2019, 3, 7), _t(12, 0), ["csc", "hv", "school:Mason", "sms"], decision=0
    )
    for day in _every(_d(2019, 4, 16), _d(2021, 10, 30), (35, 55), r):
        keys = ["csc", "hv", "school:Mason", "sms", "housing"]
        if day >= _d(2020, 9, 3):
            keys.append("school:Evie")
        c.meeting(
            "core_group",
            day,
            r.choice([_t(10), _t(13), _t(15, 30), None]),
            [k for k in keys if k == "csc" or r.random() < 0.7],
        )
    for day, dec in (
        (_d(2019, 6, 6), 0),
        (_d(2019, 12, 5), 0),
        (_d(2020, 6, 4), 0),
        (_d(2020, 12, 3), 0),
        (_d(2021, 6, 3), 2),
        (_d(2021, 12, 2), 1),
    ):
        keys = ["csc", "police", "hv", "school:Mason", "gp", "probation", "sms", "housing"]
        if day >= _d(2020, 9, 3):
            keys.append("school:Evie")
        c.meeting(
            "rcpc",
            day,
            _t(10, 0),
            [k for k in keys if k in ("csc", "police") or r.random() < 0.8],
            decision=dec,
        )
    c.joint(_d(2019, 5, 21), _t(10, 0), "probation", "police", "iom")
    c.joint(_d(2019, 9, 17), _t(14, 0), "csc", "housing", "housing")
    c.attempts("school:Mason", _d(2019, 11, 4))
    c.joint(_d(2019, 11, 5), _t(10, 30), "csc", "hv", "home", noise=("hv", "swap"))
    c.add(
        "hv",
        c.occ("nbv"),
        _d(2019, 11, 8),
        "NBV - Harley 11/7. Wt 3.28kg. FF. Jade tired, "
        "flat affect; EPDS 14. Connor present. Home cluttered, dog in bedroom. Plan: weekly "
        "contacts, SW informed.",
        time=_t(11, 0),
        etype="New birth visit",
    )
    c.joint(_d(2019, 11, 19), _t(14, 0), "csc", "hv", "home")
    c.same_day_visits(_d(2019, 12, 10), ["csc", "hv", "housing"])
    c.meeting(
        "professionals",
        _d(2020, 1, 14),
        _t(13, 0),
        ["csc", "hv", "school:Mason", "housing", "sms", "probation"],
        decision=1,
    )
    c.call(_d(2020, 2, 11), _t(15, 0), "hv", "csc", "missed_appts")
    c.call(_d(2020, 2, 26), _t(11, 30), "housing", "csc", "housing_ta")
    c.add(
        "housing",
        c.occ("ta_move"),
        _d(2020, 3, 2),
        "Family moved into TA at 9 Beacon Court (2-bed). Licence signed.",
        time=_t(14, 0),
        etype="Homelessness",
    )
    c.da_incident(_d(2020, 4, 18), _t(1, 30), follow=False)
    c.da_incident(_d(2020, 4, 18), _t(3, 5))
    c.joint(_d(2020, 5, 12), _t(10, 0), "csc", "hv", "home")
    c.ed_child(_d(2020, 7, 3), _t(16, 40), "Harley")
    c.attempts("csc", _d(2020, 7, 14), 3)
    c.da_incident(_d(2020, 8, 29), _t(21, 40))
    c.joint(_d(2020, 9, 15), _t(11, 0), "probation", "police", "iom", noise=("police", "minus1"))
    c.call(_d(2020, 10, 20), _t(14, 30), "probation", "csc", "risk_update", noise=("csc", "plus1"))
    c.da_incident(_d(2020, 11, 28), _t(23, 15), risk="high", act=1)
    c.call(_d(2020, 12, 1), _t(10, 0), "idva", "csc", "safety")
    c.joint(_d(2020, 12, 3), _t(15, 0), "idva", "police", "idva_police")
    c.meeting(
        "marac",
        _d(2020, 12, 10),
        _t(9, 30),
        ["police", "idva", "csc", "hv", "housing", "probation"],
        decision=1,
    )
    c.same_day_visits(_d(2020, 12, 10), ["hv", "csc"])
    c.same_day_visits(_d(2021, 1, 12), ["hv", "csc", "sms", "probation"])
    c.call_back(_d(2021, 1, 19), "hv", "csc", "missed_appts")
    c.attempts("hv", _d(2021, 2, 9))
    c.da_incident(_d(2021, 3, 20), _t(22, 0))
    c.da_incident(_d(2021, 3, 21), _t(18, 30))
    c.call(_d(2021, 3, 23), _t(9, 15), "school:Mason", "csc", "attendance")
    c.ed_child(_d(2021, 4, 10), _t(12, 25), "Evie")
    c.joint(_d(2021, 4, 27), _t(10, 0), "csc", "sms", "sms")
    c.call(_d(2021, 5, 11), _t(16, 0), "sms", "csc", "drug_test", noise=("csc", "swap"))
    c.meeting("plo", _d(2021, 6, 15), _t(10, 0), ["csc", "idva", "sms"], decision=0)
    c.meeting(
        "professionals",
        _d(2021, 6, 15),
        _t(14, 0),
        ["csc", "hv", "school:Mason", "school:Evie", "sms", "probation", "housing"],
        decision=0,
    )
    c.meeting("plo", _d(2021, 8, 17), _t(10, 0), ["csc", "sms"], decision=2, noise=("sms", "month"))
    c.meeting("plo", _d(2021, 10, 5), _t(10, 0), ["csc", "sms", "idva"], decision=1)
    c.add(
        "csc",
        c.occ("ico"),
        _d(2021, 11, 9),
        "Court: interim care orders granted for Mason, Evie and "
        "Harley. Children placed with foster carers (Mason & Evie together; Harley separately).",
        etype="Court",
    )
    c.call(_d(2021, 12, 3), _t(11, 0), "csc", "school:Evie", "update")
    for day, dec in ((_d(2021, 12, 14), 1), (_d(2022, 3, 15), 0)):
        c.meeting(
            "lac_review", day, _t(10, 0), ["csc", "school:Mason", "school:Evie", "hv"], decision=dec
        )
    for day in (_d(2018, 9, 11), _d(2019, 4, 2), _d(2020, 1, 28), _d(2020, 10, 6), _d(2021, 7, 20)):
        c.gp_pair(day)
    c.typed_twice(0.02)
    return c.finish()


def heldout_cases() -> list[HeldoutCase]:
    """(case name, events, {file|sheet|row: occurrence id}, occurrence ids with date noise)."""
    return [_case_brennan(), _case_lawson(), _case_whitfield()]


def _summary() -> None:
    for name, events, truth, noise in heldout_cases():
        groups = Counter(truth.values())
        pairs = sum(n * (n - 1) // 2 for n in groups.values())
        agencies = Counter(e.agency for e in events)
        sheets = Counter(f"{e.source.file}|{e.source.sheet}" for e in events)
        span = f"{min(e.date for e in events)} to {max(e.date for e in events)}"
        multi = sum(1 for n in groups.values() if n > 1)
        print(
            f"{name}: {len(events)} events, {len(agencies)} agencies, {len(sheets)} sheets, "
            f"{span}; "
            f"{len(groups)} occurrences ({multi} recorded more than once), {pairs} true pairs, "
            f"{len(noise)} date-noise occurrences"
        )


if __name__ == "__main__":
    _summary()
