"""A thirty-first set of blind labelled cases for judging duplicate detection (docstring to follow).

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

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL,)

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
            "email. Agreed: threshold met, s47 jointly with police "
            "(criminal investigation of neglect and supply); children to remain with maternal aunt under s20 if "
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
            "BR joined Kiara's CLA review by phone (staffing) - gave nursery update, no "
            "concerns.",
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
            ("Contact (family time)", "Supervised contact mother at family centre - warm, "
             "appropriate. Kiara ran to her."),
            ("Contact (family time)", "Supervised contact mother - good; brought snacks, "
             "read stories with Tyler."),
            ("Statutory visit", "CLA visit at Hawkmoor Close, children seen together; "
             "no concerns."),
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
            ("Telephone", "Contact type: Telephone (aunt). Outcome: sleep improved, no "
             "further support needed."),
        ],
    )
    f.fill(
        "gp",
        "2024-10-01",
        "2025-06-30",
        [
            ("", "S: cough 5/7, with aunt. O: chest clear, T 37.6. A: viral URTI. P: fluids, "
             "safety net."),
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


def blind_dedup_cases_31() -> list[BlindCase]:
    """The thirty-first blind set's families, in the order they were written."""
    return [_lovell()]


if __name__ == "__main__":
    summary(blind_dedup_cases_31)
