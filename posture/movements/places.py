"""Places in a sentence: route phrases ('from Germany to Romania', 'on the border with
Ukraine', 'at Tapa, Estonia') and the origin and destination they give a troop mention.

A place is a gazetteer name (country, region, capital) or a capitalised name standing
after a route preposition ('Rukla', 'Fort Bragg'); nothing is filled in from world
knowledge. 'Tapa, Estonia' and 'Rukla in Lithuania' give the most specific place.
"""

import re
from dataclasses import dataclass

from posture.lang.gazetteer import INSTITUTIONS as gazetteer_institutions
from posture.lang.literals import alternation
from posture.movements import words

ALIASES = words.alias_table()
_ALIAS_PATTERN = alternation(sorted(ALIASES, key=len, reverse=True))
_PLACE_NAME = re.compile(rf"(?<![\w.])(?:{_ALIAS_PATTERN})(?![\w])")
_FORCE_NAMES = {**{a: c for a, (c, kind) in ALIASES.items() if kind == "country"},
                **words.CAPITALS, **words.DEMONYMS, **words.NATIONALS, **words.INSTITUTIONS, **words.ALLIANCES}
# Acronyms said as words are also written in title case ("Atmis", "Unifil", "Kfor").
_FORCE_NAMES.update({name.title(): force for name, force in list(_FORCE_NAMES.items())
                     if name.isupper() and len(name) >= 4 and name.title() not in _FORCE_NAMES})
FORCE_WORDS = re.compile(
    r"(?<![\w.])(?:" + alternation(sorted(_FORCE_NAMES, key=len, reverse=True)) + r")(?![\w])"
)
_ROUTE_BEFORE = re.compile(
    r"\b(?:to|into|from|in|at|near|with|alongside|against|towards?|through|across|on|onto|inside|within|for|under|"
    r"between|around|throughout|reached|entered|via|and\s+near|borders|bordering|off|"
    r"leave|leaves|leaving|left|quit|quits|exit|exits|exited|exiting|depart|departs|departed|departing)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+|(?:former|occupied|neighbouring|neighboring|breakaway|rebel-held)\s+)?"
    r"(?:(?:[A-Z][\w'\u2019.-]*|of|(?:north|south|east|west|central)\w*)(?:\s+|,\s*|\s+and\s+|\s+or\s+))*$"
)
_PREP = re.compile(
    r"\b(?P<prep>to\s+(?:secure|protect|guard|patrol|defend|reinforce|hold)(?=\s+(?:the\s+)?[A-Z])|"  # "to secure the Kacanik gorge"
    r"(?:guards?|guarded|guarding|patrols?|patrolled|patrolling)(?=\s+(?:the\s+)?[A-Z])|"  # "which guards Cobasna": where it is
    r"back\s+(?:in|at|to|on)|from|out\s+of|(?<!according\s)(?<!thanks\s)(?<!due\s)(?<!addition\s)(?<!compared\s)(?<!close\s)to|"
    r"into|in\s+and\s+near|in\s+and\s+around|in\s+or\s+near|in|at|near|(?:just\s+)?off(?=\s+(?:the\s+coast\s+of\s+)?[A-Z])|"
    r"along|on|towards?|"
    r"through|across|reached|entered|crossed\s+into|bound\s+for|inside|throughout|aboard|(?:take|takes|took|taking)\s+over|"
    r"(?:advancing|advanced|advance|marching|marched)\s+on(?=\s+(?:the\s+)?[A-Z])|"
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)"  # "the departing Kiwis": who leaves, not what is left
    r"(?:leave|leaves|leaving|left|quit|quits|exit|exits|exited|exiting|depart|departs|departed|departing)"
    r"(?=\s+(?:the\s+)?[A-Z])|for)\s+"
)
_LEAVING = ("leave", "leaves", "leaving", "left", "quit", "quits", "exit", "exits", "exited", "exiting", "depart", "departs",
            "departed", "departing", "out of")
