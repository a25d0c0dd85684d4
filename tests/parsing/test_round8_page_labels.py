"""An e-paper's navigation names pages with their letter (A05版:城事, B01版:财经 …): the page's
own label keeps the letter, and a page list of such labels is navigation."""

from pathlib import Path

from articles.parsing import parse_page

PAGE = Path(__file__).parent.parent / "data/fidelity/appdump9/haixi-2025-04-16/B03.txt"


def test_current_page_line_gives_the_lettered_label_and_section():
    meta = parse_page(PAGE.read_bytes()).metadata
    assert (meta.label, meta.section, meta.date) == ("B3", "市场", "2025-04-16")


def test_page_list_of_lettered_labels_is_navigation():
    parsed = parse_page(PAGE.read_bytes())
    reasons = {item.line: item.reason for item in parsed.set_aside}
    assert reasons[4] == "page-list"
    assert all("B01版" not in article.headline for article in parsed.articles)


def test_a_label_of_digits_alone_is_still_read():
    text = "城北晚报\n2025年4月16日\n第07版:城市生活\n\n标题一行在这里\n本报讯 正文写在这里，说的是一件事。\n"
    assert parse_page(text).metadata.label == "7"
