"""Dialogues: the 6万 cap across a 三级 and a 二级 stay and across a stay and two dialysis months (one
turn in English), the 两病 800 limit and the 普通门诊 300 limit across visits; malformed inputs
corrected in the next turn (一万七八, 十三个月, 两百零三岁, 八十档) and corrections of a level and an
identity; topic switches while a follow-up is pending (`not_follow_up_for`: cost, 门特 tier, 两病
level, site level, contribution tier, general-outpatient cost, inpatient level, months, tier), each
returning with only the missing slot; continuations with 那/要是/…呢 on lists and lookups (第三十条's
categories, 第二十四条's heart and kidney illnesses, the custodians' rights → duties, the training's
kinds → contents, the hospital's buildings and staff, 日土 → 措勤's unpaved villages, 改则 → 札达's
road keepers, 日土's bus towns, the graduates of 2023 → 2024, the posts, the fund's and the 大病
insurance's pooling, the relic digs, private museums); 为什么/为啥/怎么 after results and lookups;
哪个文件/哪条 sources; relic and medical turns in one conversation; maternity then the newborn; road
subsidies and custodian budgets; the elderly couple's contributions and the 6:2:2 split; declined
follow-ons (昌都, 2015, 深圳's 职工医保); greetings. Every turn was written for this table; figures
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
    OTHER,
    SERIOUS,
    SHARE,
    SPECIAL,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT, art, mi, quote

UNPAVED = quote(RD, "未通硬化路")
GUARDS = art(RD, "二、（三）")
BUSES = art(RD, "二、（四）")
COHORTS = art(GE, "一、（二）1.")
POSTS = art(GE, "三、（一）4.")


def _caps(t) -> None:
    s1 = e.inpatient(250, "三级", "55000")
    s2 = e.inpatient(250, "二级", "30000", 2, paid=paid_after(s1))
    add_dialogue(
        t,
        ("嫂子交的250 年初在地区三级医院住院 花了五万五", s1),
        ("秋天又在县二级医院住了一回 三万", s2),
        ("怎么第二回比例高了反倒报得少", answered(CAP, ["6万元"])),
        ("一年封顶这条规定在哪个文件里", answered(CAP, [MI])),
    )
    d1 = e.inpatient(120, "三级", "70000")
    d2 = e.special(120, "慢性肾功能衰竭", "15000", paid=paid_after(d1))
    d3 = e.special(120, "慢性肾功能衰竭", "10000", paid=paid_after(d1, d2))
    add_dialogue(
        t,
        ("舅公交120 今年在三级医院住了一次院 七万", d1),
        ("出院后肾衰竭透析办了门特 第一个月门诊一万五", d2),
        ("第二个月又花了一万", d3),
        (
            "Do his dialysis bills and the hospital stay count toward one yearly ceiling?",
            answered(SPECIAL, ["合并累计计算"]),
        ),
    )
    t1 = e.two_diseases(["高血压"], "二级", "900")
    add_dialogue(
        t,
        ("姨奶奶高血压 县二级医院两病门诊拿了九百的甲类药 报多少", t1),
        (
            "过了两个月又拿了四百 还是那家",
            e.two_diseases(["高血压"], "二级", "400", paid=paid_after(t1)),
        ),
        ("为啥这次没按六成五报", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("亲家公今年第一次看普通门诊 四百 报多少", e.general("400")),
        ("月底又去看了一回 三百", e.general("300", "400")),
        ("怎么这回才报了一百多", answered(GENERAL, ["300元"])),
    )


def _corrections(t) -> None:
    add_dialogue(
        t,
        ("连襟是250档的 开春头一回住进县二级医院 单子上大概一万七八吧", e.error("费用")),
        ("翻出发票看了 一万七千三", e.inpatient(250, "二级", "17300")),
        ("连襟这个钱为啥不能一分不少全报回来", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("姐夫看县级野外文物点 今年干了十三个月 工资多少", e.error("月")),
        ("说错了 是七个月", e.custodian("县级", 7)),
    )
    add_dialogue(
        t,
        ("曾祖母 女 两百零三岁 参保个人交多少", e.error("年龄")),
        ("身份证上写的是八十三", e.enrol(sex="女", age=83)),
    )
    add_dialogue(
        t,
        ("弟媳交了八十档 一级医院今年第一次住院 六千", e.error("档次")),
        ("刚才档次说岔了 弟媳家交的其实是一百二", e.inpatient(120, "一级", "6000")),
    )
    add_dialogue(
        t,
        ("妹夫交60 一级医院今年第一次住院 一万", e.inpatient(60, "一级", "10000")),
        ("搞错了 他住的是三级医院", e.inpatient(60, "三级", "10000")),
        ("为什么三级医院反而报得少", answered(INPATIENT, ["60%"])),
    )
    add_dialogue(
        t,
        ("小叔子是低保户 参保自己交多少", e.enrol(["低保对象"])),
        ("不对 他是建档立卡户 不是低保", e.enrol(["建档立卡贫困人员"])),
        ("那建档立卡剩下没交的190块 由哪笔钱来出", answered(SHARE, ["医疗救助资金代为缴纳"])),
    )


def _topic_switches(t) -> None:
    add_dialogue(
        t,
        ("表舅交120 今年头回住县二级医院 帮忙算下报多少", e.follow_up("inpatient", ["cost"])),
        (
            "插一句 二级医院床位费一天按多少认",
            answered(INPATIENT, ["60元/床日"], not_follow_up_for=["cost"]),
        ),
        ("那要是住到地区的三级医院 床位费每天认多少呢", answered(INPATIENT, ["80元/床日"])),
        ("他这次一共花了一万二", e.inpatient(120, "二级", "12000")),
    )
    add_dialogue(
        t,
        ("姨奶奶癫痫门特 门诊一千三 报多少", e.follow_up("special_outpatient", ["tier"])),
        ("先问问 门特一共包括多少种病", answered(SPECIAL, ["30种"], not_follow_up_for=["tier"])),
        ("姨奶奶家里交的是最高的二百五", e.special(250, "癫痫", "1300")),
    )
    add_dialogue(
        t,
        ("嫂子糖尿病两病门诊 拿了八百甲类药 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "顺便问 两病门诊跟门特的糖尿病待遇能一起享受吗",
            answered(TWO, ["不得同时享受"], not_follow_up_for=["level"]),
        ),
        ("药是在多玛乡卫生院开的", e.two_diseases(["糖尿病"], "乡镇卫生院", "800")),
        ("那高血压糖尿病都有的话 合并限额多少", answered(TWO, ["2000元"])),
    )
    add_dialogue(
        t,
        ("表舅当野外文物看管员六个月了 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "另外 表舅跟县里签的看管协议期限最长能签到多久",
            answered(art(RC, "第十三条"), ["不得超过一年"], not_follow_up_for=["site_level"]),
        ),
        ("表舅看的那处是自治区级的文保点", e.custodian("自治区级", 6)),
    )
    add_dialogue(
        t,
        ("姐夫男 四十二岁 参保个人交多少", e.follow_up("contribution", ["tier"])),
        (
            "个人那份钱是交给哪个部门收",
            answered(mi("第十五条"), ["税务部门"], not_follow_up_for=["tier"]),
        ),
        ("他挑120那档", e.enrol(sex="男", age=42, tier=120)),
    )
    add_dialogue(
        t,
        ("普通门诊这回能报多少 今年头一次去", e.follow_up("general_outpatient", ["cost"])),
        (
            "等下先问个事 今年门诊统筹没用完的额度能不能攒到明年接着用",
            answered(GENERAL, ["不可结转和继承"], not_follow_up_for=["cost"]),
        ),
        ("这次花了三百五", e.general("350")),
    )
    add_dialogue(
        t,
        (
            "孙女在学校交了250那档 今年头一回住院 账单九千整 统筹能出多少",
            e.follow_up("inpatient", ["level"]),
        ),
        (
            "问一下 乡镇卫生院住院起付线是多少",
            answered(INPATIENT, ["100元"], not_follow_up_for=["level"]),
        ),
        ("她就是在香孜乡卫生院住的", e.inpatient(250, "乡镇卫生院", "9000")),
    )
    add_dialogue(
        t,
        ("继父在县级野外文保点看管 工资总共多少", e.follow_up("custodian_pay", ["months"])),
        (
            "继父那份看管工资 到底是县里还是地区哪一级财政出的钱",
            answered(WAGE, ["地区财政"], not_follow_up_for=["months"]),
        ),
        ("继父从二月一直干到年底 算下来十一个月", e.custodian("县级", 11)),
    )
    add_dialogue(
        t,
        ("外孙在二级医院第二次住院 花了一万六 报多少", e.follow_up("inpatient", ["tier"])),
        (
            "第二次住院的起付线是怎么算的",
            answered(INPATIENT, ["70%"], not_follow_up_for=["tier"]),
        ),
        ("外孙家里交的是最便宜的60块", e.inpatient(60, "二级", "16000", 2)),
        ("那第三次住院呢 起付线按几成", answered(INPATIENT, ["50%"])),
    )


def _relics_and_medical(t) -> None:
    add_dialogue(
        t,
        ("普查寺藏文物时 档案用什么文字记录", answered(art(RP, "第二十四条"), ["藏汉两种文字"])),
        ("藏汉两种文字记档案这个要求 出自哪个文件", answered(art(RP, "第二十四条"), [RP])),
        ("换个话题 医保普通门诊的起付线是多少", answered(GENERAL, ["累计100元"])),
    )
    add_dialogue(
        t,
        (
            "牧民想把几桶柴油汽油临时堆在文保单位保护范围里 规定允许吗",
            answered(art(RP, "第十三条"), ["易燃、易爆"]),
        ),
        (
            "那收藏文物的寺庙呢",
            answered(art(RP, "第二十八条"), ["严禁存放易燃、易爆、易腐蚀等危险物品"]),
        ),
        ("好 再问个医保的 交120住一级医院报几成", answered(INPATIENT, ["75%"])),
    )
    add_dialogue(
        t,
        ("居民医保的大病保险是哪一级统筹的", answered(SERIOUS, ["自治区级统筹"])),
        (
            "说到文物 出了文物安全事故要先向谁报告",
            answered(art(RP, "第四十八条"), ["各级人民政府及相关部门"]),
        ),
        ("为什么调查完还要再写报告", answered(art(RP, "第四十八条"), ["书面形式"])),
    )


def _lists_and_lookups(t) -> None:
    add_dialogue(
        t,
        ("居民医保不报的诊疗设备有哪些", answered(EXCLUDED, ["正电子发射断层扫描装置"])),
        ("那第三十条里治疗项目那一类 具体哪些不给报呢", answered(EXCLUDED, ["近视眼矫正术"])),
        ("PET检查和近视手术不报 这是哪条规定的", answered(EXCLUDED, [MI])),
    )
    add_dialogue(
        t,
        (
            "门特里跟心脏有关的病有哪些",
            answered(SPECIAL, ["慢性高原性心脏病", "先天性心脏病", "冠心病"]),
        ),
        ("那跟肾有关的呢", answered(SPECIAL, ["慢性肾功能衰竭", "慢性肾小球肾炎"])),
        ("为什么高血压后面还写了个血压数", answered(SPECIAL, ["150/95mmHg"])),
    )
    add_dialogue(
        t,
        (
            "村里的多吉想去当野外文物看管员 先问问当上以后能享受哪些权利",
            answered(art(RC, "第八条"), ["建议和意见"]),
        ),
        ("那职责里关于保密是怎么要求的呢", answered(art(RC, "第七条"), ["严守国家文物机密"])),
        ("为什么要他们保密", answered(art(RC, "第七条"), ["不得借机谋取私利"])),
    )
    add_dialogue(
        t,
        (
            "县文物局新来的科员问 文物安全培训到底分哪些种类",
            answered(art(RT, "六、（一）"), ["文物安全应急演练"]),
        ),
        ("那培训内容包括啥呢", answered(art(RT, "六、（三）"), ["案例分析"])),
        ("视听操作演练这些培训内容 写在哪个文件里", answered(art(RT, "六、（三）"), [RT])),
    )
    add_dialogue(
        t,
        ("外科综合楼的建筑面积是多少", answered(art(HP, "四、（二）"), ["1400平方米"])),
        ("那传染病院区呢", answered(art(HP, "四、（四）"), ["4902平方米"])),
        (
            "地区医院本来就有 为什么还要另外新建一个传染病院区",
            answered(art(HP, "四、（四）"), ["公共卫生水平"]),
        ),
    )
    add_dialogue(
        t,
        ("医院新增医务人员里高级职称的有几个", answered(art(HP, "四、（十）"), ["高级 10 人"])),
        ("那中级的呢", answered(art(HP, "四、（十）"), ["中级 89 人"])),
        ("为啥每年要花两千多万", answered(art(HP, "四、（十）"), ["2706.17 万元"])),
    )
    add_dialogue(
        t,
        ("日土县还没通硬化路的村子是哪几个", answered(UNPAVED, ["丁则村", "阿汝村"])),
        ("那措勤县呢", answered(UNPAVED, ["加绕村", "查仓村", "诺仓村"])),
        ("为什么非要先通硬化路", answered(quote(RD, "兜底任务"), ["兜底任务"])),
    )
    add_dialogue(
        t,
        ("改则县安排了多少生态补偿养护岗位", answered(GUARDS, ["改则县358人"])),
        ("那札达县的生态补偿养护岗位安排了几个人呢", answered(GUARDS, ["札达县78人"])),
        ("这些岗位的人由谁来考核", answered(GUARDS, ["县交通运输局、扶贫办、责任乡（镇）政府"])),
    )
    add_dialogue(
        t,
        (
            "今年自治区点名日土县先通农村客运 是日土的哪两个乡镇",
            answered(BUSES, ["多玛乡", "东汝乡"]),
        ),
        ("要是别的县呢 最晚什么时候开通", answered(BUSES, ["9月份之前"])),
        (
            "为什么让日土先开",
            answered(quote(RD, "日土县作为“两通”工作示范县"), ["“两通”工作示范县"]),
        ),
    )
    add_dialogue(
        t,
        (
            "表妹2023年大学毕业 规划里预测那一年阿里的毕业生大约多少人",
            answered(COHORTS, ["2023年630人左右"]),
        ),
        ("那2024年呢", answered(COHORTS, ["2024年640人左右"])),
        ("为啥说就业压力一直都在", answered(COHORTS, ["就业总量压力长期存在"])),
    )
    add_dialogue(
        t,
        (
            "二〇二〇到二〇二五年 规划累计给毕业生提供的公益性岗位大概有多少个",
            answered(POSTS, ["公益性岗位 1160 个左右"]),
        ),
        ("那幼儿园老师那种学前教育特设岗位 规划里给了多少个呢", answered(POSTS, ["不少于 300 个"])),
        ("这个出自哪条", answered(POSTS, [GE])),
    )
    add_dialogue(
        t,
        ("城乡居民医保基金是哪一级统筹管理的", answered(mi("第十六条"), ["地区级统筹"])),
        ("那大病保险呢", answered(SERIOUS, ["自治区级统筹"])),
        ("为什么还有个30万的赔付限额", answered(SERIOUS, ["农牧民大额补充医疗保险续保协议"])),
    )
    add_dialogue(
        t,
        ("搞考古发掘之前要办什么手续", answered(art(RP, "第十七条"), ["报批手续"])),
        ("那修路时挖出疑似文物 施工队该怎么办", answered(FIND, ["立即保护现场"])),
        ("这个是哪一条规定的", answered(FIND, [RP])),
    )
    add_dialogue(
        t,
        (
            "国有博物馆要在哪些方面给民办博物馆指导",
            answered(art(RP, "第三十一条"), ["藏品保护、陈列展览、科学研究"]),
        ),
        (
            "那地县文物部门用什么办法来促进民办博物馆",
            answered(art(RP, "第三十一条"), ["业务指导、人员培训、宣传推广"]),
        ),
        ("为啥要鼓励开民办的", answered(art(RP, "第三十条"), ["社会教育和服务活动"])),
    )


def _calculations_and_rules(t) -> None:
    add_dialogue(
        t,
        ("弟媳在县二级医院剖宫产 医生说必须剖 花了六千", e.maternity("二级", "6000")),
        ("娃生下来在医院抢救了几天 新生儿的住院费怎么报", answered(OTHER, ["先自费结算"])),
        (
            "新生儿的住院费凭什么要先自己垫着 过后才报",
            answered(OTHER, ["缴纳本年度城乡居民医疗保险费用"]),
        ),
    )
    add_dialogue(
        t,
        ("除了措勤以外的六个县 每年的农村公路养护专项补贴凑一块有多少万", e.road(6, False)),
        ("要是把地区财政每年拿的那一份也算进去 合计多少万呢", e.road(6, True)),
        ("为什么地区和县都要掏钱", answered(quote(RD, "养护成本高"), ["养护成本高"])),
    )
    add_dialogue(
        t,
        ("三处县级野外文保单位 看管员一年预算多少", e.budget({"县级": 3}, 12)),
        (
            "要是这三处都是自治区级文保单位 一年的看管经费预算又是多少呢",
            e.budget({"自治区级": 3}, 12),
        ),
        (
            "为什么算预算时每一处野外文保单位都按两个看管员来算",
            answered(WAGE, ["每处安排2名看管人员"]),
        ),
    )
    add_dialogue(
        t,
        ("曾祖父男 六十六岁 参保自己交多少", e.enrol(sex="男", age=66)),
        ("那他老伴 女 六十三呢", e.enrol(sex="女", age=63)),
        ("他们那份钱是谁替交的", answered(SHARE, ["6:4"])),
    )
    add_dialogue(
        t,
        ("人均财政补助一千八 中央出一千三 地区出多少", e.subsidy_split("1800", "1300")),
        ("中央补完以后为什么县级财政也得摊一份", answered(mi("第十七条"), ["6:2:2"])),
        ("自治区地区县按比例分摊这个规定 是居民医保办法的哪条", answered(mi("第十七条"), [MI])),
    )


def _declines_and_greetings(t) -> None:
    add_dialogue(
        t,
        ("堂妹在阿里地区人民医院这种三级医院住院 起付线要扣掉多少", answered(INPATIENT, ["400元"])),
        ("那昌都的三级医院呢", declined(INPATIENT)),
        ("那回到阿里 乡镇卫生院呢", answered(INPATIENT, ["100元"])),
    )
    add_dialogue(
        t,
        ("我们村边那处县级野外文物点的看管员 每个月工资有多少", answered(WAGE, ["1200元"])),
        ("2015年那会儿是多少", declined(WAGE)),
        ("好的好的 我去跟村里人说一声 谢谢你", HELLO),
    )
    add_dialogue(
        t,
        ("扎西德勒 我是门士乡的 想问点医保的事", HELLO),
        ("区外住院备案要在几天之内", answered(mi("第三十三条"), ["入院5日内"])),
        ("通过什么方式备案", answered(mi("第三十三条"), ["信息系统"])),
        ("明白了 我让在成都的表哥赶紧去弄 谢谢啦", HELLO),
    )
    add_dialogue(
        t,
        ("深圳交的职工医保能在阿里报销吗", declined()),
        ("那阿里的居民医保能跟职工医保一起参加吗", answered(mi("第六条"), ["不得同时参加"])),
    )


def build(t) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lists_and_lookups(t)
    _calculations_and_rules(t)
    _declines_and_greetings(t)
