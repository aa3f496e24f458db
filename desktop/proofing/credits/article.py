"""Who wrote an article: its credits wherever the page put them, and the names in them.

``article_credits`` gathers every credit of an article with its block and position
(``Position``); ``byline_names`` picks the names the article is signed with, in the
order a desk reads them: the byline slot, the dateline, a top line, the end.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from desktop.proofing.article_memo import ArticleMemo, article_key
from desktop.proofing.chars import ends_sentence
from desktop.proofing.credits import forms
from desktop.proofing.credits.model import Credit, Person, Position
from desktop.proofing.model import Article, Block, Role

_BROKEN_BYLINE_TAIL = 12
# A credit broken over two lines may have lost the space between two names at the break
# (``陈雨`` / ``周扬``), or have a name cut in two (``赵`` / ``晨``): try both.
_JOINTS = (" ", "")
# An editor's note (编者按) may stand above the dateline: the lead comes after it.
_EDITORS_NOTE_RE = re.compile(r"^[【\[（(]?(?:编者按|编者的话|编前|编后|编者)[】\]）)]?[：:\s]")
_NOTE_MAX_LINES = 20
# In the byline slot (typed by the editor or attached by a fix) bare names count: ``赵静 王刚``.
_SLOT_SEPARATORS_RE = re.compile(r"[\s、，,/；;]+")
_SLOT_NAME_RE = re.compile(r"^[\u3400-\u9fff·]{2,6}$")
_SLOT_BRACKETS = "()（）[]【】〔〕 \u3000"
_TEXT_ROLES = (Role.BODY, Role.DATELINE, Role.INTERTITLE)  # (a 小标题 stands in the text: no lead under it)
_LEAD_BLOCKS = 5  # text blocks a dateline naming people may stand in (a caption read as text above it)
_TOP_LINES = 3  # credit lines between the titles and the text
_END_LINES = 3  # credit lines below the text (a credit split over two, a page number)
_WRAPPED_LINES = 4  # lines of PDF text a run-on credit may be wrapped over


def byline_of(article: Article) -> str | None:
    """The names of the article's reporters (``"赵静 王刚"``), or None when it carries no byline."""
    names = byline_names(article)
    return " ".join(names) if names else None


def byline_names(article: Article, known: Container[str] = frozenset()) -> tuple[str, ...] | None:
    """The names the article is signed with, in credit order; ``known`` names (a roster) guide splitting runs."""
    credits = signing_credits(article, known)
    names = tuple(dict.fromkeys(name for credit in credits for name in credit.names))
    return names or None


def slot_names(text: str) -> tuple[str, ...] | None:
    """Names in an article's byline slot: any credit form, or names standing bare (``赵静 王刚``)."""
    credit = forms.line(text)
    if credit is not None and credit.names:
        return credit.names
    tokens = tuple(token for token in _SLOT_SEPARATORS_RE.split(text.strip(_SLOT_BRACKETS)) if token)
    if tokens and all(_SLOT_NAME_RE.match(token) for token in tokens):
        return tokens
    return None


def signing_credits(article: Article, known: Container[str] = frozenset()) -> tuple[Credit, ...]:
    """The credits that name the article's authors, in the first place the page put them.

    The byline slot wins, then the dateline, then a □ credit or a credit line under
    the titles, then the credit at the end (run on, or on lines of its own).
    """
    blocks = dict(zip(article.block_indices, article.blocks, strict=True))
    if article.byline_index is not None:
        slot = _slot_credit(article.byline_index, blocks[article.byline_index], known)
        if slot is not None:
            return (slot, *_credit_line_below(article, blocks, known))
    text = [i for i in article.block_indices if blocks[i].role in _TEXT_ROLES]
    dateline = _dateline(text, blocks, known)
    if dateline is not None and dateline.names:
        return (dateline,)
    for index in article.block_indices:
        block = blocks[index]
        if block.role is Role.CAPTION and block.text.lstrip().startswith(("□", "■")):
            found = forms.line(block.text, known=known)
            if found is not None and found.names:
                return (found.at(Position.TOP_LINE, index),)
    end = _end_credits(text, blocks, known, article.block_indices)
    if end:
        return end
    top = _top_credits(article, blocks, known)
    if top:
        return top
    return _caption_credits(article, blocks, known)


