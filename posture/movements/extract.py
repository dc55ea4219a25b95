"""Stage 2a: every mention of a number of troops, and the distinct movements they describe.

`mentions(article)` reads each sentence of the headline, standfirst, captions,
sub-headings and body, finds the amounts that count people in uniform and codes each
as a row (count, hedge, force, unit, route, kind, status, offsets into the raw text).
`movements(mentions)` (in `movement_reconcile`) folds repeated mentions of the same
group into one row and marks totals that are the sum of other moves.
"""

import re
from bisect import bisect_left
from collections import Counter, namedtuple
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from posture import frames
from posture.ingest.block_types import TEXT_TYPES
from posture.movements import places, units
from posture.movements.grouping import reconcile
from posture.movements import words
from posture.movements.words import WINDOW
from posture.lang import gazetteer
from posture.lang.numbers import Amount, find_amounts
from posture.lang.tails import Tail, comma_before
from posture.movements.status import kind_status

PROSE_BLOCKS = TEXT_TYPES  # the blocks that hold the article's own prose (posture.ingest)
SENTENCE_REACH = 600  # how far a mention reads into the rest of a long sentence for its verb, force and places
# The numbers of an article read in full (every rule, as below). A news article holds a few dozen
# numbers (the test corpus at most 27, six in one sentence): past this many it is a table or a dump of
# numbers, and from the sentence that takes the count past it on, sentences are read by number and noun
# only (a count with its hedge before a personnel noun; no unit, force, route, kind or status of its own),
# each such row flagged. Reading every rule at each of the 66,000 numbers of one 2 MB page took 16 s.
MAX_NUMBERS_READ = 1_000
MENTION_COLUMNS = [
    "mention_id", "paragraph", "sentence_id", "block_type", "number_text", "count", "count_low", "count_high",
    "qualifier", "force", "unit", "origin", "destination", "kind", "status", "rule", "flag", "sentence",
    "char_start", "char_end",
]
# Which rule made a row, and the doubts a reader should check (one home for their wording).
RULES = {
    "noun": "a personnel noun after the number",
    "strong": "an N-strong formation",
    "bare": "a bare number standing for troops named nearby",
    "unit": "a formation that moves with no number",
    "context": "men or nationals counted where the paragraph speaks of troops",
}
FLAGS = {
    "bare": "bare number: check that it counts troops",
    "unit": "no number given: only the unit",
    "paragraph_force": "force taken from an earlier sentence",
    "speaker_force": "force taken from the speaker's side",
    "main_force": "force not named near it: the article's main force",
    "marines": "Marines with no country named: the US Marine Corps",
    "no_force": "force not named",
    "numbers_only": f"read by number and noun only: the article has more than {MAX_NUMBERS_READ:,} numbers",
}

_PERSONNEL = re.compile(r"(?:" + "|".join(sorted(words.PERSONNEL, key=len, reverse=True)) + r")\b", re.I)
# A number sharing the personnel noun of the number after it: "sent 35 and 28 soldiers", "14 Chilean and 14 Paraguayan".
_SHARED_NOUN = re.compile(r"(\s+[A-Z][a-z]+)?\s*,?\s*(?:\band\b|\bor\b)\s+(?:about\s+|some\s+|another\s+)?\d[\d,]*(?:\s+[A-Z][a-z]+)?")
# Personnel nouns listed together: "265 soldiers, marines and airmen of the Argentine Task Force 36".
_PERSONNEL_LIST = re.compile(r"(?:,\s*|\s+and\s+|,\s*and\s+)(?:" + "|".join(
    sorted(words.PERSONNEL, key=len, reverse=True)) + r")\b", re.I)


def _personnel_list_end(text: str, end: int) -> int:
    """The end of a list of personnel nouns that begins at a noun ending at `end`."""
    for _ in range(4):
        more = _PERSONNEL_LIST.match(text, end)
        if not more:
            break
        end = more.end()
    return end


_CONTEXT_NOUN = re.compile(r"\s+(?:(?:more|additional|fresh|other|young)\s+)?(?:"
                          + "|".join(sorted(words.CONTEXT_PERSONNEL, key=len, reverse=True)) + r")\b(?!['\u2019])")
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z0-9]|armed\b|military\b)")
_HEADS = "|".join(sorted([*words.FORMATIONS, *words.BODIES, *words.PERSONNEL], key=len, reverse=True))
_STRONG = re.compile(rf"-(?:strong|member|troop|man|soldier|person)\s+(?P<mods>(?:[\w.'\u2019-]+\s+){{0,3}}?)(?P<head>{_HEADS})\b", re.I)
_MOD_TOKEN = re.compile(r"\s+\(?(?P<tok>[\w.'\u2019-]+(?:,\d{3})*)\)?")
_OF_DET = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+|these\s+|those\s+)?")
_FORMATION_NOUNS = "|".join(words.FORMATIONS + words.BODIES)
_BODY_BEFORE = re.compile(
    rf"\b(?:a|an|the|one|its|their)\s+(?:[\w.'\u2019-]+\s+){{0,5}}?(?:{_FORMATION_NOUNS})(?:\s+of|\s*,)\s+$", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|number|tally|strength|contribution|presence|contingent|force|numbers|headcount|rotation|garrison)\b(?:[^.;]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.){0,100}?"
    r"\b(?:to|at|of|by)\s+$", re.I)
# Civilians named in a sentence, but not the troops' own families ("many of them posted with their families")
_CIVILIAN_OUTSIDE_FAMILIES = re.compile(r"(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)" + words.CIVILIAN_WORD.pattern, re.I)
# A body of troops whose level the number gives, with no personnel word needed: "the rotation numbered just over 2,000",
# "US Marine rotation in Darwin to hit 2,500", "the French presence in Gabon stood at nearly 900"
_BODY_LEVEL_BEFORE = re.compile(
    r"\b(?:rotation|presence|contingent|garrison|headcount|deployment)\b(?:\s+(?:in|on|at)\s+[A-Z][\w'\u2019-]*)?\s+"
    r"(?:numbered|numbers|totalled|totaled|totals|stood\s+at|stands\s+at|holds\s+at|(?:to\s+)?(?:hit|reach|grow\s+to|rise\s+to))"
    r"\s+(?:(?:to\s+)?as\s+many\s+as\s+)?$", re.I)
_CAPACITY_BEFORE = Tail(re.compile(
    r"\b(?:house|houses|housing|accommodate\w*|hold|holds|room for|space for|capacity (?:of|for)|"
    r"(?:can|could|able\s+to|capable\s+of|built\s+to|designed\s+to)\s+host(?:ing)?|"
    r"(?:can|could|able\s+to)\s+(?:take|carry|train|support|transport|move|lift))\s+(?:up\s+to\s+)?$", re.I),
    endings=("house", "houses", "housing", "hold", "holds", "for", "of", "host", "hosting", "take", "carry", "train",
             "support", "transport", "move", "lift", "to"), needs=("accommodate",))
