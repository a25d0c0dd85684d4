"""Printed 更正 notices linked to the stories they correct: reading a notice
(:mod:`~articles.correctionnotices.reading`, pure), finding and keeping the link
(:mod:`~articles.correctionnotices.linking`, a service) and what readers see of it
(:mod:`~articles.correctionnotices.shown`)."""

from articles.correctionnotices.linking import NoticesFound, notice_decide, notices_find
from articles.correctionnotices.shown import NoticeLinks, kept_notice_links, notice_links

__all__ = [
    "NoticeLinks",
    "NoticesFound",
    "kept_notice_links",
    "notice_decide",
    "notice_links",
    "notices_find",
]
