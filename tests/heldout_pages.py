# ruff: noqa: E501  (the pages are data: one source line per printed paragraph)
"""Fresh evaluation pages, written without looking at the engine: styles the other pages do not cover.

Each page is written in a small line markup and turned into a ``LaidOutPage`` with its
answers.  One source line per output line; a blank source line is a blank output line.

- ``K|`` kicker (引题), opens an article;  ``H|`` headline, opens an article unless a kicker
  just did;  ``H+|`` the second line of a headline wrapped by the extraction (a broken break);
  ``S|`` subtitle (副题 / deck);  ``D|`` an end byline standing alone;  ``C|`` page chrome.
- ``W|`` a body paragraph wrapped at the page's column width (every wrap is a broken break;
  a line never starts with closing punctuation, as typesetters do).
- no prefix: a body line as it stands.
- a line ending in ``↩``: the break after it is broken (the marker is removed).
- a headline carries its article's answer after ``@``: the names of its byline joined by a
  space, nothing when the article names nobody (a missing byline), ``~`` when the article
  names nobody but must not be flagged (a story continued from another page).

The texts are invented for these pages (county and city news, 时政, 经济, 社会, 文体).
"""

from __future__ import annotations

import re

from layout_pages import LaidOutPage

_PREFIX = re.compile(r"^(K|H\+|H|S|D|C|W)\|")
_NO_LINE_START = set("，。、；：？！”’）》」』…%")
BREAK_MARK = "↩"


def _cells(char: str) -> int:
    return 1 if char.isascii() else 2


def wrap(paragraph: str, width: int) -> list[str]:
    """Cut a paragraph into column lines ``width`` Chinese characters wide, as a typesetter does.

    ASCII letters and digits take half a cell, so a line holding them holds more
    characters; a line never starts with closing punctuation or a space.
    """
    pieces: list[str] = []
    start = 0
    while start < len(paragraph):
        end, cells = start, 0
        while end < len(paragraph) and cells + _cells(paragraph[end]) <= 2 * width:
            cells += _cells(paragraph[end])
            end += 1
        while end < len(paragraph) and (paragraph[end] in _NO_LINE_START or paragraph[end] == " "):
            end += 1
        pieces.append(paragraph[start:end])
        start = end
    return pieces


def build_page(name: str, source: str, width: int = 24, encoding: str = "utf-8", crlf: bool = False) -> LaidOutPage:
    page = LaidOutPage(name=name, text="", encoding=encoding)
    lines: list[str] = []  # output lines, "" for a blank line
    block = -1
    kicker_open = False
    pending_break = False

    def emit(text: str) -> int:
        nonlocal block, pending_break
        lines.append(text)
        block += 1
        if pending_break:
            page.breaks.append((block - 1, block))
            pending_break = False
        return block

    for raw in source.strip("\n").split("\n"):
        if not raw.strip():
            lines.append("")
            continue
        broken_after = raw.endswith(BREAK_MARK)
        raw = raw.removesuffix(BREAK_MARK)
        match = _PREFIX.match(raw)
        kind = match.group(1) if match else ""
        text = raw[match.end() :] if match else raw
        if kind == "K":
            page.starts.append(emit(text))
            kicker_open = True
        elif kind == "H":
            text, _, answer = text.partition("@")
            index = emit(text)
            if not kicker_open:
                page.starts.append(index)
            kicker_open = False
            page.headlines.append(index)
            names = answer.strip() or None
            page.bylines.append(None if names == "~" else names)
            if names is None:
                page.missing.append(index)
        elif kind == "H+":
            text, marked, answer = text.partition("@")
            pending_break = True
            emit(text)
            if marked:  # the answer written on the headline's second line
                names = answer.strip() or None
                page.bylines[-1] = None if names == "~" else names
                if names is not None and page.headlines[-1] in page.missing:
                    page.missing.remove(page.headlines[-1])
        elif kind == "W":
            pieces = wrap(text, width)
            for number, piece in enumerate(pieces):
                emit(piece)
                pending_break = number < len(pieces) - 1
        elif kind == "D":
            page.detached.append(emit(text))
        else:
            emit(text)
        pending_break = pending_break or broken_after
    assert not pending_break, f"{name}: a break marked after the last line"
    assert len(page.starts) == len(page.headlines) == len(page.bylines), name
    newline = "\r\n" if crlf else "\n"
    page.text = newline.join(lines) + newline
    return page