_ELLIPSIS_AFTER = re.compile(
    r"^\s*(?:or\s+so\s+)?(?:more\s+|additional\s+|extra\s+)?(?:(?:who|that)\b|(?:to|into|in|from|at)\s+(?:the\s+)?[A-Z]|"
    r"(?:are|were|will|would|have|had|is|was|began|arrived|landed|remain|remained|come|came|go|went|stay|stayed|"
    r"arrive|arrives|land|lands|return|returns|returned|reach|reached|head|heads|headed)\b|"
    r"home\b|here\b|there\b|at\s+any\b|of\s+(?:them|those|these)\b|on\s+(?:heightened\s+|high\s+)?(?:alert|standby)\b|"
    r"(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\b)")
# "including about 300 French", "including 1,000 supporting the coalition": a share of the troops just named
_SHARE_BEFORE = re.compile(r"\b(?:including|of\s+whom|among\s+them)\s+$", re.I)
_SHARE_AFTER = re.compile(r"^\s*(?:[A-Z][a-z]+\b|supporting|serving|deployed|based|stationed|in|at|on|from|with|who)")


def _share_after(after: str) -> bool:
    """What may follow a bare share ("including 300 French", "of whom 40 serving"): a capitalised word
    only if it names a force ("including 28 Guarani armoured vehicles" counts no troops)."""
    share = _SHARE_AFTER.match(after)
    return bool(share) and (not share.group(0).strip()[:1].isupper() or share.group(0).strip() in ("In", "At", "On")
                            or bool(places.FORCE_WORDS.match(after.lstrip())))


# "Tajikistan sent some 200 soldiers, Belarus 100 and Armenia 70": a number after a country in a list
_COUNTRY_BEFORE = re.compile(r"(?:^|[,;]\s*|\band\s+)(?:the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+$")
_LIST_AFTER = re.compile(r"^\s*(?:[,.;]|and\b|$)")
_POSSESSED_BEFORE = re.compile(r"\b(?:has|have|had|keeps?|kept|fields?|maintains?|numbers?|numbered|numbering|totals?|totall?(?:ing|ed)|"
                               r"contributed|contributes|provided|provides|accounts?\s+for|accounted\s+for)\s+$", re.I)
# "from about 700 to roughly 450": the level before a change, the change's verb however far back
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_TO_LEVEL_AFTER = re.compile(r"^\s+to\s+(?:(?:about|around|some|roughly|nearly|just\s+over|just\s+under|fewer\s+than|"
                             r"more\s+than|as\s+few\s+as|up\s+to)\s+)?\d")
# "about 2,400 troops in Bosnia, another 1,300 in Croatia and just under four thousand at the base": a list of counts
_LISTED_BEFORE = re.compile(r"\d[^.;:]{0,160}(?:,\s*|\s+and\s+)(?:another\s+|a\s+further\s+)?$", re.I)
_PLACED_AFTER = re.compile(r"^\s+(?:in|at|on|near|inside)\s+(?:the\s+)?\w")
# "Congolese troops, about 500, arrived": a number set off after the troops or the formation it counts
_APPOSED_BEFORE = re.compile(rf"\b(?:{_HEADS})\s*,\s*$", re.I)
# "Belarus sent about 150, Armenia 100": a number a move gives, listed with others
_SENT_BEFORE = re.compile(r"\b(?:sent|deployed|dispatched|contributed|pledged|committed)\s+$", re.I)
# "the final 150 moved out of Taji", "another 24 flew home": the rest of troops just counted, moving
_LAST_OF_BEFORE = re.compile(r"\b(?:the\s+(?:final|last|first|remaining)|another|a\s+further)\s+$", re.I)
_MOVED_AFTER = re.compile(r"^\s+(?:(?:have|has|had|will|are|were)\s+)?(?:moved|left|arrived|landed|flew|returned|withdrew|"
                          r"departed|went|came|crossed|pulled|sailed|followed|leave|return|follow|fly)\b")
_ELLIPSIS_BEFORE = re.compile(r"\b(?:another|a further|an additional|the|including|of|further)\s+$", re.I)
# A level before and after a change: "from about 11,800 troops to 8,500", "from 150 to 40".
_CHANGE_TO = re.compile(r"\bfrom\s+(?:[\w,.'\u2019-]+\s+){1,6}?to\s+$", re.I)
_RANGE_ALONE = re.compile(r"^\s*(?:[,.;:?!)]|$|depending\b|at\s+any\b)")

# "the number of troops has fallen below 5,000", "the contingent stood at 900": a level reached
_CHANGED_BEFORE = re.compile(r"\b(?:(?:risen|fallen|dropped|grown|shrunk|rose|fell|grew|shrank|stands|stood|rises?|falls?|"
                             r"drops?|grows?|shrinks?|stand)\s+(?:to\s+|at\s+)?|"
                             r"(?:brings?|bringing|brought|takes?|taking|took|raises?|raising)\s+(?:[\w'\u2019-]+\s+){0,8}?to\s+)$",
                             re.I)
_LIST_GLUE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_MONEY = re.compile(r"(?i)\b(?:budget|cost|costs|spend\w*|funding|fund|aid|euros?|dollars?|pounds|yen|yuan|rupees?|r[ou]bles?)\b"
                    r"|[$\u20ac\u00a3\u00a5\u20b9]")

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_DATE_BEFORE = Tail(re.compile(rf"\b{_MONTH}\s+$"), endings=(
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
    "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "."))
_DATE_AFTER = re.compile(rf"^\s*(?:{_MONTH})\b")
_ATTRIBUTION = re.compile(
    r"(?<=[,;])\s*(?:[\w'\u2019.\-]+\s+){0,7}?(?:said|says|told\s+reporters|reported|added|announced|have\s+reported|"
    r"has\s+announced)(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*(?=[,.;\"\u201d]|$)")
_ADDING_THAT = re.compile(r",\s*adding\s+that\b")
_PEOPLE_IN = re.compile(
    r"\b(?i:officials|sources|diplomats|correspondents?|reporters|authorities|leaders|ministers?|talks|spoke|speaking|"
    r"meeting|visit|told\s+reporters|secretariat|embassy|summit|conference|briefing|statement|command\s+cent(?:re|er))"
    r"\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?")
_SPEAKER_LABEL = re.compile(r"^(?:[A-Z][A-Z.'\u2019-]*\s+){0,3}[A-Z][A-Z.'\u2019-]+:\s+")
_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]+(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+)?)?\s*(?:\([^)]{2,20}\))?\s*[-\u2013\u2014]\s")
_BASED = re.compile(r"\b([A-Z][\w.]*)-based\b")
_OWN_CLAUSE_END = re.compile(r",\s*(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|their|he|she|they|it|[A-Z])\b)|;\s|\s+but\s+")
_COPULA = re.compile(r"\b(?:is|was|are|were)\s+(?:(?:a|an|the|not)\b|[\"\u201c])")
_BREAK = re.compile(r"[,;:]\s*|\s+(?:and|but|while|whereas)\s+")


