"""Dialogues: the 6万 cap across two stays, across dialysis bills, across a stay and a 门特 course and
after one large bill asked about in English; the 两病 2000 limit and the 普通门诊 300 limit across
visits; malformed inputs then corrected (一万七八千, 十五个月, 八十的档, 六级医院, 两百岁); corrections of a
tier, an identity, a level; topic switches while a follow-up for cost, tier, level, site level,
months, 门特 tier, 两病 level, fiscal subsidy, contribution tier or general-outpatient cost is pending
(`not_follow_up_for`), each returning with only the missing slot; 为什么/为啥/怎么 after results and
after lookups; 哪个文件/哪一条; continuations on lookups and lists (the fund's income and the 社会捐助,
the training kinds → contents → directions, 改则's and 日土's unpaved villages, the 三甲 stages → the
visits → the six groups, the keepers' duties → rights, 第三十条's classes, the graduates by year and
in total, the bus vehicles → operators, the hospital's new staff by grade and channel, dismissals,
the 文物犯罪 actions, the 公示栏, the upkeep company); relic and medical turns in one conversation;
custodian budgets and road subsidies over counties and years; person switches; 建档立卡, a bed fee
and maternity; greetings; declined follow-ons for 日喀则, 林芝 and 2019. Figures only from
evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    LATE,
    MATERNITY,
    OTHER,
    PERIOD,
    ROAD,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings30.table import Heldout30Table

UPKEEP = quote(RD, "养护公司主要职能")
LINES = quote(RD, "现有农村客运线路4条")
UNPAVED = art(RD, "二、")
STAFF = art(HP, "四、（十）")
YEARS = art(GE, "一、（二）1.")
POSTS = art(GE, "三、（一）3.")


def _caps(t: Heldout30Table) -> None:
    s1 = e.inpatient(250, "三级", "50000")
    s2 = e.inpatient(250, "二级", "40000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("三舅交250 开春在地区人民医院三级住院 五万", s1),
        ("入冬又在县医院二级住了一回 这是今年第二次 四万", s2),
        ("入冬那回花得也不少 为啥统筹才给了这么点", answered(CAP, ["6万元"])),
        ("一年六万封顶写在办法的哪一条", answered(CAP, [MI])),
    )
    d1 = e.special(250, "慢性肾功能衰竭", "30000")
    d2 = e.special(250, "慢性肾功能衰竭", "30000", paid=paid_after(d1))
    d3 = e.special(250, "慢性肾功能衰竭", "30000", paid=paid_after(d1, d2))
    add_dialogue(
        t,
        ("四叔尿毒症透析办了门特 交250 一季度透析花了三万", d1),
        ("二季度又是三万", d2),
        ("三季度还是三万整", d3),
        ("怎么第三笔一下子少了一大截", answered(CAP, ["6万元"])),
    )
    c1 = e.inpatient(120, "二级", "70000")
    add_dialogue(
        t,
        ("大姑姐是120那档的 开春在二级医院住了头一回院 花了整整七万", c1),
        (
            "出院以后转门特透析 还是120档 门诊两万",
            e.special(120, "慢性肾功能衰竭", "20000", paid=paid_after(c1)),
        ),
        ("住院和门特的钱是放在一个年度限额里一起算吗", answered(SPECIAL, ["合并累计计算"])),
    )
    add_dialogue(
        t,
        (
            "My uncle paid the 250 tier and stayed in a level-3 hospital for the first time "
            "this year, the bill was 80000 yuan",
            e.inpatient(250, "三级", "80000"),
        ),
        ("为什么没有按八成五全部算", answered(CAP, ["6万元"])),
    )
    t1 = e.two_diseases(["高血压", "糖尿病"], "二级", "2000")
    add_dialogue(
        t,
        ("老丈人高血压糖尿病都有 二级医院两病门诊 上半年甲类药两千", t1),
        (
            "下半年又开了甲类药两千",
            e.two_diseases(["高血压", "糖尿病"], "二级", "2000", paid=paid_after(t1)),
        ),
        ("为啥下半年这笔没按比例报全", answered(TWO, ["2000元"])),
    )
    g1 = e.general("400")
    add_dialogue(
        t,
        ("丈母娘今年头一趟去卫生院看普通门诊 药费检查费一共四百", g1),
        ("过了两个月又看了一次 五百", e.general("500", "400")),
        ("为什么第二次报得比第一次还少", answered(GENERAL, ["300元"])),
    )


def _corrections(t: Heldout30Table) -> None:
    add_dialogue(
        t,
        ("姐夫交120 二级医院今年第一次住院 花了一万七八千", e.error("费用")),
        ("翻到发票了 是一万七千六", e.inpatient(120, "二级", "17600")),
        ("为什么算的时候要先减掉两百", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("弟媳她哥守县级野外文物点 说今年已经干了十五个月 工资该拿多少", e.error("月")),
        ("刚才手抖多按了个一 今年其实只干了五个月", e.custodian("县级", 5)),
        ("一千二一个月这个标准在哪个文件里", answered(WAGE, [RC])),
    )
    add_dialogue(
        t,
        ("女婿交的八十的档 一级医院第一次住院 六千 报多少", e.error("档次")),
        ("我妈在旁边说我记岔了 当时交的是60块那档", e.inpatient(60, "一级", "6000")),
    )
    add_dialogue(
        t,
        ("孙女交250 六级医院第一次住院 一万五", e.error("级别")),
        ("不好意思 是三级医院", e.inpatient(250, "三级", "15000")),
    )
    add_dialogue(
        t,
        ("老丈人今年两百岁 男 参加医保个人交多少", e.error("年龄")),
        ("手滑了 是六十七岁", e.enrol(sex="男", age=67)),
        ("为什么老丈人这个年纪参保就不用自己出钱了", answered(mi("第十八条"), ["男年满 65 周岁"])),
    )
    add_dialogue(
        t,
        ("后爸交120 二级医院第一次住院 两万", e.inpatient(120, "二级", "20000")),
        ("不对不对 他交的是250那档", e.inpatient(250, "二级", "20000")),
        ("怎么档次高了报得就多", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("邻居阿佳是低保对象 参保个人交多少", e.enrol(["低保对象"])),
        ("搞错了 她是建档立卡户 不是低保", e.enrol(["建档立卡贫困人员"])),
    )
    add_dialogue(
        t,
        ("驾校教练交60 一级医院第一次住院 九千", e.inpatient(60, "一级", "9000")),
        ("哦 其实是二级医院", e.inpatient(60, "二级", "9000")),
    )


def _topic_switches(t: Heldout30Table) -> None:
    add_dialogue(
        t,
        ("表舅交250 一级医院今年头回住院 帮我算算", e.follow_up("inpatient", ["cost"])),
        (
            "先插个问题 国有收藏单位之间借文物最长能借多久",
            answered(art(RP, "第二十七条"), ["两年"], not_follow_up_for=["cost"]),
        ),
        ("表舅这趟住院结账单上写的一共一万三", e.inpatient(250, "一级", "13000")),
        ("怎么一级医院还要先扣掉两百块才开始报", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("二级医院今年第一次住院 花了两万四 能报多少", e.follow_up("inpatient", ["tier"])),
        (
            "等一下 两病门诊单高血压一年限额多少",
            answered(TWO, ["800元"], not_follow_up_for=["tier"]),
        ),
        ("缴费那会儿我选的是一百二那一档", e.inpatient(120, "二级", "24000")),
    )
    add_dialogue(
        t,
        ("交60 今年第一次住院 七千 报多少", e.follow_up("inpatient", ["level"])),
        (
            "顺便问下 门特报销有起付线吗",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["level"]),
        ),
        ("住的乡卫生院", e.inpatient(60, "乡镇卫生院", "7000")),
    )
    add_dialogue(
        t,
        (
            "堂哥当野外文物看管员 干了四个月 工资一共多少",
            e.follow_up("custodian_pay", ["site_level"]),
        ),
        (
            "另外 看管协议书里要写明哪些内容",
            answered(art(RC, "第十三条"), ["看管责任"], not_follow_up_for=["site_level"]),
        ),
        ("堂哥守的那处是自治区级文物保护单位", e.custodian("自治区级", 4)),
    )
    add_dialogue(
        t,
        (
            "姐夫在全国重点野外文保单位当看管员 工资总共多少",
            e.follow_up("custodian_pay", ["months"]),
        ),
        (
            "对了顺便打听下 单位派人去参加文物安全培训 这钱由哪个经费出",
            answered(art(RT, "五、"), ["地区文物安全专项经费"], not_follow_up_for=["months"]),
        ),
        ("他干了十个月", e.custodian("全国重点", 10)),
    )
    add_dialogue(
        t,
        ("老丈人冠心病办了门特 这次门诊六千 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "问个别的 门特一共包括多少种病",
            answered(SPECIAL, ["30种"], not_follow_up_for=["tier"]),
        ),
        ("老丈人交的是二百五那一档 最高的", e.special(250, "冠心病", "6000")),
    )
    add_dialogue(
        t,
        ("丈母娘糖尿病 两病门诊甲类药一千一 能报多少", e.follow_up("two_diseases", ["level"])),
        (
            "插一句 每年参保缴费期是哪段时间",
            answered(PERIOD, ["10月1日至12月31日"], not_follow_up_for=["level"]),
        ),
        ("药是在地区人民医院那种三级医院开的", e.two_diseases(["糖尿病"], "三级", "1100")),
    )
    add_dialogue(
        t,
        (
            "去年漏交了医保 现在补缴个人一共要出多少",
            e.follow_up("contribution", ["fiscal_subsidy"]),
        ),
        (
            "先问下 断缴那段时间看病的钱谁出",
            answered(LATE, ["由本人承担"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("各级财政补贴加起来是560", e.late("560")),
    )
    add_dialogue(
        t,
        (
            "小女婿今年四十 男的 想参加城乡居民医保 自己那份交多少",
            e.follow_up("contribution", ["tier"]),
        ),
        (
            "另外 在编僧尼参保是谁去办",
            answered(mi("第十一条"), ["寺管会"], not_follow_up_for=["tier"]),
        ),
        ("他选120那档", e.enrol(sex="男", age=40, tier=120)),
    )
    add_dialogue(
        t,
        (
            "孙女感冒发烧今年第一次去看普通门诊 能报销多少",
            e.follow_up("general_outpatient", ["cost"]),
        ),
        (
            "对了 以前家庭账户里的余额还能用吗",
            answered(GENERAL, ["用完为止"], not_follow_up_for=["cost"]),
        ),
        ("花了二百五", e.general("250")),
    )


def _relics_and_medical(t: Heldout30Table) -> None:
    add_dialogue(
        t,
        (
            "村里想在文保单位保护范围里的空地上堆几桶汽油柴油 行不行",
            answered(art(RP, "第十三条"), ["易燃、易爆"]),
        ),
        ("换个话题 骑车出交通事故住院 居民医保报不报", answered(EXCLUDED, ["交通事故"])),
        ("交通事故不报是哪一条规定的", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("快递小哥的爸爸在县级野外文物点看管 干满一年 工资多少", e.custodian("县级", 12)),
        ("他要是住院了 交250 二级医院第一次 一万", e.inpatient(250, "二级", "10000")),
        ("为啥不是全额报", answered(INPATIENT, ["90%"])),
    )


def _lookups_and_lists(t: Heldout30Table) -> None:
    add_dialogue(
        t,
        ("医保基金的收入来源有哪几块", answered(mi("第十六条"), ["利息收入", "社会捐助收入"])),
        ("其中社会捐助这块 鼓励谁来出钱", answered(mi("第十九条"), ["乡村集体经济组织"])),
        ("为什么要让集体经济组织补这个差额", answered(mi("第十九条"), ["差额部分"])),
    )
    add_dialogue(
        t,
        (
            "单位让我整理一下 文物安全方面的培训总共分哪些种类",
            answered(art(RT, "六、（一）"), ["应急演练"]),
        ),
        ("那培训内容包括什么", answered(art(RT, "六、（三）"), ["案例分析"])),
        ("那培训的方向又分哪两种", answered(art(RT, "六、（四）"), ["实践能力培训"])),
        ("这些写在哪个文件里", answered(art(RT, "六、（四）"), [RT])),
    )
    add_dialogue(
        t,
        ("改则县还有哪些建制村没通硬化路", answered(UNPAVED, ["次吾嘎木村", "察布村"])),
        ("日土县呢", answered(UNPAVED, ["丁则村", "阿汝村"])),
        ("为什么要把这些村的路当成重点", answered(UNPAVED, ["兜底"])),
    )
    add_dialogue(
        t,
        ("地区人民医院创三甲分哪几个阶段", answered(art(HP, "三、"), ["巩固整改", "正式评审"])),
        ("自查整改阶段要去哪些医院参观", answered(art(HP, "三、（三）"), ["林芝市人民医院"])),
        (
            "请区内外专家来培训的那六大小组 各叫什么名字",
            answered(art(HP, "三、（三）"), ["行管一组", "院感组"]),
        ),
    )
    add_dialogue(
        t,
        ("野外看管员主要职责有哪些", answered(art(RC, "第七条"), ["每日巡查"])),
        ("那他们享有哪些权利", answered(art(RC, "第八条"), ["建议和意见"])),
        ("为什么看管员不能随便对外说文物信息", answered(art(RC, "第七条"), ["严守国家文物机密"])),
    )
    add_dialogue(
        t,
        ("医保不报的费用分几大类", answered(EXCLUDED, ["服务类", "非疾病治疗类"])),
        ("生活服务那一类具体有哪些", answered(EXCLUDED, ["陪护费", "膳食费"])),
        ("不报陪护费膳食费这些 是医保办法哪一条写的", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        ("2021到2023年每年毕业生各有多少", answered(YEARS, ["580人", "599人", "630人左右"])),
        ("六年加起来一共多少", answered(YEARS, ["3700人左右"])),
        ("为啥说就业总量压力一直都在", answered(YEARS, ["就业总量压力长期存在"])),
    )
    add_dialogue(
        t,
        ("阿里现在的农村客运车辆有几辆", answered(LINES, ["6辆"])),
        ("这些车是谁在经营", answered(LINES, ["个人经营"])),
        (
            "那以后噶尔这几个县的客运归谁",
            answered(quote(RD, "建议措勤、改则、革吉、噶尔四县"), ["地区交通实业发展总公司"]),
        ),
    )
    add_dialogue(
        t,
        (
            "医院新增的184个医务人员按职称怎么分",
            answered(STAFF, ["高级10人", "中级89人", "初级85人"]),
        ),
        ("这些人通过哪些渠道解决", answered(STAFF, ["专招渠道解决60人"])),
        ("为什么要一下子增加这么多人", answered(STAFF, ["根据床位需求"])),
    )
    add_dialogue(
        t,
        ("看管员有哪些情形会被解聘", answered(art(RC, "第十七条"), ["不履行野外文物看管人员职责"])),
        ("要是看管出了重大事故 是不是当场就解聘", answered(art(RC, "第十一条"), ["立即解聘"])),
        ("重大事故立即解聘这条规定 在哪个文件里能查到", answered(art(RC, "第十一条"), [RC])),
    )
    add_dialogue(
        t,
        (
            "打击文物犯罪的专项行动主要针对哪些行为",
            answered(art(RP, "第四十四条"), ["倒卖、走私文物"]),
        ),
        ("为什么政法部门还要跟海关配合", answered(art(RP, "第四十四条"), ["海关"])),
    )
    add_dialogue(
        t,
        (
            "县医院门口那块医保公示栏 按规定得把哪些东西亮出来",
            answered(mi("第四十条"), ["药品价格"]),
        ),
        ("参保人的待遇支付情况也要公示吗", answered(mi("第四十条"), ["涉及个人隐私内容除外"])),
        ("隐私不公示这个说法是办法里哪一条规定的", answered(mi("第四十条"), [MI])),
    )
    add_dialogue(
        t,
        ("各县组建的农村公路养护公司 主要负责干哪些事", answered(UPKEEP, ["管养分离"])),
        ("雇本地农民有没有比例要求", answered(UPKEEP, ["不少于60%"])),
        ("为什么要优先雇本地人", answered(UPKEEP, ["转移就业和增收"])),
    )
    add_dialogue(
        t,
        ("区内基层公职岗位每年大概多少个", answered(POSTS, ["50个左右"])),
        ("河北陕西那边呢", answered(POSTS, ["不少于200个事业单位岗位"])),
    )


def _budgets_roads_people(t: Heldout30Table) -> None:
    add_dialogue(
        t,
        ("县里有3处县级野外文物点 看管员一年工资预算多少", e.budget({"县级": 3}, 12)),
        (
            "要是县里另外还有2处自治区级的野外点 一起算全年预算是多少",
            e.budget({"县级": 3, "自治区级": 2}, 12),
        ),
        ("为什么算预算时每一处文保单位都是按两个看管员算的", answered(WAGE, ["2名"])),
    )
    add_dialogue(
        t,
        ("四个县的四好农村路养护补贴一年多少", e.road(4, False)),
        ("再把地区财政那部分加上呢", e.road(4, True)),
        ("要是连续三年呢", e.road(4, True, 3)),
    )
    add_dialogue(
        t,
        ("堂叔在自治区级野外点看管 干了半年 工资多少", e.custodian("自治区级", 6)),
        ("他弟弟在县级点干了九个月呢", e.custodian("县级", 9)),
    )
    add_dialogue(
        t,
        (
            "阿佳是建档立卡户 二级医院今年第一次住院 三万",
            e.inpatient(250, "二级", "30000", poor=True),
        ),
        ("她老公不是建档立卡 交250 也是二级医院第一次 三万", e.inpatient(250, "二级", "30000")),
        ("为啥两个人报的不一样", answered(OTHER, ["5%"])),
    )
    add_dialogue(
        t,
        (
            "表姐交120 二级医院第一次住院 住了10天 床位一天一百 总共两万五",
            e.inpatient(120, "二级", "25000", bed_days=10, bed_fee="100"),
        ),
        ("为什么床位费有一截要自己出", answered(INPATIENT, ["60元/床日"])),
    )
    add_dialogue(
        t,
        ("儿媳妇在一级医院顺产 花了四千五", e.maternity("一级", "4500")),
        ("为什么儿媳妇生娃这笔连起付线都不用扣", answered(MATERNITY, ["全额报销"])),
    )
    add_dialogue(
        t,
        ("丈母娘六十二岁 女 参保要交钱吗", e.enrol(sex="女", age=62)),
        ("那老丈人六十三 男呢", e.follow_up("contribution", ["tier"])),
        ("他也选120", e.enrol(sex="男", age=63, tier=120)),
    )
    add_dialogue(
        t,
        ("财政补助一共3000 中央出了1000 剩下三级各摊多少", e.subsidy_split("3000", "1000")),
        ("为什么是按6:2:2分", answered(SPLIT, ["6:2:2"])),
    )


def _greetings_and_declines(t: Heldout30Table) -> None:
    add_dialogue(
        t,
        ("扎西德勒 我是从日土上来的 先跟你打声招呼", HELLO),
        ("门特报销是不是不设起付线", answered(SPECIAL, ["不设起付线"])),
        ("懂了懂了 突及切 辛苦啦", HELLO),
    )
    add_dialogue(
        t,
        ("你好呀", HELLO),
        ("日喀则的门特报多少", declined(SPECIAL)),
        ("那阿里的呢 交120档", answered(SPECIAL, ["70%"])),
    )
    add_dialogue(
        t,
        ("两个县加地区一年的四好农村路养护补贴多少", e.road(2, True)),
        ("那林芝那边每县补多少", declined(ROAD)),
    )
    add_dialogue(
        t,
        ("2019年一级医院住院起付线是多少", declined(INPATIENT)),
        ("那按现在的办法呢", answered(INPATIENT, ["200元"])),
    )


def build(t: Heldout30Table) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lookups_and_lists(t)
    _budgets_roads_people(t)
    _greetings_and_declines(t)
