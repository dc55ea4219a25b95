"""The reader's timeline and the quote marks: a pronoun's look-back, read a block at a time, takes the speaker the plain
event-by-event look-back takes (that look-back is kept here as the reference); the single marks' patterns find the marks
that the mark-context rules accept."""

import random
from dataclasses import replace

from posture import ingest
from posture.quotes import extract as qx

KINDS = ["person", "group", "institution", "country", ""]
NAMES = ["", "Anna Berg", "the colonel", "a spokesman", "NATO", "he", "Ministry of Defence"]


def _reference(reader, pronoun: str, position: int, paragraph: int):
    wanted = {"he": ("person",), "she": ("person",), "i": ("person",), "it": ("institution", "country"),
              "they": ("group", "institution", "country"), "we": ("group", "institution", "country")}[pronoun]
    recent = []
    for event in reversed(list(reader.events)):
        if len(recent) >= qx.RECENT_EVENTS or paragraph - event.paragraph > qx.CONTEXT_PARAGRAPHS:
            break
        if event.position < position:
            recent.append(event)
    recent.reverse()
    for kind in wanted:
        for event in reversed(recent):
            if event.speaker.kind == kind and (kind != "person" or qx._is_named(event.speaker)):
                return replace(event.speaker, mention_start=-1, mention_end=-1)
    if "person" in wanted:
        for event in reversed(recent):
            if event.paragraph == paragraph and event.speaker.kind == "person" and event.speaker.name:
                return replace(event.speaker, mention_start=-1, mention_end=-1)
    return None


def test_the_block_look_back_takes_the_reference_speaker():
    rng = random.Random(16)
    article = ingest.parse("A title\n\nSome words here.\n")
    for trial in range(60):
        reader = qx._Reader(article).forget_events()
        paragraph, position = 0, 0
        for _ in range(rng.choice([5, 40, 300, 900])):
            paragraph += rng.random() < rng.choice([0.0, 0.01, 0.2])
            position += rng.randrange(0, 50)
            ahead = rng.random() < rng.choice([0.0, 0.05, 0.5])  # a subject noted ahead of the quotes
            kind = rng.choice(KINDS[:1] * 3 + KINDS) if rng.random() < 0.3 else rng.choice(["", "person"])
            name = rng.choice(NAMES) if rng.random() < 0.2 else rng.choice(["", "he"])
            reader.note(qx.Speaker(name, kind), position + (rng.randrange(1, 400) if ahead else 0), paragraph)
        for _ in range(40):
            pronoun = rng.choice(["he", "she", "it", "they", "we", "i"])
            at = rng.randrange(0, position + 50)
            where = paragraph - rng.choice([0, 0, 1, 3, 4])
            assert reader.resolve_pronoun(pronoun, at, where) == _reference(reader, pronoun, at, where), trial


def test_the_institution_look_backs_pass_only_blocks_without_one():
    article = ingest.parse("A title\n\nSome words here.\n")
    reader = qx._Reader(article).forget_events()
    for index in range(500):
        kind = "institution" if index in (3, 200, 433) else "person"
        name = "the Defence Ministry" if kind == "institution" else "he"
        reader.note(qx.Speaker(name, kind, affiliation=f"body {index}"), index * 10, index // 100)
    assert reader.latest_institution(4400, 4) == "body 433"
    assert reader.latest_institution(4300, 4) == ""  # 200 is two paragraphs back
    assert reader.earlier_institution("the ministry", 4300, 4).affiliation == "body 200"


def test_the_single_mark_patterns_read_the_marks_contexts():
    from posture.quotes import spans
    rng = random.Random(7)
    alphabet = ["'", "\u2018", "\u2019", '"', "\u201c", " ", "a", "B", "1", "_", ".", "-", "(", "\t", "\n", "\u00bd", "\u2014"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 10)))
        opening = {m.start() for m in spans._SINGLE_OPENING.finditer(text)
                   if m.start() == 0 or text[m.start() - 1] in spans.OPENERS_BEFORE or text[m.start() - 1].isspace()}
        closing = {m.start() for m in spans._SINGLE_CLOSING.finditer(text)}
        assert opening == {i for i, c in enumerate(text) if c in "'\u2018" and spans._opening_context(text, i)}, text
        assert closing == {i for i, c in enumerate(text) if c in "'\u2019" and spans._closing_context(text, i)}, text
