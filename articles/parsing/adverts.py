"""Adverts on a news page: paid space under the paper's ``广告`` label (INPUT.md, "Page furniture
that is not a story": mastheads carry prices and adverts; none of it is a headline or a story).
Papers of every decade mark an advert with a small ``广告`` label alone on its line; the advert
under it is a shop's name and slogan, then how to reach it (its address, telephone or hotline).
Told by :func:`advert_end`; set aside by the reader (see
:meth:`~articles.parsing.readboxes.BoxesMixin._data_box`).
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.markers import find_markers
from articles.text import fold

# The label alone on its line, maybe bracketed or letter-spaced: 广告, 【广告】, 广  告; the
# classified adverts' too (分类广告, 分類廣告: rooms to let, jobs, lessons, each with its phone).
_ADVERT_LABEL_RE = re.compile(r"^[【\[〔(]?\s*(?:分\s*类\s*)?广\s*告\s*[】\]〕)]?$")
# How an advert says to reach the shop: a field (地址：, 电话：, 热线：, 咨询：, TEL 0120-…) or a telephone
# number (0571-88886666, a mobile's eleven digits), or its website.
_CONTACT_RE = re.compile(
    r"(?:地址|电话|热线|咨询|订购|订餐|预约|预订|联系|传真)\s*[:：]|^(?:TEL|Tel|tel)\b\s*[:：.]?\s*\d"
    r"|(?<!\d)0\d{2,3}\s*[-－]\s*\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)|www\."
    # a telephone number after its word without a colon (电话 555-0147, 请电 555-0163)
    r"|(?:电话|请电|致电)\s*[(（]?\d{3}"
)
# Or, in a paper of the app years, a call to scan the advert's code to buy or book (扫码购票立减
# 20元, 扫一扫 预约试驾, 微信扫码报名): the code is how to reach the shop. Only a call to a sale or
# a booking: 扫码领红包背后的陷阱 is a story's headline.
_SCAN_CALL_RE = re.compile(
    r"^(?:微信|手机)?(?:扫码|扫一扫|扫描二维码|长按识别二维码)[ \u3000]*"
    r"(?:购票|购买|订票|报名|预约|预订|订购|咨询|下单|抢购|领券|领取优惠|享优惠|立减|立享)"
)
_ADVERT_LINES = 6  # lines an advert under its label holds at most, down to its contact line
_ADVERT_LINE = 40  # characters: an advert's line (a slogan, an address) is at most this long
_CLASSIFIED_LINE = 60  # characters: a classified advert's line, under 分类广告, at most


def advert_label(text: str) -> bool:
    """``text`` (a printed line, stripped) is the ``广告`` label alone on its line."""
    return len(text) <= 8 and _ADVERT_LABEL_RE.match(fold(text)) is not None


def advert_end(lines: list[str], number: int) -> int | None:
    """The number (1-based, as ``number``) of the advert's last line under the ``广告`` label
    on line ``number`` of ``lines``: its last line saying how to reach the shop
    (:data:`_CONTACT_RE`, or a call to scan its code to buy or book, :data:`_SCAN_CALL_RE`) among the :data:`_ADVERT_LINES` lines under the label, down to a
    blank line after that contact line. Every line down to it must be short (at most
    :data:`_ADVERT_LINE` characters), with no sentence (``。``), dateline or jump marker in it:
    a story's lines. None when there is no such contact line: ``广告`` is then a word over a
    story about adverts (a kicker), left to the reader."""
    end = None
    seen = 0
    index = number  # (0-based: the line under the label)
    # (a classified advert says what, where, how much and the phone on one line: longer)
    longest = _CLASSIFIED_LINE if "分" in lines[number - 1] else _ADVERT_LINE
    while index < len(lines) and seen < _ADVERT_LINES:
        text = lines[index].strip()
        index += 1
        if not text:
            if end is not None:
                break
            continue
        seen += 1
        if len(text) > longest or "。" in text or dateline_match(text) or find_markers(text):
            break
        if _CONTACT_RE.search(fold(text)) or _SCAN_CALL_RE.match(fold(text)):
            end = index
    return end
