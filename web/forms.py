"""The clerk's calculator forms as data: one field list per calculator, values back to inputs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.calculators.base import CalcError, rules

LEVELS = ["乡镇卫生院", "社区卫生服务中心", "一级", "二级", "三级"]
TIERS = ["60", "120", "250"]


@dataclass(frozen=True)
class Field:
    key: str  # input key; "sites.县级" builds {"sites": {"县级": n}}
    label: str
    kind: str  # radio | dropdown | text | number | check | checks
    choices: tuple[str, ...] = ()
    default: Any = None
    choice_labels: tuple[str, ...] = ()  # what the clerk reads for each choice (else the choice)
    hint: str = ""  # shown in an empty box

    def options(self) -> list[tuple[str, str]]:
        """(label, value) pairs for radios and dropdowns."""
        labels = self.choice_labels or self.choices
        return list(zip(labels, self.choices, strict=True))


def _exclusions() -> tuple[str, ...]:
    table = rules()["exclusions"]
    return ("", *(e["name"] for e in table["items"]), table["non_chosen_hospital"]["name"])


def _diseases() -> tuple[str, ...]:
    return tuple(d["name"] for d in rules()["special_outpatient"]["diseases"])


def forms() -> dict[str, list[Field]]:
    identities = tuple(rules()["contribution"]["identities"])
    return {
        "inpatient": [
            Field("tier", "缴费档次（元）", "radio", tuple(TIERS)),
            Field("level", "医疗机构级别", "dropdown", tuple(LEVELS)),
            Field("cost", "政策范围内（合规）医疗费用（元）", "text"),
            Field("admission", "本年度第几次住院", "number", default=1),
            Field("in_area", "在阿里统筹区内就医", "check", default=True),
            Field("poor", "建档立卡贫困人员", "check", default=False),
            Field("already_paid", "本年度住院和门诊特殊病已由基金支付（元）", "text", default="0"),
            Field("bed_days", "住院天数（核算床位费时填）", "number", hint="不核算床位费可不填"),
            Field("bed_fee", "实际床位费（元/天）", "text"),
            Field("observation_cost", "入院前7天内急诊留观费用（元）", "text"),
            Field("maternity", "孕产妇分娩", "check", default=False),
            Field("newborn_rescue", "新生儿抢救", "check", default=False),
            Field(
                "excluded",
                "属于第三十条不予支付的情形",
                "dropdown",
                _exclusions(),
                "",
                ("不属于这些情形", *_exclusions()[1:]),
            ),
        ],
        "special_outpatient": [
            Field("tier", "缴费档次（元）", "radio", tuple(TIERS)),
            Field("disease", "病种（第二十四条所列）", "dropdown", _diseases()),
            Field("bp_150_95", "高血压：血压持续达到150/95mmHg", "check", default=False),
            Field("cost", "合规医疗费用（元）", "text"),
            Field("poor", "建档立卡贫困人员", "check", default=False),
            Field("already_paid", "本年度住院和门诊特殊病已由基金支付（元）", "text", default="0"),
        ],
        "two_diseases": [
            Field("diseases", "病种", "checks", ("高血压", "糖尿病")),
            Field("level", "医疗机构级别", "dropdown", tuple(LEVELS)),
            Field("class_a", "甲类药品费用（元）", "text", default="0"),
            Field("class_b", "乙类药品费用（元）", "text", default="0"),
            Field("already_paid", "本年度“两病”已支付（元）", "text", default="0"),
        ],
        "general_outpatient": [
            Field("cost", "本次普通门诊合规费用（元）", "text"),
            Field("prior_cost", "本年度此前普通门诊费用累计（元）", "text", default="0"),
        ],
        "contribution": [
            Field(
                "mode",
                "计算什么",
                "radio",
                ("enrol", "late", "split"),
                "enrol",
                ("个人缴费（按身份、年龄）", "补缴金额", "财政补助分担"),
            ),
            Field("identities", "参保身份（可多选）", "checks", identities),
            Field("sex", "性别", "radio", ("男", "女")),
            Field("age", "参保时年龄", "number", hint="例如 58"),
            Field("tier", "普通居民选择的档次（元）", "radio", tuple(TIERS)),
            Field("fiscal_subsidy", "补缴：当年各级财政补助合计（元）", "text"),
            Field("payment_month", "补缴月份（1-12）", "number", hint="例如 3"),
            Field("total_subsidy", "分担：财政补助总额（元）", "text"),
            Field("central_subsidy", "分担：其中中央财政补助（元）", "text"),
        ],
        "custodian_pay": [
            Field(
                "mode",
                "计算什么",
                "radio",
                ("person", "budget"),
                "person",
                ("一名看管员的工资", "全县看管经费预算"),
            ),
            Field(
                "site_level",
                "个人：看管单位级别",
                "radio",
                ("县级", "自治区级", "全国重点"),
                "县级",
            ),
            Field("months", "月数", "number", default=12),
            Field("sites.县级", "预算：县级单位处数", "number", default=0),
            Field("sites.自治区级", "预算：自治区级单位处数", "number", default=0),
            Field("sites.全国重点", "预算：全国重点单位处数", "number", default=0),
            Field("accident", "发生重大看管事故", "check", default=False),
            Field("log_untruthful", "未如实填写巡逻日志", "check", default=False),
            Field("deduction", "县里确定的扣除金额（元）", "text"),
        ],
        "road_subsidy": [
            Field("counties", "县的个数", "number", default=7),
            Field("prefecture", "含地区财政", "check", default=True),
            Field("years", "年数", "number", default=1),
        ],
    }


def read_numbers(fields: list[Field], values: list[Any]) -> list[Any]:
    """Every number box read exactly against the one field schema (assistant/fields.py).

    Number boxes are text boxes, so nothing is rounded or dropped before this reads them:
    blank is "not given"; "2.5" for a count, or a value outside the field's bounds, raises a
    CalcError naming the box by its label and saying what is allowed.
    """
    from assistant.fields import read_count

    values = list(values)
    for i, field in enumerate(fields):
        if field.kind != "number" or values[i] is None:
            continue
        if isinstance(values[i], str) and not values[i].strip():
            values[i] = None
            continue
        try:
            values[i] = read_count(field.key.split(".", 1)[0], values[i], field.label)
        except CalcError as error:  # named by this box ("sites.自治区级"), not its group
            raise CalcError(field.key, error.message) from None
    return values


def collect(fields: list[Field], values: list[Any]) -> dict[str, Any]:
    """Form values (numbers already read) to calculator inputs: blanks are left out, so the
    calculator can ask for them."""
    inputs: dict[str, Any] = {}
    for field, value in zip(fields, values, strict=True):
        if value is None or value == "" or value == []:
            continue
        if field.key in ("tier",) and isinstance(value, str):
            value = int(value)
        if "." in field.key:
            group, name = field.key.split(".", 1)
            if value:
                inputs.setdefault(group, {})[name] = value
            continue
        inputs[field.key] = value
    if inputs.get("mode") == "person":
        inputs.pop("sites", None)
    if inputs.get("mode") == "budget":
        inputs.pop("site_level", None)
    return inputs
