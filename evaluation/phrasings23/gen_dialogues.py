"""Dialogues: the 6万 cap across two stays, across dialysis months and across a stay and a 门特
course (asked after in English once); the 两病 and 普通门诊 limits across visits; corrections
(档次记错了, 多打了个零, 说错了 是自治区级的点, 其实是低保户, 是在一级医院开的药); 为什么/为啥/怎么
after results and after lookups; 哪个文件/哪一条/哪条; topic switches while a follow-up for cost,
tier, level, site level, months, fiscal subsidy, 门特 tier or 两病 level is pending
(`not_follow_up_for`), then the slot given late; continuations with 那/要是/…呢 that switch the item
of a list or the row of a lookup (第三十条's classes, 门特 diseases, the custodians' rights and
duties, the 三甲 stages and hiring channels, graduates' posts and yearly numbers, rural buses, 第八条,
第二十二条's ratios, 两病 ratios, the upkeep company, training forms, relic keepers, bus stations);
person switches; relic ↔ medical switches; declined follow-ons for 林芝, 山南 and 昌都; greetings and
thanks; a malformed amount, tier, level, age and month count, each then corrected. Figures only
from evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    FIND,
    GENERAL,
    GRADUATES,
    INPATIENT,
    PERIOD,
    ROAD_PREFECTURE,
    SHARE,
    SPECIAL,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, quote
from evaluation.phrasings23.table import Tune23Table

BOTH = ["answered", "calculated"]
TRAINING = art(RT, "一、（三）")
PHOTO = art(RP, "第三十七条")
BUS = quote(RD, "42个建制村通客车")
UPKEEP = quote(RD, "养护公司主要职能")
HIRING = art(HP, "四、（十）")
POSTS = art(GE, "三、（一）4.")
REMOTE = art(HP, "四、（七）")


def _caps(t: Tune23Table) -> None:
    s1 = e.inpatient(250, "三级", "50000")
    s2 = e.inpatient(250, "三级", "25000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("岳父交250 地区医院三级 今年头回住院 五万", s1),
        ("秋天又进去住了第二回 还是那家 两万五", s2),
        ("为啥第二回没按百分之八十五报满", answered(CAP, ["6万元"])),
        ("六万封顶写在哪一条 我要截图给他看", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "25000")
    m2 = e.special(250, "慢性肾功能衰竭", "25000", paid=paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "25000", paid=paid_after(m1, m2))
    add_dialogue(
        t,
        ("姐夫透析走门特 交250 头一个月门诊两万五", m1),
        ("第二个月透析也是两万五", m2),
        ("第三个月还是两万五 档次不变", m3),
        ("怎么第三个月一下子少了这么多", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(120, "二级", "70000")
    add_dialogue(
        t,
        ("公公交120 二级医院今年第一次住院 七万", c1),
        (
            "出院后接着门特化疗 交120 门诊一万五",
            e.special(120, "恶性肿瘤", "15000", paid=paid_after(c1)),
        ),
        ("门特跟住院是放一块算年度封顶的吗", answered(SPECIAL, ["合并累计计算"])),
    )
    add_dialogue(
        t,
        ("二姨交250 一级医院今年头一次住院 花了十万", e.inpatient(250, "一级", "100000")),
        ("What's the most the fund will pay for her in one year?", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["高血压"], "一级", "900")
    add_dialogue(
        t,
        ("婆婆高血压两病门诊 一级医院 甲类九百", d1),
        (
            "下个月又在一级医院拿了甲类四百",
            e.two_diseases(["高血压"], "一级", "400", paid=paid_after(d1)),
        ),
        ("为什么第二次只给了一百七", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("邻居大姐今年第一次看普通门诊 四百块 统筹给多少", e.general("400")),
        ("过了两周又看了一次 六百", e.general("600", "400")),
        ("怎么第二回看门诊统筹才给一百二", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Tune23Table) -> None:
    add_dialogue(
        t,
        ("岳母二级医院头回住院 两万 交120", e.inpatient(120, "二级", "20000")),
        ("档次记错了 她交的250", e.inpatient(250, "二级", "20000")),
        ("要是她住的是三级医院呢", e.inpatient(250, "三级", "20000")),
        ("为什么三级医院的比例反而低", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("堂妹交250 头回住三级医院 单子上写着28万", e.inpatient(250, "三级", "280000")),
        ("多打了个零 是两万八", e.inpatient(250, "三级", "28000")),
        ("为什么要先减掉四百块", answered(INPATIENT, ["400元"])),
    )
    add_dialogue(
        t,
        (
            "表嫂去年春天开始在县级野外点守文物 到现在六个月 一共该发多少工资",
            e.custodian("县级", 6),
        ),
        ("等等 她守的其实是自治区级的文保点", e.custodian("自治区级", 6)),
        ("一千四一个月的标准 是哪个文件定下来的", answered(WAGE, [RC])),
    )
    add_dialogue(
        t,
        ("革吉跟改则这两个县 按标准一年能拿多少万养护专项补贴", e.road(2, False)),
        ("那再把地区财政出的那份也加进去呢", e.road(2, True)),
        ("要是按三年算呢", e.road(2, True, 3)),
        ("地区那三百五万写在哪一条", answered(ROAD_PREFECTURE, [RD])),
    )
    add_dialogue(
        t,
        ("表嫂是建档立卡户 参保个人交多少", e.enrol(["建档立卡贫困人员"])),
        ("她其实是低保户 不是建档立卡", e.enrol(["低保对象"])),
        (
            "为啥低保户一分钱都不用交",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["医疗救助资金"]},
        ),
    )
    add_dialogue(
        t,
        ("姑父糖尿病两病门诊 二级医院 甲类八百", e.two_diseases(["糖尿病"], "二级", "800")),
        ("不对 是在一级医院开的药", e.two_diseases(["糖尿病"], "一级", "800")),
        ("一级医院报七成是哪条规定的", answered(TWO, [MI])),
    )


def _person_switches(t: Tune23Table) -> None:
    add_dialogue(
        t,
        ("姐夫三十二岁 男 选60档 参保个人交多少", e.enrol(sex="男", age=32, tier=60)),
        ("那他爸呢 六十七了", e.enrol(sex="男", age=67)),
        (
            "为什么他爸就不用交了",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["男年满 65 周岁"]},
        ),
    )
    add_dialogue(
        t,
        ("婆婆住的是镇上的一级医院 今年头回 交的120档 花了六千", e.inpatient(120, "一级", "6000")),
        ("那公公呢 同一家医院 交250 今年第二次住院 一万", e.inpatient(250, "一级", "10000", 2)),
        ("他们俩住的一级医院 床位费一天认多少", answered(INPATIENT, ["40元"])),
    )
    add_dialogue(
        t,
        (
            "寺里一位僧人去年评上地区级的爱国守法先进 今年参保自己交多少",
            e.enrol(["僧尼地区级表彰"]),
        ),
        ("那评上县级的呢", e.enrol(["僧尼县级表彰"])),
        ("补贴最后由谁去跟财政申请", answered(SHARE, ["县医保局向县级财政部门提出补助申请"])),
    )


def _topic_switches(t: Tune23Table) -> None:
    add_dialogue(
        t,
        (
            "舅妈交120 今年第二回住进三级医院 麻烦帮她算算能报多少",
            e.follow_up("inpatient", ["cost"]),
        ),
        (
            "先插一句 看管协议最多能签多长时间",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["cost"]),
        ),
        ("住院一共花了一万九", e.inpatient(120, "三级", "19000", 2)),
    )
    add_dialogue(
        t,
        ("二级医院头一回住院 一万三 能报多少", e.follow_up("inpatient", ["tier"])),
        (
            "对了 文物安全培训一年最少搞几次",
            answered(TRAINING, ["每年不得少于一次"], not_follow_up_for=["tier"]),
        ),
        ("交的是120", e.inpatient(120, "二级", "13000")),
    )
    add_dialogue(
        t,
        ("交250 今年住了一次院 八千 报多少", e.follow_up("inpatient", ["level"])),
        ("问个别的 门特病种里有没有癫痫", answered(SPECIAL, ["癫痫"], not_follow_up_for=["level"])),
        ("那布鲁菌病呢", answered(SPECIAL, ["布鲁菌病"], not_follow_up_for=["level"])),
        ("回到住院那个 当时住的是乡里的乡镇卫生院", e.inpatient(250, "乡镇卫生院", "8000")),
    )
    add_dialogue(
        t,
        ("看管员干了十一个月 工资一共多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "顺便问下 看管员的工资是哪一级财政出",
            answered(WAGE, ["地区财政纳入年初预算"], not_follow_up_for=["site_level"]),
        ),
        ("我打听了 他守的那处是县级文保点", e.custodian("县级", 11)),
    )
    add_dialogue(
        t,
        ("自治区级野外点的看管员 帮忙算下工资", e.follow_up("custodian_pay", ["months"])),
        (
            "看管员选聘对年龄有啥要求",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["months"]),
        ),
        ("他干了三个月", e.custodian("自治区级", 3)),
    )
    add_dialogue(
        t,
        ("断了医保想补缴 要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "补上以后从哪个时候起能报销",
            answered(PERIOD, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("查到了 各级补贴加起来七百", e.late("700")),
    )
    add_dialogue(
        t,
        ("青光眼门特 门诊两千 能报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "门特的钱跟住院的年度上限是合并算的吗",
            answered(SPECIAL, ["合并累计计算"], not_follow_up_for=["tier"]),
        ),
        ("交的是60", e.special(60, "青光眼", "2000")),
    )
    add_dialogue(
        t,
        (
            "舅舅的糖尿病走两病门诊 这回开了一千块的甲类药 能报回来多少",
            e.follow_up("two_diseases", ["level"]),
        ),
        (
            "换个话题 人民医院远程平台对接了几家内地医院",
            answered(REMOTE, ["12 家内地医院"], not_follow_up_for=["level"]),
        ),
        ("那其中陕西省有几家", answered(REMOTE, ["陕西省 10 家"], not_follow_up_for=["level"])),
        ("药是在三级医院拿的", e.two_diseases(["糖尿病"], "三级", "1000")),
    )
    add_dialogue(
        t,
        ("交60 乡镇卫生院头回住院 算算能报多少", e.follow_up("inpatient", ["cost"])),
        (
            "插个话 四好农村路创建分几个阶段实施",
            answered(art(RD, "四、"), ["四个阶段"], not_follow_up_for=["cost"]),
        ),
        ("住院总共两千二", e.inpatient(60, "乡镇卫生院", "2200")),
    )


def _relics_and_medical(t: Tune23Table) -> None:
    add_dialogue(
        t,
        ("在工地上挖出一块带字的石碑 应该怎么做", answered(FIND, ["立即保护现场"])),
        # fixed after the run: 第二十一条 (不得…藏匿) answers it as well as 第五十条; both gold,
        # the term the two share
        (
            "那要是我偷偷藏起来不上交呢",
            {
                "status": "answered",
                "gold": [art(RP, "第五十条"), FIND],
                "answer_contains": ["私分"],
            },
        ),
        ("挖石碑时把腰扭了 交120 二级医院第一次住院 六千", e.inpatient(120, "二级", "6000")),
        ("这个报销比例依据的是哪个文件", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("寺里的馆藏文物建档用什么文字记", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("那寺里评上地区级表彰的僧人 参保交多少", e.enrol(["僧尼地区级表彰"])),
        ("僧尼缴费这个规定在哪一条", answered(SHARE, [MI])),
    )
    add_dialogue(
        t,
        ("文保单位里的壁画能拍照吗", answered(PHOTO, ["不得拍摄"])),
        ("那考古发掘现场呢", answered(PHOTO, ["考古发掘现场"])),
        ("换个问题 住院期间的电话费医保报吗", answered(EXCLUDED, ["电话费"])),
    )


def _lists_and_lookups(t: Tune23Table) -> None:
    add_dialogue(
        t,
        ("非疾病治疗类里医保不报的有哪些", answered(EXCLUDED, ["美容", "减肥"])),
        ("那诊疗设备及医用材料类呢", answered(EXCLUDED, ["电子束CT"])),
        ("为什么洗牙不给报", answered(EXCLUDED, ["洁牙"])),
        ("这些不报的规定是哪一条", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("门特病里有冠心病吗", answered(SPECIAL, ["冠心病"])),
        ("那肺心病呢", answered(SPECIAL, ["肺心病"])),
        ("要是交的60 门特能报几成", answered(SPECIAL, ["60%"])),
    )
    add_dialogue(
        t,
        (
            "野外看管员除了要尽职责 自己能享有哪几项权利",
            answered(art(RC, "第八条"), ["文物安全培训", "建议和意见"]),
        ),
        ("那他们的职责呢", answered(art(RC, "第七条"), ["每日巡查"])),
        ("为什么选聘要优先考虑已脱贫群众", answered(art(RC, "第十条"), ["巩固好脱贫攻坚成果"])),
    )
    add_dialogue(
        t,
        (
            "创三甲正式评审之前医院要写什么申请书",
            answered(art(HP, "三、（六）"), ["正式评审申请书"]),
        ),
        ("那初次评审呢", answered(art(HP, "三、（五）"), ["初次评审申请书"])),
        ("哪条说的要争取2021年底前挂牌", answered(art(HP, "三、（七）"), ["2021年底前"])),
    )
    add_dialogue(
        t,
        ("就业规划里公益性岗位一共多少个", answered(POSTS, ["1160 个左右"])),
        ("那法律援助员和人民调解员岗位各有多少呢", answered(POSTS, ["不少于 10 个"])),
        ("基层文化工作者岗位呢", answered(POSTS, ["不少于 20 个"])),
    )
    add_dialogue(
        t,
        ("阿里7个县城的通客车率是多少", answered(BUS, ["100%"])),
        ("那乡镇一级的通车率呢", answered(BUS, ["59%"])),
        ("现在的农村客运车辆有几辆 归谁经营", answered(BUS, ["6辆", "个人经营"])),
    )
    add_dialogue(
        t,
        ("居民医保啥时候开始收下一年的钱 到哪天收完", answered(PERIOD, ["10月1日至12月31日"])),
        ("那交了之后哪天开始能报", answered(PERIOD, ["1月1日"])),
        ("要是中间断了一段没交呢", answered(PERIOD, ["由本人承担"])),
        ("为什么补缴完不能马上就报", answered(PERIOD, ["次月起"])),
    )
    add_dialogue(
        t,
        ("养护公司主要有哪些职能", answered(UPKEEP, ["管养分离"])),
        ("那日常养护雇当地人有比例要求吗", answered(UPKEEP, ["不少于60%"])),
        ("雇本地农民六成这个要求 是哪个文件里写的", answered(UPKEEP, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("人民医院新增医务人员里专招渠道解决多少", answered(HIRING, ["60 人"])),
        ("那人才引进呢", answered(HIRING, ["30 人"])),
        ("自主招聘的呢", answered(HIRING, ["94 人"])),
    )
    add_dialogue(
        t,
        ("文物安全培训可以用哪些方式", answered(art(RT, "六、（二）"), ["集中培训", "外出受训"])),
        ("那培训方向分哪些", answered(art(RT, "六、（四）"), ["理论知识培训"])),
        ("培训的经费从哪里出", answered(art(RT, "五、"), ["地区文物安全专项经费"])),
    )
    add_dialogue(
        t,
        ("交120的在乡镇卫生院住院报几成", answered(INPATIENT, ["75%"])),
        ("那交250的呢", answered(INPATIENT, ["90%"])),
        ("要是去三级医院呢 还是250档", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("两病门诊在一级医院报几成", answered(TWO, ["70%"])),
        ("那要是在三级医院开的药呢 报几成", answered(TWO, ["60%"])),
        ("乙类药个人要先付多少比例", answered(TWO, ["10%"])),
    )
    add_dialogue(
        t,
        (
            "跟看管员签的那份协议书 里头必须写明哪几块内容",
            answered(art(RC, "第十三条"), ["看管责任", "看管要求", "协议期限"]),
        ),
        ("那什么情况会被立即解聘", answered(art(RC, "第十一条"), ["立即解聘"])),
        (
            "为什么出了事故连当年的补助都要扣",
            answered(art(RC, "第十一条"), ["扣除当年野外文物看管补助"]),
        ),
    )
    add_dialogue(
        t,
        ("就业规划预测2020年阿里毕业生有多少", answered(GRADUATES, ["591"])),
        ("那2022年呢", answered(quote(GE, "2022年599人"), ["599"])),
        ("整个规划期加起来一共多少", answered(quote(GE, "3700人左右"), ["3700"])),
    )
    add_dialogue(
        t,
        ("博物馆负责人离任时文物要办什么手续", answered(art(RP, "第二十九条"), ["文物移交手续"])),
        ("那平时谁对文物安全负责", answered(art(RP, "第二十九条"), ["法定代表人或负责人"])),
        ("负责人对文物安全负责这一条 出自哪个文件", answered(art(RP, "第二十九条"), [RP])),
    )
    add_dialogue(
        t,
        (
            "农村客运站建设要跟四好农村路做到哪几个同步",
            answered(art(RD, "二、（四）"), ["同步规划", "同步设计", "同步建设", "同步验收"]),
        ),
        ("那公路沿线通信网络覆盖率目标呢", answered(art(RD, "二、（四）"), ["100%"])),
        ("联网联控三级平台七县要在什么时候前建好", answered(art(RD, "二、（四）"), ["7月之前"])),
    )


def _greetings_and_malformed(t: Tune23Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 想跟你打听个事", HELLO),
        ("交250 二级医院第一次住院 花了七八万吧", e.error("费用")),
        ("就按七万五算", e.inpatient(250, "二级", "75000")),
        ("好的 谢谢啦 辛苦了", HELLO),
    )
    add_dialogue(
        t,
        ("交了二十块那档 三级医院头回住院 一万", e.error("档次")),
        ("不好意思档次看岔了 应该是120那一档", e.inpatient(120, "三级", "10000")),
    )
    add_dialogue(
        t,
        ("在九级医院住的院 交60 第一次 四千", e.error("级别")),
        ("手滑打错了 应该是一级医院住的", e.inpatient(60, "一级", "4000")),
    )
    add_dialogue(
        t,
        ("岳母三百零一岁 参保要交钱吗", e.error("年龄")),
        ("多按了个零 是三十一岁 女 选60档", e.enrol(sex="女", age=31, tier=60)),
    )
    add_dialogue(
        t,
        ("表叔说他在县级野外点今年已经干满十五个月了 按这个给我算工资", e.error("月")),
        ("哦我记岔了 他今年其实只干了五个月", e.custodian("县级", 5)),
    )


def _declines(t: Tune23Table) -> None:
    add_dialogue(
        t,
        ("阿里的普通门诊一年最多报多少", answered(GENERAL, ["300元"])),
        ("那林芝的呢", declined(GENERAL)),
        ("那阿里两病门诊光高血压的限额呢", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("人民医院远程平台总投资多少", answered(REMOTE, ["835.897 万元"])),
        ("那山南市人民医院的远程平台投了多少", declined(REMOTE)),
        ("阿里这个远程平台由几个子系统构成", answered(REMOTE, ["12 个子系统"])),
    )
    add_dialogue(
        t,
        ("阿里县级野外点的看管员一个月工资多少", {"status": BOTH, "gold": [WAGE]}),
        ("那昌都的看管员呢", declined(WAGE)),
        ("那阿里自治区级的点呢", {"status": BOTH, "gold": [WAGE]}),
    )


def build(t: Tune23Table) -> None:
    _caps(t)
    _corrections(t)
    _person_switches(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
    _greetings_and_malformed(t)
    _declines(t)
