"""Dialogues: the 6万 cap across two stays, across a stay and a 门特 course (one turn in English) and
across two 门特 bills, the 两病 and 普通门诊 limits across visits; corrections (a malformed amount, age,
month count, tier or level then given; a tier and an identity changed); topic switches while a
follow-up is pending (`not_follow_up_for`), then the slot given late; continuations on lookups and
lists (不予支付 classes, the 六统一, the relic fund's uses, the custodians' rights, the training's
methods, the 三甲 stages and projects, unpaved villages by county, the bus lines, the graduates'
posts); 为什么/为啥/怎么 and 哪条/哪个文件 after lookups and after results; relic ↔ medical switches;
budgets, roads and person switches; greetings and declined follow-ons. Every turn was written for
this table; figures only from evaluation.phrasings.reference through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_dialogue
from evaluation.phrasings.expect import HELLO, answered, declined, paid_after
from evaluation.phrasings.places import (
    CAP,
    EXCLUDED,
    GENERAL,
    INPATIENT,
    MATERNITY,
    PERIOD,
    ROAD_PREFECTURE,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

RIGHTS = art(RC, "第八条")
DISMISS = art(RC, "第十七条")
TERM = art(RC, "第十三条")
AGE = art(RC, "第五条")
FUND_USES = art(RP, "第六条")
PHOTO = art(RP, "第三十七条")
RUBBING = art(RP, "第三十八条")
LEND = art(RP, "第二十七条")
METHODS = art(RT, "六、（二）")
CONTENTS = art(RT, "六、（三）")
STAGES = art(HP, "三、")
REMOTE = art(HP, "四、（七）")
BLOOD = art(HP, "四、（六）")
UNPAVED = quote(RD, "热扎村、木布村")
LINES = quote(RD, "现有农村客运线路4条")
OPERATORS = quote(RD, "措勤、改则、革吉、噶尔四县")
POSTS = art(GE, "三、（一）4.")
YEARS = art(GE, "一、（二）1.")
UNIFY = mi("第二条")
ELSEWHERE = mi("第三十三条")
ADVANCE = mi("第三十四条")


def _caps(t) -> None:
    first = e.inpatient(250, "三级", "70000")
    add_dialogue(
        t,
        ("老丈人交250 地区人民医院三级 今年第一次住院 结了七万", first),
        (
            "九月份又进了县二级医院 今年第二回 花了一万二",
            e.inpatient(250, "二级", "12000", admission=2, paid=paid_after(first)),
        ),
        ("为什么第二次给得这么少", answered(CAP, ["6万元"])),
    )
    stay = e.inpatient(120, "三级", "90000")
    add_dialogue(
        t,
        ("干爹120档 三级医院今年头回住院 花掉九万", stay),
        (
            "他还有慢性肾功能衰竭做透析 门特这个月门诊五千 也是120档",
            e.special(120, "慢性肾功能衰竭", "5000", paid=paid_after(stay)),
        ),
        (
            "Why was nothing paid for the dialysis this month?",
            answered(SPECIAL, ["合并累计计算"]),
        ),
    )
    chemo = e.special(250, "恶性肿瘤", "62000")
    add_dialogue(
        t,
        ("表舅250档 恶性肿瘤放疗门特 上半年门诊一共六万二", chemo),
        (
            "下半年又化疗花了一万",
            e.special(250, "恶性肿瘤", "10000", paid=paid_after(chemo)),
        ),
        ("这个年度封顶是哪一条规定的", answered(CAP, ["6万元"])),
    )
    visit = e.two_diseases(["糖尿病"], "二级", "1600")
    add_dialogue(
        t,
        ("外公糖尿病两病门诊 二级医院开了一千六甲类", visit),
        (
            "下个月又在那开了五百甲类",
            e.two_diseases(["糖尿病"], "二级", "500", paid=paid_after(visit)),
        ),
        ("怎么第二回只给这么点", answered(TWO, ["1200元"])),
    )
    add_dialogue(
        t,
        ("外甥女今年头一回看普通门诊 药费检查费一共三百五 能报回来多少", e.general("350")),
        ("月底又看了一次 花了三百", e.general("300", "350")),
        ("为啥第二次才给那么点", answered(GENERAL, ["300元"])),
    )


def _corrections(t) -> None:
    add_dialogue(
        t,
        ("连襟交120 二级医院今年第一次住院 一万二三吧", e.error("费用")),
        ("刚把发票翻出来了 上面清清楚楚写着一万二千四", e.inpatient(120, "二级", "12400")),
    )
    add_dialogue(
        t,
        ("外婆 女 今年一百八十八岁 参保个人交多少", e.error("年龄")),
        ("手滑了 是六十八岁", e.enrol(sex="女", age=68)),
    )
    add_dialogue(
        t,
        ("表侄守县级野外文物点 今年干了十六个月 工资多少", e.error("月")),
        ("不好意思刚才打错 他实际守了六个月", e.custodian("县级", 6)),
        ("看管员工资是哪个文件定的", answered(WAGE, ["1200元"])),
    )
    add_dialogue(
        t,
        ("继母交了九十块那档 三级医院今年头回住院一万 报多少", e.error("档次")),
        ("问了下 是120那档", e.inpatient(120, "三级", "10000")),
    )
    add_dialogue(
        t,
        ("堂姑交250 在六级医院今年第一次住院八千 报多少", e.error("级别")),
        ("不好意思 是一级医院", e.inpatient(250, "一级", "8000")),
        ("要是她交的是60档呢", e.inpatient(60, "一级", "8000")),
    )
    add_dialogue(
        t,
        ("小叔子交60 二级医院今年第一次住院两万 报多少", e.inpatient(60, "二级", "20000")),
        ("搞错了 他交的是250档", e.inpatient(250, "二级", "20000")),
        ("为什么同样两万块 换成250档报的钱差这么多", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("大姑姐是低保户 参保个人交多少", e.enrol(["低保对象"])),
        ("不对 她其实是建档立卡户", e.enrol(["建档立卡贫困人员"])),
        ("那她建档立卡这档剩下的一百九十块由谁来替她交", answered(SHARE, ["医疗救助资金代为缴纳"])),
    )


def _topic_switches(t) -> None:
    add_dialogue(
        t,
        ("舅公在二级医院今年第一次住院 花了一万七 帮算下", e.follow_up("inpatient", ["tier"])),
        (
            "先问一句 二级医院起付线多少",
            answered(INPATIENT, ["200元"], not_follow_up_for=["tier"]),
        ),
        ("舅公交的是60那档", e.inpatient(60, "二级", "17000")),
    )
    add_dialogue(
        t,
        ("姨父交250 今年头回住院花了九千六 报多少", e.follow_up("inpatient", ["level"])),
        (
            "插个话 乡镇卫生院床位费一天按多少算",
            answered(INPATIENT, ["20元/床日"], not_follow_up_for=["level"]),
        ),
        ("他是在霍尔乡卫生院住的", e.inpatient(250, "乡镇卫生院", "9600")),
    )
    add_dialogue(
        t,
        ("表姑交120 在三级医院今年第一次住院 想算算报销", e.follow_up("inpatient", ["cost"])),
        (
            "对了 第二次住院起付线怎么算",
            answered(INPATIENT, ["70%"], not_follow_up_for=["cost"]),
        ),
        ("她这回总共花了一万五千二", e.inpatient(120, "三级", "15200")),
    )
    add_dialogue(
        t,
        ("老丈人青光眼门特 这回门诊两千 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "等下 门特要不要先过起付线",
            answered(SPECIAL, ["不设起付线"], not_follow_up_for=["tier"]),
        ),
        ("他交的是250元档", e.special(250, "青光眼", "2000")),
    )
    add_dialogue(
        t,
        ("外婆高血压两病门诊 开了八百甲类 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "顺便问问 乙类药是不是要自己先付一部分",
            answered(TWO, ["乙类药品个人先行自付10%"], not_follow_up_for=["level"]),
        ),
        ("药是在盐湖乡卫生院开的", e.two_diseases(["高血压"], "乡镇卫生院", "800")),
    )
    add_dialogue(
        t,
        ("姑表哥守全国重点野外文物点 工资总共多少", e.follow_up("custodian_pay", ["months"])),
        (
            "另外看管员的年龄要求是多少",
            answered(AGE, ["25-50岁"], not_follow_up_for=["months"]),
        ),
        ("他在那守了九个月", e.custodian("全国重点", 9)),
    )
    add_dialogue(
        t,
        ("补缴居民医保 我个人总共要掏多少", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "先说个别的 补缴完了以后从哪个时候开始才能享受报销",
            answered(PERIOD, ["补缴的次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("今年各级财政补贴加起来是610", e.late("610")),
    )


def _relics_and_medical(t) -> None:
    add_dialogue(
        t,
        ("去古格参观 能不能拍壁画", answered(PHOTO, ["不得拍摄"])),
        ("那寺门口石碑上的铭文能自己拓下来吗", answered(RUBBING, ["不得私自拓印"])),
        ("换个话题 我阿妈住院的床位费三级医院按多少算", answered(INPATIENT, ["80元/床日"])),
        ("床位费这一条是写在哪个文件里头的", answered(INPATIENT, ["城乡居民基本医疗保险实施办法"])),
    )
    add_dialogue(
        t,
        (
            "我当上看管员以后 按细则自己享有哪些权利",
            answered(RIGHTS, ["对文物保护工作提出建议和意见"]),
        ),
        ("看管员自己生病住院 在县二级医院报几成 他交的120", answered(INPATIENT, ["75%"])),
        ("他要是干满十二个月县级点 工资一共多少", e.custodian("县级", 12)),
    )
    add_dialogue(
        t,
        ("两家国有博物馆之间借用文物藏品 借期最长能有多久", answered(LEND, ["不超过两年"])),
        ("医保大病保险一年最高赔多少", answered(mi("第二十七条"), ["14万元"])),
        ("这两个分别出自哪个文件", answered(LEND, ["文物保护管理办法"])),
    )


def _lookups_and_lists(t) -> None:
    add_dialogue(
        t,
        ("不予支付里面服务类有哪些费用", answered(EXCLUDED, ["挂号费", "院外会诊费"])),
        ("那诊疗设备及医用材料类里边点了哪些", answered(EXCLUDED, ["电子束CT"])),
        ("为什么打架受伤的医药费也不给报", answered(EXCLUDED, ["打架斗殴"])),
    )
    add_dialogue(
        t,
        ("医保说的六统一是哪六个", answered(UNIFY, ["统一医保目录", "统一定点管理"])),
        ("为啥要搞这个六统一", answered(UNIFY, ["整合为全地区统一的城乡居民基本医疗保险制度"])),
        ("这是哪一条写的", answered(UNIFY, ["六统一"])),
    )
    add_dialogue(
        t,
        (
            "地县财政安排的文物保护专项经费 规定能花在哪几种用途上",
            answered(FUND_USES, ["聘请文物保护看管人员"]),
        ),
        ("那经费的使用情况要公开吗", answered(FUND_USES, ["每年向社会公布"])),
        ("为什么要公开", answered(FUND_USES, ["接受社会监督"])),
    )
    add_dialogue(
        t,
        (
            "办公室搞文物安全培训 可以采用哪几种培训方式",
            answered(METHODS, ["分类培训", "外出受训"]),
        ),
        ("那培训的内容上具体有哪些环节", answered(CONTENTS, ["试卷考核"])),
        (
            "培训方式和内容这些规定出自哪份文件",
            answered(CONTENTS, ["文物工作人员文物安全培训办法"]),
        ),
    )
    add_dialogue(
        t,
        (
            "地区人民医院创三甲一共要经过哪几个阶段 名字都说一下",
            answered(STAGES, ["巩固整改", "正式评审"]),
        ),
        ("为什么还要先巩固整改", answered(art(HP, "三、（一）"), ["三乙"])),
    )
    add_dialogue(
        t,
        (
            "人民医院远程平台对接的十二家内地医院分别在哪些地方",
            answered(REMOTE, ["陕西省10家", "成都市2家"]),
        ),
        ("为啥还要给七个县留接口", answered(REMOTE, ["小病不出县"])),
    )
    add_dialogue(
        t,
        ("中心血站搬到哪去", answered(BLOOD, ["地区卫健委院内"])),
        ("为什么要搬", answered(BLOOD, ["满足不同人群的医疗需要"])),
    )
    add_dialogue(
        t,
        ("改则县有哪些村没通硬化路", answered(UNPAVED, ["热扎村", "夏龙村"])),
        ("措勤县那几个没通硬化路的村叫什么", answered(UNPAVED, ["加绕村", "诺仓村"])),
        ("为啥这些村要特别点名", answered(art(RD, "二、"), ["两通"])),
    )
    add_dialogue(
        t,
        ("客运推进方案写的阿里现有农村客运线路是哪几条", answered(LINES, ["狮泉河镇-左左乡"])),
        (
            "方案建议革吉县的农村客运经营主体是哪家单位",
            answered(OPERATORS, ["地区交通实业发展总公司"]),
        ),
        ("为什么不让革吉自己成立公司", answered(OPERATORS, ["冷线经营"])),
    )
    add_dialogue(
        t,
        ("毕业生能去哪些基层岗位", answered(POSTS, ["乡村振兴专干", "农牧专业技术人员"])),
        ("人民调解员岗位有多少", answered(POSTS, ["人民调解员岗位不少于10个"])),
        ("人民调解员这个岗位数是规划哪一条定的", answered(POSTS, ["人民调解员"])),
    )
    add_dialogue(
        t,
        ("规划里预测2024年全阿里的高校毕业生大约有多少人", answered(YEARS, ["2024年640人左右"])),
        ("为什么说就业压力长期存在", answered(YEARS, ["就业总量压力长期存在"])),
    )
    add_dialogue(
        t,
        ("在区外住院要先自己垫钱吗", answered(ADVANCE, ["先行垫付全部医疗费用"])),
        ("人回到阿里以后申请结算 需要带齐哪些单据材料", answered(ADVANCE, ["住院发票原件"])),
        ("怎么不能直接结算", answered(ADVANCE, ["异地就医直接结算系统未完全实现"])),
    )


def _budgets_roads_people(t) -> None:
    add_dialogue(
        t,
        (
            "1处县级和2处自治区级野外文物点 半年的看管经费预算多少",
            e.budget({"县级": 1, "自治区级": 2}, 6),
        ),
        ("换成3处县级 一整年呢", e.budget({"县级": 3}, 12)),
    )
    add_dialogue(
        t,
        ("噶尔普兰札达日土改则五个县 一年四好农村路养护补贴合起来多少", e.road(5, False)),
        ("这五个县的数再加上地区财政那份一年总共多少", e.road(5, True)),
        ("地区那份标准是多少", answered(ROAD_PREFECTURE, ["350万元/年"])),
    )
    add_dialogue(
        t,
        ("人均财政补助3800 中央给了2000 剩下的怎么分", e.subsidy_split("3800", "2000")),
        ("自治区地区县分担的这个比例是医保办法哪一条写的", answered(SPLIT, ["6:2:2"])),
    )
    add_dialogue(
        t,
        ("我爸 男 六十六岁 参保自己交多少", e.enrol(sex="男", age=66)),
        ("我妈 女 五十七 交120档呢", e.enrol(sex="女", age=57, tier=120)),
        ("为啥我爸不用交", answered(SHARE, ["不再缴费"])),
    )
    add_dialogue(
        t,
        ("小叔子媳妇在二级医院生孩子 花了七千八", e.maternity("二级", "7800")),
        ("宝宝生下来要抢救 新生儿住院费怎么报", answered(MATERNITY, ["先自费结算"])),
    )


def _greetings_and_declines(t) -> None:
    add_dialogue(
        t,
        ("扎西德勒 我是巴嘎乡的村医 想问几个医保问题", HELLO),
        ("村里糖尿病的老人多 两病门诊糖尿病每人每年最多报多少", answered(TWO, ["1200元"])),
        ("谢谢啦 辛苦", HELLO),
    )
    add_dialogue(
        t,
        ("阿里城乡居民普通门诊统筹一个年度里最多给付多少钱", answered(GENERAL, ["300元"])),
        ("那日喀则市那边普通门诊一年最多报多少", declined(GENERAL)),
        ("还是说阿里 普通门诊报销比例多少", answered(GENERAL, ["60%"])),
    )
    add_dialogue(
        t,
        ("看管员工资县级点多少", answered(WAGE, ["1200元"])),
        ("2015年那会儿也是这个数吗", declined(WAGE)),
        ("回到阿里的看管员 签看管协议期限最长是多久", answered(TERM, ["不得超过一年"])),
    )
    add_dialogue(
        t,
        ("野外看管员要是犯了事 细则里列的解聘情形都有哪些", answered(DISMISS, ["不及时报告"])),
        ("青海那边的看管员也这么管吗", declined(DISMISS)),
    )
    add_dialogue(
        t,
        ("参保人到内地探亲期间住了院 入院后几天之内必须备案", answered(ELSEWHERE, ["5日内"])),
        ("那在西藏区内的拉萨住院也要备案吗", answered(ELSEWHERE, ["西藏自治区以外住院"])),
    )


def build(t) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lookups_and_lists(t)
    _budgets_roads_people(t)
    _greetings_and_declines(t)
