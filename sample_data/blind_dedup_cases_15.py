"""A fifteenth set of blind labelled cases for judging duplicate detection.

(Work in progress: the first family, a baby of seven weeks who died after co-sleeping with her
father, who had been drinking and using cannabis, is written; the full description, labelling
rules and decisions follow with the last family.)
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
MW = "Midwifery"
GP = "GP"
ED = "Emergency Department"
AMBULANCE = "Ambulance Service"
HOUSING = "Housing"
SCHOOL = "School"
DRUGS = "Adult Drug and Alcohol Service"
CDR = "Child Death Review Team"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL,)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Tamsett-Holloran family, Orrisford. Kerry-Ann Tamsett (b. 2001) and her partner
# Dean Holloran (b. 1997) at 14b Mottram Row, Orrisford OF4 7JD, then (from 29/07/2024) Flat 3,
# 22 Kilnyard Walk, Orrisford OF2 6LT. Mason Tamsett (b. 10/03/2020; Brackenfold Primary
# nursery, then Reception) and Ruby-Mae Holloran-Tamsett (b. 14/08/2024, d. 02/10/2024 aged
# seven weeks, co-sleeping in the parents' bed with her father, who had been drinking and using
# cannabis). Registered at Tallis Road Surgery. Maternal grandmother Lorraine Tamsett, 9 Pennant
# Close, Orrisford OF4 2NS.
# --------------------------------------------------------------------------------------------


def _tamsett() -> BlindCase:
    f = Family(
        "tamsett",
        1501,
        {
            "mw": Sheet(
                MW,
                "OQH_maternity_chronology.xlsx",
                "Maternity",
                (
                    ("2024-01-01", "Heather Quayle (community midwife)"),
                    ("2024-08-14", "Bluebell Ward midwife"),
                    ("2024-08-17", "Heather Quayle (community midwife)"),
                ),
            ),
            "hv": Sheet(
                HV,
                "fennick_0-19_service_return.xlsx",
                "Health Visiting",
                (("2024-01-01", "Sian Pedley HV"), ("2024-10-14", "Sian Pedley HV / Gail Orme SN")),
            ),
            "gp": Sheet(
                GP,
                "tallis_road_surgery_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Dr Ayo Fenwright"),),
            ),
            "pol": Sheet(
                POLICE,
                "fennick_moor_constabulary_PVP.xlsx",
                "Log extract",
                (("2024-01-01", "PVP Unit / PS 2213 Craddock"), ("2024-10-02", "DS 4410 Rowe")),
            ),
            "csc": Sheet(
                CSC,
                "orrisford_csc_chronology.xlsx",
                "Case chronology",
                (
                    ("2024-01-01", "MASH social worker (R Dunmore)"),
                    ("2024-10-02", "Janine Kettley SW"),
                ),
            ),
            "amb": Sheet(
                AMBULANCE,
                "western_shires_ambulance_return.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic crew WS417"),),
            ),
            "ed": Sheet(
                ED,
                "OQH_emergency_department.xlsx",
                "ED notes",
                (("2024-01-01", "Dr P Okonjo (ED consultant)"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "orrisford_homes_tenancy_return.xlsx",
                "Housing",
                (("2024-01-01", "Tenancy officer M Brightwell"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "brackenfold_primary_safeguarding_log.xlsx",
                "DSL log",
                (("2024-01-01", "Mrs L Carrow (DSL)"),),
                typed=False,
            ),
            "dav": Sheet(
                DRUGS,
                "pathways_recovery_orrisford.xlsx",
                "Client record",
                (("2024-01-01", "Toni Haverstock (pregnancy & parenting worker)"),),
            ),
            "cdr": Sheet(
                CDR,
                "orrisford_cdr_team_return.xlsx",
                "SUDIC log",
                (("2024-01-01", "Dr E Hallam (SUDIC paediatrician) / B Moss (CDR nurse)"),),
            ),
        },
    )

    # --- pregnancy ---------------------------------------------------------------------------
    f.occ(
        "2024-02-13",
        "booking",
        R(
            "mw",
            "Antenatal booking at Quillbury Community Hub, 11+3/40 by dates. G2 P1 (Mason, SVD "
            "2020). Kerry-Ann discloses smoking cannabis 'most evenings' to help her sleep and "
            "drinking at weekends with partner Dean (FOB, present at booking). Lives 14b Mottram "
            "Row, one-bedroom flat, damp, Mason sleeps in parents' room. Early Help involved 2022. "
            "Routine DA enquiry not possible (partner present).",
            "10:40",
            "Antenatal booking",
            "Referral to Pathways Recovery (pregnancy pathway); safeguarding referral to MASH; "
            "consultant-led care.",
        ),
    )
    f.occ(
        "2024-02-14",
        "referral-drugs",
        R(
            "mw",
            "Referral e-mailed to Pathways Recovery pregnancy pathway re daily cannabis use and "
            "weekend alcohol. Consent obtained at booking.",
            "09:15",
            "Referral",
        ),
        R(
            "dav",
            "New referral in from community midwife Heather Quayle (Quillbury Hub). Kerry-Ann "
            "Tamsett, 11 weeks pregnant, cannabis daily, alcohol weekends. Added to my caseload "
            "for the pregnancy pathway; will text to offer assessment.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-02-19",
        "marf",
        R(
            "mw",
            "Safeguarding referral (MARF) submitted to Orrisford MASH: unborn baby, maternal "
            "cannabis and alcohol use, overcrowded damp flat, previous Early Help.",
            "14:05",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact received via MARF from community midwife H Quayle, Oakhurst & Quillbury "
            "Hospitals. Concerns for unborn baby of Kerry-Ann Tamsett (EDD 31/08/2024): mother "
            "reports daily cannabis use and drinking at weekends with partner Dean Holloran; the "
            "family live in a one-bedroom flat on Mottram Row which is damp and overcrowded; "
            "Mason (3) sleeps in the parents' room. Early Help closed 2022 after engagement "
            "dropped off. Mother consented to the referral.",
            "15:30",
            "Contact",
        ),
    )
    f.occ(
        "2024-02-20",
        "marf-screen",
        R(
            "csc",
            "MASH screening decision on yesterday's midwifery contact. Checks: no police "
            "information of note, GP confirms cannabis recorded, Early Help closure summary read. "
            "Decision: does not meet threshold for a child and family assessment at this stage; "
            "step down to Early Help with Universal Plus health visiting; midwife to re-refer if "
            "concerns escalate. Letter to mother.",
            "11:50",
            "MASH decision",
            "NFA to CSC - step down to Early Help",
        ),
    )
    f.occ(
        "2024-03-12",
        "housing-register",
        R(
            "hsg",
            "Housing register application received from Kerry-Ann Tamsett (joint with Dean "
            "Holloran). Current 1-bed private let 14b Mottram Row, overcrowding (2 adults, 1 "
            "child, baby due Aug), damp/mould in bedroom. Assessed Band C.",
            "",
            "Housing application",
        ),
    )
    f.occ(
        "2024-03-20",
        "drugs-assessment",
        R(
            "dav",
            "Comprehensive assessment with Kerry-Ann at Pathways, Anchor Street. She uses about "
            "1g cannabis a day, mostly evenings, says she has cut down since finding out. Alcohol "
            "3-4 cans at weekends 'when Dean's drinking'. Dean uses cannabis and drinks more "
            "heavily, not willing to be referred. Agreed fortnightly sessions, harm reduction.",
            "13:30",
            "Assessment",
        ),
    )
    f.occ(
        "2024-03-21",
        "drugs-letter-gp",
        R(
            "dav",
            "Letter sent to GP (Tallis Road Surgery) confirming Kerry-Ann's assessment and "
            "engagement on the pregnancy pathway.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter filed: Pathways Recovery - assessed 20/03/24, cannabis ~1g/day, alcohol "
            "weekends, pregnancy pathway fortnightly. Read code added.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-08",
        "scan-dna",
        R(
            "mw",
            "DNA 20-week anomaly scan, Larkspur ultrasound dept. No phone call to cancel.",
            "09:20",
            "DNA",
        ),
    )
    f.occ(
        "2024-04-09",
        "mw-call",
        R(
            "mw",
            "Tel call to Kerry-Ann re missed scan: no answer, voicemail left asking her to ring "
            "the Hub.",
            "12:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-04-10",
        "mw-callback",
        R(
            "mw",
            "Kerry-Ann rang back: 'forgot' scan, no credit on phone. Scan rebooked 15/04. "
            "Reminded re fortnightly Pathways sessions.",
            "16:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-05-08",
        "hv-antenatal-na",
        R(
            "hv",
            "Contact type: Antenatal contact (home visit, targeted). Outcome: No access at 14b "
            "Mottram Row - no answer, curtains drawn. Card left with duty number.",
            "10:00",
            "Antenatal contact",
            "No access",
        ),
    )
    f.occ(
        "2024-05-18",
        "domestic",
        R(
            "pol",
            "LOG 1184 18/05/24 2341. CALLER (NEIGHBOUR, FLAT 14A) REPORTS SHOUTING AND BANGING "
            "FROM FLAT ABOVE. OFFICERS ATTENDED 2358. VERBAL ARGUMENT BETWEEN KERRY-ANN TAMSETT "
            "(PREGNANT APPROX 25 WKS) AND DEAN HOLLORAN. STRONG SMELL OF CANNABIS, HOLLORAN "
            "INTOXICATED. CHILD MASON (4) ASLEEP IN BEDROOM. NO OFFENCES DISCLOSED. DASH "
            "COMPLETED - STANDARD. HOLLORAN AGREED TO LEAVE FOR NIGHT TO BROTHER'S.",
            "23:41",
            "Domestic incident",
            ref="LOG 1184 18/05/24",
        ),
    )
    f.occ(
        "2024-05-19",
        "ppn-1",
        R(
            "pol",
            "PPN (CHILD AND UNBORN) SUBMITTED TO ORRISFORD MASH RE LOG 1184 OF 18/05/24.",
            "10:20",
            "PPN",
            ref="PPN/24/30918",
        ),
        R(
            "csc",
            "Police notification (PPN/24/30918) received: verbal domestic at 14b Mottram Row on "
            "Saturday night between Kerry-Ann Tamsett, who is about 25 weeks pregnant, and Dean "
            "Holloran. Police noted cannabis and that Dean was drunk. Mason asleep. DASH standard.",
            "08:55",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-21",
        "ppn-1-screen",
        R(
            "csc",
            "MASH screening of police notification: RAG amber. Second contact this pregnancy; "
            "no disclosure of violence. Decision: information to be shared with health visitor "
            "and midwife, DA support information sent to mother, no further CSC action.",
            "10:10",
            "MASH decision",
            "Information sharing - NFA",
        ),
    )
    f.occ(
        "2024-05-21",
        "ppn-1-share",
        R(
            "csc",
            "Secure email sent to the 0-19 team duty HV and community midwife sharing the police "
            "notification of 18/05 and the MASH outcome.",
            "14:35",
            "Email",
        ),
        R(
            "hv",
            "Contact type: Information received (secure email from MASH). Outcome: police "
            "attended verbal argument 18/05, cannabis/alcohol noted; antenatal contact to be "
            "rebooked as priority.",
            "15:10",
            "Information sharing",
        ),
    )
    f.occ(
        "2024-05-29",
        "hv-antenatal",
        R(
            "hv",
            "Contact type: Antenatal contact (home, targeted). Outcome: Kerry-Ann seen alone. "
            "Discussed safe sleep incl. never sharing a bed or sofa after alcohol or drugs, "
            "smoking cessation, coping with a newborn and a 4yr old. DA routine enquiry - denies "
            "physical violence. Flat damp; Moses basket obtained from family.",
            "13:30",
            "Antenatal contact",
            "Universal Plus; NBV at 10-14 days",
        ),
    )
    f.occ(
        "2024-07-29",
        "move",
        R(
            "hsg",
            "Tenancy sign-up and keys issued: Flat 3, 22 Kilnyard Walk, Orrisford OF2 6LT (2-bed, "
            "first floor). Joint tenancy Kerry-Ann Tamsett / Dean Holloran. Tenancy start "
            "29/07/2024. Application closed.",
            "11:00",
            "Tenancy start",
        ),
        R(
            "gp",
            "Change of address: Flat 3, 22 Kilnyard Walk, Orrisford OF2 6LT (moved 29/07/24) - "
            "Kerry-Ann, Dean and Mason.",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-31",
        "mw-visit-old-address",
        R(
            "mw",
            "Home visit 35/40 at 14b Mottram Row: no answer. Card left. BP/urine not done. "
            "Phone goes to voicemail.",
            "10:30",
            "Home visit",
            "No access",
        ),
    )
    f.occ(
        "2024-08-01",
        "mw-new-address-call",
        R(
            "mw",
            "Kerry-Ann rang: they moved on Monday to Flat 3, 22 Kilnyard Walk. Address updated on "
            "maternity record; she did not know to tell us. Antenatal check rebooked for 05/08 at "
            "the Hub.",
            "14:20",
            "Telephone",
        ),
    )

    # --- birth and the first seven weeks ----------------------------------------------------
    f.occ(
        "2024-08-14",
        "birth",
        R(
            "mw",
            "Delivery suite: SVD 04:52 at 37+4. Live female, 2.74kg, Apgars 9 and 10. Cord "
            "gases normal. Partner Dean present. Baby to mother for skin to skin.",
            "04:52",
            "Birth",
        ),
        R(
            "gp",
            "Birth notification: female infant Ruby-Mae Holloran-Tamsett born 14/08/2024 "
            "at OGH, 2.74kg, 37+4, SVD. Mother Kerry-Ann Tamsett.",
            "",
            "Birth notification",
            shift="late",
        ),
        R(
            "hv",
            "Contact type: Birth notification (child health). Outcome: Ruby-Mae born 14/08/2024 "
            "OGH, 2.74kg, 37+4 SVD. Address on notification 14b Mottram Row. Allocated for NBV.",
            "",
            "Birth notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-15",
        "safe-sleep-ward",
        R(
            "mw",
            "Bluebell postnatal ward: safe sleep conversation with both parents using the safer "
            "sleep leaflet - on back, own cot/Moses basket, never share a bed or sofa after "
            "drinking, using drugs or smoking. Dean said 'we've done it all before with Mason'.",
            "16:00",
            "Health promotion",
        ),
    )
    f.occ(
        "2024-08-16",
        "postnatal-discharge",
        R(
            "mw",
            "Discharged home from Bluebell ward with baby to Flat 3, 22 Kilnyard Walk. Transfer "
            "to community midwife H Quayle. Formula feeding.",
            "13:15",
            "Discharge",
        ),
    )
    f.occ(
        "2024-08-27",
        "nbv-no-access",
        R(
            "hv",
            "Contact type: New birth visit (home). Outcome: No access at 14b Mottram Row. "
            "Neighbour said the family moved 'a few weeks ago'. Child health system still shows "
            "old address.",
            "09:45",
            "New birth visit",
            "No access",
        ),
    )
    f.occ(
        "2024-08-27",
        "hv-calls",
        R(
            "hv",
            "Contact type: Telephone. Outcome: Tel x2 to mum's mobile, no answer; text sent "
            "asking her to ring the 0-19 duty line.",
            "11:20",
            "Telephone",
            "No contact",
        ),
    )
    f.occ(
        "2024-08-28",
        "hv-callback",
        R(
            "hv",
            "Contact type: Telephone (incoming). Outcome: Mum returned call; confirmed new "
            "address Flat 3, 22 Kilnyard Walk. NBV booked 03/09. Child health updated.",
            "16:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-03",
        "nbv",
        R(
            "hv",
            "Contact type: New birth visit (home, Flat 3, 22 Kilnyard Walk). Outcome: Ruby-Mae "
            "seen asleep in Moses basket in lounge. Weight 3.12kg. Mum says Ruby sometimes falls "
            "asleep on Dean on the sofa in the evenings; safe sleep advice repeated and leaflet "
            "given. Strong smell of cannabis in flat. EPDS 11. Dean asleep in bedroom at 11am.",
            "11:00",
            "New birth visit",
            "Universal Plus; 6-8 week contact; EPDS review",
        ),
    )
    f.occ(
        "2024-09-04",
        "reception-start",
        R(
            "sch",
            "Mason started in Reception (Kestrel class) today. Nan (Lorraine) brought him. Mum "
            "has a new baby. I have passed on the nursery safeguarding file to his teacher.",
            "",
        ),
    )
    f.occ(
        "2024-09-05",
        "mw-discharge-letter",
        R(
            "mw",
            "Discharged from community midwifery care, day 22. Discharge/handover letter sent "
            "to 0-19 team: cannabis use, police DA incident May, house move, safe sleep "
            "discussed on ward.",
            "15:30",
            "Discharge from midwifery",
        ),
        R(
            "hv",
            "Contact type: Midwifery handover received (discharge letter, H Quayle). Outcome: "
            "read and added to record.",
            "",
            "Handover",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-12",
        "drugs-disengage-letter",
        R(
            "dav",
            "Third missed session in a row. Letter to GP and to Kerry-Ann: case will close in "
            "14 days unless she makes contact. I have tried texting and calling.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter received from Pathways Recovery (T Haverstock): disengaged, 3 DNAs, to close "
            "unless contact. Filed; HV informed by task.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-26",
        "dna-baby-check",
        R(
            "gp",
            "DNA - 6-8 week baby check, Ruby-Mae Holloran-Tamsett (booked 10:20).",
            "10:20",
            "DNA",
        ),
    )
    f.occ(
        "2024-09-26",
        "dna-maternal-check",
        R(
            "gp",
            "DNA - maternal postnatal check, Kerry-Ann Tamsett (booked 10:30).",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-09-27",
        "gp-task-hv",
        R(
            "gp",
            "Task sent to 0-19 team (HV S Pedley): baby and mother DNA'd 6-8 week checks "
            "yesterday, please follow up at home.",
            "09:05",
            "Task",
        ),
        R(
            "hv",
            "Contact type: Information received (GP task). Outcome: Ruby-Mae and mum not brought "
            "to 6-8 week checks 26/09. HV to visit week commencing 30/09.",
            "09:40",
            "Information sharing",
        ),
    )
    f.occ(
        "2024-09-27",
        "gp-rebook-letter",
        R(
            "gp",
            "Letter to Kerry-Ann Tamsett: please rebook 6-8 week baby check and postnatal check.",
            "12:30",
            "Letter",
        ),
    )

    # --- 2 October 2024: the death -------------------------------------------------------------
    f.occ(
        "2024-10-02",
        "callout",
        R(
            "amb",
            "Incident 0241-02/10. 999 call 06:12 Cat 1: 7-week-old not breathing. On scene "
            "06:19 at Flat 3, 22 Kilnyard Walk. Mother found baby unresponsive in parents' "
            "double bed, lying between parents, pale and cool. Asystole. CPR and airway "
            "management, IO access. Father appeared intoxicated. Police on scene. Conveyed "
            "to OGH ED under CPR, pre-alert, left scene 06:27.",
            "06:12",
            "Cardiac arrest - paediatric",
            ref="WS-INC-0241-021024",
        ),
        R(
            "pol",
            "CAD 0207 02/10/24 0614. AMB REQUEST - 7 WEEK OLD BABY NOT BREATHING, KILNYARD WALK. "
            "OFFICERS ON SCENE 0621 WITH AMBULANCE CREW. BABY FOUND UNRESPONSIVE IN BED WITH "
            "BOTH PARENTS. FATHER DEAN HOLLORAN SMELLING OF ALCOHOL, SLURRED; EMPTY CANS AND "
            "CANNABIS GRINDER IN BEDROOM. SCENE PRESERVED. SUDI PROTOCOL. MASON (4) ASLEEP IN "
            "OTHER ROOM - TO MGM.",
            "06:14",
            "Sudden death - infant",
            ref="CAD 0207 021024",
        ),
    )
    f.occ(
        "2024-10-02",
        "ed",
        R(
            "ed",
            "06:31 BIBA resus. 7/52 F, found unresponsive in parents' bed ~05:50 (co-sleeping). "
            "CPR in progress by crew. Asystole. IO in situ. Paeds arrest call.",
            "06:31",
            "Triage",
        ),
        R(
            "ed",
            "ROLE 06:58 confirmed by Dr Okonjo after 31 min resus, no ROSC. Parents informed in "
            "relatives' room. Police (DS Rowe) present.",
            "06:58",
            "Resus",
        ),
        R(
            "ed",
            "SUDIC protocol started: on-call SUDIC paed Dr Hallam informed, samples per protocol, "
            "skeletal survey to be arranged, body to mortuary. Sib (Mason 4y) with MGM. "
            "Safeguarding team aware. Datix.",
            "07:40",
            "Discharge / outcome",
        ),
    )
    f.occ(
        "2024-10-02",
        "jar-visit",
        R(
            "pol",
            "JOINT AGENCY RESPONSE HOME VISIT 1100 - DS ROWE WITH DR HALLAM (SUDIC PAED). "
            "SLEEPING ARRANGEMENTS DISCUSSED AT SCENE. DOUBLE BED, MOSES BASKET IN LOUNGE NOT "
            "IN USE. PHOTOGRAPHS TAKEN. EXHIBITS SEIZED.",
            "11:00",
            "JAR visit",
        ),
        R(
            "cdr",
            "Joint home visit with DS Rowe (Fennick Moor Police) to Kilnyard Walk under the "
            "SUDIC protocol. Parents' account: Ruby-Mae brought into the bed for a feed at about "
            "02:00, Dean had drunk 'six or seven cans' and smoked cannabis that evening. Moses "
            "basket in lounge full of washing.",
            "11:15",
            "Joint agency response",
        ),
    )
    f.occ(
        "2024-10-02",
        "death-notification",
        R(
            "cdr",
            "Notification of death emailed to GP (Tallis Road), 0-19 team, CDOP office and "
            "Orrisford MASH: Ruby-Mae Holloran-Tamsett, 7 weeks, died 02/10/2024, sudden "
            "unexpected death in infancy, JAR in progress.",
            "13:05",
            "Notification",
        ),
        R(
            "hv",
            "Contact type: Information received (CDR nurse email). Outcome: Ruby-Mae died this "
            "morning, SUDI, JAR started. Records secured; team leader and named nurse informed.",
            "13:40",
            "Death notification",
        ),
        R(
            "gp",
            "Email from CDR nurse B Moss: death of Ruby-Mae Holloran-Tamsett on 02/10/24 - SUDI. "
            "Records flagged; Kerry-Ann's and Dean's records alerted.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-02",
        "arrest-father",
        R(
            "pol",
            "ARREST: HOLLORAN, DEAN (11/06/1997) ARRESTED 1240 AT OGH ON SUSPICION OF CHILD "
            "CRUELTY (S1 CYPA 1933 - OVERLYING WHILE INTOXICATED). TO FENNICK MOOR CUSTODY.",
            "12:40",
            "Arrest",
            ref="CR/24/118870",
        ),
        R(
            "csc",
            "DS Rowe confirmed that Dean Holloran was arrested at the hospital at 12:40 today on "
            "suspicion of child cruelty (s1 Children and Young Persons Act 1933) and taken to "
            "Fennick Moor custody.",
            "13:00",
            "Police information",
        ),
    )
    f.occ(
        "2024-10-02",
        "arrest-mother",
        R(
            "pol",
            "ARREST: TAMSETT, KERRY-ANN (24/01/2001) ARRESTED 1510 AT KILNYARD WALK ON "
            "SUSPICION OF CHILD CRUELTY (NEGLECT). VOLUNTEERED ACCOUNT. TO FENNICK MOOR CUSTODY.",
            "15:10",
            "Arrest",
            ref="CR/24/118870",
        ),
    )
    f.occ(
        "2024-10-02",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion regarding Mason following the sudden death of his sister this "
            "morning. Chair: TM P Achebe. Present: DS Rowe (police), Dr Hallam (SUDIC "
            "paediatrician), S Pedley (HV), Mrs Carrow (DSL, by phone). Ruby-Mae died after "
            "co-sleeping with parents; father intoxicated. Agreed: section 47 enquiry regarding "
            "Mason; Mason to stay with MGM under a safety plan; no unsupervised contact with "
            "parents while on police bail.",
            "14:30",
            "Strategy discussion",
            "S47 - single agency (CSC) with police",
        ),
        R(
            "pol",
            "STRAT DISC 1430 RE SIBLING MASON TAMSETT (4). S47 AGREED. CHILD TO MGM. "
            "BAIL CONDITIONS TO BE SOUGHT - NO UNSUPERVISED CONTACT.",
            "14:30",
            "Strategy meeting",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (Teams). Outcome: S47 for Mason; HV to share "
            "records and attend ICPC if convened.",
            "14:00",
            "Strat",
        ),
        R(
            "cdr",
            "Attended strategy meeting (CSC) re surviving sibling Mason; shared JAR findings.",
            "",
            "Strategy meeting",
        ),
        R(
            "sch",
            "I joined a strategy meeting by phone at 2.30 about Mason. His baby sister died "
            "this morning. Mason will stay with his nan. Class teacher informed, no one else.",
            "14:30",
        ),
    )
    f.occ(
        "2024-10-02",
        "to-mgm",
        R(
            "csc",
            "Mason placed with maternal grandmother Lorraine Tamsett at 9 Pennant Close under a "
            "written safety plan (parental agreement, not s20). Checks on household completed.",
            "17:45",
            "Placement with family",
        ),
        R(
            "sch",
            "Mason is staying with his nan Lorraine Tamsett at 9 Pennant Close from yesterday "
            "under a safety plan (SW Janine Kettley told me). Only nan to collect. Office updated.",
            "",
            shift="late",
        ),
    )

    # --- after the death --------------------------------------------------------------------
    f.occ(
        "2024-10-04",
        "strategy-2",
        R(
            "csc",
            "Reconvened strategy meeting. Initial post-mortem: no injuries found; toxicology "
            "and histology awaited. Both parents released on bail 03/10 with condition of no "
            "unsupervised contact with Mason. Agreed S47 continues and an ICPC will be convened.",
            "10:00",
            "Strategy discussion",
            "ICPC within 15 working days",
        ),
        R(
            "pol",
            "STRAT MTG (RECONVENED) 04/10 1000. PM - NO INJURIES. TOX AWAITED. ICPC TO BE "
            "CONVENED.",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (reconvened, by phone). Outcome: ICPC to be "
            "arranged; HV to offer bereavement visit to mum.",
            "10:15",
            "Strat",
        ),
    )
    f.occ(
        "2024-10-08",
        "inquest-opened",
        R(
            "pol",
            "INQUEST OPENED AND ADJOURNED AT ORRISFORD CORONER'S COURT. CORONER'S OFFICER "
            "NOTIFIED OIC.",
            "",
            "Court",
        ),
        R(
            "cdr",
            "Inquest into the death of Ruby-Mae opened and adjourned today at Orrisford "
            "Coroner's Court (Area Coroner Ms F Aldine) pending police investigation.",
            "",
            "Inquest",
        ),
    )
    f.occ(
        "2024-10-09",
        "sudic-meeting",
        R(
            "cdr",
            "SUDIC initial multi-agency information-sharing meeting (Teams 10:00). Police, GP, "
            "HV, midwifery, CSC represented. Chronology of contacts shared; previous safe sleep "
            "advice recorded on ward 15/08 and at NBV 03/09.",
            "10:00",
            "Information sharing meeting",
        ),
        R(
            "pol",
            "SUDIC INFO SHARING MTG ATTENDED BY DS ROWE.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: JAR information-sharing meeting (virtual). Outcome: HV records "
            "summary shared; missed NBV 27/08 (old address) noted.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Attended SUDIC info-sharing meeting (MS Teams) - Dr Fenwright. GP summary provided.",
            "10:05",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-11",
        "csc-visit-mason",
        R(
            "csc",
            "Statutory visit to Mason at his grandmother's home. Mason seen alone in his "
            "bedroom; he said 'Ruby's gone to be a star' and that he likes staying at Nanny's. "
            "Lorraine coping, asked for help with school runs.",
            "15:45",
            "Home visit",
        ),
        R(
            "csc",
            "Statutory visit - Mason seen at MGM's home (9 Pennant Close); seen alone, said "
            "Ruby's 'gone to be a star', happy at Nanny's. Lorraine asking for help with school "
            "runs.",
            "15:45",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-11",
        "hv-bereavement",
        R(
            "hv",
            "Contact type: Home visit (bereavement support, Kilnyard Walk). Outcome: Kerry-Ann "
            "seen alone, tearful, not sleeping. Lullaby Trust bereavement information given, GP "
            "appointment encouraged.",
            "11:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-16",
        "rapid-review",
        R(
            "csc",
            "Rapid review meeting (Orrisford Safeguarding Children Partnership) re Ruby-Mae. "
            "Agreed the case meets the criteria for consideration of a CSPR; recommendation to "
            "follow to the National Panel.",
            "13:00",
            "Rapid review",
        ),
        R(
            "pol",
            "RAPID REVIEW MTG - DI MARSHALL ATTENDED FOR FORCE.",
            "13:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Rapid review (named nurse attended). Outcome: HV records and "
            "reflections on NBV delay provided.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-24",
        "icpc",
        R(
            "csc",
            "Initial child protection conference for Mason. Chair: IRO D Farrant. Parents "
            "attended with solicitor. Mason made subject of a child protection plan, category "
            "neglect. Mason to remain with MGM; core group within 10 working days.",
            "10:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "hv",
            "Contact type: ICPC (attended). Outcome: CP plan for Mason (neglect). HV is core "
            "group member.",
            "10:00",
            "Conference",
        ),
        R(
            "sch",
            "I went to Mason's initial child protection conference at the Civic Centre. He is "
            "now on a child protection plan for neglect. I am in the core group.",
            "",
        ),
        R(
            "dav",
            "Attended Mason's initial conference (about Kerry-Ann's son). CP plan. Kerry-Ann has "
            "re-engaged with us since 21/10 and asked me to be there.",
            "09:45",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-10-29",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with HV Sian Pedley to Kerry-Ann at Kilnyard Walk. Flat clean; "
            "Ruby-Mae's things in a box in the bedroom. Kerry-Ann says Dean is staying at his "
            "brother's most nights. Discussed contact with Mason at Lorraine's.",
            "14:00",
            "Joint visit",
        ),
        R(
            "hv",
            "Contact type: Joint home visit with SW (J Kettley). Outcome: Kerry-Ann seen; "
            "bereavement support, EPDS 15, encouraged GP and talking therapies self-referral.",
            "14:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-11-04",
        "transfer-request",
        R(
            "hsg",
            "Management transfer request from Kerry-Ann Tamsett: cannot remain at Flat 3, 22 "
            "Kilnyard Walk following baby's death. Supporting letter from SW requested.",
            "",
            "Transfer request",
        ),
    )
    f.occ(
        "2024-11-07",
        "core-group-1",
        R(
            "csc",
            "First core group meeting for Mason at Brackenfold Primary. Plan reviewed; contact "
            "with parents supervised by Lorraine at her home; Kerry-Ann attending Pathways.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group for Mason here at school after school. Attendance 96%. He is settled "
            "in class but cries at home time some days.",
            "15:30",
        ),
        R(
            "hv",
            "Contact type: Core group (attended). Outcome: plan reviewed; HV to continue "
            "monthly bereavement visits to mum.",
            "",
            "CG",
        ),
    )
    f.occ(
        "2024-11-16",
        "mgm-incident",
        R(
            "pol",
            "LOG 2231 16/11/24 2128. CALLER LORRAINE TAMSETT, 9 PENNANT CLOSE. DEAN HOLLORAN "
            "AT DOOR DRUNK SHOUTING DEMANDING TO SEE MASON. LEFT PRIOR TO POLICE ARRIVAL. "
            "AREA SEARCH NEG. CHILD SAFE INSIDE. BAIL CONDITIONS NOTED - OIC INFORMED.",
            "21:28",
            "Concern / ASB",
            ref="LOG 2231 16/11/24",
        ),
    )
    f.occ(
        "2024-11-17",
        "ppn-2",
        R(
            "pol",
            "PPN SUBMITTED TO ORRISFORD MASH RE LOG 2231 (MASON TAMSETT, CP PLAN).",
            "09:40",
            "PPN",
            ref="PPN/24/51177",
        ),
        R(
            "csc",
            "Police notification received re incident at Lorraine's on Saturday evening: Dean "
            "turned up drunk demanding to see Mason and left before police arrived. Passed to "
            "allocated SW.",
            "09:10",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-16",
        "rcpc",
        R(
            "csc",
            "Review child protection conference (RCPC) for Mason. Progress: Kerry-Ann engaging "
            "with Pathways and bereavement counselling; Dean not engaging, police investigation "
            "continues. Decision: Mason remains subject of a CP plan (neglect).",
            "13:30",
            "RCPC",
            "CP plan continues",
        ),
        R(
            "sch",
            "Review conference for Mason today at 1.30. Plan continues. I shared his "
            "attendance and the drawing he did of the 'baby star'.",
            "13:30",
        ),
        R(
            "dav",
            "Review conference for Mason - gave update on Kerry-Ann (reduced cannabis, negative "
            "alcohol screens). Plan stays.",
            "14:00",
            "Multi-agency meeting",
            shift="-1",
        ),
        R(
            "hv",
            "Contact type: RCPC (attended). Outcome: CP plan continues.",
            "",
            "Conference",
        ),
    )
    f.occ(
        "2025-01-22",
        "pm-report",
        R(
            "cdr",
            "Final post-mortem report received: cause of death unascertained (SUDI) in the "
            "context of co-sleeping with an adult who had consumed alcohol and cannabis; no "
            "injuries, no natural disease identified.",
            "",
            "Post-mortem",
        ),
    )
    f.occ(
        "2025-03-13",
        "charge-father",
        R(
            "pol",
            "CPS AUTHORITY RECEIVED. HOLLORAN, DEAN CHARGED WITH CHILD CRUELTY - S1(1) AND "
            "S1(2)(B) CYPA 1933. BAILED TO ORRISFORD MC 10/04/25.",
            "16:20",
            "Charge",
            ref="CR/24/118870",
        ),
        R(
            "csc",
            "Dean Holloran charged today with child cruelty (s1 CYPA 1933) in relation to "
            "Ruby-Mae; bailed to appear at Orrisford Magistrates' Court on 10/04/2025.",
            "17:05",
            "Police information",
        ),
    )
    f.occ(
        "2025-03-13",
        "nfa-mother",
        R(
            "pol",
            "TAMSETT, KERRY-ANN - NFA (CPS: EVIDENTIAL TEST NOT MET). BAIL CANCELLED. "
            "INFORMED BY OIC.",
            "15:00",
            "Outcome",
            ref="CR/24/118870",
        ),
    )
    f.occ(
        "2025-04-10",
        "first-appearance",
        R(
            "pol",
            "HOLLORAN - FIRST APPEARANCE ORRISFORD MC. NO PLEA. SENT TO CROWN COURT (OAKHURST) "
            "PTPH 08/05/25. CONDITIONAL BAIL CONTINUED.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Dean appeared at Orrisford Magistrates' Court; case sent to Oakhurst Crown Court, "
            "bail continues with the condition about Mason.",
            "",
            "Court",
            shift="swap",
        ),
    )

    # --- routine single entries (each in a window that fits what it says) --------------------
    for sheet, first, last, kind, text in (
        (
            "mw",
            "2024-03-04",
            "2024-03-15",
            "Antenatal appointment",
            "Antenatal check 16/40 at Hub. BP 112/70, urine NAD. Cannabis 'cutting down'.",
        ),
        (
            "mw",
            "2024-05-09",
            "2024-05-16",
            "Antenatal appointment",
            "Antenatal 25/40 at Hub: SFH 25cm, FMF, BP normal. GTT booked.",
        ),
        (
            "mw",
            "2024-06-18",
            "2024-06-28",
            "Antenatal appointment",
            "Antenatal 31/40 at Hub: all well, birth plan discussed, Moses basket ready.",
        ),
        (
            "gp",
            "2024-02-26",
            "2024-03-08",
            "Consultation",
            "S: Kerry-Ann, nausea and vomiting 13/40. O: obs normal, not dehydrated. A: NVP mild. "
            "P: cyclizine, fluids advice.",
        ),
        (
            "gp",
            "2024-04-15",
            "2024-07-19",
            "Consultation",
            "S: Mason, cough 5 days. O: chest clear, T 37.6. A: viral URTI. P: safety-net advice.",
        ),
        (
            "gp",
            "2024-10-14",
            "2024-10-31",
            "Consultation",
            "S: Kerry-Ann low mood since bereavement, not sleeping. O: tearful, no SI. A: grief "
            "reaction. P: talking therapies, review 2/52.",
        ),
        (
            "gp",
            "2024-11-11",
            "2024-11-29",
            "Consultation",
            "S: Kerry-Ann review. O: PHQ-9 14. A: depression. P: sertraline 50mg, review 4/52.",
        ),
        (
            "hv",
            "2024-11-11",
            "2024-11-29",
            "Home visit",
            "Contact type: Bereavement visit. Outcome: mum seen alone; EPDS 12.",
        ),
        (
            "hv",
            "2024-12-09",
            "2024-12-20",
            "Home visit",
            "Contact type: Bereavement visit. Outcome: mum seen; plans for Christmas and Ruby's "
            "memory box discussed.",
        ),
        (
            "hv",
            "2025-02-03",
            "2025-02-28",
            "Telephone",
            "Contact type: Telephone. Outcome: mum well, attending counselling.",
        ),
        (
            "sch",
            "2024-10-14",
            "2024-11-29",
            "",
            "Mason upset at story time when we read a book with a baby in it. I sat with him "
            "in the calm room. Nan told at pick-up.",
        ),
        (
            "sch",
            "2024-12-02",
            "2025-02-07",
            "",
            "Nan collected Mason. Mum came too and waited at the gate, all fine.",
        ),
        (
            "sch",
            "2025-02-24",
            "2025-03-28",
            "",
            "Mason's attendance this half term is 97%. Spoke to nan about his tiredness.",
        ),
        (
            "dav",
            "2024-10-28",
            "2024-11-29",
            "Keywork session",
            "Session with Kerry-Ann: cannabis down to weekends, UDS positive THC, negative others.",
        ),
        (
            "dav",
            "2024-12-02",
            "2024-12-20",
            "Keywork session",
            "Session: grief and using. Kerry-Ann says Dean still drinking, they are apart.",
        ),
        (
            "dav",
            "2025-01-27",
            "2025-02-14",
            "Keywork session",
            "Session: relapse prevention plan written together.",
        ),
        (
            "dav",
            "2025-02-17",
            "2025-03-28",
            "Telephone",
            "Text reminder sent for next session; Kerry-Ann confirmed.",
        ),
        (
            "csc",
            "2024-11-11",
            "2024-11-29",
            "Home visit",
            "Statutory visit to Mason at 9 Pennant Close: seen alone, playing with Lego, no "
            "worries shared.",
        ),
        (
            "csc",
            "2024-12-09",
            "2025-01-10",
            "Home visit",
            "Statutory visit: Mason seen with Lorraine; supervised contact with mum going well.",
        ),
        (
            "csc",
            "2025-02-03",
            "2025-03-07",
            "Supervision",
            "Case supervision with TM: plan on track, Dean not engaging.",
        ),
        (
            "hsg",
            "2024-04-02",
            "2024-05-03",
            "Advice",
            "Tenant advised how to raise disrepair (damp in bedroom) with her private landlord; "
            "environmental health leaflet sent.",
        ),
        (
            "hsg",
            "2024-06-03",
            "2024-06-28",
            "Housing register",
            "Band B awarded on review (pregnancy, overcrowding). Bidding reminder sent.",
        ),
        (
            "cdr",
            "2024-10-21",
            "2024-11-15",
            "CDOP",
            "Form B (agency information) requested from all agencies for CDOP.",
        ),
        (
            "cdr",
            "2024-11-18",
            "2025-01-10",
            "CDOP",
            "Bereavement key worker call to Kerry-Ann; leaflet on the child death review process.",
        ),
    ):
        f.fill(sheet, first, last, [(kind, text)], timed=sheet != "sch")
    return f.case()


def blind_dedup_cases_15() -> list[BlindCase]:
    """The fifteenth blind set's families, in the order they were written."""
    return [_tamsett()]


if __name__ == "__main__":
    summary(blind_dedup_cases_15)
