"""A fourth set of blind labelled cases for judging duplicate detection.

Four wholly fictional families, 139-159 chronology rows each, from 10-12 services over one to
two years, unlike each other and unlike the third blind set's families (the first two sets'
families were not read): a toddler with a non-accidental head injury soon after his mother's new
partner (on licence) moves in; a mother and three children fleeing domestic abuse across two
local authorities, with a refuge stay, two police forces and two of everything else; a
fifteen-year-old boy drawn into county lines, with missing episodes in another county, a
permanent exclusion and youth justice; chronic neglect of four siblings in a privately rented
house in disrepair, with poor school attendance, dental neglect and a slow climb from Early Help
to a child protection plan. Written blind: composed from the domain brief, the `Event` schema
and the format and labelling rules of the third set only, without reading the duplicate rules,
their settings, the linkage model, any result, or any other labelled case's families, so nothing
in the model can have been fitted to them (issue 12, "Generalisation practice"). Kept apart from
tuning: measure on them blind first.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event was noted
by one service on the next day.

How the rows were labelled (the same rules as the third blind set, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN review, MARAC, TAF, MACE,
  discharge planning, transfer-in conference, professionals' meeting, looked-after review, PLO
  meeting, court hearing), in whatever words, with whatever time or none, and on each child's
  sheet at a school that keeps one sheet per child, is one occurrence.
- Both ends of one phone call (or one referral, notification or email sent and received) are
  one occurrence, even when the receiving service logs it the next day. A later call back,
  another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  (PPN, missing notification) was received are DIFFERENT occurrences, even on the same day and
  quoting the police reference; so are the MASH screening, the Operation Encompass notification
  to a school, the hospital's notice of an ED attendance to the health visitor or GP, and a
  discharge or clinic letter. An incident attended by police and ambulance crews together is one
  occurrence; the emergency department attendance that follows is another.
- Life events (a birth, a house move, a refuge admission, a tenancy start, a school or nursery
  start, a GP registration, an arrest, a charge, a court result or order, a placement, an
  exclusion) recorded by two services on the same day, or by one of them the next day, are one
  occurrence when they name the same specifics. An arrest and a charge on different days are two
  occurrences; so are two people's arrests on one day.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- Look-alikes kept apart: two different meetings on one day (a strategy discussion and a safety
  planning meeting, an ICPC and the first core group, a MARAC and a CIN meeting), repeat police
  call-outs or missing reports for one child or address on one day, the MASH screening after an
  incident, separate visits on one day, emergency department attendances on consecutive days,
  routine appointments for two family members in one session, a report sent before a
  conference or hearing and the conference or hearing itself.

Everything is invented: people, workers, schools, nurseries, surgeries, hospitals, towns, police
forces, addresses, postcodes and reference numbers. Deterministic: one fixed seed per case (it
only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_4.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

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
AMBULANCE = "Ambulance Service"
TERTIARY = "Tertiary Paediatrics"
CAFCASS = "Cafcass"
LAC_HEALTH = "Looked After Children Health"
REFUGE = "Refuge"
IDVA = "IDVA Service"
YJS = "Youth Justice Service"
AP = "Alternative Provision"
BTP = "British Transport Police"
RHI = "Return Home Interview Service"
CAMHS = "CAMHS"
EWS = "Education Welfare Service"
ENV = "Environmental Health"
DENTAL = "Community Dental Service"
EARLY_HELP = "Early Help"
SCHOOL_NURSE = "School Nursing"

# This set's own school holidays (it starts in 2022, and its dates differ from the kit's by a
# day here and there), so a school's or a pre-school's routine entries never fall when it is shut.
SCHOOL_HOLIDAYS: tuple[tuple[str, str], ...] = (
    ("2022-12-19", "2023-01-03"),
    ("2023-02-13", "2023-02-17"),
    ("2023-04-03", "2023-04-14"),
    ("2023-05-29", "2023-06-02"),
    ("2023-07-24", "2023-09-04"),
    ("2023-10-30", "2023-11-03"),
    ("2023-12-21", "2024-01-03"),
    ("2024-02-12", "2024-02-16"),
    ("2024-03-29", "2024-04-12"),
    ("2024-05-27", "2024-05-31"),
    ("2024-07-23", "2024-09-03"),
)
TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, AP)

# Each family's routine entries keep to this set's term time; written before the kit kept
# routine entries off bank holidays, this set's do not avoid them.
Family = partial(
    _Family,
    term_time=TERM_TIME_AGENCIES,
    school_holidays=SCHOOL_HOLIDAYS,
    bank_holidays=(),
)


# --------------------------------------------------------------------------------------------
# Case 1: the Varley family, Castlemere. Jade Varley (b. 2000); Mia Varley (b. 2018, Ferncliffe
# Primary); Rory Varley (b. 14/03/2022, Bumblebee Day Nursery from March 2023). Jade's new
# partner Lee Brannigan (b. 1994, on licence for ABH on a former partner) moves into 7 Tansy
# Close, Castlemere CM4 6RW (Castlemere Living) in December 2022. Rory is admitted with
# subdural haemorrhages on 27/06/2023; Mia goes to her grandmother Pauline Varley at 44 Larch
# Rise CM3 1DX, Rory to foster carers; Jade moves to Flat 2, 19 Quarry Road CM2 9EH.
# --------------------------------------------------------------------------------------------


def _varley() -> BlindCase:
    f = Family(
        "varley",
        4211,
        {
            "pol": Sheet(
                POLICE,
                "Castlemere_Police_Varley.xlsx",
                "Chronology",
                (
                    ("2022-11-01", "PS Gemma Toller (DA unit)"),
                    ("2023-06-27", "DC Rhys Ambrose (CAIT)"),
                ),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Varley_chronology.xlsx",
                "Sheet1",
                (
                    ("2022-11-01", "MASH"),
                    ("2023-06-27", "EDT / Priya Lal SW"),
                    ("2023-06-29", "Priya Lal SW"),
                ),
            ),
            "hv": Sheet(
                HV, "HV_Varley_Rory.xlsx", "Chronology", (("2022-11-01", "Ros Kettle HV"),)
            ),
            "gp": Sheet(
                GP,
                "Riverside_Health_Centre.xlsx",
                "Varley",
                (("2022-11-01", "Dr Owen Falade"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "Castlemere_Royal_ED.xlsx",
                "Paediatric ED",
                (("2022-11-01", "Paediatric liaison nurse"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Ambulance_incidents_Varley.csv",
                "",
                (("2022-11-01", "Clinical safeguarding team"),),
                typed=False,
            ),
            "ter": Sheet(
                TERTIARY,
                "Kingsmoor_Childrens_Hospital.xlsx",
                "Safeguarding",
                (("2022-11-01", "Dr Harriet Quayle (CP paediatrician)"),),
            ),
            "nur": Sheet(
                NURSERY,
                "Bumblebee_Day_Nursery.xlsx",
                "Rory",
                (("2022-11-01", "Kim Ostler (nursery manager / DSL)"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Ferncliffe_Primary_safeguarding.xlsx",
                "Mia V",
                (("2022-11-01", "Mrs L Banerjee (DSL)"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Brannigan_extract.xlsx",
                "Contacts",
                (("2022-11-01", "Sam Whitlow (Probation Officer)"),),
            ),
            "hou": Sheet(
                HOUSING,
                "Castlemere_Living_tenancy.xlsx",
                "Log",
                (("2022-11-01", "Neighbourhood officer"),),
            ),
            "caf": Sheet(
                CAFCASS,
                "Cafcass_Varley.xlsx",
                "Case log",
                (("2023-07-01", "Elspeth Noakes (Children's Guardian)"),),
            ),
        },
    )
    o = f.occ
    o(
        "2022-12-08",
        "prob-address",
        R(
            "prob",
            "Lee requests change of licence address to 7 Tansy Close CM4 6RW (new partner Jade "
            "Varley, 2 children). Address checks started",
            "11:30",
            "Supervision",
        ),
    )
    o(
        "2022-12-12",
        "prob-enquiry",
        R(
            "prob",
            "Child safeguarding enquiry emailed to Castlemere MASH re proposed address 7 Tansy "
            "Close - children aged 4 and 9 months",
            "14:10",
            "Safeguarding enquiry",
        ),
        R(
            "csc",
            "Email rec'd from Probation (S Whitlow): Lee BRANNIGAN on licence (ABH, ex-partner) "
            "wants to live at 7 Tansy Cl with Jade Varley & 2 children. Checks requested",
            "15:02",
            "Contact",
        ),
    )
    o(
        "2022-12-14",
        "mash-checks",
        R(
            "csc",
            "MASH checks: Jade & children not known. Lee known - DA perpetrator 2019-21. Advise "
            "Probation that address not supported until DVDS disclosure made",
            "",
            "Screening",
        ),
    )
    o(
        "2022-12-14",
        "mash-prob-call",
        R(
            "csc",
            "MASH SW rang PO Sam Whitlow with outcome of checks - DVDS to be requested",
            "16:20",
            "Phone call",
        ),
        R(
            "prob",
            "Tel from MASH: address not supported, recommend DVDS (right to know) via police",
            "16:25",
            "Phone call",
        ),
    )
    o(
        "2023-01-12",
        "hv-review",
        R(
            "hv",
            "9-12 month review at home (Rory 10m). Development on track. Jade says new partner "
            "Lee moved in before Christmas, 'brilliant with the kids'. DA routine enquiry: no",
            "10:00",
            "Developmental review",
        ),
    )
    o(
        "2023-01-19",
        "dvds",
        R(
            "pol",
            "DVDS right to know disclosure made in person to Jade Varley at Castlemere police "
            "station re Lee BRANNIGAN's previous DA. Jade says she already knew",
            "11:00",
            "DVDS",
            ref="DVDS/23/0041",
        ),
    )
    o(
        "2023-01-19",
        "dvds-call",
        R(
            "pol",
            "Rang Probation (OM Whitlow) to confirm disclosure completed",
            "15:40",
            "Phone call",
            ref="DVDS/23/0041",
        ),
        R(
            "prob",
            "Call from PS Toller - DVDS disclosure made to Jade today. Licence address now "
            "approved",
            "15:45",
            "Phone call",
        ),
    )
    o(
        "2023-03-06",
        "nursery-start",
        R(
            "nur",
            "Rory started at Bumblebee Day Nursery, Mon/Tue/Thu 8-5 (mum back at work)",
            "08:00",
            "Admission",
        ),
        R("hv", "Rory started Bumblebee Day Nursery - 3 days/wk", "", "Note", shift="late"),
    )
    o(
        "2023-03-20",
        "nursery-bruise",
        R(
            "nur",
            "Bruise 2cm L cheek noted at drop off (Lee dropped off). Lee said he fell onto a "
            "toy. Body map completed",
            "08:20",
            "Injury on arrival",
        ),
        R(
            "nur",
            "Bruise 2cm left cheek at drop off, Lee dropped off, said fell onto toy. Body map done",
            "08:20",
            "Injury on arrival",
        ),
    )
    o(
        "2023-03-20",
        "nursery-hv-call",
        R(
            "nur",
            "DSL rang HV for advice re bruise - advised to monitor and log",
            "10:15",
            "Phone call",
        ),
        R(
            "hv",
            "Tel call from Bumblebee Nursery (Kim) - bruise to Rory's cheek, explanation "
            "consistent with mobile toddler. Advised log & monitor",
            "10:20",
            "Phone call",
        ),
    )
    o(
        "2023-04-04",
        "gp-bump",
        R(
            "gp",
            "Rory (12m) with mum - bump to forehead yesterday, fell off sofa. Small haematoma, "
            "alert, no vomiting. Head injury advice",
            "09:40",
        ),
    )
    o(
        "2023-04-04",
        "gp-jade",
        R("gp", "Jade - pill check, BP normal, repeat 6/12", "09:50"),
    )
    o(
        "2023-04-17",
        "ed-stairs",
        R(
            "ed",
            "Rory Varley 13m, attended with mum's partner - 'fell down 2 stairs'. Bruise behind "
            "L ear. GCS 15. Discharged, head injury advice",
            "18:35",
            "ED attendance",
        ),
    )
    o(
        "2023-04-18",
        "ed-vomit",
        R(
            "ed",
            "Rory Varley 13m re-attends with mum - vomiting x3, sleepy. Obs normal, tolerated "
            "fluids. ?viral gastroenteritis. Discharged",
            "21:10",
            "ED attendance",
        ),
    )
    o(
        "2023-04-19",
        "ed-hv-notice",
        R(
            "ed",
            "Paediatric liaison: notification of 2 attendances (17/4 & 18/4) sent to HV and GP",
            "",
            "Liaison",
        ),
        R(
            "hv",
            "Paed liaison form rec'd from Castlemere Royal - Rory ED x2 (fall on stairs, D&V). "
            "No concerns raised by ED",
            "",
            "Correspondence",
            shift="+1",
        ),
    )
    o(
        "2023-05-19",
        "da-callout",
        R(
            "pol",
            "Neighbour 999 - shouting & banging 7 Tansy Close. Jade & Lee verbal argument, Lee "
            "left before arrival. 2 children asleep upstairs. DASH standard",
            "23:10",
            "Domestic incident",
            ref="CM-230519-0871",
        ),
    )
    o(
        "2023-05-20",
        "da-callout-2",
        R(
            "pol",
            "Second call to Tansy Close - Lee returned, Jade wants him to leave, he left "
            "voluntarily. No offences disclosed",
            "01:45",
            "Domestic incident",
            ref="CM-230520-0112",
        ),
    )
    o(
        "2023-05-22",
        "op-encompass",
        R(
            "pol",
            "Operation Encompass notification sent to Ferncliffe Primary re Mia (DA at home "
            "19-20/5)",
            "08:30",
            "Op Encompass",
        ),
        R(
            "sch",
            "Op Encompass call rec'd - police attended home over weekend (argument mum/partner). "
            "Mia seemed fine in class, teacher aware",
            "08:45",
            "Op Encompass",
        ),
    )
    o(
        "2023-05-22",
        "ppn-1",
        R(
            "csc",
            "PPN x2 received: DA verbal, 7 Tansy Close 19/5 & 20/5 (CM-230519-0871, "
            "CM-230520-0112). Lee on licence",
            "09:30",
            "Police notification",
        ),
    )
    o(
        "2023-05-22",
        "prob-informed",
        R(
            "prob",
            "Email from police DA unit: Lee involved in 2 DA callouts at licence address 19-20/5. "
            "Warning letter to be considered",
            "11:05",
            "Information received",
        ),
    )
    o(
        "2023-05-24",
        "mash-2",
        R(
            "csc",
            "MASH screening of PPNs: NFA by CSC, info shared with HV & school, DA leaflet to mum",
            "14:00",
            "Screening",
            "NFA",
        ),
    )
    o(
        "2023-05-25",
        "hv-after-ppn",
        R(
            "hv",
            "Home visit after MASH info. Jade says argument was 'about money', Lee not present. "
            "Rory has small bruise on shin - said from nursery",
            "13:30",
            "Home visit",
        ),
    )
    o(
        "2023-05-25",
        "prob-supervision",
        R(
            "prob",
            "Supervision - Lee minimised argument, reminded of licence conditions",
            "15:00",
            "Supervision",
        ),
    )
    o(
        "2023-06-27",
        "amb-999",
        R(
            "amb",
            "999 call 19:41 - 15m male fitting/unresponsive at 7 Tansy Close. Crew on scene "
            "19:52, seizure ongoing, buccal midazolam. Mum's partner says child 'went floppy "
            "in the bath'. Police requested to scene",
            "19:41",
        ),
        R(
            "pol",
            "Attended 7 Tansy Close with ambulance - 15 month old fitting, partner Lee "
            "BRANNIGAN says he fell in bath. Mother at work. Child conveyed",
            "19:58",
            "Concern for welfare",
            ref="CM-230627-1433",
        ),
    )
    o(
        "2023-06-27",
        "ed-nai",
        R(
            "ed",
            "Rory Varley 15m BIBA 20:25 - status epilepticus, CT head: bilateral subdural "
            "haematomas of differing ages. Explanation (fall in bath) inconsistent. Kingsmoor "
            "PICU retrieval requested",
            "20:25",
            "ED attendance",
        ),
    )
    o(
        "2023-06-27",
        "ed-edt-call",
        R(
            "ed",
            "Registrar rang CSC Emergency Duty Team - unexplained head injury in 15m child",
            "23:40",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "EDT: call from Castlemere Royal ED reg - Rory Varley, bilateral SDH, NAI suspected. "
            "Sibling Mia (5) at home with mother",
            "23:45",
            "Referral",
        ),
    )
    o(
        "2023-06-28",
        "edt-police-call",
        R(
            "csc",
            "EDT rang police CAIT to request attendance at hospital & joint response",
            "00:15",
            "Phone call",
        ),
        R(
            "pol",
            "Call from EDT SW re NAI 15m at Castlemere Royal. CAIT officers to hospital",
            "00:20",
            "Referral",
            ref="CM-230627-1433",
        ),
    )
    o(
        "2023-06-28",
        "picu",
        R(
            "ter",
            "Admitted PICU via retrieval team 02:50 - Rory Varley 15m, bilateral SDH, ventilated. "
            "CP paediatrician informed",
            "02:50",
            "Admission",
        ),
    )
    o(
        "2023-06-28",
        "strat-1",
        R(
            "csc",
            "Strategy discussion - NAI (SDH) to Rory, Mia also at risk. S47 both children, joint "
            "investigation. Mia not to return home tonight",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "pol",
            "Strat disc (Teams) - CAIT lead criminal investigation, joint S47",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "ter",
            "Multi-agency strategy meeting: CP paed reported SDH of differing ages, skeletal "
            "survey & ophthalmology to follow",
            "10:00",
            "Meeting",
        ),
        R("hv", "Strategy mtg - HV shared ED x2 in April & bruising history", "", "Meeting"),
        R(
            "nur",
            "Manager joined strategy call - shared nursery bruise log",
            "10:05",
            "Meeting",
        ),
        R("gp", "Strategy discussion - GP info sent by email, not able to join", "", shift="-1"),
    )
    o(
        "2023-06-28",
        "arrest-lee",
        R(
            "pol",
            "Lee BRANNIGAN arrested 13:20 at Kingsmoor Children's Hospital on suspicion of GBH "
            "(child). Conveyed to Castlemere custody",
            "13:20",
            "Arrest",
            ref="CM-230627-1433",
        ),
        R(
            "prob",
            "Lee arrested today on suspicion of GBH to a child (Jade's son) - in custody at "
            "Castlemere",
            "",
            "Arrest",
        ),
    )
    o(
        "2023-06-28",
        "arrest-jade",
        R(
            "pol",
            "Jade VARLEY arrested 14:05 at hospital on suspicion of causing or allowing serious "
            "physical harm to a child. Interviewed, RUI",
            "14:05",
            "Arrest",
            ref="CM-230627-1433",
        ),
    )
    o(
        "2023-06-28",
        "mia-placed",
        R(
            "csc",
            "Mia placed with maternal grandmother Pauline Varley, 44 Larch Rise CM3 1DX (s20, "
            "mother consented)",
            "17:30",
            "Placement",
        ),
        R(
            "sch",
            "Mia now living with nan Pauline Varley at 44 Larch Rise (SW phoned) - nan to collect",
            "",
            "Change of circumstances",
            shift="late",
        ),
    )
    o(
        "2023-06-28",
        "safety-plan-mtg",
        R(
            "csc",
            "Safety planning meeting on ward with Pauline & Jade - supervised contact only on PICU",
            "16:00",
            "Meeting",
        ),
        R(
            "ter",
            "Meeting with SW, mother and MGM on PICU re supervision of visits",
            "16:00",
            "Meeting",
        ),
    )
    o(
        "2023-06-29",
        "survey",
        R(
            "ter",
            "Skeletal survey: 2 healing posterior rib fractures (R 6th & 7th), approx 2-4 wks. "
            "Ophthalmology: bilateral multi-layer retinal haemorrhages",
            "11:30",
            "Investigation",
        ),
    )
    o(
        "2023-06-29",
        "survey-call",
        R(
            "ter",
            "Dr Quayle rang SW & DC Ambrose with skeletal survey & eye results",
            "15:10",
            "Phone call",
        ),
        R(
            "csc",
            "Call from CP paed Dr Quayle: 2 healing rib fractures & retinal haemorrhages",
            "15:15",
            "Phone call",
        ),
    )
    o(
        "2023-06-30",
        "recall",
        R(
            "prob",
            "Licence revoked - recall to custody requested (non-compliance, DA callouts, "
            "arrest 28/6)",
            "",
            "Recall",
        ),
    )
    o(
        "2023-07-01",
        "recall-arrest",
        R(
            "pol",
            "Lee BRANNIGAN arrested on recall at 12 Brook Terrace (mother's address), returned "
            "to HMP Dunsfield",
            "07:15",
            "Arrest",
            ref="CM-230701-0255",
        ),
        R(
            "prob",
            "Lee returned to custody on recall - HMP Dunsfield",
            "",
            "Recall",
            shift="late",
        ),
    )
    o(
        "2023-07-11",
        "dpm",
        R(
            "ter",
            "Discharge planning meeting - Rory medically fit for discharge 14/7 to foster care. "
            "Neuro follow up & community paeds",
            "14:00",
            "Meeting",
        ),
        R(
            "csc",
            "DPM at Kingsmoor - Rory to foster carers Mr & Mrs Aldous on discharge (s20)",
            "14:00",
            "Discharge planning",
        ),
        R("hv", "Discharge planning meeting (Kingsmoor) via Teams", "14:00", "Meeting"),
    )
    o(
        "2023-07-14",
        "rory-foster",
        R(
            "ter",
            "Discharged to foster care (Mr & Mrs Aldous, 3 Heron Way, Millbrack MB2 4TA)",
            "11:00",
            "Discharge",
        ),
        R(
            "csc",
            "Rory placed with foster carers Mr & Mrs Aldous, 3 Heron Way, Millbrack (s20)",
            "",
            "Placement",
        ),
        R(
            "hv",
            "Rory discharged from Kingsmoor to foster carers in Millbrack (Heron Way)",
            "",
            "Change of circumstances",
            shift="late",
        ),
    )
    o(
        "2023-07-14",
        "hv-transfer",
        R(
            "hv",
            "Transfer of HV records to Millbrack HV team sent",
            "15:30",
            "Transfer",
        ),
    )
    o(
        "2023-07-17",
        "cp-report-pol",
        R(
            "pol",
            "Report for initial CP conference submitted to conference chair",
            "",
            "Report",
        ),
    )
    o(
        "2023-07-18",
        "icpc",
        R(
            "csc",
            "ICPC - Rory & Mia subject to CP plans, category physical abuse",
            "10:00",
            "ICPC",
            "CP plans",
        ),
        R(
            "pol",
            "Initial child protection conference attended (DC Ambrose)",
            "10:00",
            "Conference",
        ),
        R("hv", "Initial CP conf - both children CP plans (physical)", "10:00", "Meeting"),
        R("sch", "ICPC for Mia & brother - DSL attended", "", "Meeting"),
        R("nur", "Case conference - report sent, manager attended", "10:00", "Meeting"),
        R("gp", "Initial child protection case conference - GP report submitted", "", shift="+2"),
    )
    o(
        "2023-07-18",
        "cg-1",
        R("csc", "Core group 1 following ICPC", "12:30", "Core group"),
        R("sch", "First core group meeting (after conference)", "12:30", "Meeting"),
        R("hv", "CG after conf", "12:30", "Meeting"),
    )
    o(
        "2023-07-20",
        "sw-foster-visit",
        R(
            "csc",
            "Statutory visit to Rory at foster placement - settling, sleeping well",
            "10:30",
            "Visit",
        ),
    )
    o(
        "2023-07-20",
        "hv-foster-visit",
        R(
            "hv",
            "Millbrack HV new-to-area visit at foster carers' - wt 10.2kg, physio referral",
            "14:00",
            "Home visit",
        ),
    )
    o(
        "2023-07-24",
        "gp-reg-foster",
        R(
            "gp",
            "Rory Varley deregistered - registered elsewhere (Hollins Lane Surgery, Millbrack)",
            "",
        ),
        R(
            "csc",
            "Rory registered with Hollins Lane Surgery, Millbrack (foster carers' GP)",
            "",
            "Health",
            shift="late",
        ),
    )
    o(
        "2023-08-01",
        "plo",
        R(
            "csc",
            "Pre-proceedings (PLO) meeting with Jade and her solicitor - letter before "
            "proceedings, LA to issue care proceedings",
            "14:00",
            "PLO meeting",
        ),
    )
    o(
        "2023-08-10",
        "ico",
        R(
            "csc",
            "Interim care orders granted - Castlemere Family Court: Rory (foster care) and Mia "
            "(placed with MGM under ICO)",
            "",
            "Court",
            "ICO",
        ),
        R(
            "caf",
            "First hearing (CMH) - ICOs made for both children, Guardian supports plan",
            "",
            "Hearing",
        ),
        R(
            "sch",
            "Mia now under an interim care order (SW email)",
            "",
            "Legal status",
            shift="late",
        ),
    )
    o(
        "2023-08-15",
        "lac-review",
        R("csc", "Looked After review (1st) - Rory & Mia", "11:00", "CLA review"),
        R("caf", "Attended CLA review - care plans noted", "11:00", "Meeting"),
        R("hv", "LAC review - health update given", "", "Meeting", shift="+1"),
    )
    o(
        "2023-08-17",
        "iha",
        R(
            "ter",
            "Neurology clinic: Rory seizure free on levetiracetam, mild L sided weakness, physio",
            "10:00",
            "Clinic",
        ),
    )
    o(
        "2023-09-04",
        "jade-move",
        R(
            "hou",
            "Tenancy at 7 Tansy Close surrendered; Jade offered & signed Flat 2, 19 Quarry Road "
            "CM2 9EH",
            "",
            "Tenancy",
        ),
        R(
            "csc",
            "Jade moved to Flat 2, 19 Quarry Rd CM2 9EH (Castlemere Living)",
            "",
            "House move",
        ),
    )
    o(
        "2023-09-05",
        "mia-year1",
        R("sch", "Mia back for Y1 - nan bringing her, settled", "08:50", "Attendance"),
    )
    o(
        "2023-10-10",
        "rcpc",
        R(
            "csc",
            "RCPC - CP plans ended as both children looked after (ICOs)",
            "10:00",
            "RCPC",
            "CP ended",
        ),
        R("pol", "Review CP conference - plans discontinued", "10:00", "Conference"),
        R("hv", "Review case conf", "10:00", "Meeting"),
        R("sch", "RCPC - Mia's plan ended, LAC", "", "Meeting", shift="month"),
    )
    o(
        "2023-10-19",
        "lee-charged",
        R(
            "pol",
            "Lee BRANNIGAN charged s18 GBH with intent x1 & s20 (rib fractures). Remanded, "
            "Castlemere MC 20/10",
            "16:40",
            "Charge",
            ref="CM-230627-1433",
        ),
        R(
            "prob",
            "CPS charging decision: Lee charged s18 GBH (child) - remanded",
            "",
            "Charge",
        ),
        R(
            "csc",
            "Lee charged s18/s20 GBH (rib fractures) and remanded in custody - per DC Ambrose",
            "",
            "Criminal",
            shift="late",
        ),
    )
    o(
        "2023-10-19",
        "jade-nfa",
        R(
            "pol",
            "Jade VARLEY - NFA, insufficient evidence (CPS). Informed in person",
            "17:30",
            "Outcome",
        ),
    )
    o(
        "2023-11-14",
        "lac-review-2",
        R("csc", "CLA review 2 - Rory & Mia", "11:00", "CLA review"),
        R("caf", "LAC review (2nd)", "11:00", "Meeting"),
    )
    o(
        "2024-01-22",
        "guardian-analysis",
        R(
            "caf",
            "Guardian's final analysis filed: supports SGO to MGM for Mia; Rory - placement "
            "with MGM to be assessed further",
            "",
            "Report",
        ),
    )
    o(
        "2024-01-29",
        "irh",
        R("caf", "IRH - Castlemere Family Court. Final hearing listed 4/3/24", "10:00", "Hearing"),
        R("csc", "Issues resolution hearing - final listed March", "10:00", "Court"),
    )
    o(
        "2024-02-12",
        "plea",
        R(
            "pol",
            "Lee BRANNIGAN pleaded guilty s20 GBH at Castlemere Crown Court, s18 to lie on file. "
            "Sentence adjourned",
            "",
            "Court result",
        ),
        R("prob", "Guilty plea s20 (Crown Ct) - PSR requested", "", "Court", shift="+1"),
    )
    o(
        "2024-03-04",
        "final-hearing",
        R(
            "csc",
            "Final hearing: Special guardianship orders to Pauline Varley for Mia and Rory, "
            "supervision order 12 months",
            "",
            "Court",
            "SGO",
        ),
        R("caf", "Final hearing - SGOs made (both), 12m SO. Guardian discharged", "", "Hearing"),
        R(
            "sch",
            "SW email: special guardianship order made - Mia to stay with nan Pauline",
            "",
            "Legal status",
            shift="late",
        ),
    )
    o(
        "2024-03-11",
        "rory-move-mgm",
        R(
            "csc",
            "Rory moved from foster care to MGM at 44 Larch Rise CM3 1DX",
            "",
            "Placement",
        ),
        R(
            "hv",
            "Rory moved to 44 Larch Rise CM3 1DX (SGO)",
            "",
            "Change of circumstances",
            shift="swap",
        ),
    )
    o(
        "2024-03-26",
        "sentence",
        R(
            "pol",
            "Sentence: Lee BRANNIGAN 4 years (s20 GBH), restraining order re both children",
            "",
            "Court result",
        ),
        R("prob", "Sentenced 4 yrs, RO - PO to remain OM in custody", "", "Court"),
    )
    f.fill(
        "nur",
        "2023-03-08",
        "2023-06-23",
        [
            ("Attendance", "Rory absent - mum rang, teething"),
            ("Injury on arrival", "Small bruise R shin noted, mum said bumped into table"),
            ("Key person", "Rory settled well, enjoying sand play"),
            ("Attendance", "Rory absent - no call"),
            ("Parent meeting", "Learning journey shared with Jade"),
        ],
    )
    f.fill(
        "hv",
        "2023-07-25",
        "2024-03-06",
        [
            ("Home visit", "Visit foster carers - Rory walking with support"),
            ("Clinic", "Weight check 11.0kg"),
            ("Liaison", "Liaison with physio re L sided weakness"),
        ],
    )
    f.fill(
        "csc",
        "2023-07-25",
        "2024-03-29",
        [
            ("Visit", "Statutory visit Mia at Larch Rise"),
            ("Contact", "Supervised contact Jade/Rory at family centre - warm"),
            ("Assessment", "Special guardianship assessment of Pauline started"),
            ("Contact", "Jade DNA contact - no reason given"),
        ],
    )
    f.fill("csc", "2023-07-25", "2024-03-06", [("Visit", "Statutory visit Rory at Heron Way")])
    f.fill(
        "prob",
        "2023-01-02",
        "2023-06-23",
        [
            ("Supervision", "Supervision - employment at car wash"),
            ("Supervision", "Building Better Relationships session 3 - engaged"),
            ("Supervision", "Supervision - Lee late, warned"),
        ],
    )
    f.fill(
        "sch",
        "2022-11-14",
        "2023-06-16",
        [
            ("Attendance", "Mia late x3 this week"),
            ("Pastoral", "Mia upset at drop off, says she misses mummy"),
        ],
    )
    f.fill(
        "gp",
        "2022-11-14",
        "2024-03-29",
        [
            ("", "Mia - URTI, reassured"),
        ],
    )
    f.fill(
        "gp",
        "2023-07-17",
        "2024-03-29",
        [
            ("", "Jade - low mood after children removed, sertraline 50mg"),
            ("", "Jade - review, mood slightly better"),
        ],
    )
    f.fill(
        "pol",
        "2023-07-03",
        "2024-01-19",
        [
            ("Investigation", "Expert neuroradiology report requested"),
            ("Investigation", "Jade re-interviewed as witness"),
        ],
    )
    f.fill(
        "caf",
        "2023-08-16",
        "2024-01-19",
        [
            ("Visit", "Guardian visit to Mia at MGM"),
            ("Visit", "Guardian visit to Rory at foster placement"),
        ],
    )
    f.fill(
        "hou",
        "2022-11-14",
        "2023-06-23",
        [
            ("Repairs", "Repair - bathroom extractor fan"),
            (
                "Tenancy",
                "Tenancy audit visit - Jade, 2 children, partner Lee on tenancy? advised to add",
            ),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Kilbride family, Harrowdene then Pellingham. Dana Kilbride (b. 1991); Callum
# (b. 2011; Greyfriars Academy, Harrowdene, then Dale Park School, Pellingham); Freya (b. 2015;
# St Anselm's Primary, then Brookside Primary); Ava (b. 2021). Father and partner Marcus Feeney
# (b. 1988). 31 Kestrel Drive, Harrowdene HD7 3LN (Westmarch Constabulary); from 02/10/2023
# Safe Haven Refuge, Pellingham (address withheld; Pellingham & Dale Police); from 15/01/2024
# temporary flat 6 Alder Court, Pellingham PL2 8NG; from 24/06/2024 14 Orchard Mews PL5 1SE.
# Two councils, two forces, two health visiting teams and four schools record the same flight.
# --------------------------------------------------------------------------------------------


def _kilbride() -> BlindCase:
    f = Family(
        "kilbride",
        5923,
        {
            "polh": Sheet(
                POLICE,
                "Westmarch_Constabulary_Kilbride.xlsx",
                "DA log",
                (("2023-08-01", "DS Nadia Orrell (DA investigation)"),),
            ),
            "polp": Sheet(
                POLICE,
                "Pellingham_Dale_Police.xlsx",
                "Sheet1",
                (("2023-08-01", "PC Tom Haverley (DA safeguarding)"),),
            ),
            "csch": Sheet(
                CSC,
                "Harrowdene_CSC_Kilbride.xlsx",
                "Chronology",
                (("2023-08-01", "Harrowdene MASH"), ("2023-09-19", "Ciaran Bligh SW")),
            ),
            "cscp": Sheet(
                CSC,
                "Pellingham_CSC_Kilbride_children.xlsx",
                "Chronology",
                (("2023-08-01", "Pellingham Front Door"), ("2023-11-01", "Marta Szulc SW")),
            ),
            "idva": Sheet(
                IDVA,
                "Harrowdene_IDVA.xlsx",
                "Case notes",
                (("2023-08-01", "Bev Antrobus (IDVA)"),),
            ),
            "ref": Sheet(
                REFUGE,
                "Safe_Haven_Refuge_Kilbride.xlsx",
                "Support log",
                (("2023-08-01", "Lorna Pryce (refuge support worker)"),),
                typed=False,
            ),
            "hou": Sheet(
                HOUSING,
                "Pellingham_Housing_Options.xlsx",
                "Case",
                (("2023-08-01", "Housing Options officer"),),
            ),
            "hvh": Sheet(
                HV,
                "Harrowdene_HV_Ava.xlsx",
                "Chronology",
                (("2023-08-01", "Janet Ormsby HV"),),
            ),
            "hvp": Sheet(
                HV,
                "Pellingham_0-19_Ava_Kilbride.xlsx",
                "Sheet1",
                (("2023-08-01", "Priti Chana HV"),),
            ),
            "gp": Sheet(
                GP,
                "Marsh_Lane_Medical_Practice.xlsx",
                "Kilbride family",
                (("2023-08-01", "Dr Colm Reddy"),),
                typed=False,
            ),
            "edh": Sheet(
                ED,
                "Harrowdene_General_ED.xlsx",
                "Adult ED",
                (("2023-08-01", "ED safeguarding nurse"),),
            ),
            "edp": Sheet(
                ED,
                "Pellingham_Infirmary_Paeds_ED.xlsx",
                "Attendances",
                (("2023-08-01", "Paediatric liaison HV"),),
            ),
            "gfa": Sheet(
                SCHOOL,
                "Greyfriars_Academy_CP_file.xlsx",
                "Callum Kilbride",
                (("2023-08-01", "Mr P Szabo (DSL)"),),
            ),
            "sta": Sheet(
                SCHOOL,
                "St_Anselms_Primary.xlsx",
                "Freya K",
                (("2023-08-01", "Mrs J Quill (DSL)"),),
            ),
            "dps": Sheet(
                SCHOOL,
                "Dale_Park_School_safeguarding.xlsx",
                "Callum",
                (("2023-08-01", "Ms R Achebe (DSL)"),),
            ),
            "bps": Sheet(
                SCHOOL,
                "Brookside_Primary.xlsx",
                "Freya",
                (("2023-08-01", "Mr H Lintott (DSL)"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Pellingham_CAMHS_Callum.xlsx",
                "Contacts",
                (("2023-08-01", "Dr Imogen Fairley (clinical psychologist)"),),
                typed=False,
            ),
        },
    )
    o = f.occ
    o(
        "2023-08-14",
        "gfa-disclosure",
        R(
            "gfa",
            "Callum told form tutor dad 'kicked off' at mum again at the weekend, he took "
            "sisters upstairs. Logged, mum phoned - says all fine now",
            "09:15",
            "Concern",
        ),
    )
    o(
        "2023-09-16",
        "strangulation",
        R(
            "polh",
            "999 from Callum (12): dad strangling mum at 31 Kestrel Drive. Officers on scene "
            "22:41, Dana marks to neck, Marcus FEENEY arrested for non-fatal strangulation. 3 "
            "children present. DASH 19 - HIGH",
            "22:34",
            "Domestic incident",
            ref="WM-23-0916-2201",
        ),
    )
    o(
        "2023-09-17",
        "ed-dana",
        R(
            "edh",
            "Dana Kilbride (32) self-presented - neck pain & hoarse voice after being strangled "
            "by partner last night. CT angio neck normal. Police aware. Children with MGM",
            "11:20",
            "ED attendance",
        ),
    )
    o(
        "2023-09-17",
        "charge-marcus",
        R(
            "polh",
            "FEENEY charged non-fatal strangulation & assault by beating. Bailed to Harrowdene "
            "MC 20/10 - conditions: not to contact Dana or enter Kestrel Drive",
            "18:05",
            "Charge",
            ref="WM-23-0916-2201",
        ),
        R(
            "idva",
            "Perpetrator charged (NFS), on bail with conditions not to contact victim",
            "",
            "Criminal justice",
            shift="late",
        ),
    )
    o(
        "2023-09-18",
        "ppn-h",
        R(
            "csch",
            "PPN rec'd (WM-23-0916-2201): strangulation of mother, 3 children in house, Callum "
            "made 999 call. High risk",
            "08:50",
            "Police notification",
            ref="WM-23-0916-2201",
        ),
    )
    o(
        "2023-09-18",
        "oe-freya",
        R(
            "sta",
            "Operation Encompass notification from MASH: DA at home Sat night, Freya present. "
            "Class teacher told",
            "08:40",
            "Op Encompass",
        ),
    )
    o(
        "2023-09-18",
        "oe-callum",
        R(
            "gfa",
            "Op Encompass - police called to home Saturday, Callum rang 999. Seen by DSL, "
            "tearful, wants to stay in school",
            "09:05",
            "Op Encompass",
        ),
    )
    o(
        "2023-09-18",
        "idva-referral",
        R(
            "polh",
            "High risk DASH: referral to Harrowdene IDVA and MARAC submitted",
            "10:10",
            "Referral",
        ),
        R(
            "idva",
            "Referral from Westmarch police DA unit - high risk (DASH 19), NFS. Allocated BA",
            "11:30",
            "Referral",
        ),
    )
    o(
        "2023-09-18",
        "ed-notice",
        R(
            "edh",
            "Safeguarding notification sent to Dana's GP and HV (children under 18 at home)",
            "",
            "Liaison",
        ),
        R(
            "hvh",
            "ED notification rec'd: mum attended Harrowdene General after strangulation by partner",
            "",
            "Correspondence",
            shift="+1",
        ),
    )
    o(
        "2023-09-19",
        "strat-h",
        R(
            "csch",
            "Strategy discussion: S47 all 3 children (DA, NFS, Callum's 999). Safety plan - "
            "mum & children at MGM's until bail conditions confirmed",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R("polh", "Strategy meeting re Kilbride children - joint S47 agreed", "10:00", "Meeting"),
        R("hvh", "Strat disc - HV to visit Ava this week", "10:00", "Meeting"),
        R("gfa", "DSL attended strategy meeting (Callum, Freya, Ava)", "10:00", "Meeting"),
        R("idva", "Strategy discussion - IDVA attended, safety planning with mum", "", "Meeting"),
    )
    o(
        "2023-09-19",
        "idva-first",
        R(
            "idva",
            "First contact with Dana by phone - safety plan, discussed refuge, she wants to stay "
            "local for now",
            "14:30",
            "Phone call",
        ),
    )
    o(
        "2023-09-21",
        "s47-visit",
        R(
            "csch",
            "S47 visit to Kestrel Dr - all 3 children seen, Callum seen alone, says he is "
            "'the man of the house now'",
            "16:00",
            "S47 visit",
        ),
    )
    o(
        "2023-09-21",
        "hv-visit",
        R(
            "hvh",
            "Home visit - Ava (2) seen, bruise-free, development ok. Mum very anxious, DA leaflet",
            "10:30",
            "Home visit",
        ),
    )
    o(
        "2023-09-27",
        "breach",
        R(
            "polh",
            "Breach of bail - FEENEY at 31 Kestrel Drive banging door, arrested on scene",
            "21:05",
            "Breach of bail",
            ref="WM-23-0927-1980",
        ),
    )
    o(
        "2023-09-27",
        "breach-2",
        R(
            "polh",
            "2nd call Kestrel Drive - male (FEENEY's brother Dean) outside shouting threats "
            "to Dana. Moved on",
            "22:50",
            "Domestic incident",
            ref="WM-23-0927-2114",
        ),
    )
    o(
        "2023-09-28",
        "marac-h",
        R("polh", "Harrowdene MARAC - Kilbride heard (high risk)", "09:30", "MARAC"),
        R(
            "idva",
            "MARAC: actions - refuge out of area, Sanctuary not suitable, TecSOS phone",
            "09:30",
            "MARAC",
        ),
        R("csch", "MARAC heard - CSC to support move to refuge", "09:45", "Meeting"),
        R("hvh", "MARAC - HV research shared", "", "Meeting"),
    )
    o(
        "2023-09-28",
        "strat-h-2",
        R(
            "csch",
            "Strategy discussion (reconvened) after bail breach: family to be supported into "
            "refuge out of area",
            "13:30",
            "Strategy discussion",
        ),
        R("polh", "Strat meeting 2 - breach of bail, refuge agreed", "13:30", "Meeting"),
        R(
            "idva",
            "Second strategy discussion today, refuge space being sought",
            "13:30",
            "Meeting",
        ),
    )
    o(
        "2023-10-02",
        "refuge-in",
        R(
            "ref",
            "Dana and 3 children (Callum 12, Freya 8, Ava 2) admitted to Safe Haven Refuge, "
            "Pellingham. Referral via Harrowdene IDVA",
            "15:00",
        ),
        R(
            "idva",
            "Dana & children moved into Safe Haven Refuge, Pellingham today",
            "",
            "Refuge",
        ),
        R(
            "csch",
            "Family moved to refuge in Pellingham (Safe Haven) - out of area",
            "",
            "House move",
        ),
        R(
            "sta",
            "Freya has left - mum in refuge in Pellingham (SW phoned). CME procedures",
            "",
            "Leaver",
            shift="late",
        ),
    )
    o(
        "2023-10-03",
        "la-notify",
        R(
            "csch",
            "Email to Pellingham Front Door notifying of CP family placed in refuge in their "
            "area, S47 ongoing, ICPC 10/10",
            "10:20",
            "Contact",
        ),
        R(
            "cscp",
            "Contact from Harrowdene CSC: Kilbride family (3 children) in Safe Haven Refuge. "
            "Harrowdene retain case until transfer-in",
            "11:05",
            "Contact",
            shift="swap",
        ),
    )
    o(
        "2023-10-03",
        "police-xborder",
        R(
            "polh",
            "Cross-border notification to Pellingham & Dale police: high-risk victim now in "
            "refuge in their area",
            "12:00",
            "Notification",
        ),
        R(
            "polp",
            "Notification rec'd from Westmarch: high-risk DA victim Dana KILBRIDE + 3 children "
            "in refuge. Location marker added",
            "",
            "Notification",
            shift="+1",
        ),
    )
    o(
        "2023-10-04",
        "hv-transfer",
        R("hvh", "Records transferred to Pellingham 0-19 team", "", "Transfer"),
        R(
            "hvp",
            "Transfer-in of records from Harrowdene HV - Ava Kilbride, CP/S47, in refuge",
            "",
            "Transfer",
            shift="+1",
        ),
    )
    o(
        "2023-10-05",
        "hvp-first",
        R(
            "hvp",
            "New to area visit at refuge - Ava 2y2m, speech delay?, mum low. ASQ done",
            "13:00",
            "Home visit",
        ),
    )
    o(
        "2023-10-06",
        "gfa-report",
        R(
            "gfa",
            "Report for ICPC sent to Harrowdene conference team (Callum: attendance 91%, "
            "disclosures)",
            "",
            "Report",
        ),
    )
    o(
        "2023-10-09",
        "gp-reg",
        R(
            "gp",
            "New patient registrations x4 - Dana, Callum, Freya, Ava Kilbride (refuge address, "
            "confidential)",
            "",
        ),
        R(
            "ref",
            "Supported Dana to register her and the children at Marsh Lane Medical Practice",
            "",
        ),
    )
    o(
        "2023-10-10",
        "icpc",
        R(
            "csch",
            "ICPC: Callum, Freya & Ava subject to CP plans (emotional abuse). To transfer to "
            "Pellingham",
            "10:00",
            "ICPC",
            "CP plans",
        ),
        R("polh", "Initial case conference - CP plans x3", "10:00", "Conference"),
        R(
            "idva",
            "Attended initial child protection conference with Dana (virtual)",
            "10:00",
            "Meeting",
        ),
        R("ref", "Dana attended ICPC via Teams from refuge - worker sat in with her", "10:00"),
        R("hvp", "Initial CP conf (Harrowdene) - HV report & attended", "", "Meeting"),
        R("cscp", "Pellingham observer at Harrowdene ICPC", "", "Meeting", shift="month"),
    )
    o(
        "2023-10-16",
        "freya-school",
        R(
            "bps",
            "Freya Kilbride started Year 4 (in-year admission from refuge)",
            "08:45",
            "Admission",
        ),
        R("ref", "Freya started at Brookside Primary today, went in happily", ""),
    )
    o(
        "2023-10-20",
        "plea",
        R(
            "polh",
            "Harrowdene MC: FEENEY NG plea, sent to Harrowdene Crown Court. Bail continued, "
            "new condition not to enter Pellingham",
            "",
            "Court",
        ),
        R("idva", "Court update: not guilty plea, sent to Crown Court", "", "Criminal justice"),
    )
    o(
        "2023-10-23",
        "callum-school",
        R(
            "dps",
            "Callum Kilbride started Y8 - in-year admission, CP plan (Harrowdene). Mentor assigned",
            "08:30",
            "Admission",
        ),
        R("ref", "Callum's first day at Dale Park School", ""),
        R(
            "gfa",
            "Callum off roll - admitted to Dale Park School, Pellingham",
            "",
            "Leaver",
            shift="late",
        ),
    )
    o(
        "2023-11-02",
        "nmo",
        R(
            "ref",
            "Non-molestation order granted (without notice) at Pellingham Family Court - "
            "12 months. Worker attended with Dana",
            "",
        ),
        R(
            "idva",
            "NMO granted without notice at Pellingham Family Ct, 12m",
            "",
            "Civil",
        ),
        R(
            "polp",
            "NMO (12 months) served copy received - recorded on PNC, marker updated",
            "",
            "Court order",
            shift="late",
        ),
    )
    o(
        "2023-11-21",
        "transfer-in",
        R(
            "cscp",
            "Transfer-in conference: CP plans continue (emotional abuse) under Pellingham, "
            "case transferred",
            "13:00",
            "Transfer-in conference",
            "CP plans",
        ),
        R(
            "csch",
            "Transfer in conference (Pellingham) - case accepted, Harrowdene to close",
            "13:00",
            "Conference",
        ),
        R("polp", "Transfer in CP conf attended - PC Haverley", "13:00", "Conference"),
        R("hvp", "TIC - plans continue", "13:00", "Meeting"),
        R("ref", "Transfer CP conference at Pellingham civic centre, Dana attended", "13:00"),
        R("dps", "CP transfer conference (Callum) - DSL attended", "13:00", "Meeting"),
        R("bps", "Transfer-in case conference for Freya & siblings", "", "Meeting"),
    )
    o(
        "2023-11-21",
        "cg-1",
        R("cscp", "Core group (first, Pellingham)", "14:30", "Core group"),
        R("hvp", "Core grp after TIC", "14:30", "Meeting"),
        R("ref", "Core group straight after conference", "14:30"),
    )
    o(
        "2023-11-24",
        "h-close",
        R("csch", "Case closed to Harrowdene - transferred to Pellingham", "", "Closure"),
    )
    o(
        "2023-12-05",
        "cg-2",
        R("cscp", "Core group 2", "15:45", "Core group"),
        R("dps", "CG meeting at school", "15:45", "Meeting"),
        R("bps", "Core group", "15:45", "Meeting"),
        R("hvp", "core group", "", "Meeting", shift="-1"),
    )
    o(
        "2023-12-08",
        "school-gate",
        R(
            "dps",
            "Marcus Feeney at school gate 15:20 asking for Callum. DSL kept Callum inside & "
            "rang 999",
            "15:20",
            "Incident",
        ),
        R(
            "polp",
            "999 from Dale Park School: Marcus FEENEY at gate asking for son, breach of bail & "
            "NMO. Gone on arrival, circulated",
            "15:23",
            "Breach of order",
            ref="PD-231208-0612",
        ),
    )
    o(
        "2023-12-08",
        "refuge-call",
        R(
            "polp",
            "Rang Safe Haven Refuge to warn - FEENEY knows children's school",
            "16:10",
            "Phone call",
        ),
        R(
            "ref",
            "Call from police - Marcus was at Callum's school today. Safety plan reviewed, "
            "Callum admits messaging dad on Snapchat",
            "16:15",
        ),
    )
    o(
        "2023-12-09",
        "arrest-breach",
        R(
            "polp",
            "FEENEY arrested at Harrowdene address for breach of NMO & bail (PD-231208-0612)",
            "07:30",
            "Arrest",
            ref="PD-231208-0612",
        ),
    )
    o(
        "2023-12-11",
        "ppn-p",
        R(
            "cscp",
            "PPN rec'd: father at Dale Park gate 8/12 (PD-231208-0612), arrested 9/12",
            "09:15",
            "Police notification",
        ),
    )
    o(
        "2023-12-11",
        "callum-sw",
        R(
            "cscp",
            "Saw Callum at school re contact with dad via Snapchat - phone safety work",
            "13:00",
            "Direct work",
        ),
    )
    o(
        "2023-12-11",
        "callum-mentor",
        R(
            "dps",
            "Mentor session with Callum - angry, says mum 'ruined everything'",
            "11:00",
            "Pastoral",
        ),
    )
    o(
        "2023-12-14",
        "marac-p",
        R("polp", "Pellingham MARAC - repeat case (breach at school)", "09:30", "MARAC"),
        R(
            "cscp",
            "MARAC (Pellingham): repeat, move from refuge to be prioritised",
            "09:30",
            "Meeting",
        ),
        R("hou", "MARAC - Housing Options to prioritise move-on accommodation", "09:30", "MARAC"),
        R("ref", "Pellingham MARAC heard Dana's case as a repeat", ""),
        R("hvp", "MARAC - info shared", "", "Meeting", shift="+2"),
    )
    o(
        "2023-12-14",
        "idva-close",
        R("idva", "Case closed - transferred to Pellingham IDVA / refuge", "", "Closure"),
    )
    o(
        "2024-01-09",
        "cg-3",
        R("cscp", "Core group 3", "15:45", "Core group"),
        R("dps", "CGM - Callum attendance 84%", "15:45", "Meeting"),
        R("bps", "core group meeting (Freya)", "15:45", "Meeting"),
        R("ref", "Core group at Brookside, Dana attended", "15:45"),
    )
    o(
        "2024-01-11",
        "gp-camhs",
        R(
            "gp",
            "Callum - low mood, anger, poor sleep since leaving home. Referral to CAMHS sent",
            "16:40",
        ),
    )
    o(
        "2024-01-12",
        "camhs-received",
        R(
            "camhs",
            "Referral rec'd from Marsh Lane GP (Dr Reddy) - Callum 12, low mood/anger after DA",
            "",
        ),
    )
    o(
        "2024-01-15",
        "ta-move",
        R(
            "hou",
            "Temporary accommodation: Flat 6 Alder Court, Pellingham PL2 8NG - keys given, "
            "licence signed",
            "",
            "Temporary accommodation",
        ),
        R(
            "ref",
            "Dana & children moved out to TA - Flat 6 Alder Ct PL2 8NG. Outreach continues",
            "",
        ),
        R("cscp", "Family moved from refuge to TA: 6 Alder Court PL2 8NG", "", "House move"),
        R("bps", "New address: Flat 6 Alder Court PL2 8NG", "", "Admin", shift="late"),
    )
    o(
        "2024-02-03",
        "ed-ava-1",
        R(
            "edp",
            "Ava Kilbride 2y BIBA - febrile convulsion 2 mins, temp 39.4, ?tonsillitis. Obs "
            "stable, discharged with mum",
            "02:15",
            "ED attendance",
        ),
    )
    o(
        "2024-02-04",
        "ed-ava-2",
        R(
            "edp",
            "Ava Kilbride 2y re-attends - still febrile, not drinking. Admitted to Ward 6 "
            "overnight for fluids",
            "19:40",
            "ED attendance",
        ),
    )
    o(
        "2024-02-06",
        "ed-hv-notice",
        R(
            "edp",
            "Liaison notification to HV & GP: Ava ED 3/2 and 4/2 (admitted)",
            "",
            "Liaison",
        ),
    )
    o(
        "2024-02-13",
        "camhs-assess",
        R(
            "camhs",
            "Choice appointment - Callum & mum attended. Anger, intrusive memories",
            "16:00",
        ),
    )
    o(
        "2024-02-19",
        "cp-report-hv",
        R("hvp", "HV report submitted for RCPC", "", "Report"),
    )
    o(
        "2024-02-20",
        "rcpc",
        R(
            "cscp",
            "RCPC: CP plans ended, stepped down to CIN (NMO in place, father on bail awaiting "
            "trial)",
            "10:00",
            "RCPC",
            "CIN",
        ),
        R("polp", "Review child protection conference - plans ended", "10:00", "Conference"),
        R("hvp", "RCPC - CP plans discontinued, CIN", "10:00", "Meeting"),
        R("dps", "Review conference Callum - CIN now", "10:00", "Meeting"),
        R("bps", "RCPC - step down CIN", "", "Meeting"),
        R("ref", "Review conf - Dana pleased, CIN", ""),
        R(
            "hou",
            "Review CP conference - housing update provided in writing",
            "",
            "Meeting",
            shift="month",
        ),
    )
    o(
        "2024-03-14",
        "trial",
        R(
            "polh",
            "Trial Harrowdene Crown Court: FEENEY convicted non-fatal strangulation & assault "
            "by beating. Remanded for PSR",
            "",
            "Court result",
        ),
        R("ref", "Dana gave evidence from remote link at Pellingham - Marcus found guilty", ""),
        R(
            "cscp",
            "Marcus Feeney convicted of non-fatal strangulation at Harrowdene Crown Court "
            "(Dana told SW)",
            "",
            "Criminal",
            shift="late",
        ),
    )
    o(
        "2024-03-14",
        "trial-callum",
        R(
            "dps",
            "Callum very unsettled in afternoon - knew dad's trial was today. Sent to mentor",
            "13:40",
            "Pastoral",
        ),
    )
    o(
        "2024-04-11",
        "sentence",
        R(
            "polh",
            "Sentence: FEENEY 2 yrs 8 mths imprisonment + restraining order (Dana & children, "
            "indefinite)",
            "",
            "Court result",
        ),
        R(
            "ref",
            "Marcus sentenced today 2y8m + restraining order - Dana relieved",
            "",
        ),
    )
    o(
        "2024-04-16",
        "cin-1",
        R("cscp", "CIN meeting", "15:45", "CIN meeting"),
        R("dps", "Child in Need meeting - Callum", "15:45", "Meeting"),
        R("bps", "CIN mtg", "15:45", "Meeting"),
        R("hvp", "CIN - attended", "", "Meeting"),
        R("ref", "CIN meeting at school (outreach worker)", "15:45"),
        R("camhs", "CIN meeting - CAMHS update by email", ""),
    )
    o(
        "2024-06-24",
        "tenancy",
        R(
            "hou",
            "Secure tenancy signed: 14 Orchard Mews, Pellingham PL5 1SE. TA licence ended",
            "",
            "Tenancy",
        ),
        R("cscp", "Family moved to 14 Orchard Mews PL5 1SE (permanent)", "", "House move"),
        R("ref", "Outreach: Dana got keys to Orchard Mews today", ""),
        R("gp", "Change of address x4 - 14 Orchard Mews PL5 1SE", "", shift="late"),
        R("hvp", "Address change: 14 Orchard Mews PL5 1SE", "", "Admin", shift="late"),
    )
    o(
        "2024-07-09",
        "cin-2",
        R("cscp", "CIN review - agree closure", "15:45", "CIN review", "Close"),
        R("dps", "CIN review - closure agreed, school to continue mentor", "15:45", "Meeting"),
        R("bps", "CIN closing meeting", "15:45", "Meeting"),
        R("ref", "Final CIN, Dana happy for case to close", "15:45"),
    )
    o(
        "2024-07-09",
        "ref-keywork",
        R("ref", "Outreach keywork session - Freedom Programme week 9 completed", "10:30"),
        R("ref", "Outreach keywork session - Freedom programme wk 9 completed", "10:30"),
    )
    o(
        "2024-07-23",
        "close-p",
        R("cscp", "Case closed to CSC", "", "Closure"),
    )
    f.fill(
        "ref",
        "2023-10-03",
        "2024-01-12",
        [
            ("", "Keywork session - finances, UC claim"),
            ("", "Children's worker session with Freya - feelings faces"),
            ("", "Dana upset, wants to go back to Harrowdene, support given"),
            ("", "House meeting - Dana did not attend"),
            ("", "Children's worker session with Callum - refused"),
        ],
    )
    f.fill(
        "cscp",
        "2023-11-22",
        "2024-07-19",
        [
            ("Visit", "Statutory visit - all children seen"),
            ("Direct work", "Direct work with Freya - three houses"),
            ("Supervision", "Management oversight"),
        ],
    )
    f.fill(
        "cscp",
        "2024-01-17",
        "2024-06-21",
        [("Visit", "Statutory visit at Alder Court - Callum out")],
    )
    f.fill(
        "dps",
        "2023-10-24",
        "2024-07-12",
        [
            ("Behaviour", "Callum - detention for swearing at teacher"),
            ("Attendance", "Callum absent - mum says unwell"),
            ("Behaviour", "Callum fight in corridor, 1 day internal exclusion"),
            ("Pastoral", "Mentor check-in, Callum calmer"),
        ],
    )
    f.fill(
        "bps",
        "2023-10-17",
        "2024-07-19",
        [
            ("Pastoral", "Freya ELSA session"),
            ("Attendance", "Freya late - bus"),
        ],
    )
    f.fill(
        "bps",
        "2024-04-15",
        "2024-07-19",
        [("Pastoral", "Freya drew picture of dad in prison, teacher talked with her")],
    )
    f.fill(
        "hvp",
        "2023-10-06",
        "2024-07-19",
        [
            ("Home visit", "Ava - speech & language referral made"),
            ("Clinic", "Ava weighed, 12.1kg"),
        ],
    )
    f.fill(
        "gp",
        "2023-10-10",
        "2024-07-19",
        [
            ("", "Dana - anxiety, sertraline started"),
            ("", "Freya - eczema, emollients"),
        ],
    )
    f.fill(
        "camhs",
        "2024-02-14",
        "2024-07-19",
        [
            ("", "Session 1 CBT - Callum attended"),
            ("", "Session 2 DNA"),
            ("", "Session 3 - trauma narrative started"),
        ],
    )
    f.fill(
        "idva",
        "2023-09-22",
        "2023-12-12",
        [
            ("Phone call", "Weekly call with Dana - safe"),
            ("Phone call", "Tried Dana - no answer, text sent"),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Tolland family, Fenbridge. Reece Tolland (b. 2008, Fenbridge Academy, then The
# Bridge Centre pupil referral unit) is drawn into the 'GULLY' county line running crack cocaine
# from Fenbridge to Gullhaven, in another force's area (Eastholm Constabulary). Mother Sharon
# Tolland (b. 1984); sister Keeley (b. 2013). 52 Ferrier Road, Fenbridge FN3 7AU; from 30/10/2023
# 27 Marram Close, Fenbridge FN8 2QW. Reece becomes looked after on 04/12/2023 at Larchfield
# House children's home, Wenby.
# --------------------------------------------------------------------------------------------


def _tolland() -> BlindCase:
    f = Family(
        "tolland",
        6688,
        {
            "pol": Sheet(
                POLICE,
                "Northfen_Police_Tolland.xlsx",
                "Sheet1",
                (("2023-01-01", "PC Dawn Ketteridge (missing/exploitation)"),),
            ),
            "pol2": Sheet(
                POLICE,
                "Eastholm_Constabulary_extract.csv",
                "",
                (("2023-01-01", "DC Ian Marwood (county lines team)"),),
                typed=False,
            ),
            "btp": Sheet(
                BTP,
                "BTP_Tolland.xlsx",
                "Occurrences",
                (("2023-01-01", "PC Asha Mensah"),),
            ),
            "csc": Sheet(
                CSC,
                "Fenbridge_CSC_Reece_Tolland.xlsx",
                "Chronology",
                (
                    ("2023-01-01", "MASH"),
                    ("2023-02-10", "Gareth Lowe SW"),
                    ("2023-12-01", "Gareth Lowe SW / Anneka Ruiz (CLA SW)"),
                ),
            ),
            "yjs": Sheet(
                YJS,
                "Fenbridge_YJS_Reece.xlsx",
                "Contacts",
                (("2023-01-01", "Omar Siddiqui (YJS case manager)"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Fenbridge_Academy_CPOMS.xlsx",
                "Reece Tolland",
                (("2023-01-01", "Mrs K Drummond (DSL)"),),
            ),
            "ap": Sheet(
                AP,
                "Bridge_Centre_PRU.xlsx",
                "Reece",
                (("2023-01-01", "Mr Leon Abara (head of centre)"),),
            ),
            "rhi": Sheet(
                RHI,
                "Return_Interviews_Fenbridge.xlsx",
                "Reece T",
                (("2023-01-01", "Hollie Greer (RHI worker)"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "Fenbridge_General_ED.xlsx",
                "Under 18s",
                (("2023-01-01", "Paediatric liaison nurse"),),
            ),
            "gp": Sheet(
                GP,
                "Cromwell_Road_Surgery.xlsx",
                "Tolland",
                (("2023-01-01", "Dr Lena Marsh"),),
                typed=False,
            ),
            "ypds": Sheet(
                "Young People's Drug Service",
                "YPDS_Fenbridge.xlsx",
                "Reece",
                (("2023-01-01", "Callum Fry (substance misuse worker)"),),
            ),
            "home": Sheet(
                "Children's Home",
                "Larchfield_House_daily_log.xlsx",
                "Reece",
                (("2023-12-01", "Shift lead"),),
            ),
        },
    )
    o = f.occ
    o(
        "2023-02-07",
        "sch-cash",
        R(
            "sch",
            "Reece found with £400 cash & 2 phones in bag after search (smell of cannabis). "
            "Says money from his uncle. Mum informed",
            "10:40",
            "Search",
        ),
    )
    o(
        "2023-02-07",
        "sch-referral",
        R(
            "sch",
            "DSL referral to MASH - cash, phones, missing lessons, older males collecting at gate",
            "14:20",
            "Referral",
        ),
        R(
            "csc",
            "Contact from Fenbridge Academy DSL: Reece 14, cash & phones, older males at gate - "
            "?CCE",
            "14:55",
            "Contact",
        ),
    )
    o(
        "2023-02-09",
        "mash",
        R(
            "csc",
            "MASH screening - threshold for C&F assessment, exploitation screening tool scored "
            "'significant'",
            "",
            "Screening",
            "C&F assessment",
        ),
    )
    o(
        "2023-03-03",
        "missing-1",
        R(
            "pol",
            "Mum reports Reece missing from 52 Ferrier Road since 16:00, not answering phone. "
            "Medium risk",
            "22:05",
            "Missing person",
            ref="NF-230303-1620",
        ),
    )
    o(
        "2023-03-04",
        "missing-notif-1",
        R(
            "csc",
            "Missing notification rec'd from police - Reece missing since 3/3 16:00",
            "09:30",
            "Missing notification",
            ref="NF-230303-1620",
        ),
    )
    o(
        "2023-03-05",
        "found-saltmarsh",
        R(
            "pol2",
            "Warrant 9 Gull Street Gullhaven (trap house). Male juvenile Reece TOLLAND (14, "
            "Fenbridge missing) found with 9 wraps crack in sock. Arrested PWITS, treated as "
            "potential victim - NRM",
            "06:10",
        ),
        R(
            "pol",
            "Reece located in Gullhaven by Eastholm police (drugs warrant). Missing report closed",
            "06:45",
            "Missing person",
            ref="NF-230303-1620",
        ),
    )
    o(
        "2023-03-05",
        "return-home",
        R(
            "pol",
            "Reece returned home by Eastholm officers 15:30, mum present. Prevention interview "
            "declined",
            "15:30",
            "Missing person",
        ),
    )
    o(
        "2023-03-06",
        "strat-1",
        R(
            "csc",
            "Strategy discussion: CCE - county line Fenbridge-Gullhaven. S47, NRM referral by "
            "CSC, RHI requested",
            "11:00",
            "Strategy discussion",
            "S47",
        ),
        R("pol", "Strategy meeting - Reece, county lines, S47", "11:00", "Strategy discussion"),
        R("pol2", "Joined Fenbridge strategy meeting by phone re Reece TOLLAND", "11:00"),
        R("sch", "Strat disc - school info shared (attendance 71%)", "11:00", "Meeting"),
        R("gp", "Strategy discussion - no GP rep, info emailed", "", shift="+1"),
    )
    o(
        "2023-03-06",
        "rhi-referral",
        R(
            "csc",
            "RHI request sent to Return Home Interview Service",
            "12:15",
            "Referral",
        ),
        R("rhi", "RHI request from CSC (G Lowe) - missing 3-5/3, found Gullhaven", "12:30"),
    )
    o(
        "2023-03-06",
        "nrm",
        R(
            "csc",
            "NRM referral submitted (first responder) - CCE, county lines",
            "16:00",
            "NRM",
        ),
    )
    o(
        "2023-03-08",
        "rhi-1",
        R(
            "rhi",
            "RHI at home - Reece said he 'went to see a mate', would not name anyone. "
            "Says he owes money",
            "16:30",
        ),
    )
    o(
        "2023-03-08",
        "sw-visit",
        R(
            "csc",
            "S47 home visit - Reece seen alone briefly, Sharon says she is 'losing him'",
            "11:00",
            "S47 visit",
        ),
    )
    o(
        "2023-03-16",
        "mace-1",
        R("pol", "MACE panel - Reece & 2 other Fenbridge boys, GULLY line", "13:30", "MACE"),
        R("csc", "MACE meeting - Reece discussed, disruption plan", "13:30", "Meeting"),
        R("sch", "Multi-agency child exploitation mtg - DSL attended", "13:30", "Meeting"),
        R("yjs", "MACE - YJS prevention offer agreed", "13:30", "Meeting"),
    )
    o(
        "2023-04-18",
        "knife",
        R(
            "sch",
            "Reece found with lock knife in blazer after tip-off. Isolated, school police "
            "officer called",
            "09:20",
            "Incident",
        ),
        R(
            "pol",
            "Report from Fenbridge Academy (schools officer) - pupil 14 in possession of lock "
            "knife on school premises",
            "09:25",
            "Weapons",
            ref="NF-230418-0331",
        ),
    )
    o(
        "2023-04-18",
        "knife-arrest",
        R(
            "pol",
            "Reece TOLLAND arrested at school - possession of bladed article on school "
            "premises. Custody, appropriate adult mum",
            "10:05",
            "Arrest",
            ref="NF-230418-0331",
        ),
    )
    o(
        "2023-04-19",
        "pex",
        R(
            "sch",
            "Headteacher decision: permanent exclusion (knife on site). Letter to parent, LA "
            "informed",
            "",
            "Permanent exclusion",
        ),
        R(
            "csc",
            "Reece permanently excluded from Fenbridge Academy (knife)",
            "",
            "Exclusion",
        ),
        R("yjs", "School have permanently excluded Reece", "", "Education", shift="late"),
    )
    o(
        "2023-04-19",
        "ppn-knife",
        R(
            "csc",
            "PPN rec'd: arrest for bladed article at school 18/4 (NF-230418-0331)",
            "10:40",
            "Police notification",
        ),
    )
    o(
        "2023-05-02",
        "ap-start",
        R(
            "ap",
            "Reece started at The Bridge Centre (PRU) - day 6 provision after PEX. Induction "
            "with mum",
            "09:30",
            "Admission",
        ),
        R("csc", "Reece started Bridge Centre PRU", "", "Education"),
    )
    o(
        "2023-05-04",
        "cfa",
        R(
            "csc",
            "C&F assessment completed: S47 substantiated (CCE), ICPC not yet - CIN plan with "
            "exploitation safety plan",
            "",
            "Assessment",
        ),
    )
    o(
        "2023-05-10",
        "governors",
        R(
            "sch",
            "Governors' disciplinary committee - PEX upheld. Mum attended with SW",
            "16:00",
            "Meeting",
        ),
        R(
            "csc",
            "Attended governors' PEX review with Sharon - exclusion upheld",
            "16:00",
            "Meeting",
        ),
        R(
            "ap",
            "Governors review at Fenbridge Academy upheld exclusion",
            "",
            "Education",
            shift="+1",
        ),
    )
    o(
        "2023-05-23",
        "cin-1",
        R("csc", "CIN meeting (1st)", "14:00", "CIN meeting"),
        R("ap", "CIN mtg at Bridge Centre", "14:00", "Meeting"),
        R("yjs", "Child in need meeting - YJS to do pre-court work", "14:00", "Meeting"),
        R("rhi", "CIN meeting - RHI themes shared", "14:00"),
    )
    o(
        "2023-06-09",
        "missing-2",
        R(
            "pol",
            "Reece missing - left Bridge Centre at lunch, not home. Mum rang 101",
            "19:40",
            "Missing person",
            ref="NF-230609-1402",
        ),
    )
    o(
        "2023-06-10",
        "btp-found",
        R(
            "btp",
            "Juvenile male stopped Fenbridge station 02:10 boarding last train to Gullhaven - "
            "Reece TOLLAND (15), reported missing. £1,200 cash, 3 phones. Seized, returned "
            "home by Northfen",
            "02:10",
            "Stop / missing found",
            ref="BTP-230610-0044",
        ),
        R(
            "pol",
            "Located by BTP at Fenbridge railway station - cash & phones seized. Returned home "
            "03:30",
            "02:15",
            "Missing person",
            ref="NF-230609-1402",
        ),
    )
    o(
        "2023-06-10",
        "missing-3",
        R(
            "pol",
            "Reece missing AGAIN from home 21:30 - took mum's bank card. High risk",
            "21:30",
            "Missing person",
            ref="NF-230610-1877",
        ),
    )
    o(
        "2023-06-11",
        "found-3",
        R(
            "pol",
            "Reece returned home by himself 14:00, scratches to face, would not say where",
            "14:00",
            "Missing person",
            ref="NF-230610-1877",
        ),
    )
    o(
        "2023-06-12",
        "missing-notif-2",
        R(
            "csc",
            "2 missing notifications over weekend (NF-230609-1402, NF-230610-1877). BTP "
            "seized £1,200",
            "09:00",
            "Missing notification",
        ),
    )
    o(
        "2023-06-12",
        "btp-csc",
        R(
            "btp",
            "Vulnerable child referral (PVP) sent to Fenbridge CSC",
            "",
            "Referral",
        ),
        R("csc", "BTP PVP rec'd re station stop 10/6", "", "Contact", shift="+1"),
    )
    o(
        "2023-06-14",
        "rhi-2",
        R("rhi", "RHI offered - Reece refused to come out of his room. Mum spoken to", "17:00"),
    )
    o(
        "2023-06-20",
        "ypds-referral",
        R(
            "yjs",
            "Referral to YPDS made - daily cannabis, possible crack use?",
            "11:10",
            "Referral",
        ),
        R("ypds", "Referral from YJS (Omar) - Reece 15, cannabis daily", "11:45", "Referral"),
    )
    o(
        "2023-06-23",
        "psr",
        R("yjs", "Pre-sentence report submitted to youth court", "", "Report"),
    )
    o(
        "2023-06-27",
        "youth-court",
        R(
            "yjs",
            "Fenbridge Youth Court: Reece pleaded guilty bladed article on school premises - 9 "
            "month referral order",
            "",
            "Court",
        ),
        R(
            "pol",
            "Court result NF-230418-0331: guilty plea, referral order 9 months",
            "",
            "Court result",
        ),
        R("csc", "Youth court - 9m referral order (knife)", "", "Court", shift="late"),
    )
    o(
        "2023-07-11",
        "ro-panel",
        R(
            "yjs",
            "Initial referral order panel - contract agreed (reparation, YPDS, knife crime "
            "sessions)",
            "16:00",
            "Panel",
        ),
        R("csc", "Referral order panel attended with Reece & mum", "16:00", "Meeting"),
    )
    o(
        "2023-07-22",
        "stabbing",
        R(
            "pol",
            "Report of youth stabbed Fenbridge Rec ground. Victim Reece TOLLAND conveyed by "
            "friends to hospital. Uncooperative. Scene preserved",
            "23:20",
            "Wounding",
            ref="NF-230722-2290",
        ),
    )
    o(
        "2023-07-22",
        "ed-stab",
        R(
            "ed",
            "Reece Tolland 15 - stab wound L thigh 3cm, sutured. Police in dept. Self-"
            "discharged before tetanus/review, mum not contactable",
            "23:50",
            "ED attendance",
        ),
    )
    o(
        "2023-07-23",
        "ed-stab-2",
        R(
            "ed",
            "Reece Tolland 15 re-attends with mum - thigh wound bleeding, re-sutured, "
            "antibiotics. Safeguarding referral to CSC",
            "19:15",
            "ED attendance",
        ),
    )
    o(
        "2023-07-24",
        "ed-csc",
        R(
            "ed",
            "Paediatric liaison: safeguarding referral emailed to CSC MASH (2 attendances, "
            "stab wound)",
            "08:50",
            "Referral",
        ),
        R(
            "csc",
            "Referral from Fenbridge General ED - Reece stab wound 22/7, re-attended 23/7",
            "09:40",
            "Contact",
        ),
    )
    o(
        "2023-07-24",
        "strat-2",
        R(
            "csc",
            "Strategy discussion after stabbing - S47, ICPC to be convened, safety plan "
            "(curfew, tracking of phone agreed by mum)",
            "10:30",
            "Strategy discussion",
            "S47",
        ),
        R("pol", "Strat meeting re stabbing of Reece (NF-230722-2290)", "10:30", "Meeting"),
        R("yjs", "Strategy discussion - YJS attended", "10:30", "Meeting"),
        R("ap", "Strategy meeting, head of centre joined", "10:40", "Meeting"),
        R("ed", "Strategy discussion - paeds liaison shared ED info", "", "Meeting"),
    )
    o(
        "2023-07-24",
        "yjs-session",
        R(
            "yjs",
            "Referral order session at home (after stabbing) - Reece quiet, says 'it's sorted'",
            "15:00",
            "Home visit",
        ),
    )
    o(
        "2023-08-08",
        "gp-report",
        R("gp", "Report for child protection conference faxed to conference team", ""),
    )
    o(
        "2023-08-10",
        "icpc",
        R(
            "csc",
            "ICPC - Reece subject to CP plan, category physical abuse (extra-familial harm)",
            "13:00",
            "ICPC",
            "CP plan",
        ),
        R("pol", "Initial child protection conference - CP plan", "13:00", "Conference"),
        R("yjs", "Initial CP conf - attended, YJS plan aligned", "13:00", "Meeting"),
        R("ap", "ICPC for Reece", "13:00", "Meeting"),
        R("ypds", "Case conference - attended", "", "Meeting"),
        R("rhi", "Conference - RHI report sent", "", shift="month"),
    )
    o(
        "2023-08-10",
        "cg-1",
        R("csc", "Core group 1", "15:00", "Core group"),
        R("yjs", "First core group (after ICPC)", "15:00", "Meeting"),
        R("ap", "core group", "15:00", "Meeting"),
    )
    o(
        "2023-09-08",
        "windows",
        R(
            "pol",
            "52 Ferrier Road - front windows smashed by 2 males on moped, Keeley (10) in "
            "house. Threats re Reece's 'debt'",
            "22:15",
            "Criminal damage",
            ref="NF-230908-2143",
        ),
    )
    o(
        "2023-09-08",
        "windows-2",
        R(
            "pol",
            "Further call Ferrier Rd - moped back, firework through letterbox. Small fire out, "
            "no injuries. Family to stay with relative",
            "23:40",
            "Arson",
            ref="NF-230908-2177",
        ),
    )
    o(
        "2023-09-11",
        "strat-3",
        R(
            "csc",
            "Strategy discussion re threats to family home - urgent management move requested",
            "10:00",
            "Strategy discussion",
        ),
        R("pol", "Strategy meeting (arson/threats) - Osman warning considered", "10:00", "Meeting"),
        R("yjs", "Strat mtg following attack on home", "", "Meeting", shift="swap"),
    )
    o(
        "2023-09-11",
        "osman",
        R(
            "pol",
            "Threat to life (Osman) warning served on Sharon TOLLAND re Reece",
            "16:30",
            "Warning",
        ),
    )
    o(
        "2023-09-28",
        "cg-2",
        R("csc", "Core group 2", "14:00", "Core group"),
        R("yjs", "Core group", "14:00", "Meeting"),
        R("ap", "CGM at Bridge Centre", "14:00", "Meeting", shift="-1"),
        R("ypds", "Core group - Reece engaging 50%", "14:00", "Meeting"),
    )
    o(
        "2023-10-30",
        "move",
        R(
            "csc",
            "Family moved to 27 Marram Close FN8 2QW (management transfer, Fenbridge Homes)",
            "",
            "House move",
        ),
        R("yjs", "New address 27 Marram Close FN8 2QW", "", "Address"),
        R(
            "gp",
            "Address updated: 27 Marram Close FN8 2QW (Sharon, Reece, Keeley)",
            "",
            shift="late",
        ),
    )
    o(
        "2023-11-07",
        "arrest-saltmarsh",
        R(
            "pol2",
            "Reece TOLLAND (15) arrested Gullhaven bus station - PWITS crack cocaine (22 "
            "wraps). Charged, bailed to Eastholm Youth Court. S45 defence flagged",
            "18:20",
        ),
        R(
            "pol",
            "Reece TOLLAND arrested by Eastholm at Gullhaven bus station, PWITS crack (22 "
            "wraps), charged & bailed to Eastholm Youth Court",
            "",
            "Arrest",
            shift="late",
        ),
    )
    o(
        "2023-11-08",
        "eastholm-ppn",
        R(
            "csc",
            "PPN rec'd from Eastholm Constabulary (EC-231107-118): Reece arrested in Gullhaven "
            "7/11, charged & bailed",
            "11:20",
            "Police notification",
        ),
    )
    o(
        "2023-11-14",
        "rcpc",
        R(
            "csc",
            "RCPC - CP plan continues; s20 accommodation out of area to be explored with mum",
            "13:00",
            "RCPC",
            "CP plan continues",
        ),
        R("pol", "Review conference - plan continues", "13:00", "Conference"),
        R("yjs", "RCPC attended", "13:00", "Meeting"),
        R("ap", "Review CP conference", "", "Meeting"),
        R("ypds", "RCPC - report sent", "", "Meeting"),
    )
    o(
        "2023-11-22",
        "ncg",
        R(
            "csc",
            "NRM conclusive grounds decision: positive (CCE) - letter rec'd",
            "",
            "NRM",
        ),
    )
    o(
        "2023-12-04",
        "lac",
        R(
            "csc",
            "Reece accommodated s20 - placed at Larchfield House children's home, Wenby (out "
            "of area), mum consented",
            "",
            "Placement",
            "Looked after",
        ),
        R(
            "home",
            "Admission: Reece Tolland (15) arrived 14:00 with SW. Room 3. Phone handed in",
            "14:00",
            "Admission",
        ),
        R("yjs", "Reece now LAC - Larchfield House, Wenby", "", "Legal status"),
        R("ap", "Reece left Bridge Centre - moved out of area (LAC)", "", "Leaver", shift="late"),
    )
    o(
        "2023-12-05",
        "gp-reg",
        R("gp", "Reece deducted - registered at Wenby Health Centre", ""),
    )
    o(
        "2023-12-09",
        "home-missing",
        R(
            "home",
            "Reece absent from home 20:00 curfew, not answering. Reported missing to police 21:00",
            "21:00",
            "Missing",
        ),
    )
    o(
        "2023-12-10",
        "home-return",
        R(
            "home",
            "Reece returned 10:15 by taxi, unknown who paid. Cannabis smell",
            "10:15",
            "Return",
        ),
    )
    o(
        "2023-12-13",
        "cla-review",
        R("csc", "Initial CLA review (IRO)", "11:00", "CLA review"),
        R("home", "Looked after review held at Larchfield", "11:00", "Meeting"),
        R("yjs", "LAC review - YJS attended", "11:00", "Meeting"),
    )
    o(
        "2024-01-16",
        "edu-start",
        R(
            "home",
            "Reece started at Wenby Learning Centre - 3 hrs/day",
            "",
            "Education",
        ),
        R("csc", "Reece started Wenby Learning Centre (tuition) 3 hrs a day", "", "Education"),
    )
    o(
        "2024-02-06",
        "discontinued",
        R(
            "yjs",
            "Eastholm Youth Court: CPS discontinued PWITS charge (s45 MSA defence, NRM positive)",
            "",
            "Court",
        ),
        R("csc", "Gullhaven PWITS case discontinued - s45 defence", "", "Court"),
    )
    o(
        "2024-02-20",
        "cla-review-2",
        R("csc", "CLA review 2", "11:00", "CLA review"),
        R("home", "LAC review", "11:00", "Meeting"),
        R("yjs", "LAC review attended", "", "Meeting", shift="+1"),
    )
    o(
        "2024-03-12",
        "ro-end",
        R("yjs", "Referral order completed - final panel, signed off", "16:00", "Panel"),
        R("yjs", "Referral order completed, final panel - signed off", "16:00", "Panel"),
    )
    o(
        "2024-04-09",
        "cla-review-3",
        R(
            "csc",
            "CLA review 3 - plan for Reece to stay at Larchfield to 16",
            "11:00",
            "CLA review",
        ),
        R("home", "Looked after review", "11:00", "Meeting"),
    )
    f.fill(
        "sch",
        "2023-01-03",
        "2023-04-14",
        [
            ("Attendance", "Reece truanting P4-5"),
            ("Behaviour", "Reece rude to staff - detention"),
            ("Attendance", "Reece absent - mum says ill"),
            ("Pastoral", "Mentor session - Reece says 'I'm fine'"),
        ],
    )
    f.fill(
        "ap",
        "2023-05-03",
        "2023-11-30",
        [
            ("Attendance", "Reece did not arrive - taxi waited"),
            ("Behaviour", "Reece on phone in lesson, phone confiscated"),
            ("Attendance", "Reece left site 11:00"),
            ("Pastoral", "Good day - finished construction task"),
        ],
    )
    f.fill(
        "yjs",
        "2023-07-12",
        "2023-11-30",
        [
            ("Session", "Knife crime awareness session"),
            ("Session", "Reparation at allotment - attended"),
            ("Session", "DNA session - warning letter"),
        ],
    )
    f.fill("yjs", "2023-12-06", "2024-03-08", [("Session", "Session at Larchfield")])
    f.fill(
        "ypds",
        "2023-06-21",
        "2024-03-29",
        [
            ("Session", "Review - cannabis down to 2g/day"),
            ("Session", "DNA"),
            ("Session", "Harm reduction session"),
        ],
    )
    f.fill(
        "csc",
        "2023-02-13",
        "2023-11-30",
        [
            ("Visit", "Statutory visit - Reece not in"),
            ("Visit", "Visit - Reece seen, talks about football"),
        ],
    )
    f.fill("csc", "2023-09-12", "2023-11-30", [("Supervision", "Supervision - consider s20")])
    f.fill("csc", "2023-12-06", "2024-04-05", [("Visit", "Visit at Larchfield")])
    f.fill(
        "rhi",
        "2023-03-09",
        "2023-11-30",
        [
            ("", "Tried to arrange RHI - no answer"),
        ],
    )
    f.fill(
        "home",
        "2023-12-05",
        "2024-04-30",
        [
            ("Daily log", "Keywork - Reece talked about debt, scared"),
            ("Daily log", "Good evening, played pool with staff"),
            ("Daily log", "Reece home late 22:40"),
        ],
        timed=False,
        weekdays=False,
    )
    f.fill(
        "gp",
        "2023-01-03",
        "2023-11-30",
        [
            ("", "Sharon - depression review"),
            ("", "Keeley - tonsillitis"),
        ],
    )
    f.fill(
        "pol",
        "2023-01-03",
        "2023-11-30",
        [
            ("Intel", "Intel: Reece seen with GULLY line nominals at Ferrier Rd shops"),
            ("Intel", "Intel: Reece's number linked to deal line"),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 4: the Pruett family, Ashcombe. Chronic neglect of four children in a privately rented
# house in disrepair. Carly Pruett (b. 1989); Darren Pruett (b. 1985, alcohol misuse); Tyler
# (b. 2011, Ashcombe High); Skye (b. 2014) and Jacob (b. 2016), both at Holm Lane Primary, which
# keeps one sheet per child; Poppy (b. 2021, Little Wrens Pre-school from 09/2023). 9 Gorse
# Terrace, Ashcombe AS4 2NB (private landlord); from 15/01/2024 5 Willowbrook Walk, Ashcombe
# AS6 9LD (council tenancy). Early Help for most of a year, then a child protection plan.
# --------------------------------------------------------------------------------------------


def _pruett() -> BlindCase:
    f = Family(
        "pruett",
        7351,
        {
            "csc": Sheet(
                CSC,
                "Ashcombe_CSC_Pruett.xlsx",
                "Chronology",
                (("2023-01-01", "MASH"), ("2023-10-09", "Yusuf Hamdan SW")),
            ),
            "eh": Sheet(
                EARLY_HELP,
                "Early_Help_Pruett_TAF.xlsx",
                "Log",
                (("2023-01-01", "Becca Lind (family support worker)"),),
            ),
            "skye": Sheet(
                SCHOOL,
                "Holm_Lane_Primary_CPOMS.xlsx",
                "Skye Pruett",
                (("2023-01-01", "Mrs A Whitcombe (DSL)"),),
            ),
            "jacob": Sheet(
                SCHOOL,
                "Holm_Lane_Primary_CPOMS.xlsx",
                "Jacob Pruett",
                (("2023-01-01", "Mrs A Whitcombe (DSL)"),),
            ),
            "high": Sheet(
                SCHOOL,
                "Ashcombe_High_safeguarding.xlsx",
                "Tyler P",
                (("2023-01-01", "Mr D Okafor (DSL)"),),
            ),
            "pre": Sheet(
                NURSERY,
                "Little_Wrens_Preschool.xlsx",
                "Poppy",
                (("2023-09-01", "Jo Trask (manager)"),),
                typed=False,
            ),
            "hv": Sheet(
                HV, "HV_Pruett_Poppy.xlsx", "Chronology", (("2023-01-01", "Nell Vardy HV"),)
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Holm_Lane.xlsx",
                "Pruett",
                (("2023-01-01", "Kerry Ames (school nurse)"),),
            ),
            "gp": Sheet(
                GP,
                "Gorse_Valley_Surgery.xlsx",
                "Pruett household",
                (("2023-01-01", "Dr Farah Qureshi"),),
                typed=False,
            ),
            "dent": Sheet(
                DENTAL,
                "Community_Dental_Ashcombe.xlsx",
                "Jacob Pruett",
                (("2023-01-01", "Mr Neil Borrowdale (paediatric dentist)"),),
            ),
            "env": Sheet(
                ENV,
                "Private_Sector_Housing_Gorse_Terrace.csv",
                "",
                (("2023-01-01", "Tamsin Oduya (EHO)"),),
                typed=False,
            ),
            "hou": Sheet(
                HOUSING,
                "Ashcombe_Housing_Options.xlsx",
                "Case notes",
                (("2023-01-01", "Housing Options officer"),),
            ),
            "ews": Sheet(
                EWS,
                "EWS_Pruett.xlsx",
                "Sheet1",
                (("2023-01-01", "Gail Hendry (education welfare officer)"),),
            ),
            "pol": Sheet(
                POLICE,
                "Police_Pruett_extract.xlsx",
                "Incidents",
                (("2023-01-01", "Ashcombe neighbourhood team"),),
            ),
        },
    )
    o = f.occ
    o(
        "2023-01-17",
        "jacob-lice",
        R(
            "jacob",
            "Jacob - head lice again, same uniform all week, ate 3 helpings at breakfast club. "
            "Mum says washing machine broken",
            "09:10",
            "Neglect concern",
        ),
    )
    o(
        "2023-01-17",
        "eh-request",
        R(
            "skye",
            "Early Help request sent to Ashcombe EH hub for all 4 children (hygiene, hunger, "
            "attendance, home conditions). Mum consented",
            "15:30",
            "Early Help",
        ),
        R(
            "eh",
            "EH request rec'd from Holm Lane Primary (DSL) - Pruett family, 4 children, neglect "
            "indicators",
            "",
            "Request for support",
            shift="+1",
        ),
    )
    o(
        "2023-01-24",
        "sn-weights",
        R(
            "sn",
            "Jacob weighed in school - 2nd centile (was 25th in reception). Skye 50th. Letter "
            "to parents & GP",
            "11:00",
            "Health review",
        ),
    )
    o(
        "2023-02-07",
        "eh-first",
        R(
            "eh",
            "First home visit 9 Gorse Terrace - black mould in 2 bedrooms, no heating (boiler "
            "broken 3 wks), mattresses on floor, little food. Dad asleep at 2pm",
            "14:00",
            "Home visit",
        ),
    )
    o(
        "2023-02-21",
        "taf-1",
        R("eh", "Initial TAF meeting at Holm Lane - family plan agreed", "09:30", "TAF"),
        R("skye", "Team Around the Family meeting (Skye & siblings)", "09:30", "Meeting"),
        R("jacob", "TAF mtg - Jacob breakfast club daily, uniform bank", "09:30", "Meeting"),
        R("high", "TAF meeting at Holm Lane - Tyler's attendance 71% shared", "09:30", "Meeting"),
        R("hv", "Initial TAF - HV attended re Poppy", "09:30", "Meeting"),
        R("sn", "TAF - SN to do weight monitoring for Jacob", "", "Meeting"),
    )
    o(
        "2023-02-21",
        "hv-visit-1",
        R(
            "hv",
            "Home visit: Poppy 20m, nappy rash, cough. House cold, mould in her room. Advised GP",
            "14:00",
            "Home visit",
        ),
    )
    o(
        "2023-03-06",
        "eh-env-call",
        R(
            "eh",
            "Rang Private Sector Housing team - reported damp/mould & no heating at rented "
            "house, landlord not responding",
            "10:45",
            "Phone call",
        ),
        R(
            "env",
            "Tel from EH worker B Lind: 9 Gorse Terrace AS4 2NB - mould, no heating, 4 "
            "children. Inspection booked",
            "10:50",
        ),
    )
    o(
        "2023-03-14",
        "inspection",
        R(
            "env",
            "HHSRS inspection 9 Gorse Terrace with EH worker - Cat 1 hazards: damp & mould, "
            "excess cold. Rats in kitchen (Cat 2)",
            "10:00",
        ),
        R(
            "eh",
            "Joint visit with EHO (Tamsin) - house inspected, Category 1 hazards found",
            "10:00",
            "Home visit",
        ),
    )
    o(
        "2023-03-14",
        "hv-visit-2",
        R(
            "hv",
            "HV visit - Poppy's cough better, mum says council 'came this morning'",
            "15:15",
            "Home visit",
        ),
    )
    o(
        "2023-03-20",
        "gp-poppy",
        R(
            "gp",
            "Poppy - wheeze, 2nd chest infection in 6 wks. Mum says mould. Amoxicillin",
            "10:10",
        ),
    )
    o(
        "2023-03-20",
        "gp-skye",
        R("gp", "Skye - asthma review, inhaler technique, brown inhaler restarted", "10:20"),
    )
    o(
        "2023-04-03",
        "improvement-notice",
        R(
            "env",
            "Improvement notice (s11 HA 2004) served on landlord Mr R Hadfield - works within "
            "28 days",
            "",
        ),
    )
    o(
        "2023-04-03",
        "env-eh-call",
        R("env", "Rang EH worker to update - notice served on landlord", "15:20"),
        R(
            "eh",
            "Call from EHO: improvement notice served, 28 days for heating & damp works",
            "15:25",
            "Phone call",
        ),
    )
    o(
        "2023-04-25",
        "taf-2",
        R("eh", "TAF review 2 - some progress (food bank, uniform)", "09:30", "TAF"),
        R("skye", "TAF review", "09:30", "Meeting"),
        R("jacob", "TAF review - Jacob still hungry on Mondays", "09:30", "Meeting"),
        R("ews", "TAF review - attended re attendance", "09:30", "Meeting"),
        R("hv", "TAF review (Holm Lane)", "", "Meeting", shift="-1"),
    )
    o(
        "2023-05-16",
        "attendance-mtg",
        R(
            "high",
            "Attendance contract meeting with mum & EWO - Tyler 64%. Contract signed",
            "09:00",
            "Attendance meeting",
        ),
        R(
            "ews",
            "Attendance contract mtg at Ashcombe High (Tyler). Mum signed, dad DNA",
            "09:00",
            "Meeting",
        ),
    )
    o(
        "2023-05-16",
        "taf-3",
        R("eh", "TAF review 3 at Holm Lane", "14:00", "TAF"),
        R("skye", "TAF meeting", "14:00", "Meeting"),
        R("jacob", "Team around family review", "14:00", "Meeting"),
        R("ews", "TAF (primary) - EWO attended", "14:00", "Meeting"),
        R("high", "TAF review - Tyler's attendance contract shared", "", "Meeting"),
    )
    o(
        "2023-06-12",
        "dental-1",
        R(
            "dent",
            "New patient assessment (referred by GDP): 8 carious teeth, abscess LR E. Needs GA "
            "extractions. Mum says 'he won't let me brush'",
            "13:30",
            "Assessment",
        ),
    )
    o(
        "2023-06-14",
        "dental-letter",
        R(
            "dent",
            "Clinic letter to GP & parents - listed for GA extractions",
            "",
            "Correspondence",
        ),
        R("gp", "Letter from community dental: Jacob 8 carious teeth, GA planned", "", shift="+2"),
    )
    o(
        "2023-06-20",
        "fpn",
        R(
            "ews",
            "Penalty notices issued to both parents - Tyler's unauthorised absence",
            "",
            "Penalty notice",
        ),
        R("high", "EWS issued FPNs to parents re Tyler", "", "Attendance", shift="late"),
    )
    o(
        "2023-07-04",
        "police-street",
        R(
            "pol",
            "Darren PRUETT (drunk) fighting neighbour in street outside 9 Gorse Terrace, "
            "4 children watching from doorway. Both warned, no complaint",
            "21:40",
            "ASB / disturbance",
            ref="AS-230704-5512",
        ),
    )
    o(
        "2023-07-05",
        "ppn",
        R(
            "csc",
            "PPN rec'd (AS-230704-5512): father drunk fighting neighbour, 4 children present",
            "10:15",
            "Police notification",
        ),
    )
    o(
        "2023-07-06",
        "mash-1",
        R(
            "csc",
            "MASH screening of PPN: open to EH, threshold not met - info to EH worker",
            "",
            "Screening",
            "Early Help",
        ),
    )
    o(
        "2023-07-06",
        "mash-eh-call",
        R(
            "csc",
            "MASH rang EH worker with PPN info",
            "14:40",
            "Phone call",
        ),
        R("eh", "Call from MASH re incident 4/7 - dad drunk in street", "14:40", "Phone call"),
    )
    o(
        "2023-08-01",
        "s21",
        R(
            "eh",
            "Carly shown s21 notice from landlord (served 31/7) - 2 months to leave. Advised "
            "Housing Options + Shelter",
            "11:00",
            "Home visit",
        ),
    )
    o(
        "2023-08-08",
        "homeless-app",
        R(
            "hou",
            "Homelessness application - Carly attended with EH worker. Threatened with "
            "homelessness (s21), prevention duty owed. Band B",
            "10:00",
            "Homeless application",
        ),
        R(
            "eh",
            "Went with Carly to Housing Options appointment - homeless application made",
            "10:00",
            "Support",
        ),
    )
    o(
        "2023-09-05",
        "preschool-start",
        R("pre", "Poppy started - 15 funded hours (2yr offer). Settled after 10 mins", "09:00"),
        R("hv", "Poppy started Little Wrens Pre-school (2 yr funding)", "", "Note", shift="late"),
    )
    o(
        "2023-09-19",
        "pre-concern",
        R(
            "pre",
            "Poppy arrived in soaked nappy, severe nappy rash, hungry. Photo/body map, "
            "mum said nappies ran out",
            "09:05",
        ),
        R(
            "pre",
            "Poppy arrived soaked nappy, severe nappy rash, hungry. Body map, mum said nappies "
            "ran out",
            "09:05",
        ),
    )
    o(
        "2023-10-02",
        "ga-dna",
        R(
            "dent",
            "Was not brought for GA extractions (Ashcombe General day surgery) - 2nd WNB. "
            "Abscess worsening",
            "07:30",
            "WNB",
        ),
    )
    o(
        "2023-10-03",
        "dental-referral",
        R(
            "dent",
            "Safeguarding referral (dental neglect) sent to MASH",
            "12:00",
            "Referral",
        ),
        R(
            "csc",
            "Contact from Community Dental: Jacob not brought to GA x2, dental neglect, abscess",
            "12:20",
            "Contact",
        ),
    )
    o(
        "2023-10-05",
        "mash-2",
        R(
            "csc",
            "MASH: step up from EH to CSC - C&F assessment for all 4 children (neglect)",
            "",
            "Screening",
            "C&F assessment",
        ),
    )
    o(
        "2023-10-19",
        "sw-visit",
        R(
            "csc",
            "Unannounced visit - no food in house, rats, Poppy in soiled nappy, Darren "
            "intoxicated & asleep. Carly tearful",
            "16:30",
            "Home visit",
        ),
    )
    o(
        "2023-10-20",
        "strat",
        R(
            "csc",
            "Strategy discussion - neglect all 4 children, S47 agreed. Dental GA to be "
            "rebooked with SW support",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R("pol", "Strategy meeting (neglect) - police checks shared", "10:00", "Meeting"),
        R("skye", "Strategy disc - DSL attended for Skye & Jacob", "10:00", "Meeting"),
        R("jacob", "Strategy discussion (Jacob)", "10:00", "Meeting"),
        R("hv", "Strat mtg re Poppy & siblings", "10:00", "Meeting"),
        R("dent", "Strategy discussion - dental history given", "", "Meeting", shift="-1"),
    )
    o(
        "2023-10-20",
        "step-up",
        R(
            "eh",
            "EH to CSC step-up / transfer meeting with new SW - EH case to close",
            "14:00",
            "Meeting",
        ),
        R("csc", "Transfer meeting with EH worker - handover", "14:00", "Meeting"),
    )
    o(
        "2023-11-06",
        "gp-report",
        R("gp", "GP report for ICPC sent - 4 children, Poppy recurrent chest infections", ""),
    )
    o(
        "2023-11-06",
        "dent-report",
        R("dent", "Conference report submitted (Jacob)", "", "Report"),
    )
    o(
        "2023-11-08",
        "icpc",
        R(
            "csc",
            "ICPC: Tyler, Skye, Jacob & Poppy subject to CP plans - neglect",
            "10:00",
            "ICPC",
            "CP plans",
        ),
        R("skye", "ICPC - Skye CP plan (neglect)", "10:00", "Meeting"),
        R("jacob", "Initial CP conference - Jacob CP plan", "10:00", "Meeting"),
        R("high", "Initial child protection conference for Tyler and siblings", "10:00", "Meeting"),
        R("hv", "Initial case conf - Poppy CP plan", "10:00", "Meeting"),
        R("pre", "Attended ICPC for Poppy", "10:00"),
        R("sn", "ICPC attended - 4 children CP plans", "", "Meeting"),
        R("ews", "Initial CP conf - attendance info", "", "Meeting", shift="month"),
    )
    o(
        "2023-11-08",
        "cg-1",
        R("csc", "Core group 1 following ICPC", "12:00", "Core group"),
        R("skye", "Core group straight after conference", "12:00", "Meeting"),
        R("jacob", "First core group", "12:00", "Meeting"),
        R("hv", "CG1", "12:00", "Meeting"),
    )
    o(
        "2023-11-20",
        "ga-done",
        R(
            "dent",
            "GA extractions completed: 8 teeth (Jacob). SW brought him, mum attended late",
            "08:00",
            "Treatment",
        ),
        R(
            "csc",
            "Took Jacob to Ashcombe General day surgery - 8 teeth extracted under GA",
            "",
            "Health",
        ),
        R("jacob", "Jacob absent - teeth out under GA today (authorised)", "", "Attendance"),
    )
    o(
        "2023-12-05",
        "cg-2",
        R("csc", "Core group 2", "15:30", "Core group"),
        R("skye", "core group mtg", "15:30", "Meeting"),
        R("jacob", "Core group meeting", "15:30", "Meeting"),
        R("high", "CGM - Tyler attendance 58%", "15:30", "Meeting"),
        R("pre", "core group (Poppy) attended", "15:30", shift="swap"),
        R("hv", "Core grp", "", "Meeting"),
    )
    o(
        "2023-12-12",
        "offer",
        R(
            "hou",
            "Offer of 3-bed council house 5 Willowbrook Walk AS6 9LD - accepted",
            "",
            "Offer",
        ),
    )
    o(
        "2023-12-12",
        "hou-csc-call",
        R("hou", "Rang SW Yusuf Hamdan - offer accepted, start date 15/1", "14:00", "Phone call"),
        R(
            "csc",
            "Call from Housing Options - family offered 5 Willowbrook Walk, start 15/1/24",
            "14:05",
            "Phone call",
        ),
    )
    o(
        "2024-01-15",
        "move",
        R(
            "hou",
            "Tenancy start 5 Willowbrook Walk, Ashcombe AS6 9LD - keys issued, sign-up done",
            "",
            "Tenancy",
        ),
        R("csc", "Family moved to 5 Willowbrook Walk AS6 9LD", "", "House move"),
        R("hv", "New address 5 Willowbrook Walk AS6 9LD", "", "Address", shift="late"),
        R("skye", "Change of address - 5 Willowbrook Walk", "", "Admin"),
        R("jacob", "Change of address - 5 Willowbrook Walk", "", "Admin"),
        R("gp", "Address changed x6: 5 Willowbrook Walk AS6 9LD", "", shift="late"),
    )
    o(
        "2024-01-23",
        "cg-3",
        R("csc", "Core group 3 (new house)", "15:30", "Core group"),
        R("skye", "core group", "15:30", "Meeting"),
        R("jacob", "Core grp", "15:30", "Meeting"),
        R("pre", "Core group - Poppy attending well", "15:30"),
    )
    o(
        "2024-02-13",
        "rcpc-1",
        R("csc", "RCPC - CP plans continue (neglect) x4", "10:00", "RCPC", "CP plans continue"),
        R("skye", "Review case conference - plan continues", "10:00", "Meeting"),
        R("jacob", "RCPC - Jacob plan continues", "10:00", "Meeting"),
        R("high", "Review CP conference (Tyler)", "10:00", "Meeting"),
        R("hv", "RCPC", "10:00", "Meeting"),
        R("pre", "Review conference for Poppy", ""),
    )
    o(
        "2024-03-16",
        "tv-smashed",
        R(
            "pol",
            "Carly PRUETT reports husband drunk, smashed TV, threatened her. 4 children in "
            "house. Darren arrested criminal damage. DASH medium",
            "20:15",
            "Domestic incident",
            ref="AS-240316-3307",
        ),
    )
    o(
        "2024-03-17",
        "caution",
        R(
            "pol",
            "Darren PRUETT - conditional caution (criminal damage), condition alcohol "
            "programme. Released to mother's address 14 Tern Road",
            "11:30",
            "Outcome",
            ref="AS-240316-3307",
        ),
    )
    o(
        "2024-03-18",
        "oe-holm",
        R(
            "skye",
            "Op Encompass call - DA at home Sat, dad arrested. Skye quiet",
            "08:35",
            "Op Encompass",
        ),
        R(
            "jacob",
            "Operation Encompass notification (DA Saturday) - Jacob told teacher 'daddy broke "
            "the telly'",
            "08:35",
            "Op Encompass",
        ),
    )
    o(
        "2024-03-18",
        "oe-high",
        R("high", "Op Encompass - police at home Sat night, Tyler aware", "08:50", "Op Encompass"),
    )
    o(
        "2024-03-18",
        "ppn-2",
        R("csc", "PPN (AS-240316-3307) - DA, dad arrested", "09:10", "Police notification"),
    )
    o(
        "2024-03-19",
        "dad-leaves",
        R(
            "csc",
            "Carly confirms Darren has left - living at his mother's, 14 Tern Road. Contact to "
            "be agreed",
            "",
            "Household change",
        ),
        R("hv", "Mum says dad moved out to his mum's (Tern Road)", "", "Family", shift="late"),
    )
    o(
        "2024-05-14",
        "rcpc-2",
        R("csc", "RCPC: CP plans ended - CIN", "10:00", "RCPC", "CIN"),
        R("skye", "RCPC - step down CIN", "10:00", "Meeting"),
        R("jacob", "Review conference - CIN now", "10:00", "Meeting"),
        R("high", "RCPC - plans ended for all", "", "Meeting"),
        R("hv", "Review CP conf - CIN", "10:00", "Meeting", shift="+1"),
        R("pre", "RCPC Poppy - ended", "10:00"),
    )
    o(
        "2024-07-09",
        "cin",
        R("csc", "CIN review", "15:30", "CIN review"),
        R("skye", "CIN meeting", "15:30", "Meeting"),
        R("jacob", "Child in need review", "15:30", "Meeting"),
        R("pre", "CIN mtg - Poppy 95% attendance", "15:30"),
    )
    o(
        "2024-09-17",
        "close",
        R("csc", "CIN closed - step down to Early Help", "", "Closure"),
        R("eh", "Step down from CSC accepted - EH reallocated (B Lind)", "", "Allocation"),
    )
    f.fill(
        "jacob",
        "2023-01-18",
        "2024-07-19",
        [
            ("Attendance", "Jacob late - mum overslept"),
            ("Neglect concern", "Jacob no coat, wet through"),
            ("Attendance", "Jacob absent - no call"),
        ],
    )
    f.fill(
        "skye",
        "2023-01-18",
        "2024-07-19",
        [
            ("Attendance", "Skye absent - no call"),
            ("Pastoral", "Skye worried about mum, ELSA"),
        ],
    )
    f.fill(
        "high",
        "2023-01-03",
        "2024-07-19",
        [
            ("Attendance", "Tyler truant - seen in town"),
            ("Behaviour", "Tyler isolation - no PE kit, refused"),
            ("Attendance", "Tyler absent - no contact"),
        ],
    )
    f.fill(
        "eh",
        "2023-02-08",
        "2023-10-13",
        [
            ("Home visit", "Visit - food bank voucher, beds ordered from charity"),
            ("Home visit", "Visit - house untidy, kids' room better"),
            ("Phone call", "Carly cancelled visit"),
        ],
    )
    f.fill(
        "csc",
        "2023-10-23",
        "2024-09-13",
        [
            ("Visit", "Statutory visit - all 4 seen"),
        ],
    )
    f.fill("csc", "2023-10-23", "2024-01-12", [("Visit", "Visit - fridge stocked, Darren sober")])
    f.fill(
        "csc",
        "2024-01-17",
        "2024-09-13",
        [("Visit", "Visit at Willowbrook Walk - beds in use")],
    )
    f.fill(
        "ews",
        "2023-01-03",
        "2024-07-19",
        [
            ("Letter", "Attendance warning letter (Tyler)"),
            ("Home visit", "EWO home visit - no answer"),
        ],
    )
    f.fill(
        "hv",
        "2023-04-01",
        "2024-07-19",
        [
            ("Clinic", "Poppy weight 11.2kg"),
        ],
    )
    f.fill(
        "hv",
        "2023-06-15",
        "2023-08-31",
        [("Developmental review", "2-2.5 yr review: Poppy speech delay, SALT referral")],
    )
    f.fill(
        "env", "2023-04-10", "2023-08-31", [("", "Re-inspection - boiler replaced, mould remains")]
    )
    f.fill(
        "sn", "2023-02-01", "2024-06-28", [("Health review", "Jacob weight check - 9th centile")]
    )
    return f.case()


def blind_dedup_cases_4() -> list[BlindCase]:
    """The four cases, in a fixed order."""
    return [_varley(), _kilbride(), _tolland(), _pruett()]


if __name__ == "__main__":
    summary(blind_dedup_cases_4)
