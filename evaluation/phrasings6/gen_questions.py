"""Lookups and eligibility asked the way citizens ask (yes/no about a benefit, …有封顶吗,
找哪个部门…, 捡到…要上交吗); topic-present-fact-absent questions, at least six for each of the
seven documents, many asking a detail with no unit or named kind (can it be refunded, which
grade, after how long re-hired, who pays when the text is silent, the fine when the text only
says 依法处理): declined, the nearest rule in `related`; a few requests not about the
documents. Written from the gazette."""

from __future__ import annotations

from evaluation.phrasings.rows import GE, HP, RC, RD, RP, RT, art, mi, quote
from evaluation.phrasings6.table import Tune6Table

# (fact type, gold place, terms the answer must hold, question)
LOOKUPS = [
    ("amount", mi("第二十六条"), ["300元"], "小病看普通门诊有封顶吗 一年封多少"),
    ("amount", mi("第二十七条"), ["14万"], "大病保险是不是也有个上限 多少钱"),
    ("amount", mi("第二十二条"), ["60元"], "二级医院住院床费医保一天最多认几块"),
    ("amount", mi("第十八条"), ["220"], "拿了地区级表彰的僧尼 财政帮着出多少参保费"),
    ("amount", art(RC, "第十二条"), ["1400"], "国保单位看守员每月工资几块钱"),
    ("amount", quote(RD, "350万元/年"), ["350万"], "四好农村路地区财政那块养护钱一年多少"),
    ("amount", quote(GE, "创业达230人"), ["230"], "就业规划里毕业生中职生创业的目标是多少人"),
    (
        "amount",
        quote(HP, "总投资控制在 6251.5 万元以内"),
        ["6251.5"],
        "人民医院传染病院区投资上限是几千万",
    ),
    ("ratio", mi("第二十二条"), ["60%"], "交最低那档的去三级医院住院报几成"),
    ("ratio", mi("第二十四条"), ["60%"], "60块那档门诊特殊病报销比例多少"),
    ("ratio", mi("第二十五条"), ["70%"], "两病在乡卫生院开药报多少比例"),
    (
        "ratio",
        quote(GE, "力争阿里高校毕业生就业率保持在90%以上"),
        ["90%"],
        "阿里大学生就业率目标要保持在多少以上",
    ),
    ("date", mi("第八条"), ["1月1日"], "十二月交了医保 啥时候开始能用"),
    ("date", mi("第二十条"), ["3月31日"], "地县两级财政补助最晚几号前要拨到位"),
    (
        "date",
        quote(RD, "力争7月1日前初步形成"),
        ["7月1日"],
        "养护公司最晚要在哪天前初步形成模式",
    ),
    ("body", mi("第五条"), ["民政部门"], "特困供养人员的身份找哪个部门认定"),
    ("body", mi("第十条"), ["地区医保经办机构"], "随军家属参加居民医保找哪个单位办"),
    ("body", art(RP, "第三十九条"), ["自治区文物行政管理部门"], "想复制一件文物 找哪个部门批"),
    (
        "body",
        art(RP, "第五十四条"),
        ["文物保护工作联席会议办公室"],
        "文物保护那个管理办法有争议的条文 最后听谁的解释",
    ),
    ("body", art(RC, "第十七条"), ["文物行政管理部门"], "看管员不干活 谁有权把他解聘"),
    (
        "body",
        quote(RD, "生态补偿农村公路养护员的管理责任主体为各县人民政府"),
        ["各县人民政府"],
        "生态补偿公路养护员归谁管",
    ),
    ("list", mi("第七条"), ["户口簿", "身份证"], "去村里办参保登记要带哪些证件"),
    ("list", mi("第三十条"), ["挂号费"], "看病的时候哪些服务类的钱医保不掏"),
    ("list", art(RP, "第二十八条"), ["防火", "防盗"], "寺庙里放文物的地方得配哪些设施"),
    ("procedure", mi("第二十九条"), ["先自费结算"], "刚生的娃住院了还没交医保 住院费怎么结"),
    ("procedure", art(RP, "第三十二条"), ["备案"], "家里老辈传下来的文物想卖 要先办什么"),
    (
        "procedure",
        quote(RT, "以书面形式上报办公室"),
        ["书面形式"],
        "培训中途家里有事必须走 要走什么手续",
    ),
]

