"""Yes/no answers for clerks where the documents decide, with the deciding rule and the assumptions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache, partial

from assistant.calculators.base import rules
from assistant.calculators.medical import (
    CAESAREAN,
    CAESAREAN_CHOSEN,
    THIRD_PARTY_ITEM,
    UNPAID_ITEM,
    caesarean_needed,
    find_disease,
    match_exclusion,
    unpaid_said,
)
from assistant.calculators.understanding import (
    BACK_PAYMENT_DONE,
    newborn_before_paying,
    read_level,
)
from corpus import Corpus, NotFoundError
from corpus.clauses import clauses


@dataclass
class Verdict:
    answer: str  # starts with 可以/不可以/是/不是/需要/不能… and says why
    places: list[tuple[str, str, str]]  # (document id, unit label, item or "") that decide it
    assumptions: list[str] = field(default_factory=list)
    focus: str = ""  # the words the quoted sentence must contain (the disease, the fee, the role)
    facts: list[str] = field(default_factory=list)  # the asker's own figures ("52岁"), said back
    quote_all: bool = False  # every place quoted (an answer that names several articles)
    # the calculator of the benefit the verdict puts the case in ("糖尿病门诊能报吗" → 门特): a
    # bill said next is computed by it
    calculator: str | None = None
    unset: bool = (
        False  # the text leaves what is asked unset: the nearest rule, status out_of_scope
    )


def decide(frame, corpus: Corpus) -> Verdict | None:
    """The verdict of the first rule that decides the frame's yes/no question, if any."""
    question = frame.text
    from assistant.frame import YES_NO  # the frame's one reading of a yes/no question

    # (how or from when a newborn joins is decided by the newborn rule too)
    if not (
        YES_NO.search(question)
        or re.search(r"需要|包括|才算|才能算", question)
        # ("想当看管员有什么条件": what it takes is decided by the same rule)
        # ("想从60档换到250档，什么时候能换": whether or when a tier may change)
        or asks_tier_change(question)
        # ("报名得满足啥要求": the requirements, said so)
        or re.search(
            r"(什么|哪些|啥|哪几个)(样的)?(条件|要求)|条件是(什么|啥)|要求是(什么|啥)", question
        )
        or NEWBORN_JOINS.search(question)
        # "没上户口就没了，抢救花的钱咋办": whose fund pays is decided by the rule
        or (UNREGISTERED.search(question) and DIED.search(question))
        # "孩子户口还没上 怎么参保": a child not yet registered joins once registered
        or (UNREGISTERED.search(question) and CHILD.search(question))
        # "那没交的这几个月住院的钱呢": who bears care while the payments lapsed
        or LAPSE_COSTS.search(question)
        # "去报销说不给报，这是为啥": why a claim was refused is whether it is paid
        or REFUSAL_ASKED.search(question)
        # "去年忘了交医保，现在住院怎么办": care while unpaid is whether the fund pays it
        or _unpaid_care_what_now(question)
        # "二级医院住12天 床位费最多算多少": the day's standard decides the most counted
        or ("床位" in question and DAYS_STAYED.search(question))
    ):
        return None
    if any(p.abroad and p.role.value == "treated" for p in frame.subject.places):
        question += "（境外）"  # "去泰国看病能报吗": treatment in another country is 境外就医
    for rule in (
        _bed_fee_standard,
        monk_contribution,
        not_together,
        _special_disease,
        _caesarean,
        fund_never_pays,
        _private_facility,
        _emergency_elsewhere,
        _outside_catalogue,
        enrolled_twice,
        _commercial_beside,
        _tier_change,
        _both_schemes,
        _visitor_claim,
        _injury,
        partial(_custodian_hiring, person=frame.person),
        _training_attendance,
        _after_back_payment,
        _where_to_enrol,
        _enrolment,
    ):
        verdict = rule(question, corpus)
        if verdict is not None:
            return verdict
    return None


# a question about holding the 门特 and the 两病 benefit together, not about the list
TWO_SCHEMES = re.compile(r"两病|同时|一起|再走|又走")


# two benefits the rules say one may not have at once ("…不得同时享受")
NOT_TOGETHER = re.compile(r"不得同时享受|不能同时享受|不得重复享受|不重复享受")
# having one, the other asked too ("还能再用两病门诊报吗", "能同时享受吗", "也能走两病吗")
BOTH_ASKED = re.compile(
    r"同时|一起|一块儿?|一并|叠加|还能|还可以|也能|也可以|再用|再走|又走|再报|两个都|两样都?"
)


def not_together(question: str, corpus: Corpus) -> Verdict | None:
    """ "糖尿病办了门特 还能用两病门诊报吗": the clause that names both benefits and says they
    are not had at once decides it (第二十五条)."""
    from assistant.compose import benefits

    if not BOTH_ASKED.search(question):
        return None
    if len(standings_named(question)) >= 2:
        # "低保和建档立卡的补贴能一起拿吗": several standings, whose subsidies the rule says
        # are not had twice (第十八条（四）: 多重参保身份…就高不就低…不得重复享受)
        return _not_twice(corpus)
    named = benefits(re.sub(r"高血压|糖尿病", "", question)) - {"区外", "床位"}
    if len(named) < 2:
        return None
    from assistant.fields import match_choices

    if set(match_choices("disease", question)) - {"高血压", "糖尿病"}:
        return (
            None  # ("癫痫办了门特 还能走两病吗": another illness's 门特, which 第二十五条 allows)
        )
    return _not_together_sentence(
        corpus, "不能同时享受", lambda sentence: named <= benefits(sentence), with_item=False
    )


# a disability said with no grade ("低保户和残疾人"): a standing all the same, whose subsidy is
# one of several asked together (only 一、二级 are exempt, 第十八条（三）)
DISABLED_SAID = re.compile(r"残疾|残障|伤残")


def standings_named(question: str) -> list[str]:
    """The standings a sentence names, a disability of no grade among them."""
    from assistant.calculators.understanding import DENYING, read_identities, without_denied

    named = read_identities(question)
    held = re.sub(
        rf"{DENYING}[^，,。；;？?]{{0,4}}?(?:残疾|残障|伤残)", "", without_denied(question)
    )
    if DISABLED_SAID.search(held) and not any("残疾" in n for n in named):
        named.append("残疾")
    return named


def _not_twice(corpus: Corpus) -> Verdict | None:
    """The sentence that says a subsidy of several standings is not had twice."""
    return _not_together_sentence(corpus, "不能重复享受", lambda sentence: "身份" in sentence)


def _not_together_sentence(
    corpus: Corpus, verdict: str, about: Callable[[str], bool], with_item: bool = True
) -> Verdict | None:
    """The first sentence saying two things are not had at once (`NOT_TOGETHER`) that is about
    the things asked, as the verdict, quoted with its article (and its item, `with_item`)."""
    for doc in corpus.documents:
        for unit in doc.units:
            for clause in clauses(unit):
                item = clause.label if clause.label != unit.label else ""
                for sentence in re.split(r"(?<=[。；])", clause.text):
                    said = NOT_TOGETHER.search(sentence)
                    if said and about(sentence):
                        return Verdict(
                            f"{verdict}。按{unit.label}{item if with_item else ''}："
                            f"{sentence.strip().rstrip('。；')}。",
                            [(doc.id, unit.label, item)],
                            focus=said.group(0),
                        )
    return None


# what no illness is named by: the list's own name, money, another benefit
NOT_AN_ILLNESS = re.compile(r"门特|特殊病|钱|费|住院|报销|起付线|封顶|限额|比例")


# an illness named by its kind's ending, then whether it may be a 门特 ("包虫病能办门特吗",
# "我爸有包虫病，能办门诊特殊病吗"): an illness the list does not name (a listed one is found
# by find_disease first)
UNLISTED_ILLNESS = re.compile(
    r"^(?:有|得了|患了|患有|查出来|查出|确诊了?)?([\u4e00-\u9fff]{1,10}(?:病|症|炎|癌|瘤|结石|结核))"
    r"(?:了|的话)?[，,\s]*(?:也|还)?(?:能办|可以办|能申请|可以申请|能走|可以走|能按|能享受|能报|"
    r"能不能办|能不能申请|能不能走|能不能报|算不算|算|是不是|属不属于|属于|在不在)"
)


def _without_person(question: str) -> str:
    """The question without the person it opens with ("我爸有包虫病…" → "有包虫病…")."""
    from assistant.frame import KIN_WHO, WHO

    who = KIN_WHO.match(question) or WHO.match(question)
    return question[who.end() :] if who else question


def _special_disease(question: str, corpus: Corpus) -> Verdict | None:
    from assistant.calculators.understanding import blood_pressure

    # ("我爸血压140/90能算门特吗": a reading said is of 高血压)
    disease = find_disease(question) or (
        find_disease("高血压") if blood_pressure(question) is not None else None
    )
    named_list = re.search(r"门诊特殊病|特殊病|特殊门诊|门特", question)
    # ("做放疗，能走医保吗": whether the fund pays, in any of its words)
    # (not a cost item or a stay: "透析的路费能走医保吗" is 第三十条's, a stay the inpatient rules')
    asks_cover = (
        re.search(r"报|管|医保出|给钱", question)
        or (FUND_ASKED.search(question) and not re.search(r"费|住院", question))
    ) and re.search(r"门诊|透析|化疗|放疗|吃药|治疗|开药|拿药|配药|用药", question)
    if not named_list and not (disease is not None and asks_cover):
        return None
    if not named_list and re.search(r"两病|高血压.{0,3}糖尿病|糖尿病.{0,3}高血压", question):
        return None  # "高血压糖尿病门诊用药报销有没有限额": the 两病 rule (第二十五条), no list
    from assistant.frame import YES_NO

    if named_list and not (
        re.search(
            # ("高血压多高才算门诊特殊病": the condition a listed illness is on the list under)
            r"算不算|是不是|属不属于|属于|在不在|包不包括|包括|能不能按|可以按|能按|能报|可以报|报吗|才算|才能算|"
            r"能走|可以走|能办|可以办|能享受|能不能办|能不能走|能申请|可以申请|能不能申请",
            question,
        )
        # "痛风能申请成门特吗"; not "门特里有糖尿病了 还能再走两病吗" (第二十五条)
        or (disease is not None and YES_NO.search(question) and not TWO_SCHEMES.search(question))
    ):
        return None
    if disease is None:
        m = re.match(
            r"^(?:我|我家|家里|孩子|老人)?(?:得了|患了|有)?(.{1,12}?)(?:算不算|是不是|属不属于|属于|在不在|能不能|可以)",
            question,
        ) or UNLISTED_ILLNESS.match(_without_person(question))
        if m is None or re.search(r"哪些|哪几|什么病|几种|多少种", question):
            return None  # "门特都包括哪些": a list asked, no one illness to decide
        name = m.group(1).strip("，,的 ")
        if NOT_AN_ILLNESS.search(name):
            # "门特跟住院的钱是不是合在一起算封顶": the benefit's own rules are asked, not
            # whether an illness is on its list
            return None
        return Verdict(
            f"不属于。“{name}”不在第二十四条列出的30种门诊特殊病中，不能按门诊特殊病报销；"
            "可按普通门诊统筹报销（第二十六条）。",
            [("medical-insurance", "第二十四条", ""), ("medical-insurance", "第二十六条", "")],
            focus="30种",
        )
    name = disease["name"]
    pressure = blood_pressure(question)
    if disease.get("condition") == "bp_150_95" and pressure is not None:
        # "血压一直160/100，能办门特吗": the reading said decides the condition
        high, low = pressure
        if high >= 150 and low >= 95:
            return Verdict(
                f"属于。您说的血压{high}/{low}达到了第二十四条所列“高血压(血压持续150/95mmHg)”"
                "的标准（须是持续的），属于30种门诊特殊病之一，门诊治疗不设起付线，按缴费档次报销，"
                "与住院合并计算年度最高支付限额。",
                [("medical-insurance", "第二十四条", "")],
                focus="150/95",
                facts=[f"血压{high}/{low}"],
                calculator="special_outpatient",
            )
        return Verdict(
            f"不属于门诊特殊病：血压{high}/{low}没有达到第二十四条所列“血压持续150/95mmHg”的标准；"
            "可以按“两病”门诊用药报销（第二十五条）。",
            [("medical-insurance", "第二十四条", ""), ("medical-insurance", "第二十五条", "")],
            focus="150/95",
            facts=[f"血压{high}/{low}"],
        )
    if disease.get("condition") == "bp_150_95":
        return Verdict(
            "要看血压：高血压只有在血压持续达到150/95mmHg时才属于门诊特殊病；达不到的，可以按“两病”门诊用药报销（第二十五条）。",
            [("medical-insurance", "第二十四条", ""), ("medical-insurance", "第二十五条", "")],
            ["未说明血压是否持续达到150/95mmHg。"],
            focus="150/95",
        )
    said = max((a for a in disease["aliases"] if a in question), key=len)
    others = [
        a
        for d in rules()["special_outpatient"]["diseases"]
        if d["name"] != "糖尿病"
        for a in d["aliases"]
    ]
    if name == "糖尿病" and not named_list and not any(a in question for a in others):
        # "糖尿病每个月开药医保管不管": two benefits cover it, one at a time (第二十五条)
        return Verdict(
            "能报，有两种报销办法，只能选一种（“两病”普通门诊待遇和门诊特殊病中高血压和糖尿病医疗待遇"
            "不得同时享受）：①按“两病”普通门诊用药报销：一级以下定点医疗机构70%、二级65%、三级60%，"
            "不设起付线，糖尿病每人每年限额1200元（同时患高血压的合并限额2000元）（第二十五条）；"
            "②糖尿病也是第二十四条所列门诊特殊病，按门特报销：不设起付线，按缴费档次60元、120元、"
            "250元分别报销60%、70%、90%，与住院合并计算年度最高支付限额（第二十四条）。",
            [
                ("medical-insurance", "第二十五条", ""),
                ("medical-insurance", "第二十四条", "（二）"),
            ],
            focus="不得同时享受",
            quote_all=True,
        )
    inside = f"（“{said}”列在“{name}”项下）" if said != name else ""
    if SPECIAL_LIMIT_ASKED.search(question):
        # "办了门特，门特是不是有单独的报销限额": no limit of its own, the stays' yearly cap
        cap = rules()["inpatient"]["annual_cap"]
        wan = f"{Decimal(cap['value']) / 10000:f}".rstrip("0").rstrip(".")
        return Verdict(
            f"门特没有单独的报销限额：门诊特殊病费用与住院费用合并累计计算，合计不超过年度最高支付"
            f"限额{wan}万元（第二十四条（二）、{cap['cite'][1]}）。{name}是第二十四条列出的30种门诊"
            f"特殊病之一{inside}，门诊治疗不设起付线，按缴费档次报销。",
            [
                ("medical-insurance", "第二十四条", ""),
                ("medical-insurance", cap["cite"][1], ""),
            ],
            focus="合并累计计算",
            calculator="special_outpatient",
        )
    return Verdict(
        f"属于。{name}是第二十四条列出的30种门诊特殊病之一{inside}，门诊治疗不设起付线，"
        "按缴费档次报销，与住院合并计算年度最高支付限额。",
        [("medical-insurance", "第二十四条", "")],
        focus=said,
        calculator="special_outpatient",
    )


