"""World knowledge shared by every extractor: countries and their written forms,
demonyms, capitals, and institutions with the country or alliance they stand for.

General tables, not any article's facts. One canonical English name per country
(the one data/external uses: "Czechia", "United Kingdom").
"""

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
# Institutions that speak or act, and the country (or alliance) they stand for.
INSTITUTIONS = {
    "Pentagon": "United States", "White House": "United States", "State Department": "United States",
    "Department of Defense": "United States", "Defense Department": "United States",
    "Congress": "United States", "Kremlin": "Russia", "Duma": "Russia", "Downing Street": "United Kingdom",
    "Foreign Office": "United Kingdom", "Ministry of Defence": "", "Elysee": "France", "\u00c9lys\u00e9e": "France",
    "Bundeswehr": "Germany", "Bundestag": "Germany", "Sejm": "Poland", "NATO": "NATO", "Nato": "NATO",
    "North Atlantic Treaty Organization": "NATO", "European Union": "EU", "EU": "EU",
    "European Commission": "EU", "United Nations": "UN", "UN": "UN", "OSCE": "OSCE",
}
