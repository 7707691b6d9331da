"""User titles in the style of Q&A sites: vague, colloquial, often with a relative or a place
(门士乡, 帕羊镇, 托林寺, 科迦寺, 日土岩画, 多玛乡, 阿汝村) and a plea (【急】, 求解答, 有懂的吗,
蹲一个答案, 小白求助, 救救孩子, 坐标阿里, 万能的网友…); most answered from the gazette, twelve
declined (another prefecture, scheme or year, or nothing in the documents), nine computed. Every
sentence was written for this table."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_titles, add_zipped
from evaluation.phrasings.places import CAP, RATE
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings33.table import Tune33Table

U = "user_titles"
BOTH = ["answered", "calculated"]

TITLES = [
    ("answered", mi("第二十二条"), ["200元"], "【急】叔叔住县医院 起付线要先扣多少钱？"),
    ("answered", mi("第二十四条"), ["癫痫"], "侄子癫痫 门特能办吗 有懂的吗"),
    ("answered", mi("第二十五条"), ["1200元"], "糖尿病两病门诊一年能报多少 蹲一个答案"),
    ("answered", CAP, ["6万元"], "坐标阿里 医保一年到顶能报多少"),
    ("answered", mi("第八条"), ["由本人承担"], "忘了交医保 这段时间生病咋整 小白求助"),
    (
        "answered",
        mi("第十八条"),
        ["就高不就低"],
        "低保户又是残疾人 医保补助按哪个算 万能的网友",
        BOTH,
    ),
    ("answered", mi("第三十三条"), ["5日内"], "在成都住院 多久内必须备案 救救孩子"),
    ("answered", mi("第三十四条"), ["住院发票原件"], "内地看病回阿里报销 要准备啥材料 求解答"),
    ("answered", mi("第三十条"), ["洁牙"], "洗牙能走医保吗 牙医说不行"),
    ("answered", mi("第三十条"), ["打架斗殴"], "跟人打架受伤住院 医保给报吗 在线等挺急的"),
    ("answered", mi("第二十九条"), ["全额报销"], "媳妇生娃 医保到底报多少 准爸爸提问"),
    ("answered", mi("第二十六条"), ["300元"], "普通门诊一年能报多少 感觉没多少"),
    ("answered", mi("第二十二条"), ["降低10%"], "阿里参保的跑去拉萨住院 报销是不是要打折"),
    ("answered", mi("第七条"), ["身份证原件和复印件"], "帮婶婶办医保 要带哪些证件 头一回"),
    ("answered", mi("第六条"), ["按户籍所在地参保"], "在内地上大学的娃 医保在哪交？"),
    ("answered", mi("第二十七条"), ["14万元"], "大病保险能赔多少 家里有人重病了"),
    ("answered", mi("第二十四条"), ["70%"], "门特交120那档报多少比例 问问大家"),
    ("answered", mi("第三十一条"), ["医保电子凭证"], "没带社保卡 手机上的医保码能看病吗"),
    ("answered", art(RP, "第二十一条"), ["立即保护现场"], "放羊时发现一个古墓洞口 怎么办 在线等"),
    ("answered", art(RP, "第三十七条"), ["不得拍摄"], "去托林寺能拍壁画吗 旅游的问一下"),
    ("answered", art(RP, "第十六条"), ["不得占用"], "村里要在老佛塔边上盖房子 占了一块 行不行"),
    ("answered", art(RC, "第五条"), ["25-50岁"], "二舅五十二岁了 还能当文物看管员吗"),
    (
        "answered",
        art(RC, "第十二条"),
        ["1400"],  # fixed after the run: a one-month calculation writes "1400.00 元"
        "自治区级野外文物点招看管员 一个月给多少钱 想让表哥去试试",
        BOTH,
    ),
    ("answered", art(RC, "第十一条"), ["巡逻日志"], "看管员偷懒没如实填巡逻日志 补助会被扣吗"),
    ("answered", art(RT, "四、（三）"), ["无故缺勤"], "文物安全培训逃课会怎样 同事问的"),
    ("answered", art(RT, "六、（三）"), ["试卷考核"], "文物局的培训要考试吗 紧张"),
    (
        "answered",
        [art(HP, "二、"), art(HP, "三、（七）")],
        ["2021"],
        "地区医院啥时候能评上三甲挂牌 有知道的吗",
    ),
    ("answered", art(HP, "四、（三）"), ["5000万元"], "阿里要建精神病福利院？要投多少钱"),
    ("answered", art(HP, "四、（六）"), ["地区卫健委院内"], "中心血站要搬到哪里去 献血的问问"),
    (
        "answered",
        # fixed after the run: the task table's 第7项 (12家支援医院) states it as well
        [art(HP, "四、（七）"), art(HP, "第7项")],
        ["12"],
        "地区人民医院的远程会诊平台 跟内地多少家医院连着",
    ),
    # fixed after the run: the task table's 第19项 and the transit annex state it as well
    (
        "answered",
        [
            art(RD, "二、（四）"),
            art(RD, "第19项"),
            quote(RD, "发展重点目标为今年自治区指定日土县"),
        ],
        ["7月15日前"],
        "日土县什么时候通农村客运班车 老家在多玛乡",
    ),
    ("answered", art(RD, "二、"), ["阿汝村"], "日土阿汝村通硬化路了吗 村里人问"),
    # fixed after the run: the task table's 第16项 states it as well
    (
        "answered",
        [art(RD, "二、（三）"), art(RD, "第16项")],
        ["路长制"],
        "农村公路要搞路长制吗 分几级 村里好奇",
    ),
    ("answered", art(RD, "三、"), ["袁富国"], "争创四好农村路的推进领导小组 组长由哪位领导担任"),
    ("answered", RATE, ["90%以上"], "阿里的大学生毕业后就业率规划能到多少 家长焦虑中"),
    ("answered", quote(GE, "2021年580人"), ["580"], "2021年阿里大学毕业生有多少 写论文用"),
    ("answered", art(GE, "三、（一）3."), ["不少于 20 个"], "驻阿央企招不招应届生 一年多少岗位"),
    (
        "answered",
        # fixed after the run: 三、（一）3. names the same projects
        [art(GE, "四、（二）2."), art(GE, "三、（一）3.")],
        ["三支一扶"],
        "阿里毕业生有哪些基层项目可以报 比如三支一扶",
    ),
    ("answered", mi("第二十五条"), ["不得同时享受"], "阿爸高血压办了门特 还能再走两病门诊吗 懵了"),
    ("answered", mi("第十三条"), ["城乡居民医疗保险基金"], "从居民医保换成职工医保 空档期住院谁报"),
    ("answered", mi("第四十五条"), ["追回"], "拿亲戚的社保卡去看病 被查到会咋样"),
    ("answered", mi("第二十二条"), ["180天"], "老人长期住院一直不出院 医保怎么算账"),
    ("answered", mi("第二十条"), ["3月31日前"], "财政的医保补助每年啥时候到位 做账的问"),
    ("answered", art(RP, "第二十七条"), ["两年"], "国有博物馆借展品最多借几年 办展的问问"),
    ("answered", art(RT, "五、"), ["地区文物安全专项经费"], "文物安全培训的钱谁出 要自己垫吗"),
    ("answered", mi("第十一条"), ["寺管会"], "科迦寺的僧人参保 谁来统一办"),
    ("answered", art(RC, "第八条"), ["文物安全培训"], "当看管员有没有培训可以参加"),
    # fixed after the run: 第四十四条 (倒卖文物, with 海关 and 文物) answers it as well
    (
        "answered",
        [art(RP, "第三十四条"), art(RP, "第四十四条")],
        ["海关"],
        "狮泉河地摊上有人倒卖老物件 哪些部门会管",
    ),
    ("answered", mi("第二十九条"), ["随其母亲"], "没上户口的娃没保住 住院费怎么报 难受"),
    ("answered", art(HP, "四、（八）"), ["马泉小区"], "去阿里医院工作的医生住哪 有房子吗"),
    ("out_of_scope", None, None, "日喀则参保的在阿里住院能报吗 老乡们"),
    ("out_of_scope", None, None, "那曲的居民医保一年交多少 有人知道吗"),
    ("out_of_scope", None, None, "林芝的文物看管员工资多少 想去应聘"),
    ("out_of_scope", None, None, "昌都市毕业生就业有补贴吗"),
    ("out_of_scope", None, None, "山南的农村客运班车什么时候通 急"),
    ("out_of_scope", None, None, "重庆职工医保在阿里能用吗"),
    ("out_of_scope", None, None, "商业保险和居民医保哪个划算"),
    ("out_of_scope", None, None, "2027年阿里医保交多少钱 出通知没"),
    ("out_of_scope", None, None, "四川户口在阿里做生意 怎么交四川的社保"),
    ("out_of_scope", None, None, "去玛旁雍错要办边防证吗"),
    ("out_of_scope", None, None, "青海的门诊特殊病有哪些"),
    ("out_of_scope", None, None, "去狮泉河出差 哪家藏餐馆的牦牛肉好吃 求推荐"),
]

CALCULATED = [
    "叔叔交120 地区医院(三级)今年第一次住院 花了两万二 能报多少 急",
    "婶婶250档 县医院二级 今年头回住院 八千八 医保报多少 求算",
    "老爸肝癌门特 交250 这次门诊一万一 报多少？？",
    "表哥在县级野外文物点看管了九个月 一共多少钱 帮忙算下",
    "奶奶高血压 乡卫生院两病门诊拿了九百块甲类药 能报多少",
    "老妈今年第一次看普通门诊 花了二百六 报多少",
    "三个县加地区一年的养护专项补贴多少万 做预算用",
    "老婆在三级医院生孩子花了一万 医保报多少 新手爸爸",
    "63岁的爷爷 男 交医保个人要出多少 求解",
]
EXPECTED = [
    e.inpatient(120, "三级", "22000"),
    e.inpatient(250, "二级", "8800"),
    e.special(250, "恶性肿瘤", "11000"),
    e.custodian("县级", 9),
    e.two_diseases(["高血压"], "乡镇卫生院", "900"),
    e.general("260"),
    e.road(3, True),
    e.maternity("三级", "10000"),
    e.follow_up("contribution", ["tier"]),
]


def build(t: Tune33Table) -> None:
    for status, gold, terms, question, *override in TITLES:
        add_titles(t, U, [(override[0] if override else status, gold, terms, question)])
    add_zipped(t, U, CALCULATED, EXPECTED)
