"""Interview transcripts: paragraphs that open with a speaker label ("Q:", "KIRBY:").

A label is one to four capitalised words (or Q/A) and a colon at the start of a
paragraph. It counts only if at least two paragraphs of the article carry such labels,
so one "Update: ..." line does not make a transcript.
"""

import re
from dataclasses import dataclass

_LABEL = re.compile(
    r"^(?P<label>Q|A|(?:(?:Mr|Ms|Mrs|Dr|Gen|Adm|MR|MS|MRS|DR|GEN|ADM)\.\s)?[A-Z][\w.'\u2019\-]*(?:\s[A-Z][\w.'\u2019\-]*){0,3}):\s+(?P<speech>\S.*)$"
)
NOT_LABELS = {"Note", "Editor's note", "Update", "Updated", "Read more", "Watch", "Source", "Sources",
              "Photo", "Image", "Related", "Correction", "Warning", "Background", "Context", "Analysis"}


@dataclass(frozen=True)
class Turn:
    label: str
    start: int   # the speech, after the label and colon
    end: int


def transcript_turns(paragraphs: list[str]) -> dict[str, Turn]:
    """{paragraph text: its turn} for the labelled paragraphs of a transcript."""
    turns = {}
    for text in paragraphs:
        match = _LABEL.match(text)
        if match and match.group("label") not in NOT_LABELS:
            speech_end = len(text.rstrip())
            turns[text] = Turn(match.group("label"), match.start("speech"), speech_end)
    return turns if len(turns) >= 2 else {}
