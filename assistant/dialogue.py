"""How a turn continues the conversation: a pending follow-up, a change of the last calculation,
or figures for the topic just asked about.

A turn with only slots or attributes, or one that opens with 那/要是/如果/换成 or ends in 呢,
updates the last frame and recomputes; a turn with its own topic or intent starts fresh and drops
the pending follow-up. A follow-up is asked at most twice; then the rule is answered instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from assistant.calculators import TITLES
from assistant.calculators.amounts import Amount, find_amounts, small_count
from assistant.calculators.base import CalcError
from assistant.calculators.medical import UNNAMED_SPECIAL, fixed_tier
from assistant.calculators.understanding import (
    CUSTODIAN_PAY_WORDS,
    DEDUCTION_ASKED,
    EVERYDAY_ILLNESS,
    MEMBER_IDENTITY,
    SELF_ALONE,
    SITE_POINTED,
    SUM_WORDS,
    StatedCase,
    earlier_stays,
    exempt_age,
    household_ages,
    level_months_said,
    listed_members,
    months_said,
    plain,
    understand,
)
from assistant.compose import PAID_THING_ASKED
from assistant.fields import Kind, marked_cases, match_choice, match_choices, schema, spec
from assistant.frame import (
    BILL_SLOTS,
    FEMALE,
    MALE,
    MILD_DISABILITY,
    PEOPLE_CHECKED,
    QUESTION_WORD,
    THIS_CASE_ORDER,
    TOPIC,
    WHAT_HAPPENS,
    FactType,
    Frame,
    Intent,
    PlaceRole,
)
from assistant.places import ngari_counties
from assistant.state import MAX_ASKS, Calculation, Payment, Pending, State, Topic, person_key

# "记岔了 这是今年第三回住院", "说错了 是三级的": the last case said again, put right; not a
# later stay
CORRECTION = re.compile(
    r"^(?:哦|噢|啊|呃|额|等下|等等|等一下|稍等)?[，,\s]*(?:不对|不是的|不是这个|不是那个|说错了?|记错了?|记岔了?|搞错了?|弄错了?|写错了?|打错了?|"
    r"口误|更正一下|纠正一下|改一下|刚才说的不对)"
)
AGAIN = re.compile(
    # "又是多少" after a what-if asks the figure again, not of another stay
    r"又(?![是该会能得])|再次?|另外|后来|之后|后面|接下来|接着|然后|出院后|随后|下个?月|次月|第[二三四五六七八九十\d]+个?(月|疗程|期)|下一次|还(住|看|花)|这次|"
    r"还能报|还可以报|还剩|"
    # "他还在三级医院住了两次院" after his 门特: more care in the same year, on the same cap
    r"(?:还|也|同时)在(?=[^，。？]{0,10}(?:住|看|花|医院|卫生院|门诊))|"
    # "年底还有2w呢": a later part of the year, or a sum that comes on top
    r"年底|年末|下半年|还有(?=[^，。？]{0,3}[\d零一二两三四五六七八九十])|"
    # "二月份也是1.8w", "4月份又花了": a later month is a later visit
    r"(?<![个\d])(?:[二三四五六七八九十]|十[一二]|[2-9]|1[0-2])月份?(?![\d日号底初])"
)
# "下个月一样", "又住了一次，还是那么多": the last case once more, as a later visit or stay
# the figure of a case asked with nothing else said ("能报多少", "那到底能报多少钱？")
NEXT_YEAR = re.compile(r"明年|下一年|下一个年度|下个年度|下年度|新的一年|第二年")
REASKED = re.compile(
    r"(那|那么)?(到底|究竟|一共|总共)?(能|可以|可|给|医保)?(报|报销|赔|支付)(多少|几)(钱|块)?[？?。！!\s]*"
)
SAME_AGAIN = re.compile(
    r"一样|同样|也这样|照旧|差不多|同上|还是(那么|这么|那个|这个)(多|数)|也是(那么|这么|那个|这个)(多|数)|跟上次|和上次"
)
INSURANCE_WORDS = re.compile(r"医保|医疗|住院|门诊|报销|封顶|起付|参保")
OUTSIDE_INSURANCE = ("custodian_pay", "road_subsidy")
# counts said to come on top of the last ones
ADDED = re.compile(
    r"再加|加上|另加|再算上|还有|另外|又有|外加|再多|多(?:守|管|看|加)|再(?:守|管|看|添|增)|增加|新增|添了?"
    # ("她要是同时也是建档立卡户呢" after her 低保: both standings, 就高不就低 decides)
    r"|同时也?是|同时还是|也同时是|又是"
)
# some of the sites counted ("其中一处", "有两处", "里面一个"): part of them, not all
PART_OF = re.compile(
    r"(?:其中|里面|里头|当中|这里面|这当中|有)\s*(\d+|[一两二三四五六七八九十]+)\s*(?:处|个|座)"
)

# a level a site becomes ("升成", "改为", "评上了")
CHANGED_TO = re.compile(r"(?:升|改|变|换|调|评|晋|定)(?:成|为|到|上了?)|成了")


def _sites_moved(text: str, sites: dict[str, int], level: str) -> dict[str, int] | None:
    """The sites after some of them are said to be of another level ("其中一处升成自治区级"):
    that many taken from the other levels counted, the rest left; None when the turn speaks of
    no part, or of more sites than the other levels hold."""
    part = PART_OF.search(text)
    count = small_count(part.group(1)) if part else None
    # ("其中一处县级的升成自治区级": the level it becomes, when the turn names the old one too)
    to = CHANGED_TO.search(text)
    level = (match_choice("site_level", text[to.end() :]) if to else None) or level
    others = {k: v for k, v in sites.items() if k != level}
    if not count or sum(others.values()) < count or sum(sites.values()) <= count:
        return None
    moved = dict(sites)
    left = count
    for key in sorted(others, key=lambda k: -others[k]):
        taken = min(left, moved[key])
        moved[key] -= taken
        left -= taken
    moved[level] = moved.get(level, 0) + count
    return {k: v for k, v in moved.items() if v}


# counts that a turn saying 加上 adds to rather than replaces
ADDABLE = ("counties",)
# "全地区七个县加上地区财政": the whole, counted anew (加上 adds the prefecture, not counties)
WHOLE = re.compile(r"全地区|全部|所有|整个地区|七个县|7个县|七县|全区")
# a reply that the asked input is not known
UNKNOWN = re.compile(r"不知道|不清楚|不记得|记不(得|清)|忘了|想不起|没印象|搞不清|不晓得|不确定")
SAME_PERSON = re.compile(r"^(她|他|我|俺|咱)|(她|他)(今年|这次|又|还|也)")
PAYING_CALCS = ("inpatient", "special_outpatient", "general_outpatient", "two_diseases")
CARRIED = ("tier", "poor")  # what one person keeps between questions: their tier, their identity
PERSON_SLOTS = ("age", "sex", "identities", "maternity")  # a birth is one woman's case
# where the last stay stood in the year: the tally (state.payments) decides it, not the last inputs
HISTORY = ("admission", "already_paid")
# intents that bring their own topic: a pending question is not what they answer
OWN_TOPIC = {Intent.LIST, Intent.PROCEDURE, Intent.REFERENCE, Intent.SOURCE, Intent.OFF_TOPIC}


@dataclass
class Turn:
    """A calculation this turn asks for, with where its inputs came from."""

    calculator: str
    inputs: dict[str, Any]
    frame: Frame
    fresh: bool = False  # a new question, not a change of the last one
    given: set[str] = field(default_factory=set)  # inputs this turn stated itself
    new_stay: bool | None = (
        None  # True: a later stay/visit; False: a change of the last; None: new case
    )
    note: str = ""  # what was assumed, said with the answer
    queued: list[StatedCase] = field(default_factory=list)  # later cases stated with this one
    tentative: bool = False  # computed only if nothing is missing; else the turn is looked up
    stated: bool = False  # one of several cases one sentence states (shown each on its own)
    copied: bool = False  # another person's case on the last one's conditions (Payment.assumed)
    # "要是交的是60档呢": the last case supposed otherwise, a comparison; what the fund paid for
    # the case as it was stays in the year's tally
    supposed: bool = False
    # "不对，第一次是在乡卫生院住的": the order of an earlier stay this year said corrected; its
    # payment is replaced where it stood and the stays after it are recomputed
    corrected: int | None = None

    def __post_init__(self) -> None:
        if self.fresh and not self.given:
            self.given = set(self.inputs)

    @property
    def replaces_last(self) -> bool:
        return self.new_stay is False


@dataclass
class Stall:
    """The user could not give what was asked twice: answer the rule with what is known."""

    calculator: str
    missing: list[str]
    inputs: dict[str, Any] = field(default_factory=dict)  # what is known of the case


# an identity held besides one said before ("同时还是低保户", "也是建档立卡户")
ALSO_HELD = re.compile(r"(同时|也|又|另外)(还|也)?(是|属于|算)")


def slots_for(frame: Frame, calculator: str, keep_mode: bool) -> dict[str, Any]:
    reading = understand(frame.text, calculator)
    slots = dict(reading.inputs) if reading else {}
    age = frame.person.age
    for key in [k for k, v in slots.items() if age is not None and str(v) == str(age)]:
        if key not in frame.slots and key in schema() and spec(key).kind is Kind.MONEY:
            # "换成我爸呢 他72": the frame read 72 as his age, never a sum of money
            del slots[key]
    # where the stay was is read by the frame from the gazetteer ("在喀什住院"), not by the
    # calculator's own reading
    slots.update({k: frame.slots[k] for k in PLACE_SLOTS if k in frame.slots})
    if (
        calculator in PAYING_CALCS
        and "in_area" not in slots
        and any(p.role is PlaceRole.TREATED and not p.abroad for p in frame.subject.places)
    ):
        slots["in_area"] = False  # ("那在武汉住的话呢": treated away from the prefecture)
    if not keep_mode:
        slots.pop("mode", None)
    if calculator in ("inpatient", "special_outpatient") and frame.person.age is not None:
        # "我妈呢，62了" after a stay: her age fixes her tier (第十八条（二）)
        slots.update({k: v for k, v in (("age", frame.person.age), ("sex", frame.person.sex)) if v})
    if calculator == "contribution":
        if frame.person.age is not None:
            slots["age"] = frame.person.age
        if frame.person.sex:
            slots["sex"] = frame.person.sex
        if ALSO_HELD.search(frame.text):
            # (an identity recalled beside one said: "我老婆同时还是低保户" in a 建档立卡
            # household)
            held = [*slots.get("identities", []), *frame.person.identities]
            slots["identities"] = list(dict.fromkeys(held))
        if not slots.get("identities"):
            slots.pop("identities", None)
    return {k: v for k, v in slots.items() if v not in (None, [], {})}


# inputs that are whole numbers: a reply's figure fills them only when it is one
WHOLE_NUMBERS = (
    "tier",
    "months",
    "age",
    "bed_days",
    "payment_month",
    "admission",
    "counties",
    "years",
)


def _bare_answer(text: str, missing: list[str]) -> dict[str, Any]:
    """A reply that is just a number ("120", "5000元") fills the one number that was asked for."""
    if len(missing) != 1 or spec(missing[0]).kind not in (Kind.MONEY, Kind.COUNT, Kind.CHOICE):
        return {}
    key = missing[0]
    if spec(key).kind is Kind.CHOICE and not find_amounts(text):
        # "我们是地区级评的" while the honour's level is asked: the value named, in a reply
        # that asks nothing
        named = match_choice(key, text)
        return {key: named} if named and not QUESTION_WORD.search(text) else {}
    amounts = find_amounts(text)
    if not amounts and key in WHOLE_NUMBERS:
        # "身份证上写的是八十三": a count or an age in words, which no sum reader takes
        words = list(re.finditer(r"[零一二两三四五六七八九十百]+", text))
        value = small_count(words[0].group(0)) if len(words) == 1 else None
        amounts = (
            [Amount(Decimal(value), words[0].start(), words[0].end(), False)]
            if value is not None
            else []
        )
    if amounts and text[amounts[0].end :].lstrip().startswith("级"):
        return {}  # "三级残疾呢", "3级医院": a grade or a level named, no figure asked for
    # what is said besides the figure ("一百二" is the figure, not words around it)
    said = f"{text[: amounts[0].start]}|{text[amounts[0].end :]}" if amounts else text
    rest = re.sub(r"[\d.元块档万千个月岁天号，。,.\s|]|钱|那档|的|是|吧|啊", "", said)
    from index.lexical import tokenize

    for word in tokenize(spec(key).label):  # "当年财政补助是640": the field named, then its value
        if len(word) >= 2:
            rest = rest.replace(word, "")
    # a statement asking nothing ("外孙家里交的是最便宜的60块", "身份证上写的是八十三") is the
    # reply however it is worded; with a question word only a short reply is
    if len(amounts) != 1 or (len(rest) > 4 and (QUESTION_WORD.search(text) or len(rest) > 14)):
        return {}
    value = amounts[0].value
    if key in WHOLE_NUMBERS:
        return {key: int(value)} if value == int(value) else {}
    if spec(key).kind is Kind.MONEY:
        return {key: plain(value)}
    return {}


# the asker together with another ("我跟我哥", "我和老婆俩", "我们俩")
# (doing one thing together: "我跟我哥俩人一起看这一个点"; not each their own, "我和老公都交60档")
WITH_ME = re.compile(
    r"(?:我(?:跟|和|与|同)[^，。？?]{1,4}?|我们俩?|咱俩|我俩)(?:俩人?|两个人)?一起"
)


def whose(frame: Frame, state: State) -> str:
    """Whom a calculation is for: the person this turn names, else the one being talked about
    ("她又住了一次" after "我妈…")."""
    named = frame.person.who
    if named and WITH_ME.search(frame.text):
        # "我跟我哥俩人一起看这一个点": the asker with another, their case together is the
        # asker's (a later "我们那个点…" goes on from it)
        return ""
    if named and named not in ("她", "他"):
        return named
    pronoun = next((p for p in ("她", "他") if p in frame.text[:4]), "")
    if pronoun and state.cases:
        # "她又住了一次" after cases of a father and a mother: the latest woman's case
        sex = FEMALE if pronoun == "她" else MALE
        latest = [k for k in state.cases if k and sex.search(k)]
        if latest:
            return latest[-1]
    return state.topic.person if state.topic else ""


def _sum_said(slots: dict[str, Any]) -> bool:
    """Whether a turn's slots hold a sum of money (a bill, a fee)."""
    return any(k in schema() and spec(k).kind is Kind.MONEY for k in slots)