# a 门特 limit asked ("门特是不是有单独的限额", "门特一年最多报多少", "门特封顶多少")
SPECIAL_LIMIT_ASKED = re.compile(r"限额|封顶|上限|最多报|最高报|单独.{0,4}(?:额度|限)")


ENROL = "medical-insurance"


# a child not yet registered ("孩子还没上户口", "宝宝没落户"): the newborn rule decides
UNREGISTERED = re.compile(
    r"(没|未|还没|没有|不)(来得及|来得及去)?(上|落|办|报)(户口|户)|没有户口|上户口(之|以)?前"
    # ("户口还没上", "户口没落"): the registration said first
    r"|户口(还|都)?(没|未|没有)(上|落|办|报)"
)
CHILD = re.compile(r"孩子|小孩|娃|宝宝|宝贝|婴儿|新生儿|刚出生|刚生|闺女|儿子|女儿")
# a newborn's joining asked ("新生儿怎么参保", "刚生的娃咋上医保", "宝宝出生后多久能办医保")
NEWBORN_JOINS = re.compile(
    r"(刚出生|新生儿|婴儿|刚生|出生|宝宝|娃)[^，。？?]{0,10}"
    r"(参保|(上|办|入|参加|买|交)[^，。？?]{0,3}(医保|医疗保险))"
)
# the joining named ("参保", "参加…医保", "交医保")
ENROLS = re.compile(
    r"参保|参加.{0,8}(医保|医疗保险)|买医保|交医保|入医保"
    # "还能再交个城乡居民医保吗": the scheme named after the verb of joining
    r"|(买|交|入|上)[^，。？]{0,4}(城乡)?居民(基本)?(医保|医疗保险)"
)
# "可以在阿里参保吗", "能在阿里买医保吗": the modal asks the joining itself
MAY_JOIN = re.compile(
    r"(能|可以|可不可以|能不能|允许|让)(在[^，。？]{1,6})?"
    r"(参保|参加[^，。？]{0,8}(医保|医疗保险)|(买|交|入|上)[^，。？]{0,4}医保)"
)
# not insured at all ("没参保能报销吗", "没交医保住院能报吗"): no benefit (第八条)
NOT_INSURED = re.compile(r"(没|未|没有|不)(参保|参加医保|参加城乡居民医保|交医保|买医保|上医保)")
NOT_INSURED_PAID = re.compile(r"报|管|给钱|享受|待遇|出钱")
# a late or broken payment is 第八条's, not who may join
LAPSED = re.compile(r"断|补|过了|晚了|逾期|没交|中断|停")


MONK = re.compile(r"僧|尼姑|喇嘛|觉姆|出家")
# another document's matter a monk may pay for (a training, a repair of the temple's relics)
OTHER_MATTER = re.compile(r"培训|维修|修缮|文物")
# whether one pays to join, or how much ("僧尼要交医保吗", "喇嘛参保要钱不")
PAYS_TO_JOIN = re.compile(
    r"(交|缴)(医保|钱|费|多少|吗|不)|要钱|掏钱|出钱|免交|不用交|参保.{0,4}(钱|费)"
)


def monk_contribution(question: str, corpus: Corpus) -> Verdict | None:
    """A monk or nun whose honour is not said (第十八条（五）): what each honour's holder pays,
    and the tiers for everyone else (第十八条（一）); the honour said is a case to compute."""
    from assistant.calculators.understanding import read_identities

    if not (MONK.search(question) and PAYS_TO_JOIN.search(question)):
        return None
    if OTHER_MATTER.search(question) and not re.search(r"医保|医疗保险|参保", question):
        return None  # ("僧人参加文物安全培训要自己掏钱吗": the training's cost, not the scheme's)
    if any(name.startswith("僧尼") and "未说明" not in name for name in read_identities(question)):
        return None  # "获地区级表彰的僧尼交多少": the contribution calculator computes it
    return _by_standing(
        "看所获表彰：上一年度被评为和谐模范先进称号寺庙的在编僧尼和被评为爱国守法先进称号的僧尼，"
        "获自治区级的个人不缴费，获地区级的个人缴费30元，获县级的个人缴费45元（第十八条（五））；"
        "没有这些表彰的，",
        "（五）",
        "在编僧尼",
    )


# what everyone pays whose standing changes nothing (第十八条（一）)
TIERS_CHOSEN = "和其他城乡居民一样自愿选择60元、120元、250元档次缴费（第十八条（一））。"


def _by_standing(said: str, clause: str, focus: str) -> Verdict:
    """What each level of a standing pays (第十八条's clause), then the tiers for the rest."""
    return Verdict(
        said + TIERS_CHOSEN,
        [(ENROL, "第十八条", clause), (ENROL, "第十八条", "（一）")],
        focus=focus,
    )


# a grade of disability said (一级, 二级残疾, 三四级, 重度, 轻度): what the rule turns on
DISABILITY_GRADED = re.compile(r"[一二三四1-4]\s*级|重度|轻度|轻微")
# papers handed in or asked for ("要交什么证明", "带哪些材料")
PAPERS = re.compile(r"证明|材料|资料|证件|单据|发票|手续|复印件")
# whether one pays, said of oneself or of someone ("她也不用交吧", "医保交多少钱")
PAYS_SAID = re.compile(r"(?:交|缴)|要钱|掏钱|出钱|免|(?:自己|个人|本人)(?:要|得|该)?(?:出|掏|付)")


def disabled_contribution(question: str) -> Verdict | None:
    """A disabled person's contribution with no grade said ("我老婆是残疾人 她也不用交吧"): the
    rule turns on the grade — 一、二级 pay nothing (第十八条（三）), the others choose a tier like
    anyone (第十八条（一））."""
    held = standings_named(question)
    if (
        "残疾" not in held  # (an ungraded disability, no 重度残疾 read)
        or len(held) > 1  # (with another standing: whether both count is asked)
        or DISABILITY_GRADED.search(question)
        or not PAYS_SAID.search(question)
        or PAPERS.search(question)  # ("残疾人参保要交什么证明": papers handed in, not money)
    ):
        return None
    return _by_standing(
        "看残疾等级：经认定为一级、二级的重度残疾人，参保时个人不缴费，由医疗救助资金按最高标准"
        "代为缴纳（第十八条（三））；其他等级的残疾没有这项减免，",
        "（三）",
        "重度残疾",
    )


# care paid back ("住院", "看病", "报销"): what a standing's benefit is asked of
CARE_SAID = re.compile(r"住院|看病|就医|报销|报得|多报|门诊")
# the standings whose contribution is paid whole at the highest standard (第十八条（三）), as said
PAID_WHOLE = {
    "低保对象": "低保对象",
    "重度残疾(一、二级)": "重度残疾人",
    "残疾": "残疾人",
    "特困供养人员": "特困供养人员",
    "孤儿": "孤儿",
}


def standing_care(question: str, more_asked: bool) -> Verdict | None:
    """A higher share of care asked for a standing the raise is not for (低保户住院报销比别人多吗,
    残疾人住院能多报吗, `more_asked`): the text raises the share for 建档立卡 only (第二十九条（四））;
    these standings' help is their contribution, paid whole at the highest standard (第十八条
    （三）), so their care is at the highest tier's rates (no figure: 第十八条（三） states none)."""
    held = standings_named(question)
    if not more_asked or not CARE_SAID.search(question):
        return None
    if not held and MONK.search(question):
        # "出家人住院报销跟普通人一样吗": no rate of their own; a monk's rules are of joining
        return Verdict(
            "文件没有给僧尼单独规定看病报销的比例：僧尼看病报销和其他城乡居民一样，按所交的档次"
            "和医院级别计算（第二十二条）。僧尼不同的地方在参保：在编僧尼由所在寺庙寺管会代为办理"
            "参保手续（第十一条）；上一年度获和谐模范寺庙、爱国守法先进称号表彰的僧尼，个人缴费另有"
            "规定（第十八条（五））。",
            [
                (ENROL, "第二十二条", ""),
                (ENROL, "第十一条", ""),
                (ENROL, "第十八条", "（五）"),
            ],
            focus="缴费档次为",
        )
    if not held:
        return None
    if any(h not in PAID_WHOLE for h in held):
        return None  # (建档立卡, a monk's honour: their own rules answer)
    who = "、".join(PAID_WHOLE[h] for h in held)
    graded = "（限经认定的一、二级重度残疾）" if "残疾" in held else ""
    return Verdict(
        f"文件没有给{who}规定看病报销时额外提高比例：提高5%报销比例只适用于建档立卡贫困人员"
        f"（第二十九条（四））。{who}{graded}的照顾在参保缴费上：个人不缴费，年人均缴费按最高标准"
        "全部由医疗救助资金代为缴纳（第十八条（三）），报销按最高缴费档次的比例计算。",
        [(ENROL, "第二十九条", "（四）"), (ENROL, "第十八条", "（三）")],
        quote_all=True,
    )


# a baby who died ("没了", "走了", "夭折"): its costs are its mother's (第二十九条（二））
RESCUED = re.compile(r"抢救|救治|急救")
# a claim said to be refused, asked why ("说不给报，这是为啥", "怎么报不了")
REFUSAL_ASKED = re.compile(
    r"(?:不给报|不能报|不让报|不予报|不报销|没给报|报不了|不给报销)[^。？?]{0,10}(?:为啥|为什么|咋回事|怎么回事|凭什么)"
    r"|(?:为啥|为什么|怎么|咋)[^。？?]{0,6}(?:不给报|不能报|不让报|报不了|不报销)"
)
DIED = re.compile(r"去世|死亡|死了|夭折|没了|没保住|走了|不在了|没救过来|没抢救过来")


