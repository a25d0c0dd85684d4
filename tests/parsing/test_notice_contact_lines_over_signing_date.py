"""A notice's signing date under its contact lines (``联系人：李先生`` / ``2017年5月8日``) is the
notice's, not the page's printed date (INPUT.md, "Encoding and layout": the page's date is its
masthead's or running head's; a page whose date differs from its edition's is refused on
import). The date and the contact lines over it stay in the notice's text, as its last lines,
whether a person (``李明``) or a body signs it, or no one."""

import pytest

from .helpers import parse

HEAD = ("青峰　第6版　广而告之", "")
TITLE = ("失物招领", "")
TEXT = "本人于五月六日在青峰公园东门遗失蓝色双肩包一个，内有笔记本电脑一台。"
CALL = "有拾到者请与失主联系，当面重谢。"
DATE = "2017年5月8日"


def notice(*ending: str, blanks: bool = True):
    lines = [*HEAD, *TITLE, TEXT, "", CALL, ""]
    for line in (*ending, DATE):
        lines += [line, ""] if blanks else [line]
    return parse(*lines)


@pytest.mark.parametrize("blanks", [True, False])
@pytest.mark.parametrize(
    "contacts",
    [
        ("联系人：王女士",),
        ("联系电话：13912345678",),
        ("失主：王女士", "电话：0513-8765432"),
        ("地址：青峰市人民路8号", "邮编：226000"),
    ],
)
def test_a_date_under_a_notices_contact_lines_is_the_notices(contacts, blanks):
    parsed = notice(*contacts, blanks=blanks)
    assert parsed.metadata.date == ""  # the running head prints none
    (found,) = parsed.articles
    assert found.paragraphs[-len(contacts) - 1 :] == (*contacts, DATE)
    assert not parsed.unplaced_lines


def test_a_date_under_an_email_line_is_the_notices():
    # (the e-mail address itself is set aside as a site's address, as anywhere on a page)
    parsed = notice("Email：wang@example.cn")
    assert parsed.metadata.date == ""
    assert parsed.articles[0].paragraphs[-1] == DATE


def test_contact_lines_under_a_signer_keep_the_date_in_the_notice():
    parsed = notice("王丽", "联系电话：13912345678")
    assert parsed.metadata.date == ""
    assert parsed.articles[0].paragraphs[-1] == DATE


@pytest.mark.parametrize("signer", ["王丽", "青峰公园管理处"])
def test_a_signing_date_stays_in_the_notice_whoever_signs(signer):
    parsed = notice(signer)
    assert parsed.metadata.date == ""
    (found,) = parsed.articles
    assert found.paragraphs[-1] == DATE
    assert signer in found.byline + " ".join(found.paragraphs)
    assert DATE not in [item.text for item in parsed.set_aside]


def test_the_running_heads_date_is_still_the_pages_over_a_notice_with_contacts():
    parsed = parse(
        "青峰　第6版　2017年5月10日",
        "",
        *TITLE,
        TEXT,
        "",
        "联系人：王女士",
        "",
        DATE,
    )
    assert parsed.metadata.date == "2017-05-10"
    assert parsed.articles[0].paragraphs[-2:] == ("联系人：王女士", DATE)
