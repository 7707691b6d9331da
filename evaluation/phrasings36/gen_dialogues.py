"""Dialogues: the 6万 cap across two stays, across a stay and a 门特 course (one turn in English) and
across two 门特 bills, the 两病 and 普通门诊 limits across visits; corrections (a malformed amount,
age, month count or tier then given; a tier, a level and an identity changed); topic switches while
a follow-up is pending (`not_follow_up_for`), then the slot given late; continuations on lookups and
lists (the 不予支付 classes, the fund's incomes, the training's kinds and contents, unpaved villages by
county, the 三甲 projects, the custodians' duties and preferences, graduates' posts, the bus lines,
the road-keeper posts by county, the 考古 rules); 为什么/为啥/怎么 and 哪条/哪个文件 after lookups and
after results; relic ↔ medical switches; budgets, roads and person switches; greetings and declined
follow-ons. Every turn was written for this table; figures only from evaluation.phrasings.reference
through evaluation.phrasings.expect."""

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
    MATERNITY,
    PERIOD,
    ROAD,
    SHARE,
    SPECIAL,
    SPLIT,
    TWO,
    WAGE,
)
from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote

DUTIES = art(RC, "第七条")
PREFER = art(RC, "第六条")
DISMISS = art(RC, "第十七条")
TERM = art(RC, "第十三条")
UNPAVED = art(RD, "二、")
BUS = art(RD, "二、（四）")
KEEPERS = art(RD, "二、（三）")
LINES = quote(RD, "现有农村客运线路4条")
EMERGENCY = art(HP, "四、（五）")
REMOTE = art(HP, "四、（七）")
POSTS = art(GE, "三、（一）4.")
YEARS = art(GE, "一、（二）1.")
INCOMES = mi("第十六条")
KINDS = art(RT, "六、（一）")
CONTENTS = art(RT, "六、（三）")
DIG = art(RP, "第十七条")
FILING = art(RP, "第二十三条")
PHOTO = art(RP, "第三十七条")
ELSEWHERE = mi("第三十三条")
ADVANCE = mi("第三十四条")


def _caps(t) -> None:
    first = e.inpatient(250, "三级", "68000")
    add_dialogue(
        t,
        ("外甥交250 地区人民医院三级 今年第一次住院 结了六万八", first),
        (
            "十月份他又住进二级医院 这是今年第二回 花了一万五",
            e.inpatient(250, "二级", "15000", admission=2, paid=paid_after(first)),
        ),
        ("为啥第二回给的这么少", answered(CAP, ["6万元"])),
    )
    stay = e.inpatient(120, "二级", "72000")
    add_dialogue(
        t,
        ("岳父120档 二级医院今年头回住院 花掉七万二", stay),
        (
            "他还做透析 门特 这个月门诊六千 也是120档",
            e.special(120, "慢性肾功能衰竭", "6000", paid=paid_after(stay)),
        ),
        (
            "Does the outpatient dialysis share the same yearly ceiling as his hospital stays?",
            answered(SPECIAL, ["合并累计计算"]),
        ),
    )
    chemo = e.special(250, "恶性肿瘤", "55000")
    add_dialogue(
        t,
        ("二姑250档 恶性肿瘤化疗门特 上半年门诊花了五万五", chemo),
        (
            "下半年放疗又花了两万五",
            e.special(250, "恶性肿瘤", "25000", paid=paid_after(chemo)),
        ),
        ("这个封顶是哪一条定的", answered(CAP, ["6万元"])),
    )
    visit = e.two_diseases(["高血压"], "一级", "900")
    add_dialogue(
        t,
        ("奶奶高血压两病门诊 一级医院开了九百甲类", visit),
        (
            "这个月又在同一家开了三百甲类",
            e.two_diseases(["高血压"], "一级", "300", paid=paid_after(visit)),
        ),
        ("怎么第二次一分都没有", answered(TWO, ["800元"])),
    )
    add_dialogue(
        t,
        ("普通门诊今年头一回 花了两百六", e.general("260")),
        ("后来又去看了一次 花了四百", e.general("400", "260")),
        ("为什么第二次只给这么点", answered(GENERAL, ["300元"])),
    )


