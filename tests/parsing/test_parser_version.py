"""``PARSER_VERSION`` moves whenever the parser's output does.

An import skips a page whose stored checksum and parser version are the file's and the parser's
(``articles/importing/unchanged.py``), so a parser whose rules changed under the same version
never reaches the pages imported before it: importing their files again says 未变 and parses
nothing. ``tests/parsing/data/parser_output.json`` keeps a digest of the parser's output for
each page text under ``tests/data`` (the fidelity editions and their holdouts, the repro, jump
and cross-page pages: about 730 pages, a few seconds) with the version they were recorded
under. When a recorded page's output changes and the version did not, the test fails and says
what to do. A page added to ``tests/data`` later is not in the record and changes nothing.

The digests are computed in a fresh interpreter: the parser reads jieba's dictionary, which an
import in the same process teaches the names it meets (``search.text.add_word``), so the
output must not depend on which tests ran before.

To record the digests and the version after bumping it: ``python -m
tests.parsing.test_parser_version``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

from articles.parsing import PARSER_VERSION, ParseError, parse_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "data"
RECORD = Path(__file__).resolve().parent / "data" / "parser_output.json"


def output_digests() -> dict[str, str]:
    """Each ``.txt`` under ``tests/data`` (its path there) with the first 16 hex digits of the
    SHA-256 of the parser's output for it: every field of its
    :class:`~articles.parsing.ParsedPage` as JSON but ``parser_version``, or a refusal's
    message."""
    digests = {}
    for path in sorted(PAGES.rglob("*.txt")):
        try:
            fields = dataclasses.asdict(parse_page(path.read_bytes()))
            fields.pop("parser_version")
        except ParseError as exc:
            fields = {"refused": str(exc)}
        text = json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str)
        digests[path.relative_to(PAGES).as_posix()] = hashlib.sha256(text.encode()).hexdigest()[:16]
    return digests


def _fresh_digests() -> dict[str, str]:
    code = "import json; from tests.parsing.test_parser_version import output_digests as d; "
    code += "print(json.dumps(d()))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_the_parser_version_is_bumped_whenever_the_parsers_output_changes():
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    digests = _fresh_digests()
    changed = sorted(
        page for page, digest in record["pages"].items() if digests.get(page, digest) != digest
    )
    if changed:
        pages = f"{len(changed)} of {len(record['pages'])} pages, e.g. {', '.join(changed[:3])}"
        assert record["parser_version"] != PARSER_VERSION, (
            "the parser's output changed: bump PARSER_VERSION in articles/parsing/results.py "
            f"and record the new digest here ({pages}; record: python -m "
            "tests.parsing.test_parser_version)"
        )
    assert record["parser_version"] == PARSER_VERSION, (
        f"PARSER_VERSION is now {PARSER_VERSION}: record it and the parser's output here "
        "(python -m tests.parsing.test_parser_version)"
    )


if __name__ == "__main__":  # record the digests under the current PARSER_VERSION
    RECORD.write_text(
        json.dumps(
            {"parser_version": PARSER_VERSION, "pages": output_digests()},
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"recorded {RECORD.relative_to(ROOT)} for PARSER_VERSION {PARSER_VERSION}")
