"""Read a noun phrase that names a speaker: who, with what title, for which side.

"Russian Deputy Foreign Minister Alexander Grushko" -> name Alexander Grushko, role
Deputy Foreign Minister, affiliation Russia. A country word leading a title moves to the
affiliation; an institution in a title stays in the role and is the affiliation
("Pentagon spokesman" -> Pentagon). An institution speaking for itself is affiliated to
its country ("the Kremlin" -> Russia). Names are resolved against the article's own
mentions: "Scholz" -> "Olaf Scholz".
"""

import functools
import re
from dataclasses import dataclass, field, replace

from posture.lang.affiliations import COUNTRY_NAMES, DEMONYMS, INSTITUTIONS, country_of
from posture.lang.literals import alternation
from posture.quotes.ranks import COMPOUND_RANK, HONORIFICS, RANK_MODIFIERS, RANKS, is_rank, is_rank_only

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "institution", "we": "group", "i": "person"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
# Words of a title, compared lower case.
ROLE_WORDS = set(
    """president vice prime minister secretary secretary-general spokesman spokeswoman
    spokesperson press chancellor foreign defense defence deputy chief head adviser advisor
    ambassador envoy official commander director correspondent analyst lawmaker senator governor
    mayor leader chairman chair representative
    top senior national security policy interior undersecretary assistant army navy military
    intelligence staff counterpart daily newspaper broadcaster agency outlet magazine weekly
    former acting spokesperson's economy finance trade justice affairs state ministry member
    commissioner high diplomat negotiator adjutant rep. sen. gov.
    dr. mr. mrs. ms. pm fm dr mr mrs ms pope king queen prince sheikh emir premier councillor councilor
    councilman councilwoman alderman cllr coordinator chairwoman inspector""".split()
) | HONORIFICS
ROLE_WORDS |= RANKS


# Words that rank a title rather than name a body ("Chief Spokesman", "senior official").
TITLE_MODIFIERS = {"chief", "senior", "deputy", "top", "acting", "former", "assistant", "principal", "lead",
                   "head", "press", "vice", "first", "executive", "spokesperson's"}
SPEAKS_FOR_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official"}
# Titles that take their office after "of" or "for" ("chief of staff", "Minister for Europe").
OFFICE_HEADS = {"chief", "head", "director", "minister", "secretary", "commissioner", "commander",
                "undersecretary", "chairman", "chair", "president", "governor"}
# Nouns that can head a speaker phrase without a name.
PERSON_NOUNS = set(
    """spokesman spokeswoman spokesperson official minister adviser advisor diplomat source
    ambassador envoy commander officer analyst expert president chancellor secretary leader
    correspondent lawmaker senator governor mayor general negotiator aide soldier resident chief owner
    secretary-general premier councillor councilor chairman chairwoman chair coordinator representative
    commissioner inspector pilot sailor marine veteran medic nurse teacher farmer shopkeeper student
    mother father wife husband worker villager witness survivor captain colonel fellow researcher professor
    lecturer scholar economist historian director manager head planner""".split()
)
# Bodies that speak, and things written that speak ("the ministry", "the US document").
ORGANISATION_NOUNS = set(
    """ministry office government embassy agency administration department military army command alliance
    headquarters service council parliament""".split()
)
# Organisation nouns that before a title are adjectives ("a military expert"), not the body served.
ADJECTIVAL_BODIES = {"military"}
DOCUMENT_NOUNS = set("""document statement report readout communique communiqué letter memo proposal draft paper
    declaration agreement accord treaty resolution""".split())
THING_NOUNS = ORGANISATION_NOUNS | DOCUMENT_NOUNS
# Formations whose title a possessive gives ("the squadron's commander"): the affiliation, resolved later
# to the formation of that kind the article names.
FORMATION_OWNERS = {"division", "brigade", "battalion", "regiment", "group", "battlegroup", "squadron", "wing",
                    "fleet", "corps", "company", "contingent", "force", "unit", "detachment", "mission", "alliance",
                    "coalition", "command", "ministry", "department"}
# Head words that make a capitalised run an organisation's name ("Armed Forces of the Philippines").
UNIT_NOUNS = {"forces", "force", "corps", "navy", "staff", "brigade", "division", "regiment", "battalion",
              "fleet", "mission", "guard"}
