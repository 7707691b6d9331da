"""Dialogues typed on a phone: the yearly 6万 cap across stays, 门特 periods and a later stay;
the two-disease and general-outpatient limits across visits; persons (我爸/我妈/奶奶/爷爷/
儿子/闺女/哥/嫂子), each with their own cap and admission count; slot-only follow-ups
(那/要是/换成/…呢); corrections; 为什么/为啥/怎么 after a result, answered from its own steps;
哪条/哪个文件; topic switches while a follow-up is pending (`not_follow_up_for`), returning
with only the missing slot; relic ↔ medical switches; declines inside a conversation."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import (
    BOTH,
    HELLO,
    answered,
    declined,
    enrol_where,
    paid_after,
)
from evaluation.phrasings.places import (
    CAP,
    FIND,
    GENERAL,
    INPATIENT,
    LATE,
    OTHER,
    ROAD_PREFECTURE,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings9.table import Tune9Table

DEDUCT = art(RC, "第十一条")
ROAD_COUNTY = quote(RD, "100万元/年")


def build(t: Tune9Table) -> None:
    _cap(t)
    _persons(t)
    _slot_only(t)
    _corrections(t)
    _why_and_where(t)
    _pending(t)
    _relic_and_medical(t)


def _cap(t: Tune9Table) -> None:
    a = e.inpatient(250, "三级", "45000")
    b = e.inpatient(250, "三级", "30000", 2, paid=paid_after(a))
    c = e.inpatient(250, "二级", "5000", 3, paid=paid_after(a, b))
    add_dialogue(
        t,
        ("我爸250档 地区医院三级今年第一次住院 4万5 报多少", a),
        ("夏天又住了一回 还是三级 3万", b),
        ("秋天县医院二级第三次住 5千呢", c),
        ("为什么最后这次一分没有", answered(CAP, ["6万"])),
    )
    m1 = e.special(120, "慢性肾功能衰竭", "40000")
    m2 = e.special(120, "慢性肾功能衰竭", "40000", paid_after(m1))
    add_dialogue(
        t,
        ("我妈肾衰透析办了门特 120档 上半年门诊花了4万 报多少", m1),
        ("下半年又4万", m2),
        (
            "年底又住院了 二级医院第一次 1万 还能报多少",
            e.inpatient(120, "二级", "10000", paid=paid_after(m1, m2)),
        ),
        ("透析的钱跟住院的算一块吗", answered(SPECIAL, ["合并累计计算"])),
    )
    x = e.two_diseases(["高血压"], "一级", "600")
    add_dialogue(
        t,
        ("我爸高血压 两病门诊一级医院 甲类药600 报多少", x),
        ("下个月又开了800的药", e.two_diseases(["高血压"], "一级", "800", paid=paid_after(x))),
        ("怎么这次只报了这么点", answered(TWO, ["800"])),
    )
    add_dialogue(
        t,
        (
            "闺女今年住院已经报了5万5 这次120档 三级医院第二次 1万2 还能报多少",
            e.inpatient(120, "三级", "12000", 2, paid="55000"),
        ),
        ("要是在二级医院呢", e.inpatient(120, "二级", "12000", 2, paid="55000")),
        ("6万这个封顶是哪一条规定的", answered(CAP, [MI])),
    )
    g1 = e.general("150")
    g2 = e.general("400", "150")
    add_dialogue(
        t,
        ("普通门诊今年头一回看 花了150 报多少", g1),
        ("又去看了一回 花400", g2),
        ("第三回200呢", e.general("200", "550")),
        ("为啥第三回只报30", answered(GENERAL, ["300"])),
    )


def _persons(t: Tune9Table) -> None:
    dad = e.inpatient(120, "三级", "90000")
    mom = e.inpatient(120, "二级", "10000")
    add_dialogue(
        t,
        ("我爸120档 三级医院头回住院 9万 报多少", dad),
        ("我妈也120 二级医院第一次 1w呢", mom),
        (
            "我爸后来又在一级医院住了 3千",
            e.inpatient(120, "一级", "3000", 2, paid=paid_after(dad)),
        ),
        (
            "那我妈要是再住一回二级 5千呢",
            e.inpatient(120, "二级", "5000", 2, paid=paid_after(mom)),
        ),
    )
    add_dialogue(
        t,
        ("我奶奶61了 参保还交吗", e.enrol(sex="女", age=61)),
        ("爷爷今年六十三 他交的120档 要掏多少", e.enrol(sex="男", age=63, tier=120)),
        ("爷爷比奶奶大 凭啥他还得交", answered(SHARE, ["65周岁"])),
        ("奶奶的那份钱谁出", answered(SHARE, ["6:4"])),
    )
    add_dialogue(
        t,
        ("我家建档立卡 我交250 自己出多少", e.enrol(["建档立卡贫困人员"])),
        ("那我儿子是二级残疾呢", e.enrol(["重度残疾(一、二级)"])),
        ("一个人又是建档立卡又是低保 按哪个算", answered(SHARE, ["就高不就低"])),
    )
    son = e.inpatient(60, "乡镇卫生院", "3000")
    add_dialogue(
        t,
        ("儿子60档 乡卫生院第一回住院 3千 报多少", son),
        ("闺女也60档 三级医院头一回 2万呢", e.inpatient(60, "三级", "20000")),
        (
            "儿子第二次住院 还是乡卫生院 2千",
            e.inpatient(60, "乡镇卫生院", "2000", 2, paid=paid_after(son)),
        ),
        ("为什么儿子第二次扣的起付线少了", answered(INPATIENT, ["70%"])),
    )
    add_dialogue(
        t,
        ("我哥在县级文保点当看管员 干了8个月 多少钱", e.custodian("县级", 8)),
        ("我嫂子在国保点也干了8个月呢", e.custodian("全国重点", 8)),
        ("嫂子怎么比我哥多拿", answered(WAGE, ["自治区级及以上"])),
    )


def _slot_only(t: Tune9Table) -> None:
    add_dialogue(
        t,
        ("二级医院头一回住院 交的120 合计两万 报销多少", e.inpatient(120, "二级", "20000")),
        ("要是换到三级医院去住呢", e.inpatient(120, "三级", "20000")),
        ("那250档呢", e.inpatient(250, "三级", "20000")),
        ("要是去成都住的呢", e.inpatient(250, "三级", "20000", in_area=False)),
    )
    add_dialogue(
        t,
        ("门特 慢性肝炎 60档 这月花了6千 报多少", e.special(60, "慢性肝炎", "6000")),
        ("那交120的呢", e.special(120, "慢性肝炎", "6000")),
        ("要是1万呢", e.special(120, "慢性肝炎", "10000")),
    )
    add_dialogue(
        t,
        ("两病门诊 高血压 三级医院 甲类500 报多少", e.two_diseases(["高血压"], "三级", "500")),
        ("换到一级医院开呢", e.two_diseases(["高血压"], "一级", "500")),
        ("要是糖尿病也有呢", e.two_diseases(["高血压", "糖尿病"], "一级", "500")),
    )
    add_dialogue(
        t,
        ("县级点的看管员 上了3个月班 拿多少", e.custodian("县级", 3)),
        ("那干满整整一年呢", e.custodian("县级", 12)),
        ("换成自治区级的呢", e.custodian("自治区级", 12)),
        ("看管员过年有没有过节费", declined(WAGE)),
    )
    add_dialogue(
        t,
        ("四好农村路 噶尔普兰日土三个县 一年养护补贴多少万", e.road(3, False)),
        ("那地区财政那份也加进来呢", e.road(3, True)),
        ("要是算三年呢", e.road(3, True, 3)),
    )
    add_dialogue(
        t,
        (
            "我们县1处国保2处县级野外文物点 看管员一年工资要多少",
            e.budget({"全国重点": 1, "县级": 2}, 12),
        ),
        ("要是只算半年呢", e.budget({"全国重点": 1, "县级": 2}, 6)),
    )


def _corrections(t: Tune9Table) -> None:
    add_dialogue(
        t,
        ("我妈60档 二级医院第一次住院 2万2 报多少", e.inpatient(60, "二级", "22000")),
        ("打错了 是120档", e.inpatient(120, "二级", "22000")),
        ("还有 是第二次住院", e.inpatient(120, "二级", "22000", 2)),
    )
    add_dialogue(
        t,
        ("门特糖尿病 250档 花了3千 报多少", e.special(250, "糖尿病", "3000")),
        ("不好意思打错 档次是60", e.special(60, "糖尿病", "3000")),
    )
    add_dialogue(
        t,
        ("县级文物点看管 十个月工资一共多少", e.custodian("县级", 10)),
        ("说错了 是7个月", e.custodian("县级", 7)),
    )
    add_dialogue(
        t,
        ("250档 一级医院头回住院 花了两三万 报多少", e.error("费用")),
        ("就按2万3算吧", e.inpatient(250, "一级", "23000")),
        ("为啥没全报", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("我交了一百那档 三级医院头次住院 1万 报多少", e.error("档次")),
        ("哦记岔了 档次是一百二", e.inpatient(120, "三级", "10000")),
    )


def _why_and_where(t: Tune9Table) -> None:
    add_dialogue(
        t,
        ("孕妇在县医院二级剖腹产 花了7千 报多少", e.maternity("二级", "7000")),
        ("为啥一分没让自己出", answered(OTHER, ["全额报销"])),
        ("生娃全报这个 是哪个文件定的", answered(OTHER, [MI])),
    )
    add_dialogue(
        t,
        ("补缴医保 今年各级财政补助一共560 要交多少", e.late("560")),
        ("为啥比正常交得多", answered(LATE, ["最高筹资标准"])),
        ("补缴按最高标准 是哪条规定的", answered(LATE, [MI])),
    )
    add_dialogue(
        t,
        ("医保财政补助 每人总共720 中央给了420 剩下三级怎么分", e.subsidy_split("720", "420")),
        ("为啥自治区出这么多", answered(SPLIT, ["6:2:2"])),
        ("这个比例在哪个文件里", answered(SPLIT, [MI])),
    )
    add_dialogue(
        t,
        (
            "我爸革吉参保 120档 在乌鲁木齐二级医院第一次住院 1万5",
            e.inpatient(120, "二级", "15000", in_area=False),
        ),
        ("为什么只报了65%", answered(INPATIENT, ["降低10%"])),
        ("住院前后要报备吗 几天内", answered(mi("第三十三条"), ["5日"])),
    )
    add_dialogue(
        t,
        (
            "自治区级看管员出了重大看管事故被解聘 之前干了6个月 今年补助还剩多少",
            e.custodian("自治区级", 6, accident=True),
        ),
        ("为啥一分都没有", answered(DEDUCT, ["扣除当年野外文物看管补助"])),
        ("扣光补助这事 出自哪个文件", answered(DEDUCT, [RC])),
    )


def _pending(t: Tune9Table) -> None:
    add_dialogue(
        t,
        ("我妈住院了 三级医院今年第一次 花了2万6 报多少", e.follow_up(None, ["tier"])),
        (
            "先不说这个 医保卡能借给亲戚用吗",
            answered(mi("第四十五条"), ["借给他人"], not_follow_up_for=["tier"]),
        ),
        ("她交的250", e.inpatient(250, "三级", "26000")),
    )
    add_dialogue(
        t,
        ("老爸交120 今年头回住院 花了9千", e.follow_up(None, ["level"])),
        (
            "换个问题 文物点的老房子能拆吗",
            answered(art(RP, "第十六条"), ["拆毁"], not_follow_up_for=["level"]),
        ),
        (
            "古建筑修缮要报批吗",
            answered(art(RP, "第十五条"), ["不改变文物原状"], not_follow_up_for=["level"]),
        ),
        ("回到我爸住院 是乡卫生院", e.inpatient(120, "乡镇卫生院", "9000")),
    )
    add_dialogue(
        t,
        ("补交医保要掏多少钱", e.follow_up(None, ["fiscal_subsidy"])),
        (
            "先问下 医保在哪个部门交",
            answered(mi("第十五条"), ["税务部门"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("那就按财政补助590算", e.late("590")),
    )
    add_dialogue(
        t,
        ("看管员干了半年 工资多少", e.follow_up(None, ["site_level"])),
        (
            "不算了 看管员能把文物资料发到网上吗",
            answered(art(RC, "第七条"), ["不得擅自对外提供"], not_follow_up_for=["site_level"]),
        ),
        (
            "那看管员有哪些权利",
            answered(art(RC, "第八条"), ["提出建议和意见"], not_follow_up_for=["site_level"]),
        ),
    )
    add_dialogue(
        t,
        ("门特恶性肿瘤 这月门诊花了1万 报多少", e.follow_up(None, ["tier"])),
        (
            "插一句 看病挂号费能报不",
            answered(mi("第三十条"), ["挂号费"], not_follow_up_for=["tier"]),
        ),
        (
            "文物安全培训能中途退出吗",
            answered(
                quote(RT, "参训工作人员在培训期间不得退训"),
                ["不得退训"],
                not_follow_up_for=["tier"],
            ),
        ),
        ("谢谢 就这样吧", HELLO),
    )
    add_dialogue(
        t,
        ("自治区级看管员 工资一共算算", e.follow_up(None, ["months"])),
        (
            "算了 看管协议书里要写什么",
            answered(art(RC, "第十三条"), ["看管责任"], not_follow_up_for=["months"]),
        ),
        ("干了11个月", e.custodian("自治区级", 11)),
    )


def _relic_and_medical(t: Tune9Table) -> None:
    add_dialogue(
        t,
        ("在工地上挖出个陶罐 该咋办", answered(FIND, ["立即保护现场"])),
        ("对了我老婆要生了 在县医院二级 顺产花了3千 报多少", e.maternity("二级", "3000")),
        ("回到那个陶罐 施工单位要配合啥", answered(FIND, ["配合考古发掘单位"])),
    )
    add_dialogue(
        t,
        ("寺里的文物能卖给收藏家吗", answered(art(RP, "第二十七条"), ["出售"])),
        ("我叔是寺里的僧人 获过县级爱国守法先进 参保交多少", e.enrol(["僧尼县级表彰"])),
        ("为啥他还要交45", answered(SHARE, ["县级财政补贴205元"])),
        (
            "回到文物 寺里珍贵文物多久复核一次",
            answered(art(RP, "第二十六条"), ["每年复核一次"]),
        ),
    )
    heart = e.special(120, "慢性高原性心脏病", "4000")
    add_dialogue(
        t,
        ("我妈门特高原性心脏病 120档 这月花了4千 报多少", heart),
        ("顺便问 文物安全培训的内容有哪些", answered(quote(RT, "培训内容包括"), ["案例分析"])),
        (
            "再回到我妈 下个月又花了5千",
            e.special(120, "慢性高原性心脏病", "5000", paid_after(heart)),
        ),
    )
    add_dialogue(
        t,
        (
            "阿里三甲医院创建要多少个月完成初审",
            answered(quote(HP, "争取用 8 个月时间"), ["8个月"]),
        ),
        ("那我去地区医院三级住院 120档 第一次 1万6 报多少", e.inpatient(120, "三级", "16000")),
        ("这个住院报销比例是哪个文件定的", answered(INPATIENT, [MI])),
        ("四川的医保也这么报吗", declined(INPATIENT)),
    )
    add_dialogue(
        t,
        ("你好 在吗", HELLO),
        (
            "农村公路养护补贴地区财政一年出多少",
            {"status": BOTH, "gold": [ROAD_PREFECTURE], "answer_contains": ["350万"]},
        ),
        ("那县里出的钱能给养护员发奖金吗", declined(ROAD_COUNTY)),
        ("行 谢了师傅", HELLO),
    )
    add_dialogue(
        t,
        (
            "阿里毕业生公益性岗位一共规划多少个",
            answered(quote(GE, "公益性岗位 1160 个左右"), ["1160"]),
        ),
        ("我闺女今年毕业回阿里 户口在阿里 医保在哪参保", enrol_where(["户籍所在地"])),
        ("参保看户籍这个 在哪个文件里", enrol_where([MI])),
    )
