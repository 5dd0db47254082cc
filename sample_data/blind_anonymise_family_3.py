"""A third blind anonymisation test family: the Ward/Joyce family, Irish Travellers.

Written blind, like the other `blind_*` files: without reading the anonymiser, its rules, the
pseudonym scheme or the role reader, and without running the anonymiser on these data. It uses
the format of `tests/test_issue19_cases.py`, `sample_data/blind_anonymise_family.py` and
`sample_data/blind_anonymise_family_2.py` (people, relationships, expected pseudonyms, texts
with what must and must not appear, the identifying mentions in each text, secrets the workbook
does not hold, uncertain words), so the issue 19 tests and `bench/anonymise_truth.py` can run
it. Each expectation is what a careful human anonymiser would write; where a name is also an
ordinary word, a month, a title, a saint, a hospital ward or a practitioner's name, the words
around it decide, as a human reader decides, and the wording of each pseudonym follows the
closest example in those three files.

Where the first blind family stressed relationships and words that are names, and the second
stressed practitioners and places, this one stresses what neither did: a subject child known by
her middle name, which is also a month (June, born in June); a grandmother called May beside the
month and the verb; a stepfather who took his wife's surname (born Liam Selwood, now Liam Joyce,
and Selwood is also the town); a mother recorded under her married name (Kerry Ward) before she
went back to Joyce; a baby recorded as "Baby Joyce" and later registered under a name the
workbook does not hold; a deceased great-grandmother, Florence Ward, who died on the hospital's
Florence Ward; an aunt called Charity beside "a charity shop" and "Sister Charity"; a surname
that is a noun (Ward, "the ward", "site warden"); a step-sister called Mercedes beside a Mercedes
van; "Father Lally" the parish priest beside the child's father; saints' schools that carry a
relative's name (St Teresa's RC, St Martin's CE); particles (van Rensburg beside "the van",
Al-Rashidi, MacRory spelt McRory); practitioners whose names are family first names or ordinary
words (DC Martin, PC Kerry Ashurst, contact supervisor Joyce Akinwale, HV Precious Mhlanga
beside "precious photos", Miss Friday beside "on Friday", interpreter Cosmin Vlad); initials
(NK, PM beside "3pm"); "Author:" and "cc:" lines; a judge, magistrates, solicitors, a guardian,
a fostering agency worker; a caravan site, an encampment, streets with no street type, a flat
in a named tower block, a prison, a church, a pub, a police station named after the town; rows
typed in CAPITALS and in lower case (with a lower-case postcode); names spelt one letter off
(Kery, Martyn, Teressa, Joice); and "Mum (Kerry)" beside "Kerry's mum".

Everything is invented: the family, every practitioner, school, surgery, hospital, ward name as
used here, court, prison, church, pub, site, address and number. Postcode area ZQ does not
exist; phone numbers are in Ofcom's drama range (07700 900xxx); NHS numbers are in the 999 test
range with a valid check digit. Brackenshire, the council, is left in (an uncertain word);
Selwood and Kilnbrook, the towns, go.

The family (subject child Ellen June Ward, known as June, born 21 June 2019):
- parents Kerry Joyce (Kerry Ward while married) and Martin Ward, married 2017, divorced 2022
  after Martin's conviction for assaulting Kerry; their son Christopher "Christy" Ward (2017);
- Kerry married Liam Joyce (born Liam Selwood; he took her surname) in July 2023: stepfather
  (a step_parent relationship) to June and Christy; their daughter "Baby Joyce" (born 30 January
  2025, later registered as Bridget Mae Joyce, a name the workbook does not hold);
- Martin's partner since 2023 Florentina Rusu (Romanian, needs an interpreter) and her daughter
  Mercedes Rusu (2016);
- maternal grandparents May Joyce ("Nan May", "Granny May") and Patrick "Paddy" Joyce; their
  children Mary-Kate Joyce (maternal aunt; her son Jimmy, a cousin) and Augustine "Gus" Joyce
  (maternal uncle);
- paternal grandfather Michael Ward; his wife Teresa Ward, whom the workbook calls "Paternal
  grandmother" (she brought Martin up) though the tree makes her a step-grandmother; his late
  mother Florence Ward (died 2019); his daughter Charity Ward (paternal aunt);
- foster carer Sheena MacRory (from May 2024, June only; Christy lives with Nan May);
- Liam's mother Deirdre Selwood, named only in the texts.
"""

from __future__ import annotations

from sample_data import anonymise_family_kit as kit

__all__ = list(kit.FAMILY_EXPORTS)

TODAY, _d = kit.TODAY, kit._d

