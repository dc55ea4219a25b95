"""The course site, built with Sphinx and myst-nb, offline: `make html` writes it into site/.

Pages: the stage notebooks and the student copies of the exercises (never solutions/), with
their stored outputs (nothing is executed), a figure gallery and Sphinx's own search page.
Each page is titled by its notebook's H1; the sidebar lists the stages and the exercises and
links the previous and next pages. Before Sphinx reads them, the notebooks are prepared:
HTML outputs keep only table and text markup and Markdown outputs open no tags (article
text stays text; `safe_outputs`), and each chart's alt text, which
`show` stores in the output's metadata, is set where myst-nb reads it (the cell's
`mystnb.image`), so every image carries its real alt text.
"""

import re
import shutil
from pathlib import Path

import bleach
import nbformat
from bleach.css_sanitizer import CSSSanitizer

from posture import paths

SITE = paths.ROOT / "site"
SOURCE = paths.ROOT / "build" / "course"
PROJECT = "Force posture from one news article"
SECTIONS = {"Stages": "stages", "Exercises": "exercises"}
CONF = '''# Written by posture.collection.course: the Sphinx configuration of the course site.
project = {project!r}
author = "the posture collection"
extensions = ["myst_nb"]
nb_execution_mode = "off"          # stored outputs only: the site is built offline, nothing runs
nb_output_stderr = "remove"
html_theme = "alabaster"          # ships with Sphinx: no web fonts, no scripts from the network
html_theme_options = {{"nosidebar": False, "show_relbars": True, "description": "tables and charts from one news report, and exercises for classes"}}
html_sidebars = {{"**": ["about.html", "navigation.html", "relations.html", "searchbox.html"]}}
html_title = project
html_show_sourcelink = False
html_copy_source = False
html_show_sphinx = False
html_last_updated_fmt = None
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
suppress_warnings = ["myst.xref_missing", "mystnb.unknown_mime_type", "misc.highlighting_failure"]
'''


ALLOWED_TAGS = [
    "a", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "div", "em", "h1", "h2", "h3",
    "h4", "hr", "i", "li", "mark", "ol", "p", "pre", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
]
ALLOWED_ATTRIBUTES = {"*": ["class", "id", "title"], "a": ["href"], "td": ["colspan", "rowspan", "style"],
                      "th": ["colspan", "rowspan", "style"], "table": ["border"], "caption": ["style"]}
_CSS = CSSSanitizer(allowed_css_properties=["text-align"])  # reader tables align text left, numbers right
_PANDAS_STYLE = re.compile(r"<style scoped>.*?</style>", re.S)


def clean_html(text: str) -> str:
    """HTML with only table and text markup kept; any other tag is escaped and shown as text."""
    return bleach.clean(_PANDAS_STYLE.sub("", text), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        protocols=["http", "https"], strip=False, css_sanitizer=_CSS)


def escape_markdown(text: str) -> str:
    """Markdown whose `<` can open no tag: article text stays text."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def safe_outputs(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of the notebook whose HTML and Markdown outputs can carry no markup of their own."""
    notebook = nbformat.from_dict(notebook)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                data["text/html"] = clean_html(_text(data["text/html"]))
            if "text/markdown" in data:
                data["text/markdown"] = escape_markdown(_text(data["text/markdown"]))
            for kind in ("application/javascript", "text/javascript"):
                data.pop(kind, None)
    return notebook


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def pages() -> list[tuple[str, Path]]:
    """(section, notebook) for every page, in reading order."""
    stages = [("Stages", path) for path in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))]
    exercises = [("Exercises", path) for path in sorted((paths.NOTEBOOKS / "exercises").glob("[0-9][0-9]-*.ipynb"))]
    return stages + exercises


