"""World knowledge shared by every extractor: countries and their written forms,
demonyms, capitals, and institutions with the country or alliance they stand for.

General tables, not any article's facts. One canonical English name per country
(the one data/external uses: "Czechia", "United Kingdom").
"""

import csv
import re

from posture import paths

COUNTRIES = {
    "United States": ["United States of America", "United States", "U.S.A.", "USA", "U.S.", "US", "America"],
    "United Kingdom": ["United Kingdom", "Great Britain", "Britain", "U.K.", "UK"],
    "Russia": ["Russian Federation", "Russia"], "Ukraine": ["Ukraine"], "Belarus": ["Belarus"],
    "Germany": ["Germany"], "France": ["France"], "Poland": ["Poland"], "Romania": ["Romania"],
    "Estonia": ["Estonia"], "Latvia": ["Latvia"], "Lithuania": ["Lithuania"], "Bulgaria": ["Bulgaria"],
    "Hungary": ["Hungary"], "Slovakia": ["Slovakia"], "Czechia": ["Czech Republic", "Czechia"],
    "Italy": ["Italy"], "Spain": ["Spain"], "Portugal": ["Portugal"], "Greece": ["Greece"],
    "Turkey": ["Turkey", "T\u00fcrkiye"], "Netherlands": ["the Netherlands", "Netherlands", "Holland"],
    "Belgium": ["Belgium"], "Luxembourg": ["Luxembourg"], "Denmark": ["Denmark"], "Norway": ["Norway"],
    "Sweden": ["Sweden"], "Finland": ["Finland"], "Iceland": ["Iceland"], "Ireland": ["Ireland"],
    "Austria": ["Austria"], "Switzerland": ["Switzerland"], "Slovenia": ["Slovenia"], "Croatia": ["Croatia"],
    "Albania": ["Albania"], "North Macedonia": ["North Macedonia"], "Montenegro": ["Montenegro"],
    "Serbia": ["Serbia"], "Bosnia and Herzegovina": ["Bosnia and Herzegovina", "Bosnia"], "Kosovo": ["Kosovo"],
    "Moldova": ["Moldova"], "Georgia": ["Georgia"], "Armenia": ["Armenia"], "Azerbaijan": ["Azerbaijan"],
    "Kazakhstan": ["Kazakhstan"], "Canada": ["Canada"], "Australia": ["Australia"], "Japan": ["Japan"],
    "China": ["China"], "South Korea": ["South Korea"], "North Korea": ["North Korea"], "India": ["India"],
    "Iran": ["Iran"], "Iraq": ["Iraq"], "Syria": ["Syria"], "Israel": ["Israel"], "Afghanistan": ["Afghanistan"],
    "Cyprus": ["Cyprus"], "Malta": ["Malta"],
    # names reporters use that the generated table lacks: older names and forms without "the"
    "Myanmar": ["Myanmar", "Burma"],
    # "Congo" alone: reporters mean the larger country far more often ("eastern Congo"); its neighbour is
    # "Republic of the Congo" or "Congo-Brazzaville"
    "Democratic Republic of the Congo": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
                                         "DRC", "Congo-Kinshasa", "Zaire", "Congo"],
    "Ivory Coast": ["Ivory Coast", "C\u00f4te d'Ivoire", "C\u00f4te d\u2019Ivoire", "Cote d'Ivoire", "Cote d\u2019Ivoire"],
    "United Arab Emirates": ["United Arab Emirates", "UAE", "U.A.E.", "the Emirates"],
    # a state of the 1990s, as reports of its time name it (not by the name it took in 2003)
    "Yugoslavia": ["Yugoslavia", "Federal Republic of Yugoslavia"],
    "Central African Republic": ["Central African Republic", "CAR"],
}
DEMONYMS = {
    "American": "United States", "British": "United Kingdom", "Russian": "Russia", "Ukrainian": "Ukraine",
    "Belarusian": "Belarus", "German": "Germany", "French": "France", "Polish": "Poland", "Romanian": "Romania",
    "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania", "Bulgarian": "Bulgaria",
    "Hungarian": "Hungary", "Slovak": "Slovakia", "Czech": "Czechia", "Italian": "Italy", "Spanish": "Spain",
    "Portuguese": "Portugal", "Greek": "Greece", "Turkish": "Turkey", "Dutch": "Netherlands", "Belgian": "Belgium",
    "Danish": "Denmark", "Norwegian": "Norway", "Swedish": "Sweden", "Finnish": "Finland", "Canadian": "Canada",
    "Australian": "Australia", "Japanese": "Japan", "Chinese": "China", "Albanian": "Albania",
    "Croatian": "Croatia", "Slovenian": "Slovenia", "Moldovan": "Moldova", "Georgian": "Georgia",
    "Austrian": "Austria", "Irish": "Ireland", "Icelandic": "Iceland", "Luxembourgish": "Luxembourg",
    "Belarussian": "Belarus", "Swiss": "Switzerland", "Serbian": "Serbia", "Indian": "India", "Iranian": "Iran",
    "Israeli": "Israel", "Kazakh": "Kazakhstan",
}
CAPITALS = {
    "Washington": "United States", "London": "United Kingdom", "Moscow": "Russia", "Kyiv": "Ukraine",
    "Kiev": "Ukraine", "Minsk": "Belarus", "Berlin": "Germany", "Paris": "France", "Warsaw": "Poland",
    "Bucharest": "Romania", "Tallinn": "Estonia", "Riga": "Latvia", "Vilnius": "Lithuania", "Sofia": "Bulgaria",
    "Budapest": "Hungary", "Bratislava": "Slovakia", "Prague": "Czechia", "Rome": "Italy", "Madrid": "Spain",
    "Lisbon": "Portugal", "Athens": "Greece", "Ankara": "Turkey", "The Hague": "Netherlands",
    "Amsterdam": "Netherlands", "Brussels": "Belgium", "Copenhagen": "Denmark", "Oslo": "Norway",
    "Stockholm": "Sweden", "Helsinki": "Finland", "Ottawa": "Canada", "Canberra": "Australia", "Tokyo": "Japan",
    "Beijing": "China", "Vienna": "Austria", "Chisinau": "Moldova", "Tbilisi": "Georgia",
}
# Adjectives reporters use that the generated table does not give.
DEMONYMS.update({"Yugoslav": "Yugoslavia", "Philippine": "Philippines", "Saudi": "Saudi Arabia", "Kosovar": "Kosovo", "Emirati": "United Arab Emirates",
                 "Taiwanese": "Taiwan", "Korean": "South Korea", "South Korean": "South Korea",
                 "North Korean": "North Korea", "Nigerien": "Niger", "Malian": "Mali", "Chadian": "Chad",
                 "Argentine": "Argentina", "Argentinian": "Argentina", "Djiboutian": "Djibouti", "Nepali": "Nepal",
                 "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan", "Uzbek": "Uzbekistan", "Ecuadorian": "Ecuador",
                 "Timorese": "Timor-Leste", "Botswanan": "Botswana"})
