"""Military ranks and honorifics in a speaker phrase: 'Col.' is colonel; a rank alone is a title only when no other is given."""

import re

# Military ranks, each with its abbreviations, compared lower case ("the colonel" is "Col. X").
RANK_ABBREVIATIONS = {
    "general": ("gen",), "lieutenant": ("lt",), "colonel": ("col",), "brigadier": ("brig",), "major": ("maj",),
    "captain": ("capt", "cpt"), "sergeant": ("sgt",), "admiral": ("adm",), "commander": ("cmdr", "cdr"),
    "corporal": ("cpl", "lcpl"), "private": ("pvt", "pfc"), "specialist": ("spc",), "commodore": (),
    "marshal": (), "ensign": (), "rifleman": (), "trooper": ("tpr",), "gunner": ("gnr",), "sapper": ("spr",),
    "airman": (), "seaman": (), "guardsman": ("gdsm",), "fusilier": ("fus",), "bombardier": ("bdr",),
    "reverend": ("rev",), "chaplain": (),  # clergy titles stand before a name as ranks do ("Rev. X")
}


_RANK_NAMES = {short: full for full, shorts in RANK_ABBREVIATIONS.items() for short in shorts}


# "private" and "specialist" are ranks only abbreviated: the words are too common.
RANKS = ({full for full in RANK_ABBREVIATIONS if full not in ("private", "specialist", "commander")}
         | set(_RANK_NAMES) | {short + "." for short in _RANK_NAMES})


# Words that make a rank only with the rank after them ("Lance Cpl.", "Rear Adm.", "Staff Sgt.").
RANK_MODIFIERS = {"lance", "rear", "vice", "staff", "master", "warrant", "field", "petty", "first", "second", "senior"}


HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "sheikh", "shaikh"}


# Titles abbreviated with a full stop that never ends a sentence ("Brig. Gen.", "Lt.-Col.").
TITLE_ABBREVIATIONS = {word.rstrip(".") for word in set(_RANK_NAMES) | HONORIFICS | {"rep.", "sen.", "gov."}}


# ...but capitalised before a name they are ranks: "Private Dean Hollis", "Specialist Ana Ruiz".
CAPITALISED_RANKS = {"Private", "Specialist"}


def is_rank(word: str) -> bool:
    """A rank word: "Gen.", "colonel", "Lt.-Col.", "Lt-Col" (each hyphenated part a rank)."""
    if word.rstrip(",") in CAPITALISED_RANKS:
        return True
    parts = [part for part in word.lower().rstrip(",").split("-") if part]
    return bool(parts) and all(part in RANKS or part.rstrip(".") in RANKS for part in parts)


def title_word(word: str) -> str:
    """A title word as compared between mentions: lower case, no full stop, ranks spelled out ("Col." -> colonel)."""
    bare = word.lower().strip(".,")
    return _RANK_NAMES.get(bare, bare)


# Ranks of several words whose parts are not all ranks ("Flight Lieutenant", "Sgt. 1st Class", "Air Vice-Marshal").
_ORDINAL = r"(?:1st|2nd|3rd|First|Second|Third)"
COMPOUND_RANK = re.compile(
    rf"(?:(?:Chief|Senior|Master|Command|Staff|Gunnery|First|1st|Lance|Sergeant)\s+)?(?:Sgt\.|Sergeant)\s+(?:Maj\.|Major)"
    rf"|(?:Sgt\.|Sergeant|Airman|Private|Pvt\.|Seaman)\s+{_ORDINAL}\s+Class"
    rf"|(?:(?:Master\s+)?Chief\s+|Senior\s+Chief\s+)?Petty\s+Officer(?:\s+{_ORDINAL}\s+Class)?"
    r"|(?:Chief\s+)?Warrant\s+Officer(?:\s+(?:Class\s+)?\d)?"
    r"|Air\s+(?:Vice[- ]|Chief\s+)?Marshal|Air\s+Commodore|Group\s+Captain|Wing\s+Commander|Squadron\s+Leader"
    r"|Flight\s+(?:Lieutenant|Lt\.|Sergeant|Sgt\.)|Flying\s+Officer|Pilot\s+Officer|Lieutenant\s+Commander|Lt\.\s+Cmdr\."
    rf"|{_ORDINAL}\s+(?:Lieutenant|Lt\.)|Sub-?Lieutenant|Gunnery\s+(?:Sergeant|Sgt\.)|Senior\s+Airman")


def is_rank_only(role: str) -> bool:
    """A title made of ranks alone ("Brig. Gen.", "Lance Cpl.", "Flight Lieutenant"): any other title given beats it."""
    words = COMPOUND_RANK.sub("Rank", role).replace("Rank", "Gen.").split()
    return bool(words) and all(is_rank(w) or w.lower() in RANK_MODIFIERS for w in words) and is_rank(words[-1])
