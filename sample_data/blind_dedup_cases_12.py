"""A twelfth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 105-130 chronology rows from ten to twelve services
(one sheet per service) over twelve to twenty months, unlike each other and unlike the earlier
blind sets' families: a seventeen-month-old girl who dies after swallowing her mother's
methadone (a drug treatment service relaxing supervised consumption twice, a community pharmacy,
a health visitor, a GP, a nursery place never taken up, a brother removed at birth years before,
both parents' arrests, a post-mortem and an inquest, and a pre-birth strategy discussion,
conference and core group for the mother's new pregnancy after the death); a ten-year-old boy
and his two younger sisters whose mother has a brain tumour and whose father works offshore (the
boy a young carer with falling attendance, early help, a young carers' service, the education
welfare service, an oncology nurse, a hospice, a child in need plan; an older cousin who
babysits found to have sexually abused the middle child: strategy discussion, ABE interview,
SARC examination, his arrest, charge, first appearance, guilty plea and sentence; the plans
stepping up to child protection; the mother's death at the hospice); a fifteen-year-old girl
with anorexia nervosa whose father is controlling (a school nurse, a GP, a community eating
disorder service, three emergency attendances, a paediatric ward, police called to the ward, a
Mental Health Act assessment, a transfer by ambulance to an adolescent unit out of area, the
father's arrest, section 20 accommodation, looked-after reviews, and a return home to her mother
with a safety plan). Written blind: composed from the domain brief, the `Event` schema, the
shared kit (`dedup_case_kit.py`) and the head of the seventh blind set (its docstring and agency
constants, read for the format and the labelling rules; none of its families, wordings or places
reused), without reading the duplicate rules, their settings, the linkage model, any result or
any other labelled set's families, and without running the merge on these cases. Kept apart from
tuning: measure on them blind first.

The services write very differently: terse capital-letter police logs with incident numbers, VRF
and custody references; long social care narrative in the first person; the health visitors'
"Contact type: ... Outcome: ..." template; GP problem notes ("S: O: A: P:") and coded
correspondence lines; a recovery worker's abbreviated first-person keywork log (SU, SC, UDS,
OST, Tc) and a pharmacist's supervision log, both without an event-type column; a nursery
manager's plain notes; an ambulance ePCR line; emergency department shorthand (triage, Dr
review, discharge, resus); a coroner's officer's formal case log; a school's CPOMS-style log
("Category: ... Action: ...") that writes one row per child; a child abuse investigation team's
log with crime numbers; an oncology nurse specialist's clinical shorthand (GBM, RT 60Gy/30#,
TMZ, KPS, CNS HV); a school DSL log in "Concern raised by: ... Details: ... Action:" form; a
school nurse's template entries; an eating disorder service's session notes (FT-AN, MEED,
%mBMI); ward nursing entries; an AMHP's assessment record and an adolescent unit's progress
notes, both without an event-type column; an IRO's formal record; a hospice family support
practitioner's and a young carers' worker's first-person notes without an event-type column; a
forensic paediatrician's SARC entry; a health visitor pasting the social worker's minutes under
her own preface two days after the meeting and an education welfare officer doing the same the
next day; dates written inside the text ("sent yesterday afternoon", "received late yesterday");
times in some returns and not in others.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids
of occurrences whose records do not all carry the same date: one record's date is wrong as
written (day and month swapped, one or two days out, or only the month given), or a life event,
call, email, letter or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules shared by every blind set, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN review, court hearing,
  professionals' meeting), in whatever words, with whatever time or none, is one occurrence. A
  minute pasted into another service's return under its own preface is a record of the same
  meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and received)
  are one occurrence, even when the receiving service logs it the next day. A later call back,
  another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the MASH screening
  decision and the contact it screens, and a hospital's notice of an attendance to the health
  visitor, GP or school. An incident attended by police and ambulance together is one
  occurrence; the emergency department attendance that follows is another.
- Life events (a birth, a death, a house move, a placement start, a GP registration, an
  admission or discharge, an arrest, a charge, a court result or order) recorded by two services
  on the same day, or by one of them the next day, are one occurrence when they name the same
  specifics. Two people's arrests on one day are two occurrences; so are an arrest and a charge.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- An emergency department that writes one attendance as several rows (triage, review, discharge)
  records ONE occurrence; attendances on consecutive days are separate; an emergency department
  attendance and the ward or intensive care admission that follows are two occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: a death confirmed in the emergency department ends that attendance, so
  the department's resuscitation and death-confirmed rows, the police log of "life pronounced
  extinct" there and the GP's coded record of the death (the next day) are one occurrence. The
  999 call-out that ambulance and police attended together before it is another.
- Decision for this set: a row that states a life event as a fact with its specifics (who, when,
  where: "arrested at Caddlebury General at 11:30 ...") records that life event, even when the
  service learned it from another; a row that records being told (an incoming call, a liaison
  form) is that call or notice, its own occurrence (with the caller's record of it when the
  caller logged the call). So the health visitor's and the recovery worker's calls telling them
  of the death are each their own occurrence, and the police call to the MASH that morning is
  one occurrence with social care's record of taking it.
- Decision for this set: a letter or notice sent to several services at once is one occurrence
  with every recipient's record of receiving it (the emergency department's liaison form to the
  health visitor and the GP; social care's closure letters). A case-closure decision and the
  closure letters sent the next day are two occurrences.
- Decision for this set: a police officer's visit to the pharmacy to seize dispensing records,
  recorded by both, is one occurrence (both ends of one request); a forensic post-mortem
  recorded by the police and the coroner's officer is one occurrence, and so is the inquest
  opening they both record.
- Decision for this set: a social worker seeing a child at school, logged by the social worker
  and by the school's visitor entry, is one occurrence (the host's and the visitor's records of
  one visit, as with a joint visit).
- Decision for this set: a GP's receipt of a clinic letter or a hospital discharge summary is
  its own occurrence, not the clinic or the discharge; a transfer from home to a hospice
  in-patient unit recorded by the hospice and the oncology nurse the same day is one admission.
- Decision for this set: each court hearing (a first appearance, a plea hearing, a sentence) is
  one occurrence, with every service's record of it that day; a charge is not a hearing.
- Decision for this set: a social worker who accompanied the child to a SARC examination records
  the examination, one occurrence with the SARC's and the police's records of it; the ABE
  interview that morning is another.
- Decision for this set: a collapse at school for which the school called 999 and the ambulance
  attended is one occurrence (the school's log and the crew's record, as police and ambulance at
  one incident); the emergency attendance that follows is another. Police called to a hospital
  ward are likewise one occurrence with the ward's nursing entries about the same call-out; a
  second call-out that evening is another.
- Decision for this set: a Mental Health Act assessment and the detention it ends in are one
  occurrence (the AMHP's, the ward's and the eating disorder psychiatrist's records of it); the
  section later rescinded at a ward round is another.
- Decision for this set: the ward's "transferred out by ambulance" row and the ambulance crew's
  record of the transfer are one occurrence; the out-of-area unit's admission on arrival, with
  social care's note of that admission, is another (as an emergency department's "left with the
  retrieval team" row and the admission that follows are two).
- Decision for this set: the section 20 agreement signed at a meeting on the unit and the girl
  becoming looked after are one occurrence (social care, the unit, and the IRO's record the next
  day); her discharge home and her ceasing to be looked after are one occurrence (the unit,
  social care, the eating disorder service, and the IRO the next day). The GP's receipt of the
  discharge summary a week later is a letter, its own occurrence.
- Look-alikes kept apart in the first family: a health visit and the recovery worker's own home
  visit on one day; the pharmacy's call about missed doses and the recovery worker's later
  attempts to reach the mother; a prescriber review and the email reporting it to the social
  worker that afternoon; a nursery's missed-session entry and its email to the social worker the
  same day; two police call-outs to one flat on one night; a police incident, the VRF sent to
  the MASH the next morning (one occurrence with social care's receipt of it) and the MASH
  decision the day after; a health visit, the health visitor's call to the recovery service, her
  unanswered call to the social worker and the social worker's call back, all on one day; a GP's
  email the day before a professionals' meeting and the meeting; a closure decision and the
  closure letters; no-access visits on consecutive days; emergency department attendances on
  consecutive days and the liaison notice about both; the 999 call-out, the death in the
  department, the call to the coroner's officer, both parents' arrests and the strategy
  discussion, all on one day; a pre-birth strategy discussion and the drug service's internal
  serious incident panel the same afternoon; a conference invitation email, the GP's report for
  the conference and the conference.
- Look-alikes kept apart in the second family: the GP's consultation after the mother's first
  seizure and the school's note of the boy's account the same morning; a diagnosis clinic and
  the GP's clinic letter; an elective admission and the father's call to school that morning;
  two referrals by the school on one day (young carers, early help); a joint visit by family
  help and young carers and the oncology nurse's own visit that day; the education welfare
  officer's home visit and the hospice's first visit on one day; an attendance meeting and a TAF
  review on one day; a step-up request and the MASH decision; a CIN review, the disclosure
  (typed twice), the DSL's call to the MASH, the social worker's call to the police, the
  strategy discussion and the joint visit to the parents, all on one day; an ABE interview, a
  SARC examination and the arrest on one day; an arrest, the bail after interview the next day
  and the police call to school about the bail; the charge, the first appearance, the plea and
  the sentence; a GP consultation and the GP's referral to CAMHS the same day; the GP's reports
  for a conference and the conference; two children's CAMHS appointments in one afternoon; the
  mother's death (the hospice, the GP the next day, and the school's row for each child) and the
  father's call to the social worker that morning.
- Look-alikes kept apart in the third family: the school nurse's drop-in and the father's angry
  call the next day; the school nurse's letter to the GP and the GP's consultation a week later;
  a GP consultation and the GP's referral the same morning; a referral and its triage; the DSL's
  email and the joint review in school a week later; the collapse at school and the emergency
  attendance that followed; emergency attendances on consecutive days and the liaison notice
  about both; the eating disorder service's call to the father and its referral to the MASH the
  same day; a referral, the MASH decision and the strategy discussion; an emergency attendance
  and the ward admission the same evening; two police call-outs to the ward on one day (the
  first typed twice by the ward) and social care's receipt of the police notification the next
  morning; a ward MDT and a strategy discussion on one day; the MHA assessment and the NG tube
  passed the next morning; the transfer and the unit's admission; a unit's referral and the
  strategy discussion the next day; the joint visit to the mother and the father's arrest the
  next morning; the section 2 rescinded and the section 20 agreement; a looked-after review and
  a CPA discharge planning meeting on one day; the safety planning meeting and the discharge
  home; the school nurse's return-to-school review and the CIN meeting a week later.

Everything is invented: people, workers, nurseries, schools, surgeries, pharmacies, hospitals,
hospices, units, towns, police forces, courts, addresses, postcodes (the QC, QW, QA and QH
areas) and reference numbers. Deterministic: one fixed seed per case (it only places the routine
entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_12.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
GP = "GP"
DRUGS = "Drug and Alcohol Treatment Service"
PHARMACY = "Community Pharmacy"
NURSERY = "Nursery"
AMBULANCE = "Ambulance Service"
ED = "Emergency Department"
MW = "Midwifery"
CORONER = "Coroner's Office"
SCHOOL = "School"
EARLY_HELP = "Early Help"
ONCOLOGY = "Neuro-oncology Service"
HOSPICE = "Hospice"
CAMHS = "CAMHS"
SARC = "Sexual Assault Referral Centre"
YOUNG_CARERS = "Young Carers Service"
EWO = "Education Welfare Service"
SCHOOL_NURSE = "School Nursing"
CEDS = "Community Eating Disorder Service (CYP)"
WARD = "Paediatric Ward"
INPATIENT_UNIT = "Adolescent Eating Disorder Unit"
IRO = "Independent Reviewing Officer Service"
AMHP = "AMHP Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (NURSERY, SCHOOL, EWO, SCHOOL_NURSE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Tarrant family, Caddlebury. Esme Tarrant (b. 09/10/2023) lives with her mother
# Shannon Tarrant (b. 14/02/1997) at Flat 6, Gorsefield House, Marl Street, Caddlebury QC3 8JD,
# later 22 Pennyroyal Walk, Caddlebury QC2 5TF; her father Lewis Breck (b. 1994) stays often.
# Shannon's first child Alfie (b. 2021) was removed at birth and adopted. Shannon is on methadone
# with the Caddlebury Recovery Partnership, dispensed by Marl Street Pharmacy; supervised
# consumption is relaxed, reinstated on paper and lapses again. A funded nursery place is never
# taken up. Esme dies on 18/03/2025 after swallowing methadone from a take-home bottle; both
# parents are arrested, a post-mortem and inquest follow, and Shannon's new pregnancy leads to a
# pre-birth strategy discussion, a pre-birth conference and a core group.
# --------------------------------------------------------------------------------------------


def _tarrant() -> BlindCase:
    f = Family(
        "tarrant_methadone",
        12_101,
        {
            "pol": Sheet(
                POLICE,
                "Caddshire_Police_IMR_chronology.xlsx",
                "Incidents",
                (("2024-01-01", "PS 2207 N. ORMESBY"), ("2025-03-18", "DS 3190 R. KETTERING")),
            ),
            "csc": Sheet(
                CSC,
                "Caddlebury_CSC_chronology_Tarrant.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "Dominic Ashby (SW)"),
                    ("2024-12-01", "Kelvin Otway (MASH SW)"),
                    ("2025-03-18", "Bethan Lusk (SW)"),
                ),
            ),
            "hv": Sheet(
                HV,
                "Caddshire_Community_Health_HV.xlsx",
                "HV contacts",
                (("2024-01-01", "Jo Whitmarsh HV"), ("2024-09-02", "Carys Penhale HV")),
            ),
            "gp": Sheet(
                GP,
                "Copperwick_Surgery_extract.xlsx",
                "Consultations",
                (("2024-01-01", "Dr P. Lasseter"),),
            ),
            "crp": Sheet(
                DRUGS,
                "Caddlebury_Recovery_Partnership_return.xlsx",
                "Keywork log",
                (("2024-01-01", "Nadia Fenwick (recovery worker)"),),
                typed=False,
            ),
            "pharm": Sheet(
                PHARMACY,
                "Marl_Street_Pharmacy_log.xlsx",
                "Supervision log",
                (("2024-01-01", "S. Prakash-Day MRPharmS"),),
                typed=False,
            ),
            "nur": Sheet(
                NURSERY,
                "Brambleweft_Day_Nursery.xlsx",
                "Safeguarding",
                (("2024-01-01", "Leanne Corrie (manager)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Caddshire_Ambulance_ePCR_extract.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic T. Ferris"),),
            ),
            "ed": Sheet(
                ED,
                "Caddlebury_General_ED.xlsx",
                "ED notes",
                (("2024-01-01", "Dr A. Solsby (ED consultant)"),),
            ),
            "mw": Sheet(
                MW,
                "Caddlebury_General_Maternity.xlsx",
                "Antenatal",
                (("2024-01-01", "Hannah Greave RM"),),
            ),
            "cor": Sheet(
                CORONER,
                "Caddshire_Coroner_return.xlsx",
                "Case log",
                (("2024-01-01", "Martin Delahaye (coroner's officer)"),),
                typed=False,
            ),
        },
    )

    # --- 2024: child in need, supervision relaxed ---
    f.occ(
        "2024-01-09",
        "cin-review-1",
        R(
            "csc",
            "CIN review meeting held at Marl Street Family Hub. Present: Shannon (mother), "
            "myself, Jo Whitmarsh (HV), Nadia Fenwick (Caddlebury Recovery Partnership). Lewis "
            "Breck (father) was invited but did not attend. Shannon remains on 70ml methadone "
            "daily, supervised at Marl Street Pharmacy, and her last three urine screens were "
            "clear of illicit opiates. Esme (3 months) presents as well cared for; her 8-week "
            "check was unremarkable. Given Alfie's history (removed at birth 2021, now adopted) "
            "the CIN plan continues: SW visits 4-weekly, HV universal plus, CRP keywork "
            "fortnightly. Safe storage of medication discussed; Shannon says she has no "
            "take-home doses so this does not apply at present.",
            "10:00",
            "CIN review",
            "CIN plan continues; next review April 2024",
        ),
        R(
            "hv",
            "Contact type: Multi-agency meeting (CIN review). Venue: Marl St Family Hub. "
            "Attendees: SW, CRP worker, mother. Outcome: CIN plan to continue. HV to offer "
            "4-6 weekly contacts. Mother engaging well.",
            "10:00",
            "Meeting",
        ),
        R(
            "crp",
            "Attended CIN mtg for baby Esme @ Family Hub w/ SW + HV. Gave update: SU stable "
            "on 70ml, daily SC, UDS neg x3, attending keywork fortnightly. Said CRP would "
            "support a reduction in SC if stability continues.",
        ),
    )
    f.occ(
        "2024-01-23",
        "hv-visit",
        R(
            "hv",
            "Contact type: Home visit (planned). Seen: Esme, mother. Weight 6.9kg (50th "
            "centile). Outcome: safe sleep reiterated, flat warm and tidy, no medication seen. "
            "Next contact 6 weeks.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-01-23",
        "crp-home-visit",
        R(
            "crp",
            "Home visit - I saw Shannon at Gorsefield House. Esme asleep in cot. Shannon "
            "asking for fewer supervised days as walking to the pharmacy every day with the "
            "pram is 'a nightmare' in this weather. Told her I'd raise it at the next "
            "prescriber review.",
            "14:00",
        ),
    )
    f.occ(
        "2024-02-05",
        "pharm-call-missed",
        R(
            "pharm",
            "3 consecutive doses missed (Fri/Sat/Sun). Per protocol no supply today. Rang CRP "
            "duty line, spoke to Nadia F. Pt to be reassessed by prescriber before restart.",
            "11:20",
        ),
        R(
            "crp",
            "Duty call from Marl St Pharmacy (Sunil): Shannon missed 3 consecutive doses "
            "02-04/02, script suspended per protocol pending prescriber review.",
            "11:20",
        ),
    )
    f.occ(
        "2024-02-05",
        "crp-tries-mother",
        R(
            "crp",
            "Tc to Shannon x2, no answer. Text sent asking her to come in for review tmrw 10am.",
            "15:40",
        ),
    )
    f.occ(
        "2024-02-06",
        "crp-restart",
        R(
            "crp",
            "Prescriber review (Dr Tallis). Shannon says she missed doses because Esme had a "
            "chest infection and she 'couldn't get out'. Restarted 50ml, titrate back to 70ml "
            "over 1/52. Daily SC continues.",
            "10:00",
        ),
    )
    f.occ(
        "2024-02-06",
        "crp-email-sw",
        R(
            "crp",
            "Email to SW Dominic Ashby re missed doses 2-4 Feb and restart today on reduced "
            "dose. No concerns about Esme reported.",
            "16:10",
        ),
        R(
            "csc",
            "Email received from Nadia Fenwick (CRP) sent yesterday afternoon: Shannon missed "
            "three doses of methadone over the weekend of 2nd-4th February and has been "
            "restarted on a reduced dose. Nadia reports no concerns for Esme. I will discuss "
            "with Shannon at my next visit.",
            shift="late",
            kind="Email",
        ),
    )
    f.occ(
        "2024-02-20",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with Jo Whitmarsh (HV). Esme seen awake, handled by Shannon "
            "with warmth; she was smiling and babbling. Lewis was present and said he is 'round "
            "most days' but is not living there. Shannon told us her methadone is still taken "
            "at the pharmacy each day and that she keeps none at home. Bedroom seen; cot set "
            "up correctly.",
            "11:00",
            "Home visit",
        ),
        R(
            "hv",
            "Contact type: Joint home visit with SW D Ashby. Seen: Esme, mother, father. "
            "Weight 7.3kg. Outcome: development on track; father present, reports he stays "
            "over at weekends.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-03-12",
        "crp-sc-reduced",
        R(
            "crp",
            "Prescriber review w/ Dr Tallis. 3 months UDS neg for illicit opiates. Agreed SC "
            "reduced to Mon/Wed/Fri from 18/03, take-home doses other days. Lockable box "
            "issued and safe storage agreement signed (kept in top kitchen cupboard). SU "
            "pleased.",
            "14:30",
        ),
    )
    f.occ(
        "2024-03-14",
        "crp-letter-gp",
        R(
            "crp",
            "Letter to GP (Copperwick Surgery) re change to dispensing: methadone 70ml daily, "
            "supervised Mon/Wed/Fri, take-home doses Tue/Thu/Sat/Sun from 18/03/24.",
        ),
        R(
            "gp",
            "Letter in from Caddlebury Recovery Partnership: methadone 1mg/ml 70ml od, "
            "supervision reduced to 3 days/wk from 18/03/24. Read and filed. Coded opioid "
            "replacement therapy. No action.",
            shift="late",
            kind="Correspondence",
        ),
    )
    f.occ(
        "2024-04-03",
        "nursery-referral-email",
        R(
            "csc",
            "Email sent to Brambleweft Day Nursery requesting a funded place for Esme two "
            "days a week (Tuesdays and Thursdays) as part of the CIN plan, to give Shannon "
            "time for her recovery appointments and Esme time with other children.",
            "14:05",
            "Email",
        ),
        R(
            "nur",
            "Email from social worker Dominic Ashby asking if we could offer Esme Tarrant a "
            "funded place Tues/Thurs. Replied this afternoon: yes, from 30th April, with "
            "settling sessions first.",
            kind="Referral",
            shift="swap",
        ),
    )
    f.occ(
        "2024-04-16",
        "cin-review-2",
        R(
            "csc",
            "CIN review meeting at the Family Hub. Shannon attended with Esme; Lewis did not "
            "attend. Nadia (CRP) joined by phone and told the meeting that supervision was "
            "reduced to three days a week in March - I had not been told of this before the "
            "meeting and asked that CSC is consulted on any future change. Leanne Corrie "
            "(Brambleweft) attended and a start date of 30/04 was agreed. HV reports Esme "
            "thriving. CIN plan updated: nursery 2 days, lockable box to be seen at next "
            "visit.",
            "10:00",
            "CIN review",
        ),
        R(
            "hv",
            "CIN review minutes 16.04.24 received from CSC, pasted below:\n'CIN REVIEW - ESME "
            "TARRANT. Present: mother, SW, CRP (phone), nursery manager, HV. Supervised "
            "consumption reduced to 3x weekly from 18/03. Nursery start 30/04. Actions: SW to "
            "see lockable box; CRP to inform SW of any change to prescribing.'",
            kind="Meeting",
            shift="+2",
        ),
        R(
            "crp",
            "CIN review - joined by phone. Updated on SC change (M/W/F). SW unhappy she "
            "wasn't told; agreed I'll email SW after any prescriber decision.",
        ),
        R(
            "nur",
            "I attended Esme's Child in Need meeting at the Family Hub. Agreed she starts "
            "with us 30/04 on Tues and Thurs. Mum seemed keen.",
            kind="Meeting",
        ),
    )
    f.occ(
        "2024-04-30",
        "nursery-dna-1",
        R(
            "nur",
            "Esme not brought for first settling session. Rang mum at 10am and 12pm, no answer.",
            kind="Attendance",
        ),
    )
    f.occ(
        "2024-05-07",
        "nursery-dna-2",
        R(
            "nur",
            "Esme not brought for second settling session. No call from mum.",
            kind="Attendance",
        ),
    )
    f.occ(
        "2024-05-07",
        "nursery-email-sw",
        R(
            "nur",
            "Emailed Dominic (social worker) to let him know Esme has not been brought to "
            "either settling session and mum isn't answering.",
            "16:30",
            "Email",
        ),
        R(
            "csc",
            "Email from Leanne Corrie, Brambleweft Day Nursery, received late yesterday: "
            "Esme has not been brought to either of her settling sessions (30/04 and 07/05) "
            "and Shannon has not answered calls. I will raise at my visit on Friday.",
            kind="Email",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-20",
        "police-callout-1",
        R(
            "pol",
            "INC 0520-1184. CALLER NEIGHBOUR FLAT 5 RPTS SHOUTING M/F FLAT 6 GORSEFIELD HSE. "
            "OFFICERS ATT 2140. SHANNON TARRANT + LEWIS BRECK, VERBAL ARGUMENT RE MONEY. "
            "INFANT ASLEEP IN COT, CHECKED, NO INJ. BRECK ADVISED TO LEAVE FOR NIGHT, "
            "COMPLIED. DASH STANDARD. CHILD PRESENT - VRF TO FOLLOW.",
            "21:15",
            "DOMESTIC - VERBAL",
            ref="0520-1184",
        ),
    )
    f.occ(
        "2024-05-20",
        "police-callout-2",
        R(
            "pol",
            "INC 0520-1301. REPEAT CALL SAME ADDRESS. BRECK RETURNED, BANGING ON DOOR. NOT "
            "LOCATED ON ARRIVAL 0005. TARRANT DECLINED STATEMENT. PATROLS ADVISED.",
            "23:50",
            "DOMESTIC - REPEAT",
            ref="0520-1301",
        ),
    )
    f.occ(
        "2024-05-21",
        "vrf-sent",
        R(
            "pol",
            "VRF 24/3319 SUBMITTED TO MASH RE INC 0520-1184 / 0520-1301. CHILD ESME TARRANT "
            "7 MTHS PRESENT.",
            "09:05",
            "VRF",
            ref="VRF 24/3319",
        ),
        R(
            "csc",
            "Police vulnerability referral (VRF 24/3319) received via MASH: verbal argument "
            "between Shannon and Lewis at the flat on the evening of 20/05, Lewis asked to "
            "leave and returned later banging on the door. Esme asleep and unharmed.",
            "09:30",
            "Contact",
        ),
    )
    f.occ(
        "2024-05-22",
        "mash-decision",
        R(
            "csc",
            "MASH screening decision on VRF 24/3319: open CIN case, information passed to "
            "allocated SW; no new contact opened. RAG amber.",
            "12:00",
            "MASH decision",
            "Passed to allocated worker",
        ),
    )
    f.occ(
        "2024-06-04",
        "hv-visit-drowsy",
        R(
            "hv",
            "Contact type: Home visit. Seen: Esme, mother. Concerns: mother drowsy, pinned "
            "pupils, nodding off mid-conversation. Methadone takeaway bottle (part used) on "
            "kitchen worktop, Esme crawling and pulling to stand. Nappy heavily soiled. "
            "Outcome: advised re lockable box, mother put bottle in cupboard. Plan: call CRP "
            "and SW.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-04",
        "hv-call-crp",
        R(
            "hv",
            "Contact type: Telephone. To: Nadia Fenwick (CRP). Outcome: shared today's "
            "observations of mother's presentation and bottle left out. CRP to bring "
            "forward review.",
            "11:45",
            "Telephone",
        ),
        R(
            "crp",
            "Tc from HV Jo W: SU appeared 'gouched out' at HV visit this am, takeaway bottle "
            "left on the side. Will bring SU in for UDS tomorrow.",
            "11:45",
        ),
    )
    f.occ(
        "2024-06-04",
        "hv-tries-sw",
        R(
            "hv",
            "Contact type: Telephone. To: SW D Ashby. Outcome: no answer, message left with "
            "duty desk.",
            "12:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-04",
        "sw-calls-hv-back",
        R(
            "csc",
            "Returned Jo Whitmarsh's call. HV concerned that Shannon was under the influence "
            "at this morning's visit and that a bottle of methadone was on the worktop. I "
            "will make an unannounced visit this week.",
            "14:30",
            "Telephone",
        ),
        R(
            "hv",
            "Contact type: Telephone. From: SW D Ashby (return call). Outcome: SW updated, "
            "will do unannounced visit.",
            "14:30",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-05",
        "crp-uds-positive",
        R(
            "crp",
            "SU in for UDS: +ve methadone, +ve morphine, +ve benzo. Admits 'a couple of bags' "
            "over the weekend and street diazepam. Dr Tallis: back to daily SC for 4/52 then "
            "review. New script to pharmacy.",
            "10:20",
        ),
    )
    f.occ(
        "2024-06-17",
        "gp-email-before-meeting",
        R(
            "gp",
            "Email to SW: unable to attend professionals meeting tomorrow. Summary: Shannon "
            "seen 3x this year, requesting diazepam (declined). Esme's imms up to date.",
            "17:05",
            "Correspondence",
        ),
        R(
            "csc",
            "Email from Dr Lasseter (GP) ahead of tomorrow's professionals meeting: cannot "
            "attend; Shannon has asked for diazepam three times this year and been refused; "
            "Esme's immunisations are up to date.",
            "17:20",
            "Email",
        ),
    )
    f.occ(
        "2024-06-18",
        "professionals-meeting",
        R(
            "csc",
            "Professionals meeting at Caddlebury Civic Offices following HV concerns and "
            "positive drug screen. Present: myself, Farah Quayle (TM), Jo Whitmarsh (HV), "
            "Nadia Fenwick (CRP). GP sent information by email. Agreed: threshold for "
            "strategy discussion not met; CIN plan strengthened - daily SC until CRP review, "
            "lockable box to be seen, nursery place to be pursued, weekly SW visits for one "
            "month.",
            "13:30",
            "Professionals meeting",
        ),
        R(
            "hv",
            "Contact type: Professionals meeting (Civic Offices). Outcome: S47 threshold not "
            "met. CIN plan strengthened. HV to visit fortnightly for 6 weeks.",
            "13:30",
            "Meeting",
        ),
        R(
            "crp",
            "Profs meeting at Civic Offices re Esme. I confirmed daily SC in place since 5/6. "
            "Agreed CRP will not relax SC without telling SW first.",
        ),
    )
    f.occ(
        "2024-06-25",
        "nursery-place-withdrawn",
        R(
            "nur",
            "Esme's funded place withdrawn after no attendance since the offer. Letter to "
            "mum. Told SW by phone - he said he would speak to mum about restarting.",
            kind="Admissions",
        ),
    )
    f.occ(
        "2024-07-08",
        "house-move",
        R(
            "csc",
            "Shannon and Esme have moved today from Gorsefield House to a two-bedroom "
            "housing association house at 22 Pennyroyal Walk, Caddlebury QC2 5TF. Lewis "
            "helped with the move and says he will 'probably' move in.",
            "15:00",
            "Change of address",
        ),
        R(
            "hv",
            "Contact type: Record update. Family moved to 22 Pennyroyal Walk QC2 5TF. Remains "
            "in Marl St HV team area.",
            kind="Change of address",
            shift="-1",
        ),
        R(
            "gp",
            "Change of address: 22 Pennyroyal Walk, Caddlebury QC2 5TF (mother and child). "
            "Remains within practice boundary.",
            kind="Admin",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-16",
        "crp-sc-reduced-again",
        R(
            "crp",
            "Prescriber review. UDS neg x3 since June. SC back to Mon/Wed/Fri from 22/07. "
            "SU says lockable box lost in move - new box issued, agreement re-signed. I "
            "didn't email SW (on leave).",
            "11:00",
        ),
    )
    f.occ(
        "2024-08-13",
        "cin-review-3",
        R(
            "csc",
            "CIN review. Shannon engaging, urine screens clear since June, home conditions "
            "good at the new address, Esme meeting her milestones. Nursery place has lapsed "
            "and Shannon does not want it restarted. Lewis now living at the house. Nadia "
            "reports supervision at three days a week. Recommendation agreed by all present: "
            "close CIN and step down to universal services (HV and CRP).",
            "10:30",
            "CIN review",
            "Recommend closure",
        ),
        R(
            "hv",
            "Contact type: Meeting - CIN review. Outcome: agreed case to close to CSC; "
            "family to remain universal plus with HV.",
            "10:30",
            "Meeting",
        ),
        R(
            "crp",
            "CIN review (Pennyroyal Walk). All agreed CIN to close. CRP to continue as usual, "
            "SC M/W/F.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-10",
        "csc-closure",
        R(
            "csc",
            "Case closure authorised by Farah Quayle (TM): CIN plan outcomes met.",
            "16:00",
            "Closure",
        ),
    )
    f.occ(
        "2024-09-11",
        "closure-letter",
        R(
            "csc",
            "Closure letters sent to Shannon, Copperwick Surgery, the health visiting team and "
            "Caddlebury Recovery Partnership.",
            "10:00",
            "Letter",
        ),
        R(
            "gp",
            "Letter from Caddlebury CSC: Child in Need plan for Esme closed 10/09/24. "
            "Safeguarding alert removed; 'child in need' code ended.",
            kind="Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-17",
        "crp-sc-twice-weekly",
        R(
            "crp",
            "Prescriber review. CSC now closed. SC reduced further to Mon + Thu only. "
            "Takeaways 5 days. Box seen? - SU says yes, not checked at home.",
            "14:00",
        ),
    )
    f.occ(
        "2024-10-15",
        "hv-one-year-wnb",
        R(
            "hv",
            "Contact type: 1 year review (clinic). Outcome: Was Not Brought. Letter sent "
            "offering new appointment.",
            "09:40",
            "Clinic",
        ),
    )
    f.occ(
        "2024-11-05",
        "pharm-email-crp",
        R(
            "pharm",
            "Email to CRP: supervised doses missed 31/10 and 04/11. Takeaways for 1-3/11 "
            "collected by Lewis Breck - no authorised collector letter on file, supplied in "
            "error by locum. Incident logged.",
            "17:00",
        ),
        R(
            "crp",
            "Email from Marl St Pharmacy (rec'd after close yesterday): 2 SC doses missed "
            "(31/10, 4/11) and takeaways collected by Lewis without authorisation.",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-13",
        "crp-mdt",
        R(
            "crp",
            "Case discussed at CRP clinical MDT: missed SC doses + unauthorised collection. "
            "Decision: return to daily SC from next script. Action NF to email pharmacy.",
        ),
        R(
            "crp",
            "Case discussed in CRP clinical MDT - missed SC + unauthorised collection. "
            "Decision: daily SC from next script. NF to email pharmacy.",
        ),
    )
    f.occ(
        "2024-12-03",
        "pharm-query-script",
        R(
            "pharm",
            "New script rec'd still says supervised Mon/Thu only - not daily as CRP email of "
            "13/11 said. Phoned CRP to query: told corrected script to follow. Dispensed as "
            "written.",
            "10:05",
        ),
        R(
            "crp",
            "Call from Marl St Pharmacy - script still M/Th SC, not daily as agreed at MDT. "
            "Told them corrected script will follow (Dr Tallis to re-issue).",
            "10:05",
        ),
    )
    f.occ(
        "2024-12-27",
        "police-welfare",
        R(
            "pol",
            "INC 1227-0833. CONCERN FOR WELFARE. CALLER MGM (JANICE TARRANT) UNABLE TO WAKE "
            "DAUGHTER ON VIDEO CALL, BABY HEARD CRYING. OFFICERS ATT 22 PENNYROYAL WALK 1920. "
            "SHANNON AWOKE, DROWSY BUT COHERENT, STATES 'JUST TIRED'. BRECK ARRIVED HOME. "
            "CHILD SEEN, NO INJ. NO OFFENCES. VRF SUBMITTED.",
            "19:02",
            "CONCERN FOR WELFARE",
            ref="1227-0833",
        ),
    )
    f.occ(
        "2024-12-30",
        "csc-vrf-december",
        R(
            "csc",
            "Contact: police VRF re welfare check at 22 Pennyroyal Walk on 27/12 - mother "
            "could not be woken by MGM on a video call, found drowsy by officers. Case closed "
            "in September. MASH to screen.",
            "09:15",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-06",
        "mash-no-further-action",
        R(
            "csc",
            "MASH screening of VRF (27/12): information shared with HV and CRP; no further "
            "action by CSC - single incident, child seen well by police.",
            "15:30",
            "MASH decision",
            "NFA",
        ),
    )
    f.occ(
        "2025-01-14",
        "hv-no-access-1",
        R(
            "hv",
            "Contact type: Home visit (planned, letter sent). Outcome: no access. Card left.",
            "10:00",
            "No access",
        ),
    )
    f.occ(
        "2025-01-15",
        "hv-no-access-2",
        R(
            "hv",
            "Contact type: Home visit (unannounced, following MASH information). Outcome: no "
            "access, curtains drawn, dog barking. Card left.",
            "13:30",
            "No access",
        ),
    )
    f.occ(
        "2025-01-21",
        "hv-letter-gp",
        R(
            "hv",
            "Contact type: Letter. To: GP. Outcome: informed GP of 3 missed HV contacts "
            "(1yr review WNB, 2 no access) and police welfare check 27/12.",
            kind="Letter",
        ),
        R(
            "gp",
            "Letter from HV (C Penhale): Esme not brought to 1-yr review; 2 no-access visits "
            "Jan 2025; police welfare check 27/12/24. Noted. Flag added.",
            kind="Correspondence",
            shift="late",
        ),
    )

    # --- February 2025: two emergency attendances ---
    f.occ(
        "2025-02-03",
        "ed-attendance-1",
        R(
            "ed",
            "TRIAGE 19:42. 15/12 F brought by father. D&V x 6 since am, drowsy++. Obs: HR 142, "
            "RR 28, T 37.9, CRT <2s. Pupils 2mm? (poor light). Cat 3.",
            "19:42",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: alert on re-check, tolerating fluids. Hx from dad, unsure of meds at "
            "home. Imp: viral gastroenteritis. Plan: fluid challenge.",
            "21:10",
            "Medical review",
        ),
        R(
            "ed",
            "Discharged home with father. Advice re hydration, safety-netting given.",
            "22:35",
            "Discharge",
        ),
    )
    f.occ(
        "2025-02-04",
        "ed-attendance-2",
        R(
            "ed",
            "Re-attendance (<24h). Brought by mother. Still vomiting, sleepy between vomits. "
            "Obs stable. Ondansetron given, passed fluid challenge. Dx gastroenteritis. D/C. "
            "Safeguarding checklist: no concerns identified.",
            "16:20",
            "Attendance",
        ),
    )
    f.occ(
        "2025-02-05",
        "ed-liaison-notice",
        R(
            "ed",
            "Paediatric liaison: 2 attendances in 24h (03/02, 04/02). Notification form sent "
            "to HV team and GP.",
            "11:00",
            "Liaison",
        ),
        R(
            "hv",
            "Contact type: ED liaison notification received. Esme attended CGH ED 03/02 and "
            "re-attended 04/02 with D&V. Outcome: HV to offer visit.",
            "14:00",
            "Liaison",
        ),
        R(
            "gp",
            "Paediatric liaison form from Caddlebury General: 2 ED attendances 3-4 Feb with "
            "gastroenteritis. No safeguarding concerns identified by ED. Filed.",
            kind="Correspondence",
            shift="late",
        ),
    )

    # --- 18 March 2025: Esme's death ---
    f.occ(
        "2025-03-18",
        "callout-999",
        R(
            "amb",
            "C1 - 17/12 F not breathing. Call 07:38 from mother. On scene 07:46: pt in "
            "asystole, CPR by father on call-handler instruction. Crew took over ALS; IO, "
            "adrenaline x2. Police on scene 07:51. Mother stated child 'got into my "
            "methadone'. Conveyed CGH resus with CPR ongoing, pre-alert placed.",
            "07:38",
            "Cardiac arrest",
            ref="ePCR 250318-0412",
        ),
        R(
            "pol",
            "INC 0318-0142. ATT WITH AMBULANCE 22 PENNYROYAL WALK - CHILD NOT BREATHING. "
            "CHILD CONVEYED BY AMB TO CGH. SCENE PRESERVED. OPEN BOTTLE METHADONE LABELLED "
            "'S TARRANT' FOUND ON BEDROOM FLOOR, CAP OFF. LOCKABLE BOX FOUND UNDER BED, "
            "EMPTY AND UNLOCKED.",
            "07:51",
            "SUDDEN DEATH / CHILD",
            ref="0318-0142",
        ),
    )
    f.occ(
        "2025-03-18",
        "ed-death",
        R(
            "ed",
            "Arr resus 08:09 with CPR in progress. APLS: asystole throughout, adrenaline x4, "
            "intubated. Hx (paramedic): possible methadone ingestion.",
            "08:09",
            "Resus",
        ),
        R(
            "ed",
            "Resus discontinued after discussion with team. Death confirmed 08:51 (Dr A "
            "Solsby). SUDIC protocol started; police in dept; parents in relatives' room.",
            "08:51",
            "Death",
        ),
        R(
            "pol",
            "SUDDEN UNEXPECTED DEATH - ESME TARRANT 17 MTHS. LIFE PRONOUNCED EXTINCT 0851 "
            "CGH ED BY DR SOLSBY. DS KETTERING SIO.",
            "08:51",
            "SUDDEN DEATH / CHILD",
            ref="0318-0142",
        ),
        R(
            "gp",
            "Death: Esme died 18/03/2025 at Caddlebury General Hospital ED. Registration "
            "closed. Sudden unexpected death in childhood.",
            kind="Death",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-18",
        "police-tel-mash",
        R(
            "pol",
            "0935 DS KETTERING TEL MASH - INFORMED OF SUDDEN DEATH, STRAT REQUESTED.",
            "09:35",
            "NOTIFICATION",
        ),
        R(
            "csc",
            "Call from DS Kettering: Esme Tarrant (17 months) died in Caddlebury General ED "
            "this morning, suspected to have swallowed her mother's methadone. Strategy "
            "discussion requested. Previous CIN case closed 10/09/24.",
            "09:40",
            "Contact",
        ),
    )
    f.occ(
        "2025-03-18",
        "hv-told-of-death",
        R(
            "hv",
            "Contact type: Telephone (incoming) from Named Nurse, CGH. Informed Esme "
            "brought to ED this morning and died. Outcome: records secured, HV to join "
            "strategy discussion.",
            "10:15",
            "Telephone",
        ),
    )
    f.occ(
        "2025-03-18",
        "ed-reports-to-coroner",
        R(
            "ed",
            "Death reported by phone to the coroner's officer (M Delahaye).",
            "10:30",
            "Coroner referral",
        ),
        R(
            "cor",
            "Death reported by Dr A Solsby, Caddlebury General ED: Esme TARRANT, 17 months, "
            "pronounced 08:51 today. Suspected methadone ingestion. Police SIO DS Kettering. "
            "Coroner's jurisdiction accepted; forensic PM to be arranged.",
            "10:30",
        ),
    )
    f.occ(
        "2025-03-18",
        "arrest-mother",
        R(
            "pol",
            "1130 TARRANT SHANNON ARRESTED AT CGH ON SUSP OF CHILD NEGLECT / GROSS NEGLIGENCE "
            "MANSLAUGHTER. CONVEYED CADDLEBURY CUSTODY.",
            "11:30",
            "ARREST",
            ref="CUST 25/4410",
        ),
        R(
            "csc",
            "Shannon Tarrant arrested at Caddlebury General at 11:30 on suspicion of child "
            "neglect and manslaughter (per DS Kettering).",
            "11:50",
            "Police",
        ),
    )
    f.occ(
        "2025-03-18",
        "arrest-father",
        R(
            "pol",
            "1205 BRECK LEWIS ARRESTED AT CGH ON SUSP OF CHILD NEGLECT. CONVEYED CADDLEBURY "
            "CUSTODY.",
            "12:05",
            "ARREST",
            ref="CUST 25/4413",
        ),
    )
    f.occ(
        "2025-03-18",
        "strategy-death",
        R(
            "csc",
            "Strategy discussion (Teams) following Esme's death. Chair: Farah Quayle. Present: "
            "DS Kettering, Dr Solsby (ED), Carys Penhale (HV), Bethan Lusk (SW). Both parents "
            "in custody. No other children in the household; Shannon told officers she is "
            "pregnant. Agreed: joint agency response (SUDIC) led by police; CSC to check "
            "whether Shannon is pregnant and plan pre-birth work; records of all agencies "
            "secured.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 1400 (TEAMS) - CSC/HEALTH/POLICE. JOINT AGENCY RESPONSE AGREED. "
            "POLICE LEAD. MOTHER POSS PREGNANT - CSC TO FOLLOW UP.",
            "14:00",
            "STRATEGY",
        ),
        R(
            "ed",
            "Strategy discussion - Dr Solsby attended for ED. Shared resus findings and "
            "history; SUDIC bloods and samples taken and handed to police.",
            "14:00",
            "Safeguarding",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (virtual). Outcome: HV records shared - 1yr "
            "review WNB, 2 no-access visits, ED liaison Feb. HV to support JAR.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-18",
        "crp-told-of-death",
        R(
            "crp",
            "Call from police (DC on SIO's team) - Esme died this morning, suspected "
            "ingestion of Shannon's methadone. Shannon in custody. Asked to preserve "
            "prescribing and keywork records. Script suspended. SI to be declared.",
            "16:30",
        ),
    )
    f.occ(
        "2025-03-19",
        "police-at-pharmacy",
        R(
            "pol",
            "DC 4102 MARSH ATT MARL ST PHARMACY. DISPENSING RECORDS FP10MDA + CCTV 14/03-17/03 "
            "SEIZED (EXHIBITS JM/1-JM/3).",
            "10:40",
            "ENQUIRIES",
        ),
        R(
            "pharm",
            "Police (DC Marsh) attended: copies of instalment records and CCTV for "
            "14-17/03 handed over. Last supervised dose Mon 17/03; takeaways for Tue 18/03 "
            "and Wed 19/03 supplied the same day.",
            "10:40",
        ),
    )
    f.occ(
        "2025-03-19",
        "police-release",
        R(
            "pol",
            "TARRANT + BRECK INTERVIEWED. BOTH RELEASED UNDER INVESTIGATION 1720. CONDITIONS N/A.",
            "17:20",
            "RUI",
        ),
    )
    f.occ(
        "2025-03-20",
        "post-mortem",
        R(
            "pol",
            "HOME OFFICE PM CONDUCTED 1000 CGH MORTUARY. DR N FAIRLIE. NO INJURIES OF NOTE. "
            "CAUSE PENDING TOXICOLOGY.",
            "10:00",
            "POST MORTEM",
        ),
        R(
            "cor",
            "Forensic post-mortem examination carried out today by Dr N Fairlie (Home Office "
            "pathologist). Cause of death: 1a pending toxicology.",
        ),
    )
    f.occ(
        "2025-04-02",
        "inquest-opened",
        R(
            "cor",
            "Inquest opened and adjourned by HM Senior Coroner. Evidence of identification "
            "(DS Kettering). Provisional cause of death: 1a Methadone toxicity. Adjourned "
            "pending police investigation.",
        ),
        R(
            "pol",
            "INQUEST OPENED + ADJOURNED CADDSHIRE CORONER'S COURT. DS KETTERING GAVE "
            "EVIDENCE OF ID. ADJOURNED PENDING CRIM INVESTIGATION.",
            "10:00",
            "INQUEST",
        ),
    )

    # --- the new pregnancy ---
    f.occ(
        "2025-04-29",
        "mw-booking",
        R(
            "mw",
            "Booking appt. G3 P2 (1st child adopted, 2nd child died 03/2025 - under police "
            "investigation). EDD 11/11/2025 by dates. On methadone (currently suspended, "
            "awaiting CRP review). Safeguarding: high. Referral to CSC to be made today.",
            "09:30",
            "Booking",
        ),
    )
    f.occ(
        "2025-04-29",
        "mw-referral",
        R(
            "mw",
            "Safeguarding referral to MASH (unborn baby Tarrant) sent via portal. Named MW "
            "Tess Orrin informed.",
            "15:20",
            "Referral",
        ),
        R(
            "csc",
            "Contact received from Hannah Greave, midwife (submitted on the portal late "
            "yesterday): Shannon Tarrant booked 29/04, about 12 weeks pregnant, EDD "
            "11/11/2025; Esme died in March and Alfie was adopted.",
            "09:00",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-01",
        "mash-prebirth",
        R(
            "csc",
            "MASH decision on midwifery contact: threshold met for strategy discussion; "
            "allocated to Bethan Lusk for pre-birth assessment.",
            "11:00",
            "MASH decision",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2025-05-06",
        "strategy-prebirth",
        R(
            "csc",
            "Strategy discussion (pre-birth) chaired by Farah Quayle. Present: DS Kettering, "
            "Hannah Greave (MW), Nadia Fenwick (CRP), myself. Criminal investigation "
            "continues; both parents RUI. Lewis and Shannon still a couple. Decision: S47 "
            "enquiry, pre-birth assessment, ICPC to be convened before 28 weeks.",
            "10:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "pol",
            "STRAT DISC - UNBORN TARRANT. POLICE UPDATE GIVEN (RUI, TOX AWAITED). S47 AGREED.",
            "10:00",
            "STRATEGY",
        ),
        R(
            "mw",
            "Strategy meeting - attended (Teams). Outcome S47 / pre-birth assessment. MW to "
            "see fortnightly and share.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "crp",
            "Strategy mtg re unborn. CRP: SU restarted 30ml daily SC, no takeaways. UDS pending.",
            shift="swap",
        ),
    )
    f.occ(
        "2025-05-06",
        "crp-si-panel",
        R(
            "crp",
            "CRP SI review panel (internal) re Esme. Findings so far: SC relaxed twice "
            "without informing CSC; MDT decision of 13/11 not carried into script.",
            "15:00",
        ),
    )
    f.occ(
        "2025-06-19",
        "crp-icpc-invite",
        R(
            "crp",
            "Email from CP conference admin: ICPC (unborn Tarrant) Tues 24/06 10am, Civic "
            "Offices. Report requested.",
        ),
    )
    f.occ(
        "2025-06-20",
        "gp-report-icpc",
        R(
            "gp",
            "Report for ICPC (unborn baby) completed and emailed to conference service.",
            "12:30",
            "Report",
        ),
        R(
            "csc",
            "GP report received for the ICPC on 24/06.",
            "13:10",
            "Report",
        ),
    )
    f.occ(
        "2025-06-24",
        "icpc-prebirth",
        R(
            "csc",
            "Initial child protection conference (pre-birth), unborn baby of Shannon Tarrant. "
            "Shannon attended with her advocate; Lewis did not. Reports from MW, GP, CRP, "
            "police. Unanimous decision: child protection plan, category neglect. Plan "
            "includes daily supervised consumption, no take-home doses, PLO meeting to be "
            "considered; discharge planning meeting at 34 weeks.",
            "10:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "mw",
            "ICPC attended. Unborn made subject to CP plan (neglect). Birth plan to be "
            "agreed; baby not to be discharged before discharge planning meeting.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "pol",
            "ICPC UNBORN TARRANT - ATTENDED BY DS KETTERING. CP PLAN NEGLECT.",
            kind="CONFERENCE",
            shift="month",
        ),
        R(
            "crp",
            "ICPC - I attended. CP plan (neglect). CRP actions: daily SC, UDS weekly, "
            "share results with SW fortnightly.",
        ),
    )
    f.occ(
        "2025-07-08",
        "core-group",
        R(
            "csc",
            "First core group meeting at the Civic Offices. Shannon attended. UDS clear x2; "
            "daily supervised consumption confirmed by pharmacy. Pre-birth parenting "
            "assessment started.",
            "14:00",
            "Core group",
        ),
        R(
            "mw",
            "Core group attended. Growth scan normal. Next core group 5/8.",
            "14:00",
            "Safeguarding",
        ),
        R(
            "crp",
            "Core grp - attended. Daily SC, UDS neg x2. No concerns raised by pharmacy.",
        ),
    )

    # --- routine single entries ---
    f.fill(
        "gp",
        "2024-01-10",
        "2025-03-10",
        [
            (
                "Consultation",
                "Shannon - S: requests diazepam for 'nerves'. O: calm, no withdrawal signs. "
                "A: opioid dependence on OST, anxiety. P: declined benzo, talking therapies "
                "info given.",
            ),
        ],
    )
    f.fill(
        "hv",
        "2024-02-01",
        "2025-03-10",
        [
            (
                "Home visit",
                "Contact type: Home visit. Seen: Esme, mother. Outcome: toddler safety and sleep "
                "routine discussed; development on track.",
            ),
            ("Clinic", "Contact type: Drop-in clinic weigh. Outcome: weight 9.4kg (25th)."),
        ],
    )
    f.fill(
        "crp",
        "2024-01-10",
        "2025-03-10",
        [
            ("", "Keywork session - naloxone kit reissued. Overdose awareness refresher."),
        ],
        timed=False,
    )
    f.fill("pharm", "2024-01-10", "2025-03-10", [("", "Supervised dose consumed, no concerns.")])
    f.fill(
        "pharm",
        "2024-03-20",
        "2025-03-10",
        [("", "Takeaway instalment collected by pt. Storage advice repeated.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Mallinder family, Wethermoor. Finlay (b. 12/02/2014), Poppy (b. 23/07/2017) and
# Isla (b. 05/11/2019) Mallinder live with their mother Claire Mallinder (b. 1985) at 9 Cobbler's
# Row, Wethermoor QW4 2HN; their father Martin (b. 1982) works two weeks on, two off on an
# offshore wind-farm vessel. Claire is found to have a high-grade brain tumour in March 2024;
# Finlay becomes a young carer and his attendance at Saltings Lane Primary falls. Their cousin
# Kieran Dowd (b. 2006) babysits while Martin is away. Early help, a young carers' service, the
# education welfare service, a hospice and a child in need plan follow; in January 2025 Poppy
# tells school that Kieran has sexually abused her: strategy discussion, ABE interview, a SARC
# examination, Kieran's arrest, charge and guilty plea; the children's plans step up to child
# protection, and Claire dies at the hospice in May 2025.
# --------------------------------------------------------------------------------------------


def _mallinder() -> BlindCase:
    f = Family(
        "mallinder_young_carer",
        12_202,
        {
            "pol": Sheet(
                POLICE,
                "Northmarch_Police_CAIT_return.xlsx",
                "Chronology",
                (("2024-01-01", "DC 5521 I. PARR (CAIT)"),),
            ),
            "csc": Sheet(
                CSC,
                "Wethermoor_CSC_Mallinder.xlsx",
                "Chronology",
                (("2024-01-01", "Nicola Brennand (SW)"),),
            ),
            "eh": Sheet(
                EARLY_HELP,
                "Wethermoor_Family_Help.xlsx",
                "Case notes",
                (("2024-01-01", "Dawn Kitchener (family help worker)"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Saltings_Lane_Primary_safeguarding_log.xlsx",
                "Log",
                (("2024-01-01", "A. Thackeray (DSL)"),),
            ),
            "gp": Sheet(
                GP,
                "Fennick_Street_Health_Centre.xlsx",
                "Journal",
                (("2024-01-01", "Dr R. Anstey-Ward"),),
            ),
            "onc": Sheet(
                ONCOLOGY,
                "Wethermoor_Royal_Infirmary_NeuroOnc.xlsx",
                "CNS record",
                (("2024-01-01", "Gail Prentice (CNS)"),),
            ),
            "hos": Sheet(
                HOSPICE,
                "Kestrel_House_Hospice_return.xlsx",
                "Family support",
                (("2024-01-01", "Owen Bray (family support practitioner)"),),
                typed=False,
            ),
            "camhs": Sheet(
                CAMHS,
                "Wethermoor_CAMHS.xlsx",
                "Contacts",
                (("2024-01-01", "Tom Varley (CAMHS practitioner)"),),
            ),
            "sarc": Sheet(
                SARC,
                "Fernlea_SARC.xlsx",
                "Paediatric",
                (("2024-01-01", "Dr H. Quist (forensic paediatrician)"),),
            ),
            "yc": Sheet(
                YOUNG_CARERS,
                "Wethermoor_Young_Carers.xlsx",
                "Notes",
                (("2024-01-01", "Priya Mistry-Hale"),),
                typed=False,
            ),
            "ews": Sheet(
                EWO,
                "Education_Welfare_Service.xlsx",
                "EWS log",
                (("2024-01-01", "Gareth Pyle (EWO)"),),
            ),
        },
    )

    # --- spring 2024: the diagnosis ---
    f.occ(
        "2024-03-05",
        "gp-post-seizure",
        R(
            "gp",
            "Problem: First seizure. S: generalised seizure at home yesterday pm, witnessed by "
            "son (10) who called 999; seen at WRI ED, CT shows R frontal lesion. Headaches x2/12. "
            "O: alert, no focal deficit. A: space-occupying lesion. P: levetiracetam started by "
            "ED, urgent neuro-oncology referral made by ED, DVLA advice, fit note.",
            "09:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-03-05",
        "school-finlay-tells",
        R(
            "sch",
            "Category: Wellbeing. Finlay M (Y5). Finlay told Mr Oduya at registration that his "
            "mum 'had a fit' last night and he rang 999 and looked after his sisters until the "
            "ambulance came. Dad offshore until Friday. Action: AT phoned mum - she is home, "
            "sister Lorraine staying. Praised Finlay. Monitor.",
            "09:05",
            "Wellbeing",
        ),
    )
    f.occ(
        "2024-03-14",
        "onc-diagnosis",
        R(
            "onc",
            "Neuro-onc clinic (Mr Haddow). MRI reviewed w/ Claire + Martin: R frontal "
            "enhancing lesion, imaging c/w high-grade glioma. Plan debulking craniotomy "
            "03/04, histology to follow. CNS contact card given. Claire tearful, asked how to "
            "tell the children - leaflet + offer of CNS visit.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-03-20",
        "gp-clinic-letter",
        R(
            "gp",
            "Clinic letter WRI neuro-oncology (14/03): probable high-grade glioma, surgery "
            "planned 03/04. Added to palliative/supportive care register? - not yet. Coded.",
            kind="Correspondence",
        ),
    )
    f.occ(
        "2024-04-02",
        "onc-admission",
        R(
            "onc",
            "Admitted Ward 21 (elective) for R frontal craniotomy + debulking tomorrow. "
            "Martin on shore leave, children with maternal aunt.",
            "15:00",
            "Admission",
        ),
    )
    f.occ(
        "2024-04-02",
        "school-dad-call",
        R(
            "sch",
            "Category: Family circumstances. Finlay M (Y5), Poppy M (Y2), Isla M (Nursery). Dad "
            "phoned: mum in hospital for an operation on her head this week. Children staying "
            "with Auntie Lorraine Dowd; aunt or cousin Kieran (18) to collect. Added to "
            "collection list.",
            "08:45",
            "Family circumstances",
        ),
    )
    f.occ(
        "2024-04-09",
        "onc-discharge",
        R(
            "onc",
            "D/C home. Post-op MRI: subtotal resection. Histology: glioblastoma, IDH-wildtype, "
            "MGMT unmethylated. Plan RT 60Gy/30# + concurrent TMZ. Discharged on dex "
            "reducing, levetiracetam.",
            "11:30",
            "Discharge",
        ),
    )
    f.occ(
        "2024-04-11",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary WRI: craniotomy 03/04, GBM confirmed. RT + TMZ to start May. "
            "Added to palliative care register (GSF amber). Carer: husband (often offshore).",
            kind="Correspondence",
        ),
    )
    f.occ(
        "2024-04-23",
        "onc-cns-visit-1",
        R(
            "onc",
            "CNS HV. Claire recovering well post-op, KPS 80. Mood low. Discussed telling "
            "children; Finlay 'knows more than we think'. Macmillan children's booklets left.",
            "13:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-07",
        "onc-rt-start",
        R(
            "onc",
            "RT day 1/30 + TMZ commenced. Fatigue counselling. Transport: aunt Lorraine drives "
            "most days; Martin back offshore 13/05.",
            "10:00",
            "Treatment",
        ),
    )
    f.occ(
        "2024-05-14",
        "school-late",
        R(
            "sch",
            "Category: Attendance / Young carer. Finlay M (Y5). Late 4 times this week (latest "
            "9.35). Told TA he gets Poppy and Isla dressed and breakfast because mum is too "
            "tired and 'sleeps a lot from the tablets'. Dad away. Action: AT to speak to mum; "
            "consider young carers referral.",
            "12:15",
            "Attendance",
        ),
    )

    # --- referrals for support ---
    f.occ(
        "2024-05-21",
        "referral-young-carers",
        R(
            "sch",
            "Category: Referral. Finlay M (Y5). Young carers referral completed online with "
            "mum's consent (mum on phone). Ref YC-24-0388.",
            "10:20",
            "Referral",
            ref="YC-24-0388",
        ),
        R(
            "yc",
            "New referral in from Saltings Lane (Mrs Thackeray) late yesterday - Finlay, 10, "
            "mum has brain tumour + in RT, dad works offshore. Finlay doing mornings for his 2 "
            "sisters. Mum consented. Allocated to me.",
            shift="late",
            ref="YC-24-0388",
        ),
    )
    f.occ(
        "2024-05-21",
        "referral-early-help",
        R(
            "sch",
            "Category: Referral. Finlay M / Poppy M / Isla M. Request for Family Help "
            "submitted (whole family) - mum's illness, dad working away, lateness. Mum "
            "consented.",
            "14:00",
            "Referral",
        ),
        R(
            "eh",
            "Request for support received from Saltings Lane Primary (Alison Thackeray, DSL) "
            "for the Mallinder family: mother undergoing treatment for a brain tumour, father "
            "works offshore, Finlay (10) taking on care of his sisters and late to school. "
            "Consent confirmed. Allocated.",
            "14:30",
            "Request for support",
        ),
    )
    f.occ(
        "2024-06-04",
        "joint-visit-eh-yc",
        R(
            "eh",
            "Joint home visit with Priya Mistry-Hale (Young Carers). Claire, Finlay and Isla "
            "seen; Poppy at a party. Claire very fatigued (week 4 of radiotherapy). Finlay "
            "proud of what he does but said he is 'tired all the time'. Agreed: family help "
            "plan, breakfast club for all three, young carers group on Thursdays.",
            "16:00",
            "Home visit",
        ),
        R(
            "yc",
            "Joint HV with Dawn (Family Help). Did young carers assessment w/ Finlay - he does "
            "breakfast, school run for Isla, meds reminders for mum. Loves football. Offered "
            "Thurs group + 1:1s.",
            "16:00",
        ),
    )
    f.occ(
        "2024-06-04",
        "onc-cns-visit-2",
        R(
            "onc",
            "CNS HV. RT wk 4, fatigue ++, nausea controlled. Dex weaned. Claire says family "
            "help and young carers now involved. Sister Lorraine and her son Kieran helping "
            "with childcare.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-18",
        "taf-1",
        R(
            "eh",
            "Team Around the Family meeting at Saltings Lane. Present: Claire, Martin (on "
            "leave), Alison Thackeray (DSL), Priya Mistry-Hale (Young Carers), myself. Family "
            "help plan agreed: breakfast club funded, Finlay to young carers group, Martin to "
            "ask employer about shorter rotations. Kieran (18, cousin) to sleep over when "
            "Martin is away.",
            "15:30",
            "TAF meeting",
        ),
        R(
            "sch",
            "Category: Meeting. Finlay M / Poppy M / Isla M. TAF meeting held in school. "
            "Breakfast club place for all three from Monday. Next TAF 8 Oct.",
            "15:30",
            "Meeting",
        ),
        R(
            "yc",
            "TAF mtg at school. Finlay's YC plan shared. Cousin Kieran will stay when dad away.",
            shift="month",
        ),
    )
    f.occ(
        "2024-07-02",
        "eh-visit-kieran",
        R(
            "eh",
            "Home visit. Claire finished radiotherapy last week. Martin offshore. Kieran Dowd "
            "(18) present, has been sleeping on the sofa most nights Martin is away and does "
            "bedtimes. Children appeared relaxed with him.",
            "17:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-09",
        "yc-one-to-one",
        R(
            "yc",
            "1:1 w/ Finlay at school. Says Kieran is 'fun' and lets them stay up late "
            "watching films. Worried about mum's hair falling out. Did worry-jar activity.",
        ),
    )
    f.occ(
        "2024-07-16",
        "school-attendance-summer",
        R(
            "sch",
            "Category: Attendance. Finlay M (Y5): end of year 86.4%, 19 lates since Easter. "
            "Poppy M 91.2%. Info passed to Y6 teacher.",
            "15:45",
            "Attendance",
        ),
    )

    # --- autumn 2024: progression, hospice, step-up ---
    f.occ(
        "2024-09-10",
        "onc-progression",
        R(
            "onc",
            "Clinic (Dr Mensah, oncologist). MRI: progression. Options discussed; 2nd-line "
            "lomustine offered. Prognosis discussed honestly - months rather than years. "
            "Referral to community palliative care agreed.",
            "10:30",
            "Clinic",
        ),
    )
    f.occ(
        "2024-09-12",
        "referral-hospice",
        R(
            "onc",
            "Referral sent to Kestrel House community team (specialist palliative care + "
            "family support for 3 children).",
            "11:00",
            "Referral",
        ),
        R(
            "hos",
            "Referral received from WRI neuro-onc CNS (G Prentice): Claire, 39, GBM with "
            "progression; three children 10, 7 and 4; husband works offshore. For SPC nurse "
            "and family support.",
            "11:00",
            shift="swap",
        ),
    )
    f.occ(
        "2024-09-17",
        "referral-ews",
        R(
            "sch",
            "Category: Attendance. Finlay M (Y6). Referral to Education Welfare: 79% since "
            "start of term, 6 lates, 3 days unauthorised. Parents aware.",
            "14:10",
            "Referral",
        ),
        R(
            "ews",
            "Referral rec'd 17/09 from Saltings Lane re Finlay Mallinder (Y6), attendance 79% "
            "this term. Young carer. Allocated to G Pyle.",
            kind="Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-24",
        "ews-home-visit",
        R(
            "ews",
            "Home visit. Spoke with Claire (Martin offshore). Finlay stays home on bad days "
            "'in case mum falls'. Explained attendance expectations sensitively; school "
            "meeting arranged 08/10.",
            kind="Home visit",
        ),
    )
    f.occ(
        "2024-09-24",
        "hospice-first-visit",
        R(
            "hos",
            "First home visit with SPC nurse Ruth Gallimore. Met Claire and Isla. Genogram "
            "done. Claire's wish: stay at home as long as possible. Finlay 'carries too much'. "
            "Offered sibling bereavement prep work later.",
            "14:00",
        ),
    )
    f.occ(
        "2024-10-08",
        "attendance-meeting",
        R(
            "sch",
            "Category: Attendance. Finlay M (Y6). Attendance meeting in school with Martin and "
            "G Pyle (EWO). Attendance support plan agreed, review 6 weeks. Finlay to have a "
            "'check-in' with TA each morning.",
            "09:00",
            "Meeting",
        ),
        R(
            "ews",
            "School attendance meeting, Saltings Lane - dad attended. ASP agreed, review "
            "19/11. No legal action appropriate given family circumstances.",
            kind="Meeting",
        ),
    )
    f.occ(
        "2024-10-08",
        "taf-review",
        R(
            "eh",
            "TAF review at school. Present: Claire (in wheelchair), Martin, Alison Thackeray, "
            "Owen Bray (Kestrel House). Young Carers sent apologies. Claire's condition "
            "deteriorating; Finlay's attendance falling; Kieran now staying most nights. "
            "Needs exceed early help: agreed to request step-up to children's social care "
            "with parents' consent.",
            "13:30",
            "TAF meeting",
        ),
        R(
            "sch",
            "Category: Meeting. Finlay M / Poppy M / Isla M. TAF review (afternoon). Family "
            "Help to step up to social care - parents agreed.",
            "13:30",
            "Meeting",
        ),
        R(
            "hos",
            "Attended TAF review at school with Claire + Martin. Agreed step-up to CSC. I will "
            "start memory-box work with the children in Nov.",
            "13:30",
        ),
    )
    f.occ(
        "2024-10-09",
        "step-up-request",
        R(
            "eh",
            "Step-up request submitted to the MASH with TAF review notes and parental consent.",
            "10:40",
            "Step up",
        ),
        R(
            "csc",
            "Contact received from Family Help (Dawn Kitchener): step-up request for Finlay, "
            "Poppy and Isla Mallinder. Mother has terminal brain tumour, father works "
            "offshore, Finlay is a young carer with falling attendance, an 18-year-old cousin "
            "provides much of the overnight care.",
            "11:05",
            "Contact",
        ),
    )
    f.occ(
        "2024-10-11",
        "mash-decision",
        R(
            "csc",
            "MASH decision: accepted for child and family assessment (child in need). "
            "Allocated to Nicola Brennand.",
            "12:30",
            "MASH decision",
            "C&F assessment",
        ),
    )
    f.occ(
        "2024-10-16",
        "sw-first-visit",
        R(
            "csc",
            "First home visit for the assessment. Claire in a hospital bed downstairs, "
            "speech slowed. Martin at home on leave. Poppy and Isla seen together in their "
            "bedroom; Poppy quiet and clingy to her dad. Discussed who cares for the children "
            "when Martin is away: Kieran, most nights.",
            "16:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-17",
        "sw-sees-finlay-at-school",
        R(
            "csc",
            "Saw Finlay alone at school (quiet room). He worries his mum will die while he is "
            "at school. Wishes: 'for dad to be home'. Says Kieran 'is OK' but is 'always on "
            "his phone' and 'in the girls' room a lot'.",
            "10:15",
            "Child seen",
        ),
        R(
            "sch",
            "Category: Visitor. Finlay M (Y6). SW Nicola Brennand met Finlay in the quiet "
            "room 10.15-10.50. AT present for first 5 minutes.",
            "10:15",
            "Visitor",
        ),
    )
    f.occ(
        "2024-11-19",
        "cin-meeting",
        R(
            "csc",
            "Initial child in need meeting at Saltings Lane. Present: Martin, myself, Alison "
            "Thackeray, Owen Bray (hospice), Priya Mistry-Hale (Young Carers). Claire unable "
            "to attend. CIN plan: Martin to request compassionate leave from January; respite "
            "sitting service via hospice; Finlay's attendance plan; Kieran's role to be "
            "reviewed - 'backup only'.",
            "14:00",
            "CIN meeting",
        ),
        R(
            "sch",
            "Category: Meeting. Finlay M / Poppy M / Isla M. Child in Need meeting held in "
            "school. AT attended. Actions for school: attendance plan, pastoral check-ins for "
            "Poppy.",
            "14:00",
            "Meeting",
        ),
        R(
            "hos",
            "CIN meeting at school - I attended. Hospice sitting service offered 2 eves/wk.",
        ),
        R(
            "yc",
            "CIN mtg at school. YC plan part of CIN plan. Finlay to keep Thurs group.",
        ),
        R(
            "ews",
            "CIN minutes (19/11/24) received from SW and added: 'Present: father, SW, DSL, "
            "hospice, young carers. Plan: father compassionate leave from Jan, hospice "
            "sitting service, attendance plan, cousin's role reviewed.' EWS case held open "
            "under CIN plan.",
            kind="Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-12-10",
        "onc-bsc",
        R(
            "onc",
            "Clinic. Lomustine stopped after cycle 2 - deterioration, KPS 50. Best supportive "
            "care. Kestrel House leading. DNACPR discussed and signed. CNS to remain "
            "contact.",
            "11:00",
            "Clinic",
        ),
    )

    # --- 21-22 January 2025: Poppy's disclosure ---
    f.occ(
        "2025-01-21",
        "cin-review",
        R(
            "csc",
            "CIN review at school. Martin now home on compassionate leave. Attendance for "
            "Finlay 90% since Christmas. Hospice sitting service in place. Plan continues.",
            "09:30",
            "CIN review",
        ),
        R(
            "sch",
            "Category: Meeting. Finlay M / Poppy M / Isla M. CIN review in school 9.30. "
            "Attendance improving.",
            "09:30",
            "Meeting",
        ),
        R(
            "yc",
            "CIN review @ school this morning, attended. Finlay calmer with dad home.",
        ),
        R(
            "hos",
            "CIN review (school) - attended. Sitting service going well.",
            "09:30",
        ),
    )
    f.occ(
        "2025-01-21",
        "disclosure",
        R(
            "sch",
            "Category: Safeguarding - disclosure. Poppy M (Y3). At lunch Poppy told Mrs Kaur "
            "(TA) that 'Kieran does secret games in my bed when Daddy is on the boat' and "
            "that he told her Mummy would die quicker if she told. Mrs Kaur wrote down her "
            "words and brought to AT at 12.50. Poppy not questioned further.",
            "12:40",
            "Safeguarding",
        ),
        R(
            "sch",
            "Category: Safeguarding - disclosure. Poppy M (Y3). At lunch Poppy told Mrs Kaur "
            "(TA) that 'Kieran does secret games in my bed when Daddy is on the boat' and "
            "that he told her Mummy would die quicker if she told. Brought to AT at 12.50.",
            "12:40",
            "Safeguarding",
        ),
    )
    f.occ(
        "2025-01-21",
        "dsl-call-mash",
        R(
            "sch",
            "Category: Safeguarding - referral. Poppy M (Y3). AT phoned MASH 13.10 and then "
            "SW Nicola Brennand. Told not to speak to parents until SW calls back.",
            "13:10",
            "Referral",
        ),
        R(
            "csc",
            "Call from Alison Thackeray (DSL): Poppy (7) told a teaching assistant at lunch "
            "that her cousin Kieran 'does secret games in my bed' when her father is offshore "
            "and threatened her that her mother would die sooner if she told.",
            "13:10",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-21",
        "csc-call-cait",
        R(
            "csc",
            "Phoned CAIT and spoke with DC Parr; strategy discussion arranged for 4pm.",
            "14:00",
            "Telephone",
        ),
        R(
            "pol",
            "1400 TEL FROM SW N BRENNAND - DISCLOSURE BY POPPY MALLINDER (7) AT SCHOOL RE "
            "COUSIN KIERAN DOWD (18). STRAT 1600.",
            "14:00",
            "REFERRAL",
        ),
    )
    f.occ(
        "2025-01-21",
        "strategy",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by Simon Akers (TM). Present: DC Parr, "
            "Alison Thackeray, myself. Decision: S47 enquiry (joint), ABE interview for "
            "Poppy tomorrow, SARC referral, Kieran not to have contact with the children; "
            "Finlay and Isla to be spoken to. Parents to be told this evening by SW and "
            "police together.",
            "16:00",
            "Strategy discussion",
            "S47 - joint",
        ),
        R(
            "pol",
            "STRAT DISC 1600. CSC/POLICE/EDUCATION. JOINT S47. ABE 22/01 HOLLINS LODGE. SARC "
            "REFERRAL. SUSPECT DOWD K - ARREST PLANNED.",
            "16:00",
            "STRATEGY",
            ref="CRN 45/2025/00671",
        ),
        R(
            "sch",
            "Category: Meeting. Poppy M (Y3). AT joined strategy meeting by Teams 4pm. Poppy "
            "to be collected tomorrow 9.30 by SW for interview.",
            "16:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-21",
        "joint-visit-parents",
        R(
            "csc",
            "Joint home visit with DC Parr to tell Martin and Claire. Martin shocked and "
            "angry, agreed Kieran will not come to the house. Claire understood and cried. "
            "Safety plan signed. Lorraine Dowd told by Martin by phone in our presence.",
            "17:30",
            "Home visit",
        ),
        R(
            "pol",
            "1730 JOINT VISIT WITH SW TO 9 COBBLER'S ROW. PARENTS INFORMED. FATHER AGREES "
            "SAFETY PLAN.",
            "17:30",
            "VISIT",
        ),
    )
    f.occ(
        "2025-01-22",
        "abe",
        R(
            "pol",
            "ABE INTERVIEW POPPY MALLINDER 1000-1055 HOLLINS LODGE. INTERVIEWER DC PARR, "
            "MONITOR SW BRENNAND. DISCLOSURE OF REPEATED SEXUAL TOUCHING BY DOWD JUN-DEC 2024.",
            "10:00",
            "ABE",
        ),
        R(
            "csc",
            "ABE interview of Poppy at Hollins Lodge (DC Parr interviewed, I monitored). "
            "Poppy gave a clear account of repeated sexual touching by Kieran in her bedroom "
            "between the summer and Christmas.",
            "10:00",
            "ABE interview",
        ),
    )
    f.occ(
        "2025-01-22",
        "sarc",
        R(
            "sarc",
            "Paediatric forensic medical examination (non-acute). Referred by Northmarch "
            "CAIT. Accompanied by father, SW and DC Parr. Last alleged contact >7 days. "
            "Examination normal (does not exclude abuse). Swabs not indicated. STI screen "
            "offered, father consented. Follow-up via ISVA (children's).",
            "14:00",
            "FME",
        ),
        R(
            "pol",
            "1400 FERNLEA SARC - PAEDIATRIC FME POPPY MALLINDER. NO FORENSIC RECOVERY.",
            "14:00",
            "SARC",
        ),
        R(
            "csc",
            "Accompanied Poppy and Martin to Fernlea SARC for the medical with Dr Quist. "
            "Poppy coped well. No injuries found.",
            "14:00",
            "Medical",
        ),
    )
    f.occ(
        "2025-01-22",
        "arrest-kieran",
        R(
            "pol",
            "1840 DOWD KIERAN (DOB 04/2006) ARRESTED HOME ADDRESS 31 WAGTAIL CLOSE QW6 SUSP "
            "SEXUAL ASSAULT OF CHILD U13. PHONE + LAPTOP SEIZED.",
            "18:40",
            "ARREST",
            ref="CRN 45/2025/00671",
        ),
        R(
            "csc",
            "Kieran Dowd was arrested at his home (31 Wagtail Close) yesterday evening on "
            "suspicion of sexual assault of a child under 13; his phone and laptop were "
            "seized.",
            "09:00",
            "Police",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-23",
        "kieran-bailed",
        R(
            "pol",
            "DOWD INTERVIEWED - NO COMMENT. BAILED TO 22/04 WITH CONDITIONS: NO CONTACT WITH "
            "CHILDREN U16, NOT TO ENTER COBBLER'S ROW.",
            "13:15",
            "BAIL",
        ),
    )
    f.occ(
        "2025-01-24",
        "school-bail-info",
        R(
            "sch",
            "Category: Safeguarding. Poppy M / Finlay M / Isla M. DC Parr phoned AT: Kieran "
            "Dowd on bail, not to contact children or come to school. Removed from collection "
            "list; office briefed.",
            "11:20",
            "Safeguarding",
        ),
    )
    f.occ(
        "2025-01-28",
        "s47-outcome",
        R(
            "csc",
            "S47 outcome: concerns substantiated for Poppy (sexual abuse by a family member); "
            "Finlay and Isla at continuing risk of emotional harm and of the same harm. ICPC "
            "to be convened for all three children.",
            "16:00",
            "S47 outcome",
            "ICPC",
        ),
    )
    f.occ(
        "2025-01-29",
        "gp-poppy",
        R(
            "gp",
            "Problem: Child sexual abuse (alleged). Poppy seen with father. S: bedwetting "
            "since Oct, nightmares. SARC seen 22/01. O: well, quiet. A: distress. P: CAMHS "
            "referral today, enuresis advice.",
            "10:10",
            "Consultation",
        ),
    )
    f.occ(
        "2025-01-29",
        "gp-referral-camhs",
        R(
            "gp",
            "Referral to CAMHS (urgent) for Poppy - post-abuse trauma symptoms, mother "
            "terminally ill.",
            "12:00",
            "Referral",
        ),
        R(
            "camhs",
            "Referral received from GP (Dr Anstey-Ward) - Poppy M, 7. Trauma symptoms after "
            "disclosure of CSA, mother terminally ill. Triage: urgent. Sibling Finlay also "
            "discussed - separate referral advised.",
            kind="Referral",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-07",
        "gp-report-icpc",
        R(
            "gp",
            "Conference report for ICPC (11/02) x3 children completed and sent securely.",
            "15:30",
            "Report",
        ),
        R(
            "csc",
            "GP reports for the three children received for Tuesday's conference.",
            "16:05",
            "Report",
        ),
    )
    f.occ(
        "2025-02-11",
        "icpc",
        R(
            "csc",
            "Initial child protection conference chaired by Yvonne Lark (IRO). Martin "
            "attended; Claire joined by video from home for part. Decision: Finlay, Poppy and "
            "Isla subject to child protection plans - Poppy under sexual abuse, Finlay and "
            "Isla under emotional abuse. First core group 25/02.",
            "10:00",
            "ICPC",
            "CP plans x3",
        ),
        R(
            "pol",
            "ICPC ATTENDED (DC PARR). ALL 3 CHILDREN CP PLAN. SUSPECT ON BAIL, FILE TO CPS.",
            "10:00",
            "CONFERENCE",
        ),
        R(
            "sch",
            "Category: Meeting. Finlay M / Poppy M / Isla M. ICPC attended by AT. All three "
            "children now on CP plans. Core group 25/02 in school.",
            "10:00",
            "Meeting",
        ),
        R(
            "hos",
            "Child protection conference for the children - attended with Martin's "
            "agreement. CP plans made. Hospice to continue family support.",
            shift="swap",
        ),
    )
    f.occ(
        "2025-02-25",
        "core-group-1",
        R(
            "csc",
            "First core group at Saltings Lane. Plan reviewed; Martin managing with sitting "
            "service. Poppy started bedwetting again. CAMHS appointment booked for March.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "Category: Meeting. Finlay M / Poppy M / Isla M. Core group in school 3.30.",
            "15:30",
            "Meeting",
        ),
        R(
            "yc",
            "Core group at school - attended. YC sessions continue for Finlay.",
        ),
    )

    # --- spring 2025 ---
    f.occ(
        "2025-03-04",
        "hospice-admission",
        R(
            "hos",
            "Claire admitted to Kestrel House in-patient unit (symptom control - seizures, "
            "agitation). Children visited with Martin in the evening.",
            "12:00",
        ),
        R(
            "onc",
            "Claire transferred from home to Kestrel House IPU today for symptom control "
            "(hospice SPC team). CNS episode closed to hospice care.",
            "15:00",
            "Admission",
        ),
    )
    f.occ(
        "2025-03-18",
        "camhs-poppy",
        R(
            "camhs",
            "Choice appointment - Poppy (with dad). Trauma-focused assessment started; "
            "nightmares, bedwetting, anxiety about mum. Plan: 8 sessions TF-CBT adapted.",
            "14:00",
            "Choice appointment",
        ),
    )
    f.occ(
        "2025-03-18",
        "camhs-finlay",
        R(
            "camhs",
            "Choice appointment - Finlay (with dad). Anticipatory grief, guilt about his "
            "sister. Plan: 4 sessions + link with hospice bereavement team.",
            "15:00",
            "Choice appointment",
        ),
    )
    f.occ(
        "2025-04-01",
        "charge",
        R(
            "pol",
            "DOWD K CHARGED (CPS AUTHORITY) 3 X SEXUAL ASSAULT OF A CHILD U13 (S7 SOA 2003). "
            "BAILED TO WETHERMOOR MC 15/04.",
            "16:20",
            "CHARGE",
            ref="CRN 45/2025/00671",
        ),
        R(
            "csc",
            "Kieran Dowd charged yesterday with three counts of sexual assault of a child "
            "under 13 (confirmed by DC Parr); bailed to appear at Wethermoor Magistrates' "
            "Court on 15/04.",
            "10:00",
            "Police",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-15",
        "magistrates",
        R(
            "pol",
            "DOWD APPEARED WETHERMOOR MC. NO PLEA. SENT TO NORTHMARCH CROWN COURT. "
            "CONDITIONAL BAIL CONTINUED.",
            "11:00",
            "COURT",
        ),
        R(
            "csc",
            "Kieran Dowd appeared at Wethermoor Magistrates' Court today; sent to the Crown "
            "Court; bail conditions continue (no contact with the children).",
            "15:00",
            "Court",
        ),
    )
    f.occ(
        "2025-04-29",
        "core-group-2",
        R(
            "csc",
            "Core group at school. Claire remains at Kestrel House and is now sleeping most "
            "of the day. Children visiting daily after school. CAMHS work started for Poppy "
            "and Finlay.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "Category: Meeting. Finlay M / Poppy M / Isla M. Core group held in school.",
            "15:30",
            "Meeting",
            shift="-1",
        ),
        R(
            "hos",
            "Core group (school) - I attended, update on Claire's condition: last days/weeks.",
        ),
    )
    f.occ(
        "2025-05-06",
        "rcpc",
        R(
            "csc",
            "Review child protection conference (Yvonne Lark). Martin attended. Claire is "
            "dying. Decision: CP plans continue for all three for now, to be reviewed after "
            "the criminal trial; focus on bereavement support.",
            "10:00",
            "RCPC",
            "CP plans continue",
        ),
        R(
            "pol",
            "RCPC - DC PARR ATTENDED. PLANS CONTINUE. TRIAL/PLEA HEARING 03/06.",
            "10:00",
            "CONFERENCE",
        ),
        R(
            "sch",
            "Category: Meeting. Finlay M / Poppy M / Isla M. RCPC attended by AT - CP plans "
            "continue.",
            "10:00",
            "Meeting",
        ),
        R(
            "hos",
            "Review conference for the children - attended. Hospice bereavement team to "
            "join the plan.",
            shift="+1",
        ),
    )
    f.occ(
        "2025-05-13",
        "claire-dies",
        R(
            "hos",
            "Claire died peacefully at 03:20 in Kestrel House IPU with Martin and her sister "
            "present. Children told by Martin this morning with OB's support.",
            "03:20",
        ),
        R(
            "gp",
            "Deceased: Claire Mallinder died 13/05/2025 03:20 at Kestrel House "
            "Hospice. Expected death. Cause: glioblastoma. Bereavement flags added to "
            "children's records.",
            kind="Death",
            shift="late",
        ),
        R(
            "sch",
            "Category: Bereavement. Finlay M (Y6). Mum (Claire) died at Kestrel House Hospice "
            "in the early hours of 13/05. Not in school. Class teacher informed.",
            "09:00",
            "Bereavement",
        ),
        R(
            "sch",
            "Category: Bereavement. Poppy M (Y3). Mum (Claire) died at Kestrel House Hospice "
            "in the early hours of 13/05. Not in school. CP - DSL aware.",
            "09:00",
            "Bereavement",
        ),
        R(
            "sch",
            "Category: Bereavement. Isla M (Reception). Mum (Claire) died at Kestrel House "
            "Hospice in the early hours of 13/05. Not in school.",
            "09:00",
            "Bereavement",
        ),
    )
    f.occ(
        "2025-05-13",
        "martin-calls-sw",
        R(
            "csc",
            "Martin phoned me at 8.10 to say Claire died in the night. Children at home with "
            "him and Lorraine. Offered a visit tomorrow; he accepted.",
            "08:10",
            "Telephone",
        ),
    )
    f.occ(
        "2025-06-03",
        "crown-court-plea",
        R(
            "pol",
            "NORTHMARCH CC - DOWD PLEADED GUILTY 3 COUNTS. PSR ORDERED. SENTENCE 11/07. BAIL "
            "CONTINUED.",
            "14:00",
            "COURT",
        ),
        R(
            "csc",
            "Kieran Dowd pleaded guilty to all three counts at Northmarch Crown Court. "
            "Sentencing adjourned to 11/07 for reports. Martin told by DC Parr; Poppy will "
            "not have to give evidence.",
            "16:30",
            "Court",
        ),
    )
    f.occ(
        "2025-07-11",
        "sentence",
        R(
            "pol",
            "DOWD SENTENCED NORTHMARCH CC: 3 YRS DETENTION IN YOI. SHPO 10 YRS. SEX OFFENDER "
            "NOTIFICATION 10 YRS. VICTIM INFORMED VIA FATHER.",
            "15:00",
            "SENTENCE",
        ),
    )

    # --- routine single entries ---
    f.fill(
        "sch",
        "2024-04-15",
        "2024-12-13",
        [
            (
                "Attendance",
                "Category: Attendance. Isla M (Nursery). Collected late (4.05) by cousin. "
                "Reminder of collection time given.",
            ),
            (
                "Attendance",
                "Category: Attendance. Finlay M. Absent - dad called, 'mum had a bad night'. "
                "Authorised.",
            ),
        ],
    )
    f.fill(
        "sch",
        "2024-09-05",
        "2025-07-18",
        [
            (
                "Wellbeing",
                "Category: Wellbeing. Finlay M. Upset in PE, said he is tired. Check-in with "
                "TA, settled.",
            ),
            (
                "Wellbeing",
                "Category: Wellbeing. Poppy M. Tearful in class, said she is worried about mummy. "
                "Pastoral time with Mrs Kaur.",
            ),
        ],
    )
    f.fill(
        "yc",
        "2024-06-10",
        "2025-07-15",
        [
            ("", "Group session - Finlay attended, joined in well with cooking activity."),
            (
                "",
                "1:1 with Finlay. Made a 'my week' plan; he wants to play for the school team "
                "again.",
            ),
        ],
        timed=False,
    )
    f.fill(
        "camhs",
        "2025-03-25",
        "2025-07-15",
        [
            (
                "Treatment session",
                "Session 3 (Poppy). Psychoeducation about safe and unsafe "
                "touches with dad present. Engaged.",
            ),
            ("Treatment session", "Session 2 (Finlay). Grief work - feelings map."),
        ],
    )
    f.fill(
        "hos", "2024-10-14", "2025-02-28", [("", "Memory-box session with the children at home.")]
    )
    f.fill(
        "hos",
        "2025-05-20",
        "2025-07-15",
        [
            (
                "",
                "Bereavement support visit - children and Martin. Finlay angry, Isla asking "
                "when mummy is coming back.",
            )
        ],
    )
    f.fill(
        "ews",
        "2024-09-30",
        "2025-03-31",
        [("Review", "Attendance review: Finlay 88% this half term. Improving.")],
    )
    f.fill(
        "gp",
        "2024-05-01",
        "2025-06-30",
        [
            (
                "Consultation",
                "Problem: GBM. Claire - home visit, seizure control reviewed, "
                "levetiracetam increased.",
            )
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Dunmore family, Ansleigh. Maisie Dunmore (b. 08/11/2009) lives with her mother Ruth
# (b. 1976) and father Graham Dunmore (b. 1971) at 14 Larkspur Rise, Ansleigh QA7 3PW; she is in
# Year 10 at Ansleigh Vale Academy and registered at Quillbrook Road Surgery. Her weight falls from
# the summer of 2024; the school nurse, the GP and the community eating disorder service are
# involved while her father refuses admission and controls the family. Three emergency
# attendances, an admission to Puffin Ward at Ansleigh District Hospital, police called when her
# father tries to take her off the ward, a Mental Health Act assessment (section 2), a transfer
# by ambulance to Marrowdene Lodge, an adolescent eating disorder unit at Hatherby out of area,
# her father's arrest for controlling behaviour, section 20 accommodation, looked-after reviews,
# and a return home to her mother with a safety plan and a child in need plan.
# --------------------------------------------------------------------------------------------


def _dunmore() -> BlindCase:
    f = Family(
        "dunmore_eating_disorder",
        12_303,
        {
            "sch": Sheet(
                SCHOOL,
                "Ansleigh_Vale_Academy_DSL_log.xlsx",
                "DSL log",
                (("2024-01-01", "C. Fentiman (DSL)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "Ansleigh_School_Nursing.xlsx",
                "Contacts",
                (("2024-01-01", "Bryony Lund (school nurse)"),),
            ),
            "gp": Sheet(
                GP,
                "Quillbrook_Road_Surgery.xlsx",
                "Consultations",
                (("2024-01-01", "Dr N. Carrow"),),
            ),
            "ceds": Sheet(
                CEDS,
                "Ansleigh_CEDS_CYP_return.xlsx",
                "Clinical notes",
                (("2024-01-01", "Dr Lorna Pettifer (clinical psychologist)"),),
            ),
            "ed": Sheet(
                ED,
                "Ansleigh_District_Hospital_ED.xlsx",
                "ED",
                (("2024-01-01", "ED - various"),),
            ),
            "ward": Sheet(
                WARD,
                "Ansleigh_District_Hospital_Puffin_Ward.xlsx",
                "Ward notes",
                (("2024-01-01", "Dr S. Achterberg (consultant paediatrician)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Westvale_Ambulance_extract.xlsx",
                "Calls",
                (("2024-01-01", "Crew 4127"),),
            ),
            "unit": Sheet(
                INPATIENT_UNIT,
                "Marrowdene_Lodge_return.xlsx",
                "Progress notes",
                (("2024-01-01", "Marrowdene Lodge MDT"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Ansleigh_CSC_Dunmore.xlsx",
                "Chronology",
                (("2024-01-01", "Jess Pardoe (SW)"),),
            ),
            "iro": Sheet(
                IRO,
                "Ansleigh_IRO_Service.xlsx",
                "IRO record",
                (("2024-01-01", "Helen Ashdown-Reeve (IRO)"),),
            ),
            "pol": Sheet(
                POLICE,
                "Vale_Shires_Police_return.xlsx",
                "Occurrences",
                (("2024-01-01", "PC 2286 D. VOSPER"), ("2025-01-10", "DS 1178 K. HARKER")),
            ),
            "amhp": Sheet(
                AMHP,
                "Ansleigh_AMHP_Service.xlsx",
                "MHA assessments",
                (("2024-01-01", "Stuart Melbury (AMHP)"),),
                typed=False,
            ),
        },
    )

    # --- autumn 2024: weight loss noticed ---
    f.occ(
        "2024-09-17",
        "school-pe-concern",
        R(
            "sch",
            "Concern raised by: Miss Ortega (PE). Details: Maisie D (Y10) visibly thinner "
            "since summer, cold and dizzy after warm-up, wearing layers. Said she is 'just "
            "not hungry'. Action: CF referred to school nurse drop-in; monitor lunch.",
            "13:30",
            "Wellbeing",
        ),
    )
    f.occ(
        "2024-09-24",
        "sn-drop-in",
        R(
            "sn",
            "Template: School nurse drop-in (referred by DSL). Ht 163cm, Wt 41.2kg, BMI 15.5 "
            "(<0.4th centile). HR 52 (radial). Restricting to ~600kcal/day, exercising in "
            "bedroom at night. SCOFF 4/5. Consent to share with GP discussed - Maisie "
            "'terrified' of dad finding out. Plan: letter to GP, inform parents.",
            "11:10",
            "Drop-in",
        ),
    )
    f.occ(
        "2024-09-25",
        "sn-father-call",
        R(
            "sn",
            "Telephone (incoming): father, Graham Dunmore. Angry that Maisie was weighed "
            "without his consent; says 'there is nothing wrong with her, she's sporty' and "
            "that he will 'deal with it'. Explained duty of care; he ended the call.",
            "16:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-01",
        "sn-letter-gp",
        R(
            "sn",
            "Letter to GP (Quillbrook Road Surgery): BMI 15.5, bradycardia 52, SCOFF 4/5, "
            "restrictive eating; request urgent review and CEDS referral. Copy to parents.",
            "15:00",
            "Letter",
        ),
        R(
            "gp",
            "Letter from school nurse (B Lund): possible eating disorder, BMI 15.5, HR 52. "
            "Appt booked with Dr Carrow 08/10.",
            kind="Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-08",
        "gp-consult",
        R(
            "gp",
            "Hx: 14y F with father. Wt loss ~8kg since June, amenorrhoea 4/12. Father answered "
            "most questions, said she 'eats fine'. Maisie did not speak when asked to see her "
            "alone - father declined to leave. Ex: Wt 40.6kg, BMI 15.3, HR 48 lying / 74 "
            "standing, BP 88/54, temp 35.6. Imp: ?anorexia nervosa, MEED amber. Plan: bloods, "
            "ECG, urgent CEDS referral.",
            "10:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-10-08",
        "gp-referral-ceds",
        R(
            "gp",
            "Urgent referral to CEDS-CYP (Ansleigh) sent via e-RS. Concern re father's "
            "control of consultation noted in referral.",
            "12:45",
            "Referral",
        ),
        R(
            "ceds",
            "Referral received from Dr Carrow (GP): Maisie, 14, BMI 15.3, postural HR rise, "
            "hypothermic. GP notes father would not allow her to be seen alone. Triage "
            "tomorrow.",
            kind="Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-10",
        "ceds-triage",
        R(
            "ceds",
            "Triage (MDT): urgent pathway - assessment within 1 week offered. Father phoned, "
            "accepted 22/10 as 'the earliest he can do'.",
            "14:00",
            "Triage",
        ),
    )
    f.occ(
        "2024-10-22",
        "ceds-assessment",
        R(
            "ceds",
            "Assessment (LP + Kate Rowe RN). Maisie, both parents. Dx: anorexia nervosa, "
            "restrictive. Wt 39.9kg (%mBMI 76). Father dominated, corrected Ruth repeatedly, "
            "dismissed diagnosis. Seen alone briefly: Maisie said home is 'strict' and dad "
            "'checks everything' including her phone. Plan: FT-AN weekly, weekly physical "
            "monitoring at GP.",
            "10:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-05",
        "dsl-email-ceds",
        R(
            "sch",
            "Concern raised by: CF (DSL). Details: Maisie D told CF that dad reads her "
            "messages every night and 'goes mad' if she talks to anyone about home; worried "
            "he will stop her seeing CEDS. Action: emailed Dr Pettifer (CEDS) with Maisie's "
            "agreement.",
            "14:20",
            "Safeguarding",
        ),
        R(
            "ceds",
            "Email from DSL (Mr Fentiman, Ansleigh Vale): Maisie says father reads her "
            "messages nightly and she fears he will stop CEDS. Will discuss at safeguarding "
            "supervision.",
            "16:05",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-11-12",
        "joint-school-visit",
        R(
            "sn",
            "Joint review in school with Kate Rowe (CEDS). Wt 39.1kg, HR 46. Maisie tearful; "
            "agreed school-based lunch support plan.",
            "12:00",
            "School visit",
            shift="swap",
        ),
        R(
            "ceds",
            "Joint school visit with school nurse (B Lund). Physical obs at school as father "
            "cancelled GP monitoring twice. Wt 39.1kg, HR 46 - MEED amber/red. Lunch plan.",
            "12:00",
            "School visit",
        ),
        R(
            "sch",
            "Concern raised by: n/a (visitors). Details: K Rowe (CEDS) and B Lund (school "
            "nurse) saw Maisie D in medical room at lunchtime. Action: lunch supervised by "
            "Mrs Hale from tomorrow.",
            "12:00",
            "Visitor",
        ),
    )
    f.occ(
        "2024-11-26",
        "ceds-family-session",
        R(
            "ceds",
            "FT-AN session 4. Father walked out after 20 mins when Ruth described mealtimes "
            "as 'a battleground'. Maisie silent afterwards. Risk: family conflict impeding "
            "treatment - raise at safeguarding supervision.",
            "16:00",
            "Family therapy",
        ),
    )

    # --- December 2024: collapse at school and two attendances ---
    f.occ(
        "2024-12-02",
        "collapse-at-school",
        R(
            "sch",
            "Concern raised by: Miss Ortega (PE). Details: Maisie D collapsed in PE at 10.35, "
            "brief LOC. First aid; 999 called 10.40. Ambulance arrived 10.58 and took her to "
            "ADH. Mum informed, met them at hospital. Dad phoned school 11.30 angry.",
            "10:40",
            "Medical",
        ),
        R(
            "amb",
            "Cat 2. 15F collapsed during PE at Ansleigh Vale Academy. On arrival alert, GCS "
            "15, HR 40, BP 84/50, BM 3.1, T 35.2. Hx eating disorder (CEDS). Conveyed ADH ED.",
            "10:40",
            "Collapse",
            ref="CAD 4127-1202-0093",
        ),
    )
    f.occ(
        "2024-12-02",
        "ed-attendance-1",
        R(
            "ed",
            "Triage 11:22: 15F post syncope at school, known AN (CEDS). HR 41, BP 86/52, BM "
            "3.4. Cat 2 (orange).",
            "11:22",
            "Triage",
        ),
        R(
            "ed",
            "Paeds review: MEED red (HR 41, postural rise 34). Recommend admission "
            "for medical stabilisation. Mother agreed; father arrived and refused, said he "
            "will take her home and feed her himself. Maisie wished to go with father.",
            "13:10",
            "Medical review",
        ),
        R(
            "ed",
            "Discharged with parents against medical advice (father). Safeguarding: concern "
            "re father refusing admission - liaison form to SN/GP; discussed with paeds "
            "consultant.",
            "14:25",
            "Discharge",
        ),
    )
    f.occ(
        "2024-12-03",
        "ed-attendance-2",
        R(
            "ed",
            "Re-attended: dizzy, fell on stairs at home. Brought by mother alone. HR 39, BM "
            "2.9, K 3.2. Admission advised; mother agreed, then father phoned and said he "
            "would remove her. Mother took Maisie home 20:10 after father's calls. D/C "
            "against advice. Named nurse informed.",
            "17:45",
            "Attendance",
        ),
    )
    f.occ(
        "2024-12-04",
        "ed-liaison",
        R(
            "ed",
            "Paediatric liaison: notification of 2 attendances (02/12, 03/12) both leaving "
            "against medical advice sent to school nursing and GP.",
            "10:00",
            "Liaison",
        ),
        R(
            "sn",
            "ED liaison form received: 2 attendances 02/12 and 03/12, left against advice "
            "both times (father). Passed to CEDS and DSL.",
            "13:30",
            "Liaison",
        ),
        R(
            "gp",
            "Liaison from ADH ED: attended 2/12 and 3/12, bradycardia, hypoglycaemia, left "
            "against advice. Task to Dr Carrow.",
            kind="Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-05",
        "ceds-call-father",
        R(
            "ceds",
            "Tc to father. Urged admission - Maisie at high medical risk. Father: 'you are "
            "not taking my daughter'. Advised we will make a safeguarding referral; he said "
            "'do what you like'.",
            "11:00",
            "Telephone",
        ),
    )
    f.occ(
        "2024-12-05",
        "ceds-referral-mash",
        R(
            "ceds",
            "Safeguarding referral to Ansleigh MASH: medical neglect - father refusing "
            "admission despite MEED red on two ED attendances; controlling behaviour reported "
            "by Maisie.",
            "15:40",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact from Dr Lorna Pettifer, CEDS (submitted yesterday afternoon): Maisie "
            "Dunmore, 15, anorexia nervosa; father refused admission after two ED "
            "attendances this week; CEDS describes him as controlling and says Maisie is at "
            "high medical risk.",
            "09:10",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-09",
        "mash-decision",
        R(
            "csc",
            "MASH decision: strategy discussion required (medical neglect, parental refusal "
            "of treatment). Allocated to Jess Pardoe.",
            "11:30",
            "MASH decision",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2024-12-11",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion. Chair Rob Kilner (TM). Present: PC Vosper (police), Dr "
            "Pettifer (CEDS), myself. Threshold for S47 not met at this point as father has "
            "now agreed to weekly obs at GP; single agency C&F assessment; legal advice if "
            "admission is refused again.",
            "14:00",
            "Strategy discussion",
            "C&F assessment",
        ),
        R(
            "pol",
            "STRAT DISC (MEDICAL NEGLECT) - POLICE INPUT: NO PREVIOUS CALLS TO ADDRESS. NFA "
            "POLICE AT THIS STAGE.",
            "14:00",
            "STRATEGY",
            shift="swap",
        ),
        R(
            "ceds",
            "Strategy discussion - attended. Outcome: C&F assessment; CEDS to escalate "
            "immediately if admission refused again.",
            "14:00",
            "Safeguarding",
        ),
    )

    # --- January 2025: admission, police on the ward, MHA assessment ---
    f.occ(
        "2025-01-07",
        "ed-attendance-3",
        R(
            "ed",
            "Triage 19:05: 15F AN, dizzy, near-syncope x3 today. HR 36, BP 80/48, T 35.0, "
            "BM 2.6. Cat 2.",
            "19:05",
            "Triage",
        ),
        R(
            "ed",
            "Paeds reg review: MEED red. Admit Puffin Ward for medical stabilisation / "
            "refeeding. Mother consents; father not present.",
            "20:30",
            "Medical review",
        ),
    )
    f.occ(
        "2025-01-07",
        "ward-admission",
        R(
            "ward",
            "Admitted to Puffin Ward from ED 22:15. MEED red. Cardiac monitoring, refeeding "
            "protocol (1400kcal), daily bloods. 1:1 HCA at meals.",
            "22:15",
            "Admission",
        ),
        R(
            "ceds",
            "Maisie admitted to Puffin Ward, ADH tonight for medical stabilisation (MEED "
            "red). CEDS in-reach from tomorrow.",
            kind="Admission",
        ),
    )
    f.occ(
        "2025-01-09",
        "ward-police-1",
        R(
            "ward",
            "Nursing entry: father arrived 14:10 demanding Maisie be discharged and tried to "
            "take her by the arm to the lift. Staff intervened, security and police called. "
            "Police attended, father left ward voluntarily 14:50.",
            "14:20",
            "Incident",
        ),
        R(
            "ward",
            "Nursing entry: father arrived 14:10 demanding discharge, took Maisie by the arm "
            "towards the lift. Staff intervened; security and police called. Father left "
            "14:50 with police.",
            "14:20",
            "Incident",
        ),
        R(
            "pol",
            "OCC 25/0109/0344. CALL FROM ADH PUFFIN WARD - FATHER ATTEMPTING TO REMOVE "
            "INPATIENT (15F) AGAINST ADVICE. OFFICERS ATT 1435. GRAHAM DUNMORE SPOKEN TO, "
            "LEFT WARD VOLUNTARILY. NO OFFENCES. CHILD NOTIFICATION TO FOLLOW.",
            "14:20",
            "CONCERN FOR CHILD",
            ref="25/0109/0344",
        ),
    )
    f.occ(
        "2025-01-09",
        "ward-police-2",
        R(
            "ward",
            "Nursing entry 21:35: father returned to ward entrance, shouting on intercom, "
            "refused entry. Police called again.",
            "21:35",
            "Incident",
        ),
        R(
            "pol",
            "OCC 25/0109/0871. REPEAT - DUNMORE AT PUFFIN WARD ENTRANCE SHOUTING. ATT 2150. "
            "WORDS OF ADVICE, LEFT HOSPITAL SITE. WARNED RE S5 POA.",
            "21:40",
            "CONCERN FOR CHILD",
            ref="25/0109/0871",
        ),
    )
    f.occ(
        "2025-01-10",
        "csc-police-notification",
        R(
            "csc",
            "Police child notification received re two incidents at Puffin Ward yesterday "
            "(25/0109/0344 and 25/0109/0871): father tried to take Maisie from the ward and "
            "later returned shouting.",
            "09:00",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-10",
        "ward-mdt",
        R(
            "ward",
            "Ward MDT (Dr Achterberg, ward sister, CEDS Dr Pettifer + psychiatrist Dr Oyinlola). "
            "Maisie now refusing meals since father's visit; NG feeding indicated. Parental "
            "consent disputed - father refuses, mother consents. Request MHA assessment.",
            "10:00",
            "MDT",
        ),
        R(
            "ceds",
            "Puffin Ward MDT - attended with Dr Oyinlola. Refusal of food since yesterday. "
            "Agreed to request MHA assessment; CEDS to support bed search.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-10",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion after yesterday's incidents. Present: DS Harker (police), "
            "Dr Achterberg (paediatrics), Dr Pettifer (CEDS), myself, Rob Kilner (chair). "
            "Decision: S47 enquiry (medical neglect / emotional harm); father's visits to be "
            "supervised; legal planning meeting to be booked.",
            "14:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "pol",
            "STRAT DISC 1400 - S47 AGREED. POLICE TO ADD WARNING MARKER TO ADH. DS HARKER.",
            "14:00",
            "STRATEGY",
        ),
        R(
            "ward",
            "Strategy meeting (Teams) - Dr Achterberg attended. S47. Father's visits to be "
            "supervised by staff.",
            "14:00",
            "Safeguarding",
        ),
        R(
            "ceds",
            "Strategy discussion re Maisie - attended. Outcome S47. CEDS report to SW by Monday.",
            "14:00",
            "Safeguarding",
        ),
    )
    f.occ(
        "2025-01-14",
        "mha-assessment",
        R(
            "amhp",
            "MHA assessment, Puffin Ward ADH, with Dr Oyinlola (s12) and Dr Achterberg. "
            "Maisie refusing NG feeding, lacks capacity re food/weight, parental consent "
            "not usable (dispute, father's conduct). NR (father, elder parent) consulted - "
            "objected; s2 does not require NR agreement. Application made under s2, "
            "detained 16:40. CAMHS/ED Tier 4 bed search started.",
            "13:00",
        ),
        R(
            "ward",
            "MHA assessment on ward (AMHP S Melbury). Outcome: detained under section 2 MHA "
            "16:40. Rights read. NG feeding plan under s63.",
            "13:00",
            "MHA",
        ),
        R(
            "ceds",
            "MHA assessment: Dr Oyinlola attended as s12 doctor. Detained s2. Tier 4 referral "
            "sent to NHSE case management.",
            kind="MHA",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-15",
        "ward-ng",
        R(
            "ward",
            "NG tube passed (2nd attempt), position confirmed pH 4. Feeds commenced as per "
            "dietitian. Maisie distressed, 2:1 staff.",
            "09:30",
            "Nursing",
        ),
    )
    f.occ(
        "2025-01-21",
        "transfer",
        R(
            "ward",
            "Transferred out to Marrowdene Lodge, Hatherby by Westvale ambulance 09:30 "
            "escorted by RMN. s2 papers and NG plan handed over. Mother informed.",
            "09:30",
            "Transfer",
        ),
        R(
            "amb",
            "Inter-facility transfer (booked). ADH Puffin Ward to Marrowdene Lodge, Hatherby "
            "QH2 9RB. Pt 15F detained s2 MHA, NG in situ, RMN escort. Dep 09:35, arr 12:50. "
            "No incidents en route.",
            "09:30",
            "Transfer",
            ref="IFT 0121-2231",
        ),
    )
    f.occ(
        "2025-01-21",
        "unit-admission",
        R(
            "unit",
            "Admission 13:05 from ADH Puffin Ward, detained s2 MHA. Wt 37.8kg, %mBMI 72. "
            "NG feeds continued. Father phoned x6 before 17:00 demanding to speak to her; "
            "calls limited per care plan.",
            "13:05",
        ),
        R(
            "csc",
            "Maisie admitted to Marrowdene Lodge (Hatherby) this afternoon under section 2, "
            "90 miles from home. Ruth plans to visit at the weekend.",
            "16:00",
            "Admission",
        ),
    )
    f.occ(
        "2025-01-22",
        "unit-father-calls",
        R(
            "unit",
            "Father phoned unit 14 times today. Abusive to nursing staff. Calls to be "
            "routed to ward manager only.",
        ),
    )

    # --- February 2025: disclosure, father's arrest, section 20 ---
    f.occ(
        "2025-02-04",
        "unit-referral",
        R(
            "unit",
            "Safeguarding referral to Ansleigh CSC: Maisie disclosed to named nurse that her "
            "father controls the family's money and food, tracks her and her mother's "
            "phones, and pushed her mother into a wall in November.",
            "11:30",
        ),
        R(
            "csc",
            "Referral from Marrowdene Lodge (safeguarding lead): Maisie has told her named "
            "nurse that Graham controls money and food, tracks Ruth's and her phones and "
            "pushed Ruth into a wall in November.",
            "11:50",
            "Contact",
        ),
    )
    f.occ(
        "2025-02-05",
        "strategy-3",
        R(
            "csc",
            "Strategy discussion following Maisie's disclosure. Present: DS Harker, "
            "Marrowdene Lodge safeguarding lead, Dr Pettifer (CEDS), myself; chair Rob "
            "Kilner. Decision: joint S47 continues; police to speak to Ruth with SW; DASH "
            "and IDVA referral.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC - DISCLOSURE OF COERCIVE CONTROL / ASSAULT (HISTORIC NOV 24). JOINT "
            "VISIT TO MOTHER PLANNED.",
            "10:00",
            "STRATEGY",
        ),
        R(
            "unit",
            "Strategy meeting (video) - safeguarding lead attended for Marrowdene Lodge.",
            "10:00",
        ),
        R(
            "ceds",
            "Strategy discussion (video) - attended. Shared history of father's control in "
            "sessions.",
            kind="Safeguarding",
        ),
    )
    f.occ(
        "2025-02-11",
        "joint-visit-mother",
        R(
            "pol",
            "JOINT VISIT WITH SW TO RUTH DUNMORE AT FRIEND'S ADDRESS. DASH HIGH (15 YES). "
            "STATEMENT RE CCB + ASSAULT NOV 24. MARAC + IDVA REFERRALS.",
            "11:00",
            "DOMESTIC",
        ),
        R(
            "csc",
            "Joint visit with DC Moyle to Ruth at a friend's house. Ruth described years of "
            "Graham controlling money, food and who she sees, and confirmed the push in "
            "November. She wants to separate.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-02-12",
        "arrest-father",
        R(
            "pol",
            "DUNMORE GRAHAM ARRESTED 0715 HOME ADDRESS - CONTROLLING/COERCIVE BEHAVIOUR "
            "(S76 SCA 2015) + ASSAULT. INTERVIEWED, BAILED: NOT TO ENTER LARKSPUR RISE, NO "
            "CONTACT WITH RUTH DUNMORE.",
            "07:15",
            "ARREST",
        ),
        R(
            "csc",
            "Graham Dunmore arrested at 14 Larkspur Rise at 07:15 for controlling or "
            "coercive behaviour and assault; bailed not to go to the house or contact Ruth.",
            "16:00",
            "Police",
        ),
    )
    f.occ(
        "2025-02-10",
        "unit-s2-rescinded",
        R(
            "unit",
            "Ward round: s2 rescinded. Maisie agrees to remain informally and accept NG "
            "top-ups; mother consents. Father informed by letter.",
        ),
    )
    f.occ(
        "2025-02-25",
        "section-20",
        R(
            "csc",
            "Meeting at Marrowdene Lodge with Ruth and (separately, by phone with his "
            "solicitor) Graham. Both signed the section 20 agreement: Maisie is looked after "
            "by Ansleigh from today, placed at Marrowdene Lodge, with a plan to return to "
            "Ruth when discharged.",
            "11:00",
            "Section 20",
            "Looked after (s20)",
        ),
        R(
            "unit",
            "Meeting on unit with SW and mother - s20 consent signed. Maisie now looked after "
            "by Ansleigh LA. Father consented via solicitor.",
            "11:00",
        ),
        R(
            "iro",
            "Maisie Dunmore became looked after (s20) on 25/02/2025, placement Marrowdene "
            "Lodge, Hatherby. IRO allocated; initial review to be held by 25/03.",
            kind="Became looked after",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-19",
        "lac-review-1",
        R(
            "iro",
            "Initial looked-after review held at Marrowdene Lodge, chaired by the IRO. "
            "Present: Maisie, Ruth, SW, named nurse, DSL (phone). Father sent written views. "
            "Care plan endorsed: s20 continues; discharge home to mother when medically fit; "
            "education via unit school; contact with father by video, supervised.",
            "13:00",
            "LAC review",
        ),
        R(
            "csc",
            "Initial LAC review at Marrowdene Lodge (IRO Helen Ashdown-Reeve). Maisie spoke "
            "for herself. Care plan agreed.",
            "13:00",
            "LAC review",
        ),
        R(
            "unit",
            "First LAC review on unit - attended by named nurse. Care plan agreed.",
            "13:00",
        ),
        R(
            "sch",
            "Concern raised by: n/a. Details: CF joined Maisie D's looked-after review by "
            "phone. Work set via unit school. Action: CF to send GCSE coursework plan.",
            "13:00",
            "Meeting",
            shift="-2",
        ),
    )
    f.occ(
        "2025-04-29",
        "police-nfa",
        R(
            "pol",
            "CPS ADVICE: CCB - INSUFFICIENT EVIDENCE, NFA. ASSAULT - NFA (VICTIM NOT "
            "SUPPORTING). BAIL CANCELLED. DVPN CONSIDERED - NOT MET.",
            "15:00",
            "OUTCOME",
        ),
    )
    f.occ(
        "2025-05-17",
        "unit-home-leave",
        R(
            "unit",
            "First overnight home leave to mother's (Larkspur Rise). Meal plan followed. "
            "Returned on time.",
        ),
    )

    # --- June-July 2025: reviews, safety plan, discharge home ---
    f.occ(
        "2025-06-17",
        "lac-review-2",
        R(
            "iro",
            "Second looked-after review at Marrowdene Lodge. Wt 46.0kg (%mBMI 88). Graham "
            "has moved to a flat in Ansleigh; Ruth and Graham separated. Plan: discharge to "
            "Ruth in July; s20 to end on discharge.",
            "10:00",
            "LAC review",
        ),
        R(
            "csc",
            "Second LAC review (IRO). Agreed discharge home to Ruth in July; s20 to end then.",
            "10:00",
            "LAC review",
        ),
        R(
            "unit",
            "LAC review (am) - named nurse attended. Discharge target mid-July.",
            "10:00",
        ),
    )
    f.occ(
        "2025-06-17",
        "cpa-discharge-planning",
        R(
            "unit",
            "CPA / discharge planning meeting (pm). Present: consultant, named nurse, Kate "
            "Rowe (CEDS), SW, Ruth, Maisie. CEDS to resume care on discharge; weekly obs.",
            "13:30",
        ),
        R(
            "ceds",
            "CPA discharge planning meeting (Teams) with Marrowdene Lodge. CEDS to take back "
            "care on discharge - weekly FT-AN with mother, obs at GP.",
            "13:30",
            "Meeting",
        ),
        R(
            "csc",
            "CPA meeting at Marrowdene Lodge in the afternoon, after the LAC review. CEDS "
            "to pick up on discharge.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-07-10",
        "safety-plan-meeting",
        R(
            "csc",
            "Safety planning meeting at 14 Larkspur Rise with Ruth, Maisie (on leave), Kate "
            "Rowe (CEDS) and Bryony Lund (school nurse). Safety plan signed: meal plan and "
            "weekly weights, warning signs and who to call, contact with Graham in public "
            "places only and never at mealtimes, school lunch support.",
            "15:00",
            "Safety plan",
        ),
        R(
            "ceds",
            "Home safety-planning meeting with SW + school nurse. Relapse prevention and "
            "physical risk plan agreed with Ruth.",
            "15:00",
            "Meeting",
        ),
        R(
            "sn",
            "Safety plan meeting at home (SW, CEDS, mother, Maisie). SN to do weekly weights "
            "in school from September.",
            kind="Meeting",
            shift="+2",
        ),
    )
    f.occ(
        "2025-07-15",
        "discharge-home",
        R(
            "unit",
            "Discharged home to mother (14 Larkspur Rise, Ansleigh). Wt 47.4kg, %mBMI 90. "
            "Discharge summary to GP and CEDS.",
            "11:00",
        ),
        R(
            "csc",
            "Maisie discharged from Marrowdene Lodge today and home with Ruth. Section 20 "
            "ended; Maisie ceased to be looked after. CIN plan to follow.",
            "16:30",
            "Ceased looked after",
        ),
        R(
            "iro",
            "Ceased to be looked after 15/07/2025 - returned home to mother on discharge "
            "from Marrowdene Lodge. IRO involvement ended.",
            kind="Ceased looked after",
            shift="late",
        ),
        R(
            "ceds",
            "Discharged home from Marrowdene Lodge today; CEDS resumes care. First review booked.",
            kind="Discharge",
        ),
    )
    f.occ(
        "2025-07-22",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary Marrowdene Lodge (15/07): AN restrictive, weight restored to "
            "90% mBMI. Weekly obs at practice per CEDS plan. Safeguarding: CIN.",
            kind="Correspondence",
        ),
    )
    f.occ(
        "2025-07-29",
        "ceds-post-discharge",
        R(
            "ceds",
            "Post-discharge review with Maisie and Ruth. Wt 47.1kg. Eating 3 meals + 3 "
            "snacks. Ruth calmer, 'house feels different'.",
            "16:00",
            "Review",
        ),
    )
    f.occ(
        "2025-09-09",
        "sn-in-school",
        R(
            "sn",
            "Return to school review with Maisie and DSL. Weekly weights in medical room "
            "Tuesdays. Lunch pass agreed.",
            "12:30",
            "School visit",
        ),
        R(
            "sch",
            "Concern raised by: n/a. Details: Maisie D (Y11) returned. School nurse met "
            "Maisie with CF: weekly weights, lunch pass. Action: staff briefed.",
            "12:30",
            "Wellbeing",
        ),
    )
    f.occ(
        "2025-09-16",
        "cin-meeting",
        R(
            "csc",
            "CIN meeting at Ansleigh Vale Academy. Maisie, Ruth, DSL, school nurse, CEDS. "
            "Weight stable; contact with Graham twice monthly, going well. CIN plan for three "
            "months, then consider closure.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "Concern raised by: n/a. Details: CIN meeting in school for Maisie D. CF "
            "attended. Action: continue lunch support.",
            "15:30",
            "Meeting",
        ),
        R(
            "sn",
            "CIN meeting (school) attended. Weights stable.",
            "15:30",
            "Meeting",
        ),
        R(
            "ceds",
            "CIN meeting at school - attended. Progress good.",
            kind="Meeting",
            shift="month",
        ),
    )

    # --- routine single entries ---
    f.fill(
        "ceds",
        "2024-10-24",
        "2024-12-20",
        [
            ("Family therapy", "FT-AN session. Mother attended alone; father 'at work'."),
            ("Physical review", "Physical obs: Wt 39.6kg, HR 50, BP 90/58. MEED amber."),
        ],
    )
    f.fill(
        "unit",
        "2025-01-23",
        "2025-07-10",
        [
            ("", "Ward round: weight gain 0.6kg/wk. Continue plan."),
            ("", "Unit school: attending 3 lessons a day, English and biology coursework."),
            ("", "Video contact with father, supervised. Appropriate throughout."),
            ("", "Named nurse 1:1 - body image work. Maisie reflective."),
        ],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-09-19",
        "2025-01-05",
        [
            (
                "Attendance",
                "Concern raised by: attendance officer. Details: Maisie D absent, father "
                "phoned 'migraine'. Action: logged.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2025-07-23",
        "2025-10-17",
        [("Monitoring", "Weekly obs (HCA): Wt 47.8kg, HR 62, BP 102/64. Stable.")],
    )
    f.fill(
        "csc",
        "2025-02-26",
        "2025-07-09",
        [
            (
                "Statutory visit",
                "LAC statutory visit at Marrowdene Lodge. Maisie seen alone; wants to go home "
                "to her mum.",
            ),
            (
                "Statutory visit",
                "Statutory visit (Hatherby). Saw Maisie alone in her room; proud of her "
                "progress, worried about seeing dad.",
            ),
        ],
    )
    f.fill(
        "sn",
        "2025-09-17",
        "2025-10-24",
        [("Weight check", "Weekly weight in school: 48.0kg. No concerns.")],
    )
    f.fill(
        "ceds",
        "2025-07-30",
        "2025-10-24",
        [
            ("Family therapy", "FT-AN (phase 3) with Maisie and Ruth: relapse prevention."),
            ("Physical review", "Physical review: Wt 47.9kg, HR 64, BP 104/66. MEED green."),
        ],
    )
    f.fill(
        "sch",
        "2025-09-17",
        "2025-10-24",
        [
            (
                "Wellbeing",
                "Concern raised by: Mrs Hale (pastoral). Details: Maisie D ate full lunch in "
                "pastoral room, chatting with friends. Action: none.",
            ),
        ],
    )
    return f.case()


def blind_dedup_cases_12() -> list[BlindCase]:
    """The blind cases, in a fixed order."""
    return [_tarrant(), _mallinder(), _dunmore()]


if __name__ == "__main__":
    summary(blind_dedup_cases_12)