# (gold (or golds, any of which is right), terms, status, question): yes/no questions
# answered with the deciding clause
ELIGIBILITY = [
    (art(RP, "第二十一条"), ["报告"], "answered", "挖地基挖出来几个陶罐 要上交吗"),
    (art(RP, "第二十一条"), ["不得哄抢"], "answered", "工地上挖出古钱币 工人能分了吗"),
    (
        [art(RP, "第十三条"), art(RP, "第二十八条")],
        ["易燃"],
        "answered",
        "寺庙保护范围里能放几桶汽油吗",
    ),
    (art(RP, "第三十六条"), ["不得转让"], "answered", "县里想把文物点抵押贷款搞旅游 行不行"),
    (art(RP, "第十七条"), ["不得擅自发掘"], "answered", "我自己能在古墓边上挖挖看吗"),
    (art(RC, "第六条"), ["汉藏双语"], "answered", "会说藏语汉语的人应聘看管员有优势吗"),
    (art(RC, "第五条"), ["男性"], "answered", "我是女生 想去当野外文物看守 人家收不收"),
    (mi("第三十条"), ["眼科准分子治疗仪"], "answered", "做准分子激光治疗医保管不管"),
    (mi("第三十条"), ["自杀"], "answered", "喝农药自杀抢救过来了 医药费能报吗"),
    (mi("第三十条"), ["酗酒"], "answered", "喝醉酒摔伤了住院 医保给报不"),
    (mi("第三十条"), ["不孕"], "answered", "看不孕不育能走医保吗"),
    (mi("第二十九条"), ["7天"], "answered", "急诊留观没抢救过来 后来住院的钱能报吗"),
    (mi("第二十四条"), ["青光眼"], "answered", "青光眼算不算门诊特殊病"),
    (mi("第二十四条"), ["癫痫"], "answered", "羊癫疯能办门特不"),
    (mi("第六条"), ["学龄前儿童"], "answered", "还没上学的小娃娃能上居民医保吗"),
    (
        mi("第十三条"),
        ["城乡居民医疗保险基金按规定支付"],
        "answered",
        "刚转了职工医保 这期间住院还能用居民医保报吗",
    ),
    (
        quote(GE, "重点针对建档立卡贫困家庭、残疾、低保家庭高校毕业生提供公益性岗位"),
        ["公益性岗位"],
        "answered",
        "低保家庭的大学生毕业了有没有专门的岗位",
    ),
]

