"""Calculations over all seven calculators: stays (first to fifth admissions; 乡镇卫生院 in 门士乡,
香孜乡, 霍尔乡, 盐湖乡 and 社区卫生服务中心; outside the Ngari pool in 石家庄, 太原, 南宁, 贵阳, 兰州,
西宁, 银川, 长沙, 南昌, 福州, 拉萨, 林芝, 成都; 建档立卡; already paid toward the 6万 cap; bed fees
above the cap; bills under the deductible; bills at and above the cap), maternity, special outpatient
illnesses, the 两病, general outpatient across visits, contributions (ages, identities, late payment,
the 6:2:2 split), custodian pay and budgets, the road subsidy, and requests missing exactly one
input. Amounts in new forms (3.6w, 一万九千二, 5万3, ５６００元, 叁万陆仟元, 2w6, 3萬2, ¥18,400, RMB
42000…). Every sentence was written for this table; figures only from evaluation.phrasings.reference."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each
from evaluation.phrasings34.table import Heldout34Table

CAT = "calculation"

INPATIENT = [
    (
        "大舅哥交了250那档 县二级医院今年头一次住院 结账3.6w 统筹那边给报多少",
        e.inpatient(250, "二级", "36000"),
    ),
    (
        "连襟是120档 在地区人民医院三级住院 今年第一回 花了一万九千二 能回来多少",
        e.inpatient(120, "三级", "19200"),
    ),
    (
        "继父交60块那档 门士乡卫生院住了几天 今年头一回 ５６００元 医保出多少",
        e.inpatient(60, "乡镇卫生院", "5600"),
    ),
    (
        "干妈250档 一级医院住院今年第一趟 花费一万零六百元 报销金额是",
        e.inpatient(250, "一级", "10600"),
    ),
    (
        "表舅交120 二级医院 今年第二次住院了 这回3.2万元 报多少",
        e.inpatient(120, "二级", "32000", admission=2),
    ),
    (
        "堂姑交60 三级医院今年第三次进去住 七千二 统筹能给几多",
        e.inpatient(60, "三级", "7200", admission=3),
    ),
    (
        "姨姥姥250档 今年第四回住院 二级医院 2万8 这次给报多少钱",
        e.inpatient(250, "二级", "28000", admission=4),
    ),
    (
        "太爷爷交120档 乡卫生院今年第五次住院 三千七百八十 能报多少",
        e.inpatient(120, "乡镇卫生院", "3780", admission=5),
    ),
    (
        "儿媳妇60档 在石家庄的三级医院住院 今年第一次 花了叁万陆仟元 报多少",
        e.inpatient(60, "三级", "36000", in_area=False),
    ),
    (
        "孙女婿交250 去太原二级医院住院 今年头一回 一共2w6 统筹给多少",
        e.inpatient(250, "二级", "26000", in_area=False),
    ),
    (
        "外孙120档 在南宁一家三级医院住院 今年第一次 3萬2 能报回来多少",
        e.inpatient(120, "三级", "32000", in_area=False),
    ),
    (
        "侄媳妇250 去贵阳住了趟二级医院 今年第二回 ¥18,400 报多少",
        e.inpatient(250, "二级", "18400", admission=2, in_area=False),
    ),
    (
        "表侄交60 兰州一级医院住院 今年头一次 9200.00元 医保给报几多",
        e.inpatient(60, "一级", "9200", in_area=False),
    ),
    (
        "老丈人交120 在西宁三级医院住院 今年第一回 RMB 42000 统筹出多少",
        e.inpatient(120, "三级", "42000", in_area=False),
    ),
    (
        "丈母娘250档 银川二级医院 今年第三次住院 一万四千四 报多少",
        e.inpatient(250, "二级", "14400", admission=3, in_area=False),
    ),
    (
        "后妈120档 去长沙三级医院住院今年头一趟 2.25万 算下报销",
        e.inpatient(120, "三级", "22500", in_area=False),
    ),
    (
        "大姑姐60档 在南昌的二级医院住院 今年第一次 陆仟 报了多少",
        e.inpatient(60, "二级", "6000", in_area=False),
    ),
    (
        "姑爷交250 在福州三级医院住院 今年第一回 26,000 统筹能给多少",
        e.inpatient(250, "三级", "26000", in_area=False),
    ),
    (
        "糌粑铺老板交250 在拉萨的三级医院住了一次 今年头回 七万二千 报多少",
        e.inpatient(250, "三级", "72000", in_area=False),
    ),
    (
        "快递小哥120档 林芝二级医院住院 今年第一趟 0.6万 能报多少",
        e.inpatient(120, "二级", "6000", in_area=False),
    ),
    (
        "出租车司机交60 成都一级医院住了一次院 今年头一回 一万二千五 报销多少",
        e.inpatient(60, "一级", "12500", in_area=False),
    ),
    (
        "牦牛合作社社长建档立卡 交的250 县二级医院今年第一次住院 两万一 报多少",
        e.inpatient(250, "二级", "21000", poor=True),
    ),
    (
        "唐卡画师是建档立卡户 250档 香孜乡卫生院住院 今年第一回 四千块整 能报多少",
        e.inpatient(250, "乡镇卫生院", "4000", poor=True),
    ),
    (
        "护林员建档立卡 250档 去成都三级医院住院 今年头一次 五万 报多少",
        e.inpatient(250, "三级", "50000", poor=True, in_area=False),
    ),
    (
        "草监员交250 今年统筹已经报过五万六了 这次二级医院第二次住院一万二 还能报多少",
        e.inpatient(250, "二级", "12000", admission=2, paid="56000"),
    ),
    (
        "乡村医生120档 今年统筹已付五万八千五 第三次住院三级医院 两万 报多少",
        e.inpatient(120, "三级", "20000", admission=3, paid="58500"),
    ),
    (
        "导游交250 二级医院住了12天 床位费每天75 总共一万八 今年头一回 报多少",
        e.inpatient(250, "二级", "18000", bed_days=12, bed_fee="75"),
    ),
    (
        "甜茶馆伙计交120 霍尔乡卫生院住院8天 床位一天30 总共三千 今年第一次 报多少",
        e.inpatient(120, "乡镇卫生院", "3000", bed_days=8, bed_fee="30"),
    ),
    (
        "保安大叔交60 三级医院住了20天 床位费一天95 总花费两万五 今年头一回 报多少",
        e.inpatient(60, "三级", "25000", bed_days=20, bed_fee="95"),
    ),
    (
        "驾校教练交250 一级医院住院今年第一次 就花了一百八 能报吗报多少",
        e.inpatient(250, "一级", "180"),
    ),
    (
        "建筑小工交60 盐湖乡卫生院住了一晚 今年头回 九十五块 能报多少",
        e.inpatient(60, "乡镇卫生院", "95"),
    ),
    (
        "电焊工交120 三级医院今年第一次住院 花了足足八万 统筹给多少",
        e.inpatient(120, "三级", "80000"),
    ),
    ("矿泉水厂工人交250 二级医院今年第一次住院 十一万 报多少", e.inpatient(250, "二级", "110000")),
    (
        "小卖部阿佳交60 在社区卫生服务中心住院 今年第一次 两千三 医保报多少",
        e.inpatient(60, "社区卫生服务中心", "2300"),
    ),
    (
        "转山的香客是本地参保的 120档 今年第二回住乡卫生院 一千九 报多少",
        e.inpatient(120, "乡镇卫生院", "1900", admission=2),
    ),
    (
        "边防辅警交250 去西宁二级医院住院 今年第四次了 一万五 报多少",
        e.inpatient(250, "二级", "15000", admission=4, in_area=False),
    ),
]

MATERNITY = [
    ("儿媳妇在县二级医院顺产 花了三千四 医保给报多少", e.maternity("二级", "3400")),
    ("侄媳妇在曲洛乡卫生院生的孩子 分娩花了一千六 能报多少", e.maternity("乡镇卫生院", "1600")),
    ("小姨子难产 医生说必须剖 在三级医院一共花了一万一 报多少", e.maternity("三级", "11000")),
]

SPECIAL = [
    (
        "大舅哥交250 门特里慢性肾小球肾炎 这个月门诊花了四千二 报多少",
        e.special(250, "慢性肾小球肾炎", "4200"),
    ),
    (
        "堂姑120档 再生障碍性贫血办了门特 门诊三千 能报多少",
        e.special(120, "再生障碍性贫血", "3000"),
    ),
    ("老丈人60档 冠心病门特 门诊开药一千八 统筹给多少", e.special(60, "冠心病", "1800")),
    ("丈母娘交250 类风湿性关节炎门特 门诊五千五 报多少", e.special(250, "类风湿性关节炎", "5500")),
    ("连襟交120 痛风门特 这次门诊花了两百三 报多少", e.special(120, "痛风", "230")),
    (
        "后妈60档 慢性阻塞性肺部疾病门特 门诊七千 能报几多",
        e.special(60, "慢性阻塞性肺部疾病", "7000"),
    ),
    (
        "干妈建档立卡 250档 布鲁菌病门特 门诊九千 报多少",
        e.special(250, "布鲁菌病", "9000", poor=True),
    ),
    (
        "太爷爷交120 器官移植后抗排异门特 今年统筹已经给了五万七 这次门诊八千 报多少",
        e.special(120, "器官移植后的抗排异反应治疗", "8000", paid="57000"),
    ),
    ("表舅60 先天性心脏病门特 门诊一万 报多少", e.special(60, "先天性心脏病", "10000")),
    ("姑爷交250 过敏性紫癜门特 门诊玖佰 能报多少", e.special(250, "过敏性紫癜", "900")),
]

TWO = [
    (
        "继父高血压 走两病门诊 一级医院开甲类药六百 报多少",
        e.two_diseases(["高血压"], "一级", "600"),
    ),
    (
        "姨姥姥得的糖尿病 走两病门诊 在县二级医院只开了乙类药 一千块 统筹给报多少",
        e.two_diseases(["糖尿病"], "二级", "0", "1000"),
    ),
    (
        "老丈人高血压加糖尿病都有 三级医院两病门诊 甲类一千五 乙类五百 能报多少",
        e.two_diseases(["高血压", "糖尿病"], "三级", "1500", "500"),
    ),
    (
        "丈母娘高血压 乡卫生院两病门诊 甲类药一千三 报多少",
        e.two_diseases(["高血压"], "乡镇卫生院", "1300"),
    ),
    (
        "表侄糖尿病 两病门诊在二级医院 甲类八百 乙类四百 报多少",
        e.two_diseases(["糖尿病"], "二级", "800", "400"),
    ),
    (
        "亲家公高血压两病门诊 今年已经报了七百 这次一级医院甲类三百 还能报多少",
        e.two_diseases(["高血压"], "一级", "300", paid="700"),
    ),
    (
        "干妈糖尿病和高血压两样都有 二级医院两病门诊甲类三千五 报多少",
        e.two_diseases(["高血压", "糖尿病"], "二级", "3500"),
    ),
    ("大姑姐糖尿病 三级医院两病门诊 甲类药两千 报多少", e.two_diseases(["糖尿病"], "三级", "2000")),
]

GENERAL = [
    ("普通门诊今年头一回看病 花了三百五 统筹报多少", e.general("350")),
    ("今年普通门诊之前累计花了二百 这次又花了四百 能报多少", e.general("400", "200")),
    ("今年普通门诊前面已经花过六百 这次看病一百五 还报吗", e.general("150", "600")),
    ("普通门诊今年第一次去 就花了六十块 报多少", e.general("60")),
    ("今年普通门诊之前花过五十 这回花了一百三 报多少", e.general("130", "50")),
    ("普通门诊这回花了九百 今年之前没看过 统筹报多少", e.general("900")),
]

CONTRIBUTION = [
    ("姨姥姥女的 今年六十一 参保个人要交多少", e.enrol(sex="女", age=61)),
    ("太爷爷男 七十 参加居民医保自己还出钱吗", e.enrol(sex="男", age=70)),
    ("继父男的 六十三 选120档 个人交多少", e.enrol(sex="男", age=63, tier=120)),
    ("后妈 女 五十八岁 选250档 个人缴多少", e.enrol(sex="女", age=58, tier=250)),
    ("表侄 男 二十五 选60那档 个人交几多", e.enrol(sex="男", age=25, tier=60)),
    ("邻居家小孩是孤儿 参保个人交多少", e.enrol(["孤儿"])),
    ("堂姑有二级残疾证 参加居民医保个人出多少", e.enrol(["重度残疾(一、二级)"])),
    ("寺里获县级表彰的僧人参保 个人要缴多少钱", e.enrol(["僧尼县级表彰"])),
    ("连襟家建档立卡 他本人参保个人出多少", e.enrol(["建档立卡贫困人员"])),
    (
        "姑爷家又是低保户又是建档立卡 两个身份都占 个人缴多少",
        e.enrol(["低保对象", "建档立卡贫困人员"]),
    ),
    (
        "丈母娘建档立卡 女 今年六十六 参保个人交多少",
        e.enrol(["建档立卡贫困人员"], sex="女", age=66),
    ),
    ("特困供养的五保老人参保 个人出几多钱", e.enrol(["特困供养人员"])),
]

OTHER_CONTRIBUTION = [
    ("断缴后想补缴 各级财政补贴一共六百四 补缴要交多少", e.late("640")),
    ("漏缴了要补 听说财政补助部分是八百 那补缴一共交多少", e.late("800")),
    (
        "财政补助一共两千六 中央出了一千六 剩下的自治区地区县各摊多少",
        e.subsidy_split("2600", "1600"),
    ),
    ("财政补助总额四千 减掉中央的两千五 自治区 地区 县各出多少", e.subsidy_split("4000", "2500")),
]

CUSTODIAN = [
    ("大舅哥在县级野外文物点当看管员 干了七个月 工资总共多少", e.custodian("县级", 7)),
    ("表舅看守自治区级野外文物保护单位 干满一年 工资一共多少", e.custodian("自治区级", 12)),
    ("干爹守全国重点的野外文物点 干了四个月 拿多少工资", e.custodian("全国重点", 4)),
    (
        "连襟看管县级野外点 第五个月出了重大看管事故被解聘 当年补助还剩多少",
        e.custodian("县级", 5, accident=True),
    ),
    ("咱县里有两处县级野外文物保护点 看管人员经费整年得预算多少钱", e.budget({"县级": 2}, 12)),
    (
        "一个自治区级加三个县级野外点 看管员经费算十个月要多少",
        e.budget({"自治区级": 1, "县级": 3}, 10),
    ),
    ("两处全国重点野外文物保护单位 看管员经费五个月多少", e.budget({"全国重点": 2}, 5)),
    (
        "三个自治区级野外点和一个县级野外点 算九个月看管经费",
        e.budget({"自治区级": 3, "县级": 1}, 9),
    ),
]

ROAD = [
    ("两个县的四好农村路养护专项补贴一年一共多少", e.road(2, False)),
    ("五个县加上地区财政那份 养护专项补贴一年合计多少", e.road(5, True)),
    ("七个县一起算 不算地区 养护补贴三年多少", e.road(7, False, 3)),
    ("地区财政自己那一份 连续两年的养护补贴是多少", e.road(0, True, 2)),
    ("六个县加地区 养护专项补贴两年一共多少", e.road(6, True, 2)),
]

FOLLOW_UPS = [
    ("大姑姐在三级医院今年第一次住院 花了一万七 能报多少", e.follow_up("inpatient", ["tier"])),
    ("表舅交250 今年头一回住院 花了两万四 报多少", e.follow_up("inpatient", ["level"])),
    ("丈母娘交60 一级医院今年第一次住院 想算算报销", e.follow_up("inpatient", ["cost"])),
    ("继父慢性肝炎办了门特 这次门诊两千六 报多少", e.follow_up("special_outpatient", ["tier"])),
    ("姨姥姥高血压两病门诊 开了九百甲类药 报多少", e.follow_up("two_diseases", ["level"])),
    ("表侄在自治区级野外点看管文物 工资一共多少", e.follow_up("custodian_pay", ["months"])),
    ("干爹守野外文物干了八个月 工资算下来多少", e.follow_up("custodian_pay", ["site_level"])),
    ("医保断了一年现在补缴 总共要交多少", e.follow_up("contribution", ["fiscal_subsidy"])),
    ("三十五岁的表嫂参加居民医保 自己缴多少", e.follow_up("contribution", ["tier"])),
    ("普通门诊统筹今年能给我报多少 帮我算", e.follow_up("general_outpatient", ["cost"])),
]


def build(t: Heldout34Table) -> None:
    add_each(
        t,
        CAT,
        INPATIENT,
        MATERNITY,
        SPECIAL,
        TWO,
        GENERAL,
        CONTRIBUTION,
        OTHER_CONTRIBUTION,
        CUSTODIAN,
        ROAD,
        FOLLOW_UPS,
    )