def article_credits(article: Article) -> tuple[Credit, ...]:
    """Every credit of the article that signs it (names, an office, an outside agency), wherever it stands.

    For the missing-byline check: an article whose credit sits anywhere in the forms of
    formats.md §1 is signed, also a brief column's per-item credits and a photo's.
    """
    return tuple(dict.fromkeys(_credits_of(article)))


def is_signed(article: Article) -> bool:
    """Some credit signs the article (``article_credits`` stopping at the first one found).

    The answer depends only on the article's roles and texts, so it is memoised on them: a
    re-analysis after an edit asks again about every article the edit left alone.
    """
    return _SIGNED.get(article_key(article), lambda: next(_credits_of(article), None) is not None)


_SIGNED: ArticleMemo[bool] = ArticleMemo()


def forget_articles() -> None:
    """Drop the memoised answers of ``is_signed`` (with the line memos, when another page is opened)."""
    _SIGNED.clear()


def _credits_of(article: Article) -> Iterator[Credit]:
    signing = signing_credits(article)
    yield from signing
    blocks = dict(zip(article.block_indices, article.blocks, strict=True))
    text = [i for i in article.block_indices if blocks[i].role in _TEXT_ROLES]
    dateline = None if signing else _dateline(text, blocks)  # (a dateline naming people signs already)
    if dateline is not None and dateline.signed:
        yield dateline
    photo_news = _photo_news(article)
    for index in article.block_indices:
        block = blocks[index]
        if block.role in (Role.HEADLINE, Role.SUBTITLE, Role.CHROME):
            continue
        own = forms.line(block.text)
        if own is not None and own.signed:
            yield own.at(Position.LINE, index)
            continue
        if block.role is Role.CAPTION and not photo_news:
            # a photographer's ``（张伟 摄）`` closing a caption signs the picture, not the story; a staff
            # reporter's or a wire's (``青禾日报记者 林可舟 摄``, ``新华社发``) says the story is the paper's own work
            pictured = forms.caption_credit(block.text) or _caption_cut(article, blocks, index)
            if pictured is not None and (pictured.agency or any(person.role for person in pictured.people)):
                yield pictured.at(Position.CAPTION, index)
            continue
        run_on = forms.trailing(block.text, bare=index == (text[-1] if text else -1))
        if run_on is not None and run_on.signed:
            yield run_on.at(Position.CAPTION if block.role is Role.CAPTION else Position.END, index)
        elif forms.is_group_credit(block.text):
            yield Credit((), 0, len(block.text), Position.LINE, office=block.text.strip(), block=index)
    yield from _wrapped_above_leftovers(article, blocks)
    yield from _run_on_cut(text, blocks)


def _caption_cut(article: Article, blocks: dict[int, Block], index: int) -> Credit | None:
    """A caption's credit the column wrap cut, begun in the line above: ``柳湾集市 青禾晚报记`` / ``者 林可舟 摄``."""
    position = article.block_indices.index(index)
    if position == 0 or len(blocks[index].text.strip()) > _BROKEN_BYLINE_TAIL:
        return None
    above = blocks[article.block_indices[position - 1]].text.rstrip()
    for joint in _JOINTS:
        credit = forms.caption_credit(above + joint + blocks[index].text.strip())
        if credit is not None and credit.end > len(above):
            return credit
    return None