@dataclass
class _Mention:
    amount: Amount
    np_end: int                     # end of the number's noun phrase (and its attached unit phrase)
    unit: str = ""
    np_forces: list = field(default_factory=list)   # forces that own a unit named in the noun phrase
    lo: int = 0                     # the clause the mention belongs to
    hi: int = 0
    partitive: bool = False         # "several hundred of the 1,700 paratroopers": the noun phrase holds another number
    rule: str = "noun"              # a key of RULES
    listed_after: object = None     # the mention before it in a bare list ("670 Norwegians, 800 Swedes"): same predicate


# --- which amounts count people --------------------------------------------------------

_CIVIL_OFFICERS = re.compile(r"(?i:police|border|guards?|customs|prison|immigration|coast\s+guard|gendarm\w*)")


_JOINED_NAMES = re.compile(r"\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*){0,4},?\s+and\s+[A-Z][\w-]*(?=\s)")  # "French, Italian and Spanish"
_FORMATION_NEXT_WORD = re.compile(r"\s+(?:battalions?|brigades?|companies|company|divisions?|regiments?|units?|platoons?)\b", re.I)
_STRONG_WORD = re.compile(r"\s+strong\b(?!\s+(?:support|case|signal|message|winds?|position|opposition))", re.I)
_HEDGE_BEFORE_NOUN = re.compile(r"\s+or\s+(?:so|more)(?=\s)|(?:-odd|-plus|\+)(?=\s)|\s+plus(?=\s)")


def _personnel_after(text: str, pos: int, year_like: bool) -> int | None:
    """End of the personnel noun after a number ('1,000 US service members'), or None."""
    start_of_phrase = pos
    if text[pos:pos + 1] in "'\u2019\"\u201d":  # "to host 'up to 1,200' allied troops": a quote closes on the number
        pos += 1
    of = _OF_DET.match(text, pos)
    if of:
        pos = of.end() - 1  # keep the space before the next word
    hedged = _HEDGE_BEFORE_NOUN.match(text, pos)
    pos = hedged.end() if hedged else pos  # "the first 200 or so US Marines"
    for _ in range(5):
        if not text[pos:pos + 1].isspace():
            return None
        head = _PERSONNEL.match(text, pos + 1)
        if head and head.group(0).lower() == "infantry" and _FORMATION_NEXT_WORD.match(text, head.end()):
            return None  # "four infantry battalions": a count of units, not of troops
        if head:
            if head.group(0).lower() == "officers" and _CIVIL_OFFICERS.search(text, start_of_phrase, head.start()):
                return None  # "5,000 Border Guard officers", "police officers": not troops
            if head.group(0).lower() == "members" and re.match(r"\s+of\b", text[head.end():head.end() + 4]) \
                    and not _MEMBERS_OF.match(text, head.end()):
                return None  # "members of parliament"; but "2,100 members when it is launched" are troops
            return head.end()
        token = _MOD_TOKEN.match(text, pos)
        if not token:
            return None
        word = token["tok"]
        joined = _JOINED_NAMES.match(text, pos)
        if joined and not year_like:  # "14,000 Filipino and American troops"
            pos = joined.end()
            continue
        is_number = bool(of and re.fullmatch(r"\d[\d,]*", word))
        if not (word.lower() in words.MODIFIERS or (word[:1].isupper() and not year_like) or is_number):
            return None
        pos = token.end()
    return None


_TROOP_WORD = re.compile(r"\b(?:" + "|".join(sorted(words.PERSONNEL + words.FORMATIONS, key=len, reverse=True)) + r")\b", re.I)


@lru_cache(maxsize=4)  # asked for every bare number of a paragraph: the paragraph is read once
def _has_personnel_word(text: str) -> bool:
    """Does the paragraph speak of troops or formations? Only then may a bare number stand for troops."""
    return bool(_TROOP_WORD.search(text))


# A population or an exercise's name before the number; troops who own what is counted after it
_NOT_TROOPS_BEFORE = re.compile(r"\b(?:(?:town|city|village|island|community|country|nation)\s+of\s+|"
                                r"(?:Exercise|Operation)\s+(?:[A-Z][\w-]*\s+){1,3})$")
_OWNED_BY_TROOPS = re.compile(r"\s+(?:[a-z]+\s+)?(?:soldiers|troops|marines|sailors|airmen|servicemen)['\u2019]\s")
_NUMBERED_UNIT = re.compile(r"\d{1,3}\s+(?:[A-Z][\w-]*\s+){1,4}(?:Battalion|Brigade|Regiment|Division|Squadron)\b"
                            r"(?!\s+(?:soldiers|troops|personnel|members|men|women)\b)")


def _find_personnel(text: str, paragraph: str, amounts: list[Amount]) -> list[_Mention]:
    """The amounts in a sentence (found by find_amounts) that count people in uniform."""
    found = []
    for amount in amounts:
        before, after = text[max(0, amount.hedge_start - WINDOW):amount.hedge_start], text[amount.end:amount.end + WINDOW]
        if (_CAPACITY_BEFORE.search(before) or _DATE_BEFORE.search(before) or _DATE_AFTER.match(after)
                or words.NOT_A_COUNT_BEFORE.search(before) or words.NOT_A_COUNT_AFTER.match(after)
                or words.CURRENCY_BEFORE.search(before)):
            continue
        if amount.count is not None and amount.count < 2 and amount.qualifier == "exact":
            continue  # "one of", "a unit": not a count of troops
        if amount.qualifier == "exact" and _NUMBERED_UNIT.match(text, amount.start):
            continue  # "the 5 South African Infantry Battalion": the number names the unit
        if _NOT_TROOPS_BEFORE.search(before) or _OWNED_BY_TROOPS.match(after):
            continue  # "a town of fewer than 10,000 people", "Exercise Arctic Bastion 24", "three soldiers' wives"
        mention = _noun_phrase(text, amount, paragraph)
        if mention and not words.HARMED_AFTER.match(text, mention.np_end) and not words.VEHICLE_AFTER.match(
                text, mention.np_end) and not words.AIRCRAFT_BEFORE_HEAD.search(text, amount.end, mention.np_end):
            found.append(mention)
    return found


