"""Template helpers for the public e-paper (``{% load epaper %}``)."""

import itertools
from datetime import date
from functools import lru_cache

from django import template
from django.template.base import token_kwargs
from django.template.loader_tags import BlockNode, ExtendsNode
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

from articles import addresses, mastheads, opengraph, public
from articles.dates import cn_day
from articles.language import paper_language
from articles.params import encode_segment
from articles.selectors.common import file_url, photo_credits

register = template.Library()


@register.simple_tag
def address(viewname, **kwargs):
    """``{% url %}`` for the links every page repeats (masthead, footer, calendar), each worked
    out once per process (:func:`articles.addresses.address`)."""
    return addresses.address(viewname, **kwargs)


@register.simple_tag
def section_url(publication, section):
    """The section page's URL, or "" when the section has no page (no name, or a slash in it)."""
    return public.section_url(publication, section)


@register.simple_tag
def person_url(who):
    return public.person_url(who)


@register.simple_tag
def tag_url(word):
    """The keyword page's URL (``/search/tag/<word>/``) with a safe segment, whatever the word
    (``..`` too: :func:`articles.params.encode_segment`)."""
    return reverse("search:tag", kwargs={"word": encode_segment(word)})


@register.filter
def json_ld(data):
    """Structured data for ``<script type="application/ld+json">``, escaped for a script element."""
    return mark_safe(public.json_for_script(data))


@register.filter
def page_name(page):
    return public.page_name(page)


@register.filter
def cn_date(day):
    """``2020年7月9日``."""
    return cn_day(day) if day else ""


WEEKDAYS = "一二三四五六日"


@register.filter
def cn_weekday(day):
    """``星期四``."""
    return f"星期{WEEKDAYS[day.weekday()]}" if day else ""


@register.simple_tag(takes_context=True)
def absolute(context, path):
    """``path`` as an absolute URL on the host the reader asked for."""
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None and path else path


@register.simple_tag(takes_context=True)
def page_language(context):
    """The page's ``<html lang>``: ``page_language`` when the view says it (a story: its own
    script, :func:`articles.language.story_language`), else the paper's (``publication``:
    :func:`articles.language.paper_language`), else ``zh-Hans``."""
    said = context.get("page_language")
    return said or paper_language(context.get("publication"))


@register.simple_tag(takes_context=True)
def open_graph(context):
    """The page's Open Graph and Twitter card tags (:mod:`articles.opengraph`): the view's
    ``og`` card, else one naming the page's paper (its section, its person) or the site."""
    paper = context.get("publication")
    card = context.get("og")
    if not card:
        title = paper.name if paper else public.SITE_NAME
        section, person = context.get("section"), context.get("person")
        if isinstance(section, str) and section:
            title = f"{section} · {title}"
        elif person is not None and getattr(person, "name", ""):
            title = f"{person.name} · {title}"
        named = title if title == public.SITE_NAME else f"{title} · {public.SITE_NAME}"
        card = {"title": title, "description": f"{named}：每期各版的版面与稿件"}
    return opengraph.card_tags(
        context.get("request"),
        card,
        url=context.get("canonical") or "",
        site_name=paper.name if paper else public.SITE_NAME,
        language=page_language(context),
    )


@register.simple_tag(takes_context=True)
def masthead_paper(context):
    """The paper a page's masthead and footer name: :func:`articles.mastheads.masthead_paper`."""
    return mastheads.masthead_paper(context)


@register.simple_tag(takes_context=True)
def site_papers(context) -> tuple[tuple[str, str], ...]:
    """The papers readers may see, as ``(name, slug)``: :func:`articles.mastheads.papers_for`
    the page's request."""
    return mastheads.papers_for(context.get("request"))


# --- {% remembered %} ----------------------------------------------------------------------

#: How many rendered fragments a process remembers before it starts again (a few KB each).
REMEMBERED_FRAGMENTS = 2_000
#: How many characters (fragments' HTML and the text in their keys: a story body's key holds its
#: text) a process remembers before it starts again: about 8 to 16 MB, whatever the fragments.
#: A key's text is counted as long as its fragment's (:func:`remember`).
REMEMBERED_CHARACTERS = 4_000_000
_PLAIN = (str, int, date, type(None), tuple)
_remembered: dict[tuple, str] = {}
_remembered_size = [0]  # characters held in _remembered (HTML and key text)
_node_numbers = itertools.count()
_LANGUAGE = object()  # the render context's key for the language read once a render


class RememberedNode(template.Node):
    # Its blocks are not walked by ``get_nodes_by_type``: a page extending ``base.html`` walks
    # the whole of base.html's nodes for its ``{% block %}``s on every render (Django's
    # ExtendsNode), and no block may be inside a remembered one (:func:`remembered`).
    child_nodelists = ()

    def __init__(self, nodelist, keys):
        self.nodelist = nodelist
        self.keys = keys
        self.number = next_number()

    def render(self, context):
        return remembered_text(
            self.number, context, self.keys, lambda: self.nodelist.render(context)
        )


