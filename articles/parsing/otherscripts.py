"""Lines printed in a script other than the paper's own (INPUT.md, "Page furniture": mastheads):
a Chinese edition of an autonomous region's paper prints its name in Mongolian, Tibetan or
Uyghur script beside the Chinese one, and a language box its phrase of the day. Such a line
holds no Han character and none of the Latin letters an English name or a byline uses: it is
never a story's headline or text on a Chinese page.
"""

from __future__ import annotations

import re

from articles.text import HAN

# The scripts of China's minority languages printed beside Chinese: Mongolian (with its vowel
# separator), Tibetan, Arabic script (Uyghur, Kazakh), Yi, Tai Le and New
# Tai Lue (Dai), Cyrillic; as ranges of code points. (Not Hangul: a Korean-language page is read whole.)
_OTHER_LETTER = (
    "\u1800-\u18af"  # Mongolian
    "\u0f00-\u0fff"  # Tibetan
    "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"  # Arabic script
    "\ua000-\ua4cf"  # Yi
    "\u1950-\u19df"  # Tai Le, New Tai Lue
    "\u0400-\u04ff"  # Cyrillic (Mongolian and Kazakh as Mongolia and Kazakhstan print them;
    # a Harbin paper's name in Russian under its Chinese one)
)
# Letters of those scripts, with spaces, joiners and their punctuation between, and nothing else
# that is a letter: at least three of them.
_OTHER_SCRIPT_LINE_RE = re.compile(
    rf"^[\s\u200b-\u200f\u202f\u180e]*(?:[{_OTHER_LETTER}][\s\u200b-\u200f\u202f\u180e·.,:;!?()（）]*){{3,}}$"
)


def other_script_line(text: str) -> bool:
    """True when ``text`` (printed or folded) is a line in one of China's minority scripts
    alone (:data:`_OTHER_LETTER`: ``ᠲᠠᠯᠢᠩ ᠭᠣᠣᠯ``, a Tibetan or Uyghur name), no Han character, Latin
    letter or digit on it. Linear in the line."""
    return _OTHER_SCRIPT_LINE_RE.match(text) is not None


# A name in Han characters with the same name in another script in brackets after it: a column's
# name on an ethnic region's Chinese edition (生活窗（생활의 창）, 致富路上（치부의 길）); Hangul
# counts here, as a Korean-ethnic paper's Chinese edition prints it so.
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
_TRANSLATED_NAME_RE = re.compile(
    rf"^[{HAN}·]{{2,8}}[（(]\s*[{_OTHER_LETTER}{_HANGUL}](?:[\s\u200b-\u200f\u180e]*"
    rf"[{_OTHER_LETTER}{_HANGUL}])+\s*[）)]$"
)


def translated_name(text: str) -> bool:
    """True when ``text`` is a short name in Han characters (two to eight) followed by its
    translation in brackets in another script (Hangul or :data:`_OTHER_LETTER`), nothing else:
    ``生活窗（생활의 창）``, a column's name as an ethnic region's Chinese edition prints it over
    the column's title (INPUT.md, "Headlines": column names belong to the headline, as its
    kicker). Not a name in Latin letters (``苹果（Apple）`` may begin a headline). Linear."""
    return len(text) <= 40 and _TRANSLATED_NAME_RE.match(text.strip()) is not None


_BOX_LINES = 4  # lines a language box holds at most (its label, the phrase, its reading, gloss)
_BOX_LINE = 24  # characters of each of its lines at most


def language_box_end(lines: list[str], number: int) -> int | None:
    """The last line's number (1-based) of a language box opening a block on line ``number``
    (``每日一句`` / ``ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ`` / ``赛音拜奴（您好）``): a block of at most
    :data:`_BOX_LINES` short lines down to a blank line or the page's end, one of them in a
    minority script (:func:`other_script_line`), none a sentence. A Chinese page teaches the
    phrase of the day so; a story's text is Chinese sentences. ``None`` when the block is no
    such box. Looks at :data:`_BOX_LINES` + 1 lines at most."""
    end, other = number - 1, False
    while end < len(lines) and lines[end].strip():
        text = lines[end].strip()
        if (
            end - number + 1 >= _BOX_LINES
            or len(text) > _BOX_LINE
            or any(c in text for c in "。！？!?")
        ):
            return None
        other = other or other_script_line(text)
        end += 1
    return end if other else None