# Participles that open a phrase after a document's name: "a paper seen by Defense News".
POSTMODIFIERS = re.compile(r"\s+(?:seen|obtained|reviewed|published|issued|released|quoted|cited)\s+by\b.*$", re.S)
GROUP_NOUNS = set(
    """officials allies sources diplomats lawmakers leaders ministers analysts experts critics
    residents protesters authorities members representatives governments countries officers
    soldiers troops aides spokespeople""".split()
)
# Words that open a sentence as an adverbial ("Afterwards, he told reporters"), never a speaker.
SENTENCE_ADVERBS = set(
    """Afterwards Afterward Additionally Also Alternatively Apparently Besides Clearly Consequently Crucially
    Currently Earlier Elsewhere Eventually Finally Furthermore Hence Importantly Indeed Initially Instead
    Later Likewise Meanwhile Moreover Nevertheless Nonetheless Notably Now Officially Overall Overnight
    Previously Privately Publicly Recently Regardless Reportedly Separately Similarly Shortly Soon
    Specifically Still Subsequently Then Therefore Thus Today Tonight Ultimately Yesterday""".split()
)
# Capitalised words that begin a sentence without being names.
NOT_NAMES = set(
    """The A An This That These Those It Its He She They We I His Her Their Our On In At After Before
    Following Ahead Under Over However But And Or So Yet Last Next Speaking According Asked When
    While Since During Amid As If There Here What Who Why How Some Many Most All Both Each Every No
    One Two Three Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Q About Around Nearly More Almost Roughly
    Several Up Over Just Only Under Fewer Hundreds Thousands Dozens For To From With By Of Like Unlike Among
    Despite Without Until Through Town City Village Island Country Nation Troops Soldiers Residents Families
    Officials Locals Parents""".split()
) | SENTENCE_ADVERBS
# Adjectives of a region in a title, neither the role nor a country: "a senior European diplomat".
REGIONAL_ADJECTIVES = {"European", "African", "Asian", "Arab", "Western", "Nordic", "Baltic", "Gulf", "Latin", "Pacific"}
MEDIA_WORDS = {"daily", "newspaper", "broadcaster", "agency", "outlet", "magazine", "weekly", "channel", "network"}
NAME_PARTICLES = {"de", "van", "von", "der", "bin", "al", "da", "di", "le", "la", "ag", "ibn", "dos", "du"}
POSSESSIVE = re.compile(r"['\u2019]s?$")


@dataclass(frozen=True)
class Mention:
    text: str                 # the phrase as written
    kind: str                 # person, institution, country, group, pronoun or "" (not a speaker)
    name: str = ""            # a person's name as written in the phrase
    role: str = ""
    affiliation: str = ""
    members: tuple = field(default=())   # for "Biden and Macron"
    possessor: str = ""       # "Johnson" in "a spokesperson from Johnson's office"
    owner: str = ""           # "its" in "its spokesman": the owner is the institution named before
    country: str = ""         # the country a title names beside its body ("Vietnamese Foreign Ministry spokeswoman")


def _strip_possessive(word: str) -> str:
    return POSSESSIVE.sub("", word) if word.endswith(("'s", "\u2019s")) else word


