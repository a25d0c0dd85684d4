"""A short text that opens as a news story's lead does without a dateline (used by
:mod:`~articles.parsing.bodies` for a lone one-line headline over a short text): INPUT.md,
"Headlines": a one-line headline before a story that opens without a dateline is still a new
story. A story's lead names its source (``据岚城晚报报道，…``, ``记者从市交通局获悉，…``) or says
what happened when (``城东公交二十八路昨日开通``), and restates its headline's words; a
crosshead's short section goes on from the story before (``施工单位当晚发表声明``, ``有了好路，…``).
"""

from __future__ import annotations

import re

from articles.text import content_words, fold

# The lead's source: 据…报道/消息/介绍… is the story's attribution; 记者从…获悉, 记者…了解到.
_SOURCE_LEAD_RE = re.compile(
    r"^(?:据[^，。]{2,20}?(?:报道|报导|消息|通报|发布)[，,]"
    r"|(?:本报)?记者[^，。]{0,20}?(?:获悉|了解到|得知)[，,])"
)
# When it happened, in the lead's first clause: the news's own day (昨日, 3日, 12月2日, 日前),
# never one told from the story before (当晚, 次日, 此后).
_NEWS_DAY_RE = re.compile(
    r"昨[日天晚]|今[日天]|前天|日前|近日|连日|上周|本周|\d{1,2}月\d{1,2}日|(?<![\d月])\d{1,2}日"
)
_MARKS = "●■◆▲★☆○□◇△•"  # a bulleted label (■　手作市集) is a listing's item, no headline
_CLAUSE_RE = re.compile(r"[^，。；！？,;!?]+")


def news_lead(headline: str, text: str) -> bool:
    """True when ``text`` (the first paragraph under the one-line ``headline``) opens as a news
    story's lead: it names its source (:data:`_SOURCE_LEAD_RE`) or tells the news's day in its
    first clause (:data:`_NEWS_DAY_RE`), and its first sentence restates the headline's subject:
    a word of the headline (jieba, two characters or more), or its first two characters
    (``公交线`` → ``公交``), stands in it. A label opened by a bullet (``■　手作市集`` over
    ``5月13日上午10时，…``) is an item of the story's listing, never a lead's headline. Constant time but for the headline's words."""
    if headline.strip()[:1] in _MARKS:
        return False
    folded = fold(text[:120])
    source = _SOURCE_LEAD_RE.match(folded)
    rest = folded[source.end() :] if source else folded
    clause = _CLAUSE_RE.match(rest)
    if source is None and (clause is None or not _NEWS_DAY_RE.search(clause.group())):
        return False
    sentence = rest.split("。", 1)[0]
    return any(word[:2] in sentence for word in content_words(fold(headline)))


def story_worth(headline: str, paras: list, minimum: int) -> bool:
    """True when the paragraphs ``paras`` (units with ``size`` and ``text``) under the one-line
    ``headline`` are a story's worth: ``minimum`` characters or more, or fewer when the first
    opens as a news lead (:func:`news_lead`): a short text that does not is a crosshead's."""
    if sum(para.size for para in paras) >= minimum:
        return True
    return bool(paras) and news_lead(headline, paras[0].text)