def _stay_kind(frame: Frame, calculator: str, state: State, slots: dict[str, Any]) -> bool | None:
    if calculator not in ("inpatient", "special_outpatient", "two_diseases"):
        return None
    paid = state.payments_of(person_key(whose(frame, state)), calculator)
    if not paid:
        return None
    if calculator == "inpatient" and earlier_stays(frame.text) and not _sum_said(slots):
        # "上个月已经在乡卫生院住过一次了" after a stay computed: that stay's place in the year's
        # order told (the earlier ones not computed here), not another stay on top of it
        return None
    admission = slots.get("admission")
    if isinstance(admission, int) and admission >= 2:
        # "那第二次要是在二级医院呢" after two stays: the second one changed, not a third
        if paid[-1].admission == admission:
            return None
        # ("要是第三次呢" with no sum of its own: the stay just computed, supposed at that
        # place in the year's order — a comparison, not a stay paid on top of it)
        return None if SUPPOSED.match(frame.text) and not _sum_said(slots) else True
    if calculator == "two_diseases" and YEAR_TOTAL.search(frame.text):
        return False  # "两样药一年加起来3500": the year's drugs said whole, the last bill in it
    if AGAIN.search(frame.text) and not COUNTERFACTUAL.search(frame.text):
        if paid[-1].assumed and not AGAIN.search(ALONGSIDE.sub("", frame.text)):
            # "他也是交的120，也在地区医院花了2万" after "那我邻居呢": his own stay, said like
            # mine, in place of the one computed on my conditions (a change of it, whose
            # payment replaces that one) — not a second stay
            return None
        return True
    return None


# the year's spending said whole ("一年加起来3500", "全年一共", "今年总共")
YEAR_TOTAL = re.compile(
    r"(一年|全年|今年|这一年)[^，。？?\d]{0,4}(加起来|一共|总共|合计|累计|总计)"
)
# a disease held besides the one said before ("又查出糖尿病", "也有高血压", "两样药")
DISEASE_ADDED = re.compile(
    r"又(?:查出|得了|有|检查出|确诊)|也(?:有|得了)|还有|同时|两样|两种|两个病|都有|加上"
)


def _diseases_added(
    calculator: str, before: dict[str, Any], new: dict[str, Any], text: str
) -> dict[str, Any]:
    """ "今年又查出糖尿病" after 高血压's drugs: both diseases now (第二十五条's combined
    limit), not the one said last in place of the first."""
    if not (
        calculator == "two_diseases"
        and not CORRECTION.match(text)  # ("不对，是糖尿病": the one said instead)
        and new.get("diseases")
        and before.get("diseases")
        and DISEASE_ADDED.search(text)
    ):
        return new
    return {**new, "diseases": list(dict.fromkeys([*before["diseases"], *new["diseases"]]))}


# "也在…花了": like the last person, not on top of one's own earlier care
ALONGSIDE = re.compile(r"也在")


# "要是当时交的是250档": the same case priced otherwise, never a later stay
COUNTERFACTUAL = re.compile(
    r"(要是|假如|如果|假设|若是)[^，。？]{0,3}(当时|当初|那时|那次|原来)|早知道"
)


# facts a calculation never answers: asked after one, they are looked up
RULE_FACTS = (FactType.BODY, FactType.DATE, FactType.LIST, FactType.PROCEDURE)


def _figure_read_otherwise(bare: dict[str, Any], read: dict[str, Any], missing: list[str]) -> bool:
    """The one figure a short reply gives is read by the turn's own words as another field, one
    its words name (a tier, by 交 or 档), not a sum any bare figure is read as."""

    def number(v: Any) -> Decimal | None:
        try:
            return Decimal(str(v))
        except ArithmeticError:
            return None

    values = {number(v) for v in bare.values()} - {None}
    return any(
        k not in missing and spec(k).kind is not Kind.MONEY and number(v) in values
        for k, v in read.items()
    )


def _item_asked(slots: dict[str, Any], frame: Frame) -> bool:
    """Only whether an item 第三十条 excludes is paid is asked ("那请护工的钱能报吗"): a verdict,
    no bill computed as that item."""
    return (
        # ("县医院食堂伙食费一天多少钱": the hospital named is where, not another case)
        set(slots) - {"level", "in_area"} == {"excluded"}
        and not frame.figures
        and bool(ITEM_CLAIMED.search(frame.text))
    )


def plan_turn(frame: Frame, state: State) -> Turn | Stall | None:
    """The calculation this turn continues, or None when it is a question of its own."""
    if _item_asked(frame.slots, frame):
        # "住院的伙食费呢 能报不", "要是剖腹产呢 她自己想剖": whether an item is paid (第三十条)
        # is a verdict; no bill of the case is computed as that item
        state.drop_pending()
        return None
    pending = _answer_to_pending(frame, state)
    if pending is not None:
        return pending
    resumed = _back_to_shelved(frame, state)
    if resumed is not None:
        return resumed
    _back_to_result(frame, state)
    if WHAT_HAPPENS.search(frame.text) and not frame.asks_figure:
        return None  # "要是巡逻日志没填会怎么样": the rule is asked, not the pay recomputed
    if (
        state.topic is not None
        and state.topic.calculator is None
        and not frame.calculator
        and not frame.slots  # (an age is its only figure)
        and not frame.topical
        and (frame.person.age is not None or frame.person.sex)
    ):
        # "那我堂弟26呢" after whether one of 53 may be hired, with a stay computed before it:
        # another person asked of the last question, a rule's, not of the older case
        return None
    if (
        DEDUCTION_ASKED.search(frame.text)
        and not frame.figures
        and state.last_calc is not None
        and state.last_calc.calculator == "custodian_pay"
    ):
        return None  # "他要是日志没好好写，扣多少钱": the sum 第十一条 leaves open is asked
    if (
        state.last_calc is not None
        and state.last_calc.inputs.get("mode") in ("budget", "heads")
        and MAJOR_ACCIDENT.search(frame.text)
    ):
        # "要是出了重大看管事故呢" after a wage bill of sites: one custodian's accident, whose
        # rule (第十一条: 解聘, 扣除当年补助) answers; no budget is recomputed
        return None
    if frame.fact in RULE_FACTS and not frame.figures:
        # "那到时候阿妈这份钱谁来出", "补缴的话从什么时候开始享受": who, when, which or how is
        # the rule's; nothing is recomputed
        return None
    return (
        _same_bill_by_another_benefit(frame, state)
        or _site_bill_of_last(frame, state)
        or _change_of_last(frame, state)
        or _figures_for_topic(frame, state)
    )


# one person singled out of several ("那一个人呢", "只算他一个人"; never 每个人, each of them)
ONE_SINGLED = re.compile(
    rf"(?<![每各])一个人|(?<![每各])一人(?!一)|单人|只算[他她]|{SELF_ALONE.pattern}"
)
# a wage bill asked ("…总共要发多少工资")
SITE_PAY_ASKED = re.compile(r"工资|发多少|多少钱|经费|开支")


