"""The text a person sees (or a screen reader reads out) on an HTML page: no tags, attributes,
scripts, styles or hidden parts; a button's value counts."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIPPED = {"script", "style", "template", "noscript", "svg", "datalist"}
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # hidden?
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _VOID:
            button = tag == "input" and attrs.get("type") in ("submit", "button")
            if button and attrs.get("value") and not any(self.stack):
                self.chunks.append(attrs["value"])  # a button's words are its value
            return
        hidden = (
            tag in _SKIPPED
            or "hidden" in attrs
            or "hidden" in (attrs.get("class") or "").split()  # the admin's display: none
            or attrs.get("aria-hidden") == "true"
            or "display:none" in (attrs.get("style") or "").replace(" ", "")
        )
        self.stack.append(hidden)

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not any(self.stack):
            self.chunks.append(data)


def visible_text(html: str) -> str:
    """The page's visible text, whitespace collapsed."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return re.sub(r"\s+", " ", " ".join(parser.chunks)).strip()
