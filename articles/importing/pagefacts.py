"""What a page file prints about itself, read when nothing else places it (no flag, manifest,
folder or file name says its paper, date or page): its stamp's date and page, its masthead's
paper. INPUT.md: the page's date and label are taken from its furniture when they say so."""

from __future__ import annotations

import functools
from pathlib import Path

from django.conf import settings

from articles import parsing


def printed_facts(file: Path) -> parsing.PageMetadata:
    """What the page in ``file`` prints about itself (:class:`articles.parsing.PageMetadata`: the
    date, label and paper its stamp, running head or masthead say). An empty one when the file
    cannot be read or parsed (its import then says what is wrong with it). Parsed once per
    version of the file (its size and modification time): the import parses it again."""
    try:
        stat = file.stat()
    except OSError:
        return parsing.PageMetadata()
    return _printed_version(file, (stat.st_size, stat.st_mtime_ns))


@functools.lru_cache(maxsize=64)
def _printed_version(file: Path, version: tuple[int, int]) -> parsing.PageMetadata:
    limit = settings.NEWSROOM_MAX_PAGE_BYTES
    try:
        with file.open("rb") as handle:
            data = handle.read(limit + 1)  # (a page over the limit is the import's to refuse)
        if len(data) > limit:
            return parsing.PageMetadata()
        return parsing.parse_page(data).metadata
    except (OSError, parsing.ParseError):
        return parsing.PageMetadata()


#: Words an e-paper prints after its paper's name in the masthead (``南洲侨报电子版``,
#: ``海西商报数字版``, ``南洲侨报 网络版``, ``人民日报电子报``): which edition the page is, not the
#: paper's name (README, "Importing pages": the edition words).
EDITION_WORDS = ("电子版", "数字版", "数字报", "网络版", "电子报")
#: Edition words that also end a paper's own name (``中国电子报``, a paper on electronics): an
#: edition word only after a paper's or periodical's name, one that ends in 报 or 刊
#: (``人民日报电子报`` → 人民日报).
_ALSO_A_NAME = frozenset({"电子报"})
_EDITION_APART = " \u3000·・|｜-—"  # (what may stand between the name and the word)


def printed_paper_name(printed: str) -> str:
    """The paper's name in ``printed``, the paper a masthead names
    (:attr:`articles.parsing.PageMetadata.paper`): without an e-paper's edition word after it
    (:data:`EDITION_WORDS`: ``南洲侨报电子版`` → 南洲侨报; ``电子报`` only after a name ending in 报
    or 刊, :data:`_ALSO_A_NAME`), so that a paper named from its masthead, and the warning that a
    masthead names another paper, give the paper's name; as printed when it ends in no such word
    or is nothing else (``电子版``). Raises nothing."""
    name = printed.strip()
    for word in EDITION_WORDS:
        if name.endswith(word):
            rest = name.removesuffix(word).rstrip(_EDITION_APART)
            if word in _ALSO_A_NAME and not rest.endswith(("报", "刊")):
                return name  # (中国电子报: the paper's own name)
            return rest or name
    return name
