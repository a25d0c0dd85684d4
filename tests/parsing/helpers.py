"""Small pages for parser tests: each test builds its page from lines, as printed."""

from articles.parsing import ParsedPage, parse_page


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def parse(*lines: str) -> ParsedPage:
    return parse_page(page(*lines))


def only_article(*lines: str):
    parsed = parse(*lines)
    assert len(parsed.articles) == 1, [a.title_lines for a in parsed.articles]
    return parsed.articles[0]
