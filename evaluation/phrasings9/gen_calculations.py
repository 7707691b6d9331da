"""Calculation rows typed on a phone: 我爸/我妈/闺女/阿舅, amounts as 1.5W/两万五/8千/3万块/
15k/１２０００/4千2, every calculator, outside the Ngari pool, 建档立卡, bed fees, the 6万 cap
after earlier payments, missing inputs. Expected figures only from
evaluation.phrasings.reference, through evaluation.phrasings.expect."""

from __future__ import annotations

from evaluation.phrasings import expect as e
from evaluation.phrasings.builders import add_each
from evaluation.phrasings9.table import Tune9Table

CAT = "calculation"

# (question, expectation)
ROWS = [
    ("我爸交的120 县医院二级 今年头一回住院 花了1.5W 报多少", e.inpatient(120, "二级", "15000")),
    ("我妈250档 地区人民医院三级 第一次住 两万五 能报多少钱", e.inpatient(250, "三级", "25000")),
    ("老公60档 乡卫生院头回住院 8千 报销多少", e.inpatient(60, "乡镇卫生院", "8000")),
    ("闺女120档 一级医院今年第二回住院 3万块 报多少", e.inpatient(120, "一级", "30000", 2)),
    ("我叔250档 二级医院今年第三次住院了 1万5 医保给多少", e.inpatient(250, "二级", "15000", 3)),
    ("60档在三级医院 头一次住院 花了１２０００ 能报多少", e.inpatient(60, "三级", "12000")),
    (
        "普兰县的 交120 在拉萨三级医院第一次住院 15k 报多少",
        e.inpatient(120, "三级", "15000", in_area=False),
    ),
    (
        "建档立卡户 250档 一级医院头次住院 一万五 报多少",
        e.inpatient(250, "一级", "15000", poor=True),
    ),
    (
        "今年已经报过5万8了 250档 三级医院第二次住院 2w 还能报多少",
        e.inpatient(250, "三级", "20000", 2, paid="58000"),
    ),
    (
        "二级医院住了10天 床位费一天80 交250 第一次住 总共1万 报多少",
        e.inpatient(250, "二级", "10000", bed_days=10, bed_fee="80"),
    ),
    ("阿爸120档 乡镇卫生院第一回住院 才花了90块 报多少", e.inpatient(120, "乡镇卫生院", "90")),
    (
        "我媳妇250 社区卫生服务中心住院 头一次 4千2 报多少",
        e.inpatient(250, "社区卫生服务中心", "4200"),
    ),
    ("媳妇在县医院二级顺产 合规费用三千八 能报多少", e.maternity("二级", "3800")),
    ("闺女在地区医院三级生孩子 花了1万2 报多少", e.maternity("三级", "12000")),
    ("我爸尿毒症门诊透析 250档 这个月8千 报多少", e.special(250, "慢性肾功能衰竭", "8000")),
    ("我妈冠心病办了门特 60档 门诊花了3千5 报多少", e.special(60, "冠心病", "3500")),
    (
        "建档立卡 250档 癫痫门特 门诊开药两千 报多少",
        e.special(250, "癫痫", "2000", poor=True),
    ),
    (
        "我奶奶糖尿病 两病门诊 一级医院 甲类药一千五 报多少",
        e.two_diseases(["糖尿病"], "一级", "1500"),
    ),
    (
        "高血压两病 三级医院 甲类600 乙类400 报多少",
        e.two_diseases(["高血压"], "三级", "600", "400"),
    ),
    ("普通门诊今年第一次看 花了两百五 报多少", e.general("250")),
    ("普通门诊今年之前累计花了400 今天又花了300 还能报多少", e.general("300", "400")),
    ("我奶奶63了 参保还交钱不", e.enrol(sex="女", age=63)),
    ("我爷爷今年63 想交250档 自个儿出多少", e.enrol(sex="男", age=63, tier=250)),
    ("一级残疾的 居民医保个人要出钱不", e.enrol(["重度残疾(一、二级)"])),
    ("县级爱国守法先进的僧人 参保自个儿交几块", e.enrol(["僧尼县级表彰"])),
    ("断缴好几年了 今年各级财政补助加起来580 补缴一个人多少", e.late("580")),
    ("财政补助总共650 中央给了350 地区得出多少", e.subsidy_split("650", "350")),
    ("我在国保单位当看管员 干了7个月 一共多少工资", e.custodian("全国重点", 7)),
    ("阿舅在自治区级文保点看了8个月 工资合计多少", e.custodian("自治区级", 8)),
    (
        "县里2处县级加1处自治区级野外文保点 看管员半年工资预算多少",
        e.budget({"县级": 2, "自治区级": 1}, 6),
    ),
    ("日土革吉措勤三个县 养护专项补贴一年多少万", e.road(3, False)),
    ("噶尔札达两县加上地区 两年的养护补贴一共多少万", e.road(2, True, 2)),
    ("我爸住院了 250档 头一回 花了2万 报多少", e.follow_up("inpatient", ["level"])),
    ("县医院二级 第一次住院 花了8千 能报多少", e.follow_up("inpatient", ["tier"])),
    ("交120的 住三级医院今年头一趟 帮我算算报多少", e.follow_up("inpatient", ["cost"])),
]


def build(t: Tune9Table) -> None:
    add_each(t, CAT, ROWS)