# Institutions that speak or act, and the country (or alliance) they stand for.
INSTITUTIONS = {
    "Pentagon": "United States", "White House": "United States", "State Department": "United States",
    "Department of Defense": "United States", "Defense Department": "United States",
    "Congress": "United States", "Kremlin": "Russia", "Duma": "Russia", "Downing Street": "United Kingdom",
    "Foreign Office": "United Kingdom", "Ministry of Defence": "", "Elysee": "France", "\u00c9lys\u00e9e": "France",
    "Bundeswehr": "Germany", "Bundestag": "Germany", "Sejm": "Poland", "NATO": "NATO", "Nato": "NATO",
    "North Atlantic Treaty Organization": "NATO", "European Union": "EU", "EU": "EU",
    "European Commission": "EU", "United Nations": "UN", "UN": "UN", "OSCE": "OSCE",
    "Joint Staff": "United States", "Joint Chiefs of Staff": "United States",
    "U.S. Forces Korea": "United States", "US Forces Korea": "United States",
    "U.S. Forces Japan": "United States", "US Forces Japan": "United States", "Eighth Army": "United States",
    "Indo-Pacific Command": "United States", "European Command": "United States",
    "Central Command": "United States", "Africa Command": "United States",
    "Defence Ministry": "", "Defense Ministry": "", "Foreign Ministry": "", "Department of Defence": "",
}

