"""The twenty-ninth set of blind labelled cases for judging duplicate detection.

(Docstring completed when the set is finished.)
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
COLLEGE = "Sixth Form College"
GP = "GP"
FMU = "Forced Marriage Unit"
REFUGE = "Refuge"
LEGAL = "Local Authority Legal Services"
BORDER = "Border Force"
HBA = "Honour-Based Abuse Service"
ED = "Emergency Department"
CAMHS = "CAMHS"

TERM_TIME_AGENCIES: tuple[str, ...] = (COLLEGE,)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Harrandi family, Wexmoor. Nazreen Harrandi (b. 14/06/2007) lives with her mother
# Sultana Harrandi (b. 1979), her father Tariq Harrandi (b. 1972) and her brother Imran Harrandi
# (b. 2001) at 63 Cobbler's Rise, Wexmoor WX4 9LD; registered at Orchard Vale Surgery; in Year
# 13 at Tenterfield Sixth Form College. A planned engagement abroad, a referral by the college,
# the Forced Marriage Unit, a forced marriage protection order made without notice and
# continued on notice, her passport surrendered, a port alert, a refuge placement at Linnet
# House, Harbridge, an overdose, the father's and brother's arrests, the father's conviction for
# breach, a stop at Hallendon Airport the next summer on a second passport, a second breach.
# --------------------------------------------------------------------------------------------


def _harrandi() -> BlindCase:
    f = Family(
        "harrandi",
        2901,
        {
            "pol": Sheet(
                POLICE,
                "Wexmoor_Constabulary_IMR_chronology.xlsx",
                "Chronology",
                (("2024-01-01", "DC 4471 Kerridge"), ("2025-06-01", "DS 2290 Ollerenshaw")),
            ),
            "csc": Sheet(
                CSC,
                "WMC_Childrens_Services_return.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "Bethan Yarwood (SW)"),
                    ("2025-06-16", "Keiran Moxley (PA, Leaving Care)"),
                ),
            ),
            "col": Sheet(
                COLLEGE,
                "Tenterfield_SFC_safeguarding_log.docx",
                "Table 1",
                (("2024-01-01", "R. Achterberg (DSL)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Orchard_Vale_Surgery_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Dr P Sarginson"),),
            ),
            "fmu": Sheet(
                FMU,
                "FMU_casework_extract.xlsx",
                "Case FMU-24-3318",
                (("2024-01-01", "Caseworker M. Delahaye"),),
            ),
            "ref": Sheet(
                REFUGE,
                "Linnet_House_keywork_notes.docx",
                "Table 1",
                (("2024-01-01", "Tasnim (keyworker)"),),
                typed=False,
            ),
            "leg": Sheet(
                LEGAL,
                "WMC_Legal_Services_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Gwen Pardew, Solicitor"),),
            ),
            "bf": Sheet(
                BORDER,
                "BF_Hallendon_Airport_extract.xlsx",
                "Sheet1",
                (("2024-01-01", "HO Carrow"), ("2025-08-01", "HO Bickerstaff")),
            ),
            "hba": Sheet(
                HBA,
                "Kanta_Womens_Project_casework.xlsx",
                "Notes",
                (("2024-01-01", "Parveen Lodhi (HBA caseworker)"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "Harbridge_General_ED_notes.xlsx",
                "ED",
                (("2024-01-01", "ED staff"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Wexmoor_CAMHS_return.xlsx",
                "Contacts",
                (("2024-01-01", "Jo Stallard, CAMHS practitioner"),),
            ),
        },
    )

    # --- September 2024: the disclosure and the referral -------------------------------------
    f.occ(
        "2024-09-10",
        "disclosure-to-tutor",
        R(
            "col",
            "Tutor (Mr Venn) brought Nazreen to me at lunch. She said her dad has booked flights "
            "for 14 December and she has been told she will be 'engaged properly' to a cousin "
            "while they are there. She was tearful, said she doesn't want it but 'there's no "
            "point saying no at home'. I have logged this as a forced marriage concern and told "
            "her I need to share it.",
            "12:50",
        ),
    )
    f.occ(
        "2024-09-11",
        "college-referral-to-csc",
        R(
            "col",
            "I phoned the Children's Services front door (spoke to duty SW) and followed up with "
            "the online referral form. Told them about the December flights and the engagement. "
            "Asked that nobody contacts home before speaking to N.",
            "09:20",
        ),
        R(
            "csc",
            "Contact received from Tenterfield Sixth Form College DSL (R Achterberg) by phone "
            "followed by web referral: Nazreen (17) disclosed to tutor that family intend to take "
            "her abroad in December to be engaged/married to a cousin. Nazreen does not consent. "
            "DSL requests no contact with parents at this stage. Passed to MASH.",
            "",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-11",
        "college-call-to-fmu",
        R(
            "col",
            "I rang the Forced Marriage Unit public helpline for advice. They said do not speak "
            "to the family, do not mediate, get a safe phone number for N and share with police "
            "and CSC. They opened a case.",
            "11:05",
        ),
        R(
            "fmu",
            "Incoming call, education professional (DSL, Tenterfield SFC, Wexmoor). Female 17 yrs "
            "at risk of FM overseas, travel booked 14/12/24. Advice given re one chance rule, no "
            "mediation. Case opened. Safe contact details to be obtained.",
            "11:08",
            "Call in - professional",
        ),
    )
    f.occ(
        "2024-09-12",
        "mash-screening",
        R(
            "csc",
            "MASH screening decision (Team Manager): RAG rating RED. Forced marriage risk, travel "
            "planned. Threshold for section 47 met. Strategy discussion to be convened urgently "
            "with police and college. Checks requested from health.",
            "14:30",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-09-13",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (virtual) chaired by TM Dyson. Present: SW B Yarwood, DC "
            "Kerridge (PPU), R Achterberg (college DSL), FMU caseworker by phone. GP information "
            "received by email. Agreed: s47 enquiries jointly with police; Nazreen to be seen at "
            "college on Monday without parents' knowledge; legal advice re a forced marriage "
            "protection order; port alert to be considered.",
            "10:00",
            "Strategy Discussion",
        ),
        R(
            "pol",
            "STRAT MEETING (TEAMS) RE NAZREEN HARRANDI 17YRS. FM CONCERNS. JOINT S47 AGREED. "
            "JOINT VISIT AT COLLEGE MON 16/09. CONSIDER FMPO / PORT ALERT. FLAGS ADDED TO "
            "ADDRESS 63 COBBLERS RISE.",
            "10:00",
            "Meeting",
            ref="LOG 0388 13/09/24",
        ),
        R(
            "col",
            "I joined the s47 strategy meeting on Teams. I gave what N told us on Tuesday and her "
            "attendance (96%). Plan is for police and SW to see her here on Monday.",
            "10:05",
        ),
        R(
            "fmu",
            "Caseworker dialled into multi-agency strategy call convened by Wexmoor CS. FMU advice "
            "given on FMPO and port alert. Travel details to be shared with FMU.",
            "10:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-09-13",
        "gp-info-email",
        R(
            "gp",
            "Email from Wexmoor Children's Services requesting information for a strategy "
            "discussion today. Summary of records sent by return (asthma, 2 consultations low "
            "mood 2023, nil else). Flag added to record.",
            "08:40",
            "Admin - information sharing",
        ),
    )
    f.occ(
        "2024-09-16",
        "joint-visit-college",
        R(
            "csc",
            "Joint visit with DC Kerridge to see Nazreen at college (wellbeing room). Nazreen "
            "repeated her account: flights booked for her, father and brother for 14/12; a "
            "cousin she has met twice; her mother 'agrees with whatever dad says'. Brother Imran "
            "checks her phone. She wants to finish her A levels and go to university. She does "
            "not want to leave home yet but wants the trip stopped. Safe number obtained.",
            "13:30",
            "Visit - S47",
        ),
        R(
            "pol",
            "JOINT VISIT WITH SW YARWOOD. NAZREEN SEEN AT TENTERFIELD SFC. ACCOUNT GIVEN OF "
            "PLANNED ENGAGEMENT ABROAD, NOT CONSENTING. NO OFFENCES DISCLOSED AT THIS TIME. "
            "SAFE WORD AGREED. DASH/HBA RISK: HIGH.",
            "13:30",
            "S47 joint visit",
            ref="LOG 0291 16/09/24",
        ),
        R(
            "col",
            "Police officer and social worker came in to see N in the wellbeing room after lunch. "
            "I sat in at N's request for the first part. N was calmer afterwards and went back to "
            "her Psychology lesson.",
            "13:25",
        ),
    )
    f.occ(
        "2024-09-16",
        "csc-email-fmu",
        R(
            "csc",
            "Email to FMU caseworker summarising today's visit and the travel dates (14/12/24, "
            "return not booked) so FMU can check with the overseas post.",
            "17:10",
            "Email",
        ),
        R(
            "fmu",
            "Email received from SW B Yarwood (Wexmoor CS) with outcome of visit and travel "
            "details. Actioned: consular colleagues informed.",
            "17:40",
            "Email in",
        ),
    )
    f.occ(
        "2024-09-18",
        "gp-consultation",
        R(
            "gp",
            "S: Attends alone. Not sleeping, headaches, 'stressed about family stuff'. Aware "
            "college and SW involved. O: Tearful, good eye contact, no SH, no SI. PHQ-9 16. A: "
            "Low mood, in context of safeguarding concerns (FM). P: Refer CAMHS. Safety netting. "
            "Not to discuss with family. Review 2/52.",
            "16:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-09-19",
        "gp-referral-camhs",
        R(
            "gp",
            "Referral letter to Wexmoor CAMHS (low mood, safeguarding context, FM risk, please do "
            "not send letters to home address - use college).",
            "",
            "Letter - referral",
        ),
        R(
            "camhs",
            "Contact type: Referral received (GP, Dr Sarginson). Outcome: Accepted; low mood "
            "with forced marriage risk. Correspondence via college only. Choice appt to be "
            "offered.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-23",
        "legal-planning",
        R(
            "csc",
            "Legal gateway meeting with Gwen Pardew (Legal) and TM. Agreed to apply as a relevant "
            "third party for a forced marriage protection order without notice, with passport "
            "surrender and prohibition on removal from England and Wales.",
            "14:00",
            "Legal Planning",
        ),
        R(
            "leg",
            "Legal planning meeting with CSC (TM Dyson, SW Yarwood). Advice: grounds for FMPO "
            "application without notice under Part 4A FLA 1996. Instructions taken; draft "
            "application and statement to be filed 24/09.",
            "14:00",
            "Advice",
        ),
    )
    f.occ(
        "2024-09-25",
        "fmpo-without-notice",
        R(
            "leg",
            "Without notice hearing, Wexmoor Family Court before HHJ Ashworth-Penn. FMPO made "
            "protecting Nazreen Harrandi. Respondents Tariq Harrandi, Imran Harrandi, Sultana "
            "Harrandi. Passports of Nazreen to be surrendered to police within 48 hrs. Return "
            "date 09/10/2024.",
            "11:30",
            "Hearing",
        ),
        R(
            "csc",
            "Attended Family Court with Legal. Forced marriage protection order granted today "
            "without notice. Return hearing 9 October. Police to serve.",
            "",
            "Court",
        ),
        R(
            "pol",
            "FMPO GRANTED WEXMOOR FAMILY COURT - PROTECTED PERSON NAZREEN HARRANDI. POWER OF "
            "ARREST NOT ATTACHED (BREACH IS AN OFFENCE S63CA FLA). ORDER TO BE SERVED ON 3 "
            "RESPONDENTS.",
            "14:10",
            "Court order",
            ref="LOG 0517 25/09/24",
        ),
    )
    f.occ(
        "2024-09-25",
        "legal-call-fmu",
        R(
            "leg",
            "Telephone call to FMU (M Delahaye) to confirm FMPO made and provide copy by secure "
            "email.",
            "12:15",
            "Telephone",
        ),
        R(
            "fmu",
            "Call from LA solicitor: FMPO granted this morning, copy to follow by secure email.",
            "12:15",
            "Call in - professional",
        ),
    )
    f.occ(
        "2024-09-25",
        "port-alert",
        R(
            "pol",
            "PORT ALERT REQUESTED VIA NATIONAL PORTS - SUBJECT NAZREEN HARRANDI DOB 14/06/2007, "
            "FMPO IN FORCE. ALERT TO RUN TO 09/10/2025.",
            "15:45",
            "Port alert",
            ref="LOG 0549 25/09/24",
        ),
        R(
            "bf",
            "Alert received and placed on systems: female 17, subject of FMPO (Wexmoor), do not "
            "allow to depart UK, contact Wexmoor police / FMU on encounter.",
            "16:20",
            "Alert",
        ),
    )
    f.occ(
        "2024-09-26",
        "fmpo-served",
        R(
            "pol",
            "ATTENDED 63 COBBLERS RISE WITH SW. FMPO PERSONALLY SERVED ON TARIQ HARRANDI AND IMRAN "
            "HARRANDI. SULTANA HARRANDI SERVED VIA INTERPRETER (PUNJABI). FATHER STATES NO "
            "WEDDING PLANNED 'ONLY A HOLIDAY'. NAZREEN NOT PRESENT (AT COLLEGE).",
            "18:20",
            "Service of order",
            ref="LOG 0612 26/09/24",
        ),
        R(
            "csc",
            "Home visit with police to serve the FMPO. Mr Harrandi angry, said the family have "
            "been shamed. Mrs Harrandi quiet, interpreter used. Explained order and that we will "
            "keep meeting Nazreen. Nazreen at college at the time - rang her afterwards on safe "
            "number.",
            "18:15",
            "Home visit",
        ),
    )
    f.occ(
        "2024-09-27",
        "passport-surrendered",
        R(
            "pol",
            "FRONT COUNTER WEXMOOR: TARIQ HARRANDI SURRENDERED BRITISH PASSPORT OF NAZREEN "
            "HARRANDI IN COMPLIANCE WITH FMPO. RECEIPTED AND LODGED IN PROPERTY STORE.",
            "10:40",
            "Property",
            ref="PROP 24/7719",
        ),
    )
    f.occ(
        "2024-09-27",
        "police-email-passport",
        R(
            "csc",
            "Email from DC Kerridge: Nazreen's passport has been handed in at Wexmoor station this "
            "morning.",
            "12:02",
            "Email",
        ),
        R(
            "leg",
            "Email from police (copied to SW) confirming compliance: passport surrendered 27/09.",
            "12:02",
            "Correspondence",
        ),
    )

    # --- October 2024: conference, return hearing, support ---------------------------------
    f.occ(
        "2024-10-02",
        "hba-first-session",
        R(
            "hba",
            "First meeting with Nazreen at college (referred by SW). I explained my role and "
            "confidentiality. She talked about her brother going through her phone and her "
            "father saying the order 'changes nothing'. We did a safety plan and she saved my "
            "number under a friend's name.",
            "11:00",
        ),
        R(
            "col",
            "Parveen from Kanta Women's Project came in to meet N for the first time. Used my "
            "office. 1 hour.",
            "11:00",
        ),
    )
    f.occ(
        "2024-10-03",
        "gp-conference-report",
        R(
            "gp",
            "Report for initial child protection conference completed and sent to CP conference "
            "admin. Unable to attend - clinic.",
            "",
            "Admin - report",
        ),
    )
    f.occ(
        "2024-10-07",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference, chaired by Mrs L Okonjo (IRO). Nazreen attended "
            "the second half with Parveen Lodhi. Parents invited, did not attend. Decision: "
            "child protection plan, category emotional abuse. Core group date set 17/10.",
            "13:00",
            "ICPC",
        ),
        R(
            "pol",
            "ICPC ATTENDED BY DC KERRIDGE. SUBJECT MADE SUBJECT OF CP PLAN (EMOTIONAL). POLICE "
            "ACTIONS: FMPO COMPLIANCE, FLAG ON ADDRESS.",
            "13:00",
            "Conference",
            ref="LOG 0333 07/10/24",
        ),
        R(
            "col",
            "I went to the child protection conference at the Civic Centre (1pm). N is now on a "
            "CP plan (emotional harm). College actions: daily check-in with me, safe room, alert "
            "if absent by 9.30.",
            shift="swap",
        ),
        R(
            "camhs",
            "Contact type: Multi-agency meeting - ICPC (attended). Outcome: CP plan. CAMHS to "
            "offer choice appointment this month.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-09",
        "fmpo-return-hearing",
        R(
            "leg",
            "Return hearing (on notice), Wexmoor Family Court, HHJ Ashworth-Penn. Respondents "
            "attended; father and brother represented. No admissions. FMPO continued for 12 "
            "months to 08/10/2025; passport to remain with police.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Return hearing - FMPO extended for a year (until 8/10/25). Father's solicitor said he "
            "'has no intention of arranging any marriage'. Nazreen did not attend.",
            "",
            "Court",
        ),
        R(
            "pol",
            "FMPO RETURN HEARING: ORDER CONTINUED TO 08/10/2025. PNC/PND UPDATED.",
            "15:30",
            "Court order",
            ref="LOG 0498 09/10/24",
        ),
    )
    f.occ(
        "2024-10-17",
        "core-group-1",
        R(
            "csc",
            "Core group meeting at college. Plan reviewed: Nazreen attending well; says home is "
            "'tense but okay'. Father has not mentioned the trip since the order.",
            "15:30",
            "Core Group",
        ),
        R("col", "Core group here at 3.30 (SW, Parveen, me, N for part)."),
    )

    # --- November 2024: the crisis, the refuge, the arrests ---------------------------------
    f.occ(
        "2024-11-14",
        "core-group-2",
        R(
            "csc",
            "Core group 2. Nazreen reports father has started talking about a 'nikah at home' "
            "instead of abroad. Agreed to escalate to TM and consider further strategy "
            "discussion if anything more is said.",
            "15:45",
            "Core Group",
        ),
        R(
            "col",
            "Core group mtg yesterday after college - N mentioned talk of a ceremony at home. SW "
            "taking to her manager.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-20",
        "college-call-police",
        R(
            "col",
            "N not in by 9.30 (safety plan). Phone off. Mum's phone rang out. I called police on "
            "101 as per plan and gave the FMPO details.",
            "09:50",
        ),
        R(
            "pol",
            "CONCERN FOR WELFARE REPORTED BY COLLEGE DSL - 17YR FEMALE SUBJECT OF FMPO NOT ARRIVED "
            "AT COLLEGE, PHONE OFF. GRADED PRIORITY.",
            "09:52",
            "Concern for welfare",
            ref="CAD 2411-0311",
        ),
    )
    f.occ(
        "2024-11-20",
        "police-welfare-visit",
        R(
            "pol",
            "OFFICERS ATTENDED 63 COBBLERS RISE. NAZREEN SEEN, STATES SHE WAS UNWELL AND OVERSLEPT. "
            "FATHER PRESENT THROUGHOUT, NOT POSSIBLE TO SPEAK ALONE. NO OFFENCES. NOTIFICATION "
            "TO CSC.",
            "13:15",
            "Concern for welfare",
            ref="CAD 2411-0311",
        ),
    )
    f.occ(
        "2024-11-21",
        "police-notification-received",
        R(
            "csc",
            "Police notification (PPN) received re welfare check at home address yesterday: N "
            "seen with father present, said unwell.",
            "08:30",
            "Police Notification",
        ),
    )
    f.occ(
        "2024-11-21",
        "college-call-sw-disclosure",
        R(
            "col",
            "N came in at 8.45 and asked to see me. She said her phone was taken on Tuesday night, "
            "an imam is coming to the house on 30 November for the nikah with her cousin over "
            "video and her brother said she will 'do it or leave in a box'. I called her SW "
            "straight away.",
            "09:05",
        ),
        R(
            "csc",
            "Telephone call from College DSL: Nazreen disclosed nikah arranged at home 30/11 by "
            "video with cousin, threat to kill by brother, phone taken. SW to college. TM "
            "informed. Urgent strategy discussion.",
            "09:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-21",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting (urgent) chaired by TM. Attendees: police (DC Kerridge), DSL, "
            "Parveen Lodhi (Kanta), FMU by phone. Decision: Nazreen does not want to return home; "
            "accommodate under s20 with her agreement; emergency refuge space; police to consider "
            "breach of FMPO / threats to kill.",
            "12:00",
            "Strategy Discussion",
        ),
        R(
            "pol",
            "STRATEGY MTG - FURTHER DISCLOSURE: THREAT TO KILL BY BROTHER, NIKAH PLANNED AT HOME. "
            "CRIME RECORDED. SUBJECT TO BE CONVEYED TO REFUGE TONIGHT.",
            "12:00",
            "Meeting",
            ref="CRIME 47/161104/24",
        ),
        R("col", "Strat meeting at 12 by phone from my office, N stayed with pastoral team."),
        R(
            "hba",
            "Multi-agency strategy call at noon. I said N had told me the same in a text last "
            "night. Agreed I would look for a refuge space out of area.",
            "12:00",
        ),
    )
    f.occ(
        "2024-11-21",
        "hba-call-refuge",
        R(
            "hba",
            "I rang Linnet House (Harbridge) - space for a 17 year old confirmed for tonight, "
            "SW to confirm funding.",
            "14:20",
        ),
        R(
            "ref",
            "Phone referral from Parveen at Kanta for a young woman, 17, fleeing forced marriage "
            "from Wexmoor. I agreed the space in Room 4 for tonight.",
            "14:25",
        ),
    )
    f.occ(
        "2024-11-21",
        "refuge-arrival",
        R(
            "ref",
            "N arrived 20.40 brought by police and her SW. Settled in Room 4. Went through house "
            "rules and safety (no location sharing, no photos outside).",
            "20:40",
        ),
        R(
            "csc",
            "Nazreen accommodated under section 20 with her agreement and placed at Linnet House "
            "refuge, Harbridge this evening. Conveyed by police. Parents not informed of "
            "location.",
            "20:40",
            "Placement start",
        ),
        R(
            "pol",
            "NAZREEN HARRANDI CONVEYED FROM COLLEGE TO SAFE ACCOMMODATION (LOCATION RESTRICTED). "
            "ARRIVED 2040.",
            "20:40",
            "Safeguarding",
            ref="LOG 0901 21/11/24",
        ),
    )
    f.occ(
        "2024-11-26",
        "father-at-college",
        R(
            "col",
            "Mr Harrandi came to reception at 12.10 shouting that we had 'hidden' his daughter "
            "and demanding to know where she is. Refused to leave. I called 999. Police came and "
            "he left with them.",
            "12:10",
        ),
        R(
            "pol",
            "CALL FROM TENTERFIELD SFC - MALE (FATHER OF FMPO PROTECTED PERSON) AT RECEPTION, "
            "SHOUTING, REFUSING TO LEAVE. OFFICERS ATTENDED 1225, MALE ESCORTED FROM PREMISES. "
            "POSSIBLE BREACH - ENQUIRIES.",
            "12:14",
            "Incident",
            ref="CAD 2611-0402",
        ),
    )
    f.occ(
        "2024-11-27",
        "police-notification-college-incident",
        R(
            "csc",
            "Police notification received: father attended college yesterday demanding to know "
            "Nazreen's whereabouts; removed by police.",
            "08:20",
            "Police Notification",
        ),
        R(
            "csc",
            "Police notification recieved: father attended college yesterday demanding to know "
            "Nazreen's whereabouts, removed by police.",
            "08:24",
            "Police Notification",
        ),
    )
    f.occ(
        "2024-11-27",
        "father-arrested",
        R(
            "pol",
            "TARIQ HARRANDI ARRESTED AT HOME ADDRESS 0705 ON SUSPICION OF BREACH OF FMPO (S63CA "
            "FLA 1996). CONVEYED WEXMOOR CUSTODY.",
            "07:05",
            "Arrest",
            ref="CUST WX/24/11873",
        ),
        R(
            "csc",
            "DC Kerridge confirmed Mr Tariq Harrandi arrested this morning at home for breach of "
            "the forced marriage protection order.",
            "10:30",
            "Update",
        ),
    )
    f.occ(
        "2024-11-27",
        "brother-arrested",
        R(
            "pol",
            "IMRAN HARRANDI ARRESTED AT WORK ADDRESS (UNIT 4 GANTRY WAY) 1130 ON SUSPICION OF "
            "THREATS TO KILL AND BREACH OF FMPO. CONVEYED WEXMOOR CUSTODY.",
            "11:30",
            "Arrest",
            ref="CUST WX/24/11881",
        ),
        R(
            "csc",
            "Brother Imran Harrandi also arrested today (threats to kill / breach FMPO), at his "
            "work.",
            "15:00",
            "Update",
        ),
    )
    f.occ(
        "2024-11-28",
        "father-charged",
        R(
            "pol",
            "TARIQ HARRANDI CHARGED - BREACH OF FORCED MARRIAGE PROTECTION ORDER. BAILED TO WEXMOOR "
            "MAGISTRATES 12/12/24, CONDITIONS NOT TO CONTACT NAZREEN OR ATTEND TENTERFIELD SFC.",
            "16:40",
            "Charge",
            ref="CUST WX/24/11873",
        ),
        R(
            "csc",
            "Father charged with breach of the FMPO, on bail with conditions (no contact, not to "
            "go to the college). First court 12 Dec.",
            "",
            "Update",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-17",
        "cla-review-1",
        R(
            "csc",
            "First looked after review (IRO L Okonjo) held at Linnet House. Nazreen settled, "
            "studying online, wants to go back to college in the new year. Care plan agreed; "
            "contact with mother by phone only, supervised, if N wants it.",
            "10:30",
            "CLA Review",
        ),
        R(
            "ref",
            "N's LAC review in the lounge this morning, IRO, SW, Parveen and me. N spoke well for "
            "herself.",
            "",
        ),
    )

    # --- 2025: review conference, overdose, the trial -----------------------------------------
    f.occ(
        "2025-01-08",
        "rcpc",
        R(
            "csc",
            "Review Child Protection Conference. Nazreen is looked after and safe in refuge; "
            "risk now managed through the care plan and FMPO. Decision: child protection plan "
            "ended.",
            "10:00",
            "RCPC",
        ),
        R(
            "pol",
            "REVIEW CP CONFERENCE - PLAN DISCONTINUED, SUBJECT LAC. POLICE ACTIONS CONTINUE "
            "(FMPO, PORT ALERT).",
            "10:00",
            "Conference",
            ref="LOG 0219 08/01/25",
        ),
        R("col", "RCPC by Teams - CP plan ended as N is in care now. I will stay in touch re work."),
    )
    f.occ(
        "2025-01-23",
        "overdose-at-refuge",
        R(
            "ref",
            "18.15 N came down and told me she had taken about 16 paracetamol an hour ago after "
            "her brother found her on Instagram and sent voice notes. I called 999; ambulance "
            "took her to Harbridge General at 18.50. I went with her.",
            "18:15",
        ),
    )
    f.occ(
        "2025-01-23",
        "ed-attendance",
        R(
            "ed",
            "Triage: 17F, intentional OD ~16 x 500mg paracetamol approx 17:15. Accompanied by "
            "refuge worker. Obs stable, GCS 15. Cat 2. 4hr level due 21:15.",
            "19:05",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: Hx as triage, staggered? no - single ingestion. Stressor: threats from "
            "family (FM, FMPO in place, LAC). No prev OD. O/E NAD. Plan: 4hr paracetamol level, "
            "LFTs, safeguarding team aware, CAMHS liaison.",
            "20:35",
            "Medical review",
        ),
        R(
            "ed",
            "Level above treatment line - NAC started. Referred to paeds/medics for admission. "
            "Left ED to AMU bay 3.",
            "22:50",
            "Disposal",
        ),
    )
    f.occ(
        "2025-01-23",
        "refuge-call-edt",
        R(
            "ref",
            "Rang the Emergency Duty Team from A&E to tell them N is in hospital after an "
            "overdose. EDT worker will pass to her SW.",
            "21:10",
        ),
        R(
            "csc",
            "EDT: call from Linnet House worker - Nazreen at Harbridge General A&E after "
            "paracetamol overdose, being treated. Refuge worker staying with her. For SW in the "
            "morning.",
            "21:15",
            "EDT",
        ),
    )
    f.occ(
        "2025-01-24",
        "camhs-liaison-ward",
        R(
            "camhs",
            "Contact type: CAMHS liaison assessment on AMU (Harbridge General). Outcome: "
            "impulsive OD in context of family threats, no ongoing intent, safety plan agreed "
            "with N and refuge; follow-up 7 days.",
            "11:00",
            "Liaison",
        ),
    )
    f.occ(
        "2025-01-24",
        "sw-visit-ward",
        R(
            "csc",
            "Visited Nazreen on AMU after her overdose. She was sleepy and embarrassed, said the "
            "voice notes 'made me feel like I'd ruined everyone's life'. Police informed of the "
            "messages (possible breach by brother).",
            "15:30",
            "Visit",
        ),
    )
    f.occ(
        "2025-01-27",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary received from Harbridge General: paracetamol OD 23/01/25, NAC, "
            "discharged 25/01/25, CAMHS follow up. Filed, coded. Nazreen now living out of area "
            "(refuge).",
            "",
            "Letter in",
        ),
        R(
            "gp",
            "Discharge summary recieved from Harbridge General - paracetamol OD 23/01/25, NAC, "
            "d/c 25/01/25, CAMHS f/u. Filed.",
            "",
            "Letter in",
        ),
    )
    f.occ(
        "2025-02-24",
        "return-to-college-meeting",
        R(
            "col",
            "Return to college meeting in my office: N, SW, Parveen and me. N back from today, "
            "3 days a week, taxi from Harbridge, uses staff entrance. Photo removed from "
            "website.",
            "09:30",
        ),
        R(
            "csc",
            "Professionals' meeting at Tenterfield SFC to plan Nazreen's return to college "
            "(part-time, transport arranged, safety plan updated).",
            "09:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-10",
        "father-trial",
        R(
            "pol",
            "TRIAL WEXMOOR MAGISTRATES: TARIQ HARRANDI FOUND GUILTY BREACH FMPO. 12 MONTH "
            "COMMUNITY ORDER, 150 HRS UNPAID WORK, RESTRAINING ORDER (NAZREEN) 2 YRS.",
            "",
            "Court result",
            ref="URN 47WX0981224",
        ),
        R(
            "csc",
            "Father convicted at the Magistrates' Court yesterday; community order and "
            "restraining order. Nazreen gave evidence by live link.",
            "",
            "Update",
            shift="late",
        ),
        R(
            "hba",
            "Court today - I sat with N in the live link room. Her dad was found guilty. She "
            "cried afterwards but said she was glad she did it.",
            "",
            shift="swap",
        ),
    )
    f.occ(
        "2025-07-28",
        "leaves-refuge-home",
        R(
            "ref",
            "N left this morning - said she is going back to live with her mum at Cobbler's Rise "
            "because her dad has promised things are different. I gave her my number and the "
            "FMU number.",
            "10:00",
        ),
        R(
            "csc",
            "Nazreen has moved out of Linnet House back to the family home, 63 Cobbler's Rise. "
            "Informed PA by refuge. Pathway plan to be reviewed; risk discussed with manager.",
            "",
            "Change of address",
            shift="month",
        ),
    )
    f.occ(
        "2025-08-16",
        "airport-stop",
        R(
            "bf",
            "Hallendon Airport departures, flight HX412: alert match on passenger travelling on "
            "non-UK passport (name variant NAZREEN HARANDI). Passenger held before boarding, "
            "spoken to alone. Police attended 06:55.",
            "06:40",
            "Intervention",
        ),
        R(
            "pol",
            "HALLENDON AIRPORT: BORDER FORCE ALERT HIT - NAZREEN HARRANDI (FMPO) AT DEPARTURE GATE "
            "WITH FATHER, USING SECOND NATIONALITY PASSPORT. OFFICERS ATTENDED, SUBJECT SPOKEN "
            "TO ALONE, STATES SHE DID NOT KNOW SHE WAS STAYING ABROAD.",
            "06:55",
            "Incident",
            ref="CAD 1608-0057",
        ),
    )
    f.occ(
        "2025-08-16",
        "bf-call-fmu",
        R(
            "bf",
            "Rang FMU duty officer to advise of encounter and confirm FMPO terms.",
            "07:30",
            "Telephone",
        ),
        R(
            "fmu",
            "Out of hours: call from Border Force Hallendon - subject stopped at departure gate "
            "with father. Confirmed order and advised police arrest re breach.",
            "07:32",
            "Call in - professional",
        ),
    )
    f.occ(
        "2025-08-16",
        "father-arrested-airport",
        R(
            "pol",
            "TARIQ HARRANDI ARRESTED AT HALLENDON AIRPORT 0815 - BREACH OF FMPO (ATTEMPT TO REMOVE "
            "PROTECTED PERSON FROM UK) AND BREACH OF RESTRAINING ORDER.",
            "08:15",
            "Arrest",
            ref="CUST HL/25/03310",
        ),
        R(
            "bf",
            "Male companion (father, Tariq Harrandi) arrested by police at 08:15. Second passport "
            "(non-UK) of female seized and handed to police.",
            "08:15",
            "Outcome",
        ),
    )
    f.occ(
        "2025-08-16",
        "refuge-return",
        R(
            "ref",
            "N back with us - police brought her from Hallendon at 2pm. Same room. She was "
            "shaking and said she only found out at the airport that there was no return "
            "ticket.",
            "14:00",
        ),
        R(
            "pol",
            "NAZREEN CONVEYED TO REFUGE (PREVIOUS ADDRESS, LOCATION RESTRICTED). ARR 1400.",
            "14:00",
            "Safeguarding",
            ref="CAD 1608-0057",
        ),
    )
    f.occ(
        "2025-08-20",
        "fmpo-variation",
        R(
            "leg",
            "Urgent application, Wexmoor Family Court: FMPO varied to cover all passports and "
            "travel documents of any nationality; extended to 19/08/2027. Return date 03/09/25.",
            "14:00",
            "Hearing",
        ),
        R(
            "pol",
            "FMPO VARIED AND EXTENDED TO 19/08/2027 - ALL TRAVEL DOCUMENTS. PORT ALERT EXTENDED.",
            "16:10",
            "Court order",
            ref="LOG 0701 20/08/25",
        ),
        R(
            "hba",
            "Went with N to the family court in Wexmoor for the new order. It now covers any "
            "passport and lasts 2 years.",
            "",
        ),
    )
    f.occ(
        "2025-08-28",
        "marac",
        R(
            "pol",
            "MARAC - CASE HEARD (REFERRED BY PPU). ACTIONS: PORT ALERT EXTENDED, FLAG ON REFUGE, "
            "HBA CASEWORKER TO REMAIN.",
            "10:00",
            "MARAC",
            ref="MARAC 25/0288",
        ),
        R(
            "hba",
            "MARAC today, N's case heard. I am lead agency for her support.",
            "",
        ),
        R(
            "ref",
            "Marac this morning - I sent the refuge's update to the coordinator and dialled in.",
            "",
            shift="-1",
        ),
    )

    # --- routine entries ----------------------------------------------------------------------
    routine = [
        ("col", "2024-09-04", "2024-09-06", "", "Y13 enrolment confirmed for N: Psychology, "
         "Sociology, English Literature."),
        ("col", "2024-09-17", "2024-11-12", "", "Daily check-in with N (safety plan) - fine, "
         "nothing new."),
        ("col", "2025-03-03", "2025-06-20", "", "N in for her 3 days - taxi arrived late, no "
         "concerns."),
        ("col", "2025-05-12", "2025-06-20", "", "N sat her Psychology Paper 1 in the separate "
         "room."),
        ("gp", "2024-09-02", "2025-01-15", "Medication", "Repeat prescription issued: "
         "salbutamol inhaler."),
        ("gp", "2024-10-21", "2024-11-15", "Consultation", "S: review low mood. Says 'bit "
         "better', CAMHS seen her. O: calmer. A: improving. P: continue, r/v prn."),
        ("camhs", "2024-11-25", "2025-01-20", "DNA", "Contact type: Video session. Outcome: DNA "
         "- refuge says N asleep. Rebooked."),
        ("camhs", "2025-01-28", "2025-02-14", "Session", "Contact type: Post-OD follow-up "
         "(video). Outcome: no current intent, safety plan reviewed."),
        ("hba", "2024-11-25", "2025-07-20", "", "Weekly session with N - talked about "
         "boundaries with her mum on the phone."),
        ("hba", "2024-11-25", "2025-02-20", "", "Session by phone, N revising for mocks, no new "
         "contact from family."),
        ("hba", "2024-11-25", "2025-07-20", "", "Session at refuge, safety plan reviewed."),
        ("hba", "2025-08-29", "2025-10-31", "", "Session at Linnet House - N sleeping better, "
         "thinking about a place at uni next year."),
        ("ref", "2024-11-25", "2025-07-20", "", "Keywork session - budgeting, N did her own "
         "shopping for the first time."),
        ("ref", "2024-11-25", "2025-07-20", "", "N had supervised phone call with mum from the "
         "office - went ok."),
        ("ref", "2025-08-29", "2025-10-31", "", "Keywork - N applying for a studio flat through "
         "leaving care."),
        ("csc", "2024-10-01", "2025-06-13", "Supervision", "Case supervision with TM - plan "
         "reviewed, no change."),
        ("csc", "2024-11-25", "2025-07-20", "Visit", "Statutory visit to Nazreen at Linnet "
         "House, seen alone; settled."),
        ("csc", "2025-06-17", "2025-07-25", "Visit", "PA visit - pathway plan reviewed, N wants "
         "to study Psychology."),
        ("pol", "2025-02-03", "2025-05-30", "Review", "IMRAN HARRANDI - NFA THREATS TO KILL "
         "(INSUFFICIENT EVIDENCE). FMPO REMAINS IN FORCE."),
        ("leg", "2024-10-14", "2025-07-15", "File review", "File review - order in force, no "
         "applications pending."),
        ("bf", "2025-01-06", "2025-06-30", "Alert review", "Periodic review: alert for FMPO "
         "subject (Wexmoor) remains active."),
    ]
    untimed = {"col", "hba", "ref"}
    for sheet, start, end, kind, text in routine:
        f.fill(sheet, start, end, [(kind, text)], timed=sheet not in untimed,
               weekdays=sheet != "ref")
    return f.case()


def blind_dedup_cases_29() -> list[BlindCase]:
    """The twenty-ninth blind set's families, in the order they were written."""
    return [_harrandi()]


if __name__ == "__main__":
    summary(blind_dedup_cases_29)
