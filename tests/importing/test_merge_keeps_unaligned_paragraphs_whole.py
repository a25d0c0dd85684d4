"""A re-sent page whose paragraphs no longer line up with the story's (one inserted and one
cut, two swapped) merged into a story edited by hand: the stretch stays whole as the editor
has it, the page's stretch pending; nothing lost, nothing doubled (a reviewer, session 68:
paired by position, an edited paragraph was printed twice and two paragraphs lost)."""

from datetime import date

import pytest

from articles.editing import hand_edit
from articles.importing import PageInput, pages_import
from articles.importing.textmerge import merge_printed
from articles.models import Article
from articles.pendingtext import pending_texts

A = "本报讯（记者 何川）光华街改造方案昨天公布，施工期间将分段封闭十五天。"
B = "方案提出，老街将新建口袋公园两处，保留沿街的骑楼立面和老树。"
B2 = "方案提出，老街将新建口袋公园三处，保留沿街的骑楼立面和老树。"
C = "市民可通过市住建局网站查看方案全文，并在本月底前提出意见。"
X = "据悉，光华街始建于清代，是城区保存最完整的传统商业街之一。"


def printed(*texts: str) -> dict:
    return {"title_lines": [], "blocks": [{"kind": "p", "text": t} for t in texts]}


def blocks(merged) -> list[str]:
    return [b["text"] for b in merged.printed["blocks"]]


def test_an_insertion_and_a_cut_beside_an_edited_paragraph_stay_whole_and_pending():
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(A, X, B))
    assert blocks(merged) == [A, B2, C]
    assert merged.flowed == []
    assert merged.pending and all(B2 not in line for line in merged.pending)


def test_two_swapped_paragraphs_beside_an_edited_one_stay_whole_and_pending():
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(A, C, B))
    assert blocks(merged) == [A, B2, C]
    assert merged.flowed == []
    assert merged.pending


def test_a_paragraph_inserted_before_an_edited_one_is_pending_not_doubled():
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(A, X, B, C))
    assert blocks(merged) == [A, B2, C]
    assert merged.pending == ["新增第2段“据悉，光华街始建于清代，是城区保存最完整的传统…”"]


def test_an_edited_paragraph_the_page_removed_is_kept_and_its_removal_pending():
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(A, C))
    assert blocks(merged) == [A, B2, C]
    assert [line[:4] for line in merged.pending] == ["删去第2"]


def test_paragraphs_that_line_up_still_merge_one_by_one():
    a2 = A.replace("十五天", "二十天")
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(a2, B, C))
    assert blocks(merged) == [a2, B2, C]
    assert merged.pending == []
    c2 = C.replace("本月底", "下月初")
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(A, B, c2))
    assert blocks(merged) == [A, B2, c2]
    # (both changed in one chunk, lined up: the untouched one flows, the edited one waits)
    b3 = B.replace("老树", "古树")
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(A, b3, c2))
    assert blocks(merged) == [A, B2, c2]
    assert len(merged.flowed) == 1 and len(merged.pending) == 1


def test_a_paragraph_inserted_away_from_the_edit_still_flows_in():
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(A, B, C, X))
    assert blocks(merged) == [A, B2, C, X]
    assert merged.pending == []


PAGE = "光华街改造方案公布\n\n{}\n"


@pytest.mark.django_db
def test_a_resent_page_that_inserts_and_cuts_leaves_the_story_as_the_editor_saved_it():
    def run(*paragraphs: str):
        item = PageInput(
            paper_name="滇中晨报",
            paper_slug="dianzhong",
            issue_date=date(2026, 12, 2),
            label="A1",
            data=PAGE.format("\n\n".join(paragraphs)).encode("utf-8"),
            source_name="A1.txt",
        )
        [report] = list(pages_import([item]))
        return report

    run(A, B, C)
    article = Article.objects.get()
    hand_edit([article])
    part = article.parts.get()
    part.blocks = [{**b, "text": b["text"].replace("两处", "三处")} for b in part.blocks]
    part.save()
    article.save()
    run(A, X, B)
    article = Article.objects.get()
    assert [b["text"] for b in article.parts.get().blocks] == [A, B2, C]
    [pending] = pending_texts([article])
    assert any("据悉，光华街" in line for line in pending.changes)


def test_the_merged_base_is_the_pages_text_where_it_flowed_in_and_the_old_where_pending():
    a2, b3 = A.replace("十五天", "二十天"), B.replace("老树", "古树")
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(a2, b3, C))
    assert [b["text"] for b in merged.base["blocks"]] == [a2, B, C]
    merged = merge_printed(printed(A, B, C), printed(A, B2, C), printed(A, X, B))
    assert [b["text"] for b in merged.base["blocks"]] == [A, B, C]
