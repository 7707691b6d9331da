"""An English visitor's answer, said in English from the answer's own structure.

There is no translation model on the machine, so nothing is translated freely: what is said in
English is what the response holds as data — its status (answered, computed, not in the
gazette, a question back), the figures of a calculation and of the rule's lead sentence, a
yes or no that opens a verdict, the follow-up's question (`data/english_fields.tsv`) and the
articles cited, named in English (`data/english_documents.tsv`). The Chinese answer follows
whole, so every figure and quote is still the clause its claim names.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from assistant.citations import Citation
from assistant.response import Response
from corpus.datafiles import read_table
from corpus.numerals import cn_to_int
from corpus.parser import document_id

DATA = Path(__file__).parent / "data"

CALC_TITLES = {
    "inpatient": "Hospital stay reimbursement",
    "special_outpatient": "Special outpatient disease reimbursement",
    "two_diseases": "Hypertension/diabetes outpatient drug reimbursement",
    "general_outpatient": "Ordinary outpatient reimbursement",
    "contribution": "Enrolment contribution",
    "custodian_pay": "Field relic custodians' pay",
    "road_subsidy": "'Four Good Rural Roads' maintenance subsidy",
}
# the English of presentation.RESULT_NAMES, key by key
RESULT_NAMES = {
    "payment": "paid by the insurance fund",
    "deductible": "deductible",
    "self_pay": "paid by the patient",
    "uncapped_payment": "before the annual cap",
    "bed_fee_excess": "bed fee above the standard (patient pays)",
    "class_b_self_pay": "Class B drugs paid first by the patient",
    "total": "total personal contributions",
    "individual": "personal contribution",
    "paid_for_them": "paid on their behalf",
    "paid_for_household": "paid on the household's behalf",
    "zizhiqu_share": "of which the autonomous region",
    "diqu_share": "of which the prefecture",
    "county_share": "of which the county",
    "zizhiqu": "borne by the autonomous region",
    "diqu": "borne by the prefecture",
    "county": "borne by the county",
    "pay": "pay due",
    "budget": "pay budget",
    "custodians": "custodians needed",
    "total_wan": "total subsidy (in ten thousand yuan)",
}
# what a result is counted in when it is not yuan (presentation.RESULT_UNITS in English)
RESULT_UNITS = {"total_wan": "× ten thousand yuan", "custodians": "persons"}
# units of the figures in a Chinese sentence, in English (longest first)
UNITS = (
    ("万元", "× ten thousand yuan"),
    ("元/床日", "yuan per bed-day"),
    ("元", "yuan"),
    ("%", "%"),
    ("周岁", "years of age"),
    ("岁", "years of age"),
    ("个月", "months"),
    ("天", "days"),
    ("年", "years"),
    ("人", "people"),
    ("名", "people"),
    ("处", "sites"),
    ("个", ""),
    ("次", "times"),
    ("分", "points"),
    ("亩", "mu"),
    ("平方米", "square metres"),
    ("㎡", "square metres"),
    ("公里", "km"),
    ("种", "kinds"),
    ("项", "items"),
)
FIGURE = re.compile(
    # a date (10月1日), a year (2020年), or a figure or a range of them with its unit (25-50岁)
    r"(?<![\d.])(?:(?P<month>\d{1,2})月(?P<day>\d{1,2})日|(?P<year>(?:19|20)\d{2})年"
    r"|(?P<low>\d+(?:\.\d+)?)\s*(?:[-—–~至到]\s*)?(?P<high>(?<=[-—–~至到\s])\d+(?:\.\d+)?)?\s*"
    r"(?P<unit>" + "|".join(re.escape(u) for u, _ in UNITS) + "))"
)
# (spelt out: the locale's month names would follow the server's settings)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# how a verdict opens: its yes or no
NO = re.compile(r"^(不能|不可以|不属于|不是|不需要|不用|不会|没有|不算|不符合|不得|不予|不|无)")
YES = re.compile(r"^(可以|能|属于|是|需要|要|会|有|算|符合|应当|必须)")
DEPENDS = re.compile(r"^(要看|看|视|取决于)")
MARKER = re.compile(r"\[\d+\]")


@lru_cache(maxsize=1)
def _document_titles() -> dict[str, str]:
    return dict(read_table(DATA / "english_documents.tsv"))


@lru_cache(maxsize=1)
def field_questions() -> dict[str, str]:
    """The follow-up question of each field, in English."""
    return dict(read_table(DATA / "english_fields.tsv"))


def document_title(chinese: str) -> str:
    return _document_titles().get(document_id(chinese), chinese)


def _numeral(text: str) -> str:
    return str(cn_to_int(text)) if not text.isdigit() else text


def label(article: str, clause: str = "") -> str:
    """第二十二条（一） → Article 22(1); 五、（四） → Section 5(4); 第3项 → item 3."""
    bracket = r"（([一二三四五六七八九十\d]+)）"
    m = re.fullmatch(r"第([一二三四五六七八九十百零\d]+)条", article)
    if m:
        head = f"Article {_numeral(m.group(1))}"
    else:
        m = re.fullmatch(r"([一二三四五六七八九十]+)、(.*)", article)
        if m:
            head = f"Section {_numeral(m.group(1))}"
            clause = m.group(2) + clause
        else:
            m = re.fullmatch(r"第(\d+)项", article)
            head = f"item {m.group(1)}" if m else article
    clause = re.sub(bracket, lambda c: f"({_numeral(c.group(1))})", clause)
    clause = re.sub(
        r"第([一二三四五六七八九十\d]+)款", lambda c: f" paragraph {_numeral(c.group(1))}", clause
    )
    return f"{head}{clause}".strip()


def cited(citation: Citation) -> str:
    return f"{label(citation.article, citation.clause)} of the {document_title(citation.doc_title)}"


def _where(step_citation: str) -> str:
    """ "《…》第二十二条（一）" → "Article 22(1), <English title>"."""
    m = re.fullmatch(r"《(.+?)》(.+)", step_citation.strip())
    if not m:
        return step_citation
    rest = m.group(2)
    article = re.match(r"第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、|第\d+项", rest)
    if not article:
        return f"{rest}, {document_title(m.group(1))}"
    return f"{label(article.group(0), rest[article.end() :])}, {document_title(m.group(1))}"


# the case a figure of a rule is for, said before it in its piece ("县级…每人每月工资1200元"),
# in English: the level of a site or a hospital, the tier
FIGURE_CASES = (
    ("自治区级及以上", "region-level and higher sites"),
    ("自治区级", "region-level sites"),
    ("县级", "county-level sites"),
    ("乡镇卫生院", "township health centres"),
    ("一级以下", "level-1 and lower hospitals"),
    ("三级", "level-3 hospitals"),
    ("二级", "level-2 hospitals"),
    ("一级", "level-1 hospitals"),
)


def _case_of(text: str, start: int, at: int) -> str:
    """The cases said before a figure since the one before it, within its piece of the sentence,
    in English ("一级、二级200元": both levels)."""
    piece = re.split(r"[，,；;。：:]", text[start:at])[-1]
    cases = re.compile("|".join(zh for zh, _ in FIGURE_CASES))  # (longest first at one place)
    said = dict.fromkeys(dict(FIGURE_CASES)[m.group(0)] for m in cases.finditer(piece))
    return ", ".join(said)


def figures(text: str) -> list[str]:
    """The figures of a Chinese sentence with their units in English, in order, once each; when
    several are said, each with the case it is for ("1200 yuan (county-level sites)")."""
    said: list[str] = []
    found = list(FIGURE.finditer(text))
    cases = [_case_of(text, found[n - 1].end() if n else 0, m.start()) for n, m in enumerate(found)]
    labelled = len(set(cases)) > 1 and all(cases)
    for m, case in zip(FIGURE.finditer(text), cases, strict=True):
        if m.group("month"):
            month = int(m.group("month"))
            shown = f"{int(m.group('day'))} {MONTHS[month - 1]}" if 1 <= month <= 12 else ""
        elif m.group("year"):
            shown = m.group("year")
        else:
            unit = dict(UNITS)[m.group("unit")]
            ends = [e for e in (m.group("low"), m.group("high")) if e]
            if m.group("unit") == "万元":  # "6万元" is 60,000 yuan to an English reader
                ends, unit = [f"{Decimal(e) * 10000:,.0f}" for e in ends], "yuan"
            figure = "–".join(ends)
            shown = f"{figure}%" if unit == "%" else f"{figure} {unit}".strip()
            if labelled:
                shown = f"{shown} ({case})"
        if shown and shown not in said:
            said.append(shown)
    return said


def _opening(lead: str) -> str:
    lead = lead.lstrip("（(")
    if NO.match(lead):
        return "No."
    if DEPENDS.match(lead):
        return "It depends."
    if YES.match(lead):
        return "Yes."
    return ""


# the calculators' step wordings (assistant/calculators), term by term; a step whose wording
# keeps any Chinese after these is shown as it is, never half translated
LEVELS = r"(乡镇卫生院|社区卫生服务中心|一级|二级|三级)"
LEVEL_EN = {
    "乡镇卫生院": "township health centre",
    "社区卫生服务中心": "community health centre",
    "一级": "level 1",
    "二级": "level 2",
    "三级": "level 3",
}
IDENTITIES_EN = {
    "建档立卡贫困人员": "registered poor",
    "低保对象": "subsistence allowance recipients",
    "特困供养人员": "persons in extreme poverty",
    "孤儿": "orphans",
    "重度残疾(一、二级)": "severely disabled (grade 1 or 2)",
    "僧尼地区级表彰": "monks and nuns honoured at prefecture level",
    "僧尼县级表彰": "monks and nuns honoured at county level",
}
STEP_TERMS: tuple[tuple[str, str], ...] = (
    (
        r"参保时(男|女)年满(\d+)周岁，个人不(?:再)?缴费，由自治区、地区两级财政按(\d+:\d+)代缴",
        "\\1 aged \\2 or over at enrolment pay nothing; the region and the prefecture pay it \\3",
    ),
    (r"(?<![\u4e00-\u9fff])男 aged", "men aged"),
    (r"(?<![\u4e00-\u9fff])女 aged", "women aged"),
    (
        r"普通参保居民自愿选择 (\d+)、(\d+)、(\d+) 元档，本例选择 (\d+) 元档，个人全额缴纳",
        "ordinary residents choose the \\1, \\2 or \\3 yuan tier; here the \\4-yuan tier, paid "
        "in full by the person",
    ),
    (
        r"未按时缴费需按最高筹资标准全额补缴：个人最高档",
        "not paid on time: paid in full at the highest standard: top personal tier",
    ),
    (r"当年各级财政补助", "the year's government subsidies"),
    (r"财政补助 (\d+) 元减去中央财政补助", "government subsidy \\1 yuan minus the central subsidy"),
    (r"地区财政按", "the prefecture's budget:"),
    (r"(自治区|地区|县)承担 (\d+) 成", "\\1 bears \\2 tenths"),
    (r"(?<![\u4e00-\u9fff])自治区 bears", "the autonomous region bears"),
    (r"(?<![\u4e00-\u9fff])地区 bears", "the prefecture bears"),
    (r"(?<![\u4e00-\u9fff])县 bears", "the county bears"),
    (r"参保时个人不缴费，", "pays nothing at enrolment; "),
    (r"个人缴费", "personal contribution"),
    (r"其余", "the rest"),
    (r"元全部由医疗救助资金代缴", "yuan all paid by the medical assistance fund"),
    (r"由医疗救助资金代缴", "paid by the medical assistance fund"),
    (r"由地区财政代缴", "paid by the prefecture"),
    (r"由县级财政代缴", "paid by the county"),
    (
        r"“([^”]+)”属于第二十四条所列门诊特殊病",
        "“\\1” is one of the special outpatient diseases listed in Article 24",
    ),
    (
        r"床位费"
        + LEVELS
        + r"限 ([\d.]+) 元/床日，实际 ([\d.]+) 元 × (\d+) 天，超标部分 ([\d.]+) 元不予报销",
        "bed fee at \\1 capped at \\2 yuan per bed-day; actual \\3 yuan × \\4 days; the \\5 "
        "yuan above the cap is not reimbursed",
    ),
    (
        r"发生重大看管事故：立即解聘，并扣除当年野外文物看管补助",
        "a major custody accident: dismissed at once, and the year's custodian allowance deducted",
    ),
    (
        r"多重身份按就高不就低原则只享受一项，取对个人最有利的一项，不得重复享受",
        "several identities: only the one most favourable to the person applies, never several",
    ),
    (r"阿里地区共(\d+)个县，“四好农村路”地县两级创建", "Ngari has \\1 counties, all in the drive"),
    (r"年度内第(二|\d+)次住院按首次的", "stay no. \\1 of the year at"),
    (r"按首次的", "at"),
    (LEVELS + r"起付线", "deductible at \\1"),
    (r"(\d+)元档、" + LEVELS + r"报销比例", "\\1-yuan tier at \\2: rate"),
    (LEVELS + r"报销比例", "rate at \\1"),
    (
        r"门诊特殊病不设起付线，(\d+)元档报销",
        "special outpatient care has no deductible; \\1-yuan tier rate",
    ),
    (
        r"统筹区外就医降低\s*(\d+)%（按百分点理解）",
        "treated outside the pooling area: \\1 percentage points lower",
    ),
    (
        r"建档立卡贫困人员提高\s*(\d+)%\s*(报销比例)?（按百分点理解）",
        "registered poor: \\1 percentage points higher",
    ),
    (r"年度最高支付限额", "annual cap"),
    (r"本年已支付", "paid this year"),
    (r"剩余额度", "left"),
    (r"不设起付线", "no deductible"),
    (r"甲类", "Class A"),
    (r"乙类药品", "Class B drugs"),
    (r"乙类", "Class B"),
    (r"个人先行自付", "paid first by the patient"),
    (r"年度累计起付线", "yearly deductible"),
    (r"以上部分报销", "above it reimbursed at"),
    (r"年度最高", "yearly cap"),
    (r"本年累计", "this year in all"),
    (r"应报", "due"),
    (r"此前累计", "earlier"),
    (r"已报", "paid"),
    (r"高血压和糖尿病合并年度支付限额", "combined hypertension and diabetes yearly limit"),
    (r"高血压年度支付限额", "hypertension yearly limit"),
    (r"糖尿病年度支付限额", "diabetes yearly limit"),
    (r"已支付", "paid"),
    (r"剩余", "left"),
    (
        r"孕产妇分娩符合基本医疗保险支付范围的医疗费用全额报销",
        "childbirth: eligible costs reimbursed in full",
    ),
    (r"(县级|自治区级|全国重点)(野外文物保护单位)?看管人员", "\\1 custodian"),
    (r"(县级|自治区级|全国重点)\s*(\d+)\s*处\s*×\s*每处", "\\1: \\2 sites ×"),
    (r"每处", "per site"),
    (r"县级", "county-level"),
    (r"自治区级", "region-level"),
    (r"全国重点", "national-level"),
    (r"元/月", "yuan/month"),
    (r"元/床日", "yuan per bed-day"),
    (r"个月", "months"),
    (r"万元/年", "× ten thousand yuan a year"),
    (r"万元", "× ten thousand yuan"),
    (r"各县按每县", "each county"),
    (r"个县", "counties"),
    (r"每年", "a year"),
    (r"(\d+)\s*年", "\\1 years"),
    (r"(\d+)\s*人", "\\1 people"),
    (r"(\d+)\s*天", "\\1 days"),
    (r"元档", "-yuan tier"),
    (r"元", "yuan"),
    (r"，|；", "; "),
    (r"：", ": "),
    (r"、", ", "),
    (r"（", "("),
    (r"）", ")"),
)


def step_in_english(rule: str) -> str:
    """A calculation step's wording in English, or as printed when a term is not known."""
    text = rule
    for name, english in IDENTITIES_EN.items():
        text = text.replace(f"{name}：", f"{english}: ")
    for pattern, english in STEP_TERMS:
        text = re.sub(pattern, f" {english} ", text)
    text = re.sub(LEVELS, lambda m: LEVEL_EN[m.group(1)], text).replace("no. 二", "no. 2")
    text = re.sub(r"\s+([;:,)])", r"\1", re.sub(r"\(\s+", "(", re.sub(r"\s+", " ", text)))
    # (a name quoted as printed, “慢性肾功能衰竭”, is the gazette's own word)
    if re.search(r"[\u4e00-\u9fff]", re.sub(r"“[^”]*”", "", text)):
        return rule
    return text.strip()


