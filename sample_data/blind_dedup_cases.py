"""Blind labelled cases for judging duplicate detection in the integrated chronology.

Four wholly fictional families, 100-250 chronology rows each, from 8-10 services over 1.3-3
years. Written blind: composed from the domain brief and the `Event` schema only, without reading
the duplicate rules, their settings, the classifier or any other labelled case, so nothing in the
rules can have been fitted to them (issue 12, "Generalisation practice").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one day out, or only the month given), or a life event was noted by one
service on the next day.

How the rows were labelled (the rule a careful reviewer would apply, used throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN review, MARAC, MACE, TAF,
  discharge planning), in whatever words, with whatever time or none, and on a child's sheet
  at a school that keeps one sheet per child, is one occurrence.
- Both ends of one phone call (or one referral sent and received) are one occurrence. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  (PPN, VPA, missing notification) was received are DIFFERENT occurrences: the police row records
  the incident; the CSC row records CSC receiving and reading a report of it, later and by other
  people, even when it is the same day and quotes the police reference. The same goes for the
  MASH screening, the Operation Encompass call to a school, the hospital's notice of an ED
  attendance to the health visitor or GP, and a discharge letter: each is its own occurrence.
  A police incident attended by police and ambulance crews together is one occurrence; the
  emergency department attendance that follows is another.
- Life events (a birth, a house move or tenancy start, a school start, a GP registration, a
  permanent exclusion, an arrest, a charge, a court result, a recall to prison) recorded by two
  services on the same day, or by one of them the next day, are one occurrence when they name
  the same specifics (address, school, hospital, offence). An arrest and a charge on different
  days are two occurrences; so are two people's arrests on one morning, and each child's first
  day at school.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- Look-alikes kept apart: two different meetings on one day (an ICPC and the first core group
  after it, a MACE panel and a CIN review), repeat police call-outs or missing reports for one
  address or child on one day, the MASH screening after an incident, separate visits on one day,
  routine appointments for two family members in one surgery session, a GP report sent before a
  conference and the conference itself.

Everything is invented: people, workers, schools, surgeries, towns, addresses, postcodes and
reference numbers. Deterministic: one fixed seed per case (it only places the routine entries and
picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases.py        # prints a summary of each case
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
NURSERY = "Nursery"
HOUSING = "Housing"
PROBATION = "Probation"
CAMHS = "CAMHS"
AMBULANCE = "Ambulance Service"
YJS = "Youth Justice Service"
EARLY_HELP = "Early Help"

# The first set's rules, older than the kit's: a routine entry keeps a day clear of every other
# entry in the case, routine or not, and routine entries do not avoid bank holidays.
Family = partial(_Family, routine_apart=True, bank_holidays=())


# --------------------------------------------------------------------------------------------
# Case 1: the Farrow family, Hollinsby. Domestic abuse, pregnancy, CP plans, a move.
# Danielle Farrow (b. 1997); partner Lee Brannock; Tyler Farrow (b. 2017), Poppy
# Brannock-Farrow (b. 2020); Esme Brannock born 18/09/2023.
# --------------------------------------------------------------------------------------------


def _farrow() -> BlindCase:
    sw = (("2023-01-01", "Jodie Marsh"), ("2024-01-08", "Amir Qureshi"))
    f = Family(
        "farrow",
        4101,
        {
            "pol": Sheet(POLICE, "Hollinsby_Constabulary_Farrow.xlsx", "Chronology"),
            "csc": Sheet(CSC, "Farrow_CSC_chronology.xlsx", "Chronology", sw),
            "hv": Sheet(HV, "HV_0-19_Farrow.xlsx", "Entries", (("2023-01-01", "K Dunstan"),)),
            "mw": Sheet(
                MW, "Hollinsby_Maternity_Farrow.xlsx", "Maternity", (("2023-01-01", "H Rourke RM"),)
            ),
            "gp": Sheet(GP, "Larchfield_Surgery_Farrow.csv", "", typed=False),
            "gp2": Sheet(GP, "Orchard_Medical_Centre_Farrow.csv", "", typed=False),
            "sch_t": Sheet(
                SCHOOL,
                "St_Aldhelms_CPOMS_export.xlsx",
                "Tyler",
                (("2023-01-01", "Mrs B Okafor (DSL)"),),
            ),
            "sch_p": Sheet(
                SCHOOL,
                "St_Aldhelms_CPOMS_export.xlsx",
                "Poppy",
                (("2023-01-01", "Mrs B Okafor (DSL)"),),
            ),
            "wsch_t": Sheet(
                SCHOOL,
                "Wrenfield_Primary_chronology.xlsx",
                "Tyler Farrow",
                (("2024-01-01", "Mr D Pilling"),),
                typed=False,
            ),
            "wsch_p": Sheet(
                SCHOOL,
                "Wrenfield_Primary_chronology.xlsx",
                "Poppy Brannock-Farrow",
                (("2024-01-01", "Mr D Pilling"),),
                typed=False,
            ),
            "hsg": Sheet(
                HOUSING,
                "Hollinsby_Homes_log.xlsx",
                "Tenancy",
                (("2024-01-01", "T Varga (Housing Officer)"),),
            ),
            "ed": Sheet(ED, "Hollinsby_General_ED.xlsx", "ED attendances"),
        },
    )
    f.occ(
        "2023-01-14",
        "da-incident",
        R(
            "pol",
            "Call from neighbour at no. 29 reporting shouting and items being thrown at 27 "
            "Copperbeech Road. Officers on scene 23:34. Danielle FARROW (25) red mark to L cheek, "
            "states argument with partner Lee BRANNOCK about money, he left before police arrived."
            " Tyler (5) and Poppy (2) asleep upstairs, seen by officers. DASH medium. PPN "
            "submitted.",
            "23:21",
            "Domestic incident",
            ref="HC/23/001187",
        ),
    )
    f.occ(
        "2023-01-16",
        "ppn-received",
        R(
            "csc",
            "PPN received from Hollinsby Constabulary (HC/23/001187): verbal DA between Danielle "
            "Farrow and Lee Brannock on Saturday 14/01, children in the house asleep. Sent to MASH"
            " for screening.",
            "09:12",
            "Contact",
        ),
    )
    f.occ(
        "2023-01-16",
        "encompass",
        R(
            "sch_t",
            "Operation Encompass notification received re police attending home on "
            "Saturday night. Tyler quiet at carpet time, told TA 'mummy was crying and the door "
            "broke'. CT and TA informed, DSL to monitor.",
            "08:40",
            "Op Encompass",
        ),
    )
    f.occ(
        "2023-01-17",
        "mash-screening",
        R(
            "csc",
            "MASH screening completed. Checks with HV, GP and school. Second DA "
            "notification in 12 months, medium risk, children not injured. Threshold for statutory "
            "intervention not met - step down to Early Help, DA support offered to mum.",
            "15:40",
            "MASH decision",
            outcome="Step down to Early Help",
        ),
    )
    f.occ(
        "2023-02-03",
        "hv-review",
        R(
            "hv",
            "2-2.5 yr review for Poppy at home. ASQ-3: communication borderline, other domains "
            "above cut-off. Mum tired, says Lee is 'moody'. Routine enquiry - mum declined to "
            "talk. Leaflets left.",
            "10:00",
            "Developmental review",
        ),
    )
    f.occ(
        "2023-02-20",
        "booking",
        R(
            "mw",
            "Booking appt at Larchfield antenatal clinic. G3 P2, approx 10/40, EDD 22/09/2023. "
            "Routine enquiry: Danielle disclosed partner has pushed her in the past and 'checks "
            "her phone'. IDVA referral offered, declined. For discussion with safeguarding MW.",
            "14:30",
            "Booking",
        ),
    )
    f.occ(
        "2023-02-21",
        "call-mw-hv",
        R(
            "mw",
            "Tel call to HV Kerry Dunstan to share DA disclosure made at booking "
            "yesterday. HV will offer a targeted visit. Safeguarding MW aware.",
            "11:05",
            "Telephone",
        ),
        R(
            "hv",
            "Phone call from community midwife Helen Rourke. Danielle booked 20/2, EDD "
            "22/9/23, disclosed historic DA at booking. Agreed HV to offer targeted contact, "
            "both services to flag records.",
            "11:10",
            "Telephone contact",
        ),
    )
    f.occ(
        "2023-03-02",
        "assault-arrest",
        R(
            "pol",
            "999 call from Danielle FARROW: partner Lee BRANNOCK pushed her into kitchen door "
            "frame, she is approx 12 weeks pregnant and has abdominal pain. Officers attended "
            "19:58, BRANNOCK arrested at scene for assault by beating and taken to Hollinsby "
            "custody. Tyler and Poppy present and upset, seen by officers. DASH high. PPN to MASH,"
            " MARAC referral made.",
            "19:46",
            "Domestic incident - arrest",
            ref="HC/23/004960",
        ),
    )
    f.occ(
        "2023-03-02",
        "ed-attendance",
        R(
            "ed",
            "25F, approx 12/40 pregnant, pushed into door frame by partner about 19:40. Bruising R"
            " upper arm, mild lower abdo pain. Obs review: FH heard, no PV bleeding. Police aware,"
            " partner in custody. ED safeguarding referral to CSC completed. Discharged 01:15 with"
            " her sister.",
            "21:40",
            "Attendance",
            outcome="Discharged",
        ),
    )
    f.occ(
        "2023-03-03",
        "charge",
        R(
            "pol",
            "BRANNOCK interviewed, admitted pushing. Charged with assault by beating. "
            "Bailed to Hollinsby Magistrates 24/03 with conditions not to contact Danielle FARROW "
            "directly or indirectly and not to enter Copperbeech Road.",
            "14:05",
            "Charge",
            ref="HC/23/004960",
        ),
    )
    f.occ(
        "2023-03-03",
        "ppn-received",
        R(
            "csc",
            "Police notification received (HC/23/004960): DA incident 02/03/23, Lee Brannock "
            "arrested, Danielle approx 12 weeks pregnant and seen in ED. Children present. DASH "
            "high. Passed to TM for strategy discussion.",
            "10:30",
            "Contact",
        ),
    )
    f.occ(
        "2023-03-06",
        "strategy",
        R(
            "csc",
            "Strategy discussion chaired by TM Sarah Quinn. Present: DS Marlow (PPU), "
            "HV Kerry Dunstan, MW Helen Rourke, Mrs Okafor (DSL St Aldhelm's). Threshold met "
            "for s47 enquiries re Tyler, Poppy and unborn - risk of significant harm from DA. "
            "Single agency s47, SW to visit today.",
            "10:00",
            "Strategy Discussion",
            outcome="S47 - single agency",
        ),
        R(
            "pol",
            "DS MARLOW attended strategy meeting (Teams). Outcome: section 47, single "
            "agency CSC. Police to progress prosecution, bail conditions in place.",
            "10:05",
            "Strategy meeting",
            ref="HC/23/004960",
        ),
        R(
            "hv",
            "Strat discussion via Teams re Tyler, Poppy and unborn. S47 to go ahead. HV "
            "to share records and offer antenatal contact.",
            "",
            "Multi-agency meeting",
        ),
        R(
            "mw",
            "Safeguarding midwife joined S47 strategy meeting re unborn baby of "
            "Danielle Farrow. Outcome s47 enquiry; pre-birth assessment to be considered.",
            "10:15",
            "Safeguarding",
        ),
        R(
            "sch_t",
            "DSL attended strategy discussion re Tyler and Poppy on Teams. Section 47 "
            "agreed. School to share attendance and welfare concerns.",
            "10:00",
            "Meeting",
        ),
        R(
            "sch_p",
            "Strat discussion attended by DSL - see Tyler's record. S47 for both.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2023-03-06",
        "s47-visit",
        R(
            "csc",
            "S47 home visit by SW. Tyler and Poppy seen; Tyler seen alone in his bedroom, "
            "said 'Lee shouts and mummy cries'. Poppy playing, clean and appropriately dressed. "
            "Danielle agreed written safety plan: no contact with Lee while bail in place.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2023-03-07",
        "call-csc-school",
        R(
            "csc",
            "Phone call to Mrs Okafor (DSL) to update on s47. Tyler's attendance 91%, "
            "often late, sometimes says he is hungry. School offering breakfast club.",
            "09:20",
            "Telephone call",
        ),
        R(
            "sch_t",
            "Call from SW Jodie Marsh: s47 underway following incident at home 02/03. "
            "Shared attendance (91%) and lateness. Offered Tyler a breakfast club place.",
            "09:25",
            "Phone call",
        ),
    )
    f.occ(
        "2023-03-09",
        "marac",
        R(
            "pol",
            "Case heard at Hollinsby MARAC. Actions: police marker on 27 Copperbeech "
            "Road, IDVA to contact Danielle, CSC to share safety plan.",
            "09:30",
            "MARAC",
            ref="HC/23/004960",
        ),
        R(
            "csc",
            "MARAC - Danielle Farrow's case discussed (high risk DASH 02/03). SW to "
            "update MARAC coordinator with outcome of s47.",
            "",
            "Meeting",
        ),
        R(
            "hv",
            "Multi Agency Risk Assessment Conference - case heard. HV record flagged "
            "MARAC, contacts increased.",
            "",
            "MARAC",
            shift="month",
        ),
        R(
            "mw",
            "MARAC: information shared by safeguarding MW. Flag on maternity record, "
            "routine enquiry at every appt, to be seen alone.",
            "11:40",
            "Safeguarding",
        ),
    )
    f.occ(
        "2023-03-09",
        "oversight",
        R(
            "csc",
            "Management oversight (TM S Quinn): s47 to conclude by 24/03; recommend ICPC "
            "given repeat DA and pregnancy.",
            "16:10",
            "Management oversight",
        ),
    )
    f.occ(
        "2023-03-23",
        "gp-report",
        R(
            "gp",
            "Report for initial child protection conference completed and emailed to CP "
            "chairs' office. GP unable to attend conference on 27/03.",
        ),
    )
    f.occ(
        "2023-03-27",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference (chair Mark Ellery). Tyler and Poppy "
            "made subject of child protection plans, category emotional abuse. Unborn to be "
            "considered after pre-birth assessment. First core group today 14:45.",
            "13:00",
            "ICPC",
            outcome="CP plans - emotional abuse",
        ),
        R(
            "pol",
            "ICPC attended by DC HARROW (PPU). Both children on CP plans - emotional "
            "abuse. Criminal case adjourned to 21/04.",
            "13:00",
            "Conference",
        ),
        R(
            "hv",
            "ICPC: Tyler + Poppy on CPP (emotional). HV to visit 4-weekly and attend CGs.",
            "13:30",
            "Case conference",
        ),
        R(
            "mw",
            "Attended initial CP conference re siblings. Plans agreed; pre-birth "
            "assessment to start and birth plan to follow.",
            "",
            "Safeguarding",
            shift="+1",
        ),
        R(
            "sch_t",
            "Attended initial child protection conference. Outcome - CP plan under "
            "emotional abuse.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2023-03-27",
        "core-group-1",
        R(
            "csc",
            "First core group meeting held straight after conference. Outline plan "
            "turned into working plan. Next CG 24/04/23.",
            "14:45",
            "Core Group",
        ),
        R(
            "hv",
            "1st core group post ICPC - actions: HV monthly visits, IDVA support for mum, "
            "school breakfast club for Tyler.",
            "14:45",
            "Core group",
        ),
        R("sch_t", "Core group meeting (first) after ICPC.", "15:00", "Meeting"),
    )
    f.occ(
        "2023-04-21",
        "court",
        R(
            "pol",
            "Hollinsby Magistrates: BRANNOCK pleaded guilty to assault by beating. "
            "Community order 12 months incl. Building Better Relationships; restraining order 2 "
            "years protecting Danielle FARROW.",
            "",
            "Court result",
            ref="HC/23/004960",
        ),
    )
    f.occ(
        "2023-04-24",
        "core-group-2",
        R(
            "csc",
            "Core group (2). Danielle attended. Lee complying with restraining order per "
            "police. Home conditions improved.",
            "15:30",
            "Core Group",
        ),
        R("hv", "CG - attended. Poppy's speech: SALT referral agreed.", "15:30", "Core group"),
        R("sch_t", "Core Group Mtg at school. Attendance now 95%.", "15:30", "Meeting"),
        R(
            "mw",
            "Core group - antenatal care on track, missed one appt, rebooked.",
            "",
            "Safeguarding",
        ),
    )
    f.occ(
        "2023-05-10",
        "late-no-breakfast",
        R(
            "sch_t",
            "Tyler arrived late 9:25, no breakfast, given toast in breakfast club. Said "
            "mum was asleep.",
            "09:25",
            "Welfare",
        ),
        R(
            "sch_t",
            "Tyler late (9.25) - no breakfast, toast given. Said mum asleep.",
            "09:25",
            "Welfare",
        ),
    )
    f.occ(
        "2023-06-05",
        "core-group-3",
        R(
            "csc",
            "Core group meeting at St Aldhelm's. Pre-birth assessment ongoing, Danielle engaging.",
            "15:45",
            "Core Group",
        ),
        R(
            "hv",
            "CG - progress on plan reviewed. Poppy started SALT group.",
            "",
            "Core group",
            shift="swap",
        ),
        R("sch_t", "Core group held in school meeting room 3.45pm.", "15:45", "Meeting"),
    )
    f.occ(
        "2023-06-19",
        "rcpc",
        R(
            "csc",
            "Review child protection conference. Tyler and Poppy remain on CP plans "
            "(emotional abuse). Pre-birth assessment due 14/07.",
            "10:00",
            "RCPC",
        ),
        R("hv", "RCPC - plans continue. Next review in 6 months.", "10:00", "Case conference"),
        R(
            "mw",
            "Review conference attended by SG midwife - CP plans continue, birth plan to "
            "be agreed at 34/40.",
            "10:30",
            "Safeguarding",
        ),
        R("sch_t", "Review Child Protection Conference: CP plan continues.", "", "Meeting"),
        R("sch_p", "RCPC - continues on plan, see Tyler.", "", "Meeting"),
    )
    f.occ(
        "2023-06-19",
        "hv-contact",
        R(
            "hv",
            "Telephone contact with Danielle after conference to rearrange 28/40 visit.",
            "15:20",
            "Telephone contact",
        ),
    )
    f.occ(
        "2023-07-17",
        "core-group-4",
        R(
            "csc",
            "Core grp. Pre-birth assessment shared: recommends CP plan for unborn at "
            "birth. Danielle upset but accepts.",
            "14:00",
            "Core Group",
        ),
        R(
            "hv",
            "Core group meeting (home). Pre-birth assessment discussed.",
            "14:00",
            "Core group",
        ),
        R(
            "mw",
            "Core group at family home, 29/40. Birth plan draft shared.",
            "14:10",
            "Safeguarding",
        ),
    )
    f.occ(
        "2023-08-30",
        "birth-planning",
        R(
            "csc",
            "Birth planning meeting at Hollinsby General with maternity and HV. Lee "
            "not to be told of admission; baby to go home with mum if no new concerns.",
            "11:00",
            "Meeting",
        ),
        R(
            "mw",
            "Birth plan meeting held with SW and HV. Plan filed in notes and on Badger.",
            "11:00",
            "Safeguarding",
        ),
        R("hv", "Attended birth planning mtg at maternity unit.", "", "Multi-agency meeting"),
    )
    f.occ(
        "2023-09-18",
        "birth",
        R(
            "mw",
            "SVD at 04:52. Baby girl Esme, 3.02kg, Apgars 9/9. Birth plan followed; Lee "
            "not present.",
            "04:52",
            "Delivery",
        ),
        R(
            "hv",
            "Birth notification: Esme Brannock born 18/09/23 at Hollinsby General, 3.02kg, SVD.",
            "",
            "Birth notification",
        ),
        R(
            "csc",
            "Baby Esme born at Hollinsby General early this morning (04:52), 3.02kg. "
            "Birth plan followed; mother and baby on Ward 9 for 48 hours.",
            "09:15",
            "Case note",
        ),
    )
    f.occ(
        "2023-09-20",
        "discharge-planning",
        R(
            "mw",
            "Discharge planning mtg on Ward 9 with SW and HV. Agreed discharge home "
            "today with Danielle; restraining order in place.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "csc",
            "Pre-discharge meeting on maternity ward: discharge home agreed.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Attended discharge planning meeting Ward 9 - discharge today.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2023-09-20",
        "discharge",
        R(
            "mw",
            "Mother and baby discharged home 15:10. Community midwife visit booked for tomorrow.",
            "15:10",
            "Discharge",
        ),
    )
    f.occ(
        "2023-09-29",
        "new-birth-visit",
        R(
            "hv",
            "New birth visit. Esme 3.25kg, feeding well (formula). Home warm and tidy. EPDS "
            "9. Safe sleep advice given.",
            "10:30",
            "New birth visit",
        ),
    )
    f.occ(
        "2023-10-04",
        "gp-registration",
        R("gp", "New patient registration: Esme Brannock, DOB 18/09/2023. CP flag added."),
    )
    f.occ(
        "2023-10-10",
        "joint-visit",
        R(
            "hv",
            "Joint home visit with SW Jodie Marsh. Esme weighed 3.6kg, alert. Tyler and "
            "Poppy at school/nursery. Mum says coping.",
            "13:30",
            "Home visit",
        ),
        R(
            "csc",
            "Joint visit with HV Kerry Dunstan to see baby. Home conditions good, "
            "Danielle relaxed.",
            "13:30",
            "Home visit",
        ),
    )
    f.occ(
        "2023-10-16",
        "rcpc",
        R(
            "csc",
            "RCPC. Esme made subject of CP plan (emotional abuse) alongside siblings. "
            "All three plans continue.",
            "10:00",
            "RCPC",
        ),
        R(
            "pol",
            "Review conference attended by PPU. Restraining order being complied with.",
            "10:00",
            "Conference",
        ),
        R("hv", "Review case conf - all 3 children on CP plans.", "10:00", "Case conference"),
        R("sch_t", "RCPC attended. Plans continue, baby sister added.", "10:15", "Meeting"),
    )
    f.occ(
        "2023-10-25",
        "call-hv-gp",
        R(
            "hv",
            "Tel call to GP Dr Nwosu re Danielle's low mood (EPDS 15). GP to offer appt this week.",
            "12:10",
            "Telephone contact",
        ),
        R(
            "gp",
            "Telephone call from health visitor: mum's EPDS 15, low mood since birth. "
            "Appt offered 27/10.",
        ),
    )
    f.occ(
        "2023-10-27",
        "gp-mood",
        R(
            "gp",
            "Danielle seen: postnatal low mood, no thoughts of self-harm. Sertraline 50mg "
            "started, talking therapies self-referral given. Review 2/52.",
        ),
    )
    f.occ(
        "2023-11-13",
        "gp-esme-check",
        R(
            "gp",
            "Esme: 8 week baby check. Hips stable, red reflex present, weight on 50th "
            "centile. Imms given.",
        ),
    )
    f.occ(
        "2023-11-13",
        "gp-mum-postnatal",
        R(
            "gp",
            "Danielle: 6-8 week postnatal check (same appt slot as baby). Mood improving on "
            "sertraline. Contraception discussed.",
        ),
    )
    f.occ(
        "2023-11-14",
        "hv-visit",
        R(
            "hv",
            "Home visit. Esme 4.6kg. Poppy's words increasing. Danielle says sleep better.",
            "09:30",
            "Home visit",
        ),
    )
    f.occ(
        "2023-11-14",
        "csc-visit",
        R(
            "csc",
            "Statutory CP visit, all three children seen. Tyler showed SW his reading "
            "certificate. No concerns noted.",
            "14:00",
            "Home visit",
        ),
    )
    f.occ(
        "2023-11-28",
        "ed-poppy",
        R(
            "ed",
            "Poppy (3) brought by mum 18:20, fell from sofa onto laminate floor, small "
            "haematoma R forehead, no LOC. History consistent. On CP plan - ED safeguarding nurse "
            "informed.",
            "18:20",
            "Attendance",
            outcome="Head injury advice, discharged",
        ),
    )
    f.occ(
        "2023-11-30",
        "ed-notice",
        R(
            "hv",
            "ED liaison notification received: Poppy attended Hollinsby General ED 28/11, "
            "minor head injury from fall off sofa. Will discuss at next visit.",
            "",
            "Liaison",
        ),
    )
    f.occ(
        "2023-12-04",
        "ed-letter",
        R(
            "gp",
            "ED discharge letter received for Poppy (minor head injury 28/11). No GP action "
            "needed.",
        ),
    )
    f.occ(
        "2024-01-08",
        "transfer",
        R(
            "csc",
            "Case transferred to SW Amir Qureshi (Jodie Marsh leaving team). Transfer "
            "visit to be arranged.",
            "11:00",
            "Case note",
        ),
        R(
            "csc",
            "Case transfered to Amir Qureshi (SW) - Jodie Marsh leaving team. Transfer "
            "visit to be arranged",
            "11:00",
            "Case note",
        ),
    )
    f.occ(
        "2024-01-22",
        "call-school-csc",
        R(
            "sch_t",
            "DSL phoned SW Amir Qureshi: Tyler said this morning that 'Lee stayed "
            "over and made pancakes' at the weekend.",
            "09:50",
            "Phone call",
        ),
        R(
            "csc",
            "Tel call from DSL St Aldhelm's - Tyler says Lee stayed at the house at the "
            "weekend. SW to visit unannounced today.",
            "",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-01-22",
        "unannounced-visit",
        R(
            "csc",
            "Unannounced home visit. Danielle denies Lee has stayed, says Tyler means a "
            "video call. No signs of a man living there. Reminded of restraining order.",
            "16:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-01-30",
        "housing-register",
        R(
            "hsg",
            "Housing register application received from Danielle Farrow, 27 Copperbeech "
            "Road (private let, overcrowded, DA history). Band B awarded.",
            "",
            "Application",
        ),
    )
    f.occ(
        "2024-02-17",
        "callout-1",
        R(
            "pol",
            "Call from Danielle FARROW: Lee BRANNOCK at front door refusing to leave, in "
            "breach of restraining order. Officers attended 16:22, BRANNOCK gone on arrival. "
            "Area search negative.",
            "16:05",
            "Domestic incident",
            ref="HC/24/002211",
        ),
    )
    f.occ(
        "2024-02-17",
        "callout-2",
        R(
            "pol",
            "Second call to 27 Copperbeech Road: BRANNOCK returned, banging on windows and "
            "shouting. Arrested 21:58 for breach of restraining order. Children awake, seen.",
            "21:40",
            "Domestic incident - arrest",
            ref="HC/24/002236",
        ),
    )
    f.occ(
        "2024-02-18",
        "charge-breach",
        R(
            "pol",
            "BRANNOCK charged with breach of restraining order x1. Remanded in custody to "
            "appear Hollinsby Magistrates 19/02.",
            "12:30",
            "Charge",
            ref="HC/24/002236",
        ),
    )
    f.occ(
        "2024-02-19",
        "ppn-received",
        R(
            "csc",
            "Two police notifications received for 17/02/24 (HC/24/002211, HC/24/002236): "
            "Lee at the house twice, arrested on second occasion.",
            "09:05",
            "Contact",
        ),
    )
    f.occ(
        "2024-02-19",
        "call-pol-csc",
        R(
            "pol",
            "DC HARROW spoke to SW QURESHI: BRANNOCK remanded, next hearing 11/03. "
            "Danielle supportive of prosecution.",
            "14:40",
            "Telephone",
            ref="HC/24/002236",
        ),
        R(
            "csc",
            "Phone call from DC Harrow (PPU): Lee remanded in custody following court "
            "this morning, next hearing 11/03.",
            "14:45",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-04-15",
        "rcpc",
        R(
            "csc",
            "RCPC - risk reduced; CP plans ended for Tyler, Poppy and Esme. Step down to "
            "Child in Need plan.",
            "10:00",
            "RCPC",
            outcome="CP plans ended - CIN",
        ),
        R(
            "hv",
            "Review conference: children removed from CP plans, CIN plan to follow.",
            "",
            "Case conference",
        ),
        R("sch_t", "RCPC - CP plan ended, now CIN.", "10:00", "Meeting"),
        R("sch_p", "Review conference attended. Now child in need.", "10:00", "Meeting"),
        R(
            "pol",
            "Review conference (PPU): CP plans discontinued.",
            "10:00",
            "Conference",
            shift="-1",
        ),
    )
    f.occ(
        "2024-05-14",
        "call-hsg-csc",
        R(
            "hsg",
            "Spoke to SW Amir Qureshi re support letter for priority move. SW to email "
            "letter today.",
            "10:20",
            "Phone call",
        ),
        R(
            "csc",
            "Call from Hollinsby Homes (T Varga) asking for support letter for a priority "
            "move. Letter to be sent today.",
            "10:20",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-05-20",
        "cin-review",
        R(
            "csc",
            "First CIN review meeting. Danielle engaging well; Lee still remanded.",
            "14:00",
            "CIN Review",
        ),
        R("hv", "Child in Need meeting attended, Esme thriving.", "14:00", "Multi-agency meeting"),
        R("sch_t", "CiN review at school.", "14:00", "Meeting"),
    )
    f.occ(
        "2024-05-28",
        "offer",
        R(
            "hsg",
            "Offer of Flat 3 Orchard Court, Wrenfield Lane, HL6 1BD made and accepted after "
            "viewing.",
            "",
            "Offer",
        ),
    )
    f.occ(
        "2024-06-10",
        "move",
        R(
            "hsg",
            "Tenancy sign-up at Flat 3 Orchard Court, Wrenfield Lane HL6 1BD. Keys "
            "issued. Danielle sole tenant, starter tenancy.",
            "11:30",
            "Tenancy start",
        ),
        R(
            "csc",
            "Family moved today to Flat 3 Orchard Court (Hollinsby Homes tenancy).",
            "16:00",
            "Case note",
        ),
        R(
            "gp",
            "Address changed to Flat 3, Orchard Court, Wrenfield Lane - family moved "
            "yesterday (10/06) per mum on phone.",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-24",
        "gp-registration",
        R(
            "gp2",
            "New patient registrations: Danielle Farrow, Tyler Farrow, Poppy "
            "Brannock-Farrow and Esme Brannock, new address Flat 3 Orchard Court.",
        ),
        R(
            "hv",
            "Family now registered with Orchard Medical Centre; HV caseload moving to "
            "Wrenfield team.",
            "",
            "Admin",
        ),
    )
    f.occ(
        "2024-07-15",
        "cin-review",
        R(
            "csc",
            "CIN review at new flat. Children settled. School place at Wrenfield "
            "Primary confirmed from September.",
            "10:00",
            "CIN Review",
        ),
        R("hv", "CIN review mtg at home.", "10:00", "Multi-agency meeting"),
        R(
            "hsg",
            "Attended Child in Need review at tenant's request - tenancy going well.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-08-12",
        "attempt-1",
        R("csc", "Call to Danielle to arrange visit - no answer.", "09:40", "Telephone call"),
    )
    f.occ(
        "2024-08-12",
        "attempt-2",
        R("csc", "Second attempt to call Danielle, voicemail left.", "13:15", "Telephone call"),
    )
    f.occ(
        "2024-08-12",
        "callback",
        R(
            "csc",
            "Danielle returned call: phone was on charge. Visit booked 14/08.",
            "16:20",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-09-04",
        "school-start",
        R(
            "wsch_t",
            "Tyler started Year 3 today (transfer from St Aldhelm's). Settled "
            "quickly, sat with buddy at lunch.",
        ),
        R("csc", "Tyler started at Wrenfield Primary today, Year 3.", "15:30", "Case note"),
    )
    f.occ(
        "2024-09-05",
        "school-start-poppy",
        R(
            "wsch_p",
            "Poppy's first (staggered) morning in Reception, Robins class. Mum stayed "
            "15 mins, Poppy happy.",
        ),
    )
    f.occ(
        "2024-10-07",
        "cin-review",
        R(
            "csc",
            "CIN review. Lee released, living in Marlbury; restraining order in force. "
            "Plan continues.",
            "15:30",
            "CIN Review",
        ),
        R("wsch_t", "Child in Need review attended by class teacher for Tyler.", "15:30"),
        R("wsch_p", "CIN meeting attended, see Tyler's record.", shift="swap"),
        R(
            "hv",
            "CIN rev: Esme's 1 yr review done, development on track.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-12-09",
        "cin-review",
        R(
            "csc",
            "Final CIN review: plan goals met, agreed to close to CSC with Early Help offer.",
            "14:00",
            "CIN Review",
            outcome="Close",
        ),
        R("wsch_t", "CIN review - closing to social care.", "14:00"),
        R(
            "hv",
            "Child In Need review (last) - case closing to CSC, HV universal plus.",
            "",
            "Multi-agency meeting",
        ),
        R("hsg", "CIN closing meeting attended.", "14:15", "Meeting"),
    )

    f.fill(
        "hv",
        "2023-01-03",
        "2023-09-10",
        [
            (
                "Home visit",
                "Targeted visit. Poppy playing with blocks, says 2-3 word phrases. Mum "
                "reports Tyler wetting the bed again.",
            ),
            ("Clinic", "Poppy weighed at clinic, 91st centile. Healthy Start vouchers discussed."),
            ("Telephone contact", "Rang Danielle to check in; she says things calm at home."),
            (
                "Home visit",
                "Antenatal contact 30/40. Discussed safe sleep and coping with a newborn "
                "and two children.",
            ),
            ("Supervision", "Safeguarding supervision: case reviewed, plan to continue."),
        ],
    )
    f.fill(
        "hv",
        "2023-11-20",
        "2024-06-07",
        [
            ("Home visit", "Visit: Esme 6.1kg, smiling and cooing. Weaning advice given."),
            ("Did not attend", "Esme not brought to clinic for weight check. Letter sent."),
            ("Home visit", "Contact at home. Poppy toilet training going well. Home clean."),
            ("Clinic", "Esme seen at baby clinic, 7.4kg, rolling over. Mum upbeat."),
        ],
    )
    f.fill(
        "hv",
        "2024-06-12",
        "2024-12-20",
        [
            ("Home visit", "Visit to new flat. Stair gate fitted. Esme pulling to stand."),
            ("Telephone contact", "Mum rang for advice about Esme's teething and poor sleep."),
        ],
    )
    f.fill(
        "csc",
        "2023-03-10",
        "2023-09-10",
        [
            (
                "Home visit",
                "Statutory visit. Tyler and Poppy seen and spoken to. Bedrooms "
                "adequate, fridge stocked.",
            ),
            ("Supervision", "Supervision with TM: pre-birth assessment timescales agreed."),
            (
                "Direct work",
                "Direct work with Tyler at school using 'three houses'. Worries house: "
                "'when Lee comes back'.",
            ),
            ("Home visit", "Visit - Danielle showed SW IDVA safety plan, locks changed."),
            ("Case note", "Pre-birth assessment completed and shared with Danielle."),
        ],
    )
    f.fill(
        "csc",
        "2023-09-25",
        "2024-04-12",
        [
            (
                "Home visit",
                "Visit: Esme asleep in Moses basket, Poppy watching TV. Danielle tired but coping.",
            ),
            ("Supervision", "Supervision: consider step down at next review."),
            ("Direct work", "Direct work with Poppy - drawings of family, Lee not included."),
        ],
    )
    f.fill(
        "csc",
        "2024-04-16",
        "2024-12-06",
        [
            ("Letter", "Letter sent to Danielle confirming CIN plan and review dates."),
            (
                "Home visit",
                "CIN visit to new flat. Children have own beds. Tyler excited about new school.",
            ),
        ],
    )
    f.fill(
        "sch_t",
        "2023-01-05",
        "2024-07-18",
        [
            ("Welfare", "Tyler upset at home time, did not want to leave. Calmed by TA."),
            ("Attendance", "Tyler absent, mum rang in sick (sickness bug)."),
            ("Welfare", "Tyler wearing same uniform all week, strong odour. Spare uniform given."),
            ("Behaviour", "Tyler pushed a child in the lunch queue. Restorative chat held."),
            ("Attendance", "Tyler late 9:15, mum said bus was late."),
            ("Welfare", "Tyler ate two helpings at lunch and asked for more bread."),
            ("Achievement", "Tyler got star of the week for his writing."),
        ],
    )
    f.fill(
        "sch_t",
        "2023-06-20",
        "2023-09-08",
        [
            ("Welfare", "Tyler said he is excited about 'the baby coming'."),
        ],
    )
    f.fill(
        "sch_p",
        "2023-01-05",
        "2023-09-08",
        [
            ("Welfare", "Poppy (nursery) had nappy rash and no spare nappies in bag."),
            ("Welfare", "Poppy collected late by mum at 12:20, session ends 11:45."),
            ("Attendance", "Poppy absent from nursery 3 days, no contact."),
        ],
    )
    f.fill(
        "sch_p",
        "2023-10-02",
        "2024-07-18",
        [
            ("Welfare", "Poppy settled well today, playing alongside peers."),
            ("Welfare", "Poppy said 'baby Esme cries at night'."),
        ],
    )
    f.fill(
        "gp",
        "2023-01-03",
        "2023-09-10",
        [
            ("", "Tyler: asthma review, inhaler technique checked, salbutamol repeated."),
            ("", "Danielle: antenatal 16/40 bloods reviewed, normal."),
            ("", "Poppy: cough and fever 3 days, chest clear, viral. Advice given."),
            ("", "Danielle: DNA appointment."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2023-11-20",
        "2024-06-07",
        [
            ("", "Esme: nappy rash, cream prescribed."),
            ("", "Danielle: medication review, sertraline continued."),
            ("", "Tyler: was not brought to asthma review. Letter to mum."),
        ],
        timed=False,
    )
    f.fill(
        "mw",
        "2023-02-22",
        "2023-09-10",
        [
            ("Antenatal", "Antenatal appt 16/40. Seen alone, routine enquiry - feels safe."),
            ("Scan", "20 week anomaly scan normal."),
            ("Antenatal", "28/40 check, anti-D given, BP normal."),
            ("Did not attend", "DNA antenatal appt, rebooked by phone."),
            ("Antenatal", "34/40, fundal height on chart, birth plan discussed."),
        ],
    )
    f.fill(
        "wsch_t",
        "2024-09-06",
        "2024-12-18",
        [
            ("", "Tyler settling well, good friendships."),
            ("", "Tyler absent - dentist appt, evidence seen."),
            ("", "Tyler told TA he misses his old school friends."),
        ],
        timed=False,
    )
    f.fill(
        "wsch_p",
        "2024-09-09",
        "2024-12-18",
        [
            ("", "Poppy came in without coat on a cold day; spare coat lent."),
            ("", "Poppy engaging in phonics, recognising s a t p."),
        ],
        timed=False,
    )
    f.fill(
        "hsg",
        "2024-06-12",
        "2024-12-20",
        [
            ("Repair", "Repair reported: bathroom extractor fan not working."),
            ("Visit", "Settling-in visit to Flat 3 Orchard Court, tenancy conditions explained."),
            ("Rent", "Rent account in credit, UC housing element in payment."),
        ],
    )
    f.fill(
        "pol",
        "2023-05-01",
        "2024-12-20",
        [
            ("Information", "Marker on 27 Copperbeech Road reviewed and kept."),
            (
                "Intelligence",
                "Intelligence report: BRANNOCK seen drinking in The Anchor, Hollinsby.",
            ),
        ],
        timed=True,
        weekdays=False,
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Mallender family, Kestleford. Criminal exploitation of a teenager, a younger
# sister's self-harm and an assault by the stepfather. Sharon Mallender (mother); Jordan
# Mallender (b. 2008); Keira Mallender (b. 2011); Dean Pryce (stepfather, on licence).
# --------------------------------------------------------------------------------------------


def _mallender() -> BlindCase:
    f = Family(
        "mallender",
        5202,
        {
            "pol": Sheet(POLICE, "Kestleford_Police_Mallender.xlsx", "Incidents"),
            "csc": Sheet(
                CSC, "Mallender_CSC_case_notes.xlsx", "Case notes", (("2023-09-01", "Priya Lomax"),)
            ),
            "yjs": Sheet(
                YJS, "Kestleford_YJS_chronology.xlsx", "Jordan", (("2024-01-01", "Callum Reid"),)
            ),
            "camhs": Sheet(
                CAMHS,
                "CAMHS_Mallender.xlsx",
                "Contacts",
                (("2023-09-01", "Nadia Brook (CAMHS practitioner)"),),
            ),
            "sch_j": Sheet(
                SCHOOL,
                "Ashcombe_Academy_MyConcern.xlsx",
                "Jordan M",
                (("2023-09-01", "T Ferrant DSL"),),
            ),
            "sch_k": Sheet(
                SCHOOL,
                "Ashcombe_Academy_MyConcern.xlsx",
                "Keira M",
                (("2023-09-01", "T Ferrant DSL"),),
            ),
            "pru": Sheet(
                SCHOOL,
                "Kestleford_Learning_Centre.xlsx",
                "Jordan Mallender",
                (("2024-04-01", "L Keys"),),
                typed=False,
            ),
            "ed": Sheet(ED, "Kestleford_Royal_ED.xlsx", "Paediatric ED"),
            "gp": Sheet(GP, "Millbrook_Surgery_Mallender.csv", "", typed=False),
            "prob": Sheet(
                PROBATION,
                "Probation_Pryce_D.xlsx",
                "Contacts",
                (("2023-09-01", "PO Rachel Okoye"),),
            ),
            "amb": Sheet(AMBULANCE, "Ambulance_incidents_Mallender.csv", "", typed=False),
        },
    )
    f.occ(
        "2023-09-06",
        "school-start",
        R(
            "sch_k",
            "Keira started Year 7 today (from Tanners Row Primary). Transition notes: "
            "anxious, close to mum.",
            "",
            "Transition",
        ),
    )
    f.occ(
        "2023-10-02",
        "missing-1",
        R(
            "pol",
            "MISPER: Jordan MALLENDER (15) failed to return home to 8 Tanners Row by his "
            "22:00 curfew, mother reported 23:15. Phone off. Graded medium risk.",
            "23:15",
            "Missing person",
            ref="KP-23-118842",
        ),
    )
    f.occ(
        "2023-10-03",
        "found-1",
        R(
            "pol",
            "Jordan located by patrol at Kestleford bus station 02:40 and taken home. Said "
            "he was 'at a mate's'. Safe and well check done; prevention interview to be offered.",
            "02:40",
            "Missing person - found",
            ref="KP-23-118842",
        ),
    )
    f.occ(
        "2023-10-03",
        "missing-notice",
        R(
            "csc",
            "Missing notification from police: Jordan missing overnight 2-3/10, found at bus "
            "station. RHI to be offered by Compass Project.",
            "10:20",
            "Contact",
        ),
    )
    f.occ(
        "2023-10-05",
        "rhi",
        R(
            "csc",
            "Return home interview completed with Jordan at school by Compass worker: "
            "would not say where he had been; has new trainers and a second phone.",
            "11:30",
            "Return home interview",
        ),
        R("sch_j", "RHI worker (Compass) met Jordan in the library period 3.", "11:15", "Meeting"),
    )
    f.occ(
        "2023-10-16",
        "search",
        R(
            "sch_j",
            "Jordan found with £340 cash and two phones in his bag when searched after "
            "smoking in the toilets. Mum phoned, says she doesn't know where the money came from.",
            "10:45",
            "Incident",
        ),
    )
    f.occ(
        "2023-10-16",
        "referral",
        R(
            "sch_j",
            "DSL referral to MASH (online form + phone) re possible criminal "
            "exploitation: cash, phones, missing episode 02/10.",
            "14:10",
            "Referral",
        ),
        R(
            "csc",
            "Contact from Ashcombe Academy DSL Tom Ferrant: concerns Jordan is being "
            "criminally exploited - £340 and two phones found today, missing 02/10.",
            "14:15",
            "Contact",
        ),
    )
    f.occ(
        "2023-10-18",
        "mash-decision",
        R(
            "csc",
            "MASH decision: threshold met for s17 child and family assessment. "
            "Exploitation screening tool - medium.",
            "16:00",
            "MASH decision",
            outcome="Allocated for assessment",
        ),
    )
    f.occ(
        "2023-11-20",
        "cin-initial",
        R(
            "csc",
            "Initial CIN meeting held at school. Plan: Compass mentoring for Jordan, "
            "CAMHS referral via GP for Keira's low mood, school to review Jordan's timetable.",
            "13:00",
            "CIN meeting",
        ),
        R("sch_j", "Child in Need meeting (Jordan & Keira) at school.", "13:00", "Meeting"),
        R("sch_k", "CIN meeting - Keira included in plan, low mood.", "13:00", "Meeting"),
    )
    f.occ(
        "2023-11-27",
        "gp-keira",
        R(
            "gp",
            "Keira (with mum): low mood for 3 months, superficial cuts L forearm, no suicidal "
            "intent. Urgent referral to CAMHS.",
        ),
    )
    f.occ(
        "2023-11-29",
        "camhs-referral",
        R(
            "camhs",
            "Referral received from Millbrook Surgery: Keira, 12, low mood and cutting. "
            "Triaged urgent - choice appt offered.",
            "",
            "Referral",
        ),
    )
    f.occ(
        "2023-12-13",
        "camhs-session",
        R(
            "camhs",
            "Session 1 with Keira - psychoeducation about low mood.",
            "16:30",
            "Appointment",
        ),
    )
    f.occ(
        "2023-12-06",
        "camhs-choice",
        R(
            "camhs",
            "Choice appointment with Keira and mum. Low mood linked to friendship "
            "problems and arguments at home. Low risk. Plan: CBT-informed sessions.",
            "16:00",
            "Appointment",
        ),
    )
    f.occ(
        "2024-01-12",
        "missing-2",
        R(
            "pol",
            "Missing report: Jordan did not return from school, mother reported 18:05. "
            "Medium risk.",
            "18:05",
            "Missing person",
            ref="KP-24-004410",
        ),
    )
    f.occ(
        "2024-01-12",
        "returned",
        R(
            "pol",
            "Jordan returned home of own accord 19:00; seen by officers, safe and well. "
            "Would not say where he had been.",
            "19:10",
            "Missing person - found",
            ref="KP-24-004410",
        ),
    )
    f.occ(
        "2024-01-12",
        "missing-3",
        R(
            "pol",
            "Further missing report: Jordan left 8 Tanners Row 22:30 after argument with "
            "stepfather Dean PRYCE, not returned. Medium risk, CCE concerns flagged.",
            "23:50",
            "Missing person",
            ref="KP-24-004467",
        ),
    )
    f.occ(
        "2024-01-13",
        "found-3",
        R(
            "pol",
            "Jordan found 04:20 at Ryecroft flats, Birmingham Rd, with two adult males "
            "(intel: 'KT' drugs line). Males searched, nothing found. Jordan taken home.",
            "04:20",
            "Missing person - found",
            ref="KP-24-004467",
        ),
    )
    f.occ(
        "2024-01-15",
        "missing-notice",
        R(
            "csc",
            "Police missing notifications received x2 for 12/01 (KP-24-004410, "
            "KP-24-004467). Found in Ryecroft with older males.",
            "09:30",
            "Contact",
        ),
    )
    f.occ(
        "2024-01-16",
        "call-csc-pol",
        R(
            "csc",
            "Call with DC Whitlow (exploitation team): males Jordan was found with are "
            "linked to drug supply; NRM to be considered.",
            "11:00",
            "Telephone call",
        ),
        R(
            "pol",
            "Exploitation team - DC WHITLOW phoned SW Lomax re Ryecroft sighting. "
            "Jordan linked to 'KT' line.",
            "10:55",
            "Telephone",
            ref="KP-24-004467",
        ),
    )
    f.occ(
        "2024-01-18",
        "strategy",
        R(
            "csc",
            "Strategy meeting re CCE (Jordan). Threshold for s47 met - extra-familial "
            "harm. Refer to MACE. NRM referral to be made by SW.",
            "14:00",
            "Strategy meeting",
            outcome="S47",
        ),
        R(
            "pol",
            "Strat mtg (CCE) attended by DC WHITLOW. Disruption: CAWNs to be served on "
            "adult males seen with Jordan.",
            "14:00",
            "Meeting",
        ),
        R("sch_j", "DSL attended S47 strategy discussion re Jordan on Teams.", "14:15", "Meeting"),
        R(
            "camhs",
            "Strategy discussion: CAMHS shared info about Keira only; Jordan not known to CAMHS.",
            "",
            "Liaison",
            shift="+1",
        ),
    )
    f.occ(
        "2024-01-18",
        "nrm",
        R(
            "csc",
            "NRM referral submitted online (first responder: CSC) for Jordan.",
            "16:30",
            "NRM",
        ),
    )
    f.occ(
        "2024-01-25",
        "csc-visit",
        R(
            "csc",
            "Home visit to Jordan: went through safety plan; he would not engage and left "
            "the room.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-01-25",
        "camhs-visit",
        R(
            "camhs",
            "Home visit to Keira after two missed clinic appts. Talked about friendship "
            "problems, no recent cutting.",
            "16:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-02-08",
        "mace",
        R(
            "pol",
            "Jordan discussed at MACE panel; network mapping links him to Ryecroft address.",
            "09:30",
            "MACE",
        ),
        R(
            "csc",
            "MACE - Jordan heard. Actions: police disruption plan, education to review "
            "placement, Compass to continue.",
            "09:30",
            "Meeting",
        ),
        R(
            "sch_j",
            "Multi-agency child exploitation (MACE) meeting attended by DSL.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-02-08",
        "cin-review",
        R(
            "csc",
            "CIN review (Keira and Jordan). Plan updated; Keira attending CAMHS.",
            "15:00",
            "CIN review",
        ),
        R("sch_k", "CIN review attended by Head of Year 7.", "15:00", "Meeting"),
        R("camhs", "CIN review attended re Keira - engaging in sessions.", "15:10", "Liaison"),
    )
    f.occ(
        "2024-02-21",
        "camhs-dna",
        R(
            "camhs",
            "DNA - Keira not brought to appt; text reminder had been sent.",
            "16:30",
            "Did not attend",
        ),
        R(
            "camhs",
            "DNA: Keira not brought to appointment, text reminder had been sent",
            "16:30",
            "Did not attend",
        ),
    )
    f.occ(
        "2024-03-08",
        "arrest",
        R(
            "pol",
            "Jordan MALLENDER (15) stopped at Kestleford rail station 14:20, found with "
            "14 wraps of crack cocaine and £210. Arrested PWITS class A. Interviewed with "
            "appropriate adult, released under investigation.",
            "14:20",
            "Arrest",
            ref="KP-24-031077",
        ),
        R(
            "yjs",
            "AA call-out: Jordan arrested for PWITS at the station. YJS appropriate "
            "adult at Kestleford custody 17:00-21:40. Jordan RUI.",
            "17:00",
            "Appropriate adult",
        ),
    )
    f.occ(
        "2024-03-11",
        "arrest-notice",
        R(
            "csc",
            "Police notification: Jordan arrested 08/03 PWITS class A at the rail station, "
            "released under investigation.",
            "09:00",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-11",
        "strategy",
        R(
            "csc",
            "Strat discussion following arrest. s47 continues; NRM reasonable grounds "
            "decision awaited; YJS to join the plan.",
            "13:30",
            "Strategy meeting",
        ),
        R(
            "pol",
            "Strategy meeting (post-arrest) attended by DC WHITLOW.",
            "13:30",
            "Meeting",
            ref="KP-24-031077",
        ),
        R(
            "yjs",
            "Invited to S47 strategy meeting following Jordan's arrest. Attended.",
            "13:45",
            "Meeting",
        ),
        R("sch_j", "Strategy disc re Jordan - DSL attended.", "", "Meeting"),
    )
    f.occ(
        "2024-03-27",
        "knife",
        R(
            "sch_j",
            "Lock knife found in Jordan's bag during search (another pupil told "
            "staff). Police called, Jordan isolated in office.",
            "11:05",
            "Incident",
        ),
        R(
            "pol",
            "Call from Ashcombe Academy: pupil Jordan MALLENDER found with lock knife. "
            "Officers attended 11:40, Jordan arrested for possession of bladed article on "
            "school premises.",
            "11:12",
            "Incident - arrest",
            ref="KP-24-039952",
        ),
    )
    f.occ(
        "2024-03-27",
        "exclusion",
        R(
            "sch_j",
            "Headteacher decision: permanent exclusion (knife on site). Letter to "
            "parent hand delivered.",
            "15:30",
            "Exclusion",
        ),
        R(
            "csc",
            "Jordan permanently excluded from Ashcombe Academy today after a knife was "
            "found in his bag.",
            "16:45",
            "Case note",
        ),
    )
    f.occ(
        "2024-04-03",
        "charge",
        R(
            "pol",
            "Jordan charged: possession of bladed article on school premises and PWITS "
            "class A. Bailed to Kestleford Youth Court 23/04.",
            "15:00",
            "Charge",
            ref="KP-24-039952",
        ),
        R(
            "yjs",
            "Jordan charged today (knife and PWITS). First appearance Youth Court "
            "23/04. Bail support plan.",
            "",
            "Charge",
        ),
    )
    f.occ(
        "2024-04-22",
        "pru-start",
        R("pru", "First day at KLC. Induction with Ms Keys, timetable 9:30-13:00."),
        R("yjs", "Jordan started at Kestleford Learning Centre (PRU) today.", "", "Education"),
    )
    f.occ(
        "2024-04-23",
        "court",
        R(
            "yjs",
            "Kestleford Youth Court: guilty pleas to both. Referral order 9 months.",
            "",
            "Court",
        ),
        R(
            "pol",
            "Youth Court result - guilty pleas, 9 month referral order.",
            "",
            "Court result",
            shift="month",
            ref="KP-24-039952",
        ),
    )
    f.occ(
        "2024-05-02",
        "ambulance",
        R(
            "amb",
            "Call 22:31: 12yo female, approx 12 x 500mg paracetamol at 21:30 at 8 Tanners "
            "Row. Crew on scene 22:44, obs stable. Conveyed to Kestleford Royal with mother.",
            "22:31",
        ),
    )
    f.occ(
        "2024-05-02",
        "ed-overdose",
        R(
            "ed",
            "12F reported OD 12 x 500mg paracetamol 21:30 after argument. 4h level awaited. "
            "Admitted to paeds ward. CAMHS liaison referral.",
            "23:10",
            "Attendance",
            outcome="Admitted",
        ),
    )
    f.occ(
        "2024-05-03",
        "call-ed-csc",
        R(
            "ed",
            "Safeguarding nurse phoned CSC duty re Keira's overdose; SW Priya Lomax to "
            "visit on ward.",
            "09:30",
            "Safeguarding",
        ),
        R(
            "csc",
            "Call from Kestleford Royal safeguarding nurse: Keira admitted after "
            "paracetamol OD last night.",
            "09:40",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-05-03",
        "camhs-liaison",
        R(
            "camhs",
            "Liaison assessment on Ward 4. Keira low intent, ongoing self-harm. Disclosed "
            "stepfather hit her with a belt last week. Safety plan; SW informed.",
            "11:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-05-03",
        "strategy",
        R(
            "csc",
            "Strategy discussion re Keira (disclosure of physical harm by Dean Pryce). "
            "Joint s47 with police. Keira to stay on ward until plan in place.",
            "15:00",
            "Strategy meeting",
            outcome="Joint S47",
        ),
        R(
            "pol",
            "Strategy discussion re Keira MALLENDER: joint s47 agreed, Dean PRYCE to be arrested.",
            "15:00",
            "Meeting",
            ref="KP-24-055120",
        ),
        R("camhs", "Strat with SW and police - CAMHS liaison attended.", "15:20", "Liaison"),
        R("ed", "Paeds consultant joined strategy meeting by phone.", "", "Safeguarding"),
    )
    f.occ(
        "2024-05-04",
        "joint-visit",
        R(
            "pol",
            "Joint visit with SW to Ward 4: Keira spoken to, repeated account. ABE "
            "interview arranged for 07/05.",
            "11:00",
            "Joint visit",
            ref="KP-24-055120",
        ),
        R(
            "csc",
            "Joint visit with PC Jenner to Keira on the ward. Account consistent.",
            "11:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-05-04",
        "arrest-dean",
        R(
            "pol",
            "Dean PRYCE arrested at 8 Tanners Row 18:30 on suspicion of assault on a child. "
            "Interviewed, bailed: not to reside at or attend Tanners Row, no contact with Keira.",
            "18:30",
            "Arrest",
            ref="KP-24-055120",
        ),
    )
    f.occ(
        "2024-05-06",
        "prob-informed",
        R(
            "prob",
            "Police informed PO this morning that Dean was arrested on Saturday re an "
            "assault on his stepdaughter; bailed away from home. Now staying at brother's, 19 "
            "Colliers Yard.",
            "10:15",
            "Contact",
        ),
    )
    f.occ(
        "2024-05-07",
        "abe",
        R(
            "pol",
            "ABE interview with Keira at Kestleford suite.",
            "10:00",
            "ABE",
            ref="KP-24-055120",
        ),
    )
    f.occ(
        "2024-05-14",
        "panel",
        R(
            "yjs",
            "Initial referral order panel. Contract agreed: reparation 10 hrs, weekly "
            "sessions, knife crime programme.",
            "17:30",
            "Panel",
        ),
    )
    f.occ(
        "2024-05-20",
        "icpc",
        R(
            "csc",
            "ICPC - Keira made subject of CP plan, category physical abuse. Jordan "
            "continues on exploitation plan (CIN).",
            "10:00",
            "ICPC",
            outcome="CP plan - physical",
        ),
        R(
            "pol",
            "Initial CP conference for Keira attended by DC WHITLOW.",
            "10:00",
            "Conference",
            ref="KP-24-055120",
        ),
        R("camhs", "Attended initial child protection conf for Keira.", "10:00", "Liaison"),
        R("sch_k", "ICPC attended by DSL: Keira on CP plan.", "10:05", "Meeting"),
        R(
            "prob",
            "Initial CP conference re stepdaughter: PO attended, shared licence conditions.",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-05-20",
        "core-group",
        R("csc", "First core group after conference.", "11:45", "Core group"),
        R("sch_k", "1st core group meeting.", "11:45", "Meeting"),
        R("camhs", "Core grp (first) - CAMHS to continue weekly sessions.", "", "Liaison"),
    )
    f.occ(
        "2024-06-17",
        "core-group",
        R("csc", "Core group meeting. Keira settled, Dean living away.", "16:00", "Core group"),
        R("sch_k", "CG mtg in school - Keira's attendance 88%.", "16:00", "Meeting"),
        R("camhs", "Core group attended, self-harm reduced.", "16:00", "Liaison"),
    )
    f.occ(
        "2024-07-08",
        "joint-session",
        R(
            "yjs",
            "Joint session at YJS office with CAMHS (Nadia Brook): speech and language "
            "screen, trauma-informed plan agreed.",
            "14:00",
            "Joint session",
        ),
        R(
            "camhs",
            "Joint appt with YJS case manager Callum Reid for Jordan - SLCN and trauma screening.",
            "14:00",
            "Appointment",
        ),
    )
    f.occ(
        "2024-07-10",
        "yjs-visit",
        R(
            "yjs",
            "Home visit to Jordan: reparation hours completed 6/10, says he avoids Ryecroft.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-10",
        "csc-visit",
        R(
            "csc",
            "Home visit, saw Jordan and Keira. Keira shows SW her art project.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-08-21",
        "recall-decision",
        R(
            "prob",
            "Licence revoked - recall issued (breach: contact with Keira contrary to bail "
            "and licence).",
            "16:00",
            "Recall",
        ),
    )
    f.occ(
        "2024-08-22",
        "recall-arrest",
        R(
            "pol",
            "Dean PRYCE arrested on recall at 19 Colliers Yard 07:10 and conveyed to HMP Ashwell.",
            "07:10",
            "Arrest",
        ),
        R(
            "prob",
            "Dean arrested on recall this morning at 19 Colliers Yard, returned to "
            "custody (HMP Ashwell).",
            "11:00",
            "Recall",
        ),
    )
    f.occ(
        "2024-08-23",
        "call-prob-csc",
        R(
            "prob",
            "Phoned SW Priya Lomax to advise of Dean's recall to custody.",
            "09:45",
            "Telephone",
        ),
        R(
            "csc",
            "Tel call from PO Rachel Okoye: Dean recalled to prison yesterday.",
            "09:45",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-09-16",
        "rcpc",
        R(
            "csc",
            "RCPC: Keira's CP plan ended, step down to CIN.",
            "10:00",
            "RCPC",
            outcome="CP plan ended",
        ),
        R("sch_k", "Review conf - CP plan ended, now CIN.", "10:00", "Meeting"),
        R("camhs", "Review child protection conference attended.", "", "Liaison"),
        R("pol", "Review CP conference - plan discontinued.", "10:00", "Conference"),
    )
    f.occ(
        "2024-10-08",
        "cin-review",
        R("csc", "CIN review for Keira and Jordan at KLC.", "13:30", "CIN review"),
        R("sch_k", "CiN review - attended by HoY8.", "13:30", "Meeting", shift="swap"),
        R("pru", "Child in Need meeting held here (KLC) for Jordan and sister.", "13:30"),
        R("yjs", "Attended CIN rvw at KLC.", "", "Meeting"),
    )
    f.occ(
        "2024-11-05",
        "stabbing",
        R(
            "pol",
            "Report of youth with stab wound to thigh, Ryecroft car park. Officers and "
            "ambulance on scene 21:20. Victim Jordan MALLENDER (16), not cooperating. Crime "
            "recorded: wounding.",
            "21:15",
            "Incident",
            ref="KP-24-141003",
        ),
        R(
            "amb",
            "Call 21:12: 16M stab wound L thigh, Ryecroft car park, police on scene. "
            "Haemorrhage control, conveyed to Kestleford Royal priority.",
            "21:12",
        ),
    )
    f.occ(
        "2024-11-05",
        "ed-stabbing",
        R(
            "ed",
            "16M stab wound L thigh, arrived by ambulance 21:55. Wound explored and "
            "sutured. Police present. Safeguarding referral made.",
            "21:55",
            "Attendance",
            outcome="Discharged next day",
        ),
    )
    f.occ(
        "2024-11-06",
        "edt-log",
        R(
            "csc",
            "EDT log received: Jordan stabbed in Ryecroft car park last night, treated at "
            "Kestleford Royal.",
            "08:50",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-07",
        "strategy",
        R(
            "csc",
            "Strategy discussion following Jordan's stabbing. S47; safety plan incl. "
            "relocation options; MACE to be reconvened.",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "pol",
            "Strat disc. re Jordan (victim of wounding 05/11).",
            "10:00",
            "Meeting",
            ref="KP-24-141003",
        ),
        R("yjs", "S47 strat meeting - YJS attended.", "10:00", "Meeting"),
        R("pru", "Strategy meeting attended by Ms Keys re Jordan.", ""),
        R(
            "ed",
            "Hospital safeguarding nurse attended strategy discussion.",
            "10:15",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-12-09",
        "cin-review",
        R(
            "csc",
            "Child in Need review. Jordan's referral order nearly complete; Keira doing well.",
            "14:00",
            "CIN review",
        ),
        R("pru", "CIN review attended.", "14:00"),
        R("sch_k", "CIN meeting attended by HoY.", "", "Meeting"),
        R(
            "camhs",
            "Child in need review - Keira to be discharged from CAMHS in January.",
            "14:00",
            "Liaison",
        ),
    )
    f.occ(
        "2025-01-23",
        "order-complete",
        R("yjs", "Referral order completed; final panel signed off.", "17:30", "Panel"),
    )

    f.fill(
        "csc",
        "2023-10-20",
        "2023-11-17",
        [
            ("Home visit", "Visit to 8 Tanners Row: Sharon worried about Jordan's new friends."),
            ("Supervision", "Supervision with TM Gareth Venn: assessment extended 10 days."),
            ("Assessment", "Child and family assessment completed: CIN plan recommended."),
        ],
    )
    f.fill(
        "csc",
        "2023-11-21",
        "2024-04-30",
        [
            ("Direct work", "Direct work with Keira: worries about mum and Dean arguing."),
            ("Home visit", "CIN visit - Keira seen alone in her room."),
        ],
    )
    f.fill(
        "csc",
        "2024-10-09",
        "2024-12-06",
        [
            ("Supervision", "Supervision: consider step down after December review."),
        ],
    )
    f.fill(
        "yjs",
        "2024-03-12",
        "2025-01-20",
        [
            ("Session", "Weekly session: consequential thinking work, Jordan engaged."),
            ("Reparation", "Reparation at community garden (3 hrs)."),
            ("Session", "Session on knife crime (film and discussion)."),
            ("Did not attend", "Jordan did not attend session; mum says he was ill."),
            ("Session", "Session: Jordan talked about wanting to be a mechanic."),
        ],
    )
    f.fill(
        "camhs",
        "2023-12-07",
        "2024-12-20",
        [
            ("Appointment", "Session with Keira: mood diary reviewed, two cutting episodes."),
            ("Appointment", "Session: Keira practising grounding techniques."),
            ("Telephone", "Phone call with Sharon to discuss Keira's sleep."),
            ("Appointment", "Review with Keira: mood improved, plan discharge in new year."),
        ],
    )
    f.fill(
        "sch_j",
        "2023-09-11",
        "2024-03-22",
        [
            ("Attendance", "Jordan truanted P4-P6, seen leaving site at lunch."),
            ("Behaviour", "Jordan refused to hand over phone in class, removed to reflection."),
            ("Welfare", "Jordan fell asleep in maths, said he was up late gaming."),
            ("Attendance", "Attendance 71% - letter to parent."),
        ],
    )
    f.fill(
        "sch_k",
        "2023-09-11",
        "2024-12-18",
        [
            ("Welfare", "Keira tearful in form time, friendship fallout online."),
            ("Welfare", "Keira asked to see school counsellor."),
            ("Attendance", "Keira absent, mum reports migraine."),
            ("Welfare", "Keira wearing long sleeves in PE, PE teacher concerned."),
            ("Achievement", "Keira received merit award for art."),
        ],
    )
    f.fill(
        "pru",
        "2024-04-24",
        "2025-02-14",
        [
            ("", "Jordan attended full timetable this week."),
            ("", "Jordan left site at 11:00 without permission; mum informed."),
            ("", "Jordan achieved Entry Level 3 in maths."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2023-09-11",
        "2025-02-14",
        [
            ("", "Jordan: sprained wrist (football), advice."),
            ("", "Sharon: anxiety, sertraline started."),
            ("", "Keira: acne, topical treatment."),
        ],
        timed=False,
    )
    f.fill(
        "prob",
        "2023-09-11",
        "2024-08-16",
        [
            ("Supervision", "Supervision appointment attended, licence conditions discussed."),
            (
                "Home visit",
                "Home visit to 8 Tanners Row: Sharon and Keira present, no concerns seen.",
            ),
            ("Supervision", "Supervision: Dean reports arguments with Jordan over curfew."),
            ("Did not attend", "Failed to attend supervision; warning letter issued."),
        ],
    )
    f.fill(
        "pol",
        "2023-09-11",
        "2025-02-14",
        [
            ("Stop search", "Jordan MALLENDER stop-searched at Ryecroft flats, nothing found."),
            ("Intelligence", "Intel: Jordan seen on moped with known 'KT' runner."),
        ],
        weekdays=False,
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Quaile family, Marrowby. A young mother in temporary accommodation, a father on
# licence, a pre-birth plan and an unexplained fracture to the baby. Amber Quaile (b. 2004);
# Reece Dunmore (b. 2000, on licence); Lyla Dunmore-Quaile born 09/02/2024; Tina Quaile
# (maternal grandmother).
# --------------------------------------------------------------------------------------------


def _quaile() -> BlindCase:
    sw = (("2023-09-01", "Owen Stracey"),)
    f = Family(
        "quaile",
        6303,
        {
            "mw": Sheet(
                MW, "Marrowby_Maternity_Quaile.xlsx", "Notes", (("2023-08-01", "Jess Tennant RM"),)
            ),
            "hv": Sheet(
                HV, "Marrowby_HV_Quaile.xlsx", "HV record", (("2023-10-01", "Bethan Cole"),)
            ),
            "gp": Sheet(GP, "Marrowby_Health_Centre_Quaile.csv", "", typed=False),
            "ed": Sheet(ED, "Marrowby_General_ED_Quaile.xlsx", "Attendances"),
            "amb": Sheet(AMBULANCE, "Ambulance_Quaile.xlsx", "Incidents", typed=False),
            "pol": Sheet(POLICE, "Marrowby_Police_Quaile.xlsx", "Chronology"),
            "csc": Sheet(CSC, "CSC_Quaile.xlsx", "Chronology", sw),
            "edt": Sheet(CSC, "CSC_Quaile.xlsx", "EDT", (("2023-01-01", "EDT duty SW"),)),
            "hsg": Sheet(
                HOUSING,
                "Marrowby_Council_Housing.xlsx",
                "Casework",
                (("2023-08-01", "Amrit Sandhu"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Dunmore_R.xlsx",
                "Case record",
                (("2023-08-01", "PO Femi Adeyinka"),),
            ),
        },
    )
    f.occ(
        "2023-08-02",
        "homeless",
        R(
            "hsg",
            "Homeless application: Amber Quaile (19), approx 9 weeks pregnant, asked to "
            "leave by her mother. Main duty accepted; placed in TA Room 6, Seaview Lodge.",
            "15:00",
            "Homelessness",
        ),
    )
    f.occ(
        "2023-08-14",
        "booking",
        R(
            "mw",
            "Booking at 11+3. Living in B&B (Seaview Lodge). FOB Reece Dunmore on probation "
            "licence for ABH on an ex-partner. Amber says he has never hurt her. Safeguarding "
            "referral to follow.",
            "10:30",
            "Booking",
        ),
    )
    f.occ(
        "2023-09-05",
        "referral",
        R(
            "mw",
            "Safeguarding referral sent to CSC for unborn: FOB's DV history, TA, young "
            "first-time mum.",
            "12:00",
            "Safeguarding",
        ),
        R(
            "csc",
            "Contact received from maternity safeguarding team re unborn of Amber "
            "Quaile: father on licence for ABH against an ex-partner; mother in B&B.",
            "12:20",
            "Contact",
        ),
    )
    f.occ(
        "2023-09-07",
        "mash",
        R(
            "csc",
            "MASH screening: pre-birth assessment (s17) to be allocated.",
            "15:10",
            "MASH decision",
        ),
    )
    f.occ(
        "2023-09-12",
        "call-csc-prob",
        R(
            "prob",
            "SW Owen Stracey rang re Reece's index offence and licence. Shared risk "
            "summary: medium risk of harm to known adults (partners).",
            "14:00",
            "Telephone",
        ),
        R(
            "csc",
            "Tel call to PO Femi Adeyinka re Reece: on licence until 03/2025, medium "
            "risk to partners, attends supervision.",
            "14:00",
            "Telephone call",
        ),
    )
    f.occ(
        "2023-09-27",
        "hsg-twice",
        R(
            "hsg",
            "TA charge arrears £96 at Seaview Lodge. Amber advised to claim housing costs on UC.",
            "11:00",
            "Rent",
        ),
        R(
            "hsg",
            "TA charge arrears £96 (Seaview Lodge) - Amber advised to claim UC housing costs",
            "11:00",
            "Rent",
        ),
    )
    f.occ(
        "2023-10-09",
        "mw-visit",
        R(
            "mw",
            "Antenatal home visit at Seaview Lodge, 19/40. Room cramped, shared kitchen. "
            "Seen alone: says she feels safe with Reece.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2023-10-09",
        "csc-visit",
        R(
            "csc",
            "Pre-birth assessment session at Seaview Lodge, Amber and Reece seen. Reece "
            "minimised his offence.",
            "14:30",
            "Home visit",
        ),
    )
    f.occ(
        "2023-11-20",
        "move",
        R(
            "hsg",
            "Introductory tenancy signed: 12B Gannet Street, Marrowby MB3 5HS. TA at "
            "Seaview Lodge ended.",
            "10:00",
            "Tenancy",
        ),
        R(
            "csc",
            "Amber moved yesterday into 12B Gannet Street (council tenancy), Reece not "
            "on the tenancy.",
            "09:40",
            "Case note",
            shift="late",
        ),
    )
    f.occ(
        "2023-12-04",
        "prebirth-icpc",
        R(
            "csc",
            "Pre-birth ICPC: unborn to be subject of a CP plan from birth (physical "
            "abuse). Birth plan to be agreed by 36/40.",
            "10:00",
            "ICPC",
            outcome="CP plan at birth",
        ),
        R(
            "mw",
            "Attended pre-birth conference. CP plan from birth; alert on maternity system.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "hv",
            "Pre-birth child protection conference attended (antenatal contact done last week).",
            "",
            "Case conference",
            shift="-1",
        ),
        R(
            "prob",
            "Attended pre birth initial CP conference re Reece's unborn child.",
            "10:00",
            "Meeting",
        ),
        R("pol", "ICPC (pre-birth) - police checks shared by PPU.", "10:00", "Conference"),
        R(
            "hsg",
            "Housing officer attended pre-birth conference, tenancy update given.",
            "10:15",
            "Meeting",
        ),
    )
    f.occ(
        "2023-12-04",
        "core-group",
        R("csc", "Core group following pre-birth conference.", "12:30", "Core group"),
        R("mw", "First core group (after ICPC).", "12:30", "Safeguarding"),
        R("hv", "Core group 1 attended.", "", "Core group"),
    )
    f.occ(
        "2024-01-08",
        "core-group",
        R(
            "csc",
            "Core group at Gannet Street. Pre-birth assessment shared.",
            "14:00",
            "Core group",
        ),
        R("mw", "Core grp - 34/40, birth plan draft.", "14:00", "Safeguarding", shift="swap"),
        R("hv", "CG - attended at home.", "14:00", "Core group"),
        R("prob", "Core group meeting: PO attended, Reece compliant with licence.", "", "Meeting"),
    )
    f.occ(
        "2024-01-22",
        "birth-plan",
        R(
            "mw",
            "Birth planning meeting with SW and HV. Plan uploaded to notes.",
            "11:00",
            "Safeguarding",
        ),
        R("csc", "Birth plan meeting at Marrowby General.", "11:00", "Meeting"),
        R("hv", "Attended birth planning mtg (maternity).", "11:30", "Multi-agency meeting"),
    )
    f.occ(
        "2024-02-09",
        "birth",
        R(
            "mw",
            "Emergency LSCS 22:47 for fetal distress. Baby girl Lyla, 2.90kg.",
            "22:47",
            "Delivery",
        ),
        R(
            "hv",
            "Birth: Lyla Dunmore-Quaile born 09/02/24 at Marrowby General by EMCS, 2.90kg.",
            "",
            "Birth notification",
        ),
        R(
            "csc",
            "Baby Lyla born late last night (22:47) by emergency section at Marrowby "
            "General. Birth plan in place.",
            "09:00",
            "Case note",
            shift="late",
        ),
    )
    f.occ(
        "2024-02-12",
        "discharge-planning",
        R(
            "mw",
            "Discharge planning meeting on Ward 12 with SW and HV: discharge home with "
            "CP plan, Reece's contact supervised by Amber's mother.",
            "10:30",
            "Safeguarding",
        ),
        R("csc", "Pre-discharge planning meeting on postnatal ward.", "10:30", "Meeting"),
        R("hv", "Discharge planning meeting attended on Ward 12.", "", "Multi-agency meeting"),
    )
    f.occ(
        "2024-02-12",
        "discharge",
        R(
            "mw",
            "Mother and baby discharged home to 12B Gannet Street 16:00.",
            "16:00",
            "Discharge",
        ),
    )
    f.occ(
        "2024-02-20",
        "joint-visit",
        R(
            "hv",
            "New birth visit, joint with SW Owen Stracey. Lyla 3.05kg, feeding well "
            "(bottle). Safe sleep discussed.",
            "10:00",
            "New birth visit",
        ),
        R(
            "csc",
            "Joint visit with HV (new birth visit). Home clean, Moses basket in bedroom.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-02-26",
        "gp-registration",
        R(
            "gp",
            "New registration: Lyla Dunmore-Quaile DOB 09/02/2024, 12B Gannet Street. "
            "CP alert added.",
        ),
        R(
            "hv",
            "Lyla registered at Marrowby Health Centre (confirmed with practice).",
            "",
            "Admin",
        ),
    )
    f.occ(
        "2024-03-04",
        "core-group",
        R("csc", "Core group meeting - Lyla gaining weight, Amber tired.", "14:00", "Core group"),
        R("hv", "Core group attended. Weight 4.1kg.", "14:00", "Core group"),
        R("prob", "CG mtg attended.", "14:00", "Meeting"),
        R("hsg", "Core group - housing attended, no tenancy issues.", "14:30", "Meeting"),
    )
    f.occ(
        "2024-03-18",
        "call-hv-gp",
        R(
            "hv",
            "Phoned GP re Amber's EPDS of 16 at today's contact; asked for review.",
            "15:00",
            "Telephone contact",
        ),
        R("gp", "Call from HV: Amber EPDS 16, low mood. Appt booked for tomorrow.", shift="+1"),
    )
    f.occ(
        "2024-04-05",
        "gp-lyla-check",
        R(
            "gp",
            "Lyla: 8 week check (late). Hips normal, red reflex present, weight on 25th centile.",
        ),
    )
    f.occ(
        "2024-04-05",
        "gp-amber-postnatal",
        R(
            "gp",
            "Amber: postnatal check in same appointment as baby. Mood lower, sertraline started.",
        ),
    )
    f.occ(
        "2024-04-11",
        "gp-report",
        R("gp", "Report sent for review child protection conference 15/04."),
    )
    f.occ(
        "2024-04-15",
        "rcpc",
        R(
            "csc",
            "RCPC. Lyla remains on CP plan (physical abuse). Reece's contact to stay supervised.",
            "10:00",
            "RCPC",
        ),
        R("hv", "Review conf - plan continues.", "10:00", "Case conference"),
        R("pol", "Review CP conference attended by PPU.", "10:00", "Conference"),
        R("prob", "RCPC attended, update on licence compliance given.", "10:30", "Meeting"),
    )
    f.occ(
        "2024-05-13",
        "core-group",
        R(
            "csc",
            "Core group. Some concern about Reece staying over at Gannet Street.",
            "15:00",
            "Core group",
        ),
        R("hv", "Core grp attended at home.", "15:00", "Core group"),
        R("hsg", "Core group - neighbour reports man staying at property.", "", "Meeting"),
    )
    f.occ(
        "2024-06-15",
        "ambulance",
        R(
            "amb",
            "Call 08:02 from mother: 4 month old fell from changing mat onto floor, crying, "
            "swelling L forearm. Crew on scene 08:14, splinted. Conveyed to Marrowby General with "
            "mother.",
            "08:02",
        ),
    )
    f.occ(
        "2024-06-15",
        "ed-fracture",
        R(
            "ed",
            "4/12 infant. Hx: rolled off changing mat on bed approx 07:45. Swelling L "
            "forearm; X-ray: fracture distal L radius. Non-mobile infant, injury not explained by "
            "history. Paeds review, CP alert noted. Admitted; skeletal survey and CT head "
            "requested. EDT referral made.",
            "08:50",
            "Attendance",
            outcome="Admitted",
        ),
    )
    f.occ(
        "2024-06-15",
        "edt-referral",
        R(
            "edt",
            "Referral from Marrowby General paediatrics: Lyla (4 months, on CP plan) L "
            "forearm fracture, history of fall from changing mat not consistent.",
            "10:40",
            "Referral",
        ),
    )
    f.occ(
        "2024-06-15",
        "strategy",
        R(
            "edt",
            "Strategy discussion (EDT) with police CAIT and paeds consultant Dr Adeyemi: "
            "joint S47, Lyla to remain in hospital, no unsupervised contact for parents.",
            "12:30",
            "Strategy discussion",
            outcome="Joint S47",
        ),
        R(
            "pol",
            "Strat disc. with EDT and Dr Adeyemi - joint s47 investigation, Op Larkspur.",
            "12:45",
            "Strategy",
            ref="MP/24/077310",
        ),
        R(
            "ed",
            "Strategy discussion with EDT SW and police by phone (paeds consultant).",
            "",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-06-15",
        "joint-visit",
        R(
            "pol",
            "Joint visit with EDT SW to 12B Gannet Street: changing mat on double bed, "
            "scene photographed. Parents spoken to separately.",
            "17:00",
            "Joint visit",
            ref="MP/24/077310",
        ),
        R(
            "edt",
            "Joint visit with DC Ferris to home address. Parents' accounts differ on who "
            "was changing Lyla.",
            "17:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-06-16",
        "arrest-reece",
        R(
            "pol",
            "Reece DUNMORE arrested at 12B Gannet Street 09:10 on suspicion of GBH "
            "(child). Interviewed, bailed.",
            "09:10",
            "Arrest",
            ref="MP/24/077310",
        ),
        R(
            "prob",
            "Reece Dunmore arrested yesterday (16/06) on suspicion of GBH to his "
            "daughter Lyla; bailed, conditions not to attend Gannet Street.",
            "09:30",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-16",
        "arrest-amber",
        R(
            "pol",
            "Amber QUAILE arrested at 12B Gannet Street 09:15 on suspicion of GBH / "
            "neglect. Interviewed with solicitor, bailed.",
            "09:15",
            "Arrest",
            ref="MP/24/077310",
        ),
    )
    f.occ(
        "2024-06-17",
        "skeletal-survey",
        R(
            "ed",
            "Skeletal survey: no further fractures. CT head normal. Ophthalmology: no "
            "retinal haemorrhages.",
            "16:00",
            "Investigation",
        ),
    )
    f.occ(
        "2024-06-18",
        "discharge-mgm",
        R(
            "csc",
            "Lyla discharged from ward to maternal grandmother Tina Quaile at 4 Heron "
            "Close under a family safety plan; parents' contact supervised.",
            "15:00",
            "Case note",
        ),
        R(
            "ed",
            "Discharged to care of MGM (4 Heron Close) with safeguarding plan.",
            "14:30",
            "Discharge",
        ),
        R(
            "hv",
            "Lyla discharged to MGM's address, 4 Heron Close, today.",
            "",
            "Discharge notification",
        ),
    )
    f.occ(
        "2024-06-24",
        "hv-visit",
        R(
            "hv",
            "Home visit to Lyla at MGM's. Weight 6.6kg, cast on L arm, settled.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-24",
        "csc-visit",
        R(
            "csc",
            "Visit to 4 Heron Close, Lyla seen and well. Tina managing, supervision of "
            "contact going well.",
            "15:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-01",
        "rcpc",
        R(
            "csc",
            "Review CP conference brought forward after fracture. CP plan continues "
            "(physical abuse); Lyla to stay with MGM.",
            "10:00",
            "RCPC",
        ),
        R("hv", "Early review conference attended.", "10:00", "Case conference"),
        R(
            "pol",
            "RCPC - police update: both parents on bail, investigation ongoing.",
            "10:00",
            "Conference",
            ref="MP/24/077310",
        ),
        R("prob", "Review conference attended.", "", "Meeting"),
        R("gp", "GP attended review child protection conference (Teams)."),
    )
    f.occ(
        "2024-07-01",
        "legal-planning",
        R(
            "csc",
            "Legal planning meeting: threshold for PLO met; letter before proceedings to be sent.",
            "15:00",
            "Legal planning",
        ),
    )
    f.occ(
        "2024-07-15",
        "plo",
        R(
            "csc",
            "PLO pre-proceedings meeting with Amber, Reece and their solicitors.",
            "11:00",
            "PLO",
        ),
    )
    f.occ(
        "2024-07-29",
        "core-group",
        R("csc", "Core group meeting at Heron Close.", "14:00", "Core group"),
        R("hv", "CG mtg at MGM's house.", "14:00", "Core group"),
        R("prob", "Core group - PO attended, Reece living at hostel.", "14:00", "Meeting"),
    )
    f.occ(
        "2024-08-10",
        "callout-1",
        R(
            "pol",
            "Call from Tina QUAILE: Reece DUNMORE at the door of 4 Heron Close demanding to "
            "see Lyla, in breach of bail. Attended 14:45, he had gone.",
            "14:30",
            "Incident",
            ref="MP/24/098201",
        ),
    )
    f.occ(
        "2024-08-10",
        "callout-2",
        R(
            "pol",
            "Second call to 4 Heron Close: DUNMORE back outside shouting. Arrested 19:30 for "
            "breach of bail.",
            "19:15",
            "Incident - arrest",
            ref="MP/24/098244",
        ),
    )
    f.occ(
        "2024-08-12",
        "notification",
        R(
            "csc",
            "Police notifications (two calls to Heron Close on 10/08) received; Reece "
            "arrested for breach of bail.",
            "09:20",
            "Contact",
        ),
    )
    f.occ(
        "2024-08-12",
        "call-prob-csc",
        R(
            "prob",
            "Call to SW re Reece's bail breach at Heron Close; recall being considered.",
            "11:30",
            "Telephone",
        ),
        R(
            "csc",
            "Telephone call from PO Adeyinka - Reece breached bail at MGM's house, "
            "recall under consideration.",
            "11:30",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-09-21",
        "bridge",
        R(
            "pol",
            "Concern for welfare: female on Marrowby Bridge parapet 01:25. Officers and "
            "ambulance attended; Amber QUAILE talked down, detained s136 and taken by ambulance "
            "to Marrowby General.",
            "01:25",
            "Concern for welfare",
            ref="MP/24/114870",
        ),
        R(
            "amb",
            "Called 01:28 by police: 20F on bridge, intoxicated, superficial cuts to "
            "wrists. Conveyed to Marrowby General with police escort (s136).",
            "01:28",
        ),
    )
    f.occ(
        "2024-09-21",
        "ed-bridge",
        R(
            "ed",
            "20F brought by ambulance under s136 with police. Intoxicated, superficial "
            "lacerations to wrists. Mental health liaison referral.",
            "02:20",
            "Attendance",
            outcome="Mental health liaison",
        ),
    )
    f.occ(
        "2024-09-23",
        "ed-notice",
        R(
            "hv",
            "ED notification: Amber attended ED 21/09 after incident on Marrowby Bridge.",
            "",
            "Liaison",
        ),
    )
    f.occ(
        "2024-10-14",
        "rcpc",
        R(
            "csc",
            "RCPC: Lyla remains on CP plan, living with MGM; care proceedings being considered.",
            "10:00",
            "RCPC",
        ),
        R("hv", "Review child protection conference attended.", "10:00", "Case conference"),
        R("pol", "RCPC - CPS advice awaited.", "10:00", "Conference"),
        R("prob", "Review CP conf attended.", "10:00", "Meeting"),
        R(
            "hsg",
            "Review conference: Amber to give up Gannet St tenancy, moving to supported housing.",
            "",
            "Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2024-11-12",
        "charge",
        R(
            "pol",
            "Reece DUNMORE charged with GBH (s20) on Lyla after CPS advice. Bailed to "
            "Marrowby Crown Court 10/12.",
            "16:00",
            "Charge",
            ref="MP/24/077310",
        ),
        R("prob", "Reece charged today with s20 GBH re Lyla. Recall review.", "", "Contact"),
    )
    f.occ(
        "2024-11-12",
        "nfa-amber",
        R(
            "pol",
            "Amber QUAILE - NFA, evidential test not met.",
            "16:05",
            "Outcome",
            ref="MP/24/077310",
        ),
        R(
            "pol",
            "Amber QUAILE: NFA (evidential test not met)",
            "16:05",
            "Outcome",
            ref="MP/24/077310",
        ),
    )
    f.occ(
        "2024-12-02",
        "core-group",
        R("csc", "Core group: Lyla thriving with MGM.", "13:00", "Core group"),
        R("hv", "Core group - Lyla 10 month review done.", "13:00", "Core group"),
        R("prob", "CG attended.", "", "Meeting"),
    )

    f.fill(
        "mw",
        "2023-08-21",
        "2024-01-31",
        [
            ("Antenatal", "16/40 appt at clinic, BP normal. Amber attended alone."),
            ("Scan", "Anomaly scan - no concerns."),
            ("Did not attend", "DNA 25/40 appt. Rebooked."),
            ("Antenatal", "28/40: bloods, anti-D. Routine enquiry, no disclosure."),
            ("Antenatal", "36/40 appt at home; baby items ready."),
        ],
    )
    f.fill(
        "hv",
        "2024-02-27",
        "2024-06-10",
        [
            ("Home visit", "Home visit, Lyla 3.6kg. Amber anxious about weight gain."),
            ("Clinic", "Clinic weigh, Lyla 4.5kg."),
            ("Telephone contact", "Amber rang with query about colic."),
        ],
    )
    f.fill(
        "hv",
        "2024-06-26",
        "2024-12-20",
        [
            ("Home visit", "Visit at Heron Close: Lyla rolling, cast off."),
            ("Clinic", "Weigh at clinic with MGM, 7.8kg."),
            ("Home visit", "Visit: Lyla sitting unsupported, babbling."),
        ],
    )
    f.fill(
        "csc",
        "2023-09-15",
        "2023-11-17",
        [
            ("Supervision", "Supervision: pre-birth assessment due end of November."),
            ("Direct work", "Parenting session with Amber - baby cues."),
        ],
    )
    f.fill(
        "csc",
        "2024-02-21",
        "2024-06-10",
        [
            ("Home visit", "Statutory visit to Gannet Street; Lyla seen asleep in cot."),
            ("Home visit", "Unannounced visit - Amber alone with Lyla, home tidy."),
        ],
    )
    f.fill(
        "csc",
        "2024-06-26",
        "2024-12-20",
        [
            ("Home visit", "Statutory visit to Heron Close, Lyla seen."),
            ("Supervision", "Supervision: parenting assessment by independent SW commissioned."),
            ("Contact", "Supervised contact notes reviewed - Amber warm with Lyla."),
        ],
    )
    f.fill(
        "prob",
        "2023-08-16",
        "2024-12-20",
        [
            ("Supervision", "Supervision appointment - Reece attended, employment at car wash."),
            ("Supervision", "Supervision: discussed relationship and impending fatherhood."),
            ("Did not attend", "Failed to attend; explained sickness, accepted."),
            ("Supervision", "Supervision - Reece angry about CSC involvement."),
            ("Supervision", "Supervision at hostel: Reece compliant with curfew."),
        ],
    )
    f.fill(
        "gp",
        "2023-08-16",
        "2024-12-20",
        [
            ("", "Amber: UTI in pregnancy, nitrofurantoin."),
            ("", "Lyla: oral thrush, nystatin."),
            ("", "Amber: review of sertraline, mood improving."),
        ],
        timed=False,
    )
    f.fill(
        "hsg",
        "2023-11-27",
        "2024-12-20",
        [
            ("Visit", "Introductory tenancy visit to 12B Gannet Street - property in good order."),
            ("Repair", "Repair: damp in bedroom reported."),
        ],
    )
    f.fill(
        "ed",
        "2024-07-08",
        "2024-12-20",
        [
            (
                "Attendance",
                "Lyla (8/12) brought by MGM with cough and fever, bronchiolitis, discharged.",
            ),
        ],
        weekdays=False,
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 4: the Weatherall family, Brackenfield. Cumulative neglect of four children, Early
# Help, CIN, CP plans, an eviction and a new tenancy. Kerry-Ann Weatherall (b. 1990); Mason
# Weatherall (b. 2012); Lacey Weatherall (b. 2014); Ruby Sowerby (b. 2019); Archie Sowerby
# (b. 2022); Gary Sowerby (father of Ruby and Archie, lives elsewhere).
# --------------------------------------------------------------------------------------------


def _weatherall() -> BlindCase:
    dsl = (("2022-01-01", "Mrs J Pryor (DSL)"),)
    f = Family(
        "weatherall",
        7404,
        {
            "csc": Sheet(
                CSC,
                "Weatherall_CSC.xlsx",
                "Chronology",
                (("2022-09-01", "Lou Hartigan"), ("2024-03-18", "Ben Caddick")),
            ),
            "eh": Sheet(
                EARLY_HELP,
                "Brackenfield_Family_Hub.xlsx",
                "Weatherall",
                (("2022-01-01", "Kim Rowe (FSW)"),),
            ),
            "hv": Sheet(
                HV, "Brackenfield_0-19_HV.xlsx", "Archie & Ruby", (("2022-01-01", "Sian Lloyd HV"),)
            ),
            "gp": Sheet(GP, "Fernhill_Surgery_Weatherall.csv", "", typed=False),
            "sch_m": Sheet(SCHOOL, "Fernhill_Primary_CPOMS.xlsx", "Mason W", dsl),
            "sch_l": Sheet(SCHOOL, "Fernhill_Primary_CPOMS.xlsx", "Lacey W", dsl),
            "sch_r": Sheet(SCHOOL, "Fernhill_Primary_CPOMS.xlsx", "Ruby S", dsl),
            "high": Sheet(
                SCHOOL,
                "Brackenfield_High_chronology.xlsx",
                "Mason Weatherall",
                (("2023-09-01", "Mr K Obi (Head of Y7)"),),
                typed=False,
            ),
            "nur": Sheet(
                NURSERY,
                "Little_Acorns_Nursery.xlsx",
                "Ruby",
                (("2022-01-01", "Donna (manager)"),),
                typed=False,
            ),
            "hsg": Sheet(
                HOUSING,
                "Brackenfield_DC_Housing.xlsx",
                "Tenancy & homelessness",
                (("2022-01-01", "P Gill"),),
            ),
            "pol": Sheet(POLICE, "Brackenfield_Police_log.xlsx", "Log"),
            "camhs": Sheet(CAMHS, "CAMHS_Mason_W.xlsx", "Mason", (("2023-06-01", "Dr R Kaur"),)),
            "amb": Sheet(AMBULANCE, "Ambulance_Weatherall.csv", "", typed=False),
        },
    )
    f.occ(
        "2022-03-09",
        "eha",
        R(
            "sch_l",
            "Early Help assessment started with mum in school: attendance, headlice, "
            "Lacey hungry most mornings.",
            "09:15",
            "Early Help",
        ),
        R(
            "eh",
            "EHA commenced at Fernhill Primary with Kerry-Ann and DSL Mrs Pryor.",
            "09:15",
            "Assessment",
        ),
    )
    f.occ(
        "2022-04-06",
        "taf",
        R(
            "eh",
            "Team Around the Family meeting (TAF 1) at Fernhill. Actions: attendance "
            "support, food bank referral, HV to review Archie's weight.",
            "13:30",
            "TAF",
        ),
        R("sch_m", "TAF meeting attended (Mason & Lacey).", "13:30", "Meeting"),
        R("sch_l", "TAF mtg - see Mason's record.", "", "Meeting"),
        R(
            "hv",
            "TAF attended at school - Archie's weight on 9th centile, to review fortnightly.",
            "13:30",
            "Multi-agency meeting",
        ),
        R("nur", "Nursery manager attended TAF for Ruby.", "13:45"),
    )
    f.occ(
        "2022-06-08",
        "taf",
        R(
            "eh",
            "TAF review (2). Attendance improved to 89% for Mason. Food bank used twice.",
            "13:30",
            "TAF",
        ),
        R("sch_m", "Team around the family review meeting.", "13:30", "Meeting"),
        R("hv", "TAF 2 - Archie's weight now 25th centile.", "", "Multi-agency meeting"),
        R("nur", "TAF review attended - Ruby's attendance patchy.", "", shift="swap"),
    )
    f.occ(
        "2022-07-23",
        "neighbour-1",
        R(
            "pol",
            "Call from neighbour at 61 Foxglove Avenue re dog barking and verbal abuse from "
            "Kerry-Ann WEATHERALL over the boundary fence. Attended, words of advice to both.",
            "13:40",
            "Neighbour dispute",
            ref="BP-22-061123",
        ),
    )
    f.occ(
        "2022-07-23",
        "neighbour-2",
        R(
            "pol",
            "Further call: Kerry-Ann WEATHERALL reports neighbour at 61 threw eggs at her "
            "front window; four children in the house. Both parties spoken to.",
            "20:55",
            "Neighbour dispute",
            ref="BP-22-061190",
        ),
    )
    f.occ(
        "2022-10-12",
        "taf",
        R(
            "eh",
            "TAF 3. Rent arrears £900 raised by housing. Kerry-Ann struggling with "
            "mornings. Consider step-up if no progress.",
            "13:30",
            "TAF",
        ),
        R("sch_m", "TAF 3 attended by DSL.", "13:30", "Meeting"),
        R("sch_l", "Team Around Family meeting - DSL.", "13:30", "Meeting"),
        R(
            "hsg",
            "Attended TAF at Fernhill: arrears £900, payment plan offered.",
            "13:30",
            "Meeting",
        ),
        R("nur", "TAF meeting (Ruby).", ""),
    )
    f.occ(
        "2022-11-07",
        "absence-call",
        R(
            "sch_m",
            "Mason and Lacey both absent. Rang mum 9:30 - no answer, message left.",
            "09:30",
            "Attendance",
        ),
        R(
            "sch_l",
            "Rang mum re both children absent - no answer, voicemail left.",
            "09:30",
            "Attendance",
        ),
    )
    f.occ(
        "2022-11-09",
        "welfare-request",
        R(
            "sch_m",
            "3rd day absent for Mason and Lacey, no contact. DSL rang police on 101 "
            "requesting a welfare check.",
            "10:15",
            "Attendance",
        ),
        R(
            "pol",
            "Call from Fernhill Primary: 2 children not in school for 3 days, no "
            "contact with mother. Welfare check requested.",
            "10:20",
            "Concern for welfare",
            ref="BP-22-098870",
        ),
        R("sch_l", "Police welfare check requested by DSL (see Mason).", "10:15", "Attendance"),
    )
    f.occ(
        "2022-11-09",
        "welfare-check",
        R(
            "pol",
            "Welfare check at 63 Foxglove Avenue: all 4 children seen. House very "
            "cluttered, dog faeces on floor, little food. Mum unwell (flu). PPN submitted - "
            "neglect.",
            "13:30",
            "Concern for welfare",
            ref="BP-22-098870",
        ),
    )
    f.occ(
        "2022-11-10",
        "ppn",
        R(
            "csc",
            "PPN received re welfare check 09/11: poor home conditions, 4 children. For "
            "MASH screening.",
            "09:30",
            "Contact",
        ),
    )
    f.occ(
        "2022-11-11",
        "mash",
        R(
            "csc",
            "MASH outcome: step up from Early Help to CSC - child and family assessment (s17).",
            "14:00",
            "MASH decision",
            outcome="Step up",
        ),
    )
    f.occ(
        "2022-11-14",
        "eh-close",
        R("eh", "Case stepped up to CSC; Early Help closed.", "10:00", "Closure"),
    )
    f.occ(
        "2023-01-09",
        "cin-initial",
        R(
            "csc",
            "Initial CIN meeting. Plan: home conditions, attendance, Archie's weight, "
            "rent arrears.",
            "10:00",
            "CIN meeting",
        ),
        R("sch_m", "CIN mtg attended.", "10:00", "Meeting"),
        R("sch_l", "Child in Need planning meeting.", "", "Meeting"),
        R("hv", "Initial child in need meeting.", "10:00", "Multi-agency meeting"),
        R("nur", "CIN meeting for Ruby and siblings attended.", "10:15"),
        R("hsg", "Child in Need meeting: arrears now £1,450.", "10:00", "Meeting"),
    )
    f.occ(
        "2023-01-18",
        "gp-archie",
        R("gp", "Archie: 1 year imms (MMR, Hib/MenC, PCV, MenB) given, mum brought Ruby too."),
    )
    f.occ(
        "2023-01-18",
        "gp-ruby",
        R("gp", "Ruby: pre-school booster (4-in-1 and MMR2) given, same appointment as brother."),
    )
    f.occ(
        "2023-01-18", "gp-lacey", R("gp", "Lacey: eczema flare, emollients and hydrocortisone 1%.")
    )
    f.occ(
        "2023-02-25",
        "ambulance",
        R(
            "amb",
            "Call 11:20: 1yo male may have swallowed 2-3 of mother's co-codamol, found "
            "with open blister pack at 63 Foxglove Ave. Obs normal. Conveyed to Brackenfield "
            "Royal.",
            "11:20",
        ),
    )
    f.occ(
        "2023-02-27",
        "hosp-notice-csc",
        R(
            "csc",
            "Hospital safeguarding notification: Archie attended ED 25/02, possible "
            "co-codamol ingestion, discharged after 6h obs.",
            "10:00",
            "Contact",
        ),
    )
    f.occ(
        "2023-03-01",
        "hosp-notice-hv",
        R(
            "hv",
            "ED liaison notice: Archie, possible co-codamol ingestion 25/02. Home visit "
            "to discuss medicine storage.",
            "",
            "Liaison",
        ),
    )
    f.occ(
        "2023-03-02",
        "strategy",
        R(
            "csc",
            "Strategy discussion: cumulative neglect plus ingestion. Threshold for s47 "
            "met (neglect), single agency.",
            "11:00",
            "Strategy discussion",
            outcome="S47",
        ),
        R(
            "pol",
            "Strategy (neglect) attended by DS Nolan. Single agency s47.",
            "11:00",
            "Strategy meeting",
        ),
        R("hv", "Strat mtg - HV attended by phone.", "", "Multi-agency meeting"),
        R("sch_m", "DSL attended strategy meeting re all 4 children.", "11:00", "Meeting"),
        R("nur", "Strat discussion - nursery manager joined.", "11:10"),
    )
    f.occ(
        "2023-03-23",
        "icpc",
        R(
            "csc",
            "ICPC: Mason, Lacey, Ruby and Archie made subject to CP plans under neglect.",
            "10:00",
            "ICPC",
            outcome="CP plans - neglect",
        ),
        R(
            "hv",
            "Initial CP conference attended - all 4 children on plans (neglect).",
            "10:00",
            "Case conference",
        ),
        R("sch_m", "ICPC - CP plan, neglect.", "10:00", "Meeting"),
        R(
            "sch_l",
            "Initial child protection conference attended. Category neglect.",
            "",
            "Meeting",
            shift="+1",
        ),
        R("nur", "Initial child protection conference, Ruby on CP plan.", "10:00"),
        R("hsg", "Attended ICPC - arrears update, NOSP pending.", "10:00", "Meeting"),
        R(
            "pol",
            "ICPC attended, police information shared (2 neighbour disputes, welfare check).",
            "10:00",
            "Conference",
        ),
    )
    f.occ(
        "2023-03-23",
        "core-group",
        R("csc", "First core group after ICPC.", "12:15", "Core group"),
        R("hv", "Core group (1) - HV actions: weekly weights Archie.", "12:15", "Core group"),
        R("sch_l", "1st CG after conference.", "12:15", "Meeting"),
        R("nur", "Core group meeting.", "12:30"),
    )
    f.occ(
        "2023-04-12",
        "call-hv-gp",
        R(
            "hv",
            "Tel call to GP re Archie's weight dropping to 9th centile again; GP to "
            "review and consider paeds referral.",
            "11:00",
            "Telephone contact",
        ),
        R(
            "gp",
            "Phone call from HV - Archie's weight faltering, please review. Appt offered 14/04.",
            shift="-1",
        ),
    )
    f.occ(
        "2023-04-20",
        "core-group",
        R(
            "csc",
            "Core group. Home conditions improved in living room, kitchen still poor.",
            "15:30",
            "Core group",
        ),
        R("hv", "CG - Archie 8.6kg.", "15:30", "Core group"),
        R("sch_m", "Core group meeting - Mason's attendance 85%.", "15:30", "Meeting"),
        R("nur", "Core grp attended.", ""),
    )
    f.occ(
        "2023-05-04",
        "nosp",
        R(
            "hsg",
            "Notice of seeking possession served by hand at 63 Foxglove Avenue: arrears £2,140.",
            "11:00",
            "NOSP",
        ),
    )
    f.occ(
        "2023-05-11",
        "core-group",
        R(
            "csc",
            "Core group: NOSP served, SW to support with benefits check.",
            "15:30",
            "Core group",
        ),
        R("hv", "Core group attended - weights stable.", "15:30", "Core group", shift="swap"),
        R("sch_l", "CG at school.", "15:30", "Meeting"),
        R("hsg", "Core group - NOSP explained to mum, court action possible.", "15:40", "Meeting"),
    )
    f.occ(
        "2023-06-07",
        "gp-camhs-referral",
        R("gp", "Mason (10): anger outbursts, not sleeping, hitting walls. Referred to CAMHS."),
    )
    f.occ(
        "2023-06-15",
        "rcpc",
        R(
            "csc",
            "Review CP conference: plans continue (neglect). Progress on attendance "
            "but home conditions variable.",
            "10:00",
            "RCPC",
        ),
        R("hv", "RCPC - continue on plan.", "10:00", "Case conference"),
        R("sch_m", "Review conference attended by DSL.", "10:00", "Meeting"),
        R("sch_l", "Review child protection conference.", "10:00", "Meeting"),
        R("nur", "RCPC, Ruby stays on plan.", "10:00"),
    )
    f.occ(
        "2023-07-13",
        "core-group",
        R(
            "csc",
            "Core group - transition to high school for Mason discussed.",
            "15:30",
            "Core group",
        ),
        R("hv", "CG.", "15:30", "Core group"),
        R(
            "sch_m",
            "Core group: transition plan for Mason to Brackenfield High.",
            "15:30",
            "Meeting",
        ),
        R("hsg", "Core group: possession hearing listed 10/08.", "", "Meeting"),
    )
    f.occ(
        "2023-08-10",
        "possession",
        R(
            "hsg",
            "County court possession order granted (outright) - 63 Foxglove Avenue.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2023-08-16",
        "hv-attempt-1",
        R("hv", "Unannounced visit - no answer, card left.", "10:00", "Home visit"),
    )
    f.occ(
        "2023-08-16",
        "hv-attempt-2",
        R(
            "hv",
            "Revisited 63 Foxglove Ave - no answer again, curtains closed.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2023-08-24",
        "camhs-assessment",
        R(
            "camhs",
            "Initial assessment with Mason and mum: emotional dysregulation, trauma "
            "history; ADHD screen to follow.",
            "14:00",
            "Assessment",
        ),
    )
    f.occ(
        "2023-09-05",
        "school-start",
        R("high", "Mason started Year 7 today. Settled into tutor group 7K."),
        R("csc", "Mason started at Brackenfield High School today (Year 7).", "16:00", "Case note"),
    )
    f.occ(
        "2023-09-07",
        "school-start-ruby",
        R(
            "sch_r",
            "Ruby started in Reception (Hedgehogs class). Separated from mum well.",
            "09:00",
            "Transition",
        ),
    )
    f.occ(
        "2023-09-14",
        "core-group",
        R("csc", "Core group at Fernhill. Eviction date awaited.", "15:30", "Core group"),
        R("sch_l", "Core group meeting.", "15:30", "Meeting"),
        R("sch_r", "Core group attended by DSL (Ruby now in Reception).", "15:30", "Meeting"),
        R("high", "Head of Y7 joined core group by Teams.", "15:45"),
        R("hv", "Core grp mtg.", "", "Core group"),
    )
    f.occ(
        "2023-10-04",
        "call-camhs-high",
        R(
            "camhs",
            "Phoned Mr Obi (Head of Y7) for school view: Mason in isolation 3 times, "
            "struggles with transitions between lessons.",
            "13:10",
            "Liaison",
        ),
        R(
            "high",
            "Call from CAMHS (Dr Kaur) asking about Mason's behaviour - shared isolation log.",
            "13:10",
        ),
    )
    f.occ(
        "2023-10-24",
        "eviction",
        R(
            "hsg",
            "Eviction executed by county court bailiffs at 63 Foxglove Avenue 10:00.",
            "10:00",
            "Eviction",
        ),
        R(
            "csc",
            "Family evicted from 63 Foxglove Avenue this morning (rent arrears).",
            "13:00",
            "Case note",
        ),
    )
    f.occ(
        "2023-10-24",
        "homeless",
        R(
            "hsg",
            "Homeless presentation by Kerry-Ann with 4 children; placed in TA Flat 2, "
            "Kingsmead House.",
            "14:30",
            "Homelessness",
        ),
    )
    f.occ(
        "2023-10-24",
        "ta-visit",
        R(
            "csc",
            "SW visited the family at Kingsmead House TA: two rooms, one double bed and a "
            "cot; food parcel arranged.",
            "17:00",
            "Home visit",
        ),
    )
    f.occ(
        "2023-10-24",
        "lacey-upset",
        R(
            "sch_l",
            "Lacey tearful, told teacher 'we're getting kicked out today'.",
            "09:05",
            "Welfare",
        ),
    )
    f.occ(
        "2023-12-07",
        "rcpc",
        R("csc", "RCPC: plans continue; family in TA. Attendance dropped.", "10:00", "RCPC"),
        R("hv", "Review CP conf attended.", "10:00", "Case conference"),
        R("sch_l", "RCPC - DSL attended.", "10:00", "Meeting"),
        R("sch_r", "Review conference, see Lacey's record.", "10:00", "Meeting"),
        R("high", "Review child protection conference attended by Mr Obi.", "10:00"),
        R("hsg", "RCPC attended - priority banding awarded.", "", "Meeting", shift="month"),
    )
    f.occ(
        "2024-01-18",
        "core-group",
        R("csc", "Core group at Kingsmead House.", "16:00", "Core group"),
        R("hv", "CG at TA.", "16:00", "Core group"),
        R("sch_l", "Core group meeting (Lacey & Ruby).", "16:00", "Meeting"),
        R("sch_r", "Core group - see Lacey.", "16:00", "Meeting"),
    )
    f.occ(
        "2024-02-06",
        "hv-visit",
        R(
            "hv",
            "2-2.5 year review for Archie at TA. ASQ: fine motor borderline. Mum engaged.",
            "09:30",
            "Developmental review",
        ),
    )
    f.occ(
        "2024-02-06",
        "csc-visit",
        R(
            "csc",
            "Statutory visit to Kingsmead House - all children seen after school.",
            "16:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-02-14",
        "csc-twice",
        R(
            "csc",
            "Management oversight: tenancy offer expected; plan to review at next "
            "conference whether step-down is appropriate.",
            "12:00",
            "Management oversight",
        ),
        R(
            "csc",
            "Management oversight - tenancy offer expected, review step-down at next conference.",
            "12:00",
            "Management oversight",
        ),
    )
    f.occ(
        "2024-03-11",
        "tenancy",
        R(
            "hsg",
            "Secure tenancy signed: 5 Saddler's Walk, Brackenfield BF4 9RT. TA at "
            "Kingsmead House ended.",
            "11:00",
            "Tenancy",
        ),
        R("csc", "Family moved into 5 Saddler's Walk today.", "17:30", "Case note"),
        R(
            "hv",
            "Family moved to 5 Saddler's Walk yesterday - address updated.",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-25",
        "gp-address",
        R("gp", "Address updated on records to 5 Saddler's Walk for all family (letter from mum)."),
    )
    f.occ(
        "2024-03-28",
        "call-csc-hsg",
        R(
            "csc",
            "Call to Brackenfield DC Housing (P Gill) re beds for new tenancy - "
            "furniture scheme referral made.",
            "10:30",
            "Telephone call",
        ),
        R(
            "hsg",
            "SW rang about furniture; referral to furniture scheme done.",
            "10:35",
            "Phone call",
        ),
    )
    f.occ(
        "2024-05-30",
        "rcpc",
        R(
            "csc",
            "RCPC: CP plans ended, step down to Child in Need.",
            "10:00",
            "RCPC",
            outcome="Step down to CIN",
        ),
        R("hv", "Review conf: children off CP plans, CIN.", "10:00", "Case conference"),
        R("sch_l", "Review child protection conference - plan ended.", "10:00", "Meeting"),
        R("sch_r", "RCPC, CP plan ended.", "", "Meeting"),
        R("high", "RCPC - Mason now CIN.", "10:00"),
        R("camhs", "Review CP conference attended (Mason).", "10:20", "Liaison"),
    )
    f.occ(
        "2024-07-11",
        "cin-review",
        R("csc", "CIN review at Saddler's Walk.", "10:00", "CIN review"),
        R("hv", "Child in need review.", "10:00", "Multi-agency meeting"),
        R("sch_l", "CIN mtg.", "10:00", "Meeting"),
        R("high", "CiN review attended."),
    )
    f.occ(
        "2024-08-03",
        "rtc",
        R(
            "pol",
            "RTC: child cyclist struck by car on Saddler's Walk 18:40, minor injuries, "
            "ambulance attended. Driver breath-tested negative.",
            "18:40",
            "RTC",
            ref="BP-24-072315",
        ),
        R(
            "amb",
            "Call 18:42 RTC, child cyclist 11M, abrasions L leg, query wrist. Police on "
            "scene. Treated at scene, not conveyed, advice to mother.",
            "18:42",
        ),
    )
    f.occ(
        "2024-08-05",
        "rtc-notice",
        R(
            "csc",
            "Police notification re Mason's RTC on 03/08 - minor injuries, no concerns "
            "about supervision raised.",
            "09:15",
            "Contact",
        ),
    )
    f.occ(
        "2024-09-18",
        "camhs-school",
        R(
            "camhs",
            "Joint meeting at Brackenfield High with SENCO re Mason's ADHD diagnosis "
            "and support plan.",
            "14:00",
            "Meeting",
        ),
        R("high", "Meeting with CAMHS (Dr Kaur) and SENCO - ADHD support plan agreed.", "14:00"),
    )
    f.occ(
        "2024-10-03",
        "cin-review",
        R("csc", "CIN review. Good progress, house well kept.", "15:30", "CIN review"),
        R("sch_l", "Child In Need review - DSL.", "15:30", "Meeting"),
        R("sch_r", "CIN review attended.", "15:30", "Meeting"),
        R("camhs", "CIN rvw attended, Mason started medication.", "", "Liaison"),
    )
    f.occ(
        "2025-01-16",
        "cin-review",
        R(
            "csc",
            "Final CIN review: close to CSC, Early Help offer via Family Hub.",
            "10:00",
            "CIN review",
            outcome="Close",
        ),
        R("hv", "Last CIN review - closing.", "10:00", "Multi-agency meeting"),
        R("sch_l", "CIN review (closing).", "10:00", "Meeting"),
        R("high", "CIN closure meeting attended."),
    )

    f.fill(
        "eh",
        "2022-03-14",
        "2022-11-04",
        [
            ("Home visit", "Home visit: helped Kerry-Ann set up morning routine chart."),
            ("Home visit", "Visit: food bank voucher given, kitchen cleared together."),
            ("Telephone", "Phone check-in with mum, Ruby poorly with chickenpox."),
            ("Home visit", "Visit: bedroom for Mason and Lacey - bunk beds ordered."),
        ],
    )
    f.fill(
        "hv",
        "2022-03-14",
        "2022-09-30",
        [
            ("Home visit", "Weight check Archie at home 5.9kg. Ruby's speech clear."),
            ("Clinic", "Archie weighed in clinic 6.8kg."),
            ("Home visit", "Home visit - kitchen cluttered, dirty bottles. Advice given."),
        ],
    )
    f.fill(
        "hv",
        "2023-06-01",
        "2023-10-20",
        [
            ("Home visit", "Visit: Archie walking with furniture, 9.0kg."),
        ],
    )
    f.fill(
        "hv",
        "2024-03-14",
        "2025-01-10",
        [
            ("Home visit", "Visit to Saddler's Walk: home clean, safety gate on stairs."),
            ("Clinic", "Archie 11.8kg at clinic."),
        ],
    )
    f.fill(
        "csc",
        "2022-11-15",
        "2023-01-06",
        [
            ("Assessment", "Child and family assessment completed: CIN plan recommended."),
        ],
    )
    f.fill(
        "csc",
        "2023-01-10",
        "2023-02-24",
        [
            ("Home visit", "CIN visit: home conditions poor in kitchen, children seen."),
        ],
    )
    f.fill(
        "csc",
        "2023-03-24",
        "2024-05-29",
        [
            ("Home visit", "CP visit - children seen; Lacey seen alone, says 'mum shouts a lot'."),
            ("Supervision", "Supervision: consider PLO if no progress by review."),
            ("Direct work", "Direct work with Mason - feelings thermometer."),
        ],
    )
    f.fill(
        "csc",
        "2024-05-31",
        "2025-01-10",
        [
            ("Home visit", "CIN visit: Ruby reading to SW, Archie chatting."),
        ],
    )
    f.fill(
        "sch_m",
        "2022-03-14",
        "2023-07-19",
        [
            ("Welfare", "Mason in same uniform all week, smelling of urine."),
            ("Behaviour", "Mason kicked a door after losing at football; calmed by LSA."),
            ("Attendance", "Mason late 9:40, mum overslept."),
            ("Welfare", "Mason asked for extra lunch, said there is no food at home."),
        ],
    )
    f.fill(
        "sch_l",
        "2022-03-14",
        "2025-01-10",
        [
            ("Welfare", "Headlice noted again - letter home with treatment advice."),
            ("Welfare", "Lacey has no coat, spare coat given from lost property."),
            ("Attendance", "Lacey absent - no reason given; first day call not answered."),
            ("Achievement", "Lacey got a certificate for 100% attendance this half-term."),
            ("Welfare", "Lacey said she looks after Archie when mum is asleep."),
        ],
    )
    f.fill(
        "sch_r",
        "2023-09-11",
        "2025-01-10",
        [
            ("Welfare", "Ruby wet herself, no spare clothes in bag; school spares used."),
            ("Welfare", "Ruby tired, fell asleep in the book corner."),
        ],
    )
    f.fill(
        "nur",
        "2022-03-14",
        "2023-07-19",
        [
            ("", "Ruby collected late (18:20), mum apologetic."),
            ("", "Ruby arrived with nappy not changed overnight; sore skin."),
            ("", "Ruby absent all week, no contact."),
        ],
        timed=False,
    )
    f.fill(
        "high",
        "2023-09-11",
        "2025-01-10",
        [
            ("", "Mason in isolation for refusing to remove coat."),
            ("", "Mason praised for effort in science."),
            ("", "Mason absent, mum reports hospital appt for Archie."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2022-03-14",
        "2025-01-10",
        [
            ("", "Kerry-Ann: low mood, citalopram started."),
            ("", "Archie: was not brought to weight review."),
            ("", "Ruby: constipation, Movicol paediatric."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-09-20",
        "2025-01-10",
        [
            ("", "Mason: ADHD shared care request from CAMHS received and accepted."),
        ],
        timed=False,
    )
    f.fill(
        "hsg",
        "2022-03-14",
        "2023-04-28",
        [
            ("Rent", "Rent arrears letter 1 sent, arrears £620."),
            ("Visit", "Tenancy visit: garden overgrown, dog mess, warning letter."),
        ],
    )
    f.fill(
        "camhs",
        "2023-08-28",
        "2025-01-10",
        [
            ("Appointment", "Session with Mason: anger iceberg work."),
            ("Did not attend", "Mason was not brought to appt; mum texted, had no bus fare."),
            ("Appointment", "ADHD assessment (QbTest) completed."),
            ("Appointment", "Medication review, dose increased."),
        ],
    )
    f.fill(
        "pol",
        "2022-03-14",
        "2025-01-10",
        [
            ("Information", "PNC check request from CSC for Gary SOWERBY completed."),
        ],
    )
    return f.case()


def blind_dedup_cases() -> list[BlindCase]:
    """(case name, events, {file|sheet|row: occurrence id}, occurrence ids with date noise)."""
    return [_farrow(), _mallender(), _quaile(), _weatherall()]


if __name__ == "__main__":
    summary(blind_dedup_cases)
