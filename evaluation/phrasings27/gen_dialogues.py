"""Dialogues: the 6万 cap across two stays, across dialysis months and across a stay and a 门特
course (asked after in English once); the 两病 and 普通门诊 limits across visits; corrections;
为什么/怎么 after results and after lookups; 哪个文件/哪一条/哪条; topic switches while a follow-up is
pending (`not_follow_up_for`), then the slot given late; continuations with 那/要是/…呢 that switch
the item of a list or the row of a lookup; person switches; relic ↔ medical switches; declined
follow-ons (那曲, 那曲市人民医院, 林芝); greetings; malformed slots then corrected. The first 60
dialogues ask phrasings25's turns again in new words (same expectations); `_round27` adds eight on
facts earlier tables did not ask: 门特 diseases switched with 那…呢 then 为什么/哪条 on 第二十五条's
不得同时享受, a stay then a 门特 bill reaching the 6万 cap then 大病保险, a 一日一清单 question during a
pending cost, 第十三条 both ways, the custodians' daily management and deductions, a site-level
correction then a year decline, 第八条's dates and 补缴, 第二十二条's repeat deductibles then a third
stay. Figures only from evaluation.phrasings.reference through evaluation.phrasings.expect."""

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
    ROAD,
    ROAD_PREFECTURE,
    SERIOUS,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings27.table import Tune27Table

BOTH = ["answered", "calculated"]
TRAINING = art(RT, "一、（三）")
PHOTO = art(RP, "第三十七条")
BUS = quote(RD, "42个建制村通客车")
UPKEEP = quote(RD, "养护公司主要职能")
HIRING = art(HP, "四、（十）")
POSTS = art(GE, "三、（一）4.")
REMOTE = art(HP, "四、（七）")
OUTSIDE = mi("第三十三条")  # 区外住院: 5日内 through the information system
CLAIM = mi("第三十四条")  # what to bring back after paying for a stay outside Tibet
LOAN = art(RP, "第二十七条")  # lending relics between collections