def remembered_text(
    number: int, context, keys, render, extra: tuple = (), whole: bool = False
) -> str:
    """The text of the remembered block ``number`` (a number of its own for each compiled
    block, never reused) for the values of ``keys`` (compiled filter expressions) in
    ``context`` and ``extra`` (plain values the caller adds), the URLconf and script prefix
    and the language: the text remembered under them, else ``render()``, then remembered.
    :class:`~django.template.TemplateSyntaxError` for a value that is not plain (text,
    numbers, dates, tuples of them, None)."""
    values = tuple(key.resolve(context) for key in keys)
    for value in values:
        if not isinstance(value, _PLAIN):
            raise template.TemplateSyntaxError(
                f"{{% remembered %}} takes plain values (text, numbers, dates), not {value!r}"
            )
    # The language once a render (the page's render context; ≈ 2 µs a read of Django's
    # asgiref local, ten times a page): no public template switches it while it renders
    # (no ``{% language %}``: tests/public/test_fragments.py checks them).
    spoken = context.render_context.get(_LANGUAGE)
    if spoken is None:
        spoken = context.render_context[_LANGUAGE] = get_language()
    key = (number, addresses.mounted(), spoken, values, extra)
    return remember(key, render, whole)


#: Whole pages a process remembers (:func:`remember` with ``whole``), apart from the fragments,
#: so that pages (20–50 KB each) never push out the masthead and story blocks every page shares.
REMEMBERED_PAGES = 500
#: Bytes of whole pages (and characters of their keys) a process remembers before it starts
#: again: ≈ 16 MB a process at most.
REMEMBERED_PAGE_CHARACTERS = 16_000_000
_pages: dict[tuple, str | bytes] = {}
_pages_size = [0]


def forget_remembered() -> None:
    """Forget every fragment and whole page this process remembers (:func:`remember`). Nothing
    in the site needs it (a key names everything its text shows); a test that counts renders
    starts from it, so that what earlier tests left (a store near its budget, cleared halfway
    through the test) does not decide what it sees."""
    for store, held in ((_remembered, _remembered_size), (_pages, _pages_size)):
        store.clear()
        held[0] = 0


def remember(key: tuple, render, whole: bool = False):
    """What ``render()`` gave for ``key`` (hashable, never a key another caller makes: led by
    a number or an object of its own), remembered in the store and budget of every
    ``{% remembered %}`` fragment (counted with its key, taken as long as its text), or in that
    of whole pages (``whole``); ``render()`` the first time."""
    if whole:
        store, held, most, budget = (
            _pages,
            _pages_size,
            REMEMBERED_PAGES,
            REMEMBERED_PAGE_CHARACTERS,
        )
    else:
        store, held = _remembered, _remembered_size
        most, budget = REMEMBERED_FRAGMENTS, REMEMBERED_CHARACTERS
    html = store.get(key)
    if html is None:
        html = render()
        # The key's text counted as long as the text: a key names what its fragment shows,
        # and the fragment holds it (escaped; a lead shortened: a page's key by its data holds
        # its stories' first paragraphs, a few KB against ≈ 50 KB of page). Walking a key's
        # nested values to count them was a tenth of a page rendered again after an edit.
        # A page's frame (:func:`articles.templatetags.splicing.spliced_node`) is two texts.
        size = 2 * (sum(map(len, html)) if isinstance(html, tuple) else len(html))
        if len(store) >= most or held[0] + size > budget:
            store.clear()
            held[0] = 0
        store[key] = html
        held[0] += size
    return html


def recall(key: tuple, whole: bool = False):
    """What :func:`remember` holds for ``key`` (in the whole pages' store with ``whole``), or
    None: nothing rendered."""
    return (_pages if whole else _remembered).get(key)


def next_number() -> int:
    """A number for a compiled remembered block (:func:`remembered_text`), never reused in the
    process (an object's id() is, once a template compiled again has freed the old one)."""
    return next(_node_numbers)


@register.filter
def calendar_key(calendar) -> tuple:
    """What ``includes/calendar.html`` shows of a month calendar
    (:func:`articles.views.archive.month_calendar`), as plain values for ``{% remembered %}``:
    the paper, the month, the weekdays and each day (its date, whether it is in the month, the
    date of its issue, whether it is the current one)."""
    paper = calendar["publication"]
    return (
        paper.slug,
        paper.name,
        calendar["year"],
        calendar["month"],
        calendar["weekdays"],
        tuple(
            (d["day"], d["in_month"], d["issue"].date if d["issue"] else None, d["current"])
            for week in calendar["weeks"]
            for d in week
        ),
        len(calendar["weeks"]),
    )


