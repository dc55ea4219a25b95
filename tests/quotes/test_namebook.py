"""The name book answers as reading every person on every question would, however it indexes them."""

import random

from posture.quotes.namebook import NameBook, name_runs
from posture.quotes.speakers import Mention, better_role

WORDS = ["Anna", "Olaf", "Scholz", "Ruiz", "Kim", "Lee", "de", "Jr."]
ROLES = ["", "", "Col.", "spokesperson", "defence minister", "Gen."]


def by_reading_everyone(people, name):
    """fullest, knows, details and owner as plain scans of everyone named (the definitions)."""
    def fullest(n):
        words, best = n.split(), n
        for known in people:
            if known.name.split()[-len(words):] == words and len(known.name.split()) > len(best.split()):
                best = known.name
        if best == n and len(words) == 1:  # a surname of two, or a family name written first
            holding = {known.name for known in people if n in known.name.split()[1:-1]}
            first = {known.name for known in people if known.name.split()[0] == n and " " in known.name}
            if len(holding) == 1:
                best = holding.pop()
            elif not holding and len(first) == 1:
                best = first.pop()
        return best
    full, role, affiliation = fullest(name), "", ""
    same = [known for known in people if fullest(known.name) == full]
    for known in same:
        role = better_role(role, known.role) if role else known.role
        affiliation = affiliation or known.affiliation
    knows = any(known.name.split()[-len(name.split()):] == name.split() for known in people)
    return full, knows, (role, affiliation), next((known.owner for known in same if known.owner), "")


def test_the_indexed_book_agrees_with_reading_everyone():
    rng = random.Random(16)
    for _ in range(300):
        book, people = NameBook(), []
        for _ in range(rng.randrange(1, 12)):
            name = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 10)))  # past the six indexed words too
            mention = Mention(name, "person", name, rng.choice(ROLES), rng.choice(["", "", "NATO", "Bundeswehr"]),
                              owner=rng.choice(["", "", "its"]))
            book.add(mention)
            people.append(mention)
            asked = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 9)))
            for name in (asked, mention.name):
                full, knows, details, owner = by_reading_everyone(people, name)
                assert (book.fullest(name), book.knows(name), book.details(name), book.owner(name)) == (
                    full, knows, details, owner)


def test_a_title_case_headline_verb_ends_a_name():
    text = "Press Secretary Ola Brant and Lt. Gen. Ana Reis Hold a Briefing"
    runs = [text[a:b] for a, b in name_runs(text)]
    assert "Ana Reis" in runs and not any("Hold" in run for run in runs)
