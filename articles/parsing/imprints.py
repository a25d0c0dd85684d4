"""The paper's imprint line opened with the paper's own name, at a page's foot:
``岚城日报社地址：岚城市中山路1号  邮编：310000  广告许可证：…``, ``岚城日报社址：…  邮编：…``,
``岚城晚报社  地址：…  电话：…``, and the publisher's line with the price beside it
(``岚城日报社出版  定价：1.50元``). The paper's address, post code, telephone and licence are page
metadata, never a story's last paragraph nor a headline (INPUT.md, "Encoding and layout":
mastheads carry prices, barcodes, websites; none of it is a story). The lines opened ``社址：`` or
``本报地址：`` are :func:`~articles.parsing.stafflines.imprint_line`'s and
:data:`~articles.parsing.patterns.MASTHEAD_RE`'s. Applied in
:func:`~articles.parsing.furniture.furniture_reason`.
"""

from __future__ import annotations

import re

from articles.text import HAN

# The paper's name and its house (社): 岚城日报社, 青川晚报社, 东林商报社. A name in 报 alone
# (前进报社) has two to six letters before it.
_PAPER_HOUSE = (
    rf"[{HAN}]{{1,8}}?(?:日报|晚报|晨报|早报|时报|商报|周报|快报|都市报|法治报|经济报|[县市]报)社"
    rf"|[{HAN}]{{2,6}}报社"
)
# The opener: the house and its address's label (地址：, 社址：, or 址： glued to 社: 日报社址：),
# maybe parted from the house by a column gap; or the house publishing (岚城日报社出版).
_OPENER_RE = re.compile(
    rf"^(?P<house>{_PAPER_HOUSE})(?:(?:[ \u3000]*(?:地址|社址)|址)\s*[:：]\s*|(?P<publish>出版))"
)
# An address: a place's letters, digits and house number, no sentence punctuation.
_ADDRESS_RE = re.compile(rf"^[{HAN}A-Za-z0-9\-－#（）()·]{{4,30}}$")
_HOUSE_NUMBER_RE = re.compile(r"(?:[0-9]+|[〇零一二三四五六七八九十百]+)\s*号")
# The imprint's other pieces, each parted from the others by a column gap: the post code, the
# telephone lines, the licence, the registration, the website or mailbox, the price.
_POST_CODE_RE = re.compile(r"(?:邮政编码|邮编|邮码)\s*[:：]?\s*\d{6}")
_PHONE_RE = re.compile(rf"[{HAN}]{{0,4}}(?:电话|总机|传真|热线)\s*[:：]?\s*\d[\d\-－]{{4,}}\d")
_OTHER_PIECE_RE = re.compile(
    rf"(?:广告(?:经营)?许可证|许可证|广告证)\s*[:：]?\s*[{HAN}A-Za-z0-9\-－()（）]{{2,24}}"
    r"|(?:国内)?统一刊号\s*[:：]?\s*CN\s*\d{2}\s*[-－]\s*\d[\dXx]{3}(?:/[A-Z0-9]{1,4})?"
    r"|邮发代号\s*[:：]?\s*\d{1,2}\s*[-－]\s*\d{1,4}"
    r"|(?:网址|网站)\s*[:：]\s*[\w./:\-]{4,40}|(?:邮箱|[Ee]-?mail)\s*[:：]\s*[\w.\-]+@[\w.\-]+"
    r"|(?:定价|零售价|每份)\s*[:：]?\s*\d+(?:\.\d{1,2})?\s*元"
)
_GAP_RE = re.compile(r" {2,}|\u3000+|\t+")
_IMPRINT_LINE = 100  # characters: an imprint line is at most this long


def _address_then_pieces(rest: str) -> bool:
    """``rest`` (after the opener's label) is an address followed by imprint pieces; the line
    says it is the paper's by a house number, a post code or a telephone line."""
    pieces = _GAP_RE.split(rest.strip())
    address, others = pieces[0], pieces[1:]
    if not _ADDRESS_RE.match(address) or not all(_piece(p) for p in others):
        return False
    return bool(_HOUSE_NUMBER_RE.search(address)) or any(
        _POST_CODE_RE.fullmatch(p) or _PHONE_RE.fullmatch(p) for p in others
    )