def _noun_phrase(text: str, amount: Amount, paragraph: str) -> _Mention | None:
    after = text[amount.end:amount.end + WINDOW]
    strong = _STRONG.match(after)
    if strong:
        head = strong["head"].lower()
        end = amount.end + strong.end()
        unit = head if head in words.FORMATIONS else ""
        if unit and strong["mods"].strip()[:1].isupper():
            name = strong["mods"].strip().split()[-1]
            unit = unit if units.is_force_word(name) else f"{name} {unit}"
        if head in words.BODIES:
            tail = _personnel_after(text, end, False)
            end = tail or end
        return _Mention(amount, end, unit, rule="strong")
    strong_word = _STRONG_WORD.match(text, amount.end)
    if strong_word and not amount.is_year_like:  # "the Russian airborne brigade ..., about 1,500 strong"
        return _Mention(amount, strong_word.end(), rule="strong")
    end = _personnel_after(text, amount.end, amount.is_year_like)
    if end:
        partitive = bool(re.search(r"\d", text[amount.end:end]))
        return _Mention(amount, _personnel_list_end(text, end), partitive=partitive)
    shared = _SHARED_NOUN.match(text, amount.end)
    if shared and not amount.is_year_like and _personnel_after(text, shared.end(), False):
        return _Mention(amount, amount.end + len(shared.group(1) or ""))  # "35 and 28 soldiers", "14 Chilean and 14 ..."
    counted = _CONTEXT_NOUN.match(text, amount.end)
    if counted and not amount.is_year_like and _has_personnel_word(paragraph) \
            and not words.CIVILIAN_AFTER.match(text, counted.end()):
        return _Mention(amount, counted.end(), rule="context")  # "670 Norwegians", "7,000 fresh men"
    before = text[max(0, amount.hedge_start - WINDOW):amount.hedge_start]
    if amount.is_year_like or (amount.count is not None and amount.count < 20 and not _BODY_BEFORE.search(before)):
        return None
    if amount.qualifier == "between" and 1900 <= (amount.low or 0) and (amount.high or 0) <= 2100:
        return None  # "between 2014 and 2016"
    if re.search(r"(?i)\b(?:million|billion|bn)\b", text[amount.start:amount.end]) and _MONEY.search(text):
        return None  # "92 million euros, down from 171 million": money
    if (not _has_personnel_word(paragraph) and not _BODY_LEVEL_BEFORE.search(before)) or re.match(r"^\s*-", after):
        return None
    if _CIVILIAN_OUTSIDE_FAMILIES.search(text) and not _TROOP_WORD.search(text):
        return None  # "15,000 people died ..., and thousands more remain in care centres": people, not troops
    listed = _COUNTRY_BEFORE.search(before)
    if listed and places.force_named(listed["name"]) and (_LIST_AFTER.match(after) or _PLACED_AFTER.match(after)) \
            and re.search(r"\d", before):  # "Tonga about 40 and Papua New Guinea 80", "France some 1,450 at its bases"
        return _Mention(amount, amount.end, rule="bare")
    if (_BODY_BEFORE.search(before) or _TOTAL_BEFORE.search(before) or words.IN_PLACE_BEFORE.search(before)
            or _BODY_LEVEL_BEFORE.search(before)
            or _CHANGED_BEFORE.search(before)
            or words.LEVEL_FROM.search(before) or words.LEVEL_TO.search(before)
            or (_SHARE_BEFORE.search(before) and _share_after(after))
            or (re.match(r"^\s*more\b", after) and words.MOVEMENT.search(before[-24:])
                and not _CIVIL_OFFICERS.search(before))  # "the army sent 2,000 more" (not more police)
            or (_CHANGE_TO.search(before) and words.LEVEL_FROM.search(before[:before.rfind(" from ") + 6]))
            or (amount.qualifier == "between" and _RANGE_ALONE.match(after))
            or _ELLIPSIS_AFTER.match(after)
            or (_ELLIPSIS_BEFORE.search(before) and re.match(r"^\s*(?:more\b|[,.;]|$)", after))
            or (_LAST_OF_BEFORE.search(before) and _MOVED_AFTER.match(after))
            or (_POSSESSED_BEFORE.search(before) and re.match(r"^\s*(?:[,.;]|$)", after))
            or ((_POSSESSED_BEFORE.search(before) or _ELLIPSIS_BEFORE.search(before)) and words.READY_AFTER.match(after))
            or (_SENT_BEFORE.search(before) and re.match(r"^\s*(?:[,;]|and\b)", after))
            or (_APPOSED_BEFORE.search(before) and re.match(r"^\s*,", after))
            or (_FROM_BEFORE.search(before) and _TO_LEVEL_AFTER.match(after))
            or (_LISTED_BEFORE.search(before) and _PLACED_AFTER.match(after))):
        return _Mention(amount, amount.end, rule="bare")
    return None


# --- unit ------------------------------------------------------------------------------

# --- clauses, masks ----------------------------------------------------------------------

def _mask(text: str, keep: list[tuple[int, int]]) -> str:
    """Blank out attributions ('..., the Pentagon said') and 'officials in Paris'."""
    chars = list(text)
    for pattern in (_ATTRIBUTION, _ADDING_THAT, _PEOPLE_IN, _DATELINE):
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in keep):
                continue
            chars[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(chars)


def _set_clauses(text: str, found: list[_Mention]) -> None:
    """Split the sentence between consecutive mentions at the last comma or conjunction."""
    bounds = [0]
    for previous, current in zip(found, found[1:]):
        gap_start, gap_end = previous.np_end, current.amount.hedge_start
        breaks = list(_BREAK.finditer(text, gap_start, gap_end))
        punctuation = [b for b in breaks if text[b.start()] in ",;:"]
        chosen = (punctuation or breaks)
        bounds.append(chosen[-1].start() if chosen else gap_end)
    bounds.append(len(text))
    for index, mention in enumerate(found):
        mention.lo, mention.hi = bounds[index], bounds[index + 1]


# --- kind and status -------------------------------------------------------------------


# --- force -----------------------------------------------------------------------------

_NAME_PARTICLE = re.compile(r"\b(?:da|de|do|dos|das|del|di|du|la|le)\s+$")
_TITLE_POSSESSIVE = re.compile(r"['\u2019]s\b")
_TITLE_AT = re.compile(words.TITLES.pattern.removeprefix("^"), words.TITLES.flags)  # TITLES where the words after a name begin
_OTHER_GROUP = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + _PERSONNEL.pattern + r")", re.I)


