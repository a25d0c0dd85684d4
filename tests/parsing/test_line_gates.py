"""Line gates (articles.parsing.linegates) skip a family of rules only on lines none of its
patterns can match: the requirements read off a pattern are true ones, every pattern a gated
family's rules match with is in its gate, no stored line a family's pattern matches is shut
out, and the stored pages parse the same with the gates off and on."""

from __future__ import annotations

import dataclasses
import re
import types
from pathlib import Path

import pytest

from articles.parsing import closings, datelines, linegates, teaserrows, teasers, wechat
from articles.parsing.decoding import decode_page
from articles.parsing.hinted import Hinted
from articles.parsing.page import parse_decoded
from articles.parsing.results import ParseError
from articles.parsing.teasers import TeasersMixin
from articles.text import fold

PAGES = Path(__file__).resolve().parents[1] / "data"

# Each gate, the functions whose rules it guards, and the patterns those functions use only on
# what a gated pattern matched (tidying a match, not telling a line apart).
FAMILIES = {
    "datelines": (datelines._GATE, [datelines._dateline_at_start.__wrapped__], set()),
    "teasers": (
        teasers._TARGET_GATE,
        [
            TeasersMixin._teaser_line,
            TeasersMixin._one_line_teaser,
            TeasersMixin._pointed_row,
            teasers._emoji_bullet_target,
            teasers._arrow_target,
            teaserrows.trailing_target,
        ],
        {"HAN_RUN_RE"},  # (the title a target's match found must hold Han characters)
    ),
    "closings": (
        closings._CLOSING_GATE,
        [
            closings.closes_story,
            closings.uncredited_close,
            closings.office_signature,
            closings.editor_line,
            closings.pen_credit,
            closings.pictures_credit,
            closings.closing_credit,
            closings._unit_writer,
        ],
        {"_SOURCE_WORD_RE", "SPACE_RUN_RE"},  # (read inside a match: the source's word, a pen name)
    ),
    "wechat": (wechat._CHROME_GATE, [wechat.wechat_chrome], {"_EMOJI_RUN_RE"}),  # (_bare's)
}


def _patterns_used(function) -> dict[str, re.Pattern]:
    """The module-level patterns (and hinted patterns) ``function``'s code names, by name."""
    names: set[str] = set()
    codes = [function.__code__]
    while codes:
        code = codes.pop()
        names.update(code.co_names)
        codes.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
    found = {}
    for name in names:
        value = function.__globals__.get(name)
        if isinstance(value, Hinted):
            value = value.pattern
        if isinstance(value, re.Pattern):
            found[name] = value
        elif isinstance(value, tuple) and value and all(isinstance(v, re.Pattern) for v in value):
            found.update({f"{name}[{i}]": v for i, v in enumerate(value)})
    return found


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_pattern_a_gated_family_matches_with_is_in_its_gate(family):
    gate, functions, after_match = FAMILIES[family]
    for function in functions:
        for name, pattern in _patterns_used(function).items():
            if name in after_match:
                continue
            assert pattern in gate.patterns, (
                f"{function.__qualname__} matches with {name}, which its line gate does not "
                f"know: add it to the gate ({family}), or the gate may skip a line it matches"
            )


def test_requirements_are_read_off_the_pattern():
    assert set(linegates.requirements(re.compile("本报讯"))) == set(map(frozenset, "本报讯"))
    (either,) = linegates.requirements(re.compile("(?:专电|讯)$"))  # 讯, or 专电's 专 or 电
    assert either in (frozenset("专讯"), frozenset("电讯"))
    assert linegates.requirements(re.compile(r"^\d+(?=版)")) == (frozenset("版"),)
    assert linegates.requirements(re.compile("第?[0-9]")) == (frozenset("0123456789"),)


@pytest.mark.parametrize(
    "pattern",
    [r"\S+", r"[^。]{2,}", r"(?:记者)?.*", r"[A-Za-z]*", r"(?<=版)\d", "(?!记者).", "(?i:é)"],
)
def test_a_pattern_that_needs_no_particular_character_requires_nothing(pattern):
    assert linegates.requirements(re.compile(pattern)) == ()


def test_a_pattern_ignoring_case_requires_each_case_of_its_letters():
    needed = linegates.requirements(re.compile(r"^\W*END\W*$", re.IGNORECASE))
    assert frozenset("Ee") in needed
    assert frozenset("kK\u212a") in linegates.requirements(re.compile("k", re.IGNORECASE))


def test_the_case_mates_of_each_ascii_letter_are_what_re_matches_ignoring_case():
    # (a character re matches with an ASCII letter ignoring case has that letter in its upper or
    # lower case: İ, ı, ſ, the Kelvin sign; only those are tried)
    near = [
        character
        for character in map(chr, range(0x110000))
        if any(c.isascii() and c.isalpha() for c in character.lower() + character.upper())
    ]
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        mates = {character for character in near if pattern.fullmatch(character)}
        assert linegates._case_mates(letter) == mates, letter


def test_a_gate_opens_on_what_folds_to_its_characters():
    gate = linegates.Gate(re.compile("(?:专电|讯)$"))
    assert gate.open(fold("岚城日报訊")) is not None  # 訊 folds to 讯
    assert gate.open(fold("全市安全生产工作会议召开")) is None


def test_a_gate_opens_on_a_printed_text_whose_fold_it_opens_on():
    gate = linegates.Gate(re.compile("(?:专电|讯)$"))
    assert gate.open_printed("岚城日报訊") is not None  # 訊 folds to 讯
    assert gate.open_printed("全市安全生产工作会议召开") is None
    for line in _stored_lines()[:3000]:
        if datelines._GATE.open(fold(line)) is not None:
            assert datelines._GATE.open_printed(line) is not None, line


def _stored_lines() -> list[str]:
    lines = []
    for path in sorted(PAGES.rglob("*.txt")):
        try:
            text, _ = decode_page(path.read_bytes())
        except ParseError:
            continue
        lines.extend(line.strip() for line in text.splitlines() if line.strip())
    return lines


def test_no_stored_line_a_gated_pattern_matches_is_shut_out():
    lines = _stored_lines()
    assert len(lines) > 10_000
    for family, (gate, _, _) in FAMILIES.items():
        for line in lines:
            folded = fold(line)
            if gate.open(folded) is not None:
                continue
            for pattern in gate.patterns:
                assert not (pattern.search(folded) or pattern.search(line)), (family, line)


def _parsed(paths: list[Path]) -> list[dict]:
    pages = []
    for path in paths:
        text, encoding = decode_page(path.read_bytes())
        pages.append(dataclasses.asdict(parse_decoded(text, encoding)))
    return pages


def test_the_stored_pages_parse_the_same_with_the_gates_off():
    paths = sorted(PAGES.rglob("*.txt"))[::8]  # (about a hundred pages of every set)
    gated = _parsed(paths)
    linegates.gates_off()
    try:
        ungated = _parsed(paths)
    finally:
        linegates.gates_off(False)
    assert [p for p, a, b in zip(paths, gated, ungated, strict=True) if a != b] == []