def _site_bill_of_last(frame: Frame, state: State) -> Turn | None:
    """ "一年那个点总共要发多少工资" after one custodian's pay: the wage bill of the site they
    keep (每处2名, 细则 第十二条), at the level and for the months said or last computed."""
    last = state.last_calc
    if (
        last is None
        or last.calculator != "custodian_pay"
        or frame.calculator not in (None, "custodian_pay")
        or not (SITE_POINTED.search(frame.text) and SITE_PAY_ASKED.search(frame.text))
        or not SUM_WORDS.search(frame.text)
        # ("他在那个点干了8个月，工资多少": one person's pay; so is "在这一处干满一年")
        or re.search(r"[他她我]|一个人|每人|每个人|干[满了到]|做了|工作了|守了", frame.text)
    ):
        return None
    # ("要是县级的点呢，…一年一共要发多少": the level said now, else the one last computed)
    level = match_choice("site_level", frame.text) or last.inputs.get("site_level")
    if not level:
        return None
    months = months_said(frame.text) or last.inputs.get("months")
    inputs = {"mode": "budget", "sites": {level: 1}, **({"months": months} if months else {})}
    return Turn("custodian_pay", inputs, frame, fresh=True)


# a bill of one benefit read as another's ("走两病门诊呢" after a 门特 bill): its sum and
# illness carried into the other calculator's fields
OTHER_BENEFIT_BILL = {
    ("special_outpatient", "two_diseases"): (("cost", "drug_total"), ("disease", "diseases")),
    # "那走门特的话能报多少" after a 两病 bill: the same drugs' sum as a 门特 bill
    ("two_diseases", "special_outpatient"): (("drug_total", "cost"), ("diseases", "disease")),
}


def _same_bill_by_another_benefit(frame: Frame, state: State) -> Turn | None:
    """ "走两病门诊呢，在县医院二级" after a 门特 bill of diabetes: the same bill computed by the
    other benefit the illness may use (第二十五条), when the turn states no bill of its own."""
    last = state.last_calc
    if last is None or not frame.continuation or frame.calculator is None:
        return None
    if frame.fact is FactType.YES_NO:
        return None  # ("那我还能再用两病门诊报吗": whether both are had, which 第二十五条 decides)
    carried = OTHER_BENEFIT_BILL.get((last.calculator, frame.calculator))
    if carried is None or any(k in frame.slots for k in BILL_SLOTS):
        return None
    if len(last.inputs.get("diseases") or []) > 1:
        # (the drugs of both illnesses are no one 门特 bill: which condition's care the sum is
        # would be guessed; the bill is asked)
        return None

    said = dict(last.inputs)
    if said.get("drug_total") in (None, "") and said.get("class_a") not in (None, ""):
        # (a 两病 bill read as its classes: the drugs' whole sum is the 门特 bill)
        said["drug_total"] = str(Decimal(said["class_a"]) + Decimal(said.get("class_b") or 0))

    def carried_value(src: str, to: str) -> Any:
        value = said[src]
        if to == "diseases":
            return [value]
        # (the 两病 said as a list of one: a 门特 bill is of that condition)
        return value[0] if isinstance(value, list) else value

    inputs = {
        to: carried_value(src, to) for src, to in carried if said.get(src) not in (None, "", [])
    }
    inputs.update(slots_for(frame, frame.calculator, keep_mode=False))
    return Turn(frame.calculator, inputs, frame, given=set(inputs))


def _back_to_result(frame: Frame, state: State) -> None:
    """ "回到刚才的住院，要是第三次呢" after a question on another subject: the latest result of
    the calculation named (or the one before the last subject, unnamed) is the one the turn
    changes, as if just computed."""
    if not frame.returning or not state.results:
        return
    last = state.last_calc
    earlier = [c for c in reversed(state.results) if c is not last]
    if frame.calculator:
        found = next((c for c in [last, *earlier] if c and c.calculator == frame.calculator), None)
    else:
        # "回到刚才的，如果他只干了3个月": the latest earlier result the turn's figures fit
        found = next((c for c in earlier if slots_for(frame, c.calculator, keep_mode=False)), None)
        moved = state.topic is not None and last is not None
        if found is None and moved and state.topic.calculator != last.calculator:
            found = last  # ("回到刚才的" after a rule question: the last result)
    if found is None or (
        found is last and state.topic and state.topic.calculator == last.calculator
    ):
        return
    state.last_calc = found
    state.topic = Topic(found.calculator, dict(found.inputs), found.title, found.person)


# a figure asked back to be confirmed ("那就是补250对吧", "是不是就交500", "一共500是吗")
SUM_CHECKED = re.compile(
    r"\d[^，。？?]{0,4}(?:对吧|对不对|是吧|是吗|没错吧)[？?。!！\s]*$|是不是就?[^，。？?]{0,4}\d"
)


def _answer_to_pending(frame: Frame, state: State) -> Turn | Stall | None:
    p = state.pending
    if p is None:
        return None
    asked_of = state.topic.person if state.topic else ""
    if (
        frame.person.who
        and asked_of
        and person_key(frame.person.who) != person_key(asked_of)
        and (frame.person.identities or frame.person.age is not None)
    ):
        # "我自己是低保户" while my father's tier is asked: my own case, not his answer
        state.pending = None
        return None
    if SUM_CHECKED.search(frame.text):
        # "那就是补250对吧" while the year's subsidies are asked: a sum the user guesses, asked
        # back, is no value of the missing input (nor of one set aside)
        state.pending = state.shelved = None
        return None
    read = slots_for(frame, p.calculator, keep_mode=False)
    new = _bare_answer(frame.text, p.missing)
    if not new or _figure_read_otherwise(new, read, p.missing):
        # "那交120的呢" while the bill is asked: the figure the turn's words give another field
        # (the tier it was paid at) is that field's, not the missing sum
        new = read
    other_topic = (
        (frame.calculator not in (None, p.calculator))
        or frame.intent in OWN_TOPIC
        or (
            frame.topical
            and not any(k in new for k in p.missing)
            and frame.intent is not Intent.CALCULATE
        )
    )
    another_calculation = frame.calculator not in (None, p.calculator)
    # "在叶城住院花了1.5w 交250 二级医院头一回" while the last case's tier is asked: a sum the
    # pending case already had, stated anew with the missing input and more of the case (its
    # level, its order), is a case of its own; "交250 花了一万" only puts the sum right
    restated = [
        k
        for k in new
        if k in p.inputs
        and k not in p.missing
        and spec(k).kind is Kind.MONEY
        and new[k] != p.inputs[k]
    ]
    described = [k for k in new if k not in p.missing and k not in restated]  # level, order…
    if (
        restated
        and described
        and any(k in new for k in p.missing)
        and not CORRECTION.search(frame.text)
    ):
        state.pending = None
        return None
    if (
        frame.calculator == "contribution"
        and "tier" in p.missing
        and "tier" in new
        and not _asks_something(frame)
    ):
        # "我们家选的缴费档是一百二那档" while the tier is asked: the tier, said; not a question
        # about contributions
        other_topic = another_calculation = False
    # "换个话题 文物安全培训一年几次" while the months are asked: a question with its own topic,
    # whose "一年" is not the answer
    own_question = frame.topical and _asks_something(frame) and frame.intent is not Intent.CALCULATE
    # "农牧区医疗一年封顶多少" while a custodian's months are asked: the insurance is a topic
    # of its own for a calculation outside it
    insurance = bool(INSURANCE_WORDS.search(frame.text)) and p.calculator in OUTSIDE_INSURANCE
    own_question = own_question or (insurance and _asks_something(frame))
    # "另外 二级医院床位费一天最多认多少" while the tier is asked: a parameter of the rule asked,
    # with nothing the follow-up asked for
    # "等一下 叫救护车的钱报吗" while the cost is asked: a yes/no of its own, not this stay's
    own_question = own_question or (
        # ("巡逻日志没写会怎么样" while the site counts are asked: what follows a deed is the
        # rule's, though the deed is an input of the pay)
        (
            bool(RULE_ASKED.search(frame.text))
            or frame.intent is Intent.ELIGIBILITY
            or bool(WHAT_HAPPENS.search(frame.text))
        )
        and _asks_something(frame)
        and not any(k in new for k in p.missing)
    )
    other_topic = other_topic or own_question
    if (any(k in new for k in p.missing) and not another_calculation and not own_question) or (
        new and not other_topic
    ):
        inputs = {**p.inputs, **new}
        turn = Turn(p.calculator, inputs, frame, given=set(new) | set(p.inputs))
        turn.new_stay = _stay_kind(frame, p.calculator, state, inputs)
        turn.queued = list(p.queued)
        turn.note = "；".join(p.readings)
        return turn
    if not other_topic and not frame.topical and not _asks_something(frame):
        # "不知道", "忘了": ask once more, then answer the rule instead of asking a third time
        if p.asked < MAX_ASKS:
            return Turn(p.calculator, dict(p.inputs), frame, given=set(p.inputs))
        state.pending = None
        return Stall(p.calculator, p.missing, dict(p.inputs))
    state.drop_pending()  # a question of its own: the follow-up is not asked again here
    return None


def _back_to_shelved(frame: Frame, state: State) -> Turn | None:
    """ "先不管这个…" then "好的，我交的120": the turn gives exactly what the set-aside follow-up
    asked for, and asks nothing of its own but that calculation's figure: it is taken up again."""
    p = state.shelved
    if p is None or state.pending is not None:
        return None
    if (
        state.topic is not None
        and state.topic.calculator == p.calculator
        and LATER_STAY.search(state.topic.query)
    ):
        # "生孩子能报多少" (its bill asked), then "她生完又住了一次院": a figure said next is
        # that later stay's, not the birth's set aside
        return None
    # "各级财政补助合计八百 那我补多少": the set-aside input given, and the figure asked again
    if _asks_something(frame) and not (
        frame.asks_figure and frame.calculator in (None, p.calculator)
    ):
        return None
    if (
        # ("他交的是120元档，在同一家医院也花了1万" after his contribution was set aside: a
        # bill of another calculation is that case, whatever field it also gives)
        (frame.topical or any(spec(k).kind is Kind.MONEY for k in frame.slots))
        and frame.calculator not in (None, p.calculator)
        and not _names_field(frame.text, p)
    ):
        # "回到住院 是二级的": naming the set-aside calculation's topic returns to it, and so
        # does naming the field it asked for ("财政补助是600")
        return None
    read = slots_for(frame, p.calculator, keep_mode=False)
    new = _bare_answer(frame.text, p.missing)
    if not new or _figure_read_otherwise(new, read, p.missing):
        # "那交120的呢" while the bill is asked: the figure the turn's words give another field
        # (the tier it was paid at) is that field's, not the missing sum
        new = read
    if not p.missing or not all(k in new for k in p.missing):
        return None
    state.shelved = None
    turn = Turn(p.calculator, {**p.inputs, **new}, frame, given=set(new) | set(p.inputs))
    turn.new_stay = _stay_kind(frame, p.calculator, state, turn.inputs)
    turn.queued = list(p.queued)
    return turn