# --- 1. a provincial party paper: 引题/主题/副题, the credit on its own line, indented paragraphs ------

PROVINCIAL = """
C|大众时报 2024年11月26日 星期二
C|第02版：要闻
K|聚焦高质量发展
H|全省规上工业增加值前10个月增长7.8%@王建军 刘晓
S|——高技术制造业增速连续6个月保持两位数
本报记者 王建军 通讯员 刘晓
W|　　本报济南11月25日讯 记者从省统计局获悉，1—10月份，全省规模以上工业增加值同比增长7.8%，高于全国平均水平1.9个百分点，41个工业大类行业中有33个实现增长，增长面达80.5%。
W|　　分行业看，高技术制造业增加值增长12.6%，占规上工业的比重提高到11.3%；装备制造业增长9.4%，对全省工业增长的贡献率超过四成。新能源汽车、集成电路、工业机器人等新产品产量分别增长45.2%、28.7%和19.1%。
W|　　“工业经济回升向好的基础进一步巩固。”省统计局有关负责人表示，下一步将加强对重点行业、重点企业的运行监测，为全年目标的实现提供数据支撑。
H|黄河流域生态保护重点项目集中开工@
S|共68个项目 总投资超过420亿元
W|　　本报东营11月25日讯 今天上午，全省黄河流域生态保护和高质量发展重点项目集中开工活动在东营举行。此次集中开工的68个项目涵盖生态修复、水资源节约集约利用、防洪安全等领域，总投资超过420亿元。
W|　　开工的项目中，黄河三角洲湿地修复工程将修复退化湿地1.2万亩，建成后将为东方白鹳、黑嘴鸥等珍稀鸟类提供更好的栖息环境。
H|省政府召开常务会议@
S|研究部署冬季安全生产和民生保障工作
W|　　本报济南11月25日讯 11月25日，省政府召开常务会议，研究部署冬季安全生产、能源保供和困难群众基本生活保障等工作。
W|　　会议指出，今冬明春是安全事故易发多发期，各级各部门要压紧压实责任，深入开展燃气、消防、道路交通等重点领域隐患排查整治，坚决防范遏制重特大事故发生。
W|　　会议强调，要统筹做好煤电油气保供，确保群众温暖过冬；及时足额发放各类救助资金，把党和政府的温暖送到困难群众心坎上。
K|一线调研
H|“小网格”里的大民生@孙丽娟
本报记者 孙丽娟
W|　　清晨7点，潍坊市奎文区广文街道的网格员陈秀英已经走在了巡查的路上。哪家老人独居、哪栋楼的下水道容易堵，她心里都有一本账。
W|　　“网格员就是群众的‘贴心人’。”陈秀英说，今年以来，她所在的网格共收集群众诉求216件，办结率达到98%以上。
W|　　据介绍，奎文区将全区划分为523个网格，每个网格配备专职网格员，推动“小事不出网格、大事不出社区”。
H|第十二届全省农民运动会闭幕@赵鹏
W|　　本报聊城11月25日讯（记者 赵鹏）11月24日晚，第十二届全省农民运动会在聊城闭幕。本届运动会共设置拔河、趣味农事、健身秧歌等9个大项，来自16市的1800余名农民运动员参加比赛。
图为拔河比赛现场。（本报记者 赵鹏 摄）
W|　　经过4天角逐，潍坊、临沂、菏泽代表团获得团体总分前三名。
K|外贸稳中提质
H|临沂：跨境电商带动外贸新增长@李明 周楠
S|前三季度跨境电商进出口额同比增长31.5%
本报记者 李明 本报通讯员 周楠
W|　　在临沂商城国际陆港，一批批印有“Made in Linyi”标签的五金工具、板材家具正在装车，它们将通过中欧班列运往哈萨克斯坦、波兰等国家。
W|　　今年前三季度，临沂市跨境电商进出口额达到186.4亿元，同比增长31.5%。全市已建成跨境电商产业园12个，培育跨境电商企业2300余家。
H|让老年人共享更多“数字红利”@吴晓燕
W|　　编者按：随着数字技术快速发展，智能手机、线上支付给生活带来便利，也让一些老年人感到“无所适从”。如何帮老年人跨越“数字鸿沟”？今起本报推出系列报道，敬请关注。
W|　　本报青岛11月25日讯（记者 吴晓燕）“扫这个码，再点这里，就能挂上号了。”在青岛市市南区八大关街道的社区学堂里，志愿者正手把手教老人使用手机。
W|　　今年以来，青岛市已开展“智慧助老”培训2600余场，惠及老年人8.3万人次。
H|菏泽牡丹机场新增两条航线@
W|　　本报讯 记者从菏泽牡丹机场获悉，自12月1日起，该机场将新增菏泽至成都、菏泽至海口两条航线，每周各执飞4班。
C|责任编辑：刘伟 版式：张文
"""


