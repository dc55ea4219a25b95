"""Formations in a sentence: the unit a number of troops belongs to, and units that move with no number.

`attach(text, mention)` sets the unit the text ties to a number ("a Stryker squadron of around
1,000", "1,700 troops, mainly from the 82nd Airborne Division"); `of_subject` gives the unit
a sentence opens with when its verb has the number as object ("The brigade will bring roughly
4,200 soldiers"); `moving_alone` finds formations that move, withdraw or are stationed with no
number tied to them ("an armoured brigade from the 3rd Infantry Division will deploy to Slovakia").
"""

import re

from posture.lang import gazetteer
from posture.lang.tails import Tail
from posture.movements import places, words
from posture.movements.words import WINDOW

GAP_BEFORE = re.compile(r"^\s*(?:,\s*(?:with\s+|numbering\s+|totalling\s+|comprising\s+|whose\s+|(?:made\s+up|consisting|composed)\s+of\s+|"
                        r"(?:another|a\s+further|an\s+additional)\s+)?|\s+of\s+(?:the\s+)?|\s+with\s+)$")
_PERSONNEL_WORD = "|".join(sorted(words.PERSONNEL, key=len, reverse=True))
_AFTER = re.compile(
    # "in Romania, many of them", "to Norway, mainly from": a place the troops go to, before where they are from
    r"(?:\s+(?:in|at|to|into|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
    r"(?=\s*,\s*(?:(?:many|all|most|some)\s+of\s+them|mainly|mostly|largely|primarily|chiefly|drawn|including)\b))?"
    r"\s*,?\s*(?:(?:many|all|most|some)\s+(?:of\s+them\s+)?|(?:mainly|mostly|largely|primarily|chiefly|including)\s+)?"
    rf"(?:(?i:{_PERSONNEL_WORD})\s+(?=(?:from|of)\s))?"       # "most of them Marines of the", "including engineers from"
    r"(?:(?:mainly|mostly|largely)\s+)?"
    r"(?:(?:deployed|stationed|based|serving|(?:will\s+|would\s+)?(?:be\s+)?(?:come|coming|came|drawn|taken))\s+"
    r"(?:(?:mainly|mostly|largely|primarily|chiefly)\s+)?)?"                 # "drawn mainly from"
    r"(?:from|of|with|in|at)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?")
_AT_LEAD = re.compile(r"\bat\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$")
# Small bodies a number may be the size of, named by a word before them: only ever a number's unit, never a row.
_SMALL_BODY = re.compile(r"\b(?i:an?|the|its|their)\s+(?:[A-Z][\w.-]*\s+){0,3}(?P<body>(?:staff|advance|liaison|training|"
                         r"medical|security|support|planning|mentoring|survey|engineering)\s+(?:team|cell|element))\b")
_COUNT_AND_ADJECTIVE = re.compile(r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[a-z]+\s+)?")
# "the Australian Army's 1st Brigade", "the U.S. 173rd Airborne Brigade": a possessor or a force before the name
_POSSESSOR = re.compile(r"(?:(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*|(?:[A-Z][\w.-]*\s+){0,2}(?i:army|navy|air\s+force|marines|military))"
                        r"(?:['\u2019]s|s['\u2019])\s+")
_OF_NAMED = re.compile(r"\s+(?:of|from)\s+(?:the\s+|its\s+)?")
_DETERMINER = Tail(re.compile(r"(?:\b(?:the|a|an|its|their|another|one|two|three|four|five|six)\s+)$", re.I),
                   endings=("the", "a", "an", "its", "their", "another", "one", "two", "three", "four", "five", "six"),
                   width=len("another"))


def is_force_word(word: str) -> bool:
    return word in words.DEMONYMS or word in words.ALLIANCES or word in places.ALIASES


_LED = re.compile(r"[A-Z][\w.]*-led")


