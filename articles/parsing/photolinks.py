"""Which story a photo goes with (run on the bodies after decks are assigned and second
dispatches merged): :func:`link_photos`.

A caption is printed next to the story its picture illustrates (INPUT.md, "Bylines, datelines,
credits"). A caption is compared with a story by the pairs of characters they share
(:func:`caption_shared`), leaving out words of time (今年, 昨天: shared by chance) and the story's
opening dateline (``【記者某／台北報導】`` says who filed it from where, not what it is about). The
rules, in order:

* a photo under a picture item's label (``图片新闻``), or opening a web archive's item (right
  after its separator), is a picture item of its own: no story;
* a photo printed as part of the story before it (a photo story's numbered captions) goes with
  that story;
* a photo whose caption speaks of one story of the page far more than of any other goes with
  that story wherever it is printed (:func:`_clearly_named`: a page's text gives its pictures in
  no fixed place, also amid another story's lines);
* a photo printed inside a story (between two of its paragraphs, or between its deck and its
  text) goes with that story;
* a photo printed right after the text of a story whose deck says it is a group of pictures
  (``组图：市民花样纳凉``, ``市民花样纳凉（组图）``: :func:`_photo_group`) goes with that story, as
  every picture of the group does, whatever its caption shares with the text;
* a photo printed between two stories (after one's text, before the other's deck) goes with
  the one its caption speaks of (:func:`caption_shared`); with only one story next to it, with
  that one when the caption shares anything with it, and with the one of two it shares a
  little with (two pairs of characters) when it shares at most one pair (a chance word) and
  half as many with the other. When both stories fit about as well, it
  goes with none, flagged (a file picture: with the one before it, see :func:`_file_picture`);
  when neither does, with the story whose block it closes (the
  caption right under its text, a blank line after the photo), else the story its credit
  names (:func:`_credited_story`: the photographer is the story's reporter, or the agency sent
  it; of several stories it names, the one next to the picture: :func:`_credited_neighbour`)
  when it stands next to the picture or the caption speaks of it (:func:`_credited_here`:
  a name shared alone links nothing), else, for a file picture standing between two stories, a picture with a credit and
  no caption or one after a continuation's text, the one before it (:func:`_file_picture`), else, for a photo after the page's last story, the story elsewhere
  on the page it speaks of clearly more than of any other (:data:`_PAGE_SHARED`), else none.
"""

from __future__ import annotations

import functools
import re

from articles.parsing.bodies import Body
from articles.parsing.bylines import dateline_and_byline
from articles.parsing.closings import pictures_credit
from articles.parsing.creditpeople import credit_photographers
from articles.parsing.datelines import dateline_match
from articles.parsing.patterns import HAN_RUN_RE
from articles.parsing.pictures import PhotoPlace
from articles.parsing.results import Flag
from articles.parsing.units import FoundPhoto, Heading
from articles.text import HAN, fold

Byline = tuple[str, str, tuple[str, ...]]  # (dateline, byline, reporters) of a story

_CAPTION_HEAD = 60  # characters of a caption compared (it names its subject early)
_STORY_HEAD = 1000  # characters of a story's text (and its deck) a caption is compared with
_STORY_TAIL = 300  # …and of its end, where a picture printed after it stands
_ALONE_SHARED = 0.1  # share of a caption found in the only story next to it
_BETWEEN_SHARED = 0.2  # …in one of two stories next to it
_BETWEEN_MARGIN = 0.15  # …and more than in the other by this much
_LITTLE_SHARED = 2  # pairs of characters shared with one of two stories, none with the other
_CLEAR_SHARED = 0.4  # share of a caption found in one story of the page, wherever it stands
_CLEAR_MARGIN = 0.3  # …and more than in any other story by this much
_PAGE_SHARED = 0.2  # …when the stories next to it do not fit (with _BETWEEN_MARGIN)
# A credit naming a news agency alone (（中央社）, 新华社发, 新华社稿): the agency, folded.
_AGENCY_CREDIT_RE = re.compile(
    rf"^[（(【〔\[]?\s*(?P<agency>[{HAN}]{{1,5}}社)[发稿]?\s*[）)】〕\]]?$"
)
# Words of time a caption and a story share by chance (今年, 昨天; folded): they name no place,
# person or thing a caption shows, so they are no pairs of the caption's.
_CHANCE_PAIRS = frozenset(
    [
        "今年",
        "去年",
        "明年",
        "今天",
        "昨天",
        "前天",
        "明天",
        "当天",
        "今日",
        "昨日",
        "日前",
        "近日",
        "目前",
        "上午",
        "下午",
        "中午",
        "晚上",
        "本月",
        "上月",
    ]
)
# A deck line saying its story is a group of pictures (folded): 组图：…, 【图片报道】…, …（组图）.
_PHOTO_GROUP_RE = re.compile(
    r"^[【\[（(]?\s*(?:组图|多图|图集|图片报道|摄影报道|图片故事)\s*(?:[】\]）)]\s*[:：｜|]?|[:：｜|])"
    r"|[（(【\[]\s*(?:组图|多图|图集)\s*[）)】\]]$"
)
# A file picture: 资料图片, 資料照 (folded 资料照), 档案照, (AAP資料圖).
_FILE_PICTURE_RE = re.compile(r"资料|档案")
# A picture the people a story interviewed gave it (受访者供图, 受访企业供图, 图片由受访者提供):
# 受访 names the story's own interviewees, so the picture is that story's.
_INTERVIEWEE_PICTURE_RE = re.compile(rf"^(?:受访[{HAN}]{{0,3}}供图|图片由受访[{HAN}]{{0,3}}提供)$")


