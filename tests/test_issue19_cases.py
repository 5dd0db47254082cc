"""Issue 19's test family set: families nobody wrote the anonymiser for, with every kind of
relationship (step, half through each parent, in-law, great-, foster, adoptive, a parent's
ex-partner with his own family, the same first names across generations), the pseudonym each
person must get, and chronology texts with traps (ordinary words that are names, equipment,
services, places). Used by the issue 19 tests and by `bench/anonymise_truth.py`."""

from __future__ import annotations

import datetime as dt

from chronology.dates import ParsedDate
from genogram.family import Family, Person, Relationship

TODAY = dt.date(2026, 1, 1)


def _d(text: str) -> ParsedDate:
    return ParsedDate(dt.date.fromisoformat(text), "day")


def _family(
    people: list[tuple[str, str, str, str, str]],
    relationships: list[tuple[str, str, str, str, str]],
) -> Family:
    """people: (id, name, sex, date of birth, role); relationships: (a, b, type, start, end)."""
    persons = {
        pid: Person(pid, row=n + 2, name=name, sex=sex, birth=_d(born) if born else None, role=role)  # type: ignore[arg-type]
        for n, (pid, name, sex, born, role) in enumerate(people)
    }
    rels = [
        Relationship(a, b, kind, _d(start) if start else None, _d(end) if end else None, row=n + 2)
        for n, (a, b, kind, start, end) in enumerate(relationships)
    ]
    return Family(persons, rels, "issue 19 test family")


# (id, name, sex, born, role) -> expected pseudonym
KETTLEBY_PEOPLE = [
    ("K1", "Hope Kettleby-Marsh", "F", "2019-03-10", "Subject child"),
    ("K2", "Chelsea Kettleby", "F", "1995-06-02", "Mother"),
    ("K3", "Dean Marsh", "M", "1992-01-15", "Father"),
    ("K4", "Tyler Brack", "M", "1990-09-09", "Father of half-sibling"),
    ("K5", "Kayden Brack", "M", "2014-05-05", "Half-brother"),
    ("K6", "Paulette Brack", "F", "1966-02-20", "Paternal grandmother of half-sibling"),
    ("K7", "Sandra Ainsworth", "F", "1972-04-04", "Maternal grandmother"),
    ("K8", "Ronald Voss", "M", "1968-08-08", "Maternal step-grandfather"),
    ("K9", "Gary Kettleby", "M", "1970-03-03", "Maternal grandfather"),
    ("K10", "Hope Ainsworth", "F", "1941-11-11", "Maternal great-grandmother"),
    ("K11", "Jodie Fenwick", "F", "1994-12-12", "Father's ex-partner"),
    ("K12", "Liam Fenwick", "M", "2016-07-07", "Paternal half-brother"),
    ("K13", "Carl Kettleby", "M", "1997-10-10", "Maternal uncle"),
    ("K14", "Stacey Pryor", "F", "1998-02-14", "Mother's sister-in-law"),
    ("K15", "Mason Kettleby", "M", "2020-06-06", "Cousin"),
    ("K16", "Rhys Dawson", "M", "1993-05-05", "Mum's boyfriend"),
    ("K17", "Lily Dawson", "F", "2015-09-01", "Step-sister"),
    ("K18", "Margaret Dawson", "F", "1961-01-01", "Mother's partner's mother"),
    ("K19", "Joan Whitby", "F", "1970-07-17", "Foster carer"),
    ("K20", "Brenda Marsh", "F", "1966-06-16", "Paternal grandmother"),
    ("K21", "Dean Marsh", "M", "1964-04-14", "Paternal grandfather"),
    ("K22", "Ruby Kettleby-Marsh", "F", "2021-08-08", "Sister"),
    ("K23", "Pearl Voss", "F", "1946-03-30", ""),
]
KETTLEBY_RELATIONSHIPS = [
    ("K2", "K1", "parent", "", ""),
    ("K3", "K1", "parent", "", ""),
    ("K2", "K22", "parent", "", ""),
    ("K3", "K22", "parent", "", ""),
    ("K2", "K3", "cohabiting", "2017-01-01", "2022-01-01"),
    ("K2", "K5", "parent", "", ""),
    ("K4", "K5", "parent", "", ""),
    ("K6", "K4", "parent", "", ""),
    ("K7", "K2", "parent", "", ""),
    ("K9", "K2", "parent", "", ""),
    ("K7", "K9", "divorced", "1994-01-01", "2001-01-01"),
    ("K7", "K8", "married", "2003-01-01", ""),
    ("K10", "K7", "parent", "", ""),
    ("K3", "K11", "partners", "2014-01-01", "2016-12-01"),
    ("K3", "K12", "parent", "", ""),
    ("K11", "K12", "parent", "", ""),
    ("K7", "K13", "parent", "", ""),
    ("K9", "K13", "parent", "", ""),
    ("K13", "K14", "married", "2019-01-01", ""),
    ("K13", "K15", "parent", "", ""),
    ("K14", "K15", "parent", "", ""),
    ("K2", "K16", "cohabiting", "2023-01-01", ""),
    ("K16", "K17", "parent", "", ""),
    ("K18", "K16", "parent", "", ""),
    ("K19", "K1", "foster_parent", "2024-01-01", ""),
    ("K20", "K3", "parent", "", ""),
    ("K21", "K3", "parent", "", ""),
    ("K23", "K8", "parent", "", ""),
]
KETTLEBY_EXPECTED = {
    "K1": "Child A",
    "K2": "Mother",
    "K3": "Father",
    "K4": "Half-sibling 1's father",
    "K5": "Half-sibling 1",
    "K6": "Half-sibling 1's paternal grandmother",
    "K7": "Maternal grandmother",
    "K8": "Maternal step-grandfather",
    "K9": "Maternal grandfather",
    "K10": "Maternal great-grandmother 1",
    "K11": "Father's former partner",
    "K12": "Half-sibling 2",
    "K13": "Maternal uncle 1",
    "K14": "Mother's sister-in-law",
    "K15": "Cousin 1",
    "K16": "Mother's partner",
    "K17": "Step-sibling 1",
    "K18": "Mother's partner's mother",
    "K19": "Foster carer 1",
    "K20": "Paternal grandmother",
    "K21": "Paternal grandfather",
    "K22": "Sibling 1",
    "K23": "Maternal step-grandfather's mother",
}

