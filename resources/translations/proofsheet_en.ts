<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArticleDelegate</name>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="245"/>
        <source>{n} 字</source>
        <translation>{n} chars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="255"/>
        <source>缺少署名</source>
        <translation>No byline</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="56"/>
        <location filename="../../desktop/ui/article_editor.py" line="91"/>
        <source>标题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="92"/>
        <source>（无副题）</source>
        <translation>(no subtitle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="93"/>
        <location filename="../../desktop/ui/article_editor.py" line="377"/>
        <source>记者姓名，可输入拼音首字母</source>
        <translation>Reporter names; pinyin initials work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="57"/>
        <source>副题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="55"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="58"/>
        <source>署名</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="231"/>
        <source>（空行：清空即删除）</source>
        <translation>(empty line: clear it to delete it)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="374"/>
        <source>缺少署名 — 输入记者姓名，可输入拼音首字母</source>
        <translation>No byline — type the reporter names; pinyin initials work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="380"/>
        <source>名册为空 — 从本版导入（稿件 › 把本版署名加入名册…）</source>
        <translation>Roster empty: import from this page (Article › Add this page&apos;s bylines to the roster…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="381"/>
        <source>缺少署名 — </source>
        <translation>Byline missing: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_editor.py" line="398"/>
        <source>署名取自{origin}：{names}。在此输入姓名会另设一行署名。</source>
        <translation>Byline taken from the {origin}: {names}. Typing names here adds a byline line.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paragraph_binding.py" line="75"/>
        <source>这两段之间还有其他内容，不能直接合并</source>
        <translation>Something stands between these two paragraphs; they cannot be joined directly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paragraph_binding.py" line="88"/>
        <source>所选段落之间还有其他内容，不能一次修改</source>
        <translation>Something stands between the selected paragraphs; they cannot be changed in one step</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="59"/>
        <source>待校</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="60"/>
        <source>已校</source>
        <translation>Proofed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="61"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="62"/>
        <source>已导出·有改动</source>
        <translation>Exported · changed since</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="111"/>
        <source>（无标题）</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="127"/>
        <source>{headline}
正文 {n} 字
错误 {e} · 警告 {w} · 提示 {i}</source>
        <translation>{headline}
Body {n} characters
Errors {e} · Warnings {w} · Notes {i}</translation>
    </message>
</context>
<context>
    <name>AutosaveIndicator</name>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="39"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="40"/>
        <source>所有修改都已存入数据库。</source>
        <translation>Every edit is stored in the database.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="43"/>
        <source>正在保存</source>
        <translation>saving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="45"/>
        <source>未保存 {n} 处修改：{reason}</source>
        <translation>{n} edit(s) not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="47"/>
        <source>版面尚未存入数据库：{reason}</source>
        <translation>Page not in the database yet: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="50"/>
        <source>修改保留在内存中，数据库恢复后会按顺序自动保存。
{problem}</source>
        <translation>The edits are kept in memory and saved in order as soon as the database is back.
{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="64"/>
        <source>修改暂未保存</source>
        <translation>Edits not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="66"/>
        <source>版面已被他人修改</source>
        <translation>Page changed by someone else</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="69"/>
        <source>“{who}”也在修改这个版面，并先保存了。为了不覆盖对方的修改，你此后的修改没有存入数据库。关闭窗口时可以把版面另存为文本文件，再重新打开数据库中的版面。</source>
        <translation>“{who}” is editing this page too and saved first. So as not to overwrite their changes, your later changes were not saved to the database. When you close the window you can save the page as a text file, then open the page from the database again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="75"/>
        <source>修改没能存入数据库。它们保留在内存中，程序会自动重试，数据库恢复后按顺序保存，不会丢失。</source>
        <translation>The edits could not be stored in the database. They are kept in memory and retried automatically; once the database is back they are saved in order, nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="78"/>
        <source>修改没能存入数据库，重试也无济于事。关闭窗口时可以把版面另存为文本文件。</source>
        <translation>The edits could not be stored in the database and retrying will not help. When you close the window you can save the page as a text file.</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../desktop/ui/body_editor.py" line="404"/>
        <source>段首或段尾不能拆分段落</source>
        <translation>A paragraph cannot be split at its start or end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/body_editor.py" line="447"/>
        <source>修正：{fix}</source>
        <translation>Fix: {fix}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/body_editor.py" line="449"/>
        <source>可加入记者名册</source>
        <translation>Can be added to the reporter roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/body_editor.py" line="451"/>
        <source>需人工处理</source>
        <translation>Needs a manual fix</translation>
    </message>
</context>
<context>
    <name>BylineHint</name>
    <message>
        <location filename="../../desktop/ui/byline_hint.py" line="71"/>
        <source>署名行</source>
        <translation>byline line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/byline_hint.py" line="72"/>
        <source>电头</source>
        <translation>dateline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/byline_hint.py" line="73"/>
        <source>文末</source>
        <translation>closing credit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/byline_hint.py" line="74"/>
        <source>图片署名</source>
        <translation>photo credit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/byline_hint.py" line="75"/>
        <source>正文</source>
        <translation>body text</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../desktop/ui/changes_view.py" line="127"/>
        <source>打开本版以来没有修改</source>
        <translation>No changes since the page was opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/changes_view.py" line="131"/>
        <source>打开本版以来 {n} 处修改（{p} 段）：插入带下划线，删除带删除线</source>
        <translation>{n} changes since the page was opened ({p} paragraphs): insertions underlined, deletions struck through</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/changes_view.py" line="141"/>
        <source>第{n}篇</source>
        <translation>Article {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/changes_view.py" line="141"/>
        <source>版面</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="92"/>
        <source>断行</source>
        <translation>Broken line breaks</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="93"/>
        <source>一个段落在栏宽处被断成两行：合并后才是完整的句子。</source>
        <translation>A paragraph was cut in two where the column wrapped: joined, it is one sentence again.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="101"/>
        <source>标题重复</source>
        <translation>Duplicate headlines</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="102"/>
        <source>本版有两个相同或很相近的标题，可能同一篇稿件排了两次。</source>
        <translation>Two headlines on this page are the same or very close: the same story may have been set twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="110"/>
        <source>缺少署名</source>
        <translation>Missing bylines</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="111"/>
        <source>稿件的电头、文末和署名行里都找不到作者姓名。</source>
        <translation>No reporter&apos;s name in the article&apos;s dateline, closing lines or byline.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="119"/>
        <source>署名脱离</source>
        <translation>Detached bylines</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="120"/>
        <source>一行署名离开了它的稿件（例如落到了下一篇的标题下）。</source>
        <translation>A byline line has left its article (for example, it slipped below the next headline).</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="128"/>
        <source>半角标点</source>
        <translation>Half-width punctuation</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="129"/>
        <source>中文句子里用了半角标点（, . ; : ? ! 等），应改为全角。</source>
        <translation>Half-width punctuation (, . ; : ? ! and so on) in Chinese sentences, to be made full-width.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="137"/>
        <source>引号括号不配对</source>
        <translation>Unbalanced quotes and brackets</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="138"/>
        <source>段落中的引号或括号只有一半。</source>
        <translation>A quotation mark or bracket in the paragraph has no partner.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="146"/>
        <source>页面元素</source>
        <translation>Page chrome</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="147"/>
        <source>电子版的翻页链接、版次或版权声明，不属于任何稿件，付印前应删去。</source>
        <translation>Navigation links, page numbers or copyright lines of the e-paper: part of no article, to be deleted before print.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="155"/>
        <source>与旧稿标题相似</source>
        <translation>Similar to an archived headline</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="156"/>
        <source>标题与往期标题库中已刊登的标题相同或相近（需要稿件库）。</source>
        <translation>The headline is the same as or close to one already published in the archive (needs the archive).</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="165"/>
        <source>署名不在记者名册</source>
        <translation>Bylines not on the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="166"/>
        <source>署名中的名字不在记者名册里：可能是错字，或是新记者（需要记者名册）。</source>
        <translation>A byline name is not on the reporter roster: a typo, or a new reporter (needs the roster).</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="175"/>
        <source>别字</source>
        <translation>Wrong characters</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="176"/>
        <source>在任何句子里都写错了的字词（如“再接再励”应为“再接再厉”），来自易错词表。</source>
        <translation>A word written wrong in every sentence (再接再励 for 再接再厉), from the list of common errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="184"/>
        <source>异形词</source>
        <translation>Variant forms</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="185"/>
        <source>《第一批异形词整理表》的非推荐词形，应改为推荐词形（如“成份”改为“成分”）。</source>
        <translation>A non-recommended form from the national list of variant words, to be written in its recommended form (成份 becomes 成分).</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="193"/>
        <source>重复字词</source>
        <translation>Repeated words</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="194"/>
        <source>同一个虚词连写了两次（如“的的”“在在”），叠词不在此列。</source>
        <translation>A function word typed twice (的的, 在在); real reduplications are left alone.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="202"/>
        <source>数字用法</source>
        <translation>Number usage</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="203"/>
        <source>不合 GB/T 15835-2011 的数字写法：年份中的“0”、数字混写、范围缺单位、日期与星期不符。</source>
        <translation>Numbers written against GB/T 15835-2011: 0 in a year of Chinese numerals, mixed numerals, a range missing its unit, a date whose weekday is wrong.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="213"/>
        <source>禁用词</source>
        <translation>Banned wording</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="214"/>
        <source>新华社《新闻报道中的禁用词》所列的词语，引语和书名中的除外。</source>
        <translation>Wording Xinhua&apos;s list of banned terms in news reports rules out; quotations and titles are left alone.</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="222"/>
        <source>人名职务</source>
        <translation>Names and titles</translation>
    </message>
    <message>
        <location filename="../../desktop/proofing/checks/__init__.py" line="223"/>
        <source>人名与本社人名表不符：职务不对、同音、形近或只差一字的写法、领导排序不对；没有人名表时，同一版面上同一人名的两种同音或形近写法。</source>
        <translation>A name that disagrees with the desk&apos;s list of people: another title, a spelling one same-sounding, look-alike or other character away, leaders in the wrong protocol order; without a list, one person&apos;s name written two ways that sound or look alike on one page.</translation>
    </message>
</context>
<context>
    <name>ChromePane</name>
    <message>
        <location filename="../../desktop/ui/chrome_pane.py" line="43"/>
        <source>版面杂项（{n} 行，不属于任何稿件）</source>
        <translation>Page furniture ({n} lines, in no article)</translation>
    </message>
</context>
<context>
    <name>DeskListsPage</name>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="33"/>
        <source>人名表</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="34"/>
        <source>异形词</source>
        <translation>Variant forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="35"/>
        <source>别字</source>
        <translation>Wrong characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="36"/>
        <source>禁用词</source>
        <translation>Banned wording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="37"/>
        <source>白名单</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="56"/>
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="57"/>
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="58"/>
        <source>导入 CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="59"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="60"/>
        <location filename="../../desktop/ui/desk_lists_page.py" line="155"/>
        <source>恢复默认</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="61"/>
        <source>换回随软件提供的条目（本社对这个词表的修改将丢失）</source>
        <translation>Put back the entries shipped with the app (the desk&apos;s changes to this list are lost)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="75"/>
        <source>词表</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="79"/>
        <source>全社共用（存于数据库）。人名表：姓名、现任职务（多个用顿号分隔）、排序（1 在前）。</source>
        <translation>Shared by the whole newsroom (kept in the database). People: name, current title (several separated by 、), protocol order (1 first).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="92"/>
        <source>没有数据库，词表不可编辑。</source>
        <translation>No database: the lists cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="126"/>
        <source>人名表为空：人名检查只查同一版面上同一人名的两种写法。</source>
        <translation>The list of people is empty: the names check only looks for one person&apos;s name written two ways on a page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="128"/>
        <source>白名单为空。</source>
        <translation>The whitelist is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="130"/>
        <source>这个词表为空：这一项检查不会标出任何词语。点“恢复默认”可取回随软件提供的 {n} 条。</source>
        <translation>This list is empty: its check flags nothing. Restore Defaults brings back the {n} entries shipped with the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="134"/>
        <source>正在使用随软件提供的默认词表（{n} 条）。</source>
        <translation>In use: the default list shipped with the app ({n} entries).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="136"/>
        <source>正在使用本社修改过的词表（{n} 条；默认词表 {m} 条）。</source>
        <translation>In use: the desk&apos;s own version of the list ({n} entries; the default has {m}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="140"/>
        <source>共 {n} 条。</source>
        <translation>{n} entries.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="156"/>
        <source>把这个词表换回随软件提供的条目？本社对它的修改将丢失（点“确定”关闭首选项后生效）。</source>
        <translation>Put back the entries shipped with the app? The desk&apos;s changes to this list are lost (it takes effect when you click OK in Preferences).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="219"/>
        <location filename="../../desktop/ui/desk_lists_page.py" line="224"/>
        <source>导入 CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="219"/>
        <location filename="../../desktop/ui/desk_lists_page.py" line="230"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/desk_lists_page.py" line="230"/>
        <location filename="../../desktop/ui/desk_lists_page.py" line="235"/>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop/ui/translations.py" line="60"/>
        <source>合并段落</source>
        <translation>Join Paragraphs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="61"/>
        <source>拆分段落</source>
        <translation>Split Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="62"/>
        <source>修改文字</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="63"/>
        <source>更改段落类型</source>
        <translation>Change Paragraph Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="64"/>
        <source>设为正文</source>
        <translation>Make Body Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="65"/>
        <source>设为小标题</source>
        <translation>Make Intertitle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="66"/>
        <source>删除段落</source>
        <translation>Delete Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="67"/>
        <source>插入段落</source>
        <translation>Insert Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="68"/>
        <source>从此处拆分稿件</source>
        <translation>Split Article Here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="69"/>
        <source>从光标所在段拆出新稿件</source>
        <translation>New Article from the Cursor&apos;s Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="70"/>
        <source>与下一篇合并</source>
        <translation>Merge with Next Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="71"/>
        <source>移动稿件</source>
        <translation>Move Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="72"/>
        <source>修改标题</source>
        <translation>Edit Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="73"/>
        <source>修改副题</source>
        <translation>Edit Subtitle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="74"/>
        <source>修改署名</source>
        <translation>Edit Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="75"/>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="76"/>
        <source>忽略全部此类</source>
        <translation>Ignore All of This Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="77"/>
        <source>取消忽略</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="49"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="52"/>
        <source>你的修改仍在窗口中；除非状态栏显示“未保存”，它们也已存入数据库。详细信息已写入日志：
{path}</source>
        <translation>Your edits are still in the window; unless the status bar says “not saved”, they are in the database too. Details were written to the log:
{path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="61"/>
        <location filename="../../desktop/ui/export_dialog.py" line="188"/>
        <source>导出 Word 文件</source>
        <translation>Export Word files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="70"/>
        <source>当前稿件</source>
        <translation>Current article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="71"/>
        <source>整版，每篇稿件一个文件</source>
        <translation>Whole page, one file per article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="72"/>
        <source>整版，合成一个文件</source>
        <translation>Whole page, one file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="84"/>
        <source>把未处理的问题写成批注</source>
        <translation>Write open findings as comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="86"/>
        <source>以修订模式记录改动（相对原稿）</source>
        <translation>Record changes as tracked changes (against the original)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="89"/>
        <source>你的姓名：修订记录的作者</source>
        <translation>Your name: the author of tracked changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="96"/>
        <source>按原稿</source>
        <translation>As on the page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>右对齐（稿末单独一行）</source>
        <translation>Right-aligned (own line at the end)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="98"/>
        <source>文末括号</source>
        <translation>In brackets at the end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="99"/>
        <source>单独一行（标题下）</source>
        <translation>Own line (under the titles)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="103"/>
        <source>加括号</source>
        <translation>Brackets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="117"/>
        <source>请选择日期</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="123"/>
        <source>请填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="124"/>
        <source>第 </source>
        <translation>Page </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="125"/>
        <source> 版</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="140"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="153"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="155"/>
        <location filename="../../desktop/ui/export_dialog.py" line="380"/>
        <location filename="../../desktop/ui/export_dialog.py" line="406"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="156"/>
        <source>重试未写出的文件</source>
        <translation>Retry the files not written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="163"/>
        <source>导出模块不可用。</source>
        <translation>Export is not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="171"/>
        <source>出版日期</source>
        <translation>Edition date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="173"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="177"/>
        <source>选项</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="178"/>
        <source>修订作者</source>
        <translation>Changes by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="179"/>
        <source>署名格式</source>
        <translation>Byline style</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="190"/>
        <source>文件名按“日期-版次-篇号-标题拼音”生成；已有同名文件时会先询问。</source>
        <translation>Files are named date-page-number-headline in pinyin; you are asked before an existing file is replaced.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="212"/>
        <source>沿用本版上次导出时的日期和版次</source>
        <translation>Date and page number from this page&apos;s last export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="214"/>
        <source>日期取自文件名</source>
        <translation>Date from the file name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="215"/>
        <source>日期沿用本版上次导出</source>
        <translation>date from this page&apos;s last export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="216"/>
        <source>日期沿用上次导出，请核对</source>
        <translation>Date from the last export: please check it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="217"/>
        <source>请选择出版日期</source>
        <translation>Choose the edition date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="220"/>
        <source>版次取自文件名</source>
        <translation>page number from the file name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221"/>
        <source>版次沿用本版上次导出</source>
        <translation>page number from this page&apos;s last export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="222"/>
        <source>请填写版次</source>
        <translation>enter the page number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="225"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="238"/>
        <source>选择导出文件夹</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="273"/>
        <source>覆盖文件？</source>
        <translation>Overwrite files?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="274"/>
        <source>以下 {n} 个文件已经存在，要覆盖吗？

{names}</source>
        <translation>These {n} files already exist. Overwrite them?

{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="289"/>
        <source>请先选择出版日期：它用在文件名和页眉里。</source>
        <translation>Choose the edition date first: file names and the running header use it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="292"/>
        <source>请先填写版次：它用在文件名和页眉里。</source>
        <translation>Enter the page number first: file names and the running header use it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="295"/>
        <source>请填写你的姓名：Word 修订记录以它为作者（只需填一次）。</source>
        <translation>Enter your name: Word&apos;s tracked changes are recorded under it (asked once).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="344"/>
        <source>无法创建文件夹：{e}</source>
        <translation>Cannot create the folder: {e}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="349"/>
        <source>已取消：没有覆盖任何文件。</source>
        <translation>Cancelled: no file was overwritten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="355"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="358"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="372"/>
        <location filename="../../desktop/ui/export_dialog.py" line="387"/>
        <source>%v / %m 个文件</source>
        <translation>%v / %m files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="382"/>
        <source>已取消，已写出 {n} 个文件。</source>
        <translation>Cancelled; {n} files were written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="393"/>
        <source>已导出 {n} 个文件到 {folder}</source>
        <translation>Exported {n} files to {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="412"/>
        <source>导出失败：{e}</source>
        <translation>Export failed: {e}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="419"/>
        <source>导出中断：{cause}
已写出 {n} 个文件（完好）：{written}
未写出 {m} 个文件：{missing}
页面内容没有任何改动。可以点“浏览…”换一个文件夹，再点“重试未写出的文件”。</source>
        <translation>Export interrupted: {cause}
{n} file(s) written (complete): {written}
{m} file(s) not written: {missing}
The page is unchanged. Choose another folder with “Browse…”, then click “Retry the files not written”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="433"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../desktop/ui/find_replace.py" line="14"/>
        <source>查找和替换</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_replace.py" line="23"/>
        <source>查找下一个</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_replace.py" line="25"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_replace.py" line="26"/>
        <source>全部替换</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_replace.py" line="32"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_replace.py" line="35"/>
        <source>替换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_replace.py" line="56"/>
        <source>找不到“{t}”</source>
        <translation>“{t}” not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_replace.py" line="80"/>
        <source>替换了 {n} 处</source>
        <translation>Replaced {n} occurrences</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="110"/>
        <location filename="../../desktop/ui/findings_panel.py" line="449"/>
        <source>已忽略</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="111"/>
        <source>只列出已忽略的问题（可取消忽略）</source>
        <translation>List only the ignored findings (their ignore can be taken back)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="117"/>
        <location filename="../../desktop/ui/findings_panel.py" line="494"/>
        <source>修正</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="118"/>
        <location filename="../../desktop/ui/findings_panel.py" line="496"/>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="119"/>
        <location filename="../../desktop/ui/findings_panel.py" line="500"/>
        <source>全部修正此类</source>
        <translation>Fix All of This Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="120"/>
        <source>忽略全部此类</source>
        <translation>Ignore all of this kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="121"/>
        <source>加入白名单</source>
        <translation>Add to whitelist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="122"/>
        <source>本社此后不再标出这个词语（可撤销；在首选项中管理白名单）</source>
        <translation>The desk will not flag this term again (undoable; manage the whitelist in Preferences)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="147"/>
        <source>全部稿件</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="148"/>
        <source>本篇</source>
        <translation>This article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="150"/>
        <source>全部级别</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="158"/>
        <source>全部类别</source>
        <translation>All checks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="338"/>
        <source>…另有 {n} 处（用 F8 逐个查看）</source>
        <translation>…{n} more (step through them with F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="382"/>
        <source>第{n}篇</source>
        <translation>Article {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="382"/>
        <source>版面</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="432"/>
        <source>正在分析…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="152"/>
        <location filename="../../desktop/ui/findings_panel.py" line="439"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="153"/>
        <location filename="../../desktop/ui/findings_panel.py" line="440"/>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="154"/>
        <location filename="../../desktop/ui/findings_panel.py" line="441"/>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="507"/>
        <source>选中一条问题，正文即转到它并选中原文。</source>
        <translation>Pick a finding: the editor goes to it and selects the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="449"/>
        <source>已忽略 ({n})</source>
        <translation>Ignored ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="494"/>
        <source>加入记者名册</source>
        <translation>Add to Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="496"/>
        <source>取消忽略</source>
        <translation>Stop ignoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="500"/>
        <source>全部加入名册…</source>
        <translation>Add All to Roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="519"/>
        <source>可信度 {p:.0%}</source>
        <translation>Confidence {p:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="523"/>
        <source>可加入记者名册，此后不再提示</source>
        <translation>Add to the reporter roster to stop this note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="525"/>
        <source>需人工处理</source>
        <translation>Needs a manual fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="560"/>
        <source>跨行的词：</source>
        <translation>Word cut by the break: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="564"/>
        <source>上半：</source>
        <translation>First half: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_panel.py" line="565"/>
        <source>下半：</source>
        <translation>Second half: </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="36"/>
        <source>版面历史</source>
        <translation>Page history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="37"/>
        <source>正在读取版面历史…</source>
        <translation>Reading the page history…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="41"/>
        <source>次序</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="41"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="41"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="41"/>
        <source>修改人</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="41"/>
        <source>内容</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="56"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="56"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="56"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="59"/>
        <location filename="../../desktop/ui/history_dialog.py" line="66"/>
        <source>未记录</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="63"/>
        <source>这个版面还没有存入数据库，没有历史记录。</source>
        <translation>This page is not in the database yet: it has no history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="68"/>
        <source>共 {n} 次修改，修改人：{names}。</source>
        <translation>{n} change(s), by: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="70"/>
        <source>自打开以来还没有修改。</source>
        <translation>No changes since the page was opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="74"/>
        <source>最近一次整版导出：{who}，{when}。</source>
        <translation>Last exported as a whole page by {who}, {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="79"/>
        <source>尚未整版导出。</source>
        <translation>Not exported as a whole page yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="97"/>
        <source>无法读取版面历史：{problem}</source>
        <translation>Cannot read the page history: {problem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>稿件</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325"/>
        <source>最近打开</source>
        <translation>Open Recent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="326"/>
        <source>打开示例版面</source>
        <translation>Open the Sample Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <location filename="../../desktop/ui/main_window.py" line="542"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>导出 Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="337"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="339"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="342"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>查找和替换…</source>
        <translation>Find and Replace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>查找下一个</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>首选项…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="355"/>
        <source>稿件(&amp;A)</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>上一篇</source>
        <translation>Previous Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>下一篇</source>
        <translation>Next Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="362"/>
        <source>在光标处拆分段落</source>
        <translation>Split Paragraph at Cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="364"/>
        <source>与下一段合并</source>
        <translation>Join with Next Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="368"/>
        <source>从光标所在段拆出新稿件</source>
        <translation>New Article from This Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="370"/>
        <source>与下一篇合并</source>
        <translation>Merge with Next Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="359"/>
        <location filename="../../desktop/ui/main_window.py" line="1014"/>
        <location filename="../../desktop/ui/main_window.py" line="1040"/>
        <source>标记为已校</source>
        <translation>Mark as Proofed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <source>🔒 加密连接</source>
        <translation>🔒 Encrypted connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>与数据库服务器之间的连接经过 TLS 加密。</source>
        <translation>The connection to the database server is encrypted with TLS.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>整版校样 PDF…</source>
        <translation>Proof of the Page (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="333"/>
        <location filename="../../desktop/ui/main_window.py" line="1121"/>
        <source>本篇校样 PDF…</source>
        <translation>Proof of This Article (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335"/>
        <source>版面历史…</source>
        <translation>Page history…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <location filename="../../desktop/ui/main_window.py" line="971"/>
        <source>设为小标题</source>
        <translation>Make Intertitle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <source>把本版署名加入名册…</source>
        <translation>Add Page Bylines to Roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="374"/>
        <source>问题(&amp;P)</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="375"/>
        <source>下一个问题</source>
        <translation>Next Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <source>上一个问题</source>
        <translation>Previous Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="378"/>
        <source>应用修正</source>
        <translation>Apply Fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="379"/>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="380"/>
        <source>全部修正此类</source>
        <translation>Fix All of This Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="381"/>
        <source>忽略全部此类</source>
        <translation>Ignore all of this kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="382"/>
        <source>加入白名单</source>
        <translation>Add to whitelist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="384"/>
        <source>重新分析</source>
        <translation>Analyse Again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="385"/>
        <source>校对报告…</source>
        <translation>Error report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="387"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="388"/>
        <source>稿件列表</source>
        <translation>Article List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="389"/>
        <source>问题面板</source>
        <translation>Findings Panel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="390"/>
        <source>显示修改</source>
        <translation>Show changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="396"/>
        <source>转到稿件列表</source>
        <translation>Go to Article List</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="397"/>
        <source>转到正文</source>
        <translation>Go to Body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="398"/>
        <source>转到问题面板</source>
        <translation>Go to Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="400"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="401"/>
        <location filename="../../desktop/ui/main_window.py" line="1292"/>
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="402"/>
        <location filename="../../desktop/ui/main_window.py" line="1340"/>
        <source>关于校样</source>
        <translation>About Proofsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="487"/>
        <source>修改</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="505"/>
        <source>打开版面</source>
        <translation>Open Page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="505"/>
        <source>版面文字 (*.txt *.docx);;所有文件 (*)</source>
        <translation>Page text (*.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="514"/>
        <source>正在打开 {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="535"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="536"/>
        <source>“{name}”的修改还没有保存到文件。要先保存吗？</source>
        <translation>The changes to “{name}” are not saved to the file yet. Save them first?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="541"/>
        <source>不保存时，修改仍留在稿件库中：再次打开这个文件时可以继续上次校对。</source>
        <translation>If you don&apos;t save, the changes stay in the database: opening this file again lets you continue where you left off.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="543"/>
        <source>不保存</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="544"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="554"/>
        <source>没有打开新的版面，当前版面保持不变</source>
        <translation>No page opened; the page on screen is unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="569"/>
        <source>继续上次校对</source>
        <translation>Continue proofing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="570"/>
        <source>“{name}”上次校对的修改保存在稿件库中。</source>
        <translation>The changes from the last proofing of “{name}” are stored in the database.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="575"/>
        <source>继续上次校对（{n} 处修改）</source>
        <translation>Continue where I left off ({n} changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="577"/>
        <source>从原文重新开始</source>
        <translation>Start again from the original</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="602"/>
        <source>已打开 {name}</source>
        <translation>Opened {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="622"/>
        <source>另存为文本文件</source>
        <translation>Save as a text file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="622"/>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="632"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="639"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="648"/>
        <source>已恢复上次的版面（{n} 处修改）</source>
        <translation>Restored the last page ({n} edits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="659"/>
        <source>无法打开“{name}”：读取时出现意外错误（{kind}），当前版面没有变化，详细信息已写入日志。</source>
        <translation>Cannot open “{name}”: an unexpected error occurred while reading it ({kind}). The page on screen is unchanged; details were written to the log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="663"/>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="726"/>
        <source>第 {a} 篇 · 第 {p} 段 · 第 {c} 字</source>
        <translation>Article {a} · Paragraph {p} · Character {c}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="727"/>
        <source> · 本篇 {n} 字</source>
        <translation> · article {n} chars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="732"/>
        <source>正在分析…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="739"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="739"/>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="739"/>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="781"/>
        <source>没有未处理的问题</source>
        <translation>No open findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="831"/>
        <source>已修正第{n}篇：{label}</source>
        <translation>Fixed in article {n}: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="869"/>
        <source>先选中一个问题</source>
        <translation>Select a finding first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="871"/>
        <source>这个问题需要人工处理</source>
        <translation>This finding needs a manual fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="893"/>
        <source>只有字词类问题可以加入白名单</source>
        <translation>Only wording findings can be whitelisted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="902"/>
        <source>加入白名单“%1”</source>
        <translation>Whitelist “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="904"/>
        <source>“%1”已加入白名单，此后不再标出（可撤销）</source>
        <translation>“%1” whitelisted: it will not be flagged again (undoable)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="924"/>
        <source>先选中一类问题</source>
        <translation>Select a kind of finding first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="929"/>
        <source>已忽略 {n} 处（可撤销）</source>
        <translation>Ignored {n} (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="938"/>
        <source>已修正 {n} 处（可信度 ≥ {t:.0%}），可一次撤销</source>
        <translation>Fixed {n} (confidence ≥ {t:.0%}); one undo reverts them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="940"/>
        <source>没有可自动修正的此类问题（可信度 ≥ {t:.0%}），请逐条处理</source>
        <translation>Nothing of this kind can be fixed automatically (confidence ≥ {t:.0%}): deal with each one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="959"/>
        <source>把光标放在正文的一段里</source>
        <translation>Put the cursor in a body paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="971"/>
        <source>设为正文</source>
        <translation>Make Body Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="976"/>
        <source>把光标放在新稿件的第一段</source>
        <translation>Put the cursor in the first paragraph of the new article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="992"/>
        <source>这是本版最后一篇，没有下一篇可合并</source>
        <translation>This is the page&apos;s last article: there is no next one to merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="997"/>
        <source>已与下一篇合并：“{headline}”成为小标题（Ctrl+Alt+H 改为正文，Ctrl+Z 撤销合并）</source>
        <translation>Merged with the next article: “{headline}” is now an intertitle (Ctrl+Alt+H makes it body text, Ctrl+Z undoes the merge)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1000"/>
        <source>已与下一篇合并（Ctrl+Z 撤销）</source>
        <translation>Merged with the next article (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1014"/>
        <location filename="../../desktop/ui/main_window.py" line="1040"/>
        <source>标记为待校</source>
        <translation>Mark as not proofed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1051"/>
        <source>已把 {names} 加入记者名册</source>
        <translation>Added {names} to the reporter roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1054"/>
        <source>无法加入记者名册：{error}</source>
        <translation>Could not add to the reporter roster: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1075"/>
        <source>本版署名都已在记者名册中</source>
        <translation>Every byline on this page is already on the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1121"/>
        <source>所选 {n} 篇校样 PDF…</source>
        <translation>Proof of {n} Selected Articles (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1132"/>
        <source>先在左侧选中一篇稿件。</source>
        <translation>Choose an article in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1140"/>
        <source>保存校样 PDF</source>
        <translation>Save Proof PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1140"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1150"/>
        <source>无法写出校样：{e}</source>
        <translation>Could not write the proof: {e}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1152"/>
        <source>校样已保存：{path}（{n} 页）</source>
        <translation>Proof saved: {path} ({n} pages)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1227"/>
        <source>{stem}-校对报告.txt</source>
        <translation>{stem}-error-report.txt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1257"/>
        <source>本机没有可用的系统密码库，密码没有保存：请在 pgpass 文件中为该服务器登记密码（或改用 Kerberos、证书登录）。</source>
        <translation>This computer has no usable password store, so the password was not saved: put it in a pgpass file for this server (or sign in with Kerberos or a certificate).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1298"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1298"/>
        <source>快捷键</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1310"/>
        <source>搜索操作或按键…</source>
        <translation>Search actions or keys…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1341"/>
        <source>{title} {version}
报纸版面校对工具。
数据保存在：{data}</source>
        <translation>{title} {version}
Proofing for newspaper pages.
Data is kept in: {data}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="41"/>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="54"/>
        <source>留空则用系统用户名 {user}</source>
        <translation>Leave empty to use the system user name {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="56"/>
        <source>记在每次修改、导出和归档的标题上，也是 Word 修订的作者；同时改版面的同事会在冲突提示里看到它。</source>
        <translation>Recorded with every change, export and archived headline, and the author of Word tracked changes; a colleague editing the same page sees it in the conflict message.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="60"/>
        <source>跟随系统</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="64"/>
        <source>每行一个记者姓名</source>
        <translation>One reporter per line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="68"/>
        <source>编辑署名</source>
        <translation>Editor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="69"/>
        <source>正文字体</source>
        <translation>Body font</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="70"/>
        <source>正文字号</source>
        <translation>Body size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="71"/>
        <source>界面字号</source>
        <translation>Interface size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="72"/>
        <source>“全部修正”的可信度下限</source>
        <translation>Minimum confidence for “Fix all”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="73"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="74"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="75"/>
        <source>语言、界面字号和数据库的改动在重新启动后生效。</source>
        <translation>Language, interface size and database changes take effect after a restart.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="78"/>
        <source>记者名单（署名栏按姓名或拼音首字母补全）</source>
        <translation>Reporter roster (the byline completes names from characters or pinyin initials)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="82"/>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="83"/>
        <source>记者名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences_dialog.py" line="85"/>
        <source>词表</source>
        <translation>Lists</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="38"/>
        <location filename="../../desktop/ui/report_dialog.py" line="65"/>
        <source>校对报告</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="47"/>
        <source>保存为文本…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="56"/>
        <source>保存校对报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="56"/>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="65"/>
        <source>无法保存：%1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>RosterOfferDialog</name>
    <message>
        <location filename="../../desktop/ui/roster_offer_dialog.py" line="15"/>
        <source>把本版署名加入名册</source>
        <translation>Add Page Bylines to Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_offer_dialog.py" line="23"/>
        <source>加入名册</source>
        <translation>Add to Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_offer_dialog.py" line="28"/>
        <source>本版署名中有 {n} 人不在记者名册中，勾选要加入的：</source>
        <translation>{n} byline name(s) on this page are not on the roster. Tick the ones to add:</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="39"/>
        <source>留空则使用本机数据库（SQLite）</source>
        <translation>Leave empty for the local database (SQLite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="48"/>
        <source>已保存在系统密码库；留空则不变</source>
        <translation>Saved in the system password store; leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="48"/>
        <source>保存在系统密码库中</source>
        <translation>Kept in the system password store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="52"/>
        <source>不加密 (disable)</source>
        <translation>Not encrypted (disable)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="53"/>
        <source>加密 (require)</source>
        <translation>Encrypted (require)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="54"/>
        <source>加密并核验服务器证书 (verify-full)</source>
        <translation>Encrypted, server certificate verified (verify-full)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="60"/>
        <source>证书颁发机构 (CA) 文件，verify-full 时使用</source>
        <translation>Certificate authority (CA) file, used with verify-full</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="61"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="72"/>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="73"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="74"/>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="75"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="76"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="77"/>
        <source>连接加密</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="78"/>
        <source>CA 文件</source>
        <translation>CA file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/database_fields.py" line="81"/>
        <source>选择 CA 文件</source>
        <translation>Choose the CA file</translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <location filename="../../desktop/ui/session_start.py" line="70"/>
        <source>无法读取上次的会话：{e}</source>
        <translation>Cannot read the last session: {e}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session_start.py" line="79"/>
        <source>恢复未保存的工作</source>
        <translation>Recover your work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session_start.py" line="80"/>
        <source>上次校对“{name}”时程序意外退出。要恢复当时的版面（{n} 处修改）吗？</source>
        <translation>Proofsheet quit unexpectedly while “{name}” was open. Restore the page as it was ({n} edits)?</translation>
    </message>
</context>
<context>
    <name>UnsavedEditsQuestion</name>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="126"/>
        <source>还有修改没有保存</source>
        <translation>Edits not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="129"/>
        <source>有 {n} 处修改还没能存入数据库。关闭前要怎么处理？</source>
        <translation>{n} edit(s) could not be stored in the database yet. What should happen to them before closing?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="131"/>
        <source>这个版面还没能存入数据库。关闭前要怎么处理？</source>
        <translation>This page could not be stored in the database yet. What should happen to it before closing?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="134"/>
        <source>另存为文本文件…</source>
        <translation>Save as text file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="135"/>
        <source>不关闭，继续尝试保存</source>
        <translation>Keep the window open and keep trying</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="136"/>
        <source>放弃这些修改并关闭</source>
        <translation>Discard these edits and close</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="100"/>
        <source>把版面另存为文本文件</source>
        <translation>Save the page as a text file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="102"/>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="112"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave_status.py" line="113"/>
        <source>无法写入“{path}”：{e}</source>
        <translation>Cannot write “{path}”: {e}</translation>
    </message>
</context>
</TS>
