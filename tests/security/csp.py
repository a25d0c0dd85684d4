"""Reading a response's Content-Security-Policy the way a browser applies it to the page's
inline pieces, for the CSP tests: every inline ``<script>`` that runs carries the policy's
nonce, every ``<style>`` its nonce or an allowed hash, every event handler and ``style``
attribute an allowed hash (``'unsafe-hashes'``), and no ``javascript:`` address."""

from __future__ import annotations

from html.parser import HTMLParser

from newsroom.csp import source_hash

#: ``<script type>`` values a browser runs (empty: no type); others (``application/ld+json``)
#: are data, which CSP neither runs nor blocks.
RUN_TYPES = {"", "text/javascript", "application/javascript", "module"}


def directives(header: str) -> dict[str, list[str]]:
    """``"default-src 'self'; img-src 'self' data:"`` → ``{"default-src": ["'self'"], …}``."""
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


class _Inline(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict, str]] = []  # (kind, attributes, text)
        self._open: tuple[str, dict] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        for name, value in attributes.items():
            if name.startswith("on"):
                self.found.append(("handler", attributes, value))
            elif name == "style":
                self.found.append(("style-attribute", attributes, value))
            elif name in ("href", "src", "action") and value.strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(("javascript-url", attributes, value))
        if tag in ("script", "style"):
            self._open, self._text = (tag, attributes), []

    def handle_data(self, data):
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._open is not None and tag == self._open[0]:
            self.found.append((tag, self._open[1], "".join(self._text)))
            self._open = None


def inline_pieces(html: str) -> list[tuple[str, dict, str]]:
    """Every inline script, stylesheet, handler, style attribute and ``javascript:`` address of
    ``html``: ``(kind, the element's attributes, the code)``. A script with ``src`` is not
    inline."""
    parser = _Inline()
    parser.feed(html)
    return [
        piece
        for piece in parser.found
        if not (piece[0] == "script" and "src" in piece[1])
        and not (piece[0] == "script" and piece[1].get("type", "").lower() not in RUN_TYPES)
    ]


def blocked(html: str, header: str) -> list[str]:
    """What the policy ``header`` would block in ``html``, one line each (empty: nothing)."""
    policy = directives(header)
    scripts = policy.get("script-src", policy.get("default-src", []))
    styles = policy.get("style-src", policy.get("default-src", []))
    script_attrs = policy.get("script-src-attr", scripts)
    style_attrs = policy.get("style-src-attr", styles)
    found = []
    for kind, attributes, code in inline_pieces(html):
        nonce = f"'nonce-{attributes.get('nonce', '')}'"
        if kind == "script":
            allowed = "nonce" in attributes and nonce in scripts
        elif kind == "style":
            allowed = ("nonce" in attributes and nonce in styles) or source_hash(code) in styles
        elif kind == "handler":
            allowed = "'unsafe-hashes'" in script_attrs and source_hash(code) in script_attrs
        elif kind == "style-attribute":
            allowed = "'unsafe-hashes'" in style_attrs and source_hash(code) in style_attrs
        else:
            allowed = False
        if not allowed:
            found.append(f"{kind}: {code.strip()[:80]!r}")
    return found