_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|d|de|di|da|van|von)[-’'][A-Z]")


def _is_name_word(word: str) -> bool:
    bare = _strip_possessive(word).rstrip(".,")
    return (bool(bare) and (bare[0].isupper() or bool(_PARTICLE_NAME.match(bare))) and bare.lower() not in ROLE_WORDS
            and word.rstrip(",").lower() not in ROLE_WORDS  # "Rep.", "Sen."
            and not is_rank(bare) and bare not in DEMONYMS and bare not in NOT_NAMES and not _names_place(bare))


def _first_name_as_place(words: list[str], index: int, end: int) -> bool:
    """A first name spelled as a place, between a title and a surname: "Lance Cpl. Jordan Ruiz", "Sgt. Chad Moss"."""
    return (index + 1 < end and index > 0 and words[index] in COUNTRY_NAMES and _is_name_word(words[index + 1])
            and (is_rank(words[index - 1]) or words[index - 1].lower().rstrip(".") in ROLE_WORDS | _BARE_HONORIFICS))


def _names_place(word: str) -> bool:
    return word in COUNTRY_NAMES or word in INSTITUTIONS


_PHRASE_KEYS = [key for table in (INSTITUTIONS, COUNTRY_NAMES, DEMONYMS) for key in table]
# At each position, the longest key that starts there (a lookahead, so matches may overlap).
_PHRASES = re.compile(
    r"(?=(?<![\w.])(" + alternation(sorted(set(_PHRASE_KEYS), key=len, reverse=True)) + r")(?!\w))"
)


_FIRST_LISTED = {key: -index for index, key in reversed(list(enumerate(_PHRASE_KEYS)))}


@functools.lru_cache(maxsize=4096)
def _find_institution(text: str) -> str:
    """The longest institution or country phrase in text ("White House", "US"), or ""."""
    found = {match.group(1) for match in _PHRASES.finditer(text)}
    # the longest; among equally long ones, the first listed
    return max(found, key=lambda key: (len(key), _FIRST_LISTED[key])) if found else ""


def clean_phrase(text: str) -> str:
    text = text.strip(" ,;:\u2014\u2013-")
    text = _LEADING_CONJUNCTION.sub("", text)
    return text.strip()


_LEADING_CONJUNCTION = re.compile(r"^(?:(?:and|but|while|as|so|then|for|to|from|with|like|unlike|among|despite)\s+)?"
                                  r"(?:(?:said|says|told|added)\s+)?", re.I)


def better_role(title: str, rank: str) -> str:
    """An appositive title beats a rank alone ("Col. X, a spokesperson" -> spokesperson)."""
    if title and rank and not is_rank_only(rank) and is_rank_only(title):
        return rank
    return title or rank


def _comma_split(text: str):
    """(first, rest) at the first comma that is not inside a name ("Forces, Pacific"); rest None if none."""
    start = 0
    while True:
        comma = text.find(",", start)
        if comma < 0:
            return text, None
        before, after = text[:comma].split(), text[comma + 1:].split()
        if not (before and after and _strip_possessive(before[-1]).lower() in UNIT_NOUNS | ORGANISATION_NOUNS
                and before[-1][:1].isupper() and len(after) == 1 and _is_name_word(after[0])
                and "," not in text[comma + 1:]):
            return text[:comma], text[comma + 1:]
        start = comma + 1


def organisation_named(text: str) -> str:
    """An organisation's name without its article or the country that owns it:
    "South Korea's defence ministry" -> "defence ministry"; "" if the phrase names no organisation."""
    words = _as_named(text).split()
    for n in range(1, min(3, len(words) - 1) + 1):  # "South Korea's defence ministry" -> "defence ministry"
        lead = " ".join(words[:n])
        if _strip_possessive(lead) != lead and _strip_possessive(lead) in COUNTRY_NAMES:
            words = words[n:]
            break
    if not words or _strip_possessive(words[-1]).lower() not in ORGANISATION_NOUNS | UNIT_NOUNS \
            and " ".join(words) not in INSTITUTIONS:
        return ""
    return " ".join(words)


def _as_named(text: str) -> str:
    """An organisation as the article names it, without an article: "the Joint Staff" -> "Joint Staff"."""
    return re.sub(r"^(?:the|a|an)\s+", "", clean_phrase(text), flags=re.I)


def is_organisation(text: str) -> bool:
    """A proper name of a body: an institution, or capitalised words headed by a unit or organisation noun."""
    words = _as_named(text).split()
    if not words or not words[0][:1].isupper():
        return False
    if _as_named(text) in INSTITUTIONS:
        return True
    return any(w[:1].isupper() and _strip_possessive(w).lower() in UNIT_NOUNS | ORGANISATION_NOUNS for w in words)


def _named_body(role_words: list[str]) -> str:
    """The body a capitalised word before "spokeswoman" names ("a Defence spokeswoman" -> Defence), or ""."""
    if len(role_words) < 2 or role_words[-1].lower() not in SPEAKS_FOR_NOUNS:
        return ""
    body = []
    for word in reversed(role_words[:-1]):
        if not word[:1].isupper() or word.lower() in TITLE_MODIFIERS or is_rank(word) or word in DEMONYMS:
            break
        body.insert(0, word)
    return " ".join(body)


def _lead_owner(title_words: list[str]) -> tuple[str, list[str], str]:
    """(affiliation, title words left, possessor) for a country word or a possessive leading a title:
    "Norwegian defence minister", "Kenya's chief of defence forces", "the camp's commander" -> commander."""
    if not title_words:
        return "", title_words, ""
    for n in (2, 3):  # "San Lorenzo's mayor", "New South Wales's premier": a possessor of several words
        lead_words = title_words[:n]
        if len(title_words) > n and all(w[:1].isupper() for w in lead_words) and POSSESSIVE.search(lead_words[-1]) \
                and not any(POSSESSIVE.search(w) for w in lead_words[:-1]) and lead_words[0] not in DEMONYMS:
            title_words = [" ".join(lead_words)] + title_words[n:]
            break
    first = title_words[0]
    lead = _strip_possessive(first)
    if lead in DEMONYMS or lead in COUNTRY_NAMES:
        return country_of(lead), title_words[1:], ""
    if lead != first and lead not in INSTITUTIONS:
        if lead[:1].isupper() and len(title_words) > 1 and title_words[-1].lower() in _KIN:
            return "", title_words[1:], ""  # "Aaron's mother": kin of a person, no body's member
        if lead[:1].isupper() and len(title_words) > 1:
            return lead, title_words[1:], lead   # a possessor named, perhaps a person: resolved later
        if lead[:1].islower():  # "the brigade's first commander" -> first commander, of the brigade
            return (lead if lead in FORMATION_OWNERS else ""), title_words[1:], ""
    return "", title_words, ""


# A title before the body it heads: "head of the UN mission", "commanding officer of the 2nd Battalion".
_LONE_HEADS = {"head", "chief", "director", "commander", "leader", "chairman", "chair", "spokesman", "spokeswoman",
               "spokesperson", r"commanding\s+officer", r"officer\s+commanding"}
_LONE_TITLE = re.compile(r"(?i:(?:deputy|vice|acting|assistant|senior|first)\s+)?(?i:" + "|".join(sorted(_LONE_HEADS)) + ")")
_OF_SPLIT = re.compile(r"^(?P<head>.+?)\s+(?:from|for|of|at|in|to)\s+(?P<owner>.+)$")


def _head_noun(words: list[str]) -> str:
    return _strip_possessive(words[-1]).lower() if words else ""


def _office_title(head: str, owner: str) -> bool:
    """Is "head of/for owner" one title ("chief of defence forces", "Director for Operations")?"""
    head_words, owner_words = head.split(), owner.split()
    if not head_words or not owner_words or head_words[-1].lower() not in OFFICE_HEADS:
        return False
    if owner_words[0].lower() == "the" and len(owner_words) > 1 and all(w.islower() for w in owner_words):
        return True  # "deputy chief of the general staff"
    if owner_words[0].lower() in DETERMINERS or _find_institution(owner) or len(owner_words) > 3:
        return False
    if all(w.islower() for w in owner_words):
        return True
    # "Director for Operations", "Minister for Foreign Affairs"; not "Director of Operations Li Wen"
    return (len(owner_words) == 1 or all(w.lower() in ROLE_WORDS for w in owner_words)) and all(
        w[:1].isupper() and not is_rank(w) and _strip_possessive(w) == w
        and w.lower() not in UNIT_NOUNS | ORGANISATION_NOUNS for w in owner_words)


# "who commands the 2nd Brigade": the title and the body a relative clause gives.
_LEADER_OF = {"commands": "commander", "leads": "leader", "heads": "head", "led": "leader", "commanded": "commander",
              "chairs": "chair", "speaks for": ""}
_WHO_LEADS = re.compile(r"who\s+(?:now\s+|currently\s+)?(?P<verb>commands|leads|heads|chairs|speaks\s+for)\s+"
                        r"(?:the\s+|its\s+)?(?P<body>(?:[^,;.]|(?<=\b[A-Z])\.){2,60}?)(?:\s+(?:in|at|on|from)\s+[A-Z][\w-]*)?$")


_AGE = re.compile(r"\s*\d{1,3},\s*")
# An appositive office: "reeve of the local municipality", "leader of a residents' group".
_OFFICE_OF = re.compile(r"(?P<title>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:of|at)\s+(?:the|a|an)\s+"
                        r"(?P<body>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)(?=\s+(?:opposed|that|which|who|in|on|based)\b|$)")
_NOT_OFFICE_WORDS = {"a", "an", "the", "one", "two", "three", "some", "many", "most", "all", "each", "none", "part", "member", "members",
               "both", "either", "neither", "much", "few", "several", "among", "out", "ahead", "because", "instead"}
_CLAUSE_AFTER = re.compile(r"\s*(?:whose|which|where|when|and|but|or|while)\b", re.I)


def parse_mention(text: str) -> Mention:
    """Read a speaker phrase into name, role and affiliation (see the module's docstring)."""
    return _tidy(_parse_mention(text))


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_BARE_HONORIFICS = {h.rstrip(".") for h in HONORIFICS}


_PLACE_TITLES = {"mayor", "governor", "premier"}
_SERVICE_WORDS = {"army", "navy", "marine", "marines", "air", "force", "police", "coast", "guard", "naval", "military"}
# Offices whose title ends in "General", which is no rank there: "Secretary General", "Director General".
_GENERAL_OFFICES = {"secretary", "director", "attorney", "inspector", "surgeon", "adjutant", "governor", "solicitor",
                    "auditor", "comptroller", "consul"}


def _tidy(mention: Mention) -> Mention:
    """A title read into its parts: a rank after another title is dropped ("spokesman Col." -> spokesman), an
    honorific is no title ("Mr"), and a body or country leading the title is the affiliation
    ("USFK spokesman", "Northern Fleet commander", "Solomon Islands opposition leader")."""
    words = mention.role.split()
    if not words or mention.kind != "person":
        return mention
    words = [w for w in words if w.lower().rstrip(".") not in _BARE_HONORIFICS]  # "Sir", "Mr"
    body = mention.affiliation.split()
    if body and words[:len(body)] == body and len(words) > len(body):
        words = words[len(body):]  # "Armed Forces of the Philippines (AFP) spokesperson": the body is read already
        words = words[1:] if len(words) > 1 and re.fullmatch(r"\([A-Z]{2,8}\)", words[0]) else words
    if not words:
        return replace(mention, role="")
    words = [w for w in words if w not in REGIONAL_ADJECTIVES or w is words[-1]]  # "senior European diplomat"
    if len(words) > 1 and words[0].lower() in ("one", "another"):
        words = words[1:]  # "one lawmaker, Nivi Berg"
    demonyms = [w for w in words[1:] if w in DEMONYMS]
    if len(demonyms) == 1 and mention.affiliation in ("", country_of(demonyms[0])):  # "a senior Chadian officer"
        words = [w for w in words if w != demonyms[0]]
        mention = replace(mention, affiliation=country_of(demonyms[0]))
    lead = words[0] if words and words[0] in DEMONYMS else (demonyms[0] if len(demonyms) == 1 else "")
    service = [w for w in words if w != lead]
    if len(service) == 2 and service[0].lower() in _SERVICE_WORDS and is_rank(service[1]) \
            and not COMPOUND_RANK.fullmatch(" ".join(service)):
        # "a Malian army captain": the rank is the title, the service whose rank it is the affiliation
        country = mention.country or country_of(lead) or (mention.affiliation if country_of(mention.affiliation) else "")
        return replace(mention, role=service[1], affiliation=" ".join(filter(None, [lead, service[0]])), country=country)
    if len(words) > 2 and words[-2] == "in" and words[-1][:1].isupper():
        words = words[:-2]  # "top commander in Europe": where the office is, not the title
    while len(words) > 1 and (is_rank(words[-1]) or words[-1].lower() in RANK_MODIFIERS) \
            and not is_rank_only(" ".join(words)) and not re.search(r"\b(?:of|for)\b", " ".join(words)) \
            and not (words[-1].lower() == "general" and words[-2].lower() in _GENERAL_OFFICES) \
            and not all(w.lower() in _SERVICE_WORDS for w in words[:-1]):  # "army captain": the rank is the title
        words = words[:-1]
    inner = _body_in_title(words, mention.affiliation if country_of(mention.affiliation) == mention.affiliation else "")
    if inner and (not mention.affiliation or country_of(mention.affiliation) == mention.affiliation
                  or mention.affiliation == inner[1]):
        role, body = inner  # "senior Foreign Office spokeswoman" -> senior spokeswoman, Foreign Office
        country = mention.affiliation if mention.affiliation != body else mention.country
        return replace(mention, role=role, affiliation=body, country=country)
    lead = 0
    while lead < len(words) - 1 and words[lead][:1].isupper() and words[lead].lower() not in ROLE_WORDS \
            and not is_rank(words[lead]):
        lead += 1
    body = " ".join(words[:lead])
    if body and lead == len(words) - 1 and words[-1].lower() in SPEAKS_FOR_NOUNS and not mention.affiliation \
            and not is_rank(words[0]):
        return replace(mention, role=words[-1], affiliation=body)  # "Al Shabaab spokesman", "Hamas spokeswoman"
    if body and lead == len(words) - 1 and words[-1].lower() in _PLACE_TITLES and not mention.affiliation \
            and not country_of(body):
        return replace(mention, role=words[-1].lower(), affiliation=body)  # "Townsville Mayor", "Okinawa Governor"
    if body and mention.affiliation and mention.affiliation in (body, country_of(body)) and lead < len(words) \
            and words[lead][:1].islower():
        return replace(mention, role=" ".join(words[lead:]))  # "Pentagon spokesman", affiliation Pentagon
    if body and not mention.affiliation and lead < len(words) and words[lead][:1].islower() and (
            _ACRONYM.match(words[0]) or words[lead - 1].lower() in ORGANISATION_NOUNS | UNIT_NOUNS
            or country_of(body)):
        return replace(mention, role=" ".join(words[lead:]), affiliation=country_of(body) or body)
    return replace(mention, role=" ".join(words))


def _body_in_title(words: list[str], country: str = "") -> tuple[str, str] | None:
    """(role, body) for a title that names a body inside it, after any rank words: "Foreign Ministry
    spokeswoman", "senior defence ministry official", "army chief of staff"; None if it names none."""
    start = 0
    while start < len(words) and words[start].lower() in TITLE_MODIFIERS:
        start += 1
    for end in range(min(len(words) - 1, start + 4), start, -1):
        body, head = words[start:end], _strip_possessive(words[end - 1])
        if any(w.lower() in DETERMINERS for w in body) or (len(body) == 1 and (body[0] in ADJECTIVAL_BODIES
                                                                                or body[0].lower() == "staff")):
            continue  # "a military expert" is an expert on the military, not its member
        if (head.lower() in ORGANISATION_NOUNS | UNIT_NOUNS or " ".join(body) in INSTITUTIONS) \
                and words[end].lower() not in ("of", "for", "and") and not is_rank(words[end]):
            body_text = _strip_possessive(" ".join(body))
            return " ".join(words[:start] + words[end:]), body_text
    return None


def _owner_of_body(words: list[str]) -> str:
    """Who owns a body or document the phrase names: "South Korea's Defense Ministry" -> South Korea,
    "the PLA's Eastern Theater Command" -> PLA, "the defence ministry's statement" -> defence ministry,
    "a Fifth Fleet statement" -> Fifth Fleet; "" if the phrase is the body itself."""
    words = words[1:] if words and words[0].lower() in DETERMINERS else words
    for index, word in enumerate(words[:-1]):
        if _strip_possessive(word) != word:
            return " ".join(words[:index] + [_strip_possessive(word)])
    if len(words) > 1 and words[-1].lower() in DOCUMENT_NOUNS and all(w[:1].isupper() for w in words[:-1]):
        return " ".join(words[:-1])
    return ""


def _body_or_country(text: str, bare: str) -> Mention | None:
    """An institution or a country named on its own ("the Kremlin", "Moscow"), else None."""
    if bare in INSTITUTIONS:
        return Mention(text, "institution", "", "", INSTITUTIONS[bare])
    if bare in COUNTRY_NAMES or bare in DEMONYMS:
        return Mention(text, "country", "", "", country_of(bare))
    return None


def _parse_mention(text: str) -> Mention:
    text = clean_phrase(text)
    if not text:
        return Mention(text, "")
    lower = text.lower()
    if lower in PRONOUNS:
        return Mention(text, "pronoun")
    who = re.search(r",?\s+(?=who\s)", text)
    if who:  # "Col. X, who commands the Hungarian contingent": the title and body its relative clause gives
        head, leads = _parse_mention(text[:who.start()]), _WHO_LEADS.match(text, who.end())
        if head.kind == "person" and head.name and leads:
            role = _LEADER_OF[" ".join(leads["verb"].lower().split())]
            nationality = head.affiliation if country_of(head.affiliation) == head.affiliation else ""
            rank = " ".join(w for w in head.role.split() if w.lower() not in _SERVICE_WORDS)  # "Air Force Gen."
            kept = head.role if head.role and not is_rank_only(rank) and head.role != "officer" else ""
            return Mention(text, "person", head.name, kept or better_role(role, head.role),
                           leads["body"].strip() if nationality or not head.affiliation else head.affiliation,
                           possessor=head.possessor, owner=head.owner, country=head.country or nationality)
        if head.kind == "person" and not leads and text[who.start()] != ",":
            return replace(head, text=text)  # "a senior officer who asked not to be named"
    if "," in text:  # "John Kirby, the Pentagon spokesman": a name and its appositive title
        first, rest = _comma_split(text)
        if rest is None:
            return _parse_simple(text)
        age = _AGE.match(rest)
        if age and rest[age.end():].strip():  # "Yoko Shimoji, 62, leader of ...": the age is not a title
            return replace(_parse_mention(f"{first}, {rest[age.end():]}"), text=text)
        if _CLAUSE_AFTER.match(rest):  # "Jodie Marsh, whose husband ...", "X, and the ministry's spokeswoman"
            return _parse_mention(first)
        head, tail = _parse_mention(first), _parse_mention(rest)
        office = _OFFICE_OF.match(rest.strip())
        if head.kind == "person" and head.name and not tail.affiliation and office \
                and tail.role.lower() in ("", office["title"]) and not _NOT_OFFICE_WORDS & set(office["title"].split()) \
                and not re.search(r"(?:ing|ed)\b", office["title"]):  # "X, reeve of the local municipality"
            return Mention(text, "person", head.name, better_role(office["title"], head.role), office["body"],
                           possessor=head.possessor, owner=head.owner, country=head.country)
        if head.kind == "person" and head.name and not tail.name:
            return Mention(text, "person", head.name, better_role(tail.role, head.role),
                           tail.affiliation or head.affiliation, possessor=tail.possessor or head.possessor,
                           owner=tail.owner or head.owner)
        if tail.kind == "person" and tail.name and not head.name:
            return Mention(text, "person", tail.name, better_role(head.role, tail.role),
                           head.affiliation or tail.affiliation, possessor=head.possessor or tail.possessor,
                           owner=head.owner or tail.owner)
        if head.kind == "person" and not head.name and head.role and tail.kind in ("institution", "country") \
                and not head.affiliation:  # "Deputy Director for Operations, Joint Staff"
            return replace(head, text=text, affiliation=_as_named(tail.text))
        return head
    parts = re.split(r"\s+and\s+", text)
    if len(parts) == 2 and all(_is_name_word(p.split()[-1]) for p in parts if p.split()):
        members = tuple(_parse_mention(p) for p in parts)
        if all(m.kind == "person" and m.name for m in members):
            return Mention(text, "group", members=members)
    return _parse_simple(text)


_ISSUED_BY = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu\u00e9|communique|release|readout)\s+"
                        r"(?:from|by|issued\s+by)\s+(?P<body>(?:the\s+)?[A-Z].*)$")