def generic_name(match: re.Match) -> str:
    """"Stryker squadron", "armoured brigade", "Royal Welsh battle group"; a leading force or article
    is not the name ("US Stryker squadron" -> "Stryker squadron")."""
    names = (match["name"] or "").split()
    while names and (is_force_word(names[0]) or names[0] in ("The", "A", "An") or _LED.fullmatch(names[0])):
        names = names[1:]  # "British-led battlegroup" -> battlegroup: who leads it is no part of its name
    adjectives = (match["adjectives"] or "").split()
    return " ".join([*names, *adjectives, match["noun"]])


def _name_start(text: str, pos: int) -> int:
    """Past a possessor or a force word, where a unit's own name may begin."""
    possessor = _POSSESSOR.match(text, pos)
    if possessor and not words.NAMED_UNIT.match(possessor.group(0)):
        return possessor.end()
    force = places.FORCE_WORDS.match(text, pos)
    if force and text[force.end():force.end() + 1] == " ":
        return force.end() + 1
    return pos


_OWNER = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s\s+")


def _without_owner(name: str) -> str:
    """"Finland's Brigade Lapland" -> "Brigade Lapland": the owner is no part of the unit's name."""
    owner = _OWNER.match(name)
    return name[owner.end():] if owner and words.NAMED_UNIT.fullmatch(name[owner.end():]) else name


def attach(text: str, mention) -> None:
    """The formation the text ties to this number: named beats generic, attached only."""
    named, generic = "", mention.unit
    prefix = text[max(0, mention.amount.hedge_start - WINDOW):mention.amount.hedge_start]
    for match in words.NAMED_UNIT.finditer(prefix):
        if GAP_BEFORE.match(prefix[match.end():]):
            named = _without_owner(match.group(0).strip())
    for match in words.GENERIC_UNIT.finditer(prefix):
        if GAP_BEFORE.match(prefix[match.end():]):
            generic = generic or generic_name(match)
    if not generic:  # "a staff team of 12 officers", "a liaison cell of 30": a small body's size
        for match in _SMALL_BODY.finditer(prefix):
            if GAP_BEFORE.match(prefix[match.end():]):
                generic = match.group("body")
    lead = _AFTER.match(text, mention.np_end)
    if lead:
        start = _name_start(text, lead.end())
        owner = places.FORCE_WORDS.match(text, lead.end())  # "from the Saudi Rapid Intervention Force": Saudi's
        # "from the Saudi Rapid Intervention Force": Saudi's; but "the PNGDF Engineer Battalion" keeps its force's acronym
        first, second = (start, lead.end()) if owner and owner.group(0) not in gazetteer.ARMED_FORCES else (lead.end(), start)
        named_after = words.NAMED_UNIT.match(text, first) or words.NAMED_UNIT.match(text, second)
        if named_after and owner and named_after.start() == start:
            mention.np_forces.append(places.force_of(owner.group(0)))
        generic_after = (words.GENERIC_UNIT.match(text, start)
                         or words.GENERIC_UNIT.match(text, _COUNT_AND_ADJECTIVE.match(text, start).end()))
        if _AT_LEAD.search(text, mention.np_end, lead.end()):
            generic_after = None  # "3,000 soldiers at its 102nd military base"; not "300 personnel at its headquarters"
        if named_after:
            inner = re.match(r"['\u2019]s\s+", text[named_after.end():named_after.end() + 3])
            inner = inner and words.NAMED_UNIT.match(text, named_after.end() + inner.end())
            named_after = inner or named_after  # "the 82nd Airborne Division's 1st Brigade Combat Team": the brigade
            named = named or named_after.group(0).strip()
            mention.np_end = named_after.end()
        elif generic_after:
            generic = generic or generic_name(generic_after)
            mention.np_end = generic_after.end()
            of = _OF_NAMED.match(text, mention.np_end)  # "a tank battalion of the 1st Cavalry Division"
            named_of = of and words.NAMED_UNIT.match(text, _name_start(text, of.end()))
            if named_of:
                named = named or named_of.group(0).strip()
                mention.np_end = named_of.end()
    if not named and not lead:  # "some 260 personnel to replace the Kiwis, most of them from the 3rd Brigade"
        them = _THEM_FROM.match(text, mention.np_end)
        named_them = them and words.NAMED_UNIT.match(text, _name_start(text, them.end()))
        named = named_them.group(0).strip() if named_them else named
    mention.unit = named or generic


