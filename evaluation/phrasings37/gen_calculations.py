"""Calculations over all seven calculators: stays (first to fourth admissions; 门士乡, 巴嘎乡 and 曲洛乡
卫生院 and a 社区卫生服务中心; outside the pool in 兰州, 石家庄 and 西宁; 建档立卡; an amount already
paid toward the 6万 cap; bed fees above the cap; a bill under the deductible), maternity at a 二级
hospital and at 磁石乡卫生院, special outpatient illnesses (慢阻肺, 类风湿, 布鲁菌病, dialysis, 冠心病,
再生障碍性贫血 for a 建档立卡 enrolee, 抗排异, 痛风 near the cap), 两病 outpatient (甲类, 乙类, both
diseases, amounts already paid), general outpatient across visits, contributions (age, 低保, 县级
表彰 monks, 残疾, 建档立卡, late payment, the 6:2:2 split), custodian pay and budgets, the road
subsidy, and nine requests missing exactly one input. Amounts in new forms (2.35万, 一万一千一,
４２００块, 3w2, 壹万伍仟, 九千六, 1万2千5, 6.5k, 27,800元, 人民币9600元, 两万零五百, 0.65万, 33k,
一万八千五百, 四万四…). Every sentence was written for this table; figures only from
evaluation.phrasings.reference."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each

CAT = "calculation"

INPATIENT = [
    ("连襟交250 县二级医院今年头回住院 2.35万 能报多少", e.inpatient(250, "二级", "23500")),
    (
        "妹夫120档 在门士乡卫生院今年第一次住院 一万一千一 统筹出多少",
        e.inpatient(120, "乡镇卫生院", "11100"),
    ),
    ("嫂子交60 一级医院今年头一趟住院 ４２００块 医保报多少", e.inpatient(60, "一级", "4200")),
    ("弟媳250档 地区三级医院今年第一次住院 3w2 报销多少钱", e.inpatient(250, "三级", "32000")),
    (
        "表舅交120 今年第二次住院了 县里二级医院 壹万伍仟 这回报多少",
        e.inpatient(120, "二级", "15000", 2),
    ),
    ("堂妹交60 三级医院今年第三回住院 九千六 还能报多少", e.inpatient(60, "三级", "9600", 3)),
    (
        "侄媳妇交250 社区卫生服务中心今年第一次住院 1万2千5 报多少",
        e.inpatient(250, "社区卫生服务中心", "12500"),
    ),
    ("孙女交120 一级医院今年都第四次住院了 6.5k 这次能报多少", e.inpatient(120, "一级", "6500", 4)),
    (
        "外孙交250 在兰州一家三级医院住院 今年头一回 27,800元 报多少",
        e.inpatient(250, "三级", "27800", in_area=False),
    ),
    (
        "干爹交120 去石家庄的二级医院住院 今年第一次 人民币9600元 医保出多少",
        e.inpatient(120, "二级", "9600", in_area=False),
    ),
    (
        "继母是建档立卡户 交250 二级医院今年第一回住院 两万零五百 报多少",
        e.inpatient(250, "二级", "20500", poor=True),
    ),
    (
        "亲家母交60 巴嘎乡卫生院今年头回住院 0.65万 报销多少",
        e.inpatient(60, "乡镇卫生院", "6500"),
    ),
    (
        "姐夫交250 今年统筹已经给他报了五万二 这回三级医院第二次住院 33k 还能报多少",
        e.inpatient(250, "三级", "33000", 2, paid="52000"),
    ),
    ("小叔子交120 一级医院今年第一次住院 只花了一百八 能报多少", e.inpatient(120, "一级", "180")),
    (
        "大姑姐250档 二级医院住了12天 床位费一天75 总共一万八千五百 今年头回住院 报多少",
        e.inpatient(250, "二级", "18500", bed_days=12, bed_fee="75"),
    ),
    (
        "姨奶奶交60 曲洛乡卫生院住了8天 床位一天收30 一共三千六 今年第一次 报多少",
        e.inpatient(60, "乡镇卫生院", "3600", bed_days=8, bed_fee="30"),
    ),
    (
        "继父交120 在西宁三级医院今年第二次住院 四万四 医保给多少",
        e.inpatient(120, "三级", "44000", 2, in_area=False),
    ),
]

MATERNITY = [
    ("表弟媳在县二级医院顺产 一共花了两千七 医保报多少", e.maternity("二级", "2700")),
    ("孙媳妇在磁石乡卫生院生的娃 花了八百八 能报多少", e.maternity("乡镇卫生院", "880")),
]

SPECIAL = [
    (
        "舅公慢阻肺办了门特 交120 这次门诊两千三 报多少",
        e.special(120, "慢性阻塞性肺部疾病", "2300"),
    ),
    ("姨奶奶类风湿门特 交250 门诊一千四百五 统筹给多少", e.special(250, "类风湿性关节炎", "1450")),
    ("护林员大哥布鲁菌病门特 交60 门诊九百 报多少", e.special(60, "布鲁菌病", "900")),
    (
        "电焊工表哥肾衰竭透析走门特 交250 这个月门诊一万二 报多少",
        e.special(250, "慢性肾功能衰竭", "12000"),
    ),
    ("小卖部老板冠心病门特 交120 门诊三千八 能报多少", e.special(120, "冠心病", "3800")),
    (
        "建档立卡的唐卡画师 再生障碍性贫血门特 交250 门诊五千 报多少",
        e.special(250, "再生障碍性贫血", "5000", poor=True),
    ),
    (
        "快递员小哥器官移植后抗排异门特 交60 门诊两千 报多少",
        e.special(60, "器官移植后抗排异", "2000"),
    ),
    (
        "转山向导痛风门特 交250 今年统筹已经报了五万九 这次门诊两千 还能报多少",
        e.special(250, "痛风", "2000", paid="59000"),
    ),
]

TWO = [
    (
        "包工头高血压 一级医院两病门诊拿了五百甲类药 报多少",
        e.two_diseases(["高血压"], "一级", "500"),
    ),
    (
        "厨师糖尿病 三级医院两病门诊 甲类七百 乙类三百 能报多少",
        e.two_diseases(["糖尿病"], "三级", "700", "300"),
    ),
    (
        "村医自己高血压糖尿病都有 在乡卫生院两病门诊开了两千四甲类药 报多少",
        e.two_diseases(["高血压", "糖尿病"], "乡镇卫生院", "2400"),
    ),
    (
        "乡村教师高血压 二级医院两病门诊 只拿了六百乙类药 报多少",
        e.two_diseases(["高血压"], "二级", "0", "600"),
    ),
    (
        "藏毯织工糖尿病 今年两病门诊已经报了一千 这回一级医院又拿了五百甲类药 报多少",
        e.two_diseases(["糖尿病"], "一级", "500", paid="1000"),
    ),
    (
        "驻村干部高血压 今年两病已经报过七百 这次三级医院甲类三百 报多少",
        e.two_diseases(["高血压"], "三级", "300", paid="700"),
    ),
]

GENERAL = [
    ("出租车司机今年头回看普通门诊 两百五 报多少", e.general("250")),
    ("民办幼儿园园长今年普通门诊之前累计六十 这次又花了一百九 报多少", e.general("190", "60")),
    ("亲家公今年第一次普通门诊 一下花了七百五 报多少", e.general("750")),
    ("舅公普通门诊前面已经花了四百 这回又是一百五 报多少", e.general("150", "400")),
    ("侄子普通门诊之前累计花了六百 今天又花了三百 还能报吗", e.general("300", "600")),
]

CONTRIBUTION = [
    ("曾祖母女的 八十一岁 参加居民医保自己掏多少", e.enrol(sex="女", age=81)),
    ("干爹男 六十四岁 想选250档 个人交多少", e.enrol(sex="男", age=64, tier=250)),
    ("继母女 今年刚满六十 参保个人出多少", e.enrol(sex="女", age=60)),
    ("小叔子是低保对象 参加居民医保个人出多少", e.enrol(["低保对象"])),
    ("获县级爱国守法表彰的僧人参保 自己交多少", e.enrol(["僧尼县级表彰"])),
    ("二级残疾的表舅参加居民医保 个人交多少", e.enrol(["重度残疾(一、二级)"])),
    (
        "建档立卡户家的孙女 女 十九岁 参保自己交多少",
        e.enrol(["建档立卡贫困人员"], sex="女", age=19),
    ),
    ("断缴了半年想补缴 各级财政补贴合计八百二 我要交多少", e.late("820")),
    ("人均财政补助两千一 中央拿一千六 自治区地区县各摊多少", e.subsidy_split("2100", "1600")),
]

CUSTODIAN = [
    ("表舅在自治区级野外文保点看管了五个月 工资合计多少", e.custodian("自治区级", 5)),
    ("姐夫守县级野外文物点一整年十二个月 工资一共多少", e.custodian("县级", 12)),
    ("继父看全国重点野外文保单位两个月 能领多少", e.custodian("全国重点", 2)),
    (
        "两处县级三处自治区级野外文保单位 看管人员十个月的经费预算多少",
        e.budget({"县级": 2, "自治区级": 3}, 10),
    ),
    (
        "一处全国重点加一处县级野外文保单位 看管员七个月工资预算列多少",
        e.budget({"全国重点": 1, "县级": 1}, 7),
    ),
]

ROAD = [
    (
        "札达普兰日土革吉这四个县 连着两年拿的四好农村路养护专项补贴加一块是多少万",
        e.road(4, False, 2),
    ),
    ("地区财政加上五个县 一年的养护专项补贴合计多少万", e.road(5, True)),
    ("一个县连续三年拿的养护专项补贴总共多少万", e.road(1, False, 3)),
]

FOLLOW_UPS = [
    ("曾祖母在三级医院今年头回住院 花了一万九 能报多少", e.follow_up("inpatient", ["tier"])),
    ("妹夫交250 今年第一次住院花了一万四 报多少", e.follow_up("inpatient", ["level"])),
    ("嫂子交60 一级医院今年第一次住院 报销能拿多少", e.follow_up("inpatient", ["cost"])),
    ("舅公癫痫门特 门诊花了一千一 能报多少", e.follow_up("special_outpatient", ["tier"])),
    ("表舅高血压两病门诊开了四百甲类药 报多少", e.follow_up("two_diseases", ["level"])),
    (
        "姐夫被聘到古格那样的全国重点野外文保单位做看管 还没说干了多久 工钱合计多少",
        e.follow_up("custodian_pay", ["months"]),
    ),
    ("继父当野外文物看管员干了八个月 工资一共多少", e.follow_up("custodian_pay", ["site_level"])),
    ("连襟男 三十五岁 参加居民医保个人交多少", e.follow_up("contribution", ["tier"])),
    (
        "今年第一次去看普通门诊 帮我算算这回统筹能报多少",
        e.follow_up("general_outpatient", ["cost"]),
    ),
]


def build(t) -> None:
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
