"""How well the extractors read articles they were not written on: the development corpus scored.

The corpus (`tests/fixtures/corpus/`, coded by `data/annotations/README_corpus.md`) has a
held-back `test` split, scored to report, and a `dev` split, used to find weaknesses.
`scorecard(split)` runs every stage on each article of a split and measures it against
the hand-coded gold: troop mentions found (precision, recall), the share of found mentions
right on each field, whole rows right, unit-only rows found; quote spans, speakers, roles
and affiliations; and whether ingest kept the headline and the whole body.

`python -m posture.collection.scorecard [--split dev] [--detail]` prints the scorecard of both
splits (or one), and with `--detail` every difference.
"""

import re
import sys
from dataclasses import dataclass

import pandas as pd

from posture import ingest, movements, paths, quotes
from posture.ingest.layout import DATELINE
from posture.lang.gazetteer import DEMONYMS, alias_table
from posture.movements.scoring import pairs
from posture.quotes.ranks import title_word
from posture.quotes.scoring import overlap_pairs

CORPUS = paths.ROOT / "tests" / "fixtures" / "corpus"
MANIFEST = CORPUS / "corpus.csv"
SPLITS = ("test", "dev")
# A field of a found mention, and the gold columns that must all agree for it to be right.
MENTION_FIELDS = {
    "count": ("count",), "hedge": ("qualifier", "count_low", "count_high"), "force": ("force",), "unit": ("unit",),
    "origin": ("origin",), "destination": ("destination",), "kind": ("kind",), "status": ("status",),
}
ALL_FIELDS = tuple(column for columns in MENTION_FIELDS.values() for column in columns)
QUOTE_FIELDS = ("speaker", "speaker_role", "speaker_affiliation")
SCORE_COLUMNS = ["measure", "right", "out_of", "share"]


def _text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _key(value) -> str:
    """A value as compared: spacing, case and a leading article ("the", "a", "an") ignored."""
    return re.sub(r"^(?:the|an?)\s+", "", _text(value).casefold())


_GENERIC_PLACE_WORD = re.compile(r"\s+(?:region|province|prefecture|county|district|island|base)$", re.I)


# A country by any of its names: "Czech Republic" ~ "Czechia", "DR Congo" ~ "Democratic Republic of the Congo".
_COUNTRY_NAME = {alias.casefold(): name.casefold() for alias, (name, kind) in alias_table().items() if kind == "country"}


def _countries_named(key: str) -> str:
    return "; ".join(_COUNTRY_NAME.get(part, part) for part in key.split("; "))


def place_key(value) -> str:
    """Places as compared: 'Podlaskie region' ~ 'Podlaskie', 'Fujian Province' ~ 'Fujian' (coders differ on the word),
    a country by any of its names."""
    return "; ".join(_COUNTRY_NAME.get(place, place) for place in
                     (_GENERIC_PLACE_WORD.sub("", place) for place in _key(value).split("; ")))


def field_key(column: str, value) -> str:
    if column in ("origin", "destination"):
        return place_key(value)
    if column == "force":
        return _countries_named(_key(value))
    return affiliation_key(value) if column == "unit" else _key(value)  # "Argentine Task Force 36" ~ "Task Force 36"


_COUNTRY_WORDS = {word.casefold() for word in DEMONYMS} | {country.casefold() for country in DEMONYMS.values()}


def role_key(role, affiliation) -> str:
    """A title without the organisation or country it names: 'Pentagon press secretary' ~ 'press secretary'."""
    drop = set(_key(affiliation).split()) | _COUNTRY_WORDS
    words = [w for w in re.findall(r"[\w-]+", _key(role).replace("\u2019s", "").replace("'s", "")) if w not in drop]
    return " ".join(title_word(w) for w in words)  # a rank as spelled out: "Col." ~ "colonel", "Lt Col" ~ "Lt. Col."