def _corrections(t) -> None:
    add_dialogue(
        t,
        ("妯娌交250 二级医院今年第一次住院 一万七八吧", e.error("费用")),
        ("查了发票 一万七千六", e.inpatient(250, "二级", "17600")),
    )
    add_dialogue(
        t,
        ("阿爷 男 今年一百九十岁 参保个人交多少", e.error("年龄")),
        ("打错了 是七十九岁", e.enrol(sex="男", age=79)),
    )
    add_dialogue(
        t,
        ("小舅子守县级野外点 今年干了二十个月 工资多少", e.error("月")),
        ("手滑多打了个字 小舅子实际干了八个月", e.custodian("县级", 8)),
    )
    add_dialogue(
        t,
        ("表姐交的七十块那档 三级医院今年第一次住院两万 报多少", e.error("档次")),
        ("不对 她交的是60", e.inpatient(60, "三级", "20000")),
    )
    add_dialogue(
        t,
        ("堂哥交120 一级医院今年第一次住院 花了九千四", e.inpatient(120, "一级", "9400")),
        ("我记岔了 堂哥交的不是120 是最高那档250", e.inpatient(250, "一级", "9400")),
        ("为什么交得多报得多", answered(INPATIENT, ["90%"])),
    )
    add_dialogue(
        t,
        ("二婶交250 一级医院今年第一次住院 一万一", e.inpatient(250, "一级", "11000")),
        ("哦不是一级 是三级医院", e.inpatient(250, "三级", "11000")),
        ("怎么三级的反而少了", answered(INPATIENT, ["400元", "85%"])),
    )
    add_dialogue(
        t,
        ("邻居家是低保户 参保个人缴多少", e.enrol(["低保对象"])),
        ("问错了 他家其实是建档立卡户", e.enrol(["建档立卡贫困人员"])),
        ("那剩下的一百九谁掏", answered(SHARE, ["医疗救助资金代为缴纳"])),
    )
    add_dialogue(
        t,
        ("阿妈门特糖尿病交250 门诊两三千吧 报多少", e.error("费用")),
        ("单子上写的是两千八", e.special(250, "糖尿病", "2800")),
    )


def _topic_switches(t) -> None:
    add_dialogue(
        t,
        ("表哥在三级医院今年第一次住院 花了两万四 帮算下", e.follow_up("inpatient", ["tier"])),
        (
            "先问下 三级医院起付线多少来着",
            answered(INPATIENT, ["400元"], not_follow_up_for=["tier"]),
        ),
        ("刚翻了缴费记录 表哥交的是最高的250块那一档", e.inpatient(250, "三级", "24000")),
    )
    add_dialogue(
        t,
        ("妯娌交120 今年头回住院花了一万五 报多少", e.follow_up("inpatient", ["level"])),
        (
            "插一句 居民医保一年封顶多少",
            answered(CAP, ["6万元"], not_follow_up_for=["level"]),
        ),
        ("她住的是县里二级医院", e.inpatient(120, "二级", "15000")),
    )
    add_dialogue(
        t,
        (
            "老公交的60元档 在一级医院住了今年头一回院 想请你帮忙算算报销",
            e.follow_up("inpatient", ["cost"]),
        ),
        (
            "对了 一级医院床位费标准多少",
            answered(INPATIENT, ["40元/床日"], not_follow_up_for=["cost"]),
        ),
        ("出院结算是六千三", e.inpatient(60, "一级", "6300")),
    )
    add_dialogue(
        t,
        ("二叔冠心病门特 这次门诊三千 报多少", e.follow_up("special_outpatient", ["tier"])),
        (
            "等等 门特有哪些病 冠心病在里面吧",
            answered(SPECIAL, ["冠心病"], not_follow_up_for=["tier"]),
        ),
        ("二叔那年交的是120元那个档次", e.special(120, "冠心病", "3000")),
    )
    add_dialogue(
        t,
        ("阿爸高血压两病门诊 开了七百甲类 报多少", e.follow_up("two_diseases", ["level"])),
        (
            "顺便问 两病和门特高血压能同时享受吗",
            answered(TWO, ["不得同时享受"], not_follow_up_for=["level"]),
        ),
        ("阿爸那七百块药是在县二级医院开出来的", e.two_diseases(["高血压"], "二级", "700")),
    )
    add_dialogue(
        t,
        ("表叔守自治区级野外文物点 工资总共多少", e.follow_up("custodian_pay", ["months"])),
        (
            "另外看管员协议能签多久",
            answered(TERM, ["不得超过一年"], not_follow_up_for=["months"]),
        ),
        ("表叔到现在一共在那守了五个月", e.custodian("自治区级", 5)),
    )
    add_dialogue(
        t,
        ("堂弟看管野外文物六个月了 工资多少", e.follow_up("custodian_pay", ["site_level"])),
        (
            "我顺嘴问一下 守点的人是不是天天都得去巡一遍",
            answered(DUTIES, ["每日巡查"], not_follow_up_for=["site_level"]),
        ),
        ("是县级的点", e.custodian("县级", 6)),
    )
    add_dialogue(
        t,
        ("断了一年医保 现在补缴多少钱", e.follow_up("contribution", ["fiscal_subsidy"])),
        (
            "补缴以后多久能用",
            answered(mi("第八条"), ["补缴的次月起"], not_follow_up_for=["fiscal_subsidy"]),
        ),
        ("各级财政补贴合计六百一", e.late("610")),
    )
    add_dialogue(
        t,
        ("三十八岁的小姑子参加居民医保 个人缴多少", e.follow_up("contribution", ["tier"])),
        (
            "一共有哪几个档能选",
            answered(SHARE, ["60元、120元、250元"], not_follow_up_for=["tier"]),
        ),
        ("她选中间那档", e.enrol(sex="女", age=38, tier=120)),
    )
    add_dialogue(
        t,
        ("普通门诊这回能报多少 你算算", e.follow_up("general_outpatient", ["cost"])),
        (
            "普通门诊剩下的统筹钱能结转到明年吗",
            answered(GENERAL, ["不可结转和继承"], not_follow_up_for=["cost"]),
        ),
        ("今年第一次去 花了三百五", e.general("350")),
    )