# "will come from the United States, which is sending about 300 soldiers": the place is the relative clause's subject.
_WHICH_SENDS = re.compile(
    r"\s*,\s*(?:which|who)\s+(?:is\s+sending|has\s+sent|will\s+send|sent|sends|deployed|is\s+deploying)\b"
    r"|\s+(?:army|armed\s+forces|military|navy|forces)\s*,\s*(?:which|who)\s+(?:still\s+|already\s+)?(?:has|have|keeps)\b")
_BORDER_AFTER = re.compile(r"\s+(?:borders?|frontiers?|border\s+area|border\s+region)\b", re.I)


def _in_a_route(text: str, match: re.Match) -> bool:
    """A place the route names, unless it is a clause's subject: "signed at Kumanovo, Yugoslavia must withdraw",
    "from the United States, which is sending about 300"."""
    if not places.in_route(text, match.start()):
        return False
    subject = comma_before(text, match.start()) and words.VERB_NEXT.match(text, match.end())
    # "a statement from the Swedish Armed Forces": a nation's forces, not a place
    return not (subject or _WHICH_SENDS.match(text, match.end()) or places.names_armed_forces(text, match.end()))


# A ship named for a place: "the requisitioned P&O liner Canberra", "HMAS Canberra", "the ferry Norland"
_SHIP_BEFORE = re.compile(r"\b(?:HMS|HMAS|HMNZS|HMCS|USS|INS|JS|ROKS|TCG|BRP|KRI|liner|ferry|ship|frigate|destroyer|"
                          r"carrier|cruiser|corvette|vessel|tanker)\s+$")


def _force_candidates(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, force, tier) for every country, demonym, capital or alliance word;
    tier 1 = may be a subject, 2 = names a speaker ('US President'), None = in a route."""
    found = []
    for match in places.FORCE_WORDS.finditer(text):
        force = places.force_of(match.group(0))
        if _in_a_route(text, match) or _NAME_PARTICLE.search(text, max(0, match.start() - 5), match.start()) \
                or _BORDER_AFTER.match(text, match.end()) or _SHIP_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # in a route, part of a longer name ("Mocímboa da Praia"), a border ("the Lebanese border"), a ship
        if found and found[-1][1] + 1 == match.start() and text[found[-1][1]] == " ":
            continue  # "Royal Netherlands Marine Corps": the country before a service's name owns it
        possessive = _TITLE_POSSESSIVE.match(text, match.end())  # the words after it, past "'s"
        rest = possessive.end() if possessive else match.end()
        tier = 2 if _TITLE_AT.match(text, rest) else 1
        if _OTHER_GROUP.match(text, rest):
            tier = 3  # modifies a body of troops: theirs, unless that body is the mention's
        found.append((match.start(), match.end(), force, tier))
    return found


_JOINT_SUBJECTS = re.compile(r"\s+and\s+")
_SUBJECTS_ACT = re.compile(r"\s+(?:will|would|have|has|had|each|both|are|were|plan|plans|sent|send|deployed|agreed)\b")
# The subject hosts the troops: "Latvia will receive 300 soldiers from Canada".
_HOSTS = re.compile(r"\s+(?:will\s+|would\s+|is\s+to\s+|has\s+|have\s+|is\s+set\s+to\s+)?"
                    r"(?:receive[sd]?|receiving|host(?:s|ed|ing)?|welcome[sd]?|welcoming|get|gets|got)\s+(?:\w+\s+){0,3}?$", re.I)
_LED_BY = re.compile(r"\b[A-Z][\w.]*-led\s+(?:[\w-]+\s+){0,2}?(?:battle\s*groups?|force|forces|mission|coalition|"
                     r"contingent|brigade|division|task\s+force|operation)\b", re.I)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w-]*)\s+$")


# "assess Iraqi brigades as Marines and an Army company reinforce": a nationality of other troops named before
_OTHER_TROOPS_AFTER = re.compile(r"\s+(?:(?:Army|army|Navy|government|special)\s+)?(?:brigades|battalions|units|divisions|"
                                 r"counterparts|forces|troops|soldiers)\b(?!\s+(?:of|from)\b)")


def _choose_force(text: str, mention: _Mention, candidates, first: int = 0) -> str:
    a = mention.amount
    inside = [c for c in candidates if (a.start if mention.rule == "unit" else a.end) <= c[0] < mention.np_end]
    if re.search(r"\ballied\b", text[a.end:mention.np_end], re.I):
        inside.append((a.end, a.end, "NATO", 0))
    led = _LED_BY.search(text, max(0, mention.lo, a.hedge_start - 160), mention.np_end)
    if led and mention.rule != "unit" and not _SHARE_BEFORE.search(text, max(0, a.hedge_start - 20), a.hedge_start) \
            and (led.end() > a.hedge_start - 40 or (mention.unit and led.group(0).lower().endswith(mention.unit.lower()))):
        return "multinational"  # "a British-led battlegroup of about 1,100 soldiers": troops of several nations
    if len(inside) > 1 and inside[0][2] != inside[1][2] and re.fullmatch(r",?\s+(?:and\s+)?", text[inside[0][1]:inside[1][0]]):
        return "multinational"  # "about 20,000 German and Dutch soldiers", "2,000 French, Italian and Spanish soldiers"
    if inside:
        return inside[0][2]
    owner = _WORD_BEFORE.search(text, max(0, a.start - 40), a.start) if mention.rule == "unit" else None
    if owner and owner["word"] in words.DEMONYMS:  # "the Bulgarian 61st Mechanised Brigade": the word before its name
        return words.DEMONYMS[owner["word"]]
    if mention.np_forces:  # the force that owns the unit the troops are from
        return mention.np_forces[0]
    several = words.MULTINATIONAL.match(text, mention.np_end) or words.MULTINATIONAL.match(text[a.end:mention.np_end])
    chosen = ""
    # a bare number stands for the troops named before it: their nationality is its force ("US Marines ... from 330")
    tiers = ((1, 3), (2,)) if mention.rule == "bare" else ((1,), (2,))
    for lo in (mention.lo, first):
        for tier in tiers:
            before = [c for c in candidates if lo <= c[0] < a.hedge_start and c[3] in tier
                      and (mention.rule == "bare" or not _OTHER_TROOPS_AFTER.match(text, c[1]))]
            if before and not chosen:
                chosen = before[-1][2]
                if len(before) > 1 and before[-2][2] != chosen and tier == (1,) \
                        and _JOINT_SUBJECTS.fullmatch(text, before[-2][1], before[-1][0]) \
                        and _SUBJECTS_ACT.match(text, before[-1][1]):
                    chosen = "multinational"  # "Britain and France will each send 300 soldiers"
                hosted = chosen and _HOSTS.match(text, before[-1][1], a.hedge_start)
                nationality = hosted and _NATIONALITY.match(text, mention.np_end)
                if nationality and places.force_named(nationality["name"].rstrip(".")) in gazetteer.COUNTRIES:
                    chosen = places.force_named(nationality["name"].rstrip("."))  # "Latvia will receive 300 soldiers from Canada"
    stated = _STATED_NATIONALITY.match(text, mention.np_end)
    if not chosen and stated and places.force_named(stated["name"]) in gazetteer.COUNTRIES:
        return places.force_named(stated["name"])  # "of whom some 900 are German"
    come = _COME_FROM.match(text, mention.np_end)
    nationality = _NATIONALITY.match(text, come.end() - 1 if come else mention.np_end)
    if not chosen and nationality and not several and places.force_named(nationality["name"].rstrip(".")) in gazetteer.COUNTRIES:
        return places.force_named(nationality["name"].rstrip("."))  # "650 soldiers from Slovenia are based in Slovakia"
    if not chosen:
        for c in candidates:  # an agent after the mention: "... were sent by Germany"
            if mention.np_end <= c[0] < mention.hi and re.search(r"\bby\s+(?:the\s+)?$", text[max(0, c[0] - 12):c[0]]):
                chosen = c[2]
                break
    if several and chosen not in gazetteer.ORGANISATIONS:
        return "multinational"  # troops of several nations, unless an organisation fields them
    return chosen


_STATED_NATIONALITY = re.compile(r"\s+(?:are|were|is|was)\s+(?P<name>[A-Z][\w-]*)\b(?!\s+[A-Z])")
_MARINES = re.compile(r"\bMarines\b")


def _default_force(text: str, mention: _Mention) -> str:
    """"Marines" with no country named in the sentence or paragraph: the US Marine Corps, as reporters write it."""
    phrase = text[mention.amount.end:mention.np_end]
    if re.search(r"\bRoyal\s+Marines\b", phrase):
        return "United Kingdom"  # the Royal Marines are Britain's ("the Royal Netherlands Marine Corps" names its country)
    return "United States" if _MARINES.search(phrase) else ""


def _blanked_forces(text: str, masked: str) -> tuple[list[int], list[str]]:
    """(starts, forces) of the force words in what the mask blanked ("..., a U.S. Army spokesman said"),
    read once per sentence."""
    found = [c for c in _force_candidates(text) if masked[c[0]:c[1]].isspace()] if masked != text else []
    return [c[0] for c in found], [c[2] for c in found]


def _attribution_force(blanked: tuple[list[int], list[str]], mention: _Mention) -> str:
    """The force of the speaker the sentence is attributed to, after the mention, if any."""
    starts, forces = blanked
    after = bisect_left(starts, mention.np_end)
    return forces[after] if after < len(forces) else ""


# "About 200 soldiers will come from Denmark": where they come from is whose they are
_COME_FROM = re.compile(r"\s+(?:(?:will|would|are\s+to|are\s+expected\s+to|are\s+due\s+to)\s+)?(?:come|comes|came|coming|"
                        r"be\s+drawn|are\s+drawn|were\s+drawn)\s+(?:mainly\s+|mostly\s+|largely\s+)?(?=from\s)")
_NATIONALITY = re.compile(r"\s+from\s+(?:the\s+)?(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?!\s*,|\s+(?:and|or)\s|\w)(?!\s+to\s)")


_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]{0,400}[\"\u201d]")
_TIME_BEFORE = re.compile(r"\b(?:since|until|after|before|during)\s+(?:the\s+)?$", re.I)


def _sentence_force(text: str) -> str | None:
    """The force a sentence names last (subjects before speakers' titles), outside quotations and time
    phrases ("the largest deployment since Vietnam"); None if it names none."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    candidates = [c for c in _force_candidates(_mask(text, [])) if not any(a <= c[0] < b for a, b in quoted)
                  and not _TIME_BEFORE.search(text, max(0, c[0] - 12), c[0])]
    for tier in (1, 2):
        chosen = [c for c in candidates if c[3] == tier]
        if chosen:
            return chosen[-1][2]
    return None