# (id, name, sex, born, role) -> expected pseudonym
BLIND_PEOPLE: list[kit.Person] = [
    ("T1", "Ellen June Ward", "F", "2019-06-21", "Subject child"),
    ("T2", "Kerry Joyce", "F", "1999-08-15", "Mum"),
    ("T3", "Martin Ward", "M", "1996-03-17", "Dad"),
    ("T4", "Christopher Ward", "M", "2017-10-05", "Brother"),
    ("T5", "Liam Joyce", "M", "1994-11-02", "Stepdad"),
    ("T6", "Baby Joyce", "F", "2025-01-30", "Half-sister"),
    ("T7", "Florentina Rusu", "F", "1997-12-03", "Dad's partner"),
    ("T8", "Mercedes Rusu", "F", "2016-07-22", ""),
    ("T9", "May Joyce", "F", "1977-05-12", "Nan (Mum's side)"),
    ("T10", "Patrick Joyce", "M", "1974-02-10", "Maternal grandfather"),
    ("T11", "Mary-Kate Joyce", "F", "2003-03-01", "Aunt"),
    ("T12", "Augustine Joyce", "M", "2005-08-28", "Uncle"),
    ("T13", "Jimmy Joyce", "M", "2022-09-14", "Cousin"),
    ("T14", "Michael Ward", "M", "1970-09-29", "Paternal grandfather"),
    ("T15", "Teresa Ward", "F", "1975-10-15", "Paternal grandmother"),
    ("T16", "Florence Ward", "F", "1938-02-02", "Great-Granny (died 2019)"),
    ("T17", "Charity Ward", "F", "1999-01-25", "Dad's sister"),
    ("T18", "Sheena MacRory", "F", "1968-06-30", "Foster carer"),
]
BLIND_RELATIONSHIPS: list[kit.Link] = [
    ("T2", "T1", "parent", "", ""),
    ("T3", "T1", "parent", "", ""),
    ("T2", "T4", "parent", "", ""),
    ("T3", "T4", "parent", "", ""),
    ("T2", "T3", "divorced", "2017-07-01", "2022-11-30"),
    # Kerry's husband since 2023 (he took her surname), stepfather to June and Christy; their
    # baby daughter: a half-sibling through the mother.
    ("T2", "T5", "married", "2023-07-08", ""),
    ("T5", "T1", "step_parent", "2023-07-08", ""),
    ("T5", "T4", "step_parent", "2023-07-08", ""),
    ("T2", "T6", "parent", "", ""),
    ("T5", "T6", "parent", "", ""),
    # Martin's partner since 2023 and her daughter (her father is not in the workbook).
    ("T3", "T7", "cohabiting", "2023-03-01", ""),
    ("T7", "T8", "parent", "", ""),
    # Maternal side.
    ("T9", "T2", "parent", "", ""),
    ("T10", "T2", "parent", "", ""),
    ("T9", "T10", "married", "1996-05-18", ""),
    ("T9", "T11", "parent", "", ""),
    ("T10", "T11", "parent", "", ""),
    ("T9", "T12", "parent", "", ""),
    ("T10", "T12", "parent", "", ""),
    ("T11", "T13", "parent", "", ""),
    # Paternal side: Martin's mother is not in the workbook; Teresa married his father in 2004.
    ("T16", "T14", "parent", "", ""),
    ("T14", "T3", "parent", "", ""),
    ("T14", "T17", "parent", "", ""),
    ("T14", "T15", "married", "2004-09-04", ""),
    # Care: June (not Christy) placed with a foster carer in May 2024.
    ("T18", "T1", "foster_parent", "2024-05-16", ""),
]
BLIND_EXPECTED = {
    "T1": "Child A",
    "T2": "Mother",
    "T3": "Father",
    "T4": "Sibling 1",  # a full sibling (as Kettleby's K22)
    "T5": "Stepfather",  # married to the mother, step_parent to the children (as M7)
    "T6": "Half-sibling 1",  # the mother's baby by the stepfather
    "T7": "Father's partner",  # as K16, on the father's side
    "T8": "Step-sibling 1",  # the father's partner's child (as K17 and W10)
    "T9": "Maternal grandmother",
    "T10": "Maternal grandfather",
    "T11": "Maternal aunt 1",
    "T12": "Maternal uncle 1",
    "T13": "Cousin 1",
    "T14": "Paternal grandfather",
    "T15": "Paternal grandmother",  # the workbook's role wins (tree: step-grandmother)
    "T16": "Paternal great-grandmother 1",  # deceased; as M22 and K10
    "T17": "Paternal aunt 1",
    "T18": "Foster carer 1",
}
# Workbook roles written to contradict the tree: Teresa Ward is married to the paternal
# grandfather but is not the father's mother, and the workbook calls her "Paternal grandmother".
BLIND_DISAGREE = {"T15"}

blind_family, BLIND_FAMILIES = kit.family_of(
    "blind_ward_joyce", BLIND_PEOPLE, BLIND_RELATIONSHIPS, BLIND_EXPECTED, BLIND_DISAGREE
)