def prepare(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook as the site shows it: safe outputs, alt text where myst-nb reads it."""
    notebook = safe_outputs(notebook)
    for cell in notebook.cells:
        alts = [output.get("metadata", {}).get("image/png", {}).get("alt") for output in cell.get("outputs", [])
                if "image/png" in output.get("data", {})]
        alts = [alt for alt in alts if alt]
        if alts:
            options = cell.metadata.setdefault("mystnb", {}).setdefault("image", {})
            options["alt"] = alts[0]
    return notebook


def figure_entries() -> list[dict]:
    """The published figures: name, title and alt text (from each SVG's <title> and <desc>)."""
    entries = []
    for png in sorted(paths.FIGURES.glob("*.png")):
        svg = png.with_suffix(".svg")
        text = svg.read_text(encoding="utf-8") if svg.exists() else ""
        title = re.search(r"<title>(.*?)</title>", text, re.S)
        desc = re.search(r"<desc>(.*?)</desc>", text, re.S)
        entries.append({"name": png.stem, "title": _unescape(title.group(1)) if title else png.stem,
                        "alt": _unescape(desc.group(1)) if desc else ""})
    return entries


def _unescape(text: str) -> str:
    import html
    return " ".join(html.unescape(text).split())


def _myst_text(text: str) -> str:
    """Text safe inside a MyST directive option or a paragraph: one line, no markup openers."""
    return " ".join(text.split()).replace("<", "&lt;")


def gallery_page(entries: list[dict]) -> str:
    parts = ["# Figure gallery", "",
             "Every figure the stage notebooks publish, as written to `figures/` (PNG; SVG and PDF beside it), "
             "each with its alt text below it.", ""]
    for entry in entries:
        parts += [f"## {_myst_text(entry['title'])}", "",
                  f"```{{image}} figures/{entry['name']}.png", f":alt: {_myst_text(entry['alt'])}",
                  ":width: 100%", "```", "", f"*Alt text:* {_myst_text(entry['alt'])}", ""]
    return "\n".join(parts)


def index_page(toc: dict[str, list[str]]) -> str:
    parts = [f"# {PROJECT}", "",
             "The collection's notebooks with their stored outputs, readable without Jupyter: the stages "
             "turn DW's report \"US to send more troops to Germany, Poland\" (2 February 2022) into tables and "
             "charts; the exercises are the student copies, their blanks empty and their checks saying "
             "\"Not yet\". To work on them, open them in JupyterLab.", ""]
    for caption, docs in toc.items():
        parts += ["```{toctree}", f":caption: {caption}", ":maxdepth: 1", "", *docs, "```", ""]
    return "\n".join(parts)


def write_source(source: Path = SOURCE, notebooks: list[tuple[str, Path]] | None = None) -> dict[str, list[str]]:
    """The Sphinx source tree: conf.py, index, the prepared notebooks (`pages()` unless given)
    and the gallery."""
    if source.exists():
        shutil.rmtree(source)
    source.mkdir(parents=True)
    toc: dict[str, list[str]] = {}
    for section, notebook_path in (pages() if notebooks is None else notebooks):
        folder = SECTIONS[section]
        target = source / folder / notebook_path.name
        target.parent.mkdir(exist_ok=True)
        nbformat.write(prepare(nbformat.read(notebook_path, as_version=4)), target)
        toc.setdefault(section, []).append(f"{folder}/{notebook_path.stem}")
    (source / "figures").mkdir()
    entries = figure_entries()
    for entry in entries:
        shutil.copy2(paths.FIGURES / f"{entry['name']}.png", source / "figures")
    (source / "gallery.md").write_text(gallery_page(entries), encoding="utf-8")
    toc["Figures"] = ["gallery"]
    (source / "index.md").write_text(index_page(toc), encoding="utf-8")
    (source / "conf.py").write_text(CONF.format(project=PROJECT), encoding="utf-8")
    return toc


def build(out_dir: Path = SITE, source: Path = SOURCE, notebooks: list[tuple[str, Path]] | None = None) -> Path:
    """Write the source tree and run Sphinx on it; returns out_dir/index.html."""
    from sphinx.cmd.build import build_main
    write_source(source, notebooks)
    # Sphinx writes into source/_build/html (myst-nb puts its image files beside that folder,
    # in source/_build/jupyter_execute), then the finished site is copied to out_dir
    html = source / "_build" / "html"
    status = build_main(["-b", "html", "-q", "-E", "-d", str(source / "_build" / "doctrees"), str(source), str(html)])
    if status != 0:
        raise RuntimeError(f"sphinx-build failed ({status})")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    shutil.copytree(html, out_dir, ignore=shutil.ignore_patterns(".buildinfo", ".doctrees"))
    return out_dir / "index.html"


def main() -> int:
    index = build()
    print(f"wrote {index.relative_to(paths.ROOT)} and the pages beside it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