# A paragraph that opens on troops the one before spoke of
_BACK_REFERENCE = re.compile(r"\s*(?:The|These|Those)\s+(?:(?:additional|extra|new|fresh)\s+)?"
                             r"(?:reinforcements|troops|soldiers|marines|newcomers)\b")


class _Earlier(list):
    """The paragraph's sentences so far. `force()` is what the nearest of them names: each sentence
    is read once, however many mentions ask (asking anew each time grew with the square)."""

    def __init__(self, carried: str = ""):
        super().__init__()
        self._read, self._force = 0, carried

    def force(self) -> str:
        for text in self[self._read:]:
            named = _sentence_force(text)
            self._force = self._force if named is None else named
        self._read = len(self)
        return self._force


# --- the table -------------------------------------------------------------------------

# The number a moving unit brings, in a participle after its clause: ", taking about 7,500 men", ", with some 3,000 troops".
_CARRIED = re.compile(r",\s+(?:taking|bringing|with|carrying|comprising|numbering|totalling|totaling)\s+(?:(?:an?|some|about|around)\s+)?$",
                      re.I)


_FORMATION_BETWEEN = re.compile(r"\b(?:" + "|".join(words.FORMATIONS) + r")\b", re.I)


def _clause_end(text: str, start: int, stop: int) -> int:
    """The last comma before `stop` that follows `start` (where the participle begins), or `stop`."""
    comma = text.rfind(",", start, stop)
    return comma if comma >= 0 and not re.search(r"[;.]", text[start:comma]) else stop


_SHARE_OF = re.compile(r"\bof\s+(?:whom|them|those|these)\s+$", re.I)


def _numbers_only(text: str, amounts: list[Amount]) -> list[dict]:
    """The rows of a sentence past MAX_NUMBERS_READ: each count of two or more with a personnel noun after it."""
    rows = []
    for a in amounts:
        if (a.count is None or a.count >= 2 or a.qualifier != "exact") and _personnel_after(text, a.end, a.is_year_like):
            rows.append({"start": a.start, "end": a.end, "count": a.count, "count_low": a.low, "count_high": a.high,
                         "qualifier": a.qualifier, "force": "", "unit": "", "origin": "", "destination": "",
                         "kind": "movement", "status": "announced", "rule": RULES["noun"], "flag": FLAGS["numbers_only"]})
    return rows