def _relics_and_medical(t) -> None:
    add_dialogue(
        t,
        ("我是守野外文物点的 县级点一个月多少工资", answered(WAGE, ["1200元"])),
        ("我交的是120档医保 在乡卫生院住院起付线多少", answered(INPATIENT, ["100元"])),
        ("这两个规定分别在哪个文件", answered(WAGE, ["1200元"])),
    )
    add_dialogue(
        t,
        ("放牧时候在河边捡到个古铜器 该怎么办", answered(FIND, ["立即保护现场"])),
        (
            "还有我阿妈在二级医院住院了 交250 今年第一次 一万二",
            e.inpatient(250, "二级", "12000"),
        ),
        ("她住的二级医院起付线本来是多少", answered(INPATIENT, ["200元"])),
        ("刚才文物那条是哪一条", answered(FIND, ["立即保护现场"])),
    )
    add_dialogue(
        t,
        ("寺里的在编僧人参加居民医保谁去办", answered(mi("第十一条"), ["寺管会"])),
        ("寺庙里的壁画让游客拍照吗", answered(PHOTO, ["不得拍摄"])),
        ("为啥不能拍", answered(PHOTO, ["不得拍摄"])),
    )


def _lookups_and_lists(t) -> None:
    add_dialogue(
        t,
        ("医保不予支付的服务类费用有哪些", answered(EXCLUDED, ["挂号费", "院外会诊费"])),
        (
            "那生活服务和服务设施那一类里头又有哪些不给付",
            answered(EXCLUDED, ["急救车费", "陪护费"]),
        ),
        ("这是第几条规定的", answered(EXCLUDED, ["陪护费"])),
    )
    add_dialogue(
        t,
        ("医保基金由哪几项收入构成", answered(INCOMES, ["个人缴费收入", "转移收入"])),
        ("利息收入也算吗", answered(INCOMES, ["利息收入"])),
        ("为什么还有社会捐助", answered(mi("第十九条"), ["乡村集体经济组织"])),
    )
    add_dialogue(
        t,
        ("单位让我报名文物安全培训 这种培训分成哪几种", answered(KINDS, ["文物安全应急演练"])),
        ("那培训的时候具体都学些什么内容", answered(CONTENTS, ["案例分析", "试卷考核"])),
        ("刚才讲的培训内容是出自哪个文件的规定", answered(CONTENTS, ["试卷考核"])),
    )
    add_dialogue(
        t,
        ("我老家在日土 县里是哪几个建制村路还没硬化", answered(UNPAVED, ["丁则村", "阿汝村"])),
        ("改则县呢", answered(UNPAVED, ["那木起村", "察布村"])),
        ("为什么要列出这些村", answered(UNPAVED, ["未通硬化路"])),
    )
    add_dialogue(
        t,
        ("急诊楼那个项目总投资多少", answered(EMERGENCY, ["1800万元"])),
        ("这笔急诊楼的钱打算从哪个渠道筹", answered(EMERGENCY, ["对口援藏资金"])),
        ("为啥要新建急诊楼", answered(EMERGENCY, ["无法达到创“三甲”医院要求"])),
    )
    add_dialogue(
        t,
        ("人民医院搞的那个远程会诊系统 连上了几家内地的大医院", answered(REMOTE, ["12家内地医院"])),
        ("陕西的有几家", answered(REMOTE, ["陕西省10家"])),
        ("怎么还给7个县留接口", answered(REMOTE, ["为地区7县预留接口"])),
    )
    add_dialogue(
        t,
        ("看管员平时主要干哪些活", answered(DUTIES, ["每日巡查"])),
        ("什么样的人能优先被选上", answered(PREFER, ["汉藏双语"])),
        ("这个在哪一条", answered(PREFER, ["汉藏双语"])),
    )
    add_dialogue(
        t,
        ("基层给毕业生开发了哪些岗位 说几个数", answered(POSTS, ["乡镇兽医岗位不少于70个"])),
        ("法律援助员呢", answered(POSTS, ["法律援助员岗位不少于10个"])),
        ("为什么要搞这么多基层岗位", answered(POSTS, ["个人和社会价值的双赢"])),
    )
    add_dialogue(
        t,
        ("想坐车回乡下 阿里目前开通了几条农村客运线路", answered(LINES, ["4条"])),
        ("跑这几条线的客运车是公家的还是个人在经营", answered(LINES, ["均属于个人经营"])),
        ("以后措勤县由谁来经营客运", answered(BUS, ["地区交通实业发展总公司"])),
        ("为什么普兰不一样", answered(BUS, ["普兰、札达、日土三县各自成立养运公司自主经营"])),
    )
    add_dialogue(
        t,
        ("我家在革吉 县里今年招的生态补偿公路养护岗位是几百人", answered(KEEPERS, ["革吉县459人"])),
        ("札达县呢", answered(KEEPERS, ["札达县78人"])),
        ("为什么优先安排建档立卡户", answered(KEEPERS, ["建档立卡贫困户"])),
    )
    add_dialogue(
        t,
        ("考古发掘要办什么手续", answered(DIG, ["报批手续"])),
        ("挖完以后要交什么", answered(FILING, ["考古发掘报告"])),
        ("考古发掘结束要报备案的这个要求出自办法哪一条", answered(FILING, ["出土文物清单"])),
    )
    add_dialogue(
        t,
        ("弟弟2022年毕业 那一年全阿里毕业的大学生估计有多少", answered(YEARS, ["2022年599人"])),
        ("那再往后一年2023年大约多少人", answered(YEARS, ["2023年630人左右"])),
        ("怎么说就业总量压力大", answered(YEARS, ["就业总量压力长期存在"])),
    )
    add_dialogue(
        t,
        ("我们一家去内地打工 要是在区外住了院需不需要备案", answered(ELSEWHERE, ["5日内"])),
        ("钱是自己先垫吗", answered(ADVANCE, ["先行垫付全部医疗费用"])),
        ("为啥不能直接结算", answered(ADVANCE, ["异地就医直接结算系统未完全实现"])),
    )
    add_dialogue(
        t,
        ("生孩子的费用怎么报", answered(MATERNITY, ["全额报销"])),
        ("宝宝没上户口就走了 费用算谁的", answered(MATERNITY, ["随其母亲"])),
        ("为什么算在妈妈名下", answered(MATERNITY, ["计入母亲基本医疗保险基金年度最高支付限额内"])),
    )
    add_dialogue(
        t,
        (
            "县里预算安排的文物保护专项经费可以花在哪些地方",
            answered(art(RP, "第六条"), ["聘请文物保护看管人员"]),
        ),
        ("能不能挪去干别的", answered(art(RP, "第六条"), ["不得挪作他用"])),
        ("为什么要每年公布", answered(art(RP, "第六条"), ["接受社会监督"])),
    )


