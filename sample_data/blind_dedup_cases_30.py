"""A thirtieth set of blind labelled cases for judging duplicate detection (docstring to follow).

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
            "Booking history reviewed at 16/40 appt: Rhiannon discloses episode of severe low "
            "mood at 19 (treated by GP), maternal aunt has bipolar disorder. Referral to "
            "Perinatal Mental Health Team completed and emailed today.",
            "11:20",
            "Referral",
            "Referral sent. Discussed with Rhiannon, consent given.",
        ),
        R(
            "pmh",
            "Contact type: Referral received (email) from community midwife K Dobbs. Reason: "
            "16/40 primip, FHx bipolar (maternal aunt), previous depressive episode.",
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
            "HTT visit at PGM's address. R slept 5h. Meds taken observed. Isla-Mae with "
            "Callum.",
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
            "HTT visit (am). Mental state improving. Plan reduce to alternate days from "
            "Thursday.",
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
        "2024-02-12",
        "2024-06-10",
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
        [("", "S: heartburn 30/40. O: well. A: reflux of pregnancy. P: Gaviscon advance.")],
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
            "Letter sent: breach of tenancy (condition of property/garden), revisit in 28 "
            "days.",
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
        [
            ("Attendance", "Category: Attendance. T-R late 3 times this week; mum says bus."),
            ("Check-in", "Category: Check-in. Weekly DSL check-in, T-R 'happy' on scale."),
        ],
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


def blind_dedup_cases_30() -> list[BlindCase]:
    """The thirtieth blind set's families, in the order they were written."""
    return [_tasker(), _keelty()]


if __name__ == "__main__":
    summary(blind_dedup_cases_30)