# An adopted child, his birth family, his mother's ex-partner with a family of his own, and a
# workbook role the tree contradicts (A11: the workbook wins, the disagreement is reported).
ADAMS_PEOPLE = [
    ("A1", "Noah Adams", "M", "2018-02-02", "Subject child"),
    ("A2", "Frances Adams", "F", "1980-01-01", "Adoptive mum"),
    ("A3", "Peter Adams", "M", "1979-01-01", "Adoptive dad"),
    ("A4", "Shannon Quill", "F", "1999-03-03", "Birth mother"),
    ("A5", "Jordan Pike", "M", "1997-04-04", "Birth father"),
    ("A6", "Craig Holloway", "M", "1990-05-05", "Mother's ex-partner"),
    ("A7", "Irene Holloway", "F", "1962-06-06", "Mother of mum's ex"),
    ("A8", "Bailey Holloway", "M", "2012-07-07", ""),
    ("A9", "Tanya Rudd", "F", "1991-08-08", ""),
    ("A10", "Marion Quill", "F", "1975-09-09", "Grandmother"),
    ("A11", "Vince Tallis", "M", "1970-10-10", "Maternal grandfather"),
    ("A12", "Esme Adams", "F", "2012-11-11", "Adoptive sibling"),
    ("A13", "Ada Quill", "F", "1950-12-12", "Great-Nan"),
]
ADAMS_RELATIONSHIPS = [
    ("A2", "A1", "adoptive_parent", "2019-01-01", ""),
    ("A3", "A1", "adoptive_parent", "2019-01-01", ""),
    ("A2", "A3", "married", "2005-01-01", ""),
    ("A4", "A1", "parent", "", ""),
    ("A5", "A1", "parent", "", ""),
    ("A4", "A6", "partners", "2019-01-01", "2021-01-01"),
    ("A7", "A6", "parent", "", ""),
    ("A6", "A8", "parent", "", ""),
    ("A9", "A8", "parent", "", ""),
    ("A6", "A9", "separated", "2011-01-01", "2013-01-01"),
    ("A10", "A4", "parent", "", ""),
    ("A10", "A11", "cohabiting", "2008-01-01", ""),
    ("A2", "A12", "adoptive_parent", "2013-01-01", ""),
    ("A3", "A12", "adoptive_parent", "2013-01-01", ""),
    ("A13", "A10", "parent", "", ""),
]
ADAMS_EXPECTED = {
    "A1": "Child A",
    "A2": "Adoptive mother",
    "A3": "Adoptive father",
    "A4": "Mother",
    "A5": "Father",
    "A6": "Mother's former partner",
    "A7": "Mother's former partner's mother",
    "A8": "Mother's former partner's son",
    "A9": "Mother's former partner's former partner",
    "A10": "Maternal grandmother",
    "A11": "Maternal grandfather",  # the workbook's role wins (tree: step-grandfather)
    "A12": "Adoptive sibling 1",
    "A13": "Maternal great-grandmother 1",
}
ADAMS_DISAGREE = {"A11"}


