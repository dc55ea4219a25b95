"""Kind and status of a troop mention from the cues of its clause: movement, withdrawal, stock or target; announced, ordered, planned, arrived or existing."""

import re
from bisect import bisect_left

from posture.lang.tails import Tail, comma_before
from posture.movements import places, words
from posture.movements.words import WINDOW


_ORDERED_AFTER = re.compile(r"\s*,?\s*(?:who\s+(?:were|have\s+been|had\s+been)\s+)?ordered\s+(?:to|into)\b")


# "headcount holds at about 1,500", "the presence stood at nearly 900": a level there is
_HELD_AT = Tail(re.compile(r"\b(?:holds|held|stands|stood|remains|remained)\s+at\s+$", re.I), endings=("at",))
_THERE_SINCE = re.compile(r"\s+(?:have|has)\s+been\s+(?:deployed|stationed|posted|based)\s+"
                          r"(?:in|along|across|at(?!\s+least)|on|throughout)\s[^.;]{0,60}?\bsince\b")
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:who|that|which)\b")
# Stock words that give a body's size, not where it is: "comprising 850", "numbering just over 300".
_SIZE_WORD = re.compile(r"(?i:compris\w*|number(?:s|ed|ing)?|includ\w*|consists\s+of|totall?ing)")


_CUE_PRIORITY = {"arrived": 0, "ordered": 0, "planned": 0, "withdrawal": 0, "movement": 1, "stock": 2}


