"""Long lists of names as one regular expression that reads a name in the time of a few characters.

Python's regex engine tries the branches of `a|b|c|...` one after the other at every position:
with a thousand country names, demonyms and capitals that is a thousand tries at each word.
`alternation(names)` writes the same branches as a tree on their first characters
("Ma(?:li|lta|uritania)|..."), so only the names that share what the text has so far are tried.
The match is the one the flat list gives: two branches that begin with different characters never
both match at one place, and branches that share a start keep their order. Only for patterns
compiled without IGNORECASE (under it "A" and "a" would be different starts that both match).
"""

import re


def alternation(names) -> str:
    """A regex source for `(?:n1|n2|...)`'s inside, the names (literal text, tried in the order given) as a tree."""
    names = list(names)
    if "" in names[:-1]:  # an ended name tried before longer ones (all share its start, empty): keep their order flat
        return "|".join(re.escape(name) for name in names)
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[:1], []).append(name[1:])
    branches = []
    for first, rests in groups.items():
        if not first:
            branches.append("")  # the last name given (checked above): tried last, as in the list
        elif len(rests) == 1:
            branches.append(re.escape(first + rests[0]))
        else:
            branches.append(re.escape(first) + "(?:" + alternation(rests) + ")")
    return "|".join(branches)