def link_photos(
    flow: list,
    photos: list[FoundPhoto],
    places: list[PhotoPlace],
    bodies: list[Body],
    flags,
    bylines: dict[int, Byline] | None = None,
) -> list[Body | None]:
    """The story each of ``photos`` goes with (``None``: none), in the order given. ``flow``: the
    reader's flow units, ``places``: where each photo stands among them (same order as
    ``photos``), ``bodies``: the page's stories. A photo that could go with either neighbour is
    noted in ``flags``. ``bylines``: each story's :func:`dateline_and_byline` by ``id``, filled
    in here as far as they are needed (the caller reads them again for its stories)."""
    if not photos:
        return []
    owner = {unit_id: body for body in bodies for unit_id in body.units}
    texts: dict[int, str] = {}  # each story's folded deck and text, once per story
    credits = {} if bylines is None else bylines  # each story's dateline, byline and reporters
    linked: list[Body | None] = []
    for photo, place in zip(photos, places, strict=True):
        if place.labelled:
            linked.append(None)
            continue
        index = min(place.index, len(flow))
        before = _story_of(flow[index - 1], owner, bodies) if index > 0 else None
        if place.within and before is not None:
            linked.append(before)
            continue
        clear = _clearly_named(photo, bodies, texts) or _credited_best(
            photo, bodies, texts, credits
        )
        if clear is not None:
            linked.append(clear)
            continue
        after = _story_of(flow[index], owner, bodies) if index < len(flow) else None
        if before is not None and (before is after or _photo_group(before)):
            linked.append(before)
            continue
        neighbours = [b for b in (before, after) if b is not None]
        fallback = (
            before if place.in_block else _fallback(photo, before, after, bodies, texts, credits)
        )
        linked.append(_named(photo, neighbours, texts, flags, fallback, place.in_block))
    return linked


def uncredited_photographers(photo: FoundPhoto, story: Body | None) -> tuple[str, ...]:
    """The photographers of a ``photo`` printed without a credit of its own (a photo story's
    numbered captions): those the closing line of the ``story`` it goes with credits with the
    pictures (``文/周明 图/钱立``, ``周明 文/图``: :func:`~articles.parsing.closings.pictures_credit`),
    as a byline credits its photographer, or its byline line printed under the title does
    (``文/唐宁 图/许川``); ``()`` for a credited photo or one with no story."""
    if story is None or photo.credit.strip():
        return ()
    return next(filter(None, map(pictures_credit, (*story.byline_lines, *story.end_lines))), ())


