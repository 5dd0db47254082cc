"""A second blind anonymisation test family: the Brown/Mensah family (practitioners, places).

Written blind, like the other `blind_*` files: without reading the anonymiser, its rules, the
pseudonym scheme or the role reader, and without running the anonymiser on these data. It uses
the format of `tests/test_issue19_cases.py` and of `sample_data/blind_anonymise_family.py`
(people, relationships, expected pseudonyms, texts with what must and must not appear, the
identifying mentions in each text, secrets the workbook does not hold, uncertain words), so the
issue 19 tests and `bench/anonymise_truth.py --set blind-2` can run it. Each expectation is what
a careful human anonymiser would write; where a name is shared (by two relatives, or by a
relative and a practitioner) the words around it decide, as a human reader decides, and the
wording of each pseudonym follows the closest example in those two files.

Where the first blind family stressed relationships and names that are ordinary words, this one
stresses what it did not: practitioners written every way a chronology writes them ("J. Patel
(SW)", "SW Khan", "Dr Okoro", "PC 4471 Begum", "HV Sarah Kelly", "Nurse Murphy", "DS Nowak",
"the IRO, Mr Singh", "Priya from the MASH", an e-mail address, a signature line), many with
surnames that a relative also carries (Kelly, Murphy, Nowak, Singh, Brown); places (schools,
a nursery, a medical centre, a hospital and its ward, a children's centre, a hostel, a refuge, a
housing association, flats, streets, house numbers, postcodes with and without the space, towns,
saints' names with both apostrophes); family names in awkward forms (double-barrelled, with and
without the hyphen, after initials, in capitals, typed in lower case, nicknames in quotes and
brackets, possessives with ' and ’, Polish letters); terse rows with CSC, MASH, ICPC, RCPC,
S47, ED, A&E, HV, DA, NFA, RUI, PLO, CLA and UK date styles.

Everything is invented: the family, every practitioner, school, nursery, surgery, hospital,
ward, hostel, refuge, housing association, address and number. Postcode area ZQ does not exist;
phone numbers are in Ofcom's drama range (07700 900xxx); NHS numbers are in the 999 test range
with a valid check digit; the National Insurance number uses the never-issued QQ prefix.
Ormesfield, the council, is left in (an uncertain word); Sallowby and Calderholt, the towns, go.

The family (subject child Tayla Brown-Mensah, born 14 July 2019):
- parents Kelly Brown and Kwame Mensah (cohabiting 2018-22, separated after domestic abuse);
  their second daughter Skye Brown-Mensah (2021);
- Kelly's son Riley Murphy (2015) by Declan Murphy (no partnership recorded);
- Kwame's former partner Abena Owusu and their son Kwame Mensah junior ("KJ", 2016): a father
  and son who share a whole name;
- Kelly's partner since 2023 Kazimierz "Kaz" Nowak and his daughter Zofia Nowak (2013), whose
  mother (Małgorzata Wiśniewska) is not in the workbook;
- maternal grandmother Joy Brown, her husband Frank Brown (the workbook says "Maternal
  grandfather"; the tree makes him a step-grandfather: he is not Kelly's father), her mother
  Bridget Doherty ("Bridie"), her children Penny Brown and Mark Brown (maternal aunt and uncle);
- paternal grandparents Kofi Mensah and Joy Mensah (two grandmothers called Joy), and Kwame's
  sister Blessing Mensah;
- foster carer Gurpreet Singh (2024), while the IRO is a Mr Singh;
- Kelly's boyfriend of autumn 2022, "Deano" (Dean Ashworth-Lyle), named only in the texts.
Practitioners who share a surname with a relative: HV Sarah Kelly and contact worker Gemma Kelly
(the mother is Kelly), Nurse Murphy (Riley and Declan Murphy), DS Nowak (Kaz Nowak), the IRO Mr
Singh (the foster carer), school nurse Helen Brown (the Browns); Tom Reilly, family support
worker, against Riley. Names that are ordinary words: Joy, Frank, Penny, Mark, Blessing, Brown,
and the practitioner Green.
"""

from __future__ import annotations

from sample_data import anonymise_family_kit as kit

__all__ = list(kit.FAMILY_EXPORTS)

TODAY, _d = kit.TODAY, kit._d

