"""A twenty-second set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services'
sheets over twelve to eighteen months, unlike each other: four children (a ten-year-old, a
six-year-old and three-year-old twins) who fled with their mother from domestic abuse in one
area to a refuge in another (a transfer-in conference, the council's homelessness prevention and
relief duties, interim accommodation and two moves, a refuge key worker, an IDVA, one area's
MARAC and the other's "DARAC", a non-molestation order heard without notice, on return and
finally, the father finding the children's school and then the flat, police call-outs in the
small hours, his arrest, charge and conviction, a permanent flat); a sixteen-year-old autistic
boy with a learning disability cared for by his father (self-injury, a referral to the learning
disability CAMHS team, police and ambulance at the home one night and an emergency department
attendance running past midnight, repeat call-outs, emergency short breaks, section 20, a
children's home placement that broke down within 72 hours, a residential special school's
52-week placement, the EHCP annual review under several names and an interim review, looked-after
reviews, a Care Act transition assessment and a Court of Protection query that became an
application); a thirteen-year-old girl whose mother's partner is violent (a police call-out and
a notification to the school in the summer, her disclosure to her form tutor, a section 47 with
two joint police and social work visits on one afternoon, a telephone strategy discussion and a
Teams strategy meeting, an ABE interview and a child protection medical at a sexual assault
referral centre on one day, the partner's arrest, bail, charge, a bail breach with his brother,
remand, a Clare's Law decision and disclosure, ICPC, RCPCs and core groups, school nursing and
counselling, and a Crown Court case with a mention, a trial not reached, a trial adjourned on
its first day, two trial days, the verdict and the sentence).

How they were written (blind): composed from the domain brief (`/work/shared/domain/DOMAIN.md`),
the `Event` schema (`chronology/schema.py`), the shared kit (`sample_data/dedup_case_kit.py`),
the seventh blind set's module docstring, agency constants and the thirty or so lines after them
(read for the file format only), and the last thirty lines of the fourteenth blind set (how a set
module ends). The duplicate rules and their settings, the linkage model, the bench results, the
tests, the docs and every other blind set were not read, no repository history was read, and the
merge and the duplicate detection were not run on these cases (issue 12).

The services write very differently: terse capital-letter police logs with log, CAD, crime and
custody references; long social care narrative; "Contact type: ... Outcome: ..." health visiting
and school nursing templates; GP "S: O: A: P:" notes; schools' and nurseries' first-person logs,
written one row per child; a refuge key worker's, a residential school's, a short-break
house's and a children's home's informal notes; housing officers' duty decisions (s195, s189B,
s188, Part 6); emergency department shorthand (BIBA, MTS, LOC, lac) writing one attendance as
triage, review and discharge rows; ambulance patient-report summaries; a legal team's matter
notes; witness care diaries; a counsellor's session notes; a sexual assault referral centre's
paediatric template; dates written inside the text ("rang yesterday (02/07)", "Verdict
yesterday").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), a life event, call, email
or referral was logged by the receiving service on the next day, or an emergency department's
rows of one attendance run past midnight.

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
- Decision for this set: the homelessness duty decisions (prevention duty, relief duty) are each
  one occurrence with the letter or email that notified them the same day: the housing
  officer's "duty accepted, letter to applicant, copy emailed to refuge" and the refuge's
  "email from Housing: duty accepted" are the two ends of one notification. The tenancy
  sign-up for the permanent flat and the move into it three days later are two occurrences.
- Decision for this set: a housing officer's visit to the refuge to take the homeless
  application, recorded by housing and by the refuge worker who sat in, is one occurrence
  (like a joint visit recorded by both who were there).
- Decision for this set: the health visitor's transfer-in record for the twins and the school
  nurse's transfer-in letter for the two older children, both received on the same day from
  the old area, are two letters (two occurrences).
- Decision for this set: Marlbury's MARAC, Calderbrook's "DARAC" (its name for a MARAC) that
  adopted the case, and the repeat DARAC after the father found the flat are three meetings;
  the cross-border referral between them (sent by one force, logged as received by the other
  the next day) is a fourth occurrence, not a meeting.
- Decision for this set: the non-molestation order's without-notice hearing, its service on the
  father, the IDVA's later call to check service, the return hearing and the final hearing are
  five occurrences; a record giving only the month of the final order belongs to the final
  hearing (noise).
- Decision for this set: the father at the school gate is one occurrence recorded by the police
  log of the DSL's 999 call and by the school's rows for each child; social care's receipt of
  the police notification the next day and the strategy discussion that afternoon are two more.
- Decision for this set: a police call-out that ends with the man detained and arrested at the
  scene and the custody record booking him in are two occurrences (the call-out is an incident,
  the booking-in records the arrest); the first call-out the same night, when he had gone, is a
  third, and the charge that afternoon a fourth.
- Decision for this set: a change of placement on one afternoon (a placement ending and the
  next one starting) recorded by the home he left, social care and the home he went to is one
  occurrence, a single move; the same for the move from the interim placement into the 52-week
  residential placement. The start of a placement and an incident there the next night are not.
- Decision for this set: an emergency department writing one attendance in three rows from
  triage at 22:50 to discharge at 02:10 the next day is one occurrence (its discharge row, dated
  the next day, puts it in noise); the police and ambulance call-out before it is another; the
  department's safeguarding referral to social care three days later (one occurrence with
  social care's contact record of it) and the GP's receipt of the discharge letter are others.
  A residential school's note that night staff took him back to the department is a record of
  that second attendance; the attendance the day before is separate.
- Decision for this set: a school's or a children's home's own account of an incident that says
  it called 999, and the ambulance's or the police's record of that call-out, are one
  occurrence (both ends of the call).
- Decision for this set: a specialist's visit to observe a child at school, recorded by the
  visitor and by the school, is one occurrence.
- Decision for this set: the EHCP annual review (written "annual review of the EHC plan",
  "EHCP AR", "Year 12 Preparing for Adulthood review", "EHCP review") is one meeting; the
  interim (early) review two months later, the amendment notice issued after the annual review
  (one occurrence with the school's receipt of it), the joint funding panel and the Preparing
  for Adulthood transition panel are each separate.
- Decision for this set: a GP consultation and the referral letter the GP wrote after it the
  same day are two occurrences; a psychiatry review and the clinic letter to the GP the next
  day are two; each letter's sending and receipt are one. An out-of-hours social work entry
  typed twice is one occurrence.
- Decision for this set: the Court of Protection query sent to legal services and logged by
  them the next day is one occurrence; the advice, the legal planning meeting, the capacity
  assessment, the application and the hearing are each separate.
- Decision for this set: the girl's disclosure to her form tutor and the DSL's referral call to
  the front door an hour later are two occurrences; the call (school and social care ends) is
  one, and the MASH decision on it another.
- Decision for this set: two joint police and social work visits on one afternoon (to the girl
  at school, then to the mother at home) are two occurrences, each recorded by both agencies in
  their own words; the school's note that the officer and social worker saw her in the library
  belongs to the school visit.
- Decision for this set: the telephone strategy discussion on the day of the disclosure and the
  Teams strategy meeting three days later are two meetings; the school nurse's record of the
  telephone discussion, dated a day late, still belongs to it though it falls on the day of the
  ABE interview and the medical. The ABE interview and the child protection medical that
  afternoon are two occurrences; the social worker's note of going to the medical belongs to
  the medical.
- Decision for this set: the partner's arrest, his release on pre-charge bail the next evening
  and his charge five weeks later are three occurrences. On the night of the bail breach, the
  call-out, his arrest, his brother's arrest, the brother's charge, the mother's call to her
  IDVA and the out-of-hours team's receipt of the police notification are six.
- Decision for this set: the Clare's Law (DVDS) decision meeting and the disclosure two days
  later are two occurrences; the disclosure delivered by police with the IDVA present, recorded
  by both, is one; probation's note of what it shared at the decision meeting is a record of
  that meeting. An IDVA's unanswered call and the call that got through that afternoon are two.
- Decision for this set: each court date is its own occurrence (the first appearance at the
  magistrates, the plea and trial preparation hearing, the remand hearing, the mention, the
  trial listing not reached, the listing adjourned on its first day, trial day one, trial day
  two, the verdict and the sentence); a school's note that the girl was absent at court that
  day, with what happened, is a record of that day's hearing, and probation's note of the
  sentence (with the victim contact referral) a record of the sentencing hearing.

Everything is invented: people, workers, schools, nurseries, surgeries, hospitals, refuges,
homes, towns, police forces, courts, addresses, postcodes (in the unused "Q" area) and
reference numbers. Deterministic: one fixed seed per case (it only places the routine entries
and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_22.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HOUSING = "Housing"
REFUGE = "Refuge"
IDVA = "IDVA Service"
HV = "Health Visiting"
SCHOOL_NURSE = "School Nursing"
NURSERY = "Nursery"
SCHOOL = "School"
GP = "GP"
AMBULANCE = "Ambulance Service"
ED = "Emergency Department"
LD_CAMHS = "CAMHS Learning Disability Team"
RES_SCHOOL = "Residential Special School"
SEND = "SEND Service"
SHORT_BREAKS = "Short Breaks Service"
ASC = "Adult Social Care"
LEGAL = "Local Authority Legal Services"
CHILDRENS_HOME = "Children's Home"
SARC = "Sexual Assault Referral Centre"
COUNSELLING = "Counselling Service"
WITNESS_CARE = "Witness Care Unit"
DA_SERVICE = "Domestic Abuse Service"
PROBATION = "Probation Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, SCHOOL_NURSE, COUNSELLING)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Pellinger family. Shannon Pellinger (b. 1992) fled Lee Crosswaite (b. 1988), the
# children's father, from 22 Abbotsmead Close, Marlbury QM4 7HT (Hexmoor Constabulary, Marlbury
# Council) to Lanternway Women's Refuge in Calderbrook (Calder Vale Police, Calderbrook
# Council) with Corey (b. 02/10/2013), Ellie-Mae (b. 19/12/2017) and the twins Rio and Reef
# (b. 23/11/2020), all on child protection plans in Marlbury. Transfer-in conference, the
# homelessness prevention and relief duties, interim accommodation at Cressfield House, the
# father finding the children's school and the flat, a move to Linden Court, a permanent flat at
# 14 Sorrel Walk; Marlbury's MARAC and Calderbrook's DARAC (its name for MARAC); a
# non-molestation order heard without notice, on return and finally.
# --------------------------------------------------------------------------------------------


def _pellinger() -> BlindCase:
    f = Family(
        "pellinger",
        2201,
        {
            "hxpol": Sheet(
                POLICE,
                "Hexmoor_Constabulary_Pellinger_return.xlsx",
                "Incidents",
                (("2024-01-01", "PC 2291 R DENBY"), ("2024-04-01", "DS 1180 M OKAFOR-LINDH")),
            ),
            "cvpol": Sheet(
                POLICE,
                "CalderVale_Police_Chronology_Pellinger.xlsx",
                "PPU",
                (("2024-03-01", "DS 4410 J CRANE"), ("2024-10-01", "DC 6623 L PAWSEY")),
            ),
            "mcsc": Sheet(
                CSC,
                "Marlbury_CSC_Pellinger_children.xlsx",
                "Chronology",
                (("2024-01-01", "Tasha Quillan, Social Worker"),),
            ),
            "ccsc": Sheet(
                CSC,
                "Calderbrook_CSC_Pellinger_family.xlsx",
                "Case notes",
                (
                    ("2024-03-01", "Imran Gadsby (duty SW)"),
                    ("2024-03-20", "Harriet Moxley (SW)"),
                ),
            ),
            "hsg": Sheet(
                HOUSING,
                "Calderbrook_HousingOptions_Pellinger.xlsx",
                "Case actions",
                (("2024-03-01", "Dev Rattigan, Housing Options Officer"),),
            ),
            "ref": Sheet(
                REFUGE,
                "Lanternway_Refuge_Pellinger.xlsx",
                "Keywork log",
                (("2024-03-01", "Nell Prosser (key worker)"),),
                typed=False,
            ),
            "idva": Sheet(
                IDVA,
                "Calderbrook_IDVA_Service_Pellinger.xlsx",
                "Case log",
                (("2024-03-01", "Bryony Tallis IDVA"),),
            ),
            "hv": Sheet(
                HV,
                "Calderbrook_0-19_HV_Pellinger_twins.xlsx",
                "HV record",
                (("2024-03-01", "Carys Beddoe HV"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "Calderbrook_0-19_SchoolNursing_Pellinger.xlsx",
                "School nursing",
                (("2024-03-01", "Ruth Ogunleye SN"),),
            ),
            "nur": Sheet(
                NURSERY,
                "Little_Wrens_Nursery_Pellinger.xlsx",
                "Safeguarding log",
                (("2024-04-01", "Jo Whitlam (manager/DSL)"),),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "Fernhill_Primary_CPOMS_export.xlsx",
                "CPOMS",
                (("2024-04-01", "Mrs A Kettleborough (DSL)"),),
            ),
            "gp": Sheet(
                GP,
                "Harrowfield_Surgery_Pellinger_household.xlsx",
                "Consultations",
                (("2024-03-01", "Dr S Mahendran"),),
            ),
        },
    )

    # ---- Marlbury: the last night and the flight -------------------------------------------
    f.occ(
        "2024-03-08",
        "da-incident-marlbury",
        R(
            "hxpol",
            "LOG 0114 08/03/24. 999 FROM SHANNON PELLINGER, 22 ABBOTSMEAD CLOSE MARLBURY: "
            "EX-PARTNER LEE CROSSWAITE KICKING FRONT DOOR, THREATS TO KILL SHOUTED THROUGH "
            "LETTERBOX. 4 CHILDREN IN ADDRESS. UNITS ATT 02:58, MALE DECAMPED PRIOR. DOOR PANEL "
            "BROKEN. DASH HIGH (17). CHILDREN SEEN ASLEEP, SAFE. CRIME RAISED CRIM DAMAGE/DA.",
            "02:40",
            "Domestic incident",
            ref="CAD HX-240308-0114 / CRIME HX/24/01877",
        ),
    )
    f.occ(
        "2024-03-08",
        "ppn-received-marlbury",
        R(
            "mcsc",
            "Police DA notification received from Hexmoor Constabulary re incident in the early "
            "hours at the family home: Lee kicked the door in and made threats to kill; high risk "
            "DASH. All four children are subject to CP plans (emotional abuse) since November "
            "2023. Duty manager asked allocated SW to speak to mother today.",
            "09:20",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-08",
        "move-into-refuge",
        R(
            "ref",
            "21:15 Shannon arrived with Corey (10), Ellie-Mae (6) and the twins Rio and Reef (3) "
            "by taxi arranged by Marlbury IDVA. Settled in Flat 4. Kids exhausted, twins asleep "
            "in the car. Induction and house rules to be done tomorrow.",
            "21:15",
        ),
        R(
            "mcsc",
            "Change of address: mother and the four children moved into refuge accommodation in "
            "Calderbrook on the evening of 08/03/2024 (Lanternway; address confidential). CP "
            "plans remain with Marlbury until the transfer-in conference.",
            "",
            "Change of circumstances",
            shift="late",
        ),
    )

    # ---- Arrival in Calderbrook ------------------------------------------------------------
    f.occ(
        "2024-03-11",
        "refuge-call-front-door",
        R(
            "ref",
            "Rang Calderbrook Children's Services front door to tell them the family has "
            "arrived and that all 4 children are on CP plans in Marlbury. Gave them Tasha "
            "Quillan's number (Marlbury SW).",
            "10:20",
        ),
        R(
            "ccsc",
            "Contact: telephone call from Lanternway Refuge key worker. Mother and four children "
            "arrived in refuge 08/03 having fled domestic abuse from the children's father in "
            "Marlbury. Children subject to CP plans held by Marlbury. Transfer-in requested.",
            "10:24",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-11",
        "mash-decision",
        R(
            "ccsc",
            "MASH decision (TM): transfer-in of CP plans accepted. RAG red. To Assessment and "
            "Intervention Team; transfer-in conference to be convened within 15 working days.",
            "15:30",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-03-12",
        "handover-call",
        R(
            "mcsc",
            "Telephone handover to Calderbrook duty SW (Imran Gadsby): history, CP plan, Lee's "
            "pattern of turning up at night, the children's presentation. Agreed Marlbury SW "
            "attends the transfer-in conference by Teams.",
            "14:00",
            "Telephone",
        ),
        R(
            "ccsc",
            "Phone call from Marlbury SW Tasha Quillan - verbal handover of CP case. Father "
            "(Lee Crosswaite) not aware of refuge location. Marlbury to send plan and minutes.",
            "14:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-03-13",
        "handover-call-back",
        R(
            "ccsc",
            "Returned call to Marlbury SW to ask for the last core group minutes and the DASH as "
            "nothing has arrived yet. She will email today.",
            "11:40",
            "Telephone",
        ),
        R(
            "mcsc",
            "Call from Calderbrook SW asking for documents. Emailed the CP plan, last core group "
            "minutes and the DASH to her at 16:10.",
            "11:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-03-14",
        "marac-marlbury",
        R(
            "hxpol",
            "MARAC (MARLBURY) 14/03/24 - CASE HEARD, HIGH RISK DA, REPEAT. VICTIM NOW IN REFUGE "
            "OUT OF FORCE AREA. ACTIONS: CROSS-BORDER REFERRAL TO CALDER VALE MARAC; FLAG ON "
            "ABBOTSMEAD CLOSE REMOVED; OFFENDER TO BE ARRESTED FOR CRIM DAMAGE 08/03.",
            "",
            "MARAC",
        ),
        R(
            "mcsc",
            "Marlbury MARAC: I attended. Risk remains high. Family now in a refuge in "
            "Calderbrook, so the case goes to Calderbrook's DARAC (their MARAC) as a cross-border "
            "transfer. Police still to arrest Lee for the damage.",
            "",
            "Multi-agency meeting",
            shift="+2",
        ),
    )
    f.occ(
        "2024-03-14",
        "gp-registration",
        R(
            "gp",
            "New patient registrations x5 (Shannon, Corey, Ellie-Mae, Rio, Reef) - temporary "
            "residents at refuge address (confidential). Previous practice: Abbotsmead Health "
            "Centre, Marlbury. Records requested. Safeguarding alerts added (CP plans).",
            "10:30",
            "Registration",
        ),
        R(
            "hv",
            "GP registration: family registered with Harrowfield Surgery 14/03/24 (temporary "
            "residents).",
            "",
            "Record update",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-15",
        "hv-transfer-in-record",
        R(
            "hv",
            "Transfer-in: health visiting records for Rio and Reef received from Marlbury 0-19 "
            "service. Both on CP plans (emotional abuse). 2-2.5 yr review done Jan 24: Reef "
            "speech delay, Rio on track. Immunisations up to date.",
            "",
            "Transfer in",
        ),
    )
    f.occ(
        "2024-03-15",
        "sn-transfer-in-letter",
        R(
            "sn",
            "Transfer-in letter received from Marlbury School Nursing for Corey (Y5) and "
            "Ellie-Mae (Y1). CP plans. Corey: nocturnal enuresis, under continence clinic. "
            "Ellie-Mae: MMR2 outstanding.",
            "",
            "Transfer in",
        ),
    )
    f.occ(
        "2024-03-18",
        "idva-referral",
        R(
            "ref",
            "Referred Shannon to Calderbrook IDVA service - emailed form and the Marlbury DASH.",
            "15:10",
        ),
        R(
            "idva",
            "Referral received from Lanternway refuge (email of 18/03): high risk, heard at "
            "Marlbury MARAC 14/03. Allocated to BT.",
            "09:05",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-19",
        "homeless-application",
        R(
            "hsg",
            "Homeless application taken (visit to refuge). Household: applicant + 4 children. "
            "Fled DA from Marlbury; local connection referral not pursued (DA, s198(2A)). "
            "Personalised housing plan started. ID and children's birth certs seen.",
            "11:00",
            "Application",
        ),
        R(
            "ref",
            "Housing Options officer (Dev) came to the refuge to take Shannon's homeless "
            "application. I sat in. He will write to her with a decision on the duty.",
            "11:00",
        ),
    )
    f.occ(
        "2024-03-20",
        "idva-first-meeting",
        R(
            "idva",
            "Initial meeting with Shannon at refuge. DASH repeated: 19 ticks, high. Safety plan "
            "done (phone, social media, school pick-ups). Discussed NMO - she wants to apply.",
            "10:30",
            "Face to face",
        ),
    )

    # ---- Transfer-in conference and the first core group ----------------------------------
    f.occ(
        "2024-03-27",
        "transfer-in-conference",
        R(
            "ccsc",
            "Transfer-in child protection conference (chair: Gwen Ashdown). Present: mother, "
            "Marlbury SW (Teams), Calderbrook SW, HV, refuge, IDVA, police. All four children to "
            "remain subject to CP plans, category emotional abuse, now held by Calderbrook. "
            "First core group 16/04/24.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "mcsc",
            "TICPC held in Calderbrook - I attended via Teams and gave the Marlbury history. Case "
            "formally transferred; Marlbury's involvement ends.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "hv",
            "Contact type: Meeting. Transfer in case conference re Rio and Reef. Outcome: CP "
            "plans continue (emotional abuse). HV to see twins 4-weekly; refer Reef to SALT.",
            "",
            "Case conference",
        ),
        R(
            "cvpol",
            "TRANSFER IN CP CONFERENCE - PELLINGER CHILDREN X4. DS 4410 ATTENDED. ALL REMAIN ON "
            "CP PLANS. POLICE ACTIONS: MARKER ON REFUGE ADDRESS CONFIRMED, SUPPORT NMO VIA IDVA.",
            "",
            "Conference",
        ),
        R(
            "ref",
            "TI conference this morning - went with Shannon. Kids stay on their plans. Shannon "
            "tearful but said it was fair and she wants the help.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2024-04-02",
        "prevention-duty",
        R(
            "hsg",
            "Prevention duty (s195 HA 1996) accepted: applicant threatened with homelessness "
            "within 56 days as refuge stay is time-limited. PHP issued; decision letter to "
            "applicant, copy emailed to refuge key worker.",
            "14:20",
            "Duty decision",
        ),
        R(
            "ref",
            "Email from Housing Options: prevention duty accepted for Shannon, PHP letter "
            "attached. Printed it and went through it with her.",
            "",
            shift="swap",
        ),
    )
    f.occ(
        "2024-04-03",
        "cross-border-marac-referral",
        R(
            "hxpol",
            "MARAC CROSS-BORDER REFERRAL SENT TO CALDER VALE MARAC COORDINATOR (SECURE EMAIL), "
            "WITH DASH AND MARLBURY MINUTES.",
            "",
            "MARAC",
        ),
        R(
            "cvpol",
            "CROSS-BORDER MARAC REFERRAL RECEIVED FROM HEXMOOR (HEARD MARLBURY 14/03). LISTED "
            "FOR CALDERBROOK DARAC 18/04.",
            "",
            "MARAC",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-15",
        "school-start",
        R(
            "sch",
            "Corey started today in Y5 (Oak class). Mum brought him in. Quiet, polite. Shown "
            "round by buddy. Photo consent NOT given (CP, refuge).",
            "09:00",
            "Admissions",
        ),
        R(
            "sch",
            "Ellie-Mae started today in Y1 (Willow class). Cried at the door, settled by 10. "
            "Collection list: Mum and refuge staff only. No contact with father.",
            "09:00",
            "Admissions",
        ),
        R(
            "ref",
            "Corey and Ellie-Mae started at Fernhill Primary today. Walked them up with Shannon.",
            "",
        ),
    )
    f.occ(
        "2024-04-16",
        "core-group-1",
        R(
            "ccsc",
            "Core group 1 at the refuge. Mother, SW, HV, refuge, school DSL. Plan reviewed: "
            "nursery place for the twins found (Little Wrens), SALT referral sent, NMO "
            "application in progress with IDVA.",
            "13:30",
            "Core group",
        ),
        R(
            "sch",
            "I attended the first core group for Corey and Ellie-Mae, held at the refuge. "
            "Both settling. School to report any contact or approach by father.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-04-18",
        "darac-calderbrook",
        R(
            "cvpol",
            "DARAC (CALDERBROOK MARAC) 18/04/24 - CROSS BORDER TRANSFER IN HEARD. HIGH RISK. "
            "ACTIONS: POLICE TO LIAISE HEXMOOR RE ARREST OF CROSSWAITE; FLAG ON SCHOOL AND "
            "NURSERY ADDRESSES.",
            "",
            "MARAC",
        ),
        R(
            "idva",
            "Case heard at MARAC today (Calderbrook calls it DARAC) as a cross-border transfer. "
            "Actions for me: support NMO application, refer to Sanctuary scheme when moved on.",
            "",
            "MARAC",
        ),
        R(
            "ref",
            "Risk meeting (DARAC) - refuge manager went. Shannon's case accepted from Marlbury.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2024-04-22",
        "nursery-start",
        R(
            "nur",
            "Rio: first settling-in session today (9-11.30). Mum stayed for half an hour. "
            "Collection: Mum or refuge worker Nell only; password set.",
        ),
        R(
            "nur",
            "Reef: first settling session today with his brother. Few words, points and leads "
            "adult by the hand. Key person Amy.",
        ),
        R("ref", "Twins started at Little Wrens nursery today. Shannon had a little cry after."),
    )
    f.occ(
        "2024-04-29",
        "hv-call-nursery",
        R(
            "hv",
            "Contact type: Telephone to Little Wrens manager. Shared CP plan and SALT concern "
            "for Reef; asked nursery to note and report any contact from father. Outcome: "
            "nursery to send termly CP report.",
            "11:15",
            "Telephone",
        ),
        R(
            "nur",
            "Phone call from HV (Carys) about Rio and Reef's CP plans and Reef's speech. Agreed "
            "to send her a progress note each half term.",
        ),
    )

    # ---- The non-molestation order ---------------------------------------------------------
    f.occ(
        "2024-05-01",
        "nmo-without-notice",
        R(
            "idva",
            "Calderbrook Family Court with Shannon: non-molestation order granted WITHOUT NOTICE "
            "against Lee Crosswaite - no contact direct or indirect, not to come within 100m of "
            "the children's school. Return date 15/05/24. Order sent to Hexmoor for service.",
            "",
            "Court",
        ),
        R("ref", "Shannon at family court with the IDVA - NMO granted!! Return date in 2 weeks."),
    )
    f.occ(
        "2024-05-03",
        "nmo-served",
        R(
            "hxpol",
            "NMO (CALDERBROOK FC 01/05/24) SERVED PERSONALLY ON LEE CROSSWAITE AT 14 GANNET ROW, "
            "MARLBURY 18:25. ORDER READ TO HIM. ABUSIVE TO OFFICERS, NO OFFENCES.",
            "18:25",
            "Order served",
        ),
    )
    f.occ(
        "2024-05-07",
        "idva-call-hexmoor",
        R(
            "idva",
            "Called Hexmoor PPU to check the NMO has been served - confirmed served in person on "
            "03/05. Updated Shannon.",
            "10:10",
            "Telephone",
        ),
        R(
            "hxpol",
            "CALL FROM CALDERBROOK IDVA RE SERVICE OF NMO - ADVISED SERVED 03/05, SERVICE "
            "STATEMENT FILED WITH COURT.",
            "10:12",
            "Telephone",
        ),
    )
    f.occ(
        "2024-05-15",
        "nmo-return-hearing",
        R(
            "idva",
            "Return hearing. Lee attended in person, did not consent, no undertakings offered. "
            "Order continued to final hearing 19/06. Separate waiting rooms arranged.",
            "",
            "Court",
        ),
        R(
            "ref",
            "Court again for the NMO - Lee was there. IDVA sat with Shannon in a separate room. "
            "Order stays until the final hearing.",
        ),
    )
    f.occ(
        "2024-05-20",
        "hv-visit-refuge",
        R(
            "hv",
            "Contact type: Home visit (refuge), CP visit. Seen: mother, Rio, Reef. Outcome: "
            "twins well, Reef on SALT waiting list; mother sleeping poorly - advised GP.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-20",
        "sw-visit-refuge",
        R(
            "ccsc",
            "Statutory CP visit to refuge. Saw all four children; Corey seen alone in the "
            "garden - says he misses his dad but is scared when he shouts. Ellie-Mae drew her "
            "new school.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-23",
        "core-group-2",
        R(
            "ccsc",
            "Core group 2: good progress, children settled at school and nursery. Housing: "
            "prevention duty, move-on expected July.",
            "",
            "Core group",
        ),
        R(
            "sch",
            "Core group (Corey): attendance 97%, settled. Some anxiety at home time.",
            "",
            "Meeting",
            shift="-1",
        ),
        R(
            "sch",
            "Core group (Ellie-Mae): settled in Willow class. MMR2 still needed - school nurse "
            "aware.",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-06-04",
        "sn-corey",
        R(
            "sn",
            "Contact type: School clinic. Corey seen re enuresis (wet most nights). Outcome: "
            "alarm discussed, continence referral re-made in Calderbrook.",
            "10:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-04",
        "sn-ellie-mae",
        R(
            "sn",
            "Contact type: School clinic. Ellie-Mae seen for immunisation check - MMR2 not "
            "given. Outcome: letter to mother and GP to book.",
            "10:30",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-10",
        "dsl-call-sw",
        R(
            "sch",
            "Rang SW Harriet Moxley: Corey told his teacher Dad has been messaging him through "
            "an online game on his tablet and asked where they live. Corey says he didn't tell "
            "him.",
            "10:35",
            "Phone call",
        ),
        R(
            "ccsc",
            "Call from Fernhill DSL: Corey reports contact from father via an online game, "
            "father asking for the address. SW to speak to mother today.",
            "10:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-10",
        "sw-call-back-dsl",
        R(
            "ccsc",
            "Returned call to DSL after speaking with mother: tablet handed in to refuge, "
            "account blocked; police informed of possible NMO breach.",
            "16:40",
            "Telephone",
        ),
        R(
            "sch",
            "SW rang back 4.40pm - Mum has taken the tablet off Corey and police have been told.",
            "16:45",
            "Phone call",
        ),
    )
    f.occ(
        "2024-06-12",
        "gp-rio",
        R(
            "gp",
            "Rio. S: cough 2/52, worse at night. O: chest clear, sats 98%, T 37.2. A: viral URTI. "
            "P: fluids, review if worse.",
            "09:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-06-12",
        "gp-reef",
        R(
            "gp",
            "Reef. S: same cough as twin; mum also asks about speech. O: chest clear, ears NAD. "
            "A: viral URTI; speech delay - SALT referral already made by HV. P: safety net.",
            "09:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-06-19",
        "nmo-final-hearing",
        R(
            "idva",
            "Final hearing: Lee did not attend. NMO made final for 12 months to 18/06/25. Power "
            "of arrest not needed (breach is an offence).",
            "",
            "Court",
        ),
        R(
            "ccsc",
            "NMO made final at Calderbrook Family Court (12 months).",
            "",
            "Court",
            shift="month",
        ),
    )
    f.occ(
        "2024-06-26",
        "rcpc-1",
        R(
            "ccsc",
            "Review child protection conference. All four children remain subject to CP plans; "
            "risk reduced but father's online contact with Corey noted. Next RCPC in 6 months.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "hv",
            "Contact type: RCPC attended. Outcome: twins remain on CP plans; HV to continue "
            "4-weekly contacts.",
            "10:00",
            "Case conference",
        ),
        R("sch", "RCPC - Corey remains on CP plan. Report shared.", "", "Meeting"),
        R("sch", "RCPC - Ellie-Mae remains on CP plan.", "", "Meeting"),
        R(
            "nur",
            "Review conference for Rio and Reef - our report read out. Plans continue.",
        ),
    )

    # ---- Move on from the refuge -------------------------------------------------------------
    f.occ(
        "2024-07-02",
        "housing-call-idva",
        R(
            "hsg",
            "Call with IDVA re areas unsafe for TA: avoid north Calderbrook (father's sister "
            "lives in Pendleton Road).",
            "12:15",
            "Telephone",
        ),
        R(
            "idva",
            "Housing Options officer rang yesterday (02/07) about which TA areas are unsafe - "
            "told him about Lee's sister in the north of town.",
            "09:30",
            "Telephone",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-08",
        "relief-duty",
        R(
            "hsg",
            "Relief duty (s189B) accepted - refuge stay ending. Interim accommodation (s188) "
            "offered: Cressfield House Flat 9, 2-bed, from 10/07. Letter to applicant, copy to "
            "refuge.",
            "15:00",
            "Duty decision",
        ),
        R(
            "ref",
            "Housing emailed: relief duty accepted and TA at Cressfield House from Wednesday.",
        ),
    )
    f.occ(
        "2024-07-10",
        "move-cressfield",
        R(
            "hsg",
            "Applicant and 4 children moved into Cressfield House Flat 9 (s188 interim "
            "accommodation). Licence agreement signed. Furniture pack delivered.",
            "12:00",
            "Move",
        ),
        R(
            "ref",
            "Family left the refuge today for their TA flat at Cressfield House. Leaving bags "
            "for the kids. Case closed to refuge - outreach offered.",
        ),
        R(
            "ccsc",
            "Change of address: family moved from refuge to temporary accommodation, Cressfield "
            "House Flat 9, on 10/07/24.",
            "",
            "Change of address",
            shift="late",
        ),
    )

    # ---- The father finds them ---------------------------------------------------------------
    f.occ(
        "2024-09-10",
        "father-at-school-gate",
        R(
            "sch",
            "3.15pm: Corey's dad (Lee Crosswaite - NMO) at the school gate. I kept Corey and "
            "Ellie-Mae inside and rang 999. He left before police came.",
            "15:15",
            "Safeguarding",
        ),
        R(
            "sch",
            "Ellie-Mae: father seen at the gate at home time. Kept in the office with Corey; "
            "Mum collected at 16:05 with police present.",
            "15:20",
            "Safeguarding",
            shift="swap",
        ),
        R(
            "cvpol",
            "LOG 0871 10/09/24 15:17. CALLER DSL FERNHILL PRIMARY: MALE SUBJECT OF NMO (LEE "
            "CROSSWAITE) AT SCHOOL GATE. UNITS ATT 15:31, MALE LEFT PRIOR, AREA SEARCH NEG. "
            "CRIME RAISED - BREACH OF NMO.",
            "15:17",
            "Incident",
            ref="CAD CV-240910-0871 / CRIME CV/24/20915",
        ),
    )
    f.occ(
        "2024-09-11",
        "ppn-received-calderbrook",
        R(
            "ccsc",
            "Police notification received: father at Fernhill Primary gate yesterday in breach "
            "of the NMO. Strategy discussion to be held today.",
            "09:10",
            "Contact",
        ),
    )
    f.occ(
        "2024-09-11",
        "strategy-discussion",
        R(
            "ccsc",
            "Strategy discussion (phone): SW, TM, DC Pawsey, school DSL, HV. Father now knows the "
            "school; may follow the children home. Agreed: police to locate and arrest, school "
            "to keep children in until Mum collects, housing to consider a move.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "cvpol",
            "STRAT DISC - PELLINGER CHILDREN. POLICE ACTIONS: ARREST CROSSWAITE FOR NMO BREACH "
            "(WANTED MARKER), PATROL PLAN CRESSFIELD HOUSE.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "sch",
            "Took part in a telephone strategy meeting at 2pm about yesterday. Children to be "
            "handed to Mum only, inside the building.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-14",
        "da-incident-cressfield-1",
        R(
            "cvpol",
            "LOG 0062 14/09/24 03:12. 999 FROM SHANNON PELLINGER, FLAT 9 CRESSFIELD HOUSE: "
            "EX-PARTNER (NMO) BANGING ON DOOR AND SHOUTING. UNITS ATT 03:21, MALE NOT PRESENT. "
            "AREA SEARCH NEG. CHILDREN SEEN, SAFE.",
            "03:12",
            "Domestic incident",
            ref="CAD CV-240914-0062",
        ),
    )
    f.occ(
        "2024-09-14",
        "da-incident-cressfield-2",
        R(
            "cvpol",
            "LOG 0109 14/09/24 05:05. FURTHER 999 FROM SAME CALLER - MALE BACK, KICKING FLAT 9 "
            "DOOR, PANEL CRACKED. UNITS ATT 05:09. MALE DETAINED IN STAIRWELL AND ARRESTED.",
            "05:05",
            "Domestic incident",
            ref="CAD CV-240914-0109 / CRIME CV/24/21240",
        ),
    )
    f.occ(
        "2024-09-14",
        "arrest-father",
        R(
            "cvpol",
            "CUSTODY CV/C/24/5512: LEE CROSSWAITE BOOKED IN 05:48. ARRESTED BREACH OF NMO "
            "(S42A FLA 1996) X2 AND CRIMINAL DAMAGE.",
            "05:48",
            "Arrest",
        ),
    )
    f.occ(
        "2024-09-14",
        "charge-father",
        R(
            "cvpol",
            "CHARGED: BREACH OF NMO X2 (10/09, 14/09) AND CRIMINAL DAMAGE. REMANDED IN CUSTODY "
            "TO CALDERBROOK MAGISTRATES 16/09.",
            "16:30",
            "Charge",
        ),
    )
    f.occ(
        "2024-09-16",
        "idva-call-shannon",
        R(
            "idva",
            "Shannon rang: Lee came to the flat twice on Saturday night and was arrested. She "
            "has not slept. Discussed emergency move and repeat MARAC.",
            "09:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-16",
        "move-linden-court",
        R(
            "hsg",
            "Emergency transfer: household moved from Cressfield House to Linden Court Flat 3 "
            "(s188) as the perpetrator attended the address. Cressfield licence ended.",
            "14:00",
            "Move",
        ),
        R(
            "ccsc",
            "Family moved today to Linden Court (TA) after Lee found Cressfield House.",
            "",
            "Change of address",
        ),
    )
    f.occ(
        "2024-09-16",
        "magistrates-result",
        R(
            "cvpol",
            "RESULT CALDERBROOK MC 16/09/24: GUILTY PLEAS BREACH NMO X2, CRIM DAMAGE. 16 WKS "
            "CUSTODY SUSP 12 MTHS, RESTRAINING ORDER 2 YRS (NO CONTACT WITH SHANNON OR "
            "CHILDREN EXCEPT VIA FAMILY COURT ORDER).",
            "",
            "Court result",
        ),
        R(
            "idva",
            "Court result (Mon 16/09): Lee pleaded guilty - suspended sentence and a 2-year "
            "restraining order covering Shannon and the children.",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-17",
        "joint-visit-sw-idva",
        R(
            "ccsc",
            "Joint home visit with IDVA Bryony Tallis to Linden Court. Safety plan reviewed, "
            "school route changed, Corey told in simple terms what the court did.",
            "11:00",
            "Home visit",
        ),
        R(
            "idva",
            "Joint visit with SW Harriet to the new TA. Updated safety plan; Sanctuary referral "
            "for the flat door.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-03",
        "repeat-darac",
        R(
            "cvpol",
            "DARAC 03/10/24 - REPEAT CASE (INCIDENTS 10/09, 14/09). ACTIONS: MARKER ON LINDEN "
            "COURT, RESTRAINING ORDER ON PNC.",
            "",
            "MARAC",
        ),
        R(
            "idva",
            "Repeat MARAC today (DARAC). Lee's restraining order noted; Sanctuary works booked.",
            "",
            "MARAC",
        ),
    )
    f.occ(
        "2024-12-11",
        "rcpc-2",
        R(
            "ccsc",
            "RCPC 2: children no longer require CP plans - risk from father managed by "
            "restraining order, mother protective, settled in TA. Step down to child in need.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plans ended for Rio and Reef; CIN plan; HV "
            "universal plus.",
            "",
            "Case conference",
            shift="swap",
        ),
        R("sch", "RCPC: Corey's CP plan ended - now CIN.", "", "Meeting"),
        R("sch", "RCPC: Ellie-Mae's plan ended. CIN meetings to follow.", "", "Meeting"),
        R("nur", "Rio - conference today, CP plan ended, now child in need."),
        R("nur", "Reef - CP plan ended at today's conference. CIN."),
    )

    # ---- A home of their own -----------------------------------------------------------------
    f.occ(
        "2025-01-17",
        "tenancy-signup",
        R(
            "hsg",
            "Final offer accepted (Part 6): 3-bed flat, 14 Sorrel Walk, Calderbrook (Brightwater "
            "Homes). Tenancy signed today, keys handed over. Relief duty ends - accommodation "
            "secured.",
            "11:30",
            "Offer",
        ),
    )
    f.occ(
        "2025-01-20",
        "move-sorrel-walk",
        R(
            "hsg",
            "Household moved out of Linden Court into 14 Sorrel Walk; s188 accommodation ended.",
            "",
            "Move",
        ),
        R(
            "ccsc",
            "Family moved into their permanent flat at 14 Sorrel Walk today.",
            "",
            "Change of address",
        ),
        R(
            "sch",
            "Address change on SIMS for Corey and Ellie-Mae: 14 Sorrel Walk (moved 20/01).",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-05",
        "cin-meeting-1",
        R(
            "ccsc",
            "CIN meeting at school: children settled in new flat; Corey's bedwetting improving; "
            "Reef's SALT started. Plan to close in 3 months if stable.",
            "",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN meeting here for Corey and Ellie-Mae - Mum, SW, HV, me.",
            "",
            "Meeting",
        ),
    )
    # ---- Routine single entries --------------------------------------------------------------
    f.fill(
        "gp",
        "2024-04-01",
        "2024-05-31",
        [
            (
                "Consultation",
                "Shannon. S: can't sleep, flashbacks, jumpy. O: tearful, no SI. A: anxiety/PTSD "
                "sx after DA. P: self-referral to talking therapies, sertraline 50mg.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-06-17",
        "2025-04-25",
        [
            ("Immunisation", "Ellie-Mae. MMR2 given by practice nurse. No reaction."),
        ],
    )
    f.fill(
        "hv",
        "2024-05-01",
        "2025-04-25",
        [
            (
                "Home visit",
                "Contact type: Home visit, CP/CIN. Seen: mother and twins. Outcome: home "
                "clean, twins playing well; Reef using 10-15 words.",
            ),
            (
                "Telephone",
                "Contact type: Telephone to mother. Outcome: SALT appointment confirmed.",
            ),
        ],
    )
    f.fill(
        "sn",
        "2024-06-20",
        "2025-03-28",
        [("Clinic", "Contact type: Drop-in. Corey: wet bed 2 nights this week. Outcome: advice.")],
    )
    f.fill(
        "nur",
        "2024-05-01",
        "2025-04-25",
        [
            ("", "Rio: bumped head on climbing frame, cold compress, accident form signed."),
            ("", "Reef: SALT targets added to his learning plan."),
        ],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-04-17",
        "2024-07-19",
        [("Pastoral", "Ellie-Mae reading with ELSA twice a week; enjoying it.")],
    )
    f.fill(
        "sch",
        "2024-09-18",
        "2025-01-16",
        [
            ("Attendance", "Corey late x3 this week - Mum says the bus from the TA is unreliable."),
            ("Behaviour", "Corey upset at lunch after a boy asked why his dad isn't allowed in."),
        ],
    )
    f.fill(
        "ref",
        "2024-03-12",
        "2024-07-05",
        [
            ("", "Keywork session: benefits - UC change of address done, child benefit moved."),
            ("", "Keywork: recovery group session at the refuge, Shannon joined."),
        ],
    )
    f.fill(
        "idva",
        "2024-03-21",
        "2025-03-28",
        [
            ("Telephone", "Check-in call. No contact from Lee. Shannon feeling stronger."),
        ],
    )
    f.fill(
        "hsg",
        "2024-07-11",
        "2025-01-10",
        [
            ("Review", "TA licence review: charges paid via UC; no issues."),
        ],
    )
    f.fill(
        "ccsc",
        "2024-04-01",
        "2025-04-25",
        [
            (
                "Home visit",
                "Statutory visit - all four children seen, Corey and Ellie-Mae seen alone. No new "
                "concerns.",
            ),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Bretherick family, Stannerley. Callum Bretherick (b. 14/03/2008), autistic with a
# moderate learning disability, lives with his father and carer Martin Bretherick (b. 1967) at
# 7 Quarry Hill Cottages, Stannerley QS3 5RB; a weekly boarder at Brackenlea School (Heron
# House), short breaks at Birchwood House. Self-injury, police and ambulance at the home one
# night in the summer holiday, an emergency department attendance past midnight, section 20,
# a 72-hour placement at Larkspur Lodge that broke down, a 52-week placement, the EHCP annual
# review, a Care Act transition assessment and a Court of Protection query.
# --------------------------------------------------------------------------------------------


def _bretherick() -> BlindCase:
    f = Family(
        "bretherick",
        2202,
        {
            "pol": Sheet(
                POLICE,
                "Northfell_Police_Bretherick.xlsx",
                "Storm logs",
                (("2024-01-01", "PC 3307 K ARNOTT"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Northfell_Ambulance_Bretherick_ePCR.xlsx",
                "ePCR",
                (("2024-01-01", "Paramedic T Wheelhouse"), ("2024-11-01", "Paramedic S Gill")),
            ),
            "ed": Sheet(
                ED,
                "Stannerley_General_ED_Bretherick.xlsx",
                "ED notes",
                (("2024-01-01", "ED (see clinician in entry)"),),
            ),
            "dct": Sheet(
                CSC,
                "Stannerley_CSC_DisabledChildrensTeam_Bretherick.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "Sadia Rahman-Birch (SW, DCT)"),
                    ("2025-03-17", "Owen Pritchard (SW, DCT)"),
                ),
            ),
            "camhs": Sheet(
                LD_CAMHS,
                "CAMHS_LD_Team_Bretherick.xlsx",
                "Clinical notes",
                (("2024-01-01", "Lisa Okonedo, LD CAMHS nurse"),),
            ),
            "gp": Sheet(
                GP,
                "Moorcroft_Practice_Bretherick_C.xlsx",
                "Journal",
                (("2024-01-01", "Dr A Fenwick"),),
            ),
            "sch": Sheet(
                RES_SCHOOL,
                "Brackenlea_School_HeronHouse_Bretherick.xlsx",
                "Safeguarding and care log",
                (("2024-01-01", "P Marsh (DSL)"),),
                typed=False,
            ),
            "send": Sheet(
                SEND,
                "Stannerley_SEND_EHCP_Bretherick.xlsx",
                "Casework",
                (("2024-01-01", "Tom Iveson, EHCP coordinator"),),
            ),
            "sb": Sheet(
                SHORT_BREAKS,
                "Birchwood_House_Bretherick.xlsx",
                "Stays and log",
                (("2024-01-01", "Birchwood shift lead"),),
                typed=False,
            ),
            "asc": Sheet(
                ASC,
                "Stannerley_ASC_Transitions_Bretherick.xlsx",
                "Transitions",
                (("2024-09-01", "Gail Summerbee, Transitions Worker"),),
            ),
            "legal": Sheet(
                LEGAL,
                "Stannerley_Legal_Bretherick_COP.xlsx",
                "Matter notes",
                (("2025-01-01", "R Chaudry, Solicitor"),),
            ),
            "home": Sheet(
                CHILDRENS_HOME,
                "Larkspur_Lodge_Bretherick.xlsx",
                "Daily log",
                (("2024-08-01", "D Fairclough (RM)"),),
                typed=False,
            ),
        },
    )

    # ---- Self-injury and the referral to LD CAMHS -----------------------------------------
    f.occ(
        "2024-06-05",
        "gp-consultation",
        R(
            "gp",
            "Callum (with dad). S: 6/52 increasing head banging and biting R hand, worse at "
            "weekends at home. Sleeping 4-5 hrs. O: callus and bite marks R hand, old bruise "
            "forehead. Calm with iPad. A: self-injurious behaviour, ASD/LD. P: refer CAMHS LD, "
            "bloods (FBC, TFT), review 4/52. Carer strain - carer's assessment info given.",
            "09:40",
            "Consultation",
        ),
    )
    f.occ(
        "2024-06-05",
        "gp-referral-camhs",
        R(
            "gp",
            "Referral letter to CAMHS Learning Disability team sent: escalating SIB, carer strain.",
            "16:10",
            "Referral",
        ),
        R(
            "camhs",
            "Referral received from GP (Dr Fenwick) re escalating self-injury (head banging, "
            "hand biting). Screened: accept, routine-urgent.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-12",
        "school-sib",
        R(
            "sch",
            "Callum hit his head on the classroom wall about 12 times after his timetable "
            "changed (supply teacher). Two-person hold (Team Teach) 3 mins, body map clear. Dad "
            "told at 3.30.",
            "11:20",
        ),
    )
    f.occ(
        "2024-07-03",
        "camhs-initial",
        R(
            "camhs",
            "Initial assessment in clinic with Callum and Martin. Hx: autism, moderate LD, "
            "limited speech (Makaton + phrases). SIB escalating since puberty, 5-6 episodes a "
            "week at home. Sleep poor. Plan: PBS functional assessment; psychiatry review; "
            "sleep diary.",
            "14:00",
            "Assessment",
        ),
    )

    # ---- The summer holiday: one night at home and the ED attendance -----------------------
    f.occ(
        "2024-08-09",
        "callout-home-night",
        R(
            "pol",
            "STORM 1733 09/08/24 21:58. 999 FROM MARTIN BRETHERICK, 7 QUARRY HILL COTTAGES: "
            "SON (16, AUTISM/LD) ATTACKING HIM, PUNCHED IN FACE, NOW BANGING HEAD ON WALL, "
            "BLOOD. AMBO REQ. UNITS ATT 22:09 WITH NAS. SON CALMED BY FATHER, CONVEYED BY AMBO "
            "TO SGH ED WITH FATHER. NO OFFENCES PURSUED - FATHER DOES NOT WANT ACTION. PVP "
            "SUBMITTED.",
            "21:58",
            "Concern for welfare / assault",
            ref="STORM NF-240809-1733 / PVP 24/6612",
        ),
        R(
            "amb",
            "Call 22:01, Cat 2. 16M, ASC + LD, self-inflicted head injury (repeated head strikes "
            "on wall) during outburst; father also assaulted (bloody nose, declined "
            "assessment). Police on scene. 4cm lac forehead, GCS 15 (baseline), pacing, "
            "non-verbal when distressed. Conveyed SGH ED with father; handover 22:48.",
            "22:01",
            "Emergency call",
        ),
    )
    f.occ(
        "2024-08-09",
        "ed-attendance-1",
        R(
            "ed",
            "Triage 22:50. BIBA with father. PC: head injury, self-inflicted. 4cm lac forehead, "
            "bleeding controlled. Obs stable. MTS orange. Autism/LD: side room, lights down, "
            "father present.",
            "22:50",
            "Triage",
        ),
        R(
            "ed",
            "ED Dr review: no LOC per father, GCS 15, no focal neuro. CT not indicated. Lac "
            "cleaned and glued. Father reports increasing aggression, hit him tonight, 'at the "
            "end of my rope'. Safeguarding: paeds liaison to refer to CSC (DCT); LD liaison "
            "aware.",
            "23:40",
            "Medical review",
        ),
        R(
            "ed",
            "Discharged 02:10 home with father. Easy-read head injury advice. Safeguarding "
            "referral to follow via paediatric liaison. GP letter.",
            "02:10",
            "Discharge",
            shift="+1",
        ),
    )
    f.occ(
        "2024-08-12",
        "pvp-received",
        R(
            "dct",
            "Police PVP notification received re incident 09/08 at the home: Callum assaulted "
            "his father and self-harmed; taken to ED by ambulance.",
            "09:00",
            "Contact",
        ),
    )
    f.occ(
        "2024-08-12",
        "ed-referral-csc",
        R(
            "ed",
            "Paediatric liaison: safeguarding referral emailed to Stannerley CSC (DCT) re "
            "attendance 09-10/08 - carer strain, violence to father, SIB.",
            "09:30",
            "Safeguarding",
        ),
        R(
            "dct",
            "Contact: ED safeguarding referral from Stannerley General paediatric liaison re "
            "the attendance on the night of 09/08. Martin reported to be at breaking point.",
            "10:15",
            "Contact",
        ),
    )
    f.occ(
        "2024-08-13",
        "gp-ed-letter",
        R(
            "gp",
            "ED discharge letter received (SGH, attended 09/08): self-inflicted forehead lac, "
            "glued; safeguarding referral made by ED. Noted - review at next appt.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-08-13",
        "sw-home-visit",
        R(
            "dct",
            "Home visit. Martin exhausted, bruise under his left eye, says 'I can't do this "
            "anymore'. Callum seen in his room with his tablet, did not want to engage. Child "
            "and family assessment (disabled children) started. Emergency short breaks to be "
            "requested.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-08-14",
        "emergency-short-break",
        R(
            "dct",
            "Callum went to Birchwood House today for an emergency 3-night short break "
            "(agreed by HoS).",
            "",
            "Short break",
        ),
        R(
            "sb",
            "Emergency stay: Callum arrived 16:00 with dad for 3 nights. His usual room (2). "
            "Bit his hand at tea, redirected with the trampoline.",
            "16:00",
        ),
    )
    f.occ(
        "2024-08-17",
        "short-break-home",
        R("sb", "Callum home 11:00 with dad. Settled stay overall, slept 6 hrs a night.", "11:00"),
    )
    f.occ(
        "2024-08-23",
        "callout-2",
        R(
            "pol",
            "STORM 2214 23/08/24 23:40. FATHER REPORTS SON SMASHING WINDOWS AND HITTING HIM. "
            "UNITS ATT 23:55. SON CALM IN BEDROOM ON ARRIVAL. 2 WINDOWS BROKEN. FATHER MINOR "
            "SCRATCHES. ADVICE, PVP.",
            "23:40",
            "Concern for welfare",
            ref="STORM NF-240823-2214",
        ),
    )
    f.occ(
        "2024-08-24",
        "callout-3",
        R(
            "pol",
            "STORM 1866 24/08/24 21:15. REPEAT ADDRESS (SEE 2214 LAST NIGHT). FATHER LOCKED "
            "OUT OF HOUSE BY SON, SON THROWING ITEMS FROM WINDOW. UNITS ATT 21:31, ENTRY "
            "GAINED WITH FATHER'S KEY FROM NEIGHBOUR. YP CALMED. EDT INFORMED.",
            "21:15",
            "Concern for welfare",
            ref="STORM NF-240824-1866",
        ),
    )
    f.occ(
        "2024-08-24",
        "edt-call-father",
        R(
            "dct",
            "EDT: Mr Bretherick rang at 22:40 from a neighbour's asking for Callum to be taken "
            "into care tonight. No emergency bed suitable; advised; DCT to call Monday.",
            "22:40",
            "EDT",
        ),
        R(
            "dct",
            "EDT: Mr Bretherick rang 22:40 from neighbour's asking for Callum to be taken into "
            "care tonight. No suitable emergency bed; advice given; DCT to call Monday.",
            "22:40",
            "EDT",
        ),
    )
    f.occ(
        "2024-08-28",
        "professionals-meeting",
        R(
            "dct",
            "Multi-agency professionals' meeting (Teams): DCT, LD CAMHS, Brackenlea, Birchwood, "
            "GP report. Agreed: offer s20 accommodation as father requests; search for a "
            "placement able to meet needs; urgent psychiatry.",
            "10:00",
            "Professionals meeting",
        ),
        R(
            "camhs",
            "Attended professionals' meeting re Callum. Risk to father high. Psychiatry "
            "appointment brought forward.",
            "10:00",
            "Meeting",
        ),
        R(
            "sch",
            "Professionals' meeting (Teams) about home. Heron House cannot offer 52 weeks "
            "before January - told SW.",
            "10:00",
        ),
        R(
            "sb",
            "Prof meeting - we can't offer a long-term bed; emergency beds only.",
        ),
    )

    # ---- Section 20 and the 72 hours at Larkspur Lodge --------------------------------------
    f.occ(
        "2024-08-30",
        "s20-larkspur",
        R(
            "dct",
            "Section 20: Martin signed consent. Callum placed at Larkspur Lodge (Fernvale Care), "
            "solo emergency placement with 2:1 staffing. Looked after from today.",
            "15:30",
            "Placement",
        ),
        R(
            "home",
            "Admission 15:30: Callum arrived with SW and dad. Room 1; sensory box and weighted "
            "blanket from home. Ate chips. Very anxious, repeating 'home Friday'.",
            "15:30",
        ),
        R(
            "camhs",
            "Callum became looked after (s20) on 30/08, placed at Larkspur Lodge.",
            "",
            "Update",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-31",
        "larkspur-police",
        R(
            "pol",
            "STORM 0102 31/08/24 01:34. LARKSPUR LODGE CHILDREN'S HOME: 16YR RESIDENT "
            "ASSAULTING STAFF, ONE STAFF PUNCHED. UNITS ATT 01:50, YP IN ROOM, CALMER. NO "
            "ARREST (LD, STAFF NOT SUPPORTING). PVP.",
            "01:34",
            "Assault",
            ref="STORM NF-240831-0102",
        ),
        R(
            "home",
            "01:30 Callum awake and very distressed (new house). Hit KW in the face. 999 called "
            "01:34 as we could not keep him or staff safe. Police came; Callum calmer by 2am.",
            "01:30",
        ),
    )
    f.occ(
        "2024-09-01",
        "larkspur-second-assault",
        R(
            "home",
            "19:10 Callum hit staff again, KW hurt her wrist. Manager told; on-call SW "
            "informed. Staff team say they cannot meet his needs.",
            "19:10",
        ),
    )
    f.occ(
        "2024-09-02",
        "placement-breakdown",
        R(
            "home",
            "Placement ended 16:00: Larkspur Lodge gave notice (unable to meet needs). Callum "
            "collected by SW with his belongings.",
            "16:00",
        ),
        R(
            "dct",
            "Placement breakdown after 72 hours. Callum moved from Larkspur Lodge to Birchwood "
            "House as an interim emergency placement (s20 continues) until a 52-week "
            "placement is found.",
            "",
            "Placement change",
            shift="swap",
        ),
        R(
            "sb",
            "Admission 17:10: Callum arrived from Larkspur Lodge - interim placement under s20 "
            "(not a short break). Room 2.",
            "17:10",
        ),
    )
    f.occ(
        "2024-09-04",
        "back-to-school",
        R(
            "sch",
            "Callum back for the autumn term; boarding Mon-Thu at Heron House, weekends at "
            "Birchwood (LA arrangement). Very happy to see his key worker.",
            "",
        ),
    )
    f.occ(
        "2024-09-11",
        "psychiatry-review",
        R(
            "camhs",
            "Consultant psychiatrist review (Dr Vasquez-Hale) with SW and Birchwood staff: "
            "ASC/LD, SIB and aggression, poor sleep, no psychosis. Start risperidone 0.5mg "
            "nocte; baseline bloods, weight, ECG. Review 6/52.",
            "14:30",
            "Medical review",
        ),
    )
    f.occ(
        "2024-09-12",
        "camhs-letter-gp",
        R(
            "camhs",
            "Clinic letter to GP: risperidone 0.5mg started 11/09; please add to repeats; "
            "monitoring plan enclosed.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter from LD CAMHS psychiatry: risperidone 0.5mg nocte started - added to repeat; "
            "baseline bloods/weight booked.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-19",
        "dsl-call-sw-bruise",
        R(
            "sch",
            "Rang SW: Callum came back from Birchwood on Monday with a bruise on his left upper "
            "arm; Birchwood staff told us it was from a hold.",
            "10:15",
        ),
        R(
            "dct",
            "Call from Heron House DSL: bruise L upper arm after the weekend at Birchwood. SW to "
            "check Birchwood's incident and physical intervention records.",
            "10:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-19",
        "sw-call-birchwood",
        R(
            "dct",
            "Call to Birchwood shift lead: confirms a two-person hold Sunday 15/09, bruise "
            "noted on body map; PI record emailed. No further action, LADO threshold not met.",
            "14:45",
            "Telephone",
        ),
        R("sb", "Call from SW re bruise - PI record and body map emailed to her.", "14:50"),
    )
    f.occ(
        "2024-09-25",
        "cla-review-1",
        R(
            "dct",
            "Looked-after review 1 (IRO Pauline Greatorex) at Birchwood: Callum, father, SW, "
            "Heron House, Birchwood, LD CAMHS. Care plan: interim arrangement continues; "
            "52-week placement at Brackenlea to be sought.",
            "13:00",
            "CLA review",
        ),
        R(
            "sch",
            "CLA review - I attended for school and Heron House. Education going well.",
            "",
            shift="-1",
        ),
        R(
            "camhs",
            "LAC review attended, PBS plan shared with IRO.",
            "13:00",
            "Meeting",
        ),
        R("sb", "LAC review held here at Birchwood this afternoon.", "13:00"),
    )

    # ---- The EHCP annual review and the autumn -----------------------------------------------
    f.occ(
        "2024-10-09",
        "ehcp-annual-review",
        R(
            "sch",
            "Annual review of Callum's EHC plan (Year 12) held here: father, SW, SEND officer, "
            "LD CAMHS, adult social care transitions. Preparing for Adulthood outcomes added.",
            "10:00",
        ),
        R(
            "send",
            "EHCP AR (Y12) - PfA focus. Recommendation: amend sections B, E, F; name 52-week "
            "residential at Brackenlea for consideration at panel.",
            "10:00",
            "Annual review",
        ),
        R(
            "dct",
            "Attended the annual review of the EHC plan at Brackenlea.",
            "",
            "Meeting",
        ),
        R(
            "camhs",
            "Year 12 Preparing for Adulthood review (EHCP) - attended, sleep and PBS advice "
            "given for section E.",
            "",
            "Meeting",
        ),
        R(
            "asc",
            "Attended Callum's EHCP review (PfA) at Brackenlea - met Callum and Martin; Care "
            "Act transition assessment to start before his 17th birthday.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-21",
        "pbs-observation",
        R(
            "camhs",
            "PBS practitioner observed Callum in class and at Heron House teatime; functional "
            "assessment data collected (triggers: transitions, noise).",
            "",
            "School visit",
        ),
        R("sch", "LD CAMHS PBS worker (Hannah) in today to observe Callum in class and at tea."),
    )
    f.occ(
        "2024-10-24",
        "psychiatry-follow-up",
        R(
            "camhs",
            "Psychiatry follow-up: sleep 7 hrs, SIB reduced to 2-3/wk. Weight +2kg. Continue "
            "risperidone 0.5mg.",
            "15:00",
            "Medical review",
        ),
    )
    f.occ(
        "2024-11-06",
        "amendment-notice",
        R(
            "send",
            "Amendment notice and proposed amended EHCP issued to father and school after the "
            "AR of 09/10 (PfA outcomes added). 15 days to respond.",
            "",
            "Letter",
        ),
        R("sch", "Proposed amended EHCP received from the SEND team; comments due in 15 days."),
    )
    f.occ(
        "2024-11-18",
        "school-999",
        R(
            "sch",
            "13:55 Callum struck his head on the floor over and over in the sensory room; two "
            "staff could not stop it safely. 999 called. Ambulance took him to Stannerley "
            "General with his key worker.",
            "13:55",
        ),
        R(
            "amb",
            "Call 13:56 Cat 2, Brackenlea School: 16M ASC/LD, repeated self-inflicted head "
            "strikes, frontal haematoma, GCS 15, vomit x1. Conveyed SGH ED with school KW; "
            "handover 14:40.",
            "13:56",
            "Emergency call",
        ),
    )
    f.occ(
        "2024-11-18",
        "ed-attendance-2",
        R(
            "ed",
            "Triage 14:45: head injury (self-inflicted), vomited x1. MTS yellow. School KW with "
            "him.",
            "14:45",
            "Triage",
        ),
        R(
            "ed",
            "CT head: no acute abnormality. Discharged 18:20 to school staff with head injury "
            "advice (easy read).",
            "18:20",
            "Discharge",
        ),
    )
    f.occ(
        "2024-11-19",
        "ed-attendance-3",
        R(
            "ed",
            "Re-attendance 20:10: vomited x3 since yesterday's head injury; staff say sleepier. "
            "GCS 15. MTS orange.",
            "20:10",
            "Triage",
        ),
        R(
            "ed",
            "Paeds reg review: obs normal x2, tolerating fluids, CT yesterday normal. "
            "Discharged 23:55 to Heron House night staff.",
            "23:55",
            "Discharge",
        ),
        R(
            "sch",
            "Night staff took Callum back to A&E at 19:45 as he kept being sick; home 00:30.",
            "19:45",
        ),
    )
    f.occ(
        "2024-12-04",
        "ehcp-interim-review",
        R(
            "send",
            "Early (interim) review of EHCP re 52-week residential placement; recommendation to "
            "joint funding panel 12/12.",
            "",
            "Interim review",
        ),
        R(
            "sch",
            "Interim review of Callum's EHCP held here - move to 52 weeks at Heron House from "
            "January proposed.",
            "",
        ),
        R("dct", "Early review of the EHC plan at Brackenlea, SW attended.", "", "Meeting"),
    )
    f.occ(
        "2024-12-11",
        "cla-review-2",
        R(
            "dct",
            "CLA review 2: Callum settled in interim arrangements. Plan for 52-week placement "
            "at Brackenlea from January subject to panel. Father visits weekly.",
            "13:00",
            "CLA review",
        ),
        R("sch", "Second LAC review - school report given.", ""),
        R(
            "camhs",
            "CLA review attended: risperidone and PBS plan continue.",
            "",
            "Meeting",
            shift="-2",
        ),
    )
    f.occ(
        "2024-12-12",
        "funding-panel",
        R(
            "send",
            "Joint funding panel (education, social care, ICB): 52-week placement at Brackenlea "
            "agreed from 06/01/25.",
            "",
            "Panel",
        ),
        R("dct", "Resource panel: 52-week Brackenlea placement approved.", "", "Panel"),
    )

    # ---- The 52-week placement, the Court of Protection query, transition --------------------
    f.occ(
        "2025-01-06",
        "move-52-week",
        R(
            "sch",
            "Callum moved into Heron House on a 52-week basis today (LA placement, s20).",
            "",
        ),
        R(
            "dct",
            "Placement move: Birchwood House to Brackenlea School (Heron House), 52-week "
            "residential, on 06/01/25.",
            "",
            "Placement change",
            shift="late",
        ),
        R(
            "sb",
            "Callum's interim placement here ended; moved to Brackenlea 52-week.",
            shift="month",
        ),
    )
    f.occ(
        "2025-01-22",
        "ld-health-check",
        R(
            "gp",
            "Annual LD health check (with Heron House KW). Wt 71kg (+4kg), BP 118/72. Bloods: "
            "prolactin mildly raised. Hearing/vision up to date. Health action plan updated.",
            "10:10",
            "LD health check",
        ),
    )
    f.occ(
        "2025-02-10",
        "cop-query",
        R(
            "dct",
            "Email to Legal: are Callum's arrangements at Heron House (continuous supervision, "
            "locked outer doors, not free to leave) a deprivation of liberty needing "
            "authorisation? He is 16 - Court of Protection or inherent jurisdiction? Father "
            "agrees but s20 consent cannot authorise this at 16+.",
            "15:20",
            "Legal",
        ),
        R(
            "legal",
            "Instruction received from DCT (S Rahman-Birch): DoL query for 16-year-old in a "
            "residential special school. Advice requested.",
            "",
            "Instruction",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-19",
        "legal-advice",
        R(
            "legal",
            "Advice sent: arrangements are likely a deprivation of liberty; obtain a capacity "
            "assessment (residence, care); if he lacks capacity, apply to the Court of "
            "Protection for a welfare order.",
            "",
            "Advice",
        ),
        R(
            "dct",
            "Legal advice received: likely DoL; capacity assessment needed before a Court of "
            "Protection application.",
            "",
            "Legal",
        ),
    )
    f.occ(
        "2025-03-05",
        "legal-planning-meeting",
        R(
            "legal",
            "Legal planning meeting (Teams): DCT TM, SW, solicitor. MCA assessment by LD CAMHS "
            "psychiatrist; prepare COP application.",
            "",
            "Meeting",
        ),
        R(
            "dct",
            "Legal planning meeting re Court of Protection - actions: capacity assessment, "
            "COP3, care plan for the court.",
            "",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-03-12",
        "capacity-assessment",
        R(
            "camhs",
            "Mental capacity assessment at Heron House (residence and care arrangements): "
            "Callum unable to understand or weigh the information; lacks capacity for these "
            "decisions. COP3 completed.",
            "",
            "MCA",
        ),
    )
    f.occ(
        "2025-03-26",
        "care-act-joint-visit",
        R(
            "dct",
            "Joint visit with ASC Transitions worker Gail Summerbee to Heron House: Care Act "
            "transition assessment (s58) started with Callum and Martin.",
            "14:00",
            "Visit",
        ),
        R(
            "asc",
            "Joint visit with Callum's SW: Care Act transition assessment begun - communication "
            "passport used; Martin's views on adult placement recorded.",
            "14:00",
            "Assessment",
        ),
    )
    f.occ(
        "2025-04-16",
        "cop-application",
        R(
            "legal",
            "Application issued in the Court of Protection (COP1, COP3, DoL annex) for a welfare "
            "order authorising the deprivation of liberty at Heron House.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-04-19",
        "home-visit-ends-early",
        R(
            "sch",
            "Callum's overnight at dad's ended early: head banging at 8pm, dad rang us, staff "
            "collected him 21:15. Small bruise forehead, body map done.",
            "21:15",
        ),
    )
    f.occ(
        "2025-05-14",
        "cop-hearing",
        R(
            "legal",
            "COP directions hearing (remote): Official Solicitor invited to act for Callum; "
            "interim order authorising the DoL until final hearing; father joined as party.",
            "",
            "Hearing",
        ),
        R(
            "dct",
            "Court of Protection hearing today - interim authorisation of Callum's deprivation "
            "of liberty at Heron House.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-05-21",
        "care-act-assessment-complete",
        R(
            "asc",
            "Care Act transition assessment completed: eligible needs (s13) in 8 outcomes; "
            "indicative personal budget; adult provision from 18 to be planned.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2025-05-28",
        "eligibility-letter",
        R(
            "asc",
            "Eligibility determination letter sent to Martin, with an easy-read copy for Callum.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2025-06-11",
        "cla-review-3",
        R(
            "dct",
            "CLA review 3: Callum settled at Heron House, SIB much reduced. COP order in place. "
            "Transition to adult services planned.",
            "13:00",
            "CLA review",
        ),
        R("sch", "LAC review - Callum came in for 5 mins and signed 'happy'.", ""),
        R("asc", "Attended Callum's looked-after review re transition.", "", "Meeting"),
    )
    f.occ(
        "2025-07-02",
        "pfa-transition-panel",
        R(
            "asc",
            "Preparing for Adulthood transition panel: Callum's case presented; options at 18 - "
            "extended residential college or supported living.",
            "",
            "Panel",
        ),
        R("dct", "PfA transition panel - case presented with ASC.", "", "Panel"),
        R("send", "PfA panel: post-19 education options to be explored.", "", "Panel"),
    )

    # ---- Routine single entries --------------------------------------------------------------
    f.fill(
        "gp",
        "2024-10-01",
        "2025-07-25",
        [
            ("Consultation", "Callum: weight and BP check on risperidone. Wt up 1kg. Continue."),
            ("Consultation", "Callum: ear wax R ear, olive oil drops."),
        ],
    )
    f.fill(
        "camhs",
        "2024-07-04",
        "2025-07-25",
        [
            ("Telephone", "PBS call with Heron House: incident data reviewed, fewer incidents."),
            ("Review", "Sleep diary reviewed: 6-7 hrs most nights."),
        ],
    )
    f.fill(
        "sch",
        "2024-09-05",
        "2024-12-18",
        [("", "Heron House: settled evening, swimming club, ate well.")],
    )
    f.fill(
        "sch",
        "2025-01-07",
        "2025-07-18",
        [
            ("", "Weekly phone call with dad went well; Callum said 'Dad'."),
            ("", "Functional skills: Callum achieved Entry Level 1 maths."),
        ],
    )
    f.fill(
        "sb",
        "2024-06-01",
        "2024-08-08",
        [
            ("", "Short break overnight stay: settled, bowling trip, slept well."),
            ("", "Short break stay: bit his hand once at bedtime, redirected."),
        ],
        weekdays=False,
    )
    f.fill(
        "dct",
        "2024-09-05",
        "2025-07-25",
        [
            (
                "Statutory visit",
                "CLA statutory visit at Heron House: Callum seen alone with Makaton support; "
                "room personalised.",
            ),
            ("Supervision", "Case supervision: placement stable, COP timetable tracked."),
        ],
    )
    f.fill(
        "send",
        "2024-06-03",
        "2024-09-20",
        [("Letter", "Annual review invitation and request for advice sent to school.")],
    )
    f.fill(
        "asc",
        "2024-10-14",
        "2025-03-20",
        [("Tracker", "Added to transitions tracker (17 in March 2025).")],
    )
    f.fill(
        "legal",
        "2025-05-19",
        "2025-07-25",
        [("File review", "File review: awaiting Official Solicitor's report.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Harfield family, Kestlebury. Tia-Rose Harfield (b. 21/05/2011) lives with her
# mother Gemma Harfield (b. 1987) and her mother's partner Darren Spelman (b. 1982) at 31 Lyndon
# Road, Kestlebury QK6 3DS; maternal grandmother Pauline Harfield at 12 Orchard Rise; Year 9 at
# Oakhanger Academy; registered at Cobbold Lane Surgery. A police call-out in June; in
# September she tells her form tutor that Darren hurt her and comes into her room at night: a
# section 47 enquiry with joint visits, an ABE interview, a child protection medical at
# Willowbank SARC, strategy discussions by phone and by Teams, ICPC, RCPCs and core groups, a
# Clare's Law disclosure, Darren's arrest, bail, charge, a bail breach with his brother Craig,
# remand, a Crown Court trial adjourned twice, conviction and sentence.
# --------------------------------------------------------------------------------------------


def _harfield() -> BlindCase:
    f = Family(
        "harfield",
        2203,
        {
            "pol": Sheet(
                POLICE,
                "Wrexmoor_Police_Harfield_extract.xlsx",
                "Niche extract",
                (("2024-01-01", "PC 1904 D HALLAM"), ("2024-09-17", "DC 5521 N FERRIER (OIC)")),
            ),
            "csc": Sheet(
                CSC,
                "Kestlebury_CSC_Harfield_TR.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH"),
                    ("2024-09-17", "Chloe Adebayo-Ross (SW)"),
                ),
            ),
            "sch": Sheet(
                SCHOOL,
                "Oakhanger_Academy_CPOMS_Harfield.xlsx",
                "CPOMS",
                (("2024-01-01", "Mr G Pennock (DSL)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "Kestlebury_SchoolHealth_Harfield.xlsx",
                "School nursing",
                (("2024-01-01", "Fay Whitcombe SN"),),
            ),
            "sarc": Sheet(
                SARC,
                "Willowbank_SARC_Paediatric_Harfield.xlsx",
                "Paediatric",
                (("2024-01-01", "Dr M Adeyemi-Frost, paediatrician"),),
            ),
            "gp": Sheet(
                GP,
                "Cobbold_Lane_Surgery_Harfield_TR.xlsx",
                "Consultations",
                (("2024-01-01", "Dr H Lindqvist"),),
            ),
            "cou": Sheet(
                COUNSELLING,
                "Harbour_Lights_Counselling_TR.xlsx",
                "Sessions",
                (("2024-09-01", "Amara Pike, counsellor"),),
                typed=False,
            ),
            "wcu": Sheet(
                WITNESS_CARE,
                "Wrexmoor_WitnessCare_Harfield.xlsx",
                "Case diary",
                (("2024-10-01", "J Tennant, Witness Care Officer"),),
            ),
            "das": Sheet(
                DA_SERVICE,
                "KDAS_IDVA_Gemma_Harfield.xlsx",
                "Case notes",
                (("2024-09-01", "Rhiannon Keel IDVA"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Kestlebury_PDU_Spelman.xlsx",
                "Contacts",
                (("2024-01-01", "Colin Marchetti, Probation Officer"),),
            ),
        },
    )

    # ---- A call-out in June ----------------------------------------------------------------
    f.occ(
        "2024-06-15",
        "da-incident-june",
        R(
            "pol",
            "LOG 0098 15/06/24 01:20. 999 FROM NEIGHBOUR (33 LYNDON ROAD) - SHOUTING AND "
            "BANGING AT NO 31. UNITS ATT 01:34. GEMMA HARFIELD AND DARREN SPELMAN - VERBAL "
            "ARGUMENT, NO INJURIES, BOTH DECLINE TO ENGAGE. CHILD TIA-ROSE (13) IN BEDROOM, "
            "SEEN. DASH STANDARD (4). PPN SUBMITTED.",
            "01:20",
            "Domestic incident",
            ref="LOG WX-240615-0098",
        ),
    )
    f.occ(
        "2024-06-17",
        "ppn-received",
        R(
            "csc",
            "Police DA notification (PPN) received re verbal argument at the home on 15/06 "
            "between mother and her partner; Tia-Rose in the house.",
            "09:30",
            "Contact",
        ),
    )
    f.occ(
        "2024-06-18",
        "mash-decision-june",
        R(
            "csc",
            "MASH screening: standard risk, first notification. No further action for CSC. "
            "Notify school DSL; signpost mother to KDAS.",
            "10:40",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-06-18",
        "mash-notify-school",
        R(
            "csc",
            "Notification sent to Oakhanger Academy DSL re police attendance at the home on "
            "15/06 (DA, standard).",
            "11:15",
            "Notification",
        ),
        R(
            "sch",
            "Notification from MASH: police went to T-R's home on Saturday night (argument "
            "between mum and her partner). Form tutor asked to keep an eye.",
            "11:40",
            "Domestic abuse",
        ),
    )
    f.occ(
        "2024-07-10",
        "gp-headaches",
        R(
            "gp",
            "Tia-Rose (with mum). S: headaches most days, poor sleep, 'stressed'. O: BP normal, "
            "fundi NAD, neuro NAD. A: tension-type headache. P: sleep hygiene, fluids, "
            "paracetamol PRN, review if persists.",
            "16:20",
            "Consultation",
        ),
    )

    # ---- The disclosure and the first day of the enquiry -----------------------------------
    f.occ(
        "2024-09-17",
        "disclosure",
        R(
            "sch",
            "Form time. T-R stayed behind and told me Darren grabbed her by the neck last night "
            "and pushed her into the door; bruising seen on her left upper arm. She also said "
            "he comes into her room at night when mum is on nights and touches her and she "
            "doesn't like it. I did not ask questions. Passed to DSL at 9.20. (Mr Aldous, form "
            "tutor)",
            "09:20",
            "Disclosure",
        ),
    )
    f.occ(
        "2024-09-17",
        "dsl-referral-call",
        R(
            "sch",
            "Telephoned CSC front door 10:05 and referred (disclosure of physical and sexual "
            "abuse by mum's partner). Told not to inform mum yet. T-R kept in the pastoral "
            "base.",
            "10:05",
            "Referral",
        ),
        R(
            "csc",
            "Contact from Oakhanger Academy DSL: Tia-Rose (13) disclosed to her form tutor that "
            "mother's partner Darren Spelman assaulted her last night (grabbed neck, bruised "
            "arm) and touches her at night. Passed to MASH as urgent.",
            "10:08",
            "Contact",
        ),
    )
    f.occ(
        "2024-09-17",
        "mash-decision-september",
        R(
            "csc",
            "MASH decision: significant harm threshold met; strategy discussion today; likely "
            "s47 (joint with police).",
            "11:30",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-09-17",
        "strategy-discussion-phone",
        R(
            "csc",
            "Strategy discussion (telephone): TM, SW, DS Bartrum, school DSL, school nurse for "
            "health. Decision: joint s47 enquiry; police to investigate ABH and sexual assault; "
            "ABE interview; CP medical at Willowbank SARC; T-R not to return home tonight while "
            "suspect at the address.",
            "13:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC (PHONE) 13:00 CSC/POLICE/EDUCATION/HEALTH. JOINT INVESTIGATION AGREED. "
            "OIC DC 5521 FERRIER. ABE AND SARC MEDICAL TO BE ARRANGED. SUSPECT TO BE ARRESTED.",
            "13:00",
            "Strategy discussion",
        ),
        R(
            "sch",
            "I took part in a phone strategy discussion at 1pm. School to keep T-R in pastoral "
            "until police and SW arrive.",
            "13:00",
            "Meeting",
        ),
        R(
            "sn",
            "Strategy discussion - telephone. SN gave health information as health rep: no "
            "health concerns known, immunisations up to date.",
            "",
            "Strategy discussion",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-17",
        "joint-visit-school",
        R(
            "pol",
            "JOINT VISIT WITH SW TO OAKHANGER ACADEMY 15:00. INITIAL ACCOUNT FROM TIA-ROSE "
            "(NOT ABE). BRUISING L UPPER ARM PHOTOGRAPHED. STATES SUSPECT AT HOME ADDRESS.",
            "15:00",
            "Visit",
        ),
        R(
            "csc",
            "S47 - I visited Tia-Rose at school jointly with DC Ferrier. She repeated what she "
            "told her tutor in her own words and said she is frightened of Darren. Seen alone "
            "with DSL present.",
            "15:00",
            "S47 visit",
        ),
        R(
            "sch",
            "DC Ferrier and SW Chloe saw T-R in the library at 3pm with me there.",
            "15:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-17",
        "joint-visit-home",
        R(
            "pol",
            "JOINT HOME VISIT 17:30 31 LYNDON ROAD WITH SW. GEMMA HARFIELD SPOKEN TO, "
            "ALLEGATIONS OUTLINED. SUSPECT NOT PRESENT (AT WORK).",
            "17:30",
            "Visit",
        ),
        R(
            "csc",
            "Joint home visit with police. Mum shocked, cried, said she had no idea; agreed T-R "
            "stays at her grandmother's tonight and Darren will not be in the house.",
            "17:30",
            "S47 visit",
        ),
    )
    f.occ(
        "2024-09-17",
        "stay-with-grandmother",
        R(
            "csc",
            "Safety plan: Tia-Rose to stay with maternal grandmother Pauline Harfield at 12 "
            "Orchard Rise until Darren's bail position is known. Grandmother checked (no "
            "records).",
            "18:45",
            "Safety plan",
        ),
    )
    f.occ(
        "2024-09-17",
        "arrest-darren",
        R(
            "pol",
            "ARREST 19:40: DARREN SPELMAN AT WORKPLACE (KESTLEBURY TYRES) ON SUSPICION OF ABH "
            "AND SEXUAL ASSAULT OF A CHILD UNDER 16. CUSTODY KB/24/3381.",
            "19:40",
            "Arrest",
        ),
        R(
            "csc",
            "Darren Spelman arrested this evening at his workplace on suspicion of ABH and "
            "sexual assault of Tia-Rose (DC Ferrier).",
            "20:15",
            "Arrest",
        ),
    )

    # ---- ABE, medical, bail, the Teams strategy meeting ------------------------------------
    f.occ(
        "2024-09-18",
        "abe-interview",
        R(
            "pol",
            "ABE INTERVIEW (VRI) TIA-ROSE HARFIELD 10:00-11:25 AT KESTLEBURY VICTIM SUITE. "
            "INTERVIEWER DC 5521. FULL ACCOUNT GIVEN.",
            "10:00",
            "ABE",
        ),
        R(
            "csc",
            "ABE: Tia-Rose video interviewed by DC Ferrier; I monitored from the viewing room. "
            "She managed well and asked for breaks twice.",
            "10:00",
            "ABE",
        ),
    )
    f.occ(
        "2024-09-18",
        "sarc-medical",
        R(
            "sarc",
            "Contact type: Child protection medical (paediatric), Willowbank SARC. Present: "
            "T-R, mother, SW. Findings: 3 fingertip-pattern bruises L upper arm consistent with "
            "gripping; faint linear mark L side of neck. Ano-genital examination declined by T-R "
            "- respected. Outcome: report to police/CSC; sexual health and emotional support "
            "follow-up.",
            "14:00",
            "CP medical",
        ),
        R(
            "pol",
            "CP MEDICAL AT WILLOWBANK SARC 14:00. INJURIES CONSISTENT WITH ACCOUNT. STATEMENT "
            "FROM PAEDIATRICIAN TO FOLLOW.",
            "14:00",
            "Medical",
        ),
        R(
            "csc",
            "Went with T-R and mum to the child protection medical at the SARC. Bruising "
            "consistent with gripping; T-R chose not to have the intimate examination.",
            "",
            "CP medical",
        ),
    )
    f.occ(
        "2024-09-18",
        "pre-charge-bail",
        R(
            "pol",
            "DARREN SPELMAN RELEASED 20:15 ON PRE-CHARGE BAIL TO 16/10/24. CONDITIONS: NO "
            "CONTACT WITH TIA-ROSE OR GEMMA HARFIELD, NOT TO ENTER LYNDON ROAD, RESIDE 4 "
            "FIELDFARE COURT.",
            "20:15",
            "Bail",
        ),
        R(
            "csc",
            "Darren released on police bail last night: no contact with T-R or Gemma, not to "
            "go to Lyndon Road, living at 4 Fieldfare Court.",
            "",
            "Bail",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-20",
        "strategy-meeting-teams",
        R(
            "csc",
            "Strategy meeting (MS Teams) to review the s47: ABE and medical complete, suspect on "
            "bail, T-R home with mother since 19/09. Outcome: s47 substantiated - ICPC to be "
            "convened within 15 working days.",
            "11:00",
            "Strategy meeting",
        ),
        R(
            "pol",
            "STRATEGY MEETING (TEAMS) 11:00 - INVESTIGATION UPDATE GIVEN. FILE TO CPS FOR "
            "EARLY ADVICE.",
            "11:00",
            "Strategy discussion",
        ),
        R("sch", "Teams strat meeting 11am - ICPC to be called.", "11:00", "Meeting"),
        R(
            "sarc",
            "Strategy meeting via MS Teams: paediatric findings shared verbally; written "
            "report sent.",
            "11:00",
            "Multi-agency",
        ),
        R(
            "sn",
            "Strat meeting via Teams - school nurse to see T-R next week and offer counselling "
            "referral.",
            "11:00",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2024-09-23",
        "sn-drop-in",
        R(
            "sn",
            "Contact type: Drop-in (school). Seen: T-R. Sleeping badly, not eating breakfast. "
            "Outcome: agreed referral to counselling; weekly check-in.",
            "12:30",
            "Drop-in",
        ),
    )
    f.occ(
        "2024-09-23",
        "counselling-referral",
        R(
            "sn",
            "Contact type: Referral. Referred T-R to Harbour Lights Counselling (consent from "
            "T-R and mum).",
            "15:00",
            "Referral",
        ),
        R(
            "cou",
            "Referral from school nurse (F Whitcombe) for T-R, 13: abuse by mum's partner, "
            "criminal case ongoing - pre-trial therapy guidance applies.",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-26",
        "idva-initial",
        R(
            "das",
            "Initial appointment with Gemma: DASH 14 (high, given the allegations and "
            "strangulation history she now discloses). Safety plan; MARAC referral considered - "
            "standard route via CP plan instead.",
            "10:00",
            "Face to face",
        ),
    )
    f.occ(
        "2024-10-02",
        "counselling-assessment",
        R(
            "cou",
            "Assessment session. T-R quiet, YP-CORE 24. Agreed weekly sessions at school; "
            "boundaries around the evidence explained (no discussion of what happened).",
        ),
    )
    f.occ(
        "2024-10-08",
        "icpc",
        R(
            "csc",
            "Initial child protection conference (chair Sunita Gale). Tia-Rose made subject of "
            "a CP plan under the categories of sexual abuse and physical abuse. Core group "
            "17/10.",
            "13:30",
            "ICPC",
        ),
        R(
            "pol",
            "ICPC - DC FERRIER ATTENDED. CP PLAN (SEXUAL/PHYSICAL). SUSPECT ON BAIL, CPS ADVICE "
            "AWAITED.",
            "",
            "Conference",
        ),
        R(
            "sch",
            "ICPC: T-R on a CP plan. School report presented by me.",
            "",
            "Meeting",
            shift="swap",
        ),
        R(
            "sn",
            "Contact type: ICPC. Outcome: CP plan; SN to provide weekly support and monitor "
            "health.",
            "",
            "Meeting",
        ),
        R(
            "das",
            "Attended ICPC with Gemma. Plan: IDVA support continues; Clare's Law to be considered.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-14",
        "dvds-decision-meeting",
        R(
            "pol",
            "DVDS (CLARE'S LAW) RIGHT TO KNOW - MULTI-AGENCY DECISION MEETING: DISCLOSURE OF "
            "SPELMAN'S PREVIOUS DA CONVICTIONS TO GEMMA HARFIELD APPROVED.",
            "",
            "DVDS",
        ),
        R(
            "csc",
            "Attended the Domestic Violence Disclosure Scheme decision meeting: disclosure to "
            "mother agreed.",
            "",
            "Meeting",
        ),
        R(
            "prob",
            "DVDS panel: probation history shared - Spelman supervised 2017-19 (ABH on a former "
            "partner, licence recall 2018).",
            "",
            "Information sharing",
        ),
    )
    f.occ(
        "2024-10-16",
        "clares-law-disclosure",
        R(
            "pol",
            "DVDS DISCLOSURE DELIVERED IN PERSON TO GEMMA HARFIELD AT KDAS OFFICES 14:00, IDVA "
            "PRESENT. SIGNED UNDERTAKING OF CONFIDENTIALITY.",
            "14:00",
            "DVDS",
        ),
        R(
            "das",
            "Clare's Law disclosure meeting with Gemma and police, 2pm. Gemma shocked - she "
            "did not know about his previous partner. Safety plan updated.",
            "14:00",
            "Clare's Law",
        ),
    )
    f.occ(
        "2024-10-17",
        "core-group-1",
        R(
            "csc",
            "Core group 1: plan agreed - weekly SW visits, counselling, school nurse check-ins, "
            "mother to work with IDVA.",
            "15:30",
            "Core group",
        ),
        R("sch", "Core group at school after lessons.", "15:30", "Meeting"),
        R("sn", "Contact type: Core group. Outcome: plan agreed.", "", "Meeting"),
        R(
            "das",
            "Core group - Gemma engaged, asked about the court timetable.",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-10-22",
        "charge-darren",
        R(
            "pol",
            "CPS AUTHORITY: DARREN SPELMAN CHARGED - ABH (S47 OAPA) AND SEXUAL ASSAULT OF A "
            "CHILD UNDER 16 (S9 SOA 2003 X2). BAILED TO KESTLEBURY MC 05/11, CONDITIONS AS "
            "BEFORE.",
            "16:00",
            "Charge",
        ),
        R(
            "csc",
            "Darren charged today with ABH and sexual offences against T-R; bailed to court "
            "05/11 with the same conditions.",
            "",
            "Charge",
        ),
    )
    f.occ(
        "2024-10-23",
        "wcu-needs-assessment",
        R(
            "wcu",
            "Case received post-charge. Needs assessment call with Gemma (parent of victim, "
            "13): special measures - live link and screens to be applied for; pre-trial "
            "therapy noted.",
            "10:30",
            "Needs assessment",
        ),
    )
    f.occ(
        "2024-10-30",
        "idva-call-no-answer",
        R("das", "Tried Gemma - no answer, voicemail left.", "10:00", "Telephone"),
    )
    f.occ(
        "2024-10-30",
        "idva-call-spoke",
        R(
            "das",
            "Spoke to Gemma: his family are messaging her on Facebook to 'sort it out'. Advised "
            "to screenshot and report to OIC.",
            "15:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-05",
        "magistrates-first",
        R(
            "pol",
            "RESULT KESTLEBURY MC 05/11/24: NO PLEA, SENT TO KESTLEBURY CROWN COURT, PTPH "
            "03/12/24. CONDITIONAL BAIL CONTINUED.",
            "",
            "Court result",
        ),
        R(
            "wcu",
            "First hearing (Magistrates): sent to Crown Court, PTPH 03/12/24. Bail conditions "
            "unchanged. Gemma updated by phone.",
            "",
            "Hearing",
        ),
        R(
            "csc",
            "Darren appeared at Kestlebury Magistrates and was sent to the Crown Court.",
            "",
            "Court",
            shift="month",
        ),
    )
    f.occ(
        "2024-11-28",
        "core-group-2",
        R(
            "csc",
            "Core group 2: T-R attending counselling, attendance 94%. Mother protective.",
            "15:30",
            "Core group",
        ),
        R("sch", "Core group 2 - attended.", "15:30", "Meeting"),
    )
    f.occ(
        "2024-12-03",
        "ptph",
        R(
            "pol",
            "KESTLEBURY CC PTPH 03/12/24: NOT GUILTY ALL COUNTS. TRIAL FIXED 10/03/25 (3 "
            "DAYS, FLOATER). BAIL CONTINUED.",
            "",
            "Court result",
        ),
        R(
            "wcu",
            "PTPH: NG pleas. Trial listed w/c 10/03/25 as a floater. Live link granted.",
            "",
            "Hearing",
        ),
        R(
            "csc",
            "Plea and trial preparation hearing at the Crown Court: not guilty pleas, trial in "
            "March.",
            "",
            "Court",
        ),
    )

    # ---- The bail breach ---------------------------------------------------------------------
    f.occ(
        "2024-12-14",
        "bail-breach-incident",
        R(
            "pol",
            "LOG 0041 14/12/24 00:50. 999 FROM GEMMA HARFIELD, 31 LYNDON ROAD: DARREN SPELMAN "
            "(BAIL - NOT TO ATTEND) AT FRONT DOOR SHOUTING, SECOND MALE SMASHING CAR "
            "WINDSCREEN. UNITS ATT 00:58. BOTH MALES DETAINED IN NEXT STREET. CHILD SAFE "
            "INSIDE.",
            "00:50",
            "Domestic incident",
            ref="LOG WX-241214-0041",
        ),
    )
    f.occ(
        "2024-12-14",
        "arrest-darren-breach",
        R(
            "pol",
            "ARREST 01:10 DARREN SPELMAN - BREACH OF BAIL CONDITIONS, INTIMIDATION OF A "
            "WITNESS. CUSTODY KB/24/4790.",
            "01:10",
            "Arrest",
        ),
    )
    f.occ(
        "2024-12-14",
        "arrest-craig",
        R(
            "pol",
            "ARREST 01:15 CRAIG SPELMAN (B. 1985) - CRIMINAL DAMAGE TO VEHICLE (VW POLO) AT "
            "LYNDON ROAD. CUSTODY KB/24/4791.",
            "01:15",
            "Arrest",
        ),
    )
    f.occ(
        "2024-12-14",
        "idva-call-gemma",
        R(
            "das",
            "Gemma rang 9.30: Darren came to the house at 1am with his brother, who smashed "
            "her windscreen. Both arrested. T-R heard it all.",
            "09:30",
            "Telephone",
        ),
    )
    f.occ(
        "2024-12-14",
        "edt-notification",
        R(
            "csc",
            "EDT: police notification received - Darren at Lyndon Road overnight in breach of "
            "bail with his brother; both arrested. T-R safe with mother.",
            "10:30",
            "EDT",
        ),
    )
    f.occ(
        "2024-12-14",
        "charge-craig",
        R(
            "pol",
            "CRAIG SPELMAN CHARGED CRIMINAL DAMAGE. BAILED TO KESTLEBURY MC 06/01/25.",
            "16:00",
            "Charge",
        ),
    )
    f.occ(
        "2024-12-16",
        "remand-hearing",
        R(
            "pol",
            "KESTLEBURY CC 16/12/24: SPELMAN BAIL REVOKED - REMANDED IN CUSTODY TO TRIAL.",
            "",
            "Court result",
        ),
        R(
            "wcu",
            "Crown Court: defendant remanded in custody after bail breach. Trial date "
            "unaffected. Gemma told by phone.",
            "",
            "Hearing",
        ),
        R(
            "csc",
            "Darren remanded in custody at the Crown Court today until the trial.",
            "",
            "Court",
        ),
    )

    # ---- 2025: review conference, the trial listings -----------------------------------------
    f.occ(
        "2025-01-14",
        "rcpc-1",
        R(
            "csc",
            "Review child protection conference: CP plan continues (trial pending, T-R's "
            "emotional wellbeing). Good progress.",
            "13:30",
            "RCPC",
        ),
        R("sch", "RCPC - T-R remains on a CP plan.", "", "Meeting"),
        R(
            "sn",
            "Contact type: RCPC. Outcome: plan continues.",
            "",
            "Meeting",
            shift="+2",
        ),
        R("das", "RCPC with Gemma - plan continues until after the trial.", "", "Meeting"),
    )
    f.occ(
        "2025-02-20",
        "counselling-notes-request",
        R(
            "cou",
            "Request from CPS (via OIC) for T-R's counselling records (third-party "
            "disclosure). Sent to our DPO; T-R and mum told.",
        ),
    )
    f.occ(
        "2025-02-25",
        "core-group-3",
        R("csc", "Core group 3: preparing T-R for trial.", "15:30", "Core group"),
        R("sch", "Core group 3 - court familiarisation visit arranged by WCU.", "", "Meeting"),
    )
    f.occ(
        "2025-03-03",
        "mention-hearing",
        R(
            "pol",
            "KESTLEBURY CC MENTION 03/03/25: TRIAL REMAINS LISTED 10/03 (FLOATER). LIMITED "
            "THIRD-PARTY DISCLOSURE ORDERED.",
            "",
            "Court result",
        ),
        R(
            "wcu",
            "Mention hearing: trial stays in the list for 10/03. Gemma told.",
            "",
            "Hearing",
        ),
    )
    f.occ(
        "2025-03-10",
        "trial-not-reached",
        R(
            "wcu",
            "Trial (floater) not reached - no court available. Adjourned to 12/05/25. T-R and "
            "Gemma at court all day, told at 3pm.",
            "",
            "Hearing",
        ),
        R(
            "pol",
            "TRIAL NOT REACHED (FLOATER). RELISTED 12/05/25. CUSTODY TIME LIMITS EXTENDED.",
            "",
            "Court result",
        ),
        R(
            "sch",
            "T-R absent - at Crown Court as a witness; the trial did not go ahead. Very upset "
            "when she came in on Tuesday.",
            "",
            "Attendance",
        ),
    )
    f.occ(
        "2025-05-12",
        "trial-adjourned",
        R(
            "wcu",
            "Trial adjourned on day 1 - defence counsel ill. Relisted for 16/06/25 (fixed). "
            "Gemma very angry.",
            "",
            "Hearing",
        ),
        R(
            "pol",
            "TRIAL ADJOURNED DAY 1 (DEFENCE COUNSEL ILL). FIXED 16/06/25.",
            "",
            "Court result",
        ),
        R(
            "csc",
            "Crown Court trial adjourned again (defence barrister ill); new date 16/06.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-05-20",
        "core-group-4",
        R("csc", "Core group 4: plan to support T-R through the June trial.", "", "Core group"),
        R("sch", "Core group 4 - exam arrangements for June agreed.", "", "Meeting"),
    )
    f.occ(
        "2025-06-16",
        "trial-day-1",
        R("wcu", "Trial day 1: jury sworn, prosecution opening. T-R not needed.", "", "Hearing"),
        R("pol", "TRIAL DAY 1 - JURY SWORN, CROWN OPENED.", "", "Court"),
    )
    f.occ(
        "2025-06-17",
        "trial-day-2",
        R(
            "wcu",
            "Trial day 2: T-R gave evidence by live link, ABE played as evidence in chief; "
            "cross-examined 50 mins. Supported by WCU and Gemma.",
            "",
            "Hearing",
        ),
        R(
            "pol",
            "TRIAL DAY 2 - VICTIM EVIDENCE VIA LIVE LINK. ABE PLAYED.",
            "",
            "Court",
        ),
        R(
            "sch",
            "T-R out today giving evidence at Crown Court (authorised absence).",
            "",
            "Attendance",
        ),
    )
    f.occ(
        "2025-06-19",
        "verdict",
        R(
            "pol",
            "VERDICT KESTLEBURY CC 19/06/25: SPELMAN GUILTY ALL COUNTS (ABH, S9 X2). REMANDED, "
            "SENTENCE 25/07 AFTER PSR.",
            "",
            "Court result",
        ),
        R(
            "wcu",
            "Verdict: guilty on all counts. Sentence adjourned for PSR to 25/07. Gemma and T-R "
            "told at court.",
            "",
            "Hearing",
        ),
        R(
            "das",
            "Verdict yesterday - Darren found guilty on all counts. Gemma relieved, exhausted.",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-25",
        "psr-interview",
        R(
            "prob",
            "PSR interview with Darren Spelman at HMP Kestlebury (remand). Denies the "
            "offences. OASys: high risk of serious harm to children and known adults.",
            "10:00",
            "PSR",
        ),
    )
    f.occ(
        "2025-07-08",
        "rcpc-2",
        R(
            "csc",
            "RCPC 2: CP plan ended - offender convicted and in custody, mother protective, T-R "
            "settled. Step down to CIN.",
            "13:30",
            "RCPC",
        ),
        R("sch", "RCPC - CP plan ended, T-R now CIN.", "", "Meeting"),
        R("das", "RCPC - plan ended. IDVA to close in 4 weeks.", "", "Meeting"),
    )
    f.occ(
        "2025-07-25",
        "sentence",
        R(
            "pol",
            "SENTENCE KESTLEBURY CC 25/07/25: 6 YRS 4 MTHS IMPRISONMENT. SHPO 10 YRS. "
            "RESTRAINING ORDER INDEFINITE (TIA-ROSE, GEMMA). SEX OFFENDER NOTIFICATION "
            "INDEFINITE.",
            "",
            "Court result",
        ),
        R(
            "wcu",
            "Sentence: 6 years 4 months, SHPO, indefinite restraining order. VPS read by "
            "Gemma. Case closed to WCU, referred to Victim Contact Scheme.",
            "",
            "Hearing",
        ),
        R(
            "prob",
            "Sentenced at Kestlebury CC: 6y4m custody, SHPO 10 yrs, RO indefinite. Victim "
            "Contact Scheme referral received.",
            "",
            "Sentence",
        ),
    )

    # ---- Routine single entries --------------------------------------------------------------
    f.fill(
        "sch",
        "2024-06-03",
        "2024-07-19",
        [("Achievement", "T-R: merit for her English essay on 'Holes'.")],
    )
    f.fill(
        "sch",
        "2024-09-24",
        "2025-07-18",
        [
            ("Attendance", "T-R late twice this week, says she is not sleeping."),
            ("Pastoral", "T-R popped into the DSL office at lunch for a check-in; calmer at home."),
        ],
    )
    f.fill(
        "sn",
        "2024-09-25",
        "2025-07-18",
        [
            ("Drop-in", "Contact type: Weekly check-in. Seen: T-R. Outcome: sleep a bit better."),
            ("Telephone", "Contact type: Telephone to mother. Outcome: CAMHS not needed yet."),
        ],
    )
    f.fill(
        "cou",
        "2024-10-03",
        "2025-07-18",
        [
            ("", "Session: grounding and sleep strategies."),
            ("", "Session: T-R talked about feeling blamed by Darren's family."),
            ("", "Session: pre-trial therapy boundaries re-explained; evidence not discussed."),
            ("", "DNA - T-R on a school trip. Rebooked."),
        ],
    )
    f.fill(
        "gp",
        "2024-08-01",
        "2025-07-25",
        [("Consultation", "T-R: acne. O: mild comedonal. P: topical adapalene.")],
    )
    f.fill(
        "das",
        "2024-10-01",
        "2025-07-25",
        [
            ("Telephone", "Check-in call with Gemma: no contact from Darren's family this week."),
            ("Group", "Gemma's place on the recovery group confirmed."),
        ],
    )
    f.fill(
        "csc",
        "2024-09-24",
        "2025-07-25",
        [
            ("Statutory visit", "CP visit: T-R seen alone in her room; says home feels safer."),
            ("Supervision", "Supervision: plan progressing; trial date tracked."),
        ],
    )
    f.fill(
        "wcu",
        "2024-12-17",
        "2025-06-13",
        [("Update", "Update call to Gemma: no change to the trial listing.")],
    )
    return f.case()


def blind_dedup_cases_22() -> list[BlindCase]:
    """The twenty-second blind set's families, in the order they were written."""
    return [_pellinger(), _bretherick(), _harfield()]


if __name__ == "__main__":
    summary(blind_dedup_cases_22)
