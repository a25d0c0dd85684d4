"""Who signs a notice gives notice; they did not report it (INPUT.md, "Bylines, datelines,
credits": a byline names a story's reporters). A notice (``尋人啟事``, ``遗失声明``, an office's
``义工招募``) is signed at its end by the person or body giving it (``道外北三道街二十號　王德全
謹啟``, ``某某寺客堂``, ``某某省教育考试院``): its signature is kept as printed (the story's byline
or last lines), but names no reporter. A letter's writer (``讀者　周□生　謹上`` under ``來函照登``)
still is its story's author. Pure, no Django.
"""

from __future__ import annotations

from articles.parsing.notices import notice_title
from articles.parsing.signatures import signer_line
from articles.parsing.units import Body


def without_signers(
    body: Body, byline: str, dateline: str, reporters: tuple[str, ...]
) -> tuple[str, ...]:
    """``reporters`` of the story ``body`` (its ``byline`` and ``dateline`` as read), or ``()``
    when no dateline opens it and they are only its notice's signers: the story is headed by a
    notice's title (:func:`~articles.parsing.notices.notice_title`: ``尋人啟事``), or its byline
    is an issuing body's name (:func:`~articles.parsing.signatures.signer_line`: ``某某寺客堂``,
    ``某某市交通运输局``), no person's."""
    if not reporters or dateline:
        return reporters
    if signer_line(byline, True):
        return ()
    title = [line for block in body.deck for line in block]
    return () if title and notice_title(title[-1]) else reporters