# topic in the text, asked detail absent: declined, nearest rule in related (≥ 6 per document)
FACT_ABSENT = [
    (mi("第八条"), "交了医保后来不想要了 钱能退吗"),
    (mi("第二十七条"), "大病险是跟哪个保险公司签的合同"),
    (mi("第四十五条"), "借医保卡给别人用 要罚多少钱"),
    (mi("第二十四条"), "门特的资格认定要去哪家医院做鉴定"),
    (mi("第二十六条"), "普通门诊一年最多能报几次 有次数限制没"),
    (mi("第三十四条"), "区外垫付的钱报回来要多少个工作日到账"),
    (mi("第三十六条"), "定点医院违约一次扣多少保证金"),
    (mi("第二十二条"), "住院超过180天以后第二段起付线交不交"),
    (art(RP, "第五十条"), "在文物保护范围里私自盖房子罚多少钱"),
    (art(RP, "第二十六条"), "寺庙里的一级文物库房要达到什么安防等级"),
    (art(RP, "第二十七条"), "博物馆借文物给别人要收多少租金"),
    (art(RP, "第三十三条"), "捐文物给博物馆有奖金吗 给多少"),
    (art(RP, "第三十七条"), "拍壁画的申请一般多少天批下来"),
    (art(RP, "第九条"), "文物保护志愿者有补贴吗 一天多少"),
    (art(RP, "第四十九条"), "文物安全事故调查要在几天内出结果"),
    (art(RC, "第十一条"), "看管员被解聘以后过几年可以再聘用"),
    (art(RC, "第十二条"), "看管员干满一年有没有年终奖"),
    (art(RC, "第十二条"), "看管员巡查骑摩托的油钱谁报销"),
    (art(RC, "第五条"), "看管员选聘要不要体检 去哪家医院"),
    (art(RC, "第七条"), "看管员一天要巡查几个小时"),
    (art(RC, "第十三条"), "看管协议提前解约要赔违约金吗"),
    (art(RC, "第十六条"), "看管员受表彰能发什么级别的证书"),
    (quote(RT, "培训经费从地区文物安全专项经费中支出"), "培训期间的伙食费自己出还是单位出"),
    (quote(RT, "培训结束后办公室要组织人员"), "文物安全培训考核不合格要补考几次"),
    (quote(RT, "无故缺勤的要记录在案"), "安全培训旷课达到几回会被劝退"),
    (quote(RT, "培训方式包括"), "外出受训一次最长去多少天"),
    (quote(RT, "培训种类包括"), "文物安全应急演练多久搞一回"),
    (quote(RT, "培训结束后办公室要组织人员"), "培训合格了发不发证书"),
    (quote(HP, "每月召开一次碰头会"), "创三甲领导小组的碰头会在哪开"),
    (quote(HP, "新建传染病楼3825平方米"), "传染病楼盖几层"),
    (quote(HP, "该项目包括远程会诊平台"), "远程会诊一次收患者多少钱"),
    (quote(HP, "人才引进解决 30 人"), "引进的人才给不给安家费 多少"),
    (quote(HP, "适时举办第二届冈底斯医学论坛"), "第一届冈底斯医学论坛是哪年开的"),
    (quote(HP, "新建急诊楼、高压氧仓、制氧站、污水处理站项目"), "新急诊楼哪年能投入使用"),
    (quote(RD, "养护公司主要职能"), "养护公司的员工工资一个月多少"),
    (quote(RD, "日土县237人"), "生态补偿公路养护员一个月补贴多少"),
    (quote(RD, "100万元/年"), "县里的养护专项补贴结余了能不能挪去修学校"),
    (quote(RD, "积极推进公路“路长制”"), "路长制里村级路长有没有工资"),
    (quote(RD, "每个月调度一次"), "月调度会议由哪个领导主持"),
    (quote(RD, "农村客运车辆6辆"), "农村客运班车一天发几趟"),
    (quote(GE, "口岸查验协管员岗位 7 个左右"), "口岸协管员一个月工资多少"),
    (quote(GE, "学前教育教师特设岗位不少于 300 个"), "幼师特岗的服务期是几年"),
    (quote(GE, "创业达230人"), "大学生创业能贷多少无息贷款"),
    (quote(GE, "公益性岗位 1160 个左右"), "公益性岗位干满几年可以转正"),
    (quote(GE, "河北省、陕西省企业每年提供岗位 200 个左右"), "去河北企业上班 单位给不给交社保"),
    (quote(GE, "每年提供岗位不少于 50 个"), "新业态岗位要求什么专业"),
    (mi("第二十八条"), "医疗救助一个人一年最多救助多少钱"),
    (art(RP, "第六条"), "对文物保护有贡献的个人一次奖励多少钱"),
    (quote(HP, "自主招聘 94 人"), "医院自主招聘的医生笔试考哪几科"),
    (quote(GE, "乡村振兴专干岗位不少于 16 个"), "乡村振兴专干招聘对年龄有要求吗"),
    (art(RC, "第九条"), "看管员选上以后要公示几天"),
    (quote(RT, "培训种类包括"), "区内外交流学习每年给多少个名额"),
]

NOT_ABOUT = [
    "帮我算算从狮泉河开车到札达要几个小时",
    "藏历新年一般放几天假",
    "糌粑怎么做才香",
    "孩子发烧39度要不要马上去医院",
    "帮我把这句话翻成英文 我爱阿里",
]


def build(t: Tune6Table) -> None:
    for fact_type, gold, terms, question in LOOKUPS:
        t.add(
            "lookup",
            question,
            fact_type=fact_type,
            status="answered",
            gold=[gold],
            answer_contains=terms,
        )
    for gold, terms, status, question in ELIGIBILITY:
        golds = gold if isinstance(gold, list) else [gold]
        t.add("eligibility", question, status=status, gold=golds, answer_contains=terms)
    for related, question in FACT_ABSENT:
        t.add("fact_absent", question, status="out_of_scope", gold=[], related=[related])
    for question in NOT_ABOUT:
        t.add("not_about_documents", question, status="out_of_scope", gold=[])
