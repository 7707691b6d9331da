"""The one question to ask for each missing input, with quick-reply choices where few."""

from __future__ import annotations

from assistant.calculators.base import field_name

QUESTIONS: dict[str, tuple[str, list[str]]] = {
    "tier": ("您（或家人）参保时选择的是哪个缴费档次？", ["60元档", "120元档", "250元档"]),
    "level": (
        "在哪一级定点医疗机构？",
        ["乡镇卫生院", "社区卫生服务中心", "一级医院", "二级医院", "三级医院"],
    ),
    "cost": ("符合医保支付范围的医疗费用（合规费用）是多少元？", []),
    "disease": ("是哪一种门诊特殊病？（第二十四条所列30种之一，如冠心病、慢性肾功能衰竭）", []),
    "bp_150_95": ("血压是否持续在150/95mmHg以上？", ["是", "否"]),
    "diseases": ("是高血压、糖尿病，还是两种都有？", ["高血压", "糖尿病", "两种都有"]),
    "class_a": ("甲类、乙类药品各多少元？", []),
    "class_b": ("其中乙类药品多少元？（乙类药品个人先自付10%，没有乙类请回答0）", ["0"]),
    "sex": ("参保人是男性还是女性？", ["男", "女"]),
    "honour_level": ("所获表彰是哪一级的？", ["自治区级", "地区级", "县级"]),
    "identities": (
        "参保人属于哪类人员？",
        ["建档立卡贫困人员", "低保对象", "重度残疾(一、二级)", "特困供养人员", "孤儿"],
    ),
    "fiscal_subsidy": ("当年各级财政补助合计是多少元？（办法未写明，需按当年标准）", []),
    "total_subsidy": ("财政补助总额是多少元？", []),
    "central_subsidy": ("其中中央财政补助是多少元？", []),
    "site_level": ("看管的是哪一级文物保护单位？", ["县级", "自治区级", "全国重点"]),
    "sites": ("各级野外文物保护单位各有几处？（如 县级3处、自治区级2处）", []),
    "months": ("按几个月计算？", ["12个月", "6个月"]),
    "bed_days": ("住院多少天？", []),
    "bed_fee": ("实际床位费每天多少元？", []),
}


def follow_up(missing: list[str]) -> dict[str, object]:
    """{"missing", "question", "choices"} asking for exactly these inputs."""
    questions = [QUESTIONS.get(key, (f"请提供：{field_name(key)}。", []))[0] for key in missing]
    choices = QUESTIONS[missing[0]][1] if len(missing) == 1 and missing[0] in QUESTIONS else []
    lead = "还需要知道以下信息才能算准：" if len(missing) > 1 else "还需要一个信息才能算准："
    return {"missing": missing, "question": lead + "".join(questions), "choices": choices}
