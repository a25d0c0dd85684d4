"""Small pages for parser tests: each test builds its page from lines, as printed."""

from pathlib import Path

from articles.parsing import ParsedPage, parse_page

# The project's own seed page (seeds/ at the repository root).
SEED = (
    Path(__file__).resolve().parents[2] / "seeds" / "nantong-daily" / "2020-07-09" / "A1.txt"
).read_text(encoding="utf-8")


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def parse(*lines: str) -> ParsedPage:
    return parse_page(page(*lines))


def only_article(*lines: str):
    parsed = parse(*lines)
    assert len(parsed.articles) == 1, [a.title_lines for a in parsed.articles]
    return parsed.articles[0]


def decks(parsed: ParsedPage) -> list[tuple[str, str, str]]:
    """Each story's (kicker, headline, subheadline), in print order."""
    return [(a.kicker, a.headline, a.subheadline) for a in parsed.articles]


def reasons(parsed: ParsedPage) -> dict[str, str]:
    """Each set-aside line's text with the reason it was set aside."""
    return {item.text: item.reason for item in parsed.set_aside}