def _calculated(response: Response) -> list[str]:
    calc = response.calculation or {}
    result = calc.get("result") or {}
    if not result:
        return []
    title = CALC_TITLES.get(calc.get("calculator", ""), "Calculation")
    head = next(iter(result))
    unit = RESULT_UNITS.get(head, "yuan")
    lines = [f"{title}: {RESULT_NAMES.get(head, head)} {result[head]} {unit}."]
    extras = [
        f"{RESULT_NAMES.get(k, k)} {v}"
        for k, v in result.items()
        if k not in (head, "uncapped_payment")
    ]
    if extras:
        lines[0] += " (" + "; ".join(extras) + ")"
    steps = calc.get("steps") or []
    if steps:
        lines.append("How it is worked out, each step with its rule:")
        for step in steps:
            amount = f" = {step['amount']}" if step.get("amount") else ""
            rule = step_in_english(step["rule"])
            lines.append(f"- {rule}{amount} ({_where(step['citation'])})")
    if calc.get("notes"):
        lines.append("Assumptions made are listed in Chinese below (说明).")
    return lines


# an English yes/no question ("Can I take photos of…", "Is it allowed to…")
EN_YES_NO = re.compile(
    r"^\W*(can|could|may|might|is|are|am|do|does|did|will|would|should|must|has|have)\b", re.I
)
# a thing asked to exist ("is there a limit", "are there any fees"): no modal decides it
# which ones asked ("Which villages…", "What are the duties…"): a list, not a figure
EN_WHICH = re.compile(r"\s*(which|what\s+are|list|name)\b", re.I)
EN_LISTED = "The gazette lists them; the list is quoted below in Chinese."
EN_EXISTS = re.compile(r"^\W*(is|are)\s+there\b", re.I)
# the first modal of the rule's sentence: what it forbids, allows or requires
FORBIDS = re.compile(r"不得|禁止|严禁|不准|不允许|不予")
ALLOWS = re.compile(r"(?<!不)可以|(?<!不)允许|准予|有权")
REQUIRES = re.compile(r"应当|必须|应(?=[在于当按向])")


