"""Fold repeated troop mentions into distinct movements and stocks, and find totals.

Two mentions are the same group when they have the same count, kind and force (or one
names no force), compatible units and compatible routes (a place is compatible with
itself, with a region that holds it, and a place the gazetteer does not know, like a
base, with anything). A movement is an aggregate when its count is the sum of two or
more other movements of the same force whose destinations all lie inside its own and
together cover it ("2,000 to Poland and Germany" = 1,700 to Poland + 300 to Germany).
"""

from itertools import combinations

import pandas as pd

from posture import frames
from posture.movements import places
from posture.movements import words

MOVEMENT_COLUMNS = [
    "movement_id", "mention_ids", "n_mentions", "count", "count_low", "count_high", "qualifier", "force", "unit",
    "origin", "destination", "kind", "status", "is_aggregate", "components", "component_sum", "sentence",
    "char_start", "char_end",
]
MAX_PARTS = 16  # parts tried for each total: C(16, 4) = 1,820 combinations at most
STATUS_ORDER = ("planned", "announced", "ordered", "arrived", "existing")  # later = further along


def _places(value: str) -> list[str]:
    return [p for p in value.split("; ") if p]


_CANONICAL = frozenset(name for name, _ in places.ALIASES.values())  # every place the gazetteer knows, by its own name


def _known(place: str) -> bool:
    return place in _CANONICAL or place.endswith(" border")


def _inside(place: str, region: str) -> bool:
    """Is place the region itself or held by it? Border phrases belong to their country."""
    place = place.removesuffix(" border").removeprefix("near ")
    region = region.removesuffix(" border").removeprefix("near ")
    return place == region or place in words.contains(region)


def _compatible_places(a: str, b: str) -> bool:
    first, second = _places(a), _places(b)
    if not first or not second:
        return True
    for x in first:
        for y in second:
            if not _known(x) or not _known(y) or _inside(x, y) or _inside(y, x):
                return True
    return False


def _same_group(row, group) -> bool:
    if pd.isna(row["count"]) or pd.isna(group["count"]) or row["count"] != group["count"]:
        return False
    if row["kind"] != group["kind"]:
        return False
    if row["force"] and group["force"] and row["force"] != group["force"]:
        return False
    if row["unit"] and group["unit"] and row["unit"] != group["unit"]:
        return False
    return _compatible_places(row["origin"], group["origin"]) and _compatible_places(row["destination"], group["destination"])


def _specificity(value: str) -> tuple:
    """Countries and named places beat regions; more places beat fewer."""
    found = _places(value)
    regions = sum(p in words.REGIONS for p in found)
    return (bool(found), -regions, len(found))


def _merge(rows: list) -> dict:
    first = rows[0]
    merged = {name: first[name] for name in ("count", "count_low", "count_high", "qualifier", "kind")}
    for name in ("force", "unit"):
        merged[name] = next((r[name] for r in rows if r[name]), "")
    for name in ("origin", "destination"):
        merged[name] = max((r[name] for r in rows), key=_specificity)
    merged["status"] = max((r["status"] for r in rows), key=STATUS_ORDER.index)
    merged.update(mention_ids="; ".join(r["mention_id"] for r in rows), n_mentions=len(rows),
                  sentence=first["sentence"], char_start=first["char_start"], char_end=first["char_end"])
    return merged


def _merge_in(merged: dict, row: dict) -> dict:
    """_merge of a cluster with one more row, from the cluster's merged row: the same result, in constant time
    (but for mention_ids, which _groups joins once the cluster is complete: joining at each row grew with the square)."""
    new = dict(merged)
    for name in ("force", "unit"):
        new[name] = merged[name] or row[name]
    for name in ("origin", "destination"):
        if _specificity(row[name]) > _specificity(merged[name]):
            new[name] = row[name]
    if STATUS_ORDER.index(row["status"]) > STATUS_ORDER.index(merged["status"]):
        new["status"] = row["status"]
    new["n_mentions"] = merged["n_mentions"] + 1
    return new


def _groups(mentions: pd.DataFrame) -> list[dict]:
    clusters: list[list[str]] = []  # the mention ids of each cluster
    merged: list[dict] = []  # clusters[i] merged, kept current
    by_count: dict[tuple, list[int]] = {}  # (count, kind) -> clusters that may take a row: only they are compared
    for row in frames.dict_rows(mentions.sort_values("char_start")):
        key = None if pd.isna(row["count"]) else (row["count"], row["kind"])
        for index in by_count.get(key, []) if key else []:
            if _same_group(row, merged[index]):
                clusters[index].append(row["mention_id"])
                merged[index] = _merge_in(merged[index], row)
                break
        else:
            clusters.append([row["mention_id"]])
            merged.append(_merge([row]))
            if key:
                by_count.setdefault(key, []).append(len(clusters) - 1)
    for group, ids in zip(merged, clusters):
        group["mention_ids"] = "; ".join(ids)
    return merged


def _covers(total: dict, parts: list[dict]) -> bool:
    wanted = _places(total["destination"])
    given = [p for part in parts for p in _places(part["destination"])]
    if not wanted or not given:
        return False
    every_part_inside = all(any(_inside(p, w) for w in wanted) for p in given)
    every_place_covered = all(any(_inside(p, w) for p in given) for w in wanted)
    return every_part_inside and every_place_covered


def _find_aggregates(groups: list[dict]) -> None:
    for total in groups:
        total.update(is_aggregate=False, components="", component_sum=pd.NA)
    moves = [g for g in groups if g["kind"] == "movement" and not pd.isna(g["count"])]
    for total in sorted(moves, key=lambda g: -g["count"]):
        parts = [g for g in moves if g is not total and g["count"] < total["count"] and not g["is_aggregate"]
                 and (not total["force"] or g["force"] == total["force"])]
        # a total is told near its parts: try the MAX_PARTS nearest, so the search stays bounded on any article
        parts = sorted(sorted(parts, key=lambda g: abs(g["char_start"] - total["char_start"]))[:MAX_PARTS],
                       key=lambda g: g["char_start"])
        for size in range(2, min(len(parts), 4) + 1):
            chosen = next((combo for combo in combinations(parts, size)
                           if sum(p["count"] for p in combo) == total["count"] and _covers(total, list(combo))), None)
            if chosen:
                total.update(is_aggregate=True, components="; ".join(p["movement_id"] for p in chosen),
                             component_sum=sum(p["count"] for p in chosen))
                break


def reconcile(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct movement or stock, in order of first mention."""
    groups = _groups(mentions)
    for number, group in enumerate(groups, start=1):
        group["movement_id"] = f"V{number:02d}"
    _find_aggregates(groups)
    return frames.table(groups, MOVEMENT_COLUMNS, {
        "count": "Int64", "count_low": "Int64", "count_high": "Int64", "n_mentions": "int64",
        "component_sum": "Int64", "is_aggregate": "bool", "char_start": "int64", "char_end": "int64"})
