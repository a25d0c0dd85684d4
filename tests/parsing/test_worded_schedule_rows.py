"""A schedule printed as an item under its title and bracketed period whose rows hold words
only (a clinic's doctors: ``周一上午　某某某　主任医师　专长``): its rows, and the contact line
under them (``预约电话：（0571）…``, the area code in brackets), are its text, never the next
item's deck. Near misses: rows of words under a title with no period, a line with a bracketed
area code but no colon. Invented clinics and people."""

from articles.parsing.patterns import CONTACT_RE
from articles.parsing.titledrows import rows_end
from tests.parsing.helpers import decks, parse

ROWS = (
    "周一上午　蒋一鸣　主任医师　胃病调理",
    "周三下午　柯　青　副主任医师　针灸推拿",
    "周五上午　沈立新　主任医师　小儿咳嗽",
)
NEXT = (
    "医生手记",
    "陪老人走完最后一程",
    "",
    "　　做了二十年医生，我送走过很多病人。",
    "",
    "（林　涛）",
)


def test_a_worded_schedule_under_its_title_and_period_is_an_item_with_its_contact_line():
    parsed = parse(
        "东湖医院专家门诊安排",
        "（5月6日—5月12日　门诊二楼）",
        "",
        *ROWS,
        "",
        "预约电话：（0571）86000123",
        "",
        *NEXT,
    )
    assert decks(parsed) == [
        ("", "东湖医院专家门诊安排", "（5月6日—5月12日 门诊二楼）"),
        ("医生手记", "陪老人走完最后一程", ""),
    ]
    assert [b.text for b in parsed.articles[0].blocks] == [*ROWS, "预约电话：（0571）86000123"]


def test_near_miss_rows_of_words_need_the_titles_period():
    lines = ["东湖医院专家门诊安排", "", *ROWS, ""]
    assert rows_end(lines, 3) is None
    assert rows_end(lines, 3, worded=True) == 5


def test_a_contact_line_may_bracket_its_area_code():
    assert CONTACT_RE.search("预约电话：（0571）86000123")
    assert CONTACT_RE.search("电话：0571-86000123")
    assert not CONTACT_RE.search("（0571）86000123")
