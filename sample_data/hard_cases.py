"""Hard, labelled, entirely fictional cases for measuring deduplication (`chronology.dedup`).

Each case is one invented family seen by 6-9 agencies over 2-5 years. Events are built directly
as `chronology.schema.Event` objects (no files), each with the occurrence it records, so the
ground truth is right by construction. The cases are written to be hard:

* the same strategy discussion, ICPC, RCPC, core group, MARAC, court hearing, joint visit, CIN
  meeting or referral written up by 2-5 agencies in their own words (abbreviations or full words,
  first or third person, times 0-45 minutes apart or missing, sometimes without the keyword),
  and sometimes by one agency on two sheets (one school sheet per child, two health services);
* entries typed twice by one agency (exact, with a typo fixed, with the time left off one);
* hard negatives: a police call-out and the ED attendance the same night, the referral the next
  day, call-outs on consecutive days, separate HV and social worker home visits the same day, two
  phone calls by one agency the same day, a core group straight after an RCPC (or ICPC), a school
  noticing a bruise at 09:10 and phoning CSC at 10:05, routine GP appointments on meeting days, a
  GP telephone triage and the ED attendance it led to, a housing visit and a social worker visit;
* date noise on a few duplicate rows (day and month swapped, a one-day typo, only the month):
  these rows are labelled with the true occurrence; a pair whose two dates differ is a "date
  noise" pair, which the deduplicator is only expected to list as a possible duplicate.

    hard_cases() -> [(case name, events, {source_key: occurrence_id}), ...]

source_key is `file|sheet|row`, as `chronology.dedup.source_key` builds it. Every person,
practitioner, school and place is invented. Run as a script for a summary of the cases.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from chronology.schema import Event, Provenance

Case = tuple[str, list[Event], dict[str, str]]


# --------------------------------------------------------------------------- sheets
@dataclass(frozen=True)
class Sheet:
    """One agency table: where its rows say they came from and how it writes dates and times."""

    file: str
    sheet: str
    agency: str
    first_row: int  # the row number of the first data row (title rows and header above)
    time_share: float  # share of rows that carry a time when the event had one
    date_style: str  # how the agency types a date ("%d/%m/%Y" ...), for date_as_written


SHEETS: dict[str, Sheet] = {
    "police": Sheet("Police_chronology.xlsx", "Chronology", "Police", 5, 0.95, "%d/%m/%Y %H:%M"),
    "csc": Sheet("CSC_case_notes.xlsx", "Case notes", "Children's Social Care", 2, 0.6, "%d/%m/%Y"),
    "hv": Sheet("Health_chronology.xlsx", "Health Visiting", "Health", 3, 0.3, "%d.%m.%Y"),
    "ed": Sheet("Health_chronology.xlsx", "Emergency Dept", "Health", 2, 0.98, "%d-%b-%Y"),
    "camhs": Sheet("Health_chronology.xlsx", "CAMHS", "Health", 4, 0.5, "%d/%m/%Y"),
    "mw": Sheet("Health_chronology.xlsx", "Midwifery", "Health", 2, 0.4, "%d %B %Y"),
    "gp": Sheet("GP_chronology.csv", "", "GP", 3, 0.8, "%d/%m/%y"),
    "housing": Sheet("Housing_chronology.xlsx", "Sheet1", "Housing", 2, 0.2, "%d/%m/%Y"),
    "probation": Sheet("Probation_chronology.xlsx", "Contacts", "Probation", 4, 0.45, "%d/%m/%Y"),
    "idva": Sheet(
        "IDVA_chronology.xlsx", "Casework", "Domestic Abuse Service", 2, 0.35, "%d/%m/%Y"
    ),
    "sms": Sheet(
        "Drug_and_alcohol_service.xlsx",
        "Client contacts",
        "Substance Misuse Service",
        3,
        0.5,
        "%d/%m/%Y",
    ),
}


def _school_sheet(child: str) -> Sheet:
    return Sheet("Education_chronology.xlsx", child, "Education", 3, 0.45, "%d/%m/%Y")


# --------------------------------------------------------------------------- wording
# (kind, role family) -> templates. Families: police csc hv ed camhs mw health gp school housing
# probation idva sms. "health" is the fallback for any health sheet.
BANK: dict[tuple[str, str], tuple[str, ...]] = {
    ("strategy", "csc"): (
        "Strategy discussion held (Teams). Present: SW {sw}, DS {pc}, HV, DSL. Threshold for S47 "
        "met - joint enquiry agreed.",
        "Strat disc re {kids} following {trigger}. Outcome: S47 single agency, {kid} to be seen "
        "by end of day.",
        "Strategy meeting chaired by TM. Police shared DA history; school report no disclosures. "
        "Agreed S47 joint investigation.",
        "Multi agency strategy discussion - information from police, health and education. "
        "Outcome NFA under s47, continue C&F assessment.",
        "Strategy discussion: decision S47. Safety plan - {mr} not to have unsupervised contact.",
        "Strat mtg, attendees as per minutes. S47 agreed; CP medical to be arranged if marks seen.",
    ),
    ("strategy", "police"): (
        "STRATEGY DISCUSSION WITH CSC. POLICE TO LEAD CRIMINAL INVESTIGATION, JOINT VISIT AGREED.",
        "Attended strat meeting via MS Teams - DA history shared ({n} incidents in last 12 "
        "months). Joint S47 agreed.",
        "Strategy discussion re {kids}. Police information provided. {mr} on bail conditions not "
        "to attend the address.",
        "MASH strategy call - DS {pc}. Crime report {ref} linked. S47 threshold met.",
        "Discussion with SW {sw} and TM re threshold - S.47 to proceed jointly, ABE to be "
        "considered.",
    ),
    ("strategy", "hv"): (
        "I took part in the strategy discussion by phone with SW {sw} and police. Shared HV "
        "records - missed appts x3, home conditions.",
        "Strat disc - HV contribution: {baby} last seen in clinic 2/52 ago, weight on 9th centile.",
        "Telephone strategy discussion. Health information shared. HV to attend ICPC if one is "
        "convened.",
        "Strategy meeting attended (phone). Informed SW of my concerns about mum's low mood.",
    ),
    ("strategy", "health"): (
        "Paediatric registrar joined the strategy discussion from the ward. Skeletal survey and "
        "bloods planned.",
        "Strategy discussion - health information shared by named nurse for safeguarding.",
    ),
    ("strategy", "camhs"): (
        "CAMHS clinician contributed to strategy discussion: {kid} open to CAMHS, last seen "
        "3 weeks ago, low mood.",
        "Strategy meeting - CAMHS update given by phone.",
    ),
    ("strategy", "school"): (
        "DSL attended strategy meeting at MASH.",
        "Strategy discussion - I shared attendance ({n}%) and the recent concerns raised by the "
        "class teacher.",
        "School contributed to strategy discussion by phone: nothing of concern noted in class "
        "this term.",
        "Strat discussion - DSL gave info on {kid}'s presentation this week. S47 to follow.",
    ),
    ("strategy", "gp"): (
        "Strategy discussion - GP information given by phone to CSC by practice safeguarding lead.",
        "Contributed to strategy meeting: summary of attendances for {kids} given to social "
        "worker.",
    ),
    ("strategy", "probation"): (
        "Strategy discussion with CSC and police re {mr} - OM shared risk assessment (medium "
        "RoSH to known adult).",
        "OM contributed to strat disc: {dad} currently subject to licence, compliance poor.",
    ),
    ("strategy", "idva"): (
        "IDVA dialled into strategy discussion - {mum} engaging with safety planning.",
    ),
    ("jv", "csc"): (
        "Joint visit with DC {pc} under S47. {kid} seen alone in bedroom, spoke of shouting at "
        "night.",
        "S47 joint home visit completed with police - children seen, home conditions poor, fridge "
        "almost empty.",
        "Visited with DC {pc}. {ms} and {mr} present. {kid} spoken to alone - no disclosure.",
        "JV with police. Body map completed. Mum agreed to safety plan.",
    ),
    ("jv", "police"): (
        "Joint visit with SW {sw} to home address. {kid} spoken to - no disclosure made.",
        "Joint s47 visit conducted with CSC. ABE not required at this stage.",
        "Attended address with social worker as part of S47 enquiry. Both parents spoken to.",
        "JOINT VISIT WITH CHILDREN'S SERVICES. CHILDREN SEEN AND APPEAR WELL. NO FURTHER POLICE "
        "ACTION AT THIS TIME.",
    ),
    ("jv", "hv"): (
        "Joint visit with SW and police - {baby} undressed and examined by me, no marks seen.",
    ),
    ("jhv", "csc"): (
        "Joint home visit with HV {hv}. {baby} seen and handled, alert. Sleeping arrangements "
        "discussed.",
        "Visit jointly with health visitor - home conditions improved, dog now kept outside.",
        "Joint HV/SW visit. Mum engaged well, safe sleep discussed.",
    ),
    ("jhv", "hv"): (
        "Joint home visit with SW {sw}. {baby} undressed and examined - no marks seen. Weight "
        "{kg}kg.",
        "Joint HV/SW visit. Home cluttered, safe sleep advice repeated.",
        "Home visit with social worker - {baby} happy and interactive, mum engaged.",
    ),
    ("icpc", "csc"): (
        "ICPC held. {kids} made subject to CP plans under category of {cat}. Chair {iro}.",
        "Initial Child Protection Conference - unanimous decision: CP plans ({cat}). Parents "
        "attended with advocate.",
        "Initial case conference. Outcome: CP plan - {cat}. First core group to be booked within "
        "10 working days.",
        "ICPC: {ms} attended, {mr} did not. Plan: CP - {cat}.",
    ),
    ("icpc", "police"): (
        "ICPC attended by DC {pc}. Police report submitted. Children made subject of CP plans.",
        "Initial CP conference - police information shared ({n} DA incidents in 12 months). CP "
        "plans agreed.",
        "Attended initial child protection conference. Outcome CP - {cat}.",
    ),
    ("icpc", "hv"): (
        "Attended ICPC. {baby} placed on CP plan under {cat}. HV to visit fortnightly as per plan.",
        "ICPC today - I presented my report. Outcome CP plan.",
        "Initial conference: HV present. CP plan ({cat}); HV part of core group.",
    ),
    ("icpc", "health"): (
        "Initial child protection conference - health report submitted, {cat} plan agreed.",
    ),
    ("icpc", "school"): (
        "DSL attended the initial child protection conference. Outcome - CP plan.",
        "ICPC - school report submitted, DSL present. {kid} now on CP plan.",
        "Attended ICPC for {kid}. Category {cat}.",
    ),
    ("icpc", "gp"): (
        "ICPC - GP report sent, unable to attend.",
        "Initial child protection conference - no GP representative; written report provided.",
    ),
    ("icpc", "probation"): (
        "OM attended ICPC re {dad}'s children - CP plans made, category {cat}.",
    ),
    ("icpc", "idva"): ("IDVA attended ICPC to support {mum}. Children on CP plans.",),
    ("icpc", "housing"): (
        "Housing officer attended ICPC. Action: priority transfer request to be considered.",
    ),
    ("rcpc", "csc"): (
        "RCPC - {outcome}. Next review in 6 months.",
        "Review Child Protection Conference: progress noted. {outcome}.",
        "Review conference. Chair {iro}. Decision: {outcome}.",
        "RCPC held at {venue}; parents present. {outcome}.",
    ),
    ("rcpc", "police"): (
        "Review CP conference - police update provided, no incidents since ICPC.",
        "RCPC: police report submitted, DC {pc} did not attend.",
    ),
    ("rcpc", "hv"): (
        "Attended RCPC. {outcome}.",
        "Review case conference today - I shared growth and development update. {outcome}.",
        "RCPC - HV report. {outcome}.",
    ),
    ("rcpc", "health"): ("Review conference - health report provided. {outcome}.",),
    ("rcpc", "school"): (
        "DSL attended RCPC - {outcome}.",
        "Review child protection conference for {kid}: attendance improved to {n}%.",
        "RCPC (virtual). School report shared.",
    ),
    ("rcpc", "gp"): ("RCPC - GP report submitted.",),
    ("rcpc", "idva"): ("Attended review conference with {mum}.",),
    ("rcpc", "sms"): ("Review child protection conference: update on {mum}'s treatment given.",),
    ("core", "csc"): (
        "Core group meeting. Plan reviewed - actions outstanding for {mr} (DA programme).",
        "Core group held at school. Attendance improved; mum engaging.",
        "CGM - home conditions improved, HV to continue weekly visits.",
        "Core group: {ms} did not attend. Plan reviewed with professionals only.",
    ),
    ("core", "hv"): (
        "Core group attended. {baby} growth on track.",
        "I attended the core group at the family home. Safe sleep discussed again.",
        "CGM - HV update given.",
        "Core grp meeting at {venue}.",
    ),
    ("core", "health"): ("Core group - health update given.",),
    ("core", "school"): (
        "Core group at school. {kid}'s attendance {n}%.",
        "DSL attended core group meeting.",
        "Core group - school update: {kid} more settled in class.",
        "CGM attended by DSL and class teacher.",
    ),
    ("core", "idva"): ("Core group - IDVA update: {mum} has non-molestation order in place.",),
    ("core", "housing"): ("Core group - housing update on the transfer application.",),
    ("core", "sms"): ("Core group attended - {mum} engaging with key work, screens negative.",),
    ("core", "police"): ("Core group meeting attended - no new incidents reported.",),
    ("marac", "police"): (
        "Case heard at MARAC (high risk, DASH {n} ticks). Actions: flag on address, cocoon watch.",
        "MARAC - repeat case. Police actions: TAS marker, bail check.",
        "Referred to MARAC following DA incident {ref} - case discussed today.",
    ),
    ("marac", "idva"): (
        "MARAC held. IDVA to continue support, sanctuary referral made.",
        "Marac today - case discussed. I will contact {mum} to update her.",
        "Multi-Agency Risk Assessment Conference: {mum}'s case heard, actions for IDVA: safety "
        "plan.",
    ),
    ("marac", "housing"): (
        "MARAC: action for housing - target hardening at the property.",
        "Marac - housing to expedite management transfer.",
    ),
    ("marac", "csc"): (
        "MARAC - CSC information shared, children open to social care.",
        "Case discussed at MARAC. Actions for CSC: update risk assessment.",
    ),
    ("marac", "health"): (
        "MARAC research submitted; HV attended (phone).",
        "Attended MARAC - health actions: flag records.",
    ),
    ("marac", "probation"): (
        "MARAC: {dad} identified as perpetrator; OM to review licence conditions.",
    ),
    ("court", "police"): (
        "{mr} appeared at {court} Magistrates - pleaded guilty to ABH, remanded for PSR.",
        "Court: {dad} convicted of assault by beating. Restraining order granted.",
        "Crown Court - {mr} sentenced to 14 months imprisonment.",
    ),
    ("court", "probation"): (
        "Sentenced at {court} MC: 18m Community Order with BBR and 20 RAR days.",
        "Court hearing - PSR recommended CO; court agreed.",
        "Attended court duty - {dad} sentenced.",
    ),
    ("court", "idva"): (
        "Supported {mum} at court - {dad} pleaded guilty, restraining order made.",
        "Court today. Trial vacated as guilty plea entered.",
    ),
    ("famcourt", "csc"): (
        "Care proceedings - first hearing. Interim care order granted for {kids}.",
        "IRH at Family Court: final hearing listed.",
        "Court hearing - ICO made; children to remain in foster placement.",
        "Final hearing. Care orders granted.",
    ),
    ("famcourt", "hv"): (
        "Court hearing today - ICO granted, {baby} to be placed with foster carers.",
        "Family court hearing; I provided a statement.",
    ),
    ("famcourt", "school"): (
        "Court hearing today - interim care order granted. {kid} to be collected by foster carer.",
    ),
    ("famcourt", "police"): ("Family court hearing - police disclosure provided.",),
    ("cin", "csc"): (
        "CIN meeting held. Plan reviewed; actions for school and HV.",
        "Child in need review - good progress, case to close in 3 months.",
        "CIN mtg at school.",
        "Team around the family meeting - mum attended.",
    ),
    ("cin", "school"): (
        "Attended CIN meeting. Attendance discussed.",
        "Child in Need meeting at school - I raised concerns about lateness.",
        "CIN review. {kid}'s attendance improved.",
    ),
    ("cin", "hv"): ("CIN meeting - HV update on development.", "Attended child in need review."),
    ("cin", "health"): ("Child in need meeting - health update given.",),
    ("cin", "housing"): ("CIN meeting - housing update provided.",),
    ("cin", "sms"): ("Attended CIN meeting with {mum} - treatment plan shared.",),
    ("plo", "csc"): (
        "PLO meeting with parents and their solicitors. Letter before proceedings served.",
        "Pre-proceedings meeting - written agreement signed.",
    ),
    ("plo", "hv"): ("PLO meeting attended: HV to continue weekly visits.",),
    ("plo", "sms"): ("Pre-proceedings meeting - key worker attended, testing to continue.",),
    ("medical", "csc"): (
        "CP medical at {hospital} - paediatrician view: bruising consistent with a slap.",
        "Child protection medical completed. Injuries likely non-accidental per paediatrician.",
    ),
    ("medical", "ed"): (
        "Child protection medical. Bruising to {part}, pattern suggests inflicted injury. SW "
        "present.",
        "CP medical by paediatric consultant: {part} bruise, no other injuries. Skeletal survey "
        "not indicated.",
    ),
    ("medical", "police"): ("CP medical at hospital - DC {pc} present, photos taken.",),
    ("ppn", "police"): (
        "PPN submitted to MASH re {kids} following DA incident {ref}.",
        "Child concern notification (PPN) sent to CSC.",
        "Referral to CSC - DASH high; children present during incident.",
    ),
    ("ppn", "csc"): (
        "Contact from police: DA incident at home on {prev}. Children present. Passed to "
        "assessment team.",
        "PPN received from police re incident {prev} - {mr} arrested.",
        "MASH: police notification re DA, RAG rated amber.",
    ),
    ("schoolcall", "school"): (
        "DSL phoned MASH to report bruise; referral form to follow.",
        "Referral made to CSC by DSL (phone) re bruise to {kid}'s {part}.",
        "Telephoned children's services - bruise to {part}. Advised to keep {kid} in school.",
    ),
    ("schoolcall", "csc"): (
        "Contact from school DSL - {kid} has bruise to {part}, says {dad} did it. Strategy "
        "discussion to be convened.",
        "Referral received from {school} re bruise to {kid}'s {part}.",
        "MASH contact: school reports bruising to {part}.",
    ),
    ("hvref", "hv"): (
        "Referral to CSC made re home conditions and missed appointments.",
        "Referred to MASH - neglect concerns, home conditions very poor.",
    ),
    ("hvref", "csc"): (
        "Referral from HV {hv} re neglect concerns.",
        "Contact from health visitor: home conditions poor, several missed health appointments.",
    ),
    ("probref", "probation"): (
        "Referral to CSC MASH re {dad} living with the children.",
        "Information shared with CSC: {dad} reports he is living at the family home.",
    ),
    ("probref", "csc"): (
        "Contact from probation: {dad} reported to be living at the family home.",
        "Referral from OM {om} - {mr} may be residing with {ms}.",
    ),
    ("missing", "police"): (
        "Missing person report - {kid} not returned home by curfew. Graded medium risk.",
        "MISPER: {kid} left home after argument with mum. Searches of local park negative.",
    ),
    ("missing", "csc"): (
        "EDT: police report {kid} missing from home this evening.",
        "Notification from police - {kid} reported missing.",
    ),
}

# Routine, single-agency entries (each its own occurrence).
ROUTINE: dict[str, tuple[str, ...]] = {
    "police": (
        "Concern for welfare - neighbour reported child crying for long period. Officers attended, "
        "all well.",
        "Report of ASB outside the address - youths gathering. Words of advice given.",
        "{dad} stopped in vehicle, found in possession of cannabis. Street warning.",
        "Intelligence submitted re visitors to the address late at night.",
        "Bail check at address - {mr} not present.",
        "Neighbour dispute reported by {mum}. No offences.",
        "Call from {mum} reporting {dad} sending threatening texts. Crime recorded - harassment.",
        "Theft of pushchair reported by {ms} from communal hallway.",
        "Information report: {dad} seen at the address with known drug users.",
    ),
    "csc": (
        "Statutory visit - {kids} seen, bedroom seen, food in cupboards.",
        "Tel call to {mum} re appointment - agreed visit Thursday.",
        "Case supervision with TM. Plan: progress assessment, chase school report.",
        "Child and family assessment completed - recommendation CIN.",
        "Visit - no answer, card left.",
        "Letter sent to parents re conference invitation.",
        "Direct work with {kid} - three houses tool. Worries: shouting at home.",
        "Email to school requesting attendance update.",
        "Transport arranged for contact with {dad}.",
        "Supervised contact at family centre - {dad} 25 minutes late, warm interaction.",
        "Case transferred to SW {sw}.",
        "Food bank voucher given to {mum}.",
        "Management oversight: case to remain open, review in 4 weeks.",
        "Text message from {mum} cancelling visit - says {kid} unwell.",
    ),
    "hv": (
        "Clinic: {baby} weighed {kg}kg, on the 25th centile.",
        "Home visit - 6-8 week review. Mum flat, EPDS 14; GP informed.",
        "Telephone contact with mum re missed clinic.",
        "Letter sent offering new development review appointment.",
        "Ages and Stages questionnaire completed - communication below cut off.",
        "Home visit: no reply, card left.",
        "Visit - safe sleep advice; {baby} sleeping on sofa with mum at times.",
        "Breast feeding support group attended by mum.",
        "Immunisation reminder sent.",
    ),
    "ed": (
        "{kid} attended with mum - fall from sofa, bumped head. GCS 15, discharged with advice.",
        "{kid} seen with cough and fever, viral illness, discharged.",
        "{mum} self-presented - back pain after lifting. Analgesia given.",
        "{baby} brought by ambulance - febrile convulsion. Observed 4 hours, discharged.",
        "{kid} attended with cut to finger from broken glass. Steri-strips applied.",
    ),
    "camhs": (
        "Choice appointment with {kid} and mum - low mood, poor sleep.",
        "Partnership appointment: CBT session 3.",
        "{kid} did not attend appointment. Letter sent.",
        "Risk assessment following self harm disclosure - scratches to forearm.",
        "Phone call with {kid} - safety plan reviewed.",
    ),
    "mw": (
        "Booking appointment - {mum} 10/40. Declined partner present for DA question.",
        "Antenatal check 28/40 - BP normal, growth on chart.",
        "DNA antenatal appointment.",
        "Postnatal visit day 5 - {baby} feeding well.",
    ),
    "gp": (
        "Routine appt - {kid} asthma review, inhaler technique checked.",
        "Medication review {mum}: sertraline 100mg continued.",
        "{baby} immunisations given.",
        "DNA - {kid} review.",
        "Telephone consultation {mum}: low mood, sleep poor, PHQ-9 score {n}.",
        "Repeat prescription issued.",
        "Mum attended with {baby} - nappy rash, cream prescribed.",
        "{kid} - ear infection, amoxicillin.",
        "Letter received from hospital outpatients - filed.",
        "{dad} - sick note issued, back pain.",
    ),
    "school": (
        "{kid} late x3 this week.",
        "Attendance {n}% this half term - letter sent home.",
        "{kid} arrived hungry, given breakfast club.",
        "Mum collected {kid} late (16:10), smelled of alcohol.",
        "{kid} told TA that 'mum and {dad} were shouting again'.",
        "Meeting with mum re attendance. Agreed early help offer.",
        "PE kit not in school, spare given.",
        "{kid} upset in class, time with learning mentor.",
        "Parents evening - mum attended.",
        "Phone call to mum re {kid}'s absence - no answer.",
    ),
    "housing": (
        "Rent arrears letter sent (£{n}0).",
        "Repair reported: damp in children's bedroom.",
        "ASB complaint from neighbour re shouting at night.",
        "Tenancy visit - property untidy, no concerns re condition.",
        "Notice of seeking possession served.",
        "Homeless application taken - {mum} fleeing DA.",
        "Offer of temporary accommodation made.",
        "Universal Credit housing costs confirmed.",
    ),
    "probation": (
        "Supervision appointment - attended, discussed relationship with {mum}.",
        "DNA supervision - warning letter issued.",
        "Building Better Relationships session {n}.",
        "Home visit by OM - {dad} present, {mum} in background.",
        "OASys reviewed - RoSH medium to known adult.",
        "Police domestic abuse call-out check requested.",
        "Unpaid work hours completed: {n}.",
    ),
    "idva": (
        "Phone call with {mum} - safety plan reviewed.",
        "No answer x2, text sent.",
        "Referral received from police (DASH high).",
        "Support with non-molestation order application.",
        "Call from {mum} - {dad} has been texting; advised to report.",
    ),
    "sms": (
        "Key work session with {mum} - reports 3 days alcohol-free.",
        "Drug screen negative.",
        "{mum} did not attend key work.",
        "Group session attended.",
        "Reduction plan reviewed with prescriber.",
    ),
}

HEALTH = ("hv", "ed", "camhs", "mw")
PARTS = ("left cheek", "upper arm", "ear", "lower back", "forehead", "neck", "wrist")
VENUES = ("the family centre", "Civic Offices", "school", "Teams")
CSC_TYPES: dict[str, tuple[str, ...]] = {
    "strategy": ("Strategy discussion", "Case note"),
    "icpc": ("Conference", "Case note"),
    "rcpc": ("Conference", "Case note"),
    "core": ("Meeting", "Case note"),
    "cin": ("Meeting", "Case note"),
    "jv": ("Visit", "Case note"),
    "jhv": ("Visit",),
    "ppn": ("Contact",),
    "schoolcall": ("Contact",),
    "hvref": ("Contact",),
    "probref": ("Contact",),
}


# --------------------------------------------------------------------------- case specs
@dataclass(frozen=True)
class Spec:
    name: str
    seed: int
    start: dt.date
    months: int
    people: dict[str, str]
    roles: tuple[str, ...]  # sheet keys in use (school sheets added from school_children)
    school_children: tuple[str, ...]
    episodes: int
    background: float  # multiplier on routine entry rates
    hard: int  # how many of each hard-negative pattern


SPECS: tuple[Spec, ...] = (
    Spec(
        name="hard-ashdown",
        seed=101,
        start=dt.date(2019, 3, 1),
        months=30,
        people={
            "mum": "Kerry",
            "ms": "Ms Ashdown",
            "dad": "Dean",
            "mr": "Mr Pruitt",
            "kid": "Ellie",
            "kid2": "Noah",
            "kids": "Ellie and Noah",
            "baby": "Noah",
            "hv": "Jan Ormond",
            "pc": "Haskett",
            "om": "R. Leese",
            "iro": "M. Dunmore",
            "school": "Fernside Primary",
            "court": "Northbridge",
            "hospital": "Northbridge General",
            "cat": "neglect",
        },
        roles=("police", "csc", "hv", "ed", "mw", "gp", "housing", "idva"),
        school_children=("Ellie",),
        episodes=8,
        background=1.0,
        hard=5,
    ),
    Spec(
        name="hard-vickery",
        seed=202,
        start=dt.date(2018, 9, 1),
        months=42,
        people={
            "mum": "Shannon",
            "ms": "Ms Vickery",
            "dad": "Marcus",
            "mr": "Mr Hale",
            "kid": "Jayden",
            "kid2": "Lacey",
            "kids": "Jayden, Lacey and Kai",
            "baby": "Kai",
            "hv": "Bev Carden",
            "pc": "Okafor",
            "om": "T. Brierley",
            "iro": "S. Fenwick",
            "school": "Longmoor Academy",
            "court": "Easton",
            "hospital": "Easton Royal",
            "cat": "emotional abuse",
        },
        roles=("police", "csc", "hv", "ed", "camhs", "gp", "housing", "probation", "idva"),
        school_children=("Jayden", "Lacey"),
        episodes=12,
        background=1.1,
        hard=7,
    ),
    Spec(
        name="hard-brennan",
        seed=303,
        start=dt.date(2016, 1, 1),
        months=58,
        people={
            "mum": "Toni",
            "ms": "Ms Brennan",
            "dad": "Wes",
            "mr": "Mr Carrow",
            "kid": "Maisie",
            "kid2": "Riley",
            "kids": "Maisie, Riley and Archie",
            "baby": "Archie",
            "hv": "Lou Pemberton",
            "pc": "Grewal",
            "om": "D. Ashcroft",
            "iro": "K. Mallon",
            "school": "St Cuthbert's",
            "court": "Hollinwell",
            "hospital": "Hollinwell Infirmary",
            "cat": "neglect",
        },
        roles=("police", "csc", "hv", "ed", "mw", "gp", "housing", "probation", "idva", "sms"),
        school_children=("Maisie", "Riley"),
        episodes=15,
        background=1.25,
        hard=9,
    ),
    Spec(
        name="hard-lund",
        seed=404,
        start=dt.date(2020, 6, 1),
        months=26,
        people={
            "mum": "Abi",
            "ms": "Ms Lund",
            "dad": "Connor",
            "mr": "Mr Fenn",
            "kid": "Oscar",
            "kid2": "Oscar",
            "kids": "Oscar",
            "baby": "Oscar",
            "hv": "Nia Prowse",
            "pc": "Marr",
            "om": "J. Tully",
            "iro": "P. Oduya",
            "school": "Little Acorns Nursery",
            "court": "Westmere",
            "hospital": "Westmere Hospital",
            "cat": "physical abuse",
        },
        roles=("police", "csc", "hv", "ed", "gp", "housing", "idva"),
        school_children=("Oscar",),
        episodes=7,
        background=1.0,
        hard=5,
    ),
)

SOCIAL_WORKERS = ("A. Kowalczyk", "Femi Adeyemi", "Rachel Stott", "Dan Whitlow", "Hana Basu")
RATES: dict[str, float] = {  # routine entries a month
    "police": 0.6,
    "csc": 2.6,
    "hv": 1.4,
    "ed": 0.25,
    "camhs": 0.9,
    "mw": 0.5,
    "gp": 1.6,
    "school": 1.1,
    "housing": 0.6,
    "probation": 1.6,
    "idva": 0.7,
    "sms": 1.3,
}


# --------------------------------------------------------------------------- story builder
@dataclass
class _Row:
    role: str
    occ: str
    day: dt.date
    text: str
    at: dt.time | None = None
    etype: str = ""
    outcome: str = ""
    precision: str = "day"
    written: str = ""
    seq: int = 0


@dataclass
class _Story:
    spec: Spec
    rng: random.Random = field(init=False)
    rows: list[_Row] = field(default_factory=list)
    count: int = 0
    used: set[tuple[str, dt.date]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.spec.seed)
        self.end = _add_months(self.spec.start, self.spec.months) - dt.timedelta(days=1)
        self.sheets = {r: SHEETS[r] for r in self.spec.roles}
        for child in self.spec.school_children:
            self.sheets[f"school:{child}"] = _school_sheet(child)

    # ---- basics
    def occ(self) -> str:
        self.count += 1
        return f"{self.spec.name}-{self.count:05d}"

    def has(self, role: str) -> bool:
        return role in self.sheets or (role == "school" and bool(self.spec.school_children))

    def fill(self, template: str, day: dt.date, **extra: str) -> str:
        rng = self.rng
        values = dict(self.spec.people)
        values.update(
            sw=SOCIAL_WORKERS[(day - self.spec.start).days // 300 % len(SOCIAL_WORKERS)],
            n=str(rng.randint(3, 19) if "{n}%" not in template else rng.randint(78, 96)),
            kg=f"{rng.uniform(4.2, 11.5):.1f}",
            ref=f"CR/{rng.randint(10000, 99999)}/{day:%y}",
            part=rng.choice(PARTS),
            venue=rng.choice(VENUES),
            trigger="DA incident",
            outcome="CP plans continue",
            prev=f"{day - dt.timedelta(days=1):%d/%m}",
        )
        values.update(extra)
        return template.format_map(values)

    def add(
        self,
        role: str,
        occ: str,
        day: dt.date,
        text: str,
        at: dt.time | None = None,
        etype: str = "",
        outcome: str = "",
        timed: bool | None = None,
    ) -> _Row | None:
        if role == "school":
            role = self.school_role(0)
        if role not in self.sheets or not (self.spec.start <= day <= self.end):
            return None
        keep = at is not None and (
            timed if timed is not None else self.rng.random() < self.sheets[role].time_share
        )
        row = _Row(role, occ, day, text, at if keep else None, etype, outcome, seq=len(self.rows))
        self.rows.append(row)
        return row

    def school_role(self, which: int) -> str:
        children = self.spec.school_children
        return f"school:{children[which % len(children)]}"

    def template(self, kind: str, role: str) -> str:
        family = role.split(":")[0]
        options = BANK.get((kind, family))
        if options is None and family in HEALTH:
            options = BANK[kind, "health"]
        if not options:
            raise KeyError((kind, role))
        return self.rng.choice(options)

    # ---- multi-agency occurrences
    def occurrence(
        self,
        kind: str,
        day: dt.date,
        at: dt.time | None,
        roles: dict[str, float],
        minimum: int = 2,
        two_sheets: float = 0.3,
        **extra: str,
    ) -> str:
        """One occurrence written up by several agencies (each row in its own words)."""
        rng = self.rng
        occ = self.occ()
        available = [r for r in roles if self.has(r) and self._has_bank(kind, r)]
        chosen = [r for r in available if rng.random() < roles[r]]
        for r in available:
            if len(chosen) >= minimum:
                break
            if r not in chosen:
                chosen.append(r)
        for role in chosen:
            sheet_roles = [role]
            if role == "school":
                first = rng.randrange(len(self.spec.school_children))
                sheet_roles = [self.school_role(first)]
                if len(self.spec.school_children) > 1 and rng.random() < two_sheets:
                    sheet_roles.append(self.school_role(first + 1))
            for sheet_role in sheet_roles:
                own = {"kid": sheet_role.split(":")[1]} if ":" in sheet_role else {}
                text = self.fill(self.template(kind, sheet_role), day, **{**own, **extra})
                when = _shift(at, rng.choice((-15, -5, 0, 0, 0, 0, 5, 10, 15, 20, 30)))
                etype = ""
                if sheet_role == "csc":
                    etype = rng.choice(CSC_TYPES.get(kind, ("Case note",)))
                elif sheet_role == "police":
                    etype = rng.choice(("Information", "Meeting", "")) if kind != "ppn" else "PPN"
                elif sheet_role == "gp":
                    etype = "Admin"
                elif sheet_role in ("housing", "probation"):
                    etype = rng.choice(("Other agency", "Meeting", ""))
                self.add(sheet_role, occ, day, text, when, etype)
        return occ

    def _has_bank(self, kind: str, role: str) -> bool:
        family = role.split(":")[0]
        return (kind, family) in BANK or (family in HEALTH and (kind, "health") in BANK)

    def slot(self, kind: str, day: dt.date) -> dt.date:
        """The first free weekday on or after `day` for a once-a-day meeting."""
        while day.weekday() >= 5 or (kind, day) in self.used or _christmas(day):
            day += dt.timedelta(days=1)
        self.used.add((kind, day))
        return day

    # ---- chains
    def da_chain(self, day: dt.date, serious: bool) -> dt.date | None:
        """A domestic abuse call-out and what follows; returns the strategy discussion date."""
        rng = self.rng
        at = dt.time(rng.randint(19, 23), rng.choice((5, 10, 20, 35, 40, 50)))
        callout = rng.choice(CALLOUTS)
        self.add("police", self.occ(), day, self.fill(callout, day), at, "Domestic", timed=True)
        if rng.random() < 0.5:  # the hospital attendance the same night
            late = _shift(at, rng.randint(35, 100))
            ed_day = day if late and late > at else day + dt.timedelta(days=1)
            self.add(
                "ed",
                self.occ(),
                ed_day,
                self.fill(rng.choice(ED_SAME_NIGHT), day),
                late,
                timed=True,
            )
        if rng.random() < 0.2:  # EDT told the same night: a separate contact
            late = _shift(at, rng.randint(20, 70))
            if late and late > at:
                self.add(
                    "csc",
                    self.occ(),
                    day,
                    self.fill(rng.choice(EDT_NIGHT), day),
                    late,
                    "EDT",
                    timed=True,
                )
        nxt = day + dt.timedelta(days=1)
        ppn_at = dt.time(rng.randint(8, 11), rng.choice((0, 15, 30, 45)))
        self.occurrence("ppn", nxt, ppn_at, {"police": 1.0, "csc": 0.85}, minimum=1)
        if rng.random() < 0.5:
            self.add(
                "idva",
                self.occ(),
                nxt + dt.timedelta(days=rng.randint(0, 2)),
                "Referral received from police (DASH high) - first contact attempted.",
            )
        strategy = None
        if serious:
            strategy = self.slot("strategy", day + dt.timedelta(days=rng.randint(2, 4)))
            self.occurrence(
                "strategy",
                strategy,
                dt.time(rng.choice((10, 11, 13, 14, 15)), 0),
                {
                    "csc": 0.95,
                    "police": 0.9,
                    "hv": 0.6,
                    "school": 0.6,
                    "gp": 0.2,
                    "probation": 0.4,
                    "idva": 0.2,
                    "camhs": 0.4,
                },
                trigger=f"DA incident on {day:%d/%m}",
            )
            if rng.random() < 0.6:
                visit = strategy + dt.timedelta(days=1)
                while visit.weekday() >= 5:
                    visit += dt.timedelta(days=1)
                self.occurrence(
                    "jv",
                    visit,
                    dt.time(rng.randint(10, 16), rng.choice((0, 30))),
                    {"csc": 0.95, "police": 0.9, "hv": 0.15},
                )
            if rng.random() < 0.7:
                marac = self.slot("marac", day + dt.timedelta(days=rng.randint(14, 30)))
                self.occurrence(
                    "marac",
                    marac,
                    dt.time(rng.choice((9, 10, 13)), 30),
                    {
                        "police": 0.9,
                        "idva": 0.9,
                        "housing": 0.5,
                        "csc": 0.6,
                        "hv": 0.4,
                        "probation": 0.4,
                    },
                )
            if rng.random() < 0.5:
                court = self.slot("court", day + dt.timedelta(days=rng.randint(20, 60)))
                self.occurrence(
                    "court",
                    court,
                    dt.time(10, rng.choice((0, 30))),
                    {"police": 0.8, "probation": 0.8, "idva": 0.6},
                )
        return strategy

    def bruise_chain(self, day: dt.date) -> dt.date:
        """School notices a bruise, phones CSC, strategy the same day, CP medical, joint visit."""
        rng = self.rng
        part = rng.choice(PARTS)
        child = rng.randrange(len(self.spec.school_children))
        kid = self.spec.school_children[child]
        sheet = self.school_role(child)
        noticed = dt.time(9, rng.choice((5, 10, 15, 20)))
        self.add(
            sheet,
            self.occ(),
            day,
            self.fill(rng.choice(BRUISE_SEEN), day, part=part, kid=kid),
            noticed,
            timed=rng.random() < 0.8,
        )
        call = dt.time(10, rng.choice((0, 5, 10, 25)))
        occ = self.occ()
        text = self.fill(rng.choice(BANK["schoolcall", "school"]), day, part=part, kid=kid)
        self.add(sheet, occ, day, text, call, timed=rng.random() < 0.8)
        text = self.fill(rng.choice(BANK["schoolcall", "csc"]), day, part=part, kid=kid)
        self.add("csc", occ, day, text, _shift(call, rng.randint(0, 20)), "Contact")
        strategy = self.slot("strategy", day)
        self.occurrence(
            "strategy",
            strategy,
            dt.time(rng.choice((13, 14)), rng.choice((0, 30))),
            {"csc": 1.0, "police": 0.9, "school": 0.7, "hv": 0.4, "gp": 0.2, "camhs": 0.3},
            trigger=f"bruise to {kid}'s {part} reported by school",
            kid=kid,
            part=part,
        )
        if rng.random() < 0.6:
            self.occurrence(
                "medical",
                day,
                dt.time(16, rng.choice((0, 30))),
                {"ed": 1.0, "csc": 0.8, "police": 0.4},
                part=part,
                kid=kid,
            )
        visit = day + dt.timedelta(days=1)
        self.occurrence(
            "jv", visit, dt.time(rng.randint(10, 15), 0), {"csc": 0.95, "police": 0.9}, kid=kid
        )
        return strategy

    def neglect_chain(self, day: dt.date) -> dt.date | None:
        rng = self.rng
        day = _weekday(day)
        self.occurrence(
            "hvref",
            day,
            dt.time(rng.randint(9, 15), rng.choice((0, 20, 40))),
            {"hv": 1.0, "csc": 0.9},
            minimum=1,
        )
        if rng.random() < 0.5:
            return None
        strategy = self.slot("strategy", day + dt.timedelta(days=rng.randint(1, 5)))
        self.occurrence(
            "strategy",
            strategy,
            dt.time(rng.choice((10, 14)), 0),
            {"csc": 1.0, "hv": 0.9, "school": 0.6, "police": 0.7, "gp": 0.3},
            trigger="HV referral re neglect",
        )
        if self.has("hv") and rng.random() < 0.7:
            self.occurrence(
                "jhv",
                _weekday(strategy + dt.timedelta(days=2)),
                dt.time(rng.randint(10, 14), 0),
                {"csc": 1.0, "hv": 1.0},
            )
        return strategy

    def missing_chain(self, day: dt.date) -> None:
        rng = self.rng
        at = dt.time(rng.randint(21, 23), rng.choice((0, 15, 40)))
        self.add(
            "police",
            self.occ(),
            day,
            self.fill(rng.choice(BANK["missing", "police"]), day),
            at,
            "Missing person",
            timed=True,
        )
        if rng.random() < 0.6:
            self.add(
                "csc",
                self.occ(),
                day,
                self.fill(rng.choice(BANK["missing", "csc"]), day),
                _shift(at, rng.randint(30, 90)),
                "EDT",
            )
        nxt = day + dt.timedelta(days=1)
        self.add(
            "police",
            self.occ(),
            nxt,
            self.fill(rng.choice(FOUND), nxt),
            dt.time(rng.randint(6, 11), rng.choice((0, 25, 50))),
            "Missing person",
            timed=True,
        )
        rhi = _weekday(day + dt.timedelta(days=2))
        self.add(
            "csc",
            self.occ(),
            rhi,
            self.fill(
                "Return home interview with {kid} - says he "
                "stayed at a friend's, would not give address.",
                rhi,
            ),
            dt.time(16, 0),
        )

    def cp_plan(self, icpc: dt.date, until: dt.date) -> None:
        """ICPC, core groups every 5-7 weeks, RCPCs at 3 months then 6-monthly; then CIN."""
        rng = self.rng
        cp_roles = {
            "csc": 0.95,
            "police": 0.6,
            "hv": 0.7,
            "school": 0.75,
            "gp": 0.35,
            "housing": 0.2,
            "probation": 0.3,
            "idva": 0.3,
            "sms": 0.4,
        }
        at = dt.time(rng.choice((10, 13, 14)), rng.choice((0, 30)))
        self.occurrence("icpc", icpc, at, cp_roles, minimum=3)
        self.gp_on(icpc)
        if rng.random() < 0.35:  # first core group straight after the ICPC
            self.core_after(icpc, at, "ICPC")
        reviews = [_add_months(icpc, 3)]
        while len(reviews) < 3 and rng.random() < 0.6:
            reviews.append(_add_months(reviews[-1], 6))
        reviews = [self.slot("rcpc", r) for r in reviews if r < until]
        core = icpc + dt.timedelta(days=rng.randint(8, 14))
        last = reviews[-1] if reviews else until
        while core < last:
            day = self.slot("core", core)
            self.occurrence(
                "core",
                day,
                dt.time(rng.choice((9, 10, 15)), rng.choice((0, 30))),
                {
                    "csc": 0.85,
                    "hv": 0.6,
                    "school": 0.6,
                    "idva": 0.2,
                    "housing": 0.1,
                    "sms": 0.4,
                    "police": 0.05,
                },
            )
            self.gp_on(day)
            core += dt.timedelta(days=rng.randint(35, 49))
        for number, review in enumerate(reviews):
            ended = number == len(reviews) - 1 and rng.random() < 0.7
            outcome = "CP plan ended, step down to CIN" if ended else "CP plans continue"
            at = dt.time(rng.choice((10, 13)), 0)
            self.occurrence(
                "rcpc",
                review,
                at,
                {
                    "csc": 0.9,
                    "hv": 0.6,
                    "school": 0.65,
                    "police": 0.35,
                    "gp": 0.2,
                    "idva": 0.2,
                    "sms": 0.3,
                },
                outcome=outcome,
            )
            self.gp_on(review)
            if not ended and rng.random() < 0.45:  # core group after the RCPC, same day
                self.core_after(review, at, "RCPC")
            if ended:
                cin = review + dt.timedelta(days=rng.randint(28, 42))
                for _ in range(rng.randint(1, 3)):
                    day = _weekday(cin)
                    self.occurrence(
                        "cin",
                        day,
                        dt.time(rng.randint(9, 15), 30),
                        {"csc": 0.8, "school": 0.7, "hv": 0.5, "housing": 0.2, "sms": 0.3},
                    )
                    cin += dt.timedelta(days=rng.randint(42, 60))

    def core_after(self, day: dt.date, conference_at: dt.time, conference: str) -> None:
        """A core group held after the conference the same day: a different occurrence."""
        rng = self.rng
        if ("core", day) in self.used:
            return
        self.used.add(("core", day))
        occ = self.occ()
        at = _shift(conference_at, rng.choice((75, 90, 120)))
        for role, p in (("csc", 0.9), ("hv", 0.6), ("school", 0.6), ("idva", 0.2)):
            if self.has(role) and rng.random() < p:
                text = self.fill(rng.choice(CORE_AFTER), day, conf=conference)
                self.add(role, occ, day, text, _shift(at, rng.choice((0, 5, 10))), "Meeting")

    def gp_on(self, day: dt.date) -> None:
        """A routine GP appointment on a meeting day (sometimes the patient mentions it)."""
        if self.rng.random() < 0.35:
            template = self.rng.choice(GP_ON_MEETING_DAY)
            self.add(
                "gp",
                self.occ(),
                day,
                self.fill(template, day),
                dt.time(self.rng.randint(8, 17), self.rng.choice((0, 10, 20, 40))),
                "Face to face",
            )

    # ---- hard negatives that need no chain
    def consecutive_callouts(self, day: dt.date) -> None:
        rng = self.rng
        for offset, template in enumerate(rng.sample(CONSECUTIVE, 2)):
            d = day + dt.timedelta(days=offset)
            at = dt.time(rng.randint(18, 23), rng.choice((0, 15, 30, 45)))
            self.add("police", self.occ(), d, self.fill(template, d), at, "Domestic", timed=True)

    def hv_and_sw_visits(self, day: dt.date) -> None:
        rng = self.rng
        day = _weekday(day)
        first = dt.time(rng.randint(9, 13), rng.choice((0, 15, 30)))
        gap = rng.choice((40, 50, 60, 75, 120, 240))
        hv, sw = rng.choice(HV_SW_PAIRS)
        self.add("hv", self.occ(), day, self.fill(hv, day), first, timed=rng.random() < 0.7)
        self.add("csc", self.occ(), day, self.fill(sw, day), _shift(first, gap), "Home visit")

    def two_calls(self, day: dt.date) -> None:
        rng = self.rng
        role, texts = rng.choice(TWO_CALLS)
        if not self.has(role):
            role, texts = TWO_CALLS[0]
        day = _weekday(day)
        morning = dt.time(rng.randint(8, 11), rng.choice((5, 25, 40)))
        later = _shift(morning, rng.choice((150, 210, 300)))
        for text, at in zip(rng.sample(texts, 2), (morning, later), strict=True):
            self.add(role, self.occ(), day, self.fill(text, day), at, timed=True)

    def gp_then_ed(self, day: dt.date) -> None:
        rng = self.rng
        day = _weekday(day)
        at = dt.time(rng.randint(9, 12), rng.choice((0, 20, 40)))
        gp, ed = rng.choice(GP_ED_PAIRS)
        self.add("gp", self.occ(), day, self.fill(gp, day), at, "Telephone", timed=True)
        self.add(
            "ed", self.occ(), day, self.fill(ed, day), _shift(at, rng.randint(50, 100)), timed=True
        )

    def housing_and_sw(self, day: dt.date) -> None:
        rng = self.rng
        day = _weekday(day)
        at = dt.time(rng.randint(9, 14), 0)
        housing, sw = rng.choice(HOUSING_SW_PAIRS)
        self.add("housing", self.occ(), day, self.fill(housing, day), at, "Visit")
        self.add(
            "csc",
            self.occ(),
            day,
            self.fill(sw, day),
            _shift(at, rng.choice((45, 60, 150))),
            "Home visit",
        )

    def routine(self) -> None:
        rng = self.rng
        month = self.spec.start
        seen: set[tuple[str, dt.date, str]] = set()
        while month <= self.end:
            for role, sheet_role in self._routine_roles():
                rate = RATES[role] * self.spec.background
                count = int(rate) + (rng.random() < rate - int(rate))
                for _ in range(count):
                    day = month + dt.timedelta(days=rng.randrange(_month_days(month)))
                    if role != "police" and role != "ed":
                        day = _weekday(day)
                    if role == "school":
                        day = _term_day(day)
                    at = dt.time(rng.randint(8, 17), rng.choice((0, 10, 15, 30, 45, 50)))
                    if role in ("police", "ed"):
                        at = dt.time(rng.randint(0, 23), rng.choice((5, 20, 35, 55)))
                    template = rng.choice(ROUTINE[role])
                    if (sheet_role, day, template) in seen:  # the same routine twice a day
                        continue
                    seen.add((sheet_role, day, template))
                    kid = sheet_role.split(":")[1] if ":" in sheet_role else self.spec.people["kid"]
                    self.add(
                        sheet_role,
                        self.occ(),
                        day,
                        self.fill(template, day, kid=kid),
                        at,
                        _routine_type(role, template, rng),
                    )
            month = _add_months(month, 1)

    def _routine_roles(self) -> list[tuple[str, str]]:
        pairs = [(r, r) for r in self.spec.roles]
        pairs += [("school", f"school:{c}") for c in self.spec.school_children]
        return pairs


# Hard-negative wording ------------------------------------------------------------------------
CALLOUTS = (
    "DOMESTIC INCIDENT - {ms} reports {mr} punched her to the face. Children present upstairs. "
    "{mr} arrested. DASH high.",
    "Call out to home address: verbal argument between {mum} and {dad}, no offences disclosed. "
    "DASH standard.",
    "999 call from {mum} - {dad} kicking the door. Officers attended, {dad} left prior to arrival. "
    "Children asleep.",
    "Officers attended report of a domestic. {mum} with injury to lip, ambulance called. {dad} "
    "arrested for ABH.",
    "Domestic abuse incident - {mum} grabbed by the throat per neighbour's call. {kid} witnessed. "
    "Suspect detained.",
)
ED_SAME_NIGHT = (
    "{mum} attended ED by ambulance with facial injury. States assaulted by partner. Police "
    "present. X-ray nose - no fracture.",
    "Presented with laceration to lip, police in attendance. Domestic abuse disclosed. IDVA "
    "referral offered.",
    "ED attendance: adult female, assault. Children at home with grandmother. Safeguarding "
    "referral to be completed.",
    "{mum} brought in by ambulance - bruising to neck, says partner strangled her. Police "
    "informed, DASH done in department.",
)
EDT_NIGHT = (
    "EDT: call from police - DA incident, children staying with MGM overnight.",
    "Out of hours - police notified EDT of domestic at family home; safety plan agreed by phone.",
)
FOUND = (
    "{kid} located safe at friend's address by patrol. Returned home.",
    "MISPER found - {kid} walked into station with friend's mum. Safe and well check done.",
)
CONSECUTIVE = (
    "Domestic incident at home address. {mum} reports verbal argument with {dad}, no injuries. "
    "DASH standard. Children present.",
    "Further call to home address - {mum} reports {dad} returned shouting. Left before police "
    "arrival. DASH medium.",
    "Call from neighbour re shouting at the address. Officers attended: {mum} and {dad} arguing "
    "over money, no offences.",
    "Domestic - {dad} refusing to leave the address. Officers attended, {dad} left voluntarily. "
    "Children in bed.",
)
BRUISE_SEEN = (
    "Class teacher noticed a bruise to {kid}'s {part}. {kid} said 'I fell'. Body map completed.",
    "CT reported to DSL: bruising to {part} seen during PE. Body map done.",
    "Bruise to {part} noticed at morning registration. {kid} quiet and withdrawn.",
)
CORE_AFTER = (
    "Core group held after the {conf} - plan updated with new actions.",
    "Core group meeting straight after {conf}. Dates set for next visits.",
    "First core group following {conf} today - CP plan actions agreed.",
    "Core group (held after conference). Mum attended.",
)
GP_ON_MEETING_DAY = (
    "Routine appt - {kid} asthma review, peak flow normal.",
    "Mum attended with {baby}: nappy rash. Mentioned case conference this afternoon.",
    "Medication review {mum}: citalopram 20mg. Says she has a core group meeting today.",
    "{kid} - sore throat, no antibiotics needed.",
    "Blood test {mum} - routine.",
)
HV_SW_PAIRS = (
    (
        "Home visit - {baby} weighed {kg}kg. Home conditions poor, nappy bin overflowing. Mum "
        "tired.",
        "Statutory home visit. {kids} seen. Home conditions poor - kitchen dirty. HV had visited "
        "earlier.",
    ),
    (
        "Planned home visit: 9-12 month review. Some delay in speech. SW due to visit later today.",
        "Home visit (announced): children seen and spoken with; bedroom seen.",
    ),
    (
        "HV home visit - mum says she has been referred to social care; advice on routines.",
        "Home visit - {mum} upset about the referral. Children seen, no concerns about "
        "presentation.",
    ),
    (
        "Home visit - no reply, card left.",
        "Unannounced home visit - no answer, card left.",
    ),
    (
        "HV visit: {baby} 2 year review, speech delay - referred to SALT. Mum mentioned SW coming "
        "this afternoon.",
        "Home visit - SW. {kids} seen. Mum reports HV visited this morning and made SALT referral.",
    ),
    (
        "Visited at home - {mum} tearful, EPDS repeated (16). Advised GP appt.",
        "Visit to the home - {mum} low in mood. Children seen and well presented.",
    ),
)
TWO_CALLS = (
    (
        "csc",
        (
            "Tel call to {mum} - no answer, voicemail left.",
            "Tel call to {mum} - no answer.",
            "Tel call from {mum} - upset, asking about contact with {dad}.",
        ),
    ),
    (
        "school",
        (
            "Phoned mum re {kid}'s absence - no answer.",
            "Phoned mum again re absence - spoke to her, {kid} unwell.",
        ),
    ),
    (
        "hv",
        (
            "Telephone call to mum to rearrange clinic appointment.",
            "Telephone call from mum - cancelled home visit, says {baby} unwell.",
        ),
    ),
    ("idva", ("Call to {mum} - no answer.", "Call from {mum} - {dad} has been outside the house.")),
    (
        "gp",
        (
            "Telephone call from {mum} requesting repeat prescription.",
            "Telephone call from {mum} - asking for a letter to support housing application.",
        ),
    ),
    (
        "housing",
        (
            "Phone call to {mum} re arrears - no answer.",
            "Phone call from {mum} - boiler not working, repair raised.",
        ),
    ),
)
GP_ED_PAIRS = (
    (
        "Telephone triage: {kid} fever 39.5 and rash - advised to attend ED now.",
        "{kid} attended ED with mum - fever and rash, seen by paeds, GP letter sent. Discharged "
        "with antibiotics.",
    ),
    (
        "Tel consult - {baby} not feeding, floppy per mum. Sent to hospital.",
        "{baby} brought in by mum on GP advice - poor feeding. Admitted to paediatric ward.",
    ),
    (
        "Emergency appt: {kid} wheezy, sats 91%. Ambulance called to take to A&E.",
        "{kid} brought by ambulance from GP surgery - acute asthma. Nebulisers given, admitted "
        "overnight.",
    ),
    (
        "{mum} phoned - {kid} swallowed 4-5 paracetamol tablets found at home. Told to go to A&E "
        "immediately.",
        "Accidental ingestion - {kid} with mum, approx 5 x 500mg paracetamol. Levels taken, "
        "safeguarding checklist done.",
    ),
    (
        "Duty doctor call: {baby} fell from changing table, vomited twice. Advised ED.",
        "{baby} - fall from changing table per mum, vomiting x2. CT head normal. Mechanism "
        "consistent with injury, GP informed.",
    ),
    (
        "Video consultation - {kid} cut hand on glass, wound gaping. Advised to attend hospital.",
        "Laceration to palm, glued. Mum says GP told them to come in.",
    ),
)
HOUSING_SW_PAIRS = (
    (
        "Tenancy visit - damp and mould in children's bedroom, repairs raised. Concerns shared "
        "with social care.",
        "Home visit - children seen; mould in bedroom noted, housing contacted.",
    ),
    (
        "Visited property re ASB complaints. {mum} home with children. Warning letter to follow.",
        "Home visit: {mum} worried about an eviction threat from housing. Children seen.",
    ),
    (
        "Housing officer home visit - rent arrears discussed, payment plan agreed. Children at "
        "school.",
        "Home visit - {mum} says she has arrears with housing. Children seen after school.",
    ),
    (
        "Inspection of the property after complaint of dog mess in garden. Letter to tenant.",
        "Visit: dog faeces in the garden, children playing outside. Discussed hygiene with {mum}.",
    ),
)


# --------------------------------------------------------------------------- helpers
def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, _month_days(dt.date(year, month, 1))))


def _month_days(day: dt.date) -> int:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (following - dt.timedelta(days=1)).day


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _christmas(day: dt.date) -> bool:
    return (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day <= 2)


def _term_day(day: dt.date) -> dt.date:
    while (
        day.weekday() >= 5
        or day.month == 8
        or (day.month == 12 and day.day > 20)
        or (day.month == 1 and day.day < 4)
    ):
        day += dt.timedelta(days=1)
    return day


def _shift(at: dt.time | None, minutes: int) -> dt.time | None:
    if at is None:
        return None
    total = at.hour * 60 + at.minute + minutes
    if not 0 <= total < 24 * 60:
        total %= 24 * 60
    return dt.time(total // 60, total % 60)


def _routine_type(role: str, template: str, rng: random.Random) -> str:
    if role == "gp":
        return "Telephone" if "Telephone" in template else rng.choice(("Face to face", "Admin"))
    if role == "housing":
        return rng.choice(("Letter", "Visit", "Phone", ""))
    if role == "probation":
        return rng.choice(("Supervision", "Other", ""))
    if role == "csc":
        return rng.choice(("Case note", "Visit", "Phone call", ""))
    if role == "police":
        return rng.choice(("Incident", "Information", ""))
    return ""


def _typo(text: str, rng: random.Random) -> str:
    """One slip of the keyboard: two letters swapped or one dropped in a longer word."""
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w.strip(".,;:'()")) >= 5 and w[:1].isalpha()]
    if not long:
        return text.rstrip(".")
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w.strip(".,;:'()")) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[:j] + w[j + 1 :]
    return " ".join(words)


# --------------------------------------------------------------------------- assembling a case
def _build(spec: Spec) -> Case:
    story = _Story(spec)
    rng = story.rng
    story.routine()
    span = (story.end - spec.start).days
    gap = span // (spec.episodes + 1)
    plan_until = spec.start
    for number in range(spec.episodes):
        day = spec.start + dt.timedelta(days=gap * (number + 1) - rng.randint(0, gap // 3))
        chains = ["da", "da", "bruise", "neglect"] + (["missing"] if "camhs" in spec.roles else [])
        chain = chains[number % len(chains)] if number < len(chains) else rng.choice(chains)
        strategy = None
        if chain == "da":
            strategy = story.da_chain(day, serious=rng.random() < 0.7)
        elif chain == "bruise":
            strategy = story.bruise_chain(_term_day(day))
        elif chain == "neglect":
            strategy = story.neglect_chain(day)
        else:
            story.missing_chain(day)
        if strategy and strategy > plan_until and rng.random() < 0.7:
            icpc = story.slot("icpc", strategy + dt.timedelta(days=rng.randint(12, 19)))
            plan_until = min(story.end, _add_months(icpc, rng.choice((9, 12, 15))))
            story.cp_plan(icpc, plan_until)
            if rng.random() < 0.3:
                plo = _weekday(icpc + dt.timedelta(days=rng.randint(60, 120)))
                story.occurrence(
                    "plo", plo, dt.time(11, 0), {"csc": 1.0, "hv": 0.4, "sms": 0.5}, minimum=1
                )
                if rng.random() < 0.5:
                    hearing = story.slot("famcourt", plo + dt.timedelta(days=rng.randint(40, 90)))
                    story.occurrence(
                        "famcourt",
                        hearing,
                        dt.time(10, 0),
                        {"csc": 1.0, "hv": 0.4, "school": 0.3, "police": 0.1},
                    )

    def when() -> dt.date:
        return spec.start + dt.timedelta(days=rng.randrange(span - 2))

    for _ in range(spec.hard):
        story.consecutive_callouts(when())
        story.hv_and_sw_visits(when())
        story.two_calls(when())
        if rng.random() < 0.7:
            story.gp_then_ed(when())
        if rng.random() < 0.6:
            story.housing_and_sw(when())
        if rng.random() < 0.5 and "probation" in spec.roles:
            story.occurrence(
                "probref",
                _weekday(when()),
                dt.time(rng.randint(9, 16), 0),
                {"probation": 1.0, "csc": 0.9},
            )
    _typed_twice(story)
    _date_noise(story)
    return _events(story)


def _typed_twice(story: _Story) -> None:
    """About 3% of rows entered twice by the same agency (a typo fixed, the time left off)."""
    rng = story.rng
    for row in rng.sample(story.rows, max(6, len(story.rows) * 3 // 100)):
        twin = _Row(
            row.role, row.occ, row.day, row.text, row.at, row.etype, row.outcome, seq=row.seq
        )
        style = rng.random()
        if style < 0.3:
            twin.text = _typo(row.text, rng)
        elif style < 0.45:
            twin.at = None
        elif style < 0.6:
            twin.text = row.text.rstrip(".") + " "
        story.rows.append(twin)


def _date_noise(story: _Story) -> None:
    """A few rows of multi-row occurrences get a swapped, one-off or month-only date."""
    rng = story.rng
    by_occ: dict[str, list[_Row]] = defaultdict(list)
    for row in story.rows:
        by_occ[row.occ].append(row)
    candidates = [rows[-1] for rows in by_occ.values() if len({r.role for r in rows}) >= 2]
    rng.shuffle(candidates)
    quota = {"swap": 0, "typo": 0, "month": 0}
    target = max(2, len(candidates) // 40)
    for row in candidates:
        if all(v >= target for v in quota.values()):
            break
        day = row.day
        if quota["swap"] < target and day.day <= 12 and day.day != day.month:
            row.day = day.replace(month=day.day, day=day.month)
            quota["swap"] += 1
        elif quota["typo"] < target:
            row.day = day + dt.timedelta(days=rng.choice((-1, 1)))
            quota["typo"] += 1
        elif quota["month"] < target:
            row.day, row.precision, row.at = day.replace(day=1), "month", None
            row.written = day.strftime("%B %Y")
            quota["month"] += 1


def _events(story: _Story) -> Case:
    by_sheet: dict[str, list[_Row]] = defaultdict(list)
    for row in story.rows:
        by_sheet[row.role].append(row)
    events: list[Event] = []
    truth: dict[str, str] = {}
    for role in sorted(by_sheet):
        sheet = story.sheets[role]
        rows = sorted(by_sheet[role], key=lambda r: (r.day, r.at or dt.time(0), r.seq))
        for number, row in enumerate(rows, start=sheet.first_row):
            source = Provenance(sheet.file, sheet.sheet, number)
            written = row.written or _written(row, sheet)
            events.append(
                Event(
                    source=source,
                    agency=sheet.agency,
                    date=row.day,
                    date_precision=row.precision,  # type: ignore[arg-type]
                    event_text=row.text,
                    time=row.at,
                    event_type=row.etype,
                    outcome=row.outcome,
                    date_as_written=written,
                )
            )
            truth[f"{source.file}|{source.sheet}|{source.row}"] = row.occ
    events.sort(key=lambda e: (e.date, e.source.file, e.source.sheet, e.source.row))
    return story.spec.name, events, truth


def _written(row: _Row, sheet: Sheet) -> str:
    style = sheet.date_style
    if "%H" in style and row.at is None:
        style = style.split(" ")[0]
    stamp = dt.datetime.combine(row.day, row.at or dt.time(0))
    return stamp.strftime(style)


def hard_cases() -> list[Case]:
    """The hard cases, the same on every call: (name, events, {source_key: occurrence_id})."""
    return [_build(spec) for spec in SPECS]


Pair = tuple[str, str]


def true_pairs(truth: dict[str, str], events: list[Event]) -> tuple[set[Pair], set[Pair]]:
    """(same-day pairs, date-noise pairs) of source keys that record the same occurrence."""
    by_key = {f"{e.source.file}|{e.source.sheet}|{e.source.row}": e for e in events}
    groups: dict[str, list[str]] = defaultdict(list)
    for key, occ in truth.items():
        groups[occ].append(key)
    same_day: set[Pair] = set()
    noisy: set[Pair] = set()
    for keys in groups.values():
        for a, b in combinations(sorted(keys), 2):
            ea, eb = by_key[a], by_key[b]
            plain = ea.date_precision == eb.date_precision == "day" and ea.date == eb.date
            (same_day if plain else noisy).add((a, b))
    return same_day, noisy


def main() -> None:
    for name, events, truth in hard_cases():
        same_day, noisy = true_pairs(truth, events)
        agencies = Counter(e.agency for e in events)
        years = (events[-1].date - events[0].date).days / 365.25
        print(
            f"{name}: {len(events)} events, {len(agencies)} agencies, {years:.1f} years, "
            f"{len(set(truth.values()))} occurrences, {len(same_day)} same-day true pairs, "
            f"{len(noisy)} date-noise pairs"
        )


if __name__ == "__main__":
    main()