_WHERE_AFTER = re.compile(r"\s+(?:at|in|aboard|on\s+board)\s+(?:the\s+)?(?P<place>[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,2})$")
_BODY_LINK = re.compile(r"\s(?:for|at|of|with)\s")


_PLACE_AFTER_BODY = re.compile(r"(?<=[A-Za-z])\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?$")


def _title_of_body(text: str) -> Mention | None:
    """A title and the body it serves, split at the last "for", "at", "of" or "with" that leaves a title
    before and a body after: "director of information for the Nigerian army", "a senior analyst at the
    Ankara Security Review", "a spokesman for Fort Campbell"; None if the phrase is not of that shape."""
    for link in reversed(list(_BODY_LINK.finditer(text))):
        title, body = text[:link.start()], re.sub(r"^the\s+", "", text[link.end():])
        body = re.sub(r"\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?$", "", body)  # "... Institute in London"
        words = body.split()
        if not words or not words[0][:1].isupper() or words[0] != _strip_possessive(words[0]) \
                or any(w.lower() in DETERMINERS or w[:1] in "\"'\u201c" for w in words) or _office_title(title, body):
            continue  # "the command" is resolved later; "Chile's Defense Ministry" and "Minister for X" read apart
        head = _strip_possessive(words[-1])
        capitalised = all(w[:1].isupper() or w.lower() in ("of", "and", "for") for w in words) and words[0][:1].isupper()
        if not (head.lower() in ORGANISATION_NOUNS | UNIT_NOUNS or (capitalised and (len(words) > 1 or body in INSTITUTIONS))):
            continue
        if body in COUNTRY_NAMES or _names_place(body):
            continue
        person = _parse_simple(title)
        if person.kind == "person" and person.role and not person.name and not person.affiliation:
            return replace(person, text=text, affiliation=body)
    return None


