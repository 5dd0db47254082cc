"""A twenty-second set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services'
sheets over twelve to eighteen months, unlike each other: four children (a ten-year-old, a
six-year-old and three-year-old twins) who fled with their mother from domestic abuse in one
area to a refuge in another (a transfer-in conference, the council's homelessness prevention and
relief duties, interim accommodation and two moves, a refuge key worker, an IDVA, one area's
MARAC and the other's "DARAC", a non-molestation order heard without notice, on return and
finally, the father finding the children's school and then the flat, police call-outs in the
small hours, his arrest, charge and conviction, a permanent flat).

How they were written (blind): composed from the domain brief (`/work/shared/domain/DOMAIN.md`),
the `Event` schema (`chronology/schema.py`), the shared kit (`sample_data/dedup_case_kit.py`),
the seventh blind set's module docstring, agency constants and the thirty or so lines after them
(read for the file format only), and the last thirty lines of the fourteenth blind set (how a set
module ends). The duplicate rules and their settings, the linkage model, the bench results, the
tests, the docs and every other blind set were not read, no repository history was read, and the
merge and the duplicate detection were not run on these cases (issue 12).

The services write very differently: terse capital-letter police logs with log, CAD, crime and
custody references; long social care narrative; "Contact type: ... Outcome: ..." health visiting
and school nursing templates; GP "S: O: A: P:" notes; schools' and nurseries' first-person logs,
written one row per child; a refuge key worker's informal notes; housing officers' duty
decisions (s195, s189B, s188, Part 6); dates written inside the text ("rang yesterday (02/07)").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), a life event, call, email
or referral was logged by the receiving service on the next day, or an emergency department's
rows of one attendance run past midnight.

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
  discharge) records ONE occurrence; attendances on consecutive days are separate; an emergency
  department attendance and the ward or intensive care admission that follows are two
  occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: the homelessness duty decisions (prevention duty, relief duty) are each
  one occurrence with the letter or email that notified them the same day: the housing
  officer's "duty accepted, letter to applicant, copy emailed to refuge" and the refuge's
  "email from Housing: duty accepted" are the two ends of one notification. The tenancy
  sign-up for the permanent flat and the move into it three days later are two occurrences.
- Decision for this set: a housing officer's visit to the refuge to take the homeless
  application, recorded by housing and by the refuge worker who sat in, is one occurrence
  (like a joint visit recorded by both who were there).
- Decision for this set: the health visitor's transfer-in record for the twins and the school
  nurse's transfer-in letter for the two older children, both received on the same day from
  the old area, are two letters (two occurrences).
- Decision for this set: Marlbury's MARAC, Calderbrook's "DARAC" (its name for a MARAC) that
  adopted the case, and the repeat DARAC after the father found the flat are three meetings;
  the cross-border referral between them (sent by one force, logged as received by the other
  the next day) is a fourth occurrence, not a meeting.
- Decision for this set: the non-molestation order's without-notice hearing, its service on the
  father, the IDVA's later call to check service, the return hearing and the final hearing are
  five occurrences; a record giving only the month of the final order belongs to the final
  hearing (noise).
- Decision for this set: the father at the school gate is one occurrence recorded by the police
  log of the DSL's 999 call and by the school's rows for each child; social care's receipt of
  the police notification the next day and the strategy discussion that afternoon are two more.
- Decision for this set: a police call-out that ends with the man detained and arrested at the
  scene and the custody record booking him in are two occurrences (the call-out is an incident,
  the booking-in records the arrest); the first call-out the same night, when he had gone, is a
  third, and the charge that afternoon a fourth.

Everything is invented: people, workers, schools, nurseries, surgeries, hospitals, refuges,
homes, towns, police forces, courts, addresses, postcodes (in the unused "Q" area) and
reference numbers. Deterministic: one fixed seed per case (it only places the routine entries
and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_22.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HOUSING = "Housing"
REFUGE = "Refuge"
IDVA = "IDVA Service"
HV = "Health Visiting"
SCHOOL_NURSE = "School Nursing"
NURSERY = "Nursery"
SCHOOL = "School"
GP = "GP"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, SCHOOL_NURSE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Pellinger family. Shannon Pellinger (b. 1992) fled Lee Crosswaite (b. 1988), the
# children's father, from 22 Abbotsmead Close, Marlbury QM4 7HT (Hexmoor Constabulary, Marlbury
# Council) to Lanternway Women's Refuge in Calderbrook (Calder Vale Police, Calderbrook
# Council) with Corey (b. 02/10/2013), Ellie-Mae (b. 19/12/2017) and the twins Rio and Reef
# (b. 23/11/2020), all on child protection plans in Marlbury. Transfer-in conference, the
# homelessness prevention and relief duties, interim accommodation at Cressfield House, the
# father finding the children's school and the flat, a move to Linden Court, a permanent flat at
# 14 Sorrel Walk; Marlbury's MARAC and Calderbrook's DARAC (its name for MARAC); a
# non-molestation order heard without notice, on return and finally.
# --------------------------------------------------------------------------------------------


def _pellinger() -> BlindCase:
    f = Family(
        "pellinger",
        2201,
        {
            "hxpol": Sheet(
                POLICE,
                "Hexmoor_Constabulary_Pellinger_return.xlsx",
                "Incidents",
                (("2024-01-01", "PC 2291 R DENBY"), ("2024-04-01", "DS 1180 M OKAFOR-LINDH")),
            ),
            "cvpol": Sheet(
                POLICE,
                "CalderVale_Police_Chronology_Pellinger.xlsx",
                "PPU",
                (("2024-03-01", "DS 4410 J CRANE"), ("2024-10-01", "DC 6623 L PAWSEY")),
            ),
            "mcsc": Sheet(
                CSC,
                "Marlbury_CSC_Pellinger_children.xlsx",
                "Chronology",
                (("2024-01-01", "Tasha Quillan, Social Worker"),),
            ),
            "ccsc": Sheet(
                CSC,
                "Calderbrook_CSC_Pellinger_family.xlsx",
                "Case notes",
                (
                    ("2024-03-01", "Imran Gadsby (duty SW)"),
                    ("2024-03-20", "Harriet Moxley (SW)"),
                ),
            ),
            "hsg": Sheet(
                HOUSING,
                "Calderbrook_HousingOptions_Pellinger.xlsx",
                "Case actions",
                (("2024-03-01", "Dev Rattigan, Housing Options Officer"),),
            ),
            "ref": Sheet(
                REFUGE,
                "Lanternway_Refuge_Pellinger.xlsx",
                "Keywork log",
                (("2024-03-01", "Nell Prosser (key worker)"),),
                typed=False,
            ),
            "idva": Sheet(
                IDVA,
                "Calderbrook_IDVA_Service_Pellinger.xlsx",
                "Case log",
                (("2024-03-01", "Bryony Tallis IDVA"),),
            ),
            "hv": Sheet(
                HV,
                "Calderbrook_0-19_HV_Pellinger_twins.xlsx",
                "HV record",
                (("2024-03-01", "Carys Beddoe HV"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "Calderbrook_0-19_SchoolNursing_Pellinger.xlsx",
                "School nursing",
                (("2024-03-01", "Ruth Ogunleye SN"),),
            ),
            "nur": Sheet(
                NURSERY,
                "Little_Wrens_Nursery_Pellinger.xlsx",
                "Safeguarding log",
                (("2024-04-01", "Jo Whitlam (manager/DSL)"),),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "Fernhill_Primary_CPOMS_export.xlsx",
                "CPOMS",
                (("2024-04-01", "Mrs A Kettleborough (DSL)"),),
            ),
            "gp": Sheet(
                GP,
                "Harrowfield_Surgery_Pellinger_household.xlsx",
                "Consultations",
                (("2024-03-01", "Dr S Mahendran"),),
            ),
        },
    )

    # ---- Marlbury: the last night and the flight -------------------------------------------
    f.occ(
        "2024-03-08",
        "da-incident-marlbury",
        R(
            "hxpol",
            "LOG 0114 08/03/24. 999 FROM SHANNON PELLINGER, 22 ABBOTSMEAD CLOSE MARLBURY: "
            "EX-PARTNER LEE CROSSWAITE KICKING FRONT DOOR, THREATS TO KILL SHOUTED THROUGH "
            "LETTERBOX. 4 CHILDREN IN ADDRESS. UNITS ATT 02:58, MALE DECAMPED PRIOR. DOOR PANEL "
            "BROKEN. DASH HIGH (17). CHILDREN SEEN ASLEEP, SAFE. CRIME RAISED CRIM DAMAGE/DA.",
            "02:40",
            "Domestic incident",
            ref="CAD HX-240308-0114 / CRIME HX/24/01877",
        ),
    )
    f.occ(
        "2024-03-08",
        "ppn-received-marlbury",
        R(
            "mcsc",
            "Police DA notification received from Hexmoor Constabulary re incident in the early "
            "hours at the family home: Lee kicked the door in and made threats to kill; high risk "
            "DASH. All four children are subject to CP plans (emotional abuse) since November "
            "2023. Duty manager asked allocated SW to speak to mother today.",
            "09:20",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-08",
        "move-into-refuge",
        R(
            "ref",
            "21:15 Shannon arrived with Corey (10), Ellie-Mae (6) and the twins Rio and Reef (3) "
            "by taxi arranged by Marlbury IDVA. Settled in Flat 4. Kids exhausted, twins asleep "
            "in the car. Induction and house rules to be done tomorrow.",
            "21:15",
        ),
        R(
            "mcsc",
            "Change of address: mother and the four children moved into refuge accommodation in "
            "Calderbrook on the evening of 08/03/2024 (Lanternway; address confidential). CP "
            "plans remain with Marlbury until the transfer-in conference.",
            "",
            "Change of circumstances",
            shift="late",
        ),
    )

    # ---- Arrival in Calderbrook ------------------------------------------------------------
    f.occ(
        "2024-03-11",
        "refuge-call-front-door",
        R(
            "ref",
            "Rang Calderbrook Children's Services front door to tell them the family has "
            "arrived and that all 4 children are on CP plans in Marlbury. Gave them Tasha "
            "Quillan's number (Marlbury SW).",
            "10:20",
        ),
        R(
            "ccsc",
            "Contact: telephone call from Lanternway Refuge key worker. Mother and four children "
            "arrived in refuge 08/03 having fled domestic abuse from the children's father in "
            "Marlbury. Children subject to CP plans held by Marlbury. Transfer-in requested.",
            "10:24",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-11",
        "mash-decision",
        R(
            "ccsc",
            "MASH decision (TM): transfer-in of CP plans accepted. RAG red. To Assessment and "
            "Intervention Team; transfer-in conference to be convened within 15 working days.",
            "15:30",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-03-12",
        "handover-call",
        R(
            "mcsc",
            "Telephone handover to Calderbrook duty SW (Imran Gadsby): history, CP plan, Lee's "
            "pattern of turning up at night, the children's presentation. Agreed Marlbury SW "
            "attends the transfer-in conference by Teams.",
            "14:00",
            "Telephone",
        ),
        R(
            "ccsc",
            "Phone call from Marlbury SW Tasha Quillan - verbal handover of CP case. Father "
            "(Lee Crosswaite) not aware of refuge location. Marlbury to send plan and minutes.",
            "14:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-03-13",
        "handover-call-back",
        R(
            "ccsc",
            "Returned call to Marlbury SW to ask for the last core group minutes and the DASH as "
            "nothing has arrived yet. She will email today.",
            "11:40",
            "Telephone",
        ),
        R(
            "mcsc",
            "Call from Calderbrook SW asking for documents. Emailed the CP plan, last core group "
            "minutes and the DASH to her at 16:10.",
            "11:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-03-14",
        "marac-marlbury",
        R(
            "hxpol",
            "MARAC (MARLBURY) 14/03/24 - CASE HEARD, HIGH RISK DA, REPEAT. VICTIM NOW IN REFUGE "
            "OUT OF FORCE AREA. ACTIONS: CROSS-BORDER REFERRAL TO CALDER VALE MARAC; FLAG ON "
            "ABBOTSMEAD CLOSE REMOVED; OFFENDER TO BE ARRESTED FOR CRIM DAMAGE 08/03.",
            "",
            "MARAC",
        ),
        R(
            "mcsc",
            "Marlbury MARAC: I attended. Risk remains high. Family now in a refuge in "
            "Calderbrook, so the case goes to Calderbrook's DARAC (their MARAC) as a cross-border "
            "transfer. Police still to arrest Lee for the damage.",
            "",
            "Multi-agency meeting",
            shift="+2",
        ),
    )
    f.occ(
        "2024-03-14",
        "gp-registration",
        R(
            "gp",
            "New patient registrations x5 (Shannon, Corey, Ellie-Mae, Rio, Reef) - temporary "
            "residents at refuge address (confidential). Previous practice: Abbotsmead Health "
            "Centre, Marlbury. Records requested. Safeguarding alerts added (CP plans).",
            "10:30",
            "Registration",
        ),
        R(
            "hv",
            "GP registration: family registered with Harrowfield Surgery 14/03/24 (temporary "
            "residents).",
            "",
            "Record update",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-15",
        "hv-transfer-in-record",
        R(
            "hv",
            "Transfer-in: health visiting records for Rio and Reef received from Marlbury 0-19 "
            "service. Both on CP plans (emotional abuse). 2-2.5 yr review done Jan 24: Reef "
            "speech delay, Rio on track. Immunisations up to date.",
            "",
            "Transfer in",
        ),
    )
    f.occ(
        "2024-03-15",
        "sn-transfer-in-letter",
        R(
            "sn",
            "Transfer-in letter received from Marlbury School Nursing for Corey (Y5) and "
            "Ellie-Mae (Y1). CP plans. Corey: nocturnal enuresis, under continence clinic. "
            "Ellie-Mae: MMR2 outstanding.",
            "",
            "Transfer in",
        ),
    )
    f.occ(
        "2024-03-18",
        "idva-referral",
        R(
            "ref",
            "Referred Shannon to Calderbrook IDVA service - emailed form and the Marlbury DASH.",
            "15:10",
        ),
        R(
            "idva",
            "Referral received from Lanternway refuge (email of 18/03): high risk, heard at "
            "Marlbury MARAC 14/03. Allocated to BT.",
            "09:05",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-19",
        "homeless-application",
        R(
            "hsg",
            "Homeless application taken (visit to refuge). Household: applicant + 4 children. "
            "Fled DA from Marlbury; local connection referral not pursued (DA, s198(2A)). "
            "Personalised housing plan started. ID and children's birth certs seen.",
            "11:00",
            "Application",
        ),
        R(
            "ref",
            "Housing Options officer (Dev) came to the refuge to take Shannon's homeless "
            "application. I sat in. He will write to her with a decision on the duty.",
            "11:00",
        ),
    )
    f.occ(
        "2024-03-20",
        "idva-first-meeting",
        R(
            "idva",
            "Initial meeting with Shannon at refuge. DASH repeated: 19 ticks, high. Safety plan "
            "done (phone, social media, school pick-ups). Discussed NMO - she wants to apply.",
            "10:30",
            "Face to face",
        ),
    )

    # ---- Transfer-in conference and the first core group ----------------------------------
    f.occ(
        "2024-03-27",
        "transfer-in-conference",
        R(
            "ccsc",
            "Transfer-in child protection conference (chair: Gwen Ashdown). Present: mother, "
            "Marlbury SW (Teams), Calderbrook SW, HV, refuge, IDVA, police. All four children to "
            "remain subject to CP plans, category emotional abuse, now held by Calderbrook. "
            "First core group 16/04/24.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "mcsc",
            "TICPC held in Calderbrook - I attended via Teams and gave the Marlbury history. Case "
            "formally transferred; Marlbury's involvement ends.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "hv",
            "Contact type: Meeting. Transfer in case conference re Rio and Reef. Outcome: CP "
            "plans continue (emotional abuse). HV to see twins 4-weekly; refer Reef to SALT.",
            "",
            "Case conference",
        ),
        R(
            "cvpol",
            "TRANSFER IN CP CONFERENCE - PELLINGER CHILDREN X4. DS 4410 ATTENDED. ALL REMAIN ON "
            "CP PLANS. POLICE ACTIONS: MARKER ON REFUGE ADDRESS CONFIRMED, SUPPORT NMO VIA IDVA.",
            "",
            "Conference",
        ),
        R(
            "ref",
            "TI conference this morning - went with Shannon. Kids stay on their plans. Shannon "
            "tearful but said it was fair and she wants the help.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2024-04-02",
        "prevention-duty",
        R(
            "hsg",
            "Prevention duty (s195 HA 1996) accepted: applicant threatened with homelessness "
            "within 56 days as refuge stay is time-limited. PHP issued; decision letter to "
            "applicant, copy emailed to refuge key worker.",
            "14:20",
            "Duty decision",
        ),
        R(
            "ref",
            "Email from Housing Options: prevention duty accepted for Shannon, PHP letter "
            "attached. Printed it and went through it with her.",
            "",
            shift="swap",
        ),
    )
    f.occ(
        "2024-04-03",
        "cross-border-marac-referral",
        R(
            "hxpol",
            "MARAC CROSS-BORDER REFERRAL SENT TO CALDER VALE MARAC COORDINATOR (SECURE EMAIL), "
            "WITH DASH AND MARLBURY MINUTES.",
            "",
            "MARAC",
        ),
        R(
            "cvpol",
            "CROSS-BORDER MARAC REFERRAL RECEIVED FROM HEXMOOR (HEARD MARLBURY 14/03). LISTED "
            "FOR CALDERBROOK DARAC 18/04.",
            "",
            "MARAC",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-15",
        "school-start",
        R(
            "sch",
            "Corey started today in Y5 (Oak class). Mum brought him in. Quiet, polite. Shown "
            "round by buddy. Photo consent NOT given (CP, refuge).",
            "09:00",
            "Admissions",
        ),
        R(
            "sch",
            "Ellie-Mae started today in Y1 (Willow class). Cried at the door, settled by 10. "
            "Collection list: Mum and refuge staff only. No contact with father.",
            "09:00",
            "Admissions",
        ),
        R(
            "ref",
            "Corey and Ellie-Mae started at Fernhill Primary today. Walked them up with Shannon.",
            "",
        ),
    )
    f.occ(
        "2024-04-16",
        "core-group-1",
        R(
            "ccsc",
            "Core group 1 at the refuge. Mother, SW, HV, refuge, school DSL. Plan reviewed: "
            "nursery place for the twins found (Little Wrens), SALT referral sent, NMO "
            "application in progress with IDVA.",
            "13:30",
            "Core group",
        ),
        R(
            "sch",
            "I attended the first core group for Corey and Ellie-Mae, held at the refuge. "
            "Both settling. School to report any contact or approach by father.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-04-18",
        "darac-calderbrook",
        R(
            "cvpol",
            "DARAC (CALDERBROOK MARAC) 18/04/24 - CROSS BORDER TRANSFER IN HEARD. HIGH RISK. "
            "ACTIONS: POLICE TO LIAISE HEXMOOR RE ARREST OF CROSSWAITE; FLAG ON SCHOOL AND "
            "NURSERY ADDRESSES.",
            "",
            "MARAC",
        ),
        R(
            "idva",
            "Case heard at MARAC today (Calderbrook calls it DARAC) as a cross-border transfer. "
            "Actions for me: support NMO application, refer to Sanctuary scheme when moved on.",
            "",
            "MARAC",
        ),
        R(
            "ref",
            "Risk meeting (DARAC) - refuge manager went. Shannon's case accepted from Marlbury.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2024-04-22",
        "nursery-start",
        R(
            "nur",
            "Rio: first settling-in session today (9-11.30). Mum stayed for half an hour. "
            "Collection: Mum or refuge worker Nell only; password set.",
        ),
        R(
            "nur",
            "Reef: first settling session today with his brother. Few words, points and leads "
            "adult by the hand. Key person Amy.",
        ),
        R("ref", "Twins started at Little Wrens nursery today. Shannon had a little cry after."),
    )
    f.occ(
        "2024-04-29",
        "hv-call-nursery",
        R(
            "hv",
            "Contact type: Telephone to Little Wrens manager. Shared CP plan and SALT concern "
            "for Reef; asked nursery to note and report any contact from father. Outcome: "
            "nursery to send termly CP report.",
            "11:15",
            "Telephone",
        ),
        R(
            "nur",
            "Phone call from HV (Carys) about Rio and Reef's CP plans and Reef's speech. Agreed "
            "to send her a progress note each half term.",
        ),
    )

    # ---- The non-molestation order ---------------------------------------------------------
    f.occ(
        "2024-05-01",
        "nmo-without-notice",
        R(
            "idva",
            "Calderbrook Family Court with Shannon: non-molestation order granted WITHOUT NOTICE "
            "against Lee Crosswaite - no contact direct or indirect, not to come within 100m of "
            "the children's school. Return date 15/05/24. Order sent to Hexmoor for service.",
            "",
            "Court",
        ),
        R("ref", "Shannon at family court with the IDVA - NMO granted!! Return date in 2 weeks."),
    )
    f.occ(
        "2024-05-03",
        "nmo-served",
        R(
            "hxpol",
            "NMO (CALDERBROOK FC 01/05/24) SERVED PERSONALLY ON LEE CROSSWAITE AT 14 GANNET ROW, "
            "MARLBURY 18:25. ORDER READ TO HIM. ABUSIVE TO OFFICERS, NO OFFENCES.",
            "18:25",
            "Order served",
        ),
    )
    f.occ(
        "2024-05-07",
        "idva-call-hexmoor",
        R(
            "idva",
            "Called Hexmoor PPU to check the NMO has been served - confirmed served in person on "
            "03/05. Updated Shannon.",
            "10:10",
            "Telephone",
        ),
        R(
            "hxpol",
            "CALL FROM CALDERBROOK IDVA RE SERVICE OF NMO - ADVISED SERVED 03/05, SERVICE "
            "STATEMENT FILED WITH COURT.",
            "10:12",
            "Telephone",
        ),
    )
    f.occ(
        "2024-05-15",
        "nmo-return-hearing",
        R(
            "idva",
            "Return hearing. Lee attended in person, did not consent, no undertakings offered. "
            "Order continued to final hearing 19/06. Separate waiting rooms arranged.",
            "",
            "Court",
        ),
        R(
            "ref",
            "Court again for the NMO - Lee was there. IDVA sat with Shannon in a separate room. "
            "Order stays until the final hearing.",
        ),
    )
    f.occ(
        "2024-05-20",
        "hv-visit-refuge",
        R(
            "hv",
            "Contact type: Home visit (refuge), CP visit. Seen: mother, Rio, Reef. Outcome: "
            "twins well, Reef on SALT waiting list; mother sleeping poorly - advised GP.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-20",
        "sw-visit-refuge",
        R(
            "ccsc",
            "Statutory CP visit to refuge. Saw all four children; Corey seen alone in the "
            "garden - says he misses his dad but is scared when he shouts. Ellie-Mae drew her "
            "new school.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-23",
        "core-group-2",
        R(
            "ccsc",
            "Core group 2: good progress, children settled at school and nursery. Housing: "
            "prevention duty, move-on expected July.",
            "",
            "Core group",
        ),
        R(
            "sch",
            "Core group (Corey): attendance 97%, settled. Some anxiety at home time.",
            "",
            "Meeting",
            shift="-1",
        ),
        R(
            "sch",
            "Core group (Ellie-Mae): settled in Willow class. MMR2 still needed - school nurse "
            "aware.",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2024-06-04",
        "sn-corey",
        R(
            "sn",
            "Contact type: School clinic. Corey seen re enuresis (wet most nights). Outcome: "
            "alarm discussed, continence referral re-made in Calderbrook.",
            "10:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-04",
        "sn-ellie-mae",
        R(
            "sn",
            "Contact type: School clinic. Ellie-Mae seen for immunisation check - MMR2 not "
            "given. Outcome: letter to mother and GP to book.",
            "10:30",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-10",
        "dsl-call-sw",
        R(
            "sch",
            "Rang SW Harriet Moxley: Corey told his teacher Dad has been messaging him through "
            "an online game on his tablet and asked where they live. Corey says he didn't tell "
            "him.",
            "10:35",
            "Phone call",
        ),
        R(
            "ccsc",
            "Call from Fernhill DSL: Corey reports contact from father via an online game, "
            "father asking for the address. SW to speak to mother today.",
            "10:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-10",
        "sw-call-back-dsl",
        R(
            "ccsc",
            "Returned call to DSL after speaking with mother: tablet handed in to refuge, "
            "account blocked; police informed of possible NMO breach.",
            "16:40",
            "Telephone",
        ),
        R(
            "sch",
            "SW rang back 4.40pm - Mum has taken the tablet off Corey and police have been told.",
            "16:45",
            "Phone call",
        ),
    )
    f.occ(
        "2024-06-12",
        "gp-rio",
        R(
            "gp",
            "Rio. S: cough 2/52, worse at night. O: chest clear, sats 98%, T 37.2. A: viral URTI. "
            "P: fluids, review if worse.",
            "09:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-06-12",
        "gp-reef",
        R(
            "gp",
            "Reef. S: same cough as twin; mum also asks about speech. O: chest clear, ears NAD. "
            "A: viral URTI; speech delay - SALT referral already made by HV. P: safety net.",
            "09:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-06-19",
        "nmo-final-hearing",
        R(
            "idva",
            "Final hearing: Lee did not attend. NMO made final for 12 months to 18/06/25. Power "
            "of arrest not needed (breach is an offence).",
            "",
            "Court",
        ),
        R(
            "ccsc",
            "NMO made final at Calderbrook Family Court (12 months).",
            "",
            "Court",
            shift="month",
        ),
    )
    f.occ(
        "2024-06-26",
        "rcpc-1",
        R(
            "ccsc",
            "Review child protection conference. All four children remain subject to CP plans; "
            "risk reduced but father's online contact with Corey noted. Next RCPC in 6 months.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "hv",
            "Contact type: RCPC attended. Outcome: twins remain on CP plans; HV to continue "
            "4-weekly contacts.",
            "10:00",
            "Case conference",
        ),
        R("sch", "RCPC - Corey remains on CP plan. Report shared.", "", "Meeting"),
        R("sch", "RCPC - Ellie-Mae remains on CP plan.", "", "Meeting"),
        R(
            "nur",
            "Review conference for Rio and Reef - our report read out. Plans continue.",
        ),
    )

    # ---- Move on from the refuge -------------------------------------------------------------
    f.occ(
        "2024-07-02",
        "housing-call-idva",
        R(
            "hsg",
            "Call with IDVA re areas unsafe for TA: avoid north Calderbrook (father's sister "
            "lives in Pendleton Road).",
            "12:15",
            "Telephone",
        ),
        R(
            "idva",
            "Housing Options officer rang yesterday (02/07) about which TA areas are unsafe - "
            "told him about Lee's sister in the north of town.",
            "09:30",
            "Telephone",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-08",
        "relief-duty",
        R(
            "hsg",
            "Relief duty (s189B) accepted - refuge stay ending. Interim accommodation (s188) "
            "offered: Cressfield House Flat 9, 2-bed, from 10/07. Letter to applicant, copy to "
            "refuge.",
            "15:00",
            "Duty decision",
        ),
        R(
            "ref",
            "Housing emailed: relief duty accepted and TA at Cressfield House from Wednesday.",
        ),
    )
    f.occ(
        "2024-07-10",
        "move-cressfield",
        R(
            "hsg",
            "Applicant and 4 children moved into Cressfield House Flat 9 (s188 interim "
            "accommodation). Licence agreement signed. Furniture pack delivered.",
            "12:00",
            "Move",
        ),
        R(
            "ref",
            "Family left the refuge today for their TA flat at Cressfield House. Leaving bags "
            "for the kids. Case closed to refuge - outreach offered.",
        ),
        R(
            "ccsc",
            "Change of address: family moved from refuge to temporary accommodation, Cressfield "
            "House Flat 9, on 10/07/24.",
            "",
            "Change of address",
            shift="late",
        ),
    )

    # ---- The father finds them ---------------------------------------------------------------
    f.occ(
        "2024-09-10",
        "father-at-school-gate",
        R(
            "sch",
            "3.15pm: Corey's dad (Lee Crosswaite - NMO) at the school gate. I kept Corey and "
            "Ellie-Mae inside and rang 999. He left before police came.",
            "15:15",
            "Safeguarding",
        ),
        R(
            "sch",
            "Ellie-Mae: father seen at the gate at home time. Kept in the office with Corey; "
            "Mum collected at 16:05 with police present.",
            "15:20",
            "Safeguarding",
            shift="swap",
        ),
        R(
            "cvpol",
            "LOG 0871 10/09/24 15:17. CALLER DSL FERNHILL PRIMARY: MALE SUBJECT OF NMO (LEE "
            "CROSSWAITE) AT SCHOOL GATE. UNITS ATT 15:31, MALE LEFT PRIOR, AREA SEARCH NEG. "
            "CRIME RAISED - BREACH OF NMO.",
            "15:17",
            "Incident",
            ref="CAD CV-240910-0871 / CRIME CV/24/20915",
        ),
    )
    f.occ(
        "2024-09-11",
        "ppn-received-calderbrook",
        R(
            "ccsc",
            "Police notification received: father at Fernhill Primary gate yesterday in breach "
            "of the NMO. Strategy discussion to be held today.",
            "09:10",
            "Contact",
        ),
    )
    f.occ(
        "2024-09-11",
        "strategy-discussion",
        R(
            "ccsc",
            "Strategy discussion (phone): SW, TM, DC Pawsey, school DSL, HV. Father now knows the "
            "school; may follow the children home. Agreed: police to locate and arrest, school "
            "to keep children in until Mum collects, housing to consider a move.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "cvpol",
            "STRAT DISC - PELLINGER CHILDREN. POLICE ACTIONS: ARREST CROSSWAITE FOR NMO BREACH "
            "(WANTED MARKER), PATROL PLAN CRESSFIELD HOUSE.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "sch",
            "Took part in a telephone strategy meeting at 2pm about yesterday. Children to be "
            "handed to Mum only, inside the building.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-14",
        "da-incident-cressfield-1",
        R(
            "cvpol",
            "LOG 0062 14/09/24 03:12. 999 FROM SHANNON PELLINGER, FLAT 9 CRESSFIELD HOUSE: "
            "EX-PARTNER (NMO) BANGING ON DOOR AND SHOUTING. UNITS ATT 03:21, MALE NOT PRESENT. "
            "AREA SEARCH NEG. CHILDREN SEEN, SAFE.",
            "03:12",
            "Domestic incident",
            ref="CAD CV-240914-0062",
        ),
    )
    f.occ(
        "2024-09-14",
        "da-incident-cressfield-2",
        R(
            "cvpol",
            "LOG 0109 14/09/24 05:05. FURTHER 999 FROM SAME CALLER - MALE BACK, KICKING FLAT 9 "
            "DOOR, PANEL CRACKED. UNITS ATT 05:09. MALE DETAINED IN STAIRWELL AND ARRESTED.",
            "05:05",
            "Domestic incident",
            ref="CAD CV-240914-0109 / CRIME CV/24/21240",
        ),
    )
    f.occ(
        "2024-09-14",
        "arrest-father",
        R(
            "cvpol",
            "CUSTODY CV/C/24/5512: LEE CROSSWAITE BOOKED IN 05:48. ARRESTED BREACH OF NMO "
            "(S42A FLA 1996) X2 AND CRIMINAL DAMAGE.",
            "05:48",
            "Arrest",
        ),
    )
    f.occ(
        "2024-09-14",
        "charge-father",
        R(
            "cvpol",
            "CHARGED: BREACH OF NMO X2 (10/09, 14/09) AND CRIMINAL DAMAGE. REMANDED IN CUSTODY "
            "TO CALDERBROOK MAGISTRATES 16/09.",
            "16:30",
            "Charge",
        ),
    )
    f.occ(
        "2024-09-16",
        "idva-call-shannon",
        R(
            "idva",
            "Shannon rang: Lee came to the flat twice on Saturday night and was arrested. She "
            "has not slept. Discussed emergency move and repeat MARAC.",
            "09:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-16",
        "move-linden-court",
        R(
            "hsg",
            "Emergency transfer: household moved from Cressfield House to Linden Court Flat 3 "
            "(s188) as the perpetrator attended the address. Cressfield licence ended.",
            "14:00",
            "Move",
        ),
        R(
            "ccsc",
            "Family moved today to Linden Court (TA) after Lee found Cressfield House.",
            "",
            "Change of address",
        ),
    )
    f.occ(
        "2024-09-16",
        "magistrates-result",
        R(
            "cvpol",
            "RESULT CALDERBROOK MC 16/09/24: GUILTY PLEAS BREACH NMO X2, CRIM DAMAGE. 16 WKS "
            "CUSTODY SUSP 12 MTHS, RESTRAINING ORDER 2 YRS (NO CONTACT WITH SHANNON OR "
            "CHILDREN EXCEPT VIA FAMILY COURT ORDER).",
            "",
            "Court result",
        ),
        R(
            "idva",
            "Court result (Mon 16/09): Lee pleaded guilty - suspended sentence and a 2-year "
            "restraining order covering Shannon and the children.",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-17",
        "joint-visit-sw-idva",
        R(
            "ccsc",
            "Joint home visit with IDVA Bryony Tallis to Linden Court. Safety plan reviewed, "
            "school route changed, Corey told in simple terms what the court did.",
            "11:00",
            "Home visit",
        ),
        R(
            "idva",
            "Joint visit with SW Harriet to the new TA. Updated safety plan; Sanctuary referral "
            "for the flat door.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-03",
        "repeat-darac",
        R(
            "cvpol",
            "DARAC 03/10/24 - REPEAT CASE (INCIDENTS 10/09, 14/09). ACTIONS: MARKER ON LINDEN "
            "COURT, RESTRAINING ORDER ON PNC.",
            "",
            "MARAC",
        ),
        R(
            "idva",
            "Repeat MARAC today (DARAC). Lee's restraining order noted; Sanctuary works booked.",
            "",
            "MARAC",
        ),
    )
    f.occ(
        "2024-12-11",
        "rcpc-2",
        R(
            "ccsc",
            "RCPC 2: children no longer require CP plans - risk from father managed by "
            "restraining order, mother protective, settled in TA. Step down to child in need.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plans ended for Rio and Reef; CIN plan; HV "
            "universal plus.",
            "",
            "Case conference",
            shift="swap",
        ),
        R("sch", "RCPC: Corey's CP plan ended - now CIN.", "", "Meeting"),
        R("sch", "RCPC: Ellie-Mae's plan ended. CIN meetings to follow.", "", "Meeting"),
        R("nur", "Rio - conference today, CP plan ended, now child in need."),
        R("nur", "Reef - CP plan ended at today's conference. CIN."),
    )

    # ---- A home of their own -----------------------------------------------------------------
    f.occ(
        "2025-01-17",
        "tenancy-signup",
        R(
            "hsg",
            "Final offer accepted (Part 6): 3-bed flat, 14 Sorrel Walk, Calderbrook (Brightwater "
            "Homes). Tenancy signed today, keys handed over. Relief duty ends - accommodation "
            "secured.",
            "11:30",
            "Offer",
        ),
    )
    f.occ(
        "2025-01-20",
        "move-sorrel-walk",
        R(
            "hsg",
            "Household moved out of Linden Court into 14 Sorrel Walk; s188 accommodation ended.",
            "",
            "Move",
        ),
        R(
            "ccsc",
            "Family moved into their permanent flat at 14 Sorrel Walk today.",
            "",
            "Change of address",
        ),
        R(
            "sch",
            "Address change on SIMS for Corey and Ellie-Mae: 14 Sorrel Walk (moved 20/01).",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-05",
        "cin-meeting-1",
        R(
            "ccsc",
            "CIN meeting at school: children settled in new flat; Corey's bedwetting improving; "
            "Reef's SALT started. Plan to close in 3 months if stable.",
            "",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN meeting here for Corey and Ellie-Mae - Mum, SW, HV, me.",
            "",
            "Meeting",
        ),
    )
    # ---- Routine single entries --------------------------------------------------------------
    f.fill(
        "gp",
        "2024-04-01",
        "2024-05-31",
        [
            (
                "Consultation",
                "Shannon. S: can't sleep, flashbacks, jumpy. O: tearful, no SI. A: anxiety/PTSD "
                "sx after DA. P: self-referral to talking therapies, sertraline 50mg.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-06-17",
        "2025-04-25",
        [
            ("Immunisation", "Ellie-Mae. MMR2 given by practice nurse. No reaction."),
        ],
    )
    f.fill(
        "hv",
        "2024-05-01",
        "2025-04-25",
        [
            (
                "Home visit",
                "Contact type: Home visit, CP/CIN. Seen: mother and twins. Outcome: home "
                "clean, twins playing well; Reef using 10-15 words.",
            ),
            (
                "Telephone",
                "Contact type: Telephone to mother. Outcome: SALT appointment confirmed.",
            ),
        ],
    )
    f.fill(
        "sn",
        "2024-06-20",
        "2025-03-28",
        [("Clinic", "Contact type: Drop-in. Corey: wet bed 2 nights this week. Outcome: advice.")],
    )
    f.fill(
        "nur",
        "2024-05-01",
        "2025-04-25",
        [
            ("", "Rio: bumped head on climbing frame, cold compress, accident form signed."),
            ("", "Reef: SALT targets added to his learning plan."),
        ],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-04-17",
        "2024-07-19",
        [("Pastoral", "Ellie-Mae reading with ELSA twice a week; enjoying it.")],
    )
    f.fill(
        "sch",
        "2024-09-18",
        "2025-01-16",
        [
            ("Attendance", "Corey late x3 this week - Mum says the bus from the TA is unreliable."),
            ("Behaviour", "Corey upset at lunch after a boy asked why his dad isn't allowed in."),
        ],
    )
    f.fill(
        "ref",
        "2024-03-12",
        "2024-07-05",
        [
            ("", "Keywork session: benefits - UC change of address done, child benefit moved."),
            ("", "Keywork: recovery group session at the refuge, Shannon joined."),
        ],
    )
    f.fill(
        "idva",
        "2024-03-21",
        "2025-03-28",
        [
            ("Telephone", "Check-in call. No contact from Lee. Shannon feeling stronger."),
        ],
    )
    f.fill(
        "hsg",
        "2024-07-11",
        "2025-01-10",
        [
            ("Review", "TA licence review: charges paid via UC; no issues."),
        ],
    )
    f.fill(
        "ccsc",
        "2024-04-01",
        "2025-04-25",
        [
            (
                "Home visit",
                "Statutory visit - all four children seen, Corey and Ellie-Mae seen alone. No new "
                "concerns.",
            ),
        ],
    )
    return f.case()


def blind_dedup_cases_22() -> list[BlindCase]:
    """The twenty-second blind set's families, in the order they were written."""
    return [_pellinger()]


if __name__ == "__main__":
    summary(blind_dedup_cases_22)