def _run_on_cut(text: Sequence[int], blocks: dict[int, Block]) -> Iterator[Credit]:
    """A run-on credit the line end cut, wherever in the article: ``……十分之一。（记者 林可舟 通讯`` / ``员 苗若溪）``.

    (The story may go on below it when the next story's headline was not seen.)
    """
    for above, below in pairwise(text):
        if len(blocks[below].text.strip()) > _BROKEN_BYLINE_TAIL or ends_sentence(blocks[above].text):
            continue
        for joint in _JOINTS:
            run_on = forms.trailing(blocks[above].text.rstrip() + joint + blocks[below].text.strip())
            if run_on is not None and run_on.names:
                yield run_on.at(Position.END, above)
                return


_LEFTOVER_LINES = 2  # lines a page may leave under a story's credit (``不支持Flash``, ``往日回顾：``)
_LEFTOVER_CHARS = 24


def _wrapped_above_leftovers(article: Article, blocks: dict[int, Block]) -> Iterator[Credit]:
    """A credit the column wrapped over the story's last lines, with one or two short leftover lines under it.

    ``……本报将继续关注。本报记者林`` / ``可舟实习生苗若溪`` / ``往日回顾：``: the leftovers are no
    text of the story, so the wrapped credit above them signs it.
    """
    order = list(article.block_indices)
    for _ in range(_LEFTOVER_LINES):
        while order and blocks[order[-1]].role not in (Role.BODY, Role.DATELINE, Role.CAPTION):
            order.pop()
        if len(order) < 3:
            return
        leftover = blocks[order[-1]].text.strip()
        # (a longer line may be left too when it holds no sentence: a site's footer the chrome reading let through)
        if len(leftover) > _LEFTOVER_CHARS and forms.holds_sentence(leftover):
            return
        order.pop()
        wrapped = _wrapped_end(order, blocks, frozenset())
        if wrapped is not None:
            yield wrapped
            return


def _slot_credit(index: int, block: Block, known: Container[str] = frozenset()) -> Credit | None:
    credit = forms.line(block.text, known=known)
    if credit is not None and credit.names:
        return credit.at(Position.TOP_LINE, index)
    names = slot_names(block.text)
    if not names:
        return None
    return Credit(tuple(Person(name) for name in names), 0, len(block.text), Position.TOP_LINE, block=index)


def _credit_line_below(
    article: Article, blocks: dict[int, Block], known: Container[str] = frozenset()
) -> tuple[Credit, ...]:
    """A labelled credit line right under the byline: ``记者 马琳`` / ``通讯员 何婷婷 报道`` split over two lines."""
    assert article.byline_index is not None
    position = article.block_indices.index(article.byline_index) + 1
    if position >= len(article.block_indices):
        return ()
    index = article.block_indices[position]
    below = blocks[index]
    if below.role is Role.BYLINE:
        return ()
    credit = forms.line(below.text, marked_bare=False, known=known)
    return (credit.at(Position.TOP_LINE, index),) if credit is not None and credit.names else ()


def _after_editors_note(texts: Sequence[str]) -> int:
    """Where the lead starts: after an editor's note (its lines up to the one that opens a dateline), else 0."""
    if not texts or _EDITORS_NOTE_RE.match(texts[0].lstrip()) is None:
        return 0
    for number, text in enumerate(texts[1:_NOTE_MAX_LINES], start=1):
        if forms.starts_like_dateline(text.lstrip()):
            return number
    return 0


