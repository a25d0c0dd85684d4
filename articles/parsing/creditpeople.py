"""Who a picture's credit names (:func:`credit_photographers`): the photographers or the drawer
a credit line or a bracketed caption credit names, none when it credits an agency, an archive, a
source or a unit (INPUT.md, "Bylines, datelines, credits"). Split off
:mod:`~articles.parsing.pictures`, which reads the credits off the page.
"""

from __future__ import annotations

from articles.parsing.credits import (
    AGENCY_CREDIT_RE,
    AGENCY_TAG_RE,
    AGENCY_WHO_RE,
    ARTWORK_CREDIT_RE,
    CAPTION_CREDIT_RE,
    CREDIT_RE,
    DRAWN_CREDIT_RE,
    RELEASE_AFTER_RE,
)
from articles.parsing.latinnames import latin_name
from articles.parsing.names import names_only, parse_names
from articles.text import fold


def credit_photographers(credit: str) -> tuple[str, ...]:
    """The people a photo's credit line names (``本报记者 徐建中摄`` → (徐建中,)); none when it
    credits an agency (``（路透）``), an archive, a source or an organisation (:data:`AGENCY_CREDIT_RE`), and
    not the photographer's unit or title printed before the name (``摄影/某中心　赵一鸣`` →
    (赵一鸣,), ``影像/赵一鸣`` → (赵一鸣,)),
    nor the agency that sent the picture in brackets after the credit (``王强摄（新华社发）`` →
    (王强,): :data:`RELEASE_AFTER_RE`); a drawing's credit in brackets names its drawer
    (``（钱　立　绘）`` → (钱立,)), none for a unit (``（工程技术组绘）``)."""
    release = RELEASE_AFTER_RE.search(fold(credit))
    if release is not None:
        credit = credit[: release.start()]
    folded = fold(credit)
    lettered_names = _names_in_letters(credit, folded)
    if lettered_names:
        return lettered_names  # (Zoë Müller/摄: a person, not an agency's letters, AAP, CFP)
    if AGENCY_CREDIT_RE.search(folded) or AGENCY_TAG_RE.fullmatch(folded.strip("（()） ")):
        return ()
    drawn = CAPTION_CREDIT_RE.fullmatch(folded.strip())
    if drawn is not None and drawn.group("drawn"):  # (（工程技术组绘）: a unit drew it, no one)
        return names_only(credit.strip()[slice(*drawn.span("drawn"))])
    artwork = ARTWORK_CREDIT_RE.match(folded.strip()) or DRAWN_CREDIT_RE.match(folded.strip())
    if (
        artwork is not None
    ):  # (胡　野　作, 朱　平　画: the artist's name, spaced out, then 作 or 画)
        return parse_names(credit.strip()[slice(*artwork.span("who"))])
    match = CREDIT_RE.match(folded) if len(credit) <= 40 else None
    if match is not None and match.group("who") and AGENCY_WHO_RE.fullmatch(match["who"].strip()):
        return ()  # (路透社/摄, Getty Images/摄: an agency's picture)
    if match is not None and (match.group("unit") or match.group("whoafter")):
        # (the names after the role: 影像/某某 names no 影像; 特约摄影 某某 no 特约)
        return parse_names(credit[slice(*match.span("whoafter"))], chinese=True)
    if match is not None and match.group("how"):  # 无人机航拍 某某 摄: how it was taken, no name
        return parse_names(credit[slice(*match.span("who"))])
    return parse_names(credit)


def _names_in_letters(credit: str, folded: str) -> tuple[str, ...]:
    """The names a credit opening with letters gives when each is a person's name in letters
    (``Zoë Müller/摄``, ``Tom Smith 摄``, ``J. Smith/摄``:
    :func:`~articles.parsing.latinnames.latin_name`) and
    nothing else in it credits an agency or a source (:data:`AGENCY_CREDIT_RE` but for its
    branch for a credit opening with letters, ``AAP``, ``CFP``); ``()`` otherwise."""
    if not folded.lstrip("（( ")[:1].isascii():
        return ()
    names = parse_names(credit)
    if not names or not all(latin_name(fold(name)) for name in names):
        return ()
    rest = folded
    for name in names:
        rest = rest.replace(fold(name), " " * len(name))
    return () if AGENCY_CREDIT_RE.search(rest) else names
