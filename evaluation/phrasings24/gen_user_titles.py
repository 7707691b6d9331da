"""User titles in the style of Q&A sites, with typos earlier tables did not use (住园, 起付钱, 医报,
们特, 报效, 两并, 封定, 参包, 档刺, 备暗, 年渡, 文初, 看关员, 培驯, 创三家, 公露, 客云, 必业生,
就叶) and new noise (【在线等】, 【求解】, 求懂哥, 蹲一个答案, 有没有明白人, 小白求问, 各位前辈,
请教一下大家, 提前谢过, 万分感谢, 急在线, 谁能告诉我, 好人一生平安, 路过大佬帮帮忙, 紧急求助,
跪求, 真诚发问, 已经哭了, 一直搞不懂, 新人报道); answered over all seven documents, some declined,
some computed."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.places import RATE, ROAD
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings24.table import Heldout24Table

U = "user_titles"
BOTH = ["answered", "calculated"]

# (status, gold or None, terms, question)
TITLES = [
    ("answered", mi("第二十二条"), ["200元"], "【在线等】二级医院住园起付钱是多少"),
    ("answered", mi("第二十二条"), ["60元"], "二级医院床位费医报一天认几块 求懂哥"),
    ("answered", mi("第二十二条"), ["90%"], "交250档在一级医院住园报几成 蹲一个答案"),
    ("answered", mi("第二十四条"), ["癫痫"], "癫痫能不能办们特 有没有明白人"),
    ("answered", mi("第二十四条"), ["90%"], "交250的们特报效比例多少 小白求问"),
    ("answered", mi("第二十五条"), ["2000元"], "高血压糖尿病两并都有 一年封定多少 各位前辈"),
    ("answered", mi("第八条"), ["12月31日"], "参包缴费最晚交到哪天 请教一下大家"),
    ("answered", mi("第十八条"), ["60 元、120 元、250 元"], "居民医保档刺有哪几个 提前谢过"),
    ("answered", mi("第二十九条"), ["全额报销"], "生孩子医报能报多少 万分感谢"),
    ("answered", mi("第三十三条"), ["5日内"], "区外住园几天内要备暗 急在线"),
    ("answered", mi("第三十条"), ["膳食费"], "住园的伙食费能不能报效 谁能告诉我"),
    ("answered", mi("第十八条"), ["不再缴费"], "老人满几岁就不用交参包费了 好人一生平安"),
    ("answered", mi("第七条"), ["户口簿"], "第一次参包登记要带啥 路过大佬帮帮忙"),
    ("answered", mi("第二十七条"), ["14万元"], "大病保险年渡最高赔多少 紧急求助"),
    ("answered", mi("第三十四条"), ["住院发票原件"], "区外住园回来报效要准备哪些材料 跪求"),
    ("answered", mi("第二十二条"), ["180天"], "一直住园半年多了 报效怎么结 真诚发问"),
    ("answered", mi("第十一条"), ["寺管会"], "寺里在编僧人参包由谁去办 新人报道求解"),
    ("answered", mi("第四十五条"), ["追回"], "把社保卡借给别人看病 会有什么后果 一直搞不懂"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "【求解】文初保护单位的壁画能拍照吗"),
    ("answered", art(RP, "第二十一条"), ["立即保护现场"], "盖房挖出老东西了怎么办 已经哭了"),
    ("answered", art(RP, "第十四条"), ["不得重新修建"], "全毁了的古建筑能不能原地重盖 求懂哥"),
    (
        "answered",
        art(RP, "第三十二条"),
        ["备案方可依法流通"],
        "个人收藏的文初能不能买卖 有没有明白人",
    ),
    ("answered", art(RP, "第三十三条"), ["捐赠"], "想把家里的老文初捐给博物馆 可以吗 小白求问"),
    (
        "answered",
        art(RP, "第四十一条"),
        ["检举控告"],
        "看到有人盗挖古墓 普通人有没有责任举报 请教一下大家",
    ),
    ("answered", art(RP, "第十条"), ["县级文物保护单位"], "文保单位分哪几级 提前谢过"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "看关员招聘年龄限制多少 蹲一个答案"),
    ("answered", art(RC, "第十二条"), ["1400元"], "自治区级野外点看关员月工资多少 急在线", BOTH),
    (
        "answered",
        art(RC, "第十七条"),
        ["不履行野外文物看管人员职责"],
        "看关员啥情况会被解聘 各位前辈",
    ),
    ("answered", art(RC, "第六条"), ["汉藏双语"], "什么样的人能优先选上看关员 谁能告诉我"),
    ("answered", art(RC, "第十一条"), ["巡逻日志"], "看关员不好好写巡逻日志会怎样 万分感谢"),
    (
        "answered",
        art(RT, "一、（三）"),
        ["每年不得少于一次"],
        "文物安全培驯一年最少几次 【在线等】",
    ),
    ("answered", art(RT, "一、（六）"), ["考核"], "培驯结束以后要不要考试 真诚发问"),
    (
        "answered",
        art(RT, "六、（四）"),
        ["理论知识培训和实践能力培训"],
        "文物安全培驯的方向分哪两类 跪求",
    ),
    (
        "answered",
        art(RT, "六、（六）"),
        ["野外文物看管人员"],
        "哪些人必须参加文物安全培驯 新人报道",
    ),
    ("answered", art(RT, "四、（三）"), ["记录在案"], "培驯无故缺勤会怎么处理 紧急求助"),
    ("answered", art(HP, "四、（十）"), ["184"], "人民医院创三家要新招多少医务人员 好人一生平安"),
    (
        "answered",
        art(HP, "四、（七）"),
        ["12 家内地医院"],
        "远程会诊平台对接了几家内地医院 路过大佬帮帮忙",
    ),
    ("answered", art(HP, "二、"), ["2021 年"], "人民医院创三家争取哪年挂牌 求懂哥"),
    ("answered", art(HP, "四、（三）"), ["5000万元"], "精神病福利院总投资多少 有没有明白人"),
    (
        "answered",
        art(HP, "五、（一）"),
        ["每月召开一次碰头会"],
        "创三家联席会议多久开一次碰头会 蹲一个答案",
    ),
    ("answered", ROAD, ["100万元/年"], "农村公露养护补贴每个县一年多少 急在线", BOTH),
    ("answered", quote(RD, "托林镇-香孜乡"), ["6辆"], "阿里农村客云车辆现在有几辆 小白求问"),
    (
        "answered",
        art(RD, "二、（三）"),
        ["1594 名"],
        "生态补偿公露养护岗位一共安排多少人 请教一下大家",
    ),
    ("answered", art(RD, "第19项"), ["7月15日前"], "日土县农村客云啥时候开通 提前谢过"),
    (
        "answered",
        quote(RD, "不少于60%"),
        ["不少于60%"],
        "养护公司雇当地农民的比例有要求吗 各位前辈",
    ),
    ("answered", RATE, ["90%以上"], "必业生就叶率目标多少 万分感谢"),
    ("answered", quote(GE, "2020年591人"), ["591"], "2020年阿里有多少必业生 跪求"),
    ("answered", art(GE, "三、（一）4."), ["1160 个左右"], "公益性岗位规划了多少个 求懂哥"),
    ("answered", art(GE, "三、（一）1."), ["500人以上"], "必业生创业带动就叶目标是多少人 真诚发问"),
    ("answered", art(GE, "三、（一）4."), ["不少于 75 人"], "必业生参军入伍目标多少人 新人报道"),
    ("out_of_scope", None, [], "【求解】西宁的居民医保住园起付钱多少"),
    ("out_of_scope", None, [], "2040年阿里必业生就叶率目标多少 急在线"),
    ("out_of_scope", None, [], "甘南的文物看关员工资多少 有没有明白人"),
    ("out_of_scope", None, [], "买的百万医疗险怎么报效 谁能告诉我"),
    ("out_of_scope", None, [], "事业单位考试行测怎么复习 求懂哥"),
    ("out_of_scope", None, [], "狮泉河哪家火锅好吃 蹲一个答案"),
]

# computed titles: (question) with the expectation in EXPECTED, in the same order
CALCULATED = [
    "三级医院住园三万 交250档刺 今年第一次 医报出多少 急在线",
    "二级医院今年第三次住园 八千 交120 报效多少 求懂哥",
    "们特痛风 交120 门诊两千 报多少 小白求问",
    "全国重点野外点看关员干了九个月 工资一共多少 跪求",
    "两并门诊糖尿病 二级医院 甲类药一千 报多少 各位前辈",
    "普通门珍今年头回 花了三百五 报多少 万分感谢",
    "六十七岁的外婆参包要交多少 有没有明白人",
    "四个县加地区财政一年公露养护补贴多少万 蹲一个答案",
]

EXPECTED = [
    e.inpatient(250, "三级", "30000"),
    e.inpatient(120, "二级", "8000", 3),
    e.special(120, "痛风", "2000"),
    e.custodian("全国重点", 9),
    e.two_diseases(["糖尿病"], "二级", "1000"),
    e.general("350"),
    e.enrol(sex="女", age=67),
    e.road(4, True),
]


def build(t: Heldout24Table) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
