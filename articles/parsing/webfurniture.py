"""Web and app furniture: the lines an e-paper, a web archive or a news app prints around its
stories (navigation and pagers, menu bars, the page shown, an app's controls, counts, prompts and
brand, a record's empty fields), never a story's text (INPUT.md, "Encoding and layout": web-archive
and e-paper dumps carry their site's furniture). Applied in
:func:`~articles.parsing.furniture.furniture_reason`.
"""

from __future__ import annotations

import re

from articles.parsing.patterns import EPAPER_NAME_RE, NAVIGATION_RE, PAPER_KIND, SPACE_RUN_RE
from articles.text import HAN

# How an article page's tool line opens: a bracket, or the first character of a tool or of the
# font-size switch.
_TOOL_OPENERS = frozenset("【[［打关收加返回推发我复下Pp字")


def navigation_line(text: str) -> bool:
    """A site's or an app's navigation: links (上一版, 版面导航), an app's chrome, a menu bar, the
    page shown, a pager (上一頁 下一頁)."""
    # (a line that ends a sentence is text, whatever word of a site's menu it holds: 本站比赛…。)
    return bool(
        (not text.rstrip().endswith("。") and _navigation_words(text))
        or (len(text) <= 30 and _app_chrome(text))
        or (("|" in text or "｜" in text) and _MENU_BAR_RE.match(text))
        or _CURRENT_PAGE_RE.match(text)
        or (text[:1] in _TOOL_OPENERS and article_tools_line(text))
        or (text[:1] in "上下首尾末" and _PAGER_RE.match(text))
    )


# NAVIGATION_RE cut in two at its top level: the words of a site's menu, looked for anywhere
# (each opens with a character of its own, so a search skips to where one may stand), and the
# breadcrumb, which is anchored at the line's start and holds a ``>``. A line is navigation by
# NAVIGATION_RE exactly when it holds a word or is a breadcrumb (:func:`_navigation_words`);
# searched whole, the anchored branch keeps the search from skipping.
_NAV_WORDS, _NAV_CUT, _NAV_BREADCRUMB = NAVIGATION_RE.pattern.rpartition("|^")
if not _NAV_CUT:  # (a cut inside a group would leave a part that does not compile)
    raise ImportError("NAVIGATION_RE has no anchored breadcrumb branch last to cut off")
_NAV_WORDS_RE = re.compile(_NAV_WORDS, NAVIGATION_RE.flags)
_NAV_BREADCRUMB_RE = re.compile("^" + _NAV_BREADCRUMB, NAVIGATION_RE.flags)


def _navigation_words(text: str) -> bool:
    """``NAVIGATION_RE.search(text)`` found something (its two parts, see above)."""
    return bool(_NAV_WORDS_RE.search(text) or (">" in text and _NAV_BREADCRUMB_RE.match(text)))


