"""A thirty-first set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 120-129 chronology rows from ten to twelve services
(eleven or twelve sheets; one police force returns two sheets in one file, and one family's
return holds two local authorities' social care, two health visiting services and two schools)
over twelve to sixteen months, unlike each other and unlike the earlier blind sets' families: a
two-year-old who eats her parents' cannabis gummies (ambulance, an emergency department that
intubates her, paediatric intensive care, police on the unit, both parents arrested for
possession with intent to supply and child neglect, bail, a strategy discussion, a section 47
enquiry, both children placed with their maternal aunt under section 20, CLA reviews, a fostering
panel, charges, guilty pleas, sentence, a drug rehabilitation requirement and a special
guardianship application); a sixteen-year-old girl stalked and assaulted by her nineteen-year-old
ex-boyfriend (college safeguarding, MASH, a young people's IDVA, a Clare's Law right-to-ask
disclosure, an assault at a bus station, his arrest and charge, an interim and a full stalking
protection order, MARAC twice, a breach at her Saturday job, remand, guilty pleas, detention in a
young offender institution, a victim liaison officer and release on licence); a family of five
evicted after a section 21 notice and placed in a hotel in another borough (housing's prevention,
relief and interim duties, an out-of-area notice, health visitors in both boroughs handing over,
the baby's faltering weight and a ward admission, a child protection plan moved by a transfer-in
conference, school places lost and found through Fair Access, a missing nine-year-old trying to
get "home", a suitability review, a private rented sector offer and a step down to child in
need). Written blind: composed from the domain brief, the `Event` schema, the shared kit
(`dedup_case_kit.py`), the opening of the seventh blind set (its docstring and declarations, for
the format only; none of its families, wordings or places reused) and the end and labelling rules
of the fourteenth, without reading the duplicate rules, their settings, the linkage model, any
test, any result or any other labelled set, and without running the merge on these cases. Kept
apart from tuning: measure on them blind first.

The services write very differently: police logs in capitals with occurrence, custody, crime and
order references; a police DVDS sheet in the same file; long social care narrative (two
authorities, with MASH, EDT and IRO voices); health visiting "Contact type: ... Outcome: ..."
templates; GP "S: O: A: P:" notes and Docman lines; emergency department clinical shorthand
(BIBA, GCS, NAD, Cat 2) written as several rows per attendance; intensive care and ward nursing
notes; a day nursery's and schools' CPOMS-style logs with categories and actions; first-person
notes (a kinship social worker, a young people's IDVA, a hotel outreach worker from a charity);
a drug service's keywork log; probation's nDelius-style contacts (court duty, PSR, victim liaison);
a witness care unit's hearing results; a MARAC coordinator's case log; housing's H-CLIC case log
with duties by section number; minutes pasted under another service's preface a day or two late.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, referral or minute was logged by the receiving service on the next day (or two days later).

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
- Decision for this set: a 999 call and the ambulance crew's attendance it led to are one
  occurrence (one row); the crew's safeguarding referral and social care's receipt of it the
  next day are one other occurrence. An emergency department's calls made during an attendance
  (to the police control room, to the emergency duty team) are each their own occurrence, with
  both ends, not rows of the attendance.
- Decision for this set: police officers attending a ward, and the ward's nursing note that
  police are on the unit, are one occurrence (as a joint visit); the mother's arrest on the unit
  half an hour later, recorded by police and ward, is another (a life event). Two parents'
  releases on bail on one day are two occurrences, as are their two charges on one day; the
  officer's call to the social worker about the charges is a third (both ends).
- Decision for this set: a police notification (PPN) sent and received is one occurrence (both
  ends of a notification) when the police record the sending as its own row; when the police
  only mention "PPN submitted" inside the incident row, social care's receipt is a separate
  occurrence from the incident, as the rules say.
- Decision for this set: a child taken by the emergency duty team to a relative, recorded by
  social care and by the police who handed him over, is one occurrence (a placement start); a
  hospital discharge straight into the relative's care, recorded by the ward, social care and the
  kinship team (the next day), is one occurrence (discharge into placement). A hospital's liaison
  form to the health visitor, sent and received, is one occurrence, separate from the admission;
  a health visitor's or social worker's own note of an admission (same day, or next day "informed
  by HV") that names the same ward and purpose is a record of the admission.
- Decision for this set: a court hearing is one occurrence for everyone who records its result
  (police, probation, witness care, social care, the IDVA, the drug service that will deliver the
  order), including the order made at it (an interim or full stalking protection order, a
  remand, a sentence with its requirements); a probation entry giving only the month is still
  that hearing. Serving the order later, the police emailing a copy of it to the college, and the
  witness care unit's call to the family about the result are separate occurrences.
- Decision for this set: helping someone make an application and the receiving service's record
  of it are the two ends of one application: the IDVA on the phone while the mother submits the
  Clare's Law form and the DVDS unit's "application received"; a social worker helping the mother
  submit in-year school applications and Education Access's "applications received"; the
  outreach worker emailing a suitability review request and housing's receipt next day. A
  referral to MARAC sent and received, and a MARAC research request sent to the GP and logged
  there next day, are one occurrence each, apart from the MARAC meeting.
- Decision for this set: a Clare's Law disclosure made by the police with the IDVA present is one
  occurrence (joint); the DVDS decision forum attended by social care is a meeting (one
  occurrence); the DVDS officer's email to social care the next day is separate.
- Decision for this set: two rows on one sheet about one incident in different words (the
  college's security log and its DSL's log of the same following) record one occurrence, as an
  entry typed twice does; the DSL's call to MASH and call to the mother straight after are two
  further occurrences.
- Decision for this set: an eviction and placement in a hotel recorded by housing, social care,
  the health visitor (next day) and the school (next day, as a change of address) is one house
  move; housing's out-of-area (s208) notice that afternoon is separate. A possession order noted
  by housing and by social care the next day is one court order; a fostering panel's
  recommendation recorded by the kinship team and social care the next day is one meeting; a
  special guardianship application lodged, recorded by both, is one occurrence. Starting at a new
  school (school, social care, and Education Access confirming it the next day) is one
  occurrence; removal from the old school's roll the day after is another.
- Decision for this set: a report sent before a conference (housing's, the GP's) and the
  conference are separate; a nursery manager who joins a review by phone records the review.
- Look-alikes kept apart: a CLA review and the professionals' meeting after it; a transfer-in
  conference and the first core group straight after it; a strategy discussion and the GP's
  email for it; a strategy discussion and the IDVA's MARAC referral the same day; a MASH
  decision and the contact it screens, and the feedback call to the referrer; two parents'
  arrests, bail releases and charges on one day; an arrest and a charge; a breach incident and
  the arrest hours later; an assault and the ED attendance; ED attendances on consecutive days;
  a PICU admission and the step down to the ward; visits by the health visitor and the social
  worker on one day; a joint health visitor visit and the outreach worker's visit on one day; a
  DSL check-in and the IDVA's session at the college on one day; repeated call attempts on
  consecutive days; the IDVA's unanswered calls and the call back; two CAMHS appointments; a
  PSR interview with each parent on consecutive days; the witness care unit's hearing result and
  its call to the family; a police notification received and the same authority forwarding it;
  a transfer request and the team manager's decision on it; a missing episode, the notification
  received, the outreach worker hearing of it and the return home interview; a housing report
  and the conference; a possession order and the eviction.

Everything is invented: people, workers, schools, nurseries, colleges, surgeries, hospitals,
wards, hotels, towns, boroughs, police forces, addresses, postcodes and reference numbers.
Deterministic: one fixed seed per case (it only places the routine entries and picks their
times), no set or hash ordering.

    python sample_data/blind_dedup_cases_31.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
GP = "GP"
ED = "Emergency Department"
AMBULANCE = "Ambulance Service"
PICU = "Paediatric Intensive Care"
NURSERY = "Day Nursery"
SCHOOL = "School"
KINSHIP = "Kinship Care Team"
DRUGS = "Adult Drug and Alcohol Service"
PROBATION = "Probation Service"
COLLEGE = "College"
IDVA = "Young People's IDVA Service"
MARAC = "MARAC Coordinator"
CAMHS = "CAMHS"
WCU = "Witness Care Unit"
HOUSING = "Housing Options (Carrowby)"
CSC_C = "Children's Social Care (Carrowby)"
CSC_M = "Children's Social Care (Meddingham)"
HV_C = "Carrowby 0-19 Service"
HV_M = "Meddingham Health Visiting"
EDU_ACCESS = "Education Access (Meddingham)"
PAEDS = "Paediatrics (Meddingham General)"
CHARITY = "Open Door Families"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, COLLEGE)

# Each family's routine entries keep to this set's term-time agencies (a day nursery is open
# all year, so it is not one of them).
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Lovell family, Fennbury. Kiara Lovell (b. 11/03/2022) and her brother Tyler Lovell
# (b. 02/10/2017) live with their mother Shannon Lovell (b. 1998) and her partner, their father,
# Jordan Pyke (b. 1995) at 17 Quillet Row, Fennbury FB4 8TD; registered at Orchard Vale Surgery;
# Kiara at Puddleduck Corner Day Nursery, Tyler at Brackenridge Primary. Kiara (2) eats cannabis
# gummies at home: ambulance, Fennbury General ED, Osprey PICU at St Cuthwin's Children's
# Hospital (Marlbridge), police on the unit, both parents arrested (possession with intent to
# supply, child neglect), bail, a strategy discussion, a section 47 enquiry, both children
# placed with their maternal aunt Leanne Lovell (b. 1993) at 6 Hawkmoor Close, Fennbury FB2 3LW,
# CLA reviews, fostering panel, charges, guilty pleas and sentence.
# --------------------------------------------------------------------------------------------


def _lovell() -> BlindCase:
    f = Family(
        "lovell",
        3101,
        {
            "amb": Sheet(
                AMBULANCE,
                "EastfenAmbulance_Lovell_K.xlsx",
                "Incidents",
                (("2024-01-01", "Safeguarding Lead EFAS"),),
            ),
            "ed": Sheet(
                ED,
                "FennburyGeneral_ED_return.xlsx",
                "ED attendances",
                (("2024-01-01", "Dr P. Arkwright (ED consultant)"),),
            ),
            "picu": Sheet(
                PICU,
                "StCuthwins_Childrens_Hospital.xlsx",
                "Osprey PICU + Kestrel ward",
                (("2024-01-01", "Named Nurse Safeguarding, St Cuthwin's"),),
            ),
            "police": Sheet(
                POLICE,
                "Fenmarch_Police_chronology_LOVELL.xlsx",
                "IMR",
                (("2024-01-01", "DS 2291 Okafor"), ("2024-08-19", "DC 4410 Hollis")),
            ),
            "csc": Sheet(
                CSC,
                "Fennbury_CSC_Lovell_children.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH duty"),
                    ("2024-08-17", "EDT - Gareth Swales"),
                    ("2024-08-19", "Mia Tennant (SW)"),
                ),
            ),
            "hv": Sheet(
                HV,
                "Fennbury_0-19_HV_Kiara.xlsx",
                "Contacts",
                (("2024-01-01", "Rachel Dunmore HV"),),
            ),
            "gp": Sheet(
                GP,
                "OrchardVale_Surgery_Kiara_Lovell.xlsx",
                "Consultations",
                (("2024-01-01", "Dr H. Sethi"),),
                typed=False,
            ),
            "nursery": Sheet(
                NURSERY,
                "Puddleduck_Corner_safeguarding.xlsx",
                "DSL log",
                (("2024-01-01", "Bev Ransome (Manager/DSL)"),),
            ),
            "school": Sheet(
                SCHOOL,
                "Brackenridge_Primary_CPOMS.xlsx",
                "Tyler L",
                (("2024-01-01", "Mr A. Cheung (DSL)"),),
            ),
            "kin": Sheet(
                KINSHIP,
                "Fennbury_Kinship_Fostering_Lovell.xlsx",
                "Case recording",
                (("2024-01-01", "Donna Pryce, kinship SW"),),
                typed=False,
            ),
            "sms": Sheet(
                DRUGS,
                "Fennbury_Pathways_SLovell.xlsx",
                "Episode",
                (("2024-01-01", "Kofi Mensah (recovery worker)"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Fennbury_Lovell_Pyke.xlsx",
                "Contact log",
                (("2024-01-01", "Court team"), ("2025-04-24", "Alison Greaves PP")),
            ),
        },
    )

    # ---- before: the nursery's worry, MASH, the HV review --------------------------------------
    f.occ(
        "2024-06-04",
        "hv-2yr-review",
        R(
            "hv",
            "Contact type: 2-2.5 yr review (home). Present: Kiara, mum Shannon, dad Jordan. "
            "ASQ-3 all areas above cut-off. Strong smell of cannabis in lounge; parents deny "
            "smoking indoors. Safe storage/smoke-free home advice given.",
            "10:30",
            "Development review",
            "Outcome: universal plus; discuss at safeguarding supervision",
        ),
        R(
            "hv",
            "Contact type: 2-2.5yr review at home. ASQ above cut off all domains. Smell of "
            "cannabis noted in lounge - parents deny smoking in house. Advice smoke free home.",
            "10:30",
            "Development review",
            "Outcome: universal plus",
        ),
    )
    f.occ(
        "2024-06-13",
        "nursery-call-mash",
        R(
            "nursery",
            "Category: Welfare concern. Kiara arrived 9.40 v drowsy, slept 3 hrs, hard to rouse "
            "for lunch. Clothes/bag smelt strongly of weed. Action: BR phoned MASH 11.20, spoke "
            "to duty worker, gave details.",
            "11:20",
            "Concern",
            "Await MASH outcome. Mum told at collection.",
        ),
        R(
            "csc",
            "Contact from Puddleduck Corner nursery manager (DSL) by phone: Kiara (2) very "
            "sleepy at nursery this morning, difficult to wake, clothing smells of cannabis. "
            "No injuries. Nursery has spoken to no one else yet. Contact created for screening.",
            "11:24",
            "Contact",
        ),
    )
    f.occ(
        "2024-06-14",
        "mash-decision-june",
        R(
            "csc",
            "MASH screening decision (RAG amber): checks - police PNC father possession cannabis "
            "2019; HV smell of cannabis at 2yr review. Threshold for s47/C&F assessment not met. "
            "Step down to Early Help with parental consent; substance misuse advice.",
            "14:00",
            "MASH decision",
            "NFA CSC - EH offer",
        ),
    )
    f.occ(
        "2024-06-14",
        "mash-callback-nursery",
        R(
            "nursery",
            "MASH rang back (Sam, duty): not going to social care, early help offer to mum. "
            "Asked us to keep monitoring & ring again if repeated.",
            "15:10",
            "Phone call",
        ),
        R(
            "csc",
            "Feedback call to referrer (nursery DSL) - outcome of screening given, EH offer "
            "explained, advised re-contact if further concerns.",
            "15:05",
            "Phone call",
        ),
    )
    f.occ(
        "2024-07-20",
        "police-stop-father",
        R(
            "police",
            "STOP SEARCH VRN FN19 KTD ON MARLBRIDGE RD. DRIVER PYKE JORDAN. 2 X SMALL BAGS "
            "HERBAL CANNABIS FOUND (PERSONAL). COMMUNITY RESOLUTION ISSUED. NO CHILDREN IN "
            "VEHICLE. SS REF SS/24/07788",
            "23:40",
            "Stop search",
            ref="SS/24/07788",
        ),
    )

    # ---- the ingestion: Saturday 17 August 2024 -----------------------------------------------
    f.occ(
        "2024-08-17",
        "ambulance-callout",
        R(
            "amb",
            "999 call 14:22 from mother: 2yo 'floppy and won't wake properly', may have eaten "
            "sweets from a bag. Cat 2. Crew on scene 14:33: GCS 10, pupils dilated, HR 152, "
            "ataxic when stood. Packaging 'gummies' shown to crew. Conveyed with mum, arr FGH "
            "ED 14:57. Pre-alert given.",
            "14:22",
            "Emergency call / conveyance",
            ref="EF-240817-0433",
        ),
    )
    f.occ(
        "2024-08-17",
        "ed-attendance",
        R(
            "ed",
            "TRIAGE: 2F BIBA ?ingestion 'gummy sweets' approx 1300. GCS 10 (E3V2M5), HR 150, "
            "sats 97% RA, BM 5.1. Pupils 5mm reactive. Cat 2 - resus.",
            "14:58",
            "Triage",
        ),
        R(
            "ed",
            "Paeds reg review: packet photos - THC 'edibles', ?10mg each, unknown number taken. "
            "Resp effort reducing, GCS 8 at 15.40. Anaesthetics called, intubated 16.05. "
            "Tox screen urine +ve cannabinoids. CP concerns - see safeguarding.",
            "15:35",
            "Medical review",
        ),
        R(
            "ed",
            "Left dept with CATS-style retrieval team (St Cuthwin's) to Osprey PICU 18.40. "
            "Mother travelled separately. Safeguarding proforma completed.",
            "18:40",
            "Disposal",
            "Transferred PICU",
        ),
    )
    f.occ(
        "2024-08-17",
        "ambulance-sg-referral",
        R(
            "amb",
            "Safeguarding referral (child) raised by crew via SG portal to Fennbury CSC: "
            "possible accidental ingestion of cannabis edibles in family home, further "
            "packaging seen on kitchen worktop.",
            "15:40",
            "Safeguarding referral",
            ref="EFAS-SG-24-11902",
        ),
        R(
            "csc",
            "Ambulance service safeguarding referral received via portal (crew attended "
            "yesterday to 17 Quillet Row - Kiara, ?cannabis edibles). Linked to EDT record.",
            "09:05",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2024-08-17",
        "ed-calls-police",
        R(
            "ed",
            "Police contacted (control room) by nurse in charge re suspected ingestion of "
            "illegal drugs by 2yo and quantity of packaging described by crew. Log no. given.",
            "16:30",
            "Safeguarding",
        ),
        R(
            "police",
            "CALL FROM FENNBURY GENERAL ED: 2YR OLD FEMALE INTUBATED AFTER EATING CANNABIS "
            "SWEETS AT HOME ADDRESS 17 QUILLET ROW. LARGE QTY PACKAGING REPORTED BY AMBULANCE. "
            "UNITS TASKED TO HOME ADDRESS. LOG 0817-0621",
            "16:31",
            "Incident log",
            ref="0817-0621",
        ),
    )
    f.occ(
        "2024-08-17",
        "ed-referral-edt",
        R(
            "ed",
            "Safeguarding referral to EDT by phone (social worker G. Swales). Sibling 6y at "
            "home with father. Police aware.",
            "17:05",
            "Safeguarding",
        ),
        R(
            "csc",
            "EDT: telephone referral from FGH ED (Dr Arkwright): Kiara Lovell 2y intubated "
            "following ingestion of cannabis edibles at home. Sibling Tyler 6y at home with "
            "father. Police attending address. EDT to liaise with police re Tyler.",
            "17:08",
            "Referral",
        ),
    )
    f.occ(
        "2024-08-17",
        "father-arrest",
        R(
            "police",
            "OFFICERS AT 17 QUILLET ROW. PYKE JORDAN PRESENT WITH 6YR OLD. IN KITCHEN: APPROX "
            "200 PACKETS 'THC GUMMIES', DIGITAL SCALES, VAC PACK BAGS, £1,860 CASH. PYKE "
            "ARRESTED 1725 SUSP PWITS CLASS B & CHILD NEGLECT (S1 CYPA). CONVEYED FENNBURY "
            "CUSTODY.",
            "17:25",
            "Arrest",
            ref="CUST/FN/24/5530",
        ),
    )
    f.occ(
        "2024-08-17",
        "picu-admission",
        R(
            "picu",
            "Admitted Osprey PICU via retrieval team. Ventilated, sedation minimal needed. "
            "Dx: cannabinoid toxicity (edibles). Plan: supportive care, extubate when GCS "
            "allows. Mother at bedside. Safeguarding team to be informed Mon.",
            "19:05",
            "Admission",
        ),
    )
    f.occ(
        "2024-08-17",
        "tyler-to-aunt",
        R(
            "csc",
            "EDT: with mother's agreement by phone, Tyler taken from police station to "
            "maternal aunt Leanne Lovell, 6 Hawkmoor Close. Checks on Leanne and partner: none "
            "known. Home seen, adequate. Emergency placement with connected person agreed by "
            "EDT manager.",
            "19:30",
            "Placement",
        ),
        R(
            "police",
            "TYLER LOVELL (6) HANDED TO EDT SW AND TAKEN TO MATERNAL AUNT, HAWKMOOR CLOSE. "
            "NO POWERS OF POLICE PROTECTION USED - MOTHER CONSENTED.",
            "19:35",
            "Child safeguarding",
            ref="0817-0621",
        ),
    )
    f.occ(
        "2024-08-17",
        "police-attend-picu",
        R(
            "police",
            "PC 3318 & PC 2907 ATTEND ST CUTHWINS PICU. SPOKE WITH NURSE IN CHARGE + MOTHER "
            "LOVELL SHANNON. MOTHER STATES CHILD FOUND 'SWEETS' IN HER HANDBAG. ACCOUNT "
            "INCONSISTENT WITH QTY FOUND AT ADDRESS.",
            "20:15",
            "Attendance",
            ref="0817-0621",
        ),
        R(
            "picu",
            "Nursing: 2 police officers on unit at 20.15, spoke with NIC and with mother in "
            "parents' room. Kiara remains ventilated, obs stable.",
            "20:15",
            "Nursing note",
        ),
    )
    f.occ(
        "2024-08-17",
        "mother-arrest",
        R(
            "police",
            "LOVELL SHANNON ARRESTED AT 2050 ON PICU (OUTSIDE CLINICAL AREA) SUSP PWITS CLASS B "
            "& CHILD NEGLECT. NO REPLY. CONVEYED FENNBURY CUSTODY.",
            "20:50",
            "Arrest",
            ref="CUST/FN/24/5534",
        ),
        R(
            "picu",
            "Mother arrested by police in corridor outside unit 20.50, left with officers. "
            "Maternal aunt Leanne (NOK per EDT) to visit. No other visitors without SW OK.",
            "20:55",
            "Nursing note",
        ),
    )
    f.occ(
        "2024-08-18",
        "father-bail",
        R(
            "police",
            "PYKE JORDAN INTERVIEWED - PREPARED STATEMENT, NO COMMENT. RELEASED ON PRE-CHARGE "
            "BAIL TO 15/11/24. CONDITIONS: NOT TO REMAIN OVERNIGHT WITH / HAVE UNSUPERVISED "
            "CONTACT WITH ANY CHILD UNDER 16; NOT TO ATTEND ST CUTHWINS.",
            "13:10",
            "Bail",
            ref="CUST/FN/24/5530",
        ),
    )
    f.occ(
        "2024-08-18",
        "mother-bail",
        R(
            "police",
            "LOVELL SHANNON INTERVIEWED - ADMITS EDIBLES HERS 'FOR PERSONAL USE', DENIES "
            "SUPPLY. RELEASED ON BAIL TO 15/11/24: CONTACT WITH CHILDREN SUPERVISED BY "
            "HOSPITAL STAFF / CSC ONLY.",
            "16:45",
            "Bail",
            ref="CUST/FN/24/5534",
        ),
    )
    f.occ(
        "2024-08-18",
        "ppn",
        R(
            "police",
            "PPN (CHILD) SUBMITTED TO FENNBURY MASH FOR KIARA AND TYLER LOVELL. RISK HIGH.",
            "18:20",
            "PPN",
            ref="PPN/24/31177",
        ),
        R(
            "csc",
            "MASH: police PPN received (ref PPN/24/31177) re Kiara and Tyler - both parents "
            "arrested Sat following Kiara's admission. Already open via EDT; passed to "
            "Assessment Team 2.",
            "08:50",
            "Police notification",
            shift="+1",
        ),
    )
    f.occ(
        "2024-08-19",
        "gp-email-strat",
        R(
            "gp",
            "Admin/safeguarding: email to MASH with GP info for strategy discussion: Kiara - "
            "imms up to date, 3 attendances in 2024 (minor illness), no concerns recorded. "
            "Mother - anxiety, prescribed sertraline. Father not registered here.",
            "09:10",
        ),
        R(
            "csc",
            "Email from Orchard Vale Surgery (GP info for strat): imms up to date, no "
            "previous concerns, mother on sertraline for anxiety.",
            "09:14",
            "Agency check",
        ),
    )
    f.occ(
        "2024-08-19",
        "strategy-discussion",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM Harriet Cole. Present: DS Okafor (CAIT), "
            "Dr Lindqvist PICU consultant, St Cuthwin's named nurse, HV R Dunmore. GP info by "
            "email. Agreed: threshold met, s47 jointly with police (criminal investigation "
            "of neglect and supply); children to remain with maternal aunt under s20 if "
            "parents consent; no unsupervised parental contact; joint visit to Tyler tomorrow.",
            "11:00",
            "Strategy discussion",
            "S47 - both children",
        ),
        R(
            "police",
            "STRAT DISC. CAIT DS OKAFOR ATTENDED. S47 AGREED, JOINT WITH CSC. BAIL CONDITIONS "
            "SHARED. JOINT VISIT TYLER 20/08.",
            "11:00",
            "Strategy",
            ref="0817-0621",
        ),
        R(
            "picu",
            "Discussion with police and children's services re Kiara's ingestion (Dr "
            "Lindqvist + named nurse). Gave clinical picture: THC toxicity, extubated this am, "
            "good recovery expected. Parents' contact to be supervised on unit.",
            "11:00",
            "Safeguarding",
        ),
        R(
            "hv",
            "Contact type: Multi-agency meeting (Teams). Attended s47 strat mtg re Kiara. "
            "Shared 2yr review findings (cannabis smell 04/06). Outcome: s47, children with "
            "aunt. Action: HV to visit aunt's home.",
            "11:00",
            "Strategy meeting",
        ),
    )
    f.occ(
        "2024-08-19",
        "hospital-liaison-hv",
        R(
            "picu",
            "Health liaison form sent to Fennbury 0-19 team (HV) re PICU admission 17/08.",
            "14:10",
            "Liaison",
        ),
        R(
            "hv",
            "Contact type: Liaison received. St Cuthwin's liaison: Kiara PICU from 17/08 "
            "after ingestion of cannabis edibles. Outcome: filed, already known via strat.",
            "15:30",
            "Liaison",
        ),
    )
    f.occ(
        "2024-08-20",
        "joint-visit-tyler",
        R(
            "csc",
            "Joint visit with DC Hollis to 6 Hawkmoor Close. Tyler seen alone in his room: "
            "said mummy's 'special sweets' are kept in the high cupboard and daddy's friends "
            "come to 'pick up parcels'. Aunt Leanne committed to caring for both children.",
            "10:00",
            "Home visit (s47)",
        ),
        R(
            "police",
            "JOINT VISIT WITH SW TENNANT TO TYLER AT AUNT'S ADDRESS. FIRST ACCOUNT NOTED - "
            "REFERS TO 'PARCELS' COLLECTED BY VISITORS. NOT SUITABLE FOR ABE AT THIS TIME.",
            "10:05",
            "Visit",
            ref="0817-0621",
        ),
    )
    f.occ(
        "2024-08-20",
        "step-down-ward",
        R(
            "picu",
            "Stepped down from Osprey PICU to Kestrel ward. Eating and drinking, GCS 15, "
            "mildly unsteady.",
            "12:30",
            "Transfer",
        ),
    )
    f.occ(
        "2024-08-20",
        "viability",
        R(
            "kin",
            "I visited Leanne at 6 Hawkmoor Close for the connected person viability "
            "assessment. Leanne (31) works part time at the leisure centre, lives alone in a "
            "3-bed housing association house. She is clear she will not let Shannon or Jordan "
            "have the children unsupervised. Positive viability - recommend Reg 24 temporary "
            "approval.",
        ),
    )
    f.occ(
        "2024-08-21",
        "s20-signed",
        R(
            "csc",
            "Both parents attended Fennbury office separately; s20 agreements signed for Kiara "
            "and Tyler (placement with maternal aunt). Parents advised to seek legal advice; "
            "both say they have solicitors via criminal case.",
            "14:00",
            "Legal status",
            "CLA (s20) from 17/08 (Tyler) / discharge (Kiara)",
        ),
    )
    f.occ(
        "2024-08-22",
        "discharge-to-aunt",
        R(
            "picu",
            "Discharged from Kestrel ward to care of maternal aunt (Leanne Lovell) as per SW "
            "plan. Discharge summary to GP. No follow up needed other than GP review if "
            "concerns.",
            "15:20",
            "Discharge",
        ),
        R(
            "csc",
            "Kiara discharged from St Cuthwin's into placement with maternal aunt Leanne at "
            "Hawkmoor Close (connected person, Reg 24). Placement plan signed.",
            "16:00",
            "Placement start",
        ),
        R(
            "kin",
            "Kiara came home from St Cuthwin's to Leanne's yesterday afternoon; both children "
            "now placed with Leanne under Reg 24. Leanne tired but managing; cot borrowed.",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-27",
        "sw-call-nursery",
        R(
            "csc",
            "Call to Puddleduck Corner: informed nursery Kiara is looked after (s20) and living "
            "with aunt; only Leanne to collect; parents not to collect. Nursery to share "
            "attendance weekly.",
            "10:40",
            "Phone call",
        ),
        R(
            "nursery",
            "Phone call from Kiara's social worker Mia Tennant yesterday - Kiara in care "
            "(s20) living with Aunt Leanne. ONLY Leanne to collect. Password changed. Staff "
            "briefed.",
            "",
            "Phone call",
            shift="+1",
        ),
    )
    f.occ(
        "2024-08-29",
        "hv-visit-aunt",
        R(
            "hv",
            "Contact type: Home visit (aunt's address). Kiara bright, walking steadily, "
            "weight 12.1kg. Aunt Leanne coping, advised re sleep routine after hospital. "
            "Outcome: HV to see monthly while CLA; IHA to be requested.",
            "09:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-08-29",
        "sw-visit-aunt",
        R(
            "csc",
            "Statutory visit (CLA, within 7 days). Both children seen at Hawkmoor Close. Tyler "
            "asked when he can go home; explained. Kiara playing, no concerns. Leanne needs "
            "help with a double buggy - referred to kinship support fund.",
            "15:30",
            "Statutory visit",
        ),
    )
    f.occ(
        "2024-09-02",
        "self-referral-pathways",
        R(
            "sms",
            "Self-referral by phone from Shannon Lovell. Reports daily cannabis (approx 2g) + "
            "edibles, says 'I need to sort myself out to get my kids back'. Triage booked.",
            "10:15",
            "Self-referral",
        ),
    )
    f.occ(
        "2024-09-04",
        "school-return",
        R(
            "school",
            "Safeguarding: Tyler started Y2. Aunt (Leanne Lovell) now main carer; told us "
            "Tyler in care of LA under s20. Contact details updated, collection: Leanne only. "
            "Teacher informed. Action: DSL to request CLA paperwork / PEP from Virtual School.",
            "08:50",
            "Safeguarding - change of carer",
        ),
    )
    f.occ(
        "2024-09-06",
        "s47-outcome",
        R(
            "csc",
            "S47 enquiry concluded: concerns substantiated (neglect - access to illegal "
            "substances, evidence of supply from home). Children looked after under s20; "
            "plan to progress via CLA review rather than ICPC. Police investigation ongoing.",
            "16:30",
            "S47 outcome",
        ),
    )
    f.occ(
        "2024-09-12",
        "cla-review-1",
        R(
            "csc",
            "Initial CLA review (IRO Paul Vickery) at Fennbury office. Attended: SW, Leanne, "
            "mother, kinship SW, HV, nursery manager, school DSL. Father did not attend. Plan: "
            "remain with aunt; supervised contact mother 2x week, father 1x week; parenting "
            "and drug work; IHA outstanding.",
            "10:00",
            "CLA review",
        ),
        R(
            "kin",
            "Attended the children's first LAC review with Leanne. IRO happy with placement. "
            "Fostering panel date to be sought for November.",
        ),
        R(
            "nursery",
            "Attended Kiara's looked after review at Fennbury office (BR). Gave update: "
            "attending 3 days, settling well with aunt, no further concerns.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Record received. IRO minutes of Initial CLA Review 12/09 copied in: "
            "'Children to remain placed with maternal aunt under s20. Contact supervised. IHA to "
            "be completed within 20 working days of placement - overdue.' Outcome: HV to chase "
            "IHA with LAC health team.",
            "",
            "Minutes",
            shift="+1",
        ),
        R(
            "school",
            "Meeting: DSL attended Tyler's CLA review (initial). Tyler settled in class, "
            "reading behind. PEP to be booked.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-24",
        "pathways-assessment",
        R(
            "sms",
            "Comprehensive assessment. AUDIT 6, cannabis daily since 15, edibles bought in "
            "bulk 'online'. Goals: reduce to stop; consent to share with CSC signed. Offered "
            "group + 1:1 keywork; hair strand test via CSC.",
            "13:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-10-08",
        "joint-visit-mother",
        R(
            "csc",
            "Joint home visit to mother at Quillet Row with Kofi Mensah (Pathways). Home "
            "tidy, no drugs paraphernalia seen. Shannon reports 4 days abstinent. Jordan not "
            "present - Shannon says they are 'on a break'.",
            "11:00",
            "Home visit",
        ),
        R(
            "sms",
            "Joint HV with SW (Mia Tennant) at client's home. UDS offered - refused today, "
            "agreed next session. Discussed relapse triggers; partner still using.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-15",
        "father-dna-contact",
        R(
            "csc",
            "Father did not attend supervised contact at Elm Street family centre. Tyler "
            "upset. No call from father.",
            "16:00",
            "Contact (family time)",
        ),
    )
    f.occ(
        "2024-10-16",
        "call-father-1",
        R(
            "csc",
            "Tel call to father re missed contact - no answer, voicemail left.",
            "10:20",
            "Phone call",
        ),
    )
    f.occ(
        "2024-10-18",
        "call-father-2",
        R(
            "csc",
            "Tel call to father - answered. Says he missed contact as 'the bail made him "
            "paranoid'. Contact rebooked. Reminded not to discuss case with Tyler.",
            "14:45",
            "Phone call",
        ),
    )
    f.occ(
        "2024-11-05",
        "fostering-panel",
        R(
            "kin",
            "Fostering panel today: Leanne Lovell recommended for approval as connected person "
            "foster carer for Kiara and Tyler (unanimous). ADM decision to follow.",
        ),
        R(
            "csc",
            "Fostering panel 05/11 recommended approval of maternal aunt as connected person "
            "carer for both children.",
            "",
            "Panel",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-19",
        "forensic-results",
        R(
            "police",
            "LAB RESULTS RECEIVED: 214 PACKETS X 10 GUMMIES EACH, THC PRESENT (SYNTHETIC "
            "CANNABINOID NOT DETECTED). PHONE DOWNLOAD PYKE: MESSAGES INDICATIVE OF SUPPLY. "
            "FILE TO CPS FOR CHARGING ADVICE.",
            "15:00",
            "Investigation",
            ref="0817-0621",
        ),
    )
    f.occ(
        "2024-11-14",
        "bail-extended",
        R(
            "police",
            "PRE-CHARGE BAIL EXTENDED TO 24/01/25 FOR BOTH SUSPECTS PENDING LAB RESULTS / CPS "
            "ADVICE (SUPT AUTHORITY). SUSPECTS NOTIFIED BY LETTER.",
            "10:00",
            "Bail",
            ref="0817-0621",
        ),
    )
    f.occ(
        "2024-12-06",
        "cla-review-2",
        R(
            "csc",
            "CLA review 2 (IRO P Vickery). Mother's engagement with Pathways good, hair strand "
            "shows reducing use; father sporadic contact. IRO endorsed plan for SGO assessment "
            "of aunt as permanence option.",
            "10:00",
            "CLA review",
        ),
        R(
            "kin",
            "LAC review for both children this morning. Leanne said she would consider an SGO "
            "if it means the children don't 'go into the system'.",
        ),
        R(
            "nursery",
            "BR joined Kiara's CLA review by phone (staffing) - gave nursery update, no concerns.",
            "",
            "Meeting",
        ),
        R(
            "school",
            "Meeting: LAC review, Tyler. DSL attended. Attendance 97%. Tyler has a trusted "
            "adult (TA Mrs Frith).",
            "",
            "Meeting",
            shift="month",
        ),
        R(
            "hv",
            "Contact type: Multi-agency meeting. Attended LAC review (both children). Kiara "
            "growth and development on track. Outcome: HV remains involved.",
            "10:00",
            "CLA review",
        ),
    )
    f.occ(
        "2024-12-06",
        "profs-meeting-sgo",
        R(
            "csc",
            "Professionals' meeting (after the review) with kinship team and legal: scope of "
            "SGO assessment of Leanne, support plan, timescale for court application.",
            "13:30",
            "Professionals meeting",
        ),
        R(
            "kin",
            "Professionals meeting this afternoon with Mia and LA solicitor about the SGO "
            "assessment; I will start the assessment in January.",
        ),
    )
    f.occ(
        "2025-01-22",
        "father-charged",
        R(
            "police",
            "PYKE JORDAN CHARGED: PWITS CLASS B (CANNABIS), CHILD CRUELTY/NEGLECT S1 CYPA 1933. "
            "BAILED TO FENNBURY MAGISTRATES 12/02/25.",
            "11:15",
            "Charge",
            ref="CUST/FN/25/0391",
        ),
    )
    f.occ(
        "2025-01-22",
        "mother-charged",
        R(
            "police",
            "LOVELL SHANNON CHARGED: PWITS CLASS B, CHILD NEGLECT S1 CYPA 1933. BAILED TO "
            "FENNBURY MAGISTRATES 12/02/25. SAME CONDITIONS.",
            "13:40",
            "Charge",
            ref="CUST/FN/25/0392",
        ),
    )
    f.occ(
        "2025-01-22",
        "dc-updates-sw",
        R(
            "police",
            "DC HOLLIS UPDATED SW TENNANT BY PHONE RE CHARGES AND BAIL CONDITIONS.",
            "15:20",
            "Partner update",
            ref="0817-0621",
        ),
        R(
            "csc",
            "Call from DC Hollis: both parents charged today (PWITS + child neglect), first "
            "appearance 12/02. Bail conditions unchanged.",
            "15:25",
            "Phone call",
        ),
    )
    f.occ(
        "2025-02-12",
        "magistrates",
        R(
            "police",
            "FENNBURY MAGS: PYKE & LOVELL FIRST APPEARANCE. NO PLEAS. SENT TO MARLBRIDGE CROWN "
            "COURT, PTPH 12/03/25. BAIL CONTINUED.",
            "",
            "Court",
            ref="0817-0621",
        ),
        R(
            "csc",
            "Court update: parents' first appearance at magistrates 12/02 - case sent to Crown "
            "Court (PTPH 12/03). Bail continues; contact arrangements unchanged.",
            "",
            "Court",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-07",
        "cla-review-3",
        R(
            "csc",
            "CLA review 3. Plan of permanence: SGO to maternal aunt, assessment due April. "
            "Mother's contact increased to 3x week, partly in community.",
            "10:00",
            "CLA review",
        ),
        R(
            "kin",
            "Third LAC review. Updated on SGO assessment - 3 of 6 sessions done, positive.",
        ),
        R(
            "nursery",
            "Kiara's CLA review - BR attended. Report: Kiara thriving, language much improved.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-12",
        "ptph",
        R(
            "police",
            "MARLBRIDGE CROWN COURT PTPH: PYKE GUILTY PLEA PWITS + S1 CYPA. LOVELL GUILTY "
            "PLEA S1 CYPA, BASIS OF PLEA ACCEPTED ON PWITS (POSSESSION ONLY). PSRS ORDERED. "
            "SENTENCE 24/04/25. BAIL.",
            "",
            "Court",
            ref="0817-0621",
        ),
        R(
            "prob",
            "Court team: Marlbridge CC - both defendants (Pyke J, Lovell S) pleaded, "
            "adjourned for full PSRs, sentence 24/04. Interviews to be booked.",
            "14:30",
            "Court - PSR request",
        ),
        R(
            "csc",
            "Crown Court (PTPH) today - both parents pleaded guilty (father PWITS and neglect, "
            "mother neglect and possession). Sentencing April after reports.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-03-26",
        "psr-mother",
        R(
            "prob",
            "PSR interview: Shannon Lovell at Fennbury office. Remorseful, engaging with "
            "Pathways, hair strand Jan negative for recent use. Suitable for DRR.",
            "10:00",
            "PSR interview",
        ),
    )
    f.occ(
        "2025-03-27",
        "psr-father",
        R(
            "prob",
            "PSR interview: Jordan Pyke at Fennbury office. Minimises supply ('doing a mate a "
            "favour'). Custody likely; proposal to be considered.",
            "10:00",
            "PSR interview",
        ),
    )
    f.occ(
        "2025-04-24",
        "sentence",
        R(
            "police",
            "SENTENCE MARLBRIDGE CC: PYKE 2 YRS 4 MTHS IMMEDIATE CUSTODY. LOVELL 16 MTHS "
            "SUSPENDED 24 MTHS, DRUG REHAB REQUIREMENT 6 MTHS + 20 RAR DAYS. FORFEITURE OF "
            "CASH ORDERED.",
            "",
            "Court result",
            ref="0817-0621",
        ),
        R(
            "prob",
            "Sentenced today: Pyke - 28 months custody (to HMP Gorsehill). Lovell - 16m SSO "
            "(24m), DRR 6m, RAR 20. Allocated to A Greaves (Lovell).",
            "16:00",
            "Sentence",
        ),
        R(
            "csc",
            "Sentencing 24/04: father 28 months custody; mother suspended sentence with drug "
            "rehabilitation requirement. Children informed by aunt with SW support.",
            "",
            "Court",
            shift="late",
        ),
        R(
            "sms",
            "Shannon sentenced today - suspended sentence with DRR (6m) to be delivered here. "
            "Court order received.",
            "",
            "Court outcome",
        ),
    )
    f.occ(
        "2025-05-07",
        "drr-induction",
        R(
            "prob",
            "DRR induction - three-way meeting with Shannon and Pathways worker Kofi Mensah at "
            "Pathways. Testing schedule agreed (fortnightly). Licence/order conditions explained.",
            "11:00",
            "Induction",
        ),
        R(
            "sms",
            "3-way with probation (Alison Greaves) + Shannon: DRR start. Fortnightly UDS, "
            "review at court monthly.",
            "11:00",
            "DRR start",
        ),
    )
    f.occ(
        "2025-06-18",
        "cla-review-4",
        R(
            "csc",
            "CLA review 4. SGO assessment positive; application to be filed July with support "
            "plan. Mother's DRR reviews positive; contact to remain supervised until SGO.",
            "10:00",
            "CLA review",
        ),
        R(
            "kin",
            "Fourth LAC review - SGO assessment report shared. Leanne wants to go ahead.",
        ),
        R(
            "hv",
            "Contact type: Minutes received (copy in): 'CLA review 18/06/25 - SGO to be "
            "applied for by maternal aunt; mother to continue supervised contact.' Outcome: "
            "noted.",
            "",
            "Minutes",
            shift="+2",
        ),
    )
    f.occ(
        "2025-07-09",
        "sgo-application",
        R(
            "kin",
            "Leanne's SGO application lodged at Marlbridge Family Court today with the LA's "
            "support plan and my report.",
        ),
        R(
            "csc",
            "SGO application issued by maternal aunt at Marlbridge Family Court (both "
            "children). LA report filed.",
            "",
            "Court (family)",
        ),
    )
    f.occ(
        "2024-09-10",
        "gp-discharge-letter",
        R(
            "gp",
            "Docman: discharge summary St Cuthwin's (adm 17/08-22/08/24) - cannabinoid "
            "toxicity, ventilated 18 hrs. Now CLA with maternal aunt. Read code CLA added.",
            "11:00",
        ),
    )

    # ---- routine entries ----------------------------------------------------------------------
    f.fill(
        "csc",
        "2024-09-09",
        "2025-07-04",
        [
            (
                "Contact (family time)",
                "Supervised contact mother at family centre - warm, appropriate. Kiara ran to her.",
            ),
            (
                "Contact (family time)",
                "Supervised contact mother - good; brought snacks, read stories with Tyler.",
            ),
            (
                "Statutory visit",
                "CLA visit at Hawkmoor Close, children seen together; no concerns.",
            ),
            ("Statutory visit", "CLA visit - Tyler seen alone; wants 'more time with mum'."),
            ("Supervision", "Case supervision with TM: plan on track, SGO timetable."),
        ],
    )
    f.fill(
        "kin",
        "2024-09-16",
        "2025-06-30",
        [
            ("", "Supervisory visit to Leanne. Discussed routines, Kiara's sleep better."),
            ("", "Phoned Leanne - childcare costs; applied for allowance uplift."),
            ("", "SGO assessment session with Leanne (her own childhood)."),
        ],
        timed=False,
    )
    f.fill(
        "nursery",
        "2024-09-02",
        "2025-07-11",
        [
            ("Attendance", "Weekly attendance sent to SW: 3/3 sessions."),
            ("Wellbeing", "Kiara had a good day, first time saying 'Auntie Lee'."),
            ("Attendance", "Weekly attendance sent to SW: 2/3 (chest infection)."),
        ],
    )
    f.fill(
        "hv",
        "2024-10-01",
        "2025-05-30",
        [
            ("Home visit", "Contact type: Home visit. Kiara 12.6kg. Outcome: no concerns."),
            (
                "Telephone",
                "Contact type: Telephone (aunt). Outcome: sleep improved, no "
                "further support needed.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-10-01",
        "2025-06-30",
        [
            (
                "",
                "S: cough 5/7, with aunt. O: chest clear, T 37.6. A: viral URTI. P: fluids, "
                "safety net.",
            ),
            ("", "S: Aunt asks re sleep. O: well child. A: behavioural. P: HV leaflet."),
        ],
    )
    f.fill(
        "sms",
        "2024-10-14",
        "2025-07-10",
        [
            ("Keywork", "1:1 keywork - cravings diary reviewed."),
            ("Testing", "UDS: negative for THC."),
            ("Group", "Attended 'Moving On' group."),
            ("Keywork", "1:1 keywork - DNA, rebooked by text."),
        ],
    )
    f.fill(
        "school",
        "2024-09-09",
        "2025-07-11",
        [
            ("Wellbeing", "Tyler upset at lunch about 'daddy in trouble'; time with TA."),
            ("PEP", "PEP meeting with Virtual School - targets phonics."),
        ],
    )
    f.fill(
        "prob",
        "2025-05-12",
        "2025-07-11",
        [
            ("Supervision", "RAR session (Lovell) - thinking skills module 1."),
            ("Supervision", "Reporting appt (Lovell) - attended, UDS clear."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Ashdown family, Steyncombe. Tegan Ashdown (b. 14/05/2008) lives with her mother
# Joanne Ashdown (b. 1981) and brother Alfie (b. 2013) at 22 Penhallow Drive, Steyncombe SC3 9RN;
# registered at Lantern House Medical Practice; Tegan studies at Wyvern Vale College. Her
# ex-boyfriend Callum Reith (b. 09/01/2005) of Flat 4, 31 Gorse Parade stalks her after she ends
# the relationship: college safeguarding, MASH, the Beacon young people's IDVA, a Clare's Law
# (DVDS right to ask) disclosure, an assault at the bus station, his arrest and charge, an
# interim and a full stalking protection order, MARAC twice, a breach at her Saturday job,
# remand, guilty pleas, sentence in the Crown Court and release on licence.
# --------------------------------------------------------------------------------------------


def _ashdown() -> BlindCase:
    f = Family(
        "ashdown",
        3102,
        {
            "police": Sheet(
                POLICE,
                "SteyneDowns_Police_return_ASHDOWN.xlsx",
                "Incidents & crime",
                (("2024-01-01", "PS 1187 Varga"), ("2025-01-18", "DC 6023 Marcus Webb")),
            ),
            "dvds": Sheet(
                POLICE,
                "SteyneDowns_Police_return_ASHDOWN.xlsx",
                "DVDS",
                (("2024-01-01", "DVDS Officer SC Ruth Amadi"),),
            ),
            "csc": Sheet(
                CSC,
                "Steyncombe_CSC_Tegan_Ashdown.xlsx",
                "Case history",
                (("2024-01-01", "MASH"), ("2024-10-23", "Lewis Carrow (Adolescent Safety SW)")),
            ),
            "college": Sheet(
                COLLEGE,
                "WyvernVale_College_safeguarding_log.xlsx",
                "T Ashdown",
                (("2024-01-01", "Imogen Sharples (DSL)"),),
            ),
            "idva": Sheet(
                IDVA,
                "Beacon_YP_IDVA_casenotes.xlsx",
                "Tegan",
                (("2024-01-01", "Priya Lal (YP IDVA)"),),
                typed=False,
            ),
            "marac": Sheet(
                MARAC,
                "Steyncombe_MARAC_coordinator.xlsx",
                "Case M25-0117",
                (("2024-01-01", "MARAC Coordinator"),),
            ),
            "gp": Sheet(
                GP,
                "LanternHouse_MP_Tegan.xlsx",
                "Journal",
                (("2024-01-01", "Dr O. Fairbrother"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "SteyncombeRoyal_ED_Ashdown.xlsx",
                "Attendances",
                (("2024-01-01", "ED safeguarding nurse"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Steyncombe_CAMHS_TA.xlsx",
                "Contacts",
                (("2024-01-01", "Hannah Ogundipe, CAMHS practitioner"),),
            ),
            "wcu": Sheet(
                WCU,
                "WCU_Steyncombe_Reith_case.xlsx",
                "Victim contact",
                (("2024-01-01", "Witness Care Officer D. Faulkner"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Reith_C_extract.xlsx",
                "nDelius contacts",
                (
                    ("2024-01-01", "Court duty officer"),
                    ("2025-04-25", "Sam Oduya (POM)"),
                    ("2025-05-20", "Victim Liaison Officer"),
                ),
            ),
        },
    )

    # ---- autumn 2024: control, the break-up, following her from college ----------------------
    f.occ(
        "2024-10-03",
        "college-first-worry",
        R(
            "college",
            "Category: Relationships / wellbeing. Personal tutor reports T tearful in tutorial, "
            "phone buzzing constantly - says boyfriend (19, not a student) 'needs to know where "
            "I am'. Action: DSL spoke to T - healthy relationships conversation, Beacon leaflet "
            "given. T declined referral.",
            "12:40",
            "Concern",
        ),
    )
    f.occ(
        "2024-10-14",
        "college-breakup",
        R(
            "college",
            "Category: Relationships. T told tutor she ended it with Callum at the weekend; he "
            "has been messaging 'every few minutes' and turned up at her house Sunday. Action: "
            "DSL aware, check-in booked.",
            "09:15",
            "Concern",
        ),
    )
    f.occ(
        "2024-10-21",
        "followed-from-college",
        R(
            "college",
            "Security log: male (approx 19-20, grey tracksuit, black Corsa) waiting at main "
            "gate 15.25, approached T as she left, walked alongside her to Ferry Lane bus stop "
            "despite being told to go away. Staff member followed; male left in car.",
            "15:30",
            "Security incident",
        ),
        R(
            "college",
            "Category: Safeguarding. T came back in distressed after ex-boyfriend Callum Reith "
            "waited at the gate and followed her to the bus stop. She says he has done this 4 "
            "times. Action: DSL phoned MASH (see next), phoned mum, T taken home by mum.",
            "15:50",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-10-21",
        "college-call-mash",
        R(
            "college",
            "Phone call to MASH - referral made (Tegan Ashdown 16), ex-partner following, "
            "excessive messaging, turning up at home. Asked for consent form to be emailed.",
            "16:20",
            "Referral",
        ),
        R(
            "csc",
            "Contact received by telephone from Wyvern Vale College DSL: Tegan (16) being "
            "followed by ex-boyfriend (19), repeated messaging and turning up at home and "
            "college. Mother aware and consents.",
            "16:22",
            "Contact",
        ),
    )
    f.occ(
        "2024-10-21",
        "college-call-mother",
        R(
            "college",
            "Call to Joanne Ashdown (mum) - explained incident, she collected T at 16.40. Mum "
            "says he has been at their door twice.",
            "16:45",
            "Parent contact",
        ),
    )
    f.occ(
        "2024-10-22",
        "mash-decision",
        R(
            "csc",
            "MASH decision: teenage relationship abuse / stalking behaviour. Outcome: C&F "
            "assessment (Adolescent Safety Team); police to record crime; referral to Beacon "
            "YP IDVA; school/college to safety plan.",
            "11:30",
            "MASH decision",
            "C&F assessment",
        ),
    )
    f.occ(
        "2024-10-22",
        "referral-idva",
        R(
            "csc",
            "Referral to Beacon young people's IDVA service sent by secure email.",
            "15:00",
            "Referral",
        ),
        R(
            "idva",
            "New referral in from Steyncombe MASH - Tegan, 16, ex-boyfriend 19 following her, "
            "turning up at college/home. Allocated to me.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-24",
        "statement",
        R(
            "police",
            "CRIME REF SD/24/118840 HARASSMENT (S2 PHA 1997). STATEMENT TAKEN FROM ASHDOWN "
            "TEGAN (16) AT HOME IN PRESENCE OF MOTHER. SCREENSHOTS SEIZED (142 MESSAGES OVER 3 "
            "DAYS). DASH: MEDIUM (8 TICKS).",
            "18:00",
            "Crime report",
            ref="SD/24/118840",
        ),
    )
    f.occ(
        "2024-10-29",
        "sw-home-visit",
        R(
            "csc",
            "Home visit (C&F assessment). Tegan and mother seen; Tegan seen alone in her room. "
            "She describes Callum checking her phone, telling her what to wear, and pushing her "
            "against a wall in August (not reported). Mother very worried, changed locks.",
            "16:30",
            "Assessment visit",
        ),
    )
    f.occ(
        "2024-11-05",
        "idva-first-session",
        R(
            "idva",
            "First session with Tegan at college, Imogen (DSL) sat in at T's request. "
            "Completed YP DASH with her (11 yes - not yet high). Safety plan: route home, "
            "location sharing off, screenshots folder.",
        ),
        R(
            "college",
            "Meeting: Beacon YP IDVA met T in wellbeing room, DSL present for first session. "
            "Safety plan agreed incl. leaving by the library exit. Action: reception given "
            "Callum's description.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-12",
        "voluntary-interview",
        R(
            "police",
            "REITH CALLUM ATTENDED VOLUNTARY INTERVIEW - ADMITS MESSAGES, DENIES FOLLOWING. "
            "RELEASED UNDER INVESTIGATION. ADVISED NO CONTACT.",
            "14:00",
            "Interview",
            ref="SD/24/118840",
        ),
    )
    f.occ(
        "2024-11-18",
        "dvds-application",
        R(
            "idva",
            "Spoke to Jo (mum) - helped her do the Clare's Law 'right to ask' online form about "
            "Callum's past, on the phone with me.",
        ),
        R(
            "dvds",
            "DVDS RIGHT TO ASK - APPLICATION RECEIVED (ONLINE) FROM ASHDOWN JOANNE (MOTHER) RE "
            "SUBJECT REITH CALLUM. PERSON AT RISK ASHDOWN TEGAN (16). INITIAL CHECKS STARTED.",
            "19:40",
            "DVDS application",
            ref="DVDS/24/2217",
        ),
    )
    f.occ(
        "2024-11-26",
        "dvds-id-check",
        R(
            "dvds",
            "FACE TO FACE WITH APPLICANT AT STEYNCOMBE PS - ID VERIFIED, SAFETY INFO GIVEN.",
            "10:30",
            "DVDS contact",
            ref="DVDS/24/2217",
        ),
    )
    f.occ(
        "2024-12-05",
        "dvds-panel",
        R(
            "dvds",
            "DVDS DECISION FORUM: POLICE (DI LOWTHER), CSC, PROBATION REP. SUBJECT HAS "
            "CAUTION 2023 ASSAULT ON FORMER PARTNER (17 AT TIME) + HARASSMENT INTEL. DISCLOSURE "
            "AGREED TO TEGAN AND MOTHER.",
            "14:00",
            "DVDS decision",
            ref="DVDS/24/2217",
        ),
        R(
            "csc",
            "Attended Clare's Law decision meeting (police-led) for Tegan. Agreed disclosure "
            "to be made to Tegan with her mother; IDVA to be present.",
            "14:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-12-10",
        "dvds-disclosure",
        R(
            "dvds",
            "DISCLOSURE MADE IN PERSON TO ASHDOWN TEGAN AND JOANNE AT STEYNCOMBE PS, BEACON "
            "IDVA PRESENT. BOTH SIGNED CONFIDENTIALITY UNDERTAKING. SAFETY PLAN REVIEWED.",
            "16:00",
            "DVDS disclosure",
            ref="DVDS/24/2217",
        ),
        R(
            "idva",
            "With T and Jo at the police station for the Clare's Law disclosure. T very quiet "
            "afterwards - 'he said she was lying about him'. Walked them to the car.",
            shift="swap",
        ),
    )
    f.occ(
        "2024-12-11",
        "dvds-email-csc",
        R(
            "csc",
            "Email from DVDS officer: disclosure made yesterday to Tegan and mother, IDVA "
            "present. Filed to assessment.",
            "09:40",
            "Email",
        ),
    )
    f.occ(
        "2024-12-28",
        "new-accounts",
        R(
            "police",
            "REPORT ONLINE FROM MOTHER: 60+ MESSAGES TO TEGAN FROM 5 NEW INSTAGRAM ACCOUNTS "
            "OVER XMAS, ONE SAYING 'U CANT HIDE AT UR NANS'. LINKED TO SD/24/118840. DASH "
            "REVIEW: HIGH (RISK ESCALATING). PPN SUBMITTED.",
            "21:10",
            "Incident",
            ref="SD/24/118840",
        ),
    )
    f.occ(
        "2024-12-30",
        "ppn-received-dec",
        R(
            "csc",
            "Police notification received: further online messages from ex-partner over "
            "Christmas; DASH now high. Passed to allocated SW.",
            "10:05",
            "Police notification",
        ),
    )
    f.occ(
        "2025-01-07",
        "cin-1",
        R(
            "csc",
            "CIN meeting 1 (at college). Present: SW, Tegan, mother, college DSL, Beacon IDVA. "
            "CIN plan agreed: safety at college and on route home, emotional wellbeing (GP re "
            "CAMHS), IDVA weekly, police to progress investigation.",
            "14:00",
            "CIN meeting",
        ),
        R(
            "college",
            "Meeting: CIN mtg held here. Actions for college: taxi home on Tues/Thurs late "
            "finishes, photo of Callum at reception.",
            "14:00",
            "Meeting",
        ),
        R(
            "idva",
            "Child in need meeting at college - I'm seeing T weekly, safety plan updated.",
        ),
    )

    # ---- the assault, arrest, charge, orders -------------------------------------------------
    f.occ(
        "2025-01-18",
        "assault-bus-station",
        R(
            "police",
            "999 FROM MOP: MALE ASSAULTING FEMALE AT STEYNCOMBE BUS STATION BAY 6. OFFICERS ON "
            "SCENE 1948. VICTIM ASHDOWN TEGAN (16) - PUNCHED TO FACE, PUSHED TO GROUND, PHONE "
            "TAKEN. SUSPECT REITH C DECAMPED ON FOOT. MOTHER CONVEYING VICTIM TO ED.",
            "19:40",
            "Incident - assault",
            ref="SD/25/009214",
        ),
    )
    f.occ(
        "2025-01-18",
        "ed-assault",
        R(
            "ed",
            "Triage: 16F, assaulted by ex-partner approx 1940 - punched L cheek, fell onto "
            "hands. No LOC. L zygoma tender, abrasions both palms. Police aware. Cat 3.",
            "21:15",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: XR facial bones NAD. Soft tissue injury. Safeguarding: 16 y/o, DA "
            "from ex-partner - known to Beacon IDVA; CSC open. Discharged with mum, analgesia.",
            "23:05",
            "Discharge",
        ),
    )
    f.occ(
        "2025-01-19",
        "callum-arrest",
        R(
            "police",
            "REITH CALLUM ARRESTED 0710 AT FLAT 4, 31 GORSE PARADE: ASSAULT BY BEATING, "
            "STALKING S4A (FEAR OF VIOLENCE), THEFT OF PHONE. VICTIM'S PHONE RECOVERED.",
            "07:10",
            "Arrest",
            ref="SD/25/009214",
        ),
    )
    f.occ(
        "2025-01-19",
        "ppn-assault",
        R(
            "police",
            "PPN SUBMITTED (DA/YOUNG PERSON) ASHDOWN TEGAN. DASH HIGH - MARAC REFERRAL REQUIRED.",
            "11:30",
            "PPN",
            ref="SD/25/009214",
        ),
        R(
            "csc",
            "Police notification (PPN) received: Tegan assaulted at bus station Sat evening "
            "by Callum Reith, seen at ED, suspect arrested Sun am.",
            "08:45",
            "Police notification",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-20",
        "tegan-rings-idva",
        R(
            "idva",
            "T rang me at 9.15 in tears, had been too scared to go to college. Talked through "
            "Saturday. Told her police had arrested him.",
        ),
    )
    f.occ(
        "2025-01-20",
        "callum-charged",
        R(
            "police",
            "CPS AUTHORITY - REITH CHARGED S4A STALKING, ASSAULT BY BEATING, THEFT. BAILED "
            "TO STEYNCOMBE MAGS 05/02/25. CONDS: NO CONTACT DIRECT/INDIRECT WITH ASHDOWN T; "
            "NOT TO ENTER PENHALLOW DRIVE, FERRY LANE OR WYVERN VALE COLLEGE.",
            "16:40",
            "Charge",
            ref="SD/25/009214",
        ),
    )
    f.occ(
        "2025-01-21",
        "gp-ed-letter",
        R(
            "gp",
            "ED discharge letter (Steyncombe Royal 18/01): assault by ex-partner, soft tissue "
            "injury L face. Safeguarding flag added. Task: offer appt.",
            "10:00",
        ),
    )
    f.occ(
        "2025-01-21",
        "idva-calls-oic",
        R(
            "idva",
            "Called DC Webb (OIC) - he confirmed charge and bail conditions incl. college and "
            "Ferry Lane. He is applying for a stalking protection order.",
        ),
        R(
            "police",
            "OIC SPOKE TO BEACON IDVA P LAL RE CHARGE, BAIL CONDS AND INTENDED SPO APPLICATION.",
            "11:50",
            "Partner contact",
            ref="SD/25/009214",
        ),
    )
    f.occ(
        "2025-01-22",
        "strategy",
        R(
            "csc",
            "Strategy meeting (Teams). Chair: TM Aisha Brennan. Police DC Webb, college DSL, "
            "Beacon IDVA. Extra-familial harm (teenage relationship abuse). "
            "Agreed: s47 not required - Tegan protected by mother; CIN plan strengthened; "
            "police to seek interim SPO; IDVA to refer to MARAC.",
            "10:00",
            "Strategy discussion",
            "Continue CIN",
        ),
        R(
            "police",
            "STRAT MTG WITH CSC/COLLEGE/IDVA. NO S47. POLICE ACTIONS: ISPO APPLICATION, "
            "MARKER ON ADDRESS, MARAC.",
            "10:00",
            "Strategy",
            ref="SD/25/009214",
        ),
        R(
            "college",
            "Meeting: strat with police + social care re T. Our actions: safe exit, staff "
            "briefing, attendance monitoring.",
            "10:00",
            "Meeting",
        ),
        R(
            "idva",
            "Strat discussion this morning. I'll send the MARAC referral today.",
        ),
    )
    f.occ(
        "2025-01-22",
        "marac-referral",
        R(
            "idva",
            "MARAC referral sent - DASH 17 yes (high), escalation, threats, stalking.",
        ),
        R(
            "marac",
            "Referral received from Beacon YP IDVA (Tegan Ashdown, 16). Criteria: visible "
            "high risk (DASH 17). Listed for MARAC 04/02/25. Research requests to go out.",
            "15:45",
            "Referral received",
        ),
    )
    f.occ(
        "2025-01-24",
        "ispo-hearing",
        R(
            "police",
            "STEYNCOMBE MAGS: INTERIM STALKING PROTECTION ORDER GRANTED (WITHOUT NOTICE) V "
            "REITH C UNTIL FULL HEARING 11/03/25. PROHIBITIONS: NO CONTACT, EXCLUSION ZONE, "
            "NO SOCIAL MEDIA REF TO VICTIM.",
            "",
            "Court - civil",
            ref="SPO/25/004",
        ),
        R(
            "idva",
            "Interim SPO granted at Steyncombe magistrates today - told T and Jo, sent them "
            "the conditions in plain English.",
        ),
    )
    f.occ(
        "2025-01-27",
        "ispo-copy-college",
        R(
            "police",
            "COPY ISPO + SUSPECT PHOTO EMAILED TO WYVERN VALE COLLEGE DSL.",
            "09:30",
            "Partner contact",
            ref="SPO/25/004",
        ),
        R(
            "college",
            "Email from DC Webb: copy of interim SPO and photo. Shared with security and "
            "reception. Filed.",
            "10:10",
            "Information received",
        ),
    )
    f.occ(
        "2025-01-28",
        "ispo-served",
        R(
            "police",
            "ISPO SERVED PERSONALLY ON REITH AT GORSE PARADE 1115. CONDITIONS EXPLAINED.",
            "11:15",
            "Order served",
            ref="SPO/25/004",
        ),
    )
    f.occ(
        "2025-01-29",
        "marac-info-request",
        R(
            "marac",
            "Research request sent to Lantern House Medical Practice (secure email) for MARAC "
            "04/02.",
            "09:00",
            "Research request",
        ),
        R(
            "gp",
            "MARAC research request received (Tegan) - for practice safeguarding lead to complete.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2025-02-04",
        "marac-1",
        R(
            "marac",
            "MARAC M25-0117. Present: police, CSC, Beacon IDVA, health IDVA, housing, "
            "education. Risk: high, stalking escalating to violence. Actions: police - ISPO "
            "monitoring and flag; CSC - CIN; education - safety at college; GP - flag.",
            "09:30",
            "MARAC",
        ),
        R(
            "idva",
            "MARAC today - T's case heard. Actions agreed, I'm to update T and Jo.",
        ),
        R(
            "police",
            "MARAC HEARD - CASE M25-0117. MARKER ON PENHALLOW DRIVE CONFIRMED.",
            "",
            "MARAC",
            ref="M25-0117",
        ),
        R(
            "csc",
            "Case heard at Multi Agency Risk Assessment Conference; SW gave CIN update. "
            "Action for CSC: review CIN plan at next meeting.",
            "09:30",
            "MARAC",
        ),
    )
    f.occ(
        "2025-02-05",
        "mags-first",
        R(
            "police",
            "STEYNCOMBE MAGS: REITH - NOT GUILTY PLEAS ALL CHARGES. TRIAL LISTED 14/04/25. "
            "BAIL CONTINUED SAME CONDS.",
            "",
            "Court",
            ref="SD/25/009214",
        ),
        R(
            "wcu",
            "Hearing result: first appearance - NG pleas, trial 14/04/25 Steyncombe MC. "
            "Defendant on conditional bail. Victim to be informed.",
            "15:30",
            "Hearing result",
            shift="swap",
        ),
    )
    f.occ(
        "2025-02-06",
        "wcu-call-mother",
        R(
            "wcu",
            "Call to Joanne Ashdown (parent of victim): NG plea, trial date, Tegan will be "
            "warned. Needs assessment: special measures (screens / live link), pre-trial visit "
            "offered.",
            "11:20",
            "Victim contact",
        ),
    )
    f.occ(
        "2025-02-10",
        "gp-consult",
        R(
            "gp",
            "S: 16F with mum. Poor sleep, panic attacks since assault, not going out. O: "
            "tearful, good eye contact, no SH/SI. PHQ-A 14, GAD 15. A: anxiety, trauma "
            "symptoms. P: refer CAMHS, Kooth details, review 2/52.",
            "16:20",
        ),
    )
    f.occ(
        "2025-02-11",
        "camhs-referral",
        R(
            "gp",
            "Referral letter to CAMHS sent (anxiety/PTSD symptoms after DA assault).",
            "12:30",
        ),
        R(
            "camhs",
            "Referral received from GP (Dr Fairbrother): anxiety and trauma symptoms "
            "following assault by ex-partner. Triage: routine+ (4 weeks).",
            "",
            "Referral",
            shift="+1",
        ),
    )

    # ---- the breach, remand, pleas ------------------------------------------------------------
    f.occ(
        "2025-02-22",
        "breach-cafe",
        R(
            "police",
            "999 FROM ASHDOWN TEGAN AT WORK (BLOOM & CRUMB CAFE, HARBOUR ST): REITH SAT "
            "OUTSIDE FILMING HER ON PHONE. LEFT BEFORE POLICE ARRIVAL 1402. CCTV SEIZED. "
            "BREACH OF ISPO AND BAIL.",
            "13:50",
            "Incident - breach",
            ref="SD/25/021377",
        ),
    )
    f.occ(
        "2025-02-22",
        "breach-arrest",
        R(
            "police",
            "REITH CALLUM ARRESTED 1730 AT MOTHER'S ADDRESS (11 WHEATLEY RISE) - BREACH OF "
            "INTERIM SPO (S8 STALKING PROTECTION ACT 2019) + BREACH OF BAIL. PHONE SEIZED.",
            "17:30",
            "Arrest",
            ref="SD/25/021377",
        ),
    )
    f.occ(
        "2025-02-23",
        "breach-charge",
        R(
            "police",
            "REITH CHARGED BREACH OF ISPO. REFUSED BAIL - KEPT FOR NEXT AVAILABLE COURT.",
            "12:15",
            "Charge",
            ref="SD/25/021377",
        ),
    )
    f.occ(
        "2025-02-24",
        "remand",
        R(
            "police",
            "STEYNCOMBE MAGS: REITH REMANDED IN CUSTODY (HMYOI BRACKWATER) ON ALL MATTERS. "
            "BREACH LINKED TO TRIAL 14/04/25.",
            "",
            "Court - remand",
            ref="SD/25/021377",
        ),
        R(
            "prob",
            "Court duty: Steyncombe MC. Bail information report prepared - no suitable "
            "address away from victim. Remanded in custody to HMYOI Brackwater.",
            "12:10",
            "Court duty",
        ),
        R(
            "wcu",
            "Hearing result: defendant remanded in custody. Victim to be informed today.",
            "14:00",
            "Hearing result",
        ),
        R(
            "idva",
            "Callum remanded in custody at Steyncombe magistrates today. T relieved; Jo "
            "wants to know for how long.",
        ),
        R(
            "csc",
            "Update: Callum Reith remanded in custody 24/02 after breaching the interim SPO "
            "at Tegan's workplace on Saturday.",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-26",
        "cin-2",
        R(
            "csc",
            "CIN review meeting. Tegan attended part. Attendance at college 71%. CAMHS "
            "referral accepted; IDVA weekly. Plan continues; review in 8 weeks.",
            "14:00",
            "CIN meeting",
        ),
        R(
            "college",
            "Meeting: CIN review (here). Attendance concerns discussed; reduced timetable for "
            "2 weeks agreed.",
            "14:00",
            "Meeting",
        ),
        R(
            "idva",
            "CIN mtg at college. T wants to give evidence by live link if it goes to trial.",
        ),
    )
    f.occ(
        "2025-03-01",
        "ed-panic-1",
        R(
            "ed",
            "Triage: 16F chest tightness, tingling hands, HR 118, sats 100%. Hx DA assault "
            "6/52 ago. ECG sinus tachy. Impression: panic attack. Discharged, GP f/u.",
            "22:40",
            "Attendance",
        ),
    )
    f.occ(
        "2025-03-02",
        "ed-panic-2",
        R(
            "ed",
            "Re-attendance (2nd in 24h). Palpitations, feels 'he's outside'. Calmed, "
            "grounding. Safeguarding nurse informed; CAMHS crisis line details given.",
            "19:10",
            "Attendance",
        ),
    )
    f.occ(
        "2025-03-04",
        "marac-2",
        R(
            "marac",
            "MARAC (repeat) M25-0117: breach of ISPO 22/02, defendant now remanded. Actions: "
            "prison/probation to flag victim; VLO referral on sentence; review on release.",
            "09:30",
            "MARAC - repeat",
        ),
        R(
            "idva",
            "Repeat MARAC - heard today. Prison flag on contact.",
        ),
        R(
            "police",
            "REPEAT MARAC HEARD (M25-0117). PRISON INTELLIGENCE REQUESTED RE CONTACT ATTEMPTS.",
            "",
            "MARAC",
            ref="M25-0117",
        ),
    )
    f.occ(
        "2025-03-06",
        "camhs-choice",
        R(
            "camhs",
            "Choice appointment (face to face), Tegan + mum. Trauma symptoms (nightmares, "
            "hypervigilance), RCADS elevated. Outcome: accepted for TF-CBT, waiting list ~8 "
            "wks; self-help pack.",
            "15:00",
            "Choice appt",
        ),
    )
    f.occ(
        "2025-03-11",
        "full-spo",
        R(
            "police",
            "STEYNCOMBE MAGS: FULL STALKING PROTECTION ORDER MADE V REITH - 2 YEARS. "
            "DEFENDANT PRODUCED BY VIDEO FROM HMYOI BRACKWATER.",
            "",
            "Court - civil",
            ref="SPO/25/004",
        ),
        R(
            "idva",
            "Full SPO granted today for 2 years. Explained to T what it covers after he's out.",
        ),
        R(
            "csc",
            "Stalking protection order (full, 2 years) made against Callum Reith.",
            "",
            "Court",
            shift="swap",
        ),
    )
    f.occ(
        "2025-03-13",
        "dsl-checkin",
        R(
            "college",
            "Check-in: DSL met T (weekly). Sleeping better, still anxious on buses.",
            "10:30",
            "Check-in",
        ),
    )
    f.occ(
        "2025-03-13",
        "idva-session-college",
        R(
            "idva",
            "Session with T at college (on my own with her, afternoon). Worked on the trial "
            "worries, what live link looks like.",
        ),
    )
    f.occ(
        "2025-03-20",
        "camhs-dna",
        R(
            "camhs",
            "Appointment (self-help follow-up): DNA. Text and letter sent, mum rang later to "
            "say T overslept.",
            "16:00",
            "DNA",
        ),
    )
    f.occ(
        "2025-03-24",
        "guilty-pleas",
        R(
            "police",
            "STEYNCOMBE MAGS: REITH CHANGED PLEAS - GUILTY S4A STALKING, ASSAULT BY BEATING, "
            "BREACH ISPO. THEFT LIE ON FILE. COMMITTED TO CORRINGHAM CROWN COURT FOR SENTENCE. "
            "TRIAL VACATED. REMANDED.",
            "",
            "Court",
            ref="SD/25/009214",
        ),
        R(
            "wcu",
            "Hearing result: GP (guilty pleas) - committed for sentence, PSR. Trial 14/04 "
            "vacated; witness de-warned.",
            "13:20",
            "Hearing result",
        ),
        R(
            "prob",
            "Court: committed to Crown Court for sentence; full PSR requested (remand, HMYOI "
            "Brackwater).",
            "",
            "Court - PSR request",
            shift="month",
        ),
    )
    f.occ(
        "2025-04-02",
        "psr-interview",
        R(
            "prob",
            "PSR interview by video link, HMYOI Brackwater. Blames victim's mother for "
            "'turning her against me'. Pattern with previous partner. Risk of serious harm to "
            "known adult/child: HIGH.",
            "10:00",
            "PSR interview",
        ),
    )
    f.occ(
        "2025-04-08",
        "vps",
        R(
            "police",
            "VICTIM PERSONAL STATEMENT TAKEN FROM ASHDOWN TEGAN AT STEYNCOMBE PS, MOTHER AND "
            "BEACON IDVA PRESENT.",
            "16:00",
            "Statement",
            ref="SD/25/009214",
        ),
        R(
            "idva",
            "With T at the police station while she did her victim personal statement. She "
            "wrote most of it herself. Proud of her.",
        ),
    )
    f.occ(
        "2025-04-25",
        "sentence",
        R(
            "police",
            "CORRINGHAM CROWN COURT: REITH SENTENCED 18 MONTHS DETENTION IN YOI. RESTRAINING "
            "ORDER (INDEFINITE). FULL SPO REMAINS. VICTIM SURCHARGE.",
            "",
            "Court result",
            ref="SD/25/009214",
        ),
        R(
            "prob",
            "Sentence: 18m DYOI, RO indefinite. Statutory VLO referral made. Case allocated "
            "to POM S Oduya; licence to include exclusion zone + no contact.",
            "15:30",
            "Sentence",
        ),
        R(
            "wcu",
            "Hearing result: 18 months YOI + restraining order (no end date).",
            "14:45",
            "Hearing result",
        ),
        R(
            "idva",
            "Callum got 18 months in YOI today plus a restraining order with no end date.",
        ),
        R(
            "csc",
            "Court outcome: Callum Reith sentenced at Crown Court to 18 months' detention and "
            "an indefinite restraining order.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-04-25",
        "wcu-call-sentence",
        R(
            "wcu",
            "Call to Joanne and Tegan: sentence explained, approx release date given as "
            "guidance only, VCS (probation) will write. Case closed to WCU.",
            "16:10",
            "Victim contact",
        ),
    )
    f.occ(
        "2025-05-12",
        "idva-attempt-1",
        R("idva", "Tried to ring T for our session - no answer. Left voicemail."),
    )
    f.occ(
        "2025-05-13",
        "idva-attempt-2",
        R("idva", "Rang T again - no answer. Texted to ask if she's OK."),
    )
    f.occ(
        "2025-05-15",
        "idva-attempt-3",
        R(
            "idva",
            "T rang back - exams, she's fine, just busy. Agreed fortnightly now.",
        ),
    )
    f.occ(
        "2025-05-21",
        "cin-closed",
        R(
            "csc",
            "Final CIN review: risk reduced (perpetrator in custody, SPO/RO in place, Tegan "
            "engaging with CAMHS). Case closed to CSC; step down to college pastoral + Beacon.",
            "14:00",
            "CIN closure",
        ),
        R(
            "college",
            "Meeting: final CIN mtg, SW closing. College continues weekly check-ins until summer.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-05-28",
        "vlo-letter",
        R(
            "prob",
            "VLO: Victim Contact Scheme letter sent to Ms J Ashdown (parent) offering contact "
            "and input to licence conditions.",
            "10:00",
            "VCS letter",
        ),
    )
    f.occ(
        "2025-06-18",
        "idva-closing",
        R(
            "idva",
            "Closing session with T - she feels safe, knows how to call us back in. Case "
            "closed, letter to Jo.",
        ),
    )
    f.occ(
        "2025-09-15",
        "vlo-call",
        R(
            "prob",
            "VLO call with Ms Ashdown: release date confirmed 29/09, licence exclusion zone "
            "(Steyncombe town centre, Penhallow Drive, Wyvern Vale College) and no contact.",
            "11:00",
            "VCS contact",
        ),
    )
    f.occ(
        "2025-09-29",
        "release",
        R(
            "prob",
            "Released on licence from HMYOI Brackwater to approved premises (Corringham). "
            "Reported as instructed. Licence conditions explained, GPS tag fitted for "
            "exclusion zone.",
            "14:00",
            "Release",
        ),
        R(
            "police",
            "REITH RELEASED ON LICENCE TO AP CORRINGHAM. RO + SPO ACTIVE. MARKER ON "
            "PENHALLOW DRIVE RENEWED.",
            "",
            "Offender management",
            ref="SD/25/009214",
        ),
    )

    # ---- routine entries ----------------------------------------------------------------------
    f.fill(
        "college",
        "2024-11-11",
        "2025-07-11",
        [
            ("Check-in", "Check-in: DSL - T ok, no contact from C this week."),
            ("Attendance", "Attendance flag: 2 sessions missed (unwell, mum rang)."),
            ("Check-in", "Check-in with T - tired, coursework behind, extension agreed."),
        ],
    )
    f.fill(
        "idva",
        "2024-11-13",
        "2025-01-16",
        [
            ("", "Weekly session with T - healthy relationships work (what's normal)."),
            ("", "Text check-in with T, she's ok."),
        ],
        timed=False,
    )
    f.fill(
        "idva",
        "2025-03-17",
        "2025-05-09",
        [("", "Session with T (weekly) - sleep, panic plan, trial prep.")],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-11-04",
        "2025-05-16",
        [
            ("Visit", "CIN visit - Tegan seen alone at home; no contact from C."),
            ("Visit", "CIN visit - Tegan and Alfie seen, mother coping better."),
            ("Supervision", "Supervision: CIN plan progress, MARAC actions."),
        ],
    )
    f.fill(
        "camhs",
        "2025-04-22",
        "2025-07-18",
        [
            ("TF-CBT", "TF-CBT session 1 - psychoeducation."),
            ("TF-CBT", "TF-CBT session 3 - trauma narrative begun."),
        ],
    )
    f.fill(
        "gp",
        "2025-02-24",
        "2025-06-30",
        [("", "S: review anxiety. O: calmer, sleeping 6h. A: improving. P: CAMHS waiting.")],
    )
    f.fill(
        "prob",
        "2025-05-01",
        "2025-09-05",
        [("Custody", "POM: OASys review; victim awareness work in custody.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Wilk family, Carrowby and Meddingham. Daniel Wilk (b. 27/06/2015), Lena Wilk
# (b. 08/03/2018) and Zofia Wilk (b. 19/01/2024) live with their mother Marisa Quaye (b. 1992)
# and father Tomasz Wilk (b. 1988) at 41 Soames Terrace, Carrowby CR2 5JF (private rented), all
# three on child protection plans (neglect) in Carrowby; the older two at St Brannoc's Primary.
# Evicted after a section 21 notice, the family of five is placed by Carrowby Housing Options in
# one room and an adjoining room at the Kingsgate Lodge Hotel, Meddingham (another borough):
# health visitors in both boroughs hand over, Zofia's weight falters and she is admitted to
# Puffin ward at Meddingham General, the plan moves to Meddingham at a transfer-in conference,
# the children lose their school places and Daniel goes missing trying to get "home", places at
# Hollybush Lane Primary, a suitability review, a private rented flat at 12B Linnet Street,
# Meddingham ME4 7PH, registration at Fairmead Surgery, and a step down to child in need.
# --------------------------------------------------------------------------------------------


def _wilk() -> BlindCase:
    f = Family(
        "wilk",
        3103,
        {
            "hsg": Sheet(
                HOUSING,
                "Carrowby_HousingOptions_Quaye_Wilk.xlsx",
                "H-CLIC case log",
                (("2024-01-01", "Jodie Marsh (Housing Options)"), ("2024-05-14", "TA team")),
            ),
            "csc_c": Sheet(
                CSC_C,
                "Carrowby_CSC_Wilk_children.xlsx",
                "Chronology",
                (("2024-01-01", "Ruth Adeyinka (SW)"),),
            ),
            "csc_m": Sheet(
                CSC_M,
                "Meddingham_CSC_Wilk.xlsx",
                "Case chronology",
                (("2024-01-01", "Meddingham MASH"), ("2024-07-30", "Owen Petrakis (SW)")),
            ),
            "hv_c": Sheet(
                HV_C,
                "Carrowby_0-19_Wilk_Zofia.xlsx",
                "SystmOne extract",
                (("2024-01-01", "Grace Holloway HV"),),
            ),
            "hv_m": Sheet(
                HV_M,
                "Meddingham_HV_Zofia_Wilk.xlsx",
                "Contacts",
                (("2024-01-01", "Niamh Corrigan HV"),),
            ),
            "gp": Sheet(
                GP,
                "Fairmead_Surgery_Wilk_family.xlsx",
                "Records",
                (("2024-01-01", "Dr S. Whitlock"),),
                typed=False,
            ),
            "school_c": Sheet(
                SCHOOL,
                "StBrannocs_Primary_safeguarding.xlsx",
                "Daniel & Lena",
                (("2024-01-01", "Mrs K. Doherty (DSL)"),),
            ),
            "school_m": Sheet(
                SCHOOL,
                "HollybushLane_Primary_CPOMS.xlsx",
                "Wilk D + L",
                (("2024-01-01", "Mr J. Akande (DSL)"),),
            ),
            "edu": Sheet(
                EDU_ACCESS,
                "Meddingham_EducationAccess_CME.xlsx",
                "Case notes",
                (("2024-01-01", "Education Access Officer"),),
            ),
            "ward": Sheet(
                PAEDS,
                "MeddinghamGeneral_Paediatrics_Zofia.xlsx",
                "Clinic and Puffin ward",
                (("2024-01-01", "Paediatric liaison nurse"),),
            ),
            "charity": Sheet(
                CHARITY,
                "OpenDoor_Families_hotel_outreach.xlsx",
                "Wilk-Quaye",
                (("2024-01-01", "Bea Lindgren (family support worker)"),),
                typed=False,
            ),
            "police": Sheet(
                POLICE,
                "Wealdmoor_Police_Wilk.xlsx",
                "Occurrences",
                (("2024-01-01", "Records - PPU"),),
            ),
        },
    )

    # ---- Carrowby: the plan, the notice, the eviction -----------------------------------------
    f.occ(
        "2024-01-30",
        "new-birth-visit",
        R(
            "hv_c",
            "New birth visit (late - day 11, family cancelled x1). Zofia 3.41kg (BW 3.52). "
            "Breast and formula. Mum flat, EPDS 15. Damp in bedroom, 5 sleeping in 2 rooms. "
            "CP plan (neglect) - SW informed of visit.",
            "11:00",
            "New birth visit",
            "Weigh in 1/52; GP re EPDS",
        ),
    )
    f.occ(
        "2024-02-07",
        "housing-approach",
        R(
            "hsg",
            "Approach: Ms Quaye attended Housing Options with her social worker. S21 notice "
            "(expiry 29/02/24) seen and checked - valid. Household 2 adults, 3 children. "
            "Threatened with homelessness: prevention duty s195 accepted.",
            "10:00",
            "Approach / prevention duty",
            ref="HO/24/00731",
        ),
        R(
            "csc_c",
            "Accompanied mother to Carrowby Housing Options re s21 notice. Prevention duty "
            "accepted; PHP to follow. SW letter of support handed in.",
            "10:00",
            "Office visit",
        ),
    )
    f.occ(
        "2024-02-13",
        "rcpc-1",
        R(
            "csc_c",
            "Review Child Protection Conference (chair: Meena Kaur). All 3 children remain "
            "subject to CP plans (neglect). Concerns: home conditions, missed health appts, "
            "mother's low mood, housing insecurity (s21). Core group to meet within 10 "
            "working days.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv_c",
            "Attended RCPC (case conf) - Zofia, Lena, Daniel. HV report: Zofia weight on "
            "25th centile, mum's EPDS 15, GP appt made. Outcome: CP plan continues.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "school_c",
            "Meeting: DSL attended review CP conf for D & L. Attendance D 88%, L 84%, often "
            "late, uniform unwashed. Plans continue.",
            "10:00",
            "CP meeting",
        ),
    )
    f.occ(
        "2024-02-27",
        "core-group-c1",
        R(
            "csc_c",
            "Core group: SW, HV, school DSL, mother. Plan reviewed; housing plan (PHP) "
            "shared; mother on GP waiting list for talking therapy.",
            "13:30",
            "Core group",
        ),
        R(
            "hv_c",
            "Core grp attended (school). Zofia gaining, 4.6kg. Mum more engaged.",
            "13:30",
            "Core group",
        ),
        R(
            "school_c",
            "Meeting: core grp in school. Actions: breakfast club place for both, uniform "
            "from swap shop.",
            "13:30",
            "CP meeting",
        ),
    )
    f.occ(
        "2024-04-02",
        "possession-order",
        R(
            "hsg",
            "Landlord obtained possession order (accelerated procedure) at Carrowby County "
            "Court today, 14 days. Relief duty to follow on eviction. Bailiff date awaited.",
            "15:00",
            "Case note",
            ref="HO/24/00731",
        ),
        R(
            "csc_c",
            "Housing Options update: possession order made against family at county court "
            "02/04 (14 days).",
            "",
            "Housing",
            shift="+1",
        ),
    )
    f.occ(
        "2024-04-23",
        "core-group-c2",
        R(
            "csc_c",
            "Core group. Eviction likely mid-May; Housing say TA may be out of borough. "
            "Zofia growth fine (HV). Daniel's attendance dropped to 79%.",
            "13:30",
            "Core group",
        ),
        R(
            "school_c",
            "Meeting: core group - raised D's attendance, L's headlice x3.",
            "13:30",
            "CP meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-05-14",
        "eviction-to-hotel",
        R(
            "hsg",
            "Family evicted by county court bailiffs 10am. Relief duty (s189B) + interim "
            "accommodation s188: placed at Kingsgate Lodge Hotel, Meddingham (out of "
            "borough) - 2 adjoining rooms, shared kitchen. Out-of-area notification (s208) "
            "to Meddingham.",
            "14:30",
            "Placement in TA",
            ref="HO/24/00731",
        ),
        R(
            "csc_c",
            "Family evicted today and placed by Carrowby Housing in Kingsgate Lodge Hotel, "
            "Meddingham (2 rooms). SW visited hotel pm - children seen, 5 people, 2 double "
            "beds + travel cot.",
            "17:00",
            "House move",
        ),
        R(
            "hv_c",
            "Family moved to TA out of area (Kingsgate Lodge Hotel, Meddingham) following "
            "eviction. Outcome: handover to Meddingham HV required.",
            "",
            "Change of address",
            shift="late",
        ),
        R(
            "school_c",
            "Change of address: Kingsgate Lodge Hotel, Meddingham (TA) from 14/05. Mum says "
            "they will keep coming by bus.",
            "09:10",
            "Admin - address",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-14",
        "s208-notice",
        R(
            "hsg",
            "S208 notification emailed to Meddingham Housing: family of 5 placed at Kingsgate "
            "Lodge, 3 children on CP plans (Carrowby).",
            "15:10",
            "Out of area notice",
            ref="HO/24/00731",
        ),
    )
    f.occ(
        "2024-05-16",
        "charity-first",
        R(
            "charity",
            "First visit to the Wilk-Quaye family at Kingsgate Lodge (rooms 14/15) as part of "
            "our hotel outreach. Five of them in two rooms, one microwave shared with 6 "
            "families. Marisa tearful, baby on formula. I gave food bank voucher and sterilising "
            "tablets, and will come weekly.",
        ),
    )
    f.occ(
        "2024-05-20",
        "hv-handover-call",
        R(
            "hv_c",
            "Telephone handover to Meddingham HV team (N Corrigan): CP plan neglect, EPDS, "
            "weights, TA. Agreed joint visit 04/06.",
            "11:45",
            "Handover",
        ),
        R(
            "hv_m",
            "Contact type: Telephone (in). Handover from Carrowby HV G Holloway - family in "
            "TA at Kingsgate Lodge, CP plan in Carrowby. Outcome: joint handover visit booked.",
            "11:45",
            "Transfer in",
        ),
    )
    f.occ(
        "2024-05-21",
        "core-group-c3",
        R(
            "csc_c",
            "Core group (Teams). Mother joined from hotel. Children attending St Brannoc's "
            "but late daily (2 buses, 1h15). Open Door worker invited for next time.",
            "14:00",
            "Core group",
        ),
        R(
            "hv_c",
            "Core group via Teams. Outcome: handover to Meddingham in progress.",
            "14:00",
            "Core group",
        ),
        R(
            "school_c",
            "Meeting: core group (online). D late 9 of last 10 days. Offered late-arrival "
            "pass so no sanctions.",
            "14:00",
            "CP meeting",
        ),
    )

    # ---- Meddingham: the hotel, faltering weight, the transfer ---------------------------------
    f.occ(
        "2024-06-04",
        "joint-hv-visit",
        R(
            "hv_c",
            "Joint handover visit with Meddingham HV at hotel. Zofia 5.9kg - dropped from 25th "
            "to 2nd centile. Feeds: 4oz 4-hourly, formula made up with bottled water as no "
            "kettle access at night. Outcome: case handed over; GP appt same week.",
            "10:00",
            "Home visit (joint)",
        ),
        R(
            "hv_m",
            "Contact type: Joint home visit (TA) with Carrowby HV - handover. Zofia 5.9kg, "
            "crossed 2 centile lines. Outcome: faltering growth pathway - GP review, weekly "
            "weights, feeding diary.",
            "10:00",
            "Home visit",
            shift="swap",
        ),
    )
    f.occ(
        "2024-06-04",
        "charity-visit-june",
        R(
            "charity",
            "Weekly visit to the family (afternoon). Got a second-hand kettle and a cool box "
            "for the room. Daniel says he hates the hotel because he can't play out.",
        ),
    )
    f.occ(
        "2024-06-06",
        "gp-registration",
        R(
            "gp",
            "New patient registration x5 (Quaye M, Wilk T, Daniel, Lena, Zofia) - address "
            "Kingsgate Lodge Hotel (TA). Records requested from previous practice. CP flag "
            "added (Carrowby plan).",
            "09:30",
        ),
        R(
            "hv_m",
            "Contact type: Admin. Family now registered at Fairmead Surgery. Outcome: GP "
            "informed of CP plan and faltering growth.",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-11",
        "gp-zofia-review",
        R(
            "gp",
            "S: Zofia 4/12, HV concern wt. Feeds ~24oz/day. Vomits after some feeds. O: alert, "
            "6.0kg, no dysmorphism, abdo soft, hips NAD. A: faltering growth ?inadequate "
            "intake ?reflux, social context TA. P: refer paeds, HV weekly weights.",
            "10:40",
        ),
    )
    f.occ(
        "2024-06-11",
        "gp-referral-paeds",
        R(
            "gp",
            "Referral to Meddingham General paediatrics (urgent) - faltering growth, infant "
            "on CP plan, family in hotel TA.",
            "16:00",
        ),
        R(
            "ward",
            "Referral received from Fairmead Surgery (Dr Whitlock): Zofia, 4m, faltering "
            "growth. Triaged urgent - clinic 20/06.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-15",
        "police-hotel-incident",
        R(
            "police",
            "CALL FROM KINGSGATE LODGE HOTEL STAFF: VERBAL ALTERCATION 1ST FLOOR CORRIDOR "
            "BETWEEN WILK TOMASZ AND ANOTHER RESIDENT RE NOISE. 3 CHILDREN PRESENT IN ROOMS "
            "14/15. NO INJURIES, NO OFFENCES. WORDS OF ADVICE. CHILD PPN SUBMITTED.",
            "23:10",
            "Incident",
            ref="WP-24-0615-1198",
        ),
    )
    f.occ(
        "2024-06-17",
        "ppn-received-m",
        R(
            "csc_m",
            "MASH: police notification (PPN) received re altercation at Kingsgate Lodge "
            "15/06, 3 children present. Children subject to CP plans in Carrowby - not open "
            "here.",
            "09:30",
            "Police notification",
        ),
    )
    f.occ(
        "2024-06-17",
        "ppn-forwarded",
        R(
            "csc_m",
            "MASH: PPN forwarded by secure email to Carrowby CSC as case-holding authority.",
            "11:00",
            "Email",
        ),
        R(
            "csc_c",
            "Email from Meddingham MASH forwarding police PPN (altercation at hotel on Sat, "
            "father, children present).",
            "",
            "Email",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-20",
        "paeds-clinic",
        R(
            "ward",
            "Paeds clinic: 6.05kg (<2nd). Exam normal. Feeding obs in clinic - takes 3oz then "
            "refuses; formula over-diluted ('to make it last'). Plan: admit Mon 24/06 for "
            "48-72h feeding assessment + bloods; dietitian.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-24",
        "ward-admission",
        R(
            "ward",
            "Admitted Puffin ward (planned) with mother: faltering growth, feeding "
            "assessment, bloods (FBC, U&E, TFT, coeliac n/a). Safeguarding liaison aware - CP "
            "plan Carrowby.",
            "10:15",
            "Admission",
        ),
        R(
            "hv_m",
            "Contact type: Liaison. Zofia admitted to Puffin ward today (planned) for "
            "feeding assessment. Outcome: HV to attend discharge planning.",
            "",
            "Admission",
        ),
        R(
            "csc_c",
            "Zofia admitted to Meddingham General (Puffin ward) yesterday for 2-3 days "
            "feeding assessment - informed by HV.",
            "",
            "Hospital admission",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-27",
        "discharge-planning",
        R(
            "ward",
            "Discharge planning meeting on ward: paeds reg, ward sister, dietitian, Carrowby "
            "SW, Meddingham HV, Open Door worker, mother. Weight +210g in 72h on correctly "
            "made feeds. Plan: home tomorrow; weekly HV weights; clinic 4/52.",
            "11:00",
            "MDT",
        ),
        R(
            "csc_c",
            "Professionals' meeting at Meddingham General re Zofia's weight: gain on ward "
            "with correct feeds - indicates intake/neglect, no organic cause so far.",
            "11:00",
            "Professionals meeting",
        ),
        R(
            "hv_m",
            "Contact type: MDT (ward). Zofia gained 210g. Outcome: weekly weights at hotel; "
            "feeding plan; kettle/steriliser provided by Open Door.",
            "11:00",
            "Meeting",
        ),
        R(
            "charity",
            "I went to the meeting on Puffin ward about Zofia. Good news, she's put weight on. "
            "I'll sort a proper steriliser and a kettle for their room.",
        ),
    )
    f.occ(
        "2024-06-28",
        "ward-discharge",
        R(
            "ward",
            "Discharged to TA (Kingsgate Lodge) with mother. Wt 6.31kg. Discharge letter to GP/HV.",
            "14:30",
            "Discharge",
        ),
        R(
            "csc_c",
            "Zofia discharged from Puffin ward home to hotel with mum this afternoon.",
            "16:00",
            "Hospital discharge",
        ),
    )
    f.occ(
        "2024-07-02",
        "transfer-request",
        R(
            "csc_c",
            "Transfer-in request sent to Meddingham CSC (letter + CP plan, assessment, "
            "conference minutes) - family resident in Meddingham since 14/05, TA likely "
            "long term.",
            "12:00",
            "Transfer",
        ),
        R(
            "csc_m",
            "Transfer-in request received from Carrowby CSC (3 children on CP plans, neglect). "
            "Family in TA at Kingsgate Lodge since May.",
            "",
            "Contact",
            shift="+1",
        ),
    )
    f.occ(
        "2024-07-05",
        "transfer-decision",
        R(
            "csc_m",
            "Team manager decision: accept transfer; transfer-in conference to be convened "
            "within 15 working days; SW allocated from 30/07.",
            "15:00",
            "Decision",
        ),
    )
    f.occ(
        "2024-07-23",
        "school-c-endofyear",
        R(
            "school_c",
            "End of year: attendance D 71%, L 66% (since move 58%/52%). Late every day. "
            "Action: DSL to raise at transfer conference; EWO referral if no improvement.",
            "12:00",
            "Attendance",
        ),
    )
    f.occ(
        "2024-07-30",
        "transfer-in-conference",
        R(
            "csc_m",
            "Transfer-in child protection conference (chair: IRO Delphine Achterberg). "
            "Attended: Carrowby SW, Meddingham SW, Meddingham HV, Open Door, Carrowby Housing "
            "(by phone), parents. Unanimous: CP plans continue under Meddingham, category "
            "neglect. Carrowby case to close on transfer.",
            "10:00",
            "Transfer-in conference",
        ),
        R(
            "csc_c",
            "Attended transfer in conf at Meddingham. Plans transferred; Carrowby to close "
            "once Meddingham SW has met family.",
            "10:00",
            "Conference",
        ),
        R(
            "hv_m",
            "Contact type: CP conference (transfer in). HV report presented - weight "
            "recovering 6.8kg. Outcome: CP plan continues (Meddingham).",
            "10:00",
            "CP conference",
        ),
        R(
            "hv_c",
            "Minutes received from Meddingham and filed: 'TRANSFER IN CONFERENCE 30/07/24 - "
            "Daniel, Lena and Zofia Wilk to remain subject to child protection plans, now "
            "held by Meddingham. Core group to meet today after conference.' Outcome: Carrowby "
            "HV record closed.",
            "",
            "Record received",
            shift="+1",
        ),
        R(
            "charity",
            "Transfer conference at Meddingham Civic Centre - the kids' plans are now with "
            "Meddingham. I said the hotel is the main problem.",
        ),
        R(
            "hsg",
            "Officer joined Meddingham CP conference (transfer in) by phone: confirmed "
            "family remain owed relief duty, TA at Kingsgate Lodge, no move date.",
            "10:00",
            "Multi-agency",
            ref="HO/24/00731",
        ),
    )
    f.occ(
        "2024-07-30",
        "core-group-m1",
        R(
            "csc_m",
            "First core group (after conference). Actions: SW weekly visits; HV weekly "
            "weights; Open Door - cooking equipment; school places to be considered if "
            "attendance does not improve.",
            "12:15",
            "Core group",
        ),
        R(
            "hv_m",
            "Contact type: Core group (Meddingham, 1st). Outcome: weekly weights continue.",
            "12:15",
            "Core group",
        ),
        R(
            "charity",
            "Stayed for the first core group straight after. I'm down for a slow cooker and "
            "helping with the school bus passes.",
        ),
    )
    f.occ(
        "2024-08-06",
        "csc-c-close",
        R(
            "csc_c",
            "Case closed to Carrowby CSC - transferred to Meddingham (SW O Petrakis met "
            "family 01/08).",
            "16:00",
            "Closure",
        ),
    )
    f.occ(
        "2024-08-08",
        "hv-records-transfer",
        R(
            "hv_c",
            "Child health records for Zofia (and school-age record for D/L) transferred "
            "electronically to Meddingham 0-19.",
            "12:00",
            "Records transfer",
        ),
        R(
            "hv_m",
            "Contact type: Admin. Records received from Carrowby 0-19 (Zofia + siblings).",
            "",
            "Admin",
            shift="+1",
        ),
    )

    # ---- autumn: school places lost and found, Daniel missing ---------------------------------
    f.occ(
        "2024-09-04",
        "not-returned",
        R(
            "school_c",
            "Attendance: Daniel and Lena not in for first day of term. No message. Action: "
            "first-day call.",
            "09:30",
            "Attendance",
        ),
    )
    f.occ(
        "2024-09-05",
        "school-c-call-1",
        R(
            "school_c",
            "Called mum x2 - no answer. Text sent.",
            "09:20",
            "Attendance",
        ),
    )
    f.occ(
        "2024-09-06",
        "school-c-call-2",
        R(
            "school_c",
            "Called mum - answered. Can't afford bus fares (£9.40/day) and 'the kids are "
            "exhausted'. Wants school in Meddingham. Advised in-year application; children "
            "stay on roll until new school. Action: DSL to email SW.",
            "10:05",
            "Attendance",
        ),
    )
    f.occ(
        "2024-09-10",
        "school-c-email-sw",
        R(
            "school_c",
            "Email to Meddingham SW O Petrakis: D and L not attended since term began, family "
            "want local school. Concern re CME.",
            "11:30",
            "Email",
        ),
        R(
            "csc_m",
            "Email from St Brannoc's DSL: Daniel and Lena not attending this term; mother "
            "seeking school in Meddingham.",
            "11:40",
            "Email",
        ),
    )
    f.occ(
        "2024-09-12",
        "in-year-application",
        R(
            "csc_m",
            "Visit to hotel - helped mother complete in-year admission applications online "
            "for Daniel (Y5) and Lena (Y2). Bus passes discussed.",
            "14:00",
            "Home visit",
        ),
        R(
            "edu",
            "In-year applications received (online) for Daniel Wilk (Y5) and Lena Wilk (Y2), "
            "address Kingsgate Lodge (TA), on roll St Brannoc's (Carrowby), not attending. "
            "CP plans. Fast-track via Fair Access.",
            "",
            "In-year application",
        ),
    )
    f.occ(
        "2024-09-19",
        "core-group-m2",
        R(
            "csc_m",
            "Core group 2. Zofia 7.3kg (9th centile). Children out of school 3 weeks - "
            "in-year apps in. Father working nights at warehouse.",
            "13:00",
            "Core group",
        ),
        R(
            "hv_m",
            "Contact type: Core group. Zofia weight now 9th centile. Outcome: fortnightly weights.",
            "13:00",
            "Core group",
        ),
        R(
            "charity",
            "Core group - I reported they finally have a fridge in the room.",
        ),
    )
    f.occ(
        "2024-09-24",
        "places-offered",
        R(
            "edu",
            "Fair Access panel: places allocated Hollybush Lane Primary (Y5, Y2). Offer letter "
            "emailed to parent and SW. Start date to be agreed with school.",
            "16:00",
            "Fair Access",
        ),
    )
    f.occ(
        "2024-10-07",
        "start-hollybush",
        R(
            "school_m",
            "Admission: Daniel (Y5) and Lena (Y2) started today. Met mum at gate. Both "
            "anxious, L clingy. CP plans noted - CPOMS alert. Breakfast club from tomorrow.",
            "08:45",
            "New starter",
        ),
        R(
            "edu",
            "Confirmed with Hollybush Lane: both children started 07/10. CME case closed.",
            "",
            "Case closure",
            shift="late",
        ),
        R(
            "csc_m",
            "Daniel and Lena started at Hollybush Lane Primary today.",
            "",
            "Education",
        ),
    )
    f.occ(
        "2024-10-08",
        "off-roll-c",
        R(
            "school_c",
            "Admin: D and L removed from roll - on roll at Hollybush Lane Primary, "
            "Meddingham from 07/10. CTF and safeguarding file sent (signed for).",
            "14:00",
            "Admin - leaver",
        ),
    )
    f.occ(
        "2024-10-18",
        "housing-report-rcpc",
        R(
            "hsg",
            "Report sent to Meddingham CP conference (RCPC 22/10): family in s188 TA 23 "
            "weeks; shared kitchen; awaiting suitable offer; PRS options being explored.",
            "12:00",
            "Report",
            ref="HO/24/00731",
        ),
    )
    f.occ(
        "2024-10-22",
        "rcpc-m",
        R(
            "csc_m",
            "Review child protection conference: plans continue (neglect). Progress: Zofia's "
            "weight, school places. Risks: TA unsuitable, father's night work, mother's "
            "mood. Housing report received.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv_m",
            "Contact type: RCPC. Outcome: CP plan continues, HV fortnightly.",
            "10:00",
            "CP conference",
        ),
        R(
            "school_m",
            "Meeting: case conf (review) - DSL attended. D settling, L separation anxiety "
            "at drop off. Attendance 100% since start.",
            "10:00",
            "CP meeting",
        ),
        R(
            "charity",
            "Review conference. I said again the room isn't OK for a baby who's crawling.",
            shift="-1",
        ),
    )
    f.occ(
        "2024-11-02",
        "daniel-missing",
        R(
            "police",
            "MISPER: WILK DANIEL (9) REPORTED 1920 BY FATHER - LEFT HOTEL AFTER ARGUMENT. "
            "LOCATED 2105 MEDDINGHAM BUS STATION TRYING TO GET BUS TO CARROWBY 'TO GO HOME'. "
            "RETURNED TO PARENTS. LOW RISK. PPN + RETURN HOME INTERVIEW REQUEST.",
            "19:20",
            "Missing person",
            ref="WP-24-1102-0874",
        ),
    )
    f.occ(
        "2024-11-04",
        "missing-notification",
        R(
            "csc_m",
            "Police notification: Daniel missing Sat evening for ~2 hrs, found at bus "
            "station. Allocated SW informed; RHI to be done.",
            "09:15",
            "Police notification",
        ),
    )
    f.occ(
        "2024-11-04",
        "charity-told-missing",
        R(
            "charity",
            "Marisa told me Daniel ran off on Saturday night and police found him at the bus "
            "station. He misses his old friends. She's frightened.",
        ),
    )
    f.occ(
        "2024-11-06",
        "rhi",
        R(
            "csc_m",
            "Return home interview with Daniel at school (quiet room). He wanted to see his "
            "friend Kacper in Carrowby; says hotel 'is like a prison'. Safety plan; referral "
            "to school ELSA.",
            "13:30",
            "Return home interview",
        ),
        R(
            "school_m",
            "Meeting: SW saw D in school for return interview after missing Sat. Action: ELSA "
            "sessions from next week.",
            "13:30",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-11-14",
        "s202-review",
        R(
            "charity",
            "Helped Marisa send a request for review of the hotel's suitability to Carrowby "
            "Housing (emailed with the Shelter letter) - they've been in B&B-type rooms with "
            "shared kitchen for 6 months.",
        ),
        R(
            "hsg",
            "S202 suitability review request received by email (via Open Door Families). "
            "Acknowledged; reviewing officer allocated.",
            "",
            "Review request",
            ref="HO/24/00731",
            shift="+1",
        ),
    )
    f.occ(
        "2024-12-03",
        "prso-offer",
        R(
            "hsg",
            "Private rented sector offer (12 month AST) made: 3-bed flat, 12B Linnet Street, "
            "Meddingham ME4 7PH. Suitability checked. Viewing Thu.",
            "15:30",
            "PRSO",
            ref="HO/24/00731",
        ),
    )
    f.occ(
        "2024-12-05",
        "viewing",
        R(
            "hsg",
            "Viewing at 12B Linnet Street with applicants and Open Door worker. Accepted "
            "subject to gas safety cert and repairs to bathroom extractor.",
            "11:00",
            "Viewing",
            ref="HO/24/00731",
        ),
        R(
            "charity",
            "Went with Marisa and Tomasz to see the flat on Linnet Street with the housing "
            "officer. Damp-free, 3 bedrooms! They said yes.",
        ),
    )
    f.occ(
        "2024-12-10",
        "core-group-m3",
        R(
            "csc_m",
            "Core group 3. PRSO accepted - move likely January. Zofia 8.1kg. Both children "
            "attending; D doing ELSA.",
            "13:00",
            "Core group",
        ),
        R(
            "hv_m",
            "Contact type: Core group. Outcome: HV to do home visit after move.",
            "13:00",
            "Core group",
        ),
        R(
            "school_m",
            "Meeting: core group (at school). ELSA feedback given.",
            "13:00",
            "CP meeting",
        ),
    )
    f.occ(
        "2025-01-13",
        "move-to-flat",
        R(
            "hsg",
            "Tenancy signed, keys collected: 12B Linnet Street, Meddingham. Main duty "
            "discharged by PRSO (s193(7AA)). TA at Kingsgate Lodge ended.",
            "12:00",
            "Duty ended - PRSO",
            ref="HO/24/00731",
        ),
        R(
            "csc_m",
            "Family moved from Kingsgate Lodge hotel into 12B Linnet Street today. SW visited "
            "pm - beds arrived, children excited.",
            "16:30",
            "House move",
        ),
        R(
            "charity",
            "Moving day! Helped them carry everything from the hotel to Linnet Street. Bunk "
            "beds from our furniture scheme came at 2.",
        ),
        R(
            "hv_m",
            "Contact type: Admin. Change of address - family moved out of TA to 12B Linnet "
            "Street yesterday.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-17",
        "gp-report-rcpc",
        R(
            "gp",
            "Report for RCPC completed and emailed to conference admin: attendance at appts, "
            "Zofia weight trajectory, mother on sertraline + IAPT.",
            "15:00",
        ),
    )
    f.occ(
        "2025-01-21",
        "rcpc-m2",
        R(
            "csc_m",
            "Review child protection conference: family in settled accommodation, Zofia "
            "thriving (25th centile), children in school. Decision: CP plans end; step down "
            "to Child in Need plan.",
            "10:00",
            "RCPC",
            "CP plans ended - CIN",
        ),
        R(
            "hv_m",
            "Contact type: RCPC. Outcome: CP plans ended, CIN. HV universal plus.",
            "10:00",
            "CP conference",
        ),
        R(
            "school_m",
            "Meeting: CP review conf - plans ended, now CIN. Attendance D 98%, L 96%.",
            "10:00",
            "CP meeting",
        ),
        R(
            "charity",
            "Last conference - CP plans ended! Closing our hotel outreach with them this month.",
        ),
    )
    f.occ(
        "2025-02-04",
        "hv-1yr-review",
        R(
            "hv_m",
            "Contact type: 1 year review (home, Linnet St). Zofia 8.9kg (25th), ASQ all "
            "above cut-off, pulling to stand. Home warm, clean. Outcome: universal plus.",
            "10:30",
            "Development review",
        ),
    )
    f.occ(
        "2025-03-04",
        "cin-m1",
        R(
            "csc_m",
            "CIN meeting 1 (at home). All needs met; mother's mood better; father now on day "
            "shifts. Plan: close at next CIN if sustained.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "school_m",
            "Meeting: CIN mtg at family home - DSL attended. Both children doing well.",
            "15:30",
            "Meeting",
        ),
        R(
            "hv_m",
            "Contact type: CIN meeting (home). Outcome: HV to step down to universal after "
            "closure.",
            "",
            "Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2025-04-29",
        "cin-m2-close",
        R(
            "csc_m",
            "CIN meeting 2 - closure agreed. Case closed to CSC with signposting to Family Hub.",
            "15:30",
            "CIN closure",
        ),
        R(
            "school_m",
            "Meeting: final CIN, case closing to social care. School will continue ELSA for D.",
            "15:30",
            "Meeting",
        ),
    )

    # ---- routine entries ----------------------------------------------------------------------
    f.fill(
        "csc_c",
        "2024-01-08",
        "2024-05-10",
        [
            ("CP visit", "CP visit - home cluttered, nappies in bags in hallway; children seen."),
            ("CP visit", "CP visit - improved, kitchen clean; Daniel seen alone."),
        ],
    )
    f.fill(
        "csc_c",
        "2024-05-15",
        "2024-07-26",
        [("CP visit", "CP visit to hotel - 3 children seen, room tidy, baby in travel cot.")],
    )
    f.fill(
        "csc_m",
        "2024-08-12",
        "2024-12-20",
        [
            ("CP visit", "CP visit at hotel - all children seen, no concerns today."),
            ("CP visit", "CP visit - Lena seen alone, likes her new teacher."),
        ],
    )
    f.fill(
        "csc_m",
        "2025-01-15",
        "2025-04-11",
        [("CIN visit", "CIN visit at Linnet St - home well kept.")],
    )
    f.fill(
        "hv_m",
        "2024-07-01",
        "2024-07-26",
        [("Weight clinic", "Contact type: Weight check (hotel). Zofia 6.6kg. Outcome: gaining.")],
    )
    f.fill(
        "hv_m",
        "2024-08-12",
        "2024-09-13",
        [("Weight clinic", "Contact type: Weight check. Zofia 7.0kg. Outcome: on track.")],
    )
    f.fill(
        "hv_c",
        "2024-02-01",
        "2024-05-10",
        [
            ("Clinic", "Baby clinic: Zofia 5.0kg, 25th. Outcome: reassured."),
            ("Telephone", "Telephone: mum reports feeding well. Outcome: clinic next week."),
        ],
    )
    f.fill(
        "school_c",
        "2024-01-08",
        "2024-05-10",
        [
            ("Welfare", "L came in without a coat (cold, raining). Spare coat given."),
        ],
    )
    f.fill(
        "school_m",
        "2024-10-14",
        "2024-12-18",
        [
            ("Welfare", "L cried at drop off, settled with TA in 10 mins."),
            ("ELSA", "D ELSA session 3 - friendships."),
        ],
    )
    f.fill(
        "charity",
        "2024-05-22",
        "2024-12-20",
        [
            ("", "Weekly visit - food bank parcel, baby formula (stage 1)."),
            ("", "Weekly visit - helped Tomasz with the Universal Credit journal."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-07-01",
        "2024-12-13",
        [
            (
                "",
                "Marisa: S: low mood. O: PHQ-9 14. A: depression. P: sertraline 50mg, "
                "IAPT self-referral.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-07-01",
        "2025-04-11",
        [("", "Lena: S: earache 2/7. O: R TM bulging. A: AOM. P: analgesia, safety-net.")],
    )
    f.fill(
        "ward",
        "2024-08-05",
        "2024-09-13",
        [("Clinic", "Paeds clinic f/u: Zofia 7.1kg, tracking 9th. Dietitian plan continues.")],
    )
    f.fill(
        "hsg",
        "2024-05-20",
        "2024-11-08",
        [
            (
                "TA inspection",
                "TA inspection visit Kingsgate Lodge: rooms 14/15 - clean; no "
                "cooking facilities in room noted.",
            ),
        ],
    )
    return f.case()


def blind_dedup_cases_31() -> list[BlindCase]:
    """The thirty-first blind set's families, in the order they were written."""
    return [_lovell(), _ashdown(), _wilk()]


if __name__ == "__main__":
    summary(blind_dedup_cases_31)
