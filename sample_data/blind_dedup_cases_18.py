"""An eighteenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services'
sheets over twelve to eighteen months: a three-year-old girl who drowns in the bath while her
mother, who has a learning disability, is on the phone in the kitchen (a community learning
disability nurse, an adapted parenting course at a Family Hub, a Care Act assessment, missed
nursery sessions, a dentist, a child in need plan stepped down to early help, the 999 call,
resuscitation, intensive care, her death, her mother's arrest and interview with an appropriate
adult, strategy discussions and a conference for her baby brother); a twelve-year-old boy drawn
into extreme right-wing material online whose father is in prison (online-safety incidents at
school, a Prevent referral and gateway assessment, seven Channel panels, a counter-terrorism
police visit with the Prevent officer, CAMHS, a youth worker, prison visits with a families
project worker, a monitored prison call, a "hit list" and a suspension, the father's release on
licence with conditions, his recall, and his and his brother's arrests on one morning);
eight-year-old twins in a kinship placement under a special guardianship order with their
grandfather and step-grandmother (the grandfather's Alzheimer's disease diagnosed at a memory
service, missed and muddled school collections, a carer's assessment, an allegation against the
step-grandmother managed by the LADO because she is a registered childminder, Ofsted notified
twice and her registration suspended and restored, a joint investigation, the grandfather lost
while driving the twins, the mother's application to discharge the order, a children's guardian
and court hearings).

Written blind: composed from the domain brief (/work/shared/domain/DOMAIN.md), the `Event`
schema (chronology/schema.py), the shared kit (sample_data/dedup_case_kit.py), the module
docstring and agency constants at the top of the seventh blind set, read only for the file's
format (the read ran on some forty lines into its first case's sheet declarations before
stopping; none of its wordings reused), and the last thirty lines of the fourteenth (for how a
set module ends). Not read: the duplicate rules, their settings, the linkage model or its
columns, the benchmark scripts or any result, the tests, the docs, or any other labelled set's
families; the merge was not run on these cases. Kept apart from tuning: measure on them blind
first.

The services write very differently: police logs in capitals with incident, CAD and crime
numbers; long social care narrative; health visiting "Contact type: ... Outcome: ..."
templates; GP "S: O: A: P:" notes and letters filed; nursery and school safeguarding logs in the
first person with no event-type column; emergency department clinical shorthand written as
several rows per attendance; an ambulance report summary; first-person notes of other services
(a learning disability nurse, a Prevent officer, a youth worker, a families project worker, a
LADO, a children's guardian).

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, letter or referral was logged by the receiving service on the next day.

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
  discharge) records ONE occurrence; attendances on consecutive days are separate; an
  emergency department attendance and the ward or intensive care admission that follows are
  two occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: a birth, death or change of carer that a second service notes on the
  day or the next day, naming the same child, date and place ("Birth notification: ... born
  02/06/2024 04:12"; "Notification of death: ... died 16/05/2025 at ... PICU"), is a record of
  that life event (one occurrence), not a separate notification. A later call telling another
  service of the death (the social worker ringing the nursery three days later) is its own
  occurrence, a call, recorded by both its ends.
- Decision for this set: an entry by a service other than the police stating an arrest as fact
  on the day, naming the person, the time and the place, records that arrest (one occurrence
  with the police's arrest entry). The police interview later that day, recorded by the police
  and by the appropriate adult who sat in, is another occurrence (one, both its records); the
  release under investigation that night is a third.
- Decision for this set: a nursery's, CLDT's or Family Hub's own attendance at a meeting
  ("I went to the Child in Need meeting", "CIN review - attended") is a record of that meeting,
  whatever time it is logged at; a report emailed for a meeting the day before is its own
  occurrence (an email, both its ends).
- Decision for this set: a prison social visit recorded by the prison and by the families
  project worker who sat in on it is one occurrence (as a joint visit). A monitored prison phone
  call and the intelligence report about it shared with the police the next day are two
  occurrences (the report's sending and receipt are one).
- Decision for this set: a release on licence recorded on the day by the prison, the probation
  officer and the police's offender management entry is one occurrence (a life event naming the
  same release); the probation induction appointment that afternoon is another. The recall
  request the day before, the arrest on recall (police and probation) and the reception into
  prison that afternoon are three occurrences.
- Decision for this set: a Prevent officer's meeting with the school's DSL recorded by both is
  one occurrence; the school's call to the police and the officers' attendance at the school an
  hour later are two, each recorded by both.
- Decision for this set: Ofsted's suspension of a childminder's registration, recorded by
  Ofsted and by the LADO on the day, is one occurrence (as a court order); lifting it later is
  another. The LADO's notification to Ofsted (both its ends) and the childminder's own
  notification to Ofsted the next day are two occurrences.
- Decision for this set: a police decision to take no further action and the LADO's entry the
  next day recording the officer's email about it are two occurrences (a decision and a later
  email telling another service of it; the police did not log sending it).
- Decision for this set: an order made at a hearing (a children's guardian appointed, a report
  directed, a contact order) is part of that hearing's occurrence; a report or analysis filed
  before a hearing is its own occurrence (filing and receipt one occurrence).
- Decision for this set: a children's guardian who sees both twins together at school, recorded
  by the guardian and by the school in one row per child, is one occurrence; the school nurse's
  drop-in appointments for each twin twenty minutes apart are two.

Look-alikes kept apart, case 1 (Brannagh): the CLDT nurse's referral and the MASH screening
decision on it the next day; the health visitor's call to the CLDT duty line and the nurse's call
back that afternoon; the social worker's and the health visitor's separate home visits on one
day (and the Family Hub's and the CLDT nurse's on another); the GP's emailed report and the CIN
meeting the next day; the dental appointment Lottie was not brought to and the letter about it
the next day; weekly parenting sessions a week apart; the nursery's call to the mother and her
call back; the police welfare check on a Saturday night and social care's receipt of the police
notification on the Monday; the two emergency department attendances on consecutive days, and
the hospital's notice of them to the health visitor; the social care step-down decision at a CIN
review and the transfer to the Family Hub six days later; the 999 call attended by ambulance and
police together, the emergency department attendance, the police's call to the emergency duty
team and the intensive care admission, all on one evening; the paediatric liaison notice of
that attendance the next day and the strategy discussion that morning; Lottie's death and the
social worker's call telling the nursery of it; the mother's arrest, her interview with an
appropriate adult and her release, all on one day; two strategy discussions five days apart.

Look-alikes kept apart, case 2 (Tregarth): the school's filtering alert and its call to the
mother that afternoon; the school's Prevent referral and its call to the social care front door
on the same day, the MASH decision the next day and the Prevent gateway decision a week later;
the Prevent officer's meeting with the DSL and his home visit two days later; the GP
consultation and the GP's referral to CAMHS that evening; seven Channel panels, two of them six
days apart (a review and an extraordinary panel) and one the day after a strategy discussion;
the school's call to the Prevent officer and his call back; the monitored prison call and the
intelligence shared about it the next day; the "hit list" found, the school's call to the police
and the police attendance at the school, all on one day; a strategy discussion and a suspension
letter on one day; two prison visits four months apart; the release on licence and the probation
induction that afternoon; the recall request, the father's arrest on recall and his uncle's
arrest five minutes apart, the police's call to social care that morning and the father's
reception into prison that afternoon; the unknown adult on a gaming server and the school's email
about it to the social worker.

Look-alikes kept apart, case 3 (Sallow): the GP consultation and the GP's referral to the memory
service that afternoon; the memory assessment, the diagnosis a month later and the clinic letter
to the GP the day after; the failed school collection and the muddled collection the next day
(each one row per twin); the school's call to the step-grandmother and its call to the kinship
social worker the next morning; the kinship social worker's visit and his referral to adult
social care that evening; the twins' separate school nurse appointments; on the day of the
allegation, Ivy's disclosure, the school's call to the front door, its call to the LADO, the MASH
decision and the strategy discussion; the joint police and social care visit and the
step-grandmother moving out that evening; the LADO's notification to Ofsted and the
childminder's own notification the next day; the ABE interview and the childminder's
notification on one morning; the suspension and the lifting of it; the first and second
allegation management meetings; the police no-further-action decision and the email telling the
LADO of it; the Cafcass safeguarding letter and the first hearing; the guardian's and the kinship
social worker's separate home visits on one day; the police welfare incident on a Saturday and
social care's receipt of the police notification on the Monday; the guardian's call to the school
and the DSL's call back; a review hearing and the relisted hearing three days later; the
guardian's final analysis and the final hearing.

Everything is invented: people, workers, schools, nurseries, surgeries, hospitals, wards,
prisons, towns, addresses, postcodes and reference numbers (the postcode areas used are not
real ones). Deterministic: one fixed seed per case (it only places the routine entries and picks
their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_18.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
GP = "GP"
NURSERY = "Nursery"
SCHOOL = "School"
SCHOOL_NURSE = "School Nursing"
AMBULANCE = "Ambulance Service"
ED = "Emergency Department"
PICU = "Paediatric Intensive Care"
ASC = "Adult Social Care"
CLDT = "Community Learning Disability Team"
FAMILY_HUB = "Family Hub (Early Help)"
DENTAL = "Community Dental Service"
PREVENT = "Prevent (Counter Terrorism Policing)"
CHANNEL = "Channel Panel"
CAMHS = "CAMHS"
YOUTH = "Youth Service"
PROBATION = "Probation Service"
PRISON = "HM Prison Service"
FAMILIES_PROJECT = "Prisoners' Families Support"
LADO = "LADO"
OFSTED = "Ofsted"
CAFCASS = "Cafcass"
LEGAL = "Local Authority Legal Services"
MEMORY = "Memory Assessment Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, SCHOOL_NURSE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Brannagh family, Hollinsford. Lottie Brannagh (b. 19/01/2022) lives with her
# mother Kerry Brannagh (b. 14/08/1998), who has a mild learning disability, first at the
# maternal grandmother Denise Brannagh's house, 22 Quilter Walk, Hollinsford HF4 7RN, then at
# Flat 3, Ember Court, Hollinsford HF2 5DW; her brother Alfie is born in June 2024 (father
# Jordan Pellow, b. 1995, a long-distance driver who stays at weekends). Registered at Marlpit
# Surgery; Lottie at Bramblegate Nursery from September 2024. A community learning disability
# nurse, a parenting course at the Family Hub, a Care Act assessment, missed nursery sessions,
# a dentist; a child in need plan stepped down to early help; Lottie drowns in the bath while
# Kerry is on the phone in the kitchen (May 2025).
# --------------------------------------------------------------------------------------------


def _brannagh() -> BlindCase:
    f = Family(
        "brannagh",
        1801,
        {
            "pol": Sheet(
                POLICE,
                "WestmarchPolice_Brannagh_IMR.xlsx",
                "Niche extract",
                (("2024-01-01", "PS 1187 FENWICK"), ("2025-05-15", "DS 3306 MARR")),
            ),
            "csc": Sheet(
                CSC,
                "Hollinsford_CSC_Brannagh_chronology.xlsx",
                "Case chronology",
                (
                    ("2024-01-01", "Maxine Oduya (SW)"),
                    ("2025-01-22", "Duty team"),
                    ("2025-05-14", "Rhys Grayling (EDT) / Maxine Oduya"),
                ),
            ),
            "hv": Sheet(
                HV,
                "0-19_Service_Brannagh_HV.xlsx",
                "HV contacts",
                (("2024-01-01", "Abigail Carrow HV"),),
            ),
            "gp": Sheet(
                GP,
                "MarlpitSurgery_Brannagh_return.docx",
                "Table 1",
                (("2024-01-01", "Dr T Hanlon"), ("2024-09-01", "Dr G Abernethy-Cole")),
            ),
            "nur": Sheet(
                NURSERY,
                "Bramblegate_Nursery_safeguarding_log.xlsx",
                "Lottie B",
                (("2024-01-01", "Kim Dunmore (manager/DSL)"),),
                typed=False,
            ),
            "ld": Sheet(
                CLDT,
                "CLDT_Kerry_Brannagh_nursing_notes.xlsx",
                "Notes",
                (("2024-01-01", "Sian Lowther RNLD"),),
            ),
            "fh": Sheet(
                FAMILY_HUB,
                "FamilyHub_EmberRoad_Brannagh.xlsx",
                "Sessions and contacts",
                (("2024-01-01", "Parenting team"), ("2025-01-22", "Tasha Reeve FP")),
            ),
            "asc": Sheet(
                ASC,
                "ASC_Hollinsford_KBrannagh_case_notes.xlsx",
                "Case notes",
                (("2024-01-01", "Owen Pritchard (Care Act assessor)"),),
            ),
            "dent": Sheet(
                DENTAL,
                "CommunityDental_LBrannagh.xlsx",
                "Appointments",
                (("2024-01-01", "Ms R Kaur (dental officer)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "WestmarchAmbulance_ePCR_Brannagh.xlsx",
                "Incidents",
                (("2024-01-01", "Crew 4B (Paramedic J Tolland)"),),
            ),
            "ed": Sheet(
                ED,
                "HollinsfordGeneral_ED_Brannagh.xlsx",
                "ED attendances",
                (("2024-01-01", "HGH Paediatric ED"),),
            ),
            "picu": Sheet(
                PICU,
                "NorthgateChildrens_PICU_Brannagh.xlsx",
                "PICU",
                (("2024-01-01", "PICU safeguarding nurse L Featherby"),),
            ),
        },
    )

    f.occ(
        "2024-03-07",
        "cldt-referral-to-csc",
        R(
            "ld",
            "Referral to Children's Services front door (phoned, then online form). Kerry is 26/40 "
            "pregnant. Mild LD (FSIQ 61 on 2019 assessment), reads a little, struggles with "
            "sequencing. Lottie 2y. Worried K will not manage a newborn + toddler: she relies on "
            "her mum Denise for bath/bedtime and Denise now has COPD. K consented (easy-read form "
            "signed).",
            "11:20",
            "Referral",
            ref="CLDT-44810",
        ),
        R(
            "csc",
            "Contact received by telephone from Sian Lowther, Community Learning Disability Nurse, "
            "followed by the online referral form. Kerry Brannagh (25) is 26 weeks pregnant and "
            "has a mild learning disability. The nurse is worried about Kerry's ability to manage "
            "a newborn alongside Lottie (2). Maternal grandmother Denise provides most of the "
            "practical care but has recently been diagnosed with COPD. Kerry is aware of and "
            "agrees to the referral.",
            "11:24",
            "Contact",
            "Passed to MASH for screening",
            ref="CON-2024-031177",
        ),
    )
    f.occ(
        "2024-03-08",
        "mash-decision",
        R(
            "csc",
            "MASH screening decision (Team Manager). Checks completed with health visiting, GP "
            "and CLDT. Threshold for statutory assessment met. Decision: Child and Family "
            "Assessment to include a pre-birth element; allocate to Assessment Team 2; consider "
            "adapted communication (easy read, short visits).",
            "16:05",
            "MASH decision",
            "Progress to C&F assessment",
        ),
    )
    f.occ(
        "2024-03-12",
        "hv-call-cldt-duty",
        R(
            "hv",
            "Contact type: Telephone (professional). Who: CLDT duty nurse. Purpose: information "
            "sharing following MASH request. Outcome: named nurse S Lowther not on shift, message "
            "left for her to call back. Plan: await call.",
            "10:05",
            "Telephone",
        ),
        R(
            "ld",
            "Duty: telephone call from HV Abigail Carrow (0-19 team) asking to speak to Sian re "
            "Kerry B. Message passed to SL.",
            "10:06",
            "Duty call",
        ),
    )
    f.occ(
        "2024-03-12",
        "cldt-calls-hv-back",
        R(
            "ld",
            "Returned HV's call. Shared Kerry's communication needs: short sentences, one thing "
            "at a time, pictures, check understanding with teach-back. Agreed to do the new birth "
            "visit jointly if possible.",
            "15:40",
            "Telephone",
        ),
        R(
            "hv",
            "Contact type: Telephone (professional). Who: Sian Lowther CLDT, returning call. "
            "Outcome: communication needs noted on record; joint approach agreed for new birth "
            "contact. Plan: antenatal contact 21/03.",
            "15:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-03-21",
        "csc-assessment-visit",
        R(
            "csc",
            "Announced home visit by social worker to 22 Quilter Walk (maternal grandmother's "
            "home, where Kerry and Lottie live). Seen Kerry, Lottie and Denise. Kerry was shy but "
            "talked about the baby; she said Denise 'does the baths because I get panicky with "
            "water'. Lottie seen playing, appropriately dressed. Started the assessment using "
            "the easy-read booklet.",
            "10:00",
            "Home visit",
            "Assessment ongoing",
        ),
    )
    f.occ(
        "2024-03-21",
        "hv-antenatal",
        R(
            "hv",
            "Contact type: Antenatal contact (home). Seen: Kerry, Lottie, MGM. Outcome: safe "
            "sleep, feeding plan (bottle), Kerry says social worker came this morning. Lottie "
            "2y2m - speech a few single words only, ASQ to be done at 2.5y review. Plan: HV to "
            "do new birth visit jointly with CLDT.",
            "14:15",
            "Antenatal contact",
        ),
    )
    f.occ(
        "2024-04-09",
        "joint-visit-csc-cldt",
        R(
            "csc",
            "Joint home visit with Sian Lowther (CLDT) to explain the assessment to Kerry using "
            "pictures. Kerry able to describe Lottie's routine with prompts. She could not say "
            "what she would do if Lottie was unwell at night. Denise present for part.",
            "10:30",
            "Joint visit",
        ),
        R(
            "ld",
            "Joint visit with SW Maxine Oduya at Quilter Walk. Used 'What does a social worker "
            "do' easy-read. K anxious, asked if baby would be taken. Reassured. Teach-back "
            "used.",
            "10:30",
            "Joint visit",
            shift="swap",
        ),
    )
    f.occ(
        "2024-04-10",
        "asc-referral",
        R(
            "ld",
            "Referral emailed to ASC (Hollinsford Connect) for Care Act needs assessment for "
            "Kerry: support with budgeting, appointments, household routines.",
            "09:15",
            "Referral",
        ),
        R(
            "asc",
            "New referral received by email from CLDT nurse S Lowther dated 10/04 requesting a "
            "Care Act needs assessment for Kerry Brannagh (mild LD, pregnant, toddler). "
            "Screened: eligible for assessment, placed on allocation list.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-25",
        "cfa-completed",
        R(
            "csc",
            "Child and Family Assessment completed and authorised. Analysis: Kerry loves Lottie "
            "and is motivated but needs prompting for safety and routines; heavy reliance on "
            "maternal grandmother whose health is declining; father of the unborn baby works "
            "away. Recommendation: Child in Need plan for Lottie and the unborn baby; parenting "
            "course adapted for learning disability; Care Act assessment for Kerry.",
            "",
            "Assessment",
            "CIN plan",
        ),
    )
    f.occ(
        "2024-05-01",
        "gp-report-for-cin",
        R(
            "gp",
            "Email to SW M Oduya: GP information for CIN meeting 02/05 - unable to attend. Kerry "
            "attends appointments when reminded by text from her mum; Lottie imms up to date; no "
            "concerns about injuries.",
            "12:40",
            "Correspondence",
        ),
        R(
            "csc",
            "GP report received by email from Dr Hanlon for tomorrow's Child in Need meeting "
            "(GP unable to attend).",
            "13:02",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-05-02",
        "cin-meeting-1",
        R(
            "csc",
            "Initial Child in Need meeting held at 22 Quilter Walk. Present: Kerry, Denise, SW, "
            "HV, CLDT nurse. Jordan by phone. CIN plan agreed: parenting course (Sept), Care Act "
            "assessment, HV contacts monthly, nursery place for Lottie from September.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "hv",
            "Contact type: Multi-agency meeting (CIN). Outcome: CIN plan agreed; HV monthly "
            "contacts until new birth then as per plan. Actions: HV to apply for 2y funded "
            "nursery place with Kerry.",
            "13:30",
            "CIN",
        ),
        R(
            "ld",
            "Attended Child in Need mtg with Kerry at her mum's. Helped K follow the plan with "
            "pictures afterwards.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-05-14",
        "asc-care-act-assessment",
        R(
            "asc",
            "Care Act assessment home visit. Kerry has eligible needs in: managing and "
            "maintaining nutrition, maintaining a habitable home, accessing services. Outcome: "
            "personal budget for 4 hours per week support worker (Brightpath Support), to start "
            "after baby is born.",
            "11:00",
            "Assessment",
            "Eligible - support plan",
        ),
    )
    f.occ(
        "2024-05-29",
        "dental-was-not-brought",
        R(
            "dent",
            "WAS NOT BROUGHT. New patient exam for Lottie (2y4m), referred by HV. No contact "
            "from parent.",
            "09:40",
            "Was not brought",
        ),
    )
    f.occ(
        "2024-05-30",
        "dental-wnb-letter",
        R(
            "dent",
            "WNB letter sent to parent (easy read version, at CLDT's request) with new appt "
            "26/06. Copy to HV team.",
            "",
            "Letter",
        ),
        R(
            "hv",
            "Correspondence: letter from Community Dental - Lottie not brought to dental "
            "appointment 29/05/24, re-booked for 26/06. Plan: remind Kerry at next contact.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-02",
        "birth-of-alfie",
        R(
            "csc",
            "Kerry gave birth to a boy, Alfie, at 04:12 today at Hollinsford General Hospital "
            "(normal delivery, 3.28kg). Ward midwife phoned the duty line; no concerns on the "
            "ward, Denise visiting. Discharge expected tomorrow.",
            "08:50",
            "Birth",
        ),
        R(
            "hv",
            "Birth notification: Alfie BRANNAGH born 02/06/2024 04:12 at HGH, SVD, 3.28kg, "
            "term+2. Mother K Brannagh. Discharge planned 03/06.",
            "",
            "Birth notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-11",
        "new-birth-visit-joint",
        R(
            "hv",
            "Contact type: New birth visit (joint with CLDT nurse). Seen: Kerry, Alfie, Lottie, "
            "MGM. Alfie wt 3.41kg (above birth weight), bottle fed 90ml 3-hrly. Kerry showed "
            "making up a feed correctly with picture card. Safe sleep discussed. Outcome: "
            "universal plus.",
            "10:00",
            "New birth visit",
        ),
        R(
            "ld",
            "New birth visit jointly with HV. Made a picture card for making up bottles. K "
            "proud of Alfie. Lottie clingy.",
            "10:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-06-20",
        "gp-registration-alfie",
        R(
            "gp",
            "New patient registration: Alfie BRANNAGH, dob 02/06/2024, 22 Quilter Walk. Linked "
            "to mother's record. 6-8 week check and imms booked.",
            "",
            "Registration",
        ),
    )
    f.occ(
        "2024-06-26",
        "dental-attended",
        R(
            "dent",
            "New patient exam - brought by grandmother. Early childhood caries 51, 61. Fluoride "
            "varnish applied. Juice in bottle at night - advised water only. Recall 3/12.",
            "09:20",
            "Examination",
        ),
    )
    f.occ(
        "2024-07-04",
        "cin-review-1",
        R(
            "csc",
            "Child in Need review. Alfie thriving; Lottie's speech delayed. Kerry plans to move "
            "to her own flat in August (housing association offer). Support worker started. "
            "Plan continues; parenting course booked for September.",
            "10:00",
            "CIN review",
        ),
        R(
            "hv",
            "Contact type: CIN review (home). Outcome: plan continues. HV to refer Lottie to SALT.",
            "10:00",
            "CIN",
        ),
        R("ld", "CIN review - attended.", "", "Meeting"),
    )
    f.occ(
        "2024-08-05",
        "house-move",
        R(
            "csc",
            "Kerry, Lottie and Alfie moved today from 22 Quilter Walk into a housing association "
            "tenancy at Flat 3, Ember Court, Hollinsford HF2 5DW (second floor, one bath, no "
            "shower). Jordan to stay at weekends when not working.",
            "",
            "Change of address",
        ),
        R(
            "hv",
            "Change of address: family moved 05/08/24 to Flat 3 Ember Court HF2 5DW (Kerry "
            "phoned). Records updated.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-17",
        "police-welfare-check",
        R(
            "pol",
            "INC 1703 17/08/24. CALLER (NEIGHBOUR FLAT 4) REPORTS BABY CRYING OVER 1 HOUR AT "
            "FLAT 3 EMBER COURT, NO ANSWER AT DOOR. OFFICERS ATT 22:05. FEMALE KERRY BRANNAGH "
            "ANSWERED AFTER 10 MINS - HAD FALLEN ASLEEP ON SOFA WITH EARPHONES IN. BABY (10 "
            "WKS) AND FEMALE CHILD 2 YRS SAFE AND WELL, BABY IN WET NAPPY, BOTTLE MADE. FLAT "
            "CLUTTERED BUT ACCEPTABLE. NO CRIME. PPN SUBMITTED.",
            "21:38",
            "Concern for welfare",
            ref="INC-240817-1703",
        ),
    )
    f.occ(
        "2024-08-19",
        "ppn-received",
        R(
            "csc",
            "Police protection notice (PPN) received at MASH re incident at Ember Court on "
            "Saturday night (neighbour reported baby crying, mother asleep). Open case - passed "
            "to allocated SW Maxine Oduya for follow up.",
            "09:30",
            "Police notification",
        ),
        R(
            "csc",
            "Police protection notice (PPN) received at MASH re incident at Ember Court on "
            "Saturday night (neighbour reported baby crying, mother asleep). Open case - passed "
            "to allocated SW Maxine Oduya.",
            "09:31",
            "Police notification",
        ),
    )
    f.occ(
        "2024-09-04",
        "nursery-start",
        R(
            "nur",
            "Lottie started with us today for her funded hours (Mon, Wed, Fri mornings). Mum "
            "brought her with baby Alfie in the pram. I went through the starter forms with Mum "
            "and read them to her as she asked me to. Mum told me there is a social worker.",
            "09:00",
        ),
    )
    f.occ(
        "2024-09-10",
        "parenting-week-1",
        R(
            "fh",
            "Steady Steps (adapted for parents with LD) wk 1/8 - Kerry attended with her LD "
            "nurse. Topic: routines and picture timetables. K made a morning timetable.",
            "10:00",
            "Group session",
        ),
        R(
            "ld",
            "Supported Kerry at the Family Hub parenting group (session 1). K engaged, needed "
            "help reading the handout.",
            "10:00",
            "Support",
        ),
    )
    f.occ(
        "2024-09-17",
        "parenting-week-2",
        R(
            "fh",
            "Wk 2/8 - Kerry DNA. Reminder text sent 09:00, no reply.",
            "10:00",
            "Group session",
        ),
    )
    f.occ(
        "2024-09-24",
        "parenting-week-3",
        R(
            "fh",
            "Wk 3/8 - Kerry attended alone, 20 mins late. Topic: keeping little ones safe at "
            "home (bath time, stairs, hot drinks, blind cords). Kerry said 'I never leave them in "
            "the bath'. Facilitator noted K did not complete the bath-safety quiz.",
            "10:00",
            "Group session",
        ),
    )
    f.occ(
        "2024-10-03",
        "cin-review-2",
        R(
            "csc",
            "CIN review at Ember Court. Nursery attendance poor (Lottie often not brought). "
            "Kerry attending parenting course (missed one). Support worker hours used. Plan "
            "continues; nursery to let SW know of non-attendance.",
            "14:00",
            "CIN review",
        ),
        R(
            "hv",
            "Contact type: CIN review. Outcome: plan continues. Alfie 4m - wt 6.9kg. Lottie "
            "SALT referral accepted, waiting list.",
            "14:00",
            "CIN",
        ),
        R("ld", "CIN mtg at Ember Ct.", "", "Meeting"),
        R(
            "nur",
            "I went to the Child in Need meeting at Lottie's flat. I said Lottie has missed 5 "
            "sessions and she is quiet but happy when here.",
            "15:30",
        ),
        R(
            "fh",
            "CIN review - parenting team attended, reported 3/4 sessions attended so far.",
            "",
            "Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2024-10-08",
        "parenting-week-5",
        R("fh", "Wk 5/8 - Kerry DNA, phone off.", "10:00", "Group session"),
    )
    f.occ(
        "2024-10-09",
        "nursery-calls-mum",
        R(
            "nur",
            "Lottie not in again today (3rd missed session this fortnight). I rang Mum at 9.45 - "
            "no answer, left a voicemail.",
            "09:45",
        ),
    )
    f.occ(
        "2024-10-09",
        "mum-rings-nursery-back",
        R(
            "nur",
            "Mum rang back at 1.10pm. Lottie has a cough and Mum had no credit to ring us. I "
            "reminded her to let us know, she can text the nursery phone for free.",
            "13:10",
        ),
    )
    f.occ(
        "2024-10-15",
        "nursery-email-hv",
        R(
            "nur",
            "I emailed Abigail (HV) about Lottie's attendance - 7 out of 18 sessions since she "
            "started - and copied in Maxine (SW).",
            "11:50",
        ),
        R(
            "hv",
            "Correspondence: email from Bramblegate Nursery (K Dunmore) re poor attendance, 7/18 "
            "sessions. SW copied. Plan: discuss with Kerry at home visit.",
            "12:30",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-10-22",
        "parenting-week-7",
        R(
            "fh",
            "Wk 7/8 - attended (wk 6 also attended 15/10). Topic: asking for help. Kerry said "
            "she rings her mum 'when it goes wrong'.",
            "10:00",
            "Group session",
        ),
    )
    f.occ(
        "2024-11-23",
        "ed-fall-from-worktop",
        R(
            "ed",
            "Triage 15:42. 2y10m F. Fall from kitchen worktop approx 1m onto tiled floor - "
            "climbed up on a chair to reach biscuits per mum. GCS 15. Haematoma L parietal 3cm. "
            "Cat: yellow.",
            "15:42",
            "Triage",
        ),
        R(
            "ed",
            "Dr review (ST2): no LOC, no vomiting, alert, playing. NICE criteria for CT not met. "
            "Mum has LD per notes - advice given verbally + leaflet, checked understanding. "
            "Supervision discussed. Paeds liaison form completed.",
            "16:50",
            "Medical review",
        ),
        R(
            "ed",
            "Discharged home with mum and grandmother 17:35. Head injury advice.",
            "17:35",
            "Discharge",
        ),
    )
    f.occ(
        "2024-11-24",
        "ed-reattendance-vomiting",
        R(
            "ed",
            "Re-attendance 10:20. Vomited x3 overnight after head injury yesterday. Brought by "
            "MGM and mum. GCS 15. For CT head.",
            "10:20",
            "Triage",
        ),
        R(
            "ed",
            "CT head - NAD. Tolerating fluids. D/C 14:10 with mum. Paeds liaison to be updated.",
            "14:10",
            "Discharge",
        ),
    )
    f.occ(
        "2024-11-25",
        "paeds-liaison-notice",
        R(
            "ed",
            "Paediatric liaison: notification of ED attendances 23/11 and 24/11 emailed to HV "
            "team. Known to CSC (CIN).",
            "11:15",
            "Paeds liaison",
        ),
        R(
            "hv",
            "Notification received from HGH paediatric liaison: Lottie attended ED 23/11 (fall "
            "from kitchen worktop, head injury) and 24/11 (vomiting, CT normal). Plan: targeted "
            "home visit, inform SW.",
            "",
            "Hospital notification",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-16",
        "cin-review-stepdown",
        R(
            "csc",
            "CIN review. Home conditions improved, Alfie thriving, Kerry completed 6/8 parenting "
            "sessions and has a support worker. Decision (with TM): step down to Early Help "
            "from next week with a Family Hub lead professional; CLDT to continue until spring.",
            "10:30",
            "CIN review",
            "Step down to Early Help",
        ),
        R(
            "hv",
            "Contact type: CIN review (virtual). Outcome: step down to EH agreed. HV to remain "
            "universal plus for both children.",
            "10:30",
            "CIN",
        ),
        R(
            "nur",
            "CIN review on Teams. I said attendance is a bit better since Christmas (4 of 6). "
            "Social care are closing and the Family Hub will take over.",
            "11:00",
        ),
        R(
            "fh",
            "CIN review attended (Tasha Reeve) - to take lead professional role on step down.",
            "",
            "Meeting",
        ),
        R("ld", "CIN review (Teams) - step down agreed.", "10:30", "Meeting", shift="+1"),
    )
    f.occ(
        "2025-01-22",
        "stepdown-transfer",
        R(
            "csc",
            "Case closed to Children's Social Care and transferred to the Family Hub (Early "
            "Help). Transfer summary and CIN plan sent to lead professional Tasha Reeve.",
            "15:20",
            "Case closure",
            "Stepped down",
        ),
        R(
            "fh",
            "Step-down transfer received from CSC (summary + CIN plan). Allocated to Tasha "
            "Reeve, Family Practitioner.",
            "15:45",
            "Transfer in",
        ),
    )
    f.occ(
        "2025-02-05",
        "fh-home-visit",
        R(
            "fh",
            "Home visit (alone). Met Kerry and the children. Agreed Family Plan: nursery "
            "attendance, Lottie's teeth, bedtime routine. Bathroom: Kerry says Lottie 'loves "
            "long baths with bubbles'.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-02-05",
        "cldt-home-visit",
        R(
            "ld",
            "Home visit. K tired, Alfie teething. Talked about budgeting - K on phone a lot to "
            "her friend, phone bill £70. Said family worker came this morning.",
            "14:30",
            "Home visit",
        ),
    )
    f.occ(
        "2025-02-26",
        "nursery-attendance-meeting",
        R(
            "nur",
            "I met with Mum at pick-up about Lottie's attendance (she has missed 9 sessions this "
            "half term). Mum says mornings are hard with Alfie. We agreed Grandma Denise can "
            "bring Lottie on Mondays.",
            "12:00",
        ),
    )
    f.occ(
        "2025-03-11",
        "dental-ga-referral",
        R(
            "dent",
            "Recall exam: caries progressed 51, 52, 61, 62 - abscess 61. Referral to HGH "
            "paediatric dental GA list for extractions. Letter to GP. Mum says Lottie still has "
            "juice at night.",
            "09:30",
            "Referral",
        ),
        R(
            "gp",
            "Letter filed: Community Dental Service - Lottie referred for extractions under GA "
            "(early childhood caries). No GP action.",
            "",
            "Letter filed",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-02",
        "cldt-discharge-letter",
        R(
            "ld",
            "Discharge letter to GP: Kerry discharged from CLDT nursing caseload - goals met "
            "(health action plan, annual health check done). Re-refer if needed.",
            "",
            "Discharge letter",
        ),
        R(
            "gp",
            "Letter from CLDT: Kerry B discharged from LD nursing caseload, goals met. Read and "
            "filed.",
            "",
            "Letter filed",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-10",
        "taf-meeting",
        R(
            "fh",
            "Team Around the Family review at the Family Hub. Kerry, Denise, HV. Nursery sent "
            "apologies (Easter). Plan: continue; dental GA date awaited.",
            "13:00",
            "TAF review",
        ),
        R(
            "hv",
            "Contact type: TAF meeting (Family Hub). Outcome: EH plan continues; HV to do "
            "Alfie's 1 year review in June.",
            "13:00",
            "TAF",
        ),
    )
    # The drowning, Wednesday 14 May 2025.
    f.occ(
        "2025-05-14",
        "drowning-999-call",
        R(
            "amb",
            "Incident 25-0514-0917, Cat 1. Call 17:52 from mother: daughter aged 3 not "
            "breathing, found in the bath. On scene 17:59 with police. Pt in cardiac arrest "
            "(asystole), wet, cold. Mother states she was on the phone in the kitchen for 'a "
            "few minutes'. CPR, airway, IO access, adrenaline x1. Conveyed to HGH resus, pre-"
            "alert given. Infant (11m) left with police and neighbour.",
            "17:52",
            "Cardiac arrest",
            ref="25-0514-0917",
        ),
        R(
            "pol",
            "CAD 1193 14/05/25. REPORT OF 3 YR OLD FEMALE NOT BREATHING IN BATH AT FLAT 3 EMBER "
            "COURT. PC 2210 + PC 5532 ATT 18:01 WITH AMBULANCE, CPR IN PROGRESS. MOTHER KERRY "
            "BRANNAGH STATES SHE LEFT CHILD IN BATH WHILE ON PHONE IN KITCHEN. BATH FULL, "
            "WATER COLD. SCENE SECURED. BABY BROTHER ALFIE CARED FOR BY NEIGHBOUR UNTIL MGM "
            "ARRIVED.",
            "17:53",
            "Sudden collapse - child",
            ref="CAD-1193-140525",
        ),
    )
    f.occ(
        "2025-05-14",
        "drowning-ed-attendance",
        R(
            "ed",
            "18:24 arrival resus (pre-alerted). 3y F, drowning in bath, est. submersion time "
            "unknown. Asystole, CPR ongoing since 17:55. Temp 34.8.",
            "18:24",
            "Resus",
        ),
        R(
            "ed",
            "ROSC at 18:41 after adrenaline x3. Intubated. Fixed dilated pupils. Consultant and "
            "paeds reg present. Safeguarding: police in department, CSC EDT to be informed by "
            "police.",
            "18:41",
            "Resus",
        ),
        R(
            "ed",
            "Handed over to regional PICU retrieval team. Left department 21:20 for Northgate "
            "Children's PICU.",
            "20:55",
            "Transfer out",
        ),
    )
    f.occ(
        "2025-05-14",
        "police-inform-edt",
        R(
            "pol",
            "21:10 CSC EMERGENCY DUTY TEAM INFORMED BY PS FENWICK (SW R GRAYLING). SIBLING "
            "ALFIE WITH MGM DENISE BRANNAGH AT 22 QUILTER WALK OVERNIGHT.",
            "21:10",
            "Notification",
        ),
        R(
            "csc",
            "EDT: telephone call from PS Fenwick - 3 year old Lottie Brannagh found unresponsive "
            "in the bath at home this evening, resuscitated at HGH, being moved to PICU. Mother "
            "was on the phone in the kitchen. Alfie (11m) with maternal grandmother overnight, "
            "agreed by EDT as safe for tonight. Open to Family Hub (Early Help).",
            "21:12",
            "Contact",
            "Strategy discussion tomorrow",
        ),
    )
    f.occ(
        "2025-05-14",
        "picu-admission",
        R(
            "picu",
            "Admitted 23:05 from HGH ED via retrieval. Dx: out-of-hospital cardiac arrest "
            "secondary to drowning, prolonged downtime. Poor prognosis discussed with mother and "
            "grandmother. Safeguarding referral - police aware.",
            "23:05",
            "Admission",
        ),
    )
    f.occ(
        "2025-05-15",
        "alfie-to-mgm",
        R(
            "csc",
            "Safety plan agreed with Kerry and Denise: Alfie to stay with maternal grandmother "
            "Denise Brannagh at 22 Quilter Walk; Kerry not to have unsupervised care of Alfie "
            "pending enquiries.",
            "16:30",
            "Placement with family",
        ),
        R(
            "hv",
            "Alfie now living with MGM Denise Brannagh, 22 Quilter Walk, under CSC safety plan "
            "(from 15/05). Address updated.",
            "",
            "Change of carer",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-15",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams). Chair: TM. Police, HV, PICU safeguarding nurse. "
            "Lottie critically ill after drowning. Agreed: Section 47 enquiries for Alfie; "
            "joint investigation; Alfie to remain with MGM under safety plan; reconvene after "
            "brainstem tests.",
            "11:00",
            "Strategy discussion",
            "S47 - joint",
        ),
        R(
            "pol",
            "STRAT MEETING 11:00 (TEAMS). DS MARR ATTENDED. JOINT S47 AGREED. MOTHER TO BE "
            "INTERVIEWED. PHONE RECORDS TO BE OBTAINED.",
            "11:00",
            "Strategy",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (virtual). Outcome: S47 for Alfie; HV to share "
            "records; HV to visit Alfie at MGM's.",
            "11:15",
            "Strategy",
        ),
        R(
            "picu",
            "Safeguarding nurse attended multi-agency strategy meeting by Teams - clinical "
            "update given.",
            "11:00",
            "Strategy meeting",
        ),
    )
    f.occ(
        "2025-05-15",
        "ed-notice-to-hv",
        R(
            "ed",
            "Paeds liaison: notification of ED attendance 14/05 (drowning, ROSC, transferred to "
            "PICU) sent to HV team.",
            "10:05",
            "Paeds liaison",
        ),
        R(
            "hv",
            "Paediatric liaison notification received re Lottie's ED attendance 14/05 - "
            "drowning, transferred to PICU.",
            "10:20",
            "Hospital notification",
        ),
    )
    f.occ(
        "2025-05-16",
        "death-of-lottie",
        R(
            "picu",
            "14:20 Lottie died on PICU following withdrawal of intensive care after brainstem "
            "death testing. Mother, grandmother and father present. Coroner and police informed. "
            "SUDC protocol.",
            "14:20",
            "Death",
        ),
        R(
            "pol",
            "SUDC - LOTTIE BRANNAGH (3) PRONOUNCED DECEASED 14:20 AT NORTHGATE CHILDREN'S PICU. "
            "CORONER'S OFFICER INFORMED. DS MARR OIC.",
            "14:35",
            "Sudden death - child",
        ),
        R(
            "csc",
            "Lottie died at 14:20 today on PICU at Northgate Children's Hospital. SW visited "
            "Denise and Alfie this evening.",
            "",
            "Death of child",
        ),
        R(
            "gp",
            "Notification of death: Lottie BRANNAGH died 16/05/2025 at Northgate Children's PICU "
            "(drowning). Record marked deceased. Dr Abernethy-Cole to contact family.",
            "",
            "Death",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-17",
        "arrest-of-kerry",
        R(
            "pol",
            "07:10 ARREST - KERRY BRANNAGH (26) ON SUSPICION OF CHILD NEGLECT (S1 CYPA 1933) AT "
            "22 QUILTER WALK. CONVEYED HOLLINSFORD CUSTODY. APPROPRIATE ADULT REQUESTED (LD).",
            "07:10",
            "Arrest",
        ),
        R(
            "csc",
            "Kerry was arrested at 07:10 this morning at 22 Quilter Walk on suspicion of child "
            "neglect (police, DS Marr). Alfie remains with Denise.",
            "09:00",
            "Arrest of parent",
        ),
    )
    f.occ(
        "2025-05-17",
        "interview-with-appropriate-adult",
        R(
            "pol",
            "14:05 INTERVIEWED UNDER CAUTION WITH SOLICITOR AND APPROPRIATE ADULT (ASC "
            "EMERGENCY DUTY). ACCOUNT GIVEN: ON PHONE TO FRIEND 'ABOUT 10 MINUTES'.",
            "14:05",
            "Interview",
        ),
        R(
            "asc",
            "Emergency duty: acted as appropriate adult for Kerry Brannagh at Hollinsford "
            "custody for interview (14:00-15:30). Kerry distressed, needed breaks, questions "
            "rephrased.",
            "14:00",
            "Appropriate adult",
        ),
    )
    f.occ(
        "2025-05-17",
        "released-under-investigation",
        R(
            "pol",
            "21:15 KERRY BRANNAGH RELEASED UNDER INVESTIGATION. BAIL NOT APPLIED. TO STAY AT "
            "FRIEND'S ADDRESS.",
            "21:15",
            "Release",
        ),
    )
    f.occ(
        "2025-05-19",
        "sw-tells-nursery",
        R(
            "csc",
            "Telephone call to Bramblegate Nursery manager Kim Dunmore to tell her of Lottie's "
            "death; offered support for staff.",
            "09:15",
            "Telephone",
        ),
        R(
            "nur",
            "Maxine (social worker) rang me at 9.15 to tell us Lottie died on Friday. I told "
            "the staff team at 10. We are all devastated.",
            "09:15",
        ),
    )
    f.occ(
        "2025-05-20",
        "strategy-2",
        R(
            "csc",
            "Reconvened strategy discussion following Lottie's death. Police investigation "
            "continues (mother RUI). S47 for Alfie to conclude; ICPC to be convened; Alfie to "
            "remain with MGM. Rapid review notification made by LA.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "2ND STRATEGY MEETING 14:00. DS MARR. RUI CONTINUES, PHONE DOWNLOAD AWAITED.",
            "14:00",
            "Strategy",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (reconvened). Outcome: ICPC for Alfie. HV to submit "
            "report.",
            "",
            "Strategy",
        ),
        R(
            "gp",
            "Strategy meeting (telephone) - Dr Abernethy-Cole. No concerns re Alfie; Kerry's "
            "depression (on sertraline) shared.",
            "14:00",
            "Safeguarding meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-06-05",
        "icpc-alfie",
        R(
            "csc",
            "Initial Child Protection Conference for Alfie. Decision: child protection plan under "
            "the category of neglect. Alfie to remain with maternal grandmother. Core group in 10 "
            "working days.",
            "10:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "hv",
            "Contact type: ICPC. Outcome: Alfie subject to CP plan (neglect). HV core group "
            "member.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "ICPC ATTENDED DS MARR. CP PLAN - NEGLECT. INVESTIGATION ONGOING.",
            "",
            "Conference",
        ),
        R(
            "asc",
            "Attended Initial Child Protection Conference to represent Kerry's support needs; "
            "advocacy referral made.",
            "10:00",
            "Meeting",
        ),
    )

    # Routine single entries around the scripted occurrences.
    f.fill(
        "hv",
        "2024-07-15",
        "2024-08-02",
        [("Home visit", "Contact type: Home visit. Alfie 6-8 wk review. Maternal mood: EPDS 9.")],
    )
    f.fill(
        "hv",
        "2024-07-08",
        "2024-08-30",
        [
            (
                "Home visit",
                "Contact type: 2.5 yr review (Lottie). ASQ-3: communication and fine motor below "
                "cut-off. Outcome: SALT referral discussed with Kerry.",
            )
        ],
    )
    f.fill(
        "hv",
        "2024-08-06",
        "2025-04-30",
        [
            ("Clinic", "Contact type: Baby clinic. Alfie wt 5.9kg (50th). Outcome: thriving."),
            ("Clinic", "Contact type: Baby clinic. Alfie 7.6kg. Weaning started. Outcome: NFA."),
        ],
    )
    f.fill(
        "gp",
        "2024-07-22",
        "2024-08-02",
        [("Consultation", "Alfie 8/52 check + imms: NAD, hips normal. Mum coping with support.")],
    )
    f.fill(
        "gp",
        "2024-09-16",
        "2024-12-19",
        [
            (
                "Consultation",
                "S: Kerry attends with support worker. Low mood since move, poor sleep. O: PHQ-9 "
                "14, no thoughts of self-harm. A: moderate depression. P: sertraline 50mg od, "
                "easy read leaflet, r/v 4/52.",
            ),
            (
                "Consultation",
                "S: Lottie cough 5 days, eating ok. O: chest clear, T 37.6. A: viral URTI. "
                "P: fluids, safety-netting advice to mum.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2025-01-06",
        "2025-04-30",
        [("Medication review", "Sertraline r/v (phone) - mood a bit better, sleeping. Continue.")],
    )
    f.fill(
        "nur",
        "2024-09-05",
        "2025-05-09",
        [
            ("", "Lottie came in with a nappy that had not been changed since last night."),
            ("", "Lottie painted a picture of her brother. She said 'Alfie' to me today."),
        ],
    )
    f.fill(
        "asc",
        "2024-06-17",
        "2024-07-31",
        [("Provider update", "Brightpath Support: 4 hrs/wk support worker started with Kerry.")],
    )
    f.fill(
        "asc",
        "2024-08-12",
        "2024-10-31",
        [("Review", "6-week review of support plan by phone. Kerry happy with support worker.")],
    )
    f.fill(
        "asc",
        "2025-03-17",
        "2025-03-31",
        [
            (
                "Review",
                "Support plan review: hours reduced to 2 hrs/wk from April (panel decision); "
                "Kerry agreed, says her mum helps.",
            )
        ],
    )
    f.fill(
        "ld",
        "2024-03-14",
        "2025-03-31",
        [
            ("Home visit", "Annual health check prep. Easy-read health action plan updated."),
        ],
    )
    f.fill(
        "fh",
        "2025-01-23",
        "2025-05-09",
        [
            ("Home visit", "Family Plan review visit. Bedtime chart going well. Teeth discussed."),
        ],
    )
    f.fill(
        "dent",
        "2024-09-16",
        "2024-10-11",
        [("Examination", "3/12 recall - brought by mum. Caries 51, 61 progressing. Varnish.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Tregarth family, Brackenhythe. Mason Tregarth (b. 21/07/2012) lives with his
# mother Leanne Tregarth (b. 1987) at 7 Farrier's Yard, Brackenhythe BK9 4TW; Year 8 then Year 9
# at Cobbold Hill Academy; registered at Sedgefold Medical Practice. His father Shane Wedlock
# (b. 1984) is serving a sentence at HMP Crowmoor (prison number WX2287) and is released on
# licence in June 2025; his uncle Craig Wedlock (b. 1991) lives at Flat 12 Sowerby House,
# Brackenhythe BK3 1LN. Online-safety incidents at school, a Prevent referral, Channel panels,
# a counter-terrorism police visit, CAMHS, a youth worker, prison visits, a release on licence
# with conditions, a recall; the father's and the uncle's arrests on one morning.
# --------------------------------------------------------------------------------------------


def _tregarth() -> BlindCase:
    f = Family(
        "tregarth",
        1802,
        {
            "sch": Sheet(
                SCHOOL,
                "CobboldHill_Academy_safeguarding_log.xlsx",
                "Mason T",
                (("2024-01-01", "Ms R Amberley (DSL)"),),
                typed=False,
            ),
            "pol": Sheet(
                POLICE,
                "Brackenhythe_Police_Tregarth_Wedlock.xlsx",
                "Extract",
                (("2024-01-01", "DS 771 KELSO (CTP)"),),
            ),
            "prev": Sheet(
                PREVENT,
                "CTP_Prevent_Tregarth_case_log.xlsx",
                "Case log",
                (("2024-01-01", "PC 4519 Danby (Prevent officer)"),),
            ),
            "chan": Sheet(
                CHANNEL,
                "Brackenhythe_Channel_Panel_minutes_extract.xlsx",
                "MT",
                (("2024-01-01", "Channel chair (LA Prevent lead G Okonedo)"),),
            ),
            "csc": Sheet(
                CSC,
                "Brackenhythe_CSC_Mason_Tregarth.xlsx",
                "Chronology",
                (("2024-01-01", "MASH"), ("2025-02-11", "Callum Breck (SW)")),
            ),
            "camhs": Sheet(
                CAMHS,
                "Brackenhythe_CAMHS_MTregarth.xlsx",
                "Clinical contacts",
                (("2024-01-01", "Dr F Iqbal (clinical psychologist)"),),
            ),
            "youth": Sheet(
                YOUTH,
                "Foundry_Youth_Service_Mason.xlsx",
                "1-1 log",
                (("2024-01-01", "Dom Haworth (youth worker)"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Brackenhythe_PDU_SWedlock.xlsx",
                "Contact log",
                (("2024-01-01", "Priya Lakhani (POM/COM)"),),
            ),
            "prison": Sheet(
                PRISON,
                "HMP_Crowmoor_WX2287_Wedlock.xlsx",
                "OMU and security",
                (("2024-01-01", "HMP Crowmoor OMU"),),
            ),
            "gp": Sheet(
                GP,
                "Sedgefold_MP_Mason_Tregarth.docx",
                "Table 1",
                (("2024-01-01", "Dr H Venn"),),
            ),
            "fam": Sheet(
                FAMILIES_PROJECT,
                "OpenGate_Families_Project_Tregarth.xlsx",
                "Worker notes",
                (("2024-01-01", "Bev Stanway (family support worker)"),),
            ),
        },
    )

    f.occ(
        "2024-09-18",
        "filter-alert",
        R(
            "sch",
            "Mr Ilsley (Computing) brought me a filtering alert from period 3: Mason searched "
            "'great replacement proof' and 'is it legal to own a crossbow uk' on a school "
            "laptop. I spoke to Mason at break. He said it was 'just a meme thing' from a "
            "Discord server his cousin showed him. Logged as online safety. Category: Prevent / "
            "radicalisation (low).",
            "11:05",
        ),
    )
    f.occ(
        "2024-09-18",
        "school-rings-mum",
        R(
            "sch",
            "I rang Mum (Leanne) at 3.30pm to tell her about the search alert. She said Mason "
            "is on his Xbox 'all night' since his dad went back to prison after the summer "
            "visits. She will put parental controls on.",
            "15:30",
        ),
    )
    f.occ(
        "2024-10-02",
        "group-chat-meme",
        R(
            "sch",
            "A parent (Y8) sent Head of Year screenshots: Mason posted a meme with a swastika and "
            "a 'remigration' slogan in the Y8 group chat last night, and a clip of a speech. I "
            "spoke to Mason with HoY - he went quiet, then said 'everyone knows it's true'. "
            "Phones confiscated per policy. Parent informed.",
            "10:10",
        ),
        R(
            "sch",
            "A parent (Y8) sent Head of Year screenshots: Mason posted a meme with a swastika and "
            "a 'remigration' slogan in the Y8 group chat last night, and a clip of a speech. I "
            "spoke to Mason with HoY - he went quiet, then said 'everyone knows it's true'. "
            "Phone confiscated per policy. Parent informed.",
            "10:12",
        ),
    )
    f.occ(
        "2024-10-03",
        "prevent-referral",
        R(
            "sch",
            "I completed the Prevent national referral form for Mason (search alert 18/09, group "
            "chat meme 02/10, comments in Humanities) and emailed it to the regional Prevent team "
            "at 11.40. Mum told.",
            "11:40",
        ),
        R(
            "prev",
            "Prevent referral received by email 11:40 from DSL Cobbold Hill Academy. Subject: "
            "Mason TREGARTH, 12, 7 Farrier's Yard. Concerns: extreme right-wing memes and "
            "searches; father in custody. Ref PRV-24-1187 created; deconfliction request to CTP.",
            "11:52",
            "Referral received",
            ref="PRV-24-1187",
        ),
    )
    f.occ(
        "2024-10-03",
        "school-call-to-mash",
        R(
            "sch",
            "I also rang the front door (MASH) at 2.15pm to let them know about the Prevent "
            "referral and that Dad is in prison. They took details.",
            "14:15",
        ),
        R(
            "csc",
            "Contact (telephone) from Rachel Amberley, DSL Cobbold Hill Academy: Mason (12) has "
            "posted extremist memes; school made a Prevent referral this morning. Father Shane "
            "Wedlock in HMP Crowmoor. Mother aware and cooperative.",
            "14:17",
            "Contact",
            "For MASH screening",
            ref="CON-24-88213",
        ),
    )
    f.occ(
        "2024-10-04",
        "mash-decision",
        R(
            "csc",
            "MASH screening decision: no statutory social care role at present - Prevent "
            "pathway is the proportionate response; information shared with the Prevent team; "
            "CSC to attend Channel if the case is adopted. Mother informed by letter.",
            "15:40",
            "MASH decision",
            "NFA - Prevent pathway",
        ),
    )
    f.occ(
        "2024-10-10",
        "prevent-gateway",
        R(
            "prev",
            "Gateway assessment completed. Deconfliction: no live CT investigation on Mason. "
            "Vulnerability: isolation, father's absence, heavy online use, exposure via older "
            "relative. Ideology: extreme right-wing, some misogynist and school-attack content. "
            "Decision: refer to Channel panel.",
            "",
            "Gateway assessment",
            "Refer to Channel",
        ),
    )
    f.occ(
        "2024-10-15",
        "prevent-meets-dsl",
        R(
            "prev",
            "Met DSL Ms Amberley at Cobbold Hill Academy. Reviewed screenshots and filtering "
            "logs. School to share Mason's attendance and behaviour record for Channel.",
            "13:30",
            "Professional meeting",
        ),
        R(
            "sch",
            "PC Danby (Prevent officer) came in to see me. I showed him the screenshots and "
            "filtering log. He will visit Mum this week about Channel.",
            "13:30",
        ),
    )
    f.occ(
        "2024-10-17",
        "prevent-home-visit",
        R(
            "prev",
            "Home visit to Leanne Tregarth (Mason at school) to explain Channel and seek "
            "consent. Consent given. Leanne said Mason's uncle Craig 'fills his head with "
            "rubbish' and Mason visits Craig at weekends.",
            "10:00",
            "Home visit",
            "Consent given",
        ),
    )
    f.occ(
        "2024-10-24",
        "channel-panel-1",
        R(
            "chan",
            "Channel Panel - first discussion. Present: chair, Prevent officer, school DSL, CSC "
            "TM, CAMHS (apologies), Youth Service. Case adopted. Actions: ideological mentoring by "
            "intervention provider; weekly youth worker 1:1; GP to consider CAMHS referral; "
            "school online-safety plan.",
            "14:00",
            "Channel panel",
            "Adopted",
        ),
        R(
            "prev",
            "Channel panel: case adopted. IP request to Home Office submitted.",
            "14:00",
            "Channel",
        ),
        R(
            "sch",
            "I attended the Channel panel on Teams. Mason's case was adopted. I am to do a "
            "safety plan for his computer use in school.",
            "",
        ),
        R(
            "youth",
            "Channel panel - agreed weekly 1:1 with Mason at the Foundry.",
            "14:00",
            "Meeting",
        ),
        R(
            "csc",
            "Channel panel attended by TM. Case adopted; CSC not to open at this stage.",
            "14:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-11-05",
        "gp-consultation",
        R(
            "gp",
            "S: Mason attends with mum. Low mood, sleeping 3-4am (gaming), angry outbursts, "
            "stopped football. Mum worried about 'extreme stuff' online - Prevent involved. O: "
            "quiet, poor eye contact, denies self-harm or SI. A: low mood ?adjustment. P: sleep "
            "hygiene, refer CAMHS, Channel aware.",
            "16:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-11-05",
        "gp-referral-to-camhs",
        R(
            "gp",
            "Referral letter to Brackenhythe CAMHS (e-referral): low mood, sleep reversal, "
            "social isolation, online extremist content (Channel case).",
            "17:45",
            "Referral",
        ),
        R(
            "camhs",
            "Referral received from GP (Dr Venn) - 12 y/o M, low mood, online radicalisation "
            "concerns (open to Channel). Triage: routine, choice appt to be offered.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-12",
        "youth-first-session",
        R(
            "youth",
            "First 1:1 at the Foundry. Mason quiet at first, opened up about boxing and his dad. "
            "Said 'nobody sticks up for lads like us'. Agreed to come Tuesdays after school.",
            "16:00",
            "1:1 session",
        ),
    )
    f.occ(
        "2024-11-16",
        "prison-visit-1",
        R(
            "prison",
            "Social visit WX2287 WEDLOCK: visitors Leanne TREGARTH, Mason TREGARTH (12). "
            "14:00-15:45. Family support worker (Open Gate) present in visits hall. No "
            "incidents. Officer noted prisoner spoke quietly to son at length.",
            "14:00",
            "Social visit",
        ),
        R(
            "fam",
            "Met Leanne and Mason in the visitors' centre and sat in on their visit with Shane "
            "(2pm). Shane and Mason talked about 'standing up for yourself' and a book Shane is "
            "reading. Mason tearful at the end.",
            "14:00",
            "Prison visit",
        ),
    )
    f.occ(
        "2024-11-21",
        "channel-panel-2",
        R(
            "chan",
            "Channel Panel review. IP sessions to start December. Youth worker: 1 session, "
            "engaging. CAMHS: referral received, choice appt booked. Risk: moderate.",
            "14:00",
            "Channel panel",
            "Continue",
        ),
        R("prev", "Channel review - continue, IP allocated.", "14:00", "Channel"),
        R(
            "camhs",
            "Attended Channel panel (Teams) - confirmed referral and choice appointment date.",
            "14:00",
            "Liaison",
        ),
        R(
            "youth",
            "Channel review: fed back first 1:1.",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-12-03",
        "camhs-choice",
        R(
            "camhs",
            "Choice appointment (Mason + mum). Low mood, anger, poor sleep, online isolation. "
            "Some social communication difficulties reported by mum. Plan: partnership work x6 "
            "(CBT-informed); neurodevelopmental screening questionnaires to school.",
            "16:30",
            "Choice appointment",
        ),
    )
    f.occ(
        "2024-12-10",
        "shooting-video",
        R(
            "sch",
            "A Y8 pupil told me Mason showed a group a livestream of a mass shooting on his phone "
            "in the toilets at lunch. I spoke to Mason - he said 'it's just on the internet' and "
            "that the shooter 'had a point'. Phone taken, Mum to collect. Online safety + Prevent "
            "category.",
            "12:50",
        ),
    )
    f.occ(
        "2024-12-10",
        "school-calls-prevent",
        R(
            "sch",
            "I rang PC Danby (Prevent) at 1.30pm about the shooting video. He is going to check "
            "with CT colleagues and ring me back.",
            "13:30",
        ),
        R(
            "prev",
            "Call from DSL Cobbold Hill: Mason showed peers mass shooting video, expressed "
            "support for shooter. Advised to retain phone. To consult CTP and call back.",
            "13:32",
            "Telephone",
        ),
    )
    f.occ(
        "2024-12-10",
        "prevent-calls-school-back",
        R(
            "prev",
            "Called DSL back: CTP will do a joint visit to the home with Prevent next week; "
            "school to keep phone sealed for collection.",
            "16:20",
            "Telephone",
        ),
        R(
            "sch",
            "PC Danby rang me back at 4.20pm. Counter-terrorism police will visit the home with "
            "him next week. I have bagged the phone in the safe.",
            "16:20",
        ),
    )
    f.occ(
        "2024-12-17",
        "ct-joint-visit",
        R(
            "pol",
            "CTP VISIT TO 7 FARRIER'S YARD 16:30 - DS 771 KELSO WITH PC 4519 DANBY (PREVENT). "
            "MOTHER AND SUBJECT (MASON TREGARTH, 12) SEEN. DEVICES (XBOX, PHONE) VOLUNTARILY "
            "REVIEWED - EXTREME RIGHT WING IMAGERY, NO ATTACK PLANNING IDENTIFIED. ADVICE GIVEN. "
            "SUBJECT STATES MATERIAL SHARED BY UNCLE CRAIG WEDLOCK. INTEL SUBMITTED.",
            "16:30",
            "CT visit",
            ref="CTP-24-5530",
        ),
        R(
            "prev",
            "Joint home visit with DS Kelso (CTP). Phone and Xbox looked at with consent. No "
            "attack planning. Mason named his uncle as source of most material. Mum upset; "
            "agreed to stop weekend stays at Craig's.",
            "16:30",
            "Joint visit",
        ),
    )
    f.occ(
        "2025-01-14",
        "prison-monitored-call",
        R(
            "prison",
            "Security: PIN phone call WX2287 to Tregarth landline, 11 mins, monitored. Prisoner "
            "told son to 'read the books I told you about' and that Craig 'will sort you out with "
            "the stuff'. IR submitted.",
            "18:40",
            "Security - PIN call",
        ),
    )
    f.occ(
        "2025-01-15",
        "prison-intel-to-ctp",
        R(
            "prison",
            "Security department: intelligence report re PIN call 14/01 shared with regional "
            "CTP by secure email.",
            "10:15",
            "Intelligence shared",
        ),
        R(
            "pol",
            "INTEL RECEIVED FROM HMP CROWMOOR SECURITY (EMAIL) RE WEDLOCK PIN CALL TO SON 14/01. "
            "LINKED TO CTP-24-5530.",
            "10:40",
            "Intelligence",
        ),
    )
    f.occ(
        "2025-01-21",
        "camhs-session",
        R(
            "camhs",
            "Partnership session 2/6. Mason talked about feeling 'invisible'. Anger diary. "
            "Screening questionnaires returned by school - to be scored.",
            "16:30",
            "Treatment session",
        ),
    )
    f.occ(
        "2025-02-06",
        "channel-panel-3",
        R(
            "chan",
            "Channel Panel review. New information: prison intelligence about father's calls. "
            "Probation (father's POM) attended. IP sessions 3 done. Youth worker regular. "
            "Actions: Probation to consider contact conditions before release; CAMHS continue.",
            "14:00",
            "Channel panel",
            "Continue - risk raised",
        ),
        R("prev", "Channel panel - risk increased, continue.", "14:00", "Channel"),
        R("sch", "Channel meeting today - I went in person to the Civic Centre.", ""),
        R(
            "prob",
            "Attended Channel panel re Shane's son Mason. Shared sentence plan and CRD 03/06/25.",
            "",
            "Multi-agency meeting",
            shift="-1",
        ),
        R(
            "camhs",
            "Channel panel - attended, fed back engagement 2/6 sessions.",
            "14:00",
            "Liaison",
        ),
    )
    f.occ(
        "2025-02-10",
        "hit-list",
        R(
            "sch",
            "Mason's English teacher found a page at the back of his exercise book: a drawing of "
            "a gunman, the word 'Saint' and a list of 6 pupils' names headed 'first'. I "
            "separated Mason; he said it was 'a joke'.",
            "12:40",
        ),
    )
    f.occ(
        "2025-02-10",
        "school-calls-police",
        R(
            "sch",
            "I rang police at 1.05pm about the list. Also informed PC Danby and Mum.",
            "13:05",
        ),
        R(
            "pol",
            "LOG 0388 10/02/25 13:05. CALL FROM DSL COBBOLD HILL ACADEMY - Y8 PUPIL (MASON "
            "TREGARTH) FOUND WITH 'HIT LIST' OF 6 PUPILS + DRAWING OF GUNMAN. KNOWN TO PREVENT. "
            "UNITS DEPLOYED.",
            "13:05",
            "Threats - school",
            ref="LOG-0388-100225",
        ),
    )
    f.occ(
        "2025-02-10",
        "police-attend-school",
        R(
            "pol",
            "PC 1620 + PC 3391 ATT SCHOOL 14:20. SPOKE TO SUBJECT WITH MOTHER PRESENT. NO "
            "WEAPONS, NO ACCESS TO WEAPONS AT HOME (CHECKED). CT ADVISED. CSC TO BE INFORMED.",
            "14:20",
            "Attendance",
        ),
        R(
            "sch",
            "Two police officers came at 2.20pm and spoke to Mason with Mum in my office. They "
            "checked home - no weapons. Mason went home with Mum.",
            "14:20",
        ),
    )
    f.occ(
        "2025-02-11",
        "strategy-discussion",
        R(
            "csc",
            "Strategy discussion (Teams). Police, CTP/Prevent, school. 'Hit list' found "
            "yesterday, father's monitored calls encouraging material from uncle. Decision: "
            "Section 47 enquiry (single agency CSC with police info); Child and Family "
            "Assessment; safety plan at school.",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "pol",
            "STRAT DISCUSSION 10:00 - PC 1620 + DS KELSO (CTP). S47 AGREED. NO CRIME.",
            "10:00",
            "Strategy",
        ),
        R(
            "prev",
            "Strategy meeting - Prevent attended; extraordinary Channel tomorrow.",
            "10:00",
            "Strategy",
        ),
        R("sch", "Strat meeting this morning (Teams), I attended.", "10:30"),
    )
    f.occ(
        "2025-02-11",
        "suspension",
        R(
            "sch",
            "I wrote to Mum confirming Mason's 3 day suspension (11-13 Feb) for the list, with "
            "the reintegration meeting on 14 Feb.",
            "15:00",
        ),
    )
    f.occ(
        "2025-02-12",
        "channel-extraordinary",
        R(
            "chan",
            "Extraordinary Channel Panel following 'hit list'. Present: chair, Prevent, CSC "
            "(allocated SW), school, youth service. Risk: high. Actions: increase IP sessions to "
            "weekly; supervised device use only; S47 outcome to be shared.",
            "15:30",
            "Channel panel (extraordinary)",
            "Continue - high",
        ),
        R("prev", "Extraordinary Channel - high risk, IP weekly.", "15:30", "Channel"),
        R(
            "csc",
            "Attended extraordinary Channel panel. S47 visits under way.",
            "15:30",
            "Multi-agency meeting",
        ),
        R(
            "sch",
            "Extra Channel meeting at 3.30 - Mason is suspended, back Friday.",
            "",
        ),
        R(
            "youth",
            "Emergency Channel mtg - youth work increased to 2x weekly.",
            "16:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-11",
        "camhs-was-not-brought",
        R(
            "camhs",
            "Was not brought - session 5/6. Mum texted after: 'forgot'. Re-booked.",
            "16:30",
            "WNB",
        ),
    )
    f.occ(
        "2025-03-12",
        "camhs-letter-to-gp",
        R(
            "camhs",
            "Letter to GP: Mason not brought to appointment 11/03; seen 4 of 6 sessions; ASD "
            "screening suggests referral for assessment.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter from CAMHS - WNB 11/03, ASD assessment referral to follow. Filed, Dr Venn "
            "informed.",
            "",
            "Letter filed",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-15",
        "prison-visit-2",
        R(
            "prison",
            "Social visit WX2287: visitors L TREGARTH, M TREGARTH. 14:00-15:30. Family support "
            "worker present. Visit supervised at closer table following security IR.",
            "14:00",
            "Social visit",
        ),
        R(
            "fam",
            "Supported Leanne and Mason's visit to Shane at Crowmoor. Seated near officers this "
            "time. Shane asked Mason about 'the Telegram channel'; Leanne cut him off.",
            "14:00",
            "Prison visit",
        ),
    )
    f.occ(
        "2025-03-27",
        "cin-meeting-1",
        R(
            "csc",
            "Initial Child in Need meeting (S47 concluded - not substantiated for significant "
            "harm; CIN plan). Present: Leanne, Mason (part), SW, DSL, youth worker, CAMHS. Plan: "
            "device supervision, no contact with uncle Craig, CAMHS ASD referral, Channel "
            "continues.",
            "15:30",
            "CIN meeting",
            "CIN plan",
        ),
        R(
            "sch",
            "CIN meeting after school at Farrier's Yard. I am to keep the online safety plan "
            "going.",
            "15:30",
        ),
        R("youth", "CIN mtg - attended, Mason came for 10 mins.", "", "Meeting"),
        R(
            "camhs",
            "CIN meeting attended. Agreed ASD referral; Mason to finish partnership work.",
            "15:30",
            "Liaison",
            shift="+2",
        ),
    )
    f.occ(
        "2025-04-03",
        "channel-panel-4",
        R(
            "chan",
            "Channel Panel review. Risk reduced to moderate. Mason engaging with IP (6 sessions) "
            "and youth worker. Father's release due 03/06 - Probation to report on licence "
            "conditions.",
            "14:00",
            "Channel panel",
            "Continue - moderate",
        ),
        R("prev", "Channel review - moderate.", "14:00", "Channel"),
        R(
            "youth",
            "Channel - went through progress, boxing club now weekly.",
            "",
            "Meeting",
            shift="swap",
        ),
        R("sch", "Channel review on Teams, I reported no new incidents since February.", ""),
    )
    f.occ(
        "2025-04-24",
        "probation-email-csc",
        R(
            "prob",
            "Email to SW C Breck asking CSC's view on licence conditions re contact with Mason "
            "(proposed: contact only as approved by COM and CSC; no unsupervised contact).",
            "16:10",
            "Email",
        ),
        R(
            "csc",
            "Email received from Probation (P Lakhani) seeking views on father's licence "
            "conditions re contact with Mason.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-29",
        "pre-release-meeting",
        R(
            "prob",
            "Pre-release risk management meeting (video) with HMP Crowmoor OMU, CTP and CSC. "
            "Licence conditions agreed: reside at Approved Premises (Hollins House); no contact "
            "with Mason unless supervised and approved; no contact with Craig Wedlock; declare "
            "any internet-enabled device; curfew 21:00-07:00.",
            "10:00",
            "Pre-release meeting",
        ),
        R(
            "prison",
            "OMU: pre-release meeting by video link with COM, CTP and CSC. Licence conditions "
            "finalised. Release address AP confirmed.",
            "10:00",
            "Pre-release planning",
        ),
        R(
            "pol",
            "PRE-RELEASE MEETING (VIDEO) - DS KELSO. CTP REQUESTED NO CONTACT WITH CRAIG WEDLOCK "
            "CONDITION - AGREED.",
            "10:00",
            "Meeting",
        ),
        R(
            "csc",
            "Pre-release meeting by video for Shane Wedlock. CSC asked for supervised contact "
            "only.",
            "",
            "Multi-agency meeting",
            shift="month",
        ),
    )
    f.occ(
        "2025-06-03",
        "release-on-licence",
        R(
            "prison",
            "WX2287 WEDLOCK released on licence (CRD) 08:45. Escorted to Approved Premises, "
            "Hollins House, Brackenhythe. SLED 14/11/2027.",
            "08:45",
            "Release",
        ),
        R(
            "prob",
            "Shane released from HMP Crowmoor on licence this morning (08:45), arrived at "
            "Hollins House AP 11:30. Licence copy held.",
            "11:45",
            "Release on licence",
        ),
        R(
            "pol",
            "OFFENDER MANAGEMENT: SHANE WEDLOCK RELEASED HMP CROWMOOR 03/06/25 ON LICENCE TO "
            "HOLLINS HOUSE AP. CT MARKER. CONDITIONS ON PNC.",
            "",
            "Release notification",
        ),
    )
    f.occ(
        "2025-06-03",
        "probation-induction",
        R(
            "prob",
            "Induction appointment at Brackenhythe probation office 14:00. Licence conditions "
            "read and explained, signed. Shane asked when he can see Mason - told only via "
            "supervised contact agreed with CSC.",
            "14:00",
            "Induction",
        ),
    )
    f.occ(
        "2025-06-05",
        "channel-panel-5",
        R(
            "chan",
            "Channel Panel review. Father released 03/06 under licence with no-contact with "
            "uncle; supervised contact with Mason only. Mason: no incidents since Feb. Risk "
            "moderate.",
            "14:00",
            "Channel panel",
            "Continue",
        ),
        R("prev", "Channel review - father released, conditions noted.", "14:00", "Channel"),
        R(
            "prob",
            "Attended Channel for Mason - shared licence conditions.",
            "14:00",
            "Multi-agency meeting",
        ),
        R("sch", "Channel - I said Mason is doing better in lessons.", ""),
        R(
            "camhs",
            "Channel panel attended - ASD assessment waiting list 9 months.",
            "14:00",
            "Liaison",
        ),
    )
    f.occ(
        "2025-06-21",
        "supervised-contact",
        R(
            "csc",
            "Supervised contact between Mason and his father at Brackenhythe Family Centre "
            "(10:00-11:30), supervised by family support worker. Warm; father kept to agreed "
            "topics. Mason asked to see him again.",
            "10:00",
            "Contact session",
        ),
    )
    f.occ(
        "2025-07-08",
        "gaming-server-adult",
        R(
            "sch",
            "Mason told his tutor that a man called 'Wolfsangel88' on a gaming server asked for "
            "his Snapchat and said 'your dad's a legend'. I looked with Mason - server with "
            "extreme right wing symbols. Screenshotted.",
            "09:25",
        ),
    )
    f.occ(
        "2025-07-08",
        "school-email-sw",
        R(
            "sch",
            "I emailed Callum Breck (SW) and PC Danby with the screenshots from this morning.",
            "11:10",
        ),
        R(
            "csc",
            "Email from DSL with screenshots: unknown adult on gaming server contacted Mason, "
            "references father. Forwarded to police and Prevent.",
            "11:25",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-09-15",
        "recall-requested",
        R(
            "prob",
            "Recall (standard) requested from PPCS: CTP intelligence that Shane has an "
            "undeclared smartphone and has contacted Mason through a gaming app, and has been in "
            "contact with Craig Wedlock. Recall authorised 17:30.",
            "17:30",
            "Recall",
        ),
    )
    f.occ(
        "2025-09-16",
        "arrest-father-recall",
        R(
            "pol",
            "06:10 SHANE WEDLOCK ARRESTED AT HOLLINS HOUSE AP - RECALL TO PRISON (LICENCE). "
            "UNDECLARED PHONE SEIZED. CTP PRESENT.",
            "06:10",
            "Arrest - recall",
            ref="CUS-25-40917",
        ),
        R(
            "prob",
            "Shane arrested at 06:10 today at Hollins House on recall; phone seized.",
            "08:30",
            "Recall - arrest",
        ),
    )
    f.occ(
        "2025-09-16",
        "arrest-uncle",
        R(
            "pol",
            "06:15 CRAIG WEDLOCK (34) ARRESTED AT FLAT 12 SOWERBY HOUSE ON SUSPICION OF S58 "
            "TERRORISM ACT 2000 (COLLECTION OF INFORMATION) + S2 TA 2006. SEARCH WARRANT "
            "EXECUTED, DEVICES SEIZED.",
            "06:15",
            "Arrest - TACT",
            ref="CUS-25-40918",
        ),
        R(
            "prev",
            "CTP colleagues arrested Mason's uncle Craig Wedlock at 06:15 this morning at his "
            "flat (s58 TA 2000). Mason not present.",
            "09:00",
            "Arrest - family member",
        ),
    )
    f.occ(
        "2025-09-16",
        "police-inform-csc",
        R(
            "pol",
            "09:40 CSC FRONT DOOR INFORMED BY DS KELSO OF RECALL AND TACT ARREST.",
            "09:40",
            "Information sharing",
        ),
        R(
            "csc",
            "Telephone call from DS Kelso (CTP) this morning: Mason's father recalled and "
            "uncle arrested under terrorism legislation. Mason at school, mother informed.",
            "09:40",
            "Police information",
        ),
    )
    f.occ(
        "2025-09-16",
        "reception-into-prison",
        R(
            "prison",
            "WX2287 WEDLOCK received into HMP Crowmoor on recall 14:30. Cell sharing risk "
            "assessment completed.",
            "14:30",
            "Reception",
        ),
    )
    f.occ(
        "2025-09-17",
        "strategy-discussion-2",
        R(
            "csc",
            "Strategy discussion: father recalled, uncle arrested (TACT). Mason had contact "
            "with father via gaming app. Decision: no S47 - CIN plan strengthened; Channel "
            "tomorrow; school safety plan refreshed.",
            "11:00",
            "Strategy discussion",
            "No S47 - CIN",
        ),
        R("pol", "STRATEGY 11:00 DS KELSO. INFORMATION SHARED. NO S47.", "11:00", "Strategy"),
        R("prev", "Strat meeting - Prevent attended.", "11:00", "Strategy"),
        R("sch", "Strategy meeting on Teams at 11.", "11:00"),
    )
    f.occ(
        "2025-09-18",
        "channel-panel-6",
        R(
            "chan",
            "Channel Panel review following father's recall and uncle's arrest. Mason upset, "
            "blames 'the system'. Risk: moderate-high. IP to continue weekly; youth worker 2x "
            "weekly.",
            "14:00",
            "Channel panel",
            "Continue",
        ),
        R("prev", "Channel - reviewed after arrests.", "14:00", "Channel"),
        R("sch", "Channel today - I reported Mason has been angry in class since Tuesday.", ""),
        R("youth", "Channel panel - continue 2x weekly.", "14:00", "Meeting"),
    )
    f.occ(
        "2025-10-09",
        "cin-review",
        R(
            "csc",
            "CIN review. Mason settling; attendance 94%; no online incidents since July. Plan "
            "continues until Channel exit.",
            "15:30",
            "CIN review",
        ),
        R("sch", "CIN review at home - all OK from school.", "15:30"),
        R("youth", "CIN review.", "", "Meeting"),
        R("camhs", "CIN review attended. ASD assessment date given (Jan).", "15:30", "Liaison"),
    )
    f.occ(
        "2025-11-13",
        "channel-panel-7",
        R(
            "chan",
            "Channel Panel review. Risk reduced to low. IP 20 sessions. Plan: exit review in "
            "January if no further concerns; 6 and 12 month reviews after exit.",
            "14:00",
            "Channel panel",
            "Continue - low",
        ),
        R("prev", "Channel - low, exit review Jan.", "14:00", "Channel"),
        R("sch", "Channel review - I went in person.", ""),
    )

    # Routine single entries around the scripted occurrences.
    f.fill(
        "youth",
        "2024-11-13",
        "2025-11-10",
        [
            ("1:1 session", "1:1 at the Foundry - boxing, talked about respect. Good session."),
            ("1:1 session", "1:1 - watched a debunking video together, Mason argued but listened."),
            ("1:1 session", "1:1 - did not attend, text to mum."),
            ("1:1 session", "1:1 - cooking session, Mason talked about Dad's release."),
        ],
    )
    f.fill(
        "fam",
        "2024-11-18",
        "2025-05-30",
        [
            ("Telephone", "Check-in call with Leanne - money worries, food bank voucher given."),
            ("Telephone", "Call with Leanne - visiting order for March arranged."),
        ],
    )
    f.fill(
        "prob",
        "2025-06-09",
        "2025-09-12",
        [
            ("Supervision", "Supervision at probation office. Compliant, AP curfew kept."),
            ("Supervision", "Supervision - job search; denies any online contact with Craig."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-16",
        "2025-11-14",
        [("Consultation", "S: Mason - sprained wrist at boxing. O: no bony tenderness. P: RICE.")],
    )
    f.fill(
        "camhs",
        "2024-12-04",
        "2025-03-07",
        [("Treatment session", "Partnership session - sleep plan reviewed, gaming curfew agreed.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Sallow twins, Oxlade. Ivy and Reuben Sallow (b. 09/03/2017) have lived since 2021
# under a special guardianship order with their maternal grandfather Graham Sallow (b. 1951)
# and his wife, their step-grandmother Bernadette "Bernie" Sallow (b. 1963), a registered
# childminder (Ofsted URN EY9183027), at 4 Lantern Lane, Oxlade QV3 8PJ. Year 3 then Year 4 at
# Oxlade CofE Primary; registered at Tithebarn Medical Practice. Their mother Kayleigh Sallow
# (b. 1994) lives at Flat 2, 18 Mallow Street, Wexcombe QV1 6HS. Graham's Alzheimer's disease is
# diagnosed; Ivy alleges that Bernie shut her in a cupboard, which the LADO manages because
# Bernie is a childminder; Ofsted suspends her registration; Kayleigh applies to discharge the
# special guardianship order and a children's guardian is appointed; court reviews.
# --------------------------------------------------------------------------------------------


def _sallow() -> BlindCase:
    f = Family(
        "sallow",
        1803,
        {
            "sch": Sheet(
                SCHOOL,
                "OxladeCofE_Primary_CPOMS_Sallow.xlsx",
                "Ivy and Reuben",
                (("2024-01-01", "Mrs J Pettifer (Head/DSL)"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Wexcombe_CSC_Kinship_Sallow_twins.xlsx",
                "Chronology",
                (("2024-01-01", "Daniel Ashby (Kinship SW)"),),
            ),
            "lado": Sheet(
                LADO,
                "Wexcombe_LADO_BSallow.xlsx",
                "LADO record",
                (("2024-01-01", "Hannah Fairclough (LADO)"),),
            ),
            "ofsted": Sheet(
                OFSTED,
                "Ofsted_EY9183027_regulatory.xlsx",
                "Regulatory log",
                (("2024-01-01", "Regulatory inspector M Dale"),),
            ),
            "pol": Sheet(
                POLICE,
                "WexcombeConstabulary_Sallow.xlsx",
                "PVP extract",
                (("2024-01-01", "DC 2245 ROYLE (CAIU)"),),
            ),
            "gp": Sheet(
                GP,
                "Tithebarn_MP_Sallow_household.docx",
                "Table 1",
                (("2024-01-01", "Dr A Raines"),),
            ),
            "mem": Sheet(
                MEMORY,
                "Wexcombe_MAS_GSallow.xlsx",
                "Clinic notes",
                (("2024-01-01", "Dr O Mensah / CPN E Lusk"),),
            ),
            "asc": Sheet(
                ASC,
                "Wexcombe_ASC_Sallow_carers.xlsx",
                "Case notes",
                (("2024-01-01", "Lorna Quigley (carers assessor)"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_Sallow_children's_guardian.xlsx",
                "Case log",
                (("2024-01-01", "Yvonne Achterberg (Children's Guardian)"),),
            ),
            "legal": Sheet(
                LEGAL,
                "WexcombeLegal_Sallow_SGO_discharge.xlsx",
                "Court log",
                (("2024-01-01", "Imran Bhatti (solicitor)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "SchoolNursing_Oxlade_Sallow.xlsx",
                "Contacts",
                (("2024-01-01", "Claire Rudd SN"),),
            ),
        },
    )

    f.occ(
        "2024-11-06",
        "gp-memory-consultation",
        R(
            "gp",
            "S: Graham attends with wife Bernie. 12/12 forgetting names, repeating questions, got "
            "lost driving to Wexcombe. Special guardian to twins (8 and 7? - Bernie corrected, "
            "both 7). O: 6CIT 14/28. Bloods sent. A: ?cognitive impairment. P: refer memory "
            "service, bloods, review.",
            "10:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-11-06",
        "gp-referral-memory",
        R(
            "gp",
            "Referral to Wexcombe Memory Assessment Service (e-RS): 73M, progressive short-term "
            "memory loss, 6CIT 14. Lives with wife, special guardians of grandchildren.",
            "16:45",
            "Referral",
        ),
        R(
            "mem",
            "Referral received from Dr Raines (Tithebarn MP) - Graham SALLOW 73, ?dementia. "
            "Routine. Pre-assessment call to be booked.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-20",
        "sgo-support-review-visit",
        R(
            "csc",
            "SGO support annual review visit to 4 Lantern Lane. Seen Graham, Bernie, Ivy and "
            "Reuben (after school). Twins settled and doing well at school. Bernie mentioned "
            "Graham's memory and a GP referral. Bernie continues childminding (3 children, "
            "weekdays). Contact with Kayleigh monthly, supervised by Bernie. Support plan: no "
            "changes.",
            "15:45",
            "SGO review visit",
        ),
        R(
            "csc",
            "SGO support annual review visit to 4 Lantern Lane. Seen Graham, Bernie, Ivy and "
            "Reuben (after school). Twins settled and doing well at school. Bernie mentioned "
            "Graham's memory and a GP referral. Bernie continues childminding (3 children, "
            "weekdays). Contact with Kayleigh monthly, supervised by Bernie. Support plan - no "
            "changes.",
            "15:45",
            "SGO review visit",
        ),
    )
    f.occ(
        "2025-01-15",
        "late-collection-1",
        R(
            "sch",
            "Ivy - not collected at 3.15. Grandad arrived 4.05, said he 'thought it was a half "
            "day'. Ivy waited in the office with Mrs Cole.",
            "16:05",
        ),
        R(
            "sch",
            "Reuben - not collected at 3.15. Grandad arrived 4.05, said he thought it was a half "
            "day. Reuben waited in the office with his sister.",
            "16:05",
        ),
    )
    f.occ(
        "2025-01-16",
        "late-collection-2",
        R(
            "sch",
            "Ivy - Grandad came at 1.30pm to collect the twins for 'the dentist'. No appointment "
            "on our records; Nana Bernie on the phone said there was no dentist. Ivy stayed in "
            "school; Nana collected at 3.15.",
            "13:30",
        ),
        R(
            "sch",
            "Reuben - Grandad came at 1.30pm to collect for 'the dentist', Nana said there was no "
            "appointment. Reuben stayed in class, Nana collected 3.15.",
            "13:35",
        ),
    )
    f.occ(
        "2025-01-17",
        "school-rings-bernie",
        R(
            "sch",
            "I rang Nana Bernie at 9am about the last two days. She said Graham is waiting for a "
            "memory clinic appointment and she will do all the school runs from now on.",
            "09:00",
        ),
    )
    f.occ(
        "2025-01-17",
        "school-rings-kinship-sw",
        R(
            "sch",
            "I rang Daniel Ashby (kinship social worker) at 11.30 to let him know about the "
            "collections and Grandad's memory.",
            "11:30",
        ),
        R(
            "csc",
            "Telephone call from Mrs Pettifer (Head/DSL, Oxlade CofE Primary): Graham failed to "
            "collect the twins on 15/01 and tried to take them out for a non-existent dentist "
            "appointment on 16/01. Bernie now doing all school runs. SW to visit.",
            "11:32",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-04",
        "memory-assessment",
        R(
            "mem",
            "Assessment clinic (Graham with Bernie). ACE-III 71/100 (memory, fluency "
            "impaired). Bernie: he forgets to lock the door, left gas on x1, drives still. "
            "Bloods normal. CT head requested.",
            "10:00",
            "Assessment",
        ),
    )
    f.occ(
        "2025-03-04",
        "memory-diagnosis",
        R(
            "mem",
            "Diagnosis appointment: Alzheimer's disease, mild stage (CT: generalised and medial "
            "temporal atrophy). Donepezil 5mg started. Driving: must inform DVLA. Carers' "
            "assessment for Bernie recommended. Graham tearful.",
            "11:00",
            "Diagnosis",
        ),
    )
    f.occ(
        "2025-03-05",
        "memory-letter-gp",
        R(
            "mem",
            "Clinic letter to GP: diagnosis of Alzheimer's disease (mild). Donepezil 5mg, "
            "increase to 10mg after 4/52 if tolerated. DVLA advice given.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter filed: Memory Assessment Service - dx Alzheimer's disease. Donepezil added "
            "to repeats. Dementia register.",
            "",
            "Letter filed",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-13",
        "kinship-visit",
        R(
            "csc",
            "Home visit following Graham's diagnosis. Bernie says she is managing the twins, "
            "Graham and her childminding but 'it's a lot'. Twins seen - Reuben worried Grandad "
            "will 'forget who we are'. Discussed carers' assessment and SGO support plan review.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2025-03-13",
        "csc-referral-asc",
        R(
            "csc",
            "Referral emailed to Adult Social Care (Wexcombe Connect) for a carer's assessment "
            "for Bernadette Sallow and a needs assessment for Graham.",
            "17:10",
            "Referral",
        ),
        R(
            "asc",
            "Referral from Kinship SW D Ashby: carer's assessment for Mrs B Sallow (caring for "
            "husband with Alzheimer's and twin grandchildren under SGO).",
            "",
            "Referral received",
            shift="+2",
        ),
    )
    f.occ(
        "2025-03-25",
        "sn-ivy",
        R(
            "sn",
            "Ivy seen in school (drop-in, referred by Nana): daytime wetting since January. "
            "Urine dip NAD. Advice on fluids, toileting plan with class teacher. Review 6/52.",
            "10:00",
            "School contact",
        ),
    )
    f.occ(
        "2025-03-25",
        "sn-reuben",
        R(
            "sn",
            "Reuben seen in school (drop-in): nightmares, worries about Grandad. Sleep hygiene "
            "advice, worry box. Consider school ELSA.",
            "10:20",
            "School contact",
        ),
    )
    f.occ(
        "2025-04-01",
        "carers-assessment",
        R(
            "asc",
            "Carer's assessment (home visit) with Bernie Sallow. Caring for Graham (Alzheimer's) "
            "and twins (8). Works as childminder 8-6 weekdays. Outcome: eligible - carer's "
            "personal budget for respite; Graham day opportunities 1 day/week to be explored.",
            "10:30",
            "Carer's assessment",
            "Eligible",
        ),
    )
    # The allegation, Tuesday 13 May 2025.
    f.occ(
        "2025-05-13",
        "ivy-disclosure",
        R(
            "sch",
            "Ivy came to me at morning break holding her arm. She said 'Nana Bernie grabbed me "
            "and pushed me in the cupboard under the stairs and shut the door and I was in there "
            "for ages' last night because she spilt juice on the mindees' mat. I saw 4 small "
            "round bruises on her upper left arm. I did not ask leading questions; I wrote down "
            "her words. Body map done.",
            "10:40",
        ),
    )
    f.occ(
        "2025-05-13",
        "school-call-front-door",
        R(
            "sch",
            "I rang the front door at 10.55 and gave Ivy's words and the body map.",
            "10:55",
        ),
        R(
            "csc",
            "Contact from Oxlade CofE Primary (Mrs Pettifer, DSL) by telephone: Ivy (8), subject "
            "of SGO to grandparents, disclosed step-grandmother Bernie grabbed her and shut her in "
            "the under-stairs cupboard last night; fingertip-type bruising left upper arm. Bernie "
            "is a registered childminder.",
            "10:58",
            "Contact",
            "To MASH - urgent",
            ref="CON-25-20417",
        ),
    )
    f.occ(
        "2025-05-13",
        "school-call-lado",
        R(
            "sch",
            "I rang the LADO (Hannah Fairclough) at 11.20 because Bernie is a childminder.",
            "11:20",
        ),
        R(
            "lado",
            "Initial consultation (telephone) from DSL Oxlade CofE Primary: allegation by Ivy "
            "Sallow (8) that Bernadette Sallow, registered childminder, grabbed her and shut her "
            "in a cupboard. Meets LADO threshold (harm to a child; suitability to work with "
            "children). Referral to CSC already made by school.",
            "11:20",
            "Initial consultation",
            "Threshold met",
            ref="LADO-25-0312",
        ),
    )
    f.occ(
        "2025-05-13",
        "mash-decision",
        R(
            "csc",
            "MASH decision (TM): threshold for strategy discussion met - physical abuse "
            "allegation against carer under SGO; LADO aware. Strategy discussion this afternoon.",
            "12:10",
            "MASH decision",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2025-05-13",
        "strategy-discussion",
        R(
            "csc",
            "Strategy discussion (Teams). Police CAIU, LADO, school DSL, Kinship SW. Agreed: "
            "joint S47 investigation; ABE interview for Ivy; CP medical; Bernie to be asked to "
            "leave the home pending enquiries; LADO to notify Ofsted; Graham to be supported "
            "with care of the twins.",
            "15:30",
            "Strategy discussion",
            "Joint S47",
        ),
        R(
            "pol",
            "STRAT 15:30 - DC ROYLE. JOINT S47. ABE TO BE ARRANGED. SUSPECT BERNADETTE SALLOW "
            "(62) - VOLUNTARY INTERVIEW.",
            "15:30",
            "Strategy",
        ),
        R(
            "lado",
            "Strategy meeting (S47) - LADO attended; allegation management meeting to be "
            "convened separately re employment as childminder.",
            "15:30",
            "Strategy meeting",
        ),
        R("sch", "Strategy meeting at 3.30, I gave what Ivy said.", "16:15"),
    )
    f.occ(
        "2025-05-14",
        "joint-home-visit",
        R(
            "csc",
            "Joint visit with DC Royle to 4 Lantern Lane. Graham and Bernie seen. Bernie denied "
            "shutting Ivy in, said she 'held her arm to stop her running into the road' on the "
            "school run. Bernie agreed to stay with her sister while enquiries continue. Safety "
            "plan signed; daily support from Kayleigh's aunt? - no, from Graham's niece Tina "
            "Sallow.",
            "10:00",
            "Joint visit",
        ),
        R(
            "pol",
            "JOINT VISIT WITH CSC (D ASHBY) TO 4 LANTERN LANE 10:00. SUSPECT SPOKEN TO (NOT "
            "UNDER CAUTION) - WILL ATTEND VOL INTERVIEW. AGREED TO LEAVE ADDRESS.",
            "10:00",
            "Visit",
        ),
    )
    f.occ(
        "2025-05-14",
        "bernie-moves-out",
        R(
            "csc",
            "Bernie moved out this evening to her sister Maureen Dyce at 31 Corn Street, Oxlade, "
            "pending the investigation. Graham caring for the twins with his niece Tina staying.",
            "19:00",
            "Household change",
        ),
        R(
            "lado",
            "Subject (B Sallow) moved out of the family home 14/05 to her sister's, 31 Corn "
            "Street. No childminding taking place.",
            "",
            "Update",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-14",
        "lado-notifies-ofsted",
        R(
            "lado",
            "Notification to Ofsted (Applications, Regulatory and Contact) by email and phone: "
            "allegation against registered childminder B Sallow EY9183027.",
            "12:30",
            "Notification",
        ),
        R(
            "ofsted",
            "Notification received from LADO Wexcombe (H Fairclough): allegation of physical harm "
            "to a child (grandchild) against registered childminder EY9183027. Case to "
            "regulatory inspector.",
            "12:45",
            "Notification received",
        ),
    )
    f.occ(
        "2025-05-15",
        "bernie-notifies-ofsted",
        R(
            "ofsted",
            "Notification from registered person (Mrs Bernadette Sallow) via online form: "
            "allegation made by her step-granddaughter, police and LADO involved, she has "
            "stopped minding. Notification as required by EYFS.",
            "09:05",
            "Notification from provider",
        ),
    )
    f.occ(
        "2025-05-15",
        "abe-interview",
        R(
            "pol",
            "ABE INTERVIEW - IVY SALLOW (8) AT OXLADE VRI SUITE 10:00. DC ROYLE + SW ASHBY. "
            "ACCOUNT CONSISTENT WITH FIRST DISCLOSURE.",
            "10:00",
            "ABE interview",
        ),
        R(
            "csc",
            "Joint ABE interview of Ivy at Oxlade interview suite (SW and DC Royle). Ivy gave a "
            "clear account. CP medical earlier: bruising consistent with a grip, timing "
            "uncertain.",
            "10:00",
            "ABE interview",
        ),
    )
    f.occ(
        "2025-05-16",
        "ofsted-suspension",
        R(
            "ofsted",
            "Decision: registration EY9183027 suspended for 6 weeks (reg 10, Childcare "
            "(Early Years Register) Regs) to allow investigation. Notice of suspension issued to "
            "provider by email and post.",
            "14:00",
            "Suspension",
            "Suspended 6 weeks",
        ),
        R(
            "lado",
            "Ofsted (M Dale) confirmed Bernie's childminding registration is suspended from today "
            "for 6 weeks.",
            "15:10",
            "Update",
        ),
    )
    f.occ(
        "2025-05-20",
        "allegation-management-meeting",
        R(
            "lado",
            "Allegation management meeting (1). Present: LADO, police, CSC, Ofsted. Police "
            "investigation ongoing (vol interview 28/05). S47 ongoing. Suspension in place. "
            "Parents of mindees informed by Ofsted? - no, by Bernie. Review in 6 weeks.",
            "10:00",
            "AMM",
        ),
        R(
            "pol",
            "LADO MEETING 10:00 - DC ROYLE ATTENDED. UPDATE GIVEN.",
            "10:00",
            "Meeting",
        ),
        R(
            "csc",
            "LADO allegation management meeting - SW attended, S47 update.",
            "",
            "Multi-agency meeting",
            shift="-1",
        ),
        R(
            "ofsted",
            "Attended LADO AMM (Teams). Suspension confirmed; Ofsted to consider enforcement at "
            "end of investigation.",
            "10:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-05-21",
        "asc-emergency-support",
        R(
            "asc",
            "Contact from Kinship SW: Bernie out of the home, Graham (Alzheimer's) now main "
            "carer for the twins. Emergency carer support: sitting service 3 evenings a week "
            "arranged via Crossroads-type provider (Oxlade Carers Link).",
            "11:40",
            "Urgent support",
        ),
    )
    f.occ(
        "2025-05-22",
        "joint-visit-csc-asc",
        R(
            "csc",
            "Joint visit with Lorna Quigley (ASC) to Graham. He was confused about why Bernie "
            "had gone. Niece Tina doing mornings. Twins' routines kept. ASC needs assessment for "
            "Graham started.",
            "14:00",
            "Joint visit",
        ),
        R(
            "asc",
            "Joint home visit with Kinship SW to Graham Sallow - needs assessment begun; "
            "sitting service confirmed.",
            "14:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2025-05-28",
        "voluntary-interview",
        R(
            "pol",
            "VOLUNTARY INTERVIEW UNDER CAUTION - BERNADETTE SALLOW, OXLADE POLICE STATION 11:00, "
            "WITH SOLICITOR. DENIES SHUTTING CHILD IN CUPBOARD; ACCEPTS GRABBING ARM AT ROADSIDE.",
            "11:00",
            "Interview",
        ),
    )
    f.occ(
        "2025-06-09",
        "legal-email-application",
        R(
            "legal",
            "Email to SW D Ashby: court has issued birth mother Kayleigh Sallow's application "
            "(s14D CA 1989) to discharge the SGO; LA served today; FHDRA listed 15/07/25 at the "
            "Family Court at Wexcombe. LA to file safeguarding information.",
            "15:20",
            "Email",
        ),
        R(
            "csc",
            "Email from Legal (I Bhatti): Kayleigh has applied to discharge the special "
            "guardianship order; first hearing 15/07.",
            "15:40",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-06-24",
        "police-nfa",
        R(
            "pol",
            "CPS NOT CONSULTED - EVIDENTIAL TEST NOT MET. NFA BERNADETTE SALLOW. OIC DC ROYLE. "
            "OUTCOME 15.",
            "16:00",
            "NFA",
        ),
    )
    f.occ(
        "2025-06-25",
        "lado-told-nfa",
        R(
            "lado",
            "Email from DC Royle: police have taken no further action against Bernadette "
            "Sallow (decision yesterday). LADO outcome meeting to be arranged.",
            "09:20",
            "Police update",
        ),
    )
    f.occ(
        "2025-07-08",
        "lado-outcome-meeting",
        R(
            "lado",
            "Allegation management meeting (2) - outcome. Police NFA; S47 concluded (Ivy's "
            "account credible but context disputed). Outcome: UNSUBSTANTIATED. Ofsted to decide "
            "on registration. Safety plan for Bernie's return agreed with CSC.",
            "10:00",
            "AMM outcome",
            "Unsubstantiated",
        ),
        R(
            "ofsted",
            "LADO outcome meeting: unsubstantiated. Ofsted to lift suspension subject to "
            "conditions (training in behaviour management).",
            "10:00",
            "Multi-agency meeting",
        ),
        R("pol", "LADO OUTCOME MTG - NFA CONFIRMED.", "", "Meeting"),
        R(
            "csc",
            "LADO outcome meeting - unsubstantiated. CSC to support Bernie's return with a "
            "written safety plan and SGO support plan review.",
            "10:00",
            "Multi-agency meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-07-09",
        "cafcass-safeguarding-letter",
        R(
            "cafcass",
            "Safeguarding letter filed with the court for FHDRA 15/07: police and LA checks "
            "(LADO outcome unsubstantiated; SGO support; mother's drug history). Recommends "
            "r16.4 appointment of a children's guardian.",
            "",
            "Safeguarding letter",
        ),
        R(
            "legal",
            "Cafcass safeguarding letter received (filed today) - recommends children's guardian.",
            "",
            "Court papers received",
        ),
    )
    f.occ(
        "2025-07-10",
        "ofsted-lifts-suspension",
        R(
            "ofsted",
            "Suspension lifted for EY9183027 with effect from today. Conditions imposed: "
            "behaviour management training within 3 months. Provider informed.",
            "11:30",
            "Suspension lifted",
        ),
    )
    f.occ(
        "2025-07-11",
        "bernie-returns",
        R(
            "csc",
            "Bernie returned to 4 Lantern Lane today under the written safety plan (no physical "
            "chastisement, time-out on the landing not in the cupboard, Graham's niece to visit "
            "daily). Twins happy to see her.",
            "17:00",
            "Household change",
        ),
    )
    f.occ(
        "2025-07-15",
        "fhdra",
        R(
            "legal",
            "FHDRA at Family Court at Wexcombe (DJ Carver). Twins joined as parties; children's "
            "guardian appointed (r16.4); LA s7 report directed by 06/10; review hearing listed "
            "14/10/25. Interim: SGO continues.",
            "10:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "First hearing (FHDRA) - children's guardian appointed under r16.4 for Ivy and "
            "Reuben; allocated to Y Achterberg. Next hearing 14/10.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Court (FHDRA): s7 report ordered; guardian appointed.",
            "",
            "Court hearing",
        ),
    )
    f.occ(
        "2025-07-21",
        "guardian-home-visit",
        R(
            "cafcass",
            "Home visit to special guardians Graham and Bernie at Lantern Lane (twins at holiday "
            "club). Graham repeated himself several times; Bernie tired but committed.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-07-21",
        "kinship-visit-same-day",
        R(
            "csc",
            "Home visit (SGO support): safety plan reviewed with Bernie and Graham; twins seen "
            "after holiday club. Respite weekend booked.",
            "16:30",
            "Home visit",
        ),
    )
    f.occ(
        "2025-08-09",
        "graham-lost-driving",
        R(
            "pol",
            "INC 2291 09/08/25. CONCERN FOR WELFARE: ELDERLY MALE DRIVING ERRATICALLY ON A4081 "
            "WITH TWO CHILDREN IN CAR. LOCATED 14:50 AT WOLSTON SERVICES - GRAHAM SALLOW (74), "
            "CONFUSED, DID NOT KNOW WHERE HE WAS GOING. CHILDREN IVY + REUBEN (8) SAFE. WIFE "
            "COLLECTED. KEYS TAKEN BY WIFE. PPN SUBMITTED. DVLA NOTIFICATION.",
            "14:10",
            "Concern for welfare",
            ref="INC-250809-2291",
        ),
    )
    f.occ(
        "2025-08-11",
        "ppn-received",
        R(
            "csc",
            "Police notification received: Saturday 09/08 Graham was found confused at services "
            "after driving the twins without Bernie's knowledge. Passed to Kinship SW.",
            "09:20",
            "Police notification",
        ),
    )
    f.occ(
        "2025-08-12",
        "gp-driving",
        R(
            "gp",
            "S: Graham with Bernie after police incident 09/08. O: orientated to person only. "
            "A: Alzheimer's progressing. P: advised must not drive - DVLA form; car keys with "
            "Bernie; bring forward memory clinic r/v.",
            "11:10",
            "Consultation",
        ),
    )
    f.occ(
        "2025-08-19",
        "memory-review",
        R(
            "mem",
            "Review (brought forward). ACE-III 64. Donepezil 10mg. Driving stopped, DVLA "
            "informed. Discussed lasting power of attorney and future care planning.",
            "14:00",
            "Review",
        ),
    )
    f.occ(
        "2025-09-04",
        "guardian-calls-school",
        R(
            "cafcass",
            "Telephone to school - DSL teaching, message left asking for a call back to arrange "
            "seeing the twins.",
            "10:15",
            "Telephone",
        ),
        R(
            "sch",
            "Office took a message from the children's guardian (Yvonne) at 10.15 asking me to "
            "ring her.",
            "10:15",
        ),
    )
    f.occ(
        "2025-09-04",
        "school-calls-guardian-back",
        R(
            "sch",
            "I rang Yvonne (guardian) back at 2.30 - she will come in next Wednesday to see the "
            "twins together.",
            "14:30",
        ),
        R(
            "cafcass",
            "DSL returned call. Visit to school booked for 10/09.",
            "14:30",
            "Telephone",
        ),
    )
    f.occ(
        "2025-09-10",
        "guardian-sees-twins",
        R(
            "cafcass",
            "Saw Ivy and Reuben together at school in the nurture room (1 hr). Both want to stay "
            "with Grandad and Nana; Ivy said Nana is 'kinder now'; Reuben wants to see Mum more "
            "but 'not live with her'.",
            "09:30",
            "Direct work",
        ),
        R(
            "sch",
            "Ivy - the children's guardian came in and saw Ivy with Reuben in the nurture room "
            "from 9.30. Ivy was happy afterwards.",
            "09:30",
        ),
        R(
            "sch",
            "Reuben - the children's guardian saw Reuben with Ivy in the nurture room this "
            "morning. He came back to class fine.",
            "",
        ),
    )
    f.occ(
        "2025-10-06",
        "s7-report-filed",
        R(
            "legal",
            "LA s7 report (Kinship SW) filed and served: recommends application to discharge "
            "be dismissed, SGO continue with enhanced support plan; increased contact for "
            "Kayleigh.",
            "16:00",
            "Filing",
        ),
        R(
            "csc",
            "Section 7 report filed at court via Legal.",
            "",
            "Court report",
            shift="-2",
        ),
    )
    f.occ(
        "2025-10-14",
        "review-hearing",
        R(
            "legal",
            "Review hearing. Guardian's interim analysis not filed (guardian unwell). Hearing "
            "adjourned part-heard; relisted 17/10/25 at 14:00 for 1 hour.",
            "10:00",
            "Hearing",
            "Adjourned",
        ),
        R(
            "cafcass",
            "Court review - manager attended for guardian (sick). Adjourned to Friday 17/10.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Court review hearing - adjourned to 17/10 as guardian's analysis not ready.",
            "10:00",
            "Court hearing",
        ),
    )
    f.occ(
        "2025-10-17",
        "relisted-hearing",
        R(
            "legal",
            "Relisted hearing 14:00. Guardian's interim analysis filed 16/10 supports SGO "
            "continuing. Directions: final hearing 02/12/25; SGO support plan to be updated.",
            "14:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "Relisted court review - guardian attended. Final hearing 02/12.",
            "14:00",
            "Hearing",
        ),
        R(
            "csc",
            "Court (relisted review): final hearing fixed for 2 December.",
            "14:00",
            "Court hearing",
            shift="+1",
        ),
    )
    f.occ(
        "2025-11-20",
        "guardian-final-analysis",
        R(
            "cafcass",
            "Final analysis and recommendations filed: SGO to continue; contact for mother "
            "fortnightly; LA enhanced support plan (respite, sitting service) supported.",
            "",
            "Final analysis",
        ),
        R(
            "legal",
            "Guardian's final analysis received - supports LA position.",
            "",
            "Court papers received",
        ),
    )
    f.occ(
        "2025-12-02",
        "final-hearing",
        R(
            "legal",
            "Final hearing (DJ Carver). Mother's application to discharge SGO dismissed by "
            "consent; child arrangements order for contact with mother (fortnightly); SGO "
            "support plan approved. Proceedings concluded.",
            "10:00",
            "Hearing",
            "Application dismissed",
        ),
        R(
            "cafcass",
            "Final hearing - application dismissed, CAO contact made. Guardian's role ends.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Final court hearing - SGO continues; contact order for Kayleigh.",
            "",
            "Court hearing",
        ),
    )
    f.occ(
        "2025-12-09",
        "sgo-support-plan-review",
        R(
            "csc",
            "SGO support plan review meeting at Lantern Lane: respite one weekend a month, "
            "sitting service, school ELSA for Reuben, contact with Kayleigh at family centre.",
            "15:45",
            "SGO support review",
        ),
        R(
            "asc",
            "Attended SGO support plan review - respite and sitting service continuing.",
            "15:45",
            "Meeting",
        ),
        R(
            "sch",
            "Support plan meeting at the twins' home after school, I went. ELSA sessions for "
            "Reuben to start in January.",
            "",
        ),
    )

    # Routine single entries around the scripted occurrences.
    f.fill(
        "sch",
        "2024-11-04",
        "2025-12-05",
        [
            ("", "Reuben - upset in class, said Grandad called him by his mum's name."),
            ("", "Ivy - wet herself in PE. Spare clothes given, Nana informed at pick-up."),
            ("", "Ivy - Nana came in for parents' evening alone; Grandad 'not up to it'."),
            ("", "Reuben - ELSA check-in. Worry box: 'Grandad forgets'."),
        ],
    )
    f.fill(
        "gp",
        "2024-11-20",
        "2025-11-28",
        [
            ("Consultation", "Ivy - URTI, T 37.9, chest clear. Advice to Nana."),
            ("Consultation", "Reuben - hayfever. Cetirizine."),
        ],
    )
    f.fill(
        "mem",
        "2025-03-10",
        "2025-07-31",
        [("Telephone", "CPN call: donepezil tolerated, increase to 10mg. Bernie coping.")],
    )
    f.fill(
        "asc",
        "2025-04-14",
        "2025-11-28",
        [
            ("Review", "Carer's personal budget paid; Bernie using it for respite weekends."),
            ("Provider update", "Oxlade Carers Link: sitting service 3 evenings/week going well."),
        ],
    )
    f.fill(
        "csc",
        "2024-12-02",
        "2025-04-30",
        [("Telephone", "Call to Bernie - SGO allowance query resolved; no concerns raised.")],
    )
    f.fill(
        "sn",
        "2025-05-05",
        "2025-07-18",
        [("School contact", "Ivy - 6/52 review of wetting: improving, dry most days.")],
    )
    f.fill(
        "cafcass",
        "2025-09-15",
        "2025-11-14",
        [("Telephone", "Call with Kayleigh (mother): her wishes - more contact, not residence.")],
    )
    f.fill(
        "legal",
        "2025-07-22",
        "2025-09-30",
        [("Directions", "Compliance check: LA evidence bundle index served on all parties.")],
    )
    return f.case()


def blind_dedup_cases_18() -> list[BlindCase]:
    """The eighteenth blind set's families, in the order they were written."""
    return [_brannagh(), _tregarth(), _sallow()]


if __name__ == "__main__":
    summary(blind_dedup_cases_18)
