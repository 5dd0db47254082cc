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


def blind_dedup_cases_17() -> list[BlindCase]:
    """The seventeenth blind set's families, in the order they were written."""
    return [_pellingham()]


if __name__ == "__main__":
    summary(blind_dedup_cases_17)