# --- 2. wire copy: 新华社 datelines, 、between names, （完）, blank lines between paragraphs -------

WIRE = """
C|第06版：国内新闻

H|我国首个深远海浮式风电平台实现全容量并网@周琳 王晓

W|　　新华社广州11月25日电（记者 周琳、王晓）记者25日从中国海油获悉，我国首个深远海浮式风电平台“海油观澜号”当日实现全容量并网发电，标志着我国深远海风电关键技术取得重大突破。

W|　　据介绍，该平台位于距海岸线136公里的海域，水深超过100米，装机容量7.25兆瓦，每年可发电2200万千瓦时。（完）

H|全国冬小麦播种基本结束@张春华

W|　　新华社北京11月25日电（记者 张春华）农业农村部25日发布消息，截至目前，全国冬小麦播种已基本结束，播种面积稳定在3.3亿亩以上，苗情长势总体好于上年。

W|　　农业农村部有关负责人表示，将指导各地抓好冬前田间管理，落实防冻保苗等措施，为明年夏粮丰收打好基础。（完）

H|2025年“中国旅游日”主会场活动筹备启动@~

W|　　新华社北京11月25日电 记者25日从文化和旅游部获悉，相关部门已启动2025年“中国旅游日”主会场活动筹备工作，将推出一批惠民措施和精品线路。（完）

H|前10个月全国铁路完成固定资产投资6456亿元@樊曦

W|　　新华社北京11月25日电（记者 樊曦）记者25日从中国国家铁路集团有限公司获悉，1至10月，全国铁路完成固定资产投资6456亿元，同比增长11.2%，投产新线1521公里。

W|　　其中，杭温高铁、池黄高铁等一批重点项目建成投产，进一步完善了长三角地区路网布局。国铁集团表示，将按照“保安全、保质量、保工期”的要求，高质量推进在建项目建设。（完）

H|科学家揭示大熊猫“吃竹子”的演化奥秘@魏梦佳 董瑞丰

W|　　新华社北京11月25日电（记者 魏梦佳、董瑞丰）大熊猫为什么爱吃竹子？中国科学院动物研究所研究团队日前在国际学术期刊《自然·通讯》上发表论文，从基因组层面揭示了大熊猫适应以竹子为食的演化机制。

W|　　研究人员通过比较分析发现，大熊猫体内与“伪拇指”发育相关的基因发生了特殊变化，这一结构帮助它们牢牢抓握竹子。（完）

H|新疆冬季旅游季启幕@~

W|　　新华社乌鲁木齐11月25日电 2024—2025新疆冬季旅游季25日在阿勒泰市启幕，将持续至明年3月，推出冰雪运动、民俗体验等12大类200余项活动。

新华社记者 丁磊 摄

H|多地出台措施支持“以旧换新”@安蓓 谢希瑶

W|　　新华社北京11月25日电（记者 安蓓、谢希瑶）今年以来，多地围绕汽车、家电、家装厨卫等领域出台支持“以旧换新”的配套措施，带动相关商品销售较快增长。

W|　　商务部数据显示，截至11月24日，汽车以旧换新补贴申请量突破500万份；家电以旧换新共有3100万名消费者购买了8大类家电产品5300余万台。

W|　　业内人士认为，“以旧换新”政策有效激发了消费潜力，下一步应进一步简化流程、扩大覆盖面，让更多消费者受益。（完）

H|我国在轨运行航天器数量超过900颗@胡喆

W|　　新华社北京11月25日电（记者 胡喆）记者从国家航天局获悉，截至目前，我国在轨运行航天器数量已超过900颗，居世界第二位，形成了覆盖通信、导航、遥感等领域的空间基础设施体系。（完）
"""