def _piece(piece: str) -> bool:
    return bool(
        _POST_CODE_RE.fullmatch(piece)
        or _PHONE_RE.fullmatch(piece)
        or _OTHER_PIECE_RE.fullmatch(piece)
    )


def paper_imprint_line(text: str) -> bool:
    """``text`` (folded) is the paper's imprint opened with the paper's own name
    (:data:`_OPENER_RE`): ``岚城日报社地址：`` (or ``…社址：``, ``…社  地址：``) and an address
    (:data:`_ADDRESS_RE`) with a house number, a post code or a telephone line, then only the
    imprint's pieces parted by column gaps (post code, telephones, licence, registration,
    website, price); or ``岚城日报社出版`` followed by such pieces, one at least. A sentence
    (``岚城日报社地址：迁至中山路。``) or a headline (``岚城日报社址变迁记``) is none. Linear in
    the line."""
    t = text.strip()
    if len(t) > _IMPRINT_LINE or "报社" not in t or "。" in t or "," in t:
        return False
    match = _OPENER_RE.match(t)
    if match is None:
        return False
    rest = t[match.end() :]
    if match.group("publish"):
        pieces = _GAP_RE.split(rest.strip())
        return rest[:1] in " \u3000\t" and bool(pieces[0]) and all(_piece(p) for p in pieces)
    return _address_then_pieces(rest)


# The price a masthead prints per copy, in any money of its time and place: 每份铜元四枚,
# 每张售钱十二文, 本报每份十比索, 每份大洋五分, 零售每份印尼盾一盾 (folded: simplified letters); the
# paper (本报, 本馆) may name itself first, the seller's word (售, 收) and the money's name (钱, 铜元,
# 大洋, 印尼盾) stand between the copy and the figure.
_NUMERAL = r"[\d〇零○一二三四五六七八九十百千两.]"
_COPY_PRICE_RE = re.compile(
    rf"(?:本报|本馆|本埠|外埠)?(?:零售)?(?:每份|每张|每期|每册|零售)[售收]?价?[{HAN}]{{0,4}}?"
    rf"{_NUMERAL}{{1,6}}"
    r"(?:文|枚|元|角|分|仙|毫|比索|铢|盾|先令)"
)
# The masthead's other pieces beside that price: the postage (外埠另加邮费), the paper's address
# (社址：…, 本馆设在…), its telephone in figures or Chinese numerals (电话：二四一─三三○八, a small
# town's three figures: 电话：二一七) and
# the issue number (第一千二百四十六号, 第12873号), the sheets of the day (今日出版三大张).
_PRICE_COMPANION_RE = re.compile(
    rf"外埠(?:另加|加收|酌加)?邮费|邮费(?:另加|在内|外加)"
    rf"|(?:社址|馆址|地址|(?:本馆|本报|本社|报馆)设在?)[:：]?[{HAN}A-Za-z0-9〇○\-－]{{2,30}}"
    rf"|电话[:：]?{_NUMERAL}[\d〇零○一二三四五六七八九\-－─—]{{2,}}"
    rf"|第\s*(?:\d{{1,6}}|[〇零○一二三四五六七八九十百千万]{{1,10}})\s*[号期]"
    r"|今日(?:出版)?[一二两三四五六七八九十\d]{1,3}大?[张版]"  # (今日出版三大张: the sheets)
)


def masthead_price_line(text: str) -> bool:
    """``text`` (folded), at the top of a page, is the masthead's line of its price per copy
    (:data:`_COPY_PRICE_RE`) beside one piece or more of :data:`_PRICE_COMPANION_RE`, each piece
    parted from the next by a gap: ``本报每份铜元四枚　外埠另加邮费　社址…``, ``第一千二百四十六号
    本馆设在泓浦北门大街　每张售钱十二文`` (INPUT.md, "Encoding and layout": mastheads carry
    prices). Anything else in the line (a sentence, a title) makes it none. Linear in the line."""
    pieces = text.split()
    if len(pieces) < 2 or len(text) > _IMPRINT_LINE or "。" in text or "," in text:
        return False
    prices = sum(1 for piece in pieces if _COPY_PRICE_RE.fullmatch(piece))
    others = sum(1 for piece in pieces if _PRICE_COMPANION_RE.fullmatch(piece))
    return prices >= 1 and prices + others == len(pieces)


