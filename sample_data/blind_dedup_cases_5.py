"""A fifth set of blind labelled cases for judging duplicate detection.

Four wholly fictional families, 104-160 chronology rows each, from nine to eleven services (ten
or eleven sheets) over thirteen to nineteen months, unlike each other and unlike the earlier
blind sets' families: a baby born substance-exposed to a sixteen-year-old mother who is herself
looked after, in a parent-and-child foster placement; an eight-year-old autistic boy whose
mother has a severe relapsing mental illness (crisis team, psychiatric admissions, police
welfare checks, Mental Health Act assessments, kinship care); a thirteen-year-old boy groomed and
sexually exploited online, with a police online-abuse investigation, a CEOP report, an overdose,
self-harm and a criminal trial; an eleven-year-old girl privately fostered by a family friend
with no recourse to public funds, found to be kept in domestic servitude (National Referral
Mechanism, trafficking guardian, police protection). Written blind: composed from the domain
brief, the `Event` schema and the fourth blind set (read for its format, helpers and labelling
rules; none of its families, services' wordings or places reused), without reading the
duplicate rules, their settings, the linkage model, any result or any other labelled set, and
without running the merge on these cases, so nothing in the model can have been fitted to them
(issue 12, "Generalisation practice"). Kept apart from tuning: measure on them blind first.

The services write very differently, as real returns do: some police returns are terse capital
codes, social care writes long narrative paragraphs, some health services fill a template inside
the text ("Contact type: ... Outcome: ..."), a nurse and a designated safeguarding lead write in
the first person, and one service's return copies another service's text word for word under
its own preface (sometimes the same occurrence, a meeting minute pasted in; sometimes not, a
police log quoted in the social care entry recording the notification's receipt).

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event was noted
by one service on the next day.

How the rows were labelled (the fourth blind set's rules, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN review, looked-after review,
  discharge planning meeting, professionals' meeting, court hearing), in whatever words, with
  whatever time or none, and on each child's sheet where a service keeps one sheet per child,
  is one occurrence. A minute pasted into another service's return under its own preface is a
  record of the same meeting.
- Both ends of one phone call (or one referral, notification or email sent and received) are
  one occurrence, even when the receiving service logs it the next day. A later call back,
  another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day, quoting the police reference or
  pasting the police text; so are the MASH screening, the hospital's notice of an attendance to
  the health visitor, GP or school nurse, and a discharge or clinic letter. An incident attended
  by police and ambulance together is one occurrence; the emergency department attendance that
  follows is another.
- Life events (a birth, a house move, a placement start or end, a school start, a GP
  registration, an admission to or discharge from a psychiatric ward, an arrest, a charge, a
  court result or order) recorded by two services on the same day, or by one of them the next
  day, are one occurrence when they name the same specifics. An arrest and a charge on different
  days are two occurrences; so are two people's arrests on one day.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- Where one step leads straight to the next, each step is its own occurrence, as the incident
  and the emergency department attendance are: a birth and the baby's admission to the neonatal
  unit; a Mental Health Act assessment (police assisting it are part of it) or a community
  treatment order recall served at home, and the ward admission that follows; police protection
  taken at school and the foster placement that evening. A baby discharged from the neonatal
  unit straight into a placement is one occurrence with the placement start.
- A request to the police for a welfare check and the police log of that request are both ends
  of one call. A police officer's call to the social worker to report a charge is a call, not
  the charge; a social care entry that simply records a charge, verdict or sentence is a record
  of that court event. A decision (reasonable or conclusive grounds, a support decision letter)
  recorded by each service that received it is one occurrence with its sending.
- A clinic letter pasted word for word into the GP record is the letter, not the appointment;
  a ward's note that it escorted a patient to a conference is a record of the conference.
- Look-alikes kept apart: two different meetings on one day (a strategy discussion and a looked
  after review, a professionals' meeting, a safety planning meeting or a legal gateway meeting;
  a placement planning meeting and a discharge planning meeting; an ICPC and the first core
  group; a looked after review and a PEP meeting), repeat police call-outs to one address on one
  day, a missing report and the found report, two people's arrests or moves on one day,
  emergency department attendances on consecutive days, separate visits by two agencies on one
  day, routine appointments or registrations for a mother and her baby (or two children) in one
  session, two referrals by one GP on consecutive days to different services, a report sent
  before a conference or meeting and the meeting itself, a letter before proceedings and the
  pre-proceedings meeting.

Everything is invented: people, workers, schools, colleges, surgeries, hospitals, wards, towns,
police forces, addresses, postcodes and reference numbers. Deterministic: one fixed seed per
case (it only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_5.py      # prints a summary of each case
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
COLLEGE = "College"
HOUSING = "Housing"
AMBULANCE = "Ambulance Service"
NEONATAL = "Neonatal Unit"
FNP = "Family Nurse Partnership"
LEAVING_CARE = "Leaving Care Service"
FOSTERING = "Fostering Service"
IRO = "Independent Reviewing Service"
CAFCASS = "Cafcass"
YP_DRUGS = "Young People's Substance Misuse Service"
CMHT = "Community Mental Health Team"
CRISIS = "Crisis Resolution and Home Treatment"
WARD = "Adult Inpatient Mental Health"
AMHP = "Approved Mental Health Professional Service"
CAMHS = "CAMHS"
DCT = "Disabled Children's Team"
YOUNG_CARERS = "Young Carers Service"
SCHOOL_NURSE = "School Nursing"
ISVA = "Children's ISVA Service"
YOUTH = "Youth Service"
NRPF = "No Recourse to Public Funds Team"
ICTG = "Independent Child Trafficking Guardian"
MIGRANT = "Migrant Support Charity"
LAC_HEALTH = "Looked After Children Health"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, COLLEGE, SCHOOL_NURSE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Brennock family, Hollinsford and Dunsby. Kacey Brennock (b. 09/01/2008), looked
# after on a care order, placed with foster carers Lorna and Pete Gadsby at 12 Kittering Lane,
# Hollinsford HF7 2QP. Her boyfriend Dylan Marsh (b. 2005) deals heroin. Kacey's son Ellis is
# born at 35 weeks on 14/06/2024 at Hollinsford General with neonatal abstinence syndrome;
# mother and baby go to a parent-and-child foster placement with Ruth Ambler at 3 Saltmarsh
# Row, Dunsby QD4 8LT; it breaks down in October 2024; Ellis goes to foster carers Jan and
# Colin Petrie, Kacey to Kestrel House (supported accommodation), and Ellis finally to his
# paternal grandmother Sandra Marsh at 17 Pelham Rise, Dunsby QD2 5WF, on a special
# guardianship order.
# --------------------------------------------------------------------------------------------


def _brennock() -> BlindCase:
    f = Family(
        "brennock",
        5107,
        {
            "pol": Sheet(
                POLICE,
                "Hollinsford_Constabulary_Brennock.xlsx",
                "Export",
                (("2024-01-01", "PC 4471 WARDLE"), ("2024-06-01", "DC 2290 FENWICK (CAIT)")),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Ellis_Brennock.xlsx",
                "Case chronology",
                (
                    ("2024-01-01", "MASH"),
                    ("2024-02-06", "Niamh Corrigan (SW, Pre-birth team)"),
                    ("2024-10-14", "Tobias Renshaw (SW, Court team)"),
                ),
            ),
            "cic": Sheet(
                CSC,
                "CiC_Team_Kacey_Brennock.xlsx",
                "Chronology",
                (("2024-01-01", "Ayesha Mirza (SW, Children in Care)"),),
            ),
            "mw": Sheet(
                MW,
                "Hollinsford_General_Maternity.xlsx",
                "Safeguarding midwife",
                (("2024-01-01", "Carys Penhallow (Specialist MW, substance misuse)"),),
                typed=False,
            ),
            "nnu": Sheet(
                NEONATAL,
                "Hollinsford_General_NNU.xlsx",
                "Ellis Brennock",
                (("2024-06-01", "NNU nursing / Dr Imre Balogh"),),
            ),
            "fnp": Sheet(
                FNP,
                "FNP_Kacey_B.xlsx",
                "Visits",
                (("2024-01-01", "Gwen Latimer (Family Nurse)"),),
            ),
            "gp": Sheet(
                GP,
                "Saltmarsh_Surgery_extract.xlsx",
                "Consultations",
                (("2024-01-01", "Dr Ferdinand Oyelaran"),),
                typed=False,
            ),
            "ypsm": Sheet(
                YP_DRUGS,
                "Tidewater_YP_Drug_Service.xlsx",
                "Case notes",
                (("2024-01-01", "Marcus Holroyd (Recovery worker)"),),
            ),
            "fos": Sheet(
                FOSTERING,
                "Fostering_SSW_records.xlsx",
                "Brennock",
                (("2024-01-01", "Deborah Ince (Supervising SW)"),),
            ),
            "iro": Sheet(
                IRO,
                "IRO_Kacey_Brennock.xlsx",
                "Reviews",
                (("2024-01-01", "Philippa Raeburn (IRO)"),),
            ),
            "caf": Sheet(
                CAFCASS,
                "Cafcass_Brennock_Ellis.xlsx",
                "Case log",
                (("2024-10-01", "Hamish Okonjo (Children's Guardian)"),),
            ),
        },
    )
    o = f.occ
    o(
        "2024-01-16",
        "gp-upt",
        R(
            "gp",
            "16yo (LAC) attends with foster carer. Missed periods since Oct. UPT positive. Est "
            "15/40. Admits cannabis daily and 'blues' (street diazepam) most days, heroin "
            "smoked 'a few times' with bf. Folic acid, advice. Refer maternity + Tidewater YP",
            "11:20",
        ),
    )
    o(
        "2024-01-16",
        "carer-call-cic",
        R(
            "cic",
            "Foster carer Lorna Gadsby rang after GP appointment this morning: Kacey is about 15 "
            "weeks pregnant. Father believed to be Dylan Marsh, 18/19, who Kacey has been "
            "seeing since the summer. Lorna worried about drugs. I will visit tomorrow.",
            "14:05",
            "Telephone",
        ),
    )
    o(
        "2024-01-17",
        "gp-mw-ref",
        R("gp", "Referral to maternity (late booking, LAC, substance use) sent via e-RS", "09:10"),
        R(
            "mw",
            "Contact type: Referral received. From: Saltmarsh Surgery (Dr Oyelaran). Reason: "
            "16yo looked after, approx 15/40, cannabis/benzo/heroin use. Outcome: booking "
            "appt offered 25/01 with specialist MW",
            shift="+1",
        ),
    )
    o(
        "2024-01-18",
        "gp-ypsm-ref",
        R("gp", "Referral to Tidewater YP drug service emailed (pt consents)", "12:40"),
        R(
            "ypsm",
            "Contact type: Referral in. Source: GP (Saltmarsh Surgery). Presenting: pregnant "
            "16yo, daily cannabis, street benzos, smoked heroin. Outcome: priority - allocated "
            "to MH",
            "15:30",
            "Referral",
        ),
    )
    o(
        "2024-01-25",
        "mw-booking",
        R(
            "mw",
            "Contact type: Booking appointment (antenatal clinic). Present: Kacey, foster carer "
            "Lorna. Gestation 16+3 by scan. Disclosed heroin smoked 2-3x/wk, diazepam, cannabis. "
            "Outcome: consultant-led care, pre-birth referral to MASH to be made, YP drug "
            "service aware",
        ),
    )
    o(
        "2024-01-30",
        "mw-mash-ref",
        R(
            "mw",
            "Contact type: Safeguarding referral (unborn). To: Hollinsford MASH via portal. "
            "Outcome: submitted 10:45, ref MASH/24/00712",
            ref="MASH/24/00712",
        ),
        R(
            "csc",
            "Referral received from the specialist substance misuse midwife at Hollinsford "
            "General concerning Kacey Brennock's unborn baby, due around the middle of July. "
            "Kacey is sixteen and already looked after by this authority. The midwife reports "
            "that Kacey has been smoking heroin and using street diazepam and cannabis during "
            "the pregnancy, booked very late, and that the father is thought to be an adult "
            "male known to police for drug supply. Referral passed to the pre-birth team for "
            "an assessment.",
            "11:02",
            "Contact/Referral",
            ref="MASH/24/00712",
        ),
    )
    o(
        "2024-02-06",
        "csc-allocate",
        R(
            "csc",
            "The case was allocated to Niamh Corrigan in the pre-birth team, who will complete "
            "a pre-birth child and family assessment working alongside Kacey's own social "
            "worker in the Children in Care team so that Kacey hears one message.",
            "",
            "Allocation",
        ),
    )
    o(
        "2024-02-08",
        "ypsm-assess",
        R(
            "ypsm",
            "Contact type: Comprehensive assessment (face to face, Tidewater base). Kacey reports "
            "heroin smoked 3x/wk since Nov (supplied by bf), 4-6 blues a day, cannabis daily. "
            "Outcome: keen to stop for baby; referral to prescriber for substitute therapy",
            "14:00",
            "Assessment",
        ),
    )
    o(
        "2024-02-13",
        "fnp-enrol",
        R(
            "fnp",
            "I visited Kacey at her foster home for the first time and she agreed to join the "
            "programme. She was shy but warmed up when we talked about names for the baby. I "
            "explained I will be her nurse until Ellis is two.",
            "10:30",
            "Enrolment visit",
        ),
    )
    o(
        "2024-02-20",
        "pol-stop",
        R(
            "pol",
            "STOP CHECK VEH VRN KX19 PLD @ 2140 HRS ROWLEY RD. DRIVER DYLAN MARSH 19YRS "
            "SEARCHED S23 MDA - 14 WRAPS BROWN (SUSP HEROIN) + £620 CASH. ARRESTED PWITS CLASS "
            "A. FEMALE PASSENGER KACEY BRENNOCK 16YRS (LAC, PREGNANT) TAKEN HOME TO CARERS. PPN "
            "SUBMITTED",
            "21:40",
            "Arrest",
            ref="HC/24/118832",
        ),
    )
    o(
        "2024-02-21",
        "cic-ppn",
        R(
            "cic",
            "PPN received from police, pasted here: 'STOP CHECK VEH VRN KX19 PLD @ 2140 HRS "
            "ROWLEY RD. DRIVER DYLAN MARSH 19YRS SEARCHED S23 MDA - 14 WRAPS BROWN (SUSP "
            "HEROIN) + £620 CASH. ARRESTED PWITS CLASS A. FEMALE PASSENGER KACEY BRENNOCK 16YRS "
            "(LAC, PREGNANT) TAKEN HOME TO CARERS.' Shared with pre-birth SW.",
            "09:15",
            "Notification",
            ref="HC/24/118832",
        ),
    )
    o(
        "2024-02-22",
        "pol-rui",
        R(
            "pol",
            "MARSH D INTERVIEWED, NO COMMENT. RELEASED UNDER INVESTIGATION PENDING LAB",
            "16:30",
            "Custody",
            ref="HC/24/118832",
        ),
    )
    strat1 = (
        "Pre-birth strategy discussion (Teams) chaired by Team Manager: unborn baby of Kacey "
        "Brennock (16, LAC). Heroin, benzodiazepine and cannabis use in pregnancy; father Dylan "
        "Marsh arrested 20/02 for PWITS class A. Agreed: threshold met for S47 (unborn), ICPC "
        "to be convened, police to share Marsh's intelligence, FNP and specialist midwife to "
        "continue."
    )
    o(
        "2024-03-05",
        "strategy-1",
        R("csc", strat1, "10:00", "Strategy discussion"),
        R("cic", "Copied from the unborn baby's file for completeness: " + strat1, "", "Meeting"),
        R(
            "pol",
            "STRAT DISC ATTENDED RE UNBORN BRENNOCK. S47 AGREED. INTEL ON MARSH SHARED",
            "10:00",
            "Strategy",
        ),
        R(
            "mw",
            "Contact type: Strategy discussion (Teams). Outcome: S47 for unborn, ICPC to be "
            "booked; MW to continue fortnightly ANC",
        ),
        R(
            "fnp",
            "I joined the strategy meeting on Teams. I said Kacey has kept every visit with me "
            "and is honest about her use. Section 47 agreed.",
            "10:05",
            "Meeting",
        ),
    )
    o(
        "2024-03-05",
        "cla-review-1",
        R(
            "iro",
            "CLA review (3rd) held at the Gadsby home. Kacey attended part. Placement stable "
            "but carers cannot offer a mother-and-baby placement. Actions: SW to identify a "
            "parent-and-child placement by 28/40; PEP to note pregnancy; health assessment due",
            "14:00",
            "CLA review",
        ),
        R(
            "cic",
            "Kacey's looked after review this afternoon at home with Philippa (IRO). Kacey "
            "spoke for herself about wanting to keep her baby. Parent and child placement "
            "search to start.",
            "14:00",
            "CLA review",
        ),
        R(
            "fos",
            "Attended Kacey's CLA review at carers' home (Gadsby). Carers clear they cannot "
            "take the baby - P&C placement needed",
            "14:00",
            "Meeting",
        ),
    )
    o(
        "2024-03-12",
        "mw-csc-call",
        R(
            "mw",
            "Contact type: Telephone (outgoing) to SW N Corrigan. Outcome: shared scan result "
            "(growth 10th centile) and missed ANC 11/03",
        ),
        R(
            "csc",
            "The specialist midwife rang to say that Kacey missed her antenatal appointment "
            "yesterday and that the growth scan shows the baby on the tenth centile. I agreed "
            "to raise this at the conference.",
            "12:35",
            "Telephone call",
        ),
    )
    o(
        "2024-04-11",
        "gp-icpc-report",
        R(
            "gp",
            "ICPC report completed and emailed to CP conference admin. Unable to attend",
            "17:10",
        ),
    )
    icpc_ppl = "Kacey, SW x2, FNP, MW, police, YP drug service"
    o(
        "2024-04-16",
        "icpc",
        R(
            "csc",
            "Initial child protection conference for the unborn baby of Kacey Brennock, "
            f"attended by {icpc_ppl}. The conference heard that Kacey has begun "
            "to reduce her drug use with support, but that she continues to see Dylan Marsh, "
            "who is under investigation for supplying heroin. Unanimous decision that the "
            "unborn baby be made the subject of a child protection plan under the category of "
            "neglect. Outline plan agreed.",
            "09:30",
            "ICPC",
        ),
        R(
            "cic",
            "Attended ICPC for Kacey's unborn baby as her SW. CP plan - neglect. I supported "
            "Kacey in the meeting.",
            "09:30",
            "Meeting",
        ),
        R(
            "mw",
            "Contact type: Initial child protection conference. Outcome: unborn subject to CP "
            "plan (neglect); birth plan + hospital alert to be completed by MW",
        ),
        R(
            "fnp",
            "I went to the initial conference with Kacey. She cried when the plan was agreed and "
            "I sat with her afterwards. Unborn is on a CP plan for neglect.",
            "09:30",
            "Conference",
        ),
        R("pol", "ICPC - UNBORN BRENNOCK - CPP NEGLECT. DC FENWICK ATT", "09:30", "Conference"),
        R(
            "ypsm",
            "Contact type: Multi-agency meeting (ICPC). Outcome: CP plan agreed for unborn; "
            "Tidewater to provide weekly keywork + prescribing",
            "09:30",
            "Meeting",
        ),
    )
    o(
        "2024-04-16",
        "core-group-1",
        R(
            "csc",
            "The first core group met straight after the conference to turn the outline plan "
            "into actions with dates; Kacey stayed for it. Next core group 21 May.",
            "11:15",
            "Core group",
        ),
        R(
            "fnp",
            "I stayed for the first core group after the conference. I am to visit weekly and "
            "cover safe sleep and NAS with Kacey.",
            "11:15",
            "Meeting",
        ),
    )
    o(
        "2024-04-23",
        "ypsm-methadone",
        R(
            "ypsm",
            "Contact type: Prescriber review (Dr Sato, joint). Outcome: methadone 20ml daily "
            "commenced, supervised consumption at Marrowby Pharmacy; weekly urine screens",
            "13:30",
            "Prescribing",
        ),
    )
    o(
        "2024-05-02",
        "pol-missing",
        R(
            "pol",
            "MISSING PERSON - KACEY BRENNOCK 16YRS LAC, 30/40 PREG. REPORTED BY CARER 2310. "
            "MEDIUM RISK. LIKELY WITH DYLAN MARSH",
            "23:10",
            "Missing",
            ref="HC/24/187040",
        ),
    )
    o(
        "2024-05-03",
        "pol-found",
        R(
            "pol",
            "MISSING FOUND - KACEY BRENNOCK AT 41 GORSLEY COURT (MARSH ADDRESS) 0430. RETURNED "
            "TO CARERS. NO INJURIES",
            "04:30",
            "Missing found",
            ref="HC/24/187040",
        ),
    )
    o(
        "2024-05-03",
        "cic-missing-note",
        R(
            "cic",
            "Missing notification received from police: Kacey missing overnight, found at "
            "Dylan's flat 04:30 and returned home. Return interview to be arranged.",
            "10:20",
            "Notification",
            ref="HC/24/187040",
        ),
    )
    o(
        "2024-05-14",
        "ypsm-twice",
        R(
            "ypsm",
            "Contact type: Keywork session. Urine screen: methadone +, opiates (morphine) +, "
            "benzos -. Outcome: on top use discussed; reduce contact with supplier",
            "15:00",
            "Keywork",
        ),
        R(
            "ypsm",
            "Contact type: Keywork session. Urine screen: methadone +, opiates (morphine) +, "
            "benzos -. Outcome: on-top use discussed, reduce contact with supplier",
            "15:00",
            "Keywork",
        ),
    )
    o(
        "2024-05-21",
        "core-group-2",
        R(
            "csc",
            "Core group at the Gadsby home. Kacey is engaging with her prescriber and her "
            "family nurse, but the missing episode on 2 May and the positive opiate screen "
            "are worrying. A parent and child placement with Ruth Ambler in Dunsby has been "
            "identified.",
            "13:00",
            "Core group",
        ),
        R(
            "fnp",
            "Core group at Kacey's carers'. I shared that Kacey has packed a hospital bag "
            "and done the NAS session with me.",
            "13:00",
            "Meeting",
        ),
        R(
            "mw",
            "Contact type: Core group. Outcome: P&C placement identified (Dunsby); birth plan "
            "shared",
            shift="+1",
        ),
    )
    o(
        "2024-06-14",
        "birth",
        R(
            "mw",
            "Contact type: Delivery. SVD 03:12 at 35+1/40, live male 2.10kg. Mother: methadone "
            "40ml. Outcome: baby to NNU for NAS observation; hospital alert followed",
        ),
        R(
            "csc",
            "Kacey gave birth to a boy, Ellis, at 03:12 this morning at Hollinsford General, at "
            "35 weeks and weighing 2.1kg. Ellis has been taken to the neonatal unit to be "
            "watched for withdrawal. The hospital alert is in place and Ellis is not to be "
            "discharged without the agreement of this department.",
            "09:40",
            "Birth",
        ),
        R("cic", "Kacey has had her baby - Ellis, born 14/06/2024 03:12, 2.1kg.", "", "Birth"),
        R(
            "fnp",
            "Ellis was born yesterday at 03:12 at 35 weeks, 2.1kg - Kacey texted me a photo. "
            "He is on the neonatal unit.",
            "",
            "Birth",
            shift="late",
        ),
    )
    o(
        "2024-06-14",
        "nnu-admit",
        R(
            "nnu",
            "Admitted from delivery suite 03:40. 35+1, 2.10kg. In utero exposure methadone, "
            "heroin, benzodiazepines. Finnegan scoring 4-hourly commenced",
            "03:40",
            "Admission",
        ),
    )
    o(
        "2024-06-15",
        "nnu-morphine",
        R(
            "nnu",
            "Finnegan 12 and 11 consecutive - oral morphine 40mcg/kg 4hrly started. Mum "
            "visiting, doing cares",
            "18:00",
            "Treatment",
        ),
    )
    strat2 = (
        "Strategy discussion on the neonatal unit: Ellis on oral morphine for NAS; Kacey "
        "visiting well; Dylan Marsh visited the unit yesterday and staff smelt cannabis. "
        "Agreed: S47 continues, discharge only to a parent and child placement, Dylan's "
        "visits supervised."
    )
    o(
        "2024-06-17",
        "strategy-2",
        R("csc", strat2, "11:00", "Strategy discussion"),
        R("cic", "Copied from Ellis's file: " + strat2, "", "Meeting"),
        R(
            "nnu",
            "Strategy meeting held in NNU seminar room with SW, police, FNP, MW. Plan: no "
            "discharge without CSC; father's visits supervised",
            "11:00",
            "Meeting",
        ),
        R("pol", "STRAT DISC @ HGH NNU RE ELLIS BRENNOCK. S47 CONT", "11:00", "Strategy"),
        R(
            "fnp",
            "I attended the strategy meeting on the neonatal unit. Discharge to P&C placement "
            "only.",
            "11:00",
            "Meeting",
        ),
    )
    o(
        "2024-06-24",
        "legal-gateway-1",
        R(
            "csc",
            "Legal gateway meeting: threshold for proceedings is met, but the plan is a parent "
            "and child placement under a written agreement and the PLO, not an application.",
            "15:00",
            "Legal planning",
        ),
    )
    o(
        "2024-07-01",
        "placement-planning",
        R(
            "fos",
            "Placement planning meeting for P&C placement with Ruth Ambler (Fostering office). "
            "Written agreement and house rules signed by Kacey",
            "10:00",
            "Meeting",
        ),
        R(
            "cic",
            "Placement planning meeting at the fostering office: Kacey signed the written "
            "agreement for the parent and child placement.",
            "10:00",
            "Meeting",
        ),
    )
    o(
        "2024-07-01",
        "discharge-planning",
        R(
            "nnu",
            "Discharge planning meeting 14:00: morphine weaned off 28/06, feeding well, "
            "weight 2.32kg. Discharge planned 03/07 to P&C placement",
            "14:00",
            "Discharge planning",
        ),
        R(
            "csc",
            "Discharge planning meeting on the neonatal unit. Ellis is now off morphine and "
            "feeding well. He will be discharged on Wednesday to the parent and child "
            "placement with Ruth Ambler.",
            "14:00",
            "Meeting",
        ),
        R(
            "fnp",
            "I went to Ellis's discharge planning meeting. I will visit the placement on the "
            "day after discharge.",
            "14:00",
            "Meeting",
        ),
        R("fos", "Discharge planning mtg at NNU (with carer Ruth)", "14:00", "Meeting"),
    )
    o(
        "2024-07-03",
        "pc-placement",
        R(
            "nnu",
            "Discharged to parent & child foster placement (carer R Ambler, 3 Saltmarsh Row, "
            "Dunsby) with mother",
            "11:30",
            "Discharge",
        ),
        R(
            "fos",
            "Kacey and Ellis placed with Ruth Ambler, 3 Saltmarsh Row, Dunsby (P&C)",
            "13:00",
            "Placement start",
        ),
        R(
            "csc",
            "Ellis and his mother were discharged from hospital today and moved into the parent "
            "and child placement with Ruth Ambler at 3 Saltmarsh Row, Dunsby.",
            "",
            "Placement",
        ),
        R(
            "cic",
            "Placement move: Kacey now at 3 Saltmarsh Row, Dunsby QD4 8LT (P&C with Ellis)",
            "",
            "Placement change",
            shift="late",
        ),
    )
    o(
        "2024-07-03",
        "nnu-letter",
        R("nnu", "Discharge summary sent to GP and FNP", "15:00", "Letter"),
        R(
            "gp",
            "Discharge summary from Hollinsford NNU received: NAS, oral morphine 15/06-28/06, "
            "d/c to P&C foster placement with mum. Registered? - check",
            shift="+2",
        ),
    )
    o(
        "2024-07-09",
        "gp-reg-ellis",
        R("gp", "New patient registration: Ellis BRENNOCK, DOB 14/06/2024, c/o 3 Saltmarsh Row"),
        R("fos", "Ruth took Ellis to register at Saltmarsh Surgery", "", "Health"),
    )
    o(
        "2024-07-09",
        "gp-address-kacey",
        R("gp", "Change of address: Kacey BRENNOCK, DOB 09/01/2008, now c/o 3 Saltmarsh Row"),
    )
    o(
        "2024-07-11",
        "fnp-visit",
        R(
            "fnp",
            "I visited Kacey and Ellis at Ruth's. Ellis 2.45kg, feeding 3-hourly. Kacey handles "
            "him gently but gets frustrated when he cries; we practised soothing.",
            "10:00",
            "Home visit",
        ),
    )
    o(
        "2024-07-11",
        "fos-visit",
        R(
            "fos",
            "SSW visit to Ruth. Routine settling well; Kacey out till 11pm Tues - Ruth did the "
            "night feeds",
            "15:30",
            "Supervisory visit",
        ),
    )
    o(
        "2024-07-12",
        "fos-rcpc-report",
        R("fos", "Report for RCPC sent to conference admin", "", "Report"),
    )
    rcpc1 = "RCPC - ELLIS BRENNOCK - CPP CONTINUES (NEGLECT). DC FENWICK ATT"
    o(
        "2024-07-16",
        "rcpc-1",
        R(
            "csc",
            "First review child protection conference for Ellis, now a month old. Kacey's "
            "care of Ellis in placement is good when she is there, but she has stayed out late "
            "twice and told the carer she was at Dylan's. Ellis remains subject to a child "
            "protection plan under the category of neglect.",
            "13:30",
            "RCPC",
        ),
        R("cic", "RCPC for Ellis. Remains on CP plan. Kacey attended with me.", "", "Meeting"),
        R(
            "fnp",
            "Review conference for Ellis. I reported good attachment but Kacey's late nights. "
            "CP plan continues.",
            "13:30",
            "Conference",
            shift="-1",
        ),
        R("pol", rcpc1, "13:30", "Conference"),
        R(
            "ypsm",
            "Contact type: RCPC. Outcome: CP plan continues; Tidewater to share screens "
            "fortnightly",
            "13:30",
            "Meeting",
        ),
        R("fos", "RCPC attended - CP plan to continue", "13:30", "Meeting"),
    )
    o(
        "2024-07-29",
        "gp-ellis-check",
        R(
            "gp",
            "Ellis 6-8 week baby check. Wt 3.4kg. Hips, heart, eyes normal. Jittery when "
            "handled earlier, now settled. Imms due",
        ),
    )
    o(
        "2024-07-29",
        "gp-kacey-check",
        R(
            "gp",
            "Kacey 6 week postnatal check. Mood 'ok', EPDS 11. Contraception: implant "
            "discussed, declined. Methadone via Tidewater",
        ),
    )
    o(
        "2024-07-30",
        "pol-charge",
        R(
            "pol",
            "MARSH D CHARGED PWITS CLASS A X2 (LAB CONFIRMED). BAILED TO HOLLINSFORD MC 27/08",
            "17:45",
            "Charge",
            ref="HC/24/118832",
        ),
    )
    o(
        "2024-08-06",
        "cla-review-2",
        R(
            "iro",
            "CLA review (4th) at Saltmarsh Row. Kacey attended throughout with Ellis. Actions: "
            "PA to be allocated at 16.5; education - college place for Sept to be confirmed",
            "10:30",
            "CLA review",
        ),
        R(
            "cic",
            "Kacey's CLA review at Ruth's - went well, Kacey chaired part.",
            "10:30",
            "Review",
        ),
        R("fos", "CLA review (Kacey) at placement", "10:30", "Meeting"),
        R(
            "fnp",
            "I attended Kacey's looked after review at Ruth's house.",
            "10:30",
            "Meeting",
            shift="+1",
        ),
    )
    o(
        "2024-08-22",
        "ypsm-screen",
        R(
            "ypsm",
            "Contact type: Keywork + urine screen. Result: opiates + (non-prescribed), cocaine +. "
            "Outcome: SW and FNP to be informed today",
            "11:00",
            "Keywork",
        ),
    )
    o(
        "2024-08-22",
        "ypsm-csc-call",
        R(
            "ypsm",
            "Contact type: Telephone (out) to SW Niamh Corrigan. Outcome: screen result shared",
            "12:15",
            "Phone call",
        ),
        R(
            "csc",
            "Marcus from Tidewater rang: today's urine screen was positive for opiates that were "
            "not prescribed and for cocaine.",
            "12:20",
            "Telephone call",
        ),
    )
    o(
        "2024-08-27",
        "fnp-email",
        R(
            "fnp",
            "I emailed Niamh (SW) my concerns: Ellis had a nappy rash left untreated for days "
            "and Kacey is sleeping through his feeds.",
            "16:40",
            "Email",
        ),
        R(
            "csc",
            "Email from the family nurse received this morning raising concern about an "
            "untreated nappy rash and Kacey sleeping through night feeds.",
            "08:55",
            "Email",
            shift="+1",
        ),
    )
    o(
        "2024-09-02",
        "plo-letter",
        R(
            "csc",
            "A letter before proceedings was hand-delivered to Kacey inviting her to a "
            "pre-proceedings meeting on 11 September with her solicitor.",
            "",
            "PLO letter",
        ),
    )
    o(
        "2024-09-11",
        "plo-meeting",
        R(
            "csc",
            "Pre-proceedings meeting with Kacey, her solicitor, her own social worker and the "
            "team manager. The concerns and the plan were explained; Kacey agreed to hair strand "
            "testing and to stop seeing Dylan at the placement.",
            "10:00",
            "PLO meeting",
        ),
        R(
            "cic",
            "PLO meeting - I attended with Kacey and her solicitor (Fraser & Lyle). Agreed hair "
            "strand test.",
            "10:00",
            "Meeting",
        ),
        R(
            "fnp",
            "I attended the pre-proceedings meeting to support Kacey.",
            "10:00",
            "Meeting",
            shift="swap",
        ),
    )
    o(
        "2024-10-04",
        "edt-call",
        R(
            "csc",
            "EDT: Ruth Ambler rang at 23:35. Kacey went out at 19:00 saying she would be back "
            "by 21:00 and has not returned; her phone is off. Ellis is safe with Ruth. Advised "
            "to report to police as missing.",
            "23:35",
            "EDT",
        ),
    )
    o(
        "2024-10-04",
        "pol-missing-2",
        R(
            "pol",
            "MISSING PERSON - KACEY BRENNOCK 16YRS LAC. LEFT BABY WITH CARER 1900 NOT RETURNED. "
            "HIGH RISK (CSE/DRUGS)",
            "23:50",
            "Missing",
            ref="HC/24/301177",
        ),
    )
    o(
        "2024-10-05",
        "pol-gorsley-1",
        R(
            "pol",
            "CONCERN FOR SAFETY 41 GORSLEY COURT - NEIGHBOUR REPORTS SHOUTING. ATT 0140 NO REPLY, "
            "NO SOUNDS. FILED",
            "01:20",
            "Concern for safety",
            ref="HC/24/301204",
        ),
    )
    o(
        "2024-10-05",
        "pol-gorsley-2",
        R(
            "pol",
            "CONCERN FOR SAFETY 41 GORSLEY COURT - 2ND CALL, FEMALE SCREAMING. ENTRY GAINED. "
            "MISSING KACEY BRENNOCK FOUND INTOXICATED. MARSH D PRESENT. RETURNED TO CARER 0450",
            "03:40",
            "Concern for safety",
            ref="HC/24/301219",
        ),
    )
    o(
        "2024-10-07",
        "cic-missing-note-2",
        R(
            "cic",
            "Police missing notifications received for the weekend: Kacey missing Friday night, "
            "found at Dylan's after a second call-out. Return home interview booked.",
            "09:30",
            "Notification",
            ref="HC/24/301177",
        ),
    )
    strat3 = (
        "Strategy discussion after Kacey's missing episode: Kacey left Ellis with the carer and "
        "was found intoxicated at Dylan Marsh's flat at 04:00. Ruth Ambler has given notice on "
        "the placement. Agreed: S47 continues, legal gateway today to consider an application "
        "for an interim care order."
    )
    o(
        "2024-10-08",
        "strategy-3",
        R("csc", strat3, "10:00", "Strategy discussion"),
        R("cic", "Copied from Ellis's file: " + strat3, "", "Meeting"),
        R("pol", "STRAT DISC RE ELLIS BRENNOCK POST MISSING. S47 CONT", "10:00", "Strategy"),
        R(
            "fnp",
            "I joined the strategy meeting. Ruth has given notice. I am worried for Kacey too.",
            "10:00",
            "Meeting",
        ),
        R("fos", "Strategy mtg - carer notice confirmed (28 days)", "10:00", "Meeting"),
    )
    o(
        "2024-10-08",
        "legal-gateway-2",
        R(
            "csc",
            "Legal gateway meeting this afternoon: agreed to issue care proceedings for Ellis "
            "and to seek an interim care order with a plan of separate foster care.",
            "15:00",
            "Legal planning",
        ),
    )
    o(
        "2024-10-11",
        "caf-allocate",
        R(
            "caf",
            "C110A received (issued 10/10). Children's Guardian allocated. Solicitor for child "
            "appointed",
            "",
            "Allocation",
        ),
    )
    o(
        "2024-10-15",
        "ico-hearing",
        R(
            "csc",
            "First hearing at Hollinsford Family Court before District Judge Amberley. An "
            "interim care order was made for Ellis, with the local authority's plan for him to "
            "move to foster carers and for Kacey to have supervised contact four times a week.",
            "10:00",
            "Court hearing",
        ),
        R(
            "caf",
            "First hearing (CMH listed). ICO granted. Separation endorsed by Guardian. Contact "
            "4x/wk supervised",
            "10:00",
            "Hearing",
        ),
        R("cic", "Court today - ICO for Ellis. Kacey devastated. I took her home.", "", "Court"),
    )
    o(
        "2024-10-16",
        "ellis-foster",
        R(
            "csc",
            "Ellis was placed with foster carers Jan and Colin Petrie. Kacey handed him over "
            "at the contact centre and coped better than expected.",
            "",
            "Placement",
        ),
        R(
            "fos",
            "Ellis placed with Jan & Colin Petrie (mainstream carers) under ICO",
            "",
            "Placement start",
            shift="late",
        ),
    )
    o(
        "2024-10-16",
        "kacey-move",
        R(
            "cic",
            "Kacey moved to Kestrel House, supported accommodation for 16-17s, room 6.",
            "16:00",
            "Placement change",
        ),
    )
    o(
        "2024-10-22",
        "fnp-kestrel",
        R(
            "fnp",
            "I visited Kacey at Kestrel House. Her room was bare and she had not eaten. We "
            "talked about contact and she showed me photos of Ellis.",
            "13:00",
            "Home visit",
        ),
    )
    o(
        "2024-11-12",
        "caf-visit",
        R(
            "caf",
            "Visited Ellis at the Petries'. Settled, thriving, smiley. Carers report good "
            "contact reports",
            "11:00",
            "Visit",
        ),
    )
    o(
        "2024-11-12",
        "csc-visit",
        R(
            "csc",
            "Statutory visit to Ellis at his foster home. He was asleep on arrival then fed "
            "well; the carers have no concerns.",
            "15:00",
            "Statutory visit",
        ),
    )
    o(
        "2024-11-20",
        "cla-review-3",
        R(
            "iro",
            "CLA review (5th), Kestrel House. Kacey low; attending contact 3 of 4. Actions: GP "
            "re mood; PA allocated (Ollie Grant)",
            "14:00",
            "CLA review",
        ),
        R("cic", "CLA review at Kestrel House with IRO. Kacey low in mood.", "14:00", "Review"),
        R(
            "fnp",
            "I attended Kacey's review. She is very low; I will help her see the GP.",
            "14:00",
            "Meeting",
        ),
    )
    o(
        "2024-12-03",
        "viability",
        R(
            "csc",
            "Viability assessment of Sandra Marsh, Ellis's paternal grandmother, is positive; "
            "she has no contact with her son's associates and has a spare room. Full "
            "connected person assessment to follow.",
            "",
            "Assessment",
        ),
    )
    o(
        "2025-01-09",
        "cmh",
        R(
            "csc",
            "Case management hearing: the timetable was set for the final hearing in March, "
            "with a special guardianship assessment of Sandra Marsh and a psychological "
            "assessment of Kacey.",
            "10:30",
            "Court hearing",
        ),
        R(
            "caf",
            "CMH - SGO assessment of PGM directed, final hearing 18/03",
            "10:30",
            "Hearing",
            shift="swap",
        ),
        R("cic", "Went to court with Kacey (CMH). Final hearing in March.", "", "Court"),
    )
    o(
        "2025-01-24",
        "marsh-sentence",
        R(
            "pol",
            "MARSH D SENTENCED HOLLINSFORD CC - PWITS CLASS A X2 - 3YRS 4MTHS IMMEDIATE",
            "",
            "Court result",
            ref="HC/24/118832",
        ),
        R(
            "csc",
            "Dylan Marsh was sentenced today at Hollinsford Crown Court to three years and "
            "four months for supplying heroin.",
            "",
            "Criminal proceedings",
        ),
    )
    o(
        "2025-02-04",
        "pgm-placement",
        R(
            "csc",
            "Ellis moved from the Petries to his paternal grandmother Sandra Marsh at 17 Pelham "
            "Rise, Dunsby QD2 5WF, as a connected person placement.",
            "",
            "Placement",
        ),
        R(
            "fos",
            "Reg 24 temp approval - Ellis placed with PGM Sandra Marsh, 17 Pelham Rise",
            "",
            "Placement start",
        ),
        R(
            "caf",
            "Informed Ellis moved to PGM (Pelham Rise) yesterday",
            "",
            "Update",
            shift="late",
        ),
    )
    o(
        "2025-03-07",
        "caf-analysis",
        R("caf", "Final analysis filed and served - supports SGO to PGM", "16:00", "Filing"),
        R(
            "csc",
            "The Children's Guardian's final analysis was received today; it supports a special "
            "guardianship order to Sandra Marsh.",
            "",
            "Court papers",
        ),
    )
    o(
        "2025-03-18",
        "final-hearing",
        R(
            "csc",
            "Final hearing: the court made a special guardianship order to Sandra Marsh and "
            "discharged the interim care order; contact for Kacey to be arranged by the special "
            "guardian, at least monthly.",
            "10:00",
            "Court hearing",
        ),
        R("caf", "Final hearing - SGO made to PGM. Proceedings concluded", "10:00", "Hearing"),
        R("cic", "Final hearing - SGO to Sandra. Kacey accepted it.", "", "Court"),
        R("fos", "SGO granted to Sandra Marsh today - kinship support to continue", "", "Order"),
    )
    o(
        "2025-04-08",
        "cla-review-4",
        R(
            "iro",
            "CLA review (6th), Kestrel House. Kacey reducing methadone, at college 2 days. "
            "Pathway plan to be completed",
            "14:00",
            "CLA review",
        ),
        R("cic", "CLA review - pathway plan started.", "14:00", "Review"),
    )
    f.fill(
        "fnp",
        "2024-02-14",
        "2024-06-10",
        [
            ("Home visit", "I visited Kacey - we covered breastfeeding and what NAS looks like"),
            ("Home visit", "I visited. Kacey tired, says using 'only weed' now"),
            ("Home visit", "I visited - birth plan and car seat"),
        ],
    )
    f.fill(
        "fnp",
        "2024-07-12",
        "2024-10-03",
        [
            ("Home visit", "I visited Kacey and Ellis. Ellis weighed, growing along 9th centile"),
            ("Home visit", "I visited - play and talk with Ellis, Kacey very engaged today"),
        ],
    )
    f.fill(
        "fnp",
        "2024-10-17",
        "2025-05-30",
        [
            ("Home visit", "No answer when I called at the agreed time"),
            ("Home visit", "I visited Kacey alone - talked about contact and grief"),
        ],
    )
    f.fill(
        "ypsm",
        "2024-02-12",
        "2024-04-19",
        [
            ("Keywork", "Contact type: Keywork. Outcome: DNA - text sent"),
            ("Keywork", "Contact type: Keywork. Outcome: harm reduction, no injecting"),
        ],
    )
    f.fill(
        "ypsm",
        "2024-04-25",
        "2025-05-30",
        [
            ("Keywork", "Contact type: Keywork. Outcome: screen methadone only"),
            ("Keywork", "Contact type: Keywork. Outcome: relapse prevention work"),
        ],
    )
    f.fill(
        "ypsm",
        "2024-10-17",
        "2025-05-30",
        [("Prescribing", "Contact type: Prescriber review. Outcome: methadone reduced 5ml")],
    )
    f.fill(
        "mw",
        "2024-01-26",
        "2024-06-07",
        [
            ("", "Contact type: ANC. Outcome: BP/urine normal, fetal heart heard"),
            ("", "Contact type: ANC. Outcome: DNA, rebooked"),
            ("", "Contact type: Growth scan. Outcome: EFW 10th centile"),
        ],
    )
    f.fill(
        "csc",
        "2024-07-04",
        "2024-10-02",
        [("Statutory visit", "Visit to Ellis and Kacey at the parent and child placement")],
    )
    f.fill(
        "csc",
        "2024-10-17",
        "2025-03-14",
        [
            ("Contact", "Supervised contact: Kacey arrived late, warm with Ellis"),
            ("Statutory visit", "Statutory visit to Ellis in placement"),
        ],
    )
    f.fill(
        "fos",
        "2024-07-15",
        "2024-09-30",
        [("Supervisory visit", "SSW visit Ruth - daily log reviewed")],
    )
    f.fill(
        "cic",
        "2024-01-22",
        "2025-05-30",
        [
            ("Visit", "Statutory visit to Kacey"),
            ("Visit", "Statutory visit to Kacey - pathway plan work"),
        ],
    )
    f.fill("gp", "2024-08-07", "2024-08-20", [("", "Ellis imms 8wk given")])
    f.fill("gp", "2024-11-21", "2025-04-30", [("", "Kacey - low mood, sertraline started")])
    f.fill("nnu", "2024-06-18", "2024-06-28", [("Ward round", "Morphine weaning, Finnegan <8")])
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Sorrell family, Eastwold. Imogen Sorrell (b. 1987) has bipolar affective disorder
# with psychotic relapses; she lives with her son Noah (b. 21/05/2015), who is autistic, has
# little spoken language and goes by taxi to Corvey Lane School (special school), at 22 Pennock
# Terrace, Eastwold EW3 7HN. When she is unwell Noah stays with his grandfather Geoffrey
# Sorrell (74) at 5 Mardle Street, Eastwold EW1 4JQ. Two compulsory admissions to Tallowmere
# Ward, a community treatment order and its recall, and a disclosure by Noah lead to a child
# protection plan.
# --------------------------------------------------------------------------------------------


def _sorrell() -> BlindCase:
    f = Family(
        "sorrell",
        6230,
        {
            "pol": Sheet(
                POLICE,
                "Eastwold_Police_Sorrell.xlsx",
                "Incidents",
                (("2024-01-01", "Response / PC Dara Whitcombe"),),
            ),
            "csc": Sheet(
                CSC,
                "DCT_Noah_Sorrell.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Front Door"),
                    ("2024-03-14", "Bethany Kavanagh (SW, Disabled Children's Team)"),
                ),
            ),
            "cmht": Sheet(
                CMHT,
                "Eastwold_CMHT_IS.xlsx",
                "Care coordination",
                (("2024-01-01", "Tomasz Wierzbicki (CPN, care coordinator)"),),
            ),
            "crht": Sheet(
                CRISIS,
                "HTT_Eastwold_extract.csv",
                "",
                (("2024-01-01", "HTT duty"),),
                typed=False,
            ),
            "ward": Sheet(
                WARD,
                "Tallowmere_Ward_Sorrell.xlsx",
                "Nursing",
                (("2024-01-01", "Tallowmere Ward nursing"),),
            ),
            "amhp": Sheet(
                AMHP,
                "AMHP_Hub_Sorrell.xlsx",
                "Assessments",
                (("2024-01-01", "AMHP duty"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Corvey_Lane_School_CPOMS.xlsx",
                "Noah S",
                (("2024-01-01", "Mr Idris Fairweather (DSL)"),),
            ),
            "gp": Sheet(
                GP,
                "Pennock_Medical_Practice.xlsx",
                "Sorrell",
                (("2024-01-01", "Dr Anwen Boateng"),),
                typed=False,
            ),
            "amb": Sheet(
                AMBULANCE,
                "EastCoast_Ambulance_CAD.csv",
                "",
                (("2024-01-01", "Safeguarding team (CAD extract)"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "Eastwold_General_ED.xlsx",
                "Attendances",
                (("2024-01-01", "ED safeguarding"),),
            ),
            "yc": Sheet(
                YOUNG_CARERS,
                "Eastwold_Young_Carers.xlsx",
                "Noah",
                (("2024-01-01", "Priya Venn (Young Carers worker)"),),
            ),
        },
    )
    o = f.occ
    o(
        "2024-03-04",
        "gp-imogen",
        R(
            "gp",
            "BPAD. Stopped lithium ~2/12 ago ('it flattens me'). Sleeping 3h, pressured speech, "
            "spending. Not psychotic today. Informed CMHT by task. Son 8 autistic - at home",
            "10:40",
        ),
    )
    o(
        "2024-03-06",
        "sch-pyjamas",
        R(
            "sch",
            "Noah arrived on the taxi in pyjamas under his coat and very hungry (ate 3 toast). "
            "Escort said mum came out to the taxi talking very fast about 'the signals in the "
            "walls'. I logged this and rang the Front Door.",
            "09:20",
            "Welfare concern",
        ),
    )
    o(
        "2024-03-06",
        "sch-frontdoor-call",
        R(
            "sch",
            "I phoned the Front Door about Noah (pyjamas, hunger, mum's presentation). Advised "
            "they would screen today.",
            "10:05",
            "Phone call",
        ),
        R(
            "csc",
            "A contact was received by telephone from the designated safeguarding lead at Corvey "
            "Lane School, who reported that Noah had arrived at school in his pyjamas and very "
            "hungry, and that his mother had appeared unwell and was talking about signals in "
            "the walls. Noah is known to the Disabled Children's Team for short breaks.",
            "10:07",
            "Contact",
        ),
    )
    o(
        "2024-03-08",
        "cmht-welfare-call",
        R(
            "cmht",
            "I have not been able to reach Imogen since Tuesday; two visits no answer. I rang "
            "101 and asked for a welfare check at the home, as I know Noah is there.",
            "16:10",
            "Telephone",
        ),
        R(
            "pol",
            "Log: Concern for welfare | Caller: CMHT care coordinator via 101 | Summary: adult "
            "female with BPAD not seen, child 8 in home | Result: attended 19:40, Imogen and "
            "Noah present, female agitated but coherent, no powers, info to CMHT",
            "16:10",
            "Concern for welfare",
            ref="EW-20240308-0877",
        ),
    )
    o(
        "2024-03-11",
        "cmht-htt-ref",
        R(
            "cmht",
            "I referred Imogen to the Home Treatment Team by phone; she is relapsing and not "
            "taking any medication.",
            "09:30",
            "Referral",
        ),
        R("crht", "Ref from CMHT CC (TW): BPAD relapse, manic sx, off lithium. Accepted", "09:35"),
    )
    o(
        "2024-03-12",
        "joint-htt-visit",
        R(
            "crht",
            "Joint HV with CC. MSE: elated, flight of ideas, grandiose, believes neighbours "
            "'beam' thoughts. Nil SH/SI. Olanzapine 10mg nocte started. Daily visits",
            "11:00",
        ),
        R(
            "cmht",
            "I visited jointly with the Home Treatment Team. Imogen agreed to start olanzapine. "
            "Noah was at school. The kitchen had no food in it.",
            "11:00",
            "Home visit",
        ),
    )
    o(
        "2024-03-14",
        "csc-screen",
        R(
            "csc",
            "Front Door screening completed. Information obtained from CMHT confirms a relapse "
            "of bipolar disorder with home treatment in place. Outcome: a child and family "
            "assessment by the Disabled Children's Team, allocated to Bethany Kavanagh.",
            "",
            "Screening",
        ),
    )
    o(
        "2024-03-17",
        "street-incident",
        R(
            "amb",
            "CAT 2. CALLER NEIGHBOUR. F 36 IN STREET IN NIGHTCLOTHES SHOUTING, NON-ENGAGING. "
            "POLICE ON SCENE. CHILD ALONE IN PROPERTY - POLICE DEALING. PT AGREED CONVEY EGH",
            "02:31",
        ),
        R(
            "pol",
            "Log: Concern for welfare / ASB | Summary: Imogen SORRELL in street Pennock Terrace "
            "02:30 shouting about 'signals', son Noah 8 (autistic) alone upstairs | Result: "
            "joint with ambulance, Imogen conveyed EGH voluntarily, Noah taken to maternal "
            "grandfather Geoffrey SORRELL 5 Mardle St, EDT informed, PPN",
            "02:30",
            "Concern for welfare",
            ref="EW-20240317-0112",
        ),
    )
    o(
        "2024-03-17",
        "edt-call",
        R(
            "csc",
            "EDT received a call from police at 03:05: Imogen Sorrell had been found in the "
            "street in the night and taken to hospital, and Noah, who had been alone in the "
            "house, had been taken by officers to his grandfather, who agreed to care for him. "
            "EDT agreed this plan and passed the case to the day team.",
            "03:05",
            "EDT",
        ),
    )
    o(
        "2024-03-17",
        "ed-imogen-1",
        R(
            "ed",
            "Triage: 36F BIBA, elated, disinhibited, ?psychosis, known BPAD. Referred to "
            "liaison psychiatry. Left department before MH assessment 05:10",
            "03:25",
            "ED attendance",
        ),
    )
    o(
        "2024-03-18",
        "csc-ppn",
        R(
            "csc",
            "Police notification received for the incident in the early hours of Sunday "
            "(Imogen in the street, Noah alone in the house, Noah taken to his grandfather). "
            "Linked to the open child and family assessment.",
            "09:45",
            "Notification",
            ref="EW-20240317-0112",
        ),
    )
    o(
        "2024-03-18",
        "pol-s136",
        R(
            "pol",
            "Log: S136 MHA | Summary: female on platform edge Eastwold station, known Imogen "
            "SORRELL, stated 'the train will carry the signal away' | Result: detained s136 "
            "21:40, taken to EGH ED (place of safety), AMHP informed",
            "21:40",
            "S136",
            ref="EW-20240318-0931",
        ),
    )
    o(
        "2024-03-18",
        "ed-imogen-2",
        R(
            "ed",
            "Triage: 36F brought by police on s136. Reattender (left yesterday before "
            "assessment). Calm with officers. For AMHP / s12 assessment",
            "22:10",
            "ED attendance",
        ),
    )
    o(
        "2024-03-19",
        "mha-1",
        R(
            "amhp",
            "MHA assessment in Eastwold General ED (s136 place of safety) with two s12 doctors. "
            "Imogen lacks insight, acutely manic with psychotic features. Application made "
            "under s2. Nearest relative (father) informed. Son cared for by grandfather",
            "01:30",
            "MHA assessment",
        ),
    )
    o(
        "2024-03-19",
        "admit-1",
        R(
            "ward",
            "Admitted to Tallowmere Ward under s2 MHA from EGH ED. Pt guarded, pressured, "
            "believes staff 'carry signals'. Rights read (s132)",
            "05:20",
            "Admission",
        ),
        R("crht", "Pt admitted Tallowmere s2 overnight. D/c from HTT caseload", "09:00"),
        R(
            "cmht",
            "Imogen was admitted to Tallowmere Ward on section 2 early this morning after a 136.",
            "",
            "Admission",
        ),
    )
    o(
        "2024-03-19",
        "strategy-1",
        R(
            "csc",
            "A strategy discussion was held by telephone with police, the school and the "
            "community mental health team. Noah was left alone at night while his mother was "
            "acutely unwell, but there is no indication of deliberate harm. Agreed: no "
            "section 47 enquiry; the child and family assessment to continue, with Noah "
            "staying with his grandfather while his mother is in hospital.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "Log: Strategy discussion (phone) | Result: single agency C&F assessment, no S47",
            "10:00",
            "Strategy",
        ),
        R(
            "sch",
            "I took part in a strategy discussion by phone. Noah staying with grandad for now.",
            "10:00",
            "Meeting",
        ),
        R(
            "cmht",
            "I joined the strategy discussion for Noah by phone and explained Imogen's admission.",
            "10:00",
            "Meeting",
        ),
    )
    o(
        "2024-03-19",
        "prof-meeting-school",
        R(
            "sch",
            "Professionals' meeting at school 2pm with Bethany (DCT) and Geoffrey: taxi to "
            "pick Noah up from Mardle Street, visual timetable to go home with him.",
            "14:00",
            "Meeting",
        ),
        R(
            "csc",
            "I met the school and Noah's grandfather this afternoon to plan Noah's routine "
            "while he stays at Mardle Street: school transport will collect him there.",
            "14:00",
            "Meeting",
        ),
    )
    yc_ref = (
        "Noah is eight, autistic and mostly non-verbal. His mother has bipolar disorder and was "
        "admitted to hospital under the Mental Health Act on 19 March; Noah is staying with "
        "his grandfather. Noah has been doing tasks well beyond his age when his mother is "
        "unwell."
    )
    o(
        "2024-03-20",
        "yc-referral",
        R("csc", "Referral sent to Eastwold Young Carers: " + yc_ref, "", "Referral"),
        R(
            "yc",
            "Referral information from CSC (copied): " + yc_ref,
            "",
            "Referral received",
            shift="+2",
        ),
    )
    o(
        "2024-03-25",
        "sch-meltdown",
        R(
            "sch",
            "Noah very distressed after lunch, headbanging and bit a TA (skin not broken). "
            "Calm room 40 mins. Grandad informed at pick up.",
            "13:10",
            "Incident",
        ),
        R(
            "sch",
            "Noah very distressed after lunch - headbanging, bit a TA (skin not broken). Calm "
            "room 40 mins. Grandad informed at pickup",
            "13:10",
            "Incident",
        ),
    )
    o(
        "2024-04-09",
        "ward-visit",
        R(
            "ward",
            "Son visited in family room with SW and grandfather, 30 mins. Pt appropriate, "
            "tearful at end",
            "16:00",
            "Family contact",
        ),
        R(
            "csc",
            "I supported Noah's first visit to his mother on Tallowmere Ward with his grandfather. "
            "Noah sat on his mother's knee and they looked at his tablet together.",
            "16:00",
            "Visit",
        ),
    )
    o(
        "2024-04-30",
        "dpm-1",
        R(
            "ward",
            "Discharge planning meeting: informal since 16/04, mood stable on olanzapine + "
            "lithium. D/c 02/05 with HTT 7-day f/u. Noah to return home after a week",
            "10:00",
            "Discharge planning",
        ),
        R(
            "cmht",
            "I attended the discharge planning meeting on the ward. Discharge Thursday, HTT "
            "will follow up.",
            "10:00",
            "Meeting",
        ),
        R(
            "csc",
            "Discharge planning meeting on Tallowmere Ward: Imogen to go home on Thursday, Noah "
            "to go back to her the following weekend if the first days go well.",
            "10:00",
            "Meeting",
        ),
        R("crht", "Attended DPM Tallowmere - HTT f/u on d/c", "10:00", shift="-1"),
    )
    o(
        "2024-05-02",
        "discharge-1",
        R("ward", "Discharged home to 22 Pennock Terrace. TTO 14 days", "11:00", "Discharge"),
        R("crht", "Re-ref on d/c from Tallowmere today. 1st HV tomorrow", "14:20"),
        R("cmht", "Imogen was discharged home from Tallowmere today.", "", "Discharge"),
    )
    o(
        "2024-05-03",
        "htt-visit",
        R("crht", "HV. Mood euthymic, sleeping 7h, taking meds. Fridge stocked", "10:30"),
    )
    o(
        "2024-05-13",
        "noah-home",
        R(
            "csc",
            "Noah moved back home to his mother at 22 Pennock Terrace after school today, with "
            "his grandfather visiting daily.",
            "",
            "Household change",
        ),
        R(
            "sch",
            "Noah moved back to mum's (22 Pennock Terrace) yesterday after school. Taxi "
            "address changed.",
            "08:50",
            "Information",
            shift="late",
        ),
    )
    o(
        "2024-05-08",
        "cin-1",
        R(
            "csc",
            "The first child in need meeting was held at school. The assessment concluded that "
            "Noah is a child in need because of his disability and his mother's illness. The "
            "plan includes a contingency that Noah goes to his grandfather whenever his mother "
            "becomes unwell, overnight short breaks, and young carers support.",
            "13:30",
            "CIN meeting",
        ),
        R("sch", "CIN meeting held in school. Plan agreed.", "13:30", "Meeting"),
        R(
            "cmht",
            "I attended Noah's CIN meeting at school and shared Imogen's relapse signature.",
            "13:30",
            "Meeting",
        ),
        R(
            "yc",
            "Attended first CIN meeting at Corvey Lane. YC 1:1 sessions agreed",
            "13:30",
            "Meeting",
        ),
    )
    o(
        "2024-05-08",
        "yc-visit",
        R(
            "yc",
            "Visit to Noah at grandad's after school - used picture cards, Noah showed me "
            "how he 'helps mum' (makes toast, locks door)",
            "16:00",
            "Home visit",
        ),
    )
    o(
        "2024-06-12",
        "cpa-review",
        R(
            "cmht",
            "I held Imogen's CPA review at the clinic with her consultant. Bethany from the "
            "DCT came. Crisis plan updated to name Geoffrey for Noah.",
            "14:00",
            "CPA review",
        ),
        R(
            "csc",
            "I attended Imogen's CPA review at the community mental health team base; the "
            "crisis plan now names Noah's grandfather as his carer in a relapse.",
            "14:00",
            "Meeting",
            shift="+1",
        ),
    )
    o(
        "2024-06-20",
        "gp-noah",
        R("gp", "Noah - asthma review with mum. Inhaler technique ok. Peak flow 230", "09:00"),
    )
    o(
        "2024-06-20",
        "gp-imogen-lithium",
        R("gp", "Imogen - lithium level 0.7, TFTs/U&E normal. Repeat 3/12", "09:10"),
    )
    o(
        "2024-07-03",
        "cin-2",
        R(
            "csc",
            "Child in need review at school: Imogen is well and attended with Noah's "
            "grandfather. The short breaks panel has agreed two overnight stays a month at "
            "Kite House.",
            "13:30",
            "CIN review",
        ),
        R("sch", "CIN review - mum attended, positive.", "13:30", "Meeting"),
        R("cmht", "I went to Noah's CIN review. Imogen attended and was well.", "13:30", "Meeting"),
        R("yc", "CIN review attended", "13:30", "Meeting", shift="swap"),
    )
    o(
        "2024-08-14",
        "pol-call-1",
        R(
            "pol",
            "Log: Concern / nuisance | Caller: Imogen SORRELL | Summary: neighbours 'drilling "
            "into my walls to listen' | Result: attended, no noise, female pressured speech, "
            "child present and calm",
            "11:20",
            "Concern for welfare",
            ref="EW-20240814-0402",
        ),
    )
    o(
        "2024-08-14",
        "pol-call-2",
        R(
            "pol",
            "Log: Concern / nuisance | Caller: Imogen SORRELL | Summary: repeat call, "
            "neighbours 'listening through the walls' | Result: attended, female distressed, "
            "child present, CMHT out of hours informed, PPN",
            "20:45",
            "Concern for welfare",
            ref="EW-20240814-1175",
        ),
    )
    o(
        "2024-08-15",
        "csc-ppn-2",
        R(
            "csc",
            "Two police notifications received from yesterday: Imogen called police twice "
            "believing that her neighbours were listening through the walls; Noah was at home "
            "and calm on both occasions. Care coordinator contacted.",
            "10:30",
            "Notification",
            ref="EW-20240814-1175",
        ),
    )
    o(
        "2024-08-16",
        "cmht-visit-htt-ref",
        R(
            "cmht",
            "I visited. Imogen has not taken olanzapine for about 10 days. Early warning signs "
            "present. I referred her to HTT by phone from the car.",
            "12:00",
            "Home visit",
        ),
    )
    o(
        "2024-08-16",
        "htt-ref-2",
        R("cmht", "Phoned HTT - referral for Imogen (relapse).", "12:50", "Referral"),
        R("crht", "Ref from CMHT (TW): relapse, non-concordant. Accepted - visit today", "12:55"),
    )
    o(
        "2024-08-22",
        "mha-2",
        R(
            "amhp",
            "MHA assessment at 22 Pennock Terrace with s12 doctors, police present to assist. "
            "Imogen manic, psychotic, refusing informal admission. Application under s2. Son "
            "to grandfather per crisis plan",
            "14:00",
            "MHA assessment",
        ),
        R(
            "pol",
            "Log: Assist AMHP | Summary: MHA assessment 22 Pennock Terrace | Result: female "
            "sectioned, no force required, child collected by grandfather",
            "14:00",
            "Assist other agency",
            ref="EW-20240822-0688",
        ),
    )
    o(
        "2024-08-22",
        "admit-2",
        R("ward", "Admitted under s2 MHA from home (conveyed by ambulance)", "17:45", "Admission"),
        R(
            "cmht",
            "Imogen was admitted to Tallowmere under section 2 yesterday afternoon.",
            "",
            "Admission",
            shift="late",
        ),
    )
    o(
        "2024-08-22",
        "noah-to-gf-2",
        R(
            "csc",
            "Noah went to stay with his grandfather at 5 Mardle Street today under the crisis "
            "plan, after his mother was detained.",
            "",
            "Household change",
        ),
        R(
            "yc",
            "Noah staying with grandad at Mardle St since yesterday (mum in hospital)",
            "",
            "Information",
            shift="late",
        ),
    )
    o(
        "2024-09-10",
        "family-network",
        R(
            "csc",
            "Family network meeting at Mardle Street: Geoffrey will care for Noah until "
            "Imogen is well; he is 74 and tired, so short breaks increased to weekly.",
            "16:00",
            "Family meeting",
        ),
        R("yc", "Family network meeting at grandad's - I attended", "16:00", "Meeting"),
        R("sch", "Family network meeting at grandfather's home (after school).", "", "Meeting"),
    )
    o(
        "2024-09-17",
        "ward-s3",
        R("ward", "Tribunal upheld detention; s2 converted to s3 MHA", "", "Legal status"),
    )
    o(
        "2024-10-12",
        "amb-noah",
        R(
            "amb",
            "CAT 3. M 9 AUTISTIC, HEADBANGING ON DOOR FRAME, LAC TO FOREHEAD 3CM, GCS 15. "
            "GRANDFATHER UNABLE TO SETTLE. CONV EGH",
            "18:40",
        ),
    )
    o(
        "2024-10-12",
        "ed-noah-1",
        R(
            "ed",
            "Triage: 9M BIBA with grandfather. Self-injury (headbanging) - 3cm lac forehead, "
            "glued. Mum inpatient (MH). Discharged with head injury advice",
            "19:35",
            "ED attendance",
        ),
    )
    o(
        "2024-10-13",
        "ed-noah-2",
        R(
            "ed",
            "Triage: 9M re-attends, vomited x3 overnight after head injury yesterday. CT head "
            "normal. Discharged",
            "10:15",
            "ED attendance",
        ),
    )
    o(
        "2024-10-14",
        "ed-gp-notice",
        R("ed", "Paediatric liaison: notification of 2 attendances sent to GP", "", "Letter"),
        R(
            "gp",
            "ED notification: Noah 12/10 and 13/10 EGH - self-injury, CT normal. Noted",
            shift="+1",
        ),
    )
    o(
        "2024-10-15",
        "prof-meeting-2",
        R(
            "csc",
            "Professionals' meeting about Geoffrey's ability to keep caring for Noah after the "
            "head injury. Agreed a second overnight short break a week and a carer's "
            "assessment for Geoffrey.",
            "15:30",
            "Professionals' meeting",
        ),
        R("sch", "Professionals' meeting at DCT office - I attended.", "15:30", "Meeting"),
        R("yc", "Professionals mtg - grandad struggling, more short breaks", "15:30", "Meeting"),
    )
    o(
        "2024-11-05",
        "discharge-2",
        R(
            "ward",
            "Discharged on CTO (s17A) to 22 Pennock Terrace. Depot aripiprazole monthly "
            "(CMHT clinic)",
            "11:30",
            "Discharge",
        ),
        R(
            "cmht",
            "Imogen discharged from Tallowmere today on a community treatment order. First depot "
            "in clinic 03/12.",
            "",
            "Discharge",
        ),
        R("csc", "Imogen was discharged from hospital today on a CTO.", "", "Information"),
    )
    o(
        "2025-01-06",
        "noah-home-2",
        R(
            "csc",
            "Noah moved back to live with his mother at Pennock Terrace today, as planned at "
            "the last review, starting with the new school term.",
            "",
            "Household change",
        ),
        R(
            "sch",
            "Noah back living with mum from today. Taxi collects from Pennock Terrace.",
            "",
            "Information",
        ),
        R("yc", "Noah moved home to mum yesterday", "", "Information", shift="late"),
    )
    o(
        "2025-01-15",
        "cin-3",
        R(
            "csc",
            "Child in need review. Noah has settled back with his mother, attendance is 96%, "
            "Imogen is taking her depot. Plan continues.",
            "13:30",
            "CIN review",
        ),
        R("sch", "CIN review in school.", "13:30", "Meeting"),
        R("cmht", "I attended the CIN review for Noah.", "13:30", "Meeting"),
        R("yc", "CIN review - YC sessions to continue fortnightly", "13:30", "Meeting"),
    )
    o(
        "2025-02-25",
        "cto-recall",
        R(
            "cmht",
            "Imogen missed her depot twice and is relapsing. I served the CTO recall notice at "
            "home with police present; she went to Tallowmere by ambulance without force.",
            "10:00",
            "CTO recall",
        ),
        R(
            "pol",
            "Log: Assist CMHT | Summary: CTO recall 22 Pennock Terrace | Result: compliant, "
            "conveyed by ambulance",
            "10:00",
            "Assist other agency",
            ref="EW-20250225-0301",
        ),
    )
    o(
        "2025-02-25",
        "admit-3",
        R(
            "ward",
            "Admitted on CTO recall (72h). Pt irritable, believes depot 'is a chip'",
            "12:10",
        ),
    )
    o(
        "2025-02-25",
        "noah-to-gf-3",
        R(
            "csc",
            "Noah collected from school by his grandfather and will stay at Mardle Street while "
            "his mother is in hospital again.",
            "",
            "Household change",
        ),
        R(
            "sch",
            "Noah to go to grandad's (Mardle St) from today - mum readmitted. Taxi changed.",
            "",
            "Information",
        ),
    )
    o(
        "2025-03-04",
        "disclosure",
        R(
            "sch",
            "During a communication session Noah pointed to the 'hurt' symbol and then to his "
            "leg and said 'mummy hoover'. He repeated it to me using his talker. Faded linear "
            "bruises to the back of the left thigh. Body map done. I rang the Front Door.",
            "11:15",
            "Disclosure",
        ),
    )
    o(
        "2025-03-04",
        "sch-frontdoor-2",
        R("sch", "I rang the Front Door re Noah's disclosure and bruising.", "11:40", "Phone call"),
        R(
            "csc",
            "The school's designated safeguarding lead rang to report that Noah had indicated "
            "with symbols and his communication aid that his mother had hit him with the hoover, "
            "and that he has old linear bruises on his thigh.",
            "11:44",
            "Contact",
        ),
    )
    o(
        "2025-03-05",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting with police, school, health and the mental health team. Agreed a "
            "section 47 enquiry, a joint visit today and a child protection medical.",
            "09:00",
            "Strategy meeting",
        ),
        R(
            "pol",
            "Log: Strategy meeting | Result: joint S47, CP medical, PC Whitcombe to attend",
            "09:00",
            "Strategy",
            ref="EW-20250305-0144",
        ),
        R("sch", "I attended the strategy meeting (Teams).", "09:00", "Meeting"),
        R(
            "cmht",
            "I joined the strategy meeting. Imogen remains on Tallowmere.",
            "09:00",
            "Meeting",
        ),
    )
    o(
        "2025-03-05",
        "joint-visit",
        R(
            "csc",
            "Joint visit with police to Noah at his grandfather's home. Noah showed us on a "
            "doll where he had been hit. Geoffrey said Imogen 'lost it' with Noah before she "
            "went into hospital.",
            "15:00",
            "S47 visit",
        ),
        R(
            "pol",
            "Log: S47 joint visit with DCT SW at 5 Mardle St | Result: child indicated assault "
            "with vacuum pipe by mother, CP medical arranged",
            "15:00",
            "Joint visit",
            ref="EW-20250305-0144",
        ),
    )
    o(
        "2025-03-20",
        "gp-icpc-report",
        R("gp", "Report for ICPC (Noah) sent to CP unit", "16:30"),
    )
    o(
        "2025-03-25",
        "icpc",
        R(
            "csc",
            "Initial child protection conference. Noah became subject to a child protection "
            "plan under the category of physical abuse. His mother attended from the ward with "
            "a nurse escort.",
            "10:00",
            "ICPC",
        ),
        R("sch", "ICPC - Noah on CP plan (physical).", "10:00", "Meeting"),
        R(
            "cmht",
            "I attended Noah's initial child protection conference with Imogen. CP plan.",
            "10:00",
            "Meeting",
        ),
        R("pol", "Log: ICPC | Result: CPP physical abuse", "10:00", "Conference"),
        R("yc", "ICPC attended - CP plan", "10:00", "Meeting"),
        R(
            "ward",
            "Pt escorted to child protection conference, returned 13:00",
            "",
            "Escorted leave",
        ),
    )
    o(
        "2025-03-25",
        "core-group-1",
        R(
            "csc",
            "The first core group met after the conference to agree the detail of the plan.",
            "12:00",
            "Core group",
        ),
        R("sch", "First core group - straight after ICPC.", "12:00", "Meeting"),
    )
    o(
        "2025-05-13",
        "discharge-3",
        R("ward", "Discharged to 22 Pennock Terrace, CTO continues", "11:00", "Discharge"),
        R("cmht", "Imogen discharged from Tallowmere today - CTO.", "", "Discharge"),
    )
    o(
        "2025-06-17",
        "rcpc",
        R(
            "csc",
            "Review child protection conference. Noah remains with his grandfather and visits "
            "his mother at home with supervision. The plan continues.",
            "10:00",
            "RCPC",
        ),
        R("sch", "RCPC - plan continues.", "10:00", "Meeting"),
        R("cmht", "I attended the review conference. Imogen is well on depot.", "", "Meeting"),
        R("pol", "Log: RCPC | Result: CPP continues", "10:00", "Conference", shift="+1"),
    )
    o(
        "2024-03-15",
        "htt-visit-0",
        R("crht", "HV. Slept 4h. Olanzapine taken observed. Noah at school", "10:20"),
    )
    f.fill(
        "cmht",
        "2024-05-06",
        "2024-08-12",
        [
            ("Home visit", "I visited Imogen - stable, bloods due"),
            ("Telephone", "I rang Imogen - no answer, text sent"),
        ],
    )
    f.fill(
        "cmht",
        "2024-12-03",
        "2025-02-20",
        [
            ("Clinic", "Depot given in clinic"),
            ("Home visit", "I visited - Imogen anxious about Noah's review"),
        ],
    )
    f.fill(
        "csc",
        "2024-05-13",
        "2024-08-20",
        [("Visit", "Home visit - Noah seen with mum, tablet play")],
    )
    f.fill("csc", "2024-08-26", "2025-01-03", [("Visit", "Visit to Noah at Mardle Street")])
    f.fill("csc", "2025-01-07", "2025-02-20", [("Visit", "Home visit - Noah seen")])
    f.fill(
        "csc",
        "2025-03-26",
        "2025-06-30",
        [("Visit", "Statutory visit to Noah at Mardle Street (CP plan)")],
    )
    f.fill(
        "sch",
        "2024-04-15",
        "2025-07-18",
        [
            ("Welfare concern", "Noah no lunch packed - school provided"),
            ("Incident", "Noah dysregulated on arrival, taxi late"),
        ],
    )
    f.fill(
        "sch",
        "2024-09-04",
        "2024-12-19",
        [("Information", "Grandad rang - Noah up in the night")],
    )
    f.fill(
        "yc",
        "2024-05-13",
        "2025-06-30",
        [
            ("1:1 session", "1:1 with Noah - feelings cards"),
            ("Group", "Noah attended after-school young carers club"),
        ],
    )
    f.fill(
        "ward",
        "2024-08-26",
        "2024-11-01",
        [("Ward round", "Ward round - remains manic"), ("Ward round", "Ward round - calmer")],
    )
    f.fill(
        "gp",
        "2024-05-13",
        "2024-08-15",
        [("", "Imogen - lithium level 0.6"), ("", "Noah - ear infection, amoxicillin")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Tarrant family, Wexcombe. Ryan Tarrant (b. 19/11/2011, Year 9 at Wexcombe Ridge
# Academy, then Stannard Vale School) lives with his mother Michelle Tarrant, stepfather Gavin
# Ruddock and sister Lacey (16) at 14 Pottery Lane, Wexcombe WX5 3RD. Neil Crossland (b. 1977)
# of Brackenholt, in the North Tarnshire force area, posing online as a 15-year-old called
# "Jayden", grooms Ryan on a gaming platform, sends him gift cards and makes him send sexual
# images and perform acts on camera. Investigation, arrest, charge, an overdose and self-harm,
# a managed school move, a missing episode to meet another online contact, and a trial.
# --------------------------------------------------------------------------------------------


def _tarrant() -> BlindCase:
    f = Family(
        "tarrant",
        7318,
        {
            "pol": Sheet(
                POLICE,
                "Wexcombe_Police_OCAIT_Tarrant.xlsx",
                "Investigation log",
                (("2024-09-01", "DC Siobhan Halloran (OIC, online child abuse team)"),),
            ),
            "pol2": Sheet(
                POLICE,
                "North_Tarnshire_Police_Crossland.xlsx",
                "Sheet1",
                (("2024-09-01", "DS K Maddox (POLIT)"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Wexcombe_CSC_Ryan_Tarrant.xlsx",
                "Chronology",
                (
                    ("2024-09-01", "MASH"),
                    ("2024-10-07", "Femi Adebanjo (SW, Adolescent team)"),
                ),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "Wexcombe_Ridge_Academy_safeguarding.xlsx",
                "Ryan T 9K",
                (("2024-09-01", "Ms Harriet Lunn (DSL)"),),
            ),
            "sch2": Sheet(
                SCHOOL,
                "Stannard_Vale_School_log.xlsx",
                "Tarrant R",
                (("2025-04-01", "Mr Oscar Pemberton-Hale (DSL)"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Wexcombe_CAMHS_RT.xlsx",
                "Contacts",
                (("2024-11-01", "Dr Lucia Farrant (Clinical Psychologist)"),),
            ),
            "ed": Sheet(
                ED,
                "Wexcombe_Royal_ED_paeds.xlsx",
                "Attendances",
                (("2024-09-01", "Paediatric liaison HV"),),
            ),
            "gp": Sheet(
                GP,
                "Pottery_Lane_Surgery.xlsx",
                "Ryan",
                (("2024-09-01", "Dr Kwame Ashworth-Bello"),),
                typed=False,
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Wexcombe.xlsx",
                "RT",
                (("2024-09-01", "Jo Merriman (School Nurse)"),),
            ),
            "isva": Sheet(
                ISVA,
                "ChISVA_Tarrant.xlsx",
                "Case notes",
                (("2024-11-01", "Rosa Delacourt (Children's ISVA)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Ambulance_CAD_Tarrant.csv",
                "",
                (("2024-09-01", "Safeguarding team"),),
                typed=False,
            ),
        },
    )
    o = f.occ
    o(
        "2024-10-03",
        "sch-disclosure",
        R(
            "sch",
            "Ryan's friend came to me worried: an 'older lad' online has been sending Ryan Xbox "
            "gift cards and asked for photos. I spoke to Ryan at break; he went red, said it was "
            "'just Jayden, he's 15' and he had sent 'some pictures'. I did not look at his "
            "phone. I rang the MASH and then Ryan's mum.",
            "11:05",
            "Disclosure",
        ),
    )
    o(
        "2024-10-03",
        "sch-mash-call",
        R("sch", "I phoned the MASH about Ryan (online grooming, images).", "11:40", "Phone call"),
        R(
            "csc",
            "Contact type: Telephone - professional. From: DSL, Wexcombe Ridge Academy. "
            "Details: Ryan (12) sending images to an online 'friend' who gives him gift cards. "
            "Outcome: to MASH screening today, police to be notified",
            "11:42",
        ),
    )
    o(
        "2024-10-03",
        "sch-mum-call",
        R(
            "sch",
            "I rang Michelle (mum) and explained. She was shocked and will keep Ryan's phone "
            "and Xbox off until police advise.",
            "12:10",
            "Parent contact",
        ),
    )
    o(
        "2024-10-04",
        "mash-police-ref",
        R(
            "csc",
            "Contact type: Referral to police (online child abuse team). Outcome: sent via "
            "secure email 09:20, strategy discussion requested",
            "09:20",
        ),
        R(
            "pol",
            "Referral received from Wexcombe MASH: Ryan TARRANT 12 yrs, suspected online "
            "grooming via gaming platform by 'Jayden'. Crime recorded (s15A sexual "
            "communication with a child). Allocated DC Halloran",
            "09:45",
            "Referral received",
            ref="WX/24/61209",
        ),
    )
    o(
        "2024-10-07",
        "strategy-1",
        R(
            "csc",
            "Contact type: Strategy discussion (Teams). Attendees: police, school, school "
            "nursing, SW. Outcome: S47 (joint), devices to be seized with consent, ABE "
            "interview to be planned",
            "10:00",
        ),
        R(
            "pol",
            "OIC attended strategy meeting. Joint S47 agreed. Home visit tomorrow to seize "
            "devices and take first account from mother",
            "10:00",
            "Strategy meeting",
            ref="WX/24/61209",
        ),
        R(
            "sch",
            "I attended the strategy meeting on Teams. S47 agreed.",
            "10:00",
            "Meeting",
        ),
        R(
            "sn",
            "Strategy mtg (Teams) - S47 agreed, SN to offer Ryan drop-ins",
            "10:00",
            "Meeting",
            shift="swap",
        ),
    )
    o(
        "2024-10-07",
        "safety-plan-meeting",
        R(
            "sch",
            "Safety planning meeting in school with Michelle, Ryan and the new SW: Ryan's "
            "trusted adult is Mr Dyson (PE), he can use the pastoral base at lunch.",
            "15:30",
            "Meeting",
        ),
        R(
            "csc",
            "Contact type: Safety planning meeting at school. Outcome: trusted adult named, "
            "no devices in bedroom, mum to change Wi-Fi password nightly",
            "15:30",
        ),
    )
    o(
        "2024-10-08",
        "joint-visit",
        R(
            "pol",
            "Joint visit with SW to 14 Pottery Lane. Mother consented to seizure: iPhone, Xbox "
            "Series S, iPad. Ryan confirmed contact with 'Jayden' since July",
            "16:00",
            "Joint visit",
            ref="WX/24/61209",
        ),
        R(
            "csc",
            "Contact type: Joint home visit with police. Outcome: devices seized with "
            "Michelle's consent; Ryan seen alone briefly, embarrassed and tearful",
            "16:00",
        ),
    )
    o(
        "2024-10-08",
        "sn-dropin",
        R(
            "sn",
            "Ryan seen at school drop-in (lunch). Quiet, not sleeping well. Open door offered",
            "12:30",
            "Drop-in",
        ),
    )
    o(
        "2024-10-10",
        "ceop",
        R(
            "pol",
            "CEOP referral received (mother's online report 04/10) - relates to same matter, "
            "linked to WX/24/61209",
            "",
            "Intelligence",
            ref="WX/24/61209",
        ),
    )
    o(
        "2024-10-15",
        "abe",
        R(
            "pol",
            "ABE interview of Ryan at Orchard Suite, Wexcombe. Account: 'Jayden' asked for "
            "images, then live video acts in return for gift cards; threatened to send images "
            "to school friends if he stopped",
            "10:00",
            "ABE interview",
            ref="WX/24/61209",
        ),
        R(
            "csc",
            "Contact type: ABE interview (SW observed). Outcome: Ryan gave a full account; "
            "sextortion threats; SW to update mother",
            "10:00",
        ),
    )
    o(
        "2024-11-05",
        "arrest-crossland",
        R(
            "pol2",
            "WARRANT S8 PACE EXECUTED 0610 HRS 3 LINNET CLOSE BRACKENHOLT. NEIL CROSSLAND "
            "(47) ARRESTED S15A, S10 SOA, MAKING IIOC. 4 DEVICES SEIZED",
            "06:10",
        ),
        R(
            "pol",
            "Suspect Neil CROSSLAND (47) arrested at home address in Brackenholt by North "
            "Tarnshire POLIT on our request (warrant). Devices seized",
            "06:10",
            "Arrest",
            ref="WX/24/61209",
        ),
    )
    o(
        "2024-11-05",
        "arrest-hosking",
        R(
            "pol2",
            "SAME ADDRESS - LODGER LIAM HOSKING (29) ARRESTED POSS IIOC (LAPTOP). SEPARATE "
            "INVESTIGATION",
            "06:40",
        ),
    )
    o(
        "2024-11-07",
        "charge-crossland",
        R(
            "pol2",
            "CROSSLAND N CHARGED (CPS AUTH) S10 X3, S15A X1, MAKING IIOC X6. REMANDED IN "
            "CUSTODY TO TARNSHIRE MC 08/11",
            "19:30",
        ),
        R(
            "pol",
            "CPS authorised charges: Crossland charged s10 SOA x3, s15A x1, making IIOC x6. "
            "Remanded in custody",
            "19:30",
            "Charge",
            ref="WX/24/61209",
        ),
    )
    o(
        "2024-11-07",
        "charge-update-call",
        R(
            "pol",
            "OIC phoned SW (F Adebanjo) to update on charge and remand; SW to tell family",
            "20:05",
            "Update to partner agency",
            ref="WX/24/61209",
        ),
        R(
            "csc",
            "Contact type: Telephone from DC Halloran (OIC). Details: suspect charged tonight "
            "and remanded. Outcome: SW to visit family tomorrow",
            "20:05",
        ),
    )
    o(
        "2024-11-08",
        "isva-ref",
        R("pol", "Referral to Children's ISVA service sent (consent from mother)", "", "Referral"),
        R(
            "isva",
            "Referral received today from Wexcombe Police (DC Halloran) for Ryan, aged 12, "
            "victim of online sexual abuse by an adult who has now been charged. Mother "
            "consents. Allocated to me; I will make contact with the family next week.",
            "",
            "Referral received",
        ),
    )
    o(
        "2024-11-14",
        "isva-first",
        R(
            "isva",
            "First home visit to Ryan and his mother. Ryan was quiet at first, kept his hood up "
            "and said he did not want to 'go to court and have everyone know'. I explained what "
            "an ISVA does, that he will not have to see the man, and how special measures work. "
            "Michelle is angry with herself for not noticing; Gavin was at work. We agreed "
            "fortnightly contact.",
            "16:30",
            "Home visit",
        ),
    )
    o(
        "2024-11-22",
        "amb-od",
        R(
            "amb",
            "CAT 2 - M 13 OD - C/O MOTHER - 16 X PARACETAMOL 500MG APPROX 2000HRS. ALERT, "
            "GCS 15, OBS NORMAL. CONV WRH",
            "21:12",
        ),
    )
    o(
        "2024-11-22",
        "ed-od",
        R(
            "ed",
            "13M BIBA, intentional OD 8g paracetamol ~20:00 after learning images may have "
            "been shared at school. 4h level above line - NAC commenced. Admitted Ward 4 "
            "(paeds). CAMHS liaison referral",
            "21:55",
            "ED attendance",
        ),
    )
    o(
        "2024-11-23",
        "camhs-liaison",
        R(
            "camhs",
            "Liaison assessment on Ward 4. Ryan describes shame, fear images are 'everywhere'. "
            "Risk: high, impulsive. Plan: safety plan with mum, meds locked away, urgent "
            "CAMHS follow-up within 7 days",
            "11:00",
            "Liaison assessment",
        ),
    )
    o(
        "2024-11-25",
        "strategy-2",
        R(
            "csc",
            "Contact type: Strategy discussion following overdose. Attendees: police, school, "
            "CAMHS, school nursing. Outcome: S47 continues; school to check rumour about images; "
            "CIN meeting to follow",
            "10:30",
        ),
        R(
            "pol",
            "Strategy meeting re Ryan's overdose. No evidence images circulated at school; "
            "pupils' claim to be checked. S47 continues",
            "10:30",
            "Strategy meeting",
            ref="WX/24/61209",
        ),
        R(
            "sch",
            "Strategy meeting (Teams) - I will speak to the Year 9 boys named in the rumour.",
            "10:30",
            "Meeting",
        ),
        R(
            "camhs",
            "Strategy discussion attended (Teams). Shared risk formulation",
            "10:30",
            "MDT",
        ),
        R("sn", "Strategy mtg - after OD", "10:30", "Meeting", shift="+1"),
    )
    o(
        "2024-11-25",
        "ed-gp-letter",
        R("ed", "Discharge notification (OD, NAC, CAMHS f/u) sent to GP", "", "Letter"),
        R(
            "gp",
            "WRH discharge notification: paracetamol OD 22/11, NAC, CAMHS liaison seen, d/c "
            "24/11. Coded",
            shift="+1",
        ),
    )
    o(
        "2024-11-26",
        "sch-return",
        R(
            "sch",
            "Ryan back in school on a reduced timetable (mornings), pastoral base at break.",
            "",
            "Attendance",
        ),
    )
    o(
        "2024-12-03",
        "camhs-choice",
        R(
            "camhs",
            "Follow-up (Choice) with mum. Low mood, sleep poor, no further SH. Plan: trauma "
            "focused CBT with Dr Farrant",
            "15:00",
            "Appointment",
        ),
    )
    o(
        "2024-12-06",
        "gp-camhs-letter",
        R(
            "gp",
            "CAMHS letter rec'd, text as follows: 'Follow-up (Choice) with mum. Low mood, sleep "
            "poor, no further SH. Plan: trauma focused CBT with Dr Farrant'",
        ),
    )
    o(
        "2024-12-10",
        "cin-1",
        R(
            "csc",
            "Contact type: CIN meeting at school. Outcome: S47 concluded - CIN plan (online "
            "harm, emotional wellbeing). Ryan to keep phone in kitchen overnight",
            "14:00",
        ),
        R("sch", "First CIN meeting held here. I attended with Ryan's tutor.", "14:00", "Meeting"),
        R("camhs", "CIN meeting attended at school", "14:00", "MDT"),
        R(
            "isva",
            "I attended the child in need meeting at school and explained the court process.",
            "14:00",
            "Meeting",
        ),
        R("sn", "CIN mtg attended", "", "Meeting", shift="month"),
    )
    o(
        "2025-01-17",
        "ed-cuts",
        R(
            "ed",
            "13M self-harm - superficial cuts L forearm x6 (pencil sharpener blade). Steri-strips. "
            "Known to CAMHS. Discharged with mum",
            "18:20",
            "ED attendance",
        ),
    )
    o(
        "2025-01-18",
        "ed-cuts-2",
        R(
            "ed",
            "13M re-attends - wound check, one cut gaping, glued. No new injuries",
            "11:45",
            "ED attendance",
        ),
    )
    o(
        "2025-01-20",
        "ed-sn-notice",
        R(
            "ed",
            "Notification of 2 attendances (17/01, 18/01) sent to school nursing",
            "",
            "Letter",
        ),
        R(
            "sn",
            "ED notification received - Ryan self-harm 17/01 and wound check 18/01",
            "",
            "Notification",
        ),
    )
    o(
        "2025-01-29",
        "camhs-email",
        R(
            "camhs",
            "Email to school DSL: Ryan has disclosed cutting; please ensure sharp items "
            "plan and pastoral base available",
            "17:20",
            "Email",
        ),
        R(
            "sch",
            "Email from CAMHS (Dr Farrant) received this morning re Ryan's cutting - I updated "
            "his safety plan.",
            "08:30",
            "Email",
            shift="+1",
        ),
    )
    o(
        "2025-02-04",
        "ptph",
        R(
            "pol",
            "PTPH Tarnshire Crown Court: Crossland NG to s10 x3, G to s15A and IIOC. Trial "
            "fixed 07/07/2025 (5 days). Remanded",
            "",
            "Court",
            ref="WX/24/61209",
        ),
        R("pol2", "CROSSLAND N - PTPH - PART GUILTY PLEAS. TRIAL 07/07/25", ""),
        R(
            "isva",
            "Crossland's plea hearing was today at Tarnshire Crown Court. He pleaded guilty to "
            "the sexual communication and image offences but not guilty to the three counts of "
            "causing a child to engage in sexual activity, so there will be a trial in July. I "
            "rang Michelle afterwards to explain.",
            "",
            "Court",
        ),
    )
    o(
        "2025-02-04",
        "camhs-cbt",
        R("camhs", "TF-CBT session 4. Ryan engaged, narrative work", "16:00", "Therapy"),
    )
    o(
        "2025-03-11",
        "cin-2",
        R(
            "csc",
            "Contact type: CIN review. Outcome: managed move to Stannard Vale School agreed "
            "for after Easter (fresh start); CIN plan continues",
            "14:00",
        ),
        R("sch", "CIN review - managed move agreed.", "14:00", "Meeting"),
        R("camhs", "CIN review attended", "14:00", "MDT", shift="-1"),
        R("isva", "I attended Ryan's CIN review.", "14:00", "Meeting"),
    )
    o(
        "2025-04-22",
        "school-move",
        R(
            "sch",
            "Managed move: Ryan transferred to Stannard Vale School from today. Safeguarding "
            "file sent by secure transfer.",
            "",
            "Off roll",
        ),
        R(
            "sch2",
            "Ryan Tarrant started Y9 today on a managed move from Wexcombe Ridge. File received.",
            "08:40",
            "Admission",
        ),
        R(
            "csc",
            "Contact type: Education update. Outcome: Ryan started at Stannard Vale School "
            "today on a managed move",
        ),
        R(
            "sn",
            "Ryan moved to Stannard Vale (managed move) - records transferred",
            "",
            "Transfer",
            shift="late",
        ),
    )
    o(
        "2025-05-16",
        "missing",
        R(
            "pol",
            "Missing person: Ryan TARRANT 13 left home 17:00 saying going to park, not "
            "returned, phone off. Mother found messages with new online contact arranging to "
            "meet. HIGH RISK",
            "21:30",
            "Missing",
            ref="WX/25/30388",
        ),
    )
    o(
        "2025-05-17",
        "found",
        R(
            "pol",
            "Missing found: Ryan located Wexcombe bus station 02:05 alone, cold, says contact "
            "did not turn up. Returned home. Contact's profile referred for research",
            "02:05",
            "Missing found",
            ref="WX/25/30388",
        ),
        R(
            "pol",
            "Missing found: Ryan located at Wexcombe bus station 02:05 alone and cold, says "
            "contact did not turn up. Returned home. Contact's profile referred for research",
            "02:05",
            "Missing found",
            ref="WX/25/30388",
        ),
    )
    o(
        "2025-05-19",
        "csc-missing-note",
        R(
            "csc",
            "Contact type: Police notification (missing). Details: Ryan missing 16/05 17:00, "
            "found bus station 02:05. Outcome: RHI requested, strategy discussion tomorrow",
            "09:10",
            ref="WX/25/30388",
        ),
    )
    o(
        "2025-05-20",
        "strategy-3",
        R(
            "csc",
            "Contact type: Strategy discussion. Outcome: S47 re new online contact; refer to "
            "MACE; Ryan's new phone to have parental controls",
            "11:00",
        ),
        R(
            "pol",
            "Strategy meeting following missing episode - new contact's account identified as "
            "adult male, enquiries ongoing",
            "11:00",
            "Strategy meeting",
            ref="WX/25/30388",
        ),
        R("sch2", "Strategy meeting by phone - I attended for Stannard Vale.", "11:00", "Meeting"),
        R("camhs", "Strategy discussion (phone)", "11:00", "MDT"),
    )
    o(
        "2025-06-05",
        "mace",
        R(
            "csc",
            "Contact type: MACE panel. Outcome: Ryan discussed, risk of online CSE high; "
            "disruption via platform reports; youth work offer",
            "09:30",
        ),
        R("pol", "MACE - Ryan TARRANT heard, disruption plan agreed", "09:30", "MACE"),
        R("sch2", "MACE panel - I presented for school.", "09:30", "Meeting"),
    )
    o(
        "2025-07-09",
        "evidence",
        R(
            "isva",
            "Ryan gave his evidence today over the live link from the witness suite, after "
            "his recorded interview was played. He was cross-examined for about forty minutes "
            "and managed it, with one break. I sat with him throughout and took him and "
            "Michelle for lunch afterwards; he said he was glad it was done.",
            "",
            "Court support",
        ),
        R(
            "pol",
            "Trial day 3: victim gave evidence via live link (ABE played), supported by ISVA",
            "",
            "Court",
            ref="WX/24/61209",
        ),
    )
    o(
        "2025-07-10",
        "verdict",
        R(
            "pol",
            "Verdict: Crossland GUILTY s10 x3 (unanimous). Sentence adjourned to 12/09 for PSR",
            "",
            "Court result",
            ref="WX/24/61209",
        ),
        R("pol2", "CROSSLAND N - GUILTY ALL COUNTS - SENTENCE 12/09/25", ""),
        R(
            "isva",
            "The jury found Crossland guilty on all three counts this afternoon. I rang Ryan "
            "and Michelle.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Contact type: Criminal proceedings. Outcome: Crossland found guilty on all counts "
            "at Tarnshire Crown Court yesterday",
            shift="late",
        ),
    )
    o(
        "2025-09-01",
        "vps",
        R("isva", "Ryan's victim personal statement finalised and sent to the OIC.", "", "VPS"),
        R(
            "pol",
            "VPS (victim) received via ISVA for sentencing",
            "",
            "Court preparation",
            ref="WX/24/61209",
        ),
    )
    o(
        "2025-09-12",
        "sentence",
        R(
            "pol",
            "Sentence: Crossland 9 yrs imprisonment + 4 yrs extended licence, SHPO indefinite, "
            "SOR life. VPS read",
            "",
            "Court result",
            ref="WX/24/61209",
        ),
        R("pol2", "CROSSLAND N SENTENCED 9 YRS + EXT LICENCE 4 YRS, SHPO", ""),
        R(
            "isva",
            "Sentencing today - nine years plus an extended licence. Ryan chose not to attend; "
            "his statement was read by the prosecutor.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Contact type: Criminal proceedings. Outcome: Crossland sentenced today at "
            "Tarnshire Crown Court to 9 years plus 4 years extended licence",
        ),
    )
    f.fill(
        "sch",
        "2024-09-04",
        "2025-04-04",
        [
            ("Attendance", "Ryan absent - mum reports headache"),
            ("Pastoral", "I checked in with Ryan at lunch - ok"),
            ("Behaviour", "Ryan left lesson without permission, found in toilets"),
        ],
    )
    f.fill(
        "sch",
        "2024-09-04",
        "2024-10-01",
        [("Pastoral", "Ryan asleep in period 1 - says gaming till 3am")],
    )
    f.fill(
        "camhs",
        "2024-12-04",
        "2025-09-30",
        [
            ("Therapy", "TF-CBT session - psychoeducation"),
            ("Therapy", "TF-CBT session - DNA, rebooked"),
            ("Therapy", "TF-CBT session - grounding, safety plan reviewed"),
            ("Review", "Review with mum - mood improving"),
        ],
    )
    f.fill(
        "isva",
        "2025-02-05",
        "2025-07-04",
        [
            ("Home visit", "Visit to Ryan at home - court familiarisation booklet"),
            ("Phone call", "Call with Michelle re trial date"),
            ("Home visit", "Visit - pre-trial visit to court planned"),
        ],
    )
    f.fill(
        "csc",
        "2024-10-09",
        "2025-09-30",
        [
            ("", "Contact type: Home visit. Outcome: Ryan seen alone"),
            ("", "Contact type: Home visit. Outcome: no answer"),
            ("", "Contact type: Direct work. Outcome: online safety session with Ryan"),
        ],
    )
    f.fill(
        "sch2",
        "2025-04-23",
        "2025-07-18",
        [
            ("Pastoral", "Ryan settled in tutor group, joined chess club"),
            ("Attendance", "Ryan late - bus"),
        ],
    )
    f.fill(
        "sn",
        "2024-10-09",
        "2025-07-18",
        [("Drop-in", "Ryan at drop-in - sleep hygiene"), ("Drop-in", "Ryan seen - weight check")],
    )
    f.fill("gp", "2024-09-02", "2025-09-30", [("", "Ryan - acne, topical rx"), ("", "Ryan - URTI")])
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 4: Efua Boakye-Tetteh (b. 02/10/2013), Brindlemoor. Brought from Ghana in August 2024 on
# a visitor visa by a family friend from her mother's church, Patience Owusu-Ampem, who has no
# recourse to public funds and lives with her husband Kofi Owusu-Ampem and their two young
# children at Flat 7, Tannery House, Mirefield Road, Brindlemoor QB7 4TN. An unnotified private
# fostering arrangement; Efua joins Gorsebank Primary in Year 6, is found to be kept in domestic
# servitude, is taken into police protection, placed in foster care, referred to the National
# Referral Mechanism and allocated a trafficking guardian; Patience is charged and convicted.
# --------------------------------------------------------------------------------------------


def _boakye() -> BlindCase:
    f = Family(
        "boakye",
        8452,
        {
            "sch": Sheet(
                SCHOOL,
                "Gorsebank_Primary_CPOMS.xlsx",
                "Efua B-T",
                (("2024-09-01", "Mrs Nkechi Halvorsen (DSL)"),),
            ),
            "csc": Sheet(
                CSC,
                "Brindlemoor_CSC_Efua.xlsx",
                "Case notes",
                (
                    ("2024-09-01", "Front Door"),
                    ("2024-10-09", "Matthew Aldridge-Cole (SW)"),
                ),
            ),
            "pol": Sheet(
                POLICE,
                "Brindlemoor_Police_MSHT.xlsx",
                "Log",
                (("2024-09-01", "Response"), ("2024-10-23", "DC Yusuf Kinnear (MSHT unit)")),
            ),
            "gp": Sheet(
                GP,
                "Brindlemoor_Health_Centre.xlsx",
                "Extract",
                (("2024-09-01", "Dr Saoirse Mbeki-Long"),),
                typed=False,
            ),
            "nrpf": Sheet(
                NRPF,
                "NRPF_Team_Owusu-Ampem.xlsx",
                "Contacts",
                (("2024-09-01", "Callum Fretwell (NRPF caseworker)"),),
                typed=False,
            ),
            "ictg": Sheet(
                ICTG,
                "ICTG_Efua.xlsx",
                "Chronology",
                (("2024-10-01", "Anneliese Ward-Okoro (ICTG direct worker)"),),
            ),
            "mig": Sheet(
                MIGRANT,
                "Hearth_Migrant_Support_notes.xlsx",
                "Owusu-Ampem",
                (("2024-08-01", "Advice worker"),),
            ),
            "lach": Sheet(
                LAC_HEALTH,
                "LAC_Health_Efua.xlsx",
                "Health",
                (("2024-11-01", "Dr Tobenna Clayworth (Community Paediatrician)"),),
            ),
            "fos": Sheet(
                FOSTERING,
                "Brindlemoor_Fostering_Efua.xlsx",
                "Log",
                (("2024-10-24", "Elsie Marchbank (SSW)"),),
            ),
            "ed": Sheet(
                ED,
                "Brindlemoor_Infirmary_ED.xlsx",
                "Paeds",
                (("2024-09-01", "Paediatric liaison"),),
            ),
        },
    )
    o = f.occ
    o(
        "2024-08-20",
        "mig-dropin",
        R(
            "mig",
            "Drop-in: Patience O-A (visa expired 2022, NRPF). Food bank voucher. Says her "
            "'niece' has just come from Ghana to live with her for school",
            "11:30",
            "Advice",
        ),
    )
    o(
        "2024-09-10",
        "gp-efua-reg",
        R(
            "gp",
            "New patient health check: Efua BOAKYE-TETTEH DOB 02/10/2013, arrived from Ghana "
            "08/2024, lives with 'aunt' (registered here). Ht/wt 3rd centile. No imms record",
            "10:20",
        ),
    )
    o(
        "2024-09-10",
        "gp-toddler-imms",
        R(
            "gp",
            "Nana OWUSU-AMPEM (3y 4m) - MMR2 and pre-school booster given. Mum present",
            "10:30",
        ),
    )
    o(
        "2024-09-16",
        "school-start",
        R(
            "sch",
            "Efua started Year 6 today (in-year admission). Brought by Mrs Owusu-Ampem, who "
            "said she is Efua's aunt. No previous school records. EAL - good spoken English.",
            "08:45",
            "Admission",
        ),
        R(
            "mig",
            "Patience called in - Efua started at Gorsebank Primary (Y6) yesterday",
            "",
            "Information",
            shift="late",
        ),
    )
    o(
        "2024-10-01",
        "sch-hands",
        R(
            "sch",
            "I noticed Efua's hands are cracked and raw across the knuckles. She said it is "
            "'from the bleach' when she cleans. Logged, will monitor.",
            "12:50",
            "Welfare concern",
        ),
    )
    o(
        "2024-10-08",
        "sch-tired",
        R(
            "sch",
            "Efua fell asleep in maths. When I spoke to her she said she gets up at 5 to clean "
            "and get the babies ready, and that 'Auntie is not my real auntie, she is my mum's "
            "friend from church'. She eats after the family. I rang the Front Door.",
            "13:40",
            "Disclosure",
        ),
    )
    o(
        "2024-10-08",
        "sch-frontdoor",
        R("sch", "I called the Front Door re Efua (private fostering?).", "14:05", "Phone call"),
        R(
            "csc",
            "The designated safeguarding lead at Gorsebank Primary telephoned. Efua, aged "
            "eleven, arrived from Ghana in August and lives with a family friend who is not a "
            "relative; no private fostering notification has been received. Efua describes "
            "cleaning from five in the morning and caring for the friend's toddlers, and has "
            "cracked hands from bleach.",
            "14:06",
            "Contact",
        ),
    )
    o(
        "2024-10-09",
        "csc-screen",
        R(
            "csc",
            "The contact was screened. This is an unnotified private fostering arrangement with "
            "indicators of domestic servitude. Allocated to Matthew Aldridge-Cole for a "
            "private fostering visit and assessment, with a strategy discussion to be held if "
            "the visit confirms the concerns.",
            "",
            "Screening",
        ),
    )
    o(
        "2024-10-14",
        "csc-pf-visit",
        R(
            "csc",
            "Private fostering visit to Tannery House. Mrs Owusu-Ampem was welcoming and said "
            "Efua is 'like a daughter'. Efua showed me where she sleeps: a mat in the kitchen "
            "behind the door. The toddlers share the bedroom with the couple; a second bedroom "
            "is let to a lodger.",
            "16:00",
            "Home visit",
        ),
        R(
            "csc",
            "Private fostering visit to Tannery House. Mrs Owusu-Ampem was welcoming, said Efua "
            "is 'like a daughter'. Efua showed me where she sleeps: a mat in the kitchen behind "
            "the door. The toddlers share the bedroom with the couple; the second bedroom is "
            "let to a lodger.",
            "16:00",
            "Home visit",
        ),
    )
    o(
        "2024-10-14",
        "nrpf-visit",
        R(
            "nrpf",
            "Contact type: Home visit (s17 NRPF assessment). Outcome: Mrs O-A, husband, 2 "
            "children + 'niece' Efua; destitution evidence requested; interim subsistence "
            "approved for the 2 toddlers",
            "10:30",
        ),
    )
    o(
        "2024-10-19",
        "pol-balcony-1",
        R(
            "pol",
            "Occ: concern for child, Tannery House flat 7. Caller neighbour: girl ~11 on "
            "balcony in dark, crying. Action: attended 21:25, girl hanging washing, said "
            "fine, adult female present. PPN",
            "21:10",
            "Concern for child",
            ref="BM-241019-0788",
        ),
    )
    o(
        "2024-10-19",
        "pol-balcony-2",
        R(
            "pol",
            "Occ: concern for child, Tannery House flat 7 (repeat). Caller neighbour: same girl "
            "heard crying, shouting from adult male. Action: attended 00:05, no reply, quiet",
            "23:50",
            "Concern for child",
            ref="BM-241019-0951",
        ),
    )
    o(
        "2024-10-21",
        "csc-ppn",
        R(
            "csc",
            "Police notifications received from the weekend: neighbours twice called police on "
            "Saturday night about a girl crying on the balcony of flat 7, Tannery House. Linked "
            "to Efua's assessment.",
            "09:20",
            "Notification",
            ref="BM-241019-0788",
        ),
    )
    o(
        "2024-10-21",
        "ed-burn",
        R(
            "ed",
            "11F with 'aunt'. Burn L forearm ~4x2cm superficial partial thickness, says touched "
            "iron while ironing. Delay 2h. Dressed. Safeguarding query - aunt not PR",
            "19:40",
            "ED attendance",
        ),
    )
    o(
        "2024-10-22",
        "sch-burn-call",
        R(
            "sch",
            "Efua arrived with a bandaged arm. She said she burned it ironing Uncle's shirts "
            "last night. I phoned her SW straight away.",
            "09:10",
            "Injury",
        ),
    )
    o(
        "2024-10-22",
        "sch-sw-call",
        R("sch", "I rang Matthew (SW) re the burn.", "09:30", "Phone call"),
        R(
            "csc",
            "The school rang: Efua has a bandaged burn to her arm from ironing her carer's "
            "husband's shirts last night. A strategy discussion will be convened tomorrow.",
            "09:32",
            "Telephone call",
        ),
    )
    o(
        "2024-10-23",
        "ed-gp-notice",
        R("ed", "Paeds liaison - attendance notification sent to GP and CSC", "", "Letter"),
        R("gp", "ED notification: Efua burn L forearm 21/10 (ironing). Noted", "", shift="+1"),
    )
    o(
        "2024-10-23",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion with police, the school and the emergency department's "
            "paediatric liaison. Efua is in an unnotified private fostering arrangement with "
            "strong indicators of trafficking for domestic servitude. Agreed: section 47 "
            "enquiry jointly with the police modern slavery unit; visit to Efua at school "
            "tomorrow; consideration of police protection if she confirms the account.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "Strategy: MSHT unit. Joint S47. Visit IP at school 24/10. PP to be considered",
            "10:00",
            "Strategy",
        ),
        R(
            "sch",
            "I took part in the strategy discussion by phone. Police and SW coming in tomorrow.",
            "10:00",
            "Meeting",
        ),
        R("ed", "Strategy discussion - ED liaison contributed", "10:00", "Meeting"),
    )
    o(
        "2024-10-23",
        "nrpf-panel",
        R(
            "nrpf",
            "Contact type: NRPF panel. Outcome: support for toddlers continued pending "
            "immigration advice; Efua's position referred back to CSC",
            "14:00",
        ),
    )
    o(
        "2024-10-24",
        "joint-school-visit",
        R(
            "pol",
            "Joint visit with SW to IP at Gorsebank Primary. IP states brought to UK to work "
            "for family, not paid, passport held by Mrs O-A, hit with a belt if she is slow",
            "13:30",
            "Joint visit",
            ref="BM-241024-0412",
        ),
        R(
            "csc",
            "Joint visit with DC Kinnear to Efua at school. Efua told us she was brought here "
            "to work, that her passport is kept by Mrs Owusu-Ampem and that she is hit with a "
            "belt when she is slow.",
            "13:30",
            "S47 visit",
        ),
        R(
            "sch",
            "Police and SW saw Efua in the library room. I sat outside.",
            "13:30",
            "Visit",
        ),
    )
    o(
        "2024-10-24",
        "police-protection",
        R(
            "pol",
            "Police protection s46 CA1989 taken 15:10 at school (IP). Designated officer "
            "informed. IP not to return to Tannery House",
            "15:10",
            "Police protection",
            ref="BM-241024-0412",
        ),
        R(
            "csc",
            "Police protection was taken at school at 15:10; Efua will not return to Tannery "
            "House.",
            "15:10",
            "Legal status",
        ),
    )
    o(
        "2024-10-24",
        "placement-1",
        R(
            "csc",
            "Efua was placed this evening with emergency foster carers Rob and Denise "
            "Hathersage. She asked for her school bag and her Bible.",
            "19:00",
            "Placement",
        ),
        R(
            "fos",
            "Emergency placement - Efua (11) with Rob & Denise Hathersage",
            "19:00",
            "Placement start",
        ),
    )
    o(
        "2024-10-25",
        "arrest-patience",
        R(
            "pol",
            "Patience OWUSU-AMPEM arrested 06:30 on susp s1 MSA 2015 (holding child in "
            "servitude) + s47 OAPA. Passport of IP recovered from bedroom drawer",
            "06:30",
            "Arrest",
            ref="BM-241024-0412",
        ),
    )
    o(
        "2024-10-25",
        "arrest-kofi",
        R(
            "pol",
            "Kofi OWUSU-AMPEM arrested 06:35 same address on susp s1 MSA 2015 + s47 OAPA",
            "06:35",
            "Arrest",
            ref="BM-241024-0412",
        ),
    )
    o(
        "2024-10-25",
        "s20",
        R(
            "csc",
            "No one with parental responsibility is in the country; Efua is now accommodated "
            "under section 20. Her mother in Kumasi was reached by phone through an "
            "interpreter and agrees Efua should stay in foster care for now.",
            "",
            "Legal status",
        ),
    )
    o(
        "2024-10-25",
        "nrm",
        R(
            "csc",
            "As First Responder I submitted a National Referral Mechanism referral for Efua "
            "(child, domestic servitude). Referral to the trafficking guardian service made at "
            "the same time.",
            "15:00",
            "NRM referral",
        ),
    )
    o(
        "2024-10-25",
        "ictg-ref",
        R("csc", "Referral to ICTG service sent (secure email).", "15:20", "Referral"),
        R(
            "ictg",
            "Referral received from Brindlemoor CSC for Efua, aged 11, who is believed to have "
            "been brought from Ghana for domestic servitude. NRM referral made today. "
            "Allocated to me as direct worker.",
            "",
            "Referral received",
        ),
    )
    o(
        "2024-11-07",
        "iha",
        R(
            "lach",
            "Assessment: Initial health assessment (IHA). Ht 2nd centile, wt 0.4th. Healed "
            "burn L forearm. Linear scars R thigh consistent with described belt. Healthy "
            "teeth. Plan: catch-up imms, TB screen, dietitian",
            "10:00",
            "IHA",
        ),
        R(
            "fos",
            "Denise took Efua to IHA at Brindlemoor Children's Centre - paediatrician",
            "10:00",
            "Health",
            shift="swap",
        ),
    )
    o(
        "2024-11-12",
        "ictg-visit",
        R(
            "ictg",
            "I met Efua for the first time at her foster home. She was polite and careful, "
            "and asked several times whether she would be sent back and whether her mother "
            "would be in trouble. I explained my role, that I am independent of social care "
            "and the police, and that I will come with her to interviews and meetings. She "
            "wants to stay at Gorsebank and to phone her mother every Sunday.",
            "16:30",
            "Direct work",
        ),
    )
    o(
        "2024-11-15",
        "gp-deduct",
        R("gp", "Efua - deducted, registered with Hollowmere Medical Centre (foster carers' GP)"),
    )
    o(
        "2024-11-19",
        "lac-review-1",
        R(
            "csc",
            "First looked after review at the foster home, chaired by the IRO. Efua said she "
            "likes her carers and wants to stay. The care plan is for Efua to remain in foster "
            "care while her mother's wishes and circumstances in Ghana are assessed through "
            "an international social work agency.",
            "10:00",
            "LAC review",
        ),
        R("fos", "LAC review at carers' home - placement to continue", "10:00", "Meeting"),
        R(
            "ictg",
            "I attended Efua's first looked after review and helped her share her views.",
            "10:00",
            "Meeting",
        ),
        R("sch", "First CLA review for Efua - I attended at the carers'.", "10:00", "Meeting"),
    )
    o(
        "2024-11-19",
        "pep",
        R(
            "sch",
            "PEP meeting in school with SW, carer and Virtual School. Targets: reading age, "
            "friendships; Pupil Premium Plus for tutoring.",
            "14:00",
            "PEP",
        ),
        R(
            "csc",
            "Personal education plan meeting at Gorsebank Primary this afternoon.",
            "14:00",
            "PEP",
        ),
        R("fos", "PEP at school - Denise attended", "14:00", "Meeting"),
    )
    o(
        "2024-11-26",
        "pol-interviews",
        R(
            "pol",
            "Both suspects interviewed (Twi interpreter). Patience denies, says IP 'helps like "
            "any daughter'. Kofi no comment. Both bailed, no contact with IP",
            "",
            "Investigation",
            ref="BM-241024-0412",
        ),
    )
    o(
        "2024-11-27",
        "gp-report",
        R("gp", "Report for professionals' meeting re Owusu-Ampem children sent. Unable to attend"),
    )
    o(
        "2024-11-28",
        "toddlers-meeting",
        R(
            "csc",
            "Professionals' meeting about the Owusu-Ampem toddlers, who remain at Tannery "
            "House with their parents while both are on bail. Agreed: a child and family "
            "assessment of the toddlers, nursery place to be sought, police to share bail "
            "conditions.",
            "11:00",
            "Professionals' meeting",
        ),
        R(
            "nrpf",
            "Contact type: Professionals meeting (toddlers). Outcome: C&F assessment by CSC; "
            "NRPF to review support",
            "11:00",
        ),
        R(
            "pol",
            "Profs meeting re suspects' children (2). Bail conds shared",
            "11:00",
            "Meeting",
            ref="BM-241024-0412",
        ),
    )
    o(
        "2024-12-03",
        "nrpf-letter",
        R(
            "nrpf",
            "Contact type: Decision letter. Outcome: s17 support ended - toddlers' needs met "
            "by parents' informal work (evidence), no longer destitute",
        ),
        R(
            "mig",
            "Copy of letter from NRPF team dated 03/12 brought in by Patience: 's17 support "
            "ended - toddlers' needs met by parents' informal work, no longer destitute'. "
            "Referred to housing law clinic",
            "",
            "Correspondence",
            shift="+2",
        ),
    )
    o(
        "2024-12-10",
        "rg-decision",
        R(
            "csc",
            "The Single Competent Authority made a positive reasonable grounds decision for "
            "Efua today.",
            "",
            "NRM",
        ),
        R(
            "ictg",
            "Positive reasonable grounds decision received for Efua. I told her with her carer.",
            "",
            "NRM",
        ),
    )
    o(
        "2025-01-14",
        "abe",
        R(
            "pol",
            "ABE interview of IP with Twi intermediary at Orchard Lodge suite. Full account of "
            "recruitment via church, travel, work regime, assaults with belt, passport taken",
            "10:00",
            "ABE",
            ref="BM-241024-0412",
        ),
        R(
            "csc",
            "I observed Efua's ABE interview. She gave a clear account and was proud afterwards.",
            "10:00",
            "ABE",
        ),
        R(
            "ictg",
            "I supported Efua at her police interview at Orchard Lodge; a Twi intermediary was "
            "present. Afterwards we got hot chocolate.",
            "10:00",
            "Support",
        ),
    )
    o(
        "2025-01-30",
        "ed-abdo-1",
        R(
            "ed",
            "11F LAC with foster carer. Abdo pain 1 day, obs normal, soft abdomen. ?constipation. "
            "Discharged, GP f/u",
            "20:15",
            "ED attendance",
        ),
    )
    o(
        "2025-01-31",
        "ed-abdo-2",
        R(
            "ed",
            "11F re-attends with carer, pain worse RIF, vomiting. USS - appendix normal. "
            "Mesenteric adenitis. Discharged",
            "16:40",
            "ED attendance",
        ),
    )
    o(
        "2025-02-03",
        "ed-lach-notice",
        R("ed", "LAC notification (attendances 30/01 + 31/01) sent to LAC health", "", "Letter"),
        R(
            "lach",
            "Assessment: ED notification received - 2 attendances, mesenteric adenitis. No "
            "safeguarding concern",
            "",
            "Notification",
        ),
    )
    o(
        "2025-02-11",
        "placement-2",
        R(
            "csc",
            "Efua moved from her emergency carers to long-term matched foster carers, Ama and "
            "Joseph Quartey, who speak Twi and attend a church Efua chose.",
            "",
            "Placement",
        ),
        R(
            "fos",
            "Planned move - Efua to Ama & Joseph Quartey (long-term match)",
            "",
            "Placement start",
        ),
        R(
            "sch",
            "Efua moved to her new foster home yesterday. Taxi from new address.",
            "",
            "Information",
            shift="late",
        ),
    )
    o(
        "2025-03-06",
        "charge-patience",
        R(
            "pol",
            "CPS: Patience OWUSU-AMPEM charged s1 MSA (servitude) + s4 MSA (travel with view to "
            "exploitation) + s47 OAPA. Bailed to Brindlemoor MC 27/03",
            "17:00",
            "Charge",
            ref="BM-241024-0412",
        ),
        R(
            "csc",
            "Mrs Owusu-Ampem was charged today with holding Efua in servitude, arranging her "
            "travel for exploitation and assault.",
            "",
            "Criminal proceedings",
        ),
    )
    o(
        "2025-03-06",
        "nfa-kofi",
        R(
            "pol",
            "Kofi OWUSU-AMPEM - NFA (CPS: insufficient evidence). Bail cancelled",
            "17:20",
            "Disposal",
            ref="BM-241024-0412",
        ),
    )
    o(
        "2025-03-13",
        "sch-report",
        R("sch", "School report for Efua's CLA review sent to the IRO.", "", "Report"),
    )
    review2 = (
        "Second looked after review at the Quarteys' home. Efua is settled, reading has "
        "improved by two years, and she speaks to her mother weekly. Plan: long-term foster "
        "care; secondary transfer to Harrowfield Academy in September."
    )
    o(
        "2025-03-18",
        "lac-review-2",
        R("csc", review2, "10:00", "LAC review"),
        R("ictg", "Review minutes received from the IRO, pasted: " + review2, "", "Meeting"),
        R("fos", "LAC review - long-term plan confirmed", "10:00", "Meeting"),
        R("sch", "CLA review - I attended.", "10:00", "Meeting", shift="-1"),
    )
    o(
        "2025-06-10",
        "cg-decision",
        R(
            "ictg",
            "Positive conclusive grounds decision for Efua - recognised as a victim of "
            "trafficking (domestic servitude).",
            "",
            "NRM",
        ),
        R("csc", "Conclusive grounds decision received today: positive.", "", "NRM"),
        R(
            "pol",
            "SCA conclusive grounds: positive (IP). Noted for CPS",
            "",
            "NRM",
            ref="BM-241024-0412",
            shift="+1",
        ),
    )
    o(
        "2025-09-03",
        "secondary-start",
        R(
            "fos",
            "Efua started Year 7 at Harrowfield Academy",
            "",
            "Education",
            shift="month",
        ),
        R(
            "csc",
            "Efua started at Harrowfield Academy today and was excited to wear her blazer.",
            "",
            "Education",
        ),
    )
    o(
        "2025-09-22",
        "plea",
        R(
            "pol",
            "Brindlemoor CC: Patience OWUSU-AMPEM pleaded GUILTY s1 MSA and s47 OAPA on day of "
            "trial; s4 left on file. Sentence 07/11",
            "",
            "Court result",
            ref="BM-241024-0412",
        ),
        R(
            "ictg",
            "Patience pleaded guilty this morning, so Efua will not have to give evidence. I "
            "went to see Efua after school to tell her with her carers.",
            "",
            "Court",
        ),
        R("csc", "The carer pleaded guilty today at Crown Court; no trial.", "", "Court"),
    )
    o(
        "2025-11-07",
        "sentence",
        R(
            "pol",
            "Sentence: Patience OWUSU-AMPEM 5 yrs 6 mths. Slavery and Trafficking Reparation "
            "Order. Restraining order re IP",
            "",
            "Court result",
            ref="BM-241024-0412",
        ),
        R(
            "ictg",
            "Sentencing today: five and a half years, and a restraining order protecting Efua.",
            "",
            "Court",
        ),
    )
    f.fill(
        "sch",
        "2024-09-17",
        "2025-07-18",
        [
            ("Pastoral", "Efua reading with volunteer - enjoying it"),
            ("Pastoral", "I checked in with Efua - happy, made a friend"),
        ],
    )
    f.fill(
        "sch",
        "2024-09-17",
        "2024-10-18",
        [
            ("Welfare concern", "Efua no PE kit, uniform unwashed"),
            ("Attendance", "Efua late - 'had to take the babies to nursery'"),
        ],
    )
    f.fill(
        "csc",
        "2024-11-01",
        "2025-11-28",
        [
            ("Statutory visit", "Statutory visit to Efua at placement - seen alone"),
            ("Statutory visit", "Statutory visit - Efua showed me her room"),
            ("Telephone call", "Interpreted call with Efua's mother in Kumasi"),
        ],
    )
    f.fill(
        "fos",
        "2024-10-28",
        "2025-02-07",
        [
            ("Supervisory visit", "SSW visit - carers report Efua still gets up at 5 to clean"),
        ],
    )
    f.fill("fos", "2025-02-12", "2025-11-28", [("Supervisory visit", "SSW visit - settled")])
    f.fill(
        "ictg",
        "2024-11-13",
        "2025-11-28",
        [
            ("Direct work", "I visited Efua - life story work"),
            ("Direct work", "I took Efua to the library"),
        ],
    )
    f.fill(
        "mig",
        "2024-08-21",
        "2025-06-30",
        [
            ("Advice", "Food bank voucher issued"),
            ("Advice", "Immigration appointment for Patience booked"),
        ],
    )
    f.fill(
        "lach",
        "2024-11-08",
        "2025-10-31",
        [("Health", "Catch-up imms: DTaP/IPV 1st dose"), ("Health", "Dietitian review - gaining")],
    )
    f.fill("nrpf", "2024-10-16", "2024-11-29", [("", "Contact type: Subsistence paid")])
    return f.case()


def blind_dedup_cases_5() -> list[BlindCase]:
    """The cases, in a fixed order."""
    return [_brennock(), _sorrell(), _tarrant(), _boakye()]


if __name__ == "__main__":
    summary(blind_dedup_cases_5)
