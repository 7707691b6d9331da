"""Dialogues typed on a phone: the yearly 6万 cap across turns and across persons (each person
has their own cap and admission count); slot-only follow-ups (…呢, 那/要是/如果/换成…);
corrections; 为什么/为啥/怎么 after a result, answered from its own steps; 哪条/哪个文件;
topic switches while a follow-up is pending (`not_follow_up_for`); relic ↔ medical switches;
custodian pay and the road subsidy over turns, with what the text does not cover."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
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
from evaluation.phrasings8.table import Tune8Table


def build(t: Tune8Table) -> None:
    _cap(t)
    _persons(t)
    _slot_only(t)
    _corrections(t)
    _why_and_where(t)
    _pending(t)
    _custodian_and_road(t)
    _relic_and_medical(t)


def _cap(t: Tune8Table) -> None:
    a = e.inpatient(120, "三级", "50000")
    b = e.inpatient(120, "二级", "30000", 2, paid=paid_after(a))
    c = e.inpatient(120, "一级", "8000", 3, paid=paid_after(a, b))
    add_dialogue(
        t,
        ("我妈120档 开春在地区医院三级住了一回 花5w 报了多少", a),
        ("秋天又去县医院二级住了 3w", b),
        ("冬天一级医院又住 8千", c),
        ("为啥最后那次报得这么少", answered(CAP, ["6万"])),
        ("封顶这个规定是哪个文件的", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "30000")
    m2 = e.special(250, "慢性肾功能衰竭", "30000", paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "20000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("老婆肾衰门诊透析 250档 上半年花了3w 报多少", m1),
        ("下半年又是三万", m2),
        ("年底还有2w呢", m3),
        ("怎么年底就报不了多少了", answered(CAP, ["6万"])),
    )
    h = e.inpatient(250, "二级", "40000", paid="40000")
    add_dialogue(
        t,
        ("孩子250档 今年门特已经报了4万 现在二级医院第一次住院花4w 还能报多少", h),
        ("门特的钱也算进去啊", answered(SPECIAL, ["合并累计计算"])),
    )


def _persons(t: Tune8Table) -> None:
    dad = e.inpatient(250, "三级", "70000")
    add_dialogue(
        t,
        ("我爸250 三级医院第一次住院 7w 报多少", dad),
        ("我妈也是250 三级第一次 2w呢", e.inpatient(250, "三级", "20000")),
        (
            "我爸又住了一回 二级 1w",
            e.inpatient(250, "二级", "10000", 2, paid=paid_after(dad)),
        ),
        ("为啥我爸这次一分没报", answered(CAP, ["6万"])),
    )
    add_dialogue(
        t,
        ("我爸66了 参保还要交钱吗", e.enrol(sex="男", age=66)),
        ("我妈59呢 交120档", e.enrol(sex="女", age=59, tier=120)),
        ("为什么我妈要交", answered(SHARE, ["60周岁"])),
        ("那我爸的钱是谁出的", answered(SHARE, ["6:4"])),
    )
    add_dialogue(
        t,
        ("孩子是孤儿 参保要交多少", e.enrol(["孤儿"])),
        ("那低保户呢", e.enrol(["低保对象"])),
        ("这是哪一条定的", answered(SHARE, [MI])),
    )


def _slot_only(t: Tune8Table) -> None:
    add_dialogue(
        t,
        ("我妈60档 住一级医院 今年头回住院 6千块 给报多少", e.inpatient(60, "一级", "6000")),
        ("要是住的二级医院 能报多少呢", e.inpatient(60, "二级", "6000")),
        ("要是交的120呢", e.inpatient(120, "二级", "6000")),
        ("如果是第二次住院呢", e.inpatient(120, "二级", "6000", 2)),
    )
    add_dialogue(
        t,
        ("门特恶性肿瘤 120档 这个月门诊花了5千 报多少", e.special(120, "恶性肿瘤", "5000")),
        ("那要是8千呢", e.special(120, "恶性肿瘤", "8000")),
        ("换成250档的呢", e.special(250, "恶性肿瘤", "8000")),
    )
    add_dialogue(
        t,
        (
            "两病门诊 糖尿病 二级医院 甲类药800",
            e.two_diseases(["糖尿病"], "二级", "800"),
        ),
        ("到乡卫生院开呢", e.two_diseases(["糖尿病"], "乡镇卫生院", "800")),
        ("要是两千呢", e.two_diseases(["糖尿病"], "乡镇卫生院", "2000")),
    )
    add_dialogue(
        t,
        ("普通门诊今年第一回 花了120", e.general("120")),
        ("第二回又花了250", e.general("250", "120")),
        ("再来一回200呢", e.general("200", "370")),
    )


def _corrections(t: Tune8Table) -> None:
    add_dialogue(
        t,
        ("老婆250档 二级医院第一次住院 一万八 报多少", e.inpatient(250, "二级", "18000")),
        ("不对 是三级医院", e.inpatient(250, "三级", "18000")),
        ("钱也说错了 是两万八", e.inpatient(250, "三级", "28000")),
    )
    add_dialogue(
        t,
        ("县级看管员干了6个月 工资多少", e.custodian("县级", 6)),
        ("说错了 是自治区级的点", e.custodian("自治区级", 6)),
        ("为什么比县级的多", answered(WAGE, ["1400"])),
    )
    add_dialogue(
        t,
        ("120档 三级医院第一次住院 花了三四万 报多少", e.error("费用")),
        ("按3万5算", e.inpatient(120, "三级", "35000")),
    )
    add_dialogue(
        t,
        ("交的是二百那档 一级医院第一回住院 5千", e.error("档次")),
        ("记错了 是250", e.inpatient(250, "一级", "5000")),
    )


def _why_and_where(t: Tune8Table) -> None:
    add_dialogue(
        t,
        (
            "我爸阿里参保 120档 在西宁三级医院第一次住院 2w",
            e.inpatient(120, "三级", "20000", in_area=False),
        ),
        ("为什么比在阿里住少报了", answered(INPATIENT, ["10%"])),
        ("那去之前要办啥手续", answered(mi("第三十三条"), ["5日"])),
        ("备案这个要求是哪个文件里写的", answered(mi("第三十三条"), [MI])),
    )
    add_dialogue(
        t,
        ("老婆在地区医院三级剖腹产 花了9千 报多少", e.maternity("三级", "9000")),
        ("为啥不扣起付线", answered(OTHER, ["全额报销"])),
        ("生孩子全报是哪条规定的啊", answered(OTHER, [MI])),
    )
    add_dialogue(
        t,
        ("我哥断缴了 今年财政补助600 补交要交多少", e.late("600")),
        ("为啥要交这么多", answered(LATE, ["最高筹资标准"])),
        ("钱补上了 从哪个月起能报销", answered(LATE, ["次月"])),
    )
    add_dialogue(
        t,
        ("财政补助一共800 中央出了500 地区出多少", e.subsidy_split("800", "500")),
        ("为什么县里和地区一样多", answered(SPLIT, ["6:2:2"])),
    )


def _pending(t: Tune8Table) -> None:
    add_dialogue(
        t,
        ("我爸在地区医院三级的住院 今年头一回 合规2w 能报多少", e.follow_up(None, ["tier"])),
        (
            "先问下 住院的陪护费能报吗",
            answered(mi("第三十条"), ["陪护费"], not_follow_up_for=["tier"]),
        ),
        ("他交的是120那档", e.inpatient(120, "三级", "20000")),
    )
    add_dialogue(
        t,
        ("老婆交120 今年头一次住院 一共1w", e.follow_up(None, ["level"])),
        (
            "算了 先问寺里的壁画能不能拍照",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["level"]),
        ),
        (
            "那石刻拓印呢",
            answered(art(RP, "第三十八条"), ["不得私自拓印"], not_follow_up_for=["level"]),
        ),
    )
    add_dialogue(
        t,
        ("看管员干了9个月 工资多少", e.follow_up(None, ["site_level"])),
        (
            "换个事 看管员跟文物局签协议 最长能签多久",
            answered(art(RC, "第十三条"), ["一年"], not_follow_up_for=["site_level"]),
        ),
        ("他看的是县级文保点", e.custodian("县级", 9)),
    )
    add_dialogue(
        t,
        ("我表弟前两年没交医保 现在补缴得掏多少", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "等等 先问镶牙能报吗",
            answered(mi("第三十条"), ["镶牙"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        (
            "文物安全培训的钱谁出",
            answered(
                quote(RT, "培训经费从地区文物安全专项经费中支出"),
                ["文物安全专项经费"],
                not_follow_up_for=["fiscal_subsidy"],
            ),
        ),
    )
    add_dialogue(
        t,
        ("国保单位看管员 工资总共多少", e.follow_up(None, ["months"])),
        (
            "不算了 贫困户报看管员有优先吗",
            answered(art(RC, "第六条"), ["建档立卡贫困户"], not_follow_up_for=["months"]),
        ),
        ("谢谢师傅", HELLO),
    )


def _custodian_and_road(t: Tune8Table) -> None:
    add_dialogue(
        t,
        ("自治区级看管员干满12个月 一年多少钱", e.custodian("自治区级", 12)),
        ("那国保的呢", e.custodian("全国重点", 12)),
        ("看管员年终有没有奖金 多少", declined(WAGE)),
    )
    add_dialogue(
        t,
        ("我们县有3处县级野外文物点 看管员一年经费多少", e.budget({"县级": 3}, 12)),
        ("再加2处国保的", e.budget({"县级": 3, "全国重点": 2}, 12)),
    )
    add_dialogue(
        t,
        ("四好农村路养护 札达和日土两个县一年补多少", e.road(2, False)),
        ("加上地区的呢", e.road(2, True)),
        ("三年一共多少", e.road(2, True, 3)),
        ("那乡里自己要出多少", declined(ROAD)),
    )


def _relic_and_medical(t: Tune8Table) -> None:
    add_dialogue(
        t,
        ("放牧捡到个古铜佛 要交给谁", answered(art(RP, "第二十一条"), ["保护现场"])),
        ("对了 我爸住院了 250档 二级医院第一次 1w2", e.inpatient(250, "二级", "12000")),
        ("为啥扣了起付线", answered(INPATIENT, ["200"])),
        ("回到那个佛像 能自己卖了吗", answered(art(RP, "第二十一条"), ["私分"])),
    )
    add_dialogue(
        t,
        ("我奶奶高血压 两病门诊一年顶天报多少", answered(TWO, ["800"])),
        ("那看管员多大年纪能报名", answered(art(RC, "第五条"), ["25-50岁"])),
        ("回到高血压 一级医院开药1000块 报多少", e.two_diseases(["高血压"], "一级", "1000")),
    )
    add_dialogue(
        t,
        ("师傅在不在 问点事", HELLO),
        (
            "文物安全培训一年至少几次",
            answered(quote(RT, "文物安全培训原则上每年不得少于一次"), ["一次"]),
        ),
        ("那我妈门特糖尿病 60档 这月花了2千 报多少", e.special(60, "糖尿病", "2000")),
        ("拉萨市医保的门特也是这么报吗", declined(SPECIAL)),
    )
    add_dialogue(
        t,
        ("交250档 这回住院花了1.6w 报多少", e.follow_up(None, ["level"])),
        (
            "插一句 挖到古墓要保护现场吗",
            answered(art(RP, "第二十一条"), ["保护现场"], not_follow_up_for=["level"]),
        ),
        (
            "发现以后该向哪个部门报告",
            answered(art(RP, "第二十一条"), ["文物行政管理部门"], not_follow_up_for=["level"]),
        ),
        ("回到住院 是县医院二级 今年头一回", e.inpatient(250, "二级", "16000")),
    )
    add_dialogue(
        t,
        ("我闺女交120 一级医院第一次住院 7千 报多少", e.inpatient(120, "一级", "7000")),
        ("我儿子也120 乡卫生院头回住院 2千呢", e.inpatient(120, "乡镇卫生院", "2000")),
        (
            "闺女后来又在一级住了一次 4千",
            e.inpatient(120, "一级", "4000", 2, paid=paid_after(e.inpatient(120, "一级", "7000"))),
        ),
        ("怎么闺女第二次起付线变了", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("四好农村路 阿里七个县加地区一年养护补贴一共多少", e.road(7, True)),
        ("按两年算一共多少呢", e.road(7, True, 2)),
        ("日喀则那边的县也按100万补吗", declined(ROAD)),
        ("这个补贴标准出自哪个文件", answered(ROAD, [RD])),
    )