# An advert's line: a shop or works by its name's last word (同昌绸缎庄, 华兴照相馆, 岩川矿山机械厂),
# or the price of one item (每瓶大洋一元; a copy of a paper, 每份, is the masthead's), and what it
# sells or how to reach it.
_SHOP_RE = re.compile(
    rf"^[{HAN}]{{2,10}}(?:庄|洋行|银行|商行|公司|药房|书局|照相馆|商店|厂|店|堂)$"
    rf"|^每[瓶盒包斤两打件套匹尺]{_NUMERAL}*?[{HAN}]{{0,3}}?{_NUMERAL}{{1,6}}[元角分文]"
)
_SELLING_RE = re.compile(
    r"每[瓶盒包斤两打件套匹尺]|电话|承接|代印|代办|新到|出售|分售|批发|价格|价目|惠顾|地址|即日"
)
_ADVERT_PIECES = 3  # pieces parted by gaps, at least


def shop_advert_line(text: str) -> bool:
    """``text`` (folded) is an advert printed as one line of pieces parted by gaps: a shop's
    name or an item's price (:data:`_SHOP_RE`) with what it sells or how to reach it
    (:data:`_SELLING_RE`): ``新到夏季绸缎　花色繁多　价格公道　云城同昌绸缎庄``, ``岩川矿山机械厂
    承接各类矿用设备维修　电话：2345678`` (INPUT.md, "Page furniture": adverts are no story). A
    sentence (``。``, ``，``) is none. Linear in the line."""
    if len(text) > _IMPRINT_LINE or "。" in text or "," in text or "本报" in text:
        return False  # (本报地址…: the paper's own line, its masthead's)
    pieces = text.split()
    if len(pieces) < _ADVERT_PIECES or not _SELLING_RE.search(text):
        return False
    return any(_SHOP_RE.match(piece) for piece in pieces)


# The masthead's line of the paper's own address and its telephone, with no price beside it, as a
# wartime paper prints where it has moved to: 本報社址暫遷南岸彈子石　營業部電話　二一五三
# (folded). The address: the paper (本报, 本馆) and 社址 or 馆址, then where (暂迁, 现迁: moved); the
# telephone: a desk's name (营业部), 电话, then the number in figures or Chinese numerals, maybe
# parted from it by a gap.
_OWN_ADDRESS_RE = re.compile(
    rf"(?:本报|本馆|本社)?(?:社址|馆址)(?:暂迁|现迁|迁至|设在?)?[{HAN}0-9]{{2,20}}"
)
_PHONE_LABEL_RE = re.compile(rf"[{HAN}]{{0,4}}电话[:：]?")
_PHONE_NUMBER_RE = re.compile(r"[\d〇零○一二三四五六七八九\-－─—]{3,12}")


def masthead_address_line(text: str) -> bool:
    """``text`` (folded), at the top of a page, is the masthead's line of the paper's own address
    (:data:`_OWN_ADDRESS_RE`) and its telephone (``营业部电话　二一五三``: a desk's line, the number
    in Chinese numerals as a 1940s page prints it), nothing else, pieces parted by gaps (INPUT.md,
    "Encoding and layout": mastheads carry addresses and prices; none of it is a story). Linear
    in the line."""
    pieces = text.split()
    if len(pieces) < 2 or len(text) > _IMPRINT_LINE or not _OWN_ADDRESS_RE.fullmatch(pieces[0]):
        return False
    phones = 0
    rest = pieces[1:]
    while rest:
        label = _PHONE_LABEL_RE.match(rest[0])
        if label is None:
            return False
        number = rest[0][label.end() :] or (rest[1] if len(rest) > 1 else "")
        if not _PHONE_NUMBER_RE.fullmatch(number):
            return False
        rest = rest[1:] if label.end() < len(rest[0]) else rest[2:]
        phones += 1
    return phones >= 1


def masthead_top_line(text: str) -> bool:
    """``text`` (folded), at the top of a page, is the masthead's line of its price
    (:func:`masthead_price_line`) or of its address and telephone (:func:`masthead_address_line`)."""
    return masthead_price_line(text) or masthead_address_line(text)
