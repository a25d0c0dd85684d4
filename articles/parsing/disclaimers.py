"""A financial page's standing disclaimer (``本版文章仅供参考，不构成投资建议。``, ``股市有风险，
投资需谨慎``, ``据此操作，风险自担``), and a health page's (``本版文章仅供参考，具体诊疗请遵医嘱。``).

A securities paper prints the same line at the foot of every page of market news and advice.
It is the page's, not a story's: read as text it would become the last paragraph of the story
above it and hide that story's sign-off (``…股份。（本报记者 X 整理）``). INPUT.md ("Page
furniture"): lines that belong to the page rather than a story are set aside. Only a short line
that says no more than that: what it covers (本版文章, 本版内容及数据, 以上信息…) is for
reference only or no investment advice, or that who acts on it bears the risk; a news sentence that
quotes such words (``分析师提醒，以上观点仅供参考…，记者了解到…``) is longer and says more.
A health page prints the same kind of line of its advice: the page's own text (本版文章, 本版内容)
is for reference only, and the reader should see a doctor (遵医嘱, 就医, 咨询医生) or it replaces
no treatment.
"""

from __future__ import annotations

import re

# (folded) what the page says of its own text: 仅供参考 / 不构成(任何)投资建议 / 据此操作(，)风险
# 自担 / (股)市(场)有风险，投资(入市)需谨慎; up to four such clauses parted by commas, each
# with up to twelve characters before it naming what it covers (本版文章, 以上内容及数据). The
# line names investing or its risk (投资, 风险): ``以上内容仅供参考`` alone is a story's note.
_CLAUSE = (
    r"[^，,。；;！!]{0,12}?(?:仅供参考|不构成[^，,。]{0,4}投资建议|据此操作[，,]?\s*风险自担"
    r"|风险自(?:担|负)|投资(?:入市)?需谨慎|入市需谨慎|有风险)"
)
_DISCLAIMER_RE = re.compile(
    rf"^[（(]?(?P<first>{_CLAUSE})(?P<more>(?:[，,；;]\s*(?:{_CLAUSE})){{0,3}})[。.！!]?[）)]?$"
)
# What the page calls its own text at a one-clause disclaimer's head (本版文章…, 以上内容…): a
# clause alone without it may be a piece of a sentence cut by the column (每一项投资都有风险).
_OWN_TEXT_RE = re.compile(r"^[（(]?(?:本版|本报|本刊|本栏|本文|本期|以上|上述)")
_LONGEST = 60  # characters: the disclaimer is one line


def investment_disclaimer(folded: str) -> str:
    """``"disclaimer"`` when the line ``folded`` (:func:`articles.text.fold`, stripped) is a
    financial page's standing disclaimer (:data:`_DISCLAIMER_RE`, at most :data:`_LONGEST`
    characters; two clauses or more, or one naming the page's own text: :data:`_OWN_TEXT_RE`):
    ``本版文章仅供参考，不构成投资建议，据此操作风险自担。``; else ``""`` (the shape
    of :func:`~articles.parsing.furniture.furniture_reason`'s answer)."""
    if len(folded) > _LONGEST or ("投资" not in folded and "风险" not in folded):
        return ""  # (an investment's disclaimer names investing or its risk)
    match = _DISCLAIMER_RE.match(folded)
    if match is None or not (match.group("more") or _OWN_TEXT_RE.match(folded)):
        return ""  # (one clause names the page's own text, or two clauses or more)
    return "disclaimer"


# (folded) a health page's disclaimer: the page's own text first (:data:`_OWN_TEXT_RE`), for
# reference only (仅供参考), then what the reader should do instead, in one or two clauses:
# 具体诊疗请遵医嘱, 如有不适请及时就医, 用药请咨询医生, 不能替代医生的诊断和治疗, 不作为诊断依据.
_MEDICAL_CLAUSE = (
    r"[^，,。；;]{0,10}?(?:遵医嘱|就医|就诊|咨询医生|咨询专业医生"
    r"|(?:不能|不可|无法)(?:代替|替代)[^，,。]{0,8}(?:诊断|诊疗|治疗)|不作为[^，,。]{0,4}(?:诊断|治疗)依据)"
)
_HEALTH_DISCLAIMER_RE = re.compile(
    rf"^[（(]?[^，,。]{{0,12}}?仅供参考(?:[，,；;]\s*{_MEDICAL_CLAUSE}){{1,2}}[。.！!]?[）)]?$"
)


def health_disclaimer(folded: str) -> str:
    """``"disclaimer"`` when the line ``folded`` (:func:`articles.text.fold`, stripped) is a health
    page's standing disclaimer (:data:`_HEALTH_DISCLAIMER_RE`, at most :data:`_LONGEST`
    characters, naming the page's own text first: :data:`_OWN_TEXT_RE`): ``本版文章仅供参考，具体
    诊疗请遵医嘱。``; else ``""``. A doctor's advice in a story names no page's text
    (``专家提醒，以上方法仅供参考…`` opens otherwise)."""
    if len(folded) > _LONGEST or not _OWN_TEXT_RE.match(folded):
        return ""
    return "disclaimer" if _HEALTH_DISCLAIMER_RE.match(folded) else ""
