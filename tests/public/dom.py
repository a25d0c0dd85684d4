"""A tiny HTML tree for assertions (standard library only): find elements, read their text."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class Element:
    def __init__(self, tag: str, attrs: dict, parent: Element | None):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def iter(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def find_all(self, tag: str | None = None, *, cls: str | None = None, **attrs) -> list[Element]:
        return [
            e
            for e in self.iter()
            if (tag is None or e.tag == tag)
            and (cls is None or cls in e.classes)
            and all(e.attrs.get(k) == v for k, v in attrs.items())
        ]

    def find(self, tag: str | None = None, **kwargs) -> Element:
        found = self.find_all(tag, **kwargs)
        assert found, f"no <{tag} {kwargs}> in the document"
        return found[0]

    def links(self) -> dict[str, str]:
        """Link text → href for every <a> inside."""
        return {a.text.strip(): a.attrs.get("href", "") for a in self.find_all("a")}

    def hrefs(self) -> list[str]:
        return [a.attrs.get("href", "") for a in self.find_all("a")]


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(response_or_text) -> Element:
    text = getattr(response_or_text, "content", response_or_text)
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root
