"""A second set of blind labelled cases for judging duplicate detection.

Four wholly fictional families, 149-181 chronology rows each, from 10 services over 1.3-2.3
years, unlike each other and unlike the first blind set (`blind_dedup_cases.py`): a teenager
exploited through county lines; a neglected toddler in a hoarded, disrepaired private let; a baby
with a head injury whose father is on probation; a disabled child whose parents withdrew him from
school to home-educate. Written blind: composed from the domain brief and the `Event` schema only,
without reading the duplicate rules, their settings, the linkage model or any other labelled case's
families, so nothing in the model can have been fitted to them (issue 12, "Generalisation
practice"). Kept apart from tuning: measure on them blind first.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one day out, or only the month given), or a life event was noted by one
service on the next day.

How the rows were labelled (the rule a careful reviewer would apply, used throughout; the same
rules as the first blind set):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN review, MARAC, MACE, TAF,
  discharge planning), in whatever words, with whatever time or none, and on a child's sheet
  at a school that keeps one sheet per child, is one occurrence.
- Both ends of one phone call (or one referral sent and received) are one occurrence. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  (PPN, VPA, missing notification) was received are DIFFERENT occurrences: the police row records
  the incident; the CSC row records CSC receiving and reading a report of it, later and by other
  people, even when it is the same day and quotes the police reference. The same goes for the
  MASH screening, the Operation Encompass call to a school, the hospital's notice of an ED
  attendance to the health visitor or GP, and a discharge letter: each is its own occurrence.
  A police incident attended by police and ambulance crews together is one occurrence; the
  emergency department attendance that follows is another.
- Life events (a birth, a house move or tenancy start, a school start, a GP registration, a
  permanent exclusion, an arrest, a charge, a court result, a recall to prison) recorded by two
  services on the same day, or by one of them the next day, are one occurrence when they name
  the same specifics (address, school, hospital, offence). An arrest and a charge on different
  days are two occurrences; so are two people's arrests on one morning, and each child's first
  day at school.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- Look-alikes kept apart: two different meetings on one day (an ICPC and the first core group
  after it, a MACE panel and a CIN review), repeat police call-outs or missing reports for one
  address or child on one day, the MASH screening after an incident, separate visits on one day,
  routine appointments for two family members in one surgery session, a GP report sent before a
  conference and the conference itself.

Everything is invented: people, workers, schools, surgeries, towns, addresses, postcodes and
reference numbers. Deterministic: one fixed seed per case (it only places the routine entries and
picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_2.py      # prints a summary of each case
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

# Tests load this file by its path: the kit beside it must be importable.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
MW = "Midwifery"
ED = "Emergency Department"
GP = "GP"
SCHOOL = "School"
NURSERY = "Nursery"
HOUSING = "Housing"
PROBATION = "Probation"
CAMHS = "CAMHS"
AMBULANCE = "Ambulance Service"
YJS = "Youth Justice Service"
EARLY_HELP = "Early Help"
ADULT_MH = "Adult Mental Health"
DRUGS = "Drug and Alcohol Service"
FIRE = "Fire and Rescue Service"
PAEDS = "Community Paediatrics"
EHE = "Elective Home Education Team"
SEND = "SEND Team"
SHORT_BREAKS = "Short Breaks Service"

# Written before the kit kept routine entries off bank holidays: this set's do not avoid them.
Family = partial(_Family, bank_holidays=())


# --------------------------------------------------------------------------------------------
# Case 1: the Walsby family, Sallowfield. A 15-year-old drawn into a county line to Cadderby Bay.
# Tracey Walsby (mother); Kieran Walsby (b. 14/06/2008); Ellie-Mae Walsby (b. 2012).
# 27 Tansley Rise, Sallowfield SF4 2QN; from 23/10/2023 Flat 6, Oriel Court, Wendle Road,
# Sallowfield SF2 7LD. Sallowfield Ridge Academy keeps one sheet per child.
# --------------------------------------------------------------------------------------------


def _walsby() -> BlindCase:
    f = Family(
        "walsby",
        2301,
        {
            "pol": Sheet(
                POLICE,
                "Sallowfield_Police_return.xlsx",
                "Chronology",
                (("2023-01-01", "DC Imogen Rowe"), ("2024-02-01", "DS Callum Friar")),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Walsby_chronology.xlsx",
                "Case notes",
                (("2023-01-01", "Farah Mistry"), ("2024-04-15", "Owen Pelling")),
            ),
            "sk": Sheet(
                SCHOOL,
                "Sallowfield_Ridge_Academy.xlsx",
                "Kieran W",
                (("2023-01-01", "Mrs B Okafor (DSL)"),),
            ),
            "se": Sheet(
                SCHOOL,
                "Sallowfield_Ridge_Academy.xlsx",
                "Ellie-Mae W",
                (("2023-01-01", "Mrs B Okafor (DSL)"),),
            ),
            "yjs": Sheet(
                YJS, "YJS_return_Walsby.xlsx", "Sheet1", (("2023-01-01", "Marcus Ogundipe"),)
            ),
            "camhs": Sheet(
                CAMHS,
                "CAMHS_Walsby.xlsx",
                "Chronology",
                (("2023-01-01", "Dr Saoirse Tennant"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "Sallowfield_General_ED.xlsx",
                "ED attendances",
                (("2023-01-01", "Safeguarding nurse K Adeyemi"),),
            ),
            "amb": Sheet(
                AMBULANCE, "Ambulance_Walsby.csv", "", (("2023-01-01", "Crew 4417"),), typed=False
            ),
            "gp": Sheet(
                GP,
                "Tanners_Lane_Surgery.xlsx",
                "Chronology",
                (("2023-01-01", "Dr Philippa Hallam"),),
            ),
            "eh": Sheet(
                EARLY_HELP,
                "Early_Help_Walsby.xlsx",
                "Chronology",
                (("2023-01-01", "Gina Laverick (EH worker)"),),
            ),
            "drug": Sheet(
                DRUGS,
                "Sallowfield_YP_Substance_Service.xlsx",
                "Contacts",
                (("2023-01-01", "Rhys Catterall"),),
            ),
        },
    )
    o = f.occ
    o(
        "2023-03-14",
        "taf-initial",
        R(
            "eh",
            "Initial TAF meeting held at Sallowfield Ridge - mum, DSL, EH worker. Concerns re "
            "K's attendance (71%), going out late, new older friends",
            "10:00",
            "TAF meeting",
            "Family plan agreed, review 6 wks",
        ),
        R(
            "sk",
            "Team Around the Family mtg in school with Mum (Tracey) and Early Help",
            "10:15",
            "Meeting",
        ),
        R(
            "se",
            "Attended TAF for brother Kieran - EM's attendance good, no concerns for EM",
            "",
            "Meeting",
        ),
    )
    o(
        "2023-04-03",
        "missing-1",
        R(
            "pol",
            "MISPER: Kieran WALSBY 14yrs not returned home, reported by mother at 23:10. "
            "Medium risk. Believed to be with older males",
            "23:10",
            "Missing person",
            ref="SP-23-040377",
        ),
    )
    o(
        "2023-04-04",
        "missing-1-notice",
        R(
            "csc",
            "Missing notification received from police re Kieran (SP-23-040377), passed to "
            "exploitation lead",
            "09:20",
            "Contact",
            ref="SP-23-040377",
        ),
    )
    o(
        "2023-04-05",
        "located-1",
        R(
            "pol",
            "Kieran located by BTP at Cadderby Bay rail station with £340 cash and two "
            "phones. Returned home by officers",
            "16:45",
            "Missing person - found",
            ref="SP-23-040377",
        ),
    )
    o(
        "2023-04-11",
        "rhi-1",
        R(
            "eh",
            "Return home interview - K would not say where he had been, said 'just with mates'",
            "15:30",
            "RHI",
        ),
    )
    o(
        "2023-04-20",
        "strat-1",
        R(
            "pol",
            "Strategy discussion - CCE concerns, K found Cadderby Bay w/ cash+phones",
            "11:00",
            "Strategy discussion",
            "S47 not met - single agency assessment, refer MACE",
        ),
        R(
            "csc",
            "Strategy meeting held via Teams. Police, school, EH, SW. Threshold for S47 not met "
            "at this time; C&F assessment to continue",
            "11:00",
            "Strategy meeting",
        ),
        R("sk", "DSL attended strat disc re Kieran (exploitation)", "11:05", "Meeting", shift="-1"),
        R("eh", "Strat meeting - EH worker gave update", "", "Meeting"),
    )
    o(
        "2023-05-09",
        "school-call",
        R(
            "sk",
            "DSL tel call to CSC duty - Kieran seen getting into grey Audi outside school gates "
            "at lunch with 2 older males",
            "12:40",
            "Phone call",
        ),
        R(
            "csc",
            "Contact from school DSL (Mrs Okafor) by telephone: K seen getting into a car with "
            "unknown older males at lunchtime",
            "12:55",
            "Contact",
        ),
    )
    o(
        "2023-05-09",
        "school-callback",
        R(
            "csc",
            "SW rang DSL back - K returned to school at 14:10, vehicle reg partial passed to "
            "police",
            "15:30",
            "Phone call",
        ),
        R(
            "sk",
            "Call back from SW Farah re K - confirmed he was back in lesson 5",
            "15:40",
            "Phone call",
        ),
    )
    o(
        "2023-05-22",
        "gp-consult",
        R(
            "gp",
            "Seen with mum. Low mood, poor sleep, smoking cannabis daily. Denies SH. Plan refer "
            "CAMHS",
            "09:40",
            "Consultation",
        ),
    )
    o(
        "2023-05-23",
        "camhs-referral",
        R("gp", "Referral letter to CAMHS sent (low mood, cannabis use)", "", "Referral"),
        R(
            "camhs",
            "Referral received from GP (Dr Hallam) - low mood, cannabis, possible "
            "exploitation. For triage",
            "",
            shift="+1",
        ),
    )
    o(
        "2023-05-30",
        "taf-review",
        R(
            "eh",
            "TAF review meeting - K not attending, mum worried, plan updated",
            "14:00",
            "TAF review",
        ),
        R("sk", "TAF review held at school", "14:00", "Meeting"),
        R(
            "se",
            "TAF review (for sibling K) - Mum attended, EM doing well",
            "",
            "Meeting",
            shift="month",
        ),
    )
    o(
        "2023-06-06",
        "missing-2",
        R(
            "pol",
            "Mother reports Kieran missing again - last seen 16:00 leaving school",
            "21:05",
            "Missing person",
            ref="SP-23-061190",
        ),
    )
    o(
        "2023-06-07",
        "arrest-cadderby",
        R(
            "pol",
            "Kieran WALSBY arrested 14 Gorse Walk, Cadderby Bay (cuckooed address) - PWITS "
            "Class A, 12 wraps crack cocaine. Appropriate adult requested",
            "14:20",
            "Arrest",
            ref="SP-23-061190",
        ),
        R(
            "yjs",
            "K arrested in Cadderby Bay (flat on Gorse Walk) - possession w/ intent to supply "
            "class A (crack). Released under investigation",
            "",
            "Arrest",
            shift="late",
        ),
    )
    o(
        "2023-06-07",
        "arrest-notice",
        R(
            "csc",
            "PPN received: Kieran arrested in Cadderby Bay PWITS class A; was missing since "
            "last night",
            "17:30",
            "Police notification",
            ref="SP-23-061190",
        ),
    )
    o(
        "2023-06-08",
        "nrm",
        R(
            "csc",
            "NRM referral submitted (CSC as first responder) - child criminal exploitation",
            "",
            "NRM",
        ),
    )
    o(
        "2023-06-12",
        "strat-2",
        R(
            "pol",
            "Strat meeting - Kieran, CCE. NRM submitted by LA. S47 agreed",
            "09:30",
            "Strategy meeting",
        ),
        R(
            "csc",
            "S47 strategy discussion held by phone (police, YJS, school, health). Outcome: "
            "Section 47 enquiry, joint visit today",
            "09:30",
            "Strategy discussion",
            "S47 initiated",
        ),
        R("yjs", "Attended strategy mtg re K", "", "Meeting"),
        R("sk", "DSL joined strategy meeting by phone 9.45", "09:45", "Meeting"),
    )
    o(
        "2023-06-12",
        "s47-joint-visit",
        R(
            "csc",
            "Joint S47 visit with PC Darby to 27 Tansley Rise. Seen K alone in his room, "
            "denies being forced, scared",
            "14:00",
            "S47 visit",
        ),
        R("pol", "Joint visit w/ SW Farah Mistry, S47, Kieran seen", "14:10", "Visit"),
    )
    o(
        "2023-06-12",
        "eh-visit",
        R(
            "eh",
            "EH home visit to Mum - emotional support, Mum tearful, told about S47",
            "16:30",
            "Home visit",
        ),
    )
    o(
        "2023-06-13",
        "s47-typed-twice",
        R("csc", "Case transferred to Exploitation & Missing team", "", "Case note"),
        R("csc", "Case transfered to Exploitation and Missing team", "", "Case note"),
    )
    o(
        "2023-06-29",
        "cfa",
        R("csc", "C&F assessment completed - recommendation ICPC", "", "Assessment"),
    )
    o(
        "2023-07-03",
        "gp-report-icpc",
        R("gp", "GP report for ICPC completed and emailed to CP conference unit", "", "Report"),
    )
    o(
        "2023-07-05",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference. Kieran made subject of CP plan - physical "
            "abuse (extra-familial risk)",
            "10:00",
            "ICPC",
            "CP plan",
        ),
        R("pol", "ICPC attended by DC Rowe - CP plan", "10:00", "Conference"),
        R("sk", "Initial case conference - K now on a Child Protection Plan", "", "Meeting"),
        R("yjs", "ICPC - attended. CP plan (physical abuse)", "10:05", "Meeting"),
        R(
            "camhs",
            "Attended initial CP conference re Kieran; CAMHS report shared",
            "",
            shift="month",
        ),
    )
    o(
        "2023-07-05",
        "cg-1",
        R("csc", "First core group following ICPC - plan agreed, dates set", "12:15", "Core group"),
        R("sk", "CGM straight after conf - school to do daily check in", "12:30", "Meeting"),
        R("yjs", "1st core group", "12:20", "Meeting"),
    )
    o(
        "2023-07-19",
        "charge",
        R(
            "pol",
            "Kieran charged - PWITS Class A (Cadderby Bay 07/06). Bailed to Cadderby Youth "
            "Court 09/08/23",
            "18:10",
            "Charge",
            ref="SP-23-061190",
        ),
        R(
            "yjs",
            "K charged with PWITS (class A). First appearance Cadderby YC 9/8/23",
            "",
            "Charge",
        ),
    )
    o(
        "2023-08-02",
        "cg-2",
        R("csc", "Core group meeting 2", "15:00", "Core group"),
        R("sk", "CGM - attended by DSL", "15:00", "Meeting", shift="swap"),
        R("yjs", "core group, K did not attend", "", "Meeting"),
        R("drug", "Attended core group for K (invited by SW)", "15:10", "Meeting"),
    )
    o(
        "2023-08-09",
        "court",
        R(
            "yjs",
            "Cadderby Youth Court - guilty plea, 9 month Referral Order",
            "",
            "Court",
            "Referral Order 9m",
        ),
        R(
            "pol",
            "Court result: Kieran WALSBY - Referral Order 9 months (PWITS Class A)",
            "",
            "Court result",
            ref="SP-23-061190",
        ),
    )
    o(
        "2023-08-15",
        "drug-referral",
        R(
            "yjs",
            "Referral made to YP substance service (Sallowfield) for cannabis use",
            "11:20",
            "Referral",
        ),
        R(
            "drug",
            "Referral rec'd from YJS case manager Marcus O. - daily cannabis, some ketamine",
            "11:45",
            "Referral",
        ),
    )
    o(
        "2023-08-21",
        "missing-3",
        R(
            "pol",
            "Mother reported K missing at 02:15, not returned from town",
            "02:15",
            "Missing person",
            ref="SP-23-082114",
        ),
    )
    o(
        "2023-08-21",
        "missing-3-return",
        R(
            "pol",
            "Kieran returned home 06:40 of own accord; prevention interview completed by PCSO",
            "06:40",
            "Missing person - returned",
            ref="SP-23-082114",
        ),
    )
    o(
        "2023-08-24",
        "drug-assessment",
        R(
            "drug",
            "Initial assessment completed with K at YJS office. Agreed 6 sessions",
            "13:00",
            "Assessment",
        ),
    )
    o(
        "2023-09-02",
        "stabbing",
        R(
            "pol",
            "Reports of youth stabbed Holloway Park, Sallowfield. Officers attended with "
            "ambulance. Victim Kieran WALSBY, wound to L thigh. Suspects made off",
            "23:40",
            "Incident",
            ref="SP-23-090288",
        ),
        R(
            "amb",
            "Called to Holloway Park Sallowfield, male 15yrs stab wound left thigh, police on "
            "scene. Conveyed to Sallowfield General",
            "23:48",
        ),
    )
    o(
        "2023-09-03",
        "ed-attendance",
        R(
            "ed",
            "Kieran Walsby (15) BIBA - stab wound L thigh, explored, sutured. Reluctant to "
            "engage. Safeguarding referral",
            "00:31",
            "ED attendance",
        ),
    )
    o(
        "2023-09-03",
        "ed-notice",
        R(
            "csc",
            "Notification from hospital safeguarding team re K's ED attendance overnight (stab "
            "wound)",
            "10:05",
            "Contact",
        ),
    )
    o(
        "2023-09-04",
        "strat-3",
        R(
            "pol",
            "Strategy meeting post stabbing - risk of reprisals, K not to return to Holloway area",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "csc",
            "Strategy discussion (Teams) - K victim of stabbing 02/09. Continue S47; explore "
            "emergency move",
            "10:00",
            "Strategy discussion",
        ),
        R("ed", "Safeguarding nurse joined strategy mtg by Teams re K", "10:10", "Meeting"),
        R("yjs", "strat mtg following K's injury", "", "Meeting", shift="-2"),
    )
    o(
        "2023-09-06",
        "ed-letter",
        R(
            "gp",
            "ED discharge letter received: stab wound L thigh, sutures, review practice nurse",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-09-11",
        "start-ap",
        R(
            "sk",
            "Kieran off roll - started at Larchway Learning Centre (AP) today, managed move",
            "",
            "School change",
        ),
        R("yjs", "K started at Larchway Learning Centre today (AP)", "", "Education"),
        R(
            "csc",
            "Kieran started at Larchway LC (alternative provision) yesterday",
            "",
            "Education",
            shift="late",
        ),
    )
    o(
        "2023-10-11",
        "mace",
        R(
            "pol",
            "MACE panel - K discussed, disruption plan for Cadderby line 'TOMMY'",
            "09:30",
            "MACE",
        ),
        R("csc", "MACE - Kieran heard at panel, actions for police & YJS", "09:30", "Meeting"),
        R("yjs", "Kieran discussed at MACE panel", "09:45", "Meeting"),
    )
    o(
        "2023-10-11",
        "rcpc-1",
        R(
            "csc",
            "Review child protection conference - CP plan continues",
            "14:00",
            "RCPC",
            "CP plan continues",
        ),
        R("yjs", "RCPC attended - plan stays", "14:00", "Meeting"),
        R("camhs", "Review conference: report sent & attended. K still not engaging", "14:15"),
        R("pol", "RCPC - DC Rowe attended", "", "Conference"),
    )
    o(
        "2023-10-23",
        "move",
        R(
            "csc",
            "Family moved to Flat 6 Oriel Court, Wendle Rd, Sallowfield SF2 7LD (emergency "
            "management transfer due to threats)",
            "",
            "House move",
        ),
        R("se", "New address noted for EM: 6 Oriel Court, Wendle Road SF2 7LD", "", "Admin"),
        R(
            "gp",
            "Change of address: Flat 6, Oriel Ct, Wendle Road, Sallowfield SF2 7LD - K and EM",
            "",
            "Registration",
            shift="late",
        ),
    )
    o(
        "2023-11-02",
        "intel-call",
        R(
            "pol",
            "PC Ahmed phoned YJS re intel K seen in Cadderby Bay again last w/e",
            "10:05",
            "Phone call",
        ),
        R(
            "yjs",
            "Call from police (PC Ahmed) - intel K back in Cadderby Bay at weekend",
            "10:20",
            "Phone call",
        ),
    )
    o(
        "2023-11-02",
        "yjs-home-visit",
        R("yjs", "Home visit - K in, discussed intel, he denies", "16:00", "Home visit"),
    )
    o(
        "2023-11-17",
        "missing-4",
        R(
            "pol",
            "MISPER - Kieran missing from Oriel Court, high risk",
            "22:30",
            "Missing person",
            ref="SP-23-111702",
        ),
        R(
            "pol",
            "MISPER - Kieran missing from Oriel Court, high risk.",
            "22:31",
            "Missing person",
            ref="SP-23-111702",
        ),
    )
    o(
        "2023-11-18",
        "missing-4-notice",
        R(
            "csc",
            "Missing notification (SP-23-111702) read - K missing since last night",
            "08:50",
            "Police notification",
        ),
    )
    o(
        "2023-11-19",
        "located-4",
        R(
            "pol",
            "K found by Cadderby officers in car with 2 adults, returned home",
            "03:20",
            "Missing person - found",
            ref="SP-23-111702",
        ),
    )
    o(
        "2023-12-05",
        "gp-em",
        R("gp", "Ellie-Mae - asthma review, inhaler technique ok", "10:10", "Consultation"),
    )
    o(
        "2023-12-05",
        "gp-k",
        R(
            "gp",
            "Kieran - wound check L thigh, healed. Discussed cannabis",
            "10:20",
            "Consultation",
        ),
    )
    o(
        "2024-01-16",
        "cg-3",
        R("csc", "Core Group", "10:30", "Core group"),
        R("yjs", "CG meeting - Larchway report good attendance", "", "Meeting"),
        R("drug", "Core group mtg - update given, K attended 4/6 sessions", "10:30", "Meeting"),
        R("eh", "Core grp - EH closing, step across to SW", "10:45", "Meeting"),
    )
    o(
        "2024-02-13",
        "ketamine",
        R(
            "amb",
            "Male 15 found collapsed Wendle Road bus shelter, ?ketamine, GCS 13. Conveyed",
            "19:55",
        ),
    )
    o(
        "2024-02-13",
        "ketamine-ed",
        R(
            "ed",
            "Attended by ambulance, ketamine intoxication, observed 4 hrs, home with mum",
            "20:40",
            "ED attendance",
        ),
    )
    o(
        "2024-02-15",
        "ed-gp-notice",
        R("gp", "A&E attendance notification - ketamine intoxication 13/02", "", "Correspondence"),
    )
    o(
        "2024-03-08",
        "arrest-2",
        R(
            "pol",
            "Kieran WALSBY arrested Sallowfield town centre - possession of bladed article "
            "(lock knife)",
            "15:50",
            "Arrest",
            ref="SP-24-030815",
        ),
        R("yjs", "K arrested in town for possession of a bladed article", "", "Arrest"),
    )
    o(
        "2024-03-09",
        "charge-2",
        R(
            "pol",
            "Charged: possession of bladed article in public place. Bail to Sallowfield YC",
            "11:15",
            "Charge",
            ref="SP-24-030815",
        ),
        R("yjs", "Charged - bladed article. Court 27/3", "", "Charge"),
    )
    o(
        "2024-03-08",
        "arrest-2-adult",
        R(
            "pol",
            "Male 19 (Jaydon ESSEX-PRICE) arrested same location, PWITS class A, linked to "
            "'TOMMY' line",
            "16:05",
            "Arrest",
            ref="SP-24-030816",
        ),
    )
    o(
        "2024-04-10",
        "rcpc-2",
        R("csc", "RCPC - plan ended, step down to Child in Need", "10:00", "RCPC", "CIN"),
        R("pol", "Review conf: CP plan ended, CIN", "10:00", "Conference"),
        R("yjs", "RCPC - CP ended, CIN plan", "", "Meeting"),
        R("camhs", "RCPC - attended via Teams", "10:05"),
    )
    o(
        "2024-05-22",
        "cin-1",
        R("csc", "CIN meeting", "13:00", "CIN review"),
        R("yjs", "CIN review mtg", "13:00", "Meeting"),
        R("drug", "Child in need meeting - K now weekly sessions", "13:00", "Meeting", shift="+1"),
    )
    o(
        "2024-06-19",
        "phone-mum-yjs",
        R("yjs", "Phoned mum re K's curfew breaches, no answer", "09:15", "Phone call"),
    )
    o(
        "2024-06-19",
        "phone-mum-yjs-2",
        R("yjs", "Second attempt to call Mum - spoke, K out since Saturday", "11:40", "Phone call"),
    )
    o(
        "2024-09-09",
        "college",
        R(
            "yjs",
            "K enrolled and started at Sallowfield College (Construction L1)",
            "",
            "Education",
        ),
        R("csc", "Kieran started Sallowfield College - construction course", "", "Education"),
    )
    f.fill(
        "pol",
        "2023-03-01",
        "2024-10-31",
        [
            ("Intel", "Intelligence report: K seen with known nominal in Sallowfield precinct"),
            ("Stop search", "K stop searched Wendle Rd, nothing found"),
            ("Intel", "Crimestoppers intel re address in Cadderby Bay"),
            ("Admin", "Vulnerability flag added to K's record"),
            ("Intel", "K seen on CCTV near Cadderby Bay station"),
            ("Stop search", "Stop search K, £120 cash found, no drugs"),
            ("Intel", "Anonymous intel - drug dealing from 27 Tansley Rise stairwell"),
            ("Admin", "CCE screening tool completed for K - high"),
            ("Intel", "ANPR hit grey Audi (linked to 'TOMMY' line) Sallowfield ring road"),
        ],
    )
    f.fill(
        "csc",
        "2023-03-01",
        "2024-10-31",
        [
            ("Home visit", "Home visit - K not in, Mum spoken to"),
            ("Home visit", "Home visit, saw K and EM. K quiet"),
            ("Supervision", "Case supervision with TM"),
            ("Direct work", "Direct work with K at McDonald's - 'trap house' discussion"),
            ("Home visit", "Unannounced HV - no answer"),
            ("Home visit", "Home visit - K seen alone"),
            ("Supervision", "Supervision - case discussed, plan reviewed"),
            ("Direct work", "Direct work with EM re her worries about her brother"),
            ("Home visit", "Statutory visit, K in bed, woke and spoke briefly"),
            ("Case note", "Management oversight recorded"),
            ("Home visit", "Home visit - Mum reports K staying out till 2am"),
            ("Direct work", "Direct work with K - safety plan, trusted adults"),
            ("Case note", "Chronology updated"),
        ],
    )
    f.fill(
        "sk",
        "2023-03-01",
        "2023-09-08",
        [
            ("Attendance", "Kieran absent - no contact from Mum"),
            ("Behaviour", "K removed from lesson, abusive to staff"),
            ("Attendance", "Attendance letter 1 sent home (68%)"),
            ("Behaviour", "Fixed term exclusion 2 days - vaping & threatening behaviour"),
            ("Pastoral", "Mentor session with K"),
            ("Attendance", "K truanted p4-p6, seen leaving site"),
            ("Pastoral", "Mentor session with K - talked about football"),
        ],
    )
    f.fill(
        "se",
        "2023-03-01",
        "2024-07-19",
        [
            ("Pastoral", "EM upset in tutor time, worried about brother"),
            ("Attendance", "EM late x3 this week"),
            ("Pastoral", "EM seen by school counsellor"),
            ("Achievement", "EM star of the week"),
            ("Attendance", "EM absent - ill (Mum phoned)"),
            ("Pastoral", "EM transition meeting for Y8 options"),
        ],
    )
    f.fill(
        "yjs",
        "2023-08-10",
        "2024-10-31",
        [
            ("Supervision", "Referral Order panel meeting - contract agreed"),
            ("Supervision", "Appointment with K at YJS office"),
            ("Supervision", "K DNA YJS appointment"),
            ("Supervision", "Session: consequential thinking work"),
            ("Supervision", "Reparation session - community garden"),
            ("Assessment", "AssetPlus completed - high risk of serious harm to self"),
            ("Supervision", "K attended appointment, 20 mins late"),
            ("Supervision", "Victim awareness session"),
            ("Supervision", "Appointment at Larchway with K"),
        ],
    )
    f.fill(
        "camhs",
        "2023-05-25",
        "2024-10-31",
        [
            ("", "Triage call with Mum - routine choice appt offered"),
            ("", "Choice appointment - K attended with Mum, low mood"),
            ("", "DNA - letter sent"),
            ("", "Partnership appt - K engaged better, sleep hygiene"),
            ("", "DNA second appointment"),
            ("", "Clinician discussed in MDT - offer outreach appt"),
        ],
    )
    f.fill(
        "gp",
        "2023-03-01",
        "2024-10-31",
        [
            ("Consultation", "Mum (Tracey) - anxiety, sertraline started"),
            ("Prescription", "Repeat salbutamol inhaler issued (EM)"),
            ("Admin", "Pre-appointment questionnaire returned (K) - incomplete"),
            ("Consultation", "Tel consult Mum - sleep poor, stress re son"),
            ("Prescription", "Mum - sertraline increased to 100mg"),
            ("Admin", "Letter from CAMHS filed"),
            ("Consultation", "EM - viral URTI, reassured"),
        ],
    )
    f.fill(
        "eh",
        "2023-03-01",
        "2024-01-10",
        [
            ("Home visit", "Home visit to Mum - parenting teenager work"),
            ("Phone call", "Tel call with Mum, K home at 10pm last night"),
            ("Group", "Mum attended 'Teen Triple P' session 2"),
            ("Home visit", "Home visit, K present, engaged briefly"),
            ("Phone call", "Tel call with Mum - arguments about curfew"),
            ("Home visit", "Home visit - family plan reviewed with Mum"),
        ],
    )
    f.fill(
        "drug",
        "2023-08-25",
        "2024-10-31",
        [
            ("Session", "1:1 session with K - cannabis harm reduction"),
            ("Session", "K DNA session"),
            ("Session", "Session 3 - K reports cutting down"),
            ("Session", "1:1 - ketamine awareness"),
            ("Session", "Session at Larchway - K engaged"),
        ],
    )
    f.fill(
        "ed",
        "2023-03-01",
        "2024-10-31",
        [
            ("ED attendance", "EM attended with wrist injury (trampoline), x-ray NAD"),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Pennock family, Wrexley Moor. A toddler neglected in a hoarded, disrepaired
# private let; a mother with depression; temporary accommodation, then a social tenancy.
# Gemma Pennock (mother); Darren Pennock (father); Alfie (b. 05/2016); Maisie (b. 17/08/2020).
# 41 Cobbold Terrace WM3 8HT; from 06/03/2023 Room 12, Harcourt House, Station Approach
# WM1 4BB; from 17/07/2023 9 Plover Close WM5 2RG. St Aldric's keeps one sheet per child.
# --------------------------------------------------------------------------------------------


def _pennock() -> BlindCase:
    f = Family(
        "pennock",
        4417,
        {
            "hv": Sheet(
                HV,
                "HV_Pennock.xlsx",
                "Chronology",
                (("2022-01-01", "Lorna Pike HV"), ("2023-05-02", "Abimbola Reyes HV")),
            ),
            "gp": Sheet(
                GP, "Linthorpe_Road_Surgery.xlsx", "Sheet1", (("2022-01-01", "Dr Tariq Anwar"),)
            ),
            "nur": Sheet(
                NURSERY,
                "Bramblegate_Day_Nursery.xlsx",
                "Maisie",
                (("2022-01-01", "Carys Dunmore (manager)"),),
                typed=False,
            ),
            "sa": Sheet(
                SCHOOL,
                "St_Aldrics_CE_Primary.xlsx",
                "Alfie P",
                (("2022-01-01", "Mr N Habibi (DSL)"),),
            ),
            "sm": Sheet(
                SCHOOL,
                "St_Aldrics_CE_Primary.xlsx",
                "Maisie P",
                (("2022-01-01", "Mr N Habibi (DSL)"),),
            ),
            "hou": Sheet(
                HOUSING,
                "Housing_PSH_and_Options.xlsx",
                "Pennock",
                (
                    ("2022-01-01", "Stuart Kellow (EHO)"),
                    ("2023-01-20", "Dionne Achterberg (Housing Options)"),
                ),
            ),
            "fire": Sheet(FIRE, "Fire_Rescue_Pennock.csv", "", (("2022-01-01", "WM Leanne Roe"),)),
            "csc": Sheet(
                CSC,
                "CSC_Pennock.xlsx",
                "Chronology",
                (
                    ("2022-01-01", "MASH"),
                    ("2022-06-01", "Hollie Braithwaite (EH)"),
                    ("2022-10-14", "Tomasz Wrobel SW"),
                ),
            ),
            "amh": Sheet(
                ADULT_MH,
                "CMHT_Gemma_Pennock.xlsx",
                "Contacts",
                (("2022-01-01", "Ruth Ellerby CPN"),),
                typed=False,
            ),
            "pol": Sheet(
                POLICE, "Police_Pennock.xlsx", "Incidents", (("2022-01-01", "PC Daniel Yeung"),)
            ),
            "ed": Sheet(
                ED,
                "Wrexley_General_ED.xlsx",
                "Attendances",
                (("2022-01-01", "Paediatric liaison nurse"),),
            ),
        },
    )
    o = f.occ
    o(
        "2022-02-15",
        "18m-review",
        R(
            "hv",
            "18 month review at home. Boxes & bags stacked in hallway and lounge, strong smell. "
            "Maisie not yet walking confidently, few words. Mum flat",
            "10:30",
            "Developmental review",
        ),
    )
    o(
        "2022-03-02",
        "hv-gp-call",
        R(
            "hv",
            "Tel call to GP (Dr Anwar) re Mum's low mood & home conditions",
            "11:30",
            "Liaison",
        ),
        R(
            "gp",
            "Telephone call from HV Lorna Pike - concerned about Gemma's mood and state of "
            "home. Will offer appt",
            "11:40",
            "Telephone",
        ),
    )
    o(
        "2022-03-09",
        "gp-gemma",
        R(
            "gp",
            "Gemma - low mood 6/12, poor sleep, not leaving house. PHQ9 19. Sertraline 50mg",
            "09:10",
            "Consultation",
        ),
    )
    o(
        "2022-03-10",
        "amh-referral",
        R(
            "gp",
            "Referral to Community Mental Health Team (Gemma) - moderate/severe depression",
            "",
            "Referral",
        ),
        R(
            "amh",
            "Referral received from GP re Gemma Pennock: depression, not leaving home",
            shift="+1",
        ),
    )
    o(
        "2022-04-04",
        "disrepair-request",
        R(
            "hou",
            "Service request from tenant - damp, black mould in children's bedroom, boiler "
            "broken since Jan. Landlord Fenwick Lettings not responding",
            "14:05",
            "Service request",
        ),
    )
    o(
        "2022-04-21",
        "hhsrs-joint",
        R(
            "hou",
            "HHSRS inspection 41 Cobbold Terrace with HV. Cat 1 hazards: damp & mould, excess "
            "cold. Significant accumulation of possessions (clutter rating 6)",
            "10:00",
            "Inspection",
        ),
        R(
            "hv",
            "Joint visit with EHO (housing) - mould in kids' room, no heating, hoarding in 2 "
            "rooms. Maisie in vest only, cold",
            "10:10",
            "Home visit",
        ),
    )
    o(
        "2022-04-22",
        "fire-referral",
        R(
            "hou",
            "Referral to Fire & Rescue for Safe and Well visit (hoarding, blocked exits)",
            "",
            "Referral",
        ),
        R(
            "fire",
            "Referral rec'd from Private Sector Housing - hoarding, escape routes blocked",
            shift="+1",
        ),
    )
    o(
        "2022-05-10",
        "safe-well",
        R(
            "fire",
            "Safe & Well visit: hallway & stairs obstructed, 2 smoke alarms fitted, clutter "
            "rating 7/9, escape plan discussed with parents",
            "13:30",
        ),
    )
    o(
        "2022-05-11",
        "fire-to-csc",
        R("fire", "Hoarding safeguarding referral sent to MASH (2 children in the home)", "09:00"),
        R(
            "csc",
            "Contact from Fire & Rescue: Safe & Well visit found hoarding, 2 yo and 5 yo in "
            "the home",
            "09:35",
            "Contact",
        ),
    )
    o(
        "2022-05-12",
        "mash-1",
        R(
            "csc",
            "MASH screening - threshold not met for CSC; step down to Early Help with consent",
            "11:20",
            "Screening",
            "Early Help",
        ),
    )
    o(
        "2022-06-06",
        "eha",
        R("csc", "Early Help assessment started, home visit to Mum and Dad", "10:00", "Assessment"),
    )
    o(
        "2022-06-28",
        "taf-1",
        R(
            "csc",
            "TAF meeting at family home - plan: clearance of 1 room, boiler chased",
            "13:30",
            "TAF",
        ),
        R("hv", "TAF - attended. Update given re Maisie's development", "13:30", "Meeting"),
        R("sa", "Team around the family mtg - attended by DSL", "13:45", "Meeting"),
        R("hou", "TAF (invited) - update on enforcement against landlord", "", "Meeting"),
    )
    o(
        "2022-07-05",
        "improvement-notice",
        R(
            "hou",
            "Improvement Notice served on Fenwick Lettings (s11 HA 2004) - damp, heating",
            "",
            "Enforcement",
        ),
    )
    o(
        "2022-08-14",
        "police-1",
        R(
            "pol",
            "Neighbour reports smell & rats from 41 Cobbold Terr, concern for kids. Officers "
            "attended, children asleep, house v cluttered",
            "20:30",
            "Concern for welfare",
            ref="WM-22-081433",
        ),
    )
    o(
        "2022-08-14",
        "police-2",
        R(
            "pol",
            "Further call - verbal argument between Gemma and Darren, Darren had been drinking. "
            "Left to stay with brother",
            "23:10",
            "Domestic",
            ref="WM-22-081470",
        ),
    )
    o(
        "2022-08-15",
        "ppn",
        R(
            "csc",
            "PPNs x2 received (WM-22-081433, WM-22-081470) - shared with EH worker",
            "10:40",
            "Police notification",
        ),
    )
    o(
        "2022-08-30",
        "2y-review",
        R(
            "hv",
            "2-2.5 yr review: ASQ concerns speech & gross motor. Severe nappy rash, dirty "
            "clothes, cot surrounded by bags",
            "14:00",
            "Developmental review",
        ),
    )
    o(
        "2022-09-05",
        "nursery-start",
        R("nur", "Maisie started at Bramblegate - 15 hrs funded 2yo place. Dad dropped off"),
        R(
            "hv",
            "Maisie started at Bramblegate Day Nursery (2yo funding)",
            "",
            "Note",
            shift="late",
        ),
    )
    o(
        "2022-09-26",
        "gp-alfie",
        R("gp", "Alfie - ear infection L, amoxicillin", "09:10", "Consultation"),
    )
    o(
        "2022-09-26",
        "gp-maisie",
        R(
            "gp",
            "Maisie - nappy rash, clotrimazole. Advised more frequent changes",
            "09:20",
            "Consultation",
        ),
    )
    o(
        "2022-10-13",
        "nursery-call",
        R(
            "nur",
            "Manager phoned MASH - Maisie in same clothes 3 days, strong smell, hungry, "
            "nappy rash bleeding",
            "09:50",
        ),
        R(
            "csc",
            "Contact: nursery manager phoned MASH - M unkempt, hungry, severe nappy rash",
            "10:05",
            "Contact",
        ),
    )
    o(
        "2022-10-13",
        "mash-2",
        R(
            "csc",
            "MASH screening decision: step up to CSC, C&F assessment (CIN team)",
            "15:00",
            "Screening",
        ),
    )
    o(
        "2022-10-13",
        "nursery-callback",
        R("csc", "Outcome fed back to nursery manager by phone", "16:30", "Phone call"),
        R("nur", "Call back from MASH SW with outcome - allocated to CIN team", "16:20"),
    )
    o(
        "2022-10-18",
        "hv-visit",
        R(
            "hv",
            "HV home visit - weighed Maisie 10.4kg (<2nd centile). Mum tearful",
            "09:45",
            "Home visit",
        ),
    )
    o(
        "2022-10-18",
        "sw-visit",
        R(
            "csc",
            "Home visit (assessment). Two rooms filled floor to ceiling, kitchen unusable, no "
            "cooker, dog faeces in hall; children sleep in parents' bed",
            "15:15",
            "Home visit",
        ),
    )
    o(
        "2022-11-07",
        "school-disclosure",
        R(
            "sa",
            "Alfie told TA there was 'no food at home', ate 2 breakfasts. DSL rang SW Tomasz",
            "10:20",
            "Disclosure",
        ),
        R(
            "csc",
            "Call from St Aldric's DSL (Mr Habibi): Alfie says no food at home",
            "10:25",
            "Contact",
        ),
    )
    o(
        "2022-11-08",
        "strat-1",
        R(
            "csc",
            "Strategy discussion (telephone) - neglect, both children. S47 joint",
            "11:00",
            "Strategy discussion",
            "S47",
        ),
        R("pol", "Strat disc re Pennock children - neglect", "11:00", "Strategy"),
        R("sa", "Strategy discussion - DSL contributed by phone", "11:15", "Meeting"),
        R(
            "hv",
            "S47 strategy discussion - HV shared growth & dev concerns",
            "",
            "Meeting",
            shift="swap",
        ),
    )
    o(
        "2022-11-09",
        "s47-visit",
        R(
            "pol",
            "Joint visit with SW (S47) 41 Cobbold Terr - poor conditions, dog mess, no food "
            "in fridge, children appear well",
            "16:00",
            "Visit",
            ref="WM-22-110901",
        ),
        R("csc", "S47 joint home visit with PC Yeung, children seen", "16:00", "S47 visit"),
    )
    o(
        "2022-11-10",
        "gp-report",
        R(
            "gp",
            "Report for child protection conference sent (Alfie and Maisie)",
            "",
            "Correspondence",
        ),
    )
    o(
        "2022-11-28",
        "icpc",
        R(
            "csc",
            "ICPC - Alfie & Maisie subject to CP plans, category neglect",
            "10:00",
            "ICPC",
            "CP plans (neglect)",
        ),
        R("hv", "Initial CP conf - both children on CP plans (neglect)", "10:00", "Meeting"),
        R("sa", "ICPC for Alfie and sister", "", "Meeting"),
        R("nur", "Attended initial child protection conference for Maisie", "10:00"),
        R("pol", "ICPC attended", "", "Conference", shift="+1"),
        R("hou", "Initial Child Protection Conference - housing update given", "10:10", "Meeting"),
    )
    o(
        "2022-12-05",
        "clearance",
        R(
            "hou",
            "Clearance of 41 Cobbold Terrace with family consent - 3 skips, contractors",
            "",
            "Clearance",
        ),
        R("csc", "House clearance done today (Housing arranged), 3 skips removed", "", "Support"),
    )
    o(
        "2022-12-13",
        "cg-1",
        R("csc", "Core group 1", "13:00", "Core group"),
        R("hv", "CGM - Maisie weight 10.6kg", "13:00", "Meeting"),
        R("nur", "Core group meeting at nursery", "13:05"),
        R("sa", "Core grp (Alfie)", "", "Meeting"),
    )
    o(
        "2022-12-20",
        "hv-typed-twice",
        R("hv", "Maisie weighed at clinic 10.9kg", "10:40", "Clinic"),
        R("hv", "Maisie weighed at clinic - 10.9 kg", "10:40", "Clinic"),
    )
    o(
        "2023-01-05",
        "s21",
        R(
            "hou",
            "Tenant reports s21 notice served by Fenwick Lettings (retaliatory?) - advice given",
            "",
            "Advice",
        ),
    )
    o(
        "2023-01-14",
        "ingestion-ed",
        R(
            "ed",
            "Maisie Pennock 2y5m brought by father - found chewing tablets (mother's sertraline "
            "50mg, ?2) from floor among clutter. Obs 6 hrs, well. Safeguarding referral",
            "19:20",
            "ED attendance",
        ),
    )
    o(
        "2023-01-16",
        "ed-to-csc",
        R(
            "csc",
            "Safeguarding referral from Wrexley General paediatric liaison re Maisie - "
            "tablet ingestion 14/01",
            "09:15",
            "Contact",
        ),
    )
    o(
        "2023-01-16",
        "ed-to-hv",
        R(
            "hv",
            "ED attendance notification received - possible sertraline ingestion 14/1",
            "11:00",
            "Notification",
        ),
    )
    o(
        "2023-01-17",
        "strat-2",
        R("csc", "Strategy meeting following Maisie's ingestion", "14:00", "Strategy meeting"),
        R("pol", "Strategy mtg - accidental ingestion, no crime", "14:00", "Strategy"),
        R("ed", "Liaison nurse joined strat discussion via Teams", "14:20", "Meeting"),
        R("hv", "Strat - attended by HV", "", "Meeting"),
    )
    o(
        "2023-01-18",
        "gp-ed-letter",
        R("gp", "ED letter rec'd - Maisie ?sertraline ingestion, discharged", "", "Correspondence"),
    )
    o(
        "2023-01-24",
        "cg-2",
        R("csc", "Core group", "13:00", "Core group"),
        R("nur", "CGM", "13:00"),
        R("hv", "Core group - meds now locked away per Mum", "13:10", "Meeting"),
        R("sa", "Core group mtg", "", "Meeting", shift="month"),
    )
    o(
        "2023-02-01",
        "homeless",
        R(
            "hou",
            "Homeless application taken (s21 expiring 06/03). Prevention duty accepted",
            "",
            "Housing options",
        ),
    )
    o(
        "2023-02-08",
        "joint-amh",
        R(
            "amh",
            "Joint home visit with SW Tomasz - Gemma more engaged, agreed to psychology waitlist",
            "11:00",
        ),
        R(
            "csc",
            "Joint visit with CPN Ruth Ellerby - Mum's mental health discussed",
            "11:00",
            "Home visit",
        ),
    )
    o(
        "2023-02-21",
        "rcpc-1",
        R("csc", "Review CP conference - plans continue (neglect)", "10:00", "RCPC"),
        R("hv", "RCPC - CP plans continue", "10:00", "Meeting"),
        R("nur", "Review case conference", ""),
        R("sa", "RCPC attended by DSL", "10:15", "Meeting"),
    )
    o(
        "2023-02-21",
        "hoarding-panel",
        R(
            "hou",
            "Multi-agency hoarding panel - Pennock case heard; TA to be sourced",
            "14:00",
            "Panel",
        ),
        R("fire", "Hoarding panel - Fire attended, re-visit on move", "14:00"),
        R("amh", "Attended hoarding panel re Gemma", ""),
    )
    o(
        "2023-03-06",
        "move-ta",
        R(
            "hou",
            "Family placed in TA: Room 12, Harcourt House, Station Approach, WM1 4BB",
            "",
            "Temporary accommodation",
        ),
        R(
            "csc",
            "Family moved into temporary accommodation - Harcourt House (Rm 12), Station Approach",
            "",
            "House move",
        ),
        R(
            "hv",
            "Change of address - Harcourt House Rm 12, Station Approach, Wrexley Moor WM1 4BB",
            "",
            "Note",
            shift="late",
        ),
    )
    o(
        "2023-03-14",
        "cg-3",
        R("csc", "Core group (at Harcourt House)", "15:30", "Core group"),
        R("hv", "Core group meeting", "15:30", "Meeting"),
        R("hou", "CG - TA officer attended", "15:45", "Meeting"),
    )
    o(
        "2023-04-04",
        "fire-revisit",
        R("fire", "Safe & Well revisit at Harcourt House - room tidy, alarm tested", "10:30"),
    )
    o(
        "2023-04-11",
        "cg-4",
        R("csc", "Core Group 4", "13:00", "Core group"),
        R("nur", "core group - attendance 92%, Maisie much cleaner", "13:00"),
        R("sa", "CGM", "13:00", "Meeting", shift="swap"),
    )
    o(
        "2023-05-16",
        "nursery-collect-late",
        R(
            "nur",
            "Maisie collected late by dad (18:20), smelt of alcohol? manager spoke to him",
            "18:20",
        ),
        R("nur", "Maisie collected late by Dad at 18.20 - ?smell of alcohol", "18:20"),
    )
    o(
        "2023-05-17",
        "nursery-to-sw-call",
        R("nur", "Phoned SW Tomasz re last night's late collection", "09:15"),
        R(
            "csc",
            "Tel call from Bramblegate manager: Dad late collecting, ?alcohol",
            "09:20",
            "Contact",
        ),
    )
    o(
        "2023-07-17",
        "tenancy",
        R(
            "hou",
            "Tenancy signed - 9 Plover Close, Wrexley Moor WM5 2RG (Wrexley Homes). Family "
            "moved in, TA ended",
            "",
            "Tenancy",
        ),
        R(
            "csc",
            "Family moved from TA to 9 Plover Close (Wrexley Homes tenancy)",
            "",
            "House move",
        ),
        R("sa", "Address change to 9 Plover Close WM5 2RG", "", "Admin"),
        R("hv", "New address: 9 Plover Cl, WM5 2RG", "", "Note", shift="late"),
    )
    o(
        "2023-08-15",
        "rcpc-2",
        R("csc", "RCPC - CP plans ended, step down to CIN", "10:00", "RCPC", "CIN"),
        R("hv", "Review conference - plans ended, CIN", "10:00", "Meeting"),
        R("nur", "RCPC: CP ended", "10:00"),
        R("pol", "RCPC - police report submitted and attended", "", "Conference"),
    )
    o(
        "2023-08-25",
        "nursery-leave",
        R("nur", "Maisie's last day at Bramblegate - moving to St Aldric's nursery class", ""),
    )
    o(
        "2023-09-07",
        "school-nursery-start",
        R("sm", "Maisie started in Nursery class (30 hrs). Mum brought her", "", "Admission"),
        R("hv", "Maisie started St Aldric's nursery class today", "", "Note"),
        R("csc", "M started at St Aldric's nursery class yesterday", "", "Education", shift="late"),
    )
    o(
        "2023-10-03",
        "cin-1",
        R("csc", "CIN meeting (both children)", "15:30", "CIN review"),
        R("sa", "CIN mtg - Alfie's attendance 96%", "15:30", "Meeting"),
        R("sm", "Child in need meeting - Maisie settling well", "15:30", "Meeting"),
        R("hv", "CIN review - attended", "", "Meeting"),
    )
    o(
        "2023-10-03",
        "amh-same-day",
        R("amh", "Outpatient review with Gemma - mood improved, sertraline continue", "10:00"),
    )
    o(
        "2023-11-21",
        "cin-2",
        R(
            "csc",
            "CIN review - case to close in 3 months if progress maintained",
            "15:30",
            "CIN review",
        ),
        R("sa", "CIN review", "15:40", "Meeting"),
        R("sm", "CIN review (for Maisie)", "15:40", "Meeting"),
        R("hou", "Child in Need meeting - tenancy sustainment update", "", "Meeting", shift="-1"),
    )
    f.fill(
        "hv",
        "2022-01-05",
        "2023-11-30",
        [
            ("Clinic", "Maisie weighed at clinic"),
            ("Home visit", "Targeted home visit - Mum low, house cluttered"),
            ("Phone call", "Tel contact with Mum, no answer"),
            ("Home visit", "No access visit - card left"),
            ("Home visit", "Home visit, Maisie playing, clothes clean"),
            ("Supervision", "Safeguarding supervision - Pennock discussed"),
            ("Clinic", "Maisie weighed 11.6kg (9th centile)"),
        ],
    )
    f.fill(
        "gp",
        "2022-01-05",
        "2023-11-30",
        [
            ("Consultation", "Darren - back pain, naproxen"),
            ("Prescription", "Gemma - sertraline 100mg repeat"),
            ("Immunisation", "Maisie - flu nasal spray given"),
            ("Consultation", "Gemma - medication review, mood slightly better"),
            ("Admin", "Alfie - DNA asthma review"),
            ("Consultation", "Darren - alcohol brief intervention, AUDIT 18"),
        ],
    )
    f.fill(
        "nur",
        "2022-09-07",
        "2023-08-24",
        [
            ("", "Maisie absent - no call"),
            ("", "Maisie arrived in clean clothes, ate well"),
            ("", "Key person observation - more words (20+)"),
            ("", "Spare clothes provided, Maisie's were wet"),
            ("", "Maisie absent - Mum said poorly"),
            ("", "Parents' evening - Dad attended"),
        ],
        timed=False,
    )
    f.fill(
        "sa",
        "2022-01-05",
        "2023-11-30",
        [
            ("Attendance", "Alfie late, no breakfast - given toast"),
            ("Pastoral", "Headlice letter sent home (Alfie)"),
            ("Attendance", "Alfie absent, no reason"),
            ("Pastoral", "Uniform provided from school stock"),
            ("Pastoral", "Alfie in ELSA group"),
            ("Attendance", "Attendance meeting with Mum - 84%"),
        ],
    )
    f.fill(
        "sm",
        "2023-09-08",
        "2023-11-30",
        [
            ("Pastoral", "Maisie's first settling report - happy"),
            ("Attendance", "Maisie absent - sickness"),
        ],
    )
    f.fill(
        "hou",
        "2022-04-05",
        "2022-12-31",
        [
            ("Correspondence", "Email to Fenwick Lettings re works schedule"),
            ("Inspection", "Revisit - boiler replaced, damp works not started"),
        ],
    )
    f.fill(
        "hou",
        "2023-02-02",
        "2023-07-10",
        [
            ("Housing options", "Bidding number issued, band B"),
            ("Correspondence", "TA rent arrears letter"),
            ("Offer", "Offer of 9 Plover Close - accepted, viewing done"),
        ],
    )
    f.fill(
        "hou",
        "2023-07-19",
        "2023-11-30",
        [
            ("Tenancy", "Tenancy sustainment visit - property tidy"),
            ("Tenancy", "New tenant visit - bags in back bedroom, advice given"),
        ],
    )
    f.fill(
        "csc",
        "2022-06-01",
        "2023-11-30",
        [
            ("Home visit", "Statutory visit - children seen, kitchen cleared"),
            ("Home visit", "Home visit - bags back in hallway"),
            ("Supervision", "Supervision - consider PLO if no progress"),
            ("Direct work", "Direct work with Alfie (three houses)"),
            ("Home visit", "Unannounced visit - no answer"),
            ("Home visit", "Statutory visit, both children seen"),
            ("Case note", "Graded Care Profile 2 completed - scores 4 in 3 areas"),
        ],
    )
    f.fill(
        "amh",
        "2022-03-14",
        "2022-04-30",
        [
            ("", "Triage call with Gemma"),
            ("", "Assessment - moderate depression, hoarding disorder features"),
        ],
    )
    f.fill(
        "amh",
        "2022-05-01",
        "2023-11-30",
        [
            ("", "Gemma DNA appointment"),
            ("", "CPN home visit - Gemma in dressing gown, flat affect"),
            ("", "Psychology assessment"),
        ],
    )
    f.fill(
        "pol",
        "2022-01-05",
        "2023-11-30",
        [
            ("Admin", "Address flagged - children at risk (neglect)"),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Creevy-Tolley family, Durnholme. A baby's head injury; his father on licence.
# Shannon Creevy (b. 2004); Jordan Tolley (b. 1999, released on licence 06/2023 after a sentence
# for ABH on an ex-partner); Reuben Creevy born 19/02/2024 at Durnholme Royal Hospital.
# Shannon lives with her mother at 3 Fairlie Walk QD2 6PE; from 22/04/2024 58 Sorrel Road
# QD4 1NX. Jordan's address 12 Ingle Row QD1 3AW.
# --------------------------------------------------------------------------------------------


def _creevy() -> BlindCase:
    f = Family(
        "creevy",
        6029,
        {
            "mw": Sheet(
                MW,
                "Durnholme_Royal_Maternity.xlsx",
                "Community MW",
                (("2023-01-01", "Jess Halloran RM"),),
            ),
            "hv": Sheet(HV, "0-19_Service_Creevy.xlsx", "HV", (("2023-01-01", "Priya Venn HV"),)),
            "gp": Sheet(GP, "Fenby_Street_Surgery.csv", "", (("2023-01-01", "Dr Wendell Asante"),)),
            "prob": Sheet(
                PROBATION,
                "Probation_Tolley.xlsx",
                "nDelius extract",
                (("2023-01-01", "Nadia Crouch PP"), ("2024-05-01", "Gareth Lumb PP")),
            ),
            "pol": Sheet(
                POLICE, "Durnholme_Police.xlsx", "Chronology", (("2023-01-01", "DC Ffion Barclay"),)
            ),
            "csc": Sheet(
                CSC,
                "CSC_Reuben_Creevy.xlsx",
                "Chronology",
                (("2023-01-01", "MASH"), ("2023-08-20", "Kemi Aldous SW")),
            ),
            "ed": Sheet(
                ED,
                "Durnholme_Royal_Paeds_ED.xlsx",
                "Sheet1",
                (("2023-01-01", "Dr Oren Blackwood (consultant)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Ambulance_ePCR_extract.xlsx",
                "Incidents",
                (("2023-01-01", "Paramedic 2231"),),
                typed=False,
            ),
            "hou": Sheet(
                HOUSING, "Durnholme_Housing.xlsx", "Creevy", (("2023-01-01", "Bernadette Soyinka"),)
            ),
            "drug": Sheet(
                DRUGS,
                "Durnholme_Recovery_Hub.xlsx",
                "Jordan T",
                (("2023-01-01", "Luke Amberley (recovery worker)"),),
            ),
        },
    )
    o = f.occ
    o(
        "2023-06-27",
        "licence-start",
        R(
            "prob",
            "Initial appointment following release on licence (ABH, 14 months). Licence "
            "conditions explained incl. DA programme and drug testing",
            "10:00",
            "Induction",
        ),
    )
    o(
        "2023-07-18",
        "booking",
        R(
            "mw",
            "Booking appt: G1P0, 10/40. FOB Jordan Tolley present. Routine enquiry re DA not "
            "possible (partner present)",
            "14:00",
            "Booking",
        ),
    )
    o(
        "2023-07-26",
        "disclosure",
        R(
            "prob",
            "Jordan disclosed new partner Shannon Creevy (19) is pregnant",
            "11:00",
            "Supervision",
        ),
    )
    o(
        "2023-07-27",
        "check-csc",
        R(
            "prob",
            "Safeguarding enquiry sent to CSC re new partner's unborn child",
            "09:30",
            "Safeguarding check",
        ),
        R(
            "csc",
            "Request from Probation (PP Nadia Crouch): safeguarding check re Jordan Tolley, "
            "partner pregnant",
            "09:50",
            "Contact",
        ),
    )
    o(
        "2023-07-27",
        "check-police",
        R(
            "prob",
            "DA information request sent to police DA unit re Tolley & Creevy",
            "09:40",
            "Safeguarding check",
        ),
        R(
            "pol",
            "Probation request for DA call-out history - Jordan TOLLEY / Shannon CREEVY. "
            "Nil for Creevy",
            "10:15",
            "Information request",
        ),
    )
    o(
        "2023-08-15",
        "mw-referral",
        R(
            "mw",
            "Safeguarding referral to MASH re unborn - FOB has DA conviction (ABH), on licence",
            "12:10",
            "Referral",
        ),
        R(
            "csc",
            "Referral from community midwife (Jess H.) re unborn baby of Shannon Creevy, EDD "
            "16/02/24",
            "12:30",
            "Referral",
        ),
    )
    o(
        "2023-08-16",
        "mash",
        R(
            "csc",
            "MASH screening: pre-birth assessment, allocate to Assessment team",
            "15:00",
            "Screening",
        ),
    )
    o(
        "2023-09-12",
        "drug-referral",
        R(
            "prob",
            "Referral to Durnholme Recovery Hub (cocaine & alcohol) - licence condition",
            "14:30",
            "Referral",
        ),
        R(
            "drug",
            "Referral received from Probation (PP N Crouch) - cocaine, alcohol. Licence "
            "condition to attend",
            "15:05",
            "Referral",
        ),
    )
    o(
        "2023-10-03",
        "joint-visit",
        R(
            "mw",
            "Joint home visit with SW Kemi Aldous at 3 Fairlie Walk. Shannon well, 21/40",
            "10:30",
            "Home visit",
        ),
        R(
            "csc",
            "Joint visit with community MW (Jess) - pre-birth assessment, Shannon at her mum's",
            "10:30",
            "Home visit",
        ),
    )
    o(
        "2023-10-21",
        "da-1",
        R(
            "pol",
            "DA incident 3 Fairlie Walk - verbal, Jordan punched and damaged bedroom door. "
            "Shannon approx 22/40 pregnant. DASH medium. Suspect left prior to arrival",
            "23:40",
            "Domestic",
            ref="QD-23-102145",
        ),
    )
    o(
        "2023-10-22",
        "da-2-arrest",
        R(
            "pol",
            "Second call - Jordan returned to Fairlie Walk, arrested for criminal damage",
            "02:10",
            "Arrest",
            ref="QD-23-102151",
        ),
        R(
            "prob",
            "Jordan arrested early hours 22/10 for criminal damage at Fairlie Walk (partner's "
            "mum's address)",
            "",
            "Arrest",
            shift="late",
        ),
    )
    o(
        "2023-10-23",
        "ppn",
        R(
            "csc",
            "PPN received - DA at Fairlie Walk 21/10 (QD-23-102145), unborn",
            "09:10",
            "Police notification",
        ),
    )
    o(
        "2023-10-23",
        "prob-notified",
        R(
            "prob",
            "Police notified DA call-out at partner's address on 21/10",
            "11:20",
            "Information",
        ),
    )
    o(
        "2023-10-24",
        "mw-informed",
        R(
            "mw",
            "Informed by SW of DA incident over weekend - Shannon to be seen alone at next appt",
            "",
            "Information",
        ),
    )
    o(
        "2023-10-25",
        "strat-1",
        R(
            "csc",
            "Strategy discussion (pre-birth) - S47 on unborn agreed",
            "13:00",
            "Strategy discussion",
            "S47",
        ),
        R("pol", "Strat disc - unborn Creevy", "13:00", "Strategy"),
        R("prob", "PP attended strategy discussion by phone re Tolley", "13:10", "Meeting"),
        R("mw", "Strategy mtg - MW attended", "", "Meeting", shift="-1"),
    )
    o(
        "2023-11-02",
        "caution",
        R(
            "pol",
            "Jordan TOLLEY - conditional caution, criminal damage (22/10)",
            "",
            "Disposal",
            ref="QD-23-102151",
        ),
    )
    o(
        "2023-11-14",
        "housing-app",
        R(
            "hou",
            "Housing register application - Shannon (pregnant), overcrowding at mother's",
            "",
            "Application",
        ),
    )
    o(
        "2023-12-08",
        "gp-report",
        R("gp", "GP report for ICPC sent to conference team", "", "Report"),
    )
    o(
        "2023-12-12",
        "icpc",
        R(
            "csc",
            "Pre-birth ICPC - unborn to be subject of CP plan (physical abuse). Jordan not to "
            "have unsupervised contact",
            "10:00",
            "ICPC",
            "CP plan at birth",
        ),
        R("mw", "Initial child protection conference (pre-birth). CP plan", "10:00", "Meeting"),
        R("prob", "Attended ICPC", "10:00", "Meeting"),
        R("pol", "ICPC", "", "Conference", shift="+1"),
        R("hv", "Antenatal - HV attended pre-birth ICPC", "10:15", "Meeting"),
        R("drug", "Case conference - worker attended, Jordan's engagement reported", "", "Meeting"),
    )
    o(
        "2023-12-12",
        "hv-antenatal",
        R(
            "hv",
            "Antenatal contact at 3 Fairlie Walk - Shannon seen alone",
            "15:00",
            "Antenatal visit",
        ),
    )
    o(
        "2024-01-09",
        "cg-1",
        R("csc", "Core group 1 (pre-birth)", "14:00", "Core group"),
        R("mw", "CGM - birth plan discussed", "14:00", "Meeting"),
        R("hv", "Core Group", "14:00", "Meeting", shift="month"),
        R("prob", "Core grp - Jordan compliant, negative tests", "", "Meeting"),
    )
    o(
        "2024-02-01",
        "discharge-planning",
        R(
            "mw",
            "Pre-discharge planning meeting - baby home with Mum to MGM's. Jordan supervised "
            "contact only",
            "11:00",
            "Meeting",
        ),
        R("csc", "Discharge planning mtg at Durnholme Royal", "11:00", "Meeting"),
        R("hv", "Discharge planning meeting - HV attended", "11:00", "Meeting"),
        R("prob", "Disch planning meeting - PP attended via Teams", "11:20", "Meeting"),
    )
    o(
        "2024-02-06",
        "cg-2",
        R("csc", "Core group", "14:00", "Core group"),
        R("mw", "core group meeting", "14:05", "Meeting", shift="swap"),
        R("drug", "Core group - update given", "", "Meeting"),
    )
    o(
        "2024-02-19",
        "birth",
        R(
            "mw",
            "Baby boy Reuben born SVD 04:52, 3.21kg, Durnholme Royal. CP plan in place",
            "04:52",
            "Birth",
        ),
        R(
            "csc",
            "Baby Reuben born this morning at Durnholme Royal (3.2kg). CP plan now live",
            "09:30",
            "Birth",
        ),
        R("hv", "Reuben born 19/02 at Durnholme Royal, 3.21kg, SVD", "", "Birth", shift="late"),
    )
    o(
        "2024-02-21",
        "discharge",
        R("mw", "Mum and baby discharged home to 3 Fairlie Walk", "13:00", "Discharge"),
        R(
            "csc",
            "Shannon & Reuben discharged from Durnholme Royal to MGM's (Fairlie Walk)",
            "",
            "Discharge",
        ),
    )
    o(
        "2024-02-22",
        "discharge-notice",
        R("hv", "Discharge notification received from maternity", "", "Notification"),
    )
    o(
        "2024-02-24",
        "mw-day5",
        R("mw", "Day 5 PN visit - weight 3.05kg, bloodspot done", "11:00", "Postnatal visit"),
    )
    o(
        "2024-02-29",
        "nbv",
        R(
            "hv",
            "New birth visit at 3 Fairlie Walk - Reuben 3.12kg, bottle fed, safe sleep advice",
            "10:00",
            "New birth visit",
        ),
    )
    o(
        "2024-02-29",
        "sw-visit",
        R("csc", "Statutory visit - Reuben seen, Shannon and MGM present", "14:30", "Home visit"),
    )
    o(
        "2024-03-04",
        "gp-reg",
        R("gp", "New patient registration: Reuben CREEVY (DOB 19/02/2024)", "", "Registration"),
        R("hv", "Reuben registered with Fenby Street Surgery", "", "Note"),
    )
    o(
        "2024-03-05",
        "cg-3",
        R("csc", "First core group post birth", "14:00", "Core group"),
        R("hv", "CGM", "14:10", "Meeting"),
        R("prob", "Core group meeting (Teams)", "14:00", "Meeting"),
        R("drug", "Core group - Jordan missed 1 test", "", "Meeting", shift="+1"),
    )
    o(
        "2024-03-19",
        "hv-gp-call",
        R("hv", "Tel to GP re Shannon low mood EPDS 15", "12:00", "Liaison"),
        R("gp", "Call from HV Priya Venn - Shannon's EPDS 15, requests appt", "12:20", "Telephone"),
    )
    o(
        "2024-04-02",
        "gp-shannon",
        R(
            "gp",
            "Shannon - 6wk postnatal check. Low mood, sertraline discussed",
            "10:30",
            "Consultation",
        ),
    )
    o(
        "2024-04-02",
        "gp-reuben",
        R("gp", "Reuben - 6-8 week baby check, NAD", "10:40", "Consultation"),
    )
    o(
        "2024-04-22",
        "tenancy",
        R(
            "hou",
            "Tenancy start: 58 Sorrel Road, Durnholme QD4 1NX - Shannon sole tenant",
            "",
            "Tenancy",
        ),
        R(
            "csc",
            "Shannon and Reuben moved to 58 Sorrel Rd QD4 1NX. Written agreement: Jordan not "
            "to stay",
            "",
            "House move",
        ),
        R("hv", "Change of address - 58 Sorrel Road QD4 1NX", "", "Note", shift="late"),
    )
    o(
        "2024-05-07",
        "drug-call",
        R("drug", "Phoned PP re Jordan's positive test (cocaine)", "10:05", "Phone call"),
        R(
            "prob",
            "Call from Recovery Hub (Luke A.) - positive cocaine test",
            "10:15",
            "Phone call",
        ),
    )
    o(
        "2024-05-07",
        "prob-callback",
        R(
            "prob",
            "Returned call to the Hub - agreed warning & increased testing",
            "15:30",
            "Phone call",
        ),
        R("drug", "PP called back - warning letter to be issued", "15:40", "Phone call"),
    )
    o(
        "2024-05-18",
        "da-3",
        R(
            "pol",
            "Neighbour reports shouting at 58 Sorrel Rd. Jordan present (breach of written "
            "agreement). Baby asleep. No offences disclosed",
            "22:15",
            "Domestic",
            ref="QD-24-051877",
        ),
    )
    o(
        "2024-05-20",
        "ppn-2",
        R("csc", "PPN - police at Sorrel Rd 18/05, Jordan present", "09:00", "Police notification"),
    )
    o(
        "2024-05-20",
        "prob-notified-2",
        R("prob", "Police notification: Jordan at Shannon's address 18/05", "10:30", "Information"),
    )
    o(
        "2024-05-21",
        "strat-2",
        R(
            "csc",
            "Strategy meeting - Jordan at home in breach of agreement",
            "10:00",
            "Strategy meeting",
        ),
        R("pol", "Strategy discussion re Reuben (Sorrel Rd incident)", "10:00", "Strategy"),
        R("hv", "Strat - HV attended", "10:05", "Meeting"),
        R("prob", "Strat mtg - licence warning considered", "", "Meeting"),
    )
    o(
        "2024-05-21",
        "cg-4",
        R("csc", "Core group (same day as strategy) - safety plan updated", "14:00", "Core group"),
        R("hv", "Core group - Reuben 5.9kg, thriving", "14:00", "Meeting"),
        R("drug", "CG - update given", "14:15", "Meeting"),
    )
    o(
        "2024-06-08",
        "ambulance",
        R(
            "amb",
            "999: 3-month-old vomiting, drowsy, ?fell from sofa per father. Conveyed "
            "Durnholme Royal",
            "07:42",
        ),
    )
    o(
        "2024-06-08",
        "ed",
        R(
            "ed",
            "Reuben Creevy 15/52 - drowsy, vomiting, bulging fontanelle. CT: acute subdural "
            "haematoma. Father says rolled off sofa. Admitted",
            "08:25",
            "ED attendance",
        ),
    )
    o(
        "2024-06-08",
        "ed-to-csc",
        R(
            "ed",
            "Safeguarding referral made by phone to CSC EDT - unexplained SDH",
            "11:30",
            "Referral",
        ),
        R(
            "csc",
            "EDT: call from ED consultant re Reuben - subdural haematoma, account inconsistent",
            "11:35",
            "Referral",
        ),
    )
    o(
        "2024-06-08",
        "ed-to-police",
        R("ed", "Consultant phoned police re infant head injury", "11:50", "Referral"),
        R(
            "pol",
            "Call from Durnholme Royal ED reporting 3-month-old with SDH, unexplained",
            "12:05",
            "Report",
            ref="QD-24-060833",
        ),
    )
    o(
        "2024-06-08",
        "strat-3",
        R(
            "csc",
            "Strategy discussion (EDT) - S47, parents to be interviewed, Reuben to remain in "
            "hospital",
            "15:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "Strategy discussion via EDT - joint investigation",
            "15:00",
            "Strategy",
            ref="QD-24-060833",
        ),
        R("ed", "Paeds consultant took part in strat discussion by phone", "15:10", "Meeting"),
    )
    o(
        "2024-06-08",
        "arrest-jordan",
        R(
            "pol",
            "Jordan TOLLEY arrested on suspicion of GBH with intent (infant)",
            "18:30",
            "Arrest",
            ref="QD-24-060833",
        ),
    )
    o(
        "2024-06-08",
        "arrest-shannon",
        R(
            "pol",
            "Shannon CREEVY arrested on suspicion of child neglect (s1 CYPA 1933)",
            "19:10",
            "Arrest",
            ref="QD-24-060833",
        ),
    )
    o(
        "2024-06-10",
        "prob-notified-3",
        R(
            "prob",
            "Email from police: PoP arrested Sat 08/06 (GBH - infant). Recall considered",
            "09:10",
            "Information",
        ),
    )
    o(
        "2024-06-10",
        "skeletal",
        R(
            "ed",
            "Skeletal survey: no fractures. Ophthalmology: bilateral retinal haemorrhages",
            "",
            "Investigation",
        ),
    )
    o(
        "2024-06-12",
        "ward-round",
        R(
            "ed",
            "Ward round - Reuben stable, neurosurgical input, no surgery planned",
            "09:30",
            "Ward",
        ),
    )
    o(
        "2024-06-11",
        "recall",
        R("prob", "Jordan returned to custody on recall (HMP Castlebrook)", "", "Recall"),
        R(
            "pol",
            "Jordan TOLLEY arrested at 12 Ingle Row on licence recall, taken to HMP Castlebrook",
            "07:20",
            "Recall",
        ),
    )
    o(
        "2024-06-14",
        "s20",
        R(
            "csc",
            "Reuben discharged from hospital to foster carers under s20 (Mum consented)",
            "",
            "Looked after",
        ),
        R(
            "hv",
            "Reuben discharged to foster care (s20) - carers in Harefield",
            "",
            "Note",
            shift="late",
        ),
    )
    o(
        "2024-06-14",
        "csc-twice",
        R("csc", "Case transferred to Children in Care team", "", "Case note"),
        R("csc", "Case transferred to children in care team.", "", "Case note"),
    )
    o(
        "2024-07-03",
        "ico",
        R(
            "csc",
            "Interim care order granted, Durnholme Family Court. Reuben remains in foster care",
            "",
            "Court",
        ),
    )
    o(
        "2024-07-09",
        "cla-review",
        R(
            "csc",
            "Initial CLA review (IRO) - plan interim care, contact Mum 3x/wk supervised",
            "10:00",
            "CLA review",
        ),
        R("hv", "LAC review attended", "10:00", "Meeting"),
    )
    o(
        "2024-07-09",
        "iha",
        R(
            "hv",
            "Initial health assessment (CLA) request received - booked with paediatrician",
            "",
            "Admin",
        ),
    )
    o(
        "2024-09-17",
        "charge",
        R(
            "pol",
            "Jordan TOLLEY charged GBH (s20) re Reuben; remanded",
            "16:40",
            "Charge",
            ref="QD-24-060833",
        ),
        R("prob", "PoP charged with s20 GBH (Reuben) - remains in HMP Castlebrook", "", "Charge"),
    )
    o(
        "2024-09-17",
        "nfa-shannon",
        R(
            "pol",
            "Shannon CREEVY - NFA (neglect), released from investigation",
            "16:55",
            "Disposal",
            ref="QD-24-060833",
        ),
    )
    f.fill(
        "mw",
        "2023-07-20",
        "2024-02-15",
        [
            ("Antenatal", "Antenatal appt 16/40 - seen alone, denies DA"),
            ("Antenatal", "Antenatal appt - BP normal, FH heard"),
            ("Scan", "Anomaly scan - low risk"),
            ("Antenatal", "DNA antenatal clinic"),
            ("Antenatal", "Antenatal appt 28/40 - anti-D, bloods"),
            ("Antenatal", "Antenatal 34/40 - growth on centile"),
        ],
    )
    f.fill(
        "hv",
        "2024-03-06",
        "2024-06-05",
        [
            ("Home visit", "Targeted HV visit - Reuben 4.4kg"),
            ("Clinic", "Reuben weighed at clinic 5.2kg"),
            ("Phone call", "Tel call Shannon - feeding going well"),
            ("Home visit", "HV home visit - sleeping in Moses basket, safe sleep reinforced"),
        ],
    )
    f.fill(
        "gp",
        "2023-07-01",
        "2023-09-30",
        [
            ("Consultation", "Shannon - hyperemesis, cyclizine"),
        ],
    )
    f.fill("gp", "2024-04-12", "2024-04-30", [("Immunisation", "Reuben - 8 week imms")])
    f.fill("gp", "2024-05-13", "2024-06-05", [("Immunisation", "Reuben - 12 week imms")])
    f.fill(
        "gp",
        "2024-04-04",
        "2024-05-31",
        [
            ("Consultation", "Shannon - sertraline 50mg started"),
        ],
    )
    f.fill(
        "gp",
        "2024-07-15",
        "2024-11-30",
        [
            ("Admin", "Hospital letter filed (Reuben neurosurgical follow-up)"),
            ("Consultation", "Shannon - review, mood low, sertraline increased"),
        ],
    )
    f.fill(
        "prob",
        "2023-06-28",
        "2024-06-05",
        [
            ("Supervision", "Supervision appt - attended"),
            ("Supervision", "Supervision appt - attended, discussed relationship"),
            ("Drug test", "Drug test negative"),
            ("Programme", "Building Better Relationships session 3"),
            ("Supervision", "Home visit at 12 Ingle Row - Jordan present"),
            ("Supervision", "Failed to attend - warning letter"),
            ("Programme", "BBR session 7"),
            ("Supervision", "Risk assessment (OASys) reviewed - high RoSH to known adult"),
        ],
    )
    f.fill(
        "prob",
        "2024-06-20",
        "2024-11-30",
        [
            ("Custody", "Custody visit HMP Castlebrook"),
            ("Parole", "Recall review report submitted"),
        ],
    )
    f.fill(
        "pol",
        "2023-10-26",
        "2023-12-31",
        [
            ("Admin", "Markers added to 3 Fairlie Walk (DA)"),
        ],
    )
    f.fill(
        "pol",
        "2024-06-15",
        "2024-09-10",
        [
            ("Investigation", "Medical expert instructed"),
            ("Investigation", "Jordan interviewed at HMP Castlebrook - no comment"),
            ("Investigation", "Shannon re-interviewed under caution"),
        ],
    )
    f.fill(
        "csc",
        "2023-08-20",
        "2023-11-20",
        [
            ("Home visit", "Pre-birth assessment visit - Shannon seen alone"),
            ("Home visit", "Home visit - Jordan and Shannon, discussed DA"),
            ("Supervision", "Supervision - pre-birth assessment recommendations"),
        ],
    )
    f.fill(
        "csc",
        "2023-11-22",
        "2023-12-05",
        [
            ("Assessment", "Pre-birth assessment completed - recommend ICPC"),
        ],
    )
    f.fill(
        "csc",
        "2024-04-24",
        "2024-06-05",
        [
            ("Home visit", "Statutory visit Sorrel Rd - Reuben seen"),
            ("Home visit", "Unannounced visit Sorrel Rd - no answer"),
        ],
    )
    f.fill(
        "csc",
        "2024-06-15",
        "2024-11-30",
        [
            ("Contact", "Supervised contact Mum/Reuben - good"),
            ("Legal", "Legal planning meeting - issue proceedings"),
            ("Home visit", "Foster placement visit - Reuben settled"),
            ("Contact", "Supervised contact - Mum late, 40 mins"),
            ("Assessment", "Parenting assessment of Shannon commenced (residential not advised)"),
        ],
    )
    f.fill(
        "drug",
        "2023-09-14",
        "2024-06-05",
        [
            ("Assessment", "Comprehensive assessment - cocaine weekends, alcohol 40u/wk"),
            ("Session", "1:1 keywork session"),
            ("Drug test", "Oral swab negative"),
            ("Session", "Group: cocaine awareness"),
            ("Session", "DNA keywork"),
            ("Session", "1:1 - relapse prevention"),
        ],
    )
    f.fill(
        "hou",
        "2023-11-15",
        "2024-11-30",
        [
            ("Application", "Application accepted - band C"),
            ("Offer", "Offer of 58 Sorrel Rd made, accepted"),
            ("Tenancy", "New tenant visit - settling in"),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 4: the Delacourt-Ashby family, Pellinghurst. A disabled boy withdrawn from his special
# school to be home educated; missed health care, weight loss, then a CP plan and a return.
# Rosa Delacourt (mother); Glen Ashby (stepfather); Theo Delacourt (b. 03/03/2012: autism,
# epilepsy, severe learning disability, non-verbal); Ivy Ashby (b. 2019).
# 4 Millrace Cottages, Orme Lane, Pellinghurst QT7 3JD; from 20/05/2024 The Old Forge,
# Hatchet Lane, Lower Quenby QT9 8ZA. Hawthorn Brook School (special school).
# --------------------------------------------------------------------------------------------


def _delacourt() -> BlindCase:
    f = Family(
        "delacourt",
        7741,
        {
            "sch": Sheet(
                SCHOOL,
                "Hawthorn_Brook_School.xlsx",
                "Theo D",
                (("2022-01-01", "Mrs Aveline Stott (DSL)"),),
            ),
            "send": Sheet(
                SEND,
                "SEND_casework_Delacourt.xlsx",
                "Casework log",
                (("2022-01-01", "Harriet Nwosu (SEND caseworker)"),),
            ),
            "ehe": Sheet(
                EHE,
                "EHE_Delacourt.xlsx",
                "Log",
                (("2022-01-01", "Colin Maddox (EHE adviser)"),),
                typed=False,
            ),
            "paeds": Sheet(
                PAEDS,
                "Community_Paediatrics_Theo.xlsx",
                "Chronology",
                (("2022-01-01", "Dr Sinead Kilbride"),),
            ),
            "gp": Sheet(
                GP,
                "Orme_Valley_Medical_Practice.xlsx",
                "Sheet1",
                (("2022-01-01", "Dr Leonard Quaye"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_CWD_Theo_Delacourt.xlsx",
                "Chronology",
                (
                    ("2022-01-01", "Yusuf Brannagh (CWD SW)"),
                    ("2023-10-01", "Martina Fell (CWD SW)"),
                ),
            ),
            "sb": Sheet(
                SHORT_BREAKS,
                "Larkspur_House_Short_Breaks.csv",
                "",
                (("2022-01-01", "Sally Penhaligon"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Ambulance_Delacourt.xlsx",
                "Calls",
                (("2022-01-01", "Crew 0932"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "Pellinghurst_General_Paeds.xlsx",
                "ED and wards",
                (("2022-01-01", "Paediatric liaison"),),
            ),
            "pol": Sheet(
                POLICE, "Police_Delacourt.xlsx", "Chronology", (("2022-01-01", "PC Hollis Grange"),)
            ),
        },
    )
    o = f.occ
    o(
        "2022-10-11",
        "ehcp-review",
        R(
            "sch",
            "EHCP annual review meeting - Mum & stepdad attended. Seizures ~weekly in school",
            "13:30",
            "Annual review",
        ),
        R("send", "Annual review held at Hawthorn Brook", "13:30", "Annual review", "Amend EHCP"),
        R("paeds", "Annual review - report provided & attended", "13:40", "Meeting"),
        R("csc", "EHCP review - SW attended", "", "Meeting", shift="-1"),
    )
    o(
        "2022-11-17",
        "restraint",
        R(
            "sch",
            "Theo held (2-person hold) during post-seizure agitation, bruise L forearm. Mum "
            "informed by phone 15:30",
            "14:50",
            "Incident",
        ),
    )
    o(
        "2022-11-21",
        "complaint",
        R("sch", "Formal complaint received from Ms Delacourt re restraint", "", "Complaint"),
    )
    o(
        "2023-01-09",
        "dereg-request",
        R(
            "sch",
            "Letter from Mum: wishes to home educate. Emailed SEND & EHE re deregistration "
            "(LA consent required - special school)",
            "11:15",
            "Correspondence",
        ),
        R(
            "send",
            "Email from Hawthorn Brook: parent requests removal from roll for EHE",
            "11:20",
            "Correspondence",
        ),
        R(
            "ehe",
            "Notification from Hawthorn Brook of deregistration request (Theo, EHCP)",
            "11:20",
            shift="+1",
        ),
    )
    o(
        "2023-01-24",
        "ehe-meeting",
        R("sch", "Mtg at school re elective home ed - Mum, SEND, EHE adviser", "10:00", "Meeting"),
        R("send", "EHE planning meeting - consent to be considered at panel", "10:00", "Meeting"),
        R("ehe", "Deregistration meeting at Hawthorn Brook. Parents' plan vague", "10:05"),
    )
    o(
        "2023-02-03",
        "off-roll",
        R("sch", "Theo removed from roll - EHE (LA consent given 02/02)", "", "Off roll"),
        R("ehe", "Theo Delacourt registered EHE from 03/02/2023 (EHCP - SEN)", ""),
        R(
            "send",
            "Theo off roll at Hawthorn Brook - now EHE. EHCP maintained",
            "",
            "Placement",
            shift="late",
        ),
    )
    o(
        "2023-02-06",
        "ehe-typed-twice",
        R("ehe", "Letter sent requesting evidence of education provision", ""),
        R("ehe", "Letter sent requesting evidence of educational provision", ""),
    )
    o(
        "2023-03-14",
        "ehe-visit",
        R(
            "ehe",
            "Initial EHE meeting - parents declined home visit, met Mum at library. Theo not seen",
            "14:00",
        ),
    )
    o(
        "2023-04-04",
        "sb-call",
        R("sb", "Phoned SW Yusuf - Mum cancelled March & April stays, no reason", "09:40"),
        R("csc", "Call from Larkspur House: Mum cancelled 2 short breaks", "09:55", "Phone call"),
    )
    o(
        "2023-04-04",
        "csc-calls-mum",
        R("csc", "Tried to call Mum - no answer, text sent", "10:30", "Phone call"),
    )
    o(
        "2023-04-18",
        "wnb-1",
        R("paeds", "Theo WNB to epilepsy clinic (3rd). Letter to GP & parents", "", "Clinic"),
    )
    o(
        "2023-04-25",
        "gp-wnb-letter",
        R(
            "gp",
            "Letter from community paeds - Theo WNB x3 to epilepsy clinic",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-05-16",
        "sb-review",
        R("sb", "Short breaks review meeting - parents declined further overnight stays", "14:00"),
        R(
            "csc",
            "Short break package review (Larkspur) - Mum declined stays, wants 'family time'",
            "14:00",
            "Review",
        ),
    )
    o(
        "2023-06-21",
        "seizure-1",
        R(
            "amb",
            "Called to 4 Millrace Cottages - 11y male prolonged seizure 20 min. Buccal "
            "midazolam by mum, 2nd dose by crew. Conveyed Pellinghurst General",
            "18:40",
        ),
    )
    o(
        "2023-06-21",
        "ed-1",
        R(
            "ed",
            "Theo Delacourt BIBA - status epilepticus, IV phenytoin, admitted to ward. Weight "
            "27.0kg (31.2kg 10/22). Dirty, strong odour",
            "19:25",
            "ED attendance",
        ),
    )
    o(
        "2023-06-22",
        "ed-to-csc",
        R("ed", "Paeds liaison referral to CSC re weight loss & missed appts", "10:00", "Referral"),
        R(
            "csc",
            "Referral from Pellinghurst General paediatric liaison - weight loss 4kg, WNB x3",
            "10:30",
            "Referral",
        ),
    )
    o(
        "2023-06-23",
        "screening",
        R("csc", "Screening: allocate CWD team for C&F assessment", "12:00", "Screening"),
    )
    o(
        "2023-06-24",
        "discharge",
        R(
            "ed",
            "Discharged home from ward with Mum, levetiracetam increased. Dietitian referral",
            "16:00",
            "Discharge",
        ),
    )
    o(
        "2023-06-27",
        "gp-discharge-letter",
        R(
            "gp",
            "Discharge summary rec'd - status epilepticus; levetiracetam increased",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-07-11",
        "joint-visit",
        R(
            "csc",
            "Joint visit with EHE adviser Colin Maddox. Theo seen in bedroom, bedding soiled, "
            "no learning resources seen",
            "11:00",
            "Home visit",
        ),
        R("ehe", "Joint home visit with CWD SW - Theo seen. No evidence of education", "11:00"),
    )
    o(
        "2023-07-19",
        "paeds-gp-call",
        R("paeds", "Phoned GP to share concern re weight & AED adherence", "13:15", "Liaison"),
        R(
            "gp",
            "Tel call from Dr Kilbride (community paediatrician) re Theo's weight, missed clinics",
            "13:30",
            "Telephone",
        ),
    )
    o(
        "2023-07-20",
        "gp-tries-mum",
        R("gp", "Tried to call Mum to book review - no answer", "09:05", "Telephone"),
    )
    o(
        "2023-07-20",
        "gp-tries-mum-2",
        R("gp", "2nd attempt to contact Mum - left message", "16:20", "Telephone"),
    )
    o(
        "2023-09-12",
        "tac",
        R("csc", "TAC meeting at Millrace Cottages", "10:30", "TAC"),
        R("paeds", "Team Around the Child mtg - attended", "10:30", "Meeting"),
        R("ehe", "TAC - EHE adviser attended", "10:45"),
        R("sb", "TAC meeting - SB worker", "", shift="swap"),
        R("send", "Team around child - EHCP provision discussed", "10:30", "Meeting"),
    )
    o(
        "2023-10-08",
        "police-1",
        R(
            "pol",
            "Neighbour reports screaming from 4 Millrace Cottages. Attended: Theo distressed, "
            "head banging; stepfather Glen ASHBY present. No offences",
            "21:30",
            "Concern for welfare",
            ref="QT-23-100871",
        ),
    )
    o(
        "2023-10-08",
        "police-2",
        R(
            "pol",
            "Further call from neighbour - noise continuing. Not attended, advice by phone",
            "23:50",
            "Concern for welfare",
            ref="QT-23-100899",
        ),
    )
    o(
        "2023-10-09",
        "ppn",
        R(
            "csc",
            "Police notification received re welfare call 08/10 (QT-23-100871)",
            "09:30",
            "Police notification",
        ),
    )
    o(
        "2023-10-10",
        "strat",
        R(
            "csc",
            "Strat disc (CWD) - neglect: weight loss, missed medical care, no education "
            "oversight. S47",
            "14:00",
            "Strategy discussion",
            "S47",
        ),
        R("pol", "Strategy discussion - Theo Delacourt, neglect", "14:00", "Strategy"),
        R("paeds", "Strategy meeting - paediatrician attended by phone", "14:10", "Meeting"),
        R("ehe", "Strat meeting - EHE info shared", "", shift="month"),
        R("gp", "GP joined strategy discussion by phone", "14:15", "Meeting"),
    )
    o(
        "2023-10-11",
        "s47-visit",
        R(
            "csc",
            "S47 joint visit with PC Grange - Theo seen, very thin, sore on sacrum",
            "10:00",
            "S47 visit",
        ),
        R(
            "pol",
            "Joint S47 visit with SW Martina Fell, 4 Millrace Cottages",
            "10:00",
            "Visit",
            ref="QT-23-100871",
        ),
    )
    o(
        "2023-10-12",
        "cp-medical",
        R(
            "paeds",
            "CP medical: weight 26.1kg (<0.4th), grade 2 pressure area sacrum, dental "
            "caries. Consistent with neglect",
            "09:30",
            "CP medical",
        ),
        R(
            "csc",
            "Theo attended CP medical at Pellinghurst Child Development Centre with SW & Mum",
            "09:30",
            "CP medical",
        ),
    )
    o("2023-10-30", "gp-report", R("gp", "GP report for ICPC completed and sent", "", "Report"))
    o(
        "2023-11-02",
        "icpc",
        R(
            "csc",
            "Initial child protection conference (neglect) - CP plan",
            "10:00",
            "ICPC",
            "CP plan",
        ),
        R("paeds", "ICPC - attended, report shared", "10:00", "Meeting"),
        R("pol", "Initial case conf - Theo on CP plan", "", "Conference"),
        R("ehe", "ICPC attended", "10:10", shift="swap"),
        R("send", "Initial CP conference - SEND attended", "", "Meeting", shift="month"),
        R("sb", "Attended ICPC", "10:00"),
    )
    o(
        "2023-11-02",
        "paeds-clinic",
        R(
            "paeds",
            "Dietitian joint clinic - Theo weighed 26.4kg, supplements started",
            "15:00",
            "Clinic",
        ),
    )
    o(
        "2023-11-21",
        "cg-1",
        R("csc", "Core group", "14:00", "Core group"),
        R("ehe", "CGM", "14:00"),
        R("sb", "Core group - stays restarting 1 night/month", "14:10"),
        R("send", "core group mtg", "", "Meeting"),
    )
    o(
        "2024-01-09",
        "cg-2",
        R("csc", "Core group 2 - weight 28kg", "14:00", "Core group"),
        R("paeds", "Core grp - weight improving", "14:05", "Meeting"),
        R("ehe", "Core group meeting", "", shift="+1"),
    )
    o(
        "2024-01-15",
        "sao",
        R("ehe", "School Attendance Order - preliminary notice served (s437 EA 1996)", ""),
        R(
            "send",
            "SAO preliminary notice issued by EHE team; Hawthorn Brook named",
            "",
            "Education",
            shift="late",
        ),
    )
    o(
        "2024-01-23",
        "gp-ivy",
        R("gp", "Ivy Ashby - tonsillitis, penicillin V", "09:20", "Consultation"),
    )
    o(
        "2024-01-23",
        "gp-theo",
        R("gp", "Theo - medication review (levetiracetam), weight 28.4kg", "09:30", "Consultation"),
    )
    o(
        "2024-02-13",
        "rcpc-1",
        R("csc", "RCPC - CP plan continues", "10:00", "RCPC"),
        R("paeds", "Review conf - plan continues", "10:00", "Meeting"),
        R("sb", "RCPC", "10:15"),
        R("send", "Review child protection conference", "10:00", "Meeting"),
    )
    o(
        "2024-02-13",
        "sb-panel",
        R("sb", "Short breaks resource panel - 2 nights/month at Larkspur agreed", "14:00"),
        R("csc", "Short breaks panel - package agreed 2 nights pcm", "14:00", "Panel"),
    )
    o(
        "2024-03-05",
        "cg-3",
        R("csc", "CGM - parents agree return to Hawthorn Brook", "14:00", "Core group"),
        R("send", "Core group - phased return plan", "14:00", "Meeting", shift="swap"),
        R("sch", "Core group (re-admission planning) - DSL attended", "14:00", "Meeting"),
    )
    o(
        "2024-04-15",
        "back-on-roll",
        R(
            "sch",
            "Theo back on roll - start today, part-time timetable (9.30-12.30)",
            "",
            "Admission",
        ),
        R("ehe", "Theo ceased EHE - returned to Hawthorn Brook School"),
        R("csc", "Theo started back at Hawthorn Brook (part-time)", "", "Education", shift="late"),
    )
    o(
        "2024-05-02",
        "sch-twice",
        R("sch", "Theo absent - Mum refused transport (driver new)", "09:10", "Attendance"),
        R("sch", "Theo absent - mum refused transport, new driver", "09:12", "Attendance"),
    )
    o(
        "2024-05-20",
        "move",
        R(
            "sch",
            "New address: The Old Forge, Hatchet Lane, Lower Quenby QT9 8ZA - transport "
            "re-arranged",
            "",
            "Admin",
        ),
        R(
            "csc",
            "Family moved to The Old Forge, Hatchet Lane, Lower Quenby QT9 8ZA",
            "",
            "House move",
        ),
        R(
            "gp",
            "Change of address - The Old Forge, Hatchet La, Lower Quenby",
            "",
            "Admin",
            shift="late",
        ),
    )
    o(
        "2024-06-11",
        "rcpc-2",
        R("csc", "RCPC - plan continues 3 months (attendance 71%)", "10:00", "RCPC"),
        R("sch", "Review conference - DSL attended", "10:00", "Meeting"),
        R("paeds", "RCPC - report only", "", "Meeting", shift="-1"),
        R("sb", "review conf attended", "10:00"),
    )
    o(
        "2024-09-17",
        "seizure-2",
        R(
            "sch",
            "Theo seizure in class 10:50, rescue med given at 10:55, 999 called, Mum informed",
            "10:50",
            "Medical",
        ),
        R(
            "amb",
            "Called to Hawthorn Brook School - 12y male seizure >10 min, midazolam given by "
            "staff. Conveyed Pellinghurst General",
            "11:05",
        ),
    )
    o(
        "2024-09-17",
        "ed-2",
        R(
            "ed",
            "Theo BIBA from school - seizure settled, obs 4h, home with Mum. Weight 31.0kg",
            "11:50",
            "ED attendance",
        ),
    )
    o(
        "2024-09-19",
        "ed-to-gp",
        R("gp", "ED attendance notification - seizure at school 17/9", "", "Correspondence"),
    )
    o(
        "2024-10-15",
        "rcpc-3",
        R("csc", "RCPC - CP plan ended, step down to CIN", "10:00", "RCPC", "CIN"),
        R("sch", "RCPC - CP ended", "10:00", "Meeting"),
        R("paeds", "Review CP conf: plan ended", "10:00", "Meeting"),
        R("send", "RCPC - CIN", "", "Meeting"),
    )
    o(
        "2024-12-03",
        "cin",
        R("csc", "CIN meeting at school", "15:30", "CIN review"),
        R("sch", "Child in Need meeting held in school", "15:30", "Meeting"),
        R("sb", "CIN review", "", shift="+1"),
    )
    f.fill(
        "sch",
        "2022-09-05",
        "2023-01-06",
        [
            ("Medical", "Seizure in class, 3 mins, no rescue med"),
            ("Attendance", "Theo absent - Mum reported seizures overnight"),
            ("Pastoral", "Sensory circuit introduced"),
            ("Medical", "Seizure at lunch 2 mins, recovered"),
        ],
    )
    f.fill(
        "sch",
        "2024-04-16",
        "2024-12-20",
        [
            ("Medical", "Seizure in class, 4 mins, settled"),
            ("Attendance", "Theo absent - no call"),
            ("Pastoral", "Timetable extended to full days"),
            ("Medical", "Weight 30.2kg (school nurse)"),
            ("Attendance", "Theo late, transport delay"),
        ],
    )
    f.fill(
        "send",
        "2022-10-13",
        "2022-11-15",
        [
            ("Correspondence", "Draft amended EHCP issued"),
        ],
    )
    f.fill("send", "2022-11-25", "2022-12-23", [("Correspondence", "Final EHCP issued")])
    f.fill(
        "send",
        "2023-02-06",
        "2023-12-20",
        [
            ("Phone call", "Tel call with Mum re EHCP provision under EHE"),
            ("Case note", "EHE annual review of EHCP - parents did not return paperwork"),
        ],
    )
    f.fill(
        "send",
        "2024-01-17",
        "2024-03-01",
        [
            ("Correspondence", "Consultation sent to Hawthorn Brook re return"),
        ],
    )
    f.fill(
        "send",
        "2024-03-07",
        "2024-04-12",
        [
            ("Case note", "Transport application approved"),
        ],
    )
    f.fill(
        "ehe",
        "2023-02-07",
        "2024-04-12",
        [
            ("", "Reminder letter - no evidence of provision received"),
            ("", "Email from Mum: 'Theo learns through life skills'. No plan"),
            ("", "Annual EHE report - provision not suitable"),
            ("", "Mum declined home visit"),
            ("", "Case discussed at EHE monitoring panel"),
        ],
    )
    f.fill(
        "paeds",
        "2022-09-05",
        "2022-12-20",
        [
            ("Clinic", "Epilepsy clinic - seen with Mum, weight 31.2kg"),
            ("Clinic", "Clinic letter to GP re medication change"),
        ],
    )
    f.fill(
        "paeds",
        "2023-11-20",
        "2024-03-31",
        [
            ("Clinic", "Dietitian review - weight 29.0kg"),
            ("Clinic", "Epilepsy nurse phone review with Mum"),
        ],
    )
    f.fill(
        "paeds",
        "2024-04-16",
        "2024-12-20",
        [
            ("Clinic", "Follow-up clinic - weight 30.5kg, seizures less frequent"),
            ("Clinic", "Epilepsy nurse phone review - rescue plan updated for school"),
        ],
    )
    f.fill(
        "gp",
        "2022-09-05",
        "2024-12-20",
        [
            ("Prescription", "Repeat levetiracetam issued"),
            ("Consultation", "Rosa - low mood, carer strain, referred talking therapies"),
            ("Prescription", "Repeat buccal midazolam issued"),
            ("Consultation", "Glen - hypertension review"),
            ("Admin", "Theo - annual LD health check invitation sent"),
        ],
    )
    f.fill(
        "csc",
        "2023-06-24",
        "2023-10-05",
        [
            ("Home visit", "C&F assessment visit - parents seen"),
            ("Home visit", "Unannounced visit - Glen refused entry"),
            ("Supervision", "Supervision - threshold discussion"),
        ],
    )
    f.fill(
        "csc",
        "2023-11-03",
        "2024-04-12",
        [
            ("Home visit", "Statutory visit - Theo seen, in wheelchair, calmer"),
            ("Case note", "Carer's assessment offered to Mum"),
            ("Home visit", "Home visit - Theo's room clean, new mattress"),
            ("Home visit", "Statutory visit - Theo seen alone (with communication cards)"),
        ],
    )
    f.fill(
        "csc",
        "2024-04-16",
        "2024-12-20",
        [
            ("Home visit", "Statutory visit - Theo seen at school"),
            ("Home visit", "Home visit Old Forge - Theo and Ivy seen"),
            ("Supervision", "Supervision - consider step down"),
        ],
    )
    f.fill("gp", "2022-09-05", "2023-06-01", [("Immunisation", "Ivy - preschool booster")])
    f.fill(
        "sb",
        "2022-09-05",
        "2023-03-01",
        [
            ("", "Overnight stay at Larkspur - settled well"),
            ("", "Overnight stay - seizure 2 min at 02:00"),
            ("", "Overnight stay - ate well"),
        ],
    )
    f.fill(
        "sb",
        "2024-02-20",
        "2024-12-20",
        [
            ("", "Overnight stay - first since 2023, settled"),
            ("", "Overnight stay - happy, swimming"),
            ("", "Stay cancelled by Mum - Theo unwell"),
        ],
    )
    return f.case()


def blind_dedup_cases_2() -> list[BlindCase]:
    """The four cases, in a fixed order."""
    return [_walsby(), _pennock(), _creevy(), _delacourt()]


if __name__ == "__main__":
    summary(blind_dedup_cases_2)
