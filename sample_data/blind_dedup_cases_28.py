"""A twenty-eighth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services'
sheets over twelve to eighteen months, unlike each other: a thirteen-year-old girl groomed online
by an adult man she met on a gaming app, who later sexually assaulted her (her mother's CEOP
report, the NCA's referral package to the force, police digital forensics, an achieving best
evidence interview, a non-recent examination at a sexual assault referral centre and a children's
ISVA, the school designated safeguarding lead's log, CAMHS, self-harm, an overdose, two emergency
department attendances on consecutive days, a tier 4 admission and discharge, the man's arrest,
charge, guilty pleas and sentence); a family of five in a hoarded, unsafe privately rented house
(the school nurse's home visit and her referral for a fire and rescue safe-and-well visit,
environmental health and a category 1 hazard improvement notice, a landlord's section 21 notice,
head lice and poor school attendance, dental neglect and extractions under general anaesthetic,
child protection plans, a chip-pan fire at night with two children rescued by ladder, the
mother's arrest, three children's emergency department attendances, a grandmother's care,
temporary accommodation and a move); a ten-month-old baby with a skull fracture sustained while
with a registered childminder (the emergency department and the ward, a child protection
medical, a section 47 enquiry about the parents, the local authority designated officer and
four allegations management meetings, Ofsted's suspension and cancellation of the childminder's
registration, the childminder's and her husband's arrests, her charge and court appearances, the
parents' complaints to Ofsted and to the council, and the day nursery the baby moves to).

Written blind: composed from the domain brief, the `Event` schema, the shared case kit and the
seventh blind set's module docstring and constants (read for format; none of its families,
wordings or places reused), without reading the duplicate rules, their settings, the linkage
model, any result or any other labelled set's families, and without running the merge on these
cases. Kept apart from tuning: measure on them blind first.

The services write very differently: police logs in capitals with log, CAD, crime and exhibit
numbers; long social-care narrative in the first person or the third; health "Contact type: ...
Outcome: ..." templates (CAMHS, school nursing, health visiting); GP "S: O: A: P:" notes and
letters filed; a school designated safeguarding lead's log in the first person with no event
type column; a primary school's CPOMS export with one row per child and no event type column;
emergency department notes in clinical shorthand (Hx, O/E, POD, COHb, NAC, TTO, D/W); a fire
and rescue service's incident and safe-and-well records (CIR, BA, ALP, SWV); environmental
health's HHSRS case log; an Ofsted regulatory log with URNs; the LADO's allegation record;
first-person notes from a SARC crisis worker, a children's ISVA and a nursery manager; minutes
pasted into another service's return under its own preface (a core group minute in the education
welfare service's casework, an allegations meeting minute in the early years service's notes);
dates written inside the text ("Saturday night", "on Saturday", "yesterday"). Some returns give
times and some do not; the school, SARC, ISVA, early years and nursery returns have no event
type column.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email or referral was logged by the receiving service on the next day.

How the rows were labelled (applied throughout):

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
- Decision for this set: a service's note that it was told of an arrest, a charge, an admission
  or a discharge that day (or, for the school, the next morning), naming the person and the
  specifics, is a record of that life event, not a separate call; a row that is plainly about
  the call itself and what was done with it (the police ringing the emergency duty team to
  report a fire and an arrest) is the call, and the police's call row and the duty team's row
  are its two ends.
- Decision for this set: a SARC examination attended by the child with the officer in the case
  and the social worker is one occurrence, recorded by all three; the police's referral to the
  SARC and the SARC's booking of it are the two ends of one referral, a different occurrence.
- Decision for this set: one fire attended by fire and rescue, police and ambulance is one
  occurrence (like a police and ambulance call-out); each child's emergency department
  attendance after it is its own occurrence (three children, three attendances, each written
  as a triage row and a later row); the mother's arrest a little later that night is another,
  and the police's call to the emergency duty team another again.
- Decision for this set: an Ofsted suspension, extension, notice or cancellation of a
  childminder's registration is a life event of the registration: Ofsted's own row and another
  service's row recording it that day (or the next) are one occurrence. A police decision of no
  further action about one person and the same day's charge of another are two occurrences.
- Decision for this set: a care programme approach review on a tier 4 unit is a meeting: the
  unit's, the social worker's, CAMHS's and the school's records of it are one occurrence.
- Decision for this set: a complaint response letter recorded as sent by the complaints team
  and by the team manager who wrote it is one occurrence (one letter); the complaint itself, the
  acknowledgement and the later stage 2 request are each separate.
- Decision for this set: a minute pasted into another service's return the day after the
  meeting is a record of the meeting (its occurrence is in `noise`), as is a service's note of a
  conference dated a day late. The social worker's Monday note that the baby "went home from the
  ward on Saturday", dated two days after the discharge, is a record of the discharge (a date
  two days out, in `noise`).
- Look-alikes kept apart: a police 101 call at night and the police's notification to the MASH
  next morning; the MASH's receipt of that notification, the school's call to the MASH the same
  morning and the screening decision the day after; the mother's early call to the school and
  the school's call to the MASH; a GP's email for a strategy discussion and the discussion; a
  joint visit and the social worker's email about it that evening; an ABE interview, the
  referral to the SARC the next day and the examination after it; an arrest and the next day's
  charge; a disclosure of self-harm to the school, the school's CAMHS referral that afternoon
  and the school nurse's own wound check; a welfare call-out, the emergency department
  attendance after it and the hospital's notice to the GP; a CAMHS liaison assessment and the
  social worker's separate ward visit the same day; emergency department attendances on
  consecutive days; a voicemail left and the call back; the school nurse's home visit and her
  referral for a safe-and-well visit; a safe-and-well visit and the referrals it made the same
  afternoon; a social worker's visit and environmental health's inspection on one day; a
  school's referral to the school nurse and its sending the children home; two children's
  dental appointments ten minutes apart; a GP consultation and the referral letter later that
  day; a report sent before a conference and the conference; a fire, the arrest, the call to the
  duty team, each child's attendance and a sibling's re-attendance the next day; a grandmother
  bringing the children to school and the strategy discussion and homelessness approach the same
  day; two meetings on one day (a strategy review and an allegations management meeting); a
  ward's referral to the MASH, the screening decision and the strategy discussion; the
  childminder's own notification to Ofsted and the LADO's the next day; two arrests one morning;
  a charge and another man's no further action the same day; the closing letter and the
  meeting it followed; the police's call to the emergency duty team and the duty team's visit to
  the grandmother that morning; a complaint, its acknowledgement, the stage 1 meeting, the stage
  1 response and the stage 2 request; a complaint to Ofsted and Ofsted's response; an Ofsted
  notice of intention to cancel, the notice of decision and the cancellation.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, units, towns,
addresses, postcodes, usernames and reference numbers. Deterministic: one fixed seed per case (it
only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_28.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
SCHOOL = "School"
GP = "GP"
CAMHS = "CAMHS"
ED = "Emergency Department"
SARC = "Sexual Assault Referral Centre"
ISVA = "Children's ISVA Service"
SCHOOL_NURSE = "School Nursing"
TIER4 = "Adolescent Inpatient Unit"
FIRE = "Fire and Rescue Service"
EH = "Environmental Health"
HOUSING = "Housing Options"
EWO = "Education Welfare Service"
DENTAL = "Community Dental Service"
OFSTED = "Ofsted"
LADO = "LADO"
EARLY_YEARS = "Early Years and Childcare Service"
WARD = "Paediatric Ward"
HV = "Health Visiting"
NURSERY = "Nursery"
COMPLAINTS = "Customer Feedback Team"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, SCHOOL_NURSE, EWO)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Harkaway family, Hollinsford. Lacey Harkaway (b. 22/11/2010) lives with her mother
# Gemma (b. 1984), father Craig (b. 1982) and brother Toby (b. 2015) at 9 Meadowsweet Close,
# Hollinsford HF4 6LN; Year 8 (2023/24) at Castlebrook Academy; registered at Kilnhurst Road
# Surgery.
# Groomed from January 2024 by "Jay" (Dean Fallowfield, b. 02/08/1992, of Sutton Marsh), who met
# and assaulted her in March; a CEOP report, a police investigation, self-harm, an overdose, a
# tier 4 admission at the Larchfield Unit, Brackendale; his guilty pleas and sentence.
# --------------------------------------------------------------------------------------------


def _harkaway() -> BlindCase:
    f = Family(
        "harkaway",
        2801,
        {
            "police": Sheet(
                POLICE,
                "Hollinsford_Police_IMR_Harkaway.xlsx",
                "Chronology",
                (("2024-01-01", "DC 4471 R. MARSH"),),
            ),
            "mash": Sheet(
                CSC,
                "CSC_chronology_Harkaway.xlsx",
                "MASH",
                (("2024-01-01", "Nina Ibbotson (MASH SW)"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_chronology_Harkaway.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "Alys Penrhyn (Social Worker)"),
                    ("2024-09-02", "Marcus Doyle-Bright (Social Worker)"),
                ),
            ),
            "dsl": Sheet(
                SCHOOL,
                "Castlebrook_Academy_DSL_log.xlsx",
                "Lacey H",
                (("2024-01-01", "P. Venn (DSL)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Kilnhurst_Road_Surgery_extract.xlsx",
                "Journal",
                (("2024-01-01", "Dr A. Okonjo"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Hollinsford_CAMHS_chronology.xlsx",
                "Contacts",
                (("2024-01-01", "Dr E. Latham (Clinical Psychologist)"),),
            ),
            "ed": Sheet(
                ED,
                "Hollinsford_General_ED_safeguarding.xlsx",
                "Attendances",
                (("2024-01-01", "ED safeguarding nurse"),),
            ),
            "sarc": Sheet(
                SARC,
                "Fernlea_SARC_chronology.docx",
                "Table 1",
                (("2024-01-01", "Crisis worker J. Teague"),),
                typed=False,
            ),
            "isva": Sheet(
                ISVA,
                "Fernlea_ChISVA_notes.xlsx",
                "Notes",
                (("2024-01-01", "F. Akande (ChISVA)"),),
                typed=False,
            ),
            "snurse": Sheet(
                SCHOOL_NURSE,
                "Hollinsford_0-19_School_Nursing.xlsx",
                "SystmOne extract",
                (("2024-01-01", "J. Hollis (School Nurse)"),),
            ),
            "tier4": Sheet(
                TIER4,
                "Larchfield_Unit_chronology.xlsx",
                "Inpatient",
                (("2024-01-01", "Birch Ward (named nurse O. Kirwan)"),),
            ),
        },
    )

    f.occ(
        "2024-03-07",
        "new-phone",
        R(
            "dsl",
            "Lacey came to find me at break. She has a new iPhone which she says her 'cousin' "
            "bought her; she was vague about which cousin. Said mum doesn't know yet. Reminded "
            "her about keeping safe online and not sharing pics. Logged - will mention to mum "
            "at Y8 parents evening.",
        ),
    )
    f.occ(
        "2024-03-19",
        "gp-low-mood",
        R(
            "gp",
            "S: Mum reports L withdrawn ~6/52, poor sleep, on phone until 2-3am, tearful at "
            "times. L quiet, declined to be seen alone. O: well kempt, flat affect, good eye "
            "contact. Forearms not examined. A: low mood ?adolescent adjustment. P: sleep "
            "hygiene, Kooth signposted, r/v 4/52, safety netting.",
            "10:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-04-23",
        "101-call",
        R(
            "police",
            "LOG 1174 23/04/24. CALLER GEMMA HARKAWAY (MOTHER) REPORTS DAUGHTER LACEY (13) HAS "
            "BEEN SENDING INDECENT IMAGES OF HERSELF TO AN ONLINE MALE 'JAY' ON SNAPCHAT. MALE "
            "HAS SENT EXPLICIT IMAGES AND ASKED TO MEET HER. MOTHER HAS MADE A CEOP REPORT "
            "ONLINE THIS EVENING AND HAS THE PHONE. ATTENDED PC 2290 FENBY / PC 3318 ALDRED. "
            "CRIME 42/19876/24 CAUSE/INCITE CHILD 13-15 TO ENGAGE IN SEXUAL ACTIVITY. PPN TO "
            "FOLLOW.",
            "21:40",
            "Incident",
            ref="LOG 1174; 42/19876/24",
        ),
    )
    f.occ(
        "2024-04-24",
        "ppn",
        R(
            "police",
            "PPN1 (CHILD) SUBMITTED TO HOLLINSFORD MASH RE LOG 1174. ONLINE CSA/CSE. RISK "
            "ASSESSED HIGH - UNKNOWN ADULT, REQUEST TO MEET.",
            "09:12",
            "PPN",
            ref="LOG 1174",
        ),
        R(
            "mash",
            "Contact received from Police (PPN, log 1174): Lacey (13) has been exchanging "
            "sexual images with an unknown male online who has asked to meet her. Mother "
            "protective and reported to police and CEOP last night. Contact type: Police "
            "notification. Checks requested from health and education.",
            "09:40",
            "Contact",
        ),
    )
    f.occ(
        "2024-04-24",
        "mum-rings-dsl",
        R(
            "dsl",
            "8.20am Mum rang me in tears - last night she found messages on L's phone from a "
            "man calling himself Jay, there are pictures, she called the police. L is in school "
            "today. Agreed I would see L and keep her close.",
        ),
    )
    f.occ(
        "2024-04-24",
        "dsl-calls-mash",
        R(
            "dsl",
            "Rang MASH 10.05, spoke to Nina (duty SW). Shared the new phone from March, that L "
            "has been withdrawn since Feb, attendance 94%. Will complete the MARF online this "
            "pm.",
        ),
        R(
            "mash",
            "Telephone contact from Priya Venn, DSL Castlebrook Academy, re Lacey. School aware "
            "of police report. In March L had a new iPhone she said a 'cousin' bought; school "
            "has noticed her more withdrawn since February. MARF to follow.",
            "10:05",
            "Contact",
        ),
    )
    f.occ(
        "2024-04-25",
        "mash-decision",
        R(
            "mash",
            "MASH RAG rating: RED. Manager decision (T. Oyelaran, MASH TM): threshold met for a "
            "strategy discussion - online sexual abuse by an unknown adult who has asked to "
            "meet. Strat arranged for 14:00 today; case to Assessment Team 2.",
            "11:30",
            "Screening decision",
        ),
    )
    f.occ(
        "2024-04-25",
        "gp-email",
        R(
            "gp",
            "Safeguarding admin: email from MASH requesting info for strategy discussion today. "
            "Reply sent - seen 19/03 low mood/sleep, no SH recorded, no previous safeguarding "
            "concerns. Unable to attend (surgery).",
            "12:48",
            "Safeguarding - information sharing",
        ),
    )
    f.occ(
        "2024-04-25",
        "strat-1",
        R(
            "csc",
            "Strategy discussion (MS Teams) chaired by T. Oyelaran. Present: DS Kerr (OCSAE "
            "team), myself, P. Venn (DSL), J. Hollis (school nurse). GP info by email. "
            "Agreed threshold for s47 met. Joint visit police/SW on Monday; ABE to be "
            "considered; Lacey's phone to go for download; the CEOP report to be followed up "
            "with the NCA. Safety plan: parents to supervise devices, school to hold phone in "
            "the day if needed.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "S47 STRATEGY MEETING (TEAMS). DS 1190 KERR ATTENDED FOR OCSAE. JOINT INVESTIGATION "
            "AGREED WITH CSC. DEVICE TO BE SEIZED FOR DFU EXAMINATION. ABE TO BE ARRANGED. OIC "
            "DC MARSH.",
            "14:00",
            "Strategy meeting",
            ref="42/19876/24",
        ),
        R(
            "dsl",
            "Attended strat meeting on Teams at 2. I shared the phone in March & attendance. "
            "SW Alys Penrhyn is going out with police Monday. School to keep L's phone in the "
            "office in the day if mum wants.",
        ),
        R(
            "snurse",
            "Contact type: Multi-agency meeting (strategy discussion). Outcome: SN attended via "
            "Teams. L not known to SN service beyond immunisations. Action: SN to offer "
            "drop-in / emotional health support.",
            "14:00",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2024-04-26",
        "nca-package",
        R(
            "police",
            "NCA-CEOP REFERRAL PACKAGE RECEIVED (CEOP-24-0417736) FOLLOWING ONLINE REPORT BY "
            "MOTHER 23/04. SNAPCHAT USER 'JAY.RVX07'. ACCOUNT DATA REQUEST SUBMITTED. LINKED TO "
            "42/19876/24.",
            "10:20",
            "Intelligence",
            ref="CEOP-24-0417736",
        ),
    )
    f.occ(
        "2024-04-29",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with DC Marsh to 9 Meadowsweet Close. Lacey seen alone in her "
            "bedroom first. She said she met 'Jay' on a gaming app in January, he said he was "
            "17, then they moved to Snapchat; he sent her money towards the phone. She did not "
            "want to say whether they had met. Gemma and Craig joined for the second part and "
            "were appropriately protective. Lacey's phone and an old tablet given to DC Marsh "
            "with consent.",
            "16:00",
            "Home visit",
        ),
        R(
            "police",
            "JOINT VISIT WITH CSC (SW PENRHYN) TO VICTIM HOME. VICTIM SPOKEN TO - INITIAL "
            "ACCOUNT. IPHONE 13 (EXH RM/1) AND SAMSUNG TABLET (RM/2) SEIZED WITH PARENTAL "
            "CONSENT. ABE PROVISIONALLY 02/05.",
            "15:55",
            "Visit",
            ref="42/19876/24",
        ),
    )
    f.occ(
        "2024-04-29",
        "visit-email",
        R(
            "csc",
            "Email to Priya Venn (DSL) summarising today's visit - Lacey now has no phone and "
            "may be upset tomorrow; please let pastoral know.",
            "18:10",
            "Email",
        ),
        R(
            "dsl",
            "Email from Alys (SW) last night after her visit with police: L has no phone now "
            "and might be upset today. Told Mr Ruane (HoY) and pastoral.",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-30",
        "dfu-booked",
        R(
            "police",
            "EXHIBITS RM/1 AND RM/2 BOOKED INTO DIGITAL FORENSIC UNIT. PRIORITY 2 (CHILD AT "
            "RISK). KIOSK DOWNLOAD + FULL EXTRACTION REQUESTED.",
            "11:05",
            "Digital forensics",
        ),
    )
    f.occ(
        "2024-05-02",
        "abe",
        R(
            "police",
            "ABE VIDEO INTERVIEW OF VICTIM AT GRANGESIDE SUITE BY DC MARSH (1HR 40). VICTIM "
            "DISCLOSES MEETING 'JAY' IN PERSON SAT 16/03/24 IN TOLLGATE RETAIL PARK CAR PARK - "
            "SEXUAL ASSAULT IN HIS VEHICLE. OFFENCES UPGRADED: S9 SOA 2003. SARC REFERRAL TO "
            "FOLLOW.",
            "10:00",
            "ABE interview",
            ref="42/19876/24",
        ),
        R(
            "csc",
            "Lacey was interviewed (ABE) at the Grangeside Suite this morning; I monitored from "
            "the viewing room. Lacey said she met 'Jay' in March at the retail park and he "
            "sexually assaulted her in his car. She said he looked 'about 30'. Police will "
            "refer her to the SARC. Gemma waited in the family room.",
            "",
            "Section 47 enquiry",
        ),
    )
    f.occ(
        "2024-05-03",
        "sarc-referral",
        R(
            "police",
            "REFERRAL TO FERNLEA SARC BY PHONE - NON-ACUTE PAEDIATRIC EXAMINATION (DISCLOSED "
            "ASSAULT 7 WKS AGO). APPT GIVEN TUES 07/05 1000.",
            "09:35",
            "Referral",
        ),
        R(
            "sarc",
            "Phone referral from DC Marsh, Hollinsford Police, 09:35: 13 year old girl, "
            "disclosed sexual assault 16/03/24 by adult male met online (non-acute). Booked for "
            "paediatric examination Tues 7th May at 10am. Mum to bring her.",
        ),
    )
    f.occ(
        "2024-05-07",
        "sarc-exam",
        R(
            "sarc",
            "Lacey came in with her mum, DC Marsh and her social worker. Dr Ferreira "
            "(paediatric FME) and I saw her. Full examination with Lacey's consent, no "
            "injuries seen, which we expected after seven weeks. STI screen taken, pregnancy "
            "test negative. Lacey was quiet but answered everything. Offered a ChISVA and she "
            "said yes. Results by phone to mum.",
        ),
        R(
            "police",
            "OIC ACCOMPANIED VICTIM AND MOTHER TO FERNLEA SARC. NON-ACUTE EXAMINATION "
            "COMPLETED. NO FORENSIC RECOVERY.",
            "10:00",
            "SARC",
        ),
        R(
            "csc",
            "Went with Lacey and Gemma to the Fernlea SARC for her medical. Lacey was very brave "
            "and chose to have me wait outside. No injuries found; tests taken.",
            "",
            "Health",
        ),
    )
    f.occ(
        "2024-05-08",
        "isva-referral",
        R("sarc", "ChISVA referral sent by secure email to Fernlea ChISVA service for Lacey."),
        R(
            "isva",
            "Referral rec'd from Fernlea SARC - Lacey H, 13, non-recent sexual assault by adult "
            "met online, police investigation live (DC Marsh). Allocated to me. Will ring mum.",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-13",
        "dfu-results",
        R(
            "police",
            "DFU KIOSK REPORT RM/1: SNAPCHAT CHAT LOGS RECOVERED (1,402 MSGS). 9 INDECENT IMAGES "
            "OF VICTIM SENT TO SUSPECT (CAT B/C). SUSPECT SENT 6 EXPLICIT IMAGES. SUBSCRIBER "
            "DATA + ANPR PLACE VEHICLE AT TOLLGATE RP 16/03. SUSPECT IDENTIFIED: DEAN "
            "FALLOWFIELD DOB 02/08/1992, 14 REEDLING WAY, SUTTON MARSH.",
            "14:30",
            "Digital forensics",
        ),
    )
    f.occ(
        "2024-05-15",
        "strat-2",
        R(
            "csc",
            "Strategy meeting (review). Police confirm the suspect has been identified and an "
            "arrest is planned this week. Lacey is being supported by a ChISVA. Outcome of the "
            "s47: concerns substantiated - significant harm from an extra-familial adult; "
            "parents protective. No ICPC; Lacey to be supported under a child in need plan. "
            "School to refer to CAMHS with consent.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRATEGY MEETING (REVIEW). SUSPECT IDENTIFIED - ARREST PLAN SHARED (NOT DATE). CSC "
            "TO CONCLUDE S47 AS SUBSTANTIATED, CIN.",
            "11:00",
            "Strategy meeting",
        ),
        R(
            "dsl",
            "Strategy review - no conference, L will have a CIN plan. I will do the CAMHS "
            "referral with mum's consent.",
        ),
        R(
            "isva",
            "Joined the multi-agency strategy call (review) as Lacey's ChISVA. Explained my role "
            "and the pre-trial support.",
        ),
    )
    f.occ(
        "2024-05-16",
        "arrest",
        R(
            "police",
            "DEAN FALLOWFIELD ARRESTED AT 14 REEDLING WAY SUTTON MARSH 0630 HRS ON SUSPICION OF "
            "SEXUAL ACTIVITY WITH A CHILD, CAUSING/INCITING, MAKING IIOC. 4 DEVICES SEIZED. "
            "CONVEYED HOLLINSFORD CUSTODY.",
            "06:30",
            "Arrest",
            ref="42/19876/24",
        ),
        R(
            "csc",
            "DC Marsh rang: Dean Fallowfield (31) arrested at his home in Sutton Marsh at 6.30am "
            "today on suspicion of sexual offences against Lacey.",
            "09:50",
            "Criminal proceedings",
        ),
    )
    f.occ(
        "2024-05-17",
        "charge",
        R(
            "police",
            "FALLOWFIELD CHARGED (CPS AUTHORITY): S9 SOA 2003 X1, S10 SOA X2, S1 PCA 1978 "
            "MAKING IIOC X2. REFUSED BAIL - TO APPEAR HOLLINSFORD MAGISTRATES 18/05.",
            "15:10",
            "Charge",
            ref="42/19876/24",
        ),
        R(
            "csc",
            "Update from police: Fallowfield charged with five offences and remanded in "
            "custody to appear at court tomorrow.",
            "16:30",
            "Criminal proceedings",
        ),
    )
    f.occ(
        "2024-06-03",
        "harassment",
        R(
            "police",
            "LOG 0866 03/06/24. MOTHER REPORTS VICTIM RECEIVING SNAPCHAT MESSAGES FROM "
            "ASSOCIATES OF SUSPECT CALLING HER A 'GRASS' AND 'LIAR'. SCREENSHOTS OBTAINED. "
            "MALICIOUS COMMS - CRIME 42/26711/24.",
            "19:15",
            "Incident",
            ref="LOG 0866",
        ),
    )
    f.occ(
        "2024-06-04",
        "sh-disclosure",
        R(
            "dsl",
            "L came to me at lunch and showed me cuts on her L forearm (about 6, superficial, "
            "look 2-3 days old). Said she did it because people on Snap are saying she 'got Jay "
            "locked up'. First aid by Mrs Cole. Rang mum who came to collect her. Started a "
            "safety plan with L.",
        ),
    )
    f.occ(
        "2024-06-04",
        "snurse-wound",
        R(
            "snurse",
            "Contact type: Drop-in (school) at DSL request. Outcome: L's left forearm wounds "
            "checked - clean, superficial, no further treatment. Wound care advice and "
            "emotional health leaflet. L agreed to weekly SN sessions.",
            "13:30",
            "Drop-in",
        ),
    )
    f.occ(
        "2024-06-04",
        "camhs-referral",
        R(
            "dsl",
            "Completed the CAMHS SPA referral online with mum's consent - self-harm, low mood, "
            "trauma after the sexual abuse.",
        ),
        R(
            "camhs",
            "Contact type: Referral received (SPA). Referrer: DSL, Castlebrook Academy. Reason: "
            "self-harm (cutting), low mood following CSA (police case). Outcome: triaged "
            "URGENT - choice appointment within 2 weeks.",
            "09:15",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-11",
        "cin-1",
        R(
            "csc",
            "CIN meeting at Castlebrook Academy. Present: Gemma, Craig, Lacey (for part), "
            "P. Venn, J. Hollis (SN), F. Akande (ChISVA), myself. CIN plan agreed: safe space "
            "pass and weekly check-in at school, SN sessions, ChISVA weekly, CAMHS appointment "
            "awaited, parents to keep devices out of the bedroom at night.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "dsl",
            "First CIN meeting in my office after school. L has a safe space pass and a weekly "
            "check-in with me. Mum & dad came.",
        ),
        R(
            "snurse",
            "Contact type: Child in need meeting. Outcome: attended at school. SN to offer 1:1 "
            "emotional wellbeing sessions weekly until end of term.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "isva",
            "Went to Lacey's first child in need meeting at school. Mum asked about court - "
            "explained the process.",
        ),
    )
    f.occ(
        "2024-06-18",
        "camhs-choice",
        R(
            "camhs",
            "Contact type: Choice appointment (F2F). Seen with mum then alone. Hx: CSA by adult "
            "met online (disclosed at ABE in May), cutting since late May, sleep poor, "
            "nightmares, avoids town centre. RCADS elevated. Risk: moderate, no current intent. "
            "Outcome: TF-CBT waiting list (Partnership); safety plan; crisis line given.",
            "16:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-06-20",
        "cin-visit-typed-twice",
        R(
            "csc",
            "CIN visit - Lacey seen alone in her room. She talked about the messages on "
            "Snapchat and said she has blocked everyone she doesn't know. Gemma says she is "
            "sleeping in with her some nights.",
            "17:00",
            "CIN visit",
        ),
        R(
            "csc",
            "CIN visit: Lacey seen alone in her room - she talked about the messages on Snapchat "
            "and says she has blocked everyone she doesnt know. Gemma says she sleeps in with "
            "her some nights.",
            "17:00",
            "CIN visit",
        ),
    )
    f.occ(
        "2024-06-26",
        "gp-camhs-letter",
        R(
            "gp",
            "Letter filed: CAMHS choice appointment 18/06 - TF-CBT waiting list, safety plan. No "
            "GP action.",
            "",
            "Letter received",
        ),
    )
    f.occ(
        "2024-07-09",
        "cin-2",
        R(
            "csc",
            "CIN review meeting (virtual). Lacey 'ok' in school; no new self-harm known. Summer "
            "plan: ChISVA weekly calls, CAMHS to contact in holidays if a slot comes up, parents "
            "to call EDT/crisis line if needed.",
            "16:00",
            "CIN meeting",
        ),
        R(
            "dsl",
            "2nd CIN mtg on Teams. L is 'ok'. School closes 22nd - made sure mum has the crisis "
            "numbers.",
        ),
        R(
            "camhs",
            "Contact type: Professionals meeting (CIN review). Outcome: CAMHS attended; TF-CBT "
            "start est. September.",
            "16:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-07-27",
        "od-callout",
        R(
            "police",
            "CAD 2377 27/07/24. CONCERN FOR WELFARE - AMBULANCE REQUEST POLICE ASSIST AT 9 "
            "MEADOWSWEET CLOSE. FEMALE 13 HAS TAKEN AN OVERDOSE APPROX 16 PARACETAMOL. "
            "ATTENDED WITH NWAS CREW. CONVEYED TO HOLLINSFORD GENERAL WITH MOTHER. NO CRIME.",
            "23:52",
            "Concern for welfare",
            ref="CAD 2377",
        ),
    )
    f.occ(
        "2024-07-28",
        "ed-od",
        R(
            "ed",
            "Triage: 13F POD ~16 x 500mg paracetamol approx 22:30 ?+ibuprofen. C/o nausea. Obs "
            "stable. Cat 2. BIBA with mother. Known CIN/CAMHS.",
            "00:41",
            "ED attendance",
        ),
        R(
            "ed",
            "Reg r/v: 4hr paracetamol level due 02:30. Tearful, says wanted to 'make it all "
            "stop' after messages. Safeguarding: open to CSC (CIN, SW A. Penrhyn). CAMHS "
            "liaison to see on ward.",
            "02:05",
            "ED attendance",
        ),
        R(
            "ed",
            "Level above treatment line - NAC commenced. Admitted to Paeds (Ward 7 Kestrel) for "
            "NAC and CAMHS r/v. Safeguarding form done.",
            "05:10",
            "ED attendance",
        ),
    )
    f.occ(
        "2024-07-29",
        "camhs-liaison",
        R(
            "camhs",
            "Contact type: Paediatric liaison assessment (Ward 7). L seen alone and with mum. "
            "Intent: 'wanted to sleep and not wake up', impulsive after social media messages. "
            "Outcome: not detainable; discharge when medically fit with safety plan; crisis "
            "team follow-up within 72 hrs.",
            "11:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-07-29",
        "csc-ward-visit",
        R(
            "csc",
            "Visited Lacey on Kestrel ward after her overdose on Saturday night. She was sleepy "
            "but spoke to me; Gemma there. Plan on discharge: medicines locked away, parents "
            "to check on her overnight.",
            "15:15",
            "Visit",
        ),
    )
    f.occ(
        "2024-07-30",
        "gp-ed-notice",
        R(
            "gp",
            "ED attendance notification, Hollinsford General: 28/07/24 intentional paracetamol "
            "overdose, admitted Paeds. Flagged to Dr Okonjo. Self-harm code added.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-09-05",
        "return-meeting",
        R(
            "dsl",
            "Return to school meeting with L and mum 8.45. Reduced timetable (mornings) for two "
            "weeks, Hub pass continues. Dad brought her.",
        ),
    )
    f.occ(
        "2024-09-14",
        "ed-sh-1",
        R(
            "ed",
            "Triage: 13F (DOB 22/11/10) self-inflicted lacerations L forearm x4, 2 gaping. Mum "
            "present. Known CIN/CAMHS. Cat 3.",
            "19:20",
            "ED attendance",
        ),
        R(
            "ed",
            "Wounds cleaned, steristrips x2, glue x1. Denies SI today. D/W CAMHS on-call by tel: "
            "home with crisis team f/u Mon. Safeguarding form done.",
            "21:45",
            "ED attendance",
        ),
    )
    f.occ(
        "2024-09-15",
        "ed-sh-2",
        R(
            "ed",
            "Re-attendance - 13F further cuts L upper arm and thigh since last night; yesterday's "
            "wound reopened. States she 'can't keep myself safe'. Cat 2.",
            "14:05",
            "ED attendance",
        ),
        R(
            "ed",
            "Seen by CAMHS on-call (Dr Reddy) in dept. Plan: home with 1:1 parental "
            "supervision, sharps/meds locked, urgent CAMHS r/v tomorrow. Wounds dressed. No TTO.",
            "16:30",
            "ED attendance",
        ),
    )
    f.occ(
        "2024-09-16",
        "camhs-urgent",
        R(
            "camhs",
            "Contact type: Urgent assessment (crisis). Outcome: escalating self-harm with ED "
            "attendances 14th and 15th, hopelessness, intent fluctuating. D/W consultant - "
            "Tier 4 referral made (bed request).",
            "10:30",
            "Assessment",
        ),
    )
    f.occ(
        "2024-09-17",
        "profs-meeting",
        R(
            "camhs",
            "Contact type: Professionals meeting (called by CAMHS). Outcome: CAMHS, CSC, school "
            "present. All agree Tier 4 admission if a bed is offered; daily crisis team contact "
            "meanwhile.",
            "15:00",
            "Meeting",
        ),
        R(
            "csc",
            "Professionals' meeting called by CAMHS about Lacey's escalating self-harm (first "
            "meeting since I took the case over from Alys). A tier 4 bed is being sought; "
            "Lacey is off school and being supervised by her parents.",
            "15:00",
            "Professionals meeting",
        ),
        R(
            "dsl",
            "Profs meeting (CAMHS called it). They are looking for an inpatient bed for L. She "
            "is off school until further notice - work to be sent home.",
        ),
    )
    f.occ(
        "2024-09-19",
        "t4-admission",
        R(
            "tier4",
            "Admission (informal, parental consent) to Birch Ward. 13F from home via Hollinsford "
            "CAMHS. Presenting: repeated self-harm, overdose 07/24, PTSD symptoms following "
            "CSA. Obs level 2 (15 min).",
            "14:30",
            "Admission",
        ),
        R(
            "camhs",
            "Contact type: Liaison. Outcome: L admitted to the Larchfield Unit (Tier 4), "
            "informal, today. Remains open to community CAMHS - care coordinator Dr Latham.",
            "16:45",
            "Admission",
        ),
        R(
            "csc",
            "Lacey admitted this afternoon to the Larchfield Unit (adolescent inpatient unit, "
            "Brackendale), informally with her parents' consent. Her parents drove her there.",
            "17:20",
            "Hospital admission",
        ),
        R(
            "dsl",
            "Mum rang first thing - L was admitted to Larchfield yesterday afternoon. I will "
            "link with the unit's school for work.",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-03",
        "gp-t4-letter",
        R(
            "gp",
            "Letter from Larchfield Unit: informal admission 19/09/24, Birch Ward. Sertraline "
            "started 25mg. No action for GP at present.",
            "",
            "Letter received",
        ),
    )
    f.occ(
        "2024-10-17",
        "cpa",
        R(
            "tier4",
            "CPA review (6 week). Present: Dr Nwachukwu (consultant), named nurse, Lacey, "
            "parents, SW M. Doyle-Bright, CAMHS care coordinator, Castlebrook DSL (Teams). "
            "Progress: SH reduced (2 incidents in 4 wks). Plan: weekend home leave, start "
            "discharge planning, sertraline 50mg.",
            "14:00",
            "CPA review",
        ),
        R(
            "csc",
            "Attended Lacey's CPA meeting at the Larchfield Unit. Lacey joined for the end and "
            "said she wants to go home for weekends. Agreed home leave from next weekend.",
            "14:00",
            "Meeting",
        ),
        R(
            "camhs",
            "Contact type: Care Programme Approach review (Larchfield). Outcome: attended as "
            "care coordinator; community follow-up to be arranged before discharge.",
            "14:00",
            "Meeting",
        ),
        R(
            "dsl",
            "Joined L's ward review at Larchfield on Teams. She looked well. Talked about a "
            "phased return after Christmas.",
        ),
    )
    f.occ(
        "2024-11-28",
        "t4-discharge",
        R(
            "tier4",
            "Discharged home to parents' care. CAMHS community follow-up within 7 days (booked "
            "04/12). Discharge summary to GP.",
            "11:00",
            "Discharge",
        ),
        R(
            "camhs",
            "Contact type: Discharge from Tier 4. Outcome: L discharged from Larchfield today; "
            "7 day follow up booked 04/12.",
            "15:10",
            "Discharge",
        ),
        R(
            "csc",
            "Lacey discharged home from the Larchfield Unit today. I will visit next week.",
            "",
            "Hospital discharge",
            shift="-1",
        ),
    )
    f.occ(
        "2024-12-05",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary rec'd, Larchfield Unit (adm 19/09 - d/c 28/11/24). Dx: PTSD, "
            "recurrent self-harm. Meds: sertraline 50mg od. P: add to repeats, med review "
            "4/52.",
            "",
            "Letter received",
        ),
    )
    f.occ(
        "2024-12-06",
        "ptph",
        R(
            "police",
            "HOLLINSFORD CROWN COURT PTPH. FALLOWFIELD PLEADED GUILTY TO ALL 5 COUNTS. SENTENCE "
            "ADJOURNED FOR PSR TO 07/02/25. REMANDED IN CUSTODY.",
            "10:00",
            "Court",
            ref="42/19876/24",
        ),
        R(
            "isva",
            "PTPH at Hollinsford Crown Court today - he pleaded guilty to everything so there "
            "will be no trial and Lacey won't have to give evidence. Sentence in February.",
        ),
        R(
            "csc",
            "Court: Dean Fallowfield pleaded guilty at the Crown Court today to all five charges. "
            "Sentencing in February.",
            "",
            "Criminal proceedings",
        ),
    )
    f.occ(
        "2025-01-08",
        "reintegration",
        R(
            "dsl",
            "Reintegration meeting 8.30 - L back today. Timetable: periods 1-3 for two weeks, "
            "then review. Art and Geography first. Check-ins with me Mon and Thu.",
        ),
        R(
            "camhs",
            "Contact type: School reintegration meeting. Outcome: attended at Castlebrook; "
            "TF-CBT to start next week (weekly, clinic).",
            "08:30",
            "Meeting",
        ),
        R(
            "csc",
            "Reintegration meeting at school - Lacey's first day back. Plan agreed for a phased "
            "timetable.",
            "",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-01-21",
        "dsl-voicemail",
        R(
            "dsl",
            "9.10 Rang Dr Latham at CAMHS - L told me she feels unsafe at the bus stop because "
            "a car slowed down. Left a voicemail.",
        ),
    )
    f.occ(
        "2025-01-21",
        "camhs-callback",
        R(
            "camhs",
            "Contact type: Telephone (professional). Returned DSL's call. Outcome: L anxious at "
            "the bus stop, no identified threat; to discuss in session, safety plan updated. "
            "Advised school to let police know.",
            "14:30",
            "Telephone",
        ),
        R(
            "dsl",
            "Dr Latham rang back at 2.30. Will cover it in L's session. I'll let DC Marsh know.",
        ),
    )
    f.occ(
        "2025-02-07",
        "sentence",
        R(
            "police",
            "SENTENCED AT HOLLINSFORD CC: 7 YRS IMPRISONMENT + 3 YRS EXTENDED LICENCE. SHPO "
            "INDEFINITE. NOTIFICATION REQUIREMENTS INDEFINITE. VPS READ BY OIC.",
            "14:00",
            "Court",
            ref="42/19876/24",
        ),
        R(
            "isva",
            "Sentencing today. Lacey chose not to go; DC Marsh read her victim personal "
            "statement. 7 years. Rang Gemma after.",
        ),
        R(
            "csc",
            "Fallowfield sentenced to seven years' imprisonment with an extended licence and an "
            "indefinite SHPO.",
            "",
            "Criminal proceedings",
            shift="month",
        ),
    )
    f.occ(
        "2025-03-11",
        "cin-close",
        R(
            "csc",
            "Final CIN review. Lacey attending full time, no self-harm since January, engaging "
            "with TF-CBT. Agreed step-down to Early Help with school as lead professional. Case "
            "to close to CSC.",
            "15:45",
            "CIN meeting",
        ),
        R(
            "dsl",
            "Final CIN meeting today - stepping down to EH, I'm lead professional. L said she "
            "wanted it 'to be normal now'.",
        ),
        R(
            "camhs",
            "Contact type: CIN review (final). Outcome: attended; CAMHS TF-CBT continues, "
            "session 8 of 12.",
            "15:45",
            "Meeting",
        ),
    )

    f.fill(
        "dsl",
        "2024-01-08",
        "2024-04-19",
        [
            ("", "Y8 parents evening - L and mum came. Teachers say she is quieter this term."),
            ("", "L late twice this week, says the bus. Reminded her about the 8.40 bell."),
            ("", "Spoke to L after tutor report she looked tired; she said she's fine."),
        ],
        timed=False,
    )
    f.fill(
        "dsl",
        "2024-05-20",
        "2024-07-19",
        [
            ("", "Weekly check-in with L in the Hub - quiet but ok, talked about her art."),
            ("", "L used her safe space pass twice today (maths). No disclosures."),
        ],
        timed=False,
    )
    f.fill(
        "dsl",
        "2025-01-13",
        "2025-04-04",
        [
            ("", "Check-in - L managed full days last week. Smiling more."),
            ("", "Y9 options evening - L and mum came. L picked Art, Geography and French."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-01-08",
        "2024-03-15",
        [("Consultation", "Asthma review (nurse): salbutamol PRN, technique good, ACT 23.")],
    )
    f.fill(
        "gp",
        "2025-01-06",
        "2025-04-11",
        [
            ("Medication review", "Med review: sertraline 50mg, tolerating. Continue. r/v 3/12."),
            ("Repeat prescription", "Repeat issued: sertraline 50mg x 28."),
        ],
    )
    f.fill(
        "snurse",
        "2024-01-08",
        "2024-03-22",
        [("Immunisation", "Contact type: School immunisation session. Outcome: MenACWY given.")],
    )
    f.fill(
        "snurse",
        "2024-06-12",
        "2024-07-19",
        [
            (
                "1:1 session",
                "Contact type: 1:1 emotional wellbeing session (school). Outcome: L engaged, "
                "worked on grounding techniques.",
            ),
            (
                "1:1 session",
                "Contact type: 1:1 emotional wellbeing session. Outcome: L did not attend "
                "(on school trip).",
            ),
        ],
    )
    f.fill(
        "isva",
        "2024-05-20",
        "2024-09-10",
        [
            ("", "Weekly call with Gemma and Lacey - no court news yet."),
            ("", "Met Lacey at home - talked about what happens at court and the live link."),
            ("", "Weekly call - Lacey didn't want to talk today; spoke to mum."),
        ],
        timed=False,
    )
    f.fill(
        "isva",
        "2024-12-09",
        "2025-01-31",
        [("", "Call with Gemma - explained sentencing and the victim personal statement.")],
        timed=False,
    )
    f.fill(
        "camhs",
        "2024-07-31",
        "2024-08-30",
        [
            (
                "Telephone",
                "Contact type: Telephone (crisis team follow-up). Outcome: L and mum spoken "
                "to; no further SH; safety plan reviewed.",
            )
        ],
    )
    f.fill(
        "camhs",
        "2025-01-13",
        "2025-04-10",
        [
            ("Therapy", "Contact type: TF-CBT session (clinic). Outcome: psychoeducation, SUDS."),
            ("Therapy", "Contact type: TF-CBT session. Outcome: trauma narrative started."),
        ],
    )
    f.fill(
        "tier4",
        "2024-09-23",
        "2024-10-15",
        [
            ("Ward round", "Ward round: settled week, attending unit school, obs reduced to L1."),
            ("Therapy", "Individual therapy session - stabilisation work, sleep diary."),
        ],
    )
    f.fill(
        "tier4",
        "2024-10-21",
        "2024-11-25",
        [("Leave", "Home leave Sat-Sun went well per parents. Returned on time.")],
    )
    f.fill(
        "police",
        "2024-06-10",
        "2024-11-29",
        [
            ("Victim contact", "VCOP UPDATE TO MOTHER BY PHONE - CASE PROGRESS, REMAND CONTINUES."),
            ("Victim contact", "VCOP UPDATE: TRIAL WINDOW EXPLAINED TO MOTHER."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-13",
        "2025-03-07",
        [("CIN visit", "CIN visit - Lacey seen alone; reports school is 'going ok'.")],
    )
    f.fill(
        "sarc",
        "2024-05-09",
        "2024-05-31",
        [("", "Rang mum with STI screen results - all negative. Lacey told by mum.")],
        timed=False,
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Mallinder-Tollington family, Wrenbury Moor. Kerry Mallinder (b. 1988) and Shane
# Tollington (b. 1985) with Jordan Tollington (b. 03/02/2012, Moorside High), Skye Mallinder
# (b. 19/07/2015) and Alfie Tollington (b. 08/10/2019), both at Alderwood Primary; renting 27
# Copperbeech Terrace, Wrenbury Moor WM3 8JT from Leonard Pascoe through Keystone Lettings;
# registered at Bankfield Medical Practice; maternal grandmother Brenda Mallinder, 6 Furnace
# Lane. A hoarded house, category 1 hazards, a section 21 notice, head lice, poor attendance,
# dental neglect, child protection plans and a chip-pan fire on 25/01/2025; a move to 41
# Wagtail Road WM2 4EQ.
# --------------------------------------------------------------------------------------------


def _mallinder() -> BlindCase:
    f = Family(
        "mallinder",
        2802,
        {
            "fire": Sheet(
                FIRE,
                "WFRS_return_Copperbeech_Tce.xlsx",
                "Prevention + Response",
                (
                    ("2024-01-01", "Safe & Well Adviser D. Oakes"),
                    ("2025-01-25", "WM T. Brannigan (Blue Watch)"),
                    ("2025-01-26", "Safe & Well Adviser D. Oakes"),
                ),
            ),
            "eh": Sheet(
                EH,
                "WMC_Private_Sector_Housing_log.xlsx",
                "EH-PSH-24-0613",
                (("2024-01-01", "S. Kowalczyk (Senior EHO)"),),
            ),
            "housing": Sheet(
                HOUSING,
                "WMC_Housing_Options_Mallinder.xlsx",
                "Case notes",
                (("2024-01-01", "R. Bhatti (Housing Options Officer)"),),
            ),
            "police": Sheet(
                POLICE,
                "Wrenshire_Police_chronology_Mallinder.xlsx",
                "Niche extract",
                (("2024-01-01", "PS 1407 GRADY"),),
            ),
            "csc": Sheet(
                CSC,
                "Wrenshire_CSC_Mallinder_children.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Front Door"),
                    ("2024-06-18", "Chidinma Okafor (SW)"),
                    ("2025-01-25", "EDT - M. Lister"),
                    ("2025-01-27", "Chidinma Okafor (SW)"),
                ),
            ),
            "school": Sheet(
                SCHOOL,
                "Alderwood_Primary_CPOMS_export.xlsx",
                "Incidents",
                (("2024-01-01", "Mrs D. Haigh (DSL)"),),
                typed=False,
            ),
            "ewo": Sheet(
                EWO,
                "Wrenshire_EWS_casework.xlsx",
                "Mallinder-Tollington",
                (("2024-01-01", "G. Pryce (EWO)"),),
            ),
            "snurse": Sheet(
                SCHOOL_NURSE,
                "WM_0-19_School_Nursing.xlsx",
                "Family record",
                (("2024-01-01", "L. Achterberg (School Staff Nurse)"),),
            ),
            "gp": Sheet(
                GP,
                "Bankfield_MP_family_extract.xlsx",
                "Consultations",
                (("2024-01-01", "Dr S. Haworth"),),
            ),
            "dental": Sheet(
                DENTAL,
                "CDS_Wrenbury_Moor_clinic.xlsx",
                "Clinical notes",
                (("2024-01-01", "Mr K. Adeyemi (Senior Dental Officer)"),),
            ),
            "ed": Sheet(
                ED,
                "WMRI_Emergency_Dept.xlsx",
                "Paeds ED",
                (("2024-01-01", "Paeds ED"),),
            ),
        },
    )

    f.occ(
        "2024-05-14",
        "sent-home-lice",
        R(
            "school",
            "Skye M (Y4) - live lice seen again, 3rd time this term. Couldn't reach Mum. Shane "
            "collected both children at 2pm. Treatment leaflet given again.",
        ),
        R(
            "school",
            "Alfie T (Nursery class) - sent home with sister, head lice. Dad collected 2pm. "
            "Alfie's uniform very stained and smelt of damp.",
        ),
    )
    f.occ(
        "2024-05-15",
        "school-sn-referral",
        R(
            "school",
            "Referred Skye and Alfie to the school nursing team (online form) - recurrent head "
            "lice, hygiene, uniform. Mum aware and agreed.",
        ),
        R(
            "snurse",
            "Contact type: Referral received from Alderwood Primary (DSL). Outcome: recurrent "
            "head lice Skye (8) and Alfie (4), hygiene concerns. Home visit to be offered.",
            "14:20",
            "Referral",
        ),
    )
    f.occ(
        "2024-06-04",
        "sn-home-visit",
        R(
            "snurse",
            "Contact type: Home visit. Outcome: seen Kerry, Skye, Alfie. Hallway blocked with "
            "bin bags and boxes to chest height, strong odour, lounge partly accessible, stairs "
            "narrowed. No smoke alarm seen. Wet combing demonstrated, Hedrin supplied. Kerry "
            "agreed to a fire service safe and well visit. To discuss with SN safeguarding "
            "lead.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-05",
        "sn-fire-referral",
        R(
            "snurse",
            "Contact type: Referral to WFRS Home Safety (online partner form). Outcome: "
            "hoarding, blocked escape route, no working smoke detection, 3 children.",
            "11:40",
            "Referral",
        ),
        R(
            "fire",
            "Partner referral rec'd (School Nursing) - 27 Copperbeech Terrace. Hoarding, "
            "children in property, no detection. Priority HIGH. SWV booked Thu 13/06 10:30.",
            "08:50",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-13",
        "swv",
        R(
            "fire",
            "SWV completed. Occupier Kerry Mallinder + 2 children (Jordan at school, partner at "
            "work). Clutter Image Rating: hallway 8, lounge 7, kitchen 6, bedrooms 5-6. Stairs "
            "partially blocked - single escape route. 2 x 10yr sealed smoke alarms fitted "
            "(hall, landing). Chip pan on hob - advised re risk, offered thermostatic fryer "
            "(declined). Bedtime routine / close doors advice given. Risk score HIGH.",
            "10:30",
            "Safe and Well visit",
        ),
    )
    f.occ(
        "2024-06-13",
        "fire-csc-referral",
        R(
            "fire",
            "Safeguarding concern form sent to Wrenshire Children's Front Door re 3 children at "
            "27 Copperbeech Tce (hoarding, fire risk, hygiene).",
            "15:40",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact from Wrenshire Fire & Rescue (Safe & Well team) received via the Front "
            "Door inbox: hoarded property, one escape route, chip pan in use, children Jordan "
            "(12), Skye (8) and Alfie (4). Smoke alarms fitted yesterday. Checks: school nursing "
            "already involved re lice.",
            "09:05",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-13",
        "fire-eh-referral",
        R(
            "fire",
            "Referral emailed to WMC Private Sector Housing - exposed wiring kitchen sockets, no "
            "heating, damp; landlord via Keystone Lettings.",
            "15:55",
            "Referral",
        ),
        R(
            "eh",
            "Service request received from WFRS (email) - 27 Copperbeech Terrace, private "
            "rented. Exposed wiring, no heating, damp. Case opened EH-PSH-24-0613.",
            "10:15",
            "Service request",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-17",
        "front-door-decision",
        R(
            "csc",
            "Front Door decision (TM J. Rafferty): threshold met for a Child and Family "
            "Assessment - neglect (home conditions, hygiene, possible health neglect). "
            "Allocated to Chidinma Okafor, Assessment Team.",
            "12:00",
            "Screening decision",
        ),
    )
    f.occ(
        "2024-06-20",
        "tenant-complaint",
        R(
            "eh",
            "Tel complaint from tenant Ms Mallinder: no heating or hot water since May (boiler), "
            "black mould in back bedroom, kitchen sockets hanging off wall. Says Keystone not "
            "responding. Advised to put it in writing; inspection to be arranged.",
            "13:10",
            "Complaint",
        ),
    )
    f.occ(
        "2024-06-25",
        "csc-first-visit",
        R(
            "csc",
            "Unannounced home visit. Kerry let me in after a few minutes. Strong smell of damp "
            "and dog urine; bags and boxes along the hall and up the stairs; kitchen sides "
            "covered in old food and takeaway cartons. Alfie was in soiled pants. Children's "
            "bedrooms: one mattress on the floor shared by Skye and Alfie. Kerry tearful, says "
            "she 'can't throw anything away' since her dad died. Explained the assessment.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-02",
        "csc-visit-parents",
        R(
            "csc",
            "Assessment visit - Kerry and Shane seen together (children at school). Shane works "
            "nights at the distribution centre. Both agreed to a clear-up plan for the hall and "
            "stairs by 16/07. Discussed drinking - Kerry says 'a few cans at night'.",
            "10:15",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-02",
        "hhsrs-inspection",
        R(
            "eh",
            "HHSRS inspection 27 Copperbeech Tce with tenant. Category 1 hazards: fire (no heat "
            "detection kitchen, single escape route with hoarded materials), electrical "
            "hazards (exposed live conductors, kitchen), damp and mould growth, excess cold "
            "(boiler condemned). Cat 2: falls on stairs. Note: hoarding is tenant's - advised; "
            "CSC already involved.",
            "14:00",
            "Inspection",
        ),
    )
    f.occ(
        "2024-07-04",
        "schedule-of-works",
        R(
            "eh",
            "Informal letter + schedule of works emailed to Keystone Lettings and landlord Mr L. "
            "Pascoe. 21 days to start works (boiler, electrics, mould treatment).",
            "16:20",
            "Letter",
        ),
    )
    f.occ(
        "2024-07-11",
        "s21-info",
        R(
            "eh",
            "Email from Keystone Lettings: landlord 'intends to sell'; a s21 notice was served "
            "on the tenants yesterday (10/07). Reminded agent of retaliatory eviction "
            "provisions once formal notice is served.",
            "09:30",
            "Email",
        ),
    )
    f.occ(
        "2024-07-12",
        "assessment-complete",
        R(
            "csc",
            "Child and Family Assessment completed and authorised: neglect - home conditions, "
            "hygiene, health needs; parents willing to engage. Outcome: Child in Need plan for "
            "all three children.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2024-07-15",
        "housing-approach",
        R(
            "housing",
            "Ms Mallinder presented with a s21 notice dated 10/07/24 (expires 10/09/24). "
            "Household: 2 adults, 3 children. Prevention duty accepted; PHP to follow. Will "
            "check validity (deposit protection, gas safety certificate).",
            "11:00",
            "Homelessness approach",
        ),
    )
    f.occ(
        "2024-07-18",
        "cin-1",
        R(
            "csc",
            "CIN meeting at Alderwood Primary. Present: Kerry, Shane, DSL Mrs Haigh, school "
            "nurse, D. Oakes (WFRS), myself. Plan: hallway/stairs cleared by end of July, "
            "headlice treatment weekly, dental registration for all children, boiler via EH, "
            "referral to hoarding support group.",
            "09:30",
            "CIN meeting",
        ),
        R(
            "school",
            "CIN mtg here at 9.30 for Skye and Alfie (and Jordan at Moorside). Mum and Dad both "
            "came. Breakfast club places agreed from Sept.",
        ),
        R(
            "snurse",
            "Contact type: Child in Need meeting. Outcome: attended at school; SN actions - "
            "weekly lice check in school, support dental registration.",
            "09:30",
            "Meeting",
        ),
        R(
            "fire",
            "Attended Child in Need meeting at Alderwood Primary re 27 Copperbeech Tce - "
            "shared SWV findings, will revisit in August.",
            "09:30",
            "Partnership meeting",
        ),
    )
    f.occ(
        "2024-08-08",
        "fire-revisit",
        R(
            "fire",
            "SWV revisit. Hallway CIR 5 (improved), stairs clear. Both alarms tested OK. "
            "Kitchen CIR 6. Chip pan still in use - advice repeated.",
            "11:00",
            "Safe and Well visit",
        ),
    )
    f.occ(
        "2024-08-14",
        "eh-chase-typed-twice",
        R(
            "eh",
            "Rang Keystone Lettings - no works started. Agent says landlord 'considering "
            "options'. Warned formal action will follow.",
            "10:40",
            "Telephone",
        ),
        R(
            "eh",
            "Rang Keystone Lettings - no works started, agent says the landlord is 'considering "
            "options'. Warned formal action to follow.",
            "10:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-19",
        "gp-toothache",
        R(
            "gp",
            "Alfie: S: toothache 3 days, swelling R cheek, not eating. Not registered with a "
            "dentist. O: apyrexial, R submandibular swelling, carious LR molars, abscess. A: "
            "dental abscess. P: amoxicillin 5/7, analgesia; urgent referral to Community Dental "
            "Service.",
            "10:40",
            "Consultation",
        ),
    )
    f.occ(
        "2024-09-19",
        "gp-cds-referral",
        R(
            "gp",
            "Referral letter sent to Community Dental Service (urgent) - Alfie, dental abscess, "
            "multiple caries, no dentist.",
            "16:20",
            "Referral",
        ),
        R(
            "dental",
            "Urgent referral received from Bankfield Medical Practice (Dr Haworth): Alfie T, 4, "
            "abscess, multiple caries, unregistered. Appt offered 01/10 09:10; mum asked for "
            "sister to be seen too - booked 09:20.",
            "09:00",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-24",
        "attendance-meeting",
        R(
            "school",
            "Skye M - attendance meeting with Mum and EWO. Skye 71.4% since Sept, late 6 times. "
            "Mum says no hot water to wash uniform.",
        ),
        R(
            "school",
            "Alfie T - attendance meeting with Mum + EWO (same meeting as Skye). Alfie 68.2%.",
        ),
        R(
            "ewo",
            "Attendance support meeting at Alderwood Primary with Ms Mallinder and DSL. Skye "
            "71.4%, Alfie 68.2% (Jordan at Moorside 79% - separate). Attendance support plan "
            "agreed for 6 weeks; breakfast club.",
            "09:15",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-01",
        "dental-alfie",
        R(
            "dental",
            "Alfie T (4y 11m). Attended with mum. C/O pain LR. O/E: 6 carious teeth incl "
            "abscessed 84, 85, plaque ++, no brushing at home per mum. Tx plan: GA extractions "
            "x6 - listed; pre-assessment 15/10. Diet and brushing advice, fluoride varnish.",
            "09:10",
            "Appointment",
        ),
    )
    f.occ(
        "2024-10-01",
        "dental-skye",
        R(
            "dental",
            "Skye M (9). Attended with mum (sibling seen 09:10). O/E: 4 carious lesions, "
            "plaque ++. Tx plan: fillings x2 under LA, fissure sealants; review 4/52.",
            "09:20",
            "Appointment",
        ),
    )
    f.occ(
        "2024-10-08",
        "ntim-letter",
        R(
            "ewo",
            "Notice to improve letters posted to both parents re Skye and Alfie (attendance "
            "still below 75%).",
            "15:00",
            "Letter",
        ),
    )
    f.occ(
        "2024-10-15",
        "wnb-1",
        R(
            "dental",
            "Alfie - GA pre-assessment: WAS NOT BROUGHT. Rang mum - no answer. Re-booked 05/11.",
            "10:30",
            "WNB",
        ),
    )
    f.occ(
        "2024-10-22",
        "improvement-notice",
        R(
            "eh",
            "Improvement Notice served (s11 Housing Act 2004) on Mr L. Pascoe (owner) and copy "
            "to Keystone: Cat 1 hazards - excess cold, electrical, damp/mould, fire. Works to "
            "start within 28 days. Tenant informed.",
            "12:00",
            "Enforcement",
        ),
    )
    f.occ(
        "2024-11-05",
        "wnb-2",
        R(
            "dental",
            "Alfie - GA pre-assessment WNB (2nd). Dental neglect concern: letter to GP and copy "
            "to SW (C. Okafor) - untreated abscess, two missed appointments.",
            "11:30",
            "WNB",
        ),
    )
    f.occ(
        "2024-11-05",
        "wnb-letter",
        R(
            "dental",
            "Letter sent: dental neglect concern (Alfie) to Dr Haworth, cc CSC.",
            "16:00",
            "Letter",
        ),
        R(
            "gp",
            "Letter rec'd from CDS: Alfie WNB x2 GA pre-assessment, untreated abscess - dental "
            "neglect concern. Safeguarding lead informed; code added.",
            "",
            "Letter received",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-12",
        "csc-visit-deterioration",
        R(
            "csc",
            "Home visit after the dental letter. Alfie's right cheek swollen again and he said "
            "his tooth hurts. Hall now blocked to the ceiling on one side; no working boiler; "
            "landlord's works not started. Kerry smelt of alcohol at 11am. Discussed with TM - "
            "strategy discussion to be convened.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-11-14",
        "strat-1",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM J. Rafferty. Present: DC Ellery (CAIU), "
            "myself, Mrs Haigh (DSL), school nurse. Dental and GP info shared. Decision: s47 "
            "enquiry single agency (CSC) - neglect; ICPC to be convened. Police: no criminal "
            "investigation at this stage.",
            "13:30",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT DISC (TEAMS) RE 3 CHILDREN 27 COPPERBEECH TCE - NEGLECT / HOME CONDITIONS. "
            "DC 2214 ELLERY ATTENDED. S47 SINGLE AGENCY CSC. NO POLICE INVESTIGATION AT THIS "
            "TIME.",
            "13:30",
            "Strategy discussion",
        ),
        R(
            "school",
            "Strat meeting at 1.30 - I attended for school (Skye & Alfie). Going to conference.",
        ),
        R(
            "snurse",
            "Contact type: Strategy discussion. Outcome: SN attended; s47 agreed; SN to provide "
            "ICPC report.",
            "13:30",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2024-12-02",
        "sn-icpc-report",
        R(
            "snurse",
            "Contact type: Report. Outcome: school nursing report for ICPC sent to CP "
            "conference admin (secure email).",
            "12:10",
            "Report",
        ),
    )
    f.occ(
        "2024-12-05",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference (IRO A. Mensah). Kerry and Shane attended. "
            "Jordan, Skye and Alfie made subject to Child Protection Plans under the category "
            "of neglect. Core group within 10 working days.",
            "10:00",
            "ICPC",
        ),
        R("school", "Skye M - ICPC today, I attended. Skye on a CP plan (neglect)."),
        R("school", "Alfie T - ICPC - CP plan, neglect. Core group before Christmas."),
        R(
            "snurse",
            "Contact type: Initial child protection conference. Outcome: all 3 children CP "
            "plans (neglect). SN on core group.",
            "10:00",
            "ICPC",
        ),
        R(
            "fire",
            "Attended initial CP conference (Teams) for the 3 children at 27 Copperbeech Tce - "
            "shared SWV history. Added to core group.",
            "10:00",
            "Partnership meeting",
        ),
        R(
            "ewo",
            "ICPC attended - attendance figures given for all 3 children. CP plans agreed.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-12-17",
        "cg-1",
        R(
            "csc",
            "First core group. Hall partly cleared by Shane; boiler still not replaced. Dental "
            "GA date awaited - SW to take Alfie. Plan reviewed.",
            "14:00",
            "Core group",
        ),
        R("school", "Core group meeting 2pm - went through the plan."),
        R(
            "snurse",
            "Contact type: Core group. Outcome: attended; lice treatment ongoing Skye.",
            "14:00",
            "Core group",
        ),
    )
    f.occ(
        "2025-01-09",
        "joint-visit",
        R(
            "fire",
            "Joint visit with SW (C. Okafor). Hall CIR 7 again, kitchen 8. Chip pan in use - "
            "advice repeated, fryer offered again (declined). Landing alarm found with battery "
            "compartment opened - refitted and tested. Occupier says cooking smoke sets it off.",
            "14:00",
            "Safe and Well visit",
        ),
        R(
            "csc",
            "Joint home visit with Dave Oakes from WFRS. Home conditions have gone backwards "
            "since Christmas. Dave refitted the landing smoke alarm which had been tampered "
            "with. Kerry upset. Children at school.",
            "14:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-01-14",
        "cg-2",
        R(
            "csc",
            "Core group meeting. Little progress on home conditions; attendance Skye 76%, Alfie "
            "73%. Kerry agreed to see the GP about her drinking and low mood.",
            "14:00",
            "Core group",
        ),
        R("school", "CG 2pm at school - both children's attendance slightly better."),
        R(
            "ewo",
            "Core group attended - attendance update given.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-25",
        "fire",
        R(
            "fire",
            "INC 25-00873. 02:41 HOUSE FIRE PERSONS REPORTED, 27 COPPERBEECH TERRACE. 2 PUMPS + "
            "ALP. Fire in kitchen, chip pan on lit hob. BA crew rescued 2 children (F9, M5) "
            "from front first-floor bedroom via 13.5m ladder; M12 self-evacuated with mother. "
            "Smoke alarm (fitted by WFRS 13/06/24) actuated. Casualties handed to ambulance. "
            "Police in attendance.",
            "02:41",
            "Incident",
            ref="INC 25-00873",
        ),
        R(
            "police",
            "LOG 0119 25/01/25. ATTENDED WITH FRS AND AMBULANCE - HOUSE FIRE 27 COPPERBEECH "
            "TERRACE. 2 CHILDREN RESCUED BY FIRE CREW VIA LADDER. MOTHER KERRY MALLINDER "
            "INTOXICATED AT SCENE. 3 CHILDREN TO WMRI BY AMBULANCE. PARTNER AT WORK (NIGHTS) - "
            "INFORMED.",
            "02:48",
            "Incident",
            ref="LOG 0119",
        ),
    )
    f.occ(
        "2025-01-25",
        "ed-alfie",
        R(
            "ed",
            "Triage: 5M smoke inhalation, rescued from house fire by FRS. Soot ++ nares and "
            "mouth, hoarse, SpO2 93% RA. Cat 1. BIBA with siblings.",
            "03:15",
            "ED attendance",
        ),
        R(
            "ed",
            "Alfie: COHb 9.8% - 15L O2 NRB. CXR clear. D/W paeds reg - admit Ward 12 for obs + "
            "O2. Safeguarding: CP plan (neglect), police aware.",
            "04:20",
            "ED attendance",
        ),
    )
    f.occ(
        "2025-01-25",
        "ed-skye",
        R(
            "ed",
            "Triage: 9F smoke exposure, rescued via ladder. Coughing, SpO2 96%. Cat 3.",
            "03:18",
            "ED attendance",
        ),
        R(
            "ed",
            "Skye: COHb 3.1%, obs normal x2 hrs. D/C to father (Shane Tollington) and MGM. "
            "Smoke inhalation advice sheet.",
            "05:30",
            "ED attendance",
        ),
    )
    f.occ(
        "2025-01-25",
        "ed-jordan",
        R(
            "ed",
            "Triage: 12M self-evacuated from house fire with mother. Minor smoke exposure, c/o "
            "sore throat. SpO2 98%.",
            "03:22",
            "ED attendance",
        ),
        R("ed", "Jordan: obs NAD, COHb 1.4%. D/C with father.", "05:35", "ED attendance"),
    )
    f.occ(
        "2025-01-25",
        "arrest-mother",
        R(
            "police",
            "KERRY MALLINDER (36) ARRESTED AT SCENE 0415 ON SUSPICION OF WILFUL NEGLECT (S1 "
            "CYPA 1933). CONVEYED WRENBURY CUSTODY - UNFIT FOR INTERVIEW UNTIL SOBER.",
            "04:15",
            "Arrest",
            ref="LOG 0119",
        ),
    )
    f.occ(
        "2025-01-25",
        "police-edt-call",
        R(
            "police",
            "TELEPHONED CSC EDT (M. LISTER) - INFORMED OF FIRE, CHILDREN AT WMRI, MOTHER IN "
            "CUSTODY. FATHER AT HOSPITAL.",
            "05:10",
            "Notification",
        ),
        R(
            "csc",
            "EDT: Call from PS Grady, Wrenshire Police, at 05:10 - house fire at the family home "
            "overnight, all three children at WMRI, Alfie being admitted. Kerry arrested. Shane "
            "at the hospital. Agreed children to go to MGM Brenda Mallinder (6 Furnace Lane) on "
            "discharge; checks to be done this morning.",
            "05:10",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-25",
        "edt-mgm",
        R(
            "csc",
            "EDT: Visited MGM Brenda Mallinder at 6 Furnace Lane - checks completed, house "
            "suitable. Skye and Jordan arrived with Shane at 11am. Shane agreed to the children "
            "staying with Brenda; Kerry not to stay there.",
            "11:30",
            "Visit",
        ),
    )
    f.occ(
        "2025-01-25",
        "bail",
        R(
            "police",
            "MALLINDER INTERVIEWED - ADMITS FALLING ASLEEP ON SOFA AFTER DRINKING WITH CHIP PAN "
            "ON. RELEASED ON PRE-CHARGE BAIL: NOT TO STAY OVERNIGHT AT ANY ADDRESS WITH THE "
            "CHILDREN, CONTACT SUPERVISED BY MGM.",
            "15:20",
            "Bail",
        ),
    )
    f.occ(
        "2025-01-26",
        "ed-skye-2",
        R(
            "ed",
            "Re-attendance: 9F, wheeze and cough since d/c yesterday am. SpO2 94%. Known to "
            "dept 25/01 (smoke inhalation). Cat 2.",
            "18:40",
            "ED attendance",
        ),
        R(
            "ed",
            "Salbutamol 10 puffs via spacer - improved, SpO2 98%. D/C with MGM, prednisolone "
            "3/7, GP f/u. Safeguarding: CP plan noted.",
            "20:10",
            "ED attendance",
        ),
    )
    f.occ(
        "2025-01-26",
        "edt-alfie-discharged",
        R(
            "csc",
            "EDT: Ward 12 rang - Alfie medically fit, discharged to Brenda (MGM) with Shane at "
            "14:00.",
            "14:00",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-27",
        "nan-brings-children",
        R(
            "school",
            "Skye and Alfie brought in by their nan (Brenda) - they're staying with her since "
            "the fire on Saturday. Both tired, Alfie coughing. Uniform from lost property. "
            "Jordan's school informed.",
        ),
    )
    f.occ(
        "2025-01-27",
        "homeless-approach",
        R(
            "housing",
            "Homeless approach (Ms Mallinder and Mr Tollington): 27 Copperbeech Tce "
            "uninhabitable after fire 25/01. Children staying with MGM. s188 interim duty - "
            "Room 4, Linden Lodge B&B for the adults from tonight.",
            "10:00",
            "Homelessness approach",
        ),
    )
    f.occ(
        "2025-01-27",
        "strat-2",
        R(
            "csc",
            "Strategy discussion following the house fire on 25/01. Present: TM, myself, DC "
            "Ellery, WM Brannigan (WFRS), Mrs Haigh, school nurse. Children safe with MGM. Police "
            "investigation (wilful neglect) ongoing, mother on bail. s47 re all three children; "
            "RCPC to be brought forward. Housing to be involved.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "S47 STRATEGY MEETING - FIRE AT 27 COPPERBEECH TCE. DC ELLERY. CRIMINAL "
            "INVESTIGATION CONTINUES (MOTHER ON BAIL). JOINT S47.",
            "11:00",
            "Strategy discussion",
            ref="LOG 0119",
        ),
        R(
            "fire",
            "Multi-agency strategy call re INC 25-00873 - WM Brannigan gave crew account and "
            "the SWV history; fire investigation report to follow.",
            "11:00",
            "Partnership meeting",
        ),
        R("school", "11am strat meeting about the fire. Told them the children came in with nan."),
        R(
            "snurse",
            "Contact type: Strategy discussion. Outcome: SN attended; will see Skye and Alfie "
            "in school this week.",
            "11:00",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2025-01-28",
        "fire-investigation",
        R(
            "fire",
            "Fire investigation report (INC 25-00873): accidental ignition - chip pan left on "
            "lit hob, occupier asleep having consumed alcohol. Hoarded materials in kitchen and "
            "hall increased fire load and smoke spread. Alarm actuation allowed rescue.",
            "16:00",
            "Fire investigation",
        ),
    )
    f.occ(
        "2025-01-28",
        "gp-ed-letters",
        R(
            "gp",
            "A&E letters x3 received (Jordan, Skye, Alfie) - attended WMRI 25/01 smoke "
            "inhalation after house fire; Alfie admitted overnight. Noted.",
            "",
            "Letter received",
        ),
    )
    f.occ(
        "2025-01-30",
        "eh-post-fire",
        R(
            "eh",
            "Post-fire inspection with Keystone and landlord. Property uninhabitable - kitchen "
            "destroyed, smoke damage throughout. Emergency Prohibition Order not needed (vacant). "
            "Tenants' possessions to be cleared by landlord's contractor.",
            "10:30",
            "Inspection",
        ),
    )
    f.occ(
        "2025-02-11",
        "cg-3",
        R(
            "csc",
            "Core group - children settled with Brenda, attendance improved (Skye 92% since the "
            "fire). Parents in B&B; Kerry started with the alcohol service.",
            "14:00",
            "Core group",
        ),
        R("school", "Core group at 2 - great attendance since they've been at nan's."),
        R(
            "snurse",
            "Contact type: Core group. Outcome: attended; Skye's wheeze resolved; lice clear x3 "
            "weeks.",
            "14:00",
            "Core group",
        ),
        R(
            "ewo",
            "Core group minutes received from SW (C. Okafor), pasted: 'Core Group Meeting - "
            "Jordan, Skye and Alfie. Tuesday 11 February 2025, 2pm, Alderwood Primary. Present: "
            "C. Okafor (SW), D. Haigh (DSL), L. Achterberg (SN), Brenda Mallinder (MGM). "
            "Apologies: EWS. Children settled with MGM; attendance improved. Actions: EWS to "
            "send updated figures before RCPC.'",
            "",
            "Minutes",
            shift="+1",
        ),
    )
    f.occ(
        "2025-02-18",
        "ga-extractions",
        R(
            "dental",
            "Alfie - GA extractions x6 (54, 55, 64, 74, 84, 85) at WMRI day surgery. Brought "
            "by MGM and SW. Uneventful. Review 6/52; prevention pack given to MGM.",
            "08:30",
            "Treatment",
        ),
        R(
            "csc",
            "Took Alfie with Brenda for his dental extractions under general anaesthetic at "
            "WMRI day surgery. Six teeth out; he was very brave.",
            "",
            "Health",
        ),
    )
    f.occ(
        "2025-03-06",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference (brought forward after the fire). Plans continue "
            "under neglect for all three children. Rehousing expected this month; children to "
            "return to parents with a safety plan once in the new home.",
            "10:00",
            "RCPC",
        ),
        R("school", "Skye M - review conference today. Still on a CP plan."),
        R("school", "Alfie T - RCPC, stays on plan. Going home when they get the new house."),
        R(
            "snurse",
            "Contact type: Review child protection conference. Outcome: CP plans continue.",
            "10:00",
            "RCPC",
        ),
        R(
            "ewo",
            "RCPC attended. Attendance all three improved since January.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-14",
        "move",
        R(
            "housing",
            "Tenancy signed and keys given: 41 Wagtail Road, Wrenbury Moor WM2 4EQ (3 bed, "
            "council stock). Household moved in today; s188 B&B ended.",
            "12:00",
            "House move",
        ),
        R(
            "csc",
            "Family moved into 41 Wagtail Road today. Children returned to Kerry and Shane's "
            "care from Brenda's with the safety plan (no chip pan, Brenda to visit daily).",
            "",
            "House move",
        ),
    )
    f.occ(
        "2025-03-20",
        "nfa",
        R(
            "police",
            "WILFUL NEGLECT INVESTIGATION (LOG 0119) - CPS ADVICE: NFA, NOT IN PUBLIC INTEREST "
            "(ACCIDENTAL FIRE, ENGAGEMENT WITH ALCOHOL SERVICE). BAIL CANCELLED.",
            "11:45",
            "Outcome",
        ),
        R(
            "csc",
            "Police confirmed no further action against Kerry following the fire; her bail is "
            "cancelled.",
            "15:00",
            "Criminal proceedings",
        ),
    )
    f.occ(
        "2025-03-26",
        "swv-new-home",
        R(
            "fire",
            "SWV at new address 41 Wagtail Rd. CIR 2-3 throughout. 3 alarms fitted incl heat "
            "alarm in kitchen. No chip pan in property. Advice re cooking after alcohol.",
            "10:00",
            "Safe and Well visit",
        ),
    )
    f.occ(
        "2025-04-29",
        "cg-4",
        R(
            "csc",
            "Core group held at 41 Wagtail Road. House tidy; Kerry attending alcohol group "
            "weekly. Attendance Skye 94%, Alfie 91%.",
            "13:00",
            "Core group",
        ),
        R(
            "snurse",
            "Contact type: Core group (home). Outcome: attended; no health concerns.",
            "13:00",
            "Core group",
        ),
    )
    f.occ(
        "2025-06-19",
        "rcpc-2",
        R(
            "csc",
            "RCPC: the children's Child Protection Plans ended; stepped down to a Child in Need "
            "plan for three months.",
            "10:00",
            "RCPC",
        ),
        R("school", "Skye M - review conference: CP plan ended, now CIN."),
        R("school", "Alfie T - conference - off CP plan, CIN."),
        R(
            "snurse",
            "Contact type: RCPC. Outcome: plans ended - CIN. SN to remain on CIN plan.",
            "10:00",
            "RCPC",
        ),
    )

    f.fill(
        "school",
        "2024-09-04",
        "2024-12-19",
        [
            ("", "Skye M - no PE kit again, spare given. Hair matted."),
            ("", "Alfie T - came in hungry, had toast at breakfast club."),
            ("", "Alfie T - wet himself in class, changed into spares. Clothes bagged home."),
        ],
        timed=False,
    )
    f.fill(
        "school",
        "2025-04-22",
        "2025-07-18",
        [
            ("", "Skye M - good week, 100% attendance, certificate in assembly."),
        ],
        timed=False,
    )
    f.fill(
        "ewo",
        "2024-10-09",
        "2024-12-13",
        [
            ("Telephone", "Phoned Ms Mallinder re Skye's lateness - says the alarm clock broke."),
            ("Register check", "Register check at Alderwood: Skye 74%, Alfie 70%."),
        ],
    )
    f.fill(
        "snurse",
        "2024-09-04",
        "2024-11-08",
        [
            (
                "School contact",
                "Contact type: Head lice check (school). Outcome: Skye live lice - treatment "
                "supplied; Alfie clear.",
            ),
        ],
    )
    f.fill(
        "snurse",
        "2025-02-24",
        "2025-03-28",
        [("School contact", "Contact type: Health review in school (Skye). Outcome: well.")],
    )
    f.fill(
        "eh",
        "2024-09-02",
        "2024-10-18",
        [
            ("Telephone", "Tenant rang: still no boiler. Advised formal notice being prepared."),
        ],
    )
    f.fill(
        "eh",
        "2024-11-25",
        "2025-01-10",
        [("Revisit", "Revisit: boiler replaced, electrics made safe; mould works outstanding.")],
    )
    f.fill(
        "housing",
        "2024-07-22",
        "2024-09-30",
        [
            ("PHP", "Personalised housing plan sent to Ms Mallinder by post and email."),
            ("Telephone", "Rang Keystone - s21 invalid (no gas safety cert given). Tenant told."),
        ],
    )
    f.fill(
        "gp",
        "2024-06-03",
        "2024-09-13",
        [
            ("Consultation", "Kerry: S: low mood, poor sleep. P: sertraline 50mg, r/v 4/52."),
        ],
    )
    f.fill(
        "gp",
        "2025-02-03",
        "2025-05-30",
        [("Consultation", "Kerry: alcohol review - AUDIT 18, engaging with WM Recovery.")],
    )
    f.fill(
        "csc",
        "2024-08-01",
        "2024-11-08",
        [
            (
                "CIN visit",
                "CIN visit - hall partly cleared, children seen; Alfie in clean clothes.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2024-12-09",
        "2025-01-07",
        [("CP visit", "CP visit - children seen alone; Skye said the house smells.")],
    )
    f.fill(
        "csc",
        "2025-04-01",
        "2025-06-13",
        [
            ("CP visit", "CP visit at Wagtail Road - home clean, food in cupboards."),
        ],
    )
    f.fill(
        "dental",
        "2024-10-23",
        "2024-12-20",
        [
            (
                "Treatment",
                "Skye M - fillings x2 under LA (75, 85), fissure sealants. Brought by dad.",
            )
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Brennigan-Ashdown family, Ambersham. Isla Brennigan-Ashdown (b. 12/03/2024) lives
# with her mother Hannah Brennigan (b. 1992) and father Tom Ashdown (b. 1990) at 58 Quillan Road,
# Ambersham AM4 7PD; registered at Orchard Lane Surgery. From November 2024 she was minded three
# days a week by registered childminder Lorraine Pettifer (b. 1968, URN EY562318) at 3 Kestrel
# Rise, Ambersham AM2 5RW (husband Gary, b. 1966; adult son Callum, b. 2001). A skull fracture on
# 14/01/2025 at the childminder's; a section 47 enquiry, the LADO, Ofsted's suspension and
# cancellation, two arrests, a charge; the parents' complaints; Brambleside Day Nursery.
# --------------------------------------------------------------------------------------------


def _brennigan() -> BlindCase:
    f = Family(
        "brennigan",
        2803,
        {
            "ofsted": Sheet(
                OFSTED,
                "Ofsted_EY_regulatory_EY562318.xlsx",
                "Case history",
                (("2024-01-01", "Early Years Regulatory Inspector M. Tadross"),),
            ),
            "lado": Sheet(
                LADO,
                "Ambershire_LADO_2025-0041.xlsx",
                "LADO record",
                (("2024-01-01", "Sarah Quince (LADO)"),),
            ),
            "ey": Sheet(
                EARLY_YEARS,
                "Ambershire_EY_Childcare_Service.xlsx",
                "Setting notes",
                (("2024-01-01", "Bev Lindqvist (Quality Improvement Officer)"),),
                typed=False,
            ),
            "police": Sheet(
                POLICE,
                "Ambershire_Police_CAIU_return.xlsx",
                "Chronology",
                (("2024-01-01", "DS 3392 AKINOLA"),),
            ),
            "csc": Sheet(
                CSC,
                "Ambershire_CSC_Isla_BA.xlsx",
                "Case record",
                (
                    ("2024-01-01", "MASH"),
                    ("2025-01-15", "Grace Cheung (SW)"),
                    ("2025-02-19", "R. Sandhu (Team Manager)"),
                ),
            ),
            "ed": Sheet(
                ED,
                "Ambersham_General_ED.xlsx",
                "Paediatric ED",
                (("2024-01-01", "Paeds ED"),),
            ),
            "ward": Sheet(
                WARD,
                "Ambersham_General_Puffin_Ward.xlsx",
                "Inpatient notes",
                (("2024-01-01", "Dr N. Iyer (Consultant Paediatrician)"),),
            ),
            "gp": Sheet(
                GP,
                "Orchard_Lane_Surgery.xlsx",
                "Isla B-A",
                (("2024-01-01", "Dr R. Whitlock"),),
            ),
            "hv": Sheet(
                HV,
                "Ambersham_0-19_HV.xlsx",
                "Contacts",
                (("2024-01-01", "Kate Dunmore (HV)"),),
            ),
            "nursery": Sheet(
                NURSERY,
                "Brambleside_Day_Nursery.docx",
                "Table 1",
                (("2024-01-01", "A. Farrant (Nursery Manager)"),),
                typed=False,
            ),
            "complaints": Sheet(
                COMPLAINTS,
                "Ambershire_Customer_Feedback.xlsx",
                "CF-25-00318",
                (("2024-01-01", "Customer Feedback Officer"),),
            ),
        },
    )

    f.occ(
        "2024-06-12",
        "earlier-concern",
        R(
            "ofsted",
            "URN EY562318 (childminder, Mrs L Pettifer). Concern received from a parent (child "
            "not Isla): 18-month-old collected with bruising to upper arm; childminder had not "
            "recorded it. Risk assessment: actions set - maintain accident and existing injury "
            "records, inform parents same day. LADO not consulted (explanation accepted).",
            "11:20",
            "Concern",
        ),
    )
    f.occ(
        "2024-07-24",
        "actions-met",
        R(
            "ofsted",
            "URN EY562318 - evidence received: accident/existing injury forms now in use. "
            "Actions met. Case closed.",
            "15:05",
            "Regulatory",
        ),
    )
    f.occ(
        "2024-09-17",
        "hv-6m",
        R(
            "hv",
            "Contact type: 6-8 month review (home). Outcome: Isla thriving, wt 9th->25th "
            "centile, ASQ-3 all areas above cut-off. Mum returning to work in November; "
            "childminder booked (L. Pettifer) Mon/Tue/Thu. Safe sleep and home safety "
            "discussed. Universal.",
            "10:00",
            "Developmental review",
        ),
    )
    f.occ(
        "2024-12-11",
        "gp-forehead",
        R(
            "gp",
            "S: Mum - bruise on forehead noticed at pick-up yesterday, childminder says bumped "
            "on toy box, accident form signed. Crawling, pulling to stand. O: 2cm yellowing "
            "bruise L forehead, no other marks, alert, feeding. A: minor head injury. P: "
            "reassurance, head injury advice.",
            "09:40",
            "Consultation",
        ),
    )
    f.occ(
        "2025-01-14",
        "ed",
        R(
            "ed",
            "Triage: 10/12 F, L sided head swelling noticed at childminder pick-up 17:30. Hx "
            "per CM: rolled off sofa ~15:00 onto carpet. Irritable, feeding less. GCS 15. Cat 2. "
            "Both parents present.",
            "19:52",
            "ED attendance",
        ),
        R(
            "ed",
            "Reg r/v: boggy swelling L parietal 5x4cm, 1cm bruise L pinna. No other marks. "
            "Fontanelle soft. CT head requested (NICE). Safeguarding concern - TEN-4 area.",
            "21:20",
            "ED attendance",
        ),
        R(
            "ed",
            "CT: L parietal linear # with overlying haematoma, no ICH. D/W paeds cons on call - "
            "admit Puffin Ward for CP medical + skeletal survey. Parents informed; "
            "safeguarding form.",
            "23:40",
            "ED attendance",
        ),
    )
    f.occ(
        "2025-01-15",
        "ward-admission",
        R(
            "ward",
            "Admitted from ED to Puffin Ward, bay 2, with mother. L parietal skull fracture. "
            "Plan: CP medical am, skeletal survey, bloods (FBC, clotting, bone profile, vit D), "
            "ophthalmology. Neuro obs 1 hourly.",
            "00:30",
            "Admission",
        ),
    )
    f.occ(
        "2025-01-15",
        "ward-mash-referral",
        R(
            "ward",
            "Safeguarding referral to Ambershire MASH by telephone (Dr Iyer) 09:20; written "
            "referral emailed 09:45.",
            "09:20",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact from Dr Iyer, consultant paediatrician, Ambersham General: Isla (10 months) "
            "admitted overnight with a L parietal skull fracture and a bruise to her ear. "
            "Explanation given: rolled off the sofa at the childminder's. Parents' account "
            "consistent. Isla is minded by a registered childminder three days a week.",
            "09:20",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-15",
        "mash-decision",
        R(
            "csc",
            "MASH decision (TM): strategy discussion today. Injury in a non-mobile-walking baby "
            "with an ear bruise; possible perpetrators include the parents and the "
            "childminder's household. LADO to be consulted - registered childcare setting.",
            "10:30",
            "Screening decision",
        ),
    )
    f.occ(
        "2025-01-15",
        "cp-medical",
        R(
            "ward",
            "CP medical (Dr Iyer): L parietal linear # with boggy swelling; 1cm bruise L pinna; "
            "no other bruising, no oral injury. Hx from both parents - dropped to CM 08:10 "
            "well, collected 17:30 with swelling; CM described fall from sofa ~45cm. Opinion: "
            "a short fall can cause a linear fracture, but the ear bruise is not explained. "
            "Skeletal survey tomorrow.",
            "11:00",
            "Child protection medical",
        ),
    )
    f.occ(
        "2025-01-15",
        "strat-1",
        R(
            "csc",
            "Strategy discussion (Teams), chair TM R. Sandhu. Present: DS Akinola (CAIU), Dr "
            "Iyer, HV Kate Dunmore, myself. Agreed: joint s47 enquiry; the injury could have "
            "happened at home (morning or evening) or at the childminder's; LADO referral "
            "today; Isla to stay on the ward until the skeletal survey; parents not to be left "
            "alone with her on the ward in the meantime.",
            "14:30",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRATEGY DISCUSSION RE ISLA BRENNIGAN-ASHDOWN (10 MTHS) - SKULL FRACTURE. JOINT "
            "S47. POSSIBLE SUSPECTS: PARENTS, CHILDMINDER LORRAINE PETTIFER AND HOUSEHOLD "
            "MEMBERS AT 3 KESTREL RISE. CRIME 15/00412/25 GBH S20 RAISED.",
            "14:30",
            "Strategy discussion",
            ref="15/00412/25",
        ),
        R(
            "ward",
            "Strat meeting 14:30 (Teams) - Dr Iyer attended, gave medical opinion. Supervision "
            "on ward agreed.",
            "14:30",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (telephone/Teams). Outcome: HV shared 6 month "
            "review, no concerns, good engagement, childminder arrangement since Nov.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-15",
        "lado-referral",
        R(
            "csc",
            "LADO referral form emailed to Sarah Quince re the registered childminder (Mrs "
            "Lorraine Pettifer) following today's strategy discussion.",
            "16:10",
            "LADO referral",
        ),
        R(
            "lado",
            "Referral received (email from CSC, sent 16:10 yesterday) - allegation against "
            "registered childminder L. Pettifer (EY562318): 10 month old girl sustained skull "
            "fracture on 14/01 while in her care. Threshold met - harm to a child. Police "
            "aware. Ref LADO 2025/0041.",
            "09:00",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-15",
        "cm-notifies-ofsted",
        R(
            "ofsted",
            "Notification from registered person (EY562318): serious injury to a child in her "
            "care - 10 month old fell from sofa on 14/01 at approx 15:00, parent reports "
            "fractured skull. Childminder states she will not care for other children "
            "tomorrow.",
            "18:00",
            "Notification",
        ),
    )
    f.occ(
        "2025-01-16",
        "arrest-lp",
        R(
            "police",
            "LORRAINE PETTIFER (56) ARRESTED AT 3 KESTREL RISE AMBERSHAM 0705 ON SUSPICION OF "
            "S20 GBH. INTERVIEWED WITH SOLICITOR - PREPARED STATEMENT (FALL FROM SOFA) THEN NO "
            "COMMENT. RUI.",
            "07:05",
            "Arrest",
            ref="15/00412/25",
        ),
        R(
            "lado",
            "DS Akinola confirmed that Mrs Pettifer was arrested at her home this morning on "
            "suspicion of GBH (s20).",
            "09:40",
            "Police update",
        ),
    )
    f.occ(
        "2025-01-16",
        "arrest-gp",
        R(
            "police",
            "GARY PETTIFER (58) ARRESTED AT SAME ADDRESS 0740 ON SUSPICION OF S20 GBH - AT HOME "
            "ON AFTERNOON OF 14/01. INTERVIEWED - DENIES HANDLING CHILD. RUI.",
            "07:40",
            "Arrest",
            ref="15/00412/25",
        ),
    )
    f.occ(
        "2025-01-16",
        "lado-ofsted",
        R(
            "lado",
            "Ofsted notified via the online form; Ofsted asked to attend the allegations "
            "management meeting tomorrow 13:30.",
            "10:30",
            "Notification",
        ),
        R(
            "ofsted",
            "Information received from Ambershire LADO (S. Quince) re EY562318: allegation of "
            "serious injury to a 10 month old. Police investigating. Invite to LADO meeting "
            "17/01 accepted. Case escalated to Senior HMI for suspension decision.",
            "10:45",
            "Information received",
        ),
    )
    f.occ(
        "2025-01-16",
        "skeletal-survey",
        R(
            "ward",
            "Skeletal survey: no further fractures. Bloods NAD (clotting, bone profile normal). "
            "Ophthalmology: no retinal haemorrhages. Repeat survey in 11-14 days.",
            "15:30",
            "Investigation",
        ),
    )
    f.occ(
        "2025-01-16",
        "hv-ed-notice",
        R(
            "hv",
            "Contact type: Paediatric liaison notification. Outcome: ED attendance 14/01 - head "
            "injury (skull #), admitted Puffin Ward, safeguarding. Noted; already aware via "
            "strategy discussion.",
            "12:15",
            "Notification",
        ),
    )
    f.occ(
        "2025-01-17",
        "strat-review",
        R(
            "csc",
            "Strategy meeting (review), s47 re Isla and her parents. Skeletal survey clear. "
            "Police: both Pettifers arrested yesterday, released under investigation. "
            "Parents' accounts consistent and the timeline points to the afternoon at the "
            "childminder's. Agreed Isla can go home with her parents tomorrow if medically fit; "
            "s47 continues.",
            "09:30",
            "Strategy discussion",
        ),
        R(
            "police",
            "S47 STRATEGY REVIEW (CSC CHAIR). UPDATE GIVEN ON BOTH ARRESTS. NO OBJECTION TO "
            "CHILD RETURNING TO PARENTS.",
            "09:30",
            "Strategy discussion",
        ),
        R(
            "ward",
            "Strategy review call - Dr Iyer: medically fit for discharge tomorrow, repeat "
            "skeletal survey as OP.",
            "09:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-17",
        "amm-1",
        R(
            "lado",
            "Allegations Management Meeting 1 (chair S. Quince). Present: Ofsted (M. Tadross), "
            "DS Akinola, SW G. Cheung, B. Lindqvist (EY). Allegation: physical harm to a child "
            "(skull fracture) in the childminder's care. Police investigation continues (both "
            "RUI). Ofsted considering suspension. Review in 4 weeks.",
            "13:30",
            "Allegations meeting",
        ),
        R(
            "ofsted",
            "Attended LADO allegation management meeting (Teams). Information shared; "
            "suspension decision today.",
            "13:30",
            "Meeting",
        ),
        R(
            "police",
            "POSITION OF TRUST / LADO MEETING. CAIU ATTENDED. INVESTIGATION ONGOING - BOTH "
            "SUSPECTS RUI, BAIL CONDITIONS NOT APPLICABLE.",
            "13:30",
            "Meeting",
        ),
        R(
            "csc",
            "Allegations management meeting chaired by the LADO about Mrs Pettifer (this "
            "afternoon, after our strategy review). I updated on the s47 re the parents.",
            "13:30",
            "Meeting",
        ),
        R(
            "ey",
            "Joined the LADO allegations meeting on Teams as QIO for the setting. Ofsted to "
            "decide on suspension today. I will check which other families use the setting "
            "for funded hours.",
        ),
    )
    f.occ(
        "2025-01-17",
        "suspension",
        R(
            "ofsted",
            "Registration EY562318 SUSPENDED for 6 weeks (s69 Childcare Act 2006) - risk of "
            "harm to children. Notice of suspension issued by email and recorded delivery.",
            "16:20",
            "Enforcement",
        ),
        R(
            "ey",
            "Ofsted confirmed this afternoon that Mrs Pettifer's registration is suspended. "
            "Removed from the FIS directory; funded hours for her 2 other funded children "
            "stopped; parents to be helped to find places.",
        ),
    )
    f.occ(
        "2025-01-18",
        "discharge",
        R(
            "ward",
            "Discharged home with both parents. Safety plan per CSC. Repeat skeletal survey "
            "booked 30/01. Discharge summary to GP and HV.",
            "12:15",
            "Discharge",
        ),
        R(
            "csc",
            "Isla went home from Puffin Ward with her parents on Saturday, as agreed at the "
            "strategy review.",
            "",
            "Hospital discharge",
            shift="+2",
        ),
    )
    f.occ(
        "2025-01-21",
        "joint-visit",
        R(
            "hv",
            "Contact type: Joint home visit with SW (G. Cheung). Outcome: Isla seen, alert and "
            "smiling, parietal swelling reducing. Parents very anxious and angry with the "
            "childminder. Weight 8.6kg.",
            "10:00",
            "Home visit",
        ),
        R(
            "csc",
            "Joint visit with Kate Dunmore (HV) to 58 Quillan Road. Isla seen and handled "
            "by HV, swelling going down. Hannah and Tom spoken to together then separately - "
            "accounts of 14/01 the same.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-01-22",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary rec'd - Puffin Ward 15/01-18/01/25: L parietal skull #, S47 "
            "ongoing, injury reported at childminder's. Safeguarding alert added to record.",
            "",
            "Letter received",
        ),
        R(
            "gp",
            "Discharge summary received - Puffin Ward 15/01-18/01/25: L parietal skull # - S47 "
            "ongoing, injury reported at childminder's. Safeguarding alert added.",
            "",
            "Letter received",
        ),
    )
    f.occ(
        "2025-01-23",
        "parents-statements",
        R(
            "police",
            "WITNESS STATEMENTS (MG11) TAKEN FROM HANNAH BRENNIGAN AND THOMAS ASHDOWN AT HOME "
            "ADDRESS. WHATSAPP MESSAGES FROM CHILDMINDER 14/01 (1512 'ISLA HAD A LITTLE TUMBLE "
            "ALL FINE NOW') EXHIBITED.",
            "14:00",
            "Investigation",
        ),
    )
    f.occ(
        "2025-01-24",
        "callum-witness",
        R(
            "police",
            "CALLUM PETTIFER (23) SPOKEN TO AS WITNESS - AT WORK ALL DAY 14/01, CONFIRMED BY "
            "EMPLOYER. NOT A SUSPECT.",
            "11:30",
            "Investigation",
        ),
    )
    f.occ(
        "2025-01-30",
        "repeat-survey",
        R(
            "ward",
            "Repeat skeletal survey (OP): no new or healing fractures. Fracture L parietal "
            "healing as expected. Result to SW and police.",
            "10:30",
            "Investigation",
        ),
    )
    f.occ(
        "2025-02-04",
        "s47-outcome",
        R(
            "csc",
            "Strategy meeting - outcome of s47. On the medical evidence, the timeline and the "
            "childminder's message at 15:12, the injury most probably happened at the "
            "childminder's. No concerns about the parents' care: s47 unsubstantiated in respect "
            "of the parents. Case to close to CSC; HV universal plus.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT MTG (S47 OUTCOME). PARENTS NOT SUSPECTS. INVESTIGATION FOCUS ON CHILDMINDER "
            "HOUSEHOLD.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "hv",
            "Contact type: Multi-agency meeting (s47 outcome). Outcome: CSC closing; HV to "
            "offer universal plus contacts.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-06",
        "closing-letter",
        R(
            "csc",
            "Closing letter sent to Hannah and Tom explaining the outcome of the s47 enquiry and "
            "that the case is now closed to Children's Social Care.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2025-02-11",
        "amm-2",
        R(
            "lado",
            "Allegations Management Meeting 2 (review). Police: file building, awaiting "
            "independent paediatric radiology opinion. Ofsted: suspension in place until "
            "28/02, likely to extend. Outcome not yet determined. Review in 3 months.",
            "10:00",
            "Allegations meeting",
        ),
        R(
            "ofsted",
            "LADO review meeting attended. Suspension to be reviewed before 28/02.",
            "10:00",
            "Meeting",
        ),
        R(
            "police",
            "LADO REVIEW MEETING - UPDATE: EXPERT RADIOLOGY OPINION REQUESTED.",
            "10:00",
            "Meeting",
        ),
        R(
            "ey",
            "Minutes from the LADO (pasted in full): 'Allegations Management Meeting - review. "
            "11/02/2025 10:00, Teams. Chair: S. Quince (LADO). Attendees: M. Tadross (Ofsted), "
            "DS Akinola (CAIU), B. Lindqvist (EYCS). Police update: file building, expert "
            "radiology opinion requested. Ofsted: suspension in place. Actions: LADO to "
            "reconvene in 3 months.'",
            shift="+1",
        ),
    )
    f.occ(
        "2025-02-14",
        "representations",
        R(
            "ofsted",
            "Representations received from Mrs Pettifer's solicitor re suspension - states "
            "accidental fall, requests lifting. Logged for review.",
            "14:40",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-02-18",
        "complaint-ofsted",
        R(
            "ofsted",
            "Complaint received by email from Ms H. Brennigan and Mr T. Ashdown: (1) they "
            "were not told of a previous concern about EY562318 in June 2024; (2) ask why "
            "the childminder was allowed to keep minding babies. Passed to complaints team.",
            "09:15",
            "Complaint",
        ),
    )
    f.occ(
        "2025-02-19",
        "complaint-la",
        R(
            "complaints",
            "Stage 1 complaint received (online form) from Ms Hannah Brennigan re Children's "
            "Social Care: treated as suspects, told about the s47 'in a hospital corridor', "
            "not told for two days that the childminder had been arrested. Allocated to TM "
            "R. Sandhu. Response due 05/03.",
            "11:50",
            "Complaint",
        ),
    )
    f.occ(
        "2025-02-20",
        "ack",
        R(
            "complaints",
            "Acknowledgement letter sent to Ms Brennigan (stage 1, 10 working days).",
            "10:05",
            "Letter",
        ),
    )
    f.occ(
        "2025-02-24",
        "settle-1",
        R(
            "nursery",
            "Isla's first settle session with Mum, 9-10am, in the Baby Room. Key person Jodie. "
            "Mum told me about what happened at the childminder's and asked us to phone her "
            "about any bump at all, however small. Agreed.",
        ),
    )
    f.occ(
        "2025-02-27",
        "extension",
        R(
            "ofsted",
            "Suspension of EY562318 extended for a further 6 weeks (to 10/04/25) - police "
            "investigation ongoing. Notice sent.",
            "15:30",
            "Enforcement",
        ),
        R(
            "lado",
            "Ofsted have extended Mrs Pettifer's suspension to 10/04/25.",
            "",
            "Update",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-28",
        "stage1-meeting",
        R(
            "csc",
            "Met Hannah and Tom at the Civic Centre about their complaint (stage 1). Apologised "
            "that they learned of the s47 in the ward corridor; explained why the parents have "
            "to be considered in any unexplained injury. They remain unhappy about the delay "
            "in telling them of the arrest.",
            "16:00",
            "Complaint",
        ),
        R(
            "complaints",
            "Stage 1 resolution meeting held between TM R. Sandhu and the complainants.",
            "16:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-03",
        "nursery-start",
        R(
            "nursery",
            "First full day for Isla (Mon/Tue/Thu 8-5). Cried at drop-off, settled with "
            "Jodie by 9.15, ate well, slept 1.5 hrs. Mum rang twice.",
        ),
    )
    f.occ(
        "2025-03-05",
        "stage1-response",
        R(
            "complaints",
            "Stage 1 response letter issued by TM R. Sandhu - partially upheld (communication "
            "on the ward; delay in sharing arrest information). Stage 2 rights explained.",
            "15:00",
            "Letter",
        ),
        R(
            "csc",
            "My stage 1 response to Ms Brennigan sent today (partially upheld).",
            "",
            "Complaint",
        ),
    )
    f.occ(
        "2025-03-11",
        "hv-1y",
        R(
            "hv",
            "Contact type: 1 year review (clinic). Outcome: development normal (ASQ-3), walking "
            "with one hand held. Parents anxious about childcare; Isla settling at Brambleside. "
            "Universal plus - HV to liaise with nursery.",
            "13:30",
            "Developmental review",
        ),
    )
    f.occ(
        "2025-03-13",
        "hv-nursery-call",
        R(
            "hv",
            "Contact type: Telephone (professional) - Brambleside manager. Outcome: Isla "
            "settling well; nursery aware of history; agreed nursery will ring parents about any "
            "injury and HV will visit in 6 weeks.",
            "11:10",
            "Telephone",
        ),
        R(
            "nursery",
            "Kate (HV) rang me this morning about Isla - shared that she is settling well. We "
            "agreed to ring Mum straight away about any bump.",
        ),
    )
    f.occ(
        "2025-03-18",
        "ofsted-response",
        R(
            "ofsted",
            "Complaint response sent to Ms Brennigan and Mr Ashdown: June 2024 concern "
            "handled under the risk assessment process; information about a setting's "
            "concerns cannot always be shared; suspension in place.",
            "12:00",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-03-24",
        "stage2-request",
        R(
            "complaints",
            "Ms Brennigan asked for the complaint to go to stage 2 (email). Independent "
            "investigator to be appointed.",
            "09:50",
            "Complaint",
        ),
    )
    f.occ(
        "2025-04-08",
        "noi",
        R(
            "ofsted",
            "Notice of intention to cancel registration EY562318 sent to Mrs Pettifer (s68 "
            "Childcare Act 2006) - unsuitability. 14 days to object.",
            "11:00",
            "Enforcement",
        ),
        R(
            "ey",
            "Ofsted rang - they have sent Mrs Pettifer a notice of intention to cancel her "
            "registration.",
        ),
    )
    f.occ(
        "2025-04-15",
        "nursery-bump",
        R(
            "nursery",
            "10.20 Isla bumped her head on the edge of the low table in the Baby Room while "
            "cruising - small red mark L forehead, cold compress, well afterwards. Rang Mum at "
            "10.35 - she was upset and came to see her at lunch. Accident form signed at "
            "pick-up.",
        ),
        R(
            "nursery",
            "10.20 Isla bumped her head on the edge of the low table in the Baby Room while "
            "cruising - small red mark to L forehead, cold compress, fine afterwards. Rang Mum "
            "10.35, she was upset and came in at lunch. Accident form signed at pick up.",
        ),
    )
    f.occ(
        "2025-05-06",
        "nod",
        R(
            "ofsted",
            "No objection received. Notice of decision to cancel EY562318 sent - takes effect "
            "after 28 days unless appealed to the First-tier Tribunal.",
            "10:20",
            "Enforcement",
        ),
    )
    f.occ(
        "2025-05-20",
        "amm-3",
        R(
            "lado",
            "AMM 3 (review). Police: expert radiologist says the fracture needs more force "
            "than a fall from a sofa; file with CPS for charging advice. Ofsted: notice of "
            "decision to cancel served. LADO outcome deferred pending CPS.",
            "14:00",
            "Allegations meeting",
        ),
        R(
            "police",
            "LADO MEETING (REVIEW 2). EXPERT REPORT RECEIVED - FILE SUBMITTED TO CPS FOR "
            "CHARGING ADVICE RE L PETTIFER.",
            "14:00",
            "Meeting",
        ),
        R(
            "ofsted",
            "Attended LADO review meeting - notice of decision served 06/05.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-05-29",
        "stage2-report",
        R(
            "complaints",
            "Stage 2 investigation report and adjudication letter sent to Ms Brennigan: 3 of 5 "
            "points upheld; recommendations on communicating s47 decisions to parents in "
            "hospital.",
            "16:30",
            "Letter",
        ),
    )
    f.occ(
        "2025-06-05",
        "cancellation",
        R(
            "ofsted",
            "Registration EY562318 CANCELLED - no appeal lodged. Mrs Pettifer disqualified from "
            "registration. Case closed on the register.",
            "09:00",
            "Enforcement",
        ),
        R(
            "ey",
            "Ofsted confirm Mrs Pettifer's registration is now cancelled. Setting record closed.",
        ),
        R("lado", "Ofsted: registration cancelled today, no appeal.", "", "Update", shift="late"),
    )
    f.occ(
        "2025-07-15",
        "charge",
        R(
            "police",
            "LORRAINE PETTIFER CHARGED BY POSTAL REQUISITION (CPS AUTHORITY): S20 OAPA 1861 - "
            "INFLICTING GBH ON ISLA BRENNIGAN-ASHDOWN 14/01/25. FIRST APPEARANCE AMBERSHAM MC "
            "12/08/25.",
            "12:00",
            "Charge",
            ref="15/00412/25",
        ),
        R(
            "lado",
            "DS Akinola: Lorraine Pettifer has been charged today (s20 GBH), to appear at "
            "Ambersham Magistrates 12/08.",
            "15:45",
            "Police update",
        ),
    )
    f.occ(
        "2025-07-15",
        "nfa-gary",
        R(
            "police",
            "GARY PETTIFER - NFA (EVIDENTIAL). NO EVIDENCE HE HANDLED THE CHILD. RUI ENDED, "
            "LETTER SENT.",
            "12:30",
            "Outcome",
            ref="15/00412/25",
        ),
    )
    f.occ(
        "2025-08-12",
        "mags",
        R(
            "police",
            "AMBERSHAM MC - FIRST APPEARANCE. NO PLEA INDICATED. SENT TO AMBERSHAM CROWN COURT. "
            "UNCONDITIONAL BAIL WITH CONDITION NOT TO HAVE UNSUPERVISED CONTACT WITH ANY CHILD "
            "UNDER 16.",
            "10:00",
            "Court",
            ref="15/00412/25",
        ),
        R(
            "lado",
            "Mags court today - sent to the Crown Court. Bail conditions: no unsupervised "
            "contact with under 16s.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-09-16",
        "amm-4",
        R(
            "lado",
            "Final allegations management meeting. Outcome: SUBSTANTIATED (balance of "
            "probabilities - expert evidence and charge). Referral to DBS to be made by LADO. "
            "Criminal case continues.",
            "11:00",
            "Allegations meeting",
        ),
        R(
            "ofsted",
            "LADO final meeting attended - allegation substantiated. Registration already "
            "cancelled.",
            "11:00",
            "Meeting",
        ),
        R(
            "police",
            "LADO (POSITION OF TRUST) CLOSING MEETING - ALLEGATION SUBSTANTIATED. PTPH 10/10.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-09-18",
        "dbs-referral",
        R(
            "lado",
            "DBS barring referral submitted (online) re Lorraine Pettifer.",
            "10:15",
            "Referral",
        ),
    )
    f.occ(
        "2025-10-10",
        "ptph",
        R(
            "police",
            "AMBERSHAM CROWN COURT PTPH: NOT GUILTY PLEA. TRIAL FIXED 09/03/2026 (3 DAYS). "
            "BAIL CONTINUED.",
            "10:00",
            "Court",
            ref="15/00412/25",
        ),
        R(
            "lado",
            "PTPH at Crown Court: Mrs Pettifer pleaded not guilty, trial March 2026.",
            "",
            "Court",
        ),
    )

    f.fill(
        "hv",
        "2024-06-03",
        "2024-12-20",
        [
            ("Clinic", "Contact type: Baby clinic (weigh). Outcome: wt 7.9kg, 25th centile."),
            ("Telephone", "Contact type: Telephone. Outcome: mum asked re weaning - advice given."),
        ],
    )
    f.fill(
        "hv",
        "2025-04-22",
        "2025-09-30",
        [
            ("Home visit", "Contact type: Home visit (universal plus). Outcome: Isla well."),
            ("Clinic", "Contact type: Clinic weigh. Outcome: wt 10.1kg; parents calmer."),
        ],
    )
    f.fill(
        "gp",
        "2024-06-03",
        "2024-11-29",
        [
            ("Immunisation", "Imms: 16 week vaccines given (nurse). No reaction."),
            ("Consultation", "S: cough 3/7, feeding ok. O: chest clear. A: viral URTI. P: advice."),
        ],
    )
    f.fill(
        "gp",
        "2025-03-17",
        "2025-09-26",
        [
            ("Immunisation", "Imms: 1 year vaccines (MMR, MenB, PCV, Hib/MenC). No reaction."),
            ("Consultation", "S: ear pulling, temp. O: R TM red. A: AOM. P: amoxicillin 5/7."),
        ],
    )
    f.fill(
        "nursery",
        "2025-03-17",
        "2025-09-30",
        [
            ("", "Isla had a lovely day, messy play, walked four steps to Jodie!"),
            ("", "Key person review with Mum - Isla settled, eating well, two naps."),
            ("", "Isla absent - Mum rang, temperature. Back Thursday."),
            ("", "Isla enjoyed the music session and the sensory room today."),
        ],
        timed=False,
    )
    f.fill(
        "ofsted",
        "2024-08-01",
        "2024-12-20",
        [("Regulatory", "URN EY562318 - annual fee paid; no action.")],
    )
    f.fill(
        "ey",
        "2024-06-03",
        "2024-12-13",
        [
            ("", "Network meeting for childminders - Mrs Pettifer attended, safeguarding update."),
            ("", "Annual support call with Mrs Pettifer: 5 children on roll, 2 funded."),
        ],
        timed=False,
    )
    f.fill(
        "lado",
        "2025-06-09",
        "2025-07-11",
        [("Update", "Chased DS Akinola for CPS decision - awaiting.")],
    )
    f.fill(
        "police",
        "2025-03-03",
        "2025-05-02",
        [("Investigation", "EXPERT PAEDIATRIC RADIOLOGIST INSTRUCTED - REPORT DUE 6 WKS.")],
    )
    return f.case()


def blind_dedup_cases_28() -> list[BlindCase]:
    """The twenty-eighth blind set's families, in the order they were written."""
    return [_harkaway(), _mallinder(), _brennigan()]


if __name__ == "__main__":
    summary(blind_dedup_cases_28)