# A website's menu bar: three or more pieces parted by bars, 首页 one of them after the site's
# name (图文数据库 | 首页 | 检索 | 帮助).
_MENU_BAR_RE = re.compile(
    r"^(?=(?:[^|｜]*[|｜])*?\s*首页\s*(?:[|｜]|$))[^。，|｜]{1,30}(?:[|｜][^。，|｜]{1,12}){2,}$"
)
# A news app's controls left in an export: the font-size switch (字号 大 中 小, 字号 A- A+ 夜间模式),
# a row of the story's buttons alone (点赞 收藏 分享) or the toolbar with its back button.
_APP_WIDGET_RE = re.compile(
    r"^(?:字号|字体)\s*[:：]?\s*(?:[大中小]\s*){2,3}$"
    # (the font-size switch with the page's other buttons: 字号 A- A+ 夜间模式, 字号：大 中 小 打印本页)
    r"|^(?:字号|字体)\s*[:：]?\s*(?:(?:A\s*[+\-]|[大中小]|标准|夜间模式|日间模式|护眼模式|打印本页|打印"
    r"|关闭窗口|收藏本页|返回顶部|语音朗读|朗读)\s*){2,8}$"
    r"|^(?:(?:点赞|分享|收藏|评论|在看|转发)\s+){1,5}(?:点赞|分享|收藏|评论|在看|转发)$"
    # (an app's toolbar over the story: ‹ 返回  分享  字号 A+ A-, its back arrow first)
    r"|^[<‹〈«＜]?\s*返回\s*(?:(?:分享|收藏|评论|字号|字体|A\s*[+\-]|[大中小]|夜间模式|打印)\s*){1,8}$"
    # (the back button to the app's list, 返回 目录, maybe with the app's e-paper name after it:
    # 返回  海州日报  数字报  分享)
    # (or parted from it by a slash or bar: 返回 / 目录; the app's menu button last, 分享 or its
    # "more" dots: ‹ 返回  沅北日报数字报  ⋯)
    rf"|^[<‹〈«＜]?\s*返回\s*(?:[/／|｜]\s*)?(?:目录|首页|列表|版面)?\s*"
    rf"(?:[{HAN}]{{2,10}}\s*(?:数字报|电子报|电子版|客户端))?"
    r"\s*(?:分享|收藏|更多|[⋯…︙⋮]{1,2}|\.{3})?$"
)
# A pager's buttons alone on a line (上一頁 下一頁, 上一页  下一页  首页): navigation.
_PAGER_RE = re.compile(
    r"^(?:(?:上一|下一)[页頁张張]|首[页頁]|尾[页頁]|末[页頁])(?:\s+(?:(?:上一|下一)[页頁张張]|首[页頁]|尾[页頁]|末[页頁]))+$"
)
# An e-paper's list of its pages without 版 (A1要聞 A2要聞 A3紐約社區 …): three labels or more,
# each glued to its section's name, parted by spaces.
LABEL_LIST_RE = re.compile(
    rf"^(?:[A-Z]\d{{1,2}}\s?[{HAN}·・]{{1,6}}\s+){{2,}}[A-Z]\d{{1,2}}\s?[{HAN}·・]{{1,6}}$"
)
# The counts an app prints under a story's headline (阅读 2.1万  点赞 386  分享 127): the story's,
# so never a line of the masthead zone at the page's top (the headline over it stays a deck).
# (Parted by spaces, bars or slashes: 阅读 12876  |  点赞 342  |  分享.)
APP_COUNTS_RE = re.compile(
    r"^(?:(?:阅读|点赞|分享|收藏|评论|在看|浏览|转发)\s*[:：]?\s*[0-9][0-9.,]*\s*[万千wWkK]?\+?"
    r"\s*[|｜/／·]?\s*)+"
    # (the buttons beside the counts, without a count of their own: 阅读 3.6万  分享  收藏)
    r"(?:(?:点赞|分享|收藏|评论|在看|转发)\s*[|｜/／·]?\s*)*$"
)
# A news app's call to open it or read on in it, left in an e-paper export (打开APP 阅读更多精彩内容,
# 下载客户端查看更多精彩内容): the app's, never a story's line.
_APP_PROMPT_RE = re.compile(
    r"^(?:(?:打开|下载|安装|前往)\s*(?:[Aa][Pp][Pp]|客户端)|(?:阅读|查看|浏览|获取)更多精彩(?:内容)?)"
    r"(?:\s*(?:(?:打开|下载|安装|前往)\s*(?:[Aa][Pp][Pp]|客户端)|(?:阅读|查看|浏览|获取)更多精彩(?:内容)?"
    # (the promise of a better read in the app: 打开APP，阅读体验更佳)
    r"|(?:阅读|浏览|观看)?体验更佳|[，,!！]))*$"
)
# An app's e-paper name, its brand's plus sign after the place (岚州+  数字报, 某某+ 电子版): the
# app's masthead. (A plain 某某数字报 is the paper's EPAPER_NAME_RE where the paper's kind is named.)
# So is a paper's name with 客户端 or APP after it (南湖日报客户端, 某某晚报 APP): the app's title bar.
_APP_EPAPER_NAME_RE = re.compile(
    rf"^(?:[{HAN}]\s*){{1,8}}[+＋]\s*(?:数字报|电子报|电子版|手机报|客户端)$"
    rf"|^(?!下载|扫|关注|打开)[{HAN}]{{1,8}}{PAPER_KIND}\s*(?:客户端|[Aa][Pp][Pp])$"
)
# A character every match of _APP_EPAPER_NAME_RE holds: the brand's plus sign, or the 报 or 讯 of
# the paper's kind (PAPER_KIND) before 客户端 or APP. (One scan of the line, not the pattern's
# runs of Han characters tried at each length.)
_APP_BRAND_HINT = re.compile("[+＋报讯]")
# An e-paper's line naming the page shown (当前版面：A05版:城事, 当前版次：第3版): navigation, its
# page and section the page's.
# So is the page's own label and section with the date after it (01版：要闻  2026年06月02日): an
# app's title of the page shown. (Without the date it is a running head, left to the reader.)
_CURRENT_PAGE_RE = re.compile(
    r"^(?:当前|本)(?:版面|版次)\s*[:：]\s*\S{1,20}$"
    rf"|^第?\s*[A-Za-z]?[0-9]{{1,3}}\s*版\s*[:：]\s*[{HAN}·]{{1,8}}"
    r"\s+(?:[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2})"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?$"
)
# A site's placeholder where a picture or a video stood in the story, alone on its line in
# brackets ([图片], 【图片】, [图], (图片), <视频>): the page's, never a crosshead nor a headline.
# (A bare 图片 is a picture item's label, furniture.py's photo-label; （组图） over a caption is
# the picture set's title, read with its caption.)
_PICTURE_WORD = r"\s*(?:图|图片|照片|视频|圖|圖片|視頻)\s*"
PICTURE_PLACEHOLDER_RE = re.compile(
    rf"^\s*(?:\[{_PICTURE_WORD}\]|【{_PICTURE_WORD}】|\({_PICTURE_WORD}\)|<{_PICTURE_WORD}>"
    rf"|〔{_PICTURE_WORD}〕)\s*$"
)
# A web archive's record field left empty (作者: and no name): the record's, never a headline's.
EMPTY_FIELD_RE = re.compile(r"^(?:作者|来源|专栏|栏目|版面|版次|编辑|责任编辑|日期)\s*[:：]\s*$")