# (id, name, sex, born, role) -> expected pseudonym
BLIND_PEOPLE: list[kit.Person] = [
    ("W1", "Tayla Brown-Mensah", "F", "2019-07-14", "Subject child"),
    ("W2", "Kelly Brown", "F", "1997-03-22", "Mum"),
    ("W3", "Kwame Mensah", "M", "1993-11-05", "Dad"),
    ("W4", "Skye Brown-Mensah", "F", "2021-12-24", "Sister"),
    ("W5", "Riley Murphy", "M", "2015-06-30", "Half-brother"),
    ("W6", "Declan Murphy", "M", "1994-01-12", "Half-brother's dad"),
    ("W7", "Kwame Mensah", "M", "2016-09-03", "Half-brother (dad's side)"),
    ("W8", "Abena Owusu", "F", "1995-08-19", "Dad's ex"),
    ("W9", "Kazimierz Nowak", "M", "1990-09-09", "Mum's partner"),
    ("W10", "Zofia Nowak", "F", "2013-05-05", ""),
    ("W11", "Joy Brown", "F", "1972-12-01", "Nan"),
    ("W12", "Frank Brown", "M", "1970-04-09", "Maternal grandfather"),
    ("W13", "Bridget Doherty", "F", "1948-03-17", "Great-Gran"),
    ("W14", "Penny Brown", "F", "1999-10-10", "Aunt"),
    ("W15", "Mark Brown", "M", "2001-06-06", "Uncle"),
    ("W16", "Joy Mensah", "F", "1968-05-25", "Paternal grandmother"),
    ("W17", "Kofi Mensah", "M", "1965-02-02", "Paternal grandfather"),
    ("W18", "Blessing Mensah", "F", "1996-04-04", "Dad's sister"),
    ("W19", "Gurpreet Singh", "F", "1975-10-30", "Foster carer"),
]
BLIND_RELATIONSHIPS: list[kit.Link] = [
    ("W2", "W1", "parent", "", ""),
    ("W3", "W1", "parent", "", ""),
    ("W2", "W4", "parent", "", ""),
    ("W3", "W4", "parent", "", ""),
    ("W2", "W3", "cohabiting", "2018-02-01", "2022-09-02"),
    # Kelly's son by Declan (no partnership recorded): half-sibling through the mother.
    ("W2", "W5", "parent", "", ""),
    ("W6", "W5", "parent", "", ""),
    # Kwame's former partner and their son, who has his father's whole name.
    ("W3", "W7", "parent", "", ""),
    ("W8", "W7", "parent", "", ""),
    ("W3", "W8", "partners", "2014-06-01", "2017-03-31"),
    # Kelly's partner since 2023 and his daughter (her mother is not in the workbook).
    ("W2", "W9", "cohabiting", "2023-02-01", ""),
    ("W9", "W10", "parent", "", ""),
    # Maternal side: Kelly's father is not known; Frank married her mother in 2003.
    ("W11", "W2", "parent", "", ""),
    ("W11", "W14", "parent", "", ""),
    ("W11", "W15", "parent", "", ""),
    ("W11", "W12", "married", "2003-05-24", ""),
    ("W13", "W11", "parent", "", ""),
    # Paternal side.
    ("W16", "W3", "parent", "", ""),
    ("W17", "W3", "parent", "", ""),
    ("W16", "W17", "married", "1990-08-11", ""),
    ("W16", "W18", "parent", "", ""),
    ("W17", "W18", "parent", "", ""),
    # Care: both girls placed with a foster carer in March 2024.
    ("W19", "W1", "foster_parent", "2024-03-08", ""),
    ("W19", "W4", "foster_parent", "2024-03-08", ""),
]
BLIND_EXPECTED = {
    "W1": "Child A",
    "W2": "Mother",
    "W3": "Father",
    "W4": "Sibling 1",  # a full sibling (as Kettleby's K22)
    "W5": "Half-sibling 1",
    "W6": "Half-sibling 1's father",  # no partnership with the mother recorded (as K4)
    "W7": "Half-sibling 2",
    "W8": "Father's former partner",  # as K11: former partner and mother of a half-sibling
    "W9": "Mother's partner",  # as K16
    "W10": "Step-sibling 1",  # as K17: the mother's partner's child
    "W11": "Maternal grandmother",
    "W12": "Maternal grandfather",  # the workbook's role wins (tree: step-grandfather), as A11
    "W13": "Maternal great-grandmother 1",
    "W14": "Maternal aunt 1",
    "W15": "Maternal uncle 1",
    "W16": "Paternal grandmother",
    "W17": "Paternal grandfather",
    "W18": "Paternal aunt 1",
    "W19": "Foster carer 1",
}
# Workbook roles written to contradict the tree: Frank Brown is married to the maternal
# grandmother but is not the mother's father, and the workbook calls him "Maternal grandfather".
BLIND_DISAGREE = {"W12"}

blind_family, BLIND_FAMILIES = kit.family_of(
    "blind_brown_mensah", BLIND_PEOPLE, BLIND_RELATIONSHIPS, BLIND_EXPECTED, BLIND_DISAGREE
)

