"""A ninth set of blind labelled cases for judging duplicate detection.

Wholly fictional families, each of 105-130 chronology rows from ten to twelve services over
twelve to twenty months, unlike each other and unlike the earlier blind sets' families: an
eleven-year-old girl brought from abroad into a private fostering arrangement with a family
friend and found to be held in domestic servitude (a school's private fostering notification,
an interpreter at every conversation, a joint police and social care visit, police protection,
both carers' arrests on one evening, the Home Office's entry records, a National Referral
Mechanism referral and its decisions, a foster placement, a child protection medical, an age
assessment, an independent child trafficking guardian, a missing episode, the move to secondary
school, the carer's charge).

Written blind: composed from the domain brief, the `Event` schema, the shared kit
(`dedup_case_kit.py`) and the head of the seventh blind set (its docstring and agency constants,
read for the format and the labelling rules; none of its families, wordings or places reused),
without reading the duplicate rules, their settings, the linkage model, any result or any other
labelled set's families, and without running the merge on these cases. Kept apart from tuning:
measure on them blind first.

The services write very differently: terse capital-letter police logs with log numbers and
offence codes; long social care narrative in the first person; "Contact type: ... | Referrer:
..." front-door templates; a school's safeguarding-log entries (what was seen, then the action);
a GP journal; clinical shorthand from the looked-after children's health team (Hx, O/E, c/w);
an interpreting service's booking log, one pipe-separated line per job and no event-type
column; a trafficking guardian's first-person case record with no event-type column; an
independent reviewing officer's decisions; a Border Force and Home Office record written in
immigration terms; a supervising social worker who pastes the foster carer's own log; dates
written inside the text ("received 04/06", "last night").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, letter or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules every blind set applies):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, looked-after review, personal education plan meeting,
  professionals' meeting, intelligence meeting, court hearing), in whatever words, with
  whatever time or none, is one occurrence. A minute pasted into another service's return under
  its own preface is a record of the same meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and
  received) are one occurrence, even when the receiving service logs it the next day. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the front door's
  screening decision and the contact it screens.
- Life events (a placement start, a school move, a GP registration, an arrest, a charge, a court
  result or order) recorded by two services on the same day, or by one of them the next day, are
  one occurrence when they name the same specifics. Two people's arrests on one day are two
  occurrences; so are an arrest and a charge.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- Decision for this set: an interpreter's booking-log line for a job is a record of the visit,
  interview, medical, meeting or call the interpreter worked at (the interpreter was there), so
  it joins that occurrence; two jobs for the same worker on one day (seeing the girl alone at
  school, then the home visit) are two occurrences.
- Decision for this set: a service's entry that it was told, that day or the next, of an arrest
  or a charge and naming who, when and what, is a record of that arrest or charge (the life
  event), not a separate call; a social care entry that a police notification of a missing
  episode arrived is the notification (kept apart, as the rule for police incidents says).
- Decision for this set: a foster carer's call reporting the girl missing and the police
  missing-person record of that episode (reported, located, returned) are one occurrence; the
  police notification to social care next morning and the return interview are others.
- Decision for this set: a Home Office decision (reasonable grounds, conclusive grounds) and the
  First Responder's entry that the decision letter arrived are one occurrence (a letter sent
  and received); the social worker forwarding the letter to the guardian is another.
- Look-alikes kept apart: a school's private fostering notification and the front door's
  decision on it the next day; a social worker seeing the girl alone at school and the home
  visit later that afternoon (the same interpreter booked twice); the front door's screening
  decision, a GP's emailed information and the strategy discussion on one day; the joint visit,
  the carer's arrest, the placement start and the other carer's arrest on one evening; a police
  call to the Home Office and the NRM referral to the Home Office on one day; the carers'
  release under investigation and the call to the girl's mother; the reasonable grounds letter
  and the email forwarding it; a professionals' meeting and an age assessment session on one
  day; the missing episode, the police notification of it and the return interview; a file
  transfer and the first day at the new school; a charge and the other carer's no-further-action
  decision on the same afternoon; a charge and the first court appearance.

Everything is invented: people, workers, schools, surgeries, hospitals, towns, an airport,
police forces, addresses, postcodes and reference numbers. Deterministic: one fixed seed per
case (it only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_9.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
SCHOOL = "School"
GP = "GP"
HOME_OFFICE = "Home Office (Border Force / Single Competent Authority)"
INTERPRETING = "Interpreting Service"
LAC_HEALTH = "Looked After Children Health Team"
FOSTERING = "Fostering Service"
ICTG = "Independent Child Trafficking Guardian Service"
IRO = "Independent Reviewing Service"
VIRTUAL_SCHOOL = "Virtual School"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL,)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Kalonji case, Pellingford. Merveille Kalonji (assessed DOB 14/03/2013) arrives at
# Kestlebury Airport on 09/02/2024 with Odette Lukusa, a family friend presented as her aunt,
# and lives with Odette, her husband Patrice and their two small children at 27 Cinderhill Row,
# Pellingford QK3 7WD; registered at Fennick Road Surgery; Year 6 at Larkspur Lane Primary.
# Her mother Therese Kalonji lives in Kinshasa; Merveille speaks Lingala and some French. Found
# to be in domestic servitude; placed with foster carers Imogen and Huw Tapley at Ostley Green;
# Year 7 at Brackenholt Academy from September 2024.
# --------------------------------------------------------------------------------------------


def _kalonji() -> BlindCase:
    f = Family(
        "kalonji",
        901,
        {
            "pri": Sheet(
                SCHOOL,
                "LarkspurLane_Primary_safeguarding_log.xlsx",
                "CPOMS export",
                (("2024-01-01", "Mrs Carys Pembery (DSL)"),),
            ),
            "sec": Sheet(
                SCHOOL,
                "Brackenholt_Academy_chronology.xlsx",
                "Safeguarding",
                (("2024-09-01", "Mr Dominic Ashgrove (DSL)"),),
            ),
            "csc": Sheet(
                CSC,
                "Pellingford_CSC_chronology_MK.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Saira Hollins (MASH)"),
                    ("2024-04-26", "Bethan Cardew"),
                    ("2024-06-10", "Gideon Marlowe"),
                ),
            ),
            "pol": Sheet(
                POLICE,
                "Marchshire_Police_MSET_return.xlsx",
                "Niche extract",
                (("2024-01-01", "DC 4471 Renshaw"), ("2024-06-05", "DS 2290 Vane")),
            ),
            "ho": Sheet(
                HOME_OFFICE,
                "HomeOffice_chronology_KALONJI.xlsx",
                "CID and SCA",
                (
                    ("2024-01-01", "BFO 7731 (Kestlebury)"),
                    ("2024-06-01", "Safeguarding Hub, Immigration Enforcement"),
                    ("2024-06-14", "SCA Child Team"),
                ),
            ),
            "int": Sheet(
                INTERPRETING,
                "Parlance_Pellingford_bookings_Kalonji.csv",
                "",
                (("2024-01-01", "Lingala interpreter L. Mbemba-Sayer"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "FennickRoad_Surgery_journal.xlsx",
                "Journal",
                (("2024-01-01", "Dr Aled Fairweather"),),
            ),
            "lac": Sheet(
                LAC_HEALTH,
                "Pellingford_Childrens_Health_LAC.xlsx",
                "Clinical notes",
                (("2024-01-01", "Dr Priya Vellacott (Consultant Paediatrician)"),),
            ),
            "fost": Sheet(
                FOSTERING,
                "Fostering_SSW_log_Tapley.xlsx",
                "Placement log",
                (("2024-01-01", "Lorna Gethin (SSW)"),),
            ),
            "ictg": Sheet(
                ICTG,
                "ICTG_case_record_MK.docx",
                "Table 1",
                (("2024-01-01", "Ruth Penhallow (ICTG)"),),
                typed=False,
            ),
            "iro": Sheet(
                IRO,
                "IRO_record_Kalonji.xlsx",
                "Reviews",
                (("2024-01-01", "Marcus Lindqvist (IRO)"),),
            ),
            "vs": Sheet(
                VIRTUAL_SCHOOL,
                "VirtualSchool_PEP_log.xlsx",
                "Log",
                (("2024-01-01", "Hannah Foulger (VS caseworker)"),),
            ),
        },
    )

    # Arrival, registration, a new school: each recorded by one service only.
    f.occ(
        "2024-02-09",
        "arrival",
        R(
            "ho",
            "Primary Arrivals Control, Kestlebury T1. Female child presented DRC passport in name "
            "KALONJI Merveille, DOB 14/03/2010, visit visa valid 6 months. Accompanied by LUKUSA "
            "Odette (British citizen, UK resident), stated to be maternal aunt. Letter of consent "
            "from mother produced. Child quiet, adult answered for her. Landed as visitor. No "
            "safeguarding referral made.",
            "14:22",
            "Arrival",
            ref="BF/KST/24/0209/114",
        ),
    )
    f.occ(
        "2024-03-05",
        "gp-registration",
        R(
            "gp",
            "New patient registration (GMS1) completed by Mrs O Lukusa, described as aunt. DOB "
            "given 14/03/2013. No previous UK records, imms history unknown. New patient check "
            "with practice nurse booked.",
            "11:40",
            "Registration",
        ),
    )
    f.occ(
        "2024-03-11",
        "school-admission",
        R(
            "pri",
            "In-year admission to Year 6 (Rowan class). Brought by Mrs Lukusa ('auntie'). DOB on "
            "admission form 14/03/2013. First language Lingala, some French, very little English. "
            "EAL assessment to follow. Buddy allocated. Action: FSM form given to carer.",
            "08:50",
            "Admission",
        ),
    )
    f.occ(
        "2024-04-23",
        "disclosure-ta",
        R(
            "pri",
            "M spoke to Mme Rivaud (TA, French speaker) at lunch: Mrs Lukusa is 'not my auntie, a "
            "friend of mama'. Mother lives in Kinshasa; M came 'to help with the babies and go to "
            "school'. Has not spoken to her mother since February. Action: DSL view - likely "
            "private fostering (not a relative, over 28 days). Notify LA tomorrow after checking "
            "admission papers.",
            "13:10",
            "Safeguarding - disclosure",
        ),
    )
    # The school's private fostering notification, both ends; the front door's decision is
    # the next day.
    f.occ(
        "2024-04-24",
        "pf-notification",
        R(
            "pri",
            "Private fostering notification made by DSL to Pellingford MASH by phone (spoke to "
            "Saira) and online form sent 10:55. Carer not told yet - MASH advised they will "
            "contact her. Action: monitor attendance and lunch.",
            "10:40",
            "External referral",
        ),
        R(
            "csc",
            "Contact type: Telephone (professional) | Referrer: C Pembery, DSL Larkspur Lane "
            "Primary | Reason: possible private fostering arrangement. Child M (11) living with "
            "family friend Mrs O Lukusa since Feb 2024, mother in DRC. Not notified to LA by "
            "carer. Online form to follow.",
            "10:52",
            "Contact",
        ),
    )
    f.occ(
        "2024-04-25",
        "mash-decision-pf",
        R(
            "csc",
            "MASH decision (RAG amber): meets criteria for private fostering assessment, no CP "
            "concerns identified at this stage. Checks: police no trace M, no trace O Lukusa; GP "
            "Fennick Road. Passed to Family Placement (PF) for initial visit within 7 working "
            "days.",
            "15:30",
            "MASH decision",
            "Transferred to PF team",
        ),
    )
    # Two interpreter jobs for the same social worker on one afternoon: two occurrences.
    f.occ(
        "2024-04-30",
        "seen-alone-school",
        R(
            "pri",
            "PF social worker (Bethan Cardew) saw M alone in the library with a Lingala "
            "interpreter, 1.30-2.20. M tired but smiling. SW visiting home later today. Action: "
            "none for school.",
            "13:30",
            "Visit by professional",
        ),
        R(
            "csc",
            "I saw M alone at school (Larkspur Lane) with a Lingala interpreter present. She calls "
            "Mrs Lukusa 'mama Odette'. She looks after Gloire (3) and baby Naomie before and after "
            "school and 'helps' with washing and cooking. Sleeps in the children's room. Likes "
            "school. Could not say when she will go home to Kinshasa. Asked me not to tell auntie "
            "what she said about the housework. Explained PF and my role.",
            "13:30",
            "Private fostering visit",
        ),
        R(
            "int",
            "Job 24/0417 | Lingala | Face to face | Larkspur Lane Primary School | Requester B "
            "Cardew (CSC PF team) | Booked 13:30-14:30 | Completed | Child spoke freely once "
            "teacher left",
            "13:25",
        ),
    )
    f.occ(
        "2024-04-30",
        "pf-home-visit",
        R(
            "csc",
            "PF initial visit to 27 Cinderhill Row. Mrs L chose to speak English; interpreter used "
            "for M. Mrs L says M's mother is 'a friend of my cousin' and asked her to give M a "
            "better education, arrangement 'until she finishes school'. M is 'like a daughter' and "
            "'helps like all our girls do'. Passport not produced - 'with my husband's papers'. "
            "Sleeping: mattress in small bedroom with the two younger children. Home clean and "
            "well furnished. Advised of notification duties, checks and visits. Mother's number "
            "not given - Mrs L will text it.",
            "16:15",
            "Private fostering visit",
        ),
        R(
            "int",
            "Job 24/0418 | Lingala | Face to face | Home visit, 27 Cinderhill Row QK3 | Requester "
            "B Cardew | Booked 16:00-17:30 | Completed | Adult declined interpreter, used for "
            "child only",
            "16:00",
        ),
    )
    f.occ(
        "2024-05-14",
        "pf-checks",
        R(
            "csc",
            "Emailed Marchshire Police PVP unit requesting statutory PF checks on Odette and "
            "Patrice Lukusa. DBS forms posted to the household. Mother's number still not "
            "provided - chased by text.",
            "09:30",
            "Checks",
        ),
        R(
            "pol",
            "PVP REF 24/PF/0883. EMAIL REQUEST FROM PELLINGFORD CSC (CARDEW) FOR PF CHECKS ON "
            "LUKUSA ODETTE AND LUKUSA PATRICE, 27 CINDERHILL ROW. ENQUIRIES COMMENCED.",
            "10:05",
            "INFO REQUEST",
            shift="late",
        ),
    )
    # The burn seen in the morning; the DSL's call to MASH (logged there the next morning).
    f.occ(
        "2024-06-04",
        "burn-seen",
        R(
            "pri",
            "Class teacher saw a healing burn on the inside of M's left forearm (about 6cm, "
            "shiny, scabbed edge) when she rolled her sleeves up for PE. M said 'the iron' - she "
            "was ironing Mr L's shirts early before school. Body map done. Fell asleep in the "
            "afternoon lesson again. No packed lunch; ate two helpings at dinner. Action: DSL "
            "informed.",
            "09:15",
            "Safeguarding - physical",
        ),
    )
    f.occ(
        "2024-06-04",
        "dsl-call-mash",
        R(
            "pri",
            "DSL phoned MASH about the burn and new disclosures to Mme Rivaud: M gets up at 5am to "
            "wash clothes and clean, looks after the babies in the evening, is not allowed to eat "
            "with the family, sleeps on the kitchen floor when there are visitors, and Mrs L "
            "'keeps my passport'. Asked for a strategy discussion. Email follow-up 11:30.",
            "11:05",
            "External referral",
        ),
        R(
            "csc",
            "Contact type: Telephone call from school DSL (received 04/06 late morning, entered "
            "today) | Referrer: Larkspur Lane Primary | Concern: burn to forearm from ironing; M "
            "does domestic work from 5am, sleeps on kitchen floor, food withheld, passport held "
            "by carer | Open PF assessment (B Cardew) | Possible modern slavery / domestic "
            "servitude indicators.",
            "08:45",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-05",
        "mash-decision-s47",
        R(
            "csc",
            "MASH screening: RAG red. Threshold for s47 likely met - domestic servitude / "
            "trafficking indicators within a PF arrangement. Strategy discussion convened for "
            "14:00 today; police MSET and school invited, GP asked for information.",
            "09:30",
            "MASH decision",
            "Strategy discussion convened",
        ),
    )
    f.occ(
        "2024-06-05",
        "gp-info-email",
        R(
            "gp",
            "Safeguarding: information request from Pellingford MASH for strategy discussion. "
            "Record reviewed - reg 05/03/24, one consultation (cough, attended with Mrs L), new "
            "patient check DNA x2, imms status unknown, no injuries recorded. Summary emailed to "
            "MASH secure inbox. Unable to attend strategy.",
            "10:20",
            "Safeguarding",
        ),
        R(
            "csc",
            "GP response received by email (Fennick Road Surgery): registered March, one "
            "attendance, two missed new patient checks, no injuries on record.",
            "10:31",
            "Information received",
        ),
    )
    f.occ(
        "2024-06-05",
        "strategy",
        R(
            "csc",
            "Strategy discussion (Teams). Present: T Marsh (TM, chair), B Cardew (SW), DS Vane "
            "(Marchshire MSET), C Pembery (DSL). GP information shared. Concerns: burn, domestic "
            "labour, food, sleeping arrangements, passport withheld, PF not notified by carer. "
            "Agreed: joint s47 with police, joint visit tomorrow with Lingala interpreter, police "
            "protection to be considered if disclosures repeated. Police to obtain Border Force "
            "entry record. School to keep M at after-school club until visit.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION 1400 VIA TEAMS, CSC CHAIR. SUBJECT KALONJI MERVEILLE (11). "
            "INDICATORS DOMESTIC SERVITUDE / POSS TRAFFICKING. JOINT S47 AGREED. JOINT VISIT "
            "06/06 PM. OIC DS VANE MSET. BF ENTRY RECORDS TO BE REQUESTED.",
            "14:00",
            "STRAT MTG",
            ref="MP-24-061366",
        ),
        R(
            "pri",
            "DSL attended the strategy meeting online at 2pm. Joint police/SW visit tomorrow. "
            "Action: school to keep M at after-school club tomorrow (school funding it) so she is "
            "not collected before the visit. Head informed.",
            "",
            "Multi-agency meeting",
            shift="swap",
        ),
    )
    # The joint visit, one carer's arrest, the placement, the other carer's arrest: one evening.
    f.occ(
        "2024-06-06",
        "joint-visit",
        R(
            "pol",
            "ATTENDED 27 CINDERHILL ROW QK3 7WD WITH CSC (CARDEW) AND LINGALA INTERPRETER. CHILD "
            "SPOKEN TO - DISCLOSED WORKING FROM 0500, SLEEPING ON KITCHEN FLOOR, NOT PAID, HIT "
            "WITH SLIPPER. PASSPORT LOCATED IN BEDROOM WARDROBE, DOB 14/03/2010. POLICE "
            "PROTECTION (S46 CA1989) 1840, DESIGNATED OFFICER INSP HALLORAN. CHILD TO EMERGENCY "
            "FOSTER CARER WITH CSC.",
            "17:45",
            "S47 JOINT VISIT",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "Joint visit with DS Vane and PC Oduya, Lingala interpreter in person. M came home "
            "from after-school club with a neighbour at 5.45. Mrs L present, Mr L at work. Alone "
            "with M (interpreter present) she described her day: up at 5, laundry, cleaning, "
            "feeding the babies, school, then cooking and childcare until late; eats after the "
            "family, 'what is left'; hit with a slipper if the work is not done; never paid; told "
            "not to talk to teachers. Police found M's passport (DOB 14/03/2010, not the DOB given "
            "to school) in Mrs L's wardrobe. Police protection taken 18:40.",
            "17:45",
            "Section 47",
        ),
        R(
            "int",
            "Job 24/0502 | Lingala | Face to face | URGENT joint police/CSC visit, 27 Cinderhill "
            "Row | Requester B Cardew | 17:30-19:20 | Completed | Adult shouted at interpreter in "
            "Lingala, officer intervened",
            "17:30",
        ),
    )
    f.occ(
        "2024-06-06",
        "arrest-odette",
        R(
            "pol",
            "LUKUSA ODETTE ARRESTED 1905 AT HOME ADDRESS ON SUSP HOLD PERSON IN SLAVERY OR "
            "SERVITUDE (S1 MSA 2015). CONVEYED PELLINGFORD CUSTODY. CHILDREN OF HOUSEHOLD LEFT "
            "WITH SISTER TSHALA BIJOU.",
            "19:05",
            "ARREST",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "Mrs Odette Lukusa arrested at the address by DS Vane at 19:05 on suspicion of a s1 "
            "Modern Slavery Act offence. Gloire and Naomie left with Mrs L's sister Bijou Tshala "
            "(arrived 18:50); separate s47 to be opened for them.",
            "19:30",
            "Police involvement",
        ),
    )
    f.occ(
        "2024-06-06",
        "placement-start",
        R(
            "csc",
            "M placed with emergency foster carers Imogen and Huw Tapley (Ostley Green) at 21:10 "
            "under police protection. Placement plan started; clothes and toothbrush provided by "
            "carers.",
            "21:10",
            "Placement start",
        ),
        R(
            "fost",
            "Emergency placement: M (11, from DRC, speaks Lingala) arrived at the Tapleys 21.15 "
            "with SW Bethan Cardew, under police protection. Carers told she has 'a burn on her "
            "arm, doctor will see it'. Said goodnight in French. Slept with the landing light on.",
            "21:15",
            "Placement",
        ),
    )
    f.occ(
        "2024-06-06",
        "arrest-patrice",
        R(
            "pol",
            "LUKUSA PATRICE ARRESTED 2135 ON RETURN TO HOME ADDRESS, SUSP S1 MSA 2015 "
            "(SERVITUDE). MADE NO REPLY. CONVEYED PELLINGFORD CUSTODY.",
            "21:35",
            "ARREST",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "DS Vane phoned: Patrice Lukusa was arrested at 21:35 last night when he came home, "
            "on suspicion of the same s1 offence; both carers in custody at Pellingford, "
            "interviews today.",
            "09:10",
            "Police involvement",
            shift="late",
        ),
    )
    # A police call to the Home Office, and the NRM referral to the Home Office: two contacts.
    f.occ(
        "2024-06-07",
        "police-call-ho",
        R(
            "pol",
            "TEL CALL TO HOME OFFICE IMMIGRATION ENFORCEMENT SAFEGUARDING HUB RE SEIZED PASSPORT "
            "KALONJI MERVEILLE DOB 14/03/2010. REQUEST ENTRY RECORD AND VISA SPONSOR. HO CONFIRM "
            "ENTRY KESTLEBURY 09/02/24 WITH LUKUSA O.",
            "11:20",
            "ENQUIRY",
        ),
        R(
            "ho",
            "Call from Marchshire Police (DS Vane, MSET) re passport seized at sponsor's address. "
            "Confirmed landing 09/02/2024 Kestlebury T1 accompanied by LUKUSA Odette; visit visa "
            "valid to 08/08/2024. CID flag added. LUKUSA O shown as accompanying adult on two "
            "earlier child arrivals - details to follow by secure email.",
            "11:25",
            "Police enquiry",
        ),
    )
    f.occ(
        "2024-06-07",
        "call-mother",
        R(
            "csc",
            "Phoned M's mother Mme Therese Kalonji in Kinshasa via telephone interpreter (number "
            "found in M's school bag), 15:00-15:40. Mother upset; says she paid an 'agent' of "
            "Mrs L so M could study in England and was told M was doing well. Consented to M "
            "being accommodated (s20) and to medical examination; signed form to be sent by "
            "WhatsApp.",
            "15:00",
            "Contact with parent",
        ),
        R(
            "int",
            "Job 24/0511 | Lingala | Telephone, 3-way international call to parent | Requester "
            "CSC (B Cardew) | 15:00-15:45 | Completed",
            "15:00",
        ),
    )
    f.occ(
        "2024-06-07",
        "nrm-referral",
        R(
            "csc",
            "NRM referral submitted online as First Responder (child - consent not needed). "
            "Indicators: domestic servitude, ID withheld, no pay, restricted movement, physical "
            "chastisement.",
            "16:30",
            "NRM referral",
            ref="NRM-24-88415",
        ),
        R(
            "ho",
            "National Referral Mechanism: referral received from Pellingford BC (child, DRC "
            "national, UK exploitation - domestic servitude). Case created and allocated to SCA "
            "child team.",
            "16:41",
            "NRM referral received",
            ref="NRM-24-88415",
        ),
    )
    f.occ(
        "2024-06-07",
        "rui",
        R(
            "pol",
            "BOTH SUSPECTS INTERVIEWED. LUKUSA O - PREPARED STATEMENT, DENIES. LUKUSA P - NO "
            "COMMENT. BOTH RELEASED UNDER INVESTIGATION 1820. PASSPORT RETAINED AS EXHIBIT "
            "GV/3.",
            "18:20",
            "CUSTODY",
            ref="MP-24-061366",
        ),
    )
    f.occ(
        "2024-06-10",
        "ictg-referral",
        R(
            "csc",
            "Referral to the ICTG service (online form): M from outside the UK, no one with PR in "
            "the UK, trafficking indicators. Asked for a direct-work guardian.",
            "10:00",
            "Referral",
        ),
        R(
            "ictg",
            "Referral received from Pellingford CSC (Gideon Marlowe) 10.14 for M, 11, DRC, "
            "domestic servitude. Accepted for direct ICTG support and allocated to me.",
            "10:14",
        ),
    )
    f.occ(
        "2024-06-11",
        "cp-medical",
        R(
            "lac",
            "CP medical, Hesketh Wing. Hx via Lingala interpreter (in person); SW G Marlowe and "
            "FC I Tapley present. Domestic work 0500-2200, hit with 'slipper and belt' to back of "
            "legs. O/E wt 31.2kg (<2nd centile), ht 141cm (9th). Healing contact burn L forearm "
            "6x2cm c/w iron 2-4/52 ago, c/w Hx. 3 linear healed marks post R thigh c/w "
            "implement. Tinea capitis. Plan: FBC, ferritin, vit D, BBV/TB screen with consent; "
            "dental ref; IHA. Age: findings do not allow age to be determined, not inconsistent "
            "with 11-12.",
            "09:50",
            "CP medical",
        ),
        R(
            "csc",
            "Took M to her CP medical with her foster carer and the interpreter. Dr Vellacott "
            "found the burn consistent with an iron, old marks on the thigh consistent with being "
            "hit with an implement, and low weight. M was brave and held Imogen's hand.",
            "09:45",
            "Medical",
        ),
        R(
            "fost",
            "FC log (Imogen): went to hospital with M and SW for the medical in the morning. M "
            "quiet after, ate a big tea and asked for rice again.",
            "",
            "FC log",
            shift="+1",
        ),
        R(
            "int",
            "Job 24/0530 | Lingala | Face to face | Pellingford General, Hesketh Wing (paeds) | "
            "Requester G Marlowe | 09:45-12:00 | Completed",
            "09:45",
        ),
    )
    f.occ(
        "2024-06-12",
        "abe",
        R(
            "pol",
            "ABE VRI ROWANTREE SUITE 1030-1215, LINGALA INTERP. ACCOUNT CONSISTENT WITH "
            "DISCLOSURE 06/06. ICTG ALLOCATED BUT NOT PRESENT - SW AS SUPPORTER. DVD EXHIBIT "
            "GV/7.",
            "10:30",
            "ABE INTERVIEW",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "ABE interview at Rowantree Suite; I was M's supporter. She gave a full account over "
            "an hour and three quarters. Tired after - back with carers by 1pm.",
            "10:30",
            "Police involvement",
        ),
        R(
            "int",
            "Job 24/0534 | Lingala | Face to face | Police VRI suite (Rowantree) | Requester "
            "Marchshire Police MSET | 10:15-12:30 | Completed | Interpreter declaration signed",
            "10:15",
        ),
    )
    f.occ(
        "2024-06-13",
        "ictg-first-visit",
        R(
            "ictg",
            "First meeting with M at the carers' home with a Lingala interpreter. Explained with "
            "the picture leaflet that I am not police or a social worker and will stay with her "
            "through the police case and the immigration side. She asked whether Mama Odette "
            "will go to prison, and whether her own mother is angry with her.",
            "15:30",
        ),
        R(
            "int",
            "Job 24/0541 | Lingala | Face to face | Foster home (address withheld) | Requester R "
            "Penhallow (ICTG) | 15:30-17:00 | Completed",
            "15:30",
        ),
    )
    # A decision letter sent and received is one occurrence; forwarding it is another.
    f.occ(
        "2024-06-14",
        "rg-decision",
        R(
            "ho",
            "Reasonable Grounds decision: POSITIVE (child; domestic servitude). Decision letter "
            "emailed to First Responder, Pellingford BC.",
            "12:05",
            "Decision",
            ref="NRM-24-88415",
        ),
        R(
            "csc",
            "NRM reasonable grounds letter received from the SCA by email: positive. M is in the "
            "recovery period; support through the LA as a looked-after child. Copy on file.",
            "14:20",
            "Letter received",
            ref="NRM-24-88415",
        ),
    )
    f.occ(
        "2024-06-17",
        "rg-forwarded",
        R(
            "csc",
            "Emailed the positive RG letter to Ruth Penhallow (ICTG), M having agreed.",
            "09:10",
            "Email",
        ),
        R(
            "ictg",
            "Email from the SW this morning with a copy of the positive RG letter (dated 14/6). "
            "Will go through it with M at my next visit.",
            "09:40",
        ),
    )
    f.occ(
        "2024-06-20",
        "intel-meeting",
        R(
            "pol",
            "MULTI-AGENCY INTEL / SAFEGUARDING MTG PELLINGFORD PS 1000. MSET, BORDER FORCE INTEL "
            "(KESTLEBURY), CSC. LUKUSA O LINKED TO 2 PREVIOUS CHILD ARRIVALS (2019, 2022) - "
            "WHEREABOUTS OF BOTH TO BE ESTABLISHED. ACTIONS ALLOCATED.",
            "10:00",
            "MEETING",
        ),
        R(
            "ho",
            "Border Force Intelligence attended Marchshire Police meeting re LUKUSA O (sponsor). "
            "Travel history presented: accompanying adult for 2 other minors (2019 female aged "
            "12; 2022 male aged 10). CSC asked to check both.",
            "10:00",
            "Meeting",
        ),
        R(
            "csc",
            "Attended police-led meeting with Border Force about Mrs Lukusa's travel history. Two "
            "other children came in with her in 2019 and 2022; I will check whether either is "
            "known to any local authority.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-25",
        "pep-1",
        R(
            "vs",
            "Initial PEP (Larkspur Lane). Attainment: reading/writing working towards (EAL, early "
            "acquisition), maths at ARE. Targets: intensive EAL; enhanced transition to Y7. PP+ "
            "agreed for 1:1 EAL tuition.",
            "13:30",
            "PEP",
        ),
        R(
            "pri",
            "PEP meeting in school with Virtual School (H Foulger), SW and foster carer. Action: "
            "extra transition visits to Brackenholt in July.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-07-02",
        "cla-review-1",
        R(
            "iro",
            "First CLA review, at the foster home, Lingala interpreter. Present: M, FC I Tapley, "
            "SSW L Gethin, SW G Marlowe, ICTG R Penhallow. Mother by phone - could not connect. "
            "Decisions: 1. placement with the Tapleys to continue, assess as long-term; 2. age "
            "assessment complete by 31/07; 3. dental and optician appointments; 4. weekly video "
            "contact with mother, supervised; 5. no contact with the Lukusa household. Next "
            "review 24/09/2024.",
            "10:00",
            "CLA review",
        ),
        R(
            "csc",
            "1st Child Looked After review chaired by IRO Marcus Lindqvist. Care plan endorsed. "
            "Mother not reachable during the review.",
            "10:00",
            "LAC review",
        ),
        R(
            "fost",
            "Attended LAC review at the placement with FC. Placement stable, M 'sleeping much "
            "better'.",
            "10:00",
            "Review",
        ),
        R(
            "ictg",
            "Attended M's first looked-after review. She wanted to sit next to Imogen. Said she "
            "wants to stay and go to 'the big school'. I asked that she is not moved far before "
            "the criminal case.",
            "",
        ),
    )
    f.occ(
        "2024-07-09",
        "age-assessment-1",
        R(
            "csc",
            "Age assessment session 1 of 3 (two qualified SWs, G Marlowe and A Fenwick), Ostley "
            "Green family centre, Lingala interpreter, ICTG as appropriate adult. Family history, "
            "schooling in Kinshasa (finished '5e primaire'), presentation and demeanour.",
            "10:00",
            "Age assessment",
        ),
        R(
            "int",
            "Job 24/0602 | Lingala | Face to face | Ostley Green Family Centre | Requester CSC "
            "(age assessment) | 10:00-12:30 | Completed",
            "10:00",
            shift="swap",
        ),
        R(
            "ictg",
            "Appropriate adult at M's age assessment (first session). She got upset when asked "
            "about her birthday and said 'Mama Odette changed it'. I asked for a break and it was "
            "given.",
            "",
        ),
    )
    # A professionals' meeting in the morning and an age assessment session in the afternoon.
    f.occ(
        "2024-07-16",
        "professionals-meeting",
        R(
            "csc",
            "Professionals' meeting: move to Brackenholt Academy and risk of re-trafficking or "
            "contact from the Lukusa network. Present: SW, ICTG, DSL Larkspur Lane, Virtual "
            "School. Plan: school releases no information except to carers, no photographs, a "
            "named safe adult at Brackenholt.",
            "10:00",
            "Professionals meeting",
        ),
        R(
            "ictg",
            "Professionals' meeting on transition and safety planning. I asked that Brackenholt is "
            "told M's history on a need-to-know basis only.",
            "10:00",
        ),
        R(
            "pri",
            "DSL joined professionals' meeting (remote) at 10 about the move to Brackenholt. "
            "Action: CP file to go by secure transfer in early September, plus a DSL-to-DSL call.",
            "10:05",
            "Multi-agency meeting",
        ),
        R(
            "vs",
            "Prof mtg - transition and safety. VS to fund a transition mentor: 2 sessions in July "
            "and the first 6 weeks of Y7.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-07-16",
        "age-assessment-2",
        R(
            "csc",
            "Age assessment session 2 (afternoon) at the foster home with interpreter: timeline of "
            "her arrival, what she was told about her age, documents.",
            "14:00",
            "Age assessment",
        ),
        R(
            "int",
            "Job 24/0618 | Lingala | Face to face | Foster home | Requester CSC age assessment | "
            "14:00-15:30 | Completed",
            "14:00",
        ),
    )
    f.occ(
        "2024-07-19",
        "leavers",
        R(
            "pri",
            "Leavers' assembly: M given the 'Star Reader' certificate, foster carer attended. Last "
            "day at Larkspur Lane.",
            "14:00",
            "Information",
        ),
    )
    f.occ(
        "2024-07-22",
        "minded-to",
        R(
            "csc",
            "Age assessment 'minded to' meeting with M, interpreter and ICTG. Provisional view: M "
            "is likely 11-12; the passport DOB (2010) is not accepted. M given the chance to "
            "respond - agreed with it.",
            "11:00",
            "Age assessment",
        ),
        R(
            "int",
            "Job 24/0633 | Lingala | Face to face | Ostley Green Family Centre | Requester CSC | "
            "11:00-12:00 | Completed",
            "11:00",
        ),
        R(
            "ictg",
            "At the minded-to meeting. M relieved; asked if she can now have a birthday party in "
            "March.",
            "11:00",
        ),
    )
    f.occ(
        "2024-07-24",
        "age-outcome-to-ho",
        R(
            "csc",
            "Age assessment concluded (Merton compliant): assessed DOB 14/03/2013. Outcome emailed "
            "to the Home Office (SCA and UKVI).",
            "15:00",
            "Age assessment",
        ),
        R(
            "ho",
            "Email from Pellingford BC: LA age assessment concluded, assessed DOB 14/03/2013 "
            "(document DOB 14/03/2010). CID updated, SCA child team told.",
            "09:20",
            "Correspondence",
            shift="late",
        ),
    )
    # The missing episode (carer's call and police record), then the notification, then the RHI.
    f.occ(
        "2024-08-13",
        "missing",
        R(
            "fost",
            "FC (Imogen) reported M missing to police at 19:30 - went to Ostley Green rec at 4pm, "
            "told to be back by 6, phone off. Police found her 21:50 at the bus shelter on the "
            "Pellingford road with an older girl; she wanted to go 'to see the babies'. Home "
            "22:15, safe.",
            "19:30",
            "Missing from placement",
        ),
        R(
            "pol",
            "MISSING PERSON REPORT 1930 KALONJI M (11) LAC, HIGH RISK (TRAFFICKING VICTIM). "
            "LOCATED 2150 BUS SHELTER OSTLEY GREEN WITH 14YR FEMALE (KNOWN). RETURNED TO CARERS, "
            "SAFE AND WELL CHECK DONE.",
            "19:32",
            "MISSING",
            ref="MP-24-087710",
        ),
    )
    f.occ(
        "2024-08-14",
        "missing-notification",
        R(
            "csc",
            "Police missing notification received (MP-24-087710): M missing 19:30-21:50 "
            "yesterday, found at a bus shelter, wanted to see the Lukusa children. Return home "
            "interview to be offered within 72 hours.",
            "09:40",
            "Police notification",
        ),
    )
    f.occ(
        "2024-08-15",
        "return-interview",
        R(
            "csc",
            "Return home interview by J Oyelowo (independent RHI worker), in French and English - "
            "M declined an interpreter. She misses Gloire and Naomie; says nobody asked her to "
            "go. Safety plan reviewed with carers.",
            "14:00",
            "Return interview",
        ),
    )
    f.occ(
        "2024-09-04",
        "start-brackenholt",
        R(
            "sec",
            "First day in Y7 (form 7HW). Transition mentor met her at the gate. FC dropping off "
            "for the first week. Action: LAC and CP flags on MIS.",
            "08:40",
            "Admission",
        ),
        R(
            "vs",
            "M started at Brackenholt Academy today (Y7). Mentor in place.",
            "",
            "School change",
        ),
    )
    f.occ(
        "2024-09-05",
        "cp-file-transfer",
        R(
            "pri",
            "CP file sent to Brackenholt Academy DSL by secure transfer, receipt requested.",
            "09:30",
            "File transfer",
        ),
        R(
            "sec",
            "CP file received from Larkspur Lane Primary (secure transfer). Read by DSL; M added "
            "to the CP/LAC register.",
            "08:15",
            "File received",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-24",
        "cla-review-2",
        R(
            "iro",
            "2nd CLA review at Brackenholt Academy after school. M settled, attending 98%. "
            "Decisions: long-term match with the Tapleys to panel; life-story work to start; "
            "immigration solicitor to be instructed; weekly video contact with mother continues.",
            "15:30",
            "CLA review",
        ),
        R(
            "csc",
            "CLA review 2 held at school. Care plan for permanence with current carers agreed.",
            "15:30",
            "LAC review",
        ),
        R(
            "fost",
            "Second review (LAC) attended with Imogen. Long-term matching report to be written.",
            "",
            "Review",
            shift="-1",
        ),
    )
    f.occ(
        "2024-10-08",
        "pep-2",
        R(
            "vs",
            "PEP (autumn) at Brackenholt. Reading age up 14 months since June. EAL group 3x "
            "weekly; joined netball.",
            "11:00",
            "PEP",
        ),
        R(
            "sec",
            "PEP with Virtual School and SW. Action: Head of Year to check in weekly.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-12",
        "leave-application",
        R(
            "csc",
            "Application for leave to remain submitted to the Home Office on M's behalf by the "
            "LA's instructed solicitors (Fairlow & Brant), with the age assessment and RG letter.",
            "12:00",
            "Immigration",
        ),
        R(
            "ho",
            "UKVI: application received (child, LA-supported, NRM positive RG) - acknowledged to "
            "representatives.",
            "12:40",
            "Application received",
        ),
    )
    f.occ(
        "2025-01-14",
        "cg-decision",
        R(
            "ho",
            "Conclusive Grounds decision: POSITIVE - child is a victim of modern slavery "
            "(domestic servitude, UK). Letter emailed to First Responder.",
            "15:10",
            "Decision",
            ref="NRM-24-88415",
        ),
        R(
            "csc",
            "Conclusive grounds letter from the SCA (emailed late yesterday): positive decision, "
            "M confirmed as a victim of modern slavery.",
            "08:50",
            "Letter received",
            ref="NRM-24-88415",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-15",
        "cg-forwarded",
        R(
            "csc",
            "Forwarded the CG letter to the ICTG by email.",
            "11:30",
            "Email",
        ),
        R(
            "ictg",
            "SW emailed the conclusive grounds letter. I will tell M in person on Friday with "
            "Imogen.",
            "11:45",
        ),
    )
    # A charge and the other carer's no-further-action decision on one afternoon.
    f.occ(
        "2025-02-04",
        "nfa-patrice",
        R(
            "pol",
            "LUKUSA PATRICE - CPS DECISION NFA (EVIDENTIAL TEST NOT MET). SUSPECT INFORMED BY "
            "PHONE, RUI ENDED.",
            "15:00",
            "OUTCOME",
            ref="MP-24-061366",
        ),
    )
    f.occ(
        "2025-02-04",
        "charge-odette",
        R(
            "pol",
            "LUKUSA ODETTE CHARGED (CPS AUTHORITY) S1(1)(a) MSA 2015 HOLD PERSON IN SLAVERY OR "
            "SERVITUDE, AND S1 CYPA 1933 CRUELTY TO A CHILD. BAILED TO PELLINGFORD MC 18/02/25.",
            "16:10",
            "CHARGE",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "DS Vane phoned: Odette Lukusa charged this afternoon with holding M in servitude and "
            "child cruelty; bailed to the magistrates on 18/2 with conditions.",
            "17:00",
            "Police involvement",
        ),
        R(
            "ictg",
            "OIC told me Odette Lukusa has been charged today (servitude and cruelty). First "
            "hearing 18 Feb.",
            "17:20",
        ),
        R(
            "ictg",
            "OIC told me Odette Lukusa has been charged today - servitude and cruelty. First "
            "hearing 18 Feb.",
            "17:20",
        ),
    )
    f.occ(
        "2025-02-18",
        "first-appearance",
        R(
            "pol",
            "LUKUSA O APPEARED PELLINGFORD MC. NO PLEA. SENT TO KESTLEBURY CROWN COURT, PTPH "
            "18/03/25. COND BAIL: NO CONTACT KALONJI M, NOT TO ENTER OSTLEY GREEN.",
            "12:30",
            "COURT",
            ref="MP-24-061366",
        ),
        R(
            "ictg",
            "Heard from the OIC that at court yesterday Mrs Lukusa was sent to the Crown Court and "
            "bailed not to contact M or go to Ostley Green.",
            "",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-11",
        "cla-review-3",
        R(
            "iro",
            "3rd CLA review. Long-term match approved at panel 20/02. M chaired part of her own "
            "review. Decisions: special measures for trial to be discussed with police; life-story "
            "book by summer; optician follow-up.",
            "16:00",
            "CLA review",
        ),
        R(
            "csc",
            "LAC review 3. M now matched long-term with the Tapleys. IRO content with progress.",
            "16:00",
            "LAC review",
        ),
        R(
            "fost",
            "Review attended. Imogen and Huw told M they are 'her family for as long as she "
            "wants'.",
            "16:00",
            "Review",
        ),
    )

    # Routine single entries.
    f.fill(
        "pri",
        "2024-03-12",
        "2024-06-03",
        [
            ("Welfare", "M asleep at her desk after lunch; TA let her rest 15 mins. Monitor."),
            ("Welfare", "No coat again in the rain. Spare coat from lost property given."),
            ("Attendance", "Late 09:25 - 'had to take the babies to nursery'. Late mark."),
        ],
    )
    f.fill(
        "pri",
        "2024-06-17",
        "2024-07-18",
        [("Welfare", "Transition visit to Brackenholt with mentor, went well.")],
    )
    f.fill(
        "sec",
        "2024-09-16",
        "2025-03-28",
        [
            ("Welfare", "Check-in with Head of Year - happy, friends in form group."),
            ("Attendance", "Absent - medical appointment (dental), carer phoned."),
            ("Welfare", "Upset in RE lesson on families; went to the safe space. FC informed."),
        ],
    )
    f.fill(
        "gp",
        "2024-03-12",
        "2024-05-31",
        [("Consultation", "S: cough 1/52, with Mrs Lukusa (aunt). O: chest clear. P: advice.")],
    )
    f.fill(
        "gp",
        "2024-06-24",
        "2025-03-31",
        [
            ("Administration", "Address change to foster carers' - now LAC. Alert added."),
            ("Immunisation", "Catch-up imms per UKHSA schedule (nurse), with FC. Next in 4/52."),
            ("Results", "Bloods from CP medical: ferritin low, vit D low. Rx ferrous + vit D."),
        ],
    )
    f.fill(
        "lac",
        "2024-06-24",
        "2024-07-31",
        [("IHA", "Initial health assessment completed with FC. Growth improving (wt 32.1kg).")],
    )
    f.fill(
        "lac",
        "2024-09-01",
        "2025-03-31",
        [("Review", "Dental: 3 caries, treatment plan under community dental service.")],
    )
    f.fill(
        "csc",
        "2024-06-24",
        "2025-03-31",
        [
            ("Statutory visit", "CLA visit, seen alone in her room. Settled; asked about mum."),
            ("Statutory visit", "CLA visit. Life-story work started - map of Kinshasa drawn."),
        ],
    )
    f.fill(
        "fost",
        "2024-06-24",
        "2025-03-31",
        [
            ("SSW visit", "Supervisory visit. Carers managing night-time fears well."),
            ("FC log", "FC log: M cooked a Congolese dish for the family, very proud."),
        ],
    )
    f.fill(
        "ictg",
        "2024-06-24",
        "2025-03-31",
        [
            ("", "Visit to M at home. Went through what happens at the police station next."),
            ("", "Visit - M chose to speak English today. Talked about her mother's calls."),
        ],
    )
    f.fill(
        "int",
        "2024-06-24",
        "2025-03-31",
        [("", "Job 24/0701 | Lingala | Video | Supervised contact with mother | Completed")],
    )
    f.fill(
        "vs",
        "2024-11-01",
        "2025-03-31",
        [("Tuition", "1:1 EAL tuition review: 18 of 20 sessions attended. Extend to spring.")],
    )
    return f.case()


def blind_dedup_cases_9() -> list[BlindCase]:
    """The ninth blind set's families, in a fixed order."""
    return [_kalonji()]


if __name__ == "__main__":
    summary(blind_dedup_cases_9)
