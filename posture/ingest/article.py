"""Stage 1: turn a pasted news page into typed blocks and sentences with offsets.

Every line of the raw text becomes a block with a type (see BLOCK_TYPES); a caption
glued to its photo credit is split into two blocks. Offsets are Python string
indices into the decoded raw text, so `raw[char_start:char_end]` is the block's text.
Normalised text replaces odd spaces (U+00A0 and friends) one for one with plain
spaces, so it has the same length as the raw text and shares its offsets.
"""

import errno
import hashlib
import json
import os
import re
import stat
from collections import namedtuple
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from posture import frames
from posture.ingest import credits, layout
from posture.ingest.block_types import BLOCK_TYPES, PROSE_TYPES, TEXT_TYPES  # noqa: F401
from posture.ingest.html_text import html_to_text, looks_like_html
from posture.errors import InputError
from posture.ingest.sentences import split_sentences

BLOCK_COLUMNS = ["block_id", "line", "type", "char_start", "char_end", "text", "text_normalised"]
SENTENCE_COLUMNS = ["sentence_id", "block_id", "block_type", "char_start", "char_end", "text", "text_normalised"]

MAX_ARTICLE_BYTES = 2_000_000  # news articles are tens of kilobytes; larger files are refused
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")


@dataclass(frozen=True)
class Article:
    source: str
    raw: str
    normalised: str
    metadata: dict
    blocks: pd.DataFrame
    sentences: pd.DataFrame
    source_map: list = field(default_factory=list)  # HTML input: each line's element


def normalise(raw: str) -> str:
    """Odd spaces to plain spaces, one for one: the result has raw's length."""
    return _ODD_SPACES.sub(" ", raw)


def parse(raw: str, source: str = "<text>", source_map: list | None = None) -> Article:
    """Type every line of a pasted article; split its prose into sentences."""
    normalised = normalise(raw)
    typed = layout.type_lines(normalised)
    blocks = frames.table(
        [
            (block_id, block.line, block.type, block.start, block.end,
             raw[block.start:block.end], normalised[block.start:block.end])
            for block_id, block in enumerate(typed)
        ],
        BLOCK_COLUMNS, _BLOCK_DTYPES,
    )
    sentences = _sentences(raw, normalised, blocks)
    metadata = credits.metadata(normalised, typed)
    metadata = {
        "source": source,
        "input_format": "html" if source_map is not None else "text",
        "sha256": hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        **metadata,
    }
    warning = body_warning(normalised, typed)
    if warning:
        metadata["body_warning"] = warning
    return Article(source, raw, normalised, metadata, blocks, sentences, source_map or [])


BODY_SHARE_FLOOR = 1 / 3  # below this share of the page's words in body blocks, the body may be lost


def body_warning(text: str, typed) -> str | None:
    """One plain sentence when no line is typed body, or when the body (with its sub-headings)
    holds under a third of the page's words outside the headline and standfirst: the rules may
    have typed the article as something else. None otherwise."""
    words = {kind: 0 for kind in BLOCK_TYPES}
    for block in typed:
        words[block.type] += len(text[block.start:block.end].split())
    total = sum(words.values()) - words["headline"] - words["standfirst"]
    body = words["body"] + words["subheading"]
    if total == 0:
        return None
    if words["body"] == 0:
        return f"No line was typed as body: the article's text may have been typed as something else{_largest(words)}; check blocks.csv."
    if body < BODY_SHARE_FLOOR * total:
        return (f"Only {body} of the page's {total} words outside the headline and standfirst ({body / total:.0%}) "
                f"were typed as body: part of the article may have been typed as something else{_largest(words)}; "
                f"check blocks.csv.")
    return None


def _largest(words: dict) -> str:
    """Where most words went, as a clause: " (mostly related: 412 words, navigation: 96)"."""
    ranked = sorted(((n, kind) for kind, n in words.items()
                     if n and kind not in {"body", "subheading", "headline", "standfirst"}), reverse=True)[:2]
    if not ranked:
        return ""
    return " (mostly " + ", ".join(f"{kind}: {n} words" for n, kind in ranked) + ")"


_BLOCK_DTYPES = {"block_id": "int64", "line": "int64", "char_start": "int64", "char_end": "int64"}
_SENTENCE_DTYPES = {"sentence_id": "int64", "block_id": "int64", "char_start": "int64", "char_end": "int64"}


_BlockSpan = namedtuple("_BlockSpan", "block_id type char_start char_end")


