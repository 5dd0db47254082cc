"""A seventeenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services
over twelve to eighteen months: a ten-year-old autistic boy whose father has an acquired brain
injury and whose mother works nights (repeated police call-outs for the boy's violent outbursts,
a disabled children's team, a short-breaks unit, an EHCP annual review, a suspension from school,
a respite placement that breaks down); a family of Roma heritage newly arrived from another local
authority (an interpreter at most contacts, a newborn with a skull fracture, both parents'
arrests, care proceedings, a second baby born during the proceedings, a private fostering
arrangement with a great-aunt the family calls "aunt", an overcrowded flat in disrepair); a
sixteen-year-old girl who is pregnant by a 23-year-old man (a sexual health clinic, a teenage
pregnancy midwife, an exploitation screening, a missing episode, supported accommodation, a
pre-birth assessment, a discharge planning meeting, a parent-and-baby foster placement).

Written blind: composed from the domain brief (DOMAIN.md), the `Event` schema, the shared kit
(`dedup_case_kit.py`), the module docstring and the constants at the top of the seventh blind
set (read for the file's format only; none of its families, wordings or places reused) and the
last thirty lines of the fourteenth set (how a set module ends). The duplicate rules, their
settings, the linkage model, the bench and its results, the tests and every other labelled set
were not read, and the merge was not run on these cases. Kept apart from tuning: measure on
them blind first.

The services write very differently: police logs in capitals with CAD, log and crime numbers;
long social care narrative; health visiting and family nurse "Contact type: ... Outcome: ..."
templates; GP "S: O: A: P:" notes and letters filed; school and college safeguarding logs in the
first person with no event-type column; emergency department and ward shorthand (PC, O/E, Hx,
NAD, SG team aware, TTO); ambulance patient report summaries; first-person notes of other
services (a short-breaks unit, a brain injury occupational therapist, an environmental health
officer, a supported accommodation key worker, a foster carer's supervising social worker).

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

Decisions for this set (ambiguous situations, said once and applied throughout):

- Decision for this set: a short-breaks or respite resource panel is a multi-agency meeting;
  social care's and the unit's records of it are one occurrence.
- Decision for this set: a child's first overnight stay in a short-breaks unit (or his first
  night with shared-care carers) is a placement start, a life event: the unit's record that
  night and social care's record the next day are one occurrence. Later routine overnight
  stays are each their own occurrence.
- Decision for this set: an incident in a residential unit or other service where staff call
  the police and the police attend is one occurrence, recorded by the unit and by the police
  (as a police and ambulance call-out is); the unit's separate call to the out-of-hours team
  afterwards is another occurrence (a phone call, both ends one occurrence).
- Decision for this set: a school's record of an incident and the suspension imposed for it
  that day, written in one row (here typed twice), is one occurrence; the school's phone call
  telling social care of the suspension is another; the local authority's receipt of the
  school's statutory suspension notice (logged the next day, with no sending row) is a third.
- Decision for this set: a provider's email ending a placement, sent and received the same
  afternoon, is one occurrence (an email); it is the record of the breakdown, and the
  professionals' meeting about it the next day is another occurrence.
- Decision for this set: a report or advice sent for a meeting and logged on receipt by the
  meeting's organiser is one occurrence (a letter sent and received), apart from the meeting.
- Decision for this set: an order made at a hearing is part of that hearing's occurrence; a
  service that notes on the day or the next day that the social worker told it the order was
  made, or the hearing's outcome (naming the order or the plan and the child), records that
  hearing, not a separate phone call. The same holds for a placement change (a baby going home
  to her parents) noted by the health visitor the next day from the social worker's call, and
  for a birth: the midwife's record, the social worker's note and the health visitor's (or
  family nurse's) birth notification logged the next day naming the same time and weight are
  one occurrence (a life event). A hospital's discharge
  notification received by the health visitor or family nurse three or four days after the
  discharge is its own occurrence (a notice), as the rules say of a hospital's notice of an
  attendance.
- Decision for this set: two people's releases on police bail on the same day are two
  occurrences, like their arrests; an arrest and the release on bail after interview are two.
- Decision for this set: a police officer's note that he attended the family court to give
  evidence at a hearing is a record of that hearing.
- Decision for this set: two siblings who start at a school together on one morning are one
  event (the school writes a row for each child; the education adviser who brought them writes
  one row for both); the same for an attendance meeting held about both children at once.
- Decision for this set: an arrest, a charge or a sentence that the police officer phones
  through to the social worker the same day, recorded by the police and by social care naming
  the same person and offence, is one occurrence (a life event recorded by two services), not a
  separate phone call; the police sheet records no call. The key worker's note that she took
  the girl to register with a new GP that morning is a record of the GP registration.
- Decision for this set: a missing episode's report to police and the police's record that the
  child was found (or came back) the next day are two occurrences; social care's receipt of the
  police notification is a third and the return home interview a fourth. A foster carer's
  report of a missing young person to the police, recorded by the police and by the carer's
  supervising social worker, is one occurrence (both ends of one report).
- Decision for this set: an exploitation screening completed by the hub and received by social
  care the same day is one occurrence (a document sent and received); the strategy discussion
  it leads to is another. A pre-birth discharge planning meeting is a meeting (one occurrence
  for all who record it); the discharge itself days later is another.
- Decision for this set: an emergency department's row saying the baby "left PED for the ward"
  belongs to the attendance; the ward's admission entry and social care's note that the baby
  was admitted that morning are the admission, another occurrence.

Look-alikes kept apart, case 1 (the Pellingham family): a police call-out and the police
notification sent to and received by the MASH the next morning, and the MASH screening decision
the day after that; the school's Operation Encompass notification and the police notification
to social care on the same day; a GP appointment and the referral letter the GP sent after it
that day; a social worker's home visit and the brain injury OT's visit to the father on the same
day, each made alone; a police and ambulance call-out and the emergency department attendance
that follows; the ED attendance and the GP's receipt of the ED letter; a Was Not Brought, the
unanswered call to the mother and her call back, all on one day; the DSL's call to the social
worker and the social worker's call back the next morning; two police call-outs nine hours apart
on consecutive days and social care's one entry for both notifications; a strategy discussion
and the joint police and social work visit on the same day; the knife call-out and the father's
ED attendance that night; the suspension and the school's call to social care about it; a
paediatric report for the annual review and the review; an EHCP annual review and a CIN review
on consecutive days; the respite incident and the unit's call to the out-of-hours team that
night; the provider's notice email and the professionals' meeting the next day; a
professionals' meeting and a CIN meeting in one week; a police call-out and the ED attendance
that evening, and the ED re-attendance the next day.

Look-alikes kept apart, case 2 (the Stoica / Lacatus family): the previous authority's email and
the health visitor's records transfer the next day; the GP registration and the health
visitor's transfer-in visit; the great-aunt's word to the school (one row per child) and the
school's call to the MASH that morning, and the MASH decision the next day; the social worker's
private fostering visit and the education adviser's visit to the same house on the same day,
each alone; the health visitor's referral to environmental health and the inspection; the
inspection, the improvement notice and the housing register application; the ED attendance
(three rows) and the ward admission; the ward's phone referral and the admission recorded by
social care; the strategy discussion and the arrests that afternoon; the father's and the
mother's arrests on one day; their two releases on bail the next day; the ward round the next
day; the discharge into foster care and the health visitor's discharge notice four days later;
the care application, the Cafcass allocation and the first hearing on three working days; the
brothers' disturbance and social care's receipt of the notification; the midwife's booking and
the father's GP appointment on one day; a fact-finding hearing and the judgment ten days later;
the strategy discussion for the unborn baby and the pre-birth ICPC; the ICPC and the first core
group a week later; the move to temporary accommodation and the missed interpreter two days
later; the birth and the postnatal discharge two days later; the health visitor's new birth
visit and the social worker's visit on one day, each alone; two core groups; the IRH and the
final hearing; the baby's return home and the review conference.

Look-alikes kept apart, case 3 (the Rowcroft family): the sexual health walk-in and the nurse's
call to the MASH that afternoon; the MASH decision the next day; the nurse's referral to the
teenage pregnancy midwife; the exploitation screening and the strategy discussion; the social
worker's home visit and the exploitation practitioner's first session on the same day, each
alone; the missing report at night and the found-safe entry the next afternoon; social care's
receipt of the police notification and the return home interview on the next two days; two
strategy discussions in one week; the boyfriend's arrest and his flatmate's arrest twenty-five
minutes apart; the arrest and the release under investigation; the charge months later; the
supported accommodation's 999 call about the boyfriend at the window (one incident with the
police's log) and his arrest for breach of bail minutes later; the first looked-after review
(typed twice by social care) and the MACE meeting two days later; a sexual health test of cure
and the results call two days later; the letter before proceedings and the PLO meeting a week
later; the pre-birth ICPC and the PLO meeting; the discharge planning meeting and the core group
two days later; the birth, the interim care order hearing two days later and the discharge into
the parent-and-baby placement the day after; the discharge and the family nurse's receipt of
the discharge letter three days later; the missing report from the placement and the return
after midnight; the looked-after review of mother and baby; the case management hearing and
the IRH; the boyfriend's guilty plea and his sentence.
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
COLLEGE = "Sixth Form College"
HOUSING = "Housing"
AMBULANCE = "Ambulance Service"
SHORT_BREAKS = "Short Breaks Service"
SEND = "SEND Service"
CAMHS = "Learning Disability CAMHS"
PAEDS = "Community Paediatrics"
BRAIN_INJURY = "Community Brain Injury Team"
WARD = "Paediatric Ward"
ENV_HEALTH = "Private Sector Housing (Environmental Health)"
CAFCASS = "Cafcass"
EMTAS = "Gypsy, Roma and Traveller Education Service"
SEXUAL_HEALTH = "Sexual Health Clinic"
EXPLOITATION = "Exploitation Hub"
SUPPORTED = "Supported Accommodation"
MATERNITY = "Maternity Unit"
FOSTERING = "Fostering Service"
FNP = "Family Nurse Partnership"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, COLLEGE, EMTAS)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Pellingham family, Harrowbridge. Kieran Pellingham (b. 14/03/2014), autistic, with
# an EHCP, in the resource base ("the Hive") at Castlerigg Park Primary, lives with his sister
# Ellie (b. 02/09/2017, same school), his father Darren Pellingham (b. 1982; acquired brain injury
# from a fall from scaffolding in 2021) and his mother Lisa Pellingham (b. 1986; night care
# assistant at a nursing home) at 9 Fennimore Close, Harrowbridge HB4 6TW; registered at Tannery
# Lane Surgery. Repeated police call-outs for Kieran's outbursts, a disabled children's team,
# short breaks at Larkspur House, a suspension, an EHCP annual review, a respite breakdown.
# --------------------------------------------------------------------------------------------


def _pellingham() -> BlindCase:
    f = Family(
        "pellingham",
        1701,
        {
            "pol": Sheet(
                POLICE,
                "Wessmoor Police - Pellingham IMR.xlsx",
                "Chronology",
                (("2024-01-01", "DS 3318 Ormerod (PVP)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Three Shires Ambulance - PRF extract.xlsx",
                "Incidents",
                (("2024-01-01", "Safeguarding Lead, Three Shires AS"),),
            ),
            "ed": Sheet(
                ED,
                "Harrowbridge General ED return.xlsx",
                "ED attendances",
                (("2024-01-01", "Paediatric Liaison Nurse T. Bexley"),),
            ),
            "csc": Sheet(
                CSC,
                "Harrowbridge CSC chronology - Pellingham.xlsx",
                "DCT case notes",
                (
                    ("2024-01-01", "Gemma Ruddock (SW, Disabled Children's Team)"),
                    ("2024-09-02", "Aaron Pike (SW, Disabled Children's Team)"),
                ),
            ),
            "sb": Sheet(
                SHORT_BREAKS,
                "Larkspur House short breaks log.xlsx",
                "Kieran P",
                (("2024-01-01", "Nadia Coker, Unit Manager"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Castlerigg Park Primary - safeguarding log.xlsx",
                "CPOMS export",
                (("2024-01-01", "Mrs J. Colley (DSL)"),),
                typed=False,
            ),
            "send": Sheet(
                SEND,
                "Harrowbridge SEND Service chronology.xlsx",
                "EHCP casework",
                (("2024-01-01", "Fiona Tallis, EHCP Coordinator"),),
            ),
            "gp": Sheet(
                GP,
                "Tannery Lane Surgery - Kieran Pellingham.xlsx",
                "Journal",
                (("2024-01-01", "Dr P. Hallam"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "LD CAMHS chronology.xlsx",
                "Clinical contacts",
                (("2024-01-01", "Dr Ruth Ambler, Clinical Psychologist"),),
            ),
            "paeds": Sheet(
                PAEDS,
                "Orchard CDC - community paediatrics.xlsx",
                "Sheet1",
                (("2024-01-01", "Dr S. Ferrier, Consultant Community Paediatrician"),),
            ),
            "bi": Sheet(
                BRAIN_INJURY,
                "Community Brain Injury Team - D Pellingham.xlsx",
                "Contacts",
                (("2024-01-01", "Marcus Feld, Occupational Therapist"),),
            ),
        },
    )

    f.occ(
        "2024-02-06",
        "callout-1-broken-door",
        R(
            "pol",
            "CAD 1187 06/02/24. CALL FROM DARREN PELLINGHAM (FATHER) 9 FENNIMORE CLOSE REPORTING "
            "SON KIERAN (9) OUT OF CONTROL, KICKED THROUGH BEDROOM DOOR, PUNCHED FATHER TO CHEST. "
            "MOTHER AT WORK (NIGHTS). PC 2291 BRAMWELL AND PC 1804 ISHAQ ATTENDED 2205. CHILD "
            "CALM ON ARRIVAL, KNOWN AUTISM. FATHER HAS HEAD INJURY, STRUGGLING TO COPE. NO "
            "OFFENCES DISCLOSED. CHILD AT HOME.",
            "21:40",
            "Concern for welfare",
            "NFA - CONCERN FOR CHILD. PPN TO FOLLOW.",
            ref="CAD 1187 06/02/24",
        ),
    )
    f.occ(
        "2024-02-07",
        "ppn-1-sent-received",
        R(
            "pol",
            "PPN (CHILD CONCERN) SUBMITTED TO HARROWBRIDGE MASH RE CAD 1187 06/02/24 - KIERAN "
            "PELLINGHAM. VIOLENCE TO FATHER, PARENT CARER STRAIN.",
            "08:55",
            "PPN submitted",
            ref="PPN/24/00912",
        ),
        R(
            "csc",
            "Police Protection Notice received into the MASH inbox from Wessmoor Police regarding "
            "an incident at the family home on the evening of 06/02/2024. Kieran, who is autistic "
            "and attends the Hive at Castlerigg Park, is reported to have kicked through a door "
            "and punched his father. Mother was at work on a night shift. Father has an acquired "
            "brain injury. Contact opened and passed to the MASH screening queue.",
            "10:20",
            "Contact",
            "Contact opened",
        ),
    )
    f.occ(
        "2024-02-07",
        "encompass-school",
        R(
            "sch",
            "Kieran (6H/Hive): Operation Encompass notification received at 08:40 - police "
            "called to the home last night, Kieran damaged a door and hit Dad. I have told his "
            "class teacher and Hive staff. Kieran settled this morning; quieter than usual.",
            "09:05",
        ),
        R(
            "sch",
            "Ellie (Y1): Operation Encompass notification received at 08:40 - police at home last "
            "night (sibling Kieran's behaviour). I have let Ellie's class teacher know. Ellie "
            "said she 'hid under the covers'. Will keep a check.",
            "09:10",
        ),
    )
    f.occ(
        "2024-02-08",
        "mash-screening-1",
        R(
            "csc",
            "MASH screening decision on the contact of 07/02/2024: threshold for a child and "
            "family assessment under s17 as a child in need (disability). Consent obtained from "
            "Lisa by phone. Transferred to the Disabled Children's Team for allocation.",
            "14:30",
            "MASH decision",
            "Step up to DCT - C&F assessment",
        ),
    )
    f.occ(
        "2024-02-13",
        "gp-appointment-mum-kieran",
        R(
            "gp",
            "S: Attends with mum. Increasing meltdowns, hits dad, kicked a door last week - "
            "police came. Poor sleep, up at 4am. Mum works nights, dad has ABI and cannot manage "
            "him alone. O: Kieran calm, flapping, no eye contact, engaged with iPad. No injuries "
            "seen. A: ASD with escalating distressed behaviour, carer strain. P: Refer LD CAMHS; "
            "continue melatonin; carers' support info given.",
            "10:40",
            "Consultation",
        ),
    )
    f.occ(
        "2024-02-13",
        "gp-referral-ld-camhs",
        R(
            "gp",
            "Referral letter to Learning Disability CAMHS (e-RS) - escalating aggression in "
            "autistic 9yo, parental carer strain, father ABI. Copy to parents.",
            "16:10",
            "Letter sent",
        ),
        R(
            "camhs",
            "Referral received from Dr Hallam, Tannery Lane Surgery, dated 13/02/2024: Kieran "
            "(9), ASD, escalating aggression at home towards father; police attended last week. "
            "Triaged routine-plus. Placed on the assessment list.",
            kind="Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-02-20",
        "csc-home-visit-alone",
        R(
            "csc",
            "Home visit to 9 Fennimore Close to begin the child and family assessment. Seen Lisa "
            "(just up after a night shift), Darren and Ellie. Kieran at school so seen there "
            "afterwards at 15:00 with the Hive staff. Lisa describes daily meltdowns after "
            "school, Kieran targets his father who cannot read his cues since the accident. "
            "Bedroom door boarded. Parents want help, not 'being judged'.",
            "11:30",
            "Home visit",
            "Assessment continues",
        ),
    )
    f.occ(
        "2024-02-20",
        "bi-ot-visit-father-alone",
        R(
            "bi",
            "I visited Darren at home for his OT review (fatigue and memory). Darren told me the "
            "children's social worker had been that morning and he felt 'on trial'. He reports "
            "headaches after Kieran's outbursts and forgetting his own medication. I agreed a "
            "pill organiser and a daily planner with him.",
            "14:15",
            "Home visit",
        ),
    )
    f.occ(
        "2024-03-05",
        "callout-2-head-banging",
        R(
            "pol",
            "CAD 0932 05/03/24. CALL FROM LISA PELLINGHAM - SON HEAD BANGING AGAINST WALL, "
            "BLEEDING, HAS HIT MOTHER. UNITS PC 1804 ISHAQ ATTENDED WITH AMBULANCE CREW ON "
            "SCENE. CHILD RESTRAINED BRIEFLY BY MOTHER ON FLOOR. CONVEYED HGH BY AMBULANCE WITH "
            "MOTHER. NO CRIME.",
            "19:10",
            "Concern for welfare",
            "NFA. PPN.",
            ref="CAD 0932 05/03/24",
        ),
        R(
            "amb",
            "Call 19:08. Pt Kieran PELLINGHAM 9yrs M. PC: self-injurious head banging, 3cm lac "
            "to forehead, no LOC per mum. Police on scene on arrival. Pt distressed, non-verbal "
            "during episode, settled with weighted blanket. GCS 15. Conveyed to Harrowbridge "
            "General ED with mother. Safeguarding: carer strain - referral raised.",
            "19:14",
            "999 call - conveyed",
            ref="PRF 24-117733",
        ),
    )
    f.occ(
        "2024-03-05",
        "ed-attendance-1-forehead",
        R(
            "ed",
            "Triage: 9yo M BIBA with mum. Forehead lac from head banging. Autism - needs quiet "
            "room. Obs stable. Cat 3.",
            "20:02",
            "Triage",
        ),
        R(
            "ed",
            "Seen by ST4 paeds ED. Hx of meltdowns, police + amb at home tonight. O/E 3cm "
            "superficial lac L forehead, no other inj, neuro NAD. Glued. SG: carer strain, dad "
            "ABI - PLN aware.",
            "21:15",
            "Medical review",
        ),
        R(
            "ed",
            "Discharged home with mum 22:40. Head injury advice given. GP letter + HV/school "
            "nurse notification to follow via PLN.",
            "22:40",
            "Discharge",
        ),
    )
    f.occ(
        "2024-03-06",
        "csc-ppn-received-2",
        R(
            "csc",
            "Police notification received regarding a further call-out on 05/03 when Kieran was "
            "banging his head and hit his mother; ambulance also attended and he was taken to "
            "ED. Added to the open assessment. I rang Lisa; she was asleep after her shift; "
            "Darren said Kieran was 'back at school, fine'.",
            "13:05",
            "Police notification",
        ),
    )
    f.occ(
        "2024-03-07",
        "gp-ed-letter-received",
        R(
            "gp",
            "ED discharge letter received: attended 05/03 with forehead laceration (self-injury), "
            "glued. Safeguarding note - carer strain. Filed; for GP review.",
            "09:20",
            "Letter filed",
        ),
    )
    f.occ(
        "2024-03-14",
        "professionals-meeting-1",
        R(
            "csc",
            "Professionals' meeting at Castlerigg Park to share information for the assessment: "
            "school DSL, Hive lead, LD CAMHS (Teams), Darren's brain injury OT. School report "
            "Kieran is mostly regulated in the Hive but explodes at home time. Agreed: referral "
            "to the Short Breaks panel; CAMHS to prioritise; OT to look at Darren's triggers.",
            "13:30",
            "Professionals meeting",
            "Actions agreed",
        ),
        R(
            "sch",
            "I hosted the professionals' meeting about Kieran this afternoon with Gemma Ruddock "
            "(DCT), the Hive lead and the OT from the brain injury team; Dr Ambler joined on "
            "Teams. I shared our incident log and the home-time pattern.",
        ),
        R(
            "camhs",
            "Prof mtg (MS Teams) re Kieran - DCT, school, adult BIT. Info shared; agreed to "
            "bring forward initial assessment.",
            "13:30",
            "Liaison",
        ),
        R(
            "bi",
            "Attended a professionals' meeting at Kieran's school about Kieran, to explain how "
            "Darren's brain injury affects his ability to manage Kieran's behaviour (slowed "
            "processing, irritability, noise sensitivity).",
            "14:00",
            "Professionals meeting",
        ),
    )
    f.occ(
        "2024-03-22",
        "cf-assessment-completed",
        R(
            "csc",
            "Child and family assessment completed and signed off. Kieran is a child in need "
            "because of his disability; parents are committed but exhausted, father's brain "
            "injury limits what he can manage alone and mother works nights. Plan: CIN plan, "
            "short breaks request, LD CAMHS, carers' assessments for both parents.",
            "16:45",
            "Assessment",
            "CIN plan",
        ),
    )
    f.occ(
        "2024-03-25",
        "short-breaks-referral",
        R(
            "csc",
            "Referral to the Short Breaks panel sent to Larkspur House (overnight short breaks) "
            "with the assessment attached: request for two nights a month.",
            "11:50",
            "Referral",
        ),
        R(
            "sb",
            "Referral received from Gemma Ruddock (DCT) for Kieran Pellingham, 10 on 14/03, ASD. "
            "Two overnights a month requested. Listed for panel on 11/04.",
            kind="Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-11",
        "short-breaks-panel",
        R(
            "csc",
            "Short Breaks panel: request for Kieran presented. Panel agreed two overnight stays "
            "a month at Larkspur House, with introductory tea visits first.",
            "10:00",
            "Panel",
            "Agreed",
        ),
        R(
            "sb",
            "Short breaks resource panel 11.04 - Kieran P agreed 2 nights p/m. I will arrange "
            "tea visits and a home visit to meet family.",
            "10:45",
            "Panel",
        ),
    )
    f.occ(
        "2024-04-16",
        "camhs-was-not-brought",
        R(
            "camhs",
            "Initial assessment appointment 10:00 - Kieran was not brought. No contact from "
            "family. Was Not Brought policy followed.",
            "10:00",
            "WNB",
        ),
    )
    f.occ(
        "2024-04-16",
        "camhs-call-to-mum-no-answer",
        R(
            "camhs",
            "Tel call to mum (Lisa) after WNB - no answer, voicemail left asking her to call back.",
            "11:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-04-16",
        "camhs-mum-calls-back",
        R(
            "camhs",
            "Mum returned call. She had slept through her alarm after a night shift; Darren "
            "does not drive since his injury. Apologetic. New appt offered 30/04 at 15:30 "
            "(after school) - accepted.",
            "16:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-04-24",
        "school-calls-sw",
        R(
            "sch",
            "I phoned Gemma Ruddock (SW) because Kieran told his TA 'Dad sits on me when I'm "
            "bad'. Gemma will speak to the parents and ring me back.",
            "12:15",
        ),
        R(
            "csc",
            "Telephone call from Mrs Colley (DSL): Kieran said to his TA that 'Dad sits on me "
            "when I'm bad'. No marks seen. I said I would discuss with the parents today and "
            "call her back.",
            "12:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-04-25",
        "sw-calls-school-back",
        R(
            "csc",
            "Call back to Mrs Colley at school. I visited yesterday after school: Darren "
            "describes lying beside Kieran on the floor holding his arms when he is hitting out "
            "- shown how dangerous prone holds are. Agreed no restraint; safe space plan; "
            "positive behaviour support referral. School satisfied.",
            "09:35",
            "Telephone",
        ),
        R(
            "sch",
            "Gemma (SW) rang me back re yesterday's disclosure: she has seen Dad, it was a hold "
            "during a meltdown, advice given, no restraint. No further action for school; I "
            "have updated Kieran's class teacher.",
            "09:40",
        ),
    )
    f.occ(
        "2024-05-10",
        "first-overnight-short-break",
        R(
            "sb",
            "Kieran's first overnight stay. Arrived 16:30 with Mum, settled with the sensory "
            "room and his own bedding. Ate pasta only. Asleep 21:40, woke 04:15, calm.",
            "16:30",
            "Overnight stay",
        ),
        R(
            "csc",
            "Kieran had his first overnight short break at Larkspur House on Friday 10/05. Unit "
            "manager reports it went well. Parents had their first full night's sleep 'in a "
            "year'.",
            kind="Short break",
            shift="+1",
        ),
    )
    f.occ(
        "2024-05-21",
        "callout-3-hits-father",
        R(
            "pol",
            "CAD 1401 21/05/24. 999 FROM FATHER - SON (10) HITTING HIM WITH A CHAIR LEG, FATHER "
            "LOCKED IN BATHROOM. MOTHER AT WORK. PC 1176 DAWE AND PC 2291 BRAMWELL ATTENDED "
            "2304. KIERAN IN BEDROOM, CALM. FATHER BRUISE TO FOREARM, DECLINED AMBULANCE. "
            "MOTHER RETURNED FROM WORK 2340.",
            "22:50",
            "Concern for welfare",
            "NFA. PPN.",
            ref="CAD 1401 21/05/24",
        ),
    )
    f.occ(
        "2024-05-22",
        "callout-4-next-morning",
        R(
            "pol",
            "CAD 0288 22/05/24. CALL FROM MOTHER - SON REFUSING SCHOOL, SMASHED TV, THREATENING "
            "SISTER. PC 0977 HEWER ATTENDED 0740. CHILD CALMED WITH MOTHER. SISTER TAKEN TO "
            "SCHOOL BY NEIGHBOUR. REPEAT ADDRESS - 2ND CALL IN 9 HRS. REFER TO PVP.",
            "07:15",
            "Concern for welfare",
            "NFA. PPN. REPEAT CALLER MARKER.",
            ref="CAD 0288 22/05/24",
        ),
    )
    f.occ(
        "2024-05-23",
        "csc-ppn-received-3-4",
        R(
            "csc",
            "Two police notifications received together for call-outs on the night of 21/05 and "
            "the morning of 22/05. I spoke to Lisa: Kieran had been told his short break was "
            "cancelled (staffing) and escalated. Manager informed; CIN meeting to be brought "
            "forward.",
            "11:10",
            "Police notification",
        ),
    )
    f.occ(
        "2024-06-04",
        "cin-meeting-1",
        R(
            "csc",
            "First Child in Need meeting held at school with Lisa and Darren, school, Larkspur "
            "House and LD CAMHS. Plan reviewed after the May call-outs: short breaks to be "
            "protected from cancellation, CAMHS to start positive behaviour support, school to "
            "share a visual timetable with home.",
            "10:00",
            "CIN meeting",
            "Plan updated",
        ),
        R(
            "sch",
            "CIN meeting in school this morning (Mum, Dad, Gemma, Larkspur, CAMHS). I gave "
            "school's update: attendance 96%, two incidents this half-term, both at transition "
            "times.",
        ),
        R(
            "sb",
            "Attended Kieran's CIN meeting at Castlerigg Park. Apologised for the cancelled "
            "stay on 21st; agreed Kieran's nights will be the last to be cut.",
            "10:00",
            "Meeting",
        ),
        R(
            "camhs",
            "CIN mtg at school - attended. Agreed PBS assessment, home visit with Dad.",
            "10:30",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2024-06-13",
        "paeds-clinic",
        R(
            "paeds",
            "Seen in clinic with mum. ASD, sleep disturbance, aggression. Weight 41.2kg (>91st). "
            "No new medical cause for the behaviour; dental pain excluded. Melatonin increased to "
            "4mg. Discussed that Kieran's outbursts are communication. Review 6 months.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-24",
        "gp-paeds-letter-filed",
        R(
            "gp",
            "Clinic letter from Dr Ferrier (Orchard CDC) dated 13/06 filed: melatonin increased "
            "to 4mg - repeat amended.",
            "12:00",
            "Letter filed",
            shift="month",
        ),
    )
    f.occ(
        "2024-07-03",
        "missing-from-home",
        R(
            "pol",
            "LOG 1623 03/07/24. MISPER - KIERAN PELLINGHAM 10YRS, AUTISTIC, NO ROAD SENSE, RAN "
            "FROM HOME AFTER ROW OVER TABLET. FATHER UNABLE TO FOLLOW. HIGH RISK GRADED. FOUND "
            "1715 BY PC 1176 DAWE ON ALDER BROOK PLAYING FIELD, UNHARMED. RETURNED TO MOTHER.",
            "16:20",
            "Missing person",
            "FOUND SAFE. PPN.",
            ref="LOG 1623 03/07/24 / MP-24-2209",
        ),
    )
    f.occ(
        "2024-08-14",
        "callout-5-knife",
        R(
            "pol",
            "CAD 1650 14/08/24. 999 FROM MOTHER - SON (10) HAS PICKED UP KITCHEN KNIFE, FATHER "
            "CUT TO HAND TAKING IT OFF HIM. PC 1176 DAWE, PC 2040 RUSK ATTENDED 2014 WITH "
            "AMBULANCE. KNIFE SECURED. CHILD CALM IN GARDEN. FATHER CONVEYED TO HGH. NO "
            "COMPLAINT. PVP AND MASH INFORMED.",
            "20:05",
            "Concern for welfare",
            "PPN. STRAT REQUESTED.",
            ref="CAD 1650 14/08/24",
        ),
        R(
            "amb",
            "Call 20:03. Pt Darren PELLINGHAM 42yrs M. Lac to R palm 4cm taking knife from son. "
            "Police on scene. Hx ABI 2021. Bleeding controlled. Son (10, autistic) at home with "
            "mother. Conveyed HGH ED. Safeguarding referral (child) raised.",
            "20:12",
            "999 call - conveyed",
            ref="PRF 24-190456",
        ),
    )
    f.occ(
        "2024-08-14",
        "ed-attendance-father-hand",
        R(
            "ed",
            "Triage: 42M BIBA, lac R palm from knife (son's), ABI hx. Cat 3. Child SG flag - "
            "son at home with mum.",
            "20:58",
            "Triage",
        ),
        R(
            "ed",
            "R palm lac explored, no tendon inj, 5 sutures. D/C 23:50, STR 10 days at GP. PLN "
            "to send notification to children's services (son).",
            "23:50",
            "Discharge",
        ),
    )
    f.occ(
        "2024-08-15",
        "strategy-discussion-knife",
        R(
            "csc",
            "Strategy discussion (Teams) following the knife incident of 14/08. Present: DCT "
            "team manager, Gemma Ruddock, DS Ormerod (PVP), Dr Hallam (GP), Dr Ambler (LD "
            "CAMHS). Agreed the threshold for s47 is not met: the risk arises from Kieran's "
            "distress rather than from harm by his parents. Joint visit with police today; "
            "knives to be locked away; urgent CIN review.",
            "11:00",
            "Strategy discussion",
            "No S47 - CIN continues",
        ),
        R(
            "pol",
            "STRAT DISC 1100 RE KIERAN PELLINGHAM (CAD 1650). DCT, GP, CAMHS. NO S47. JOINT "
            "VISIT WITH SW TODAY. KNIFE SAFETY ADVICE.",
            "11:00",
            "Strategy discussion",
            ref="CAD 1650 14/08/24",
        ),
        R(
            "gp",
            "Telephone strategy meeting re Kieran - I shared: ASD, melatonin, mum's recent "
            "consultation for exhaustion, dad's ABI. Outcome: no S47, CIN.",
            "11:15",
            "Telephone",
        ),
        R(
            "camhs",
            "Strat discussion (Teams) - attended, PBS plan shared. Agreed to expedite.",
            "11:00",
            "Liaison",
        ),
    )
    f.occ(
        "2024-08-15",
        "joint-visit-police-sw",
        R(
            "csc",
            "Joint visit with DS Ormerod. Kieran in the garden on the trampoline, would not talk "
            "but showed me his 'calm box'. Darren's hand dressed. Knives now in a locked box. "
            "Lisa tearful: she is the only one who can calm him and is out every night.",
            "14:30",
            "Joint visit",
        ),
        R(
            "pol",
            "JOINT HOME VISIT 1430 WITH SW RUDDOCK. CHILD SEEN. KNIVES SECURED IN LOCKABLE "
            "BOX. FAMILY ENGAGING.",
            "14:30",
            "Visit",
        ),
    )
    f.occ(
        "2024-08-20",
        "bi-visit-after-knife",
        R(
            "bi",
            "Home visit: Darren's palm healing. He admits he 'froze' when Kieran had the knife. "
            "Discussed carer's assessment for Lisa and a referral to adult social care for "
            "Darren's own support. He agreed.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-08",
        "suspension",
        R(
            "sch",
            "At 11:20 Kieran threw a chair in the Hive which hit Mrs Pryor (TA) on the shoulder, "
            "then bit Mr Kale on the arm. Room evacuated. After discussion with the Head, "
            "Kieran has been suspended for 5 days (9th-15th Oct). Dad collected him at 12:30 and "
            "I gave him the letter.",
            "13:00",
        ),
        R(
            "sch",
            "At 11.20 Kieran threw a chair in the Hive which hit Mrs Pryor (TA) on the shoulder, "
            "then bit Mr Kale on the arm. Room evacuated. After discussion with the Head Kieran "
            "has been suspended for 5 days (9th-15th Oct). Dad collected him 12:30, letter "
            "given.",
            "13:04",
        ),
    )
    f.occ(
        "2024-10-08",
        "school-calls-csc-suspension",
        R(
            "sch",
            "I phoned Aaron Pike (new SW) to tell him about the suspension and that Mum will be "
            "sleeping in the day while Kieran is at home with Dad.",
            "14:10",
        ),
        R(
            "csc",
            "Call from Mrs Colley (DSL, Castlerigg Park): Kieran suspended for five days from "
            "tomorrow after throwing a chair and biting staff. Concern about daytime supervision "
            "with Darren alone. I will ring Lisa.",
            "14:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-09",
        "send-suspension-notice-received",
        R(
            "send",
            "Notification of suspension received from Castlerigg Park Primary: Kieran "
            "Pellingham (EHCP), 5 days fixed term 09/10-15/10/2024, physical assault on adult. "
            "EHCP coordinator to attend reintegration; early review of provision to be "
            "considered.",
            "10:05",
            "Exclusion notification",
        ),
    )
    f.occ(
        "2024-10-16",
        "reintegration-meeting",
        R(
            "sch",
            "Reintegration meeting with Mum and Dad, Fiona Tallis (SEND) and Aaron Pike. "
            "Agreed: shortened day till half-term (finish 13:30), a quiet exit route at home "
            "time, a named adult. Kieran came in at 10:00 and had a good morning.",
        ),
        R(
            "send",
            "Attended reintegration meeting at Castlerigg Park following suspension. Reduced "
            "timetable agreed until 25/10; annual review brought forward to 19/11.",
            "08:45",
            "Meeting",
        ),
        R(
            "csc",
            "Reintegration meeting at school with parents, DSL and SEND. A part-time timetable "
            "was agreed to half-term; I raised the impact on Lisa's sleep and asked for Larkspur "
            "to offer a tea visit on the short days.",
            "08:45",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-11-12",
        "paeds-report-for-ar",
        R(
            "paeds",
            "Report for EHCP annual review sent to the SEND Service: ASD, sleep improved on "
            "melatonin 4mg, no medical contraindication to specialist provision. Recommend "
            "consideration of a specialist school place for secondary transfer.",
            "15:30",
            "Report",
        ),
        R(
            "send",
            "Advice received from Dr Ferrier (community paediatrics) for the annual review on "
            "19/11; circulated to school and parents.",
            "09:10",
            "Advice received",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-19",
        "ehcp-annual-review",
        R(
            "sch",
            "Kieran's EHCP annual review held in school today. Parents, Fiona Tallis (SEND), "
            "Aaron Pike, Dr Ambler, Larkspur. I presented the school's evidence. Everyone agreed "
            "to recommend a specialist secondary placement (Brookmere School named by parents).",
        ),
        R(
            "send",
            "EHCP annual review meeting (early) chaired by school. Recommendation: amend plan; "
            "Section I - specialist provision for Y7 (parental preference Brookmere School). "
            "Amendment notice to issue within 4 weeks.",
            "13:30",
            "Annual review",
            "Amend plan",
        ),
        R(
            "csc",
            "Attended Kieran's annual review of his EHCP at school. Social care section updated "
            "(short breaks, CIN plan).",
            "13:30",
            "Meeting",
        ),
        R(
            "camhs",
            "EHCP AR at school - attended, PBS report submitted and discussed.",
            "14:00",
            "Meeting",
        ),
        R(
            "sb",
            "EHCP review at Castlerigg Park - I gave Larkspur's view (Kieran settled, 14 nights "
            "since May, 2 incidents).",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-20",
        "cin-review-2",
        R(
            "csc",
            "CIN review meeting at the family home with parents, school and Larkspur. Progress: "
            "no police call-outs since August; knives locked; PBS plan in place. Risks: Lisa's "
            "exhaustion; Darren alone with both children after school. Plan continues.",
            "15:30",
            "CIN review",
        ),
        R(
            "sch",
            "CIN review at the family home after school - I attended with Kieran's class "
            "teacher's update. Mum very tired.",
        ),
        R(
            "sb",
            "CIN review (home) attended - no change to package.",
            "15:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-12-03",
        "bi-neuropsych-review",
        R(
            "bi",
            "Neuropsychology review with Darren (joint with Dr Vance, our psychologist): "
            "executive function weaker than 2023; recommend he is not left as sole carer for "
            "long periods. Letter to GP and, with his consent, to the children's social worker.",
            "11:00",
            "Review",
        ),
    )
    f.occ(
        "2025-01-17",
        "respite-incident-police",
        R(
            "pol",
            "CAD 1702 17/01/25. LARKSPUR HOUSE SHORT BREAKS UNIT, REPORT OF 10YR OLD RESIDENT "
            "ASSAULTING TWO STAFF AND DAMAGING A WINDOW. PC 2040 RUSK ATTENDED 2050. CHILD "
            "KIERAN PELLINGHAM CALM ON ARRIVAL, IN SENSORY ROOM. STAFF DO NOT SUPPORT "
            "PROSECUTION. NO OFFENCES RECORDED.",
            "20:30",
            "Assault - residential",
            "NFA. PPN.",
            ref="CAD 1702 17/01/25",
        ),
        R(
            "sb",
            "20:25 Kieran became very distressed when another young person used 'his' beanbag. "
            "He punched Jade (RSW) and kicked Tom (RSW), and broke the lounge window with a "
            "chair. I called the police for help at 20:30; PC Rusk attended and helped us calm "
            "the situation. Kieran asleep 23:10.",
            "20:25",
            "Incident",
        ),
    )
    f.occ(
        "2025-01-17",
        "larkspur-calls-edt",
        R(
            "sb",
            "I phoned the Emergency Duty Team to report the incident and ask whether Kieran "
            "should go home tonight; advised to keep him if safe and inform DCT Monday.",
            "21:45",
            "Telephone",
        ),
        R(
            "csc",
            "EDT: call from Nadia Coker, Larkspur House. Kieran Pellingham assaulted two staff "
            "and broke a window; police attended. Now calm. Advised Kieran to remain overnight if "
            "staff feel safe; parents not to be woken; DCT to follow up.",
            "21:48",
            "EDT call",
        ),
    )
    f.occ(
        "2025-01-21",
        "larkspur-gives-notice",
        R(
            "sb",
            "After reviewing Friday's incident with the registered manager and our risk "
            "assessment, I have emailed Aaron Pike to give notice that Larkspur can no longer "
            "safely meet Kieran's needs. His remaining booked stays are cancelled.",
            "16:20",
            "Email",
        ),
        R(
            "csc",
            "Email from Nadia Coker (Larkspur House): the unit is ending Kieran's short breaks "
            "with immediate effect after the incident of 17/01. Placement breakdown. Team manager "
            "informed; professionals' meeting arranged for tomorrow; parents told by phone.",
            "16:45",
            "Email received",
        ),
    )
    f.occ(
        "2025-01-22",
        "professionals-meeting-breakdown",
        R(
            "csc",
            "Professionals' meeting on the short breaks breakdown with Larkspur, school and LD "
            "CAMHS. Agreed: request an emergency shared-care foster carer; CAMHS to review the "
            "PBS plan; school to keep the shortened day for now.",
            "14:00",
            "Professionals meeting",
        ),
        R(
            "sb",
            "Attended the professionals' mtg (Teams) on the ending of Kieran's stays - shared our "
            "incident log and what worked for him.",
            "14:00",
            "Meeting",
        ),
        R(
            "sch",
            "Professionals meeting (Teams) about Larkspur ending Kieran's short breaks. School's "
            "view: the loss of his nights away will show at home first. I will tell Ellie's "
            "teacher too.",
        ),
        R(
            "camhs",
            "Prof meeting re respite breakdown (Teams). PBS plan to be reviewed, home visit 28/01.",
            "14:15",
            "Liaison",
        ),
    )
    f.occ(
        "2025-01-24",
        "cin-meeting-after-breakdown",
        R(
            "csc",
            "CIN meeting brought forward after the short breaks ended. Parents, school and "
            "Darren's OT. Lisa will move to three nights a week at work for a month. Shared-care "
            "request to fostering panel. Darren to have adult social care support on weekdays.",
            "09:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN meeting in school, Mum and Dad present. Mum is reducing her nights. Agreed "
            "school will text home at 13:00 with how Kieran's day has gone.",
        ),
        R(
            "bi",
            "Attended Kieran's child in need meeting at school with Darren's consent; explained "
            "his fatigue in the afternoons.",
            "09:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-09",
        "callout-6-sunday",
        R(
            "pol",
            "CAD 1588 09/02/25. CALL FROM MOTHER - SON (10) BITING OWN ARM, SCREAMING, HIT "
            "MOTHER. PC 0977 HEWER ATTENDED 1840. PARENTS TAKING HIM TO HGH BY CAR. NO CRIME.",
            "18:25",
            "Concern for welfare",
            "PPN",
            ref="CAD 1588 09/02/25",
        ),
    )
    f.occ(
        "2025-02-09",
        "ed-attendance-bite",
        R(
            "ed",
            "Triage 19:40: 10yo M with parents, self-inflicted bite R forearm, skin broken. ASD. "
            "Quiet room.",
            "19:40",
            "Triage",
        ),
        R(
            "ed",
            "Bite wound cleaned, co-amoxiclav TTO. Police attended home earlier. SG: known DCT. "
            "D/C home with parents 21:30.",
            "21:30",
            "Discharge",
        ),
    )
    f.occ(
        "2025-02-10",
        "ed-reattendance",
        R(
            "ed",
            "Re-attended with mum: bite wound red and swollen, vomited co-amoxiclav. Reviewed, "
            "not for admission, abx changed. D/C. Notification to GP/school nurse.",
            "16:05",
            "Attendance",
        ),
    )
    f.occ(
        "2025-03-14",
        "shared-care-starts",
        R(
            "csc",
            "Kieran's first overnight with shared-care foster carers Mr and Mrs Lindqvist "
            "(Wedgwood Road). Introductions since 24/02. Carers report a calm evening.",
            "17:00",
            "Short break",
        ),
    )
    f.occ(
        "2025-04-29",
        "cin-review-3",
        R(
            "csc",
            "CIN review: shared care every other Friday going well; one police call-out since "
            "January. Brookmere School place confirmed for September. Plan continues; "
            "consider step-down to the DCT review team in the summer.",
            "10:00",
            "CIN review",
        ),
        R(
            "sch",
            "CIN review - I attended. Kieran's transition visits to Brookmere start 12 May.",
        ),
        R(
            "camhs",
            "CIN rv attended; PBS plan updated, discharge from LD CAMHS planned July.",
            "10:00",
            "Meeting",
        ),
    )

    f.fill(
        "gp",
        "2024-02-01",
        "2025-05-30",
        [
            ("Repeat prescription", "Melatonin 2mg MR repeat issued (Kieran)."),
            (
                "Consultation",
                "S: Lisa attends re own exhaustion, works nights x4/wk, son (10) ASD, husband ABI. "
                "Low mood. O: PHQ-9 12. A: Carer strain, mild depression. P: Talking therapies "
                "self-referral info; review 4/52.",
            ),
            ("Letter filed", "Letter from LD CAMHS: assessment appt offered - filed."),
            ("Repeat prescription", "Melatonin 4mg repeat issued."),
            (
                "Consultation",
                "S: Kieran - ear ache 2/7. O: L TM dull, no perf, temp 37.6. A: OM. P: analgesia, "
                "safety net.",
            ),
            ("Letter filed", "Brain injury team letter re father (Darren) - noted on family link."),
        ],
    )
    f.fill(
        "sch",
        "2024-02-01",
        "2025-05-30",
        [
            ("", "Kieran arrived dysregulated after a difficult morning; 20 mins in the den."),
            ("", "Ellie: told her teacher that Kieran 'broke the telly again'. Logged, no action."),
            ("", "I checked in with Mum at pick-up; she is finding the nights hard."),
            ("", "Kieran had a brilliant week - Star of the Hive certificate."),
            ("", "Kieran pushed a peer at lunch; restorative chat done; parents told at pick-up."),
        ],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-02-01",
        "2025-05-30",
        [
            ("Case note", "Supervision: case discussed with team manager; plan on track."),
            ("Telephone", "Phoned Lisa to update on the carers' assessment; no concerns."),
            ("Home visit", "Statutory CIN visit. Kieran seen alone in his room with his Lego."),
            ("Case note", "Carers' assessment for Lisa completed; direct payment approved."),
            ("Home visit", "CIN visit. Ellie seen; says home is 'noisy but OK'."),
        ],
    )
    f.fill(
        "sb",
        "2024-04-20",
        "2025-01-10",
        [
            ("Tea visit", "Tea visit with Kieran; explored the garden and sensory room."),
            ("Overnight stay", "Overnight stay. Good evening, swimming pool trip; slept 7 hrs."),
            ("Overnight stay", "Overnight stay. Upset at bedtime (new staff), settled by 22:30."),
            ("Overnight stay", "Overnight stay - uneventful."),
        ],
    )
    f.fill(
        "camhs",
        "2024-05-01",
        "2025-05-30",
        [
            ("Appointment", "Initial assessment with Kieran and mum; PBS approach agreed."),
            ("Home visit", "PBS observation at home at teatime with Dad."),
            ("Appointment", "PBS review with Lisa; functional analysis shared."),
        ],
    )
    f.fill(
        "bi",
        "2024-02-01",
        "2025-05-30",
        [
            ("Telephone", "Call with Darren: reminder of appointment, memory diary in use."),
            ("Home visit", "OT session: cooking task, needed prompting twice."),
            ("Letter", "Letter to GP: Darren's fatigue management plan."),
        ],
    )
    f.fill(
        "send",
        "2024-02-01",
        "2025-05-30",
        [
            ("Admin", "Annual review paperwork requested from school."),
            ("Admin", "Amended EHCP final issued; Section I Brookmere School."),
        ],
    )
    f.fill(
        "paeds",
        "2024-02-01",
        "2025-05-30",
        [("Clinic", "Review clinic: sleep better; growth on track. Discharge in 12 months.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Stoica / Lacatus family, Eastmere. Florentina Lacatus (b. 2003, also written
# Lăcătuș and Lakatos) and Marian Stoica (b. 1999), of Roma heritage, Romanian and Romani
# speaking, arrive from Castleburn (another local authority) in April 2024 with their baby
# Rebeca Stoica (b. 19/03/2024) to Flat 3, 41 Maltings Row, Eastmere EM2 8LJ, a two-bedroom flat
# shared with Marian's brother's family (nine people). Florentina's older children Alexandru
# (Alex, b. 11/06/2015) and Bianca (b. 23/10/2017) Lacatus live with her great-aunt Viorica
# Rostas ("Aunt Viorica") at 7 Quilter Street, Eastmere EM2 4DS: a private fostering
# arrangement. Registered at Marlpit Medical Practice; the children at Holmwood Primary.
# Rebeca's skull fracture at nine weeks, both parents' arrests, care proceedings; a second baby,
# Luca, born during them; disrepair, an improvement notice, eviction, temporary accommodation.
# --------------------------------------------------------------------------------------------


def _stoica() -> BlindCase:
    f = Family(
        "stoica",
        1702,
        {
            "pol": Sheet(
                POLICE,
                "Fenmoor Constabulary - Stoica return.xlsx",
                "Chronology",
                (("2024-01-01", "DC 5120 Arkwright (CAIT)"),),
            ),
            "csc": Sheet(
                CSC,
                "Eastmere Childrens Services chronology.xlsx",
                "Stoica-Lacatus",
                (
                    ("2024-01-01", "Hannah Keble (Social Worker, MASH/Assessment)"),
                    ("2024-05-23", "Tomasz Wierzba (Social Worker, Proceedings team)"),
                ),
            ),
            "hv": Sheet(
                HV,
                "Eastmere 0-19 Health Visiting.xlsx",
                "Chronology",
                (("2024-01-01", "Carla Dunmore, Health Visitor"),),
            ),
            "mw": Sheet(
                MW,
                "Eastmere Royal Maternity - vulnerable women.xlsx",
                "Antenatal",
                (("2024-01-01", "Jo Carrick, Specialist Midwife"),),
            ),
            "gp": Sheet(
                GP,
                "Marlpit Medical Practice - family records.xlsx",
                "Extract",
                (("2024-01-01", "Dr A. Brereton"),),
            ),
            "ed": Sheet(
                ED,
                "Eastmere Royal Infirmary - Paediatric ED.xlsx",
                "Attendances",
                (("2024-01-01", "PED Safeguarding Nurse"),),
            ),
            "ward": Sheet(
                WARD,
                "Eastmere Royal Infirmary - Kestrel Ward.xlsx",
                "Ward notes",
                (("2024-01-01", "Dr M. Ollerenshaw, Consultant Paediatrician"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "Eastmere Housing Options.xlsx",
                "Case log",
                (("2024-01-01", "Priti Sand, Housing Options Officer"),),
            ),
            "eh": Sheet(
                ENV_HEALTH,
                "Private Sector Housing - 41 Maltings Row.xlsx",
                "Sheet1",
                (("2024-01-01", "Gareth Mold, EHO"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass - Rebeca Stoica.xlsx",
                "Chronology",
                (("2024-01-01", "Simon Yallop, Family Court Adviser"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Holmwood Primary - DSL log.xlsx",
                "Log",
                (("2024-01-01", "Mr L. Fenn (DSL)"),),
                typed=False,
            ),
            "emtas": Sheet(
                EMTAS,
                "GRT Education Service - Lacatus children.xlsx",
                "Notes",
                (("2024-01-01", "Ana Dobre, GRT Education Adviser"),),
                typed=False,
            ),
        },
    )

    f.occ(
        "2024-04-08",
        "castleburn-transfer-email",
        R(
            "csc",
            "Email from Castleburn Children's Services (Duty): family known to them (child in "
            "need, closed February 2024: overcrowding, missed health appointments, interpreter "
            "needed - Romanian). Family said to have moved to Maltings Row, Eastmere. For "
            "information; no open plan. Logged as a contact, no further action at this time.",
            "15:20",
            "Contact",
            "Information only",
        ),
    )
    f.occ(
        "2024-04-09",
        "hv-records-transfer-in",
        R(
            "hv",
            "Contact type: Records transfer in. Received from Castleburn 0-19 team: Rebeca "
            "Stoica DOB 19/03/2024, new birth visit completed there 02/04. Universal partnership "
            "plus. Outcome: Transfer-in visit to be booked with Romanian interpreter.",
            "11:00",
            "Records transfer",
        ),
    )
    f.occ(
        "2024-04-10",
        "gp-registration",
        R(
            "gp",
            "New patient registrations: Marian STOICA, Florentina LACATUS, Rebeca STOICA "
            "(infant). Address Flat 3, 41 Maltings Row. Preferred language Romanian - "
            "interpreter flag added. Previous practice Castleburn.",
            "14:40",
            "Registration",
        ),
        R(
            "hv",
            "Contact type: Admin. Family registered with Marlpit Medical Practice (all three, "
            "registered 10/04/2024). Outcome: HV details updated.",
            "09:15",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-15",
        "hv-transfer-in-visit",
        R(
            "hv",
            "Contact type: Transfer-in home visit (Language Line Romanian interpreter by "
            "speakerphone, ID 30217). Seen mother, baby, father and 6 other adults/children in "
            "2-bed flat. Rebeca 3.9kg, feeding well (breast + formula). Baby sleeping in parents' "
            "bed, no Moses basket; black mould in bedroom. Outcome: safe sleep advice given, "
            "Moses basket requested via charity, consider referral to housing / EH.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-04-18",
        "children-start-holmwood",
        R(
            "sch",
            "Alexandru (Alex) Lacatus joined Year 4 today. Brought by Mrs Viorica Rostas, who "
            "says she is his aunt. Very little English; Ana from the GRT service came with them.",
            "09:00",
        ),
        R(
            "sch",
            "Bianca Lacatus joined Year 1 today with her brother Alex. Brought by Mrs Rostas. "
            "Bianca shy, held her brother's hand all morning.",
            "09:05",
        ),
        R(
            "emtas",
            "Alex and Bianca started at Holmwood Primary this morning - I went in with them and "
            "Mrs Rostas, translated the admission forms (Romanian) and set up the buddy system.",
            "09:00",
        ),
    )
    f.occ(
        "2024-04-22",
        "aunt-tells-school",
        R(
            "sch",
            "Alex: Mrs Rostas (who I understand is Mum's aunt or great-aunt) told me at the "
            "gate that Alex lives with her at Quilter Street, not with Mum, because 'there is no "
            "room at the flat'. She does not know how long for.",
            "08:50",
        ),
        R(
            "sch",
            "Bianca: as for Alex - Mrs Rostas told me this morning Bianca lives with her at "
            "Quilter Street since they came from Castleburn. Mum visits at weekends.",
            "08:52",
        ),
    )
    f.occ(
        "2024-04-22",
        "school-calls-mash-pf",
        R(
            "sch",
            "I rang the MASH to ask whether this is a private fostering arrangement and to pass "
            "on the details for both children.",
            "10:30",
        ),
        R(
            "csc",
            "Telephone contact from Mr Fenn (DSL, Holmwood Primary): Alexandru (8) and Bianca "
            "(6) Lacatus living with Mrs Viorica Rostas, described as their mother's aunt, at 7 "
            "Quilter Street since April. Possible private fostering arrangement. Mother lives at "
            "Maltings Row with her partner and baby.",
            "10:35",
            "Contact",
        ),
    )
    f.occ(
        "2024-04-23",
        "mash-decision-pf",
        R(
            "csc",
            "MASH decision: Mrs Rostas is the children's maternal great-aunt (mother's "
            "grandmother's sister), not a close relative under the Children Act 1989; the "
            "arrangement is intended to last more than 28 days, so it is private fostering. "
            "Allocated for a private fostering assessment; visit within 7 working days.",
            "12:00",
            "MASH decision",
            "Private fostering assessment",
        ),
    )
    f.occ(
        "2024-04-30",
        "pf-visit-sw-alone",
        R(
            "csc",
            "Private fostering visit to 7 Quilter Street with a face-to-face Romanian "
            "interpreter. Seen Mrs Rostas (64), Alex and Bianca. Two-bedroom house, children "
            "share a room, clean and warm. Mrs Rostas wants them to stay 'until Florentina has "
            "a house'. Mother not present; to be seen separately with consent forms. DBS "
            "checks on the household started.",
            "16:00",
            "Private fostering visit",
        ),
    )
    f.occ(
        "2024-04-30",
        "emtas-visit-alone",
        R(
            "emtas",
            "Home visit to Mrs Rostas at Quilter Street (10:00) about punctuality - children "
            "late 4 times. She walks them from Quilter Street and also minds a neighbour's "
            "child. Gave her a picture timetable. Nobody else visiting while I was there.",
            "10:00",
        ),
    )
    f.occ(
        "2024-05-02",
        "hv-referral-to-eh",
        R(
            "hv",
            "Contact type: Referral (with mother's consent, via interpreter). Referral sent to "
            "Private Sector Housing: damp and mould in 2-bed privately rented flat, 9 occupants, "
            "infant. Outcome: awaiting inspection date.",
            "15:45",
            "Referral",
        ),
        R(
            "eh",
            "Service request received from the health visitor: 41 Maltings Row Flat 3, damp / "
            "mould, suspected overcrowding (9 occupants incl. infant). Landlord: R. Dhaliwal "
            "Lettings. Inspection to be arranged; Romanian interpreter needed.",
            "09:30",
            "Service request",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-14",
        "eh-inspection",
        R(
            "eh",
            "I inspected Flat 3 with a Romanian interpreter (phone). HHSRS: Category 1 hazards - "
            "damp and mould growth (bedroom 1, bathroom) and crowding and space (9 persons in "
            "2 bedrooms; statutory overcrowding). Broken extractor, window frame rotten. Will "
            "write to the landlord and consider an improvement notice.",
            "11:00",
            "Inspection",
        ),
    )
    f.occ(
        "2024-05-20",
        "ed-attendance-rebeca",
        R(
            "ed",
            "Triage 02:52. 9/52 F brought by parents (taxi), Romanian - interpreter by phone. "
            "Hx: rolled off adult bed onto floor ~midnight, cried immediately. Boggy swelling L "
            "parietal. Obs stable. Cat 2.",
            "02:52",
            "Triage",
        ),
        R(
            "ed",
            "Reg review: 9wk old, non-mobile infant. L parietal swelling 4cm. CT head: linear L "
            "parietal skull # , no intracranial bleed. Hx inconsistent between parents (bed vs "
            "sofa). CP concerns - paeds on call informed, SG team to be told in hours.",
            "04:10",
            "Medical review",
        ),
        R(
            "ed",
            "Accepted by paediatrics; left PED for Kestrel Ward 06:20 with mother. Father went "
            "home.",
            "06:20",
            "Transfer",
        ),
    )
    f.occ(
        "2024-05-20",
        "ward-admission",
        R(
            "ward",
            "Admitted to Kestrel Ward from PED 06:35: Rebeca Stoica, 9/52, L parietal skull "
            "fracture. For skeletal survey, ophthalmology, bloods (clotting, bone profile). Mother "
            "resident. Interpreter booked for ward round.",
            "06:35",
            "Admission",
        ),
        R(
            "csc",
            "Rebeca (9 weeks) was admitted to Kestrel Ward, Eastmere Royal Infirmary this "
            "morning with a skull fracture; mother with her on the ward.",
            "09:10",
            "Hospital admission",
        ),
    )
    f.occ(
        "2024-05-20",
        "ward-calls-mash",
        R(
            "ward",
            "08:40 I telephoned the MASH (duty SW) to refer: 9wk non-mobile infant with skull "
            "fracture, explanation inconsistent. Strategy discussion requested today.",
            "08:40",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Telephone referral from Dr Ollerenshaw, consultant paediatrician, Kestrel Ward: "
            "Rebeca Stoica, 9 weeks, linear skull fracture, parents' accounts differ (fell from "
            "bed / sofa). Strategy discussion arranged for 11:00.",
            "08:45",
            "Contact",
        ),
    )
    f.occ(
        "2024-05-20",
        "strategy-discussion-rebeca",
        R(
            "csc",
            "Strategy meeting (Teams) chaired by the MASH team manager. Present: DC Arkwright "
            "(CAIT), Dr Ollerenshaw, the health visitor, the GP by written report. Agreed: "
            "joint s47 enquiry (single-agency police investigation alongside); Rebeca to remain "
            "in hospital; no unsupervised contact; police to arrest both parents; legal advice "
            "to be sought.",
            "11:00",
            "Strategy discussion",
            "S47 - joint",
        ),
        R(
            "pol",
            "STRATEGY MTG 1100 HRS - CAIT, CSC, CONS PAED, HV. 9 WK OLD SKULL FRACTURE, "
            "UNEXPLAINED. JOINT INVESTIGATION. DECISION: ARREST BOTH PARENTS. OIC DC 5120.",
            "11:00",
            "Strategy meeting",
            ref="CR/24/44017",
        ),
        R(
            "ward",
            "Strat discussion attended (Dr O). Medical opinion: fracture needs significant force, "
            "not explained by 45cm roll from bed without more. Plan as above.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (telephone). HV information shared: transfer-in "
            "15/04, overcrowding, co-sleeping, mould; mother warm with baby. Outcome: S47.",
            "11:25",
            "Multi-agency",
        ),
    )
    f.occ(
        "2024-05-20",
        "father-arrest",
        R(
            "pol",
            "1505 MARIAN STOICA (DOB 07/08/1999) ARRESTED AT ERI KESTREL WARD ON SUSPICION OF "
            "GBH (S20) ON CHILD. CONVEYED EASTMERE CUSTODY. INTERPRETER REQUESTED.",
            "15:05",
            "Arrest",
            ref="CR/24/44017 CUST 24/8810",
        ),
        R(
            "ward",
            "Father arrested on the ward by police 15:05 and taken away; parents' parking "
            "permit left at desk.",
            "15:10",
            "Nursing note",
        ),
    )
    f.occ(
        "2024-05-20",
        "mother-arrest",
        R(
            "pol",
            "1640 FLORENTINA LACATUS (DOB 14/01/2003) ARRESTED BY APPOINTMENT AT EASTMERE "
            "CUSTODY ON SUSPICION OF GBH (S20) ON CHILD / NEGLECT. INTERPRETER ROMANIAN.",
            "16:40",
            "Arrest",
            ref="CR/24/44017 CUST 24/8815",
        ),
    )
    f.occ(
        "2024-05-21",
        "ward-skeletal-survey",
        R(
            "ward",
            "Skeletal survey: no other fractures. Ophthalmology: no retinal haemorrhages. "
            "Clotting and bone profile normal. Mother returned to ward 11:30 after police "
            "interview; supervised by nursing staff per CSC plan.",
            "13:00",
            "Ward round",
        ),
    )
    f.occ(
        "2024-05-21",
        "father-bail",
        R(
            "pol",
            "STOICA INTERVIEWED WITH ROMANIAN INTERPRETER - ACCOUNT: BABY ROLLED OFF BED. "
            "RELEASED 0215 ON POLICE BAIL TO 20/08/24. CONDS: NO UNSUPERVISED CONTACT WITH ANY "
            "CHILD UNDER 16.",
            "02:15",
            "Bail",
            ref="CUST 24/8810",
        ),
    )
    f.occ(
        "2024-05-21",
        "mother-bail",
        R(
            "pol",
            "LACATUS INTERVIEWED (ROMANIAN INTERPRETER, SOLICITOR) - SAYS BABY FELL FROM BED, "
            "DID NOT SEE IT. RELEASED 1040 ON POLICE BAIL TO 20/08/24, SAME CONDS.",
            "10:40",
            "Bail",
            ref="CUST 24/8815",
        ),
    )
    f.occ(
        "2024-05-23",
        "legal-gateway",
        R(
            "csc",
            "Legal gateway meeting: threshold met on the medical evidence and the absence of an "
            "explanation. Parents offered s20 accommodation for Rebeca with a foster carer on "
            "discharge while proceedings are prepared; issue care proceedings and seek an "
            "interim care order. Parents to receive the letter before proceedings in Romanian.",
            "14:00",
            "Legal planning",
            "Issue proceedings",
        ),
    )
    f.occ(
        "2024-05-24",
        "discharge-to-foster-care",
        R(
            "ward",
            "Medically fit. Discharged 15:30 to foster carer Mrs J. Abberley with SW Tomasz "
            "Wierzba; s20 consent signed by both parents yesterday (interpreter present). TTO "
            "paracetamol. Discharge letter to GP and HV.",
            "15:30",
            "Discharge",
        ),
        R(
            "csc",
            "Rebeca discharged from Kestrel Ward this afternoon and placed with foster carer "
            "Mrs Abberley (Eastmere in-house fostering) under s20. Mother tearful; father not "
            "allowed on ward (bail). Contact: supervised at the family centre, 3x weekly.",
            "16:30",
            "Placement start",
        ),
    )
    f.occ(
        "2024-05-28",
        "hv-discharge-notice",
        R(
            "hv",
            "Contact type: Notification. Hospital discharge notification received from Kestrel "
            "Ward: Rebeca discharged 24/05 to foster care (s20). Outcome: caseload transferred to "
            "foster carer's HV team; remain involved with mother (pregnancy? - ask).",
            "10:10",
            "Notification",
        ),
    )
    f.occ(
        "2024-05-31",
        "care-application-issued",
        R(
            "csc",
            "Care application (C110A) issued at Eastmere Family Court for Rebeca. First hearing "
            "listed 04/06/2024. Romanian interpreter requested from the court for the parents.",
            "12:30",
            "Proceedings",
        ),
    )
    f.occ(
        "2024-06-03",
        "cafcass-allocation",
        R(
            "cafcass",
            "Case allocated to FCA Simon Yallop. Children's Guardian appointed for Rebeca "
            "Stoica; solicitor instructed (Fairholme & Pryce). Safeguarding letter: both "
            "parents on police bail; father previous caution in Castleburn (2021, theft).",
            "09:45",
            "Allocation",
        ),
    )
    f.occ(
        "2024-06-04",
        "first-hearing-ico",
        R(
            "csc",
            "Case management hearing at Eastmere Family Court (HHJ Latymer). Interim care order "
            "made for Rebeca, placement with Mrs Abberley approved. Parents attended with a "
            "court interpreter; their solicitors asked for an independent radiologist. Fact-"
            "finding hearing to be listed. Viability assessment of Mrs Rostas directed.",
            "10:00",
            "Court hearing",
            "ICO",
        ),
        R(
            "cafcass",
            "Attended first hearing: ICO granted (Rebeca). Directions: expert paediatric "
            "radiologist, fact-finding, viability of great-aunt. Guardian's initial analysis "
            "filed.",
            "10:00",
            "Hearing",
            shift="swap",
        ),
        R(
            "hv",
            "Contact type: Telephone (SW). Informed interim care order granted for Rebeca at "
            "court 04/06. Outcome: noted.",
            "09:30",
            "Liaison",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-29",
        "brothers-fight-flat",
        R(
            "pol",
            "CAD 2281 29/06/24. DISTURBANCE FLAT 3, 41 MALTINGS ROW. TWO BROTHERS ARGUING, "
            "MARIAN STOICA AND DANUT STOICA, OVER ROOM/RENT. NEIGHBOUR CALLER. PC 3390 "
            "WHITTLE ATTENDED 2355. 4 CHILDREN PRESENT (DANUT'S). NO ASSAULT. WORDS OF ADVICE. "
            "STOICA ON BAIL - CONDS CHECKED, NO BREACH (CHILDREN NOT ALONE WITH HIM).",
            "23:40",
            "Domestic - non crime",
            "PPN SUBMITTED",
            ref="CAD 2281 29/06/24",
        ),
    )
    f.occ(
        "2024-07-01",
        "csc-ppn-brothers",
        R(
            "csc",
            "Police notification received re disturbance at Maltings Row on Saturday night "
            "(29/06) between Marian and his brother. Four of the brother's children present. "
            "Passed to MASH for a separate contact about the brother's children; Rebeca not "
            "present (in foster care).",
            "10:05",
            "Police notification",
        ),
    )
    f.occ(
        "2024-07-02",
        "improvement-notice",
        R(
            "eh",
            "Improvement notice (s11 Housing Act 2004) served on R. Dhaliwal Lettings by post "
            "and email: works to damp, ventilation and window within 28 days. Overcrowding "
            "notice under consideration. Copy to tenant (translated summary).",
            "12:00",
            "Enforcement",
        ),
    )
    f.occ(
        "2024-07-04",
        "housing-register-application",
        R(
            "hsg",
            "Housing register application taken in person with a Romanian interpreter (Mr C. "
            "Pop, face to face). Household: Marian, Florentina (pregnant?), Rebeca (in care), "
            "Alex and Bianca (with great-aunt). Band B - statutory overcrowding, EH evidence.",
            "14:00",
            "Application",
        ),
    )
    f.occ(
        "2024-07-16",
        "case-management-hearing-2",
        R(
            "csc",
            "Further case management hearing: independent radiologist's report awaited; "
            "fact-finding listed 19/11/2024 (3 days reserved, 1 used). Contact increased to 4x "
            "weekly. Mrs Rostas's viability negative (she is already caring for Alex and "
            "Bianca and has health problems).",
            "14:00",
            "Court hearing",
        ),
        R(
            "cafcass",
            "CMH - attended. FF listed 19/11. Contact increase supported by guardian.",
            "14:00",
            "Hearing",
        ),
    )
    f.occ(
        "2024-07-23",
        "mw-booking",
        R(
            "mw",
            "Booking appointment (face-to-face Romanian interpreter). G3 P2, LMP 28/05/24, EDD "
            "04/03/25. Known to CSC - Rebeca in care, parents on bail. Referred to the "
            "vulnerable women's team; consent to share obtained. BMI 22. No alcohol/drugs. "
            "Safeguarding: CSC informed of pregnancy.",
            "09:30",
            "Booking",
        ),
    )
    f.occ(
        "2024-07-23",
        "gp-appointment-same-day",
        R(
            "gp",
            "S: Marian - back pain after lifting at work (car wash), via telephone interpreter. "
            "O: lumbar paraspinal tenderness, SLR neg. A: mechanical LBP. P: ibuprofen, exercise "
            "leaflet (Romanian).",
            "16:00",
            "Consultation",
        ),
    )
    f.occ(
        "2024-09-17",
        "attendance-meeting",
        R(
            "sch",
            "Alex: attendance meeting with Mrs Rostas and Ana (GRT service). Alex 81% last "
            "term, mostly lateness and three days at Castleburn for a family funeral. Agreed "
            "target 92%; Ana will translate the letter.",
            "15:30",
        ),
        R(
            "sch",
            "Bianca: attendance meeting with Mrs Rostas and Ana - Bianca 84%. Same plan as Alex.",
            "15:30",
        ),
        R(
            "emtas",
            "Attendance meeting at Holmwood for Alex and Bianca: I translated for Mrs Rostas. "
            "She did not know about the family funeral days counting as unauthorised.",
            "15:30",
        ),
    )
    f.occ(
        "2024-09-10",
        "pf-assessment-approved",
        R(
            "csc",
            "Private fostering assessment completed and approved by the team manager: Mrs "
            "Rostas suitable, DBS clear, household checks fine. Arrangement to be reviewed every "
            "six weeks in the first year and every 12 weeks thereafter. Mother's consent "
            "recorded (interpreter).",
            "15:00",
            "Private fostering",
            "Approved",
        ),
    )
    f.occ(
        "2024-10-15",
        "cps-nfa",
        R(
            "pol",
            "CPS ADVICE RECEIVED CR/24/44017: NO FURTHER ACTION BOTH SUSPECTS - EVIDENTIAL TEST "
            "NOT MET (CANNOT SAY WHICH CARER, EXPERT CANNOT EXCLUDE ACCIDENTAL MECHANISM). BAIL "
            "CANCELLED. CSC INFORMED BY EMAIL.",
            "11:30",
            "Outcome",
            ref="CR/24/44017",
        ),
    )
    f.occ(
        "2024-10-24",
        "homeless-application",
        R(
            "hsg",
            "Florentina attended with interpreter (Language Line video). Landlord served s21 "
            "notice on 21/10 (2 months) - after improvement notice, possible retaliatory "
            "eviction: EHO asked to confirm dates. Homeless application taken; prevention duty "
            "accepted. Pregnant, EDD March.",
            "10:30",
            "Homeless application",
        ),
    )
    f.occ(
        "2024-11-05",
        "pre-birth-assessment-start",
        R(
            "csc",
            "Pre-birth assessment started for the unborn baby (EDD 04/03/2025) with both "
            "parents at the family centre, interpreter present. Parents now say Rebeca rolled "
            "from a mattress propped on two beds because there was no space for a cot.",
            "10:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-19",
        "fact-finding-hearing",
        R(
            "csc",
            "Fact-finding hearing. Evidence from Dr Ollerenshaw, the independent radiologist "
            "and both parents (interpreter). Judgment reserved to 29/11.",
            "10:00",
            "Court hearing",
        ),
        R(
            "cafcass",
            "Fact-finding hearing day 1 (of 1 used) - attended. Judgment reserved.",
            "10:00",
            "Hearing",
        ),
        R(
            "pol",
            "DC 5120 ATTENDED EASTMERE FAMILY COURT FACT FINDING - POLICE DISCLOSURE AND "
            "INTERVIEW RECORDS PROVIDED. EVIDENCE GIVEN.",
            "10:00",
            "Court",
            shift="month",
        ),
    )
    f.occ(
        "2024-11-29",
        "judgment-hearing",
        R(
            "csc",
            "Judgment handed down: the court found on balance that Rebeca's fracture was caused "
            "by a fall from an improvised raised bed in an overcrowded room, not by an inflicted "
            "blow; the parents failed to provide a safe sleeping space despite advice (neglect). "
            "Plan: rehabilitation of Rebeca home after the birth if housing is secured.",
            "14:00",
            "Court hearing",
            "Findings made",
        ),
        R(
            "cafcass",
            "Judgment handed down (remote hearing): accidental mechanism, neglectful sleeping "
            "arrangements found. Guardian supports a rehabilitation plan subject to housing.",
            "14:00",
            "Hearing",
        ),
    )
    f.occ(
        "2024-12-10",
        "strategy-unborn",
        R(
            "csc",
            "Strategy discussion for the unborn baby following the findings: s47 to continue to "
            "an initial child protection conference before the birth (neglect).",
            "10:00",
            "Strategy discussion",
            "ICPC",
        ),
        R(
            "mw",
            "Strat discussion re unborn (tel) - attended. ICPC to be booked before 32/40.",
            "10:15",
            "Multi-agency",
        ),
        R(
            "pol",
            "STRAT 1000 RE UNBORN STOICA/LACATUS - POLICE NFA CONFIRMED, NO FURTHER POLICE "
            "ROLE. CONTINUE S47 (CSC SINGLE AGENCY).",
            "10:00",
            "Strategy",
        ),
    )
    f.occ(
        "2025-01-08",
        "icpc-pre-birth",
        R(
            "csc",
            "Initial child protection conference (pre-birth) for the unborn baby of Florentina "
            "Lacatus and Marian Stoica. Parents attended with a Romanian interpreter. Decision: "
            "child protection plan at birth under the category of neglect; safe sleep, housing "
            "and health appointments central. Core group within 10 working days.",
            "13:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "mw",
            "Attended ICPC (pre-birth). CP plan from birth. Birth plan to be written; "
            "notification on Badger/ maternity alert placed.",
            "13:00",
            "Conference",
        ),
        R(
            "hv",
            "Contact type: Child protection conference (initial, unborn). Report submitted. "
            "Outcome: CP plan - neglect. HV on core group.",
            "13:00",
            "Conference",
        ),
        R(
            "gp",
            "ICPC report sent and Dr Brereton attended by phone - unborn baby, CP plan agreed "
            "(neglect).",
            "13:30",
            "Case conference",
        ),
    )
    f.occ(
        "2025-01-15",
        "core-group-1",
        R(
            "csc",
            "First core group (family centre): parents, HV, midwife, interpreter. Cot, Moses "
            "basket and sleeping bags delivered; housing prevention duty chased.",
            "10:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Safe sleep plan reviewed with parents (interpreter). "
            "Outcome: actions on plan.",
            "10:00",
            "Core group",
        ),
        R(
            "mw",
            "CG meeting attended - birth plan shared.",
            "10:00",
            "Core group",
        ),
    )
    f.occ(
        "2025-01-20",
        "move-to-ta",
        R(
            "hsg",
            "Relief duty: household placed in temporary accommodation, Flat 6 Beacon House, "
            "Nene Road, Eastmere EM4 1RT (2 bedrooms, self-contained). Keys handed over 12:00 "
            "with interpreter by phone.",
            "12:00",
            "Temporary accommodation",
        ),
        R(
            "csc",
            "Marian and Florentina moved today into temporary accommodation at Flat 6, Beacon "
            "House, Nene Road. Two bedrooms, just the couple. I visited at 15:00: a cot is up.",
            "15:00",
            "House move",
        ),
    )
    f.occ(
        "2025-01-22",
        "mw-no-interpreter",
        R(
            "mw",
            "ANC 34/40 - interpreter booked did not attend; Marian's nephew (14) offered to "
            "translate - declined, not appropriate. Appt rebooked with Language Line for "
            "23/01. BP 118/72, SFH 34cm.",
            "11:00",
            "Antenatal",
        ),
    )
    f.occ(
        "2025-02-27",
        "birth-luca",
        R(
            "mw",
            "SVD 03:12 at Eastmere Royal. Live male infant, 3.18kg, Apgars 9/10. Father "
            "present. Baby Luca Stoica. CP plan in place - birth plan followed, SW informed at "
            "09:00.",
            "03:12",
            "Birth",
        ),
        R(
            "csc",
            "Baby Luca was born this morning at 03:12 at Eastmere Royal (3.18kg), both well. "
            "Subject to a child protection plan from birth.",
            "09:20",
            "Birth",
        ),
        R(
            "hv",
            "Contact type: Birth notification. Male infant Luca Stoica born 27/02/2025 03:12, "
            "3.18kg, SVD. Outcome: new birth visit to be booked with interpreter.",
            "10:00",
            "Birth notification",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-01",
        "postnatal-discharge",
        R(
            "mw",
            "Postnatal discharge home with baby to Flat 6 Beacon House. Feeding well (breast). "
            "Safe sleep reinforced, Moses basket seen in photos. Community MW to visit 02/03.",
            "12:45",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-04",
        "hv-new-birth-visit",
        R(
            "hv",
            "Contact type: New birth visit (Language Line video interpreter). Luca 3.10kg. "
            "Breastfeeding well. Baby sleeping in own cot in parents' room. Outcome: CP plan - "
            "weekly HV contact.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-03-04",
        "sw-visit-same-day",
        R(
            "csc",
            "Statutory child protection visit to Luca at Beacon House (14:30), with an "
            "interpreter. Luca seen asleep on his back in his cot. Parents asking when Rebeca "
            "can come home. Contact for Rebeca moved to Beacon House (supervised).",
            "14:30",
            "CP visit",
        ),
    )
    f.occ(
        "2025-03-06",
        "core-group-2",
        R(
            "csc",
            "Core group at Beacon House: parents, HV, community midwife. Good progress; "
            "rehabilitation plan for Rebeca agreed in principle.",
            "11:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group (home). Outcome: progress noted; HV to continue weekly.",
            "11:00",
            "Core group",
            shift="-1",
        ),
    )
    f.occ(
        "2025-03-18",
        "irh",
        R(
            "csc",
            "Issues resolution hearing: the court endorsed a plan for Rebeca to return home "
            "under the interim care order from 07/04/2025, final hearing listed 10/06/2025.",
            "10:30",
            "Court hearing",
        ),
        R(
            "cafcass",
            "IRH - attended. Guardian agrees phased return home 07/04.",
            "10:30",
            "Hearing",
        ),
    )
    f.occ(
        "2025-04-07",
        "rebeca-returns-home",
        R(
            "csc",
            "Rebeca moved from Mrs Abberley's home to live with her parents and Luca at Beacon "
            "House today (placement with parents under the ICO). Regulation 19 checks done.",
            "11:00",
            "Placement change",
        ),
        R(
            "hv",
            "Contact type: Telephone (SW). Rebeca returned home to parents 07/04 (placement with "
            "parents). Outcome: HV to see both children.",
            "09:00",
            "Liaison",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-24",
        "rcpc-luca",
        R(
            "csc",
            "Review child protection conference for Luca: parents engaging, safe sleep "
            "observed, Rebeca home since 07/04. Decision: Luca remains on a CP plan (neglect) "
            "for one more review to test the arrangements with two babies.",
            "10:00",
            "RCPC",
            "CP plan continues",
        ),
        R(
            "hv",
            "Contact type: Review child protection conference. Outcome: CP plan continues. "
            "HV report: weights on 50th centile, all immunisations up to date.",
            "10:00",
            "Conference",
        ),
        R(
            "gp",
            "RCPC today - Dr Brereton joined by phone for the health section (immunisations "
            "given, 6-8wk check normal). Plan continues.",
            "10:20",
            "Case conference",
        ),
    )
    f.occ(
        "2025-06-10",
        "final-hearing",
        R(
            "csc",
            "Final hearing: care proceedings concluded; the court made a 12-month supervision "
            "order for Rebeca in favour of the local authority. Guardian discharged.",
            "10:00",
            "Court hearing",
            "Supervision order",
        ),
        R(
            "cafcass",
            "Final hearing attended: 12 month supervision order (Rebeca). Case closed to Cafcass.",
            "10:00",
            "Hearing",
        ),
    )
    f.occ(
        "2025-07-21",
        "move-to-wharf-lane",
        R(
            "hsg",
            "Main duty discharged: family signed a secure tenancy of 18 Wharf Lane, Eastmere EM3 "
            "5PB (3-bed house). Moved in today.",
            "10:00",
            "Tenancy start",
        ),
        R(
            "csc",
            "The family moved into 18 Wharf Lane today. Alex and Bianca have moved from Mrs "
            "Rostas's home to live with their mother, so the private fostering arrangement has "
            "ended (notified to the private fostering team).",
            "16:00",
            "House move",
        ),
    )

    f.fill(
        "hv",
        "2024-08-01",
        "2025-02-14",
        [
            (
                "Antenatal contact",
                "Contact type: Antenatal contact (interpreter by phone). Mother's wellbeing "
                "discussed, safe sleep for the new baby. Outcome: no new concerns.",
            ),
            ("Home visit", "Contact type: Home visit - no access. Card left (Romanian)."),
        ],
    )
    f.fill(
        "hv",
        "2025-03-10",
        "2025-07-31",
        [
            (
                "Clinic",
                "Contact type: Child health clinic. Luca weighed, gaining along the 50th "
                "centile. Outcome: no concerns.",
            ),
            (
                "Home visit",
                "Contact type: CP home visit. Luca seen, safe sleep seen. Outcome: plan continues.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2024-06-10",
        "2025-03-14",
        [
            (
                "Contact session",
                "Supervised contact at the family centre: warm, appropriate handling of "
                "Rebeca. Interpreter present.",
            ),
            ("Contact session", "Supervised contact: mother late (bus); father fed Rebeca."),
            ("Supervision", "Case supervision: plan on track, housing is the main risk."),
        ],
    )
    f.fill(
        "csc",
        "2024-09-12",
        "2025-07-18",
        [
            (
                "Private fostering visit",
                "Private fostering review visit at Quilter Street. Alex and Bianca seen alone.",
            ),
            (
                "Private fostering visit",
                "Private fostering visit: children well, Mrs Rostas tired; asked for a school "
                "uniform grant.",
            ),
        ],
    )
    f.fill(
        "sch",
        "2024-06-01",
        "2025-07-18",
        [
            ("", "Alex: upset at lunch, said he misses his baby sister. Talked with him."),
            ("", "Bianca: headlice - letter given to Mrs Rostas (translated by Ana)."),
            ("", "Alex: good progress with reading; EAL assessment step 2."),
        ],
        timed=False,
    )
    f.fill(
        "emtas",
        "2024-06-01",
        "2025-07-18",
        [
            ("", "In-class support for Bianca, phonics group."),
            ("", "Phoned Mrs Rostas about the school trip consent form (Romanian)."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-05-28",
        "2024-06-30",
        [
            (
                "Letter filed",
                "Discharge letter from Kestrel Ward re skull fracture - filed, coded.",
            ),
            ("Immunisation", "Rebeca - 12 week imms given (brought by foster carer)."),
        ],
    )
    f.fill(
        "gp",
        "2024-08-01",
        "2025-07-31",
        [
            (
                "Consultation",
                "S: Florentina - cough 1/52 (interpreter). O: chest clear. A: viral URTI. "
                "P: self care.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2025-04-25",
        "2025-05-20",
        [("Immunisation", "Luca 12 week imms (mother, interpreter by phone).")],
    )
    f.fill(
        "mw",
        "2024-08-01",
        "2025-02-20",
        [
            ("Antenatal", "ANC 20/40 anomaly scan - normal. Interpreter present."),
            ("Antenatal", "ANC 28/40, bloods taken. Interpreter by phone."),
        ],
    )
    f.fill(
        "eh",
        "2024-07-10",
        "2024-12-20",
        [
            ("Inspection", "Revisit: works partly done (extractor fitted); mould remains."),
            ("Enforcement", "Letter to landlord: works outstanding, prosecution considered."),
        ],
    )
    f.fill(
        "hsg",
        "2024-07-10",
        "2025-01-10",
        [
            (
                "Bidding",
                "Bids placed on two 3-bed properties via choice-based lettings (officer helped "
                "with interpreter).",
            ),
        ],
    )
    f.fill(
        "hsg",
        "2025-01-27",
        "2025-07-15",
        [("Review", "Temporary accommodation review visit: flat clean, no issues.")],
    )
    f.fill(
        "cafcass",
        "2024-06-10",
        "2025-03-31",
        [("Visit", "Guardian visited Rebeca at the foster carer's home: thriving.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Rowcroft family, Sallowfield. Tianna Rowcroft (b. 19/01/2008) lives with her
# mother Joanne Rowcroft (b. 1984) and her mother's partner Lee Brannigan at 27 Heron Walk,
# Sallowfield SF6 3NP, registered at Linthorpe Road Surgery. At sixteen she is pregnant by
# Connor Mabry (b. 14/02/2001), 23, of Flat 9 Cobden House, Marsh Lane, whom she met when she
# was fifteen. Sexual health clinic, teenage pregnancy midwife, exploitation screening, a missing
# episode, Connor's arrest and charge, supported accommodation at Harbour House, a pre-birth
# conference, pre-proceedings, a discharge planning meeting; baby Mila born 18/02/2025 into
# care proceedings and a parent-and-baby foster placement with Mrs Dawn Ketteridge.
# --------------------------------------------------------------------------------------------


def _rowcroft() -> BlindCase:
    f = Family(
        "rowcroft",
        1703,
        {
            "pol": Sheet(
                POLICE,
                "Wessmoor Police - Rowcroft.xlsx",
                "PVP chronology",
                (("2024-01-01", "DC 2764 Sadler (CSE team)"),),
            ),
            "csc": Sheet(
                CSC,
                "Sallowfield CSC - Tianna Rowcroft.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "Megan Hollis (Social Worker)"),
                    ("2024-09-20", "Kwame Asante (Social Worker, Children in Care)"),
                ),
            ),
            "sh": Sheet(
                SEXUAL_HEALTH,
                "Sallowfield Sexual Health - clinic record.xlsx",
                "Attendances",
                (("2024-01-01", "Sr Bev Lomax, Young People's Nurse"),),
            ),
            "mw": Sheet(
                MW,
                "Teenage Pregnancy Midwife - T Rowcroft.xlsx",
                "Contacts",
                (("2024-01-01", "Rachel Imrie, Teenage Pregnancy Midwife"),),
            ),
            "col": Sheet(
                COLLEGE,
                "Sallowfield Sixth Form College - safeguarding.xlsx",
                "MyConcern",
                (("2024-01-01", "Ms D. Varley (DSL)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "GP record - Tianna Rowcroft.xlsx",
                "Consultations",
                (
                    ("2024-01-01", "Dr K. Spurling (Linthorpe Road Surgery)"),
                    ("2024-10-01", "Dr H. Naidu (Quayside Health Centre)"),
                ),
            ),
            "exp": Sheet(
                EXPLOITATION,
                "Sallowfield Exploitation Hub.xlsx",
                "Tianna",
                (("2024-01-01", "Jess Carrow, Exploitation Practitioner"),),
            ),
            "sa": Sheet(
                SUPPORTED,
                "Harbour House supported accommodation - key work log.xlsx",
                "Log",
                (("2024-01-01", "Sam Okereke, Key Worker"),),
            ),
            "mat": Sheet(
                MATERNITY,
                "Sallowfield General - Maternity.xlsx",
                "Maternity notes",
                (("2024-01-01", "Maternity Safeguarding Team"),),
            ),
            "fos": Sheet(
                FOSTERING,
                "Fostering Service - Ketteridge P&B placement.xlsx",
                "SSW records",
                (("2024-01-01", "Lorraine Batty, Supervising Social Worker"),),
            ),
            "fnp": Sheet(
                FNP,
                "Family Nurse Partnership - Tianna R.xlsx",
                "Contacts",
                (("2024-01-01", "Nicola Frame, Family Nurse"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass - Mila Rowcroft.xlsx",
                "Chronology",
                (("2024-01-01", "Imran Chaudhry, Children's Guardian"),),
            ),
        },
    )

    f.occ(
        "2024-06-25",
        "sh-walk-in",
        R(
            "sh",
            "Walk-in, seen alone. 16yo F. Positive UPT, LMP approx 12/05/24 (~6/40). Partner "
            "'Connor', 23, together since last October (she was 15). He holds her phone, she "
            "stays at his flat 'most weekends'. Spotting the Signs proforma: 5 flags (age gap, "
            "met when 15, controlling, gifts, alcohol). Options discussed - wishes to continue "
            "pregnancy. STI screen taken. Consent to share with CSC and TP midwife.",
            "13:40",
            "Consultation",
            "Safeguarding referral; TP MW referral",
        ),
    )
    f.occ(
        "2024-06-25",
        "sh-calls-mash",
        R(
            "sh",
            "Phoned MASH re Tianna: 16, 6/40 pregnant, partner 23, relationship began at 15, "
            "controlling. Spoke to duty SW. Written referral to follow.",
            "15:20",
            "Telephone",
        ),
        R(
            "csc",
            "Telephone contact from Sr Lomax at the sexual health clinic: Tianna Rowcroft (16) "
            "is about six weeks pregnant; the father is Connor Mabry, 23; the relationship "
            "started when Tianna was 15. Tianna says he keeps her phone. Mother not aware of "
            "the pregnancy. Contact recorded for MASH screening.",
            "15:25",
            "Contact",
        ),
    )
    f.occ(
        "2024-06-26",
        "mash-decision",
        R(
            "csc",
            "MASH screening decision: child and family assessment (s17) with an exploitation "
            "screening by the Exploitation Hub; police checks on Connor Mabry requested (known "
            "for a domestic incident with an ex-partner, 2022). Allocated to Megan Hollis.",
            "11:45",
            "MASH decision",
            "C&F assessment + exploitation screening",
        ),
    )
    f.occ(
        "2024-06-27",
        "sh-referral-tp-midwife",
        R(
            "sh",
            "Referral emailed to Teenage Pregnancy Midwife (R. Imrie) with Tianna's consent: "
            "6/40, safeguarding concerns shared, CSC aware.",
            "10:05",
            "Referral",
        ),
        R(
            "mw",
            "Referral received from Sallowfield Sexual Health (Sr Lomax) - Tianna 16, approx "
            "7/40. Safeguarding: older partner, CSC involved. Booking visit to arrange at "
            "home or college.",
            "09:00",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-02",
        "exploitation-screening",
        R(
            "exp",
            "Exploitation screening tool completed (from CSC, sexual health and police "
            "information; Tianna not yet seen). Outcome: MEDIUM risk of child sexual "
            "exploitation - grooming indicators, age gap, control of phone, alcohol. Sent to "
            "Megan Hollis (SW) and the police CSE team.",
            "12:00",
            "Screening",
            "Medium risk",
        ),
        R(
            "csc",
            "Exploitation screening returned by the Exploitation Hub: medium risk (grooming, "
            "control, age gap). Strategy discussion to be convened; hub to offer Tianna a "
            "worker.",
            "14:30",
            "Screening received",
        ),
    )
    f.occ(
        "2024-07-04",
        "mw-booking",
        R(
            "mw",
            "Booking at home, Tianna with mum (Joanne) - mum now aware, 'shocked but "
            "supportive'. 8+3/40, EDD 16/02/25. BMI 19. Smokes 5/day. Booking bloods. Routine "
            "enquiry about DA asked alone: says Connor 'gets jealous' but no violence. FNP "
            "referral with consent.",
            "10:30",
            "Booking",
        ),
    )
    f.occ(
        "2024-07-09",
        "sw-home-visit-alone",
        R(
            "csc",
            "Home visit to 27 Heron Walk. Seen Tianna alone in her room and then with her "
            "mother. Lee (mother's partner) left when I arrived. Tianna says Connor is 'the "
            "only one who listens'. Mother says Lee wants Tianna to leave if she keeps the baby. "
            "Tianna was angry that the clinic 'told on her'.",
            "16:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-09",
        "hub-first-session-alone",
        R(
            "exp",
            "First 1:1 with Tianna (11:00) at the youth hub cafe on Bridge Street. Built "
            "rapport; she showed me messages from Connor checking where she is. Agreed to meet "
            "weekly.",
            "11:00",
            "1:1 session",
        ),
    )
    f.occ(
        "2024-07-19",
        "missing-report",
        R(
            "pol",
            "LOG 2218 19/07/24. MISSING PERSON REPORT - TIANNA ROWCROFT 16YRS. LEFT HOME 1930 "
            "AFTER ARGUMENT WITH MOTHER'S PARTNER. PREGNANT. BELIEVED WITH CONNOR MABRY (23). "
            "PHONE OFF. MEDIUM RISK. ENQUIRIES AT COBDEN HOUSE - NO REPLY.",
            "23:30",
            "Missing person",
            "ONGOING",
            ref="LOG 2218 19/07/24 MP-24-3341",
        ),
    )
    f.occ(
        "2024-07-20",
        "missing-found",
        R(
            "pol",
            "MP-24-3341 TIANNA ROWCROFT LOCATED 1410 BY PC 0612 FARRANT AT FLAT 9 COBDEN "
            "HOUSE, MARSH LANE WITH CONNOR MABRY. SAFE AND WELL CHECK DONE. RETURNED TO MOTHER "
            "1450. MABRY WARNED - CHILD ABDUCTION WARNING NOTICE CONSIDERED (SHE IS 16, NOT "
            "APPLICABLE). REFER CSE TEAM.",
            "14:10",
            "Missing person - found",
            "FOUND. PPN.",
            ref="MP-24-3341",
        ),
    )
    f.occ(
        "2024-07-22",
        "csc-missing-notification",
        R(
            "csc",
            "Police notification received: Tianna reported missing on the evening of 19/07 "
            "and found at Connor Mabry's flat at 14:10 on 20/07. Return home interview "
            "requested from the Exploitation Hub. Strategy discussion booked for 24/07.",
            "09:50",
            "Police notification",
        ),
    )
    f.occ(
        "2024-07-23",
        "return-home-interview",
        R(
            "exp",
            "Return home interview with Tianna at home (mum downstairs). She went to Connor's "
            "after Lee called her 'a slag'; Connor's friend gave her vodka; she slept at the "
            "flat. Denies any pressure for sex with others. Shared with SW and police.",
            "15:30",
            "Return home interview",
        ),
    )
    f.occ(
        "2024-07-24",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by the MASH team manager: DC Sadler (CSE "
            "team), Jess Carrow (Exploitation Hub), Sr Lomax (sexual health), Rachel Imrie (TP "
            "midwife). The relationship began when Tianna was 15: police to open an "
            "investigation into Connor Mabry. S47 enquiry agreed. Reconvene Friday after "
            "police checks.",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION 1000 RE TIANNA ROWCROFT. CSC, HUB, SH, MW. CRIME TO BE "
            "RECORDED - SEXUAL ACTIVITY WITH CHILD (2023, V AGED 15). S47. FURTHER STRAT "
            "26/07.",
            "10:00",
            "Strategy",
            ref="CR/24/61822",
        ),
        R(
            "exp",
            "Strategy meeting attended - RHI shared. Hub to continue weekly 1:1s.",
            "10:00",
            "Meeting",
        ),
        R(
            "sh",
            "Attended strat discussion by phone (10:20-10:40) - shared clinic attendance and "
            "Spotting the Signs flags.",
            "10:20",
            "Multi-agency",
        ),
    )
    f.occ(
        "2024-07-26",
        "strategy-2",
        R(
            "csc",
            "Second strategy discussion: police checks show Connor has a 2022 domestic "
            "incident with a 17-year-old ex-partner. Tianna declines an ABE interview for now. "
            "Police to proceed on digital evidence. Safety plan with Tianna and her mother.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "FURTHER STRAT 1400 - CHECKS SHARED (MABRY DA 2022 V 17YO). V DECLINES ABE. "
            "INVESTIGATION CONTINUES - DIGITAL.",
            "14:00",
            "Strategy",
            ref="CR/24/61822",
        ),
        R(
            "mw",
            "Strategy meeting no. 2 (tel) attended - shared booking info; TP MW to continue.",
            "14:00",
            "Multi-agency",
        ),
    )
    f.occ(
        "2024-08-13",
        "connor-arrest",
        R(
            "pol",
            "0715 CONNOR MABRY (DOB 14/02/2001) ARRESTED AT FLAT 9 COBDEN HOUSE ON SUSPICION "
            "OF SEXUAL ACTIVITY WITH A CHILD (X3, 2023). PHONES SEIZED. CONVEYED SALLOWFIELD "
            "CUSTODY.",
            "07:15",
            "Arrest",
            ref="CR/24/61822 CUST 24/14402",
        ),
        R(
            "csc",
            "DC Sadler informed me that Connor Mabry was arrested at his flat this morning on "
            "suspicion of sexual activity with a child (Tianna, when 15). I told Tianna with "
            "her mother; she was very upset and blamed herself.",
            "12:30",
            "Arrest",
        ),
    )
    f.occ(
        "2024-08-13",
        "flatmate-arrest",
        R(
            "pol",
            "0740 DURING S32 SEARCH OF FLAT 9: REECE HOLDEN (DOB 03/05/1999), FLATMATE, "
            "ARRESTED FOR POSSESSION WITH INTENT TO SUPPLY CLASS B (CANNABIS, 9 DEALS, SCALES). "
            "SEPARATE CRIME CR/24/63105.",
            "07:40",
            "Arrest",
            ref="CR/24/63105 CUST 24/14405",
        ),
    )
    f.occ(
        "2024-08-14",
        "connor-rui",
        R(
            "pol",
            "MABRY INTERVIEWED - NO COMMENT. RELEASED UNDER INVESTIGATION 0120 14/08. "
            "SAFEGUARDING ADVICE GIVEN; NO CONDITIONS POSSIBLE (RUI).",
            "01:20",
            "Released under investigation",
            ref="CR/24/61822",
        ),
    )
    f.occ(
        "2024-09-04",
        "college-start",
        R(
            "col",
            "Tianna started Year 12 (Level 3 Health & Social Care). I met her as DSL - she "
            "told me she is pregnant (due February) and has a social worker. Pastoral plan: "
            "toilet pass, quiet room, maternity study plan to be written.",
            "11:00",
        ),
    )
    f.occ(
        "2024-09-20",
        "move-to-harbour-house",
        R(
            "sa",
            "Tianna moved in today at 15:00 (room 4), brought by Kwame Asante (SW) with two bags. "
            "Placement: s20, 16+ supported accommodation. Licence agreement and house rules "
            "signed. Very quiet, ate a pot noodle. Visitors policy explained (no visitors "
            "over 18 after 9pm; Connor not allowed on site).",
            "15:00",
            "Move in",
        ),
        R(
            "csc",
            "Tianna became looked after today (s20, with her mother's agreement) after Lee "
            "Brannigan said she could not stay at Heron Walk. Placed at Harbour House supported "
            "accommodation, Quay Street. Mother cried at the door but did not come.",
            "17:30",
            "Became looked after",
        ),
    )
    f.occ(
        "2024-10-01",
        "gp-registration",
        R(
            "gp",
            "New patient registration (Quayside Health Centre): Tianna ROWCROFT, looked after "
            "child, address Harbour House, Quay Street. 20/40 pregnant. Previous GP Linthorpe "
            "Road Surgery. LAC code added.",
            "10:20",
            "Registration",
        ),
        R(
            "sa",
            "I went with Tianna to register with Quayside Health Centre this morning - done, "
            "new patient check booked.",
            "11:00",
            "Appointment",
        ),
    )
    f.occ(
        "2024-10-15",
        "lac-review-1",
        R(
            "csc",
            "First looked after review (IRO Paula Denholm) at Harbour House: Tianna, her "
            "mother (by phone), key worker, college DSL, TP midwife, family nurse. Care plan "
            "endorsed: stay at Harbour House until 32 weeks; pre-birth assessment; "
            "parent-and-baby placement to be found.",
            "14:00",
            "LAC review",
        ),
        R(
            "csc",
            "First looked after review (IRO Paula Denholm) at Harbour House: Tianna, her "
            "mother (by phone), key worker, college DSL, TP midwife, family nurse. Care plan "
            "endorsed: stay at Harbour House until 32 weeks; pre-birth assessment; "
            "parent and baby placement to be found.",
            "14:00",
            "LAC review",
        ),
        R(
            "sa",
            "CLA review held here. I reported Tianna is keeping her room clean and attending "
            "college 3 days.",
            "14:00",
            "Meeting",
        ),
        R(
            "col",
            "I attended Tianna's Child Looked After review at her accommodation. Attendance "
            "88%; tutor pleased.",
        ),
        R(
            "fnp",
            "Contact type: Multi-agency meeting (LAC review). Outcome: FNP plan shared; pre-"
            "birth assessment supported.",
            "14:00",
            "Meeting",
            shift="+2",
        ),
    )
    f.occ(
        "2024-10-17",
        "mace-meeting",
        R(
            "exp",
            "MACE (multi-agency child exploitation) meeting: Tianna discussed. Connor RUI; "
            "seen twice near Harbour House. Risk remains medium. Disruption: police to visit "
            "Connor re harassment warning.",
            "10:00",
            "MACE",
        ),
        R(
            "pol",
            "MACE 1000 - TIANNA ROWCROFT DISCUSSED. MABRY SIGHTINGS QUAY ST X2. ACTION: "
            "HARASSMENT WORDS OF ADVICE / DISRUPTION VISIT.",
            "10:00",
            "Meeting",
        ),
        R(
            "csc",
            "Attended MACE meeting. Agreed disruption plan; Harbour House to log all sightings.",
            "10:30",
            "MACE",
        ),
    )
    f.occ(
        "2024-11-05",
        "pre-birth-assessment-start",
        R(
            "csc",
            "Pre-birth (parenting) assessment started with Tianna at Harbour House. She wants "
            "Connor to be part of the baby's life. Mother willing to be assessed as support.",
            "13:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-12",
        "sh-results-clinic",
        R(
            "sh",
            "Attended for repeat STI screen (partner notification). Seen alone. Chlamydia "
            "positive on 25/06 treated; test of cure today. Condoms given. Says she is not "
            "seeing Connor 'much'.",
            "16:00",
            "Consultation",
        ),
    )
    f.occ(
        "2024-11-14",
        "sh-result-phone",
        R(
            "sh",
            "Tel to Tianna: test of cure negative. No further action.",
            "11:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-12-03",
        "connor-charged",
        R(
            "pol",
            "CPS AUTHORITY - CONNOR MABRY CHARGED 1530 SEXUAL ACTIVITY WITH A CHILD X3 (S9 SOA "
            "2003). BAILED TO SALLOWFIELD MAGS 17/12/24. CONDS: NO CONTACT WITH T.R., NOT TO "
            "ENTER QUAY STREET.",
            "15:30",
            "Charge",
            ref="CR/24/61822",
        ),
        R(
            "csc",
            "DC Sadler phoned: Connor Mabry has been charged today with three counts of sexual "
            "activity with a child; bail conditions not to contact Tianna or go to Quay "
            "Street. I told Tianna at Harbour House; she went to her room.",
            "17:00",
            "Charge",
        ),
    )
    f.occ(
        "2024-12-14",
        "connor-at-harbour-house",
        R(
            "pol",
            "CAD 2019 14/12/24. HARBOUR HOUSE QUAY ST - STAFF REPORT MALE SHOUTING AT "
            "RESIDENT'S WINDOW. PC 0612 FARRANT ATTENDED 2220. MALE IDENTIFIED AS CONNOR MABRY, "
            "ON BAIL NOT TO ENTER QUAY ST. RESIDENT TIANNA ROWCROFT UPSET, NO INJURY.",
            "22:10",
            "Breach of bail",
            ref="CAD 2019 14/12/24",
        ),
        R(
            "sa",
            "22:05 Connor outside shouting up at Tianna's window 'you've ruined my life'. I "
            "rang 999 at 22:10; police came at 22:20. Tianna crying; sat with her until "
            "midnight.",
            "22:05",
            "Incident",
        ),
    )
    f.occ(
        "2024-12-14",
        "connor-bail-arrest",
        R(
            "pol",
            "2226 MABRY ARRESTED FOR BREACH OF BAIL (S7 BAIL ACT). KEPT FOR COURT 16/12.",
            "22:26",
            "Arrest",
            ref="CUST 24/19877",
        ),
    )
    f.occ(
        "2025-01-09",
        "icpc-unborn",
        R(
            "csc",
            "Initial child protection conference for Tianna's unborn baby (EDD 16/02/2025). "
            "Tianna attended with her advocate. Decision: child protection plan from birth, "
            "category sexual abuse / neglect risk (Connor's charges, Tianna's age and "
            "vulnerability). Plan: parent-and-baby foster placement at birth; Connor not to "
            "have unsupervised contact.",
            "10:00",
            "ICPC",
            "CP plan at birth",
        ),
        R(
            "mw",
            "ICPC (pre-birth) - attended. CP plan at birth. Birth plan + alert on maternity "
            "system.",
            "10:00",
            "Conference",
        ),
        R(
            "fnp",
            "Contact type: Child protection conference (unborn). Report shared. Outcome: CP "
            "plan at birth.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "CP CONFERENCE (UNBORN ROWCROFT) - DC 2764 ATTENDED. MABRY AWAITING TRIAL, "
            "REMANDED ON CONDITIONAL BAIL.",
            "10:00",
            "Conference",
        ),
        R(
            "sa",
            "Attended initial CP conference for Tianna's unborn baby with Tianna.",
            "10:00",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-01-14",
        "letter-before-proceedings",
        R(
            "csc",
            "Letter before proceedings hand-delivered to Tianna at Harbour House and posted to "
            "Connor Mabry (via his solicitor). PLO meeting 21/01/2025. Tianna given the list "
            "of solicitors; she chose Hartley & Moss.",
            "15:00",
            "PLO",
        ),
    )
    f.occ(
        "2025-01-21",
        "plo-meeting",
        R(
            "csc",
            "PLO meeting at the civic centre: Tianna with her solicitor and advocate; Connor's "
            "solicitor attended, Connor did not. The local authority will issue care "
            "proceedings at birth and seek a parent-and-baby foster placement for Tianna and "
            "the baby. Tianna agreed.",
            "10:00",
            "PLO meeting",
        ),
        R(
            "fnp",
            "Contact type: Pre-proceedings meeting (PLO), attended with Tianna as support. "
            "Outcome: P&B placement plan.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-11",
        "discharge-planning-meeting",
        R(
            "mat",
            "Discharge planning meeting (antenatal) on the maternity unit: CSC, TP MW, FNP, "
            "foster carer's SSW, Tianna. Agreed: baby to be discharged with Tianna to the "
            "parent-and-baby foster placement (Mrs Ketteridge) once ICO made; no visitors "
            "except mother; Connor NOT to be told of labour.",
            "13:30",
            "Discharge planning",
        ),
        R(
            "csc",
            "Pre-birth discharge planning meeting at Sallowfield General maternity unit. Plan "
            "agreed as above; ward alert in place.",
            "13:30",
            "Discharge planning",
        ),
        R(
            "mw",
            "DPM on labour ward seminar room - attended with Tianna. Birth plan finalised.",
            "13:30",
            "Meeting",
        ),
        R(
            "fos",
            "Attended the discharge planning meeting at the hospital with Mrs Ketteridge. "
            "Tianna met Dawn for the first time - went well.",
            "13:30",
            "Meeting",
        ),
        R(
            "fnp",
            "Contact type: Discharge planning meeting. Outcome: FNP to visit P&B placement day "
            "after discharge.",
            "13:45",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-13",
        "core-group-prebirth",
        R(
            "csc",
            "Core group (pre-birth) at Harbour House: Tianna, FNP, TP midwife, key worker. "
            "Hospital bag packed; Tianna's mother to be birth partner.",
            "11:00",
            "Core group",
        ),
        R(
            "fnp",
            "Contact type: Core group. Outcome: actions reviewed; all on track.",
            "11:00",
            "Core group",
        ),
        R(
            "sa",
            "Core group meeting here (11am) - I attended.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-18",
        "birth-mila",
        R(
            "mat",
            "SVD 06:47. Live female, 2.94kg, Apgars 8/9. Mother Tianna Rowcroft (17). Birth "
            "partner: maternal grandmother. Skin to skin, breastfeeding attempted. Safeguarding "
            "alert active - CSC informed 08:30.",
            "06:47",
            "Birth",
        ),
        R(
            "csc",
            "Tianna gave birth to a baby girl, Mila, at 06:47 this morning at Sallowfield "
            "General (2.94kg). Both well. Application for an interim care order to be issued "
            "today.",
            "09:00",
            "Birth",
        ),
        R(
            "mw",
            "Baby girl born 06:47 18/02, 2.94kg, SVD. TP MW visited ward pm.",
            "15:30",
            "Postnatal",
        ),
        R(
            "fnp",
            "Contact type: Birth notification. Female infant Mila born 18/02/25 06:47, 2.94kg. "
            "Outcome: FNP to visit on ward.",
            "10:10",
            "Birth notification",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-20",
        "ico-hearing",
        R(
            "csc",
            "Interim care order hearing at Sallowfield Family Court (short notice): ICO granted "
            "for Mila; placement with Tianna in a parent-and-baby foster placement approved; "
            "parenting assessment in placement directed. Connor's representative neutral.",
            "14:00",
            "Court hearing",
            "ICO",
        ),
        R(
            "cafcass",
            "Allocated Guardian attended urgent ICO hearing - ICO made (Mila). Supports P&B "
            "placement. Next hearing CMH 08/04.",
            "14:00",
            "Hearing",
        ),
    )
    f.occ(
        "2025-02-21",
        "discharge-to-pb-placement",
        R(
            "mat",
            "Mother and baby discharged 12:10 to parent-and-baby foster placement (Mrs D. "
            "Ketteridge) with SW. Feeding: mixed. NIPE normal. Discharge letter to GP and "
            "FNP.",
            "12:10",
            "Discharge",
        ),
        R(
            "fos",
            "Tianna and Mila arrived at Dawn's at 13:00 with Kwame. P&B placement started. "
            "Dawn showed Tianna the nursery and the recording diary.",
            "13:00",
            "Placement start",
        ),
        R(
            "csc",
            "Tianna and Mila discharged from the maternity unit and placed together with "
            "parent-and-baby foster carer Mrs Dawn Ketteridge, 5 Orchard Rise. Placement plan "
            "signed.",
            "13:15",
            "Placement",
        ),
    )
    f.occ(
        "2025-02-24",
        "fnp-discharge-notice",
        R(
            "fnp",
            "Contact type: Notification. Maternity discharge letter received: discharged "
            "21/02 to P&B foster placement. Outcome: home visit booked 25/02.",
            "09:20",
            "Notification",
        ),
    )
    f.occ(
        "2025-03-15",
        "missing-from-pb",
        R(
            "fos",
            "Tianna reported missing to police by Dawn at 21:00 (log 2391), as the placement "
            "plan says: she left at 19:00 saying she was going to the shop, left Mila with "
            "Dawn, phone off. Dawn let me know on the out-of-hours line straight after.",
            "21:00",
            "Missing",
        ),
        R(
            "pol",
            "LOG 2391 15/03/25. MISSING - TIANNA ROWCROFT 17, LAC, REPORTED BY FOSTER CARER "
            "(P&B PLACEMENT). LEFT 1900. BABY SAFE WITH CARER. CONCERN MAY BE WITH CONNOR "
            "MABRY (BAIL CONDS NO CONTACT).",
            "21:00",
            "Missing person",
            ref="LOG 2391 15/03/25 MP-25-0611",
        ),
    )
    f.occ(
        "2025-03-16",
        "return-from-missing",
        R(
            "pol",
            "MP-25-0611 TIANNA ROWCROFT RETURNED TO FOSTER ADDRESS 0120 BY TAXI. SAYS WITH "
            "FRIEND (NAMED, 17, F) - NOT MABRY. SAFE AND WELL CHECK COMPLETED.",
            "01:20",
            "Missing person - returned",
            ref="MP-25-0611",
        ),
    )
    f.occ(
        "2025-03-25",
        "lac-review-mother-baby",
        R(
            "csc",
            "Looked after reviews for Tianna and Mila held together (IRO Paula Denholm) at "
            "Orchard Rise. Care plan: parenting assessment continues; Tianna's missing "
            "episode discussed, agreed curfew 21:30 with the baby.",
            "10:30",
            "LAC review",
        ),
        R(
            "fos",
            "LAC review at the placement - Dawn gave her recordings: Tianna's care of Mila "
            "good in the day, relies on Dawn at night.",
            "10:30",
            "Meeting",
        ),
        R(
            "fnp",
            "Contact type: LAC review. Outcome: FNP report shared (Mila gaining weight).",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-04-08",
        "cmh",
        R(
            "csc",
            "Case management hearing: parenting assessment in placement to be filed by "
            "20/05; Connor to be assessed after his criminal trial; IRH listed 10/06/2025.",
            "10:00",
            "Court hearing",
        ),
        R(
            "cafcass",
            "CMH 08/04 attended. Timetable to IRH 10/06.",
            "10:00",
            "Hearing",
            shift="month",
        ),
    )
    f.occ(
        "2025-04-14",
        "plea-hearing",
        R(
            "pol",
            "MABRY - SALLOWFIELD CROWN COURT PTPH: GUILTY PLEAS ENTERED ALL 3 COUNTS. "
            "SENTENCE ADJOURNED FOR PSR TO 23/05/25. BAIL CONTINUED.",
            "10:00",
            "Court",
            ref="CR/24/61822",
        ),
    )
    f.occ(
        "2025-05-23",
        "sentencing",
        R(
            "pol",
            "MABRY SENTENCED SALLOWFIELD CROWN COURT: 2 YEARS IMPRISONMENT, SHPO 10 YRS, "
            "SEX OFFENDERS REGISTER 10 YRS. RESTRAINING ORDER - NO CONTACT WITH TIANNA "
            "ROWCROFT.",
            "12:30",
            "Court result",
            ref="CR/24/61822",
        ),
        R(
            "csc",
            "DC Sadler told me Connor was sentenced today to two years' imprisonment with a "
            "sexual harm prevention order and a restraining order (no contact with Tianna). "
            "Shared with the IRO and Dawn.",
            "15:00",
            "Court outcome",
        ),
    )
    f.occ(
        "2025-06-10",
        "irh",
        R(
            "csc",
            "Issues resolution hearing: positive parenting assessment; plan agreed for Tianna "
            "and Mila to move together to a supported parent-and-baby flat in August under a "
            "supervision order. Final hearing 15/07.",
            "10:00",
            "Court hearing",
        ),
        R(
            "cafcass",
            "IRH - guardian supports plan; final hearing listed.",
            "10:00",
            "Hearing",
        ),
        R(
            "fos",
            "Dawn and I heard from Kwame after court: IRH went well, move-on planned for August.",
            "16:00",
            "Update",
        ),
    )

    f.fill(
        "fnp",
        "2024-09-01",
        "2025-02-07",
        [
            (
                "Home visit",
                "Contact type: FNP visit (antenatal). Topics: nutrition, smoking (down to 2/day). "
                "Outcome: next visit 2/52.",
            ),
            (
                "Home visit",
                "Contact type: FNP visit. Topics: relationships, what a healthy relationship "
                "looks like. Outcome: engaged well.",
            ),
            (
                "Home visit",
                "Contact type: FNP visit. Topics: preparing for birth. Outcome: hospital bag list "
                "given.",
            ),
        ],
    )
    f.fill(
        "fnp",
        "2025-02-26",
        "2025-06-30",
        [
            (
                "Home visit",
                "Contact type: FNP visit (postnatal) at P&B placement. Mila weighed, feeding "
                "well. Outcome: no concerns.",
            ),
            (
                "Home visit",
                "Contact type: FNP visit. Topics: sleep and crying. Outcome: Tianna confident.",
            ),
        ],
    )
    f.fill(
        "mw",
        "2024-09-04",
        "2024-09-13",
        [("Antenatal", "ANC 16/40 at college: BP 108/64, FH heard. Smoking cessation offered.")],
    )
    f.fill(
        "mw",
        "2024-09-27",
        "2024-10-11",
        [("Antenatal", "Anomaly scan attended with mum - normal.")],
    )
    f.fill(
        "mw",
        "2024-11-18",
        "2024-11-29",
        [("Antenatal", "ANC 28/40 at Harbour House: bloods, anti-D not needed (Rh+).")],
    )
    f.fill(
        "mw",
        "2025-01-15",
        "2025-01-31",
        [("Antenatal", "ANC 36/40: cephalic, birth plan reviewed.")],
    )
    f.fill(
        "col",
        "2024-09-23",
        "2025-01-31",
        [
            ("", "Tianna left lessons feeling sick; I sat with her in the quiet room."),
            ("", "Tutor raised lateness; I spoke to Tianna - she had an antenatal appt."),
            ("", "Tianna told me she is finding Harbour House lonely; signposted to youth club."),
            ("", "Maternity study plan agreed with Tianna and her tutor."),
        ],
        timed=False,
    )
    f.fill(
        "sa",
        "2024-09-23",
        "2025-02-07",
        [
            ("Key work", "Key work session: budgeting, cooking a simple meal."),
            ("Key work", "Key work session: baby box from charity delivered; Tianna pleased."),
            ("Curfew", "Tianna in 40 minutes late for curfew (22:40); said she was at mum's."),
            ("Key work", "Key work: looked at the P&B carer's profile together."),
        ],
    )
    f.fill(
        "gp",
        "2024-07-08",
        "2024-07-31",
        [
            (
                "Consultation",
                "S: Nausea + vomiting 9/40. O: well, not dehydrated. A: NVP. P: cyclizine, fluids.",
            ),
            ("Letter filed", "Sexual health clinic letter - filed."),
        ],
    )
    f.fill(
        "gp",
        "2025-04-01",
        "2025-04-30",
        [("Consultation", "S: Mila 6-8 week check (with foster carer and mum). O: NAD. P: imms.")],
    )
    f.fill(
        "csc",
        "2024-07-01",
        "2025-06-30",
        [("Supervision", "Case supervision: pre-birth planning timetable agreed.")],
    )
    f.fill(
        "csc",
        "2024-09-23",
        "2025-02-07",
        [("Statutory visit", "Statutory visit at Harbour House; Tianna seen alone.")],
    )
    f.fill(
        "csc",
        "2025-02-26",
        "2025-06-30",
        [("Statutory visit", "Statutory visit at Orchard Rise; Tianna and Mila seen.")],
    )
    f.fill(
        "exp",
        "2024-07-29",
        "2025-01-31",
        [
            ("1:1 session", "1:1 with Tianna: healthy relationships session (Power and Control)."),
            ("1:1 session", "1:1 - Tianna did not attend; texted later to rearrange."),
        ],
    )
    f.fill(
        "fos",
        "2025-02-26",
        "2025-06-30",
        [("Supervision visit", "Supervisory visit to Dawn: recordings reviewed, no concerns.")],
    )
    return f.case()


def blind_dedup_cases_17() -> list[BlindCase]:
    """The seventeenth blind set's families, in the order they were written."""
    return [_pellingham(), _stoica(), _rowcroft()]


if __name__ == "__main__":
    summary(blind_dedup_cases_17)