def _names_field(text: str, p: Pending) -> bool:
    """Whether the turn names the asked field by the words of its label (财政补助 of
    当年各级财政补助合计)."""
    from index.lexical import tokenize

    for key in p.missing:
        words = [w for w in tokenize(spec(key).label) if len(w) >= 2 and w not in LABEL_FILLER]
        if sum(w in text for w in words) >= 2:
            return True
    return False


LABEL_FILLER = {"当年", "本年", "本年度", "各级", "合计", "是否", "多少"}
HONOUR_LEVEL = re.compile(r"(自治区|地区|县)级")


# months or sums said ("看了12个月", "三个月"): a case changed, though a head count is said
MONTHS_OR_FIGURES = re.compile(r"\d|[一二三四五六七八九十两]+\s*个?\s*月")


# a sum asked of the case ("一年工资一共多少", "加起来多少钱"), not a rule of its topic ("一年考核几次")
SUM_ASKED = re.compile(r"一共|总共|加起来|合计|多少钱|(?:工资|补助|补贴).{0,4}多少|拿多少|发多少")


def _people_checked(text: str) -> bool:
    """ "那一个点就他一个人守吗": how many keep a site is checked, a rule — not their pay summed
    ("就他和另一个人两个看 俩人一年工资加起来一共多少"), nor a case with months or figures."""
    return (
        bool(PEOPLE_CHECKED.search(text))
        and not MONTHS_OR_FIGURES.search(text)
        and not re.search(r"一年|全年|一共|总共|加起来|合计", text)
    )


# a rate asked of each county ("每个县补贴多少"), not of one county counted
EACH_COUNTY = re.compile(r"每个县|每县|各县|一个县")
# a monk said to have no honour ("没评上的", "普通僧人", "一般的喇嘛")
NOT_HONOURED = re.compile(
    r"没(?:有|被)?评(?:上|过)?|未(?:被)?评|没(?:获|得)|普通|一般的?(?:僧|尼|喇嘛)"
)


