"""A brief closed by its writer's bare name in brackets (``…开放至九点。（赵敏）``) stays text,
whatever bullet opens it (●, ■, ◆): a bracketed name with no 摄 signs the words before it; a
picture's credit says who took it (INPUT.md, "Bylines, datelines, credits"). Boundary: after a
caption mark the same bracket with 摄 (``（林嘉文攝）``), or naming an agency (``（路透）``), or
after words pointing at the picture (``图为…（赵敏）``) still credits a photo. Invented places
and people."""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("mark", ["◆", "■"])
def test_one_bulleted_brief_signed_by_a_bare_name_stays_text(mark):
    parsed = parse(
        "青溪短讯",
        "",
        f"{mark}青溪镇文化站周末举办剪纸展，展出作品八十余件。（吕青）",
        "",
        f"{mark}青溪中学新建的塑胶跑道本月交付使用。（韩冬）",
    )
    assert parsed.photos == ()
    text = "\n".join(a.text for a in parsed.articles)
    assert "展出作品八十余件。" in text and "本月交付使用。" in text


def test_a_brief_cut_under_its_bulleted_head_keeps_its_text():
    parsed = parse(
        "■青溪镇文化站举办剪纸展",
        "周末起展出作品八十余件，免费参观。（吕青）",
        "",
        "■青溪中学跑道交付",
        "新建的塑胶跑道本月交付使用。（韩冬）",
    )
    assert parsed.photos == ()
    text = "\n".join(a.text for a in parsed.articles)
    assert "免费参观。" in text and "本月交付使用。" in text


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("■游客在剪纸展上驻足观看。（吕青攝）", ("吕青",)),
        ("■游客在剪纸展上驻足观看。（路透）", ()),
        ("图为游客在剪纸展上驻足观看。（吕青）", ("吕青",)),
    ],
)
def test_a_photographer_or_an_agency_after_a_caption_still_makes_a_photo(line, photographers):
    parsed = parse(
        "青溪剪纸展开幕",
        "本报讯（记者 韩冬）青溪镇文化站周末举办剪纸展。",
        "",
        line,
    )
    [photo] = parsed.photos
    assert photo.caption.endswith("游客在剪纸展上驻足观看。")
    assert photo.photographers == photographers
