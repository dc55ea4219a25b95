"""World knowledge for reading titles: demonyms, countries, capitals, institutions, sides.

General tables, not any article's facts: "Polish" names Poland, "the Kremlin" speaks for
Russia, "Washington" can stand for the United States. NATO membership is as of
February 2022 (30 members; Finland and Sweden joined later).
"""

DEMONYMS = {
    "American": "United States", "US": "United States", "U.S.": "United States",
    "Russian": "Russia", "Ukrainian": "Ukraine", "Polish": "Poland", "German": "Germany",
    "British": "United Kingdom", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "French": "France", "Chinese": "China", "Spanish": "Spain", "Romanian": "Romania",
    "Italian": "Italy", "Lithuanian": "Lithuania", "Latvian": "Latvia", "Estonian": "Estonia",
    "Belarusian": "Belarus", "Belarussian": "Belarus", "Turkish": "Turkey", "Dutch": "Netherlands",
    "Canadian": "Canada", "Finnish": "Finland", "Swedish": "Sweden", "Norwegian": "Norway",
    "Danish": "Denmark", "Hungarian": "Hungary", "Czech": "Czech Republic", "Slovak": "Slovakia",
    "Bulgarian": "Bulgaria", "Greek": "Greece", "Belgian": "Belgium", "Japanese": "Japan",
    "Moldovan": "Moldova", "Austrian": "Austria", "Swiss": "Switzerland", "Portuguese": "Portugal",
    "Croatian": "Croatia", "Slovenian": "Slovenia", "Serbian": "Serbia", "Albanian": "Albania",
    "Australian": "Australia", "Indian": "India", "Iranian": "Iran", "Israeli": "Israel",
    "Kazakh": "Kazakhstan", "Icelandic": "Iceland", "Irish": "Ireland",
}

COUNTRY_NAMES = {
    "United States": "United States", "United States of America": "United States", "USA": "United States",
    "America": "United States", "Russia": "Russia", "Russian Federation": "Russia", "Ukraine": "Ukraine",
    "United Kingdom": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "Poland": "Poland", "Germany": "Germany", "France": "France", "China": "China", "Spain": "Spain",
    "Romania": "Romania", "Italy": "Italy", "Lithuania": "Lithuania", "Latvia": "Latvia",
    "Estonia": "Estonia", "Belarus": "Belarus", "Turkey": "Turkey", "Netherlands": "Netherlands",
    "Canada": "Canada", "Finland": "Finland", "Sweden": "Sweden", "Norway": "Norway",
    "Denmark": "Denmark", "Hungary": "Hungary", "Czech Republic": "Czech Republic", "Slovakia": "Slovakia",
    "Bulgaria": "Bulgaria", "Greece": "Greece", "Belgium": "Belgium", "Japan": "Japan", "Moldova": "Moldova",
    "Georgia": "Georgia", "Austria": "Austria", "Portugal": "Portugal", "Croatia": "Croatia",
    # capitals standing for their governments
    "Washington": "United States", "Moscow": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "London": "United Kingdom", "Warsaw": "Poland", "Berlin": "Germany", "Paris": "France",
    "Beijing": "China", "Bucharest": "Romania", "Vilnius": "Lithuania", "Riga": "Latvia",
    "Tallinn": "Estonia", "Minsk": "Belarus", "Chisinau": "Moldova", "Ankara": "Turkey", "Budapest": "Hungary",
}

# Institutions that speak, and the country (or alliance) they speak for.
INSTITUTIONS = {
    "Pentagon": "United States", "White House": "United States", "State Department": "United States",
    "Department of Defense": "United States", "Defense Department": "United States",
    "Congress": "United States", "Kremlin": "Russia", "Duma": "Russia", "Downing Street": "United Kingdom",
    "Foreign Office": "United Kingdom", "Ministry of Defence": "", "Elysee": "France", "Élysée": "France",
    "Bundeswehr": "Germany", "Bundestag": "Germany", "Sejm": "Poland", "NATO": "NATO", "Nato": "NATO",
    "European Union": "EU", "EU": "EU", "European Commission": "EU", "United Nations": "UN", "UN": "UN",
    "OSCE": "OSCE",
}

NATO_MEMBERS_2022 = frozenset([
    "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czech Republic", "Denmark", "Estonia",
    "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
    "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania",
    "Slovakia", "Slovenia", "Spain", "Turkey", "United Kingdom", "United States",
])

SIDES = ("NATO and allies", "Russia and Belarus", "Ukraine", "other or unknown")


def country_of(word: str) -> str:
    """The country or alliance a demonym, country, capital or institution names; "" if none."""
    for table in (DEMONYMS, COUNTRY_NAMES, INSTITUTIONS):
        if word in table:
            return table[word]
    return ""


def side_of(country: str) -> str:
    """Which side of the stand-off a country or alliance is on (February 2022)."""
    if country in NATO_MEMBERS_2022 or country in {"NATO", "EU"}:
        return SIDES[0]
    if country in {"Russia", "Belarus"}:
        return SIDES[1]
    if country == "Ukraine":
        return SIDES[2]
    return SIDES[3]
