"""Names a Chinese byline or credit prints otherwise than in Han characters (INPUT.md, "Bylines,
datelines, credits"): a name in Latin letters (``（记者 Zoë Müller）``, ``文/Tom Smith``,
``Zoë Müller/摄``), a name mixing letters and Han characters joined by a middle dot
(``本报记者 Zoë·马丁``), and a Han name whose PDF text layer gave a Kangxi radical for one of its
ideographs (``记者 王⼆明``, ⼆ U+2F06 for 二).

The radical is read as the ideograph it stands for (:func:`names_read`, Unicode's own mapping,
:data:`articles.text.RADICAL_IDEOGRAPHS`, as search folds it and as ``Person.name`` is
canonical); the byline stays as printed, the name read is the ideograph's.

A name in letters keeps its inner spaces: two to four words, each capitalised (a lower-case
particle, ``van``, ``de``, may stand between them; an initial ``J.`` too), no word an
agency's, an organisation's or an English function word (:data:`_NOT_NAME_WORDS`: ``Reuters``,
``Getty Images``, ``By``); a word in capitals alone (``AP``, ``AFP``) is no name, but a surname
in capitals beside capitalised words is (``本报记者 LI Ming``, pinyin's way of marking it). Several names
part at 、，, or at a Han name between them, never at the space inside a name in letters. Only
a Chinese byline's: one holding a Han character (the role word, 文/, /摄, another name) or an
author's mark (``□ Tom Smith``); an English story's ``By …`` line is
:mod:`~articles.parsing.englishbylines`'. Pure; constant time per name.
"""

from __future__ import annotations

import re

from articles.text import HAN, RADICAL_IDEOGRAPHS