_LONE_OF_FORMATION = re.compile(rf"(?:the\s+)?(?P<title>{_LONE_TITLE.pattern})\s+of\s+the\s+(?P<word>[a-z]+)")


def _parse_simple(text: str) -> Mention:
    text = POSTMODIFIERS.sub("", text)  # "a planning paper seen by Defense News" -> "a planning paper"
    issued = _ISSUED_BY.match(text)
    if issued:  # "a statement from the Swedish Armed Forces": the body that issued it speaks
        body = _parse_simple(issued["body"])
        if body.kind in ("institution", "country") or is_organisation(issued["body"]):
            return replace(body, kind=body.kind if body.kind == "country" else "institution", text=issued["body"])
    lone_of = _LONE_OF_FORMATION.fullmatch(text)
    if lone_of and lone_of["word"] in FORMATION_OWNERS:  # "head of the mission": the body, resolved later
        return Mention(text, "person", "", lone_of["title"], lone_of["word"])
    served = _title_of_body(text) if _BODY_LINK.search(text) else None
    if served:
        return served
    words = text.split()
    if len(words) > 2 and words[-2].lower() in ("in", "at") and _names_place(words[-1]) \
            and _head_noun(words[:-2]) in PERSON_NOUNS:
        text, words = " ".join(words[:-2]), words[:-2]   # "a spokesperson in London" -> "a spokesperson"
    where = _WHERE_AFTER.search(text)
    if where and words[0].lower() in ("a", "an", "one") and _head_noun(text[:where.start()].split()) in PERSON_NOUNS:
        head = _parse_simple(text[:where.start()])  # "a senior officer at the ministry", "an officer at the airport"
        body = where["place"] if where["place"].split()[-1].lower() in ORGANISATION_NOUNS else ""
        return replace(head, affiliation=head.affiliation or body)
    possessor = ""
    # "a spokesperson from Johnson's office", "the spokeswoman for Downing Street"
    of_match = _OF_SPLIT.match(text)
    inside = _find_institution(text)
    if of_match and inside in INSTITUTIONS and text.find(inside) <= of_match.end("head") < text.find(inside) + len(inside):
        of_match = None  # the "of" is inside an institution's name: "a Ministry of Defence spokesperson"
    if of_match and _office_title(of_match.group("head"), of_match.group("owner")):
        title, owner = list(words), ""
        if title[0].lower() in DETERMINERS:
            owner = "its" if title[0].lower() in ("its", "their") else ""  # "Its chief of staff": of the body named before
            title = title[1:]
        affiliation, title, possessor = _lead_owner(title)
        return Mention(text, "person", "", " ".join(title), affiliation, possessor=possessor, owner=owner)
    place_title = of_match and re.fullmatch(r"(?:(?:the|a|an)\s+)?(?P<title>(?:deputy\s+)?(?:mayor|governor))",
                                            of_match.group("head"), re.I)
    if place_title and of_match.group("owner")[:1].isupper():  # "the mayor of Tapa": the title, and the place served
        return Mention(text, "person", "", place_title["title"], of_match.group("owner"))
    if of_match and _LONE_TITLE.fullmatch(of_match.group("head")) and re.match(r"(?:the|an?)\s", of_match.group("owner")) \
            and re.search(r"[A-Z]", of_match.group("owner")) and not of_match.group("owner").lower().endswith("staff"):
        owner = body_as_named(_PLACE_AFTER_BODY.sub("", re.sub(r"^(?:the|an?)\s+", "", of_match.group("owner"))))
        return Mention(text, "person", "", of_match.group("head"), owner)  # "head of the army's Amazon Military Command"
    head = _parse_simple(of_match.group("head")) if of_match else None
    if head is not None and head.kind == "person" and head.name:  # "Florian Hahn of the CSU"
        owner = re.sub(r"^(?:the|a|an)\s+", "", of_match.group("owner"))
        return Mention(text, "person", head.name, head.role, head.affiliation or country_of(owner) or owner)
    if of_match and (not _is_name_word(words[-1]) or _find_institution(of_match.group("owner"))):
        owner_text = re.sub(r"^(?:the|a|an)\s+", "", of_match.group("owner"))
        owner_text = _PLACE_AFTER_BODY.sub("", owner_text)  # "the Baltic Defence College in Tartu"
        owner_words = owner_text.split()
        institution = _find_institution(owner_text)
        if owner_words and re.search(r"['\u2019]s$", owner_words[0]):
            possessor = _strip_possessive(owner_words[0])
        affiliation = institution if institution in INSTITUTIONS else country_of(institution)
        named = owner_text
        if len(owner_words) > 1 and _strip_possessive(owner_words[0]) in COUNTRY_NAMES \
                and _strip_possessive(owner_words[0]) != owner_words[0]:
            named = " ".join(owner_words[1:])   # "Japan's Defense Ministry" -> "Defense Ministry"
        if is_organisation(named) and not (named in INSTITUTIONS or _find_institution(named) == named):
            affiliation, possessor = named, ""   # "U.S. Marine Corps Forces, Pacific" as named
        elif named != owner_text and named.split()[-1].lower() in ORGANISATION_NOUNS \
                and (not institution or institution in COUNTRY_NAMES or institution in DEMONYMS):
            affiliation, possessor = named, ""   # "for Vietnam's foreign ministry": the ministry
        owner = "its" if of_match.group("owner").lower().startswith("the ") and not institution \
            and owner_words and owner_words[-1].lower() in ORGANISATION_NOUNS and len(owner_words) == 1 else ""
        return Mention(text, head.kind or "person", "", head.role, head.affiliation or affiliation,
                       possessor=possessor if not institution else "", owner=owner)
    bare_text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    named = _body_or_country(text, bare_text)
    if named:
        return named
    ending = _find_institution(bare_text)
    if (ending and bare_text.endswith(ending) and ending in INSTITUTIONS) or words[-1].lower() in THING_NOUNS:
        lead = _strip_possessive(words[1] if words[0].lower() in DETERMINERS and len(words) > 1 else words[0])
        country = country_of(lead) or (INSTITUTIONS.get(ending, "") if ending else "")
        inside = _find_institution(" ".join(_strip_possessive(w) for w in words))
        if words[-1].lower() in DOCUMENT_NOUNS and inside in INSTITUTIONS:
            return Mention(text, "institution", "", "", inside)  # "a Bundeswehr planning paper" -> Bundeswehr
        owner = _owner_of_body(words)
        if owner and (not country or not (owner in COUNTRY_NAMES or owner in DEMONYMS)):
            named_country = owner in COUNTRY_NAMES or owner in DEMONYMS
            return Mention(text, "institution", "", "", country_of(owner) if named_country else owner,
                           country=country or country_of(owner))  # "the PLA's Eastern Theater Command": PLA, China
        return Mention(text, "institution", "", "", country)  # "the U.S. State Department"
    # trailing run of name words, after any rank of several words ("Sgt. 1st Class", "Chief Petty Officer")
    end = len(words)
    ranked = COMPOUND_RANK.search(text)
    floor = len(text[:ranked.end()].split()) if ranked and ranked.end() < len(text) else 0
    start = end
    while start > floor and (_is_name_word(words[start - 1]) or
                             (words[start - 1].lower() in NAME_PARTICLES and start < end) or
                             _first_name_as_place(words, start - 1, end)):
        start -= 1
    if start < end and any(re.search(r"['\u2019]s$", w) for w in words[start:end]):
        start = end  # "Johnson's office" is not a name
    name = " ".join(words[start:end])
    if name and _strip_possessive(words[end - 1]).lower() in UNIT_NOUNS and organisation_named(text) \
            and not any(is_rank(w) or w.lower().rstrip(".") in _BARE_HONORIFICS for w in words[:end - 1]):
        lead = _strip_possessive(words[1] if words[0].lower() in DETERMINERS and len(words) > 1 else words[0])
        return Mention(text, "institution", "", "", country_of(lead))  # "Guyana's Defence Force": a body, no person
    title_words = words[:start]
    owner = ""
    if title_words and title_words[0].lower() in DETERMINERS:
        owner = "its" if title_words[0].lower() in ("its", "their") else ""
        title_words = title_words[1:]
    # "Russian Deputy Foreign Minister", "US President", "Kenya's chief of defence forces"
    affiliation, role_words, possessor = _lead_owner(list(title_words))
    institution = _find_institution(" ".join(_strip_possessive(w) for w in title_words))
    if institution in INSTITUTIONS and not affiliation:
        affiliation = institution
        if role_words and _strip_possessive(role_words[0]) == institution and role_words[0] != institution:
            role_words = role_words[1:]  # "Kremlin's top adviser" -> role "top adviser"
    if not affiliation and not institution:
        affiliation = _named_body(role_words)
    role = " ".join(role_words)
    if name and not title_words and words[0].lower() in DETERMINERS and len(words) == 2 and not _names_place(name):
        name = ""  # "A Stryker": names do not take an article
    if name and len(name) > 3 and name.replace(" ", "").isupper():
        name = ""  # "BANGUI", a dateline; "Kazakhstan's KAZBRIG", an acronym: people are not named in capitals
    if name and role_words and role_words[-1].lower() in MEDIA_WORDS:
        return Mention(text, "institution", "", " ".join(role_words), affiliation)
    if name:
        if not role_words and len(name.split()) == 1 and _names_place(name):
            return Mention(text, "country", "", "", country_of(name))
        return Mention(text, "person", name, role, affiliation, possessor=possessor, owner=owner)
    head = _strip_possessive(words[-1]).lower()
    bare = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    named = _body_or_country(text, bare)
    if named:
        return named
    found = _find_institution(text)
    country = country_of(found) if found else ""
    if head in PERSON_NOUNS or is_rank(head):
        return Mention(text, "person", "", role, affiliation or country, possessor=possessor, owner=owner)
    if head in THING_NOUNS:
        return Mention(text, "institution", "", "", country)
    if head in GROUP_NOUNS:
        return Mention(text, "group", "", role if role.lower() != head else "", affiliation or country)
    return Mention(text, "")


