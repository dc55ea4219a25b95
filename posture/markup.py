"""Article text shown in a notebook's Markdown output: escaped, so that it reads as text and
never runs. A headline holding `<script>` or `<img onerror=...>` is shown, not executed; one
holding `[...](...)`, `![...](...)` or a bare address makes no link and fetches no image."""

import html
import re

_LINK_STARTS = re.compile(r"(?<=[A-Za-z])(?=://)|(?<=\bwww)(?=\.)", re.I)  # where an autolink would begin


def md(text) -> str:
    """Text for a Markdown output: `&`, `<` and `>` as entities, brackets and addresses escaped."""
    escaped = html.escape(str(text), quote=False).replace("[", "\\[").replace("]", "\\]")
    return _LINK_STARTS.sub("\\\\", escaped)
