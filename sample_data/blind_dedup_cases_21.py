"""A twenty-first set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from ten to twelve services'
sheets over twelve to eighteen months, unlike each other: a six-week-old baby brought to
hospital late at night with a subdural haemorrhage (parents in their twenties, the father's daily
cannabis use, a mark on the baby's arm seen by the health visitor at three weeks and not referred,
a night-time police call-out, a 111 call and a 999 call, an emergency department attendance
written as rows either side of midnight, out-of-hours social care (the Emergency Duty Team) on
its own sheet of the council's return, retrieval to paediatric intensive care, two strategy
discussions, both parents' arrests and interviews, an interim care order, a foster placement,
an ICPC and RCPC, the father's charge, special guardianship to an aunt); two brothers of eight
and eleven at one primary school and, from September, one secondary (neglect, poor attendance,
head lice and impetigo, a primary school that writes one row per child for a welfare visit, a
letter home, an attendance meeting and a conference, phone calls written from both ends in very
different styles, Early Help and Team Around the Family meetings under several names, the GP
and the school nurse, damp and mould inspected by Environmental Health, a section 21 notice, the
boys found home alone at night, an ICPC, a move to a housing association flat); a fifteen-year-old
girl in a children's home at risk of criminal and sexual exploitation (missing episodes reported
near midnight and ended the next day, police missing-person logs in capitals with log numbers,
British Transport Police at railway stations, return home interviews, a sexual health clinic,
an NRM referral, exploitation panels under several names, CAMHS, youth justice, her arrest with
class A drugs in a flat and an adult man's arrest there, a hospital attendance for intoxication
written as several rows and a self-harm attendance the next night, looked-after reviews).

How they were written (blind): composed from the domain brief (../shared/domain/DOMAIN.md),
the `Event` schema (chronology/schema.py), the shared kit (sample_data/dedup_case_kit.py), the
seventh blind set's module docstring, agency constants and the thirty-odd lines after them (read
for the file format only; none of its families, wordings or places reused) and the last thirty
lines of the fourteenth blind set (how a set module ends). The duplicate rules and their
settings, the linkage model, bench results, tests, docs and every other labelled set were not
read, and the merge (or any duplicate detection) was not run on these cases (issue 12,
"Generalisation practice"). Kept apart from tuning: measure on them blind first.

The services write very differently: police logs in capitals with CAD, log and crime
references ("LOG 0093 UPDATE 03:35 ..."), and British Transport Police with their own
references; long social care narrative, with an Emergency Duty Team sheet that times its notes
in the text; "Contact type: ... Outcome: ..." health visiting templates; GP "S: O: A: P:" notes
in a Word table with no event type column; schools' first-person logs ("Rang mum re ...",
"Mrs D and I visited") against a social worker's "Telephone call from DSL at ..."; emergency
department clinical shorthand (BIBA, GCS, O/E, D/C, Cat 1) writing one attendance as triage,
review and discharge rows, some after midnight; a children's home's shift log; a court lawyer's
terse hearing notes; minutes pasted into another service's return; a case note typed twice.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), an emergency department
row written after midnight for an attendance that began before it, or a life event, call, email,
referral or minute logged by the receiving service on the next day.

How the rows were labelled (the rules given for this set, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN meeting, MARAC, looked-after
  review, family group conference, professionals' meeting, court hearing), in whatever words,
  with whatever time or none, is one occurrence. A minute pasted into another service's return
  under its own preface is a record of the same meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and
  received) are one occurrence, even when the receiving service logs it the next day. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the MASH screening
  decision and the contact it screens, and a hospital's notice of an attendance to the health
  visitor, family nurse, GP or school. An incident attended by police and ambulance together is
  one occurrence; the emergency department attendance that follows is another.
- Life events (a birth, a death, a house move, a placement start, a GP registration, an
  admission or discharge, an arrest, a charge, a court result or order) recorded by two services
  on the same day, or by one of them the next day, are one occurrence when they name the same
  specifics. Two people's arrests on one day are two occurrences; so are an arrest and a charge.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- An emergency department that writes one attendance as several rows (triage, review,
  discharge) records ONE occurrence; attendances on consecutive days are separate; an emergency
  department attendance and the ward or intensive care admission that follows are two
  occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: an emergency department row written after midnight (the CT scan at
  00:35, the review at 01:15, "left with the retrieval team" at 03:55) belongs to the attendance
  that began at 23:40 the day before (its occurrence is in `noise`); the intensive care
  admission at the receiving hospital is another occurrence, and so is the emergency
  department's phone call to the Emergency Duty Team made during the attendance.
- Decision for this set: an ambulance service's one row for a 999 call and the crew's
  attendance is one occurrence; a 111 call by the mother earlier that evening is another, and
  so is the crew's online safeguarding referral, whose receipt by the Emergency Duty Team is
  the other end of that referral.
- Decision for this set: the Emergency Duty Team's handover to the day team, written on the
  EDT sheet and on the case-notes sheet of the same council's return, is one occurrence (both
  ends of one handover call and email).
- Decision for this set: a service that notes an arrest, a charge, a transfer between wards or
  a court result it has been told of, naming the same person, place or offence, records that
  life event (not a separate call), whether the same day or the next.
- Decision for this set: a GP row giving a conference's outcome and saying the practice sent a
  report but did not attend is a record of the conference (like a pasted minute), here dated a
  day late; a GP's email of information sent before a strategy discussion is its own
  occurrence.
- Decision for this set: an order made at a hearing is part of that hearing's occurrence (the
  interim care order; the special guardianship and supervision orders); the placement that
  follows is its own occurrence, recorded by the hospital, social care and the health visitor.
  An application issued by the local authority's lawyer and Cafcass's receipt of it, and a child
  protection medical report sent and received, are each one occurrence.
- Decision for this set: a police row recording both suspects' release on bail together is one
  occurrence by itself; each parent's arrest, each interview, the later arrest for breach of
  bail, the father's charge and the mother's NFA on the same afternoon are all separate.
Everything is invented: people, workers, schools, surgeries, hospitals, wards, homes, towns,
stations, police forces, courts, addresses, postcodes and reference numbers. Deterministic: one
fixed seed per case (it only places the routine entries and picks their times), no set or hash
ordering.

    python sample_data/blind_dedup_cases_21.py      # prints a summary of each case
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
AMBULANCE = "Ambulance Service"
PICU = "Paediatric Intensive Care"
SUBSTANCE = "Adult Substance Misuse Service"
LEGAL = "Local Authority Legal Services"
CAFCASS = "Cafcass"
PRIMARY = "Primary School"
SECONDARY = "Secondary School"
EARLY_HELP = "Early Help"
SCHOOL_NURSE = "School Nursing"
HOUSING = "Housing"
ENV_HEALTH = "Environmental Health"
EWO = "Education Welfare Service"
CHILDRENS_HOME = "Children's Home"
BTP = "British Transport Police"
MISSING = "Missing Children Service"
CAMHS = "CAMHS"
YJS = "Youth Justice Service"
ALT_PROVISION = "Alternative Provision"
SEXUAL_HEALTH = "Sexual Health Service"
LAC_HEALTH = "Looked After Children's Health"

TERM_TIME_AGENCIES: tuple[str, ...] = (PRIMARY, SECONDARY, SCHOOL_NURSE, EWO, ALT_PROVISION)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Kestley family, Caddenham. Reggie Kestley (b. 19/08/2024) lives with his mother
# Shannon Pellow (24) and father Jordan Kestley (27) at 14 Fallowfield Walk, Caddenham CD4 7RP;
# registered at Lorrimer Street Surgery. The father smokes cannabis daily. A mark on Reggie's
# arm seen by the health visitor at three weeks; a night-time police call-out; at six weeks a 111
# call, a 999 call, the emergency department late at night, a subdural haemorrhage on CT after
# midnight, out-of-hours social care (EDT), transfer to intensive care at Northfold Children's
# Hospital, strategy discussions, both parents' arrests and interviews, an interim care order, a
# foster placement, an ICPC and RCPC, the father's charge, and special guardianship to an aunt.
# --------------------------------------------------------------------------------------------


def _kestley() -> BlindCase:
    f = Family(
        "kestley",
        2101,
        {
            "mw": Sheet(
                MW,
                "Caddenham_Maternity_Pellow_S.xlsx",
                "Antenatal & PN",
                (("2024-01-01", "Ruth Hallam RM"),),
            ),
            "hv": Sheet(
                HV,
                "HV_0-19_Kestley_R.xlsx",
                "Chronology",
                (("2024-01-01", "Gemma Oakridge HV"), ("2024-10-18", "Lynette Caird HV")),
            ),
            "gp": Sheet(
                GP,
                "LorrimerStreet_Surgery_Kestley.docx",
                "Table 1",
                (("2024-01-01", "Dr A Whitcombe"),),
                typed=False,
            ),
            "amb": Sheet(
                AMBULANCE,
                "WessmoorAmbulance_Kestley_incidents.csv",
                "",
                (("2024-01-01", "Clinical Safeguarding Lead"),),
            ),
            "ed": Sheet(
                ED,
                "CaddenhamGeneral_ED_Kestley.xlsx",
                "ED notes",
                (("2024-01-01", "ED Paediatric Liaison"),),
            ),
            "picu": Sheet(
                PICU,
                "Northfold_Childrens_PICU_Kestley.xlsx",
                "PICU & Ward 4",
                (("2024-01-01", "Safeguarding Nurse T Bexley"),),
            ),
            "pol": Sheet(
                POLICE,
                "Wessmoor_Police_Kestley.xlsx",
                "Niche extract",
                (("2024-01-01", "DS 2208 K Marsh"),),
            ),
            "csc": Sheet(
                CSC,
                "Caddenham_CSC_Kestley.xlsx",
                "Case notes",
                (("2024-01-01", "MASH Duty"), ("2024-10-01", "Priya Dhesi SW")),
            ),
            "edt": Sheet(
                CSC,
                "Caddenham_CSC_Kestley.xlsx",
                "EDT",
                (("2024-01-01", "EDT SW on duty"),),
            ),
            "sms": Sheet(
                SUBSTANCE,
                "Compass_Recovery_Kestley_J.xlsx",
                "Contacts",
                (("2024-01-01", "Dale Fitton (recovery worker)"),),
            ),
            "legal": Sheet(
                LEGAL,
                "Caddenham_Legal_Kestley.docx",
                "Table 1",
                (("2024-01-01", "M Quayle, Solicitor"),),
                typed=False,
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_Kestley_CD24C00871.xlsx",
                "Case log",
                (("2024-01-01", "Rhona Tilbury (Children's Guardian)"),),
            ),
        },
    )
    o = f.occ

    # ---- pregnancy, birth, the first weeks ----------------------------------------------------
    o(
        "2024-03-11",
        "booking",
        R(
            "mw",
            "Booking appt at 11+4/40, G1P0. Lives with partner Jordan Kestley (FOB, 27) at 14 "
            "Fallowfield Walk. Routine enquiry re DA: denied. Shannon disclosed Jordan smokes "
            "cannabis most nights 'to sleep', says not in the flat. Smoking/cannabis advice given.",
            "10:20",
            "Booking",
            "Plan: refer FOB to Compass Recovery with his consent. Universal plus.",
        ),
    )
    o(
        "2024-03-12",
        "referral-compass",
        R(
            "mw",
            "Referral emailed to Compass Recovery for Jordan (FOB) re daily cannabis use. Verbal "
            "consent from Jordan by phone this am.",
            "14:10",
            "Referral",
        ),
        R(
            "sms",
            "Referral received by email from community midwife (R Hallam): Jordan Kestley, 27, "
            "daily cannabis, partner 12/40 pregnant. Triaged routine; appt letter posted.",
            "09:20",
            "Referral received",
            shift="+1",
        ),
    )
    o(
        "2024-04-23",
        "compass-assessment",
        R(
            "sms",
            "Comprehensive assessment (2nd offer, DNA 09/04). Jordan reports 2-3 joints nightly "
            "for 6 yrs, 'helps me switch off', no other drugs. AUDIT-C 4. Ambivalent re change; "
            "agrees to harm reduction and weekly keywork. Says he smokes outside only.",
            "11:00",
            "Assessment",
        ),
    )
    o(
        "2024-06-18",
        "hv-antenatal",
        R(
            "hv",
            "Contact type: Antenatal contact (home), 28/40. Both parents present. Jordan says "
            "cannabis 'cut right down, weekends only'. Faint smell of cannabis in hallway. Safe "
            "sleep, ICON (coping with crying) and bonding discussed; parents receptive.",
            "13:30",
            "Antenatal contact",
            "Outcome: universal plus offered; new birth visit to follow.",
        ),
    )
    o(
        "2024-08-19",
        "birth",
        R(
            "mw",
            "03:12 SVD, live male infant, 3.41 kg, Apgars 9 and 10. Skin to skin. Father present "
            "throughout. Bottle feeding.",
            "03:12",
            "Delivery",
        ),
        R(
            "hv",
            "Contact type: Birth notification (Child Health). Male infant Reggie, born 19/08/24 at "
            "Caddenham General, SVD, 3.41 kg. Outcome: new birth visit to be booked.",
            "",
            "Birth notification",
            shift="late",
        ),
    )
    o(
        "2024-08-30",
        "new-birth-visit",
        R(
            "hv",
            "Contact type: New birth visit (day 11). Mum, Reggie and Jordan seen. Weight 3.52 kg. "
            "Cord separated. Moses basket in parents' room, safe sleep discussed again. Jordan "
            "'does the night feeds'. ICON reinforced. No marks seen on skin check.",
            "10:00",
            "New birth visit",
            "Outcome: universal plus. Next: 3-4 week contact.",
        ),
    )
    o(
        "2024-09-02",
        "gp-registration",
        R(
            "gp",
            "New patient registration: Reggie KESTLEY, DOB 19/08/2024, 14 Fallowfield Walk. "
            "Linked to mother's household. Summarised by admin.",
            "",
        ),
        R(
            "hv",
            "GP registration confirmed: Lorrimer Street Surgery (Dr Whitcombe).",
            "",
            "Admin",
        ),
    )
    o(
        "2024-09-10",
        "hv-mark-on-arm",
        R(
            "hv",
            "Contact type: Home visit (weight/feeding, 3/52). When undressed for weighing, small "
            "bluish mark approx 1 cm on L upper arm. Mum said caught on the car-seat buckle "
            "Sunday. ?bruise ?birthmark. Reggie non-mobile. Mum calm, explanation plausible to me.",
            "11:15",
            "Home visit",
            "Outcome: to discuss with safeguarding team. Weight 3.98 kg.",
        ),
    )
    o(
        "2024-09-11",
        "hv-supervision",
        R(
            "hv",
            "Safeguarding advice (telephone) from Named Nurse L Prentice re mark on arm seen "
            "10/09. Advised that any bruise in a non-mobile baby needs same-day paediatric review "
            "under the bruising protocol; should have been acted on at the visit. To revisit.",
            "15:40",
            "Safeguarding supervision",
        ),
    )
    o(
        "2024-09-12",
        "hv-revisit",
        R(
            "hv",
            "Contact type: Revisit re mark on L arm. Mark no longer visible. Mum declined "
            "paediatric review as 'it's gone'. Bruising protocol leaflet given and explained.",
            "09:30",
            "Home visit",
            "Outcome: no referral made; documented. Next contact 6-8 week review.",
        ),
    )

    # ---- a night-time call-out and what followed ----------------------------------------------
    o(
        "2024-09-21",
        "police-shouting",
        R(
            "pol",
            "CAD 2417 21/09/24 23:52. NEIGHBOUR REPORTS SHOUTING AND BABY SCREAMING AT 14 "
            "FALLOWFIELD WALK. OFFICERS ATTENDED 00:20. VERBAL ARGUMENT ONLY BETWEEN KESTLEY "
            "JORDAN AND PELLOW SHANNON RE MONEY. STRONG SMELL OF CANNABIS. BABY SEEN IN MOSES "
            "BASKET, SETTLED. DASH: STANDARD. PPN SUBMITTED.",
            "23:52",
            "Domestic incident (verbal)",
            ref="CAD 2417 21/09/24",
        ),
    )
    o(
        "2024-09-22",
        "police-second-call",
        R(
            "pol",
            "CAD 0168 22/09/24 01:41. SECOND CALL FROM SAME NEIGHBOUR - DOOR SLAMMING, MALE "
            "SHOUTING IN STREET OUTSIDE 14 FALLOWFIELD WALK. NO UNITS AVAILABLE. CALL BACK BY "
            "CONTROL 02:05 - CALLER STATES ALL QUIET NOW. NO DEPLOYMENT. CLOSED.",
            "01:41",
            "ASB / disturbance",
            ref="CAD 0168 22/09/24",
        ),
    )
    o(
        "2024-09-23",
        "csc-ppn-received",
        R(
            "csc",
            "Contact received: police PPN (Wessmoor) re verbal argument between parents at 14 "
            "Fallowfield Walk on 21/09, baby aged 5 weeks present, cannabis smell noted. Standard "
            "risk. Passed to MASH for screening.",
            "09:05",
            "Contact",
        ),
    )
    o(
        "2024-09-24",
        "mash-decision",
        R(
            "csc",
            "MASH screening decision: single standard-risk verbal incident, no previous CSC "
            "history. Does not meet threshold for CSC. Outcome: NFA for CSC; share with HV for "
            "follow-up at next contact.",
            "10:15",
            "MASH decision",
        ),
    )
    o(
        "2024-09-24",
        "mash-email-hv",
        R(
            "csc",
            "Email to HV Gemma Oakridge sharing PPN of 21/09 and the MASH outcome.",
            "11:02",
            "Information sharing",
        ),
        R(
            "hv",
            "Email received from MASH: police attended home 21/09 late evening, verbal argument, "
            "cannabis smell. No CSC role. For HV follow-up and routine DA enquiry.",
            "11:40",
            "Information received",
        ),
    )
    o(
        "2024-09-27",
        "gp-baby-check",
        R(
            "gp",
            "Reggie 6-8 wk baby check (early, clinic slot). S: feeding well, 'bit sicky'. O: "
            "alert, fixes and follows, wt 4.61 kg, hips stable, testes descended, red reflex "
            "present, fontanelle soft, no marks on skin check. A: normal check. P: imms at 8 wks.",
            "14:10",
        ),
    )
    o(
        "2024-09-27",
        "gp-mum-postnatal",
        R(
            "gp",
            "Shannon 6 wk postnatal check. S: tired, tearful at times, 'Jordan helps at night', "
            "sleeping poorly. O: BP 118/74, PHQ-9 = 8. A: mild low mood. P: self-help, HV aware, "
            "review 4 wks. Contraception: POP started.",
            "14:20",
        ),
    )

    # ---- the night of 30 September ------------------------------------------------------------
    o(
        "2024-09-30",
        "nhs111",
        R(
            "amb",
            "NHS 111 call 21:52, caller mother. 6 wk old vomiting after feeds x3 since 18:00, "
            "unsettled, crying 'more than usual'. Pathways disposition: speak to GP out of hours "
            "within 6 hrs. Warm transfer to OOH offered; mother declined, would 'see how he goes'.",
            "21:52",
            "111 call",
            ref="111-3390212",
        ),
    )
    o(
        "2024-09-30",
        "999-call",
        R(
            "amb",
            "999 call 23:08, Cat 1. Caller father: baby 'gone floppy' after a bottle, 'went stiff "
            "and blue'. Crew on scene 23:16. O/E pale, floppy, responds to voice only, fontanelle "
            "full, SpO2 94% air, HR 170. Blue-lighted to Caddenham General ED, handover 23:41. "
            "Crew note father's account changed (first on the sofa, then in his cot).",
            "23:08",
            "Cat 1 incident",
            ref="INC 24-0930-1187",
        ),
    )
    o(
        "2024-10-01",
        "ambulance-sg-referral",
        R(
            "amb",
            "Safeguarding referral (children) submitted online by attending crew 00:30: changing "
            "account of collapse, strong cannabis smell in flat, 6 wk old infant.",
            "00:30",
            "Safeguarding referral",
            ref="SG-24-11873",
        ),
        R(
            "edt",
            "01:10 Online safeguarding referral from Wessmoor Ambulance crew received: baby Reggie "
            "Kestley, collapse at home, father's account changed, cannabis smell. Already known "
            "to EDT from the hospital call - linked.",
            "01:10",
            "Referral",
        ),
    )
    o(
        "2024-09-30",
        "ed-attendance",
        R(
            "ed",
            "Triage 23:40. BIBA blue light, 6/52 M. PC: floppy episode at home approx 22:50, vom "
            "x3 today. A patent. B RR 48, sats 95% RA. C HR 172, CRT 3 s. D responds to voice, "
            "fontanelle tense. BM 6.1. Cat 1, resus bay 2. Paeds crash call.",
            "23:40",
            "Triage",
        ),
        R(
            "ed",
            "CT head (non-contrast) 00:35: acute L parietal subdural haemorrhage with thin "
            "interhemispheric SDH. No skull fracture. D/W neurosurgery (Northfold): no surgical "
            "role, for PICU. 2 short seizures in resus - IV levetiracetam.",
            "00:35",
            "Imaging",
            shift="+1",
        ),
        R(
            "ed",
            "Paeds reg review 01:15: history from parents inconsistent (sofa vs cot). No external "
            "injury seen. Impression: SDH, NAI must be excluded. Consultant Dr Imrie informed. "
            "Retrieval team (Northfold) requested.",
            "01:15",
            "Medical review",
            shift="+1",
        ),
        R(
            "ed",
            "Left dept 03:55 with Northfold retrieval team to PICU. Parents to follow by car. ED "
            "safeguarding form completed; notifications to HV and GP to follow.",
            "03:55",
            "Discharge / transfer",
            shift="+1",
        ),
    )
    o(
        "2024-10-01",
        "ed-call-edt",
        R(
            "ed",
            "01:50 Telephoned EDT (out of hours social care): 6/52 with acute SDH, inconsistent "
            "history, NAI concern. Spoke to duty SW. EDT to inform police.",
            "01:50",
            "Safeguarding call",
        ),
        R(
            "edt",
            "Telephone referral from Dr Kaur (ED registrar), Caddenham General: Reggie Kestley, "
            "6 wks, acute subdural bleed on CT, parents' accounts differ. Retrieval to Northfold "
            "PICU being arranged. Parents present in dept.",
            "02:00",
            "Referral",
        ),
    )
    o(
        "2024-10-01",
        "edt-call-police",
        R(
            "edt",
            "02:20 Rang Wessmoor Police control room: child protection referral passed re Reggie, "
            "log number given 0093. Police to attend hospital and home.",
            "02:20",
            "Call to police",
        ),
        R(
            "pol",
            "LOG 0093 01/10/24 02:23. CALL FROM CADDENHAM EDT. 6 WEEK OLD MALE AT CADDENHAM "
            "GENERAL WITH BLEED ON BRAIN, NAI SUSPECTED, PARENTS KESTLEY J / PELLOW S. CAIT TO BE "
            "UPDATED AT 08:00.",
            "02:23",
            "Child protection",
            ref="LOG 0093 01/10/24",
        ),
    )
    o(
        "2024-10-01",
        "police-secure-home",
        R(
            "pol",
            "LOG 0093 UPDATE 03:35. OFFICERS ATTENDED 14 FALLOWFIELD WALK WITH KEYS FROM FATHER. "
            "ADDRESS SECURED AS POSSIBLE SCENE. SOFA, MOSES BASKET, COT AND BOTTLES PHOTOGRAPHED. "
            "CANNABIS GRINDER AND RESIDUE ON KITCHEN SIDE.",
            "03:35",
            "Scene",
            ref="LOG 0093 01/10/24",
        ),
    )
    o(
        "2024-10-01",
        "picu-admission",
        R(
            "picu",
            "Admitted PICU bed 6 at 05:25 from Caddenham General via retrieval. Self-ventilating "
            "on high flow, further seizure in transit (loaded levetiracetam). Parents arrived "
            "06:10, both very distressed; father smelling of cannabis.",
            "05:25",
            "Admission",
        ),
    )
    o(
        "2024-10-01",
        "edt-handover",
        R(
            "edt",
            "08:45 Handover to MASH/Assessment Team (TM K Lowther) by phone and email: all EDT "
            "records, police log 0093. Strategy discussion requested this morning.",
            "08:45",
            "Handover",
        ),
        R(
            "csc",
            "Handover from EDT received 08:50 (phone and email): 6 wk old in Northfold PICU with "
            "acute SDH, NAI suspected. Allocated to SW Priya Dhesi. Strategy to be convened.",
            "08:50",
            "Handover received",
        ),
    )
    o(
        "2024-10-01",
        "gp-email-strategy",
        R(
            "gp",
            "Email to CSC with information for strategy discussion: Reggie seen 27/09 for baby "
            "check, normal, no marks. Mother 6 wk PN check same day, mild low mood. No previous "
            "attendances. Father not registered here.",
            "10:20",
        ),
    )
    o(
        "2024-10-01",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (MS Teams) chaired by TM K Lowther. Present: DS Marsh (CAIT), Dr "
            "Fenwick (PICU consultant), Named Nurse L Prentice, HV G Oakridge, SW P Dhesi. Agreed "
            "threshold met for joint s47 enquiry. Parents' contact to be supervised by hospital "
            "staff. Skeletal survey, ophthalmology and bloods today/tomorrow.",
            "11:00",
            "Strategy discussion",
            "S47 joint investigation. Safety plan on PICU.",
        ),
        R(
            "pol",
            "1100 STRATEGY MEETING (TEAMS) - CSC, HEALTH, POLICE. JOINT S47 AGREED. CAIT TO "
            "INVESTIGATE. CRIME RAISED: GBH WITH INTENT, VICTIM REGGIE KESTLEY. PARENTS NOT TO BE "
            "SPOKEN TO UNTIL MEDICAL PICTURE CLEARER.",
            "11:00",
            "Strategy",
            ref="CR 42/81730/24",
        ),
        R(
            "picu",
            "Strategy meeting - Dr Fenwick attended for PICU. Agreed CP medical to be led by CP "
            "paediatrician Dr Sandhu jointly with PICU consultant; parents' visits supervised.",
            "11:00",
            "Safeguarding",
        ),
        R(
            "hv",
            "Attended strategy discussion via Teams. Shared: mark L upper arm 10/09 (not referred "
            "for paeds review), supervision 11/09, revisit 12/09; MASH email re police call-out "
            "21/09.",
            "11:05",
            "Strategy discussion",
        ),
    )
    o(
        "2024-10-02",
        "hv-ed-notification",
        R(
            "hv",
            "Contact type: ED attendance notification (paediatric liaison, Caddenham General). "
            "Attended 30/09 23:40 - floppy episode, transferred to Northfold PICU. Already known "
            "via strategy discussion. Outcome: filed; HV lead informed.",
            "09:30",
            "Notification",
        ),
    )
    o(
        "2024-10-02",
        "ophthalmology",
        R(
            "picu",
            "Ophthalmology (Mr Adeyemi): bilateral multilayered retinal haemorrhages extending to "
            "the periphery, too numerous to count. Photographs taken.",
            "10:15",
            "Ophthalmology",
        ),
    )
    o(
        "2024-10-02",
        "arrest-father",
        R(
            "pol",
            "ARREST 10:40 02/10/24 AT NORTHFOLD CHILDREN'S HOSPITAL CAR PARK. KESTLEY JORDAN "
            "(27) ON SUSPICION OF GBH WITH INTENT (S18). VICTIM REGGIE KESTLEY (6 WKS). CONVEYED "
            "TO CADDENHAM CUSTODY.",
            "10:40",
            "Arrest",
            ref="CR 42/81730/24",
        ),
        R(
            "csc",
            "Jordan Kestley arrested 10:40 in the hospital car park at Northfold on suspicion of "
            "s18 GBH against Reggie (info from DS Marsh).",
            "12:10",
            "Police",
        ),
    )
    o(
        "2024-10-02",
        "arrest-mother",
        R(
            "pol",
            "ARREST 11:05 02/10/24 PELLOW SHANNON (24) AT NORTHFOLD CHILDREN'S HOSPITAL, "
            "PARENTS' ROOM, ON SUSPICION OF CHILD CRUELTY (S1 CYPA 1933). CONVEYED TO CADDENHAM "
            "CUSTODY.",
            "11:05",
            "Arrest",
            ref="CR 42/81730/24",
        ),
        R(
            "picu",
            "11:05 Police on unit. Mother (Shannon) arrested in the parents' room and taken away "
            "by officers. Security informed; visiting list restricted to MGM with staff present.",
            "11:05",
            "Safeguarding",
        ),
    )
    o(
        "2024-10-02",
        "skeletal-survey",
        R(
            "picu",
            "Skeletal survey reported: healing fracture posterior L 7th rib (callus, est. 10-21 "
            "days old). No other fractures. Repeat survey in 11-14 days. CP paediatrician aware.",
            "16:30",
            "Imaging",
        ),
    )
    o(
        "2024-10-02",
        "interview-father",
        R(
            "pol",
            "INTERVIEW KESTLEY J 16:10-17:25, DUTY SOLICITOR PRESENT. PREPARED STATEMENT: ADMITS "
            "SMOKING CANNABIS THAT EVENING, DENIES HARMING BABY, SAYS BABY 'JUST WENT FLOPPY' "
            "DURING FEED. NO COMMENT TO ALL FURTHER QUESTIONS.",
            "16:10",
            "Interview",
            ref="CR 42/81730/24",
        ),
    )
    o(
        "2024-10-02",
        "interview-mother",
        R(
            "pol",
            "INTERVIEW PELLOW S 18:00-18:50. ACCOUNT: IN BED FROM 22:00, HEARD REGGIE CRY THEN "
            "STOP, JORDAN SHOUTED FOR HER. KNEW OF MARK ON ARM, BELIEVED CAR SEAT. DENIES ANY "
            "HARM.",
            "18:00",
            "Interview",
            ref="CR 42/81730/24",
        ),
    )
    o(
        "2024-10-02",
        "bail",
        R(
            "pol",
            "23:10 BOTH SUSPECTS RELEASED ON PRE-CHARGE BAIL TO 02/01/25. CONDITIONS: NO "
            "UNSUPERVISED CONTACT WITH ANY CHILD UNDER 16; NOT TO ATTEND NORTHFOLD PICU EXCEPT AS "
            "ARRANGED THROUGH CSC.",
            "23:10",
            "Bail",
            ref="CR 42/81730/24",
        ),
    )
    o(
        "2024-10-03",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion (2) following skeletal survey and ophthalmology: rib fracture "
            "and retinal haemorrhages. Agreed: ICPC to be convened; legal advice to be sought "
            "urgently; MGM Tina Pellow to be viability assessed; no discharge home.",
            "15:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT MTG 2 15:00. NEW INFO: HEALING RIB # AND RETINAL BLEEDS. INVESTIGATION "
            "CONTINUES - PHONES SEIZED FROM BOTH SUSPECTS FOR DOWNLOAD.",
            "15:00",
            "Strategy",
            ref="CR 42/81730/24",
        ),
        R(
            "picu",
            "Further strategy meeting attended by Dr Sandhu (CP paediatrician) and safeguarding "
            "nurse. Findings explained: SDH, RH, healing rib fracture - highly suggestive of "
            "inflicted injury.",
            "15:00",
            "Safeguarding",
        ),
        R(
            "hv",
            "Strategy meeting no. 2 (Teams) - HV attended. ICPC and legal planning agreed.",
            "",
            "Strategy discussion",
        ),
        R(
            "gp",
            "Minutes of strategy meeting 03/10 received and pasted: 'Skeletal survey shows "
            "healing posterior rib fracture. Retinal haemorrhages bilaterally. Threshold for ICPC "
            "met. LA to seek legal advice. No discharge to parents.'",
            "",
            shift="+1",
        ),
    )
    o(
        "2024-10-04",
        "joint-visit-mgm",
        R(
            "csc",
            "Joint visit with DC Nuttall to maternal grandmother Tina Pellow at 8 Orchard Rise to "
            "discuss her offer to care for Reggie. Tina works nights; her partner has a police "
            "caution (2019) - viability assessment to consider.",
            "14:00",
            "Joint visit",
        ),
        R(
            "pol",
            "JOINT VISIT WITH SW DHESI TO MGM PELLOW TINA, 8 ORCHARD RISE. WITNESS ACCOUNT TAKEN "
            "RE PARENTS' CARE OF BABY. PARTNER PNC CHECKED.",
            "14:00",
            "Joint visit",
            ref="CR 42/81730/24",
        ),
    )
    o(
        "2024-10-05",
        "father-on-picu",
        R(
            "picu",
            "22:05 Father (Jordan) arrived on PICU asking to see Reggie. Refused entry by nurse in "
            "charge. Became loud; security escorted him off site 22:15.",
            "22:05",
            "Incident",
        ),
    )
    o(
        "2024-10-05",
        "picu-call-edt",
        R(
            "picu",
            "22:20 Rang EDT to inform them of father's attendance on the unit tonight.",
            "22:20",
            "Safeguarding call",
        ),
        R(
            "edt",
            "22:25 Call from PICU nurse in charge (Northfold): father attended unit at 22:05 "
            "against his bail conditions, removed by security. Reggie stable.",
            "22:25",
            "Call received",
        ),
    )
    o(
        "2024-10-05",
        "edt-police-breach",
        R(
            "edt",
            "Rang police re possible breach of Jordan's bail conditions at Northfold tonight; log "
            "1502 given.",
            "22:40",
            "Call to police",
        ),
        R(
            "pol",
            "LOG 1502 05/10/24 22:44. EDT REPORT POSSIBLE BREACH OF PRE-CHARGE BAIL - KESTLEY J "
            "ATTENDED NORTHFOLD PICU 22:05, REMOVED BY SECURITY. OIC TO BE UPDATED.",
            "22:44",
            "Bail breach",
            ref="LOG 1502 05/10/24",
        ),
    )
    o(
        "2024-10-06",
        "arrest-father-breach",
        R(
            "pol",
            "ARREST 09:15 06/10/24 KESTLEY JORDAN AT HOME ADDRESS - BREACH OF PRE-CHARGE BAIL "
            "CONDITIONS (S46A PACE). RELEASED 13:00, BAIL CONDITIONS RE-IMPOSED, WARNED.",
            "09:15",
            "Arrest",
            ref="LOG 1502 05/10/24",
        ),
    )
    o(
        "2024-10-07",
        "legal-planning",
        R(
            "csc",
            "Legal Planning Meeting (legal gateway): TM, SW, Legal (M Quayle). Threshold met on "
            "the medical evidence. Agreed to issue care proceedings and seek an ICO; plan foster "
            "care on discharge pending MGM viability.",
            "10:00",
            "Legal gateway",
        ),
        R(
            "legal",
            "LPM 07.10.24. Advice given: s31(2) threshold met (SDH, RH, healing rib fracture, no "
            "accidental explanation). Issue C110A this week, urgent ICO hearing. Parents to be "
            "sent letter with details of proceedings.",
            "10:00",
        ),
    )
    o(
        "2024-10-08",
        "step-down-ward",
        R(
            "picu",
            "Stepped down from PICU to Ward 4 (neuro). Off high flow, seizure free 72 hrs, "
            "feeding well. Supervision plan for parents' visits transferred to ward.",
            "14:30",
            "Transfer",
        ),
        R(
            "csc",
            "Reggie moved from PICU to Ward 4 at Northfold; ward aware of contact plan.",
            "",
            "Hospital",
            shift="late",
        ),
    )
    o(
        "2024-10-10",
        "c110a-issued",
        R(
            "legal",
            "Application (C110A) issued at Caddenham Family Court, case no. CD24C00871; urgent "
            "ICO hearing listed 17/10/24. Served on parents' solicitors.",
            "",
        ),
        R(
            "cafcass",
            "New public law application received from Caddenham LA (s31): Reggie Kestley, "
            "CD24C00871. ICO hearing 17/10. Allocated to Children's Guardian R Tilbury.",
            "09:00",
            "Case allocation",
            shift="+1",
        ),
    )
    o(
        "2024-10-15",
        "cp-medical-report",
        R(
            "picu",
            "CP medical report (Dr Sandhu) sent by secure email to SW Dhesi and DS Marsh.",
            "12:00",
            "Report sent",
        ),
        R(
            "csc",
            "CP medical report received from Northfold: injuries 'highly likely to be inflicted', "
            "shaking mechanism most likely; rib fracture an earlier episode.",
            "13:30",
            "Report received",
        ),
    )
    o(
        "2024-10-15",
        "guardian-call",
        R(
            "cafcass",
            "Telephoned SW Priya Dhesi for update ahead of ICO hearing: care plan foster care, "
            "MGM viability negative (works nights, partner's caution), contact x3 weekly "
            "supervised.",
            "15:10",
            "Telephone",
        ),
        R(
            "csc",
            "Call from Children's Guardian Rhona Tilbury: updated re medical report, care plan "
            "and contact proposal.",
            "15:10",
            "Telephone",
        ),
    )
    o(
        "2024-10-16",
        "guardian-retry",
        R(
            "cafcass",
            "Tried SW again re contact venue - no answer, voicemail left.",
            "11:30",
            "Telephone",
        ),
    )
    o(
        "2024-10-17",
        "ico-hearing",
        R(
            "legal",
            "Hearing 17/10/24 (DJ Farraday), Caddenham Family Court. ICO granted to 14/11/24 and "
            "renewed on the papers thereafter. Parents did not oppose, no concessions. "
            "Directions: hair strand tests both parents, ISW parenting assessment, "
            "viability of paternal family.",
            "",
        ),
        R(
            "cafcass",
            "Attended ICO hearing. Guardian supported interim separation and ICO. Order made. "
            "Next hearing CMH 28/11.",
            "10:30",
            "Hearing",
        ),
        R(
            "csc",
            "Court: interim care order granted today at Caddenham Family Court. Reggie to go to "
            "LA foster carers on discharge.",
            "14:00",
            "Court",
        ),
        R(
            "csc",
            "Court: interim care order granted today at Caddenham Family Court. Reggie to go to "
            "LA foster carers on discharge",
            "14:02",
            "Court",
        ),
    )
    o(
        "2024-10-18",
        "placement-start",
        R(
            "picu",
            "Discharged from Ward 4 to foster carers (Mr and Mrs Hollins) with SW. Follow-up: "
            "neuro clinic 6 wks, ophthalmology 4 wks, repeat skeletal survey done 14/10 "
            "(no new injury).",
            "11:45",
            "Discharge",
        ),
        R(
            "csc",
            "Reggie discharged from Northfold and placed with LA foster carers Sue and Dave "
            "Hollins, 22 Birchen Lane, Caddenham. Placement plan signed.",
            "13:00",
            "Placement start",
        ),
        R(
            "hv",
            "Contact type: Change of address. Reggie placed with foster carers at 22 Birchen "
            "Lane from 18/10/24 (ICO). Outcome: transferred to HV team North.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    o(
        "2024-10-22",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference (chair: IRO Mark Ellery). Both parents attended "
            "with advocate. Reggie made subject of a child protection plan, category physical "
            "abuse. First core group 05/11.",
            "10:00",
            "ICPC",
            "CP plan - physical abuse",
        ),
        R(
            "pol",
            "ICPC ATTENDED BY DC NUTTALL. POLICE UPDATE GIVEN: BOTH PARENTS ON BAIL TO 02/01/25, "
            "PHONE DOWNLOADS OUTSTANDING.",
            "10:00",
            "Conference",
            ref="CR 42/81730/24",
        ),
        R(
            "hv",
            "Contact type: Initial CP case conference. Outcome: CP plan (physical abuse). HV to "
            "see Reggie at foster home fortnightly and attend core groups.",
            "10:00",
            "ICPC",
        ),
        R(
            "sms",
            "Attended initial child protection conference for Jordan's son. Report given: "
            "Jordan attended 3 of 8 keywork appts since April, no testing.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Initial case conference 22/10 - outcome: CP plan, category physical abuse. CP alert "
            "added to Reggie's and parents' records.",
            "",
            shift="+1",
        ),
    )
    o(
        "2024-11-05",
        "core-group-1",
        R(
            "csc",
            "Core group meeting (1st) at Caddenham Family Centre: SW, HV, Compass, parents. "
            "Written agreement reviewed; parents to attend ISW sessions and Jordan weekly "
            "keywork with testing.",
            "13:00",
            "Core group",
        ),
        R(
            "hv",
            "CG mtg at family centre - HV attended. Reggie thriving in placement, wt 5.9 kg.",
            "13:00",
            "Core group",
        ),
        R(
            "sms",
            "Core group attended - agreed fortnightly oral fluid testing for Jordan.",
            "",
            "Multi-agency meeting",
        ),
    )
    o(
        "2024-11-28",
        "cmh",
        R(
            "legal",
            "CMH 28.11.24: timetable set to IRH 27/03/25; ISW report by 14/02; hair strand "
            "results filed (father positive cannabis, high level, all segments; mother negative). "
            "Paternal aunt not putting herself forward.",
            "",
        ),
        R(
            "cafcass",
            "CMH today. Guardian's position: support timetable; maternal aunt Kerry Pellow to be "
            "assessed as connected person.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Attended Case Management Hearing at Caddenham Family Court with Legal.",
            "10:00",
            "Court",
        ),
    )
    o(
        "2025-01-21",
        "rcpc",
        R(
            "csc",
            "Review Child Protection Conference (IRO M Ellery). Parents attended. Plan remains "
            "CP (physical abuse) while proceedings continue; risk unchanged - no explanation for "
            "injuries.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact type: Review CP conference. Outcome: remains on CP plan. HV report shared: "
            "development on track at foster home.",
            "10:00",
            "RCPC",
        ),
        R(
            "pol",
            "RCPC - DC NUTTALL ATTENDED. BAIL EXTENDED TO 03/04/25 AWAITING CPS ADVICE.",
            "10:00",
            "Conference",
            ref="CR 42/81730/24",
        ),
        R(
            "gp",
            "Review case conference: remains on CP plan. Report submitted by practice; no GP "
            "attendance.",
            "",
            shift="+1",
        ),
    )
    o(
        "2025-01-21",
        "core-group-after-rcpc",
        R(
            "csc",
            "Core group straight after RCPC: plan updated; supervised contact to move to "
            "community venue for mother only.",
            "11:30",
            "Core group",
        ),
        R(
            "hv",
            "Core group following conference - HV attended, plan updated.",
            "11:30",
            "Core group",
        ),
    )
    o(
        "2025-02-03",
        "separation",
        R(
            "csc",
            "Shannon says she and Jordan have separated; Jordan moved out on 01/02 to his "
            "mother's at 3 Pit Lane. Shannon wants to be assessed as sole carer.",
            "15:00",
            "Family composition",
        ),
    )
    o(
        "2025-03-14",
        "father-charged",
        R(
            "pol",
            "CHARGED: KESTLEY JORDAN - GBH (S20) AND CHILD CRUELTY (S1 CYPA 1933), VICTIM REGGIE "
            "KESTLEY. BAILED TO CADDENHAM MAGISTRATES 11/04/25.",
            "16:20",
            "Charge",
            ref="CR 42/81730/24",
        ),
        R(
            "csc",
            "DS Marsh: Jordan charged today with s20 GBH and child cruelty; first appearance "
            "Caddenham Magistrates 11/04.",
            "17:05",
            "Police",
        ),
    )
    o(
        "2025-03-14",
        "mother-nfa",
        R(
            "pol",
            "PELLOW SHANNON - NFA ON CPS ADVICE (INSUFFICIENT EVIDENCE). BAIL CANCELLED, SUSPECT "
            "INFORMED BY PHONE.",
            "16:45",
            "NFA",
            ref="CR 42/81730/24",
        ),
    )
    o(
        "2025-03-27",
        "irh",
        R(
            "legal",
            "IRH 27.03.25: LA final care plan - SGO to maternal aunt Kerry Pellow with 12-month "
            "supervision order. Mother does not oppose; father opposes. Final hearing listed "
            "10/06/25.",
            "",
        ),
        R(
            "cafcass",
            "IRH. Guardian supports SGO to maternal aunt; recommends staged move after final "
            "hearing.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Issues Resolution Hearing at Caddenham Family Court - final hearing fixed for "
            "10 June.",
            "",
            "Court",
            shift="+1",
        ),
    )
    o(
        "2025-04-11",
        "magistrates",
        R(
            "pol",
            "CADDENHAM MAGS 11/04/25: KESTLEY J - NO INDICATION OF PLEA. SENT TO WESSMOOR CROWN "
            "COURT, PTPH 09/05/25. BAIL CONTINUED WITH CONDITIONS.",
            "",
            "Court result",
            ref="CR 42/81730/24",
        ),
        R(
            "csc",
            "Jordan appeared at Caddenham Magistrates; sent to Wessmoor Crown Court (PTPH 9 May), "
            "bail conditions continue.",
            "",
            "Criminal proceedings",
            shift="late",
        ),
    )
    o(
        "2025-06-10",
        "final-hearing",
        R(
            "legal",
            "Final hearing 10.06.25: special guardianship order to Kerry Pellow (maternal aunt) "
            "and 12-month supervision order to the LA. Care proceedings concluded.",
            "",
        ),
        R(
            "cafcass",
            "Final hearing attended. SGO and SO made as recommended. Case closed to Cafcass.",
            "10:00",
            "Hearing",
            shift="swap",
        ),
        R(
            "csc",
            "Final hearing: SGO to maternal aunt and 12-month SO granted.",
            "16:00",
            "Court",
        ),
    )
    o(
        "2025-06-13",
        "move-to-aunt",
        R(
            "csc",
            "Reggie moved from foster carers to live with maternal aunt Kerry Pellow at 9 Quarry "
            "Bank Close, Caddenham, under the SGO.",
            "11:00",
            "Placement change",
        ),
        R(
            "hv",
            "Contact type: Change of address. Reggie living with maternal aunt (SGO) at 9 Quarry "
            "Bank Close from 13/06/25. Outcome: HV to visit within 2 wks.",
            "",
            "Change of address",
            shift="late",
        ),
    )

    # ---- routine single entries -----------------------------------------------------------------
    f.fill(
        "mw",
        "2024-03-18",
        "2024-08-14",
        [
            ("Antenatal", "Routine AN appt 16/40: BP normal, urine NAD. Declines smoking CO test."),
            ("Antenatal", "AN appt 25/40: fundal height on centile. Mood 'OK'. FOB not present."),
            ("Antenatal", "AN appt 34/40: birth plan discussed, Jordan to be birth partner."),
        ],
    )
    f.fill(
        "mw",
        "2024-08-22",
        "2024-09-06",
        [("Postnatal", "Day 5 PN visit: bloodspot done, wt 3.32 kg, cord clean. Mum coping.")],
    )
    f.fill(
        "hv",
        "2024-11-06",
        "2025-06-06",
        [
            ("Home visit", "Contact type: Visit at foster home. Reggie alert, smiling, 6.4 kg."),
            ("Home visit", "Contact type: Visit at foster home. Rolling; follow-up clinics kept."),
        ],
    )
    f.fill(
        "sms",
        "2024-05-01",
        "2025-05-30",
        [
            ("Keywork", "Keywork session: cannabis diary reviewed, using 'most nights'."),
            ("DNA", "DNA keywork appt. Text and letter sent."),
            ("Keywork", "Keywork: oral fluid test positive THC. Discussed court, sleep hygiene."),
        ],
    )
    f.fill(
        "csc",
        "2024-10-23",
        "2025-05-30",
        [
            ("Contact", "Supervised contact at family centre (both parents): warm, appropriate."),
            ("Visit", "Statutory visit to Reggie at foster home: settled, carers no concerns."),
        ],
    )
    f.fill(
        "picu",
        "2024-11-20",
        "2024-12-20",
        [("Clinic", "Neuro clinic (Dr Iyer): HC 75th centile, tone normal, no further fits.")],
    )
    f.fill(
        "cafcass",
        "2024-11-01",
        "2025-05-30",
        [("Visit", "Guardian visited Reggie at foster home; observed feed, well cared for.")],
    )
    return f.case()


def blind_dedup_cases_21() -> list[BlindCase]:
    """The twenty-first blind set's families, in the order they were written."""
    return [_kestley()]


if __name__ == "__main__":
    summary(blind_dedup_cases_21)