def _budgets_roads_people(t) -> None:
    add_dialogue(
        t,
        ("县里有2个县级野外点 看管员一年经费多少", e.budget({"县级": 2}, 12)),
        ("再加1个自治区级的点呢", e.budget({"县级": 2, "自治区级": 1}, 12)),
        ("为什么预算里每一处点都按两个看管员来算", answered(WAGE, ["2名"])),
    )
    add_dialogue(
        t,
        ("五个县一年的养护专项补贴多少", e.road(5, False)),
        ("要是把地区财政每年那350万也算进去 五个县合计多少", e.road(5, True)),
        ("这个标准是哪个文件定的", answered(ROAD, ["100万元/年"])),
    )
    add_dialogue(
        t,
        ("阿爸 男 六十七 参保自己交多少", e.enrol(sex="男", age=67)),
        ("阿妈 女 五十八 交最高档", e.enrol(sex="女", age=58, tier=250)),
        ("为什么阿爸不用交", answered(SHARE, ["男年满65周岁"])),
    )
    add_dialogue(
        t,
        ("姨妈建档立卡 女 六十二 参保个人缴多少", e.enrol(["建档立卡贫困人员"], sex="女", age=62)),
        ("她弟弟也是建档立卡 男 四十五", e.enrol(["建档立卡贫困人员"])),
    )
    add_dialogue(
        t,
        ("每人财政补助四千 中央出两千五 剩下怎么分", e.subsidy_split("4000", "2500")),
        ("为什么是这个比例", answered(SPLIT, ["6:2:2"])),
    )
    add_dialogue(
        t,
        (
            "三叔交120 二级医院住了8天 床位费一天七十 一共一万 今年第一次 报多少",
            e.inpatient(120, "二级", "10000", bed_days=8, bed_fee="70"),
        ),
        ("超出的床位费为啥不报", answered(INPATIENT, ["60元/床日"])),
    )
    add_dialogue(
        t,
        ("儿媳在乡镇卫生院生孩子 花了一千八", e.maternity("乡镇卫生院", "1800")),
        ("那孩子要怎么参保", answered(mi("第六条"), ["取得阿里地区户籍后"])),
    )