# ---------------------------------------------------------------------- texts with traps
# Each row is a `kit.Row` (agency, text, must appear in the output, must not appear in the output,
# the identifying mentions in the text); BLIND_TEXTS and BLIND_MENTIONS are its columns. Within a
# row's mentions a longer mention comes before a shorter one it contains (they are masked in order),
# and no mention is also written, in the same case, as an ordinary word of its row (the month June,
# "in May", "the ward", "a charity shop", "the van", "a Mercedes van", "St Patrick's Day", "on
# Friday" stay, on purpose, though some are capitalised family names). Exact event dates (not dates
# of birth) are listed as mentions with no expectation either way: a review may publish them to the
# month.
_ROWS: list[kit.Row] = [
    (  # 0
        "Midwifery",
        "Kerry Ward (DOB 15/08/1999) delivered a girl, Ellen June, at 04:10 on Cavell Ward, "
        "Kilnbrook General Hospital. Father Martin Ward present. Baby to be known as June. "
        "Family live in a trailer on Plot 7, Gorsey Lane Travellers' Site, Selwood ZQ9 4HD.",
        ["Mother", "delivered a girl", "Child A", "at 04:10 on", "Father present",
         "Baby to be known as", "Family live in a trailer on"],
        ["Kerry", "Ward", "15/08/1999", "Ellen", "June", "Cavell", "Kilnbrook", "Martin",
         "Father Father", "Gorsey", "Selwood", "ZQ9 4HD"],
        ["Kerry Ward", "DOB 15/08/1999", "Ellen June", "Cavell Ward, Kilnbrook General Hospital",
         "Father Martin Ward", "June", "Plot 7, Gorsey Lane Travellers' Site, Selwood ZQ9 4HD"],
    ),
    (  # 1
        "Health Visiting",
        "NBV at Plot 7, Gorsey Lane. Baby June feeding well, 3.4kg. Mum Kerry says Nan May will "
        "stay in the trailer until the end of June. HV Precious Mhlanga; next contact may be at "
        "the clinic.",
        ["NBV at", "Child A feeding well, 3.4kg", "Mother says",
         "Maternal grandmother will stay in the trailer until the end of June",
         "next contact may be at the clinic"],
        ["Gorsey", "June feeding", "Kerry", "Nan May", "Precious", "Mhlanga"],
        ["Plot 7, Gorsey Lane", "Baby June", "Mum Kerry", "Nan May", "HV Precious Mhlanga"],
    ),
    (  # 2
        "GP",
        "New patient reg at Quansah Medical Practice: Ellen June WARD, DOB 21.06.19, NHS 999 "
        "274 3182, known as June; brother Christopher (Christy) Ward, DOB 05.10.17. No fixed "
        "abode – c/o Plot 7 Gorsey Lane. Registered by Dr Ruth Abernethy.",
        ["New patient reg at", "the GP practice", "Child A", "known as", "Sibling 1",
         "No fixed abode", "c/o", "Registered by"],
        ["Quansah", "Ellen", "June", "WARD", "21.06.19", "999 274 3182", "9992743182",
         "Christopher", "Christy", "Ward", "05.10.17", "Gorsey", "Ruth", "Abernethy"],
        ["Quansah Medical Practice", "Ellen June WARD", "DOB 21.06.19", "NHS 999 274 3182",
         "June", "Christopher (Christy) Ward", "DOB 05.10.17", "Plot 7 Gorsey Lane",
         "Dr Ruth Abernethy"],
    ),
    (  # 3
        "Police",
        "Intel 2021: Liam SELWOOD (now Liam Joyce), DOB 02/11/1994, linked to hare coursing and "
        "a stolen silver Mercedes van seen at the Mill Meadow encampment. OIC DC Martin, "
        "Selwood police station.",
        ["Intel 2021:", "Stepfather",
         "linked to hare coursing and a stolen silver Mercedes van seen at the", "encampment",
         "OIC", "police station"],
        ["Liam", "SELWOOD", "Selwood", "Joyce", "02/11/1994", "Mill Meadow", "DC Martin",
         "DC Father", "OIC Father"],
        ["Liam SELWOOD (now Liam Joyce)", "DOB 02/11/1994", "Mill Meadow", "DC Martin",
         "Selwood"],
    ),
    (  # 4
        "Children's Social Care",
        "MASH: contact from St Teresa's RC Primary School re Christy Ward (Y1) – says Liam 'hit "
        "Mammy with the van keys'. Duty team: Haverty. RAG amber; Precious (HV) to be informed.",
        ["MASH: contact from", "the primary school", "Sibling 1", "(Y1)", "Stepfather",
         "'hit Mammy with the van keys'", "Duty team:", "RAG amber", "to be informed"],
        ["Teresa", "St Paternal grandmother", "Christy", "Ward", "Liam", "Haverty", "Precious"],
        ["St Teresa's RC Primary School", "Christy Ward", "Liam", "Haverty", "Precious (HV)"],
    ),
    (  # 5
        "Police",
        "DA INCIDENT AT PLOT 7 GORSEY LANE SITE, SELWOOD. MARTIN WARD (DOB 17/03/1996) ASSAULTED "
        "KERRY WARD IN THE TRAILER IN FRONT OF JUNE AND CHRISTY. DASH HIGH. PC KERRY ASHURST AND "
        "PC 5521 ILYAS ATTENDED. MARTIN ARRESTED.",
        ["DA INCIDENT AT", "Father", "ASSAULTED", "Mother", "IN THE TRAILER IN FRONT OF",
         "Child A", "Sibling 1", "DASH HIGH", "ATTENDED", "ARRESTED"],
        ["GORSEY", "SELWOOD", "MARTIN", "WARD", "17/03/1996", "KERRY", "JUNE", "CHRISTY",
         "ASHURST", "5521", "ILYAS", "PC Mother", "PC MOTHER"],
        ["PLOT 7 GORSEY LANE SITE, SELWOOD", "MARTIN WARD", "DOB 17/03/1996", "KERRY WARD",
         "JUNE", "CHRISTY", "PC KERRY ASHURST", "PC 5521 ILYAS", "MARTIN"],
    ),
    (  # 6
        "Emergency Department",
        "A&E Kilnbrook General: Ellen Ward (June), 2y, spiral # L humerus. Mum Kery Ward says "
        "fell off the trailer step. Reviewed by Dr van Rensburg (paeds); admitted to Florence "
        "Ward for skeletal survey. Staff Nurse Bláthnaid Cuddihy informed CSC.",
        ["A&E", "Child A", "2y, spiral # L humerus", "Mother says fell off the trailer step",
         "Reviewed by", "(paeds)", "admitted to", "for skeletal survey", "informed CSC"],
        ["Kilnbrook", "Ellen", "June", "Kery", "Ward", "Rensburg", "Florence",
         "Paternal great-grandmother", "Bláthnaid", "Cuddihy"],
        ["Kilnbrook General", "Ellen Ward (June)", "Mum Kery Ward", "Dr van Rensburg",
         "Florence Ward", "Staff Nurse Bláthnaid Cuddihy"],
    ),
    (  # 7
        "Children's Social Care",
        "Strategy meeting 12/08/2021 (chair Haverty, TM). Present: Naomi Kettlewell SW, DC "
        "Martin, Dr van Rensburg, HV Mhlanga, Bex from TES. S47 agreed for June and Christy. "
        "Dad Martin to stay off the site pending bail.",
        ["Strategy meeting", "TM", "Present:", "from TES",
         "S47 agreed for Child A and Sibling 1", "Father to stay off the site pending bail"],
        ["Haverty", "Naomi", "Kettlewell", "DC Martin", "DC Father", "Rensburg", "Mhlanga",
         "Bex", "June", "Christy", "Dad Martin"],
        ["12/08/2021", "Haverty", "Naomi Kettlewell", "DC Martin", "Dr van Rensburg",
         "HV Mhlanga", "Bex", "June", "Christy", "Dad Martin"],
    ),
    (  # 8
        "Police",
        "Martin WARD charged with s18 GBH on Kerry. Remanded to HMP Wyvernholt. Bail address "
        "offered: his dad Michael's bungalow, 3 Larchways, Kilnbrook ZQ12 4PE – refused by the "
        "court.",
        ["Father", "charged with s18 GBH on Mother", "Remanded to", "Bail address offered:",
         "Paternal grandfather", "bungalow", "refused by the court"],
        ["Martin", "WARD", "Kerry", "Wyvernholt", "Michael", "Larchways", "Kilnbrook",
         "ZQ12 4PE"],
        ["Martin WARD", "Kerry", "HMP Wyvernholt", "his dad Michael",
         "3 Larchways, Kilnbrook ZQ12 4PE"],
    ),
    (  # 9
        "Health Visiting",
        "Home visit 9 Cherrytrees, Selwood ZQ9 2FT (Kerry's mum's bungalow). Kerry tearful; says "
        "she may go back on the road in May. Granny May Joyce says Kerry and the children can "
        "stay as long as needed.",
        ["Home visit", "bungalow", "Mother tearful; says she may go back on the road in May",
         "Maternal grandmother says", "Mother and the children can stay as long as needed"],
        ["Cherrytrees", "Selwood", "ZQ9 2FT", "Kerry", "May Joyce", "Joyce"],
        ["9 Cherrytrees, Selwood ZQ9 2FT", "Kerry's mum", "Kerry", "Granny May Joyce"],
    ),
    (  # 10
        "Education",
        "Class teacher Miss Friday reports Christy absent Mon–Fri last week; on Friday Mum "
        "(Kerry) said the family had gone to a horse fair up north.",
        ["Class teacher", "reports", "Sibling 1 absent Mon–Fri last week; on Friday", "Mother",
         "said the family had gone to a horse fair up north"],
        ["Miss Friday", "Christy", "Kerry"],
        ["Miss Friday", "Christy", "Mum (Kerry)"],
    ),
    (  # 11
        "Education",
        "TES: Bex Stanforth (Rebecca) visited Ravensworth Tower re Mercedes Rusu (Y3), St "
        "Martin's CE Primary; Mercedes has 62% attendance. Florentina needed a Romanian "
        "interpreter (Cosmin Vlad).",
        ["TES:", "visited", "Step-sibling 1", "(Y3)", "Step-sibling 1 has 62% attendance",
         "Father's partner needed a Romanian interpreter"],
        ["Bex", "Stanforth", "Rebecca", "Ravensworth", "Mercedes", "Rusu", "St Martin",
         "St Father", "Florentina", "Cosmin", "Vlad"],
        ["Bex Stanforth (Rebecca)", "Ravensworth Tower", "Mercedes Rusu",
         "St Martin's CE Primary", "Mercedes", "Florentina", "Cosmin Vlad"],
    ),
    (  # 12
        "Police",
        "Florentina RUSU (DOB 03/12/1997) reported via interpreter that Martin took her daughter "
        "Mercedes out in his silver Mercedes van without a car seat. Words of advice given to "
        "Martin Ward by PC Ilyas.",
        ["Father's partner", "reported via interpreter that Father took",
         "Step-sibling 1 out in his silver Mercedes van without a car seat",
         "Words of advice given to Father by"],
        ["Florentina", "RUSU", "03/12/1997", "Martin", "Ward", "Ilyas", "silver Step-sibling",
         "daughter Mercedes"],
        ["Florentina RUSU", "DOB 03/12/1997", "Martin Ward", "Martin", "her daughter Mercedes",
         "PC Ilyas"],
    ),
    (  # 13
        "Children's Social Care",
        "ICPC 02/09/2021 chaired by IRO Gwendolyn Rudge. Father Lally (parish priest, St "
        "Colman's) attended in support of Kerry. Father not invited (bail conditions). June and "
        "Christy made subject to CP plans, category physical abuse.",
        ["ICPC", "chaired by", "parish priest", "attended in support of Mother",
         "Father not invited (bail conditions)",
         "Child A and Sibling 1 made subject to CP plans, category physical abuse"],
        ["Gwendolyn", "Rudge", "Lally", "Colman", "Kerry", "June", "Christy"],
        ["02/09/2021", "IRO Gwendolyn Rudge", "Father Lally", "St Colman's", "Kerry", "June",
         "Christy"],
    ),
    (  # 14
        "Probation",
        "Martin Ward sentenced at Kilnbrook Crown Court by HHJ Aldersey to 30 months. Released "
        "on licence 14.02.2023 to AP; PO Delroy Vesey. Licence condition: no contact with Kerry "
        "Ward or the children except via CSC.",
        ["Father sentenced at", "to 30 months", "Released on licence", "to AP",
         "Licence condition: no contact with Mother or the children except via CSC"],
        ["Martin", "Ward", "Kilnbrook", "Aldersey", "Delroy", "Vesey", "Kerry"],
        ["Martin Ward", "Kilnbrook Crown Court", "HHJ Aldersey", "14.02.2023",
         "PO Delroy Vesey", "Kerry Ward"],
    ),
    (  # 15
        "Housing",
        "Brackenshire Council: Martin Ward added to tenancy at Flat 52, Ravensworth Tower, "
        "Kilnbrook ZQ12 6LW with partner Florentina Rusu and her girl. Lift out of order; 11th "
        "floor. Housing officer Gerry Houlihan.",
        ["Father added to tenancy at", "Father's partner", "and her girl",
         "Lift out of order; 11th floor", "Housing officer"],
        ["Martin", "Ward", "Ravensworth", "Kilnbrook", "ZQ12 6LW", "Florentina", "Rusu",
         "Gerry", "Houlihan"],
        ["Martin Ward", "Flat 52, Ravensworth Tower, Kilnbrook ZQ12 6LW",
         "partner Florentina Rusu", "Gerry Houlihan"],
    ),
    (  # 16
        "Children's Social Care",
        "Kerry married Liam at St Colman's on 08/07/2023; Liam has taken her surname and is now "
        "Liam Joyce (formerly Selwood). SW Kettlewell to complete DBS/PNC checks on Liam as "
        "stepfather.",
        ["Mother married Stepfather at", "has taken her surname",
         "to complete DBS/PNC checks on Stepfather as stepfather"],
        ["Kerry", "Liam", "Colman", "Joyce", "Selwood", "Kettlewell"],
        ["Kerry", "Liam Joyce (formerly Selwood)", "Liam", "St Colman's", "08/07/2023",
         "SW Kettlewell"],
    ),
    (  # 17
        "Health Visiting",
        "hv visit to kerry joyce, now at 2 furzebank, selwood zq9 7ns. 32/40, due end of jan. "
        "liam at work (groundworks). christy staying at nan may's; june still with foster "
        "carer. no concerns today – p.mhlanga",
        ["hv visit to Mother", "32/40, due end of jan", "Stepfather at work (groundworks)",
         "Sibling 1 staying at", "Maternal grandmother", "Child A still with foster carer",
         "no concerns today"],
        ["kerry", "joyce", "furzebank", "selwood", "zq9 7ns", "liam", "christy", "may's",
         "june", "mhlanga"],
        ["kerry joyce", "2 furzebank, selwood zq9 7ns", "liam", "christy", "nan may", "june",
         "p.mhlanga"],
    ),
    (  # 18
        "Midwifery",
        "Baby girl born 30/01/2025 05:52 to Kerry Joyce at Kilnbrook General, Delivery Suite; "
        "2.9kg. Not yet named – recorded as Baby Joyce, NHS 999 630 1524. Liam (FOB) present. "
        "MW Rosheen Gilhooly.",
        ["Baby girl", "to Mother at", "Delivery Suite; 2.9kg", "Not yet named",
         "recorded as Half-sibling 1", "Stepfather (FOB) present"],
        ["30/01/2025", "Kerry", "Joyce", "Kilnbrook", "999 630 1524", "9996301524", "Liam",
         "Rosheen", "Gilhooly"],
        ["born 30/01/2025", "Kerry Joyce", "Kilnbrook General", "Baby Joyce",
         "NHS 999 630 1524", "Liam", "MW Rosheen Gilhooly"],
    ),
    (  # 19
        "Health Visiting",
        "NBV: Kerry's baby still not named ('Baby Joyce' in the red book), feeding 3-hourly, "
        "cord off. Kerry's mum and Mary-Kate visiting daily. Christy asked if the baby can sleep "
        "in his bunk.",
        ["NBV:", "still not named", "in the red book", "feeding 3-hourly, cord off",
         "Maternal aunt 1 visiting daily", "Sibling 1 asked if the baby can sleep in his bunk"],
        ["Kerry", "Joyce", "Mary-Kate", "Kate", "Christy"],
        ["Kerry's mum", "Kerry", "Baby Joyce", "Mary-Kate", "Christy"],
    ),
    (  # 20
        "Children's Social Care",
        "Strategy 13/05/2024: June (4) seen at Dr Quansah's surgery with a burn to the back of "
        "the hand; Liam's account inconsistent. Duty SW: Olawuyi. Joint S47 with DC Martin. "
        "Christy to stay at Granny May's.",
        ["Strategy", "Child A (4) seen at", "with a burn to the back of the hand", "Stepfather",
         "account inconsistent", "Duty SW:", "Joint S47 with", "Sibling 1 to stay at",
         "Maternal grandmother"],
        ["June", "Quansah", "Liam", "Olawuyi", "DC Martin", "DC Father", "Christy", "May's"],
        ["13/05/2024", "June", "Dr Quansah's surgery", "Liam", "Olawuyi", "DC Martin",
         "Christy", "Granny May"],
    ),
    (  # 21
        "Children's Social Care",
        "EPO granted 16/05/2024 at Selwood Magistrates' Court (bench chair Mrs P. Oakhurst JP). "
        "June placed with foster carer Sheena MacRory, Oakwren Fostering; supervising SW Gethin "
        "Pugh-Ellis.",
        ["EPO granted", "bench chair", "Child A placed with", "Foster carer 1",
         "supervising SW"],
        ["Selwood", "Oakhurst", "June", "Sheena", "MacRory", "Oakwren", "Gethin", "Pugh",
         "Ellis"],
        ["16/05/2024", "Selwood Magistrates' Court", "Mrs P. Oakhurst JP", "June",
         "foster carer Sheena MacRory", "Oakwren Fostering", "Gethin Pugh-Ellis"],
    ),
    (  # 22
        "Fostering Service",
        "Supervising SW visit to Mrs McRory: June settled, sleeping through, calls her 'Auntie "
        "Sheena'. Contact with mum Tues/Thurs at Selwood Family Centre; contact supervisor Joyce "
        "Akinwale reports Kerry warm but often late.",
        ["Supervising SW visit to", "Foster carer 1",
         "Child A settled, sleeping through, calls her", "Contact with mum Tues/Thurs at",
         "contact supervisor", "reports Mother warm but often late"],
        ["McRory", "June", "Sheena", "Selwood", "Joyce", "Akinwale", "Kerry",
         "supervisor Mother", "supervisor Maternal"],
        ["Mrs McRory", "June", "'Auntie Sheena'", "Selwood Family Centre", "Joyce Akinwale",
         "Kerry"],
    ),
    (  # 23
        "Family Court",
        "CMH at Kilnbrook Family Court before HHJ Aldersey. Ms Noor Al-Rashidi (Ferrand Keogh) "
        "for Mum; Dad represented by Mr Crispin Greenhalgh. Guardian: Ailsa Thorogood. ISW to "
        "assess Nan May and Grandad Paddy.\ncc: N. Kettlewell (SW); Haverty (TM)",
        ["CMH at", "before", "represented by", "Guardian:",
         "ISW to assess Maternal grandmother and Maternal grandfather", "cc:", "(SW)", "(TM)"],
        ["Kilnbrook", "Aldersey", "Noor", "Al-Rashidi", "Rashidi", "Ferrand", "Keogh",
         "Crispin", "Greenhalgh", "Ailsa", "Thorogood", "May", "Paddy", "Kettlewell",
         "Haverty"],
        ["Kilnbrook Family Court", "HHJ Aldersey", "Ms Noor Al-Rashidi", "Ferrand Keogh",
         "Mr Crispin Greenhalgh", "Ailsa Thorogood", "Nan May", "Grandad Paddy",
         "N. Kettlewell", "Haverty"],
    ),
    (  # 24
        "Police",
        "Liam Joice (stepdad) arrested for drink-driving on the Selwood bypass, half a mile from "
        "the site. Breath 71. Bailed to 2 Furzebank. Kerry informed by PC Ashurst.",
        ["Stepfather", "arrested for drink-driving on the", "half a mile from the site",
         "Breath 71", "Bailed to", "Mother informed by"],
        ["Joice", "Liam", "Selwood", "Furzebank", "Kerry", "Ashurst"],
        ["Liam Joice (stepdad)", "Selwood", "2 Furzebank", "Kerry", "PC Ashurst"],
    ),
    (  # 25
        "Education",
        "June Ward (legal name Ellen) joined Year 1 at St Teresa's in Sept; Miss Friday says she "
        "is bright and loves the role-play van. Foster carer Sheena brings her; Nan Teresa "
        "collects on Fridays.",
        ["Child A", "joined Year 1 at", "in Sept", "says she is bright and loves the role-play van",
         "Foster carer 1 brings her", "Paternal grandmother collects on Fridays"],
        ["June", "Ellen", "Teresa", "Miss Friday", "Sheena", "St Paternal"],
        ["June Ward", "Ellen", "St Teresa's", "Miss Friday", "Foster carer Sheena",
         "Nan Teresa"],
    ),
    (  # 26
        "GP",
        "Michael Ward (DOB 29/09/1970) seen at Dr Quansah's surgery, low since the anniversary "
        "of his mother's death: the late Florence Ward died on Florence Ward at Kilnbrook "
        "General in 2019. Teresa (his wife) and Charity (his daughter) worried about his "
        "drinking.",
        ["Paternal grandfather", "seen at",
         "low since the anniversary of his mother's death: the late Paternal great-grandmother "
         "1 died on", "in 2019",
         "Paternal grandmother and Paternal aunt 1 worried about his drinking"],
        ["Michael", "Ward", "29/09/1970", "Quansah", "Florence",
         "died on Paternal great-grandmother", "Kilnbrook", "Teresa", "Charity"],
        ["Michael Ward", "DOB 29/09/1970", "Dr Quansah's surgery", "Florence Ward",
         "Kilnbrook General", "Teresa (his wife)", "Charity (his daughter)"],
    ),
    (  # 27
        "Children's Social Care",
        "Viability: Aunt Charity Ward (Dad's sister), 25, single, lives in a static caravan at "
        "Gorsey Lane. Works in a charity shop. Positive about caring for June; says Florentina "
        "'is no good for Martin'.",
        ["Viability:", "Paternal aunt 1", "25, single, lives in a static caravan at",
         "Works in a charity shop", "Positive about caring for Child A", "Father's partner",
         "'is no good for Father'"],
        ["Charity Ward", "Gorsey", "June", "Florentina", "Martin"],
        ["Aunt Charity Ward (Dad's sister)", "Gorsey Lane", "June", "Florentina", "Martin"],
    ),
    (  # 28
        "School Nursing",
        "School nurse (St Teresa's): Christopher Ward, Y2, DOB 05/10/2017, bedwetting and "
        "nightmares about 'Daddy and the police'. Lives with Granny May Joyce and Grandad Paddy "
        "at 9 Cherrytrees.",
        ["School nurse", "Sibling 1", "Y2",
         "bedwetting and nightmares about 'Daddy and the police'",
         "Lives with Maternal grandmother and Maternal grandfather"],
        ["Teresa", "Christopher", "Ward", "05/10/2017", "May", "Joyce", "Paddy",
         "Cherrytrees"],
        ["St Teresa's", "Christopher Ward", "DOB 05/10/2017", "Granny May Joyce",
         "Grandad Paddy", "9 Cherrytrees"],
    ),
    (  # 29
        "Police",
        "Call from Patrick Joyce (MGF), 07700 900605: Liam turned up drunk at the St Patrick's "
        "Day party at the community hall and threatened Kerry. Paddy took Christy home. "
        "Officer: Sgt Vokes.",
        ["Call from", "Maternal grandfather",
         "Stepfather turned up drunk at the St Patrick's Day party at the community hall and "
         "threatened Mother", "Maternal grandfather took Sibling 1 home", "Officer:"],
        ["Patrick Joyce", "Joyce", "07700 900605", "900605", "Liam", "Kerry", "Paddy",
         "Christy", "Vokes"],
        ["Patrick Joyce (MGF)", "07700 900605", "Liam", "Kerry", "Paddy", "Christy",
         "Sgt Vokes"],
    ),
    (  # 30
        "Children's Social Care",
        "Home visit to 2 Furzebank by NK and PM at 3pm. Kerry and Liam present; Liam smelt of "
        "alcohol. June's bedroom had no bedding.\nAuthor: NK (Naomi Kettlewell, SW)",
        ["Home visit to", "at 3pm", "Mother and Stepfather present; Stepfather smelt of alcohol",
         "Child A's bedroom had no bedding", "Author:"],
        ["Furzebank", "NK", "PM", "Kerry", "Liam", "June", "Naomi", "Kettlewell"],
        ["NK (Naomi Kettlewell, SW)", "2 Furzebank", "NK", "PM", "Kerry", "Liam", "June"],
    ),
    (  # 31
        "Police",
        "DVDS disclosure to Florentina Rusu re Martin's history, via Romanian interpreter Mr "
        "Vlad. Florentina said she knew 'some of it' and will not leave him. Mercedes (8) not "
        "present.",
        ["DVDS disclosure to Father's partner re Father's history, via Romanian interpreter",
         "Father's partner said she knew 'some of it' and will not leave him",
         "Step-sibling 1 (8) not present"],
        ["Florentina", "Rusu", "Martin", "Vlad", "Mercedes"],
        ["Florentina Rusu", "Martin", "Mr Vlad", "Florentina", "Mercedes"],
    ),
    (  # 32
        "Police",
        "CONCERN FOR WELFARE: JUNE (ELLEN) WARD, 4, FOUND ALONE IN A VAN ON GORSEY LANE SITE AT "
        "22:10. MUM KERRY JOYCE LOCATED AT NAN MAY'S BUNGALOW. MAY BE PASSED TO MASH.",
        ["CONCERN FOR WELFARE:", "Child A", "4, FOUND ALONE IN A VAN ON", "SITE AT 22:10",
         "Mother LOCATED AT", "Maternal grandmother", "BUNGALOW", "MAY BE PASSED TO MASH"],
        ["JUNE", "ELLEN", "WARD", "KERRY", "JOYCE", "NAN MAY", "GORSEY"],
        ["JUNE (ELLEN) WARD", "GORSEY LANE", "MUM KERRY JOYCE", "NAN MAY"],
    ),
    (  # 33
        "GP",
        "Kerry Joyce (prev. Ward), DOB 15-Aug-99: 6/52 postnatal check at Dr Quansah's surgery. "
        "EPDS 16, referred to perinatal MH. Baby Joyce now registered as Bridget Mae Joyce.",
        ["Mother", "6/52 postnatal check at", "EPDS 16, referred to perinatal MH",
         "Half-sibling 1 now registered as"],
        ["Kerry", "Joyce", "Ward", "15-Aug-99", "Quansah", "Bridget", "Mae"],
        ["Kerry Joyce (prev. Ward)", "DOB 15-Aug-99", "Dr Quansah's surgery",
         "Bridget Mae Joyce", "Baby Joyce"],
    ),
    (  # 34
        "Children's Social Care",
        "PLO letter before proceedings sent to Kerry and Liam re baby Bridget and June. Legal "
        "gateway chaired by Haverty.\ncc: Ms Al-Rashidi; HV Precious Mhlanga; IRO G. Rudge",
        ["PLO letter before proceedings sent to Mother and Stepfather re",
         "Half-sibling 1 and Child A", "Legal gateway chaired by", "cc:"],
        ["Kerry", "Liam", "Bridget", "June", "Haverty", "Al-Rashidi", "Rashidi", "Precious",
         "Mhlanga", "Rudge"],
        ["Kerry", "Liam", "baby Bridget", "June", "Haverty", "Ms Al-Rashidi",
         "HV Precious Mhlanga", "IRO G. Rudge"],
    ),
    (  # 35
        "Police",
        "Augustine 'Gus' Joyce (Kerry's brother), 18, arrested in August after a fight with "
        "Liam outside the Ploughshare pub, Selwood. Gus says Liam 'has been hurting our Kerry "
        "for months'.",
        ["Maternal uncle 1", "18, arrested in August after a fight with Stepfather outside",
         "pub", "says Stepfather 'has been hurting our Mother for months'"],
        ["Augustine", "Gus", "Joyce", "Kerry", "Liam", "Ploughshare", "Selwood"],
        ["Augustine 'Gus' Joyce (Kerry's brother)", "Liam", "Ploughshare", "Selwood", "Gus",
         "Kerry"],
    ),
    (  # 36
        "Children's Social Care",
        "Mary-Kate Joyce (maternal aunt) offered to have Christy at weekends; she lives with her "
        "son Jimmy (2) in a trailer at Gorsey Lane, plot 9. Mary Kate said Liam is 'banned from "
        "the site'.",
        ["Maternal aunt 1", "offered to have Sibling 1 at weekends; she lives with", "Cousin 1",
         "(2) in a trailer at", "said Stepfather is 'banned from the site'"],
        ["Mary", "Kate", "Joyce", "Christy", "Jimmy", "Gorsey", "Liam"],
        ["Mary-Kate Joyce (maternal aunt)", "Christy", "her son Jimmy", "Gorsey Lane, plot 9",
         "Mary Kate", "Liam"],
    ),
    (  # 37
        "Fostering Service",
        "SSW visit (Oakwren Fostering). Mrs MacRory reports June had a nosebleed after contact; "
        "June said 'Liam's van is scary'. Logged and passed to SW.\nAuthor: G. Pugh-Ellis, SSW",
        ["SSW visit", "Foster carer 1 reports Child A had a nosebleed after contact",
         "said 'Stepfather's van is scary'", "Logged and passed to SW", "Author:"],
        ["Oakwren", "MacRory", "June", "Liam", "Pugh", "Ellis"],
        ["Oakwren Fostering", "Mrs MacRory", "June", "Liam", "G. Pugh-Ellis"],
    ),
    (  # 38
        "Health Visiting",
        "Precious (HV) saw Kerry with baby Bridget at 2 Furzebank. Kerry showed her precious "
        "photos of June; said she 'only gets an hour a week' with her. Bridget gaining weight.",
        ["saw Mother with Half-sibling 1", "Mother showed her precious photos of Child A",
         "said she 'only gets an hour a week' with her", "Half-sibling 1 gaining weight"],
        ["Precious", "Kerry", "Bridget", "Furzebank", "June"],
        ["Precious (HV)", "Kerry", "baby Bridget", "2 Furzebank", "June", "Bridget"],
    ),
    (  # 39
        "Police",
        "Martyn Ward (DOB 17.03.96) seen at Gorsey Lane site with Kerry Joyce – breach of licence "
        "(no contact). Recalled to HMP Wyvernholt. Sister Charity Ward says he 'only came for "
        "the horses'.",
        ["Father", "seen at", "site with Mother", "breach of licence (no contact)",
         "Recalled to", "Paternal aunt 1 says he 'only came for the horses'"],
        ["Martyn", "Ward", "17.03.96", "Gorsey", "Kerry", "Joyce", "Wyvernholt", "Charity"],
        ["Martyn Ward", "DOB 17.03.96", "Gorsey Lane", "Kerry Joyce", "HMP Wyvernholt",
         "Sister Charity Ward"],
    ),
    (  # 40
        "Children's Social Care",
        "Family group conference at Selwood Family Centre: the Ward family (Michael, Teressa, "
        "Charity) and the Joyce family (May, Paddy, Mary-Kate) attended; Father Lally opened "
        "with a prayer. Plan: June to remain with Mrs MacRory.",
        ["Family group conference at", "Paternal grandfather", "Paternal grandmother",
         "Paternal aunt 1", "Maternal grandmother", "Maternal grandfather", "Maternal aunt 1",
         "attended", "opened with a prayer", "Plan: Child A to remain with Foster carer 1"],
        ["Selwood", "Ward", "Michael", "Teressa", "Charity", "Joyce", "May", "Paddy",
         "Mary-Kate", "Lally", "June", "MacRory"],
        ["Selwood Family Centre", "the Ward family", "Michael", "Teressa", "Charity",
         "the Joyce family", "May", "Paddy", "Mary-Kate", "Father Lally", "June",
         "Mrs MacRory"],
    ),
    (  # 41
        "Family Court",
        "Final hearing 10/07/2025 at Kilnbrook Family Court before HHJ Aldersey: full care order "
        "for June (long-term foster placement); supervision order for Bridget at home with Kerry "
        "and Liam. Guardian Ailsa Thorogood supported the plan.",
        ["Final hearing", "before", "full care order for Child A (long-term foster placement)",
         "supervision order for Half-sibling 1 at home with Mother and Stepfather", "Guardian",
         "supported the plan"],
        ["Kilnbrook", "Aldersey", "June", "Bridget", "Kerry", "Liam", "Ailsa", "Thorogood"],
        ["10/07/2025", "Kilnbrook Family Court", "HHJ Aldersey", "June", "Bridget", "Kerry",
         "Liam", "Ailsa Thorogood"],
    ),
    (  # 42
        "Education",
        "bex (TES) home visit - martin's van parked on plot 7 again. florentina + mercedes "
        "living in the van on site while flat being fumigated. mercedes not in school 2 wks.",
        ["(TES) home visit", "Father's van parked on plot 7 again",
         "Father's partner + Step-sibling 1 living in the van on site while flat being "
         "fumigated", "Step-sibling 1 not in school 2 wks"],
        ["bex", "martin", "florentina", "mercedes"],
        ["bex", "martin", "florentina", "mercedes"],
    ),
    (  # 43
        "GP",
        "Ellen June Ward, born 21st June 2019 (NHS 999 274 3182): LAC health assessment by Dr "
        "Abernethy. Known as June. Growth now on 25th centile; eczema improved. Mrs MacRory "
        "present.",
        ["Child A", "LAC health assessment by", "Known as",
         "Growth now on 25th centile; eczema improved", "Foster carer 1 present"],
        ["Ellen", "June", "Ward", "21st June 2019", "999 274 3182", "9992743182", "Abernethy",
         "MacRory"],
        ["Ellen June Ward", "born 21st June 2019", "NHS 999 274 3182", "Dr Abernethy", "June",
         "Mrs MacRory"],
    ),
    (  # 44
        "Children's Social Care",
        "Pre-birth assessment: unborn baby of Kerry Joyce (EDD 28/01/2025). Father of the baby: "
        "Liam Joyce. Concerns: Liam's drinking, June's injuries. Recommendation: ICPC pre-birth.",
        ["Pre-birth assessment: unborn baby of Mother", "Father of the baby: Stepfather",
         "Concerns:", "drinking", "Child A's injuries", "Recommendation: ICPC pre-birth"],
        ["Kerry", "Joyce", "Liam", "June", "baby: Father"],
        ["Kerry Joyce", "28/01/2025", "Liam Joyce", "Liam", "June"],
    ),
    (  # 45
        "Children's Social Care",
        "Deirdre Selwood, Liam's mum, rang from 07700 900713: she has not seen her son since he "
        "'became a Joyce' and is worried about the baby. Lives in Selwood; not known to "
        "services.",
        ["Stepfather", "rang from", "she has not seen her son since he",
         "and is worried about the baby", "not known to services"],
        ["Deirdre", "Selwood", "Liam", "07700 900713", "900713", "Joyce"],
        ["Deirdre Selwood", "Liam", "07700 900713", "Joyce", "Selwood"],
    ),
    (  # 46
        "Children's Social Care",
        "Contact at Selwood Family Centre: Mum (Kerry) and Kerry's mum May both came; Kerry's "
        "mum brought a cake as June turns 5 on Friday. Supervisor: Joyce A.",
        ["Contact at", "Mother", "Maternal grandmother both came",
         "brought a cake as Child A turns 5 on Friday", "Supervisor:"],
        ["Selwood", "Kerry", "May", "June", "Joyce A."],
        ["Selwood Family Centre", "Mum (Kerry)", "Kerry's mum May", "Kerry's mum", "June",
         "Joyce A."],
    ),
]  # fmt: skip

