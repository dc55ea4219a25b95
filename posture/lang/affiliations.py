"""World knowledge for reading titles: demonyms, countries, capitals, institutions, sides.

General tables, not any article's facts: "Polish" names Poland, "the Kremlin" speaks for
Russia, "Washington" can stand for the United States. The tables themselves live in
posture/lang/gazetteer.py; NATO membership (2 Feb 2022) is read from data/external.
"""

import functools

import pandas as pd

from posture import paths
from posture.lang import gazetteer

# Abbreviations read as adjectives ("US officials") count as demonyms here.
DEMONYMS = {**gazetteer.DEMONYMS, **{alias: country for country, alias in gazetteer.ABBREVIATIONS}}
# Country names and capitals standing for their governments ("Moscow said").
COUNTRY_NAMES = {
    **{alias: name for name, aliases in gazetteer.COUNTRIES.items() for alias in aliases if alias not in DEMONYMS},
    **gazetteer.CAPITALS,
}
INSTITUTIONS = gazetteer.INSTITUTIONS

SIDES = ("NATO and allies", "Russia and Belarus", "Ukraine", "other or unknown")


def country_of(word: str) -> str:
    """The country or alliance a demonym, country, capital or institution names; "" if none."""
    for table in (DEMONYMS, COUNTRY_NAMES, INSTITUTIONS):
        if word in table:
            return table[word]
    return ""


def country_named(affiliation: str) -> str:
    """The country (or NATO, EU, UN ...) an affiliation stands for; "" for a body the tables do not place."""
    found = country_of(affiliation)
    if found:
        return found
    return affiliation if affiliation in gazetteer.COUNTRIES or affiliation in gazetteer.ORGANISATIONS else ""


@functools.cache
def nato_members() -> frozenset[str]:
    """NATO's members on the date the sides are drawn for (2 February 2022), from data/external (30 countries)."""
    table = pd.read_csv(paths.EXTERNAL / "nato_accessions.csv", dtype=str)
    return frozenset(table.loc[table["accession_date"] <= paths.SEED_DATE, "country"])


def side_of(country: str) -> str:
    """Which side of the stand-off a country or alliance is on (February 2022)."""
    if country in nato_members() or country in {"NATO", "EU"}:
        return SIDES[0]
    if country in {"Russia", "Belarus"}:
        return SIDES[1]
    if country == "Ukraine":
        return SIDES[2]
    return SIDES[3]
