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

How they were written (blind): composed from the domain brief (../shared/domain/DOMAIN.md), the
`Event` schema (chronology/schema.py), the shared kit (sample_data/dedup_case_kit.py), the
seventh blind set's module docstring, agency constants and the thirty-odd lines after them (read
for the file format only; none of its families, wordings or places reused) and the last thirty
lines of the fourteenth blind set (how a set module ends); besides these, only the head of
pyproject.toml's dependency list was glanced at while looking for the linter's settings. The
duplicate rules and their settings, the linkage model, bench results, tests, docs and every
other labelled set were not read, and the merge (or any duplicate detection) was not run on
these cases (issue 12, "Generalisation practice"). Kept apart from tuning: measure on them blind
first.

The services write very differently: police logs in capitals with CAD, log and crime
references ("LOG 0093 UPDATE 03:35 ..."), and British Transport Police with their own
references; long social care narrative, with an Emergency Duty Team sheet that times its notes
in the text; "Contact type: ... Outcome: ..." health visiting templates; GP "S: O: A: P:" notes
in a Word table with no event type column; schools' first-person logs ("Rang mum re ...",
"Mr Pike and I went to ...") against a social worker's "Telephone call from DSL at ..."; emergency
department clinical shorthand (BIBA, GCS, O/E, D/C, Cat 1) writing one attendance as triage,
review and discharge rows, some after midnight; a children's home's shift log; a court lawyer's
terse hearing notes; minutes pasted into another service's return; entries typed twice on one sheet.

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
- Decision for this set: the primary school's one row per boy for a conference (the ICPC) is
  one record of that conference, as for its letters home, welfare visit and attendance meeting;
  the school nurse's two drop-in appointments twenty minutes apart (one per boy) and the GP's
  two consultations ten minutes apart (one per boy) are separate occurrences.
- Decision for this set: a social worker's visit to a school to see both boys, one after the
  other, written as one row by the social worker and one by the school, is one occurrence (the
  visit, recorded by the service visited), not two separate appointments.
- Decision for this set: a transition meeting between the primary and the secondary school,
  written by both, is one meeting; a child's first day at a new school written by the school and
  the social worker on that day is one life event (a school change).
- Decision for this set: an online disrepair request made by the Early Help worker and received
  by Environmental Health is one referral; the Environmental Health inspection the Early Help
  worker attended with the tenant is one joint visit; the informal notice, the improvement
  notice and the revisits are the council's own separate occurrences.
- Decision for this set: a police log's update that an officer spoke to the Emergency Duty Team
  and social care's EDT note of that call are one call; the call-out itself and the police
  notification received by social care on the Monday are two further occurrences, and the
  strategy discussion that Monday is a fourth.
- Decision for this set: a secondary school's two calls to the mother half an hour apart (the
  second after the pupil still had not arrived) are two occurrences; so are the school's call
  to the MASH and its online referral form the same day, and its call to the mother about the
  referral.
- Decision for this set: a children's home's row reporting a child missing to police (its 101
  call) and the police missing-person log opened by that call are one occurrence (both ends of
  the report); a later call from the home with new information (a Snap Map location at 02:10)
  is another, though the police write it as an update to the same log number.
- Decision for this set: the end of a missing episode - the child located (by a PCSO, or by
  British Transport Police at a station) and brought or collected back to the home the same
  morning - is one occurrence, whether written by British Transport Police, by the police as an
  update to their log, or by the home as the child's return; police entering a flat and
  finding the child there is a separate occurrence from her arrest ten minutes later.
- Decision for this set: a return home interview written by the missing children's service and
  by the home or the school where it took place is one occurrence; an interview the child
  refused, written by both, is one occurrence, and the second attempt two days later another;
  the interview's report emailed to the social worker and received is one further occurrence.
- Decision for this set: the girl's arrest is one occurrence whether written by the police, by
  the home from the officer's call naming the flat and the drugs, or by the social worker from
  the Emergency Duty Team's weekend note; the adult man's arrest in the same flat five minutes
  earlier is another. Her interview with the home's manager as appropriate adult, written by
  the police and the home, is one occurrence; her release from custody at 02:10 and her return
  to the home that night are one (a discharge from custody written by both).
- Decision for this set: the police row that she was found intoxicated at the bus interchange
  (officers and ambulance together) is one occurrence; the emergency department's four rows
  either side of midnight are another; social care's notification from the hospital, the
  self-harm attendance the next night (two rows) and CAMHS's referral from the liaison team
  are each separate.
- Decision for this set: a visit to the sexual health clinic recorded by the clinic and by the
  key worker who took her is one occurrence; the clinic's safeguarding referral, emailed that
  afternoon and logged by social care the next day, is another.
- Decision for this set: a looked-after review and a PEP meeting on the same day are two
  meetings; the girl's NFA and the adult man's charge on the same day are two occurrences, and
  his sentence months later is a third.
- Look-alikes kept apart: a 111 call and a 999 call the same evening; two police calls to one
  address either side of midnight; a police incident, social care's receipt of the police
  notification and the MASH decision on it; the MASH decision and its email to the health
  visitor; the emergency department attendance, its call to the Emergency Duty Team and the
  intensive care admission; the baby's and the mother's GP checks ten minutes apart; two
  parents' arrests and two interviews on one day; the father's charge and the mother's NFA;
  an RCPC and the core group after it; a call and its call back the next day; a guardian's
  call and her failed attempt the next day; two boys' separate appointments in one session; a
  joint visit by two services and another service's own visit the same afternoon; a school's
  call to the MASH, its referral form and its call to the mother on one day; missing reports
  and the ends of the episodes; two emergency department attendances on consecutive nights.

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


# --------------------------------------------------------------------------------------------
# Case 2: the Brannock family, Sedgeworth. Tyler (b. 29/09/2013) and Alfie (b. 06/05/2016)
# Brannock live with their mother Leanne Brannock (34) in a privately rented terrace at 31
# Cobden Terrace, Sedgeworth SG3 9LT (landlord Mr G Farrant); registered at Kilnfield Medical
# Practice; both at Holmbrook Primary until July 2025, when Tyler leaves for Thornleigh Park
# Academy. Neglect, poor attendance, head lice, damp and mould, Early Help and Team Around the
# Family, escalation to social care, the boys home alone at night, an ICPC, a move in August
# 2025 to a housing association flat at 5 Wrenfield Court, Sedgeworth SG2 4HD.
# --------------------------------------------------------------------------------------------


