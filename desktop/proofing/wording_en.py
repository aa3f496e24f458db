"""English for the engine's messages (``wording``), keyed by their Chinese source text.

``tests/test_wording.py`` checks that every ``say(...)`` in the engine has its English here,
with the same fields.  Quoted page text and rule-book entries stay as they are.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # the undo stack's names of fix-all and replace-all (desktop.ui.document_controller)
    "全部修正：{label}": "Fix all: {label}",
    "全部替换“{needle}”": "Replace all “{needle}”",
    # the 校对报告 (error_rate)
    "校对报告：{name}": "Error report: {name}",
    "计算依据：{rules}": "Counted by: {rules}",
    "《报纸期刊质量管理规定》（标题差错计 2 个；同一差错最多计 3 次；数字用法差错每处计 0.1 个，累计不超过 1 个）": (
        "“报纸期刊质量管理规定”, the Regulations on the Quality of Newspapers and Periodicals (an error in a headline"
        " counts 2; the same error at most 3 times; number-usage errors 0.1 each, at most 1 together)"
    ),
    "原稿": "As opened",
    "修改后": "After edits",
    "一键修正后": "After one-click fixes",
    "导出稿": "As exported",
    "合格": "within the standard",
    "超过标准": "over the standard",
    "{label}：{characters} 字，差错 {errors} 个，差错率 万分之{rate}（{verdict}）": (
        "{label}: {characters} characters, {errors} errors, {rate} per 10,000 characters ({verdict})"
    ),
    "标准：差错率不超过万分之{limit}": "Standard: at most {limit} errors per 10,000 characters",
    "{label}差错明细（{kinds} 种）：": "{label}, each error counted ({kinds} kinds):",
    "无": "none",
    "，其中标题 {count} 处": ", {count} in headlines",
    "{title}  “{term}”  {occurrences} 处{where}，计 {counted} 个": (
        "{title}  “{term}”  {occurrences} times{where}, counts {counted}"
    ),
    "": "",
    # people-names
    "“{name}”的职务与人名表不符：这里写作“{written}”，人名表为“{listed}”": (
        "“{name}”'s title differs from the desk's list: written “{written}” here, the list says “{listed}”"
    ),
    "本社人名表：“{name}”，“{listed}”；名字前的职务“{titles}”不在其中": (
        "the desk's list of people: “{name}”, “{listed}”; the title before the name, “{titles}”, is not among them"
    ),
    "人名“{written}”可能是“{name}”之误": "the name “{written}” may be a slip for “{name}”",
    "本社人名表有“{name}”（“{titles}”）": "the desk's list of people has “{name}” (“{titles}”)",
    "“{wrong}”与“{right}”同音（{sound}）": "“{wrong}” sounds like “{right}” ({sound})",
    "“{wrong}”与“{right}”只差一个字": "“{wrong}” is one character from “{right}”",
    "“{wrong}”与“{right}”形近": "“{wrong}” looks like “{right}”",
    "前面是职务“{title}”": "the title “{title}” stands before it",
    "本篇也写有“{name}”": "the story also writes “{name}”",
    "排序与人名表不符：“{name}”（第 {rank} 位）列在“{first}”（第 {first_rank} 位）之后": (
        "order differs from the desk's list: “{name}” (no. {rank}) is listed after “{first}” (no. {first_rank})"
    ),
    "本社人名表的排序：“{name}”第 {rank} 位，“{first}”第 {first_rank} 位；两人在同一处并列": (
        "the desk's list orders “{name}” no. {rank} and “{first}” no. {first_rank}; the two are listed together here"
    ),
    "同一人名两种写法：“{variant}”与“{name}”": "one name written two ways: “{variant}” and “{name}”",
    "本篇“{name}”{ours} 次（前有职务），“{variant}”{theirs} 次": (
        "the story writes “{name}” {ours} times (after a title) and “{variant}” {theirs} times"
    ),
    "本版“{name}”{ours} 次（前有职务），见于《{there}》；“{variant}”{theirs} 次，见于《{here}》": (
        "the page writes “{name}” {ours} times (after a title), in “{there}”, and “{variant}” {theirs} times,"
        " in “{here}”"
    ),
    # number-usage: one article, one form
    "同一篇稿件中{kind}的写法不一致：“{written}”，本篇另有 {count} 处用{form}（如“{example}”）": (
        "{kind} written two ways in one story: “{written}”, while {count} others use {form} (e.g. “{example}”)"
    ),
    "同一篇稿件中同类数字的写法应前后一致": "numbers of one kind are written the same way throughout a story",
    "年份": "years",
    "百分数": "percentages",
    "阿拉伯数字": "Arabic numerals",
    "汉字数字": "Chinese numerals",
    # broken-line-break and the reasons of a join (continuation, segment)
    "“{tail}”与“{head}”是同一句话，被错误地断成了两段": "“{tail}” and “{head}” are one sentence wrongly broken into two paragraphs",
    "合并断行": "Join the broken line",
    "两行之间没有空行（本版段落之间都空一行），是排版换行": (
        "no blank line between the two lines (this page leaves one between paragraphs): a column wrap"
    ),
    "下一行只有“（完）”，是稿件的结束标记，属于上一段的末尾": (
        "the next line is only “（完）”, the story's end mark, which belongs to the end of the paragraph above"
    ),
    "署名被换行拆开：上一行末尾是署名的前半，下一行是后半": (
        "a byline cut by the line end: the first half ends the line above, the second half is the next line"
    ),
    "下一行没有段首缩进（本版段首都缩进），是上一段的接续": (
        "the next line has no paragraph indent (this page indents every paragraph): it continues the paragraph"
    ),
    "上一行以引语结束，下一行只交代说话人，是同一句话": (
        "the line above ends a quotation and the next line only names the speaker: one sentence"
    ),
    "小数被断在两行（小数点在上一行末尾）": "a decimal number split over two lines (the point ends the line above)",
    "下一行以“{head}”开头，不能独立成句": "the next line starts with “{head}”, which cannot start a sentence",
    "下一行没有段首缩进（本版段首都缩进），是上一行的续行": (
        "the next line has no paragraph indent (this page indents every paragraph): it continues the line above"
    ),
    "上一行以“{last}”结尾，句子没有结束": "the line above ends with “{last}”: the sentence is not finished",
    "数字被断在两行": "a number split over two lines",
    "上一行的“{opening}”没有闭合，句子还在继续": "the “{opening}” in the line above is not closed: the sentence goes on",
    "下一行开头几个字就结束了一句话（或一个分句），是上一行的句尾": (
        "the next line finishes a sentence (or clause) within its first few characters: it is the end of the line above"
    ),
    "上一行以虚词“{last}”结尾，话没有说完": "the line above ends with the function word “{last}”: it is not finished",
    "上一行本身是被断开的续行，句子仍未结束": "the line above is itself a broken continuation and its sentence is not finished",
    "上一行是标题下的正文，结尾却没有句末标点": "the line above is body text under a headline but has no end punctuation",
    "上一行以电头开始，是正文，结尾却没有句末标点": (
        "the line above opens with a dateline, so it is body text, but has no end punctuation"
    ),
    "上一行是正文（行内已有句号），但结尾没有句末标点": (
        "the line above is body text (a full stop inside it) but has no end punctuation"
    ),
    "上一行有多处逗号顿号，是正文而不是标题，结尾却没有句末标点": (
        "the line above has several commas, so it is body text, not a headline, but has no end punctuation"
    ),
    "上一行有 {count} 字，是正文长度，结尾却没有句末标点": (
        "the line above has {count} characters, the length of body text, but no end punctuation"
    ),
    "上一行正好是本版的行宽（{width} 字左右），像是排版换行": (
        "the line above is exactly this page's line width (about {width} characters): a column wrap"
    ),
    "上一行以正文常用的开头语开始，不像标题": "the line above opens the way body text does, not like a headline",
    "上一行在逗号后的分句中间断开，下一行不能作段首": (
        "the line above stops in the middle of a clause after a comma, and the next line cannot open a paragraph"
    ),
    "数字和后面的“{head}”被断在两行": "a number and the “{head}” after it split over two lines",
    "“{word}”是一个词，被断在两行": "“{word}” is one word split over two lines",
    "下一行以“{start}”开头，像是上一行句子的后半截": (
        "the next line starts “{start}”, like the second half of the sentence above"
    ),
    "英文单词被断在两行": "an English word split over two lines",
    "下一行以助词“{head}”开头，不能独立成句": "the next line starts with the particle “{head}”, which cannot start a sentence",
    "上一行以副词“{word}”结尾，动词在下一行": "the line above ends with the adverb “{word}”; its verb is on the next line",
    "上一行以“{word}”结尾，后面的话在下一行": "the line above ends with “{word}”; what it says is on the next line",
    "上一行正好排满本版的栏宽、没有句末标点，下一行不是新段落的开头，是排版换行": (
        "the line above fills this page's column width without end punctuation and the next line does not open "
        "a paragraph: a column wrap"
    ),
    "图片说明排满了栏宽，下一行只是括号里的摄影署名，是排版换行把它挤到了下一行": (
        "the caption fills the column and the next line is only the bracketed photo credit, pushed down by the wrap"
    ),
    "图片说明排满了栏宽，话没有说完，下一行是它的后半截": (
        "the caption fills the column unfinished; the next line is its second half"
    ),
    "电头这一行排满了栏宽，正文接在下一行，是排版换行": (
        "the dateline line fills the column and the text goes on in the next line: a column wrap"
    ),
    "上一行的“{opening}”在下一行才闭合，是同一条图片说明": (
        "the “{opening}” of the line above closes in the next line: one caption"
    ),
    # duplicate-headline, archive-duplicate
    "两个标题相似度 {ratio:.2f}": "the two headlines are {ratio:.2f} alike",
    "同一地点“{place}”、同一主题“{topics}”，标题相似度 {ratio:.2f}": (
        "same place “{place}”, same topic “{topics}”, headlines {ratio:.2f} alike"
    ),
    "标题“{headline}”与前面的标题重复": "the headline “{headline}” repeats an earlier headline",
    "标题“{headline}”与“{earlier}”很相近，可能是同一篇稿件": (
        "the headline “{headline}” is close to “{earlier}”: maybe the same story twice"
    ),
    "去掉空格、标点并统一全半角后两个标题完全相同": (
        "without spaces and punctuation, and with full and half width unified, the two headlines are the same"
    ),
    "标题“{headline}”已于 {date} 第 {page} 版的“{earlier}”刊登过": (
        "the headline “{headline}” was printed on {date}, page {page}, as “{earlier}”"
    ),
    "标题“{headline}”与 {date} 第 {page} 版的“{earlier}”相近": (
        "the headline “{headline}” is close to “{earlier}” printed on {date}, page {page}"
    ),
    "标题“{headline}”已于 {date} 的“{earlier}”刊登过": "the headline “{headline}” was printed on {date} as “{earlier}”",
    "标题“{headline}”与 {date} 的“{earlier}”相近": "the headline “{headline}” is close to “{earlier}” printed on {date}",
    "往期标题库中的相似度 {similarity:.2f}": "{similarity:.2f} alike in the archive of printed headlines",
    # missing-byline, detached-byline, unknown-reporter
    "稿件“{title}”没有署名": "the story “{title}” has no byline",
    "电头、文末括号、单独的署名行和“记者/通讯员/文/”字样中都找不到作者姓名": (
        "no author's name in the dateline, an end bracket, a byline line or words like “记者”, “通讯员”, “文/”"
    ),
    "署名“{byline}”单独成行，应放到所属稿件的署名位置": (
        "the byline “{byline}” stands on its own line; it belongs in its story's byline"
    ),
    "这一行只有作者姓名，排在下一篇的标题之后": "this line is only an author's name, set after the next story's headline",
    "这一行只有作者姓名，位于稿件末尾，不是正文段落": (
        "this line is only an author's name at the end of a story, not a paragraph of text"
    ),
    "设为稿件署名": "Make it the story's byline",
    "名册中最接近的：{names}": "closest in the roster: {names}",
    "名册（{count} 人）中没有相近的名字": "no similar name in the roster ({count} people)",
    "署名“{name}”不在记者名册中": "the byline name “{name}” is not in the reporter roster",
    # halfwidth-punctuation, unbalanced-pair, page-chrome
    "这些半角标点紧挨着汉字或中文标点；数字、时间、网址和外文中的半角标点不在此列": (
        "these half-width marks touch Chinese characters or punctuation; those in numbers, times, web addresses "
        "and foreign text are left alone"
    ),
    "中文里有 {count} 个半角标点 {marks}，应改为全角": (
        "{count} half-width punctuation marks {marks} in Chinese text should be full-width"
    ),
    "半角标点改为全角": "Make the punctuation full-width",
    "段落“{paragraph}”中的 {chars} 没有配对": "the {chars} in the paragraph “{paragraph}” has no partner",
    "在本段（含断行接续的部分）内找不到与之配对的另一半标点": (
        "no matching half of the mark in this paragraph (including its broken-off continuation)"
    ),
    "“{line}”是电子版的页面导航或版权信息，不属于任何稿件": (
        "“{line}” is the e-paper's navigation or copyright line and belongs to no story"
    ),
    "这一行是翻页链接、版次或版权声明一类的页面元素": (
        "this line is page furniture: a page link, the page number or a copyright notice"
    ),
    "删除页面元素": "Delete the page furniture",
    # the rule book
    "新闻报道不用“{term}”，可写作{instead}": "news reports do not use “{term}”; write {instead}",
    "新闻报道不用“{term}”，应改写": "news reports do not use “{term}”; reword it",
    "{why}（{source}）": "{why} ({source})",
    "{rule}（{source}）": "{rule} ({source})",
    "“{written}”混用了阿拉伯数字和汉字数字，应写作“{fixed}”": "“{written}” mixes Arabic and Chinese numerals; write “{fixed}”",
    "一个数值中阿拉伯数字只能与“万”“亿”连用，不能与“十”“百”“千”连用": (
        "in one number Arabic digits go only with “万” and “亿”, never with “十”, “百” or “千”"
    ),
    "数值范围“{written}”的前一个数缺了“{unit}”，应写作“{fixed}”": (
        "the first number of the range “{written}” lacks its “{unit}”; write “{fixed}”"
    ),
    "数值范围中，“万”“亿”和百分号不能省略，以免误解（如 10万～20万，不写作 10～20万）": (
        "in a range, “万”, “亿” and the per cent sign are not left out, to avoid misreading (“10万～20万”, not “10～20万”)"
    ),
    "“{year}年”中的零应写作“〇”：{fixed}年": "the zero in “{year}年” is written 〇: {fixed}年",
    "汉字数字的年份中，零写作“〇”，不用阿拉伯数字0或字母O": (
        "in a year in Chinese numerals, zero is 〇, not the digit 0 or the letter O"
    ),
    "（年份按上文的{year}年）": " (taking the year {year} from the text above)",
    "（年份按版面日期 {date}）": " (taking the year from the page's edition date, {date})",
    "{year}年{month}月{day}日是{week}{actual}，不是{week}{written}{where}": (
        "{year}-{month:02d}-{day:02d} is a {week}{actual}, not a {week}{written}{where}"
    ),
    "日期和星期对不上：日期或星期有一处错了": "the date and the weekday disagree: one of them is wrong",
    "同一个虚词连写两次是常见的录入差错，不是叠词": (
        "a function word typed twice is a common typing slip, not a reduplicated word"
    ),
    "“{word}”连写了两次，应删去一个": "“{word}” is typed twice; delete one",
    "“{word}{word}”中两个“{word}”各自成词；{why}": "in “{word}{word}” each “{word}” is a word of its own; {why}",
    "“{old}”改为“{new}”": "Change “{old}” to “{new}”",
    "删去“{old}”": "Delete “{old}”",
    "“{term}”是异形词的非推荐词形，应写作“{right}”": "“{term}” is the non-recommended form of a variant word; write “{right}”",
    "{source}以“{right}”为推荐词形，“{term}”为非推荐词形": ("{source} recommends “{right}” over “{term}”"),
    "“{term}”是别字，应为“{right}”": "“{term}” is a wrong character; it should be “{right}”",
    "规范写法是“{right}”（{source}）": "the standard form is “{right}” ({source})",
}

# the checks' titles, as the interface's translation (resources/translations/proofsheet_en.ts, context Checks)
# gives them: for the Word comments and the CLI, which run without Qt
CHECK_TITLES: dict[str, str] = {
    "断行": "Broken line breaks",
    "标题重复": "Duplicate headlines",
    "缺少署名": "Missing bylines",
    "署名脱离": "Detached bylines",
    "半角标点": "Half-width punctuation",
    "引号括号不配对": "Unbalanced quotes and brackets",
    "页面元素": "Page chrome",
    "与旧稿标题相似": "Similar to an archived headline",
    "署名不在记者名册": "Bylines not on the roster",
    "别字": "Wrong characters",
    "异形词": "Variant word forms",
    "重复字词": "Repeated words",
    "数字用法": "Number usage",
    "禁用词": "Banned wording",
}
