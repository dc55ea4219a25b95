"""One style and one save helper for every figure; hedged numbers written as hedged."""

import html
import io
import re
import textwrap
from contextlib import contextmanager
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from posture import paths

STYLE_FILE = Path(__file__).with_name("style.mplstyle")

# Okabe-Ito (colour-blind safe), by role.
OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "green": "#009E73", "blue": "#0072B2",
    "vermillion": "#D55E00", "purple": "#CC79A7", "yellow": "#F0E442", "black": "#000000",
}
COLOURS = {
    "base": OKABE_ITO["blue"],           # troops already there
    "added": OKABE_ITO["orange"],        # troops announced or sent
    "article": OKABE_ITO["vermillion"],  # the article's own figure
    "other": OKABE_ITO["sky_blue"],      # other estimates
    "site": OKABE_ITO["purple"],         # Aegis Ashore sites
    "muted": "#767676",                  # secondary text (4.5:1 on white)
    "land": "#EDEDED", "nato": "#C9DDEB", "border": "#FFFFFF", "sea": "#FFFFFF",
}

# Metadata that would otherwise change between runs or machines.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}
FORMATS = ("png", "svg", "pdf")


@contextmanager
def style():
    """Draw (and save) inside this context to use the collection's style."""
    with plt.style.context(str(STYLE_FILE)):
        yield


def describe(fig, alt: str) -> None:
    """Attach alt text, written from the chart's data, to a figure: save_figure and show carry it."""
    fig.posture_alt = " ".join(str(alt).split())


def alt_text(fig) -> str:
    """The alt text a chart function attached to fig ('' if none)."""
    return getattr(fig, "posture_alt", "")


def _metadata(fmt: str, title: str, alt: str) -> dict:
    """Each format's metadata: fixed (no dates, no versions), with the title and alt text it carries."""
    extra = {"png": {"Title": title, "Description": alt}, "svg": {"Title": title, "Description": alt},
             "pdf": {"Title": title, "Subject": alt}}[fmt]
    return {**_METADATA[fmt], **{k: v for k, v in extra.items() if v}}


def _with_desc(svg: bytes, alt: str) -> bytes:
    """The SVG with a <desc> (its alt text) right after its <title>, as screen readers expect."""
    if not alt:
        return svg
    desc = f"<desc>{html.escape(alt, quote=False)}</desc>".encode("utf-8")
    if b"</title>" in svg:
        return svg.replace(b"</title>", b"</title>\n " + desc, 1)
    head_end = svg.index(b">", svg.index(b"<svg")) + 1
    return svg[:head_end] + b"\n " + desc + svg[head_end:]


