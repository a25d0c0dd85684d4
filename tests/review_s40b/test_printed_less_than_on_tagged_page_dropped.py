"""On a page that carries tags, a printed ``x<a 时，y>0`` loses its characters as a "tag".

README (Importing) / htmltext's contract: tags are dropped, but "a printed ``<10``, ``a<b`` …
stays"; the brief for HTML remnants: a printed ``&`` or ``<`` must stay. ``_TAG_RE`` takes any
``<`` followed by a known tag name and a space, up to the next ``>``, as a tag with attributes:
in a maths column (``当x<a 时，y>0``) ``<a 时，y>`` is dropped as an ``<a>`` tag and the story
prints ``当x0`` — words silently lost from a published story, and set aside as a tag.

Steps: parse a tagged page (``<p>`` lines) whose body prints ``当x<a 时，y>0``.
"""

from tests.parsing.helpers import parse


def test_a_printed_inequality_keeps_its_characters():
    parsed = parse(
        "<p>数学园地：函数的单调性</p>",
        "",
        "<p>本报讯 老师在课上讲解：当x<a 时，y>0，这是解题的关键一步。</p>",
    )
    texts = [b.text for a in parsed.articles for b in a.blocks]
    assert any("当x<a 时，y>0" in t for t in texts), texts