def _brannock() -> BlindCase:
    f = Family(
        "brannock",
        2102,
        {
            "pri": Sheet(
                PRIMARY,
                "Holmbrook_Primary_CPOMS_Brannock.xlsx",
                "Safeguarding log",
                (("2024-01-01", "Mrs C Denholm (DSL)"),),
            ),
            "sec": Sheet(
                SECONDARY,
                "ThornleighPark_Academy_Brannock_T.xlsx",
                "MyConcern export",
                (("2024-01-01", "Mr R Achebe (DSL)"),),
            ),
            "eh": Sheet(
                EARLY_HELP,
                "Sedgeworth_EarlyHelp_Brannock.xlsx",
                "Case recording",
                (("2024-01-01", "Nicola Brayshaw (EH Family Worker)"),),
            ),
            "csc": Sheet(
                CSC,
                "Sedgeworth_CSC_Brannock.xlsx",
                "Chronology",
                (("2024-01-01", "MASH"), ("2025-03-07", "Owen Treharne SW")),
            ),
            "gp": Sheet(
                GP,
                "Kilnfield_MP_Brannock.docx",
                "Table 1",
                (("2024-01-01", "Dr S Malik-Hart"),),
                typed=False,
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "SchoolNursing_Brannock.xlsx",
                "Notes",
                (("2024-01-01", "Fiona Garside SN"),),
            ),
            "ews": Sheet(
                EWO,
                "Sedgeworth_EWS_Brannock.xlsx",
                "Casework",
                (("2024-01-01", "Paul Ridding EWO"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "Sedgeworth_HousingOptions_Brannock.xlsx",
                "Case notes",
                (("2024-01-01", "Dev Sahota (Housing Options)"),),
            ),
            "env": Sheet(
                ENV_HEALTH,
                "Sedgeworth_PSH_31CobdenTerrace.xlsx",
                "Service requests",
                (("2024-01-01", "Lauren Mabey EHO"),),
            ),
            "pol": Sheet(
                POLICE,
                "Northmarch_Police_Brannock.xlsx",
                "Extract",
                (("2024-01-01", "PPU Researcher"),),
            ),
        },
    )
    o = f.occ

    # ---- Early Help --------------------------------------------------------------------------
    o(
        "2024-10-03",
        "lice-letter",
        R(
            "pri",
            "Tyler (Y6) - head lice letter sent home in book bag. Live lice seen by class TA.",
            "15:05",
            "Health",
        ),
        R(
            "pri",
            "Alfie (Y4) - head lice letter sent home. 3rd letter since September.",
            "15:05",
            "Health",
        ),
    )
    o(
        "2024-10-10",
        "welfare-visit",
        R(
            "pri",
            "Tyler - welfare visit, day 3 absent, no call from mum. Mr Pike (FSW) and I went to "
            "31 Cobden Tce at 9.45. Mum answered after 5 mins in dressing gown. Tyler asleep on "
            "the sofa, said headache. House cold, strong damp smell, dog mess in hall.",
            "09:45",
            "Welfare visit",
            "Mum to bring Tyler in tomorrow. Log to EH.",
        ),
        R(
            "pri",
            "Alfie - welfare visit (see Tyler's entry). Alfie came to the door in pants and "
            "t-shirt, said no clean uniform. We brought him into school at 10.30, spare uniform "
            "given.",
            "09:45",
            "Welfare visit",
        ),
    )
    o(
        "2024-10-10",
        "school-call-eh",
        R(
            "pri",
            "Rang Early Help hub after the visit to ask what support there is for mum - spoke to "
            "duty worker, told to complete EHA with mum's consent.",
            "11:15",
            "Phone call",
        ),
        R(
            "eh",
            "Telephone call from DSL at Holmbrook Primary (Mrs Denholm) at 11:20 re welfare "
            "concerns for Tyler (11) and Alfie (8): poor attendance, home conditions, head lice. "
            "Advised EHA with parental consent; discussed with EH team manager.",
            "11:20",
            "Telephone call",
        ),
    )
    o(
        "2024-10-15",
        "mum-consent-meeting",
        R(
            "pri",
            "Mum in at 9.10. Talked about Early Help - she was tearful, said she's 'not coping' "
            "since the roof started leaking. Consent form signed. Both boys' attendance "
            "discussed.",
            "09:10",
            "Parent meeting",
        ),
    )
    o(
        "2024-10-15",
        "eha-email",
        R(
            "pri",
            "Emailed EHA request and signed consent to EH hub.",
            "14:30",
            "Referral",
        ),
        R(
            "eh",
            "Request for support (EHA) and consent received by email from Holmbrook Primary DSL. "
            "Allocated to N Brayshaw.",
            "09:00",
            "Request received",
            shift="+1",
        ),
    )
    o(
        "2024-10-22",
        "eh-first-visit",
        R(
            "eh",
            "Initial home visit. Leanne, Tyler and Alfie seen. Leanne low mood, on sertraline, "
            "says she sleeps in the day. Black mould on bedroom walls, bathroom ceiling leaking "
            "into kitchen, boys share one mattress on the floor. Landlord not answering since "
            "August. Fridge: milk, bread, sauce only.",
            "15:45",
            "Home visit",
            "EHA started. Food bank voucher. Plan: EH referral to Environmental Health.",
        ),
    )
    o(
        "2024-11-12",
        "gp-tyler",
        R(
            "gp",
            "Tyler (11). S: itchy scalp 2 wks, sores behind ears. O: honey-crusted lesions post "
            "auricular bilat, nits ++. A: impetigo secondary to head lice. P: hydrogen peroxide "
            "1% cream, head lice leaflet, wet combing explained to mum.",
            "16:10",
        ),
    )
    o(
        "2024-11-12",
        "gp-alfie",
        R(
            "gp",
            "Alfie (8). S: itchy head, 'always got nits'. O: live lice, excoriation nape of "
            "neck, no impetigo. Wt 23.1 kg. A: pediculosis. P: dimeticone 4% x2 a week apart, "
            "treat household.",
            "16:20",
        ),
    )
    o(
        "2024-11-13",
        "taf-1",
        R(
            "pri",
            "TAF meeting in school (mum, Nicola EH, Fiona SN, me). Agreed: breakfast club free "
            "for both boys, EH to help mum with landlord, SN to do health review, attendance "
            "target 90%.",
            "09:30",
            "Meeting",
        ),
        R(
            "eh",
            "Team Around the Family meeting (1) held at Holmbrook Primary. Family plan agreed: "
            "housing, routines, health, attendance. Review 6 wks.",
            "09:30",
            "TAF",
        ),
        R(
            "sn",
            "Attended Early Help TAF at Holmbrook re Tyler and Alfie. SN actions: health "
            "review both boys, head lice support, enuresis (Alfie).",
            "",
            "Multi-agency meeting",
        ),
    )
    o(
        "2024-11-18",
        "disrepair-request",
        R(
            "eh",
            "Completed online disrepair request to Environmental Health with Leanne present "
            "(damp, mould, roof leak, broken stair rail).",
            "14:00",
            "Referral",
        ),
        R(
            "env",
            "Service request SR/24/7731 received online - submitted by Early Help on behalf of "
            "tenant: 31 Cobden Terrace, damp and mould, roof leak, stair rail. Priority: "
            "children in household.",
            "14:06",
            "Service request",
            ref="SR/24/7731",
        ),
    )
    o(
        "2024-11-27",
        "hhsrs-inspection",
        R(
            "env",
            "HHSRS inspection. Cat 1 hazard: damp and mould growth (bedrooms 1 and 2, kitchen "
            "ceiling). Cat 2: falls on stairs (handrail loose), electrical (exposed wiring at "
            "leak). EH worker present with tenant.",
            "10:00",
            "Inspection",
            ref="SR/24/7731",
        ),
        R(
            "eh",
            "Attended the Environmental Health inspection with Leanne. EHO found serious damp "
            "and mould hazard; will contact landlord.",
            "10:00",
            "Joint visit",
        ),
    )
    o(
        "2024-12-04",
        "informal-notice",
        R(
            "env",
            "Informal notice letter to landlord Mr G Farrant: schedule of works, 21 days to "
            "respond.",
            "",
            "Letter",
            ref="SR/24/7731",
        ),
    )
    o(
        "2024-12-10",
        "attendance-meeting",
        R(
            "pri",
            "Attendance meeting with mum and Mr Ridding (EWO) - Tyler 81.2%, 14 sessions late. "
            "Mum says he won't get up. Target set.",
            "08:50",
            "Attendance",
        ),
        R(
            "pri",
            "Attendance meeting - Alfie 78.6%, persistent absence. Mum says he's been poorly with "
            "his chest. Target set, reviewed in 6 wks.",
            "08:50",
            "Attendance",
        ),
        R(
            "ews",
            "Attendance Support Meeting at Holmbrook Primary with mother and DSL re both boys "
            "(Tyler 81%, Alfie 79%). Attendance contract signed. Review after Feb half term.",
            "",
            "ASM",
            shift="swap",
        ),
    )
    o(
        "2025-01-22",
        "taf-2",
        R(
            "pri",
            "TAF review in school. Some progress - boys on time most days since Christmas. "
            "Landlord still not done works. Lice again (Alfie).",
            "13:30",
            "Meeting",
        ),
        R(
            "eh",
            "TAF review mtg @ Holmbrook: family plan reviewed. Housing: EHO chasing landlord; "
            "routines improving; mum engaging with Talking Therapies.",
            "13:30",
            "TAF",
        ),
        R(
            "eh",
            "TAF review mtg @ Holmbrook: family plan reviewed. Housing: EHO chasing landlord; "
            "routines improving, mum engaging with Talking Therapies.",
            "13:35",
            "TAF",
        ),
        R(
            "sn",
            "Early Help review meeting (Team Around the Family) - attended. Health review "
            "booked for both boys at school drop-in.",
            "",
            "Multi-agency meeting",
            shift="-1",
        ),
        R(
            "ews",
            "Multi-agency EH review at school - attendance update given; Alfie 80%, Tyler 84%.",
            "13:30",
            "Meeting",
        ),
    )
    o(
        "2025-02-04",
        "sn-tyler",
        R(
            "sn",
            "Drop-in 13:30: Tyler seen alone. Headaches most days, sleeps late (phone), says he's "
            "'hungry a lot'. Ht 25th, wt 25th centile. Advice re sleep; water bottle given.",
            "13:30",
            "Health review",
        ),
    )
    o(
        "2025-02-04",
        "sn-alfie",
        R(
            "sn",
            "Drop-in 13:50: Alfie seen. Day and night wetting, smells of urine in class per "
            "teacher. Lice present. Wt 9th centile (dropped from 25th). Enuresis pathway started.",
            "13:50",
            "Health review",
        ),
    )
    o(
        "2025-02-10",
        "section-21",
        R(
            "eh",
            "Leanne showed me a s21 notice from the landlord dated 07/02, expiring 10/04. Very "
            "anxious. Advised to contact Housing Options straight away.",
            "10:30",
            "Home visit",
        ),
    )
    o(
        "2025-02-12",
        "homeless-approach",
        R(
            "hsg",
            "Homelessness approach (in person): Leanne Brannock with s21 notice for 31 Cobden "
            "Terrace. Household: self and sons 11 and 8. Prevention duty accepted; PHP started. "
            "Noted EHO involvement - s21 may be invalid (retaliatory eviction).",
            "11:15",
            "Prevention duty",
        ),
    )

    # ---- escalation to social care ------------------------------------------------------------
    o(
        "2025-03-05",
        "hunger-disclosure",
        R(
            "pri",
            "Alfie came in with no breakfast, ate 3 slices of toast at breakfast club. Said "
            "there's 'no food, only cereal with water'. Tyler confirmed and said mum 'stayed in "
            "bed all weekend', he made the tea (crisps). Both in same clothes as Friday.",
            "09:05",
            "Neglect",
        ),
    )
    o(
        "2025-03-05",
        "call-mash",
        R(
            "pri",
            "Rang MASH re this morning - spoke to Jess (SW). Told her about the food, mum in "
            "bed, clothes, TAF history. She asked me to do a MARF online as well.",
            "11:30",
            "Phone call",
        ),
        R(
            "csc",
            "Telephone call from DSL at Holmbrook Primary School (Claire Denholm) at 11:32. "
            "Concerns of neglect of Tyler (11) and Alfie (8): children report no food at home, "
            "mother in bed over the weekend, wearing the same clothes. Open to Early Help since "
            "10/24. DSL advised to submit MARF and inform mother.",
            "11:32",
            "Contact",
        ),
    )
    o(
        "2025-03-05",
        "marf",
        R(
            "pri",
            "MARF submitted online.",
            "13:15",
            "Referral",
        ),
        R(
            "csc",
            "Contact: Multi-agency referral form received from Holmbrook Primary re Tyler and "
            "Alfie Brannock (neglect). Linked to call earlier today.",
            "14:02",
            "Contact",
        ),
    )
    o(
        "2025-03-05",
        "school-call-mum",
        R(
            "pri",
            "Rang mum to tell her about the referral to MASH. She was upset, said 'you're trying "
            "to take my kids'. Explained why. She hung up.",
            "15:40",
            "Phone call",
        ),
    )
    o(
        "2025-03-06",
        "mash-decision",
        R(
            "csc",
            "MASH decision (RAG amber): neglect escalating despite Early Help; housing "
            "instability. Outcome: Child and Family Assessment (s17) - to Assessment Team.",
            "12:40",
            "MASH decision",
        ),
    )
    o(
        "2025-03-07",
        "eh-told-step-up",
        R(
            "eh",
            "Informed by MASH manager that the case is stepping up to CSC for C&F assessment. EH "
            "to stay involved until allocation; told Leanne.",
            "10:10",
            "Case note",
        ),
    )
    o(
        "2025-03-11",
        "sw-home-visit",
        R(
            "csc",
            "Home visit (announced) by SW Owen Treharne for C&F assessment. Leanne, Tyler and "
            "Alfie seen. Home: mould in both bedrooms, boys' mattress damp, little food (EH "
            "voucher used). Leanne describes depression since split with boys' father (2021), "
            "drinking 'a bit' at weekends. Boys seen together in their room.",
            "16:00",
            "Home visit",
        ),
    )
    o(
        "2025-03-12",
        "sw-at-school",
        R(
            "csc",
            "Saw Tyler and Alfie at Holmbrook Primary, each on his own. Tyler worries about mum, "
            "does shopping and gets Alfie up. Alfie said 'sometimes there's no tea'. Both want "
            "'a house with no mould'.",
            "10:15",
            "Child seen",
        ),
        R(
            "pri",
            "Owen (SW) in to see the boys in the meeting room, one at a time. I stayed nearby.",
            "10:15",
            "Visitor",
        ),
    )
    o(
        "2025-03-20",
        "attendance-letter",
        R(
            "pri",
            "Letter home: Tyler's attendance 83.9% - persistent absence warning, copy to EWO.",
            "",
            "Letter",
        ),
        R(
            "pri",
            "Letter home: Alfie's attendance 80.4% - persistent absence warning, copy to EWO.",
            "",
            "Letter",
        ),
    )
    o(
        "2025-03-26",
        "gp-info-request",
        R(
            "gp",
            "Request from SW (O Treharne) for information for C&F assessment - reply sent: "
            "impetigo/head lice 11/24, Alfie asthma reviews missed x2, mother depression on "
            "sertraline.",
            "",
        ),
    )
    o(
        "2025-04-01",
        "sw-calls-sn",
        R(
            "csc",
            "Telephone call to school nurse Fiona Garside re boys' health needs for the "
            "assessment. She will send growth data.",
            "11:00",
            "Telephone",
        ),
        R(
            "sn",
            "Call from SW Owen Treharne: C&F assessment; asked about growth, enuresis, lice. "
            "Agreed to check records and ring back.",
            "11:00",
            "Telephone",
        ),
    )
    o(
        "2025-04-02",
        "sn-calls-back",
        R(
            "sn",
            "Rang SW back with data: Alfie wt fallen 25th to 9th centile since Y2, Tyler 25th "
            "steady. Enuresis pathway: mum did not attend 2 appts.",
            "09:40",
            "Telephone",
        ),
        R(
            "csc",
            "School nurse returned call with growth data: Alfie's weight has dropped from the "
            "25th to the 9th centile.",
            "09:45",
            "Telephone",
        ),
    )
    o(
        "2025-04-24",
        "cfa-outcome",
        R(
            "csc",
            "C&F assessment authorised (TM). Outcome: Child in Need plan (s17) for neglect; EH "
            "to close on transfer. Housing and mother's mental health key.",
            "15:30",
            "Assessment",
        ),
    )
    o(
        "2025-04-29",
        "improvement-notice",
        R(
            "env",
            "Improvement notice (Housing Act 2004 s11) served on landlord Mr G Farrant: damp and "
            "mould remediation, roof repair, handrail - works to start within 28 days.",
            "",
            "Enforcement",
            ref="SR/24/7731",
        ),
    )
    o(
        "2025-05-08",
        "cin-1",
        R(
            "csc",
            "CIN meeting (1) at Holmbrook Primary: mum, school, EH, SN, Housing Options. CIN "
            "plan agreed: food, routines, attendance, housing move, mum to GP re mood and "
            "alcohol.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "pri",
            "Child in Need meeting in school today - plan agreed, I'm to keep breakfast club "
            "going and check uniform.",
            "13:30",
            "Meeting",
        ),
        R(
            "eh",
            "Attended CIN planning meeting - handover to SW, EH closing end of May.",
            "13:30",
            "Meeting",
        ),
        R(
            "sn",
            "CIN mtg attended (school). Enuresis appt rebooked for Alfie.",
            "",
            "Multi-agency meeting",
            shift="swap",
        ),
        R(
            "hsg",
            "Attended CIN meeting for the household - update: on register Band B, bidding "
            "weekly; landlord works pending.",
            "13:30",
            "Meeting",
        ),
    )
    o(
        "2025-05-20",
        "housing-offer",
        R(
            "hsg",
            "Direct offer: Larchway Homes 2-bed first-floor flat, 5 Wrenfield Court, SG2 4HD. "
            "Leanne accepted subject to viewing.",
            "14:20",
            "Offer",
        ),
    )

    # ---- home alone, child protection ---------------------------------------------------------
    o(
        "2025-06-13",
        "home-alone",
        R(
            "pol",
            "CAD 1843 13/06/25 21:38. NEIGHBOUR REPORTS 2 YOUNG BOYS ALONE AT 31 COBDEN TERRACE "
            "KNOCKING ON DOORS ASKING FOR FOOD. OFFICERS ATTENDED 22:05: TYLER (11) AND ALFIE (9) "
            "ALONE SINCE AFTER SCHOOL. HOUSE COLD, NO FOOD. MOTHER LOCATED 23:20 AT FRIEND'S "
            "ADDRESS, INTOXICATED. BOYS TAKEN TO MATERNAL AUNT DONNA BRANNOCK BY AGREEMENT.",
            "21:38",
            "Concern for welfare",
            ref="CAD 1843 13/06/25",
        ),
    )
    o(
        "2025-06-13",
        "police-edt-call",
        R(
            "pol",
            "CAD 1843 UPDATE 22:35 - PC 4471 ROOKE SPOKE TO EDT, AGREED BOYS TO STAY WITH AUNT "
            "OVERNIGHT. CHILD CONCERN REPORT TO FOLLOW.",
            "22:35",
            "Update",
            ref="CAD 1843 13/06/25",
        ),
        R(
            "csc",
            "EDT (out of hours) 22:40: call from PC Rooke - Tyler and Alfie found home alone, "
            "mother not contactable. Agreed boys to stay overnight with maternal aunt Donna "
            "Brannock; day team to follow up Monday.",
            "22:40",
            "EDT",
        ),
    )
    o(
        "2025-06-16",
        "ppn-received",
        R(
            "csc",
            "Police child concern notification received (Northmarch) re CAD 1843 13/06: boys "
            "left alone, mother intoxicated. Linked to EDT record.",
            "08:55",
            "Contact",
        ),
    )
    o(
        "2025-06-16",
        "strategy",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM A Gorski: police, school, SW, EH. "
            "Threshold met for single-agency s47 (neglect). Boys to remain with aunt by "
            "agreement while mother seen.",
            "11:00",
            "Strategy discussion",
            "S47 - neglect",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION 16/06/25 - POLICE (PPU) ATTENDED. NO CRIMINAL INVESTIGATION AT "
            "THIS STAGE (CHILD NEGLECT CONSIDERED). CSC SINGLE AGENCY S47.",
            "11:00",
            "Strategy",
            ref="CAD 1843 13/06/25",
        ),
        R(
            "pri",
            "Strat meeting on Teams - I gave attendance and the TAF history. S47 starting.",
            "11:00",
            "Meeting",
        ),
        R(
            "eh",
            "Strategy mtg (Teams) - EH history shared.",
            "",
            "Meeting",
        ),
    )
    o(
        "2025-06-17",
        "s47-at-school",
        R(
            "csc",
            "S47: Tyler and Alfie seen separately at school. Both said they were left 'loads' "
            "when mum goes to Kerry's. Alfie scared at night.",
            "10:00",
            "S47 visit",
        ),
        R(
            "pri",
            "SW in for the s47 - saw both boys in the library room.",
            "10:00",
            "Visitor",
        ),
    )
    o(
        "2025-06-18",
        "gp-mum",
        R(
            "gp",
            "Leanne. S: low mood worse, drinking 'most nights' to sleep, SW involved. O: flat "
            "affect, no SI. AUDIT 17. A: depression, harmful alcohol use. P: sertraline to "
            "150 mg, self-referral to Sedgeworth Recovery, review 2 wks.",
            "10:40",
        ),
    )
    o(
        "2025-07-07",
        "icpc",
        R(
            "csc",
            "ICPC (chair: IRO D Lacey). Both boys made subject of CP plans, category neglect. "
            "Mother attended. Core group 15/07.",
            "13:30",
            "ICPC",
            "CP plans - neglect",
        ),
        R(
            "pri",
            "ICPC today - Tyler now on a CP plan (neglect).",
            "13:30",
            "Conference",
        ),
        R(
            "pri",
            "ICPC today - Alfie now on a CP plan (neglect).",
            "13:30",
            "Conference",
        ),
        R(
            "eh",
            "Initial child protection conference attended (EH closing summary given).",
            "13:30",
            "Meeting",
        ),
        R(
            "sn",
            "Initial CP case conference - SN report presented. Outcome CP plan x2 (neglect).",
            "",
            "Conference",
        ),
        R(
            "sec",
            "Invited to ICPC for Tyler (joining us Sept). Attended by Teams: CP plan, neglect.",
            "13:30",
            "Safeguarding",
        ),
    )
    o(
        "2025-07-10",
        "transition",
        R(
            "sec",
            "Transition meeting at Holmbrook with Y6 teacher and DSL re Tyler: CP plan, young "
            "carer, lice, attendance. Plan: mentor, breakfast club, uniform from our store.",
            "14:00",
            "Transition",
        ),
        R(
            "pri",
            "Transition meeting for Tyler with Mr Achebe from Thornleigh Park.",
            "14:00",
            "Meeting",
        ),
    )
    o(
        "2025-07-15",
        "core-group-1",
        R(
            "csc",
            "Core group (1) at Holmbrook: plan broken down into actions; mother to attend "
            "Recovery; move to Wrenfield Court expected August.",
            "09:30",
            "Core group",
        ),
        R(
            "pri",
            "Core group in school - actions agreed.",
            "09:30",
            "Meeting",
        ),
        R(
            "sn",
            "First core group attended. Enuresis clinic date given.",
            "09:30",
            "Multi-agency meeting",
        ),
        R(
            "hsg",
            "Core group - tenancy sign-up booked 18/08.",
            "",
            "Meeting",
        ),
    )
    o(
        "2025-08-18",
        "move",
        R(
            "hsg",
            "Tenancy signed and keys handed over: 5 Wrenfield Court, Sedgeworth SG2 4HD "
            "(Larchway Homes). Tenancy start 18/08/25. Prevention duty ended - accommodation "
            "secured.",
            "11:00",
            "Tenancy start",
        ),
        R(
            "csc",
            "Family moved today to 5 Wrenfield Court, SG2 4HD. Beds delivered by Furniture "
            "Project.",
            "15:00",
            "House move",
        ),
        R(
            "gp",
            "Change of address recorded for Leanne, Tyler and Alfie: 5 Wrenfield Court, SG2 4HD "
            "(still in practice area).",
            "",
            shift="late",
        ),
    )
    o(
        "2025-08-27",
        "core-group-2",
        R(
            "csc",
            "Core group (2), at the new flat: home clean, beds, food in. Mother says 2 weeks "
            "alcohol-free.",
            "10:00",
            "Core group",
        ),
        R(
            "sn",
            "Core group held at family's new home - attended.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "hsg",
            "Attended core group at Wrenfield Ct - settling in, no issues with tenancy.",
            "10:00",
            "Meeting",
        ),
    )
    o(
        "2025-09-04",
        "tyler-starts-secondary",
        R(
            "sec",
            "Tyler started Y7 today. Met by mentor at gate; breakfast club. Quiet but OK.",
            "08:30",
            "Transition",
        ),
        R(
            "csc",
            "Tyler started at Thornleigh Park Academy today.",
            "",
            "Education",
        ),
    )
    o(
        "2025-09-23",
        "core-group-3",
        R(
            "csc",
            "Core group (3): both schools, SN. Attendance dipping for Tyler (lateness); Alfie "
            "improved, lice treated.",
            "15:45",
            "Core group",
        ),
        R(
            "pri",
            "Core group after school - Alfie doing much better, 95% this term.",
            "15:45",
            "Meeting",
        ),
        R(
            "sec",
            "CP core group for Tyler - attended.",
            "",
            "Safeguarding",
            shift="month",
        ),
        R(
            "sn",
            "Core group attended. Enuresis improving with alarm.",
            "15:45",
            "Multi-agency meeting",
        ),
    )
    o(
        "2025-09-30",
        "sec-call-mum",
        R(
            "sec",
            "Rang mum re Tyler's lateness x4 this week. She said the bus from Wrenfield is "
            "always late; I said he can have a bus pass form.",
            "09:15",
            "Phone call",
        ),
    )
    o(
        "2025-09-30",
        "sec-call-mum-again",
        R(
            "sec",
            "Rang mum again as Tyler not in registration after the call - no answer. Text sent.",
            "09:45",
            "Phone call",
        ),
    )
    o(
        "2025-10-07",
        "rcpc",
        R(
            "csc",
            "Review child protection conference (IRO D Lacey): both boys remain on CP plans "
            "(neglect) for a further 3 months; good progress since the move.",
            "10:00",
            "RCPC",
        ),
        R(
            "pri",
            "RCPC - Alfie stays on CP plan, review in January.",
            "10:00",
            "Conference",
        ),
        R(
            "sec",
            "Attended RCPC for Tyler. CP plan continues.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "sn",
            "Review case conference - SN attended. Plan continues.",
            "",
            "Conference",
            shift="+2",
        ),
    )
    o(
        "2025-10-14",
        "joint-visit-ewo",
        R(
            "ews",
            "Joint home visit with SW Owen Treharne to 5 Wrenfield Court re Tyler's lateness "
            "(attendance 88%). Mum engaged; bus pass applied for.",
            "11:30",
            "Joint visit",
        ),
        R(
            "csc",
            "Joint HV with EWO Paul Ridding: attendance/lateness discussed with Leanne; home "
            "conditions good.",
            "11:30",
            "Home visit",
        ),
    )
    o(
        "2025-10-14",
        "sn-home-visit",
        R(
            "sn",
            "Home visit 15:30 (own visit) - enuresis review with Alfie and mum; dry 5 nights out "
            "of 7.",
            "15:30",
            "Home visit",
        ),
    )
    o(
        "2025-11-04",
        "core-group-4",
        R(
            "csc",
            "Core group (4): Tyler's lateness improved with bus pass. Mother engaging with "
            "Recovery. Consider step-down at next RCPC.",
            "15:45",
            "Core group",
        ),
        R(
            "sec",
            "Core group - Tyler attendance 92% since half term.",
            "15:45",
            "Safeguarding",
        ),
        R(
            "pri",
            "Core group after school. Alfie settled.",
            "15:45",
            "Meeting",
        ),
    )

    # ---- routine single entries -----------------------------------------------------------------
    f.fill(
        "pri",
        "2024-10-01",
        "2025-07-18",
        [
            ("Welfare", "Alfie late (9.20), no breakfast - toast at breakfast club."),
            ("Welfare", "Tyler - no PE kit again, spare given. Shoes split."),
            ("Health", "Alfie scratching head in class - nits seen, mum texted."),
            ("Welfare", "Tyler asleep in maths, said he was up late looking after Alfie."),
        ],
    )
    f.fill(
        "pri",
        "2025-09-04",
        "2025-11-21",
        [("Welfare", "Alfie in clean uniform, ate breakfast at home - first time this term.")],
    )
    f.fill(
        "sec",
        "2025-09-08",
        "2025-11-21",
        [
            ("Attendance", "Tyler late x3 this week - lunchtime detention, said bus."),
            ("Pastoral", "Mentor check-in with Tyler: says new flat is 'warm and quiet'."),
        ],
    )
    f.fill(
        "eh",
        "2024-10-24",
        "2025-05-30",
        [
            ("Home visit", "Home visit: morning routine chart made with boys; fridge stocked."),
            ("Support", "Food bank voucher issued (Sedgeworth Pantry)."),
            ("Home visit", "Home visit: helped Leanne with housing register application."),
        ],
    )
    f.fill(
        "csc",
        "2025-07-16",
        "2025-11-28",
        [
            ("CP visit", "Statutory CP visit: both boys seen alone, food in, beds made."),
            ("CP visit", "Unannounced CP visit: Leanne sober, boys doing homework."),
        ],
    )
    f.fill(
        "gp",
        "2024-10-01",
        "2025-11-28",
        [
            ("", "Leanne - sertraline review. Mood 'up and down'. Continue 100 mg."),
            ("", "Alfie - asthma review DNA. Letter to parent."),
        ],
    )
    f.fill(
        "sn",
        "2024-11-14",
        "2025-07-18",
        [("Clinic", "Enuresis clinic: Alfie DNA, mum rang after to rebook.")],
    )
    f.fill(
        "ews",
        "2025-01-06",
        "2025-07-18",
        [("Monitoring", "Attendance monitored: Tyler 85%, Alfie 82% - no legal action.")],
    )
    f.fill(
        "hsg",
        "2025-02-13",
        "2025-05-16",
        [("Register", "Housing register: Band B (prevention duty, disrepair). Bidding advice.")],
    )
    f.fill(
        "env",
        "2024-12-05",
        "2025-04-25",
        [("Revisit", "Revisit: no works started by landlord. Photographs taken.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: Demi-Leigh Carrow (b. 27/06/2009), looked after by Westmarch Council (full care
# order 2022), placed from July 2024 at Larkspur House, a children's home run by Bramwell Care
# in Fendleton (Fenshire Police area), educated at Oakfield Learning Centre (alternative
# provision). Criminal and sexual exploitation: missing episodes near midnight, found the next
# day at a bus station, at Kingsreach Central railway station by British Transport Police and
# in a flat where she is arrested with class A drugs beside an adult man (Kieron Dunmore, 22);
# return home interviews, a sexual health clinic, an NRM referral, exploitation panels, CAMHS,
# youth justice, an intoxication attendance at Fendleton Royal Infirmary and a self-harm one.
# --------------------------------------------------------------------------------------------


def _carrow() -> BlindCase:
    f = Family(
        "carrow",
        2103,
        {
            "home": Sheet(
                CHILDRENS_HOME,
                "Larkspur_House_Carrow_DL.xlsx",
                "Daily log extract",
                (("2024-01-01", "Registered Manager M Osei"),),
            ),
            "pol": Sheet(
                POLICE,
                "Fenshire_Police_Carrow.xlsx",
                "Storm & Niche",
                (("2024-01-01", "Missing Persons Coordinator"),),
            ),
            "btp": Sheet(
                BTP,
                "BTP_Carrow_extract.xlsx",
                "Occurrences",
                (("2024-01-01", "BTP Safeguarding Hub"),),
            ),
            "csc": Sheet(
                CSC,
                "Westmarch_CSC_Carrow_DL.xlsx",
                "Case chronology",
                (("2024-01-01", "Abbie Kerrigan SW"),),
            ),
            "rhi": Sheet(
                MISSING,
                "SafeReturn_Carrow.xlsx",
                "Episodes",
                (("2024-01-01", "Jade Pemberton (Safe Return)"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Fendleton_CAMHS_Carrow.docx",
                "Table 1",
                (("2024-01-01", "Dr H Wainwright, Clinical Psychologist"),),
            ),
            "yjs": Sheet(
                YJS,
                "Fenshire_YJS_Carrow.xlsx",
                "Contacts",
                (("2024-01-01", "Marcus Lyle (YJ Officer)"),),
            ),
            "ed": Sheet(
                ED,
                "FendletonRoyal_ED_Carrow.xlsx",
                "Attendances",
                (("2024-01-01", "Paediatric Liaison Nurse"),),
            ),
            "edu": Sheet(
                ALT_PROVISION,
                "Oakfield_LC_Carrow.xlsx",
                "Safeguarding",
                (("2024-01-01", "Ms T Okonjo (DSL)"),),
            ),
            "shc": Sheet(
                SEXUAL_HEALTH,
                "Beacon_Clinic_Carrow.docx",
                "Table 1",
                (("2024-01-01", "Sexual Health Adviser"),),
                typed=False,
            ),
            "lac": Sheet(
                LAC_HEALTH,
                "Westmarch_LACHealth_Carrow.xlsx",
                "Health chronology",
                (("2024-01-01", "Kath Dorsey (LAC Nurse)"),),
            ),
        },
    )
    o = f.occ

    # ---- a new placement, the first missing episodes ------------------------------------------
    o(
        "2024-07-01",
        "placement-start",
        R(
            "home",
            "Admission: Demi-Leigh arrived 15:40 with SW Abbie Kerrigan after her foster "
            "placement ended. Shown room, house rules, curfew 22:00. Quiet, on her phone a lot.",
            "15:40",
            "Admission",
        ),
        R(
            "csc",
            "Demi-Leigh moved to Larkspur House (Bramwell Care), Fendleton - placement start "
            "01/07/24, out of area. Placement plan and delegated authority signed.",
            "17:00",
            "Placement start",
        ),
        R(
            "lac",
            "Change of placement: Larkspur House, Fendleton from 01/07/24. Out of area health "
            "notification sent to Fenshire LAC team.",
            "",
            "Placement change",
            shift="late",
        ),
    )
    o(
        "2024-07-05",
        "missing-1-report",
        R(
            "home",
            "Demi-Leigh not back for 22:00 curfew, phone off. Staff drove round Fendleton town "
            "centre and the park 22:30-23:15. Reported missing to police 23:35 (101), ref 1187.",
            "23:35",
            "Missing",
        ),
        R(
            "pol",
            "LOG 1187 05/07/24 23:38. MISSING FROM CARE - CARROW DEMI-LEIGH (15) FROM LARKSPUR "
            "HOUSE, FENDLETON. LAST SEEN 19:30 GETTING INTO GREY VAUXHALL CORSA (PART VRM 'FN'). "
            "RISK ASSESSED MEDIUM. CIRCULATED.",
            "23:38",
            "Missing person",
            ref="LOG 1187 05/07/24",
        ),
    )
    o(
        "2024-07-06",
        "missing-1-found",
        R(
            "pol",
            "LOG 1187 UPDATE 06/07/24 11:20. MISPER LOCATED AT FENDLETON BUS STATION BY PCSO "
            "7702. RETURNED TO LARKSPUR HOUSE 11:55. SAFE AND WELL CHECK: NIL INJURIES, DECLINED "
            "TO SAY WHERE SHE HAD BEEN. NEW IPHONE NOTED.",
            "11:20",
            "Missing person - found",
            ref="LOG 1187 05/07/24",
        ),
        R(
            "home",
            "Demi back 11:55, brought by PCSO (found at the bus station). Tired, hungry, went "
            "straight to bed. Has a new phone she says a 'mate' gave her.",
            "11:55",
            "Return",
        ),
    )
    o(
        "2024-07-08",
        "csc-missing-notification",
        R(
            "csc",
            "Missing notification received from Larkspur House (email) re episode 05/07 23:35 to "
            "06/07 11:55. RHI requested from Safe Return.",
            "09:10",
            "Missing notification",
        ),
    )
    o(
        "2024-07-08",
        "rhi-1",
        R(
            "rhi",
            "RHI completed at Larkspur House (72 hrs). Demi said she was 'with mates in "
            "Kingsreach', got a lift back. Would not name anyone. Push: new placement, 'no one "
            "knows me'. Pull: friends, older lad 'Kai'.",
            "16:00",
            "Return home interview",
        ),
        R(
            "home",
            "Safe Return worker (Jade) saw Demi in the lounge for her RHI, about 40 mins.",
            "16:00",
            "RHI",
        ),
    )
    o(
        "2024-07-10",
        "rhi-1-report",
        R(
            "rhi",
            "RHI report emailed to SW Abbie Kerrigan and Larkspur manager. CSE screening tool "
            "completed: medium.",
            "10:30",
            "Report sent",
        ),
        R(
            "csc",
            "RHI report (Safe Return) received: Demi was in Kingsreach with 'mates' and an older "
            "boy 'Kai'. Screening tool medium.",
            "08:45",
            "RHI received",
            shift="+1",
        ),
    )
    o(
        "2024-07-19",
        "sexual-health-1",
        R(
            "shc",
            "Walk-in with key worker. 15F requesting EHC, UPSI 2 days ago with boyfriend 'Kai' "
            "who she says is 19. Spotting the signs (CSE) proforma: high. Levonorgestrel given. "
            "STI screen taken. Safeguarding lead informed.",
            "14:20",
        ),
        R(
            "home",
            "Took Demi to the Beacon Clinic (sexual health) at her request - emergency "
            "contraception. Clinic will refer to her SW.",
            "14:20",
            "Health appointment",
        ),
    )
    o(
        "2024-07-19",
        "sexual-health-referral",
        R(
            "shc",
            "Safeguarding referral emailed to Westmarch CSC (SW A Kerrigan): 15F, sexual "
            "activity with 19-yr-old, CSE indicators high.",
            "16:45",
        ),
        R(
            "csc",
            "Safeguarding referral from the Beacon Clinic, Fendleton: possible CSE - sexual "
            "activity with 'Kai' (19). Strategy discussion to be requested.",
            "09:30",
            "Referral",
            shift="+1",
        ),
    )
    o(
        "2024-07-22",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams), chair TM R Quist (Westmarch): Fenshire Police, "
            "Larkspur manager, LAC nurse, SW. Agreed s47 (CSE); police to identify 'Kai'; "
            "disruption at the bus station; referral to Fenshire MACE.",
            "10:00",
            "Strategy discussion",
            "S47 - CSE",
        ),
        R(
            "pol",
            "STRAT DISCUSSION 22/07/24 10:00 (WESTMARCH CSC CHAIR). CSE RISK. INTEL "
            "SUBMISSION RE 'KAI' AND GREY CORSA. CHILD ABDUCTION WARNING NOTICE TO BE "
            "CONSIDERED.",
            "10:00",
            "Strategy",
            ref="LOG 1187 05/07/24",
        ),
        R(
            "home",
            "Manager attended strategy meeting on Teams re Demi - CSE.",
            "10:00",
            "Meeting",
        ),
        R(
            "lac",
            "Strategy discussion - LAC nurse attended: health info shared (EHC 19/07, STI "
            "results pending).",
            "",
            "Strategy",
        ),
    )
    o(
        "2024-08-02",
        "missing-2-report",
        R(
            "home",
            "Demi went out at 19:00 'to the shop', not back for curfew. Calls to phone going to "
            "voicemail. Reported missing 23:50, police ref 2204.",
            "23:50",
            "Missing",
        ),
        R(
            "pol",
            "LOG 2204 02/08/24 23:53. MISSING FROM CARE - CARROW DEMI-LEIGH (15), LARKSPUR "
            "HOUSE. 2ND EPISODE. CSE RISK FLAG. RISK: HIGH.",
            "23:53",
            "Missing person",
            ref="LOG 2204 02/08/24",
        ),
    )
    o(
        "2024-08-03",
        "missing-2-found",
        R(
            "btp",
            "BTP REF 114 OF 03/08/24. 09:40 KINGSREACH CENTRAL STN, PLATFORM 4. FEMALE (15) "
            "IDENTIFIED VIA PNC AS MISPER FROM FENSHIRE (LOG 2204), WITH MALE (20S) WHO MADE OFF "
            "ON FOOT. FEMALE HAD £340 CASH AND 2 PHONES. HANDED TO FENSHIRE OFFICERS 11:10.",
            "09:40",
            "Missing person located",
            ref="BTP 114 03/08/24",
        ),
        R(
            "pol",
            "LOG 2204 UPDATE 03/08/24 09:45. LOCATED BY BTP AT KINGSREACH CENTRAL. COLLECTED BY "
            "FENSHIRE UNIT 11:10, RETURNED TO LARKSPUR HOUSE. CASH AND PHONES - INTEL "
            "SUBMITTED.",
            "09:45",
            "Missing person - found",
            ref="LOG 2204 02/08/24",
        ),
        R(
            "home",
            "Demi returned 12:25 by Fenshire police after BTP found her at Kingsreach station "
            "with a man who ran off. Had cash and 2 phones. Angry, swearing at staff.",
            "12:25",
            "Return",
        ),
    )
    o(
        "2024-08-05",
        "rhi-2-refused",
        R(
            "rhi",
            "RHI offered at Larkspur - Demi refused to engage ('what's the point'). 2nd attempt "
            "arranged for Wed.",
            "15:00",
            "RHI - declined",
        ),
        R(
            "home",
            "Demi refused to see the Safe Return worker today, stayed in her room.",
            "15:00",
            "RHI",
        ),
    )
    o(
        "2024-08-06",
        "nrm-referral",
        R(
            "csc",
            "NRM referral submitted online by SW (first responder) to the Single Competent "
            "Authority: indicators of criminal and sexual exploitation (cash, phones, travel to "
            "Kingsreach, older males).",
            "14:30",
            "NRM referral",
        ),
    )
    o(
        "2024-08-07",
        "rhi-2-second-attempt",
        R(
            "rhi",
            "2nd RHI attempt: brief chat in the garden. Said she 'owes people' and has to 'do "
            "bits' in Kingsreach. Frightened for her little brother at her mum's.",
            "15:30",
            "Return home interview",
        ),
    )
    o(
        "2024-08-08",
        "mace-1",
        R(
            "csc",
            "MACE (Multi-Agency Child Exploitation) meeting, Fenshire: Demi discussed as new "
            "referral. Risk: high (CCE and CSE). Actions: disruption plan, CAWN re 'Kai', "
            "education place, CAMHS referral.",
            "09:30",
            "MACE",
        ),
        R(
            "pol",
            "MACE 08/08/24 - CARROW D-L ADOPTED AS HIGH RISK. DISRUPTION: BUS STATION PATROLS, "
            "KINGSREACH INTEL SHARED WITH BTP.",
            "09:30",
            "MACE",
        ),
        R(
            "rhi",
            "Multi-agency exploitation panel - RHI themes presented (debt, Kingsreach).",
            "09:30",
            "Panel",
        ),
        R(
            "home",
            "Manager attended the exploitation meeting for Demi (MACE).",
            "",
            "Meeting",
        ),
    )
    o(
        "2024-08-13",
        "lac-review-1",
        R(
            "csc",
            "Looked after review (IRO Sandra Pyke) at Larkspur House. Care plan: remain at "
            "Larkspur, education at Oakfield from September, CAMHS referral, keep safe plan.",
            "11:00",
            "LAC review",
        ),
        R(
            "home",
            "LAC review held here - Demi joined for 10 mins then walked out.",
            "11:00",
            "Review",
        ),
        R(
            "lac",
            "CLA review - health update provided (IHA overdue, dental overdue).",
            "11:00",
            "Review",
        ),
    )
    o(
        "2024-08-20",
        "camhs-referral",
        R(
            "lac",
            "Referral to Fendleton CAMHS: low mood, superficial cuts to L forearm seen at RHA, "
            "poor sleep, cannabis use, exploitation.",
            "12:00",
            "Referral",
        ),
        R(
            "camhs",
            "Referral received from LAC nurse (Westmarch) - 15F, low mood, self-harm (cutting), "
            "CSE/CCE. Triage: priority (4 wks).",
            "",
            "Referral received",
            shift="+1",
        ),
    )
    o(
        "2024-09-05",
        "camhs-choice",
        R(
            "camhs",
            "Choice appointment: Demi attended with key worker. Low mood, nightmares, cannabis "
            "daily, cuts when 'stressed'. RCADS elevated. Plan: trauma-informed work, risk "
            "plan shared with home.",
            "14:00",
            "Choice appointment",
        ),
        R(
            "home",
            "Key worker took Demi to CAMHS (first appt). She went in on her own.",
            "14:00",
            "Health appointment",
            shift="swap",
        ),
    )
    o(
        "2024-09-09",
        "starts-oakfield",
        R(
            "edu",
            "Start at Oakfield Learning Centre (KS4 group). Induction with DSL; keep safe plan "
            "received. Collected by taxi.",
            "09:30",
            "Admission",
        ),
        R(
            "csc",
            "Demi-Leigh started at Oakfield Learning Centre today (full-time timetable).",
            "",
            "Education",
        ),
    )

    # ---- the flat on Bracken Row ---------------------------------------------------------------
    o(
        "2024-09-20",
        "missing-3-report",
        R(
            "home",
            "23:55 Demi not returned from Oakfield taxi drop (left the home 18:30). Reported "
            "missing, ref 2390. Manager informed.",
            "23:55",
            "Missing",
        ),
        R(
            "pol",
            "LOG 2390 20/09/24 23:58. MISSING FROM CARE - CARROW DEMI-LEIGH (15). HIGH RISK - "
            "CSE/CCE MACE NOMINAL. LAST SEEN 18:30.",
            "23:58",
            "Missing person",
            ref="LOG 2390 20/09/24",
        ),
    )
    o(
        "2024-09-21",
        "missing-3-found",
        R(
            "pol",
            "LOG 2390 UPDATE 21/09/24 14:25. FLAT 3, 40 BRACKEN ROW, FENDLETON ENTERED UNDER "
            "S17 PACE. MISPER FOUND IN BEDROOM WITH 2 ADULT MALES. SEARCHED BY FEMALE OFFICER.",
            "14:25",
            "Missing person - found",
            ref="LOG 2390 20/09/24",
        ),
    )
    o(
        "2024-09-21",
        "arrest-dunmore",
        R(
            "pol",
            "ARREST 14:35 21/09/24 FLAT 3, 40 BRACKEN ROW. DUNMORE KIERON (22) - PWITS CLASS A, "
            "HUMAN TRAFFICKING (MSA S2). SCALES, 30+ WRAPS, 4 PHONES SEIZED.",
            "14:35",
            "Arrest",
            ref="CR 51/44102/24",
        ),
    )
    o(
        "2024-09-21",
        "arrest-demi",
        R(
            "pol",
            "ARREST 14:40 21/09/24 FLAT 3, 40 BRACKEN ROW. CARROW DEMI-LEIGH (15) - PWITS "
            "CLASS A: 14 WRAPS SUSPECTED CRACK COCAINE AND £560 CASH FOUND IN HER BRA. CONVEYED "
            "TO FENDLETON CUSTODY. AA REQUESTED. NRM CONSIDERATIONS NOTED.",
            "14:40",
            "Arrest",
            ref="CR 51/44102/24",
        ),
        R(
            "home",
            "PC Hadley rang 15:10: Demi arrested at a flat on Bracken Row for drugs (crack), in "
            "custody at Fendleton. Manager going as appropriate adult.",
            "15:10",
            "Police",
        ),
        R(
            "csc",
            "EDT note (Sat): Demi-Leigh arrested 14:40 today at Flat 3, 40 Bracken Row, "
            "Fendleton, for possession with intent to supply class A. Larkspur manager to act "
            "as AA.",
            "",
            "EDT",
        ),
    )
    o(
        "2024-09-21",
        "interview-demi",
        R(
            "pol",
            "INTERVIEW CARROW D-L 21:00-21:35, SOLICITOR AND AA (LARKSPUR MANAGER) PRESENT. NO "
            "COMMENT.",
            "21:00",
            "Interview",
            ref="CR 51/44102/24",
        ),
        R(
            "home",
            "Manager sat in as AA for Demi's interview 21:00-21:35. No comment on solicitor's "
            "advice. She looked exhausted.",
            "21:00",
            "Appropriate adult",
        ),
    )
    o(
        "2024-09-22",
        "custody-release",
        R(
            "pol",
            "CARROW D-L RELEASED UNDER INVESTIGATION 02:10 22/09/24. COLLECTED BY LARKSPUR STAFF.",
            "02:10",
            "Release",
            ref="CR 51/44102/24",
        ),
        R(
            "home",
            "02:40 Demi back at Larkspur from custody (released RUI), collected by manager. "
            "Ate toast, went to bed. Waking checks hourly.",
            "02:40",
            "Return",
        ),
    )
    o(
        "2024-09-23",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion following arrest at Bracken Row: Fenshire Police, YJS, "
            "Larkspur, Oakfield, Safe Return, SW. Demi a victim of CCE (county lines) and CSE. "
            "Agreed: NRM update, s47 continues, safety plan with staff escort to Oakfield, "
            "phone to be checked with her consent.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY MTG 23/09/24 11:00. SUSPECT DUNMORE REMANDED PENDING CPS. CARROW TREATED "
            "AS POTENTIAL VICTIM - S45 MSA DEFENCE LIKELY. CAWN SERVED ON DUNMORE ASSOCIATES.",
            "11:00",
            "Strategy",
            ref="CR 51/44102/24",
        ),
        R(
            "yjs",
            "Strategy discussion attended re Demi (arrested Sat, RUI). YJS to offer voluntary "
            "support; no statutory role yet.",
            "11:00",
            "Meeting",
        ),
        R(
            "home",
            "Strat meeting (Teams) - manager attended.",
            "11:00",
            "Meeting",
        ),
        R(
            "edu",
            "Attended strategy meeting online. School safety plan: staff to meet taxi, no "
            "phone in lessons, report any cars waiting.",
            "11:00",
            "Meeting",
        ),
        R(
            "rhi",
            "Strategy discussion - attended, RHI history shared.",
            "",
            "Meeting",
        ),
    )
    o(
        "2024-09-24",
        "csc-nrm-update",
        R(
            "csc",
            "Further information sent to the SCA for the NRM referral: arrest at Bracken Row, "
            "drugs found on her, adult male arrested for trafficking.",
            "15:20",
            "NRM",
        ),
    )
    o(
        "2024-09-26",
        "rhi-3",
        R(
            "rhi",
            "RHI at Oakfield (quiet room). Demi said she owes 'Kz' money after her phone and "
            "'gear' were taken, and was told to 'work it off'. Scared to go to town.",
            "11:30",
            "Return home interview",
        ),
        R(
            "edu",
            "Safe Return worker saw Demi in the quiet room for her RHI (11.30-12.15).",
            "11:30",
            "Visitor",
        ),
    )
    o(
        "2024-10-02",
        "nrm-rg",
        R(
            "csc",
            "Positive Reasonable Grounds decision received from the SCA (NRM): criminal and "
            "sexual exploitation.",
            "10:05",
            "NRM",
        ),
    )
    o(
        "2024-10-10",
        "mace-2",
        R(
            "csc",
            "Contextual Safeguarding Panel: Bracken Row flat and Fendleton bus station mapped as "
            "locations of concern; peer group (3 girls) linked. Demi remains high risk.",
            "09:30",
            "Panel",
        ),
        R(
            "pol",
            "MACE 10/10/24: CARROW D-L REVIEWED - HIGH. CLOSURE ORDER APPLIED FOR ON 40 BRACKEN "
            "ROW FLAT 3.",
            "09:30",
            "MACE",
        ),
        R(
            "yjs",
            "CE panel (MACE) attended. YJS voluntary offer accepted by Demi - weekly sessions.",
            "09:30",
            "Panel",
        ),
        R(
            "rhi",
            "Exploitation risk meeting - attended.",
            "",
            "Panel",
        ),
        R(
            "edu",
            "Went to the MACE meeting for Demi - attendance 71%, doing well in art.",
            "09:30",
            "Meeting",
        ),
    )
    o(
        "2024-10-18",
        "camhs-dna",
        R(
            "camhs",
            "DNA - key worker reports Demi refused to get in the car. Rebooked; letter to home.",
            "14:00",
            "DNA",
        ),
    )

    # ---- Halloween night and the next night -----------------------------------------------------
    o(
        "2024-10-31",
        "missing-4-report",
        R(
            "home",
            "Demi out on agreed time to 21:00 (Halloween, with a friend). Not back. Reported "
            "missing 21:30, police ref 2711.",
            "21:30",
            "Missing",
        ),
        R(
            "pol",
            "LOG 2711 31/10/24 21:34. MISSING FROM CARE - CARROW DEMI-LEIGH (15). HIGH RISK.",
            "21:34",
            "Missing person",
            ref="LOG 2711 31/10/24",
        ),
    )
    o(
        "2024-10-31",
        "found-intoxicated",
        R(
            "pol",
            "LOG 2711 UPDATE 23:20. MISPER FOUND ON BENCH AT FENDLETON BUS INTERCHANGE BY MOP, "
            "HEAVILY INTOXICATED. AMBULANCE ATTENDED WITH OFFICERS, CONVEYED TO FRI.",
            "23:20",
            "Missing person - found",
            ref="LOG 2711 31/10/24",
        ),
    )
    o(
        "2024-10-31",
        "ed-intoxication",
        R(
            "ed",
            "Triage 23:50. BIBA with police. 15F found on bench, ?alcohol ?ketamine. GCS 12 "
            "(E3 V4 M5). HR 118, BP 98/60, T 35.8, BM 5.2. Vomited in amb. Cat 2.",
            "23:50",
            "Triage",
        ),
        R(
            "ed",
            "Dr review 01:30: smells of alcohol, slurred, says 'had some K'. Hx per police: "
            "missing from care home since 21:00. Safeguarding form done. Obs half-hourly.",
            "01:30",
            "Medical review",
            shift="+1",
        ),
        R(
            "ed",
            "04:15 GCS 15. Tolerating fluids. Disclosed 'older lads gave it me at a party at the "
            "flats'. Police aware.",
            "04:15",
            "Nursing note",
            shift="+1",
        ),
        R(
            "ed",
            "D/C 07:05 to care of Larkspur staff (Sam W). Advice re alcohol and ketamine. "
            "Referral to CAMHS liaison and safeguarding team; copy to LAC nurse.",
            "07:05",
            "Discharge",
            shift="+1",
        ),
    )
    o(
        "2024-11-01",
        "ed-notification-csc",
        R(
            "csc",
            "Notification from Fendleton Royal Infirmary (paediatric liaison): ED attendance "
            "31/10 intoxicated, found at bus interchange; disclosed party 'at the flats'.",
            "14:30",
            "Notification",
        ),
    )
    o(
        "2024-11-01",
        "ed-self-harm",
        R(
            "ed",
            "Triage 22:10. Accompanied by care staff. Self-inflicted lacerations L forearm x6, "
            "superficial, glass from a broken bottle. Not intoxicated. Cat 3.",
            "22:10",
            "Triage",
        ),
        R(
            "ed",
            "Wounds cleaned, steristrips. Denies suicidal intent. D/C 23:55 with staff; CAMHS "
            "liaison referral (2nd attendance in 24 hrs).",
            "23:55",
            "Discharge",
        ),
    )
    o(
        "2024-11-04",
        "camhs-liaison-referral",
        R(
            "camhs",
            "Referral from FRI ED liaison: attendances 31/10 (intoxication) and 01/11 (self-harm, "
            "cutting). Urgent appt offered within 7 days.",
            "",
            "Referral received",
        ),
    )
    o(
        "2024-11-13",
        "lac-review-2",
        R(
            "csc",
            "Looked after review (2), IRO S Pyke. Demi attended throughout. Plan: stay at "
            "Larkspur with 2:1 staffing in community; CAMHS urgent work; NRM RG positive.",
            "10:00",
            "LAC review",
        ),
        R(
            "home",
            "CLA review at Larkspur - Demi stayed for all of it and spoke about wanting her own "
            "flat at 18.",
            "10:00",
            "Review",
        ),
        R(
            "lac",
            "LAC review attended: RHA completed 06/11, dental done. ED x2 discussed.",
            "10:00",
            "Review",
        ),
        R(
            "edu",
            "Statutory review (looked after) - Oakfield report sent and DSL attended.",
            "10:00",
            "Meeting",
        ),
    )
    o(
        "2024-11-13",
        "pep",
        R(
            "edu",
            "PEP meeting with Virtual School and SW: targets English and art GCSE, tutoring "
            "funded from PP+.",
            "13:30",
            "PEP",
        ),
        R(
            "csc",
            "PEP review at Oakfield with Virtual School - targets set.",
            "13:30",
            "PEP",
        ),
    )
    o(
        "2024-12-10",
        "demi-nfa",
        R(
            "pol",
            "CARROW D-L - NFA. CPS: NOT IN PUBLIC INTEREST, VICTIM OF EXPLOITATION (S45 MSA, "
            "POSITIVE RG). RUI ENDED.",
            "11:15",
            "Outcome",
            ref="CR 51/44102/24",
        ),
        R(
            "yjs",
            "OIC informed me: no further action for Demi re PWITS (s45 defence, NRM). Told "
            "Demi at session - relieved.",
            "",
            "Outcome",
            shift="swap",
        ),
    )
    o(
        "2024-12-10",
        "dunmore-charged",
        R(
            "pol",
            "DUNMORE KIERON CHARGED: PWITS CLASS A X2, ARRANGING TRAVEL OF A CHILD WITH A VIEW "
            "TO EXPLOITATION (MSA S2). REMANDED IN CUSTODY TO FENSHIRE CROWN COURT.",
            "16:00",
            "Charge",
            ref="CR 51/44102/24",
        ),
    )

    # ---- January: the railway station -----------------------------------------------------------
    o(
        "2025-01-17",
        "missing-5-report",
        R(
            "home",
            "Demi left by back gate 20:40. Not answering. Reported missing 23:20 (ref 0121 / "
            "17-01).",
            "23:20",
            "Missing",
        ),
        R(
            "home",
            "Demi left by back gate 20:40. Not answering. Reported missing 23:20 (ref 0121).",
            "23:24",
            "Missing",
        ),
        R(
            "pol",
            "LOG 0121 17/01/25 23:24. MISSING FROM CARE - CARROW DEMI-LEIGH (15). HIGH RISK - "
            "NRM RG, MACE NOMINAL.",
            "23:24",
            "Missing person",
            ref="LOG 0121 17/01/25",
        ),
    )
    o(
        "2025-01-18",
        "missing-5-snapmap-call",
        R(
            "home",
            "02:10 Rang police with update - another young person showed us Demi's Snap Map "
            "location at Harrow Road, Kingsreach.",
            "02:10",
            "Missing - update",
        ),
        R(
            "pol",
            "LOG 0121 UPDATE 18/01/25 02:12. FURTHER CALL FROM LARKSPUR: SNAPCHAT MAP SHOWS "
            "MISPER AT HARROW ROAD, KINGSREACH. PASSED TO KINGSREACH UNITS / BTP.",
            "02:12",
            "Missing person",
            ref="LOG 0121 17/01/25",
        ),
    )
    o(
        "2025-01-18",
        "missing-5-found",
        R(
            "btp",
            "BTP LOG 0233 18/01/25. 06:50 FENDLETON CENTRAL STN. FEMALE ON 06:52 SERVICE TO "
            "KINGSREACH, NO TICKET, WITH MALE (17). PNC: MISPER FENSHIRE. MALE SEARCHED S23 MDA "
            "- NIL. FEMALE TAKEN TO BTP OFFICE, COLLECTED BY CARE STAFF 08:10.",
            "06:50",
            "Missing person located",
            ref="BTP 0233 18/01/25",
        ),
        R(
            "pol",
            "LOG 0121 UPDATE 06:55. LOCATED BY BTP AT FENDLETON CENTRAL. CARE HOME TO COLLECT.",
            "06:55",
            "Missing person - found",
            ref="LOG 0121 17/01/25",
        ),
        R(
            "home",
            "Collected Demi from the BTP office at Fendleton Central at 08:10 - she'd been "
            "stopped getting on the Kingsreach train with a lad. Home 08:35.",
            "08:10",
            "Return",
        ),
    )
    o(
        "2025-01-20",
        "rhi-5",
        R(
            "rhi",
            "RHI at Larkspur: Demi said she was 'going to see Kz's cousin' in Kingsreach to "
            "'sort the debt'. Spent night at a house on Harrow Road. Shared names with consent.",
            "16:30",
            "Return home interview",
        ),
        R(
            "home",
            "RHI done with Jade (Safe Return) in the kitchen, Demi chatty.",
            "16:30",
            "RHI",
        ),
    )
    o(
        "2025-01-23",
        "mace-3",
        R(
            "csc",
            "MACE review: Demi's risk remains high; new link to Harrow Road address, "
            "Kingsreach. BTP to share station footage. Safety plan updated.",
            "09:30",
            "MACE",
        ),
        R(
            "pol",
            "MACE 23/01/25 - CARROW D-L. KINGSREACH ADDRESS REFERRED TO NEIGHBOURING FORCE. "
            "DUNMORE TRIAL LISTED APRIL.",
            "09:30",
            "MACE",
        ),
        R(
            "btp",
            "ATTENDED FENSHIRE MACE RE FEMALE LOCATED FENDLETON CENTRAL 18/01. STATION "
            "SAFEGUARDING BRIEFING ISSUED.",
            "09:30",
            "Partnership meeting",
        ),
        R(
            "yjs",
            "MACE panel attended - Demi attending YJS sessions weekly, engaging.",
            "",
            "Panel",
        ),
        R(
            "edu",
            "CE panel - I attended. Attendance 78% this half term.",
            "09:30",
            "Meeting",
            shift="-1",
        ),
    )
    o(
        "2025-02-12",
        "lac-review-3",
        R(
            "csc",
            "Looked after review (3): plan to stay at Larkspur; missing episodes reduced (none "
            "since 18/01). Pathway planning to start at 16.",
            "10:00",
            "LAC review",
        ),
        R(
            "home",
            "LAC review - Demi attended, IRO praised her attendance at Oakfield.",
            "10:00",
            "Review",
            shift="swap",
        ),
        R(
            "lac",
            "CLA review (Teams) - health update given.",
            "",
            "Review",
        ),
    )
    o(
        "2025-03-04",
        "sexual-health-2",
        R(
            "shc",
            "Results and review: chlamydia positive on screen, doxycycline 7 days. Partner "
            "notification declined. Contraceptive implant fitted with consent (Fraser "
            "competent). Safeguarding plan reviewed with SW by phone.",
            "15:00",
        ),
    )
    o(
        "2025-04-09",
        "nrm-cg",
        R(
            "csc",
            "Conclusive Grounds decision (NRM): positive - Demi recognised as a victim of "
            "modern slavery (criminal and sexual exploitation).",
            "12:00",
            "NRM",
        ),
    )
    o(
        "2025-04-25",
        "dunmore-sentenced",
        R(
            "pol",
            "FENSHIRE CROWN COURT 25/04/25: DUNMORE KIERON - GUILTY PLEAS PWITS CLASS A X2 AND "
            "MSA S2. SENTENCED 6 YRS 4 MTHS. SLAVERY AND TRAFFICKING PREVENTION ORDER 10 YRS.",
            "",
            "Court result",
            ref="CR 51/44102/24",
        ),
    )
    o(
        "2025-05-15",
        "mace-4",
        R(
            "csc",
            "MACE: risk reduced to medium - no missing episodes since January, Dunmore "
            "sentenced. Monitor; step down from panel if stable at next review.",
            "09:30",
            "MACE",
        ),
        R(
            "pol",
            "MACE 15/05/25 - CARROW D-L DOWNGRADED TO MEDIUM.",
            "09:30",
            "MACE",
        ),
        R(
            "yjs",
            "Exploitation panel attended - voluntary work ending June.",
            "",
            "Panel",
            shift="month",
        ),
        R(
            "edu",
            "MACE (online) - Demi 86% attendance, predicted grades shared.",
            "09:30",
            "Meeting",
        ),
    )

    # ---- routine single entries -----------------------------------------------------------------
    f.fill(
        "home",
        "2024-07-02",
        "2025-06-20",
        [
            ("Daily log", "Settled evening, cooked tea with staff, in by curfew."),
            ("Daily log", "Key work session: keeping safe online, Snap Map turned off."),
            ("Daily log", "Family time with mum at Westmarch (supervised by staff) went well."),
        ],
    )
    f.fill(
        "edu",
        "2024-09-10",
        "2025-06-20",
        [
            ("Attendance", "Demi late (10.05), taxi waited; settled in art."),
            ("Behaviour", "Left lesson after argument on phone; returned after 20 mins."),
        ],
    )
    f.fill(
        "yjs",
        "2024-10-14",
        "2025-06-13",
        [
            ("Session", "Voluntary session: county lines and debt bondage - Demi engaged."),
            ("Session", "Session at Oakfield: boxing taster booked."),
        ],
        timed=False,
    )
    f.fill(
        "camhs",
        "2024-11-11",
        "2025-06-20",
        [
            ("Session", "Session 3: grounding techniques; self-harm less frequent."),
            ("Session", "Session: trauma narrative not yet; sleep improving."),
        ],
    )
    f.fill(
        "lac",
        "2024-09-02",
        "2025-06-20",
        [("Health", "RHA paperwork chased with Fenshire LAC team.")],
    )
    f.fill(
        "csc",
        "2024-07-02",
        "2025-06-20",
        [
            ("Statutory visit", "Statutory visit at Larkspur: Demi seen alone in her room."),
            ("Statutory visit", "Visit: Demi seen alone at Oakfield; talked about her mum."),
        ],
    )
    f.fill(
        "rhi",
        "2025-02-03",
        "2025-06-20",
        [("Direct work", "Direct work session: healthy relationships, Demi engaged.")],
    )
    return f.case()


def blind_dedup_cases_21() -> list[BlindCase]:
    """The twenty-first blind set's families, in the order they were written."""
    return [_kestley(), _brannock(), _carrow()]


if __name__ == "__main__":
    summary(blind_dedup_cases_21)
