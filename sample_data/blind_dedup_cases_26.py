"""A twenty-sixth set of blind labelled cases for judging duplicate detection.

(Docstring completed when the set is complete.)

    python sample_data/blind_dedup_cases_26.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
BTP = "British Transport Police"
CSC = "Children's Social Care"
YJS = "Youth Justice Service"
SCHOOL = "School"
AP = "Alternative Provision"
RHI = "Return Home Interview Service"
AMBULANCE = "Ambulance Service"
ED = "Emergency Department"
MTC = "Major Trauma Centre"
GP = "GP"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, AP)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Druce family, Marlcaster. Kaelan Druce (b. 19/10/2009) lives with his mother
# Stacey Druce (b. 1988) and sister Keeley (b. 2014) at 27 Wickhamfield Road, Marlcaster MC3 8RW;
# registered at Tannery Lane Surgery; Year 10 at Kilnworth Academy until permanently excluded,
# then Brackenridge Learning Centre (alternative provision). Drawn into the 'Rico' county line
# running class A drugs to Haddenport: missing episodes with return home interviews
# (Waymarker), a British Transport Police arrest at Haddenport Central, an NRM referral, a knife
# in school, a youth conditional caution, a contextual safeguarding meeting about Foxley Park,
# charges dropped after a positive conclusive grounds decision, then stabbed in the Sedgefield
# Road underpass (police and ambulance, Queen Adela Hospital major trauma centre, two arrests).
# --------------------------------------------------------------------------------------------


def _druce() -> BlindCase:
    f = Family(
        "druce",
        2601,
        {
            "pol": Sheet(
                POLICE,
                "Marlshire_Police_IMR_DRUCE.xlsx",
                "Chronology",
                (
                    ("2024-09-01", "PPU researcher C. Maudsley"),
                    ("2025-04-01", "PPU researcher J. Okonjo"),
                ),
            ),
            "btp": Sheet(BTP, "BTP_return_Druce_K.xlsx", "Sheet1", (("2024-09-01", "PC 2290 Lusk"),)),
            "csc": Sheet(
                CSC,
                "Marlcaster_CSC_chronology_Kaelan.xlsx",
                "Chronology",
                (
                    ("2024-09-01", "Bex Thurlow (MASH)"),
                    ("2024-11-05", "Priya Gandhari (SW)"),
                    ("2025-06-02", "Owen Tregear (SW)"),
                ),
            ),
            "yjs": Sheet(
                YJS,
                "Marlcaster_YJS_KD.docx",
                "Table 1",
                (("2024-09-01", "Tunde Obi"),),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "Kilnworth_Academy_safeguarding_log.xlsx",
                "CPOMS export",
                (("2024-09-01", "G. Lowther (DSL)"),),
                typed=False,
            ),
            "ap": Sheet(
                AP,
                "Brackenridge_LC_return.xlsx",
                "Log",
                (("2024-09-01", "K. Danso (key worker)"),),
            ),
            "rhi": Sheet(
                RHI,
                "Waymarker_RHI_return_Kaelan.docx",
                "Table 1",
                (("2024-09-01", "Leanne Rusk"),),
                typed=False,
            ),
            "amb": Sheet(AMBULANCE, "NVAS_ePCR_extract.xlsx", "Incidents"),
            "ed": Sheet(ED, "Marlcaster_General_ED.xlsx", "ED attendances"),
            "mtc_ed": Sheet(MTC, "Queen_Adela_Hospital_return.xlsx", "ED"),
            "mtc_in": Sheet(MTC, "Queen_Adela_Hospital_return.xlsx", "Inpatient"),
            "gp": Sheet(GP, "Tannery_Lane_Surgery_return.xlsx", "Consultations", (("2024-09-01", "Dr M. Ferrand"),)),
        },
    )
    # September 2024: the school's call to the front door; the screening; the call back.
    f.occ(
        "2024-09-20",
        "school-call-mash",
        R(
            "sch",
            "I spoke to Kaelan after Mr Pardoe (HoY10) told me he was picked up at the gate at "
            "15.10 yesterday by a grey Audi with two older lads in it. K has a new iPhone and a "
            "Moncler coat, says his cousin bought them. Mum didn't know about the car. I rang "
            "the Front Door at 11.40 and gave all of this - they will ring back.",
        ),
        R(
            "csc",
            "Contact received by telephone from Gemma Lowther, DSL at Kilnworth Academy. "
            "Kaelan (14) seen getting into a grey Audi with older males at the school gate on "
            "19/09/24; unexplained new phone and designer clothing; mother unaware. Contact "
            "type: Professional - Education. Logged for MASH screening.",
            "11:40",
            "Contact",
        ),
    )
    f.occ(
        "2024-09-23",
        "mash-screening",
        R(
            "csc",
            "MASH screening decision on contact of 20/09. Police checks: no trace for Kaelan; "
            "the Audi's VRM appears on two intelligence logs linked to drug supply in "
            "Haddenport. RAG amber. Outcome: step down to Early Help; DSL advised to complete "
            "the exploitation screening tool.",
            "15:05",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-09-24",
        "mash-call-back",
        R(
            "sch",
            "Call back from the Front Door (Bex): they are passing it to Early Help and want me "
            "to do the exploitation screening tool with K. I said I'd do it this week.",
        ),
    )
    # October: first missing episode, return, notification, return home interview, email.
    f.occ(
        "2024-10-05",
        "missing-1",
        R(
            "pol",
            "MISPER REPORT CAD 0987 05/10/24. RP MOTHER STACEY DRUCE REPORTS SON KAELAN "
            "DRUCE (14) NOT HOME SINCE 1300HRS, PHONE OFF. CHECKS ON KNOWN FRIENDS NEG. GRADED "
            "MEDIUM RISK. CCE MARKER ADDED.",
            "19:52",
            "Missing person",
            ref="CAD 0987-051024",
        ),
    )
    f.occ(
        "2024-10-06",
        "missing-1-return",
        R(
            "pol",
            "MISPER RETURNED - KAELAN DRUCE RETURNED HOME OF OWN ACCORD 1405HRS. STATES STAYED "
            "AT A MATES, WILL NOT SAY WHERE. SAFE AND WELL CHECK BY PC 1833. RHI REFERRAL SENT "
            "TO WAYMARKER.",
            "14:25",
            "Missing person - returned",
            ref="CAD 0987-051024",
        ),
    )
    f.occ(
        "2024-10-07",
        "notification-1",
        R(
            "csc",
            "Police notification received via MASH inbox: Kaelan reported missing 05/10/24 "
            "19:52, returned home 06/10/24 14:05. First known missing episode. Shared with the "
            "Early Help worker; Waymarker to complete the RHI.",
            "09:32",
            "Police notification",
        ),
    )
    f.occ(
        "2024-10-09",
        "rhi-1",
        R(
            "rhi",
            "Return home interview at home (K in his room with the door open, mum downstairs). "
            "He said he went to Haddenport 'with a mate to see a girl' and slept at hers. "
            "Wouldn't give names. Went quiet when I asked about the new phone. Gave him my card "
            "and the Childline number. Indicators: travel out of area, new items.",
        ),
    )
    f.occ(
        "2024-10-10",
        "rhi-1-form",
        R(
            "rhi",
            "RHI form for 05-06/10 sent by secure email to the police missing person "
            "coordinator and to Marlcaster MASH.",
        ),
        R(
            "csc",
            "RHI form received from Waymarker (RHI completed 09/10): K says he was in "
            "Haddenport seeing a girl. Added to Early Help file.",
            "",
            "Email received",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-15",
        "suspension",
        R(
            "sch",
            "Mr Pardoe smelt cannabis in the Y10 toilets; K had a small bag (about 1g) and "
            "£180 cash in his blazer. Mum called in. Mr Whitlow gave a 3 day suspension (16th "
            "to 18th). Cannabis destroyed with two witnesses. I updated the Early Help worker "
            "by email.",
        ),
    )
    f.occ(
        "2024-10-24",
        "gp-appt",
        R(
            "gp",
            "S: Mum attends with K. Staying out late, poor sleep, 'not himself', snappy. K "
            "monosyllabic, denies drugs. O: Wt 52kg (was 55kg in June). Alert, no obvious "
            "injuries. A: ?low mood ?substance use. P: given Compass young people's drug "
            "service leaflet and CAMHS self-referral details; review 4/52.",
            "10:40",
            "Consultation",
        ),
    )
    # November: second missing episode and the British Transport Police arrest.
    f.occ(
        "2024-11-02",
        "missing-2",
        R(
            "pol",
            "MISPER REPORT CAD 1544 02/11/24. DRUCE KAELAN 15YRS LEFT HOME 1600HRS SAYING "
            "GOING TO FOXLEY PARK, NOT RETURNED. 2ND EPISODE. GRADED HIGH RISK (CCE INTEL - "
            "'RICO' LINE). PNC MISSING CIRCULATION.",
            "21:05",
            "Missing person",
            ref="CAD 1544-021124",
        ),
    )
    f.occ(
        "2024-11-04",
        "btp-arrest",
        R(
            "btp",
            "Stop/search (s23 MDA) of juvenile male on platform 3, Haddenport Central, after "
            "conductor reported ticketless travel and smell of cannabis. Found: 24 wraps "
            "suspected crack cocaine/heroin concealed in sock, 2 mobile phones, £95 cash. "
            "Identified as Kaelan DRUCE 15yrs, circulated missing by Marlshire. ARRESTED 06:58 "
            "PWITS class A. Conveyed Haddenport custody.",
            "06:50",
            "Arrest",
            ref="URN 44/HD/0311/24",
        ),
        R(
            "pol",
            "MISPER LOCATED - DRUCE KAELAN ARRESTED BY BTP AT HADDENPORT CENTRAL STATION "
            "0658HRS FOR PWITS CLASS A, NOW IN HADDENPORT CUSTODY. MISPER ENQUIRY CLOSED "
            "(LINKED CAD 1544).",
            "07:40",
            "Missing person - located",
            ref="CAD 1544-021124",
        ),
    )
    f.occ(
        "2024-11-04",
        "btp-edt-call",
        R(
            "btp",
            "Custody: Marlcaster EDT contacted by phone re detained juvenile. Mother cannot "
            "travel tonight/this morning - AA requested. EDT to arrange AA via Haddenport "
            "scheme and notify allocated worker.",
            "08:20",
            "Notification",
        ),
        R(
            "csc",
            "EDT: call from Sgt 1120, BTP custody Haddenport. Kaelan arrested at Haddenport "
            "Central 06:58 for PWITS class A (24 wraps), was missing from home since 02/11. "
            "Mother already informed by BTP. Appropriate adult requested from the Haddenport "
            "AA scheme. Handed to MASH for the day team.",
            "08:26",
            "EDT",
        ),
    )
    f.occ(
        "2024-11-04",
        "btp-release",
        R(
            "btp",
            "Interviewed with AA present - no comment. RELEASED UNDER INVESTIGATION 13:15 into "
            "care of mother. NRM consideration flagged to Marlshire PPU.",
            "13:15",
            "Custody disposal",
            ref="URN 44/HD/0311/24",
        ),
    )
    f.occ(
        "2024-11-06",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (s47) - extra-familial harm. Chair: TM Louise Brack. Present: "
            "SW Priya Gandhari, DS Karl Venn (Marlshire CEU), Gemma Lowther (DSL Kilnworth), "
            "Tunde Obi (YJS); Waymarker sent information by email. Shared: two missing "
            "episodes, BTP arrest for PWITS 04/11 at Haddenport, Audi linked to the Rico line. "
            "Decision: threshold met for s47 enquiry; SW to submit NRM referral as first "
            "responder; police disruption plan; school to complete exploitation screening.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY MEETING (TEAMS) ATTENDED BY DS 2214 VENN RE DRUCE KAELAN. S47 AGREED. "
            "POLICE TO PURSUE DISRUPTION INCL CAWN FOR ADULT KNOWN AS 'SKITZ' (DWAYNE COTTERILL "
            "DOB 14/06/1999).",
            "14:00",
            "Strategy meeting",
        ),
        R(
            "sch",
            "I joined the strat meeting on Teams at 2pm (SW Priya, DS Venn, Tunde from YJS). "
            "Agreed s47. I'm to do the exploitation screening tool with K and send his "
            "attendance and behaviour log to Priya.",
        ),
        R(
            "yjs",
            "S47 strat mtg (Teams) re KD - attended. YJS to offer voluntary prevention work "
            "while the BTP matter is RUI.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-07",
        "rhi-2",
        R(
            "rhi",
            "RHI for 02-04/11, at school in the pastoral room. K: 'I ain't saying nothing, "
            "you'll only tell the feds.' Wouldn't talk about Haddenport. Grazed knuckles. I "
            "explained I'm not police. Will try again at home.",
        ),
    )
    f.occ(
        "2024-11-08",
        "nrm-referral",
        R(
            "csc",
            "NRM referral submitted online to the Single Competent Authority as first "
            "responder: child criminal exploitation (county lines) - found with class A in "
            "Haddenport while missing. Ref NRM-24-118273. Mother informed; consent not "
            "required for a child.",
            "16:10",
            "NRM referral",
        ),
    )
    f.occ(
        "2024-11-11",
        "msl-crime",
        R(
            "pol",
            "NRM REF NRM-24-118273 (SUBMITTED BY MARLCASTER CSC 08/11) NOTED. MODERN SLAVERY "
            "CRIME RECORDED CRIME 51/77312/24, ALLOCATED CEU.",
            "11:02",
            "Crime recorded",
            ref="51/77312/24",
        ),
    )
    f.occ(
        "2024-11-19",
        "nrm-rg",
        R(
            "csc",
            "NRM: positive Reasonable Grounds decision letter received from the SCA (ref "
            "NRM-24-118273) - child criminal exploitation.",
            "",
            "NRM decision",
        ),
    )
    f.occ(
        "2024-11-20",
        "nrm-rg-email-yjs",
        R(
            "yjs",
            "Email from Priya (SW): KD's NRM has a positive reasonable grounds decision. Will "
            "matter for the BTP case (s45 defence).",
        ),
    )
    # Late November: the knife at school, the police notice, the permanent exclusion.
    f.occ(
        "2024-11-25",
        "knife-at-school",
        R(
            "sch",
            "Searched K's bag in P2 after a student told Mr Pardoe he had a 'shank'. Lock knife "
            "(about 8cm blade) wrapped in a sock. K said he needs it 'for protection' and "
            "'people are after me'. I rang 999 at 10.20, two PCs came at 10.45 and took the "
            "knife. Mum came in and took K home at 12.15 pending the Head's decision.",
        ),
        R(
            "pol",
            "CALL FROM KILNWORTH ACADEMY DSL - 15YR MALE PUPIL FOUND WITH LOCK KNIFE IN BAG. "
            "OFFICERS ATT 1045, KNIFE SEIZED EXH PM/1. MALE DRUCE KAELAN (CCE MARKER) STATES "
            "CARRIES IT FOR PROTECTION. TO BE DEALT WITH BY VOLUNTARY INTERVIEW. CRIME "
            "51/80144/24 POSS BLADED ARTICLE ON SCHOOL PREMISES.",
            "10:21",
            "Weapons",
            ref="51/80144/24",
        ),
    )
    f.occ(
        "2024-11-26",
        "knife-ppn",
        R(
            "csc",
            "Police PPN received re incident at Kilnworth Academy 25/11/24 - Kaelan found "
            "with a lock knife in his bag, carried 'for protection'. Added to s47 enquiry.",
            "09:15",
            "Police notification",
        ),
    )
    f.occ(
        "2024-11-26",
        "px-notice",
        R(
            "sch",
            "Mr Whitlow has permanently excluded K (serious breach - bladed article, on top of "
            "persistent disruption). I hand delivered the letter to mum at 3pm and emailed "
            "Priya (SW) and the LA exclusions officer at 15.40 to tell them.",
        ),
        R(
            "csc",
            "Email from G. Lowther (DSL Kilnworth): headteacher has permanently excluded "
            "Kaelan today following the knife on 25/11. Inclusion Service to arrange sixth "
            "day provision.",
            "15:52",
            "Education",
        ),
    )
    f.occ(
        "2024-12-03",
        "ap-start",
        R(
            "ap",
            "Admission meeting with Kaelan and mum (Stacey). Mornings only for 2 weeks then "
            "review. Key worker Mr Danso. K quiet and polite. Reading age 11.2.",
            "09:30",
            "Admission",
        ),
        R("yjs", "KD started at Brackenridge LC today (after PX from Kilnworth 26/11)."),
        R(
            "csc",
            "Kaelan started at Brackenridge Learning Centre (alternative provision) on 03/12 "
            "following permanent exclusion.",
            "",
            "Education",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-10",
        "knife-interview",
        R(
            "pol",
            "VOLUNTARY INTERVIEW UNDER CAUTION AT MARLCASTER PS - DRUCE KAELAN RE POSS BLADED "
            "ARTICLE (51/80144/24). AA T OBI (YJS). ADMITS POSSESSION, STATES FOR PROTECTION "
            "FROM 'OLDER LADS'. REFERRED TO JOINT DECISION PANEL.",
            "16:00",
            "Interview",
            ref="51/80144/24",
        ),
        R(
            "yjs",
            "Sat in as AA for KD's voluntary interview at Marlcaster police station (mum at "
            "work). He admitted the knife. Afterwards said he owes 'someone' £600 after "
            "'losing a package' in Haddenport.",
        ),
    )
    f.occ(
        "2024-12-11",
        "s47-outcome",
        R(
            "csc",
            "Section 47 enquiry concluded: risk of significant harm from outside the home "
            "(criminal exploitation) substantiated. Mother protective and engaging. Not "
            "progressed to ICPC - Child in Need plan with contextual safeguarding approach; "
            "referral to MACE panel.",
            "",
            "S47 outcome",
        ),
    )
    f.occ(
        "2024-12-18",
        "cin-1",
        R(
            "csc",
            "CIN meeting at Brackenridge LC. Present: SW, mother, Kaelan (first 10 minutes), "
            "Mr Danso (AP), T. Obi (YJS), L. Rusk (Waymarker). Plan: weekly YJS sessions; AP "
            "full-time from January; mum to keep location sharing on K's phone; safety plan "
            "for Foxley Park and the underpass.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "ap",
            "CIN mtg here 1.30pm - Priya (SW), Tunde (YJS), Leanne (Waymarker), mum. K came in "
            "for the start. Full timetable from Jan agreed.",
            "13:30",
            "Meeting",
        ),
        R("yjs", "Child in need meeting at Brackenridge, plan agreed, weekly sessions with me."),
        R(
            "rhi",
            "Went to K's child in need meeting at his new school yesterday. Mum wants me to keep "
            "doing the RHIs.",
            shift="+1",
        ),
    )
    # January 2025: warning notice, MACE, the panel and the caution, third missing episode.
    f.occ(
        "2025-01-10",
        "cawn",
        R(
            "pol",
            "CHILD ABDUCTION WARNING NOTICE SERVED ON DWAYNE COTTERILL (DOB 14/06/1999) AT 3 "
            "PRIESTLEY COURT MARLCASTER IN RESPECT OF DRUCE KAELAN. NOTICE ACCEPTED, REFUSED "
            "TO SIGN.",
            "18:20",
            "Disruption",
        ),
    )
    f.occ(
        "2025-01-15",
        "mace-1",
        R(
            "csc",
            "MACE panel (multi-agency child exploitation). Kaelan discussed - RAG red. CAWN "
            "served on D. Cotterill 10/01. Actions: police ANPR marker on the Audi; YJS "
            "knife-crime work; AP to report any absence by 9.30am.",
            "10:00",
            "MACE",
        ),
        R(
            "pol",
            "MACE MEETING - DRUCE KAELAN HEARD, RED. LINKED NOMINALS COTTERILL D AND 'TINY' "
            "(UNIDENTIFIED). ACTION: ANPR MARKER ON AUDI VRM.",
            "10:00",
            "MACE",
        ),
        R("yjs", "MACE - KD heard (red). My actions: knife crime programme, referral to mentor."),
        R(
            "ap",
            "Mr Danso attended the MACE panel on Teams for K. We will ring mum and the SW if K "
            "is not in by 9.30.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-21",
        "jdp",
        R(
            "yjs",
            "Joint Decision Panel (YJS and police) - KD, possession of bladed article. Outcome: "
            "Youth Conditional Caution, 12 week programme (knife crime + reparation).",
        ),
        R(
            "pol",
            "JDP OUTCOME: YCC FOR DRUCE KAELAN (51/80144/24).",
            "11:45",
            "Out of court disposal",
            ref="51/80144/24",
        ),
    )
    f.occ(
        "2025-01-28",
        "ycc",
        R(
            "pol",
            "YOUTH CONDITIONAL CAUTION ADMINISTERED AT MARLCASTER PS BY PS 811 HAYLE IN PRESENCE "
            "OF MOTHER AND YJS. CONDITIONS: ATTEND YJS PROGRAMME 12 WKS.",
            "16:30",
            "Out of court disposal",
            ref="51/80144/24",
        ),
        R(
            "yjs",
            "KD given his YCC at the police station, mum there, conditions explained. First "
            "session booked for 4th Feb.",
        ),
    )
    f.occ(
        "2025-01-31",
        "ap-absence",
        R(
            "ap",
            "K not in this morning. Rang mum 9.40 - she says he left at 8.15. Emailed SW and "
            "YJS as agreed.",
            "09:40",
            "Attendance",
        ),
    )
    f.occ(
        "2025-01-31",
        "missing-3",
        R(
            "pol",
            "MISPER REPORT CAD 2208 31/01/25. DRUCE KAELAN 15 - 3RD EPISODE. NOT SEEN SINCE "
            "0815HRS. HIGH RISK. ANPR HIT ON LINKED AUDI ENTERING HADDENPORT 1420HRS.",
            "22:10",
            "Missing person",
            ref="CAD 2208-310125",
        ),
    )
    f.occ(
        "2025-02-01",
        "missing-3-found",
        R(
            "pol",
            "MISPER FOUND - DRUCE KAELAN LOCATED BY HADDENPORT OFFICERS AT THE BUS STATION 1105 "
            "AFTER INFO FROM PUBLIC. NOT ARRESTED. RETURNED HOME BY POLICE TRANSPORT 1450.",
            "11:05",
            "Missing person - found",
            ref="CAD 2208-310125",
        ),
    )
    f.occ(
        "2025-02-03",
        "notification-3",
        R(
            "csc",
            "Police notification: Kaelan missing 31/01 - 01/02 (third episode), found at "
            "Haddenport bus station. Waymarker RHI requested.",
            "10:05",
            "Police notification",
        ),
    )
    f.occ(
        "2025-02-04",
        "rhi-3",
        R(
            "rhi",
            "RHI at Brackenridge (Mr Danso next door). K more open today. Says he was 'sent' to "
            "Haddenport to work off what he owes - he 'lost' a bag in November when BTP took "
            "it. Says he can't say no. Scared for his sister.",
        ),
    )
    f.occ(
        "2025-02-04",
        "rhi-3-call",
        R("rhi", "Rang Priya (SW) at 14.20 straight after the RHI to pass on the debt disclosure."),
        R(
            "csc",
            "Telephone call from Leanne Rusk (Waymarker) following today's RHI: Kaelan says he "
            "owes a drug debt from the BTP seizure and was sent to Haddenport to work it off; "
            "worried for Keeley. Shared with DS Venn.",
            "14:20",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-12",
        "cin-2",
        R(
            "csc",
            "CIN review meeting (Brackenridge). Debt bondage disclosure discussed; police aware. "
            "Mum asking for a house move - housing referral to be made. K to have a new phone "
            "number.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "ap",
            "CIN review - Priya, Tunde, mum, me. Talked about the debt. K attending 94% since "
            "Jan.",
            "",
            "Meeting",
            shift="swap",
        ),
        R("yjs", "CiN reveiw mtg - KD attending programme, 3 of 3 sessions."),
    )
    f.occ(
        "2025-02-26",
        "contextual-meeting",
        R(
            "csc",
            "Contextual safeguarding (location) meeting re Foxley Park and the Sedgefield Road "
            "underpass, chaired by Adele Frost (Contextual Safeguarding Lead). Police "
            "neighbourhood team, Community Safety, Parks, Brackenridge, YJS, Waymarker. Six "
            "young people incl. Kaelan linked to the location. Actions: lighting and CCTV "
            "review, detached youth work Fri/Sat, PSPO review.",
            "10:00",
            "Contextual safeguarding meeting",
        ),
        R(
            "pol",
            "CONTEXTUAL SAFEGUARDING MTG (FOXLEY PARK/SEDGEFIELD RD UNDERPASS) - NHT SGT 1420 "
            "ATTENDED. HOTSPOT PATROLS AGREED FRI/SAT 1800-2300.",
            "10:00",
            "Meeting",
        ),
        R(
            "yjs",
            "Location assessment meeting - Foxley Pk and the underpass. KD is one of 6 young "
            "people named. Detached youth work to start.",
            shift="month",
        ),
        R("rhi", "Went to the Foxley Park location meeting at the civic centre this morning."),
    )
    # March: fourth missing episode, the injuries, the emergency department, the referral.
    f.occ(
        "2025-03-14",
        "missing-4",
        R(
            "pol",
            "MISPER REPORT CAD 1871 14/03/25. DRUCE KAELAN 15 - 4TH EPISODE. LEFT BRACKENRIDGE "
            "1230HRS, NOT HOME. HIGH RISK.",
            "23:15",
            "Missing person",
            ref="CAD 1871-140325",
        ),
    )
    f.occ(
        "2025-03-16",
        "missing-4-return",
        R(
            "pol",
            "MISPER RETURNED HOME 1020HRS WITH FACIAL INJURIES (SWOLLEN L EYE, CUT LIP). STATES "
            "FELL OFF A BIKE. REFUSES TO ENGAGE. MOTHER ADVISED TO TAKE HIM TO A&E.",
            "10:40",
            "Missing person - returned",
            ref="CAD 1871-140325",
        ),
    )
    f.occ(
        "2025-03-16",
        "ed-attendance",
        R(
            "ed",
            "Triage: 15M facial injury ?assault. States fell off bike 2/7 ago. GCS 15, obs "
            "stable. Cat 3. With mum.",
            "13:12",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: L periorbital haematoma, 1cm lac lower lip - steristrips. No bony "
            "tenderness, EOM full, no diplopia. Hx not consistent w mechanism. Known to CSC "
            "(CIN) - missing x2/7.",
            "14:30",
            "Medical review",
        ),
        R(
            "ed",
            "D/C home with mum. Head injury advice given. Letter to GP.",
            "15:10",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-16",
        "ed-referral",
        R(
            "ed",
            "Safeguarding referral form sent to Marlcaster MASH by secure email (facial injury, "
            "inconsistent history, recent missing episode).",
            "15:20",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Safeguarding referral received from Marlcaster General ED re facial injuries on "
            "16/03 after 4th missing episode; history of 'fell off bike' doubted by ED. Passed "
            "to allocated SW.",
            "08:50",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-18",
        "ed-letter-gp",
        R(
            "gp",
            "ED discharge letter filed - Marlcaster General 16/03/25: facial injury, lip lac "
            "steristripped, safeguarding referral made by ED. No action for practice.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-03-19",
        "rhi-4",
        R(
            "rhi",
            "RHI at home. K had a black eye. 'I got jumped, it's done, leave it.' Mum in tears "
            "after. Told SW by email after.",
        ),
    )
    # April to July: the charge, a fifth missing episode, the court hearings.
    f.occ(
        "2025-04-10",
        "btp-charge",
        R(
            "btp",
            "CPS charging decision received. DRUCE Kaelan charged by postal requisition: "
            "PWITS class A x2 (crack cocaine, diamorphine) - offence 04/11/24 Haddenport "
            "Central. NRM RG positive noted on MG3; s45 MSA 2015 to be considered.",
            "",
            "Charge",
            ref="URN 44/HD/0311/24",
        ),
        R(
            "yjs",
            "BTP have charged KD by postal requisition with 2 x PWITS (the Haddenport arrest in "
            "Nov). First appearance Marlcaster Youth Court 13/05.",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-26",
        "missing-5",
        R(
            "pol",
            "MISPER REPORT CAD 2950 26/04/25 DRUCE KAELAN 15 - 5TH EPISODE. LEFT HOME 1500 "
            "AFTER ARGUMENT WITH MOTHER. MEDIUM RISK.",
            "18:30",
            "Missing person",
            ref="CAD 2950-260425",
        ),
        R(
            "pol",
            "MISPER REPORT CAD 2950 26/04/25 DRUCE KAELAN 15 5TH EPISODE - LEFT HOME 1500HRS "
            "AFTER ARGUMENT WITH MOTHER. MEDIUM RISK",
            "18:31",
            "Missing person",
            ref="CAD 2950-260425",
        ),
    )
    f.occ(
        "2025-04-27",
        "missing-5-return",
        R(
            "pol",
            "MISPER RETURNED 0150HRS, FOUND BY MOTHER AT FOXLEY PARK. NO INJURIES. "
            "INTOXICATED.",
            "01:50",
            "Missing person - returned",
            ref="CAD 2950-260425",
        ),
    )
    f.occ(
        "2025-04-28",
        "notification-5",
        R(
            "csc",
            "Notification recieved from police: K missing 26/04 18:30 to 27/04 01:50 (5th), "
            "found by mum in Foxley Park, drunk.",
            "",
            "Police notification",
        ),
    )
    f.occ(
        "2025-05-13",
        "youth-court-1",
        R(
            "yjs",
            "Marlcaster Youth Court - KD's first appearance with mum, 2 x PWITS. NG pleas. "
            "Defence raising s45 Modern Slavery Act. Adjourned to 08/07 for trial. "
            "Unconditional bail.",
        ),
        R(
            "csc",
            "Youth Court: Kaelan pleaded not guilty to both charges; adjourned to 08/07/25. "
            "SW attended with mum.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-06-24",
        "nrm-cg",
        R(
            "csc",
            "NRM conclusive grounds decision received (positive): Kaelan is confirmed as a "
            "victim of modern slavery (criminal exploitation). Copy to defence solicitor with "
            "mum's agreement.",
            "",
            "NRM decision",
        ),
    )
    f.occ(
        "2025-07-08",
        "youth-court-2",
        R(
            "yjs",
            "Youth Court: CPS offered no evidence on both PWITS charges (CG decision / s45). "
            "Dismissed. KD relieved, mum cried.",
        ),
        R(
            "btp",
            "Case result: NO EVIDENCE OFFERED - charges dismissed, Marlcaster Youth Court.",
            "",
            "Court result",
            ref="URN 44/HD/0311/24",
        ),
        R(
            "csc",
            "Court 08/07: charges against Kaelan dropped (no evidence offered by CPS).",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2025-07-16",
        "cin-3",
        R(
            "csc",
            "CIN review: summer plan - detached youth work, YJS mentor, boxing club "
            "(Saturdays). Kaelan says he is 'out of it'. Waymarker closing.",
            "14:00",
            "CIN meeting",
        ),
        R("ap", "CIN review for K, summer plan, he's doing boxing.", "", "Meeting"),
        R("yjs", "C.I.N. review - summer plan agreed, mentor weekly."),
    )
    # August: the stabbing, the trauma centre, the arrests, the strategy meeting, discharge.
    f.occ(
        "2025-08-16",
        "stabbing",
        R(
            "pol",
            "CAD 3391 16/08/25. MULTIPLE CALLS - MALE STABBED, SEDGEFIELD ROAD UNDERPASS BY "
            "FOXLEY PARK. OFFICERS AND NVAS ATT 2349. VICTIM DRUCE KAELAN 15YRS, STAB WOUNDS L "
            "FLANK AND L THIGH. TOURNIQUET APPLIED BY PC 2061. SCENE PRESERVED. 2 SUSPECTS MADE "
            "OFF ON E-BIKES. S18 GBH / ATTEMPT MURDER CRIME 51/61002/25.",
            "23:42",
            "Violence",
            ref="51/61002/25",
        ),
        R(
            "amb",
            "Cat 1 - stabbing, police on scene. 15M, stab wound L flank, second wound L thigh, "
            "police tourniquet in situ. GCS 14, HR 128, BP 92/60, RR 26. TXA 1g, 2 x IV access. "
            "Trauma desk: pre-alert, convey direct to Queen Adela MTC.",
            "23:44",
            "999 call",
        ),
    )
    f.occ(
        "2025-08-17",
        "mtc-ed",
        R(
            "mtc_ed",
            "Trauma call (pre-alerted). 15M stab x2. ATMIST handover from NVAS. Primary survey: "
            "A patent, B RR 24 sats 97%, C HR 130 BP 88/56 - MHP activated, 2u O neg.",
            "00:31",
            "Trauma call",
        ),
        R(
            "mtc_ed",
            "CT trauma: grade 3 L renal lac, no active extravasation; thigh wound - no vascular "
            "injury. Trauma TL: to theatre.",
            "01:15",
            "Imaging",
        ),
        R(
            "mtc_ed",
            "Left ED for theatre 01:40 w trauma surgeons. Police officer with pt. Safeguarding "
            "team to be informed in the morning.",
            "01:40",
            "Transfer",
        ),
    )
    f.occ(
        "2025-08-17",
        "edt-call-stabbing",
        R(
            "pol",
            "EDT INFORMED BY CONTROL ROOM (VICTIM UNDER 18, OPEN TO CSC).",
            "01:18",
            "Notification",
            ref="51/61002/25",
        ),
        R(
            "csc",
            "EDT: call from Marlshire Police control room - Kaelan stabbed at the Sedgefield Rd "
            "underpass approx 23:40, at Queen Adela MTC, mother with him. Allocated SW to be "
            "told first thing Monday.",
            "01:20",
            "EDT",
        ),
    )
    f.occ(
        "2025-08-17",
        "picu-admission",
        R(
            "mtc_in",
            "Admitted to Paediatric Critical Care from theatre: laparotomy, L renal repair, "
            "thigh wound washout. Ventilated overnight. Police guard in place.",
            "04:10",
            "Admission",
        ),
    )
    f.occ(
        "2025-08-17",
        "arrest-a",
        R(
            "pol",
            "ARREST 1 - MALE 17YRS (RILEY FANSHAWE) ARRESTED S18 GBH AT HOME ADDRESS 0930HRS, "
            "E-BIKE SEIZED. LINKED 51/61002/25.",
            "09:30",
            "Arrest",
            ref="51/61002/25",
        ),
    )
    f.occ(
        "2025-08-17",
        "arrest-b",
        R(
            "pol",
            "ARREST 2 - DWAYNE COTTERILL 26YRS ARRESTED ATTEMPT MURDER AT 3 PRIESTLEY COURT "
            "1445HRS. LINKED 51/61002/25.",
            "14:45",
            "Arrest",
            ref="51/61002/25",
        ),
    )
    f.occ(
        "2025-08-18",
        "yjs-told",
        R(
            "yjs",
            "DS Venn rang me first thing: KD was stabbed Saturday night at the underpass, in "
            "intensive care at Queen Adela, two arrested. Rang mum.",
        ),
    )
    f.occ(
        "2025-08-18",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting following serious harm (stabbing 16/08/25). Chair TM Louise "
            "Brack; SW Owen Tregear; DI Mercer (major crime); hospital safeguarding nurse, "
            "Queen Adela; T. Obi YJS; Brackenridge. Kaelan stable on PCCU. Decision: s47; risk "
            "of reprisal - family not to return to Wickhamfield Rd, emergency housing; rapid "
            "review to be requested.",
            "15:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISCUSSION 1500 (TEAMS) - DI 771 MERCER. VICTIM DRUCE K. OSMAN WARNING "
            "CONSIDERED. FAMILY TO BE RELOCATED.",
            "15:00",
            "Strategy meeting",
            ref="51/61002/25",
        ),
        R(
            "mtc_in",
            "Safeguarding: strategy discussion via Teams - hospital SG nurse attended. Plan: "
            "visitor list (mum, aunt only), police guard to stay.",
            "15:00",
            "Safeguarding",
        ),
        R("yjs", "s.47 strategy mtg on teams (KD stabbing) - attended."),
    )
    f.occ(
        "2025-08-28",
        "mtc-discharge",
        R(
            "mtc_in",
            "Discharged to mother. Going to stay with maternal aunt in Wrexbury (safety plan "
            "agreed with SW and police). Surgical follow up 2/52.",
            "12:30",
            "Discharge",
        ),
        R(
            "csc",
            "Kaelan discharged from Queen Adela today; he and mum moving to the aunt's in "
            "Wrexbury under the safety plan.",
            "",
            "Discharge",
        ),
    )
    f.occ(
        "2025-09-02",
        "mtc-letter-gp",
        R(
            "gp",
            "Discharge summary rec'd from Queen Adela Hospital: stab wounds x2 (16/08), "
            "laparotomy + L renal repair, PCCU 2 days, D/C 28/08. For wound check at practice.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-09-05",
        "charge-cotterill",
        R(
            "pol",
            "COTTERILL DWAYNE CHARGED ATTEMPT MURDER (VICTIM DRUCE K). REMANDED IN CUSTODY TO "
            "MARLCASTER MC.",
            "19:00",
            "Charge",
            ref="51/61002/25",
        ),
    )
    f.occ(
        "2025-09-10",
        "mace-2",
        R(
            "csc",
            "MACE: Kaelan discussed after stabbing; family in Wrexbury; education placement "
            "there being sought.",
            "10:00",
            "MACE",
        ),
        R("pol", "MACE MTG - DRUCE K REVIEWED, REMAINS RED.", "10:00", "MACE"),
        R("yjs", "Mace panel - KD. Transfer to Wrexbury YJS discussed.", shift="-1"),
    )
    # Routine entries around them.
    f.fill(
        "csc",
        "2024-11-12",
        "2025-08-08",
        [
            ("Home visit", "CIN visit: Kaelan seen alone in his room. Says school is 'alright'."),
            ("Home visit", "Statutory visit - K out, seen Keeley and mum. Mum tired but coping."),
            ("Home visit", "CIN visit. K seen. Talked about boxing. Room tidy, food in."),
            ("Supervision", "Case supervision with TM: plan remains appropriate."),
            ("Direct work", "Direct work with K: 'three houses' - worries are 'people from the park'."),
        ],
    )
    f.fill(
        "yjs",
        "2025-02-05",
        "2025-07-31",
        [
            ("", "Session - knife crime programme (consequences, first aid film)."),
            ("", "Session - reparation at the community garden, 2 hrs."),
            ("", "Session - KD engaged, talked about 'debts' in general."),
            ("", "Mid-point review with KD and mum - attending well."),
        ],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-09-04",
        "2024-11-22",
        [
            ("", "Attendance 86% this half term. Rang mum about it."),
            ("", "Did the exploitation screening tool with K - scored medium; sent to SW."),
        ],
        timed=False,
    )
    f.fill(
        "ap",
        "2024-12-04",
        "2025-07-18",
        [
            ("Attendance", "Week's attendance 100%. K enjoyed the construction session."),
            ("Wellbeing", "K said he's sleeping better. Asked about college (bricklaying)."),
            ("Behaviour", "Phone found on K in lesson - not his usual one. Returned at end of day."),
        ],
    )
    f.fill(
        "pol",
        "2024-12-01",
        "2025-07-31",
        [
            ("Intelligence", "INTEL LOG: DRUCE K SEEN WITH KNOWN NOMINALS AT SEDGEFIELD RD SHOPS 1930."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-04",
        "2025-07-31",
        [
            ("Consultation", "K review (from Oct): sleeping a bit better. Declines drug service."),
        ],
    )
    f.fill(
        "rhi",
        "2024-10-12",
        "2025-04-25",
        [("", "Rang K to check in - no answer, text sent.")],
        timed=False,
    )
    return f.case()


def blind_dedup_cases_26() -> list[BlindCase]:
    """The twenty-sixth blind set's families, in the order they were written."""
    return [_druce()]


if __name__ == "__main__":
    summary(blind_dedup_cases_26)