# --- 3. an evening paper: ■ / 【】 briefs, undated 本报讯, end bylines, some standing alone ---------

EVENING = """
C|城市晚报
C|A05 城事 2024年11月25日

H|公交37路、52路今起调整线路@王晴
W|本报讯（记者 王晴）为方便新建成的滨河花园小区居民出行，从11月25日起，公交37路、52路将调整部分线路，途经滨河路新增“滨河花园”“市民广场东”两个站点。
W|市公交公司提醒，调整期间请市民留意站牌信息，也可拨打服务热线0635-8888123咨询。

H|小区电梯“罢工”三天 物业终于来修了@林浩
W|“家里有80多岁的老人，爬六楼太难了！”11月22日，家住东昌路幸福苑小区的张女士向本报反映，小区3号楼的电梯已经停运三天，物业迟迟没有维修。
W|记者随即联系了物业公司。物业负责人解释，电梯的主板损坏，需要从厂家调货，目前配件已经到货。
11月24日下午，电梯恢复运行。
D|（记者 林浩）

H|暖心！外卖小哥雨中救起落水老人@
W|11月23日傍晚，在运河文化广场附近，一名老人不慎滑入河中。正在送餐的外卖员刘洋见状，立即跳入水中，将老人救上岸。
W|“当时没想那么多，救人要紧。”刘洋说。目前，老人身体已无大碍。

H|■城区新增3处公共停车场@陈晨
W|近日，城区新增的3处公共停车场投入使用，共提供停车位420个，前30分钟免费。（陈晨）

H|■“冬季送温暖”活动启动@宋佳
W|11月24日，市慈善总会“冬季送温暖”活动启动，将为全市1200户困难家庭送去棉被、米面油等生活物资。（宋佳）

H|■市图书馆延长开放时间@
W|即日起，市图书馆每周五、周六开放时间延长至晚上9点，方便市民利用业余时间读书学习。

H|【全市中小学开展消防演练】@赵雪
W|11月9日是全国消防日，全市各中小学陆续开展消防疏散演练，12万余名师生参加。
D|（赵雪）

H|【古城区冬季供暖11月15日开始】@刘畅
W|记者从市热力公司获悉，今年城区供暖时间为11月15日至次年3月15日，居民如遇暖气不热，可拨打24小时热线反映。（记者 刘畅）

H|健步走大赛鸣枪 3000人沿运河开跑@苏敏
W|本报讯（记者 苏敏）11月24日上午，2024年全市“全民健身·运河行”健步走大赛在古运河畔鸣枪开赛，3000余名市民参加。
W|比赛设5公里和10公里两个组别，线路串联起运河沿岸的多个景点，参赛市民边走边欣赏沿途风光。
"""


