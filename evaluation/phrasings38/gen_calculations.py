"""Calculations over all seven calculators: stays (first to fourth admissions; 乡镇卫生院 in 门士乡,
巴嘎乡, 霍尔乡, 多玛乡, 盐湖乡 and a 社区卫生服务中心; outside the Ngari pool in 西宁, 兰州, 银川, 贵阳,
南宁, 太原, 石家庄, 福州, 天津; 建档立卡; already paid toward the 6万 cap; bed fees above the cap; a bill
under the deductible; a bill above the cap), maternity, special outpatient illnesses, the 两病,
general outpatient across visits, contributions (ages, identities, late payment, the 6:2:2 split),
custodian pay and budgets, the road subsidy, and requests missing exactly one input. Amounts in new
forms (1.25w, 两万零九百, ３６００元, 壹万陆仟元, 2w3, 3萬8, ¥31,200, RMB 27500, 26,400, 0.65万…).
Every sentence was written for this table; figures only from evaluation.phrasings.reference."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each
from evaluation.phrasings38.table import Heldout38Table

CAT = "calculation"

INPATIENT = [
    (
        "连襟交的250档 县二级医院今年头一回住院 结账1.25w 统筹给报多少",
        e.inpatient(250, "二级", "12500"),
    ),
    (
        "小叔子120那档 地区人民医院三级 今年第一回住院花了两万零九百 能报多少",
        e.inpatient(120, "三级", "20900"),
    ),
    (
        "继母交60块的档 在门士乡卫生院住了几天 今年头次 ３６００元 医保出多少",
        e.inpatient(60, "乡镇卫生院", "3600"),
    ),
    (
        "表舅250档 一级医院今年第一次住院 花掉一万三千五 给报多少",
        e.inpatient(250, "一级", "13500"),
    ),
    (
        "堂姑交120 去西宁一家二级医院住院 今年头一回 2.9万元 回阿里能报多少",
        e.inpatient(120, "二级", "29000", in_area=False),
    ),
    (
        "姨奶奶60档 在兰州住了一级医院 今年第一次 七千二 医保报多少",
        e.inpatient(60, "一级", "7200", in_area=False),
    ),
    (
        "干爹交250 在银川三级医院开刀 今年首回住院 花了4万2 统筹出多少",
        e.inpatient(250, "三级", "42000", in_area=False),
    ),
    (
        "外孙女120档 巴嘎乡卫生院今年第二次住院 三千八百五 报多少钱",
        e.inpatient(120, "乡镇卫生院", "3850", admission=2),
    ),
    (
        "护林员老丈人交250 二级医院今年第三回住进去 壹万陆仟元 统筹报多少",
        e.inpatient(250, "二级", "16000", admission=3),
    ),
    (
        "村医的亲家母60档 三级医院今年都第四次住院了 这次2w3 能报多少",
        e.inpatient(60, "三级", "23000", admission=4),
    ),
    (
        "唐卡画师交120 在贵阳三级医院 今年第二回住院 3萬8 医保报销多少",
        e.inpatient(120, "三级", "38000", admission=2, in_area=False),
    ),
    (
        "开小卖部的孙媳妇250档 南宁二级医院住院 今年头一次 ¥31,200 医保给多少",
        e.inpatient(250, "二级", "31200", in_area=False),
    ),
    (
        "环卫工舅公交60 县二级医院今年第一次住院 19600.00元 能报多少",
        e.inpatient(60, "二级", "19600"),
    ),
    (
        "建档立卡的堂弟媳交250 三级医院今年第一次住院 RMB 27500 报多少",
        e.inpatient(250, "三级", "27500", poor=True),
    ),
    (
        "建档立卡户表侄120档 在太原一级医院住院 今年头回 一万九千二 报多少",
        e.inpatient(120, "一级", "19200", in_area=False, poor=True),
    ),
    (
        "裁缝姑表哥250档 社区卫生服务中心住院今年第一次 1.45万 统筹给多少",
        e.inpatient(250, "社区卫生服务中心", "14500"),
    ),
    (
        "泥瓦匠交120 霍尔乡卫生院今年第一回住院 只花了九十块 能报多少",
        e.inpatient(120, "乡镇卫生院", "90"),
    ),
    (
        "石匠亲家公250档 今年统筹已经报了五万四 这回三级医院第二次住院26,400 报多少",
        e.inpatient(250, "三级", "26400", admission=2, paid="54000"),
    ),
    (
        "藏香师傅交250 二级医院今年头回住院 一下花了七万四千 医保给多少",
        e.inpatient(250, "二级", "74000"),
    ),
    (
        "快递小哥120档 二级医院住了12天 床位费一天75 今年第一次住院 总共两万一千五 报多少",
        e.inpatient(120, "二级", "21500", bed_days=12, bed_fee="75"),
    ),
    (
        "修鞋师傅交60 多玛乡卫生院住了8天 床位费每天30 今年头一回 花了陆仟 能报多少",
        e.inpatient(60, "乡镇卫生院", "6000", bed_days=8, bed_fee="30"),
    ),
    (
        "驾校教练交250 在石家庄二级医院 今年第三次住院 四万八 报多少",
        e.inpatient(250, "二级", "48000", admission=3, in_area=False),
    ),
]

MATERNITY = [
    (
        "小叔子媳妇在盐湖乡卫生院顺产 住院花了0.65万 能报多少",
        e.maternity("乡镇卫生院", "6500"),
    ),
    (
        "外甥媳妇胎位不正医生要求剖宫产 在三级医院生的 一万零六百 医保报多少",
        e.maternity("三级", "10600"),
    ),
]

SPECIAL = [
    (
        "干妈交250 慢性肾功能衰竭透析门特 这回门诊八千块整 能报多少",
        e.special(250, "慢性肾功能衰竭", "8000"),
    ),
    (
        "连襟120档 类风湿性关节炎门特 门诊花了一千七 报多少",
        e.special(120, "类风湿性关节炎", "1700"),
    ),
    ("姨奶奶交60 痛风门特 门诊三千四 统筹给多少", e.special(60, "痛风", "3400")),
    ("表舅250 冠心病门诊特殊病 这次两千九 报多少", e.special(250, "冠心病", "2900")),
    ("继母120档 再生障碍性贫血门特 门诊四千二 能报多少", e.special(120, "再生障碍性贫血", "4200")),
    (
        "建档立卡的老丈人交250 慢性阻塞性肺部疾病门特 门诊五千 报多少",
        e.special(250, "慢性阻塞性肺部疾病", "5000", poor=True),
    ),
    ("布鲁菌病门特 舅公交60 这回门诊两千二 能报多少", e.special(60, "布鲁菌病", "2200")),
    (
        "亲家母250档 今年统筹已经给报了五万六 这次白血病化疗门特又花了九千 报多少",
        e.special(250, "恶性肿瘤", "9000", paid="56000"),
    ),
]

TWO = [
    (
        "外婆高血压两病门诊 巴嘎乡卫生院开了四百三甲类药 能报多少",
        e.two_diseases(["高血压"], "乡镇卫生院", "430"),
    ),
    ("舅公糖尿病两病 三级医院开了一千一甲类药 报多少", e.two_diseases(["糖尿病"], "三级", "1100")),
    (
        "姨父高血压两病门诊 二级医院开的全是乙类药 五百 报多少",
        e.two_diseases(["高血压"], "二级", "0", "500"),
    ),
    (
        "表姑糖尿病两病 一级医院甲类七百 乙类四百 能报多少",
        e.two_diseases(["糖尿病"], "一级", "700", "400"),
    ),
    (
        "老丈人高血压加糖尿病两病都有 三级医院开了甲类三千六 报多少",
        e.two_diseases(["高血压", "糖尿病"], "三级", "3600"),
    ),
    (
        "干爹高血压两病 今年已经报过七百五 这回一级医院甲类三百 还能报多少",
        e.two_diseases(["高血压"], "一级", "300", paid="750"),
    ),
]

GENERAL = [
    ("普通门诊今年第一次去 花了一百三 能报几块", e.general("130")),
    ("普通门诊今年头回就花了六百八 统筹出多少", e.general("680")),
    ("普通门诊之前累计花了六十 这次又看了一百九 报多少", e.general("190", "60")),
    (
        "继母今年看普通门诊前后已经累计两百块 这回在卫生院又花掉二百五 统筹还给多少",
        e.general("250", "200"),
    ),
    ("今年普通门诊已经累计花了四百八 这次再花一百二 还报吗 报多少", e.general("120", "480")),
]

CONTRIBUTION = [
    ("姨奶奶 女 今年六十一 参加居民医保个人要交多少", e.enrol(sex="女", age=61)),
    ("舅公 男 六十八岁 参保自己掏多少 其余谁出", e.enrol(sex="男", age=68)),
    ("大姑姐 女 五十八 打算交120那档 自己出多少", e.enrol(sex="女", age=58, tier=120)),
    ("连襟 男 六十三岁 选250档 个人交多少", e.enrol(sex="男", age=63, tier=250)),
    ("获自治区级爱国守法先进称号的僧人参保 个人要交多少", e.enrol(["僧尼自治区级表彰"])),
    ("县级和谐模范寺庙的在编尼姑参保 自己缴多少 财政补多少", e.enrol(["僧尼县级表彰"])),
    (
        "建档立卡户的外孙女同时是二级残疾 参保个人交多少",
        e.enrol(["建档立卡贫困人员", "重度残疾(一、二级)"]),
    ),
    ("断缴了现在补缴 各级财政补贴合计640 个人一共要补多少", e.late("640")),
    (
        "人均财政补助一共4500 中央拿了2500 剩下的自治区地区县各出多少",
        e.subsidy_split("4500", "2500"),
    ),
]

CUSTODIAN = [
    (
        "表侄在日土一处县级野外文物保护单位当看管员 前后守满十个月 工资加起来多少",
        e.custodian("县级", 10),
    ),
    ("小叔子守自治区级野外文物保护单位 干满五个月 拿多少", e.custodian("自治区级", 5)),
    ("全国重点野外文物点的看管员干了七个月 工资合计多少", e.custodian("全国重点", 7)),
    (
        "县级野外点的看管员第六个月出了重大看管事故被解聘 当年补助还剩多少",
        e.custodian("县级", 6, accident=True),
    ),
    (
        "2处县级和1处全国重点野外文物保护单位 看管员十二个月的经费一共要预算多少",
        e.budget({"县级": 2, "全国重点": 1}, 12),
    ),
    (
        "3处自治区级野外文物点 看管人员九个月的经费预算多少",
        e.budget({"自治区级": 3}, 9),
    ),
]

ROAD = [
    ("普兰札达日土革吉这四个县 每年四好农村路养护专项补贴加在一起是多少", e.road(4, False)),
    ("七个县加上地区财政那一份 养护补贴两年总共多少", e.road(7, True, 2)),
    ("两个县再加地区财政 一年的养护专项补贴多少", e.road(2, True)),
]

# one input missing: the assistant must ask for exactly that input
FOLLOW_UPS = [
    (
        "大姑姐在狮泉河的三级医院住了今年第一次院 出院单上一万六 请帮忙算算能退多少",
        e.follow_up("inpatient", ["tier"]),
    ),
    ("连襟交250 今年头一回住院花了九千 报多少", e.follow_up("inpatient", ["level"])),
    (
        "继母交的120档 今年头一回住进一级医院 出院还没拿到总账 先帮我算能报多少",
        e.follow_up("inpatient", ["cost"]),
    ),
    ("舅公痛风门特 这回门诊花了一千四 能报多少", e.follow_up("special_outpatient", ["tier"])),
    ("表姑高血压两病门诊 开了三百甲类药 能报多少", e.follow_up("two_diseases", ["level"])),
    ("外甥守自治区级野外文物点 工资一共拿多少", e.follow_up("custodian_pay", ["months"])),
    (
        "姑表哥给野外文物点当了八个月看管员 不知道那是哪一级的点 工资能拿多少",
        e.follow_up("custodian_pay", ["site_level"]),
    ),
    ("五十岁的小叔子参加居民医保 个人交多少钱", e.follow_up("contribution", ["tier"])),
    ("补缴居民医保的话个人一共要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
]


def build(t: Heldout38Table) -> None:
    add_each(
        t,
        CAT,
        INPATIENT,
        MATERNITY,
        SPECIAL,
        TWO,
        GENERAL,
        CONTRIBUTION,
        CUSTODIAN,
        ROAD,
        FOLLOW_UPS,
    )