# ---------------------------------------------------------------------- texts with traps
# Each row is a `kit.Row` (agency, text, must appear in the output, must not appear in the output,
# the identifying mentions in the text); BLIND_TEXTS and BLIND_MENTIONS are its columns. Within a
# row's mentions a longer mention comes before a shorter one it contains (they are masked in order).
# Exact event dates (not dates of birth) are listed as mentions with no expectation either way: a
# review may publish them to the month.
_ROWS: list[kit.Row] = [
    (  # 0
        "Midwifery",
        "Booking appt. Kelly BROWN, d.o.b. 22.03.97, G2 P1, EDD July 2019. Lives Flat 3, 27b "
        "Cobbold Street, Sallowby ZQ4 7NE with FOB Kwame Mensah and son Riley (3). MW Aoife "
        "Gallagher.",
        ["Booking appt", "Mother", "G2 P1, EDD July 2019", "Father", "Half-sibling 1 (3)"],
        ["Kelly", "BROWN", "22.03.97", "Cobbold", "Sallowby", "ZQ4 7NE", "Kwame", "Mensah",
         "Riley", "Aoife", "Gallagher"],
        ["Kelly BROWN", "d.o.b. 22.03.97", "Flat 3, 27b Cobbold Street, Sallowby ZQ4 7NE",
         "FOB Kwame Mensah", "son Riley", "MW Aoife Gallagher"],
    ),
    (  # 1
        "Midwifery",
        "Tayla Brown-Mensah born 14-Jul-2019 09:12 at Wrenfold General Hospital, Delivery "
        "Suite, 3.2kg. Kwame present. Mum declined Vit K initially, consented after discussion.",
        ["Child A", "Delivery Suite, 3.2kg", "Father present",
         "declined Vit K initially, consented after discussion"],
        ["Tayla", "Brown", "Mensah", "14-Jul-2019", "Wrenfold", "Kwame"],
        ["Tayla Brown-Mensah", "born 14-Jul-2019", "Wrenfold General Hospital", "Kwame"],
    ),
    (  # 2
        "Health Visiting",
        "NBV. HV Sarah Kelly saw Kelly and baby Tayla at home. Kelly's mum Joy Brown present "
        "and supportive; Joy said 'it's a joy to have a granddaughter'. Dad at work.",
        ["NBV", "Mother", "Child A", "at home", "Maternal grandmother",
         "present and supportive", "'it's a joy to have a granddaughter'", "at work"],
        ["Sarah", "Kelly", "Tayla", "Joy", "Brown", "HV Mother", "Paternal grandmother"],
        ["HV Sarah Kelly", "Kelly's mum Joy Brown", "Kelly", "baby Tayla", "Joy"],
    ),
    (  # 3
        "Police",
        "DA incident 02/09/2022 at Flat 3, 27b Cobbold St. Kelly Brown (DOB 22/03/1997) reports "
        "partner Kwame MENSAH (DOB 05/11/1993) grabbed her by the throat in front of Tayla and "
        "Skye. DASH high. PC 4471 Begum attended. Kwame arrested, later NFA.",
        ["DA incident", "Mother", "Father", "grabbed her by the throat in front of",
         "Child A and Sibling 1", "DASH high", "attended", "arrested, later NFA"],
        ["Cobbold", "Kelly", "Brown", "22/03/1997", "Kwame", "MENSAH", "05/11/1993", "Tayla",
         "Skye", "4471", "Begum"],
        ["02/09/2022", "Flat 3, 27b Cobbold St", "Kelly Brown", "DOB 22/03/1997",
         "partner Kwame MENSAH", "DOB 05/11/1993", "Tayla", "Skye", "PC 4471 Begum", "Kwame"],
    ),
    (  # 4
        "Children's Social Care",
        "MASH contact from police. Priya from the MASH RAG-rated amber; passed to Assessment "
        "Team. Info shared with HV and St Anne’s. Contact: p.shah@ormesfield.gov.uk.",
        ["MASH contact from police", "the MASH", "RAG-rated amber", "passed to Assessment Team",
         "Info shared with HV and"],
        ["Priya", "p.shah", "Anne", "@ormesfield"],
        ["Priya", "St Anne’s", "p.shah@ormesfield.gov.uk"],
    ),
    (  # 5
        "Children's Social Care",
        "Strategy discussion chaired by TM. Present: J. Patel (SW), DS Nowak, HV Sarah Kelly, "
        "Dr Okoro (GP, Hollinsbrook Medical Centre). Agreed S47 for Tayla and Skye. Kelly to "
        "be seen alone.",
        ["Strategy discussion chaired by TM", "Present:", "Agreed S47 for Child A and Sibling 1",
         "Mother to be seen alone"],
        ["Patel", "Nowak", "Sarah", "Kelly", "Okoro", "Hollinsbrook", "Tayla", "Skye",
         "Mother's partner", "HV Mother"],
        ["J. Patel (SW)", "DS Nowak", "HV Sarah Kelly", "Dr Okoro",
         "Hollinsbrook Medical Centre", "Tayla", "Skye", "Kelly"],
    ),
    (  # 6
        "GP",
        "Tayla BROWN-MENSAH, NHS 999 305 7185, DOB 14/7/19. Seen by Dr Okoro with mum. "
        "Yellowish-brown bruise L upper arm approx 2cm and a mark behind the L ear; mum says "
        "fell off the slide at the park. Photos taken. Safeguarding referral made.",
        ["Child A", "with mum", "Yellowish-brown bruise L upper arm approx 2cm",
         "a mark behind the L ear", "fell off the slide at the park", "Photos taken",
         "Safeguarding referral made"],
        ["Tayla", "BROWN", "MENSAH", "999 305 7185", "9993057185", "14/7/19", "Okoro"],
        ["Tayla BROWN-MENSAH", "NHS 999 305 7185", "DOB 14/7/19", "Dr Okoro"],
    ),
    (  # 7
        "Education",
        "Riley Murphy (Y3) – DSL Mrs Green spoke to Riley; he said Kwame 'shouts and throws "
        "things' and he hides in his room with his green blanket. Mum Kelly informed. CPOMS "
        "log.",
        ["Half-sibling 1", "(Y3)", "spoke to", "Father", "'shouts and throws things'",
         "hides in his room with his green blanket", "Mother informed", "CPOMS log"],
        ["Riley", "Murphy", "Green", "Kwame", "Kelly", "Half-sibling 2"],
        ["Riley Murphy", "DSL Mrs Green", "Riley", "Kwame", "Mum Kelly"],
    ),
    (  # 8
        "Education",
        "riley late x3 this wk. kelly said she overslept, no credit on phone. tayla collected "
        "from Hazelbrook Day Nursery by Kwame's mum Joy.",
        ["late x3 this wk", "Mother said she overslept", "no credit on phone",
         "Child A collected from", "the nursery", "Paternal grandmother"],
        ["riley", "kelly", "tayla", "Hazelbrook", "Kwame", "Joy", "Maternal grandmother"],
        ["riley", "kelly", "tayla", "Hazelbrook Day Nursery", "Kwame's mum Joy"],
    ),
    (  # 9
        "Early Help",
        "TAF meeting at Brambleside Children’s Centre. Kelly, Joy (MGM) and Frank attended; "
        "Frank was frank about his drinking. Actions: Kelly to attend Freedom Programme; Riley "
        "to join Young Carers.\n— Tom Reilly, Family Support Worker",
        ["TAF meeting at", "Mother", "Maternal grandmother", "Maternal grandfather attended",
         "was frank about his drinking", "Mother to attend Freedom Programme",
         "Half-sibling 1 to join Young Carers"],
        ["Brambleside", "Kelly", "Joy", "Frank", "Riley", "Tom", "Reilly"],
        ["Brambleside Children’s Centre", "Kelly", "Joy (MGM)", "Frank", "Riley",
         "Tom Reilly, Family Support Worker"],
    ),
    (  # 10
        "Police",
        "Concern for welfare. Kwame Mensah Jnr ('KJ') aged 6 found alone at 58 Tollgate Road, "
        "Calderholt ZQ6 3PL at 21:30; mum Abena Owusu at work. Dad Kwame Mensah attended and "
        "took KJ to his parents' house.",
        ["Concern for welfare", "Half-sibling 2", "aged 6 found alone at", "at 21:30",
         "Father's former partner at work", "Father attended and took",
         "to his parents' house"],
        ["Kwame", "Mensah", "KJ", "Jnr", "Tollgate", "Calderholt", "ZQ6 3PL", "Abena", "Owusu"],
        ["Kwame Mensah Jnr", "'KJ'", "58 Tollgate Road, Calderholt ZQ6 3PL",
         "mum Abena Owusu", "Dad Kwame Mensah", "KJ"],
    ),
    (  # 11
        "Children's Social Care",
        "Home visit by SW Khan to Flat 3, 27b Cobbold Street. Kelly’s new boyfriend ‘Deano’ "
        "(surname not known) answered the door, refused to give DOB. Smell of cannabis. Tayla "
        "& Skye in same cot; Riley at school.",
        ["Home visit by", "Mother", "new boyfriend", "(surname not known) answered the door",
         "refused to give DOB", "Smell of cannabis", "Child A & Sibling 1 in same cot",
         "Half-sibling 1 at school"],
        ["Khan", "Cobbold", "Kelly", "Deano", "Tayla", "Skye", "Riley", "Mother's partner",
         "Mother’s partner"],
        ["SW Khan", "Flat 3, 27b Cobbold Street", "Kelly", "‘Deano’", "Tayla", "Skye", "Riley"],
    ),
    (  # 12
        "Police",
        "PNC check: 'Deano' is Dean ASHWORTH-LYLE, DOB 02/02/1990, mobile +44 7700 900456, of "
        "Room 12, Ashcombe Lodge hostel, Calderholt ZQ6 1TD. Previous for ABH on ex-partner. "
        "Info shared with CSC under DVDS (Clare's Law).",
        ["PNC check", "Previous for ABH on ex-partner",
         "Info shared with CSC under DVDS (Clare's Law)"],
        ["Deano", "Dean", "ASHWORTH", "LYLE", "02/02/1990", "7700 900456", "900456",
         "Ashcombe", "Calderholt", "ZQ6 1TD"],
        ["'Deano'", "Dean ASHWORTH-LYLE", "DOB 02/02/1990", "+44 7700 900456",
         "Room 12, Ashcombe Lodge hostel, Calderholt ZQ6 1TD"],
    ),
    (  # 13
        "Health Visiting",
        "HV S. Kelly: no access, 3rd attempt. Neighbour at no. 29 said Kelly and the kids have "
        "gone to her mum's in Sallowby. VM left on 07700 900461.",
        ["no access, 3rd attempt", "Neighbour at no. 29 said",
         "Mother and the kids have gone to her mum's", "VM left on"],
        ["Kelly", "S. Kelly", "Sallowby", "07700 900461", "900461", "HV Mother"],
        ["HV S. Kelly", "Kelly", "Sallowby", "07700 900461"],
    ),
    (  # 14
        "Housing",
        "Kestrel Homes (housing association): Bilal Ahmed, Tenancy Sustainment Officer, "
        "visited 14 Meadowsweet Court, Sallowby ZQ4 9HB. Mr K Nowak now living at the property "
        "but not on the tenancy. Rent arrears £860; referred for DHP.",
        ["housing association", "visited", "Mother's partner",
         "now living at the property but not on the tenancy", "Rent arrears £860",
         "referred for DHP"],
        ["Kestrel", "Bilal", "Ahmed", "Meadowsweet", "Sallowby", "ZQ4 9HB", "Nowak", "Mr K"],
        ["Kestrel Homes", "Bilal Ahmed, Tenancy Sustainment Officer",
         "14 Meadowsweet Court, Sallowby ZQ4 9HB", "Mr K Nowak"],
    ),
    (  # 15
        "Children's Social Care",
        "Joint visit SW Patel and Polish interpreter. Kazimierz Nowak ('Kaz') said he moved in "
        "Feb 2023; his daughter Zofia (10) stays alternate weekends, her mum Małgorzata lives in "
        "Poland. Kaz agreed to DBS/PNC checks.",
        ["Joint visit", "Polish interpreter", "Mother's partner", "said he moved in Feb 2023",
         "Step-sibling 1", "stays alternate weekends", "lives in Poland",
         "agreed to DBS/PNC checks"],
        ["Patel", "Kazimierz", "Nowak", "Kaz", "Zofia", "Małgorzata"],
        ["SW Patel", "Kazimierz Nowak ('Kaz')", "his daughter Zofia", "Małgorzata", "Kaz"],
    ),
    (  # 16
        "Police",
        "DS Nowak (no relation) interviewed Kaz Nowak under caution re bruise to Tayla's L ear; "
        "interpreter Mr P. Kowalski present. Kaz denies, says Tayla fell against the radiator. "
        "RUI.",
        ["(no relation) interviewed", "Mother's partner", "under caution re bruise to",
         "Child A", "interpreter", "present", "denies, says", "fell against the radiator",
         "RUI"],
        ["Nowak", "Kaz", "Tayla", "Kowalski", "Mother's partner (no relation)",
         "DS Mother's partner"],
        ["DS Nowak", "Kaz Nowak", "Tayla", "Mr P. Kowalski", "Kaz"],
    ),
    (  # 17
        "Emergency Department",
        "A&E, Wrenfold General. Tayla Mensah (4y) brought in by Riley's dad Declan Murphy "
        "(babysitting) at 19:40 with burn to R palm. Triage Nurse Murphy. Seen by paediatric "
        "registrar Dr N. Okafor-Adeyemi; admitted to Ward 7. Skeletal survey requested.",
        ["A&E", "Child A", "(4y) brought in by", "Half-sibling 1's father", "(babysitting)",
         "burn to R palm", "Triage", "admitted to", "Skeletal survey requested"],
        ["Wrenfold", "Tayla", "Mensah", "Riley", "Declan", "Murphy", "Okafor", "Adeyemi",
         "Nurse Half-sibling 1's father"],
        ["Wrenfold General", "Tayla Mensah", "Riley's dad Declan Murphy", "Nurse Murphy",
         "paediatric registrar Dr N. Okafor-Adeyemi", "Ward 7"],
    ),
    (  # 18
        "Emergency Department",
        "Ward 7, Wrenfold General: Dr Okafor-Adeyemi discussed with consultant. Burn pattern "
        "consistent with contact with a hot iron, not the explanation given. Mum Kelly and Kaz "
        "visited 20:00–21:00; Kaz’s behaviour aggressive to staff. Security called.",
        ["discussed with consultant",
         "Burn pattern consistent with contact with a hot iron, not the explanation given",
         "Mother", "Mother's partner", "visited 20:00–21:00", "behaviour aggressive to staff",
         "Security called"],
        ["Wrenfold", "Okafor", "Adeyemi", "Kelly", "Kaz"],
        ["Ward 7, Wrenfold General", "Dr Okafor-Adeyemi", "Mum Kelly", "Kaz"],
    ),
    (  # 19
        "Children's Social Care",
        "ICPC 11/01/2024. Chair: Mr Singh (IRO). Tayla and Skye made subject to CP Plans – "
        "category physical abuse (Tayla) and neglect (both). Riley not subject – lives with "
        "Grandad Frank and Nana Joy at 9 Elderflower Close, Sallowby ZQ4 2RS.",
        ["ICPC", "Chair:", "Child A and Sibling 1 made subject to CP Plans",
         "category physical abuse (Child A) and neglect (both)", "Half-sibling 1 not subject",
         "lives with", "Maternal grandfather and Maternal grandmother"],
        ["Singh", "Tayla", "Skye", "Riley", "Frank", "Joy", "Elderflower", "Sallowby",
         "ZQ4 2RS", "Foster carer 1", "Paternal grandmother"],
        ["11/01/2024", "Mr Singh (IRO)", "Tayla", "Skye", "Riley", "Grandad Frank", "Nana Joy",
         "9 Elderflower Close, Sallowby ZQ4 2RS"],
    ),
    (  # 20
        "Fostering Service",
        "Tayla and Skye placed s20 with foster carer Gurpreet Singh (Mrs Singh), out of area. "
        "Mrs Singh reports Tayla hoards food and calls her 'Aunty Gurpi'. Contact with Mum and "
        "Dad 2x weekly at Brambleside CC.",
        ["Child A and Sibling 1 placed s20 with", "Foster carer 1", "out of area",
         "reports Child A hoards food and calls her", "2x weekly at"],
        ["Tayla", "Skye", "Gurpreet", "Singh", "Gurpi", "Brambleside"],
        ["Tayla", "Skye", "foster carer Gurpreet Singh (Mrs Singh)", "Mrs Singh",
         "'Aunty Gurpi'", "Brambleside CC"],
    ),
    (  # 21
        "Children's Social Care",
        "CLA review chaired by the IRO, Mr Singh. Foster carer Mrs Singh said both girls "
        "settled; Skye’s speech delayed, referred to SALT. Kelly did not attend; Kwame attended "
        "with his sister Blessing, who offered to be assessed – 'it would be a blessing to have "
        "them'.",
        ["CLA review chaired by the IRO", "Foster carer 1", "said both girls settled",
         "Sibling 1", "speech delayed, referred to SALT", "Mother did not attend",
         "Father attended with", "Paternal aunt 1", "who offered to be assessed",
         "'it would be a blessing to have them'"],
        ["Singh", "Skye", "Kelly", "Kwame", "Blessing", "IRO, Foster carer 1"],
        ["the IRO, Mr Singh", "Foster carer Mrs Singh", "Skye", "Kelly", "Kwame",
         "his sister Blessing"],
    ),
    (  # 22
        "Probation",
        "Kwame Mensah (CRN X123456) – supervision with PO G. Okafor. BBR programme session 6. "
        "Kwame says Kelly is 'poisoning the kids against him'. Lives with parents Kofi and Joy "
        "Mensah at 41 Quarry Hill Road, Calderholt ZQ6 8AW.",
        ["Father", "supervision with", "BBR programme session 6",
         "Father says Mother is 'poisoning the kids against him'", "Lives with parents",
         "Paternal grandfather", "Paternal grandmother"],
        ["Kwame", "Mensah", "X123456", "Okafor", "Kelly", "Kofi", "Joy", "Quarry Hill",
         "Calderholt", "ZQ6 8AW", "Maternal grandmother"],
        ["Kwame Mensah", "CRN X123456", "PO G. Okafor", "Kwame", "Kelly", "Kofi", "Joy Mensah",
         "41 Quarry Hill Road, Calderholt ZQ6 8AW"],
    ),
    (  # 23
        "School Nursing",
        "School nurse Helen Brown saw Riley Murphy (Y4) at St Anne's: weight below 2nd "
        "centile, head lice, dental decay. Riley said Nan Joy 'makes tea every night' since he "
        "moved in with her.",
        ["Half-sibling 1", "(Y4)", "weight below 2nd centile, head lice, dental decay",
         "Maternal grandmother", "'makes tea every night' since he moved in with her"],
        ["Helen", "Brown", "Riley", "Murphy", "Anne", "Joy", "Mother saw",
         "Paternal grandmother"],
        ["School nurse Helen Brown", "Riley Murphy", "St Anne's", "Riley", "Nan Joy"],
    ),
    (  # 24
        "Police",
        "Report from Ms K. Brown that ex-partner Mr K. Mensah has sent 40+ msgs from "
        "07700900738 in breach of non-mol. DC Smith allocated. Ms Brown provided screenshots.",
        ["Report from", "Mother", "Father", "has sent 40+ msgs from", "in breach of non-mol",
         "allocated", "provided screenshots"],
        ["K. Brown", "Brown", "K. Mensah", "Mensah", "07700900738", "900738", "Smith"],
        ["Ms K. Brown", "ex-partner Mr K. Mensah", "07700900738", "DC Smith", "Ms Brown"],
    ),
    (  # 25
        "Domestic Abuse Service",
        "IDVA Roisin spoke to Kelly by phone (safe number 07700 900152). Kelly and the girls "
        "moved to Marigold House refuge; address not to be shared. MARAC 14/10/2022: Kwame "
        "heard as high-risk perpetrator.",
        ["spoke to Mother by phone", "safe number", "Mother and the girls moved to", "refuge",
         "address not to be shared", "MARAC", "Father heard as high-risk perpetrator"],
        ["Roisin", "Kelly", "07700 900152", "900152", "Marigold", "Kwame"],
        ["IDVA Roisin", "Kelly", "07700 900152", "Marigold House refuge", "14/10/2022",
         "Kwame"],
    ),
    (  # 26
        "Education",
        "Tayla Brown-Mensah (Tay) – Hazelbrook Day Nursery. Key person Miss Kowalska noted Tay "
        "had the same clothes on 3 days, smelt of smoke. Collected by Aunty Penny, who had not "
        "been given the password.",
        ["Child A", "the nursery", "noted", "had the same clothes on 3 days, smelt of smoke",
         "Collected by", "Maternal aunt 1", "who had not been given the password"],
        ["Tayla", "Brown", "Mensah", "Tay", "Hazelbrook", "Kowalska", "Penny",
         "Paternal aunt 1"],
        ["Tayla Brown-Mensah (Tay)", "Hazelbrook Day Nursery", "Key person Miss Kowalska",
         "Tay", "Aunty Penny"],
    ),
    (  # 27
        "GP",
        "Penny Brown (aunt) registered Tayla as temp resident at Hollinsbrook Medical Centre. "
        "Dr Okoro: no mark seen on Tayla today; Penny said she 'hasn't a penny' for the "
        "prescription charge – advised children's Rx free.",
        ["Maternal aunt 1", "registered Child A as temp resident at", "the GP practice",
         "no mark seen on Child A today", "'hasn't a penny' for the prescription charge",
         "advised children's Rx free"],
        ["Penny", "Brown", "Tayla", "Hollinsbrook", "Okoro"],
        ["Penny Brown (aunt)", "Tayla", "Hollinsbrook Medical Centre", "Dr Okoro", "Penny"],
    ),
    (  # 28
        "Police",
        "Mark Brown, 22, Kelly's brother, arrested at 14 Meadowsweet Court after fight with "
        "Kaz; both had been drinking. Mark has a cut above his eye which will leave a mark. "
        "Children in the flat asleep.",
        ["Maternal uncle 1", "arrested at", "after fight with Mother's partner",
         "both had been drinking", "has a cut above his eye which will leave a mark",
         "Children in the flat asleep"],
        ["Mark", "Brown", "Kelly", "Meadowsweet", "Kaz"],
        ["Mark Brown", "Kelly's brother", "14 Meadowsweet Court", "Kaz", "Mark"],
    ),
    (  # 29
        "Children's Social Care",
        "Viability assessment: Great-Gran Bridget Doherty ('Bridie'), 75, of Flat 2, St "
        "Columba’s Court, Sallowby. Bridie is in good health but cannot manage two under-5s. "
        "Negative.",
        ["Viability assessment", "Maternal great-grandmother 1", "75",
         "is in good health but cannot manage two under-5s", "Negative"],
        ["Bridget", "Doherty", "Bridie", "Columba", "Sallowby"],
        ["Great-Gran Bridget Doherty ('Bridie')", "Flat 2, St Columba’s Court, Sallowby",
         "Bridie"],
    ),
    (  # 30
        "Children's Social Care",
        "Case note – SW Jasmin Patel (jasmin.patel@ormesfield.gov.uk, 07700 900219). Spoke to "
        "Joy Brown: she wants a frank conversation about long-term plans for Riley. Frank "
        "supportive but worried about money.",
        ["Case note", "Spoke to", "Maternal grandmother",
         "she wants a frank conversation about long-term plans for", "Half-sibling 1",
         "Maternal grandfather supportive but worried about money"],
        ["Jasmin", "Patel", "jasmin.patel", "07700 900219", "900219", "Joy", "Brown", "Riley",
         "Frank"],
        ["SW Jasmin Patel", "jasmin.patel@ormesfield.gov.uk", "07700 900219", "Joy Brown",
         "Riley", "Frank"],
    ),
    (  # 31
        "Education",
        "Zofia Nowak (Y7), Calderholt High School: EWO Ciara Walsh home visit – Zofia has "
        "missed 14 sessions, says she won't go to dad Kaz's at weekends because 'Kelly's kids "
        "cry all night'.",
        ["Step-sibling 1", "(Y7)", "home visit", "has missed 14 sessions",
         "says she won't go to", "at weekends because", "'Mother's kids cry all night'"],
        ["Zofia", "Nowak", "Calderholt", "Ciara", "Walsh", "Kaz", "Kelly", "Father"],
        ["Zofia Nowak", "Calderholt High School", "EWO Ciara Walsh", "Zofia", "dad Kaz",
         "Kelly"],
    ),
    (  # 32
        "Health Visiting",
        "2yr review Skye – not brought. tel call to mum, kelly’s phone off. Spoke to maternal "
        "gran joy brown who said Skye is 'fine, just slow talking'.",
        ["2yr review", "Sibling 1", "not brought", "tel call to mum", "Mother", "phone off",
         "Spoke to", "Maternal grandmother", "'fine, just slow talking'"],
        ["Skye", "kelly", "joy", "brown", "gran Maternal grandmother"],
        ["Skye", "kelly", "maternal gran joy brown"],
    ),
    (  # 33
        "GP",
        "Kwame MENSAH DoB 5/11/93 – attended re low mood and anger. States 'not seen my girls "
        "since the ICPC'. Also has son KJ (Kwame jnr) who lives with ex Abena. Referred to "
        "Talking Therapies.",
        ["Father", "attended re low mood and anger",
         "States 'not seen my girls since the ICPC'", "Also has", "Half-sibling 2",
         "who lives with", "Father's former partner", "Referred to Talking Therapies"],
        ["Kwame", "MENSAH", "5/11/93", "KJ", "jnr", "Abena", "Father jnr"],
        ["Kwame MENSAH", "DoB 5/11/93", "KJ (Kwame jnr)", "ex Abena"],
    ),
    (  # 34
        "Police",
        "Call from Mrs Green, DSL at St Anne’s RC Primary, 07700 900884: Riley disclosed Kaz "
        "'smacked Tayla with a belt'. Attended by PC 2290 Ahmed; Riley's account recorded on "
        "BWV.",
        ["Call from", "the primary school", "Half-sibling 1 disclosed", "Mother's partner",
         "'smacked Child A with a belt'", "Attended by", "account recorded on BWV"],
        ["Green", "Anne", "07700 900884", "900884", "Riley", "Kaz", "Tayla", "2290", "Ahmed"],
        ["Mrs Green, DSL", "St Anne’s RC Primary", "07700 900884", "Riley", "Kaz", "Tayla",
         "PC 2290 Ahmed"],
    ),
    (  # 35
        "Children's Social Care",
        "RCPC 15/04/2024: plans continue. Kelly's attendance at contact 50%; Kelly’s new "
        "address withheld from Kwame. Kaz Nowak's DBS shows a 2015 conviction in Poland for "
        "assault.",
        ["RCPC", "plans continue", "Mother", "attendance at contact 50%",
         "new address withheld from Father", "Mother's partner",
         "DBS shows a 2015 conviction in Poland for assault"],
        ["Kelly", "Kwame", "Kaz", "Nowak"],
        ["15/04/2024", "Kelly", "Kwame", "Kaz Nowak"],
    ),
    (  # 36
        "Children's Social Care",
        "PLO meeting. Paternal family put forward: Mr K Mensah senior (PGF) and Mrs J Mensah "
        "(PGM) of 41 Quarry Hill Road. Kofi said the Mensahs' house has room for both girls; "
        "Blessing will help.",
        ["PLO meeting", "Paternal family put forward", "Paternal grandfather",
         "Paternal grandmother", "house has room for both girls", "Paternal aunt 1 will help"],
        ["Mensah", "Quarry", "Kofi", "Blessing", "Father", "Maternal"],
        ["Mr K Mensah senior (PGF)", "Mrs J Mensah (PGM)", "41 Quarry Hill Road", "Kofi",
         "the Mensahs'", "Blessing"],
    ),
    (  # 37
        "Children's Social Care",
        "Supervised contact at Brambleside CC. Dad Kwame brought KJ (half-brother) to meet the "
        "girls for the first time; Skye cried when KJ left. Contact worker: Gemma Kelly.",
        ["Supervised contact at", "Father brought", "Half-sibling 2",
         "to meet the girls for the first time", "Sibling 1 cried when", "left",
         "Contact worker:"],
        ["Brambleside", "Kwame", "KJ", "Skye", "Gemma", "Kelly", "Mother"],
        ["Brambleside CC", "Dad Kwame", "KJ (half-brother)", "Skye", "KJ", "Gemma Kelly"],
    ),
    (  # 38
        "Housing",
        "Homeless duty accepted by Ormesfield Council. Kelly placed in TA: Flat 6, Harbour View "
        "House, 2-8 Ropewalk, Calderholt ZQ61TX. Licence conditions explained; Kaz not "
        "permitted to stay overnight. Housing Officer Bilal Ahmed.",
        ["Homeless duty accepted by", "Mother placed in TA", "Licence conditions explained",
         "Mother's partner not permitted to stay overnight"],
        ["Kelly", "Harbour View", "Ropewalk", "Calderholt", "ZQ61TX", "Kaz", "Bilal", "Ahmed"],
        ["Kelly", "Flat 6, Harbour View House, 2-8 Ropewalk, Calderholt ZQ61TX", "Kaz",
         "Housing Officer Bilal Ahmed"],
    ),
    (  # 39
        "CAMHS",
        "CAMHS choice appt: riley murphy, DOB 30.06.2015, seen with nan. Low mood, bedwetting, "
        "nightmares about 'Kwame shouting'. His dad Declan Murphy (lives in Ireland) not "
        "involved.",
        ["CAMHS choice appt", "Half-sibling 1", "seen with nan",
         "Low mood, bedwetting, nightmares about", "'Father shouting'",
         "Half-sibling 1's father", "(lives in Ireland) not involved"],
        ["riley", "murphy", "30.06.2015", "Kwame", "Declan", "Murphy"],
        ["riley murphy", "DOB 30.06.2015", "Kwame", "His dad Declan Murphy"],
    ),
    (  # 40
        "Police",
        "Intel: Kazimierz NOWAK, NI QQ 12 34 56 C, also uses 'Kazik'. Reported by ex-partner "
        "Małgorzata Wiśniewska (Zofia's mum) for harassment in 2019.",
        ["Intel:", "Mother's partner", "also uses", "Reported by ex-partner", "Step-sibling 1",
         "for harassment in 2019"],
        ["Kazimierz", "NOWAK", "QQ 12 34 56 C", "12 34 56", "Kazik", "Małgorzata",
         "Wiśniewska", "Zofia"],
        ["Kazimierz NOWAK", "NI QQ 12 34 56 C", "'Kazik'", "Małgorzata Wiśniewska", "Zofia"],
    ),
    (  # 41
        "Emergency Department",
        "ED: Kwame Mensah, DOB 03/09/2016, NHS 999 621 4478, attended with mum Abena after fall "
        "from trampoline, #R wrist. Dad Kwame (DOB 05/11/1993) arrived later. No concerns. "
        "Discharged to fracture clinic.",
        ["ED:", "Half-sibling 2", "attended with", "Father's former partner",
         "after fall from trampoline, #R wrist", "Father", "arrived later", "No concerns",
         "Discharged to fracture clinic"],
        ["Kwame", "Mensah", "03/09/2016", "999 621 4478", "9996214478", "Abena", "05/11/1993"],
        ["Kwame Mensah", "DOB 03/09/2016", "NHS 999 621 4478", "mum Abena", "Dad Kwame",
         "DOB 05/11/1993"],
    ),
    (  # 42
        "Children's Social Care",
        "Life story work: Tayla asked why her surname is Brown Mensah and Skye’s is too, but "
        "Riley’s is Murphy. SW explained. Tayla drew Grandad Frank’s dog and Wrenfold hospital "
        "where 'the nurse fixed my hand'.",
        ["Life story work", "Child A asked why her surname is", "Sibling 1", "is too, but",
         "Half-sibling 1", "explained", "drew", "Maternal grandfather", "dog and",
         "where 'the nurse fixed my hand'"],
        ["Tayla", "Brown", "Mensah", "Skye", "Riley", "Murphy", "Frank", "Wrenfold"],
        ["Tayla", "Brown Mensah", "Skye", "Riley", "Murphy", "Grandad Frank", "Wrenfold"],
    ),
    (  # 43
        "Midwifery",
        "Skye Brown-Mensah born 24.12.21 at home (BBA), paramedics attended. Mum Kelly, DOB "
        "22/3/97; Riley (6) and Tayla (2) asleep upstairs. Midwife visit Xmas Day by MW "
        "Gallagher.",
        ["Sibling 1", "at home (BBA), paramedics attended", "Mother",
         "Half-sibling 1 (6) and Child A (2) asleep upstairs", "Midwife visit Xmas Day by"],
        ["Skye", "Brown", "Mensah", "24.12.21", "Kelly", "22/3/97", "Riley", "Tayla",
         "Gallagher"],
        ["Skye Brown-Mensah", "born 24.12.21", "Mum Kelly", "DOB 22/3/97", "Riley", "Tayla",
         "MW Gallagher"],
    ),
    (  # 44
        "Police",
        "PC 4471 Begum: Kwame seen outside Brambleside Children's Centre during contact, trying "
        "to find out Kelly's refuge. Words of advice. Kelly's mum Joy informed.",
        ["Father seen outside", "during contact, trying to find out", "Mother", "refuge",
         "Words of advice", "Maternal grandmother informed"],
        ["4471", "Begum", "Kwame", "Brambleside", "Kelly", "Joy", "Paternal grandmother"],
        ["PC 4471 Begum", "Kwame", "Brambleside Children's Centre", "Kelly's mum Joy", "Kelly"],
    ),
    (  # 45
        "Early Help",
        "Phone call with Joy Mensah (PGM) – she wants to see the girls; told to go through SW "
        "Khan. Joy says 'no joy' getting through to CSC.\nTom R, FSW – "
        "t.reilly@ormesfield.gov.uk",
        ["Phone call with", "Paternal grandmother", "she wants to see the girls",
         "told to go through", "says 'no joy' getting through to CSC", "FSW"],
        ["Joy", "Mensah", "Khan", "Tom", "t.reilly", "Maternal grandmother"],
        ["Joy Mensah (PGM)", "SW Khan", "Joy", "Tom R", "t.reilly@ormesfield.gov.uk"],
    ),
    (  # 46
        "Children's Social Care",
        "Core group: attendees Jasmin (SW), Sarah (HV), Mrs Green (St Anne's), Tom (FSW), "
        "Kelly, Kaz. Apologies: Dr Okoro. Kelly's engagement improving; Kaz has completed 4/6 "
        "parenting sessions.",
        ["Core group: attendees", "Mother", "Mother's partner", "Apologies:",
         "engagement improving", "has completed 4/6 parenting sessions"],
        ["Jasmin", "Sarah", "Green", "Anne", "Tom", "Kelly", "Kaz", "Okoro"],
        ["Jasmin (SW)", "Sarah (HV)", "Mrs Green (St Anne's)", "Tom (FSW)", "Kelly", "Kaz",
         "Dr Okoro"],
    ),
]  # fmt: skip