# --- 4. PDF extraction: headlines wrapped onto two lines, body wrapped at 22 with single newlines --

NARROW = """
C|第04版 区县新闻
H|阳谷县投资3.6亿元实施农村↩
H+|供水管网改造工程@马洪涛 高明
W|本报阳谷11月25日讯（记者 马洪涛 通讯员 高明）近日，阳谷县农村供水管网改造工程全面开工。工程总投资3.6亿元，将改造供水管网1260公里，惠及18个乡镇的42万群众。
W|“以前一到夏天用水高峰，楼上就没水。”阿城镇村民李长河说，这次改造后，全村都能用上稳定的自来水了。
W|据了解，该工程计划于2025年6月底前完工。
H|东阿阿胶产业园项目签约落地@
W|本报东阿11月25日讯 11月23日，东阿县阿胶产业园项目签约仪式举行。项目总投资15亿元，主要建设阿胶深加工生产线、中医药文化展示中心等，建成后预计年产值可达30亿元。
H|茌平区：“一站式”服务让企业办事@陈雪
H+|“只跑一次”
W|本报茌平11月25日讯（记者 陈雪）“营业执照、税务登记、社保开户，一个窗口全办完，前后不到一个小时。”11月22日，在茌平区政务服务中心，某科技公司负责人王先生拿到了全套手续。
W|今年以来，茌平区将企业开办涉及的6个部门14项业务整合为“一件事”，办理时间压缩至0.5个工作日以内，累计服务企业3200余家。
H|临清市举办第三届运河文化旅游节@张蕾 刘振华
W|本报临清11月25日讯（记者 张蕾 通讯员 刘振华）11月24日，临清市第三届运河文化旅游节开幕。旅游节以“千年运河·魅力临清”为主题，将举办非遗展演、美食集市、运河夜游等20余项活动，持续到12月10日。
W|开幕当天，临清贡砖烧制技艺、临清架鼓等非遗项目集中亮相，吸引了上万名游客前来观看。
H|冠县鸭梨喜获丰收 电商助农↩
H+|拓宽销路@李航
W|本报冠县11月25日讯 眼下，冠县万亩梨园迎来收获季，果农们忙着采摘、分拣、装箱。今年全县鸭梨种植面积达到8.5万亩，预计总产量超过20万吨。
W|为帮助果农拓宽销路，冠县组织开展“电商助农”直播活动，邀请网络主播走进梨园，直播间单场销量突破5万单。
D|（李航）
H|高唐县启动冬季义务植树活动@
W|本报高唐11月25日讯 11月24日，高唐县冬季义务植树活动启动，机关干部、志愿者和群众2000余人参加，栽植白蜡、国槐等苗木1.2万株。
H|莘县蔬菜“直通车”开进京津冀市场@王刚
W|本报莘县11月25日讯（记者 王刚）11月23日清晨，满载黄瓜、西红柿、辣椒等新鲜蔬菜的20辆冷链运输车从莘县蔬菜批发市场出发，当天下午就能进入北京新发地等市场。
W|目前，莘县已与京津冀地区46家大型商超、农贸市场建立稳定合作关系，每天发往京津冀的蔬菜超过3000吨。
"""


# --- 5. economy: numbers, dates, times, Latin names, URLs, 图为 captions, 下转/上接; GB18030, CRLF,
#        full-width indentation AND blank lines between paragraphs -----------------------------------