_POSSESSION = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|still\s+)?(?=(?:about|around|some|more|over|nearly|up|roughly|almost|just|"
    r"an?\s|\d|tens|hundreds|thousands|between|[a-z]+\s+thousand))", re.I)


_CUE_PATTERNS = (("arrived", words.ARRIVED), ("ordered", words.ORDERED), ("planned", words.PLANNED),
                 ("withdrawal", words.WITHDRAWAL), ("movement", words.MOVEMENT), ("stock", words.STOCK),
                 ("stock", _POSSESSION))
_SENTENCE_CUES: dict = {}  # the last sentence read, and every cue in it: each mention takes its window's


def _sentence_cues(text: str) -> tuple[list[int], list[tuple[int, int, str]]]:
    """(starts, cues) of every cue word in the sentence, found once however many mentions it holds."""
    if _SENTENCE_CUES.get("text") is not text:
        cues = []
        for name, pattern in _CUE_PATTERNS:
            for match in pattern.finditer(text):
                if not (pattern is words.STOCK and match.group(0).lower() in ("has", "have", "had")):
                    cues.append((match.start(), match.end(), name))
        cues.sort()
        _SENTENCE_CUES.update(text=text, starts=[cue[0] for cue in cues], cues=cues)
    return _SENTENCE_CUES["starts"], _SENTENCE_CUES["cues"]


_LEFT_HARMED = re.compile(rf"(?<=left)\s+(?:[\w,]+\s+){{1,4}}?{words.HARM}\b", re.I)


def _read_cue(text: str, cue: tuple[int, int, str], hi: int) -> tuple[int, int, str] | None:
    """A cue as its context reads it: leaving for a posting is no withdrawal ("left" for one is done),
    a stock to come ("will be based") a move."""
    start, end, name = cue
    if name == "withdrawal" and _LEFT_HARMED.match(text, end):
        return None  # "the clashes left 25 soldiers wounded": no one leaves
    leaving = _not_leaving(text, cue, hi) if name == "withdrawal" else False
    if leaving:
        return (start, end, "arrived") if text[start:end].lower() in ("left", "departed") and leaving != "due" else None
    if name == "stock" and _FUTURE_POSTING.search(text, max(0, start - 12), start):
        return start, end, "movement"
    return cue


def _cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The cues inside text[lo:hi], a cue covered by one of higher priority left out."""
    starts, every = _sentence_cues(text)
    inside = [cue for cue in every[bisect_left(starts, lo):bisect_left(starts, hi)] if cue[1] <= hi]
    cues = [read for read in (_read_cue(text, cue, hi) for cue in inside) if read is not None]
    return [cue for cue in cues if not any(o[0] <= cue[0] and cue[1] <= o[1] and _CUE_PRIORITY[o[2]] < _CUE_PRIORITY[cue[2]]
                                           for o in cues)]


# A level a plan keeps, said before the number: "planned to keep as many as 5,000" ("will keep" goes on as it is: a stock).
_KEEP_TO_COME = re.compile(
    r"\b(?:plans?\s+to|planned\s+to|planning\s+to|going\s+to|intends?\s+to|wants?\s+to|would)\s+(?:\w+\s+)?"
    r"(?:keep|maintain|retain|leave\s+behind)\s+"
    r"(?:(?:an?|the|its|their|some)\s+)?(?:(?:small|residual|reduced|force|contingent|company|garrison|presence)\s+"
    r"(?:of\s+)?){0,2}$", re.I)
_REMAIN_AFTER = re.compile(r"\s+(?:(?:are|is|will\s+be)\s+)?(?P<planned>expected|due|set|scheduled|planned)\s+to"
                           r"\s+(?:remain|stay)\b", re.I)
# "will be based at Ukhia": a posting to come is a move ("has been based" is a stock).
_FUTURE_POSTING = re.compile(r"\b(?:will|would|to|shall)\s+be\s+$", re.I)
# Words of leaving that start a journey or describe: "will leave Tidworth for Cyprus", "left Delhi and arrived in
# Juba", "the returning soldiers", "camps left empty".
_JOURNEY_AFTER = re.compile(r"[^.;]{0,100}?(?:\b(?P<bound>bound\s+)?for\s+(?:the\s+|an?\s+)?(?:(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)|"
                            r"(?:[\w-]+\s+){0,2}(?:posting|tour|deployment|mission|rotation)|"
                            r"(?:a|one|two|three|four|five|six|nine|twelve|\d+)\s+(?:[\w-]+\s+)?(?:years?|months?)\b)|"  # "for a year in"
                            r"\band\s+(?:arrived|landed)\b|"
                            r"\b(?P<due>(?:is|are)\s+(?:now\s+)?(?:due|expected)\s+(?:in|at|off|to\s+arrive)\b))")
_LEAVING_WORD = re.compile(r"(?i:leave|leaves|leaving|left|depart\w*|(?:fly|flies|flew|flown|flying)\s+(?:[\w,'\u2019-]+\s+){0,5}?out\s+of)$")
_ADJECTIVAL = re.compile(r"(?i:\b(?:the|its|their|of|a|an|these|those)\s+)$")


def _not_leaving(text: str, cue: tuple[int, int, str], hi: int) -> bool | str:
    """Is this word of leaving no withdrawal? "due" when it starts a journey still under way."""
    word = text[cue[0]:cue[1]]
    if re.match(r"(?i)returning|departing|leaving|withdrawing$", word) and _ADJECTIVAL.search(text, max(0, cue[0] - 8), cue[0]):
        return True
    if word.lower() == "left" and re.match(r"\s+(?:empty|behind|over|vacant|unguarded)\b", text[cue[1]:cue[1] + 12]):
        return True
    journey = _JOURNEY_AFTER.match(text, cue[1], hi) if _LEAVING_WORD.match(word) else None
    if journey and journey["due"]:
        return "due"  # "which left Norfolk last week, is due in the eastern Mediterranean": a journey, not yet over
    if journey and journey["place"] and not journey["bound"]:  # leaving for a country or region is a deployment;
        return places.ALIASES.get(journey["place"], ("", ""))[1] in ("country", "region")  # for a town, it may not be
    return bool(journey)


# "about 5,000 of its [18,500] soldiers": the whole a share is taken from is there already.
_WHOLE_OF_A_SHARE = Tail(re.compile(r"(?:\d[\d,]*\s+(?:\w+\s+)?|\b(?:more|most|many|some|part|all|rest|half|bulk)\s+)"
                                    r"of\s+(?:its|their|the|his|her)\s+$", re.I),
                         endings=("its", "their", "the", "his", "her"))
# "bringing its contingent there to [more than 900]": the total after a move is a stock.
_TOTAL_AFTER_MOVE = Tail(re.compile(
    r"\b(?:bring|brings|bringing|take|takes|taking|raising|increasing|lifting|boosting|swell|swells|swelling)\s+"
    r"(?:[\w'\u2019-]+\s+){0,14}?to\s+$", re.I), endings=("to",))


_FORMATION = "|".join(sorted(words.FORMATIONS + words.BODIES, key=len, reverse=True))
# Troops already there that a move joins, or a formation's size given beside it: "will join a battlegroup of
# about 1,100 troops", "join the roughly 150 personnel", ", a special forces unit of some 600 troops".
_SIZE_OF_THE_JOINED = Tail(re.compile(
    rf"(?:\b(?:join|joins|joining|joined)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){{0,4}}?"
    rf"(?:(?:{_FORMATION})\s+of\s+)?|"
    rf"\b(?:reinforc\w*|replac\w*|reliev\w*|bolster\w*|integrat\w*|absorb\w*)\s+"
    rf"(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_FORMATION})\s+of\s+|"
    rf",\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){{0,5}}?(?:{_FORMATION})\s+of\s+)$", re.I), endings=("of",), needs=("join",))


def _moving_kind(cues, start: int, end: int) -> str:
    """A withdrawal when the verb nearest the number is one of leaving: "has moved about 1,500 personnel
    into Mali, taking over camps left empty when the peacekeepers pulled out" is a move."""
    verbs = [c for c in cues if c[2] in ("withdrawal", "movement", "arrived")]
    if not any(c[2] == "withdrawal" for c in verbs):
        return "movement"
    nearest = min(verbs, key=lambda c: start - c[1] if c[1] <= start else (c[0] - end) * 1.5)
    return "withdrawal" if nearest[2] == "withdrawal" or any(
        c[2] == "withdrawal" and c[0] <= nearest[1] and nearest[0] <= c[1] for c in verbs) else "movement"


def _in_own_name_dropped(text: str, cues, start: int, end: int):
    """Cues that are words of the mention's own name are no verbs: "the 27th Deployment Support Group will return"."""
    return [c for c in cues if not (start <= c[0] and c[1] <= end and text[c[0]].isupper())]


def kind_status(text: str, mention, lo: int, hi: int, floor: int | None = None,
                wider: int | None = None) -> tuple[str, str] | None:
    """(kind, status) from the cues of text[lo:hi]; the words just before the number are read back to
    `floor` (the sentence's reach), past the clause: "cut its contingent from about 3,500 to [2,600]".
    A clause with no cue at all is read again from `wider` (the reach's start, not the clause's): the same
    as asking kind_status(text, mention, wider, hi), whose words around the number read the same (they
    were read back to the floor), so only the cues are looked for again."""
    start = mention.amount.hedge_start
    near = max(lo if floor is None else floor, start - WINDOW)
    if _TOTAL_AFTER_MOVE.search(text, near, start) or words.LEVEL_FROM.search(text, near, start) \
            or (_WHOLE_OF_A_SHARE.search(text, near, start) and mention.amount.count is not None) \
            or _SIZE_OF_THE_JOINED.search(text, near, start) or words.IN_PLACE_BEFORE.search(text, near, start) \
            or _HELD_AT.search(text, near, start):
        return "stock", "existing"
    cues = _in_own_name_dropped(text, _cues(text, lo, hi), start, mention.np_end)
    level = words.LEVEL_TO.search(text, near, start)
    if level:  # a level to reach is a target; one already reached is a stock
        if words.LEVEL_REACHED.search(text, max(lo, level.start() - 24), level.end()):
            return "stock", "existing"
        said = {c[2] for c in (_cues(text, floor, hi) if floor is not None and floor < lo else cues)}
        return "target", next((status for status in ("ordered", "planned") if status in said), "announced")
    if words.READY_AFTER.match(text, mention.np_end):
        return "movement", "planned"  # "We have 800 ready to go", "another 500 on standby at Fort Drum"
    remain = _REMAIN_AFTER.match(text, mention.np_end)
    if remain:  # "Fewer than 1,000 are expected to remain in Kabul": a level to be kept
        return "target", "planned"
    if _KEEP_TO_COME.search(text, near, start):  # "will keep about 2,500 troops in Iraq": a level to be kept
        said = {c[2] for c in cues}
        return "target", "planned" if "planned" in said else ("ordered" if "ordered" in said else "announced")
    if _THERE_SINCE.match(text, mention.np_end):
        return "stock", "existing"  # "2,100 Guard members have been deployed along the border since April"
    attached = words.ATTACHED_STOCK.match(text, mention.np_end)
    if attached:
        bare_participle = not re.search(r"\b(?:who|that|are|were|already|now|still)\b", attached.group(0))
        moves = any(c[2] in ("movement", "withdrawal", "arrived", "ordered", "planned") for c in cues)
        if not (bare_participle and moves):  # "sent 1,500 soldiers from the 2nd Division, based in X": a move
            return "stock", "existing"
    if not cues and wider is not None:
        lo, cues = wider, _in_own_name_dropped(text, _cues(text, wider, hi), start, mention.np_end)
    if not cues:
        return None
    moving = _moving_kind(cues, start, mention.np_end)
    if _ORDERED_AFTER.match(text, mention.np_end) and not mention.partitive:
        return moving, "ordered"
    if any(c[2] == "arrived" for c in cues) or (moving == "withdrawal" and words.WITHDRAWN.search(text, lo, hi)):
        return moving, "arrived"
    preceding = sorted((c for c in cues if c[0] < start), key=lambda c: -c[0])
    following = sorted((c for c in cues if c[0] >= start), key=lambda c: (c[2] == "stock", c[0]))
    if _RELATIVE_AFTER.match(text, mention.np_end) and following:
        chosen = following[0]
    else:
        chosen = (preceding or following)[0]
    if chosen[2] == "stock" and _SIZE_WORD.fullmatch(text[chosen[0]:chosen[1]]):
        moves = [c for c in following if c[2] != "stock" and c[0] > start]
        chosen = moves[0] if moves else chosen  # "a battalion group comprising 850 personnel will depart": its verb
    return _reading_of(text, cues, chosen, moving, mention.np_end)


_APPROVED_AFTER = re.compile(r"[^.;]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+)?"
                             r"(?:approved|ordered|authori[sz]ed|signed\s+off)\b", re.I)


_ORDER_THEN_MOVE = re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?")


def _reading_of(text: str, cues, chosen: tuple[int, int, str], moving: str, mention_end: int) -> tuple[str, str]:
    """(kind, status) the chosen cue gives, a plan or order around it holding it."""
    if chosen[2] == "stock":
        return "stock", "existing"
    if chosen[2] in ("movement", "withdrawal"):  # "could pull 450 soldiers out": the plan holds the verb
        holding = [c[2] for c in cues if c[2] in ("planned", "ordered") and c[0] <= chosen[0] < c[1]]
        if not holding and re.match(r"\w+ing\b", text[chosen[0]:chosen[1]]) and comma_before(text, chosen[0]):
            # "plans to withdraw 12,000 troops, shifting some 5,600 of them": the participle shares the plan
            holding = [c[2] for c in cues if c[2] in ("planned", "ordered") and c[1] <= chosen[0]][-1:]
        if not holding:  # "approved the deployment of", "signed off on sending": the order holds the move it names
            holding = [c[2] for c in cues if c[2] == "ordered" and c[1] <= chosen[0]
                       and _ORDER_THEN_MOVE.fullmatch(text, c[1], chosen[0])]
        if not holding and _APPROVED_AFTER.match(text, mention_end, mention_end + 80):
            holding = ["ordered"]  # "The deployment of 1,500 paratroopers to Kuwait was approved": the move ordered
        return moving, (holding[0] if holding else "announced")
    return moving, chosen[2]
