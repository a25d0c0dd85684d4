"""A 更正 notice is looked at again as soon as the desk changes the stories it is read from or
names: after 合并 (a notice whose words the parser left in the next story), 拆开 (a notice the
parser glued to the story before it) and 采用版面文本 (the page's text taken for a story), not
only at the next import or save (``articles.correctionnotices.notices_find``)."""

from __future__ import annotations

import pytest

from articles.correctionnotices import notices_find
from articles.editing import hand_edit
from articles.importing.pagetake import page_text_offers, page_text_take
from articles.models import Article, ArticlePart, CorrectionNotice, NoticeState
from articles.storyjoin import story_merge
from articles.storysplit import story_split
from tests.correctionnotices.test_linking import A2, DAY, LATER, NOTICE, story
from tests.factories import import_text

pytestmark = pytest.mark.django_db

REFERENCE = (
    "本报12月3日A2版《快递进村打通“最后一公里”》一文中，“八十余个”应为“九十余个”。特此更正。"
)
GLUED = f"""A3  要闻

春运首日客流平稳

本报讯 昨日春运首日，全市客流平稳。

【更正】{REFERENCE}
"""


def blocks(*texts: str) -> list[dict]:
    return [{"kind": "paragraph", "text": text} for text in texts]


def test_a_notice_merged_with_its_words_is_linked_at_once():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    notice, other = story("更正", LATER), story("春运首日客流平稳", LATER)
    # as a parser would have cut it: the notice's words went to the story after it
    ArticlePart.objects.filter(article=notice).update(blocks=blocks("特作如下说明。"))
    ArticlePart.objects.filter(article=other).update(blocks=blocks(REFERENCE))
    notices_find(articles=[notice])
    assert CorrectionNotice.objects.get().state == NoticeState.UNREAD

    story_merge(later=other)

    row = CorrectionNotice.objects.get()
    assert (row.state, row.corrected) == (NoticeState.LINKED, story("快递进村打通“最后一公里”"))


def test_a_notice_split_off_the_story_it_was_glued_to_is_linked_at_once():
    import_text(A2, "A2", when=DAY)
    import_text(GLUED, "A3", when=LATER)
    glued = story("春运首日客流平稳", LATER)
    index = next(i for i, b in enumerate(glued.parts.get().blocks) if "【更正】" in b["text"])
    assert not CorrectionNotice.objects.exists()

    new = story_split(article=glued, index=index)

    row = CorrectionNotice.objects.get()
    assert row.notice == new
    assert (row.state, row.corrected) == (NoticeState.LINKED, story("快递进村打通“最后一公里”"))


def test_a_notice_given_its_page_text_again_is_linked_at_once(django_user_model):
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE.replace("A2版", "A5版"), "A3", when=LATER)  # printed wrong at first
    notice = story("更正", LATER)
    part = notice.parts.get()
    hand_edit([part, notice])  # an editor's small fix: the page's text no longer replaces it
    part.blocks = [
        {**b, "text": b["text"].replace("特此更正。", "特此更正！")} for b in part.blocks
    ]
    part.save()
    notice.save()
    import_text(NOTICE, "A3", when=LATER)  # the page's text corrected: A2, kept as a conflict
    assert CorrectionNotice.objects.get().state == NoticeState.PENDING
    [offer] = page_text_offers(Article.objects.get(pk=notice.pk))
    user = django_user_model.objects.create_superuser("chief", "c@example.com", "x")

    page_text_take(article_id=notice.pk, page_id=offer.page.pk, token=offer.token, user=user)

    row = CorrectionNotice.objects.get()
    assert (row.state, row.corrected) == (NoticeState.LINKED, story("快递进村打通“最后一公里”"))
