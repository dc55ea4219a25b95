"""Scale and make-up of the moves: two charts from DataFrames, and an empty-state figure.

As in posture.charts, every bar and every number comes from a row passed in: the article's
rows (the movements table) or a cited source (data/external). Nothing is typed in here.
"""

import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

from posture.charts.style import COLOURS, frame, style
from posture.charts.hedges import AS_OF, bounds, hedged, hedged_row, is_missing, thousands
from posture.charts import geo
from posture.charts.choices import within
from posture.charts.claims import claims_check
from posture.lang import gazetteer
from posture.charts.labels import axes, figure_text, short, sources, troops_word, who_said
from posture.charts.citations import citations, source_line
from posture.charts.style import describe

HEDGE_COLUMNS = ["count", "count_low", "count_high", "qualifier"]
SCALE_COLUMNS = ["group", "force", "kind", "who", "is_article", *HEDGE_COLUMNS, "figure", "date_label", "measure",
                 "source", "source_url", "movement_ids"]
PARTS_COLUMNS = ["role", "movement_id", "part_of", "left", "width", *HEDGE_COLUMNS, "figure", "unit", "origin",
                 "destination", "label", "status"]
ARTICLE = "This article"
ANY_DATE = "any"  # scale_table's article_date when every reference figure is to be shown


def sum_rows(rows: pd.DataFrame) -> dict:
    """count, count_low, count_high, qualifier of the sum of hedged rows: ~1,700 + 300 = ~3,000.

    A bound of the sum exists only when every row has it; an approximate row makes the sum
    approximate; a sum with only a lower (upper) bound is 'more than' ('up to') it. A vague
    row ('hundreds') adds an unknown positive amount: 1,000 + hundreds = more than 1,000;
    vague rows alone give no number, only their words.
    """
    records = rows.to_dict("records")
    numbered = [r for r in records if any(v is not None for v in bounds(r))]
    vague = [str(r.get("qualifier") or "") for r in records if r not in numbered]
    if not numbered:
        return {"count": None, "count_low": None, "count_high": None, "qualifier": "; ".join(dict.fromkeys(vague))}
    lows, highs = zip(*[bounds(r) for r in numbered])
    low = sum(lows) if None not in lows else None
    high = sum(highs) if None not in highs and not vague else None
    approximate = any(str(r.get("qualifier") or "").strip().lower() not in ("exact", "") for r in numbered)
    if low is not None and low == high:
        return {"count": low, "count_low": low, "count_high": high, "qualifier": "about" if approximate else "exact"}
    if low is not None and high is None:
        return {"count": low, "count_low": low, "count_high": None, "qualifier": "more than"}
    if high is not None and low is None:
        return {"count": high, "count_low": None, "count_high": high, "qualifier": "up to"}
    return {"count": None, "count_low": low, "count_high": high, "qualifier": "between" if low is not None else ""}


_who = who_said


def gives_amount(row: dict) -> bool:
    """Whether a row says how many: a number, or words for one ('hundreds'); a unit that moves with
    no number says nothing a sum can count (it may be the same troops as another row)."""
    return figure_text({k: (None if is_missing(v) else v) for k, v in row.items()}) != "number not given"


def _article_row(group, row: dict, ids, source) -> dict:
    hedge = {k: (None if is_missing(row.get(k)) else row.get(k)) for k in HEDGE_COLUMNS}
    figure = hedged_row(hedge) or (figure_text(hedge) if hedge["qualifier"] else "")
    return {"group": group, "force": row["force"], "kind": row["kind"], "who": ARTICLE, "is_article": True, **hedge,
            "figure": figure,
            "date_label": "", "measure": "", "source": source, "source_url": "", "movement_ids": "; ".join(ids)}


def _reference_row(group, ref: dict) -> dict:
    hedge = {k: (None if is_missing(ref.get(k)) else ref.get(k)) for k in HEDGE_COLUMNS}
    hedge["count"] = hedge["count"] if hedge["count"] is not None else (
        hedge["count_low"] if hedge["count_low"] == hedge["count_high"] else None)
    return {"group": group, "force": ref["force"], "kind": ref["kind"], "who": _who(ref["source"]), "is_article": False,
            **hedge, "figure": hedged_row(hedge), "date_label": ref.get("date_label", ""),
            "measure": ref.get("measure", "") if ref["kind"] == "stock" else "", "source": ref["source"],
            "source_url": ref.get("source_url", ""), "movement_ids": ""}