# --- the rest of the world, from data/external/world_countries.csv ---------------------
# The hand tables above come first (their spellings and short forms win); every other
# country, its written forms, demonyms and capital are added from the generated file.
# Capitals that are also common words or people's names are not read as places or forces.
_AMBIGUOUS_CAPITALS = frozenset({
    "Male", "Victoria", "Hamilton", "Kingston", "Georgetown", "Plymouth", "Jamestown", "Castries", "Basseterre",
    "Roseau", "Saint John's", "The Valley", "Road Town", "Avarua", "Kralendijk", "Melekeok", "Ngerulmud",
    "Palikir", "Funafuti", "Yaren", "Washington D.C.", "Vatican City", "Singapore", "Luxembourg", "Monaco",
    "San Marino", "Djibouti", "Kuwait City", "Panama City", "Guatemala City", "Mexico City", "Victoria",
    "Hagåtña", "Saipan", "Adamstown", "Flying Fish Cove", "West Island", "King Edward Point", "Longyearbyen",
})


# Names the generated table gives in a country's own language that are English words ("Island" is
# Iceland in Icelandic): read in English text they would name the country in "Christmas Island".
_ENGLISH_WORD_ALIASES = frozenset({"Island"})


_CONTINENTS: dict[str, str] = {}


TERRITORIES: dict[str, list[str]] = {}  # dependent territories: places, never a force


