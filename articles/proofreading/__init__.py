"""The proofreading aid (校对): what a proofreader should look at in a story, never a change.

A pure package (the standard library and jieba, no Django), like :mod:`articles.parsing`. Each
check takes printed text and returns :class:`Finding` dataclasses with offsets in characters
into that text; nothing here changes a text. The checks:

* paired marks that do not pair: （） “” ‘’ 《》 〈〉 【】 「」 『』, a full-width bracket closed by a
  half-width one (:mod:`~articles.proofreading.marks`);
* half-width ``,`` ``:`` ``;`` ``?`` ``!`` between Chinese characters; one number in full-width
  and half-width digits (:mod:`~articles.proofreading.marks`);
* a character doubled by a print join or OCR (摸清清楚, 小组组招商), told apart from
  reduplication (常常, 明明白白, 绿油油) with jieba's dictionary
  (:mod:`~articles.proofreading.doubled`);
* the desk's word list (敏感词 / 禁用词 / 规范用语), matched on the words search segments
  (:mod:`~articles.proofreading.wordlist`);
* a space inside a name, and the same reporter spelt two ways in one issue
  (:mod:`~articles.proofreading.names`).

Entry points: :func:`check_text` (one field), :func:`check_paragraphs` (a story's body),
:func:`check_byline_text`, :func:`name_variants` (an issue's names). Storing and showing the
findings is :mod:`articles.proofing` (the service) and the story admin.
"""

from articles.proofreading.checker import check_byline_text, check_paragraphs, check_text
from articles.proofreading.findings import KIND_LABELS, KINDS, Finding
from articles.proofreading.names import name_variants, variant_finding
from articles.proofreading.wordlist import WORD_KINDS, WordEntry, WordList

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "WORD_KINDS",
    "Finding",
    "WordEntry",
    "WordList",
    "check_byline_text",
    "check_paragraphs",
    "check_text",
    "name_variants",
    "variant_finding",
]