def scale_table(movements: pd.DataFrame, reference: pd.DataFrame, places: pd.DataFrame,
                article_source: str, article_date: str | None = ANY_DATE) -> pd.DataFrame:
    """The rows of the scale chart: moves beside the forces already in place.

    movements: the movements table (movement_id, force, kind, status, is_aggregate, origin,
      destination, count, count_low, count_high, qualifier, char_start, char_end).
    reference: claims_reference.csv. article_date: reference figures dated more than
      choices.CONTEXT_DAYS from it are left out (all of them when it is None: an undated article).
    Groups, in order:
    - per force and status, the troops on the move: the sum of its non-aggregate movement rows
      that say how many (never a stock, a target, a move of another status or a unit with no
      number), and the sum of their reference figures when every one of them has one;
    - every stock claim of the reference table ("US troops in Europe") that the article gives a
      figure for, or whose force the article moves into the claim's area, with the article's
      figure (a blank article row when it gives none) and every reference figure near its date;
    - any other stock the article states, on its own.
    """
    rows = []
    reference = reference[[_near(article_date, d) for d in reference["date"]]] if len(reference) else reference
    moves = movements[(movements["kind"] == "movement") & ~movements["is_aggregate"].astype(bool)]
    checked = claims_check(movements, reference, places) if len(movements) else None
    for (force, status), own in moves.groupby([moves["force"], moves.get("status", pd.Series("", moves.index))],
                                              sort=False):
        several = moves.loc[moves["force"] == force, "status"].nunique() > 1 if "status" in moves else False
        group = f"{short(force) or 'Force not named'}: troops on the move" + (f" ({status})" if several else "")
        counted = own[[gives_amount(r) for r in own.to_dict("records")]]
        if counted.empty:
            continue  # moves with no number have no bar on a scale (the make-up chart lists them)
        unsized = len(own) - len(counted)
        ids = list(counted["movement_id"])
        label = ARTICLE if len(counted) <= 1 else f"{ARTICLE} (sum of {len(counted)} moves)"
        if unsized:
            label = f"{label[:-1]}; {unsized} more with no number)" if label.endswith(")") else \
                f"{label} ({unsized} more with no number)"
        summed = {**sum_rows(counted), "force": force, "kind": "movement"}
        rows.append({**_article_row(group, summed, ids, article_source), "who": label})
        matches = [checked[(checked["char_start"] == r["char_start"]) & (checked["claim"] != "")]
                   for r in own.to_dict("records")]
        if all(len(m) for m in matches):
            refs = pd.concat([_reference_of(reference, m.iloc[0]) for m in matches], ignore_index=True)
            total = {**refs.iloc[0].to_dict(), **sum_rows(_numeric(refs)),
                     "source": sources(refs["source"]), "source_url": sources(refs["source_url"]),
                     "date_label": sources(refs["date_label"])}
            rows.append(_reference_row(group, total))
    stocks = movements[movements["kind"] == "stock"]
    used = set()
    for claim, refs in reference[reference["kind"] == "stock"].groupby("claim", sort=False):
        matched = checked[checked["claim"] == claim].drop_duplicates("char_start") if checked is not None else []
        for row in (matched.to_dict("records") if len(matched) else []):
            article = stocks[stocks["char_start"] == row["char_start"]].iloc[0].to_dict()
            rows.append(_article_row(claim, article, [article["movement_id"]], article_source))
            used.add(article["movement_id"])
        if not len(matched):
            if not _moves_into(moves, refs.iloc[0], places):
                continue  # neither a figure nor a move of the article is about this: no context for it
            rows.append(_article_row(claim, {"force": refs.iloc[0]["force"], "kind": "stock"}, [], article_source))
        rows += [_reference_row(claim, ref) for ref in _numeric(refs).sort_values("date").to_dict("records")]
    for article in stocks[~stocks["movement_id"].isin(used)].to_dict("records"):
        group = f"{short(article['force']) or 'Force not named'}: troops in {article['destination'] or 'a place not given'}"
        rows.append(_article_row(group, article, [article["movement_id"]], article_source))
    return pd.DataFrame(rows, columns=SCALE_COLUMNS)