def _greetings_and_declines(t) -> None:
    add_dialogue(
        t,
        ("你好 我是日土镇的 想问问医保", HELLO),
        ("居民医保什么时候交钱", answered(PERIOD, ["10月1日至12月31日"])),
        ("好的谢谢 突及其", HELLO),
    )
    add_dialogue(
        t,
        ("阿里乡镇卫生院住院起付线多少", answered(INPATIENT, ["100元"])),
        ("那那曲的乡镇卫生院呢", declined(INPATIENT)),
        ("回到阿里 二级医院呢", answered(INPATIENT, ["200元"])),
    )
    add_dialogue(
        t,
        ("阿里的城乡居民基本医保一个年度里最多给付到多少", answered(CAP, ["6万元"])),
        ("2018年的时候也是这样吗", declined(CAP)),
        ("现在大病保险又能赔多少", answered(mi("第二十七条"), ["14万元"])),
    )
    add_dialogue(
        t,
        ("扎西德勒 我在地区交通局实习 想了解四好农村路", HELLO),
        ("摸底准备阶段干些什么", answered(quote(RD, "摸底准备阶段"), ["摸底调研"])),
        ("山南那边的示范县怎么评的", declined(quote(RD, "摸底准备阶段"))),
    )
    add_dialogue(
        t,
        ("野外文物看管员年龄有啥要求", answered(art(RC, "第五条"), ["25-50岁"])),
        ("新疆那边看管员年龄要求一样吗", declined(art(RC, "第五条"))),
    )
    add_dialogue(
        t,
        (
            "按床位需求 地区人民医院总共要增加多少名医务人员",
            answered(art(HP, "四、（十）"), ["184人"]),
        ),
        ("那184个里头要的高级职称有几个人", answered(art(HP, "四、（十）"), ["高级10人"])),
        ("为啥要增加这么多", answered(art(HP, "四、（十）"), ["根据床位需求"])),
    )
    add_dialogue(
        t,
        ("阿里对高校毕业生的就业率定了个什么目标", answered(art(GE, "三、"), ["90%以上"])),
        ("怎么定这么高", answered(art(GE, "三、"), ["多措并举拓展就业渠道和空间"])),
    )


def build(t) -> None:
    _caps(t)
    _corrections(t)
    _topic_switches(t)
    _relics_and_medical(t)
    _lookups_and_lists(t)
    _budgets_roads_people(t)
    _greetings_and_declines(t)