def _dateline(text: Sequence[int], blocks: dict[int, Block], known: Container[str] = frozenset()) -> Credit | None:
    """The dateline of the lead (the first of the first two text blocks that opens with one).

    A dateline naming people may stand a little lower, under a photo's caption that reads
    as text (``青禾河畔的晨景。`` / ``本报讯（记者 林可舟）……``): the next blocks that open with
    an agency's name are read too.
    """
    from desktop.proofing.continuation import unclosed_opening

    lead = _after_editors_note([blocks[i].text for i in text[:_NOTE_MAX_LINES]])
    first_found: Credit | None = None
    for number in range(lead, min(lead + _LEAD_BLOCKS, len(text))):
        block = blocks[text[number]].text
        lower = number >= lead + 2
        if lower and (
            first_found is not None or not forms.starts_like_dateline(block) or _signed_above(text[lead:number], blocks)
        ):
            continue
        found = forms.dateline(block, known)
        broken = found is None or not found.people or unclosed_opening(block[: found.end + 1])
        cut_short = len(block) <= _BROKEN_BYLINE_TAIL and not lower
        if broken and number + 1 < len(text) and (cut_short or forms.starts_like_dateline(block)):
            # a dateline broken over two lines: ``新华社北京9月16日电（记者 陈雨`` / ``周扬）……``; an e-paper copy
            # may cut it in a short first line: ``晚报3月5`` / ``日讯（记者 林可舟）``, ``（记者 林`` / ``可舟）``
            for joint in _JOINTS:
                joined = forms.dateline(block + joint + blocks[text[number + 1]].text, known)
                if joined is not None and (joined.names or joined.signed) and joined.end > len(block):
                    found = joined
                    break
        if found is not None:
            found = found.at(Position.FIRST_PARAGRAPH, text[number])
            if found.names:
                return found
            if not lower:
                first_found = first_found or found
    return first_found


def _signed_above(above: Sequence[int], blocks: dict[int, Block]) -> bool:
    """A block above a lower dateline carries a credit: it ends a story of its own (two stories merged)."""
    for index in above:
        text = blocks[index].text
        credit = forms.trailing(text) or forms.line(text)
        if credit is not None and credit.signed:
            return True
    return False


def _end_credits(
    text: Sequence[int], blocks: dict[int, Block], known: Container[str] = frozenset(), order: Sequence[int] = ()
) -> tuple[Credit, ...]:
    """The credit closing the text: on its own line(s), or run on after the last sentence.

    Credit lines below a credit line (the rest of a credit split over lines, classed as a
    photo caption) join it: ``本报记者 A`` / ``通讯员 B 摄``; under prose, a photo credit
    line signs the picture (``新华社记者 X 摄`` under a wire story).
    """
    if not text:
        return ()
    last = text[-1]
    own = forms.line(blocks[last].text, known=known)
    if own is not None and own.names:
        below = (
            credit.at(Position.END_OWN_LINE, index)
            for index in range(last + 1, last + 1 + _END_LINES)
            if index in blocks
            and blocks[index].role is Role.CAPTION
            and (credit := forms.line(blocks[index].text, known=known)) is not None
            and credit.names
        )
        credits = [own.at(Position.END_OWN_LINE, last), *below]
        # a credit split over two lines (``…之旅。记者 苗若溪`` / ``实习生 韩松岭 文/摄``), or two credit lines
        if len(text) > 1:
            above = text[-2]
            line_above = forms.line(blocks[above].text, known=known)
            if line_above is not None and line_above.names:
                credits.insert(0, line_above.at(Position.END_OWN_LINE, above))
            elif (run_on := forms.trailing(blocks[above].text, known=known)) is not None and run_on.names:
                credits.insert(0, run_on.at(Position.END, above))
        return tuple(credits)
    trailing = forms.trailing(blocks[last].text, bare=True, known=known)
    if trailing is None and len(text) > 1 and len(blocks[last].text) <= _BROKEN_BYLINE_TAIL:
        # the closing byline broken over the last two lines: ``……以上。（赵`` / ``晨 刘敏）``
        for joint in _JOINTS:
            trailing = forms.trailing(blocks[text[-2]].text + joint + blocks[last].text, bare=True, known=known)
            if trailing is not None:
                break
    if trailing is not None and trailing.names:
        return (trailing.at(Position.END, last),)
    wrapped = _wrapped_end(order, blocks, known)
    if wrapped is not None:
        return (wrapped,)
    if len(text) > 1 and (names := forms.bare_names(blocks[last].text)) is not None:
        # a reader's letter signed with the name alone on the last line: ``林可舟``
        people = tuple(Person(name) for name in names)
        return (Credit(people, 0, len(blocks[last].text), Position.END_OWN_LINE, block=last),)
    return ()