ECONOMY = """
C|滨海日报　第03版：经济
C|2024年11月25日　星期一

H|一汽—大众滨海基地第100万辆整车下线@徐磊 曹颖

W|　　本报讯（记者 徐磊 通讯员 曹颖）11月25日10:30，随着一辆白色SUV缓缓驶出总装车间，一汽—大众滨海基地第100万辆整车正式下线。从2019年投产到突破百万辆，该基地仅用了5年多时间。

W|　　据介绍，基地整车生产线自动化率超过85%，平均每58秒就有一辆新车下线。今年1—10月，基地累计生产整车21.6万辆，同比增长8.9%，其中新能源车型占比达到37%。

图为第100万辆整车下线现场。（本报记者 徐磊 摄）

H|前三季度全市GDP同比增长5.6%@

W|　　本报讯 记者从市统计局获悉，初步核算，前三季度全市实现地区生产总值（GDP）4826.3亿元，按不变价格计算，同比增长5.6%。其中，第一产业增加值增长3.4%，第二产业增长6.1%，第三产业增长5.3%。

W|　　数据显示，前三季度全市社会消费品零售总额达到1953.7亿元，增长4.8%；固定资产投资增长6.2%；外贸进出口总额1038亿元，增长11.7%。

H|“滨海通”APP上线 200项服务掌上办@周敏

W|　　本报讯（记者 周敏）11月24日，“滨海通”政务服务APP正式上线，市民可通过各大应用商店或登录https://www.bhtong.gov.cn下载，社保查询、公积金提取、不动产登记等200项高频服务实现“掌上办”。

W|　　市大数据局负责人介绍，APP同时推出适老化版本，字体更大、操作更简便，并支持语音搜索。

H|港口集团开通至RCEP国家新航线@韩冰

W|　　本报讯（记者 韩冰）11月23日，满载1800标准箱货物的“中远海运·Star”轮从滨海港启航，驶向越南胡志明市，标志着滨海港至RCEP成员国的第8条集装箱航线正式开通。

W|　　今年1—10月，滨海港集装箱吞吐量完成386万标准箱，同比增长9.3%。港口集团负责人表示，将继续加密航线，力争年底前集装箱吞吐量突破450万标准箱。

H|“专精特新”企业达到412家@

W|　　本报讯 记者从市工业和信息化局获悉，截至2024年10月底，全市累计培育省级以上“专精特新”中小企业412家，其中国家级专精特新“小巨人”企业58家。（下转第3版）

H|新能源产业集群加速崛起@~

W|　　（上接第1版）走进位于高新区的宁德新能源科技有限公司，机械臂往来穿梭，一块块电芯经过检测后被送上生产线。该公司今年前10个月产值突破120亿元，同比增长23%。

W|　　目前，全市新能源产业链上下游企业已达到260余家，2024年产业规模有望突破1500亿元。

H|首届滨海国际咖啡节开幕@刘思远

W|　　本报讯（记者 刘思远）11月23日至24日，首届滨海国际咖啡节在老港区文化创意街区举行，来自Brazil、Ethiopia等12个国家和地区的80余家咖啡品牌参展，两天吸引游客5.6万人次。

图为市民在咖啡节上品尝咖啡。

H|市区部分路段今晚施工@

W|　　本报讯 因地铁3号线施工需要，11月25日22:00至26日6:00，海河路（新华大街至人民路段）将实施全封闭施工，请过往车辆提前绕行。
"""


# --- 6. sports and culture: 记者手记, 文/图 credits at the top, end bylines, blank lines between articles

