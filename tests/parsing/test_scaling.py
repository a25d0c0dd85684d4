"""Parsing work grows with the page, not with the page squared (no timing: work is counted)."""

from articles.parsing import deck_split as parsing
from articles.parsing import parse_page

SENTENCE = "会议听取了全市重点工程推进情况汇报，研究部署下一阶段工作。"
HEADLINES = ["港口物流", "长江保护", "科技创新", "民生实事", "文明城市", "教育改革", "医疗服务"]


def story_then_titles(n: int) -> str:
    """A story printed without a headline, ``n`` short title lines, then a long story: the
    title lines are split between the two stories by their words."""
    body = SENTENCE * (60 * n)
    titles = "\n\n".join(f"{HEADLINES[i % 7]}第{i}期工作简报" for i in range(n))
    return f"{body}\n\n{titles}\n\n本报讯（记者朱文君）{body}"


def characters_matched(text: str, monkeypatch) -> int:
    scanned = []
    real = parsing.overlap

    def counted(words, body):
        scanned.append(len(words) * len(body))
        return real(words, body)

    monkeypatch.setattr(parsing, "overlap", counted)
    parse_page(text, max_bytes=64 * 1024 * 1024)
    monkeypatch.setattr(parsing, "overlap", real)
    assert scanned, "the title lines were not matched against the stories"
    return sum(scanned)


def test_matching_title_lines_to_long_stories_is_linear(monkeypatch):
    # Each title line's words were looked for in the whole of both stories: a run of title lines
    # between two long stories cost (lines × story length), and a 2 MB page took minutes.
    small = characters_matched(story_then_titles(100), monkeypatch)
    large = characters_matched(story_then_titles(200), monkeypatch)
    assert large <= 2.2 * small