_BORDER = re.compile(
    r"(?:the|its|their)\s+(?:\w+\s+)?(?:borders?|frontiers?)\s+with\s+(?P<a>[A-Z]\w*(?:\s+[A-Z]\w*)?)"
    r"|(?P<b>[A-Z]\w*)['\u2019]s\s+(?:\w+\s+)?borders?\b"
    r"|(?:the\s+)?(?P<c>[A-Z][a-z]+)\s+(?:border|frontier)\b"
    r"|(?:the\s+)?(?P<written>(?:[A-Z][\w.]*-[A-Z][\w.]*|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)\s+(?:border|frontier))\b"
)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e"
_NAME = re.compile(
    rf"(?:the\s+)?(?P<name>(?:[{_UPPER}]|(?:al|el|ez|es|ad|ar|as|an)-[{_UPPER}])[\w'\u2019.-]*"   # "al-Watiya air base"
    rf"(?:\s+(?:[{_UPPER}][\w'\u2019.-]*|(?:al|el|ez|es|ad|ar|as|an)-[{_UPPER}][\w'\u2019-]*|"
    rf"(?:de|del|da|do|dos|das|di|du|la|le|el|al|of)(?=\s+[{_UPPER}])|"   # "Norte de Santander", "Line of Control"
    r"air\s+base|airbase|base|airport|airfield|barracks|region|islands|island|training\s+area|"
    r"highlands|gorge|valley|pass|coast|hills|plateau|peninsula|corridor|strip))*"
    r"(?:\s+(?:No\.\s*)?\d{1,3}\b(?![,.]\d))?)"                       # "Sector 4", "Air Base No. 5"
)
_DIRECTION = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
_SETTLEMENT = (r"(?:towns?|city|cities|villages?|ports?|regions?|provinces?|islands?|districts?|states?|county|counties|"
               r"oblasts?|territory|territories|governorates?|prefectures?)")
_LEAD = re.compile(
    rf"(?:the\s+(?=(?:new|former|old|main|sprawling|remote|border|coastal|frontier|garrison|port|market|neighbouring|neighboring|{_SETTLEMENT}|two|three|four|both|"
    rf"{_DIRECTION}\s+{_SETTLEMENT}|{_DIRECTION}(?=\s+[A-Z]))\s))?(?:(?:new|former|old|main|sprawling|remote|border|coastal|frontier|garrison|port|market|"
    r"neighbouring|neighboring|"
    r"two|three|four|both)\s+)?"
    rf"(?:(?:{_DIRECTION}\s+)?{_SETTLEMENT}\s+of\s+)?"                 # "the northern state of Roraima"
    rf"(?P<direction>{_DIRECTION}\s+(?=[A-Z]))?")
_ARMED_FORCES_NEXT = re.compile(r"\s+(?:Armed\s+Forces|Army|Navy|Air\s+Force|Defen[cs]e\s+Forces?|Marines|"
                                r"Marine\s+Corps|Coast\s+Guard|National\s+Guard|Self-Defen[cs]e\s+Forces?)\b")
_SITE_WORD = re.compile(r"\b(?:Airfield|Air\s+Base|Base|Barracks|Station|Field|Airport|Camp|Fort)\b|\b(?:air\s+base|base|barracks)$")
_FORMATION_WORD = re.compile(
    r"\b(?:Force|Forces|Brigade|Division|Regiment|Battalion|Corps|Army|Navy|Fleet|Command|Wing|Squadron|Unit|Guard|"
    r"Police|Task|Commando|Marines)\b|['\u2019]s\b")