CULTURE = """
C|第08版：文体

H|市运会足球赛落幕 东昌府区夺冠@何亮
文/图 本报记者 何亮
W|　　11月24日下午，市第十一届运动会足球比赛在市体育中心落下帷幕。决赛中，东昌府区队凭借下半场第78分钟的一粒进球，以1∶0战胜临清市队，夺得冠军。
W|　　本届市运会足球比赛共有12支代表队参赛，进行了42场比赛，吸引现场观众2.3万人次。
W|　　记者手记：一场比赛，半城球迷。看台上挥舞的旗帜、此起彼伏的加油声，让人感受到这座城市对足球的热爱。愿更多孩子在家门口的球场上追逐梦想。

H|话剧《运河人家》首演@杨柳
W|　　本报讯（记者 杨柳）11月22日晚，由市话剧团创排的大型原创话剧《运河人家》在市大剧院首演。该剧以运河边一个家族三代人的命运变迁为主线，讲述了普通人在时代洪流中的坚守与奋斗。
W|　　演出结束后，观众起立鼓掌长达3分钟。“剧情很感人，好几次都看哭了。”观众李女士说。

H|中国象棋公开赛吸引400余名棋手@
W|　　本报讯 11月23日至24日，2024年“水城杯”中国象棋公开赛在市文化馆举行，来自全国各地的400余名棋手参赛。经过9轮激烈角逐，来自天津的选手王天一获得冠军。

H|市博物馆推出“宋元瓷器精品展”@宋佳怡
W|　　本报讯 即日起至2025年2月28日，“瓷韵千年——宋元瓷器精品展”在市博物馆展出，展出宋元时期瓷器精品126件（套），其中一级文物9件。
W|　　展览免费对市民开放，开放时间为每周二至周日9:00—17:00，市民可通过“市博物馆”微信公众号预约参观。
D|（记者 宋佳怡）

H|全民健身广场舞大赛决出名次@孔文
W|　　本报讯（记者 孔文）11月24日，全市全民健身广场舞大赛总决赛在人民广场举行，来自各县（市、区）的28支代表队同台竞技，最终，阳谷县“金秋舞蹈队”获得一等奖。

H|青年作家张晓宇新书分享会举行@
W|　　本报讯 11月23日，青年作家张晓宇长篇小说《北方的河流》新书分享会在新华书店举行。张晓宇与读者分享了创作背后的故事，并为读者签名留念。

H|冬泳爱好者迎寒畅游徒骇河@侯杰
W|　　本报讯 11月24日上午，气温只有4℃，徒骇河畔却十分热闹，50多名冬泳爱好者在河中畅游，引来不少市民驻足观看。
W|　　“冬泳贵在坚持，不能盲目下水。”市冬泳协会会长提醒，初学者要循序渐进，做好热身。（侯杰）

H|乒乓球联赛第二阶段打响@
W|　　本报讯 11月23日，全市乒乓球俱乐部联赛第二阶段比赛打响，16支俱乐部队伍将进行为期一个月的角逐。
"""


def fresh_pages() -> list[LaidOutPage]:
    """The fresh pages, each with its answers (one layout each: they are written out by hand)."""
    return [
        build_page("fresh-provincial-credit-line", PROVINCIAL, width=24),
        build_page("fresh-wire-xinhua", WIRE, width=26),
        build_page("fresh-evening-briefs", EVENING, width=21),
        build_page("fresh-narrow-wrapped-headlines", NARROW, width=22),
        build_page("fresh-economy-gb18030-crlf", ECONOMY, width=23, encoding="gb18030", crlf=True),
        build_page("fresh-culture-top-credit", CULTURE, width=25),
    ]


# --- written after the engine was changed for the pages above, and not tuned on: the honest check ----