def _add_world() -> None:
    with open(paths.EXTERNAL / "world_countries.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["country"]
            if row["sovereign"] == "no" and name not in COUNTRIES:
                TERRITORIES[name] = [a for a in row["aliases"].split("; ") if a]
                continue
            forms = COUNTRIES.setdefault(name, [])
            for alias in [name, *row["aliases"].split("; ")]:  # the name itself is a written form too
                if alias and alias not in forms and alias not in _ENGLISH_WORD_ALIASES \
                        and all(alias not in other for other in COUNTRIES.values()):
                    forms.append(alias)
            for demonym in row["demonyms"].split("; "):
                if demonym:
                    DEMONYMS.setdefault(demonym, name)
            _CONTINENTS[name] = row["region"]
            capital = row["capital"]
            if capital and capital not in _AMBIGUOUS_CAPITALS:
                CAPITALS.setdefault(capital, name)


_add_world()

# Europe's regions, as the seed's reporting and its neighbours name them.
# Nationals in the plural, as reporters count troops by nation ("670 Norwegians, 800 Swedes"): the
# demonyms in -an, -ian and -i take an s; the rest are spelled here.
NATIONALS_IRREGULAR = {
    "Swedes": "Sweden", "Danes": "Denmark", "Finns": "Finland", "Poles": "Poland", "Turks": "Turkey",
    "Britons": "United Kingdom", "Brits": "United Kingdom", "Scots": "United Kingdom", "Dutchmen": "Netherlands",
    "Frenchmen": "France", "Icelanders": "Iceland", "Luxembourgers": "Luxembourg", "Filipinos": "Philippines",
    "Thais": "Thailand", "Czechs": "Czechia", "Slovaks": "Slovakia", "Greeks": "Greece", "Serbs": "Serbia",
    "Croats": "Croatia", "Kazakhs": "Kazakhstan", "Uzbeks": "Uzbekistan", "Tajiks": "Tajikistan",
    "New Zealanders": "New Zealand", "Kiwis": "New Zealand",
}
NATIONALS = {**{f"{demonym}s": country for demonym, country in DEMONYMS.items()
                if demonym.endswith(("an", "i")) and " " not in demonym}, **NATIONALS_IRREGULAR}

BALTIC = ("Estonia", "Latvia", "Lithuania")
EASTERN_FLANK = (*BALTIC, "Poland", "Romania", "Bulgaria", "Hungary", "Slovakia")
EASTERN_EUROPE = (*EASTERN_FLANK, "Czechia", "Ukraine", "Belarus", "Moldova", "Baltic states")
EUROPE = (
    "Germany", "France", "United Kingdom", "Italy", "Spain", "Portugal", "Greece", "Turkey", "Netherlands",
    "Belgium", "Luxembourg", "Denmark", "Norway", "Sweden", "Finland", "Iceland", "Ireland", "Austria",
    "Switzerland", "Slovenia", "Croatia", "Albania", "North Macedonia", "Montenegro", "Serbia",
    "Bosnia and Herzegovina", "Kosovo", "Cyprus", "Malta", *EASTERN_EUROPE, "Eastern Europe", "Central Europe",
    "Southern Europe", "Northern Europe", "Western Europe", "NATO eastern flank", "Baltic states",
)
REGIONS = {
    "Baltic states": (["the Baltic states", "the Baltic countries", "the Baltic region", "the Baltics",
                       "Baltic states", "the Baltic nations"], BALTIC),
    "Baltic Sea": (["the Baltic Sea", "Baltic Sea"], ()),
    "NATO eastern flank": (["NATO's eastern flank", "Nato's eastern flank", "NATO\u2019s eastern flank",
                            "Nato\u2019s eastern flank", "the alliance's eastern flank", "the eastern flank"],
                           (*EASTERN_FLANK, "Baltic states")),
    "Eastern Europe": (["Central and Eastern Europe", "central and eastern Europe", "Eastern Europe",
                        "eastern Europe"], EASTERN_EUROPE),
    "Central Europe": (["Central Europe", "central Europe"], ("Poland", "Czechia", "Slovakia", "Hungary", "Germany", "Austria")),
    "Southern Europe": (["Southern Europe", "southern Europe"], ("Italy", "Spain", "Portugal", "Greece")),
    "Europe": (["Europe"], EUROPE),
    "Black Sea": (["the Black Sea", "Black Sea"], ()),
    "Mediterranean": (["the eastern Mediterranean", "the Mediterranean", "Mediterranean"], ()),
}

# World regions as reporters name them, with the countries (or regions) each holds.
def _continent(name: str) -> tuple:
    return tuple(sorted(c for c, region in _CONTINENTS.items() if region == name))


_GULF = ("Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates")
_LEVANT = ("Syria", "Lebanon", "Israel", "Jordan", "Palestine")
_SAHEL = ("Mali", "Niger", "Burkina Faso", "Chad", "Mauritania")
_HORN = ("Somalia", "Ethiopia", "Eritrea", "Djibouti")
REGIONS.update({
    "Middle East": (["the Middle East", "Middle East", "the Mideast"], (*_GULF, *_LEVANT, "Iraq", "Iran", "Yemen", "Egypt")),
    "Gulf": (["the Persian Gulf", "the Arabian Gulf", "the Gulf region", "the Gulf", "Persian Gulf"], _GULF),
    "Levant": (["the Levant"], _LEVANT),
    "Sahel": (["the Sahel region", "the Sahel", "Sahel"], _SAHEL),
    "West Africa": (["West Africa", "western Africa"], (*_SAHEL, "Nigeria", "Ghana", "Senegal", "Ivory Coast",
                                                        "Benin", "Togo", "Guinea", "Sierra Leone", "Liberia")),
    "Horn of Africa": (["the Horn of Africa", "Horn of Africa"], _HORN),
    "East Africa": (["East Africa", "eastern Africa"], (*_HORN, "Kenya", "Uganda", "Tanzania", "Rwanda", "Burundi",
                                                        "South Sudan")),
    "Korean peninsula": (["the Korean peninsula", "the Korean Peninsula", "Korean peninsula"], ("South Korea", "North Korea")),
    "South China Sea": (["the South China Sea", "South China Sea"], ()),
    "East China Sea": (["the East China Sea", "East China Sea"], ()),
    "Taiwan Strait": (["the Taiwan Strait", "Taiwan Strait"], ()),
    "Red Sea": (["the Red Sea", "Red Sea"], ()),
    "Gulf of Aden": (["the Gulf of Aden", "Gulf of Aden"], ()),
    "Strait of Hormuz": (["the Strait of Hormuz", "Strait of Hormuz"], ()),
    "Arctic": (["the Arctic"], ()),
    "High North": (["the High North", "High North"], ()),
    "Indo-Pacific": (["the Indo-Pacific", "Indo-Pacific"], ("Japan", "South Korea", "Philippines", "Australia",
                                                            "Taiwan", "India", "Korean peninsula", "South China Sea")),
    "Asia-Pacific": (["the Asia-Pacific", "Asia-Pacific"], ("Japan", "South Korea", "Philippines", "Australia", "Taiwan")),
    "Pacific": (["the western Pacific", "the South Pacific", "the Pacific"], ()),
    "Balkans": (["the Western Balkans", "the western Balkans", "the Balkans"], ("Serbia", "Kosovo", "Bosnia and Herzegovina",
                                                                                  "Montenegro", "North Macedonia", "Albania")),
    "Caucasus": (["the South Caucasus", "the Caucasus"], ("Georgia", "Armenia", "Azerbaijan")),
    "former Yugoslavia": (["the former Yugoslavia", "former Yugoslavia"], ("Slovenia", "Croatia", "Bosnia and Herzegovina",
                                                                          "Serbia", "Montenegro", "North Macedonia",
                                                                          "Kosovo")),
    "former Soviet Union": (["the former Soviet Union", "former Soviet Union", "the Soviet Union"], ()),
    "Central Asia": (["Central Asia"], ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan")),
    "Southeast Asia": (["Southeast Asia", "South-East Asia"], ()),
    "Caribbean": (["the Caribbean"], ()),
    "Africa": (["Africa"], ()),
    "Asia": (["Asia"], ()),
})
for _name in ("Africa", "Asia"):
    REGIONS[_name] = (REGIONS[_name][0], _continent(_name))


# Islands reporters name on their own ("troops on Okinawa"): places, never a force.
ISLANDS = ("Okinawa", "Luzon", "Palawan", "Mindanao", "Hokkaido", "Kyushu", "Honshu", "Sakhalin", "Crete", "Sicily",
           "Sardinia", "Gotland", "Bornholm", "Diego Garcia", "Novaya Zemlya", "Svalbard", "Hainan", "Jeju",
           "Guadalcanal", "Zanzibar", "Socotra", "Saipan")


def alias_table() -> dict[str, tuple[str, str]]:
    """Every written form of a place or force -> (canonical name, what it is)."""
    table = {}
    for name, aliases in COUNTRIES.items():
        for alias in aliases:
            table[alias] = (name, "country")
    for name, (aliases, _) in REGIONS.items():
        for alias in aliases:
            table[alias] = (name, "region")
    for capital, country in CAPITALS.items():
        table[capital] = (capital, "capital")
    for name, aliases in TERRITORIES.items():
        for alias in aliases:
            table.setdefault(alias, (name, "territory"))
    for island in ISLANDS:
        table.setdefault(island, (island, "island"))
    return table


def contains(region: str) -> frozenset[str]:
    """Everything a region holds, regions inside it included, transitively."""
    members, todo = set(), list(REGIONS.get(region, ((), ()))[1])
    while todo:
        place = todo.pop()
        if place not in members:
            members.add(place)
            todo.extend(REGIONS.get(place, ((), ()))[1])
    for capital, country in CAPITALS.items():
        if country in members or country == region:
            members.add(capital)
    return frozenset(members)

# Organisations that field troops of their own: a mention may be theirs ("UN peacekeepers").
ORGANISATIONS = ("NATO", "UN", "EU", "African Union", "CSTO", "SADC", "ECOWAS", "GCC", "East African Community")
# Well-known missions and armed forces, and whose troops they are.
MISSIONS = {
    "KFOR": "NATO", "Resolute Support": "NATO", "NATO Mission Iraq": "NATO",
    "UNIFIL": "UN", "MONUSCO": "UN", "MINUSMA": "UN", "MINUSCA": "UN", "UNMISS": "UN", "UNFICYP": "UN",
    "UNDOF": "UN", "UNISFA": "UN", "MINURSO": "UN", "blue helmets": "UN", "UN peacekeepers": "UN",
    "EUFOR": "EU", "EUFOR Althea": "EU", "EUNAVFOR": "EU", "EUTM": "EU",
    "ATMIS": "African Union", "AMISOM": "African Union", "African Union": "African Union",
    "Collective Security Treaty Organization": "CSTO", "CSTO": "CSTO",
    "SADC": "SADC", "SAMIM": "SADC", "SAMIDRC": "SADC", "ECOWAS": "ECOWAS", "ECOMOG": "ECOWAS", "ECOMIL": "ECOWAS",
    "GCC": "GCC", "Peninsula Shield": "GCC", "EAC": "East African Community", "EACRF": "East African Community",
    "East African Community": "East African Community",
}
ARMED_FORCES = {
    "Self-Defense Forces": "Japan", "Self-Defense Force": "Japan", "Ground Self-Defense Force": "Japan",
    "Maritime Self-Defense Force": "Japan", "Air Self-Defense Force": "Japan", "SDF": "Japan", "JSDF": "Japan",
    "People's Liberation Army": "China", "PLA": "China", "Australian Defence Force": "Australia", "ADF": "Australia",
    "Israel Defense Forces": "Israel", "IDF": "Israel", "Canadian Armed Forces": "Canada", "Bundeswehr": "Germany",
    "Jamaica Defence Force": "Jamaica", "JDF": "Jamaica", "Kenya Defence Forces": "Kenya", "KDF": "Kenya",
    "Indian Army": "India", "Royal Navy": "United Kingdom", "Royal Air Force": "United Kingdom", "RAF": "United Kingdom",
    "British Army": "United Kingdom", "US Army": "United States", "U.S. Army": "United States",
    "Marine Corps": "United States", "US Marine Corps": "United States", "U.S. Marine Corps": "United States",
    "Africa Corps": "Russia", "Wagner": "Russia", "Rwanda Defence Force": "Rwanda",
    "Armed Forces of the Philippines": "Philippines", "Philippine Marine Corps": "Philippines",
    # national forces reporters name by acronym (not SAF or BDF: each stands for two countries' forces)
    "PNGDF": "Papua New Guinea", "Papua New Guinea Defence Force": "Papua New Guinea", "SANDF": "South Africa",
    "South African National Defence Force": "South Africa", "RDF": "Rwanda", "ENDF": "Ethiopia",
    "Ethiopian National Defense Force": "Ethiopia", "FARDC": "Democratic Republic of the Congo", "UPDF": "Uganda",
    "TNI": "Indonesia", "Tatmadaw": "Myanmar", "ZDF": "Zimbabwe", "MNDF": "Maldives", "RSLAF": "Sierra Leone",
    "FAMa": "Mali", "NZDF": "New Zealand", "Singapore Armed Forces": "Singapore",
}
INSTITUTIONS.update({name: body for name, body in {**MISSIONS, **ARMED_FORCES}.items() if name not in INSTITUTIONS})

# Short forms of a country's name, which reporters also use as adjectives ("US officials", "U.K. troops").
ABBREVIATIONS = tuple((country, alias) for country, aliases in COUNTRIES.items() for alias in aliases
                      if re.fullmatch(r"(?:[A-Z]\.?){2,3}", alias))