def _near(article_date, reference_date) -> bool:
    """Whether a reference figure of that date is context for the article (choices.within)."""
    return article_date == ANY_DATE or within(article_date, [reference_date])


def _moves_into(moves: pd.DataFrame, claim: dict, places: pd.DataFrame) -> bool:
    """Whether a move of the claim's force goes into the claim's area: a country of 'Europe' for
    'US troops in Europe' (gazetteer.contains), or the claim's own places."""
    area = set()
    for name in (p for p in str(claim["destination"]).split("; ") if p):
        area |= {name, *gazetteer.contains(name)}
    for row in moves[moves["force"] == claim["force"]].to_dict("records"):
        for name in geo.places_named(str(row.get("destination") or ""), places):
            place = geo.find_place(name, places)
            if place["place"] in area or place["country"] in area:
                return True
    return False


def _reference_of(reference: pd.DataFrame, checked_row) -> pd.DataFrame:
    """The reference row a claims-check row was matched to (same claim, source and date)."""
    same = ((reference["claim"] == checked_row["claim"]) & (reference["source"] == checked_row["reference_source"])
            & (reference["date_label"] == checked_row["reference_date"]))
    return reference[same].head(1)


def _numeric(table: pd.DataFrame) -> pd.DataFrame:
    """count_low/count_high as numbers (blank -> NaN): reference files are read as text."""
    out = table.copy()
    for column in ("count", "count_low", "count_high"):
        if column in out:
            out[column] = pd.to_numeric(out[column], errors="coerce")
    return out


def _top(row: dict) -> float:
    return max([v for v in bounds(row) if v is not None] + [0.0])


def _scale_title(table: pd.DataFrame) -> str:
    """The moves as a share of the same force's troops in place (its first reference figure)."""
    moved = table[(table["kind"] == "movement") & table["is_article"]]
    if moved.empty:
        return "The article reports no troop movements; the forces already in place"
    for first in moved.to_dict("records"):
        low = bounds(first)[0]
        in_place = table[~table["is_article"] & (table["kind"] == "stock") & (table["force"] == first["force"])]
        base = bounds(in_place.iloc[0].to_dict())[0] if len(in_place) else None
        if low and base:
            share = low / base
            share_text = "less than 1%" if share < 0.01 else f"about {share:.0%}"
            ref = in_place.iloc[0]
            said = f" ({ref['who']}, {ref['date_label']})" if ref["date_label"] else f" ({ref['who']})"
            return (f"The {first['figure']} {troops_word(first['force'])} troops on the move are {share_text} of "
                    f"the {ref['figure']} {ref['group']}{said}")
    return "The troops on the move, beside the forces already in place"


def scale_chart(table: pd.DataFrame, title: str | None = None, as_of: str = AS_OF):
    """Horizontal bars on one linear axis: each group's article figure beside the reference figures.

    table: scale_table. A solid bar runs to a stated figure (or a range's lower end); a
    lighter bar continues a range to its upper end or draws an 'up to'; an arrow after
    a bar means 'more than'. The article's figures are vermillion, the references blue.
    """
    title = title or _scale_title(table)
    subtitle = (f"Troops, {as_of}; linear scale. Solid bar: the figure (or a range's low end); lighter bar: up to "
                "the range's high end; arrow: 'more than'. Vermillion: the article"
                + ("; blue: official or independent" if (~table["is_article"].astype(bool)).any() else ""))
    records = table.to_dict("records")
    groups = list(dict.fromkeys(table["group"]))
    height = 0.36 * (len(records) + len(groups)) + 2.6
    with style():
        fig = plt.figure(figsize=(7.5, height))
        area = frame(fig, title, subtitle, source_line(citations(table)))
        area["left"] += 1.75 / 7.5
        ax = axes(fig, area)
        top = max([_top(r) for r in records] + [1.0])
        y, ticks, names, labels = 0.0, [], [], []
        heading = blended_transform_factory(fig.transFigure, ax.transData)
        for group in groups:
            ax.text(0.25 / 7.5, y, group, transform=heading, ha="left", va="center", fontsize=9,
                    fontweight="bold", color="#222222", gid="group")
            y -= 1
            for row in [r for r in records if r["group"] == group]:
                _draw_scale_row(ax, row, y, top, labels)
                ticks.append(y)
                names.append(row["who"])
                y -= 1
            y -= 0.35
        ax.set_yticks(ticks, names)
        ax.tick_params(axis="y", length=0, labelsize=8.5)
        ax.set_ylim(y + 0.6, 0.6)
        ax.set_xlim(0, top * 1.12)
        _finish_bars(fig, ax, labels)
    describe(fig, scale_alt_text(table, title))
    return fig