# A letter of a name in letters: Latin, with accents (Latin-1 and Latin Extended-A/B), and the
# accents typed apart (combining marks: Zoe + U+0308).
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f"
#: The characters of a name in a byline's or credit's pattern (inside a character class): Han,
#: the middle dot, letters with their accents, apostrophes, hyphens, an initial's full stop.
IN_NAME = rf"{HAN}·{_LETTER}'’.\-"
#: A name in letters in a credit's or byline's pattern (folded): two to four words, the first
#: capitalised or initials (``J. Smith``, ``J.R.R. Tolkien``; checked word by word by
#: :func:`letter_name`, or :func:`~articles.parsing.latinnames.western_name`, when the names
#: are read).
LETTER_NAME = rf"[A-Z\u00c0-\u00de](?:[{_LETTER}'’\-]*|\.(?:[A-Z]\.)*)(?: [{_LETTER}][{_LETTER}'’.\-]*){{1,3}}"
#: A transliterated name whose pieces a middle dot parts (folded: • and ・ are ·), as Uyghur,
#: Kazakh and foreign names are printed in Han characters (``艾尔肯·吐尔逊``, ``阿不都热依木·沙比尔``,
#: ``埃里克·施密特``): longer than a Han name's two to five characters, a name by its dots.
DOTTED_NAME = rf"[{HAN}]{{1,6}}(?:·[{HAN}]{{1,8}}){{1,2}}"
DOTTED_NAME_RE = re.compile(DOTTED_NAME)
#: A run of words in letters parted by single spaces (folded: a full-width space is a space),
#: each may hold an apostrophe or a hyphen (O'Brien, Jean-Paul) or end an initial (J.).
LETTER_RUN_RE = re.compile(rf"[{_LETTER}][{_LETTER}'’.\-]*(?: [{_LETTER}][{_LETTER}'’.\-]*)*")
_WORD_RE = re.compile(rf"[{_LETTER}]+(?:['’\-][{_LETTER}]+)*")
_INITIAL_RE = re.compile(r"[A-Z]\.")


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, parted by spaces (a table written as one string)."""
    return frozenset(text.split())


_PARTICLES = _words("van von der den de del della di da dos du la le bin al el ibn")
#: Words that make a run of capitalised words no person's name: agencies and picture libraries
#: (``Reuters``, ``Associated Press``, ``Getty Images``), organisations, an English byline's or
#: credit's words (``By``, ``Photo``, ``Staff``), English function words opening a title.
_NOT_NAME_WORDS = _words(
    "By The A An And Of For From In On At To With Photo Photos Photograph Photography Text "
    "Reporter Reporters Staff Writer Writers Correspondent Editor Courtesy Press News Agency "
    "Reuters Xinhua Getty Images Daily Times Post Network Media Group Studio Service Wire Visual "
    "China Pool Associated France Presse Bloomberg Corbis Alamy Shutterstock Newsroom Online "
    "Magazine Journal Herald Tribune Television Radio Channel Company University College "
    # an organisation's word after its initials (``图/U.S. Navy``: no photographer's name)
    "Army Navy Marines Force Forces Police Department Ministry Office Government Council Bureau "
    "Embassy Museum Library Foundation Institute Team Club Association Society Hospital School "
    # A web page's words, pasted with its text (``记者 Read More``; INPUT.md's web navigation)
    "More Click Here Home Next Previous Share Subscribe Download Login Logout Contact About "
    "Menu Search Privacy Policy Terms Copyright Reserved Annual Report Breaking Comments Video"
)
#: Initials in capitals that are an agency, a broadcaster or an organisation, never a surname
#: printed in capitals (``LI Ming``): ``AP Photo``, ``CCTV News``.
_NOT_NAME_CAPITALS = _words(
    "AP AFP UPI EPA DPA ANSA KYODO TASS ITAR CNS CNA BBC CNN CCTV CGTN NHK ABC CBS NBC RTHK TVB "
    "NASA UN USA UK EU PRC HK SAR IMF WHO PDF HTML URL ID CEO VIP"
)
_CAPITALS_RE = re.compile("[A-Z]{2,8}")
_LETTER_NAME_LENGTH = 40  # characters: a name in letters, spaces included
_DOTS = "·•・‧"
_DOTTED_RE = re.compile(rf"[{_DOTS}]")
_HAN_PIECE_RE = re.compile(rf"[{HAN}]{{1,8}}")
# A Han character, or an author's mark as Chinese papers print it before a name (□ Tom Smith).
_CHINESE_RE = re.compile(rf"[{HAN}□■◎●○◇◆☆★▲△]")
_RADICAL_RE = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5]")


def names_read(text: str) -> str:
    """``text`` (a byline, a credit) as its names are read: a Kangxi radical or a radical of the
    supplement that stands for an ideograph (``⼆`` U+2F06) is that ideograph (``二``); the
    same length, each character where it was, so offsets found in it cut the printed text.
    ``text`` itself when it holds none."""
    if _RADICAL_RE.search(text) is None:
        return text
    return text.translate(RADICAL_IDEOGRAPHS)


def _capitalised(word: str) -> bool:
    """A name's word in letters: a capital, then a lower-case letter somewhere (``Zoë``,
    ``McDonald``, ``O'Brien``), not an agency's or a function word; not capitals alone (AP)."""
    return (
        _WORD_RE.fullmatch(word) is not None
        and word[0].isupper()
        and any(ch.islower() for ch in word)
        and word not in _NOT_NAME_WORDS
    )


def _surname_in_capitals(words: list[str]) -> list[str]:
    """``words`` with a surname printed in capitals (``LI Ming``, ``Ming LI``, ``OUYANG Xiu``:
    the way Chinese names are written in letters to mark the surname) made capitalised, when it
    is the first or the last word, two to eight letters, not an agency's or an organisation's
    initials (:data:`_NOT_NAME_CAPITALS`) and every other word capitalised (:func:`_capitalised`):
    ``AP Photo``, ``CCTV News`` and ``AFP`` stay no name."""
    for at in (0, len(words) - 1):
        word = words[at]
        others = words[:at] + words[at + 1 :]
        if (
            _CAPITALS_RE.fullmatch(word)
            and word not in _NOT_NAME_CAPITALS
            and all(_capitalised(other) for other in others)
        ):
            return [*others[:at], word.capitalize(), *others[at:]]
    return words


def letter_name(text: str) -> bool:
    """``text`` (folded: spaces single, ASCII letters half-width) is one person's name in letters:
    two to four words parted by single spaces, the first and last capitalised
    (:func:`_capitalised`; one of them may be a surname in capitals, :func:`_surname_in_capitals`),
    the ones between capitalised, an initial (``J.``) or a particle (``van``); at most
    :data:`_LETTER_NAME_LENGTH` characters. ``Tom Smith``, ``Zoë Müller``, ``LI Ming``,
    ``Ludwig van Beethoven``; not ``Reuters``, ``AP``, ``By Tom Smith``, ``Getty Images``."""
    if len(text) > _LETTER_NAME_LENGTH:
        return False
    words = text.split(" ")
    if not 2 <= len(words) <= 4:
        return False
    words = _surname_in_capitals(words)
    if not (_capitalised(words[0]) and _capitalised(words[-1])):
        return False
    return all(
        _capitalised(word) or _INITIAL_RE.fullmatch(word) or word in _PARTICLES
        for word in words[1:-1]
    )


def mixed_dotted_name(text: str) -> bool:
    """``text`` (folded) is a name whose pieces a middle dot joins, one of them at least in
    letters (``Zoë·马丁``, ``Jean·Paul``): each piece a capitalised word (:func:`_capitalised`)
    or one to eight Han characters; at most :data:`_LETTER_NAME_LENGTH` characters. A Han
    name's dotted pieces alone (``阿依古丽·买买提``) are :mod:`~articles.parsing.names`'."""
    if len(text) > _LETTER_NAME_LENGTH or _DOTTED_RE.search(text) is None:
        return False
    pieces = _DOTTED_RE.split(text)
    lettered = [piece for piece in pieces if _HAN_PIECE_RE.fullmatch(piece) is None]
    return bool(lettered) and all(_capitalised(piece) for piece in lettered)


def lettered(text: str) -> bool:
    """``text`` (folded) is a name in letters or one mixing letters with Han pieces by a dot."""
    return letter_name(text) or mixed_dotted_name(text)


def letter_names_joined(masked: str, folded: str, chinese: bool = False) -> str:
    """``masked`` (a byline with its roles blanked, the length of ``folded``, its folded copy)
    with the spaces inside each name in letters (:func:`letter_name`) made part of the name
    (a ``\\x01`` in their place), so that a name like ``Zoë Müller`` is one of the pieces the
    names are cut at. Unchanged when the byline holds no Han character outside its letters'
    runs (an English line, ``By Tom Smith``, is no Chinese byline) or no name in letters;
    ``chinese``: the caller knows the text is a Chinese credit's (``Zoë Müller`` before ``/摄``)."""
    if not chinese and _CHINESE_RE.search(folded) is None:
        return masked
    pieces: list[str] = []
    at = 0
    for run in LETTER_RUN_RE.finditer(masked):
        if " " not in run.group() or not letter_name(run.group()) or _amid_figures(masked, run):
            continue
        pieces += [masked[at : run.start()], run.group().replace(" ", "\x01")]
        at = run.end()
    return "".join(pieces) + masked[at:] if pieces else masked


def _amid_figures(text: str, run: re.Match) -> bool:
    """Whether the run of words in letters ``run`` of ``text`` goes on from or into a figure
    (``2024 Annual Report``, ``Top 10``): a title's words, not a person's name."""
    before = text[: run.start()].rstrip(" ")
    after = text[run.end() :].lstrip(" ")
    return (before[-1:].isdigit()) or (after[:1].isdigit())


def chinese_context(folded: str) -> bool:
    """``folded`` (a byline) holds a Han character or an author's mark (``□ Tom Smith``): a
    Chinese byline, whose names in letters are read (:func:`letter_names_joined`)."""
    return _CHINESE_RE.search(folded) is not None
