"""A thirtieth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 126-130 chronology rows from twelve services (twelve
sheets each; two services share one trust's workbook in two cases) over fourteen to sixteen
months, unlike each other and unlike the earlier blind sets' families: a first-time mother
with postpartum psychosis ten days after the birth (a perinatal mental health team, a crisis
line call and night visit, a Mental Health Act assessment with police assisting, detention
under section 2, the baby at home with her father and grandmother under a safety plan, a
strategy discussion and section 47 enquiry, a mother-and-baby unit admission, child in need
meetings, discharge home; a relapse in November with a missing report, a section 136
detention, the emergency department, a second strategy discussion and home treatment); a
two-year-old who swallows a button battery in a cluttered home (missed health reviews and
immunisations, a scald in April, a fire Safe and Well visit with the housing officer, an older
sister's school logging hunger and poor hygiene, a child in need plan, the ambulance, the
emergency department, retrieval to a specialist children's hospital for removal, a strategy
discussion, a joint section 47 visit, both parents' arrests, charges and sentences, a Graded
Care Profile, an initial and two review child protection conferences, core groups, a decant
move, a stricture with consecutive-day attendances); a fifteen-year-old boy bullied and
harassed online and in person by two older youths (name-calling, a phone theft, threats on
Snapchat, a filmed assault at the bus station, self-harm, referrals to CAMHS from the school
and the GP, triage, the school's anti-bullying and safety plans, a youth hub, both youths'
arrests, a bail breach, a missing evening ending in an overdose, a child in need plan), his
death by suicide at home, the joint agency response, the coroner, the police case to court,
the rapid review and the inquest. Written blind: composed from the domain brief, the `Event`
schema, the shared kit (`dedup_case_kit.py`), the seventh blind set's opening lines (read for
the format of a set only; none of its families, wordings or places reused) and the fourteenth
set's labelling rules and ending, without reading the duplicate rules, their settings, the
linkage model, any result or any other labelled set, and without running the merge on these
cases. Kept apart from tuning: measure on them blind first.

The services write very differently: capital-letter police logs with log, CAD, crime and
missing-person references; social care narrative with MASH and Front Door decisions; health
"Contact type: ... Outcome: ..." templates (perinatal team); GP "S: O: A: P:" notes and terse
filing lines; a school's CPOMS-style "Category:" or "Type:" entries with actions; emergency
department triage, review and transfer rows in clinical shorthand; an AMHP hub's log; an
ambulance service's patient report summaries; a mother-and-baby unit that pastes the local
authority's minutes under its own preface; first-person notes from a peer supporter and a
youth worker; a housing officer's tenancy notes; a fire service's Safe and Well records;
probation contacts about the "PoP"; a college's log about the older youth; a coroner's case
log, a safeguarding partnership's rapid review log and a child death review nurse's log.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, letter or referral was logged by the receiving service on the next day.

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
- Decision for this set: a Mental Health Act assessment at home that police attend to assist is
  one occurrence, recorded by the AMHP, the psychiatrist, the GP (the second doctor) and the
  police. The ambulance conveying the detained mother to the ward, the AMHP's "admitted to
  Elmstead Ward" and the perinatal team's note of the admission the next morning are one
  occurrence (the admission under section 2). A section 136 detention attended by police and
  ambulance together is one occurrence; the emergency department attendance that follows and
  the section 136 assessment at the place of safety are two more.
- Decision for this set: a change of legal status (section 2 rescinded, informal on the unit)
  recorded by the unit and the perinatal team is one occurrence, like a life event. Two weekend
  home leaves are two occurrences, as are the crisis team's visits on consecutive days.
- Decision for this set: a report or email sent for a meeting (the GP's report before the
  discharge planning meeting, the GP's email for the strategy discussion, the school's and the
  GP's reports before the ICPC) is its own occurrence, not the meeting. A discharge summary
  sent by the unit and received by the GP two days later is one occurrence (a letter, in
  `noise`), separate from the discharge.
- Decision for this set: someone telling a service about a meeting afterwards (a mother telling
  her peer supporter at group that the CIN review went well; her call the day after the final
  review) is its own occurrence, not the meeting; so is the stepfather's call telling the youth
  worker of the death.
- Decision for this set: an emergency department's row "left with the retrieval team" belongs
  to the attendance; the specialist hospital's admission that night is another occurrence, and
  the operation after midnight another again. A CAMHS on-call assessment in the emergency
  department is its own occurrence, apart from the department's own rows of the attendance.
- Decision for this set: a child moving to live with a grandmother under a safety plan, a
  hospital discharge to the grandmother, the children's return home and a decant move are life
  events: the rows of social care, the hospital, the health visitor, the school or housing
  naming the same move that day or the next are one occurrence. A social care or probation or
  college row noting that police arrested or charged a named person (that day or the next) is
  a record of that arrest or charge; a court hearing at which both co-defendants plead is one
  occurrence, and so is the hearing that sentences both.
- Decision for this set: two referrals to CAMHS by different referrers (the school's and the
  GP's two days apart) are two occurrences; each one's two ends (sent, received the next day)
  are one.
- Decision for this set: a child's death is one occurrence in the rows that record the death
  itself (the ambulance crew and police at the home, social care that day, the GP and CAMHS
  the next day). The joint agency response home visit (police with the child death review
  nurse and paediatrician), the police report of the death to the coroner (both ends), the
  school's critical incident response and the referral for a rapid review (both ends) are each
  separate occurrences. The serious incident notification recorded by the local authority and
  by the partnership is one occurrence; the scoping forms sent by the partnership and received
  by the school are one; the rapid review report sent to the Panel is another.
- Look-alikes kept apart: the MASH decision, a health visitor's unanswered call and her
  successful call, and the strategy discussion on one morning; two agencies' separate visits on
  one day (midwife and perinatal nurse; health visitor and social worker; health visitor and
  crisis team; fire service and health visitor; social worker at home and CAMHS in clinic);
  the father's call to the perinatal duty line and the call back the next day; the missing
  report and the finding under section 136 or at the reservoir; a police incident, the police
  notification to social care and the social worker's call to the mother; consecutive-day
  emergency department attendances and the admission that follows; two parents' arrests, and
  two parents' or two youths' charges, on one day; an arrest and the later bail-breach report
  and re-arrest on consecutive days; a strategy discussion and a school safety plan meeting on
  one day; a CIN meeting and the unit's ward review that afternoon; a CAMHS missed appointment
  and the call to the mother after it; a return home interview and social care's receipt of its
  report the next day; the theatre operation and the admission before it.

Everything is invented: people, workers, schools, colleges, surgeries, hospitals, wards, units,
towns, police forces, charities, addresses, postcodes and reference numbers. Deterministic: one
fixed seed per case (it only places the routine entries and picks their times), no set or hash
ordering.

    python sample_data/blind_dedup_cases_30.py      # prints a summary of each case
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
AMBULANCE = "Ambulance Service"
PERINATAL = "Perinatal Mental Health"
CRISIS = "Crisis Resolution and Home Treatment"
AMHP = "AMHP Service"
MBU = "Mother and Baby Unit"
PEER = "Perinatal Peer Support"
SCHOOL = "School"
SCHOOL_NURSE = "School Nursing"
HOUSING = "Housing"
FIRE = "Fire and Rescue Service"
CHILDRENS_HOSPITAL = "Specialist Children's Hospital"
PROBATION = "Probation Service"
CAMHS = "CAMHS"
YOUTH = "Youth Service"
COLLEGE = "Further Education College"
CORONER = "Coroner's Office"
PARTNERSHIP = "Safeguarding Partnership"
CDOP = "Child Death Review Team"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, SCHOOL_NURSE, COLLEGE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Tasker-Everitt family, Hobbisford. Rhiannon Tasker (b. 11/03/1994) and Callum
# Everitt (b. 02/09/1991) at 12 Coldharbour Walk, Hobbisford HF4 9LT; Isla-Mae Everitt born
# 14/06/2024 at Hobbisford General Hospital (Lavender Suite); registered at Marlow Brook Surgery;
# paternal grandmother Maureen Everitt nearby. Postpartum psychosis ten days after the birth:
# crisis team, a Mental Health Act assessment and detention under section 2 at Elmstead Ward
# (Larkhill Hospital), the baby with her father under a safety plan, a strategy discussion, a
# mother-and-baby unit admission at Sycamore MBU (Wrenfield), child in need meetings, discharge
# home; a relapse in November (missing at night, section 136, a second strategy discussion).
# --------------------------------------------------------------------------------------------


def _tasker() -> BlindCase:
    f = Family(
        "tasker",
        3001,
        {
            "mw": Sheet(
                MW,
                "HGH_Maternity_chronology_Tasker.xlsx",
                "Midwifery",
                (("2024-01-01", "Kerensa Dobbs, community midwife"),),
            ),
            "hv": Sheet(
                HV,
                "Wessmoor_Community_Health_HV.xlsx",
                "HV records",
                (
                    ("2024-01-01", "Priya Lomax HV"),
                    ("2024-10-14", "Tamsin Yeo HV (covering)"),
                ),
            ),
            "gp": Sheet(
                GP,
                "Marlow_Brook_Surgery_extract.xlsx",
                "Consultations",
                (("2024-01-01", "Dr Helen Okafor"),),
                typed=False,
            ),
            "pmh": Sheet(
                PERINATAL,
                "Wessmoor_Partnership_Trust_return.xlsx",
                "Perinatal team",
                (
                    ("2024-01-01", "Gareth Tull CPN"),
                    ("2024-06-24", "Dr Anand Sethi / Gareth Tull"),
                ),
            ),
            "crisis": Sheet(
                CRISIS,
                "Wessmoor_Partnership_Trust_return.xlsx",
                "CRHT",
                (("2024-01-01", "CRHT duty"),),
            ),
            "amhp": Sheet(
                AMHP,
                "Hobbisford_AMHP_hub_log.xlsx",
                "AMHP log",
                (("2024-01-01", "Jo Marsh-Tiller AMHP"), ("2024-11-01", "Rob Elsdon AMHP")),
            ),
            "pol": Sheet(
                POLICE,
                "Wessmoor_Police_Niche_extract.xlsx",
                "Occurrences",
                (("2024-01-01", "PS 2207 Varley"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "WCAS_patient_report_summary.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic crew"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "HGH_ED_safeguarding_extract.xlsx",
                "ED",
                (("2024-01-01", "ED nursing/medical"),),
            ),
            "csc": Sheet(
                CSC,
                "Hobbisford_CSC_chronology.xlsx",
                "Case chronology",
                (
                    ("2024-01-01", "MASH"),
                    ("2024-06-25", "Danielle Roscoe SW"),
                ),
            ),
            "mbu": Sheet(
                MBU,
                "Sycamore_MBU_Brackenmoor_FT.xlsx",
                "MBU chronology",
                (("2024-01-01", "Femi Adeyinka, named nurse"),),
            ),
            "peer": Sheet(
                PEER,
                "Cradle_Companions_notes.xlsx",
                "Contact notes",
                (("2024-01-01", "Sorcha (peer supporter)"),),
                typed=False,
            ),
        },
    )

    # ---- antenatal ----
    f.occ(
        "2024-02-06",
        "referral-to-perinatal",
        R(
            "mw",
            "Booking history reviewed at 21/40 appt: Rhiannon discloses episode of severe low "
            "mood at 19 (treated by GP), maternal aunt has bipolar disorder. Referral to "
            "Perinatal Mental Health Team completed and emailed today.",
            "11:20",
            "Referral",
            "Referral sent. Discussed with Rhiannon, consent given.",
        ),
        R(
            "pmh",
            "Contact type: Referral received (email) from community midwife K Dobbs. Reason: "
            "21/40 primip, FHx bipolar (maternal aunt), previous depressive episode.",
            "",
            "Referral",
            "Outcome: accepted for antenatal assessment, appt to be offered.",
            shift="late",
        ),
    )
    f.occ(
        "2024-02-20",
        "perinatal-antenatal-assessment",
        R(
            "pmh",
            "Contact type: Outpatient assessment (Dr Sethi, consultant perinatal psychiatrist, "
            "with G Tull). Rhiannon attended with Callum. Mental state settled. Risk of "
            "postpartum psychosis elevated given FHx. Discussed warning signs: sleep loss, "
            "over-activity, odd beliefs.",
            "14:00",
            "Assessment",
            "Outcome: perinatal care plan to be written; pre-birth planning meeting at 32/40.",
        ),
    )
    f.occ(
        "2024-02-27",
        "gp-letter-from-perinatal",
        R(
            "gp",
            "Letter filed: Perinatal MHT clinic letter (Dr Sethi, seen 20/02). Elevated risk "
            "PP. Advises avoid starting SSRI at present; early contact with team if sleep "
            "disturbed postnatally. Added alert to record.",
        ),
    )
    f.occ(
        "2024-04-23",
        "prebirth-planning-meeting",
        R(
            "pmh",
            "Contact type: Pre-birth planning meeting (perinatal care plan). Present: Rhiannon, "
            "Callum, G Tull CPN, K Dobbs MW, P Lomax HV. Plan: extended postnatal stay if "
            "possible, protect sleep (Callum to do night feeds with expressed/formula), daily "
            "contact first 2 weeks, crisis numbers given.",
            "10:00",
            "Meeting",
            "Outcome: care plan shared with GP, MW, HV and Lavender Suite.",
        ),
        R(
            "mw",
            "Perinatal planning mtg attended. Birth plan flagged: PMH alert on maternity "
            "system, request 48-72h stay postnatal. Partner supportive.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "hv",
            "Antenatal - attended perinatal care planning meeting held at Larkhill (MW, CPN, "
            "parents). HV to offer enhanced (universal plus) contacts, new birth visit early.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-05-08",
        "hv-antenatal-contact",
        R(
            "hv",
            "Antenatal contact at home (34/40). Home well prepared, cot set up. Discussed "
            "sleep, feeding choices, support network (PGM Maureen lives 5 mins away). No "
            "concerns.",
            "13:30",
            "Home visit",
        ),
    )

    # ---- birth and the first ten days ----
    f.occ(
        "2024-06-14",
        "birth",
        R(
            "mw",
            "Birth: SVD at 39+2, Lavender Suite, HGH. Baby girl Isla-Mae, 3.21kg, Apgars 9/10. "
            "Long latent phase (approx 30 hrs awake).",
            "03:12",
            "Birth",
        ),
        R(
            "pmh",
            "Contact type: Info. Baby born 14/06 (girl, Isla-Mae) per Lavender Suite. CPN to "
            "phone Rhiannon on ward Monday.",
            "",
            "Birth",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-16",
        "postnatal-discharge",
        R(
            "mw",
            "Discharged home from Lavender Suite day 2 at mother's request (wanted own bed). "
            "Care plan discussed. Feeding: combination.",
            "16:45",
            "Discharge",
        ),
    )
    f.occ(
        "2024-06-19",
        "mw-day5-visit",
        R(
            "mw",
            "Day 5 visit, NBBS done. Rhiannon talkative, says she 'feels amazing'. Callum "
            "quietly said she was up all night writing lists. Advised contact PMH team.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-19",
        "pmh-cpn-visit",
        R(
            "pmh",
            "Contact type: Home visit (CPN alone). Rhiannon elated, pressured speech at times, "
            "sleep approx 2 hrs/night. Denies odd beliefs. Plan: zopiclone via Dr Sethi, "
            "Callum to take night feeds, review Fri.",
            "14:00",
            "Home visit",
            "Outcome: increased contact; crisis numbers re-given.",
        ),
    )
    f.occ(
        "2024-06-21",
        "pmh-phone-checkin",
        R(
            "pmh",
            "Contact type: Telephone. Spoke to Rhiannon, reports sleeping 'fine'. Callum not "
            "available to speak. Plan home visit Mon 24/06.",
            "15:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-23",
        "father-calls-crisis-line",
        R(
            "crisis",
            "Tel call to crisis line from Callum Everitt (partner). Rhiannon not slept for 4 "
            "nights, saying baby has been 'swapped' and is 'not Isla', praying loudly. Baby "
            "asleep in Moses basket, Callum with her. Advised not to leave R alone with baby.",
            "23:40",
            "Telephone triage",
            "Urgent home visit tonight.",
        ),
    )
    f.occ(
        "2024-06-24",
        "crisis-night-visit",
        R(
            "crisis",
            "Home visit (2 staff). R perplexed, thought disordered, believes Isla-Mae is an "
            "impostor baby and that 'they' are watching through the smoke alarm. No insight, "
            "declines admission. Baby with Callum in separate room. Plan: request MHA "
            "assessment, Callum to keep baby with him overnight.",
            "01:20",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-24",
        "crisis-referral-to-amhp",
        R(
            "crisis",
            "Referral made to AMHP hub for MHA assessment (urgent, today). Emailed and "
            "answerphone message left for hub.",
            "02:10",
            "Referral",
        ),
        R(
            "amhp",
            "Referral received from CRHT (Wessmoor Partnership Trust) for MHA assessment: "
            "Rhiannon TASKER, 10 days postnatal, ?postpartum psychosis. Allocated to JMT.",
            "08:45",
            "Referral received",
        ),
    )
    f.occ(
        "2024-06-24",
        "mha-assessment-home",
        R(
            "amhp",
            "MHA assessment at 12 Coldharbour Walk. Present: JMT (AMHP), Dr Sethi (s12), Dr "
            "Okafor (GP, knows pt), police in attendance (baby in home). R acutely psychotic, "
            "refusing informal admission. Both doctors recommend s2. Application made.",
            "13:30",
            "MHA assessment",
            "Detained s2. Bed identified Elmstead Ward.",
        ),
        R(
            "pmh",
            "Contact type: MHA assessment (Dr Sethi as s12 approved doctor) at home with AMHP "
            "and GP. Florid psychotic symptoms centred on baby. Medical recommendation for "
            "s2 completed. MBU bed nationally: none today.",
            "13:30",
            "MHA assessment",
            "Outcome: s2, Elmstead Ward pending MBU.",
        ),
        R(
            "gp",
            "Home visit - attended Mental Health Act assessment as second doctor with AMHP and "
            "Dr Sethi. Rhiannon paranoid re baby, no insight. Med rec s2 signed. "
            "P: liaise HV.",
            "14:05",
        ),
        R(
            "pol",
            "WP/24/061377 REQUEST FROM AMHP TO ATTEND 12 COLDHARBOUR WALK TO ASSIST WITH "
            "MENTAL HEALTH ACT ASSESSMENT. INFANT AT ADDRESS. OFFICERS 4412/4590 ATTENDED, "
            "FEMALE CALM THROUGHOUT, NO FORCE USED. FEMALE SECTIONED S.2, OFFICERS STOOD DOWN "
            "ON AMBULANCE ARRIVAL.",
            "13:25",
            "Assist other agency",
            ref="WP/24/061377",
        ),
    )
    f.occ(
        "2024-06-24",
        "conveyed-admitted-elmstead",
        R(
            "amb",
            "Non-emergency MH conveyance. Pt detained under s2 MHA, AMHP travelled in vehicle. "
            "From 12 Coldharbour Walk to Larkhill Hospital, Elmstead Ward. Pt compliant. "
            "Handed over to ward staff 18:25.",
            "17:40",
        ),
        R(
            "amhp",
            "Rhiannon admitted to Elmstead Ward, Larkhill Hospital, under section 2 (papers "
            "received and scrutinised). Nearest relative (Callum, partner) informed.",
            "18:25",
            "Admission",
        ),
        R(
            "pmh",
            "Contact type: Info. R admitted Elmstead Ward yesterday evening on s2. Perinatal "
            "in-reach to be offered; MBU referral to follow once bed available.",
            "",
            "Admission",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-24",
        "amhp-referral-to-csc",
        R(
            "amhp",
            "Email referral to Hobbisford MASH re Isla-Mae (10 days): mother detained s2, "
            "psychotic beliefs involving baby. Baby at home with father, PGM helping.",
            "19:10",
            "Referral",
        ),
        R(
            "csc",
            "Contact received from AMHP hub (email sent 24/06 19:10). Mother of 10-day-old "
            "detained under MHA with delusional beliefs about the baby. Father caring. For "
            "MASH screening.",
            "08:30",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-25",
        "pmh-calls-hv",
        R(
            "pmh",
            "Contact type: Telephone to HV P Lomax, informed of admission and risk to baby "
            "(delusional content). HV to link with CSC.",
            "09:30",
            "Telephone",
        ),
        R(
            "hv",
            "Tel call from Dr Sethi (perinatal): mum admitted Elmstead on s2 last night, "
            "thinks baby is an impostor. Dad caring for Isla-Mae. MASH aware.",
            "09:35",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-25",
        "hv-call-csc-no-answer",
        R(
            "hv",
            "Tel to MASH duty, on hold 10 mins then cut off. Will try again.",
            "10:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-25",
        "mash-decision",
        R(
            "csc",
            "MASH screening decision (TM): threshold met for strategy discussion. Checks: no "
            "previous CSC history, police nil of note. Transfer to Assessment Team.",
            "10:40",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-06-25",
        "hv-call-csc-spoke",
        R(
            "hv",
            "2nd attempt, got through. Spoke to duty SW Danielle Roscoe, shared HV info "
            "(antenatal contact, home conditions good). Invited to strat at 2pm.",
            "11:05",
            "Telephone",
        ),
        R(
            "csc",
            "Telephone call from HV Priya Lomax: antenatal contact positive, home well prepared "
            "for baby. HV to join strategy discussion at 14:00.",
            "11:00",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-25",
        "strategy-discussion-1",
        R(
            "csc",
            "Strategy discussion (Teams). Present: DR SW, TM Gail Fenwick, DS Hollis (police "
            "CAIU), P Lomax HV, G Tull (perinatal). Agreed s47 enquiry single agency (CSC) "
            "with police informed. Safety plan: Isla-Mae to remain with father, PGM to stay "
            "nights, mother's contact on ward supervised by staff only.",
            "14:00",
            "Strategy discussion",
            "S47 initiated. Joint HV/SW visit tomorrow to sign safety plan.",
        ),
        R(
            "pol",
            "STRAT DISCUSSION RE INFANT ISLA-MAE EVERITT. MOTHER DETAINED S.2 (SEE "
            "WP/24/061377). NO CRIME. POLICE TO REMAIN INFORMED. S47 CSC SINGLE AGENCY.",
            "14:00",
            "Strategy",
            ref="WP/24/061377",
        ),
        R(
            "hv",
            "Discussion with police and social care re Isla-Mae's safety - HV contributed. "
            "Outcome s47, baby stays with dad + PGM, HV new birth visit this week.",
            "14:00",
            "Multi-agency discussion",
        ),
        R(
            "pmh",
            "Contact type: s47 strat mtg (Teams). GT attended for perinatal. Shared risk "
            "history and current presentation. Ward advised: no unsupervised contact.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-26",
        "joint-visit-safety-plan",
        R(
            "csc",
            "Joint home visit with HV to Callum and Isla-Mae. Maureen Everitt (PGM) present. "
            "Written safety plan agreed and signed by Callum and Maureen. Baby seen awake, "
            "well cared for, bottle feeding.",
            "11:00",
            "Home visit",
        ),
        R(
            "hv",
            "JV with SW D Roscoe. Safety plan signed (dad + PGM). Isla-Mae wt 3.10kg, alert, "
            "handled well by dad. Cot in parents' room.",
            "11:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-06-26",
        "pmh-ward-inreach",
        R(
            "pmh",
            "Contact type: Ward in-reach, Elmstead. R more settled on olanzapine, still "
            "believes baby 'might be swapped'. Asking for Isla-Mae. MBU referral discussed "
            "with ward consultant.",
            "15:30",
            "Ward visit",
        ),
    )
    f.occ(
        "2024-06-27",
        "hv-new-birth-visit",
        R(
            "hv",
            "New birth visit (day 13), HV alone. Dad and PGM. Feeding 90ml 3hrly. Safe sleep "
            "discussed. Dad tearful but coping. Registration with GP advised.",
            "10:00",
            "New birth visit",
        ),
    )
    f.occ(
        "2024-06-27",
        "sw-s47-visit",
        R(
            "csc",
            "S47 home visit (SW alone, afternoon). Isla-Mae seen asleep. Callum spoken to "
            "alone about his understanding of the safety plan. Maureen has moved in "
            "temporarily.",
            "15:15",
            "S47 visit",
        ),
    )
    f.occ(
        "2024-06-28",
        "gp-registration-baby",
        R(
            "gp",
            "New patient registration: Isla-Mae EVERITT dob 14/06/2024, 12 Coldharbour Walk. "
            "Linked to mother's record (alert).",
        ),
        R(
            "hv",
            "Isla-Mae now registered at Marlow Brook Surgery (confirmed with practice).",
            "",
            "GP registration",
        ),
    )
    f.occ(
        "2024-07-02",
        "referral-to-mbu",
        R(
            "pmh",
            "Contact type: Referral. MBU referral sent to Sycamore MBU, Wrenfield (nearest bed). "
            "Ward round agreed R well enough for joint admission with baby under supervision.",
            "12:00",
            "Referral",
        ),
        R(
            "mbu",
            "Referral received from Wessmoor Perinatal team (G Tull): mother 3/52 postnatal "
            "on s2 at Elmstead, PP. Baby with father. Assessment visit to be arranged.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-05",
        "s47-outcome",
        R(
            "csc",
            "S47 enquiry concluded. Concerns substantiated re risk from mother's illness but "
            "no harm; father protective. Outcome: Child in Need plan. Initial CIN meeting to "
            "be arranged at MBU.",
            "",
            "S47 outcome",
        ),
        R(
            "csc",
            "S.47 enquiry concluded - concerns substantiated re risk from mother's illness, no "
            "harm, father protective. Outcome: CIN plan; initial CIN mtg to be arranged at MBU.",
            "",
            "S47 outcome",
        ),
    )
    f.occ(
        "2024-07-09",
        "mbu-admission",
        R(
            "mbu",
            "Admission: Rhiannon Tasker and Isla-Mae Everitt (3/52) admitted to Sycamore MBU, "
            "transferred from Elmstead Ward on s2 (s19 transfer). Baby arrived with father.",
            "14:20",
            "Admission",
        ),
        R(
            "pmh",
            "Contact type: Info. R transferred to Sycamore MBU today with Isla-Mae. "
            "Perinatal team to remain care co-ordinator.",
            "",
            "Transfer",
        ),
        R(
            "hv",
            "Update: mum and Isla-Mae admitted to Sycamore MBU, Wrenfield on 09/07. HV "
            "contacts paused, liaison with MBU nursery nurse.",
            "",
            "Information",
            shift="late",
        ),
        R(
            "csc",
            "Rhiannon and Isla-Mae admitted to Sycamore Mother and Baby Unit, Wrenfield "
            "(09/07/24). Safety plan revised: MBU staff supervision on unit.",
            "",
            "Change of circumstances",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-16",
        "mbu-ward-review-1",
        R(
            "mbu",
            "Weekly MDT ward review. R sleeping 6h with night nursery support. Mother-infant "
            "interaction: warm, some anxiety handling. Continue s2.",
            "10:00",
            "Ward review",
        ),
    )
    f.occ(
        "2024-07-19",
        "section-rescinded",
        R(
            "mbu",
            "S2 rescinded by RC Dr Lindqvist; R agrees to remain informally on MBU.",
            "12:15",
            "Legal status",
        ),
        R(
            "pmh",
            "Contact type: Info. Section 2 discharged 19/07, R informal at MBU.",
            "",
            "Legal status",
        ),
    )
    f.occ(
        "2024-07-23",
        "cin-meeting-1",
        R(
            "csc",
            "Initial Child in Need meeting held at Sycamore MBU (hybrid). Present: Rhiannon, "
            "Callum, SW, MBU named nurse, perinatal CPN, HV (Teams). CIN plan agreed: MBU "
            "stay, graded leave, father and PGM support, review in 4 weeks.",
            "11:00",
            "CIN meeting",
        ),
        R(
            "mbu",
            "Minutes received from Hobbisford CSC, copied below: 'Initial CIN meeting for "
            "Isla-Mae Everitt held on Sycamore MBU. Plan: continue admission, graded home "
            "leave from August, review 20/08.'",
            "",
            "CIN minutes",
            shift="+1",
        ),
        R(
            "hv",
            "CIN mtg (joined via Teams). Isla-Mae thriving on MBU, wt 3.9kg. HV to resume "
            "contacts on discharge.",
            "11:00",
            "Meeting",
        ),
        R(
            "pmh",
            "Contact type: Child in Need meeting at MBU. GT attended in person. R engaged "
            "well, insight improving.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-07-23",
        "mbu-ward-review-2",
        R(
            "mbu",
            "Weekly MDT ward review (pm). Plan first overnight home leave 10/08. Olanzapine "
            "reduced.",
            "15:00",
            "Ward review",
        ),
    )
    f.occ(
        "2024-07-30",
        "referral-to-peer",
        R(
            "pmh",
            "Contact type: Referral to Cradle Companions peer support (with consent).",
            "",
            "Referral",
        ),
        R(
            "peer",
            "New referral from perinatal team (Gareth) for Rhiannon, recovering from PP at "
            "Sycamore. I'll arrange a first visit on the unit.",
        ),
    )
    f.occ(
        "2024-08-06",
        "peer-first-visit",
        R(
            "peer",
            "First visit at Sycamore. Rhiannon shy at first, then talked a lot about feeling "
            "she'd 'failed' Isla-Mae. I shared a bit of my own story. We agreed fortnightly "
            "meets and the Thursday group when she's home.",
        ),
    )
    f.occ(
        "2024-08-10",
        "home-leave-1",
        R(
            "mbu",
            "Overnight home leave 10/08-11/08 with Isla-Mae, Callum collecting. Leave plan "
            "and crisis numbers given.",
            "10:00",
            "Leave",
        ),
    )
    f.occ(
        "2024-08-17",
        "home-leave-2",
        R(
            "mbu",
            "2-night home leave 17/08-19/08 with Isla-Mae. Returned from first leave 11/08 "
            "reporting it went well.",
            "10:15",
            "Leave",
        ),
    )
    f.occ(
        "2024-08-20",
        "cin-meeting-2",
        R(
            "csc",
            "CIN review meeting at MBU. Leaves successful. Discharge planned early Sept. CIN "
            "plan updated: HV weekly for 6 wks post discharge, perinatal CPN weekly, peer "
            "support.",
            "11:00",
            "CIN review",
        ),
        R(
            "mbu",
            "CIN review attended (named nurse). Discharge pathway agreed in principle.",
            "11:00",
            "Meeting",
        ),
        R(
            "hv",
            "CIN review Teams - HV. Weekly visits to be offered from discharge.",
            "",
            "Meeting",
            shift="month",
        ),
        R(
            "peer",
            "I went to the CIN meeting at Sycamore with Rhiannon as her support - she asked "
            "me to. She did really well, spoke up about wanting to go home.",
        ),
    )
    f.occ(
        "2024-09-02",
        "gp-report-for-meeting",
        R(
            "gp",
            "Report sent to Sycamore MBU for discharge planning meeting 03/09 (summary of "
            "PMH, meds, alert on baby's record). Unable to attend.",
        ),
    )
    f.occ(
        "2024-09-03",
        "discharge-planning-meeting",
        R(
            "mbu",
            "Pre-discharge professionals' meeting. Present: MBU RC, named nurse, SW, "
            "perinatal CPN, HV (phone). GP report received. Discharge 10/09 agreed.",
            "14:00",
            "Discharge planning",
        ),
        R(
            "csc",
            "Professionals meeting (discharge planning) at Sycamore MBU. Agreed discharge "
            "10/09 under CIN plan; safety plan ended, replaced by relapse signature plan.",
            "14:00",
            "Professionals meeting",
        ),
        R(
            "pmh",
            "Contact type: Discharge planning mtg. Relapse signature and crisis plan agreed "
            "with R & Callum. CPN weekly x 6.",
            "",
            "Meeting",
            shift="swap",
        ),
        R(
            "hv",
            "Phoned into discharge planning meeting at MBU. HV first visit 12/09.",
            "14:10",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-10",
        "mbu-discharge",
        R(
            "mbu",
            "Discharge home: Rhiannon and Isla-Mae to 12 Coldharbour Walk with Callum. "
            "Meds: olanzapine 5mg nocte. Follow up Wessmoor perinatal.",
            "10:30",
            "Discharge",
        ),
        R(
            "pmh",
            "Contact type: Info. Discharged from Sycamore MBU today, care co-ordination back "
            "with GT.",
            "",
            "Discharge",
        ),
        R(
            "hv",
            "Mum and baby discharged from Sycamore MBU home to Coldharbour Walk.",
            "",
            "Information",
            shift="late",
        ),
        R(
            "csc",
            "Rhiannon and Isla-Mae discharged home from MBU, all family back at 12 Coldharbour "
            "Walk.",
            "",
            "Change of circumstances",
        ),
    )
    f.occ(
        "2024-09-11",
        "mbu-discharge-summary",
        R(
            "mbu",
            "Discharge summary sent to GP (Marlow Brook) and copy to HV.",
            "16:00",
            "Letter",
        ),
        R(
            "gp",
            "Discharge summary from Sycamore MBU received: PP, s2 24/06-19/07, informal "
            "to 10/09. Olanzapine 5mg. Read-coded puerperal psychosis. Repeat added.",
            shift="+2",
        ),
    )
    f.occ(
        "2024-09-12",
        "hv-visit-post-discharge",
        R(
            "hv",
            "HV home visit (am). First since MBU discharge. Home tidy, Isla-Mae 12 wks, wt "
            "5.1kg. Mum calm, a little flat. EPDS 9.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-09-12",
        "cpn-visit-post-discharge",
        R(
            "pmh",
            "Contact type: Home visit (CPN). Mental state stable. Sleep 7h, Callum does one "
            "night feed. Relapse signature reviewed.",
            "15:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-09-19",
        "joint-visit-hv-cpn",
        R(
            "pmh",
            "Contact type: Joint home visit with HV. Mother-infant interaction observed, good "
            "attunement. R asking about returning to work next year.",
            "11:00",
            "Joint visit",
        ),
        R(
            "hv",
            "Joint visit with CPN Gareth Tull. Play and interaction observed, lovely "
            "responsive care. Weaning info given.",
            "11:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-10-01",
        "cin-review-3",
        R(
            "csc",
            "CIN review at family home. Progress good; Rhiannon attending Cradle Companions "
            "group. Plan continues, next review December.",
            "13:30",
            "CIN review",
        ),
        R(
            "hv",
            "CIN review at home: no new concerns from HV. Continue fortnightly.",
            "13:30",
            "Meeting",
        ),
        R(
            "pmh",
            "Contact type: CIN review. GT attended. Mental state stable on olanzapine.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-03",
        "peer-group-told-of-review",
        R(
            "peer",
            "Rhiannon told me at group that the CIN review on Tuesday went ok and they might "
            "close in the new year.",
        ),
    )
    f.occ(
        "2024-11-05",
        "father-calls-pmh",
        R(
            "pmh",
            "Contact type: Telephone (incoming, duty). Callum worried - R sleeping 3-4h for 3 "
            "nights, restless, 'on her phone all night'. Duty to pass to GT for call back.",
            "16:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-06",
        "pmh-callback",
        R(
            "pmh",
            "Contact type: Telephone (call back to Callum by GT). R refused to speak to CPN. "
            "Plan: visit Friday, Callum to ring CRHT if worse.",
            "11:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-21",
        "missing-report",
        R(
            "pol",
            "WP/24/104522 MISSING PERSON REPORT. CALLER CALLUM EVERITT REPORTS PARTNER "
            "RHIANNON TASKER LEFT HOME APPROX 2130 ON FOOT WITHOUT COAT OR SHOES, HX "
            "POSTPARTUM PSYCHOSIS. GRADED HIGH RISK. INFANT SAFE WITH CALLER.",
            "23:10",
            "Missing person",
            ref="WP/24/104522",
        ),
    )
    f.occ(
        "2024-11-22",
        "found-s136",
        R(
            "pol",
            "WP/24/104522 UPDATE: MISPER LOCATED KESTLE STREET RAILWAY FOOTBRIDGE BY PC 4590. "
            "FEMALE STATING SHE NEEDED TO 'GO BEFORE THEY TAKE THE BABY'. DETAINED S.136 MHA. "
            "AMBULANCE ON SCENE, CONVEYED TO HGH ED (FEET CUT).",
            "00:40",
            "Section 136",
            ref="WP/24/104522",
        ),
        R(
            "amb",
            "Called to police s136 detention at Kestle St footbridge. 30F, barefoot, lacerations "
            "both soles, obs stable, GCS 15, distressed, voices. Conveyed HGH ED with police "
            "escort.",
            "00:52",
        ),
    )
    f.occ(
        "2024-11-22",
        "ed-attendance",
        R(
            "ed",
            "Triage: 30F on s136 with police. PC: lacerations to feet after walking barefoot. "
            "Hx PP (MBU discharge Sept). Obs NAD. Safeguarding: 5/12 baby at home with dad.",
            "01:35",
            "ED triage",
        ),
        R(
            "ed",
            "Dr review: superficial lacerations cleaned, steristrips. Medically fit for "
            "HBPoS. Transferred Larkhill s136 suite with police. Safeguarding form done.",
            "02:50",
            "ED discharge",
        ),
    )
    f.occ(
        "2024-11-22",
        "s136-assessment",
        R(
            "amhp",
            "s136 MHA assessment at Larkhill HBPoS. RE (AMHP), CRHT doctor, s12 Dr Pryce. "
            "R now accepting help, early relapse, agrees to CRHT daily visits and to stay at "
            "PGM's with Callum and baby. Not detained.",
            "06:30",
            "MHA assessment",
            "Not detained - CRHT home treatment.",
        ),
        R(
            "crisis",
            "Attended s136 assessment at Larkhill suite with AMHP. Outcome not detained; "
            "accepted to CRHT caseload, daily visits, olanzapine increased.",
            "06:45",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-22",
        "police-notification",
        R(
            "pol",
            "CHILD CONCERN NOTIFICATION (PPN) SUBMITTED TO HOBBISFORD MASH RE ISLA-MAE "
            "EVERITT FOLLOWING WP/24/104522.",
            "08:05",
            "PPN",
            ref="WP/24/104522",
        ),
        R(
            "csc",
            "Police notification received (PPN): mother missing overnight, found on railway "
            "footbridge, s136. Open CIN case - passed to allocated SW.",
            "09:10",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-22",
        "strategy-discussion-2",
        R(
            "csc",
            "Strategy discussion (2nd). Present: DR SW, TM, DS Hollis, T Yeo HV, G Tull, CRHT "
            "nurse. Agreed s47. Safety plan reinstated: Rhiannon not to be alone with "
            "Isla-Mae, family to stay at PGM's, CRHT daily.",
            "15:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY MEETING RE ISLA-MAE EVERITT AFTER S136 LAST NIGHT. POLICE: NO OFFENCES. "
            "S47 TO BE CONDUCTED BY CSC.",
            "15:00",
            "Strategy",
            ref="WP/24/104522",
        ),
        R(
            "hv",
            "Strat (Teams) re Isla-Mae - mum relapse/s136. HV to visit Mon at PGM's address.",
            "15:00",
            "Strategy meeting",
        ),
        R(
            "crisis",
            "Discussion with police and social care re baby's safety while R on CRHT. "
            "Supervised contact only until review.",
            "15:05",
            "Meeting",
        ),
        R(
            "pmh",
            "Contact type: strat mtg (GT). Relapse plan activated.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-23",
        "crht-visit-sat",
        R(
            "crisis",
            "HTT visit at PGM's address. R slept 5h. Meds taken observed. Isla-Mae with Callum.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-11-24",
        "crht-visit-sun",
        R(
            "crisis",
            "HTT visit. R brighter, no psychotic talk. Slept 6h. Callum coping.",
            "11:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-11-25",
        "crht-visit-mon",
        R(
            "crisis",
            "HTT visit (am). Mental state improving. Plan reduce to alternate days from Thursday.",
            "09:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-11-25",
        "hv-visit-pgm",
        R(
            "hv",
            "HV visit at PGM Maureen Everitt's address (alone). Isla-Mae 5 months, happy, "
            "rolling. Safety plan being followed.",
            "14:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-11-28",
        "s47-outcome-2",
        R(
            "csc",
            "S47 (2) outcome: risk managed by family and services, no ICPC. Continue CIN.",
            "",
            "S47 outcome",
        ),
    )
    f.occ(
        "2024-12-03",
        "cin-review-4",
        R(
            "csc",
            "CIN review. Family returned to Coldharbour Walk 01/12. Rhiannon well. Supervision "
            "condition lifted.",
            "13:00",
            "CIN review",
        ),
        R(
            "hv",
            "CIN review mtg - attended.",
            "13:00",
            "Meeting",
            shift="swap",
        ),
        R(
            "crisis",
            "CIN meeting attended by CRHT nurse. Plan discharge from CRHT to perinatal.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-12-13",
        "crht-handover",
        R(
            "crisis",
            "Discharged from CRHT caseload; care handed back to perinatal team (GT) in "
            "handover call.",
            "12:00",
            "Discharge",
        ),
        R(
            "pmh",
            "Contact type: Handover call from CRHT - R discharged from HTT today, back to "
            "perinatal CPN.",
            "12:00",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-21",
        "cin-closure",
        R(
            "csc",
            "Final CIN review. All agreed CIN plan can end. Case closed to CSC; universal plus "
            "HV, perinatal team to 12 months postnatal.",
            "11:00",
            "CIN closure",
        ),
        R(
            "pmh",
            "Contact type: Final CIN review, case closing to LA.",
            "",
            "Meeting",
        ),
        R(
            "hv",
            "CIN closed at review today - HV to continue universal plus.",
            "",
            "Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2025-01-22",
        "peer-call-after-closure",
        R(
            "peer",
            "Rhiannon rang me the day after her last meeting with social services - case "
            "closed, she was delighted. Talked about her going back to work.",
        ),
    )

    # ---- routine entries ----
    f.fill(
        "mw",
        "2024-05-20",
        "2024-06-07",
        [
            ("Antenatal", "Antenatal check 36/40, cephalic. Birth plan reviewed, PMH alert on."),
        ],
    )
    f.fill(
        "hv",
        "2024-09-25",
        "2025-03-20",
        [
            ("Home visit", "Fortnightly visit. Isla-Mae well, weaning started. Mum bright."),
            ("Telephone", "Check-in call with mum, no concerns, next visit booked."),
        ],
    )
    f.fill(
        "gp",
        "2024-04-15",
        "2024-05-24",
        [
            (
                "",
                "S: heartburn, 3rd trimester. O: well. A: reflux of pregnancy. P: Gaviscon.",
            )
        ],
    )
    f.fill(
        "gp",
        "2024-10-07",
        "2025-03-25",
        [
            ("", "S: R med review. O: calm, wt up 3kg. A: PP in remission. P: continue."),
            ("", "Isla-Mae: S: cough 3/7. O: chest clear, T 37.6. A: viral URTI. P: advice."),
        ],
    )
    f.fill(
        "pmh",
        "2024-12-16",
        "2025-03-28",
        [
            ("Outpatient", "Contact type: OPA Dr Sethi. Plan taper olanzapine over 3 months."),
        ],
    )
    f.fill(
        "peer",
        "2024-08-21",
        "2025-03-28",
        [
            ("", "Rhiannon and Isla-Mae came to the mums' group for the first time."),
        ],
        timed=False,
    )
    f.fill(
        "mbu",
        "2024-07-10",
        "2024-09-06",
        [
            ("Nursery nurse", "Bath time observed by nursery nurse, confident handling."),
        ],
    )
    f.fill(
        "csc",
        "2024-09-16",
        "2025-01-15",
        [
            ("Home visit", "CIN visit. Isla-Mae seen and observed in play. Home warm, clean."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Keelty-Mottram family, Castleburn. Shannon Keelty (b. 14/08/1998) and her partner
# Ryan Mottram (b. 05/01/1995, on a community order supervised by probation) with Tayla-Rose
# Keelty (b. 02/05/2017, Fernhill Community Primary) and Alfie Mottram (b. 19/08/2022) at
# 27 Pellow Road, Castleburn CB9 3RD (a Castleburn Homes tenancy), later decanted to 4 Mistle
# Court; maternal grandmother Carol Keelty; registered at Ashcombe Road Medical Practice. Missed
# health reviews and a scald in April, a cluttered home (a fire Safe and Well visit with the
# housing officer), hygiene concerns at school, a child in need plan; in November Alfie swallows
# a button battery: ambulance, Castleburn Royal Infirmary ED, retrieval to Northgate Children's
# Hospital for removal, a strategy discussion, both parents' arrests, a neglect assessment, an
# ICPC, core groups, charges, court, RCPCs.
# --------------------------------------------------------------------------------------------


def _keelty() -> BlindCase:
    f = Family(
        "keelty",
        3002,
        {
            "amb": Sheet(
                AMBULANCE,
                "MVAS_incident_summary_Keelty.xlsx",
                "Incidents",
                (("2024-01-01", "Clinical crew / EOC"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "CRI_ED_paeds_chronology.xlsx",
                "ED attendances",
                (("2024-01-01", "CRI ED"),),
            ),
            "nch": Sheet(
                CHILDRENS_HOSPITAL,
                "Northgate_Childrens_Hospital_safeguarding.xlsx",
                "Chronology",
                (("2024-01-01", "Safeguarding named nurse L. Beckwith"),),
            ),
            "hv": Sheet(
                HV,
                "Castleburn_0-19_service.xlsx",
                "Health Visiting (Alfie)",
                (("2024-01-01", "Jodie Narramore HV"),),
            ),
            "snurse": Sheet(
                SCHOOL_NURSE,
                "Castleburn_0-19_service.xlsx",
                "School Nursing (Tayla-Rose)",
                (("2024-01-01", "Bev Osei, school staff nurse"),),
            ),
            "gp": Sheet(
                GP,
                "Ashcombe_Road_MP_SystmOne.xlsx",
                "Journal",
                (("2024-01-01", "Dr I Qadir"),),
                typed=False,
            ),
            "school": Sheet(
                SCHOOL,
                "Fernhill_Primary_safeguarding_log.xlsx",
                "CPOMS export",
                (("2024-01-01", "Mrs A Crabtree (DSL)"),),
            ),
            "csc": Sheet(
                CSC,
                "Castleburn_Childrens_Services.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Front Door"),
                    ("2024-07-05", "Oliver Brace SW"),
                ),
            ),
            "pol": Sheet(
                POLICE,
                "Wyvern_Constabulary_PND.xlsx",
                "Incidents",
                (("2024-01-01", "Wyvern Constabulary"),),
            ),
            "housing": Sheet(
                HOUSING,
                "Castleburn_Homes_tenancy_notes.xlsx",
                "Notes",
                (("2024-01-01", "Marcus Leigh, tenancy officer"),),
            ),
            "fire": Sheet(
                FIRE,
                "WFRS_Safe_and_Well.xlsx",
                "Visits",
                (("2024-01-01", "Watch Manager S. Duffy"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Ryan_Mottram_delius.xlsx",
                "Contacts",
                (("2024-01-01", "Ayesha Rahman PP"),),
            ),
        },
    )

    # ---- before the battery: missed reviews, the scald, the home, school ----
    f.occ(
        "2024-03-12",
        "hv-dna-review-1",
        R(
            "hv",
            "Alfie 18/12 - 2 yr developmental review (delayed offer). No answer at home. Card "
            "left with new appointment 26/03.",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-03-26",
        "hv-dna-review-2",
        R(
            "hv",
            "No access visit x2 for review. Dog barking, curtains closed. Letter sent to mum "
            "asking to contact HV.",
            "11:15",
            "DNA",
        ),
    )
    f.occ(
        "2024-04-09",
        "gp-dna-imms",
        R(
            "gp",
            "Alfie - did not attend practice nurse for MMR/Hib-MenC. 2nd DNA for these imms. "
            "Recall letter sent; HV informed by task.",
        ),
    )
    f.occ(
        "2024-04-20",
        "ed-scald",
        R(
            "ed",
            "Triage cat 3. 20mth M, scald L forearm + chest from cup of tea pulled off coffee "
            "table approx 40 mins ago. Not cooled at home. Mum + sister (6) present.",
            "18:25",
            "Triage",
        ),
        R(
            "ed",
            "Seen ST4 paeds: superficial partial thickness ~2% TBSA, L forearm/anterior chest. "
            "Mechanism plausible, developmentally consistent. Delay + no first aid noted. "
            "Dressed (Mepitel). Practice nurse dressing 23/04. Paeds liaison form completed.",
            "19:40",
            "Medical review / discharge",
        ),
    )
    f.occ(
        "2024-04-22",
        "ed-liaison-notice-hv",
        R(
            "ed",
            "Paediatric liaison: notification of ED attendance 20/04 (scald, delay in "
            "presentation) sent to HV team.",
            "09:50",
            "Liaison",
        ),
        R(
            "hv",
            "ED liaison notification received - Alfie attended CRI ED Sat 20/04 with scald "
            "from hot drink. Plan: HV visit this week.",
            "",
            "Information received",
        ),
    )
    f.occ(
        "2024-04-23",
        "gp-dna-dressing",
        R(
            "gp",
            "Alfie DNA practice nurse dressing appt (burn). Mum phoned 14:00 - 'overslept'. "
            "Rebooked tomorrow.",
        ),
    )
    f.occ(
        "2024-04-24",
        "gp-dressing-attended",
        R(
            "gp",
            "PN: Alfie - dressing change L forearm and chest. Healing, no infection. Dressing "
            "soiled and had been removed at home. Advised keep on.",
        ),
    )
    f.occ(
        "2024-04-25",
        "gp-ed-letter",
        R(
            "gp",
            "ED discharge letter CRI 20/04 received: scald 2% TBSA. Filed, coded.",
        ),
    )
    f.occ(
        "2024-04-29",
        "hv-visit-after-scald",
        R(
            "hv",
            "HV home visit re scald. Lounge floor covered with bags of clothes, dog faeces in "
            "kitchen, kettle flex hanging at Alfie's reach. No stair gate. Mum defensive, "
            "says partner 'sorting the house'. Home safety advice; stair gate scheme offered.",
            "13:40",
            "Home visit",
        ),
    )
    f.occ(
        "2024-04-30",
        "hv-referral-csc",
        R(
            "hv",
            "Referral to Castleburn Front Door (online form) re home conditions, scald, "
            "missed health appts. Mum aware.",
            "10:20",
            "Referral",
        ),
        R(
            "csc",
            "Contact: HV referral - concerns re home conditions (clutter, dog faeces), scald "
            "20/04, DNA x2 development review and imms.",
            "11:02",
            "Contact",
        ),
    )
    f.occ(
        "2024-05-02",
        "front-door-decision-1",
        R(
            "csc",
            "Front Door decision: does not meet threshold for CSC assessment at this time. "
            "Step to Early Help; HV to continue and re-refer if no change.",
            "",
            "Screening decision",
        ),
    )
    f.occ(
        "2024-05-14",
        "school-hygiene-1",
        R(
            "school",
            "Category: Neglect/hygiene. Class teacher reports T-R smells strongly of urine, "
            "same uniform all week, live head lice seen. Action: DSL to speak to mum at pick "
            "up; spare uniform given.",
            "09:15",
            "Concern",
        ),
    )
    f.occ(
        "2024-06-04",
        "school-hunger",
        R(
            "school",
            "Category: Neglect. T-R found eating from another child's lunchbox; said 'there's "
            "no food at home'. Breakfast club place offered. Action: DSL call mum.",
            "12:40",
            "Concern",
        ),
        R(
            "school",
            "Category: Neglect. Tayla-Rose seen eating from another child's lunchbox, said "
            "there's no food at home. Offered breakfast club. DSL to call mum.",
            "12:55",
            "Concern",
        ),
    )
    f.occ(
        "2024-06-05",
        "school-calls-mum",
        R(
            "school",
            "Category: Contact with parent. DSL phoned mum re hunger/hygiene. Mum said money "
            "tight, benefits sanctioned. Foodbank voucher given.",
            "08:55",
            "Phone call",
        ),
    )
    f.occ(
        "2024-06-10",
        "school-referral-snurse",
        R(
            "school",
            "Category: Referral. Referral to school nursing team (hygiene, head lice, dental "
            "pain reported by T-R).",
            "14:10",
            "Referral",
        ),
        R(
            "snurse",
            "Referral rec'd from Fernhill DSL re Tayla-Rose: hygiene, recurrent head lice, "
            "toothache. For health review in school.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-18",
        "snurse-review",
        R(
            "snurse",
            "Health review in school. Visible dental decay (upper molars), not registered "
            "with a dentist. Head lice treated? - no. Weight 9th centile. Advice letter to mum, "
            "dental signposting.",
            "10:00",
            "Health review",
        ),
    )
    f.occ(
        "2024-06-20",
        "housing-inspection",
        R(
            "housing",
            "Tenancy inspection following neighbour complaints (smell, flies from rear "
            "garden). Rear garden full of black bags. Inside: heavy clutter to lounge and back "
            "bedroom, rear door blocked. Ms Keelty agreed to clear garden within 14 days. "
            "Fire service Safe & Well to be requested.",
            "11:30",
            "Inspection",
        ),
    )
    f.occ(
        "2024-07-03",
        "joint-fire-housing-visit",
        R(
            "fire",
            "Safe and Well visit (joint with Castleburn Homes TO M Leigh). Clutter Image "
            "Rating 6 lounge, 7 rear bedroom. Rear exit blocked. No working smoke alarm - 2 "
            "fitted. Loose batteries, candles, multi-plug adaptors daisy-chained. Escape plan "
            "discussed. Safeguarding referral to be made.",
            "10:00",
            "Safe and Well",
        ),
        R(
            "housing",
            "Joint visit with WFRS (Safe & Well). Garden partly cleared. Clutter remains, rear "
            "door still blocked. Alarms fitted by fire service.",
            "10:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-07-04",
        "fire-referral-csc",
        R(
            "fire",
            "Safeguarding referral submitted to Castleburn Front Door re 2 children living in "
            "high fire-risk hoarded property (CIR 6-7).",
            "09:30",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact received from Wyvern Fire and Rescue: hoarded property, blocked exit, 2 "
            "children. Previous contact (HV) 30/04 noted.",
            "09:45",
            "Contact",
            shift="swap",
        ),
    )
    f.occ(
        "2024-07-05",
        "front-door-decision-2",
        R(
            "csc",
            "Front Door decision: second contact in 10 weeks. Child and Family Assessment "
            "(neglect). Allocated O Brace.",
            "",
            "Screening decision",
        ),
    )
    f.occ(
        "2024-07-10",
        "housing-warning-letter",
        R(
            "housing",
            "Letter sent: breach of tenancy (condition of property/garden), revisit in 28 days.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2024-07-15",
        "cfa-home-visit",
        R(
            "csc",
            "C&F assessment home visit. Shannon and Ryan present. Alfie seen - nappy heavily "
            "soiled, sores. T-R at school. Shannon says she 'can't keep on top of it' since "
            "Alfie born; Ryan says he works nights (cash-in-hand). Ryan open to probation.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-08-30",
        "cfa-outcome",
        R(
            "csc",
            "C&F assessment completed. Neglect: home conditions, health, supervision. "
            "Outcome: Child in Need plan. Initial CIN meeting in September once school back.",
            "",
            "Assessment outcome",
        ),
    )
    f.occ(
        "2024-09-17",
        "cin-meeting-1",
        R(
            "csc",
            "Initial CIN meeting at Fernhill Primary. Present: SW, DSL, HV, Castleburn Homes. "
            "Shannon attended, Ryan did not. Plan: clear 2 rooms in 4 wks, dental reg for T-R, "
            "Alfie's imms and 2yr review, breakfast club.",
            "09:30",
            "CIN meeting",
        ),
        R(
            "school",
            "Category: Meeting. CIN meeting held in school. DSL attended. School actions: "
            "breakfast club daily, uniform, weekly check-in with T-R.",
            "09:30",
            "Meeting",
        ),
        R(
            "hv",
            "Child in Need mtg at Fernhill School - attended. HV actions: 2 yr review, imms "
            "catch-up, home safety equipment.",
            "",
            "Meeting",
        ),
        R(
            "housing",
            "Attended CIN meeting (Fernhill school). Repeated tenancy requirements; referral "
            "to clutter support offered.",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-09-21",
        "police-left-alone",
        R(
            "pol",
            "CAD 0921-1187. CONCERN FOR WELFARE. NEIGHBOUR REPORTS 2 CHILDREN CRYING, NO "
            "ADULT AT 27 PELLOW ROAD. OFFICERS ATTENDED 2115, CHILDREN AGED 7 AND 2 ALONE, "
            "MOTHER RETURNED 2140 FROM SHOP. HOUSE IN POOR STATE. PARTNER AT WORK. WORDS OF "
            "ADVICE. PPN TO FOLLOW.",
            "21:05",
            "Concern for welfare",
            ref="CAD 0921-1187",
        ),
    )
    f.occ(
        "2024-09-22",
        "police-ppn",
        R(
            "pol",
            "PPN1 SUBMITTED FOR TAYLA-ROSE KEELTY AND ALFIE MOTTRAM (CHILDREN LEFT "
            "UNSUPERVISED) RE CAD 0921-1187.",
            "10:12",
            "PPN",
            ref="CAD 0921-1187",
        ),
        R(
            "csc",
            "Police notification (PPN) received: children (7 and 2) left alone Sat evening "
            "approx 25 mins. Open CIN case - to allocated SW.",
            "08:40",
            "Police notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-23",
        "sw-calls-mum-after-ppn",
        R(
            "csc",
            "SW telephoned Shannon re police attendance Saturday. She says she was 'only at the "
            "Co-op'. Supervision expectations discussed. CIN review to consider.",
            "14:30",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-08",
        "cin-review-2",
        R(
            "csc",
            "CIN review. Progress limited: lounge cleared but rear bedroom/garden not; police "
            "incident 21/09. T-R registered with dentist. Alfie imms still outstanding. Plan "
            "continues, escalation to be considered at next review.",
            "09:30",
            "CIN review",
        ),
        R(
            "school",
            "Category: Meeting. CIN review - DSL attended. Attendance 88%, 6 lates.",
            "09:30",
            "Meeting",
            shift="swap",
        ),
        R(
            "housing",
            "CIN review meeting - partial improvement. Tenancy warning remains.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-15",
        "hv-2yr-review",
        R(
            "hv",
            "2 yr review (ASQ-3) completed at home, HV alone. Communication below cut-off "
            "(approx 10 words). Gross motor ok. Lounge clearer. Loose button batteries and "
            "vapes on coffee table - advised to store out of reach. SALT referral.",
            "10:00",
            "Developmental review",
        ),
    )
    f.occ(
        "2024-10-15",
        "sw-cin-visit",
        R(
            "csc",
            "CIN home visit (SW alone), 4pm. Both children seen. Rear bedroom still full. "
            "Ryan present, engaged better.",
            "16:00",
            "Home visit",
        ),
    )

    # ---- the button battery ----
    f.occ(
        "2024-11-09",
        "ambulance-999",
        R(
            "amb",
            "999 call 18:21 from mother: 2yo swallowed 'a little round battery' from LED "
            "remote approx 20 mins ago. Cat 2. On scene 18:33. Child alert, drooling, "
            "refusing drink. No honey given (advised by EOC). Conveyed CRI ED, blue light. "
            "Home noted very cluttered, access difficult.",
            "18:21",
        ),
    )
    f.occ(
        "2024-11-09",
        "ed-battery",
        R(
            "ed",
            "Pre-alert by MVAS. 2y M ?ingested button battery ~40 mins ago. Cat 1 paeds. "
            "Drooling, no resp distress.",
            "18:58",
            "Triage",
        ),
        R(
            "ed",
            "CXR: round opacity with double-ring (halo) sign at level of T2 - button battery "
            "upper oesophagus. D/w Northgate ENT on call + paeds retrieval: for urgent "
            "removal at Northgate.",
            "19:30",
            "Medical review",
        ),
        R(
            "ed",
            "Left department with Wyvern paediatric retrieval team to Northgate Children's "
            "Hospital. Mum travelled. Safeguarding: 2nd ED attendance this year (scald April), "
            "CSC involvement known, EDT informed.",
            "21:40",
            "Transfer out",
        ),
    )
    f.occ(
        "2024-11-09",
        "ed-calls-edt",
        R(
            "ed",
            "Nurse in charge telephoned EDT: button battery ingestion, home cluttered per "
            "paramedics, open CIN. EDT to inform day team.",
            "20:15",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "EDT: telephone call from CRI ED NIC re Alfie - swallowed button battery at home, "
            "being transferred to Northgate for surgery. Open CIN. T-R with MGM tonight. "
            "Day team to follow up Monday.",
            "20:20",
            "EDT contact",
        ),
    )
    f.occ(
        "2024-11-09",
        "nch-admission",
        R(
            "nch",
            "Admitted via retrieval team from CRI to theatre recovery/ENT. Mother Shannon "
            "Keelty with child.",
            "23:05",
            "Admission",
        ),
    )
    f.occ(
        "2024-11-10",
        "nch-surgery",
        R(
            "nch",
            "Theatre: rigid oesophagoscopy, removal of 20mm lithium coin cell (CR2032). "
            "Circumferential mucosal burn, no perforation. Post-op to PICU, NBM, NG.",
            "00:10",
            "Procedure",
        ),
    )
    f.occ(
        "2024-11-10",
        "edt-calls-nch",
        R(
            "csc",
            "EDT SW rang Northgate PICU: Alfie stable post-op, mum and Ryan on unit, no "
            "concerns re behaviour on ward. MGM confirms T-R staying with her.",
            "11:30",
            "Telephone",
        ),
        R(
            "nch",
            "Tel call from Castleburn EDT SW checking on Alfie. Updated; advised hospital "
            "safeguarding referral will follow Monday.",
            "11:30",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-11",
        "nch-referral-csc",
        R(
            "nch",
            "Safeguarding referral (written) to Castleburn Front Door: button battery "
            "ingestion with oesophageal burn, previous scald, parents state batteries kept "
            "'in a bowl on the table'. Requesting strategy discussion.",
            "09:40",
            "Referral",
        ),
        R(
            "csc",
            "Contact: written referral from Northgate Children's Hospital safeguarding team "
            "(named nurse L Beckwith) re Alfie.",
            "10:05",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-11",
        "front-door-decision-3",
        R(
            "csc",
            "Front Door/TM decision: threshold for strategy discussion met (open CIN). Strat "
            "today 14:30.",
            "10:45",
            "Screening decision",
        ),
    )
    f.occ(
        "2024-11-11",
        "gp-info-for-strat",
        R(
            "gp",
            "Email to CSC with info for strategy discussion: DNA imms x3, DNA dressing, "
            "scald April, no other attendances. Unable to attend strat.",
        ),
    )
    f.occ(
        "2024-11-11",
        "strategy-discussion",
        R(
            "csc",
            "Strategy discussion (Teams). Chair TM K Pollard; O Brace SW; DC Ashworth (CAIU); "
            "Dr Varga (Northgate paeds) and L Beckwith; J Narramore HV; A Crabtree DSL. "
            "Agreed joint s47 (police/CSC) - neglect, loose batteries accessible despite "
            "advice 15/10. Joint visit tomorrow. T-R to remain with MGM meanwhile.",
            "14:30",
            "Strategy discussion",
        ),
        R(
            "pol",
            "S47 STRAT MTG RE ALFIE MOTTRAM (2). BUTTON BATTERY INGESTION, OESOPHAGEAL "
            "INJURY. JOINT INVESTIGATION - CHILD NEGLECT S.1 CYPA 1933 TO BE CONSIDERED. "
            "OIC DC 7781 ASHWORTH.",
            "14:30",
            "Strategy",
            ref="WC-24-228190",
        ),
        R(
            "nch",
            "Strategy meeting held (Teams) - Dr Varga and named nurse attended. Medical view: "
            "injury accidental in mechanism but significant neglect of safety given previous "
            "advice.",
            "14:30",
            "Strategy meeting",
        ),
        R(
            "hv",
            "Strat mtg re Alfie - HV shared 2yr review 15/10 (batteries seen on table, "
            "advice given).",
            "",
            "Strategy",
        ),
        R(
            "school",
            "Category: Safeguarding meeting. DSL dialled into strategy discussion re Alfie "
            "(T-R's brother). T-R staying at Nan's.",
            "14:35",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-12",
        "joint-s47-visit",
        R(
            "csc",
            "Joint s47 home visit with DC Ashworth. Loose batteries in bowl on coffee table and "
            "on floor, 3 opened LED remotes, dog faeces upstairs, no food in fridge, Alfie's "
            "cot full of clothes. Photos taken by police. Parents accept state of home.",
            "10:00",
            "S47 joint visit",
        ),
        R(
            "pol",
            "JOINT VISIT WITH CSC TO 27 PELLOW ROAD. HOME CONDITIONS VERY POOR, PHOTOGRAPHS "
            "TAKEN (EXHIBIT SA/1-14). LOOSE BATTERIES ACCESSIBLE. BOTH PARENTS PRESENT.",
            "10:05",
            "S47 visit",
            ref="WC-24-228190",
        ),
    )
    f.occ(
        "2024-11-12",
        "tr-to-mgm",
        R(
            "csc",
            "Safety plan: Tayla-Rose to live with MGM Carol Keelty, 9 Fenwick Close, pending "
            "assessment (family arrangement, parents agree).",
            "16:00",
            "Change of household",
        ),
        R(
            "school",
            "Category: Change of circumstances. Mum informed office T-R now living with Nan "
            "(Carol Keelty, Fenwick Close) - collected by Nan.",
            "08:50",
            "Information",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-13",
        "sw-sees-tr-school",
        R(
            "csc",
            "Tayla-Rose seen alone at school (DSL in room). Said 'our house is messy and "
            "smelly' and she likes Nan's. Wishes: to see Alfie.",
            "13:15",
            "Child seen",
        ),
        R(
            "school",
            "Category: External agency visit. SW O Brace visited to see T-R in school, DSL "
            "present. T-R calm.",
            "13:15",
            "Visit",
        ),
    )
    f.occ(
        "2024-11-14",
        "arrest-mother",
        R(
            "pol",
            "ARREST: SHANNON KEELTY (26) AT 27 PELLOW ROAD 0915 ON SUSPICION OF CHILD NEGLECT "
            "(S.1 CYPA). CONVEYED CASTLEBURN CUSTODY. INTERVIEWED, RELEASED UNDER "
            "INVESTIGATION.",
            "09:15",
            "Arrest",
            ref="WC-24-228190",
        ),
        R(
            "csc",
            "DC Ashworth advised Shannon arrested this morning (suspicion child neglect), "
            "RUI, no bail conditions.",
            "",
            "Police update",
        ),
    )
    f.occ(
        "2024-11-14",
        "arrest-partner",
        R(
            "pol",
            "ARREST: RYAN MOTTRAM (29) AT CASTLEBURN RETAIL PARK (WORKPLACE) 1030 ON "
            "SUSPICION OF CHILD NEGLECT (S.1 CYPA). INTERVIEWED, RUI.",
            "10:30",
            "Arrest",
            ref="WC-24-228190",
        ),
        R(
            "prob",
            "Notification via police: PoP arrested 14/11 on suspicion of child neglect (son, "
            "2). RUI. Risk of serious harm review to be completed.",
            "",
            "Arrest notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-22",
        "nch-discharge",
        R(
            "nch",
            "Discharged home to care of MGM (Carol Keelty) per CSC safety plan. Tolerating "
            "soft diet. ENT OPD 6/52 (?stricture). Discharge summary to GP/HV.",
            "12:30",
            "Discharge",
        ),
        R(
            "csc",
            "Alfie discharged from Northgate today to MGM Carol Keelty with T-R (safety plan). "
            "Parents' contact supervised by MGM.",
            "",
            "Change of household",
        ),
        R(
            "hv",
            "Alfie discharged from Northgate to MGM's address (9 Fenwick Close). HV to visit.",
            "",
            "Information",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-26",
        "gcp2-joint-visit",
        R(
            "csc",
            "Graded Care Profile 2 completed jointly with HV at 27 Pellow Road with Shannon "
            "and Ryan. Scores: physical care 4, safety 4-5, love 2, esteem 3.",
            "10:00",
            "Neglect assessment",
        ),
        R(
            "hv",
            "JV with SW - GCP2 neglect assessment with parents at Pellow Rd. Mum tearful, "
            "Ryan engaged. Kitchen clearer.",
            "10:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-11-28",
        "school-report-icpc",
        R(
            "school",
            "Category: Report. School report for ICPC submitted to CP Chair (attendance 87%, "
            "hygiene log, hunger episodes).",
            "15:00",
            "Report",
        ),
    )
    f.occ(
        "2024-11-29",
        "gp-report-icpc",
        R("gp", "Report for initial CP conference completed and sent to CP unit."),
    )
    f.occ(
        "2024-12-03",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference (chair R Mbeki). Both children subject to CP "
            "plans, category neglect. Children to remain with MGM while home and parenting "
            "improve. Core group within 10 working days.",
            "10:00",
            "ICPC",
        ),
        R(
            "school",
            "Category: Meeting. ICPC - DSL attended. T-R and Alfie now on CP plans (neglect). "
            "School: daily check-in, free breakfast club, uniform.",
            "10:00",
            "ICPC",
        ),
        R(
            "hv",
            "Initial case conf - attended. CP plan x2 (neglect). HV fortnightly visits.",
            "10:00",
            "Case conference",
        ),
        R(
            "pol",
            "CP CONFERENCE ATTENDED BY DC ASHWORTH. BOTH CHILDREN ON CP PLAN. INVESTIGATION "
            "ONGOING, FILE TO CPS IN NEW YEAR.",
            "10:00",
            "Conference",
            ref="WC-24-228190",
        ),
        R(
            "housing",
            "Case conf (child protection) - TO attended. Offer: decant to void property while "
            "Pellow Road is cleared and repaired.",
            "",
            "Meeting",
            shift="swap",
        ),
        R(
            "prob",
            "Attended ICPC for PoP's children (Alfie and stepdaughter). CP plans made. Will "
            "share probation risk info with core group.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-12-12",
        "core-group-1",
        R(
            "csc",
            "First core group at Fernhill. Plan refined: deep clean and decant, parenting "
            "course (Freedom/Solihull), SALT, ENT follow-up.",
            "09:30",
            "Core group",
        ),
        R(
            "school",
            "Category: Meeting. Core group meeting in school. DSL attended.",
            "09:30",
            "Meeting",
        ),
        R(
            "hv",
            "Core grp - HV attended.",
            "",
            "Core group",
        ),
        R(
            "housing",
            "Core group meeting re Keelty/Mottram children. Decant to 4 Mistle Court agreed "
            "for January.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-12-18",
        "ed-vomiting-1",
        R(
            "ed",
            "2y M brought by MGM. Vomiting x4, recent battery removal (Northgate). Tolerating "
            "fluids in dept. D/w Northgate ENT: safe for discharge, return if dysphagia.",
            "17:20",
            "Attendance",
        ),
    )
    f.occ(
        "2024-12-19",
        "ed-vomiting-2",
        R(
            "ed",
            "Re-attendance (2nd in 24h). Refusing solids, drooling. Northgate accepted - "
            "transferred by ambulance for ?oesophageal stricture.",
            "09:45",
            "Attendance",
        ),
    )
    f.occ(
        "2024-12-19",
        "nch-admission-dilatation",
        R(
            "nch",
            "Admitted from CRI ED. Contrast swallow: short upper oesophageal stricture. For "
            "balloon dilatation tomorrow.",
            "14:10",
            "Admission",
        ),
    )
    f.occ(
        "2025-01-13",
        "decant-move",
        R(
            "housing",
            "Decant: Ms Keelty and Mr Mottram moved into 4 Mistle Court, Castleburn CB9 4JN "
            "(temporary licence) while 27 Pellow Road is cleared.",
            "12:00",
            "Tenancy / move",
        ),
        R(
            "csc",
            "Parents moved to decant property 4 Mistle Court today. Children remain with MGM.",
            "",
            "House move",
        ),
        R(
            "school",
            "Category: Change of circumstances. Note new address for mum/Ryan: 4 Mistle Court "
            "(from 13/01). T-R still at Nan's.",
            "",
            "Information",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-20",
        "children-return",
        R(
            "csc",
            "Tayla-Rose and Alfie returned to parents' care at 4 Mistle Court (agreed in core "
            "group; home conditions good; unannounced visits to continue).",
            "",
            "Change of household",
        ),
        R(
            "hv",
            "Alfie now back living with mum and Ryan at 4 Mistle Court.",
            "",
            "Change of address",
        ),
    )
    f.occ(
        "2025-01-23",
        "core-group-2",
        R(
            "csc",
            "Core group 2. Children home since 20/01. Unannounced visits x2 fine. Parenting "
            "course started.",
            "09:30",
            "Core group",
        ),
        R(
            "school",
            "Category: Meeting. CG - DSL. T-R clean, happy, attendance 96% since Christmas.",
            "09:30",
            "Meeting",
        ),
        R(
            "housing",
            "Core group - Mistle Court well kept. Pellow Rd clearance complete.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-28",
        "fire-revisit",
        R(
            "fire",
            "Safe and Well revisit at 4 Mistle Court. CIR 2 throughout. Alarms tested. "
            "Battery safety advice (button cells) given, lockable box provided.",
            "10:30",
            "Safe and Well",
        ),
    )
    f.occ(
        "2025-01-28",
        "hv-visit-mistle",
        R(
            "hv",
            "HV visit (alone, pm). Alfie eating soft diet, wt 11.4kg. Stair gate fitted. "
            "Batteries in locked box.",
            "14:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-02-27",
        "charge-mother",
        R(
            "pol",
            "CPS AUTHORITY: SHANNON KEELTY CHARGED (POSTAL REQUISITION) CHILD NEGLECT S.1 "
            "CYPA 1933. FIRST APPEARANCE CASTLEBURN MC 02/04/25.",
            "",
            "Charge",
            ref="WC-24-228190",
        ),
        R(
            "csc",
            "DC Ashworth: Shannon charged with child neglect (postal requisition), first "
            "hearing 02/04.",
            "",
            "Police update",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-27",
        "charge-partner",
        R(
            "pol",
            "CPS AUTHORITY: RYAN MOTTRAM CHARGED (POSTAL REQUISITION) CHILD NEGLECT S.1 CYPA "
            "1933. FIRST APPEARANCE CASTLEBURN MC 02/04/25.",
            "",
            "Charge",
            ref="WC-24-228190",
        ),
        R(
            "prob",
            "PoP charged with child neglect - postal requisition, court 02/04/25. Breach not "
            "applicable; new offence to be reported to court.",
            "",
            "Charge",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-04",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference. Good progress; children home since 20/01. "
            "Decision: remain on CP plans (neglect) for further 3 months to test "
            "sustainability.",
            "10:00",
            "RCPC",
        ),
        R(
            "school",
            "Category: Meeting. RCPC - DSL attended, remain CP.",
            "10:00",
            "RCPC",
            shift="swap",
        ),
        R(
            "hv",
            "Review case conference: CP plans continue. HV reduced to monthly.",
            "",
            "Case conference",
        ),
        R(
            "prob",
            "RCPC attended. Noted PoP charged; sentencing may affect household.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-03-11",
        "core-group-3",
        R(
            "csc",
            "Core group 3. Tenancy of Mistle Court to be made permanent. SALT started.",
            "09:30",
            "Core group",
        ),
        R(
            "housing",
            "Core group - confirmed sole tenancy transfer to 4 Mistle Court from April.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-04-02",
        "magistrates-first-hearing",
        R(
            "pol",
            "CASTLEBURN MC: KEELTY AND MOTTRAM BOTH PLEAD GUILTY CHILD NEGLECT. ADJOURNED FOR "
            "PSRS, SENTENCE 14/05/25. UNCONDITIONAL BAIL.",
            "",
            "Court",
            ref="WC-24-228190",
        ),
        R(
            "prob",
            "Court duty: PoP and co-defendant (partner) entered guilty pleas at Castleburn MC. "
            "PSR ordered for both, sentencing 14/05.",
            "",
            "Court hearing",
        ),
        R(
            "csc",
            "Parents pleaded guilty at magistrates' court to child neglect, adjourned to 14/05 "
            "for sentencing.",
            "",
            "Criminal proceedings",
            shift="+1",
        ),
    )
    f.occ(
        "2025-05-14",
        "sentencing",
        R(
            "pol",
            "SENTENCE CASTLEBURN MC: KEELTY - 12 MTH COMMUNITY ORDER, 20 RAR DAYS. MOTTRAM - "
            "18 MTH COMMUNITY ORDER, 150 HRS UNPAID WORK + 25 RAR. NO CONTACT RESTRICTIONS.",
            "",
            "Court result",
            ref="WC-24-228190",
        ),
        R(
            "prob",
            "Sentenced at Castleburn MC: new 18m CO (UPW 150h, RAR 25) runs alongside "
            "existing order. Partner also CO.",
            "",
            "Sentence",
        ),
        R(
            "csc",
            "Parents sentenced: community orders for both. No change to care plan.",
            "",
            "Criminal proceedings",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-03",
        "rcpc-2",
        R(
            "csc",
            "RCPC 2. CP plans ended; step down to CIN for 3 months. Home conditions "
            "sustained, health appointments kept.",
            "10:00",
            "RCPC",
        ),
        R(
            "school",
            "Category: Meeting. Review conference - CP plans ended, CIN. DSL attended.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "RCPC - CP plans discontinued, CIN. HV universal plus.",
            "",
            "Case conference",
            shift="month",
        ),
        R(
            "housing",
            "Review conference attended - ceased CP. Tenancy sustained.",
            "",
            "Meeting",
        ),
    )

    # ---- routine entries ----
    f.fill(
        "school",
        "2024-04-15",
        "2025-06-20",
        [("Attendance", "Category: Attendance. T-R late 3 times this week; mum says bus.")],
    )
    f.fill(
        "school",
        "2024-09-18",
        "2025-06-20",
        [("Check-in", "Category: Check-in. Weekly DSL check-in, T-R 'happy' on scale.")],
    )
    f.fill(
        "gp",
        "2024-05-06",
        "2025-06-20",
        [
            ("", "Shannon: S: low mood, tired. O: tearful, PHQ9 14. A: depression. P: sertraline."),
            ("", "Alfie: S: ear pulling 2/7. O: R TM red, bulging. A: AOM. P: amoxicillin."),
        ],
    )
    f.fill(
        "prob",
        "2024-03-04",
        "2024-11-08",
        [
            ("Supervision", "Office supervision. PoP reports working nights, relationship ok."),
            ("Supervision", "Supervision: UPW hours 40/100 completed."),
        ],
    )
    f.fill(
        "hv",
        "2025-02-03",
        "2025-05-30",
        [
            ("Home visit", "HV visit Mistle Ct: home clean, Alfie using 20+ words."),
        ],
    )
    f.fill(
        "snurse",
        "2024-09-09",
        "2025-05-23",
        [
            ("Health review", "Follow-up review: dental treatment done, weight 25th centile."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Whitlock family, Aldermoor. Jaden Whitlock (b. 27/03/2009, Year 10 at Harrowden
# Park Academy) lives with his mother Lorna Whitlock (b. 1983), stepfather Dev Mistry and sister
# Poppy (b. 2015) at 58 Larchfield Rise, Aldermoor AL3 6PW; registered at Quarry Hill Health
# Centre. Bullied and harassed online and in person by older youths, Connor Pask (b. 30/09/2007,
# Aldermoor College) and Reece Maddox (b. 12/04/2006): name-calling, a phone theft, threats on
# Snapchat, a filmed assault at the bus station; self-harm, two referrals to CAMHS, the school's
# anti-bullying and safety plans, the Youth Hub, both youths' arrests, a bail breach, a missing
# evening ending in an overdose, a child in need plan; Jaden's death by suicide at home; the
# joint agency response, the coroner, charges and court, the rapid review, the inquest.
# --------------------------------------------------------------------------------------------


def _whitlock() -> BlindCase:
    f = Family(
        "whitlock",
        3003,
        {
            "school": Sheet(
                SCHOOL,
                "Harrowden_Park_Academy_safeguarding.xlsx",
                "Safeguarding log",
                (("2024-01-01", "Mr D. Okonjo (DSL)"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Aldermoor_CAMHS_RiO_extract.xlsx",
                "Clinical contacts",
                (("2024-01-01", "SPA clinician"), ("2024-11-01", "Hattie Brennan, CAMHS")),
            ),
            "gp": Sheet(
                GP,
                "Quarry_Hill_HC_EMIS.xlsx",
                "Consultations",
                (("2024-01-01", "Dr S Bhandari"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "AGH_ED_extract.xlsx",
                "Attendances",
                (("2024-01-01", "AGH ED"),),
            ),
            "pol": Sheet(
                POLICE,
                "Northmarch_Police_chronology.xlsx",
                "Logs and crimes",
                (("2024-01-01", "Northmarch Police"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "NMAS_ePCR_summary.xlsx",
                "Calls",
                (("2024-01-01", "Crew"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Aldermoor_CSC_chronology.xlsx",
                "Chronology",
                (("2024-01-01", "MASH"), ("2024-11-25", "Chloe Verity SW")),
            ),
            "youth": Sheet(
                YOUTH,
                "Aldermoor_Youth_Hub_notes.xlsx",
                "Session notes",
                (("2024-01-01", "Kez Ambrose, youth worker"),),
                typed=False,
            ),
            "college": Sheet(
                COLLEGE,
                "Aldermoor_College_safeguarding.xlsx",
                "Log (re C. Pask)",
                (("2024-01-01", "College safeguarding lead"),),
            ),
            "coroner": Sheet(
                CORONER,
                "North_Marches_Coroner_case_log.xlsx",
                "Case log",
                (("2024-01-01", "Coroner's officer G. Tambling"),),
            ),
            "asp": Sheet(
                PARTNERSHIP,
                "Aldermoor_Safeguarding_Partnership_RR.xlsx",
                "Rapid review log",
                (("2024-01-01", "Partnership business manager"),),
            ),
            "cdop": Sheet(
                CDOP,
                "Child_Death_Review_Team_log.xlsx",
                "CDR",
                (("2024-01-01", "CDR nurse specialist"),),
            ),
        },
    )

    # ---- bullying starts ----
    f.occ(
        "2024-06-11",
        "school-name-calling",
        R(
            "school",
            "Type: Bullying (outside school). Jaden (Y9) reports older boys at the Harrowden "
            "Road bus stop calling him names ('freak', homophobic slurs), two are ex-pupils. "
            "Action: HoY spoke to J, bus duty staff alerted, mum informed by phone.",
            "13:20",
            "Bullying",
        ),
    )
    f.occ(
        "2024-06-25",
        "school-group-chat",
        R(
            "school",
            "Type: Online bullying. J showed HoY screenshots of Snapchat group 'Aldermoor "
            "Roast' - edited photos of J, comments telling him to kill himself. Group admin "
            "appears to be an older youth (not a pupil). Action: screenshots saved, advice on "
            "reporting/blocking, mum advised to report to police.",
            "11:05",
            "Online safety",
        ),
    )
    f.occ(
        "2024-07-09",
        "youth-first-session",
        R(
            "youth",
            "New young person at Tuesday drop-in - Jaden, 15, came with a friend. Quiet, "
            "into drawing and gaming. Told me older lads 'give him grief' on the way home.",
        ),
    )
    f.occ(
        "2024-08-17",
        "police-phone-theft",
        R(
            "pol",
            "LOG 0817-0934. THEFT FROM PERSON / ASSAULT. JADEN WHITLOCK (15) PUSHED FROM "
            "BICYCLE AT BRINDLE PARK BY GROUP OF 3-4 OLDER MALES, MOBILE PHONE TAKEN. MINOR "
            "GRAZES. REPORTED BY MOTHER. SUSPECT NAMED BY VICTIM AS 'CONNOR'. CRN "
            "44/18822/24.",
            "19:40",
            "Crime report",
            ref="CRN 44/18822/24",
        ),
    )
    f.occ(
        "2024-08-19",
        "csc-police-notification-1",
        R(
            "csc",
            "Police notification received: Jaden (15) victim of theft/assault by older "
            "youths 17/08. Parents protective. MASH: information only, no further action; "
            "letter to family re support services.",
            "09:20",
            "Police notification",
        ),
    )
    f.occ(
        "2024-09-10",
        "school-anti-bullying-plan",
        R(
            "school",
            "Type: Anti-bullying plan. Meeting with J and mum: ongoing online abuse over "
            "summer, phone stolen in August. Plan: safe space (library) at break/lunch, "
            "staggered finish 3.05pm, named adult Ms Farrant, report online abuse.",
            "15:30",
            "Meeting with parent",
        ),
    )
    f.occ(
        "2024-09-24",
        "school-self-harm",
        R(
            "school",
            "Type: Self-harm. PE teacher saw fresh superficial cuts L forearm. J said he "
            "'just needed to feel something else'. First aid given. No current plan to end "
            "life. Action: mum called and collected J, GP appt advised.",
            "10:45",
            "Self-harm",
        ),
        R(
            "school",
            "Type: Self-harm. PE teacher saw fresh superficial cuts on J's L forearm; J said "
            "he 'just needed to feel something else'. First aid. No plan to end life. Mum "
            "called, collected J. GP appt advised.",
            "10:50",
            "Self-harm",
        ),
    )
    f.occ(
        "2024-09-24",
        "school-referral-camhs",
        R(
            "school",
            "Type: Referral. Online referral to CAMHS SPA completed by DSL (self-harm, "
            "bullying, low mood), consent from mum.",
            "15:00",
            "Referral",
        ),
        R(
            "camhs",
            "Referral received from Harrowden Park Academy DSL (D Okonjo): Jaden 15, "
            "self-harm (cutting), bullying online and in community. For triage.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-26",
        "gp-consult-self-harm",
        R(
            "gp",
            "Jaden with mum. S: low mood 3 months, cutting since July, bullied by older lads "
            "online. Sleep poor. No suicidal plan. O: healing superficial cuts L forearm, "
            "PHQ-A 16. A: low mood + self-harm. P: CAMHS referral, safety netting, crisis line "
            "numbers, review 2/52.",
        ),
    )
    f.occ(
        "2024-09-26",
        "gp-referral-camhs",
        R(
            "gp",
            "Referral letter to CAMHS SPA (low mood, self-harm) sent via e-RS.",
        ),
        R(
            "camhs",
            "2nd referral received - GP (Dr Bhandari) re Jaden, same concerns as school "
            "referral. Linked to existing referral.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-02",
        "camhs-triage",
        R(
            "camhs",
            "Triage call with mum and Jaden. Self-harm 1-2x/week, superficial. Fleeting "
            "thoughts of not wanting to be here, no plan. Protective: family, gaming, youth "
            "club. Outcome: routine - CAMHS core assessment (wait approx 8-10 wks); MHST in "
            "school meanwhile.",
            "14:30",
            "Triage",
        ),
    )
    f.occ(
        "2024-10-08",
        "school-restorative",
        R(
            "school",
            "Type: Anti-bullying action. Restorative meeting with Y11 pupil (KD) who shared "
            "the group chat images in school. KD sanctioned (isolation 1 day), parents "
            "informed. J informed of outcome.",
            "12:15",
            "Bullying",
        ),
    )
    f.occ(
        "2024-10-15",
        "police-threats-report",
        R(
            "pol",
            "LOG 1015-1102. MALICIOUS COMMS / THREATS. MOTHER REPORTS SON JADEN RECEIVING "
            "SNAPCHAT MESSAGES FROM ACCOUNT BELIEVED REECE MADDOX (18) 'UR DEAD WHEN WE SEE "
            "U', 'BRIDGE IS THAT WAY'. CRIME RECORDED CRN 44/23106/24. OIC PC 1183 GORTON.",
            "18:25",
            "Crime report",
            ref="CRN 44/23106/24",
        ),
    )
    f.occ(
        "2024-10-16",
        "police-statement-visit",
        R(
            "pol",
            "PC 1183 ATTENDED 58 LARCHFIELD RISE, VRI STATEMENT FROM JADEN, SCREENSHOTS "
            "SEIZED (EXHIBIT MG/1). LINKED TO CRN 44/18822/24 (PHONE THEFT).",
            "16:30",
            "Statement",
            ref="CRN 44/23106/24",
        ),
    )
    f.occ(
        "2024-10-16",
        "police-ppn-2",
        R(
            "pol",
            "PPN SUBMITTED - JADEN WHITLOCK, VICTIM OF THREATS/HARASSMENT BY OLDER YOUTHS, "
            "SELF-HARM DISCLOSED. RISK MEDIUM.",
            "20:05",
            "PPN",
            ref="CRN 44/23106/24",
        ),
        R(
            "csc",
            "PPN received from Northmarch Police re Jaden: threats via Snapchat, self-harm "
            "known. Second notification (see 19/08).",
            "08:55",
            "Police notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-17",
        "mash-decision-1",
        R(
            "csc",
            "MASH decision: not at threshold for statutory assessment. Parents protective, "
            "CAMHS and school involved, police investigating. Advice to school; signpost "
            "Aldermoor Youth Hub.",
            "15:40",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-10-21",
        "police-call-college",
        R(
            "pol",
            "PC 1183 TEL TO ALDERMOOR COLLEGE SAFEGUARDING LEAD: STUDENT CONNOR PASK (17) "
            "SUSPECT IN HARASSMENT OF 15YR OLD. INFO SHARED FOR RISK MANAGEMENT.",
            "11:10",
            "Information sharing",
            ref="CRN 44/23106/24",
        ),
        R(
            "college",
            "Type: Police contact. Call from PC Gorton: Connor Pask named as suspect in "
            "harassment of a younger boy (not a student here). Risk assessment to be "
            "completed.",
            "11:10",
            "External agency",
        ),
    )
    f.occ(
        "2024-10-24",
        "college-behaviour-contract",
        R(
            "college",
            "Type: Student conduct. Meeting with Connor and his father: behaviour contract, "
            "online conduct policy, no use of college network for social media. Connor denies "
            "involvement.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-05",
        "youth-calls-camhs",
        R(
            "youth",
            "Jaden showed me new cuts on his arm tonight and said it's 'getting worse since "
            "the Snapchat stuff'. I rang CAMHS duty from the office with him there; duty "
            "worker spoke to him and will call his mum tomorrow.",
        ),
        R(
            "camhs",
            "Duty call from youth worker (Aldermoor Youth Hub) with Jaden present: increased "
            "self-harm. Spoke to J - no intent to die, agreed keep-safe plan. Duty to ring "
            "mum tomorrow; assessment expedited.",
            "19:20",
            "Duty call",
        ),
    )
    f.occ(
        "2024-11-06",
        "camhs-calls-mum",
        R(
            "camhs",
            "Duty call to mum: aware of cuts, removing blades from home. Assessment booked 02/12.",
            "10:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-19",
        "bus-station-assault",
        R(
            "pol",
            "LOG 1119-0871. ASSAULT. ALDERMOOR BUS STATION 1605. VICTIM JADEN WHITLOCK (15) "
            "SURROUNDED BY GROUP, SLAPPED AND KICKED BY TWO OLDER MALES, INCIDENT FILMED. "
            "VICTIM WENT HOME, MOTHER REPORTED 1650. CCTV REQUESTED. SUSPECTS C PASK, R "
            "MADDOX.",
            "16:50",
            "Crime report",
            ref="CRN 44/25570/24",
        ),
    )
    f.occ(
        "2024-11-20",
        "school-video-found",
        R(
            "school",
            "Type: Online safety. Several pupils reported a video of J being assaulted at the "
            "bus station circulating on TikTok/Snapchat. J absent today. Pupils asked to "
            "delete; devices checked.",
            "08:40",
            "Online safety",
        ),
    )
    f.occ(
        "2024-11-20",
        "school-calls-police",
        R(
            "school",
            "Type: Contact with police. DSL rang 101 re the video; linked to existing crime "
            "by call handler, PC Gorton to call back.",
            "09:30",
            "Phone call",
        ),
        R(
            "pol",
            "CALL FROM HARROWDEN PARK ACADEMY DSL - VIDEO OF ASSAULT (CRN 44/25570/24) "
            "SHARED AMONG PUPILS. UPDATE TO OIC.",
            "09:34",
            "Third party report",
            ref="CRN 44/25570/24",
        ),
    )
    f.occ(
        "2024-11-22",
        "arrest-connor",
        R(
            "pol",
            "ARREST CONNOR PASK (17) AT HOME ADDRESS 0710 - ASSAULT, HARASSMENT (PHA S.2), "
            "THEFT. APPROPRIATE ADULT (FATHER). INTERVIEWED, BAILED - NOT TO CONTACT JADEN "
            "WHITLOCK DIRECTLY OR INDIRECTLY, NOT TO ENTER ALDERMOOR BUS STATION.",
            "07:10",
            "Arrest",
            ref="CRN 44/25570/24",
        ),
        R(
            "college",
            "Type: Police contact. Police informed us Connor was arrested this morning "
            "(harassment/assault). Bail conditions noted. Risk assessment updated; he may "
            "attend college.",
            "14:00",
            "External agency",
        ),
    )
    f.occ(
        "2024-11-22",
        "arrest-reece",
        R(
            "pol",
            "ARREST REECE MADDOX (18) AT 14 COPPICE WALK 0745 - ASSAULT, HARASSMENT, "
            "MALICIOUS COMMUNICATIONS. PHONE SEIZED. INTERVIEWED, BAILED WITH NON-CONTACT "
            "CONDITION (J WHITLOCK).",
            "07:45",
            "Arrest",
            ref="CRN 44/25570/24",
        ),
    )
    f.occ(
        "2024-11-25",
        "strategy-discussion-1",
        R(
            "csc",
            "Strategy discussion (extra-familial harm). Present: TM R Ghale, C Verity SW, "
            "DS Lowther, D Okonjo DSL, H Brennan CAMHS. Risk from older youths, escalating "
            "violence and online threats, self-harm. Not s47 (parents protective); Child and "
            "Family Assessment, contextual safety plan, bail conditions shared.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISCUSSION (EXTRA FAMILIAL HARM) RE JADEN WHITLOCK. SUSPECTS ON BAIL WITH "
            "NON-CONTACT CONDITIONS. POLICE TO FLAG HOME ADDRESS (URGENT RESPONSE MARKER).",
            "11:00",
            "Strategy",
            ref="CRN 44/25570/24",
        ),
        R(
            "school",
            "Type: Multi-agency. Strat discussion by phone with police, CSC, CAMHS re J. "
            "School to update safety plan this afternoon.",
            "11:00",
            "Meeting",
        ),
        R(
            "camhs",
            "Discussion with police, school and social care re Jaden's safety. CAMHS shared "
            "triage and duty call info. Assessment date remains 02/12.",
            "",
            "Professionals discussion",
        ),
    )
    f.occ(
        "2024-11-25",
        "school-safety-plan-meeting",
        R(
            "school",
            "Type: Safety plan. Meeting in school with J and mum: J to be collected by "
            "stepdad, avoid bus station, safe space + pass to leave lessons, key adult daily "
            "check-in, phone numbers for CAMHS crisis line.",
            "14:30",
            "Safety plan",
        ),
    )
    f.occ(
        "2024-12-02",
        "sw-home-visit",
        R(
            "csc",
            "C&F assessment home visit, J seen alone in his room. Says he 'can't go anywhere' "
            "without being recognised from the video. Lorna and Dev very worried.",
            "17:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-12-02",
        "camhs-assessment",
        R(
            "camhs",
            "Choice assessment at Aldermoor CAMHS with J and mum. Moderate depression, "
            "self-harm, trauma symptoms after assault. Risk: moderate. Plan: CBT (8 "
            "sessions), safety plan reviewed.",
            "10:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-12-10",
        "professionals-meeting",
        R(
            "csc",
            "Professionals' meeting (contextual safeguarding) at Harrowden Park. SW, DSL, "
            "CAMHS, youth worker, police (PC Gorton). Mapped locations: bus station, Brindle "
            "Park, Coppice Walk. Youth Hub to offer 1:1 mentoring.",
            "14:00",
            "Professionals meeting",
        ),
        R(
            "school",
            "Type: Multi-agency. Professionals mtg held in school re J - DSL chaired room, "
            "SW led. Location map shared.",
            "14:00",
            "Meeting",
        ),
        R(
            "youth",
            "I went to the professionals' meeting about Jaden at his school. Offered weekly "
            "1:1s on Thursdays, he's agreed.",
        ),
        R(
            "camhs",
            "Prof meeting - HB attended. CBT to start January.",
            "",
            "Meeting",
            shift="-1",
        ),
        R(
            "pol",
            "PC 1183 ATTENDED PROFESSIONALS MEETING RE J WHITLOCK AT SCHOOL. HOTSPOT PATROLS "
            "BUS STATION AT 1500-1700 AGREED.",
            "14:00",
            "Meeting",
            ref="CRN 44/25570/24",
        ),
    )
    f.occ(
        "2025-01-06",
        "bail-breach-report",
        R(
            "pol",
            "LOG 0106-1330. MOTHER REPORTS JADEN CONTACTED BY NEW SNAPCHAT ACCOUNT, "
            "BELIEVED REECE MADDOX, IN BREACH OF BAIL ('SNITCH', 'WAIT TILL ITS OVER'). "
            "SCREENSHOTS SUPPLIED.",
            "18:40",
            "Breach of bail",
            ref="CRN 44/25570/24",
        ),
    )
    f.occ(
        "2025-01-07",
        "arrest-reece-breach",
        R(
            "pol",
            "ARREST REECE MADDOX FOR BREACH OF PRE-CHARGE BAIL CONDITIONS. PHONE SEIZED. "
            "RE-BAILED WITH ADDITIONAL CONDITION - NO SOCIAL MEDIA CONTACT.",
            "08:20",
            "Arrest",
            ref="CRN 44/25570/24",
        ),
    )
    f.occ(
        "2025-01-14",
        "camhs-cbt-2",
        R(
            "camhs",
            "CBT session 2. J disclosed suicidal thoughts 'most days', thinks about the bridge "
            "on Harrowden Road. No plan/intent today. Safety plan updated with mum; means "
            "restriction advice.",
            "16:00",
            "Treatment session",
        ),
    )
    f.occ(
        "2025-01-15",
        "camhs-letter-gp",
        R(
            "camhs",
            "Letter to GP: assessment and risk summary, no medication advised at present.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter rec'd from CAMHS (H Brennan): moderate depression, CBT, safety plan. "
            "Filed, read code added.",
            shift="+2",
        ),
    )
    f.occ(
        "2025-01-21",
        "cfa-outcome",
        R(
            "csc",
            "C&F assessment completed: child in need (extra-familial harm, mental health). "
            "CIN plan, initial CIN meeting 04/02.",
            "",
            "Assessment outcome",
        ),
    )
    f.occ(
        "2025-01-28",
        "camhs-dna",
        R(
            "camhs",
            "DNA CBT session 4. Text reminder had been sent.",
            "16:00",
            "DNA",
        ),
    )
    f.occ(
        "2025-01-28",
        "camhs-call-after-dna",
        R(
            "camhs",
            "Tel to mum after DNA: J refused to come, 'doesn't see the point'. Rebooked; "
            "crisis line reiterated.",
            "17:10",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-04",
        "cin-meeting-1",
        R(
            "csc",
            "Initial CIN meeting at school. Jaden, Lorna, Dev, DSL, CAMHS, youth worker. "
            "Plan: CAMHS CBT, youth mentoring, school safety plan, police updates on "
            "prosecution.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "school",
            "Type: Multi-agency. Child in Need meeting held after school, DSL attended.",
            "15:30",
            "Meeting",
            shift="swap",
        ),
        R(
            "youth",
            "CIN meeting at school with Jaden - he barely spoke. I'm worried he's withdrawing.",
        ),
        R(
            "camhs",
            "Attended initial CIN meeting (HB).",
            "15:30",
            "Meeting",
        ),
    )

    # ---- the missing evening and overdose ----
    f.occ(
        "2025-02-07",
        "missing-report",
        R(
            "pol",
            "LOG 0207-1544. MISSING PERSON - JADEN WHITLOCK (15) NOT RETURNED FROM SCHOOL, "
            "PHONE OFF. HX SELF-HARM, ONGOING HARASSMENT CASE. GRADED HIGH RISK.",
            "20:15",
            "Missing person",
            ref="MPR 25/0311",
        ),
    )
    f.occ(
        "2025-02-07",
        "found-reservoir",
        R(
            "pol",
            "MPR 25/0311 JADEN LOCATED 2340 HARROWDEN RESERVOIR CAR PARK BY PATROL. STATES "
            "TOOK 'ABOUT 10' PARACETAMOL AT 1900. AMBULANCE ATTENDED, CONVEYED AGH WITH "
            "MOTHER.",
            "23:40",
            "Missing person found",
            ref="MPR 25/0311",
        ),
        R(
            "amb",
            "Called by police to Harrowden Reservoir car park. 15M, cold (T 35.4), reports 10 "
            "x 500mg paracetamol approx 4h ago. Alert, obs otherwise stable. Conveyed AGH.",
            "23:52",
        ),
    )
    f.occ(
        "2025-02-08",
        "ed-overdose",
        R(
            "ed",
            "Triage: 15M OD paracetamol ~5g (approx 90mg/kg) at 1900 yesterday, single "
            "ingestion. Found by police after missing. Mild hypothermia. 4h level taken.",
            "00:30",
            "Triage",
        ),
        R(
            "ed",
            "Paracetamol level below treatment line, LFTs normal. Medically fit. Kept in "
            "department overnight for CAMHS review in morning. Safeguarding referral done.",
            "04:15",
            "Medical review",
        ),
    )
    f.occ(
        "2025-02-08",
        "camhs-oncall-assessment",
        R(
            "camhs",
            "On-call CAMHS assessment in AGH ED. J says he 'wanted everything to stop'; "
            "denies current intent. Discharged home with parents, safety plan, means "
            "restriction, crisis team follow-up within 72h.",
            "10:30",
            "Crisis assessment",
        ),
    )
    f.occ(
        "2025-02-08",
        "police-ppn-3",
        R(
            "pol",
            "PPN SUBMITTED: MISSING EPISODE + OVERDOSE, JADEN WHITLOCK. OPEN CIN.",
            "09:00",
            "PPN",
            ref="MPR 25/0311",
        ),
        R(
            "csc",
            "Police notification (missing + OD) received via EDT. Passed to SW Monday.",
            "09:15",
            "Police notification",
        ),
    )
    f.occ(
        "2025-02-10",
        "strategy-discussion-2",
        R(
            "csc",
            "Strategy discussion after missing episode and overdose. Present: TM, SW, DS "
            "Lowther, CAMHS, DSL, ED liaison nurse. Agreed: CIN plan intensified, CAMHS "
            "weekly, return home interview, police to expedite charging file.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY MEETING RE JADEN WHITLOCK POST MISPER/OD. FILE TO CPS FOR CHARGING "
            "DECISION THIS WEEK.",
            "10:00",
            "Strategy",
            ref="CRN 44/25570/24",
        ),
        R(
            "camhs",
            "s47/strategy mtg - HB attended. CAMHS to see weekly; crisis team follow-up done "
            "today.",
            "",
            "Meeting",
            shift="-1",
        ),
        R(
            "school",
            "Type: Multi-agency. Strat mtg re J (missing Fri + OD). School: part-time "
            "timetable offered on return.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-11",
        "return-home-interview",
        R(
            "youth",
            "Return home interview with Jaden at home (commissioned RHI). He walked to the "
            "reservoir after seeing a new post about him. Said he'd 'had enough of being "
            "the joke'. Report to social care.",
        ),
    )
    f.occ(
        "2025-02-12",
        "csc-rhi-report",
        R(
            "csc",
            "RHI report received from Youth Hub (K Ambrose) and added to file. Push factor: "
            "online abuse.",
            "",
            "Report received",
        ),
    )
    f.occ(
        "2025-02-25",
        "cin-review",
        R(
            "csc",
            "CIN review. J on part-time timetable, attending CAMHS weekly. Awaiting CPS "
            "decision. Plan continues.",
            "15:30",
            "CIN review",
        ),
        R(
            "school",
            "Type: Multi-agency. CIN review - DSL attended. Attendance 71% since return.",
            "15:30",
            "Meeting",
        ),
        R(
            "youth",
            "CIN review at school - Jaden more chatty today, talked about college next year.",
        ),
    )
    f.occ(
        "2025-03-06",
        "charge-connor",
        R(
            "pol",
            "CPS AUTHORITY TO CHARGE: CONNOR PASK - HARASSMENT (PHA S.2), ASSAULT BY BEATING, "
            "THEFT. RELEASED ON BAIL TO ALDERMOOR YOUTH COURT 03/04/25.",
            "16:00",
            "Charge",
            ref="CRN 44/25570/24",
        ),
        R(
            "college",
            "Type: Police contact. Connor charged (harassment, assault, theft), youth court "
            "03/04. Bail conditions continue.",
            "",
            "External agency",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-06",
        "charge-reece",
        R(
            "pol",
            "CPS AUTHORITY TO CHARGE: REECE MADDOX - HARASSMENT, ASSAULT BY BEATING, "
            "MALICIOUS COMMUNICATIONS X2. BAILED TO ALDERMOOR MC 10/04/25.",
            "16:40",
            "Charge",
            ref="CRN 44/25570/24",
        ),
    )

    # ---- Jaden's death and after ----
    f.occ(
        "2025-03-13",
        "death",
        R(
            "amb",
            "Cat 1. 15M found unresponsive in bedroom by stepfather 0705, ligature removed, "
            "CPR by family. Crew on scene 0714, ALS, ROLE verified 0748. Police on scene.",
            "07:14",
        ),
        R(
            "pol",
            "LOG 0313-0212. SUDDEN DEATH OF CHILD - JADEN WHITLOCK (15), 58 LARCHFIELD RISE. "
            "APPARENT HANGING. NMAS CREW ON SCENE, LIFE EXTINCT 0748. DI JAKEMAN "
            "ATTENDED. UNEXPLAINED UNTIL JAR COMPLETE.",
            "07:20",
            "Sudden death",
            ref="LOG 0313-0212",
        ),
        R(
            "csc",
            "Jaden died at home this morning, apparent suicide (hanging). Open CIN. TM and "
            "Head of Service informed.",
            "",
            "Death of child",
        ),
        R(
            "gp",
            "Death: Jaden WHITLOCK died at home 13/03/2025 (police/ambulance). Reported to "
            "coroner. Record flagged deceased.",
            shift="late",
        ),
        R(
            "camhs",
            "Jaden died 13/03/25 at home, apparent suicide. Incident report (Datix) "
            "completed; patient safety review.",
            "",
            "Death",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-13",
        "joint-agency-response",
        R(
            "cdop",
            "Joint Agency Response: home visit with DI Jakeman and on-call paediatrician. "
            "Scene and history taken from Lorna and Dev. eCDOP notification completed.",
            "11:30",
            "JAR home visit",
        ),
        R(
            "pol",
            "JAR VISIT TO 58 LARCHFIELD RISE WITH PAEDIATRICIAN AND CDR NURSE. NO THIRD PARTY "
            "INVOLVEMENT IN DEATH SUSPECTED. DEVICES SEIZED FOR EXAMINATION.",
            "11:30",
            "JAR",
            ref="LOG 0313-0212",
        ),
    )
    f.occ(
        "2025-03-13",
        "death-reported-coroner",
        R(
            "pol",
            "SUDDEN DEATH REPORT (CORONER'S FORM) SUBMITTED TO HM CORONER NORTH MARCHES.",
            "15:00",
            "Coroner referral",
            ref="LOG 0313-0212",
        ),
        R(
            "coroner",
            "Death reported by Northmarch Police: Jaden WHITLOCK, 15, apparent suicide at "
            "home. Coroner's investigation opened. PM ordered.",
            "15:20",
            "Death reported",
        ),
    )
    f.occ(
        "2025-03-13",
        "school-critical-incident",
        R(
            "school",
            "Type: Critical incident. Head informed by police at 08:30. Critical incident plan "
            "activated, LA educational psychology support requested, Y10 assembly, parents' "
            "letter.",
            "08:45",
            "Critical incident",
        ),
    )
    f.occ(
        "2025-03-14",
        "youth-told-of-death",
        R(
            "youth",
            "Dev rang me this morning to tell me Jaden died yesterday. I told my manager and "
            "we're opening the hub tonight for the young people who knew him.",
        ),
    )
    f.occ(
        "2025-03-14",
        "csc-referral-partnership",
        R(
            "csc",
            "Serious incident referral to Aldermoor Safeguarding Partnership for rapid "
            "review (child known to CSC, harm from others).",
            "12:00",
            "Referral",
        ),
        R(
            "asp",
            "Referral received from CSC (Head of Service): death of Jaden W (15), open CIN. "
            "Rapid review process started.",
            "12:20",
            "Referral",
        ),
    )
    f.occ(
        "2025-03-17",
        "sin-notification",
        R(
            "csc",
            "Serious Incident Notification submitted to the National Panel (online).",
            "",
            "Notification",
        ),
        R(
            "asp",
            "LA confirmed SIN notification made to Panel 17/03.",
            "",
            "Notification",
        ),
    )
    f.occ(
        "2025-03-18",
        "scoping-forms-sent",
        R(
            "asp",
            "Scoping forms sent to agencies (CSC, police, health x4, school, college, youth "
            "hub); return by 25/03.",
            "10:00",
            "Scoping",
        ),
        R(
            "school",
            "Type: Safeguarding partnership. Rapid review scoping form received from ASP, due "
            "25/03.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-03-20",
        "inquest-opened",
        R(
            "coroner",
            "Inquest opened and adjourned (Aldermoor Coroner's Court). Identification by "
            "mother. Provisional cause 1a hanging. Body released.",
            "10:00",
            "Inquest opening",
        ),
        R(
            "pol",
            "INQUEST OPENED AND ADJOURNED. DI JAKEMAN GAVE EVIDENCE OF IDENTIFICATION.",
            "",
            "Coroner",
            ref="LOG 0313-0212",
        ),
    )
    f.occ(
        "2025-03-26",
        "rapid-review-meeting",
        R(
            "asp",
            "Rapid review meeting. Quorate (LA, ICB, police). Recommendation: commission a "
            "local CSPR (online harm, peer-on-peer, CAMHS waits).",
            "13:00",
            "Rapid review",
        ),
        R(
            "csc",
            "Rapid review meeting attended by Head of Service and TM.",
            "13:00",
            "Meeting",
        ),
        R(
            "pol",
            "DCI REED ATTENDED RAPID REVIEW (SAFEGUARDING PARTNER).",
            "13:00",
            "Rapid review",
            ref="LOG 0313-0212",
        ),
        R(
            "school",
            "Type: Safeguarding partnership. Headteacher and DSL attended rapid review mtg.",
            "",
            "Meeting",
            shift="+1",
        ),
        R(
            "camhs",
            "RR meeting - service manager attended for CAMHS.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-28",
        "rr-sent-panel",
        R(
            "asp",
            "Rapid review report sent to the National Panel.",
            "",
            "Rapid review",
        ),
    )
    f.occ(
        "2025-04-10",
        "reece-plea",
        R(
            "pol",
            "ALDERMOOR MC: REECE MADDOX PLEADED GUILTY HARASSMENT AND MALICIOUS "
            "COMMUNICATIONS, NOT GUILTY ASSAULT (OFFERED NO EVIDENCE). SENTENCE ADJOURNED "
            "FOR PSR.",
            "",
            "Court",
            ref="CRN 44/25570/24",
        ),
    )
    f.occ(
        "2025-04-16",
        "panel-response",
        R(
            "asp",
            "National Panel response received: agrees with decision to undertake local CSPR. "
            "Reviewer to be appointed.",
            "",
            "Panel correspondence",
        ),
    )
    f.occ(
        "2025-05-20",
        "cdr-meeting",
        R(
            "cdop",
            "Child Death Review Meeting (CDRM). Present: CDR nurse, CAMHS, GP, DSL, SW, "
            "police. Modifiable factors identified (online harassment, waiting times).",
            "10:00",
            "CDR meeting",
        ),
        R(
            "camhs",
            "CDRM attended - CAMHS chronology presented.",
            "10:00",
            "Meeting",
        ),
        R(
            "gp",
            "Child death review meeting attended (Dr Bhandari) via Teams.",
        ),
        R(
            "school",
            "Type: Multi-agency. DSL attended child death review meeting.",
            "",
            "Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2025-06-05",
        "connor-youth-court",
        R(
            "pol",
            "ALDERMOOR YOUTH COURT: CONNOR PASK FOUND GUILTY AFTER TRIAL (HARASSMENT, "
            "ASSAULT). 9 MONTH REFERRAL ORDER, RESTRAINING ORDER (J WHITLOCK FAMILY) 2 YRS.",
            "",
            "Court result",
            ref="CRN 44/25570/24",
        ),
        R(
            "college",
            "Type: Court outcome. Connor found guilty at youth court, referral order. Risk "
            "assessment reviewed; continues on course with conditions.",
            "",
            "Court outcome",
            shift="late",
        ),
    )
    f.occ(
        "2025-09-16",
        "inquest-final",
        R(
            "coroner",
            "Inquest hearing (coroner sitting alone). Conclusion: suicide. Narrative "
            "notes sustained online and in-person harassment contributed.",
            "10:00",
            "Inquest",
        ),
        R(
            "school",
            "Type: Legal. Head and DSL gave evidence at Jaden's inquest today.",
            "",
            "Inquest",
        ),
        R(
            "camhs",
            "Inquest - HB and service manager attended as witnesses. Conclusion suicide.",
            "",
            "Inquest",
        ),
        R(
            "pol",
            "INQUEST CONCLUDED - SUICIDE. OIC GAVE EVIDENCE.",
            "",
            "Coroner",
            ref="LOG 0313-0212",
            shift="+1",
        ),
    )
    f.occ(
        "2025-09-30",
        "pfd-report",
        R(
            "coroner",
            "Regulation 28 report (prevention of future deaths) issued to Snap Inc UK and "
            "Aldermoor ICB (CAMHS waiting times).",
            "",
            "Reg 28",
        ),
    )

    # ---- routine entries ----
    f.fill(
        "school",
        "2024-06-03",
        "2024-11-15",
        [("Attendance", "Type: Attendance. J absent, mum reported 'migraine'.")],
    )
    f.fill(
        "school",
        "2024-11-27",
        "2025-03-07",
        [
            ("Check-in", "Type: Check-in. Key adult check-in with J, rated day 6/10."),
            ("Check-in", "Type: Check-in. J used library pass at lunch; quiet but ok."),
        ],
    )
    f.fill(
        "youth",
        "2024-07-15",
        "2024-11-29",
        [("", "Jaden at drop-in, played FIFA with the others, stayed till close.")],
        timed=False,
    )
    f.fill(
        "youth",
        "2024-12-12",
        "2025-03-07",
        [
            ("", "1:1 with Jaden - we did a bit of his comic. He said school's 'alright'."),
            ("", "Jaden didn't come to his 1:1, texted him, he replied 'sorry ill'."),
        ],
        timed=False,
    )
    f.fill(
        "camhs",
        "2025-01-08",
        "2025-03-07",
        [("Treatment session", "CBT session: thought records; mood 4/10, no self-harm 1 wk.")],
    )
    f.fill(
        "gp",
        "2024-06-03",
        "2025-03-07",
        [("", "Jaden: S: acne. O: moderate comedonal. A: acne vulgaris. P: topical.")],
    )
    f.fill(
        "college",
        "2024-09-09",
        "2025-03-07",
        [("Attendance", "Type: Attendance. C. Pask attendance 74%, tutor to monitor.")],
    )
    f.fill(
        "asp",
        "2025-04-22",
        "2025-09-10",
        [
            ("CSPR", "CSPR panel meeting: terms of reference agreed, reviewer appointed."),
            ("CSPR", "CSPR panel: agency chronologies received, practitioner event planned."),
        ],
    )
    return f.case()


def blind_dedup_cases_30() -> list[BlindCase]:
    """The thirtieth blind set's families, in the order they were written."""
    return [_tasker(), _keelty(), _whitlock()]


if __name__ == "__main__":
    summary(blind_dedup_cases_30)