# Later in the clause, with no number between: ", most of them from the", ", mostly from the"
_THEM_FROM = re.compile(r"[^.;:\d\n]{0,80}?,\s*(?:(?:most|many|all|some|half)\s+of\s+them|mostly|mainly|largely)\s+"
                        r"(?:from|of)\s+(?:the\s+|its\s+|their\s+)?")


# A formation or mission the article names by an acronym it gives: "the East African Community Regional Force
# (EACRF)", "the Turkish Task Force Command in Somalia, known as TURKSOM", "The UN mission, MONUSCO,"
_ACRONYM_GIVEN = re.compile(
    r"\b(?:[Ff]orces?|[Mm]ission|[Gg]roup|[Cc]ommand|[Bb]rigade|[Cc]ontingent|[Bb]attalion|[Cc]orps)\b"
    r"(?:\s+(?:in|for|of)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,4})?"
    r"(?:\s*\(|,\s*(?:known\s+as\s+|called\s+)?|\s+(?:known\s+as|called)\s+)(?P<acronym>[A-Z]{3,8})\b")


_ARMED_FORCES_NAME = re.compile(r"(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army|Liberation\s+Army|Revolutionary\s+Guard\s+Corps|"
                                r"Self-Defen[cs]e\s+Forces?|Marine\s+Corps|Military\s+Forces)"
                                r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)?\s*(?:\(|,\s*(?:known\s+as\s+)?)$")


def acronyms_given(raw: str) -> frozenset[str]:
    """Every acronym the article gives a formation or mission it names; not a nation's armed forces ("PNGDF")."""
    return frozenset(m["acronym"] for m in _ACRONYM_GIVEN.finditer(raw)
                     if m["acronym"] not in gazetteer.ARMED_FORCES
                     and not _ARMED_FORCES_NAME.search(raw, max(0, m.start("acronym") - 80), m.start("acronym")))


def _unit_at(text: str, pos: int, acronyms: frozenset[str] = frozenset()) -> tuple[int, int, str] | None:
    """A named unit (or one the article named by an acronym), or a generic one after a determiner,
    starting at pos (past 'The')."""
    opening = re.match(r"\s*(?:(?:The|the|A|An|an|a|Its|its)\s+)?", text[pos:])
    determined = bool(opening.group(0).strip())
    pos = _name_start(text, opening.end() + pos)
    named = words.NAMED_UNIT.match(text, pos)
    if named:
        return named.start(), named.end(), named.group(0).strip()
    # an acronym the article gave a force; one the gazetteer knows as a mission is a force word _name_start passed
    acronym = re.match(r"[A-Z]{3,8}\b", text[pos:pos + 9])
    if acronym and acronym.group(0) in acronyms:
        return pos, pos + acronym.end(), acronym.group(0)
    generic = words.GENERIC_UNIT.match(text, pos)
    if generic and (determined or _DETERMINER.search(text, 0, pos)):  # "The NATO battlegroup in Estonia will number"
        return generic.start(), generic.end(), generic_name(generic)
    return None


# After a sentence's subject unit, its own verb with the number as object or complement.
_SUBJECT_VERB = re.compile(
    r"^\s*(?:\([^)]{1,30}\)\s*)?(?:\s*(?:in|at|on|near)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})?"
    r"(?:,[^.;]{0,120}?,\s*)?(?:,?\s*(?:which|that)\s+)?\s*(?:(?:will|would|is|are|was|were|has|had|also|now|then|to|"
    r"be|already|currently)\s+){0,3}(?:has|have|had|numbers?|number|numbered|brings?|bring|brought|sends?|send|sent|sailed|"
    r"moves?|moved|rotates?|rotated|"
    r"deploys?|deployed|comprises?|includes?|included|totals?|fields?|(?:grow|grows|shrink|shrinks|rise|fall)\s+to|"
    r"takes?|took|taking|carr(?:y|ies|ied)|sheds?|shed|cuts?|loses?|lost|keeps?|kept|withdraws?|withdrew|pull(?:s|ed)?|"
    r"(?:is|are|was|were)\s+(?:\w+\s+)?(?:sending|taking|bringing|moving|deploying))\b"
    r"|^\s*,\s*whose\s*$", re.I)
# An adverbial a sentence may open with before its subject: "At full strength in 2027, ", "With the Dutch brigade, ".
_OPENING_ADVERBIAL = re.compile(r"(?:(?:At|In|By|Once|After|Under|With|From|Since|Until|When|Following)\b[^,.;]{0,60},\s*)")


# "The Dongmyeong Unit in Lebanon, which has about 280": where the unit is, then what it has
_WHERE_IT_HAS = re.compile(r"\s+(?:in|at|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s*,\s*"
                           r"(?:which|that)\s+(?:now\s+|still\s+|currently\s+)?(?:has|had|have|numbers|numbered|counts|fields)\s+")


def of_subject(text: str, mention, others_before: bool, opening: int = 0, acronyms: frozenset[str] = frozenset()) -> str:
    """The unit a sentence opens with, when the number is what it has, brings or sends; a named
    one beats a generic word in its appositive ("Task Force Takuba, a ... unit of some 600 troops")."""
    if others_before or (mention.unit and words.NAMED_UNIT.fullmatch(mention.unit)):
        return ""
    opening += len(text[opening:]) - len(text[opening:].lstrip())
    adverbial = _OPENING_ADVERBIAL.match(text, opening)
    subject = _unit_at(text, opening, acronyms) or (_unit_at(text, adverbial.end(), acronyms) if adverbial else None)
    if not subject or subject[1] > mention.amount.hedge_start:
        return ""
    if mention.amount.hedge_start - subject[1] > WINDOW:
        return ""
    between = text[subject[1]:mention.amount.hedge_start]
    if mention.unit and not words.NAMED_UNIT.fullmatch(subject[2]):
        return ""
    if (_SUBJECT_VERB.match(between) or re.fullmatch(r"\s*,\s*(?:(?:made\s+up|consisting|composed)\s+of\s+|comprising\s+)?"
                                                      r"(?:some\s+|about\s+|currently\s+|numbering\s+)?", between)
            or (re.search(r"\bwith\s+$", between) and not words.FORMATION_WORD.search(between))
            or re.match(r"\s*,\s*an?\s+[^,.;]{0,60}$", between) or _WHERE_IT_HAS.fullmatch(between)):
        return subject[2]
    return ""


# A formation that moves itself: its verb follows it (past an acronym, an appositive or 'which').
_MOVES_NEXT = re.compile(
    r"\s*(?:(?:headquarters|HQ)\b\s*)?(?:\([^)]{1,30}\)\s*)?(?:(?:from|in|at)\s+[A-Z][\w\u00e0-\u017e-]*(?:\s+[A-Z][\w-]*)?\s+)?"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:army|navy|forces|military|marines|air\s+force)\b)?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w\u00c0-\u017f-]*(?:\s+[A-Z][\w\u00c0-\u017f-]*)?)?\s*"   # "... at Male will be", "at Camp Schwab are"
    r"(?:and\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:tanks|vehicles|aircraft|helicopters|ships|guns|equipment)\s+)?"
    r"(?:,(?:[^.;]|\.(?=\w)|(?<=\b[A-Z])\.){0,140}?,\s*)?(?:,?\s*(?:which|that|who|whose\s+\w+)\s+|,\s*)?(?:(?:will|would|could|may|might|is|are|was|"
    r"were|has|have|had|also|now|then|to|be|been|already|soon|expected\s+to|set\s+to|due\s+to|preparing\s+to|"
    r"ready\s+to|scheduled\s+to|about\s+to|going\s+to|plans?\s+to|planning\s+to|planned\s+to|being|formally|finally|fully|"
    r"partly|quickly)\s+[\"\u201c]?){0,4}[\"\u201c]?"
    r"(?:move[sd]?|moving|deploy(?:s|ed|ing)?|rotat\w+|relocat\w+|return\w*|head(?:s|ed|ing)?|arriv\w+|sail\w*|fl(?:y|ies|ew|own)|"
    r"flying|shift\w*|withdr\w+|pull\w*|leav\w+|left|remain\w*|stay\w*|stationed|based|headquartered|garrisoned|"
    r"enter\w*|cross\w*|replac\w+|reliev\w+|take\s+over|took\s+over|taken\s+over|taking\s+over|begin\w*|began|go|goes|went|"
    r"transfer\w*|follow\w*|"
    r"redeploy\w*|depart\w*|reinforc\w+|station\w*|serv(?:e|es|ed|ing)|spread|reposition\w*|airlift\w*|"
    r"reach\w*|land(?:s|ed|ing)?|dock(?:s|ed|ing)?|order(?:s|ed)|complet\w+|hand(?:s|ed|ing)?\s+over|"
    r"(?:come|comes|came)\s+(?:to|into|from|home|back|over)|assum\w+\s+command|bound\s+for|set\s+sail|sets\s+sail|"
    r"setting\s+sail|set\s+off|embark\w*|operat(?:es|ing|ed)|travel\w*|(?:come|comes|came|coming)\s+ashore|"
    r"guards|guarded|guarding|patrols|patrolled|patrolling|garrisons|"
    r"staged|poised|massed|push(?:es|ed|ing)|advanc(?:es|ed|ing)|holds(?=\s+(?:the|a|an)\s)|"
    r"(?<=been\s)(?=(?:in|at)\s+(?:the\s+)?[A-Z])|"  # "has been in Baghdad since January": there already
    r"expected(?=\s+(?:by|in|at|on|next|within|before|to\s+arrive))|due(?=\s+(?:in|at|back|home|on\s+[A-Z])))\b", re.I)