def _code_sentence(text: str, paragraph: str, earlier: _Earlier, amounts: list[Amount],
                   acronyms: frozenset[str] = frozenset()) -> list[dict]:
    found = _find_personnel(text, paragraph, amounts)
    if not found and not words.names_formation(text):
        return []
    dateline = _DATELINE.match(text)
    subject_unit = ""
    for index, mention in enumerate(found):
        units.attach(text, mention)
        listed = index and subject_unit and _LIST_GLUE.fullmatch(text, found[index - 1].np_end, mention.amount.hedge_start)
        if listed and not mention.unit:  # "which includes some 670 Norwegians, 800 Swedes and 380 Finns": one unit
            mention.unit, mention.listed_after = subject_unit, found[index - 1]
            continue
        opening = _SPEAKER_LABEL.match(text) or dateline  # "ADM. MADIGAN: The 1st Brigade will take ..."
        subject_unit = units.of_subject(text, mention, index > 0, opening.end() if opening else 0, acronyms)
        mention.unit = subject_unit or mention.unit
        if index and not mention.unit and _SHARE_OF.search(text, max(0, mention.amount.hedge_start - 24),
                                                           mention.amount.hedge_start):
            mention.unit = found[index - 1].unit  # "about 650 troops ..., of whom some 450 are Hungarian": the same unit
    taken = [(m.amount.hedge_start, m.np_end) for m in found]
    for start, end, name in units.moving_alone(text, taken, {m.unit for m in found}):  # a formation that moves with no number
        carried = next((m for m in found if m.amount.hedge_start > end and not m.unit
                        and (m.rule == "strong" and not _FORMATION_BETWEEN.search(text, end, m.amount.hedge_start)
                             or _CARRIED.match(text, _clause_end(text, end, m.amount.hedge_start), m.amount.hedge_start))),
                       None)
        if carried is not None:  # "the 7th Armoured Brigade will deploy ..., taking about 7,500 men": the unit's number
            carried.unit = name
            continue
        found.append(_Mention(Amount(start, end, None, None, None, "", start), end, name, rule="unit"))
    found.sort(key=lambda m: m.amount.start)
    _set_clauses(text, found)
    masked = _mask(text, [(m.amount.hedge_start, m.np_end) for m in found])
    candidates = _force_candidates(masked)
    phrases = places.route_phrases(masked)
    candidate_starts, phrase_starts = [c[0] for c in candidates], [p.start for p in phrases]
    rows, coded, blanked = [], {}, None
    for mention in found:
        hi = mention.hi
        copula = _COPULA.search(masked, mention.np_end, min(hi, mention.np_end + SENTENCE_REACH))
        if copula:
            hi = copula.start()
        own = _OWN_CLAUSE_END.search(masked, mention.np_end, min(hi, mention.np_end + SENTENCE_REACH))
        hi = own.start() if own else hi  # ", and the first of them arrived": another clause
        # what the mention reads of its sentence: its clause, and at most SENTENCE_REACH on either side
        first = max(0, min(mention.lo, mention.amount.hedge_start - SENTENCE_REACH))
        last = min(hi, mention.np_end + SENTENCE_REACH)
        near_candidates = candidates[bisect_left(candidate_starts, first):bisect_left(candidate_starts, last)]
        near_phrases = phrases[bisect_left(phrase_starts, first):bisect_left(phrase_starts, last)]
        kind, status = (kind_status(masked, mention, max(mention.lo, first), last, first, wider=first)
                        or ("movement", "announced"))
        force = _choose_force(masked, mention, near_candidates, first)
        doubts = [FLAGS[mention.rule]] if mention.rule in FLAGS else []
        if not force:
            force = earlier.force()
            doubts += [FLAGS["paragraph_force"]] if force else []
        if not force:
            force = _default_force(masked, mention)
            doubts += [FLAGS["marines"]] if force == "United States" else []  # the Royal Marines are no guess
        if not force:
            if blanked is None:
                blanked = _blanked_forces(text, masked)
            force = _attribution_force(blanked, mention)
            doubts += [FLAGS["speaker_force"]] if force else []
        origin, destination = places.route(masked, near_phrases, mention.amount.start, mention.amount.hedge_start,
                                           mention.np_end, max(mention.lo, first), last, kind)
        based = _BASED.search(text, mention.amount.end, mention.np_end)
        if based and not origin and based.group(1) in places.ALIASES:  # "8,500 US-based soldiers"
            origin = [places.ALIASES[based.group(1)][0]]
        first_listed = mention.listed_after
        while first_listed is not None and first_listed.listed_after is not None:
            first_listed = first_listed.listed_after
        if first_listed is not None and id(first_listed) in coded:  # the list shares its first item's predicate
            kind, status, origin, destination = coded[id(first_listed)]
        whole = rows[-1] if rows and _SHARE_OF.search(masked, max(0, mention.amount.hedge_start - 24),
                                                      mention.amount.hedge_start) else None
        if whole is not None and not origin and whole["origin"] and kind in ("movement", "withdrawal"):
            origin = whole["origin"].split("; ")  # "9,000 Marines will relocate out of Okinawa, of whom about 4,000 ..."
        if kind in ("stock", "target"):
            origin = []  # troops that are (or are to be) somewhere have no origin: "270 from Tanzania in Nangade"
        coded[id(mention)] = (kind, status, origin, destination)
        a = mention.amount
        rows.append({
            "start": a.start, "end": a.end, "count": a.count, "count_low": a.low, "count_high": a.high,
            "qualifier": a.qualifier, "force": force, "unit": mention.unit,
            "origin": "; ".join(origin), "destination": "; ".join(destination), "kind": kind, "status": status,
            "rule": RULES[mention.rule], "flag": "; ".join(doubts),
        })
    _share_listed_units(text, found, rows)
    _respectively(masked, found, rows, candidates)
    return rows


_RESPECTIVELY = re.compile(r"[^.;]{0,40}?\brespectively\b")


def _respectively(text: str, found: list[_Mention], rows: list[dict], candidates) -> None:
    """"Thailand and Malaysia sent 35 and 28 soldiers respectively": the forces in the order named."""
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if first.rule == "unit" or not _RESPECTIVELY.match(text, second.np_end):
            continue
        named = [c for c in candidates if c[0] < first.amount.hedge_start and c[3] == 1]
        if len(named) >= 2 and re.fullmatch(r"\s*(?:,\s*)?and\s+", text[named[-2][1]:named[-1][0]]):
            rows[index]["force"], rows[index + 1]["force"] = named[-2][2], named[-1][2]


_UNIT_LIST_GLUE = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?(?P<owner>[A-Z][\w-]*\s+)?")