_NOT_PLACES = frozenset(
    """January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday The A An NATO Nato EU Twitter Operation Ministry Defence Defense
    Congress Parliament He She They It We I Pentagon Kremlin President Prime Minister Secretary General
    Chancellor Defence Foreign Officials Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. UN""".split()
)
_ON_PLACE = re.compile(
    rf"(?:the\s+)?(?:{_ALIAS_PATTERN})(?![\w])"
    r"|(?:the\s+)?(?:island|islands|atoll|peninsula|archipelago)\s+of\s+[A-Z]"   # "on the island of Gotland"
    r"|(?:the\s+)?[A-Z\u00c0-\u00de][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+(?:island|islands|Island|Islands|"
    r"Peninsula|peninsula|Land|Shoal|shoal|Reef|reef|Atoll|atoll|archipelago|Archipelago)\b")
_LIST_GLUE = re.compile(r",\s*and\s+|,\s*|\s+and\s+|\s+or\s+")
_ORIGIN_CONTEXT = re.compile(r"(?<!\bto\s)(?<!\bto\s\w{3})(?<!\bbe\s)\b(?:bases?|based|stationed|home|garrisons?|"
                             r"on\s+(?:standby|stand-by|alert)|waiting(?:\s+for\s+(?:an?\s+|the\s+)?[\w-]+)?)\s+$")
# "from the 3rd Brigade in Townsville": where the unit the troops come from is based.
_FROM_UNIT = re.compile(r"\bfrom\s+(?:the\s+|its\s+)?(?:[\w'\u2019.,-]+\s+){0,6}?"
                        r"(?:Brigade|Regiment|Battalion|Division|Squadron|Group|Wing|Fleet|Corps|Company|Battery|Rifles)\s+$")
# "2,000 Marines at Camp Lejeune, N.C., were on alert": where troops wait to be sent is where they would leave
_STANDBY_AFTER = re.compile(r"(?:[^.;]|(?<=[A-Z])\.|\.(?=,)){0,40}?\b(?:were|are|was|is|remain|remained|stay|stayed)\s+(?:\w+\s+)?"
                            r"(?:on\s+(?:high\s+)?(?:alert|standby|stand-by)|ready\s+to\s+(?:deploy|move|go|fly))")
_TO_BASES = re.compile(r"\b(?:to|into)\s+(?:(?:their|its|the|new|coastal|forward|military|temporary|other|home)\s+){0,3}"
                       r"(?:bases?|camps?|garrisons?|barracks)\s+$")
# "are due home next week and will be welcomed at Queen Elizabeth Barracks": a place after going home is home
_HOME_THEN = re.compile(r"\b(?:home|back)\s+(?:(?!from\b|aboard\b)[\w,]+\s+){0,8}?$")
_FORMATION_NEXT = re.compile(r"\s+(?:" + "|".join(words.FORMATIONS) + r")\b")
# The place a sentence opens with holds troops it is home to or hosts: "Sigonella ... is home to about 3,000".
_HOSTED_BEFORE = re.compile(r"\b(?:(?:is|are|was|were|remains?|has\s+long\s+been)\s+home\s+to|hosts|hosted|houses)\s+"
                            r"(?:(?:an?\s+)?(?:estimated|about|around|some|roughly|more\s+than|over|nearly|up\s+to)\s+)?$", re.I)
_THERE = re.compile(r"\b(?:there|where)\b")
# "will leave for Cyprus", "sailed for the Gulf": 'for' after a verb of setting off names where they go
_SET_OFF_BEFORE = re.compile(r"\b(?:leave|leaves|leaving|left|depart\w*|sail\w*|head\w*|set\s+off|set\s+out|"
                             r"fly|flies|flew|flown|bound|embark\w*|planned|earmarked|destined|slated|intended)\s+$", re.I)
_TO_PREPS = ("to secure", "to protect", "to guard", "to patrol", "to defend", "to reinforce", "to hold", "to", "into", "toward", "towards", "through", "reached", "entered", "crossed into", "bound for",
             "advancing on", "advanced on", "advance on", "marching on", "marched on",
             "take over", "takes over", "took over", "taking over",
             "back in", "back at", "back to", "back on")


@dataclass(frozen=True)
class Place:
    name: str        # as it goes into the table, in English
    known: bool      # a gazetteer name (country, region, capital), not just a capitalised name
    is_country: bool


