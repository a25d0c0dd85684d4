"""Text helpers shared by the parser, the jump matcher and search: folding, jieba, word overlap.

A pure module (the standard library and jieba, no Django), so that the parser can use it. One
place for each rule that the three must agree on:

* **Folding** (:func:`fold`): a copy of the same length for pattern matching, so that offsets
  found in the copy cut the printed text; :func:`normalize_for_matching` goes further (NFKC, lower
  case) for comparing texts, where offsets no longer matter.
* **jieba** (:func:`get_jieba`): one jieba per process, initialised once; the search dictionary
  (:mod:`search.dictionary`) adds its words to this same one.
* **Word overlap** (:func:`content_words`, :func:`overlap`): how much of a title's words a text
  holds, which places a headline deck on its story and a continuation on its jump.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata

# The Han characters (CJK unified ideographs, extension A, compatibility ideographs), as the
# inside of a regular expression's character class.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: C0 and C1 control characters but tab, line feed and carriage return: nothing a page prints.
#: PostgreSQL refuses NUL (SQLite would store it), XML 1.0 and XLSX cannot hold the others; an
#: editor pastes them from Word (vertical tab, form feed) or an OCR dump (ESC).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# --------------------------------------------------------------------------------------------
# Folding (normalised copies only; the printed text is never changed)
# --------------------------------------------------------------------------------------------

_MATCH_TABLE = str.maketrans(
    {
        "轉": "转",
        "接": "接",
        "\u3000": " ",
        "（": "(",
        "）": ")",
        "【": "[",
        "】": "]",
        "：": ":",
    }
)


# Traditional forms that OCR of old pages and Hong Kong/Taiwan sources print, in the words the
# parser looks for (markers, datelines, roles, credits, furniture) and common surnames.
_TRADITIONAL = (
    "轉转報报訊讯記记電电華华攝摄們们會会這这導导編编責责聞闻國国員员際际發发圖图來来專专"
    "欄栏評评論论訪访讀读條条題题與与為为對对見见習习實实從从東东廣广門门開开關关區区縣县"
    "鄉乡鎮镇莊庄軍军協协黨党團团農农業业經经濟济價价時时間间長长頁页號号載载續续視视聽听"
    "網网週周曉晓陽阳張张陳陈劉刘趙赵黃黄吳吴鄭郑孫孙馬马鄧邓許许韓韩馮冯蕭萧錢钱盧卢葉叶"
    "蘇苏羅罗楊杨歐欧龍龙萬万葛葛蔣蒋沈沈韋韦範范衛卫閻阎賈贾譚谭鄒邹顧顾嚴严聶聂齊齐陸陆"
    "魯鲁賀贺湯汤龔龚廖廖喬乔錄录稱称說说歲岁氣气溫温雲云風风無无級级與与體体屆届"
)
_FOLD_TABLE = {ord(t): s for t, s in zip(_TRADITIONAL[::2], _TRADITIONAL[1::2], strict=True)}
_FOLD_TABLE.update({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})  # full-width ASCII
_FOLD_TABLE[0x3000] = " "


def fold(text: str) -> str:
    """A copy of ``text`` of the same length for pattern matching: full-width ASCII to
    half-width, ideographic space to space, common traditional characters to simplified.

    Being character for character, a match's offsets in the copy are offsets in the printed text,
    so what is kept is always sliced from the printed text.
    """
    return text.translate(_FOLD_TABLE)


def normalize_for_matching(text: str) -> str:
    """NFKC (full-width letters, digits and brackets to half-width), 轉 → 转, lower case."""
    return unicodedata.normalize("NFKC", fold(text)).translate(_MATCH_TABLE).lower()


# --------------------------------------------------------------------------------------------
# jieba
# --------------------------------------------------------------------------------------------

_jieba_lock = threading.Lock()
_jieba = None


def get_jieba():
    """jieba, initialised once (its dictionary load is the slow part)."""
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


# --------------------------------------------------------------------------------------------
# Word overlap
# --------------------------------------------------------------------------------------------

_STOPWORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "在",
        "是",
        "为",
        "对",
        "把",
        "被",
        "从",
        "向",
        "以",
        "等",
        "要",
        "将",
        "也",
        "就",
        "都",
        "而",
        "并",
        "或",
        "之",
        "其",
        "这",
        "那",
        "有",
        "个",
        "上",
        "下",
        "中",
        "年",
        "月",
        "日",
        "我们",
        "他们",
        "进行",
        "一个",
        "没有",
        "工作",
    ]
)
_WORD_CHAR_RE = re.compile(rf"[{HAN}A-Za-z0-9]")


def content_words(text: str) -> list[str]:
    """jieba words worth matching on: two or more characters, not stop words, not punctuation."""
    words = get_jieba().lcut(normalize_for_matching(text))
    return [w for w in words if len(w) >= 2 and w not in _STOPWORDS and _WORD_CHAR_RE.search(w)]


def overlap(words: list[str], text: str) -> float:
    """Share of the words' characters that occur in ``text`` (already normalised)."""
    total = sum(len(w) for w in words)
    if not total:
        return 0.0
    return sum(len(w) for w in words if w in text) / total