# "Task Force 36 bound for Cyprus", "2FIR contingent bound for the Sinai": bound for a place, whoever sends it.
_BOUND_FOR = re.compile(r"\s+(?:contingent\s+|battalion\s+|unit\s+)?bound\s+for\b")
# A generic formation a named unit owns, that moves: "The 1st Infantry Brigade's three light infantry battalions will move".
_OWNED_FORMATION = re.compile(
    r"['\u2019]s\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:"
    + "|".join(words.FORMATIONS) + r")\b")
# A named parent after a unit: "The 31st Light Infantry Battalion of the 3rd Infantry Brigade, which ..."
_OF_PARENT = re.compile(r"\s+of\s+(?:the\s+)?")
# A unit listed with others before their shared verb: "the Carmel Brigade and the 410th Armoured Brigade, had been ordered".
_FORCE_LEAD = re.compile(r"(?P<word>[A-Z][\w-]*)\s+")
_LISTED_REACH = 6  # units one verb may share
_LISTED_NEXT = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?(?=\S)")
# A formation another actor moves: "send a company of the 1st Battalion ...", "rotate tank battalion into".
_MOVED_BEFORE = re.compile(
    r"\b(?:send|sends|sending|sent|deploy\w*|rotate\w*|dispatch\w*|move|moves|moving|moved|station\w*|withdraw\w*|"
    r"(?:bring|brings|bringing|brought)\s+in|order(?:s|ed)?|"
    r"pull\w*|relocat\w*|reposition\w*|redeploy\w*|keep|keeps|keeping|kept|(?:relieved|replaced)\s+(?:[\w-]+\s+){0,3}?by|"
    r"(?:deployment|arrival|withdrawal|departure|return|rotation|redeployment|relocation|dispatch|transfer|pullout)\s+of|"
    r"built\s+around)\s+(?:(?:an?|the|its|their|another|one|two|"
    r"elements\s+of\s+the|part\s+of\s+the|an?\s+[\w-]+\s+(?:of|from)\s+(?:the\s+)?|(?:an?\s+)?(?!as\s)(?:[\w-]+\s+){1,3}?(?:of|from)\s+the)\s+)?"
    r"(?:(?:[A-Z0-9][\w.-]*\s+){0,4}[A-Z][\w.-]*(?:['\u2019]s|s['\u2019])\s+)?$", re.I)