@dataclass(frozen=True)
class Phrase:
    prep: str
    start: int
    end: int
    places: tuple


def force_of(word: str) -> str:
    return _FORCE_NAMES[word]


def force_named(words_: str) -> str:
    """The force a name stands for, trying its longest leading part first ('Australian Army' -> Australia); '' if none."""
    parts = words_.split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n]).removesuffix("'s").removesuffix("\u2019s")
        if name in _FORCE_NAMES:
            return _FORCE_NAMES[name]
    return ""


def names_armed_forces(text: str, end: int) -> bool:
    """Does a country word ending at `end` name its armed forces ("the Swedish Armed Forces", "the Indian Navy")?"""
    return bool(_ARMED_FORCES_NEXT.match(text, end))


def in_route(text: str, start: int) -> bool:
    """Is the word at start the object of a route or partner preposition ('to Poland and Germany')?"""
    return bool(_ROUTE_BEFORE.search(text[max(0, start - 160):start]))


_THE = re.compile(r"the\s+")


def _as_located(prep: str, name: str) -> str:
    """A place as the table writes it: "near Ukraine" and "off Grenada" keep their word, the rest are the place."""
    return f"{prep} {name}" if prep in ("near", "off") else name


def _place_at(text: str, pos: int, prep: str) -> tuple[Place, int] | None:
    border = _BORDER.match(text, pos)
    if border and border["c"] and not text.startswith("the", border.start()) \
            and ALIASES.get(border["c"], ("", ""))[1] != "country" and border["c"] not in words.DEMONYMS:
        border = None  # "to Guangxi frontier": without an article, only a country's border is a border phrase
    if border and border["written"]:  # "the U.S.-Mexico border", "the southwest border": as written
        return Place(border["written"], True, False), border.end()
    if border:
        written = border["a"] or border["b"] or border["c"]
        country = ALIASES.get(written, (words.DEMONYMS.get(written, written), ""))[0]
        return Place(f"{country} border", True, False), border.end()
    if prep == "on" and not _ON_PLACE.match(text, pos):
        return None  # "on Monday", "on alert", "on Twitter"; but "on Yonaguni island", "on the Kola Peninsula"
    whole = _PLACE_NAME.match(text, pos)  # "the former Yugoslavia" is a name of its own
    lead = _LEAD.match(text, pos)  # "the new", "the border town of", "southeastern"
    direction = (lead["direction"] or "").strip()
    if whole and whole.end() > lead.end() and lead.end() > pos and not direction:
        name, kind = ALIASES[whole.group(0)]
        return Place(_as_located(prep, name), True, kind == "country"), whole.end()
    pos = lead.end()
    article = _THE.match(text, pos)
    start = article.end() if article else pos
    gazetteer = _PLACE_NAME.match(text, pos) or _PLACE_NAME.match(text, start)
    owned = gazetteer and re.match(rf"['\u2019]s\s+(?=[{_UPPER}])", text[gazetteer.end():gazetteer.end() + 4])
    if owned:  # "in Mozambique's Cabo Delgado province": the place the country owns is the more specific
        inner = _place_at(text, gazetteer.end() + owned.end(), prep)
        if inner:
            return inner
    if gazetteer and _ARMED_FORCES_NEXT.match(text, gazetteer.end()):
        return None  # "from the Singapore Armed Forces": a nation's forces, not a place
    if gazetteer:
        name, kind = ALIASES[gazetteer.group(0)]
        # "in southeastern Poland" -> southeastern Poland: the most specific place the text gives
        name = f"{direction.lower()} {name}" if direction and kind in ("country", "region", "island") else name
        return Place(_as_located(prep, name), True, kind == "country" and not direction), gazetteer.end()
    named = _NAME.match(text, pos)
    if not named or words.NAMED_UNIT.match(named["name"]) or words.NAMED_UNIT.match(text, named.start("name")) \
            or _FORMATION_NEXT.match(text, named.end()):
        return None  # a unit, not a place: "the 82nd Airborne", "the Royal Welsh battle group", "the Royal 22nd Regiment"
    first = named["name"].split()[0]
    if (first in _NOT_PLACES or first.rstrip(".") in _NOT_PLACES  # "in July."
            or (first in words.DEMONYMS and " " not in named["name"])  # "the French naval base"; not "Finnish Lapland"
            or first in gazetteer_institutions or first.upper() in gazetteer_institutions
            or (_FORMATION_WORD.search(named["name"]) and not _SITE_WORD.search(named["name"]))):
        return None  # a body or a formation ("the Royal Solomon Islands Police Force"), not a place
    written = named["name"]
    end = named.end()
    if direction:  # "to northern Luzon"
        written = f"{direction.lower()} {written}"
    if written.endswith(".") and not re.search(r"\b[A-Z]\.$|\bSt\.$", written):
        written, end = written[:-1], end - 1  # the sentence's full stop
    return Place(_as_located(prep, written), False, False), end