def save_figure(fig, name: str, out_dir: Path = paths.FIGURES, alt: str | None = None) -> list[Path]:
    """Write fig as out_dir/NAME.png (300 dpi), .svg (text as text) and .pdf (fonts embedded).

    Each file carries the chart's title and its alt text (`alt`, else what the chart function
    attached with describe): PNG `Title` and `Description` text chunks, SVG `<title>` and
    `<desc>`, PDF `Title` and `Subject`. Dates and software versions are left out and the SVG
    hash salt is fixed, so saving the same figure twice gives the same bytes.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    alt = " ".join(str(alt).split()) if alt else alt_text(fig)
    titles = [t.get_text().replace("\n", " ").replace("\u00a0", " ") for t in fig.texts if t.get_gid() == "title"]
    title = titles[0] if titles else ""
    written = []
    with style():
        for fmt in FORMATS:
            target = out_dir / f"{name}.{fmt}"
            if fmt == "svg":
                buffer = io.BytesIO()
                fig.savefig(buffer, format=fmt, metadata=_metadata(fmt, title, alt))
                target.write_bytes(_with_desc(buffer.getvalue(), alt))
            else:
                fig.savefig(target, format=fmt, metadata=_metadata(fmt, title, alt))
            written.append(target)
    return written


def show(fig, alt: str | None = None) -> None:
    """Show fig in a notebook as a PNG whose alt text travels with the output, then its alt text
    as a caption (Carpentries practice), and close it. Outside IPython, does nothing but close."""
    alt = " ".join(str(alt).split()) if alt else alt_text(fig)
    buffer = io.BytesIO()
    with style():
        fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None, "Description": alt or None})
    plt.close(fig)
    try:
        from IPython.display import Image, Markdown, display
    except ImportError:  # pragma: no cover - IPython ships with the notebooks' requirements
        return
    display(Image(buffer.getvalue()), metadata={"image/png": {"alt": alt}} if alt else None)
    if alt:
        from posture.markup import md
        display(Markdown(f"*Alt text:* {md(alt)}"))  # the alt may hold an article's words


# --- the frame around every chart ----------------------------------------------------

TITLE_PT, SUBTITLE_PT, SOURCE_PT = 13, 10, 7.5
_CHARS_PER_INCH = {TITLE_PT: 8.2, SUBTITLE_PT: 12.5, SOURCE_PT: 17.0}  # DejaVu Sans, rough
_LINE = 1.3  # line height as a multiple of the font size


_DATE = re.compile(r"\b((?:\d{1,2} )?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)) (\d{4})\b")


def _wrap(text: str, size: float, width_in: float) -> list[str]:
    """Lines of at most the width; a date ('2 Feb 2022', 'Dec 2021') is never broken across two."""
    if not text:
        return []
    kept = _DATE.sub(lambda m: f"{m.group(1)} {m.group(2)}".replace(" ", "\u00a0"), text)
    return textwrap.wrap(kept, width=max(20, int(width_in * _CHARS_PER_INCH[size])))


def frame(fig, title: str, subtitle: str, source: str, *, left_in: float = 0.25,
          extra_bottom_in: float = 0.0, tick_labels: bool = True) -> dict:
    """Title (the point), subtitle (units, as-of date) and a bottom-left source line.

    Lays the texts out from the figure's edges in inches, so they never overlap the plot,
    and returns the free area {left, right, top, bottom} in figure fractions.
    """
    width, height = fig.get_size_inches()
    usable = width - 2 * left_in
    y = height - 0.22  # inches from the bottom, moving down
    placed = {}
    for gid, text, size, weight, colour in [
        ("title", title, TITLE_PT, "bold", "#222222"),
        ("subtitle", subtitle, SUBTITLE_PT, "normal", "#444444"),
    ]:
        lines = _wrap(text, size, usable)
        if not lines:
            continue
        placed[gid] = fig.text(left_in / width, y / height, "\n".join(lines), gid=gid, ha="left", va="top",
                               fontsize=size, fontweight=weight, color=colour, linespacing=1.15)
        y -= len(lines) * size * _LINE / 72 + 0.08
    top = (y - 0.12) / height
    lines = _wrap(f"Source: {source}", SOURCE_PT, usable)
    fig.text(left_in / width, 0.12 / height, "\n".join(lines), gid="source", ha="left", va="bottom",
             fontsize=SOURCE_PT, color=COLOURS["muted"], linespacing=1.15)
    ticks_in = 0.35 if tick_labels else 0.0  # room for the x axis's tick labels
    bottom = (0.12 + len(lines) * SOURCE_PT * _LINE / 72 + 0.15 + ticks_in + extra_bottom_in) / height
    return {"left": left_in / width, "right": 1 - left_in / width, "top": top, "bottom": bottom}


def text_by_gid(fig, gid: str) -> str:
    """The text of the figure-level label with this gid ('title', 'subtitle', 'source'), unwrapped."""
    return next(t.get_text() for t in fig.texts if t.get_gid() == gid).replace("\n", " ").replace("\u00a0", " ")


def place_labels(fig, ax, labels: list, candidates: list, obstacles: list = (), soft: list = (),
                 optional: list = ()) -> None:
    """Move each annotation to the candidate position that overlaps least: nothing if it can.

    candidates: (dx_points, dy_points, ha, va) or (dx, dy, ha, va, (x, y) anchor in data
    units) tried in order: one list for every label, or a list of such lists, one per label.
    obstacles: artists or display-unit Bboxes never to cover if avoidable (markers; labels
    already placed count the same); soft: ones to cover only if nothing else fits (arrows).
    optional: labels to hide, rather than overlap anything, when no candidate is free.
    Labels must stay inside the axes.
    """
    renderer = fig.canvas.get_renderer()
    ax.apply_aspect()
    frame_box = ax.get_window_extent(renderer)

    def boxes(items):
        return [o.get_window_extent(renderer) if hasattr(o, "get_window_extent") else o for o in items]

    hard, soft_boxes = boxes(obstacles), boxes(soft)
    per_label = candidates if candidates and isinstance(candidates[0], list) else [candidates] * len(labels)

    def put(label, candidate):
        label.xyann = candidate[:2]
        label.set_ha(candidate[2])
        label.set_va(candidate[3])
        if len(candidate) > 4:
            label.xy = candidate[4]
        return label.get_window_extent(renderer)

    def overlap(box, others) -> float:
        return sum(max(0, min(box.x1, o.x1) - max(box.x0, o.x0)) * max(0, min(box.y1, o.y1) - max(box.y0, o.y0))
                   for o in others)

    def clash(box) -> float:
        outside = not (box.x0 >= frame_box.x0 and box.x1 <= frame_box.x1 and
                       box.y0 >= frame_box.y0 and box.y1 <= frame_box.y1)
        return 1e9 * outside + 100 * overlap(box, hard) + overlap(box, soft_boxes)

    for label, options in zip(labels, per_label):
        scores = []
        for candidate in options:
            scores.append(clash(put(label, candidate)))
            if scores[-1] == 0:
                break
        if min(scores) > 0 and label in optional:
            label.set_visible(False)
            continue
        hard.append(put(label, options[int(np.argmin(scores))]))