def scale_alt_text(table: pd.DataFrame, title: str) -> str:
    """Alt text for the scale chart: its point, then every group's figures with who gives them."""
    said = []
    for group in dict.fromkeys(table["group"]):
        rows = table[table["group"] == group].to_dict("records")
        figures = ", ".join(f"{'this article' if r['is_article'] else r['who']} "
                            f"{r['figure'] or 'gives no figure'}"
                            + (f" ({r['date_label']}" + (f"; {r['measure']}" if r["measure"] else "") + ")"
                               if r["date_label"] else "") for r in rows)
        said.append(f"{group}: {figures}")
    return (f"Horizontal bar chart on one linear scale of troops. {title}. " + ". ".join(said) + "."
            if len(table) else f"{title}.")


def _draw_scale_row(ax, row: dict, y: float, top: float, labels: list) -> None:
    colour = COLOURS["article"] if row["is_article"] else COLOURS["base"]
    gid = "article" if row["is_article"] else "reference"
    low, high = bounds(row)
    end = 0.0
    if low is not None:
        ax.barh(y, low, height=0.6, color=colour, gid=gid)
        end = low
    if high is not None and high != low:
        ax.barh(y, high - (low or 0), left=low or 0, height=0.6, color=colour, alpha=0.35, gid=f"{gid}_range")
        end = high
    if low is not None and high is None:
        tip = low + 0.06 * top
        ax.annotate("", xy=(tip, y), xytext=(low, y), gid=f"{gid}_more_than",
                    arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.6, "shrinkA": 0, "shrinkB": 0})
        end = tip
    text = row["figure"] or ("not given in this article" if row["is_article"] else "number not given")
    if row["figure"] and low is None and high is None:
        text += " (no number given)"
    if row["date_label"]:
        text += f" · {row['date_label']}"
    labels.append(ax.text(end + 0.01 * top, y, text, va="center" if not row["measure"] else "bottom", ha="left",
                          fontsize=8.5, color="#222222", gid=f"{gid}_label"))
    if row["measure"]:  # what the reference counts, under its figure
        labels.append(ax.text(end + 0.01 * top, y + 0.05, row["measure"], va="top", ha="left", fontsize=7.5,
                              color=COLOURS["muted"], gid=f"{gid}_measure"))


def _finish_bars(fig, ax, labels) -> None:
    """Thousands on the x axis, its grid, no left spine, room for names and end labels."""
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: thousands(v)))
    if ax.get_xlim()[1] >= 1_000_000:  # '1,200,000' is wide: fewer ticks, so no two labels touch
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.grid(axis="x")
    ax.spines[["left"]].set_visible(False)
    _fit_left(fig, ax)
    _fit_labels(fig, ax, labels)


def _fit_left(fig, ax, margin_in: float = 0.25, gap_in: float = 0.1) -> None:
    """Move the axes' left edge so its y tick labels start margin_in from the figure's edge."""
    renderer = fig.canvas.get_renderer()
    widest = max([t.get_window_extent(renderer).width for t in ax.get_yticklabels()] + [0]) / fig.dpi
    box = ax.get_position()
    left = (margin_in + widest + gap_in) / fig.get_size_inches()[0]
    ax.set_position([left, box.y0, box.x1 - left, box.height])


