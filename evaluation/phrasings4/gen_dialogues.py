"""Dialogues typed on a phone: slot-only follow-ups (那三级的呢, 换成120档, 要是…, …呢), another
person (我妈呢 60岁), corrections (不对 是二级), 为什么… after a result (from its steps and
articles), 哪条/哪个文件 after an answer, topic switches while a follow-up is pending (never
the same follow-up again), asked twice then the rule with its defaults, the yearly 6万 cap
across stays and outpatient months, custodian pay over turns, relic ↔ medical switches,
greetings and thanks mid-dialogue, malformed inputs then corrected, a rule then one's own case."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import BOTH, HELLO, answered, paid_after, rule_or_sum
from evaluation.phrasings.places import CAP, GENERAL, INPATIENT, OTHER, ROAD, SHARE, SPECIAL, TWO
from evaluation.phrasings.rows import MI, RC, RP, RT, art, mi, quote
from evaluation.phrasings4.table import Tune4Table


def build(t: Tune4Table) -> None:
    _yearly_cap(t)
    _slot_only(t)
    _persons(t)
    _corrections(t)
    _why_and_where(t)
    _pending_then_other_subject(t)
    _asked_twice(t)
    _custodian(t)
    _relic_and_medical(t)
    _greetings_malformed_rules(t)


def _yearly_cap(t: Tune4Table) -> None:
    # three stays on 120档 until the cap
    s1 = e.inpatient(120, "三级", "60000")
    s2 = e.inpatient(120, "三级", "25000", 2, paid=paid_after(s1))
    s3 = e.inpatient(120, "二级", "8000", 3, paid=paid_after(s1, s2))
    add_dialogue(
        t,
        ("我爸交的120档 在地区人民医院三级住院 今年头一次 合规6w 能报多少", s1),
        ("没过俩月又住进去了 还是三级 2.5w", s2),
        ("年底在县医院二级又住了一回 8千块", s3),
        ("怎么只剩几百块了", answered(CAP, ["6万元"])),
        ("这个6万封顶是哪个文件里说的", answered(CAP, [MI])),
    )
    # a stay, then radiotherapy courses at the outpatient on 60档
    h1 = e.inpatient(60, "三级", "40000")
    o1 = e.special(60, "恶性肿瘤", "30000", paid_after(h1))
    o2 = e.special(60, "恶性肿瘤", "30000", paid_after(h1, o1))
    o3 = e.special(60, "恶性肿瘤", "5000", paid_after(h1, o1, o2))
    add_dialogue(
        t,
        ("奶奶60档 今年第一次住院 三级医院做手术花了4万 报多少", h1),
        ("出院后在门诊做放疗 第一个疗程3w 能报多少", o1),
        ("第二个疗程又是三万", o2),
        ("第三个疗程5千呢", o3),
        ("门诊特殊病花的钱也算进6万里面吗", answered(SPECIAL, ["与住院费用合并累计计算"])),
    )
    # dialysis every month on 250档, then a stay on top
    m1 = e.special(250, "慢性肾功能衰竭", "18000")
    m2 = e.special(250, "慢性肾功能衰竭", "18000", paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "18000", paid_after(m1, m2))
    m4 = e.special(250, "慢性肾功能衰竭", "18000", paid_after(m1, m2, m3))
    add_dialogue(
        t,
        ("我舅舅肾衰在门诊透析 交的250 一月份合规一万八 报多少", m1),
        ("二月份也是1.8w", m2),
        ("三月还是一万八", m3),
        ("4月份又花了18000", m4),
        ("为什么四月份才报了那么点", answered(CAP, ["6万元"])),
    )
    h2 = e.inpatient(250, "二级", "35000")
    o4 = e.special(250, "慢性阻塞性肺部疾病", "20000", paid_after(h2))
    h3 = e.inpatient(250, "二级", "12000", 2, paid=paid_after(h2, o4))
    add_dialogue(
        t,
        ("老公250档 日土县医院二级第一次住院3万5 报多少", h2),
        ("他慢阻肺 门诊特殊病又花了2w 能报多少", o4),
        ("后来又住了第二次院 二级 1万2", h3),
        ("一年最多能报多少钱", answered(CAP, ["6万元"])),
    )
    # two stays given in one message, then a third
    a = e.inpatient(250, "三级", "42000")
    b = e.inpatient(250, "三级", "29000", 2, paid=paid_after(a))
    add_dialogue(
        t,
        (
            "250档 今年拉了两次住院 都在三级 头一回4.2w 第二回2.9w 第二回报多少",
            b,
        ),
        (
            "第三回在乡卫生院住了花3千呢",
            e.inpatient(250, "乡镇卫生院", "3000", 3, paid=paid_after(a, b)),
        ),
        ("为啥第三回只给了两百来块", answered(CAP, ["6万元"])),
    )
    # a poor enrolee: 5% more, still under the cap
    p1 = e.inpatient(120, "三级", "70000", poor=True)
    p2 = e.special(120, "恶性肿瘤", "15000", paid_after(p1), poor=True)
    add_dialogue(
        t,
        ("建档立卡户 交120 在三级医院住院今年第一回 7万 能报多少", p1),
        ("接着门诊化疗花了1.5w 报多少", p2),
        ("贫困户比别人多报几个点", answered(OTHER, ["5%"])),
    )


def _slot_only(t: Tune4Table) -> None:
    add_dialogue(
        t,
        ("我妈在普兰县医院住院 一级的 今年第一次 花了9千", e.follow_up(None, ["tier"])),
        ("一百二", e.inpatient(120, "一级", "9000")),
        ("那三级医院的话呢", e.inpatient(120, "三级", "9000")),
        ("改交250那档的话", e.inpatient(250, "三级", "9000")),
        ("要是在拉萨住的呢", e.inpatient(250, "三级", "9000", in_area=False)),
    )
    add_dialogue(
        t,
        ("住院报销帮我算一下", {"status": "follow_up"}),
        ("交的60", {"status": "follow_up"}),
        ("乡里卫生院 第一次住", e.follow_up(None, ["cost"])),
        ("花了两千三", e.inpatient(60, "乡镇卫生院", "2300")),
        ("如果是二级医院同样2300呢", e.inpatient(60, "二级", "2300")),
    )
    add_dialogue(
        t,
        ("120档 二级医院 头回住院 花了1w 报多少", e.inpatient(120, "二级", "10000")),
        ("要是花了2w呢", e.inpatient(120, "二级", "20000")),
        ("3万的话呢", e.inpatient(120, "二级", "30000")),
        ("换成60块那档呢", e.inpatient(60, "二级", "30000")),
    )
    add_dialogue(
        t,
        (
            "门诊特殊病 高原心脏病 交的120 这个月看病5千",
            e.special(120, "慢性高原性心脏病", "5000"),
        ),
        ("250档的话能报多少", e.special(250, "慢性高原性心脏病", "5000")),
        ("要是交的是最低那档60块", e.special(60, "慢性高原性心脏病", "5000")),
        ("门特要交起付线不", answered(SPECIAL, ["不设起付线"])),
    )
    add_dialogue(
        t,
        (
            "高血压两病门诊 乡卫生院开药 甲类药900 能报多少",
            e.two_diseases(["高血压"], "乡镇卫生院", "900"),
        ),
        ("三级医院开的呢", e.two_diseases(["高血压"], "三级", "900")),
        (
            "要是高血压和糖尿病都有 三级医院开了4千的药呢",
            e.two_diseases(["糖尿病", "高血压"], "三级", "4000"),
        ),
        ("两个病一起最多给多少", answered(TWO, ["2000元"])),
    )
    add_dialogue(
        t,
        ("普通门诊今年头一回看病花了250 能报吗", e.general("250") | rule_or_sum(GENERAL)),
        ("又去看了一次 花了400", e.general("400", "250")),
        ("普通门诊一年最多给报多少", answered(GENERAL, ["300元"])),
    )


def _persons(t: Tune4Table) -> None:
    add_dialogue(
        t,
        ("我爸今年67 医保还用自己掏钱不", e.enrol(sex="男", age=67)),
        ("我妈呢 60岁", e.enrol(sex="女", age=60)),
        ("那我姐呢 41 打算交250的", e.enrol(sex="女", age=41, tier=250)),
        ("为什么我爸妈不用交", answered(SHARE, ["女年满60周岁", "男年满65周岁"])),
    )
    add_dialogue(
        t,
        ("我奶奶58了 交60那档 要自己出多少", e.enrol(sex="女", age=58, tier=60)),
        ("我爷爷呢 64岁 也是60档", e.enrol(sex="男", age=64, tier=60)),
        ("明年爷爷65了还交吗", answered(SHARE, ["男年满65周岁"], status=BOTH)),
    )
    add_dialogue(
        t,
        ("孩子他爸是低保户 交医保自己出钱吗", e.enrol(["低保对象"])),
        ("我是建档立卡的 我呢", e.enrol(["建档立卡贫困人员"])),
        ("我们家孩子 12岁 交120那档", e.enrol(sex=None, age=12, tier=120)),
    )
    h = e.inpatient(250, "二级", "16000")
    add_dialogue(
        t,
        ("我爸交250 二级医院今年第一次住院 1.6w 报多少", h),
        ("我妈也住院了 她交的60 在一级医院 第一次 花了5千", e.inpatient(60, "一级", "5000")),
        (
            "那我爸要是再住一次 二级 8千呢",
            e.inpatient(250, "二级", "8000", 2, paid=paid_after(h)),
        ),
    )
    add_dialogue(
        t,
        (
            "寺里的僧人获了自治区级表彰 交医保要钱吗",
            e.enrol(["僧尼自治区级表彰"]) | rule_or_sum(SHARE),
        ),
        ("地区级表彰的呢", e.enrol(["僧尼地区级表彰"])),
        ("县级表彰的僧尼自己交多少", e.enrol(["僧尼县级表彰"])),
        ("僧尼参保谁去办手续", answered(mi("第十一条"), ["寺管会"])),
    )


def _corrections(t: Tune4Table) -> None:
    add_dialogue(
        t,
        ("250档 札达县医院二级 第一次住院 花了1.8w", e.inpatient(250, "二级", "18000")),
        ("不对不对 是去的地区人民医院 三级的", e.inpatient(250, "三级", "18000")),
        ("钱也说错了 是1.6w", e.inpatient(250, "三级", "16000")),
        ("为啥三级报的比二级少", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("交的60档 乡卫生院住了一次 第一次 4千5", e.inpatient(60, "乡镇卫生院", "4500")),
        ("哦不对 我们家交的是120", e.inpatient(120, "乡镇卫生院", "4500")),
        ("乡卫生院起付线是多少来着", answered(INPATIENT, ["100元"], status=BOTH)),
    )
    add_dialogue(
        t,
        ("透析 120档 这个月花了6千 报多少", e.special(120, "慢性肾功能衰竭", "6000")),
        ("打错了 是9千", e.special(120, "慢性肾功能衰竭", "9000")),
        ("为什么只报七成", answered(SPECIAL, ["70%"])),
    )
    add_dialogue(
        t,
        ("我是第二次住院 三级 250档 2万", e.inpatient(250, "三级", "20000", 2)),
        ("记错了 是今年第三次", e.inpatient(250, "三级", "20000", 3)),
        ("第三次起付线怎么算的", answered(INPATIENT, ["50%"], status=BOTH)),
    )


def _why_and_where(t: Tune4Table) -> None:
    add_dialogue(
        t,
        ("250档 二级医院 今年第二回住院 1万", e.inpatient(250, "二级", "10000", 2)),
        ("为什么起付线变成140了", answered(INPATIENT, ["70%"])),
        ("这个规定在哪一条", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        (
            "阿里的医保 交120 在新疆叶城三级医院第一次住院 花了1万5",
            e.inpatient(120, "三级", "15000", in_area=False),
        ),
        ("为啥比在阿里看少报了", answered(INPATIENT, ["降低10%"])),
        ("去外地住院要提前备案吗 几天内", answered(mi("第三十三条"), ["5日内"])),
        ("外地看病的钱是先自己垫吗", answered(mi("第三十四条"), ["先行垫付"])),
    )
    add_dialogue(
        t,
        ("老婆在地区医院三级生娃 合规花了5千2", e.maternity("三级", "5200")),
        ("为什么全报了", answered(OTHER, ["全额报销"])),
        ("出自哪个文件", answered(OTHER, [MI])),
    )
    add_dialogue(
        t,
        ("补交医保 那年财政补助是610 要交多少", e.late("610")),
        ("怎么要交这么多钱", answered(mi("第八条"), ["最高筹资标准"])),
        ("补完了从哪天开始能报", answered(mi("第八条"), ["次月"])),
        ("补缴这规矩写在哪条里", answered(mi("第八条"), [MI])),
    )
    add_dialogue(
        t,
        (
            "糖尿病两病 二级医院 甲类1500 乙类500 报多少",
            e.two_diseases(["糖尿病"], "二级", "1500", "500"),
        ),
        ("为什么乙类药要自己先出一部分", answered(TWO, ["10%"])),
        ("哪个文件哪条", answered(TWO, [MI])),
    )
    add_dialogue(
        t,
        (
            "财政补助一共550 中央给了300 剩下的自治区地区县各出多少",
            e.subsidy_split("550", "300"),
        ),
        ("为什么自治区出那么多", answered(mi("第十七条"), ["6:2:2"])),
        ("地县的补助最晚什么时候拨到位", answered(mi("第二十条"), ["3月31日前"])),
    )


def _pending_then_other_subject(t: Tune4Table) -> None:
    add_dialogue(
        t,
        ("我哥住院了 二级医院 头一次 花了7千", e.follow_up(None, ["tier"])),
        (
            "等下 先问个别的 哪些病算门诊特殊病",
            answered(SPECIAL, ["冠心病"], not_follow_up_for=["tier"]),
        ),
        (
            "镶牙医保给报吗",
            answered(mi("第三十条"), ["镶牙"], not_follow_up_for=["tier"]),
        ),
    )
    add_dialogue(
        t,
        ("看管员干了6个月 工资总共多少", e.follow_up(None, ["site_level"])),
        (
            "寺里的文物能卖给私人吗",
            answered(art(RP, "第二十七条"), ["出售"], not_follow_up_for=["site_level"]),
        ),
        (
            "那个看管协议最长签几年",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["site_level"]),
        ),
    )
    pending = ["fiscal_subsidy", "tier"]
    add_dialogue(
        t,
        ("医保断了一年 补缴得多少钱", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "算了 问下新生儿出生就有医保吗",
            answered(mi("第六条"), ["自出生之日起"], not_follow_up_for=pending),
        ),
        (
            "文物上的安全培训每年至少办几回",
            answered(
                quote(RT, "每年不得少于一次"), ["每年不得少于一次"], not_follow_up_for=pending
            ),
        ),
    )
    add_dialogue(
        t,
        ("门诊透析能报多少 这个月1万", e.follow_up(None, ["tier"])),
        (
            "先不管这个 医保一年什么时候交费",
            answered(mi("第八条"), ["10月1日至12月31日"], not_follow_up_for=["tier"]),
        ),
        ("好的 我交的120", e.special(120, "慢性肾功能衰竭", "10000")),
    )
    add_dialogue(
        t,
        ("三级医院住院花了3.2w 第一次住", e.follow_up(None, ["tier"])),
        (
            "对了 文保单位里面能不能拍照",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["tier"]),
        ),
        (
            "村里修路挖出个陶罐子咋办",
            answered(art(RP, "第二十一条"), ["立即保护现场"], not_follow_up_for=["tier"]),
        ),
    )
    add_dialogue(
        t,
        ("两病门诊报销 开了800的药", {"status": "follow_up"}),
        (
            "换个问题 四好农村路县里每年养护补贴多少",
            answered(ROAD, ["100万元/年"], status=BOTH, not_follow_up_for=["diseases", "level"]),
        ),
        (
            "地区财政那边一年给多少",
            answered(ROAD, ["350万元/年"], status=BOTH, not_follow_up_for=["diseases", "level"]),
        ),
    )


def _asked_twice(t: Tune4Table) -> None:
    add_dialogue(
        t,
        ("老公三级医院第一次住院 花了1万6 报多少", e.follow_up(None, ["tier"])),
        ("不清楚交的哪档", e.follow_up(None, ["tier"])),
        (
            "真不记得了",
            answered(INPATIENT, ["85%", "70%", "60%"], status=BOTH, not_follow_up_for=["tier"]),
        ),
    )
    add_dialogue(
        t,
        ("看管员干满一年能拿多少", e.follow_up(None, ["site_level"])),
        ("我也不知道是哪级的点", e.follow_up(None, ["site_level"])),
        (
            "搞不清楚",
            answered(
                art(RC, "第十二条"),
                ["1200元", "1400元"],
                status=BOTH,
                not_follow_up_for=["site_level"],
            ),
        ),
    )
    add_dialogue(
        t,
        ("我妈类风湿 门诊特殊病一个月花了1万2 能报多少", e.follow_up(None, ["tier"])),
        ("忘了", e.follow_up(None, ["tier"])),
        (
            "还是想不起来",
            answered(SPECIAL, ["60%", "70%", "90%"], status=BOTH, not_follow_up_for=["tier"]),
        ),
        ("找到缴费单了 是250的", e.special(250, "类风湿性关节炎", "12000")),
    )


def _custodian(t: Tune4Table) -> None:
    add_dialogue(
        t,
        ("野外文物看管员工资怎么算的", answered(art(RC, "第十二条"), ["1200元", "1400元"])),
        ("我哥在日土县级文保点看管 干了7个月 总共拿多少", e.custodian("县级", 7)),
        ("那自治区级的点呢 一样7个月", e.custodian("自治区级", 7)),
        ("一个点配几个人看", answered(art(RC, "第十二条"), ["2名"])),
        ("这个是哪个文件里写的", answered(art(RC, "第十二条"), [RC])),
    )
    add_dialogue(
        t,
        ("看管员干了9个月 能拿多少", e.follow_up(None, ["site_level"])),
        ("全国重点文保单位的", e.custodian("全国重点", 9)),
        (
            "要是没按要求填巡逻日志会怎样",
            answered(art(RC, "第十一条"), ["扣除当月野外看管补助"]),
        ),
        (
            "出了重大事故呢 9个月的钱还有吗",
            e.custodian("全国重点", 9, accident=True) | rule_or_sum(art(RC, "第十一条")),
        ),
    )
    add_dialogue(
        t,
        (
            "改则县有3处县级2处自治区级野外文保单位 看管员一年工资预算多少",
            e.budget({"县级": 3, "自治区级": 2}, 12),
        ),
        ("预算按6个月算是多少", e.budget({"县级": 3, "自治区级": 2}, 6)),
        ("看管员经费谁出", answered(art(RC, "第十二条"), ["地区财政"])),
    )
    add_dialogue(
        t,
        ("看管员招人多大年纪的", answered(art(RC, "第五条"), ["25-50岁"])),
        ("女的能干吗", answered(art(RC, "第五条"), ["以男性为首选"])),
        ("我是贫困户 能优先吗", answered(art(RC, "第六条"), ["建档立卡贫困户"])),
        ("要是选上了 县级点干了3个月多少钱", e.custodian("县级", 3)),
    )


def _relic_and_medical(t: Tune4Table) -> None:
    add_dialogue(
        t,
        ("挖到文物不报告会怎样", answered(art(RP, "第五十条"), ["隐匿不报"])),
        ("考古挖出来的东西几个月内交上去", answered(art(RP, "第二十条"), ["六个月内"])),
        ("换个事 我爸高血压 两病门诊一年最多报多少", answered(TWO, ["800元"])),
        ("他在二级医院开药花了1千", e.two_diseases(["高血压"], "二级", "1000")),
    )
    add_dialogue(
        t,
        ("住院床位费三级医院按多少报", answered(INPATIENT, ["80元/床日"])),
        ("寺庙里的佛像能随便拓印吗", answered(art(RP, "第三十八条"), ["不得私自拓印"])),
        ("寺里的文物借给别的单位最多借多久", answered(art(RP, "第二十七条"), ["两年"])),
        ("回到医保 一级医院床位费呢", answered(INPATIENT, ["40元/床日"])),
    )
    add_dialogue(
        t,
        ("文物修复要找谁批", answered(art(RP, "第三十九条"), ["自治区文物行政管理部门"])),
        ("我交250 二级医院第一次住院 花了6500", e.inpatient(250, "二级", "6500")),
        (
            "培训经费从哪出",
            answered(quote(RT, "培训经费从地区文物安全专项经费中支出"), ["文物安全专项经费"]),
        ),
    )
    add_dialogue(
        t,
        ("四好农村路 三个县加地区一年补贴一共多少", e.road(3, True)),
        ("五个县不算地区呢", e.road(5, False)),
        ("看管员县级一个月1200对吧", answered(art(RC, "第十二条"), ["1200元"])),
        ("医保最高档交多少钱", answered(SHARE, ["250元"])),
    )


def _greetings_malformed_rules(t: Tune4Table) -> None:
    g = e.inpatient(60, "二级", "11000")
    # a stutter in the unit: computed from 八千, or an error naming the cost
    typo = e.inpatient(120, "三级", "8000") | {"status": ["calculated", "error"]}
    add_dialogue(
        t,
        ("在吗", HELLO),
        ("我弟60档 二级医院第一次住院 花了1.1w 能报多少", g),
        ("收到 感谢", HELLO),
        ("他第二次住院 二级 又花了5千", e.inpatient(60, "二级", "5000", 2, paid=paid_after(g))),
        ("辛苦了", HELLO),
    )
    add_dialogue(
        t,
        ("扎西德勒", HELLO),
        ("看管员每个月多少工资", answered(art(RC, "第十二条"), ["1200元", "1400元"])),
        ("谢啦 那自治区级看管员干5个月呢", e.custodian("自治区级", 5)),
    )
    add_dialogue(
        t,
        ("120档 三级医院 第一次住院 费用写的八千块块块", typo),
        ("住院花了 -5000 能报多少 120档三级第一次", e.error("费用")),
        ("是5000 不是负的", e.inpatient(120, "三级", "5000")),
    )
    add_dialogue(
        t,
        ("交了300档 一级医院第一次住院 4千", e.error("档次")),
        ("看错了 是250档", e.inpatient(250, "一级", "4000")),
        ("咋没给我全报销", answered(INPATIENT, ["200元", "90%"])),
    )
    add_dialogue(
        t,
        ("看管员干了-4个月 县级 总共多少", e.error("月")),
        ("不好意思 是4个月", e.custodian("县级", 4)),
    )
    add_dialogue(
        t,
        ("我妈150岁 医保还要交吗", e.error("年龄")),
        ("打错了 是61岁", e.enrol(sex="女", age=61)),
    )
    add_dialogue(
        t,
        ("250档 五级医院住院 第一次 3千", e.error("级别")),
        ("说错 是一级医院", e.inpatient(250, "一级", "3000")),
    )
    add_dialogue(
        t,
        ("第二次住院起付线是怎么规定的", answered(INPATIENT, ["70%"])),
        ("那我的情况 120档 一级医院今年第二次住 花了6千", e.inpatient(120, "一级", "6000", 2)),
    )
    add_dialogue(
        t,
        ("生孩子医保报销有什么规定", answered(OTHER, ["全额报销"])),
        ("我老婆在乡卫生院顺产 花了1800", e.maternity("乡镇卫生院", "1800")),
        ("孩子出生就住院抢救了 费用咋报", answered(OTHER, ["先自费结算"])),
    )
    add_dialogue(
        t,
        ("门特按交费档次各报几成", answered(SPECIAL, ["60%", "70%", "90%"])),
        ("我家交250的 我妈类风湿门诊花了3千4", e.special(250, "类风湿性关节炎", "3400")),
        ("那要是120档呢", e.special(120, "类风湿性关节炎", "3400")),
    )
    add_dialogue(
        t,
        ("普通门诊的报销怎么算", answered(GENERAL, ["60%"])),
        ("我今年门诊一共花了700 能报多少", e.general("700")),
        ("谢谢 明白了", HELLO),
    )