# A reported clause opens on its own subject: "Britain said 41 Commando ... would be flown to Dhekelia"
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|added)\s+$")
# The unit another one replaces, which then moves itself: "X replaces the 2nd Battalion, which will return".
_REPLACED_BEFORE = re.compile(
    r"\b(?:replaces?|replacing|relieves?|relieving|(?:takes?|taking|took)\s+over\s+from)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,5}?(?:" + "|".join(words.FORMATIONS) + r")\s+of\s+(?:the\s+)?)?$", re.I)
_SUBJECT_HEAD = re.compile(
    r"(?:\b(?:an?|the|elements\s+of\s+the|personnel\s+of|part\s+of\s+the|most\s+of\s+the\s+\w+\s+belong\s+to\s+the|"
    r"(?:most|many|all|some)\s+of\s+them\s+from\s+the|drawn\s+(?:mostly\s+|mainly\s+|largely\s+)?from\s+the|"
    r"(?:units|elements|troops|soldiers|marines|sailors|airmen|paratroopers|crews|parts?|members|personnel|"
    r"(?:[a-z]+\s+)?(?:group|battalion|company|detachment|"
    r"contingent|battery|squadron))\s+of(?:\s+(?:the|its|their))?(?:\s+(?:[\w.]+\s+){0,2}[\w.]+['\u2019]s)?|"
    r"(?:reinforcements|newcomers|troops|soldiers|forces|units),\s+(?:mostly\s+|mainly\s+|largely\s+)?from(?:\s+the)?)\s+"
    r"(?-i:(?:U\.S\.|US|UK|[A-Z][a-z]+)\s+){0,3}(?:[\w-]+-based\s+)?"   # "the U.S. 3rd Marine Littoral Regiment",
    # "the Korean Marine Corps 6th Brigade"
    r"(?:(?:[\w-]+\s+){1,2}(?:of|from)\s+(?:the\s+)?)?)$"             # "a mechanised company from the"
    r"|(?:^\s*|(?<!\bof\s)\b(?:the|its|their)\s+)(?:The\s+)?(?:[A-Z0-9][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['\u2019]s|s['\u2019])\s+"
    r"(?:own\s+)?$"
    r"|^\s*(?:The\s+)?(?-i:[A-Z][a-z]+)\s+$",  # a sentence opening "Georgian 1st Infantry Brigade heads to ..."
    re.I)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:under|with|alongside|beside|behind|than|like|as|within|inside|joined|joins|join|within)\s+(?:the|a|an|its)\s+$", re.I)