@register.tag
def remembered(parser, token):
    """``{% remembered value … %}…{% endremembered %}``: the block rendered once per process for
    each set of values (plain values: text, numbers, dates, tuples of them; ``None`` for a
    missing one), and the same text given again after that. For fragments every page repeats
    (the masthead, the footer, the month calendar) whose text follows from those values alone:
    the values must name *everything* the block reads (the URLconf and the script prefix it is
    served under are added here), so that no edit can leave an old text behind. A compiled
    template's block is one fragment, whatever the template it is included in. No
    ``{% block %}`` inside (TemplateSyntaxError)."""
    keys = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endremembered",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        # A child template's text for the block would be remembered under the parent's block,
        # for every other child too.
        raise template.TemplateSyntaxError("{% block %} cannot be inside {% remembered %}")
    return RememberedNode(nodelist, keys)


# --- {% inline %} -------------------------------------------------------------------------


class InlineNode(template.Node):
    # Like an include, its nodes are not the including template's: no ``{% block %}`` of it
    # takes part in ``{% extends %}`` (and ExtendsNode's walk for blocks does not enter it).
    child_nodelists = ()

    def __init__(self, nodelist, extra_context):
        self.nodelist = nodelist
        self.extra_context = extra_context

    def render(self, context):
        values = {name: var.resolve(context) for name, var in self.extra_context.items()}
        with context.push(**values):
            return self.nodelist.render(context)


@register.tag
def inline(parser, token):
    """``{% inline "includes/x.html" [with name=value …] %}``: ``{% include %}`` of a template
    named by a constant, its compiled nodes taken in when the including template is compiled
    (an include looks its template up and renders it as a template of its own on every render:
    ~15 µs a page each, even when its text is ``{% remembered %}``). Renders the same text as the
    include: the same context, pushed with the ``with`` values (names it sets stay inside). Not
    for a template that extends another or has blocks (TemplateSyntaxError); a change to the
    included file shows when the including template is compiled again (the template loaders
    and runserver's autoreload do both at once)."""
    bits = token.split_contents()
    name = bits[1] if len(bits) > 1 else ""
    if len(name) < 3 or name[0] != name[-1] or name[0] not in "\"'":
        raise template.TemplateSyntaxError("{% inline %} takes a quoted template name")
    if len(bits) > 2 and bits[2] != "with":
        raise template.TemplateSyntaxError('{% inline "name" with a=b … %}')
    extra = token_kwargs(bits[3:], parser, support_legacy=False)
    if len(bits) > 2 and (not extra or len(extra) != len(bits) - 3):
        raise template.TemplateSyntaxError("{% inline %} takes name=value pairs after with")
    loader = getattr(parser.origin, "loader", None)
    engine = loader.engine if loader is not None else template.Engine.get_default()
    nodelist = engine.get_template(name[1:-1]).nodelist
    if nodelist.get_nodes_by_type(ExtendsNode) or nodelist.get_nodes_by_type(BlockNode):
        raise template.TemplateSyntaxError(f"{{% inline %}}: {name} extends or has blocks")
    return InlineNode(nodelist, extra)


@register.filter
def tabs_key(pages, shown=None) -> tuple:
    """What ``includes/page_tabs.html`` shows of the issue's pages, as plain values for
    ``{% remembered %}``: each page's id, label, name and address (the page shown is the
    block's other value). ``shown``: this key for ``pages`` worked out already in the same
    render (the page view's ``tabs_shown``, used twice there), else empty."""
    if shown:
        return shown
    return tuple((p.pk, p.label, p.name, p.get_absolute_url()) for p in pages)


@register.filter
def story_body_key(parts, continued_on) -> tuple:
    """What a story page's body (``articles/article_detail.html``: its parts in order, each
    part's jump line and blocks, a paragraph cut by a jump joined as
    :func:`articles.storytext.carried_blocks` shows it, and the unfinished story's marker) shows,
    as plain values for
    ``{% remembered %}``. ``parts``: :meth:`Article.ordered_parts` with each ``previous_part`` and ``previous_page``;
    ``continued_on``: a :class:`~articles.selectors.common.ContinuedOn` or None."""
    shown = []
    for part in parts:
        previous, page = part.previous_page, part.page
        jump = None
        if previous and previous != page and not part.whole_copy:
            before = part.previous_part.position  # (its place there: the 上接's anchor)
            printed = getattr(part, "printed_markers", None)  # (the 上接 as printed)
            jump = (page.get_absolute_url(), previous.label, previous.get_absolute_url(), before)
            jump = (*jump, printed)
        blocks = tuple((block.get("kind"), block.get("text")) for block in part.blocks)
        # A paragraph cut by a jump names the next part's page inside it: its address too.
        shown.append(
            (part.sequence, part.position, page.label, page.get_absolute_url(), jump, blocks)
        )
    marker = None
    if continued_on:
        page = continued_on.page
        marker = (continued_on.marker, page.get_absolute_url() if page else None)
    return (tuple(shown), marker)