# costs the basic insurance leaves ("超过封顶的部分", "报完剩下自己掏的"), and what covers them asked
LEFT_OVER = re.compile(
    r"(超过|超出|超了|超额|多出|剩下|剩余|报完|报销完|报销后|报销之后|报不了|报满|额度用完|封顶(?:以后|之后|后|以上|了)|6万以上|六万以上"
    r"|(?:自己|个人)(?:还得?|还要|仍然?)?(?:掏|出|付|承担))"
    r"[^。？?]{0,16}(咋整|咋办|怎么办|怎么弄|还有|还能|谁来?管|谁来?出|谁来?报|谁负责|谁承担|能报|报不报|办法|救助|找谁|啥能报|怎么报|怎么处理|如何处理|怎么算)"
    # "那超出去的钱就只能自己掏了？": whether the rest is one's own to pay
    r"|(超过|超出|超了|超额|多出|剩下|剩余)[^。？?]{0,10}(只能|就得|都得|全得|全要|都要|得)"
    r"(?:我们|咱们|我|咱|他|她|家里)?自己(掏|出|付|承担)"
)
MEDICAL_LEFT = re.compile(
    r"医保|封顶|6万|六万|限额|报销|自己掏|自付|自费|住院|看病|医疗|报完|报不了"
)
NOT_LEFT_OVER = re.compile(
    r"家庭账户|个人账户|余额|起付线以下|门诊统筹|普通门诊|两病"
    # ("超过5天没备案还能报吗": a time limit passed, no cost beyond the cap)
    r"|(?:超过|超出|超了)\s*[\d一二三四五六七八九十两]+\s*(?:天|日|个月|周|星期|小时|年)"
)
# a contribution split between the person and others, and a cost of care
CONTRIBUTION_SPLIT = re.compile(
    r"(交|缴)[^，。？?]{0,4}(医保|保费|医保费)[^，。？?]{0,8}(多少|几)|个人(出|交|缴|掏)多少|个人缴费|代缴"
    # ("政府补贴除了中央那块，剩下的是谁出": the subsidy's rest, 第十七条's 6:2:2)
    r"|(?:政府|财政)补(?:贴|助)[^，。？?]{0,8}中央"
)
TREATMENT_COST = re.compile(r"花了?|住院|看病|治疗|医药费|医疗费|费用|手术")


# how a stay is claimed, asked in general ("要办啥手续", "咋报", "怎么报销", "流程")
CLAIM_HOW = re.compile(
    r"(?:咋|怎么|如何|怎样)(?:报|弄|办|走)|手续|流程|程序|(?:要|需要|得)办(?:啥|什么)"
)
# whether a stay there is paid at all ("在成都住院了能报吗", "医保给不给报"): yes, and the steps
# (asked at the end: "医保给报了一部分，剩下的找谁" says a claim was paid, and asks another thing)
CLAIM_WHETHER = re.compile(
    r"(?:能(?:不能)?报(?:销)?(?:吗|么|不)|能不能报(?:销)?|可以报(?:销)?(?:吗|么)|给(?:不给)?报(?:吗|不)?"
    r"|报不报)[？?。！!\s]*$"
)
# a filing left undone said ("没备案", "未备案"): what follows is not said, so no 能报销
FILING_UNDONE = re.compile(r"(?:没|未|不)(?:有|去|及时)?(?:办|做)?备案|忘(?:了|记)备案")
# one step asked alone (几天内备案, 带什么材料, 报几成, 回来怎么报销: the claim once back):
# that step's own article answers it
ONE_STEP = re.compile(
    r"几天|多少天|多久|材料|带(?:什么|啥)|比例|几成|多少|回来|回去|回阿里|回到|准备"
)
# a stay (备案 is for a stay: 因病在西藏自治区以外住院的), not a visit
STAYED = re.compile(r"住院|住了院|住的院|住过院|住进|做手术|动手术|开刀")
# the steps of a stay outside Tibet: (article, the word its sentence holds)
OUTSIDE_STEPS = (("第三十三条", "备案"), ("第三十四条", "垫付"), ("第二十二条", "降低"))
# and of one in Tibet outside the pool (拉萨, 日喀则): settled at the hospital by card, referred
# level by level, the rate ten points lower
IN_TIBET_STEPS = (("第三十一条", "结算"), ("第三十二条", "转诊"), ("第二十二条", "降低"))


def outside_procedure(frame, corpus: Corpus) -> Verdict | None:
    """ "在成都住院了 医保要办啥手续": the steps of a stay outside Tibet in their order, each
    sentence as the medical rules say it — 备案 within five days of admission (第三十三条), the
    bill paid first and claimed back with its papers (第三十四条), the rate ten points lower
    outside the pool (第二十二条); in Tibet outside the pool (在拉萨住院 要怎么报), the card
    settlement (第三十一条), the referral (第三十二条) and the rate."""
    from assistant.frame import WHAT_TO_DO, PlaceRole

    if (
        frame.slots.get("cost")
        # ("在成都住院了要做啥": what one has to do there, the steps)
        or not (
            CLAIM_HOW.search(frame.text)
            or WHAT_TO_DO.search(frame.text)
            or CLAIM_WHETHER.search(frame.text)
        )
        or ONE_STEP.search(frame.text)
        or not STAYED.search(frame.text)
    ):
        return None
    treated = [
        p
        for p in frame.subject.places
        if p.role is PlaceRole.TREATED and not p.generic and not p.abroad
    ]
    outside = any(not p.in_tibet for p in treated) or re.search(r"区外|内地|外省", frame.text)
    # (a place in Tibet outside the Ngari pool: the steps there)
    in_tibet = not outside and bool(treated) and frame.slots.get("in_area") is False
    if not outside and not in_tibet:
        return None
    said, places = [], []
    for label, word in IN_TIBET_STEPS if in_tibet else OUTSIDE_STEPS:
        try:
            unit = corpus.unit("medical-insurance", label)
        except NotFoundError:
            return None
        sentence = next((s for s in re.split(r"(?<=。)", unit.text) if word in s), None)
        if sentence is None:
            return None
        said.append(f"{'①②③'[len(said)]}{sentence.strip().rstrip('。')}（{label}）")
        places.append(("medical-insurance", label, ""))
    lead = (
        f"在{treated[0].said}（西藏自治区内、阿里统筹区外）住院：备案和先行垫付（第三十三、三十四条）"
        "只适用于西藏自治区以外，区内就医没有单独的手续规定，适用一般规定："
        if in_tibet
        else "在西藏自治区以外住院，按以下办理："
    )
    if CLAIM_WHETHER.search(frame.text) and not CLAIM_HOW.search(frame.text):
        from assistant.compose import undone_said

        if (
            undone_said(frame.text)[1] is not None
            or FILING_UNDONE.search(frame.text)
            or match_exclusion(frame.text)
            or _listed_exclusion(frame.text, corpus)
        ):
            # "第8天才去备案，还能报吗", "没备案能报吗": what follows a duty left undone;
            # "在成都住院，挂号费能报吗": the item's own rule (第三十条) decides, not the stay's
            return None
        lead = f"能报销。{lead}"
    return Verdict(
        lead + "；".join(said) + "。",
        places,
        calculator="inpatient",
    )


def beyond_cap(question: str, corpus: Corpus) -> Verdict | None:
    """What covers costs beyond the basic insurance (its cap, or one's own share after it): the
    大病保险 and the 农牧民大额补充医疗保险 (第二十七条), then 医疗救助 (第二十八条)."""
    if not (LEFT_OVER.search(question) and MEDICAL_LEFT.search(question)):
        return None
    if NOT_LEFT_OVER.search(question):
        return None
    if CONTRIBUTION_SPLIT.search(question) and not TREATMENT_COST.search(question):
        # "建档立卡户交医保个人出多少，剩下的谁出": the rest of a contribution, paid for them
        # (代缴), not the rest of a bill
        return None
    if re.search(r"医疗救助", question) and not re.search(r"大病|大额|超过|超出|封顶", question):
        # "报完以后医疗救助能给多少": the aid asked alone: the text leaves its measure to
        # another rule (第二十八条), which is the answer, said first
        return Verdict(
            "文件没有规定医疗救助的具体金额：经基本医保、大病保险报销后政策范围内个人自付的住院医疗"
            "费用，按规定给予医疗救助，具体救助办法另行规定（第二十八条）。",
            [("medical-insurance", "第二十八条", "")],
            focus="另行规定",
            unset=True,
        )
    return Verdict(
        "还有两层：基本医保年度最高支付限额为6万元（第二十三条），超过的部分基本医保不再支付；"
        "经基本医疗保险报销后，符合大病保险赔付规定的医疗费用由城乡居民大病保险按保险合同赔付，"
        "年度最高赔付限额为14万元，阿里地区还继续执行《农牧民大额补充医疗保险续保协议》，年度最高"
        "赔付限额为30万元（第二十七条）；经基本医保、大病保险报销后政策范围内个人自付的住院医疗费用，"
        "按规定给予医疗救助，具体救助办法另行规定（第二十八条）。",
        [
            ("medical-insurance", "第二十三条", ""),
            ("medical-insurance", "第二十七条", ""),
            ("medical-insurance", "第二十八条", ""),
        ],
        focus="大病保险",
        quote_all=True,
    )


# a back payment of the contribution made ("补交了之后", "刚补缴", "补完以后"), not of papers, a
# deposit or a fee
BACK_PAID = re.compile(
    r"补(?:交|缴)(?:了|完|上|过)?(?:医保|保费|费用|的钱|钱)?(?:之后|以后|后|当天|当月|这个月)"
    # ("3月15号补的，…": a bare 补的 after a day, not 上个月补的牙)
    r"|刚补(?:交|缴)|补(?:交|缴)了|补(?:交|缴)完|(?:号|日|月份?)补(?:交|缴)的|(?:号|日)补的(?=[，,。\s])"
    # ("我3月15号补完的", "补齐了以后"): the back payment said as done
    rf"|{BACK_PAYMENT_DONE}"
)
# (the scheme or its care named: "补交了以后，下个月住院能报吗")
CONTRIBUTION_SAID = re.compile(r"医保|保费|参保|补缴|保险费|住院|看病|门诊|医疗")
NOT_A_CONTRIBUTION = re.compile(r"材料|资料|证明|押金|培训费|发票|票据|手续")
FUND_PAYS_ASKED = re.compile(r"能报|报销|报不报|给报|享受|待遇|管用|生效|有效|能用")
# care after the month of the back payment, which the fund pays ("下个月住院能报吗")
AFTER_THAT_MONTH = re.compile(
    r"下个?月|次月|明年|以后住院|之后再|后面住院|过[一两三四五六七八九\d]+个?月"
)
# care before it or in its month, which it does not ("上个月住院的钱", "马上就能报吗")
BEFORE_THAT_MONTH = re.compile(
    r"上个?月|之前|以前|前几天|前些天|这个月|当月|马上|立刻|立即|现在|当天|刚才"
)


# care while the payments lapsed ("那没交的这几个月住院的钱呢", "断缴那段时间看病花的"): one's own
LAPSE_COSTS = re.compile(
    r"(没交|没缴|断交|断缴|中断|欠费|停交|停缴|漏交|漏缴)[^，。？?]{0,6}"
    r"(期间|那段|这段|这几个月|那几个月|几个月|时候|的时候|那阵)[^，。？?]{0,8}"
    r"(住院|看病|看的病|医疗|花的|的钱|费用|医药费)"
)


# not paying one's contribution said ("去年忘交了", "没续费")
FORGOT_PAYING = re.compile(
    r"(?:忘|忘了|忘记)(?:交|缴|续)(?!职工)|没(?:有)?续"
    r"|没(?:有)?(?:交|缴)(?=医保|保险|保费|费|上|了|今年|去年)"
    r"|漏(?:交|缴)|断(?:交|缴)"
)
# the care said to fall in the month of the back payment ("同月20号住院")
SAME_MONTH = re.compile(r"同月|当月|同一个月")


