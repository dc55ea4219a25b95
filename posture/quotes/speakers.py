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
from dataclasses import dataclass, field

from posture.lang.affiliations import COUNTRY_NAMES, DEMONYMS, INSTITUTIONS, country_of

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "institution", "we": "group", "i": "person"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
# Words of a title, compared lower case.
ROLE_WORDS = set(
    """president vice prime minister secretary general secretary-general spokesman spokeswoman
    spokesperson press chancellor foreign defense defence deputy chief head adviser advisor
    ambassador envoy official commander director correspondent analyst lawmaker senator governor
    mayor leader chairman chair representative lieutenant colonel major captain sergeant admiral
    top senior national security policy interior undersecretary assistant army navy military
    intelligence staff counterpart daily newspaper broadcaster agency outlet magazine weekly
    former acting spokesperson's economy finance trade justice affairs state ministry member
    commissioner high diplomat negotiator adjutant gen. lt. col. sgt. adm. capt. maj. rep. sen. gov.
    dr. mr. mrs. ms. pm fm lt gen col sgt adm capt maj dr mr mrs ms pope king queen prince sheikh emir premier""".split()
)
HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}
# Nouns that can head a speaker phrase without a name.
PERSON_NOUNS = set(
    """spokesman spokeswoman spokesperson official minister adviser advisor diplomat source
    ambassador envoy commander officer analyst expert president chancellor secretary leader
    correspondent lawmaker senator governor mayor general negotiator aide soldier resident""".split()
)
THING_NOUNS = set(
    """document statement ministry office government embassy agency administration department
    military army command report readout communique letter memo proposal draft alliance
    headquarters embassy service council parliament""".split()
)
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
    April May June July August September October November December Q""".split()
) | SENTENCE_ADVERBS
MEDIA_WORDS = {"daily", "newspaper", "broadcaster", "agency", "outlet", "magazine", "weekly", "channel", "network"}
NAME_PARTICLES = {"de", "van", "von", "der", "bin", "al", "da", "di", "le", "la"}
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


def _strip_possessive(word: str) -> str:
    return POSSESSIVE.sub("", word) if re.search(r"['\u2019]s$", word) else word


def _is_name_word(word: str) -> bool:
    bare = _strip_possessive(word).rstrip(".,")
    return (bool(bare) and bare[0].isupper() and bare.lower() not in ROLE_WORDS
            and bare not in DEMONYMS and bare not in NOT_NAMES and not _names_place(bare))


def _names_place(word: str) -> bool:
    return word in COUNTRY_NAMES or word in INSTITUTIONS


_PHRASE_KEYS = [key for table in (INSTITUTIONS, COUNTRY_NAMES, DEMONYMS) for key in table]
# At each position, the longest key that starts there (a lookahead, so matches may overlap).
_PHRASES = re.compile(
    r"(?=(?<![\w.])(" + "|".join(re.escape(k) for k in sorted(set(_PHRASE_KEYS), key=len, reverse=True)) + r")(?!\w))"
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
    text = re.sub(r"^(?:and|but|while|as|so|then)\s+", "", text, flags=re.I)
    return text.strip()


def parse_mention(text: str) -> Mention:
    """Read a speaker phrase into name, role and affiliation (see the module's docstring)."""
    text = clean_phrase(text)
    if not text:
        return Mention(text, "")
    lower = text.lower()
    if lower in PRONOUNS:
        return Mention(text, "pronoun")
    if "," in text:  # "John Kirby, the Pentagon spokesman": a name and its appositive title
        first, rest = text.split(",", 1)
        head, tail = parse_mention(first), parse_mention(rest)
        if head.kind == "person" and head.name and not tail.name:
            return Mention(text, "person", head.name, tail.role or head.role,
                           tail.affiliation or head.affiliation)
        if tail.kind == "person" and tail.name and not head.name:
            return Mention(text, "person", tail.name, head.role or tail.role,
                           head.affiliation or tail.affiliation)
        return head
    parts = re.split(r"\s+and\s+", text)
    if len(parts) == 2 and all(_is_name_word(p.split()[-1]) for p in parts if p.split()):
        members = tuple(parse_mention(p) for p in parts)
        if all(m.kind == "person" and m.name for m in members):
            return Mention(text, "group", members=members)
    return _parse_simple(text)


def _parse_simple(text: str) -> Mention:
    words = text.split()
    possessor = ""
    # "a spokesperson from Johnson's office", "the spokeswoman for Downing Street"
    of_match = re.match(r"^(?P<head>.+?)\s+(?:from|for|of|at|in|to)\s+(?P<owner>.+)$", text)
    head = _parse_simple(of_match.group("head")) if of_match else None
    if head is not None and head.kind == "person" and head.name:  # "Florian Hahn of the CSU"
        owner = re.sub(r"^(?:the|a|an)\s+", "", of_match.group("owner"))
        return Mention(text, "person", head.name, head.role, head.affiliation or country_of(owner) or owner)
    if of_match and (not _is_name_word(words[-1]) or _find_institution(of_match.group("owner"))):
        owner_text = re.sub(r"^(?:the|a|an)\s+", "", of_match.group("owner"))
        owner_words = owner_text.split()
        institution = _find_institution(owner_text)
        if owner_words and re.search(r"['\u2019]s$", owner_words[0]):
            possessor = _strip_possessive(owner_words[0])
        affiliation = institution if institution in INSTITUTIONS else country_of(institution)
        return Mention(text, head.kind or "person", "", head.role, head.affiliation or affiliation,
                       possessor=possessor if not institution else "")
    bare_text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    if bare_text in INSTITUTIONS:
        return Mention(text, "institution", "", "", INSTITUTIONS[bare_text])
    if bare_text in COUNTRY_NAMES or bare_text in DEMONYMS:
        return Mention(text, "country", "", "", country_of(bare_text))
    ending = _find_institution(bare_text)
    if (ending and bare_text.endswith(ending) and ending in INSTITUTIONS) or words[-1].lower() in THING_NOUNS:
        lead = _strip_possessive(words[1] if words[0].lower() in DETERMINERS and len(words) > 1 else words[0])
        country = country_of(lead) or (INSTITUTIONS.get(ending, "") if ending else "")
        return Mention(text, "institution", "", "", country)  # "the U.S. State Department"
    # trailing run of name words
    end = len(words)
    start = end
    while start > 0 and (_is_name_word(words[start - 1]) or
                         (words[start - 1].lower() in NAME_PARTICLES and start < end)):
        start -= 1
    if start < end and any(re.search(r"['\u2019]s$", w) for w in words[start:end]):
        start = end  # "Johnson's office" is not a name
    name = " ".join(words[start:end])
    title_words = words[:start]
    if title_words and title_words[0].lower() in DETERMINERS:
        title_words = title_words[1:]
    affiliation = ""
    role_words = list(title_words)
    # "Russian Deputy Foreign Minister", "US President", "Kremlin's top adviser"
    if role_words:
        lead = _strip_possessive(role_words[0])
        if lead in DEMONYMS or lead in COUNTRY_NAMES:
            affiliation = country_of(lead)
            role_words = role_words[1:]
    institution = _find_institution(" ".join(_strip_possessive(w) for w in title_words))
    if institution in INSTITUTIONS and not affiliation:
        affiliation = institution
        if role_words and _strip_possessive(role_words[0]) == institution and role_words[0] != institution:
            role_words = role_words[1:]  # "Kremlin's top adviser" -> role "top adviser"
    role = " ".join(role_words)
    if name and not title_words and words[0].lower() in DETERMINERS and len(words) == 2 and not _names_place(name):
        name = ""  # "A Stryker": names do not take an article
    if name and role_words and role_words[-1].lower() in MEDIA_WORDS:
        return Mention(text, "institution", "", " ".join(role_words), affiliation)
    if name:
        if not role_words and len(name.split()) == 1 and _names_place(name):
            return Mention(text, "country", "", "", country_of(name))
        return Mention(text, "person", name, role, affiliation)
    head = _strip_possessive(words[-1]).lower()
    bare = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    if bare in INSTITUTIONS:
        return Mention(text, "institution", "", "", INSTITUTIONS[bare])
    if bare in COUNTRY_NAMES or bare in DEMONYMS:
        return Mention(text, "country", "", "", country_of(bare))
    found = _find_institution(text)
    country = country_of(found) if found else ""
    if head in PERSON_NOUNS:
        return Mention(text, "person", "", role, affiliation or country)
    if head in THING_NOUNS:
        return Mention(text, "institution", "", "", country)
    if head in GROUP_NOUNS:
        return Mention(text, "group", "", role if role.lower() != head else "", affiliation or country)
    return Mention(text, "")


def as_written(text: str) -> str:
    """An institution's phrase as the article names it, mid-sentence case: 'The US' -> 'the US'."""
    text = clean_phrase(text)
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), text)


class NameBook:
    """Every person the article names, so "Scholz" can be read as "Olaf Scholz"."""

    def __init__(self):
        self._people: list[Mention] = []
        self._fullest: dict[str, str] = {}  # answers so far; cleared when a name is added

    def add(self, mention: Mention) -> None:
        if mention.kind == "person" and mention.name:
            self._people.append(mention)
            self._fullest.clear()
        for member in mention.members:
            self.add(member)

    def fullest(self, name: str) -> str:
        """The longest name that ends with (or is) `name`, first mentioned first on ties."""
        if name not in self._fullest:
            self._fullest[name] = self._longest_ending_with(name)
        return self._fullest[name]

    def _longest_ending_with(self, name: str) -> str:
        words = name.split()
        best = name
        for known in self._people:
            known_words = known.name.split()
            if known_words[-len(words):] == words and len(known_words) > len(best.split()):
                best = known.name
        return best

    def details(self, name: str) -> tuple[str, str]:
        """The first title and affiliation given to this person anywhere in the article."""
        full = self.fullest(name)
        role = affiliation = ""
        for known in self._people:
            if self.fullest(known.name) == full:
                role = role or known.role
                affiliation = affiliation or known.affiliation
        return role, affiliation
