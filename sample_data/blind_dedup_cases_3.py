"""A third set of blind labelled cases for judging duplicate detection.

Four wholly fictional families, about 120-180 chronology rows each, from 10-12 services over
1.3-1.8 years, unlike each other and unlike the first two blind sets (`blind_dedup_cases.py`,
`blind_dedup_cases_2.py`): two parents with learning disabilities whose flat is taken over by
drug dealers (cuckooing); a baby who dies while co-sleeping in a family with substance misuse; a
girl whose mother is suspected of fabricating or inducing illness across many hospital
attendances in two areas; a teenage girl in a coercive relationship with an adult man, with
missing episodes, who becomes looked after. Written blind: composed from the domain brief and
the `Event` schema only, without reading the duplicate rules, their settings, the linkage model
or any other labelled case's families, so nothing in the model can have been fitted to them
(issue 12, "Generalisation practice"). Kept apart from tuning: measure on them blind first.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one day out, or only the month given), or a life event was noted by one
service on the next day.

How the rows were labelled (the rule a careful reviewer would apply, used throughout; the same
rules as the first two blind sets):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN review, MARAC, MACE, TAF,
  discharge planning, professionals' meeting, looked-after review, PLO meeting), in whatever
  words, with whatever time or none, and on a child's sheet at a school that keeps one sheet per
  child, is one occurrence.
- Both ends of one phone call (or one referral sent and received) are one occurrence. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  (PPN, VPA, missing notification) was received are DIFFERENT occurrences: the police row records
  the incident; the CSC row records CSC receiving and reading a report of it, later and by other
  people, even when it is the same day and quotes the police reference. The same goes for the
  MASH screening, an adult safeguarding concern received by Adult Social Care, the Operation
  Encompass call to a school, the hospital's notice of an ED attendance to the health visitor or
  GP, and a discharge or clinic letter: each is its own occurrence. A police incident attended
  by police and ambulance crews together is one occurrence; the emergency department attendance
  that follows is another.
- Life events (a birth, a death, a house move or tenancy start, a school start, a GP
  registration, an arrest, a charge, a court result or order, a placement) recorded by two
  services on the same day, or by one of them the next day, are one occurrence when they name
  the same specifics (address, school, hospital, offence, placement). An arrest and a charge on
  different days are two occurrences; so are two people's arrests on one morning.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- Look-alikes kept apart: two different meetings on one day (an ICPC and the first core group
  after it, a strategy discussion and a professionals' meeting), repeat police call-outs or
  missing reports for one address or child on one day, the MASH screening after an incident,
  separate visits on one day, emergency department attendances on consecutive days, routine
  appointments for two family members in one surgery or clinic session, a report sent before a
  conference and the conference itself.

Everything is invented: people, workers, schools, surgeries, hospitals, towns, addresses,
postcodes and reference numbers. Deterministic: one fixed seed per case (it only places the
routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_3.py      # prints a summary of each case
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
ASC = "Adult Social Care"
COMMUNITY_SAFETY = "Community Safety"
ADVOCACY = "Advocacy Service"
DRUGS = "Drug and Alcohol Service"
NEONATAL = "Neonatal Unit"
CDR = "Child Death Review"
PAEDS = "Community Paediatrics"
TERTIARY = "Tertiary Paediatrics"
SCHOOL_NURSE = "School Nursing"
SEXUAL_HEALTH = "Sexual Health Service"
EXPLOITATION = "Exploitation Support Service"
RESIDENTIAL = "Children's Home"
IRO = "Independent Reviewing Service"

# Written before the kit kept routine entries off bank holidays: this set's do not avoid them.
Family = partial(_Family, bank_holidays=())


# --------------------------------------------------------------------------------------------
# Case 1: the Pasco-Hebden family, Brindlecombe. Two parents with learning disabilities whose
# flat is cuckooed by a county line. Leanne Pasco (b. 1993, mild LD, known to the ASC learning
# disability team); Craig Hebden (b. 1988, LD and epilepsy); Kayla Hebden (b. 2016, Moorgate
# Primary); Ollie Hebden born 09/12/2022 at Brindlecombe General. Flat 14 Calder House,
# Brindlecombe BR3 5JT (Brindlecombe Homes); from 12/04/2023 a decant at 3 Wren Court,
# Hollowfield Road BR6 2PL; from 21/08/2023 22 Sedge Lane BR4 8QS.
# --------------------------------------------------------------------------------------------


def _pasco() -> BlindCase:
    f = Family(
        "pasco",
        3107,
        {
            "pol": Sheet(
                POLICE,
                "Brindlecombe_Police_chronology.xlsx",
                "Sheet1",
                (("2022-01-01", "DC Anwen Price"), ("2023-06-01", "DS Lewis Okoro")),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Hebden_chronology.xlsx",
                "Chronology",
                (
                    ("2022-01-01", "MASH"),
                    ("2022-09-01", "Natalie Orme SW"),
                    ("2023-09-01", "Jide Bamgbose SW"),
                ),
            ),
            "asc": Sheet(
                ASC,
                "ASC_LD_Team_Pasco_Hebden.xlsx",
                "Case notes",
                (("2022-01-01", "Helen Gatward (LD social worker)"),),
            ),
            "hv": Sheet(HV, "HV_Hebden.xlsx", "Chronology", (("2022-01-01", "Becky Strand HV"),)),
            "mw": Sheet(
                MW,
                "Brindlecombe_Maternity.xlsx",
                "Midwifery",
                (("2022-01-01", "Sian Lowther (safeguarding MW)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP, "Moorgate_Medical_Centre.xlsx", "Sheet1", (("2022-01-01", "Dr Aisha Rahman"),)
            ),
            "sch": Sheet(
                SCHOOL, "Moorgate_Primary.xlsx", "Kayla H", (("2022-01-01", "Mr D Firth (DSL)"),)
            ),
            "hou": Sheet(
                HOUSING,
                "Brindlecombe_Homes_tenancy.xlsx",
                "Tenancy log",
                (("2022-01-01", "Paula Dring (Tenancy Officer)"),),
            ),
            "cs": Sheet(
                COMMUNITY_SAFETY,
                "ASB_Community_Safety.csv",
                "",
                (("2022-01-01", "Ravi Mistry (ASB officer)"),),
                typed=False,
            ),
            "adv": Sheet(
                ADVOCACY,
                "Advocacy_Pasco.xlsx",
                "Contacts",
                (("2022-01-01", "Tom Keeble (advocate)"),),
            ),
            "ed": Sheet(
                ED,
                "Brindlecombe_General_ED.xlsx",
                "ED",
                (("2022-01-01", "Safeguarding liaison nurse"),),
            ),
        },
    )
    o = f.occ
    o(
        "2022-08-16",
        "mw-booking",
        R(
            "mw",
            "Late booking at 23/40. Leanne has a learning disability (known to ASC LD team), "
            "partner Craig also LD. Lives Flat 14 Calder House with Craig and Kayla (6). "
            "Easy read info given",
            "11:00",
        ),
    )
    o(
        "2022-08-17",
        "mw-referral",
        R(
            "mw",
            "Pre-birth safeguarding referral sent to MASH - parental LD, ?capacity to meet "
            "baby's needs, home conditions",
            "15:20",
        ),
        R(
            "csc",
            "Contact rec'd from maternity (safeguarding MW S Lowther): pre-birth referral, "
            "both parents LD, EDD 12/12/22",
            "09:05",
            "Contact",
            shift="+1",
        ),
    )
    o(
        "2022-08-19",
        "mash-1",
        R(
            "csc",
            "MASH screening: threshold met for pre-birth C&F assessment, to CIN team",
            "14:30",
            "Screening",
            "Pre-birth assessment",
        ),
    )
    o(
        "2022-08-25",
        "mash-asc-call",
        R(
            "csc",
            "MASH SW rang ASC LD team - both parents known, LD team will share Care Act "
            "assessments",
            "14:05",
            "Phone call",
        ),
        R(
            "asc",
            "Tel call from Childrens MASH re Leanne & Craig. Confirmed open to LD team, Craig "
            "has Care Act assessment (2021)",
            "14:10",
            "Phone call",
        ),
    )
    o(
        "2022-09-06",
        "gp-leanne",
        R(
            "gp",
            "Leanne - antenatal bloods, Hb 98, ferrous sulphate started",
            "09:10",
            "Consultation",
        ),
    )
    o(
        "2022-09-06",
        "gp-craig",
        R(
            "gp",
            "Craig - epilepsy review, 1 seizure in 3/12, levetiracetam continue",
            "09:20",
            "Consultation",
        ),
    )
    o(
        "2022-09-13",
        "adv-referral",
        R(
            "csc",
            "Referral made to Advocacy Service for both parents (LD) to support them through "
            "pre-birth assessment",
            "12:00",
            "Referral",
        ),
        R(
            "adv",
            "Referral received from childrens SW Natalie Orme - Leanne & Craig, LD, pre-birth "
            "assessment. Allocated to TK",
            "12:40",
            "Referral",
        ),
    )
    o(
        "2022-09-22",
        "joint-visit-asc",
        R(
            "csc",
            "Joint home visit with ASC LD SW Helen Gatward. Parents welcoming. Flat sparse, "
            "kitchen dirty, Kayla's room ok. Explained assessment with easy read booklet",
            "10:30",
            "Home visit",
        ),
        R(
            "asc",
            "Joint visit Calder House w/ children's SW - pre-birth assmt explained, L and C "
            "agreed. C says 'friends' help with money",
            "10:30",
            "Visit",
        ),
    )
    o(
        "2022-09-22",
        "hv-antenatal",
        R(
            "hv",
            "Antenatal contact at home, Leanne 28/40. Easy read safer sleep leaflet. Kayla at "
            "school",
            "14:00",
            "Antenatal contact",
        ),
    )
    o(
        "2022-10-11",
        "prebirth-meeting",
        R(
            "csc",
            "Pre-birth planning meeting - plan: baby to stay on ward min 72hrs, PAMS "
            "assessment post birth, ASC support increased",
            "13:00",
            "Meeting",
        ),
        R(
            "mw",
            "Pre birth planning mtg held. Birth plan & discharge plan agreed, Leanne "
            "understood with advocate's help",
            "13:00",
        ),
        R("hv", "Attended pre-birth planning meeting", "", "Meeting", shift="month"),
        R(
            "asc",
            "Pre-birth planning meeting (CSC) - ASC to increase support to 6hrs/wk",
            "13:10",
            "Meeting",
        ),
        R(
            "adv",
            "Attended pre-birth meeting with Leanne and Craig, went through plan after",
            "13:00",
            "Meeting",
        ),
    )
    o(
        "2022-10-20",
        "police-visitors",
        R(
            "pol",
            "Neighbour reports males coming and going from Flat 14 Calder House at all hours, "
            "smell of cannabis. Officers attended 21:55, Craig said they were friends. "
            "Child (6) asleep",
            "21:40",
            "ASB / drugs",
            ref="BR-22-102044",
        ),
    )
    o(
        "2022-10-21",
        "ppn-1",
        R(
            "csc",
            "PPN received (BR-22-102044): visitors to flat, cannabis smell, Kayla at home. "
            "Passed to allocated SW",
            "11:15",
            "Police notification",
            ref="BR-22-102044",
        ),
    )
    o(
        "2022-10-21",
        "asc-concern-1",
        R(
            "asc",
            "Adult safeguarding concern from police re Craig - possible cuckooing of his flat. "
            "Passed to HG",
            "13:30",
            "Safeguarding concern",
        ),
    )
    o(
        "2022-11-03",
        "hou-asb-report",
        R(
            "hou",
            "ASB complaint from Flat 12 - people in stairwell, needles, 'drug dealing from 14'",
            "10:20",
            "ASB",
        ),
    )
    o(
        "2022-11-04",
        "hou-to-cs",
        R(
            "hou",
            "Referred Flat 14 to council ASB team (Ravi Mistry) - suspected cuckooing",
            "15:00",
            "Referral",
        ),
        R(
            "cs",
            "Referral rec'd from Brindlecombe Homes (P Dring) re Flat 14 Calder House - "
            "suspected cuckooing of vulnerable tenants. Case opened",
            "",
            shift="+1",
        ),
    )
    o(
        "2022-11-15",
        "cfa-prebirth",
        R(
            "csc",
            "Pre-birth C&F assessment completed: CIN plan for Kayla and unborn, PAMS to "
            "start after birth",
            "",
            "Assessment",
            "CIN",
        ),
    )
    o(
        "2022-11-29",
        "cin-1",
        R("csc", "CIN meeting (Kayla and unborn baby)", "15:30", "CIN meeting"),
        R("mw", "CIN mtg - MW update, baby growing well, 37/40 next wk", "15:30"),
        R("hv", "CIN meeting - attended", "15:30", "Meeting"),
        R("sch", "Child in Need meeting at school for Kayla (and unborn)", "15:30", "Meeting"),
        R("asc", "CIN meeting re children - attended", "", "Meeting"),
    )
    o(
        "2022-12-09",
        "birth",
        R(
            "mw",
            "Baby boy born 03:52 SVD, 3.01kg, Brindlecombe General. Mum & baby to postnatal "
            "ward 4. Dad present",
            "03:52",
        ),
        R(
            "csc",
            "Baby Ollie born today at Brindlecombe General (MW phoned). Remains on ward as planned",
            "",
            "Birth",
        ),
        R(
            "hv",
            "Birth notification: Ollie Hebden born 09/12/22 Brindlecombe General 3.01kg",
            "",
            "Birth notification",
            shift="late",
        ),
    )
    o(
        "2022-12-12",
        "discharge-planning",
        R(
            "mw",
            "Discharge planning meeting on ward 4 - home today, MW daily visits, HV day 10",
            "11:00",
        ),
        R(
            "csc",
            "Discharge planning meeting (postnatal ward) - agreed discharge home with safety "
            "plan & daily checks",
            "11:00",
            "Meeting",
        ),
        R(
            "hv",
            "DPM on postnatal ward, HV new birth visit to be day 5 not 10",
            "11:00",
            "Meeting",
            shift="+1",
        ),
        R("asc", "Discharge planning mtg - ASC support package up to 10 hrs/wk", "", "Meeting"),
    )
    o(
        "2022-12-14",
        "hv-newbirth",
        R(
            "hv",
            "New birth visit. Ollie formula fed, wt 2.86kg (-5%). Moses basket set up. Craig's "
            "'friend' on sofa, did not give name",
            "10:00",
            "New birth visit",
        ),
    )
    o(
        "2022-12-14",
        "sw-visit-newbirth",
        R(
            "csc",
            "Home visit - Ollie seen, 2 unknown males in lounge left as I arrived",
            "15:30",
            "Home visit",
        ),
    )
    o(
        "2023-01-10",
        "school-call",
        R(
            "sch",
            "Kayla told TA 'Uncle Deeks sleeps on our sofa, he has lots of phones'. DSL rang SW",
            "11:05",
            "Disclosure",
        ),
        R(
            "csc",
            "Call from Moorgate DSL Mr Firth: Kayla says 'Uncle Deeks' stays, has lots of phones",
            "11:10",
            "Contact",
        ),
    )
    o(
        "2023-01-10",
        "school-callback",
        R("csc", "Rang DSL back - visit planned tomorrow, police informed", "16:40", "Phone call"),
        R("sch", "SW called back - joint visit tomorrow", "16:45", "Phone call"),
    )
    o(
        "2023-01-11",
        "strat-1",
        R(
            "pol",
            "Strategy discussion - suspected cuckooing Flat 14 Calder House, 2 children (6 "
            "and 4 wks). S47 joint",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "csc",
            "Strategy discussion (Teams): flat believed used for drug supply by Dale DEEKS & "
            "others. S47 both children, ASC s42",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "asc",
            "Strat disc (CSC led) - adult safeguarding s42 to run alongside S47",
            "10:05",
            "Meeting",
        ),
        R("sch", "DSL joined strategy meeting re Kayla", "10:00", "Meeting", shift="-1"),
        R("hv", "Strategy discussion - HV shared Ollie's weight and visits", "", "Meeting"),
    )
    o(
        "2023-01-11",
        "s47-visit",
        R(
            "csc",
            "Joint S47 home visit with PC Laing. Leanne said Deeks 'looks after us', Craig "
            "scared. 3 phones & scales in kitchen",
            "14:00",
            "S47 visit",
        ),
        R(
            "pol",
            "Joint visit with SW to Flat 14. Adult male (Dale DEEKS, 31) present, left on our "
            "arrival. Drug paraphernalia seen",
            "14:05",
            "Visit",
            ref="BR-23-011130",
        ),
    )
    o(
        "2023-01-12",
        "s42",
        R(
            "asc",
            "Section 42 enquiry opened (Craig & Leanne) - cuckooing, financial abuse",
            "",
            "Section 42",
        ),
    )
    o(
        "2023-01-26",
        "gp-report",
        R(
            "gp",
            "Report for child protection conference sent (Kayla & Ollie, both parents)",
            "",
            "Report",
        ),
    )
    o(
        "2023-01-30",
        "icpc",
        R(
            "csc",
            "ICPC - Kayla & Ollie subject to CP plans, category neglect",
            "10:00",
            "ICPC",
            "CP plans",
        ),
        R("pol", "ICPC attended (DC Price) - CP plans", "10:00", "Conference"),
        R(
            "hv",
            "Initial child protection conference - both children CP plans (neglect)",
            "10:00",
            "Meeting",
        ),
        R("sch", "ICPC for Kayla & brother", "", "Meeting"),
        R("asc", "Attended ICPC - parents supported, ASC actions agreed", "10:10", "Meeting"),
        R(
            "adv",
            "ICPC: supported L & C. Asked chair for easy read plan",
            "",
            "Meeting",
            shift="month",
        ),
    )
    o(
        "2023-01-30",
        "cg-1",
        R("csc", "First core group after ICPC - plan agreed", "12:00", "Core group"),
        R("hv", "CG 1 following conf", "12:00", "Meeting"),
        R("sch", "core group straight after conference", "12:15", "Meeting"),
    )
    o(
        "2023-02-07",
        "warrant",
        R(
            "pol",
            "Misuse of Drugs Act warrant executed 06:00 Flat 14 Calder House. Dale DEEKS (31) "
            "arrested PWITS class A, crack & heroin recovered. Both children present, parents "
            "not arrested",
            "06:00",
            "Warrant / arrest",
            ref="BR-23-020711",
        ),
    )
    o(
        "2023-02-07",
        "arrest-second",
        R(
            "pol",
            "Male 17 (Connor ASHWORTH) arrested at same address, PWITS class A - YOT informed",
            "06:20",
            "Arrest",
            ref="BR-23-020712",
        ),
    )
    o(
        "2023-02-07",
        "school-police-call",
        R(
            "sch",
            "PC rang school to tell DSL of warrant at home this morning - Kayla in, tired, quiet",
            "09:05",
            "Phone call",
        ),
    )
    o(
        "2023-02-07",
        "ppn-2",
        R(
            "csc",
            "PPN: warrant at family home 06:00, DEEKS arrested, children present",
            "10:30",
            "Police notification",
            ref="BR-23-020711",
        ),
    )
    o(
        "2023-02-08",
        "deeks-charge",
        R(
            "pol",
            "DEEKS charged PWITS class A x2, remanded to Brindlecombe MC",
            "17:40",
            "Charge",
            ref="BR-23-020711",
        ),
    )
    o(
        "2023-02-22",
        "vuln-panel",
        R(
            "cs",
            "Community Safety vulnerability panel - Calder House cuckooing. Closure order "
            "application agreed",
            "09:30",
        ),
        R(
            "hou",
            "Vulnerability panel (CSP) - Flat 14 discussed, closure order to be sought",
            "09:30",
            "Meeting",
        ),
        R("pol", "Attended CSP vulnerability panel re Calder House", "09:30", "Meeting"),
        R("asc", "Vulnerability panel - ASC update on s42", "", "Meeting"),
    )
    o(
        "2023-02-27",
        "cg-2",
        R("csc", "Core group 2", "13:30", "Core group"),
        R("hv", "Core group mtg", "13:30", "Meeting"),
        R("sch", "CGM - Kayla's attendance 89%", "13:30", "Meeting", shift="+1"),
        R("asc", "core group attended", "13:40", "Meeting"),
    )
    o(
        "2023-03-08",
        "pams-start",
        R(
            "csc",
            "PAMS parenting assessment started with Leanne & Craig (independent assessor)",
            "",
            "Assessment",
        ),
        R(
            "csc",
            "PAMS parenting assessment started with Leanne and Craig (independent assessor)",
            "",
            "Assessment",
        ),
    )
    o(
        "2023-03-15",
        "gp-ollie-imms",
        R("gp", "Ollie - 12 week immunisations given", "10:00", "Immunisation"),
    )
    o(
        "2023-03-15",
        "gp-leanne-depot",
        R("gp", "Leanne - contraception discussed, depot given", "10:10", "Consultation"),
    )
    o(
        "2023-04-04",
        "police-door",
        R(
            "pol",
            "Report of 3 males banging on door Flat 14 demanding to be let in. Gone on arrival",
            "22:10",
            "Disturbance",
            ref="BR-23-040422",
        ),
    )
    o(
        "2023-04-04",
        "police-window",
        R(
            "pol",
            "2nd call from Leanne - males returned, lounge window smashed. Children unhurt, "
            "officers stayed till boarded",
            "23:55",
            "Criminal damage",
            ref="BR-23-040431",
        ),
    )
    o(
        "2023-04-05",
        "ppn-3",
        R(
            "csc",
            "PPNs x2 from last night (BR-23-040422, BR-23-040431) - window smashed",
            "09:40",
            "Police notification",
        ),
    )
    o(
        "2023-04-05",
        "asc-hou-call",
        R(
            "asc",
            "Called Brindlecombe Homes (Paula) re urgent move / target hardening after last night",
            "11:20",
            "Phone call",
        ),
        R(
            "hou",
            "Call from ASC SW H Gatward requesting emergency management move for Pasco/Hebden",
            "11:30",
            "Phone call",
        ),
    )
    o(
        "2023-04-06",
        "strat-2",
        R(
            "pol",
            "Strategy meeting - threats to family after warrant, urgent move",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "csc",
            "Strategy discussion: continue S47 under CP plan, emergency move supported",
            "10:00",
            "Strategy discussion",
        ),
        R("hou", "Strat meeting (CSC) - decant property identified", "10:00", "Meeting"),
        R("asc", "Strategy mtg following window incident", "", "Meeting"),
    )
    o(
        "2023-04-12",
        "decant",
        R(
            "hou",
            "Emergency management move - family decanted to 3 Wren Court, Hollowfield Road, "
            "Brindlecombe BR6 2PL",
            "",
            "Decant",
        ),
        R(
            "csc",
            "Family moved to 3 Wren Ct, Hollowfield Rd BR6 2PL (emergency decant)",
            "",
            "House move",
        ),
        R(
            "sch",
            "Change of address: 3 Wren Court, Hollowfield Rd BR6 2PL",
            "",
            "Admin",
            shift="swap",
        ),
        R(
            "asc",
            "Leanne & Craig moved to 3 Wren Court (decant) - support plan updated",
            "",
            "Case note",
            shift="late",
        ),
    )
    o(
        "2023-04-18",
        "closure-order",
        R(
            "pol",
            "Full closure order granted Brindlecombe Magistrates' Court - Flat 14 Calder "
            "House, 3 months",
            "",
            "Court",
            ref="BR-23-020711",
        ),
        R("hou", "Closure order obtained on Flat 14 Calder House (3 months)", "", "Enforcement"),
        R("cs", "Closure order granted at court today - Calder House flat (3 months)", ""),
    )
    o(
        "2023-04-18",
        "hv-wren",
        R(
            "hv",
            "HV home visit at Wren Court - Ollie wt 5.4kg, settled, Leanne coping",
            "14:30",
            "Home visit",
        ),
    )
    o(
        "2023-04-26",
        "rcpc-1",
        R("csc", "RCPC - CP plans continue (neglect)", "10:00", "RCPC", "CP plans continue"),
        R("pol", "Review conference attended", "10:00", "Conference"),
        R("hv", "RCPC - plans continue", "10:00", "Meeting"),
        R("sch", "Review CP conference (Kayla)", "10:00", "Meeting"),
        R("asc", "RCPC attended", "", "Meeting"),
        R(
            "adv",
            "Review conference - supported parents, easy read plan given this time",
            "",
            "Meeting",
        ),
    )
    o(
        "2023-05-16",
        "cg-3",
        R("csc", "Core group 3 (at Wren Court)", "11:00", "Core group"),
        R("hv", "CGM at home", "11:00", "Meeting"),
        R("asc", "core group", "11:15", "Meeting"),
    )
    o(
        "2023-06-06",
        "pams-report",
        R(
            "csc",
            "PAMS report received: parents can meet children's needs with ongoing practical "
            "support; risk from exploitation",
            "",
            "Assessment",
        ),
    )
    o(
        "2023-06-20",
        "hv-weigh-twice",
        R("hv", "Ollie weighed at clinic 6.2kg (25th centile)", "10:20", "Clinic"),
        R("hv", "Ollie weighed in clinic 6.2kg - 25th centile", "10:20", "Clinic"),
    )
    o(
        "2023-07-11",
        "deeks-sentence",
        R(
            "pol",
            "Court result: Dale DEEKS sentenced 4 yrs 6 mths (PWITS class A), Brindlecombe "
            "Crown Court",
            "",
            "Court result",
            ref="BR-23-020711",
        ),
        R("cs", "DEEKS sentenced 4y6m at Crown Court (PWITS) - Calder House case", ""),
    )
    o(
        "2023-07-25",
        "rcpc-2",
        R("csc", "RCPC - CP plans ended, step down to CIN", "10:00", "RCPC", "CIN"),
        R("hv", "Review conference: CP ended, CIN", "10:00", "Meeting"),
        R("sch", "RCPC - plans ended", "10:00", "Meeting"),
        R("asc", "RCPC - CIN, ASC s42 closed", "10:15", "Meeting"),
        R(
            "pol",
            "Review CP conference - police report sent & attended",
            "",
            "Conference",
            shift="month",
        ),
    )
    o(
        "2023-08-21",
        "tenancy",
        R(
            "hou",
            "Permanent transfer: tenancy signed 22 Sedge Lane, Brindlecombe BR4 8QS, keys "
            "given, family moved in",
            "",
            "Tenancy",
        ),
        R("csc", "Family moved to 22 Sedge Lane BR4 8QS (permanent tenancy)", "", "House move"),
        R("hv", "New address 22 Sedge Ln BR4 8QS", "", "Note", shift="late"),
        R(
            "gp",
            "Change of address - 22 Sedge Lane BR4 8QS (all 4 patients)",
            "",
            "Registration",
            shift="late",
        ),
    )
    o(
        "2023-09-19",
        "cin-2",
        R("csc", "CIN review", "15:30", "CIN review"),
        R("sch", "CIN mtg - Kayla settled, attendance 95%", "15:30", "Meeting"),
        R("hv", "CIN review - attended", "15:30", "Meeting"),
        R("asc", "Child in need meeting - ASC support continues", "", "Meeting"),
        R("adv", "CIN meeting with Leanne - she spoke up herself today", "15:30", "Meeting"),
    )
    o(
        "2023-10-10",
        "police-busstop",
        R(
            "pol",
            "Craig reports unknown male approached him at bus stop asking to 'use your "
            "flat'. Advice, intel submitted",
            "17:15",
            "Concern",
            ref="BR-23-101077",
        ),
    )
    o(
        "2023-10-11",
        "ppn-4",
        R(
            "csc",
            "PPN (BR-23-101077) - Craig approached re using flat. SW to visit",
            "10:05",
            "Police notification",
        ),
    )
    o(
        "2023-10-11",
        "asc-concern-2",
        R(
            "asc",
            "Adult concern from police (BR-23-101077) - Craig approached at bus stop",
            "14:00",
            "Safeguarding concern",
        ),
    )
    o(
        "2023-11-07",
        "ed-craig",
        R(
            "ed",
            "Craig Hebden (35) BIBA - tonic-clonic seizure at home, post-ictal, recovered, "
            "discharged with partner",
            "19:20",
            "ED attendance",
        ),
    )
    o(
        "2023-11-09",
        "gp-ed-letter",
        R("gp", "ED letter: Craig seizure 07/11, discharged. Review meds", "", "Correspondence"),
    )
    o(
        "2023-12-12",
        "cin-3",
        R(
            "csc",
            "CIN review - agreed to close to CSC, step down to Early Help",
            "15:30",
            "CIN review",
            "Close",
        ),
        R("sch", "CIN meeting - final, step down", "15:30", "Meeting"),
        R("hv", "CIN review (final)", "15:30", "Meeting"),
        R("asc", "Final CIN meeting - ASC to remain involved with parents", "15:40", "Meeting"),
    )
    o("2024-01-16", "close", R("csc", "Case closed to CSC - Early Help allocated", "", "Closure"))
    f.fill(
        "pol",
        "2022-08-01",
        "2023-02-03",
        [
            ("Intel", "Intel: vehicles linked to 'DEEKO' line seen outside Calder House"),
            ("Intel", "Intel: Flat 14 Calder House used to store class A"),
        ],
    )
    f.fill(
        "pol",
        "2022-08-01",
        "2024-02-28",
        [
            ("Admin", "Address flag added - vulnerable adults with LD"),
            ("Intel", "Intel: Craig seen with known nominal at Brindlecombe bus station"),
        ],
    )
    f.fill(
        "csc",
        "2022-09-01",
        "2024-01-12",
        [
            ("Home visit", "Home visit - Kayla seen, flat cluttered, food in fridge"),
            ("Supervision", "Supervision - exploitation risk discussed"),
            ("Direct work", "Direct work with Kayla - house of worries"),
            ("Home visit", "Unannounced visit - no answer"),
            ("Home visit", "Home visit with easy read plan"),
        ],
    )
    f.fill(
        "csc",
        "2022-12-16",
        "2023-04-10",
        [
            ("Home visit", "Statutory visit, children seen, Ollie in cot"),
        ],
    )
    f.fill(
        "csc",
        "2023-08-23",
        "2024-01-12",
        [
            ("Home visit", "Statutory visit Sedge Lane - children seen"),
        ],
    )
    f.fill(
        "asc",
        "2022-08-01",
        "2024-02-28",
        [
            ("Visit", "Visit to Leanne & Craig - budgeting support"),
            ("Review", "Care Act review Craig - support hours agreed"),
            ("Phone call", "Tel call Leanne - worried about money"),
            ("Visit", "Support worker visit - shopping and appointments"),
        ],
    )
    f.fill(
        "hv",
        "2022-12-20",
        "2024-01-31",
        [
            ("Home visit", "Targeted HV visit, Ollie wt gain ok"),
            ("Clinic", "Ollie weighed at clinic"),
            ("Phone call", "Tel call to Leanne - no answer"),
            ("Home visit", "No access visit, card left"),
        ],
    )
    f.fill(
        "hv",
        "2023-01-20",
        "2023-02-10",
        [
            ("Home visit", "6-8 week review, Ollie alert, smiling"),
        ],
    )
    f.fill(
        "hv",
        "2023-12-01",
        "2023-12-22",
        [
            ("Developmental review", "1 yr review - ASQ within range"),
        ],
    )
    f.fill(
        "mw",
        "2022-08-23",
        "2022-12-02",
        [
            ("", "Antenatal appt - BP normal, FH heard"),
            ("", "DNA antenatal clinic - rebooked"),
            ("", "Antenatal appt 32/40 with advocate present"),
            ("", "Growth scan - normal"),
        ],
    )
    f.fill("mw", "2022-12-15", "2022-12-30", [("", "Postnatal home visit, feeding ok")])
    f.fill(
        "gp",
        "2022-08-01",
        "2024-02-28",
        [
            ("Prescription", "Craig - levetiracetam repeat"),
            ("Consultation", "Kayla - cough, viral"),
            ("Consultation", "Leanne - low mood, anxiety about baby"),
        ],
    )
    f.fill("gp", "2023-02-01", "2023-02-14", [("Immunisation", "Ollie - 8 week imms")])
    f.fill(
        "sch",
        "2022-09-01",
        "2023-12-20",
        [
            ("Attendance", "Kayla absent - no call"),
            ("Pastoral", "Kayla tired in class, fell asleep after lunch"),
            ("Attendance", "Kayla late - Dad brought her"),
            ("Pastoral", "Kayla ELSA session"),
            ("Attendance", "Attendance letter sent (88%)"),
        ],
    )
    f.fill(
        "hou",
        "2022-08-01",
        "2023-04-10",
        [
            ("Visit", "Tenancy visit - door lock broken, repair raised"),
            ("ASB", "Further ASB report from neighbour - noise at night"),
        ],
    )
    f.fill(
        "hou",
        "2023-08-23",
        "2024-02-28",
        [
            ("Visit", "New tenancy visit Sedge Lane"),
        ],
    )
    f.fill(
        "cs",
        "2022-11-07",
        "2023-07-31",
        [
            ("", "Letter to neighbours - ASB case update"),
            ("", "Visit with PCSO to Calder House block"),
        ],
        timed=False,
    )
    f.fill(
        "adv",
        "2022-09-14",
        "2023-12-20",
        [
            ("Meeting", "Met Leanne to go through the plan (easy read)"),
            ("Meeting", "Met both parents to prepare for next meeting"),
        ],
    )
    f.fill(
        "adv",
        "2023-03-20",
        "2023-04-17",
        [
            ("Phone call", "Tel call Craig - explained closure order application"),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Ruddock-Sheard family, Ketterholm. A baby on a CP plan dies while co-sleeping with
# parents who use drugs and alcohol. Chantelle Ruddock (b. 1998, on a methadone script); Liam
# Sheard (b. 1995, alcohol and cocaine, on a community order); Tia-Rose Ruddock (b. 2020,
# Little Acorns Nursery); Jenson Sheard born 23/01/2024 at Ketterholm Royal, died 13/04/2024.
# 7 Hatherley Close, Ketterholm KH2 9RW; Tia-Rose placed with her maternal grandmother Denise
# Ruddock at 31 Bilberry Road KH5 1TA on 13/04/2024.
# --------------------------------------------------------------------------------------------


def _ruddock() -> BlindCase:
    f = Family(
        "ruddock",
        5519,
        {
            "mw": Sheet(
                MW,
                "Ketterholm_Royal_Maternity.xlsx",
                "Safeguarding MW",
                (("2023-01-01", "Kath Ingleby (specialist MW)"),),
            ),
            "nnu": Sheet(
                NEONATAL,
                "Ketterholm_Royal_NNU.xlsx",
                "Jenson Sheard",
                (("2023-01-01", "Sr Bev Adair (NNU)"),),
                typed=False,
            ),
            "hv": Sheet(
                HV, "HV_Ruddock_Sheard.xlsx", "Chronology", (("2023-01-01", "Marta Nowak HV"),)
            ),
            "gp": Sheet(
                GP, "Fernside_Surgery.xlsx", "Chronology", (("2023-01-01", "Dr Simon Achebe"),)
            ),
            "drug": Sheet(
                DRUGS,
                "Ketterholm_Recovery_Chantelle.xlsx",
                "Keywork",
                (("2023-01-01", "Gail Pritchard (recovery worker)"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Liam_Sheard.xlsx",
                "Contacts",
                (("2023-01-01", "Dev Sandhu (PP)"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Ruddock_Sheard.xlsx",
                "Chronology",
                (("2023-01-01", "MASH"), ("2023-07-24", "Olivia Brennan SW")),
            ),
            "pol": Sheet(
                POLICE,
                "Ketterholm_Police.xlsx",
                "Incidents",
                (("2023-01-01", "PC Joel Haworth"), ("2024-04-13", "DS Karen Whitlow")),
            ),
            "amb": Sheet(
                AMBULANCE, "Ambulance_Ruddock.csv", "", (("2023-01-01", "Crew 2210"),), typed=False
            ),
            "ed": Sheet(
                ED,
                "Ketterholm_Royal_ED.xlsx",
                "Attendances",
                (("2023-01-01", "ED safeguarding team"),),
            ),
            "nur": Sheet(
                NURSERY,
                "Little_Acorns_Nursery.xlsx",
                "Tia-Rose",
                (("2023-01-01", "Jo Fairbrother (nursery manager)"),),
            ),
            "cdr": Sheet(
                CDR,
                "Child_Death_Review_Jenson.xlsx",
                "Log",
                (("2023-01-01", "Dr Farida Oyelaran (designated dr, child deaths)"),),
            ),
        },
    )
    o = f.occ
    o(
        "2023-07-04",
        "keywork-disclosure",
        R(
            "drug",
            "Keywork session: Chantelle disclosed she is pregnant approx 10 wks. Methadone "
            "60ml daily, supervised. Admits occasional crack",
            "11:00",
            "Keywork",
        ),
    )
    o(
        "2023-07-04",
        "drug-mw-referral",
        R(
            "drug",
            "Referral sent to specialist substance misuse MW (K Ingleby)",
            "14:30",
            "Referral",
        ),
        R(
            "mw",
            "Referral rec'd from Ketterholm Recovery (keyworker Gail) - Chantelle ~10/40, "
            "methadone 60ml",
            "09:10",
            shift="+1",
        ),
    )
    o(
        "2023-07-18",
        "mw-booking",
        R(
            "mw",
            "Booking 12/40. Methadone 60ml, crack use last 3/12. Partner Liam drinks daily. "
            "Denies DA. Tia-Rose (3) at nursery",
            "10:00",
        ),
    )
    o(
        "2023-07-19",
        "mw-csc-referral",
        R("mw", "Pre-birth referral to CSC - parental substance misuse both parents", "12:10"),
        R(
            "csc",
            "Contact: pre-birth referral from specialist MW - mum on methadone + crack, dad "
            "alcohol. Sibling Tia-Rose 3",
            "12:30",
            "Contact",
        ),
    )
    o(
        "2023-07-21",
        "mash",
        R(
            "csc",
            "MASH screening: pre-birth C&F assessment, allocate CIN team",
            "15:00",
            "Screening",
            "Assessment",
        ),
    )
    o(
        "2023-08-08",
        "csc-prob-call",
        R(
            "csc",
            "Tel call to Probation (Liam's PP Dev Sandhu) - info for pre-birth assessment",
            "10:40",
            "Phone call",
        ),
        R(
            "prob",
            "Call from CSC SW Olivia Brennan re Liam - shared: CO for drink drive, ATR, DA "
            "history with previous partner (2019)",
            "10:45",
            "Phone call",
        ),
    )
    o(
        "2023-08-15",
        "joint-visit-drug",
        R(
            "csc",
            "Joint home visit with recovery worker Gail P. Chantelle engaged, Liam at work. "
            "House tidy, cans in recycling",
            "13:30",
            "Home visit",
        ),
        R(
            "drug",
            "Joint HV w/ SW at Hatherley Close - discussed pre-birth assmt, C anxious",
            "13:30",
            "Home visit",
        ),
    )
    o(
        "2023-08-29",
        "gp-chantelle",
        R("gp", "Chantelle - 18/40, heartburn, Gaviscon", "09:40", "Consultation"),
    )
    o(
        "2023-08-29",
        "gp-liam",
        R(
            "gp",
            "Liam - drinking 8 cans/day, wants to cut down. AUDIT 22. Refer recovery service",
            "09:50",
            "Consultation",
        ),
    )
    o(
        "2023-09-12",
        "hv-antenatal",
        R(
            "hv",
            "Antenatal contact. Both parents smoke indoors. Safer sleep discussed, no Moses "
            "basket yet. Lullaby Trust leaflet",
            "11:00",
            "Antenatal contact",
        ),
    )
    o(
        "2023-09-26",
        "cfa",
        R(
            "csc",
            "Pre-birth C&F assessment completed - recommend ICPC (unborn and Tia-Rose)",
            "",
            "Assessment",
            "ICPC",
        ),
    )
    o(
        "2023-10-10",
        "police-da-1",
        R(
            "pol",
            "Domestic at 7 Hatherley Close - verbal, Liam intoxicated, Chantelle 24/40, "
            "child (3) present. DASH standard. Liam left for his mother's",
            "23:20",
            "Domestic",
            ref="KH-23-101083",
        ),
    )
    o(
        "2023-10-11",
        "ppn-1",
        R(
            "csc",
            "DA notification (KH-23-101083) rec'd - argument, Liam drunk, TR present",
            "09:15",
            "Police notification",
            ref="KH-23-101083",
        ),
    )
    o(
        "2023-10-11",
        "encompass",
        R(
            "nur",
            "Op Encompass call from police - DA at home last night, TR present",
            "08:50",
            "Operation Encompass",
        ),
    )
    o(
        "2023-10-12",
        "prob-da-notice",
        R(
            "prob",
            "Police DA notification re Liam (KH-23-101083) - discussed in supervision, alcohol",
            "14:00",
            "Notification",
        ),
    )
    o(
        "2023-10-19",
        "gp-report",
        R(
            "gp",
            "Conference report sent to CP unit (Chantelle, Liam, Tia-Rose)",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-10-24",
        "icpc",
        R(
            "csc",
            "ICPC - unborn baby and Tia-Rose subject to CP plans, neglect",
            "10:00",
            "ICPC",
            "CP plans",
        ),
        R("mw", "Initial CPC - unborn on CP plan (neglect)", "10:00"),
        R("hv", "ICPC attended, CP plans both", "10:00", "Meeting"),
        R(
            "drug",
            "Attended initial case conference for C's children - CP plans",
            "10:00",
            "Meeting",
        ),
        R("prob", "ICPC - PP attended, shared Liam's risk assessment", "10:10", "Meeting"),
        R(
            "nur",
            "Initial child protection conference (TR) - CP plan",
            "",
            "Meeting",
            shift="month",
        ),
        R("pol", "ICPC - police report submitted", "", "Conference"),
    )
    o(
        "2023-10-24",
        "cg-1",
        R("csc", "Core group 1 after ICPC", "12:00", "Core group"),
        R("hv", "core grp after conf", "12:00", "Meeting"),
        R("drug", "CGM 1", "12:05", "Meeting"),
    )
    o(
        "2023-11-21",
        "cg-2",
        R("csc", "Core group 2", "14:00", "Core group"),
        R("mw", "Core group - MW update, growth scan normal", "14:00"),
        R("hv", "CG", "14:00", "Meeting"),
        R("nur", "Core group mtg - TR attendance 81%", "14:00", "Meeting", shift="+1"),
    )
    o(
        "2023-12-05",
        "uds-positive",
        R(
            "drug",
            "UDS positive cocaine + non-prescribed opiates. Discussed, C says 'once'",
            "11:30",
            "Drug test",
        ),
    )
    o(
        "2024-01-09",
        "rcpc-1",
        R(
            "csc",
            "RCPC - plans continue, birth plan agreed: baby to NNU for NAS obs",
            "10:00",
            "RCPC",
            "CP plans continue",
        ),
        R("mw", "Review conf attended - birth plan", "10:00"),
        R("hv", "RCPC", "10:00", "Meeting"),
        R("drug", "Review CP conference - attended", "10:00", "Meeting"),
        R("prob", "RCPC attended", "", "Meeting"),
        R("nur", "RCPC (Tia-Rose) - plan continues", "10:15", "Meeting"),
    )
    o(
        "2024-01-23",
        "birth",
        R(
            "mw",
            "SVD 07:15, live male 2.64kg at 37+1, Ketterholm Royal. Methadone in pregnancy - "
            "to NNU for NAS monitoring",
            "07:15",
        ),
        R("csc", "Baby Jenson born 07:15 at Ketterholm Royal (MW phoned) - on NNU", "", "Birth"),
        R(
            "hv",
            "Birth notification: Jenson Sheard, 23/01/24, Ketterholm Royal, 2.64kg",
            "",
            "Birth notification",
            shift="late",
        ),
    )
    o(
        "2024-01-23",
        "nnu-admit",
        R(
            "nnu",
            "Admitted to NNU at 2 hrs of age for NAS observation. Finnegan scoring started",
            "09:20",
        ),
    )
    o(
        "2024-01-24",
        "nnu-scores",
        R(
            "nnu",
            "Finnegan scores 4-6 overnight, feeding 45ml 3 hrly. Mum visited with Liam",
            "08:00",
        ),
    )
    o(
        "2024-01-26",
        "dpm",
        R("nnu", "Discharge planning meeting on NNU - Finnegan scores <8, plan home Sun", "14:00"),
        R("mw", "Discharge planning mtg (NNU) - attended", "14:00"),
        R(
            "csc",
            "Discharge planning meeting - discharge agreed, safe sleep plan, daily visits "
            "first week",
            "14:00",
            "Meeting",
        ),
        R("hv", "NNU discharge planning - HV new birth visit 30/1", "14:00", "Meeting"),
        R(
            "drug",
            "Discharge planning mtg for baby - C's script confirmed",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    o(
        "2024-01-28",
        "discharge",
        R(
            "nnu",
            "Discharged home with both parents. Car seat checked. Safe sleep advice given",
            "12:30",
        ),
        R("csc", "Jenson discharged home from NNU today", "", "Discharge"),
    )
    o(
        "2024-01-30",
        "hv-newbirth",
        R(
            "hv",
            "New birth visit. Jenson formula fed, wt 2.58kg. Moses basket in lounge. Parents "
            "told never to co-sleep, esp after alcohol or drugs. Both smoke outside now",
            "10:30",
            "New birth visit",
        ),
    )
    o(
        "2024-01-30",
        "sw-visit",
        R(
            "csc",
            "Statutory visit - Jenson seen asleep in Moses basket, TR at nursery",
            "15:00",
            "Home visit",
        ),
    )
    o(
        "2024-02-13",
        "cg-3",
        R("csc", "Core group 3", "13:00", "Core group"),
        R("hv", "Core group - J wt 3.4kg", "13:00", "Meeting"),
        R("drug", "CG - UDS negative x2", "13:00", "Meeting"),
        R("nur", "core group", "13:10", "Meeting"),
    )
    o("2024-02-20", "gp-6wk", R("gp", "Jenson - 6-8 week baby check, NAD", "10:20", "Consultation"))
    o(
        "2024-02-20",
        "gp-postnatal",
        R("gp", "Chantelle - postnatal check, mood ok", "10:30", "Consultation"),
    )
    o(
        "2024-03-02",
        "police-welfare",
        R(
            "pol",
            "Concern for welfare - maternal GM reports Chantelle 'off her face', baby at "
            "home. Attended 19:40, C drowsy, Liam sober and caring for both children",
            "19:25",
            "Concern for welfare",
            ref="KH-24-030255",
        ),
    )
    o(
        "2024-03-02",
        "police-left",
        R(
            "pol",
            "Further call: Liam reports C has left address with unknown male. Returned 23:30, "
            "no offences",
            "22:50",
            "Concern for welfare",
            ref="KH-24-030281",
        ),
    )
    o(
        "2024-03-04",
        "ppn-2",
        R(
            "csc",
            "PPNs x2 (KH-24-030255, KH-24-030281) from Sat - C intoxicated, left home",
            "09:30",
            "Police notification",
        ),
    )
    o(
        "2024-03-05",
        "strat",
        R(
            "csc",
            "Strategy discussion - C intoxicated caring for baby. Continue CP plan, written "
            "agreement, no co-sleeping",
            "11:00",
            "Strategy discussion",
        ),
        R("pol", "Strat disc - no S47 threshold change, written agreement", "11:00", "Strategy"),
        R("hv", "Strategy discussion, HV shared safe sleep concerns", "11:00", "Meeting"),
        R("drug", "Strat discussion re C's relapse", "11:10", "Meeting"),
        R("nur", "Strategy discussion - DSL gave TR update", "", "Meeting", shift="swap"),
    )
    o(
        "2024-03-05",
        "written-agreement",
        R(
            "csc",
            "Home visit - written agreement signed by both parents: no co-sleeping, no "
            "alcohol or drugs when caring",
            "16:00",
            "Home visit",
        ),
    )
    o(
        "2024-03-19",
        "hv-visit",
        R(
            "hv",
            "HV visit: J wt 4.9kg. Moses basket full of washing, parents say J sleeps in it. "
            "Safe sleep repeated",
            "10:00",
            "Home visit",
        ),
    )
    o(
        "2024-03-26",
        "script-up",
        R("drug", "Prescriber review - methadone increased to 70ml", "15:00", "Prescribing"),
        R("drug", "Prescriber review: methadone increased to 70ml", "15:00", "Prescribing"),
    )
    o(
        "2024-04-09",
        "rcpc-2",
        R("csc", "RCPC - CP plans continue (both children)", "10:00", "RCPC"),
        R("hv", "Review conf - plans continue", "10:00", "Meeting"),
        R("drug", "RCPC attended", "10:00", "Meeting"),
        R("prob", "Review case conference - Liam's order progress reported", "10:00", "Meeting"),
        R("nur", "RCPC - TR", "", "Meeting"),
        R("pol", "RCPC - report only", "", "Conference"),
    )
    o(
        "2024-04-13",
        "collapse",
        R(
            "amb",
            "06:41 call - infant 11 wks not breathing, found in parents' bed. CPR in progress "
            "on arrival, police on scene. Conveyed Ketterholm Royal under CPR",
            "06:41",
        ),
        R(
            "pol",
            "SUDI: Jenson SHEARD (11 wks) found unresponsive in parents' bed at 7 Hatherley "
            "Close. Officers attended with ambulance",
            "06:49",
            "Sudden death",
            ref="KH-24-041302",
        ),
    )
    o(
        "2024-04-13",
        "ed-death",
        R(
            "ed",
            "Jenson Sheard 11/52 BIBA in cardiac arrest. Resus 35 mins, pronounced dead 07:38. "
            "SUDIC protocol started, parents with chaplain",
            "07:05",
            "ED attendance",
        ),
    )
    o(
        "2024-04-13",
        "jar-visit",
        R(
            "pol",
            "JAR home visit with SUDIC paediatrician - sleeping arrangements reconstructed, "
            "alcohol & foil in bedroom",
            "11:30",
            "Joint agency response",
            ref="KH-24-041302",
        ),
        R(
            "cdr",
            "Joint home visit with DS Whitlow (JAR). Parents' double bed, J between parents. "
            "Cans and foil seen",
            "11:40",
            "JAR",
        ),
    )
    o(
        "2024-04-13",
        "arrest-liam",
        R(
            "pol",
            "Liam SHEARD arrested on suspicion of child neglect (s1 CYPA 1933)",
            "12:40",
            "Arrest",
            ref="KH-24-041302",
        ),
    )
    o(
        "2024-04-13",
        "arrest-chantelle",
        R(
            "pol",
            "Chantelle RUDDOCK arrested on suspicion of child neglect (s1 CYPA 1933)",
            "12:55",
            "Arrest",
            ref="KH-24-041302",
        ),
    )
    o(
        "2024-04-13",
        "placement-mgm",
        R(
            "csc",
            "EDT: Tia-Rose placed with maternal grandmother Denise Ruddock, 31 Bilberry Road "
            "KH5 1TA (s20, parents agreed before arrest)",
            "14:30",
            "Placement",
        ),
        R(
            "pol",
            "TR (3) taken by officers to MGM 31 Bilberry Rd KH5 1TA, agreed with EDT",
            "14:45",
            "Safeguarding",
        ),
    )
    o(
        "2024-04-14",
        "rui",
        R("pol", "Both parents released under investigation pending PM", "16:00", "Custody"),
    )
    o(
        "2024-04-15",
        "cdr-notification",
        R(
            "cdr",
            "Child death notification received (eCDOP) from Ketterholm Royal ED",
            "09:00",
            "Notification",
        ),
    )
    o(
        "2024-04-15",
        "hv-informed",
        R(
            "hv",
            "Informed by SW of Jenson's death on 13/04. Records secured",
            "09:40",
            "Notification",
        ),
    )
    o(
        "2024-04-15",
        "gp-informed",
        R("gp", "Notification of death - Jenson Sheard 13/04/24 (SUDI)", "", "Correspondence"),
    )
    o(
        "2024-04-15",
        "strat-2",
        R(
            "pol",
            "Strategy meeting following SUDI - TR to remain with MGM, criminal inv ongoing",
            "13:00",
            "Strategy meeting",
        ),
        R(
            "csc",
            "Strategy discussion re Tia-Rose after Jenson's death. S47, TR stays with MGM",
            "13:00",
            "Strategy discussion",
            "S47",
        ),
        R("hv", "Strat mtg - HV attended", "13:00", "Meeting"),
        R("nur", "Strategy meeting - TR attending nursery from MGM's", "13:10", "Meeting"),
        R("cdr", "Strategy discussion (CSC) - designated dr attended", "", "Meeting"),
        R("prob", "Strategy mtg - Liam's PP attended", "13:00", "Meeting", shift="+2"),
    )
    o(
        "2024-04-16",
        "jar-meeting",
        R(
            "cdr",
            "Initial JAR information-sharing meeting - chronology requested from all agencies",
            "10:00",
            "JAR meeting",
        ),
        R("pol", "JAR initial multi-agency meeting", "10:00", "Meeting"),
        R("hv", "Initial JAR meeting re Jenson - HV records shared", "10:00", "Meeting"),
        R("gp", "Attended JAR meeting (Teams)", "10:15", "Meeting"),
        R("csc", "JAR information sharing meeting", "", "Meeting"),
    )
    o(
        "2024-04-22",
        "nursery-return",
        R("nur", "TR back at nursery, brought by grandma. Quiet, clingy", "08:45", "Attendance"),
    )
    o(
        "2024-05-07",
        "rcpc-tr",
        R("csc", "RCPC (Tia-Rose) - CP plan continues, PLO", "10:00", "RCPC"),
        R("nur", "Review conference for TR", "10:00", "Meeting"),
        R("hv", "RCPC - TR", "10:00", "Meeting"),
        R("drug", "Review CP conf (TR) - C attended with me", "10:00", "Meeting"),
        R("prob", "RCPC for TR - attended", "", "Meeting", shift="month"),
    )
    o(
        "2024-05-21",
        "plo",
        R(
            "csc",
            "PLO meeting with parents and solicitors - letter before proceedings",
            "14:00",
            "PLO",
        ),
        R("drug", "Attended PLO meeting with Chantelle for support", "14:00", "Meeting"),
    )
    o(
        "2024-06-04",
        "od",
        R(
            "amb",
            "Female 25 unresponsive at 7 Hatherley Close, ?heroin OD. Naloxone x2, GCS 14, "
            "conveyed",
            "02:10",
        ),
    )
    o(
        "2024-06-04",
        "od-ed",
        R(
            "ed",
            "Chantelle Ruddock 25 - opiate OD, naloxone by crew. Self discharged 06:00",
            "02:45",
            "ED attendance",
        ),
    )
    o(
        "2024-06-05",
        "od-drug-informed",
        R(
            "drug",
            "Hospital liaison informed us C overdosed night of 3/4 June - urgent review",
            "10:00",
            "Notification",
        ),
    )
    o(
        "2024-06-06",
        "od-gp-letter",
        R(
            "gp",
            "ED letter rec'd: Chantelle opiate overdose 04/06, self-discharged",
            "",
            "Correspondence",
        ),
    )
    o(
        "2024-06-11",
        "liam-court",
        R(
            "prob",
            "Ketterholm MC: breach of CO proven, order varied - 20 RAR days added",
            "",
            "Court",
        ),
    )
    o(
        "2024-07-02",
        "pm-report",
        R(
            "cdr",
            "Final PM report: unexplained SUDI, parental bed; parental toxicology not available",
            "",
            "Post mortem",
        ),
    )
    o(
        "2024-07-09",
        "cdrm",
        R(
            "cdr",
            "Child death review meeting (CDRM) - co-sleeping after alcohol/drug use, modifiable "
            "factors identified",
            "13:30",
            "CDRM",
        ),
        R("hv", "Child death review meeting attended", "13:30", "Meeting"),
        R("gp", "CDRM - GP attended", "13:30", "Meeting", shift="-1"),
        R("pol", "CDR meeting - police update: investigation continues", "13:30", "Meeting"),
        R("csc", "CDRM for Jenson", "", "Meeting"),
    )
    o(
        "2024-08-20",
        "cao",
        R(
            "csc",
            "Ketterholm Family Court: child arrangements order to MGM Denise Ruddock (Tia-Rose)",
            "",
            "Court",
        ),
        R(
            "nur",
            "Child arrangements order granted to grandma (Denise Ruddock) for TR - "
            "Ketterholm Family Court",
            "",
            "Note",
            shift="late",
        ),
    )
    f.fill(
        "mw",
        "2023-07-24",
        "2024-01-16",
        [
            ("", "Antenatal clinic - BP normal, urine clear"),
            ("", "DNA antenatal clinic"),
            ("", "Growth scan - normal, EFW 50th centile"),
            ("", "Antenatal appt - discussed NAS, NNU visit arranged"),
        ],
        timed=False,
    )
    f.fill(
        "hv",
        "2023-08-01",
        "2024-01-20",
        [
            ("Phone call", "Tel call - no answer, text sent"),
            ("Home visit", "No access visit"),
            ("Supervision", "Safeguarding supervision"),
        ],
    )
    f.fill(
        "hv",
        "2024-01-31",
        "2024-04-10",
        [
            ("Home visit", "Targeted visit - J feeding well"),
            ("Clinic", "Jenson weighed at clinic"),
        ],
    )
    f.fill(
        "hv",
        "2024-04-17",
        "2024-08-30",
        [
            ("Home visit", "Bereavement visit to Chantelle; TR seen at MGM's"),
        ],
    )
    f.fill("gp", "2023-07-05", "2023-09-30", [("Prescription", "Chantelle - folic acid")])
    f.fill("gp", "2024-03-11", "2024-03-28", [("Immunisation", "Jenson - 8 week imms")])
    f.fill(
        "gp",
        "2023-07-01",
        "2024-08-30",
        [
            ("Consultation", "Tia-Rose - ear infection"),
            ("Consultation", "Liam - sick note, back pain"),
        ],
    )
    f.fill(
        "drug",
        "2023-07-05",
        "2024-08-30",
        [
            ("Keywork", "Keywork session - C stable on script"),
            ("Drug test", "UDS negative (methadone only)"),
            ("Keywork", "DNA keywork"),
            ("Keywork", "Keywork - relapse prevention"),
            ("Keywork", "Home visit - C low"),
            ("Drug test", "UDS positive cocaine"),
        ],
    )
    f.fill(
        "prob",
        "2023-07-01",
        "2024-08-30",
        [
            ("Supervision", "Supervision - Liam attended"),
            ("Supervision", "Liam failed to attend"),
            ("Supervision", "ATR session - AUDIT 16"),
            ("Supervision", "Supervision - unpaid work hours 40/120"),
        ],
    )
    f.fill(
        "csc",
        "2023-07-24",
        "2024-04-10",
        [
            ("Home visit", "Statutory visit, TR seen"),
            ("Home visit", "Unannounced visit - Liam smelled of alcohol"),
            ("Supervision", "Supervision - consider PLO"),
        ],
    )
    f.fill(
        "csc",
        "2024-04-17",
        "2024-08-30",
        [
            ("Home visit", "Visit to MGM - TR settled"),
            ("Direct work", "Direct work with TR (play)"),
        ],
    )
    f.fill(
        "nur",
        "2023-07-01",
        "2024-04-10",
        [
            ("Attendance", "TR absent, no call"),
            ("Attendance", "TR collected late by Dad"),
            ("Wellbeing", "TR hungry on arrival"),
        ],
    )
    f.fill("nur", "2024-04-23", "2024-08-30", [("Wellbeing", "TR happy, painting with grandma")])
    f.fill(
        "pol",
        "2023-07-01",
        "2024-08-30",
        [
            ("Intel", "Intel: Hatherley Close address visited by known dealer"),
        ],
    )
    f.fill("cdr", "2024-04-17", "2024-05-10", [("Admin", "Agency reporting forms sent out")])
    f.fill("cdr", "2024-05-20", "2024-06-28", [("Admin", "Forms returned: HV, GP, maternity")])
    f.fill(
        "ed",
        "2023-07-01",
        "2024-01-10",
        [
            ("ED attendance", "Tia-Rose - fall from sofa, head bump, NAD"),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Merriott family, Ashcombe then Tollbridge. A mother suspected of fabricating or
# inducing illness in her daughter across three hospitals, then moving to another local
# authority. Joanne Merriott (b. 1986, formerly a healthcare assistant); Scott Merriott
# (father, separated); Freya Merriott (b. 03/2017); Noah Merriott (b. 2020). 19 Larkspur Drive,
# Ashcombe AC4 7NE; from 05/01/2024 5 Quarry Bank Cottages, Tollbridge TB2 3HS. Two social care
# services, two surgeries, two emergency departments and two schools each send a return.
# --------------------------------------------------------------------------------------------


def _merriott() -> BlindCase:
    f = Family(
        "merriott",
        6203,
        {
            "gpa": Sheet(
                GP, "Ashcombe_Vale_Surgery.xlsx", "Chronology", (("2022-01-01", "Dr Hannah Pryor"),)
            ),
            "gpt": Sheet(
                GP, "Tollbridge_Health_Centre.xlsx", "Sheet1", (("2022-01-01", "Dr Kwame Asante"),)
            ),
            "eda": Sheet(
                ED,
                "Ashcombe_General_ED.xlsx",
                "Paeds ED",
                (("2022-01-01", "Paediatric liaison HV"),),
            ),
            "edt": Sheet(
                ED,
                "Tollbridge_Hospital_CED.xlsx",
                "Attendances",
                (("2022-01-01", "CED safeguarding nurse M Dyer"),),
            ),
            "paeds": Sheet(
                PAEDS,
                "Ashcombe_Community_Paediatrics.xlsx",
                "Freya Merriott",
                (("2022-01-01", "Dr Ines Ferreira (consultant, named dr)"),),
            ),
            "tert": Sheet(
                TERTIARY,
                "Marlow_Childrens_Gastro.xlsx",
                "Clinic log",
                (("2022-01-01", "Dr Owain Pryce-Jones (gastroenterologist)"),),
                typed=False,
            ),
            "diet": Sheet(
                "Paediatric Dietetics",
                "Dietetics_Freya.csv",
                "",
                (("2022-01-01", "Shona Ralph (dietitian)"),),
                typed=False,
            ),
            "scha": Sheet(
                SCHOOL,
                "Ashcombe_Infant_and_Junior.xlsx",
                "Freya M",
                (("2022-01-01", "Mrs C Ahmed (DSL)"),),
            ),
            "scht": Sheet(
                SCHOOL,
                "St_Peters_CE_Primary_Tollbridge.xlsx",
                "Freya Merriott",
                (("2022-01-01", "Mr G Lusk (DSL)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Ashcombe.xlsx",
                "Freya",
                (("2022-01-01", "Priya Das (school nurse)"),),
            ),
            "hv": Sheet(
                HV, "HV_Noah_Merriott.xlsx", "Chronology", (("2022-01-01", "Lisa Carver HV"),)
            ),
            "csca": Sheet(
                CSC,
                "Ashcombe_CSC_Merriott.xlsx",
                "Case notes",
                (("2022-01-01", "MASH"), ("2023-09-15", "Rachel Oduya SW")),
            ),
            "csct": Sheet(
                CSC,
                "Tollbridge_Childrens_Services_Merriott.xlsx",
                "Chronology",
                (("2022-01-01", "Duty"), ("2024-01-10", "Fergus Kane SW")),
            ),
            "pol": Sheet(
                POLICE, "Police_Merriott.xlsx", "Sheet1", (("2022-01-01", "DC Helen Marsh (CAIT)"),)
            ),
        },
    )
    o = f.occ
    o(
        "2023-02-07",
        "ed-a1",
        R(
            "eda",
            "Freya Merriott 5y - mum reports vomiting x3 days. Obs normal, tolerated fluids in "
            "dept. Discharged, GP f/u",
            "19:10",
            "ED attendance",
        ),
    )
    o(
        "2023-02-08",
        "ed-a2",
        R(
            "eda",
            "Re-attended: mum reports a 'blue episode' at home ?seizure, not witnessed by "
            "staff. Obs normal, playing. Discharged",
            "21:30",
            "ED attendance",
        ),
    )
    o(
        "2023-02-10",
        "gpa-ed-letters",
        R(
            "gpa",
            "ED discharge letters x2 (07/02 and 08/02) filed - Freya, vomiting / ?seizure",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-02-14",
        "gpa-freya",
        R(
            "gpa",
            "Freya - mum reports daily vomiting, 'seizure-like' episodes, several food "
            "intolerances. Exam NAD. Refer paeds",
            "09:00",
            "Consultation",
        ),
    )
    o(
        "2023-02-14",
        "gpa-noah",
        R("gpa", "Noah - eczema flare, emollients", "09:10", "Consultation"),
    )
    o(
        "2023-02-15",
        "paeds-referral",
        R(
            "gpa",
            "Referral letter to community paediatrics - vomiting, ?episodes, per mum",
            "",
            "Referral",
        ),
        R(
            "paeds",
            "Referral received from Dr Pryor (GP): vomiting, possible seizures, food intolerance",
            "",
            "Referral",
            shift="+1",
        ),
    )
    o(
        "2023-03-07",
        "paeds-clinic-1",
        R(
            "paeds",
            "New patient clinic, seen with mum. Mum reports 6 intolerances, vomits after "
            "every meal, 'absences'. Exam normal, wt 19.8kg (50th). Plan EEG, bloods, food "
            "diary",
            "14:00",
            "Clinic",
        ),
    )
    o(
        "2023-03-09",
        "gpa-clinic-letter",
        R(
            "gpa",
            "Clinic letter from Dr Ferreira (7/3) - EEG & bloods planned",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-03-21",
        "ihcp",
        R(
            "scha",
            "Meeting with mum & school nurse: IHCP written - list of 6 allergies, 'seizure "
            "plan', no PE on bad days",
            "15:30",
            "Meeting",
        ),
        R(
            "sn",
            "IHCP meeting at Ashcombe Inf & Jun with Mrs Merriott and SENCo. No medical "
            "evidence of allergies seen, mum to bring letters",
            "15:30",
            "Health care plan",
        ),
    )
    o("2023-04-04", "eeg", R("paeds", "EEG reported normal", "", "Investigation"))
    o(
        "2023-04-17",
        "ed-a3",
        R(
            "eda",
            "Mum reports F not eaten for 4 days, lethargic. Appears well, ate toast and "
            "biscuits in dept. Discharged",
            "18:40",
            "ED attendance",
        ),
    )
    o(
        "2023-04-18",
        "school-lunch",
        R(
            "scha",
            "Freya ate whole school dinner (pasta bake) and pudding, ran about at break. Mum "
            "told us she cannot eat wheat or dairy",
            "13:20",
            "Observation",
        ),
    )
    o(
        "2023-05-02",
        "tert-referral",
        R(
            "paeds",
            "Referred to Marlow Children's gastroenterology - at mum's request",
            "",
            "Referral",
        ),
        R(
            "tert",
            "Referral rec'd from Ashcombe community paeds (Dr Ferreira) - reported vomiting "
            "& food refusal, normal growth",
            "",
            shift="+1",
        ),
    )
    o(
        "2023-05-30",
        "ed-t1",
        R(
            "edt",
            "Freya 6 - mum says she vomited blood twice today. No blood seen, Hb 128. Mum "
            "said F not under any other hospital. Discharged",
            "20:15",
            "ED attendance",
        ),
    )
    o(
        "2023-06-01",
        "gpa-edt-notice",
        R(
            "gpa",
            "Tollbridge Hosp CED attendance notification 30/05 - ?haematemesis, nil found",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-06-13",
        "tert-clinic-1",
        R(
            "tert",
            "Gastro clinic: mum requesting NG tube feeding. Wt 19.1kg. No red flags. Plan "
            "OGD, dietitian. Explained NG not indicated",
            "10:30",
        ),
    )
    o(
        "2023-06-16",
        "gpa-tert-letter",
        R(
            "gpa",
            "Letter from Marlow gastro clinic 13/6 - NG not indicated, OGD planned",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-06-20",
        "diet-1",
        R(
            "diet",
            "Dietetic assessment. Mum reports F eats 6 foods only. Food diary does not match "
            "school report of full meals",
            "11:00",
        ),
    )
    o("2023-07-11", "ogd", R("tert", "Day case OGD + biopsies: macroscopically normal", "08:30"))
    o(
        "2023-07-18",
        "ed-a4",
        R(
            "eda",
            "Mum reports F 'fitting 10 mins' at home, no video. Alert, no post-ictal signs. "
            "Admitted for obs",
            "17:30",
            "ED attendance",
        ),
    )
    o(
        "2023-07-25",
        "histology",
        R("tert", "Histology normal - no EoE, no coeliac changes. Letter to mum and GP", ""),
        R("tert", "Histology normal, no EoE or coeliac changes. Letter to mum & GP", ""),
    )
    o(
        "2023-09-12",
        "prof-meeting",
        R(
            "paeds",
            "Professionals' meeting (chaired by named dr), parents not invited: possible "
            "FII - discrepancies between reported and observed symptoms across 3 "
            "hospitals. Agreed referral to CSC",
            "13:00",
            "Meeting",
        ),
        R("tert", "Attended professionals mtg via Teams - all investigations normal", "13:00"),
        R(
            "gpa",
            "Professionals meeting re Freya - GP attended, 11 attendances in 7 months",
            "13:00",
            "Meeting",
        ),
        R(
            "scha",
            "Prof mtg: school reported none of the symptoms mum describes seen in school",
            "13:00",
            "Meeting",
        ),
        R("sn", "Professionals meeting (Freya) - SN attended", "", "Meeting"),
        R("diet", "Prof meeting - dietetic view: intake at school normal", "13:15"),
    )
    o(
        "2023-09-13",
        "paeds-csc-referral",
        R(
            "paeds",
            "Referral to Ashcombe CSC - perplexing presentation / suspected FII (RCPCH guidance)",
            "10:00",
            "Referral",
        ),
        R(
            "csca",
            "Contact: referral from named doctor Dr Ferreira - suspected FII, Freya (6). "
            "Health chronology attached",
            "10:20",
            "Contact",
        ),
    )
    o(
        "2023-09-14",
        "mash",
        R("csca", "MASH screening: strategy discussion required", "12:00", "Screening"),
    )
    o(
        "2023-09-19",
        "strat-1",
        R(
            "csca",
            "Strategy discussion (Teams) - suspected FII. S47. Agreed to tell mum of "
            "concerns at visit",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R("pol", "Strat disc - FII concerns re Freya MERRIOTT, joint S47", "10:00", "Strategy"),
        R(
            "paeds",
            "Strategy discussion - named dr presented health chronology",
            "10:00",
            "Meeting",
        ),
        R("gpa", "Strategy meeting re Freya (GP)", "", "Meeting", shift="+1"),
        R("scha", "DSL attended strat mtg", "10:10", "Meeting"),
    )
    o(
        "2023-10-03",
        "s47-visit",
        R(
            "csca",
            "Joint S47 visit with DC Marsh. Mum angry, says doctors 'not listening'. Freya "
            "seen alone - said she feels fine",
            "10:30",
            "S47 visit",
        ),
        R(
            "pol",
            "Joint visit with SW Rachel Oduya (S47) - mother spoken to, child seen",
            "10:30",
            "Visit",
        ),
    )
    o(
        "2023-10-03",
        "hv-noah",
        R(
            "hv",
            "Noah 3y - speech review at home, some delay. Mum upset about 'social workers'",
            "14:30",
            "Home visit",
        ),
    )
    o("2023-10-17", "gpa-report", R("gpa", "Report for ICPC sent (Freya & Noah)", "", "Report"))
    o(
        "2023-10-20",
        "icpc",
        R(
            "csca",
            "ICPC - Freya subject to CP plan (emotional abuse); Noah CIN",
            "10:00",
            "ICPC",
            "CP plan",
        ),
        R("pol", "ICPC - CP plan (emotional)", "10:00", "Conference"),
        R(
            "paeds",
            "Initial CP conference - Freya CP plan. All health contact via named dr",
            "10:00",
            "Meeting",
        ),
        R("gpa", "ICPC attended", "10:00", "Meeting"),
        R("scha", "Initial child protection conference - CP plan", "10:00", "Meeting", shift="+1"),
        R("sn", "ICPC (Freya) - CP plan", "", "Meeting"),
        R("hv", "ICPC - Noah CIN", "", "Meeting", shift="month"),
    )
    o(
        "2023-10-20",
        "cg-1",
        R("csca", "Core group 1 after conference", "12:00", "Core group"),
        R("scha", "core group 1", "12:00", "Meeting"),
        R("sn", "CGM after ICPC", "12:10", "Meeting"),
    )
    o(
        "2023-11-07",
        "ed-a5",
        R(
            "eda",
            "Mum brought F: 'rash and breathing difficulty'. Sats 99%, no rash. CP plan "
            "noted on CP-IS. Discharged",
            "18:05",
            "ED attendance",
        ),
    )
    o(
        "2023-11-08",
        "ed-a5-notice",
        R(
            "csca",
            "Notification from Ashcombe General safeguarding team re ED attendance last "
            "night (F on CP plan)",
            "09:30",
            "Contact",
        ),
    )
    o(
        "2023-11-21",
        "cg-2",
        R("csca", "Core group 2", "15:30", "Core group"),
        R("scha", "Core group - attendance 74%", "15:30", "Meeting"),
        R("sn", "CG - weight at school 20.3kg", "15:30", "Meeting"),
        R("paeds", "core group - dr attended by phone", "", "Meeting", shift="month"),
    )
    o(
        "2023-12-05",
        "leaving-notice",
        R(
            "scha",
            "Mum told office F leaving at Christmas - moving to Tollbridge",
            "08:50",
            "Admin",
        ),
    )
    o(
        "2024-01-05",
        "move",
        R(
            "csca",
            "Family moved to 5 Quarry Bank Cottages, Tollbridge TB2 3HS (out of area). "
            "Transfer-in to Tollbridge to be requested",
            "",
            "House move",
        ),
        R(
            "hv",
            "Family moved out of area - 5 Quarry Bank Cottages, Tollbridge. Records to "
            "Tollbridge HV",
            "",
            "Note",
            shift="late",
        ),
        R(
            "scha",
            "Confirmed move to 5 Quarry Bank Cotts, Tollbridge - CTF to follow",
            "",
            "Admin",
            shift="late",
        ),
    )
    o(
        "2024-01-08",
        "transfer-call",
        R(
            "csca",
            "Tel call to Tollbridge CS duty - transfer-in of CP case requested (Freya CP, "
            "Noah CIN)",
            "10:15",
            "Phone call",
        ),
        R(
            "csct",
            "Call from Ashcombe CSC (SW R Oduya) re Merriott family moved into area - Freya "
            "on CP plan (emotional abuse, ?FII). Transfer-in conference to be booked",
            "10:20",
            "Contact",
            shift="swap",
        ),
    )
    o(
        "2024-01-09",
        "gpt-registration",
        R(
            "gpt",
            "New registration: Joanne, Freya & Noah Merriott, 5 Quarry Bank Cottages TB2 3HS. "
            "Mum lists 9 allergies for F",
            "",
            "Registration",
        ),
    )
    o(
        "2024-01-10",
        "scht-start",
        R(
            "scht",
            "Freya started Year 2 at St Peter's. Mum gave list of 9 allergies and a 'seizure plan'",
            "",
            "Admission",
        ),
        R(
            "csct",
            "Freya started at St Peter's CE Primary Tollbridge",
            "",
            "Education",
            shift="late",
        ),
    )
    o(
        "2024-01-15",
        "ed-t2",
        R(
            "edt",
            "Freya 6 - mum reports vomiting & 'absence seizures'. Mum states no previous "
            "hospital attendances. Obs normal. Discharged",
            "19:40",
            "ED attendance",
        ),
    )
    o(
        "2024-01-16",
        "ed-t3",
        R(
            "edt",
            "Re-attended - mum requesting admission & NG tube. CP-IS flag seen: CP plan. "
            "Admitted to ward for obs",
            "11:20",
            "ED attendance",
        ),
    )
    o(
        "2024-01-17",
        "edt-csct-notice",
        R(
            "csct",
            "Tollbridge Hospital safeguarding: F attended CED twice, mum denied previous "
            "attendances",
            "14:00",
            "Contact",
        ),
    )
    o(
        "2024-01-25",
        "transfer-in",
        R(
            "csct",
            "Transfer-in child protection conference - Freya CP plan continues (emotional "
            "abuse), Noah CIN",
            "10:00",
            "Transfer-in conference",
            "CP plan",
        ),
        R(
            "csca",
            "Attended Tollbridge transfer-in conference (Teams). Case closed to Ashcombe "
            "after conference",
            "10:00",
            "Meeting",
        ),
        R("scht", "Transfer in conference - DSL attended", "10:00", "Meeting"),
        R("gpt", "TIC (CP) attended via Teams", "10:10", "Meeting"),
        R(
            "paeds",
            "Transfer-in CP conference (Tollbridge) - health chronology handed over",
            "10:00",
            "Meeting",
        ),
        R("pol", "Transfer-in conference - police attended", "", "Conference"),
        R(
            "tert",
            "Report sent for transfer-in CP conference and attended 20 mins",
            "",
            shift="month",
        ),
    )
    o(
        "2024-01-25",
        "cg-t1",
        R("csct", "Core group 1 (Tollbridge)", "12:30", "Core group"),
        R("scht", "First core group", "12:30", "Meeting"),
        R("gpt", "Core group - GP attended", "12:30", "Meeting"),
    )
    o(
        "2024-02-06",
        "tert-clinic-2",
        R(
            "tert",
            "Clinic: mum requests gastrostomy. Declined - no clinical indication. Wt 20.4kg (45th)",
            "11:00",
        ),
    )
    o(
        "2024-02-09",
        "gpt-tert-letter",
        R(
            "gpt",
            "Letter from Marlow gastro: gastrostomy declined, wt 20.4kg",
            "",
            "Correspondence",
        ),
    )
    o(
        "2024-02-19",
        "ed-t4",
        R(
            "edt",
            "Mum says F hasn't eaten in 5 days, has bought NG tubes online. F ate sandwich "
            "and crisps in dept. Safeguarding team informed",
            "17:50",
            "ED attendance",
        ),
    )
    o(
        "2024-02-20",
        "strat-2",
        R(
            "csct",
            "Strategy discussion - mum bought NG tubes online, risk of induced illness. "
            "Legal planning",
            "10:00",
            "Strategy discussion",
        ),
        R("pol", "Strategy meeting (Tollbridge) re FII escalation", "10:00", "Strategy"),
        R("edt", "CED safeguarding nurse joined strategy discussion", "10:00", "Meeting"),
        R("scht", "Strat mtg - DSL gave food/attendance info", "10:15", "Meeting"),
        R("gpt", "Strategy discussion re Freya", "", "Meeting"),
        R(
            "tert",
            "Strategy meeting - consultant gave medical opinion: no organic cause found",
            "10:00",
        ),
    )
    o(
        "2024-02-20",
        "legal-planning",
        R(
            "csct",
            "Legal planning meeting - threshold met, PLO pre-proceedings",
            "15:00",
            "Legal planning",
        ),
    )
    o(
        "2024-03-05",
        "plo",
        R(
            "csct",
            "PLO meeting with mum and her solicitor - letter before proceedings",
            "14:00",
            "PLO",
        ),
    )
    o(
        "2024-03-19",
        "cg-t2",
        R("csct", "Core group 2", "15:30", "Core group"),
        R("scht", "CGM - F eating full school lunches", "15:30", "Meeting"),
        R("gpt", "core group", "15:30", "Meeting", shift="-1"),
    )
    o(
        "2024-04-09",
        "rcpc",
        R("csct", "RCPC - CP plan continues, PLO ongoing", "10:00", "RCPC"),
        R("scht", "Review conference - plan continues", "10:00", "Meeting"),
        R("gpt", "RCPC attended", "10:00", "Meeting"),
        R("pol", "RCPC", "10:00", "Conference"),
        R("tert", "Review CP conference report sent", "", shift="-2"),
    )
    o(
        "2024-04-23",
        "scht-lunch-twice",
        R(
            "scht",
            "Freya ate full school lunch incl. cheese sandwich and yoghurt - no ill effects",
            "13:10",
            "Observation",
        ),
        R(
            "scht",
            "Freya ate full school lunch incl cheese sandwich & yoghurt, no ill effects",
            "13:10",
            "Observation",
        ),
    )
    o(
        "2024-05-14",
        "proceedings",
        R("csct", "Care proceedings issued (s31), Tollbridge Family Court", "", "Court"),
    )
    o(
        "2024-05-16",
        "iso",
        R(
            "csct",
            "First hearing: interim supervision order, Freya to stay with mum under written "
            "agreement; expert paediatric report ordered",
            "",
            "Court",
            "ISO",
        ),
        R(
            "scht",
            "Interim supervision order granted (Tollbridge Family Court) - F stays with "
            "mum, written agreement",
            "",
            "Note",
            shift="late",
        ),
    )
    o(
        "2024-06-04",
        "father-viability",
        R("csct", "Viability assessment of father Scott Merriott started", "", "Assessment"),
    )
    o(
        "2024-06-18",
        "cg-t3",
        R("csct", "Core group 3", "15:30", "Core group"),
        R("scht", "Core group - attendance 96% this term", "15:30", "Meeting"),
        R("gpt", "CG attended", "", "Meeting"),
    )
    o(
        "2024-07-16",
        "expert-report",
        R(
            "csct",
            "Expert paediatric report filed - opinion: FII (fabrication), no organic illness",
            "",
            "Court",
        ),
    )
    f.fill(
        "gpa",
        "2023-01-05",
        "2023-12-20",
        [
            ("Consultation", "Freya - mum reports headaches, exam normal"),
            ("Consultation", "Joanne - back pain, naproxen"),
            ("Telephone", "Tel call with mum - requests hypoallergenic formula on prescription"),
            ("Prescription", "Noah - emollient repeat"),
            ("Consultation", "Freya - mum reports joint pains, exam normal"),
        ],
    )
    f.fill(
        "gpt",
        "2024-01-11",
        "2024-08-30",
        [
            ("Consultation", "Freya - mum reports fatigue, requests wheelchair referral, declined"),
            ("Telephone", "Mum called requesting anti-emetic, declined"),
            ("Consultation", "Noah - viral URTI"),
        ],
    )
    f.fill(
        "eda",
        "2023-01-05",
        "2023-12-20",
        [
            ("ED attendance", "Noah - minor head injury at playground, NAD"),
        ],
    )
    f.fill(
        "paeds",
        "2023-03-08",
        "2023-12-20",
        [
            ("Clinic", "Follow-up clinic - mum reports new symptoms (dizziness), exam normal"),
            ("Telephone", "Tel call from mum requesting MRI"),
        ],
    )
    f.fill(
        "paeds",
        "2023-08-01",
        "2023-09-08",
        [
            ("Admin", "Health chronology compiled - 17 attendances"),
        ],
    )
    f.fill(
        "tert",
        "2023-06-14",
        "2024-07-31",
        [
            ("", "Telephone call from mum - 'F losing weight', requests earlier appt"),
            ("", "Email from mum - new list of reactions"),
        ],
        timed=False,
    )
    f.fill(
        "diet",
        "2023-06-21",
        "2023-12-20",
        [
            ("", "Dietetic review - wt stable, diet plan reviewed"),
            ("", "Mum cancelled appointment"),
        ],
    )
    f.fill(
        "scha",
        "2023-01-05",
        "2023-12-15",
        [
            ("Attendance", "Freya absent - mum says vomiting"),
            ("Attendance", "Freya absent - 'hospital appt'"),
            ("Observation", "Freya happy in class, did PE"),
            ("Attendance", "Attendance meeting with mum - 74%"),
            ("Observation", "F swapped packed lunch for friend's sandwich"),
        ],
    )
    f.fill(
        "scht",
        "2024-01-11",
        "2024-07-19",
        [
            ("Attendance", "Freya absent - mum called, 'seizures'"),
            ("Observation", "Freya joined in PE fully"),
            ("Attendance", "F collected early for 'appointment'"),
        ],
    )
    f.fill(
        "sn",
        "2023-03-22",
        "2023-12-20",
        [
            ("Health care plan", "IHCP review - no medical letters received"),
            ("Weight", "Freya weighed at school 20.1kg"),
        ],
    )
    f.fill(
        "hv",
        "2023-02-01",
        "2024-01-03",
        [
            ("Home visit", "Noah 2.5y review - ASQ speech below"),
            ("Phone call", "Tel call with mum re Noah's speech referral"),
        ],
    )
    f.fill(
        "csca",
        "2023-09-20",
        "2024-01-04",
        [
            ("Home visit", "Statutory visit - Freya and Noah seen"),
            ("Direct work", "Direct work with Freya - 'my body' drawing"),
            ("Supervision", "Supervision - FII guidance reviewed"),
            ("Home visit", "Statutory visit - mum declined to discuss health"),
        ],
    )
    f.fill(
        "csct",
        "2024-01-26",
        "2024-08-30",
        [
            ("Home visit", "Statutory visit Quarry Bank - both children seen"),
            ("Home visit", "Visit - F seen alone at school"),
            ("Supervision", "Supervision - court timetable"),
            ("Direct work", "Direct work with Freya"),
        ],
    )
    f.fill(
        "csct",
        "2024-02-22",
        "2024-08-30",
        [
            ("Home visit", "Unannounced visit - NG tubes no longer in house"),
        ],
    )
    f.fill(
        "pol",
        "2023-09-20",
        "2023-10-13",
        [
            ("Admin", "CAIT case file opened - FII"),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 4: the Coyne family, Hexley. A 14-year-old girl groomed into a coercive "relationship"
# with a 24-year-old man; missing episodes, an overdose, family breakdown and a children's
# home. Sarah Coyne (mother); Gavin Pickering (stepfather); Amber-Lily Coyne (b. 11/2008,
# Hexley Park Academy); Kai Pickering (b. 2015). 12 Orchard Way, Hexley HX3 6LP. The man: Ryan
# TEALE (b. 1999), Flat 3, 88 Mill Street, Hexley HX1 4DD. From 22/01/2024 Amber-Lily is
# accommodated (s20) at Beechcroft House, Wendham WN7 2AE; home again from 26/07/2024.
# --------------------------------------------------------------------------------------------


def _coyne() -> BlindCase:
    f = Family(
        "coyne",
        8861,
        {
            "pol": Sheet(
                POLICE,
                "Hexley_Police_Coyne.xlsx",
                "Chronology",
                (("2023-01-01", "PC Gemma Stroud"), ("2023-07-01", "DC Tariq Malik")),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Amber-Lily_Coyne.xlsx",
                "Chronology",
                (("2023-01-01", "MASH"), ("2023-06-12", "Yvonne Achterberg SW")),
            ),
            "sch": Sheet(
                SCHOOL,
                "Hexley_Park_Academy.xlsx",
                "Amber-Lily C",
                (("2023-01-01", "Ms Dora Varga (DSL)"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "CAMHS_Coyne.xlsx",
                "Notes",
                (("2023-01-01", "Jess Holloway (CAMHS practitioner)"),),
                typed=False,
            ),
            "sh": Sheet(
                SEXUAL_HEALTH,
                "Hexley_Sexual_Health.xlsx",
                "Attendances",
                (("2023-01-01", "Nurse A Kowalski"),),
            ),
            "gp": Sheet(
                GP, "Orchard_Medical_Practice.xlsx", "Sheet1", (("2023-01-01", "Dr Nina Blake"),)
            ),
            "ed": Sheet(
                ED, "Hexley_General_ED.xlsx", "ED", (("2023-01-01", "Paediatric liaison"),)
            ),
            "amb": Sheet(
                AMBULANCE, "Ambulance_Coyne.csv", "", (("2023-01-01", "Crew 0931"),), typed=False
            ),
            "ess": Sheet(
                EXPLOITATION,
                "Safe_Steps_Coyne.xlsx",
                "Contacts",
                (("2023-01-01", "Chloe Penrose (Safe Steps worker)"),),
            ),
            "home": Sheet(
                RESIDENTIAL,
                "Beechcroft_House_daily_log.xlsx",
                "Amber-Lily",
                (("2023-01-01", "Marcus Reid (registered manager)"),),
            ),
            "iro": Sheet(
                IRO, "IRO_Coyne.xlsx", "Reviews", (("2023-01-01", "Angela Fenwick (IRO)"),)
            ),
        },
    )
    o = f.occ
    o(
        "2023-05-09",
        "car-seen",
        R(
            "sch",
            "A-L seen getting into black BMW after school with male approx mid 20s. Partial "
            "reg noted",
            "15:40",
            "Concern",
        ),
    )
    o(
        "2023-05-10",
        "school-mash-call",
        R(
            "sch",
            "DSL phoned MASH re A-L and older male, car reg partial given",
            "09:30",
            "Phone call",
        ),
        R(
            "csc",
            "Contact from Hexley Park DSL (Ms Varga): A-L (14) getting into car with adult "
            "male after school",
            "09:40",
            "Contact",
        ),
    )
    o(
        "2023-05-11",
        "mash",
        R(
            "csc",
            "MASH screening: CSE screening tool medium. Refer Safe Steps, intel to police",
            "14:00",
            "Screening",
        ),
    )
    o(
        "2023-05-11",
        "ess-referral",
        R("csc", "Referral sent to Safe Steps (exploitation support) for A-L", "15:10", "Referral"),
        R(
            "ess",
            "Referral rec'd from MASH: A-L 14, possible CSE, 'older boyfriend'",
            "",
            "Referral",
            shift="+1",
        ),
    )
    o(
        "2023-06-03",
        "missing-1",
        R(
            "pol",
            "MISPER: Amber-Lily COYNE (14) not returned from town, reported by mother 23:00. "
            "Medium risk",
            "23:00",
            "Missing person",
            ref="HX-23-060341",
        ),
    )
    o(
        "2023-06-04",
        "found-1",
        R(
            "pol",
            "A-L returned home 04:30, dropped off by car (not identified). Safe & well done",
            "04:30",
            "Missing - returned",
            ref="HX-23-060341",
        ),
    )
    o(
        "2023-06-05",
        "missing-1-notice",
        R(
            "csc",
            "Missing notification (HX-23-060341) rec'd - A-L missing Sat night, returned",
            "09:10",
            "Police notification",
        ),
    )
    o(
        "2023-06-07",
        "rhi-1",
        R(
            "ess",
            "Return home interview at school. A-L says she was with 'Ry', 'he's 19', stayed "
            "at his flat. Would not give address",
            "12:30",
            "RHI",
        ),
    )
    o(
        "2023-06-13",
        "sh-attend",
        R(
            "sh",
            "A-L (14) attended alone requesting EC. Sexually active with 'boyfriend' ?19+. "
            "Spotting the signs proforma - high. EC given",
            "16:20",
            "Attendance",
        ),
    )
    o(
        "2023-06-13",
        "sh-mash-call",
        R("sh", "Safeguarding call to MASH - under 16 with adult partner", "17:05", "Phone call"),
        R(
            "csc",
            "Contact from Sexual Health Hexley: A-L attended for EC today, partner reportedly "
            "19 or older",
            "17:10",
            "Contact",
        ),
    )
    o(
        "2023-06-15",
        "strat-1",
        R(
            "pol",
            "Strategy discussion - CSE, adult male 'Ry'. S47, identify suspect",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "csc",
            "Strategy discussion (Teams). CSE concerns A-L. Outcome S47 joint, referral to MACE",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R("sch", "DSL attended strategy discussion", "10:00", "Meeting"),
        R("sh", "Strat meeting - SH nurse shared attendance info", "10:10", "Meeting"),
        R("ess", "Strategy discussion re A-L", "", "Meeting", shift="-1"),
    )
    o(
        "2023-06-15",
        "ess-session",
        R(
            "ess",
            "1:1 with A-L at school - healthy relationships, she says Ry 'loves me'",
            "14:00",
            "Session",
        ),
    )
    o(
        "2023-06-20",
        "s47-visit",
        R(
            "csc",
            "Joint S47 home visit with DC Malik. A-L angry, refused to talk about Ry. Mum "
            "and Gavin worried, house rules discussed",
            "16:30",
            "S47 visit",
        ),
        R(
            "pol",
            "Joint visit to 12 Orchard Way with SW (S47). Child would not engage",
            "16:30",
            "Visit",
        ),
    )
    o(
        "2023-06-22",
        "abe-declined",
        R("pol", "A-L declined ABE interview, no disclosure", "15:00", "Investigation"),
    )
    o(
        "2023-07-04",
        "cawn",
        R(
            "pol",
            "Child Abduction Warning Notice served on Ryan TEALE (24), Flat 3 88 Mill St HX1 "
            "4DD re A-L",
            "19:00",
            "CAWN",
            ref="HX-23-070411",
        ),
    )
    o(
        "2023-07-12",
        "mace",
        R("pol", "MACE panel - A-L discussed, TEALE identified, disruption plan", "09:30", "MACE"),
        R("csc", "MACE - A-L heard at panel, actions agreed", "09:30", "Meeting"),
        R("sch", "MACE panel (A-L) - school update given", "09:45", "Meeting"),
        R("ess", "MACE: Safe Steps to continue weekly sessions", "09:30", "Meeting"),
    )
    o(
        "2023-07-12",
        "cin-1",
        R("csc", "CIN meeting at school - A-L attended part", "14:00", "CIN meeting"),
        R("sch", "Child in need meeting in school", "14:00", "Meeting"),
        R("ess", "CIN meeting (school) - A-L stayed 10 mins", "14:10", "Meeting"),
    )
    o(
        "2023-07-21",
        "missing-2",
        R(
            "pol",
            "MISPER A-L from home address 14:00, reported by stepfather",
            "14:20",
            "Missing person",
            ref="HX-23-072122",
        ),
    )
    o(
        "2023-07-21",
        "found-2",
        R(
            "pol",
            "A-L returned home 18:10 of own accord",
            "18:10",
            "Missing - returned",
            ref="HX-23-072122",
        ),
    )
    o(
        "2023-07-21",
        "missing-3",
        R(
            "pol",
            "MISPER A-L again - left address 22:30 after argument, high risk",
            "22:45",
            "Missing person",
            ref="HX-23-072158",
        ),
    )
    o(
        "2023-07-23",
        "found-3",
        R(
            "pol",
            "A-L found at Flat 3 88 Mill St with TEALE, returned home",
            "01:50",
            "Missing - found",
            ref="HX-23-072158",
        ),
    )
    o(
        "2023-07-23",
        "teale-arrest",
        R(
            "pol",
            "Ryan TEALE arrested at Flat 3, 88 Mill Street - child abduction (s2 CAA 1984) "
            "& sexual activity with a child",
            "02:05",
            "Arrest",
            ref="HX-23-072158",
        ),
    )
    o(
        "2023-07-24",
        "missing-2-3-notice",
        R(
            "csc",
            "Missing notifications x2 (HX-23-072122, HX-23-072158) and arrest of TEALE",
            "09:00",
            "Police notification",
        ),
    )
    o(
        "2023-07-24",
        "teale-bail",
        R(
            "pol",
            "TEALE bailed - conditions: no contact with A-L, not to enter Orchard Way",
            "11:30",
            "Bail",
            ref="HX-23-072158",
        ),
    )
    o(
        "2023-08-08",
        "gp-al",
        R(
            "gp",
            "A-L - superficial cuts L forearm, low mood, 'sleeps all day'. Refer CAMHS",
            "16:00",
            "Consultation",
        ),
    )
    o(
        "2023-08-08",
        "gp-kai",
        R("gp", "Kai - asthma review with mum, inhaler technique", "16:10", "Consultation"),
    )
    o(
        "2023-08-09",
        "camhs-referral",
        R("gp", "CAMHS referral sent - self harm, low mood, CSE context", "", "Referral"),
        R(
            "camhs",
            "Referral received from GP (Dr Blake): self-harm, low mood. Known CSE concerns. "
            "Urgent triage",
            "",
            shift="+2",
        ),
    )
    o("2023-08-18", "gp-report", R("gp", "Report for ICPC sent", "", "Report"))
    o(
        "2023-08-22",
        "icpc",
        R(
            "csc",
            "ICPC - A-L subject of CP plan, sexual abuse (extra-familial)",
            "10:00",
            "ICPC",
            "CP plan",
        ),
        R("pol", "ICPC attended - CP plan", "10:00", "Conference"),
        R("sch", "Initial CP conference - A-L on CP plan", "10:00", "Meeting"),
        R("ess", "ICPC: CP plan. Safe Steps on plan", "10:00", "Meeting"),
        R("camhs", "ICPC attended, CAMHS to offer urgent assessment", "10:15"),
        R(
            "gp",
            "Initial child protection conference - GP report submitted, did not attend",
            "",
            "Meeting",
        ),
        R("sh", "ICPC - nurse attended", "", "Meeting", shift="month"),
    )
    o(
        "2023-08-22",
        "cg-1",
        R("csc", "First core group", "12:00", "Core group"),
        R("sch", "CG1 after ICPC", "12:00", "Meeting"),
        R("ess", "Core group 1", "12:10", "Meeting"),
    )
    o(
        "2023-09-16",
        "od-999",
        R(
            "amb",
            "F 14 took 16 paracetamol at home ~17:00, mother called 999. Alert. Conveyed "
            "Hexley General",
            "21:05",
        ),
    )
    o(
        "2023-09-16",
        "od-ed",
        R(
            "ed",
            "Amber-Lily Coyne 14 - POD paracetamol 16 tabs, level below treatment line. To "
            "paeds ward overnight, CAMHS review am",
            "21:40",
            "ED attendance",
        ),
    )
    o(
        "2023-09-17",
        "camhs-liaison",
        R(
            "camhs",
            "Seen on paeds ward by CAMHS liaison - impulsive OD after row with mum about "
            "'Ry'. Safety plan",
            "11:00",
        ),
    )
    o(
        "2023-09-18",
        "od-csc-notice",
        R(
            "csc",
            "Hexley General safeguarding: A-L admitted overnight after OD 16/09",
            "09:20",
            "Contact",
        ),
    )
    o(
        "2023-09-19",
        "cg-2",
        R("csc", "Core group 2", "15:30", "Core group"),
        R("sch", "Core group - A-L attendance 62%", "15:30", "Meeting"),
        R("ess", "Core group", "15:30", "Meeting"),
        R("camhs", "Core group - CAMHS attended, weekly appts", "", shift="+1"),
    )
    o(
        "2023-09-20",
        "gp-ed-letter",
        R(
            "gp",
            "Discharge letter Hexley General: paracetamol OD 16/09, CAMHS f/u",
            "",
            "Correspondence",
        ),
    )
    o(
        "2023-10-03",
        "police-row",
        R(
            "pol",
            "Argument at 12 Orchard Way - A-L threw mug at stepfather Gavin PICKERING, he "
            "restrained her. Both spoken to, no offences",
            "20:30",
            "Domestic / family",
            ref="HX-23-100367",
        ),
    )
    o(
        "2023-10-03",
        "missing-4",
        R(
            "pol",
            "A-L left address after officers left - MISPER reported by mother 22:15",
            "22:15",
            "Missing person",
            ref="HX-23-100391",
        ),
    )
    o(
        "2023-10-04",
        "found-4",
        R(
            "pol",
            "A-L located Mill Street area 03:10 (alone), returned home",
            "03:10",
            "Missing - found",
            ref="HX-23-100391",
        ),
    )
    o(
        "2023-10-04",
        "ppn-row",
        R(
            "csc",
            "PPN (HX-23-100367) + missing notification (HX-23-100391) from last night",
            "10:10",
            "Police notification",
        ),
    )
    o(
        "2023-10-05",
        "strat-2",
        R(
            "csc",
            "Strategy discussion - family conflict, A-L at risk, TEALE bail breach?. "
            "Continue S47, consider accommodation",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "Strategy mtg - family conflict + missing, TEALE bail conditions",
            "10:00",
            "Strategy",
        ),
        R("sch", "Strategy meeting - DSL attended", "10:00", "Meeting", shift="swap"),
        R("camhs", "Strat disc - CAMHS attended", "10:20"),
        R("ess", "Strat discussion (A-L)", "", "Meeting"),
    )
    o(
        "2023-11-14",
        "rcpc-1",
        R("csc", "RCPC - CP plan continues", "10:00", "RCPC"),
        R("pol", "Review conference", "10:00", "Conference"),
        R("sch", "RCPC - A-L attended with Safe Steps worker", "10:00", "Meeting"),
        R("ess", "Review CP conference - A-L attended with me, spoke up", "10:00", "Meeting"),
        R("camhs", "RCPC report sent & attended", "10:05"),
        R("sh", "Review case conf - report only", "", "Meeting", shift="month"),
    )
    o(
        "2023-12-01",
        "intel-twice",
        R("pol", "Intel: A-L seen in passenger seat of TEALE's car, Mill Street", "16:40", "Intel"),
        R("pol", "Intel - A-L seen in passenger seat of TEALEs car Mill St", "16:40", "Intel"),
    )
    o(
        "2023-12-12",
        "teale-charge",
        R(
            "pol",
            "TEALE charged - sexual activity with a child x3 (s9 SOA 2003). Bail conditions "
            "continue",
            "17:20",
            "Charge",
            ref="HX-23-072158",
        ),
        R(
            "csc",
            "Ryan Teale charged today - 3 counts sexual activity with a child (s9), bail "
            "no contact with A-L",
            "",
            "Criminal proceedings",
        ),
    )
    o(
        "2024-01-19",
        "accommodation-request",
        R("csc", "Mum phoned: cannot cope, asks for A-L to be accommodated", "15:30", "Phone call"),
    )
    o(
        "2024-01-22",
        "placement",
        R(
            "csc",
            "A-L placed at Beechcroft House children's home, Wendham WN7 2AE (s20, mum consented)",
            "",
            "Placement",
            "Looked after s20",
        ),
        R(
            "home",
            "Admission: Amber-Lily (15) arrived 16:40 with SW. s20. Settled in room 4",
            "16:40",
            "Admission",
        ),
        R(
            "sch",
            "A-L now in care, placed at Beechcroft House Wendham - taxi arranged",
            "",
            "Note",
            shift="late",
        ),
    )
    o(
        "2024-01-24",
        "placement-planning",
        R(
            "home",
            "Placement planning meeting - curfew 21:30, phone kept, missing protocol",
            "11:00",
            "Meeting",
        ),
        R("csc", "Placement planning meeting at Beechcroft", "11:00", "Meeting"),
        R("ess", "Placement plan mtg - Safe Steps to continue out of area", "11:00", "Meeting"),
    )
    o(
        "2024-02-09",
        "missing-5",
        R(
            "home",
            "A-L not back by curfew 21:30, phone off. Reported missing to police 22:15",
            "22:15",
            "Missing",
        ),
        R(
            "pol",
            "MISPER from Beechcroft House (children's home) - A-L 15, reported by staff, "
            "high risk (CSE)",
            "22:20",
            "Missing person",
            ref="HX-24-020977",
        ),
    )
    o(
        "2024-02-10",
        "found-5",
        R(
            "pol",
            "A-L located 02:40 at Flat 3 88 Mill St, returned to Beechcroft by officers",
            "02:40",
            "Missing - found",
            ref="HX-24-020977",
        ),
        R(
            "home",
            "A-L brought back by police 03:30 - went to bed, refused food",
            "03:30",
            "Return",
        ),
    )
    o(
        "2024-02-10",
        "teale-bail-arrest",
        R(
            "pol",
            "TEALE arrested breach of bail (contact with A-L), remanded to court",
            "02:45",
            "Arrest",
            ref="HX-24-020981",
        ),
    )
    o(
        "2024-02-12",
        "missing-5-notice",
        R(
            "csc",
            "Missing notification & TEALE bail breach arrest (HX-24-020977/981)",
            "09:15",
            "Police notification",
        ),
    )
    o(
        "2024-02-13",
        "rhi-2",
        R("ess", "RHI at Beechcroft - A-L says she 'had to see him'", "16:00", "RHI"),
    )
    o(
        "2024-02-16",
        "pep",
        R("sch", "PEP meeting (virtual school, SW, DSL, A-L) - targets set", "09:30", "PEP"),
        R("csc", "Personal education plan meeting at school", "09:30", "PEP"),
    )
    o(
        "2024-02-16",
        "cla-1",
        R(
            "iro",
            "Initial CLA review chaired. Care plan agreed; CP plan to end as looked after",
            "14:00",
            "CLA review",
        ),
        R("csc", "First looked after review (IRO A Fenwick)", "14:00", "CLA review"),
        R("home", "LAC review at Beechcroft, A-L attended", "14:00", "Meeting"),
        R("camhs", "CLA review - attended", "14:15"),
        R("sch", "Looked after review (A-L)", "", "Meeting", shift="-1"),
    )
    o(
        "2024-03-13",
        "mace-2",
        R("pol", "MACE - A-L reviewed, TEALE remanded, associates mapped", "09:30", "MACE"),
        R("csc", "MACE panel - A-L", "09:30", "Meeting"),
        R("ess", "MACE - update from Safe Steps", "09:40", "Meeting"),
        R("home", "Manager attended MACE panel (Teams)", "", "Meeting"),
    )
    o(
        "2024-04-18",
        "teale-sentence",
        R(
            "pol",
            "TEALE pleaded guilty s9 SOA x3 + s2 CAA - sentenced 3y 9m, Hexley Crown Court. "
            "SHPO 10 yrs",
            "",
            "Court result",
            ref="HX-23-072158",
        ),
        R("csc", "Teale sentenced 3 yrs 9 mths (Hexley Crown Court), SHPO", "", "Court"),
        R(
            "ess",
            "Ryan Teale sentenced at Hexley Crown Court - 3y9m. A-L told with keyworker",
            "",
            "Note",
            shift="late",
        ),
    )
    o(
        "2024-05-08",
        "sh-implant",
        R(
            "sh",
            "A-L (15) with residential keyworker - Nexplanon fitted. Fraser competent. No "
            "current partner",
            "14:30",
            "Attendance",
        ),
        R(
            "home",
            "Keyworker took A-L to sexual health clinic - implant fitted",
            "14:30",
            "Appointment",
        ),
    )
    o(
        "2024-05-10",
        "cla-2",
        R("iro", "CLA review 2 - plan: return home summer with support", "14:00", "CLA review"),
        R("csc", "Looked after review - rehab home planned", "14:00", "CLA review"),
        R("home", "LAC review", "14:00", "Meeting"),
        R("camhs", "CLA review attended, mood much improved", "", shift="-1"),
    )
    o(
        "2024-05-10",
        "cla-2-home-visit",
        R("csc", "Visit to mum & Gavin at Orchard Way re rehab plan", "16:30", "Home visit"),
    )
    o(
        "2024-07-26",
        "return-home",
        R("csc", "A-L returned to mum's care at 12 Orchard Way, s20 ended", "", "Placement end"),
        R("home", "Discharge: A-L left Beechcroft to return to mum, farewell tea", "", "Discharge"),
        R("iro", "s20 ended - A-L returned home to mum, 12 Orchard Way", "", "Note", shift="+2"),
    )
    o(
        "2024-09-09",
        "college",
        R("csc", "A-L started at Hexley College (health & social care L2)", "", "Education"),
        R("ess", "A-L started Hexley College today, very proud", "", "Education"),
    )
    f.fill(
        "pol",
        "2023-05-01",
        "2024-02-08",
        [
            ("Intel", "Intel: TEALE associated with other under-16 girls"),
            ("Intel", "ANPR: TEALE's BMW near Hexley Park Academy at home time"),
            ("Admin", "CSE flag added to A-L's record"),
            ("Intel", "Intel: parties at Flat 3 88 Mill St, young girls seen"),
        ],
    )
    f.fill(
        "csc",
        "2023-06-12",
        "2024-01-18",
        [
            ("Home visit", "Statutory visit - A-L seen alone in her room"),
            ("Home visit", "Visit - A-L out, mum and Gavin seen"),
            ("Supervision", "Supervision - consider s20"),
            ("Direct work", "Direct work with A-L at McDonald's - grooming timeline"),
        ],
    )
    f.fill(
        "csc",
        "2024-01-25",
        "2024-07-24",
        [
            ("Home visit", "Statutory visit at Beechcroft"),
            ("Case note", "Management oversight"),
        ],
    )
    f.fill(
        "csc",
        "2024-07-29",
        "2024-09-30",
        [
            ("Home visit", "Visit Orchard Way after return home"),
        ],
    )
    f.fill(
        "sch",
        "2023-05-01",
        "2024-01-19",
        [
            ("Attendance", "A-L absent - no call"),
            ("Behaviour", "A-L on phone in lesson, removed"),
            ("Attendance", "A-L left site at lunch"),
            ("Pastoral", "Mentor session with A-L"),
            ("Attendance", "Attendance meeting with mum"),
        ],
    )
    f.fill(
        "sch",
        "2024-01-25",
        "2024-07-19",
        [
            ("Attendance", "A-L late - taxi delay"),
            ("Pastoral", "A-L mock exams - good effort"),
        ],
    )
    f.fill(
        "camhs",
        "2023-09-20",
        "2024-07-31",
        [
            ("", "CAMHS appt - A-L attended with mum, low mood"),
            ("", "DNA"),
            ("", "Session - DBT skills, self-harm reducing"),
            ("", "Review - discharge planned"),
        ],
    )
    f.fill(
        "ess",
        "2023-05-15",
        "2024-09-30",
        [
            ("Session", "1:1 session - consent & the law"),
            ("Session", "A-L did not attend session"),
            ("Session", "Session - mapping friendships"),
            ("Phone call", "Tel call with mum"),
        ],
    )
    f.fill("camhs", "2024-01-25", "2024-07-24", [("", "Session at Beechcroft")])
    f.fill(
        "ess",
        "2024-01-25",
        "2024-07-24",
        [
            ("Session", "Session at Beechcroft - future plans"),
        ],
    )
    f.fill(
        "home",
        "2024-01-25",
        "2024-07-24",
        [
            ("Daily log", "A-L cooked tea with staff, good evening"),
            ("Daily log", "A-L late back 21:50, said she was with friend from school"),
            ("Daily log", "Contact with mum at Beechcroft - went well"),
            ("Daily log", "A-L refused school, stayed in bed"),
            ("Daily log", "Keywork session - A-L talked about Ry, upset"),
        ],
    )
    f.fill(
        "gp",
        "2023-05-01",
        "2024-09-30",
        [
            ("Consultation", "Sarah - anxiety, sertraline"),
            ("Prescription", "Kai - salbutamol repeat"),
        ],
    )
    f.fill(
        "gp",
        "2023-08-14",
        "2023-12-20",
        [
            ("Consultation", "A-L - review cuts healing, mood"),
        ],
    )
    f.fill(
        "sh",
        "2023-06-14",
        "2024-04-30",
        [
            ("Attendance", "STI screen - negative"),
        ],
    )
    f.fill(
        "iro",
        "2024-01-23",
        "2024-07-24",
        [
            ("Note", "IRO midway check with SW"),
            ("Note", "IRO visit to A-L at Beechcroft"),
        ],
    )
    f.fill(
        "ed",
        "2023-05-01",
        "2024-09-01",
        [
            ("ED attendance", "Kai - sprained ankle football, discharged"),
        ],
    )
    return f.case()


def blind_dedup_cases_3() -> list[BlindCase]:
    """The four cases, in a fixed order."""
    return [_pasco(), _ruddock(), _merriott(), _coyne()]


def _summary() -> None:  # by this name: tests/test_blind_dedup_cases_3.py calls it
    summary(blind_dedup_cases_3)


if __name__ == "__main__":
    _summary()