def _after_back_payment(question: str, corpus: Corpus) -> Verdict | None:
    """ "补交了之后，上个月住院的钱能报吗": the fund pays from the month after a back payment;
    what was spent while the payments lapsed is one's own (第八条)."""
    from assistant.compose import MONTH_SAID

    back = BACK_PAID.search(question)
    if (
        back
        and (MONTH_SAID.search(question[back.end() :]) or SAME_MONTH.search(question))
        and MONTH_SAID.search(question[: back.end()])
    ):
        # "我是4月15号补交的，那2月那次和5月那次住院能报吗": each month set against the payment's
        said = care_in_lapse(question[: back.end()], question[back.end() :], corpus)
        if said is not None:
            return said
    # "我去年忘交了，今年2月住院了，能报吗": a lapse said, then care and whether it is paid
    forgot = FORGOT_PAYING.search(question)
    lapse = LAPSE_COSTS.search(question) or (
        forgot
        and not BACK_PAID.search(question)
        and CARE_COSTS.search(question[forgot.end() :])
        and FUND_PAYS_ASKED.search(question[forgot.end() :])
    )
    if not lapse and not (
        BACK_PAID.search(question)
        and FUND_PAYS_ASKED.search(question)
        and CONTRIBUTION_SAID.search(question)
        and not NOT_A_CONTRIBUTION.search(question)
    ):
        return None
    rule = (
        "参保人员未在规定时间缴费的，中断缴费期间所发生的医疗费用由本人承担；补缴后，"
        "在补缴的次月起方可享受待遇（第八条）。"
    )
    # (a yes/no said of no time before or after the month of the payment gets the rule only)
    asked = BACK_PAID.split(question, maxsplit=1)[-1]
    lead = (
        "不能："
        if lapse
        else "能："
        if AFTER_THAT_MONTH.search(asked)
        else "不能："
        if BEFORE_THAT_MONTH.search(question)
        else ""
    )
    return Verdict(f"{lead}{rule}", [("medical-insurance", "第八条", "")], focus="补缴的次月起")


# care asked of ("那我2月份住院花的钱能报吗"): a stay, a visit, its costs
CARE_COSTS = re.compile(r"住院|住[了的过]院|看病|看的病|门诊|医药费|药费|花的钱|花的|费用|手术")


def care_in_lapse(lapse: str, question: str, corpus: Corpus) -> Verdict | None:
    """ "那我2月份住院花的钱能报吗" after "去年12月忘了交医保，现在3月了还能补吗": care while the
    payments lapsed is one's own, the fund pays from the month after the back payment
    (第八条); a month said of the care is set against the month the lapse was made good in."""
    if not (FUND_PAYS_ASKED.search(question) and CARE_COSTS.search(question)):
        return None
    from assistant.calculators.amounts import small_count
    from assistant.compose import MONTH_SAID

    # (the month of the stretch that makes the lapse good or says today: "现在3月了还能补吗",
    # "我3月15号补完的" — not the month it began, "去年12月忘了交")
    # (the month of the stretch that makes the lapse good: "现在3月了还能补吗", "我3月15号补完的"
    # — not the month it began, "去年12月忘了交", nor today's alone, "现在5月了")
    made_good = [p for p in re.split(r"[，,。；;？?]", lapse) if "补" in p]
    paid = [small_count(m) for p in made_good for m in MONTH_SAID.findall(p)]
    cared = [
        small_count(m)
        for p in re.split(r"[，,。；;？?]", question)
        if not re.search(r"补|现在|如今|目前", p)
        for m in MONTH_SAID.findall(p)
    ]
    if not cared and paid and SAME_MONTH.search(question):
        cared = [paid[-1]]  # ("6月15号补缴的，同月20号住院": the month of the payment)
    rule = (
        "参保人员未在规定时间缴费的，中断缴费期间所发生的医疗费用由本人承担；补缴后，"
        "在补缴的次月起方可享受待遇（第八条）。"
    )
    lead = ""
    cared = [c for c in cared if c]
    # (another year's month, "去年12月住院", or one that may be the next year's, "12月补交…1月",
    # is left to the rule)
    other_year = (
        re.search(r"去年|前年|上一年|明年", question)
        or any(paid and paid[-1] and c < paid[-1] - 6 for c in cared)
        # ("去年12月忘了交…现在3月了" then "那12月份住院的钱"): a month after the payment's may
        # be last year's, inside the lapse
        or (re.search(r"去年|前年|上一年", lapse) and any(paid and c > paid[-1] for c in cared))
    )
    if paid and cared and paid[-1] and not other_year:
        # (the last month said of the lapse is when it is made good: "现在3月了还能补吗")
        month = paid[-1]
        if len(cared) == 1:
            care = cared[0]
            lead = (
                f"能：{month}月补缴，{month % 12 + 1}月起享受待遇，{care}月的医疗费用按规定报销。"
                if care > month
                else f"不能：{care}月还在中断缴费期间（{month}月补缴，{month % 12 + 1}月起才享受待遇），"
                "这期间的医疗费用由本人承担。"
            )
        else:
            # "那2月那次和5月那次住院能报吗": each stay by its month
            each = "；".join(
                f"{care}月的{'能报（补缴次月起享受待遇）' if care > month else '不能报（中断缴费期间，由本人承担）'}"
                for care in dict.fromkeys(cared)
            )
            lead = f"{month}月补缴，{month % 12 + 1}月起享受待遇：{each}。"
    return Verdict(
        f"{lead}{rule}",
        [("medical-insurance", "第八条", "")],
        focus="中断缴费期间",
        facts=[f"{m}月" for m in (*paid, *cared, *(p % 12 + 1 for p in paid if p)) if m],
    )


# a share said in a question ("是不是也是85%", "报百分之七十吗")
PERCENT_SAID = re.compile(r"(\d{1,3})\s*[%％]")


def rate_outside(frame) -> Verdict | None:
    """ "交250的在拉萨三级医院住院报销比例是多少 / 是不是也是85%": a stay's rate outside the pool,
    the tier and level said and no bill: the rate in the pool less the ten points (第二十二条),
    computed from the rule table as the inpatient calculator does; a share said is checked."""
    from decimal import Decimal

    from assistant.frame import FactType

    slots = frame.slots
    said = PERCENT_SAID.search(frame.text)
    if slots.get("in_area") is not False and said and slots.get("tier") and slots.get("level"):
        return _rate_checked(frame, said)
    if (
        frame.calculator != "inpatient"
        or slots.get("in_area") is not False
        or "cost" in slots
        or slots.get("tier") is None
        or frame.fact not in (FactType.RATIO, FactType.YES_NO)
    ):
        return None
    table = rules()["inpatient"]
    points = Decimal(table["out_of_area_points"]["value"])

    def percent(value: Decimal) -> str:
        return f"{(value * 100).normalize():f}%"

    rates = table["ratio"]["values"][str(slots["tier"])]
    if not slots.get("level"):
        # "我交的120 比例是多少" after a stay in Chengdu: each level's rate, in and outside
        by_rate: dict[Decimal, list[str]] = {}
        for level, rate in rates.items():
            if level != "社区卫生服务中心":  # (the same rate as 乡镇卫生院, named with it)
                by_rate.setdefault(Decimal(rate), []).append(level)
        groups = sorted(by_rate.items(), key=lambda g: -g[0])
        inside_said = "，".join(
            f"{'、'.join(_institution(v) if v == levels[-1] else v for v in levels)}报销{percent(r)}"
            for r, levels in groups
        )
        outside_said = "、".join(percent(r - points) for r, _ in groups)
        return Verdict(
            f"{slots['tier']}元档住院，在阿里统筹区内：{inside_said}；统筹区外就医报销比例降低10%"
            f"（按降低10个百分点理解），即分别为{outside_said}（第二十二条）。",
            [("medical-insurance", "第二十二条", "")],
            focus="降低10%",
            facts=[percent(r) for r, _ in groups] + [percent(r - points) for r, _ in groups],
        )
    inside = Decimal(rates[slots["level"]])
    outside = inside - points

    lead = ""
    if said:
        lead = "是：" if Decimal(said.group(1)) == outside * 100 else "不是："
    return Verdict(
        f"{lead}{slots['tier']}元档在{_institution(slots['level'])}住院，在阿里统筹区内报销"
        f"{percent(inside)}；统筹区外就医报销比例降低10%（按降低10个百分点理解），即报销"
        f"{percent(outside)}（第二十二条）。",
        [("medical-insurance", "第二十二条", "")],
        focus="降低10%",
        facts=[percent(inside), percent(outside)],
    )


def _institution(level: str) -> str:
    """ "三级" → 三级定点医疗机构; 乡镇卫生院 is named by itself."""
    return level if level.endswith(("院", "中心")) else f"{level}定点医疗机构"


def _rate_checked(frame, said: re.Match[str]) -> Verdict | None:
    """ "交250的在地区人民医院住院报销比例是不是85%": a stay's rate in the pool, the share said
    checked against the rule table (第二十二条)."""
    from decimal import Decimal

    slots = frame.slots
    if frame.calculator != "inpatient" or "cost" in slots:
        return None
    rate = Decimal(rules()["inpatient"]["ratio"]["values"][str(slots["tier"])][slots["level"]])
    shown = f"{(rate * 100).normalize():f}%"
    lead = "是" if Decimal(said.group(1)) == rate * 100 else "不是"
    return Verdict(
        f"{lead}：{slots['tier']}元档在阿里统筹区内{_institution(slots['level'])}住院，"
        f"报销{shown}（第二十二条）。",
        [("medical-insurance", "第二十二条", "")],
        focus=f"报销{shown}",
        facts=[shown],
    )


# a bed's fee for a day said ("床位费一天100", "每天床位费80块"), and the whole of it asked paid
# (a day said: "床位费900" is a stay's bed fees, "床位费10天600" a count of days)
BED_FEE_SAID = re.compile(
    r"床位费?(?:是|要|收)?(?:一天|每天|每日|一晚|每晚)(?:是|要|收)?(?:也)?\s*(\d+(?:\.\d+)?)"
    r"(?!\s*(?:天|晚|日))"
    r"|(?:一天|每天|每日|一晚|每晚)的?床位费?(?:是|要|收)?\s*(\d+(?:\.\d+)?)(?!\s*(?:天|晚|日))"
)
WHOLE_PAID_ASKED = re.compile(
    r"全报|全额|都能报|都报|全部报|能报吗|报不报|能不能报|能报销吗|给报吗"
)


def _bed_fee_standard(question: str, corpus: Corpus) -> Verdict | None:
    return bed_fee_standard(question) or bed_fee_for_days(question)


# days stayed ("住12天", "住了十来天" is no count), and the most counted asked
DAYS_STAYED = re.compile(r"(?:住|住院|住了)\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:天|日)")
MOST_COUNTED_ASKED = re.compile(r"最多|多少|一共|总共|能算|算多少")


def bed_fee_for_days(question: str) -> Verdict | None:
    """ "二级医院住12天 床位费最多算多少": the level's standard a day times the days stayed
    (第二十二条（二）: 60元/床日 × 12 = 720元), the most of the bed fees counted."""
    from assistant.calculators.amounts import small_count

    stayed = DAYS_STAYED.search(question)
    level = read_level(question)
    if (
        "床位" not in question
        or stayed is None
        or level is None
        or not MOST_COUNTED_ASKED.search(question)
        or BED_FEE_SAID.search(question)
    ):
        return None
    table = rules()["inpatient"]["bed_fee_cap"]
    days = small_count(stayed.group(1).replace("两", "二"))
    if level not in table["values"] or not days:
        return None
    cap = Decimal(table["values"][level])
    total = cap * days
    name = f"{level}医院" if level.endswith("级") else level
    article, item = table["cite"][1], table["cite"][2]
    return Verdict(
        f"{name}床位费的标准是{cap}元/床日（{article}{item}），住{days}天按这个标准计是"
        f"{cap}×{days}={total}元；标准以内的床位费和其他合规费用一起按住院报销比例报销"
        "（第二十二条（三））。",
        [("medical-insurance", article, item), ("medical-insurance", article, "（三）")],
        focus=f"{name}{cap}元/床日",
        facts=[str(days), str(total)],
    )


