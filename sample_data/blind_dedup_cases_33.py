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


# --------------------------------------------------------------------------------------------
# Case 2: the Ferrow family, Brackenford. Jaden Ferrow (b. 14/05/2015), profoundly deaf, lives
# with his Deaf parents Nicola (b. 1987) and Gary Ferrow (b. 1984), who use British Sign
# Language, and his hearing sister Mia (b. 02/11/2019) at 5 Tanyard Close, Brackenford BK3 9RW;
# registered at Orchard Row Medical Practice; at Cinderhill Primary with a communication
# support worker, then from September 2025 at Hollin Brook Primary's hearing resource base.
# Chronic neglect (hunger, hygiene, a cold house), untreated dental decay and extractions under
# general anaesthetic (one list cancelled because fasting instructions never reached the
# parents in BSL), poor attendance, a teacher of the deaf, assessments through SignLink
# interpreters and one visit without, child in need, then a child protection plan, then a step
# down. The maternal grandmother, who helped, dies in June 2025.
# --------------------------------------------------------------------------------------------


def _ferrow() -> BlindCase:
    f = Family(
        "ferrow",
        3302,
        {
            "csc": Sheet(
                CSC,
                "Brackenford_CSC_return_Ferrow.xlsx",
                "Chronology",
                (("2024-09-01", "Imogen Talbot SW"), ("2025-03-01", "Kwame Asante SW")),
            ),
            "sch": Sheet(
                SCHOOL,
                "Cinderhill_Primary_CPOMS_export.xlsx",
                "Jaden",
                (("2024-09-01", "O Pritchard (DSL)"),),
            ),
            "tod": Sheet(
                DEAF_SERVICE,
                "Sensory_Support_Service_ToD_notes.xlsx",
                "Visits",
                (("2024-09-01", "Farah Qureshi, QToD"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Orchard_Row_MP_chronology.xlsx",
                "Ferrow family",
                (("2024-09-01", "Dr E Munro"),),
                typed=False,
            ),
            "dental": Sheet(
                DENTAL,
                "Brackenford_Community_Dental_Service.xlsx",
                "Clinical record",
                (("2024-09-01", "Dr A Strand, Specialist in Paediatric Dentistry"),),
            ),
            "dsu": Sheet(
                DAY_SURGERY,
                "BGH_Childrens_Day_Unit.xlsx",
                "Episodes",
                (("2024-09-01", "Day Unit nursing"),),
            ),
            "aud": Sheet(
                AUDIOLOGY,
                "BGH_Paediatric_Audiology.csv",
                "",
                (("2024-09-01", "C Yeo, Clinical Scientist"),),
            ),
            "ewo": Sheet(
                EWO,
                "Brackenford_EWS_chronology.xlsx",
                "EWS",
                (("2024-09-01", "Helen Byatt EWO"),),
            ),
            "interp": Sheet(
                INTERPRETING,
                "SignLink_Interpreting_bookings.xlsx",
                "Bookings",
                (("2024-09-01", "SignLink bookings desk"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Ferrow.xlsx",
                "Contacts",
                (("2024-09-01", "Ruth Delaney SN"),),
            ),
            "deaf": Sheet(
                ADULT_DEAF,
                "Deaf_Adult_Community_Team_return.docx",
                "Table 1",
                (("2024-09-01", "Rowan Pike, SW for Deaf adults"),),
                typed=False,
            ),
        },
    )
    occ = f.occ

    # --- Autumn 2024: signs of neglect, teeth, attendance -----------------------------------
    occ(
        "2024-09-10",
        "toothache-school",
        R(
            "sch",
            "Jaden signed to CSW (Mrs Keble) that his 'tooth hurts a lot' and would not eat "
            "lunch. Same uniform as last week, strong smell. Mum informed by text; she replied "
            "'dentist soon'.",
            "12:40",
            "Health / Hygiene",
        ),
    )
    occ(
        "2024-09-19",
        "dental-screening",
        R(
            "dental",
            "Epidemiology screening, Cinderhill Primary Y5. Jaden Ferrow: obvious caries "
            "multiple teeth, sweling LR. Category C letter home - urgent dental care.",
            "",
            "School screening",
        ),
        R(
            "sch",
            "Community dental team in school today screening Y5. Jaden given a letter home - "
            "dentist told me it's urgent. I'll text Mum.",
            "",
            "Health",
        ),
    )
    occ(
        "2024-09-24",
        "tod-school-visit",
        R(
            "tod",
            "School visit. Observed Jaden in maths with CSW. BSL good for age, English "
            "literacy approx 2 years behind. Tired, yawning, hair unwashed. Spoke to CSW re "
            "hearing aid use - not worn (family choice, BSL-first).",
        ),
    )
    occ(
        "2024-09-24",
        "sn-school-visit",
        R(
            "sn",
            "Contact type: Drop-in (school). Jaden seen with CSW signing. Height/weight: weight "
            "9th centile (was 25th in Reception). Outcome: letter to parents re weight and "
            "dental; share with GP.",
            "",
            "Health review",
        ),
    )
    occ(
        "2024-10-01",
        "school-referral-ews",
        R(
            "sch",
            "Referral to EWS: Jaden attendance 83% last year, 79% this term, lots of Mondays. "
            "Letters home not answered.",
            "",
            "Attendance",
        ),
        R(
            "ewo",
            "Referral rec'd from Cinderhill Primary re Jaden F (Y5). Attendance 79% this term, "
            "pattern of Monday absence. Parents Deaf (BSL).",
            "",
            "Referral",
            "",
            "+1",
        ),
    )
    occ(
        "2024-10-03",
        "gp-appt-abscess",
        R(
            "gp",
            "S: Mum brought Jaden - toothache, swollen cheek 3 days. No interpreter booked "
            "(mum did not request); consultation by writing and gesture. O: Apyrexial. Tender "
            "swelling LR lower jaw, carious 85/84. A: Dental abscess. P: Amoxicillin 5/7. "
            "Must see dentist - not registered with a dentist.",
            "10:10",
        ),
    )
    occ(
        "2024-10-03",
        "gp-referral-cds",
        R(
            "gp",
            "Referral to Community Dental Service (unregistered child, abscess, multiple "
            "caries). NB parents Deaf - BSL interpreter needed for appts.",
            "12:30",
        ),
        R(
            "dental",
            "Referral received from Dr Munro (GP). Abscess, gross caries, not registered. "
            "BSL interpreter required. Triage: urgent, new patient slot.",
            "",
            "Referral",
            "",
            "+1",
        ),
    )
    occ(
        "2024-10-08",
        "ewo-home-visit",
        R(
            "ewo",
            "Home visit (unannounced). Dad answered. No interpreter - wrote notes on pad. Dad "
            "says Jaden 'ill a lot'. House untidy, cold. Left attendance leaflet. Will book "
            "interpreter next time.",
            "",
            "Home visit",
            "",
            "-1",
        ),
    )
    occ(
        "2024-10-15",
        "dental-wnb-1",
        R(
            "dental",
            "New patient appt: was not brought. Interpreter attended and waited 30 min. "
            "Letter sent, second appointment offered.",
            "09:30",
            "Was not brought",
        ),
        R(
            "interp",
            "Assignment: Community Dental, Brackenford Health Centre, 09:30. Client did not "
            "attend. Interpreter waited, released 10:00. Chargeable.",
            "09:30",
            "Client DNA",
        ),
    )
    occ(
        "2024-10-22",
        "school-referral-mash",
        R(
            "sch",
            "MASH referral made online (neglect): hungry, hygiene, untreated teeth, weight "
            "drop (SN), attendance 79%, dental appt missed. Parents Deaf - will need BSL.",
            "14:15",
            "Referral to CSC",
        ),
        R(
            "csc",
            "Contact: online referral from Cinderhill Primary (DSL O Pritchard). Neglect "
            "concerns - Jaden 9, profoundly deaf, BSL user; parents both Deaf.",
            "14:20",
            "Contact",
        ),
    )
    occ(
        "2024-10-23",
        "mash-decision",
        R(
            "csc",
            "MASH outcome: step up to Child and Family Assessment (single agency). "
            "Interpreters to be booked for all contact with parents; consider Deaf Adult "
            "Community Team involvement.",
            "",
            "MASH decision",
        ),
    )
    occ(
        "2024-10-23",
        "interp-booking-hv1",
        R(
            "csc",
            "Interpreter request sent to SignLink for home visit 30/10 2pm.",
            "",
            "Admin",
        ),
        R(
            "interp",
            "Booking request rec'd: Brackenford CSC (I Talbot), home visit 30/10/24 14:00, "
            "2 hrs, BSL/English, safeguarding - RSLI with child protection experience please.",
            "",
            "Booking",
        ),
    )
    occ(
        "2024-10-30",
        "sw-visit-interpreter",
        R(
            "csc",
            "Home visit with BSL interpreter (Jo Marsh). Both parents present, Jaden and Mia "
            "seen. Cupboards mostly empty, electricity on emergency credit. Parents say money "
            "tight since Gary's hours cut; do not know how to book dentist.",
            "14:00",
            "Home visit",
        ),
        R(
            "interp",
            "Assignment completed: Brackenford CSC home visit, 5 Tanyard Close. 14:00-15:50. "
            "Interpreter J Marsh RSLI.",
            "14:00",
            "Completed",
        ),
    )
    occ(
        "2024-11-05",
        "dental-assessment",
        R(
            "dental",
            "Attended with mother and BSL interpreter. 10 carious teeth, 2 abscessed. "
            "Unsuitable for treatment in chair (anxious, pain). Plan: extractions under GA. "
            "OHI given via interpreter; fluoride toothpaste 1450ppm.",
            "09:30",
            "New patient assessment",
        ),
        R(
            "interp",
            "Assignment: Community Dental, 09:30. Completed 10:25. Client and mother.",
            "09:30",
            "Completed",
        ),
    )
    occ(
        "2024-11-05",
        "dental-referral-ga",
        R(
            "dental",
            "Referral to BGH Children's Day Unit for GA extractions (list: Dr Strand). Note "
            "Deaf parents - interpreter for pre-op and on the day.",
            "",
            "Referral",
        ),
        R(
            "dsu",
            "Referral received: Community Dental (Dr Strand), GA dental extractions, Jaden "
            "Ferrow 9y. Added to waiting list.",
            "",
            "Referral received",
            "",
            "+2",
        ),
    )
    occ(
        "2024-11-12",
        "sw-sees-jaden-school",
        R(
            "csc",
            "Saw Jaden at school with his CSW signing for us. Jaden said there is 'no food at "
            "home at weekend sometimes'; he likes school dinners. Wishes: 'a PlayStation'.",
            "10:30",
            "Child seen",
        ),
        R(
            "sch",
            "SW (Ms Talbot) in to see Jaden, CSW supported communication. 10.30-11.15.",
            "10:30",
            "Professional visit",
        ),
    )
    occ(
        "2024-11-19",
        "interp-cancelled",
        R(
            "interp",
            "Booking 20/11 10:00 (Brackenford CSC) - unable to cover, no RSLI available. CSC "
            "informed by phone 16:40.",
            "16:40",
            "Unfilled",
        ),
    )
    occ(
        "2024-11-20",
        "sw-visit-no-interpreter",
        R(
            "csc",
            "Home visit - interpreter cancelled last minute, visit went ahead. Communicated by "
            "writing with Mum; Jaden helped by signing for his parents at times. Gary angry "
            "about this. Mia well presented.",
            "10:00",
            "Home visit",
        ),
    )
    occ(
        "2024-11-21",
        "father-complaint-deaf-team",
        R(
            "deaf",
            "Gary came to the Deaf centre drop-in upset: children's SW visited without an "
            "interpreter and 'used Jaden to interpret'. I emailed the SW and her manager to "
            "raise this and offered to attend future visits.",
        ),
    )
    occ(
        "2024-11-21",
        "deaf-team-email-csc",
        R(
            "deaf",
            "Email to I Talbot and TM: concerns re yesterday's visit without interpreter; "
            "request joint working; parents want a Deaf-aware assessment.",
        ),
        R(
            "csc",
            "Email from Rowan Pike (Deaf Adult Community Team) re visit without interpreter; "
            "TM agrees no further visits without an interpreter; joint working accepted.",
            "",
            "Email",
            "",
            "late",
        ),
    )
    occ(
        "2024-12-03",
        "cfa-complete",
        R(
            "csc",
            "C&F assessment completed (signed off TM). Neglect - food poverty, hygiene, "
            "untreated dental disease, attendance. Parents love the children and want help; "
            "communication barriers with services. Outcome: CIN plan (s17).",
            "",
            "Assessment",
            "CIN",
        ),
    )
    occ(
        "2024-12-10",
        "cin-1",
        R(
            "csc",
            "Initial CIN meeting at Cinderhill with two BSL interpreters. Parents, DSL, ToD, "
            "SN, R Pike (Deaf Adult Team). Plan: GA extractions, food bank + fuel voucher, "
            "attendance target 90%, hygiene support, school breakfast club.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "Child in Need meeting 1.30pm in school (interpreters x2). Jaden to start "
            "breakfast club free of charge.",
            "13:30",
            "Meeting",
        ),
        R(
            "tod",
            "Attended CIN mtg. Offered visual timetable/ morning routine in BSL videos for "
            "home. Parents very engaged with interpreters present.",
        ),
        R(
            "interp",
            "Assignment completed: Cinderhill Primary, CIN meeting 13:30-15:00, 2 interpreters "
            "(co-working).",
            "13:30",
            "Completed",
        ),
        R(
            "deaf",
            "CIN meeting at Jaden's school. I attended to support Nicola and Gary. Much better "
            "- they were able to follow and speak for themselves.",
        ),
    )

    # --- Winter 2025: audiology, GA, attendance --------------------------------------------
    occ(
        "2025-01-14",
        "audiology-wnb",
        R(
            "aud",
            "Annual review - was not brought. 2nd consecutive WNB. Letter to GP and parents.",
            "14:00",
            "WNB",
        ),
    )
    occ(
        "2025-01-15",
        "audiology-letter-gp",
        R(
            "aud",
            "Letter to GP re repeated WNB for audiology review (hearing aids not collected "
            "since 2023).",
            "",
            "Correspondence",
        ),
        R(
            "gp",
            "Letter from Paediatric Audiology: Jaden WNB x2, hearing aids not collected. "
            "Copy to SW as open CIN.",
            "",
            "",
            "",
            "late",
        ),
    )
    occ(
        "2025-01-21",
        "ga-cancelled",
        R(
            "dsu",
            "Admitted for GA dental list. Pt had eaten breakfast (toast 07:00) - parents had "
            "not understood fasting letter (written English). Cancelled on day by "
            "anaesthetist. New date to be given with interpreter pre-op.",
            "07:30",
            "Cancelled on day",
        ),
        R(
            "dental",
            "GA list: Jaden cancelled on day - not fasted. Parents not given instructions in "
            "BSL. Raised as incident (Datix).",
            "",
            "GA cancelled",
        ),
        R(
            "csc",
            "Jaden's GA at BGH cancelled today as he'd eaten - fasting letter in English only. "
            "Asked hospital to book interpreter for pre-op.",
            "",
            "Health",
            "",
            "-1",
        ),
    )
    occ(
        "2025-01-28",
        "preop-interpreter",
        R(
            "dsu",
            "Pre-op assessment with BSL interpreter. Fasting explained; BSL fasting video "
            "sent to mum's phone. Consent discussed. GA date 11/02.",
            "10:00",
            "Pre-op",
        ),
        R(
            "interp",
            "Assignment: BGH Children's Day Unit pre-op, 10:00-11:00. Completed.",
            "10:00",
            "Completed",
        ),
    )
    occ(
        "2025-02-04",
        "attendance-meeting",
        R(
            "ewo",
            "Attendance meeting at school with interpreter: parenting contract signed. "
            "Attendance 81%. Review 6 wks.",
            "09:15",
            "Meeting",
        ),
        R(
            "sch",
            "Attendance support meeting with EWO + parents + BSL interpreter. Parenting "
            "contract.",
            "09:15",
            "Attendance",
        ),
        R(
            "interp",
            "Assignment: Cinderhill Primary, attendance meeting 09:15. Completed.",
            "09:15",
            "Completed",
        ),
    )
    occ(
        "2025-02-11",
        "ga-extractions",
        R(
            "dsu",
            "Admitted 07:30, fasted (confirmed via interpreter). Consent signed.",
            "07:30",
            "Admission",
        ),
        R(
            "dsu",
            "Theatre: GA, XLA x8 (54 55 64 65 74 75 84 85) + 36 (hopeless). Recovery "
            "uneventful. Discharged home with mum 13:45, analgesia advice via interpreter.",
            "13:45",
            "Discharge",
        ),
        R(
            "dental",
            "GA extractions completed (9 teeth). Post-op review 6 weeks. Safeguarding: SW "
            "aware.",
            "",
            "Treatment under GA",
        ),
        R(
            "interp",
            "Assignment: BGH Day Unit 07:30-14:00, GA day case. Completed.",
            "07:30",
            "Completed",
        ),
        R(
            "sch",
            "Jaden absent - had his teeth out at the hospital (Mum texted).",
            "",
            "Absence (medical)",
        ),
    )

    # --- Spring 2025: crisis, strategy, conference ----------------------------------------
    occ(
        "2025-03-04",
        "school-call-sw",
        R(
            "sch",
            "Jaden arrived no coat (sleet), hungry, head lice, signed 'house dark no "
            "electric'. Rang Kwame (SW).",
            "09:05",
            "Neglect",
            "SW informed",
        ),
        R(
            "csc",
            "Call from DSL: Jaden cold, hungry, lice; reports no electricity at home. SW to "
            "visit today.",
            "09:05",
            "Telephone call",
        ),
    )
    occ(
        "2025-03-04",
        "sw-unannounced-visit",
        R(
            "csc",
            "Unannounced home visit (no interpreter - same-day). Meter empty, no heating, "
            "little food, dog mess in kitchen. Mia at home, not at nursery. Gave food bank "
            "voucher and emergency top-up. Discussed with TM: strategy discussion.",
            "14:30",
            "Home visit",
        ),
    )
    occ(
        "2025-03-06",
        "strategy",
        R(
            "csc",
            "Strategy discussion (neglect). Police (CAIT), DSL, GP, school nurse, SW, TM. "
            "Threshold for S47 met; single-agency S47 by CSC; ICPC to be convened.",
            "11:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "sch",
            "Strat - DSL joined by phone 11am. Shared attendance (78%) and Tuesday's "
            "presentation.",
            "11:00",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Discussion with police and social care re Jaden - neglect. GP info: abscess Oct, "
            "audiology WNB, mother's depression. Agreed S47.",
            "11:10",
        ),
        R(
            "sn",
            "Contact type: Strategy meeting (telephone). Outcome: SN to provide ICPC report "
            "(weight now 2nd centile).",
            "",
            "Strategy",
        ),
    )
    occ(
        "2025-03-06",
        "tod-communication-assessment",
        R(
            "tod",
            "Communication assessment in school (BSL receptive skills test). Age-appropriate "
            "BSL; English reading age 6y8m. Report to follow for conference.",
        ),
    )
    occ(
        "2025-03-12",
        "s47-visit",
        R(
            "csc",
            "S47 home visit with BSL interpreter and Rowan Pike. Parents agreed to S47 "
            "checks; Jaden seen alone with interpreter - says he is 'hungry when the money "
            "goes'. Electricity back on.",
            "13:00",
            "S47 visit",
        ),
        R(
            "interp",
            "Assignment completed: CSC visit, Tanyard Close, 13:00-14:45.",
            "13:00",
            "Completed",
        ),
        R(
            "deaf",
            "Joint visit with children's SW and interpreter for the S47. Parents understood "
            "what S47 means this time.",
        ),
    )
    occ(
        "2025-03-24",
        "gp-conference-report",
        R(
            "gp",
            "Report for initial child protection conference sent to CP admin (Jaden and Mia).",
            "",
        ),
    )
    occ(
        "2025-03-27",
        "icpc",
        R(
            "csc",
            "ICPC chaired by IRO. Two interpreters, parents attended with Rowan Pike. "
            "Decision: CP plan, category neglect (Jaden and Mia). First core group 09/04.",
            "10:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "sch",
            "Initial case conf at Civic Centre 10am. Jaden and Mia on CP plans (neglect).",
            "10:00",
            "Meeting",
        ),
        R(
            "tod",
            "Attended initial child protection conference. Shared communication assessment; "
            "recommended all plan documents in BSL video too.",
        ),
        R(
            "sn",
            "Contact type: ICPC. Outcome: subject to CP plan (neglect). SN actions: growth "
            "monitoring monthly, dental follow-up.",
            "",
            "Conference",
        ),
        R(
            "interp",
            "Assignment: Brackenford Civic Centre, CP conference 10:00-12:30, 2 RSLIs.",
            "10:00",
            "Completed",
        ),
        R(
            "deaf",
            "Child protection conference for Jaden and Mia. Supported parents. Plans made.",
            "",
            "",
            "",
            "+1",
        ),
    )
    occ(
        "2025-04-09",
        "core-group-1",
        R(
            "csc",
            "Core group 1 at family home with interpreter. Plan reviewed; fuel direct-debit "
            "set up via Citizens Advice.",
            "14:00",
            "Core group",
        ),
        R(
            "interp",
            "Assignment: CSC core group meeting, Tanyard Close 14:00. Completed.",
            "14:00",
            "Completed",
        ),
        R(
            "deaf",
            "Core grp at home. Nicola signed she feels 'watched' but says it's helping.",
            "",
            "",
            "",
            "swap",
        ),
    )
    occ(
        "2025-05-13",
        "core-group-2",
        R(
            "csc",
            "Core group 2 (school). Attendance 92% since Easter, breakfast club daily, weight "
            "up. Mia starting nursery sessions.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group after school. Jaden much happier, clean uniform every day.",
            "15:30",
            "Meeting",
        ),
        R(
            "tod",
            "CG meeting at Cinderhill. Agreed to start transition planning to Hollin Brook "
            "HIRB for Sept (parents' wish - Deaf peers).",
            "",
            "",
            "",
            "month",
        ),
    )
    occ(
        "2025-06-02",
        "grandmother-death",
        R(
            "csc",
            "Maternal grandmother Pauline Hibbert died suddenly (heart attack) today. She "
            "did school runs twice a week and interpreted informally. Family devastated.",
            "",
            "Family bereavement",
            "",
            "late",
        ),
        R(
            "deaf",
            "Nicola's mum Pauline died today. Visited with condolences; bereavement support "
            "in BSL offered (Deaf counselling service).",
        ),
    )
    occ(
        "2025-06-13",
        "funeral-absence",
        R(
            "sch",
            "Jaden absent - nan's funeral (authorised).",
            "",
            "Absence (authorised)",
        ),
    )
    occ(
        "2025-06-26",
        "rcpc-1",
        R(
            "csc",
            "RCPC. Progress noted but plan to continue 3 months given bereavement and "
            "transition to new school. Next RCPC 25/09.",
            "10:00",
            "RCPC",
            "Remain on CP plan",
        ),
        R(
            "sch",
            "Review conference - stays on plan. School's report praised by chair.",
            "10:00",
            "Meeting",
        ),
        R(
            "tod",
            "Review CP conference. Transition plan to HIRB shared.",
        ),
        R(
            "sn",
            "Contact type: RCPC. Outcome: CP plan continues. Weight 9th centile (improving).",
            "",
            "Conference",
        ),
        R(
            "interp",
            "Assignment: Civic Centre, review CP conference 10:00, 2 RSLIs. Completed 11:45.",
            "10:00",
            "Completed",
        ),
    )
    occ(
        "2025-06-26",
        "core-group-after-rcpc",
        R(
            "csc",
            "Core group held straight after RCPC to update the plan: dental review, HIRB "
            "visits in July.",
            "12:00",
            "Core group",
        ),
        R(
            "sch",
            "Stayed for core group after conference.",
            "12:00",
            "Meeting",
        ),
    )
    occ(
        "2025-07-15",
        "dental-review",
        R(
            "dental",
            "Review post-GA. Healing well, no new caries. Fluoride varnish applied. Mother "
            "brushing twice daily (says). Interpreter present.",
            "09:30",
            "Review",
        ),
    )
    occ(
        "2025-07-15",
        "audiology-attended",
        R(
            "aud",
            "Annual review attended with father (interpreter booked by clinic). Stable "
            "profound bilateral SNHL. Parents decline aids - respected; discharged to ToD.",
            "14:00",
            "Review",
        ),
    )
    occ(
        "2025-07-21",
        "last-day-cinderhill",
        R(
            "sch",
            "Jaden's last day at Cinderhill - leaving for Hollin Brook HIRB. CP file to be "
            "transferred securely.",
            "",
            "Leaver",
        ),
    )
    occ(
        "2025-09-03",
        "start-hollin-brook",
        R(
            "tod",
            "Jaden started at Hollin Brook Primary HIRB today (Y5). Settled, signing with "
            "Deaf peers at break.",
        ),
        R(
            "csc",
            "Jaden started at Hollin Brook Primary (hearing impaired resource base).",
            "",
            "Change of school",
        ),
        R(
            "ewo",
            "School change: Jaden now on roll at Hollin Brook Primary from 03/09/25. Case "
            "transferred to area EWO.",
            "",
            "Change of school",
            "",
            "+1",
        ),
    )
    occ(
        "2025-09-25",
        "rcpc-2",
        R(
            "csc",
            "RCPC 2: sustained progress. CP plans ended, step down to CIN (Jaden and Mia).",
            "10:00",
            "RCPC",
            "CIN",
        ),
        R(
            "tod",
            "RCPC - children off plans, CIN instead. Jaden thriving at HIRB.",
        ),
        R(
            "sn",
            "Contact type: Review conference. Outcome: CP plan ended, CIN. Weight 16th centile.",
            "",
            "Conference",
        ),
        R(
            "interp",
            "Assignment: Civic Centre, child protection review 10:00, 2 RSLIs.",
            "10:00",
            "Completed",
            "",
            "-2",
        ),
    )
    occ(
        "2025-11-11",
        "cin-review",
        R(
            "csc",
            "CIN review at Hollin Brook with interpreters. Attendance 97%. Plan to close CIN "
            "in Jan if maintained.",
            "14:00",
            "CIN review",
        ),
        R(
            "tod",
            "CIN review at school. Jaden's attendance 97%. Parents now in parents' BSL group.",
        ),
    )

    # --- Routine entries ----------------------------------------------------------------------
    f.fill(
        "sch",
        "2024-09-04",
        "2025-07-18",
        [
            ("Attendance", "Jaden absent, no reason given. Text sent to Mum."),
            ("Attendance", "Jaden absent (Monday). Mum texted 'poorly'."),
            ("Health / Hygiene", "Spare uniform given from school stock; clothes washed."),
            ("Pastoral", "Jaden in brekkie club, ate 2 bowls of cereal."),
        ],
    )
    f.fill(
        "tod",
        "2024-09-04",
        "2025-11-28",
        [
            ("", "Routine school visit: BSL/English bilingual targets reviewed with CSW."),
            ("", "Visit: deaf awareness session for Jaden's class."),
        ],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-12-11",
        "2025-11-28",
        [
            ("Home visit", "Statutory visit with BSL interpreter. Fridge stocked. Children seen."),
            ("Home visit", "CP visit (interpreter). Jaden's room tidy, new bedding."),
            ("Supervision", "Supervision: plan progressing; consider step-down at next review."),
        ],
    )
    f.fill(
        "ewo",
        "2024-10-09",
        "2025-07-18",
        [
            ("Monitoring", "Attendance check with school: 84% this half term."),
            ("Letter", "Letter to parents (plain English + BSL video link) re attendance."),
        ],
    )
    f.fill(
        "interp",
        "2024-09-02",
        "2025-11-28",
        [
            ("Completed", "Assignment: adult outpatients (father), BGH 11:00. Completed."),
            ("Completed", "Assignment: mother, Jobcentre appointment. Completed."),
        ],
    )
    f.fill(
        "deaf",
        "2024-12-01",
        "2025-11-28",
        [
            ("", "Drop-in: Gary helped with a PIP form in BSL."),
            ("", "Home visit to Nicola - low mood, referred to Deaf IAPT service."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-02",
        "2025-11-28",
        [("", "Mia: S: fever 2 days. O: ears red. A: OM. P: Calpol, safety net.")],
    )
    return f.case()


def blind_dedup_cases_33() -> list[BlindCase]:
    """The thirty-third blind set's families, in the order they were written."""
    return [_penhallow(), _ferrow()]


if __name__ == "__main__":
    summary(blind_dedup_cases_33)
