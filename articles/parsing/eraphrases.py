"""The era or anniversary phrase a masthead's date line prints beside the date: one piece of a
page's header line (:func:`~articles.parsing.header_lines.header_line_reason`), never its
section's name nor a teaser's title.

Papers of the 1950s to 1970s dated themselves by the People's Republic as well as the calendar
(``中华人民共和国成立后第八年  一九五七年三月八日  星期五  第1版``, ``建国后第八年``, ``新中国成立第一年``),
and papers of any time print an anniversary there (``中华人民共和国成立七周年``, ``本报创刊五十周年``),
the era a year is counted in (``公元``, ``西元``, a Republic or Buddhist year alone beside the
date: ``中华民国三十八年``, ``佛历二五〇〇年``), or a lunar date (``农历丁酉年二月初七``, read by
:data:`~articles.parsing.header_patterns.HEADER_LUNAR_RE`; ``夏历``, ``阴历``, ``旧历`` name the
same calendar). INPUT.md, "Encoding and layout": mastheads carry dates, in other calendars too.

The phrase is matched on the folded line (traditional characters read as simplified:
``中華人民共和國成立後第八年``), as a whole piece of it (spaces or the line's ends around it), after
the date's own pieces are taken out (:data:`HEADER_ERA_RE` comes after the date in the header's
pieces), so a date glued to it (``…第八年一九五七年三月八日``) still leaves it whole. Pure, no Django.
"""

from __future__ import annotations

import re

from articles.text import HAN

# A count in Chinese numerals or figures: 八, 十二, 一百零五, 2500, 二五〇〇.
_COUNT = r"[〇零○◯一二两三四五六七八九十百千廿卅\d]{1,6}"
# Who or what the year is counted from, before the founding word (中华人民共和国, 新中国, 本报,
# 我校): any name of up to ten Han characters, or none (建国后第八年).
_NAME = rf"[{HAN}]{{0,10}}?"
# The founding words: 成立, 建国, 解放 (a city's), 建党, 创刊 (a paper's), 建校 …
_FOUNDED = r"(?:成立|建立|诞生|建国|开国|立国|解放|建党|建军|创刊|创办|建校|建市|建县|建区)"
HEADER_ERA_RE = re.compile(
    r"(?<!\S)(?:"
    # the year since the founding: 中华人民共和国成立后第八年, 建国后第八年, 新中国成立第一年
    rf"{_NAME}{_FOUNDED}(?:以)?后?第{_COUNT}年"
    # an anniversary: 中华人民共和国成立七周年, 建国十周年, 本报创刊五十周年纪念
    rf"|{_NAME}{_FOUNDED}{_COUNT}周年(?:纪念日?|大庆|华诞)?"
    # the era a year is counted in, alone (公元, 西元) or with the year alone beside the full date
    # (公元一九五七年, 中华民国三十八年, 民国46年, 佛历二五〇〇年)
    rf"|(?:公元|西元|西历)(?:\s*{_COUNT}\s*年)?"
    rf"|(?:中华民国|民国|佛历|黄帝纪元|孔子纪元)\s*{_COUNT}\s*年"
    r")(?!\S)"
)
# The words one of which every phrase of HEADER_ERA_RE holds (a line without any is not searched).
# (The phrase counts as one piece of a header, as a date does: 建国十周年  第1版 is a page's head.)
ERA_WORDS = ("年", "公元", "西元", "西历")