_SIDE_OF = re.compile(rf"\b(?:to\s+the\s+|in\s+the\s+)?(?P<side>{_DIRECTION})\s+of\s+(?=(?:the\s+)?[{_UPPER}])")


# "In Estonia, Britain has ...": a sentence may open with where it happens
_OPENING_PREP = re.compile(r"\s*(?P<prep>In|At|On|Inside)\s+")


_NAMES_TO_AND = re.compile(r"(?:,\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?){1,6},?\s+and\s+[A-Z][\w'\u2019-]*\b")


def route_phrases(text: str) -> list[Phrase]:
    """Every preposition followed by a place or a list of places, in order."""
    phrases = []
    opening = _OPENING_PREP.match(text)
    for prep in ([opening] if opening else []) + list(_PREP.finditer(text)):
        kind = re.sub(r"\s+", " ", prep["prep"].lower())
        first = _place_at(text, prep.end(), kind)
        if not first:
            continue
        found, end = [first[0]], first[1]
        while True:
            glue = _LIST_GLUE.match(text, end)
            if not glue:
                break
            following = _place_at(text, glue.end(), kind)
            # after a comma, or after a gazetteer name, only another gazetteer name continues the list,
            # unless the names run on to an "and" ("into Axum, Adwa and Shire")
            needs_known = ("," in glue.group(0) or found[-1].known) and not _NAMES_TO_AND.match(text, end)
            if not following or (needs_known and not following[0].known) or words.VERB_NEXT.match(text, following[1]):
                break
            found.append(following[0])
            end = following[1]
        phrases.append(Phrase(kind, prep.start(), end, tuple(_drop_locators(found))))
    for side in _SIDE_OF.finditer(text):  # "south of the Litani River", "to the east of the DRC": a place as written
        if any(p.start <= side.start() < p.end for p in phrases):
            continue
        place = _place_at(text, side.end(), "in")
        if place and not place[0].name.startswith("near "):
            written = text[side.start("side"):place[1]]
            phrases.append(Phrase("in", side.start(), place[1], (Place(written, place[0].known, False),)))
    phrases.sort(key=lambda phrase: phrase.start)
    return _drop_locator_phrases(text, phrases)


def _drop_locators(found: list[Place]) -> list[Place]:
    """'Tapa, Estonia' -> Tapa: a country right after a lesser-known place only locates it."""
    kept = []
    for place in found:
        if kept and place.known and not kept[-1].known:
            continue
        kept.append(place)
    return kept


_LOCATOR_NOUN = re.compile(r"\s+(?:province|region|county|state|district|prefecture|governorate|oblast)\b", re.I)