def _asking_clause(question: str) -> str:
    """The last clause of a question that says anything: the one that asks."""
    from assistant.english import EXAMPLE_ASIDE

    pieces = re.split(r"(?<=[,;:.?!])\s+", EXAMPLE_ASIDE.sub("", question.strip()))
    return next((p for p in reversed(pieces) if p.strip(" ?!.,")), question)


# whether one may do a thing, asked ("can I keep it?", "am I allowed to…", "may we…")
EN_PERMISSION = re.compile(r"^\W*(?:can|may|could)\s+(?:i|we|you|he|she|they)\b|\ballowed\b", re.I)


def _rule_opening(lead: str, clause: str = "") -> str:
    """A yes/no asked in English, answered by a rule's sentence rather than a verdict: the
    first modal it says decides (壁画…不得拍摄；确因特殊需要…可以… → No, as a rule); whether one
    may do a thing is answered by the ban the sentence holds, not by a duty said before it
    ("If I dig up a statue, can I keep it?" → 应当…报告，不得哄抢、私分、藏匿: No)."""
    if EN_PERMISSION.search(clause) and FORBIDS.search(lead):
        return "No — the rule forbids it (any exception is in the rule below)."
    found = [
        (m.start(), said)
        for pattern, said in (
            (FORBIDS, "No — the rule forbids it (any exception is in the rule below)."),
            (ALLOWS, "Yes — the rule allows it, on the terms below."),
            (REQUIRES, "Yes — the rule requires it."),
        )
        if (m := pattern.search(lead))
    ]
    return min(found)[1] if found else ""


