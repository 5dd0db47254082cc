"""A twelfth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 105-130 chronology rows from ten to twelve services (one
sheet per service) over twelve to twenty months, unlike each other and unlike the earlier blind
sets' families: a seventeen-month-old girl who dies after swallowing her mother's methadone (a
drug treatment service relaxing supervised consumption twice, a community pharmacy, a health
visitor, a GP, a nursery place never taken up, a brother removed at birth years before, both
parents' arrests, a post-mortem and an inquest, and a pre-birth strategy discussion, conference
and core group for the mother's new pregnancy after the death). Written blind: composed from the
domain brief, the `Event` schema, the shared kit (`dedup_case_kit.py`) and the head of the
seventh blind set (its docstring and agency constants, read for the format and the labelling
rules; none of its families, wordings or places reused), without reading the duplicate rules,
their settings, the linkage model, any result or any other labelled set's families, and without
running the merge on these cases. Kept apart from tuning: measure on them blind first.

The services write very differently: terse capital-letter police logs with incident numbers,
VRF and custody references; long social care narrative in the first person; the health visitors'
"Contact type: ... Outcome: ..." template; GP problem notes ("S: O: A: P:") and coded
correspondence lines; a recovery worker's abbreviated first-person keywork log (SU, SC, UDS, OST,
Tc) and a pharmacist's supervision log, both without an event-type column; a nursery manager's
plain notes; an ambulance ePCR line; emergency department shorthand (triage, Dr review,
discharge, resus); a coroner's officer's formal case log; a health visitor pasting the social
worker's minutes under her own preface two days after the meeting; dates written inside the
text ("sent yesterday afternoon", "received late yesterday"); times in some returns and not in
others.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, letter or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules shared by every blind set, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN review, court hearing,
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
- Life events (a birth, a death, a house move, a placement start, a GP registration, an
  admission or discharge, an arrest, a charge, a court result or order) recorded by two
  services on the same day, or by one of them the next day, are one occurrence when they name
  the same specifics. Two people's arrests on one day are two occurrences; so are an arrest and
  a charge.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- An emergency department that writes one attendance as several rows (triage, review,
  discharge) records ONE occurrence; attendances on consecutive days are separate; an
  emergency department attendance and the ward or intensive care admission that follows are
  two occurrences.
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
- Look-alikes kept apart: a health visit and the recovery worker's own home visit on one day;
  the pharmacy's call about missed doses and the recovery worker's later attempts to reach the
  mother; a prescriber review and the email reporting it to the social worker that afternoon;
  a nursery's missed-session entry and its email to the social worker the same day; two police
  call-outs to one flat on one night; a police incident, the VRF sent to the MASH the next
  morning (one occurrence with social care's receipt of it) and the MASH decision the day
  after; a health visit, the health visitor's call to the recovery service, her unanswered call
  to the social worker and the social worker's call back, all on one day; a GP's email the day
  before a professionals' meeting and the meeting; a closure decision and the closure letters;
  no-access visits on consecutive days; emergency department attendances on consecutive days
  and the liaison notice about both; the 999 call-out, the death in the department, the call
  to the coroner's officer, both parents' arrests and the strategy discussion, all on one day;
  a pre-birth strategy discussion and the drug service's internal serious incident panel the
  same afternoon; a conference invitation email, the GP's report for the conference and the
  conference.

Everything is invented: people, workers, nurseries, surgeries, pharmacies, hospitals, towns,
police forces, addresses, postcodes (the QC area) and reference numbers. Deterministic: one
fixed seed per case (it only places the routine entries and picks their times), no set or hash
ordering.

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

TERM_TIME_AGENCIES: tuple[str, ...] = (NURSERY,)

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
                "Tanyard_Surgery_extract.xlsx",
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
                "Bramble_Tree_Day_Nursery.xlsx",
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
            "Letter to GP (Tanyard Surgery) re change to dispensing: methadone 70ml daily, "
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
            "Email sent to Bramble Tree Day Nursery requesting a funded place for Esme two "
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
            "(Bramble Tree) attended and a start date of 30/04 was agreed. HV reports Esme "
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
            "Email from Leanne Corrie, Bramble Tree Day Nursery, received late yesterday: "
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
            "Closure letters sent to Shannon, Tanyard Surgery, the health visiting team and "
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


def blind_dedup_cases_12() -> list[BlindCase]:
    """The blind cases, in a fixed order."""
    return [_tarrant()]


if __name__ == "__main__":
    summary(blind_dedup_cases_12)