# "Bashiqa, near Mosul", "Camp Hovey near the town of ...", "CFB Shilo, about 35 kilometres east of Brandon",
# "Prince Sultan Air Base, a desert airfield south-east of Riyadh": the second place only locates the first
_LOCATED_PLACE = re.compile(
    rf"(?P<name>[{_UPPER}][\w'\u2019.-]*(?:\s+[{_UPPER}][\w'\u2019.-]*)*)\s*(?:,\s*(?:an?\s+(?:[a-z][\w-]*\s+){{1,3}}?)?"
    r"(?:(?:about|some|roughly|around|nearly|just)\s+)?(?:[\d,.]+\s*(?:km|kilometres|kilometers|miles)\s+)?)?$")


_DIRECTION_AT = re.compile(_DIRECTION, re.I)


def _locates_place_before(text: str, phrases: list[Phrase], phrase: Phrase) -> bool:
    """Is this 'near X' or 'east of X' phrase straight after a place it only locates?"""
    if phrase.prep != "near" and not _DIRECTION_AT.match(text, phrase.start):
        return False
    before = _LOCATED_PLACE.search(text, max(0, phrase.start - 80), phrase.start)
    if not before:
        return False
    if any(p.end == before.end("name") for p in phrases):
        return True
    opening = len(text) - len(text.lstrip())
    return before.start() == opening and _place_at(text, opening, "in") is not None


def _drop_locator_phrases(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """'at Rukla in Lithuania' -> Rukla: an 'in <country>' straight after a lesser-known place, or an
    'in <name> province' ("Camp Adduru in Isabela province"); a 'near' or 'east of' that locates a place."""
    kept = []
    for phrase in phrases:
        if _locates_place_before(text, phrases, phrase):
            continue
        if (kept and phrase.prep == "in" and not text[kept[-1].end:phrase.start].strip()
                and not kept[-1].places[-1].known and _LOCATOR_NOUN.match(text, phrase.end)):
            continue
        if (kept and phrase.prep == "in" and not text[kept[-1].end:phrase.start].strip()
                and not kept[-1].places[-1].known and (all(p.known for p in phrase.places)
                                                        or kept[-1].prep in ("from", "at", "near"))):
            continue  # "at Rukla in Lithuania", "from Camp Pendleton in California": the first is the place
        kept.append(phrase)
    return kept


def _names(phrase: Phrase) -> list[str]:
    return list(dict.fromkeys(p.name for p in phrase.places))


_PERSONNEL_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(words.PERSONNEL, key=len, reverse=True)) + r")\s+$", re.I)


def _nations_of_troops(text: str, phrase: Phrase) -> bool:
    """'troops from Russia, Tajikistan and Uzbekistan': the nations the troops are of, not where they leave."""
    return len(phrase.places) > 1 and all(p.is_country for p in phrase.places) \
        and bool(_PERSONNEL_BEFORE.search(text, max(0, phrase.start - 30), phrase.start))


def _assign(text: str, phrases: list[Phrase], kind: str) -> tuple[list[str], list[str]]:
    # "left Camp Butmir for Graz": 'for' names a destination only straight after a place left
    phrases = [p for i, p in enumerate(phrases) if p.prep != "for" or (
        i and phrases[i - 1].prep in _LEAVING and not text[phrases[i - 1].end:p.start].strip())
        or _SET_OFF_BEFORE.search(text, max(0, p.start - 30), p.start)]
    if kind != "withdrawal":
        phrases = [p for p in phrases if not (p.prep == "from" and _nations_of_troops(text, p))]
    to = [p for p in phrases if p.prep in _TO_PREPS or p.prep == "for"]
    origin_phrases = [p for p in phrases if p.prep == "from" or p.prep in _LEAVING]
    located = [p for p in phrases if p not in to and p not in origin_phrases]
    origin = _names(origin_phrases[0]) if origin_phrases else []
    if kind in ("stock", "target"):  # where the troops are, or are to be; a stock has no origin
        chosen = located or to
        return [], (_names(chosen[0]) if chosen else [])
    destination = _names(to[0]) if to else []
    if kind == "withdrawal":  # where they were is the origin; a destination only where they go back to
        home = [p for p in located if _TO_BASES.search(text, max(0, p.start - 60), p.start)
                or (p.prep in ("at", "in") and _HOME_THEN.search(text, max(0, p.start - 60), p.start))]
        if home and not destination:  # "returned to their home base at Fort Hood"
            destination, located = _names(home[0]), [p for p in located if p is not home[0]]
        return (origin or (_names(located[0]) if located else [])), destination
    for phrase in located:
        before = text[max(0, phrase.start - 60):phrase.start]
        as_origin = ((_ORIGIN_CONTEXT.search(before) or _FROM_UNIT.search(before)) and not _TO_BASES.search(before)) \
            or (to and phrase.start < to[0].start) or bool(_STANDBY_AFTER.match(text, phrase.end)) \
            or bool(words.READY_BEFORE.search(before))  # "500 ready at Fort Drum": where they wait to leave from
        if as_origin and not origin:
            origin = _names(phrase)
        elif not as_origin and not destination:
            destination = _names(phrase)
    return origin, destination