def _share_listed_units(text: str, found: list[_Mention], rows: list[dict]) -> None:
    """Units listed before one verb share its reading: "the Carmel Brigade and the 410th Armoured Brigade,
    had been ordered to the border" (rows in the order of found)."""
    for index in range(len(found) - 2, -1, -1):
        this, after = found[index], found[index + 1]
        glue = _UNIT_LIST_GLUE.fullmatch(text, this.np_end, after.amount.start)
        if this.rule == after.rule == "unit" and glue and (not glue["owner"] or units.is_force_word(glue["owner"].strip())):
            for key in ("kind", "status", "origin", "destination"):
                rows[index][key] = rows[index + 1][key]


_Sentence = namedtuple("_Sentence", "sentence_id block_id block_type char_start text text_normalised")
_MENTION_DTYPES = {"count": "Int64", "count_low": "Int64", "count_high": "Int64",
                   "paragraph": "int64", "sentence_id": "int64", "char_start": "int64", "char_end": "int64"}


def _prose_sentences(sentences: pd.DataFrame) -> list[_Sentence]:
    """The sentences of the prose blocks, in order of position."""
    prose = [s for s in frames.records(sentences, _Sentence) if s.block_type in PROSE_BLOCKS]
    return sorted(prose, key=lambda sentence: sentence.char_start)


def mention_table(raw: str, sentences: pd.DataFrame, masthead: str = "") -> pd.DataFrame:
    """Every troop-count mention in the prose sentences, as rows in MENTION_COLUMNS order."""
    rows = []
    prose = _prose_sentences(sentences)
    paragraphs: dict[int, list[str]] = {}
    for sentence in prose:
        paragraphs.setdefault(sentence.block_id, []).append(sentence.text_normalised)
    # A bare number may stand for troops its paragraph, or the one before, speaks of.
    context, previous = {}, ""
    for block_id, texts in paragraphs.items():
        context[block_id] = previous + " " + " ".join(texts)
        previous = " ".join(texts)
    earlier_in_block: dict[int, _Earlier] = {}
    previous_block = None
    acronyms = units.acronyms_given(raw)
    numbers_left = MAX_NUMBERS_READ
    for sentence in prose:
        if sentence.block_id not in earlier_in_block:  # "The reinforcements will ...": the troops just written of
            before = earlier_in_block[previous_block] if previous_block is not None else None
            carried = before.force() if before is not None and _BACK_REFERENCE.match(sentence.text_normalised) else ""
            earlier_in_block[sentence.block_id] = _Earlier(carried)
            previous_block = sentence.block_id
        earlier = earlier_in_block[sentence.block_id]
        amounts = find_amounts(sentence.text_normalised)
        numbers_left -= len(amounts)
        coded = (_code_sentence(sentence.text_normalised, context[sentence.block_id], earlier, amounts, acronyms)
                 if numbers_left >= 0
                 else _numbers_only(sentence.text_normalised, amounts))
        for row in coded:
            start, end = sentence.char_start + row.pop("start"), sentence.char_start + row.pop("end")
            rows.append({"paragraph": sentence.block_id, "sentence_id": sentence.sentence_id,
                         "block_type": sentence.block_type, "number_text": raw[start:end], **row,
                         "sentence": sentence.text, "char_start": start, "char_end": end})
        earlier.append(sentence.text_normalised)
    _fill_main_force(rows, _headline_force(prose), sentences, masthead)
    rows.sort(key=lambda row: row["char_start"])
    for number, row in enumerate(rows, start=1):
        row["mention_id"] = f"M{number:02d}"
    return frames.table(rows, MENTION_COLUMNS, _MENTION_DTYPES)


def _headline_force(sentences: list[_Sentence]) -> str:
    """The force a title line names before its troops ('US to send more troops ...'): the first
    headline or sub-heading line, before the body begins, that speaks of troops."""
    for sentence in sentences:
        if sentence.block_type == "body":
            break
        troops = _TROOP_WORD.search(sentence.text_normalised)
        if sentence.block_type in ("headline", "subheading") and troops:
            candidates = _force_candidates(_mask(sentence.text_normalised, []))
            before = [c for c in candidates if c[0] < troops.start()]
            return before[0][2] if before else ""
    return ""


def _most_named(named: list[str]) -> str:
    counts = Counter(named)
    return max(counts, key=lambda force: (counts[force], -named.index(force))) if named else ""


def _most_named_on_page(sentences) -> str:
    """The force the page names most outside routes, as a subject or a body of troops."""
    return _most_named([c[2] for sentence in sentences.itertuples()
                        for c in _force_candidates(sentence.text_normalised) if c[3] in (1, 3)])


def _fill_main_force(rows: list[dict], headline_force: str, sentences, masthead: str = "") -> None:
    """Mentions whose sentence and paragraph name no force get the article's main force:
    the headline's, else the one most mentions name, else the one the page names most outside
    routes ("the Swedish Armed Forces"), else the issuer's on the lines above the headline
    (a press release's "Republic of Poland" masthead)."""
    if headline_force and headline_force != "United States":  # "Manila sends 250 Marines": that country's marines
        for row in rows:
            if FLAGS["marines"] in row["flag"]:
                row["force"] = headline_force
                row["flag"] = row["flag"].replace(FLAGS["marines"], FLAGS["main_force"])
    named = [row["force"] for row in rows if row["force"]]
    on_page = None
    if not headline_force and len(set(named)) > 1 and named.count(_most_named(named)) == 1:
        on_page = _most_named_on_page(sentences)  # several forces, each named by one row: "Irish troops", "Irish officers"
    main = headline_force or on_page or _most_named(named)
    if not main and any(not row["force"] for row in rows):
        main = _most_named_on_page(sentences)
    if not main and masthead:
        main = next((c[2] for c in _force_candidates(masthead) if c[2] in gazetteer.COUNTRIES), "")
    for row in rows:
        if not row["force"]:
            row["force"] = main
            row["flag"] = "; ".join(filter(None, [row["flag"], FLAGS["main_force" if main else "no_force"]]))


def mentions(article) -> pd.DataFrame:
    return mention_table(article.raw, article.sentences, _masthead(article.blocks))


def _masthead(blocks: pd.DataFrame) -> str:
    """The lines above the headline a page's issuer is named on ("Ministry of National Defence / Republic of Poland")."""
    lines = []
    for kind, text in zip(blocks["type"].tolist(), blocks["text"].tolist()):
        if kind == "headline":
            return " \n ".join(lines)
        if kind == "navigation":
            lines.append(text)
    return ""


def tables(article) -> dict:
    """Stage 2a's outputs, by file name."""
    found = mentions(article)
    return {"troop_mentions.csv": found, "troop_movements.csv": reconcile(found)}