def _fit_labels(fig, ax, labels) -> None:
    """Widen the x axis until every bar's label ends inside it."""
    renderer = fig.canvas.get_renderer()
    for _ in range(6):
        right = ax.get_window_extent(renderer).x1
        overshoot = max([t.get_window_extent(renderer).x1 for t in labels] + [right]) - right
        if overshoot <= 0:
            return
        x0, x1 = ax.get_xlim()
        width = ax.get_window_extent(renderer).width
        ax.set_xlim(x0, x1 * (1 + 1.05 * overshoot / max(width - overshoot, 1)))


# --- what a stated total is made of ------------------------------------------------------

def _route(row: dict) -> str:
    origin, destination = str(row.get("origin") or "").strip(), str(row.get("destination") or "").strip()
    destination = " and ".join(short(d) for d in destination.split("; ") if d)
    if origin and destination:
        return f"{short(origin)} → {destination}"
    return f"to {destination}" if destination else (f"from {short(origin)}" if origin else "route not given")


def _label(row: dict) -> str:
    return " · ".join(filter(None, [figure_text(row), str(row.get("unit") or ""), _route(row)]))


def parts_table(movements: pd.DataFrame) -> pd.DataFrame:
    """The rows of the make-up chart: each stated total, its parts laid end to end, then the other moves.

    movements: the movements table; only kind == 'movement' rows are used. A total (is_aggregate)
    is followed by its components, each starting where the one before ends; moves that are
    neither a total nor part of one follow as 'separate' ('move' when there is no total).
    """
    moves = movements[movements["kind"] == "movement"]
    by_id = {r["movement_id"]: r for r in moves.to_dict("records")}
    rows, parts = [], set()
    for total in moves[moves["is_aggregate"].astype(bool)].to_dict("records"):
        rows.append(_part("stated total", total, "", 0.0))
        left = 0.0
        for part_id in [p for p in str(total["components"]).split("; ") if p in by_id]:
            rows.append(_part("part", by_id[part_id], total["movement_id"], left))
            left += rows[-1]["width"]
            parts.add(part_id)
    role = "separate" if rows else "move"
    for row in moves.to_dict("records"):
        if not row["is_aggregate"] and row["movement_id"] not in parts:
            rows.append(_part(role, row, "", 0.0))
    if len({r["status"] for r in rows}) > 1:  # moves of different status: each bar says which
        rows = [{**r, "label": f"{r['label']} · {r['status'] or 'status not given'}"} for r in rows]
    return pd.DataFrame(rows, columns=PARTS_COLUMNS)


def _part(role: str, row: dict, part_of: str, left: float) -> dict:
    low, high = bounds(row)
    width = low if low is not None else (high if high is not None else 0.0)
    hedge = {k: (None if is_missing(row.get(k)) else row.get(k)) for k in HEDGE_COLUMNS}
    return {"role": role, "movement_id": row["movement_id"], "part_of": part_of, "left": left, "width": width,
            **hedge, "figure": figure_text(hedge), **{k: row.get(k) or "" for k in ("unit", "origin", "destination")},
            "label": _label(row), "status": row.get("status") or ""}


def _parts_title(table: pd.DataFrame) -> str:
    totals = table[table["role"] == "stated total"]
    if table.empty:
        return "The article reports no troop movements"
    if totals.empty:
        moves = table[table["role"] == "move"]
        if len(moves) == 1:
            return f"The article reports one troop move: {moves.iloc[0]['figure']} troops"
        # a sum only of moves of one status, each saying how many: never a total the rows do not hold
        unsized = sum(not gives_amount(r) for r in moves.to_dict("records"))
        total = hedged(**_hedge(sum_rows(moves))) if moves["status"].nunique() <= 1 and not unsized else ""
        why = (f", {unsized} of them with no number" if unsized else ", of different status (not added up)")
        return f"The article reports {len(moves)} separate troop moves" + (f", {total} troops in all" if total else why)
    sentences = []
    for total in totals.to_dict("records"):
        parts = table[table["part_of"] == total["movement_id"]]["figure"]
        sentences.append(f"the {total['figure']} is {' + '.join(parts)}")
    title = "The " + "; ".join(sentences)[4:]
    separate = table[table["role"] == "separate"].to_dict("records")
    if separate:
        title += ", plus " + " and ".join(f"{r['figure']} moved separately ({_route(r)})" for r in separate)
    return title


