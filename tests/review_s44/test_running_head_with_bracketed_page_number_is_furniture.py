"""A running head that gives the page's number in brackets after the paper's name and date
(``岚城日报 1983.6.14 (4)``, ``岚城日报 1983年6月14日 （第四版）``) is read as the first story's
headline, and the real headline is pushed down into the subheadline (or glued after the running
head); the page's date and label are not read.

The same head with ``第四版`` or a bare ``4`` at its end is set aside as the page header, with
its date and label. INPUT.md ("Encoding and layout"): a running head (``红星县报  第二版``) is
furniture, not the first story's headline; page stamps carry the date and page. Invented paper.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "head",
    ["岚城日报 1983.6.14 (4)", "岚城日报  1983年6月14日  (4)", "岚城日报 1983年6月14日 （第四版）"],
)
def test_running_head_with_bracketed_page_number_is_the_page_header(head):
    parsed = parse(
        head,
        "岚江大桥合龙",
        "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙。",
        "大桥全长二点四公里，预计年底通车。",
    )
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == ("", "岚江大桥合龙", "")
    assert head in parsed.ignored_lines
    assert (parsed.metadata.date, parsed.metadata.label) == ("1983-06-14", "4")