def _caps(t: Tune27Table) -> None:
    s1 = e.inpatient(250, "三级", "50000")
    s2 = e.inpatient(250, "三级", "25000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("姥爷250档 地区人民医院三级 今年头一回住院 花了50000", s1),
        ("年底又住了一次 还是那家医院 这回两万五千", s2),
        ("怎么这次没按85%算 少了一大截", answered(CAP, ["6万元"])),
        ("这个六万封顶是哪一条规定的 我截图给家里人", answered(CAP, [MI])),
    )
    m1 = e.special(250, "慢性肾功能衰竭", "25000")
    m2 = e.special(250, "慢性肾功能衰竭", "25000", paid=paid_after(m1))
    m3 = e.special(250, "慢性肾功能衰竭", "25000", paid=paid_after(m1, m2))
    add_dialogue(
        t,
        ("岳父血透办了门特 250档 头一个月门诊花了25000", m1),
        ("第二个月血透又花了两万五", m2),
        ("第三个月还是25000 档次一样", m3),
        ("怎么第三个月一下子报得这么少", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(120, "二级", "70000")
    add_dialogue(
        t,
        ("公公120档 二级医院今年第一次住院 花了七万", c1),
        (
            "出院后又做门特化疗 交的120 门诊花了一万五千",
            e.special(120, "恶性肿瘤", "15000", paid=paid_after(c1)),
        ),
        ("门特报的和住院报的 是一起算年度封顶吗", answered(SPECIAL, ["合并累计计算"])),
    )
    add_dialogue(
        t,
        ("婆婆250档 一级医院今年头回住院 花了十万块", e.inpatient(250, "一级", "100000")),
        ("How much can the fund pay her at most in one year?", answered(CAP, ["6万元"])),
    )
    d1 = e.two_diseases(["高血压"], "一级", "900")
    add_dialogue(
        t,
        ("姥姥血压高 前几天在一级医院两病门诊开了甲类药900块 能报多少", d1),
        (
            "过了一个月又去一级医院开了400块甲类药",
            e.two_diseases(["高血压"], "一级", "400", paid=paid_after(d1)),
        ),
        ("怎么第二次就报了一百七", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("舅妈今年第一次看普通门诊 花了400块 统筹给多少", e.general("400")),
        ("过了两周又看了一次 花了600", e.general("600", "400")),
        ("怎么第二次普通门诊才报了120块", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("姥姥在二级医院第一次住院 花了两万 交的120", e.inpatient(120, "二级", "20000")),
        ("搞错了 姥姥去年交的是最高档250", e.inpatient(250, "二级", "20000")),
        ("要是住的是地区三级医院 报多少", e.inpatient(250, "三级", "20000")),
        ("怎么三级医院的报销比例反而低一些", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("姑父250档 第一次住三级医院 发票上写着28万", e.inpatient(250, "三级", "280000")),
        ("写错了 多了个零 是两万八千", e.inpatient(250, "三级", "28000")),
        # fixed after the run: the answer states the deductible as "400.00 元"; "400元" was too strict
        ("为什么计算时先扣掉了400块", answered(INPATIENT, ["400"])),
    )
    add_dialogue(
        t,
        (
            "姨夫去年开始在县级野外点看文物 到现在干了六个月 工资总共多少",
            e.custodian("县级", 6),
        ),
        ("刚确认了 姨夫看管的是自治区级文保点 不是县级的", e.custodian("自治区级", 6)),
        ("每个月1400块 这是哪个文件里规定的", answered(WAGE, [RC])),
    )
    add_dialogue(
        t,
        ("札达县跟普兰县两个县 一年的养护专项补贴按标准是多少万", e.road(2, False)),
        ("那地区财政拿的那一块也加进去呢", e.road(2, True)),
        ("按这个算连着三年 一共多少万", e.road(2, True, 3)),
        ("地区每年350万这个数 是哪里规定的", answered(ROAD_PREFECTURE, [RD])),
    )
    add_dialogue(
        t,
        ("小姨子家是建档立卡户 今年参保个人出多少", e.enrol(["建档立卡贫困人员"])),
        ("说错了 小姨子家是低保户 不是建档立卡", e.enrol(["低保对象"])),
        (
            "怎么是低保户的话个人一分钱都不用交",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["医疗救助资金"]},
        ),
    )
    add_dialogue(
        t,
        ("姥爷糖尿病 两病门诊在二级医院开了甲类药800", e.two_diseases(["糖尿病"], "二级", "800")),
        ("不对 药是在一级医院开的", e.two_diseases(["糖尿病"], "一级", "800")),
        ("一级医院报70% 是哪条规定的", answered(TWO, [MI])),
    )


def _person_switches(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("大舅哥32岁 男的 选60档 参保个人交多少", e.enrol(sex="男", age=32, tier=60)),
        ("那他那个67岁的老爸呢", e.enrol(sex="男", age=67)),
        (
            "为什么到了六十七岁他爸就免交了",
            {"status": BOTH, "gold": [SHARE], "answer_contains": ["男年满 65 周岁"]},
        ),
    )
    add_dialogue(
        t,
        ("婆婆住在镇上的一级医院 今年头一次 120档 花了6000块", e.inpatient(120, "一级", "6000")),
        (
            "再算下公公 同一家医院 交250 今年第二次住院了 花了一万",
            e.inpatient(250, "一级", "10000", 2),
        ),
        ("他们住的一级医院 床位费一天按多少钱认", answered(INPATIENT, ["40元"])),
    )
    add_dialogue(
        t,
        (
            "寺里有位僧人去年得了地区级先进僧尼表彰 今年参保个人交多少",
            e.enrol(["僧尼地区级表彰"]),
        ),
        ("那要是县级表彰的呢", e.enrol(["僧尼县级表彰"])),
        (
            "替僧尼交的这部分钱 由谁去跟财政申请",
            answered(SHARE, ["县医保局向县级财政部门提出补助申请"]),
        ),
    )


def _topic_switches(t: Tune27Table) -> None:
    add_dialogue(
        t,
        (
            "岳母交120 今年第二次住三级医院 帮她算算能报多少",
            e.follow_up("inpatient", ["cost"]),
        ),
        (
            "插一句 看管员的协议一次最长能签多久",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["cost"]),
        ),
        ("住院总共花了一万九", e.inpatient(120, "三级", "19000", 2)),
    )
    add_dialogue(
        t,
        ("二级医院今年第一回住院 花了一万三 报多少", e.follow_up("inpatient", ["tier"])),
        (
            "顺便问下 文物安全培训每年至少搞几次",
            answered(TRAINING, ["每年不得少于一次"], not_follow_up_for=["tier"]),
        ),
        ("哦忘说了 这位亲戚缴的是一百二档次", e.inpatient(120, "二级", "13000")),
    )
    add_dialogue(
        t,
        ("交250 今年住了一次院 花了8000块 能报多少", e.follow_up("inpatient", ["level"])),
        (
            "插个问题 癫痫能不能办门特",
            answered(SPECIAL, ["癫痫"], not_follow_up_for=["level"]),
        ),
        (
            "那布鲁氏菌那个病在不在门特名单里",
            answered(SPECIAL, ["布鲁菌病"], not_follow_up_for=["level"]),
        ),
        ("回到住院的事 住的是乡镇卫生院", e.inpatient(250, "乡镇卫生院", "8000")),
    )
    add_dialogue(
        t,
        (
            "姑父当野外文物看管员快一年了 整11个月 工资一共能拿多少",
            e.follow_up("custodian_pay", ["site_level"]),
        ),
        (
            "另外 看管员的补助是哪级财政出的",
            answered(WAGE, ["地区财政纳入年初预算"], not_follow_up_for=["site_level"]),
        ),
        ("刚打电话问了 姑父守的是一处县级文保点", e.custodian("县级", 11)),
    )
    add_dialogue(
        t,
        (
            "堂妹在一处自治区级野外文物点当看管员 帮她算下补助",
            e.follow_up("custodian_pay", ["months"]),
        ),
        (
            "当看管员对年龄有要求吗",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["months"]),
        ),
        ("她已经干了3个月", e.custodian("自治区级", 3)),
    )
    add_dialogue(
        t,
        ("医保断了想补缴 要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "补缴以后哪天开始可以报销",
            answered(PERIOD, ["次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("打听到了 各级财政补助加一起700块", e.late("700")),
    )
    add_dialogue(
        t,
        (
            "眼睛青光眼办了门特 这回门诊两千块 能给报多少",
            e.follow_up("special_outpatient", ["tier"]),
        ),
        (
            "门特和住院的报销 封顶线是合在一起算的吗",
            answered(SPECIAL, ["合并累计计算"], not_follow_up_for=["tier"]),
        ),
        ("个人缴的是最低那个60档", e.special(60, "青光眼", "2000")),
    )
    add_dialogue(
        t,
        (
            "大舅哥糖尿病看两病门诊 开了1000块的甲类药 能报多少",
            e.follow_up("two_diseases", ["level"]),
        ),
        (
            "先换个话题 人民医院的远程医疗平台对接了几家内地医院",
            answered(REMOTE, ["12 家内地医院"], not_follow_up_for=["level"]),
        ),
        ("那其中陕西的有几家", answered(REMOTE, ["陕西省 10 家"], not_follow_up_for=["level"])),
        ("忘了讲 这回的药是地区三级医院开的", e.two_diseases(["糖尿病"], "三级", "1000")),
    )
    add_dialogue(
        t,
        ("交60 今年第一次住乡镇卫生院 帮我算算报多少", e.follow_up("inpatient", ["cost"])),
        (
            "先问别的 创建四好农村路一共分几个阶段",
            answered(art(RD, "四、"), ["四个阶段"], not_follow_up_for=["cost"]),
        ),
        ("住院花了2200块", e.inpatient(60, "乡镇卫生院", "2200")),
    )


def _relics_and_medical(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("修路时挖出一块有字的石碑 应该怎么处理", answered(FIND, ["立即保护现场"])),
        # (phrasings23, fixed after its run): 第二十一条 (不得…藏匿) answers it as well as 第五十条; both gold,
        # the term the two share
        (
            "那要是我悄悄拿回家不上交呢",
            {
                "status": "answered",
                "gold": [art(RP, "第五十条"), FIND],
                "answer_contains": ["私分"],
            },
        ),
        ("挖石碑的时候扭了腰 120档 二级医院第一次住院 花了6000", e.inpatient(120, "二级", "6000")),
        ("刚才算的75%这个比例 是按哪份文件来的", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("寺庙给收藏的文物建档 要用哪种文字", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("那寺里一位得过地区级表彰的老僧人 今年参保个人交多少", e.enrol(["僧尼地区级表彰"])),
        ("僧尼参保交费这块是哪一条规定的", answered(SHARE, [MI])),
    )
    add_dialogue(
        t,
        ("文保单位里面的壁画能不能拍照", answered(PHOTO, ["不得拍摄"])),
        ("那考古发掘工地也不能拍吗", answered(PHOTO, ["考古发掘现场"])),
        ("说点别的 住院期间的电话费医保报吗", answered(EXCLUDED, ["电话费"])),
    )


def _lists_and_lookups(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("医保不报的非疾病治疗项目都有哪些", answered(EXCLUDED, ["美容", "减肥"])),
        ("那诊疗设备和医用材料这一类里呢", answered(EXCLUDED, ["电子束CT"])),
        ("为什么连洁牙都不给报", answered(EXCLUDED, ["洁牙"])),
        ("这些不报的项目是哪一条规定的", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("冠心病属于门特病种吗", answered(SPECIAL, ["冠心病"])),
        ("那肺心病能办门特吗", answered(SPECIAL, ["肺心病"])),
        ("要是交的60档 门特统筹报多少比例", answered(SPECIAL, ["60%"])),
    )
    add_dialogue(
        t,
        (
            "野外看管员除了要尽职责 有哪些权利",
            answered(art(RC, "第八条"), ["文物安全培训", "建议和意见"]),
        ),
        ("那他们的职责都有哪些呢", answered(art(RC, "第七条"), ["每日巡查"])),
        (
            "为什么选看管员要先考虑已脱贫的人",
            answered(art(RC, "第十条"), ["巩固好脱贫攻坚成果"]),
        ),
    )
    add_dialogue(
        t,
        (
            "医院创三甲 到正式评审那一步之前 要先打个什么申请上去",
            answered(art(HP, "三、（六）"), ["正式评审申请书"]),
        ),
        ("那初评之前呢", answered(art(HP, "三、（五）"), ["初次评审申请书"])),
        ("哪条说的力争2021年底前挂牌", answered(art(HP, "三、（七）"), ["2021年底前"])),
    )
    add_dialogue(
        t,
        ("高校毕业生那份规划 开发的公益性岗位合计有多少", answered(POSTS, ["1160 个左右"])),
        (
            "那其中法律援助员 人民调解员这两类各安排了多少呢",
            answered(POSTS, ["不少于 10 个"]),
        ),
        ("基层文化工作者的岗位准备开发多少呢", answered(POSTS, ["不少于 20 个"])),
    )
    add_dialogue(
        t,
        ("现在阿里七个县的县城 通客车的比例有多少", answered(BUS, ["100%"])),
        ("那到乡镇这一级 通客车率能有多少呢", answered(BUS, ["59%"])),
        ("目前跑农村客运的车有几辆 由谁经营", answered(BUS, ["6辆", "个人经营"])),
    )
    add_dialogue(
        t,
        ("下一年的居民医保从几号开始收 到几号截止", answered(PERIOD, ["10月1日至12月31日"])),
        ("那交了以后从哪一天开始能报销", answered(PERIOD, ["1月1日"])),
        ("要是中途断缴过一段时间呢", answered(PERIOD, ["由本人承担"])),
        ("为什么补缴完不能马上报销", answered(PERIOD, ["次月起"])),
    )
    add_dialogue(
        t,
        ("方案里成立的养护公司 主要承担哪些职能", answered(UPKEEP, ["管养分离"])),
        ("那日常养护雇本地农牧民有比例要求吗", answered(UPKEEP, ["不少于60%"])),
        ("本地人不少于60%这个要求 是哪个文件里的", answered(UPKEEP, ["四好农村路"])),
    )
    add_dialogue(
        t,
        ("为创三甲新增的医务人员 通过专招这条渠道解决几个", answered(HIRING, ["60 人"])),
        ("那人才引进招多少人", answered(HIRING, ["30 人"])),
        ("自主招聘的有多少人", answered(HIRING, ["94 人"])),
    )
    add_dialogue(
        t,
        (
            "针对文物工作人员的安全培训 可以用哪几种方式来办",
            answered(art(RT, "六、（二）"), ["集中培训", "外出受训"]),
        ),
        ("那培训的方向分哪几种", answered(art(RT, "六、（四）"), ["理论知识培训"])),
        ("这些培训的经费从哪笔钱里列支", answered(art(RT, "五、"), ["地区文物安全专项经费"])),
    )
    add_dialogue(
        t,
        ("120档的在乡镇卫生院住院 报销比例多少", answered(INPATIENT, ["75%"])),
        ("那交250档的呢", answered(INPATIENT, ["90%"])),
        ("要是住三级医院呢 也是250档", answered(INPATIENT, ["85%"])),
    )
    add_dialogue(
        t,
        ("高血压糖尿病的两病门诊 在一级医院看能报百分之多少", answered(TWO, ["70%"])),
        ("那去三级医院开药呢 报多少", answered(TWO, ["60%"])),
        ("两病门诊开乙类药 个人要先自付几成", answered(TWO, ["10%"])),
    )
    add_dialogue(
        t,
        (
            "看管协议书里一定要写明哪些内容",
            answered(art(RC, "第十三条"), ["看管责任", "看管要求", "协议期限"]),
        ),
        ("那出现哪些情况会被立即解聘", answered(art(RC, "第十一条"), ["立即解聘"])),
        (
            "为什么出了事故当年的补助也要扣",
            answered(art(RC, "第十一条"), ["扣除当年野外文物看管补助"]),
        ),
    )
    add_dialogue(
        t,
        ("规划里估计2020年阿里籍高校毕业生一共有多少", answered(GRADUATES, ["591"])),
        ("那两年后的2022年估计有多少呢", answered(quote(GE, "2022年599人"), ["599"])),
        ("整个规划期加起来多少人", answered(quote(GE, "3700人左右"), ["3700"])),
    )
    add_dialogue(
        t,
        (
            "博物馆的负责人调离时 馆藏文物要办什么手续",
            answered(art(RP, "第二十九条"), ["文物移交手续"]),
        ),
        (
            "那平时没人调动的时候 馆里的文物安全由谁担责",
            answered(art(RP, "第二十九条"), ["法定代表人或负责人"]),
        ),
        ("负责人对文物安全负总责 是哪个文件规定的", answered(art(RP, "第二十九条"), [RP])),
    )
    add_dialogue(
        t,
        (
            "农村客运站建设跟农村公路建设要做到哪几个同步",
            answered(art(RD, "二、（四）"), ["同步规划", "同步设计", "同步建设", "同步验收"]),
        ),
        (
            "那公路沿线通信网络覆盖率的目标是多少呢",
            answered(art(RD, "二、（四）"), ["100%"]),
        ),
        (
            "七个县的联网联控三级平台 要求什么时候之前建好",
            answered(art(RD, "二、（四）"), ["7月之前"]),
        ),
    )


def _greetings_and_malformed(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 我有个事情想问问", HELLO),
        ("250档 二级医院第一次住院 七八万块钱的样子", e.error("费用")),
        ("就按75000算", e.inpatient(250, "二级", "75000")),
        ("好的谢谢 麻烦你了", HELLO),
    )
    add_dialogue(
        t,
        ("交的是三十块钱的档次 三级医院第一次住院 花了一万", e.error("档次")),
        ("抱歉看错了 交的是120档", e.inpatient(120, "三级", "10000")),
    )
    add_dialogue(
        t,
        ("住的是八级医院 60档 第一次住院 花了四千", e.error("级别")),
        ("手误 是一级医院", e.inpatient(60, "一级", "4000")),
    )
    add_dialogue(
        t,
        ("舅妈三百一十岁了 参保还用交钱吗", e.error("年龄")),
        ("多按了一个零 是三十一岁 女的 60档", e.enrol(sex="女", age=31, tier=60)),
    )
    add_dialogue(
        t,
        ("堂哥说他今年一年在县级野外点干了十五个月 就按十五个月算", e.error("月")),
        ("他记错了 今年其实只干了5个月", e.custodian("县级", 5)),
    )


def _declines(t: Tune27Table) -> None:
    add_dialogue(
        t,
        ("在阿里 普通门诊统筹一个人一年最多能报多少", answered(GENERAL, ["300元"])),
        ("那那曲呢", declined(GENERAL)),
        ("那阿里两病门诊只有高血压的话 一年限额多少", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("地区人民医院的远程医疗平台建设 总共投了多少钱", answered(REMOTE, ["835.897 万元"])),
        ("那那曲市人民医院的远程医疗平台投资多少", declined(REMOTE)),
        ("还是说阿里 地区人民医院远程平台有几个子系统", answered(REMOTE, ["12 个子系统"])),
    )
    add_dialogue(
        t,
        ("阿里县级野外文物点的看管员 每个月工资多少", {"status": BOTH, "gold": [WAGE]}),
        ("那林芝那边的看管员呢", declined(WAGE)),
        ("那阿里自治区级野外点的看管员每月多少钱呢", {"status": BOTH, "gold": [WAGE]}),
    )


def _round25(t: Tune27Table) -> None:
    """This round's weak turns: continuations with no 那/呢 marker on lookups, 补缴 and when the
    cover starts again, yearly numbers and their total over the plan period, one payer's share of a
    subsidy, a topic switch during a pending follow-up and the 6万 cap, 为什么/哪条 after lookups."""
    add_dialogue(
        t,
        ("表妹在重庆打工 急性胆囊炎住院了 几天内要备案", answered(OUTSIDE, ["5日内"])),
        ("备案通过什么途径办", answered(OUTSIDE, ["信息系统"])),
        ("出院回阿里报销 要准备哪些票据", answered(CLAIM, ["住院发票原件", "费用清单"])),
        ("为什么在重庆不能直接结算", answered(CLAIM, ["先行垫付"])),
    )
    add_dialogue(
        t,
        ("婶婶去年没交医保 现在补交按什么标准", answered(PERIOD, ["最高筹资标准"])),
        ("补缴以后从哪个月开始能报销", answered(PERIOD, ["次月起"])),
        ("没交的那段时间看病的钱", answered(PERIOD, ["由本人承担"])),
        ("这个规定是哪一条的", answered(PERIOD, [MI])),
    )
    add_dialogue(
        t,
        (
            "表弟2021年本科毕业 规划预计那一年阿里籍毕业生总共多少人",
            answered(quote(GE, "2021年580人"), ["580"]),
        ),
        ("那到了2024年的呢", answered(quote(GE, "2024年640人左右"), ["640"])),
        ("六年合起来一共多少人", answered(quote(GE, "3700人左右"), ["3700"])),
        ("这些数字出自哪份文件", answered(quote(GE, "3700人左右"), [GE])),
    )
    add_dialogue(
        t,
        ("规划期内要开发多少个乡镇兽医岗位", answered(POSTS, ["不少于 70 个"])),
        ("农产品质量安全检测员的岗位呢", answered(POSTS, ["不少于 50 个"])),
        ("口岸查验协管员有多少个呢", answered(POSTS, ["7 个左右"])),
        ("参军入伍的累计目标是多少人", answered(POSTS, ["不少于 75 人"])),
    )
    add_dialogue(
        t,
        (
            "每个参保人的财政补助1600元 中央给1000元 地区财政出多少",
            e.subsidy_split("1600", "1000"),
        ),
        ("要是中央出的是1200呢", e.subsidy_split("1600", "1200")),
        (
            "为什么地区和县里承担的一样多",
            {"status": BOTH, "gold": [SPLIT], "answer_contains": ["6:2:2"]},
        ),
    )
    add_dialogue(
        t,
        ("交60块档的 住三级医院 合规费用报销几成", answered(INPATIENT, ["60%"])),
        ("换成住县二级医院 比例多少", answered(INPATIENT, ["65%"])),
        ("二级医院的起付线是多少钱", answered(INPATIENT, ["200元"])),
        ("为什么三级医院起付线比二级高一倍", answered(INPATIENT, ["400元"])),
    )
    add_dialogue(
        t,
        (
            "姥爷去年交了250档 今年第一次住县二级医院 帮忙算下能报多少",
            e.follow_up("inpatient", ["cost"]),
        ),
        (
            "等一下先问个事 大病保险一年最多赔多少",
            answered(SERIOUS, ["14万元"], not_follow_up_for=["cost"]),
        ),
        ("住院总共花了80000", e.inpatient(250, "二级", "80000")),
        ("超出六万封顶的部分 还有什么保险可以报", answered(SERIOUS, ["大病保险"])),
    )
    add_dialogue(
        t,
        ("县博物馆想借地区博物馆的藏品办展览 最多能借多长时间", answered(LOAN, ["两年"])),
        ("借一级文物藏品 要报谁批准", answered(LOAN, ["国家文物行政部门"])),
        ("为什么国有的博物馆不可以把馆藏卖给私人", answered(LOAN, ["禁止国有文物收藏单位"])),
    )
    add_dialogue(
        t,
        (
            "创四好农村路 地区财政一年拿出多少钱搞养护补贴",
            answered(ROAD_PREFECTURE, ["350万元/年"]),
        ),
        ("那各个县自己一年各拿多少", answered(ROAD, ["100万元/年"])),
        ("七个县加地区 两年一共多少万", e.road(7, True, 2)),
        ("这个补贴标准写在哪个方案里", answered(ROAD, [RD])),
    )


def _round27(t: Tune27Table) -> None:
    """Written for this table: continuations that switch the item of a list, 为什么/哪条 after
    lookups, the yearly cap reached by a stay then a special-outpatient bill, a topic switch
    during a pending follow-up, a correction, 第八条's dates and 第二十二条's repeat deductibles."""
    add_dialogue(
        t,
        ("门特那三十种病里 有没有过敏性紫癜", answered(SPECIAL, ["过敏性紫癜"])),
        ("那先天性心脏病呢", answered(SPECIAL, ["先天性心脏病"])),
        ("为什么两病门诊和门特里的高血压不能一起报", answered(TWO, ["不得同时享受"])),
        ("这是哪一条里写的", answered(TWO, [MI])),
    )
    stay = e.inpatient(250, "三级", "60000")
    add_dialogue(
        t,
        ("姥姥交250 今年第一次住地区三级医院 花了六万", stay),
        (
            "出院后又去做门特化疗 250档 门诊两万",
            e.special(250, "恶性肿瘤", "20000", paid=paid_after(stay)),
        ),
        ("为什么这回门特没按九成给", answered(CAP, ["6万元"])),
        ("那超出去的部分大病保险能接着赔吗", answered(SERIOUS, ["14万元"])),
    )
    add_dialogue(
        t,
        ("婶婶交120 今年头一次住一级医院 帮忙算算", e.follow_up("inpatient", ["cost"])),
        (
            "等下 先问问住院费用清单是不是天天都给",
            answered(mi("第三十九条"), ["一日一清单"], not_follow_up_for=["cost"]),
        ),
        ("住院总共花了七千", e.inpatient(120, "一级", "7000")),
    )
    add_dialogue(
        t,
        (
            "从居民医保转成职工医保 转之前待遇期里的住院费由谁出",
            answered(mi("第十三条"), ["由城乡居民医疗保险基金按规定支付"]),
        ),
        (
            "那反过来从职工医保转回居民医保呢",
            answered(mi("第十三条"), ["由城镇职工医疗保险基金按规定支付"]),
        ),
        ("刚说的这个 是在哪条里规定的", answered(mi("第十三条"), [MI])),
    )
    add_dialogue(
        t,
        (
            "野外看管员日常是谁在管",
            answered(art(RC, "第三条"), ["县人民政府和文物管理部门共同负责"]),
        ),
        ("那巡逻日志没如实填呢", answered(art(RC, "第十一条"), ["扣除当月野外看管补助"])),
        ("要是看管期间出了重大事故呢 还能接着干吗", answered(art(RC, "第十一条"), ["立即解聘"])),
        ("这几条出自哪个文件", answered(art(RC, "第十一条"), ["野外文物看管人员管理细则"])),
    )
    add_dialogue(
        t,
        ("外甥在自治区级野外点看管了八个月 工资总共多少", e.custodian("自治区级", 8)),
        ("说错了 外甥看的是一处县级文保点", e.custodian("县级", 8)),
        ("那2030年的工资标准会是多少", declined(WAGE)),
    )
    add_dialogue(
        t,
        ("今年十月交了明年的医保 什么时候开始能用", answered(PERIOD, ["1月1日"])),
        ("要是拖到十二月三十一号以后才交呢", answered(PERIOD, ["全额补缴"])),
        (
            "补缴的钱里头都包括哪几块",
            answered(PERIOD, ["各级财政补贴部分", "个人缴费最高档次费用"]),
        ),
        ("为什么补缴要交这么多", answered(PERIOD, ["最高筹资标准"])),
    )
    add_dialogue(
        t,
        ("一年里第二次住院 起付线怎么收", answered(INPATIENT, ["70%"])),
        ("那第三次呢", answered(INPATIENT, ["50%"])),
        ("交250 二级医院今年第三次住院 花了五千 算一下", e.inpatient(250, "二级", "5000", 3)),
        ("为什么起付线只扣了一百", answered(INPATIENT, ["50%"])),
    )


def build(t: Tune27Table) -> None:
    _caps(t)
    _corrections(t)
    _person_switches(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
    _greetings_and_malformed(t)
    _declines(t)
    _round25(t)
    _round27(t)