def bed_fee_standard(question: str, level: str | None = None) -> Verdict | None:
    """ "二级医院床位费一天100 能全报吗": the bed fee is paid up to its level's standard a day
    (第二十二条（二）); what a day costs beyond it is not. `level`: the hospital's, when the
    question leaves it to the case before ("床位费一天100 也能全报吗" after a 二级 stay)."""
    said = BED_FEE_SAID.search(question)
    level = read_level(question) or level
    if said is None or level is None or not WHOLE_PAID_ASKED.search(question):
        return None
    table = rules()["inpatient"]["bed_fee_cap"]
    standards = table["values"]
    if level not in standards:
        return None
    fee, cap = Decimal(said.group(1) or said.group(2)), Decimal(standards[level])
    name = f"{level}医院" if level.endswith("级") else level
    article, item = table["cite"][1], table["cite"][2]
    place = [("medical-insurance", article, item)]
    if fee > cap:
        over = fee - cap
        return Verdict(
            f"不能全报：{name}床位费的标准是{cap}元/床日（{article}{item}），"
            f"每天{fee}元中超出标准的{over}元不在标准之内。",
            place,
            focus=f"{name}{cap}元/床日",
            facts=[str(fee), str(over)],
        )
    place.append(("medical-insurance", article, "（三）"))
    return Verdict(
        f"床位费在标准之内：{name}床位费的标准是{cap}元/床日（{article}{item}），每天{fee}元没有"
        "超过标准；它和其他合规费用一起按住院报销比例报销，不是全额报销（第二十二条（三））。",
        place,
        focus=f"{name}{cap}元/床日",
        facts=[str(fee)],
    )


# a visitor to the prefecture, said as one ("游客", "外国人", "来旅游的", "德国游客")
# (the asker or the person asked of as a visitor: not "我去新疆旅游…", a resident travelling)
VISITOR = re.compile(
    r"游客|旅客|外国人|外籍|老外|背包客|(?:来|到)(?:阿里|这边|这里)?(?:旅游|旅行|观光|玩)的"
)
# a medical claim (报销, 医保给报), never 报告, 报警, 报名
CLAIMED = re.compile(
    r"报销|看病|住院|(?<!举)报(?![告警名到道考批备])|(?:医保|保险)[^，。？?]{0,4}(?:管|赔|付)"
)


MEDICAL_WORDS = re.compile(r"医保|报销|看病|住院|就医|门诊|医疗")


def _visitor_claim(question: str, corpus: Corpus) -> Verdict | None:
    """ "德国游客在阿里生病了，医保能报吗": the residents' scheme pays its members, who are
    residents registered in the prefecture (第六条); a visitor is none of them."""
    if (
        not CLAIMED.search(question)
        or not MEDICAL_WORDS.search(question)
        # (whether one may join, "户口在四川能参加这里的医保吗", is the enrolment rule's)
        or MAY_JOIN.search(question)
    ):
        return None
    from assistant.frame import PlaceRole, places_in

    if not VISITOR.search(question):
        if not any(p.role is PlaceRole.ORIGIN for p in places_in(question)):
            return None
        # "四川来的民工在阿里住院能报吗": from elsewhere, perhaps registered here since
        return Verdict(
            "要看是否在阿里参保：阿里地区城乡居民基本医疗保险的参保范围是具有阿里地区户籍且未参加"
            "城镇职工基本医疗保险的城乡居民等（第六条）；户籍不在阿里、也没有在阿里参保的，"
            "不能按这里的规定报销。",
            [("medical-insurance", "第六条", "（一）")],
            focus="具有阿里地区户籍",
        )
    return Verdict(
        "不能按这里的城乡居民医保报销：阿里地区城乡居民基本医疗保险的参保范围是具有阿里地区户籍且"
        "未参加城镇职工基本医疗保险的城乡居民等（第六条），只有参保人员才能报销；公报没有规定游客"
        "在阿里就医的报销办法。",
        [("medical-insurance", "第六条", "（一）")],
        focus="具有阿里地区户籍",
    )


# where one may join or pay in, asked of a place ("能在拉萨交吗", "可以在普兰参保吗")
ENROLLED_WHERE = re.compile(
    r"(?:能|可以|能不能|可不可以|行不行)[^，。？?]{0,2}在([\u4e00-\u9fff]{2,6}?)(?:那边|这边|当地)?"
    # (paying in or joining, nothing else done there: not "能在成都办备案吗")
    r"(?:(?:交|缴)(?:医保|保险|费|钱)?(?=吗|么|不|呢|[？?]|$)|参保|(?:办|上|买)(?:医保|保险))"
)


def _where_to_enrol(question: str, corpus: Corpus) -> Verdict | None:
    """ "我在拉萨打工，户口在噶尔县，能在拉萨交吗": one joins where one's household is
    registered (第七条, 第九条（一）); only people resettled elsewhere choose between the two places
    (第六条（四））; the gazette provides for no other place."""
    from assistant.frame import places_in

    where = ENROLLED_WHERE.search(question)
    if (
        where is None
        or re.search(r"户籍所在地|户口所在地|老家", where.group(1))
        # (a place, not a way: "能不能在手机上交" asks how one pays, which the text is silent on;
        # nor Ngari itself, "能在阿里参保吗", which is who may join at all: 第六条)
        or not places_in(where.group(1))
        or all(p.role.value == "home" for p in places_in(where.group(1)))
    ):
        return None
    return Verdict(
        f"按规定在户籍所在地参保：应当持户口簿、身份证到户籍所在地的乡（镇）、村（居）申请参保登记"
        f"（第七条）；易地搬迁人员可以自愿选择户籍地或现居住地参保（第六条（四））。公报没有规定"
        f"可以在{where.group(1)}参保缴费。",
        [("medical-insurance", "第七条", ""), ("medical-insurance", "第六条", "（四）")],
        quote_all=True,
    )


def _enrolment(question: str, corpus: Corpus) -> Verdict | None:
    """Who may join the residents' scheme (第六条)."""
    newborn = ("medical-insurance", "第六条", "（三）")
    if UNREGISTERED.search(question) and CHILD.search(question) and DIED.search(question):
        # "孩子没来得及上户口就走了，抢救的钱能报吗": the mother's fund pays (第二十九条（二）)
        return Verdict(
            "能报，走母亲的医保：婴儿未上户死亡的，其产生的医疗费，符合基本医疗保险支付范围部分"
            "随其母亲基本医疗保险统筹基金给予支付，并计入母亲基本医疗保险基金年度最高支付限额内；"
            "新生儿抢救治疗符合基本医疗保险支付范围的医疗费用给予全额报销（第二十九条（二））。",
            [("medical-insurance", "第二十九条", "（二）")],
            focus="婴儿未上户死亡",
        )
    if (
        UNREGISTERED.search(question)
        and CHILD.search(question)
        and RESCUED.search(question)
        # (a child of a year or more is no newborn: "孩子两岁了还没上户口，急救住院能报吗")
        and not re.search(r"[一两二三四五六七八九十\d]+\s*(?:岁|周岁)", question)
    ):
        # "一生下来就进保温箱抢救了 这个钱咋报" before the baby's registration: the rescue is
        # paid in full, once the baby is registered and its year paid
        return Verdict(
            "能报，全额报销：新生儿抢救治疗符合基本医疗保险支付范围的医疗费用给予全额报销；"
            "费用先自费结算，给孩子上户口并缴纳本年度医保费后，再凭相关票据和证明到医保经办机构"
            "报销（第二十九条（二））。未满一周岁的婴儿取得阿里地区户籍后参保，自出生之日起享受"
            "医保待遇（第六条（三））。",
            [("medical-insurance", "第二十九条", "（二）"), newborn],
            focus="新生儿抢救治疗",
        )
    if UNREGISTERED.search(question) and CHILD.search(question):
        return Verdict(
            "要先上户口：未满一周岁的婴儿取得阿里地区户籍后，参加当年城乡居民基本医疗保险，"
            "自出生之日起享受医保待遇；新生儿住院费用先自费结算，按规定缴纳本年度医保费后，"
            "再凭相关票据和证明到医保经办机构报销（第二十九条（二））。",
            [newborn, ("medical-insurance", "第二十九条", "（二）")],
            focus="未满一周岁的婴儿",
        )
    if (
        NEWBORN_JOINS.search(question)
        and not MAY_JOIN.search(question)  # (whether one may: "可以：…" below)
        and not re.search(r"多少|几|住院|抢救|报销", question)
    ):
        # "新生儿怎么参保", "刚生的娃咋上医保": how and from when a newborn is covered
        return Verdict(
            "先给孩子上户口：未满一周岁的婴儿取得阿里地区户籍后，参加当年城乡居民基本医疗保险，"
            "自出生之日起享受医保待遇。",
            [newborn],
            focus="未满一周岁的婴儿",
        )
    if (
        NOT_INSURED.search(question)
        and NOT_INSURED_PAID.search(question)
        and not LAPSED.search(question)
        and not re.search(r"多少|几|怎么|哪", question)
    ):
        return Verdict(
            "不能：未参保的不享受城乡居民基本医疗保险待遇。",
            [(ENROL, "第八条", "")],
            focus="未参保的不享受",
        )
    if not (ENROLS.search(question) or MAY_JOIN.search(question)):
        return None
    if (
        not MAY_JOIN.search(question)
        and TREATMENT_COST.search(question)
        and FUND_ASKED.search(question)
    ):
        return None  # "只交了城乡居民医保，住院能报销吗": the stay's cover is asked, not joining
    from assistant.frame import a_few_said

    # (a stretch told, "开店好几年了", asks no length)
    if re.search(r"多少|几|什么时候|怎么|哪里|哪儿|在哪", a_few_said(question)):
        return None  # how much / when / how: retrieval or the contribution calculator answers
    place = [(ENROL, "第六条", "")]
    employees = re.search(r"职工(基本)?医(疗)?保", question)
    if employees and _in_employees_scheme(question, employees):
        return Verdict(
            "不可以同时参加：参保人员不得同时参加城乡居民基本医疗保险和城镇职工基本医疗保险，"
            "不得跨制度、跨统筹地区重复参保。",
            place,
            focus="不得同时参加",
        )
    from assistant.frame import PlaceRole, places_in

    # (a household said to be elsewhere, "户口在拉萨", "我是四川人", is 第六条's condition unmet)
    elsewhere_said = any(
        p.role is PlaceRole.ORIGIN
        or (p.role is not PlaceRole.HOME and re.search(r"户口|户籍|人[，,]", question))
        for p in places_in(question)
    )
    if (
        employees
        and not elsewhere_said
        and not re.search(r"(没有|不是|无).{0,4}(阿里)?(户口|户籍)|外地户口|户口不在", question)
    ):
        # "户口在日土，没参加职工医保，能参保吗": the very people the scheme covers
        return Verdict(
            "可以：具有阿里地区户籍且未参加城镇职工基本医疗保险的城乡居民都在参保范围内"
            "（第六条（一））；持户口簿、身份证到户籍所在地的乡（镇）、村（居）申请参保登记（第七条）。",
            [(ENROL, "第六条", "（一）"), (ENROL, "第七条", "")],
            focus="具有阿里地区户籍且未参加城镇职工基本医疗保险",
            quote_all=True,
        )
    # ("闺女出生三个月刚上了阿里户口": a baby said by its age since birth)
    if re.search(r"刚出生|新生儿|婴儿|刚生|满月|出生[^，。？?]{0,3}(?:个月|天|周)", question):
        return Verdict(
            "可以：未满一周岁的婴儿取得阿里地区户籍后，参加当年城乡居民基本医疗保险，自出生之日起享受待遇。",
            [newborn],
            focus="未满一周岁的婴儿",
        )
    if re.search(r"易地搬迁|搬迁", question):
        return Verdict("可以，并可自愿选择在户籍地或现居住地参保。", place, focus="易地搬迁人员")
    if re.search(r"学生|上学|读书|大学|中专|技校|幼儿园|学前|上小学|上初中|上高中", question):
        return Verdict(
            "可以：地区行政区域内的学龄前儿童、中小学生、西藏班学生及在校大中专学生按户籍所在地参保。",
            place,
            ["按户籍在阿里地区考虑。"],
            focus="学龄前儿童",
        )
    from assistant.frame import PlaceRole, places_in

    # "户口在四川", "四川户口的": registered elsewhere
    # ("德国游客", "外国人": a visitor from elsewhere, registered there)
    elsewhere = any(p.role is PlaceRole.ORIGIN for p in places_in(question)) and re.search(
        r"户口|户籍|游客|旅游|外国|外籍", question
    )
    if elsewhere or re.search(
        r"(没有|不是|无).{0,4}(阿里)?(户口|户籍)|外地户口|户口不在", question
    ):
        return Verdict(
            "一般不可以：参保范围是具有阿里地区户籍且未参加城镇职工基本医疗保险的城乡居民"
            "（学生、易地搬迁人员等另有规定）。",
            place,
            focus="具有阿里地区户籍",
        )
    if (
        not MAY_JOIN.search(question)
        or LAPSED.search(question)
        or re.search(r"哪些|什么人|谁", question)
    ):
        return None
    home = any(p.role is PlaceRole.HOME for p in places_in(question)) and re.search(
        r"户口|户籍", question
    )
    if home and NO_EMPLOYER.search(question) and not re.search(r"职工医保|职工医疗", question):
        # "噶尔县 户口在狮泉河镇 没单位上班 能参加城乡居民医保不": both conditions told
        return Verdict(
            "可以参加：您的户籍在阿里地区，又没有单位（未参加城镇职工基本医疗保险），属于城乡居民"
            "基本医疗保险的参保范围（第六条）。",
            place,
            focus="具有阿里地区户籍",
        )
    # "我是公务员，能参加城乡居民医保吗", "外地打工回来的能在阿里参保吗": the rule that decides
    return Verdict(
        "看户籍和是否已参加职工医保：参保范围是具有阿里地区户籍且未参加城镇职工基本医疗保险的"
        "城乡居民；参保人员不得同时参加城乡居民医保和城镇职工医保（第六条）。",
        place,
        focus="具有阿里地区户籍",
    )