def _hedge(summed: dict) -> dict:
    return {"count": summed["count"], "qualifier": summed["qualifier"], "low": summed["count_low"],
            "high": summed["count_high"]}


def parts_chart(table: pd.DataFrame, source: str, title: str | None = None, as_of: str = AS_OF):
    """Waterfall of each stated total and its parts, then the separate moves, labelled directly.

    table: parts_table. Bars start at `left` and run `width` troops; y labels give each row's
    role and movement id, so every bar can be traced to its row of the movements table.
    """
    title = title or _parts_title(table)
    if table.empty:
        return empty_figure(title, f"Troop moves, {as_of}", source,
                            "No troop movement was found in the article, so there is nothing to chart.")
    statuses = set(table["status"]) - {""}
    subtitle = f"Troops announced to move, {as_of}" if statuses <= {"announced"} else f"Troop moves, {as_of}"
    if (table["role"] == "stated total").any():
        subtitle += "; each part starts where the one before it ends, so the parts add up to the total"
    colours = {"stated total": COLOURS["article"], "part": COLOURS["added"], "separate": COLOURS["other"],
               "move": COLOURS["added"]}
    with style():
        fig = plt.figure(figsize=(7.5, 0.42 * len(table) + 2.3))
        area = frame(fig, title, subtitle, source)
        area["left"] += 1.25 / 7.5
        ax = axes(fig, area)
        y = -np.arange(len(table), dtype=float)
        labels = []
        for yy, row in zip(y, table.to_dict("records")):
            ax.barh(yy, row["width"], left=row["left"], height=0.62, color=colours[row["role"]],
                    gid=row["role"].replace(" ", "_"))
            labels.append(ax.text(row["left"] + row["width"], yy, f" {row['label']}", va="center", ha="left",
                                  fontsize=8.5, color="#222222", gid="label"))
        names = [ROLE_NAMES[r["role"]] for r in table.to_dict("records")]
        ax.set_yticks(y, names)
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(y.min() - 0.6, 0.6)
        ax.set_xlim(0, max((table["left"] + table["width"]).max(), 1) * 1.05)
        _finish_bars(fig, ax, labels)
    describe(fig, parts_alt_text(table, title))
    return fig


ROLE_NAMES = {"stated total": "stated total", "part": "part of the total", "separate": "separate move",
              "move": "move"}


def parts_alt_text(table: pd.DataFrame, title: str) -> str:
    """Alt text for the make-up chart: its point, then every bar in order with its role."""
    bars = "; ".join(f"{ROLE_NAMES[r['role']]}: {r['label']}" for r in table.to_dict("records"))
    return f"Horizontal bar chart of the troop moves the article reports. {title}. Bars from the top: {bars}."


def empty_figure(title: str, subtitle: str, source: str, message: str):
    """A framed figure that says, in its middle, why there is nothing to draw."""
    with style():
        fig = plt.figure(figsize=(7.5, 3.0))
        area = frame(fig, title, subtitle, source, tick_labels=False)
        ax = axes(fig, area)
        ax.set_axis_off()
        ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, color=COLOURS["muted"], wrap=True,
                gid="empty")
    describe(fig, f"An empty chart titled \u201c{title}\u201d. {message}")
    return fig


def parts_in_words(parts: pd.DataFrame, movements: pd.DataFrame) -> str:
    """What the parts of each stated total add up to, against the total stated."""
    said = []
    for total in parts[parts["role"] == "stated total"].itertuples():
        members = parts.loc[parts["part_of"] == total.movement_id, "movement_id"]
        summed = hedged_row(sum_rows(movements[movements["movement_id"].isin(members)]))
        route = _route(total._asdict())
        what = f"the {total.figure} {route}" if route != "route not given" else f"the stated total of {total.figure}"
        said.append(f"The parts of {what} add up to **{summed}**, against **{total.figure}** stated.")
    return " ".join(said) or "The article gives no total made of other moves."
