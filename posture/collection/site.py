"""Build a static HTML site of the notebooks, offline: `make html` writes it into site/.

Pages: the stage notebooks (notebooks/NN-*.ipynb) and the student copies of the exercises
(notebooks/exercises/NN-*.ipynb), with their stored outputs, and an index page. The pages
load no scripts from the network. Outputs may hold article text, so before rendering every
HTML output is cleaned by an allowlist (anything else is shown escaped, as text) and every
Markdown output has its `<` escaped; nbconvert escapes plain-text outputs itself.
"""

import html
import re
import shutil
from pathlib import Path

import bleach
from bleach.css_sanitizer import CSSSanitizer
import nbformat
from jinja2 import DictLoader
from nbconvert import HTMLExporter

from posture import paths

SITE = paths.ROOT / "site"
TEMPLATE = "posture-site.html.j2"
_TEMPLATES = DictLoader({TEMPLATE: """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block body_header -%}
{{ super() }}
<nav style="padding: 0.5em 1em; font-family: sans-serif;"><a href="../index.html">All notebooks</a></nav>
{%- endblock body_header -%}
{%- block data_png scoped -%}
{%- set alttext = output | get_metadata('alt', 'image/png') -%}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}" alt="{{ (alttext or 'A chart; the text after it describes it.') | escape_html }}">
</div>
{%- endblock data_png -%}
"""})

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


def title_of(notebook: nbformat.NotebookNode, fallback: str) -> tuple[str, str]:
    """The first H1 and the first sentence after it, from the first markdown cell."""
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        lines = [line.strip() for line in cell.source.splitlines()]
        heading = next((line[2:].strip() for line in lines if line.startswith("# ")), fallback)
        prose = next((line for line in lines if line and not line.startswith(("#", "**", "|", "-", ">"))), "")
        sentence = re.split(r"(?<=[.!?])\s", prose, maxsplit=1)[0]
        return heading, re.sub(r"[*`]", "", sentence)
    return fallback, ""


def pages() -> list[tuple[str, Path]]:
    """(section, notebook) for every page, in reading order."""
    stages = [("Stages", path) for path in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))]
    exercises = [("Exercises", path) for path in sorted((paths.NOTEBOOKS / "exercises").glob("[0-9][0-9]-*.ipynb"))]
    return stages + exercises


def render(notebook: nbformat.NotebookNode) -> str:
    exporter = HTMLExporter(template_name="lab", extra_loaders=[_TEMPLATES], template_file=TEMPLATE)
    body, _ = exporter.from_notebook_node(safe_outputs(notebook))
    return body


def index_page(entries: list[tuple[str, str, str, str]]) -> str:
    """entries: (section, href, title, summary); every text is escaped."""
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             "<title>Force posture from one news article: notebooks</title>",
             "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5}"
             "li{margin:0.6em 0}</style></head><body>",
             "<h1>Force posture from one news article</h1>",
             "<p>The collection's notebooks with their stored outputs, readable without Jupyter. "
             "The exercises are the student copies: their blanks are empty and their checks say "
             "&ldquo;Not yet&rdquo;. To work on them, open them in JupyterLab (<code>make lab</code>).</p>"]
    for section in dict.fromkeys(entry[0] for entry in entries):
        parts.append(f"<h2>{html.escape(section)}</h2><ul>")
        for entry_section, href, title, summary in entries:
            if entry_section == section:
                parts.append(f'<li><a href="{html.escape(href)}">{html.escape(title)}</a><br>{html.escape(summary)}</li>')
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def build(out_dir: Path = SITE) -> list[Path]:
    """Render every page and the index into out_dir, replacing what was there."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    written, entries = [], []
    for section, source in pages():
        notebook = nbformat.read(source, as_version=4)
        folder = "exercises" if section == "Exercises" else "notebooks"
        target = out_dir / folder / f"{source.stem}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(notebook), encoding="utf-8")
        title, summary = title_of(notebook, source.stem)
        entries.append((section, f"{folder}/{target.name}", title, summary))
        written.append(target)
    index = out_dir / "index.html"
    index.write_text(index_page(entries), encoding="utf-8")
    return [index, *written]


def main() -> int:
    written = build()
    for path in written:
        print(f"wrote {path.relative_to(paths.ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