_OF_COUNT = re.compile(r"\s+of\s+[^,.;]{0,24}?\d")


def moving_alone(text: str, taken: list[tuple[int, int]], names: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of every formation the sentence moves, withdraws or stations with no number."""
    found = []
    candidates = [(m.start(), m.end(), m.group(0).strip()) for m in words.NAMED_UNIT.finditer(text)]
    for match in words.GENERIC_UNIT.finditer(text):
        if match["adjectives"] or match["name"] or _DETERMINER.search(text, 0, match.start()):
            candidates.append((match.start(), match.end(), generic_name(match)))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    last_end = -1
    for start, end, name in candidates:
        if start < last_end or any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        last_end = end
        owned = _OWNED_FORMATION.match(text, end) if words.NAMED_UNIT.fullmatch(name) else None
        if (re.match(r"['\u2019]s\b", text[end:end + 2]) and not owned) or name in names or _without_owner(name) in names:
            continue  # a possessor ("the 1st Infantry Division's ..."), or the unit of a number in the sentence
        generic = not words.NAMED_UNIT.fullmatch(name)
        if generic and (_OF_COUNT.match(text, end) or (_OF_NAMED.match(text, end) and words.NAMED_UNIT.match(
                text, _name_start(text, _OF_NAMED.match(text, end).end())))):
            continue  # "a company of around 200" is that number's; "a company of the 1st Battalion" is the battalion's
        before = text[max(0, start - WINDOW):start]
        if generic and re.search(r",\s*(?:an?|the)\s+$", before):
            continue  # an appositive describing the unit before it
        if re.search(r",\s*(?:the|a|an)\s+[^,;]{0,60}\bof\s+(?:the\s+)?$", before):
            continue  # the parent named in an appositive: "Jägerbataillon 25, the light infantry battalion of the 7th ..."
        if found and found[-1][1] <= start and _OF_PARENT.fullmatch(text, found[-1][1], start):
            continue  # the parent of the unit just found: "the 31st Battalion of the 3rd Brigade, which ... will return"
        if generic and (before.count('"') % 2 or before.count("\u201c") > before.count("\u201d")):
            continue  # a unit in a quotation: "When a battery goes, the whole town goes"
        if _PREPOSITION_BEFORE.search(before):
            continue  # "will sit under the 10th Armoured Division": an object, not a unit that moves
        if re.search(r"\b(?:[Nn]o|[Nn]either|[Nn]one\s+of\s+the)\s+$", before) or re.match(r"(?:No|Neither)\s", name):
            continue  # "No unit headquarters will move": a unit denied, not one that moves
        if found and re.fullmatch(r",\s*", text[found[-1][1]:start]) or re.search(r"\b(?:Team|Brigade|Battalion),\s*$", before):
            continue  # the parent of the unit before it: "2nd Armored Brigade Combat Team, 1st Cavalry Division"
        opens = not text[:start].strip() if start < WINDOW else False
        verb_at = owned.end() if owned else end
        if not _MOVES_NEXT.match(text, end):  # its verb is the one after the units listed with it
            for _ in range(_LISTED_REACH):
                listed = _LISTED_NEXT.match(text, verb_at)
                owner = listed and _FORCE_LEAD.match(text, listed.end())  # "and the Slovak 2nd Mechanised Battalion"
                partner = listed and words.NAMED_UNIT.match(
                    text, owner.end() if owner and is_force_word(owner["word"]) else listed.end())
                if not partner:
                    break
                verb_at = partner.end()
                if _MOVES_NEXT.match(text, verb_at):
                    break
        parent = _OF_PARENT.match(text, end)
        parent = parent and words.NAMED_UNIT.match(text, parent.end())
        if parent and not _MOVES_NEXT.match(text, verb_at):
            verb_at = parent.end()  # "the 31st Battalion of the 3rd Brigade, which ..., will return"
        listed_after = bool(found) and re.fullmatch(r"\s*,?\s*and\s+(?:the\s+)?", text[found[-1][1]:start])
        moves_itself = _MOVES_NEXT.match(text, verb_at) and (opens or listed_after
                                                         or _SUBJECT_HEAD.search(text, max(0, start - WINDOW), start)
                                                         or re.search(r"[,;:]\s*$|\bthat\s+$|—\s*$", before)
                                                         or _REPORTED_BEFORE.search(before)
                                                         or (_REPLACED_BEFORE.search(before)
                                                             and re.match(r",?\s*(?:which|who)\b", text[end:end + 8])))
        lead = name.split()[0]
        if " " in name and is_force_word(lead) and words.NAMED_UNIT.fullmatch(name[len(lead) + 1:]):
            name = name[len(lead) + 1:]  # "the Italian Folgore Brigade": the unit is the Folgore Brigade
        at = text.find(name, start, end)  # the row's words are exactly its unit's name
        if at >= 0 and (moves_itself or _MOVED_BEFORE.search(before) or _BOUND_FOR.match(text, end)):
            found.append((at, at + len(name), name))
    return found