# no employer told ("没单位上班", "在家放牧", "打零工的"): no employees' scheme through one
NO_EMPLOYER = re.compile(
    r"没(?:有)?(?:单位|工作单位|固定工作|正式工作)|没(?:在单位)?上班|无业|不在单位|放牧|种地|务农|"
    r"打零工|个体|自己做(?:生意|买卖)|开(?:了个)?(?:小)?店"
)


# whether the fund pays is asked ("能报吗", "医保管不管", "走医保")
FUND_ASKED = re.compile(
    r"报|支付|医保管|医保给|能不能用医保|医保出|走[^，。？?]{0,4}医保|用医保|刷医保|医保卡能用"
    # ("这钱医保认吗", "医保算不算"): whether the fund accepts it
    r"|医保[^，。？?]{0,2}(?:认|承认|算|包)"
)


def _unpaid_care_what_now(question: str) -> bool:
    from assistant.frame import TREATMENT, WHAT_NOW_ASKED

    # ("医保没续上，结果住上院了，咋办": care however said, a stay split by 上 too)
    return bool(
        unpaid_said(question) and TREATMENT.search(question) and WHAT_NOW_ASKED.search(question)
    )


# care or the scheme named: a cost asked of it is the scheme's question
CARE_SAID = re.compile(r"住院|医院|卫生院|看病|医保|门诊|治疗|药|急救|手术|就医")


def fund_never_pays(question: str, corpus: Corpus) -> Verdict | None:
    if not (FUND_ASKED.search(question) or _unpaid_care_what_now(question)):
        return None
    found = match_exclusion(question) or _listed_exclusion(question, corpus)
    if found is None:
        return None
    if found[0] == THIRD_PARTY_ITEM and INJURY.search(question):
        return None  # ("在茶馆被人捅伤了…能报吗": `_injury` says who bears it, and the fights)
    # ("交通事故受伤住院能报吗": the item's own word names no other document's subject)
    # (nor the vehicles of a crash: "让货车刮倒了" names the road plan's 货车 by chance)
    from assistant.calculators.medical import VEHICLE_CRASH
    from assistant.compose import named_elsewhere

    said = _without_listed(VEHICLE_CRASH.sub("", question), corpus)
    # (the subject said before a pause when the asking part names none: "参加文物安全培训，车费
    # 报不报")
    whole = re.sub(r"[，,\s]+", "", said) if not CARE_SAID.search(said) else said
    if named_elsewhere(whole, corpus, "medical-insurance"):
        return None  # "参加培训来回的路费能报吗": another document's subject
    item, name, spec = found
    if newborn_before_paying(question, name):
        return (
            None  # ("刚生下来，医保还没交，住院能报吗": 第二十九条（二） pays it after enrolling)
        )
    article = spec[1]
    item = item or spec[2]  # (非选定: an item of 第二十九条, cited by its own spec)
    label = f"{article}{item}" if item else article
    # (the thing as the question says it: "假肢属于…", so that two things asked at once read
    # apart; the one said last, a later part's own after the subject it leans on)
    entry = next((e for e in rules()["exclusions"]["items"] if e["name"] == name), None)
    words = [k for k in (entry or {}).get("keywords", []) if k in question]
    if not words:
        # ("镶牙": a word of the item's own list, 洁牙、镶牙、牙列不整矫形…, no keyword of it)
        from assistant.citations import of_place
        from index.lexical import tokenize

        cite = of_place(corpus, "medical-insurance", spec[1], item or spec[2])
        words = [t for t in tokenize(question) if len(t) >= 2 and cite and t in cite.text]
        words = [t for t in words if not re.fullmatch(r"医保|报销|费用|医疗", t)]
    thing = max(words, key=lambda k: (question.rfind(k) + len(k), len(k))) if words else "这"
    answer = f"不能报销。{thing}属于“{name}”，按{label}，城乡居民基本医疗保险基金不予支付。"
    places = [("medical-insurance", article, item)]
    each = unpaid_things(question, corpus)
    if len(each) > 1:
        # "配眼镜 镶牙能报吗", "救护车费和陪护费给不给": every thing asked, with its own item
        said = "；".join(f"{w}属于“{n}”（{a}{i}）" for w, n, a, i in each)
        answer = f"都不能报销：{said}，城乡居民基本医疗保险基金都不予支付。"
        places = list(dict.fromkeys(("medical-insurance", a, i) for _, _, a, i in each))
    if item == UNPAID_ITEM and article == "第三十条":
        answer += UNPAID_GAP  # what the gap costs and how it is mended
        places.append(("medical-insurance", "第八条", ""))
    return Verdict(
        answer,
        places,
        focus=next((k for k in _keywords(name) if k in question), ""),
        quote_all=len(each) > 1,  # (each thing's own item quoted)
    )


# where things asked together part ("配眼镜 镶牙", "救护车费和陪护费", "眼镜、假牙")
THINGS_APART = re.compile(r"[、，,；;\s]+|和|跟|与|以及|还有|或者|或是")


def unpaid_things(question: str, corpus: Corpus) -> list[tuple[str, str, str, str]]:
    """(thing as said, item name, article, item) of each part of the question that names a
    第三十条 item, in the order said; one entry a thing (two words of one item are two)."""
    table = rules()["exclusions"]
    keywords = [k for e in table["items"] for k in e["keywords"]]
    found: list[tuple[str, str, str, str]] = []
    for part in THINGS_APART.split(question):
        words = [k for k in keywords if k in part]
        words += [t for t, _ in _listed_terms(corpus) if t in part]
        hit = match_exclusion(part) or _listed_exclusion(part, corpus) if words else None
        if hit is None or not hit[0]:
            continue
        thing = max(words, key=len)
        if all(thing not in f[0] and f[0] not in thing for f in found):
            found.append((thing, hit[1], hit[2][1], hit[0]))
    return found


# a facility said by who owns it, not by whether it is 定点 ("私人诊所", "民营医院")
PRIVATE_FACILITY = re.compile(
    r"(?:私人|私立|民营|个体|非公立?|私营)[^，。？?]{0,4}(?:诊所|医院|医疗机构|卫生室|门诊)"
)


def _private_facility(question: str, corpus: Corpus) -> Verdict | None:
    """ "去私人诊所住院能报吗": whether it is paid turns on whether the clinic is 定点, not on
    who owns it — 非公立医疗机构 are made 定点 on the same terms as public ones (第三十五条), and
    care at one that is not 定点 is not paid (第三十条（九）)."""
    if not PRIVATE_FACILITY.search(question) or not FUND_ASKED.search(question):
        return None
    same = "要看这家机构是不是医保定点医疗机构：对非公立医疗机构与公立医疗机构实行同等的定点管理政策（第三十五条）"
    if re.search(r"住院|住了", question):
        answer = f"{same}；在非定点医疗机构住院治疗的，基金不予支付（第三十条（九））。"
        other = ("medical-insurance", "第三十条", "（九）")
    else:  # (a visit: one is treated at 定点 institutions, 第三十一条)
        answer = f"{same}；参保人员就近选择相应级别定点医疗机构就医（第三十一条）。"
        other = ("medical-insurance", "第三十一条", "")
    return Verdict(answer, [("medical-insurance", "第三十五条", ""), other], quote_all=True)


# 第八条 on a contribution not paid in time: the gap's costs, the back-payment, the year paid for
UNPAID_GAP = (
    "未在规定时间缴费的，中断缴费期间所发生的医疗费用由本人承担；如需补缴，由个人按最高筹资标准"
    "全额补缴（包括各级财政补贴部分和个人缴费最高档次费用），补缴的次月起方可享受待遇。"
    "另外，当年缴费次年享受待遇，每年10月1日至12月31日为下一年的参保缴费期（第八条）。"
)


def _emergency_elsewhere(question: str, corpus: Corpus) -> Verdict | None:
    """ "急诊去了不是我选的那家医院，能报吗": 第二十九条（五） bars care at a designated hospital
    one did not choose except in an emergency, so an emergency there is paid as usual."""
    from assistant.calculators.medical import EMERGENCY_SAID, NOT_CHOSEN

    if not (
        FUND_ASKED.search(question)
        and NOT_CHOSEN.search(question)
        and EMERGENCY_SAID.search(question)
    ):
        return None
    return Verdict(
        "可以按规定报销：除急诊和急救外，在非选定的定点医疗机构就医的费用才不由基金支付；"
        "急诊、急救不受这一限制，按相应的住院或门诊报销规定执行（第二十九条（五））。",
        [("medical-insurance", "第二十九条", "（五）")],
        focus="除急诊和急救外",
    )


# a drug or service outside the scheme's catalogues ("进口药不在目录里", "自费药", "目录外的检查")
OUTSIDE_CATALOGUE = re.compile(
    r"(?:不在|没在|不属于|没有在)[^，。？?]{0,6}目录|目录(?:外|以外|之外)|自费(?:的)?(?:药|项目|检查|诊疗)"
)


def _outside_catalogue(question: str, corpus: Corpus) -> Verdict | None:
    """ "医生开的进口药不在目录里，能报吗": the fund pays by the 三大目录 (第二十一条); what lies
    outside them is 自费, used only after the patient is told and signs (第三十八条)."""
    if not (FUND_ASKED.search(question) and OUTSIDE_CATALOGUE.search(question)):
        return None
    return Verdict(
        "不能报销：基本医保按西藏自治区统一的“三大目录”（药品目录、诊疗项目、服务设施）报销"
        "（第二十一条）；目录外的属于自费药品或自费项目，使用前必须预先告知患者或家属并签字同意"
        "（第三十八条）。",
        [("medical-insurance", "第二十一条", ""), ("medical-insurance", "第三十八条", "")],
        focus="三大目录",
        quote_all=True,
    )


# someone other than the asker, said before a scheme that is theirs
KIN_OR_OTHER = r"老公|老婆|爱人|媳妇|丈夫|妻子|爸|妈|儿子|女儿|孩子|父母|家人|哥|姐|弟|妹"
# the employees' scheme named beside the residents' ("交了职工医保，居民医保还交吗")
EMPLOYEES_SCHEME = re.compile(
    r"职工(?:基本)?医(?:保|疗保险)|单位(?:给|帮)?(?:交|缴|买)[^，。？?]{0,3}医保"
)


def _in_employees_scheme(question: str, scheme: re.Match[str]) -> bool:
    """Whether the one asking is said to be in the employees' scheme the question names: not
    when it is another person's ("我老公是单位交的医保，我能参加居民医保吗") nor when it is
    denied ("没参加职工医保，能参加城乡居民医保吗")."""
    before = question[: scheme.start()]
    if re.search(KIN_OR_OTHER, before) and re.search(r"我", question[scheme.end() :]):
        return False
    return not re.search(
        r"(?:没|没有|未|不是|不在)(?:参加|参保|交|缴|买|办)?[^，。？?]{0,3}$", before
    )