def kettleby() -> Family:
    return _family(KETTLEBY_PEOPLE, KETTLEBY_RELATIONSHIPS)


def adams() -> Family:
    return _family(ADAMS_PEOPLE, ADAMS_RELATIONSHIPS)


FAMILIES = {
    "kettleby": (kettleby, KETTLEBY_EXPECTED, set()),
    "adams": (adams, ADAMS_EXPECTED, ADAMS_DISAGREE),
}


# ---------------------------------------------------------------------- texts with traps
# (agency, text, must appear in the output, must not appear in the output)
KETTLEBY_TEXTS: list[tuple[str, str, list[str], list[str]]] = [
    (
        "Health Visiting",
        "Home visit: Chelsea was bathing Hope. The Moses basket in the living room was unsafe "
        "for Ruby; safe sleep advice given.",
        ["Moses basket", "Mother", "Child A", "Sibling 1"],
        ["Chelsea", "Hope", "Ruby"],
    ),
    (
        "Early Help",
        "Great-Nan Hope attended the Sure Start centre with Hope and Kayden.",
        ["Sure Start", "Maternal great-grandmother 1", "Child A", "Half-sibling 1"],
        ["Hope", "Kayden", "Child A Child A"],
    ),
    (
        "Probation",
        "Referral to Early Help. Probation confirmed Tyler Brack is subject to licence.",
        ["Early Help", "Probation confirmed", "Half-sibling 1's father"],
        ["Tyler", "Brack", "Person"],
    ),
    (
        "Probation",
        "An OASys assessment was shared by Northshire Probation with Probation colleagues.",
        ["Probation with", "Probation colleagues", "OASys"],
        ["Person"],
    ),
    (
        "Children's Social Care",
        "Social worker Amy Clarke visited. Mum's boyfriend Rhys was present and Lily was asleep.",
        ["social worker visited", "Mother's partner", "Step-sibling 1"],
        ["Amy", "Clarke", "Rhys", "Lily"],
    ),
    (
        "Education",
        "Hope started at Westbrook Primary School; class teacher Mrs Oduya said Hope was tired "
        "and hungry on Monday mornings.",
        ["the primary school", "Child A", "Monday mornings", "tired and hungry"],
        ["Westbrook", "Oduya", "Hope"],
    ),
    (
        "GP",
        "Appointment at Ridgeway Surgery; Dr Okafor noted bruising to the left arm and made a "
        "referral to the MASH.",
        ["the GP practice", "bruising to the left arm", "MASH"],
        ["Ridgeway", "Okafor"],
    ),
    (
        "Police",
        "Police attended 14 Albion Street, Eastfield EF4 2QT after neighbours reported shouting.",
        ["Police attended", "neighbours reported shouting"],
        ["Albion", "EF4 2QT"],
    ),
    (
        "Health Visiting",
        "Paulette Brack rang the Health Visiting service about the Jumperoo and the Sleepyhead "
        "pod.",
        ["Half-sibling 1's paternal grandmother", "Health Visiting", "Jumperoo", "Sleepyhead"],
        ["Paulette", "Brack"],
    ),
    (
        "Early Help",
        "Grandad Dean collected Ruby from nursery while Dad Dean was at work.",
        ["Paternal grandfather", "Father", "Sibling 1", "nursery"],
        ["Dean", "Ruby"],
    ),
    (
        "Children's Social Care",
        "Mrs Whitby (foster carer) said Hope had settled at Little Acorns Nursery and enjoyed "
        "the Christmas Fair run by the Salvation Army.",
        ["Foster carer 1", "the nursery", "Christmas Fair", "Salvation Army"],
        ["Whitby", "Acorns", "Hope"],
    ),
    (
        "Police",
        "Jodie Fenwick reported that Liam saw Carl and Stacey argue; Mason was upset.",
        ["Father's former partner", "Half-sibling 2", "Maternal uncle 1", "Cousin 1"],
        ["Jodie", "Fenwick", "Liam", "Carl", "Stacey", "Mason"],
    ),
    (
        "Children's Social Care",
        "Sandra and Ronald offered respite; Gary was not assessed. Margaret Dawson declined.",
        [
            "Maternal grandmother",
            "Maternal step-grandfather",
            "Maternal grandfather",
            "Mother's partner's mother",
        ],
        ["Sandra", "Ronald", "Gary", "Margaret", "Dawson"],
    ),
    (
        "Housing",
        "Tenancy support visit: Mum said the Hoover, the Baby Bjorn bouncer and the Tommee "
        "Tippee steriliser were all broken.",
        ["Hoover", "bouncer", "steriliser"],
        ["Person"],
    ),
]
KETTLEBY_TEXTS += [
    (
        "Probation",
        "Probation officer Daniel Moses visited; he saw two Moses baskets in the hall.",
        ["Moses baskets", "probation officer visited"],
        ["Daniel", "Moses visited"],
    ),
    (
        "Early Help",
        "Dean said he would attend the Team Around the Family meeting.",
        ["family member said", "Team Around the Family"],
        ["Dean", "Father said", "Paternal grandfather said"],
    ),
]
REJECTED_REASON = "date '31/02/2019' does not exist (dates are read day first; month 2)"