def affiliation_key(value) -> str:
    """A body as compared, without the country word coders differ on: 'Chinese Foreign Ministry' ~
    'Foreign Ministry', "Japan's Defense Ministry" ~ 'Defense Ministry' (the country is speaker_country);
    a country by any of its names."""
    key = _key(value)
    words = key.split()
    lead = re.sub(r"['\u2019]s$", "", words[0]) if words else ""
    if len(words) > 1 and lead in _COUNTRY_WORDS:
        return " ".join(words[1:])
    return _countries_named(key)  # a country by any of its names: "Britain" ~ "United Kingdom"


# Where an unnamed speaker is, which coders write or leave off: "a senior army officer in Leh" ~ "a senior army officer"
_WHERE_THEY_ARE = re.compile(r"^((?:the|an?)\s.+?)\s+(?:in|at)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*$")


def speaker_key(value) -> str:
    """A speaker as compared: as _key, and an unnamed one without the place it is in."""
    text = _text(value)
    return _key(_WHERE_THEY_ARE.sub(r"\1", text))


def quote_field_right(column: str, got, want) -> bool:
    """Does a found quote row give the gold row's speaker, role or affiliation, as compared?"""
    if column == "speaker":
        return speaker_key(got[column]) == speaker_key(want[column])
    if column == "speaker_role":
        return role_key(got[column], got["speaker_affiliation"]) == role_key(want[column], want["speaker_affiliation"])
    if column == "speaker_affiliation":
        return affiliation_key(got[column]) == affiliation_key(want[column])
    return _key(got[column]) == _key(want[column])


@dataclass
class ArticleScore:
    name: str
    mention_gold: pd.DataFrame
    mention_found: pd.DataFrame
    mention_pairs: list
    quote_gold: pd.DataFrame
    quote_found: pd.DataFrame
    quote_pairs: list
    headline_right: bool
    body_start_right: bool
    body_end_right: bool


def read_manifest() -> pd.DataFrame:
    return pd.read_csv(MANIFEST, keep_default_na=False, dtype=str)


def _gold(name: str, table: str) -> pd.DataFrame:
    return pd.read_csv(CORPUS / f"{name}.{table}.csv", keep_default_na=False, dtype={"text": str})  # "120" stays words


def _body_kept(article, first: str, last: str) -> tuple[bool, bool, bool]:
    blocks = article.blocks
    heads = blocks.loc[blocks["type"] == "headline", "text"].tolist()
    body = blocks.loc[blocks["type"] == "body", "text"].tolist()
    opening = body[0] if body else ""
    dateline = DATELINE.match(opening)  # coders differ on whether the dateline opens the body
    starts = opening.startswith(first) or bool(dateline) and opening[dateline.end():].startswith(first)
    return (bool(heads), bool(body) and starts, bool(body) and body[-1].endswith(last))


def score_article(entry: dict, stages: tuple = ("mentions", "quotes")) -> ArticleScore:
    """Every table of one corpus article (or only the stages named), beside its gold."""
    article = ingest.read_article(CORPUS / f"{entry['name']}.txt")
    heads = article.blocks.loc[article.blocks["type"] == "headline", "text"].tolist()
    _, start_right, end_right = _body_kept(article, entry["body_first"], entry["body_last"])
    gold, quoted = _gold(entry["name"], "mentions"), _gold(entry["name"], "quotes")
    found = movements.mentions(article) if "mentions" in stages else gold.iloc[0:0]
    said = quotes.find_quotes(article).reset_index(drop=True) if "quotes" in stages else quoted.iloc[0:0]
    return ArticleScore(entry["name"], gold, found, pairs(found, gold), quoted, said, overlap_pairs(said, quoted),
                        bool(heads) and heads[0] == entry["headline"], start_right, end_right)


def _share(right: int, out_of: int) -> float:
    return round(right / out_of, 3) if out_of else float("nan")


