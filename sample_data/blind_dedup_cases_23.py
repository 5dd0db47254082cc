"""A twenty-third set of blind labelled cases for judging duplicate detection.

Three wholly fictional families (the first two written so far; the third follows), each of 100-130
chronology rows from nine to twelve services' sheets over twelve to eighteen months: a two-year-old
who dies after drinking her mother's take-home methadone (a mother in drug treatment with
supervised consumption at a pharmacy, take-home doses and a locked box, a father on probation, a
child in need plan closed, a police welfare check, GP methadone reviews, the 999 call at night,
the ambulance and police at the home, resuscitation in the emergency department, the death, the
joint agency response, the coroner's officer, the child death review, the siblings placed with
their grandparents, both parents' arrests on one morning and a rapid review); a twelve-year-old
girl withdrawn from school for elective home education after attendance fines and then not seen
(the school's deregistration notice, the local authority's EHE team, letters and calls that cross,
a refused home visit, repeated missed GP and dental appointments, a children missing education
referral and panel, a school attendance order notice, a neighbour's anonymous call to the MASH
and its screening, strategy discussions, a refused joint visit, a police welfare check at night
that finds her with severe anorexia nervosa, an admission for refeeding and a transfer to a
tier-4 unit).
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
AMBULANCE = "Ambulance Service"
PROBATION = "Probation Service"
SMS = "Substance Misuse Service"
PHARMACY = "Community Pharmacy"
CORONER = "Coroner's Officer"
CDR = "Child Death Review Service"
EWO = "Education Welfare Service"
EHE = "Elective Home Education Team"
DENTAL = "Dental Practice"
WARD = "Paediatric Ward"
CAMHS = "CAMHS Eating Disorders Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, EWO)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Catterick family, Brackenholt. Rosie-Mae Catterick (b. 14/10/2022) lives with her
# mother Jade Catterick (b. 1995), her father Dean Hollins (b. 1991) and her half-brother Tyler
# (b. 02/06/2016) and sister Lacey (b. 20/11/2019) at 9 Sorrel Walk, Brackenholt QB3 8NL.
# Jade is on methadone from Brackenholt Recovery Partnership, dispensed at Hallam & Vine
# Pharmacy; Dean is on a community order supervised by probation. A child in need plan closes;
# take-home doses and a locked box; a police welfare check; Rosie-Mae dies after drinking her
# mother's methadone in March 2025. Maternal grandparents Sandra and Keith Catterick live at
# 41 Thrushfield Avenue, Quillerton QB7 2DS.
# --------------------------------------------------------------------------------------------


def _catterick() -> BlindCase:
    f = Family(
        "catterick",
        2301,
        {
            "pol": Sheet(
                POLICE,
                "Wessendale_Police_Catterick.xlsx",
                "Chronology",
                (("2024-01-01", "DC 2291 R Ambrose (PPU)"), ("2025-03-08", "DS 1147 C Wetherall")),
            ),
            "csc": Sheet(
                CSC,
                "Brackenholt_CSC_Catterick_chronology.xlsx",
                "Case notes",
                (("2024-01-01", "Kirsty Mallinder SW"), ("2024-08-01", "Priya Venkataraman SW")),
            ),
            "sms": Sheet(
                SMS,
                "BRP_Jade_Catterick.xlsx",
                "Key work",
                (("2024-01-01", "Nadia Pearmain, Recovery Worker"),),
            ),
            "pharm": Sheet(
                PHARMACY,
                "HallamVine_Pharmacy_JC.xlsx",
                "PMR notes",
                (("2024-01-01", "Ravi Deshmane MPharm"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Fennimoor_HC_Catterick.docx",
                "Table 1",
                (("2024-01-01", "Dr A Sowerby"),),
            ),
            "hv": Sheet(
                HV,
                "Brackenholt_0-19_Catterick.xlsx",
                "HV record",
                (("2024-01-01", "Bethany Crane HV"),),
            ),
            "amb": Sheet(AMBULANCE, "WAS_incident_extract_250308.xlsx", "Incidents", typed=False),
            "ed": Sheet(
                ED,
                "TarrowbyGeneral_ED_RMC.xlsx",
                "ED notes",
                (("2024-01-01", "Dr L Haverstock (ED consultant)"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Brackenholt_D_Hollins.xlsx",
                "Contacts",
                (("2024-01-01", "Marcus Fell, Probation Practitioner"),),
            ),
            "cor": Sheet(
                CORONER,
                "Wessendale_Coroner_Catterick.docx",
                "Table 1",
                (("2024-01-01", "Gail Threlfall, Coroner's Officer"),),
                typed=False,
            ),
            "cdr": Sheet(
                CDR,
                "CDR_Service_RMC.xlsx",
                "Chronology",
                (("2024-01-01", "Helen Ashdown, CDR Nurse"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Fennimoor_Primary_CPOMS_export.xlsx",
                "Export",
                (("2024-01-01", "Mrs J Penhallow (DSL)"),),
            ),
        },
    )

    # The child in need plan ends: the final review, then the closure letter.
    f.occ(
        "2024-02-13",
        "final-cin-review",
        R(
            "csc",
            "Final Child in Need review held at Fennimoor Primary with Jade, Dean, the school "
            "DSL, the health visitor and Jade's recovery worker. Tyler's attendance is now 94% "
            "and Lacey's 92%; Jade has been stable on her methadone prescription for eight "
            "months with urine screens negative for illicit opiates, and Dean is keeping his "
            "probation appointments. All agreed the CIN plan has met its aims and can close. "
            "Early Help offered as a step down; Jade declined, saying the family are managing.",
            "10:00",
            "CIN review",
            "CIN plan ended; case to close",
        ),
        R(
            "hv",
            "Contact type: CIN meeting (final review). Venue: Fennimoor Primary. Present: SW, "
            "DSL, recovery worker (BRP), mother, father. Outcome: CIN plan ended by agreement. "
            "HV to continue universal plus for Rosie-Mae; 2-2.5 year review due Oct 2024.",
            "10:00",
            "Meeting",
        ),
        R(
            "sch",
            "Tyler - I attended the final CIN review for Tyler and Lacey this morning. Social "
            "care are closing the plan. Tyler's attendance is 94% this year. I will keep "
            "monitoring in school and Mum knows my door is open.",
            "10:00",
            "Safeguarding - CIN",
        ),
        R(
            "sch",
            "Lacey - final CIN review attended by DSL (see Tyler's record). Plan closed today. "
            "Lacey settled in Reception, attendance 92%.",
            "10:05",
            "Safeguarding - CIN",
        ),
        R(
            "sms",
            "KW attended CIN review at the children's school. SW is closing the CIN plan. Fed "
            "back Jade's progress: stable on 70ml methadone, daily supervised consumption, UDS "
            "negative for heroin x3.",
            "",
            "Multi-agency meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-02-15",
        "closure-letter",
        R(
            "csc",
            "Case closure authorised by TM. Closure letters sent to Jade and Dean and to the GP "
            "(Fennimoor Health Centre) confirming the CIN plan for Tyler and Lacey has ended.",
            "15:20",
            "Case closure",
        ),
        R(
            "gp",
            "Letter from Brackenholt Children's Social Care: CIN plan for Tyler and Lacey "
            "closed 13/02/24, no further social care involvement. Filed; codes updated.",
            "",
            "Correspondence",
            shift="late",
        ),
    )

    f.occ(
        "2024-03-05",
        "gp-methadone-review-1",
        R(
            "gp",
            "S: Shared-care review. Jade reports no on-top use, sleeping better. Taking 70ml "
            "methadone daily, supervised at Hallam & Vine. O: Alert, pupils normal size, no new "
            "injection sites. BP 118/76. A: Opioid dependence, stable on OST. P: Continue. "
            "Discussed safe storage for when take-home doses start: locked box, out of the "
            "children's reach. Naloxone kit in date. Review 6 months.",
            "11:20",
            "Medication review",
        ),
    )
    f.occ(
        "2024-04-09",
        "iom-joint-visit",
        R(
            "prob",
            "Home visit, joint with IOM officer PC 3318 Garside, to 9 Sorrel Walk. Dean at home "
            "with Jade and Rosie-Mae. Accommodation suitable. Discussed start date for the "
            "thinking skills programme. Dean compliant and polite.",
            "14:00",
            "Home visit",
        ),
        R(
            "pol",
            "IOM JOINT HV WITH PROBATION (M FELL) TO HOLLINS DEAN @ 9 SORREL WALK. SUBJ IN, "
            "COMPLIANT. PARTNER JADE CATTERICK AND 1 CHILD PRESENT. NIL NEW INTEL. "
            "PC 3318 GARSIDE.",
            "14:10",
            "IOM visit",
            ref="IOM/24/0412",
        ),
    )

    # Take-home doses, the prescription, the locked box.
    f.occ(
        "2024-05-20",
        "sms-takehome-review",
        R(
            "sms",
            "Contact type: Prescribing review with Dr Olawuyi and KW. Outcome: Jade stable 12 "
            "months, UDS negative. Agreed step-down from daily supervision: supervised Mon/Wed/"
            "Fri, take-home doses Tue/Thu/Sat/Sun. Safe storage agreement signed: methadone to "
            "be kept in a lockable box out of the children's reach and never decanted into "
            "other bottles; BRP to supply the box. Naloxone re-issued.",
            "10:30",
            "Prescribing review",
        ),
    )
    f.occ(
        "2024-05-21",
        "new-prescription",
        R(
            "sms",
            "New instalment prescription (FP10MDA, 14 days) posted to Hallam & Vine Pharmacy by "
            "recorded delivery: supervised M/W/F, take-home T/Th/Sa/Su.",
            "12:15",
            "Prescription",
        ),
        R(
            "pharm",
            "Rx rec'd from BRP for J Catterick: methadone 1mg/ml 70ml daily, NEW REGIME - "
            "supervised Mon Wed Fri, TAKEAWAY Tue Thu Sat Sun. PMR updated.",
            "09:40",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-28",
        "locked-box",
        R(
            "sms",
            "Home visit by KW. Lockable medication box (keyed) given to Jade and put in the top "
            "kitchen cupboard; Jade showed me the key, which she keeps on her keyring. "
            "Rosie-Mae present in high chair. Storage agreement re-read with Jade and Dean.",
            "13:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-18",
        "pharmacy-call-dose-withheld",
        R(
            "pharm",
            "11:20 JC presented for supervised dose appearing drowsy, slurred speech, unsteady. "
            "Dose WITHHELD. Phoned BRP, spoke to N Pearmain.",
            "11:20",
        ),
        R(
            "sms",
            "Tel call from Ravi (pharmacist, Hallam & Vine): Jade attended drowsy and slurring, "
            "dose withheld today. Agreed she returns tomorrow to be assessed.",
            "11:25",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-18",
        "sms-call-to-mother",
        R(
            "sms",
            "Tel to Jade about the withheld dose. She says she took a friend's pregabalin for "
            "back pain. Advised on the risk of combining with methadone. Rosie-Mae was with her, "
            "Dean at home. Appointment made for tomorrow.",
            "15:05",
            "Telephone",
        ),
    )

    # Rosie-Mae's head bump: two attendances on consecutive days, and the HV's notice.
    f.occ(
        "2024-07-09",
        "ed-head-bump",
        R(
            "ed",
            "18:40 Triage. 20mo F, fell from sofa ~50cm onto laminate, hit forehead. No LOC, "
            "cried immediately. Brought by M. AVPU A. Small haematoma L forehead. Cat 4.",
            "18:40",
            "Triage",
        ),
        R(
            "ed",
            "20:05 Dr review. Hx consistent with mechanism and developmental stage. No other "
            "injuries O/E, no red flags for NAI. CT criteria not met. Safeguarding check: prev "
            "CIN (closed). D/C with head injury advice. HV liaison form done.",
            "20:05",
            "Discharge",
        ),
    )
    f.occ(
        "2024-07-10",
        "hv-ed-notice",
        R(
            "hv",
            "Contact type: ED liaison notification. Outcome: Rosie-Mae attended Tarrowby "
            "General ED 09/07 with a forehead bump after falling from the sofa; discharged with "
            "advice. HV to phone mum.",
            "09:30",
            "Liaison",
        ),
    )
    f.occ(
        "2024-07-10",
        "ed-reattendance",
        R(
            "ed",
            "22:10 Re-attendance. 20mo F, vomited x2 today after head injury yesterday. Alert, "
            "playing, GCS 15, neuro obs normal. Observed 4 hrs, tolerated fluids. D/C to M.",
            "22:10",
            "Reattendance",
        ),
    )

    # The police welfare check, the notification, the calls and the screening.
    f.occ(
        "2024-08-17",
        "police-welfare-check",
        R(
            "pol",
            "LOG 2317 17/08/24. ANON CALLER (NEIGHBOUR) REPORTS SHOUTING AND CHILD SCREAMING AT "
            "9 SORREL WALK FOR OVER AN HOUR. OFFICERS ATT 23:40. DEAN HOLLINS AND JADE "
            "CATTERICK PRESENT. FEMALE DROWSY, PINPOINT PUPILS, SAYS SHE HAS TAKEN HER SCRIPT. "
            "3 CHILDREN: ELDER 2 ASLEEP, YOUNGEST AWAKE AND UPSET, NAPPY HEAVILY SOILED. MALE "
            "SOBER AND ABLE TO CARE. PPN SUBMITTED (CHILD CONCERN).",
            "23:40",
            "Welfare check",
            ref="LOG 2317 17/08/24; PPN 24/11873",
        ),
    )
    f.occ(
        "2024-08-19",
        "csc-ppn-received",
        R(
            "csc",
            "Police notification (PPN 24/11873) received in the MASH about a welfare check at "
            "9 Sorrel Walk late on Saturday night: Jade drowsy, Rosie-Mae distressed in a "
            "soiled nappy, Dean sober and caring. Case closed to CSC in February (CIN). Passed "
            "to MASH screening with a request for partner checks.",
            "09:12",
            "Contact",
        ),
    )
    f.occ(
        "2024-08-20",
        "mash-call-to-sms",
        R(
            "csc",
            "MASH: tel to Brackenholt Recovery Partnership for information on Jade's "
            "treatment. Recovery worker not available; message left with the duty worker.",
            "10:15",
            "Telephone",
        ),
        R(
            "sms",
            "Duty: call from MASH social worker asking for information on Jade after a police "
            "welfare check at the weekend. Message passed to Nadia to call back.",
            "10:18",
            "Telephone",
        ),
    )
    f.occ(
        "2024-08-20",
        "sms-call-back-to-mash",
        R(
            "sms",
            "Returned MASH call. Shared: Jade on 70ml, mixed supervised/take-home regime since "
            "May, lockable box provided, one episode of intoxication at the pharmacy in June "
            "(pregabalin). I will review Jade this week.",
            "14:40",
            "Telephone",
        ),
        R(
            "csc",
            "Call back from Nadia Pearmain (BRP recovery worker): Jade is on methadone 70ml "
            "with take-home doses since May and has a lockable box at home; one episode of "
            "intoxication at the pharmacy in June. BRP will review her this week.",
            "14:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-08-21",
        "mash-screening",
        R(
            "csc",
            "MASH screening decision: information from police, health and BRP gathered. "
            "Concerns about Jade's presentation with three children in her care; Dean present "
            "and sober; BRP reviewing her script. Threshold for CSC assessment not met. Refer "
            "to the Early Help hub; letter to parents; HV and school to be told.",
            "11:40",
            "MASH decision",
            "Step down to Early Help",
        ),
        R(
            "csc",
            "MASH screening decision: info gathered from police, health and BRP. Concerns re "
            "Jade's presentation with 3 children in her care; Dean present and sober; BRP "
            "reviewing script. Threshold for CSC not met. Refer to Early Help hub; letter to "
            "parents; HV and school told.",
            "11:42",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-08-22",
        "sms-review-after-police",
        R(
            "sms",
            "Review with Jade after the police visit. She says she was 'just tired'. UDS today "
            "positive for methadone and pregabalin. Back to daily supervised consumption for 4 "
            "weeks; take-homes suspended. New prescription to pharmacy.",
            "11:00",
            "Review",
        ),
    )

    f.occ(
        "2024-09-24",
        "probation-dna",
        R(
            "prob",
            "Failed to attend supervision. Rang later saying he overslept; not an acceptable "
            "reason. First warning letter issued.",
            "",
            "Enforcement",
        ),
    )
    f.occ(
        "2024-09-24",
        "sms-takehomes-back",
        R(
            "sms",
            "Contact type: review. Outcome: 4 weeks daily supervision completed, UDS negative "
            "x2. Take-home doses reinstated Tue and Sun. Locked box to be used; Jade agreed.",
            "14:20",
            "Review",
        ),
    )
    # Two agencies' home visits on one day, each made alone.
    f.occ(
        "2024-10-22",
        "sms-home-visit",
        R(
            "sms",
            "Home visit. Lockable box seen in the top kitchen cupboard, locked; key on Jade's "
            "keyring. Rosie-Mae present, playing with blocks. Dean out at the shops.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-22",
        "hv-two-year-review",
        R(
            "hv",
            "Contact type: 2-2.5 year review (home). Outcome: ASQ-3 communication borderline, "
            "other domains on track. Home cluttered but safe. M says methadone kept in a locked "
            "box; advised all medicines out of reach. Dental registration advised. Universal "
            "plus; review speech in 3 months.",
            "14:00",
            "Developmental review",
        ),
    )
    f.occ(
        "2024-11-12",
        "gp-methadone-review-2",
        R(
            "gp",
            "S: 6-monthly shared-care review. Jade says Dean is 'stressed' with probation; "
            "denies on-top use. Two take-home doses a week. O: Pupils normal, alert, weight "
            "61kg. A: OUD, stable. P: Continue methadone 70ml via BRP. Safe storage re-discussed "
            "- box locked, key kept on her. Letter to BRP.",
            "10:40",
            "Medication review",
        ),
    )
    f.occ(
        "2024-11-13",
        "gp-letter-to-sms",
        R(
            "gp",
            "Letter to Dr Olawuyi (BRP) re shared-care review 12/11: stable, continue.",
            "",
            "Correspondence",
        ),
        R(
            "sms",
            "Letter received from Dr Sowerby (Fennimoor HC): shared-care review on 12/11, "
            "stable, no change. Scanned to record.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-19",
        "sms-christmas-review",
        R(
            "sms",
            "Prescribing review before Christmas: pharmacy closed 25/26 Dec and 1 Jan, so "
            "extra take-home doses to be dispensed on the 23rd and 31st. Locked-box agreement "
            "re-signed by Jade; she will tell Dean.",
            "10:15",
            "Prescribing review",
        ),
    )
    f.occ(
        "2024-12-23",
        "pharmacy-christmas-doses",
        R(
            "pharm",
            "JC supervised dose today + 2 TAKEAWAY doses (25/12, 26/12) dispensed in CR "
            "bottles, labelled. Reminded re locked box. Pt says box at home.",
            "16:10",
        ),
    )
    f.occ(
        "2025-01-16",
        "pharmacy-missed-doses",
        R(
            "pharm",
            "JC not collected Mon, Tue or Wed (3 consecutive missed doses). Cannot dispense "
            "without prescriber review. Emailed BRP.",
            "09:15",
        ),
        R(
            "sms",
            "Email from Hallam & Vine: Jade has missed 3 consecutive doses (13-15/01); pharmacy "
            "not dispensing until she is reviewed.",
            "",
            "Email",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-20",
        "sms-retitration",
        R(
            "sms",
            "Seen after missed doses; Jade says she had flu. Restarted at 40ml, titrating back "
            "to 70ml over a week, supervised daily until back at dose, then take-homes Tue/Sun "
            "to resume.",
            "11:30",
            "Prescribing review",
        ),
    )
    # Dean's shop theft: the arrest and the charge the same day.
    f.occ(
        "2025-02-11",
        "father-arrest-theft",
        R(
            "pol",
            "HOLLINS DEAN ARRESTED 14:30 @ PRICEWELL SUPERSTORE, BRACKENHOLT, THEFT FROM SHOP "
            "(MEAT AND SPIRITS, £146). CONVEYED WESSENDALE CENTRAL CUSTODY.",
            "14:30",
            "Arrest",
            ref="CRIME 47/9921/25",
        ),
        R(
            "prob",
            "Police notification: Dean arrested yesterday afternoon for theft from Pricewell "
            "Superstore. Will discuss at next supervision; breach being considered.",
            "",
            "Information received",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-11",
        "father-charge-theft",
        R(
            "pol",
            "HOLLINS DEAN CHARGED THEFT FROM SHOP x1. BAILED TO BRACKENHOLT MAGISTRATES 04/03/25.",
            "22:05",
            "Charge",
            ref="CRIME 47/9921/25",
        ),
    )

    # The night of 7-8 March 2025.
    f.occ(
        "2025-03-08",
        "999-call",
        R(
            "amb",
            "Inc 250308-0061. 999 call 02:14 from father at 9 Sorrel Walk: 2yr female not "
            "breathing, 'floppy and blue'. Cat 1. Call handler gave CPR instructions, father "
            "doing compressions. Police requested (child).",
            "02:14",
        ),
    )
    f.occ(
        "2025-03-08",
        "home-attendance-amb-police",
        R(
            "amb",
            "Crew on scene 02:23 (DCA + RRV). 2yr F in cardiac arrest, asystole, pupils "
            "pinpoint. ALS, IO access, naloxone IO x2 no response. Mother drowsy. Open pharmacy "
            "bottle (methadone) on kitchen worktop. Police on scene 02:31. Left scene 02:38 "
            "with pre-alert to Tarrowby General.",
            "02:23",
        ),
        R(
            "pol",
            "LOG 0089 08/03/25. ATT 9 SORREL WALK WITH AMBULANCE 02:31, 2YR OLD IN CARDIAC "
            "ARREST, CREW WORKING ON CHILD. MOTHER SEMI-COHERENT, FATHER DISTRESSED. GREEN "
            "PHARMACY BOTTLE (METHADONE) OPEN ON KITCHEN SIDE, LOCK BOX OPEN ON FLOOR WITH KEY "
            "IN IT. 2 OTHER CHILDREN ASLEEP UPSTAIRS. SCENE PRESERVED, PC ESCORTED AMB TO TGH.",
            "02:31",
            "Sudden death - child",
            ref="LOG 0089 08/03/25",
        ),
    )
    f.occ(
        "2025-03-08",
        "ed-resuscitation",
        R(
            "ed",
            "02:48 Pre-alerted paediatric arrest. Arr by amb, CPR in progress. 2y F, ?opioid "
            "(methadone) ingestion at home. Asystole.",
            "02:48",
            "Triage",
        ),
        R(
            "ed",
            "02:55 Resus: APLS, intubated, adrenaline x5, naloxone 400mcg IV, fluid bolus. "
            "Glucose 4.1, temp 35.2. Bloods incl tox screen sent. Parents in relatives' room "
            "with police.",
            "02:55",
            "Resuscitation",
        ),
        R(
            "ed",
            "03:50 SUDIC samples taken per protocol (bloods, urine, swabs). Parents allowed to "
            "hold Rosie-Mae with police present. To mortuary 05:10.",
            "03:50",
            "Post-death care",
        ),
    )
    f.occ(
        "2025-03-08",
        "death",
        R(
            "ed",
            "03:31 Resuscitation stopped after 68 min, consultant decision, parents told. Life "
            "pronounced extinct 03:31.",
            "03:31",
            "Death",
        ),
        R(
            "pol",
            "CHILD ROSIE-MAE CATTERICK (DOB 14/10/22) PRONOUNCED DECEASED 03:31 AT TARROWBY "
            "GENERAL ED. DI NOTIFIED. JAR/SUDIC PROTOCOL INVOKED.",
            "03:35",
            "Sudden death - child",
            ref="LOG 0089 08/03/25",
        ),
        R(
            "csc",
            "EDT: Rosie-Mae Catterick (2) died at Tarrowby General ED at 03:31 this morning "
            "after being found unresponsive at home; suspected ingestion of her mother's "
            "methadone. Tyler (8) and Lacey (5) are at the home with police.",
            "03:55",
            "Child death",
        ),
        R(
            "cdr",
            "Death: Rosie-Mae Catterick, 2y 4m, died 08/03/2025 at 03:31, Tarrowby General ED. "
            "Unexpected; JAR criteria met. Suspected methadone ingestion at home.",
            "04:00",
            "Death",
        ),
        R(
            "cor",
            "Death reported: Rosie-Mae CATTERICK, aged 2, of 9 Sorrel Walk, Brackenholt, died "
            "08/03/2025 at 03:31 in the emergency department, Tarrowby General Hospital. "
            "Sudden and unexplained; jurisdiction accepted; forensic post-mortem to be arranged.",
            "04:20",
        ),
        R(
            "gp",
            "Patient died 08/03/2025 at Tarrowby General ED, sudden unexpected death in "
            "childhood (?methadone ingestion). Coroner's case. Alerts added to Jade's, Tyler's "
            "and Lacey's records.",
            "",
            "Death",
        ),
    )
    f.occ(
        "2025-03-08",
        "edt-strategy-discussion",
        R(
            "csc",
            "Strategy discussion by telephone: EDT SW Owen Brathwaite, DS Wetherall and "
            "Dr Quayle (on-call paediatrician). Section 47 enquiries agreed for Tyler and Lacey. "
            "With the parents' agreement the children will go to their maternal grandparents "
            "under s20; no unsupervised contact with parents. JAR home visit at 05:30.",
            "04:45",
            "Strategy discussion",
        ),
        R(
            "pol",
            "04:45 STRAT DISC (TEL) WITH EDT AND PAEDS. S47 AGREED FOR 2 SIBLINGS. SIBLINGS TO "
            "MGPS. JAR HOME VISIT TO FOLLOW.",
            "04:50",
            "Strategy discussion",
            ref="LOG 0089 08/03/25",
        ),
        R(
            "cdr",
            "Strategy discussion by phone (Dr Quayle with EDT and police): s47 for the siblings; "
            "JAR home visit to go ahead at 05:30.",
            "04:45",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2025-03-08",
        "jar-home-visit",
        R(
            "pol",
            "05:30 JAR HOME VISIT 9 SORREL WALK WITH DR QUAYLE AND CDR NURSE. PARENTS' ACCOUNT: "
            "CHILD WOKE ABOUT 23:00, MOTHER GAVE HER SQUASH IN A BEAKER; TAKE-HOME DOSE LEFT "
            "ON THE SIDE. 2 METHADONE BOTTLES (1 EMPTY) AND BEAKER SEIZED. PHOTOS TAKEN.",
            "05:30",
            "JAR visit",
            ref="LOG 0089 08/03/25",
        ),
        R(
            "cdr",
            "Joint Agency Response home visit with DS Wetherall: parents' accounts taken, "
            "sleeping arrangements seen (cot in parents' room). Pharmacy-labelled methadone "
            "bottles on the kitchen worktop; the lockable box was open with the key in it.",
            "05:30",
            "JAR home visit",
        ),
    )
    f.occ(
        "2025-03-08",
        "siblings-to-grandparents",
        R(
            "csc",
            "Tyler and Lacey taken by EDT to their maternal grandparents, Sandra and Keith "
            "Catterick, 41 Thrushfield Avenue, Quillerton, under s20 with Jade and Dean's "
            "signed consent. Regulation 24 checks started; grandparents able to care.",
            "06:40",
            "Placement",
        ),
        R(
            "pol",
            "06:40 SIBLINGS TYLER (8) AND LACEY (5) CONVEYED WITH EDT SW TO MGPS @ 41 "
            "THRUSHFIELD AVE QUILLERTON.",
            "06:40",
            "Safeguarding",
            ref="LOG 0089 08/03/25",
        ),
    )
    f.occ(
        "2025-03-09",
        "prelim-tox-call",
        R(
            "cdr",
            "Dr Quayle phoned DS Wetherall: preliminary toxicology on the ED bloods shows "
            "methadone at a level consistent with a fatal dose in a toddler.",
            "11:30",
            "Telephone",
        ),
        R(
            "pol",
            "TEL FROM DR QUAYLE (DESIGNATED PAED): PRELIM TOX POSITIVE METHADONE, FATAL RANGE. "
            "ARREST STRATEGY TO BE AGREED WITH DI.",
            "11:35",
            "Update",
            ref="LOG 0089 08/03/25",
        ),
    )
    # Monday: two arrests, the call to school, the strategy meeting.
    f.occ(
        "2025-03-10",
        "mother-arrest",
        R(
            "pol",
            "07:05 CATTERICK JADE ARRESTED @ 41 THRUSHFIELD AVE ON SUSPICION OF MANSLAUGHTER "
            "(GROSS NEGLIGENCE) AND CHILD NEGLECT. CONVEYED WESSENDALE CENTRAL CUSTODY.",
            "07:05",
            "Arrest",
            ref="CRIME 47/12260/25",
        ),
        R(
            "sms",
            "DC Ambrose told us Jade was arrested this morning on suspicion of manslaughter "
            "following Rosie-Mae's death. Custody healthcare will contact the prescriber about "
            "dosing in custody.",
            "09:05",
            "Information received",
        ),
    )
    f.occ(
        "2025-03-10",
        "father-arrest",
        R(
            "pol",
            "07:12 HOLLINS DEAN ARRESTED @ 41 THRUSHFIELD AVE ON SUSPICION OF MANSLAUGHTER "
            "(GROSS NEGLIGENCE) AND CHILD NEGLECT. CONVEYED WESSENDALE CENTRAL CUSTODY.",
            "07:12",
            "Arrest",
            ref="CRIME 47/12260/25",
        ),
        R(
            "prob",
            "Police told me at 08:30 that Dean was arrested at 07:12 today at his partner's "
            "parents' address on suspicion of gross negligence manslaughter and child neglect "
            "after the death of his daughter. RoSH review to follow.",
            "08:40",
            "Information received",
        ),
    )
    f.occ(
        "2025-03-10",
        "csc-call-to-school",
        R(
            "csc",
            "Telephoned Mrs Penhallow (DSL, Fennimoor Primary) to tell her of Rosie-Mae's death "
            "and that Tyler and Lacey are with their grandparents in Quillerton; the "
            "grandparents will bring them to school when they are ready.",
            "08:50",
            "Telephone",
        ),
        R(
            "sch",
            "Tyler - phone call from the social worker at 08:50: Tyler's little sister "
            "Rosie-Mae died at the weekend. Tyler and Lacey are staying with their grandparents. "
            "I have told the class teacher and the head.",
            "08:50",
            "Safeguarding - information",
        ),
        R(
            "sch",
            "Lacey - call from SW (see Tyler): baby sister died on Saturday, Lacey staying at "
            "grandparents' in Quillerton. Reception team told; bereavement support to be "
            "offered.",
            "08:55",
            "Safeguarding - information",
        ),
    )
    f.occ(
        "2025-03-10",
        "strategy-meeting",
        R(
            "csc",
            "Multi-agency strategy meeting (Teams), chaired by TM Leanne Hobart, with police, "
            "CDR nurse, HV, BRP, probation and GP. Police: both parents arrested this morning. "
            "Section 47 enquiries for Tyler and Lacey continue; they stay with their "
            "grandparents; any contact with parents supervised. ICPC to be convened.",
            "10:00",
            "Strategy meeting",
            "S47 continues; ICPC",
        ),
        R(
            "pol",
            "STRATEGY MEETING (TEAMS) 10:00. S47 CONTINUES. BOTH PARENTS IN CUSTODY. NO "
            "UNSUPERVISED CONTACT WITH SIBLINGS.",
            "10:00",
            "Strategy meeting",
            ref="CRIME 47/12260/25",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (virtual). Outcome: s47 for Tyler and Lacey "
            "continues. HV to share Rosie-Mae's records with the CDR nurse and attend ICPC.",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "sms",
            "KW and Dr Olawuyi attended strategy discussion after Rosie-Mae's death. Shared "
            "Jade's treatment history, the storage agreements and the locked box. Script "
            "suspended.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "prob",
            "Attended s47 strategy meeting. Shared details of Dean's community order and his "
            "compliance.",
            "10:00",
            "Multi-agency meeting",
            shift="swap",
        ),
        R(
            "gp",
            "Strategy meeting (Teams) - Dr Sowerby attended. S47 continues for the siblings. GP "
            "records for Rosie-Mae and parents to go to CDR.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-11",
        "post-mortem",
        R(
            "cor",
            "Forensic post-mortem by Dr N Castellane (Home Office pathologist) at Quillerton "
            "mortuary. DS Wetherall present. Cause of death pending toxicology and histology.",
            "10:00",
        ),
        R(
            "pol",
            "PM ATTENDED BY DS WETHERALL 10:00. NO INJURIES OF NOTE. COD PENDING TOX/HISTO.",
            "10:00",
            "Post-mortem",
            ref="CRIME 47/12260/25",
        ),
    )
    f.occ(
        "2025-03-11",
        "jar-meeting",
        R(
            "cdr",
            "Joint Agency Response information-sharing meeting chaired by Dr Quayle with "
            "police, CSC, GP, HV and BRP. Family chronology shared; methadone ingestion the "
            "working cause; JAR report to go to the coroner.",
            "14:00",
            "JAR meeting",
        ),
        R(
            "pol",
            "14:00 JAR MEETING (SUDIC) ATTENDED BY DS WETHERALL.",
            "14:00",
            "Meeting",
            ref="CRIME 47/12260/25",
        ),
        R(
            "csc",
            "Attended the SUDIC initial multi-agency meeting at Tarrowby General chaired by "
            "the designated paediatrician for child deaths. Shared the CIN history and the "
            "August police welfare check.",
            "14:00",
            "Meeting",
        ),
        R(
            "gp",
            "Child death - initial multi-agency discussion (JAR). Dr Sowerby dialled in.",
            "14:00",
            "Meeting",
            shift="+1",
        ),
        R(
            "hv",
            "Contact type: JAR meeting (child death). Outcome: HV records shared, including "
            "the 2-year review and the July ED attendances.",
            "14:00",
            "Meeting",
        ),
        R(
            "sms",
            "Joint Agency Response meeting (child death): KW and Dr Olawuyi attended.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-03-12",
        "serious-incident-notification",
        R(
            "csc",
            "Serious incident notification submitted to the National Panel and referral made "
            "to the Brackenholt Safeguarding Children Partnership for a rapid review.",
            "16:30",
            "Notification",
        ),
    )
    f.occ(
        "2025-03-20",
        "rapid-review",
        R(
            "csc",
            "Rapid Review meeting (Brackenholt SCP) on Rosie-Mae's death. The partners agreed "
            "the case meets the criteria for a local Child Safeguarding Practice Review; "
            "learning themes: safe storage of take-home methadone, fathers' voices, closure of "
            "the CIN plan.",
            "09:30",
            "Rapid review",
        ),
        R(
            "pol",
            "RAPID REVIEW MTG (SCP) 09:30. DI HOLDEN ATTENDED FOR POLICE. CSPR RECOMMENDED.",
            "09:30",
            "Meeting",
        ),
        R(
            "sms",
            "Safeguarding Partnership rapid review: BRP service manager attended with the "
            "agency report.",
            "",
            "Multi-agency meeting",
        ),
        R(
            "hv",
            "Contact type: Rapid review panel (child death). Outcome: HV lead attended; "
            "scoping return submitted.",
            "09:30",
            "Meeting",
            shift="-1",
        ),
        R(
            "prob",
            "Rapid review - senior probation officer attended on behalf of the PDU.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-03-26",
        "inquest-opened",
        R(
            "cor",
            "Inquest opened and adjourned by the Area Coroner at Quillerton Coroner's Court; "
            "identification evidence from DS Wetherall; adjourned pending the criminal "
            "investigation.",
            "11:00",
        ),
        R(
            "pol",
            "INQUEST OPENED AND ADJOURNED TODAY. DS WETHERALL GAVE ID EVIDENCE.",
            "11:00",
            "Coroner",
            ref="CRIME 47/12260/25",
        ),
    )
    f.occ(
        "2025-03-28",
        "icpc-siblings",
        R(
            "csc",
            "Initial child protection conference for Tyler and Lacey, chaired by IRO Sam "
            "Okwuosa. Both children made subject to child protection plans (neglect). They "
            "remain with their maternal grandparents; parents on police bail with a condition "
            "not to have unsupervised contact.",
            "13:00",
            "ICPC",
            "CP plans - neglect",
        ),
        R(
            "sch",
            "Tyler - I attended the ICPC. Tyler is now on a CP plan (neglect). He is quiet in "
            "class; ELSA sessions started.",
            "13:00",
            "Safeguarding - CP",
        ),
        R(
            "sch",
            "Lacey - ICPC today, CP plan (neglect). See Tyler's record.",
            "13:00",
            "Safeguarding - CP",
        ),
        R(
            "hv",
            "Contact type: ICPC (siblings). Outcome: CP plans under neglect for both siblings; "
            "HV report on Rosie-Mae submitted.",
            "13:00",
            "Conference",
        ),
        R(
            "pol",
            "ICPC 13:00 - DC AMBROSE ATTENDED. BOTH SIBLINGS ON CP PLANS (NEGLECT).",
            "13:00",
            "Conference",
        ),
    )
    f.occ(
        "2025-06-12",
        "pm-report",
        R(
            "cor",
            "Final post-mortem report from Dr Castellane received and copied to the police: "
            "cause of death 1a methadone toxicity.",
            "",
        ),
        R(
            "pol",
            "PM REPORT RECEIVED FROM CORONER'S OFFICER: COD 1A METHADONE TOXICITY.",
            "10:20",
            "Update",
            ref="CRIME 47/12260/25",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-26",
        "mother-charged",
        R(
            "pol",
            "CATTERICK JADE CHARGED (CPS AUTHORITY) WITH MANSLAUGHTER BY GROSS NEGLIGENCE. "
            "BAILED TO QUILLERTON MAGISTRATES 10/07/25.",
            "15:40",
            "Charge",
            ref="CRIME 47/12260/25",
        ),
        R(
            "csc",
            "DC Ambrose informed me that Jade was charged today with gross negligence "
            "manslaughter. Dean remains under investigation.",
            "16:30",
            "Information received",
        ),
    )
    f.occ(
        "2025-07-09",
        "child-death-review-meeting",
        R(
            "cdr",
            "Child Death Review Meeting chaired by Dr Quayle: GP, HV, police, BRP. Cause of "
            "death methadone toxicity; modifiable factors identified (storage of take-home "
            "doses, information sharing with the HV). Analysis form to the CDOP.",
            "10:00",
            "CDRM",
        ),
        R(
            "gp",
            "Child death review meeting - Dr Sowerby attended. Learning on shared-care "
            "reviews and children in the household.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Child Death Review Meeting. Outcome: HV attended; learning re "
            "asking to see where medicines are stored at home visits.",
            "",
            "Meeting",
            shift="month",
        ),
        R(
            "pol",
            "CDRM ATTENDED BY DS WETHERALL.",
            "10:00",
            "Meeting",
        ),
    )

    # Routine single entries.
    f.fill(
        "sms",
        "2024-02-19",
        "2025-03-05",
        [
            ("Key work", "Key work session: relapse prevention, triggers around money worries."),
            ("UDS", "UDS: methadone positive only. Fed back to Jade."),
            ("Key work", "Key work session: Jade wants to start a reduction after Christmas."),
            ("Telephone", "Check-in call with Jade, no concerns raised."),
            ("Group", "Jade attended the women's recovery group."),
        ],
    )
    f.fill(
        "pharm",
        "2024-02-19",
        "2024-05-17",
        [
            ("", "JC supervised dose taken, water given after. No concerns."),
            ("", "JC supervised dose taken, brought Rosie-Mae in buggy."),
        ],
    )
    f.fill(
        "pharm",
        "2024-10-01",
        "2025-01-10",
        [
            ("", "JC collected takeaway dose; reminded re locked box."),
            ("", "JC supervised, chatty, well. Naloxone kit checked in date."),
        ],
    )
    f.fill(
        "prob",
        "2024-02-19",
        "2025-03-05",
        [
            ("Supervision", "Supervision session: victim awareness work, Dean engaged."),
            ("Supervision", "Supervision: thinking skills programme progress good."),
            ("Unpaid work", "Completed 7 hours unpaid work at the community allotments."),
            ("Supervision", "Supervision: Dean reports money worries, referred to debt advice."),
        ],
    )
    f.fill(
        "gp",
        "2024-02-19",
        "2025-03-05",
        [
            ("Consultation", "Lacey: 3/7 earache. O/E R TM red, bulging. A: AOM. P: amoxicillin."),
            ("Consultation", "Tyler: eczema flare, emollients and 1% hydrocortisone."),
        ],
    )
    f.fill(
        "sch",
        "2024-02-19",
        "2025-03-05",
        [
            ("Attendance", "Tyler - late 3 times this week, Dad brought him; reminder given."),
            ("Welfare", "Lacey - came in without a coat in the rain; spare coat given."),
            ("Attendance", "Tyler - attendance letter (91%) sent home."),
        ],
    )
    f.fill(
        "hv",
        "2024-02-19",
        "2025-03-05",
        [("Telephone", "Contact type: telephone. Outcome: M reports Rosie-Mae well, eating.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Fairbrass family, Sallowmere. Imogen Fairbrass (b. 19/05/2012) lives with her
# mother Claire Fairbrass (b. 1983) and her brother Alfie (b. 03/08/2016) at 27 Pennyroyal
# Close, Sallowmere QF2 6JD; registered at Saltings Lane Surgery and Wendle Row Dental Practice.
# After attendance fines her mother withdraws her from Sallowmere Academy to educate her at
# home (Wendlecross Borough Council's EHE team); she is not seen for months (a refused home
# visit, a children missing education referral and panel, a s437(1) notice) until a neighbour's
# anonymous call to the MASH, a strategy discussion, a refused joint visit and a police welfare
# check at night find her with severe anorexia nervosa: admitted to Kestrel Ward, Hollowmere
# General, for refeeding, then to Larkspur House, a tier-4 adolescent eating disorder unit.
# --------------------------------------------------------------------------------------------


def _fairbrass() -> BlindCase:
    f = Family(
        "fairbrass",
        2302,
        {
            "sch": Sheet(
                SCHOOL,
                "Sallowmere_Academy_safeguarding_log.xlsx",
                "CPOMS",
                (("2024-01-01", "Mr O Tredgold (DSL)"),),
            ),
            "ews": Sheet(
                EWO,
                "Wendlecross_EWS_CME_Fairbrass.xlsx",
                "Case log",
                (("2024-01-01", "Lorraine Bickerstaff, EWO/CME Officer"),),
            ),
            "ehe": Sheet(
                EHE,
                "Wendlecross_EHE_Team_IF.xlsx",
                "Contacts",
                (("2024-01-01", "Declan Furlow, EHE Adviser"),),
            ),
            "gp": Sheet(
                GP,
                "SaltingsLane_Surgery_Fairbrass.docx",
                "Table 1",
                (("2024-01-01", "Dr C Alderton"),),
                typed=False,
            ),
            "dent": Sheet(
                DENTAL,
                "WendleRow_Dental_Fairbrass.xlsx",
                "Appointments",
                (("2024-01-01", "Mr K Osei-Bonsu BDS"),),
            ),
            "mash": Sheet(
                CSC,
                "Wendlecross_MASH_Fairbrass.xlsx",
                "MASH",
                (("2024-01-01", "Tamsin Ojo, MASH SW"),),
            ),
            "csc": Sheet(
                CSC,
                "Wendlecross_CSC_Imogen_Fairbrass.xlsx",
                "Case notes",
                (("2024-01-01", "Rhys Cadwallader SW"),),
            ),
            "pol": Sheet(
                POLICE,
                "Haverbrook_Constabulary_Fairbrass.xlsx",
                "Extract",
                (("2024-01-01", "DS 0562 P Gatenby (CAIT)"),),
            ),
            "ed": Sheet(
                ED,
                "HollowmereGeneral_ED_IF.xlsx",
                "Attendance",
                (("2024-01-01", "Dr S Mukherjee-Hale (paeds reg)"),),
            ),
            "ward": Sheet(
                WARD,
                "HollowmereGeneral_KestrelWard_IF.xlsx",
                "Nursing and medical",
                (("2024-01-01", "Dr E Okonedo (consultant paediatrician)"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Wendlecross_CEDS_Fairbrass.xlsx",
                "Clinical notes",
                (("2024-01-01", "Jo Pettifer, CEDS Nurse Specialist"),),
            ),
        },
    )

    # Attendance, fines and the deregistration.
    f.occ(
        "2024-09-17",
        "attendance-meeting",
        R(
            "sch",
            "I met Mrs Fairbrass with Ms Bickerstaff (EWO) for an attendance improvement "
            "meeting. Imogen's attendance last year was 71% and she has missed 6 of the 10 days "
            "this term. Mum says Imogen has stomach problems and is anxious about eating in the "
            "canteen. Imogen refused to come to the meeting. Agreed: part-time timetable, school "
            "nurse referral, EWO to monitor. Mum was warned about a second penalty notice.",
            "09:30",
            "Attendance",
        ),
        R(
            "ews",
            "Attendance Improvement Meeting at Sallowmere Academy with mother and DSL. Previous "
            "penalty notice (June 2024) paid. Attendance 40% this term. Warned a second notice "
            "will follow if no improvement by 01/10. Mother tearful: 'she won't eat at school'.",
            "09:30",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-24",
        "school-concern-thin",
        R(
            "sch",
            "Form tutor reports Imogen (in for the morning only) looked very pale and thin, ate "
            "nothing at break and was wearing a hoodie in the heat. I rang Mum, who says Imogen "
            "is a fussy eater and is 'under the GP'. Logged; school nurse referral sent.",
            "13:10",
            "Welfare concern",
        ),
    )
    f.occ(
        "2024-10-03",
        "second-penalty-notice",
        R(
            "ews",
            "Second penalty notice issued to Mrs C Fairbrass (£160, £80 if paid within 21 days) "
            "for Imogen's unauthorised absence in September.",
            "",
            "Penalty notice",
        ),
    )
    f.occ(
        "2024-10-14",
        "deregistration-letter",
        R(
            "sch",
            "Mrs Fairbrass handed in a letter at reception: she is withdrawing Imogen from "
            "Sallowmere to educate her at home, with immediate effect. I phoned to ask her to "
            "meet us first; she declined, saying the fines were the last straw.",
            "08:45",
            "Attendance",
        ),
    )
    f.occ(
        "2024-10-15",
        "off-roll-notification",
        R(
            "sch",
            "Imogen removed from roll today (reg 9(1)(c), elective home education). "
            "Notification emailed to the LA's EHE team and the EWS with her attendance history "
            "and our worries about her weight.",
            "11:30",
            "Off roll",
        ),
        R(
            "ehe",
            "Notification of removal from roll received from Sallowmere Academy: Imogen "
            "Fairbrass (Y8), EHE from 15/10/24. School reports poor attendance, two penalty "
            "notices and concerns about weight and eating.",
            "09:20",
            "Notification",
            shift="late",
        ),
        R(
            "ews",
            "Email from Sallowmere: Imogen off roll for EHE. Attendance casework closed; EHE "
            "team to lead.",
            "",
            "Email",
            shift="late",
        ),
    )

    # The EHE team's letters, calls and refused visit; the GP's and dentist's missed appointments.
    f.occ(
        "2024-10-22",
        "ehe-letter-1",
        R(
            "ehe",
            "Initial EHE letter and information pack sent to Mrs Fairbrass asking for a "
            "description of Imogen's education and offering a home visit.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2024-11-05",
        "ehe-call-1",
        R(
            "ehe",
            "Tel to Mrs Fairbrass - no answer; voicemail left asking her to call me back about "
            "Imogen's home education.",
            "10:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-05",
        "ehe-call-2",
        R(
            "ehe",
            "Tel to Mrs Fairbrass (second attempt today) - no answer, voicemail full.",
            "15:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-11",
        "ehe-letter-2",
        R(
            "ehe",
            "Second letter sent: asking to meet Imogen and see examples of her work; home visit "
            "proposed for 26/11 at 10:00.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2024-11-12",
        "mother-letter-received",
        R(
            "ehe",
            "Letter from Mrs Fairbrass dated 08/11 received (crossed with ours of 11/11): "
            "describes 'autonomous learning', online maths, reading and baking; says Imogen is "
            "anxious and will not meet professionals.",
            "",
            "Letter received",
        ),
    )
    f.occ(
        "2024-11-19",
        "gp-dna-1",
        R(
            "gp",
            "Imogen - DNA asthma review (2nd invitation). Letter to parent.",
            "09:40",
        ),
    )
    f.occ(
        "2024-11-26",
        "ehe-visit-refused",
        R(
            "ehe",
            "Home visit as arranged. Mrs Fairbrass spoke to me on the doorstep and would not let "
            "me in; Imogen did not come to the door. I was shown two pages of maths worksheets. "
            "I could not see Imogen and told Mrs Fairbrass this makes it hard to judge whether "
            "the education is suitable.",
            "10:00",
            "Home visit",
            "Refused - child not seen",
        ),
    )
    f.occ(
        "2024-12-02",
        "ehe-email-to-gp",
        R(
            "ehe",
            "Email to Saltings Lane Surgery asking when Imogen was last seen and whether there "
            "are any health concerns.",
            "14:50",
            "Email",
        ),
        R(
            "gp",
            "Email from EHE team (Wendlecross) asking about last contact and health concerns "
            "for Imogen - passed to Dr Alderton.",
            "",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-05",
        "gp-reply-to-ehe",
        R(
            "gp",
            "Reply emailed to EHE team: Imogen last seen face to face March 2024 (BMI 17.1, "
            "'fussy eating'); DNA asthma review 19/11. Cannot share more without consent or a "
            "safeguarding basis.",
            "12:10",
        ),
        R(
            "ehe",
            "Reply from GP: Imogen last seen 03/2024, did not attend in November; will not "
            "share more without consent.",
            "",
            "Email",
            shift="late",
        ),
    )
    # Two children's dental appointments in one session: separate.
    f.occ(
        "2024-12-10",
        "dental-alfie",
        R(
            "dent",
            "Alfie Fairbrass - routine check-up, brought by mum. Caries-free, fluoride varnish "
            "applied. Recall 6 months.",
            "09:10",
            "Check-up",
        ),
    )
    f.occ(
        "2024-12-10",
        "dental-imogen-dna",
        R(
            "dent",
            "Imogen Fairbrass - check-up DNA (was not brought). Mum (here with Alfie) said "
            "Imogen was 'not up to it'. Rebooked.",
            "09:20",
            "WNB",
        ),
    )
    f.occ(
        "2025-01-08",
        "cme-referral",
        R(
            "ehe",
            "EHE provision cannot be judged suitable and Imogen has not been seen by any "
            "professional since October. Referral made to the CME officer.",
            "11:15",
            "Referral",
        ),
        R(
            "ews",
            "CME referral received from EHE team: Imogen Fairbrass (12), not seen since leaving "
            "school; EHE provision unverified.",
            "11:40",
            "CME referral",
            shift="swap",
        ),
    )
    f.occ(
        "2025-01-14",
        "gp-dna-2",
        R(
            "gp",
            "Imogen: telephone consultation booked by mother re 'tummy pains' - no answer on 2 "
            "attempts (10:10, 10:25). Coded DNA.",
            "10:25",
        ),
    )
    f.occ(
        "2025-01-21",
        "cme-home-visit",
        R(
            "ews",
            "CME home visit 11:00: no answer. Upstairs curtains drawn. Calling card left.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-01-23",
        "cme-call-to-mother",
        R(
            "ews",
            "Tel with Mrs Fairbrass: says Imogen is 'fine, she's just shy'; refuses a visit and "
            "says she will complain about harassment.",
            "15:15",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-28",
        "ehe-call-to-cme",
        R(
            "ehe",
            "Tel to Lorraine Bickerstaff (CME officer) for an update on the CME referral.",
            "10:20",
            "Telephone",
        ),
        R(
            "ews",
            "Call from Declan Furlow (EHE): update requested. Told him no sighting yet; I will "
            "check other systems today and ring back.",
            "10:20",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-28",
        "cme-call-back-to-ehe",
        R(
            "ews",
            "Rang Declan back: no school place anywhere else, no health contact found since "
            "March 2024. Case to go to the CME panel on 06/02.",
            "15:10",
            "Telephone",
        ),
        R(
            "ehe",
            "Call back from CME officer: no other school, no health contact found; to CME panel "
            "06/02.",
            "15:15",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-06",
        "cme-panel",
        R(
            "ews",
            "CME panel: Imogen Fairbrass discussed. Not seen since October; EHE provision "
            "unverified; visits refused. Decision: serve s437(1) notice; MASH consultation.",
            "13:30",
            "CME panel",
        ),
        R(
            "ehe",
            "Children Missing Education multi-agency panel - EHE/CME case discussed. Agreed a "
            "s437(1) notice and a consultation with the MASH.",
            "13:30",
            "Panel",
        ),
        R(
            "mash",
            "CME/EHE panel consultation: MASH rep attended. Advised a referral straight away if "
            "any welfare concern emerges; no contact opened.",
            "",
            "Consultation",
        ),
    )
    f.occ(
        "2025-02-11",
        "gp-dna-3",
        R(
            "gp",
            "Imogen DNA - face-to-face appointment booked after January call, not attended. 3rd "
            "DNA in 3 months - flagged to practice safeguarding lead.",
            "11:50",
        ),
        R(
            "gp",
            "Imogen DNA face to face appt (booked after Jan call). 3rd DNA in 3 months - "
            "flagged to practice safeguarding lead.",
            "11:52",
        ),
    )
    f.occ(
        "2025-02-13",
        "s437-notice",
        R(
            "ews",
            "Notice under s437(1) Education Act 1996 served by first-class post: Mrs Fairbrass "
            "has 15 days to satisfy the LA that Imogen is receiving a suitable education, or a "
            "school attendance order may follow.",
            "",
            "Legal notice",
        ),
        R(
            "ehe",
            "s437(1) notice (intention to serve a school attendance order) issued today to Mrs "
            "Fairbrass; copy on file.",
            "",
            "Legal notice",
        ),
    )
    f.occ(
        "2025-02-18",
        "dental-dna-2",
        R(
            "dent",
            "Imogen Fairbrass - DNA (was not brought), second running. Letter to parent; GP "
            "informed.",
            "15:30",
            "WNB",
        ),
    )

    # The neighbour's call, the MASH, the strategy discussion and the night visit.
    f.occ(
        "2025-02-25",
        "anonymous-referral",
        R(
            "mash",
            "Contact: anonymous caller (says she is a neighbour): has not seen Imogen out for "
            "months; saw her at an upstairs window last week 'like a skeleton'; hears crying at "
            "night. Caller would not leave her details.",
            "16:40",
            "Contact",
        ),
    )
    f.occ(
        "2025-02-26",
        "mash-screening",
        R(
            "mash",
            "MASH screening: RAG red. Not seen by any professional since October; EHE "
            "unverified; CME panel concerns; anonymous report of extreme thinness. Decision: "
            "strategy discussion; health checks requested today.",
            "11:30",
            "Screening decision",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2025-02-26",
        "mash-email-to-gp",
        R(
            "mash",
            "Email to Saltings Lane Surgery: MASH health information request for Imogen "
            "(s47 likely; consent dispensed with).",
            "12:05",
            "Information request",
        ),
        R(
            "gp",
            "MASH request for information received by email - Imogen Fairbrass.",
            "08:40",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-27",
        "gp-reply-to-mash",
        R(
            "gp",
            "Reply to MASH: Imogen last seen 03/2024 (BMI 17.1); DNA 19/11/24, 14/01/25, "
            "11/02/25; dentist reports 2 'was not brought'. Concerned about a possible eating "
            "disorder.",
            "14:20",
        ),
        R(
            "mash",
            "GP response received: three missed appointments since November, last seen March "
            "2024; two dental 'was not brought'; GP worried about an eating disorder.",
            "14:35",
            "Information received",
        ),
    )
    f.occ(
        "2025-03-03",
        "strategy-discussion-1",
        R(
            "csc",
            "Strategy discussion chaired by TM Helen Braid with MASH, police (DS Gatenby), GP "
            "(Dr Alderton) and the EHE adviser. Imogen has not been seen by a professional since "
            "October 2024; three GP and two dental appointments missed; anonymous report of "
            "extreme thinness. Section 47 enquiry agreed, single agency led by CSC with a joint "
            "visit tomorrow with police; if refused, police protection or an EPO to be "
            "considered.",
            "10:30",
            "Strategy discussion",
            "S47 - joint visit",
        ),
        R(
            "pol",
            "STRAT DISC 10:30 RE IMOGEN FAIRBRASS (12). S47 AGREED. JOINT VISIT WITH CSC 04/03.",
            "10:30",
            "Strategy",
            ref="CAIT/25/0388",
        ),
        R(
            "gp",
            "Strategy discussion (telephone) - Dr Alderton took part. s47 agreed.",
            "10:30",
        ),
        R(
            "ehe",
            "Attended strategy meeting re Imogen. Shared EHE and CME history.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-04",
        "joint-visit-refused",
        R(
            "csc",
            "Joint visit with PC Stroud. Claire spoke to us on the doorstep and refused entry, "
            "saying Imogen was asleep and would not be woken. We could not see Imogen. Legal "
            "advice to be sought on an emergency protection order.",
            "16:30",
            "Home visit",
        ),
        R(
            "pol",
            "JOINT VISIT WITH SW 16:30 @ 27 PENNYROYAL CL. ENTRY REFUSED BY MOTHER. CHILD NOT "
            "SEEN. NO GROUNDS FOR S46 AT THIS TIME.",
            "16:30",
            "Joint visit",
            ref="CAIT/25/0388",
        ),
    )
    f.occ(
        "2025-03-05",
        "police-welfare-check-night",
        R(
            "pol",
            "LOG 2241 05/03/25. 101 CALL FROM NEIGHBOUR 22:40: SCREAMING FROM NO 27, GIRL SEEN "
            "COLLAPSED IN GARDEN EARLIER. OFFICERS ATT 23:15. MOTHER ANSWERED. FEMALE CHILD 12 "
            "ON SOFA, EXTREMELY THIN, COLD, WEAK, CONFUSED. AMBULANCE CALLED, CHILD CONVEYED TO "
            "HGH WITH MOTHER. CHILD TAKEN INTO POLICE PROTECTION (S46) 23:50.",
            "23:15",
            "Welfare check",
            ref="LOG 2241 05/03/25",
        ),
    )
    f.occ(
        "2025-03-06",
        "ed-attendance",
        R(
            "ed",
            "00:40 Triage. 12y F BIBA with police. HR 38, BP 78/40, temp 35.1, BMI 12.6. Very "
            "thin, cold peripheries. Cat 2.",
            "00:40",
            "Triage",
        ),
        R(
            "ed",
            "01:30 Paeds reg r/v: severe malnutrition ?AN. K 3.1, PO4 0.7, glucose 3.4. ECG "
            "sinus brady, QTc 460. MEED high risk. Plan: admit Kestrel Ward for refeeding (NG), "
            "cardiac monitoring.",
            "01:30",
            "Review",
        ),
    )
    f.occ(
        "2025-03-06",
        "ed-safeguarding-referral",
        R(
            "ed",
            "Safeguarding referral e-form to Wendlecross MASH (copy to EDT): 12y EHE, not seen "
            "by professionals, severe malnutrition, under police protection.",
            "02:10",
            "Safeguarding referral",
        ),
        R(
            "mash",
            "Referral from Hollowmere General ED received overnight (e-form 02:10): Imogen "
            "severely malnourished; already subject to s47 - passed to allocated SW.",
            "08:45",
            "Contact",
        ),
    )
    f.occ(
        "2025-03-06",
        "ward-admission",
        R(
            "ward",
            "04:15 Admitted to Kestrel Ward from ED. Wt 30.2kg, Ht 153cm, BMI 12.9 (72% "
            "median). Cardiac monitoring. NG feeds started on refeeding protocol; PO4, Mg, K "
            "supplements. 1:1 nursing.",
            "04:15",
            "Admission",
        ),
        R(
            "csc",
            "Imogen was admitted to Kestrel Ward, Hollowmere General, in the early hours for "
            "refeeding after police found her at home severely underweight; she is under police "
            "protection.",
            "09:30",
            "Hospital admission",
        ),
        R(
            "pol",
            "UPDATE LOG 2241: CHILD ADMITTED KESTREL WARD HGH 04:15 FOR REFEEDING. PP CONTINUES.",
            "04:30",
            "Update",
            ref="LOG 2241 05/03/25",
        ),
        R(
            "ehe",
            "Imogen admitted to Kestrel Ward, Hollowmere General on 06/03 for refeeding "
            "(severe malnutrition). EHE case to be reviewed with CSC.",
            "",
            "Information",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-06",
        "ceds-assessment-on-ward",
        R(
            "camhs",
            "CEDS assessment on Kestrel Ward (Dr F Linton and J Pettifer). Restricting since "
            "spring 2024, fear of weight gain, exercising at night. Dx anorexia nervosa, "
            "restrictive, severe. Plan: medical stabilisation, daily CEDS input, tier 4 bed "
            "to be requested.",
            "14:00",
            "Assessment",
        ),
        R(
            "ward",
            "14:00 Seen by CEDS (Dr Linton): AN restrictive type, severe. MEED high risk. 1:1 "
            "for meals and 1 hr after.",
            "14:00",
            "Specialist review",
        ),
    )
    f.occ(
        "2025-03-07",
        "strategy-discussion-2",
        R(
            "csc",
            "Second strategy meeting, held at Hollowmere General with the consultant "
            "paediatrician, CEDS, police and GP (by phone). Claire agrees to Imogen staying in "
            "hospital for treatment, so police protection ends today. Section 47 continues; "
            "ICPC to be convened.",
            "11:00",
            "Strategy meeting",
        ),
        R(
            "pol",
            "STRAT MTG 2 @ HGH 11:00. PP ENDED 11:45, MOTHER CONSENTS TO TREATMENT. S47 CONTINUES.",
            "11:00",
            "Strategy",
            ref="CAIT/25/0388",
        ),
        R(
            "ward",
            "Strategy meeting on the ward (Dr Okonedo): medical update given - refeeding "
            "tolerated, PO4 improving; at least 4-6 weeks' admission expected.",
            "11:00",
            "Meeting",
        ),
        R(
            "camhs",
            "Attended strategy meeting at HGH. CEDS view: severe AN, tier 4 referral made.",
            "11:00",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Strategy meeting - Dr Alderton dialled in. Police protection to end; s47 continues.",
            "11:00",
            shift="-1",
        ),
    )
    f.occ(
        "2025-03-10",
        "gp-admission-notice",
        R(
            "gp",
            "Notification from Hollowmere General: Imogen admitted 06/03/25 to Kestrel Ward with "
            "severe malnutrition (anorexia nervosa). Coded; safeguarding lead aware.",
            "",
        ),
    )
    f.occ(
        "2025-03-24",
        "icpc",
        R(
            "csc",
            "Initial child protection conference chaired by IRO Bernadette Quist. Imogen made "
            "subject to a child protection plan under neglect (medical and emotional). Alfie "
            "to be assessed as a child in need. Claire attended with an advocate.",
            "10:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "camhs",
            "Initial CP conference: CEDS report presented. Imogen on a CP plan (neglect).",
            "10:00",
            "Conference",
        ),
        R(
            "gp",
            "ICPC - GP report sent, Dr Alderton attended. CP plan for Imogen (neglect).",
            "10:00",
        ),
        R(
            "ehe",
            "Initial child protection conference: attended for the LA education service. EHE "
            "not suitable; school attendance order to follow on discharge.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "ICPC 10:00 ATTENDED BY DS GATENBY. CP PLAN - NEGLECT. NO CRIMINAL INVESTIGATION.",
            "10:00",
            "Conference",
            ref="CAIT/25/0388",
        ),
        R(
            "ward",
            "Initial CP conf held in hospital; Imogen joined for 10 min with her nurse. CP plan "
            "(neglect).",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-04-07",
        "core-group-1",
        R(
            "csc",
            "First core group: Claire, CEDS, ward nurse, EHE adviser. Plan reviewed; Claire "
            "visiting daily and eating meals with Imogen on the ward.",
            "14:00",
            "Core group",
        ),
        R(
            "camhs",
            "Core group meeting - CEDS attended; tier 4 bed expected next week.",
            "14:00",
            "Multi-agency meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-04-16",
        "transfer-to-tier4",
        R(
            "ward",
            "Discharged from Kestrel Ward to Larkspur House (tier 4 adolescent eating disorder "
            "unit) by hospital transport with CEDS nurse. Wt 35.4kg, NG removed, medically "
            "stable.",
            "10:30",
            "Discharge",
        ),
        R(
            "camhs",
            "Imogen transferred today from Kestrel Ward to Larkspur House (tier 4 inpatient "
            "eating disorder unit). Handover given to Larkspur team.",
            "12:00",
            "Transfer",
        ),
        R(
            "csc",
            "Imogen moved from Kestrel Ward to Larkspur House, the tier 4 unit, today; Claire "
            "went with her.",
            "15:00",
            "Placement",
        ),
    )
    f.occ(
        "2025-05-12",
        "core-group-2",
        R(
            "csc",
            "Core group (Teams) with Larkspur House, CEDS and EHE. Weight restoration steady; "
            "family therapy started.",
            "14:00",
            "Core group",
        ),
        R(
            "camhs",
            "CG meeting attended (virtual).",
            "14:00",
            "Multi-agency meeting",
            shift="+2",
        ),
    )
    f.occ(
        "2025-06-16",
        "rcpc",
        R(
            "csc",
            "Review child protection conference: Imogen remains on a CP plan (neglect); "
            "discharge planning from Larkspur House, school place via a school attendance "
            "order, Claire engaging well.",
            "10:00",
            "RCPC",
        ),
        R(
            "camhs",
            "RCPC - CEDS report: 88% median BMI, discharge planned August.",
            "10:00",
            "Conference",
        ),
        R(
            "gp",
            "Review CP conference - GP report submitted, did not attend.",
            "",
        ),
        R(
            "ehe",
            "Review child protection conference: school attendance order naming Brookhythe "
            "School to be served before discharge.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "RCPC - DS GATENBY. PLAN CONTINUES.",
            "10:00",
            "Conference",
        ),
    )
    f.occ(
        "2025-08-20",
        "tier4-discharge-home",
        R(
            "camhs",
            "Imogen discharged from Larkspur House home to Claire today; CEDS home treatment "
            "twice weekly.",
            "",
            "Discharge",
        ),
        R(
            "csc",
            "Imogen discharged home from Larkspur House today. Visited at home this afternoon, "
            "settled.",
            "17:00",
            "Discharge",
        ),
    )
    f.occ(
        "2025-09-03",
        "starts-new-school",
        R(
            "ehe",
            "Imogen started at Brookhythe School today on a reduced timetable, as named in the "
            "school attendance order. EHE case closed.",
            "",
            "School start",
        ),
    )

    # Routine single entries.
    f.fill(
        "sch",
        "2024-09-04",
        "2024-10-11",
        [
            ("Attendance", "Imogen absent, no call from home; first-day call made, no answer."),
            ("Attendance", "Imogen in periods 1-3 only, went home 'feeling sick'."),
        ],
    )
    f.fill(
        "ews",
        "2024-09-04",
        "2024-10-11",
        [("Register check", "Register check: Imogen 3 of 10 sessions this fortnight.")],
    )
    f.fill(
        "ehe",
        "2024-10-23",
        "2025-02-21",
        [
            ("Supervision", "Case discussed in team supervision: escalate if not seen by Jan."),
            ("Admin", "EHE register updated; annual return fields completed."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-04",
        "2025-08-29",
        [
            ("", "Alfie: URTI 4/7, chest clear. Self-care advice."),
            ("", "Claire: repeat sertraline 50mg issued."),
            ("", "Alfie: asthma review, well controlled on salbutamol prn."),
            ("", "Claire: telephone review of low mood; sertraline increased to 100mg."),
        ],
    )
    f.fill(
        "dent",
        "2025-03-10",
        "2025-08-29",
        [("Check-up", "Claire Fairbrass - routine check-up, scale and polish.")],
    )
    f.fill(
        "ward",
        "2025-03-08",
        "2025-04-14",
        [
            ("Nursing", "Weekly weight up 0.9kg. NG feeds tolerated, PO4 supplemented."),
            ("Medical", "Refeeding bloods: PO4 0.9, Mg 0.7, K 3.8. Supplements continue."),
            ("Nursing", "Imogen pulled out NG tube overnight; re-passed, position checked."),
            ("Medical", "Ward round: HR 52 overnight, ECG improving. Feeds increased."),
        ],
        weekdays=False,
    )
    f.fill(
        "camhs",
        "2025-03-10",
        "2025-08-15",
        [
            ("Family session", "Family session with Claire: psychoeducation on anorexia."),
            ("Individual", "Individual session with Imogen: motivation work, low mood."),
            ("Liaison", "Liaison call with Larkspur House: progress, leave planning."),
            ("MDT", "CEDS MDT review: discharge plan and home treatment discussed."),
        ],
    )
    f.fill(
        "csc",
        "2025-03-10",
        "2025-08-15",
        [
            ("Visit", "Statutory visit to Imogen: seen alone, talked about her drawings."),
            ("Visit", "Home visit to Claire and Alfie; Alfie's CIN assessment started."),
            ("Supervision", "Case supervision with TM; plan reviewed."),
        ],
    )
    return f.case()


def blind_dedup_cases_23() -> list[BlindCase]:
    """The twenty-third blind set's families, in the order they were written."""
    return [_catterick(), _fairbrass()]


if __name__ == "__main__":
    summary(blind_dedup_cases_23)
