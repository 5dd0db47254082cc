"""The thirty-third set of blind labelled cases for judging duplicate detection (docstring to come).

    python sample_data/blind_dedup_cases_33.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
PSD = "Police Professional Standards"
LADO = "LADO"
CSC = "Children's Social Care"
SCHOOL = "School"
GP = "GP"
DA_SERVICE = "Domestic Abuse Service"
CAFCASS = "Cafcass"
SCHOOL_NURSE = "School Nursing"
HOUSING = "Housing"
MARAC = "MARAC Coordinator"
DEAF_SERVICE = "Sensory Support Service"
DENTAL = "Community Dental Service"
AUDIOLOGY = "Paediatric Audiology"
EWO = "Education Welfare Service"
INTERPRETING = "Interpreting Service"
DAY_SURGERY = "Day Surgery Unit"
ADULT_DEAF = "Deaf Adult Community Team"
ED = "Emergency Department"
BURNS = "Regional Burns Unit"
AMBULANCE = "Ambulance Service"
NURSERY = "Nursery"
HV = "Health Visiting"
PAEDS = "Community Paediatrics"
LEGAL = "Local Authority Legal Services"
FOSTERING = "Fostering Service"
IRO = "Independent Reviewing Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, SCHOOL_NURSE, EWO, DEAF_SERVICE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Penhallow family, Westmarch. Isla (b. 22/06/2014) and Finn (b. 03/02/2018)
# Penhallow live with their mother Rhiannon Penhallow (b. 1989) and, until March 2024, their
# father Daniel "Dan" Penhallow (b. 1986), PC 4471 of Westmarch Police, at 27 Quillet Road,
# Westmarch Hythe WH4 6PD; registered at Tollgate Surgery; both children at Harbury Fields
# Primary. Isla's disclosure at school, an independent investigation by the neighbouring
# Calderholme Constabulary, the LADO and Westmarch professional standards, a non-molestation
# order, a MARAC, the father's restriction, arrest, suspension, charge, guilty plea and
# dismissal, his uncle's arrest, a move to a housing association flat, and the father's
# application for child arrangements heard in the family court.
# --------------------------------------------------------------------------------------------


def _penhallow() -> BlindCase:
    f = Family(
        "penhallow",
        3301,
        {
            "cal": Sheet(
                POLICE,
                "Calderholme_Constabulary_IMR_Penhallow.xlsx",
                "Chronology",
                (("2024-03-01", "DC 3380 FENWICK"), ("2024-11-01", "DC 2950 ASHBY")),
            ),
            "psd": Sheet(
                PSD,
                "Westmarch_Police_PSD_return.xlsx",
                "PSD log",
                (("2024-03-01", "DI R Oakes"),),
            ),
            "lado": Sheet(
                LADO,
                "Westmarch_LADO_chronology.xlsx",
                "LADO",
                (("2024-03-01", "Marion Petch (LADO)"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Westmarch_CSC_chronology_Penhallow.xlsx",
                "Chronology",
                (
                    ("2024-03-01", "Leanne Cotterill (MASH SW)"),
                    ("2024-03-13", "Tomi Adeyemi (SW)"),
                ),
            ),
            "sch": Sheet(
                SCHOOL,
                "Harbury_Fields_Primary_safeguarding_log.xlsx",
                "Log",
                (("2024-03-01", "G Okafor (DSL)"),),
            ),
            "gp": Sheet(
                GP,
                "Tollgate_Surgery_chronology.docx",
                "Table 1",
                (("2024-03-01", "Dr P Sandhu"),),
                typed=False,
            ),
            "idva": Sheet(
                DA_SERVICE,
                "Hearthstone_DA_service_case_notes.xlsx",
                "Case notes",
                (("2024-03-01", "Kerry Blaine (IDVA)"),),
                typed=False,
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_chronology_Penhallow.xlsx",
                "Sheet1",
                (("2024-05-01", "Sunil Dhar (FCA)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Penhallow.xlsx",
                "Contacts",
                (("2024-03-01", "Bethan Lloyd SN"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "Westmarch_Housing_Options.csv",
                "",
                (("2024-03-01", "J Whitlock"),),
            ),
            "marac": Sheet(
                MARAC,
                "Westmarch_MARAC_return.xlsx",
                "MARAC",
                (("2024-03-01", "A-M Troy (MARAC coordinator)"),),
                typed=False,
            ),
        },
    )
    occ = f.occ

    # --- Disclosure at school and the front door -----------------------------------------
    occ(
        "2024-03-11",
        "isla-disclosure-class",
        R(
            "sch",
            "Isla (Y4) tearful in circle time. Said 'Daddy shoved Mummy into the kitchen door "
            "and she cried all night. He said if I tell he'll lose his job.' Verbatim on "
            "disclosure form. Class teacher passed to DSL straight away.",
            "10:40",
            "Disclosure",
            "DSL informed",
        ),
    )
    occ(
        "2024-03-11",
        "dsl-call-mash",
        R(
            "sch",
            "I rang MASH re Isla's disclosure this morning. Told them Dad is a police officer "
            "(Westmarch, response team I think). MASH SW to ring back.",
            "11:25",
            "Call to MASH",
            "Await call back. Not to tell parents.",
        ),
        R(
            "csc",
            "Contact received by telephone from Mrs Okafor, DSL at Harbury Fields Primary. "
            "Isla (9) disclosed in class that father pushed mother into a door; father "
            "believed to be a serving officer with Westmarch Police. Finn (6) also at school.",
            "11:30",
            "Contact",
            "Passed to MASH manager for RAG rating - red",
        ),
    )
    occ(
        "2024-03-11",
        "mash-callback-school",
        R(
            "sch",
            "MASH SW (Leanne) called back: going to a strategy meeting, please do not speak "
            "to either parent at pick up. Isla and Finn went home with Mum as normal.",
            "15:10",
            "Call from MASH",
        ),
        R(
            "csc",
            "Call back to DSL. Advised school not to alert parents; strat being arranged with "
            "police. DSL reports Mum collects, Dad not seen at school for weeks.",
            "15:05",
            "Telephone call",
        ),
    )
    occ(
        "2024-03-12",
        "mash-decision",
        R(
            "csc",
            "MASH decision (TM S Greaves): threshold for S47 strategy discussion met. Because "
            "of father's employment the investigation is to be requested from a neighbouring "
            "force, not Westmarch Police. Case to Assessment Team 2.",
            "",
            "MASH decision",
            "Strategy discussion 13/03",
        ),
    )
    occ(
        "2024-03-12",
        "mash-call-psd",
        R(
            "csc",
            "MASH manager phoned Westmarch Police Professional Standards to inform them of the "
            "allegation against a serving officer (PC Penhallow).",
            "10:15",
            "Telephone call",
        ),
        R(
            "psd",
            "Telephone call from MASH manager, Westmarch CSC: DA allegation against PC 4471 D "
            "PENHALLOW (Response, Hythe) disclosed by his daughter at school. Recorded as "
            "conduct matter PSD/24/0317.",
            "10:20",
            "Notification received",
            "",
            "",
            "PSD/24/0317",
        ),
    )
    occ(
        "2024-03-12",
        "psd-request-calderholme",
        R(
            "psd",
            "Email to Calderholme Constabulary PSD (DCI Brannan) requesting that Calderholme "
            "conduct the criminal investigation independently, given conflict of interest.",
            "14:00",
            "Email sent",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "cal",
            "EMAIL REC'D FROM WESTMARCH PSD REQUESTING INDEPENDENT INVESTIGATION. SUBJECT IS "
            "SERVING WESTMARCH OFFICER. ACCEPTED BY DI HOLLINS, ALLOCATED PPU CALDERHOLME.",
            "08:55",
            "Request for assistance",
            "",
            "+1",
            "CC/24/11873",
        ),
    )

    # --- Strategy and the first visits ------------------------------------------------------
    occ(
        "2024-03-13",
        "gp-email-records",
        R(
            "gp",
            "Email to MASH with summary of records as requested before strategy discussion: "
            "mother seen 09/01/24 with bruised forearm ('fell on stairs'); children's records "
            "unremarkable, immunisations up to date.",
            "08:50",
        ),
    )
    occ(
        "2024-03-13",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM S Greaves. Present: DS Marlow "
            "(Calderholme Constabulary), G Okafor DSL, Dr Sandhu (GP, by phone), B Lloyd "
            "(school nurse), T Adeyemi SW. Agreed joint S47 enquiries, children to be seen at "
            "school 14/03, ABE for Isla to be considered, LADO referral to be made.",
            "09:30",
            "Strategy discussion",
            "Joint S47",
        ),
        R(
            "cal",
            "S47 STRAT MTG VIA TEAMS WITH WESTMARCH CSC. DS 2214 MARLOW ATTENDED. JOINT "
            "INVESTIGATION AGREED, OIC DC 3380 FENWICK. OFFENCES UNDER CONSIDERATION CCB / "
            "ASSAULT BY BEATING.",
            "09:30",
            "Strategy meeting",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "sch",
            "Strat meeting - attended on Teams. Police from another force doing it because of "
            "Dad's job. SW and DC to come in tomorrow to see both children.",
            "09:30",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Telephone discussion with police and social care re Penhallow children. Shared "
            "mother's attendance 09/01/24 with bruising. Practice to flag records.",
            "09:40",
        ),
        R(
            "sn",
            "Contact type: Multi-agency meeting (virtual). Strategy discussion re Isla and "
            "Finn. Outcome: SN to offer health needs assessment for both; no health concerns "
            "known to service.",
            "",
            "Strategy discussion",
        ),
    )
    occ(
        "2024-03-14",
        "joint-visit-school",
        R(
            "csc",
            "Joint visit with DC Fenwick to Harbury Fields Primary. Isla and Finn seen "
            "separately with DSL present. Isla repeated her account and said it happens 'when "
            "Daddy comes off nights'. Finn said he hides under his bed when they shout.",
            "13:30",
            "Joint visit",
            "ABE to be arranged for Isla",
        ),
        R(
            "cal",
            "DC FENWICK AND SW ADEYEMI AT HARBURY FIELDS PRIMARY. BOTH CHILDREN SPOKEN TO "
            "(INITIAL ACCOUNT, NOT ABE). ISLA CONSISTENT WITH SCHOOL DISCLOSURE.",
            "13:30",
            "Enquiry",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "sch",
            "Ms Adeyemi (SW) and DC Fenwick in school 1.30-2.45 to see Isla and Finn. I sat in "
            "with both. Isla relieved afterwards, Finn went back to class OK.",
            "",
            "Professionals visit",
        ),
    )
    occ(
        "2024-03-14",
        "joint-visit-mother",
        R(
            "csc",
            "Joint home visit with police to mother at 27 Quillet Rd while father on duty. "
            "Mother tearful, confirmed years of controll (money, phone, friends) and three "
            "assaults. Agreed father will not return tonight; safety plan made.",
            "16:00",
            "Home visit",
        ),
        R(
            "cal",
            "VICTIM R PENHALLOW SEEN AT HOME ADDRESS WITH CSC. FIRST ACCOUNT TAKEN, DASH "
            "COMPLETED - HIGH RISK (17). PHOTOS OF HEALING BRUISE L FOREARM.",
            "16:05",
            "Victim contact",
            "",
            "",
            "CC/24/11873",
        ),
    )
    occ(
        "2024-03-14",
        "police-referral-idva",
        R(
            "cal",
            "REFERRAL TO HEARTHSTONE DA SERVICE (IDVA) SENT VIA SECURE EMAIL - HIGH RISK.",
            "18:40",
            "Referral",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "idva",
            "Referral in from Calderholme police (DC Fenwick), high risk DASH 17. Perp is a "
            "serving officer in another force - noted for MARAC and for our own info-sharing.",
            "09:05",
            "",
            "",
            "+1",
        ),
    )
    occ(
        "2024-03-15",
        "father-arrest-1",
        R(
            "cal",
            "SUSPECT DANIEL PENHALLOW ATTENDED CALDERHOLME CUSTODY BY ARRANGEMENT AND WAS "
            "ARRESTED 10:02 ON SUSPICION OF CONTROLLING/COERCIVE BEHAVIOUR AND ASSAULT BY "
            "BEATING. INTERVIEWED - NO COMMENT. RELEASED ON PRE-CHARGE BAIL: NOT TO CONTACT R "
            "PENHALLOW OR CHILDREN, NOT TO ENTER QUILLET RD.",
            "10:02",
            "Arrest",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "psd",
            "PC Penhallow arrested today by Calderholme officers (CCB, assault by beating), "
            "bailed with conditions. Restriction continues; reviewed.",
            "",
            "Arrest of officer",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "csc",
            "Father arrested this morning at Calderholme on suspicion of controlling or "
            "coercive behaviour and assault, bailed with conditions not to contact mother or "
            "children or go to the home.",
            "",
            "Police update",
        ),
    )
    occ(
        "2024-03-15",
        "lado-referral",
        R(
            "csc",
            "LADO referral form submitted re Daniel Penhallow (police constable) - risk may "
            "transfer to children he meets through work.",
            "12:10",
            "Referral",
        ),
        R(
            "lado",
            "Referral received from Westmarch CSC (T Adeyemi) re Daniel Penhallow, PC, "
            "Westmarch Police. Allegation: DA towards partner in the presence of his own "
            "children. Harm test met - behaved in a way indicating he may pose a risk of harm "
            "to children.",
            "12:30",
        ),
    )
    occ(
        "2024-03-15",
        "idva-first-call",
        R(
            "idva",
            "First call to Rhiannon. Introduced myself and the service. Safety plan reviewed - "
            "she has changed Wi-Fi and her phone passcode. Talked through non-mol; she wants "
            "to apply. Dan staying at his brother Craig's.",
            "14:30",
        ),
    )
    occ(
        "2024-03-18",
        "gp-appt-mother",
        R(
            "gp",
            "S: Attends on IDVA's advice. Disclosed DA by husband over 6 yrs. Poor sleep, "
            "panic attacks. O: Healing bruise L forearm. Tearful, no thoughts of self-harm. "
            "A: Domestic abuse; anxiety. P: Sertraline 50mg. Self-referral details for "
            "talking therapies. Review 2/52.",
            "09:20",
        ),
    )
    occ(
        "2024-03-19",
        "abe-isla",
        R(
            "cal",
            "ABE INTERVIEW ISLA PENHALLOW AT CALDERHOLME VIDEO SUITE. INTERVIEWER DC FENWICK, "
            "MONITOR SW ADEYEMI. ISLA DESCRIBED MOTHER PUSHED INTO DOOR AND 'SQUEEZED BY THE "
            "NECK' IN THE CAR.",
            "10:00",
            "ABE",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "csc",
            "Isla's ABE interview at Calderholme suite. I monitored. Isla described the door "
            "incident and an incident in the car. Finn not interviewed (age, and his account "
            "on 14/03 was brief); to be reviewed.",
            "",
            "ABE interview",
        ),
        R(
            "sch",
            "Isla out 9.15-12.30 - pre-arranged with police, Mum collected and returned her.",
            "",
            "Absence (authorised)",
        ),
    )
    occ(
        "2024-03-20",
        "nmo-without-notice",
        R(
            "idva",
            "With Rhiannon at Westmarch Family Court. Non-mol granted without notice, 12 "
            "months, return date 4 April. She was shaking but did brilliantly.",
            "",
        ),
        R(
            "cal",
            "NON-MOLESTATION ORDER GRANTED WITHOUT NOTICE AT WESTMARCH FAMILY COURT. "
            "APPLICANT R PENHALLOW, RESPONDENT D PENHALLOW. ORDER LOADED TO PNC.",
            "",
            "Court order",
            "",
            "+1",
            "CC/24/11873",
        ),
    )
    occ(
        "2024-03-21",
        "nmo-served",
        R(
            "cal",
            "NMO PERSONALLY SERVED ON D PENHALLOW AT 14 DRAYS COURT, WESTMARCH BY PC 1190 "
            "(CALDERHOLME). CONTENTS EXPLAINED.",
            "17:45",
            "Service of order",
            "",
            "",
            "CC/24/11873",
        ),
    )
    occ(
        "2024-03-22",
        "idva-marac-referral",
        R(
            "idva",
            "MARAC referral submitted for Rhiannon (DASH 17, perp has access to police "
            "systems).",
            "",
        ),
        R(
            "marac",
            "Referral received: Hearthstone IDVA. Victim RP, perpetrator DP (serving police "
            "officer - restricted listing). Listed for 10/04.",
            "",
        ),
    )
    occ(
        "2024-03-26",
        "lado-pot-meeting",
        R(
            "lado",
            "Allegations management meeting (position of trust) chaired by me. Present: DI "
            "Oakes (Westmarch PSD), DS Marlow (Calderholme), T Adeyemi SW, HR adviser "
            "Westmarch Police. Criminal investigation leads; misconduct investigation paused "
            "pending it; restricted duties continue. Review in 6-8 weeks.",
        ),
        R(
            "psd",
            "LADO POT meeting attended. Agreed PSD investigation sub judice pending criminal "
            "outcome. Officer remains on restricted duties.",
            "14:00",
            "LADO meeting",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "cal",
            "DS MARLOW ATTENDED LADO MEETING (POSITION OF TRUST) RE SUSPECT PENHALLOW. UPDATE "
            "GIVEN ON INVESTIGATION. NO DISCLOSURE OF ABE CONTENT.",
            "14:00",
            "Meeting",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "csc",
            "Attended LADO allegations meeting re father. Shared that both children seen and "
            "Isla ABE'd; S47 nearly complete.",
            "14:00",
            "LADO meeting",
        ),
    )
    occ(
        "2024-03-27",
        "s47-outcome",
        R(
            "csc",
            "S47 outcome: concerns substantiated (emotional harm through exposure to DA). "
            "Father out of the home on bail with NMO in place and mother acting protectively; "
            "TM agrees CIN plan rather than ICPC. CIN meeting to be set for after Easter.",
            "",
            "S47 outcome",
            "CIN",
        ),
    )
    occ(
        "2024-04-04",
        "nmo-return-hearing",
        R(
            "idva",
            "Return hearing for the non-mol. Dan's barrister - no admissions but not opposing; "
            "order continued on notice to 03/04/2025. R relieved.",
        ),
        R(
            "cal",
            "NMO CONTINUED ON NOTICE AT WESTMARCH FC UNTIL 03/04/2025. PNC UPDATED.",
            "",
            "Court order",
            "",
            "late",
            "CC/24/11873",
        ),
    )
    occ(
        "2024-04-10",
        "marac",
        R(
            "marac",
            "MARAC 10/04/24, case 9 (restricted listing). Actions: flag both addresses; "
            "Calderholme to lead on bail compliance; IDVA to support with housing; school "
            "and GP to be made aware via CSC; CSC to confirm CIN.",
        ),
        R(
            "idva",
            "Presented Rhiannon's case at MARAC. Agencies agreed actions (see minutes). Rang "
            "R after to let her know.",
        ),
        R(
            "cal",
            "MARAC (WESTMARCH) - CASE HEARD. CALDERHOLME PPU ATTENDED AS INVESTIGATING FORCE. "
            "ACTION: MARKER ON VICTIM ADDRESS.",
            "10:00",
            "MARAC",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "gp",
            "Multi-agency risk assessment conference: practice safeguarding lead attended. "
            "MARAC flag placed on mother's, Isla's and Finn's records.",
            "",
            "",
            "",
            "swap",
        ),
    )
    occ(
        "2024-04-16",
        "cin-1",
        R(
            "csc",
            "Initial CIN meeting at Harbury Fields. Present: mother, DSL, school nurse, IDVA, "
            "SW. Plan: IDVA support to mother; school to offer ELSA sessions for Isla; school "
            "nurse health needs work; SW visits every 4 weeks.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN mtg in school after school. Isla to start ELSA (Mrs Pryce) Tuesdays.",
            "",
            "Meeting",
        ),
        R(
            "sn",
            "Contact type: Meeting. Child in Need meeting at school. Outcome: SN to see Isla "
            "for health needs (sleep, headaches) and Finn (bedwetting).",
            "",
            "CIN",
        ),
        R(
            "idva",
            "CIN at the school with R. She felt listened to. Dan's solicitor has written about "
            "'seeing the children' - advised her to speak to her own solicitor.",
        ),
    )
    occ(
        "2024-04-16",
        "sn-isla-session",
        R(
            "sn",
            "Contact type: School contact. Isla seen alone in school (before CIN). Reports "
            "headaches most days and waking at night. Outcome: sleep advice, optician check "
            "suggested to Mum.",
            "",
            "Health needs assessment",
        ),
    )
    occ(
        "2024-04-22",
        "finn-disclosure",
        R(
            "sch",
            "Finn told TA at breakfast club that 'Daddy talked to me on the iPad and said Mummy "
            "tells lies to the police'. TA wrote it down, passed to me.",
            "08:35",
            "Disclosure",
        ),
    )
    occ(
        "2024-04-22",
        "school-call-sw",
        R(
            "sch",
            "Phoned Tomi Adeyemi (SW) about what Finn said at breakfast club - possible contact "
            "by Dad despite bail.",
            "09:10",
            "Call to SW",
        ),
        R(
            "csc",
            "Call from DSL: Finn reports father speaking to him by video on tablet and saying "
            "mother lies to police. To pass to OIC as possible bail breach.",
            "09:10",
            "Telephone call",
        ),
    )
    occ(
        "2024-04-23",
        "csc-email-oic",
        R(
            "csc",
            "Email to DC Fenwick re Finn's account of video calls with father (possible breach "
            "of bail).",
            "",
            "Email",
        ),
        R(
            "cal",
            "EMAIL FROM WESTMARCH CSC RE POSS BAIL BREACH (VIDEO CALLS TO SON VIA TABLET). "
            "TABLET TO BE EXAMINED.",
            "",
            "Information received",
            "",
            "",
            "CC/24/11873",
        ),
    )

    # --- Child arrangements application and housing ---------------------------------------
    occ(
        "2024-05-02",
        "c100-received",
        R(
            "cafcass",
            "C100 received from Westmarch Family Court. Applicant father seeks child "
            "arrangements order (spend time with Isla and Finn). Allegations of DA in C1A by "
            "mother. Safeguarding work allocated.",
            "",
            "Application received",
        ),
    )
    occ(
        "2024-05-07",
        "cafcass-la-checks",
        R(
            "cafcass",
            "LA safeguarding checks requested from Westmarch CSC by email.",
            "",
            "Checks requested",
        ),
        R(
            "csc",
            "Request from Cafcass for LA safeguarding information (private law application by "
            "father). Response due 20/05.",
            "",
            "Cafcass request",
            "",
            "+1",
        ),
    )
    occ(
        "2024-05-09",
        "idva-referral-housing",
        R(
            "idva",
            "Referral to Westmarch Housing Options for R - house is in joint names and Dan's "
            "solicitor wants it sold.",
        ),
        R(
            "hsg",
            "Referral from Hearthstone IDVA: Mrs R Penhallow + 2 children, DA, jointly owned "
            "property to be sold. Threatened with homelessness; prevention duty.",
            "",
            "Referral",
            "",
            "late",
        ),
    )
    occ(
        "2024-05-14",
        "cafcass-call-mother",
        R(
            "cafcass",
            "Safeguarding telephone interview with mother. Describes coercive control and "
            "three assaults; children frightened of father's temper. Wants indirect contact "
            "only at present.",
            "10:00",
            "Telephone interview",
        ),
    )
    occ(
        "2024-05-15",
        "cafcass-call-father",
        R(
            "cafcass",
            "Safeguarding telephone interview with father. Denies all allegations, says "
            "mother is alienating children. Accepts 'arguments'.",
            "10:00",
            "Telephone interview",
        ),
    )
    occ(
        "2024-05-20",
        "la-response-cafcass",
        R(
            "csc",
            "LA safeguarding response sent to Cafcass: open CIN, S47 substantiated, MARAC, "
            "criminal investigation ongoing.",
            "",
            "Cafcass response",
        ),
        R(
            "cafcass",
            "LA checks recieved back from Westmarch CSC.",
            "",
            "Checks received",
            "",
            "+1",
        ),
    )
    occ(
        "2024-06-04",
        "fhdra",
        R(
            "cafcass",
            "FHDRA, Westmarch FC. FCA attended. No agreement. Orders: s7 report from LA "
            "(open CIN), no contact pending; further hearing after criminal matter.",
            "",
            "Hearing",
        ),
        R(
            "idva",
            "Court with R for the first hearing on Dan's application. Separate room arranged. "
            "Judge has asked social care for a report.",
        ),
        R(
            "csc",
            "FHDRA (father's C100): court directed section 7 report from the LA, 12 weeks.",
            "",
            "Court hearing",
            "",
            "swap",
        ),
    )

    # --- The school gate, two arrests, suspension ----------------------------------------
    occ(
        "2024-06-10",
        "school-gate-incident",
        R(
            "sch",
            "Dad at the school gate at home time demanding to see Isla and Finn. Staff kept "
            "children inside. I rang 999. Mum arrived, children left by the back gate with "
            "her. Police attended.",
            "15:15",
            "Incident",
            "Police called",
        ),
        R(
            "sch",
            "Dad at school gate at home time demanding to see Isla + Finn. Kept inside, 999 "
            "called, Mum took them out the back gate. Police attended.",
            "15:15",
            "Incident",
            "Police called",
        ),
        R(
            "cal",
            "INC 0610-0447. CALLER SCHOOL DSL - SUBJECT D PENHALLOW AT HARBURY FIELDS PRIMARY "
            "GATE IN BREACH OF NMO. SUBJECT LEFT PRIOR TO ARRIVAL. STATEMENTS FROM STAFF.",
            "15:18",
            "Incident",
            "",
            "",
            "INC 0610-0447",
        ),
    )
    occ(
        "2024-06-10",
        "father-arrest-breach",
        R(
            "cal",
            "D PENHALLOW ARRESTED AT 14 DRAYS COURT FOR BREACH OF NMO (FLA 1996 S42A). "
            "CONVEYED CALDERHOLME CUSTODY.",
            "19:30",
            "Arrest",
            "",
            "",
            "INC 0610-0447",
        ),
        R(
            "idva",
            "Dan arrested last night for breach of the non-mol after turning up at school. "
            "Rang R - she's OK, kids were shaken.",
            "",
            "",
            "",
            "late",
        ),
        R(
            "psd",
            "PC Penhallow arrested by Calderholme for breach of non-molestation order.",
            "",
            "Arrest of officer",
            "",
            "late",
            "PSD/24/0317",
        ),
    )
    occ(
        "2024-06-10",
        "uncle-arrest",
        R(
            "cal",
            "CRAIG PENHALLOW (BROTHER OF SUSPECT) ARRESTED AT SAME ADDRESS FOR HARASSMENT OF R "
            "PENHALLOW - 40+ MESSAGES SINCE APRIL. BAILED.",
            "19:50",
            "Arrest",
            "",
            "",
            "CC/24/15320",
        ),
    )
    occ(
        "2024-06-11",
        "csc-police-notification",
        R(
            "csc",
            "Police notification received (Calderholme PPN): father attended school gate "
            "10/06 in breach of NMO, later arrested. Children safe with mother.",
            "",
            "Police notification",
        ),
    )
    occ(
        "2024-06-12",
        "lado-review",
        R(
            "lado",
            "LADO review meeting. New information: breach of NMO at school, arrest. "
            "Recommendation to Westmarch Police that restriction is no longer sufficient.",
        ),
        R(
            "psd",
            "POT review mtg with LADO. Considering suspension given school-gate breach.",
            "11:00",
            "LADO meeting",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "csc",
            "LADO strategy review re father. Recommendation made to Westmarch Police re "
            "suspension.",
            "11:00",
            "LADO meeting",
        ),
    )
    occ(
        "2024-06-20",
        "father-suspended",
        R(
            "psd",
            "PC Penhallow suspended from duty (Reg 11 Conduct Regs). Warrant card and kit "
            "recovered.",
            "",
            "Suspension",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "lado",
            "Westmarch PSD confirmed Daniel Penhallow suspended from duty from today.",
            "",
            "",
            "",
            "late",
        ),
    )
    occ(
        "2024-07-09",
        "cin-review-1",
        R(
            "csc",
            "CIN review. Children settled, Isla enjoying ELSA. Finn's bedwetting improved. "
            "Mother waiting on housing. Plan continues.",
            "15:30",
            "CIN review",
        ),
        R(
            "sch",
            "Attended CIN review (after school). Attendance Isla 96%, Finn 94%.",
            "",
            "Meeting",
        ),
        R(
            "sn",
            "Minutes of CIN review received from SW, copied below: 'Children settled, Isla "
            "enjoying ELSA, Finn's bedwetting improved. Mother waiting on housing. Plan "
            "continues.'",
            "",
            "Minutes filed",
            "",
            "+1",
        ),
    )
    occ(
        "2024-08-12",
        "move-foxglove",
        R(
            "hsg",
            "Tenancy sign-up, Flat 2, 9 Foxglove Walk WH2 8LS (Westmarch Homes). Keys handed "
            "over; Mrs Penhallow moving in today with both children.",
            "11:00",
            "Tenancy",
        ),
        R(
            "idva",
            "R and the kids moved into Foxglove Walk today. Sanctuary scheme referral for "
            "door chain and spy hole.",
        ),
        R(
            "csc",
            "Mother and children moved to Flat 2, 9 Foxglove Walk, WH2 8LS.",
            "",
            "Change of address",
            "",
            "late",
        ),
    )
    occ(
        "2024-08-29",
        "father-charged",
        R(
            "cal",
            "CPS AUTHORISED CHARGE. D PENHALLOW CHARGED: CONTROLLING/COERCIVE BEHAVIOUR (SCA "
            "2015 S76) AND ASSAULT BY BEATING. BAILED TO CALDERHOLME MC 26/09/24.",
            "16:20",
            "Charge",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "psd",
            "Officer charged with CCB and common assault (Calderholme). Suspension continues.",
            "",
            "Charge",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "lado",
            "Update from Calderholme: Daniel Penhallow charged with controlling behaviour and "
            "assault by beating.",
            "",
            "",
            "",
            "month",
        ),
    )
    occ(
        "2024-09-26",
        "first-appearance",
        R(
            "cal",
            "FIRST APPEARANCE CALDERHOLME MC. NOT GUILTY INDICATED, SENT TO CALDERHOLME CROWN "
            "COURT. BAIL CONDITIONS CONTINUED.",
            "",
            "Court",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "idva",
            "Dan in magistrates today - pleading not guilty, sent to Crown Court. R won't "
            "have to give evidence until next year at the earliest.",
        ),
    )
    occ(
        "2024-10-01",
        "s7-report-filed",
        R(
            "csc",
            "Section 7 report filed at court and served on parties and Cafcass. "
            "Recommendation: no direct contact pending criminal trial; indirect letters.",
            "",
            "Court report",
        ),
        R(
            "cafcass",
            "LA s7 report received (T Adeyemi).",
            "",
            "Report received",
            "",
            "+1",
        ),
    )
    occ(
        "2024-10-15",
        "dra",
        R(
            "cafcass",
            "DRA. Father seeks contact centre. Court orders indirect contact (letters via "
            "Cafcass) and lists final hearing after Crown Court trial.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Dispute resolution appointment: indirect contact ordered; final hearing to follow "
            "criminal trial.",
            "10:00",
            "Court hearing",
        ),
    )
    occ(
        "2024-10-15",
        "cin-review-2",
        R(
            "csc",
            "CIN review at school after court. New flat going well; Isla anxious about Dad's "
            "trial. Plan continues until the criminal case concludes.",
            "15:45",
            "CIN review",
        ),
        R(
            "sch",
            "CIN review - SW came straight from court. Isla had a wobble last week (cried in "
            "PE), ELSA continuing.",
            "",
            "Meeting",
        ),
    )

    # --- Plea, sentence, dismissal, final hearing ----------------------------------------
    occ(
        "2025-01-20",
        "guilty-plea",
        R(
            "cal",
            "CALDERHOLME CROWN COURT: D PENHALLOW PLEADED GUILTY TO CCB. ASSAULT BY BEATING "
            "TO LIE ON FILE. ADJOURNED FOR PSR, SENTENCE 28/02/25.",
            "",
            "Court result",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "idva",
            "Dan pleaded guilty this morning to controlling behaviour! No trial. R cried on "
            "the phone - relief.",
        ),
        R(
            "psd",
            "Officer pleaded guilty to CCB at Crown Court. Gross misconduct proceedings can "
            "now progress.",
            "",
            "Court result",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "lado",
            "Guilty plea entered at Crown Court (CCB). Sentence adjourned.",
            "",
            "",
            "",
            "+1",
        ),
    )
    occ(
        "2025-02-28",
        "sentence",
        R(
            "cal",
            "SENTENCED: 18 MONTHS IMPRISONMENT SUSPENDED 24 MONTHS, BUILDING BETTER "
            "RELATIONSHIPS PROGRAMME, 30 RAR DAYS. RESTRAINING ORDER 5 YRS (R PENHALLOW).",
            "",
            "Court result",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "idva",
            "Sentencing: suspended sentence and a restraining order for 5 years. R pleased "
            "about the RO as the non-mol runs out in April.",
        ),
        R(
            "cafcass",
            "Criminal outcome noted: father sentenced (CCB) - suspended sentence, restraining "
            "order protecting mother.",
            "",
            "Information",
            "",
            "+2",
        ),
    )
    occ(
        "2025-04-08",
        "misconduct-hearing",
        R(
            "psd",
            "Accelerated misconduct hearing (Chief Constable). Gross misconduct proven. "
            "Dismissed without notice. Barred list referral to College of Policing.",
            "",
            "Misconduct hearing",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "lado",
            "Westmarch Police accelerated misconduct hearing: PC Penhallow dismissed without "
            "notice.",
        ),
    )
    occ(
        "2025-04-10",
        "lado-outcome-letter",
        R(
            "lado",
            "Outcome letter sent to Westmarch PSD: allegation substantiated. LADO case closed.",
        ),
        R(
            "psd",
            "LADO outcome letter received: substantiated. File closed.",
            "",
            "Letter received",
            "",
            "+2",
            "PSD/24/0317",
        ),
    )
    occ(
        "2025-05-13",
        "final-hearing",
        R(
            "cafcass",
            "Final hearing. Child arrangements order: children live with mother; father "
            "indirect contact (letters, cards, 4x/yr via mother's solicitor). s91(14) order "
            "2 yrs. Cafcass discharged.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Final hearing in private law proceedings: lives-with order to mother, indirect "
            "contact for father, s91(14) barring order.",
            "",
            "Court hearing",
        ),
    )
    occ(
        "2025-05-20",
        "cin-closure",
        R(
            "csc",
            "Final CIN review: plan closed, step down to school-led early help. Mother agrees.",
            "15:30",
            "CIN review",
            "Case closed to CSC",
        ),
        R(
            "sch",
            "Last CIN (closing). School to lead early help; ELSA to finish at end of term.",
            "",
            "Meeting",
        ),
    )

    # --- Routine entries ----------------------------------------------------------------------
    f.fill(
        "csc",
        "2024-04-17",
        "2025-05-09",
        [
            ("Home visit", "Statutory CIN visit to mother and children. Children seen alone."),
            ("Home visit", "CIN visit. Isla showed me her bedroom; Finn playing Lego."),
            ("Home visit", "Visit: children well, mother managing; no contact from father."),
        ],
    )
    f.fill(
        "sch",
        "2024-04-23",
        "2025-05-09",
        [
            ("Pastoral", "Isla ELSA session - worry jar."),
            ("Pastoral", "Isla ELSA - friendship drawings."),
            ("Pastoral", "Finn hit another child at lunch, calmed quickly. Mum informed."),
        ],
    )
    f.fill(
        "idva",
        "2024-03-25",
        "2025-03-20",
        [
            ("", "Weekly check-in call with R. No contact from Dan."),
            ("", "Check-in call. R low this week; talking therapies first session booked."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-04-01",
        "2025-04-30",
        [
            ("", "S: Mood improving on sertraline. A: Anxiety. P: Continue, review 3/12."),
        ],
    )
    f.fill(
        "sn",
        "2024-05-01",
        "2024-12-13",
        [
            ("Enuresis", "Contact type: School contact. Finn - enuresis review, chart going well."),
        ],
    )
    f.fill(
        "hsg",
        "2024-05-20",
        "2024-08-02",
        [
            ("Bidding", "Bid placed on 2-bed flat, Foxglove Walk - shortlisted position 3."),
        ],
    )
    f.fill(
        "cal",
        "2024-04-01",
        "2024-12-20",
        [
            ("Investigation", "DIGITAL DOWNLOAD OF VICTIM PHONE COMPLETED. MESSAGES EXHIBITED."),
        ],
    )
    return f.case()


def blind_dedup_cases_33() -> list[BlindCase]:
    """The thirty-third blind set's families, in the order they were written."""
    return [_penhallow()]


if __name__ == "__main__":
    summary(blind_dedup_cases_33)