EN_AUTOMATED = (
    "I am an automated assistant, not a person: every answer is taken from the gazette's text "
    "with its article; for your own case, the office that handles it has the last word."
)
EN_HELP = (
    "Hello! I answer questions on the documents of Ngari Prefecture's 2020 gazette and cite the "
    "articles: the residents' basic medical insurance (contributions, what a stay or an "
    "outpatient visit is reimbursed, what is not covered; I can work out a reimbursement or a "
    "contribution), the relic protection rules, the field custodians' rules (with their pay) and "
    "the relic-safety training rules, the hospital's 三甲 plan, the rural roads plan and the "
    'graduate employment plan. For example: "I pay the 250 tier and spent 20,000 yuan on a '
    'first stay at a level-3 hospital; how much is reimbursed?"'
)
EN_THANKED = "You're welcome. Ask me anything else about the gazette's documents."


def in_english(response: Response, asked: str = "") -> Response:
    """The response with an English account first and the Chinese answer after it; `asked`:
    the English question, whose yes or no a rule's modal answers."""
    from assistant.engine import AUTOMATED, HELP, THANKED

    chinese = response.answer
    lead = MARKER.sub("", chinese.split("\n", 1)[0]).strip()
    lines: list[str] = []
    # (the grounding check may have cut the help's lines: its first words tell it)
    helped = chinese.startswith((AUTOMATED, HELP.split("\n", 1)[0])) and not response.citations
    if helped:  # a greeting, or the assistant asked about
        lines = [EN_AUTOMATED, EN_HELP] if chinese.startswith(AUTOMATED) else [EN_HELP]
    elif chinese == THANKED:
        lines = [EN_THANKED]
    elif response.status == "calculated" and response.calculation:
        lines = _calculated(response)
    elif response.status == "follow_up" and response.follow_up:
        missing = response.follow_up.get("missing") or []
        asked = [field_questions().get(k, "") for k in missing]
        asked = [a for a in asked if a]
        if asked:
            lines = [
                "To work this out I need one more thing:"
                if len(asked) == 1
                else "To work this out I need a few more things:",
                *asked,
            ]
    elif response.status == "out_of_scope":
        lines = ["The gazette does not say this."]
        if response.citations:
            lines.append(f"The nearest rule is {cited(response.citations[0])}, quoted below.")
    elif response.status == "answered":
        # ("is there a yearly limit?": whether a thing exists, which a rule's modal does not say)
        # (the clause that asks, after a greeting or a circumstance: "Hi, I'm a tourist…. Am I
        # allowed to take photos…?")
        clause = _asking_clause(asked)
        modal = EN_YES_NO.match(clause) and not EN_EXISTS.match(clause)
        opening = _opening(lead) or (_rule_opening(lead, clause) if modal else "")
        source = (
            f"The gazette answers this in {cited(response.citations[0])}."
            if response.citations
            else ""
        )
        lines = [x for x in (opening, source) if x]
        said = figures(lead)
        if EN_WHICH.match(asked) and not opening:
            # ("Which villages … still have no hardened road?": the members, not their count)
            lines.insert(0, EN_LISTED)
        elif len(said) == 1 and not opening:  # ("What is the deductible at a level 3 hospital?")
            lines.insert(0, f"The answer is {said[0]}.")
        elif said:
            lines.append("Figures in the rule: " + ", ".join(said) + ".")
    elif response.status == "error":
        lines = [
            "The question could not be answered as asked; the reason is given in Chinese below."
        ]
    if not lines:
        return response
    lines.append("The gazette is in Chinese; its answer and the rule as printed:")
    response.answer = "\n".join([*lines, chinese])
    return response