def _fallback(
    photo: FoundPhoto,
    before: Body | None,
    after: Body | None,
    bodies: list[Body],
    texts: dict[int, str],
    credits: dict[int, Byline],
) -> Body | None:
    """The story a photo between ``before`` and ``after`` goes with when its caption speaks of
    neither: the one its credit names, else the one before for a file picture, a picture its
    interviewees gave (``受访者供图``: :func:`_interviewee`) or a picture
    printed with a credit and no caption (``（周明 摄）`` after a story's text) or a picture
    after a continuation's text (:func:`_continuation`), else, after the
    page's last story (where a text export collects pictures), the story elsewhere on the page
    it speaks of clearly more than of any other (:data:`_PAGE_SHARED`), sharing two pairs of
    characters with it at least (:data:`_LITTLE_SHARED`: one word may be shared by chance)."""
    fallback = _credited_story(photo, bodies, credits) or _credited_neighbour(
        photo, bodies, credits, before, after
    )
    if fallback is not None and not _credited_here(photo, fallback, (before, after), texts):
        fallback = None  # (a name shared alone: the picture of a story elsewhere, or its own)
    if fallback is None and (
        not photo.caption
        or (after is not None and _file_picture(photo))
        or _interviewee(photo)
        or _continuation(before)
    ):
        fallback = before  # (a credit alone, no caption: the picture of the story it closes)
    if fallback is None and after is None:
        fallback = _clearly_named(photo, bodies, texts, _PAGE_SHARED, _BETWEEN_MARGIN)
        if fallback is not None and _pairs_shared(photo, fallback, texts) < _LITTLE_SHARED:
            fallback = None  # (one word shared with a story elsewhere, 运河, may be chance)
    return fallback


def _photo_group(story: Body) -> bool:
    """Whether the deck of ``story`` says it is a group of pictures (:data:`_PHOTO_GROUP_RE`:
    ``组图：市民花样纳凉``, ``【图片报道】…``, ``市民花样纳凉（组图）``): its text is the group's
    lead, and the pictures printed right after it are the group's, each captioned in its own
    words (``孩子们在商场儿童乐园玩耍。``), which need not be the lead's."""
    return any(_PHOTO_GROUP_RE.search(fold(line)) for block in story.deck for line in block)


def _continuation(story: Body | None) -> bool:
    """Whether ``story`` is a jumped story's continuation (a backward marker, ``（上接一版）``,
    opens it): a picture printed after its text is the jumped story's, whose caption speaks of
    the part printed on the other page, not of the part here (INPUT.md, "Continuations")."""
    return story is not None and any(m.direction == "backward" for m in story.markers)


def _pairs_shared(photo: FoundPhoto, body: Body, texts: dict[int, str]) -> int:
    """How many of the caption's pairs of characters (:func:`caption_shared`) ``body`` prints."""
    pairs = len(_han_pairs(photo.caption[:_CAPTION_HEAD]))
    return round(caption_shared(photo.caption, _story_text(body, texts)) * pairs)


def _credited_story(
    photo: FoundPhoto, bodies: list[Body], credits: dict[int, Byline]
) -> Body | None:
    """The one story of the page its credit names: a photographer who is that story's reporter
    (``叶　青　摄`` under a story by ``通讯员　叶　青``: a reporter takes the pictures of their own
    story), or the agency that sent it (``（中央社）`` after a story dated ``〔中央社高雄20日電〕``);
    ``None`` when it names none or several. Reporters compared as :func:`credit_photographers`
    reads them (a spaced name joined)."""
    found = _credited_stories(photo, bodies, credits)
    return found[0] if len(found) == 1 else None


def _credited_stories(
    photo: FoundPhoto, bodies: list[Body], credits: dict[int, Byline]
) -> list[Body]:
    """Every story of the page its credit names (:func:`_credited_story`), in print order."""
    people = set(credit_photographers(photo.credit))
    agency = _AGENCY_CREDIT_RE.match(fold(photo.credit.strip()))
    if not people and agency is None:
        return []
    found = []
    for body in bodies:
        if id(body) not in credits:
            credits[id(body)] = dateline_and_byline(body)
        dateline, _, reporters = credits[id(body)]
        if (people and people & set(reporters)) or (
            agency is not None and agency.group("agency") in fold(dateline)
        ):
            found.append(body)
    return found


def _credited_neighbour(
    photo: FoundPhoto,
    bodies: list[Body],
    credits: dict[int, Byline],
    before: Body | None,
    after: Body | None,
) -> Body | None:
    """The story next to the picture its credit names when it names several stories of the page
    (:func:`_credited_stories`): a reporter who took the picture of their own story
    (``本报记者 林可摄`` after 林可's story) may also be one of the reporters of another story
    (the lead's ``记者 韩松 林可``), which says nothing of where the picture goes; printed
    next to one of them, it is that one's (the one before it, whose text it closes, when both
    stories next to it are credited). Not for an agency's credit (``新华社发``): the agency sent
    every story it dates, any of them. ``None`` when the credit names no person, one story or
    none, or no story next to the picture is among those it names."""
    if not credit_photographers(photo.credit):
        return None
    found = _credited_stories(photo, bodies, credits)
    if len(found) < 2:
        return None
    return next((body for body in (before, after) if any(body is f for f in found)), None)