# a second enrolment said beside one's own ("在学校再交一份成都的医保", "两边都交两边都报")
ENROLLED_TWICE = re.compile(
    r"(再|又|也)(交|缴|参加?|买|办)(一份|一个)[^，。？?]{0,10}(医保|医疗保险)|"
    r"两(边|头|个地方|地)都?(交|缴|参保|参加)|重复参保|"
    # ("我在噶尔参了保，还能在措勤再交一份吗": one's own enrolment said first, then another)
    r"(参了保|参保了|交了医保|医保交了)[^。？?]{0,20}(再|又|也)(交|缴|参)(一份|一次|个)"
)
# the second enrolment somewhere else (there, at school, back home), never another person's
# (给我老婆也交一份) nor another policy (商业保险), a tier changed (再交一次) or money back (退)
ELSEWHERE_ENROLLED = re.compile(
    r"那边|那里|这边|学校|单位|老家|外地|外省|内地|别的地方|另一个地方|两边|两头|两个地方|两地|"
    r"[\u4e00-\u9fff]{1,3}(市|省|县)的|拉萨|成都|日喀则|重复参保"
)
NOT_ENROLLED_TWICE = re.compile(r"商业|商保|保险公司|退|给我?(老婆|爸|妈|孩子|儿子|女儿)|档次")


def enrolled_twice(question: str, corpus: Corpus | None = None) -> Verdict | None:
    """ "在成都上学，再交一份那边的大学生医保，两边都报行吗": no one is enrolled in two pools or
    two schemes, nor paid by both (第六条)."""
    from assistant.frame import places_in

    if (
        not ENROLLED_TWICE.search(question)
        # (a place named, Ngari's own counties too: "在噶尔参了保…在措勤再交")
        or not (ELSEWHERE_ENROLLED.search(question) or places_in(question))
        or NOT_ENROLLED_TWICE.search(question)
        or EMPLOYEES_SCHEME.search(question)  # (the employees' scheme beside: _both_schemes)
    ):
        return None
    return Verdict(
        "不可以：参保人员不得跨制度、跨统筹地区重复参保和享受待遇（第六条）。",
        [("medical-insurance", "第六条", "")],
        focus="跨统筹地区重复参保",
    )


# a change of one's tier asked ("改交250行不行", "明年能换成250档吗", "想从60档换到250档")
TIER_CHANGE = re.compile(
    r"(?:改|换|调|升|降)(?:交|缴|成|到|为|回)?\s*(?:60|120|250|一百二|二百五)(?:元|块)?(?:档|的)?"
    r"|(?:改|换|调|升|降)(?:个)?档"
)
# whether or when it may be done ("行不行", "能不能", "啥时候")
MAY_OR_WHEN = re.compile(r"行不行|能不能|可不可以|可以|能|行吗|吗|啥时候|什么时候|几月|怎么")


def asks_tier_change(question: str) -> bool:
    """Whether or when one may change one's tier is asked — not a sum on another tier ("要是
    改交250，这次能报多少", a case supposed)."""
    asked = TIER_CHANGE.search(question)
    return bool(
        asked is not None
        and MAY_OR_WHEN.search(question[asked.start() :])
        and not re.search(r"多少|几成|几个点|差多少", question)
    )


def _tier_change(question: str, corpus: Corpus) -> Verdict | None:
    """ "那我现在改交250行不行，啥时候能改": the tier is one's own choice (第十八条（一） 自愿选择),
    paid in the period before the year it covers (第八条: 每年10月1日至12月31日为下一年的参保
    缴费期, 当年缴费次年享受) — so a new tier is paid in that period and covers the next year."""
    if not asks_tier_change(question):
        return None
    return Verdict(
        "可以另选档次，在缴费期内按新档次缴费：缴费档次由个人根据自身情况自愿选择60元、120元、"
        "250元（第十八条（一））；每年的10月1日至12月31日为下一年的参保缴费期，当年缴费次年享受"
        "待遇（第八条）——所以新档次在今年缴费期内缴纳，从下一年1月1日起按新档次享受待遇。",
        [("medical-insurance", "第十八条", "（一）"), ("medical-insurance", "第八条", "")],
        focus="自愿选择",
        quote_all=True,
    )


# a private policy named ("买了商业医疗险", "平安的e生保"): the frame's reading of that scheme
COMMERCIAL_HELD = re.compile(r"商业(?:医疗)?(?:保险|险)|惠民保|百万医疗|医疗险|住院险|重疾险")


def _commercial_beside(question: str, corpus: Corpus) -> Verdict | None:
    """ "买了商业医疗险，住院还能用居民医保报吗": the gazette says nothing of private policies;
    the only bar it puts on holding two schemes is 第六条's (城镇职工 and repeated enrolment),
    the nearest rule. Enrolling asked beside it is 第六条's scope, decided elsewhere."""
    if not COMMERCIAL_HELD.search(question) or not re.search(r"居民医保|城乡居民|医保", question):
        return None
    if not re.search(r"报|赔|享受|待遇", question) or re.search(r"参保|参加|交|缴", question):
        return None
    return Verdict(
        "文件没有涉及商业保险，也没有规定买了商业保险会不会影响城乡居民医保报销；第六条只规定参保人员"
        "不得同时参加城乡居民基本医疗保险和城镇职工基本医疗保险，不得跨制度、跨统筹地区重复参保和享受待遇。",
        [("medical-insurance", "第六条", "")],
        focus="不得同时参加",
        unset=True,
    )


def _both_schemes(question: str, corpus: Corpus) -> Verdict | None:
    """ "找到工作交了职工医保，居民医保还交吗": one is never in both schemes (第六条), and a move
    into the employees' scheme is paid by the residents' fund while its year runs (第十三条)."""
    scheme = EMPLOYEES_SCHEME.search(question)
    if not scheme or not re.search(
        r"居民医保|城乡居民|还(?:要|得|用)?(?:交|缴|参)|两个都|同时|一起", question
    ):
        return None
    if not _in_employees_scheme(question, scheme):
        return None
    return Verdict(
        "不可以同时参加：参保人员不得同时参加城乡居民基本医疗保险和城镇职工基本医疗保险"
        "（第六条）；转入职工医保时，居民医保待遇享受期内的费用由城乡居民医疗保险基金按规定支付，"
        "再办理职工医保参保登记（第十三条）。",
        [("medical-insurance", "第六条", ""), ("medical-insurance", "第十三条", "")],
        focus="不得同时参加",
        quote_all=True,
    )


def _without_listed(question: str, corpus: Corpus) -> str:
    """The question without the words that put it under a 第三十条 item."""
    said = [k for e in rules()["exclusions"]["items"] for k in e["keywords"] if k in question]
    said += [term for term, _ in _listed_terms(corpus) if term in question]
    for word in sorted(said, key=len, reverse=True):
        question = question.replace(word, "")
    return question


# an injury ("放牧时被牦牛顶伤", "从房顶摔下来骨折", "烫伤"): a person's treatment, whatever hurt them
INJURY = re.compile(
    r"受伤|受了伤|弄伤|伤到|伤着|摔[伤断倒下坏折了的着]|摔跤|跌[伤倒]|骨折|烫伤|烧伤|冻伤|咬伤|顶伤|踢伤|扭伤|"
    r"砸伤|割伤|划伤|撞伤|抓伤|挫伤|打伤|砍伤|刺伤|捅伤|外伤|意外伤|(被|让)[^，。？?]{1,6}(咬|顶|踢|砸|撞|抓|踩)"
)
# hurt by another person ("被人打伤", "让邻居砍了一刀"): the one who did it is the third party
ANIMAL = r"牛羊马狗獒狼熊猫蛇"
# hurt by another person ("被人打伤", "让邻居砍了一刀"): the one who did it is the third party
BY_A_PERSON = re.compile(
    rf"(被|让|遭)[^，。？?{ANIMAL}]{{0,5}}(打|砍|捅|刺|扎|揍|推)(伤|了|断|倒|骨折|一)"
)
# the exclusions an injury may fall under: its cause, a work injury, a third party
INJURY_ITEMS = ("（八）", "（十一）", "（十二）")
# hurt at work ("在工地上被钢筋砸伤", "上班时摔伤"): whether it is a work injury decides it
AT_WORK = re.compile(r"工地|上班|单位|打工|施工|工作(时|中|的时候)|干活(时|的时候)|厂里")


def _caesarean(question: str, corpus: Corpus) -> Verdict | None:
    """ "剖腹产也全报吗": a caesarean is a delivery, paid in full (第二十九条（二）), unless the
    mother asked for it without clinical need (第三十条（七）); said as her wish, the exclusion
    decides (fund_never_pays), said as the doctor's call, the birth rule does."""
    if not (CAESAREAN.search(question) and FUND_ASKED.search(question)):
        return None
    if CAESAREAN_CHOSEN.search(question) and not caesarean_needed(question):
        return None
    birth = ("medical-insurance", "第二十九条", "（二）")
    chosen = ("medical-insurance", "第三十条", "（七）")
    unpaid = "非临床需要而自己要求剖宫产分娩的费用不予支付（第三十条（七））"
    if caesarean_needed(question):
        return Verdict(
            "可以报：临床需要的剖宫产属于分娩，符合医保支付范围的医疗费用全额报销（第二十九条（二））；"
            f"只有{unpaid}。",
            [birth, chosen],
            quote_all=True,
            calculator="inpatient",
        )
    return Verdict(
        "要看是不是临床需要：医生认为需要的剖宫产属于分娩，符合医保支付范围的医疗费用全额报销"
        f"（第二十九条（二））；{unpaid}。",
        [birth, chosen],
        quote_all=True,
        calculator="inpatient",
    )


def _injury(question: str, corpus: Corpus) -> Verdict | None:
    """An injury whose cause is no 第三十条 item is treated like any illness: the fund pays for
    care at a designated hospital; the causes and payers the article excludes are said with it.
    Hurt by another person, the one who did it bears the costs (（十二）)."""
    if not (INJURY.search(question) and FUND_ASKED.search(question)):
        return None
    table = rules()["exclusions"]
    names = {e["item"]: e["name"] for e in table["items"]}
    article = table["cite_article"][1]
    causes, work, third = (names[i] for i in INJURY_ITEMS)
    stay = "inpatient" if "住院" in question else None
    if BY_A_PERSON.search(question):
        return Verdict(
            f"一般不能用医保报销：被他人伤害的医疗费用{third}（伤人的一方），按{article}"
            f"{INJURY_ITEMS[2]}，城乡居民基本医疗保险基金不予支付；因打架斗殴受伤的同样不予支付"
            f"（{article}{INJURY_ITEMS[0]}）。",
            [("medical-insurance", article, INJURY_ITEMS[i]) for i in (2, 0)],
            quote_all=True,
            calculator=stay,
        )
    if AT_WORK.search(question):
        return Verdict(
            f"要看是不是工伤：{work}的，按{article}{INJURY_ITEMS[1]}，城乡居民基本医疗保险基金"
            f"不予支付；不属于工伤、也不是因{causes}受伤或{third}的，在定点医疗机构治疗的费用"
            f"按规定报销（{article}{''.join(INJURY_ITEMS)}）。",
            [("medical-insurance", article, INJURY_ITEMS[i]) for i in (1, 0, 2)],
            quote_all=True,
            calculator=stay,
        )
    return Verdict(
        f"可以报销：意外受伤不在{article}列明的不予支付情形里，在定点医疗机构治疗的费用按规定"
        f"报销。但因{causes}受伤的、{work}的、{third}的，城乡居民基本医疗保险基金不予支付"
        f"（{article}{''.join(INJURY_ITEMS)}）。",
        [("medical-insurance", article, item) for item in INJURY_ITEMS],
        quote_all=True,
        calculator=stay,
    )


def _listed_exclusion(question: str, corpus: Corpus) -> tuple[str, str, list[str]] | None:
    """The 第三十条 item whose own list names what is asked ("镶牙" in （四）'s "洁牙、镶牙、…"),
    for the services the rule table's keywords do not spell out."""
    for term, item in _listed_terms(corpus):
        if term in question:
            return match_exclusion(item)
    return None


def _listed_terms(corpus: Corpus) -> tuple[tuple[str, str], ...]:
    table = rules()["exclusions"]
    doc, article = table["cite_article"][0], table["cite_article"][1]
    try:
        unit = corpus.unit(doc, article)
    except NotFoundError:  # a corpus without the medical rules: nothing listed
        return ()
    # the corpus's words are built once and their hash is kept: the terms are computed once
    return _terms_of(tuple((c.label, c.text) for c in clauses(unit)), corpus.words)