# 7. a metro daily: 记者 X 实习生 Y credit lines, 文/图 credits, intertitles, no indent, narrow column
METRO = """
C|都市快报 A07 民生
H|老旧电梯加装“大考”：谁出钱？怎么装？@黄蕾 孟凡
记者 黄蕾 实习生 孟凡
W|“我们这栋楼住的多是老人，最盼的就是装电梯。”家住建设路老干部宿舍的刘大爷今年78岁，每次下楼买菜都要歇好几回。
W|今年以来，我市加快推进既有住宅加装电梯工作，截至10月底，全市已完成加装电梯386部，另有214部正在施工。
■费用怎么分摊
W|按照相关规定，加装电梯的费用由业主按楼层分摊，楼层越高，分摊比例越高。一楼住户一般不出资，部分小区还对一楼住户给予适当补偿。
■审批能否更快
W|市住建局相关负责人介绍，目前加装电梯审批已实现“一窗受理、并联审批”，办理时限由原来的60个工作日压缩至15个工作日。
H|地铁2号线二期进入铺轨阶段@王帅
文/图 记者 王帅
W|11月24日，随着第一组长轨精准落位，地铁2号线二期工程正式进入铺轨阶段。二期工程全长11.8公里，设车站8座，预计2025年底开通运营。
H|“一老一小”服务站开到家门口@
W|近日，南湖街道首个“一老一小”综合服务站投入使用，老人可以在这里吃饭、理疗、读书，放学后的孩子可以在这里写作业、参加兴趣课堂。
W|服务站负责人介绍，开业一周，已累计服务居民1100多人次。
H|这个周末气温“过山车” 最低降至-3℃@李想
记者 李想
W|本报讯 据市气象台预报，受冷空气影响，本周六起我市气温将明显下降，周日早晨最低气温降至-3℃，并伴有4～5级偏北风。
W|气象专家提醒，市民要及时添衣保暖，注意防范道路结冰。
H|市民热线12345前10月受理诉求86万件@赵倩
W|本报讯（记者 赵倩）记者从市12345政务服务便民热线获悉，今年1—10月，热线共受理群众诉求86.2万件，按时办结率99.6%，群众满意率96.8%。
W|从诉求类型看，供暖、物业、交通出行位列前三。
H|外卖骑手有了“暖心驿站”@
W|近日，市总工会在城区建成20家“骑手暖心驿站”，为外卖骑手、快递小哥提供饮水、充电、休息等服务。
H|夜市经济点亮城市烟火气@张雨晴 陈浩
W|本报讯（记者 张雨晴 通讯员 陈浩）华灯初上，位于老城区的运河夜市人头攒动，烤串、糖葫芦、手工艺品摊位前排起长队。
W|据统计，今年以来，全市已打造特色夜市街区12个，带动就业5000余人。
"""


# 8. a county media centre: 融媒体中心讯 datelines, half-width punctuation, a blank line after every line
COUNTY = """
C|第2版 今日莘县

H|莘县:冬季农田水利建设全面展开@刘峰

莘县融媒体中心讯(记者 刘峰)连日来,莘县抢抓冬季农闲有利时机,↩

全面掀起农田水利基本建设高潮。全县共谋划实施水利项目46个,↩

计划投资2.8亿元。

在古城镇的施工现场,挖掘机、运输车来回穿梭,工人们正在↩

对沟渠进行清淤疏浚。

H|县人民医院开通“免陪照护”服务@

县人民医院近日在心内科、骨科等6个病区试点开通“免陪照护”服务,由经过专业培训的护理员为患者提供24小时生活照护,↩

让患者家属不再“两头跑”。

H|全县中小学生体质健康抽测合格率达96.5%@孙倩 王磊

本报讯(记者 孙倩 通讯员 王磊)记者从县教体局获悉,2024年全县中小学生体质健康抽测合格率达96.5%,↩

较上年提高2.1个百分点。

H|河店镇:小香菇撑起致富“伞”@赵敏

走进河店镇香菇产业园,一排排大棚整齐排列,菇农们正忙着采摘、分拣、装箱。

“今年的香菇品相好,价格也不错。”菇农李秀芬笑着说。

D|(赵敏)

H|县图书馆新增自助借还设备@

即日起,县图书馆新增自助借还设备4台,读者刷身份证即可借还图书,↩

借阅时间延长至晚上8点。

H|张鲁回族镇开展消防安全大检查@王涛

为切实做好冬季消防安全工作,张鲁回族镇近日组织开展消防安全大检查,↩

重点对学校、敬老院、商场等人员密集场所进行排查,↩

发现并整改隐患23处。(王涛)

C|责任编辑:李娜
"""


def fresh_pages_after() -> list[LaidOutPage]:
    """Pages written after the engine was changed for ``fresh_pages``: the held-out figure after those changes."""
    return [
        build_page("fresh-late-metro-intertitles", METRO, width=20),
        build_page("fresh-late-county-halfwidth", COUNTY, width=30),
    ]
