"""Markdown rendering for user text: one function, sanitised with an allowlist."""

from functools import lru_cache

import markdown as md
import nh3
from markupsafe import Markup

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text: str | None) -> Markup:
    """Render user Markdown to safe HTML: no raw HTML, scripts, handlers or images."""
    if not text:
        return Markup("")
    return _render(text)


@lru_cache(maxsize=1024)
def _render(text: str) -> Markup:
    """The same text always renders the same (pages show the same answers and notes on
    every request: the rendering is kept, per process, for the most recent texts)."""
    html = md.markdown(text, extensions=["fenced_code", "tables", "sane_lists"])
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    )
    return Markup(clean)
