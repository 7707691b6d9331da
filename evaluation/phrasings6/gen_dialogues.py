"""Dialogues typed on a phone, weighted to what the assistant found hardest: the yearly 6万
cap across turns and across persons (each person has their own cap and admission count);
slot-only follow-ups (…呢, 那/要是/如果/换成…); another person's case and then back to the
first (那我爸呢 / 为什么我爸不用交); corrections; 为什么/为啥/怎么 after a result, answered from
its own steps (起付线, ratio, 6万, 降低10%, 建档立卡 5%, 6:2:2); 哪条/哪个文件/出自哪; topic
switches while a follow-up is pending (`not_follow_up_for`); custodian pay and the road
subsidy over turns, with what they do not cover (a township, another prefecture); relic ↔
medical switches; greetings and thanks mid-dialogue; malformed inputs then corrected."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import BOTH, HELLO, answered, paid_after
from evaluation.phrasings.places import (
    CAP,
    GENERAL,
    INPATIENT,
    LATE,
    OTHER,
    ROAD,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings6.table import Tune6Table

PUNISH = art(RC, "第十一条")
CUSTODIANS = "野外文物看管人员管理细则"


def build(t: Tune6Table) -> None:
    _cap_across_turns(t)
    _persons(t)
    _slot_only(t)
    _corrections(t)
    _why_and_where(t)
    _pending_then_other_subject(t)
    _custodian(t)
    _road(t)
    _relic_and_medical(t)
    _greetings_and_malformed(t)


def _cap_across_turns(t: Tune6Table) -> None:
    a = e.inpatient(250, "三级", "45000")
    b = e.inpatient(250, "二级", "23000", 2, paid=paid_after(a))
    c = e.inpatient(250, "乡镇卫生院", "6000", 3, paid=paid_after(a, b))
    add_dialogue(
        t,
        ("我爸交的250 年初在地区医院住了一次 三级 花4.5w 报了多少", a),
        ("夏天又在县医院二级住了 两万三", b),
        ("年底乡卫生院又住一回 6千块", c),
        ("怎么第三回一分都没有了", answered(CAP, ["6万"])),
    )
    m1 = e.special(120, "恶性肿瘤", "40000")
    m2 = e.special(120, "恶性肿瘤", "40000", paid_after(m1))
    m3 = e.special(120, "恶性肿瘤", "20000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("老公白血病门诊化疗 交的120 第一期4w 报多少", m1),
        ("第二期也是四万", m2),
        ("第三期2w 还能报吗", m3),
        ("化疗不是住院 为啥也受那个封顶管", answered(SPECIAL, ["合并累计计算"])),
    )
    h = e.inpatient(120, "三级", "50000", paid="30000")
    add_dialogue(
        t,
        ("孩子120档 今年门特已经报了3万了 这回三级医院第一次住院花5万 还能报多少", h),
        ("为啥没按七成给", answered(CAP, ["6万"])),
        ("这个封顶在哪个文件里", answered(CAP, [MI])),
    )
    p1 = e.inpatient(250, "三级", "60000", poor=True)
    p2 = e.inpatient(250, "二级", "9000", 2, poor=True, paid=paid_after(p1))
    add_dialogue(
        t,
        ("建档立卡户 250档 三级医院头一回住院 6w 报多少", p1),
        ("为什么是90%不是85%", answered(OTHER, ["5%"])),
        ("后来又在二级住了一次 9千呢", p2),
        ("为啥第二回就剩这么点", answered(CAP, ["6万"])),
    )
    d1 = e.special(250, "慢性肾功能衰竭", "15000")
    h2 = e.inpatient(250, "二级", "30000", paid=paid_after(d1))
    d2 = e.special(250, "慢性肾功能衰竭", "15000", paid_after(d1, h2))
    add_dialogue(
        t,
        ("我爷肾衰门诊透析 250档 一月花1.5w 报多少", d1),
        ("二月份住了院 二级医院 今年第一次 3w", h2),
        ("三月又透析1.5万", d2),
    )


def _persons(t: Tune6Table) -> None:
    mom = e.enrol(sex="女", age=58, tier=120)
    add_dialogue(
        t,
        ("我妈今年58 交120那档 一年自己出多少钱", mom),
        ("那我爸呢 他67了", e.enrol(sex="男", age=67)),
        ("为什么我爸不用交", answered(SHARE, ["65周岁"])),
        ("那他那份钱谁给出", answered(SHARE, ["6:4"])),
    )
    dad = e.inpatient(250, "三级", "30000")
    mum = e.inpatient(120, "二级", "10000")
    add_dialogue(
        t,
        ("我爸250档 三级医院今年第一次住院 3万", dad),
        ("我妈也住了 她120档 在二级 也是头一回 1w", mum),
        (
            "我爸后来又住了第二次 二级 2万呢",
            e.inpatient(250, "二级", "20000", 2, paid=paid_after(dad)),
        ),
        ("为啥我爸第二回起付线不一样", answered(INPATIENT, ["70%"])),
    )
    big = e.inpatient(250, "三级", "80000")
    add_dialogue(
        t,
        ("老公250 三级医院第一次住院花了8万 报多少", big),
        ("我自己也是250 在一级医院第一次住院 5千呢", e.inpatient(250, "一级", "5000")),
        ("为什么我老公没报到85%", answered(CAP, ["6万"])),
    )
    add_dialogue(
        t,
        ("奶奶62岁参保要交钱不", e.enrol(sex="女", age=62)),
        ("爷爷63呢 交60档", e.enrol(sex="男", age=63, tier=60)),
        ("怎么爷爷就要交", answered(SHARE, ["65周岁"])),
        ("出自哪条啊 文件名也说下", answered(SHARE, [MI])),
    )
    add_dialogue(
        t,
        ("儿媳低保户 参保个人交多少", e.enrol(["低保对象"])),
        ("我儿子是建档立卡的呢", e.enrol(["建档立卡贫困人员"])),
        ("为啥他还得出60", answered(SHARE, ["190"])),
    )
    kid = e.inpatient(120, "乡镇卫生院", "3000")
    add_dialogue(
        t,
        ("孩子120档 乡卫生院第一回住院 三千 报多少", kid),
        ("那我闺女呢 她250 一级医院第一次 4千", e.inpatient(250, "一级", "4000")),
        (
            "儿子后来又住了一次 还是乡卫生院 2千",
            e.inpatient(120, "乡镇卫生院", "2000", 2, paid=paid_after(kid)),
        ),
    )
    add_dialogue(
        t,
        ("僧人拿了地区级的爱国守法先进 个人交多少", e.enrol(["僧尼地区级表彰"])),
        ("那拿县级的呢", e.enrol(["僧尼县级表彰"])),
        ("为什么自治区级的一分不交", answered(SHARE, ["自治区财政补贴250元"])),
    )


def _slot_only(t: Tune6Table) -> None:
    add_dialogue(
        t,
        ("120档 二级医院 第一次住院 8千 报多少", e.inpatient(120, "二级", "8000")),
        ("换成三级医院呢", e.inpatient(120, "三级", "8000")),
        ("要是交250呢", e.inpatient(250, "三级", "8000")),
        ("如果是今年第二回住院", e.inpatient(250, "三级", "8000", 2)),
    )
    add_dialogue(
        t,
        ("门特糖尿病 60档 这个月门诊3千 报多少", e.special(60, "糖尿病", "3000")),
        ("那要是交一百二的呢", e.special(120, "糖尿病", "3000")),
        ("250档的话", e.special(250, "糖尿病", "3000")),
        ("怎么门特不扣起付线", answered(SPECIAL, ["不设起付线"])),
    )
    add_dialogue(
        t,
        (
            "两病门诊 高血压 一级医院 甲类药1千",
            e.two_diseases(["高血压"], "一级", "1000"),
        ),
        ("换到地区医院三级去开药呢", e.two_diseases(["高血压"], "三级", "1000")),
        ("要是一千五呢", e.two_diseases(["高血压"], "三级", "1500")),
        ("为啥1500报不到九百", answered(TWO, ["800"])),
    )
    add_dialogue(
        t,
        ("60档 二级医院第一次住院 花2千3", e.inpatient(60, "二级", "2300")),
        ("一万八呢", e.inpatient(60, "二级", "18000")),
        ("要是人在拉萨那边住的院呢", e.inpatient(60, "二级", "18000", in_area=False)),
    )
    add_dialogue(
        t,
        ("普通门诊今年头一次 看病花了180", e.general("180")),
        ("隔了半月又看一回 这次四百", e.general("400", "180")),
        ("再去一次300呢", e.general("300", "580")),
        ("怎么最后这次只报了十几块", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Tune6Table) -> None:
    add_dialogue(
        t,
        ("我妈交一百二 在县里二级医院今年头回住院 合规1.2w", e.inpatient(120, "二级", "12000")),
        ("说错了 是在地区人民医院 三级的", e.inpatient(120, "三级", "12000")),
        ("钱也记错了 是一万五", e.inpatient(120, "三级", "15000")),
    )
    add_dialogue(
        t,
        ("250档 一级医院第一次住院 3k", e.inpatient(250, "一级", "3000")),
        ("不对 我们家交的是60", e.inpatient(60, "一级", "3000")),
        ("记岔了 这是今年第三回住院", e.inpatient(60, "一级", "3000", 3)),
        ("为啥起付线只有100了", answered(INPATIENT, ["50%"])),
    )
    add_dialogue(
        t,
        ("我爸63了参保交多少", e.follow_up(None, ["tier"])),
        ("哦 我说的是我妈 63", e.enrol(sex="女", age=63)),
        ("为啥我妈不用交", answered(SHARE, ["60周岁"])),
    )
    add_dialogue(
        t,
        (
            "县级文保单位看管员干了8个月 工资多少",
            e.custodian("县级", 8),
        ),
        ("搞错了 他看的是自治区级的点", e.custodian("自治区级", 8)),
        ("月份也不对 是10个月", e.custodian("自治区级", 10)),
    )


def _why_and_where(t: Tune6Table) -> None:
    add_dialogue(
        t,
        (
            "我们是阿里的医保 250那档 人在成都二级医院住了今年第一回 3w",
            e.inpatient(250, "二级", "30000", in_area=False),
        ),
        ("为什么是80%", answered(INPATIENT, ["10%"])),
        ("去成都住院之前要办啥", answered(mi("第三十三条"), ["5日"])),
        ("这条是哪个文件的", answered(mi("第三十三条"), [MI])),
    )
    add_dialogue(
        t,
        (
            "财政补助一人总共700 中央给了400 剩下的地区出多少",
            e.subsidy_split("700", "400"),
        ),
        ("为啥自治区出得最多", answered(SPLIT, ["6:2:2"])),
        ("出自哪一条", answered(SPLIT, [MI])),
    )
    add_dialogue(
        t,
        ("我弟断缴了想补交 今年财政补助是550 他要掏多少", e.late("550")),
        ("怎么这么多", answered(LATE, ["最高筹资标准"])),
        ("补了以后马上能用吗", answered(LATE, ["次月"])),
    )
    add_dialogue(
        t,
        ("媳妇在县医院二级顺产 合规4千2 报多少", e.maternity("二级", "4200")),
        ("为什么没扣起付线", answered(OTHER, ["全额报销"])),
        ("全额报这个说法在医保办法哪一条", answered(OTHER, [MI])),
    )
    add_dialogue(
        t,
        (
            "糖尿病两病门诊 二级医院 甲类药2千 乙类1千",
            e.two_diseases(["糖尿病"], "二级", "2000", "1000"),
        ),
        ("为什么乙类药要自己先掏一百", answered(TWO, ["10%"])),
        ("怎么封顶是1200", answered(TWO, ["1200"])),
    )


def _pending_then_other_subject(t: Tune6Table) -> None:
    add_dialogue(
        t,
        ("我妈在二级医院第一次住院 花了1万2 报多少", e.follow_up(None, ["tier"])),
        (
            "等下 先问个别的 在寺庙里能拍壁画吗",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["tier"]),
        ),
        (
            "那拓印石刻呢",
            answered(art(RP, "第三十八条"), ["不得私自拓印"], not_follow_up_for=["tier"]),
        ),
    )
    add_dialogue(
        t,
        ("250档 今年第一次住院 花了6千", e.follow_up(None, ["level"])),
        (
            "算了不算了 医保卡借给亲戚用会怎么样",
            answered(mi("第四十五条"), ["追回"], not_follow_up_for=["level"]),
        ),
        (
            "举报骗保找哪个部门",
            answered(mi("第四十四条"), ["医保部门"], not_follow_up_for=["level"]),
        ),
    )
    add_dialogue(
        t,
        ("去年忘交了 现在想补上 得掏多少", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "不说这个了 住院的膳食费能报吗",
            answered(mi("第三十条"), ["膳食费"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        (
            "那陪护费呢",
            answered(mi("第三十条"), ["陪护费"], not_follow_up_for=["fiscal_subsidy"]),
        ),
    )
    add_dialogue(
        t,
        ("看管员干了7个月 工资多少", e.follow_up(None, ["site_level"])),
        (
            "先不管工资 看管员多大年纪能报名",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["site_level"]),
        ),
        (
            "贫困户报名有优先吗",
            answered(art(RC, "第六条"), ["建档立卡贫困户"], not_follow_up_for=["site_level"]),
        ),
    )
    add_dialogue(
        t,
        ("自治区级文物点看管员 工资一共多少", e.follow_up(None, ["months"])),
        (
            "换个话题 文物安全培训一年几次",
            answered(
                quote(RT, "文物安全培训原则上每年不得少于一次"),
                ["一次"],
                not_follow_up_for=["months"],
            ),
        ),
        (
            "培训的钱谁出",
            answered(
                quote(RT, "培训经费从地区文物安全专项经费中支出"),
                ["文物安全专项经费"],
                not_follow_up_for=["months"],
            ),
        ),
    )
    add_dialogue(
        t,
        ("三级医院第一次住院 4万 能报多少", e.follow_up(None, ["tier"])),
        (
            "你好 换个问题 四好农村路地区财政每年给多少",
            answered(quote(RD, "350万元/年"), ["350万"], status=BOTH, not_follow_up_for=["tier"]),
        ),
        ("好滴 谢谢啦你真棒", HELLO),
    )


def _custodian(t: Tune6Table) -> None:
    add_dialogue(
        t,
        ("我叔在县级野外文保点当看管员 一年12个月 一共多少钱", e.custodian("县级", 12)),
        ("要是他看的是国保单位呢", e.custodian("全国重点", 12)),
        ("为啥国保的和区级的一样", answered(WAGE, ["自治区级及以上"])),
        ("哪个文件规定的", answered(WAGE, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("看管员出了重大看管事故 当年补助还发吗", answered(PUNISH, ["扣除当年"])),
        (
            "他是县级点的 干了9个月出的事 还能拿多少",
            dict(e.custodian("县级", 9, accident=True), status=BOTH, gold=[PUNISH]),
        ),
        ("巡逻日志没如实填 扣多少钱", e.declined(PUNISH)),
    )
    budget1 = {"县级": 4}
    budget2 = {"县级": 4, "全国重点": 1}
    add_dialogue(
        t,
        ("我们县有4处县级野外文保单位 看管员一年经费要多少", e.budget(budget1, 12)),
        ("为啥是按8个人算的", answered(WAGE, ["2名"])),
        ("再算上1处国保的", e.budget(budget2, 12)),
        ("这笔钱是县里出吗", answered(WAGE, ["地区财政"])),
    )
    add_dialogue(
        t,
        ("看管员协议一次能签几年", answered(art(RC, "第十三条"), ["一年"])),
        ("自治区级的点 看满一整年 工资总共多少", e.custodian("自治区级", 12)),
        ("看管员都干些啥活", answered(art(RC, "第七条"), ["每日巡查"])),
    )
    add_dialogue(
        t,
        ("我哥是看管员 他收了游客的钱带人进去 会怎样", answered(art(RC, "第十七条"), ["解聘"])),
        ("抓到盗墓的帮公安破了案 有奖励吗", answered(art(RC, "第十六条"), ["表彰和奖励"])),
        ("奖多少钱", e.declined(art(RC, "第十六条"))),
    )


def _road(t: Tune6Table) -> None:
    add_dialogue(
        t,
        ("四好农村路养护补贴 噶尔和普兰两个县一年多少", e.road(2, False)),
        ("加上地区那部分呢", e.road(2, True)),
        ("那两年加起来", e.road(2, True, 2)),
        ("乡镇一级每年单独给多少", e.declined(ROAD)),
    )
    add_dialogue(
        t,
        ("阿里七个县的四好农村路养护专项一年一共多少万", e.road(7, False)),
        ("连地区财政一起算", e.road(7, True)),
        ("以后每年都是这个数吗", answered(quote(RD, "根据本级财力实现逐年递增"), ["逐年递增"])),
        ("日喀则的县也按每县100万拿吗", e.declined()),
    )
    add_dialogue(
        t,
        ("四好农村路每个县的养护补贴什么标准", answered(ROAD, ["100万"], status=BOTH)),
        ("日土革吉改则措勤 四个县三年一共多少", e.road(4, False, 3)),
        (
            "自治区给阿里的养护补助能拿来日常养护吗",
            answered(quote(RD, "仅限用于养护工程"), ["养护工程"]),
        ),
    )


def _relic_and_medical(t: Tune6Table) -> None:
    add_dialogue(
        t,
        ("放羊时捡到个铜佛像 要上交吗", answered(art(RP, "第二十一条"), ["报告"])),
        ("藏起来不报会怎样", answered(art(RP, "第五十条"), ["隐匿不报"])),
        ("对了 我奶奶高血压两病门诊一年最多报多少", answered(TWO, ["800"])),
        (
            "她在乡卫生院拿药 甲类500",
            e.two_diseases(["高血压"], "乡镇卫生院", "500"),
        ),
    )
    add_dialogue(
        t,
        ("我们交二百五 在乡里卫生院第一次住院 4千块", e.inpatient(250, "乡镇卫生院", "4000")),
        ("问个别的 寺庙里的文物能卖给收藏家吗", answered(art(RP, "第二十七条"), ["出售"])),
        (
            "回到刚才 要是在二级医院住的呢",
            e.inpatient(250, "二级", "4000"),
        ),
    )
    add_dialogue(
        t,
        ("古建筑塌了一半 村里自己能修吗", answered(art(RP, "第十五条"), ["不改变文物原状"])),
        ("医保的门特包不包括痛风", answered(SPECIAL, ["痛风"])),
        ("那文物点可以租给人开饭馆吗", answered(art(RP, "第十六条"), ["占用"])),
    )
    add_dialogue(
        t,
        (
            "Can a field relic custodian be 55 years old?",
            answered(art(RC, "第五条"), ["25-50岁"]),
        ),
        ("monthly pay at a county-level site?", answered(WAGE, ["1200"])),
        ("那医保住院一年最多报多少", answered(CAP, ["6万"])),
    )


def _greetings_and_malformed(t: Tune6Table) -> None:
    g = e.inpatient(120, "一级", "5000")
    add_dialogue(
        t,
        ("在吗在吗", HELLO),
        ("120档 一级医院头回住院 5k", g),
        ("好的 谢谢你啊", HELLO),
        (
            "那第二次住院 一级 3k呢",
            e.inpatient(120, "一级", "3000", 2, paid=paid_after(g)),
        ),
    )
    add_dialogue(
        t,
        ("扎西德勒 师傅在不在", HELLO),
        ("医保缴费期是哪几个月", answered(LATE, ["10月1日", "12月31日"])),
        ("辛苦了 拜拜", HELLO),
    )
    add_dialogue(
        t,
        ("交250的 地区医院三级头回住院 花了两万多 具体忘了", e.error("费用")),
        ("就按2万算", e.inpatient(250, "三级", "20000")),
        ("为啥扣了400", answered(INPATIENT, ["400"])),
    )
    add_dialogue(
        t,
        ("我们家交的是180那档 县医院二级头回住院 六千", e.error("档次")),
        ("哦 是120", e.inpatient(120, "二级", "6000")),
    )
    add_dialogue(
        t,
        ("县级看管员干了十二点五个月 工资多少", e.error("月")),
        ("那就12个月", e.custodian("县级", 12)),
    )
    add_dialogue(
        t,
        ("我奶奶今年-3岁 参保交多少", e.error("年龄")),
        ("打错了 73岁", e.enrol(sex="女", age=73)),
        ("为啥她一分钱不用出", answered(SHARE, ["60周岁"])),
    )
    add_dialogue(
        t,
        ("120档 在六级医院第一次住院 花了7千", e.error("级别")),
        ("是一级医院", e.inpatient(120, "一级", "7000")),
        ("那床位费一天认多少", answered(INPATIENT, ["40元"])),
    )
