"""A flush line after a finished sentence, on a page that indents its paragraphs.

There the flush line usually carries on the paragraph above (the column cut fell after a full stop).
But the page prints other things flush too: a notice, a link line, a site's greeting.  Two sentences of
one paragraph share its words (pairs of adjacent Chinese characters, no dictionary), a notice shares
none: a flush line that shares no word with the paragraph above is not taken for its continuation.
Every line here is invented.
"""

from __future__ import annotations

from desktop.proofing.continuation import PageStats, assess_break, shares_words
from desktop.proofing.pipeline import analyse, document_from_text

INDENT = "　　"
PAGE = "\n".join(
    [
        "青禾县柳湾镇三千亩稻田插秧忙",
        INDENT + "本报讯（记者 苗若溪）连日来，青禾县柳湾镇的农民抢抓农时，三千亩稻田的插秧工作已完成大半，",
        "预计下周全部完成。",
        INDENT + "在柳湾镇东岗村，几台插秧机在水田里来回穿梭，一行行秧苗整齐地立在田里，",
        "远远望去像一块块绿色的地毯。",
        INDENT + "村民韩松岭站在田埂上告诉记者，今年全村的稻田都用上了机械插秧。",
        "机械插秧比往年人工插秧快了一倍，稻田里的秧苗也插得更匀。",
        INDENT + "镇农业服务中心的技术员也来到田间，指导农民科学管水、合理施肥，确保秧苗长得壮。",
        "欢迎访问青禾网，更多精彩内容请关注官方微博和微信公众号。",
    ]
)


def test_a_flush_line_sharing_the_paragraphs_words_carries_it_on_and_a_notice_does_not() -> None:
    document = document_from_text(PAGE)
    reported = [finding.blocks for finding in analyse(document, ["broken-line-break"])]
    assert (5, 6) in reported  # ``……机械插秧。`` / ``机械插秧比往年……``
    assert (7, 8) not in reported  # the site's notice under the story's last paragraph


def test_shares_words_reads_pairs_of_chinese_characters() -> None:
    assert shares_words("今年全村的稻田都用上了机械插秧。", "机械插秧比往年快了一倍。")
    assert not shares_words("确保秧苗长得壮。", "欢迎访问青禾网，更多精彩内容请关注官方微博。")
    assert not shares_words("ABC 123", "ABC 123")  # (only Chinese characters count)


def test_on_column_text_the_flush_line_joins_whatever_its_words() -> None:
    # (on a hard-wrapped page a flush line after a full stop is a wrap: lines are too short to share words)
    stats = PageStats(typical_length=14.0, wrap_width=28)
    assessment = assess_break("确保秧苗长得壮。", "欢迎大家前来参观。", stats, None, True, "carries")
    assert assessment.joins and "flush_after_sentence_end" in assessment.features