@lru_cache(maxsize=4)
def _terms_of(items_text: tuple[tuple[str, str], ...], every: str) -> tuple[tuple[str, str], ...]:
    """(term, item label) for each service a 第三十条 item lists, longest first; the items'
    exceptions ("除肾脏、肝脏…移植以外的…") are left out, they are paid, and so is a word the
    gazette uses elsewhere too (治疗, 国家, 保健), which names no one service."""
    found: dict[str, str] = {}
    items = {e["item"] for e in rules()["exclusions"]["items"]}
    for label, text in items_text:
        if label not in items or "：" not in text:
            continue
        listed = text.split("：", 1)[1]
        for segment in re.split(r"[；;。]", listed):
            if segment.startswith("除"):
                continue
            for piece in re.split(r"[、，,]|及|和", segment):
                term = re.sub(r"^(各种|应用|购买|自请|与|自用的)+", "", piece.strip())
                term = re.split(r"等", term)[0]
                if 2 <= len(term) <= 8 and not re.search(r"[（）()]|有关|规定|其它|其他", term):
                    found.setdefault(term, label)
    kept = [(term, item) for term, item in found.items() if every.count(term) <= 2]
    return tuple(sorted(kept, key=lambda x: -len(x[0])))


# becoming a custodian, the question the hiring rules decide
HIRING = re.compile(
    r"(?:当|做|干|报|考|应聘)(上|个|一名|名)?[^，。？]{0,6}看(管|护|守)|报名|选聘|应聘|招聘|聘用|(?<!解)聘|招|条件|能去|能做|去干|能干"
    # a custodian's age matters only to hiring one (第五条 25-50岁)
    r"|年龄|岁数|多大"
    # the post named first, then whether one may hold it ("看管员女的能当吗", "…可以当不")
    r"|(?:能|可以|可不可以|能不能)当"
)


# an age told ("我儿子24岁", "她才二十二", "六十多了") and a decade said with 多
AGE_TOLD = re.compile(
    r"\d{1,3}\s*(?:周)?岁|[二三四五六七八九]十[一二三四五六七八九]?(?:岁|了)|[二三四五六七八九]十多"
)
DECADES = "二三四五六七八九"
DECADE_TOLD = re.compile(r"([二三四五六七八九])十多")


def _custodian_hiring(question: str, corpus: Corpus, person=None) -> Verdict | None:
    """Whether one can be hired as a custodian (细则 第五条, 第六条); `person`: the frame's reading
    of who asks, whose age ("我今年52了") and sex ("我是女的") the rule decides on."""
    if not re.search(r"看管员|看管人员|看护员|文物看守|看守员", question):
        return None
    # becoming one ("能当看管员吗", "报名条件"), not a serving custodian's pay or dismissal
    # ("出了事故当年补助还发吗", "会被解聘吗")
    # (read with the turns before it, only the last question's own words say what it asks:
    # "…巡逻日志呢？ 我今年52岁，还能被选聘吗？")
    # (turns joined by a space: "…能优先选上吗 女的能不能当")
    parts = [p for p in re.split(r"[？?]|(?<=[吗呢么嘛不])\s+", question) if p.strip()]
    own = parts[-1]
    if len(parts) > 1 and re.fullmatch(r"(?:那么?|要是)?[^，。？?]{1,12}呢", own.strip()):
        # "那我女儿28岁呢": another person, asked what the question before asked
        own = f"{parts[-2]}，{own}"
    if (
        not HIRING.search(own)
        and len(parts) > 1
        and HIRING.search(parts[-2])
        and (AGE_TOLD.search(own) or (person is not None and person.age is not None))
    ):
        # "我儿子24岁行吗" after the age the post asks: that person asked of the same post
        own = f"{parts[-2]}，{own}"
    if not HIRING.search(own) or re.search(r"补助|工资|事故|解聘|扣|罚|奖", own):
        return None
    if len(parts) > 1:
        # ("…我儿子28岁…吗 女的能不能当": whose age and sex the last question tells, not the
        # turns' before it)
        from assistant.frame import read_frame

        told = read_frame(parts[-1]).person
        if told.age is not None or told.sex or told.who:
            person = told
    if re.search(
        r"(?:哪些|什么|哪几种|哪类)(?:人|样的人|条件|情况)?[^，。？?]{0,8}优先|优先[^，。？?]{0,6}(?:哪些|什么|哪几)",
        own,
    ):
        return None  # "哪些人可以优先选聘": the list of 第六条, not whether one may
    if re.search(r"优势|优先|加分|照顾|占便宜", own):
        return None  # "熟悉当地文物的人当看管员有优势吗": a preference, 第六条's item
    places = [("relic-custodians", "第五条", ""), ("relic-custodians", "第六条", "")]
    # ("想当看管员有什么条件": the conditions asked are no thing beyond the rule)
    # ("我今年52了还行不": how a yes/no is asked names nothing either)
    asked = re.sub(
        # ("报名得满足啥要求", "要符合哪些条件": the conditions asked by what one must meet)
        r"(?:有|得|要|需要)?(?:满足|符合|具备|达到)?(什么|哪些|啥)(样的)?(条件|要求)"
        r"|还?能?行(?:不行|不|吗|么|嘛)?(?=[？?。，,\s]|$)",
        "",
        own,
    )
    if _asks_beyond(asked, corpus, places):
        return None
    said = re.search(r"(\d{1,3})\s*(周)?岁", own)
    years = person.age if person is not None and person.age is not None else None
    years = years if years is not None else (int(said.group(1)) if said else None)
    told = f"{years}岁"
    decade = DECADE_TOLD.search(own)
    if years is None and decade is not None:
        # "我爸六十多了", "我三十多": every year of the decade on one side of 25-50 decides it
        low = (DECADES.index(decade.group(1)) + 2) * 10
        if low > 50 or low + 9 < 25 or (low >= 25 and low + 9 <= 50):
            years, told = low, f"{decade.group(0)}岁"
    female = person is not None and person.sex == "女"
    assumed = ["身体状况良好、无不良嗜好、在文物保护点附近居住等条件按已具备考虑，需由县里审核。"]
    if years is not None and not 25 <= years <= 50:
        return Verdict(
            f"不符合年龄条件：第五条规定选聘年龄为25-50岁，{told}不在这个范围内。",
            places[:1],
            focus="25-50岁",
            facts=[told],
        )
    # ("我是女的"): not barred, but men come first (以男性为首选)
    preferred = "；但第五条规定以男性为首选" if female else ""
    if years is None:
        lead = "可以报名，要看年龄和条件" if female else "要看年龄和条件"
        return Verdict(
            f"{lead}：选聘年龄要求25-50岁，身体状况良好，无不良嗜好，以男性为首选，就近选择（第五条）；"
            "具备汉藏双语、熟悉当地文物或属建档立卡贫困户等条件之一的优先（第六条）。",
            places,
            # (a general question, no one named, assumes nothing; a person named lacks an age)
            ["未说明年龄。"] if person is not None and person.who else [],
            focus="以男性为首选" if female else "25-50岁",
        )
    # ("家里是建档立卡户，他行吗"): a poor household's member is preferred (第六条（四）)
    poor = person is not None and any("建档立卡" in i for i in person.identities or [])
    ahead = "；家里是建档立卡贫困户，按第六条（四）可优先选聘" if poor else ""
    return Verdict(
        f"可以报名：{told}在第五条规定的25-50岁选聘年龄范围内{preferred}{ahead}。",
        places,
        assumed,
        "以男性为首选" if female else "25-50岁",
        facts=[told],
    )


ROLE_WORDS = {
    "僧": "驻寺僧尼",
    "尼": "驻寺僧尼",
    "喇嘛": "驻寺僧尼",
    "寺管会": "寺管会干部",
    "驻寺干部": "其他驻寺干部",
    "看管员": "野外文物看管人员",
    "看管人员": "野外文物看管人员",
    "领导": "分管文物工作的领导",
    "新入岗": "新入岗人员",
    "新来": "新入岗人员",
    "文物保护管理人员": "文物保护管理人员",
}


def _training_attendance(question: str, corpus: Corpus) -> Verdict | None:
    if "培训" not in question or not re.search(r"参加|参训|去培训|培训吗", question):
        return None
    if not re.search(
        r"要不要|需不需要|也要|必须参加|是否需要|是否要|要去|得去|参加吗|参不参加|要参加", question
    ):
        return None
    if re.search(r"什么|怎么|如何|哪些|程序|手续|权利", question):
        return None  # asks how or what, not whether: retrieval answers it
    if re.search(r"费|钱|掏|报销|谁出|谁管|吃|住宿|补助|补贴", question):
        return None  # ("要去参加培训，培训费要自己掏吗": a cost of it, not whether to go)
    # (the role named first: "那看管员要不要参加" read with the matter of a monk's question)
    named = sorted((question.find(w), n) for w, n in ROLE_WORDS.items() if w in question)
    role = named[0][1] if named else None
    place = [("relic-training", "六、（六）", "")]
    if _asks_beyond(question, corpus, place, role or ""):
        return None
    if role is None:
        return Verdict(
            "培训办法适用于本地区从事文物工作的所有人员，在岗人员务必全部参训，新入岗人员也要参加（六、（六））。",
            place,
            ["未说明具体岗位。"],
            focus="所有人员",
        )
    return Verdict(
        f"需要参加。“{role}”列在培训办法六、（六）的适用范围内，在岗人员务必做到全部参训。",
        place,
        focus=role,
    )


# who asks and what limits them: the hiring conditions answer these ("我是女生 有没有限制")
# (and words of meeting them: "年龄还符合吗", "够不够格")
CONDITION_WORDS = re.compile(
    r"女|男|姑娘|小伙|妇女|限制|要求|条件|门槛|规定|年龄|岁数|身体|文化|符合|满足|够格|合格|达标"
)


def _asks_beyond(
    question: str, corpus: Corpus, places: list[tuple[str, str, str]], named: str = ""
) -> bool:
    """Whether the question asks about something the deciding articles never name ("当看管员给不给
    上五险一金", "已经退休的还用不用参加培训"): the verdict on the general condition would answer
    another question; composition says what the text does not settle."""
    from assistant.compose import LOCATIVE, _names_a_thing, _telling, function_word
    from index.lexical import covered_by

    text = named + "".join(corpus.unit(doc, label).text for doc, label, _ in places)
    from assistant.frame import KIN_ANY, places_in

    # (where the asker lives, "我是革吉的", is who asks, not what)
    home = [p.said for p in places_in(question)]
    return any(
        # not a fragment of the segmentation holding a function word ("文物点当野外" → 点当);
        # other unknown words are things ("五险一金" → 五险, 一金)
        # (a character cut off before 有: "看管员有…" → 员有)
        (_names_a_thing(word) or not re.search(r"[当的了在是去想要给上和跟]", word))
        and not re.fullmatch(r"[\u4e00-\u9fff]有", word)
        and not covered_by(word, question, text)
        and not any(w in word for w in ROLE_WORDS)
        and not CONDITION_WORDS.search(word)  # "女生有没有限制": the conditions are asked
        and not function_word(word)  # ("我必须参加吗": how it is asked)
        and not HIRING.search(word)  # the asking itself: 报名, 应聘, 条件
        and not re.search(r"培训|参训", word)
        # "村里的看管员", "寺里的喇嘛": where they serve, which the rule covers
        and not LOCATIVE.match(word)
        and not re.fullmatch(r"[\u4e00-\u9fff](里|上|内|边)", word)
        # ("家就在普兰科迦寺边上": where one lives, by a named temple or village, and beside it)
        and not re.fullmatch(
            r"边上|旁边|附近|跟前|门口|对面|[\u4e00-\u9fff]{1,4}(?:寺|庙|村|乡|镇)", word
        )
        and not any(word in p or p in word for p in home)
        # ("那我大舅45呢": the person asked of, whom the rule decides on)
        and not re.fullmatch(rf"[大二三四五六七八小老幺]?(?:{KIN_ANY})", word)
        for word in _telling(question)
    )


def _keywords(name: str) -> list[str]:
    from assistant.calculators.base import rules

    table = rules()["exclusions"]
    entries = [*table["items"], table["non_chosen_hospital"]]
    return next((e["keywords"] for e in entries if e["name"] == name), [])
