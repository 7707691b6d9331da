"""Answers from the documents, chosen by the kind of fact asked.

For an amount, ratio, date or responsible body: the clause that holds a value of that kind for
the question's subject, opened with the sentence that states it. For a list: the lead-in and
every item. Otherwise the clause that answers best. When the topic is in the text but no clause
holds the asked kind of fact, the answer says so and what the text does say (out of scope).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from assistant.answers import display, score_passage, weights
from assistant.calculators.medical import FixedTier, fixed_tier
from assistant.calculators.understanding import (
    DEDUCTION_ASKED,
    EVERYDAY_ILLNESS,
    LATE_PAYMENT,
    OWN,
    SITE_POINTED,
)
from assistant.citations import Citation, of_clauses, of_place, of_unit
from assistant.frame import (
    AGE_THRESHOLD_ASKED,
    ALTERNATIVE,
    BODY,
    CHANGE_ASKED,
    CONSEQUENCE_ASKED,
    EVERY_VALUE,
    KIN_BARE,
    KIN_FEMALE,
    KIN_MALE,
    NOW_ASKED,
    OFTEN_OFFERED,
    PAID_THING,
    PAYER_CHECKED,
    PEOPLE_CHECKED,
    QUESTION_WORD,
    SCHEMES,
    SEVERAL_LEVELS,
    WHAT_HAPPENS,
    WHAT_TO_DO,
    WHILE_DONE,
    FactType,
    Frame,
    PlaceRole,
    Scheme,
    a_few_said,
    places_in,
)
from assistant.lists import (
    LAST_JOINED,
    MAX_ITEMS,
    Listing,
    enumerates,
    group_name,
    item_list,
    list_head,
    series_list,
    sibling_list,
)
from corpus import Corpus, NotFoundError
from corpus.clauses import HEADING_MAX, LEANS_BACK, Clause, clauses
from corpus.store import doc_aliases

# a whole period's sum taken ("扣除当年野外文物看管补助"), which is a sum said; 适当扣除 is none
WHOLE_DEDUCTED = re.compile(r"(?<!适当)(?:扣除|扣发|扣减)(?:当年|全年|全部)")
# a measured threshold ("血压持续150/95mmHg"), and a measure asked ("血压要多高")
MEASURED = re.compile(r"\d+(?:/\d+)?\s*(?:mmHg|mmol|毫米汞柱|厘米|公斤|千克)")
# (a body's measure, never a rate or a limit asked "有多高")
MEASURE_ASKED = re.compile(r"(?:血压|血糖|体重|身高)[^，。？?]{0,6}(?:多高|多少|多重)")
# a deed to be done at once: a time asked is answered by it ("第一时间向…报告")
AT_ONCE = re.compile(r"第一时间|立即|立刻|当即")
VALUE = {
    FactType.AMOUNT: re.compile(
        rf"{MEASURED.pattern}|"
        r"\d+(?:\.\d+)?\s*(?:万元|元|万|人|名|处|个|次|天|岁|公里|平方米|床|张|家|所|座|项|条|辆|台|亩|户|村|批|分|种|套|间|栋|份|期|届)"
        r"|[一二三四五六七八九十两百千万]+\s*(?:万元|元|名|处|人|个|次|家|所|项)"
        r"|按[^，。；]{0,12}标准"  # 按最高筹资标准全额补缴: an amount stated as a rule
        # "扣除当年野外文物看管补助": a whole period's sum taken (not 适当扣除, which says none)
        rf"|{WHOLE_DEDUCTED.pattern}"
    ),
    FactType.RATIO: re.compile(
        r"\d+(?:\.\d+)?\s*%|百分之|[一二三四五六七八九]成|比例为|\d+:\d+|\d+：\d+|全额(报销|支付|给予)"
    ),
    FactType.DATE: re.compile(
        r"\d+\s*(?:年|月|日|天|个月|周|小时|个工作日)|[一二三四五六七八九十两半]+\s*(?:年|个月|月|日|天|周|小时)|次年|次月|当年|当月|每年|每月|之日|期间"
        # (起 that starts a time, "…起施行", "次月起，": not a village's name, 那木起村)
        r"|起(?=[，,。；;]|施行|执行|享受|实施|计算|生效|开始|算)"
        # (not a sum's or an area's bound: "总投资控制在6251.5万元以内")
        r"|(?<![元米人%％亩])(?:以前|以内|之内|之前)"
        # how often ("每日巡查", "定期不定期…评估"): the answer to 多久一回
        r"|每日|每天|每周|每季度|定期"
        # a quarter or a half of the year ("力争在今年第三季度开工建设")
        r"|第?[一二三四1-4]季度|[上下]半年|年底|年初|年中|年内"
        # at once ("第一时间向当地文物、公安部门报告", "应当立即保护现场"): a time all the same,
        # not 及时, which sets none
        rf"|{AT_ONCE.pattern}"
    ),
    FactType.BODY: re.compile(
        r"部门|局|委员会|委|政府|办公室|中心|机构|单位|医院|人民政府|领导小组|管理所|财政|负责|牵头|组织|实施|审批|批准"
        # who bears a cost may be a person ("中断缴费期间所发生的医疗费用由本人承担")
        r"|由(本人|个人|参保人员?|患者|家属)(承担|负担|支付|自付)"
        # or a fund ("由城镇职工医疗保险基金按规定支付")
        r"|由[^，。；]{0,12}(基金|资金)[^，。；]{0,6}(支付|承担|负担|代缴|代为缴纳)"
    ),
}
# a body named as such, not only an act of one (批准, 负责, 组织)
NAMED_BODY = re.compile(
    r"部门|局|委员会|委|政府|办公室|中心|机构|(?<!任何)单位|医院|领导小组|管理所|财政"
    r"|由(本人|个人|参保人员?|患者|家属)(承担|负担|支付|自付)"
)
PAYER = re.compile(rf"{NAMED_BODY.pattern}|基金|资金")
FACT_WORDS = {
    FactType.LIST: "名单或清单",
    FactType.PROCEDURE: "办理程序或材料",
    FactType.AMOUNT: "金额或标准",
    FactType.RATIO: "比例",
    FactType.DATE: "时间或期限",
    FactType.BODY: "负责的部门",
}
# a contribution paid for someone by a fund or a government ("由医疗救助资金代为缴纳")
PAID_FOR = re.compile(r"代为缴纳|代缴|代为缴费")
# the scheme the question is about must be named by the clause that answers it
SCHEME_TERMS = {Scheme.CRITICAL: "大病", Scheme.AID: "救助"}
# calibrated on the clause scores of the index (z-scored meaning + normalised words, ~0–1.3)
VALUE_MARGIN = 0.45  # a clause holding the asked kind of value may score this much below the best
WHOLE_SHORT = 160  # an article this short is quoted whole for a "how" question
SECOND_MARGIN = 0.08  # another article is quoted too when its clause scores this close


@dataclass
class ScoredClause:
    clause: Clause
    unit: object  # corpus Unit
    score: float
    rank: int  # the hit's rank


@dataclass
class Composed:
    status: str  # answered | out_of_scope
    answer: str
    citations: list[Citation] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # figures the answer states about the text


# what an item of a list is besides its figure ("不少于", "个", "元")
FIGURE_WORDS = re.compile(r"[\d.]+|不少于|不超过|左右|以上|以下|[个名人元万%％]")


def _listed_item_named(question: str, fact: FactType | None, piece: str) -> str:
    """ "乡镇兽医岗位有多少": of a piece listing things with their figures by 顿号 ("农牧专业技术
    人员不少于20个、乡镇兽医岗位不少于70个、…"), the one item naming what is asked; the piece
    when the items are bare figures ("60元、120元、250元") or no one item names the most."""
    items = piece.split("、")
    if len(items) < 2 or not all(
        re.search(r"\d", i)  # (each its own figure: not "…的住院、门诊特殊病…提高5%")
        and _has_value(fact, i)
        and len(re.findall(r"[\u4e00-\u9fff]", FIGURE_WORDS.sub("", i))) >= 2
        for i in items
    ):
        return piece
    telling = [t for t in _telling(question) if len(t) >= 2]
    counts = [sum(t in i for t in telling) for i in items]
    most = max(counts)
    return items[counts.index(most)] if most and counts.count(most) == 1 else piece


def _segments(text: str) -> list[str]:
    # (the task tables write ASCII commas and semicolons between their pieces)
    pieces = [s for s in re.split(r"(?<=[，；。：]|[,;](?!\d))", text) if s.strip()]
    # a bracket's inside is no piece of its own: "2个乡镇(…)和21个建制村(札达县4个：萨让村…；
    # …诺仓村)未通硬化路；" is one piece, its figures with what they are of
    joined: list[str] = []
    depth = 0
    for piece in pieces:
        if depth > 0 and joined:
            joined[-1] += piece
        else:
            joined.append(piece)
        depth += piece.count("(") + piece.count("（") - piece.count(")") - piece.count("）")
        depth = max(depth, 0)
    return joined


UNIT_PRIOR = 0.3  # how much the unit's retrieval score counts towards its clauses


CHOSEN_FROM = 4  # the articles found that a clause is chosen from


def _score_clauses(
    question: str, hits: list, searcher, context: str, fact: FactType | None = None
) -> list[ScoredClause]:
    """Clauses of the best hits ranked by meaning and words (the index's clause ranking), with
    the unit's own rank as a prior: retrieval already judged the whole unit."""
    hits = hits[:CHOSEN_FROM]
    if not hits:
        return []
    # ("拍寺庙外景行不行": how leave is asked is no word of the rule, as 可以吗 is none)
    # (nor is how usual a thing is: "医保一般几月份开始交")
    question, context = (
        HEDGE.sub("", re.sub(rf"\s*{TAIL_LEAVE.pattern}(?=[？?。！!\s]*$)", "", t))
        for t in (question, context)
    )
    top = max(h.score for h in hits) or 1.0
    prior = {h.unit.id: (n, h.score / top if top > 0 else 1.0) for n, h in enumerate(hits)}
    units = [h.unit for h in hits]
    ranked = searcher.rank_clauses(context or question, units, k=400)
    asking = asking_part(question)
    # (a how-to's asking part is often only "要办什么手续": its subject is in the circumstance)
    if fact is FactType.YES_NO and asking != (context or question):
        # "在成都住院，钱是先自己垫吗": the clause that speaks of what is asked (垫付), not of the
        # circumstance it is asked in (统筹区外), nor of the turn it follows: the asking part
        # counts as much as the whole
        own = {
            (r.unit.id, r.clause.index): r.score
            for r in searcher.rank_clauses(asking, units, k=400)
        }
        # (a turn read with the last one leans on it more: "要先办什么手续吗" after a stay in
        # Chengdu is not 参保手续)
        share = ASKING_SHARE if asking != question else ASKING_SHARE_LEANING
        ranked = [
            replace(
                r,
                score=(1 - share) * r.score + share * own.get((r.unit.id, r.clause.index), 0.0),
            )
            for r in ranked
        ]
    rows = [
        ScoredClause(
            r.clause, r.unit, r.score + UNIT_PRIOR * prior[r.unit.id][1], prior[r.unit.id][0]
        )
        for r in ranked
        if r.unit.id in prior
    ]
    said = f"{context} {question}"
    asked_benefits = benefits(question)
    for r in rows:
        own = benefits(r.clause.text) - {"区外", "床位"}
        if asked_benefits and own and not own & asked_benefits:
            # "在地区医院住了快7个月…咋结算": a clause of another benefit (两病's drug rates) is
            # not the stay's, however many of its words it shares
            r.score -= OTHER_BENEFIT_PENALTY
        if CAPTION.fullmatch(r.clause.text.strip()):
            r.score -= CAPTION_PENALTY  # "门诊特殊病政策。": the article's caption answers nothing
        if for_another_group(r.clause.text, said):
            # "革吉县的牧民…找哪个部门": a sentence for a group the asker is not said to be of
            # (地直机关…家属, 在编僧尼) is not theirs; its sibling for everyone else answers
            r.score -= ROLE_PENALTY
        role = ROLE_DOCUMENTS.get(r.unit.doc_id)
        if role is not None and not role.search(said):
            # "施工挖到疑似文物不报罚多少": the custodians' rules bind custodians only; a general
            # rule of the same matter (第五十条（五）) answers anyone else
            r.score -= ROLE_PENALTY
    if fact is FactType.DATE and not DURATION_ASKED.search(question):
        # a table row's date cell ("2020年11月30日前") holds too few words to be found by
        # itself; when a date is asked it is as near the question as the row's task, a
        # little behind it
        row_top: dict[str, float] = {}
        for r in rows:
            if r.unit.kind == "table_row":
                row_top[r.unit.id] = max(row_top.get(r.unit.id, r.score), r.score)
        for r in rows:
            if (
                r.unit.id in row_top
                and len(r.clause.text) <= CELL_MAX
                and _has_value(FactType.DATE, r.clause.text)
            ):
                r.score = max(r.score, row_top[r.unit.id] - CELL_LAG)
    if fact is not None:
        # "一是新建高压氧舱……。下一步，……力争11月31日前完成建设": a sentence that continues the
        # one before it, with a value of the kind asked, is as near as that one, a little behind
        # (its words are that sentence's)
        at = {(r.unit.id, r.clause.index): r.score for r in rows}
        for r in rows:
            before = at.get((r.unit.id, r.clause.index - 1))
            if (
                before is not None
                and LEANS_BACK.match(r.clause.text)
                and _has_value(fact, r.clause.text)
            ):
                r.score = max(r.score, before - CELL_LAG)
    rows.sort(key=lambda r: -r.score)
    return rows


# documents whose rules bind one role only, and the words that say the question is of it
ROLE_DOCUMENTS = {
    "relic-custodians": re.compile(
        # ("他看的点要是出了重大事故": the site one keeps names the keeper)
        r"看管|看护|看守|巡查|巡逻|守护员|文保员|文物点的人|护宝员|[看守管]的(?:那个|这个)?(?:点|文物点)"
    ),
}
# sentences whose rule is for one group of people, and the words that say the asker is of it
GROUP_SENTENCES = (
    (
        re.compile(r"地直机关、企事业单位家属和随军家属"),
        re.compile(r"地直|行署|机关|单位|随军|部队|军人|军属|家属|当兵"),
    ),
    (re.compile(r"僧尼|寺管会"), re.compile(r"僧|尼|喇嘛|寺|和尚|阿尼|扎巴|出家")),
)


def for_another_group(text: str, said: str) -> bool:
    """Whether a sentence's rule is for a group of people the question never says the asker is
    of (地直机关…家属, 在编僧尼); a list of whom a rule binds (适用范围包括…驻寺僧尼…) is not one."""
    if LISTED_AMONG.search(text):
        return False
    return any(rule.search(text) and not asker.search(said) for rule, asker in GROUP_SENTENCES)


# a sentence listing those a rule applies to, the group one among many
LISTED_AMONG = re.compile(r"适用范围|适用于|包括")


ROLE_PENALTY = 0.15  # about the gap between two clauses saying the same of two roles
OTHER_BENEFIT_PENALTY = 0.15  # a clause of a benefit the question does not ask of
CELL_LAG = 0.1
# how much the asking part's own ranking counts in a yes/no question's clause ranking:
# said with its circumstances in the same turn, and read with the turn before it
ASKING_SHARE = 0.5
ASKING_SHARE_LEANING = 0.33


# an article's caption printed as its first sentence ("住院待遇政策。", "个人缴费部分。")
CAPTION = re.compile(r"[\u4e00-\u9fff“”\"]{2,12}(政策|部分|制度|待遇)[。．]?")
CAPTION_PENALTY = 0.5


# a list of misconducts (or deeds) with their consequence ("有下列行为之一的，由…解聘…："): its
# items say what is punished or rewarded, not what one should do
MISCONDUCT_LEAD = re.compile(
    r"有下列.{0,6}(?:行为|情形|事迹)(?:之一)?的.*(?:解聘|处理|处罚|追究|追回|表彰|奖励)"
)
MISCONDUCT_PENALTY = 0.3
# whether one may, asked any way ("能不能", "…行不行", "能…吗"); `PERMISSION_ASKED` below also
# reads the act said after the modal
PERMISSION_WORDS = re.compile(
    r"能不能|能否|可不可以|可以|行不行|行吗|成不成|允许|允不允许|让不让|准不准|许不许"
    r"|能[^，。？]{1,16}(?:吗|不)[？?]*$"
)
DUTY_ASKED = re.compile(
    r"要不要|需不需要|需要|该不该|应该|应当|必须|要[^，。？是]{0,6}吗|得[^，。？]{0,4}吗"
)


def _demote_misconduct(
    question: str, fact: FactType, rows: list[ScoredClause]
) -> list[ScoredClause]:
    """ "捡到古董要上交吗" asks a duty: the rule that says what to do (第二十一条 应当…报告) answers
    it, not an item of a list of punished misconduct that shares its words ("不及时报告上交的")."""
    if REWARD_ASKED.search(question) and not PENALTY_WORD.search(question):
        # "上交了有奖励吗": a reward is said where deeds are rewarded (可给予表彰和奖励), not in a
        # list of punished ones that shares the deed's words ("不及时报告上交的" → 解聘)
        for r in rows:
            said = f"{_lead_of(r.clause)}{r.clause.text}"
            if REWARDED.search(said):
                r.score += MISCONDUCT_PENALTY
            elif _punishes(r.clause):
                r.score -= MISCONDUCT_PENALTY
        return sorted(rows, key=lambda r: -r.score)
    if LAPSED_STILL.search(question) and any(WAY_BACK.search(r.clause.text) for r in rows[:6]):
        # "断缴了还能参保吗": after a lapse, the way back the text gives (如需补缴…), not a rule
        # that only shares the act's word (不得…重复参保) — whatever kind of fact the turn it
        # follows asked ("今年忘交了咋办" after when cover starts)
        for r in rows:
            if WAY_BACK.search(r.clause.text):
                r.score += MISCONDUCT_PENALTY
        return sorted(rows, key=lambda r: -r.score)
    if (
        fact is FactType.BODY
        and not consequence_asked(question)
        and not PENALTY_ASKED.search(question)
        and not sanction_word(question)
    ):
        # "那在建设控制地带里盖房子呢" after who approves works in a site: a body is asked, which
        # a list of punished deeds never names (第五十条（一）); the rule that approves does
        for r in rows:
            if _punishes(r.clause):
                r.score -= MISCONDUCT_PENALTY
        return sorted(rows, key=lambda r: -r.score)
    if fact not in (FactType.YES_NO, FactType.PROCEDURE, FactType.OTHER):
        return rows
    if consequence_asked(question) or deed_undone(question):
        # "用别人的医保卡看病会咋样": what follows a breach is said where a breach is punished;
        # ("他没报告呢" after the duty to report: a duty said undone asks what follows it)
        # "要是拖到12月31日以后才交呢": what follows a lapse, where its burden is laid
        for r in rows:
            if BURDEN_FOR_LAPSE.search(r.clause.text):
                r.score += MISCONDUCT_PENALTY  # (a date asked beside is only the lapse's time)
            elif _laid_on_another(question, r.clause):
                r.score -= MISCONDUCT_PENALTY / 2
            elif _punishes(r.clause) or CONSEQUENCE_STATED.search(r.clause.text):
                # ("要是有人无故不来或者被退训了会怎样": 被退训处理的学员…书面检讨, not 不得退训)
                r.score += MISCONDUCT_PENALTY / 2
            elif PENALTY_ASKED.search(question) and not CONSEQUENCE_STATED.search(
                f"{_lead_of(r.clause)}{r.clause.text}"
            ):
                # ("有工人想偷偷拿一个回家，有啥后果": a duty of anyone, 检举控告, follows nothing;
                # not "挖出陶罐怎么处理", how to deal with a find)
                r.score -= MISCONDUCT_PENALTY / 2
        rows = sorted(rows, key=lambda r: -r.score)
        stated = next(
            (
                r
                for r in rows[1:4]
                if CONSEQUENCE_STATED.search(r.clause.text)
                and not _laid_on_another(question, r.clause)
                and r.score >= rows[0].score - MISCONDUCT_PENALTY
            ),
            None,
        )
        if (
            stated is not None
            and not _punishes(rows[0].clause)
            and not CONSEQUENCE_STATED.search(rows[0].clause.text)
        ):
            # "要是有人无故不来…会怎样": a rule that says what follows (无故缺勤的要记录在案，并按
            # 相关规定处理) before one that only forbids it (不得退训)
            rows = [replace(stated, score=rows[0].score), *(r for r in rows if r is not stated)]
        if MISDEED.search(question) and (
            not _punishes(rows[0].clause) or _laid_on_another(question, rows[0].clause)
        ):
            # "要是我已经拿回家了呢，会怎样": the punished deed that names it (隐匿不报、私分、
            # 不上交国家的) says what follows, before the duty that forbids it (不得…私分、藏匿)
            named = next(
                (r for r in rows[:12] if punishes_deed(question, r.unit) and _punishes(r.clause)),
                None,
            )
            if named is not None:
                rows = [replace(named, score=rows[0].score), *(r for r in rows if r is not named)]
        return _deed_named_first(question, rows)
    # "医保卡能借给亲戚用吗": whether an act is allowed; the listed misconduct names it
    permission = bool(PERMISSION_WORDS.search(question)) and not DUTY_ASKED.search(question)
    telling = _telling(question)
    acted = telling[-1] if telling else ""  # the act or its object, said last ("发朋友圈")
    for r in rows:
        # "野外文物看管人员享有下列权利：": a lead-in alone says nothing yet
        listed = _punishes(r.clause)
        if (
            listed and not (permission and not REWARD_LEAD.search(_lead_of(r.clause)))
        ) or r.clause.text.rstrip().endswith(("：", ":")):
            r.score -= MISCONDUCT_PENALTY
        elif (
            permission
            and FORBIDS.search(r.clause.text)
            and not _punishes(r.clause)
            and _speaks_of(acted, question, r)  # of the act asked, not any 不得
        ):
            # "能把文物位置告诉游客吗": the rule that forbids the act answers before the list
            # of misconduct that punishes it
            r.score += MISCONDUCT_PENALTY / 3
        if permission and _decides_act(question, r.clause, punished=False):
            r.score += 2 * MISCONDUCT_PENALTY  # "野外文物能拆吗": 不得…拆毁 says no
        elif permission and _decides_act(question, r.clause, punished=True):
            r.score += MISCONDUCT_PENALTY / 2  # "医保卡能借吗": 借给他人 is punished
        elif permission and _permits_act(question, r.clause):
            # "唐卡能借给别的寺庙展览吗": the rule that lets the act be done (…之间可以交换、
            # 借用), before a rule of the place it is asked in (宗教活动场所…必须配备防火)
            r.score += MISCONDUCT_PENALTY
    return sorted(rows, key=lambda r: -r.score)


# "国家和自治区规定不予支付的其他情形", "其他违反…的行为": the last item of a list, which covers
# whatever its siblings do not name
CATCH_ALL = re.compile(r"其他[^，。；]{0,16}(情形|行为|情况|事项)[。；]?$")


def _named_over_catch_all(
    question: str, rows: list[ScoredClause], corpus: Corpus
) -> list[ScoredClause]:
    """ "为啥镶牙也不给报": the item that names a rare word of the question (镶牙, used by few
    articles) answers it, not the short catch-all item of the same list, which a long item's
    many other words let score above it."""
    rare = [
        t
        for t in _telling(question)
        if not function_word(t) and 0 < len(corpus.units_using(t)) <= RARE_UNITS
    ]
    named = {r.unit.id for r in rows if any(t in r.clause.text for t in rare)}
    if not named:
        return rows
    for r in rows:
        if r.unit.id in named and CATCH_ALL.search(r.clause.text):
            r.score -= MISCONDUCT_PENALTY
    return sorted(rows, key=lambda r: -r.score)


ACT_MARGIN = 0.1  # how far below the first a clause saying the act a body is asked for may be


def _body_act_first(question: str, fact: FactType, rows: list[ScoredClause]) -> list[ScoredClause]:
    """ "这些养护员谁来考核" after their counts: the clause that says who does the act asked
    (岗位人员的考核由县交通运输局…实施), before one that only names a body beside the subject's
    figures (七县交通运输局初步统计…)."""
    if fact is not FactType.BODY or not rows:
        return rows
    act = _body_act(question)
    if not act or _does(act, rows[0].clause.text):
        return rows
    doing = next(
        (
            r
            for r in rows[1:5]
            if _does(act, r.clause.text)
            and r.score >= rows[0].score - ACT_MARGIN
            # ("…放牧，参加居民医保找谁": not the monks' own way to enrol, 在编僧尼参加…)
            and not for_another_group(r.clause.text, question)
        ),
        None,
    )
    if doing is None:
        return rows
    return [replace(doing, score=rows[0].score), *(r for r in rows if r is not doing)]


# a body said as the subject of what is asked ("乡镇政府在文物保护上要干啥", "村委会管什么")
SUBJECT_BODY = re.compile(
    r"^(?:那|那么|请问)?(?P<body>[\u4e00-\u9fff]{1,8}?(?:政府|部门|委员会|村委会|居委会|寺管会|"
    r"管委会|局|办公室|办))(?=在|对|要|应|该|得|负责|管|有|主要|都|具体|需要|的(?:责任|职责|任务))"
)


def _body_named_first(question: str, rows: list[ScoredClause]) -> list[ScoredClause]:
    """ "乡镇政府在文物保护上要干啥": of the close clauses, the one whose words name the body
    asked (乡（镇）人民政府在…指导下做好文物保护工作), before a sibling naming other bodies
    (地区行署、各县人民政府要…)."""
    from index.lexical import covered_by

    said = SUBJECT_BODY.match(question)
    if said is None or not rows:
        return rows
    body = said.group("body")
    if covered_by(body, question, rows[0].clause.text):
        return rows
    named = next(
        (
            r
            for r in rows[1:6]
            if covered_by(body, question, r.clause.text) and r.score >= rows[0].score - ACT_MARGIN
        ),
        None,
    )
    if named is None:
        return rows
    return [replace(named, score=rows[0].score), *(r for r in rows if r is not named)]


FORBIDS = re.compile(r"不得|禁止|严禁")
# a list of deeds rewarded: it says what earns praise, never whether an act is allowed
REWARD_LEAD = re.compile(r"表彰|奖励")


# a lead-in that decides what its items are: preferred, required, refused, banned, paid
QUALIFYING_LEAD = re.compile(
    r"优先|条件|不予|不得|禁止|不属于|不纳入|应当|必须|可以|给予|予以|方可|之一的"
)


def _measured_first(question: str, scored: list[ScoredClause]) -> list[ScoredClause]:
    """ "血压要多高才算门诊特殊病": a measure asked is answered by the near clause that states
    one (高血压(血压持续150/95mmHg)), not by one of the same words with sums in it."""
    if not MEASURE_ASKED.search(question) or re.search(r"限额|比例|报|封顶|起付", question):
        return scored
    measured = [r for r in scored[:8] if MEASURED.search(r.clause.text)]
    return [*measured, *[r for r in scored if r not in measured]] if measured else scored


def _lead_of(clause: Clause) -> str:
    return clause.lead if clause.is_item else clause.text


def _ending_word(question: str) -> str:
    """The act a question ends on ("…要备案吗", "几天内报备"): what it asks about."""
    telling = _telling(question)
    last = telling[-1] if telling else ""
    at = question.rfind(last)
    tail = question[at + len(last) :] if last else ""
    # the act asked right after its modal or time ("要先备案吗", "几天内报备"), not a purpose
    # after an object ("能借给外地博物馆展览吗" asks 借)
    # ("要提前备案吗": past a word of doing it beforehand)
    before = re.sub(r"(?:提前|事前|提早)$", "", question[:at]) if at > 0 else ""
    acted = bool(before) and before[-1] in "要须得用先内再能以"
    ends = re.fullmatch(r"(吗|么|嘛|呢|没有?|不)?[？?。！!\s]*", tail)
    return last if last and acted and ends else ""


# a part of a whole asked for ("新增医务人员里专招…", "17项重点工作中项目建设…")
PART_OF = re.compile(r"(?:里|中|当中|之中|其中)(?:的|面)?\s*([\u4e00-\u9fff]{2,8})")


def _part_named(question: str) -> str:
    """The first telling word after "…里/中": the part of a whole asked (专招, 自主招聘)."""
    m = PART_OF.search(question)
    if m is None:
        return ""
    return next(iter(_telling(m.group(1))), "")


# "领导小组组长是谁", "副组长是哪位": a person holding a role, asked by the role before it
ROLE_ASKED = re.compile(r"(?:是|由|为)?(?:谁|哪位|哪一位|哪个人|什么人)")


def _held(role: str) -> str:
    """How the text says who holds a role in a sentence ("办公室主任由…龚常平同志兼任")."""
    return rf"{re.escape(role)}由[^，。；]{{2,50}}(?:兼任|担任|出任)"


def _holder_piece(question: str, pieces: list[str]) -> str | None:
    """The piece naming who holds the role asked, the longest role before 是谁 first."""
    asking = asking_part(question)
    asked = ROLE_ASKED.search(asking)
    if asked is None:
        return None
    for k in (4, 3, 2):
        held = re.compile(_held(asking[max(0, asked.start() - k) : asked.start()]))
        found = next((p for p in pieces if held.search(p)), None)
        if found is not None:
            return found
    return None


def _holders(question: str) -> list[re.Pattern[str]]:
    """How a clause names who holds the role asked, the longest role just before 是谁 first
    (办公室主任, 副组长, 组长): "组长：袁富国", or "办公室主任由…副局长龚常平同志兼任"; [] when the
    question asks no role."""
    asking = asking_part(question)
    asked = ROLE_ASKED.search(asking)
    if asked is None:
        return []
    roles = [asking[max(0, asked.start() - k) : asked.start()] for k in (4, 3, 2)]
    return [re.compile(rf"^{re.escape(r)}\s*[：:]\s*[\u4e00-\u9fff]|{_held(r)}") for r in roles]


def _names_holder(question: str, text: str) -> bool:
    """Whether a clause names who holds the role asked; True when no role is read from the
    question (nothing to check)."""
    holders = _holders(question)
    return not holders or any(h.search(text) for h in holders)


# a find told ("挖路基的时候挖出来一堆陶片", "放牧捡到个铜佛") and what to do now asked
FIND_TOLD = re.compile(r"挖出|挖到|刨出|发现|捡到|捡了|出土|翻出")
NOW_WHAT = re.compile(r"咋办|怎么办|怎么弄|咋弄|该怎么|要怎么|怎么处理|咋处理|要做什么|该做啥")
# the clause laying the finder's duty on its condition ("…发现文物或者疑似文物的，应当…")
FINDERS_DUTY = re.compile(r"发现[^，。；]{0,14}的，[^。；]{0,4}(?:应当|应|要|必须)")


def _duty_of_the_find_first(
    question: str, fact: FactType, scored: list[ScoredClause]
) -> list[ScoredClause]:
    """ "挖路基的时候挖出来一堆像陶片的老东西，现在该咋办": the finder's own duty (立即保护现场，
    并…报告) before a later step a word of the question also finds (施工单位要配合考古发掘)."""
    if fact is not FactType.PROCEDURE or not (
        FIND_TOLD.search(question) and NOW_WHAT.search(question)
    ):
        return scored
    top = scored[0].score
    duty = next(
        (
            r
            for r in scored[:4]
            if FINDERS_DUTY.search(r.clause.text) and r.score >= top - VALUE_MARGIN
        ),
        None,
    )
    if duty is None or duty is scored[0]:
        return scored
    return [replace(duty, score=top), *(r for r in scored if r is not duty)]


# clauses this close in score are a tie the asker's own case breaks
TIE_MARGIN = 0.2


def _most_said_of_tied(
    question: str, fact: FactType, scored: list[ScoredClause]
) -> list[ScoredClause]:
    """ "我家是建档立卡户，应聘看管员有没有优先": of clauses scored alike, the one speaking of the
    case the asker told before asking (纳入建档立卡贫困户的群众 under 可优先选聘) before one that
    only speaks of what is asked (优先考虑…); "我们家已经脱贫了，还算优先吗": 已脱贫群众."""
    from index.lexical import tokenize

    if fact is not FactType.YES_NO or len(scored) < 2:
        return scored
    # (told apart, before a pause: "这几年公职岗位录用毕业生的数量是不是在增加" tells nothing, its
    # subject is what is asked of)
    *told_pieces, _ = re.split(r"[，,。；;]", question.rstrip("，,。？?！! "))
    told_part = "，".join(told_pieces)
    places = [p.said for p in places_in(told_part)]
    told = [
        t
        for t in dict.fromkeys(tokenize(told_part))
        if len(t) >= 2
        and not any(t in p or p in t for p in places)
        and not re.match(r"^(我|我们|咱|俺|你|他|她|家|去年|今年|已经|现在)", t)
    ]
    if not told:
        return scored
    top = scored[0].score
    tied = [r for r in scored[:4] if r.score >= top - TIE_MARGIN]

    def said(r: ScoredClause) -> int:
        return sum(_speaks_of(t, question, r) for t in told)

    most = max(tied, key=said)  # (the first of the most-said: the best score among them)
    if most is scored[0] or said(most) <= said(scored[0]):
        return scored
    return [replace(most, score=top), *(r for r in scored if r is not most)]


def _role_named_first(question: str, scored: list[ScoredClause]) -> list[ScoredClause]:
    """A clause that names the person holding the role asked ("组长：袁富国 …") comes first."""
    for holder in _holders(question):
        named = next((r for r in scored[:15] if holder.search(r.clause.text)), None)
        if named is not None:
            return [replace(named, score=scored[0].score), *(r for r in scored if r is not named)]
    return scored


def _speaks_of(word: str, question: str, r: ScoredClause) -> bool:
    from index.lexical import covered_by

    return word in r.clause.text or covered_by(word, question, full_text(r))


def _speaks_of_most(question: str, r: ScoredClause) -> bool:
    """Whether the clause speaks of at least half the question's telling words."""
    telling = _telling(question)
    return bool(telling) and 2 * sum(_speaks_of(t, question, r) for t in telling) >= len(telling)


# a rule for care outside Tibet only (医保 第三十三、三十四条)
OUTSIDE_TIBET_RULE = re.compile(r"在区外|西藏自治区以外")
AWAY_WORDS = re.compile(r"区外|外地|异地|内地|省外|外省|跨省|自治区以外|西藏以外|出了西藏")


def _outside_only(text: str, question: str) -> bool:
    """Whether a clause rules care outside Tibet only and the question says no such care."""
    return bool(OUTSIDE_TIBET_RULE.search(text)) and not _away_said(question)


def _away_said(question: str) -> bool:
    """Whether the question says the care is away from Ngari, in words or by a place's name."""
    from assistant.frame import PlaceRole, places_in

    return bool(AWAY_WORDS.search(question)) or any(
        p.role is PlaceRole.TREATED for p in places_in(question)
    )


def _speaks_most(question: str, scored: list[ScoredClause], best: ScoredClause) -> ScoredClause:
    """ "去北京看病要备案吗": when the best clause does not speak of the thing a yes/no question
    ends on (备案), a close clause that does decides it."""
    last = _ending_word(question)
    if not last:
        return best
    close = [r for r in scored[:6] if r.score >= best.score - VALUE_MARGIN]
    # ("从县医院去地区人民医院住院，要先开转诊证明吗": the papers of care outside Tibet,
    # 第三十四条, are no rule of a stay in Ngari)
    close = [r for r in close if r is best or not _outside_only(r.clause.text, question)]
    speaking = [r for r in close if _speaks_of(last, question, r)]
    if not speaking:
        return best

    def said(r: ScoredClause) -> int:
        return sum(_speaks_of(t, question, r) for t in _telling(question))

    # "维修文物保护单位要不要报批": of the clauses speaking of 报批 (审批, 同意), the one that
    # also speaks of the act asked of (维修), not of another (重建)
    first = best if best in speaking else speaking[0]
    most = max(speaking, key=said)
    return most if said(most) > said(first) else first


# the body a clause's rule is laid on, opening it ("考古发掘单位对所有出土文物应…")
LAID_ON = re.compile(
    r"^[^，。；]{0,10}?(?:单位|部门|机构|机关|医院|政府|公司|委员会)(?=[对应要须在将])"
)


# a body a relic rule names by what it did for the site, not by its name
NAMED_BY_ACT = re.compile(r"核定公布该文物保护单位的人民政府|原核定公布机关")
# the levels 第十条 names the body for, as people say them
SITE_LEVELS = (("县级", "县人民政府"), ("自治区级", "自治区人民政府"))


def _approver_of_level(question: str, direct: str, unit, corpus: Corpus):
    """(what the body is for the level the question names, the 第十条 citation) or None."""
    if not NAMED_BY_ACT.search(direct):
        return None
    # ("县级以上": every level from it up, no one body)
    named = [
        (level, body) for level, body in SITE_LEVELS if re.search(f"{level}(?!以上)", question)
    ]
    if len(named) != 1 or re.search(r"全国重点|国保", question):
        return None
    level, body = named[0]
    try:
        listing = corpus.unit(unit.doc_id, "第十条")
    except NotFoundError:
        return None
    clause = next((c for c in clauses(listing) if f"{level}文物保护单位，由" in c.text), None)
    if clause is None or body not in clause.text:
        return None
    cited = of_clauses(corpus, listing, [clause], 0.0)
    return f"{level}文物保护单位由{body}核定公布，所以这里就是{body}", cited


# a place one enrols or claims at, named by what it is to the person
PLACE_OF_ENROLMENT = re.compile(r"所在地|户籍地|居住地")


# where one's household is registered ("户口在日土县", "日土县的户口")
REGISTERED_AT = re.compile(
    r"户口(?:迁到|迁去|转到|在|是|落在|上在|属于)([^，,。；;\s]{2,10})"
    r"|([\u4e00-\u9fff]{2,6}?(?:县|市))(?:的)?户口"
)


def _for_the_asker(question: str, scored: list[ScoredClause], best: ScoredClause) -> ScoredClause:
    """ "挖地基挖出文物了怎么办": what one must do is the rule laid on anyone (任何单位或者个人…发现
    文物…应当立即保护现场), not a close rule laid on a body the question does not name
    (考古发掘单位对出土文物应登记造册)."""
    from index.lexical import covered_by

    if (
        WHERE_DONE_ASKED.search(question)
        and not WHERE_DONE.search(best.clause.text)
        # ("我是易地搬迁的，在哪里参保": a clause naming the place already says where)
        and not PLACE_OF_ENROLMENT.search(best.clause.text)
    ):
        # "我是普兰县户口，在拉萨上班，医保去哪参保": where one goes is asked, and a close
        # clause of the same document says it (到户籍所在地的乡（镇）…申请参保登记)
        where = next(
            (
                r
                for r in scored[:6]
                if r.score >= best.score - VALUE_MARGIN
                and r.unit.doc_id == best.unit.doc_id
                and WHERE_DONE.search(r.clause.text)
                # (not where another group's papers go: 僧尼…向县级财政部门提出补助申请)
                and not for_another_group(r.clause.text, question)
            ),
            None,
        )
        from index.lexical import tokenize

        # ("我是随军家属，在哪参保": the rule naming the asker's group, 第十条, stays)
        lost = [
            t
            for t in tokenize(question)
            if len(t) >= 2
            and where is not None
            and t in best.clause.text
            and not covered_by(t, question, where.clause.text)
            and t not in ("参保", "医保")
        ]
        if where is not None and not lost:
            return where
    # (only when the question names its own group: a group's rule may be the one meant when
    # none is named)
    others = groups(best.clause.text) - groups(question)
    if others and groups(question) and not groups(best.clause.text) & groups(question):
        # "我妈是特困户，今年想参加居民医保，去哪儿办": a rule for another group of persons
        # (在编僧尼…由寺管会代为办理) is theirs; the close rule for everyone with steps answers
        near = [
            r
            for r in scored[:12]
            if r.score >= best.score - VALUE_MARGIN
            and not groups(r.clause.text) - groups(question)
            and STEPS_STATED.search(r.clause.text)
        ]
        if WHERE_DONE_ASKED.search(question):
            # ("去哪儿办": the clause that says where one goes, 到户籍所在地乡（镇）…申报登记)
            near.sort(key=lambda r: not WHERE_DONE.search(r.clause.text))
        if near:
            return near[0]
    laid = LAID_ON.match(best.clause.text)
    # (the body named by the question in its own words: 考古队 is the 考古发掘单位, 文物部门 the
    # 文物行政管理部门)
    if laid is None or any(
        covered_by(t, question, laid.group(0)) for t in _telling(question) if t not in GENERIC_BODY
    ):
        return best

    def said(r: ScoredClause) -> int:
        return sum(covered_by(t, question, r.clause.text) for t in _telling(question))

    # (one that speaks of as much of the question: "参保人员去世了家属要做什么" is not answered by
    # another matter's steps, 入院5日内备案)
    return next(
        (
            r
            for r in scored[:6]
            if r.score >= best.score - VALUE_MARGIN
            and not LAID_ON.match(r.clause.text)
            and STEPS_STATED.search(r.clause.text)
            and said(r) >= said(best)
        ),
        best,
    )


GENERIC_BODY = ("单位", "部门", "机构", "机关", "政府")
# where one goes to do a thing, asked ("去哪儿办", "在哪里交") and stated
WHERE_DONE_ASKED = re.compile(
    r"(?:去|到|在)?(?:哪儿|哪里|哪)(?:去)?(?:办|交|报|申请|登记|参保)|找哪"
)
# ("到户籍所在地乡（镇）、村（居）申报登记")
WHERE_DONE = re.compile(r"[到向][^，。；]{1,24}(?:申请|申报|登记|办理|报销|结算|缴费|备案)")
# a clause that tells how a thing is done: papers brought, a form filled, an office gone to
STEPS_STATED = re.compile(
    r"持[^，。；]{0,20}(?:证|簿|材料|资料|原件|复印件|发票)|提交|提供|申报|申请|报请|报批|批准|审批|办理|填写|报送|登记|先行垫付|"
    r"程序|手续|[到向][^，。；]{1,16}(?:申请|报销|结算|登记|报告|缴费|备案)|"
    # ("经…选拔，签订《…看管协议书》": how one takes a post)
    r"签订[^，。；]{0,12}(?:协议|合同)"
)


# whether two things are counted together ("跟住院的一起算吗", "也算进去吗", "算一块吗")
COMBINED_ASKED = re.compile(
    r"一起算|算一块|一块算|算在一起|合在一起|合起来算|加在一起|算进去|算进来|一起封顶|合并(计算|算)"
    # (asked the other way round: "是分开算的吗", "各算各的吗")
    r"|分开(计算|算)|单独(计算|算)|各算各的|分别(计算|算)"
)
COUNTED_TOGETHER = re.compile(r"合并累计|合并计算|累计计算")


# a rule only for care outside the autonomous region ("在西藏自治区以外住院的", "在区外发生的"),
# not the Ngari pool's own 统筹区外
OUTSIDE_TIBET = re.compile(r"西藏自治区以外|(?<!统筹)区外")
# what makes such a rule one of care ("区外全日制普通高等学校…参保" is a school, not care)
CARE_RULE = re.compile(r"就医|住院|治疗|医疗费|报销|转诊|备案|门诊")


# whether a thing already is something ("地区医院是三甲吗", "已经是示范县了吗")
STATUS_ASKED = re.compile(
    r"(?:是不是|已经是|已是|算不算|是)(?:个|一家|一个)?([\u4e00-\u9fff]{2,8}?)(?:医院|了)?(?:吗|么|没有|没)[？?]*$"
)
# the words that set a thing as a goal still to be reached, right before it ("创“三甲”",
# "创建…示范县")
GOAL_SET = r"(?:创建|争取|力争|创成|创“)"


def _goal_not_status(
    question: str, frame: Frame, scored: list[ScoredClause], corpus: Corpus
) -> Composed | None:
    """ "地区人民医院是三甲吗": the plan sets it as a goal (创“三甲”…争取…); the text says it
    is aimed at, not that it is so — said with the goal's sentence."""
    asked = STATUS_ASKED.search(asking_part(question))
    if frame.fact is not FactType.YES_NO or asked is None:
        return None
    wanted = asked.group(1)
    goal = re.compile(rf"{GOAL_SET}[^。；，]{{0,12}}{re.escape(wanted)}")
    setting = [r for r in scored[:10] if goal.search(r.clause.text)]
    if not setting:
        return None
    # (the sentence of that document that says when it is to be reached, first: "创“三甲”
    # 工作从2020年3月到10月…争取2021年…挂牌")
    doc = setting[0].unit.doc_id
    dated = next(
        (
            (unit, c)
            for unit in corpus.units()
            if unit.doc_id == doc
            for c in clauses(unit)
            if goal.search(c.text) and re.search(r"\d{4}\s*年", c.text)
        ),
        None,
    )
    unit, clause = dated or (setting[0].unit, setting[0].clause)
    told = [clause]
    after = [c for c in clauses(unit) if c.index == clause.index + 1]
    if after and re.match(rf"{GOAL_SET}", after[0].text):
        told.append(after[0])  # ("…初审。争取2021年…成功挂牌": the goal's next step)
    cite = of_clauses(corpus, unit, told, setting[0].score)
    text = display("".join(c.text for c in told))
    answer = (
        f"文件没有说已经是“{wanted}”，而是把它作为要争取实现的目标（{cite.label}）[1]\n"
        f"原文：{cite.display}“{text}”[1]"
    )
    return Composed("answered", answer, [cite], [c.text for c in told])


CARE_ITSELF = re.compile(r"住院|看病|就医|治疗|门诊|就诊|看门诊")


# paying a bill in full first asked ("要自己先垫钱吗", "先垫上吗", "要不要先垫付")
PAY_FIRST_ASKED = re.compile(r"垫")
# how each rule says a bill is settled: in full by oneself first (区外), or directly by card
PAID_FIRST = re.compile(r"先行垫付")
SETTLED_DIRECTLY = re.compile(r"直接持卡结算")


def _settling_of(question: str, text: str) -> bool:
    """Whether a pay-first question's clause is a rule of how bills are settled (直接持卡结算,
    先行垫付): the rule for every benefit, kept whatever benefit the question names."""
    return bool(
        PAY_FIRST_ASKED.search(asking_part(question))
        and (SETTLED_DIRECTLY.search(text) or PAID_FIRST.search(text))
    )


def _where_settled(
    question: str, frame: Frame, scored: list[ScoredClause], context: str, corpus: Corpus
) -> list[ScoredClause]:
    """ "在县医院住院要自己先垫钱吗": whether one pays first is the rule of where one is treated
    — in Ngari's (or Tibet's) designated hospitals the fund's share is settled directly by card
    (第三十一条); outside Tibet one pays it all first (第三十四条, 先行垫付), which only a place
    outside Tibet, said now or earlier in the conversation, makes the answer."""
    if not PAY_FIRST_ASKED.search(asking_part(question)):
        return scored
    places = [*frame.subject.places, *(places_in(context) if context != question else [])]
    outside = any(not p.in_tibet and p.role is not PlaceRole.HOME for p in places)
    says = PAID_FIRST if outside else SETTLED_DIRECTLY
    rule = next((r for r in scored[:12] if says.search(r.clause.text)), None)
    if rule is None:
        # (the rule of settling may lie beyond the articles found: 第三十一条 shares no word
        # with "垫钱")
        home = scored[0].unit.doc_id
        rule = next(
            (
                ScoredClause(c, u, scored[0].score, scored[0].rank)
                for u in corpus.units()
                if u.doc_id == home
                for c in clauses(u)
                if says.search(c.text)
            ),
            None,
        )
    if rule is None or rule is scored[0]:
        return scored
    return [replace(rule, score=scored[0].score), *(r for r in scored if r is not rule)]


def _inside_tibet(
    question: str,
    frame: Frame,
    scored: list[ScoredClause],
    best: ScoredClause,
    corpus: Corpus,
    context: str = "",
) -> Composed | None:
    """ "去拉萨住院要先备案吗": the rule that speaks of 备案 is only for care outside Tibet; said
    so, with that rule quoted, rather than quoting another rule that lacks the thing asked. The
    place may be the conversation's ("要开什么证明吗" after a stay in Lhasa: `context`)."""
    from index.lexical import covered_by

    if frame.fact not in (FactType.YES_NO, FactType.PROCEDURE, FactType.DATE, FactType.OTHER):
        return None
    places = frame.subject.places or (places_in(context) if context != question else [])
    place = next((p for p in places if p.role is PlaceRole.TREATED and p.in_tibet), None)
    if place is None:
        return None
    telling = _telling(question)
    lacking = [t for t in telling if not covered_by(t, question, full_text(best))]
    rule = next(
        (
            r
            for r in scored[:6]
            if OUTSIDE_TIBET.search(r.clause.text)
            and CARE_RULE.search(r.clause.text)
            and (r is best or any(covered_by(t, question, full_text(r)) for t in lacking))
        ),
        None,
    )
    if rule is None:
        return None
    cite = of_clauses(corpus, rule.unit, [rule.clause], rule.score)
    # (the care itself, 住院, is the circumstance: what is asked of it is the rest)
    asked_things = [t for t in telling if not CARE_ITSELF.fullmatch(t)]

    # "去拉萨住院要不要转诊证明": a rule for every stay that speaks of what is asked (第三十二条
    # 逐级转诊并出具转诊转院证明) answers first; the rule only for care outside Tibet is told
    # after it as not applying
    def covers(r: ScoredClause) -> int:
        return sum(covered_by(t, question, full_text(r)) for t in asked_things)

    # (or one ranked above the rule that speaks of as much of what is asked: "转院要开啥证明"
    # — the doctor who said so is no part of the rule)
    # (further down, one that speaks of all of it: "去拉萨住院要开什么证明" is 第三十二条's
    # 转诊转院证明, ranked below the rates of stays elsewhere)
    applying = next(
        (
            r
            for n, r in enumerate(scored[:12])
            if r is not rule
            and asked_things
            and not OUTSIDE_TIBET.search(r.clause.text)
            and (
                all(covered_by(t, question, full_text(r)) for t in asked_things)
                or (n < 6 and r.score >= rule.score and covers(r) >= covers(rule) > 0)
            )
        ),
        None,
    )
    if applying is not None:
        first = of_clauses(corpus, applying.unit, [applying.clause], applying.score)
        lines = [
            f"{display(applying.clause.text).rstrip('。')}（{first.label}）[1]",
            f"另外，{cite.display}中同样提到这一点的规定只适用于在西藏自治区以外就医，"
            f"在{place.said}就医不适用：“{display(rule.clause.text)}”[2]",
        ]
        return Composed(
            "answered", "\n".join(lines), [first, cite], [applying.clause.text, rule.clause.text]
        )
    lines = [
        f"{place.said}在西藏自治区内：{cite.display}的这项规定只适用于在西藏自治区以外就医，"
        f"在{place.said}就医不适用。[1]",
        f"原文：{cite.display}“{display(rule.clause.text)}”[1]",
    ]
    citations = [cite]
    quoted = [rule.clause.text]
    pool = next((r for r in scored[:8] if "统筹区外" in r.clause.text), None)
    if pool is not None:  # what does apply there: 统筹区外就医 降低10%
        second = of_clauses(corpus, pool.unit, [pool.clause], pool.score)
        citations.append(second)
        quoted.append(pool.clause.text)
        lines.append(f"在阿里统筹区外就医适用{second.display}：“{display(pool.clause.text)}”[2]")
    return Composed("answered", "\n".join(lines), citations, quoted)


# a reward asked, a penalty asked, and a rule that rewards
REWARD_ASKED = re.compile(r"奖励|表彰|奖金|有奖|奖赏|嘉奖|奖吗|奖(?:了)?(?:多少|几)")
PENALTY_WORD = re.compile(r"罚|处分|解聘|开除|辞退|追究|扣")
REWARDED = re.compile(r"表彰|奖励|嘉奖")


def _punishes(clause: Clause) -> bool:
    """An item of a list of punished (or rewarded) deeds, or a penalty for a breach ("…未按要求
    如实填写巡逻日志的，要适当扣除…")."""
    return bool(MISCONDUCT_LEAD.search(_lead_of(clause)) or PENALTY_FOR_BREACH.search(clause.text))


# the scheme one moves into, said after 转 ("转职工医保了"), and a rule for moving into one
MOVED_INTO_ASKED = re.compile(r"转(?:入|到|成|为|去)?(?:城镇|城乡)?(职工|居民)")


def _moved_into_asked(question: str, rows: list[ScoredClause]) -> list[ScoredClause]:
    """ "转职工医保了，之前住院咋算": of the two sentences of a rule for moving either way (由A
    转入B…；由B转入A…), the one moving into the scheme the question moves into comes first."""
    asked = MOVED_INTO_ASKED.search(question)
    if asked is None or not rows:
        return rows
    into = re.compile(rf"转入[^，。；]{{0,4}}{asked.group(1)}")
    top = rows[0]
    other = next(
        (
            r
            for r in rows[1:8]
            if r.unit.id == top.unit.id
            and into.search(r.clause.text)
            and r.score >= top.score - VALUE_MARGIN
        ),
        None,
    )
    if other is None or into.search(top.clause.text) or "转入" not in top.clause.text:
        return rows
    return [replace(other, score=top.score), *(r for r in rows if r is not other)]


def _deed_named_first(question: str, rows: list[ScoredClause]) -> list[ScoredClause]:
    """ "挖出的文物私自拿回家会怎么样": of a list of punished deeds found first, the item naming
    the deed asked (…私分、不上交国家的 for 拿回家), not another item of the same list."""
    from index.lexical import covered_by

    if not rows or not _punishes(rows[0].clause) or not rows[0].clause.is_item:
        return rows
    top = rows[0]
    # (the deed may be told before the asking part: "医院把不符合住院条件的病人收住院，医保局会
    # 怎么处理医院")
    # (not who the list is of: "要是看管员瞒着不报呢" tells 看管, which the lead names —
    # 解聘野外文物看管人员资格 — and (五) 不履行野外文物看管人员职责的 repeats; the deed is 不报)
    telling = [t for t in _all_told(question) if not covered_by(t, question, _lead_of(top.clause))]
    items = [r for r in rows[:15] if r.unit.id == top.unit.id and r.clause.is_item]
    most = max(items, key=lambda r: sum(covered_by(t, question, r.clause.text) for t in telling))
    if most is top or not any(covered_by(t, question, most.clause.text) for t in telling):
        return rows
    return [replace(most, score=top.score), *(r for r in rows if r is not most)]


# a thing found ("挖出来", "捡到", "刨出"), which is dealt with, not punished
FOUND = re.compile(r"挖出|挖到|捡到|捡了|发现了?(?:文物|古|一)|出土|刨出|刨到|翻出")
# how a thing is dealt with ("挖出来几个陶罐，怎么处理"), and a misdeed that makes it a penalty
# (not what befalls someone: "没及时报告，会怎么处理", "会被怎么处理")
DEALT_WITH = re.compile(r"(?<![会被])(?:怎么|如何|咋|怎样)处理")
MISDEED = re.compile(
    r"私自|擅自|偷|藏起|藏匿|私藏|藏在|藏了|隐匿|不报|没报|未报|(?:没|未|不)及时|瞒|违规|违法|倒卖|出售|卖了|拿回家|留着|"
    # (a thing seen and kept silent: "看见了也不吭声")
    r"不吭声|不吱声|不声张|装没看见|装作没看见|当没看见|视而不见|"
    r"带回家|带回去|拿走|带走|据为己有|自己留|"
    r"占用|(?<!被)(?:损坏|破坏|盗挖|盗掘)"
)


def _nearest_saying(
    scored: list[ScoredClause], best: ScoredClause, says: re.Pattern[str], within: int = 8
) -> ScoredClause:
    """The nearest clause (of the first `within`, within a value's margin of the best) whose
    text says what is asked (a way back after a lapse, where money comes from); the best when
    none does."""
    return next(
        (
            r
            for r in scored[:within]
            if says.search(r.clause.text) and r.score >= best.score - VALUE_MARGIN
        ),
        best,
    )


def _sibling_saying(best: ScoredClause, says: re.Pattern[str]) -> ScoredClause:
    """The clause of the best one's own article that says what is asked (资金来源为…, 每年所需经费
    …万元), in its place; the best when none does."""
    said = next((c for c in clauses(best.unit) if says.search(c.text)), None)
    return best if said is None else ScoredClause(said, best.unit, best.score, best.rank)


def consequence_asked(question: str) -> bool:
    """What follows a deed is asked ("会怎样", "有啥后果", "罚多少"), not how a find is dealt
    with."""
    return bool(
        CONSEQUENCE_ASKED.search(question) or WHAT_HAPPENS.search(question)
    ) and not _dealt_with(question)


# a deed supposed, nothing else asked ("那他要是…呢", "如果他…呢")
SUPPOSED_DEED = re.compile(
    r"^(?:那|那么)?[^，。？?]{0,4}?(?:要是|如果|假如|万一)[^？?]*呢[？?！!。\s]*$"
)


def deed_undone(question: str) -> bool:
    """A duty said left undone or a misdeed said, nothing else asked ("他没报告呢", "不报藏起来
    呢"): what follows it is asked."""
    return bool(
        (undone_said(question)[1] or MISDEED.search(question))
        and re.search(r"呢[？?！!。\s]*$", question)
    )


def deed_supposed(question: str) -> bool:
    """A deed supposed ("那他要是…呢") or said undone: what follows it is asked of a list of
    punished deeds found first (a case supposed, "要是在保护范围里面呢", is no deed of its own)."""
    return bool(SUPPOSED_DEED.search(question)) or deed_undone(question)


def _deeds(question: str) -> list[str]:
    """The deeds a question tells of, by its told words and by the words that say a misdeed
    ("不报藏起来呢": 不报, which the told words cut apart)."""
    told = [t for t in _told_of(question) if MISDEED.search(t) or not function_word(t)]
    return [*told, *(m.group(0) for m in MISDEED.finditer(question))]


def punishes_deed(question: str, unit) -> bool:
    """Whether the unit holds a list of punished deeds with an item that names a deed of the
    question (拿回家 → 私分 藏匿: the lexicon's words), laid on anyone the question may be."""
    from index.lexical import covered_by

    deeds = _deeds(question)
    return any(
        _punishes(c)
        and c.is_item
        and not _laid_on_another(question, c)
        and any(covered_by(t, question, c.text) for t in deeds)
        for c in clauses(unit)
    )


def _dealt_with(question: str) -> bool:
    """ "盖房挖出几个陶罐，怎么处理": how to deal with a find, asked with no misdeed said — what
    to do, not what follows for a wrongdoer."""
    cue = DEALT_WITH.search(question)
    rest = DEALT_WITH.sub("", question)
    return (
        bool(cue)
        and bool(FOUND.search(question))
        and not MISDEED.search(question)
        and not (CONSEQUENCE_ASKED.search(rest) or WHAT_HAPPENS.search(rest))
    )


# what follows for the doer asked ("有啥后果", "会受什么处罚", "会怎么样"), not how a thing is
# dealt with ("怎么处理")
PENALTY_ASKED = re.compile(
    r"后果|处罚|罚|追究|会怎样|会怎么样|会咋样|会被|坐牢|判刑|有事吗|会不会有事"
)


# the people a list of punished deeds is laid on, and the words a question names them by
LIST_ROLES = (
    (re.compile(r"看管人员"), re.compile(r"看管|看护|看守|守护|管护")),
    (re.compile(r"学员|参加培训人员|参训人员"), re.compile(r"学员|培训|参训")),
)


def _laid_on_another(question: str, clause: Clause) -> bool:
    """ "施工队把挖到的佛像藏起来了，会怎么处理": a list punishing a role's deeds (…解聘野外文物
    看管人员资格) is not what follows for someone the question does not say holds that role."""
    lead = _lead_of(clause)
    return any(role.search(lead) and not said.search(question) for role, said in LIST_ROLES)


# a lapse, and whether one may still (join, pay, be covered) or what to do
LAPSED_STILL = re.compile(
    # ("忘了交居民医保，明年3月还补得上不": what is asked after a pause)
    r"(断缴|断交|断保|断了|忘交|忘了交|漏交|没交|停交|中断|过了|错过)[^。？?]{0,16}"
    r"(还能|还可以|还让|还有机会|能不能|可不可以|怎么办|咋办|能补|补交|补缴|补上|补得[上了]|补不补)"
)
WAY_BACK = re.compile(r"补缴|补交")
# paying back asked: "补的话要交多少", "补缴要交多少钱", "补上得花多少"
PAYING_BACK = re.compile(
    r"补(?:缴|交|上|齐|的话|办)?[^，。？?]{0,6}(?:交|缴|花|掏|给)?[^，。？?]{0,3}多少"
)
# a purse said to give ("中央财政给每个人补多少", "国家补几个钱"): a subsidy, not a payment back
SUBSIDY_GIVEN = re.compile(
    r"(中央|国家|财政|政府|自治区|地区|县里?)[^，。？?]{0,8}补(?!缴|交|办|上|齐)"
)
# a lapse told or asked of ("断缴", "忘了交", "过了缴费期", "补交", "晚交")
LAPSE_SAID = re.compile(
    r"补(?:缴|交|上|齐|了|完|好|办)|断缴|断交|断保|忘交|忘了交|忘记交|漏交|没交|未交|停交|中断|过了|错过|晚交"
    r"|逾期|欠费|没续|(?:没有?|未|不)按时(?:交|缴)"
)
# "参保人员未在规定时间缴费的，中断缴费期间所发生的医疗费用由本人承担": a lapse and its burden
BURDEN_FOR_LAPSE = re.compile(r"的[，,][^。；]{0,30}(由本人承担|由个人负担|不享受|不予支付)")
PENALTY_FOR_BREACH = re.compile(
    r"的[，,]\s*(要|应当?|由)?[^，。；]{0,12}(扣除|解聘|处罚|罚款|追究|追回)"
)


def _scheme_said(question: str, frame: Frame, corpus: Corpus) -> str | None:
    """The scheme as the question names it, when the gazette uses that very name ("大额补充医疗
    保险" is its own line of 第二十七条, apart from 大病保险)."""
    scheme = frame.subject.scheme
    if scheme not in SCHEME_TERMS:
        return None
    for pattern, named in SCHEMES:
        m = pattern.search(question) if named is scheme else None
        if m and m.group(0) in corpus.words:
            return m.group(0)
    return None


def section(unit, clause: Clause) -> str:
    """The title of the item a paragraph stands under ("（三）报销比例。" over each tier's rates),
    when the item is only a title and its content follows in paragraphs."""
    every = clauses(unit)
    # only where the items are titled sections ("（一）起付线标准。…"), not members of a list
    if clause.is_item or not any(c.is_item and c.heading for c in every):
        return ""
    for before in reversed(every[: clause.index]):
        if before.is_item:
            title = before.text.rstrip("。")
            return title if len(title) <= HEADING_MAX and not re.search(r"[，,；;]", title) else ""
    return ""


def _title(unit) -> str:
    """A section's own title ("初次评审阶段(时间：2020年10月)"), not an article's number."""
    title = getattr(unit, "title", "") or ""
    return "" if title == unit.label else title


def _without_exempt_identity(question: str) -> str:
    """The question without the identities whose only rule for a claim is their tier (低保, 特困,
    孤儿, 重度残疾: 第十八条（三）); 建档立卡 stays, its stays being paid more (第二十九条（四））."""
    from assistant.calculators.understanding import TOP_TIER_IDENTITIES
    from assistant.fields import spec

    names = [
        word
        for c in spec("identities").choices
        if c.value in TOP_TIER_IDENTITIES
        for word in (c.value, *c.aliases)
    ]
    pattern = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.sub(rf"(?:是|属于)?(?:{pattern})(?:户|人员|对象|人)?[，,]?", "", question) or question


def _person_tier(frame: Frame) -> FixedTier | None:
    """The tier the rules fix for the person asked about when no tier is said ("我妈61岁",
    "我家是低保户": 第十八条 puts them on the highest standard)."""
    person = frame.person
    if frame.slots.get("tier") or not (person.identities or person.age is not None):
        return None
    return fixed_tier(
        {
            "identities": list(person.identities),
            "poor": "建档立卡贫困人员" in person.identities,
            "age": person.age,
            "sex": person.sex,
        }
    )


def tier_said(frame: Frame, clause: Clause) -> bool:
    """Whether the tier the question said is the figure the clause's heading sets it apart by."""
    tier = frame.slots.get("tier")
    return bool(tier) and str(tier) in re.findall(r"\d+", clause.heading)


def _variants(unit, clause: Clause, question: str, tier: int | None) -> list[Clause]:
    """The same rule for each case the text sets apart by a figure in the heading ("缴费档次为
    250元/120元/60元的参保居民"): the one the question names (its tier as the frame read it:
    "交一百二那档" is 120, or the tier the rules fix for the person), or all when it names
    none."""
    shape = re.sub(r"\d+", "#", clause.heading)
    if "#" not in shape:
        return [clause]
    title = section(unit, clause)
    same = [
        c
        for c in clauses(unit)
        if re.sub(r"\d+", "#", c.heading) == shape and section(unit, c) == title
    ]
    named = [
        c
        for c in same
        if any(n == str(tier) if tier else n in question for n in re.findall(r"\d+", c.heading))
    ]
    return named or same


# the unit a "多少/几" question asks its figure in, and how the text would state such a figure
_N = r"[\d一二三四五六七八九十两百千半]"


# paying said as people say it ("这份钱谁来出", "谁掏"): the text's words for paying
PAYING_ACTS = {"出", "掏", "付", "支付", "给", "承担", "交", "缴"}
# money a body hands out: "谁发" of it asks who pays it
HANDED_OUT = re.compile(r"工资|工钱|薪|报酬|补助|补贴|奖金|奖励|经费|钱")
PAID_IN_TEXT = re.compile(
    r"缴纳|承担|支付|代缴|代为缴纳|补助|补贴|出资|拨付|负担"
    r"|(?:列入|纳入)[^，。；]{0,10}预算"  # "所需费用由建设单位列入建设工程预算"
)


# acts said in other words by the text ("谁来认定" is 身份确认; "谁监管" is 监督管理)
KINDRED_ACTS = (
    frozenset({"认定", "确认", "鉴定", "核定", "认证", "核实"}),
    frozenset({"监管", "监督", "管理", "管"}),
    # ("谁批": approval given as consent, 征得…部门同意, is the approval asked)
    frozenset({"审核", "审查", "审批", "批准", "审定", "批", "同意", "核准"}),
    frozenset({"制定", "拟定", "制订", "定"}),
    # ("保护范围谁来划": the body that 划定s it)
    frozenset({"划定", "划", "划出"}),
    # ("要新招多少医生护士": the people to be added, 新增医务人员 184 人, all channels together)
    frozenset({"招", "招聘", "招录", "招收", "新增", "引进"}),
)


def _does(act: str, text: str) -> bool:
    """Whether a clause says the act asked of a body ("谁来出" is said 代为缴纳, 承担)."""
    if act in text or (act in PAYING_ACTS and bool(PAID_IN_TEXT.search(text))):
        return True
    return any(act in kin and any(k in text for k in kin if len(k) > 1) for kin in KINDRED_ACTS)


def _doer(act: str, question: str, best: ScoredClause, corpus: Corpus) -> ScoredClause | None:
    """The clause of the best article's document where a named body does the act asked, and
    which speaks of most of what the question names (None when no clause of it does)."""
    from index.lexical import covered_by

    # ("要是要考古发掘，费用谁出": what the cost is of is said in the circumstance before the
    # asking part, whose 费用 names no thing)
    telling = [t for t in _telling(question) if act not in t] or [
        t for t in _telling(re.sub(r"[，,]", "", question)) if act not in t
    ]
    found: list[tuple[int, ScoredClause]] = []
    for unit in corpus.document_by_id(best.unit.doc_id).units:
        for clause in clauses(unit):
            if _body_does(act, clause.text) and not for_another_group(clause.text, question):
                said = sum(covered_by(t, question, clause.text) for t in telling)
                if said:
                    found.append((said, ScoredClause(clause, unit, best.score, best.rank)))
    # (never one that speaks of less of the question than the best clause: "培训的时间和地点是
    # 谁定的" is not the preamble's 制定 of the rules, which names only 培训)
    least = sum(covered_by(t, question, best.clause.text) for t in telling)
    found = [f for f in found if f[0] >= least]
    return max(found, key=lambda f: f[0])[1] if found else None


# where a thing is (to be) built, asked and stated
# whether a fixed figure will change ("工资以后会涨吗", "补助明年会不会提高")
FUTURE_CHANGE = re.compile(
    r"(?:(以后|将来|今后|往后|明年|后年|过几年|有没有可能)[^，。？?]{0,6}"
    r"(涨|上涨|提高|上调|调高|增加|加钱|降|下调|减少|变)(?!成)"
    r"|会(不会)?再?(涨|上涨|提高|上调|调高|降|下调))"
    # (not by how much: "会涨多少", "降低多少" ask a size, which `CHANGE_ASKED` reads)
    r"(?![^，。？?]{0,3}(多少|几))"
)
# a figure asked of a time to come ("明年会涨到多少", "以后能提高到多少", "将来会是多少")
FUTURE_FIGURE = re.compile(
    # (not "封顶以后", "参保以后": after an event of the case, no time to come)
    r"(?:(?<!封顶)(?<!参保)(?<!住院)(?<!报销)(?<!缴费)(?<!交费)(?<!补缴)(?<!出院)(?<!退休)(?<!毕业)"
    r"(?:以后|今后|往后)|将来|明年|后年|过几年|下一?年)[^，。？?]{0,8}"
    r"(?:涨到|提高到|上调到|调到|增加到|变成|会是|能到|能涨到|会到)[^，。？?]{0,3}(?:多少|几)"
)
# a rule that says its figure changes ("逐步提高", "按国家每年规定的标准", "动态调整")
CHANGE_FORESEEN = re.compile(
    r"逐步|逐年|每年规定|动态|调整|提高|增加|上调|递增|增长|达到|力争|保持|目标|计划|预计|到\d{4}年"
)
LOCATION_ASKED = re.compile(
    r"建在(?:哪|什么地方|什么位置)|选址在|地址在|位置在|具体位置|位于哪"
    r"|在哪(?:里|儿)?建(?:设)?(?:呢|啊)?[？?]*$"
    # "阿里地区人民医院在哪": where a place one goes to is
    r"|(?:院|院区|站|馆|中心|公司|学校)在哪(?:里|儿)?(?:呢|啊)?[？?]*$"
)
LOCATION_STATED = re.compile(
    r"位于|选址(?:于|在)|坐落|地址|(?:在|于)[\u4e00-\u9fff]{1,10}(?:县|镇|乡|村|路|街|区|园|市)(?:内|境内)?(?:建|新建|修建)"
)
# the bodies a plan gives a task to ("地区交通实业发展总公司", "县人民政府", "县交通运输局")
BODIES = r"(?:公司|政府|(?<![布格结])局|部门|委员会|办公室|医院)"
# the year the gazette's documents were issued in, which "今年" of a plan's figure means
GAZETTE_YEAR = 2020
# a count of what is not (yet) done ("多少个乡镇没通班车", "几个村还没通硬化路"): its verb
NOT_DONE_ASKED = re.compile(r"(?:还)?(?:没有|没|未|尚未|不)(?:能)?([通建修开])")
# how the text states it ("…未通客车", "尚未建成")
NOT_DONE_STATED = r"(?:未|没有?|尚未)(?:能)?"
# a date something is to be done by ("力争于7月15日前", "争取9月份之前")
DEADLINE = re.compile(r"前|力争|争取|完成")
# the counties a plan does not name one by one ("其他县稳步推进争取9月份之前…")
OTHER_COUNTIES = re.compile(r"其他县|其余县|其他各县|其余各县")


def _ngari_stems() -> list[str]:
    """The stems of Ngari's counties (普兰县 → 普兰), as places are said."""
    from assistant.places import ngari_counties

    return [c.removesuffix("县") for c in ngari_counties()]


def _county_stretch(fact: FactType, named: list[str], pieces: list[str]) -> str | None:
    """The stretch of a clause that gives one of Ngari's counties its own date: the stretch
    naming it, else the one for the counties not named one by one; None when the clause does
    not speak of counties one by one, or no county of Ngari is asked."""
    stems = _ngari_stems()
    asked = [n for n in named if n in stems]
    if fact is not FactType.DATE or not asked:
        return None
    stretches = _stretches("".join(pieces))
    dated = [x for x in stretches if _has_value(FactType.DATE, x) and DEADLINE.search(x)]
    own = [x for x in dated if any(n in x for n in asked)]
    if own:
        return (
            own[0]
            if any(s in x for x in dated for s in stems if s not in asked)
            or any(OTHER_COUNTIES.search(x) for x in dated)
            else None
        )
    others = [x for x in dated if OTHER_COUNTIES.search(x)]
    return others[0] if others else None


# two conditions held at once, asked ("两样都有的话"), and a piece stating the case of both
BOTH_HELD = re.compile(
    r"两样都|两个都|两种都|两(?:个|种|样)病都|都有的?话|同时(?:患|有|得)|既有|又有"
    # ("她血压也高…两个加一起最多报多少": a second one held too, the two taken together)
    r"|(?:两个|两样|两种|俩)(?:病)?(?:加一起|加在一起|加起来|合起来|合在一起|一起)"
)
# the other illness held too ("他血糖也高", "也有糖尿病"): both, when the turn and the one
# before name the two, each once (not "我妈有高血压，我爸也有高血压": two people, one each)
ALSO_HELD_ILLNESS = re.compile(r"也(?:有|得了?|患了?|高)")
PAIR_ILLNESSES = {"高血压": r"高血压|血压", "糖尿病": r"糖尿病|血糖"}


def _both_held(question: str, context: str = "") -> bool:
    if BOTH_HELD.search(question):
        return True
    if not ALSO_HELD_ILLNESS.search(question):
        return False
    here = {d for d, p in PAIR_ILLNESSES.items() if re.search(p, question)}
    there = {d for d, p in PAIR_ILLNESSES.items() if re.search(p, context or "")}
    once = all(len(re.findall(p, question)) <= 1 for p in PAIR_ILLNESSES.values())
    return once and len(here | there) == 2 and here != there


COMBINED_STATED = re.compile(r"同时患|合并")
# "同时患高血压和糖尿病的": the two things a combined figure is for
COMBINED_PAIR = re.compile(
    r"同时(?:患|有|得)?([\u4e00-\u9fff]{2,6}?)(?:和|与|及)([\u4e00-\u9fff]{2,6}?)的"
)


def _from_combined(piece: str) -> str:
    """The piece from the segment that states the combined figure on."""
    segments = _segments(piece)
    first = next(k for k, s in enumerate(segments) if COMBINED_STATED.search(s))
    return "".join(segments[first:])


def _both_named(question: str, piece: str) -> bool:
    """ "我有高血压和糖尿病，门诊一年能报多少": the question names both things a combined figure
    is for, so that figure is the one asked, not the first thing's own."""
    pair = COMBINED_PAIR.search(piece)
    if not pair or not all(w[:2] in question for w in pair.groups()):
        return False
    # ("我只有高血压没有糖尿病": one denied; "我妈高血压，我爸糖尿病": two people, one each)
    denied = any(
        re.search(rf"(?:没有?|无|不是)[^，。？?]{{0,2}}{w[:2]}", question) for w in pair.groups()
    )
    kin = {
        m.group(0)
        for m in re.finditer(r"我?(?:爸|妈|老公|老婆|爷爷|奶奶|哥|姐|弟|妹)|我", question)
    }
    return not denied and len(kin) <= 1


# more than others asked ("比别人高吗", "能多报吗"), and a rule that raises a share or sum
MORE_ASKED = re.compile(
    r"比(?:别人|别的人|一般人|普通人|其他人|平常人)[^，。？?]{0,4}[高多]|多报|报得多|多给"
)
RAISED = re.compile(r"提高|上浮|增加[\d一二三四五六七八九十]")


# who pays asked ("费用谁出", "钱谁掏", "由谁负担")
PAYER_ASKED = re.compile(r"谁(?:来)?(?:出|付|掏|负担|承担|买单|给)|(?:钱|费用|经费)从哪")
# where money comes from, said ("所需费用由建设单位列入…预算", "经费纳入本级财政预算",
# "培训经费从…专项经费中支出", "由医疗救助资金代缴")
# a rule naming the fund or purse that pays ("由城乡居民医疗保险基金按规定支付")
FUND_PAYS = re.compile(r"由[^，。；]{1,20}(?:基金|资金|财政)[^，。；]{0,8}(?:支付|承担|负担)")
PAYER_STATED = re.compile(
    r"(?:费用|经费|资金|工资)[^，。；]{0,6}(?:由|从|纳入|列入)|由[^，。；]{1,16}(?:代缴|代为缴纳)|"
    + FUND_PAYS.pattern
)
# a piece saying where money comes from
FUNDED = re.compile(r"经费|资金|预算|拨付|支出|筹集|列支|负担|代缴")
# a condition a sentence opens with, which its ban or duty holds under ("未经批准，任何单位和
# 个人不得进行文物的复制和修复": without it the ban is another rule)
CONDITION_PIECE = re.compile(r"^(未经|非经|未按|除[^，,]{0,12}外)[^，,]{0,12}[，,]$")


# a bracketed aside within a sentence
ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")


def _stretches(text: str) -> list[str]:
    """The text cut after each comma or semicolon outside brackets ("（…村委会，…）" stays)."""
    out, depth, start = [], 0, 0
    for n, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
        elif ch in "，；。" and depth == 0:
            out.append(text[start : n + 1])
            start = n + 1
    return [x for x in [*out, text[start:]] if x.strip()]


def _paid_out(act: str, question: str) -> str:
    """ "看管员工资谁发": handing out money is paying it (付), not issuing a paper (证明谁发)."""
    return "付" if act in ("发", "发放") and HANDED_OUT.search(question) else act


def _body_act(question: str) -> str:
    """The act a body is asked for ("谁来确认" → 确认, "报给谁" → 报, "哪个部门认定" → 认定)."""
    acts = BODY.search(question)
    charged = re.search(r"负责(?:组织|牵头)?([\u4e00-\u9fff]{2})", question)
    if acts and acts.group(2) == "负责" and charged:
        return charged.group(1)  # "谁负责组织调查": the body that 调查s, not any that 负责s
    if acts and acts.group(2):
        return _paid_out(acts.group(2), question)
    told = TOLD_TO.search(question)
    said = next((g for g in told.groups() if g), "") if told else ""
    said = "报" if said in ("说", "讲", "告诉") else said  # (telling a body is reporting to it)
    # ("报谁审批": what the body does with it, after whom it goes to, is the act asked)
    approving = (
        re.match(r"\s*(审批|批准|审核|核准|同意|批)", question[told.end() :]) if said else None
    )
    if approving:
        return approving.group(1)
    if said:
        return said[:1]  # "报给谁": the body that is 报告ed to
    after = ACT_AFTER.search(question)
    if after:
        return after.group(3)  # "找哪个部门解释": the body that 解释s
    who = ACT_AFTER_WHO.search(question)
    if who:
        return who.group(1)  # "设计方案找谁批", "由谁批准": the body that 批s
    # ("参加居民医保去哪个部门办", "参保找谁": the body one enrols with)
    return "参保手续" if ENROLLING.search(question) else ""


# enrolling said as people say it, the act a body is asked for
# (not one insured, 参保人/参保人员: "参保人死了谁去通知")
ENROLLING = re.compile(r"参保(?!人|的人|者)|参加[^，。？?]{0,6}医保|入保|办医保|上医保")


@lru_cache(maxsize=64)
def _act_said(act: str) -> re.Pattern[str] | None:
    """The ways the text says an act asked of a body: the act, its kin, or any payment."""
    words = [re.escape(k) for kin in KINDRED_ACTS if act in kin for k in kin if len(k) > 1]
    if act in PAYING_ACTS:
        words.append(PAID_IN_TEXT.pattern)  # "谁出": the body that 承担s or 支付s
    elif len(act) > 1:
        words.append(re.escape(act))
    return re.compile("|".join(words)) if words else None


def _body_does(act: str, text: str) -> bool:
    """Whether one sentence of the text has a named body doing the act ("残联部门负责做好重度
    残疾的身份确认工作"), not the act alone ("认定为一级、二级残疾人员")."""
    done = _act_said(act)
    if done is None:
        return False
    doer = PAYER if act in PAYING_ACTS else NAMED_BODY  # a fund pays ("由…基金按规定支付")
    for piece in re.split(r"(?<=[；。])", text):
        body = doer.search(piece)
        # the body is the subject: named before the act ("残联部门负责做好…确认")
        if body and done.search(piece, body.end()):
            return True
    return False


DUTY_WORD = re.compile(r"必须|应当|应该|需要|务必|一定要|得要")


# a place said by pointing ("当地", "这边"): where, never a thing asked about
DEICTIC_PLACE = re.compile(r"当地|本地|外地|这里|那里|这边|那边|附近|跟前|身边")


def _timed_word(
    question: str, idf: Callable[[str], float], spoken: Callable[[str], bool], near: str = ""
) -> str | None:
    """What a length of time is asked of: the telling word just before the words that ask it
    ("出土的东西多久要交" → 出土), else just after ("多久能通知" → 通知), else the last of the
    stretch before ("签协议 最长能签多久" → 协议); only words the gazette or the near articles
    speak of (a word they never use is left to the unheard check)."""
    from index.lexical import is_common_word

    def telling(text: str) -> list[str]:
        words = [
            w
            for w in _telling(text)
            if is_common_word(w)
            and spoken(w)
            and not DURATION_ASKED.search(w)
            and not LASTING.fullmatch(w)
            and not GENERIC.match(w)
            and not re.fullmatch(r"[一二两三四五六七八九十几\d]+[回次趟遍]", w)
            and not MODAL_ASKED.fullmatch(w)  # "多久内必须备案": 必须 says it is due, not what
            and not DUTY_WORD.fullmatch(w)
            # ("多长时间内要交给当地文物部门": 当地 says where it goes, not what is timed)
            and not DEICTIC_PLACE.fullmatch(w)
        ]
        return [w for w in words if not any(w != v and w in v for v in words)]  # 公室 of 办公室

    parts = [p for p in re.split(r"[\s，,。？?！!；;]+", question) if p]
    at = next((n for n, p in enumerate(parts) if DURATION_ASKED.search(p)), None)
    if at is None:
        return None
    asked = DURATION_ASKED.search(parts[at])
    verb = _verb_before(parts[at][: asked.start()])
    if verb and verb in near:
        return verb  # "办展览最长借多久": what is lent is timed (借用期限), not the purpose
    before = telling(parts[at][: asked.start()])
    after = telling(parts[at][asked.end() :])
    earlier = telling(parts[at - 1]) if at > 0 else []
    return (before[-1:] or after[:1] or earlier[-1:] or [None])[0]


def _verb_before(text: str) -> str | None:
    """A one-character verb right before the words asking a length ("最长借多久" → 借)."""
    import jieba.posseg

    words = list(jieba.posseg.cut(re.sub(r"(最长|最多|最久|能|可以|要|得)$", "", text)))
    last = words[-1] if words else None
    if last and len(last.word) == 1 and last.flag == "v" and last.word not in "是有在做":
        return last.word
    return None


# verbs that only say something takes time ("持续多久", "计划用多长时间"): not what is timed
LASTING = re.compile(r"持续|计划|预计|历时|维持|进行|花费|耗时|安排|打算|前后|大概|大约|一般|总共")
LENGTH_ASKED = re.compile(
    r"(持续|历时|维持|要用|需要|花|用)了?(多久|多长时间|多少时间|几天|几个月)"
)
LENGTH_STATED = re.compile(
    r"(?<!\d)(\d{1,3}|[一二三四五六七八九十两半]+)\s*(个)?(日|天|月|年|周|工作日|小时)(?!\d)"
)
DURATION_ASKED = re.compile(r"多久|多长时间|多少时间|隔多长|几天内|多少天内|几日内|多少日内")
# a length of time or a frequency as the text states one ("5日内", "每年", "次年")
DURATION_STATED = re.compile(
    LENGTH_STATED.pattern
    + r"|每(个)?(年|月|季度|周|日|天|半年)|按(年|月|季度)|逐年|次年|下一年|次月"
)
# "多久复核一次", "联席会议隔多长时间开", "一年搞几回": how often, which only a stated period
# of recurrence answers ("每年复核一次", "每月召开一次", "周报告制度", "一日一清单") — not a
# deadline ("每年3月31日前"), a rate ("每人每月工资") or "定期" without a period
FREQUENCY_ASKED = re.compile(
    r"(多久|多长时间|多少时间|多少天|几天|几个月|几年|多少年|隔多长|多长)[^，。？?]{0,8}(一次|一回|一趟|一遍)"
    r"|(每隔|隔)(多久|多长时间|多少天|几天|几个月)"
    r"|(一年|每年|一个月|每月|每个月|一周|每周|一季度)[^，。？?]{0,6}(几|多少)(次|回|趟)"
    # "隔天巡一次还是天天都巡", "是一年一签还是…": how often, offered as alternatives
    rf"|({OFTEN_OFFERED.pattern})[^，。？?]{{0,10}}还是"
    r"|还是[^，。？?]{0,8}(天天|[每按][天日周月年])"
)
_EVERY = r"(?:每(?:个)?(?:年|月|季度|周|日|天|半年)度?|每\d+(?:天|日|个月|年))"
FREQUENCY_STATED = re.compile(
    rf"{_EVERY}[^，。；\d]{{0,12}}?[一二两三四五六\d]+次"
    rf"|{_EVERY}(召开|举办|汇总|复核|巡查|开展|组织|报告|公布|公开|考核|评估|检查|调度|结算|签订|向)"
    r"|一(日|天|月|周|年)一(清单|次|报|结)"
    r"|(?<![\d一二三四五六七八九十])(日|周|月|季|年)(报告|报|结)(制度)?"
    r"|按(年度|年|月|季度)"  # "按年度…签订医药服务协议"
)
# what is done that often ("多久要亲自|巡|一次路"): a verb of the question the frequency's
# clause must hold, unless it is one of doing anything (搞, 办, 组织)
FREQUENCY_ACT = re.compile(
    r"(?:每?隔)?(?:多久|多长时间|多少时间|多少天|几天|几个月|几年|多少年|多长)"
    r"(?:要|得|会|能|才|就|先|需要|应该|至少|亲自|去|来)*([\u4e00-\u9fff]{1,4}?)(?:一次|一回|一趟|一遍)"
)
ANY_DOING = re.compile(r"(搞|办|弄|做|进行|开展|组织|出|有|举行|来|干)$")


def _done_as_often(question: str, text: str) -> bool:
    """Whether a clause stating a frequency states it for the act asked ("路长多久巡一次路" is not
    answered by "每年开展一次考核")."""
    m = FREQUENCY_ACT.search(question)
    act = m.group(1) if m else ""
    return not act or bool(ANY_DOING.search(act)) or act[0] in text


# "隔天巡一次还是天天都巡", "按周还是按月": the ways offered, not a thing asked about
OFFERED_WAY = re.compile(r"还是|^(天天|隔[天周月年]|按[天日周月年季])")
# a named period asked about ("缴费期", "集中征缴期"), not a stretch of it ("缴费期间")
PERIOD_NAMED = re.compile(r"([\u4e00-\u9fff]{2,4}期)(?![间限])")  # its last 3–5 characters
# "文物保护单位分几个级别": a division into kinds asked, and the text's word for one
DIVISION_ASKED = re.compile(r"分(成|为)?\s*(几|多少)\s*(个)?(类|种|级|档|等|批)")
DIVIDES = re.compile(r"分为|分成")
ASKED_UNITS: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "距离（多少米、多少公里）",
        re.compile(r"(多少|几)\s*(米|公里)"),
        re.compile(rf"{_N}+(\.\d+)?\s*(米|公里)"),
    ),
    (
        "具体日子（几号）",
        re.compile(r"(几|多少)\s*(号|日)(?!常)"),
        re.compile(rf"{_N}+\s*(日|号)|月底|月初"),
    ),
    (
        "分数",
        re.compile(r"(几|多少)\s*分(?!钟|之|别|级|类)"),
        re.compile(rf"{_N}+\s*分(?!之|级|类)"),
    ),
    (
        "时长（小时、分钟）",
        re.compile(r"(几|多少)\s*(个)?(小时|分钟)"),
        re.compile(rf"{_N}+\s*(个)?(小时|分钟)"),
    ),
    # "哪个月份签", "几月份开": a month of the calendar, never a length ("一年")
    (
        "月份",
        re.compile(r"(几|多少)\s*(个)?月份|哪个月|哪一个?月份?(?!内)"),
        re.compile(rf"{_N}+\s*月(?!内)|月份"),
    ),
    # "定在哪年", "哪一年建成": a year of the calendar
    (
        "年份",
        re.compile(r"哪一?年(?![龄纪度内里])"),
        re.compile(r"(19|20)\d\d\s*年|年底|年初|年内|下一年|次年|当年|上一年|下年"),
    ),
    # "多久能打到卡上", "联席会议多久开一回": a length of time or how often, in its units
    ("时长或频次（多久）", DURATION_ASKED, DURATION_STATED),
    # "两病开一次药最多管几个月": how much medicine one visit gives, which the rules never say
    (
        "一次能开多少药",
        re.compile(r"药[^，。？?]{0,10}(?:几|多少)\s*个?\s*月|(?:几|多少)\s*个?\s*月的?药"),
        re.compile(rf"{_N}+\s*个?\s*月的?(?:药|用量)|处方量|用药量"),
    ),
    # "一期培训要培训几天": a count of days, stated nowhere near the question
    ("天数", re.compile(r"(几|多少)\s*(个)?天"), re.compile(rf"{_N}+\s*(个)?(天|日|工作日)")),
    (
        "提前的天数",
        re.compile(r"(提前|提早)\s*(几|多少)\s*(天|日)"),
        re.compile(rf"提前{_N}*\s*(天|日|个)"),
    ),
    (
        "保存年限",
        re.compile(r"(保存|保留|保管)\s*(几|多少)\s*年"),
        re.compile(rf"{_N}+\s*年|永久|长期"),
    ),
    (
        "按公里、按人或按次计的标准",
        re.compile(r"(每\s*(公里|人|次|床)|一\s*公里)[^，。？?]{0,10}(多少|几)"),
        re.compile(r"元\s*/\s*(公里|人|次|床)|每(公里|人|次|床日?)"),
    ),
    # "安全检查要查几遍", "一期安排几堂课": a count in its own unit (or in times); not a count
    # of people, which the words of a question may not find (每处2名 for "一个点配几个人")
    # lessons are counted in lessons: "每年不得少于一次" is how often a course is held, not
    # how many lessons it has ("一次培训上几节课")
    (
        "课时数",
        re.compile(r"(几|多少)\s*(个)?(堂|节|课时)"),
        re.compile(rf"{_N}+\s*(堂|节|课时)"),
    ),
    (
        "次数",
        re.compile(r"(几|多少)\s*(个)?(遍|批|轮)"),
        re.compile(rf"{_N}+\s*(遍|次|批|轮)|每[年季月周日天]|多次|定期"),
    ),
    # "看管员分几类": a division into kinds, which the text states as "分为……" or a count
    (
        "分类",
        # (not "分几种渠道解决": a count of the ways a thing is done, which the text may state)
        re.compile(DIVISION_ASKED.pattern + r"别?(?=[？?吗呢啊。，\s]|$)"),
        re.compile(rf"{DIVIDES.pattern}|包括|{_N}+\s*个?(类|种|级|档|等|批)"),
    ),
    # a named entity of a kind the documents never name ("哪家保险公司承保", "在哪个APP申领")
    (
        "承办的公司名称",
        re.compile(r"(哪家|哪个|什么)(保险)?公司"),
        # any company the text names ("地区交通实业发展总公司", "养运公司"), not only insurers
        re.compile(r"[\u4e00-\u9fff]{2,}(总)?公司"),
    ),
    (
        "手机应用或网站",
        re.compile(r"(哪个|什么|哪款)[^，。？?]{0,4}(APP|app|App|软件|小程序|公众号|网站)"),
        re.compile(r"APP|app|App|小程序|公众号|网站|www\.|网址"),
    ),
    # (a platform or system the text names answers "借助什么平台": 远程诊疗平台, 信息系统)
    (
        "平台或系统",
        re.compile(r"(哪个|什么|哪款)[^，。？?]{0,4}(平台|系统)"),
        re.compile(r"APP|app|App|小程序|公众号|网站|www\.|网址|[\u4e00-\u9fff]{2,}(平台|系统)"),
    ),
    ("酒店或会场", re.compile(r"(哪家|哪个|什么)(酒店|宾馆|饭店)"), re.compile(r"酒店|宾馆|饭店")),
    ("银行", re.compile(r"(哪家|哪个|什么)银行"), re.compile(r"银行")),
    ("楼层数", re.compile(r"(几|多少)\s*层"), re.compile(rf"{_N}+\s*层")),
    (
        # a paper's issuer asked: the hospital by its part in issuing it ("由就诊定点医疗机构…出具")
        "出具证明的医院",
        re.compile(
            r"证明[^，。？?]{0,8}(哪家|哪个)医院|(哪家|哪个)医院[^，。？?]{0,4}(出具|开具|开|出)"
        ),
        re.compile(r"由[^，。；]{0,10}(医疗机构|医院)[^，。；]{0,12}(出具|开具)"),
    ),
    (
        "具体医院的名称",
        re.compile(r"(哪家|哪个|哪些|哪几家|什么)(定点)?(医院|医疗机构|药店)"),
        re.compile(r"[\u4e00-\u9fff]{2,}(人民医院|医院)(?!等级)"),
    ),
    (
        # "县医院算几级医院": a named hospital's grade, which the text gives only as a plan's aim
        # (the grades of the medical rules are classes of hospital, not any one hospital's)
        "具体医院的等级",
        re.compile(
            r"(医院|卫生院)[^，。？?]{0,6}(算|是|属于|评的|评了|定的)[^，。？?]{0,2}(几|哪一?|什么)\s*级|"
            r"(几|哪一?)\s*级(医院|卫生院)|(医院|卫生院)[^，。？?]{0,4}(什么|哪个|几)\s*(等级|级别)|"
            # ("改则县人民医院几级"): the grade asked right after the hospital's name
            r"(医院|卫生院)\s*(?:算|是|属于)?\s*(?:几|哪一)\s*级(?=[的啊呀吗呢？?。\s]|$)"
        ),
        re.compile(
            r"(县|乡|镇|市)[^，。；]{0,6}(医院|卫生院)[^，。；]{0,6}(为|是|属于|定为)[^，。；]{0,2}[一二三]级"
        ),
    ),
    (
        "相隔的年限",
        # (not when a figure is asked after it: "过几年能涨到多少" asks the figure then)
        re.compile(r"(过|隔|干满|满)\s*(几|多少)\s*年(?![^，。？?]*(多少|几))"),
        re.compile(rf"{_N}+\s*年\s*(后|以后|之后|内|以内|以上)"),
    ),
    (
        "已缴费用能否退还",
        # the money paid back ("能退吗", "退钱"), not leaving a course ("能退训吗")
        # ("培训中途能退吗" leaves a course: a bare 能退 is a refund only where money is named)
        re.compile(
            r"退(钱|费|还|回|款|保)|^(?=.*(钱|费|交了|缴了|交的|缴的|医保|保险)).*"
            r"(?:(能|可以|给)退(?=[吗么嘛不呀啊？?\s]|$)|退不退(?![训休]))"
        ),
        re.compile(r"退还|退费|退回|退款|返还"),
    ),
    (
        "班次（几趟、几班）",
        re.compile(r"(几|多少)\s*(趟|班)(?!子)"),
        re.compile(rf"{_N}+\s*(趟|班次)|班次"),
    ),
    (
        "安全防护等级",
        re.compile(
            r"(什么|哪个|哪一|几)[^，。？?]{0,2}(安防|防盗|防火|安全|防护)\s*等级|(安防|防盗|防火|防护)\s*等级"
        ),
        re.compile(r"(安防|防盗|防火|安全|防护)\s*等级|风险等级"),
    ),
    ("证书", re.compile(r"证书"), re.compile(r"证书")),
    (
        "贷款额度和利息",
        re.compile(r"(利息|利率|贷款|贷)[^，。？?]{0,6}多少|能贷多少"),
        re.compile(r"(贷款|贴息|利息|利率)[^。；]{0,15}\d|\d+(万)?元[^。；]{0,8}(贷款|贴息)"),
    ),
    # "普通门诊一年最多能看几次" (not "第几次住院", an order): times, after the kinds above
    (
        "次数",
        re.compile(r"(?<!第)(几|多少)\s*(次|回)(?![数序])"),
        re.compile(rf"{_N}+\s*(遍|次|回|趟|堂|节|课时|批|轮)|每[年季月周日天]|多次|定期"),
    ),
    # "一个看管员最多能同时看管几处点", "专库专柜最多放几件": sites or pieces counted
    (
        "处数或件数",
        re.compile(r"(?<!哪)(几|多少)\s*(处|件)(?!理)"),
        re.compile(rf"{_N}+\s*(处|件)"),
    ),
    # "一条班线配几辆车", "招聘会办几场", "建档拍几张照片": things counted in their own measure
    # word, which a text stating the count states with it ("农村客运车辆6辆", "责任书14份")
    *(
        (
            f"数量（几{m}）",
            re.compile(rf"(?<!哪)(几|多少)\s*{m}(?!{after})"),
            re.compile(rf"{_N}+\s*{m}"),
        )
        for m, after in (
            ("张", "-"),
            ("辆", "-"),
            ("场", "[所地]"),
            ("台", "[阶]"),
            ("间", "[隔断]"),
            ("座", "[谈]"),
            ("架", "[构子]"),
            ("份", "[额子]"),
            ("届", "-"),
            ("套", "[餐]"),
            ("篇", "-"),
        )
    ),
]
UNIT_DEPTH = 8  # clauses nearest the question that are searched for a figure in that unit


# "有没有误工补贴", "有奖金吗": whether a payment of a named kind is made (a bare 补贴 or 补助
# may be any benefit: 建档立卡's higher ratio is one)
PAID_THING_ASKED = re.compile(
    # (received, too: "能领误工补贴吗", "能拿到贴息贷款吗", "有没有营养补贴可以领")
    r"(?:有(?:没有)?|给不给|发不发|给|发|领|拿到?|享受|申请)"
    r"([^\W有给发领拿\d]{0,4}(?:补贴|补助)|[^\W有给发领拿\d]{0,4}(?:奖金|年终奖|津贴|工资|报酬|误工费|路费|"
    r"油钱|车费|生活费|伙食费|加班费|安家费|贷款))"
    # ("有没有营养补贴啥的": the thing with "or such" after it)
    r"(?:吗|么|嘛|没|不|呀|啊|？|\?|$|\s|可以|能|啥的|之类|什么的|这类|这些)"
)
ROLE_END = re.compile(r"员工|工人|志愿者|员|岗位|岗(?!位)|人员")


ACT_AFTER = re.compile(
    r"(哪个|什么|哪些|哪一个|哪家|哪一家)(部门|单位|机构|公司)(?:来|去)?(?:负责)?([\u4e00-\u9fff]{2})"
)
ACT_AFTER_WHO = re.compile(
    r"(?:找谁|让谁)(?:来|去)?(批准|审批|批|审核|审|核定|认定|确认|管理|管|负责|发放|发|"
    r"办理|办|组织|解释|执行|鉴定)"
)
TOLD_TO = re.compile(
    r"(报告|汇报|上报|报|反映|上交|移交|交|申请|申报|备案)给?谁|向谁(报告|汇报|反映|申请)"
    # ("该跟哪个部门说", "告诉谁"): telling a body is reporting to it
    r"|(?:跟|向|和|给)(?:谁|哪个部门|哪个单位|哪里|哪儿)(说|讲|报)|(告诉)(?:谁|哪个部门)"
)


def _asked_role(question: str, corpus: Corpus) -> str | None:
    """The job a pay question is about ("村级劳动保障协理员", "公益性岗位", "看管员"): the longest
    stretch ending in 员/岗位 that the gazette speaks of."""
    from index.lexical import covered_by

    text = corpus.words
    for m in ROLE_END.finditer(question):
        end = m.end()
        for start in range(max(0, end - 10), end - 1):
            role = question[start:end]
            # "人民医院新招的医务人员": a role's name never runs across a 的
            if (
                re.fullmatch(r"[\u4e00-\u9fff]+", role)
                and "的" not in role
                and covered_by(role, question, text)
            ):
                return role
    return None


def _asked_unit(question: str) -> tuple[str, re.Pattern[str]] | None:
    """What figure a "多少/几" question asks for, and how the text would state one (never of a
    few things said: "想借几件文物来办展，最长能借多久")."""
    question = a_few_said(question)
    return next(
        ((label, stated) for label, asks, stated in ASKED_UNITS if asks.search(question)), None
    )


def full_text(r: ScoredClause) -> str:
    """A clause with its article's title, section and lead-in: everything it is said under;
    a sentence that points back ("其中，……每年所需经费2706.17万元") with the one it points to."""
    before = ""
    if LEANS_BACK.match(r.clause.text) and r.clause.index > 0:
        rows = clauses(r.unit)
        before = next((c.text for c in rows if c.index == r.clause.index - 1), "")
    elif (
        r.unit.kind == "table_row"
        and len(r.clause.text) <= CELL_MAX
        and _has_value(FactType.DATE, r.clause.text)
    ):
        # "2020年11月30日前": a table row's date cell is said of the task its row states (the
        # row's longest cell), as its column is read across the row
        # (with its column's name: "牵头单位", "完成时限")
        before = max((c.text for c in clauses(r.unit)), key=len) + f"{r.clause.label}："
    return (
        f"{_title(r.unit)}{section(r.unit, r.clause)}"
        f"{r.clause.heading}{r.clause.lead}{before}{r.clause.text}"
    )


TIMED_VERB = re.compile(r"结束|开始|启动")
CELL_MAX = 20  # a table cell this short holds a value (a date, a body), not a task


# how often a thing is done ("每年开展一次", "每季度至少两次"), and a question asking it
HOW_OFTEN = re.compile(r"每[^，。；\d]{0,6}?[一二两三四五六七八九十\d]+次")
# a count of people, posts or places asked ("有多少养护员岗位", "几个名额"), never of times
COUNT_OF_THINGS = re.compile(
    r"(多少|几)(个|名|位|处|家|所)(?!次)|(多少|几)[^，。？?次]{0,8}(岗位|人员|名额|员)"
    # ("养护员岗位有多少": the thing named first, then how many)
    r"|(岗位|人员|名额|员)(?:数|数量)?(?:一共|总共|共)?(?:有|是)?(多少|几)"
)
# when a building is finished or in use asked, and a plan that only says when it starts
COMPLETION_ASKED = re.compile(r"建成|建好|建完|完工|竣工|投入使用|投用|用上|能用|完成建设")
START_STATED = re.compile(r"开工|动工|启动|开始")
COMPLETION_STATED = re.compile(r"建成|完工|竣工|投入使用|完成建设|交工|投用|使用")
NO_COMPLETION = "文件没有规定建成或投入使用的时间，只写了开工的安排。"


def _has_value(fact: FactType, text: str) -> bool:
    pattern = VALUE.get(fact)
    return pattern is None or bool(pattern.search(text))


# a span of time says when, not what about: "医保一年交多少" is not about 上一年度's 僧尼
PERIOD = re.compile(
    r"^(一年|每年|今年|明年|去年|后年|全年|年度|一个月|每月|每个月|一天|每天|这个月|以后|之后|今后|将来|"
    r"到时候|现在|目前)$"
)


# a sum asked by the month, and one stated by the month
MONTHLY_ASKED = re.compile(r"一个月|每个?月|月工资|月薪|一月[^份]")
MONTHLY_STATED = re.compile(r"每人每月|每月|/月|／月|一个月|月工资|月补助|当月")
HOME_REGION = frozenset({"阿里", "阿里地区", "西藏", "西藏自治区", "全地区", "我地区"})


def _subject_terms(question: str, best: ScoredClause, idf: Callable[[str], float]) -> list[str]:
    """The question's telling words that the best-matching clause shares: what it is about."""
    import jieba.posseg

    from index.lexical import tokenize

    known = jieba.posseg.dt.word_tag_tab
    tokens = dict.fromkeys(
        t
        for t in tokenize(question)
        if len(t) >= 2
        and not re.search(r"多少|什么|怎么|哪", t)
        # "博物馆之间借展品": where between, not what about (a locative names no subject)
        and known.get(t) != "f"
        and not PERIOD.match(t)
        and not t.isdigit()  # "今年10月交的": a figure of the asker's case, not a subject
        # "阿里地区居民医保住院能报多少": the gazette's own region says where, not what about
        # (else 统筹区外's "较阿里统筹区内" alone would share it)
        and t not in HOME_REGION
    )
    # "城乡医保几月份交钱": the scheme's own name says which rules, not what is asked of them
    # (the sentence of the paying period never repeats it)
    scheme = [m.group(0) for m in HOME_SCHEME_SAID.finditer(question)]
    text = f"{best.clause.heading}{best.clause.lead}{best.clause.text}"
    shared = [t for t in tokens if t in text and not any(t in m for m in scheme)]
    return sorted(shared, key=lambda t: -idf(t))[:3]


# the residents' scheme by the names people give it
HOME_SCHEME_SAID = re.compile(
    r"城乡(?:居民)?(?:基本)?(?:医保|医疗保险|医疗)|城乡居民|居民(?:基本)?(?:医保|医疗保险)|新农合|合作医疗"
)


CONDITION = re.compile(r"(?:一旦|如果|如遇|若|凡|遇到|遇有)")


HOSPITAL_LEVELS = ("一级", "二级", "三级", "乡镇卫生院")


def _asked_level(question: str) -> str | None:
    """The hospital level a question names, as the text writes it ("县医院" → 二级)."""
    from assistant.calculators.understanding import read_level

    level = read_level(question)
    return level if level in HOSPITAL_LEVELS else None


PER_PERIOD = re.compile(r"(一个?|每个?)(月|年)[^，。？?]{0,4}(给|发|拿|领)")

# a relic site's level as the text writes it ("县级野外文物保护单位看管人员…1200元")
SITE_LEVEL = re.compile(r"县级|自治区级|全国重点")
ADMIN_LEVEL = re.compile(r"(村|乡|县|地区)一?级")


def _parallel_sums(fact: FactType, leaders: list[tuple], pieces: int) -> bool:
    """Sums of money for two or three cases, each piece naming its own case (never one that
    leans on the piece before it: "其符合……报销90%"), fewer than the sentence's pieces."""
    return (
        fact is FactType.AMOUNT
        and 2 <= len(leaders) <= 3
        and len(leaders) < pieces
        and all(
            MONEY_VALUE.search(v[2]) and not re.match(r"[其并且及和或]", v[2]) and len(v[2]) >= 10
            for v in leaders
        )
    )


# "…住院治疗的，" + "其符合……报销70%；": a value that leans on the case named before it
LEANS_ON_CASE = re.compile(r"[其该此]")
CASE_PIECE = re.compile(r"的[，,]$")


def _with_their_cases(pieces: list[str]) -> list[str]:
    """Each piece, with the case piece before it when it leans on that case ("其符合……"), so that
    the value of the case asked ("乡镇卫生院") is told from its siblings' and read with its case."""
    return [
        pieces[n - 1] + p
        if n
        and (
            (LEANS_ON_CASE.match(p) and CASE_PIECE.search(pieces[n - 1]))
            # ("…服务设施”，即“三大目录”执行…": a piece saying "that is" restates the one before)
            or RESTATES.match(p)
        )
        else p
        for n, p in enumerate(pieces)
    ]


RESTATES = re.compile(r"(?:即|亦即|也就是)(?!将|可|时|日)")


# a stay's order in the year ("第二次住院", "今年第3次"): values that depend on it
ORDER_SAID = re.compile(r"第([二两三四五六七八九2-9])(?:次|回)")
# a stay again without its number ("又要住院", "再次住院"): a later stay, read as the second
STAY_AGAIN = re.compile(r"(?:又|再次?)(?:要|得|去)?住(?:院|进|了院)|二次住院")


def _order_said(question: str) -> re.Match[str] | None:
    """The order of the stay asked: its number when said (第三次), else 又/再次 (the second)."""
    return ORDER_SAID.search(question) or STAY_AGAIN.search(question)


# people a sentence is only for (第七条's 特殊困难人群 and 僧尼)
AUDIENCE = re.compile(r"建档立卡|贫困|残疾|特困|孤儿|低保|最低生活保障|僧尼|特殊困难")
AUDIENCE_OPENING = 24  # characters of a sentence that say whom it is for


def _asked_county_piece(question: str, pieces: list[str], best: str) -> str:
    """ "普兰县的农村客运谁经营": of a sentence giving counties their cases piece by piece ("建议
    措勤、改则、革吉、噶尔四县…为地区交通实业发展总公司；普兰、札达、日土三县各自成立养运公司…"),
    the piece naming the county asked, when the piece chosen names others only."""
    stems = _ngari_stems()
    asked = [s for s in stems if s in question]
    if len(asked) != 1 or asked[0] in best or sum(s in best for s in stems) < 2:
        return best
    return next((p for p in pieces if asked[0] in p and sum(s in p for s in stems) >= 2), best)


# which level asked ("基金是哪一级统筹", "大病保险什么级别统筹") and a level named in a piece
LEVEL_ASKED = re.compile(r"哪一?级(?!医院|文物|残疾)|什么级别|啥级别|几级统筹")
LEVEL_NAMED = re.compile(r"(?:国家|自治区|地区|县|市|乡)级")


# "哪些乡镇没通…": the head noun a list question asks for
LIST_HEAD_ASKED = re.compile(
    r"哪些([\u4e00-\u9fff]{1,4}?)(?=没|不|未|还|要|会|能|可|有|是|在|[，,？?]|$)"
)


def _counted_in_brackets(
    question: str, rows: list[ScoredClause], corpus: Corpus
) -> Composed | None:
    """ "阿里还有哪些乡镇没通硬化路": the text counts them and names them in brackets ("仍有2个
    乡镇(札达县底雅乡、萨让乡)"): that count and its names, not the whole paragraph."""
    asked = LIST_HEAD_ASKED.search(question)
    if asked is None:
        return None
    head = re.escape(asked.group(1))
    for r in rows:
        m = re.search(
            rf"([\d一二三四五六七八九十两]+)\s*(?:个|家|所|处|名)\s*{head}\s*[（(]([^）)]+)[）)]",
            r.clause.text,
        )
        if m is None or "、" not in m.group(2) and len(m.group(2)) > 12:
            continue
        cite = of_clauses(corpus, r.unit, [r.clause], r.score)
        said = f"{m.group(1)}个{asked.group(1)}：{m.group(2)}"
        return Composed("answered", f"{said}（{cite.label}）[1]", [cite], [r.clause.text])
    return None


def _given_cell_after(question: str, scored: list[ScoredClause]) -> list[ScoredClause]:
    """ "我们村2022年前要完成什么任务": a table row's cell the question says itself (完成时限
    2022年前) is what is given, not what is asked; the row's task (its longest cell) answers."""
    if not scored or scored[0].unit.kind != "table_row":
        return scored
    top = scored[0]
    said = top.clause.text.strip("。；;， ")
    if (
        len(said) < 2
        or said not in question
        or not QUESTION_WORD.search(question.replace(said, ""))
    ):
        return scored
    row = [r for r in scored if r.unit.id == top.unit.id and r is not top]
    if not row:
        return scored
    task = max(row, key=lambda r: len(r.clause.text))
    return [replace(task, score=top.score), *(r for r in scored if r is not task)]


def _level_named_first(question: str, scored: list[ScoredClause]) -> list[ScoredClause]:
    """ "城乡居民医保基金是哪一级统筹": a close clause that names a level (实行地区级统筹管理)
    before one that names none (an item of the fund's sources, 利息收入)."""
    if not scored or not LEVEL_ASKED.search(question) or LEVEL_NAMED.search(scored[0].clause.text):
        return scored
    named = next(
        (
            r
            for r in scored[:12]
            if LEVEL_NAMED.search(r.clause.text) and r.score >= scored[0].score - VALUE_MARGIN
        ),
        None,
    )
    if named is None:
        return scored
    return [replace(named, score=scored[0].score), *(r for r in scored if r is not named)]


def _asked_level_piece(question: str, pieces: list[str], best: str) -> str:
    """ "城乡居民医保基金是哪一级统筹": the piece that names a level (实行地区级统筹管理), when
    the piece chosen names none (an item of the fund's sources)."""
    if not LEVEL_ASKED.search(question) or LEVEL_NAMED.search(best):
        return best
    return next((p for p in pieces if LEVEL_NAMED.search(p)), best)


def _asked_site_level_piece(question: str, pieces: list[str], best: str) -> str:
    """ "全国重点文保单位的保护范围里修水渠，得哪一级批准": of a sentence whose pieces rule for
    sites of one level and for the rest (…经核定公布的人民政府批准…；在全国重点文物保护单位…必须经
    自治区人民政府批准…), the piece naming the level asked, when the piece chosen names none."""
    asked = set(SITE_LEVEL.findall(question))
    if len(asked) != 1 or SITE_LEVEL.search(best):
        return best
    at = next((i for i, p in enumerate(pieces) if set(SITE_LEVEL.findall(p)) == asked), None)
    if (
        at is None
        and pieces
        and not SITE_LEVEL.search(pieces[0])
        and any(SITE_LEVEL.search(p) for p in pieces)
    ):
        # "县级文保单位保护范围里修水渠，得哪一级批准": no piece of its own, the rule for the
        # rest (…经核定公布该文物保护单位的人民政府批准，在批准前应当征得上一级…同意), whole
        at = 0
    if at is None:
        return best
    # (the piece and the ones that finish its rule: "在全国重点…作业的，必须经自治区人民政府批准，
    # 在批准前应当征得国务院文物行政部门同意。")
    said = []
    for piece in pieces[at:]:
        said.append(piece)
        if piece.rstrip().endswith(("；", "。", ";")):
            break
    return "".join(said)


# acts a rule treats apart within one sentence ("需维修、保养的，应征求宗教部门的意见，需迁移、
# 复原的，报宗教部门审批")
ACT_GROUPS = (("维修", "保养"), ("迁移", "复原"))


# things asked of one by one ("重度残疾人、低保对象、建档立卡贫困人口的身份分别由哪个部门确认")
EACH_LISTED = re.compile(
    r"([\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12}){1,5})(?:分别|各自|各)"
    r"[^，,。？?]{0,10}(?:什么|哪|谁|多少|几)"
)


def _each_item_piece(question: str, pieces: list[str], best: str) -> str:
    """ "A、B、C分别由哪个部门确认": the sentence of the clause naming each thing, in the order
    asked, when each is in a sentence of its own (第五条: 民政…, 残联…, 扶贫…); `best` else."""
    from index.lexical import covered_by

    m = EACH_LISTED.search(question)
    if m is None:
        return best
    items = m.group(1).split("、")
    items[-1] = re.sub(r"的[\u4e00-\u9fff]{1,4}$", "", items[-1])
    sentences = [s for s in re.split(r"(?<=[；;。])", "".join(pieces)) if s]
    chosen: list[str] = []
    for n, item in enumerate(items):
        # (the first thing may follow words that open the question: "请问重度残疾人")
        forms = [item[k:] for k in range(len(item) - 1)] if n == 0 else [item]
        said = next((s for f in forms for s in sentences if covered_by(f, question, s)), None)
        if said is None:
            return best
        if said not in chosen:
            chosen.append(said)
    if len(chosen) < 2:
        return best
    return "；".join(s.rstrip("；;。") for s in chosen)


# two things asked a value at once ("乡镇和建制村通客车率要达到多少")
PAIR_ASKED = re.compile(
    r"([\u4e00-\u9fff]{2,4})(?:和|与|跟|及)([\u4e00-\u9fff]{2,4})[^，,。？?]{0,12}(?:多少|几)"
)


def _pair_pieces(question: str, fact: FactType, pieces: list[str], best: str) -> str:
    """ "乡镇和建制村通客车率要达到多少": the pieces of one sentence giving each thing's value
    (乡镇通客车率达到100%，建制村通客车率达到80%以上), when the best piece gives one thing's."""
    from index.lexical import covered_by

    m = PAIR_ASKED.search(question)
    if m is None or fact not in VALUE:
        return best

    def said(thing: str, piece: str) -> bool:
        return any(covered_by(thing[k:], question, piece) for k in range(len(thing) - 1))

    first, second = m.group(1), m.group(2)
    if said(first, best) == said(second, best):
        return best
    other = second if said(first, best) else first
    at = next((k for k, p in enumerate(pieces) if p.rstrip("，；。：,; ") in best), None)
    if at is None:
        return best
    near = [
        k
        for k in (at - 1, at + 1)
        if 0 <= k < len(pieces) and said(other, pieces[k]) and _has_value(fact, pieces[k])
    ]
    if not near:
        return best
    k = near[0]
    if re.search(r"[。；;]$", pieces[min(k, at)]):
        return best  # (another sentence's value is of another rule)
    joined = pieces[k] + best if k < at else best.rstrip("，；。：,; ") + "，" + pieces[k]
    return joined.rstrip("，；。：,; ")


def _asked_act_piece(question: str, pieces: list[str], best: str) -> str:
    """ "经堂漏雨想修，找谁批": of a sentence ruling one way for mending and another for moving, the
    piece of the act the question says (in its own or its everyday words), when the piece chosen
    speaks only of the other."""
    asked = _act_group_asked(question)
    if asked is None or any(w in best for w in asked):
        return best
    others = [w for g in ACT_GROUPS if g is not asked for w in g]
    # (the piece chosen with the condition before it: "需迁移、复原的，" + "报宗教部门审批")
    at = next((i for i, p in enumerate(pieces) if best.rstrip("。；，") in p), None)
    said_of = best if at is None or at == 0 else pieces[at - 1] + best
    if not any(w in said_of for w in others):
        return best
    return _act_piece(question, pieces) or best


def _act_group_asked(question: str) -> tuple[str, ...] | None:
    """The one act group the question says (维修、保养 or 迁移、复原, in its own or its everyday
    words); None when it says neither or both."""
    from index.lexical import expand_query

    said = set(expand_query(question)) | {w for g in ACT_GROUPS for w in g if w in question}
    asked = [g for g in ACT_GROUPS if any(w in said for w in g)]
    return asked[0] if len(asked) == 1 else None


# how a claim is made, asked ("回来咋报", "怎么报销", "报销流程")
CLAIM_HOW = re.compile(
    r"(?:咋|怎么|怎样|如何)(?:去|来)?(?:报|报销|结算)|报销(?:流程|手续|程序|步骤)"
)
# papers handed in besides the ones everyone hands in ("应当同时提供有效的低保证件")
ALSO_HANDED = re.compile(r"(?:同时|还需|还应|另需|另外|并)(?:提供|提交|出具|携带)")
# a religious site asked of: a temple, its halls, its monks
RELIGIOUS_SITE = re.compile(r"寺|庙|僧|尼姑|喇嘛|活佛|经堂|佛殿|大殿|宗教")
RELIGIOUS_RULE = "涉及宗教活动场所"
# a rule of approval: what is asked of a body before a work
APPROVAL_STATED = re.compile(r"批准|同意|备案|审批")


def _religious_site_rule(question: str, context: str, unit, direct: str):
    """(the lead, the clause added) when the question is of a religious site and the article
    rules works on every site and adds a rule for religious ones (第十四条, 第十五条: 涉及宗教活动
    场所…报宗教部门审批): the lead given both, for the act asked; None when it has both.
    (The site may be the conversation's: "那要是把院子里的小佛塔挪个地方呢" after a temple.)"""
    if not RELIGIOUS_SITE.search(f"{context}，{question}"):
        return None
    units = list(clauses(unit))
    own = next((c for c in units if RELIGIOUS_RULE in c.text), None)
    if own is None:
        return None
    start = own.text.index(RELIGIOUS_RULE)
    tail = [p for p in re.split(r"(?<=[，,。；;])", own.text[start:]) if p.strip()]
    piece = _act_piece(question, tail) or "".join(tail)
    general = next(
        (
            c
            for c in units
            if c is not own and APPROVAL_STATED.search(c.text) and "宗教" not in c.text
        ),
        None,
    )
    # (the rule for every site: the same sentence's opening, or another sentence's)
    if own.text[:start]:
        general, general_text = own, own.text[:start]
    else:
        general_text = general.text if general is not None else ""
    general_text = general_text.rstrip("，,；;。 ")
    piece = piece.rstrip("，,；;。 ")
    if "宗教" not in direct and piece:
        return f"{direct}；{display(piece)}", own
    if general is not None and general_text and general_text not in direct:
        # ("报宗教部门审批" alone: said with the case it is for, 涉及宗教活动场所需迁移、复原的)
        own_case = piece if piece.startswith(RELIGIOUS_RULE) else f"{RELIGIOUS_RULE}{piece}"
        said = display(own_case) if piece and direct.rstrip("。；") in own_case else direct
        return f"{display(general_text)}；{said}", general
    return None


def _act_piece(question: str, pieces: list[str]) -> str:
    """The pieces of a sentence ruling the act group the question says, with the piece a
    condition piece leads to ("…需维修、保养的，" + "应征求宗教部门的意见"); "" when the question
    says neither group or both, or no piece rules that group alone."""
    asked = _act_group_asked(question)
    if asked is None:
        return ""
    others = [w for g in ACT_GROUPS if g is not asked for w in g]
    at = next(
        (
            i
            for i, p in enumerate(pieces)
            if any(w in p for w in asked) and not any(w in p for w in others)
        ),
        None,
    )
    if at is None:
        return ""
    ends = pieces[at].rstrip().endswith(("的，", "的,")) and at + 1 < len(pieces)
    return pieces[at] + pieces[at + 1] if ends else pieces[at]


def _county_share(question: str, best: str) -> str:
    """ "普兰县养护员有多少人": of a whole split by county ("…安排1594名，其中噶尔县95人、…普兰县
    235人…"), the whole and the county asked, not every county's figure."""
    from assistant.places import find_places

    if len(re.findall(r"县\s*\d+", best)) < 3:
        return best
    counties = [m.place.name for m in find_places(question) if m.place.home]
    whole = re.search(r"([^，。；]*\d[^，。；]*)，其中", best)
    shares = [
        share
        for county in dict.fromkeys(counties)
        if (
            share := re.search(
                rf"{re.escape(county.removesuffix('县'))}县?\s*(\d+)\s*([个名人处座条家所]|万元)",
                best,
            )
        )
    ]
    if not shares:
        return best
    said = "、".join(share.group(0) for share in shares)
    return f"{whole.group(1)}，其中{said}" if whole else said


# a county's share as a whole split by county states it ("改则县358人")
COUNTY_SHARE = re.compile(r"[\u4e00-\u9fff]{2}县\s*(\d+)\s*([个名人处座条家所]|万元)")


def _counties_added(question: str, direct: str) -> str | None:
    """ "改则和措勤加起来": the shares of the counties named, added up ("490人"), when the answer
    gives exactly those shares and the question asks a total; None otherwise."""
    from assistant.places import find_places

    named = {m.place.name.removesuffix("县") for m in find_places(question) if m.place.home}
    shares = [m for m in COUNTY_SHARE.finditer(direct)]
    units = {m.group(2) for m in shares}
    if len(named) < 2 or len(shares) != len(named) or len(units) != 1:
        return None
    if not TOTAL_ASKED.search(question):
        return None
    return f"{sum(Decimal(m.group(1)) for m in shares)}{units.pop()}"


# a ban asked of (不得退训) and the way it is allowed after all (经…批准后，方可退训)
BANNED = re.compile(r"不得|禁止|严禁|不准")
# a sum taken off asked ("扣多少补助", "罚几百"), and a rule that takes one off
DEDUCTS = re.compile(r"扣除|扣减|罚款")
# a few things done ("拍几张", "拿几个", "印几份"): "a few", not a count asked
A_FEW_DONE = re.compile(
    r"(拍|照|摄|拓|印|复制|复印|借|带|拿|买|卖|摘|采|捡)[了个]?几\s*(张|个|件|本|幅|块|份|次)"
    rf"|{WHILE_DONE.pattern}"  # a short while an act lasts (frame.WHILE_DONE)
)
# what decides a yes/no: a modal, a ban or a denial ("不可结转", "方可享受", "不予支付")
DECIDING = re.compile(
    r"不可|不得|不能|不予|不再|不准|禁止|严禁|可以|可|应当|应|必须|须|方可|清零|免"
)
ALLOWED_AFTER_ALL = re.compile(r"方可|除外|经[^，。]{1,24}(?:批准|同意)|报[^，。]{1,16}批准")
# a share of each one asked ("每个县给多少", "各乡镇几名")
# ("养护补贴县里一年给多少": a county's own share, said as 县里/县上)
PER_UNIT_ASKED = re.compile(
    r"(?:每个?|各个?|一个)(县|乡镇|乡|村|处|人)|(县)(?:里|上)(?!的人)"
    # ("我们县每年…补贴有多少": one's own county is one of each)
    rf"|{OWN}(县|乡镇|乡|村)(?!的人|里的人)"
)
# where the money for something comes from, asked and stated
SOURCE_ASKED = re.compile(
    r"钱从哪|钱哪来|钱是哪|资金来源|资金从哪|经费从哪|经费来源|钱谁出|谁出钱|谁来出钱|费用谁|谁掏钱|钱由谁"
)
SOURCE_STATED = re.compile(
    r"资金来源|来源为|来源于|由[^，。；]{1,16}(?:承担|负担|出资|筹集|列入|纳入|保障|解决)"
    r"|(?:列入|纳入)[^，。；]{0,10}预算"
)
# what came of a plan, asked ("现在已经…了吗", "真的开通了吗", "实际达到了没有", "涨到多少了"),
# and a clause that only aims at it
AIM_ASKED = re.compile(r"目标|指标|任务数?|要达到")
AIMED = re.compile(r"争取|力争|计划|目标|预计|确保|拟|适当提高|逐年递增")
OUTCOME_UNSAID = "公报只写了当时的计划和目标，没有写后来的实际情况。"
# who holds a thing: a private person ("自己家收藏的", "祖传的"), and the clauses that speak of
# what citizens hold
PRIVATE_HOLDER = re.compile(
    r"(?<!给)(?:自己家|自家|我家|家里|家中|私人|祖传|祖上|老百姓|民间|私藏|私家|家传|"
    # "个人收藏的文物可以买卖吗": a person's own collection (the 个人 a museum may not sell to
    # is named after 给/卖给)
    r"(?<![给卖租借赠])个人(?:收藏|手里|手上|家里|私藏|持有)|(?:老百姓|群众|市民|牧民)(?:手里|家里))"
)
# a thing held by the state or a temple ("国有博物馆…租给私人老板": the recipient is private)
INSTITUTION_HOLDER = re.compile(r"国有|博物馆|纪念馆|馆藏|寺藏|寺庙|寺里|寺院")
CITIZEN_HOLDER = re.compile(r"以外的公民|公民、法人|个人收藏|私人收藏")
# a piece that opens with a preposition sets up the sentence it opens ("对…行为，", "按照…要求，")
PREPOSITION_OPENING = re.compile(r"^(?:同时)?(?:按照|依照|依据|根据|对于?|为了|通过|经过)")
# a piece ending on a modal and the phrase before its verb ("…必须根据…的级别，")
MODAL_THEN_PREPOSITION = re.compile(
    r"(?:必须|应当|应|须|要)(?:按照|依照|依据|根据)[^，,。；;]{1,20}[，,]?$"
)
# what a sentence says of its topic, opening the piece after it ("…文物，由县级人民政府…登记")
PREDICATE_OPENING = re.compile(
    r"^(?:由|应当|应|必须|须|需要?|要|不得|禁止|严禁|予以|可以|可|方可|均|一律|统一)"
)
# a sentence that excepts from the one before it ("但因特殊情况需要…", "确因…")
EXCEPTION_OPENING = re.compile(
    # ("经依法批准拓印的，禁止翻印出售…": what holds once the banned act is allowed after all)
    r"^(?:但|但是|因特殊|确因|确需|特殊情况|经[^，。；]{0,12}批准[^，。；]{0,8}的)"
)
# an approval a sentence opens with ("经…批准，", "征得…同意后，")
APPROVED_FIRST = re.compile(r"^(?:经|征得)[^，。；]{1,40}(?:批准|同意)(?:后)?[，,]$")
# a piece that goes on from the one before it ("且…", "并…", "但…")
# (not "同时患高血压和糖尿病的…": 同时 with having is a case of its own)
CONNECTIVE_OPENING = re.compile(r"^(?:且|并且|而且|并|但|但是|而|同时(?![患有得具])|否则|或者)")


def _nth(order: re.Match[str]) -> str:
    """How the text names a stay's order: 第二次, and 第三次(以上) for any later one."""
    said = order.group(1) if order.re is ORDER_SAID else "二"
    return "第二次" if said in ("二", "两", "2") else "第三次"


# whether a thing exists or is set at all ("有起付线吗", "有没有封顶", "设不设上限")
EXISTS_ASKED = re.compile(
    r"有没有|有无|是否有|是否设|设不设|有[^，。？?]{1,8}[吗么嘛]|设[^，。？?]{1,6}[吗么嘛]"
)


def _reduced_deductible(question: str, level: str | None, order: re.Match[str]) -> str | None:
    """A later stay's deductible at the level asked, computed exactly from the rule table (the
    first stay's deductible × the order's share: 200元 × 70% = 140元), when the deductible is
    what is asked."""
    from decimal import Decimal

    from assistant.calculators.base import rules

    if level is None or not re.search(r"起付", question):
        return None
    table = rules()["inpatient"]
    first = table["deductible"]["values"].get(level)
    share = table["admission_factor"]["values"].get("2" if _nth(order) == "第二次" else "3")
    if first is None or share is None:
        return None
    value = (Decimal(first) * Decimal(share)).quantize(Decimal("1"))
    place = level if level == "乡镇卫生院" else f"{level}医院"
    return f"{place}{_nth(order)}住院起付线为{first}元×{int(Decimal(share) * 100)}%={value}元"


def _states_term(term: str, piece: str) -> bool:
    """The term said with its own figure ("起付线标准为累计100元"), not named as a bound of
    something else ("起付线以下…")."""
    at = piece.find(term)
    return at >= 0 and bool(
        re.match(
            rf"[^，。；]{{0,6}}?(?:为|是|按|达到)[^，。；]{{0,4}}?{_N}", piece[at + len(term) :]
        )
    )


TIER_NAMED = re.compile(
    r"(\d+)\s*(?:元|块钱?)?\s*(?:的|那个?)?\s*档|(?:交|缴)(?:了|的)\s*(\d+)(?:元|块钱?)?(?![\d万千wWkK])"
)
# a step of a procedure stated: what is done first, with what, where
STEP_STATED = re.compile(
    r"先[^，。；]{0,6}(?:结算|垫付|自费|办理|申请)|凭[^，。；]{0,10}(?:票据|证明|材料)|持[^，。；]{0,12}(?:证|材料|资料)"
)
STEP_SHARE = 0.6


def _step_subject_named(piece: str, tokens: dict[str, float]) -> bool:
    """Whether the question names whom a step is for ("新生儿住院费用先自费结算": 新生儿), when
    the piece names someone before its act."""
    subject = re.match(r"([\u4e00-\u9fff]{2,5}?)(?:住院|的|在|需|应|要|先)", piece)
    return subject is None or subject.group(1) in tokens


# "按哪个档报": which tier is asked, so the piece naming the tier ("按最高档次250元缴费")
TIER_ASKED = re.compile(r"(?:哪|什么|几)(?:个|一)?档")


TIMING_PIECES = 3  # the dated pieces of one clause said together, at most
# the time rules asked in general ("有啥时间规定", "时间上有什么要求")
TIMING_ASKED = re.compile(r"时间(?:上)?(?:的)?(?:规定|要求|限制)|期限")
# a piece stating dates or a window ("10月1日至12月31日", "入院5日内", "六个月内")
CALENDAR_STATED = re.compile(
    r"\d{1,2}月\d{1,2}日|[\d一二三四五六七八九十两]+\s*(?:个月|个工作日|日|天|年)(?:内|以内|之内)"
)


def _calendar_first(
    question: str, fact: FactType, scored: list[ScoredClause]
) -> list[ScoredClause]:
    """ "交医保有啥时间规定": the time rules asked in general are the clause of the same article
    that states the dates or the window (每年的10月1日至12月31日为…缴费期), not its sibling
    that only says 规定时间 back."""
    if (
        fact not in (FactType.DATE, FactType.YES_NO)
        or not scored
        or not TIMING_ASKED.search(asking_part(question))
    ):
        return scored
    top = scored[0]
    if CALENDAR_STATED.search(top.clause.text):
        return scored
    # (another article too, close to the best: "在外地住院备案有时间要求吗" is 第三十三条's
    # 入院5日内, not the rate of care elsewhere)
    dated = next(
        (
            r
            for r in scored[:8]
            if CALENDAR_STATED.search(r.clause.text)
            and (r.unit.id == top.unit.id or r.score >= top.score - VALUE_MARGIN)
        ),
        None,
    )
    if dated is None:
        return scored
    return [replace(dated, score=top.score), *(r for r in scored if r is not dated)]


def _direct(
    fact: FactType,
    question: str,
    clause: Clause,
    idf,
    context: str,
    frame_level: str | None = None,
    title: str = "",
) -> str:
    """The segment of the clause that states the asked value for the question's subject; the
    whole sentence when the question does not say which of its values it means. `frame_level`:
    the hospital level of the case asked, when the turn carries it from the last one; `title`:
    its document's title, whose words (野外文物看管人员) every piece is about and so tell none
    apart ("看管员出了重大事故咋处理" → the piece of 重大看管事故)."""
    tokens = weights(question, context)
    # "交的60档报几成": the tier's figure names the case, not a value ("…三级…报销60%")
    tiers = {m.group(1) or m.group(2) for m in TIER_NAMED.finditer(question)}
    tokens = {t: w for t, w in tokens.items() if t not in tiers} or tokens
    telling_pieces = {t: w for t, w in tokens.items() if t not in title}
    if title and telling_pieces:
        tokens = telling_pieces
    pieces = _way_moved(question, context, clause.text) or _segments(clause.text)
    waived = next(
        (
            p
            for p in pieces
            for w in _telling(question)
            if re.search(rf"(不设|不再设|不收取?|免收|取消){re.escape(w)}", p)
        ),
        None,
    )
    if fact in VALUE and waived is not None:
        # "门诊特殊病起付线多少": the text says there is none ("不设起付线")
        return display(waived.rstrip("，；。：,; "))
    counting = next((k for k, p in enumerate(pieces) if COUNTED_IN_STATED.search(p)), None)
    if COUNTED_IN_ASKED.search(question) and counting is not None:
        # "门特的钱算在限额里吗": the piece that says what is counted with what, to the end of
        # its sentence ("与住院费用合并累计计算，不得超过年度最高支付限额")
        said = ""
        for piece in pieces[counting:]:
            said += piece
            if re.search(r"[。；;]$", piece):
                break
        verdict = "不算在内，" if "单独" in pieces[counting] else "算在内："
        return verdict + display(said.rstrip("，；。：,; "))
    restricted = _restricting_stretch(question, pieces) if fact is FactType.YES_NO else None
    if restricted is not None:  # "养护补助资金能挪去买办公用车吗": 仅限用于养护工程
        return display(restricted)
    settled = next((k for k, p in enumerate(pieces) if SETTLED_DIRECTLY.search(p)), None)
    if PAY_FIRST_ASKED.search(asking_part(question)) and settled is not None:
        # "在县医院住院要自己先垫钱吗": the fund's share is settled by card at the hospital, to
        # the end of that sentence (…自付部分由个人支付)
        said = ""
        for piece in pieces[settled:]:
            said += piece
            if re.search(r"[。；;]$", piece):
                break
        return "不用全部先垫付：" + display(said.rstrip("，；。：,; "))
    holder = _holder_piece(question, pieces)
    if holder is not None:  # "办公室主任是谁": the piece that says who holds it
        return display(holder.rstrip("，；。：,; "))
    if (
        fact is FactType.AMOUNT
        and SHARE_ASKED.search(asking_part(question))
        and not any(_has_value(fact, p) for p in pieces)
    ):
        fact = FactType.RATIO  # "雇多少当地农民": the share stated ("不少于60%") is the value
    sourced = SOURCE_ASKED.search(question) and any(SOURCE_STATED.search(p) for p in pieces)
    valued = [
        (score_passage(p, tokens, idf, question), n, p)
        for n, p in enumerate(_with_their_cases(pieces))
        # "钱从哪来": the piece that says where the money comes from (资金来源为中央福彩)
        if (SOURCE_STATED.search(p) if sourced else _has_value(fact, p))
        # ("多少岁以后就不用交": the age is the value asked)
        or (AGE_THRESHOLD_ASKED.search(question) and AGE_STATED.search(p))
    ]
    if fact in (FactType.AMOUNT, FactType.RATIO):
        # "两病门诊报销比例是多少": the rates by level, not the share said in brackets beside
        # them ("（乙类药品个人先行自付10%）")
        # (unless the aside is what is asked: "乙类药品自付多少")
        valued = [
            v
            for v in valued
            if _has_value(fact, ASIDE.sub("", v[2]))
            or any(t in a for a in ASIDE.findall(v[2]) for t in _telling(question))
            or (AGE_THRESHOLD_ASKED.search(question) and AGE_STATED.search(v[2]))
        ] or valued
    acted = (
        "解释"
        if INTERPRET_ASKED.search(question)
        else ("执行" if EFFECTIVE_ASKED.search(question) else _ending_word(question))
    )
    if fact is FactType.BODY and not acted:
        acted = _body_act(question)
    acted = _paid_out(acted, question)
    if acted and len(valued) > 1 and any(_does(acted, v[2]) for v in valued):
        # "由谁来解释": the piece that says the act the question asks about
        valued = [v for v in valued if _does(acted, v[2])]
    if (
        fact is FactType.BODY
        and (PAID_THING.search(question) or PAYER_CHECKED.search(question))
        and any(FUNDED.search(v[2]) for v in valued)
    ):
        # "看管员工资是县财政发吗": the piece that says where the money comes from (经费由地区
        # 财政纳入年初预算), not another that names a body or a level (地方财政收入情况, 县级)
        valued = [v for v in valued if FUNDED.search(v[2])]
    if LIMIT_ASKED.search(question) and any(LIMIT_STATED.search(v[2]) for v in valued):
        # "钱上封顶是多少万": the piece that states the limit, not the floor areas beside it
        valued = [v for v in valued if LIMIT_STATED.search(v[2])]

    if (
        fact is FactType.DATE
        and TIMING_ASKED.search(question)
        and any(CALENDAR_STATED.search(v[2]) for v in valued)
    ):
        # "交医保有啥时间规定": the pieces that state the dates or the window (10月1日至12月31
        # 日, 六个月内), not one that only says 规定时间 back; each of them, in the text's order
        dated = [p for p in pieces if CALENDAR_STATED.search(p)]
        if len(dated) <= TIMING_PIECES:
            return "；".join(display(p.rstrip("，；。：,; ")) for p in dated)
        valued = [v for v in valued if CALENDAR_STATED.search(v[2])]
    if BOUND_ASKED.search(question) and any(BOUND_STATED.search(v[2]) for v in valued):
        # "借出去的时间有限制吗": the piece that states the bound (最长不超过两年)
        valued = [v for v in valued if BOUND_STATED.search(v[2])]
    if (
        fact is not FactType.BODY
        and (MONEY_ASKED.search(question) or PER_PERIOD.search(question))
        and not AGE_THRESHOLD_ASKED.search(question)  # ("多少岁以后就不用交": an age, no sum)
    ):
        # "一个月给多少": the sums, not a count beside them ("每处安排2名"); "工资谁发" asks
        # who pays, not the sum
        valued = [v for v in valued if MONEY_VALUE.search(v[2])] or valued
    if (PEOPLE_ASKED.search(asking_part(question)) or PEOPLE_CHECKED.search(question)) and any(
        PEOPLE_STATED.search(v[2]) for v in valued
    ):
        # "自治区级的遗址要几个看管员": the piece counting people (每处安排2名), not the
        # level's wage beside it, which the level named would pick
        valued = [v for v in valued if PEOPLE_STATED.search(v[2])]
    admin = ADMIN_LEVEL.search(question)
    level = (
        frame_level
        or _asked_level(question)
        or next((m.group(0) for m in SITE_LEVEL.finditer(question)), None)
        # "村一级的覆盖率": the piece of that tier of administration ("村级物流网络节点…")
        or (f"{admin.group(1)}级" if admin else None)
    )
    if level is None:
        from assistant.fields import match_choice

        level = match_choice("site_level", question)  # "国保", "国家级": the schema's names
    if level == "全国重点" and not any(level in v[2] for v in valued):
        level = "及以上"  # "全国重点…每月工资多少": 自治区级及以上 covers it
    if level in ("乡镇卫生院", "一级") and not any(level in v[2] for v in valued):
        level = "一级以下"  # "在乡卫生院开降压药": 一级以下定点医疗机构 covers it (第二十五条)
    # ("60和250档住院分别报多少": every piece of each tier's sentence, not the one whose 60% a
    # tier's 60 finds)
    several = bool(SEVERAL_LEVELS.search(question) or EVERY_VALUE.search(question))
    if several:
        level = None  # "一二三级…分别多少": every level's piece
    if level and len(valued) > 1 and any(level in v[2] for v in valued):
        # "三级医院起付线多少": the piece for that level ("三级定点医疗机构…400元")
        valued = [v for v in valued if level in v[2]]
    if fact is FactType.YES_NO and EXISTS_ASKED.search(asking_part(question)):
        # "普通门诊有起付线吗": the piece stating the term with its figure ("报销起付线标准为累计
        # 100元"), not one that only refers to it ("起付线以下…由个人负担")
        stating = [v for v in valued if any(_states_term(t, v[2]) for t in _telling(question))]
        valued = stating or valued
    if FREQUENCY_ASKED.search(question) and any(FREQUENCY_STATED.search(v[2]) for v in valued):
        # "这些养护员多长时间考一次": the piece stating how often ("原则上每年开展一次考核"),
        # not the one beside it naming who does it
        valued = [v for v in valued if FREQUENCY_STATED.search(v[2])]
    if AGE_THRESHOLD_ASKED.search(question) and any(AGE_STATED.search(v[2]) for v in valued):
        # "我爸多少岁以后就不用交医保了": the piece stating the age (男年满65周岁…不再缴费),
        # not the one beside it on who pays for them
        valued = [v for v in valued if AGE_STATED.search(v[2])]
    if SEX_ASKED.search(question) and any(SEX_STATED.search(v[2]) for v in valued):
        # "看管员能是女的吗": the piece that speaks of a sex ("以男性为首选")
        valued = [v for v in valued if SEX_STATED.search(v[2])]
    named_places = [
        p.said.removesuffix("县") for p in places_in(question) if p.said not in HOME_REGION
    ]
    own_county = _county_stretch(fact, named_places, pieces)
    if own_county is not None:
        # "普兰县什么时候通客车": the stretch of the county named ("日土县…力争于7月15日前"), or
        # of the counties the text does not name one by one ("其他县…争取9月份之前")
        return display(own_county.rstrip("，；。：,; "))
    if len(valued) > 1 and any(n and n in v[2] for n in named_places for v in valued):
        # "日土县农村客运班车啥时候开通": the piece of the county named ("日土县…力争7月15日前"),
        # not the one for the others ("其他县…9月份之前")
        valued = [v for v in valued if any(n and n in v[2] for n in named_places)]
    per = PER_UNIT_ASKED.search(question)
    if per and len(valued) > 1:
        # "每个县一年给多少": the piece of each one's share ("各县按每县100万元/年"), not the
        # prefecture's sum beside it
        unit = next(g for g in per.groups() if g)
        each = [v for v in valued if re.search(rf"[每各]个?{unit}", v[2])]
        valued = each or valued
    paired = [v for v in valued if COMBINED_PAIR.search(v[2])]
    if (
        paired
        and not _both_held(question, context)
        and not any(_both_named(question, v[2]) for v in paired)
        and all(w[:2] in question for w in COMBINED_PAIR.search(paired[0][2]).groups())
    ):
        # "我只有高血压没有糖尿病", "我妈高血压，我爸糖尿病": both named, not both held by one
        # person: each one's own figure, not the combined one
        valued = [v for v in valued if v not in paired] or valued
    if (_both_held(question, context) or any(_both_named(question, v[2]) for v in valued)) and any(
        COMBINED_STATED.search(v[2]) for v in valued
    ):
        # "两样都有的话一年最多报多少": the piece for both at once ("同时患高血压和糖尿病的合并
        # 支付限额…2000元"), not the first one's own
        # (a piece read with the case before it keeps only its own words: "…1200元，" is the
        # first one's figure)
        valued = [
            (v[0], v[1], _from_combined(v[2])) for v in valued if COMBINED_STATED.search(v[2])
        ]
    stepping = [
        v
        for v in valued
        if STEP_STATED.search(v[2])
        and v[0] >= STEP_SHARE * max(u[0] for u in valued) > 0
        # ("新生儿住院费用先自费结算": the newborn's steps, when the newborn is asked of)
        and _step_subject_named(v[2], tokens)
    ]
    sentence_of = [
        sum(bool(re.search(r"[。；;]$", p)) for p in pieces[:k]) for k in range(len(pieces))
    ]
    top_at = max(valued, key=lambda v: v[0])[1] if valued else -1
    if (
        fact is FactType.PROCEDURE
        and stepping
        # (a top piece in the same sentence as the steps is read with them already)
        and all(sentence_of[v[1]] != sentence_of[top_at] for v in stepping)
    ):
        # "保温箱的钱怎么报": the piece that says the steps (先自费结算，待…再凭…报销), not
        # the one that says how much is paid (of the pieces near the question)
        valued = stepping
    if TIER_ASKED.search(question) and any("档" in v[2] for v in valued):
        valued = [v for v in valued if "档" in v[2]]
    part = _part_named(question)
    if part and len(valued) > 1 and any(part in v[2] for v in valued):
        # "新增医务人员里专招解决多少人": the piece of the part ("通过专招渠道解决60人")
        valued = [v for v in valued if part in v[2]]
    if len(valued) > 1:
        top = max(v[0] for v in valued)
        leaders = valued if several else [v for v in valued if v[0] >= 0.9 * top]
        best = leaders[0][2] if len(leaders) == 1 and top > 0 else clause.text
        at = leaders[0][1] if best != clause.text else -1
        if best == clause.text and _parallel_sums(fact, leaders, len(pieces)):
            # "看管员一个月工资多少": each case's own sum ("县级…1200元，自治区级…1400元"), not
            # the sentence around them
            best = "，".join(
                v[2].rstrip("，；。：,; ") for v in sorted(leaders, key=lambda v: v[1])
            )
    elif valued:
        best, at = valued[0][2], valued[0][1]
    else:
        best, at = clause.text, -1
    if fact is FactType.YES_NO and at >= 0 and not DECIDING.search(best):
        # "普通门诊的钱今年没用完 明年还能用吗": the piece that decides ("不可结转和继承"), not
        # the one that only names the thing ("…统筹资金归参保人所有"), read with its subject
        top = max(v[0] for v in valued)
        deciding = [v for v in valued if DECIDING.search(v[2]) and v[0] >= 0.3 * top > 0]
        following = pieces[at + 1] if at + 1 < len(pieces) else ""
        if (
            following
            and not re.search(r"[。；;]$", pieces[at])
            and DECIDING.search(following)
            and pieces[at] in best
        ):
            # "文物保护单位和…文物点，" + "任何单位和个人不得…变卖": the subject, then what
            # its own sentence decides of it
            best, at = best + following, at + 1
        elif deciding:
            _, at, best = max(deciding, key=lambda v: v[0])
            if at > 0 and DECIDING.match(best) and not re.search(r"[。；;]$", pieces[at - 1]):
                best = pieces[at - 1] + best
    # a condition ("…未如实填写巡逻日志的，", "一旦发现…现象，") is no answer without what follows
    if 0 <= at < len(pieces) - 1 and (
        # ("需由个人先行垫付全部医疗费用后，": a step after which comes what is done)
        # ("在建设工程、农牧业生产或者房屋拆迁活动中，", "培训期间，": where, not what)
        re.search(r"(?:的|时|后|前|活动中|过程中|工作中|期间)[，,]$|[：:]$", best)
        or CONDITION.match(best)
        # ("除急诊和急救外，": an exception, then the rule it is taken out of)
        or CONDITION_PIECE.match(best)
        # "2020年，力争实现…": a time alone opens its sentence; the event is what follows
        or re.fullmatch(r"[\d年月日底初前后至到—\-－]+[，,]", best)
        # "城乡居民孕产妇分娩和新生儿抢救治疗，其…给予全额报销": a subject whose predicate
        # the next piece opens with 其
        or pieces[at + 1].startswith("其")
        # "…要立即解聘，并扣除当年野外文物看管补助": a piece the next goes on from (并, 且…)
        or CONNECTIVE_OPENING.match(pieces[at + 1])
        # "新生儿住院费用先自费结算，": a first step, then what is done after it ("再…报销")
        or (re.search(r"先|首先", best) and re.match(r"[待再然后之]", pieces[at + 1]))
        # "对…推诿、搪塞、拖延等行为，", "同时按照…要求，": a phrase that only sets up its sentence
        or (PREPOSITION_OPENING.match(best) and re.search(r"[，,]$", best))
        # "其设计方案必须根据文物保护单位的级别，": a modal, then only the phrase that sets up its
        # verb (经…同意后，报…批准 follows)
        or MODAL_THEN_PREPOSITION.search(best)
        # "尚未核定公布为…的不可移动文物，" + "由县级人民政府…登记": a topic, then what the
        # sentence says of it
        or (PREDICATE_OPENING.match(pieces[at + 1]) and not PREDICATE_OPENING.search(best))
    ):
        # what follows, to the end of its sentence ("应当立即保护现场，并向…报告，不得哄抢…")
        for piece in pieces[at + 1 :]:
            best += piece
            if re.search(r"[。；;]$", piece):
                break
    if at > 0 and APPROVED_FIRST.match(pieces[at - 1]) and pieces[at - 1] not in best:
        # "经地区…报自治区…批准，" + "…之间可以交换、借用": what allows it is said first
        best = pieces[at - 1] + best
    if at > 0 and CONNECTIVE_OPENING.match(best) and pieces[at - 1] not in best:
        # "且在补缴的次月起方可享受待遇", "且必须保证每年至少一次…": a piece that goes on from the
        # one before it reads with it
        best = pieces[at - 1] + best
    if fact is FactType.YES_NO and 0 <= at < len(pieces) - 1 and BANNED.search(best):
        # "培训到一半家里有事能走吗": "不得退训" and the way it is allowed after all ("因特殊原因
        # 必须退训的，…经办公室批准后，方可退训")
        allowed = next(
            (k for k in range(at + 1, len(pieces)) if ALLOWED_AFTER_ALL.search(pieces[k])), None
        )
        if allowed is not None and allowed - at <= 4:
            end = next(
                (k for k in range(allowed, len(pieces)) if re.search(r"[。；;]$", pieces[k])),
                len(pieces) - 1,
            )
            best = "".join(pieces[at : end + 1])
    # "回所属参保地医保部门申请结算支付" is the last step of a chain: the steps from the first
    # one done before it ("需由个人先行垫付…后，持…资料，回…")
    opened = at
    while opened > 0 and not re.search(r"[。；;]$", pieces[opened - 1]):
        opened -= 1
    first = next(
        (
            k
            for k in range(opened, at)
            if re.search(r"(?:后|之后)[，,]$", pieces[k]) or CONDITION_PIECE.match(pieces[k])
        ),
        None,
    )
    if first is not None and pieces[first] not in best:
        best = "".join(pieces[first:at]) + best
    if 0 <= at < len(pieces) - 1 and "、" in best and not re.search(r"[。；;]$", best):
        # "选择缴纳60元、120元、250元档次，产生的…分别按60%、70%、90%比例给予报销": values a
        # later piece of the sentence takes one by one (分别) are cases, not the answer; the
        # pieces through that one are
        ahead = pieces[at + 1 : at + 3]
        paired = next((k for k, p in enumerate(ahead) if "分别" in p), None)
        if paired is not None:
            best += "".join(ahead[: paired + 1])
    if at > 0 and "分别" in best and "、" in pieces[at - 1] and pieces[at - 1] not in best:
        # "…分别按60%、70%、90%比例给予报销": the cases it takes one by one are the piece before
        best = pieces[at - 1] + best
    best = _county_share(question, _asked_county_piece(question, pieces, best))
    best = _pair_pieces(question, fact, pieces, _each_item_piece(question, pieces, best))
    best = _asked_site_level_piece(question, pieces, best)
    best = _asked_level_piece(question, pieces, best)
    best = _asked_act_piece(question, pieces, best)
    best = _year_of_series(question, fact, best)
    best = _listed_item_named(question, fact, best.rstrip("，；。：,; "))
    if best.count("（") > best.count("）"):
        # "184人（高级10人，中级89人…）": a piece cut inside a bracket ends before the bracket
        best = best[: best.rfind("（")]
    subject = clause.heading or ""
    if subject and subject[:2] not in best:
        best = f"{subject}：{best}"
    return display(best)


# "从居民医保转到职工医保": a move from one thing to another, whose way matters
MOVED = re.compile(
    r"([\u4e00-\u9fff]{2,6}?)(?:医保|医疗保险)?(?:转到|转入|转为|转成|转去|换到|换成|改成|改为|改到|转(?=城|职|居))"
    r"([\u4e00-\u9fff]{2,6})"
)


# a move into the employees' scheme told ("转了职工医保", "入职以后"), and out of it
INTO_EMPLOYEES = re.compile(r"(?:转|换|改)(?:了|成了|到了|到|成|入)(?:城镇)?职工|入职|参加工作")
# the schemes a move is between, as a move names them
MOVE_ENDS = ("居民", "职工", "城乡", "城镇")
OUT_OF_EMPLOYEES = re.compile(r"(?:从|由)(?:城镇)?职工[^，。？?]{0,8}(?:转|换|改)")


def _way_moved(question: str, context: str, text: str) -> list[str]:
    """The pieces of the one sentence of a clause stating both ways of a move (第十三条: 由城乡
    居民…转入城镇职工…。由城镇职工…转入城乡居民…。) that goes the way asked or told; [] else."""
    ends = _move_ends(question, context)
    if ends is None:
        return []
    start, end = ends
    sentences = [s for s in re.split(r"(?<=。)", text) if start in s and end in s]
    if len(sentences) < 2:
        return []
    way = [s for s in sentences if s.find(start) < s.find(end)]
    return _segments(way[0]) if len(way) == 1 else []


def _move_ends(question: str, context: str = "") -> tuple[str, str] | None:
    """The two ends of a move asked or told (居民 → 职工), by the question, else by the move the
    conversation told (`context`); None when neither tells one."""
    for said in (question, context):
        moved = MOVED.search(asking_part(said)) if said else None
        if moved is not None:
            start = re.sub(r"^(从|由|要是|如果)", "", moved.group(1))[-2:]
            # (a move of schemes names both: "我8月份换到职工医保" names its month, not the
            # scheme left, which INTO_EMPLOYEES reads)
            end = moved.group(2)[:2]
            if start in MOVE_ENDS or end not in MOVE_ENDS:
                return start, end
        if said and OUT_OF_EMPLOYEES.search(said):
            return "职工", "居民"  # "我从职工医保转过来的": the employees' scheme left
        if said and INTO_EMPLOYEES.search(said):
            return "居民", "职工"  # "年中去单位上班转了职工医保": into the employees' scheme
    return None


def _in_the_order_asked(
    question: str, scored: list[ScoredClause], context: str = ""
) -> list[ScoredClause]:
    """Of the clauses that name both ends of a move asked ("由城乡居民…转入城镇职工…" and the
    way back), the one naming them in the order the question does comes first of them; the
    move told earlier in the conversation when the turn names none ("上半年住院的钱谁出" after
    "我今年6月转了职工医保": `context`)."""
    ends = _move_ends(question, context)
    if ends is None:
        return scored
    start, end = ends
    both = [r for r in scored[:8] if start in r.clause.text and end in r.clause.text]
    ways = {r.clause.text.find(start) < r.clause.text.find(end) for r in both}
    if len(ways) < 2:
        return scored  # only one way is spoken of
    right = next(r for r in both if r.clause.text.find(start) < r.clause.text.find(end))
    at = scored.index(both[0])
    rest = [r for r in scored if r is not right]
    return [*rest[:at], replace(right, score=both[0].score), *rest[at:]]


CLASSIFIERS = "个种类项条家所位名"
# "分成哪两类", "包括哪几块": the verb that asks for members, not a thing asked about
LIST_VERB = re.compile(r"^(分成|分为|包括|包含|组成|构成|分)$")


@lru_cache(maxsize=256)
def _governing_verbs(question: str) -> frozenset[str]:
    """The verbs said right before the question word ("要坚持哪几条原则", "采取什么措施"): how the
    list is held, not what it is of, so a heading need not repeat them."""
    import jieba.posseg

    # (an aspect particle between does not part them: "提出了哪些措施")
    words = [
        w
        for w in jieba.posseg.cut(asking_part(question))
        if w.word.strip() and w.word not in ("了", "过", "着")
    ]
    return frozenset(
        w.word
        for w, after in zip(words, words[1:], strict=False)
        if w.flag == "v" and re.match(r"哪|什么|啥|几", after.word)
    )


def _list_verb(word: str, question: str) -> bool:
    return bool(LIST_VERB.match(word)) or word in _governing_verbs(question)


def _counted_members(
    question: str, telling: tuple[str, ...], scored: list[ScoredClause]
) -> tuple[str, ScoredClause] | None:
    """The asked thing (a telling word written beside the question word: "档次有哪几个", "哪几种
    文字") and the clause stating how many of it there are, its members written before the
    count ("60 元、120 元、250 元三个档次")."""
    asks = re.search(r"哪([几两三四五六七八九十]+)|哪些|几", question)
    if asks is None:
        return None
    beside = [
        w
        for w in telling
        if 0 <= asks.start() - (question.find(w) + len(w)) <= 2
        or 0 <= question.find(w) - asks.end() <= 1
    ]
    # "是哪四个县": the thing counted right after the count, a word of one character too
    counted = re.match(
        r"\s*[个种类项条家所]?([\u4e00-\u9fff]{1,3}?)(?=[的是呢吗？?，,\s]|$)",
        question[asks.end() :],
    )
    if counted and counted.group(1) not in beside and counted.group(1) not in CLASSIFIERS:
        beside.append(counted.group(1))
    # the count the question states ("哪四个") is the count the clause states ("四县")
    number = (
        asks.group(1) if asks.group(1) and asks.group(1) != "几" else r"[\d一二三四五六七八九十两]+"
    )
    for word in sorted(beside, key=len, reverse=True):
        stated = re.compile(rf"{number}\s*[个种类项]?\s*{re.escape(word)}")
        found = next((r for r in scored if _members_before(stated, r.clause.text)), None)
        if found is not None:
            return word, found
    return None


def _members_before(stated: re.Pattern[str], text: str) -> bool:
    """Whether members stand right before the count, in its piece of sentence ("60 元、120 元、250 元三个
    档次"), not elsewhere in the clause ("地县两级" in a title beside another list)."""
    for m in stated.finditer(text):
        piece = re.split(r"[。；：:，,]", text[: m.start()])[-1]
        if piece.count("、") + bool(LAST_JOINED.search(piece)) >= 2:
            return True
    return False


def _listed(listing: Listing, corpus: Corpus, score: float) -> Composed:
    """Every member of a list, each with its label, cited where it stands: the whole unit for a
    list inside one article, each section for sections under one heading."""
    members = listing.members[:MAX_ITEMS]
    more = (
        f"\n……（其余{len(listing.members) - MAX_ITEMS}项见原文）"
        if len(listing.members) > MAX_ITEMS
        else ""
    )
    count = str(len(listing.members))
    if listing.whole is not None:  # numbered items of one article: the article quoted whole
        unit = listing.whole
        lead = f"（{display(listing.lead)}）" if listing.lead else ""
        lines = "\n".join(f"{m.label}{display(m.text)}" for m in members)
        answer = f"{listing.head}共列出{count}项{lead}：[1]\n{lines}{more}"
        cite = of_clauses(corpus, unit, [], score)
        cite = replace(cite, text=unit.text)
        return Composed("answered", answer, [cite], [unit.text], [count])
    units = list(dict.fromkeys(m.unit for m in members))
    if len(units) == 1:  # sentences opening alike: those sentences quoted
        quoted = [c for m in members for c in m.quoted]
        cite = of_clauses(corpus, units[0], quoted, score)
        lines = "\n".join(f"· {display(m.text)}" for m in members)
        answer = f"{listing.head}列出以下{count}项：[1]\n{lines}{more}"
        return Composed("answered", answer, [cite], [cite.text], [count])
    cites = [of_clauses(corpus, m.unit, list(m.quoted), score) for m in members]
    lines = "\n".join(f"{m.label}{display(m.text)}[{n}]" for n, m in enumerate(members, start=1))
    answer = f"{listing.head}下共{count}项：\n{lines}{more}"
    return Composed("answered", answer, cites, [c.text for c in cites], [count])


CASES_LEAD = re.compile(r"下列[^，。；：:]{0,8}之一的[，,](.+)")


def _also_elsewhere(
    listed: Composed, question: str, lead: str, hit, hits: list, corpus: Corpus, idf
) -> Composed:
    """ "看管员什么情况下会被解聘": the list whose lead-in does it (第十七条), and a sentence of
    another article of the same document that does it too (第十一条 重大看管事故…立即解聘)."""
    from index.lexical import covered_by

    # (only a list of the cases a consequence follows, "有下列行为之一的，…解聘…": the act is
    # what follows; a list of parts, "基金收入包括：", has none)
    follows = CASES_LEAD.search(lead)
    acts = [t for t in _telling(question) if follows and covered_by(t, question, follows.group(1))]
    if not acts:
        return listed
    act = max(acts, key=idf)
    # (said as the lead-in says it: 不予支付 is not 已支付 of another article)
    # (said as the lead-in says it: 不予支付 is not another article's 已支付)
    denied = re.search(r"不予|不得|禁止", follows.group(1))
    for other in hits[:5]:
        if other.unit.id == hit.unit.id or other.unit.doc_id != hit.unit.doc_id:
            continue
        said = next(
            (
                p
                for p in re.split(r"(?<=[。；])", other.unit.text)
                if covered_by(act, question, p) and (not denied or denied.group(0) in p)
            ),
            None,
        )
        if said is None:
            continue
        cite = of_clauses(
            corpus,
            other.unit,
            [c for c in clauses(other.unit) if said.strip() in c.text or c.text in said],
            other.score,
        )
        answer = f"{listed.answer}\n另外，{cite.label}还规定：“{display(said.strip().rstrip('；。'))}。”[{len(listed.citations) + 1}]"
        return replace(
            listed,
            answer=answer,
            citations=[*listed.citations, cite],
            quoted=[*listed.quoted, cite.text],
        )
    return listed


def _lead_with_items(found: ScoredClause, listing: Listing, corpus: Corpus) -> Composed:
    """A lead-in chosen for a question that is no list ("看管员干得好有奖励吗"): alone it names
    the subject and cuts the rule off; its whole sentence answers, with every item it leads."""
    members = listing.members[:MAX_ITEMS]
    cite = replace(of_clauses(corpus, found.unit, [], found.score), text=found.unit.text)
    lines = [f"{display(found.clause.text.rstrip('：: '))}（{cite.label}）：[1]"]
    lines += [f"{m.label}{display(m.text)}" for m in members]
    if len(listing.members) > MAX_ITEMS:
        lines.append(f"……（其余{len(listing.members) - MAX_ITEMS}项见原文）")
    return Composed("answered", "\n".join(lines), [cite], [found.unit.text])


def _headed_list(
    question: str, hits: list, corpus: Corpus, telling: tuple[str, ...]
) -> ScoredClause | None:
    """ "培训方式有哪些", "那内容呢": a list the text names by a head noun ("培训内容包括：…")
    that the question says, in the articles found or their documents; every word the question
    names beyond its document's title must be spoken of by that article."""
    from index.lexical import covered_by, tokenize

    asked = [
        t
        for t in tokenize(asking_part(question))
        if len(t) >= 2 and not QUESTION_WORD.search(t) and not function_word(t)
    ]
    if not asked or not hits:
        return None
    docs = list(dict.fromkeys(h.unit.doc_id for h in hits[:2]))
    scores = {h.unit.id: h.score for h in hits}
    units = [h.unit for h in hits[:3]] + [u for d in docs for u in corpus.document_by_id(d).units]
    for unit in dict.fromkeys(units):
        doc = corpus.document_by_id(unit.doc_id)
        title = f"{doc.title}{doc.parent_title or ''}"
        spoken = f"{_title(unit)}{''.join(unit.headings)}{unit.text}"
        if not all(
            covered_by(t, question, spoken)
            or covered_by(t, question, title)
            or _list_verb(t, question)
            for t in telling
        ):
            continue
        for clause in clauses(unit):
            head = list_head(clause.text)
            if head and any(head.endswith(t) for t in asked):
                return ScoredClause(clause, unit, scores.get(unit.id, hits[0].score), 0)
    return None


# an item of a list opening with the name of its category ("服务类：挂号费、…")
CATEGORY = re.compile(r"^([\u4e00-\u9fff]{2,12}?)(?:等)?[：:]")


def _named_category(question: str, hits: list) -> ScoredClause | None:
    """The item of a list whose category the question names ("服务类", "那治疗项目类呢"): an
    item opening with its category's name, among the first hits' lists."""
    found: list[tuple[int, ScoredClause]] = []
    for hit in hits[:3]:
        for clause in clauses(hit.unit):
            m = CATEGORY.match(clause.text)
            if not clause.is_item or not m:
                continue
            # ("生活服务和服务设施": either of its joined names)
            names = [m.group(1), *re.split(r"和|及|与", m.group(1))]
            said = [len(n) for n in names if len(n) >= 3 and n in question]
            if said:
                found.append((max(said), ScoredClause(clause, hit.unit, hit.score, 0)))
    return max(found, key=lambda f: f[0])[1] if found else None


# a figure asked as it turned out ("实际就业率", "到底完成了多少"), and a figure stated as an aim
ACTUAL_ASKED = re.compile(r"实际|真实|已经达到|达到了多少|完成了多少|做到了多少|最后.{0,4}多少")
TARGET_STATED = re.compile(r"力争|争取|目标|预计|预测|计划|左右")


def _year_not_listed(question: str, text: str) -> str | None:
    """ "2021年援藏岗位有多少个": a year asked of a figure the text gives year by year for other
    years only (2017、2018、2019三年分别…), none of its ranges (2020—2025年) holding it: what
    the text lacks, said with the years it gives; None otherwise."""
    asked = re.findall(r"(?<![\d—\-－~至到])(20\d\d)\s*年(?![\d—\-－~至到])", question)
    if len(asked) != 1:
        return None
    year = int(asked[0])
    spans = [
        (int(a), int(b))
        for a, b in re.findall(r"(20\d\d)\s*(?:年)?\s*(?:—|－|-|~|至|到)\s*(20\d\d)", text)
    ]
    listed = sorted({int(y) for y in re.findall(r"20\d\d", text)})
    if len(listed) < SERIES_YEARS or year in listed or any(a <= year <= b for a, b in spans):
        return None
    shown = "、".join(str(y) for y in listed)
    return f"文件只给了{shown}年的数字，没有{year}年的。"


SERIES_YEARS = 2  # the years a text must list one by one to be a series of them


def _year_of_series(question: str, fact: FactType, best: str) -> str:
    """ "2023年会有多少高校毕业生": the year's own figure of a series listed year by year
    ("其中2020年591人、…2023年630人左右、…"), not the whole sentence around it."""
    year = re.search(r"(?<![\d—\-－])(20\d\d)\s*年(?![\d—\-－])", question)
    if (
        fact is not FactType.AMOUNT
        or year is None
        or len(re.findall(r"20\d\d", question)) > 1  # ("2020到2025年一共", "2021年和2022年各")
        or re.search(r"一共|总共|合计|累计|加起来|各", question)
    ):
        return best
    items = re.split(r"[、，,；;]", best)
    own = [i for i in items if re.match(rf"(?:其中)?{year.group(1)}\s*年\s*\d", i)]
    if len(own) != 1 or sum(bool(re.search(r"20\d\d\s*年\s*\d", i)) for i in items) < 2:
        return best
    return own[0].removeprefix("其中")


def _for_everyone(question: str, best: ScoredClause, fact: FactType) -> ScoredClause:
    """ "第一次参保要带啥材料": the sentence for everyone (户口簿、身份证), not the one for an
    audience the question does not name (特殊困难人群's 低保证件). A sentence for an audience
    opens with it ("建档立卡贫困人口…申请登记时"); one the question names anywhere in the
    sentence keeps it."""
    opens = AUDIENCE.search(best.clause.text[:AUDIENCE_OPENING])
    audience = set(AUDIENCE.findall(best.clause.text))
    if not opens or audience & set(AUDIENCE.findall(question)):
        return best
    plain = next(
        (
            c
            for c in clauses(best.unit)
            if c.label == best.clause.label
            and c != best.clause
            and not AUDIENCE.search(c.text)
            and (fact not in VALUE or _has_value(fact, c.text))
        ),
        None,
    )
    return replace(best, clause=plain) if plain is not None else best


def _one_sentence_list(found: ScoredClause, corpus: Corpus, question: str = "") -> Composed:
    if WHICH_PAPERS.search(asking_part(question)):
        # (a list of papers is the one for everyone too: "办医保需要带哪些证件")
        found = _for_everyone(question, found, FactType.LIST)
    cite = of_clauses(corpus, found.unit, [found.clause], found.score)
    answer = f"{cite.display}规定：“{display(found.clause.text)}”[1]"
    own = _county_members(question, found.clause.text)
    if own:  # "改则哪些村没通硬化路": that county's members of a list given county by county
        answer = f"{own}（{cite.label}）[1]\n原文：{cite.display}“{display(found.clause.text)}”[1]"
    return Composed("answered", answer, [cite], [found.clause.text])


def _says_the_lack(question: str, text: str, at: int) -> bool:
    """Whether the stretch of the text from `at` to its pause (brackets skipped) says the
    lack the question asks of (硬化路, 客车…): "2个乡镇(…)和21个建制村(…)未通硬化路；我地区仍
    有15个乡镇…未通客车" names no township without 客车. True when no lack is asked."""
    lack = re.search(r"硬化路|客车|班车|邮路|网络|通电|通水", question)
    if lack is None:
        return True
    depth, end = 0, len(text)
    for k in range(at, len(text)):
        if text[k] in "（(":
            depth += 1
        elif text[k] in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and text[k] in "；;。":
            end = k
            break
    return lack.group(0) in text[at:end]


# townships asked, not villages ("哪些乡", "几个乡镇")
TOWNSHIPS_ASKED = re.compile(r"(?:哪些|哪几个|几个|多少个?)乡(?!村)|乡镇")


def _county_members(question: str, text: str) -> str:
    """The members a list gives each county the question names ("改则县9个：次吾嘎木村、…"),
    when it gives them county by county; "" otherwise."""
    asked = [c for c in _ngari_stems() if c in question]
    if asked and TOWNSHIPS_ASKED.search(question) and "村" not in question:
        # "札达县哪些乡没通硬化路": the townships named with the county ("2个乡镇(札达县底雅乡、
        # 萨让乡)"), not the villages listed county by county beside them
        towns = [
            m.group(0).strip("（()）")
            for c in asked
            if (m := re.search(rf"[（(]{c}县?[^（()）村]*乡[^（()）村]*[)）]", text))
            and _says_the_lack(question, text, m.end())
        ]
        if towns:
            return "；".join(towns)
    listed = [c for c in _ngari_stems() if re.search(rf"{c}县?\s*\d+\s*个\s*[：:]", text)]
    # (where the list given county by county opens: "21个建制村(札达县4个：…"; the lack it
    # says comes after its brackets)
    opening = next((m for c in listed if (m := re.search(rf"[（(]{c}县?\s*\d+\s*个", text))), None)
    if opening and not _says_the_lack(question, text, opening.start()):
        return ""  # ("札达县哪些村没通客车": the villages listed lack 硬化路, not 客车)
    absent = [c for c in asked if c not in listed]
    if asked and len(listed) >= 2 and absent and len(absent) == len(asked):
        # "噶尔县有没通硬化路的村吗": a county the list given county by county does not name
        # has none of them (the list names the counties it counts)
        named = "、".join(f"{c}县" for c in listed)
        return f"没有：文件按县列出的名单里没有{'、'.join(c + '县' for c in absent)}（列出的是{named}）"
    if not asked or len(listed) < 2 or not all(c in listed for c in asked):
        return ""
    # ("革吉和措勤呢": each county's members, in the order the text gives them)
    owns = [re.search(rf"{c}县?\s*\d+\s*个\s*[：:][^；;）)]*", text) for c in asked]
    return "；".join(own.group(0).strip() for own in owns if own)


def compose(
    frame: Frame,
    question: str,
    hits: list,
    corpus: Corpus,
    searcher,
    context: str = "",
    exclude: set[str] | None = None,
) -> Composed:
    hits = _with_forbidding_rule(question, hits, corpus)
    if (
        frame.fact in (FactType.RATIO, FactType.AMOUNT)
        and CLAIM_ASKED.search(asking_part(question))
        and _person_tier(frame) is not None
    ):
        # "我外婆是低保户，住院能报百分之几": the identity fixes her tier (said with the answer),
        # and is no word the rate's clause must speak of
        question = _without_exempt_identity(question)
    if _benefit_claim(question, frame.fact):
        # "住院能报销吗": the benefit exists; what it pays is the answer (its rates)
        rates = _compose(
            replace(frame, fact=FactType.RATIO), question, hits, corpus, searcher, context, exclude
        )
        if rates.status == "answered":
            rates.answer = f"能报销，按以下规定：\n{rates.answer}"
            return rates
    future = FUTURE_CHANGE.search(asking_part(question))
    # (whether it has come about by now, "实际达到90%了没有", is the aim check's: asks_now)
    actual = ACTUAL_ASKED.search(asking_part(question)) if not frame.asks_now else None
    # ("限额以后会提高吗": the figure is looked up; whether it changes is said of it below)
    # ("就业率实际达到多少": the figure is looked up; how it turned out is said of it below)
    asked = question.replace(future.group(0), "") if future else question
    composed = _compose(
        frame,
        re.sub(r"实际上?|真实", "", asked) if actual else asked,
        hits,
        corpus,
        searcher,
        context,
        exclude,
    )
    if (
        composed.status == "answered"
        and composed.citations
        and LOCATION_ASKED.search(asking_part(question))
        and not LOCATION_STATED.search(composed.citations[0].text)
    ):
        # "精神病福利院建在哪", "人民医院在哪": where a thing is, which no sentence about it says
        cite = composed.citations[0]
        return _silent("文件没有写明具体的地点或位置。", cite, cite.text)
    if (
        actual
        and composed.status == "answered"
        and TARGET_STATED.search(composed.answer.split("\n")[0])
        and not composed.answer.startswith("文件")
    ):
        # "2024年实际就业率是多少": a plan of 2020 states what it aims at, not what came of it
        # (the fact asked is not in the gazette: said so, the plan's figure as the nearest)
        composed.answer = f"文件没有给出实际数字，只有规划中的数字：{composed.answer}"
        composed.status = "out_of_scope"
    if (
        FUTURE_FIGURE.search(asking_part(question))
        and composed.status == "answered"
        and not composed.answer.startswith("文件")
    ):
        # "看管员工资明年会涨到多少": a figure of a year to come, which the rules never set;
        # today's standard is what they give
        composed.answer = f"文件没有规定今后的具体数额，只规定了现行标准：{composed.answer}"
        composed.status = "out_of_scope"
    if future:
        said = _said_of_change(composed)
        if said.status != composed.status:
            return said  # (declined as not said: no other look-up answers it)
        composed = said
    if composed.status == "answered" and frame.fact is FactType.PROCEDURE:
        step = _step_unsaid(question, composed, corpus) or _left_to_other_rules(
            question, composed, corpus
        )
        if step is not None:
            return step
    asking = asking_part(question)
    if (
        composed.status == "out_of_scope"
        and asking != question
        # (the rule that deducts was found and says no sum: "巡逻日志乱填了，要扣多少工资" is
        # not the wage that "要扣多少工资" alone finds)
        and not composed.answer.startswith(DEDUCTION_UNSAID)
    ):
        # the passages found for the whole question may be about its circumstances ("在西宁
        # 住院自己先垫的钱"): look up what it asks once more before saying the text is silent
        again = searcher.search(asking, k=5)
        retried = _compose(frame, question, again, corpus, searcher, asking, exclude)
        # (within the document found for the whole question: "看管员巡逻日志没填，要扣多少钱"
        # asks no sum of the medical scheme, whatever "要扣多少钱" alone finds)
        docs = {c.doc_title for c in composed.citations}
        # (its main citation: a 另见 of that document beside another's answer is no answer
        # of it — "就业补贴" is not the monks' 财政补贴)
        if retried.status == "answered" and (
            not docs or (retried.citations and retried.citations[0].doc_title in docs)
        ):
            return retried
    if composed.status == "out_of_scope" and frame.fact in WIDENED:
        wider = _wider(frame, question, hits, corpus, searcher, context, exclude)
        if wider is not None:
            return wider
    return composed


DEDUCTION_UNSAID = "文件没有规定扣除的具体金额。"
WIDENED = (FactType.AMOUNT, FactType.DATE, FactType.RATIO)
WIDER = 8  # the articles found that are looked through before a value is said not given


def _wider(
    frame: Frame,
    question: str,
    hits: list,
    corpus: Corpus,
    searcher,
    context: str,
    exclude: set[str] | None,
) -> Composed | None:
    """ "看管员巡查多久一次": a value the nearest articles do not hold may be held by an item of a
    long article found a little further down (第七条（三）"每日巡查"), whose many other items
    rank it low; that article is read as one of the nearest when it speaks of every telling
    word of the question and a clause of it then answers (None otherwise: still not given)."""
    import jieba.posseg

    from index.lexical import covered_by

    # the things named (nouns, and acts named as things: 巡查, 培训), not the verbs that ask of
    # them ("要参加培训": the training is what is held once a year, not the taking part)
    # ("一年几次" after "要参加培训吗": the words it is read with)
    said = question if _telling(question) else context or question
    kept = set(_telling(said))
    telling = [
        w.word
        for w in jieba.posseg.cut(asking_part(said))
        if w.word in kept and (w.flag[0] == "n" or w.flag == "vn")
    ]
    if not telling:
        return None
    nearest = {h.unit.id for h in hits[: CHOSEN_FROM - 1]}
    further = [h for h in searcher.search(context or question, k=WIDER) if h.unit.id not in nearest]
    for hit in further:
        said = "".join(hit.unit.headings) + hit.unit.title + hit.unit.text
        if not all(covered_by(t, question, said) for t in telling):
            continue
        # (first: its clauses, many of them, then rank by their own words, not behind the
        # nearest articles' few)
        tried = [hit, *hits[: CHOSEN_FROM - 1]]
        retried = _compose(frame, question, tried, corpus, searcher, context, exclude)
        if (
            retried.status == "answered"
            and retried.citations
            and retried.citations[0].unit_id == hit.unit.id
        ):
            return retried
    return None


def _said_of_change(composed: Composed) -> Composed:
    """ "工资以后会涨吗": a figure asked whether it will change is answered by the piece of its
    rule that says it changes ("根据…情况，适当提高…工资"); a rule that only fixes the figure
    says what it is, not what it will be (declined with the rule as the nearest)."""
    if (
        composed.status != "answered"
        or not composed.citations
        or not re.search(r"\d", composed.citations[0].text)
    ):
        return composed
    cite = composed.citations[0]
    if not CHANGE_FORESEEN.search(cite.text):
        return _silent("文件只规定了现行的标准，没有规定以后会不会调整。", cite, cite.text)
    lead, _, rest = composed.answer.partition("\n")
    stretches = _stretches(cite.text)
    at = next((k for k, p in enumerate(stretches) if CHANGE_FORESEEN.search(p)), None)
    # (with the stretch before it when that one says what the change follows: "并根据
    # 国民经济发展水平和地方财政收入情况，")
    start = at - 1 if at and re.match(r"并?(根据|按照|视)", stretches[at - 1]) else at
    piece = "".join(stretches[start : at + 1]) if at is not None else ""
    piece = display(piece.rstrip("，；。 ").removeprefix("并"))
    if piece and not lead.startswith(piece):
        quoted = rest or f"原文：{cite.display}“{display(cite.text)}”[1]"
        composed.answer = "\n".join([f"{piece}（{cite.label}）[1]", quoted])
    return composed


# the care a benefit is named by, and words that only say one is insured ("交了居民医保")
CARE_NAMED = re.compile(r"^(?:住院|门诊|普通门诊|门诊特殊病|门特|特殊病|看门诊|住院费)$")
# an everyday illness or visit ("平时感冒去门诊看病"): the care itself, no circumstance of its own
EVERYDAY_CARE = re.compile(
    r"^(?:感冒|发烧|发热|咳嗽|拉肚子|腹泻|头疼|头痛|胃疼|牙疼|小病|常见病|多发病|看病|就诊|就医"
    r"|开药|拿药|平时|平常|日常|一般"
    # (a place of care of no level named: where one goes, no circumstance of its own)
    r"|医院|卫生院|诊所|医疗机构|定点医院)$"
)
# whether it is paid at all ("能报吗", "给不给报"), not a feature of it ("报销有没有封顶")
CLAIMABLE_ASKED = re.compile(
    r"(?:能|可以|可不可以|能不能|能否|给|给不给|让不让)(?:报|报销)(?![告名到道送考批备])|报得了|报不了"
)
INSURED_SAID = re.compile(r"^(?:交了?|交过|交钱|缴了?|参保了?|参加了?|买了|办了|有)$")


def _benefit_claim(question: str, fact: FactType) -> bool:
    """A yes/no claim naming nothing but the care ("住院能报销吗", "交了医保看门诊能报吗"): the
    scheme pays it; the answer is what it pays. A circumstance named ("喝醉酒", "伙食费",
    "在成都") is a question of its own."""
    if fact is not FactType.YES_NO or not CLAIMABLE_ASKED.search(asking_part(question)):
        return False
    if places_in(question):
        return False
    telling = [t for t in _telling(question) if not INSURED_SAID.match(t)]
    cared = [t for t in telling if not EVERYDAY_CARE.match(t)]
    return bool(cared) and all(CARE_NAMED.match(t) for t in cared)


# "野外文物能拆吗", "壁画可以摸吗", "唐卡能卖给游客吗": a bare act (one or two characters) asked
# after its modal, with whom it is done to; "能把唐卡卖给游客吗": the act done to what 把 names
GIVEN_TO = re.compile(
    r"(?:能不能|能否|可不可以|可以|能|允许|准)[^，。？]{0,4}?把[\u4e00-\u9fff]{1,10}?"
    r"([\u4e00-\u9fff])(?P<to>给|到)[\u4e00-\u9fff]{1,6}(?:吗|么|嘛|不|呢)?[？?。！!\s]*$"
)
# the act said before the asking words ("医保卡借给我表弟用一下行不行", "文物带到外地可以吗")
GIVEN_TO_BEFORE = re.compile(
    r"([\u4e00-\u9fff])(?P<to>给|到)[\u4e00-\u9fff]{1,6}?(?:用|玩|看|展览)?(?:一下|一阵|几天)?"
    r"(?:行不行|行吗|可以吗|可不可以|成不成|好吗)[？?。！!\s]*$"
)
# a two-character act right before the asking words ("在外景那边录像可以吗", "拓印行吗")
ACT_BEFORE = re.compile(
    r"([\u4e00-\u9fff]{2})(?P<to>)(?:可以吗|行吗|行不行|可不可以|成不成|能行吗)[？?。！!\s]*$"
)
BARE_ACT = re.compile(
    r"(?:能不能|能否|可不可以|可以|能|允许|准)(?:自己|私自|擅自|随便|随意|直接)?"
    # (the act, never the particle that ends the question: "…录像可以吗")
    r"(?![吗么嘛呢不])([\u4e00-\u9fff]{1,2}?)(?:掉|走|了|一下|(?P<to>给|到)[\u4e00-\u9fff]{1,6}?)?(?:吗|么|嘛|不|呢)?"
    r"[？?。！!\s]*$"
)


# "用手机拍，不开闪光灯也不行吗", "远远地看一眼也不可以？": whether the act said before is barred
# even done so (the act is the sentence's, not the asking words')
ALSO_BARRED = re.compile(
    r"也(?:不行|不可以|不能|不让|不准|不允许|禁止)(?:吗|么|嘛|啊|呀)?[？?。！!\s]*$"
)
# verbs that carry an act without being it ("用手机拍": the shooting is the act)
CARRYING_VERB = frozenset({"用", "拿", "有", "是", "要", "想", "去", "来", "让", "给"})


def _supposed(question: str, also: re.Match[str]) -> bool:
    """ "如果文物局批准了也不行吗": a condition supposed before 也, not an act done so."""
    return bool(
        re.search(r"(?:如果|要是|假如|即使|就算|哪怕)[^，。？?]*$", question[: also.start()])
    )


def _act_before(said: str) -> str:
    """The last act said in a stretch, not one negated ("不开闪光灯" is how it is done)."""
    import jieba.posseg

    words = [(w.word, w.flag) for w in jieba.posseg.cut(said)]
    for n in range(len(words) - 1, -1, -1):
        word, flag = words[n]
        negated = n > 0 and words[n - 1][0] in ("不", "没", "没有", "别")
        # (a word done "一下" is an act whatever its tag: jieba tags 拓 a name)
        done = n + 1 < len(words) and words[n + 1][0] in ("一下", "一份", "一张", "一遍")
        if (flag.startswith("v") or done) and word not in CARRYING_VERB and not negated:
            return word
    return ""


# an aspect of a thing asked as what it is ("培训的内容是什么", "职责有哪些")
ASPECT_ASKED = re.compile(
    r"([\u4e00-\u9fff]{2})(?:主要|具体|都|一般)?(?:是什么|是啥|有哪些|包括哪些|包括什么|有什么)"
    r"[？?。！!\s]*$"
)


def _says_aspect(question: str, text: str) -> bool:
    """Whether a clause says what the aspect asked is ("培训内容包括：…" for "内容是什么")."""
    m = ASPECT_ASKED.search(question)
    return m is not None and bool(
        re.match(rf"^[\u4e00-\u9fff]{{0,4}}{m.group(1)}(?:主要)?(?:包括|为|是|有)?[：:]", text)
    )


def _aspect_defined_first(question: str, scored: list[ScoredClause]) -> list[ScoredClause]:
    """ "文物安全培训的内容是什么": of close clauses, the one that says what that aspect is
    ("培训内容包括：视听、操作……"), over one that names it in passing ("培训内容方面把…结合起来")."""
    if not scored:
        return scored
    top = scored[0].score
    found = next(
        (
            r
            for r in scored[:4]
            if r.score >= top - STOOD_MARGIN and _says_aspect(question, r.clause.text)
        ),
        None,
    )
    if found is None or found is scored[0]:
        return scored
    return [found, *[r for r in scored if r is not found]]


LIST_ACT_DEPTH = 8  # how far down the search a list whose lead-in names the act asked may be


def _list_of_the_act_first(hits: list, words: set[str], searcher, question: str) -> list:
    """ "看管员哪些情形要解聘": when the first article found is no list, a list whose lead-in
    names an act asked (…由文物行政管理部门解聘…：, 第十七条) goes first, over articles found by
    the question's other words (第四条 of 选聘), in the hits or a little deeper in the same
    document's."""
    # (a first article that is a list of its own is weighed by the list's own rules; one that
    # is none may hold the word in passing: 第十一条's 立即解聘)
    if not hits or item_list(hits[0].unit) is not None:
        return hits
    seen = {h.unit.id for h in hits}
    deeper = [
        h
        for h in searcher.search(question, k=LIST_ACT_DEPTH)
        if h.unit.id not in seen and h.unit.doc_id == hits[0].unit.doc_id
    ]
    for hit in [*hits[1:], *deeper]:
        lead = next((c.lead for c in clauses(hit.unit) if c.lead), "")
        title = hit.doc.title
        # (a word of the act asked, not of the document's own subject: 解聘, not 看管 or 文物;
        # nor a thing named, 定点 of "哪几家定点医院")
        if item_list(hit.unit) is not None and any(
            len(t) >= 2
            and t in lead
            and t not in title
            and not PERSONS.match(t)
            and (word_tag(t) or "").startswith("v")
            for t in words
        ):
            return [hit, *[h for h in hits if h is not hit]]
    return hits


# who is favoured asked ("哪些毕业生能优先拿到公益性岗位", "主要照顾哪些人"), and said
PRIORITY_ASKED = re.compile(r"优先|照顾|倾斜|重点(?:针对|照顾|扶持|安排)|先给|先安排")
PRIORITY_SAID = re.compile(r"优先|重点针对|重点照顾|倾斜|照顾")


def _favoured_in_prose(
    question: str, best: ScoredClause, hits: list, scored: list[ScoredClause], searcher
) -> bool:
    """Whether who is favoured is asked and said in the best clause's sentence, with no list
    of the favoured found (第六条 具备下列条件之一者，可优先选聘：, however deep the list
    path would look for it)."""
    from index.lexical import tokenize

    if not _priority_stated(question, best.clause.text):
        return False
    words = {t for t in tokenize(asking_part(question)) if len(t) >= 2 and not GENERIC.match(t)}
    found = [h.unit for h in _list_of_the_act_first(hits, words, searcher, question)[:3]]
    return not any(
        item_list(unit) is not None
        and PRIORITY_SAID.search(next((c.lead for c in clauses(unit) if c.lead), ""))
        for unit in [*found, *(r.unit for r in scored[:6])]
    )


def _priority_stated(question: str, text: str) -> bool:
    """Whether who is favoured is asked and the best clause says whom: its sentence answers,
    not a list of the same document found first (岗位…不少于16个，公益性岗位1160个左右…)."""
    return bool(PRIORITY_ASKED.search(question) and PRIORITY_SAID.search(text))


def _stood_for(question: str, text: str) -> bool:
    """Whether a text holds a regulation term an everyday phrase of the question stands for, a
    phrase of two parts (index/data/colloquial.tsv: 直接去…医院 → 逐级转诊, 住了…个月 → 连续住院),
    a term of three characters or more: a single word (区外) is the setting more often than what
    is asked."""
    from index.lexical import phrase_terms

    return any(len(term) >= 3 and term in text for term in phrase_terms(question))


# how far below the best a clause holding the question's own phrase may rank and still be taken
STOOD_MARGIN = 0.15

# a rule laid on a state body holding relics or digging them (禁止国有文物收藏单位将…出售)
INSTITUTION_RULE = re.compile(
    r"^(?:禁止)?(?:国有文物收藏单位|考古发掘单位|各类国有文物收藏单位)(?!以外)"
)
# one's own thing ("我奶奶留下的", "家里祖传的"), not an institution's
OWN_HOLDING = re.compile(r"(?:我|俺|咱)(?:们)?家|祖传|家传|传下来|留下|自己的|我的")
# (the institution's own thing: "博物馆的文物", not one given to it, "捐给博物馆")
INSTITUTION_SAID = re.compile(r"(?:国有|博物馆|纪念馆|收藏单位|考古队|发掘单位|寺管会)[里内]?的")


def _private_holders_rule(question: str, scored: list[ScoredClause]) -> ScoredClause | None:
    """ "我奶奶留下一个老铜壶 想卖掉行吗": a person's own thing is ruled by what the text says of
    citizens' holdings (第三十二条: 国有文物收藏单位以外的公民…合法收藏的文物…依法流通), not by a
    close rule laid on state collections (第二十七条: 禁止国有文物收藏单位…出售); None else."""
    if not scored or not OWN_HOLDING.search(question) or INSTITUTION_SAID.search(question):
        return None
    best = scored[0]
    if not INSTITUTION_RULE.match(best.clause.text):
        return None
    return next(
        (
            r
            for r in scored[1:6]
            if r.score >= best.score - VALUE_MARGIN
            and re.search(r"公民|个人", r.clause.text)
            and not INSTITUTION_RULE.match(r.clause.text)
        ),
        None,
    )


def _more_terms_named(question: str, scored: list[ScoredClause]) -> ScoredClause | None:
    """ "院子在保护范围里 能不能放几桶汽油": of close clauses, the one that speaks of a
    regulation term the question names (保护范围, 第十三条) and of all the first one speaks of,
    over the first, which lacks the term (第二十八条 of temples' stores); None else."""
    from index.lexical import covered_by

    if len(scored) < 2:
        return None
    best = scored[0]
    terms = [t for t in _terms_named(question) if len(t) >= 3]
    told = _telling(question)

    def said(r: ScoredClause, words) -> set[str]:
        return {t for t in words if covered_by(t, question, r.clause.text)}

    own = said(best, terms)
    figured = bool(re.search(r"\d", best.clause.text))
    return next(
        (
            r
            for r in scored[1:4]
            if r.score >= best.score - STOOD_MARGIN
            # (a figure the first states is not left for a clause that names the term only:
            # "大病保险的起付线是多少" keeps 年度最高赔付限额为14万元 beside 大病保险政策…)
            and (not figured or re.search(r"\d", r.clause.text))
            and said(r, terms) > own
            and said(r, told) >= said(best, told)
        ),
        None,
    )


def _barred_as_leave(question: str) -> str:
    """ "用手机拍，不开闪光灯也不行吗" asked as whether the act may be done ("用手机拍可以吗"): the
    ban's verdict answers both."""
    also = ALSO_BARRED.search(question)
    act = _act_before(question[: also.start()]) if also and not _supposed(question, also) else ""
    if not act:
        return question
    end = question.rfind(act, 0, also.start()) + len(act)
    return question[:end] + "可以吗"


# the act pointed back at ("这样可以吗", "这么做行不行"): the stretch before says it
ACT_POINTED = re.compile(
    r"([^，,。；;]+)[，,。；;]\s*(?:那|那么)?(?:这样|这么做|这样做|这么干|这样干|这种做法|这个做法)"
    r"[^，,。；;]{0,8}$"
)


def _bare_act(question: str) -> str:
    asking = asking_part(question)
    pointed = ACT_POINTED.search(asking)
    m = None
    if pointed is not None:
        # "管家说可以卖给游客补贴修缮费，这样可以吗", "有人想把石碑拆了…，这样行吗": the act of
        # the stretch before, with whom it is done to
        stretch = pointed.group(1)
        m = re.search(r"(?<![交])([\u4e00-\u9fff])(?P<to>给|到)", stretch) or re.search(
            r"把[\u4e00-\u9fff]{1,8}?([\u4e00-\u9fff])(?P<to>)(?:了|掉)", stretch
        )
    m = m or GIVEN_TO.search(asking) or BARE_ACT.search(asking) or GIVEN_TO_BEFORE.search(asking)
    before = ACT_BEFORE.search(asking) if m is None else None
    if before is not None:
        import jieba.posseg

        # (only an act: "拍摄壁画可以吗" names the thing acted on last, 壁画, no act)
        flags = [w.flag for w in jieba.posseg.cut(before.group(1))]
        m = before if flags and all(f[:1] in "v" for f in flags) else None
    # ("借给别人": the act with whom it is done to, 借用/出借 — never the 借 of 借机)
    act = m.group(1) + (m.group("to") or "") if m else ""
    also = ALSO_BARRED.search(question) if not act else None
    if also is not None and not _supposed(question, also):
        act = _act_before(question[: also.start()])
    # (报销 is what the scheme does, never an act a rule forbids one: "…能报销吗" asks a claim)
    unforbidden = ("报", "用", "办", "交", "报销", "报账")
    return "" if not act or DUTY_ASKED.search(question) or act in unforbidden else act


def _decides_act(question: str, clause: Clause, punished: bool, named: bool = False) -> bool:
    """Whether a clause forbids the bare act asked (不得…拆毁) or, `punished`, lists it as
    misconduct (将本人的社保卡借给他人…的); `named`: of the thing the question names too (a
    clause found outside the hits has nothing else tying it to the question)."""
    from index.lexical import covered_by

    act = _bare_act(question)
    if not act:
        return False
    if punished:
        said = _punishes(clause) and act in clause.text
    else:
        forbids = FORBIDS.search(clause.text)
        after = clause.text[forbids.start() :] if forbids else ""
        # "卖掉" is spoken of by 出售 as well as by 变卖
        said = bool(after) and not _punishes(clause) and covered_by(act, question, after)
    telling = _telling(question)
    return said and (
        not named or not telling or any(covered_by(t, question, clause.text) for t in telling)
    )


PERMITS = re.compile(r"可以|方可|准予|允许")


def _permits_act(question: str, clause: Clause) -> bool:
    """Whether a clause lets the bare act asked be done ("…之间可以交换、借用" for 借给)."""
    from index.lexical import covered_by

    act = _bare_act(question)
    permits = PERMITS.search(clause.text)
    return bool(act and permits) and covered_by(act, question, clause.text[permits.start() :])


def _with_forbidding_rule(question: str, hits: list, corpus: Corpus) -> list:
    """ "野外文物能拆吗": whether a bare act on a thing is allowed is decided by the rule that
    forbids it (第十六条 不得…拆毁), or else by the listed misconduct naming it, which the words
    of the thing alone may not find; that unit is looked at first when no hit holds such a rule."""
    if not hits or not _bare_act(question) or DUTY_ASKED.search(question):
        return hits
    for punished in (False, True):

        def deciding(unit, punished: bool = punished) -> bool:
            return any(_decides_act(question, c, punished, named=True) for c in clauses(unit))

        if any(deciding(h.unit) for h in hits[:4]):
            return hits
        # (in the family of documents found: "那交的钱能退不" after the medical rules is no
        # question of the training rules' 不得退训)
        families = {h.unit.doc_id.split("-", 1)[0] for h in hits[:4]}
        found = next(
            (u for u in corpus.units() if u.doc_id.split("-", 1)[0] in families and deciding(u)),
            None,
        )
        if found is not None:
            lead = replace(hits[0], unit=found, doc=corpus.document(found.doc_id), clauses=())
            return [lead] + [h for h in hits if h.unit.id != found.id]
    return hits


# a task table's columns read as a whole row, not as text ("序号", "备注" say nothing asked)
ROW_NAMES = ("重点内容", "任务内容")  # the column that names a row's task
UNASKED_COLUMNS = re.compile(r"^(序号|备注|项目|任务内容|重点内容|督导/考核内容|评分标准)$")


def _asked_column(question: str, best: ScoredClause) -> Clause | None:
    """The cell of the task table's row the question asks by its column ("牵头单位是谁",
    "哪位领导牵头", "责任人", "协助单位"): the row found, its column named by the question or by
    the column's verb with the kind of answer (牵头 + 领导 → 牵头领导; 牵头 alone → 牵头单位)."""
    asking = asking_part(question)
    cells = [c for c in clauses(best.unit) if c.label and not UNASKED_COLUMNS.match(c.label)]

    def named(label: str) -> float:
        if label in asking:
            return 3
        verb, kind = label[:2], label[2:]
        if verb not in asking or len(label) < 4:
            return 0
        if kind == "领导":  # ("谁牵头" of a table without 牵头单位: its leader)
            return 2 if "领导" in asking else 0.5
        return 1 if kind in ("单位", "部门") and "领导" not in asking else 0

    ranked = sorted(((named(c.label), c) for c in cells), key=lambda x: -x[0])
    return ranked[0][1] if ranked and ranked[0][0] else None


def _column_answer(best: ScoredClause, cell: Clause, corpus: Corpus) -> Composed:
    """The asked cell with the row's task it belongs to, both quoted from the row."""
    cells = clauses(best.unit)
    task = next((c for c in cells if c.label in ROW_NAMES), max(cells, key=lambda c: len(c.text)))
    cite = of_clauses(corpus, best.unit, [task, cell], best.score)
    cite = replace(cite, text=f"{task.text}{cell.label}：{cell.text}")
    answer = f"{cite.display}（{display(task.text)}）{cell.label}：{display(cell.text)}[1]"
    return Composed("answered", answer, [cite], [cite.text], [cell.text])


HOW_ASKED = re.compile(r"怎么|怎样|如何|咋|去哪|在哪")
HOW_WORD = re.compile(r"^(怎么|怎样|如何|咋|怎么办|去哪|去哪儿|去哪里|在哪|在哪儿|在哪里)$")
STEPS = re.compile(r"^(手续|流程|程序)$")
# the words of a procedure question that say it is done, not what is done
DOING = re.compile(
    r"^(办理|办|弄|搞|走|做|操作|准备|提交|提供|需要|要|带|申请|流程|手续|程序|步骤|材料|证件|"
    r"资料|东西|去|到|在|想|能|可以|应该|应当|得|才能|算|算钱|计算|算账)$"
)


@dataclass(frozen=True)
class _Word:
    word: str
    flag: str


NOUNISH = ("n", "vn", "nz")  # jieba's tags of a verb's object noun ("领奖励", "查进度")


# a modal and a bare verb of doing, one word to jieba ("得办", "要弄")
MODAL_DOING = re.compile(r"[得要会能该][办弄搞做整]")


def _procedure_act(question: str) -> str:
    """The act whose procedure is asked, said next to the asking words: "怎么报名", "去哪报名"
    → 报名; "辞职要走什么手续", "注册怎么办" → the act before them. A verb said elsewhere in the
    question ("报到哪里存档", "接到报告后该怎么做") is no act asked of."""
    import jieba.posseg

    if CONSEQUENCE_ASKED.search(question) or WHAT_HAPPENS.search(question):
        return ""  # "花不完会怎样": what follows, not how a thing is done
    words = [w for w in jieba.posseg.cut(asking_part(question)) if w.word.strip()]
    # "去哪报名": 去 and 哪 are cut apart; read them as one asking word
    for n in range(len(words) - 1, 0, -1):
        if words[n].word in ("哪", "哪儿", "哪里") and words[n - 1].word in ("去", "在"):
            words[n - 1 : n + 1] = [_Word(words[n - 1].word + words[n].word, "r")]

    def act(w) -> bool:
        return (
            w.flag in ("v", "vn")
            and len(w.word) >= 2
            and not re.match(r"[不没]", w.word)  # "编制不够怎么办": a want, not an act
            # ("得办啥手续": a modal and a bare verb of doing, no act of its own)
            and not MODAL_DOING.fullmatch(w.word)
            and not DOING.match(w.word)
            and not function_word(w.word)
            and not GENERIC.match(w.word)
        )

    for n, w in enumerate(words):
        # ("去哪申请结算": past the words of doing to the act)
        later = [a for a in words[n + 1 :] if not DOING.match(a.word)]
        after = later[0] if later else None
        if HOW_WORD.match(w.word) and after is not None:
            if act(after):
                return after.word  # "怎么报名", "去哪报名"
            rest = words[words.index(after) + 1 :]
            if after.flag == "a" and len(after.word) >= 2 and not rest:
                return after.word  # "电子凭证怎么激活": jieba calls a last 激活 an adjective
            if (
                after.flag in ("v", "vn")
                and len(after.word) == 1
                and rest
                and rest[0].flag in NOUNISH
            ):
                return after.word + rest[0].word  # "怎么领奖励": a one-character verb and its noun
            return ""
        if HOW_WORD.match(w.word) or STEPS.match(w.word):
            # "辞职怎么办", "辞职要走什么手续": the act just before, past words of doing
            before = [
                b
                for b in words[:n]
                if not DOING.match(b.word) and not MODAL_DOING.fullmatch(b.word) and b.flag != "r"
            ]
            if before and act(before[-1]) and after is None:
                return before[-1].word
    todo = WHAT_TO_DO.search(asking_part(question))
    if todo and not any(STEPS.match(w.word) or HOW_WORD.match(w.word) for w in words):
        # "看管员辞职要办什么", "挖出铜佛像了要做什么": the act said before what is to be done
        asked = asking_part(question)[: todo.start()]
        acts = [w for w in jieba.posseg.cut(asked) if w.word.strip() and act(w)]
        return acts[-1].word if acts else ""
    return ""


# verbs of doing too light to name what is done ("怎么办", "怎么弄", "该怎么处理")
LIGHT_DOING = re.compile(
    r"^(办|弄|搞|走|做|干|操作|处理|进行|需要|要|带|去|到|来|在|想|能|可以|应该|应当|得|才能|算|计算)$"
)


def _asked_step(question: str) -> str:
    """What is asked to be done, said right after the asking words ("怎么申请" → 申请, "怎么报名"
    → 报名), or, when that is only 办理, the thing it is done with ("工资卡怎么办理" → 工资卡)."""
    import jieba.posseg

    asking = asking_part(question)
    how = HOW_ASKED.search(asking)
    if how is None:
        return ""
    after = [w for w in jieba.posseg.cut(asking[how.end() :]) if w.word.strip()]
    while after and LIGHT_DOING.match(after[0].word):
        after = after[1:]
    before = [w for w in jieba.posseg.cut(asking[: how.start()]) if w.word.strip()]
    while before and (STEPS.match(before[-1].word) or LIGHT_DOING.match(before[-1].word)):
        before = before[:-1]  # "退训手续怎么办": the act is what the steps are of
    last = before[-1] if before else None
    if not after:
        # "注册登记怎么办": the act said just before ("编制不够怎么办" says a want, no act)
        if last is None or re.match(r"[不没]", last.word):
            return ""
        return last.word if last.flag in ("v", "vn") and len(last.word) >= 2 else ""
    act = after[0]
    if len(act.word) == 1 and act.flag.startswith("v") and len(after) > 1:
        # "怎么领奖励": a one-character verb and the thing it takes
        thing = after[1]
        return thing.word if thing.flag in NOUNISH and len(thing.word) >= 2 else ""
    if not act.flag.startswith("v") or len(act.word) < 2:
        return ""
    if act.word == "办理":
        return last.word if last and last.flag in NOUNISH and len(last.word) >= 2 else ""
    return act.word


def _step_unsaid(question: str, composed: Composed, corpus: Corpus) -> Composed | None:
    """ "想承包客运线路怎么申请", "护路员的工资卡怎么办理": the act asked (申请, 工资卡) is spoken of
    by none of the articles quoted, so they state no procedure for it; the nearest is named."""
    from index.lexical import covered_by

    step = _asked_step(question)
    if not step or not composed.citations:
        return None
    units = [corpus.unit_by_id(c.unit_id) for c in composed.citations]
    texts = [f"{_title(u)}{''.join(u.headings)}{u.text}" for u in units if u is not None]
    if any(covered_by(step, question, t) for t in texts):
        return None
    cite = composed.citations[0]
    return _silent(f"文件没有规定“{step}”的具体办理程序。", cite, cite.text)


# a rule that leaves its details to rules of their own ("具体救助办法另行规定")
LEFT_TO_OTHER_RULES = re.compile(r"另行(?:规定|制定|通知|下达|研究)")


def _left_to_other_rules(question: str, composed: Composed, corpus: Corpus) -> Composed | None:
    """ "医疗救助怎么申请": the clause about the thing asked leaves its procedure to rules of
    their own (第二十八条 …具体救助办法另行规定), while the clause leading the answer is about
    another thing's steps (第七条 申请参保登记): the gazette does not say, and that clause is
    the nearest."""
    from index.lexical import covered_by

    telling = [t for t in _telling(question) if t != _asked_step(question)]
    lead = composed.answer.split("\n", 1)[0]  # (the piece the answer leads with)
    for cite in composed.citations[1:]:
        # (the article's whole text: its deferring sentence may follow the clause quoted)
        unit = corpus.unit_by_id(cite.unit_id)
        text = unit.text if unit is not None and not cite.clause else cite.text
        # (the words of the thing asked in the very sentence that defers it: "具体救助办法另行
        # 规定" for 医疗救助, which the lead does not name)
        deferring = next(
            (x for x in re.split(r"(?<=[。；])", text) if LEFT_TO_OTHER_RULES.search(x)), ""
        )
        said = [t for t in telling if covered_by(t, question, text)]
        if (
            deferring
            and said
            and any(
                covered_by(t, question, deferring) and not covered_by(t, question, lead)
                for t in said
            )
        ):
            # the thing named as the question says it ("医疗救助", from 医疗 and 救助)
            at = [question.find(t) for t in said if t in question]
            ends = [question.find(t) + len(t) for t in said if t in question]
            thing = question[min(at) : max(ends)] if at and max(ends) - min(at) <= 8 else said[0]
            return _silent(f"文件没有写明{thing}的具体办法，只说明另行规定。", cite, text)
    return None


def asking_part(question: str) -> str:
    """The parts of a question that ask (a question word in them), without its circumstances
    and without an aside said after it ("…能报多少 家长焦虑中", "…多久内必须备案 救救孩子").
    ("住了几天院" says a few days: no number is asked of it.)"""
    question = a_few_said(question)
    pieces = re.split(r"[，,。？?！!；;]", question)
    parts = [
        # ("想借给一个博物馆展览，可以吗": leave asked alone is asked of the act before it)
        f"{pieces[n - 1]}，{p}" if n and BARE_LEAVE.fullmatch(p.strip()) else _without_aside(p)
        for n, p in enumerate(pieces)
        if QUESTION_WORD.search(p)
    ]
    return "，".join(parts) or question


# leave asked with nothing else ("可以吗", "行不行", "能行吗")
BARE_LEAVE = re.compile(
    r"(?:那|那么|请问)?(?:这样)?(?:可以|行|能行|允许|成)(?:吗|么|嘛|不|不行|不可以)?"
)


def _without_aside(part: str) -> str:
    segments = part.split()
    # ("…有哪些基层项目 比如三支一扶": an example given belongs to what is asked)
    asking = [n for n, s in enumerate(segments) if QUESTION_WORD.search(s) or EXAMPLE.match(s)]
    return " ".join(segments[: asking[-1] + 1]) if asking else part


EXAMPLE = re.compile(
    r"比如|例如|譬如|比方|像是|特别是|尤其是|包括"
    # ("…四条都说一下", "全部列出来"): a request to tell them all
    r"|说一下|说说|讲讲|讲一下|列出|列一下|列举|都说|全部|一一"
)


def _compose(
    frame: Frame,
    question: str,
    hits: list,
    corpus: Corpus,
    searcher,
    context: str,
    exclude: set[str] | None,
    moved: bool = False,  # already moved to the documents that own the question's word
) -> Composed:
    idf = searcher.idf
    exclude = exclude or set()
    every = _moved_into_asked(
        question,
        _demote_misconduct(
            question, frame.fact, _score_clauses(question, hits, searcher, context, frame.fact)
        ),
    )
    every = _named_over_catch_all(question, every, corpus)
    every = _body_named_first(question, _body_act_first(question, frame.fact, every))
    scored = [r for r in every if r.clause.text not in exclude] or every
    if not scored:
        return Composed("out_of_scope", "公报所含文件没有涉及这个问题。")
    scored = _in_the_order_asked(question, _role_named_first(question, scored), context)
    scored = _duty_of_the_find_first(question, frame.fact, scored)
    scored = _most_said_of_tied(question, frame.fact, scored)
    if MORE_ASKED.search(question):
        # "住院报销比别人高吗", "能多报吗": a rule that raises what is paid (提高5%报销比例), not
        # one that says the usual rule applies (按照住院医疗费用报销规定执行)
        top = scored[0].score
        raised = [
            r for r in scored[:8] if RAISED.search(r.clause.text) and r.score >= top - VALUE_MARGIN
        ]
        scored = [*raised, *[r for r in scored if r not in raised]]
    scored = _papers_for_the_act(question, scored)
    scored = _sanction_first(question, scored)
    scored = _counting_in_first(question, scored)
    scored = _measured_first(question, scored)
    scored = _level_named_first(question, scored)
    scored = _aspect_defined_first(question, _given_cell_after(question, scored))
    scored = _where_settled(question, frame, scored, context, corpus)
    scored = _calendar_first(question, frame.fact, scored)
    best = scored[0]
    if not _stood_for(question, best.clause.text):
        # "住了快7个月了…咋结算": the close clause that holds the rule the question's own phrase
        # stands for (每180天做一次住院结算), over one sharing only its setting's words
        stood = [
            r
            for r in scored[:6]
            if r.score >= best.score - STOOD_MARGIN and _stood_for(question, r.clause.text)
        ]
        if stood:
            scored = [stood[0], *[r for r in scored if r is not stood[0]]]
            best = stood[0]
    # (a clause saying what the aspect asked is stays: "文物安全培训的方式是什么" is answered by
    # "培训方式包括：…", not by a clause that names 文物安全培训 as every section's title does)
    termed = (
        None
        if _says_aspect(question, best.clause.text)
        else _more_terms_named(question, scored) or _private_holders_rule(question, scored)
    )
    if termed is not None:
        scored = [termed, *[r for r in scored if r is not termed]]
        best = termed
    fact = frame.fact
    if (
        fact is FactType.AMOUNT
        and FUND_SHARE.search(best.clause.text)
        and not MONEY_VALUE.search(best.clause.text)
    ):
        # "普通门诊统筹用多少钱建", "风险储备金提多少钱": the sum is set as a share of the fund
        # ("统筹基金的15%用于…"), the value the text gives
        fact = FactType.RATIO
    holder = _unnamed_holder(question, corpus)
    if holder is not None:
        # "地区人民医院院长是谁": a post the gazette never names has no holder in it
        return _absent(fact, best, corpus, holder, said=f"文件没有提到{holder}是谁。")
    elsewhere = _term_of_another_benefit(question, corpus)
    if elsewhere is not None:
        return elsewhere
    unlisted = _year_not_listed(question, best.clause.text)
    if unlisted is not None:
        cite = of_clauses(corpus, best.unit, [best.clause], best.score)
        # (the year asked is the asker's own figure, said back)
        return replace(
            _silent(unlisted, cite, best.clause.text), facts=re.findall(r"20\d\d", question)
        )

    # (the row may stand below the plan's section on the same project: "精神病福利院项目的
    # 责任单位是哪家" names the column, which only the table has)
    row = next((r for r in scored[:12] if r.unit.kind == "table_row"), None)
    column = (
        _asked_column(question, row) if row is not None and fact is not FactType.YES_NO else None
    )
    if column is not None and (
        row is best
        # ("创三甲谁是直接责任单位": the best sentence says it in prose, "…作为直接责任单位")
        or (column.label in asking_part(question) and column.label not in best.clause.text)
    ):
        return _column_answer(row, column, corpus)

    # (who is favoured, said in the best clause's sentence, unless a list found is of the
    # favoured: 第六条 具备下列条件之一者，可优先选聘：)
    favoured = fact is FactType.LIST and _favoured_in_prose(question, best, hits, scored, searcher)
    if fact is FactType.LIST and not favoured:
        # the first two hits' lists in their order; a third hit's list only when its lead-in
        # says what is asked ("…由文物行政管理部门解聘…：" for "哪些情况会被解聘")
        from index.lexical import covered_by, tokenize

        words = {t for t in tokenize(asking_part(question)) if len(t) >= 2 and not GENERIC.match(t)}
        telling = _telling(question)

        def spoken(unit) -> int:
            text = f"{_title(unit)}{''.join(unit.headings)}{unit.text}"
            return sum(covered_by(t, question, text) for t in telling)

        first = spoken(hits[0].unit) if hits else 0
        counted = _counted_members(asking_part(question), telling, scored[:6])

        def names_it(text: str, doc, every: bool = False) -> bool:
            """Whether the text names what is asked beyond the words of its document's title
            (every section of the training rules says 培训); `every`: all of it, as a list
            written without a lead-in must ("到基层就业有哪些项目" is not 打造基层就业品牌)."""
            title = f"{doc.title}{doc.parent_title or ''}"
            asked = [
                t
                for t in telling
                if not covered_by(t, question, title) and not _list_verb(t, question)
            ]
            said = [covered_by(t, question, text) for t in asked]
            return all(said) and bool(said) if every else any(said)

        def inline_in(unit, doc) -> ScoredClause | None:
            return next(
                (
                    r
                    for r in scored[:6]
                    if r.unit.id == unit.id
                    and enumerates(r.clause.text)
                    and names_it(full_text(r), doc)
                ),
                None,
            )

        bracketed = _counted_in_brackets(question, scored[:3], corpus)
        if bracketed is not None:
            return bracketed
        category = _named_category(question, hits)
        if category is not None:
            # "医保不付的里面 服务类有哪些": one category of a categorised list, not all of it
            return _one_sentence_list(category, corpus, question)
        headed = _headed_list(question, hits, corpus, telling) if counted is None else None
        if headed is not None:
            return _one_sentence_list(headed, corpus, question)
        hits = _list_of_the_act_first(hits, words, searcher, question)
        for n, hit in enumerate(hits[:3]):
            if counted is not None and counted[0] not in next(
                (c.lead for c in clauses(hit.unit) if c.lead), ""
            ):
                # "缴费档次有哪几个": a sentence that counts the asked thing ("三个档次") names
                # its members; an article's list of other things is not them
                continue
            if _unnamed(question, frame, hit.unit):  # a list of other things
                continue
            if n and spoken(hit.unit) < first:
                # "为了防止挂床住院要做哪些检查": the list of an article found below one that
                # speaks of more of what is asked is a list of something else
                continue
            lead = next((c.lead for c in clauses(hit.unit) if c.lead), "")
            listing = item_list(hit.unit)
            if listing is not None and (
                not n or any(t in lead for t in words if not PERSONS.match(t))
            ):
                listed = _listed(listing, corpus, hit.score)
                return _also_elsewhere(listed, question, lead, hit, hits, corpus, idf)
            if counted is not None:
                continue
            # "服务协议的内容包括：…、…、…": the list inside one sentence of this article
            doc = corpus.document_by_id(hit.unit.doc_id)
            inline = inline_in(hit.unit, doc)
            if inline is not None:
                return _one_sentence_list(inline, corpus, question)
            # "——坚持……相结合。" ×4: sentences opening alike, when they name what is asked
            listing = series_list(hit.unit)
            if listing is not None and names_it(
                listing.lead + "".join(m.text for m in listing.members), doc, every=True
            ):
                return _listed(listing, corpus, hit.score)
            # "六个基本原则": the sections under a heading that names what is asked
            listing = sibling_list(hit.unit, corpus)
            if listing is not None and names_it(group_name(hit.unit, corpus), doc, every=True):
                return _listed(listing, corpus, hit.score)
        # a list written inside one sentence ("具体包括：…；…；…等30种"): that sentence, whole
        # (one that speaks of something the question names: "要哪些材料" is not the list of
        # diseases of an article found beside the rule on papers)
        inline = (counted[1] if counted is not None else None) or next(
            (
                r
                for r in scored[:6]
                if enumerates(r.clause.text)
                and (not telling or any(covered_by(t, question, full_text(r)) for t in telling))
            ),
            None,
        )
        if inline is not None:
            return _one_sentence_list(inline, corpus, question)

    # ("壁画能不能拍几张": a few things done, in a yes/no, is no count asked)
    few = fact is FactType.YES_NO and A_FEW_DONE.search(asking_part(question))
    unit = None if few else _asked_unit(asking_part(question))
    if unit is not None and not any(unit[1].search(full_text(r)) for r in scored[:UNIT_DEPTH]):
        foreign = named_elsewhere(question, corpus, best.unit.doc_id)
        owners = _owners_of(foreign, corpus)
        # (only when the sentence found does not speak of that word: "就业补贴" found in the
        # graduates' plan, which names 生活补贴 without a sum, is not the medical rules')
        # (nor when the question has words of its own that the other documents use only in
        # passing: "培训考试多少分算合格" is the training rules', whatever the roads' 合格率)
        if (
            owners
            and not moved
            and not any(w in best.clause.text for w in foreign)
            and not any(named_elsewhere(question, corpus, d) for d in owners)
        ):
            # "看管员培训一年几次": the custodians' rules found first say nothing of how often;
            # 培训 is the training rules' own word, and they state it (每年不少于一次)
            # (searched for the owned words and how they are asked, without the first
            # document's: 看管员 would rank the training rules' list of who is trained above
            # what is asked of the training)
            asked = question
            for word in _telling(question):
                if word not in foreign and not function_word(word):
                    asked = asked.replace(word, "")
            theirs = [h for h in searcher.search(asked, k=OWNER_DEPTH) if h.unit.doc_id in owners]
            if theirs:
                return _compose(
                    frame, question, theirs, corpus, searcher, context, exclude, moved=True
                )
        # "保护范围多少米以外", "几号发工资", "扣几分": no clause near the question holds a
        # value in that unit at all, so the text does not give it
        return _absent(fact, best, corpus, None, said=f"文件没有规定{unit[0]}。")

    holder = POST_HOLDER_ASKED.search(asking_part(question))
    if fact is FactType.BODY or holder:
        home = _at_home(question, corpus, scored, best)
        if home is not best:
            # "创三甲领导小组组长是谁": who holds a post of the hospital plan is in that plan or
            # nowhere, never the roads plan's 组长 found by the same words
            scored = [r for r in scored if r.unit.doc_id == home.unit.doc_id]
            best = home
    if holder and not any(_names_holder(question, r.clause.text) for r in scored[:12]):
        # "创三甲办公室主任是谁": no sentence near the question names who holds the post
        post = re.sub(r"^(请问|问一下|想问)", "", asking_part(question)[: holder.start()])
        return _absent(fact, best, corpus, None, said=f"文件没有提到{post}是谁。")
    defined = referring = None
    telling: tuple[str, ...] = ()
    if fact in VALUE:
        from index.lexical import covered_by, tokenize

        terms = _subject_terms(question, best, idf)
        # a value is for the question only in a clause that names something the question asks
        # about beyond its kind ("报销款多少天能到账" is not answered by 当年政策 of 报销)
        telling = _telling(question)
        change = CHANGE_ASKED.search(question)  # a change's size: stated with its figure
        # "工资多少" asks money: a count ("每年一次") is not its value
        # "每个月多少" after "去企业上班有补贴吗": the money the turn leans on is still asked
        leaned = context != question and not _telling(question)
        money = fact is FactType.AMOUNT and bool(
            MONEY_ASKED.search(asking_part(question))
            or (leaned and MONEY_ASKED.search(asking_part(context)))
        )
        deduction_asked = bool(DEDUCTION_ASKED.search(asking_part(question)))
        needed = _scheme_said(question, frame, corpus) or SCHEME_TERMS.get(frame.subject.scheme)
        focus = _focus(question, scored)
        limit = bool(LIMIT_ASKED.search(question)) and fact is FactType.AMOUNT

        def titled(r: ScoredClause) -> bool:
            # "（五）初次评审阶段(时间：2020年10月)": the section's title holds the value
            return _has_value(fact, _title(r.unit))

        def outside(r: ScoredClause) -> bool:
            # treated outside the pool: the rule for that comes first (第二十二条 降低10%) when
            # what is paid is asked; "几日内备案" asks a period, which that rule does not hold
            return (
                frame.subject.treated_elsewhere
                and fact in (FactType.AMOUNT, FactType.RATIO)
                and "区外" in benefits(full_text(r))
            )

        kinds = _counted(question, focus)  # "一共多少种": a count of kinds is the value
        divided = bool(DIVISION_ASKED.search(asking_part(question)))
        # "多久能打到卡上": a length of time, not any date word ("…实现之前")
        lasting = fact is FactType.DATE and bool(DURATION_ASKED.search(asking_part(question)))

        # "基金收入留多少做风险储备": a part of a whole not asked in money is stated as a share
        share_asked = (
            fact is FactType.AMOUNT
            and not money
            and bool(SHARE_ASKED.search(asking_part(question)))
        )

        # "培训要持续多长时间": how long a thing lasts, which no frequency (每年一次) states
        length = lasting and bool(LENGTH_ASKED.search(asking_part(question)))
        frequency = fact in (FactType.DATE, FactType.AMOUNT) and bool(
            FREQUENCY_ASKED.search(asking_part(question))
        )

        # "今年建制村通客车的目标是多少": a plan's aim, stated as a share or a count where the
        # plan aims (力争…达到80%以上的目标), not a score or a present count sharing its words
        # (when one of the nearest clauses states such an aim; "合格率要达到多少" is answered
        # by "合格率达到98%以上", which no word of aiming marks)
        # (a share asked, 就业率目标, is a share; "目标是多少" may be a count or a share)
        def aimed(text: str) -> bool:
            return bool(AIMED.search(text)) and (
                _has_value(fact, text)
                or (fact is FactType.AMOUNT and _has_value(FactType.RATIO, text))
            )

        aim = (
            fact in (FactType.AMOUNT, FactType.RATIO)
            and bool(AIM_ASKED.search(asking_part(question)))
            and any(
                aimed(r.clause.text) for r in scored[:12] if r.score >= best.score - VALUE_MARGIN
            )
        )

        def holds(text: str) -> bool:
            if aim:
                return aimed(text)
            if frequency:
                return bool(FREQUENCY_STATED.search(text)) and _done_as_often(question, text)
            if lasting:
                # ("多长时间内报告": 第一时间 is the length, none at all)
                return bool(
                    (LENGTH_STATED if length else DURATION_STATED).search(text)
                    or AT_ONCE.search(text)
                )
            share = share_asked and _has_value(FactType.RATIO, text)
            # "生孩子合规费用报多少", "…报几成": paid in full is how much, and what share, is paid
            full = fact in (FactType.AMOUNT, FactType.RATIO) and bool(PAID_IN_FULL.search(text))
            if fact is FactType.AMOUNT and COUNT_OF_THINGS.search(question):
                # "有多少养护员岗位": "每年开展一次考核" says how often, no count of them
                text = HOW_OFTEN.sub("", text)
            return share or full or _has_value(fact, text)

        timed = (
            _timed_word(
                question,
                idf,
                lambda w: (
                    w in corpus.words
                    or any(covered_by(w, question, r.unit.text) for r in scored[:12])
                ),
                # a verb of the question's own (借) only when the near clauses say it (借用期限)
                "".join(r.clause.text for r in scored[:12]),
            )
            if lasting
            else None
        )

        act = _body_act(question) if fact is FactType.BODY else ""
        # "重度残疾的身份哪个部门认定": the sentence where a body does the act asked may score
        # well below sentences that name the persons (the papers they bring)
        # (payment words are everywhere — 财政补贴, 基金支付 — so only other acts reach further)
        wide = bool(act) and act not in PAYING_ACTS
        margin = {
            id(r): 2 * VALUE_MARGIN if wide and _body_does(act, r.clause.text) else VALUE_MARGIN
            for r in scored[:12]
        }
        candidates = [
            r
            for r in scored[:12]
            if (
                holds(r.clause.text)
                or titled(r)
                or outside(r)
                or (kinds is not None and kinds.search(r.clause.text))
                # "文物保护单位分几个级别": the sentence that divides them ("分为……")
                or (divided and DIVIDES.search(r.clause.text) is not None)
            )
            and r.score >= best.score - margin[id(r)]
            # ("…放牧，参加居民医保找谁": not the body of another group's enrolment, 寺管会)
            and not (fact is FactType.BODY and for_another_group(r.clause.text, question))
            and (
                not terms or any(covered_by(t, question, full_text(r)) for t in terms) or outside(r)
            )
            # (the scheme's own value: a sentence naming it with the value, not the scheme named
            # as a payer beside another value, "按国家每年规定的标准，由…医疗救助资金等渠道筹集")
            and (
                needed is None
                or needed in r.clause.heading
                or any(
                    needed in p
                    and holds(p)
                    # (the scheme's fund paying someone's contribution is not its own aid,
                    # unless the contribution is asked: "190元由医疗救助资金代为缴纳")
                    and (not PAID_FOR.search(p) or re.search(r"[交缴]|保费|医保费|参保", question))
                    for p in re.split(r"(?<=[。；;])", r.clause.text)
                )
            )
            and (focus is None or covered_by(focus, question, full_text(r)))
            # the article speaks of what is timed (藏品 of 第二十七条 for 借用期限…两年)
            and (timed is None or covered_by(timed, question, f"{full_text(r)}{r.unit.text}"))
            and (not limit or _states_limit(r.clause.text))
            and (not change or any(CHANGE_STATED.search(x) for x in _segments(r.clause.text)))
        ]
        if (
            fact is FactType.AMOUNT
            and not lasting
            and (
                EXTREME_PAID_ASKED.search(question)
                or (
                    PAID_SUM_ASKED.search(question)
                    and not frame.person.identities
                    and frame.person.age is None
                    and not LATE_PAYMENT.search(question)  # (补缴 is 第八条's)
                )
            )
        ):
            # "交医保最低多少钱", "医保最多交多少": the least or most one may pay is an end of
            # the choices stated (自愿选择60元、120元、250元三个档次), not a clause that says
            # 最高标准 or 最低生活保障 of something else; "参加医保一年要交多少钱" of no one in
            # particular is those choices, not what an honoured monk pays
            # (among every clause of the articles found: the words of "最少", "一个人" rank
            # clauses of 最低生活保障 or 第三人 above it)
            candidates = [r for r in every if CHOICES_STATED.search(r.clause.text)] or candidates
        counties = [p.said.removesuffix("县") for p in frame.subject.places]
        if fact is FactType.DATE and counties:
            # "普兰县什么时候通客车": the clause that gives the county, or the counties it does
            # not name one by one, a date of its own
            # (beyond the margin too: "普兰县啥时候通客车" finds first the routes that name
            # 普兰县, dated by none, and a task's deadline for every county)
            dated = [
                r for r in scored[:12] if _county_stretch(fact, counties, _segments(r.clause.text))
            ]
            # (beyond it, only a clause naming all the nearest one names of what is asked:
            # "普兰县内的非定线班车什么时候改成定线运营" is no opening of lines)
            asked = [t for t in _telling(question) if not any(c in t for c in counties)]
            candidates = (
                [r for r in dated if r.score >= best.score - VALUE_MARGIN]
                or [
                    r
                    for r in dated[:1]
                    if not any(
                        covered_by(t, question, full_text(best))
                        and not covered_by(t, question, full_text(r))
                        for t in asked
                    )
                ]
                or candidates
            )
        stems = [re.escape(c) for c in counties if c in _ngari_stems()]
        if stems and fact is FactType.BODY:
            # "改则县的班车谁来开": the clause that gives that county its body ("建议措勤、改则、
            # 革吉、噶尔四县农村客运经营主体为地区交通实业发展总公司"), not a task of every county
            own_body = re.compile(rf"({'|'.join(stems)})[^。；]{{0,40}}{BODIES}")
            candidates = [
                r
                for r in scored[:12]
                if own_body.search(r.clause.text) and r.score >= best.score - 2 * VALUE_MARGIN
            ] or candidates
        if stems and fact is FactType.AMOUNT:
            # "改则县有多少养护员": the clause giving that county its own figure ("改则县358人")
            of_county = re.compile(rf"({'|'.join(stems)})县?[^，。；、\d]{{0,3}}\d")
            # (of what the question counts: "革吉县多仁村公路改建投资多少" is the project's sum,
            # not 革吉县3个 villages of another sentence)
            own = [t for t in terms if not any(t in c or c in t for c in counties)]
            candidates = [
                r
                for r in every
                if of_county.search(r.clause.text)
                and all(covered_by(t, question, full_text(r)) for t in own)
            ] or candidates
        year = re.search(r"(?<!\d)(20\d\d)\s*年(?![\d—-])", question)
        # "今年阿里有多少大学毕业生": the gazette's year, which the answer names ("其中2020年591人")
        this_year = not re.search(r"20\d\d", question) and bool(
            re.search(r"今年|本年度?", question)
        )
        said_year = year.group(1) if year else str(GAZETTE_YEAR) if this_year else None
        if said_year and fact is FactType.AMOUNT:
            # "阿里2020年有多少大学毕业生": the clause giving that year its own figure ("其中2020年
            # 591人"), not a span of years that starts with it ("2020—2025年…创业达230人")
            of_year = re.compile(rf"{said_year}\s*年[^，。；、\d]{{0,4}}\d")
            own_year = [
                r
                for r in scored[:12]
                if of_year.search(r.clause.text) and r.score >= best.score - VALUE_MARGIN
            ]
            candidates = own_year or candidates
            if own_year and this_year:  # (its stretch found as for "2020年")
                question = re.sub(r"今年|本年度?", f"{GAZETTE_YEAR}年", question)
        stated = count_stated(question)
        if stated is not None:
            # "创三甲要做几项重点工作": the clause that counts that very thing ("17项重点工作"),
            # not another count beside the same words ("7个重点科室")
            candidates = [r for r in every if stated.search(r.clause.text)] or candidates
        undone = NOT_DONE_ASKED.search(asking_part(question))
        if undone and fact is FactType.AMOUNT:
            # "还有多少个乡镇没通班车": the count of what is not done ("15个乡镇…未通客车"), not
            # of what is ("22个乡镇通客车") beside the same words
            not_done = re.compile(rf"{NOT_DONE_STATED}{undone.group(1)}")
            candidates = [
                r
                for r in every
                if not_done.search(r.clause.text) and _has_value(fact, r.clause.text)
            ] or candidates
        objects = [t for t in _telling(question) if act not in t]  # what the act is done to
        if wide and not any(
            _body_does(act, r.clause.text)
            # (no telling word to be done to: the body doing the act is enough)
            and (not objects or any(covered_by(t, question, r.clause.text) for t in objects))
            for r in candidates
        ):
            # "残疾等级谁来认定": the sentence where a body does the act may lie in an article
            # the question's words rank below the ones that name the persons (their papers)
            doer = _doer(act, question, best, corpus)
            if doer is not None:
                candidates.insert(0, doer)
        if act in PAYING_ACTS:
            # "要是要考古发掘，费用谁出": a body that pays ("所需费用由建设单位列入建设工程预
            # 算") answers, not one that does another act the turn's circumstance speaks of
            # ("文物部门及时组织考古发掘单位实施抢救性发掘")
            candidates = [r for r in candidates if _body_does(act, r.clause.text)] or candidates
        # preferred, never alone a reason to decline (that is left to the nouns named nowhere
        # or never with a value, below): a money value for money asked, and a clause that names
        # what the question asks about
        bearing = [
            r
            for r in candidates
            if (
                not money
                or MONEY_VALUE.search(full_text(r))
                or PAID_IN_FULL.search(r.clause.text)
                or FUND_SHARE.search(r.clause.text)
                # ("出了重大看管事故，工资扣多少": the whole year's pay is the sum taken)
                or (deduction_asked and WHOLE_DEDUCTED.search(r.clause.text))
                or outside(r)
            )
            and (not telling or any(covered_by(t, question, full_text(r)) for t in telling))
        ] or candidates
        # "就业率要达到多少": the clause that states that rate by name, not another rate of the
        # same plan beside the same figure (应用率达到90%)
        rates = [t for t in tokenize(question) if len(t) > 2 and t.endswith("率")]
        bearing = [r for r in bearing if any(t in full_text(r) for t in rates)] or bearing
        if money and not any(
            MONEY_VALUE.search(f"{_title(r.unit)}{r.clause.text}")
            or PAID_IN_FULL.search(r.clause.text)
            or FUND_SHARE.search(r.clause.text)
            or (deduction_asked and WHOLE_DEDUCTED.search(r.clause.text))
            or outside(r)
            for r in bearing
        ):
            # "养护员一个月补贴多少" answered by "每年开展一次考核": money asked, and no clause
            # near the question states a sum of money at all
            bearing = []
        deducting = (
            next(
                (
                    r
                    for r in scored[:6]
                    if DEDUCTS.search(r.clause.text) and r.score >= best.score - VALUE_MARGIN
                ),
                None,
            )
            if (money or fact is FactType.AMOUNT) and deduction_asked
            else None
        )
        if deducting is not None:
            # ("出了重大看管事故，扣多少": the sentence of the deed asked takes the whole year's
            # pay, a sum said; "日志没写好，扣多少": its sentence says 适当扣除, no sum)
            said = [p for p in re.split(r"[；;]", deducting.clause.text) if DEDUCTS.search(p)]
            # (the deed may be told before the asking part: "出了重大看管事故，工资扣多少")
            # (the words naming the document's own subject, 野外文物看管, tell no deed)
            title = corpus.document_by_id(deducting.unit.doc_id).title
            told = [t for t in _all_told(question) if t not in title]
            told_in = [sum(covered_by(t, question, p) for t in told) for p in said]
            # (a deed told picks its sentence; none told, or told of both alike, picks none:
            # "看管员工资扣多少" is not the whole year's pay of an accident)
            own = (
                said[told_in.index(max(told_in))]
                if told_in.count(max(told_in, default=0)) == 1
                else ""
            )
            if WHOLE_DEDUCTED.search(own):
                deducting = None
        if deducting is not None and not any(
            DEDUCTS.search(full_text(r)) and MONEY_VALUE.search(full_text(r)) for r in bearing
        ):
            # "没按时巡查 扣多少补助": the rule that deducts says no sum ("适当扣除当月…补助"),
            # and the pay stated beside it is not what is taken off
            return _absent(fact, deducting, corpus, None, said=DEDUCTION_UNSAID)
        if (
            money
            and MONTHLY_ASKED.search(asking_part(question))
            and not any(MONTHLY_STATED.search(full_text(r)) for r in bearing)
        ):
            # "养护员每个月工资多少": a monthly sum asked where the near clauses state only
            # yearly ones ("350万元/年" is a county's fund, no one's pay)
            return _absent(fact, best, corpus, None, said="文件没有规定按月计的金额。")
        asked = benefits(question, frame) or benefits(context)
        if limit and asked:
            # "门诊特殊病一年最多报多少": its clause only refers to the cap ("不得超过年度最高支付
            # 限额"); the clause that states that cap with its figure answers
            # (a clause quoted for an earlier part may still say where the cap is)
            defined, referring = _defined_limit(every, asked, searcher)
            if defined is not None and any(asked & benefits(r.clause.text) for r in bearing):
                defined = None
        elif limit and needed is None and not telling_benefit(telling):
            # "医保一年封顶几万": the scheme's own yearly cap, stated once for every benefit
            defined, referring = _stated_cap(best.unit.doc_id, searcher), None
        else:
            defined = referring = None
        closing = _closing_rule(question, fact, best, corpus)
        if closing is not None:
            # "这个办法从哪天起执行", "哪家单位负责解释": the document's closing article says it,
            # though its words are too few to be found among the nearest articles
            found = next((r for r in bearing if _closes(question, r.clause.text)), closing)
            if found in bearing:
                bearing.remove(found)
            defined = defined or found
        if defined is not None:
            bearing.insert(0, defined)
        if (
            fact is FactType.AMOUNT
            and PEOPLE_ASKED.search(asking_part(question))
            and bearing
            and not any(PEOPLE_STATED.search(full_text(r)) for r in bearing)
        ):
            # "高压氧舱一次能进几个病人": a number of people no close clause states at all
            return _absent(fact, bearing[0], corpus, None, said="文件没有规定人数。")
        if (
            fact is FactType.AMOUNT
            and PEOPLE_ASKED.search(asking_part(question))
            and TOTAL_ASKED.search(question)
            # ("他们那个点一共安排几个人看": one site's count is the count each site has)
            and not SITE_POINTED.search(question)
            and bearing
            and all(
                len(PEOPLE_STATED.findall(full_text(r))) == len(EACH_COUNTED.findall(full_text(r)))
                for r in bearing
            )
        ):
            # "全地区总共有多少个看管员": only a count for each site is stated, never the whole
            return _absent(fact, bearing[0], corpus, None, said="文件没有规定总人数。")
        fined = _fined_deed(question, scored) if fact is FactType.AMOUNT else None
        if not bearing and fined is not None:
            # "要是工人偷偷拿一个回家了呢，罚多少": the punished deed it names (隐匿不报、私分)
            # says by what law it is dealt with; the gazette sets no sum
            return _absent(fact, fined, corpus, None)
        if not bearing:
            subject = needed or focus
            about = next((r for r in scored if subject and subject in full_text(r)), best)
            # what the question asks about that the nearest clause does not speak of
            unsaid = [t for t in telling if not covered_by(t, question, full_text(about))]
            before = [t for t in telling if change and t in question[: change.start()]]
            # "大病保险的起付线是多少": the scheme's own thing that is unsaid, not the scheme
            # (whose 14万 the quote then shows)
            own = [t for t in unsaid if needed and t != needed and t not in needed]
            named = (
                (f"{needed}的{own[-1]}" if needed and own else needed)
                or timed
                or (f"{before[-1]}的涨幅" if before else None)
                or (
                    _focus_phrase(question, focus)
                    if focus
                    else (_focus_phrase(question, (unsaid or telling)[-1]) if telling else None)
                )
            )
            return _absent(fact, about, corpus, named)
        # the clause about the benefit the question names, not another one it does not name
        # ("一年最多报多少" is 第二十三条's cap, not 普通门诊's 300元)
        # ("那一年最多报多少" after a question on 门诊特殊病: the benefit of the conversation)
        persons = groups(question)
        # "各档报多少", "交250的报销比例是多少": a claim asked without naming the care is the
        # inpatient one, the scheme's main benefit, before 门诊特殊病's rates by the same tiers
        preferred = asked or (
            {"住院"}
            if fact in (FactType.RATIO, FactType.AMOUNT)
            and CLAIM_ASKED.search(asking_part(question))
            else set()
        )
        counted = _counted(question, focus)
        ending = _ending_word(question)
        part = _part_named(question)
        heads = bool(PEOPLE_ASKED.search(asking_part(question)))
        # "从哪天起执行": the clause that says when the rules take effect
        effective = fact is FactType.DATE and bool(EFFECTIVE_ASKED.search(question))
        enjoy = fact is FactType.DATE and bool(ENJOY_ASKED.search(question))
        # "几月开始交": when one pays, the sentence that names the paying period
        paying = (
            fact is FactType.DATE
            and not enjoy
            and bool(PAY_ASKED.search(asking_part(question)))
            and not COVER_WORDS.search(asking_part(question))  # "补缴以后几时能享受待遇"
        )
        day = fact is FactType.DATE and bool(DAY_ASKED.search(question))
        # "缴费期是什么时候": the sentence that says what the period is ("…为下一年的参保缴费期"),
        # not one that only names a stretch of it ("中断缴费期间")
        term = PERIOD_NAMED.search(asking_part(question)) if fact is FactType.DATE else None
        named = (
            "|".join(term.group(1)[-k:] for k in (5, 4, 3) if len(term.group(1)) >= k)
            if term
            else ""
        )
        defines = (
            re.compile(rf"为[^，。；]{{0,10}}({named})(?!间)|({named})(?!间)[^，。；]{{0,2}}为")
            if term
            else None
        )
        bearing.sort(
            key=lambda r: (
                not outside(r),
                effective and not EFFECTIVE_STATED.search(r.clause.text),
                # "交了医保多久能用": the sentence that dates the cover ("于下一年1月1日…享受")
                enjoy and not ENJOY_STATED.search(r.clause.text),
                paying and not PAY_PERIOD_STATED.search(r.clause.text),
                # "如需补缴" when not asked, in the turn or the topic it follows ("补交…" → "交了以后…")
                enjoy and _unasked_case(context or question, r.clause.text),
                defines is not None and not defines.search(r.clause.text),
                # "缴费期哪天截止": a day of the calendar, not "期间" or "每年"
                day and not CALENDAR_DAY.search(r.clause.text),
                bool(act) and not _body_does(act, r.clause.text),  # a body that does it
                bool(act) and not _does(act, r.clause.text),  # "谁收": the body that 征收
                # "文物保护单位维修要谁批准": of the bodies that approve, the one approving the
                # work named (维修, 第十五条), not another work near the same site (第十三条)
                -sum(covered_by(t, question, r.clause.text) for t in objects) if act else 0,
                # "修复找哪个部门": a clause that names a body before one that only says 批准
                fact is FactType.BODY and not NAMED_BODY.search(r.clause.text),
                bool(counted) and not counted.search(r.clause.text),  # "几个档次": "三个档次"
                # "每处配几个看管员": a number of people ("2名"), not an age range
                heads and not PEOPLE_STATED.search(r.clause.text),
                # "在成都住院要几天内报备": the clause that speaks of what the question ends on
                bool(ending) and not _speaks_of(ending, question, r),
                # "新增医务人员里专招解决多少人": the sentence of the part named (专招 60 人), not
                # of the whole (184 人)
                bool(part) and part not in r.clause.text,
                -len(preferred & _care_benefits(r, corpus)),
                bool(_care_benefits(r, corpus) - preferred),
                bool(groups(r.clause.text) - persons),  # the general rule before exceptions
            )
        )
        if defined is not None:  # the stated cap comes before the other benefits' own caps
            bearing.remove(defined)
            bearing.insert(0, defined)
        # the first that speaks of every thing the question names; when none does and a thing
        # asked is named nowhere in the gazette (押金, 工作日), the text is silent on it
        named_all = defined or next(
            (r for r in bearing if not _unnamed(question, frame, r.unit)), None
        )
        payer_checked = PAYER_CHECKED.search(question) and PAID_THING.search(question)
        if (named_all is None and PAYER_ASKED.search(question)) or (
            payer_checked
            and named_all is not None
            and not PAYER_STATED.search(named_all.clause.text)
        ):
            # "考古挖掘要花钱的话谁掏", "这工资是县里发还是谁出钱": a clause near the question
            # that says where the money comes from answers who pays, whatever words the
            # question put it in (not one naming the body checked for another duty: "是县政府
            # 给的吗" — 县人民政府…负责日常管理)
            named_all = next(
                (r for r in bearing[:3] if PAYER_STATED.search(r.clause.text)), named_all
            )
        if named_all is None and fined is not None:
            return _absent(fact, fined, corpus, None)  # (as above: the deed's list, no sum)
        upkeep = [m.group(0) for m in UPKEEP_ASKED.finditer(asking_part(question))]
        if (
            named_all is not None
            and upkeep
            and COST_BORNE_ASKED.search(asking_part(question))
            and not any(u in named_all.clause.text for u in upkeep)
        ):
            # "参加培训的饭钱和车费谁出": the purse of the training's costs (培训经费…专项经费)
            # says nothing of one's board or travel; it is the nearest rule
            thing = _joined(question, upkeep) or upkeep[-1]
            return _absent(fact, named_all, corpus, thing, f"文件没有规定“{thing}”由谁承担。")
        if named_all is None:
            unheard = [
                t
                for t in _unheard(question, frame, bearing[0].unit, corpus)
                if _valued(question, t)
            ] or _unvalued(question, frame, bearing[0].unit, corpus, fact)
            if unheard:
                # the nearest rule is one that speaks of the thing, when one was found
                from index.lexical import covered_by

                speaks = next(
                    (r for r in scored if covered_by(unheard[-1], question, full_text(r))),
                    bearing[0],
                )
                # ("培训的吃饭和住宿谁管": both things asked together named, and who bears a
                # cost asked as such, beside what its document says pays the costs)
                phrases = [_focus_phrase(question, t) for t in unheard]
                thing = _joined(question, phrases) or phrases[-1]
                borne = COST_BORNE_ASKED.search(asking_part(question))
                said = f"文件没有规定“{thing}”由谁承担。" if borne else ""
                return _absent(fact, _funding_of(question, speaks, corpus), corpus, thing, said)
        if fact is FactType.DATE:
            aspect = _open_aspect(question, scored, best)
            if aspect is not None:
                # "报销多久能到账": a time of a step no article near the question speaks of
                return _absent(fact, named_all or bearing[0], corpus, aspect)
        best = named_all or bearing[0]
        event = _date_event(question) if fact is FactType.DATE else None
        # (a word that tells an event apart, as 挂牌 does; 报销 or 缴费 is every clause's)
        if event and idf(event) >= TELLING_EVENT:
            from index.lexical import covered_by

            # (the clause found, not its whole unit: "创三甲工作从2020年3月到10月…初审" shares
            # its section with the sentence that dates 挂牌)
            if not covered_by(event, question, full_text(best)):
                # "三甲具体哪天挂牌": the date found is another task's; a clause near it that
                # speaks of the event asked, with a date, answers instead
                holder = next(
                    (
                        r
                        for r in scored[:12]
                        if event in r.clause.text and _has_value(FactType.DATE, r.clause.text)
                    ),
                    None,
                )
                best = holder or best
        if (
            fact is FactType.DATE
            and COMPLETION_ASKED.search(asking_part(question))
            and START_STATED.search(best.clause.text)
            and not COMPLETION_STATED.search(best.clause.text)
        ):
            # "传染病院区哪一年能建成": only when its building starts is planned ("力争在今年第三
            # 季度开工建设"); that is the nearest rule, not the answer
            return _absent(fact, best, corpus, None, said=NO_COMPLETION)
        role = _asked_role(asking_part(question), corpus) if money else None
        # the role may be named in another sentence of the same section ("医院需新增医务人员
        # 184 人……每年所需经费 2706.17 万元")
        if role and not covered_by(role, question, f"{full_text(best)}{best.unit.text}"):
            # "公益性岗位每月工资多少": the pay found (看管人员's) is another role's; the role asked
            # is named in the text, but never with a sum
            best = next(
                (r for r in bearing if covered_by(role, question, f"{full_text(r)}{r.unit.text}")),
                None,
            )
            if best is None:
                return _absent(fact, bearing[0], corpus, None, said=f"文件没有规定{role}的金额。")

    if (
        fact in (FactType.YES_NO, FactType.OTHER)
        and frame.subject.treated_elsewhere
        and not PAPERS_ASKED.search(asking_part(question))
        # ("从乡卫生院直接去拉萨大医院行不行": whether one may go straight there is 逐级转诊's,
        # the term its everyday words stand for)
        and not _stood_for(question, best.clause.text)
    ):
        # "在上海住院能报吗": the rule for treatment outside the pool answers it (not "在成都住院
        # 回来报销要带什么", which asks the papers a claim needs)
        outside = next(
            (
                r
                for r in scored[:12]
                if "区外" in benefits(r.clause.text) and r.score >= best.score - VALUE_MARGIN
            ),
            None,
        )
        best = outside or best

    if fact is FactType.YES_NO:
        from index.lexical import covered_by

        paid = PAID_THING_ASKED.search(question)
        # (a bare 补助 or 补贴 is any support: "建档立卡户参保有补助吗" is answered by who pays
        # their contribution for them, in whatever words; a payment made of a restricted fund,
        # "专项资金能拿来发奖金吗", is a use the restriction decides)
        if paid and (paid.group(1) in ("补助", "补贴") or _restricting(question, scored, best)):
            paid = None
        if paid and not any(
            covered_by(paid.group(1), question, full_text(r))
            for r in scored[:4]
            if r.score >= best.score - VALUE_MARGIN
        ):
            # "培训有误工补贴吗", "捐文物有奖金吗": a payment no clause near the question names
            return _absent(fact, best, corpus, paid.group(1))
    asked_benefits = benefits(question, frame)
    capped = None
    if (
        fact is FactType.YES_NO
        and LIMIT_ASKED.search(question)
        # ("门特的钱算在年度限额里吗": what counts in the cap, not whether there is one)
        and not COUNTED_IN_ASKED.search(question)
    ):
        # "有封顶吗" after 门诊特殊病: the benefit of the conversation
        asked_benefits = asked_benefits or benefits(context)
        # "住院有封顶吗": whether there is a cap is answered by the clause that states it, or by
        # the clause stating the cap that the benefit's own clause only names
        capped = next(
            (
                r
                for r in scored[:12]
                if _states_limit(r.clause.text)
                and (not asked_benefits or asked_benefits & benefits(r.clause.text))
                and r.score >= best.score - VALUE_MARGIN
            ),
            None,
        )
        if capped is None and asked_benefits:
            capped, _ = _defined_limit(every, asked_benefits, searcher)
        best = capped or best
    if (
        capped is None
        and fact is FactType.YES_NO
        and asked_benefits
        and not (asked_benefits & benefits(best.clause.text))
        # ("能不能直接去地区医院住院": the rule the question's everyday words stand for,
        # 逐级转诊, decides; the stay is only where it happens)
        and not _stood_for(question, best.clause.text)
    ):
        # "门特有没有起付线": the close clause about the benefit asked, not 普通门诊's
        # ("去地区人民医院住院要开转诊单吗": one that says the words the best clause says as
        # they are, 转诊 — 住院 is only where it happens)
        literal = [t for t in _telling(question) if t in best.clause.text]
        best = next(
            (
                r
                for r in scored[:6]
                if asked_benefits & benefits(r.clause.text)
                and r.score >= best.score - VALUE_MARGIN
                and all(t in r.clause.text for t in literal)
                and not _outside_only(r.clause.text, question)
            ),
            best,
        )
    # (the rule raising what is paid, found for "比别人高吗", names every benefit it raises)
    raising = bool(MORE_ASKED.search(question) and RAISED.search(best.clause.text))
    if capped is None and fact is FactType.YES_NO and asked_benefits and not raising:
        # "看个感冒 普通门诊能报吗": a close clause of the benefit asked alone before one that
        # sets it beside another the question does not name ("两病"普通门诊…不得同时享受)
        from index.lexical import covered_by

        held = [t for t in _telling(question) if covered_by(t, question, best.clause.text)]

        def alone(r: ScoredClause) -> bool:
            named = benefits(r.clause.text)
            return (
                bool(asked_benefits & named)
                # (住院 is named beside most benefits: "…新生儿住院费用", "与住院费用合并")
                and not named - asked_benefits - {"住院"}
                and all(covered_by(t, question, r.clause.text) for t in held)
            )

        # (the words the best clause says as they are are said by the other too)
        literal = [t for t in _telling(question) if t in best.clause.text]
        # ("从乡卫生院直接去拉萨大医院行不行": the rule the everyday words stand for, 逐级转诊,
        # decides; where the care is, 区外, is the setting)
        if (
            not alone(best)
            and not _stood_for(question, best.clause.text)
            and not _settling_of(question, best.clause.text)
        ):
            best = next(
                (
                    r
                    for r in scored[:6]
                    if alone(r)
                    and r.score >= best.score - VALUE_MARGIN
                    and all(t in r.clause.text for t in literal)
                    and not _outside_only(r.clause.text, question)
                ),
                best,
            )

    if capped is None and fact in (FactType.YES_NO, FactType.PROCEDURE):
        best = _speaks_most(question, scored, best)
    if (
        fact is FactType.YES_NO
        and _permission_asked(question)
        and not PERMITTING.search(best.clause.text)
    ):
        # "培训到一半家里有事，能不能先走": whether one may is decided by the close clause that
        # bans or allows it (不得退训…经办公室批准后，方可退训), not one about what follows
        # (被退训处理的学员…作出书面检讨)
        # (one that speaks of everything the best one does of the question: "建设控制地带里能
        # 盖房吗" keeps its own paragraph, not the 保护范围's ban)
        from index.lexical import covered_by

        # (what it is asked of may stand before the asking part alone: "家庭账户里还剩点钱，
        # 还能用吗" asks of the 家庭账户, not of any rule that permits or bans)
        asked = (*_telling(question), *_terms_named(question)) or _told_of(question)
        named = [t for t in asked if covered_by(t, question, full_text(best))]
        # (the act asked of is what the rule must speak of: "唐卡能不能借给别的寺庙" is 借用's
        # rule, 第二十七条, not a rule on temples' fire safety that shares 寺庙)
        acts = [t for t in _telling(question) if word_tag(t).startswith("v")]

        def of_act(r: ScoredClause) -> bool:
            return any(covered_by(t, question, full_text(r)) for t in acts)

        permitting = [
            r
            for r in scored[:6]
            if PERMITTING.search(r.clause.text) and r.score >= best.score - VALUE_MARGIN
        ]
        acting = [r for r in permitting if of_act(r)] if not of_act(best) else []
        best = next(
            (r for r in permitting if all(covered_by(t, question, full_text(r)) for t in named)),
            best,
        )
        if acting and not of_act(best):
            best = acting[0]
    if (
        fact is FactType.PROCEDURE
        and not STEPS_STATED.search(best.clause.text)
        # ("医保没按时交怎么办": what follows a lapse is its rule, 补缴, not another act's steps)
        and frame.slots.get("mode") != "late"
        # ("他没报告呢" after the duty to report: what follows the deed, not the steps)
        and not (deed_undone(question) and _punishes(best.clause))
    ):
        # "区外住院回来怎么报销": how it is done is told by the close clause stating the steps
        # (先行垫付…持…资料…报销), not by the one stating the rate of the same claim
        from index.lexical import covered_by

        # (of whom it is asked when the asking part names nothing: "我儿子在内地读高中，医保在哪交"
        # is the students' own rule, not the steps of the dependants' enrolment)
        def said(r: ScoredClause) -> int:
            return sum(covered_by(t, question, r.clause.text) for t in _told_of(question))

        # (of the matter asked: "参保人员去世了家属要做什么" is no stay's 备案)
        # ("…阑尾炎住院了，回来咋报": a claim's own steps, 申请结算, reach further)
        # (a stay in Tibet is no 区外 stay, whose steps these are: "在拉萨住院了，回来怎么报销")
        claim = bool(CLAIM_HOW.search(question)) and not any(
            p.in_tibet and p.role.value == "treated" for p in frame.subject.places
        )

        def margin(r: ScoredClause) -> float:
            steps_of_claim = claim and re.search(r"报销|结算", r.clause.text)
            return 2 * VALUE_MARGIN if steps_of_claim else VALUE_MARGIN

        where = bool(WHERE_DONE_ASKED.search(question))
        stepping = [
            r
            for r in scored[:12]
            if STEPS_STATED.search(r.clause.text)
            and r.score >= best.score - margin(r)
            and (said(r) >= said(best) or (where and WHERE_DONE.search(r.clause.text)))
        ]
        if where:
            # "今年想参加居民医保，去哪儿办": the steps that say where one goes (到户籍所在地
            # 乡（镇）…申报登记), not the sentence that only says steps follow
            stepping.sort(key=lambda r: not WHERE_DONE.search(r.clause.text))
        best = stepping[0] if stepping else best
    if fact in (FactType.PROCEDURE, FactType.OTHER):
        best = _for_the_asker(question, scored, best)
    if COMBINED_ASKED.search(question):
        # "门特的钱跟住院的一起算封顶吗": the clause of a near article that counts them
        # together (合并累计计算), though another clause of it names what is asked (透析)
        together = next(
            (
                (r, c)
                for r in scored[:8]
                if r.score >= best.score - VALUE_MARGIN
                for c in clauses(r.unit)
                if COUNTED_TOGETHER.search(c.text)
            ),
            None,
        )
        if together is not None:
            r, c = together
            best = ScoredClause(c, r.unit, r.score, r.rank)
    if WAY_BACK.search(best.clause.text) and not LAPSE_SAID.search(f"{question} {context}"):
        # "交医保一年多少钱": what one pays, not what one pays back after a lapse (第八条 补缴…
        # 最高筹资标准), unless a lapse is told
        best = next(
            (
                r
                for r in scored[:8]
                if not WAY_BACK.search(r.clause.text)
                and _has_value(fact, r.clause.text)
                and r.score >= best.score - VALUE_MARGIN
                # (the rule for everyone, not one for a group the question does not name)
                and not groups(r.clause.text) - groups(question)
            ),
            best,
        )
    if (
        fact is FactType.AMOUNT
        and PAYING_BACK.search(question)
        and not SUBSIDY_GIVEN.search(question)
        and not WAY_BACK.search(best.clause.text)
    ):
        # "补的话要交多少钱" after a lapse: what one pays back (第八条 按最高筹资标准全额补缴),
        # not the tiers one chooses in time
        best = _nearest_saying(scored, best, WAY_BACK)
    if SOURCE_ASKED.search(question) and not SOURCE_STATED.search(best.clause.text):
        # "精神病福利院的钱从哪来": the clause of the same article that says where the money
        # comes from (资金来源为中央福彩), not the one on what the project is for
        best = _sibling_saying(best, SOURCE_STATED)
    if (
        fact is FactType.BODY
        and PAYER_ASKED.search(asking_part(question))
        and PAID_THING.search(question)
        and not PAYER_STATED.search(best.clause.text)
    ):
        # "文物局来考古发掘，这个费用谁出": who pays is said where the money comes from (所需
        # 费用由建设单位列入建设工程预算), not in a close clause on the same work's approvals,
        # nor in one on what a fund is spent on (…专项经费，用于下列用途)
        best = _nearest_saying(scored, best, PAYER_STATED, within=6)
    inside = _inside_tibet(question, frame, scored, best, corpus, context)
    if inside is not None:
        return inside
    goal = _goal_not_status(question, frame, scored, corpus)
    if goal is not None:
        return goal

    near = scored
    if (
        PRIVATE_HOLDER.search(question)
        and not INSTITUTION_HOLDER.search(question)
        and not CITIZEN_HOLDER.search(best.clause.text)
    ):
        # "自己家收藏的老物件能拿去卖吗": the rule for what citizens hold (第三十二条), not the
        # one binding state collections (第二十七条) or sites (第十六条) that shares the act's words
        best = next(
            (r for r in scored[:8] if CITIZEN_HOLDER.search(r.clause.text)),
            best,
        )
    # ("野外文物能拆吗": the rule forbidding the act, 第十六条 不得…拆毁, decides it wherever it
    # stands; not the custodians' rules whose title shares 野外文物)
    if fact is FactType.YES_NO and not _decides_act(question, best.clause, punished=False):
        home = _at_home(question, corpus, scored, best)
        if home is not best:  # what the subject's document says is what decides
            best, near = home, [r for r in scored if r.unit.doc_id == home.unit.doc_id]
    # (a use asked to be allowed, "能挪去买车吗"; not a duty asked, "维修要不要报批", which the
    # rule on that act decides)
    restricting = (
        _restricting(question, near, best)
        if fact is FactType.YES_NO and not DUTY_ASKED.search(asking_part(question))
        else None
    )
    if restricting is not None:
        # "养护补助资金能挪去买办公用车吗": a near rule restricts the thing asked of (仅限用于养护
        # 工程); that rule decides any other use, though it never names the one asked
        best = restricting
    unsaid = (
        _unsaid_predicate(question, near, best, corpus)
        # ("寺里的佛像能送给朋友吗": a rule forbidding the act, 赠与…给其他单位或个人, decides
        # it for whomever it is done to)
        if fact is FactType.YES_NO
        and restricting is None
        and not _decides_act(question, best.clause, punished=False)
        # ("在县医院住院要自己先垫钱吗": the settling rule speaks of it in its own words)
        and not _settling_of(question, best.clause.text)
        else None
    )
    if unsaid is not None:
        # "看管员能不能带家属一起住", "证件照有没有尺寸要求": what is asked to be allowed, required
        # or present is spoken of by none of the articles nearest the question
        return _absent(fact, _funding_of(question, best, corpus), corpus, unsaid)

    if NOW_ASKED.search(asking_part(question)) and AIMED.search(best.clause.text):
        # "人民医院现在已经是三甲了吗", "就业率实际达到90%了吗": a 2020 plan states what it aims
        # at, never what came of it; the aim is the nearest rule
        # (the aim with its time, "争取2021年…挂牌", over a task's detail that plans something)
        aims = [
            r
            for r in scored[:12]
            if AIMED.search(r.clause.text) and _has_value(FactType.DATE, r.clause.text)
        ]
        # (the aim of what is asked about: "争取2021年…三级甲等…挂牌", not a purchase's date)
        from index.lexical import covered_by

        # (what is asked of, not whether it is built or in use: 外科综合楼, not 投入使用)
        done = [m.group(0) for m in COMPLETION_ASKED.finditer(question)]
        telling = [t for t in _telling(question) if not any(t in d for d in done)]
        named = {id(r): sum(covered_by(t, question, full_text(r)) for t in telling) for r in aims}
        aim = max((r for r in aims if named[id(r)]), key=lambda r: named[id(r)], default=best)
        cite = of_clauses(corpus, aim.unit, [aim.clause], aim.score)
        return _silent(OUTCOME_UNSAID, cite, aim.clause.text)
    aspect = _open_aspect(question, scored, best)
    if aspect is not None:
        # "看管员给不给交五险一金", "续费能在手机上交吗": a detail of how the rule is carried out
        # that no article near the question speaks of; the nearest rule does not settle it
        # ("培训的住宿费和车费谁出": who bears a cost is asked, not a body's duty)
        borne = COST_BORNE_ASKED.search(asking_part(question))
        said = f"文件没有规定“{aspect}”由谁承担。" if borne else ""
        return _absent(fact, _funding_of(question, best, corpus), corpus, aspect, said=said)

    if fact is FactType.PROCEDURE or (
        fact is FactType.OTHER and HOW_ASKED.search(asking_part(question))
    ):
        from index.lexical import covered_by

        # ("老唐卡想卖 要办啥手续": the act is 卖, the want said with it is no act)
        act = re.sub(r"^(?:想|想要|要|打算|准备)(?=.)", "", _procedure_act(question))
        if act and not covered_by(act, question, corpus.words):
            # "援藏怎么报名", "看管员辞职走什么手续": an act the gazette never names has no
            # procedure in it; the nearest rule is no answer to how it is done
            return _absent(fact, best, corpus, act)
    if fact in (FactType.LIST, FactType.PROCEDURE):
        # the steps or members of something the text never names are not in it
        # ("修水渠挖出铜佛像了要做什么": what to do in a setting the text need not name — the
        # find is what the rule is of — unless nothing of the question is spoken of)
        speaking = next(
            (
                r
                for r in scored
                if not _unnamed(question, frame, r.unit)
                and not for_another_group(r.clause.text, question)
            ),
            None,
        )
        setting = WHAT_TO_DO.search(question) and _speaks_of_most(question, best)
        if speaking is None and not setting:
            unheard = [
                t for t in _unheard(question, frame, best.unit, corpus) if _valued(question, t)
            ]
            if unheard:
                return _absent(fact, best, corpus, _focus_phrase(question, unheard[-1]))
        if _unnamed(question, frame, best.unit):
            best = speaking or best

    if fact is not FactType.LIST and best.clause.text.rstrip().endswith(("：", ":")):
        listing = item_list(best.unit)
        if listing is not None and listing.lead and listing.lead in best.clause.text:
            return _lead_with_items(best, listing, corpus)

    if fact is not FactType.LIST:
        best = _for_everyone(question, best, fact)
    if fact is FactType.YES_NO and EXISTS_ASKED.search(asking_part(question)):
        # "普通门诊有起付线吗": the sentence of the clause stating the term with its figure
        # (起付线标准为累计100元), not its sibling naming it as a bound (起付线以下…个人负担)
        asked_terms = _telling(question)
        if not any(_states_term(t, p) for t in asked_terms for p in _segments(best.clause.text)):
            stating = next(
                (
                    c
                    for c in clauses(best.unit)
                    if c.label == best.clause.label
                    and c != best.clause
                    and any(_states_term(t, p) for t in asked_terms for p in _segments(c.text))
                ),
                None,
            )
            if stating is not None:
                best = replace(best, clause=stating)
    if (
        fact is FactType.AMOUNT
        and MONEY_ASKED.search(asking_part(question))
        and not MONEY_VALUE.search(best.clause.text)
    ):
        # "那这些人每年要花多少钱" after the staff to hire: the sum is the sentence of the same
        # article that states money (每年所需经费2706.17万元), not the count the last turn found
        best = _sibling_saying(best, MONEY_VALUE)
    # a clause that continues its neighbour ("参保人员年度内第二次住院…") reads with it
    siblings = [c for c in clauses(best.unit) if c.label == best.clause.label and c.label]
    tier_cited, tier_why = None, ""  # the rule fixing the person's tier, when it chose the case
    if fact in (FactType.PROCEDURE, FactType.OTHER) and len(best.unit.text) <= WHOLE_SHORT:
        # "怎么报告": a short article says how in all its sentences (报告 … 以书面形式)
        chosen_clauses = list(clauses(best.unit))
    elif fact in (FactType.PROCEDURE, FactType.OTHER, FactType.YES_NO) and len(siblings) > 1:
        extra = [c for c in siblings if c.index == best.clause.index + 1]
        chosen_clauses = [best.clause, *extra]
    elif fact in VALUE or (TIER_ASKED.search(question) and _person_tier(frame) is not None):
        # ("我妈不交钱的话 住院按哪个档报销": the tier the rules fix for her, and its rates)
        fixed = _person_tier(frame)
        tier = frame.slots.get("tier") or (fixed.tier if fixed else None)
        chosen_clauses = _variants(best.unit, best.clause, question, tier)
        if fixed is not None and len(chosen_clauses) == 1 and chosen_clauses[0].heading:
            # "我妈61岁，住院报销比例是多少": her tier is the rule's, said with its clause
            tier_cited = of_place(
                corpus, fixed.where.doc_title, fixed.where.article, fixed.where.item
            )
            tier_why = fixed.why
        if len(chosen_clauses) == 1 and chosen_clauses[0] != best.clause:
            # "交二百五的…几成": the case named, though a sibling case's clause scored as well
            best = replace(best, clause=chosen_clauses[0])
    else:
        chosen_clauses = [best.clause]
    if fact in VALUE and len(chosen_clauses) == 1 and tier_said(frame, chosen_clauses[0]):
        # "交60的话住院报多少": the tier picked the clause ("缴费档次为60元的…"); its figure is
        # no value asked of the clause's pieces (三级…报销60%)
        question = re.sub(rf"(?<![\d.]){frame.slots['tier']}(?![\d.%])", "", question)
    citations = [of_clauses(corpus, best.unit, chosen_clauses, best.score)]
    lines = []
    chosen_facts: list[str] = []  # words shown that are not in the quoted clauses
    each_case = fact in VALUE and len(chosen_clauses) > 1
    level = frame.slots.get("level") if frame.slots.get("level") in HOSPITAL_LEVELS else None
    if each_case:  # one value for each case the text sets apart
        directs = [
            _direct(fact, question, c, idf, context, level, corpus.document(best.unit.doc_id).title)
            for c in chosen_clauses
        ]
        lines += [f"{d}（{citations[0].label}）[1]" for d in directs]
        direct = "".join(directs)
    else:
        direct = _direct(
            fact,
            question,
            best.clause,
            idf,
            context,
            level,
            corpus.document(best.unit.doc_id).title,
        )
        following = next((c for c in siblings if c.index == best.clause.index + 1), None)
        if (
            fact is FactType.YES_NO
            and BANNED.search(direct)
            and not ALLOWED_AFTER_ALL.search(direct)
            and following is not None
            and following in chosen_clauses
            and EXCEPTION_OPENING.match(following.text)
            and ALLOWED_AFTER_ALL.search(following.text)
        ):
            # "保护范围里打井行不行": the ban, and the sentence after it that allows it after all
            # ("但因特殊情况需要…并经…人民政府批准")
            direct = f"{direct}；{display(following.text.rstrip('。；; '))}"
        added_to = (
            next(
                (
                    c
                    for c in clauses(best.unit)
                    if c.index < best.clause.index
                    and c.label == best.clause.label
                    and STEPS_STATED.search(c.text)
                ),
                None,
            )
            if fact in (FactType.PROCEDURE, FactType.OTHER) and ALSO_HANDED.search(direct)
            else None
        )
        if added_to is not None and added_to.text.rstrip("。；") not in direct:
            # "低保户头一回参保要带啥材料": what a group hands in as well (应当同时提供…) is said
            # with what everyone hands in (持户口簿、身份证…申请参保登记)
            direct = f"{display(added_to.text.rstrip('。；; '))}；{direct}"
            if added_to not in chosen_clauses:
                chosen_clauses = sorted([*chosen_clauses, added_to], key=lambda c: c.index)
                citations = [of_clauses(corpus, best.unit, chosen_clauses, best.score)]
        religious = _religious_site_rule(question, context, best.unit, direct)
        if religious is not None:
            # "我们寺是县级文保单位 大殿漏雨想修": the rule for every site and the one for a
            # religious site (征求宗教部门的意见), both of the same article
            direct, added = religious
            if added not in chosen_clauses:
                chosen_clauses = [*chosen_clauses, added]
                chosen_clauses.sort(key=lambda c: c.index)
                citations = [of_clauses(corpus, best.unit, chosen_clauses, best.score)]
        # (the household's place as it is now: the last said, "以前在噶尔，现在迁到札达")
        registered = (
            next(reversed(list(REGISTERED_AT.finditer(question))), None)
            if "户籍所在地" in direct
            else None
        )
        home = next(
            (p.name for p in places_in(question) if registered and p.said in registered.group(0)),
            None,
        )
        if home is not None:
            # "娃在成都上大学 户口在日土县 医保在哪交": the rule's 户籍所在地 is the place said
            direct = f"{direct}（即户口所在的{home}）"
        previous = next((c for c in siblings if c.index == best.clause.index - 1), None)
        if (
            # (nor of what one does: "那要是在保护范围里面盖呢" after the 建设控制地带's steps is
            # not answered by the exception alone; a body or a figure asked is the exception's)
            fact in (FactType.YES_NO, FactType.OTHER, FactType.PROCEDURE)
            and EXCEPTION_OPENING.match(best.clause.text)
            and previous is not None
            and BANNED.search(previous.text)
            and previous.text.rstrip("。；; ") not in direct
        ):
            # "保护范围里能建房子吗" finds first the exception ("但因特殊情况需要…批准"): the
            # ban it makes an exception to comes first
            direct = f"{display(previous.text.rstrip('。；; '))}；{direct}"
            chosen_clauses = [previous, *chosen_clauses]
            citations = [of_clauses(corpus, best.unit, chosen_clauses, best.score)]
        counted = COUNTED_TOGETHER.search(best.clause.text)
        if COMBINED_ASKED.search(question) and counted:
            # "…一起算吗": the sentence piece that says they are counted together
            direct = next(p for p in _segments(best.clause.text) if counted.group(0) in p)
            direct = display(direct.rstrip("，；。 "))
        order = _order_said(question)
        ordered = next(
            (
                c
                for c in siblings
                if order
                and (fact in VALUE or fact is FactType.YES_NO)  # ("还得按原来的交吗")
                and c != best.clause
                and _nth(order) in c.text
            ),
            None,
        )
        if ordered is not None:
            # "今年第二次住院了 三级医院起付线多少": the level's value and the sentence for that
            # order ("年度内第二次住院起付标准为首次起付标准的70%")
            said = next(p for p in _segments(ordered.text) if _nth(order) in p)
            direct = f"{direct}；{display(said.rstrip('，；。 '))}"
            reduced = _reduced_deductible(question, level or _asked_level(question), order)
            if reduced is not None:
                # "县医院第二次住院起付线多少": the figure itself, computed from the rule table
                direct += f"，即{reduced}"
                chosen_facts.append(reduced)
            chosen_clauses = [*chosen_clauses, ordered]
            citations = [of_clauses(corpus, best.unit, chosen_clauses, best.score)]
        # (in the clause found, or its article: the list may stand in another sentence of it)
        listed = (
            _county_members(question, best.clause.text) or _county_members(question, best.unit.text)
            if fact is FactType.YES_NO
            else ""
        )
        if listed and re.search(r"村|乡", question):
            # "噶尔县有没通硬化路的村吗": the county's own members of a list given county by
            # county, or that the list names it not
            direct = listed
        added = _counties_added(question, direct)
        if added is not None:
            direct = f"{direct}，合计{added}"
            chosen_facts.append(added)
        title = _title(best.unit)
        named_by_title = any(t in title and t not in best.clause.text for t in telling)
        if (
            fact in VALUE
            and _has_value(fact, title)
            and (named_by_title or not _has_value(fact, best.clause.text))
        ):
            direct = f"{title}：{direct}"
            chosen_facts.append(title)
        verdict = _ban_verdict(question, direct, best.unit.text) if fact is FactType.YES_NO else ""
        if verdict:
            direct = f"{verdict}：{direct}"
        lines.append(f"{direct}（{citations[0].label}）[1]")
    quote = "".join(c.text for c in chosen_clauses)
    lead = best.clause.lead if best.clause.is_item else ""
    # (a deed left undone, "要是发现了没报告呢", asks what follows it too)
    if (
        lead
        and MISCONDUCT_LEAD.search(lead)
        and (
            CONSEQUENCE_ASKED.search(question)
            or undone_said(question)[1]
            # ("那他要是打着保护文物的旗号跟游客收钱呢": a deed supposed asks what follows it)
            or deed_supposed(question)
        )
    ):
        # "医保卡借给亲戚用会怎么样": the item names the act; what follows is in its lead-in
        # ("…有下列行为之一的，由医保部门追回…")
        after = re.split(r"的[，,]", lead, maxsplit=1)
        consequence = after[1].rstrip("：:。") if len(after) > 1 else lead.rstrip("：:")
        lines[-1] = f"{consequence}（{citations[0].label}）[1]"
        quote = f"{lead}……{quote}"
        direct = consequence
    elif lead and QUALIFYING_LEAD.search(lead):
        # "看管员要不要会说藏语": the item (汉藏双语) is a condition only under its lead-in
        # ("具备下列条件之一者，可优先选聘："), which says what it decides
        quote = f"{lead}……{quote}"
        if fact is FactType.YES_NO and lead.rstrip("：:") not in lines[-1]:
            lines[-1] = f"{lead.rstrip('：:')}：{lines[-1]}"
    if not each_case and display(quote).rstrip("。") != direct.rstrip("。"):
        lines.append(f"原文：{citations[0].display}“{display(quote)}”[1]")

    # a second article when the question spans two: one that scores as well, or one that holds
    # the asked kind of value for a telling word of the question the first clause lacks
    # (建档立卡 + 统筹区外: 第二十九条 and 第二十二条)
    lacking = _lacking(question, best, idf)
    referred = referring if fact in VALUE and best is defined else None
    other = referred or next(
        (
            r
            for r in scored[1:10]
            if r.unit.id != best.unit.id
            and (fact not in VALUE or _has_value(fact, r.clause.text))
            and (
                r.score >= best.score - SECOND_MARGIN
                or (
                    r.score >= best.score - VALUE_MARGIN
                    and any(t in r.clause.text for t in lacking)
                )
            )
        ),
        None,
    )
    if other is not None and tier_cited is not None and other.clause.text in tier_cited.text:
        other = None  # (the rule fixing the tier is said with the case below, not seen twice)
    if other is not None:
        second = of_clauses(corpus, other.unit, [other.clause], other.score)
        citations.append(second)
        lines.append(f"另见{second.display}：“{display(other.clause.text)}”[2]")
        chosen_clauses.append(other.clause)
    approver = _approver_of_level(question, lines[0] if lines else "", best.unit, corpus)
    if approver is not None:
        # "县级文保单位保护范围里挖沟，找谁批": the body the rule names by its act (核定公布该
        # 文物保护单位的人民政府) is the one 第十条 names for the level said
        said, cited = approver
        citations.append(cited)
        lines.insert(1, f"{said}（{cited.label}）[{len(citations)}]")
        chosen_clauses += [
            c for c in clauses(corpus.unit_by_id(cited.unit_id)) if c.text in cited.text
        ]
    if tier_cited is not None:
        citations.append(tier_cited)
        if TIER_ASKED.search(question):  # "按哪个档报销": the tier is the answer, said first
            lines.insert(
                0, f"按{fixed.tier}元档：{tier_why}（{tier_cited.label}）[{len(citations)}]"
            )
        else:
            lines.insert(1, f"{tier_why}（{tier_cited.label}）[{len(citations)}]")
        chosen_clauses += [
            c for c in clauses(corpus.unit_by_id(tier_cited.unit_id)) if c.text in tier_cited.text
        ]
    quoted = [c.text for c in chosen_clauses]
    return Composed("answered", "\n".join(lines), citations, quoted, facts=chosen_facts)


# whether one may do a thing, asked ("壁画能拍照吗", "能不能自己留着", "允许挖吗")
# how usual a thing is, said as a hedge ("一般几月份交", "通常要几天")
HEDGE = re.compile(r"一般来说|一般(?!性|人|不可以)|通常")
# leave asked at the end of a question ("…行不行", "…可以吗")
TAIL_LEAVE = re.compile(r"(?:行不行|行吗|行么|行不|可以吗|可以不|可不可以)")
PERMISSION_ASKED = re.compile(
    r"(?:能不能|可不可以|允不允许|准不准|让不让|许不许|能|可以|允许|准|让)([\u4e00-\u9fff]{1,6})"
    # ("游客在文保单位拍壁画 行不行": the act said first, the leave asked after it; the group
    # is empty, the act is what comes before)
    rf"|(?<=\S)\s*(){TAIL_LEAVE.pattern}[？?。！!\s]*$"
)
# a sentence that decides whether one may: a ban, or a leave given
# ("鼓励…将其收藏的文物捐赠给…": what is encouraged is allowed)
PERMITTING = re.compile(rf"{BANNED.pattern}|方可|可以|允许|准予|鼓励")
# jieba's tags of words that name no act (things, places, persons, counts; 拓 is tagged nr)
NOT_ACTS = frozenset({"n", "nz", "ns", "nt", "nw", "ng", "r", "m", "q", "f", "s"})
# characters of an asked act that name no act of their own
ACT_FILLER = "的了着过在用去来把给让被自己个一下点些吗么嘛呢啊吧不没也还就都要再先进行作入出上"


def _permission_asked(question: str) -> re.Match[str] | None:
    """Whether one may do an act, asked as a yes/no ("壁画能拍照吗", "能不能先走"): not a claim
    (能报吗, 只能报6万), nor a way or a figure asked with it (可以通过什么途径办)."""
    asking = asking_part(question)
    asked = PERMISSION_ASKED.search(asking)
    if (
        asked is None
        # ("壁画拍几张照片行不行": a few things done is no figure asked)
        or re.search(r"什么|啥|哪|怎么|怎样|如何|咋|多少|几|谁", A_FEW_DONE.sub("", asking))
        # (a claim anywhere after it: "能和居民医保一起报销吗", "能多报吗")
        or re.search(r"报(?![告备名到道考批])|赔|支付|享受|领", asking[asked.start() :])
        or asking[asked.start() - 1 : asked.start()] == "只"
    ):
        return None
    return asked


def _terms_named(question: str) -> list[str]:
    """The regulation's own terms the whole question names, its circumstances too ("我家就在
    建设控制地带里，能盖房吗": 建设控制地带)."""
    from index.lexical import domain_terms, tokenize

    return [t for t in dict.fromkeys(tokenize(question)) if t in domain_terms()]


def _ban_verdict(question: str, direct: str, unit_text: str = "") -> str:
    """ "寺庙里的壁画能拍照吗" answered by "…不得拍摄；确因特殊需要…批准，可以…": the verdict
    the ban gives, 不可以 — or 一般不可以 when the rule allows it after all — when the act it
    bans is the act asked (a character of the asked verb in what the ban names); "" else."""
    question = _barred_as_leave(question)
    asked = _permission_asked(question)
    ban = BANNED.search(direct)
    if asked is None or ban is None:
        return ""
    import jieba.posseg

    from index.lexical import expand_query, tokenize

    banned = re.split(r"[；。;]", direct[ban.end() :])[0]
    # the act's verbs ("把文物带出境": 带出, not the 文 of 文物 every ban of the relic rules
    # names), and the regulation words its everyday words stand for ("带回家": 私分、藏匿)
    asking = asking_part(question)
    # (what follows the asking word to the question's end: "能在古格遗址录像吗" names its act
    # after the place)
    said = re.sub(rf"{TAIL_LEAVE.pattern}?[吗呢吧啊么嘛？?]*$", "", asking[asked.start(1) :])
    # (every word but the things, persons and counts: jieba may not tag a rare verb, 拓)
    verbs = [w.word for w in jieba.posseg.cut(said) if w.flag not in NOT_ACTS]
    if not set("".join(verbs)) - set(ACT_FILLER):
        # "拍寺庙外景可以吗": the act said before the asking word
        said = asking[: asked.start()] or said
        verbs = [w.word for w in jieba.posseg.cut(said) if w.flag not in NOT_ACTS]
    terms = [t for t in expand_query(said) if t not in tokenize(said)]
    from index.lexical import lexicon_spans

    # (an everyday act said with words before it, "培训中途有事能不能走": the lexicon key
    # "中途…走" whose match ends in the act asked stands for 退训)
    terms += [
        term
        for start, end, stands in lexicon_spans(asking)
        if start < asked.start(1) < end
        for term in stands
    ]
    act = set("".join([*verbs, *terms])) - set(ACT_FILLER)
    if not act & set(banned):
        return ""
    from index.lexical import covered_by

    if any(
        covered_by(t, question, unit_text) and not covered_by(t, question, direct)
        for t in (*_telling(question), *_terms_named(question))
    ):
        return (
            ""  # ("建设控制地带里能盖房吗": the ban found is the 保护范围's, not the place asked)
        )
    # (the things the ban is said of: its sentence's subject right before it, "壁画、馆藏文物和
    # 考古发掘现场不得拍摄"; not a whole duty said before it, "…报告，不得哄抢")
    subject = re.split(r"[，,；;。：:]", direct[: ban.start()])[-1]
    unlisted = _thing_unlisted(question, subject, banned)
    if unlisted:
        # "拍寺庙外景可以吗": the ban names what may not be photographed (壁画、馆藏文物和考古
        # 发掘现场); a thing it does not name is neither banned nor allowed by it
        return f"文件只规定了下面这些不得{_act_word(banned)}，没有提到“{unlisted}”"
    # ("未经批准，…不得复制": with approval it may be done)
    after_all = (
        ALLOWED_AFTER_ALL.search(direct)
        or "可以" in direct[ban.end() :]
        or re.search(r"未经[^，。；]{0,12}(批准|同意|许可)|私自|擅自", direct)
    )
    return "一般不可以" if after_all else "不可以"


# a ban's list of the things it covers ("壁画、馆藏文物和考古发掘现场")
LISTED_THINGS = re.compile(r"[、和及与或]")


# the words before what an act is done with ("用手机", "拿相机", "通过无人机")
INSTRUMENT_WORDS = frozenset({"用", "拿", "通过", "借助", "使用"})


def _thing_unlisted(question: str, objects: str, banned: str) -> str:
    """The thing the question asks the act of ("寺庙外景") when the ban lists the things it
    covers and names none of the question's: "" when it names one (壁画), lists nothing, or
    the question names no thing (persons are who acts, not what the act is done to)."""
    # (who a ban is laid on, 任何单位和个人, lists no things)
    objects = re.sub(r"(?:任何)?(?:单位|组织|个人|人员|公民)(?:和|或|、|及|或者)?", "", objects)
    if not LISTED_THINGS.search(objects):
        return ""
    import jieba.posseg

    from index.lexical import covered_by

    asking = asking_part(question)
    # the runs of things said one after another ("寺庙外景"; "寺庙门口…外景": two runs)
    runs: list[list[str]] = [[]]
    last = ""
    for w in jieba.posseg.cut(asking):
        thing = (
            w.flag in ("n", "nz", "ns", "nt", "nw", "s")
            # (what the act is done with, "用手机拍", is no object of it)
            and last not in INSTRUMENT_WORDS
            and len(w.word) >= 2
            and not PERSONS.match(w.word)
            and not re.search(r"[人员者客民僧尼]$", w.word)
            # (a noun that names the act itself, 录像 for the 拍摄 banned, is not its object)
            and not covered_by(w.word, w.word, banned)
        )
        if thing:
            runs[-1].append(w.word)
        elif runs[-1] and w.word not in ("的", "里"):
            runs.append([])
        last = w.word
    things = [t for run in runs for t in run]
    if not things or any(covered_by(t, question, objects) for t in things):
        return ""
    # (the run said last is what the act is done to: "在寺庙门口拍外景" → 外景)
    return "".join(next(run for run in reversed(runs) if run))


def _act_word(banned: str) -> str:
    """The act a ban names ("拍摄" of "不得拍摄。"), without its ending."""
    return re.split(r"[，,；;。]", banned.strip())[0] or "做"


# the least or the most one pays, asked ("交医保最低多少钱", "医保最多交多少", "最少交几块")
EXTREME_PAID_ASKED = re.compile(
    r"(交|缴)[^，。？]{0,8}(最低|最少|最多|最高|至少|起码)|(最低|最少|最多|最高|至少|起码)[^，。？]{0,3}(交|缴)"
)
# what one pays asked ("参加医保一年要交多少钱", "医保一年自己要掏多少")
PAID_SUM_ASKED = re.compile(
    # (the scheme by its full name too: "每年交城乡居民基本医疗保险多少钱")
    r"(交|缴|掏)(?:城乡|居民|基本){0,3}(医保|保费|医保费|医疗保险)?[^，。？]{0,4}(多少|几)(?!年|天|次|个?月)"
)
# a choice among stated sums to pay in ("自愿选择60元、120元、250元三个档次进行缴费")
CHOICES_STATED = re.compile(r"选择?[^，。；]{0,6}\d+\s*元(、\s*\d+\s*元)+[^，。；]{0,8}缴费")
LIMIT_ASKED = re.compile(
    r"(一年|每年|年度|全年|总共|一共)[^，。？]{0,6}(最多|最高|顶天|顶多|撑死)|封顶|上限|到顶|"
    # ("医保年度限额是多少": the yearly limit by its own name)
    r"(一年|每年|年度|全年)[^，。？]{0,2}(支付)?限额|"
    # ("门诊特殊病限额多少": a limit asked by its name)
    r"限额(?:是|为|有)?(?:多少|多高)|"
    r"(最多|最高|顶天|顶多|撑死)[^，。？]{0,3}(一年|每年|年度|全年)|"
    # ("住院最多能报多少", "医保最多能给报多少钱": the most the fund pays, with no bill computed)
    r"(最多|最高|顶天|顶多|撑死)(?:能|可以|会)?给?(?:报|报销|赔|支付)[^，。？几]{0,2}多少(?!倍)"
)
KIND_WORDS = re.compile(
    r"比例|率|标准|金额|费用|数额|额度|时间|期限|日期|总数|人数|数量|个数|次数|天数|年限|总额|"
    r"种类|类别|病种"  # "病种一共多少个": the kinds counted, named by their kind
    # "完成时限", "责任单位是哪家", "收入构成": the kind of value or body asked, not a thing
    r"|时限|责任单位|牵头单位|主管部门|构成|组成|级别"
    # "基金的收入来源有哪些", "资金渠道": where a sum comes from, what it is made of
    r"|来源|渠道"
    r"|^(?:部门|单位|机构)$"  # "哪个部门负责": the kind of body asked, not what it is about
    # ("屋顶漏水想修一下，要办什么手续": the kind of answer asked, a procedure, not a thing)
    r"|^(?:手续|流程|程序|步骤)$"
    # "投资额是多少", "截止日是哪天", "各自叫什么名字": the kind of value asked, named with it
    r"|^[\u4e00-\u9fff]{1,3}额$|^截止(?:日|日期|时间)$|^(?:名字|名称|年份|月份)$"
)
LIMIT_STATED = re.compile(
    r"最高(支付|赔付|补助|救助|报销)?限额|限额|封顶|上限|不超过|不得超过|最多|"
    r"控制在[^，。；]{0,12}以内"  # "总投资控制在6251.5万元以内"
)
# words that name no particular thing: a question's focus is never one of these
GENERIC = re.compile(
    r"^(想问|问问|问下|请问|咨询|了解|知道|想知道|打听|一些|一点|有点|有些|一下|稍微|钱|元|块|块钱|万|万元|费用|金额|人|个|天|次|年|月|呢|啊|呀|了|的|目标|标准|规定|政策|情况|要求|限制|门槛|"
    r"数额|数量|水平|比例|时间|截止|截止日|截止日期|截止时间|最后期限|时限|时间节点|一回|一趟|一遍|一年|每年|每月|一个月|每个月|政府|医保|医疗保险|合作医疗|新农合|看病|"
    r"报销|能报|不报|不给报|不能报|报不了|可以|需要|应该|具体|今年|现在|一般|大概|左右|分别|各自|每天|每次|一天|"
    r"方面|方式|情况|情形|东西|事情|问题|地方|人选|内容|种类|类型|部分|时候|结果|构成|组成|"
    # "合规费用报多少", "钱上封顶是多少万": a qualifier or a limit, not a thing asked about
    r"合规|封顶|上限|以上|以下|以内|之内|"
    # who is asked and where the asker is ("请问大神", "…报多少 阿里") are not what is asked
    r"大神|大佬|老师|师傅|亲们|各位|求助|求问|求解|科普|懂的|在线|答案|图片|老乡|阿里|阿里地区|西藏|全区|本地|"
    r"千万|百万|十万|几千万|几百万|亿|几亿|"  # "上限是几千万": the size of the sum asked
    # how much at most, said as people say it ("一年顶天报多少"): a limit, which LIMIT_ASKED reads
    r"顶天|顶多|撑死|到顶|最多|最高|顶天报|顶多报|最多报|起码|最起码|至少|最少|最低|少说|"
    # reaching a target is how its figure is asked ("就业率要做到多少"), not a thing asked about
    r"做到|达到|保持|实现|完成|搞到|定为|定在|"
    # how the answer should be given ("都列出来", "挨个说说", "一个别漏"), not what is asked
    r"列出来|列出|列一下|列举|列全|全列|挨个|逐个|逐一|一一|说说|讲讲|说一说|讲一讲|全部|全都|所有|别漏|不漏|"
    r"一个别漏|一个不漏|详细|完整|的话)$"
)
ASKED = re.compile(r"(?:是|为|有|要|能|可以|可|给|领|拿|发|交|报|罚|投|需要)?(?:多少|几)")


def _focus(question: str, scored: list[ScoredClause]) -> str | None:
    """The thing whose value is asked ("多少生活补贴" → 生活补贴, "起付线是多少" → 起付线), when
    the best clauses name it at all; None when they never do (then it cannot narrow the choice)."""
    from index.lexical import tokenize

    question = a_few_said(question)  # ("借几件文物来办展，最长能借多久": 多久 is asked)
    m = ASKED.search(question)
    if m is None:
        return None
    after = [t for t in tokenize(question[m.end() :]) if len(t) >= 2 and not GENERIC.match(t)]
    # "起付线是多少": the thing named just before 是/为/有 多少; "在三级医院报多少" names a place
    named = re.search(r"([\u4e00-\u9fff]{2,8})(?:是|为|有)(?:多少|几)", question)
    before = (
        [t for t in tokenize(named.group(1)) if len(t) >= 2 and not GENERIC.match(t)]
        if named
        else []
    )
    # words that name the kind of value ("报销比例", "缴费标准") are not what it is of
    # "住院起付线三级医院是多少钱": of the words before it, the regulation's term is the thing
    # asked (起付线); a hospital's level or a place only says which one
    from assistant.calculators.understanding import read_level
    from index.lexical import domain_terms

    if before and read_level(before[-1]) is not None:
        before = [t for t in before if t in domain_terms() and read_level(t) is None] or before
    # "按几比几承担": what is done after the value asked (承担) is not the thing it is of; a word
    # named before it ("交换比例是多少") is, verb or not
    after = [t for t in after if not not_a_name(t)]
    candidates = [
        t
        for t in (after[:1] or before[-1:])
        if not KIND_WORDS.search(t) and not (t == "个人" and COUNTED_PEOPLE.search(question))
    ]
    texts = [f"{r.clause.heading}{r.clause.lead}{r.clause.text}" for r in scored[:40]]
    for token in candidates:
        if any(token in t for t in texts):
            return token
    return None


MONEY_ASKED = re.compile(
    r"多少钱|几块钱|几百块|几千块|几百元|几千元|多少块|工资|薪水|补贴|补助|费用?多少|经费|资金|投资|多少元|多少万|报多少|赔多少"
)
MONEY_VALUE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万元|元|万)|[一二三四五六七八九十两百千万]+\s*(?:万元|元)|按[^，。；]{0,12}标准"
)
CHANGE_STATED = re.compile(
    r"(涨|上涨|提高|增加|上调|调高)[^，。；]{0,10}\d|\d[^，。；]{0,6}(涨|上涨|提高|增加|上调)"
)
CAP_TERM = re.compile(r"(?:年度)?最高(?:支付|赔付|补助|救助|报销)?限额")


def _caps_stated(query: str, doc_id: str, searcher):
    """The clauses of the document found for `query` that state a cap with its figure for no
    benefit in particular."""
    hits = [h for h in searcher.search(query, k=5) if h.unit.doc_id == doc_id]
    for r in _score_clauses(query, hits, searcher, query):
        if _states_limit(r.clause.text) and not benefits(r.clause.text):
            yield r


def _stated_cap(doc_id: str, searcher) -> ScoredClause | None:
    """The scheme's own yearly cap (第二十三条's 6万), not a sub-scheme's."""
    return next(
        (
            r
            for r in _caps_stated("年度最高支付限额", doc_id, searcher)
            if CAP_TERM.search(r.clause.text) and not SCHEME_NAMED.search(r.clause.text)
        ),
        None,
    )


def telling_benefit(telling: tuple[str, ...]) -> bool:
    """Whether a word the question asks about names a benefit or scheme of its own."""
    return any(benefits(t) or SCHEME_NAMED.search(t) for t in telling)


# a scheme beside the residents' insurance, whose own caps are not the scheme's
SCHEME_NAMED = re.compile(r"大额|补充|大病|救助|商业")


def _defined_limit(
    scored: list[ScoredClause], asked: set[str], searcher
) -> tuple[ScoredClause | None, ScoredClause | None]:
    """The clause that states the cap a clause about the asked benefit only names, and that
    clause."""
    referring = next(
        (
            r
            for r in scored[:12]
            if asked & benefits(r.clause.text)
            and CAP_TERM.search(r.clause.text)
            and not _states_limit(r.clause.text)
        ),
        None,
    )
    if referring is None:
        return None, None
    term = CAP_TERM.search(referring.clause.text).group(0)
    for r in _caps_stated(term, referring.unit.doc_id, searcher):
        if term in r.clause.text:
            return ScoredClause(r.clause, r.unit, referring.score, referring.rank), referring
    return None, None


KIND_UNITS = {"病种": "种", "种类": "种", "类别": "类", "档次": "档次"}


# a count of a named thing asked, the thing after ("有几项重点工作") or before it ("重点工作一共
# 有多少项")
COUNT_ASKED = (
    re.compile(r"(?:几|多少)\s*(?P<kind>[项个种类条所家])\s*(?P<thing>[\u4e00-\u9fff]{2,8})"),
    re.compile(
        r"(?P<thing>[\u4e00-\u9fff]{2,4})(?:一共|总共|共)?有?(?:几|多少)\s*(?P<kind>[项个种类条所家])"
    ),
)


def count_stated(question: str) -> re.Pattern[str] | None:
    """How the text would state the count asked ("有几项重点工作" → "17项重点工作")."""
    asked = next((m for p in COUNT_ASKED if (m := p.search(question))), None)
    if asked is None:
        return None
    thing = re.sub(r"(呢|吗|啊|呀|了|的)+$", "", asked.group("thing"))
    # ("几个档可以选": what may be done with them is no part of the thing counted; "医保有几
    # 个档": nor is the having)
    thing = re.split(r"(?<=.)(?:可以|可供|可选|能选|能够)", thing)[0]
    thing = re.sub(r"(?:一共|总共|共)?有$", "", thing)
    if len(thing) < 3:
        return None  # ("修几个项目": a word as wide as 项目 is counted in many places)
    return re.compile(
        rf"[\d一二三四五六七八九十两百]+\s*{asked.group('kind')}\s*{re.escape(thing)}"
    )


def _counted(question: str, focus: str | None) -> re.Pattern[str] | None:
    """ "有几个档次": how many of the focus there are is stated as a number right before it;
    "门诊特殊病一共多少种": as a number of kinds ("等30种")."""
    if not focus or not re.search(
        rf"(几|多少)[个种类项名处家条]?[\u4e00-\u9fff]{{0,2}}{re.escape(focus)}", question
    ):
        kinds = re.search(
            r"(几|多少)\s*([种类项条档级])[\u4e00-\u9fff]{0,2}?\s*[？?吗呢啊]*$", question
        )
        if kinds:  # "缴费分几档": "三个档次"
            return re.compile(rf"[\d一二三四五六七八九十两百]+\s*个?{kinds.group(2)}")
        # "门特的病种一共多少个": the kind named first, its count stated as "等30种"
        named = re.search(
            r"(病种|种类|类别|档次)[^，。？?]{0,6}(多少|几)\s*个?[？?吗呢啊]*$"
            r"|(?:多少|几)\s*个\s*(病种|种类|类别|档次)[？?吗呢啊]*$",
            question,
        )
        if named:
            unit = KIND_UNITS[named.group(1) or named.group(3)]
            return re.compile(rf"[\d一二三四五六七八九十两百]+\s*个?\s*{unit}")
        return None
    return re.compile(rf"[\d一二三四五六七八九十两百]+\s*[个种类项名处家条]?\s*{re.escape(focus)}")


def _focus_phrase(question: str, focus: str) -> str:
    """How the question itself names its focus ("生活补贴" rather than the token "生活")."""
    written = re.search(re.escape(focus), question, re.IGNORECASE)
    focus = written.group(0) if written else focus  # ("GDP" as written, not the token gdp)
    m = re.search(
        rf"{re.escape(focus)}[\u4e00-\u9fff]{{0,3}}?(?=[，。？?！!、\s]|$|是|有|为)", question
    )
    phrase = re.sub(r"[都也还要能的了就]+$", "", m.group(0)) or focus if m else focus
    # never a question word in it ("押金多少" → 押金)
    asked = QUESTION_WORD.search(phrase)
    if asked and asked.start() >= len(focus):
        phrase = phrase[: asked.start()]
    # the telling words written right before it belong to its name ("公益性" + "岗位")
    at = question.find(phrase)
    for word in reversed(_telling(question)):
        if at > 0 and question[:at].endswith(word):
            phrase, at = word + phrase, at - len(word)
    # a period says when, not what ("每个月工资" → 工资)
    return re.sub(r"^(每个?月|每年|一年|一个月|每天|每次)", "", phrase) or phrase


BENEFITS = {
    "普通门诊": re.compile(r"普通门诊|普门|看门诊|门诊看病|小病"),
    "门诊特殊病": re.compile(r"门诊特殊病|特殊病|慢性病|慢病|大病门诊|门特|门慢"),
    # ("血压高", "血糖也高": the two illnesses in everyday words)
    "两病": re.compile(r"两病|高血压|糖尿病|血压(?:也|偏|有点)?高|血糖(?:也|偏|有点)?高|高血糖"),
    # ("住了快7个月了还没出院": a stay said by its length or its end)
    "住院": re.compile(r"住院|住了院|出院|入院|住进医院"),
    "床位": re.compile(r"床位"),
    "区外": re.compile(r"统筹区外|区外|自治区以外|异地|跨省|外地"),
    # a birth and the newborn: their own rule (孕产妇分娩和新生儿…全额报销), not the general
    # inpatient rates
    "分娩": re.compile(
        r"分娩|孕产妇|生孩子|生小孩|生娃|生宝宝|顺产|剖宫产|剖腹产|接生|新生儿|婴儿|宝宝|刚出生|刚生"
    ),
}


def _group_patterns() -> dict[str, re.Pattern[str]]:
    from assistant.fields import IDENTITY_ALIASES

    found = {
        name: re.compile("|".join(map(re.escape, aliases)))
        for name, aliases in IDENTITY_ALIASES.items()
        if aliases
    }
    found["僧尼"] = re.compile(r"僧尼|寺庙")
    found["年龄"] = re.compile(r"年满\s*\d+\s*周岁|\d+\s*(?:周岁|岁)以上|老人|老年")
    return found


GROUPS = _group_patterns()


def groups(text: str) -> set[str]:
    """Which special groups of persons a text is about (建档立卡, 低保, 僧尼, an age threshold):
    a rule for them is an exception, not the answer for everyone."""
    return {name for name, pattern in GROUPS.items() if pattern.search(text)}


def _states_limit(text: str) -> bool:
    """A cap with its figure in the same sentence ("最高支付限额为6万元"), not a reference to
    one stated elsewhere ("不得超过年度最高支付限额")."""
    return any(
        (LIMIT_STATED.search(s) and VALUE[FactType.AMOUNT].search(s)) or PER_UNIT_RATE.search(s)
        for s in _segments(text)
    )


# whether something is bounded ("年龄有限制吗", "有没有门槛"), and a bound stated with its figure
BOUND_ASKED = re.compile(r"限制|门槛")
BOUND_STATED = re.compile(
    rf"(最长|最多|最少|不超过|不得超过|控制在|不少于|不低于)[^，。；]{{0,6}}{_N}|{_N}[^，。；]{{0,6}}(以内|以上|以下)"
)


# what to bring or prepare for a claim: papers, not whether or how much is paid
PAPERS_ASKED = re.compile(r"带什么|带哪些|要带|材料|资料|证件|证明|手续|准备什么|准备哪些")
# the acts papers are asked for, as a question says them and as a rule holding papers for
# them does ("参保人员持…就医" names the insured, not joining)
PAPERS_FOR = (
    (
        re.compile(
            r"参加[^，。？?]{0,6}(?:医保|医疗保险|合作医疗)|参保(?!人员|人|居民|的人)|入保|"
            r"(?:办|上|买)(?:个|了)?(?:医保|医疗保险)|参保登记|办理参保"
        ),
        re.compile(r"参保登记|办理参保|初次参保|申请参保|申请登记"),
    ),
    (re.compile(r"报销|结算|报账|报钱"), re.compile(r"申请结算|结算支付|报销")),
    (re.compile(r"备案"), re.compile(r"备案")),
)
PAPERS_HELD = re.compile(r"持|材料|资料|证件|证明|复印件")
# which papers are asked ("要带什么", "需要哪些材料"), not where papers are taken ("拿材料到哪里")
WHICH_PAPERS = re.compile(
    r"(带|拿|准备|交|提供|需要|要|得)(什么|哪些|啥)|(什么|哪些|啥|哪几样)(材料|资料|证件|证明|手续|东西)"
)
# papers named one by one, not "相关材料"
PAPERS_NAMED = re.compile(r"户口簿|身份证|证明|复印件|发票|清单|银行卡|社保卡|凭证")


# "门特的钱算在限额里吗": whether one thing counts within another's figure ("…与住院费用合并
# 累计计算，不得超过年度最高支付限额")
COUNTED_IN_ASKED = re.compile(
    r"算(?:在|进|入)[^，。？?]{1,12}(?:里|内|中)|计入|算不算[^，。？?]{0,8}(?:限额|封顶|额度)"
    r"|合并(?:算|计算)|一起算|分开算|单独算|共用"
)
COUNTED_IN_STATED = re.compile(
    r"合并[^，。；]{0,6}计算|累计计算|计入|纳入[^，。；]{0,8}限额|单独计算"
)


def _counting_in_first(question: str, scored: list[ScoredClause]) -> list[ScoredClause]:
    """ "门特的钱算在年度限额里吗": the clause that says what is counted with what (第二十四条
    （二） 与住院费用合并累计计算) decides it, not the one that only states the figure counted in
    (第二十三条 6万元); the clause must name the thing or the figure's own words."""
    if not COUNTED_IN_ASKED.search(question):
        return scored
    top = scored[0].score
    telling = [w for w in _telling(question) if len(w) >= 2]
    counting = [
        r
        for r in scored[:8]
        if COUNTED_IN_STATED.search(r.clause.text)
        and r.score >= top - 2 * VALUE_MARGIN
        and sum(w in r.clause.text for w in telling) >= 2
    ]
    return [*counting[:1], *[r for r in scored if r not in counting[:1]]]


# a sanction in everyday words, and the word the rules impose it with
SANCTIONS = (
    (re.compile(r"扣|少发|少给|停发"), "扣除"),
    (re.compile(r"罚"), "罚"),
    (re.compile(r"解聘|辞退|开除|被辞|把[我他她]辞"), "解聘"),
)
# someone the sanction befell, or its having happened ("扣我钱", "他被辞了", "少发了"), not a
# sanction of the rules in general ("为什么不按时交医保要罚款")
BEFELL = re.compile(r"我|他|她|俺|咱|被|了")


def sanction_word(question: str) -> str | None:
    """The rules' word for a sanction the question says befell someone (扣我钱 → 扣除)."""
    if not BEFELL.search(question):
        return None
    return next((word for asked, word in SANCTIONS if asked.search(question)), None)


def _sanction_first(question: str, scored: list[ScoredClause]) -> list[ScoredClause]:
    """ "看管员为什么扣我钱": why a sanction befell one is asked of the clause that imposes it
    (第十一条 适当扣除), not of the wage the money words find first (第十二条)."""
    if not scored or not WHY_RULE.search(question):
        return scored
    word = sanction_word(question)
    if word is None or word in scored[0].clause.text:
        return scored
    top = scored[0].score
    imposing = [
        r for r in scored[:6] if word in r.clause.text and r.score >= top - 2 * VALUE_MARGIN
    ]
    return [*imposing, *[r for r in scored if r not in imposing]]


def _papers_for_the_act(question: str, scored: list[ScoredClause]) -> list[ScoredClause]:
    """ "第一次参加医保要带什么": papers asked for an act are those a rule holds for that act
    (第七条's 户口簿 for joining), not another act's papers found nearer (第三十一条's 社保卡 for
    seeing a doctor); among them, the rule that names them one by one first."""
    asking = asking_part(question)
    if not scored or not WHICH_PAPERS.search(asking):
        return scored
    act = next((held for asked, held in PAPERS_FOR if asked.search(question)), None)
    first = scored[0]
    if act is None or not PAPERS_HELD.search(first.clause.text):
        return scored  # (only papers another act needs are put behind)
    top = first.score
    holding = [
        r
        for r in scored[:8]
        if act.search(full_text(r))
        and PAPERS_HELD.search(r.clause.text)
        # (further than a value's margin: the clause found first is another act's papers)
        and r.score >= top - 2 * VALUE_MARGIN
    ]
    if not holding or holding[0] is first and PAPERS_NAMED.search(first.clause.text):
        return scored
    holding.sort(key=lambda r: not PAPERS_NAMED.search(r.clause.text))
    return [*holding, *[r for r in scored if r not in holding]]


# "二级医院60元/床日": a standard per day or per visit is the most that is counted per unit
PER_UNIT_RATE = re.compile(r"\d+(?:\.\d+)?\s*元\s*/\s*(床日|日|天|人次|次)")


def _care_benefits(r: ScoredClause, corpus: Corpus) -> set[str]:
    """The scheme's benefits a clause is about, in a medical-insurance text only: the graduate
    plan's "立足区内区外两个市场" is no treatment outside the pool."""
    title = corpus.document_by_id(r.unit.doc_id).title
    return benefits(full_text(r)) if re.search(r"医疗保险|医保", title) else set()


# the benefits of care a term may be stated for, and how an answer names each
CARE_BENEFITS = {
    "住院": "住院",
    "门诊特殊病": "门诊特殊病",
    "两病": "“两病”门诊",
    "普通门诊": "普通门诊",
}
# a term said in so few articles that it belongs to their rules alone
OWN_TERM_UNITS = 2


def _term_of_another_benefit(question: str, corpus: Corpus) -> Composed | None:
    """ "住院的乙类药先自付多少", "门特的乙类药要先自付吗": a term the text states only in the
    rule of another benefit (乙类药品个人先行自付10% of the 两病 drugs, 第二十五条), asked of the
    benefit the question names: the text does not say it of that one, and the rule that states
    it is the nearest. Not a condition (恶性肿瘤 of the 门特 list is no term of a stay's rule)."""
    import jieba

    from assistant.calculators.medical import find_disease
    from assistant.calculators.understanding import read_level

    asking = asking_part(question)
    # (the benefit may be said before the asking part: "要是住院了，用的乙类药也先自付吗")
    asked = [b for b in CARE_BENEFITS if BENEFITS[b].search(question)]
    if not asked:
        return None
    for word in dict.fromkeys(w for w in jieba.lcut(asking) if len(w) >= 2):
        units = corpus.units_using(word)
        if (
            not 0 < len(units) <= OWN_TERM_UNITS
            # (the scheme's own terms: not a city a plan names, "成都")
            or any(
                "医疗保险" not in getattr(corpus.document_by_id(u.doc_id), "title", "")
                for u in units
            )
            or places_in(word)
            or function_word(word)
            or any(BENEFITS[b].search(word) for b in CARE_BENEFITS)
            or find_disease(word)
            or read_level(word) is not None  # (卫生院, 三级: where, for every benefit)
            or AUDIENCE.search(word)
        ):
            continue
        holding = [(u, c) for u in units for c in clauses(u) if word in c.text]
        of = {
            b
            for u, c in holding
            for b in CARE_BENEFITS
            if BENEFITS[b].search(f"{''.join(u.headings)}{_lead_of(c)}{c.text}")
        }
        if not holding or not of or of & set(asked):
            continue
        unit, clause = holding[0]
        cite = of_clauses(corpus, unit, [clause], 0.0)
        # (the term as both say it: 乙类 → 乙类药, 账户 → 家庭账户)
        at = asking.find(word)
        word = max(
            (
                asking[i:j]
                for i in range(max(0, at - 3), at + 1)
                for j in range(at + len(word), min(len(asking), at + len(word) + 3) + 1)
                if asking[i:j] in clause.text
            ),
            key=len,
        )
        named = "、".join(CARE_BENEFITS[b] for b in of if not (b == "普通门诊" and "两病" in of))
        said = (
            f"文件没有规定{'、'.join(CARE_BENEFITS[b] for b in asked)}的“{word}”："
            f"只有{named}的规定写到了它。"
        )
        return _silent(said, cite, clause.text)
    return None


# a benefit said not to be had ("没办门特", "不是门特"): not what the question is about
BENEFIT_DENIED = re.compile(
    r"(?:没有?|未|不是|没去)(?:办理?|申请|办下来|认定)?(?:的)?(?:门诊特殊病|特殊病|门特|门慢|慢病)"
)


def benefits(text: str, frame: Frame | None = None) -> set[str]:
    """Which of the scheme's benefits a text is about (several rules differ only by these)."""
    text = BENEFIT_DENIED.sub("", text)
    found = {name for name, pattern in BENEFITS.items() if pattern.search(text)}
    if frame is not None and frame.subject.treated_elsewhere:
        found.add("区外")
    return found


# ("新招多少医务人员": the people named right after 多少 without a classifier too; no kinds
# of people, 哪几种人, which are a list)
PEOPLE_ASKED = re.compile(
    r"(几|多少)(?:[个名位])?(?:(?![有家种类百千万样批])[\u4e00-\u9fff]){0,4}?(员|人)"
    # (not 人民, 人均, 人次, 个人缴费/负担, a plea after it: 家人们, 打工人算不明白, 有人吗)
    r"(?!民|均|次|缴|交|们|吗|呢|家|懂|算|报|两|补|工|才|所|负|自|账|承|支|出)"
    # ("看管员的人数是多少": the count of people named by its noun)
    r"|人数(?:是|有)?(?:多少|几)"
)
# (posts counted are people: "西部志愿者计划岗位不少于5个" answers 要招多少人)
PEOPLE_STATED = re.compile(rf"{_N}+\s*(名|人|个人)|岗位?[^，。；]{{0,8}}{_N}+\s*个")
# a whole asked (全地区总共有多少个看管员), which a count for each site (每处安排2名) does not state
TOTAL_ASKED = re.compile(r"全地区|全阿里|全区|一共|总共|总数|合计|加起来")
EACH_COUNTED = re.compile(rf"每[^，。；]{{0,6}}?{_N}+\s*(名|人|个人)")
COUNTED_PEOPLE = re.compile(r"(几|多少|[\d两三四五六七八九十])个人")


def _unnamed(question: str, frame: Frame, unit) -> list[str]:
    """Things the question asks about (nouns: 押金, 工作日, 专家组, 公益性岗位) that the article
    holding the value never names, in the question's order. A value found for a thing the
    article does not speak of is not an answer: "住院押金要交多少" is not answered by 起付线."""
    from index.lexical import covered_by, tokenize

    said = [p.said for p in frame.subject.places]
    schemes = [m.group(0) for pattern, _ in SCHEMES for m in pattern.finditer(question)]
    article = f"{unit.title}{unit.text}{''.join(unit.headings)}"
    # the asked thing stands in the part that asks ("我明年大学毕业，…岗位有多少个")
    # ("具体内容", "主要职责": the thing with a word that only stresses it)
    stressed = (re.sub(r"^(具体|主要)", "", t) for t in tokenize(asking_part(question)))
    tokens = [
        t
        for t in dict.fromkeys(stressed)
        if len(t) >= 2
        and not GENERIC.match(t)
        and not KIND_WORDS.search(t)
        and not QUESTION_WORD.search(t)
        and not re.search(r"\d", t)
        and not PERSONS.match(t)
        and not (t == "个人" and COUNTED_PEOPLE.search(question))
        and not LOCATIVE.match(t)
        and not TIMED_VERB.fullmatch(t)  # "到几号结束": the verb a date is asked of
        and not OFFERED_WAY.search(t)
        and not any(t in p or p in t for p in said)
        and not any(t in m for m in schemes)
    ]
    longest = [t for t in tokens if not any(t != o and t in o for o in tokens)]

    return [
        t
        for t in longest
        if _is_noun(t) and not covered_by(t, question, article) and not _kin_word(t, article)
    ]


# characters that open too many unrelated words to tie a colloquial noun to the article's
COMMON_HEADS = set("手工大小老新一不有人上下中公医文个家本自日月年现电开出发")


def _kin_word(word: str, article: str) -> bool:
    """A two-character everyday noun the article names by another word that opens with the
    same character (床铺 → 床位): the article speaks of it, in its own word."""
    from index.lexical import tokenize

    if len(word) != 2 or word[0] in COMMON_HEADS or word in article:
        return False
    return any(
        len(t) >= 2 and t.startswith(word[0]) and t != word and _is_noun(t)
        for t in set(tokenize(article))
    )


# the question word a thing's value is asked with, or the alternatives offered for it
ASKING_WORD = re.compile(r"多少|几|什么|啥|哪|谁|还是|多[长久大高远重]")


def _closes(question: str, text: str) -> bool:
    """Whether a clause states what a question about a document's closing rule asks."""
    if EFFECTIVE_ASKED.search(question):
        return bool(EFFECTIVE_STATED.search(text))
    return bool(INTERPRET_STATED.search(text))


def _closing_rule(
    question: str, fact: FactType, best: ScoredClause, corpus: Corpus
) -> ScoredClause | None:
    """The clause of the best clause's document that says when it takes effect or who
    interprets it, when that is asked (its last such clause: the closing provisions)."""
    asked = (fact is FactType.DATE and EFFECTIVE_ASKED.search(question)) or (
        fact is FactType.BODY and INTERPRET_ASKED.search(question)
    )
    if not asked:
        return None
    found = [
        ScoredClause(c, unit, best.score, best.rank)
        for unit in corpus.units()
        if unit.doc_id == best.unit.doc_id
        for c in clauses(unit)
        if _closes(question, c.text)
    ]
    return found[-1] if found else None


INTERPRET_ASKED = re.compile(r"解释")
INTERPRET_STATED = re.compile(r"负责解释|解释权")
EFFECTIVE_ASKED = re.compile(
    r"(起|开始)(正式)?(执行|施行|实施|实行|生效)|(执行|施行|实施|实行|生效)(的|日期|时间)"
    # ("办法什么时候施行", "施行什么时候": when a document takes effect, asked either way round)
    r"|(办法|细则|方案|规定|文件)[^，。？?]{0,4}(什么时候|啥时候|何时|哪天|哪一天|几号)(正式|开始)?"
    r"(执行|施行|实施|实行|生效)"
    # (the verb first, 施行什么时候, is how an English "take effect" is read: of a document)
    r"|(执行|施行|实施|实行|生效)(的时间是|于)?(什么时候|啥时候|何时|哪天|哪一天)"
)
# ("本管理细则自印发之日起开始执行": 开始 between)
EFFECTIVE_STATED = re.compile(r"施行|起(?:开始)?执行|之日起(?:开始)?(?:执行|实施)|生效")


PAY_ASKED = re.compile(r"(交|缴)(?!通)")
COVER_WORDS = re.compile(r"享受|待遇|能用|能报|报销|管用|生效")
# ("在参保缴费期内足额缴费后" speaks of the period, it does not state it)
PAY_PERIOD_STATED = re.compile(r"缴费期(?!间|内)|征缴期|缴费时间")
DAY_ASKED = re.compile(r"哪天|哪一天|哪日|几号|几月几[号日]|什么日子|哪个日子")
CALENDAR_DAY = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[一二三四五六七八九十]+月[一二三四五六七八九十]+[日号]"
)


def _unasked_case(question: str, text: str) -> bool:
    """A sentence of a special case ("如需补缴，……") the question does not name."""
    case = re.match(r"(?:如需|如果|如|若|凡)([\u4e00-\u9fff]{2})", text)
    # "补交" is the text's "补缴"
    return case is not None and case.group(1) not in question.replace("交", "缴")


# when cover starts for the asker ("交了医保多久能用", "什么时候开始能报")
ENJOY_ASKED = re.compile(
    r"(多久|什么时候|啥时候|哪天|几号|何时|几时|多长时间|哪个月)[^，。？?]{0,6}"
    r"(开始)?(能用|能报|可以用|可以报|享受|生效|起效|管用)"
    # ("从什么时候开始交": when paying starts, not cover)
    r"|(从|打)(哪天|什么时候|啥时候|哪个月)(?![^，。？?]{0,4}(交|缴|参保|登记|办|申请|报名))"
)
# a date the cover starts on, said with it ("于下一年1月1日至12月31日享受", "次月起方可享受")
ENJOY_STATED = re.compile(r"于[^，。；]{0,20}享受|起[^，。；]{0,4}享受|自[^，。；]{0,20}享受")
PAID_IN_FULL = re.compile(r"全额(报销|支付|给予|补缴)|全部由")
# money set as a share of a fund ("统筹基金的15%用于建立门诊统筹制度资金"): how much is asked
# of it, and the share is the sum the text gives
FUND_SHARE = re.compile(r"(?:基金|资金|经费|收入)的\s*\d+(?:\.\d+)?\s*%\s*(?:用于|作为|提取)")
# a part set aside from a whole: "留多少做风险储备", "占多少"
SHARE_ASKED = re.compile(
    r"(留|提取|提|占|拿出|划出|用于|作为|抽)[^，。？?\s]{0,5}(多少|几)|"
    # "雇多少当地农民": how many people of a kind, stated as their share ("不少于60%")
    r"(多少|几)(个|名)?(当地|本地)?(人|农民|农牧民|牧民|群众|工人|员工|职工)"
)


def _valued(question: str, word: str) -> bool:
    """Whether `word` is the thing whose value the question asks ("押金要交多少", "几个工作日"),
    not a side word of a question about something else ("搬到卫健委院子里 是啥时间"): the first
    thing named in the stretch that asks, or a word right before the question word in that
    stretch, or right after "几/多少" and a measure."""
    question = question.lower()  # (the search's words are lower case: "GDP" is gdp)
    # "中央财政给每个参保人补助多少钱": the subject of the stretch that asks is asked about too
    asking = next(
        (p for p in re.split(r"[\s，。？?！!,；;]+", question) if ASKING_WORD.search(p)), ""
    )
    first = next((t for t in _telling(asking) if t in asking), None)
    if first is not None and (first in word or word in first):
        return True
    for m in re.finditer(re.escape(word), question):
        after = question[m.end() : m.end() + 10]  # "危房改造|补助一户能给|多少"
        # "油钱 补多少": a space may part the thing from a short asking verb; a benefit's name
        # may end the thing ("危房改造补助")
        gap = re.match(
            r"(?:(?:补助|补贴|奖励|津贴|奖金|扶助金|救助金)?[^\s，。？?！!、,；;]{0,4}?"
            r"|\s[^\s，。？?！!、,；;]?)(?=" + ASKING_WORD.pattern + ")",
            after,
        )
        if gap is not None:
            return True
        if re.search(r"(多少|几)[个张名位次件项批类种条]?$", question[: m.start()]):
            return True
    return False


def _unheard(question: str, frame: Frame, unit, corpus: Corpus) -> list[str]:
    """Asked things the whole gazette never names (not just this article): declining on an
    article's silence alone declined too many answerable questions on unseen phrasings."""
    from index.lexical import covered_by

    return [t for t in _unnamed(question, frame, unit) if not covered_by(t, question, corpus.words)]


# by corpus (not hashable): each family's word counts and text
_COUNTS: dict[int, tuple[Corpus, dict[str, Counter], dict[str, str]]] = {}


def _word_counts(corpus: Corpus) -> tuple[dict[str, Counter], dict[str, str]]:
    """Each document family's words as the search segments them (护工 is not counted in
    养护工作), and its whole text; a plan and its annexed tables are one subject's home."""
    from index.lexical import tokenize

    kept = _COUNTS.get(id(corpus))
    if kept is None or kept[0] is not corpus:
        counts: dict[str, Counter] = {}
        texts: dict[str, str] = {}
        for d in corpus.documents:
            family = _family(corpus, d.id)
            parts = [f"{u.title}{u.text}{''.join(u.headings)}" for u in d.units]
            counts.setdefault(family, Counter()).update(t for p in parts for t in tokenize(p))
            texts[family] = texts.get(family, "") + "".join(parts)
        kept = _COUNTS[id(corpus)] = (corpus, counts, texts)
    return kept[1], kept[2]


def _family(corpus: Corpus, doc_id: str) -> str:
    doc = corpus.document_by_id(doc_id)
    return (doc.parent_id or doc.id) if doc is not None else doc_id


OWNER_DEPTH = 80  # units searched for those of the documents owning the question's word


def _owners_of(foreign: list[str], corpus: Corpus) -> set[str]:
    """The documents (a family's) that use often the words `named_elsewhere` found, which the
    one found first uses at most in passing ("培训" of the training rules, asked beside 看管员)."""
    if not foreign:
        return set()
    counts, _ = _word_counts(corpus)
    families = {max(counts, key=lambda f: counts[f][w]) for w in foreign}
    return {d.id for d in corpus.documents if _family(corpus, d.id) in families}


def named_elsewhere(question: str, corpus: Corpus, doc_id: str) -> list[str]:
    """Telling words of the question that another document names often and this one at most in
    passing ("参加培训的路费能报吗": 培训, 140 times in the training rules, once in the medical
    scheme's): a rule of this document would answer another subject's question."""
    from index.lexical import covered_by

    counts, texts = _word_counts(corpus)
    home = _family(corpus, doc_id)
    if home not in counts:
        return []
    own = texts[home]
    foreign = []
    for word in _telling(question):
        if not _names_a_thing(word):
            continue  # "当地", "回来": where or how, no subject of any document
        top = max(c[word] for c in counts.values())
        if (
            top >= 3
            and counts[home][word] < max(2, 0.05 * top)
            # named by this document in its own terms (医院 → 定点医疗机构)
            and not covered_by(word, question, own.replace(word, ""))
        ):
            foreign.append(word)
    return foreign


def _foreign_words(question: str, corpus: Corpus, doc_id: str) -> set[str]:
    """Subject words of the question another document is home to; who the question is about
    (看管员 in "看管员住院能报吗") is no subject of this kind."""
    return {
        w
        for w in named_elsewhere(question, corpus, doc_id)
        if not re.search(rf"{re.escape(w)}(员|人员|人|者)", question)
    }


def _at_home(
    question: str, corpus: Corpus, scored: list[ScoredClause], best: ScoredClause
) -> ScoredClause:
    """The nearest clause of a document the question's subject belongs to, when the best is
    another document's ("参加培训来回的路费能报吗" is the training rules' question, though the
    medical scheme speaks of 报销)."""
    if not _foreign_words(question, corpus, best.unit.doc_id):
        return best
    # a document at home with every word of the question, never one that trades one foreign
    # word for another ("培训…会被扣工资吗": 工资 is not the training rules', 培训 not the
    # custodians')
    return next(
        (r for r in scored[:12] if not _foreign_words(question, corpus, r.unit.doc_id)),
        best,
    )


def _all_told(question: str) -> tuple[str, ...]:
    """The telling words of the asking part and of what the question says before it."""
    rest = _telling(question.replace(asking_part(question), ""))
    return tuple(dict.fromkeys((*_telling(question), *rest)))


def _told_of(question: str) -> tuple[str, ...]:
    """The telling words of the asking part, or — when it names nothing ("…，扣多少", "…，还能
    用吗") — those of what the question says before it."""
    return _telling(question) or _telling(question.replace(asking_part(question), ""))


@lru_cache(maxsize=512)
def _telling(question: str) -> tuple[str, ...]:
    """The words of the asking part that name what is asked about, not its kind or its time."""
    from index.lexical import tokenize

    # "那交60档的呢": the words that link it to the last turn are not what it asks about
    asking = re.sub(r"^(那么?|要是|如果|假如|换成|改成|还有)", "", asking_part(question))
    said = [p.said for p in places_in(question)] + ["西藏", "阿里"]  # where, not what
    # "城乡医保几月份交钱": the residents' scheme named says which rules, not what is asked
    said += [m.group(0) for m in HOME_SCHEME_SAID.finditer(asking)]
    return tuple(
        t
        for t in dict.fromkeys(tokenize(asking))
        if len(t) >= 2
        and not GENERIC.match(t)
        and not KIND_WORDS.search(t)
        and not QUESTION_WORD.search(t)
        and not PERIOD.match(t)
        and not PERSONS.match(t)  # "我奶奶…一年最多报多少": whom it is for, not what
        and not re.search(r"\d", t)
        and not re.match(r"^[一二两三四五六七八九十几]+[个种项次位名类样]", t)  # "两个病"
        # a manner, a comparison or a modal ("低一些", "不会", "能多") is not a thing asked about
        and not re.match(r"^(不|没|别|会|能|可|要|该|得)", t)  # (得办: 得 as 要)
        # (a degree is made of degree words only: 高压氧舱, 高校, 多仁村 name things)
        and not re.fullmatch(
            r"(低|高|多|少|更|较|很|太|最|于|些|点|一些|一点|长|短|久|早|晚|大|小|远|近|快|慢)+"
            r"(能|会|可以?|要|得)?",
            t,
        )
        and not re.search(r"一些|一点|有点", t)
        and not re.match(r"^(每|各个)", t)  # "每个月多少": how often, not what
        # ("能直接去还是要转诊": how one goes, not 直接结算)
        and not (t in ("直接", "亲自") and re.search(rf"{t}(?:去|来|到|找|跑)", asking))
        and not OFFERED_WAY.search(t)
        # "到几号结束", "几月份截止": the verb a date is asked of, not a thing asked about
        and not TIMED_VERB.fullmatch(t)
        and not (t == "个人" and COUNTED_PEOPLE.search(question))  # "有几个人": a count
        # "计划用多长时间": the verb of lasting, not a plan asked about
        and not (LASTING.fullmatch(t) and DURATION_ASKED.search(question))
        and not any(p in t or t in p for p in said)
        and t not in PRESSING  # ("到底从哪支出": how hard it is asked)
    )


def names_something(question: str) -> bool:
    """Whether any part of the question names a thing to ask about, beyond a pointing word
    ("这个", "这种情况") and words of asking, paying or time."""
    parts = [p for p in re.split(r"[，,。！!？?；;\s]+", question) if p]
    return any(not POINTING.match(t) for p in parts for t in _telling(p))


def _unvalued(question: str, frame: Frame, unit, corpus: Corpus, fact: FactType) -> list[str]:
    """Asked things the gazette names (住院押金 → 垫付) but never with a value of the asked kind:
    no clause anywhere speaks of them and states an amount, a ratio, a date or a body."""
    from index.lexical import covered_by

    missing = _unnamed(question, frame, unit)
    # only the thing whose value is asked: the last word named before the question word
    # ("住院押金多少" → 押金; in "博物馆的文物借出去最长多久" it is 文物, and 博物馆 only says whose)
    asks = QUESTION_WORD.search(question)
    before = [t for t in _telling(question) if asks and 0 <= question.find(t) < asks.start()]
    last = max(before, key=lambda t: question.find(t) + len(t), default=None)
    missing = [t for t in missing if t == last and _valued(question, t)]
    if not missing:
        return []
    # the value must be of the thing with what else the question says of it (公益性岗位's
    # 工资, not a count of 公益性岗位)
    others = [t for t in _telling(question) if t not in missing]
    return [
        t
        for t in missing
        if not any(
            covered_by(t, question, x)
            and _has_value(fact, x)
            and all(covered_by(o, question, x) for o in others)
            for x in corpus.clause_texts
        )
    ]


@lru_cache(maxsize=1)
def _aspects() -> re.Pattern[str]:
    from pathlib import Path

    from corpus.datafiles import read_table

    rows = read_table(Path(__file__).parent / "data" / "aspects.tsv")
    words = sorted({w for _, alts in rows for w in alts.split("|") if w}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _joined(question: str, phrases: list[str]) -> str | None:
    """Things the question asks of together ("吃饭和住宿", "住宿费、车费"), in its order: the
    things found and the word joined to one of them by 和/跟/、 right before it; None for one."""
    import jieba

    found = sorted({p for p in phrases if p in question}, key=question.find)
    for phrase in list(found):
        before = re.search(
            r"([\u4e00-\u9fff]{2,4})(?:和|跟|与|及|、|还有|以及)$",
            question[: question.find(phrase)],
        )
        if before:
            word = jieba.lcut(before.group(1))[-1]
            if len(word) >= 2 and word not in found:
                found.insert(found.index(phrase), word)
    return "、".join(found) if len(found) > 1 else None


# who pays or bears a cost asked ("谁出", "谁掏钱", "谁管"), the words every way of asking it
# shares; a cost borne also asked as one's own ("自己掏还是单位出")
WHO_PAYS = r"谁(?:来)?(?:出|付|掏|承担|负担|管|报)"
COST_BORNE_ASKED = re.compile(rf"{WHO_PAYS}|谁(?:来)?给|(?:自己|个人)(?:掏|出|付)")


def _open_aspect(question: str, scored: list[ScoredClause], best: ScoredClause) -> str | None:
    """A detail of how a rule is carried out (a channel, a formality, a job's benefits, a
    selection step, a deadline; data/aspects.tsv) that the asking part names and none of the
    articles nearest the question speaks of, by its word or the terms it stands for."""
    from index.lexical import covered_by

    if CONSEQUENCE_ASKED.search(question):
        return None  # "打着保护文物的旗号收钱会怎样": the misconduct's consequence is asked
    asking = asking_part(question)
    near = [r for r in scored[:6] if r.score >= best.score - VALUE_MARGIN]
    texts = [f"{_title(r.unit)}{''.join(r.unit.headings)}{r.unit.text}" for r in near]

    def spoken(word: str) -> bool:
        return any(covered_by(word, question, t) for t in texts)

    alternatives = _alternatives(asking)
    # where ("乡里还是县里") is the frame's to read, and said in other words (乡（镇）)
    # the way's own word, not the verb that opens it ("发现金" is 现金, not 发现)
    ways = [
        re.sub(r"^(发|打|给|拿|领|用|走|交|去|到|存|按|每)+", "", a) or a
        for a in alternatives or ()
    ]
    # each way's words, not a manner, a time or a place ("一次性的还是经常搞", "当场结还是回去报")
    # the text may say in its own words
    told = [[w for w in _telling(a) if not LOCATIVE.match(w) and not _manner(w)] for a in ways]
    things = [w for words in told for w in words if _names_a_thing(w)]
    # both ways named ("开卷还是闭卷"), or a thing named ("发现金还是打到卡上"); how often
    # ("隔天巡一次还是天天都巡") is the text's frequency, said in its own words (每日巡查)
    often = any(
        re.search(r"天天|每[天日周月年]|隔[天周月年]|按[天日周月年]|[年月周天]一", a) for a in ways
    )
    named = alternatives and not often and (all(told) or things)
    if named and not any(spoken(w) for words in told for w in words):
        # "工钱是发现金还是打卡": neither way is spoken of near the question
        return "是" + "还是".join(alternatives)
    unspoken: list[str] = []
    for m in _aspects().finditer(asking):
        # "手机上的医保码": where the thing is kept, when the thing itself is spoken of
        owned = re.match(r"(?:上|里)?的([\u4e00-\u9fff]{2,5})", asking[m.end() :])
        if owned and any(spoken(owned.group(1)[:k]) for k in (5, 4, 3)):
            continue
        if re.search(r"码|凭证", asking) and spoken("电子凭证"):
            continue  # "手机上亮码": the code shown on a phone is the 医保电子凭证 the text names
        act = re.sub(r"^[上里的来去]+", "", asking[m.end() :])[:3]
        # ("用手机偷偷拍一张也不行吗": the act past the words of how it is done)
        acts = [act[:k] for k in (3, 2, 1) if act[:k]] + [_bare_act(question)]
        if any(
            re.search(rf"(?:不得|禁止|严禁)[^。；]{{0,12}}{re.escape(a)}", t)
            for a in acts
            if a
            for t in texts
        ):
            # "能用手机拍壁画吗": an act the text forbids (不得拍摄) is forbidden by any means
            # (the act itself after the ban: "用微信交医保" is not banned by another 不得)
            continue
        if _stated_near(m.group(0), texts):
            continue  # "走线上还是跑窗口": the text states it in its own words (信息系统)
        if not spoken(m.group(0)):
            # ("住宿费和车费谁出": every detail left open is named, each as the question writes
            # it, 住宿费 with its 费)
            unspoken.append(m.group(0) + ("费" if asking[m.end() : m.end() + 1] == "费" else ""))
    return "、".join(dict.fromkeys(unspoken)) or None


@lru_cache(maxsize=1)
def _aspect_statements() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    from pathlib import Path

    from corpus.datafiles import read_table

    rows = read_table(Path(__file__).parent / "data" / "aspect_statements.tsv")
    return tuple((re.compile(f"^(?:{asked})$"), re.compile(stated)) for asked, stated in rows)


def _stated_near(word: str, texts: list[str]) -> bool:
    """Whether a near text states the detail a side word asks in the regulations' own words
    (data/aspect_statements.tsv)."""
    return any(
        stated.search(t)
        for asked, stated in _aspect_statements()
        if asked.match(word)
        for t in texts
    )


def _alternatives(asking: str) -> tuple[str, ...] | None:
    m = ALTERNATIVE.search(asking)
    if m is None:
        return None
    manner = r"^(是|到底|究竟|直接|都|要|得|就)+"
    first = m.group(1).rsplit("是", 1)[-1]  # "工钱是发到手里": the way, not the thing
    first = first if len(first) >= 2 else m.group(1)
    return tuple(re.sub(manner, "", a) or a for a in (first, m.group(2)))


def _is_noun(token: str) -> bool:
    """A word of the dictionary that names a thing (jieba's part of speech), not an act, a
    manner or a fragment cut out by the search segmentation ("户能")."""
    import jieba.posseg

    from index.lexical import domain_terms

    return (
        token in domain_terms()
        or jieba.posseg.dt.word_tag_tab.get(token) in NOUN_TAGS
        # "GDP", "CT", "APP": an acronym in a Chinese question names a thing
        or bool(re.fullmatch(r"[a-z]{2,6}", token))
    )


NOUN_TAGS = ("n", "nz", "ng", "nt", "an")


def word_tag(token: str) -> str:
    """jieba's part of speech of a word it knows, "" for one it does not."""
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(token) or ""


def not_a_name(token: str) -> bool:
    """A word that names no subject: one jieba knows as no noun ("准备", "开始"), or a short
    piece it does not know ("交了", "能报"); it cannot move a short follow-up to another
    document. An unknown longer word ("老铜佛") may name one."""
    return not _names_a_thing(token) and (bool(word_tag(token)) or len(token) < 3)


def _manner(token: str) -> bool:
    """An adverb, a count, a place or a time word (jieba's d, m, s, t): how, not what."""
    return word_tag(token) in ("d", "m", "s", "t")


def _names_a_thing(token: str) -> bool:
    """A noun or a verb used as one (培训, 工资: jieba's "vn"), or a term of the documents."""
    from index.lexical import domain_terms

    return token in domain_terms() or word_tag(token) in (*NOUN_TAGS, "vn")


# who asks is not what is asked about; "县里/乡里" say where, which the frame reads
PERSONS = re.compile(
    rf"^(我|我们|我家|咱们|俺)?(个人|本人|自己|家里人|家里的人|家里|家人|老人|孩子|小孩|子女|儿女|后代|小伙子|小伙|姑娘|年轻人|大人|别人|人家|我们|咱们|大家|"
    r"两口子|俩口子|小两口|口子|夫妻|夫妇|全家|一家人|一家子|家属|亲属|亲戚|家眷|娃|娃娃|小娃|娃儿|"
    # the people a rule is for, by where they live ("扎西岗乡的村民什么时候交"): who, not what
    r"村民|居民|群众|老百姓|百姓|乡亲|乡亲们|村里人|牧民|农牧民|市民|"
    # people by their sex ("女同志能不能当看管员")
    r"同志|女同志|男同志|女的|男的|女性|男性|妇女|女人|男人|"
    # the insured as patients ("长期住院的病人多少天结算一次")
    r"病人|病号|"
    # a bare 人员 (参保人员 read as 参保 + 人员) names no one in particular
    r"人员|"
    rf"{KIN_MALE}|{KIN_FEMALE}|{KIN_BARE})$"
)
# a person taken along by the asker: "带孩子", "把老婆也带到…", "把媳妇带到点上住", "领着老人"
_PERSON = PERSONS.pattern.removeprefix("^").removesuffix("$")
# ("把我妈带到成都去看病": her own care, which the rules on treatment decide)
_OWN_CARE = r"(?![^，。？?]{0,10}(?:看病|住院|治疗|就医|检查|报销|参保|办理|手术|生孩子))"
COMPANY = re.compile(
    rf"(?:带|领|把|捎)(?:上|着)?(?P<who>{_PERSON})(?:也|一起|一块|一同|一道|住|去|来|吗|么|嘛|呢|[？?]|$)"
    rf"{_OWN_CARE}|把(?P<brought>{_PERSON})(?:也)?(?:带|领|接)(?:到|去|来|过|上){_OWN_CARE}"
)
RARE_UNITS = 3  # a word this few articles use belongs to their matters
PROXY = re.compile(
    rf"(?:让|请|找|托|委托|叫)\s*(?:{_PERSON}|人|朋友|同事|村干部)\s*(?:帮忙|帮我|帮着|帮)?\s*(?:代|替)"
    r"|(?:代|替)(?:我|他|她|人)?(?:去[^，。？?]{0,6}?)?(?:填|办|领|签|交|缴|报|去办|去领|去交)|代办|代领|代签|代填"
    # "可以替我爸交医保吗", "我能帮我妈把医保交了吗": an act done for a relative or another
    rf"|(?:代|替|帮)(?:{_PERSON})[^，。？?]{{0,6}}?(?:填|办|领|签|交|缴|报|参加|巡查|去)"
)
# "一家人能一起交医保吗", "全家一块交行不行": a household paying or joining as one
TOGETHER = re.compile(
    r"(?:全家|一家人|一家子|家里人|家人|(?:一家)?[\d一二三四五六七八九十几]+口人?|好几个人|几个人|多个人)"
    r"[^，。？?]{0,6}(?:一起|一块儿?|统一|合在一起|合起来)[^，。？?]{0,4}(?:交|缴|办|报|参保)"
)
PROXY_STATED = re.compile(r"委托|代办|代理|代领|代签|代填|授权|代为办理")


PARTY_UNITS = 5  # a word this few articles use names the people or body of their own rule


def _proxy_stated(question: str, text: str, corpus: Corpus) -> bool:
    """Whether the text lets someone act for one as the question asks: a relative or another
    person (委托, 亲属代办…), or for the people or by the body the question names ("寺里的僧尼
    参保可以让寺里代办吗": 在编僧尼…由寺管会代为办理) — not a body acting for others the
    question does not speak of ("我哥的参保登记我能代办吗")."""
    import jieba

    stated = PROXY_STATED.search(text)
    if stated is None:
        return False
    if re.search(r"委托|亲属|家属|家人|他人|监护人", text):
        return True
    # (the sentence's own rare words, 僧尼, 寺庙, 寺管会: not 医保, which every article says)
    sentence = re.split(r"[。；]", text[: stated.start()])[-1]
    return any(
        len(w) >= 2 and w in sentence and 0 < len(corpus.units_using(w)) <= PARTY_UNITS
        for w in jieba.lcut(question)
    )


AFTERWARDS = re.compile(r"补(开|办|签|填|录|报|备案|登记|领|发|盖章)")
DOUBLED = re.compile(r"([给管扣补报发退收赔交算])不\1")
LOCATIVE = re.compile(r"^(县|乡|镇|村|区|市|省|州|地区|城)(里|上|内|外)$")


def _lacking(question: str, best: ScoredClause, idf) -> list[str]:
    """Telling words of the question that the chosen clause does not contain."""
    from index.lexical import tokenize

    text = f"{best.clause.heading}{best.clause.lead}{best.clause.text}"
    # (in the question's order, which breaks ties of weight alike in every run, as a set's
    # order would not)
    tokens = dict.fromkeys(t for t in tokenize(question) if len(t) >= 2 and t not in text)
    return sorted(tokens, key=lambda t: -idf(t))[:2]


# how rare (idf) an event's word must be to tell one dated clause from another
TELLING_EVENT = 4.5
# the words that ask a day ("哪天挂牌", "评审具体是哪一天", "什么时候完工")
DAY_WORD = re.compile(r"哪一?天|几号|哪个?日子|具体(?:是)?(?:什么时候|哪一?天|日期)|什么日子")


def _date_event(question: str) -> str | None:
    """The event a day is asked of, the word next to the words that ask it ("哪天挂牌" →
    挂牌, "评审具体是哪一天" → 评审); None when it is not plain."""
    import jieba.posseg as pseg

    part = asking_part(question)
    asked = DAY_WORD.search(part) or WHEN_WORD.search(part)
    if asked is None:
        return None
    apart = next((word for said, word in SAID_APART if said.search(part[asked.end() :])), None)
    if apart:  # "什么时候能挂三甲的牌子": 挂牌, its verb and object said apart
        return apart
    after = [w for w, tag in pseg.lcut(part[asked.end() :]) if tag.startswith("v") and len(w) >= 2]
    # (before it, only the word right next to it: "三甲评审具体是哪一天" → 评审, never a verb
    # further back, "持续多长时间 从哪天": 从 stands next to it)
    last = pseg.lcut(re.sub(r"(具体|到底|究竟|是)+$", "", part[: asked.start()]))[-1:]
    before = [w for w, tag in last if tag.startswith(("v", "vn")) and len(w) >= 2]
    after = [w for w in after if not GENERIC_VERB.fullmatch(w)]
    before = [w for w in before if not GENERIC_VERB.fullmatch(w)]
    return (after or before[-1:] or [None])[0]


# the plainer words asking when (an event after them is read as after DAY_WORD)
WHEN_WORD = re.compile(r"什么时候|啥时候|何时|哪一?年|几月份?")
# events whose verb and object a question may say apart ("挂三甲的牌子"), as the text says them
SAID_APART = ((re.compile(r"挂[^，。？?]{0,8}?牌"), "挂牌"),)


# verbs that name no event of their own ("哪天开始交": the paying is the event, too short to test)
GENERIC_VERB = re.compile(r"开始|进行|完成|实现|需要|可以|应该|能够|要求|安排|规定|截止|结束")


def _absent(
    fact: FactType, best: ScoredClause, corpus: Corpus, needed: str | None, said: str = ""
) -> Composed:
    cite = of_clauses(corpus, best.unit, [best.clause], best.score)
    what = FACT_WORDS.get(fact, "内容")
    # (a thing named never ends on the question's particle, its verb or an adverb asking
    # closer: "有奖金不", "盗掘古墓判", "奖金具体")
    needed = re.sub(
        r"(?<=[\u4e00-\u9fff]{2})(不|没|吗|么|嘛|呢|啊|呀|判|罚|关|也|给|发|具体|到底|究竟)+$",
        "",
        needed or "",
    )
    # (nor on a verb asked with its negation: "车费报不报")
    needed = re.sub(r"(?<=[\u4e00-\u9fff]{2})([\u4e00-\u9fff])不\1$", "", needed)
    topic = f"“{needed}”" if needed else "这个问题"
    lead = _lead_of(best.clause)
    if (
        not said
        and fact is FactType.AMOUNT
        and best.clause.is_item
        and _punishes(best.clause)
        and DEALT_BY_LAW.search(lead)
    ):
        # "没批就先盖了，罚多少钱": the list of punished deeds says by what law they are dealt
        # with, and no sum of its own
        said = (
            f"文件没有规定罚款的具体金额：{cite.article}规定，{lead.rstrip('：:')}，"
            f"其中包括{cite.clause}“{best.clause.text.rstrip('；;。')}”。"
        )
    return _silent(said or f"文件没有规定{topic}的具体{what}。", cite, best.clause.text)


# a fine's sum asked ("罚多少", "罚款多少钱", "罚几千")
FINE_ASKED = re.compile(r"罚(?:款|金)?[^，。？?]{0,3}(?:多少|几)")


def _fined_deed(question: str, scored: list[ScoredClause]) -> ScoredClause | None:
    """The item of a list of punished deeds, dealt with by a law the list names, that names a
    deed of a question asking a fine's sum; None when the question asks no fine."""
    from index.lexical import covered_by

    if not FINE_ASKED.search(question):
        return None
    deeds = _deeds(question)
    return next(
        (
            r
            for r in scored[:10]
            if r.clause.is_item
            and _punishes(r.clause)
            and DEALT_BY_LAW.search(_lead_of(r.clause))
            and not _laid_on_another(question, r.clause)  # (a custodian's list: not anyone's)
            and any(covered_by(t, question, r.clause.text) for t in deeds)
        ),
        None,
    )


# what a list of punished deeds says follows them ("按照《中华人民共和国文物保护法》…予以处理")
DEALT_BY_LAW = re.compile(r"予以处理|依法处理|处罚|追究")


# a duty left undone, asked what follows ("要是忘了备案呢", "没按时报到会怎样")
UNDONE_ASKED = re.compile(
    # (not 怎么办/咋办: what to do, which a rule's remedy answers — 补缴 after a missed payment)
    # ("没备案还能报吗": whether the claim still stands is what follows too)
    # ("还没备案，还能报吗": the thing, a comma, then what follows asked)
    r"(没有?|未|忘了|忘记|漏了?|错过)[^，。？?]{0,14}?(?:[，,]\s*(?:这|那|现在|如今)?(?:去|再)?(?:弄|办)?(?:还)?)?"
    # ("还没备案，现在弄还来得及吗": whether it is still in time is what follows too)
    r"(来得及|来不来得及|赶得上|还赶得上|晚不晚|"
    r"呢|会怎样|会怎么样|会咋样|后果|有啥影响|(?:还|也)(?:能|可以|给)报)"
    # ("还没交，考古队会被怎么罚": a penalty asked of the one who left it undone)
    r"|(没有?|未|忘了|忘记|漏了?|错过)[^，。？?]{0,14}?[，,]?[^，。？?]{0,6}?"
    r"((?:会|要)被?(?:怎么|咋|如何)?(?:罚|处罚|处分|处理)|罚(?:多少|款|钱))"
)
# a duty done late ("住院第7天才想起来备案，还能报吗", "超过5天才备案"): left undone in time
DONE_LATE = re.compile(
    r"(?:第?[\d一二三四五六七八九十]+[天日号]|过了[^，。？?]{0,6}|后来|事后)?才(?:想起来?|去|来)?"
    r"(备案|报告|缴费|交费|登记|报到|上报)[，,\s]*"
)


def undone_said(question: str) -> tuple[str, re.Match[str] | None]:
    """The question with a duty done late said as left undone in time, and the match of
    `UNDONE_ASKED` in it (None when no duty left undone is asked what follows)."""
    said = DONE_LATE.sub(r"没按时\1", question)
    return said, UNDONE_ASKED.search(said)


# a question only going on with the one before ("会咋样 还能报吗"): no question of its own
STILL_ASKED = re.compile(r"^(?:那)?(?:还|也)(?:能|可以|给|会)")
# what a rule says follows from a duty left undone
CONSEQUENCE_STATED = re.compile(
    r"不予|扣|解聘|处罚|罚款|追究|取消|本人承担|自行承担|个人负担|不得享受|不能享受|停止|责令|赔偿|"
    r"降低|通报|约谈|不再|视为|无效|不能报销|自费|记录在案|按相关规定处理|书面检讨"
)


# what is done until something is done ("先自费结算，待新生儿…缴纳…后，再…")
WAIT_UNTIL = re.compile(r"先[^，。；]{1,12}[，,]\s*待[^。；]{2,40}?后")
# how a duty is said left undone, around the thing not done ("没按时备案": 备案)
UNDONE_MANNER = re.compile(r"^(?:有|按时|及时|去|来|给|办|进行|做)+|(?:的话|了|就)+$")


def undone_thing(question: str) -> str:
    """What a duty left undone is ("要是忘了备案会咋样": 备案), or "" when it is not said in
    two characters or more."""
    question, m = undone_said(question)
    if m is None:
        return ""
    # ("没备案 现在都出院了 还能报吗": the thing is the first piece, what follows is the time)
    # (the penalty alternative of UNDONE_ASKED holds the same two parts as groups 3 and 4)
    first, then = (1, 2) if m.group(1) else (3, 4)
    said = re.split(r"[，,\s]+", question[m.end(first) : m.start(then)].strip(" ，,"))
    thing = UNDONE_MANNER.sub("", said[0]) if said else ""
    return thing if len(thing) >= 2 else ""


# what a failure is said as in a rule that says what follows it ("未按要求如实填写…的")
# (a failure said by its manner, too: "无故缺勤的", "擅自离岗的")
FAILURE_CONDITION = re.compile(r"(?:未|没有|不按|拒不|违反|无故|擅自)[^，。；]{0,24}的")


def consequence_unsaid(question: str, composed: Composed, duty: Citation | None = None) -> Composed:
    """A duty left undone asked what follows, answered by a rule that only states the duty
    (应在入院5日内…备案): the text is silent on the consequence; that rule is the nearest —
    `duty`, the rule just quoted, when the turn follows it ("要是没备案呢")."""
    asking = [
        p
        for p in re.split(r"[？?。！!；;，,\s]+", question)
        if QUESTION_WORD.search(p) and not STILL_ASKED.search(p)
    ]
    if (
        composed.status != "answered"
        or not composed.citations
        or undone_said(question)[1] is None
        # ("几天内要备案？没备案会怎样": the first question is answered by the duty itself)
        or len(asking) > 1
    ):
        return composed
    said = composed.quoted[0] if composed.quoted else composed.citations[0].text
    thing = undone_thing(question)
    # (a consequence of no failure is none of this duty's: "降低10%" of a stay elsewhere is not
    # what follows a 备案 left undone; "未按要求…的，要…扣除" follows failures in other words)
    cited = composed.citations[0].text
    # (the consequence a list's lead-in says of its items leads the answer: "有下列行为之一的，
    # …解聘" of 第十七条（一）"发现…不及时报告的")
    lead = composed.answer.split("\n", 1)[0]
    # ("发现盗挖没上报" said of 第十七条（一） "…不及时报告的": the thing in the item's own words)
    from index.lexical import covered_by

    about = (
        not thing
        or thing in cited
        or covered_by(thing, question, cited)
        # (a failure the quoted rule itself states: not one of a list's other items, "未按规定
        # …缴纳保险费的" of 第三十条, for "要是没备案呢")
        or FAILURE_CONDITION.search(said.split("\n", 1)[0]) is not None
        # ("孩子还没交医保呢" of 第二十九条（二）: a rule saying what is done until the thing is
        # done, "先自费结算，待…缴纳…后，再…报销", speaks of it not done yet)
        or WAIT_UNTIL.search(cited) is not None
    )
    if about and (
        CONSEQUENCE_STATED.search(said)
        or CONSEQUENCE_STATED.search(composed.citations[0].text)
        or CONSEQUENCE_STATED.search(lead)
    ):
        return composed
    unsaid = "文件只规定了应当怎么做，没有规定没做到会怎样。"
    rule = duty if duty is not None and not CONSEQUENCE_STATED.search(duty.text) else None
    in_time = _within_window(question, rule.text if rule else said)
    if in_time is not None:
        cite = rule or composed.citations[0]
        answer, days = in_time
        quoted = [rule.text if rule else said]
        # (the days are the asker's own, said back)
        return Composed("answered", f"{answer}（{cite.label}）[1]", [cite], quoted, [days])
    if rule is not None:
        return _silent(unsaid, duty, duty.text)
    return _silent(unsaid, composed.citations[0], said)


# a window a duty must be done in ("应在入院5日内…备案")
WINDOW_STATED = re.compile(r"(\d+|[一二三四五六七八九十]+)\s*[日天]内")
# the days gone by, said ("住院三天了", "住进去2天", "入院第4天")
DAYS_GONE = re.compile(
    r"(?:住院|住进去|住了|入院|进去|进医院)[^，。？?\d一二三四五六七八九十]{0,3}"
    r"(?:第)?(\d+|[一二三四五六七八九十两]+)\s*天"
)


def _within_window(question: str, rule: str) -> tuple[str, str] | None:
    """ "住院三天了还没备案 还能报吗" against 应在入院5日内备案: still in time, said as such
    (past the window, the text is silent on what follows: None)."""
    from assistant.calculators.amounts import small_count

    window, gone = WINDOW_STATED.search(rule), DAYS_GONE.search(question)
    if window is None or gone is None or "出院" in question:
        return None  # (days stayed before leaving are no days since admission)
    if "自治区以外" in rule and any(
        p.role is PlaceRole.TREATED and p.in_tibet for p in places_in(question)
    ):
        return None  # ("在拉萨住院三天了": the duty is for stays outside Tibet)
    limit, days = small_count(window.group(1)), small_count(gone.group(1).replace("两", "二"))
    if days is not None and (
        re.search(r"超过|超出|多于|已过", gone.group(0))
        or re.match(r"\s*(?:多|以上|出头)", question[gone.end() :])
    ):
        days += 1  # ("住院超过5天了", "住了五天多": more than the days said)
    if limit is None or days is None or days > limit:
        return None
    sentence = next(p for p in re.split(r"(?<=[。；])", rule) if window.group(0) in p)
    return (
        f"还来得及：您说已经{days}天，还在规定的{limit}日期限内，请尽快办理。"
        f"规定是：“{sentence.strip().rstrip('。；')}。”",
        f"{days}天",
    )


# a why asked of a rule or an undertaking ("为什么不让拍", "为啥要搞三甲")
WHY_RULE = re.compile(r"为什么|为啥|为何|凭什么|凭啥|干嘛要|干吗要")
# a reason or a purpose said in a sentence ("为加强…", "是…的迫切需要", "因…")
REASON_STATED = re.compile(
    r"^为|为了|以便|旨在|目的|因为|由于|鉴于|迫切需要|重要体现|[，,]为[^，。；]{2,}"
)
# an undertaking asked why it is done ("为啥要成立养护公司", "为什么搞三甲")
UNDERTAKING_ASKED = re.compile(
    r"(?:为什么|为啥|为何|干嘛|干吗)(?:要|得)?(?:搞|创建|创|成立|组建|建|建设|开展|推进|制定|出台|实行)"
)
REASON_UNSAID = "文件没有说明这样规定的原因。它的规定是："
# a why of one's own case or a result, not of the rule ("为什么我爸不用交", "为啥这次报得少")
CASE_ASKED = re.compile(r"我|你|他|她|咱|俺|这次|这回|上次|刚才|那次|第[一二三四五六七八九十\d]+次")


def reason_said(question: str, composed: Composed, corpus: Corpus) -> Composed:
    """ "为啥要成立养护公司": what the document undertakes is said with its purpose, in its
    opening (前言 or 第一条: "为进一步加强…"); "为什么不让拍壁画": a rule whose sentence gives no
    reason is quoted with that said, not as if it were the reason."""
    if composed.status != "answered" or not composed.citations or not WHY_RULE.search(question):
        return composed
    lead, _, rest = composed.answer.partition("\n")
    if REASON_STATED.search(lead):
        return composed
    why = WHY_RULE.search(question)
    if not UNDERTAKING_ASKED.search(question) and CASE_ASKED.search(question[why.start() :]):
        # "为什么我爸妈不用交": why the rule applies to a case — the rule is the answer
        # (not who asks, said before it: "我姑想问个…的事，为啥选人要以男性为首选")
        return composed
    if UNDERTAKING_ASKED.search(question):
        doc = corpus.document_by_id(composed.citations[0].unit_id.split("/")[0])
        opening = next((u for u in corpus.units() if u.doc_id == doc.id), None)
        words = [w for w in _content_words_of(question) if len(w) >= 2]
        if (
            opening is not None
            and REASON_STATED.search(opening.text[:60])
            # (the document's own undertaking, named by its title: not a thing inside it,
            # "为啥要搞这个六统一")
            and (
                any(w in doc.title for w in words)
                or any(d == doc.id and a in question for a, d in doc_aliases())
                # ("为啥要搞三甲": the short name people use)
                or any(
                    w in a for a, d in doc_aliases() if d == doc.id for w in words if len(w) >= 2
                )
            )
        ):
            sentence = re.split(r"(?<=。)", opening.text.strip())[0].rstrip("。")
            cited = of_unit(corpus, opening)
            return Composed(
                "answered",
                f"{display(sentence)}（《{doc.title}》{cited.label}）[1]",
                [cited],
                [sentence],
            )
    cited = composed.citations[0]
    whole = corpus.unit_by_id(cited.unit_id)
    causes = _causes_said(question, whole.text) if whole is not None and not cited.clause else []
    if causes and causes[0][:16] in lead:
        return composed  # ("为什么去区外就业的毕业生少": the lead already says what holds it back)
    if causes:
        # "就业援藏岗位2018年为啥一个都没去": a shortfall asked why, where the plan states what
        # holds it back (…积极性不高，…匹配度不高) beside the figures; the quote holds both
        year = YEAR_SAID.search(question)
        apart = f"文件没有单独说明{year.group(0)}的原因。" if year else ""
        said = f"文件写明的原因是：{'；'.join(causes)}（{cited.label}）。{apart}"
        kept = [
            p
            for p in re.split(r"(?<=[。；;])", whole.text)
            if p.strip() and (p.strip() in cited.text or p.strip().rstrip("。；;") in causes)
        ]
        quote = replace(cited, text="".join(kept))
        lines = composed.answer.split("\n")
        at = next((n for n, line in enumerate(lines) if line.startswith("原文：")), None)
        if at is not None:
            lines[at] = f"原文：{quote.display}“{display(quote.text)}”[1]"
        return replace(
            composed,
            answer="\n".join([said, *lines]),
            citations=[quote, *composed.citations[1:]],
            quoted=[*causes, *composed.quoted],
        )
    purpose = _purpose_after(lead, composed.citations[0].text)
    if purpose:
        # "为什么要这么规定" after "雇佣当地农民不少于60%": the sentence goes on with what the
        # rule is for ("，以促进…就业和增收")
        label = composed.citations[0].label
        said = f"文件在这条规定后面写明了目的：{purpose}（{label}）。"
        return replace(composed, answer=f"{said}\n{composed.answer}")
    return replace(composed, answer=f"{REASON_UNSAID}{lead}" + (f"\n{rest}" if rest else ""))


# an age stated by a rule ("男年满65周岁", "25-50岁")
AGE_STATED = re.compile(r"\d+\s*(?:周岁|岁)")


# a why asked of a result that fell short ("为啥一个都没去", "为什么这么少"), not of a rule
# ("为什么不让拍", "为啥不能报")
SHORTFALL_WHY = re.compile(
    r"(?:为什么|为啥|为何|怎么)(?![^，。？?]{0,12}(?:不让|不能|不准|不许|不得|不给|不用|不予|要|规定))"
    r"[^，。？?]{0,16}(?:少|低|没|不高|不好|不多|不足|不明显|差|慢)"
)
# a sentence stating what holds a result back ("积极性不高", "匹配度不高", "基础薄弱")
HOLDS_BACK = re.compile(r"不高|不足|不强|不够|偏低|较低|薄弱|滞后|缺乏|欠缺|短缺|较差|不匹配")
YEAR_SAID = re.compile(r"(?:19|20)\d\d年")


def _causes_said(question: str, text: str) -> list[str]:
    """The cited unit's sentences that say what holds a result back, when a shortfall is asked
    why; none when none does (its figures alone are no reason)."""
    if not SHORTFALL_WHY.search(question):
        return []
    sentences = [p.strip().rstrip("。；;") for p in re.split(r"(?<=[。；;])", text)]
    return [p for p in sentences if HOLDS_BACK.search(p) and not re.search(r"\d", p)]


# a purpose said right after a rule, in its sentence ("，以促进当地…就业和增收")
PURPOSE_AFTER = re.compile(r"^[，,]\s*((?:以|为了|旨在|以便|从而|确保)[^，,。；;]{4,60})")


def _purpose_after(lead: str, text: str) -> str:
    """What the cited text says the rule of the lead is for, right after it; "" if nothing."""
    core = lead.split("（", 1)[0].rstrip("。；; ")  # (the rule before its label)
    core = core.split("：", 1)[-1] if "：" in core[:12] else core
    tail = core[-10:]
    at = text.find(tail) if len(tail) >= 6 else -1
    if at < 0:
        return ""
    found = PURPOSE_AFTER.match(text[at + len(tail) :])
    return found.group(1) if found else ""


def _content_words_of(question: str) -> list[str]:
    from index.lexical import tokenize

    return [t for t in tokenize(WHY_RULE.sub("", question)) if not QUESTION_WORD.search(t)]


# "…选择缴纳60元、120元、250元档次，…分别按60%、70%、90%比例给予报销": two lists of one length,
# the second taken one by one (分别) for the first
SERIES = re.compile(r"(?<![\d.])[\d.]+(?:%|万元|元)?(?:、[\d.]+(?:%|万元|元)?)+")
RESPECTIVELY = re.compile(r"分别(?=按|为|是|给予|报销|补助|[\d])")


def one_of_series(question: str, composed: Composed) -> Composed:
    """The lead sentence for the one case the question names ("交的120档 门特报多少比例"): both
    lists of a 分别 sentence cut to that case's member, in the sentence's own words ("…选择缴纳
    120元档次，…按70%比例给予报销"); the quote keeps the whole sentence."""
    if composed.status != "answered" or not composed.answer:
        return composed
    lead, _, rest = composed.answer.partition("\n")
    said = RESPECTIVELY.search(lead)
    if said is None:
        return composed
    later = SERIES.match(lead, said.end() + (1 if lead[said.end()] in "按为是" else 0))
    earlier = [m for m in SERIES.finditer(lead, 0, said.start())]
    if later is None or not earlier:
        return composed
    cases, values = earlier[-1].group(0).split("、"), later.group(0).split("、")
    if len(cases) != len(values):
        return composed

    def named(case: str) -> bool:
        core = re.sub(r"[%元万]+$", "", case)
        return re.search(rf"(?<![\d.]){re.escape(core)}(?![\d.])", question) is not None

    chosen = [k for k, case in enumerate(cases) if named(case)]
    if len(chosen) != 1:
        return composed
    k = chosen[0]
    one = (
        lead[: earlier[-1].start()]
        + cases[k]
        + lead[earlier[-1].end() : said.start()]
        + lead[said.end() : later.start()]
        + values[k]
        + lead[later.end() :]
    )
    answer = "\n".join([one, rest]) if rest else one
    return Composed(composed.status, answer, composed.citations, composed.quoted, composed.facts)


# a month the asker names ("我是3月15号补交的", "十二月份交的")
MONTH_SAID = re.compile(
    r"(?<![\d年])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!底|末|初)"
)
NEXT_MONTH = "次月"


def with_month_after(question: str, composed: Composed) -> Composed:
    """ "我是3月15号补交的 啥时候开始能报销": a rule that starts from the month after (补缴的次月起)
    said for the one month the question names: 4月 (and January for December)."""
    lead, _, rest = composed.answer.partition("\n")
    months = MONTH_SAID.findall(question)
    if composed.status != "answered" or NEXT_MONTH not in lead or len(months) != 1:
        return composed
    from assistant.calculators.amounts import small_count

    month = small_count(months[0])
    if month is None or not 1 <= month <= 12:
        return composed
    after = month % 12 + 1
    act = re.search(r"([\u4e00-\u9fff]{2})的次月", lead)  # (补缴的次月起: the act it starts from)
    said = f"按此，{month}月{act.group(1) if act else '办理'}的，{'次年1' if month == 12 else after}月起享受。"
    answer = "\n".join([lead, said, rest]) if rest else f"{lead}\n{said}"
    return Composed(
        composed.status,
        answer,
        composed.citations,
        composed.quoted,
        [*composed.facts, str(month), str(after)],
    )


def _silent(said: str, cite: Citation, text: str) -> Composed:
    """A decline saying what the text does not give, with the nearest rule quoted."""
    answer = f"{said}最相关的是{cite.display}，原文是：“{display(text)}”[1]"
    return Composed("out_of_scope", answer, [cite], [text])


# the modal a yes/no question asks with; what follows it is what is asked to be so
MODAL_ASKED = re.compile(
    r"能不能|可不可以|能否|可否|要不要|需不需要|用不用|会不会|有没有|有无|是否|"
    r"是不是(?=得|要|需要|必须|还得|应该|应当|只能)|还能|能|可以|需要|必须|一定要|非得|"
    # not 得 of 来得及/记得, nor 要 of 要求/要点
    r"(?<![来记觉值获取显使懂认晓赢舍难免])得(?!及|到)|要(?![求素点])|有|"
    # "报销下来时会算利息吗", "培训包吃吗": what will be done, what is included
    r"会(?![议同诊计员长上场费谈商审])|包(?=吃|住|路费|车费|食宿|往返)|" + DOUBLED.pattern
    # "丧葬费给不给": the doubled verb, often after what it asks of
)
# a length of time, a count or an age asked to exist ("备案有时间限制吗"): any figure of that
# kind in the near articles speaks of it
# meals and lodging provided: said with one-character objects jieba cannot weigh ("包吃", "管住")
BOARD_ASKED = re.compile(
    r"(?:包|管|供|提供|安排)(?:吃住|食宿|吃喝|住宿|宿舍|午饭|晚饭|早饭|中饭|三餐|伙食|吃|住|饭)"
)
# paid back: 报销/报账, or 报 said with a verb of allowing ("给报", "能报"), never 报告/报名
# a claim's payment asked: 报销, or 报 with how much ("报多少", "能报几成")
CLAIM_ASKED = re.compile(r"报(?:销|账)|报(?:多少|几|百分之)|(?:给|能|可以)报(?![告名到道送考批备])")
REIMBURSED = re.compile(r"报(?:销|账)|(?:给|能|可以|不)报(?![告名到道送考批备])|报不报")
BOARD_STATED = re.compile(r"餐|饭|食宿|伙食|膳|住宿|宿舍|住房|周转房")
DIMENSION = re.compile(r"时间|期限|天数|日期|几天|多久|频率|频次")


def _paid_back_nowhere(question: str, best: ScoredClause, corpus: Corpus) -> bool:
    """Whether a cost asked to be paid back belongs to a document that never reimburses and
    the question names nothing of one that does ("看管员住院能报吗" is the medical scheme's:
    看管员 says who, 住院 what; "培训期间生病了能报医药费吗" names 医药费)."""
    payers = {u.doc_id for u in corpus.units_using("报") if REIMBURSED.search(u.text)}
    if best.unit.doc_id in payers:
        return False
    return not _foreign_words(question, corpus, best.unit.doc_id)


def _head_noun(text: str) -> str:
    """The last noun of a phrase ("去外地受训的路费" → 路费), or nothing when it names none."""
    import jieba.posseg

    nouns = [w.word for w in jieba.posseg.cut(text) if w.flag in NOUN_TAGS + ("vn",)]
    return nouns[-1] if nouns else ""


# a yes/no asked at the end of the sentence ("…请假行吗", "…行不行", "…成吗")
TRAILING_ASK = re.compile(r"(行|成|中)(吗|么|嘛|不行|不成|不)?[？?。！!\s]*$")


def _last_noun(text: str) -> str | None:
    """The last word of the text when it is a noun ("免票", "证书"); a verb there is too often
    a paraphrase ("结掉" for 结算) to be weighed against the text's words."""
    import jieba.posseg

    words = [w for w in jieba.posseg.cut(text) if w.word.strip()]
    last = words[-1] if words else None
    if last is None or last.flag not in NOUN_TAGS + ("vn",) or GENERIC.match(last.word):
        return None
    return None if JUDGED.match(last.word) else last.word


# a judgement asked of what was said ("还算数吗", "有效吗"), not a thing named
JUDGED = re.compile(
    r"^(算数|有效|作数|正常|合法|合规|对|真的|靠谱|管用|好使|违规|违法|犯法|不合规|不合法|违反规定)$"
)


# a sex a rule's text states ("男年满65周岁、女年满60周岁")
SEX_STATED = re.compile(r"[男女]")

# a person's sex, asked as a condition of a rule
SEX_ASKED = re.compile(
    r"女的|男的|女性|男性|女人|男人|妇女|女同志|男同志|女孩子?|男孩子?|姑娘|小伙子?"
)


# a rule saying what purse a cost is paid from ("培训经费从地区文物安全专项经费中支出")
FUNDING_RULE = re.compile(r"经费[^，。；]{0,16}(?:支出|列支|承担|纳入|解决)")
# a cost of one's board or travel, asked to be provided or paid ("管饭吗", "路费报不报")
UPKEEP_ASKED = re.compile(
    rf"{BOARD_ASKED.pattern}|路费|车费|交通费|差旅费?|住宿费?|食宿费?|伙食费?|饭钱|饭费|餐费"
)


def doc_titled(question: str, corpus: Corpus) -> str | None:
    """The one document whose title holds the most of the question's telling words ("培训" of
    《…文物安全培训办法》); None when no title holds one, or two hold as many."""
    told = [t for t in _telling(question) if len(t) >= 2]
    counts: dict[str, int] = {}
    for unit in corpus.units():
        if unit.doc_id not in counts:
            doc = corpus.document_by_id(unit.doc_id)
            counts[unit.doc_id] = sum(t in doc.title for t in told) if doc else 0
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] == 0 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(counts, key=counts.get)


def _funding_of(question: str, best: ScoredClause, corpus: Corpus) -> ScoredClause:
    """ "培训管饭吗": board or travel the text is silent on; the nearest rule is what its
    document says pays the costs (五、培训经费), not whatever clause the words found."""
    if not UPKEEP_ASKED.search(asking_part(question)) or FUNDING_RULE.search(best.clause.text):
        return best
    # (the document the question names by its title's word, "培训的住宿和吃饭谁负担" the
    # training's, though 负担 found the medical scheme's 个人负担)
    home = doc_titled(question, corpus) or best.unit.doc_id
    for unit in corpus.units():
        if unit.doc_id != home:
            continue
        for clause in clauses(unit):
            if FUNDING_RULE.search(clause.text):
                return ScoredClause(clause, unit, best.score, best.rank)
    return best


def _unsaid_predicate(
    question: str, scored: list[ScoredClause], best: ScoredClause, corpus: Corpus
) -> str | None:
    """The words after a yes/no question's modal ("能不能|放无人机航拍") when the articles nearest
    the question speak of none of them: the text neither allows nor requires nor names it.
    A claim checked ("是不是打七折"), a figure named, or a value asked beside ("多少个…有数据吗")
    is left to the rest of the composition."""
    import jieba.posseg

    from assistant.frame import TRAILING_PLEA
    from index.lexical import covered_by, tokenize

    asking = asking_part(TRAILING_PLEA.sub("", question))
    # ("一家6口人能一起交医保吗", "全家一块交": the household counted, or 一块 said as together)
    together = TOGETHER.search(asking)
    if not together and re.search(
        r"多少|几|什么|啥|哪|谁|\d|[一二两三四五六七八九十百千万]+[个点成折块元岁年月天]", asking
    ):
        return None
    near = [
        best,
        *(r for r in scored[:3] if r is not best and r.score >= best.score - VALUE_MARGIN),
    ]
    texts = [f"{_title(r.unit)}{''.join(r.unit.headings)}{r.unit.text}" for r in near]
    if LAPSED_STILL.search(question) and any(WAY_BACK.search(x) for x in texts):
        return None  # "去年没交今年还能参加吗": the way back (补缴) decides it
    sex = SEX_ASKED.search(asking)
    if sex and not any(SEX_STATED.search(t) for t in texts):
        # "看管员能是女的吗", "男的能参加培训吗": a sex the nearest rules never speak of is no
        # condition of theirs; the text neither requires nor bars it
        return sex.group(0)
    paid = REIMBURSED.search(asking)
    if paid and _paid_back_nowhere(question, best, corpus):
        # "去拉萨受训的车费能报销吗", "巡查的油钱给报吗": only the medical scheme reimburses;
        # a cost of another document's subject is one its rules never say is paid back
        return _head_noun(asking[: paid.start()]) + paid.group(0)
    board = BOARD_ASKED.search(asking)
    if board and not any(
        BOARD_STATED.search(u.text) for u in corpus.units() if u.doc_id == best.unit.doc_id
    ):
        return board.group(0)  # "培训管午饭吗", "去学习包住吗": its document never speaks of board
    modals = list(MODAL_ASKED.finditer(asking))

    def bare(text: str) -> str:
        return re.sub(r"(吗|么|嘛|呢|不|没)?[？?。！!\s]*$", "", text).strip()

    trailing = TRAILING_ASK.search(asking)
    if trailing and (
        not modals or re.search(r"[，,\s]", asking[modals[-1].end() : trailing.start()])
    ):
        # "培训期间有事 打电话跟老师请假行吗": what is asked to be allowed is the words before
        # the trailing 行吗, from the last pause (有 of 有事 is no modal of it)
        rest = re.split(r"[，,\s]+", asking[: trailing.start()].strip())[-1]
        rest = MODAL_ASKED.sub("", rest, count=1) if MODAL_ASKED.match(rest) else rest
    elif modals:
        rest = bare(asking[modals[-1].end() :])
        if not rest and DOUBLED.fullmatch(modals[-1].group(0)):
            # "参保人去世了 丧葬费医保给不给": what is asked stands before the modal
            rest = re.split(r"[，,\s]+", asking[: modals[-1].start()].strip())[-1]
    elif re.search(r"吗[？?。！!\s]*$", asking) and (last := _last_noun(bare(asking))):
        rest = last  # "班车老人免票吗": the thing named last is what is asked to hold
    else:
        return None
    if JUDGED.match(rest):
        # "各参一份医保 算不算违规": a judgement of the act said before it, which the rules that
        # forbid or allow that act decide
        return None
    if any(_stated_near(m.group(0), texts) for m in _aspects().finditer(rest)):
        return None  # "能在网上备案吗": the way asked is one the near text states (信息系统)
    # "能不能带孩子一起去听", "把老婆也带到点上住": a person brought along is what is asked,
    # decided only by a text that speaks of such company (家属, 子女…)
    company = COMPANY.search(rest)
    who = company and (company.group("who") or company.group("brought"))
    if who and not any(covered_by(who, question, x) for x in texts):
        return rest
    # "能不能让亲戚代填", "找人替我去办": a proxy, decided only by a text that speaks of one
    # ("医保能帮我爸报销住院费吗": the fund paying for him, no proxy)
    fund_helps = re.search(
        r"(?:医保|国家|政府|财政|基金|统筹)[^，。？?]{0,3}$",
        asking[: modals[-1].start()] if modals else "",
    )
    if (PROXY.search(rest) and not fund_helps or together) and not any(
        _proxy_stated(question, x, corpus) for x in texts
    ):
        return rest
    # "转诊证明能不能补开": a paper made afterwards, decided only by a text that says so
    late = AFTERWARDS.search(rest)
    if late and not any(f"补{late.group(1)[0]}" in x for x in texts):
        return rest
    known = jieba.posseg.dt.word_tag_tab

    def telling(text: str) -> list[str]:
        return [
            t
            for t in dict.fromkeys(tokenize(text))
            if t in known and len(t) >= 2 and not GENERIC.match(t) and not function_word(t)
        ]

    # "陪产的丈夫误工有没有补贴", "请病假会不会扣补助", "差旅费能报销吗": a thing the asked
    # subject names (its words from the last pause to the modal) that no article of the
    # gazette names at all; no rule of the predicate alone decides it (a manner asked after
    # the modal, "可以口头报告吗", is decided by the manner the rule states, 书面形式)
    # (the head of the subject, its last word: 手机 of "手机上亮个码能…" only says where)
    said = re.split(r"[\s，,]+", asking[: modals[-1].start()] if modals else "")[-1]
    words = [
        w.word
        for w in jieba.posseg.cut(said)
        if w.word.strip()
        and not function_word(w.word)
        # (a term of the gazette's own, 医保电子凭证, is tagged x like punctuation)
        and (
            not w.flag.startswith(HOW_TAGS)
            or (w.flag == "x" and re.fullmatch(r"[\u4e00-\u9fff]{2,}", w.word))
        )
    ]
    head = words[-1] if words else ""
    unnamed = (
        head
        if len(head) >= 2
        and (known.get(head) or "") in NAMING_TAGS
        and not GENERIC.match(head)
        and not KIND_WORDS.search(head)
        and not covered_by(head, question, corpus.words)
        # ("感冒药能报吗": an everyday illness's medicine is an outpatient's, 第二十六条)
        and not EVERYDAY_ILLNESS.search(head)
        else None
    )
    if unnamed is not None and not _forbids_act(question, rest, texts):
        return f"{unnamed}{rest}"

    # "能不能配巡逻用的摩托车", "要交保证金吗": the thing the predicate ends on (its object) is
    # one no article of the gazette names; the rule found for its verb or its subject says
    # nothing of it
    objects = [
        w.word
        for w in jieba.posseg.cut(rest)
        # (a noun of the dictionary: jieba calls an unknown "全报" or "重签" a noun too)
        if known.get(w.word) in ("n", "nz") and len(w.word) >= 2 and not GENERIC.match(w.word)
    ]
    thing = objects[-1] if objects else None
    if (
        thing is not None
        and rest.rstrip().endswith(thing)
        and not KIND_WORDS.search(thing)
        and not PERSONS.match(thing)  # "留给子女吗": to whom, decided by the rule on the thing
        and not MANNER_ASKED.search(thing)  # "口头报告": a manner, which a stated form decides
        and not covered_by(thing, question, corpus.words)
        and not _forbids_act(question, rest, texts)
    ):
        return rest
    tokens = telling(rest)
    if not tokens:
        return None
    speaking = {
        r.unit.doc_id
        for r, x in zip(near, texts, strict=True)
        if any(covered_by(t, question, x) for t in tokens)
    }
    if speaking:
        # "举报骗保有没有奖励": 奖励 is spoken of only by the custodians' rules, which say
        # nothing of 举报 or 骗保: a neighbour document's predicate, not this subject's
        # (the subject must belong to another document: a colloquial subject no document
        # speaks of, "断缴了能不能补交", says nothing against the rule found)
        subject = telling(question[: question.rfind(rest)]) if rest in question else []
        # (each speaking document's words joined once, not once per word of the subject)
        spoken_text = [
            "".join(f"{u.title}{u.text}{''.join(u.headings)}" for u in doc.units)
            for doc in corpus.documents
            if doc.id in speaking
        ]
        spoken = any(covered_by(s, question, text) for text in spoken_text for s in subject)
        # (or an everyday phrase of the question stands for that document's own terms: "住得离
        # 遗址很远…选上看管员" is its 就近区域选择)
        from index.lexical import phrase_terms

        spoken = spoken or any(
            len(t) >= 3 and t in text for text in spoken_text for t in phrase_terms(question)
        )
        # (a word of the subject that only a few articles of other documents use: 举报 of the
        # medical rules, not 普通 of every 普通门诊 article)
        others = [u.text for u in corpus.units() if u.doc_id not in speaking]
        elsewhere = any(0 < sum(s in t for t in others) <= RARE_UNITS for s in subject)
        if subject and not spoken and elsewhere:
            return rest
        return None
    if DIMENSION.search(rest) and any(DURATION_STATED.search(x) for x in texts):
        return None
    if _forbids_act(question, rest, texts):
        return None
    if re.search(r"[掏出交付花]钱", rest) and any(PAID_IN_FULL.search(x) for x in texts):
        return None  # "生孩子要自己掏钱吗": paid in full says one does not
    if CARRIED_ON.search(question) and any(ENDED.search(x) for x in texts):
        return None  # "出了事故还能继续当吗", "没用完的能转到明年吗": an ending stated decides it
    if MANNER_ASKED.search(rest) and any(MANNER_STATED.search(x) for x in texts):
        return None  # "口头说一声行不行", "打电话请假行吗": the manner the rule states decides it
    return rest


# a rule that limits a thing to one use, kind or share ("仅限用于养护工程", "必须雇佣当地农民不少于
# 60%"): any other use asked of the thing is decided by it
RESTRICTS = re.compile(r"仅限|只限|只能|只用于|专项用于|专用于|专款专用|必须")
RESTRICTED_REACH = 10  # characters between the thing's last word and the word restricting it


def _restricting(
    question: str, near: list[ScoredClause], best: ScoredClause
) -> ScoredClause | None:
    """The near clause one of whose sentences restricts the subject asked of (its words from the
    last pause to the last modal, two of them at least, the last just before the restriction)."""

    subject = _modal_subject(question)
    if len(subject) < 2:
        return None
    for r in [
        best,
        *(x for x in near[:3] if x is not best and x.score >= best.score - VALUE_MARGIN),
    ]:
        for c in [r.clause, *(c for c in clauses(r.unit) if c != r.clause)]:
            if any(_restricts(subject, s) for s in re.split(r"[。；;]", c.text)):
                return ScoredClause(c, r.unit, r.score, r.rank)
    return None


# who holds a post, asked ("院长是谁", "局长叫什么", "负责人是哪位")
HOLDER_ASKED = re.compile(r"(?:是|叫)(?:谁|哪位|哪一位|什么名字)|叫什么")
# who holds a post, the question ending on it ("组长是谁"), not who does an act ("是谁来认定的")
POST_HOLDER_ASKED = re.compile(
    r"(?:是|叫)(?:谁|哪位|哪一位|什么名字)[呢啊呀]?[？?。！!\s]*$|叫什么(?:名字)?[？?。\s]*$"
)


def _unnamed_holder(question: str, corpus: Corpus) -> str | None:
    """The post whose holder is asked when the gazette never names that post (院长), else None."""
    import jieba.posseg

    from index.lexical import covered_by

    asking = asking_part(question)
    asked = HOLDER_ASKED.search(asking)
    if asked is None or PAYER_ASKED.search(asking):
        return None  # ("这工资是县里发还是谁出钱": who pays is asked, not who holds a post)
    words = [w.word for w in jieba.posseg.cut(asking[: asked.start()]) if w.word.strip()]
    post = words[-1] if words else ""
    if len(post) < 2 or function_word(post) or GENERIC.match(post):
        return None
    # (the post of a named office, "医保局局长", only as the text says it: 局长 alone is the
    # 交通运输局's)
    office = re.search(
        r"[\u4e00-\u9fff]{1,6}?(?:[局委厅院所]|中心)(?:局长|主任|院长|所长|书记|处长|科长)$",
        asking[: asked.start()],
    )
    if office and office.group(0) not in corpus.words:
        return office.group(0)
    # (its head too: "医院院长" is one word to jieba, 院长 the post)
    return next((p for p in (post, post[-2:]) if not covered_by(p, question, corpus.words)), None)


def _restricting_stretch(question: str, pieces: list[str]) -> str | None:
    """The pieces from the one naming the thing asked of to the one limiting it ("…文物保护专项
    资金，专款专用，不得挪作他用")."""
    subject = _modal_subject(question)
    if len(subject) < 2:
        return None
    for k, piece in enumerate(pieces):
        # (a condition is no limit: "因特殊原因必须退训的，" says when, what follows says how)
        if not RESTRICTS.search(piece) or re.search(r"的[，,]$", piece):
            continue
        # the limiting piece, with the one before when the thing is named there ("…专项资金，
        # 专款专用")
        for first in (k, k - 1):
            stretch = "".join(pieces[max(first, 0) : k + 1])
            if first >= 0 and _restricts(subject, stretch):
                # (a ban right after the limit says the same of any other use: 不得挪作他用)
                if k + 1 < len(pieces) and FORBIDS.match(pieces[k + 1]):
                    stretch += pieces[k + 1]
                return stretch.rstrip("，；。：,; ")
    return None


def _modal_subject(question: str) -> list[str]:
    """The words naming what a yes/no question asks of: from the last pause to its last modal
    ("自治区拨下来的养护补助资金|能挪去…")."""
    from index.lexical import tokenize

    asking = asking_part(question)
    modals = list(MODAL_ASKED.finditer(asking))
    if not modals:
        return []
    said = re.split(r"[\s，,]+", asking[: modals[-1].start()].strip())[-1]
    words = [
        t
        for t in tokenize(said)
        if len(t) >= 2 and not GENERIC.match(t) and not function_word(t) and not PERSONS.match(t)
    ]
    # (the head, the last word said, comes last: "养护公司的简易养护活" → …, 养护)
    return [*dict.fromkeys(w for w in words[:-1] if w != words[-1]), *words[-1:]]


# a sum of money set aside, however named
FUND_NOUN = re.compile(r"经费|资金|款项")


def _restricts(subject: list[str], text: str) -> bool:
    """Whether the text limits the thing named by two of the subject's words, the last of them
    just before the limiting word ("…养护补助资金仅限用于…"); money named either way (专项经费
    is the 专项资金 the text limits)."""
    subject = [FUND_NOUN.sub("资金", t) for t in subject]
    text = FUND_NOUN.sub("资金", text)
    if not subject or subject[-1] not in text:
        return False  # the rule limits another thing than the one asked of (its head)
    for found in RESTRICTS.finditer(text):
        before = text[: found.start()]
        named = [t for t in subject if t in text]
        last = max((before.rfind(t) + len(t) for t in named if t in before), default=-1)
        if len(named) >= 2 and 0 <= found.start() - last <= RESTRICTED_REACH:
            return True
    return False


# a way of telling asked ("口头说一声", "打个电话"), which a rule stating its form decides
MANNER_ASKED = re.compile(r"口头|嘴上|电话|微信|短信|当面|捎个话|带个话")
MANNER_STATED = re.compile(r"书面")


FORBIDDEN_REACH = 30  # the characters after 不得/禁止 that say what is forbidden


def _forbids_act(question: str, rest: str, texts: list[str]) -> bool:
    """ "能卖给外地老板吗", "能不能临时改讲": an act the near articles forbid is decided by that
    rule, whoever it is done with (the acts are verbs said alone or verbs joined ("改讲"), never
    a verb character inside another word: 提 of 提前 is no act of giving)."""
    import jieba.posseg

    from index.lexical import covered_by, tokenize

    known = jieba.posseg.dt.word_tag_tab
    acts = {
        c
        for w in jieba.posseg.cut(rest)
        # (a character said alone is an act unless it is a particle, a count or a pointer: 拓,
        # which jieba knows as a name)
        if (
            len(w.word) == 1
            and not w.flag.startswith(("m", "q", "r", "u", "p", "c", "d", "y", "f", "x"))
        )
        or (w.flag.startswith("v") and all((known.get(c) or "").startswith("v") for c in w.word))
        for c in w.word
    }
    forbidding = [x[f.start() :] for x in texts for f in FORBIDS.finditer(x)]
    # (a word of two characters or more the rule forbids: 抵押 of "不得转让、抵押")
    words = [t for t in tokenize(rest) if len(t) >= 2]
    return any(covered_by(a, question, f) for a in acts for f in forbidding) or any(
        t in f[:FORBIDDEN_REACH] for t in words for f in forbidding
    )


# jieba's tags of a word that names a thing (误工, 差旅费): a yes/no about one the gazette never
# names is not decided by the rule found for the rest of the question
NAMING_TAGS = ("n", "vn", "nz")
# tags of words that say how or when, not what: particles, adverbs, pronouns, times, counts
HOW_TAGS = ("u", "d", "r", "t", "m", "q", "y", "p", "c", "x", "f")


# a state asked to go on ("继续当", "接着用", "转到明年"), which a rule that ends it answers
# though it never says the asker's verb
CARRIED_ON = re.compile(
    r"继续|接着|照样|照旧|仍然|仍旧|留到|留在|转到|挪到|带到(明年|下一?年)|保留|延续"
)
ENDED = re.compile(r"解聘|辞退|清零|不可结转|不可结转和继承|不累计|终止|取消|停止|收回|不再")


# a count, a pointer, a time or a modal ("三个", "那点", "明年", "不能"), how the question
# is put rather than what it is about
POINTING = re.compile(
    r"^(这|那|哪|该|本|每)|^[一二两三四五六七八九十几\d]+[个幅张次件位名种项条家点块样回]?$"
)
FUNCTION_TAGS = ("m", "q", "mq", "r", "t", "tg")


def function_word(token: str) -> bool:
    """Whether a token of a question says how it is asked, not what about: its words that no
    passage is expected to contain (哪三个, 今年, 能不能, 姥爷)."""
    import jieba.posseg

    tag = jieba.posseg.dt.word_tag_tab.get(token)
    return bool(
        (tag and tag.startswith(FUNCTION_TAGS))
        or POINTING.search(token)
        or QUESTION_WORD.search(token)
        or MODAL_ASKED.fullmatch(token)
        or token in ("不能", "不行", "行不行")
        or token in FRAMING_WORDS
        or PERSONS.match(token)
    )


# when a question places its case in time, and "still has", which no passage is asked to say
# ("以前家庭账户里还有钱 取消以后这钱还能用吗": the account and its cancelling are asked)
# ("以后" stays telling: "退伍回来以后…安排工作" asks what follows, which the text may not say)
# ("要是忘了备案会咋样": a supposition frames the case as the times do; the text never says 要是)
# adverbs that press the question ("到底从哪支出", "究竟谁管"), never what it is about
PRESSING = frozenset({"到底", "究竟", "真的", "确实"})
FRAMING_WORDS = frozenset(
    {"以前", "之前", "以往", "从前", "原来", "还有", "这钱", "那钱"}
    | {"要是", "如果", "假如", "假设", "万一", "若是"}
    | PRESSING
)