def _wrapped_end(order: Sequence[int], blocks: dict[int, Block], known: Container[str]) -> Credit | None:
    """A credit run on after the last sentence that the column wrap cut over the last lines (PDF text).

    ``……融为一体。记`` / ``者詹松 实习生杨邦杰 摄``: the lines are joined while none but
    the last ends a sentence (a line that does is a paragraph of its own, and a photo's
    ``（张伟 摄）`` under a story signs the picture only).
    """
    from desktop.proofing.chars import ends_sentence

    closing = [i for i in order if blocks[i].role in (Role.BODY, Role.DATELINE, Role.CAPTION)][-_WRAPPED_LINES:]
    for size in range(2, len(closing) + 1):
        pieces = closing[-size:]
        if any(ends_sentence(blocks[i].text) for i in pieces[:-1]):
            break
        texts = [blocks[i].text for i in pieces]
        joined = "".join(texts)
        credit = forms.trailing(joined, bare=True, known=known)
        if credit is None or not credit.names:
            # a credit line of its own wrapped over lines: ``东南商报记者 林可舟 通讯员 苗若溪 韩`` / ``松岭``
            credit = forms.line(joined, marked_bare=False, known=known)
            if credit is None or not credit.names:
                continue
        offset = 0
        for index, piece in zip(pieces, texts, strict=True):
            if credit.start < offset + len(piece):
                start = credit.start - offset
                return replace(credit, start=start, end=min(credit.end - offset, len(piece)), block=index)
            offset += len(piece)
    return None


def _top_credits(article: Article, blocks: dict[int, Block], known: Container[str] = frozenset()) -> tuple[Credit, ...]:
    """A credit line between the titles and the text: ``本报记者 苗若溪``, ``文/图 青禾晚报记者 邰晴``."""
    after_titles = [i for i in article.block_indices if blocks[i].role not in (Role.HEADLINE, Role.SUBTITLE)]
    for index in after_titles[:_TOP_LINES]:
        credit = forms.line(blocks[index].text, known=known)
        if credit is not None and credit.names:
            return (credit.at(Position.TOP_LINE, index),)
    # a top line the column wrapped: ``□晚报记者 林可舟/文 苗`` / ``若溪/图``
    for index, below in pairwise(after_titles[:_TOP_LINES]):
        for joint in _JOINTS:
            credit = forms.line(blocks[index].text.rstrip() + joint + blocks[below].text.lstrip(), known=known)
            if credit is not None and credit.names:
                return (credit.at(Position.TOP_LINE, index),)
    return ()


def _photo_news(article: Article) -> bool:
    """Photo news (图片新闻): the article's only text is its photo's caption."""
    return not any(block.role is Role.BODY for block in article.blocks)


def _caption_credits(
    article: Article, blocks: dict[int, Block], known: Container[str] = frozenset()
) -> tuple[Credit, ...]:
    """A photo story is signed by its photographer: ``新华社记者 鲁山青 摄`` under a caption."""
    if not _photo_news(article):
        return ()  # (the photographer of a story's picture is not its author)
    for index in reversed(article.block_indices):
        block = blocks[index]
        if block.role is not Role.CAPTION:
            continue
        credit = forms.line(block.text, known=known) or forms.trailing(block.text, known=known)
        if credit is not None and credit.names:
            return (credit.at(Position.CAPTION, index),)
    return ()


def page_names(articles: Sequence[Article], known: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
    """Each article's names, with runs split by the roster (``known``) and by the names the page's other credits print.

    ``记者林可舟苗若溪`` is cut by surnames alone; a doubtful run (``王明高马亮``: 王明 高马亮,
    or 王明高 马亮?) is cut where another credit of the page (or the roster) shows a name.
    """
    first = [byline_names(article, known) or () for article in articles]
    result = []
    for number, article in enumerate(articles):
        others = frozenset(name for other, names in enumerate(first) if other != number for name in names)
        result.append(byline_names(article, known | others) or () if others - known else first[number])
    return tuple(result)