def _credited_here(
    photo: FoundPhoto, credited: Body, neighbours: tuple[Body | None, ...], texts: dict[int, str]
) -> bool:
    """Whether the story its credit names (:func:`_credited_story`) has more than the name as
    evidence that the picture is its own: it is printed next to the picture (``neighbours``:
    the story before it and the one after), or the caption shares words with it (a pair of
    characters at least: ``农民`` under 冯毅's story of farmers selling grain, printed at the
    page's top, away from it). A reporter also takes
    pictures that are news of their own: ``市民在江滨公园观赏盛开的玉兰花。`` credited
    ``本报记者 周雨桐摄`` after another story shares nothing with 周雨桐's story two items up,
    so it stands alone (a reviewer's page linked it there by the name alone)."""
    if any(credited is body for body in neighbours):
        return True
    return photo.caption != "" and _pairs_shared(photo, credited, texts) > 0


def _credited_best(
    photo: FoundPhoto, bodies: list[Body], texts: dict[int, str], credits: dict[int, Byline]
) -> Body | None:
    """The story its credit names (:func:`_credited_story`: the photographer is its reporter),
    when the caption also speaks of it (:data:`_BETWEEN_SHARED`) at least as well as of any other
    story of the page: a reporter's picture of their own story, wherever it is printed (a
    caption that shares some words with the story next to it is still that story's picture);
    ``None`` otherwise."""
    if not photo.caption or not credit_photographers(photo.credit):
        return None
    credited = _credited_story(photo, bodies, credits)
    if credited is None:
        return None
    own = caption_shared(photo.caption, _story_text(credited, texts))
    if own < _BETWEEN_SHARED:
        return None
    others = (caption_shared(photo.caption, _story_text(b, texts)) for b in bodies)
    return credited if own >= max(others) else None


def _file_picture(photo: FoundPhoto) -> bool:
    """A file picture (``资料图片``, ``資料照``, ``档案照``): taken before, it is never news of its
    own but illustrates a story; printed between two stories, it closes the block of the one
    whose text it follows, as a story is written out with its pictures."""
    return _FILE_PICTURE_RE.search(fold(photo.credit)) is not None


def _interviewee(photo: FoundPhoto) -> bool:
    """A picture its story's interviewees gave (``受访者供图``, ``受访企业供图``:
    :data:`_INTERVIEWEE_PICTURE_RE`): printed after a story's text, it is that story's, whatever
    its caption says (``抢修现场。`` names nothing the story prints)."""
    return _INTERVIEWEE_PICTURE_RE.match(fold(photo.credit.strip())) is not None


def _story_of(unit, owner: dict[int, Body], bodies: list[Body]) -> Body | None:
    """The story a flow unit was printed in: the one holding it, or, for a deck line, the story
    whose deck is printed right above its text."""
    body = owner.get(id(unit))
    if body is not None or not isinstance(unit, Heading):
        return body
    for candidate in bodies:
        if (
            candidate.deck_line is not None
            and candidate.deck_line <= unit.line < candidate.first_line
        ):
            return candidate
    return None


@functools.lru_cache(maxsize=1024)
def _han_pairs(text: str) -> frozenset[str]:
    """Every two Han characters printed next to each other in ``text``, folded (報 = 报), but
    words of time (:data:`_CHANCE_PAIRS`); a caption's are remembered (it is compared with every
    story of its page)."""
    pairs = frozenset(
        run[i : i + 2] for run in HAN_RUN_RE.findall(fold(text)) for i in range(len(run) - 1)
    )
    return pairs - _CHANCE_PAIRS


def caption_shared(caption: str, story: str) -> float:
    """The share of the caption's pairs of characters (in its first :data:`_CAPTION_HEAD`
    characters) that ``story`` (its folded deck and the edges of its text) prints too; 0 to 1. A
    caption names what its story is about (places, people, things) in the story's own words, and
    soon. Pairs of characters, not jieba words: traditional and OCR text cut into words badly,
    and a caption is compared on every page that prints one (a substring search per pair)."""
    own = _han_pairs(caption[:_CAPTION_HEAD])
    return sum(map(story.__contains__, own)) / len(own) if own else 0.0