def summarise(scores: list[ArticleScore]) -> pd.DataFrame:
    """One row per measure: how many right, out of how many, and the share."""
    rows = []

    def add(measure, right, out_of):
        rows.append({"measure": measure, "right": right, "out_of": out_of, "share": _share(right, out_of)})

    n_gold = sum(len(s.mention_gold) for s in scores)
    n_found = sum(len(s.mention_found) for s in scores)
    n_paired = sum(len(s.mention_pairs) for s in scores)
    add("mentions found: precision", n_paired, n_found)
    add("mentions found: recall", n_paired, n_gold)
    for field, columns in MENTION_FIELDS.items():
        right = sum(all(field_key(c, s.mention_gold.iloc[g][c]) == field_key(c, s.mention_found.iloc[e][c]) for c in columns)
                    for s in scores for g, e in s.mention_pairs)
        add(f"found mentions right: {field}", right, n_paired)
    whole = sum(all(field_key(c, s.mention_gold.iloc[g][c]) == field_key(c, s.mention_found.iloc[e][c]) for c in ALL_FIELDS)
                for s in scores for g, e in s.mention_pairs)
    add("gold mentions with every field right", whole, n_gold)
    unit_only = [(s, g) for s in scores for g in range(len(s.mention_gold)) if not _text(s.mention_gold.iloc[g]["count"])
                 and not _text(s.mention_gold.iloc[g]["count_low"]) and _text(s.mention_gold.iloc[g]["unit"])]
    found_unit_only = sum(any(g == pg for pg, _ in s.mention_pairs) for s, g in unit_only)
    add("unit-only rows found", found_unit_only, len(unit_only))
    q_gold = sum(len(s.quote_gold) for s in scores)
    q_found = sum(len(s.quote_found) for s in scores)
    q_paired = sum(len(s.quote_pairs) for s in scores)
    exact = sum(len(set(zip(s.quote_found.char_start, s.quote_found.char_end))
                    & set(zip(s.quote_gold.char_start, s.quote_gold.char_end))) for s in scores)
    add("quote spans: precision", q_paired, q_found)
    add("quote spans: recall", q_paired, q_gold)
    add("quote spans: exact boundaries", exact, q_gold)
    for column, measure in zip(QUOTE_FIELDS, ("speaker", "role", "affiliation")):
        add(f"quotes right: {measure}", sum(quote_field_right(column, s.quote_found.iloc[p], s.quote_gold.iloc[g])
                                           for s in scores for p, g in s.quote_pairs), q_paired)
    add("pages: headline kept", sum(s.headline_right for s in scores), len(scores))
    add("pages: body kept whole", sum(s.body_start_right and s.body_end_right for s in scores), len(scores))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def score_seed() -> ArticleScore:
    """The seed beside its own hand-coded gold (data/annotations), scored the same way."""
    article = ingest.read_article(paths.SEED_ARTICLE)
    blocks_gold = pd.read_csv(paths.ANNOTATIONS / "blocks_gold.csv", keep_default_na=False)
    typed = article.blocks[article.blocks["type"] != "blank"]
    lines = lambda table, kind: sorted(set(table.loc[table["type"] == kind, "line"]))  # noqa: E731
    gold = pd.read_csv(paths.ANNOTATIONS / "troop_mentions_gold.csv", keep_default_na=False)
    found = movements.mentions(article)
    quoted = pd.read_csv(paths.ANNOTATIONS / "quotes_gold.csv", keep_default_na=False)
    said = quotes.find_quotes(article).reset_index(drop=True)
    body_right = lines(typed, "body") == lines(blocks_gold, "body")
    return ArticleScore("seed", gold, found, pairs(found, gold), quoted, said, overlap_pairs(said, quoted),
                        lines(typed, "headline") == lines(blocks_gold, "headline"), body_right, body_right)


def _said(right: int, out_of: int) -> str:
    return f"{right} of {out_of} ({right / out_of:.0%})" if out_of else "none to find"