# The identifying mentions in each text (a name with the title or role word written with it):
# every other word of the texts is non-identifying and should come out unchanged.
KETTLEBY_MENTIONS: list[list[str]] = [
    ["Chelsea", "Hope", "Ruby"],
    ["Great-Nan Hope", "Hope", "Kayden"],
    ["Tyler Brack"],
    [],
    ["Social worker Amy Clarke", "Mum's boyfriend Rhys", "Lily"],
    ["Hope", "Westbrook Primary School", "Mrs Oduya"],
    ["Ridgeway Surgery", "Dr Okafor"],
    ["14 Albion Street, Eastfield EF4 2QT"],
    ["Paulette Brack"],
    ["Grandad Dean", "Ruby", "Dad Dean"],
    ["Mrs Whitby (foster carer)", "Hope", "Little Acorns Nursery"],
    ["Jodie Fenwick", "Liam", "Carl", "Stacey", "Mason"],
    ["Sandra", "Ronald", "Gary", "Margaret Dawson"],
    [],
    ["Probation officer Daniel Moses"],
    ["Dean"],
]
# Words whose status is uncertain (an unknown place): left in and listed in the residual report.
KETTLEBY_UNCERTAIN = ["Northshire"]
# Names that are secrets though the family workbook does not hold them (learned from texts).
KETTLEBY_OTHER_SECRETS = [
    "Amy", "Clarke", "Oduya", "Okafor", "Westbrook", "Ridgeway", "Albion", "Eastfield",
    "EF4 2QT", "Whitby", "Acorns", "Daniel",
]  # fmt: skip
