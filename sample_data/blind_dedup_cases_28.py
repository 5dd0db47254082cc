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
three allegations management meetings, Ofsted's suspension and cancellation of the childminder's
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
first-person notes from a SARC crisis worker, a children's ISVA and a nursery manager; dates
written inside the text ("Sat night", "on the 14th"). Some returns give times and some do not.

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
  meeting it followed.

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
# Hollinsford HF4 6LN; Year 9 at Castlebrook Academy; registered at Kilnhurst Road Surgery.
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
            "at Y9 parents evening.",
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
            ("", "Y9 options evening - L and mum came. Chose Art, Geography and French."),
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
            ("", "Spoke to L re Y10 mock timetable, extra time agreed by SENCo."),
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


def blind_dedup_cases_28() -> list[BlindCase]:
    """The twenty-eighth blind set's families, in the order they were written."""
    return [_harkaway()]


if __name__ == "__main__":
    summary(blind_dedup_cases_28)