_COMMA_NEXT = re.compile(r"\s*,")
_LIST_SO_FAR = re.compile(r"[^.;:!?]{0,160}")


def route(text, phrases, start, hedge_start, np_end, lo, hi, kind) -> tuple[list[str], list[str]]:
    """Origin and destination of the mention at start in the clause text[lo:hi]."""
    after = [p for p in phrases if start <= p.start < hi]
    origin, destination = _assign(text, after, kind)
    if not origin and not destination:
        origin, destination = _assign(text, [p for p in phrases if lo <= p.start < hedge_start], kind)
    if not destination and kind in ("stock", "target"):  # "its contingent in Mali from 2,400 to 900": where they are
        located = [p for p in phrases if p.end <= hedge_start and p.prep != "from" and p.prep not in _LEAVING]
        destination = _names(located[-1]) if located else []
    if not destination and kind == "stock" and _HOSTED_BEFORE.search(text, max(0, hedge_start - 40), hedge_start):
        opening = len(text) - len(text.lstrip())  # "Sigonella, which ..., is home to about 3,000": the sentence's subject
        host = _place_at(text, opening, "in")
        capital = host and ALIASES.get(host[0].name, ("", ""))[1] == "capital"  # "Warsaw hosts": the government
        destination = [host[0].name] if host and not capital and not _FORMATION_WORD.search(host[0].name) else []
    if not destination:
        there = _THERE.search(text, lo, hi)
        if there:
            earlier = [p for p in phrases if p.end <= there.start()]
            opening = len(text) - len(text.lstrip())
            subject = None if earlier else _place_at(text, opening, "in")
            if subject and (subject[0].known or _SITE_WORD.search(subject[0].name)) \
                    and not _FORMATION_WORD.search(subject[0].name):
                destination = [subject[0].name]  # "Lavarack Barracks is ..., and 5,000 soldiers are posted there"
            if earlier:
                destination = [earlier[-1].places[-1].name] if earlier[-1].places[-1].known or len(earlier[-1].places) == 1 else []
                destination = destination or _names(earlier[-1])
    if not destination and kind == "movement":
        opening = len(text) - len(text.lstrip())  # "In Anbar, the 13th MEU ... came ashore from the Gulf": where it happens
        destination = next((_names(p) for p in phrases if p.start == opening and p.prep in ("in", "inside")
                            and _COMMA_NEXT.match(text, p.end)), [])
    if not destination and kind in ("movement", "stock"):  # "have been arriving in Washington: about 1,000 from Ohio, ..."
        colon = text.rfind(":", 0, hedge_start)
        if colon >= 0 and _LIST_SO_FAR.fullmatch(text, colon + 1, hedge_start):
            before = [p for p in phrases if p.end <= colon and p.prep in ("in", "at", "to", "into")]
            destination = _names(before[-1]) if before else []
    if kind == "withdrawal" and destination == origin:
        destination = []  # "pulled out of Bashiqa, where they had trained": the place they left
    return origin, destination