# Words that describe a person without giving a title: "a soldier", "his mother", "a security source" (a trade is
# left as written: "bar owner").
_KIN = set("""mother father wife husband son daughter sister brother widow widower fiancee fiancée fiance parents
    grandmother grandfather aunt uncle cousin mum mom dad""".split())
DESCRIBING_NOUNS = set("""soldier resident mother father wife husband son daughter villager witness survivor source boy girl
    man woman child parent neighbour neighbor""".split())


def title_or_blank(role: str) -> str:
    """The role as the table gives it: blank when it only describes ("local resident", "security source")."""
    words = role.split()
    return "" if words and words[-1].lower() in DESCRIBING_NOUNS and not any(is_rank(w) for w in words) else role


# An owner or a base before a body's name: "army's Amazon Military Command", "the Navy's 7th Fleet", "Jayapura-based ...".
_BODY_LEAD = re.compile(r"^(?:(?:[\w.-]+\s+){0,4}[\w.-]+['\u2019]s\s+|[A-Z][\w-]*-based\s+)(?=[A-Z0-9])")


# "Central Command's forward headquarters": a named body's part with no name of its own is the body
_OWNED_PART = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,5})['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}"
                         r"(?:headquarters|office|staff|secretariat|press\s+service|command\s+post)$")


def body_as_named(affiliation: str) -> str:
    """The affiliation as the body's own name, without the owner or the base written before it; a part the
    body owns with no name of its own ("Central Command's forward headquarters") is the body."""
    part = _OWNED_PART.match(affiliation)
    return part["owner"] if part else _BODY_LEAD.sub("", affiliation)


def as_written(text: str) -> str:
    """An institution's phrase as the article names it, mid-sentence case: 'The US' -> 'the US'."""
    text = clean_phrase(text)
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), text)