def _sentences(raw: str, normalised: str, blocks: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for block in frames.records(blocks, _BlockSpan):
        if block.type not in PROSE_TYPES:
            continue
        for start, end in split_sentences(normalised, block.char_start, block.char_end):
            rows.append((len(rows), block.block_id, block.type, start, end, raw[start:end], normalised[start:end]))
    return frames.table(rows, SENTENCE_COLUMNS, _SENTENCE_DTYPES)


def decode(data: bytes, name: str) -> str:
    """Bytes of a text file to str; InputError (one line) for what is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts with a UTF-16 mark but is not valid UTF-16; re-save it as UTF-8 text") from None
        if "\x00" in text:
            raise InputError(f"{name}: looks like binary data, not text (NUL characters); give a plain-text article")
        return text
    if b"\x00" in data:
        raise InputError(f"{name}: looks like binary data, not text; give a plain-text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: is not UTF-8 text (byte 0x{data[error.start]:02X} at position {error.start}); re-save it as UTF-8"
        ) from None


NOT_REGULAR = "is not a regular file (a pipe, device or socket); give a plain-text article"


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes. Anything else (a folder, FIFO, device or socket, a symlink loop)
    is refused in one line before a byte is read: the file is opened without blocking and
    checked through its descriptor, so it cannot be swapped for a FIFO in between."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise InputError(f"{path}: {_open_problem(error)}") from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise InputError(f"{path}: is a folder, not a file; give the path of a plain-text article")
        if not stat.S_ISREG(status.st_mode):
            raise InputError(f"{path}: {NOT_REGULAR}")
        if status.st_size > MAX_ARTICLE_BYTES:
            raise InputError(f"{path}: is {status.st_size / 1e6:.1f} MB; an article is expected to be "
                             f"under {MAX_ARTICLE_BYTES / 1e6:.0f} MB of text")
        data = _read_at_most(descriptor, MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_ARTICLE_BYTES:  # it grew while being read
        raise InputError(f"{path}: is over {MAX_ARTICLE_BYTES / 1e6:.0f} MB; an article is expected to be smaller")
    return data


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit:
        chunk = os.read(descriptor, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _open_problem(error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return "no such file; give the path of a plain-text article"
    if error.errno == errno.ELOOP:
        return "is a loop of symbolic links; give the path of the article itself"
    if error.errno == errno.ENXIO:  # a socket cannot be opened at all
        return NOT_REGULAR
    return f"cannot be opened ({error.strerror})"


def read_article(path) -> Article:
    """Read and parse an article file; InputError with a one-line reason if it cannot be."""
    path = Path(path)
    data = read_bytes(path)
    text = decode(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: is empty; give a file that holds the article's text")
    if path.suffix.lower() in {".html", ".htm"} or looks_like_html(text):
        text, source_map = html_to_text(text)
        if not text.strip():
            raise InputError(f"{path}: is a web page with no readable text; save the article's page itself")
        return parse(text, source=path.name, source_map=source_map)
    return parse(text, source=path.name)


def tables(article: Article) -> dict:
    """Stage 1's outputs, by file name."""
    return {
        "article.json": to_record(article),
        "blocks.csv": article.blocks,
        "sentences.csv": article.sentences,
    }


def to_record(article: Article) -> dict:
    return {
        "metadata": article.metadata,
        "raw_text": article.raw,
        "normalised_text": article.normalised,
        "blocks": frames.dict_rows(article.blocks),
        "sentences": frames.dict_rows(article.sentences),
        "source_map": article.source_map,
    }


def load_article(path) -> Article:
    """Rebuild an Article from the article.json that Stage 1 wrote."""
    path = Path(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: not found; run the ingest stage first (make figures)") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: not a readable article record ({error.__class__.__name__})") from None
    return Article(
        source=record["metadata"]["source"],
        raw=record["raw_text"],
        normalised=record["normalised_text"],
        metadata=record["metadata"],
        blocks=frames.table(record["blocks"], BLOCK_COLUMNS, _BLOCK_DTYPES),
        sentences=frames.table(record["sentences"], SENTENCE_COLUMNS, _SENTENCE_DTYPES),
        source_map=record.get("source_map", []),
    )


def words_per_section(article: Article) -> pd.DataFrame:
    """Words of running text under each sub-heading ("(opening)" before the first)."""
    rows, section = [], "(opening)"
    for block in article.blocks.itertuples(index=False):
        if block.type == "subheading":
            section = block.text_normalised
        elif block.type == "body":
            rows.append((section, len(block.text_normalised.split())))
    frame = pd.DataFrame(rows, columns=["section", "words"])
    order = list(dict.fromkeys(frame.section))
    summary = frame.groupby("section", sort=False).agg(paragraphs=("words", "size"), words=("words", "sum"))
    return summary.reindex(order).reset_index()


def compare_with_gold(article: Article, gold: pd.DataFrame) -> pd.DataFrame:
    """Line by line: the hand-coded type beside the machine's (gold has line, type)."""
    typed = article.blocks[article.blocks.type != "blank"][["line", "type", "text_normalised"]]
    typed = typed.assign(order=typed.groupby("line").cumcount())
    gold = gold.assign(order=gold.groupby("line").cumcount())
    merged = gold.merge(typed, on=["line", "order"], how="outer", suffixes=("_gold", "_machine"))
    merged["agrees"] = merged.type_gold == merged.type_machine
    return merged[["line", "type_gold", "type_machine", "agrees", "text_normalised"]].rename(
        columns={"text_normalised": "text"})