BLIND_TEXTS, BLIND_MENTIONS = kit.columns(_ROWS)
# Words whose status is uncertain (the name of the council): left in and listed in the
# residual report.
BLIND_UNCERTAIN = ["Ormesfield"]
# Secrets the family workbook does not hold (learned from texts): practitioners, organisations,
# addresses, a hostel, a refuge, a housing association, postcodes, phone, NHS, probation and NI
# numbers, e-mail addresses, dates of birth as written, the unknown boyfriend and Zofia's
# mother, and nicknames ("Tay", "KJ", "Kaz", "Kazik", "Bridie", "Deano", "Gurpi").
BLIND_OTHER_SECRETS = [
    # practitioners
    "Aoife", "Gallagher", "Sarah", "Priya", "Shah", "Patel", "Jasmin", "Khan", "Okoro",
    "Begum", "4471", "2290", "Ahmed", "Bilal", "Green", "Tom", "Reilly", "Kowalski",
    "Kowalska", "Okafor-Adeyemi", "Okafor", "Adeyemi", "Roisin", "Smith", "Helen", "Ciara",
    "Walsh", "Gemma",
    # people named only in the texts
    "Deano", "Dean", "Ashworth-Lyle", "ASHWORTH-LYLE", "Małgorzata", "Wiśniewska",
    # nicknames
    "Tay", "KJ", "Kaz", "Kazik", "Bridie", "Gurpi",
    # places and organisations
    "Cobbold", "Sallowby", "Calderholt", "Wrenfold", "Anne", "Hollinsbrook", "Hazelbrook",
    "Brambleside", "Tollgate", "Ashcombe", "Kestrel", "Meadowsweet", "Elderflower",
    "Quarry Hill", "Columba", "Marigold", "Harbour View", "Ropewalk",
    "ZQ4 7NE", "ZQ6 3PL", "ZQ6 1TD", "ZQ4 9HB", "ZQ4 2RS", "ZQ6 8AW", "ZQ61TX",
    # numbers and addresses
    "07700 900461", "07700900738", "07700 900152", "07700 900219", "07700 900884",
    "7700 900456", "999 305 7185", "999 621 4478", "X123456", "QQ 12 34 56 C",
    "p.shah@ormesfield.gov.uk", "jasmin.patel@ormesfield.gov.uk", "t.reilly@ormesfield.gov.uk",
    # dates of birth as written
    "22.03.97", "14-Jul-2019", "22/03/1997", "05/11/1993", "14/7/19", "02/02/1990",
    "5/11/93", "30.06.2015", "03/09/2016", "24.12.21", "22/3/97",
]  # fmt: skip