_APP_LINE = 60  # characters: an app's control, count, prompt or brand line is short


def _app_chrome(text: str) -> bool:
    """A news app's own line in an e-paper export: its controls and counts (:data:`_APP_WIDGET_RE`,
    :data:`APP_COUNTS_RE`), its prompt to open it (:data:`_APP_PROMPT_RE`),
    or its brand's e-paper name (:data:`_APP_EPAPER_NAME_RE`). Constant time (a short line's
    test)."""
    t = text.strip()
    if len(t) > _APP_LINE:
        return False  # (the cheap test first: a short line's test)
    return bool(
        _APP_WIDGET_RE.match(text)
        or APP_COUNTS_RE.match(text)
        or _APP_PROMPT_RE.match(t)
        or (_APP_BRAND_HINT.search(t) and _APP_EPAPER_NAME_RE.match(t))
    )


# An article page's tools, as a scraped e-paper or site article carries them around its story:
# 打印本页, 关闭窗口, 收藏本页, 返回顶部, PDF版下载, the font-size switch (【字体：大 中 小】), maybe
# bracketed ([打印] [关闭]) and in a row parted by spaces or bars; so is its read-aloud button
# (语音朗读), which a row of them may hold.
_TOOL = (
    r"(?:语音朗读|语音播报|打印本页|打印此页|打印本文|打印文章|打印正文|关闭窗口|关闭本页|收藏本页|收藏本文|加入收藏|返回顶部|回到顶部"
    r"|推荐给(?:朋友|好友)|发送给好友|我要纠错|我要评论|复制链接|打印|关闭|收藏"
    r"|PDF\s*(?:版|版面|文件)?\s*(?:下载|阅读|浏览)|下载\s*PDF\s*(?:版|版面|文件)?)"
)
_FONT_SWITCH = r"(?:字号|字体)\s*[:：]?\s*(?:[【\[［]?\s*[大中小]\s*[】\]］]?\s*){2,3}"
# The meta fields of an article page over or under its story: when it was put up (发布时间：
# 2025-06-14 08:00:00) and how often read (浏览次数：1234, 点击数：56), never a printed line.
_STAMP = (
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
_META_FIELD = (
    rf"(?:发布|发表|更新|发稿|上传|录入|刊发)(?:时间|日期)\s*[:：]\s*{_STAMP}"
    r"|(?:浏览|点击|阅读|访问)(?:次数|数|量|人次)\s*[:：]\s*\d[\d,]*\s*次?"
)
# The page's other fields beside them on the line (来源：东林日报, 作者：王刚, 字数：1200), a
# field's value maybe a few short names parted by spaces (作者：王刚 李敏, 作者：王 刚) or left
# empty (作者：); a run of words with a sentence's length or punctuation is no field's value.
_FIELD_WORD = r"[^\s:：|｜【\[［]{1,20}"
_FIELD_NAME = r"[^\s:：|｜【\[［，,。；;！!？?]{1,6}"
_OTHER_FIELD = (
    r"(?:来源|作者|编辑|责任编辑|责编|字数)\s*[:：]"
    rf"(?:[ \t\u3000]*{_FIELD_WORD}(?:[ \t\u3000]{{1,3}}{_FIELD_NAME}){{0,3}})?"
)
_PIECE = r"[【\[［]?\s*(?:{})\s*[】\]］]?"
_GAP = r"\s*[|｜/／·]?\s*"
_TOOLS_RE = re.compile(rf"^(?:{_PIECE.format(_FONT_SWITCH + '|' + _TOOL)}{_GAP})+$", re.IGNORECASE)
_META_LINE_RE = re.compile(
    rf"^(?:{_PIECE.format(_META_FIELD + '|' + _OTHER_FIELD + '|' + _FONT_SWITCH + '|' + _TOOL)}"
    rf"{_GAP})+$",
    re.IGNORECASE,
)
# The same fields with the day put up as a bare stamp among them, in any order (2015-06-12  来源：
# 岚城晚报  作者：赵敏, 作者：赵敏  来源：岚城晚报): a site's meta line when it names the source
# beside another field or the stamp (:func:`article_meta_line`).
_BARE_META_LINE_RE = re.compile(
    rf"^(?:(?:{_STAMP}|{_PIECE.format(_OTHER_FIELD)}){_GAP})+$", re.IGNORECASE
)
_SOURCE_FIELD_RE = re.compile(r"来源\s*[:：]")
_BESIDE_SOURCE_RE = re.compile(rf"(?:作者|编辑|责任编辑|责编|字数)\s*[:：]|{_STAMP}")
_META_FIELD_RE = re.compile(_META_FIELD)
_CLOCK_RE = re.compile(r"\d{1,2}[:：]\d{2}")
_DAY_FIELD_RE = re.compile(r"(?:发布|发表|更新|发稿|上传|录入|刊发)(?:时间|日期)")
_ARTICLE_LINE = 80  # characters: an article page's tool or meta line is at most this long
_SHORT_TOOL = 4  # characters: a lone tool shorter than this (打印, 关闭) may be a word


def article_tools_line(text: str) -> bool:
    """``text`` (folded) is a row of an article page's tools (:data:`_TOOL`, the font-size
    switch): two tools or more, or one of :data:`_SHORT_TOOL` characters or more (``打印本页``,
    ``PDF版下载``, ``【打印】``; a lone ``打印`` may be a word). The page's, never a story's line."""
    t = text.strip()
    if len(t) > _ARTICLE_LINE or not _TOOLS_RE.match(t):
        return False
    return len(t) >= _SHORT_TOOL or " " in t


def article_meta_line(text: str) -> bool:
    """``text`` (folded) is an article page's meta line: its time stamp or its count of readers
    (:data:`_META_FIELD`: ``发布时间：2025-06-14 08:00:00``, ``浏览次数：1234``), maybe with its
    other fields and tools beside it (``来源：东林日报``, ``【字体：大 中 小】``); or the source's
    field beside the author's or the day put up, in any order (``2015-06-12  来源：岚城晚报``,
    ``作者：赵敏  来源：岚城晚报``: :func:`_bare_meta_line`). A field alone
    that a story may print (``作者：王刚``, ``时间：6月14日``) is none, and so is a day alone with
    no clock time and nothing beside it (``发布日期：2025年6月14日``: a printed notice may end so).
    """
    t = text.strip()
    if len(t) > _ARTICLE_LINE:
        return False
    if _META_LINE_RE.match(t) is None:
        return _bare_meta_line(t)
    field = _META_FIELD_RE.search(t)
    if field is None and _bare_meta_line(t):
        return True
    if field is None:
        return False
    day_alone = field.group(0) == t.strip("【】[]［］ ") and _DAY_FIELD_RE.match(field.group(0))
    return not (day_alone and _CLOCK_RE.search(t) is None)


def _bare_meta_line(t: str) -> bool:
    """``t`` (stripped) is a site's meta line without a named time field: the source's field
    beside the author's, the editor's or the day put up (:data:`_BARE_META_LINE_RE`), in any
    order. (``来源：东林日报`` alone is a source line, ``作者：王刚`` alone a byline.)"""
    if "来源" not in t or _BARE_META_LINE_RE.match(t) is None:
        return False
    source = _SOURCE_FIELD_RE.search(t)
    rest = t[: source.start()] + " " + t[source.end() :] if source else t
    return source is not None and _BESIDE_SOURCE_RE.search(rest) is not None


def story_chrome(text: str) -> bool:
    """An app's counts, an article page's tools or meta line (:data:`APP_COUNTS_RE`,
    :func:`article_tools_line`, :func:`article_meta_line`): lines printed over or under one
    story, so never a line of the masthead zone at a page's top (the headline beside them stays
    the story's)."""
    folded = text.strip()
    return bool(
        APP_COUNTS_RE.match(folded)
        or (len(folded) <= _ARTICLE_LINE and (_TOOLS_RE.match(folded) or article_meta_line(folded)))
    )


# An e-paper reader's label over the list of the page's titles (本版文章：, 本版标题：, 本版目录：,
# 本版标题导航 over ·title links),
# alone on its line or with the titles after it on the same line, parted by gaps or bars
# (本版文章：唐人街夜市本周末开张　侨校举办母亲节游园会): the site's chrome, like its navigation.
_TITLE_LIST_LABEL_RE = re.compile(
    r"^(?:本版|本页|本期)(?:文章|标题|目录|稿件|新闻)(?:导航|列表)?\s*(?:[:：]\s*(?P<titles>\S.*))?[:：]?$"
)
_TITLE_GAP_RE = re.compile(r"\u3000+|\s{2,}|\t|\s*[|｜]\s*")
_LISTED_TITLE = 40  # characters: a listed title is at most this long
_TITLE_LIST_LINES = 40  # lines: a page lists at most this many titles


def title_list_end(lines: list[str], number: int) -> int:
    """The last line (1-based) of the list of the page's titles an e-paper reader prints under
    its label on line ``number`` of ``lines`` (``本版文章：`` then one title a line: the site's
    chrome, never a story's deck), or 0 when line ``number`` is no such label
    (:data:`_TITLE_LIST_LABEL_RE`). The list runs down to a blank line, a line longer than
    :data:`_LISTED_TITLE` characters or ending with a full stop (a title may ask or exclaim:
    ``雇员试用期内可以随时解约吗？``), or a line repeating a listed title
    (the first story's headline, on a page without blank lines); at most
    :data:`_TITLE_LIST_LINES` lines. A title right over a story's text, no blank line between
    (``华人商会换届`` / ``【本报讯】南洲华人商会…``), is that story's headline, not the list's.
    A label with the titles after it on its line (:func:`_titles_on_label`) is the list alone."""
    label = _TITLE_LIST_LABEL_RE.match(lines[number - 1].strip())
    if label is None:
        return 0
    if label.group("titles"):
        return number if _titles_on_label(label.group("titles")) else 0
    listed: set[str] = set()
    end = number
    for raw in lines[number : number + _TITLE_LIST_LINES]:
        title = raw.strip()
        if not title or title in listed:
            break
        if len(title) > _LISTED_TITLE or title[-1:] == "。":
            return end - 1 if end > number else end  # (the last title: this text's headline)
        listed.add(title)
        end += 1
    return end


def _titles_on_label(titles: str) -> bool:
    """Whether ``titles`` (what follows the list's label and colon on its line) is titles:
    each piece between gaps or bars (:data:`_TITLE_GAP_RE`) at most :data:`_LISTED_TITLE`
    characters, ending no sentence."""
    return all(
        0 < len(piece) <= _LISTED_TITLE and piece[-1] != "。"
        for piece in _TITLE_GAP_RE.split(titles.strip())
    )


def epaper_name(text: str) -> bool:
    """The paper's e-paper or website name (:data:`~articles.parsing.patterns.EPAPER_NAME_RE`:
    人民日报电子报), looked for only on a line holding 报 or 讯 (every such name holds one)."""
    return ("报" in text or "讯" in text) and EPAPER_NAME_RE.match(text) is not None


_EPAPER_MASTHEAD = 20  # characters: a paper's e-paper name alone on its line


def epaper_masthead(printed: str, text: str, meta: dict, top: bool) -> str | None:
    """``"masthead"`` when, at the top of a page, ``text`` (``printed`` folded) is only the
    paper's e-paper name (``东湖晚报电子版``, ``某某日报数字报``: :func:`epaper_name`, nothing after
    it): the paper's name is recorded in ``meta`` as printed (the importer takes the edition
    word off, :func:`articles.importing.pagefacts.printed_paper_name`), as a plain name
    (``东湖晚报``) or one with its edition (``南洲侨报电子版``) is; else None, ``meta`` unchanged."""
    if not top or len(text) > _EPAPER_MASTHEAD or not epaper_name(text):
        return None
    if EPAPER_NAME_RE.match(text).end() != len(text.rstrip()):
        return None  # (东湾日报网上版 新闻资讯 广告尽在其中: the site's slogan, no masthead)
    meta.setdefault("paper", SPACE_RUN_RE.sub("", printed.strip()))
    return "masthead"