BLIND_TEXTS, BLIND_MENTIONS = kit.columns(_ROWS)
# Words whose status is uncertain (the name of the council): left in and listed in the
# residual report.
BLIND_UNCERTAIN = ["Brackenshire"]
# Secrets the family workbook does not hold (learned from texts): practitioners (with their
# initials), organisations, the stepfather's former surname (also the town), his mother, the
# baby's registered name, nicknames, names as misspelt, addresses, a caravan site and an
# encampment, postcodes, phone and NHS numbers, and dates of birth as written.
BLIND_OTHER_SECRETS = [
    # practitioners
    "Precious", "Mhlanga", "PM", "Naomi", "Kettlewell", "NK", "Haverty", "Olawuyi",
    "Gwendolyn", "Rudge", "Lally", "Rosheen", "Gilhooly", "Delroy", "Vesey", "Bláthnaid",
    "Cuddihy", "Rensburg", "Ruth", "Abernethy", "Bex", "Stanforth", "Rebecca", "Gerry",
    "Houlihan", "Akinwale", "Noor", "Al-Rashidi", "Crispin", "Greenhalgh", "Ailsa",
    "Thorogood", "Oakhurst", "Gethin", "Pugh-Ellis", "Cosmin", "Vlad", "Aldersey", "Ashurst",
    "Ilyas", "5521", "Vokes", "Miss Friday",
    # people and names learned only from the texts
    "Selwood", "SELWOOD", "Deirdre", "Bridget", "Mae",
    # nicknames and misspellings
    "Christy", "Gus", "Paddy", "Mary Kate", "Kery", "Martyn", "Teressa", "Joice", "McRory",
    # places and organisations
    "Kilnbrook", "Cavell", "Gorsey", "Mill Meadow", "Cherrytrees", "Larchways", "Furzebank",
    "Ravensworth", "Quansah", "Colman", "Wyvernholt", "Ploughshare", "Oakwren", "Ferrand",
    "Keogh",
    "ZQ9 4HD", "ZQ9 2FT", "ZQ12 4PE", "ZQ12 6LW", "zq9 7ns",
    # numbers
    "07700 900605", "07700 900713", "999 274 3182", "999 630 1524",
    # dates of birth as written
    "15/08/1999", "21.06.19", "05.10.17", "02/11/1994", "17/03/1996", "03/12/1997",
    "30/01/2025", "29/09/1970", "05/10/2017", "15-Aug-99", "17.03.96", "21st June 2019",
]  # fmt: skip
