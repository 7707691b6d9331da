"""Dialogues typed as phone chats: slot-only turns (三级医院, 交的一百二 头回住, 换成国保单位的呢,
再加2处县级的, 只算三个月呢), other persons (我阿妈57岁呢, 我老婆是低保户), corrections (说错了
是三级医院; 等下 这是今年第三次住院; 打错了), 为什么/为啥/怎么… after a result (answered from its
own steps and articles), 哪条/哪一条/哪个文件, topic switches while a follow-up for tier,
level, fiscal subsidy or months is pending, the yearly 6万 cap across stays, across months of
outpatient treatment and across a stay plus chemotherapy, two stays or two months in one
sentence, custodian pay and budgets, road subsidies, relic ↔ medical switches, English turns,
greetings and thanks mid-dialogue, malformed amount, tier, age and months then corrected."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import BOTH, HELLO, answered, paid_after
from evaluation.phrasings.places import CAP, GENERAL, INPATIENT, SPECIAL, WAGE
from evaluation.phrasings.rows import MI, RC, RD, RP, art, mi, quote
from evaluation.phrasings7.table import Heldout7Table

CUSTODIANS = "野外文物看管人员管理细则"
RELICS = "文物保护管理办法"


def _caps(t: Heldout7Table) -> None:
    """The yearly 6万 cap across stays, outpatient months, and a stay plus chemotherapy."""
    s1 = e.inpatient(250, "三级", "45000")
    s2 = e.inpatient(250, "二级", "25000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("阿爸交250 今年头回在地区医院三级住院 花了4万5 报多少", s1),
        ("后来又在县医院住了第二回 二级的 2万5", s2),
        ("为啥第二回没按九成报", answered(CAP, ["6万"])),
        ("这条规定出自哪个文件", answered(CAP, [MI])),
    )
    m1 = e.special(60, "慢性肾功能衰竭", "40000")
    m2 = e.special(60, "慢性肾功能衰竭", "40000", paid_after(m1))
    m3 = e.special(60, "慢性肾功能衰竭", "40000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("我妈门诊透析 60档 上上个月花了4万 报多少", m1),
        ("上个月也是4万", m2),
        ("这个月又4万", m3),
        ("怎么这个月报的只有一半", answered(CAP, ["6万"])),
    )
    h1 = e.inpatient(120, "三级", "60000")
    c1 = e.special(120, "恶性肿瘤", "30000", paid_after(h1))
    add_dialogue(
        t,
        ("120档 今年第一次住院 地区医院三级 花了6万", h1),
        ("出院后在门诊化疗 这次3万 能报多少", c1),
        ("为什么门诊化疗只报了这点", answered(SPECIAL, ["合并累计"])),
    )
    first = e.inpatient(60, "二级", "30000")
    add_dialogue(
        t,
        (
            "交60 今年住了两次二级医院 第一次3万 第二次2万 第二次报多少",
            e.inpatient(60, "二级", "20000", 2, paid=paid_after(first)),
        ),
        ("怎么第二次起付线只有140", answered(INPATIENT, ["70%"])),
        ("第四次住院呢 起付线多少", answered(INPATIENT, ["50%"], status=BOTH)),
    )
    r1 = e.special(250, "恶性肿瘤", "35000")
    r2 = e.special(250, "恶性肿瘤", "35000", paid_after(r1))
    add_dialogue(
        t,
        ("250档 门诊放疗 上个月3万5 这个月3万5 这个月能报多少", r2),
        ("下个月还要做 1万呢", e.special(250, "恶性肿瘤", "10000", paid_after(r1, r2))),
        ("为什么下个月一分都不报了", answered(CAP, ["6万"])),
    )


def _slots_and_corrections(t: Heldout7Table) -> None:
    add_dialogue(
        t,
        ("帮我算算住院能报销多少", {"status": "follow_up"}),
        ("三级医院", {"status": "follow_up"}),
        ("交的一百二 头回住", e.follow_up(None, ["cost"])),
        ("两万八", e.inpatient(120, "三级", "28000")),
        ("要是交250档呢", e.inpatient(250, "三级", "28000")),
    )
    add_dialogue(
        t,
        ("阿爸今年67了 居民医保那份钱他还用出不", e.enrol(sex="男", age=67)),
        ("我阿妈57岁呢", e.follow_up(None, ["tier"])),
        ("她交120的", e.enrol(sex="女", age=57, tier=120)),
        ("我老婆是低保户 她要交吗", e.enrol(["低保对象"])),
    )
    add_dialogue(
        t,
        ("交250那档的 县里二级医院头回住 一万二千块", e.inpatient(250, "二级", "12000")),
        ("说错了 是三级医院", e.inpatient(250, "三级", "12000")),
        ("为什么三级医院起付线高", answered(INPATIENT, ["400"])),
    )
    add_dialogue(
        t,
        ("60档 乡卫生院头一次住院 花了三千", e.inpatient(60, "乡镇卫生院", "3000")),
        ("等下 这是今年第三次住院", e.inpatient(60, "乡镇卫生院", "3000", 3)),
        ("为啥起付线只扣50", answered(INPATIENT, ["50%"])),
    )
    add_dialogue(
        t,
        ("布鲁菌病能办门特不", answered(SPECIAL, ["布鲁菌病"])),
        (
            "我家老人就是 250档 门诊花了2千6 报多少",
            e.special(250, "布鲁菌病", "2600"),
        ),
        ("建档立卡户门特报销能提高吗", answered(mi("第二十九条"), ["5%"])),
    )
    add_dialogue(
        t,
        ("普通门诊今年第一次 花了400 报多少", e.general("400")),
        ("为什么不是按60%全报", answered(GENERAL, ["100"])),
        ("下次再花600呢", e.general("600", "400")),
        ("为啥这次只报了120", answered(GENERAL, ["300"])),
    )


def _topic_switches(t: Heldout7Table) -> None:
    """A pending follow-up is dropped when the user moves on: never asked again."""
    add_dialogue(
        t,
        ("阿妈在二级医院住院 今年第一回 花了1万8", e.follow_up(None, ["tier"])),
        (
            "先不算了 古建筑塌了能在原地重建吗",
            answered(art(RP, "第十四条"), ["原核定公布机关"], not_follow_up_for=["tier"]),
        ),
        (
            "那修缮文物要谁同意",
            answered(art(RP, "第十五条"), ["同级文物行政管理部门"], not_follow_up_for=["tier"]),
        ),
    )
    pending = ["fiscal_subsidy", "tier"]
    add_dialogue(
        t,
        ("想把断了的医保补上 要交多少", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "算了 问下痛风能办门特吗",
            answered(SPECIAL, ["痛风"], not_follow_up_for=pending),
        ),
        (
            "那普通门诊先要自己扛多少才开始报",
            answered(GENERAL, ["100"], not_follow_up_for=pending),
        ),
    )
    add_dialogue(
        t,
        ("我在县级文物点看管 算下工资", e.follow_up(None, ["months"])),
        (
            "换个话题 看管员发现有人盗墓该怎么做",
            answered(art(RC, "第七条"), ["第一时间"], not_follow_up_for=["months"]),
        ),
        (
            "看管员能对外讲文物信息吗",
            answered(art(RC, "第七条"), ["不得擅自对外提供"], not_follow_up_for=["months"]),
        ),
    )
    add_dialogue(
        t,
        ("交250 今年第二次住院 花了7千", e.follow_up(None, ["level"])),
        (
            "另外问一嘴 办了门特的看门诊先扣钱不",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["level"]),
        ),
        (
            "两病门诊乙类药怎么算",
            answered(mi("第二十五条"), ["10%"], not_follow_up_for=["level"]),
        ),
    )
    add_dialogue(
        t,
        ("门诊化疗 花了5千 报多少", e.follow_up(None, ["tier"])),
        (
            "不说这个了 拍摄馆藏文物要谁批准",
            answered(
                art(RP, "第三十七条"),
                ["自治区级以上文物行政管理部门"],
                not_follow_up_for=["tier"],
            ),
        ),
    )


def _custodians_and_roads(t: Heldout7Table) -> None:
    add_dialogue(
        t,
        ("守野外文物的看管员 每月到手工资是多少啊", answered(WAGE, ["1200", "1400"])),
        ("我在县级文保点干了7个月", e.custodian("县级", 7)),
        ("换成国保单位的呢", e.custodian("全国重点", 7)),
        ("这规矩是哪份文件里写的", answered(WAGE, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("我弟在文物点看管干了10个月 挣了多少", e.follow_up(None, ["site_level"])),
        ("是自治区级的文保单位", e.custodian("自治区级", 10)),
        ("为什么自治区级比县级多200", answered(WAGE, ["1400"])),
    )
    one = {"全国重点": 1}
    three = {"全国重点": 1, "县级": 2}
    add_dialogue(
        t,
        ("县里有1处全国重点野外文保单位 看管员一年经费多少", e.budget(one, 12)),
        ("再加2处县级的", e.budget(three, 12)),
        ("只算三个月呢", e.budget(three, 3)),
        ("为什么一处要算两个人的钱", answered(WAGE, ["2名"])),
    )
    accident = art(RC, "第十一条")
    add_dialogue(
        t,
        ("自治区级文保点的看守 做满十二个月 合计工资", e.custodian("自治区级", 12)),
        ("巡逻日志没如实填 扣多少钱", e.declined(accident)),
        ("那假如看的点出了大事故 人会咋处理", answered(accident, ["立即解聘"], status=BOTH)),
        ("出自细则的哪一条啊", answered(accident, [CUSTODIANS])),
    )
    add_dialogue(
        t,
        ("县级看管员干了3..5个月 工资多少", e.error("月")),
        ("打错了 应该是8个月", e.custodian("县级", 8)),
        ("这笔钱是县财政出还是地区出", answered(WAGE, ["地区财政"])),
    )
    prefecture = quote(RD, "350万元/年")
    county = quote(RD, "100万元/年")
    add_dialogue(
        t,
        (
            "四好农村路地区财政一年给多少养护专项补贴",
            answered(prefecture, ["350万"], status=BOTH),
        ),
        ("加上噶尔和普兰两个县呢", e.road(2, True)),
        ("两年一共呢", e.road(2, True, 2)),
        ("这个标准在哪个文件", answered(county, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("改则县一年有多少养护专项补贴", answered(county, ["100万"], status=BOTH)),
        ("七个县全算上 不算地区", e.road(7, False)),
        (
            "生态补偿养护员归谁管",
            answered(
                quote(RD, "生态补偿农村公路养护员的管理责任主体为各县人民政府"),
                ["各县人民政府"],
            ),
        ),
    )


def _relics_and_medical(t: Heldout7Table) -> None:
    store = art(RP, "第二十八条")
    add_dialogue(
        t,
        ("寺庙里能放煤气罐吗", answered(store, ["易燃、易爆"])),
        ("这个是哪条规定", answered(store, [RELICS])),
        ("问个医保的 高血压两病门诊一年报多少", answered(mi("第二十五条"), ["800"])),
        ("我在乡卫生院开了甲类药900", e.two_diseases(["高血压"], "乡镇卫生院", "900")),
    )
    add_dialogue(
        t,
        ("门特病能报多少比例 我交的120", answered(SPECIAL, ["70%"], status=BOTH)),
        ("换个 私人收藏的文物能卖吗", answered(art(RP, "第三十二条"), ["备案"])),
        ("捐给博物馆呢", answered(art(RP, "第三十三条"), ["捐赠"])),
    )
    unearthed = art(RP, "第二十条")
    excluded = mi("第三十条")
    add_dialogue(
        t,
        ("出土文物多久要移交", answered(unearthed, ["六个月"])),
        ("移交给谁", answered(unearthed, ["文物行政管理部门"])),
        ("再问下医保 交通事故住院能报吗", answered(excluded, ["交通事故"])),
        ("这是哪一条", answered(excluded, [MI])),
    )


def _english_and_greetings(t: Heldout7Table) -> None:
    add_dialogue(
        t,
        (
            "How much does the general outpatient pool reimburse above the deductible?",
            answered(GENERAL, ["60%"]),
        ),
        ("一年封顶呢", answered(GENERAL, ["300"])),
        ("And the deductible?", answered(GENERAL, ["100"])),
    )
    add_dialogue(
        t,
        (
            "120 tier, county hospital (二级), first stay, bill 1.5万, how much back?",
            e.inpatient(120, "二级", "15000"),
        ),
        ("Why not 75% of everything?", answered(INPATIENT, ["200"])),
        ("ok thank you", HELLO),
    )
    g1 = e.inpatient(60, "一级", "4500")
    add_dialogue(
        t,
        ("在不在呀 问个事", HELLO),
        ("交60 一级医院第一次住院 花了4千5", g1),
        ("好的好的 感谢感谢", HELLO),
        (
            "那第二次住院花了三千呢",
            e.inpatient(60, "一级", "3000", 2, paid=paid_after(g1)),
        ),
    )


def _malformed_then_corrected(t: Heldout7Table) -> None:
    add_dialogue(
        t,
        ("交250 二级医院头回住院 花了1,,5万", e.error("费用")),
        ("是1.5万", e.inpatient(250, "二级", "15000")),
        ("怎么没报九成", answered(INPATIENT, ["200", "90%"])),
    )
    add_dialogue(
        t,
        ("交的是200档 三级医院第一次住院 花了1万", e.error("档次")),
        ("不对 交的120", e.inpatient(120, "三级", "10000")),
        ("怎么才给了七成 不是说报得多吗", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("我妈年龄写的是-60岁 参保要交吗", e.error("年龄")),
        ("是60岁", e.enrol(sex="女", age=60)),
        ("为什么她不用交", answered(mi("第十八条"), ["60"])),
    )


def _other_rules(t: Heldout7Table) -> None:
    births = mi("第二十九条")
    add_dialogue(
        t,
        ("老婆在乡卫生院生娃 合规费用一千八", e.maternity("乡镇卫生院", "1800")),
        ("为啥生娃的钱一分不扣全报了", answered(births, ["全额报销"])),
        ("娃没上户口就没了 医疗费算谁的", answered(births, ["母亲"])),
    )
    late = mi("第八条")
    add_dialogue(
        t,
        ("去年没交 今年补缴 财政补助标准620 要交多少", e.late("620")),
        ("为啥这么多", answered(late, ["各级财政补贴部分"])),
        ("补交了啥时候能用", answered(late, ["次月"])),
    )
    shares = mi("第十七条")
    add_dialogue(
        t,
        ("财政补助一共900 中央补了600 自治区地区县各出多少", e.subsidy_split("900", "600")),
        ("为什么自治区出得最多", answered(shares, ["6:2:2"])),
        ("6:2:2这个比例写在办法哪条里", answered(shares, [MI])),
    )
    add_dialogue(
        t,
        (
            "阿里参保 250档 在北京三级医院头回住院 花了3万",
            e.inpatient(250, "三级", "30000", in_area=False),
        ),
        ("为什么才75%", answered(INPATIENT, ["10%"])),
        ("外地住院要先备案吗", answered(mi("第三十三条"), ["5日"])),
    )
    add_dialogue(
        t,
        (
            "建档立卡 250档 二级医院第一次住院 8千",
            e.inpatient(250, "二级", "8000", poor=True),
        ),
        ("为什么是95%", answered(births, ["5%"])),
    )


def build(t: Heldout7Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _custodians_and_roads(t)
    _relics_and_medical(t)
    _english_and_greetings(t)
    _malformed_then_corrected(t)
    _other_rules(t)