def _story_text(body: Body, texts: dict[int, str]) -> str:
    """The story's deck and the edges of its text (without its opening dateline), folded, once
    per story."""
    if id(body) not in texts:
        deck = " ".join(line for block in body.deck for line in block)
        text = "\n".join(b.text for b in body.blocks)
        # (without its opening dateline: 【記者某／台北報導】 says who filed it from where, not
        # what it is about; a caption's 記者會 shares no 記者 with it)
        dateline = dateline_match(text)
        if dateline is not None:
            text = text[dateline.end() :]
        if len(text) > _STORY_HEAD + _STORY_TAIL:
            text = text[:_STORY_HEAD] + "\n" + text[-_STORY_TAIL:]
        texts[id(body)] = fold(deck + "\n" + text)
    return texts[id(body)]


def _clearly_named(
    photo: FoundPhoto,
    bodies: list[Body],
    texts: dict[int, str],
    least: float = _CLEAR_SHARED,
    margin: float = _CLEAR_MARGIN,
) -> Body | None:
    """The one story on the page that the caption speaks of far more than of any other
    (``least`` of its pairs shared, ``margin`` more than with any other: :data:`_CLEAR_SHARED`,
    :data:`_CLEAR_MARGIN`), wherever it is printed: a page's text gives its pictures in no fixed
    place (a caption may come at the end of the page, or between two other stories), but a
    caption names its story's places, people and things. With the stories next to it speaking
    of nothing in the caption, a smaller lead will do (:data:`_PAGE_SHARED`)."""
    if not photo.caption or not bodies:
        return None
    scores = sorted(
        (
            (caption_shared(photo.caption, _story_text(body, texts)), index)
            for index, body in enumerate(bodies)
        ),
        reverse=True,
    )
    best, index = scores[0]
    second = scores[1][0] if len(scores) > 1 else 0.0
    if best >= least and best - second >= margin:
        return bodies[index]
    return None


def _named(
    photo: FoundPhoto,
    neighbours: list[Body],
    texts: dict[int, str],
    flags: list[Flag],
    fallback: Body | None = None,
    closes: bool = False,
) -> Body | None:
    """The neighbour the caption speaks of, if it clearly speaks of one; ``fallback`` (the story
    whose block the caption closes, or the one its credit names) when it speaks of neither; none,
    flagged, when it speaks of both about as well. A caption that ``closes`` the block of the
    story before it (right under its text, a blank line after it) stays with that story unless
    it clearly speaks of the other (:data:`_BETWEEN_SHARED`): a word or two shared by chance
    with the next story (昨天, 市民) does not move it."""
    if not neighbours or not photo.caption:
        return fallback
    scores = [caption_shared(photo.caption, _story_text(body, texts)) for body in neighbours]
    if len(neighbours) == 1:
        return neighbours[0] if scores[0] >= _ALONE_SHARED else fallback
    best = max(range(2), key=lambda i: scores[i])
    if scores[best] < _BETWEEN_SHARED:
        if closes and fallback is not None:
            return fallback
        # a caption that shares a little with one neighbour (two words or more: one, 老人, may
        # be chance) and nothing with the other, or one chance word (一帶) against two or more,
        # speaks of the one (店主到商場請願 under a story of a 商場's 小店)
        pairs = len(_han_pairs(photo.caption[:_CAPTION_HEAD]))
        shared = round(scores[best] * pairs)
        other = round(scores[1 - best] * pairs)
        if (
            scores[best] >= _ALONE_SHARED
            and shared >= _LITTLE_SHARED
            and other <= min(1, shared // 2)
        ):
            return neighbours[best]
        return fallback
    if scores[best] - scores[1 - best] < _BETWEEN_MARGIN:
        if fallback is neighbours[0] and _file_picture(photo):
            return fallback  # a file picture between two stories closes the one it follows
        flags.append(
            Flag(
                photo.line,
                "photo-either-side",
                f"图片说明“{photo.caption[:20]}”与前后两篇稿件都对得上，没有归入任何一篇；"
                "请把图片归到它所配的稿件。",
            )
        )
        return None
    return neighbours[best]