def _honour_level(frame: Frame, last: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """ "地区级表彰的呢" after a monk honoured at the autonomous-region level: the same identity at
    another level (the identity's own name carries the level)."""
    honoured = [i for i in last.get("identities") or [] if i.startswith("僧尼") and "表彰" in i]
    if honoured and not new.get("identities") and NOT_HONOURED.search(frame.text):
        # "没评上的普通僧人呢": a monk with no honour chooses a tier as anyone does (第十八条（一）)
        return {"identities": [i for i in last["identities"] if i not in honoured]}
    level = HONOUR_LEVEL.search(frame.text)
    if new.get("identities") or not honoured or not level:
        return {}
    wanted = f"僧尼{level.group(0)}表彰"
    if wanted not in spec("identities").values or wanted in honoured:
        return {}
    others = [i for i in last["identities"] if i not in honoured]
    return {"identities": [*others, wanted]}


def _asks_something(frame: Frame) -> bool:
    """ "一年最多能报多少钱", "贫困户比别人多报几个点": a question of its own, not a reply that
    the asked input is unknown ("不知道", "忘了")."""
    if UNKNOWN.search(frame.text) or frame.intent in (Intent.SMALL_TALK, Intent.CALCULATE):
        return False
    return bool(
        QUESTION_WORD.search(frame.text) or frame.asks_figure or frame.intent is Intent.ELIGIBILITY
    )


BIRTH_CASES = ("maternity", "newborn_rescue")  # the mother's case and the baby's


def _another_mode(frame: Frame, calculator: str, inputs: dict[str, Any]) -> bool:
    """The turn computes another mode of the same calculator ("财政补贴扣掉中央的剩下900，地区出
    多少" after a household's contributions: the subsidy's split): a case of its own, never the
    last one changed."""
    said, last = frame.slots.get("mode"), inputs.get("mode")
    return frame.calculator == calculator and bool(said) and bool(last) and said != last


def _corrects_the_last_lookup(state: State, calculator: str, new: dict[str, Any]) -> bool:
    """ "不对，我要问的是革吉" after a county's count was looked up, a subsidy computed before it:
    a correction of the values the last question (a lookup, not this calculation) itself said
    is a correction of that question."""
    from assistant.frame import read_frame

    topic = state.topic
    if topic is None or topic.calculator is not None:
        return False
    said = slots_for(read_frame(topic.query), calculator, keep_mode=False)
    return bool(said) and set(new) <= set(said)


def _change_of_last(frame: Frame, state: State) -> Turn | None:
    last = state.last_calc
    if last is None or frame.calculator not in (None, last.calculator):
        return None
    if state.topic is not None and state.topic.calculator not in (None, last.calculator):
        return None  # the conversation has moved on to another calculation's topic
    if (
        state.topic is not None
        and any(last.inputs.get(k) for k in STAY_CASE)
        and LATER_STAY.search(state.topic.query)
    ):
        # "媳妇生完今年又住了一次院…" then "花了6000 她交的60档": the figures are the later
        # stay's the topic just described, not a change of the birth computed before
        return None
    if _people_checked(frame.text):
        return None  # "那一个点就他一个人守吗" after his pay: how many keep a site, a rule
    if PAID_THING_ASKED.search(frame.text) and not frame.figures:
        # "生孩子有没有营养补贴啥的" after a stay: whether a payment exists is asked, no case
        return None
    if _another_mode(frame, last.calculator, last.inputs):
        return None
    new = slots_for(frame, last.calculator, keep_mode=frame.calculator is not None)
    if _item_asked(new, frame):
        return None  # "那请护工的钱能报吗": whether that item is paid, a verdict
    new.update(_honour_level(frame, last.inputs, new))
    new.update(_bill_of_one_class(frame, last, new))
    new.update(_start_month_said(frame, last, new))
    if last.inputs.get("excluded") and "excluded" not in new and OWN_INJURY.search(frame.text):
        new["excluded"] = ""  # "那如果是在家自己摔伤的呢": a cause 第三十条 does not list
    denied = _denied_field(frame.text, last.inputs)
    if denied:  # "不是120 是250": the field whose value is denied takes the value said
        name, value = denied
        new = {k: v for k, v in new.items() if str(v) != str(value)}
        new[name] = value
    topic_person = state.topic.person if state.topic else ""
    # "我妈呢？" after a case: the same case for another person
    # ("我自己是建档立卡户 我要出多少" after my mother's: I, with a standing of my own)
    other_person = bool(
        frame.person.who
        and frame.person.who != topic_person
        and (
            frame.person.age is not None
            or frame.person.sex
            or (
                frame.person.identities and person_key(frame.person.who) != person_key(topic_person)
            )
            # "我交120档，交多少" after "我爷爷68了…": the asker, after someone else's case, is
            # another person though nothing of theirs is said (their age is not his)
            or (ASKER.fullmatch(frame.person.who) and person_key(topic_person) != "")
        )
    )
    repeat = (
        not new
        and bool(AGAIN.search(frame.text) and SAME_AGAIN.search(frame.text))
        and last.calculator in ("inpatient", "special_outpatient", "general_outpatient")
    )
    # "能报多少" right after the case was computed: that case's figure asked again
    reask = (
        not new and bool(REASKED.fullmatch(frame.text.strip())) and last.calculator in PAYING_CALCS
    )
    # "那要是这次住院是在明年呢": the same case in a year of its own, whose cap and stays start
    # again (第二十三条 年度最高支付限额, 第二十二条 年度内第二次住院)
    next_year = bool(NEXT_YEAR.search(frame.text)) and last.calculator in PAYING_CALCS
    if next_year:  # ("要是第二次是在明年呢": this year's order is no order in the next)
        new = {k: v for k, v in new.items() if k not in HISTORY}
    # "那如果他是三级残疾呢" after his 二级残疾 stay: a grade the rule does not exempt
    # (第十八条（三）: 一、二级 only) leaves him the tier he chose, which is asked
    if not new and last.inputs.get("mode") == "budget" and PART_OF.search(frame.text):
        # "其中一个点明年评上自治区级了 预算变成多少": part of the sites at the level said,
        # which no site count of the turn reads
        level = match_choice("site_level", frame.text)
        if level:
            new["site_level"] = level
    mild = bool(
        MILD_DISABILITY.search(frame.text)
        and last.calculator in ("inpatient", "special_outpatient")
        and _tier_fixed_by_rule(last.inputs)
        and "tier" not in new
    )
    if (
        not new
        and not repeat
        and not reask
        and not next_year
        and not mild
        and not (other_person and frame.continuation and not frame.topical)
    ):
        return None
    money_given = _sum_said(new)
    other_birth = any(new.get(k) and not last.inputs.get(k) for k in BIRTH_CASES) and any(
        last.inputs.get(k) for k in BIRTH_CASES
    )
    if other_birth and not money_given:
        return None  # "那我生孩子的钱能报吗" after the baby's rescue: the mother's own case
    if RULE_ASKED.search(frame.text) and not frame.continuation and not money_given:
        return None  # "三级医院的床位标准是多少" after a case: the rule is asked, not a new case
    if (
        new
        and all(last.inputs.get(k) == v for k, v in new.items())
        and "excluded" not in new  # ("打架受伤呢" after a crash: that cause's verdict)
        and not other_person
        and not AGAIN.search(frame.text)
        and _asks_something(frame)
        # ("要是去成都呢" after a stay in Lhasa: another place of the same kind, computed again)
        and not (frame.continuation and frame.person.age is None and _treated_named(frame))
    ):
        return None  # "贫困户比别人多报几个点": names what the case already has, and asks a rule
    # "第三期2w 还能报吗", "隔了一阵又开了甲类1200": a sum spent again is a later visit
    later_visit = bool(AGAIN.search(frame.text)) and any(
        k in schema() and spec(k).kind is Kind.MONEY and k != "already_paid" for k in new
    )
    corrects = bool(CORRECTION.match(frame.text) or denied) and bool(new)
    if corrects and _corrects_the_last_lookup(state, last.calculator, new):
        return None
    # "可他守的点出过重大看管事故 这样还拿得到吗": a circumstance the case lacked changes it
    flagged = frame.intent is Intent.ELIGIBILITY and any(
        k in schema()
        and k != "in_area"  # "回阿里后报账": where, not what happened
        and spec(k).kind is Kind.FLAG
        and v is True
        and not last.inputs.get(k)
        # (a birth after a newborn's rescue, or the other way round, is another person's case:
        # "生孩子的费用能报吗" after the baby's 2万 asks the mother's rule, not her cost)
        and not (k in BIRTH_CASES and any(last.inputs.get(f) for f in BIRTH_CASES))
        for k, v in new.items()
    )
    # "她今年是第二次住院了，起付线还是那么多吗" after her stay: the order of that stay told,
    # with its deductible checked: the stay computed again answers it
    order_told = (
        "admission" in new
        and last.calculator in ("inpatient",)
        and bool(ORDER_OF_STAY_TOLD.search(frame.text))
    )
    if (
        frame.intent in (Intent.ELIGIBILITY, *OWN_TOPIC)
        and not frame.continuation
        and not later_visit
        and not corrects
        and not flagged
        and not order_told
    ):
        return None  # "这些钱算不算进限额？" asks about the rule; it changes nothing
    # ("两个人一年工资一共多少" after a custodian's pay: its topic words are the last case's own,
    # 工资 of 野外文物看管人员工资, with no calculator of their own)
    own_topic = (
        frame.calculator is None
        and bool(SUM_ASKED.search(frame.text))
        and all(m.group(0) in TITLES[last.calculator] for m in TOPIC.finditer(frame.text))
    )
    if not (
        frame.continuation
        or corrects
        or flagged
        or order_told
        or not frame.topical
        or own_topic
        or repeat
        or reask
        or (frame.calculator == last.calculator and AGAIN.search(frame.text))
    ):
        return None
    base = dict(last.inputs)
    earlier_stay = _corrected_stay(frame, state, new, last) if corrects else None
    if earlier_stay is not None:
        # "不对 我记错了，第一次是在乡卫生院住的": that stay as it was computed, changed
        base = {k: v for k, v in earlier_stay.inputs.items() if k != "already_paid"}
    target = person_key(whose(frame, state))
    earlier = state.cases.get(target) if target != last.person else None
    own = state.cases.get(target)
    if earlier is None and own is not None and own is not last and AGAIN.search(frame.text):
        # "8月份他又住了一次" after "要是当初交250呢": a later stay goes on from the person's own
        # case, not from the case supposed for a comparison
        earlier = own
    member = _household_member(frame, base) if last.calculator == "contribution" else None
    if member is not None:
        # "我老婆是二级残疾", "把我爸也算上，他67了" after a household's sum: one member of it
        new = {k: v for k, v in new.items() if k not in PERSON_SLOTS}
        new.update(member)
        target, earlier, other_person = last.person, None, False
    if earlier is not None and earlier.calculator == last.calculator:
        # "那我爸要是再住一次" after his wife's case: back to his own case and tally
        base = {k: v for k, v in earlier.inputs.items() if k not in HISTORY}
        other_person = False
    elif other_person and target != last.person:
        # another person: their own age, sex, identities and tier only, from their own earlier
        # case when there is one ("奶奶又住院了" after her 门特 and her husband's stay); the
        # last person's 建档立卡 is not theirs
        for key in (*PERSON_SLOTS, "poor"):
            base.pop(key, None)
        if earlier is not None:  # else the last case's tier, said in a note
            for key in CARRIED:
                base.pop(key, None)
            base.update({k: earlier.inputs[k] for k in CARRIED if earlier.inputs.get(k)})
        else:
            # (the rule's tier of the last person is not the next one's either)
            _drop_anothers_tier(base, new, last.inputs)
    # "要是去成都华西住院呢" after a stay at the county hospital: a hospital in another city
    # is not that one; its level is the last one's only as an assumption, said in a note
    moved_away = (
        last.calculator in PAYING_CALCS
        and "level" in base
        and "level" not in new
        and new.get("in_area") is False
        and base.get("in_area") is not False
        and next(
            (p.said for p in frame.subject.places if p.role is PlaceRole.TREATED and not p.generic),
            "",
        )
    )
    if (
        base.get("mode") == "budget"
        and len(base.get("sites") or {}) > 1
        and new.get("site_level") in base["sites"]
        and "months" in new
        and "sites" not in new
        and not ADDED.search(frame.text)
    ):
        # "自治区级那处只请了8个月", "县级的也只干10个月呢" after a budget of sites at two
        # levels: that level's sites at those months, the others at theirs ("自治区级那两处
        # 4月份才开始聘人，算到年底，县级的是全年": each level said with its own)
        said = level_months_said(frame.text, base["sites"]) or {new["site_level"]: new["months"]}
        own = {**(base.get("level_months") or {}), **said}
        new = {k: v for k, v in new.items() if k not in ("site_level", "months", "mode")}
        new["level_months"] = own
    if (
        base.get("mode") == "budget"
        and base.get("level_months")
        and "months" in new
        and "site_level" not in new
        and "level_months" not in new
    ):
        base.pop("level_months")  # "那都按10个月算呢": one months for every level now
    if base.get("mode") in ("budget", "heads") and "site_level" in new and "sites" not in new:
        # "再加1处国保的" after a budget: one more site of a level, not one person's level
        # (after the custodians sites take, "如果是县级的呢": the same sites at that level)
        sites = understand(f"预算{frame.text}", "custodian_pay")
        moved = _sites_moved(frame.text, base.get("sites") or {}, new["site_level"])
        if moved is not None:
            # "要是其中一处升成自治区级了呢" after three county sites: that one site moves to
            # the level said, the others stay where they were
            new = {k: v for k, v in new.items() if k != "site_level"}
            new["sites"] = moved
        elif sites and sites.inputs.get("sites"):
            new = {k: v for k, v in new.items() if k != "site_level"}
            new["sites"] = sites.inputs["sites"]
        elif not ADDED.search(frame.text) and len(base.get("sites") or {}) == 1:
            # "县级的呢" after one region-level site's budget: the same sites at that level
            count = next(iter(base["sites"].values()))
            level = new.pop("site_level")
            new["sites"] = {level: count}
    if mild:
        for key in ("identities", "tier", "poor"):
            base.pop(key, None)
        new.pop("identities", None)
    if (
        isinstance(base.get("sites"), dict)
        and isinstance(new.get("sites"), dict)
        and LEVEL_COUNT_CORRECTED.search(frame.text)
        and not ONLY_THESE.search(frame.text)
    ):
        # "说错了，自治区级的是3处" after 自治区级1处、县级2处: that level's count is corrected,
        # the other levels' counts stand
        new = {**new, "sites": {**base["sites"], **new["sites"]}}
    if (
        base.get("mode") == "person"
        and (base.get("persons") or 1) > 1
        and ONE_SINGLED.search(frame.text)
        and (new.get("persons") or 1) == 1
    ):
        # "那只算他一个人呢" after two custodians' pay: one of them
        base = {k: v for k, v in base.items() if k != "persons"}
        new = {k: v for k, v in new.items() if k != "persons"}
    if (
        base.get("mode") == "budget"
        and len(base.get("sites") or {}) == 1
        and "sites" not in new
        and ONE_SINGLED.search(frame.text)
        and (new.get("persons") or 1) == 1
    ):
        # "那一个人呢" after a site's wage bill: one custodian's pay at that site's level
        level = new.get("site_level") or next(iter(base["sites"]))
        base = {k: v for k, v in base.items() if k not in ("sites", "level_months", "persons")}
        new = {**{k: v for k, v in new.items() if k != "persons"}, "mode": "person"}
        new["site_level"] = level
    new = _diseases_added(last.calculator, base, new, frame.text)
    merged = _heads_to_budget({**base, **new}, frame.text)
    if (
        last.calculator == "road_subsidy"
        and new.get("prefecture")
        and "counties" not in new
        and state.topic is not None
        and EACH_COUNTY.search(state.topic.query)
        and not match_choices("county_names", state.topic.query)
    ):
        # "地区那边呢，加起来总共多少" after "每个县补贴多少": each county's rate was asked, the
        # whole is every county's with the prefecture's
        merged["counties"] = len(ngari_counties())
    if "tier" not in new and _tier_fixed_by_rule(merged) and not _tier_fixed_by_rule(base):
        # "我要是建档立卡户…呢" after the case on the 60元 tier: the standing said now fixes
        # the tier (第十八条), newer than the tier said before
        merged.pop("tier", None)
    if ADDED.search(frame.text):
        for key in new.keys() & base.keys():
            if key in schema() and spec(key).kind is Kind.COUNTS:
                # "再加2处国保的": counts added to the last ones, not put in their place
                merged[key] = {
                    k: base[key].get(k, 0) + new[key].get(k, 0) for k in {**base[key], **new[key]}
                }
            elif (
                key in ADDABLE
                and isinstance(base[key], int)
                and isinstance(new[key], int)
                and not WHOLE.search(frame.text)
            ):
                merged[key] = base[key] + new[key]  # "那加上札达普兰呢": two more counties
            elif (
                key in schema()
                and spec(key).kind is Kind.CHOICES
                and isinstance(base[key], list)
                and isinstance(new[key], list)
            ):
                # "我还有糖尿病" after 高血压: both diseases, not the second in place of the first
                merged[key] = list(dict.fromkeys([*base[key], *new[key]]))
    if (
        last.calculator == "general_outpatient"
        and AGAIN.search(frame.text)
        and "prior_cost" not in new
    ):
        merged["prior_cost"] = plain(
            Decimal(str(base.get("prior_cost", "0"))) + Decimal(str(base.get("cost", "0")))
        )
    turn = Turn(last.calculator, merged, frame, given=set(new))
    started = _start_month_said(frame, last, {})
    if started and new.get("months") == started["months"]:
        first = 13 - started["months"]
        turn.note = f"按{first}月到年底共{started['months']}个月计算；时间不同请告诉我。"
    if moved_away:
        turn.note = (
            f"医院级别按前面说的“{base['level']}”计算；{moved_away}的医院如果是其他级别，请告诉我。"
        )
    if repeat and "cost" in merged:
        turn.note = f"费用按上一次的 {merged['cost']} 元计算；实际费用不同请告诉我。"
    if other_person and not new:
        turn.note = f"{frame.person.who}的情况按上一个问题的条件计算；条件不同请告诉我。"
    # ("那我邻居是建档立卡贫困户呢": his standing said, the stay still the last person's)
    turn.copied = target != last.person and earlier is None and not money_given
    # ("这是今年第三次住院了": the stay just computed, its order said, not a later stay)
    kind = (
        _stay_kind(frame, last.calculator, state, new)
        and not corrects
        and not THIS_CASE_ORDER.search(frame.text)
    )
    turn.new_stay = (
        True
        if kind
        else (False if last.calculator in ("inpatient", "special_outpatient") else None)
    )
    if reask:
        turn.new_stay = False  # the same case again, never a second stay
    if earlier_stay is not None:
        turn.new_stay, turn.corrected = False, earlier_stay.admission
    turn.supposed = (
        turn.new_stay is False and bool(SUPPOSED.match(frame.text)) and not corrects and not repeat
    )
    if turn.new_stay:
        # "她后来又在三级医院住院，花了两万" after her delivery: what made the last stay what
        # it was (a birth, a newborn's rescue, an excluded cause) is not the later stay's
        for key in STAY_CASE:
            if key not in new:
                turn.inputs.pop(key, None)
    if next_year:
        for key in HISTORY:
            turn.inputs.pop(key, None)
        turn.new_stay = None  # a new year's tally
        turn.note = "按新的一个年度计算：年度最高支付限额和年度内住院次数重新计算。"
    return turn


def _start_month_said(frame: Frame, last, new: dict[str, Any]) -> dict[str, Any]:
    """ "要是他7月才开始呢" after a year's pay from April: a start month said alone runs to the
    year's end as the span before it did (the note says so)."""
    started = START_MONTH.search(frame.text)
    if (
        last.calculator != "custodian_pay"
        or started is None
        or "months" in new
        or "months" not in last.inputs
        or last.inputs.get("level_months")
    ):
        return {}
    first = small_count(started.group(1))
    return {"months": 13 - first} if first and 1 <= first <= 12 else {}


def _bill_of_one_class(frame: Frame, last, new: dict[str, Any]) -> dict[str, Any]:
    """ "要是都是乙类药呢" after a 两病 bill: the same bill, all of it of the class said."""
    whole = ALL_OF_CLASS.search(frame.text)
    base = last.inputs
    if (
        last.calculator != "two_diseases"
        or whole is None
        or {"class_a", "class_b", "cost"} & new.keys()
        or not {"class_a", "class_b"} & base.keys()
    ):
        return {}
    total = sum(Decimal(str(base.get(k) or "0")) for k in ("class_a", "class_b"))
    said, other = ("class_a", "class_b") if whole.group(1) == "甲" else ("class_b", "class_a")
    return {said: plain(total), other: "0"}


# a bill's drugs all of one class ("都是乙类药", "全是甲类的")
ALL_OF_CLASS = re.compile(r"(?:都|全|全部)(?:是|为|换成|改成)?\s*([甲乙])类")
# a custodian's first month said alone ("7月才开始", "从9月起"), no end month
START_MONTH = re.compile(
    r"(?<![到至\d])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?\s*(?:才|就|刚)?\s*"
    r"(?:开始|起|被?聘上?|上岗|入职|上任)(?![^，。？?]{0,8}(?:到|至)\s*(?:\d|[一二三四五六七八九十]|年底|年末))"
)


def _corrected_stay(
    frame: Frame, state: State, new: dict[str, Any], last: Calculation
) -> Payment | None:
    """The payment of an earlier stay this year whose order a correction names ("不对，第一次是在
    乡卫生院住的"), when it is not the last one computed; None otherwise."""
    if last.calculator != "inpatient" or not isinstance(new.get("admission"), int):
        return None
    person = person_key(whose(frame, state))
    mine = state.payments_of(person, "inpatient")
    named = [p for p in mine if p.calculator == "inpatient" and p.admission == new["admission"]]
    if not named or named[-1] is mine[-1]:
        return None
    return named[-1]


# a change said as a supposition ("要是…", "如果…"), not as a correction ("说错了，是…")
# ("她要是去拉萨住院呢": the person may be named before the supposing word)
# a custodian's major accident ("出了重大看管事故", "出了大事故")
MAJOR_ACCIDENT = re.compile(r"重大.{0,4}事故|看管事故|大事故")
# a level's count corrected or said anew ("说错了，自治区级的是3处", "要是县级的有4处呢"), and a
# set of sites said to be all there is ("我们只有县级3处")
LEVEL_COUNT_CORRECTED = re.compile(r"不对|说错|搞错|记错|弄错|其实|应该是|更正|的是|的有")
ONLY_THESE = re.compile(r"只有|仅有|就只|一共就|总共就")
SUPPOSED = re.compile(
    r"^[，,\s]*(?:那|那么)?[，,\s]*[^，,。？?\d\s]{0,4}?(?:要是|如果|假如|假设|万一|若是)"
)


# an item's being paid asked ("…的钱能报吗", "伙食费呢 能报不"), not a cause supposed
ITEM_CLAIMED = re.compile(r"费|钱|能报|报不|给报|报吗|报销吗")
# the order of the stay just computed told (她今年是第二次住院了, 这是第三次住院)
ORDER_OF_STAY_TOLD = re.compile(r"(?:今年|这次|这回|本次)?(?:是|算)?第[二三四五2-5]次住")
# what one stay was, never carried to a later one unless said again
STAY_CASE = ("maternity", "newborn_rescue", "excluded")
# a later stay said ("又住了一次院", "再住院", "又进了医院")
LATER_STAY = re.compile(r"(又|再)[^，。？?]{0,3}(住|进)[^，。？?]{0,4}(院|医院)")


# a member joining the household's sum ("把我爸也算上", "再加上奶奶", "还有我妹妹")
MEMBER_ADDED = re.compile(r"(?:也|都)?算上|加上|再加|还有|外加|一起")


def member_ages(frame: Frame) -> list[tuple[str | None, int]]:
    """The (sex, age) of the members a turn adds to a household: each said with its age
    ("把爸妈也算上，爸67妈61"), else the one person the turn names ("把我爸也算上，他67了")."""
    said = household_ages(frame.text)
    if said or frame.person.age is None:
        return said
    return [(frame.person.sex or None, frame.person.age)]


def _household_member(frame: Frame, base: dict[str, Any]) -> dict[str, Any] | None:
    """What a turn says of one member of the household whose contributions were summed: a
    member added (their age may exempt them, 第十八条（二）), or a member named with an
    identity that exempts that member only (第十八条（三）); None when it says neither."""
    if (base.get("persons") or 0) < 2:
        return None
    text = frame.text
    named = [k for k in listed_members(text) if k not in ("我", "本人")]
    exempted = len([m for m in MEMBER_IDENTITY.finditer(text) if m.group("id")])
    change: dict[str, Any] = {}
    if named and MEMBER_ADDED.search(text):
        change["persons"] = base["persons"] + len(named)
        aged = sum(exempt_age(age, sex) for sex, age in member_ages(frame))
        if aged:
            change["exempt_persons"] = (base.get("exempt_persons") or 0) + aged
    if exempted:
        change["identity_exempt_persons"] = (base.get("identity_exempt_persons") or 0) + exempted
    return change or None


def _treated_named(frame: Frame) -> bool:
    """Whether the turn names where someone is treated ("要是去成都呢")."""
    return any(p.role is PlaceRole.TREATED for p in frame.subject.places)


# a value denied and the value meant, either way round: "不是120 是250", "是250档 不是120"
DENIAL = re.compile(
    r"不是\s*(?P<denied>[^，。？?\s]{1,8}?)[，,\s]*(?:而)?是\s*(?P<said>[^，。？?\s]{1,8})"
    r"|是\s*(?P<said_first>[^，。？?\s]{1,8}?)[，,\s]*(?:而)?不是\s*(?P<denied_after>[^，。？?\s]{1,8})"
)


def _denied_field(text: str, inputs: dict[str, Any]) -> tuple[str, Any] | None:
    """The field of the last case whose figure the turn denies, with the figure meant in its
    place: a bare "是250" says which field only through the figure it replaces."""
    m = DENIAL.search(text)
    if m is None:
        return None
    denied_text = m.group("denied") or m.group("denied_after")
    said_text = m.group("said") or m.group("said_first")
    for name, value in inputs.items():
        # "是自治区级的 不是县级": a named choice denied, another named in its place
        if name in schema() and spec(name).choices and isinstance(value, str):
            meant = match_choice(name, said_text)
            if match_choice(name, denied_text) == value and meant and meant != value:
                return name, meant
    denied = find_amounts(denied_text)
    said = find_amounts(said_text)
    if len(denied) != 1 or len(said) != 1:
        return None
    for name, value in inputs.items():
        if name not in schema() or isinstance(value, (bool, dict, list)) or value is None:
            continue
        try:
            same = Decimal(str(value)) == denied[0].value
        except ArithmeticError:
            continue
        if same:
            meant = said[0].value
            return name, (int(meant) if isinstance(value, int) else plain(meant))
    return None


# a rule's own figure asked outright ("床位标准是多少", "起付线是多少")
# "三级医院的床位标准是多少", "床位费一天最多认多少": a parameter of the rule asked
RULE_ASKED = re.compile(
    r"(标准|比例|起付线|起付标准|限额|上限|封顶线?|床位费)[^，,。？?\d]{0,8}?(是|为)?(多少|几)"
    # ("合在一块一年顶多报多少": the most paid in a year, with no bill, is the limit asked)
    r"|(?:一年|每年|全年)[^，,。？?\d]{0,3}(?:顶多|最多|最高|封顶)[^，,。？?\d]{0,3}(?:报|给|能报)?(?:多少|几)"
)
# the outpatient schemes of one disease; "门诊" alone after one of them names its care
DISEASE_OUTPATIENT = ("special_outpatient", "two_diseases")
GENERAL_NAMED = re.compile(rf"普通门诊|普通病|{EVERYDAY_ILLNESS.pattern}")


def outpatient_of_topic(frame: Frame, calculator: str) -> bool:
    """Whether a turn read as general outpatient care only says "门诊" of the topic's disease."""
    return (
        calculator in DISEASE_OUTPATIENT
        and frame.calculator == "general_outpatient"
        and not GENERAL_NAMED.search(frame.text)
    )


def _figures_for_topic(frame: Frame, state: State) -> Turn | None:
    """ "透析能报吗？" then "交的120档，这个月花了6000": figures for the topic just discussed."""
    topic = state.topic
    if topic is None or not topic.calculator:
        return None
    outpatient = outpatient_of_topic(frame, topic.calculator)
    if outpatient:
        # "交250 门诊花了一千八" after "青光眼能办门特吗": the outpatient care of that disease
        frame = replace(frame, calculator=None)
    if frame.calculator not in (None, topic.calculator):
        return None
    if frame.intent in (Intent.ELIGIBILITY, *OWN_TOPIC):
        return None
    if _people_checked(frame.text):
        return None
    if _another_mode(frame, topic.calculator, topic.slots):
        return None
    new = slots_for(frame, topic.calculator, keep_mode=False)
    if _item_asked(new, frame):
        return None  # "县医院食堂伙食费一天多少钱": that item's rule, no bill computed as it
    money = [k for k in new if spec(k).kind is Kind.MONEY]
    if RULE_ASKED.search(frame.text) and not frame.continuation and not money:
        return None  # "三级医院的床位标准是多少" after a case: the rule is asked, not a new case
    # "她在乡卫生院拿药 甲类500" after the 两病 limit: money in the topic's own fields is the
    # case, though the turn names a place of treatment
    # ("他交的120 门诊这个报多少" after the disease's 门特: 门诊 is the topic's own word)
    if (
        frame.topical
        and frame.calculator is None
        and not frame.only_slots
        and not money
        and not outpatient
    ):
        return None
    # "我在二级医院，交的120" after "住院能报多少": the user is stating their case, not asking
    stating = bool(new) and not frame.topical and not QUESTION_WORD.search(frame.text)
    # "县级的干了3个月呢" after the pay rule: computed if that is all it needs, else looked up
    tentative = (
        bool(new) and frame.continuation and not money and topic.calculator not in PAYING_CALCS
    )
    if not money and not (new and frame.asks_figure) and not stating and not tentative:
        return None
    if frame.calculator is not None and not money:
        return None  # "三级医院住院能报多少" is a question of its own: the rule, or a fresh case
    # (the stay a rule question described, "我爸今年第三次住院了…这次起付线多少", is the one
    # whose bill follows while none of that person's stays was computed: its order stands)
    # (the household speaks for the one named: "这次花了18000元，我们交250" after 我姐's stay)
    speaker = "" if any(h in frame.text for h in HOUSEHOLD) else frame.person.who
    own_stay = (
        not state.stays(person_key(topic.person))
        and person_key(speaker or topic.person) == person_key(topic.person)
        and re.search(r"这次|这回|本次|今年|又", topic.query) is not None
    )
    # (another person's bill, or a rule asked of no stay in particular, "第三次住院起付线怎么
    # 算", takes no order)
    history = ("already_paid",) if own_stay else HISTORY
    inherited = {k: v for k, v in topic.slots.items() if k not in history}
    if frame.person.who and topic.person and frame.person.who != topic.person:
        for key in PERSON_SLOTS:  # another person's age and identities are not theirs
            inherited.pop(key, None)
        own = state.cases.get(person_key(frame.person.who))
        if own is not None:  # their own tier and identity, from their own earlier case
            for key in CARRIED:
                inherited.pop(key, None)
            inherited.update({k: own.inputs[k] for k in CARRIED if own.inputs.get(k)})
        else:
            _drop_anothers_tier(inherited, new)
    if (
        "tier" in new
        and inherited.get("tier") not in (None, new["tier"])
        # ("不对 我记错了 我交的是250档": the same case, its tier put right)
        and not CORRECTION.match(frame.text)
    ):
        # a person has one tier a year: another tier is another person's case — or another
        # year's at the same place ("明年想改交60的，同样在那儿住院花6000")
        same_place = (THERE.search(frame.text) or SAME_PLACE.search(frame.text)) and person_key(
            frame.person.who
        ) in ("", person_key(topic.person))
        inherited = {k: v for k, v in inherited.items() if k in PLACE_SLOTS} if same_place else {}
    new = _diseases_added(topic.calculator, inherited, new, frame.text)
    if new.get("disease") in UNNAMED_SPECIAL and inherited.get("disease"):
        new.pop("disease")  # "门特报多少" after 高血压 was named: the condition named stands
    later = (
        topic.calculator == "inpatient"
        and "admission" not in inherited
        and "admission" not in new
        and LATER_STAY.search(topic.query) is not None
        and not state.stays(person_key(topic.person))
    )
    if later:
        # "媳妇生完今年又住了一次院" with no earlier stay of hers computed: "又" says one came
        # before it this year, so this one is at least the second
        inherited["admission"] = 2
    inputs = _heads_to_budget({**inherited, **new}, frame.text)
    turn = Turn(topic.calculator, inputs, frame, given=set(new))
    turn.new_stay = _stay_kind(frame, topic.calculator, state, new)
    # "我姐…生孩子要掏钱吗" then "交120 二级医院住院 花了8000": the case the topic marked
    # (孕产妇分娩, 建档立卡) is kept, and the answer says it was
    marked = marked_cases(inherited, set(new))
    if marked:
        turn.note = f"按前面说的“{'、'.join(marked)}”计算；不是这种情况请告诉我。"
    if later:
        turn.note = (
            "前面说了“又住了一次”，按本年度第二次住院计算；如果之前已住过两次以上，请告诉我。"
        )
    turn.tentative = tentative and not (stating or frame.asks_figure)
    return turn


def _drop_anothers_tier(
    kept: dict[str, Any], new: dict[str, Any], before: dict[str, Any] | None = None
) -> None:
    """ "我妈呢，62了" after "我交120档": another person whose age or standing fixes their tier
    (第十八条) does not take the tier kept from the last person, nor does anyone take a tier the
    rules fixed for the last person (`before`); a tier said in the turn stands."""
    if "tier" in new:
        return
    if _tier_fixed_by_rule({**kept, **new}) or (before is not None and _tier_fixed_by_rule(before)):
        kept.pop("tier", None)


def _tier_fixed_by_rule(inputs: dict[str, Any]) -> bool:
    """Whether the rules fix the person's tier (age, 低保, 建档立卡…: medical.fixed_tier)."""
    try:
        return fixed_tier(inputs) is not None
    except CalcError:
        return False  # (a bad age or sex is named by the calculator itself)


# an injury or illness of one's own, said as the cause of a stay ("在家自己摔伤", "干活扭伤")
OWN_INJURY = re.compile(
    r"摔伤|摔倒|摔了|跌倒|跌伤|扭伤|烫伤|烧伤|骨折|生病|得病|病了|意外受伤|不小心"
)


def _heads_to_budget(inputs: dict[str, Any], text: str) -> dict[str, Any]:
    """ "那一年工资一共要多少钱" after the custodians a set of sites takes: their wage budget."""
    if inputs.get("mode") == "heads" and CUSTODIAN_PAY_WORDS.search(text):
        return {**inputs, "mode": "budget"}
    return inputs


# what a person says of themselves once and keeps ("我看的是自治区级文物点", "我交的120档"):
# a later calculation missing it takes it from the turn that said it, and says so
# (a disease said once, "我有糖尿病…", is the person's for their later questions)
STANDING = ("tier", "site_level", "disease", "diseases")
# what is said of a disease with it, recalled with it
DISEASE_TERMS = ("bp_150_95",)
# the household said as a whole, not one of its people
HOUSEHOLD = ("我们", "咱们", "我们家", "咱们家", "咱家", "俺家", "我家")


# a household said to hold a standing ("我们家是建档立卡户", "家里是贫困户"): each member holds it
HOUSEHOLD_STANDING = re.compile(
    # ("我们家在改则，是建档立卡户": where the household lives may come between)
    r"(?:我们家|我家|咱家|俺家|家里|全家)(?:[^，。？?]{0,3}|在[^，。？?]{1,6}[，,][都也还就]{0,2})"
    r"(?:是|属于|都是)"
    r"[^，。？?]{0,4}(?:建档立卡|贫困户)"
)
# the special outpatient scheme named by the turn itself (门特, 门诊特殊病)
SPECIAL_NAMED = re.compile(r"门特|门诊特殊病")


def assume_special_condition(inputs: dict[str, Any], text: str) -> None:
    """ "他交120，门特一年花了3000" of a 高血压 said in an earlier turn: a bill of the scheme one is
    in, whose condition (血压持续150/95) is then met; a reading said before (140/90) decides it."""
    if (
        inputs.get("disease") == "高血压"
        and "bp_150_95" not in inputs
        and SPECIAL_NAMED.search(text)
    ):
        inputs["bp_150_95"] = True


# what of a person fixes their tier (medical.fixed_tier)
FIXING = ("age", "sex", "identities", "poor")


def recall_said(turn: Turn, missing: list[str], state: State) -> dict[str, Any]:
    """Standing inputs the calculation lacks that an earlier turn of the same person stated
    without computing anything (a statement, a rule question), newest first."""
    from assistant.calculators.understanding import understand
    from assistant.frame import read_frame

    wanted = [k for k in missing if k in STANDING]
    person = person_key(whose(turn.frame, state))
    pronoun = _by_pronoun(turn.frame)
    # ("我爸有糖尿病…" then "门特能报多少 我们交的250": the household speaks for the one named)
    household = turn.frame.person.who in ("", "我", *HOUSEHOLD) and any(
        h in turn.frame.text for h in HOUSEHOLD
    )
    found: dict[str, Any] = {}
    own = state.cases.get(person)
    if "tier" in wanted and own is not None and own.calculator == "contribution":
        # "他今年都66了，是不是不用交" computed before: the rule's tier of that case (第十八条)
        standing = {k: own.inputs[k] for k in FIXING if own.inputs.get(k)}
        if fixed_tier(standing) is not None:
            found.update(standing)
            wanted.remove("tier")
    if "tier" in wanted:
        # "我们家是建档立卡户…" said before: a household's standing is each member's (第十八条（四））
        house = next((t for t in reversed(state.asked) if HOUSEHOLD_STANDING.search(t)), "")
        reading = understand(house, turn.calculator) if house else None
        if reading is not None and reading.inputs.get("poor"):
            found["poor"] = reading.inputs["poor"]
            wanted.remove("tier")
    for earlier in reversed(state.asked):
        if not wanted or earlier == turn.frame.text:
            continue
        spoken = person_key(read_frame(earlier).person.who)
        # (她/他 with no case yet: the person an earlier statement named, "我妈是特困供养人员")
        if spoken != person and not ((pronoun or household) and not person and spoken):
            continue  # said of another person
        reading = understand(earlier, turn.calculator)
        fixed = [k for k in ("poor", "identities") if reading and reading.inputs.get(k)]
        if fixed and "tier" in wanted and not MILD_DISABILITY.search(turn.frame.text):
            # "我家是建档立卡户", "我是低保户" said before: their tier is the rule's (第十八条)
            found.update({k: reading.inputs[k] for k in fixed})
            wanted.remove("tier")
        aged = _aged(read_frame(earlier))
        if aged and "tier" in wanted and fixed_tier(aged) is not None:
            # "我爸今年67岁…" said before: the age fixes his tier (第十八条（二）)
            found.update(aged)
            wanted.remove("tier")
        if "site_level" in wanted and reading is not None and "site_level" not in reading.inputs:
            # ("札达 自治区级点安排几个看管员" before "两人干了8个月共发多少": a count's question
            # reads no level of its own, yet the level said is the site's)
            level = match_choice("site_level", earlier)
            if level:
                found["site_level"] = level
                wanted.remove("site_level")
        for key in list(wanted):
            if reading is not None and reading.inputs.get(key) not in (None, "", *UNNAMED_SPECIAL):
                found[key] = reading.inputs[key]
                wanted.remove(key)
                if key == "disease":
                    # (高血压 with the reading said of it, unless the turn says its own)
                    found.update(
                        {
                            k: reading.inputs[k]
                            for k in DISEASE_TERMS
                            if k in reading.inputs and k not in turn.inputs
                        }
                    )

    return found


# the place said to be the same as before ("同样在那儿", "还是那家医院", "一样的医院")
SAME_PLACE = re.compile(
    r"同样在那|一样的?(?:医院|地方)|还是那家|同一家|原来那家"
    # ("还是在拉萨": the place of the last case, said again)
    r"|(?:还是|也是|仍然|依然|仍)在"
)
# what says where one is treated, kept when the place is said to be the same
PLACE_SLOTS = ("level", "in_area")
# a place pointed back to ("那边是三级医院", "在那儿住了10天"): where an earlier turn said
THERE = re.compile(r"(?<!我们)(?<!咱们)(?:那边|那里|那儿|在那|那家医院|那个医院|那的医院)")


def recall_place(frame: Frame, state: State) -> dict[str, Any]:
    """ "我交的250，那边是三级医院，花了2w" after "在成都…住院了，医保咋弄": the place of
    treatment pointed back to is the one the conversation named last (its in_area)."""
    from assistant.frame import read_frame

    if not THERE.search(frame.text) or "in_area" in frame.slots:
        return {}
    who = person_key(whose(frame, state))
    for earlier in reversed(state.asked):
        if earlier != frame.text:
            said = read_frame(earlier)
            # (the same person's stay: another's place is theirs)
            if "in_area" in said.slots and person_key(whose(said, state)) == who:
                return {"in_area": said.slots["in_area"]}
    return {}


def _aged(frame: Frame) -> dict[str, Any]:
    """The age and sex a turn gives its person, when it gives both."""
    if frame.person.age is None or not frame.person.sex:
        return {}
    return {"age": frame.person.age, "sex": frame.person.sex}


def _by_pronoun(frame: Frame) -> bool:
    """Whether the turn names its person by 她/他 (someone other than the asker)."""
    return frame.person.who in ("她", "他") or (
        not frame.person.who and frame.text[:1] in ("她", "他")
    )


# who one is, said of oneself or of kin before the question ("我是建档立卡户，", "我妈属于低保户，")
IDENTITY_STATED = re.compile(
    r"^(?:我|俺|咱)[\u4e00-\u9fff]{0,3}?(?:是|属于)[^，,。？?]{0,6}"
    r"(?:建档立卡|贫困户|低保|特困|五保|孤儿|残疾)[^，,。？?]{0,4}[，,]"
)


# the household as the one who holds an identity ("我们家是建档立卡户", "我家是低保户")
HOUSEHOLD_WHO = re.compile(r"(我们|咱们|咱|俺|我|全)家(?=是|属于|都是|算)")


def recall_identities(frame: Frame, state: State) -> list[str]:
    """The identities (建档立卡, 低保, 重度残疾…) the same person stated in an earlier turn of
    their own ("我家是建档立卡户"), for a question that names none ("医保一年交多少钱")."""
    from assistant.frame import read_frame

    named = frame.person.who
    pronoun = _by_pronoun(frame)
    for earlier in reversed(state.asked):
        # a statement, or a question that opens by saying who one is ("我是建档立卡户，…能报多少")
        if earlier == frame.text or (
            said_of_oneself(earlier) is None and not IDENTITY_STATED.search(earlier)
        ):
            continue
        said = read_frame(earlier).person
        if not said.identities or not said.who:
            continue  # (a statement of a person's own: "我妈是低保户", not "贫困户有多重身份")
        # a person named is that person; 她/他 is someone other than the asker; no one named is
        # the person just spoken of
        key = person_key(said.who)
        if (named and not pronoun and key == person_key(named)) or (pronoun and key) or not named:
            return list(said.identities)
        if HOUSEHOLD_WHO.match(earlier.strip()):
            # "我们家是建档立卡户": every member's — only what the household is said to be, not
            # what a member named after it is ("…，我奶奶还是低保户")
            own = re.split(r"[，,。；;\s]", earlier.strip())[0]
            return list(read_frame(own).person.identities)
        return []
    last = state.last_calc
    # (not a new person named beside the pronoun: "他是我邻居")
    someone = named and named not in ("他", "她")
    if (
        pronoun
        and not someone
        and last is not None
        and (last.inputs.get("identities") or last.inputs.get("poor"))
    ):
        # "他自己交医保交了多少" after "建档立卡户，第一次住院…" (no one named): 他 is the one
        # whose case was just computed, with the standing it was computed with
        return list(last.inputs.get("identities") or ["建档立卡贫困人员"])
    return []


# the calculator each standing fact is read with, and the one it belongs to alone (a tier is
# every medical calculator's, a site level only the custodian's pay)
STATEMENT_READERS = {
    "tier": ("inpatient", None),
    "poor": ("inpatient", None),
    "site_level": ("custodian_pay", "custodian_pay"),
}


REQUEST = re.compile(r"帮我|帮忙|给我|算一?下|算算|查一?下|请问|想问|问一?下|告诉我|麻烦")


@dataclass
class Statement:
    """Standing facts said with no question ("我交的120档"), and the calculator they open."""

    said: dict[str, Any]
    calculator: str | None


# a clause that asks by "V不" or offers two answers ("要自己掏钱不", "…还是政府全包")
CLAUSE_ASKS = re.compile(
    r"(?:要|能|会|可以|用|得|给|是)[\u4e00-\u9fff]{0,6}不(?=[\s，,。？?！!]|$)"
    r"|[\s，,]还是[^，。？?\s]{1,10}[？?]?$"
)


# a question typed as a title names the fact it asks last ("…住院报销比例", "…的起付线")
TITLE_ASKED = re.compile(
    r"(比例|起付线|起付标准|标准|限额|封顶线?|待遇|报销|工资|补助|补贴|规定|政策|流程|手续|材料)"
    r"\s*[?？]?\s*$"
)


def said_of_oneself(text: str) -> Statement | None:
    """A statement with no question in it that gives standing facts ("我交的120档", "我看的是
    自治区级文物点"): what it gives, for later questions to use."""
    from assistant.calculators.understanding import understand
    from assistant.frame import QUESTION_WORD, YES_NO

    if QUESTION_WORD.search(text) or YES_NO.search(text) or REQUEST.search(text):
        return None
    if CLAUSE_ASKS.search(text):
        return None  # "家里是低保户 医保要自己掏钱不 还是政府全包": a question after the standing
    if TITLE_ASKED.search(text):
        return None  # "250档的在三级医院报销比例": a question typed as a title, ending on its fact
    said: dict[str, Any] = {}
    opens = None
    from assistant.frame import read_frame

    for key, (reader, owner) in STATEMENT_READERS.items():
        reading = understand(text, reader)
        if reading is not None and reading.inputs.get(key) not in (None, ""):
            said[key] = reading.inputs[key]
            opens = opens or owner
    identities = read_frame(text).person.identities
    if identities and "poor" not in said:
        # "我妈是低保户": whom later questions are about (recall_identities)
        said["identities"] = "、".join(identities)
    return Statement(said, opens) if said else None


# the hospital of the case just told, named again ("同一家医院", "那家医院", "也在这个医院")
SAME_HOSPITAL = re.compile(
    r"(?:同一|同一个|同一家|同样的?|一样的|那家|这家|那个|这个)(?:医院|卫生院)"
)


# the asker named as such
ASKER = re.compile(r"我|俺|我自己|俺自己|本人|咱")


# the contribution calculator's name for a 建档立卡 household (第十八条（四）), which the paying
# calculators read as `poor` (第二十九条（四）)
POOR_IDENTITY = "建档立卡贫困人员"


def _poor_between_calculators(turn: Turn, last: Turn) -> None:
    """ "那我们一年保费自己要掏多少" after a stay of a 建档立卡 household: the contribution of that
    household (its own share and the aid's, 第十八条（四）), not the tier the rule gave the stay;
    and a stay after such a contribution is a 建档立卡 stay."""
    if turn.calculator == "contribution" and last.inputs.get("poor") is True:
        if not turn.inputs.get("identities"):
            turn.inputs["identities"] = [POOR_IDENTITY]
            turn.inputs.pop("poor", None)
            if last.inputs.get("tier") == turn.inputs.get("tier"):
                turn.inputs.pop("tier", None)  # the rule's tier, which the identity fixes
    elif (
        turn.calculator in PAYING_CALCS
        and last.calculator == "contribution"
        and POOR_IDENTITY in (last.inputs.get("identities") or [])
        and "poor" not in turn.inputs
    ):
        turn.inputs["poor"] = True


def continue_person(turn: Turn, state: State) -> None:
    """A new question about the same person keeps their tier and identity, says so, and counts
    the fund's payments so far against the yearly cap when it is a later stay or visit
    ("后来又住了第二次院 二级 1万2", "出院后在门诊做放疗 3w"). Another person named, or another tier
    stated, is another case."""
    last = state.last_calc
    frame = turn.frame
    if last is None:
        return
    if SAME_HOSPITAL.search(frame.text):
        # "他在同一家医院也花了1万": the hospital of the case just computed, whoever's this is
        for key in ("level", "in_area"):
            if key not in turn.inputs and key in last.inputs:
                turn.inputs[key] = last.inputs[key]
    topic_person = state.topic.person if state.topic else ""
    named = frame.person.who
    if (
        named
        # "舅妈…" after "那我舅妈呢…": one person however named (person_key)
        and person_key(named) not in ("", person_key(topic_person))
        and not SAME_PERSON.search(frame.text)
    ):
        return
    if "tier" in turn.inputs and last.inputs.get("tier") not in (None, turn.inputs["tier"]):
        return  # one tier a year: another tier is another person's case
    carried = [k for k in CARRIED if k not in turn.inputs and last.inputs.get(k)]
    for key in carried:
        turn.inputs[key] = last.inputs[key]
    _poor_between_calculators(turn, last)
    if "tier" in carried and turn.calculator in PAYING_CALCS:
        turn.note = f"缴费档次按前面说的{last.inputs['tier']}元档计算；不是这一档请告诉我。"
    admission = turn.inputs.get("admission")
    if (
        turn.calculator in ("inpatient", "special_outpatient")
        and state.payments_of(person_key(whose(frame, state)))
        and (AGAIN.search(frame.text) or (isinstance(admission, int) and admission >= 2))
    ):
        turn.new_stay = True
