"""Forms of the editors' desk: the body editor, page upload with preview, jump fixes, publishing.

The admin views stay thin: each form checks its input, says in Chinese what is wrong and how to
fix it, and calls the service that does the work (``articles.importing``,
``articles.continuations``, ``articles.publishing``). :mod:`~articles.forms.desk` holds the
forms for stories and issues, :mod:`~articles.forms.guards` what every desk form checks before it
saves (printed text, lost updates), :mod:`~articles.forms.upload` the page upload,
:mod:`~articles.forms.publishing` publishing and re-parsing, :mod:`~articles.forms.people` a
person's; import them from
here.
"""

from articles.forms.desk import (
    BODY_HELP,
    CROSSHEAD_PREFIX,
    TITLE_LINES_HELP,
    ArticleDeskForm,
    ArticlePartDeskForm,
    ArticlePartForm,
    BlocksField,
    BylineForm,
    IssueDeskForm,
    PersonRowsFormSet,
    PhotoCreditForm,
    PhotoDeskForm,
    PublicationDeskForm,
    TeaserForm,
    TitleLinesField,
    blocks_from_text,
    text_from_blocks,
)
from articles.forms.guards import (
    STALE_FORM_MESSAGE,
    UNVERSIONED_FORM_MESSAGE,
    LostUpdateGuard,
    PrintedTextForm,
    RowVersionGuard,
    VersionGuard,
    article_version,
    rows_version,
    stale_form_message,
)
from articles.forms.jumps import JumpFixForm, PartChoiceField
from articles.forms.pageguard import PageDeskForm
from articles.forms.people import PersonDeskForm
from articles.forms.publishing import (
    ColumnExportForm,
    IssuePublishForm,
    IssueScheduleForm,
    PageReparseForm,
    SpreadsheetImportForm,
    StoriesScheduleForm,
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
    "IssueDeskForm",
    "IssuePublishForm",
    "IssueScheduleForm",
    "JumpFixForm",
    "LostUpdateGuard",
    "MultipleFileField",
    "PageDeskForm",
    "PageReparseForm",
    "PageUploadForm",
    "PartChoiceField",
    "PersonDeskForm",
    "PersonRowsFormSet",
    "PhotoCreditForm",
    "PhotoDeskForm",
    "PrintedTextForm",
    "PublicationDeskForm",
    "RowVersionGuard",
    "SpreadsheetImportForm",
    "StoriesScheduleForm",
    "TeaserForm",
    "TitleLinesField",
    "VersionGuard",
    "article_version",
    "blocks_from_text",
    "rows_version",
    "stale_form_message",
    "text_from_blocks",
]
