"""Dialogues: the 6万 cap across stays, across dialysis months and across a stay and a 门特 course
(asked after in English too); the 两病 and 普通门诊 limits across visits; corrections naming the
field (档次搞错了, 多打了一个零, 医院等级说错了, 不对 是十个月); 为什么/为啥/怎么… after a result;
哪条/哪一条/哪个文件; topic switches while a follow-up for cost, tier, level, site level, months,
fiscal subsidy, 门特 tier or 两病 level is pending (`not_follow_up_for`), then the slot given late;
continuations with 呢/那/要是 on lists and lookups (门特 diseases, 第三十条's classes, the custodians'
rules, the 三甲 plan, rural buses, graduates' posts, 第八条, bed fees), not only on calculations;
person switches; relic ↔ medical switches; declined follow-ons for another place; greetings and
thanks; malformed amounts, tiers, levels, ages and month counts, each then corrected. Figures
only from evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    FIND,
    GENERAL,
    INPATIENT,
    PERIOD,
    RATE,
    ROAD_PREFECTURE,
    SERIOUS,
    SHARE,
    SPECIAL,
    TIERS,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings21.table import Tune21Table

BOTH = ["answered", "calculated"]
TRAINING = art(RT, "一、（三）")
PHOTO = art(RP, "第三十七条")


def _caps(t: Tune21Table) -> None:
    s1 = e.inpatient(250, "三级", "45000")
    s2 = e.inpatient(250, "三级", "30000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("小姨子交250 三级医院今年头一回住院 四万五", s1),
        ("入冬又住了第二回 同一家医院 三万", s2),
        ("为什么第二次没按八成五报全", answered(CAP, ["6万元"])),
        ("这个六万的上限写在哪一条 发我看看", answered(CAP, [MI])),
    )
    m1 = e.special(120, "慢性肾功能衰竭", "30000")
    m2 = e.special(120, "慢性肾功能衰竭", "30000", paid=paid_after(m1))
    m3 = e.special(120, "慢性肾功能衰竭", "30000", paid=paid_after(m1, m2))
    add_dialogue(
        t,
        ("大舅哥做透析走门特 交120档 头一个月三万", m1),
        ("第二个月透析还是三万", m2),
        ("第三个月又是三万 档次没变", m3),
        ("怎么第三个月报得比前两个月少", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(60, "二级", "80000")
    add_dialogue(
        t,
        ("表舅交60 二级医院今年第一次住院 八万", c1),
        (
            "出院后他又做门特化疗 交60 门诊两万",
            e.special(60, "恶性肿瘤", "20000", paid=paid_after(c1)),
        ),
        (
            "门特报销的钱和住院报销的钱 是不是放一个篮子里算年度上限",
            answered(SPECIAL, ["合并累计计算"]),
        ),
        ("这个合并计算的规定在哪条", answered(SPECIAL, [MI])),
    )
    add_dialogue(
        t,
        ("姑婆交250 一级医院今年第一次住院 账单九万", e.inpatient(250, "一级", "90000")),
        ("is there a yearly ceiling on what the fund pays", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["糖尿病"], "一级", "1000")
    add_dialogue(
        t,
        ("亲家母糖尿病走两病门诊 一级医院 甲类一千", d1),
        (
            "过了俩月又拿了甲类八百 还是一级医院",
            e.two_diseases(["糖尿病"], "一级", "800", paid=paid_after(d1)),
        ),
        ("为啥这回只报了五百", answered(TWO, ["1200元"])),
    )
    add_dialogue(
        t,
        ("亲家公今年头一趟看普通门诊 自己垫了五百块 统筹给多少", e.general("500")),
        ("月底又看了一次普通门诊 三百", e.general("300", "500")),
        ("怎么第二次才报六十", answered(GENERAL, ["300元"])),
    )


def _corrections_and_deltas(t: Tune21Table) -> None:
    add_dialogue(
        t,
        ("继父二级医院第一次住院 两万 交120", e.inpatient(120, "二级", "20000")),
        ("档次搞错了 他交的是60", e.inpatient(60, "二级", "20000")),
        ("那要是他住的是三级医院呢", e.inpatient(60, "三级", "20000")),
        ("为什么三级的反而报得少", answered(INPATIENT, ["60%"])),
    )
    add_dialogue(
        t,
        ("外孙女交120 三级医院头回住院 十五万", e.inpatient(120, "三级", "150000")),
        ("多打了一个零 其实是一万五", e.inpatient(120, "三级", "15000")),
        ("为什么先扣了四百块", answered(INPATIENT, ["起付线"])),
    )
    add_dialogue(
        t,
        ("亲家母交250 一级医院第一次住院 九千", e.inpatient(250, "一级", "9000")),
        ("医院等级说错了 她住的是乡镇卫生院", e.inpatient(250, "乡镇卫生院", "9000")),
        ("乡镇卫生院起付一百 这是依据哪一条", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("大伯哥在自治区级野外点看管 干了六个月 工资多少", e.custodian("自治区级", 6)),
        ("不对 是十个月", e.custodian("自治区级", 10)),
        ("那全国重点的点呢 也是十个月", e.custodian("全国重点", 10)),
        ("一千四一千二这个工资标准是哪个文件定的 我要拿给大伯哥看", answered(WAGE, [RC])),
    )
    add_dialogue(
        t,
        ("革吉措勤改则三个县一年养护专项补贴多少万", e.road(3, False)),
        ("那七个县一起呢", e.road(7, False)),
        ("把地区财政自己那一份也算进去 总数多少", e.road(7, True)),
        ("为什么地区财政那份是三百五", answered(ROAD_PREFECTURE, ["350万元/年"])),
    )
    add_dialogue(
        t,
        ("建档立卡户的阿佳参保 个人交多少", e.enrol(["建档立卡贫困人员"])),
        (
            "那她要是六十二岁了呢 女的",
            e.enrol(["建档立卡贫困人员"], sex="女", age=62),
        ),
        # fixed after the run: the explanation quotes the age rule, not its 不再缴费
        ("为什么到了六十二就不用交了", answered(TIERS, ["女年满 60 周岁"])),
    )


def _person_switches(t: Tune21Table) -> None:
    add_dialogue(
        t,
        ("小叔子三十岁 男 选120档 参保个人交多少", e.enrol(sex="男", age=30, tier=120)),
        ("那他奶奶呢 七十三了", e.enrol(sex="女", age=73)),
        (
            "为啥奶奶一分不用交 那份钱谁出",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["6:4"]},
        ),
    )
    add_dialogue(
        t,
        ("大伯哥二级医院今年第一次住院 交250 一万二", e.inpatient(250, "二级", "12000")),
        ("那他老婆呢 同一家医院 交60 第一次 八千", e.inpatient(60, "二级", "8000")),
        (
            "他儿子在社区卫生服务中心住院 交120 头回 两千",
            e.inpatient(120, "社区卫生服务中心", "2000"),
        ),
    )
    add_dialogue(
        t,
        (
            "我们寺里一位阿尼去年被县里评为爱国守法先进僧尼 她今年参保个人那份是多少",
            e.enrol(["僧尼县级表彰"]),
        ),
        ("那获自治区级表彰的僧人呢", e.enrol(["僧尼自治区级表彰"])),
        (
            "这类补助最后由谁向财政申请",
            answered(SHARE, ["县医保局向县级财政部门提出补助申请"]),
        ),
    )


def _topic_switches(t: Tune21Table) -> None:
    add_dialogue(
        t,
        ("交250 一级医院今年第二次住院 帮我算算", e.follow_up("inpatient", ["cost"])),
        (
            "先问一下 寺庙里的壁画能拍照吗",
            answered(PHOTO, ["不得拍摄"], not_follow_up_for=["cost"]),
        ),
        (
            "那石窟造像拓印呢",
            answered(art(RP, "第三十八条"), ["不得私自拓印"], not_follow_up_for=["cost"]),
        ),
        ("回到住院那事 一共一万四", e.inpatient(250, "一级", "14000", 2)),
    )
    add_dialogue(
        t,
        ("三级医院头回住院 两万六 报多少", e.follow_up("inpatient", ["tier"])),
        (
            "插一句 文物安全培训的经费谁出",
            answered(art(RT, "五、"), ["地区文物安全专项经费"], not_follow_up_for=["tier"]),
        ),
        ("档次是60的", e.inpatient(60, "三级", "26000")),
    )
    add_dialogue(
        t,
        ("交120 今年第一次住院 花了一万 能报多少", e.follow_up("inpatient", ["level"])),
        ("顺便问问 门特一共有几种病", answered(SPECIAL, ["30种"], not_follow_up_for=["level"])),
        ("住的是一级医院", e.inpatient(120, "一级", "10000")),
    )
    add_dialogue(
        t,
        ("看管员干了九个月 工资一共多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "问个别的 野外看管员除了干活 本身有什么权利",
            answered(art(RC, "第八条"), ["文物安全培训"], not_follow_up_for=["site_level"]),
        ),
        ("他看的是县级的点", e.custodian("县级", 9)),
    )
    add_dialogue(
        t,
        ("全国重点野外点的看管员 帮忙算算工资", e.follow_up("custodian_pay", ["months"])),
        (
            "那跟县里签的那份看管协议书 一签最长管几年",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["months"]),
        ),
        ("他干了四个月", e.custodian("全国重点", 4)),
    )
    add_dialogue(
        t,
        ("断缴了要补缴 帮我算下得交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "等下 把欠的钱补上以后 从哪个月开始看病能报",
            answered(PERIOD, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("查了一下 各级财政补贴加一起是六百块", e.late("600")),
    )
    add_dialogue(
        t,
        ("冠心病门特 门诊三千 能报多少", e.follow_up("special_outpatient", ["tier"])),
        ("门特有没有起付线", answered(SPECIAL, ["不设起付线"], not_follow_up_for=["tier"])),
        ("交的是250", e.special(250, "冠心病", "3000")),
    )
    add_dialogue(
        t,
        (
            "老阿爸血压高 两病门诊拿了四百块甲类药 能报回来多少",
            e.follow_up("two_diseases", ["level"]),
        ),
        ("换个话题 毕业生就业率目标多少", answered(RATE, ["90%以上"], not_follow_up_for=["level"])),
        ("开药是在二级医院", e.two_diseases(["高血压"], "二级", "400")),
    )
    add_dialogue(
        t,
        ("交60 二级医院头回住院 算下能报多少", e.follow_up("inpatient", ["cost"])),
        (
            "插个题外话 地区人民医院创三甲总共划成几个阶段",
            answered(art(HP, "三、"), ["7 个阶段"], not_follow_up_for=["cost"]),
        ),
        (
            "那初次评审阶段要干什么",
            answered(art(HP, "三、（五）"), ["初次评审申请书"], not_follow_up_for=["cost"]),
        ),
        ("住院费用是六千", e.inpatient(60, "二级", "6000")),
    )


def _relics_and_medical(t: Tune21Table) -> None:
    add_dialogue(
        t,
        ("挖地基挖出个老陶罐 该怎么办", answered(FIND, ["立即保护现场"])),
        ("能不能自己偷偷留着", answered(FIND, ["藏匿"])),
        ("那我干活累病了住院 陪护费能报吗", answered(EXCLUDED, ["陪护费"])),
        ("陪护费不给报这条写在哪个文件里", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        (
            "寺里专库专柜放的珍贵文物 规定多久要复核一遍",
            answered(art(RP, "第二十六条"), ["每年复核一次"]),
        ),
        ("那寺里的僧人参保谁去办", answered(mi("第十一条"), ["寺管会"])),
        ("寺管会代办参保是哪一条规定的", answered(mi("第十一条"), [MI])),
    )
    add_dialogue(
        t,
        (
            "单位让我去参加文物安全培训 听说一年最少要办几次 是多少",
            answered(TRAINING, ["每年不得少于一次"]),
        ),
        ("那参训的人住进三级医院 床位费认多少", answered(INPATIENT, ["80元"])),
        ("那乡镇卫生院呢", answered(INPATIENT, ["20元"])),
    )


def _lists_and_lookups(t: Tune21Table) -> None:
    add_dialogue(
        t,
        ("门特病种里有没有痛风", answered(SPECIAL, ["痛风"])),
        ("那青光眼呢", answered(SPECIAL, ["青光眼"])),
        ("要是我交的120 门特报几成", answered(SPECIAL, ["70%"])),
    )
    add_dialogue(
        t,
        ("服务类里医保不给报的费用有哪些", answered(EXCLUDED, ["挂号费", "院外会诊费"])),
        ("那生活服务类呢", answered(EXCLUDED, ["膳食费", "陪护费"])),
        ("其他项目类呢", answered(EXCLUDED, ["不孕（育）"])),
    )
    add_dialogue(
        t,
        (
            "能优先选聘为看管员的有哪几种人",
            answered(art(RC, "第六条"), ["汉藏双语", "建档立卡贫困户"]),
        ),
        ("那哪些情况会被解聘", answered(art(RC, "第十七条"), ["敛取钱财"])),
        ("哪些事迹能受表彰呢", answered(art(RC, "第十六条"), ["及时报告并积极制止"])),
    )
    add_dialogue(
        t,
        ("创三甲的六大小组是哪些", answered(art(HP, "三、（三）"), ["药事组", "院感组"])),
        ("那要去参观哪几家医院", answered(art(HP, "三、（三）"), ["林芝市人民医院"])),
        ("那最后争取什么时候挂牌", answered(art(HP, "三、（七）"), ["2021年底前"])),
    )
    buses = quote(RD, "托林镇-香孜乡")
    add_dialogue(
        t,
        ("现在的农村客运线路有哪几条", answered(buses, ["狮泉河镇-左左乡"])),
        ("车呢 一共几辆", answered(buses, ["6辆"])),
        ("那乡镇通客车率呢", answered(buses, ["59%"])),
    )
    posts = art(GE, "三、（一）4.")
    add_dialogue(
        t,
        ("侄子学兽医的 就业规划里给乡镇兽医岗位留了多少个", answered(posts, ["70 个"])),
        ("那学前教育教师特设岗位呢", answered(posts, ["300 个"])),
        ("参军入伍呢", answered(posts, ["75 人"])),
    )
    add_dialogue(
        t,
        ("每年的参保缴费期是哪段时间", answered(PERIOD, ["10月1日至12月31日"])),
        ("那没按时交的话呢", answered(PERIOD, ["由本人承担"])),
        ("要是想补缴 按什么标准交", answered(PERIOD, ["最高筹资标准"])),
    )
    add_dialogue(
        t,
        ("乡镇卫生院的床位费标准多少", answered(INPATIENT, ["20元"])),
        ("那换成二级医院 床位费认多少呢", answered(INPATIENT, ["60元"])),
        ("三级呢", answered(INPATIENT, ["80元"])),
        ("连续住院很久的话怎么结算", answered(INPATIENT, ["180天"])),
    )


def _greetings_and_malformed(t: Tune21Table) -> None:
    add_dialogue(
        t,
        ("你好 扎西德勒", HELLO),
        ("交120 二级医院头回住院 花了两千到三千", e.error("费用")),
        ("就按两千五算吧", e.inpatient(120, "二级", "2500")),
        ("明白了 太感谢你了 扎西德勒", HELLO),
    )
    add_dialogue(
        t,
        ("交了三十档 一级医院第一次住院 七千", e.error("档次")),
        ("说错了 交的是60", e.inpatient(60, "一级", "7000")),
    )
    add_dialogue(
        t,
        ("七级医院住院 交250 第一次 一万", e.error("级别")),
        ("写错了 是地区的三级医院", e.inpatient(250, "三级", "10000")),
    )
    add_dialogue(
        t,
        ("外婆两百三十岁了 参保还交钱吗", e.error("年龄")),
        ("打错了 是七十三岁", e.enrol(sex="女", age=73)),
    )
    add_dialogue(
        t,
        ("表哥在县级野外点当看管员 他说今年干了十四个月 工资合计多少", e.error("月")),
        ("记错了 今年干了四个月", e.custodian("县级", 4)),
    )


def _declines(t: Tune21Table) -> None:
    add_dialogue(
        t,
        ("咱们阿里的居民医保一个年度统筹最多给付多少钱", answered(CAP, ["6万元"])),
        ("那拉萨的呢", declined(CAP)),
        ("那咱们阿里的大病保险呢", answered(SERIOUS, ["14万元"])),
    )
    add_dialogue(
        t,
        (
            "说说地区人民医院这回为了评三甲 要补进来多少医护人员",
            answered(art(HP, "四、（十）"), ["184"]),
        ),
        ("那日喀则市人民医院要新增多少", declined(art(HP, "四、（十）"))),
        ("阿里这边新增人员每年要多少经费", answered(art(HP, "四、（十）"), ["2706.17"])),
    )


def build(t: Tune21Table) -> None:
    _caps(t)
    _corrections_and_deltas(t)
    _person_switches(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
    _greetings_and_malformed(t)
    _declines(t)