@register.filter
def photo_key(photo) -> tuple:
    """What ``includes/photo.html`` shows of a photo, as plain values for ``{% remembered %}``:
    its position, image and its readers' copies (their size), caption, printed credit,
    photographers, the story it goes with and the other pages it is printed on.
    ``photo.credits.all()`` prefetched (each with its person) and ``visible_article`` set, as
    the selectors give them."""
    article = getattr(photo, "visible_article", None)  # as the template reads it: None if unset
    return (
        photo.position,
        file_url(photo, "image") or None,
        file_url(photo, "rendition") or None,
        file_url(photo, "thumbnail") or None,
        photo.width,
        photo.height,
        photo.caption,
        photo.credit_line,
        tuple(
            (credit.person.name, public.person_url(credit.person))
            for credit in photo_credits(photo)
        ),
        (article.get_absolute_url(), getattr(article, "reader_name", article.title))
        if article
        else None,
        tuple(getattr(photo, "also_on", ())),  # (printed again there: articles.samephotos)
    )


@register.filter
def printed_key(printed) -> tuple:
    """What a page's stories and photos in print order (``articles/page_detail.html``) show,
    as plain values for ``{% remembered %}``: each story's block key
    (:func:`articles.views.pagestories.shown_on_page`) and each photo's (:func:`photo_key`), in
    order (the first story is the lead). ``printed``: ``[{"kind": "story" | "photo", "item":
    …}]`` as :class:`articles.views.edition.PageView` gives it."""
    return tuple(
        ("story", entry["item"]["shown"])
        if entry["kind"] == "story"
        else ("photo", photo_key(entry["item"]))
        for entry in printed
    )


@register.filter
def card_key(page) -> tuple:
    """What the issue page's card of one page (``articles/issue_detail.html``) shows, as plain
    values for ``{% remembered %}``: the page's label, name, address and thumbnail, and each
    story listed (where it is continued from, the page it is the same story as, its address and
    name: its title, or an untitled
    story's first words); a page that lists none, how many photos it shows
    (:func:`articles.selectors.picture_pages`)."""
    picture = page.thumbnail_picture
    return (
        page.label,
        page.name,
        page.get_absolute_url(),
        picture.thumbnail.url if picture else None,
        tuple(
            (entry["continued_from"], entry.get("same_as", ""), entry["url"], entry["name"])
            for entry in page.stories
        ),
        getattr(page, "photo_count", 0),
    )


@register.filter
def cards_key(pages) -> tuple:
    """Every page card of the issue page (:func:`card_key` of each page, in order), as one
    ``{% remembered %}`` key: the cards rendered as one fragment."""
    return tuple(card_key(page) for page in pages)


@register.filter
def related_key(related, paper_id=None) -> tuple:
    """What a story page's 相关报道 shows of each story listed, as plain values for
    ``{% remembered %}``: its address, title, date, page label and, for a story of another paper
    than the page's (``paper_id``), that paper's name (a group's papers share one site: a
    reader must not take another paper's story for this one's)."""
    return tuple(
        (
            other.get_absolute_url(),
            getattr(other, "reader_name", other.title),
            other.issue.date,
            other.page.label,
            other_paper(other, paper_id),
        )
        for other in related
    )


@register.filter
def other_paper(story, paper_id) -> str:
    """The name of ``story``'s paper when it is not the paper ``paper_id``, else ``""``."""
    issue = story.issue
    return "" if issue.publication_id == paper_id else issue.publication.name


@register.filter
def teasers_key(teasers) -> tuple:
    """What a page's 导读 (``articles/page_detail.html``) shows of each teaser, as plain values
    for ``{% remembered %}``: where it leads, its title lines and the page (label, section) it
    names."""
    return tuple(
        (teaser.url, tuple(teaser.title_lines), teaser.target_label, teaser.target_section)
        for teaser in teasers
    )


DESCRIPTION_CHARS = 120


@register.filter
def description(article) -> str:
    """A story's first paragraph shortened for ``<meta name="description">``, as
    ``paragraphs|first|truncatechars:120`` gives it (the shortening is remembered for each text
    and language: the ellipsis is translated)."""
    paragraphs = article.paragraphs()
    return _shortened(paragraphs[0] if paragraphs else "", get_language())


@lru_cache(maxsize=4096)
def _shortened(text: str, language: str | None) -> str:
    return Truncator(text).chars(DESCRIPTION_CHARS)
