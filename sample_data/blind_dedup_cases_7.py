"""A seventh set of blind labelled cases for judging duplicate detection.

Five wholly fictional families, each of 107-129 chronology rows from ten to twelve services
(eleven or twelve sheets; two schools' returns in two cases) over fourteen to twenty months,
unlike each other and unlike the earlier blind sets' families: two sisters at risk of female
genital mutilation before a long summer trip (the mother's FGM found at antenatal booking,
strategy discussions, an FGM protection order made without notice and continued on notice,
passports surrendered, a stop at a ferry port, the father's arrest, charge and conviction for
breach); a fourteen-year-old girl drawn into extreme right-wing material online (a Prevent
referral by her school, Channel panels, an adult man met online, a missing episode, self-harm, a
knife in her school bag, a youth conditional caution, a managed move); a baby shaken by his
father, who has a brain injury from a motorcycle crash (adult social care, community
neuro-rehabilitation, a pre-birth assessment, intensive care, both parents' arrests, an interim
care order, a supervision order, the father's conviction); two children living on a narrowboat
with domestic abuse, where the toddler is bitten by the family's dog (boater liaison, a MARAC, a
withdrawn prosecution, a dog warden, plastic surgery, a refuge, temporary housing); a
twelve-year-old boy with ADHD, suspended and then permanently excluded, whose mother's new
partner is a registered sex offender who failed to notify his address (police public protection
unit, MAPPA, probation, a pupil referral unit, pre-proceedings). Written blind: composed from
the domain brief, the `Event` schema and the sixth blind set's docstring and helper code (read
for its format, helpers and labelling rules; none of its families, wordings or places reused),
without reading the duplicate rules, their settings, the linkage model, any result or any other
labelled set, and without running the merge on these cases (issue 12, "Generalisation
practice"). Kept apart from tuning: measure on them blind first.

The services write very differently: terse capital-letter police logs with codes; long social
care narrative; "Contact type: ... Outcome: ..." templates; GP "S: O: A: P:" notes; school
CPOMS-style entries with a category and actions; hospital notes in clinical shorthand (O/E,
Hx, NAD, CP concerns, safeguarding team aware); first-person notes (a designated safeguarding
lead, a Prevent officer, a boater liaison officer, an occupational therapist); a service that
pastes another's minute word for word under its own preface; dates written inside the text
("seen on the 4th", "last Tues").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email or referral was logged by the receiving service on the next day.

How the rows were labelled (the sixth blind set's rules, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, Channel panel, court hearing,
  professionals' meeting), in whatever words, with whatever time or none, is one occurrence. A
  minute pasted into another service's return under its own preface is a record of the same
  meeting.
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
- Life events (a birth, a house move, a placement start, a GP registration, an admission or
  discharge, an arrest, a charge, a court result or order) recorded by two services on the same
  day, or by one of them the next day, are one occurrence when they name the same specifics.
  Two people's arrests on one day are two occurrences; so are an arrest and a charge.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- An emergency department that writes one attendance as several rows (triage, review,
  discharge) records ONE occurrence; attendances on consecutive days are separate; an
  emergency department attendance and the ward or intensive care admission that follows are
  two occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session (each child's own clinic appointment) are separate.
- Decision for this set: an order made at a hearing is part of that hearing's occurrence (the
  court, the local authority's lawyer, the police and Cafcass noting "FGMPO granted" that day
  all record the one hearing); serving the order on the parents later is a separate
  occurrence, as is a later hearing that continues or varies the order.
- Decision for this set: a Border Force stop at a port attended by police is one occurrence
  (like a police and ambulance call-out); the arrest that follows in custody is another.
- Decision for this set: a port alert requested by police and placed by Border Force is the
  two ends of one request (one occurrence).
- Decision for this set: a ward discharge straight into a refuge with the mother is one
  occurrence when the ward, social care, the domestic abuse service and the health visitor
  record it (as the sixth set's discharge into a foster placement). An emergency department's
  row "left with the retrieval team" or "transferred to the plastics unit" belongs to the
  attendance; the intensive care or ward admission that follows is another occurrence.
- Decision for this set: a letter telling the GP of a conference outcome, a clinic result or a
  hospital discharge is its own occurrence (a letter), not the conference, clinic or discharge.
  A minute pasted into the school's log the day after the meeting is a record of the meeting
  (its occurrence is in `noise`).
- Decision for this set: a victim's retraction statement taken by police and her call to her
  IDVA the next day telling her of it are two occurrences.
- Look-alikes kept apart: two meetings on one day (a strategy discussion and a professionals'
  meeting; a strategy discussion and a legal gateway meeting; a Channel panel and a Team Around
  the Family meeting; a Channel panel and a CIN review; an RCPC and the core group straight
  after it; a strategy meeting and a hospital family meeting), repeat police call-outs to one
  place on one day (or about one family), a MAPPA meeting and a core group, two children's GP
  appointments ten minutes apart, a GP's email for a strategy discussion and the discussion, a
  letter before proceedings and the PLO meeting, consecutive-day emergency department
  attendances, separate visits by two agencies on one day, a police incident and social care's
  receipt of the notification, a report or analysis sent before a conference or hearing and the
  conference or hearing itself, a without-notice hearing and the return hearing, an arrest and
  the charge, two parents' arrests on one day, two sisters' separate clinic appointments in one
  session, a referral and the screening decision on it, a school's referral to Prevent and its
  call to the social care front door on the same day, a visit and the email reporting it later
  that day, a stop at a port and the arrest that follows, a victim's retraction statement and
  her call to her IDVA about it.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, towns, ports,
canals, police forces, addresses, postcodes and reference numbers. Deterministic: one fixed
seed per case (it only places the routine entries and picks their times), no set or hash
ordering.

    python sample_data/blind_dedup_cases_7.py      # prints a summary of each case
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
SCHOOL_NURSE = "School Nursing"
PROBATION = "Probation Service"
CAFCASS = "Cafcass"
LEGAL = "Local Authority Legal Services"
FGM_CLINIC = "Paediatric FGM Clinic"
BORDER = "Border Force"
PREVENT = "Prevent (Counter Terrorism Policing)"
CHANNEL = "Channel Panel"
CAMHS = "CAMHS"
YOS = "Youth Justice Service"
ASC = "Adult Social Care"
NEURO_REHAB = "Community Neuro-Rehabilitation"
WARD = "Paediatric Ward"
PICU = "Paediatric Intensive Care"
DOG = "Dog Warden Service"
CANAL = "Waterways Trust Boater Liaison"
EATING = "Adult Eating Disorder Service"
NICU = "Neonatal Unit"
PERINATAL = "Perinatal Mental Health"
INFANT_FEEDING = "Infant Feeding Team"
EARLY_HELP = "Early Help"
DA_SERVICE = "Domestic Abuse Service"
EWO = "Education Welfare Service"
PAEDS = "Community Paediatrics"
PRU = "Pupil Referral Unit"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, SCHOOL_NURSE, EWO, PRU)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Marankeh family, Brindlecombe. Amina (b. 03/09/2014) and Halima (b. 17/01/2018)
# Marankeh live with their mother Fatu Marankeh (b. 1990) and father Ousmane Marankeh (b. 1984)
# at 41 Tallowgate Crescent, Brindlecombe BX7 2QE; registered at Wenlow Lane Medical Centre;
# both girls at St Aldric's Church Primary. Mother's FGM found at antenatal booking, risk to the
# daughters before a planned long summer trip, an FGM protection order, a stop at Kessingmouth
# ferry port, the father's arrest, charge and conviction for breach of the order; a son born.
# --------------------------------------------------------------------------------------------


def _marankeh() -> BlindCase:
    f = Family(
        "marankeh",
        701,
        {
            "mw": Sheet(
                MW,
                "Brindlecombe_Maternity_Marankeh_F.xlsx",
                "Antenatal",
                (("2024-01-01", "Rosalind Tewke RM"), ("2024-04-01", "Safeguarding MW C Ludd")),
            ),
            "hv": Sheet(HV, "HV_Marankeh.xlsx", "Family", (("2024-01-01", "Keeley Arbuthnot HV"),)),
            "gp": Sheet(
                GP,
                "WenlowLane_MC_Marankeh.docx",
                "Table 1",
                (("2024-01-01", "Dr P Okafor-Sleath"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "StAldrics_CPOMS_export.xlsx",
                "Marankeh",
                (("2024-01-01", "Mrs H Fennimore (DSL)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "SchoolNursing_Marankeh.xlsx",
                "Notes",
                (("2024-01-01", "J Pardew SN"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Marankeh_chronology.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH"),
                    ("2024-02-12", "Oriel Bassington SW"),
                    ("2025-01-06", "Tamsin Greaves SW"),
                ),
            ),
            "pol": Sheet(POLICE, "Police_Marankeh.csv", "", (("2024-01-01", ""),), typed=False),
            "fgm": Sheet(
                FGM_CLINIC,
                "Ardencourt_General_FGM_clinic.xlsx",
                "Clinic",
                (("2024-01-01", "Dr L Achterberg"),),
            ),
            "legal": Sheet(
                LEGAL,
                "LA_Legal_Marankeh.xlsx",
                "File notes",
                (("2024-01-01", "M Quarrie (solicitor)"),),
            ),
            "caf": Sheet(
                CAFCASS, "Cafcass_Marankeh.xlsx", "Log", (("2024-01-01", "N Derwood FCA"),)
            ),
            "bf": Sheet(BORDER, "BorderForce_Kessingmouth.xlsx", "Port log", typed=False),
        },
    )
    f.occ(
        "2024-02-06",
        "booking",
        R(
            "mw",
            "Booking appt - late booker 27/40 (G3 P2). Hx: FGM disclosed on direct "
            "questioning, ?Type 2, performed age 6 in country of origin. No deinfibulation "
            "needed. Two daughters (9, 6) at home. FGM risk assessment tool completed - RISK: "
            "girls not yet of age, family plan extended visit to grandparents summer. Info "
            "leaflet + FGM health passport given.",
            "10:15",
            "Booking",
        ),
    )
    f.occ(
        "2024-02-06",
        "mw-referral",
        R(
            "mw",
            "Safeguarding referral (MARF) to MASH re daughters Amina and Halima - FGM risk. "
            "Emailed 16:40.",
            "16:40",
            "Referral",
        ),
        R(
            "csc",
            "Contact received from Brindlecombe Maternity (R Tewke, midwife). Mother disclosed "
            "FGM at booking; MW risk assessment indicates risk to Amina (9) and Halima (6), "
            "family planning a long summer visit to extended family abroad. Referral received by "
            "email after 16:30 on 06/02, logged this morning.",
            "09:05",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-02-08",
        "mash-decision",
        R(
            "csc",
            "MASH RAG: RED. Checks - police nil; school: good attendance, no concerns; GP: "
            "mother's FGM now coded. Decision: strategy discussion to be convened, s47 likely.",
            "",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-02-09",
        "mw-letter-gp",
        R(
            "mw",
            "Letter to GP: FGM identified at booking, please code (FGM-IS) and note risk to "
            "female children.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter from midwife: mother has FGM (?type 2), identified at booking. Daughters "
            "flagged at risk. FGM code added to mum's record, FGM-IS alert added for both girls.",
            "",
            "Correspondence",
            shift="+2",
        ),
    )
    f.occ(
        "2024-02-13",
        "strat-1",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM G Pellatt. Present: SW O Bassington, DS "
            "Kerridge (CAIU), Mrs Fennimore DSL, R Tewke MW, Dr Okafor-Sleath GP. Information "
            "shared: mother's FGM, planned 8-week trip in July, no previous concerns, girls "
            "present as happy and well cared for. Agreed: s47 enquiry, joint visit to parents, "
            "girls to be offered FGM clinic assessment, consider FGMPO if trip goes ahead.",
            "10:00",
            "Strategy discussion",
        ),
        R("pol", "STRAT DISC ATTD DS KERRIDGE. S47 AGREED. JOINT VISIT TBA. FGM RISK.", "10:00"),
        R(
            "sch",
            "Category: Safeguarding - Strategy meeting. DSL attended strat discussion by Teams "
            "re both girls. Action: DSL to share attendance, any comments about the summer.",
            "10:00",
            "Meeting",
        ),
        R(
            "mw",
            "Attended strategy meeting by phone. Informed that s47 to proceed. Will continue "
            "antenatal care as planned.",
            "",
            "Meeting",
        ),
        R(
            "gp",
            "Strategy discussion - GP contributed by phone. No safeguarding history for the "
            "family. Both girls fully immunised.",
            "",
            "Safeguarding",
            shift="-1",
        ),
    )
    f.occ(
        "2024-02-13",
        "prof-meeting-school",
        R(
            "sch",
            "Category: Meeting. Planning meeting in school with SW and school nurse: how to "
            "talk to the girls about keeping safe (NSPCC resources), who will do direct work. "
            "Action: school nurse to see Amina for body safety session.",
            "15:30",
            "Meeting",
        ),
        R(
            "sn",
            "Professionals' meeting at St Aldric's with DSL and SW Bassington. Agreed SN to "
            "deliver keeping-safe session with Amina (individual) and to see Halima with class.",
            "15:30",
            "Meeting",
        ),
        R(
            "csc",
            "Afternoon meeting at school with DSL and school nurse to plan direct work with the "
            "girls, following the strategy discussion this morning.",
            "",
            "Professionals meeting",
        ),
    )
    f.occ(
        "2024-02-15",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with DC Amberley. Both parents seen, interpreter (Mandinka) by "
            "phone declined by father who speaks fluent English; mother preferred it, so used. "
            "Father adamant the girls will 'not be touched', says he is against the practice, "
            "but that the grandmother 'has her own ideas'. Mother quiet. Trip booked 10/07 for "
            "eight weeks. Parents agreed to the girls attending FGM clinic.",
            "16:00",
            "Home visit",
        ),
        R(
            "pol",
            "JOINT VISIT W/ CSC TO 41 TALLOWGATE CRES. BOTH PARENTS SPOKEN TO. FATHER STATES "
            "OPPOSED TO FGM. TRAVEL BOOKED 10/07. NO OFFENCES DISCLOSED. DC 4471 AMBERLEY.",
            "16:00",
        ),
    )
    f.occ(
        "2024-02-15",
        "sn-amina-session",
        R(
            "sn",
            "Saw Amina in school for 1:1 keeping safe session (PANTS). Engaged well. Talked "
            "about a trip to see her grandma 'for a long time'. No disclosures.",
            "11:20",
            "1:1 contact",
        ),
    )
    f.occ(
        "2024-02-20",
        "amina-disclosure",
        R(
            "sch",
            "Category: Safeguarding - Disclosure. Amina told her class teacher (Miss Orvell) at "
            "lunch that in the summer she will have 'a big party to become a proper girl' at her "
            "grandma's and that Halima 'is too little this time'. Action: DSL rang MASH 11:10, "
            "SW informed.",
            "11:10",
            "Disclosure",
        ),
        R(
            "csc",
            "Call from DSL Mrs Fennimore: Amina said to her teacher that she will have 'a big "
            "party to become a proper girl' at her grandmother's in the summer and that her "
            "sister is 'too little this time'. Passed to allocated SW.",
            "11:10",
            "Contact",
        ),
        R(
            "csc",
            "Call from DSL Mrs Fennimore: Amina said to her teacher that she will have a 'big "
            "party to become a proper girl' at grandmother's in the summer and that her sister is "
            "'too little this time'. Passed to allocated SW.",
            "11:12",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-08",
        "gp-report-icpc",
        R(
            "gp",
            "Report for ICPC sent to CP conference admin (template completed, both girls).",
            "",
            "Report",
        ),
    )
    f.occ(
        "2024-03-12",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference. Chair: Rhian Dovecote IRO. Attended: both "
            "parents (interpreter for mother), SW, DSL, school nurse, midwife, DC Amberley; GP "
            "report received. Decision: both girls subject to CP plans, category physical abuse "
            "(risk of FGM). Core group in 10 working days. Parents asked to postpone the trip.",
            "13:30",
            "ICPC",
        ),
        R(
            "sch",
            "Category: CP conference. DSL attended ICPC for Amina and Halima. Both girls on CP "
            "plans (physical abuse - FGM risk). Action: add to CP register, monitor attendance "
            "daily.",
            "",
            "Meeting",
        ),
        R(
            "sn",
            "ICPC attended. Outcome CP plans for both, physical. SN to complete health "
            "assessments.",
            "13:30",
            "Meeting",
        ),
        R(
            "mw",
            "Attended initial conference re the older children. CP plans made. Unborn (male) "
            "not included - discussed with safeguarding MW.",
            "",
            "Meeting",
        ),
        R("pol", "ICPC ATTD. BOTH CHILDREN CP PLANS. PHYS ABUSE CAT.", "13:30", shift="swap"),
    )
    f.occ(
        "2024-03-19",
        "fgm-clinic-amina",
        R(
            "fgm",
            "Amina Marankeh 9y. Seen with mother + interpreter. Hx: no known procedure. O/E "
            "(with consent, chaperone present): external genitalia normal, no evidence of FGM. "
            "Plan: letter to GP/SW; no follow up required.",
            "10:00",
            "Clinic",
        ),
        R(
            "csc",
            "Amina seen at the FGM clinic at Ardencourt General. No evidence of FGM. I "
            "accompanied mother.",
            "10:00",
            "Health",
        ),
    )
    f.occ(
        "2024-03-19",
        "fgm-clinic-halima",
        R(
            "fgm",
            "Halima Marankeh 6y. Seen with mother. O/E: NAD, no evidence of FGM. Child "
            "tolerated exam well. Plan as for sister.",
            "10:45",
            "Clinic",
        ),
        R(
            "csc",
            "Halima then seen at the FGM clinic, again no evidence of FGM. Mother relieved.",
            "10:45",
            "Health",
        ),
    )
    f.occ(
        "2024-03-21",
        "fgm-letter-gp",
        R("fgm", "Clinic letters (both girls) typed and sent to GP, cc SW.", "", "Letter"),
        R(
            "gp",
            "Letter from Paediatric FGM clinic, Dr Achterberg: Amina and Halima examined 19/03, "
            "no evidence of FGM in either child.",
            "",
            "Correspondence",
            shift="+1",
        ),
    )
    f.occ(
        "2024-03-26",
        "core-group-1",
        R(
            "csc",
            "First core group at school. Parents, DSL, SN, SW. Parents say trip is 'still on' "
            "as the grandmother is unwell. Plan: SW to discuss FGMPO with legal.",
            "09:30",
            "Core group",
        ),
        R(
            "sch",
            "Category: Meeting. Core group held here 26/3. Dad says they will still travel.",
            "09:30",
            "Meeting",
        ),
        R("sn", "Core group - attended. Health needs met. Trip still planned.", "", "Meeting"),
    )
    f.occ(
        "2024-05-02",
        "birth",
        R(
            "mw",
            "SVD 39+2, live male infant 3.41kg, Apgars 9/9. Mother's FGM no obstruction to "
            "delivery. Baby Idris. Transferred to postnatal ward.",
            "04:52",
            "Birth",
        ),
        R(
            "hv",
            "Birth notification: Idris Marankeh born 02/05/2024 Brindlecombe Maternity, 3.41kg, "
            "SVD. Older sisters on CP plans (FGM risk).",
            "",
            "Birth notification",
            shift="late",
        ),
        R(
            "gp",
            "Maternity notification: baby boy Idris born 02/05/24, 3.41kg, SVD. Mother's FGM "
            "noted.",
            "",
            "Registration",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-14",
        "hv-new-birth",
        R(
            "hv",
            "Contact type: New birth visit (home). Outcome: Idris feeding well (breast), wt "
            "3.38kg. Mum well, tearful about the 'trouble with the girls'. FGM discussed - mum "
            "says she does not want it for her daughters. Next: 6-8 week review.",
            "10:00",
            "New birth visit",
        ),
    )
    f.occ(
        "2024-05-14",
        "csc-visit-may",
        R(
            "csc",
            "Statutory visit after school. Girls seen alone in their bedroom. Amina said Dad "
            "told her there is no party any more. Halima showed me her drawings of the new baby.",
            "15:45",
            "Statutory visit",
        ),
    )
    f.occ(
        "2024-05-21",
        "leave-request",
        R(
            "sch",
            "Category: Attendance. Father in to request leave of absence for both girls "
            "08/07-02/09. Refused (exceptional circumstances not met). Action: DSL emailed SW "
            "15:50.",
            "15:50",
            "Attendance",
        ),
        R(
            "csc",
            "Email from DSL: father requested term-time leave for Amina and Halima from 08/07 "
            "to 02/09; request refused by school.",
            "08:40",
            "Email",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-23",
        "strat-2",
        R(
            "csc",
            "Strategy discussion 2. TM Pellatt, SW, DS Kerridge, DSL, LA solicitor M Quarrie. "
            "Trip imminent, grandmother's views known to be pro-FGM, Amina's comments. Agreed: "
            "apply urgently for FGM protection order with passport surrender.",
            "09:30",
            "Strategy discussion",
        ),
        R("pol", "STRAT 2 - FGMPO TO BE SOUGHT BY LA. POLICE SUPPORT.", "09:30"),
        R(
            "legal",
            "Attended strategy meeting 23.5. Instructions: FGMPO without notice for both girls; "
            "passport surrender and travel prohibition.",
            "",
            "Meeting",
        ),
        R("sch", "DSL at strat meeting. FGMPO to be applied for.", "", "Meeting"),
    )
    f.occ(
        "2024-05-23",
        "legal-gateway",
        R(
            "legal",
            "Legal gateway meeting (Head of Service A Foxley, TM, SW). Threshold met for FGMPO "
            "application; PLO not required at this stage. Draft application and SWET.",
            "14:00",
            "Legal gateway",
        ),
        R(
            "csc",
            "Legal gateway panel this afternoon agreed to the FGMPO application.",
            "14:00",
            "Legal planning",
        ),
    )
    f.occ(
        "2024-05-30",
        "fgmpo-hearing",
        R(
            "legal",
            "Hearing before DJ Harkaway at Brindlecombe Family Court, without notice. FGMPO "
            "made for Amina and Halima: no removal from England and Wales, passports to be "
            "surrendered to police within 72 hours. Return date 13/06/2024.",
            "10:30",
            "Hearing",
            ref="BX24F00217",
        ),
        R(
            "csc",
            "FGM Protection Order granted today (without notice) for both girls at Brindlecombe "
            "Family Court; passports to be surrendered; return hearing 13/06.",
            "",
            "Court",
            ref="BX24F00217",
        ),
        R(
            "caf",
            "Case BX24F00217 - without notice FGMPO. FCA not present; order noted. Allocated "
            "for return hearing.",
            "",
            "Court",
            shift="late",
        ),
        R("pol", "FGMPO GRANTED BX24F00217. PNC/PND UPDATED. PASSPORT SURRENDER 72HRS.", "15:20"),
    )
    f.occ(
        "2024-05-31",
        "order-served",
        R(
            "pol",
            "ORDER SERVED IN PERSON ON BOTH PARENTS AT HOME ADDRESS W/ SW. EXPLAINED. FATHER "
            "ANGRY BUT COMPLIANT.",
            "17:30",
        ),
        R(
            "csc",
            "Attended with PC Yelland to serve the FGMPO on Mr and Mrs Marankeh. Father angry, "
            "said we were 'treating him as a criminal'. Mother cried. Girls at a neighbour's.",
            "17:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-03",
        "passports",
        R(
            "pol",
            "2 X PASSPORTS (AMINA, HALIMA) SURRENDERED AT BRINDLECOMBE "
            "FRONT COUNTER BY MOTHER. RECEIPTED PR/88213.",
            "11:45",
        ),
        R(
            "csc",
            "Police confirm mother handed in the girls' passports at Brindlecombe police "
            "station yesterday (receipt PR/88213).",
            "",
            "Info",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-04",
        "rcpc-1",
        R(
            "csc",
            "Review CP conference. Plans continue. FGMPO in place; father says the trip is "
            "cancelled for the girls but he will go alone.",
            "13:30",
            "RCPC",
        ),
        R("sch", "Category: CP conference. RCPC attended. CP plans continue.", "", "Meeting"),
        R("sn", "RCPC - plans continue.", "13:30", "Meeting"),
        R(
            "hv",
            "Contact type: RCPC (sisters). Outcome: HV attended re Idris, no concerns.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-05",
        "port-alert",
        R(
            "pol",
            "PORT ALERT REQUEST SENT TO BORDER FORCE (ALL PORTS) FOR AMINA + HALIMA MARANKEH "
            "PER FGMPO.",
            "09:10",
        ),
        R(
            "bf",
            "Request recvd from Brindlecombe CAIU - FGMPO port alert, 2 x female children "
            "MARANKEH. Alert placed.",
            "10:02",
        ),
    )
    f.occ(
        "2024-06-11",
        "cafcass-analysis",
        R(
            "caf",
            "Safeguarding letter/analysis filed for return hearing. Recommend FGMPO continue to "
            "18th birthdays.",
            "",
            "Report",
        ),
    )
    f.occ(
        "2024-06-13",
        "return-hearing",
        R(
            "legal",
            "Return hearing (on notice). Father represented, did not oppose. FGMPO continued "
            "until each child's 18th birthday; passports retained by police.",
            "10:00",
            "Hearing",
            ref="BX24F00217",
        ),
        R(
            "caf",
            "Attended return hearing. Order continued to 18. Case closed to Cafcass.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Return hearing at Family Court. FGMPO extended until 18. Father attended with "
            "counsel.",
            "",
            "Court",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-22",
        "police-call-1",
        R(
            "pol",
            "19:40 CALL FROM NEIGHBOUR - SHOUTING AT 41 TALLOWGATE. ATTD. MALE (OUSMANE) ARGUING "
            "ON PHONE W/ RELATIVE. NO DA. CHILDREN SAFE. NFA.",
            "19:40",
        ),
    )
    f.occ(
        "2024-06-22",
        "police-call-2",
        R(
            "pol",
            "22:55 CALL FROM FATU MARANKEH - HUSBAND 'SHOUTING AT HER ABOUT THE COURT'. ATTD. "
            "VERBAL ONLY. DASH MEDIUM. HUSBAND LEFT TO STAY W/ BROTHER.",
            "22:55",
        ),
    )
    f.occ(
        "2024-06-24",
        "csc-notif",
        R(
            "csc",
            "Police notifications received (2 x 22/06): neighbour report of shouting, then "
            "mother's call re argument about the court. SW to visit.",
            "",
            "Police notification",
        ),
    )
    f.occ(
        "2024-07-27",
        "port-stop",
        R(
            "bf",
            "Kessingmouth Ferry Terminal, lane 4. Port alert hit: adult male + 2 female "
            "children MARANKEH travelling on Irish passports (issued 06/24). Held. Police "
            "called, attended 14:20.",
            "13:55",
        ),
        R(
            "pol",
            "KESSINGMOUTH PORT - BF HIT ON FGMPO ALERT. FATHER ATTEMPTING TO TRAVEL WITH BOTH "
            "GIRLS ON 2ND SET OF PASSPORTS. OFFICERS ATTD. CHILDREN TO MOTHER VIA EDT.",
            "14:20",
        ),
    )
    f.occ(
        "2024-07-27",
        "father-arrest",
        R(
            "pol",
            (
                "OUSMANE MARANKEH ARRESTED - BREACH OF FGMPO (FGMA 2003 S5A). CONVEYED "
                "KESSINGMOUTH CUSTODY."
            ),
            "15:05",
        ),
    )
    f.occ(
        "2024-07-27",
        "edt",
        R(
            "csc",
            "EDT: Police contacted EDT re girls stopped at Kessingmouth port with father. EDT SW "
            "collected girls with officers and returned them to mother at 20:10. Mother said she "
            "did not know he had new passports.",
            "16:00",
            "EDT",
        ),
    )
    f.occ(
        "2024-07-28",
        "charge",
        R(
            "pol",
            "CHARGED - BREACH OF FGM PROTECTION ORDER (FGMA 2003 S5A). BAIL: NOT TO CONTACT "
            "CHILDREN EXCEPT VIA CSC, NOT TO ATTEND 41 TALLOWGATE. BRINDLECOMBE MC 19/08.",
            "11:30",
        ),
        R(
            "csc",
            "Police inform father charged yesterday with breaching the FGMPO; bail conditions "
            "no contact with the girls and not to attend the home.",
            "",
            "Info",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-29",
        "strat-3",
        R(
            "csc",
            "Strategy discussion following port incident. Mother's protective capacity "
            "discussed; she agrees to written agreement. New passports to be seized.",
            "11:00",
            "Strategy discussion",
        ),
        R("pol", "STRAT 3. IRISH PPTS SEIZED. MOTHER WRITTEN AGREEMENT.", "11:00"),
        R(
            "legal",
            "Strategy - advise court be informed of breach; no variation yet.",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-08-19",
        "mc-first",
        R(
            "pol",
            "BRINDLECOMBE MC - NOT GUILTY PLEA. TRIAL LISTED 21/11. BAIL CONTD.",
            "",
        ),
        R(
            "csc",
            "Father pleaded not guilty at magistrates'. Trial November.",
            "",
            "Court",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-04",
        "mum-call-school",
        R(
            "sch",
            "Category: Safeguarding. Amina (Y6): mother phoned DSL before school to say the "
            "girls stayed in Brindlecombe all summer and are both back today. Action: DSL to "
            "see the girls, SW informed.",
            "09:05",
            "Wellbeing",
        ),
        R(
            "sch",
            "Category: Safeguarding. Halima (Y2): call from mum at 9.05 - girls were not "
            "taken abroad, both returning today. Action: SW informed.",
            "09:05",
            "Wellbeing",
        ),
    )
    f.occ(
        "2024-09-17",
        "rcpc-2",
        R(
            "csc",
            "RCPC. Father absent (bail). Mother engaging well, attending FGM community group. "
            "Plans continue one more review.",
            "10:00",
            "RCPC",
        ),
        R("sch", "Category: CP conference. RCPC - plans continue.", "10:00", "Meeting"),
        R("hv", "Contact type: RCPC. Outcome: attended, Idris thriving.", "", "Meeting"),
    )
    f.occ(
        "2024-11-21",
        "trial",
        R(
            "pol",
            "TRIAL BRINDLECOMBE MC. CHANGE OF PLEA - GUILTY BREACH OF FGMPO. SENTENCE: 12 WKS "
            "SUSP 18 MTHS, 120 HRS UPW, RESTRAINING ORDER.",
            "",
        ),
        R(
            "csc",
            "Court result: father pleaded guilty on the day of trial, suspended sentence and "
            "restraining order re the children except supervised contact.",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-14",
        "rcpc-3",
        R(
            "csc",
            "RCPC: CP plans ended; step down to Child in Need. FGMPO remains in force to 18.",
            "13:00",
            "RCPC",
        ),
        R("sch", "Category: CP conference. RCPC - CP plans ended, CIN.", "", "Meeting"),
        R("sn", "RCPC attended. Plans ended -> CIN.", "", "Meeting", shift="month"),
    )
    f.occ(
        "2025-01-15",
        "gp-cp-end-letter",
        R(
            "gp",
            "Letter from CP unit: CP plans ended for both girls. Alerts changed to CIN.",
            "",
            "Safeguarding",
        ),
    )
    f.occ(
        "2025-05-20",
        "cin-close",
        R(
            "csc",
            "Final CIN review meeting at school. Case closed to CSC with universal services. "
            "Mother and girls doing well; father in supervised contact.",
            "",
            "Closure",
        ),
        R(
            "sch",
            "Category: Meeting. Final CIN review held in school - DSL attended. CSC closing. "
            "Action: DSL to continue monitoring.",
            "",
            "Meeting",
        ),
    )
    f.fill(
        "hv",
        "2024-06-15",
        "2024-07-05",
        [("Contact", "Contact type: 6-8 wk review (clinic). Outcome: wt 5.1kg, NAD. Imms due.")],
    )
    f.fill(
        "hv",
        "2024-09-16",
        "2024-11-29",
        [("Contact", "Contact type: Telephone. Outcome: mum asking about weaning.")],
    )
    f.fill(
        "hv",
        "2025-01-20",
        "2025-03-28",
        [("Contact", "Contact type: Drop-in. Outcome: weighed 9.6kg.")],
    )
    f.fill(
        "hv",
        "2025-04-28",
        "2025-06-30",
        [("Contact", "Contact type: 1 yr review (home). Outcome: meeting milestones.")],
    )
    f.fill(
        "gp",
        "2024-01-10",
        "2025-09-30",
        [
            (
                "Consultation",
                "S: Halima cough 4/7. O: chest clear, T 37.6. A: URTI. P: safety-net.",
            ),
            ("Consultation", "S: Amina eczema flare. O: flexures dry. A: eczema. P: emollient."),
            ("Consultation", "S: father - back pain. O: NAD. A: mech LBP. P: analgesia."),
            ("Medication review", "Mum's asthma review - well controlled."),
        ],
    )
    f.fill("gp", "2024-06-24", "2024-07-20", [("Immunisation", "Idris 8/52 imms given.")])
    f.fill(
        "gp",
        "2024-07-24",
        "2024-10-31",
        [
            ("Immunisation", "Idris 12/52 imms given."),
            (
                "Consultation",
                "S: mum low mood pp. O: PHQ9 11. A: mild depression. P: talking therapies.",
            ),
        ],
    )
    f.fill(
        "sch",
        "2024-01-08",
        "2025-07-15",
        [
            (
                "Wellbeing",
                "Category: Wellbeing. Halima upset at lunch - fell out with friend. Resolved.",
            ),
            ("Wellbeing", "Category: Wellbeing. Amina chosen as class rep. Very proud."),
            ("Medical", "Category: Medical. Halima - nosebleed in PE, first aid given."),
        ],
    )
    f.fill(
        "sch",
        "2024-06-03",
        "2024-07-19",
        [
            (
                "Attendance",
                "Category: Attendance. Amina late x3 this week. Mum says baby up at night.",
            )
        ],
    )
    f.fill(
        "sch",
        "2024-12-02",
        "2025-01-31",
        [("Attendance", "Category: Attendance. Both girls' attendance 97% (autumn).")],
    )
    f.fill(
        "sch",
        "2025-05-06",
        "2025-05-16",
        [("Wellbeing", "Category: Wellbeing. Amina SATs - calm and prepared.")],
    )
    f.fill(
        "sch",
        "2025-06-02",
        "2025-07-15",
        [
            (
                "Transition",
                "Category: Transition. Amina's transition info sent to Fallowmere Academy.",
            )
        ],
    )
    f.fill(
        "sn",
        "2024-09-05",
        "2024-12-18",
        [("1:1 contact", "1:1 with Amina - worries about Dad. Coping strategies.")],
    )
    f.fill(
        "sn",
        "2024-04-08",
        "2025-06-30",
        [
            ("Health assessment", "Health assessment (CP) Amina - ht/wt normal, imms UTD."),
            ("Health assessment", "Health assessment (CP) Halima - vision check due."),
            ("Drop-in", "Amina at drop-in re headaches. Advised hydration, GP if persists."),
        ],
    )
    f.fill(
        "csc",
        "2024-02-26",
        "2024-07-20",
        [
            ("Statutory visit", "Statutory visit. Both girls seen alone. Home warm and tidy."),
            ("Direct work", "Direct work with Amina - 'my body belongs to me' worksheet."),
            (
                "Supervision",
                "Management oversight: plan progressing, FGMPO to be kept under review.",
            ),
            ("Direct work", "Direct work with Halima - three houses."),
        ],
    )
    f.fill(
        "csc",
        "2024-08-01",
        "2024-12-20",
        [
            (
                "Statutory visit",
                "Statutory visit. Mother and baby seen; girls at school, seen later there.",
            ),
            (
                "Statutory visit",
                "Visit. Father not present (bail). Mother coping, support from aunt.",
            ),
            ("Phone call", "Call to mother re supervised contact arrangements."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-20",
        "2025-05-10",
        [("Statutory visit", "CIN visit - no concerns, girls happy.")],
    )
    f.fill(
        "pol",
        "2024-09-01",
        "2025-06-30",
        [
            ("", "PND CHECK REQUEST FROM CSC - RESULT SENT."),
            ("", "FATHER REPORTED STOLEN BIKE. CRIME REF BX/44190. NO SG ISSUES."),
        ],
        timed=False,
    )
    f.fill(
        "mw",
        "2024-02-19",
        "2024-02-29",
        [("Antenatal", "ANC 29/40: BP 112/70, urine NAD, FH heard. Discussed FGM law.")],
    )
    f.fill(
        "mw",
        "2024-03-25",
        "2024-04-05",
        [("Antenatal", "ANC 34/40: SFH 34, well. Safeguarding plan in notes.")],
    )
    f.fill(
        "mw",
        "2024-04-15",
        "2024-04-26",
        [("Antenatal", "ANC 37/40: well. Birth plan - no deinfibulation needed.")],
    )
    f.fill(
        "fgm",
        "2024-04-01",
        "2024-12-20",
        [
            (
                "Clinic",
                "Mother seen in adult FGM clinic (self-referral by mother), support + "
                "counselling offered.",
            )
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: Keeva Hollinrake (b. 08/03/2010), Sallowby. Lives with her father Darren Hollinrake
# (b. 1979) and his partner Jolene Marr at 7 Pightle Close, Sallowby SW9 4RJ; mother in
# another county. Sallowby Moor Academy, then a managed move to Kestle Vale School; registered
# at Orchard Yard Surgery. Extremist material online, a Prevent referral, Channel panels, an
# adult man from an online group, a missing episode, self-harm, a knife in her school bag.
# --------------------------------------------------------------------------------------------


def _hollinrake() -> BlindCase:
    f = Family(
        "hollinrake",
        702,
        {
            "sch": Sheet(
                SCHOOL,
                "SallowbyMoor_safeguarding_log.xlsx",
                "Keeva H",
                (("2024-01-01", "Mr D Cranage (DSL)"),),
            ),
            "ks": Sheet(
                SCHOOL,
                "KestleVale_CPOMS_Hollinrake.xlsx",
                "Export",
                (("2025-04-01", "Ms P Lowther (DSL)"),),
            ),
            "prev": Sheet(
                PREVENT,
                "CTP_Prevent_casework_KH.xlsx",
                "Case log",
                (("2024-01-01", "PO Ruth Gannaway"),),
            ),
            "chan": Sheet(
                CHANNEL,
                "Sallowby_Channel_minutes_extract.docx",
                "Table 1",
                (("2024-01-01", "Channel chair: C Ebdon"),),
                typed=False,
            ),
            "pol": Sheet(POLICE, "Police_Hollinrake_K.csv", "", (("2024-01-01", ""),)),
            "csc": Sheet(
                CSC,
                "CSC_Hollinrake_K.xlsx",
                "Chronology",
                (("2024-01-01", "Front Door"), ("2024-11-22", "Asha Penberthy SW")),
            ),
            "camhs": Sheet(
                CAMHS,
                "CAMHS_Hollinrake.xlsx",
                "Contacts",
                (("2024-01-01", "Dr M Ellery (clin psych)"),),
            ),
            "gp": Sheet(
                GP, "OrchardYard_Surgery_KH.docx", "Table 1", (("2024-01-01", "Dr T Haverigg"),)
            ),
            "ed": Sheet(
                ED, "Sallowby_General_ED_KH.xlsx", "ED", (("2024-01-01", "ED"),), typed=False
            ),
            "eh": Sheet(
                EARLY_HELP,
                "EarlyHelp_Hollinrake.xlsx",
                "TAF",
                (("2024-01-01", "Gwen Sillitoe (EH worker)"),),
            ),
            "yjs": Sheet(
                YOS, "YJS_Hollinrake_K.xlsx", "Case record", (("2025-01-01", "Rafe Dunstall YJO"),)
            ),
            "ewo": Sheet(EWO, "EWS_Hollinrake.xlsx", "Log", (("2024-01-01", "B Kinnaird EWO"),)),
        },
    )
    f.occ(
        "2024-09-24",
        "re-lesson",
        R(
            "sch",
            "Category: Prevent/Radicalisation. In RE Keeva said that 'the great replacement is "
            "real, look it up' and that 'some people should be sent back'. Teacher later found a "
            "sun-wheel symbol and '1488' drawn inside her exercise book cover. Action: DSL spoke "
            "to Keeva (defensive, said 'it's just memes'); father informed by phone; Prevent "
            "referral to be completed.",
            "14:20",
            "Prevent",
        ),
    )
    f.occ(
        "2024-09-25",
        "prevent-referral",
        R(
            "sch",
            "Category: Prevent/Radicalisation. Prevent referral form completed and emailed to "
            "the regional Prevent inbox 12:05. Action: await gateway.",
            "12:05",
            "Referral",
        ),
        R(
            "prev",
            "Referral received via Prevent inbox from Sallowby Moor Academy (DSL D Cranage) re "
            "KH (14): ERW symbols in schoolwork, 'great replacement' comments in RE. Opened for "
            "gateway assessment.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-25",
        "school-mash-call",
        R(
            "sch",
            "Category: Safeguarding. DSL also rang Front Door for advice re home situation (dad "
            "says he 'can't control her phone'). Action: advised Early Help.",
            "15:30",
            "Advice call",
        ),
        R(
            "csc",
            "Consultation call from DSL Sallowby Moor: Keeva 14, concerning online content and "
            "comments in class, Prevent referral made today. Advice: Early Help assessment with "
            "consent, no statutory role at present.",
            "15:30",
            "Consultation",
        ),
    )
    f.occ(
        "2024-10-03",
        "prev-school-meet",
        R(
            "prev",
            "I met DSL at the school. Looked at the exercise book and screenshots a classmate "
            "had shared of KH's posts on a gaming Discord (memes, 'ironic' slurs). Agreed to "
            "seek father's consent to speak with KH.",
            "10:00",
            "Meeting",
        ),
        R(
            "sch",
            "Category: Prevent/Radicalisation. Meeting with Prevent officer R Gannaway in school "
            "- shared book and screenshots. Action: PO to contact dad.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-08",
        "eh-assessment",
        R(
            "eh",
            "Early Help assessment completed at home with Keeva and Dad. Family strengths: "
            "close to grandmother. Worries: online use to 3am, isolated since friendship "
            "breakdown in Y8, anger. Plan: TAF, referral to CAMHS via GP.",
            "16:30",
            "EH assessment",
        ),
    )
    f.occ(
        "2024-10-10",
        "prev-home-visit",
        R(
            "prev",
            "Home visit, father and partner present, KH refused to come downstairs for 20 min "
            "then spoke briefly. Father consents to Channel consideration. KH: 'I'm not a "
            "terrorist, it's a joke'.",
            "18:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-14",
        "gp-appt",
        R(
            "gp",
            "S: dad + Keeva. Low mood, poor sleep, 'gets angry', online until early hours. "
            "Friendship loss last year. O: flat affect, no SH on inspection of forearms, denies "
            "SI. A: low mood ?depression. P: CAMHS referral, sleep hygiene, safety-net.",
            "10:40",
            "Consultation",
        ),
    )
    f.occ(
        "2024-10-15",
        "gp-camhs-ref",
        R("gp", "CAMHS referral sent (e-RS) - low mood, anger, online risk.", "", "Referral"),
        R(
            "camhs",
            "Referral received from GP (Dr Haverigg): 14yo F low mood, sleep, anger. Triaged "
            "routine; Prevent involvement noted.",
            "",
            "Referral",
            shift="+2",
        ),
    )
    f.occ(
        "2024-10-17",
        "channel-1",
        R(
            "chan",
            "Channel Panel (first consideration), KH. Present: C Ebdon (chair), R Gannaway (CTP "
            "Prevent), D Cranage (school), G Sillitoe (EH); CSC (not open) and CAMHS sent "
            "apologies. VAF reviewed: engagement factors high (online grievance, identity), "
            "intent low, capability low. Decision: adopt as Channel case; intervention provider "
            "(ideological mentor) to be commissioned; mentoring sessions weekly.",
            "",
        ),
        R(
            "prev",
            "Channel panel - case adopted. IP to be commissioned (ideological + digital "
            "resilience). I will remain case officer.",
            "10:00",
            "Channel",
        ),
        R(
            "sch",
            "Category: Prevent/Radicalisation. DSL attended Channel Panel (council offices). "
            "Keeva adopted. Action: share timetable with IP.",
            "10:00",
            "Meeting",
        ),
        R(
            "eh",
            "Attended Channel panel today at Sallowby Civic Centre. Case adopted.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-17",
        "taf-1",
        R(
            "eh",
            "TAF meeting 1 at school, 3.30pm: Keeva (for 10 mins), Dad, DSL, EH. Plan: "
            "phone off at 10pm agreed, lunchtime club, EWO re lateness.",
            "15:30",
            "TAF",
        ),
        R(
            "sch",
            "Category: Meeting. Team Around the Family meeting after school. Dad agreed a phone "
            "curfew. Action: lunchtime club place.",
            "15:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-05",
        "ed-att-1",
        R(
            "ed",
            "TRIAGE 22:10. 14F. Self-inflicted lacerations L forearm x6, superficial, with "
            "pencil sharpener blade. Brought by father. Obs stable. Cat 4.",
            "22:10",
        ),
        R(
            "ed",
            "Dr review: Hx: argument with dad re phone. O/E: superficial linear cuts, no "
            "tendon involvement, steri-strips. Risk: denies SI. Safeguarding team aware (Prevent "
            "known). Plan: CAMHS referral, home with dad.",
            "23:30",
        ),
        R(
            "ed",
            "DISCHARGED 00:40 with father. Leaflets. CAMHS referral to follow.",
            "00:40",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-06",
        "ed-att-2",
        R(
            "ed",
            "TRIAGE 19:50. 14F re-attends, reopened wound + new cut R thigh. Father concerned. "
            "Obs stable.",
            "19:50",
        ),
        R(
            "ed",
            "Reviewed: 2nd attendance in 24h. Dressed wounds. Kept for CAMHS liaison in am? "
            "Father declined, will bring to clinic. CP concerns - discussed w safeguarding nurse.",
            "21:15",
        ),
    )
    f.occ(
        "2024-11-07",
        "ed-camhs-ref",
        R("ed", "Urgent CAMHS referral emailed following 2 attendances (05/11, 06/11).", "09:15"),
        R(
            "camhs",
            "Urgent referral from Sallowby General ED - two attendances self-harm 5th and 6th. "
            "Offered urgent assessment.",
            "11:00",
            "Referral",
        ),
    )
    f.occ(
        "2024-11-08",
        "gp-ed-letter",
        R(
            "gp",
            "ED discharge summary received: attended 05/11 superficial self-harm L forearm, and "
            "06/11. Coded self-harm.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-11-12",
        "camhs-urgent",
        R(
            "camhs",
            "Urgent assessment (Dr Ellery + nurse). K presents guarded, describes belonging in "
            "online group where 'people get me'. Risk to self moderate. Plan: weekly "
            "sessions, safety plan.",
            "14:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-20",
        "missing",
        R(
            "pol",
            "MISPER HIGH RISK. KEEVA HOLLINRAKE 14. REPORTED BY FATHER 21:30, NOT HOME FROM "
            "SCHOOL, PHONE OFF. CELL SITE: CADMOOR JUNCTION. FOUND 02:10 AT CADMOOR JCN STN WITH "
            "ADULT MALE (CORIN STAITHES 31) MET ONLINE. KH RETURNED HOME.",
            "21:30",
        ),
    )
    f.occ(
        "2024-11-21",
        "staithes-arrest",
        R(
            "pol",
            "CORIN STAITHES ARRESTED 03:00 CADMOOR JCN - S15 SOA 2003 MEETING CHILD FOLLOWING "
            "GROOMING (SUSP), DEVICES SEIZED. CTP INFORMED.",
            "03:00",
        ),
        R(
            "prev",
            "Informed by CTP duty: adult male (CS, 31) known to online ERW channel arrested "
            "overnight at Cadmoor Junction after meeting KH. KH missing episode.",
            "08:30",
            "Info",
        ),
    )
    f.occ(
        "2024-11-21",
        "csc-police-notif",
        R(
            "csc",
            "Police notification: Keeva missing last night, found 02:10 with an adult male "
            "she met online. Passed to duty TM for strategy discussion.",
            "09:40",
            "Police notification",
        ),
    )
    f.occ(
        "2024-11-22",
        "strat",
        R(
            "csc",
            "Strategy discussion. Chair TM L Ruddock. DS Pryor (CAIU), PO Gannaway, DSL, CAMHS "
            "(Dr Ellery), EH. Agreed s47 (CSE/online grooming and radicalisation), ABE not "
            "indicated as K declines, devices with police. Case to transfer from EH to SW A "
            "Penberthy.",
            "10:00",
            "Strategy",
        ),
        R("pol", "STRAT DISC - S47 JOINT. DEVICE EXAM ONGOING. DS PRYOR.", "10:00", "Strategy"),
        R(
            "prev",
            "Strategy meeting (CSC-led) attended. Channel to continue in parallel with s47.",
            "10:00",
            "Meeting",
        ),
        R(
            "camhs",
            "Attended strategy discussion by Teams. Shared risk formulation.",
            "",
            "Meeting",
        ),
        R(
            "sch",
            "Category: Meeting. Strategy meeting Fri 22nd, DSL attended.",
            "",
            "Meeting",
            shift="-1",
        ),
        R("eh", "Strat - case stepping up to CSC. EH to close once SW allocated.", "", "Meeting"),
    )
    f.occ(
        "2024-11-22",
        "rhi",
        R(
            "eh",
            "Return home interview with Keeva at school (lunchtime). She said she went 'to meet "
            "a friend who understands' and he had bought her a train ticket. Did not want to "
            "say more.",
            "12:30",
            "RHI",
        ),
    )
    f.occ(
        "2024-12-19",
        "channel-2",
        R(
            "chan",
            "Channel Panel review. IP reports 6 sessions, KH engaging 'warily'; she has left the "
            "Discord. s47 outcome: CIN plan. Decision: remain open to Channel.",
            "",
        ),
        R("prev", "Channel review - remain open. IP progress positive.", "10:00", "Channel"),
        R("csc", "Channel panel review attended by SW.", "10:00", "Meeting", shift="month"),
    )
    f.occ(
        "2025-01-15",
        "knife-school",
        R(
            "sch",
            "Category: Weapons. Lock knife (7cm blade) found in Keeva's bag during search after "
            "a pupil reported it. Keeva said it was 'for protection'. Action: isolated, police "
            "called 10:25, dad called.",
            "10:25",
            "Incident",
        ),
        R(
            "pol",
            "CALL FROM SALLOWBY MOOR ACADEMY - LOCK KNIFE IN BAG OF FEMALE PUPIL 14. OFFICERS "
            "ATTD 10:50.",
            "10:25",
            "Weapon",
        ),
    )
    f.occ(
        "2025-01-15",
        "keeva-arrest",
        R(
            "pol",
            "KEEVA HOLLINRAKE ARRESTED - POSS BLADED ARTICLE ON SCHOOL PREMISES. TAKEN TO "
            "SALLOWBY CUSTODY, AA FATHER. INTERVIEWED, RIU FOR YJS OOCD.",
            "11:05",
            "Arrest",
        ),
        R(
            "csc",
            "Keeva arrested at school this morning for possession of a knife on school premises "
            "- released under investigation, referred to YJS for out-of-court disposal.",
            "",
            "Police",
        ),
    )
    f.occ(
        "2025-01-16",
        "suspension",
        R(
            "sch",
            "Category: Exclusion. Suspension 5 days (16/01-22/01) - bladed article. Letter to "
            "dad. Action: reintegration meeting 23/01.",
            "",
            "Suspension",
        ),
        R(
            "ewo",
            "Notified of fixed-term suspension 5 days from 16.01.25 - knife in school.",
            "",
            "Exclusion notice",
            shift="+1",
        ),
        R("csc", "School have suspended Keeva for 5 days.", "", "Education", shift="late"),
    )
    f.occ(
        "2025-01-23",
        "channel-3",
        R(
            "chan",
            "Channel Panel. Knife incident discussed: K states fear of 'people at school', no "
            "ideological target identified by police. Risk raised. Decision: continue, add "
            "youth worker.",
            "",
        ),
        R("prev", "Channel - continue, risk up following knife.", "09:30", "Channel"),
        R("sch", "Category: Prevent. Channel panel - DSL attended.", "09:30", "Meeting"),
        R("yjs", "Attended Channel Panel as KH now known to YJS.", "", "Meeting"),
    )
    f.occ(
        "2025-01-23",
        "cin-review",
        R(
            "csc",
            "CIN review meeting at school in the afternoon (Keeva, Dad, Jolene, DSL, CAMHS). "
            "Reintegration after suspension agreed; Keeva to have a trusted adult.",
            "14:00",
            "CIN review",
        ),
        R("sch", "Category: Meeting. CIN review + reintegration meeting pm.", "14:00", "Meeting"),
        R(
            "camhs",
            "CIN meeting at school. Agreed CAMHS to continue weekly.",
            "14:00",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2025-02-11",
        "oocd",
        R(
            "yjs",
            "Joint decision panel (police/YJS): Youth Conditional Caution - conditions: 8 "
            "sessions weapons awareness + engagement with Channel. Caution administered at "
            "Sallowby police station with father.",
            "15:00",
            "Disposal",
        ),
        R(
            "pol",
            "YOUTH CONDITIONAL CAUTION ADMINISTERED - POSS BLADED ARTICLE SCHOOL. CONDITIONS VIA "
            "YJS.",
            "15:00",
            "Outcome",
            shift="swap",
        ),
    )
    f.occ(
        "2025-03-08",
        "callout-1",
        R(
            "pol",
            "CALL FROM DARREN HOLLINRAKE 18:20 - DAUGHTER KICKING DOORS, THREW MUG AT PARTNER. "
            "ATTD. CALM ON ARRIVAL. WORDS OF ADVICE. NO INJ.",
            "18:20",
            "Domestic",
        ),
    )
    f.occ(
        "2025-03-08",
        "callout-2",
        R(
            "pol",
            "CALL FROM FATHER 23:40 - DAUGHTER LEFT HOUSE AFTER FURTHER ARGUMENT. MISPER MED "
            "RISK. LOCATED 00:55 AT GRANDMOTHER'S, 3 VARNEY ROW.",
            "23:40",
            "Misper",
        ),
    )
    f.occ(
        "2025-03-10",
        "csc-notif-2",
        R(
            "csc",
            "Two police notifications from Saturday: K damaging doors and throwing a mug; later "
            "missing, found at grandmother's. SW to visit.",
            "",
            "Police notification",
        ),
    )
    f.occ(
        "2025-03-17",
        "vaf-update",
        R(
            "sch",
            "Category: Prevent. Updated school contribution to VAF sent to Channel chair before "
            "Thursday's panel.",
            "",
            "Report",
        ),
        R("chan", "School VAF update received for 20/03 panel.", ""),
    )
    f.occ(
        "2025-03-20",
        "channel-4",
        R(
            "chan",
            "Channel Panel. IP: KH now critiques some content herself; no contact with ERW "
            "groups found. Managed move proposed by school. Decision: continue 3 months.",
            "",
        ),
        R("prev", "Channel panel 20.03 - continue 3 months.", "", "Channel"),
        R("csc", "SW attended Channel panel. Managed move supported.", "", "Meeting", shift="+1"),
    )
    f.occ(
        "2025-04-22",
        "managed-move",
        R(
            "ks",
            "Category: Admissions. First day at Kestle Vale School on managed move (12-week "
            "trial). Safeguarding file received from Sallowby Moor. Action: meet K weekly.",
            "08:45",
            "School move",
        ),
        R(
            "sch",
            "Category: Transfer. Keeva began her managed move to Kestle Vale today. CP/Prevent "
            "file handed over securely to their DSL. Remains on our roll during the trial.",
            "",
            "School move",
        ),
        R("ewo", "Managed move to Kestle Vale started today.", "", "School change"),
        R(
            "csc",
            "Keeva started at Kestle Vale School today (managed move).",
            "",
            "Education",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-19",
        "channel-exit",
        R(
            "chan",
            "Channel Panel. Risk reduced across all three dimensions. Decision: exit Channel; "
            "Prevent reviews at 6 and 12 months.",
            "",
        ),
        R(
            "prev",
            "Channel exit agreed today. 6-month review diarised for Dec.",
            "10:00",
            "Channel",
        ),
        R(
            "prev",
            "Channel exit agreed today. 6 month review diarised for December.",
            "10:00",
            "Channel",
        ),
        R("ks", "Category: Prevent. Channel closed - DSL attended panel.", "", "Meeting"),
        R("yjs", "Informed at panel that Channel case closing.", "", "Meeting"),
    )
    f.occ(
        "2025-07-08",
        "cin-close",
        R("csc", "CIN closed. Step down to school-led support.", "", "Closure"),
    )
    f.occ(
        "2025-07-14",
        "gp-camhs-dc",
        R(
            "camhs",
            "Discharge letter to GP: K discharged from CAMHS, mood improved, no SH since March.",
            "",
            "Discharge",
        ),
        R(
            "gp",
            "CAMHS discharge letter: mood improved, no self-harm since March.",
            "",
            "Correspondence",
            shift="+2",
        ),
    )
    f.occ(
        "2025-12-16",
        "prevent-6m",
        R(
            "prev",
            "6-month post-Channel review at Kestle Vale with KH and DSL. No concerning online "
            "activity reported; KH doing art GCSE, has a friendship group. Closed to Prevent.",
            "13:15",
            "Review",
        ),
        R(
            "ks",
            "Category: Prevent. PO Gannaway came in to meet Keeva and me for her six-month "
            "review after Channel. No concerns. Action: none, Prevent closed.",
            "13:15",
            "Meeting",
        ),
    )
    f.fill(
        "sch",
        "2024-09-05",
        "2025-04-16",
        [
            ("Behaviour", "Category: Behaviour. Refused to remove hood in science. Detention."),
            ("Wellbeing", "Category: Wellbeing. K sat alone at lunch again. Invited to art club."),
            ("Attendance", "Category: Attendance. Late x4 this fortnight."),
            ("Wellbeing", "Category: Wellbeing. Check-in with trusted adult - 'ok week'."),
            ("Behaviour", "Category: Behaviour. Swore at TA in maths. Restorative conversation."),
            (
                "Online safety",
                "Category: Online safety. Filtering alert - search for a banned forum on a "
                "school laptop.",
            ),
            ("Wellbeing", "Category: Wellbeing. K helped at open evening, positive."),
        ],
    )
    f.fill(
        "ks",
        "2025-04-24",
        "2025-07-18",
        [
            ("Wellbeing", "Category: Wellbeing. Weekly check-in, settled in new tutor group."),
            ("Behaviour", "Category: Behaviour. Positive points x5 in English."),
            ("Review", "Category: Managed move. 6-week review - going well, dad pleased."),
        ],
    )
    f.fill(
        "prev",
        "2024-10-20",
        "2025-06-15",
        [
            ("Call", "Call from DSL - K asked about a 'remigration' video; IP informed."),
        ],
    )
    f.fill(
        "prev",
        "2024-10-21",
        "2024-11-08",
        [("Call", "Call with father - update, consent confirmed in writing.")],
    )
    f.fill(
        "prev",
        "2024-11-25",
        "2024-12-13",
        [("IP update", "IP update: session 3, discussed sources and propaganda techniques.")],
    )
    f.fill(
        "prev",
        "2025-02-03",
        "2025-03-14",
        [("IP update", "IP update: session 9, K brought her own examples. Positive.")],
    )
    f.fill(
        "camhs",
        "2024-11-18",
        "2024-12-18",
        [("Session", "Individual session - CBT formulation, anger diary.")],
    )
    f.fill(
        "csc",
        "2024-12-02",
        "2024-12-18",
        [("Supervision", "Supervision: s47 concluded, CIN plan; Channel parallel.")],
    )
    f.fill(
        "camhs",
        "2024-11-15",
        "2025-07-10",
        [
            ("Session", "Session - safety plan reviewed, no SH this week."),
            ("DNA", "DNA. Letter sent, rebooked."),
            ("Session", "Session - K talked about mum, ambivalent."),
            ("Session", "Session with dad - parenting strategies."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-01",
        "2025-08-30",
        [
            (
                "Consultation",
                "S: sore throat 3/7. O: tonsils inflamed, no exudate. A: viral. P: fluids.",
            ),
            ("Consultation", "S: dad - anxiety, work stress. A: adjustment. P: self-help."),
        ],
    )
    f.fill(
        "gp",
        "2024-11-11",
        "2024-11-19",
        [("Nurse", "Practice nurse: K wound check L forearm, healing.")],
    )
    f.fill(
        "csc",
        "2024-11-25",
        "2025-04-17",
        [
            ("Visit", "Home visit, Keeva seen alone in her room. Spoke about music, guarded."),
            ("Visit", "Visit, K and Jolene seen. Relationship strained but improving."),
            ("Direct work", "Direct work: online safety, K chose the topics."),
        ],
    )
    f.fill(
        "csc",
        "2025-04-28",
        "2025-07-04",
        [("Visit", "Visit at school, K seen. Settled at Kestle Vale.")],
    )
    f.fill(
        "ewo",
        "2024-10-01",
        "2025-06-30",
        [
            ("Attendance", "Attendance 86%. Letter to father re punctuality."),
            ("Attendance", "Attendance meeting with dad at school. Plan agreed."),
        ],
    )
    f.fill(
        "yjs",
        "2025-02-17",
        "2025-03-07",
        [("Session", "Weapons awareness session 1 - engaged.")],
    )
    f.fill(
        "yjs",
        "2025-03-24",
        "2025-04-30",
        [("Session", "Session 4 - consequences, victim perspective.")],
    )
    f.fill(
        "yjs",
        "2025-05-12",
        "2025-06-30",
        [("Session", "Session 8 - completed. Caution conditions met.")],
    )
    f.fill(
        "eh", "2024-10-20", "2024-11-15", [("Visit", "Home visit, phone curfew going 'ok-ish'.")]
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: Rory Scolley (b. 21/08/2024), Hurstwick. Mother Chloe Venning (b. 1998); father Aidan
# Scolley (b. 1996) has a traumatic brain injury from a motorcycle crash in March 2024. They
# live at 22 Fennick Lane, Hurstwick HK3 8WN; registered at Cobble Hythe Health Centre. Adult
# social care and community neuro-rehabilitation support the father; a pre-birth assessment;
# Rory shaken at eleven weeks (subdural and retinal haemorrhages, intensive care), the
# parents' arrests, an interim care order, Rory placed with his mother at the maternal
# grandmother's home (15 Cowdray Walk, Hurstwick HK1 5PD), the father's charge and conviction.
# --------------------------------------------------------------------------------------------


def _scolley() -> BlindCase:
    f = Family(
        "scolley",
        703,
        {
            "asc": Sheet(
                ASC,
                "ASC_Scolley_A_casenotes.xlsx",
                "Case notes",
                (("2024-01-01", "Priya Coldwell (ASC SW)"),),
            ),
            "nr": Sheet(
                NEURO_REHAB,
                "CommNeuroRehab_Scolley.docx",
                "Table 1",
                (("2024-01-01", "Imogen Thackery OT"),),
            ),
            "mw": Sheet(
                MW, "Hurstwick_Maternity_Venning_C.xlsx", "Notes", (("2024-01-01", "S Oldroyd RM"),)
            ),
            "hv": Sheet(HV, "HV_Scolley_R.xlsx", "Rory", (("2024-01-01", "Dawn Featherstone HV"),)),
            "gp": Sheet(
                GP, "CobbleHythe_HC_Scolley.xlsx", "Summary", (("2024-01-01", "Dr R Anand-Prowse"),)
            ),
            "amb": Sheet(AMBULANCE, "Ambulance_Scolley.xlsx", "Incidents", typed=False),
            "ed": Sheet(
                ED, "Hurstwick_ED_Scolley.xlsx", "ED", (("2024-01-01", "ED"),), typed=False
            ),
            "picu": Sheet(
                PICU,
                "StWennas_PICU_Scolley_R.xlsx",
                "PICU",
                (("2024-01-01", "PICU / safeguarding team"),),
            ),
            "pol": Sheet(POLICE, "Police_Scolley.csv", "", (("2024-01-01", ""),), typed=False),
            "csc": Sheet(
                CSC,
                "CSC_Scolley_R.xlsx",
                "Chronology",
                (("2024-01-01", "MASH"), ("2024-06-17", "Leon Hargreave SW")),
            ),
            "caf": Sheet(
                CAFCASS, "Cafcass_Scolley.xlsx", "Log", (("2024-11-01", "Yvette Marchbank FCA"),)
            ),
        },
    )
    f.occ(
        "2024-02-20",
        "booking",
        R(
            "mw",
            "Booking 16/40. P0. Partner Aidan (FOB) supportive. No SG concerns. Lives with "
            "partner, both working.",
            "09:30",
            "Booking",
        ),
    )
    f.occ(
        "2024-03-16",
        "rtc",
        R(
            "amb",
            "RTC motorcycle v car, B4471 Pelling Hill. Male 27, helmet on, GCS 9 on arrival, "
            "unequal pupils. Police on scene. Pre-alert, conveyed to Major Trauma Centre.",
            "17:42",
        ),
        R(
            "pol",
            "RTC B4471 PELLING HILL - M/CYCLE V CAR. RIDER AIDAN SCOLLEY SERIOUS HEAD INJ. "
            "AMBULANCE ATTD. CAR DRIVER BREATH TEST NEG. FCIU INFORMED.",
            "17:42",
        ),
    )
    f.occ(
        "2024-03-18",
        "mw-partner-news",
        R(
            "mw",
            "Chloe phoned ANC: partner in serious motorbike accident Sat, in ICU. Support "
            "offered, pt declined referral at this stage.",
            "",
            "Phone",
        ),
    )
    f.occ(
        "2024-04-29",
        "father-discharge",
        R(
            "nr",
            "Discharged today from Fenwold Neuro-Rehab Unit to home. Community neuro-rehab "
            "caseload: OT, SLT, neuropsychology. Cognitive: poor initiation, disinhibition, "
            "low frustration tolerance, fatigue.",
            "",
            "Discharge",
        ),
        R(
            "asc",
            "Hospital discharge notification: Aidan Scolley discharged home from Fenwold "
            "yesterday. Care Act assessment to be booked.",
            "",
            "Notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-01",
        "gp-dc-letter",
        R("gp", "Discharge summary Fenwold NRU: severe TBI, frontal contusions.", "", "Letter"),
    )
    f.occ(
        "2024-05-08",
        "care-act-joint",
        R(
            "asc",
            "Care Act assessment at home (joint with I Thackery OT). Aidan needs prompting for "
            "personal care and meals; Chloe (27/40 pregnant) is main carer. Eligible needs "
            "identified - support plan: 2 x PA hours daily, day service referral. Chloe says "
            "Aidan 'snaps' and once punched a door.",
            "10:00",
            "Assessment",
        ),
        R(
            "nr",
            "I visited with Priya from ASC for the Care Act assessment. Aidan tired after 40 "
            "min, became irritable and left the room. I'll start a fatigue diary with him.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-08",
        "mw-home-visit",
        R(
            "mw",
            "ANC home visit 28/40 (pm). BP normal, FH 144. Chloe tired, 'looking after two'. "
            "Asked about partner: 'his temper is different now'.",
            "15:00",
            "Antenatal",
        ),
    )
    f.occ(
        "2024-06-11",
        "mw-referral",
        R(
            "mw",
            "Referral to MASH (pre-birth): partner TBI with anger/disinhibition, door punched, "
            "mother main carer. Phoned through 11:15 + form.",
            "11:15",
            "Referral",
        ),
        R(
            "csc",
            "Contact: Hurstwick Maternity (S Oldroyd) - unborn baby due 26/08. Father has brain "
            "injury since March RTC; anger, punched a door; mother carer for him. Requesting "
            "pre-birth assessment.",
            "11:15",
            "Contact",
        ),
    )
    f.occ(
        "2024-06-13",
        "mash-decision",
        R(
            "csc",
            "MASH decision: Single Assessment (pre-birth), allocate to Assessment Team.",
            "",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-07-02",
        "police-da",
        R(
            "pol",
            "999 FROM CHLOE VENNING 22 FENNICK LN. PARTNER SHOUTING, SMASHED HER PHONE. ATTD "
            "22:20. MALE HAS BRAIN INJ, CALMED. NO ASSAULT. VICTIM 36/40 PREG. DASH MED. "
            "CSC NOTIF.",
            "22:05",
        ),
    )
    f.occ(
        "2024-07-03",
        "csc-notif",
        R(
            "csc",
            "Police notification received: incident at the home last night, father shouting "
            "and smashed mother's phone. Added to pre-birth assessment.",
            "",
            "Police notification",
        ),
        R(
            "csc",
            "Police notification received - incident at home last night, father shouting and "
            "smashed mother's phone. Added to the pre-birth assessment.",
            "",
            "Police notification",
        ),
    )
    f.occ(
        "2024-07-30",
        "prebirth-done",
        R(
            "csc",
            "Pre-birth assessment completed. Strengths: mother's insight, MGM support. Risks: "
            "father's impulsivity and low frustration tolerance with a crying baby; he should "
            "not be left alone caring for the baby. Recommendation: Child in Need plan, safety "
            "plan re father's care of baby.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2024-08-06",
        "cin-1",
        R(
            "csc",
            "CIN meeting (pre-birth) at home: parents, MGM, MW, HV, ASC, neuro-rehab OT. "
            "Safety plan signed - Aidan not to care for baby alone; PA to be present in the "
            "mornings.",
            "14:00",
            "CIN meeting",
        ),
        R("mw", "CIN meeting attended. Safety plan re FOB.", "14:00", "Meeting"),
        R(
            "hv",
            "Contact type: CIN meeting (antenatal). Outcome: HV attended. Safety plan.",
            "",
            "Meeting",
        ),
        R(
            "asc",
            "Attended CIN meeting for the unborn. Agreed PA support adjusted so Aidan is never "
            "sole carer.",
            "",
            "Meeting",
        ),
        R(
            "nr",
            "CIN mtg 6/8 - I attended, explained Aidan's cognitive profile.",
            "",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2024-08-21",
        "birth",
        R(
            "mw",
            "Delivered 23:14. Ventouse for delay, live male 3.05kg. Apgars 8/9. Baby Rory.",
            "23:14",
            "Birth",
        ),
        R(
            "hv",
            "Contact type: Birth notification. Outcome: Rory born 21/08/24 (ventouse, 3.05kg). "
            "CIN - safety plan.",
            "",
            "Birth notification",
            shift="late",
        ),
        R(
            "csc",
            "Rory born late last night at Hurstwick, mum and baby well.",
            "",
            "Birth",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-23",
        "pn-discharge",
        R(
            "mw",
            "PN discharge home. Feeding well (formula). Safety plan reiterated.",
            "",
            "Discharge",
        ),
    )
    f.occ(
        "2024-09-02",
        "hv-nbv",
        R(
            "hv",
            "Contact type: New birth visit. Outcome: Rory 3.21kg, well. Both parents present. "
            "ICON ('babies cry, you can cope') discussed with both, Aidan repeated it back.",
            "10:30",
            "New birth visit",
        ),
    )
    f.occ(
        "2024-09-02",
        "asc-review",
        R(
            "asc",
            "Review visit pm. Aidan proud of baby but 'the crying gets in my head'. PA hours "
            "maintained.",
            "15:00",
            "Review",
        ),
    )
    f.occ(
        "2024-10-01",
        "nr-ot",
        R(
            "nr",
            "Saw Aidan today. He said he 'nearly lost it' when Rory cried for an hour on Sunday "
            "while Chloe was in the shower; he put him in the cot and went outside as planned. "
            "I praised this. Shared with HV and SW (with consent).",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-01",
        "nr-email-sw",
        R("nr", "Email to SW L Hargreave and HV re above.", "16:10", "Email"),
        R(
            "csc",
            "Email from neuro-rehab OT: father reports near-loss of control with crying baby on "
            "Sunday, used his plan.",
            "",
            "Email",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-09",
        "collapse-999",
        R(
            "amb",
            "Cat 1. 11/52 M, 'not breathing properly'. Father alone with baby, mother at work "
            "(night shift). Infant floppy, grunting, GCS 8. Police requested. Conveyed Hurstwick "
            "ED, pre-alert.",
            "03:12",
        ),
        R(
            "pol",
            "ATTD W/ AMBULANCE 22 FENNICK LANE - BABY UNRESPONSIVE, FATHER SOLE CARER. SCENE "
            "PRESERVED. FATHER SAYS BABY 'WENT FLOPPY ON THE BOTTLE'.",
            "03:20",
        ),
    )
    f.occ(
        "2024-11-09",
        "ed",
        R(
            "ed",
            (
                "RESUS 03:41. 11/52 M, GCS 8, bulging fontanelle, seizure x1 in dept. "
                "Hx from father inconsistent."
            ),
            "03:41",
        ),
        R(
            "ed",
            "CT head: bilateral SDH of different densities. Ophthalmology: extensive retinal "
            "haemorrhages both eyes. CP concerns - NAI. Safeguarding team + police aware. PICU "
            "retrieval requested.",
            "05:30",
        ),
        R("ed", "Left dept 07:25 with retrieval team to St Wenna's PICU.", "07:25"),
    )
    f.occ(
        "2024-11-09",
        "picu-admit",
        R(
            "picu",
            "Admitted from Hurstwick ED via retrieval. Intubated, ventilated. Neurosurg opinion: "
            "conservative. CP medical - safeguarding team informed, skeletal survey planned.",
            "08:50",
            "Admission",
        ),
    )
    f.occ(
        "2024-11-09",
        "edt-strat",
        R(
            "csc",
            "EDT strategy discussion (phone) with DS Varcoe and PICU consultant. Agreed s47, "
            "parents not to be alone with Rory, police to arrest father; mother spoken to at "
            "hospital.",
            "11:00",
            "Strategy",
        ),
        R("pol", "STRAT (EDT) - S47 JOINT. ARREST FATHER.", "11:00"),
        R(
            "picu",
            "Strategy discussion by phone with EDT and police (PICU consultant Dr Okonedo-Fell). "
            "Supervision of parents on unit agreed.",
            "",
            "Strategy",
        ),
    )
    f.occ(
        "2024-11-09",
        "father-arrest",
        R(
            "pol",
            "AIDAN SCOLLEY ARRESTED GBH W/INTENT (CHILD). HURSTWICK CUSTODY. AA REQUIRED.",
            "13:40",
        ),
        R("csc", "Police confirm father arrested this afternoon.", "", "Police"),
    )
    f.occ(
        "2024-11-09",
        "mother-arrest",
        R(
            "pol",
            "CHLOE VENNING ARRESTED FAIL TO PROTECT (S5 DVCVA). VOL ATTENDED HURSTWICK.",
            "16:15",
        ),
        R(
            "csc",
            "Police also arrested mother at 16:15 - she went to the station voluntarily.",
            "",
            "Police",
        ),
    )
    f.occ(
        "2024-11-10",
        "picu-wr",
        R(
            "picu",
            "WR: sedated, ventilated, seizures controlled on levetiracetam.",
            "09:30",
            "Ward round",
        ),
    )
    f.occ(
        "2024-11-10",
        "mother-released",
        R("pol", "CHLOE VENNING RUI -> NFA RECOMMENDED. RELEASED 01:10.", "01:10"),
    )
    f.occ(
        "2024-11-11",
        "interview-aa",
        R(
            "pol",
            "INTERVIEW AIDAN SCOLLEY UNDER CAUTION W/ SOLICITOR + APPROPRIATE ADULT (ASC). "
            "BREAKS EVERY 30 MIN. ADMITS SHAKING BABY 'TO WAKE HIM' WHEN HE STOPPED FEEDING. "
            "BAILED.",
            "10:00",
        ),
        R(
            "asc",
            "Acted as appropriate adult for Aidan at Hurstwick custody (interview). He needed "
            "questions rephrased; became distressed. Bailed to his brother's address (4 Pitch "
            "Row).",
            "10:00",
            "Appropriate adult",
        ),
    )
    f.occ(
        "2024-11-12",
        "strat-2",
        R(
            "csc",
            "Strategy meeting 2 at St Wenna's. DS Varcoe, PICU consultant, hospital SG nurse, "
            "HV, GP by phone, ASC. Skeletal survey: no fractures. Father bailed not to contact "
            "Rory. Plan: legal planning meeting, mother and baby placement with MGM to be "
            "assessed.",
            "11:00",
            "Strategy",
        ),
        R("pol", "STRAT MTG 2 AT ST WENNAS. SKELETAL SURVEY CLEAR. BAIL COND NO CONTACT.", "11:00"),
        R("picu", "Strategy meeting held on unit. Skeletal survey NAD.", "11:00", "Meeting"),
        R(
            "hv",
            "Contact type: Strategy meeting. Outcome: HV attended at St Wenna's.",
            "",
            "Meeting",
        ),
        R(
            "asc",
            "Attended strat meeting for Rory re father's care/support needs.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-12",
        "family-meeting",
        R(
            "picu",
            "Family meeting with mother and MGM (consultant, nurse in charge, SW). Explained "
            "injuries, uncertain neurodevelopmental outcome. Mother distressed.",
            "15:30",
            "Family meeting",
        ),
        R(
            "csc",
            "PICU family meeting with Chloe and her mother this afternoon - told about "
            "Rory's prognosis.",
            "15:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-15",
        "picu-stepdown",
        R("picu", "Extubated 13/11. Stepped down to Wren Ward today.", "", "Transfer"),
    )
    f.occ(
        "2024-11-18",
        "caf-analysis",
        R("caf", "Initial analysis filed for ICO hearing 19/11.", "", "Report"),
    )
    f.occ(
        "2024-11-19",
        "ico",
        R(
            "csc",
            "Hurstwick Family Court - interim care order granted. Care plan: Rory to be "
            "placed with mother at MGM's home (15 Cowdray Walk) under placement with parents "
            "regs, written agreement.",
            "",
            "Court",
            ref="HK24C00981",
        ),
        R(
            "caf",
            "ICO hearing HK24C00981. FCA attended. ICO made; plan placement with mother at "
            "MGM's supported.",
            "",
            "Hearing",
            ref="HK24C00981",
        ),
        R("pol", "ICO GRANTED FAMILY CT (HK24C00981). NOTED.", "", shift="late"),
    )
    f.occ(
        "2024-11-28",
        "ward-dc",
        R(
            "csc",
            "Rory discharged from Wren Ward to the care of his mother at 15 Cowdray Walk "
            "(MGM's). I transported them.",
            "",
            "Placement",
        ),
        R(
            "hv",
            "Contact type: Info. Outcome: Rory home from St Wenna's today, living with mum at "
            "MGM's, 15 Cowdray Walk.",
            "",
            "Change of address",
        ),
        R(
            "gp",
            "Address change: Rory + mother now at 15 Cowdray Walk, HK1 5PD.",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-03",
        "hv-visit",
        R(
            "hv",
            "Contact type: Home visit (targeted). Outcome: Rory 4.9kg, tone increased R arm, "
            "fixing and following inconsistent. Mum attentive.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-12-03",
        "csc-visit",
        R(
            "csc",
            "Statutory visit, Cowdray Walk. Rory seen, MGM and mum present.",
            "14:30",
            "Visit",
        ),
    )
    f.occ(
        "2025-01-06",
        "father-move",
        R(
            "asc",
            "Aidan moved today into Brackenhythe supported living (Flat 2). Tenancy signed.",
            "",
            "Accommodation",
        ),
        R(
            "nr",
            "Aidan has moved to Brackenhythe supported living, Flat 2.",
            "",
            "Info",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-14",
        "ed-vomit-1",
        R(
            "ed",
            "Triage 20:05. 4/12 M, vomiting x4, known NAI/SDH. Obs stable, fontanelle soft.",
            "20:05",
        ),
        R("ed", "Reviewed - reflux. Observed 2h, tolerating feeds. Home with mum.", "22:30"),
    )
    f.occ(
        "2025-01-15",
        "ed-vomit-2",
        R(
            "ed",
            "Triage 18:40. Re-attends (seen yesterday) - vomiting again, mum anxious. Obs fine.",
            "18:40",
        ),
        R(
            "ed",
            "Reviewed by reg - well baby, reassured. HV to follow up. SG team informed of 2 atts.",
            "20:10",
        ),
    )
    f.occ(
        "2025-01-16",
        "ed-notice-hv",
        R(
            "hv",
            "Contact type: ED notification. Outcome: Rory attended ED 14/01 and 15/01 vomiting, "
            "discharged. Phone call to mum - settled today.",
            "",
            "Notification",
        ),
    )
    f.occ(
        "2025-02-20",
        "charge",
        R(
            "pol",
            (
                "AIDAN SCOLLEY CHARGED S18 GBH (CHILD). COND BAIL - NO CONTACT W/ "
                "CHILD. HURSTWICK MC 06/03."
            ),
            "12:00",
        ),
        R(
            "asc",
            "Police inform Aidan was charged yesterday with GBH on Rory.",
            "",
            "Info",
            shift="late",
        ),
        R("csc", "Father charged today with GBH with intent against Rory.", "", "Police"),
    )
    f.occ(
        "2025-04-09",
        "cafcass-final-report",
        R(
            "caf",
            "Final analysis filed: recommend supervision order, Rory to remain with mother.",
            "",
            "Report",
        ),
    )
    f.occ(
        "2025-04-16",
        "final-hearing",
        R(
            "csc",
            "Final hearing: care proceedings concluded with a 12-month supervision order; Rory "
            "remains with mother. Father's contact: none pending criminal case.",
            "",
            "Court",
            ref="HK24C00981",
        ),
        R("caf", "Final hearing - SO 12 months. Case closed.", "", "Hearing", ref="HK24C00981"),
        R(
            "hv",
            "Contact type: Info. Outcome: SW advises supervision order made at court today.",
            "",
            "Info",
            shift="month",
        ),
    )
    f.occ(
        "2025-07-11",
        "crown-plea",
        R(
            "pol",
            "HURSTWICK CROWN CT - GUILTY PLEA S20 GBH (S18 NOT PURSUED). SENTENCE ADJ FOR PSR.",
            "",
        ),
        R(
            "csc",
            "Father pleaded guilty to s20 at Crown Court, sentencing September.",
            "",
            "Court",
            shift="+1",
        ),
    )
    f.occ(
        "2025-09-05",
        "sentence",
        R(
            "pol",
            "SENTENCED: 2 YRS 8 MTHS IMPRISONMENT. RESTRAINING ORDER (CHILD + MOTHER) 5 YRS.",
            "",
        ),
        R(
            "asc",
            "Aidan sentenced to 2 years 8 months. Supported living tenancy to end; liaising "
            "with prison healthcare re brain injury.",
            "",
            "Info",
        ),
        R(
            "nr",
            "Aidan was sentenced to custody yesterday. Discharged from our caseload.",
            "",
            "Discharge",
            shift="late",
        ),
    )
    f.fill(
        "asc",
        "2024-05-20",
        "2025-01-03",
        [
            ("Review", "PA agency review - hours delivered as planned."),
            ("Review", "Day service placement started at Tarn Street Centre, 2 days/wk."),
        ],
    )
    f.fill(
        "asc",
        "2024-05-20",
        "2024-06-07",
        [("Phone", "Call from Chloe: carer strain, offered carer's assessment.")],
    )
    f.fill(
        "asc",
        "2024-06-24",
        "2024-07-26",
        [("Assessment", "Carer's assessment for Chloe completed. Respite sitter offered.")],
    )
    f.fill(
        "asc",
        "2025-07-14",
        "2025-09-02",
        [
            ("Review", "Brackenhythe key worker update - settled."),
            ("Phone", "Call with probation re PSR - info shared re cognition."),
        ],
    )
    f.fill(
        "nr",
        "2024-05-13",
        "2025-01-03",
        [
            ("Home visit", "OT session: fatigue diary reviewed, planning a daily routine."),
            ("Clinic", "Neuropsychology: assessment of executive function - severe impairment."),
            ("Home visit", "SLT: word-finding strategies."),
            ("Clinic", "OT: anger management adapted for TBI, session 2."),
        ],
    )
    f.fill(
        "nr",
        "2025-01-09",
        "2025-08-29",
        [("Home visit", "OT at Brackenhythe - kitchen assessment.")],
    )
    f.fill(
        "gp",
        "2024-03-25",
        "2025-08-29",
        [
            (
                "Consultation",
                "S: Aidan headaches, irritability. O: alert, nil focal. A: post-TBI. P: neuro f/u.",
            ),
            ("Consultation", "S: Chloe low mood, poor sleep. A: adjustment. P: talking therapies."),
            ("Medication", "Aidan - levetiracetam repeat issued."),
        ],
    )
    f.fill("gp", "2024-10-14", "2024-11-06", [("Immunisation", "Rory 8 wk imms.")])
    f.fill(
        "gp",
        "2024-12-05",
        "2025-08-29",
        [("Consultation", "S: Rory - mum concerned R hand fisting. A: known SDH. P: paed neuro.")],
    )
    f.fill(
        "hv",
        "2024-12-10",
        "2025-02-28",
        [
            (
                "Home visit",
                "Contact type: Home visit. Outcome: Rory weight 6.3kg, physio exercises shown.",
            ),
            ("Home visit", "Contact type: Home visit. Outcome: mum low, EPDS 14, GP advised."),
        ],
    )
    f.fill(
        "hv",
        "2025-03-10",
        "2025-08-29",
        [("Clinic", "Contact type: Clinic weigh. Outcome: 7.1kg, on 9th centile.")],
    )
    f.fill(
        "csc",
        "2024-12-05",
        "2025-08-29",
        [
            ("Visit", "Statutory visit at Cowdray Walk. Rory seen. MGM supportive."),
            ("Visit", "Statutory visit. Mum coping, attending parenting group."),
            ("Core group", "Review of placement with parents - going well."),
            ("Supervision", "Supervision: plan for final hearing."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 4: the Callard children on the narrowboat "Kestrel Dawn", Wendle Navigation. Ezra
# Callard (b. 14/06/2017) and his half-sister Wren Ormsby-Callard (b. 09/11/2022) live aboard
# with their mother Bryony Callard (b. 1995) and Wren's father Jake Ormsby (b. 1990) and Jake's
# dog Tyson, continuously cruising between Threlby and Mossington Basin; registered at
# Towpath Lane Surgery, Ezra at Lockbridge Primary from September 2024. Domestic abuse, a
# MARAC, a withdrawn prosecution, the dog loose on the towpath, then Wren bitten on the face
# and arm, plastic surgery, a refuge, temporary housing (12 Sedgewell Court, Threlby TY4 1NE).
# --------------------------------------------------------------------------------------------


def _callard() -> BlindCase:
    f = Family(
        "callard",
        704,
        {
            "canal": Sheet(
                CANAL,
                "WaterwaysTrust_boater_welfare_Callard.docx",
                "Table 1",
                (("2024-01-01", "Marcus Penhallow (Boater Liaison)"),),
                typed=False,
            ),
            "pol": Sheet(
                POLICE, "Police_Callard_Ormsby.csv", "", (("2024-01-01", ""),), typed=False
            ),
            "csc": Sheet(
                CSC,
                "CSC_Callard_chronology.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH"),
                    ("2024-05-15", "Nadia Stoyle SW"),
                    ("2025-02-16", "Ferdy Blaine SW"),
                ),
            ),
            "hv": Sheet(HV, "HV_Callard_W.xlsx", "Wren", (("2024-01-01", "Lorna Pitchford HV"),)),
            "gp": Sheet(
                GP, "TowpathLane_Surgery_Callard.docx", "Table 1", (("2024-01-01", "Dr E Marwood"),)
            ),
            "ed": Sheet(
                ED, "Threlby_General_ED_Callard.xlsx", "Paeds ED", (("2024-01-01", "PED"),)
            ),
            "ward": Sheet(
                WARD,
                "Calderwick_Plastics_Unit_Wren.xlsx",
                "Ward notes",
                (("2025-01-01", "Calderwick Plastics (Kittiwake Ward)"),),
            ),
            "dog": Sheet(
                DOG, "DogWarden_Ormsby.xlsx", "Jobs", (("2024-01-01", "G Tamsett (dog warden)"),)
            ),
            "idva": Sheet(
                DA_SERVICE,
                "IDVA_Callard_B.xlsx",
                "Casework",
                (("2024-01-01", "Kezia Norland (IDVA)"),),
            ),
            "hsg": Sheet(
                HOUSING, "Housing_Options_Callard.xlsx", "Notes", (("2024-01-01", "R Ashdown"),)
            ),
            "sch": Sheet(
                SCHOOL,
                "Lockbridge_Primary_CPOMS.xlsx",
                "Ezra C",
                (("2024-09-01", "Mrs V Dallimore (DSL)"),),
            ),
            "amb": Sheet(AMBULANCE, "Ambulance_Callard.xlsx", "Calls", typed=False),
        },
    )
    f.occ(
        "2024-04-17",
        "welfare-check",
        R(
            "canal",
            "I did a welfare check on NB Kestrel Dawn at Ashby Turn (bridge 31). Licence 3 "
            "months overdue. Bryony, Jake, a boy of about 6-7 and a toddler aboard, plus a large "
            "bull-type dog (Tyson) not on a lead. Woodburner alight, no CO alarm fitted - I gave "
            "them one. Jake hostile about the licence. Said they'd move on within 14 days.",
        ),
    )
    f.occ(
        "2024-05-11",
        "towpath-call-1",
        R(
            "pol",
            "21:10 ANON CALLER - SHOUTING/SCREAMING FROM NARROWBOAT NR BRIDGE 34 WENDLE NAV. "
            "ATTD. COUPLE ARGUING, 2 CHILDREN ABOARD (1 ASLEEP). VERBAL. DASH STD. WORDS OF "
            "ADVICE.",
            "21:10",
        ),
    )
    f.occ(
        "2024-05-11",
        "towpath-call-2",
        R(
            "pol",
            "23:50 FEMALE (BRYONY CALLARD) 999 FROM TOWPATH - PARTNER PUSHED HER OFF BOAT "
            "ONTO BANK. ATTD. MINOR GRAZES. SUSPECT JAKE ORMSBY LEFT AREA. DASH MED. CHILDREN "
            "EZRA 6, WREN 18MTHS. CSC NOTIF.",
            "23:50",
        ),
    )
    f.occ(
        "2024-05-13",
        "csc-notif",
        R(
            "csc",
            "Police notifications x2 from Saturday night (11/05), narrowboat Kestrel Dawn, "
            "Wendle Navigation: argument, then mother pushed from boat by partner. Two children "
            "aboard. No fixed address - boat moves.",
            "",
            "Police notification",
        ),
    )
    f.occ(
        "2024-05-14",
        "mash",
        R(
            "csc",
            "MASH decision: Child and Family assessment. HV known (Wren); Ezra not on any "
            "school roll locally - education checks requested.",
            "",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-05-21",
        "joint-boat-visit",
        R(
            "hv",
            "Contact type: Home visit (boat) with Waterways boater liaison officer. Outcome: "
            "Wren 18m, wt 10.2kg, well. Cramped cabin, no stair gate on steps to deck, dog "
            "unrestrained near child. Advised dog crate/gate. Mum said 'Tyson is soft'. "
            "Discussed DA - mum denies.",
            "10:00",
            "Home visit",
        ),
        R(
            "canal",
            "Visited with Lorna the HV this morning at Pelham Lock moorings. Licence now paid. I "
            "raised the dog again - it jumped up at the toddler while we were there.",
        ),
    )
    f.occ(
        "2024-05-21",
        "sw-boat-visit",
        R(
            "csc",
            "Visited Kestrel Dawn at Pelham Lock late afternoon. Both adults present. Bryony "
            "minimised Saturday's incident. Ezra is 'home educated' - no EHE notification found. "
            "Advised on school place.",
            "16:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-02",
        "pub-assault",
        R(
            "pol",
            "ASSAULT - CAR PARK, LOCK KEEPER PH, THRELBY. JAKE ORMSBY PUNCHED BRYONY CALLARD TO "
            "FACE. AMBULANCE ATTD WITH POLICE. CHILDREN ON BOAT WITH FRIEND. DASH HIGH.",
            "20:35",
        ),
        R(
            "amb",
            "F 29 assaulted, punched to face, small lac L eyebrow, no LOC. Police on scene. "
            "Treated on scene, declined conveyance.",
            "20:41",
        ),
    )
    f.occ(
        "2024-06-02",
        "arrest",
        R("pol", "JAKE ORMSBY ARRESTED S39 COMMON ASSAULT (DA). THRELBY CUSTODY.", "21:15"),
    )
    f.occ(
        "2024-06-03",
        "charge",
        R(
            "pol",
            (
                "ORMSBY CHARGED S39 ASSAULT BY BEATING. BAIL: NOT TO CONTACT BRYONY "
                "CALLARD. THRELBY MC 24/06."
            ),
            "14:20",
        ),
        R(
            "csc",
            "Police inform Jake charged with assault on Bryony; bail conditions no contact.",
            "",
            "Police",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-03",
        "idva-ref",
        R("pol", "DA REFERRAL TO IDVA SERVICE SENT (HIGH RISK).", "16:00"),
        R(
            "idva",
            "New referral from police (high risk DASH, 18 ticks): Bryony Callard, assault "
            "02/06 by partner. Lives on boat. Allocated.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-05",
        "idva-first",
        R(
            "idva",
            "First contact by phone. B agreed to meet. Disclosed 3 years of control - Jake "
            "takes her bank card, stops her seeing family. Safety plan started.",
            "11:30",
            "Phone",
        ),
    )
    f.occ(
        "2024-06-14",
        "marac-form",
        R(
            "idva",
            "MARAC referral form + DASH sent to MARAC coordinator for 20/06.",
            "",
            "MARAC referral",
        ),
    )
    f.occ(
        "2024-06-20",
        "marac",
        R(
            "idva",
            "MARAC - Bryony heard. Actions: police flag boat (by name) across force, housing "
            "options appt, HV/school to share, Waterways to notify police of mooring.",
            "",
            "MARAC",
        ),
        R("pol", "MARAC HEARD. FLAG ON NB KESTREL DAWN + VICTIM. TOWPATH PATROLS.", ""),
        R(
            "hv",
            "Contact type: MARAC. Outcome: case heard, HV to share info and visit monthly.",
            "",
            "MARAC",
        ),
        R(
            "csc",
            "MARAC heard the case (Bryony victim). C&F assessment ongoing - SW attended.",
            "",
            "MARAC",
            shift="-1",
        ),
        R("hsg", "MARAC action: housing options appointment for B to be offered.", "", "MARAC"),
        R(
            "canal",
            "MARAC minutes received by email - action for us: tell police where the boat moors.",
        ),
    )
    f.occ(
        "2024-07-08",
        "homeless-app",
        R(
            "hsg",
            "Housing options interview with Bryony (IDVA present). Homeless application taken "
            "- fleeing DA, two children. Offered refuge or TA; B wants to 'think about it'.",
            "10:00",
            "Interview",
        ),
        R(
            "idva",
            "Went with B to Housing Options, application made.",
            "10:00",
            "Support",
            shift="swap",
        ),
    )
    f.occ(
        "2024-07-09",
        "cin-1",
        R(
            "csc",
            "C&F assessment concluded: CIN. First CIN meeting at Threlby Family Hub: Bryony, HV, "
            "IDVA, boater liaison. Plan: school place for Ezra, dog safety, DA work.",
            "13:00",
            "CIN meeting",
        ),
        R(
            "hv",
            "Contact type: CIN meeting. Outcome: attended, dog safety action for HV.",
            "13:00",
            "Meeting",
        ),
        R("idva", "CIN meeting - attended with B.", "", "Meeting"),
        R(
            "canal",
            (
                "Attended a Child in Need meeting at the family hub about the two "
                "children on Kestrel Dawn."
            ),
        ),
    )
    f.occ(
        "2024-07-22",
        "withdrawal",
        R(
            "pol",
            "VICTIM RETRACTION STATEMENT TAKEN (CALLARD) AT THRELBY PS. CPS INFORMED.",
            "15:30",
        ),
    )
    f.occ(
        "2024-07-23",
        "idva-call-retraction",
        R(
            "idva",
            "B rang me - she gave police a retraction statement yesterday afternoon and Jake is "
            "back on the boat.",
            "09:50",
            "Phone",
        ),
    )
    f.occ(
        "2024-08-05",
        "discontinued",
        R("pol", "CPS DISCONTINUED - ORMSBY S39. BAIL CONDS LAPSE.", ""),
        R("csc", "Police advise prosecution of Jake discontinued.", "", "Police", shift="late"),
        R(
            "idva",
            "Case v Jake discontinued by CPS. Safety plan reviewed.",
            "",
            "Update",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-04",
        "school-start",
        R(
            "sch",
            "Category: Admissions. Ezra started in Y3 today. Previously EHE/no school since "
            "Feb. Address: NB Kestrel Dawn, c/o Threlby Marina. Action: DSL to liaise with SW.",
            "08:50",
            "Admission",
        ),
        R("csc", "Ezra has started at Lockbridge Primary (Y3).", "", "Education", shift="late"),
    )
    f.occ(
        "2024-11-19",
        "dog-cpw",
        R(
            "dog",
            "Job 24/3312. Complaint from towpath walker: large bull-type dog off lead attacked "
            "her spaniel near bridge 36. Owner traced: Jake Ormsby, NB Kestrel Dawn. Community "
            "Protection Warning issued in person: dog to be on lead and muzzled on towpath.",
            "",
            "CPW",
        ),
    )
    f.occ(
        "2024-11-20",
        "dog-email",
        R("dog", "Emailed Waterways boater liaison re CPW on Ormsby's dog.", "", "Email"),
        R(
            "canal",
            "Email from the dog warden - Jake has a Community Protection Warning for Tyson "
            "after it went for a spaniel. I'd seen the dog loose myself twice.",
        ),
    )
    f.occ(
        "2024-12-10",
        "school-dog-worry",
        R(
            "sch",
            "Category: Welfare. Ezra said Tyson 'growls at Wren when she touches his food' and "
            "that he has to 'hold Wren up high'. Action: DSL emailed SW and HV.",
            "14:45",
            "Welfare",
        ),
    )
    f.occ(
        "2025-01-13",
        "winter-mooring",
        R(
            "canal",
            "Kestrel Dawn now on a winter mooring at Mossington Basin, berth 14, paid to 31/03. "
            "Family say they will stay put till spring.",
        ),
        R(
            "hv",
            "Contact type: Change of address. Outcome: boat now on winter mooring, Mossington "
            "Basin berth 14.",
            "",
            "Address",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-15",
        "dog-attack-999",
        R(
            "amb",
            "Cat 2. 2F bitten by family dog, face and L forearm, heavy bleeding controlled. "
            "Police requested for dog. Conveyed Threlby General PED.",
            "17:52",
        ),
        R(
            "pol",
            "DOG ATTACK ON 2YR OLD GIRL ON NB KESTREL DAWN, MOSSINGTON BASIN. ATTD W/ "
            "AMBULANCE. FATHER (ORMSBY) HAD BEEN DRINKING, ALONE WITH CHILDREN, MOTHER AT WORK. "
            "DOG SHUT IN FORE CABIN.",
            "17:58",
        ),
    )
    f.occ(
        "2025-02-15",
        "ped",
        R(
            "ed",
            "Triage 18:31: 2y3m F, dog bite L cheek (deep lac 4cm) + L forearm punctures. Cat 2. "
            "Analgesia. Father with child, smelled of alcohol.",
            "18:31",
            "Triage",
        ),
        R(
            "ed",
            "O/E: deep lac L cheek, not through into mouth. Forearm: 5 "
            "punctures, no neurovasc deficit. Abx. Plastics referral. CP concerns re supervision "
            "- safeguarding team aware, EDT called.",
            "19:20",
            "Review",
        ),
        R(
            "ed",
            "Transferred to Calderwick Plastics Unit for washout under GA.",
            "21:40",
            "Transfer",
        ),
    )
    f.occ(
        "2025-02-15",
        "dog-seized",
        R("pol", "DOG SEIZED UNDER S5 DDA 1991 WITH DOG WARDEN. KENNELLED.", "20:30"),
        R("pol", "DOG SEIZED UNDER S5 DDA 1991 WITH DOG WARDEN - KENNELLED.", "20:30"),
        R(
            "dog",
            "Called out by police to Mossington Basin - assisted seizure of bull-type dog "
            "(Tyson) after bite to child. To council kennels.",
            "20:30",
            "Seizure",
        ),
    )
    f.occ(
        "2025-02-15",
        "plastics-admit",
        R(
            "ward",
            "Admitted from Threlby PED 22:50. Mother now present. NBM for theatre am. "
            "Safeguarding flag.",
            "22:50",
            "Admission",
        ),
    )
    f.occ(
        "2025-02-16",
        "theatre",
        R(
            "ward",
            "Theatre: washout + primary closure L cheek, forearm wounds left open. Well post-op.",
            "09:00",
            "Theatre",
        ),
    )
    f.occ(
        "2025-02-16",
        "strat",
        R(
            "csc",
            "Strategy discussion (Sunday, EDT-convened) by phone: EDT TM, DS Maundrell, Kittiwake "
            "Ward nurse in charge, HV on call n/a. Agreed s47 (neglect - supervision, alcohol). "
            "Jake not to be alone with the children; Bryony agrees to go to refuge with both "
            "children on discharge.",
            "13:00",
            "Strategy",
        ),
        R("pol", "STRAT (EDT) - S47 SINGLE AGENCY CSC, POLICE INV DOG OFFENCE.", "13:00"),
        R(
            "ward",
            "Strat discussion by phone - nurse in charge contributed.",
            "13:00",
            "Safeguarding",
        ),
        R(
            "sch",
            "Category: Safeguarding. Minutes received from CSC and pasted here: 'Strategy "
            "discussion (Sunday, EDT-convened) by phone: EDT TM, DS Maundrell, Kittiwake Ward "
            "nurse in charge. Agreed s47 (neglect - supervision, alcohol). Jake not to be alone "
            "with the children; Bryony agrees to go to refuge with both children on "
            "discharge.' Action: DSL to support Ezra.",
            "",
            "Safeguarding",
            shift="+1",
        ),
    )
    f.occ(
        "2025-02-17",
        "school-ezra",
        R(
            "sch",
            "Category: Welfare. Ezra told his teacher 'Tyson bit Wren's face and there was loads "
            "of blood, I rang Mum'. Very tired. Action: DSL rang SW 10:40.",
            "10:40",
            "Welfare",
        ),
        R(
            "csc",
            (
                "Call from DSL Lockbridge: Ezra spoke to teacher about the attack, he "
                "rang mum himself."
            ),
            "10:40",
            "Contact",
        ),
    )
    f.occ(
        "2025-02-20",
        "dc-refuge",
        R(
            "ward",
            "Discharged with mother to refuge (address withheld). Dressings: practice nurse. "
            "Plastics clinic 1/52.",
            "",
            "Discharge",
        ),
        R(
            "csc",
            "Wren discharged from Kittiwake Ward straight to Haven House refuge with Bryony and "
            "Ezra (collected from school).",
            "",
            "Placement",
        ),
        R("idva", "B and children into Haven House refuge today from hospital.", "", "Refuge"),
        R(
            "hv",
            "Contact type: Info. Outcome: Wren discharged to refuge with mum.",
            "",
            "Info",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-02",
        "ped-infect-1",
        R(
            "ed",
            "Triage 11:05: known dog bite 15/02, forearm redness + discharge. T 38.1.",
            "11:05",
            "Triage",
        ),
        R(
            "ed",
            "Wound infection - oral co-amoxiclav, swab sent. Home. Plastics aware.",
            "12:30",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-03",
        "ped-infect-2",
        R(
            "ed",
            "Triage 16:15: re-attends, not tolerating abx (vomiting). Cat 3.",
            "16:15",
            "Triage",
        ),
        R(
            "ed",
            "IV dose given in dept, switched to syrup, home. HV informed.",
            "18:00",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-07",
        "gp-report",
        R("gp", "Report for ICPC sent (both children, parents).", "", "Report"),
    )
    f.occ(
        "2025-03-11",
        "icpc",
        R(
            "csc",
            "ICPC. Both children subject to CP plans - neglect. Jake did not attend. Bryony in "
            "refuge, engaging. Core group 25/03.",
            "10:00",
            "ICPC",
        ),
        R(
            "sch",
            "Category: CP. ICPC - Ezra CP plan (neglect). DSL attended.",
            "10:00",
            "Conference",
        ),
        R("hv", "Contact type: ICPC. Outcome: Wren CP plan neglect.", "10:00", "Conference"),
        R("idva", "ICPC - attended with B.", "", "Meeting"),
        R("pol", "ICPC ATTD - CP PLANS NEGLECT.", "10:00", shift="+1"),
    )
    f.occ(
        "2025-03-13",
        "gp-icpc-letter",
        R("gp", "ICPC outcome letter: CP plans (neglect) for both children.", "", "Safeguarding"),
    )
    f.occ(
        "2025-03-24",
        "dog-charge",
        R(
            "pol",
            "ORMSBY CHARGED S3 DDA 1991 (DOG DANGEROUSLY OUT OF CONTROL CAUSING INJURY). THRELBY "
            "MC 14/04.",
            "11:00",
        ),
        R(
            "csc",
            "Police inform Jake was charged yesterday with the dog offence.",
            "",
            "Police",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-14",
        "mc-plea",
        R(
            "pol",
            (
                "THRELBY MC - GUILTY. DESTRUCTION ORDER ON DOG. DISQ FROM KEEPING DOG "
                "10 YRS. SENTENCE ADJ."
            ),
            "",
        ),
        R("dog", "Court - destruction order made on Tyson. Kennels informed.", "", "Court"),
        R(
            "csc",
            "Jake pleaded guilty at magistrates'; destruction order made on the dog.",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-06",
        "move-ta",
        R(
            "hsg",
            "Offer of TA accepted: 12 Sedgewell Court, Threlby TY4 1NE. Keys issued today.",
            "",
            "TA",
        ),
        R("idva", "B moved from refuge into TA at Sedgewell Court today.", "", "Move"),
        R(
            "sch",
            "Category: Admin. New address for Ezra: 12 Sedgewell Court.",
            "",
            "Address",
            shift="late",
        ),
        R(
            "gp",
            "Change of address - 12 Sedgewell Court TY4 1NE (all 3).",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-10",
        "rcpc",
        R("csc", "RCPC. Plans continue one more review; good progress.", "10:00", "RCPC"),
        R("sch", "Category: CP. RCPC - plan continues.", "10:00", "Conference"),
        R("hv", "Contact type: RCPC. Outcome: Wren's plan continues.", "", "Conference"),
        R("idva", "RCPC - attended.", "", "Meeting", shift="month"),
    )
    f.occ(
        "2025-06-10",
        "core-group",
        R(
            "csc",
            "Core group straight after RCPC (revised plan written).",
            "11:30",
            "Core group",
        ),
        R("hv", "Contact type: Core group. Outcome: plan updated after RCPC.", "11:30", "Meeting"),
    )
    f.fill(
        "canal",
        "2024-04-25",
        "2025-01-05",
        [
            ("", "Sighted Kestrel Dawn at bridge 29, overstayed 14 days. Reminder letter."),
            (
                "",
                (
                    "Spoke with Bryony at the water point, she seemed anxious, Jake called "
                    "her back in."
                ),
            ),
            ("", "Licence renewal query from Jake by phone - told him payment plan possible."),
            ("", "Boat moved to Threlby Marina visitor moorings."),
        ],
        timed=False,
    )
    f.fill(
        "hv",
        "2024-07-22",
        "2024-10-31",
        [("Clinic", "Contact type: Clinic. Outcome: weighed 11.4kg.")],
    )
    f.fill(
        "hv",
        "2024-11-11",
        "2024-12-20",
        [
            (
                "Home visit",
                (
                    "Contact type: Home visit (boat). Outcome: Wren 2yr review, language "
                    "delay (15 words)."
                ),
            )
        ],
    )
    f.fill(
        "hv",
        "2025-05-12",
        "2025-08-29",
        [("Phone", "Contact type: Telephone. Outcome: SALT referral discussed.")],
    )
    f.fill(
        "hv",
        "2025-02-24",
        "2025-05-02",
        [("Home visit", "Contact type: Home visit (refuge). Outcome: scars healing, mum coping.")],
    )
    f.fill(
        "gp",
        "2024-04-20",
        "2025-08-29",
        [
            (
                "Consultation",
                "S: Bryony anxiety, sleep. O: tearful. A: anxiety. P: SSRI discussed, declined.",
            ),
            ("Consultation", "S: Wren cough. O: chest clear. A: viral. P: safety-net."),
            ("Consultation", "S: Ezra headlice + eczema. P: advice, emollient."),
        ],
    )
    f.fill(
        "gp",
        "2025-02-21",
        "2025-02-28",
        [("Nurse", "Practice nurse: Wren dressing change L forearm.")],
    )
    f.fill("gp", "2025-04-01", "2025-04-30", [("Nurse", "Practice nurse: wounds healed.")])
    f.fill(
        "sch",
        "2024-09-10",
        "2025-02-07",
        [
            ("Attendance", "Category: Attendance. Ezra late again - boat moved further out."),
            (
                "Welfare",
                "Category: Welfare. Ezra smelt of woodsmoke, clothes damp. Spare uniform given.",
            ),
            ("Achievement", "Category: Achievement. Star of the week - reading."),
            ("Welfare", "Category: Welfare. Breakfast club place started."),
            ("Attendance", "Category: Attendance. 89% autumn term."),
        ],
    )
    f.fill(
        "sch",
        "2025-05-12",
        "2025-07-18",
        [("Welfare", "Category: Welfare. Ezra settled since moving to Sedgewell Ct.")],
    )
    f.fill(
        "idva",
        "2024-08-12",
        "2025-01-31",
        [
            ("Phone", "Call - B safe, Jake 'calmer'. Safety plan reviewed."),
            ("Phone", "Attempted call, no answer. Text sent."),
        ],
    )
    f.fill("idva", "2025-02-24", "2025-04-30", [("Support", "Freedom Programme place offered.")])
    f.fill("idva", "2025-05-12", "2025-08-29", [("Phone", "Call - B started Freedom Programme.")])
    f.fill(
        "csc",
        "2024-07-15",
        "2025-01-31",
        [
            ("Visit", "CIN visit on boat: Wren and Ezra seen. Dog kept in fore cabin."),
            ("Supervision", "Supervision: CIN plan, DA work slow."),
        ],
    )
    f.fill(
        "csc", "2025-02-24", "2025-05-02", [("Visit", "Visit at refuge - children seen, happier.")]
    )
    f.fill(
        "csc",
        "2025-05-12",
        "2025-08-29",
        [
            ("Visit", "Statutory visit at Sedgewell Court."),
            ("Supervision", "Supervision: CP plan progressing."),
        ],
    )
    f.fill(
        "ward",
        "2025-03-12",
        "2025-04-30",
        [("Clinic", "Plastics clinic: cheek scar maturing, silicone gel, massage.")],
    )
    f.fill(
        "ward",
        "2025-06-16",
        "2025-08-29",
        [("Clinic", "Plastics clinic: 3-month review, consider laser later.")],
    )
    f.fill(
        "hsg",
        "2024-08-12",
        "2025-01-31",
        [("Letter", "Letter to B - application on hold, no contact.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 5: Fenn Quarrington (b. 03/10/2012) and his sister Poppy (b. 27/04/2017), Wrexley Fold.
# They live with their mother Leanne Quarrington (b. 1989) at 58 Spindle Street, Wrexley Fold
# WF6 3LA; her partner Shaun Tillotson (b. 1981) is a registered sex offender (2016, sexual
# assault of a 13-year-old girl) managed by the police public protection unit. Fenn has ADHD
# (Community Paediatrics) and is suspended repeatedly, then permanently excluded from Wrexley
# Fold Academy and placed at Cobb Lane Pupil Referral Unit; Poppy at Hollins Brook Primary.
# Registered at Teasel Green Practice. Failure to notify, MAPPA, CP plans, pre-proceedings.
# --------------------------------------------------------------------------------------------


def _quarrington() -> BlindCase:
    f = Family(
        "quarrington",
        705,
        {
            "sch": Sheet(
                SCHOOL,
                "WrexleyFoldAcademy_CPOMS_Fenn.xlsx",
                "Incidents",
                (("2024-01-01", "Mr O Brackley (DSL)"),),
            ),
            "psch": Sheet(
                SCHOOL,
                "HollinsBrook_safeguarding_Poppy.docx",
                "Table 1",
                (("2024-01-01", "Mrs S Weatherall (DSL)"),),
                typed=False,
            ),
            "pol": Sheet(
                POLICE,
                "Police_PPU_Tillotson_Quarrington.csv",
                "",
                (("2024-01-01", ""),),
                typed=False,
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Tillotson_S.xlsx",
                "nDelius extract",
                (("2025-01-01", "PP D Okonjo-Reeve"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Quarrington_chronology.xlsx",
                "Chronology",
                (("2024-01-01", "MASH"), ("2024-11-08", "Tobias Wrenfield SW")),
            ),
            "gp": Sheet(
                GP,
                "TeaselGreen_Practice_Quarrington.xlsx",
                "Consultations",
                (("2024-01-01", "Dr J Illingworth"),),
            ),
            "paed": Sheet(
                PAEDS,
                "CommPaeds_ADHD_Fenn_Q.docx",
                "Table 1",
                (("2024-01-01", "Dr A Muscroft (paediatrician)"),),
            ),
            "ewo": Sheet(EWO, "EWS_Quarrington_F.xlsx", "Log", (("2024-01-01", "H Pennock EWO"),)),
            "ap": Sheet(
                PRU,
                "CobbLane_PRU_Fenn.xlsx",
                "Log",
                (("2025-03-01", "Ms K Arrowsmith (head of centre)"),),
            ),
            "ed": Sheet(
                ED, "WrexleyGeneral_ED_Fenn.xlsx", "ED", (("2024-01-01", "ED"),), typed=False
            ),
            "eh": Sheet(
                EARLY_HELP,
                "EarlyHelp_Quarrington.xlsx",
                "Notes",
                (("2024-01-01", "Corinne Bex (FSW)"),),
            ),
        },
    )
    f.occ(
        "2024-09-19",
        "susp-1",
        R(
            "sch",
            "Incident: Physical aggression. Fenn (Y8) threw a chair in science after being "
            "moved seats; narrowly missed a pupil. Action: 3-day suspension (20/09-24/09). Mum "
            "informed by phone. Reintegration 25/09.",
            "11:50",
            "Suspension",
        ),
        R(
            "ewo",
            "Suspension notification: Fenn Q, 3 days from 20/09, physical aggression.",
            "",
            "Exclusion",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-08",
        "adhd-review",
        R(
            "paed",
            "ADHD review clinic. Seen with mum. On methylphenidate XL 36mg. School reports "
            "worse behaviour since the summer. Mum says her new partner 'Shaun' helps with "
            "homework and Fenn 'doesn't like being told by him'. Wt 41kg, BP 108/66. Plan: "
            "increase to 45mg, school Conners, review 3 months.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-10-10",
        "paed-letter-gp",
        R("paed", "Clinic letter to GP - dose increase methylphenidate XL 45mg.", "", "Letter"),
        R(
            "gp",
            "Letter from Dr Muscroft: increase methylphenidate XL to 45mg od. Rx updated.",
            "",
            "Letter",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-15",
        "susp-2",
        R(
            "sch",
            "Incident: Verbal abuse / defiance. Fenn swore at Head of Year and left site without "
            "permission. Action: 5-day suspension 16/10-22/10. Letter home.",
            "13:20",
            "Suspension",
        ),
        R(
            "ewo",
            "2nd suspension this term - 5 days from 16/10/24. Consider EH referral.",
            "",
            "Exclusion",
        ),
    )
    f.occ(
        "2024-10-23",
        "eh-referral",
        R(
            "sch",
            "Early Help referral sent (with mum's consent) - behaviour, suspensions.",
            "",
            "Referral",
        ),
        R(
            "eh",
            "Referral in from Wrexley Fold Academy (DSL): Fenn 12, two suspensions, ADHD.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-04",
        "poppy-comment",
        R(
            "psch",
            "Poppy (Y3) told TA during reading that 'Shaun sleeps at ours now' and that he takes "
            "her to the park 'just me and him' when mum is at work. No other concerns. Logged "
            "for DSL, no action at this stage (new partner).",
            "10:15",
        ),
    )
    f.occ(
        "2024-11-06",
        "ppu-visit",
        R(
            "pol",
            "PPU UNANNOUNCED HOME VISIT - RSO SHAUN TILLOTSON AT REGISTERED ADDRESS 4 "
            "CARDER'S YARD. NOT PRESENT, FLAT APPEARS UNOCCUPIED. NEIGHBOUR STATES HE 'LIVES "
            "WITH HIS GIRLFRIEND AND HER KIDS ON SPINDLE ST'. ENQUIRIES.",
            "09:30",
        ),
    )
    f.occ(
        "2024-11-07",
        "police-ref-csc",
        R(
            "pol",
            "REFERRAL TO CSC (MASH) - RSO TILLOTSON BELIEVED RESIDING AT 58 SPINDLE ST WITH "
            "LEANNE QUARRINGTON + 2 CHILDREN (12, 7). NOT NOTIFIED.",
            "15:10",
        ),
        R(
            "csc",
            "Contact from Police PPU: Shaun Tillotson (RSO, 2016 sexual assault on a girl of 13) "
            "believed to be living at 58 Spindle St with Leanne Quarrington and her children "
            "Fenn (12) and Poppy (7), not notified to police.",
            "15:10",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-08",
        "mash",
        R(
            "csc",
            (
                "MASH: checks - Poppy's school log of 04/11 (Shaun sleeps over, park "
                "alone). RAG RED. Strategy."
            ),
            "",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-11-11",
        "strat-1",
        R(
            "csc",
            "Strategy discussion. TM R Cheadle, SW T Wrenfield, DS Hobbis (PPU), DSLs of both "
            "schools, GP by email. Agreed: s47 both children, joint visit with police to mother "
            "today/tomorrow, disclosure to mother under police powers, children seen alone.",
            "09:30",
            "Strategy",
        ),
        R(
            "pol",
            "STRAT - S47 JOINT. DISCLOSURE TO MOTHER AGREED. ARREST RSO FOR S91 FAIL TO NOTIFY.",
            "09:30",
        ),
        R(
            "sch",
            "Strategy meeting re Fenn and sister - DSL attended (Teams). s47.",
            "09:30",
            "Meeting",
        ),
        R("psch", "Strat discussion this morning - I attended. Poppy's comment shared.", "09:30"),
    )
    f.occ(
        "2024-11-11",
        "gp-email-strat",
        R(
            "gp",
            "Email to MASH with GP summary for this morning's strategy discussion (no "
            "safeguarding concerns recorded; Fenn ADHD).",
            "08:50",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-11-12",
        "joint-visit",
        R(
            "csc",
            "Joint visit with DC Farrant to Ms Quarrington. Disclosure made of Shaun's "
            "conviction and registration. Leanne shocked, then angry - said he told her it was "
            "'a misunderstanding with an ex's daughter'. Agreed written safety plan: Shaun not "
            "to stay or have any contact with the children.",
            "16:30",
            "Home visit",
        ),
        R(
            "pol",
            "JOINT VISIT W/ SW - DISCLOSURE TO LEANNE QUARRINGTON OF RSO STATUS. SAFETY PLAN "
            "SIGNED. DC 2290 FARRANT.",
            "16:30",
        ),
    )
    f.occ(
        "2024-11-12",
        "rso-arrest",
        R(
            "pol",
            "SHAUN TILLOTSON ARRESTED 07:05 AT 58 SPINDLE ST - S91 SOA 2003 FAIL TO NOTIFY.",
            "07:05",
        ),
        R(
            "csc",
            "Police arrested Shaun early this morning at Spindle St (failure to notify).",
            "",
            "Police",
        ),
    )
    f.occ(
        "2024-11-13",
        "rso-charge",
        R(
            "pol",
            "TILLOTSON CHARGED S91 SOA. BAIL: RESIDE 4 CARDER'S YARD, NO UNSUPERVISED CONTACT U18.",
            "10:40",
        ),
        R(
            "csc",
            (
                "Shaun charged with failing to notify; bail conditions no unsupervised "
                "contact with children."
            ),
            "",
            "Police",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-14",
        "seen-fenn",
        R(
            "csc",
            "Saw Fenn alone at Wrexley Fold Academy. He said Shaun 'is alright' but 'acts like "
            "my dad'. No disclosures. Fenn knows Shaun 'did something bad'.",
            "10:00",
            "Child seen",
        ),
        R(
            "sch",
            "SW visited to see Fenn in school (room 4, 10am). DSL not present.",
            "10:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-11-14",
        "seen-poppy",
        R(
            "csc",
            "Saw Poppy alone at Hollins Brook in the afternoon. Drew her family: mum, Fenn, "
            "cat, Shaun 'at the park'. No disclosures of harm.",
            "13:45",
            "Child seen",
        ),
        R(
            "psch",
            (
                "SW came in to see Poppy 1.45pm. I sat in at Poppy's request for the "
                "first few minutes."
            ),
            "13:45",
        ),
    )
    f.occ(
        "2024-11-21",
        "gp-two-appts-fenn",
        R(
            "gp",
            (
                "S: Fenn - ADHD med review (post increase). O: BP 110/70, wt 40.5kg. A: "
                "ok. P: continue."
            ),
            "10:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-11-21",
        "gp-two-appts-poppy",
        R(
            "gp",
            "S: Poppy - L ear pain 2/7. O: L TM red, bulging. A: AOM. P: analgesia, delayed abx.",
            "10:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-11-22",
        "police-icpc-report",
        R("pol", "REPORT FOR ICPC SUBMITTED - PREVIOUS CONVICTION + CURRENT BAIL.", ""),
    )
    f.occ(
        "2024-11-26",
        "icpc",
        R(
            "csc",
            "ICPC. Chair J Strudwick. Mother attended, says relationship is over. Both children "
            "made subject to CP plans, category sexual abuse (risk). Core group 03/12.",
            "13:00",
            "ICPC",
        ),
        R("sch", "ICPC - Fenn CP plan (sexual abuse risk). DSL attended.", "13:00", "Conference"),
        R("psch", "Attended ICPC. Poppy now on a CP plan (sexual abuse - risk).", "13:00"),
        R("pol", "ICPC ATTD DC FARRANT. BOTH CHN CP PLANS.", "13:00", shift="+1"),
        R("eh", "ICPC - case now CP; EH closing to SW.", "", "Meeting"),
    )
    f.occ(
        "2024-12-03",
        "mappa",
        R(
            "pol",
            "MAPPA LEVEL 2 MEETING (CAT 1). TILLOTSON. RISK: HIGH TO FEMALE CHILDREN. ACTIONS: "
            "PPU VISITS FORTNIGHTLY, CSC TO SHARE PLAN, HOUSING CHECK.",
            "10:00",
        ),
        R(
            "csc",
            "MAPPA level 2 meeting - SW attended. Risk high to girls under 16.",
            "10:00",
            "MAPPA",
        ),
    )
    f.occ(
        "2024-12-03",
        "core-group-1",
        R(
            "csc",
            "Core group 1 at Hollins Brook, after the MAPPA meeting. Leanne, both DSLs, SW. "
            "Leanne saying she has not seen Shaun.",
            "15:30",
            "Core group",
        ),
        R("sch", "Core group at Hollins Brook 3.30. DSL attended.", "15:30", "Meeting"),
        R("psch", "Core group here (3.30pm).", "15:30"),
    )
    f.occ(
        "2025-01-20",
        "rso-court",
        R(
            "pol",
            (
                "WREXLEY MC - TILLOTSON GUILTY S91. 12 MTH COMMUNITY ORDER, 20 RAR "
                "DAYS, PROB SUPERVISION."
            ),
            "",
        ),
        R("prob", "Sentenced at Wrexley MC: CO 12 months, RAR 20 days. Allocated.", "", "Sentence"),
        R(
            "csc",
            "Shaun sentenced to a community order for failing to notify.",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-28",
        "prob-induction",
        R(
            "prob",
            "Induction appt. S.T. minimises, says Leanne 'knew anyway'. Licence history "
            "reviewed. Discussed MAPPA, notification requirements.",
            "11:00",
            "Appointment",
        ),
    )
    f.occ(
        "2025-02-18",
        "rcpc-1",
        R("csc", "RCPC. Plans continue. Fenn's behaviour at school escalating.", "13:00", "RCPC"),
        R("sch", "RCPC - DSL attended. Plan continues.", "13:00", "Conference"),
        R("psch", "RCPC attended, Poppy doing well in class.", "", shift="-1"),
    )
    f.occ(
        "2025-02-26",
        "perm-ex",
        R(
            "sch",
            "Incident: Assault on staff. Fenn punched Mr Ludgrove (PE) in the face during a "
            "restraint-free de-escalation. Headteacher decision: permanent exclusion. Letter to "
            "parent; governors to meet within 15 school days.",
            "14:10",
            "Permanent exclusion",
        ),
        R(
            "ewo",
            "PERMANENT EXCLUSION notified - Fenn Q, assault on staff, 26/02/25.",
            "",
            "Exclusion",
        ),
        R(
            "csc",
            "School rang: Fenn permanently excluded today after punching a teacher.",
            "15:00",
            "Education",
        ),
    )
    f.occ(
        "2025-03-10",
        "pru-start",
        R(
            "ap",
            "Fenn started today (Y8 group, 09:30-14:00). Mum brought him. Keyworker: Dale. "
            "Settled OK, refused maths.",
            "09:30",
            "Admission",
        ),
        R("ewo", "Fenn on roll at Cobb Lane PRU from today.", "", "School change"),
        R("csc", "Fenn started at Cobb Lane PRU today.", "", "Education", shift="swap"),
    )
    f.occ(
        "2025-03-12",
        "governors",
        R(
            "sch",
            "Governors' disciplinary committee: permanent exclusion upheld. Mum attended.",
            "16:00",
            "Governors",
        ),
        R("ewo", "Attended governors' panel - PEx upheld.", "16:00", "Meeting"),
    )
    f.occ(
        "2025-04-05",
        "ed-hand",
        R(
            "ed",
            (
                "Triage 20:40. 12M punched wall after argument at home. R hand swelling "
                "5th MC. Mum with him."
            ),
            "20:40",
        ),
        R(
            "ed",
            (
                "XR: # neck 5th MC (boxer's). Ulnar gutter POP. Fracture clinic. SG: CP "
                "plan noted, MASH informed."
            ),
            "21:55",
        ),
    )
    f.occ(
        "2025-04-06",
        "ed-od",
        R(
            "ed",
            (
                "Triage 17:15. Took 6 x methylphenidate XL 45mg ~1h ago after row with "
                "mum. HR 128. Cat 2."
            ),
            "17:15",
        ),
        R(
            "ed",
            (
                "Tox: monitor 6h, ECG sinus tachy. Admitted to CDU overnight. CAMHS "
                "liaison am. SG team informed."
            ),
            "18:30",
        ),
    )
    f.occ(
        "2025-04-08",
        "ed-notif-csc",
        R(
            "csc",
            "ED notification: Fenn attended 05/04 (hand fracture, punched wall) and 06/04 (took "
            "6 of his ADHD tablets). SW to visit.",
            "",
            "Hospital notification",
        ),
    )
    f.occ(
        "2025-05-17",
        "call-missing",
        R(
            "pol",
            "19:10 MISPER - FENN QUARRINGTON 12 REPORTED BY MOTHER. LOCATED 20:45 AT SKATE PARK. "
            "RETURNED.",
            "19:10",
        ),
    )
    f.occ(
        "2025-05-17",
        "call-rso",
        R(
            "pol",
            "22:40 CALL FROM NEIGHBOUR - RSO TILLOTSON SEEN ENTERING 58 SPINDLE ST. ATTD 22:55 - "
            "TILLOTSON PRESENT IN KITCHEN, CHILDREN UPSTAIRS. NO OFFENCE (ORDER PERMITS) BUT "
            "BREACH OF CP SAFETY PLAN. ESCORTED FROM ADDRESS. CSC EDT INFORMED.",
            "22:40",
        ),
    )
    f.occ(
        "2025-05-19",
        "csc-notif",
        R(
            "csc",
            "Police notifications from Saturday 17/05: Fenn missing (found at skate park), and "
            "later Shaun found in the kitchen at Spindle St with the children upstairs.",
            "",
            "Police notification",
        ),
    )
    f.occ(
        "2025-05-20",
        "strat-2",
        R(
            "csc",
            "Strategy discussion 2: safety plan breached; Leanne admits seeing Shaun 'now and "
            "again'. Agreed: legal gateway, PLO.",
            "10:00",
            "Strategy",
        ),
        R("pol", "STRAT 2 - BREACH OF SAFETY PLAN. PPU TO REVIEW RSO RISK (MAPPA).", "10:00"),
        R(
            "prob",
            "Strategy discussion - PP attended by phone. S.T. did not disclose the contact.",
            "10:00",
            "Meeting",
        ),
        R("ap", "Strat meeting - attended for Fenn.", "", "Meeting", shift="+1"),
    )
    f.occ(
        "2025-06-04",
        "lbp",
        R(
            "csc",
            "Letter before proceedings hand-delivered to Leanne. PLO meeting 11/06.",
            "",
            "PLO",
        ),
        R(
            "csc",
            "Letter before proceedings hand delivered to Leanne - PLO meeting 11/06.",
            "",
            "PLO",
        ),
    )
    f.occ(
        "2025-06-11",
        "plo-meeting",
        R(
            "csc",
            "PLO meeting: Leanne with solicitor. Agreement: no contact between Shaun and the "
            "children, unannounced visits, protective parenting course.",
            "14:00",
            "PLO meeting",
        ),
    )
    f.occ(
        "2025-07-08",
        "rcpc-2",
        R("csc", "RCPC. Plans continue under PLO. Leanne engaging with course.", "13:00", "RCPC"),
        R("ap", "RCPC - Fenn's plan continues. Attendance 92%.", "13:00", "Meeting"),
        R("psch", "RCPC attended 8/7.", ""),
        R("pol", "RCPC ATTD. PLANS CONTINUE.", "", shift="month"),
    )
    f.occ(
        "2025-09-23",
        "rso-move",
        R(
            "pol",
            (
                "TILLOTSON NOTIFIED NEW ADDRESS - 11 QUERN HILL, BASSETT CROSS (OUT OF "
                "FORCE). VISOR TRANSFER."
            ),
            "12:00",
        ),
        R(
            "prob",
            "S.T. moved to Bassett Cross (11 Quern Hill). Transfer of case requested.",
            "",
            "Change of address",
        ),
    )
    f.occ(
        "2025-11-18",
        "rcpc-3",
        R("csc", "RCPC: CP plans ended; step down to CIN, PLO ended.", "13:00", "RCPC"),
        R("ap", "RCPC - CP plan ended.", "13:00", "Meeting"),
        R("psch", "RCPC - Poppy's plan ended. CIN.", "13:00"),
    )
    f.occ(
        "2025-11-20",
        "gp-rcpc-letter",
        R("gp", "Letter: RCPC outcome - CP plans ended for Fenn and Poppy.", "", "Safeguarding"),
    )
    f.fill(
        "sch",
        "2024-09-05",
        "2025-02-21",
        [
            ("Behaviour", "Incident: Defiance. Refused to hand over phone. Detention."),
            ("Behaviour", "Incident: Disruption. Removed from maths to reflection room."),
            ("Support", "Mentor session with Mr Kaye - Fenn calmer, likes football."),
            ("Behaviour", "Incident: Fight at break with Y9 pupil. Parents of both informed."),
            ("Support", "Pastoral support plan reviewed with mum."),
            ("Medical", "Medical: Fenn missed lunchtime med dose - mum to send new box."),
        ],
    )
    f.fill(
        "psch",
        "2024-09-05",
        "2025-11-14",
        [
            ("", "Poppy tired, said she went to bed late. Mum spoken to at pick up."),
            ("", "Poppy very happy today - star writer."),
            ("", "Attendance 96%."),
        ],
        timed=False,
    )
    f.fill(
        "psch",
        "2024-12-09",
        "2025-02-14",
        [("", "Check-in with Poppy (CP plan) - says home is 'fine'.")],
        timed=False,
    )
    f.fill(
        "psch",
        "2025-03-03",
        "2025-03-28",
        [("", "Poppy upset that Fenn 'got sent away from school'.")],
        timed=False,
    )
    f.fill(
        "ap",
        "2025-03-17",
        "2025-11-14",
        [
            ("Incident", "Fenn threw a pool cue, session ended early, mum collected."),
            ("Progress", "Good week: full attendance, helped in the workshop."),
            ("Incident", "Fenn absconded at lunch, returned 1h later."),
            ("Progress", "Fenn completed his first Entry Level maths unit."),
        ],
    )
    f.fill(
        "ap",
        "2025-04-22",
        "2025-05-16",
        [("Review", "6-week review: reintegration not yet appropriate.")],
    )
    f.fill(
        "csc",
        "2024-11-15",
        "2025-11-14",
        [
            ("Visit", "Unannounced visit, Spindle St. Both children seen. No sign of Shaun."),
            ("Visit", "Statutory visit. Poppy seen alone - happy."),
            ("Direct work", "Direct work with Fenn - worries and anger, 'volcano' sheet."),
            ("Visit", "Unannounced visit. Leanne defensive."),
            ("Visit", "Statutory visit - children seen, good home conditions."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-06",
        "2025-04-30",
        [("Supervision", "Supervision: consider PLO if any further breach.")],
    )
    f.fill(
        "pol",
        "2024-12-05",
        "2025-09-19",
        [
            ("", "PPU HOME VISIT TILLOTSON 4 CARDER'S YARD - PRESENT, COMPLIANT."),
            ("", "PPU HOME VISIT TILLOTSON - DEVICES CHECKED, NIL."),
            ("", "PPU HOME VISIT - NOT IN, CARD LEFT."),
        ],
        timed=False,
    )
    f.fill(
        "prob",
        "2025-02-03",
        "2025-09-19",
        [
            ("Appointment", "Supervision - RAR session, victim awareness."),
            ("Appointment", "Supervision - attended, discussed relationship with Leanne."),
            ("Missed", "FTA - warning letter issued."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-05",
        "2025-11-14",
        [
            ("Prescription", "Repeat: methylphenidate XL (CD) issued 30 days."),
            (
                "Consultation",
                (
                    "S: Leanne - low mood, 'everything falling apart'. A: depression. P: "
                    "sertraline 50mg."
                ),
            ),
            (
                "Consultation",
                "S: Poppy - bedwetting again. O: urine dip NAD. A: secondary enuresis. P: advice.",
            ),
        ],
    )
    f.fill(
        "paed",
        "2025-01-13",
        "2025-03-28",
        [("Clinic", "ADHD review: wt static, appetite poor. Consider switch to lisdexamfetamine.")],
    )
    f.fill(
        "paed",
        "2025-04-22",
        "2025-11-14",
        [
            (
                "Clinic",
                "ADHD review by phone with mum - tablets now held by mum and dispensed daily.",
            )
        ],
    )
    f.fill(
        "eh",
        "2024-10-28",
        "2024-11-05",
        [("Visit", "EH assessment started - mum and Fenn seen at home.")],
    )
    f.fill(
        "ewo",
        "2024-11-18",
        "2025-02-14",
        [("Attendance", "Attendance check Fenn - 81% inc. suspensions.")],
    )
    f.fill(
        "ewo",
        "2025-04-22",
        "2025-11-14",
        [("Attendance", "PRU attendance 88% - improving.")],
    )
    return f.case()


def blind_dedup_cases_7() -> list[BlindCase]:
    """The cases, in a fixed order."""
    return [_marankeh(), _hollinrake(), _scolley(), _callard(), _quarrington()]


if __name__ == "__main__":
    summary(blind_dedup_cases_7)
