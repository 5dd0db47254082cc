"""A sixth set of blind labelled cases for judging duplicate detection.

Five wholly fictional families, each of 110-127 chronology rows from eleven services (eleven
sheets) over fourteen to twenty-two months, unlike each other and unlike the earlier blind sets'
families: a three-year-old girl who dies of starvation in a family that withdrew from services
(missed health appointments, an older brother taken out of school for elective home education,
visits refused, an eviction); a nine-year-old girl who discloses sexual abuse by her stepfather
at school (strategy discussion, achieving-best-evidence interviews, a paediatric forensic
medical, charge, remand, trial and sentence); a baby with a skull fracture whose parents both
have learning disabilities, after a pre-birth assessment (adult learning disability team,
advocacy, police interviews with an appropriate adult, foster care under section 20,
pre-proceedings, care proceedings, special guardianship); a fifteen-year-old girl caring for her
mother who is dependent on alcohol (repeat ambulance call-outs and emergency department
attendances for intoxication and a withdrawal seizure, school refusal, young carers, an
inpatient detox, an overdose); a ten-year-old boy with Duchenne muscular dystrophy whose
prescribed night-time ventilation is largely not used, where professionals disagree about
medical neglect (a hospice nurse's dissent, a consultant's escalation through the designated
nurse, intensive care, a ceiling-of-care meeting). Written blind: composed from the domain
brief, the `Event` schema and the fifth blind set's docstring and helper code (read for its
format, helpers and labelling rules; none of its families, services' wordings or places reused),
without reading the duplicate rules, their settings, the linkage model, any result or any other
labelled set, and without running the merge on these cases (issue 12, "Generalisation
practice"). Kept apart from tuning: measure on them blind first.

The services write very differently, as real returns do: terse police capital codes; long social
care narrative; "Contact type: ... Outcome: ..." templates; "S: O: A: P:" nursing notes;
ward-round notes; first-person notes by a nursery manager, a designated safeguarding lead, an
advocate, a young carers' worker and a hospice nurse; a GP record that pastes a clinic letter
word for word under its own preface; free-text dates inside the text ("on Thursday", "Tues
night"); a school that writes one row per child for one event; emergency departments that split
one attendance into triage, doctor review and discharge rows.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email or referral was logged by the receiving service on the next day.

How the rows were labelled (the fifth blind set's rules, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, professionals' meeting, discharge
  planning meeting, court hearing), in whatever words, with whatever time or none, is one
  occurrence. A minute pasted into another service's return under its own preface is a record
  of the same meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and
  received) are one occurrence, even when the receiving service logs it the next day. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the MASH screening
  decision and the contact it screens, and a hospital's notice of an attendance to the health
  visitor, GP or school. An incident attended by police and ambulance together is one
  occurrence; the emergency department attendance that follows is another.
- Life events (a birth, a death, a house move, a placement start or end, a school start or
  removal from roll, a GP registration, an admission or discharge, an arrest, a charge, a remand,
  a court result or order) recorded by two services on the same day, or by one of them the next
  day, are one occurrence when they name the same specifics. Two people's arrests on one day are
  two occurrences; so are an arrest and a charge on different days.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- Decision for this set: an emergency department that writes one attendance as several rows
  (triage, doctor or consultant review, discharge or outcome) records ONE occurrence: they are
  parts of one attendance, on one day, at one place, for one presenting problem. A discharge
  letter sent to the GP and received there is a separate occurrence (a letter). An inpatient
  admission and the discharge days later are two occurrences; attendances on consecutive days,
  or two attendances on one day (discharged, then brought back), are separate. A discharge row
  written after midnight carries the next day's date but belongs to the same attendance (its
  occurrence is listed in `noise`). An emergency department attendance and the ward or
  intensive care admission that follows are two occurrences, as a birth and a neonatal
  admission are; a discharge from a ward straight into a foster placement is one.
- Decision for this set: a school that writes one row per child for one event (one home visit
  about two children, one phone call from a parent about both) records ONE occurrence; two
  children's separate appointments in one session (each child's own medical, own interview,
  own review) are separate occurrences.
- Look-alikes kept apart: two different meetings on one day (a strategy discussion and a legal
  gateway meeting; a professionals' meeting and an elective home education panel), repeat
  police or ambulance call-outs to one address on one day, emergency department attendances on
  consecutive days, separate visits by two agencies on one day, a police incident and social
  care's receipt of the notification, a report sent before a conference and the conference, a
  letter before proceedings and the pre-proceedings meeting, an arrest and the later charge, two
  children's separate appointments in one session.

Everything is invented: people, workers, schools, nurseries, surgeries, hospitals, wards, towns,
police forces, addresses, postcodes and reference numbers. Deterministic: one fixed seed per
case (it only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_6.py      # prints a summary of each case
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
AMBULANCE = "Ambulance Service"
EHE = "Elective Home Education Team"
PAEDS = "Community Paediatrics"
SARC = "Paediatric Sexual Assault Referral Centre"
CAMHS = "CAMHS"
SCHOOL_NURSE = "School Nursing"
PROBATION = "Probation Service"
WITNESS = "Witness Care Unit"
THERAPY = "Children's Sexual Abuse Therapy Service"
ALD = "Adult Learning Disability Team"
ADVOCACY = "Advocacy Service"
WARD = "Paediatric Ward"
CAFCASS = "Cafcass"
FOSTERING = "Fostering Service"
ALCOHOL = "Adult Alcohol Service"
YOUNG_CARERS = "Young Carers Service"
EWO = "Education Welfare Service"
LIAISON = "Liaison Psychiatry"
EARLY_HELP = "Early Help"
NMS = "Neuromuscular Service"
CCN = "Community Children's Nursing"
HOSPICE = "Children's Hospice"
PICU = "Paediatric Intensive Care"
PHYSIO = "Community Physiotherapy"
ICB_SG = "ICB Safeguarding Team"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, SCHOOL_NURSE, EWO)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Pellow family, Marrowby. Tilly Pellow (b. 11/02/2022) lives with her mother Gemma
# Pellow (b. 1993), her mother's partner Craig Voss (b. 1988) and her half-brother Jasper
# Pellow (b. 22/05/2014) at 9 Quillet Row, Marrowby MR4 6TD; registered at Hazelgate Surgery;
# Tilly at Little Quillets Nursery, Jasper at Marrowby Fen Primary until his mother removes him
# for elective home education. Missed health appointments, a nursery place given up, visits
# refused, faltering growth, an eviction to temporary accommodation (Flat 3, Corbel House,
# Marrowby MR2 9PL), and Tilly's death from starvation in September 2025.
# --------------------------------------------------------------------------------------------


def _pellow() -> BlindCase:
    f = Family(
        "pellow",
        601,
        {
            "hv": Sheet(
                HV,
                "HV_return_Pellow_T.xlsx",
                "Tilly",
                (("2024-01-01", "Janine Orrock HV"), ("2025-03-01", "Bethan Quaile HV")),
            ),
            "gp": Sheet(
                GP, "Hazelgate_Surgery_chronology.docx", "Table 1", (("2024-01-01", "Dr S Varma"),)
            ),
            "nur": Sheet(
                NURSERY,
                "LittleQuillets_nursery_log.xlsx",
                "Sheet1",
                (("2024-01-01", "Debs Farraday (manager)"),),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "MarrowbyFen_DSL_chronology.xlsx",
                "Jasper",
                (("2024-01-01", "Mr K Athelney DSL"),),
            ),
            "ehe": Sheet(
                EHE, "EHE_Pellow_J.xlsx", "Log", (("2024-01-01", "Corinne Stabb EHE officer"),)
            ),
            "csc": Sheet(
                CSC,
                "CSC_Pellow_family_chronology.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH duty team"),
                    ("2025-02-07", "Hollis Quant SW"),
                    ("2025-08-13", "Ayesha Brockley SW"),
                ),
            ),
            "pol": Sheet(POLICE, "Police_Pellow.csv", "", (("2024-01-01", ""),)),
            "amb": Sheet(AMBULANCE, "Ambulance_Pellow.xlsx", "Incidents", typed=False),
            "ed": Sheet(ED, "MarrowbyRoyal_ED_Pellow.xlsx", "ED", (("2024-01-01", "ED"),)),
            "hsg": Sheet(
                HOUSING, "Housing_Pellow.xlsx", "Case notes", (("2024-01-01", "T Rendle"),)
            ),
            "paed": Sheet(
                PAEDS,
                "CommunityPaeds_Pellow_T.docx",
                "Table 1",
                (("2024-01-01", "Dr N Fairholme"),),
            ),
        },
    )
    f.occ(
        "2024-06-04",
        "hv-2yr-dna",
        R(
            "hv",
            "Contact type: 2-2.5yr review (clinic). Outcome: WNB. Re-offered 18/06.",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-06-18",
        "hv-2yr-dna-again",
        R(
            "hv",
            "Contact type: 2-2.5yr review (clinic). Outcome: WNB 2nd time. Letter to mum.",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-07-09",
        "nursery-start",
        R(
            "nur",
            "Tilly started with us today, 15 funded hrs (Mon/Tue/Wed am). Mum brought her, quiet "
            "little girl, very small for her age I thought.",
        ),
        R(
            "hv",
            "Contact type: Info. Outcome: Nursery confirmed Tilly started Little Quillets today, "
            "15 "
            "hrs.",
            "",
            "Info",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-19",
        "school-call-mash",
        R(
            "sch",
            "I rang the MASH front door about Jasper. He has been taking food from other "
            "children's lunchboxes all week and staff found bread rolls hidden in his tray. He "
            "says there is 'no food at home on Thursdays'. Weight visibly down since July.",
            "11:40",
            "Referral",
        ),
        R(
            "csc",
            "Contact received by telephone from Mr Athelney, DSL at Marrowby Fen Primary: Jasper "
            "(10) seen taking food from peers' lunchboxes over the past week, bread rolls found "
            "hidden in his tray, Jasper said there was no food at home on Thursdays. DSL "
            "describes him as thinner than before the summer. Passed for screening.",
            "",
            "Contact",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-23",
        "mash-screen",
        R(
            "csc",
            "MASH screening of DSL contact of 19/09: checks with HV (Tilly missed two "
            "developmental reviews), GP (no concerns recorded), police (nil). Decision: threshold "
            "for Early Help, not statutory. Consent to be sought from mother.",
            "",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-10-02",
        "eh-declined",
        R(
            "csc",
            "Early Help worker rang Ms Pellow to offer a family support package. Ms Pellow "
            "declined, said the school 'overreacted' and that Jasper is a fussy eater. Case "
            "closed to MASH.",
            "",
            "Early Help",
        ),
    )
    f.occ(
        "2024-10-07",
        "dereg-letter",
        R(
            "sch",
            "Letter from Ms Pellow handed in at the office this morning: she is removing Jasper "
            "from roll from today to educate him at home. I tried to ring her, no answer.",
            "09:05",
            "EHE",
        ),
    )
    f.occ(
        "2024-10-07",
        "school-notify-ehe",
        R(
            "sch",
            "Emailed EHE team the deregistration notice for Jasper plus our safeguarding concerns "
            "from Sept (food).",
            "14:20",
            "EHE",
        ),
        R(
            "ehe",
            "Contact type: Deregistration notification (email, school). Outcome: J Pellow off "
            "roll at Marrowby Fen from 07/10/24. School note food concerns 19/09 and MASH "
            "contact. Open to EHE.",
            "",
            "Notification",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-15",
        "nursery-hv-call",
        R(
            "nur",
            "I phoned the health visitor - Tilly has only been in 3 sessions in 4 weeks and when "
            "she does come she eats everything she's given very fast and cries when the plates "
            "go. Left it with the HV to follow up.",
        ),
        R(
            "hv",
            "Contact type: Telephone from nursery manager (Little Quillets). Outcome: Tilly's "
            "attendance poor, 3/12 sessions, eating rapidly and distressed when food removed. "
            "Plan HV home visit.",
            "15:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-04",
        "nursery-withdrawn",
        R(
            "nur",
            "Mum came in on Monday and said Tilly won't be coming any more, she is keeping her at "
            "home with her brother now. I asked if HV knew, mum said 'it's nobody's business'.",
        ),
    )
    f.occ(
        "2024-11-12",
        "ehe-letter",
        R(
            "ehe",
            "Contact type: Letter to parent. Outcome: Initial letter offering a home visit on "
            "26/11 at 10am and requesting information about the education provided.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2024-11-26",
        "ehe-visit-nae",
        R(
            "ehe",
            "Contact type: Home visit. Outcome: No answer. Curtains drawn, child's voice heard "
            "inside. Card left.",
            "10:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-11-26",
        "hv-visit-nae",
        R(
            "hv",
            "Contact type: Unannounced home visit. Outcome: No access. Mother spoke through the "
            "letterbox, said Tilly was asleep and declined to open the door. Will discuss with "
            "named nurse.",
            "14:35",
            "NAE",
        ),
    )
    f.occ(
        "2024-12-03",
        "gp-imms-wnb",
        R("gp", "T Pellow WNB imms (MMR2 pre-sch). 2nd WNB. Task HV."),
    )
    f.occ(
        "2024-12-05",
        "gp-task-hv",
        R("gp", "Task sent to HV team re Tilly WNB x2 imms + mum declined recall by phone."),
        R(
            "hv",
            "Contact type: GP task received. Outcome: Tilly WNB imms twice, mother declined "
            "recall. Discussed with named nurse - escalate if next contact not achieved.",
            "",
            "Info",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-14",
        "nosp",
        R(
            "hsg",
            "Notice seeking possession served (Ground 8, arrears £2,140). Tenant not at home, "
            "served through door, photo taken.",
            "",
            "Arrears",
        ),
    )
    f.occ(
        "2025-02-06",
        "police-welfare-1",
        R(
            "pol",
            "06/02/25 1842 INC 0611 CONCERN FOR WELFARE 9 QUILLET ROW. CALLER NEIGHBOUR REPORTS "
            "CHILD SCREAMING FOR 30 MINS. ATTENDED. ADULTS C VOSS / G PELLOW. 2 CHILDREN SEEN, "
            "ONE ASLEEP. HOUSE COLD, LITTLE FOOD IN KITCHEN. PPN SUBMITTED.",
            "18:42",
            "INC",
            ref="INC0611-060225",
        ),
    )
    f.occ(
        "2025-02-06",
        "police-welfare-2",
        R(
            "pol",
            "06/02/25 2310 INC 0744 REPEAT CALL 9 QUILLET ROW NEIGHBOUR STATES SHOUTING. OFFICERS "
            "SPOKE TO VOSS AT DOOR. NO OFFENCES. LINKED INC 0611.",
            "23:10",
            "INC",
            ref="INC0744-060225",
        ),
    )
    f.occ(
        "2025-02-07",
        "ppn-received",
        R(
            "csc",
            "Police notification received (PPN re INC 0611 of 06/02/25): officers attended 9 "
            "Quillet Row after a neighbour heard a child screaming; house cold, little food in "
            "kitchen; both children seen. Second call to the address the same night (INC 0744). "
            "Given the September contact and health's non-access, threshold met for a Child and "
            "Family assessment. Allocated to Hollis Quant.",
            "",
            "Contact",
        ),
    )
    f.occ(
        "2025-02-12",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with the health visitor. Mr Voss answered and let us in after some "
            "persuasion. Tilly (3) was in her cot at 11am in a wet nappy; she is very slight, "
            "pale, with thin limbs and a distended tummy, and did not speak. Jasper was on a "
            "games console and said he does 'maths on the computer'. The kitchen held two tins of "
            "beans and some bread. Ms Pellow said Tilly 'has always been a picky eater' and that "
            "she would take her to the GP. Food bank voucher given.",
            "11:00",
            "Visit",
        ),
        R(
            "hv",
            "Contact type: Joint HV with SW (H Quant). Outcome: Tilly seen - not weighed (refused "
            "scales). Appears thin, distended abdomen, no words. Advised GP appt for growth. Food "
            "voucher given by SW.",
            "11:00",
            "Home visit",
            shift="swap",
        ),
    )
    f.occ(
        "2025-02-18",
        "gp-appt",
        R(
            "gp",
            "Tilly seen with mum. Wt 9.6kg (<0.4th). Ht 88cm. Mum says eats well, 'fussy'. Refer "
            "comm paeds faltering growth. Bloods req.",
        ),
    )
    f.occ(
        "2025-02-19",
        "gp-referral-paeds",
        R("gp", "Referral sent to community paediatrics (faltering growth, HV/SW involved)."),
        R(
            "paed",
            "Referral received from Dr Varma, Hazelgate Surgery: 3y girl, weight 9.6kg below "
            "0.4th centile, possible faltering growth, social care assessment under way. Triage: "
            "routine-urgent, 6 weeks.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2025-04-08",
        "paeds-wnb",
        R("paed", "Clinic: Tilly was not brought. No contact from family.", "14:00", "WNB"),
    )
    f.occ(
        "2025-04-09",
        "paeds-letter",
        R(
            "paed",
            "Letter to GP and HV: 'Tilly was not brought to her appointment on 08/04/2025. Given "
            "the concern about her growth we have offered a further appointment on 24/06/2025 and "
            "would be grateful if you could encourage attendance.'",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter from community paeds scanned: 'Tilly was not brought to her appointment on "
            "08/04/2025. Given the concern about her growth we have offered a further appointment "
            "on 24/06/2025 and would be grateful if you could encourage attendance.'",
            "",
            shift="+2",
        ),
    )
    f.occ(
        "2025-04-16",
        "ca-closed",
        R(
            "csc",
            "Child and Family assessment completed. Mother has taken Tilly to the GP and a "
            "paediatric referral has been made; Jasper is home educated and the EHE team are "
            "involved. Outcome: no further action by CSC, health to monitor growth. Case closed. "
            "Manager agreed.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2025-05-20",
        "eviction",
        R("hsg", "Possession order granted, outright. Warrant to be requested.", "", "Court"),
    )
    f.occ(
        "2025-06-02",
        "move-ta",
        R(
            "hsg",
            "Household (Ms G Pellow, Mr C Voss, Jasper 11, Tilly 3) placed in temporary "
            "accommodation, Flat 3 Corbel House MR2 9PL, following eviction from 9 Quillet Row "
            "today.",
            "",
            "TA",
        ),
        R(
            "gp",
            "Change of address: Flat 3 Corbel House, Marrowby MR2 9PL (all family) - temp "
            "accommodation.",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-24",
        "paeds-clinic",
        R(
            "paed",
            "Clinic: Tilly seen with mother. Weight 9.4kg (lower than in February), height 89cm. "
            "Wasted buttocks, sparse hair, no signs of illness. Mother adamant she eats 'loads'. "
            "Plan: bloods, coeliac screen, dietitian, review 4 weeks. I am concerned this may be "
            "neglect and have told HV.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2025-06-25",
        "paeds-hv-call",
        R(
            "paed",
            "Telephoned HV (B Quaile) to share concern from yesterday's clinic.",
            "09:20",
            "Telephone",
        ),
        R(
            "hv",
            "Contact type: Telephone from Dr Fairholme. Outcome: weight falling (9.4kg), possible "
            "neglect. HV to visit and weigh within 2 wks. Family now in TA at Corbel House.",
            "09:20",
            "Telephone",
        ),
    )
    f.occ(
        "2025-07-03",
        "hv-visit-seen",
        R(
            "hv",
            "Contact type: Home visit (TA). Outcome: Tilly weighed 9.3kg. Very quiet, sat in "
            "buggy throughout. Mum says bloods 'will be done next week'.",
            "10:15",
            "Home visit",
        ),
        R(
            "hv",
            "Contact type: Home visit (TA). Outcome: Tilly weighed 9.3kg. Very quiet, sat in "
            "buggy throughout. Mum says bloods 'will be done next week'",
            "10:15",
            "Home visit",
        ),
    )
    f.occ(
        "2025-07-15",
        "ehe-report",
        R(
            "ehe",
            "Contact type: Annual review. Outcome: Parent declined visit, sent a one-page written "
            "report (online maths programme, reading). Judged suitable 'on the evidence provided'.",
            "",
            "Review",
        ),
    )
    f.occ(
        "2025-07-22",
        "bloods-dna",
        R("paed", "Bloods/dietitian: not attended. Phone unobtainable.", "", "WNB"),
    )
    f.occ(
        "2025-08-12",
        "profs-meeting",
        R(
            "csc",
            "Professionals' meeting convened by the named nurse (not an open case): community "
            "paediatrician, HV, GP, EHE officer, CSC team manager. Shared: weight falling since "
            "Feb, WNB bloods and dietitian, family in TA, Jasper not seen by any professional "
            "since February. Agreed health would make a referral to CSC today and CSC would "
            "undertake a joint visit.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Professionals mtg (Civic Centre). Outcome: concerns re faltering "
            "growth + disengagement. HV to refer to CSC today.",
            "10:00",
            "Meeting",
        ),
        R(
            "paed",
            "Professionals meeting attended: I stated that unexplained weight loss in a "
            "3-year-old with missed appointments is a safeguarding concern until shown otherwise.",
            "10:00",
            "Meeting",
        ),
        R(
            "ehe",
            "Contact type: Multi-agency meeting. Outcome: attended. Shared that no visit "
            "achieved; report accepted July. Asked to try again to see Jasper.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-08-12",
        "ehe-panel",
        R(
            "ehe",
            "Contact type: EHE monitoring panel. Outcome: J Pellow case discussed - consider "
            "School Attendance Order route if no visit by end Sept.",
            "14:00",
            "Panel",
        ),
    )
    f.occ(
        "2025-08-12",
        "hv-referral",
        R(
            "hv",
            "Contact type: Written referral to CSC (MARF). Outcome: sent 15:40 - faltering "
            "growth, weight loss, WNB x3, no access.",
            "15:40",
            "Referral",
        ),
        R(
            "csc",
            "Referral (MARF) received from the health visitor following this week's "
            "professionals' meeting: Tilly's weight falling from 9.6kg to 9.3kg, repeated missed "
            "appointments, family in temporary accommodation. Accepted for a Child and Family "
            "assessment, allocated to Ayesha Brockley.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2025-08-20",
        "csc-visit-nae",
        R(
            "csc",
            "Home visit to Corbel House: no answer, knocked for ten minutes; neighbour said the "
            "family 'keep themselves to themselves'. Card left.",
            "16:00",
            "Visit",
        ),
    )
    f.occ(
        "2025-08-21",
        "csc-visit-door",
        R(
            "csc",
            "Returned unannounced. Ms Pellow spoke at the door with Tilly in her arms wrapped in "
            "a blanket; would not let me in, said she had a migraine. Tilly's face looked hollow. "
            "Jasper not seen. Told her I would return with the HV on Tuesday.",
            "10:30",
            "Visit",
        ),
    )
    f.occ(
        "2025-08-26",
        "csc-visit-cancel",
        R(
            "csc",
            "Ms Pellow texted at 08:50 to cancel today's visit, 'Tilly has a bug'. Rebooked for "
            "02/09.",
            "",
            "Visit",
        ),
        R(
            "hv",
            "Contact type: Planned joint visit. Outcome: Cancelled by mother by text to SW (child "
            "'has a bug'). SW rebooked 2/9.",
            "",
            "Cancelled",
        ),
    )
    f.occ(
        "2025-09-02",
        "visit-nae",
        R(
            "csc",
            "Planned joint visit with the HV: no answer. Manager informed; strategy discussion to "
            "be considered if no sight of the children by Friday.",
            "11:00",
            "Visit",
        ),
        R(
            "hv",
            "Contact type: Planned joint visit with SW. Outcome: NAE. Escalated to named nurse.",
            "11:00",
            "NAE",
        ),
    )
    f.occ(
        "2025-09-14",
        "999",
        R(
            "amb",
            "Cat 1 call 07:52, 3yo female not breathing, Flat 3 Corbel House. Crew on scene 07:59 "
            "with police. Pt in asystole, cold to touch, emaciated. CPR commenced per protocol, "
            "conveyed MRI ED, pre-alert.",
            "07:52",
        ),
        R(
            "pol",
            "14/09/25 0755 INC 0212 SUDDEN DEATH (CHILD) FLAT 3 CORBEL HOUSE. ATTENDED WITH "
            "AMBULANCE. FEMALE 3 YRS UNRESPONSIVE, VERY THIN. SCENE PRESERVED. DS LAVENHAM "
            "INFORMED.",
            "07:55",
            "INC",
            ref="INC0212-140925",
        ),
    )
    f.occ(
        "2025-09-14",
        "ed-attendance",
        R(
            "ed",
            "TRIAGE 08:24: 3y F, brought in by ambulance in arrest, CPR in progress. Cat: resus. "
            "Weight est 9kg.",
            "08:24",
            "Triage",
        ),
        R(
            "ed",
            "Dr review (resus) 08:30: asystolic, core temp 31.2. Severely malnourished, muscle "
            "wasting. Resuscitation continued 20 min.",
            "08:30",
            "Clinician",
        ),
        R(
            "ed",
            "Outcome 08:52: life pronounced extinct by Dr P Oduya. Police and on-call "
            "paediatrician present. SUDIC process commenced.",
            "08:52",
            "Outcome",
        ),
    )
    f.occ(
        "2025-09-14",
        "pp-jasper",
        R(
            "pol",
            "14/09/25 1105 POLICE PROTECTION POWERS USED JASPER PELLOW 11 YRS AT FLAT 3 CORBEL "
            "HOUSE. EDT INFORMED.",
            "11:05",
            "PP",
        ),
        R(
            "csc",
            "EDT: Police exercised police protection for Jasper at 11:05 at the family's flat "
            "following his sister's death this morning. He is very thin.",
            "11:05",
            "Police protection",
        ),
    )
    f.occ(
        "2025-09-14",
        "arrest-mother",
        R(
            "pol",
            "14/09/25 1320 ARREST GEMMA PELLOW - CHILD CRUELTY / NEGLECT (S1 CYPA 1933). CONVEYED "
            "MARROWBY CUSTODY.",
            "13:20",
            "ARREST",
        ),
    )
    f.occ(
        "2025-09-14",
        "arrest-partner",
        R(
            "pol",
            "14/09/25 1345 ARREST CRAIG VOSS - CHILD CRUELTY / NEGLECT. CONVEYED MARROWBY CUSTODY.",
            "13:45",
            "ARREST",
        ),
    )
    f.occ(
        "2025-09-14",
        "foster-jasper",
        R(
            "csc",
            "EDT: Jasper placed with emergency foster carers (Mrs Tamsin Orchard, Kilnby) at "
            "19:30. Ate two meals on arrival.",
            "19:30",
            "Placement",
        ),
    )
    f.occ(
        "2025-09-15",
        "strategy",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by team manager, with DS Lavenham, the "
            "designated doctor, HV, GP, EHE officer: Tilly's death is suspected to be due to "
            "starvation; S47 enquiry in respect of Jasper; joint investigation; Jasper to have a "
            "child protection medical tomorrow.",
            "09:30",
            "Strategy",
        ),
        R(
            "pol",
            "15/09/25 STRAT DISC ATTENDED DS LAVENHAM. S47 JOINT. CP MEDICAL JASPER 16/09.",
            "",
            "STRAT",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (virtual). Outcome: attended, HV records shared. S47 "
            "for sibling.",
            "09:30",
            "Strategy",
        ),
        R("gp", "Strat mtg - attended by Dr Varma (phone). Records to police.", shift="month"),
        R(
            "ehe",
            "Contact type: Strategy discussion. Outcome: EHE file shared. Jasper last seen by any "
            "professional Feb 2025.",
            "",
            "Strategy",
            shift="-1",
        ),
    )
    f.occ(
        "2025-09-15",
        "legal-gateway",
        R(
            "csc",
            "Legal gateway meeting: threshold met for an application for an interim care order "
            "for Jasper; police protection expires tomorrow.",
            "14:00",
            "Legal",
        ),
    )
    f.occ(
        "2025-09-16",
        "cp-medical",
        R(
            "paed",
            "Child protection medical, Jasper (11): weight 24.1kg (0.4th-2nd centile), height "
            "50th. No injuries. Ravenous. Opinion: faltering growth consistent with neglect.",
            "10:00",
            "CP medical",
        ),
        R(
            "csc",
            "Jasper had a child protection medical with Dr Fairholme today: weight very low for "
            "his height, no injuries, opinion consistent with neglect.",
            "",
            "Medical",
        ),
    )
    f.occ(
        "2025-09-16",
        "rui",
        R(
            "pol",
            "16/09/25 PELLOW AND VOSS RELEASED UNDER INVESTIGATION PENDING POST MORTEM.",
            "",
            "RUI",
        ),
    )
    f.occ(
        "2025-09-19",
        "ico",
        R(
            "csc",
            "Marrowby Family Court: interim care order granted for Jasper; he remains with Mrs "
            "Orchard. Parents did not attend.",
            "",
            "Court",
        ),
        R(
            "ehe",
            "Contact type: Info. Outcome: Jasper now looked after (ICO 19/9). EHE file closed; "
            "Virtual School to arrange school place.",
            "",
            "Closure",
            shift="late",
        ),
    )
    f.fill(
        "hv",
        "2024-02-01",
        "2025-08-01",
        [
            ("Info", "Contact type: Letter. Outcome: 2yr review appointment sent."),
            ("Info", "Contact type: Record transfer check. Outcome: no changes."),
            ("Telephone", "Contact type: Call to mother. Outcome: no answer, voicemail left."),
            ("Telephone", "Contact type: Call to mother. Outcome: number not recognised."),
            ("Info", "Contact type: Caseload review. Outcome: Tilly moved to Universal Plus."),
            ("Info", "Contact type: Named nurse supervision. Outcome: case discussed."),
        ],
    )
    f.fill(
        "gp",
        "2024-02-01",
        "2025-08-31",
        [
            ("", "G Pellow - migraine, sumatriptan."),
            ("", "C Voss - back pain, fit note 2/52."),
            ("", "Repeat Rx sertraline (G Pellow)."),
            ("", "J Pellow - no show asthma review."),
            ("", "Recall letter imms (Tilly)."),
            ("", "G Pellow - telephone consult, low mood."),
        ],
        timed=False,
    )
    f.fill(
        "nur",
        "2024-07-15",
        "2024-11-01",
        [
            ("", "Tilly absent, no call from mum."),
            ("", "Tilly in today - ate two breakfasts, fell asleep at 10."),
            ("", "Tilly absent again."),
            ("", "Key person noted Tilly in same clothes as Monday."),
        ],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-01-08",
        "2024-10-04",
        [
            ("Attendance", "Jasper late - 9:25. Said mum overslept."),
            ("Welfare", "Jasper came without PE kit or coat (raining). Spare coat given."),
            ("Attendance", "Jasper absent, mum rang - sickness."),
            ("Welfare", "Breakfast club place offered to mum - she said she'd think."),
            ("Attendance", "Jasper absent, no call. Text sent."),
        ],
    )
    f.fill(
        "ehe",
        "2024-10-20",
        "2025-09-05",
        [
            (
                "Letter",
                "Contact type: Letter. Outcome: Reminder - information about provision requested.",
            ),
            ("Telephone", "Contact type: Call to parent. Outcome: no answer."),
            (
                "Email",
                "Contact type: Email from parent. Outcome: 'Jasper is doing well, please stop "
                "harassing us'.",
            ),
        ],
    )
    f.fill(
        "hsg",
        "2024-03-01",
        "2025-09-10",
        [
            ("Arrears", "Arrears letter 1 sent."),
            ("Arrears", "Arrears letter 2 sent. No contact."),
            ("Repairs", "Repair reported - boiler not working. Job raised."),
            ("TA", "TA rent account set up. HB claim chased."),
            ("Visit", "Tenancy visit - no access."),
        ],
    )
    f.fill(
        "pol",
        "2024-03-01",
        "2025-08-31",
        [("INC", "ASB REPORT QUILLET ROW - YOUTHS. NOT FAMILY RELATED. FILED.")],
    )
    f.fill(
        "paed",
        "2025-02-25",
        "2025-09-10",
        [
            ("Admin", "Appointment letter sent for 08/04/25."),
            ("Admin", "Dietitian referral made."),
            ("Admin", "Blood form posted to mother."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Harrower family, Stenbridge. Maisie Harrower (b. 03/03/2016, Year 4 then Year 5
# at Copperdell Primary) lives with her mother Kerry Harrower (b. 1990), her brother Alfie
# (b. 14/08/2018, Reception then Year 1 at the same school) and her stepfather Lee Dunmore
# (b. 1984) at 27 Sallowfield Road, Stenbridge SB3 8JW; registered at Tanner's Yard Medical
# Practice. Bedwetting and sexualised drawings; a domestic incident; Maisie's disclosure at
# school of sexual abuse by her stepfather; strategy discussion, ABE interviews, a paediatric
# forensic medical; Lee's arrest, charge, remand and trial at Stenbridge Crown Court; child
# protection plans, therapy, CAMHS, and a move to 4 Brackwater Close, Stenbridge SB6 2HY.
# --------------------------------------------------------------------------------------------


def _harrower() -> BlindCase:
    f = Family(
        "harrower",
        602,
        {
            "sch": Sheet(
                SCHOOL,
                "Copperdell_safeguarding_log.xlsx",
                "CPOMS export",
                (("2024-01-01", "Mrs A Lusk (DSL)"),),
            ),
            "pol": Sheet(
                POLICE,
                "Stenbridge_Police_CAIT_Harrower.xlsx",
                "Occurrences",
                (("2024-01-01", "PC 4471"), ("2025-01-16", "DC Rhian Tolley")),
            ),
            "csc": Sheet(
                CSC,
                "CSC_chronology_Harrower.xlsx",
                "Chronology",
                (("2024-01-01", "MASH"), ("2025-01-16", "Oliver Stannage SW")),
            ),
            "sarc": Sheet(SARC, "Larchway_SARC_Harrower_M.docx", "Table 1", typed=False),
            "gp": Sheet(
                GP,
                "TannersYard_MP_chronology.xlsx",
                "Harrower family",
                (("2024-01-01", "Dr E Kellaway"),),
            ),
            "camhs": Sheet(
                CAMHS, "CAMHS_Harrower_M.xlsx", "Contacts", (("2024-01-01", "Priya Mandeville"),)
            ),
            "ther": Sheet(
                THERAPY,
                "Hearthmoss_therapy_Harrower.xlsx",
                "Sessions",
                (("2024-01-01", "Gwen Tallis, therapist"),),
            ),
            "snur": Sheet(SCHOOL_NURSE, "SchoolNursing_Harrower_M.xlsx", "Record", typed=False),
            "prob": Sheet(
                PROBATION,
                "Probation_Dunmore_L.xlsx",
                "nDelius extract",
                (("2024-01-01", "J Ord PO"),),
            ),
            "wcu": Sheet(WITNESS, "WCU_Harrower.csv", ""),
            "hsg": Sheet(HOUSING, "StenbridgeHomes_Harrower.xlsx", "Notes"),
        },
    )
    f.occ(
        "2024-06-12",
        "wet-at-school",
        R(
            "sch",
            "Maisie - wet herself in class (3rd time this half term). Changed into spares. Mum "
            "informed at pick-up, says it happens at night too.",
            "15:20",
            "Medical/welfare",
        ),
    )
    f.occ(
        "2024-07-02",
        "gp-enuresis",
        R(
            "gp",
            "Maisie H. Secondary enuresis x 3/12, day + night. Urine dip neg. No constipation. "
            "Advised school nurse enuresis service. ?stressors - mum says none.",
        ),
    )
    f.occ(
        "2024-07-02",
        "gp-kerry",
        R(
            "gp",
            "Kerry H. Low mood, poor sleep, 'arguing a lot at home'. PHQ-9 14. Sertraline 50mg. "
            "Review 4/52.",
        ),
    )
    f.occ(
        "2024-09-24",
        "snur-enuresis",
        R(
            "snur",
            "Enuresis clinic at school. Maisie seen alone briefly - quiet, would not talk about "
            "home. Alarm offered, mum to collect. Dry nights 0/7.",
        ),
    )
    f.occ(
        "2024-10-08",
        "police-da",
        R(
            "pol",
            "Domestic - verbal only. 27 Sallowfield Rd. Kerry HARROWER v Lee DUNMORE argument "
            "over money; Kerry locked herself in bathroom and called. Two children present, "
            "asleep. DASH standard. PPN children.",
            "22:40",
            "Domestic",
            ref="STB-24-118830",
        ),
    )
    f.occ(
        "2024-10-09",
        "ppn-received",
        R(
            "csc",
            "Police notification received re verbal domestic incident at 27 Sallowfield Road on "
            "08/10/2024 (ref STB-24-118830), standard risk, children asleep. MASH: information "
            "shared with school and GP; no further action.",
            "",
            "Contact",
        ),
    )
    f.occ(
        "2024-10-10",
        "mash-share-school",
        R(
            "csc",
            "Email to Copperdell Primary DSL sharing the police notification (Operation "
            "Encompass).",
            "",
            "Info sharing",
        ),
        R(
            "sch",
            "Maisie - Op Encompass email from MASH: verbal DA at home Tues night. Class teacher "
            "told to keep an eye.",
            "08:15",
            "Op Encompass",
            shift="+1",
        ),
        R(
            "sch",
            "Alfie - Op Encompass email from MASH re verbal DA at home Tues night. Class teacher "
            "aware.",
            "08:15",
            "Op Encompass",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-20",
        "drawing",
        R(
            "sch",
            "Maisie - drew a picture in art of a man and girl in bed, man 'with no clothes'. When "
            "asked she said 'it's a dream'. I rang the MASH consultation line (no names) - "
            "advised to monitor and record and refer if any further indicators.",
            "14:10",
            "Concern",
        ),
        R(
            "csc",
            "Consultation call (anonymised) from a primary school DSL: 8-year-old girl drew a "
            "sexualised picture of an adult male and a child in bed, said it was a dream, no "
            "disclosure. Advised to record, monitor, and make a referral if further indicators.",
            "14:10",
            "Consultation",
        ),
    )
    f.occ(
        "2025-01-16",
        "disclosure",
        R(
            "sch",
            "Maisie - DISCLOSURE. At 10:50 Maisie told Mrs Penhale (TA) in the reading corner "
            "that 'Lee comes in my room when mum's at work and does rude things'. Mrs P did not "
            "question, wrote it down verbatim and brought it to me straight away.",
            "10:50",
            "Disclosure",
        ),
    )
    f.occ(
        "2025-01-16",
        "school-to-mash",
        R(
            "sch",
            "Maisie - I telephoned MASH (spoke to duty SW) with the disclosure. Told not to "
            "inform mum yet; strategy discussion to be held this afternoon.",
            "11:20",
            "Referral",
        ),
        R(
            "sch",
            "Alfie - phone call to MASH re Maisie's disclosure, Alfie named as sibling living in "
            "the household.",
            "11:20",
            "Referral",
        ),
        R(
            "csc",
            "Telephone referral from Mrs Lusk, DSL at Copperdell Primary. At 10:50 today Maisie "
            "(8) told a teaching assistant that her stepfather Lee Dunmore 'comes in my room when "
            "mum's at work and does rude things'. Sibling Alfie (6) in the household. Previous "
            "sexualised drawing in November. Strategy discussion convened for 14:00.",
            "11:20",
            "Referral",
        ),
    )
    f.occ(
        "2025-01-16",
        "strategy",
        R(
            "csc",
            "Strategy discussion: MASH team manager (chair), DS Okafor (CAIT), Mrs Lusk (DSL), Dr "
            "Kellaway (GP, by phone). Agreed: single-agency S47 by CSC jointly with police; ABE "
            "interviews for both children tomorrow; paediatric forensic medical at Larchway SARC; "
            "police to arrest Mr Dunmore; safety plan - mother to be seen with the children this "
            "afternoon and asked not to discuss the disclosure.",
            "14:00",
            "Strategy",
        ),
        R(
            "pol",
            "Strat disc with CSC/school/GP. Joint S47. Plan: ABE x2 17/01, SARC medical, arrest "
            "suspect DUNMORE.",
            "14:00",
            "Strategy",
        ),
        R(
            "sch",
            "Maisie - strategy meeting (Teams) 2pm, I attended. S47. Maisie to go home with mum, "
            "police/SW visiting at home after school.",
            "14:00",
            "Strategy",
        ),
        R(
            "sch",
            "Alfie - strategy meeting 2pm re Maisie's disclosure - Alfie included in S47 as "
            "sibling.",
            "14:00",
            "Strategy",
        ),
        R(
            "gp",
            "Telephone strat mtg (S47) - Maisie H. Records shared: enuresis 07/24, mum low mood.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-16",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with DC Tolley. Ms Harrower was told of Maisie's account; she was "
            "shocked and tearful, said she 'can't believe it', but agreed Mr Dunmore would not "
            "return and the children would stay with her. Safety plan signed. Alfie played in the "
            "lounge.",
            "16:30",
            "Visit",
        ),
        R(
            "pol",
            "Joint visit to 27 Sallowfield Rd with SW Stannage. Mother informed. Safety "
            "agreement. Suspect not present (at work).",
            "16:30",
            "Visit",
        ),
    )
    f.occ(
        "2025-01-16",
        "arrest",
        R(
            "pol",
            "ARREST: Lee DUNMORE (b. 1984) at Halcott Trading Estate, Stenbridge, on suspicion of "
            "sexual assault of a child under 13. Conveyed to Stenbridge custody.",
            "18:35",
            "Arrest",
            ref="STB-25-004122",
        ),
    )
    f.occ(
        "2025-01-17",
        "abe-maisie",
        R(
            "pol",
            "ABE interview (VRI suite, Ashdene Lodge): Maisie. Full account of repeated sexual "
            "abuse by Lee DUNMORE over approx 1 year, when mother on night shifts.",
            "10:00",
            "ABE",
        ),
        R(
            "csc",
            "Maisie was interviewed (ABE) at Ashdene Lodge by DC Tolley with me monitoring: she "
            "gave a detailed account of sexual abuse by her stepfather over about a year while "
            "her mother worked nights.",
            "10:00",
            "ABE",
        ),
    )
    f.occ(
        "2025-01-17",
        "abe-alfie",
        R(
            "pol",
            "ABE interview Alfie (6) - no disclosure. Said Lee 'is cross a lot'.",
            "11:45",
            "ABE",
        ),
        R(
            "csc",
            "Alfie was interviewed (ABE) at Ashdene Lodge after his sister: no disclosure of any "
            "harm.",
            "11:45",
            "ABE",
        ),
    )
    f.occ(
        "2025-01-17",
        "sarc",
        R(
            "sarc",
            "Paediatric forensic medical examination, Maisie Harrower, 8y. Referred by police (DC "
            "Tolley). Mother present. Examination findings: normal, which neither confirms nor "
            "excludes abuse. Swabs not indicated (last contact >7 days). Sexual health screen "
            "offered. Follow-up: referral to therapy service.",
        ),
        R(
            "csc",
            "Maisie attended Larchway SARC for a paediatric forensic medical this afternoon with "
            "her mother and me: findings normal, which the doctor explained does not rule out "
            "abuse.",
            "14:30",
            "Medical",
        ),
        R("pol", "SARC medical Maisie 1430 - nil forensic. Normal exam.", "14:30", "Medical"),
    )
    f.occ(
        "2025-01-18",
        "police-call-sw",
        R(
            "csc",
            "DC Tolley rang: Mr Dunmore has been charged with three counts of sexual assault of a "
            "child under 13 and will appear at court on Monday in custody.",
            "",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-18",
        "charge",
        R(
            "pol",
            "CHARGED: DUNMORE x3 sexual assault of a child u13 (s7 SOA 2003). CPS authority. "
            "Remanded overnight for court Monday.",
            "16:05",
            "Charge",
            ref="STB-25-004122",
        ),
    )
    f.occ(
        "2025-01-20",
        "remand",
        R(
            "pol",
            "Stenbridge Mags: DUNMORE remanded in custody to Stenbridge Crown Court 17/02.",
            "",
            "Court",
        ),
        R(
            "prob",
            "Court duty: L Dunmore, first appearance, remanded in custody. Sexual offences "
            "against a child. Not known to probation.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Mr Dunmore remanded in custody by Stenbridge Magistrates today.",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-20",
        "mum-tells-school",
        R(
            "sch",
            "Maisie - mum came in with both children, told me Lee has 'gone and won't be back'. "
            "Mum very low.",
            "08:45",
            "Family",
        ),
        R(
            "sch",
            "Alfie - mum said Lee has gone and won't be back (see Maisie's record).",
            "08:45",
            "Family",
        ),
    )
    f.occ(
        "2025-02-04",
        "school-report",
        R("sch", "Maisie - my report for the ICPC emailed to conference admin.", "", "Conference"),
        R("sch", "Alfie - my report for the ICPC emailed to conference admin.", "", "Conference"),
    )
    f.occ(
        "2025-02-06",
        "icpc",
        R(
            "csc",
            "Initial child protection conference (chair: Hilary Voase). Ms Harrower attended with "
            "her sister; she said she now believes Maisie but has had contact from Mr Dunmore's "
            "family urging her to 'drop it'. Both children made subject to CP plans: Maisie under "
            "sexual abuse, Alfie under emotional abuse. Core group to meet in 10 working days.",
            "10:00",
            "ICPC",
        ),
        R(
            "sch",
            "Maisie - ICPC 10am at Stenbridge Civic Offices, attended. CP plan, category sexual "
            "abuse.",
            "10:00",
            "Conference",
        ),
        R("sch", "Alfie - ICPC, attended. CP plan (emotional).", "10:00", "Conference"),
        R(
            "gp",
            "ICPC - GP report sent, not attended. Outcome: CP plans both children (letter from "
            "conf admin).",
            shift="+2",
        ),
        R("pol", "ICPC attended DC Tolley. CP plans x2.", "10:00", "Conference"),
        R("snur", "ICPC attended - I gave update on enuresis work. Both children on CP plans."),
    )
    f.occ(
        "2025-02-11",
        "gp-camhs",
        R(
            "gp",
            "Maisie H. Nightmares, refusing to sleep alone. Refer CAMHS. Mum given "
            "Childline/NSPCC info.",
        ),
    )
    f.occ(
        "2025-02-12",
        "camhs-referral",
        R("gp", "CAMHS referral sent (e-RS)."),
        R(
            "camhs",
            "Referral received from GP (Dr Kellaway): 8y girl, nightmares, sleep refusal after "
            "disclosure of CSA (stepfather charged). Screened: routine, Choice appt.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2025-02-14",
        "bail-refused",
        R(
            "pol",
            "Stenbridge Crown Court: bail application DUNMORE refused. Remains HMP Tarnwick.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-02-13",
        "core-group-1",
        R(
            "csc",
            "First core group held at school: mum, DSL, school nurse, SW. Plan reviewed: referral "
            "to therapeutic service, CAMHS, school to give Maisie a 'safe adult' and a quiet "
            "space; Alfie's speech checked.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "Maisie - core group 3.30 in my office. Safe adult = Mrs Penhale.",
            "15:30",
            "Core group",
        ),
        R("snur", "Core group at school - attended."),
    )
    f.occ(
        "2025-03-03",
        "ther-referral",
        R(
            "csc",
            "Referral made to Hearthmoss therapeutic service for Maisie (sexual abuse).",
            "",
            "Referral",
        ),
        R(
            "ther",
            "Referral in from SW Oliver Stannage (CSC) - Maisie Harrower, 8, CSA by stepfather, "
            "criminal case pending. Added to waiting list; pre-trial therapy guidance applies.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-12",
        "wcu-letter",
        R(
            "wcu",
            "Letter to Ms Harrower: trial fixed for 08/09/2025 at Stenbridge Crown Court, Maisie "
            "will be a witness; special measures (live link, pre-recorded evidence in chief) "
            "applied for.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2025-03-25",
        "ther-assess",
        R(
            "ther",
            "Initial assessment with Maisie and mum. Maisie drew her 'worry monster'. Agreed 12 "
            "sessions, pre-trial rules explained to mum (no discussion of evidence).",
            "16:00",
            "Assessment",
        ),
    )
    f.occ(
        "2025-04-03",
        "camhs-choice",
        R(
            "camhs",
            "Choice appt: Maisie + mum. Trauma symptoms (nightmares, hypervigilance), no "
            "self-harm. Hearthmoss already starting therapy - CAMHS to hold at low level, review "
            "3 months.",
            "09:30",
            "Choice",
        ),
    )
    f.occ(
        "2025-04-19",
        "threat",
        R(
            "pol",
            "Harassment: Kerry HARROWER reports Dean DUNMORE (brother of suspect) shouted at her "
            "outside Co-op Sallowfield Rd 'you're lying for her'. Words of advice given to D "
            "Dunmore. PPN.",
            "11:20",
            "Incident",
            ref="STB-25-051907",
        ),
    )
    f.occ(
        "2025-04-22",
        "ppn-threat",
        R(
            "csc",
            "Police notification received: Ms Harrower was shouted at in the street by Mr "
            "Dunmore's brother on Saturday (STB-25-051907). Discussed with her: she wants to move "
            "away from Sallowfield Road. Supported housing transfer request.",
            "",
            "Contact",
        ),
    )
    f.occ(
        "2025-04-24",
        "housing-request",
        R(
            "hsg",
            "Management transfer request from Kerry Harrower (victim/witness, harassment by "
            "suspect's family). Supporting email from SW. Awarded band A.",
            "",
            "Transfer",
        ),
    )
    f.occ(
        "2025-05-01",
        "rcpc",
        R(
            "csc",
            "Review child protection conference: risk reduced, Mr Dunmore remanded, mother "
            "protective and engaging with therapy and CAMHS; both children stepped down to child "
            "in need plans.",
            "13:00",
            "RCPC",
        ),
        R("sch", "Maisie - RCPC today 1pm, plans ended, now CIN.", "13:00", "Conference"),
        R("sch", "Alfie - RCPC 1pm, CP plan ended, CIN.", "13:00", "Conference"),
        R("pol", "RCPC - report submitted, DC Tolley attended. CP to CIN.", "13:00", "Conference"),
        R("snur", "Review conference attended, children now CIN.", shift="swap"),
    )
    f.occ(
        "2025-06-10",
        "self-harm",
        R(
            "sch",
            "Maisie - scratches on her forearm, said she did it with a pencil sharpener blade 'so "
            "I don't think about it'. Informed mum, SW and CAMHS.",
            "10:30",
            "Self-harm",
        ),
    )
    f.occ(
        "2025-06-10",
        "school-camhs-call",
        R("sch", "Maisie - phoned CAMHS duty re the scratching.", "10:55", "Self-harm"),
        R(
            "camhs",
            "Duty call from school DSL: superficial scratches to forearm with sharpener blade. "
            "Urgent appt offered 12/06.",
            "10:55",
            "Duty",
        ),
    )
    f.occ(
        "2025-06-12",
        "camhs-urgent",
        R(
            "camhs",
            "Urgent review: Maisie + mum. Self-harm superficial, linked to upcoming trial. Safety "
            "plan, weekly CAMHS contact until trial.",
            "14:00",
            "Review",
        ),
    )
    f.occ(
        "2025-06-12",
        "ther-session",
        R(
            "ther",
            "Session 9. Maisie quiet, talked about 'the court'. Liaised with CAMHS re safety plan "
            "(seen by CAMHS earlier today).",
            "16:00",
            "Session",
        ),
    )
    f.occ(
        "2025-06-16",
        "move",
        R(
            "hsg",
            "Tenancy signed and keys handed over: 4 Brackwater Close, Stenbridge SB6 2HY. Former "
            "tenancy 27 Sallowfield Road ended.",
            "",
            "Tenancy",
        ),
        R(
            "sch",
            "Maisie - new address 4 Brackwater Close SB6 2HY, moved in today (mum phoned).",
            "09:10",
            "Admin",
        ),
        R("sch", "Alfie - new address 4 Brackwater Close SB6 2HY.", "09:10", "Admin"),
        R(
            "csc",
            "Family moved today to 4 Brackwater Close, Stenbridge SB6 2HY, a management transfer "
            "away from Mr Dunmore's relatives.",
            "",
            "House move",
            shift="late",
        ),
    )
    f.occ(
        "2025-07-08",
        "wcu-visit",
        R(
            "wcu",
            "Pre-trial familiarisation visit to Crown Court live-link room with Maisie and mum. "
            "Maisie asked if Lee would see her - explained screens/live link.",
            "10:00",
            "Pre-trial visit",
        ),
        R(
            "csc",
            "Maisie went with her mother and the witness care officer to see the live-link room at "
            "the Crown Court; she coped well.",
            "",
            "Pre-trial visit",
            shift="+1",
        ),
    )
    f.occ(
        "2025-09-08",
        "trial-start",
        R("pol", "Trial commenced Stenbridge Crown Court R v DUNMORE. Jury sworn.", "", "Court"),
        R("wcu", "Trial started today, Court 2. Maisie's ABE played to jury.", "", "Trial"),
    )
    f.occ(
        "2025-09-09",
        "maisie-evidence",
        R(
            "wcu",
            "Maisie gave cross-examination evidence by live link from Ashdene Lodge, 10:15-11:05, "
            "with an intermediary. Mum waited outside. Maisie 'did brilliantly'.",
            "10:15",
            "Trial",
        ),
        R("sch", "Maisie - absent, at court to give evidence (authorised).", "", "Attendance"),
    )
    f.occ(
        "2025-09-12",
        "verdict",
        R(
            "pol",
            "VERDICT: DUNMORE guilty all 3 counts. Remanded for PSR, sentence 24/10.",
            "15:40",
            "Court",
        ),
        R(
            "wcu",
            "Verdict: guilty on all three counts. Ms Harrower informed by phone 16:00.",
            "15:40",
            "Outcome",
        ),
        R(
            "prob",
            "Convicted at Stenbridge CC (3 x s7 SOA). PSR requested, sentence 24/10/25.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Mr Dunmore was found guilty on all three counts at Stenbridge Crown Court today.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Mr Dunmore found guilty of all three counts, Stenbridge Crown Court.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-10-02",
        "psr-interview",
        R(
            "prob",
            "PSR interview at HMP Tarnwick. Denies offences, blames Kerry for 'turning' the "
            "children. High risk of serious harm to children.",
            "10:00",
            "PSR",
        ),
    )
    f.occ(
        "2025-10-20",
        "psr-sent",
        R(
            "prob",
            "PSR submitted to Stenbridge Crown Court and CPS. Proposal: custody; SHPO.",
            "",
            "PSR",
        ),
    )
    f.occ(
        "2025-10-24",
        "sentence",
        R(
            "pol",
            "SENTENCE: DUNMORE 9 yrs imprisonment, SHPO indefinite, barred list.",
            "",
            "Court",
        ),
        R(
            "prob",
            "Sentenced 9 years, SHPO. Victim contact scheme referral made (eligible).",
            "",
            "Court",
        ),
        R(
            "wcu",
            "Sentence passed: 9 years. Victim personal statement read by Ms Harrower. Case closed "
            "to WCU.",
            "",
            "Outcome",
        ),
        R(
            "csc",
            "Sentencing 10/2025: nine years' imprisonment and an indefinite SHPO.",
            "",
            "Court",
            shift="month",
        ),
    )
    f.occ(
        "2025-11-03",
        "vcs-letter",
        R("prob", "Victim contact scheme: introductory letter to Ms Harrower.", "", "VCS"),
    )
    f.fill(
        "sch",
        "2024-01-08",
        "2025-12-12",
        [
            ("Attendance", "Maisie - late 9:10, mum's car broke down."),
            ("Attendance", "Alfie - absent, sickness bug."),
            ("Welfare", "Maisie - very tired, fell asleep in assembly."),
            ("Behaviour", "Maisie - upset at lunch, friendship issue. Resolved."),
            ("Welfare", "Alfie - no snack/lunch money. Lunch provided, mum texted."),
            ("Attendance", "Maisie - absent, no reason given. Mum rang 10.30: dentist."),
        ],
    )
    f.fill(
        "sch",
        "2025-01-21",
        "2025-12-12",
        [
            ("Welfare", "Maisie - check-in with Mrs Penhale, said 'fine'."),
            ("Welfare", "Maisie - asked to leave class, cried in quiet room."),
        ],
    )
    f.fill(
        "ther",
        "2025-04-01",
        "2025-11-28",
        [
            ("Session", "Session - sand tray, safe place work."),
            ("Session", "Session - feelings thermometer, Maisie more settled."),
            ("Session", "Session cancelled by mum (Alfie ill). Rebooked."),
            ("Session", "Session - worry box. Mum reports fewer nightmares."),
        ],
    )
    f.fill(
        "ther",
        "2025-06-20",
        "2025-11-28",
        [
            ("Session", "Session - Maisie talked about new bedroom."),
            ("Review", "Review with mum - extend by 6 sessions post-trial."),
        ],
    )
    f.fill(
        "camhs",
        "2025-06-20",
        "2025-09-05",
        [
            ("Telephone", "Weekly check-in call with mum: no further self-harm."),
            ("Telephone", "Weekly call - mum says Maisie anxious about trial."),
        ],
    )
    f.fill(
        "camhs",
        "2025-09-15",
        "2025-11-28",
        [("Review", "Review: trauma symptoms easing. Discharge plan discussed.")],
    )
    f.fill(
        "gp",
        "2024-02-01",
        "2025-12-12",
        [
            ("", "Alfie H. URTI, safety-netting."),
            ("", "Maisie H. Verruca, OTC treatment."),
            ("", "Alfie H. Conjunctivitis, chloramphenicol drops."),
        ],
    )
    f.fill(
        "gp",
        "2024-07-20",
        "2025-12-12",
        [
            ("", "Kerry H. Review sertraline, improving. Cont."),
            ("", "Kerry H. Fit note 2/52 stress."),
        ],
    )
    f.fill(
        "pol",
        "2025-02-15",
        "2025-08-29",
        [
            ("Disclosure", "Third party material request to CSC and school."),
            ("Disclosure", "Case file submitted to CPS."),
            ("Update", "Victim update (VCOP) to Kerry HARROWER by phone."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-21",
        "2025-06-13",
        [
            (
                "Visit",
                "Statutory visit: Maisie seen alone in her room; Alfie seen playing. Mother "
                "coping.",
            ),
            (
                "Visit",
                "Home visit: children seen. Ms Harrower tired, says Mr Dunmore's mother keeps "
                "texting her; advised to keep messages for police.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2025-06-18",
        "2025-11-28",
        [
            ("Visit", "CIN visit: Maisie proud of her new bedroom; Alfie chatty."),
            (
                "Supervision",
                "Supervision: plan on track; trial preparation and emotional support for mother "
                "discussed.",
            ),
        ],
    )
    f.fill(
        "snur",
        "2024-10-01",
        "2025-03-28",
        [
            ("", "Enuresis review: 2/7 dry nights with alarm."),
            ("", "Enuresis review: 4/7 dry nights."),
        ],
        timed=False,
    )
    f.fill(
        "wcu",
        "2025-03-20",
        "2025-08-29",
        [("Update", "Update call to Ms Harrower: trial date unchanged.")],
    )
    f.fill(
        "hsg",
        "2024-02-01",
        "2025-12-12",
        [("Repairs", "Repair: bathroom extractor fan."), ("Rent", "Rent account in credit.")],
    )
    f.fill(
        "prob",
        "2025-10-25",
        "2025-12-12",
        [("Custody", "OASys completed. Allocated to OMU HMP Tarnwick.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Mulgrew-Ecclestone family, Fenhallow. Shannon Mulgrew (b. 2001) and Darren
# Ecclestone (b. 1998) both have learning disabilities and are known to the adult learning
# disability team; they live at 6 Lantern Court, Fenhallow FH5 1RB, registered at Orchard
# Brook Surgery. Their daughter Rosie is born on 20/08/2024 at Fenhallow District Hospital
# after a late booking and a pre-birth parenting assessment. Two emergency department visits
# with vomiting in October; at fourteen weeks a parietal skull fracture; S47, police
# interviews, foster care under section 20, pre-proceedings, care proceedings, an independent
# parenting assessment, and a special guardianship order to Rosie's great-aunt Maureen Tibbs
# at 11 Cobden Walk, Fenhallow FH2 7NE.
# --------------------------------------------------------------------------------------------


def _mulgrew() -> BlindCase:
    f = Family(
        "mulgrew",
        603,
        {
            "mw": Sheet(
                MW,
                "FDH_Maternity_Mulgrew.xlsx",
                "Antenatal-postnatal",
                (("2024-01-01", "Clare Pym, safeguarding midwife"),),
            ),
            "csc": Sheet(
                CSC,
                "Fenhallow_CSC_chronology_Rosie.xlsx",
                "Chronology",
                (("2024-01-01", "Front Door"), ("2024-03-20", "Nadia Strelley SW")),
            ),
            "ald": Sheet(
                ALD,
                "CLDT_Mulgrew_Ecclestone.xlsx",
                "Case notes",
                (("2024-01-01", "Ian Corrie, LD nurse"),),
            ),
            "adv": Sheet(
                ADVOCACY,
                "Advocacy_Mulgrew.docx",
                "Table 1",
                (("2024-01-01", "Fay Nettleship, parent advocate"),),
                typed=False,
            ),
            "hv": Sheet(
                HV, "HV_Rosie_Mulgrew.xlsx", "Contacts", (("2024-01-01", "Lorna Dace HV"),)
            ),
            "ed": Sheet(ED, "FDH_PaedED_Rosie.xlsx", "Attendances"),
            "ward": Sheet(
                WARD, "FDH_Ward7_Rosie.xlsx", "Nursing/medical", (("2024-01-01", "Ward 7"),)
            ),
            "pol": Sheet(POLICE, "Police_Mulgrew_Ecclestone.csv", ""),
            "gp": Sheet(GP, "OrchardBrook_Mulgrew.xlsx", "Consultations", typed=False),
            "caf": Sheet(
                CAFCASS, "Cafcass_Rosie_M.xlsx", "Case log", (("2024-01-01", "Tom Kerridge FCA"),)
            ),
            "fos": Sheet(
                FOSTERING,
                "Fostering_Rosie_M.xlsx",
                "Placement log",
                (("2024-01-01", "Supervising SW Helen Bax"),),
            ),
        },
    )
    f.occ(
        "2024-02-14",
        "booking",
        R(
            "mw",
            "Booking appt (late booker, 19+3 wks by scan). Shannon attended with Darren. Both "
            "report learning disability, Shannon reads 'a bit', Darren cannot read. Easy-read "
            "leaflets given. Safeguarding: vulnerability - refer CSC pre-birth, notify CLDT.",
            "10:00",
            "Booking",
        ),
    )
    f.occ(
        "2024-03-05",
        "mw-referral",
        R(
            "mw",
            "Pre-birth referral to CSC Front Door sent (online) - parental LD, late booking, no "
            "family support identified.",
            "",
            "Referral",
        ),
        R(
            "csc",
            "Contact: pre-birth referral from the safeguarding midwife at Fenhallow District "
            "Hospital. Parents Shannon Mulgrew and Darren Ecclestone both have learning "
            "disabilities; late booking at 19 weeks; baby due 25/07/2024. Threshold met for a "
            "pre-birth assessment.",
            "",
            "Contact",
            shift="+1",
        ),
    )
    f.occ(
        "2024-03-19",
        "csc-first-visit",
        R(
            "csc",
            "First visit to 6 Lantern Court with the parents' advocate. Explained the pre-birth "
            "assessment in simple language, using pictures. Flat tidy; Darren showed me the cot "
            "he has built. Shannon asked 'are you going to take the baby'; I said the assessment "
            "is to find out what help they need.",
            "14:00",
            "Visit",
        ),
        R(
            "adv",
            "I went with Shannon and Darren to their first meeting with the social worker at "
            "their flat. I helped Shannon ask her question about the baby being taken. Darren got "
            "upset when the SW wrote things down; I asked her to explain what she was writing.",
            "14:00",
        ),
    )
    f.occ(
        "2024-04-09",
        "pams-1",
        R(
            "csc",
            "PAMS session 1 (knowledge of infant care) at home, with the LD nurse present to "
            "support.",
            "10:00",
            "Assessment",
        ),
        R(
            "ald",
            "Joint visit with SW for parenting assessment session 1. Used easy-read picture "
            "cards. Shannon engaged; Darren left the room after 20 mins.",
            "10:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-05-08",
        "ald-annual",
        R(
            "ald",
            "Annual health check support for Darren at GP. Weight gain, BP normal.",
            "11:00",
            "Health",
        ),
        R(
            "gp",
            "Darren E - LD annual health check, accompanied by LD nurse. BMI 33. Advice diet. "
            "Bloods.",
        ),
    )
    f.occ(
        "2024-06-30",
        "police-darren",
        R(
            "pol",
            "30/06/24 ASSAULT (COMMON) - VICTIM DARREN ECCLESTONE (VULNERABLE ADULT). Two males "
            "known to him took his bank card and pushed him at 6 Lantern Court. Pregnant partner "
            "present. Suspects identified. Adult safeguarding referral + PPN (unborn).",
            "20:15",
            "CRIME",
            ref="FH/24/66210",
        ),
    )
    f.occ(
        "2024-07-01",
        "ppn-received",
        R(
            "csc",
            "Police notification received: Darren was assaulted at home last night and his bank "
            "card taken by two men he knew ('mate crime'), Shannon present (37 weeks pregnant). "
            "Added to the pre-birth assessment; LD nurse informed.",
            "",
            "Contact",
        ),
    )
    f.occ(
        "2024-07-11",
        "prebirth-conference",
        R(
            "csc",
            "Pre-birth child in need meeting: parents, advocate, midwife, LD nurse, HV. Outcome "
            "of PAMS: parents love the baby and have basic knowledge but will need daily "
            "practical support and prompting (feeding times, safe sleep, bathing). Plan: CIN at "
            "birth, family support 5 days a week, LD nurse to prepare picture-based routines. Mrs "
            "Tibbs (maternal great-aunt) offered to help.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "mw",
            "Pre-birth CIN meeting attended (13:30). Plan CIN at birth. Extended postnatal stay 3 "
            "days for supported care.",
            "13:30",
            "Meeting",
        ),
        R(
            "ald",
            "Pre-birth meeting attended. Agreed CLDT to make picture routines and sit in on feeds.",
            "13:30",
            "Meeting",
        ),
        R(
            "adv",
            "I went to the pre-birth meeting with Shannon and Darren. I explained afterwards what "
            "CIN means. Shannon was relieved. Darren said 'they still don't trust us'.",
            "13:30",
        ),
        R(
            "hv",
            "Antenatal contact combined with CIN meeting. Universal Partnership Plus.",
            "13:30",
            "Antenatal",
            shift="-1",
        ),
    )
    f.occ(
        "2024-08-20",
        "birth",
        R(
            "mw",
            "SVD 04:12, live female, 3.02kg, Apgars 9/10. Mother Shannon Mulgrew. To postnatal "
            "ward with baby. Extended stay plan in place.",
            "04:12",
            "Birth",
        ),
        R(
            "csc",
            "Rosie was born this morning at Fenhallow District Hospital, 3.02kg, well. Mother and "
            "baby on the postnatal ward.",
            "",
            "Birth",
        ),
        R("gp", "Birth: Rosie Mulgrew born 20/08/24 at FDH, 3.02kg (per maternity).", shift="late"),
    )
    f.occ(
        "2024-08-22",
        "discharge-planning",
        R(
            "mw",
            "Discharge planning meeting on postnatal ward: SW, LD nurse, HV, parents, advocate. "
            "Feeding 3-hourly with alarms on phone, safe sleep demonstrated. Discharge 23/08 with "
            "family support visits from 24/08.",
            "10:00",
            "DPM",
        ),
        R(
            "csc",
            "Discharge planning meeting on the postnatal ward: home tomorrow with daily family "
            "support visits; HV primary visit within 10 days.",
            "10:00",
            "Meeting",
        ),
        R("ald", "Discharge planning meeting, ward - attended.", "10:00", "Meeting"),
        R(
            "adv",
            "Discharge planning meeting on the ward. I made sure Shannon could say she is worried "
            "about night feeds.",
            "10:00",
        ),
    )
    f.occ(
        "2024-08-22",
        "pams-feedback",
        R(
            "csc",
            "Met the parents and their advocate in the hospital family room to feed back the "
            "written PAMS report page by page.",
            "14:00",
            "Assessment",
        ),
        R(
            "adv",
            "Afternoon: SW went through the PAMS report with Shannon and Darren. I asked her to "
            "stop twice so Darren could take breaks. They signed to say they'd seen it.",
            "14:00",
        ),
    )
    f.occ(
        "2024-08-23",
        "discharge-home",
        R(
            "mw",
            "Mother and baby discharged home. Community MW to visit day 5.",
            "11:30",
            "Discharge",
        ),
        R(
            "hv",
            "Rosie Mulgrew and mother discharged home from FDH postnatal ward (23/08).",
            "",
            "Discharge",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-27",
        "mw-day5",
        R(
            "mw",
            "Community MW visit day 5 (bank hol Monday so Tues). Weight 2.84kg (-6%). Feeding ok "
            "with prompting. Safe sleep ok.",
            "11:00",
            "Postnatal",
        ),
    )
    f.occ(
        "2024-09-10",
        "hv-visit",
        R(
            "hv",
            "New birth visit. Rosie 3.21kg. Shannon feeding 4-hourly 'when she cries'; discussed "
            "3-hourly alarms. Home cluttered but safe sleep in place.",
            "10:00",
            "NBV",
        ),
    )
    f.occ(
        "2024-09-10",
        "ald-visit",
        R(
            "ald",
            "Visit to Darren: low mood since the assault, not sleeping because of night feeds. GP "
            "appt made.",
            "15:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-10-14",
        "ed-1",
        R(
            "ed",
            "TRIAGE 19:40. 8/52 F. Vomiting after feeds x 2 days. Obs normal. Cat 4.",
            "19:40",
            "Triage",
        ),
        R(
            "ed",
            "Dr review 21:05: well, hydrated, gaining. Overfeeding? Parents making up feeds "
            "'stronger'. Advice re formula. Home.",
            "21:05",
            "Clinician",
        ),
        R("ed", "Discharged 21:30. GP/HV letter.", "21:30", "Discharge"),
    )
    f.occ(
        "2024-10-15",
        "ed-2",
        R(
            "ed",
            "TRIAGE 18:55. Reattendance. 8/52 F vomiting, mum 'worried'. Obs normal. Cat 4.",
            "18:55",
            "Triage",
        ),
        R(
            "ed",
            "Seen by registrar: well baby, 2nd attendance in 24h. Feed plan written with "
            "pictures. Home. Safeguarding liaison informed (parental LD, reattendance).",
            "20:10",
            "Clinician",
        ),
    )
    f.occ(
        "2024-10-16",
        "ed-liaison",
        R(
            "ed",
            "Paed liaison: notification to HV and GP of two attendances 14/10 and 15/10.",
            "",
            "Liaison",
        ),
        R(
            "hv",
            "Notification from ED paediatric liaison: Rosie attended ED 14th and 15th Oct with "
            "vomiting, diagnosed overfeeding / concentrated feeds.",
            "",
            "Notification",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-17",
        "hv-feeds",
        R(
            "hv",
            "Home visit with LD nurse: feed-making practised with parents, picture guide on "
            "fridge. Both demonstrated correctly.",
            "10:30",
            "Home visit",
        ),
        R(
            "ald",
            "Joint with HV - formula preparation. Parents got it right twice.",
            "10:30",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-11-26",
        "ed-head",
        R(
            "ed",
            "TRIAGE 21:12. 14/52 F. Swelling R side of head. Father says she rolled off the sofa "
            "at 5pm onto laminate. Irritable. Cat 2.",
            "21:12",
            "Triage",
        ),
        R(
            "ed",
            "Consultant review 21:50: boggy swelling R parietal 5cm. No bruising elsewhere. "
            "Non-mobile infant, history of rolling off sofa at 14 weeks not consistent. CT head "
            "tonight. Admit under paeds. Safeguarding: CSC EDT informed.",
            "21:50",
            "Clinician",
        ),
    )
    f.occ(
        "2024-11-26",
        "ward-admit",
        R(
            "ward",
            "Admitted to Ward 7 from ED at 23:40 for CT and observation. Both parents stayed. "
            "Nursing observations 2-hourly.",
            "23:40",
            "Admission",
        ),
    )
    f.occ(
        "2024-11-26",
        "edt-call",
        R("ed", "Phoned EDT re head injury in non-mobile infant.", "22:05", "Safeguarding"),
        R(
            "csc",
            "EDT: call from ED consultant at 22:05: Rosie (14 weeks) brought in with a parietal "
            "swelling, history of rolling off a sofa; CT tonight. Parents on ward. Passed to "
            "daytime team.",
            "22:05",
            "EDT",
        ),
    )
    f.occ(
        "2024-11-27",
        "ct",
        R(
            "ward",
            "CT head: linear R parietal skull fracture, no intracranial bleed. Skeletal survey + "
            "ophthalmology requested. Parents told by consultant with LD nurse support by phone.",
            "09:30",
            "Medical",
        ),
    )
    f.occ(
        "2024-11-27",
        "strategy",
        R(
            "csc",
            "Strategy discussion: Rosie has a linear skull fracture with an explanation (rolled "
            "off the sofa) the consultant thinks inconsistent with her development. S47 jointly "
            "with police; parents not to be left alone with her on the ward; skeletal survey "
            "tomorrow; advocate to be present at any police interview.",
            "12:00",
            "Strategy",
        ),
        R(
            "pol",
            "27/11/24 STRATEGY MTG - NAI SKULL # 14/52 INFANT ROSIE MULGREW. JOINT S47. VOLUNTARY "
            "INTERVIEWS PARENTS WITH APPROPRIATE ADULT.",
            "12:00",
            "STRAT",
        ),
        R(
            "ward",
            "Strategy meeting (Teams) - consultant Dr Hinde attended. Supervised contact only on "
            "ward.",
            "12:00",
            "Safeguarding",
        ),
        R(
            "hv",
            "Strategy discussion attended - HV records shared: ED attendances Oct, good "
            "engagement with feeds.",
            "12:00",
            "Strategy",
        ),
        R(
            "ald",
            "Strategy meeting. I shared Darren's and Shannon's communication needs.",
            "12:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-28",
        "skeletal",
        R(
            "ward",
            "Skeletal survey: no other fractures. Ophthalmology: no retinal haemorrhages. Bloods "
            "normal.",
            "",
            "Medical",
        ),
    )
    f.occ(
        "2024-11-28",
        "adv-ward",
        R(
            "adv",
            "I saw Shannon and Darren on the ward on Thursday. Darren kept saying 'she rolled, "
            "she rolled'. Shannon said Darren had her on his lap on the sofa and 'she slipped'. I "
            "told them to tell the police the truth and that I would be there.",
            "",
        ),
    )
    f.occ(
        "2024-12-02",
        "interview-shannon",
        R(
            "pol",
            "02/12/24 VOLUNTARY INTERVIEW SHANNON MULGREW WITH APPROPRIATE ADULT (ADVOCATE). "
            "STATES NOT PRESENT - IN KITCHEN.",
            "10:00",
            "INTERVIEW",
        ),
        R(
            "adv",
            "I was appropriate adult for Shannon's police interview at Fenhallow station. She was "
            "very scared. She said she was in the kitchen and heard a bang.",
            "10:00",
        ),
    )
    f.occ(
        "2024-12-02",
        "interview-darren",
        R(
            "pol",
            "02/12/24 VOLUNTARY INTERVIEW DARREN ECCLESTONE WITH APPROPRIATE ADULT. ADMITS BABY "
            "FELL FROM HIS ARMS WHEN HE STOOD UP, PANICKED, TOLD ED SOFA.",
            "13:00",
            "INTERVIEW",
        ),
        R(
            "adv",
            "Afternoon: I was appropriate adult for Darren. He said he was holding Rosie, stood "
            "up to get her bottle and she fell out of his arms onto the floor. He said he lied "
            "because he was frightened.",
            "13:00",
        ),
    )
    f.occ(
        "2024-12-04",
        "discharge-to-foster",
        R(
            "ward",
            "Discharged from Ward 7 into the care of foster carer (Mrs Yvonne Pargeter) with SW. "
            "s20 consent signed by both parents with advocate.",
            "14:00",
            "Discharge",
        ),
        R(
            "csc",
            "Rosie discharged from Ward 7 straight to foster carer Mrs Pargeter (Fenhallow) under "
            "section 20, both parents consenting with their advocate present.",
            "14:00",
            "Placement",
        ),
        R(
            "fos",
            "Placement start: Rosie (15/52) placed with Yvonne Pargeter, collected from FDH Ward "
            "7. Section 20.",
            "14:00",
            "Placement",
        ),
        R(
            "adv",
            "Rosie went to the foster carer from the hospital today. Shannon cried. I stayed with "
            "them at the flat after.",
            "",
        ),
    )
    f.occ(
        "2024-12-06",
        "lbp",
        R(
            "csc",
            "Letter before proceedings sent to both parents (easy-read version attached), "
            "inviting them to a pre-proceedings meeting on 13/12/2024.",
            "",
            "PLO",
        ),
    )
    f.occ(
        "2024-12-13",
        "ppm",
        R(
            "csc",
            "Pre-proceedings meeting at the Civic Centre: parents, their solicitor, advocate, "
            "team manager, SW. Independent PAMS assessment of Darren and Shannon together to be "
            "commissioned; contact 3 x week supervised.",
            "10:00",
            "PLO",
        ),
        R(
            "adv",
            "Pre-proceedings meeting - Shannon and Darren had their solicitor. Breaks every 20 "
            "minutes as agreed.",
            "10:00",
        ),
        R("ald", "PLO meeting attended.", "", "Meeting", shift="+1"),
    )
    f.occ(
        "2025-01-14",
        "issue",
        R(
            "csc",
            "Care proceedings issued (Fenhallow Family Court): application for an interim care "
            "order.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-01-20",
        "cmh-ico",
        R(
            "csc",
            "Case management hearing: interim care order made; Rosie stays with Mrs Pargeter. "
            "Independent parenting assessment (PAMS) and a viability assessment of Mrs Tibbs "
            "directed. Intermediary for both parents.",
            "",
            "Court",
        ),
        R(
            "caf",
            "CMH attended. ICO. ISW PAMS and kinship viability directed. Parents have "
            "intermediary.",
            "",
            "Hearing",
        ),
        R("fos", "ICO made today - Rosie remains in placement.", "", "Legal status", shift="late"),
        R(
            "adv",
            "Court today. The judge made an interim care order. The intermediary helped. Darren "
            "walked out once.",
            "",
        ),
    )
    f.occ(
        "2025-02-10",
        "caf-visit",
        R(
            "caf",
            "Visit to Rosie at foster placement. Thriving, 6.2kg. Observed part of contact.",
            "10:30",
            "Visit",
        ),
    )
    f.occ(
        "2025-02-10",
        "fos-visit",
        R(
            "fos",
            "Supervisory visit to Mrs Pargeter. Rosie settled, good routines.",
            "15:00",
            "Visit",
        ),
    )
    f.occ(
        "2025-03-04",
        "tibbs-viability",
        R(
            "csc",
            "Viability assessment of Mrs Maureen Tibbs (maternal great-aunt) completed: positive; "
            "full special guardianship assessment recommended.",
            "",
            "Assessment",
        ),
        R("caf", "Viability of great-aunt filed: positive.", "", "Filing", shift="+2"),
    )
    f.occ(
        "2025-05-16",
        "isw-report",
        R(
            "csc",
            "Independent PAMS report filed: parents have made real progress but cannot yet keep "
            "Rosie safe without 24-hour support; recommends Rosie lives with Mrs Tibbs with "
            "generous family time.",
            "",
            "Court",
        ),
        R(
            "caf",
            "ISW PAMS report received - negative for sole care, supports placement with "
            "great-aunt.",
            "",
            "Filing",
        ),
    )
    f.occ(
        "2025-05-19",
        "adv-reads-report",
        R(
            "adv",
            "The report came on Friday. Today I read it with Shannon and Darren at their flat "
            "with easy-read notes. They were very upset.",
            "",
        ),
    )
    f.occ(
        "2025-06-09",
        "move-tibbs",
        R(
            "csc",
            "Rosie moved from Mrs Pargeter to her great-aunt Mrs Tibbs at 11 Cobden Walk, "
            "Fenhallow FH2 7NE, under the ICO (placement with connected person).",
            "",
            "Placement",
        ),
        R(
            "fos",
            "Placement end: Rosie moved to great-aunt (M Tibbs) today. Good handover.",
            "",
            "Placement",
        ),
        R(
            "hv",
            "Rosie moved to great-aunt, 11 Cobden Walk FH2 7NE. New HV area - transfer in.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2025-07-21",
        "irh",
        R(
            "csc",
            "Issues resolution hearing: parents do not oppose a special guardianship order to Mrs "
            "Tibbs; family time agreed monthly plus video calls.",
            "",
            "Court",
        ),
        R("caf", "IRH - agreed. Final hearing 04/08.", "", "Hearing"),
    )
    f.occ(
        "2025-08-04",
        "sgo",
        R(
            "csc",
            "Final hearing: special guardianship order made to Mrs Maureen Tibbs; ICO discharged; "
            "case to close after the SGO support plan handover.",
            "",
            "Court",
        ),
        R("caf", "Final hearing: SGO to M Tibbs made. Case closed to Cafcass.", "", "Hearing"),
        R("adv", "SGO made. Shannon said 'at least she's with family'.", "", shift="month"),
    )
    f.occ(
        "2025-08-06",
        "gp-sgo-letter",
        R("gp", "Letter from CSC received: SGO granted to M Tibbs for Rosie M. Records to follow."),
    )
    f.fill(
        "mw",
        "2024-02-20",
        "2024-08-15",
        [
            ("Antenatal", "Antenatal check 28/40. BP normal, FH heard. Iron started."),
            ("Antenatal", "Antenatal check - DNA. Rebooked."),
            ("Antenatal", "Antenatal check 34/40 at home (easy-read birth plan done)."),
            ("Antenatal", "Growth scan normal."),
        ],
    )
    f.fill(
        "csc",
        "2024-04-15",
        "2024-07-08",
        [
            (
                "Assessment",
                "PAMS session at home: safe sleep and bathing with a doll; Shannon confident, "
                "Darren needed prompts.",
            )
        ],
    )
    f.fill(
        "csc",
        "2024-08-28",
        "2024-11-22",
        [
            (
                "Visit",
                "CIN visit: Rosie seen, clean and content; family support worker visits going "
                "well.",
            )
        ],
    )
    f.fill(
        "csc",
        "2024-12-09",
        "2025-06-05",
        [
            ("Contact", "Supervised family time: parents warm, needed prompting to wind Rosie."),
            ("Visit", "Statutory visit to Rosie in placement: thriving."),
            ("Supervision", "Supervision: PLO timetable reviewed."),
        ],
    )
    f.fill(
        "ald",
        "2024-03-01",
        "2025-08-29",
        [
            ("Visit", "Visit to Shannon - anxiety, picture calendar made."),
            ("Telephone", "Call with Darren - money worries, referred to benefits advice."),
            ("Visit", "Visit to Darren - low mood improving."),
        ],
    )
    f.fill(
        "adv",
        "2024-03-25",
        "2025-08-29",
        [
            ("", "I met Shannon in town to help her read her letters."),
            ("", "Phone call with Darren - he wanted to know what happens next."),
        ],
        timed=False,
    )
    f.fill(
        "adv",
        "2025-01-21",
        "2025-07-18",
        [("", "I helped Shannon fill in her statement for court with the solicitor.")],
        timed=False,
    )
    f.fill(
        "hv",
        "2024-09-12",
        "2024-11-22",
        [
            ("Clinic", "Weighed in clinic. Rosie on 25th centile."),
            ("Home visit", "6-8 wk review: smiling, fixing and following."),
            ("Telephone", "Call to Shannon: formula advice."),
        ],
    )
    f.fill(
        "gp",
        "2024-02-20",
        "2024-08-15",
        [("", "Shannon M - antenatal, pelvic girdle pain.")],
    )
    f.fill(
        "gp",
        "2024-09-01",
        "2025-08-01",
        [
            ("", "Darren E - low mood, sertraline 50mg."),
            ("", "Shannon M - postnatal check, contraception."),
        ],
    )
    f.fill("gp", "2024-10-10", "2024-10-31", [("", "Rosie M - 8 week check and 1st imms.")])
    f.fill(
        "fos",
        "2024-12-10",
        "2025-06-05",
        [
            ("Contact", "Contact transport - Rosie upset after contact."),
            ("Log", "Carer reports Rosie sleeping through."),
        ],
    )
    f.fill(
        "caf",
        "2025-01-22",
        "2025-08-01",
        [("Analysis", "Case analysis filed."), ("Telephone", "Call with parents' solicitor.")],
    )
    f.fill(
        "pol",
        "2024-12-09",
        "2025-03-31",
        [("NFA", "FH/24/71930 - CPS advice sought re Darren ECCLESTONE.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 4: the Kilbride family, Dunstowe. Chloe Kilbride (b. 27/01/2010, Year 10 then Year 11
# at Dunstowe Heights Academy) cares for her mother Angela Kilbride (b. 1979), who is dependent
# on alcohol, and her brother Finn (b. 02/06/2015) at 31 Weaver's Drift, Dunstowe DN7 4BX;
# registered at Castlewold Health Centre. Repeated ambulance call-outs and emergency
# department attendances for intoxication and a withdrawal seizure, school refusal, early
# help, young carers, an inpatient detox, a relapse with an overdose, a child protection plan,
# and Chloe herself found drunk in a park.
# --------------------------------------------------------------------------------------------


def _kilbride() -> BlindCase:
    f = Family(
        "kilbride",
        604,
        {
            "sch": Sheet(
                SCHOOL,
                "DunstoweHeights_Chloe_K.xlsx",
                "Pastoral",
                (
                    ("2024-01-01", "Mr D Hartigan, Head of Year 10"),
                    ("2025-07-01", "Ms R Oyelaran DSL"),
                ),
            ),
            "ewo": Sheet(
                EWO, "EWS_Kilbride_C.xlsx", "Casework", (("2024-01-01", "Sunita Greaves EWO"),)
            ),
            "pol": Sheet(POLICE, "Police_Kilbride.xlsx", "Log"),
            "amb": Sheet(AMBULANCE, "Ambulance_31WeaversDrift.xlsx", "Sheet1", typed=False),
            "ed": Sheet(ED, "DunstoweGeneral_ED_Kilbride_A.xlsx", "Episodes"),
            "alc": Sheet(
                ALCOHOL,
                "Turnstone_alcohol_service_Kilbride_A.xlsx",
                "Notes",
                (("2024-01-01", "Marcus Feeney, recovery worker"),),
            ),
            "gp": Sheet(
                GP, "Castlewold_HC_Kilbride.docx", "Table 1", (("2024-01-01", "Dr L Abara"),)
            ),
            "csc": Sheet(
                CSC,
                "CSC_Kilbride_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "MASH"), ("2024-12-02", "Gareth Linnane SW")),
            ),
            "eh": Sheet(
                EARLY_HELP,
                "EarlyHelp_Kilbride.xlsx",
                "Case notes",
                (("2024-01-01", "Kim Yardley, family worker"),),
                typed=False,
            ),
            "yc": Sheet(
                YOUNG_CARERS,
                "YoungCarers_Kilbride_C.xlsx",
                "Log",
                (("2024-01-01", "Ellie Brunt"),),
                typed=False,
            ),
            "lp": Sheet(LIAISON, "LiaisonPsych_Kilbride_A.docx", "Table 1", typed=False),
        },
    )
    f.occ(
        "2024-09-17",
        "attendance-concern",
        R(
            "sch",
            "Attendance 78% last year, 4 absences already this term. Chloe says mum is 'poorly a "
            "lot'. Will refer to EWS.",
            "12:30",
            "Attendance",
        ),
    )
    f.occ(
        "2024-09-18",
        "ewo-referral",
        R("sch", "EWS referral form sent for Chloe.", "", "Attendance", shift="-1"),
        R(
            "ewo",
            "Contact type: Referral from school. Outcome: Chloe K Y10, 78% attendance 23/24, poor "
            "start to term. Allocated.",
            "",
            "Referral",
        ),
    )
    f.occ(
        "2024-10-05",
        "amb-1",
        R(
            "amb",
            "23:31 999 from daughter (14). 45F collapsed in kitchen, ETOH +++. GCS 12. Head lac "
            "2cm. Conveyed DGH. Daughter and son (9) left with neighbour.",
            "23:31",
        ),
    )
    f.occ(
        "2024-10-06",
        "ed-1",
        R(
            "ed",
            "Triage 00:18: 45F BIBA, intoxicated, occipital lac. GCS 13. Cat 3.",
            "00:18",
            "Triage",
        ),
        R(
            "ed",
            "Dr: lac glued. Alcohol ~1L vodka/day by own account. CT not indicated. AUDIT-C 12. "
            "Offered alcohol liaison - declined.",
            "02:40",
            "Clinician",
        ),
        R(
            "ed",
            "Discharged 05:05 home by taxi. Safeguarding: 999 made by 14yo daughter, children "
            "left with neighbour - referral to CSC.",
            "05:05",
            "Discharge",
        ),
    )
    f.occ(
        "2024-10-06",
        "ed-referral",
        R(
            "ed",
            "Safeguarding referral (online MARF) submitted re Chloe (14) and Finn (9): young "
            "carer called 999, mother alcohol dependent.",
            "06:10",
            "Safeguarding",
        ),
        R(
            "csc",
            "MARF from Dunstowe General ED: Ms Angela Kilbride attended intoxicated with a head "
            "wound after her daughter Chloe (14) called 999; children left with a neighbour "
            "overnight; mother reports drinking about a litre of vodka a day.",
            "",
            "Contact",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-08",
        "mash",
        R(
            "csc",
            "MASH decision on the ED referral: checks show school attendance concerns and no "
            "previous involvement; mother consents to Early Help. Stepped down to Early Help with "
            "a young carers referral.",
            "",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-10-09",
        "ed-gp-letter",
        R("ed", "ED discharge summary to GP.", "", "Letter"),
        R(
            "gp",
            "ED letter (DGH 06/10): A Kilbride, intoxicated, scalp lac, declined alcohol liaison.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-17",
        "eh-visit-1",
        R(
            "eh",
            "First home visit, Thurs 17th. Angela sober but shaky, 'I've got it under control'. "
            "Chloe does the shopping and takes Finn to school. Family plan: alcohol service "
            "referral, young carers, attendance.",
        ),
    )
    f.occ(
        "2024-10-17",
        "ewo-visit",
        R(
            "ewo",
            "Contact type: Home visit. Outcome: Chloe at home at 2pm, not ill. Said she stays "
            "home when mum 'has a bad day'. Parenting contract discussed with Angela.",
            "14:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-10-22",
        "gp-angela",
        R(
            "gp",
            "A Kilbride. Alcohol dependence. 140 units/wk. Tremor. LFTs. Thiamine. Referred "
            "Turnstone (self-referral encouraged). Chlordiazepoxide NOT started - community detox "
            "needs assessment.",
        ),
    )
    f.occ(
        "2024-10-23",
        "self-referral",
        R(
            "alc",
            "Self-referral by phone from Angela Kilbride. Drinking daily for 6 years, worse since "
            "her partner left. Two children. Triage booked.",
            "10:15",
            "Referral",
        ),
    )
    f.occ(
        "2024-10-23",
        "eh-call",
        R("eh", "Angela told me on the phone she rang Turnstone today herself. Well done!"),
    )
    f.occ(
        "2024-11-12",
        "yc-assess",
        R(
            "yc",
            "I did Chloe's young carer assessment at school. She cooks most nights, helps her mum "
            "to bed, checks she is breathing. She worries all day in lessons. She'd like a break "
            "- offered Thursday group and a 'worry phone time' arrangement with school.",
        ),
    )
    f.occ(
        "2024-11-23",
        "amb-2",
        R(
            "amb",
            "14:12 Call from daughter. 45F fall on stairs, ETOH. Minor abrasion L knee. Treated "
            "on scene, refused conveyance, capacity assessed. Daughter present.",
            "14:12",
        ),
    )
    f.occ(
        "2024-11-23",
        "amb-3",
        R(
            "amb",
            "22:48 Call from daughter. 45F intoxicated, vomiting, unable to stand. Conveyed DGH. "
            "Same-day second call to this address.",
            "22:48",
        ),
    )
    f.occ(
        "2024-11-23",
        "ed-2",
        R(
            "ed",
            "Triage 23:25: 45F BIBA, intoxicated, vomiting. Obs stable. Cat 3.",
            "23:25",
            "Triage",
        ),
        R(
            "ed",
            "Discharged 03:10 when sober, own taxi. Known to Turnstone.",
            "03:10",
            "Discharge",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-24",
        "ed-3",
        R(
            "ed",
            "Triage 16:02: 45F BIBA (daughter called 999), witnessed seizure at home, stopped "
            "drinking this morning. Cat 2.",
            "16:02",
            "Triage",
        ),
        R(
            "ed",
            "Dr: alcohol withdrawal seizure. CIWA 22. Pabrinex, chlordiazepoxide. Admit AMU. "
            "Re-attender (discharged from ED this morning).",
            "16:40",
            "Clinician",
        ),
    )
    f.occ(
        "2024-11-24",
        "amb-4",
        R(
            "amb",
            "15:20 Call from daughter. 45F fitting, 2 mins, now post-ictal. Conveyed DGH.",
            "15:20",
        ),
    )
    f.occ(
        "2024-11-25",
        "lp-review",
        R(
            "lp",
            "Liaison psychiatry review on AMU. Ms Kilbride has alcohol dependence syndrome with "
            "withdrawal seizures. Not suicidal. Her 14-year-old daughter has called 999 three "
            "times in two days. Advised: inpatient detox planning with Turnstone; safeguarding "
            "referral re children to be updated.",
        ),
    )
    f.occ(
        "2024-11-25",
        "lp-alc-referral",
        R("lp", "Referral to Turnstone for inpatient detox assessment (email)."),
        R(
            "alc",
            "Referral in from liaison psychiatry (DGH AMU): withdrawal seizure 24/11, 3 ED "
            "attendances, request inpatient detox assessment. Already triaged here 10/24.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-25",
        "chloe-absent",
        R(
            "sch",
            "Chloe absent - texted Mr Hartigan 'mum in hospital, looking after Finn'.",
            "08:50",
            "Attendance",
        ),
    )
    f.occ(
        "2024-11-26",
        "lp-csc-call",
        R(
            "lp",
            "I telephoned the MASH to update the referral: three ambulance calls by Chloe in two "
            "days, mother now on AMU.",
        ),
        R(
            "csc",
            "Call from Dr Shah, liaison psychiatry, Dunstowe General: further ambulance calls by "
            "Chloe over the weekend, mother had a withdrawal seizure and is on the acute medical "
            "unit. Early Help aware. Stepping up to a Child and Family assessment.",
            "",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-28",
        "discharge-amu",
        R(
            "ed",
            "Discharged from AMU to home, chlordiazepoxide reducing regime, Turnstone follow-up.",
            "",
            "Discharge",
        ),
    )
    f.occ(
        "2024-12-02",
        "ca-start",
        R(
            "csc",
            "Child and Family assessment started. Home visit: Chloe seen alone in her bedroom - "
            "she sleeps with her phone on in case her mum 'stops breathing' and has not slept a "
            "full night 'since summer'. Finn seen, cheerful, says Chloe makes his tea.",
            "16:00",
            "Assessment",
        ),
    )
    f.occ(
        "2025-01-09",
        "cin-meeting",
        R(
            "csc",
            "Initial child in need meeting: Ms Kilbride, Chloe (for part), school, EWO, young "
            "carers, Turnstone, Early Help. CIN plan: Turnstone to complete detox pathway; Chloe "
            "to have a reduced timetable for 4 weeks then full; young carers respite; Ms "
            "Kilbride's sister Mrs Lisa Parr to be a back-up carer.",
            "15:30",
            "CIN",
        ),
        R(
            "sch",
            "CIN meeting 3.30 - Chloe's part-time timetable agreed for 4 wks.",
            "15:30",
            "Meeting",
        ),
        R(
            "ewo",
            "Contact type: CIN meeting. Outcome: attended, reduced timetable agreed.",
            "15:30",
            "Meeting",
        ),
        R("yc", "CIN meeting today. I spoke for Chloe about the night-time worry."),
        R(
            "alc",
            "Attended CIN meeting for Angela's children. Detox pathway explained.",
            "15:30",
            "MDT",
        ),
        R("eh", "CIN mtg - case transferred from EH to SW. Closed to Early Help.", shift="month"),
    )
    f.occ(
        "2025-01-18",
        "police-amb",
        R(
            "pol",
            "01:32 Concern for welfare 31 Weaver's Drift. Neighbour reports woman screaming in "
            "garden. Attended with NWAS. Angela KILBRIDE heavily intoxicated, abusive to "
            "officers, fell on path. Children (14 and 9) inside, Chloe 'used to it'. PPN x2.",
            "01:32",
            "Concern for welfare",
            ref="DN-0118-0044",
        ),
        R(
            "amb",
            "01:35 With police. 45F ETOH, fall on path, laceration R eyebrow. Conveyed DGH.",
            "01:35",
        ),
    )
    f.occ(
        "2025-01-18",
        "ed-4",
        R(
            "ed",
            "Triage 02:10: 45F BIBA with police, intoxicated, eyebrow lac. Cat 3.",
            "02:10",
            "Triage",
        ),
        R(
            "ed",
            "Dr: steristrips. Known dependent drinker, detox pending. Discharged 07:20.",
            "07:20",
            "Discharge",
        ),
    )
    f.occ(
        "2025-01-20",
        "ppn",
        R(
            "csc",
            "Police notifications received for Chloe and Finn (DN-0118-0044, Saturday 01:32): "
            "police and ambulance attended after Ms Kilbride was screaming in the garden; she was "
            "taken to hospital; the children were left with Chloe in charge. SW to visit today.",
            "",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-21",
        "ewo-school-visit",
        R(
            "ewo",
            "Contact type: Joint home visit with school attendance officer. Outcome: Chloe "
            "refused to come to school - 'I can't leave her'. Agreed late start with breakfast in "
            "Learning Base.",
            "09:30",
            "Visit",
        ),
        R(
            "sch",
            "Home visit with EWO (Tues am) - Chloe would not come in. Late start plan agreed.",
            "09:30",
            "Attendance",
        ),
    )
    f.occ(
        "2025-02-11",
        "alc-assessment",
        R(
            "alc",
            "Comprehensive assessment: 16 units/day, SADQ 38 (severe), previous withdrawal "
            "seizure. Plan: inpatient detox at Wrenbeck Unit, bed date April; pre-detox group "
            "weekly.",
            "11:00",
            "Assessment",
        ),
    )
    f.occ(
        "2025-03-06",
        "gp-chloe",
        R("gp", "Chloe K - Td/IPV + MenACWY (school catch-up). Mood chat - 'tired'. Kooth info."),
    )
    f.occ(
        "2025-03-06",
        "gp-finn",
        R(
            "gp",
            "Finn K - asthma review with sister (mum unwell). Inhaler technique ok. Clenil cont.",
        ),
    )
    f.occ(
        "2025-03-13",
        "cin-review",
        R(
            "csc",
            "CIN review: attendance improved to 84%; Ms Kilbride attending the pre-detox group; "
            "detox date 14 April confirmed; the children will stay with Mrs Parr during the "
            "admission.",
            "10:00",
            "CIN review",
        ),
        R(
            "ewo",
            "Contact type: CIN review. Outcome: attendance 84%, improving.",
            "10:00",
            "Meeting",
        ),
        R("alc", "CIN review - detox date shared.", "10:00", "MDT", shift="+1"),
    )
    f.occ(
        "2025-03-13",
        "attendance-panel",
        R(
            "sch",
            "Attendance panel (school) 2pm: Chloe's case reviewed; no fast-track prosecution "
            "given carer role.",
            "14:00",
            "Attendance",
        ),
        R(
            "ewo",
            "Contact type: School attendance panel. Outcome: no prosecution - young carer.",
            "14:00",
            "Panel",
        ),
    )
    f.occ(
        "2025-04-14",
        "detox-admit",
        R(
            "alc",
            "Admitted Wrenbeck Unit for 10-day inpatient detox. Brought in by sister.",
            "10:00",
            "Admission",
        ),
        R(
            "csc",
            "Ms Kilbride was admitted to the Wrenbeck Unit this morning for her inpatient detox.",
            "",
            "Health",
        ),
        R("yc", "Angela admitted to the Wrenbeck Unit for her detox today."),
    )
    f.occ(
        "2025-04-14",
        "children-to-aunt",
        R(
            "csc",
            "Chloe and Finn moved in with their aunt Mrs Lisa Parr at 8 Rooksby Lane, Dunstowe "
            "DN3 2QE, for the duration of the detox (private family arrangement, within the CIN "
            "plan).",
            "",
            "Family",
        ),
    )
    f.occ(
        "2025-04-25",
        "detox-discharge",
        R(
            "alc",
            "Discharged from Wrenbeck Unit, detox completed. Acamprosate started. Aftercare group "
            "Tues/Thurs.",
            "",
            "Discharge",
        ),
        R(
            "csc",
            "Ms Kilbride discharged from the Wrenbeck Unit after completing detox; children "
            "returned home with her today.",
            "",
            "Health",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-21",
        "od-scene",
        R(
            "amb",
            "16:44 Call from daughter (15). 46F found drowsy on sofa, empty paracetamol packets "
            "(approx 32 tabs) and vodka. Police attended for concern. Conveyed DGH.",
            "16:44",
        ),
        R(
            "pol",
            "16:50 Attended with ambulance: overdose, Angela KILBRIDE, 31 Weaver's Drift. "
            "Daughter found her. Children to aunt Lisa PARR. PPN.",
            "16:50",
            "Concern for welfare",
            ref="DN-0621-0311",
        ),
    )
    f.occ(
        "2025-06-21",
        "ed-od",
        R(
            "ed",
            "Triage 17:20: 46F deliberate OD paracetamol ~32 tabs + ETOH, time of ingestion "
            "unknown (~12:00?). Cat 2.",
            "17:20",
            "Triage",
        ),
        R(
            "ed",
            "Dr: staggered OD, start NAC. Admit AMU. Liaison psych referral. Relapse since May "
            "per sister.",
            "18:05",
            "Clinician",
        ),
    )
    f.occ(
        "2025-06-23",
        "lp-od",
        R(
            "lp",
            "Review on AMU after overdose on Saturday: relapse to drinking since mid-May, "
            "overdose impulsive after a row with her sister. Low ongoing risk while inpatient. "
            "Plan: Turnstone re-engagement, CMHT not indicated. Children staying with aunt.",
        ),
    )
    f.occ(
        "2025-06-24",
        "strategy",
        R(
            "csc",
            "Strategy discussion: following Ms Kilbride's overdose, found by Chloe, and relapse, "
            "threshold met for S47; children to remain with Mrs Parr until an ICPC.",
            "11:00",
            "Strategy",
        ),
        R("pol", "Strat discussion attended. S47 single agency (CSC).", "11:00", "Strategy"),
        R(
            "sch",
            "Strategy meeting (phone) - Ms Oyelaran attended. S47.",
            "11:00",
            "Safeguarding",
            shift="-2",
        ),
        R(
            "alc",
            "Strategy discussion - Turnstone contributed. Angela relapsed ~mid May, missed 3 "
            "aftercare groups.",
            "11:00",
            "MDT",
        ),
    )
    f.occ(
        "2025-06-27",
        "amu-discharge",
        R(
            "ed",
            "Discharged from AMU, NAC complete, LFTs normalising. To sister's address.",
            "",
            "Discharge",
        ),
        R(
            "alc",
            "Angela discharged from DGH today to her sister's.",
            "",
            "Discharge",
            shift="late",
        ),
    )
    f.occ(
        "2025-07-08",
        "school-report",
        R("sch", "My report for Chloe's ICPC sent to CP conference admin.", "", "Safeguarding"),
    )
    f.occ(
        "2025-07-10",
        "icpc",
        R(
            "csc",
            "Initial child protection conference: Chloe and Finn made subject to child protection "
            "plans (neglect). Children to return home when Ms Kilbride is re-engaged with "
            "Turnstone and a safety plan is in place; Mrs Parr as nominated adult.",
            "10:00",
            "ICPC",
        ),
        R(
            "sch",
            "ICPC - Chloe and Finn on CP plans, neglect. I attended.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "alc",
            "ICPC attended. Angela engaged again (2 keywork sessions since discharge).",
            "10:00",
            "MDT",
        ),
        R(
            "yc",
            "I went to Chloe's conference with her. She said she just wants her mum to be well.",
        ),
        R("pol", "ICPC attended by PC 2290 (report submitted). CP plans.", "10:00", "Conference"),
        R(
            "ewo",
            "Contact type: ICPC. Outcome: attended, CP plans.",
            "10:00",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-07-24",
        "return-home",
        R(
            "csc",
            "Chloe and Finn returned home from their aunt's to live with their mother.",
            "",
            "Family",
        ),
    )
    f.occ(
        "2025-08-16",
        "chloe-drunk",
        R(
            "pol",
            "21:55 Child found intoxicated, Millfield Park. Chloe KILBRIDE (15) vomiting, with "
            "older males (not identified). Taken home to mother, who was sober. PPN (Chloe).",
            "21:55",
            "Child concern",
            ref="DN-0816-0507",
        ),
    )
    f.occ(
        "2025-08-18",
        "ppn-chloe",
        R(
            "csc",
            "Police notification received: Chloe found drunk in Millfield Park on Saturday night "
            "with unidentified older males; taken home. Discussed with Chloe: she says she "
            "'wanted to know what mum likes about it'. Referred to the young people's drug and "
            "alcohol worker at Turnstone.",
            "",
            "Contact",
        ),
    )
    f.occ(
        "2025-09-18",
        "core-group",
        R(
            "csc",
            "Core group at school: Angela 7 weeks alcohol-free (breath tests at Turnstone); Chloe "
            "back full time in Year 11.",
            "09:00",
            "Core group",
        ),
        R("sch", "Core group 9am. Chloe full timetable.", "09:00", "Safeguarding"),
        R("yc", "Core group this morning, Chloe came for the end bit."),
        R("alc", "Core group - Angela attended with me. 7 weeks AF.", "09:00", "MDT"),
    )
    f.occ(
        "2025-09-18",
        "yc-session",
        R(
            "yc",
            "After school I took Chloe to the young carers' group in town. She talked about her "
            "GCSEs.",
        ),
    )
    f.occ(
        "2025-10-02",
        "rcpc",
        R(
            "csc",
            "Review child protection conference: sustained abstinence, children settled; CP plans "
            "ended, stepped down to child in need.",
            "10:00",
            "RCPC",
        ),
        R("sch", "RCPC today - CP plan ended, CIN.", "10:00", "Safeguarding"),
        R("alc", "RCPC attended, positive.", "", "MDT", shift="+1"),
        R("ewo", "Contact type: RCPC. Outcome: CP plans ended.", "10:00", "Meeting"),
    )
    f.fill(
        "sch",
        "2024-09-04",
        "2025-11-28",
        [
            ("Attendance", "Chloe absent, no call. Text home."),
            ("Attendance", "Chloe late 10:20 - 'overslept'."),
            ("Pastoral", "Chloe asleep in Maths. Sent to Learning Base."),
            ("Pastoral", "Chloe check-in with Head of Year. Says home 'ok this week'."),
            ("Attendance", "Chloe absent - mum rang, sickness (voice slurred per office)."),
        ],
    )
    f.fill(
        "sch",
        "2024-11-14",
        "2025-11-28",
        [("Pastoral", "Chloe used worry-phone time at lunch to text home.")],
    )
    f.fill(
        "ewo",
        "2024-09-25",
        "2025-11-28",
        [
            ("Letter", "Contact type: Letter. Outcome: attendance warning letter 1."),
            ("Telephone", "Contact type: Call to parent. Outcome: no answer."),
            ("Review", "Contact type: Attendance review. Outcome: 81%."),
        ],
    )
    f.fill(
        "alc",
        "2024-11-01",
        "2025-04-10",
        [
            ("Keywork", "Keywork session. Drinking reduced to 10 units/day."),
            ("Group", "Pre-detox group attended."),
            ("Keywork", "DNA keywork. Text sent."),
        ],
    )
    f.fill(
        "alc",
        "2025-04-28",
        "2025-11-28",
        [
            ("Keywork", "Keywork - breathalyser 0.00."),
            ("Group", "Aftercare group attended."),
        ],
    )
    f.fill(
        "yc",
        "2024-11-15",
        "2025-11-28",
        [
            ("", "Chloe came to Thursday group. Played pool, laughed a lot."),
            ("", "Phone check-in with Chloe."),
            ("", "Chloe missed group - messaged, mum had a bad day."),
            ("", "Respite trip to the climbing wall with the group."),
        ],
    )
    f.fill(
        "eh",
        "2024-10-25",
        "2025-01-05",
        [
            ("", "Visit - Angela in bed at 11am, Chloe at home. Talked to Chloe about school."),
            ("", "Phoned school re Chloe's attendance plan."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-02",
        "2025-11-28",
        [
            ("", "A Kilbride - LFTs raised (GGT 412). Discussed."),
            ("", "A Kilbride - fit note, alcohol dependence."),
            ("", "Finn K - earache, otitis media, amoxicillin."),
            ("", "A Kilbride - thiamine repeat."),
        ],
    )
    f.fill(
        "csc",
        "2024-12-05",
        "2025-11-28",
        [
            ("Visit", "CIN visit: Chloe and Finn seen; home warm, food in; Ms Kilbride sober."),
            ("Visit", "Statutory visit: Chloe seen alone - sleeping better."),
            ("Supervision", "Supervision: plan reviewed; relapse contingency discussed."),
        ],
    )
    f.fill(
        "csc",
        "2025-06-26",
        "2025-07-22",
        [("Visit", "Visit to Mrs Parr's: both children settled.")],
    )
    f.fill(
        "pol",
        "2024-09-02",
        "2025-11-28",
        [("ASB", "Noise complaint Weaver's Drift - not this address. Filed.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 5: the Varley family, Quenmoor. Sami Varley (b. 09/06/2014) has Duchenne muscular
# dystrophy with weak breathing and an enlarged heart; he lives with his parents Dawn (b. 1983,
# chronic pain) and Rob Varley (b. 1981, night shifts) and his sister Lily (b. 2018) at 15
# Thistlecombe Way, Quenmoor QY4 3SU; he goes to Bramblegate School (a special school) and is
# registered at Wickfold Surgery. Night-time ventilation is prescribed and largely not used,
# clinic and scan appointments are missed, professionals disagree about whether this is
# neglect, the consultant escalates, a child protection plan follows; a respiratory arrest at
# home, intensive care, a ceiling-of-care meeting, a gastrostomy, and a step-down.
# --------------------------------------------------------------------------------------------


def _varley() -> BlindCase:
    f = Family(
        "varley",
        605,
        {
            "nms": Sheet(
                NMS,
                "Quenmoor_Childrens_NMS_Varley_S.docx",
                "Table 1",
                (("2024-01-01", "Dr Femi Okoro, consultant"),),
            ),
            "ccn": Sheet(
                CCN, "CCN_Varley_S.xlsx", "Visits", (("2024-01-01", "Harriet Lomax CCN"),)
            ),
            "hos": Sheet(
                HOSPICE,
                "ThimblewoodHospice_Varley.xlsx",
                "Family record",
                (("2024-01-01", "Moira Fenn, family support nurse"),),
                typed=False,
            ),
            "gp": Sheet(
                GP, "Wickfold_Surgery_Varley.xlsx", "Sheet1", (("2024-01-01", "Dr R Cheung"),)
            ),
            "sch": Sheet(
                SCHOOL,
                "Bramblegate_School_Sami_V.xlsx",
                "Log",
                (("2024-01-01", "Ms P Ashworth DSL"),),
            ),
            "csc": Sheet(
                CSC,
                "Quenmoor_CSC_Varley_chronology.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH"),
                    ("2024-12-03", "Tariq Mellor SW (Disabled Children's Team)"),
                ),
            ),
            "picu": Sheet(PICU, "QCH_PICU_Varley_S.xlsx", "Notes", (("2024-01-01", "PICU"),)),
            "amb": Sheet(AMBULANCE, "Ambulance_Varley.xlsx", "Calls", typed=False),
            "ed": Sheet(ED, "QCH_ED_Varley_S.xlsx", "Attendance"),
            "physio": Sheet(
                PHYSIO,
                "CommunityPhysio_Varley_S.xlsx",
                "Notes",
                (("2024-01-01", "Ben Adair physio"),),
                typed=False,
            ),
            "icb": Sheet(
                ICB_SG,
                "ICB_safeguarding_escalation_log.xlsx",
                "Varley",
                (("2024-01-01", "Designated Nurse Safeguarding Children"),),
            ),
        },
    )
    f.occ(
        "2024-05-14",
        "nms-clinic",
        R(
            "nms",
            "Neuromuscular clinic. Sami (9y 11m) attended with his mother. Non-ambulant since "
            "2022. FVC 38% predicted, falling. Morning headaches and daytime sleepiness. Echo: LV "
            "ejection fraction 46%. Plan: overnight oximetry/sleep study admission; likely to "
            "need nocturnal NIV; cardiac MRI; continue deflazacort; discuss gastrostomy (weight "
            "9th centile, slow eating).",
            "09:30",
            "Clinic",
        ),
        R(
            "physio",
            "Saw Sami at the neuromuscular clinic with Dr Okoro - FVC 38%. Cough assist technique "
            "reviewed with mum.",
            "09:30",
        ),
    )
    f.occ(
        "2024-05-21",
        "clinic-letter",
        R("nms", "Clinic letter of 14/05 typed and sent to GP, CCN and school.", "", "Letter"),
        R(
            "gp",
            "Clinic letter (QCH neuromuscular, 14/05): FVC 38%, sleep study to be arranged, ?NIV, "
            "cardiac MRI, gastrostomy discussion.",
            "",
            "Letter",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-11",
        "sleep-study",
        R("nms", "Admitted for overnight sleep study (Ward 4). Dad stayed.", "19:00", "Admission"),
    )
    f.occ(
        "2024-06-12",
        "niv-setup",
        R(
            "nms",
            "Sleep study: nocturnal hypoventilation, peak CO2 8.9 kPa. NIV (BiPAP) set up on the "
            "ward, mask fitted, parents trained. Target use all night, every night. Discharged "
            "home with CCN follow-up.",
            "14:00",
            "NIV",
        ),
    )
    f.occ(
        "2024-06-12",
        "ccn-referral",
        R(
            "ccn",
            "S: referral from QCH - new NIV started today. O: -. A: needs home set-up check. P: "
            "visit 25/06.",
            "",
            "Referral",
        ),
    )
    f.occ(
        "2024-06-18",
        "hospice-referral",
        R(
            "nms",
            "Referral to Thimblewood Hospice for symptom management and short breaks.",
            "",
            "Referral",
        ),
        R(
            "hos",
            "Referral received from Dr Okoro for Sami (DMD, new NIV). I rang Dawn, who was "
            "pleased - she has not had a full night's sleep 'in years'.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-25",
        "ccn-niv-visit",
        R(
            "ccn",
            "S: mum says Sami 'hates the mask', pulls it off. O: mask leak high, strap marks. A: "
            "poor tolerance. P: try nasal pillows, desensitisation during day.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-02",
        "hospice-first",
        R(
            "hos",
            "My first visit to the family at home. Dawn told me about her back pain and Rob's "
            "nights at the depot; both parents get up to turn Sami 3-4 times a night. Sami showed "
            "me his Lego. I offered a 3-night short break in November and fortnightly home visits.",
        ),
    )
    f.occ(
        "2024-08-20",
        "niv-download",
        R(
            "ccn",
            "S: -. O: NIV data download: used 2 of last 28 nights, mean 1h 10m. A: NIV "
            "essentially not in use. P: inform QCH, discuss with parents.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-08-20",
        "ccn-nms-call",
        R(
            "ccn",
            "Telephoned Dr Okoro's secretary then Dr Okoro re NIV download.",
            "15:15",
            "Telephone",
        ),
        R(
            "nms",
            "Call from CCN (H Lomax): NIV used 2/28 nights. I will bring clinic forward and "
            "discuss with parents; if no improvement consider safeguarding.",
            "15:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-18",
        "school-sleepy",
        R(
            "sch",
            "Sami asleep in class twice this week, headache. Rang mum - she said he 'had a bad "
            "night'.",
            "11:45",
            "Welfare",
        ),
    )
    f.occ(
        "2024-10-08",
        "clinic-dna",
        R(
            "nms",
            "Clinic: not brought. Mother phoned at 08:55 - no accessible taxi. Rebooked 22/10.",
            "09:30",
            "WNB",
        ),
    )
    f.occ(
        "2024-10-22",
        "clinic-attended",
        R(
            "nms",
            "Clinic: Sami with father. FVC 34%. NIV 'most nights' per dad; download shows 5/28. "
            "Cardiac MRI not done (letter not received per dad). Discussed risk of respiratory "
            "failure plainly with father. Professionals' meeting to be arranged.",
            "09:30",
            "Clinic",
        ),
    )
    f.occ(
        "2024-11-05",
        "profs-meeting",
        R(
            "nms",
            "Professionals' meeting (chair: me). CCN, hospice nurse, GP, school DSL, community "
            "physio. I said repeated non-use of prescribed NIV, missed scans and a falling FVC "
            "amount to medical neglect and I will refer to CSC. The hospice nurse disagreed: "
            "parents are exhausted and need practical night support, not a child protection "
            "response. No agreement; I will refer.",
            "12:30",
            "Meeting",
        ),
        R(
            "hos",
            "Professionals' meeting at QCH. I said clearly that Dawn and Rob are exhausted, not "
            "neglectful, and asked for night sitters before any referral. Dr Okoro will refer to "
            "social care anyway. I asked for my view to be minuted.",
            "12:30",
        ),
        R(
            "ccn",
            "Professionals mtg QCH 12:30 - attended. Referral to CSC by Dr Okoro agreed (hospice "
            "dissent noted).",
            "12:30",
            "Meeting",
        ),
        R(
            "sch",
            "Profs meeting at the hospital re Sami - I attended. Dr to refer to CSC.",
            "12:30",
            "Meeting",
        ),
        R("physio", "Professionals meeting - attended.", shift="-1"),
        R("gp", "Profs mtg re Sami V (phone). Dr Okoro to refer CSC.", "", "Meeting"),
    )
    f.occ(
        "2024-11-06",
        "nms-csc-referral",
        R(
            "nms",
            "Written referral to CSC (MASH) sent: medical neglect, NIV non-adherence.",
            "",
            "Referral",
        ),
        R(
            "csc",
            "Referral from Dr Okoro, consultant in paediatric neuromuscular medicine, Quenmoor "
            "Children's Hospital: Sami (10, Duchenne muscular dystrophy) uses his prescribed "
            "night-time ventilation on few nights, has missed a scan and a clinic; consultant "
            "considers this medical neglect. The hospice nurse disagrees. For screening.",
            "",
            "Referral",
        ),
    )
    f.occ(
        "2024-11-06",
        "respite-admit",
        R(
            "hos",
            "Sami came in for his 3-night short break. On NIV all night with our nurses - slept 9 "
            "hours, woke without a headache.",
        ),
    )
    f.occ(
        "2024-11-09",
        "respite-discharge",
        R(
            "hos",
            "Sami home after short break. NIV used every night here, 8-9 hrs. Shared with Dawn "
            "how we settle him with it.",
        ),
    )
    f.occ(
        "2024-11-12",
        "mash-nfa",
        R(
            "csc",
            "MASH decision: parents caring for a child with complex needs and exhausted; no "
            "evidence of wilful neglect; threshold for S47 not met. Passed to the Disabled "
            "Children's Team for a short breaks assessment. Referrer to be informed.",
            "",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-11-13",
        "mash-letter",
        R(
            "csc",
            "Outcome letter sent to Dr Okoro: no further action under S47; referred for short "
            "breaks.",
            "",
            "Letter",
        ),
        R(
            "nms",
            "Letter from MASH: no S47; short breaks assessment instead. I disagree - will "
            "escalate.",
            "",
            "Letter",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-20",
        "escalation-1",
        R(
            "nms",
            "Emailed the designated nurse under the escalation policy: disagreement with MASH "
            "decision of 12/11.",
            "08:40",
            "Escalation",
        ),
        R(
            "icb",
            "Stage 1 escalation received from Dr F Okoro (QCH) re MASH NFA decision, child S "
            "Varley (DMD, NIV non-adherence). Reviewed records with named doctor.",
            "08:40",
            "Escalation stage 1",
        ),
    )
    f.occ(
        "2024-11-22",
        "escalation-2",
        R(
            "icb",
            "Stage 2: I raised the case with the Head of Service for Children's Social Care by "
            "email - request for a strategy discussion given a life-limiting condition and "
            "prescribed life-sustaining treatment not being given.",
            "",
            "Escalation stage 2",
        ),
        R(
            "csc",
            "Escalation from the ICB designated nurse to the Head of Service received by email: "
            "request for a strategy discussion. Head of Service agreed and asked the Disabled "
            "Children's Team to convene one.",
            "",
            "Escalation",
            shift="+1",
        ),
    )
    f.occ(
        "2024-12-03",
        "strategy",
        R(
            "csc",
            "Strategy discussion chaired by DCT team manager: Dr Okoro, designated nurse, CCN, "
            "hospice nurse, school DSL, DC Ruane (police). Agreed S47 (single agency, CSC) for "
            "medical neglect of Sami; police NFA as no criminal offence suspected at present; "
            "joint home visit SW + CCN this week; night support to be sourced at the same time.",
            "10:00",
            "Strategy",
        ),
        R("nms", "Strategy meeting: S47 agreed. My concerns recorded.", "10:00", "Meeting"),
        R(
            "icb",
            "Strategy discussion attended; escalation resolved at stage 2.",
            "10:00",
            "Outcome",
        ),
        R(
            "hos",
            "I joined the strategy discussion by Teams. I agreed night support is the priority "
            "and said the family trust us.",
        ),
        R("ccn", "Strategy mtg - S47. Joint visit with SW Thurs.", "10:00", "Meeting"),
        R("sch", "Strategy meeting (Teams) - attended.", "10:00", "Meeting"),
    )
    f.occ(
        "2024-12-03",
        "hospice-mdt",
        R(
            "hos",
            "Our hospice MDT in the afternoon discussed Sami: offer extra short breaks and a "
            "night sitter pilot 2 nights a week from January.",
        ),
    )
    f.occ(
        "2024-12-05",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with the CCN. Sami's bedroom downstairs, NIV machine unplugged with "
            "the mask in a drawer. Mrs Varley cried: she cannot get the mask on when Sami screams "
            "and she is in pain; Mr Varley works nights. Sami said the mask 'makes me feel like "
            "I'm drowning'. Lily (6) seen.",
            "13:30",
            "Visit",
        ),
        R(
            "ccn",
            "S: joint visit with SW. O: NIV unplugged, mask in drawer. A: parents overwhelmed, "
            "Sami distressed by mask. P: new full-face mask trial, psychology referral re mask "
            "anxiety.",
            "13:30",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-12-10",
        "ccn-visit",
        R(
            "ccn",
            "S: -. O: new mask fitted, Sami tolerated 20 mins awake. A: better fit. P: build up.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-12-10",
        "hospice-visit",
        R(
            "hos",
            "Home visit in the afternoon. Dawn's pain worse; Rob asleep after his night shift. "
            "Talked about the conference - Dawn frightened they will 'take Sami'.",
        ),
    )
    f.occ(
        "2025-01-07",
        "hospice-report",
        R(
            "hos",
            "My report for the conference sent to the CP admin. I have written that I do not "
            "agree this is neglect and set out the support the family has asked for.",
        ),
    )
    f.occ(
        "2025-01-09",
        "icpc",
        R(
            "csc",
            "Initial child protection conference: Sami made subject to a child protection plan "
            "(neglect - medical). Hospice dissent recorded in the minutes. Plan: night sitters 4 "
            "nights a week, psychology for mask anxiety, weekly NIV downloads shared with the SW, "
            "clinic attendance with transport booked by the hospital.",
            "10:00",
            "ICPC",
        ),
        R("nms", "ICPC: CP plan (neglect). Dr Okoro attended.", "10:00", "Conference"),
        R(
            "hos",
            "Conference. Sami is on a child protection plan. I registered my dissent. Dawn held "
            "my hand all the way through.",
        ),
        R("ccn", "ICPC attended - CP plan. CCN to share weekly downloads.", "10:00", "Conference"),
        R("sch", "ICPC - Sami now on CP plan.", "10:00", "Conference"),
        R(
            "gp",
            "ICPC - GP report submitted. Outcome CP plan (neglect).",
            "",
            "Conference",
            shift="+2",
        ),
        R(
            "icb",
            "ICPC outcome noted: CP plan. Dissent from hospice recorded - no further escalation.",
            "",
            "Outcome",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-21",
        "gp-sami",
        R("gp", "Sami V - chest infection, sats 95%. Amoxicillin. Safety-net. Dad present."),
    )
    f.occ(
        "2025-01-21",
        "gp-lily",
        R(
            "gp",
            "Lily V - eczema flare (seen same appt as brother). Emollients, hydrocortisone 1%.",
        ),
    )
    f.occ(
        "2025-01-23",
        "core-group",
        R(
            "csc",
            "First core group: night sitters started (2 nights so far); NIV used 9 of the last 14 "
            "nights.",
            "15:45",
            "Core group",
        ),
        R("ccn", "Core group - downloads shared: 9/14 nights.", "15:45", "Core group"),
        R("hos", "Core group at school after hours. Things a bit better."),
        R("sch", "Core group at school 3.45.", "15:45", "Meeting"),
    )
    f.occ(
        "2025-02-16",
        "999",
        R(
            "amb",
            "05:08 Cat 1. 10M DMD, breathless, blue lips, unable to wake properly. Father says "
            "NIV 'came off in the night'. SpO2 78% on arrival, bagged, O2. Conveyed QCH with "
            "pre-alert.",
            "05:08",
        ),
    )
    f.occ(
        "2025-02-16",
        "ed",
        R(
            "ed",
            "TRIAGE 05:41: 10M BIBA, DMD, resp failure, GCS 10, CO2 13.2. Resus.",
            "05:41",
            "Triage",
        ),
        R(
            "ed",
            "Consultant 05:45: type 2 resp failure. NIV via ED failed. Intubated 06:30 by PICU. "
            "Transfer PICU.",
            "05:45",
            "Clinician",
        ),
    )
    f.occ(
        "2025-02-16",
        "picu-admit",
        R(
            "picu",
            "Admitted to PICU 07:10 from ED, intubated and ventilated. Type 2 respiratory failure "
            "+ LRTI, background DMD with nocturnal NIV non-adherence (CP plan). Parents present.",
            "07:10",
            "Admission",
        ),
    )
    f.occ(
        "2025-02-17",
        "csc-informed",
        R(
            "csc",
            "Dr Okoro rang: Sami was admitted to PICU yesterday in respiratory failure and is "
            "ventilated; father says the mask came off in the night.",
            "",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-20",
        "picu-round",
        R(
            "picu",
            "WR: day 4. Extubation trial planned tomorrow onto NIV. Parents updated.",
            "09:00",
            "Ward round",
        ),
    )
    f.occ(
        "2025-02-20",
        "ceiling-meeting",
        R(
            "picu",
            "Ceiling of care / advance care planning meeting: PICU consultant, Dr Okoro, hospice "
            "nurse, SW, parents. Parents want full escalation including re-intubation; agreed a "
            "written advance care plan and that home NIV is 'life-sustaining, every night'.",
            "14:00",
            "Family meeting",
        ),
        R(
            "nms",
            "Advance care planning meeting on PICU with parents. Full escalation, ACP drafted.",
            "14:00",
            "Meeting",
        ),
        R(
            "hos",
            "Hard meeting on PICU about what happens if Sami's breathing fails again. Rob said "
            "'we'll never leave the mask off again'.",
        ),
        R(
            "csc",
            "Attended the advance care planning meeting on PICU with Mr and Mrs Varley and the "
            "medical team.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-25",
        "picu-stepdown",
        R("picu", "Stepped down from PICU to Ward 4 on NIV overnight only.", "11:00", "Transfer"),
        R("nms", "Sami to Ward 4 from PICU today.", "", "Transfer"),
    )
    f.occ(
        "2025-03-05",
        "discharge-planning",
        R(
            "nms",
            "Discharge planning meeting Ward 4: CCN, SW, hospice, school nurse lead, parents. "
            "Home when sitter package at 5 nights confirmed; cough assist twice daily.",
            "11:00",
            "Meeting",
        ),
        R(
            "csc",
            "Discharge planning meeting on Ward 4: package of 5 night sits a week agreed through "
            "continuing care funding.",
            "11:00",
            "Meeting",
        ),
        R("ccn", "DPM Ward 4 - attended.", "11:00", "Meeting"),
    )
    f.occ(
        "2025-03-07",
        "home",
        R("nms", "Discharged home from Ward 4 with NIV, cough assist, ACP.", "15:00", "Discharge"),
        R("ccn", "S: discharged home today. O: -. A: -. P: visit Mon.", "", "Discharge"),
        R(
            "csc",
            "Sami discharged home from Quenmoor Children's Hospital on Friday.",
            "",
            "Health",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-10",
        "rcpc",
        R(
            "csc",
            "Review child protection conference: NIV used 26 of 28 nights, all appointments kept, "
            "night sits in place. Plan continues for one more review given the severity of "
            "February's events.",
            "10:00",
            "RCPC",
        ),
        R("nms", "RCPC - attended. Adherence 26/28.", "10:00", "Conference"),
        R("hos", "Review conference - so much better. Dawn smiled."),
        R("ccn", "RCPC attended.", "10:00", "Conference", shift="swap"),
    )
    f.occ(
        "2025-06-03",
        "gastrostomy-admit",
        R("nms", "Admitted Ward 4 for laparoscopic gastrostomy.", "07:30", "Admission"),
        R("sch", "Sami in hospital for his tummy tube operation (mum texted).", "", "Attendance"),
    )
    f.occ(
        "2025-06-06",
        "gastrostomy-discharge",
        R("nms", "Discharged home after gastrostomy, feeding plan to CCN.", "", "Discharge"),
        R("ccn", "S: home post-gastrostomy today. P: site check Mon.", "", "Discharge"),
    )
    f.occ(
        "2025-07-10",
        "rcpc-2",
        R(
            "csc",
            "Review child protection conference: sustained adherence; CP plan ended; step down to "
            "child in need with the Disabled Children's Team.",
            "10:00",
            "RCPC",
        ),
        R("nms", "RCPC - CP plan ended, CIN.", "10:00", "Conference"),
        R("hos", "Review conference - plan ended. Dawn and Rob relieved."),
        R("sch", "RCPC - ended. CIN.", "10:00", "Conference"),
        R("ccn", "RCPC - CP ended.", "", "Conference", shift="month"),
    )
    f.fill(
        "ccn",
        "2024-07-01",
        "2024-12-01",
        [
            ("Home visit", "S: -. O: NIV download 3/28. A: poor use. P: review."),
            ("Home visit", "S: mum tired. O: mask leak ok. A: -. P: weekly."),
        ],
    )
    f.fill(
        "ccn",
        "2025-03-10",
        "2025-05-30",
        [
            ("Home visit", "S: -. O: NIV download 24/28. A: good. P: continue."),
            ("Telephone", "S: call to mum re mask supplies. P: order placed."),
        ],
    )
    f.fill(
        "ccn",
        "2025-06-10",
        "2025-09-30",
        [("Home visit", "S: -. O: gastrostomy site clean. A: -. P: -.")],
    )
    f.fill(
        "hos",
        "2024-07-10",
        "2025-09-30",
        [
            ("", "Home visit - Sami and I played cards. Dawn rested."),
            ("", "Phone call with Dawn - Lily unsettled at school."),
            ("", "Sibling group: Lily came to the hospice siblings' craft morning."),
        ],
    )
    f.fill(
        "hos",
        "2025-03-12",
        "2025-09-30",
        [("", "Short break - 2 nights, NIV all night.")],
    )
    f.fill(
        "sch",
        "2024-05-01",
        "2025-09-30",
        [
            ("Welfare", "Sami tired, rested in the sensory room."),
            ("Attendance", "Sami absent - hospital appointment."),
            ("Welfare", "Sami happy, did well in maths."),
            ("Attendance", "Sami absent - unwell (mum called)."),
        ],
    )
    f.fill(
        "physio",
        "2024-06-01",
        "2025-09-30",
        [
            ("", "Home visit: stretches, night splints checked."),
            ("", "School visit: standing frame programme with TA."),
            ("", "Cough assist review - mum confident."),
        ],
    )
    f.fill(
        "gp",
        "2024-05-01",
        "2025-09-30",
        [
            ("", "Dawn V - chronic back pain, codeine review."),
            ("", "Rob V - hypertension review."),
            ("", "Sami V - repeat deflazacort."),
            ("", "Dawn V - low mood, counselling referral."),
        ],
    )
    f.fill(
        "csc",
        "2024-12-06",
        "2025-09-30",
        [
            (
                "Visit",
                "Statutory visit: Sami seen alone with his communication board; NIV on the "
                "bedside table, plugged in.",
            ),
            (
                "Supervision",
                "Supervision: plan progressing; disagreement between health partners noted.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2025-01-24",
        "2025-09-30",
        [("Visit", "Home visit: night sitter log read; Mrs Varley sleeping better.")],
    )
    f.fill(
        "nms",
        "2024-06-20",
        "2025-09-30",
        [
            ("Clinic", "Telephone review with mother: headaches fewer."),
            ("Letter", "Cardiac MRI appointment letter sent."),
        ],
    )
    return f.case()


def blind_dedup_cases_6() -> list[BlindCase]:
    """The cases, in a fixed order."""
    return [_pellow(), _harrower(), _mulgrew(), _kilbride(), _varley()]


if __name__ == "__main__":
    summary(blind_dedup_cases_6)
