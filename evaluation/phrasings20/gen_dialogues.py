"""Dialogues: the 6万 cap reached across stays and 门特 months, the 两病 and 普通门诊 limits across
visits, slot-only turns and corrections, 为什么/为啥/怎么 after a result, 哪条/哪一条/哪个文件, topic
switches while a follow-up is pending (then the slot given late), custodian pay, budgets and road
subsidies, relic and medical turns in one conversation, English turns, greetings and thanks, and
malformed amounts, tiers, levels, ages and month counts each corrected in the next turn."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, paid_after
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings20.table import Heldout20Table

CAP = mi("第二十三条")
INPATIENT = mi("第二十二条")
SPECIAL = mi("第二十四条")
TWO = mi("第二十五条")
GENERAL = mi("第二十六条")
TIERS = mi("第十八条")
OTHER = mi("第二十九条")
WAGE = art(RC, "第十二条")
ROAD = quote(RD, "100万元/年")
BOTH = {"status": ["answered", "calculated"]}
# the 日土 bus villages stand in the task table, the bus plan and the road plan alike
RIDE = [art(RD, "第19项"), art(RD, "三、（二）"), art(RD, "二、（四）")]


def _caps(t: Heldout20Table) -> None:
    s1 = e.inpatient(120, "三级", "52000")
    s2 = e.inpatient(120, "三级", "38000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("小叔子交120 在地区人民医院三级住院 今年第一次 五万二", s1),
        ("秋天又住进去一回 第二次 三万八", s2),
        ("为啥第二次报的比第一次少那么多", answered(CAP, ["6万元"])),
        ("年度最高支付限额是哪一条定的", answered(CAP, [MI])),
    )
    m1 = e.special(250, "恶性肿瘤", "28000")
    m2 = e.special(250, "恶性肿瘤", "28000", paid_after(m1))
    m3 = e.special(250, "恶性肿瘤", "28000", paid_after(m1, m2))
    add_dialogue(
        t,
        ("舅奶奶放疗走门特 250档 第一个月两万八", m1),
        ("第二个月也是两万八", m2),
        ("第三个月还是这么多", m3),
        ("怎么第三个月报销只剩一点点了", answered(CAP, ["6万元"])),
    )
    s3 = e.inpatient(250, "二级", "40000")
    m4 = e.special(250, "慢性肾功能衰竭", "25000", paid_after(s3))
    add_dialogue(
        t,
        ("大姨夫250档 二级医院今年头一回住院四万", s3),
        ("后来又查出肾衰 做透析走门特 这个月两万五", m4),
        (
            "那他门特这块报的钱 跟前面住院报的要不要加一块儿算年度封顶",
            answered(SPECIAL, ["与住院费用合并累计计算"]),
        ),
    )
    d1 = e.two_diseases(["高血压"], "二级", "900")
    add_dialogue(
        t,
        ("外公高血压走两病门诊 二级医院甲类药九百", d1),
        ("下个月又开了甲类四百", e.two_diseases(["高血压"], "二级", "400", paid=paid_after(d1))),
        ("为什么这次只报了两百多", answered(TWO, ["800元"])),
    )
    g1 = e.general("350")
    add_dialogue(
        t,
        ("我家丫头今年头回上普通门诊 看感冒花掉三百五十块", g1),
        ("又去看了一次 花了三百", e.general("300", "350")),
        ("怎么第二次只报了一百多", answered(GENERAL, ["300元"])),
        ("好的明白了 谢谢啦", HELLO),
    )
    add_dialogue(
        t,
        ("交250 三级医院今年第一次住院 花了十一万", e.inpatient(250, "三级", "110000")),
        (
            "Why is the payout capped below eighty-five percent of the bill?",
            answered(CAP, ["6万元"]),
        ),
    )


def _slots_and_corrections(t: Heldout20Table) -> None:
    add_dialogue(
        t,
        ("二舅妈交60 住院一万二 今年第一次", e.follow_up("inpatient", ["level"])),
        ("她住的是我们乡里的卫生院", e.inpatient(60, "乡镇卫生院", "12000")),
        ("搞错了 其实是县里的二级医院", e.inpatient(60, "二级", "12000")),
        ("为什么二级医院报得比卫生院少", answered(INPATIENT, ["65%"])),
    )
    add_dialogue(
        t,
        ("堂哥二级医院第一次住院 花了九千六", e.follow_up("inpatient", ["tier"])),
        ("他去年十月交的一百二那一档", e.inpatient(120, "二级", "9600")),
        ("说错了 他交的是二百五", e.inpatient(250, "二级", "9600")),
    )
    add_dialogue(
        t,
        ("交250 三级医院第一次住院 花了八万八千", e.inpatient(250, "三级", "88000")),
        ("不对 多打了一个八 是八千八", e.inpatient(250, "三级", "8800")),
        ("这个报销比例出自哪个文件", answered(INPATIENT, [MI])),
    )
    add_dialogue(
        t,
        ("我阿哥在县级野外文物点守了半年 也就是六个月 工资加起来多少", e.custodian("县级", 6)),
        ("要是他看的是全国重点的点呢", e.custodian("全国重点", 6)),
        ("不对 他干了八个月", e.custodian("全国重点", 8)),
        ("这个工资标准是哪一条规定的", answered(WAGE, ["1400元"])),
    )
    add_dialogue(
        t,
        ("札达普兰两个县一年的养护专项补贴多少万", e.road(2, False)),
        ("再把噶尔和日土也加进去", e.road(4, False)),
        ("地区财政那份也算上 按两年算", e.road(4, True, 2)),
        ("为什么地区财政的比县里多", answered(ROAD, ["350万元/年"])),
    )
    add_dialogue(
        t,
        (
            "我们县新公布了三个自治区级的野外文保点 全年看管员经费要报多少预算",
            e.budget({"自治区级": 3}, 12),
        ),
        ("另外再算上两处县级野外点一起做预算", e.budget({"自治区级": 3, "县级": 2}, 12)),
        ("怎么每处要算两个人的钱", answered(WAGE, ["2名看管人员"])),
    )
    add_dialogue(
        t,
        (
            "姐夫建档立卡 二级医院第一次住院 交250 一万",
            e.inpatient(250, "二级", "10000", poor=True),
        ),
        ("为啥比一般人多报了一点", answered(OTHER, ["提高5%"])),
        ("那他交医保自己出多少", e.enrol(["建档立卡贫困人员"])),
    )
    add_dialogue(
        t,
        ("糖尿病两病门诊 甲类药开了一千", e.follow_up("two_diseases", ["level"])),
        ("在一级医院开的", e.two_diseases(["糖尿病"], "一级", "1000")),
        ("要是在三级医院开的呢", e.two_diseases(["糖尿病"], "三级", "1000")),
    )


def _topic_switches(t: Heldout20Table) -> None:
    add_dialogue(
        t,
        ("姨婆在一级医院第一次住院 花了六千四", e.follow_up("inpatient", ["tier"])),
        (
            "先问个别的 文物保护单位里的壁画能拍照吗",
            answered(art(RP, "第三十七条"), ["不得拍摄"], not_follow_up_for=["tier"]),
        ),
        ("姨婆交的一百二", e.inpatient(120, "一级", "6400")),
    )
    add_dialogue(
        t,
        ("交60 第一回住院 两万", e.follow_up("inpatient", ["level"])),
        (
            "对了 区外住院要几天内备案来着",
            answered(mi("第三十三条"), ["入院5日内"], not_follow_up_for=["level"]),
        ),
        ("刚才那个是三级医院", e.inpatient(60, "三级", "20000")),
    )
    add_dialogue(
        t,
        ("表姐在野外文物点看管了十个月 工资算一下", e.follow_up("custodian_pay", ["site_level"])),
        (
            "插一句 看管员的选聘年龄是多少",
            answered(art(RC, "第五条"), ["25-50岁"], not_follow_up_for=["site_level"]),
        ),
        ("她那个点是自治区级的", e.custodian("自治区级", 10)),
    )
    add_dialogue(
        t,
        ("慢性肝炎门特 门诊两千六 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "另外问下 门特报销有没有起付线",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["tier"]),
        ),
        ("他交的250", e.special(250, "慢性肝炎", "2600")),
        ("为什么报九成", answered(SPECIAL, ["90%"])),
    )
    add_dialogue(
        t,
        ("想补缴去年断的医保 要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "先等等 补缴之后什么时候能开始用",
            answered(mi("第八条"), ["补缴的次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("财政补助加起来是六百六", e.late("660")),
    )
    add_dialogue(
        t,
        ("交120 三级医院今年第二次住院 帮忙算一下", e.follow_up("inpatient", ["cost"])),
        (
            "顺便问问 新生儿的住院费怎么报",
            answered(OTHER, ["先自费结算"], not_follow_up_for=["cost"]),
        ),
        ("住院花了三万一", e.inpatient(120, "三级", "31000", 2)),
    )
    add_dialogue(
        t,
        (
            "老伴儿高血压两病门诊开降压药 甲类的五百块 能报回多少",
            e.follow_up("two_diseases", ["level"]),
        ),
        (
            "等下 两病门诊乙类药要先自付多少",
            answered(TWO, ["10%"], not_follow_up_for=["level"]),
        ),
        ("在社区卫生服务中心开的", e.two_diseases(["高血压"], "社区卫生服务中心", "500")),
    )


def _relics_and_medical(t: Heldout20Table) -> None:
    add_dialogue(
        t,
        ("修房子挖出来一批铜器 该怎么办", answered(art(RP, "第二十一条"), ["立即保护现场"])),
        ("不上交会怎么样", answered(art(RP, "第五十条"), ["隐匿不报"])),
        ("另外问下 二级医院住院床位费医保一天按多少算", answered(INPATIENT, ["60元/床日"])),
    )
    add_dialogue(
        t,
        ("寺里的老喇嘛参加居民医保谁去办", answered(mi("第十一条"), ["寺管会"])),
        ("寺里收藏的唐卡要建档案吗", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("这个建档要求在哪一条", answered(art(RP, "第二十四条"), [RP])),
    )
    add_dialogue(
        t,
        (
            "文物点的看管员得了病住院 自己交的250 二级医院第一次 八千",
            e.inpatient(250, "二级", "8000"),
        ),
        ("看管员能不能优先从建档立卡户里选", answered(art(RC, "第六条"), ["建档立卡贫困户"])),
        ("那发现盗掘不报告呢", answered(art(RC, "第十七条"), ["解聘"])),
    )
    add_dialogue(
        t,
        ("石窟造像能不能私下拓印", answered(art(RP, "第三十八条"), ["不得私自拓印"])),
        ("拓片能卖给外国人吗", answered(art(RP, "第三十八条"), ["禁止翻印出售和向国外提供拓片"])),
        (
            "换个话题 县里医保基金出缺口时用的风险储备金按收入的多少提取",
            answered(mi("第四十三条"), ["10%"]),
        ),
    )


def _greetings_and_malformed(t: Heldout20Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 你好呀", HELLO),
        ("交120 二级医院第一回住院 花了两万零几百", e.error("费用")),
        ("查了单子 是两万零三百整", e.inpatient(120, "二级", "20300")),
        ("谢谢你 突及其", HELLO),
    )
    add_dialogue(
        t,
        ("交的是三十块那档 一级医院头回住院 五千", e.error("档次")),
        ("记错了 是六十的档", e.inpatient(60, "一级", "5000")),
    )
    add_dialogue(
        t,
        ("交250 在八级医院第一次住院 七千", e.error("级别")),
        ("打错字了 应该是一级医院 不是八级", e.inpatient(250, "一级", "7000")),
        ("为啥一级医院的起付线是两百", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("我阿爸今年两百零五岁了 医保要交吗", e.error("年龄")),
        ("打错了 他六十七岁", e.enrol(sex="男", age=67) | BOTH),
    )
    add_dialogue(
        t,
        ("自治区级野外点看管员 今年干了十八个月 工资多少", e.error("月")),
        ("手滑多按了个一 实际干了八个月", e.custodian("自治区级", 8)),
    )
    add_dialogue(
        t,
        ("Hello, can you answer in English?", HELLO),
        (
            "What share does a 120-tier member get at a county (second-level) hospital?",
            answered(INPATIENT, ["75%"]),
        ),
        ("And at a tertiary one?", answered(INPATIENT, ["70%"])),
    )


def _other_rules(t: Heldout20Table) -> None:
    add_dialogue(
        t,
        ("创三甲的远程平台对接了多少家医院", answered(art(HP, "四、（七）"), ["12家内地医院"])),
        ("资金从哪来", answered(art(HP, "四、（七）"), ["援藏资金"])),
        ("这个在方案的哪一条", answered(art(HP, "四、（七）"), ["加强远程平台建设项目"])),
    )
    add_dialogue(
        t,
        (
            "文物安全培训由谁负责制定年度计划",
            {
                "status": "answered",
                "gold": [art(RT, "一、（三）"), art(RT, "二、（一）")],
                "answer_contains": ["办公室"],
            },
        ),
        ("培训内容包括些什么", answered(art(RT, "六、（三）"), ["案例分析"])),
        ("考核要有结果吗", answered(art(RT, "一、（六）"), ["考核要有结果"])),
    )
    add_dialogue(
        t,
        ("毕业生就业规划里公益性岗位有多少个", answered(art(GE, "三、（一）4."), ["1160个"])),
        ("村级劳动保障协理员呢", answered(art(GE, "三、（一）4."), ["不少于190个"])),
        ("这个规划是哪个文件", answered(art(GE, "三、（一）4."), [GE])),
    )
    add_dialogue(
        t,
        (
            "农村客运要开通的日土县村委会有哪些",
            {"status": "answered", "gold": RIDE, "answer_contains": ["热角村委会"]},
        ),
        (
            "其他县什么时候前开通",
            {"status": "answered", "gold": RIDE, "answer_contains": ["9月份之前"]},
        ),
        (
            "为什么要赶在九月前",
            {"status": "answered", "gold": RIDE, "answer_contains": ["交通部等部门考核"]},
        ),
    )
    add_dialogue(
        t,
        ("居民医保的个人缴费谁来征收", answered(mi("第十五条"), ["税务部门"])),
        ("缴费期是什么时候", answered(mi("第八条"), ["10月1日至12月31日"])),
        ("六十八岁的老太太还要交吗", e.enrol(sex="女", age=68) | BOTH),
        ("为什么老太太这个岁数就不用自己掏钱了", answered(TIERS, ["女年满60周岁"])),
    )
    add_dialogue(
        t,
        ("地区人民医院新增医务人员里高级职称要几个", answered(art(HP, "四、（十）"), ["高级10人"])),
        ("人才引进解决多少", answered(art(HP, "四、（十）"), ["人才引进解决30人"])),
        ("编制问题怎么解决", answered(art(HP, "四、（十）"), ["机构编制总量管理"])),
    )
    add_dialogue(
        t,
        ("养护公司实行什么管理模式", answered(art(RD, "二、（二）"), ["管养分离"])),
        ("试点县什么时候前形成养护模式", answered(art(RD, "二、（二）"), ["7月1日前"])),
        ("收到 这下清楚了 多谢多谢", HELLO),
    )
    add_dialogue(
        t,
        ("阿里七个县每县按标准拿养护专项补贴 一年总共是多少万", e.road(7, False)),
        ("三年呢", e.road(7, False, 3)),
        ("这笔钱的标准写在哪个文件", answered(ROAD, [RD])),
    )
    add_dialogue(
        t,
        (
            "全国重点野外文物点的看管员 干了七个月 出了重大事故被解聘",
            e.custodian("全国重点", 7, accident=True) | BOTH,
        ),
        ("为什么一分钱都没有了", answered(art(RC, "第十一条"), ["扣除当年野外文物看管补助"])),
    )


def build(t: Heldout20Table) -> None:
    _caps(t)
    _slots_and_corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _greetings_and_malformed(t)
    _other_rules(t)