def side_by_side(prefix: str) -> pd.DataFrame:
    """The measures starting with `prefix` ("mentions", "quote" ...; "" for all), for the seed and
    for the held-back test split, each as 'right of out_of (share)'."""
    stages = ("quotes",) if prefix.startswith("quote") else ("mentions",) if prefix == "mentions" else ("mentions", "quotes")
    seed = summarise([score_seed()]).set_index("measure")
    held = scorecard("test", stages).set_index("measure")
    rows = []
    for measure in seed.index:
        if measure.startswith(prefix) or (prefix == "mentions" and measure.startswith(("found", "gold", "unit"))):
            rows.append({"measure": measure,
                         **{name: _said(int(t.loc[measure, "right"]), int(t.loc[measure, "out_of"]))
                            for name, t in (("the seed", seed), (f"{len(articles('test'))} held-back articles", held))}})
    return pd.DataFrame(rows)


def articles(split: str) -> list[dict]:
    manifest = read_manifest()
    return manifest[manifest["split"] == split].to_dict("records")


def scorecard(split: str, stages: tuple = ("mentions", "quotes")) -> pd.DataFrame:
    """The scorecard of one split of the corpus (the measures of the stages not named count nothing)."""
    return summarise([score_article(entry, stages) for entry in articles(split)])


def mention_differences(split: str) -> pd.DataFrame:
    """Every gold mention of a split that is missed or has a field wrong, and every extra mention."""
    rows = []
    for entry in articles(split):
        s = score_article(entry)
        for g, e in s.mention_pairs:
            wrong = [c for c in ALL_FIELDS if field_key(c, s.mention_gold.iloc[g][c]) != field_key(c, s.mention_found.iloc[e][c])]
            if wrong:
                rows.append({"article": s.name, "text": s.mention_gold.iloc[g]["text"], "problem": ", ".join(
                    f"{c}: {_text(s.mention_gold.iloc[g][c]) or '-'} / {_text(s.mention_found.iloc[e][c]) or '-'}"
                    for c in wrong)})
        for g in sorted(set(range(len(s.mention_gold))) - {g for g, _ in s.mention_pairs}):
            rows.append({"article": s.name, "text": s.mention_gold.iloc[g]["text"], "problem": "missed"})
        for e in sorted(set(range(len(s.mention_found))) - {e for _, e in s.mention_pairs}):
            rows.append({"article": s.name, "text": s.mention_found.iloc[e]["number_text"], "problem": "extra"})
    return pd.DataFrame(rows, columns=["article", "text", "problem"])


def quote_differences(split: str) -> pd.DataFrame:
    """Every gold quote of a split that is missed or has its speaker, role or affiliation wrong, and every extra."""
    rows = []
    for entry in articles(split):
        s = score_article(entry)
        for p, g in s.quote_pairs:
            got, want = s.quote_found.iloc[p], s.quote_gold.iloc[g]
            wrong = [c for c in QUOTE_FIELDS if not quote_field_right(c, got, want)]
            if wrong:
                rows.append({"article": s.name, "text": want["text"][:60], "problem": ", ".join(
                    f"{c}: {_text(want[c]) or '-'} / {_text(got[c]) or '-'}" for c in wrong)})
        for g in sorted(set(range(len(s.quote_gold))) - {g for _, g in s.quote_pairs}):
            rows.append({"article": s.name, "text": s.quote_gold.iloc[g]["text"][:60], "problem": "missed"})
        for p in sorted(set(range(len(s.quote_found))) - {p for p, _ in s.quote_pairs}):
            rows.append({"article": s.name, "text": s.quote_found.iloc[p]["text"][:60], "problem": "extra"})
    return pd.DataFrame(rows, columns=["article", "text", "problem"])


def main(argv: list[str]) -> int:
    detail = "--detail" in argv
    chosen = [argv[argv.index("--split") + 1]] if "--split" in argv[:-1] else SPLITS
    for split in chosen:
        n = len(articles(split))
        print(f"\n{split} split ({n} articles)")
        print(scorecard(split).to_string(index=False))
        if detail:
            with pd.option_context("display.width", 250, "display.max_colwidth", 140, "display.max_rows", 1000):
                print(mention_differences(split).to_string(index=False))
                print(quote_differences(split).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
