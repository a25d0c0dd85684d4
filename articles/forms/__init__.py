"""Forms of the editors' desk: the body editor, page upload with preview, jump fixes, publishing.

The admin views stay thin: each form checks its input, says in Chinese what is wrong and how to
fix it, and calls the service that does the work (``articles.importing``,
``articles.continuations``, ``articles.publishing``). :mod:`~articles.forms.desk` holds the
forms for stories and issues, :mod:`~articles.forms.upload` the page upload; import them from
here.
"""

from articles.forms.desk import (
    BODY_HELP,
    CROSSHEAD_PREFIX,
    STALE_FORM_MESSAGE,
    TITLE_LINES_HELP,
    UNVERSIONED_FORM_MESSAGE,
    ArticleDeskForm,
    ArticlePartDeskForm,
    ArticlePartForm,
    BlocksField,
    BylineForm,
    ColumnExportForm,
    IssuePublishForm,
    IssueScheduleForm,
    JumpFixForm,
    LostUpdateGuard,
    PageReparseForm,
    PartChoiceField,
    PhotoCreditForm,
    PrintedTextForm,
    StoriesScheduleForm,
    TeaserForm,
    TitleLinesField,
    article_version,
    blocks_from_text,
    text_from_blocks,
)
from articles.forms.upload import MAX_UPLOAD_FILES, MultipleFileField, PageUploadForm

__all__ = [
    "BODY_HELP",
    "CROSSHEAD_PREFIX",
    "MAX_UPLOAD_FILES",
    "STALE_FORM_MESSAGE",
    "TITLE_LINES_HELP",
    "UNVERSIONED_FORM_MESSAGE",
    "ArticleDeskForm",
    "ArticlePartDeskForm",
    "ArticlePartForm",
    "BlocksField",
    "BylineForm",
    "ColumnExportForm",
    "IssuePublishForm",
    "IssueScheduleForm",
    "JumpFixForm",
    "LostUpdateGuard",
    "MultipleFileField",
    "PageReparseForm",
    "PageUploadForm",
    "PartChoiceField",
    "PhotoCreditForm",
    "PrintedTextForm",
    "StoriesScheduleForm",
    "TeaserForm",
    "TitleLinesField",
    "article_version",
    "blocks_from_text",
    "text_from_blocks",
]
