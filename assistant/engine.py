"""One user turn and the conversation state in, one Response out.

The turn is read once into a Frame (assistant/frame.py); routing reads only the frame and the
typed State: guard → small talk / source / explain / off-topic → scope → pending follow-up →
change of the last calculation → several parts → calculation → eligibility → article reference
→ retrieval with an answer composed for the kind of fact asked, or an honest "not covered".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from functools import cached_property
from types import SimpleNamespace
from typing import Any

from assistant import eligibility, guard, membership, scope, sums
from assistant.advice import asks_tier_advice, tier_advice
from assistant.answers import display
from assistant.calculators import TITLES
from assistant.calculators.amounts import find_amounts, small_count
from assistant.calculators.base import rules
from assistant.calculators.medical import CASE_KEPT, UNNAMED_SPECIAL, find_disease, fixed_tier
from assistant.calculators.service import calculate
from assistant.calculators.understanding import (
    HEADS_ASKED,
    HOW_PAID_IN,
    IDENTITY_PATTERNS,
    ILLNESS_SAID,
    LATE_PAYMENT,
    PAIR_SAID,
    SITE_POINTED,
    SPECIAL_CARE,
    SUM_WORDS,
    StatedCase,
    StatedMember,
    custodian_groups,
    figures_besides_paid,
    listed_members,
    plain,
    read_admission,
    read_identities,
    read_level,
    read_tier,
    sites_by_level,
    stated_members,
    stay_cases,
    understand,
)
from assistant.citations import Citation, of_clauses, of_hit, of_place, of_unit
from assistant.compose import (
    BENEFITS,
    CHOSEN_FROM,
    COMBINED_ASKED,
    FUND_PAYS,
    FUTURE_CHANGE,
    GENERIC,
    HANDED_OUT,
    KIND_WORDS,
    LIMIT_ASKED,
    MEASURE_ASKED,
    MORE_ASKED,
    NOT_DONE_ASKED,
    NOT_DONE_STATED,
    NOUN_TAGS,
    OUTCOME_UNSAID,
    PAY_FIRST_ASKED,
    PAYER_ASKED,
    PAYER_STATED,
    PEOPLE_ASKED,
    PEOPLE_STATED,
    POINTING,
    RAISED,
    RARE_UNITS,
    REIMBURSED,
    VALUE,
    WHO_PAYS,
    Composed,
    asking_part,
    benefits,
    compose,
    consequence_asked,
    consequence_unsaid,
    count_stated,
    doc_titled,
    function_word,
    names_something,
    not_a_name,
    one_of_series,
    reason_said,
    sanction_word,
    undone_thing,
    with_month_after,
    word_tag,
)
from assistant.dialogue import (
    AGAIN,
    ALSO_HELD,
    ITEM_CLAIMED,
    MEMBER_ADDED,
    NOT_HONOURED,
    ORDER_OF_STAY_TOLD,
    PAYING_CALCS,
    PLACE_SLOTS,
    POOR_IDENTITY,
    RULE_FACTS,
    YEAR_TOTAL,
    Stall,
    Turn,
    assume_special_condition,
    continue_person,
    member_ages,
    outpatient_of_topic,
    plan_turn,
    recall_identities,
    recall_place,
    recall_said,
    said_of_oneself,
    slots_for,
    whose,
)
from assistant.english import to_chinese
from assistant.english_answer import in_english
from assistant.fields import Kind, follow_up, marked_cases, schema, spec
from assistant.frame import (
    ABOUT_LAST,
    AGE_THRESHOLD_ASKED,
    ANSWERER,
    BILL_SLOTS,
    COVERED,
    GOVERNMENT_SHARE_ASKED,
    KIN_ANY,
    KIN_FEMALE,
    KIN_MALE,
    MADE_BY,
    MILD_DISABILITY,
    OTHER_PERSON,
    PAID_THING,
    PAYER_CHECKED,
    QUESTION_WORD,
    SOURCE_ASK,
    TASK_REQUEST,
    THANKS_AT_END,
    TIERS_LISTED,
    WHAT_HAPPENS,
    WHAT_NOW_ASKED,
    WORK_ASKED,
    YES_NO,
    FactType,
    Frame,
    Intent,
    Person,
    PlaceRole,
    places_in,
    read_frame,
)
from assistant.frame import TOPIC as TOPIC_WORD
from assistant.guess import Guess
from assistant.guess import verdict as guess_verdict
from assistant.membership import OTHER_SCOPE
from assistant.multipart import (
    ATTRIBUTE,
    EXCESS_ASKED,
    ONLY_CHANGE,
    RECOMPUTE_ONLY,
    WHOLE_SAID,
    another_subject,
    merge,
    rescoped,
    split_parts,
    subject_of,
    without_see_also,
)
from assistant.presentation import (
    COMPARED_ASKED,
    RESULT_NAMES,
    RESULT_UNITS,
    calc_text,
    compared,
    explain,
    heard_rate,
    tier_contrast,
)
from assistant.response import Response, calculation_grounds
from assistant.rule_articles import PARAMETERS, asked_parameter, cited_unit, others_units
from assistant.state import (
    MAX_ASKS,
    Calculation,
    CaseSet,
    Payment,
    Pending,
    State,
    Topic,
    person_key,
    person_said,
)
from assistant.tiers_compared import (
    BOTH_TIERS,
    TIER_SAID,
    rate_lines,
    tier_value,
    tiers_named,
)
from assistant.typos import Typos
from corpus import Corpus, Document, NotFoundError
from corpus.clauses import clauses
from corpus.store import doc_aliases

HELP = (
    "您好！我可以回答阿里地区2020年公报中这些文件的问题，并注明依据的条文：\n"
    "· 城乡居民基本医疗保险（参保缴费、住院和门诊报销、不予支付的情形）——还能按规定帮您算报销金额和个人缴费；\n"
    "· 文物保护管理办法、野外文物看管人员管理细则（含看管员工资计算）、文物安全培训办法；\n"
    "· 地区人民医院创“三甲”方案、“四好农村路”方案（含养护补贴）、高校毕业生就业规划。\n"
    "例如：“我交250档，在三级医院第一次住院花了2万，能报多少？”、“冠心病算不算门诊特殊病？”"
)
# "你是机器人还是真人": said plainly before the help
WHO_ANSWERS = re.compile(ANSWERER, re.I)
# "你是谁", "你是哪个公司做的": what the desk is
ABOUT_ME = re.compile(rf"你是谁(?!家|的)|{MADE_BY}")
AUTOMATED = (
    "我是自动问答助手，不是人工客服：回答阿里地区2020年公报里的问题，答案由程序从公报原文中检索、"
    "摘录并注明条文，金额按规定逐步计算，不是由聊天大模型自由生成的；办理具体业务请以经办机构为准。"
)
SELF_INTRO = f"{AUTOMATED}\n{HELP}"
OFF_TOPIC = (
    "抱歉，这个请求不是关于公报文件的问题，我帮不上忙。"
    "我能做的是：回答阿里地区2020年公报里医保、文物保护、“三甲”创建、农村公路和高校毕业生就业等文件的问题，"
    "注明依据的条文，并按规定计算医保报销、个人缴费、看管员工资和养护补贴。"
)
QUIZ_HINT = "文物安全培训的试卷和练习题请到页面上的“出题”页生成（含答案和出处）。"
# what names a rule rather than a case ("报销有上限没有", "起付线", "政策")
RULE_NAMED = re.compile(r"报销|上限|起付|比例|限额|封顶|标准|政策|规定|办法|待遇")
THANKS = re.compile(
    r"谢谢|多谢|感谢|谢啦|谢了|收到|辛苦了|麻烦你了|好的|好嘞|知道了|明白了|懂了|了解"
)
NOTHING_COMPUTED = "这一项还没有算出结果，所以还没有可以解释的数字。"
# how often another document says a word for the word to be that document's matter
ANOTHER_DOCUMENTS_WORD = 3
# the heads of words for persons, who tell or ask, never a document's matter
PERSON_HEADS = ("干部", "人员", "员", "者", "群众", "家属", "亲戚")
# a benefit asked with none named ("有没有照顾", "有啥优惠政策"): what a standing is given
GENERIC_BENEFIT = re.compile(r"照顾|优惠|政策|扶持|好处|帮扶|倾斜|优先|福利")
# what is left of "那全地区一共有多少呢" without its scope: asking words only
WHOLE_ONLY = re.compile(
    r"那么?|要是|一共|总共|合计|共计|总计|加起来|总数|全部|一起|还|是|有|多少个?|几[个名人处项]?|呢|吗|的|[？?，,。\s]"
)
# a detail of what was just said, checked ("去县文物局就行吧", "是交到乡里对吧")
CONFIRMING = re.compile(
    r"(?:(?:就行|就可以|就好|可以|对|是|没错|行)吧|(?:对|是|没错)吗)(?:[？?，,。\s]|$)"
)
NOT_NOW = (
    "公报只能说明发布当年的规定和计划，不能说明现在是否已经实现或调整（请以主管部门的最新消息为准）。"
    "公报写的是：\n"
)
THANKED = (
    "不客气！还有关于医保、文物保护、“三甲”创建、农村公路或高校毕业生就业的问题，可以继续问我。"
)
ANAPHOR = re.compile(
    r"这些|这笔|这个|这种|这项|上面|刚才|它|那这|那它"
    # ("这钱是县里出还是谁出", "这事归谁管": the thing just spoken of, by a bare 这)
    r"|这(?=钱|份钱|工资|补助|补贴|费用|事)"
)
# "这个先放放", "换个问题", "另外问一下": the turn leaves the last topic, whatever else it says
SWITCH = re.compile(
    r"先放(一)?放|先不说|先不管|先搁着|换个(问题|话题)|另外(问|再问)|顺便问|再问个|问个别的|还有个问题"
)
WITH_LAST = re.compile(r"(和|跟|与|同)[^，,。？?]{1,8}(一起|一块|合并|同时|相比|比|分开|单独|分别)")
# an English request for work, not a question about the documents
EN_TASK = re.compile(
    r"^\W*(please\s+|can you\s+|could you\s+)?(repeat|write|compose|translate|draw|sing|"
    r"generate|summari[sz]e|rewrite|tell me a (joke|story)|play|code|book|reserve|order|buy|"
    r"call|send|email|pay)\b",
    re.I,
)
# greetings and thanks in English, with nothing else asked
EN_SMALL_TALK = re.compile(
    r"^\W*((hi|hello|hey|good (morning|afternoon|evening)|thanks?( you)?( (so|very) much| a lot)?|"
    r"thx|cheers|great|ok(ay)?|got it|perfect|awesome|nice|that (helps|helped|clears it up|makes sense)|"
    r"bye|goodbye|see you)\b[\s,.!~]*)+(there|again|everyone|assistant)?[\s,.!~]*$",
    re.I,
)
# the assistant itself asked about, in English ("Hi! What can you help me with?", "who are
# you"): the help, as 你是谁 / 你能做什么 get it
EN_ABOUT_YOU = re.compile(
    r"\b(who are you|what are you|are you (an? )?(real )?(bot|robot|human|person|ai|machine)|"
    r"what (can|do|could) you (do|help)|what can you help( me)? with|how (can|could|do) you help|"
    r"how (do|can) i use (you|this)|what is this (app|bot|service|site|page|assistant))"
    r"(\s+(with|for))?(\s+(me|us))?(\s+(here|today|please))?[\s,.!?~]*$",
    re.I,
)
COUNTED_WORD = re.compile(r"^[一二两三四五六七八九十几]+[个种项次位名类样]")
# an English question read into Chinese that keeps no word of its own ("no" → 没有): no question
EN_FUNCTION = re.compile(
    r"没有|是不是|是否|什么|多少|哪些|哪个|怎么|可以|能|吗|呢|的|了|是|不|有|要"
)
EN_CONTENT = re.compile(r"[\u4e00-\u9fff]")
# the words of a "which document / which article" question that name nothing of the rule
SOURCE_WORDS = re.compile(
    r"规定|文件|出自|出处|依据|原文|文号|规矩|条文|条款|哪条|哪一条|哪个|这个|这条|那个|那条|写在|"
    r"说的|里面|在哪|哪里|哪份|什么|政策|内容|一条|这事|这件事|事儿?|要求|说法|标准|写的|"
    r"这话|那话|这句话?|那句话?"
)
# a thing (a noun), or what sets one thing apart from another (重大, 正式: jieba's a, ad, b)
SETTING_APART = (*NOUN_TAGS, "a", "ad", "b")
# a kind of place of care, which names the case's setting, not a subject of its own
CARE_SITE = re.compile(r"(?:定点)?(?:医院|卫生院|医疗机构|诊所|药店)")
# "累计能报多少" after a later stay or visit: the fund's payments this year added up
RUNNING_TOTAL = re.compile(r"累计|一共|总共|合计|加起来|加一起|加一块|加在一起|总计|共计|总的")
# a turn that tells of another visit or stay ("下个月花的也差不多，累计报了多少") adds a case
NEW_VISIT = re.compile(r"花|住院|住了|又|再|也|下个?月|下次|这次|这回")
# what the fund has paid so far, asked after cases: "我俩今年一共报了多少", "加起来给报了几多"
TALLY_ASKED = re.compile(
    r"(累计|一共|总共|合计|加起来|加一起|加一块|加在一起|总计|共计|总的|全部|算下来)[^，。？]{0,6}"
    r"(报了|报销了|给报了|赔了|支付了|给了|拿了|返了)[^，。？]{0,4}(多少|几多|几)"
    # ("俩人一共报多少" after their cases: the same sum asked without 了)
    r"|(俩|两人|两个人|我们|咱们|全家|一家|他们|她们)[^，。？]{0,4}"
    r"(累计|一共|总共|合计|加起来|加一起|总计|共计)[^，。？]{0,3}(报|报销|赔|支付)[^，。？]{0,3}(多少|几)"
)
# the whole year's payment asked in the present ("今年一共能报多少", "总共可以报几万")
TOTAL_PAYABLE = re.compile(
    r"(一共|总共|合计|加起来|总计|共计|全年)[^，。？]{0,3}(能|可以|可)?(报|报销|赔|支付)[^，。？]{0,3}(多少|几)"
)
# what the yearly cap still leaves, asked after cases: "今年最多还能报多少", "还剩多少额度"
REMAINING_ASKED = re.compile(
    r"(还能|还可以|还可)(报|给报|赔|拿|支付)[^，。？]{0,4}(多少|几)|还剩(下)?[^，。？]{0,4}(多少|几)|"
    r"剩(下|余)的?(额度|限额|多少)|"
    # "离一年的封顶还差多少": what the cap still leaves
    r"(离|距离?)[^，。？]{0,10}(封顶|限额|上限|最高)[^，。？]{0,4}差[^，。？]{0,3}(多少|几)"
)
# characters too common to tie a return ("回到那个…") to an earlier question
COMMON_CHARS = set("的了是我你他她能可以要不吗呢那这个么什怎样哪里去来到回说自己还有没会")
SOURCE_QUOTE_MAX = 240  # a source answer quotes the rule when it is this short
PAYING = {"inpatient", "special_outpatient"}  # share the 60,000 yuan yearly cap (第二十三条)
TALLIED = PAYING | {"two_diseases"}  # 两病 drugs: a yearly limit of their own (第二十五条)


# what every benefit has (its deductible, cap, ratio): asked alone, it is the last benefit's
MEMBER = "member"  # State.last_status of a turn that asked whether a thing is on a list
VERDICT = "verdict"  # State.last_status of a turn a yes/no rule decided ("护工费能报吗")
NOTED = "好的，记下了：{}。请接着问要算或要查的事。"
NO_SUBJECT = (
    "这句话没有说要问哪件事（如果发的是图片、语音或附件，我看不到它的内容）。"
    "请把要问的事写出来，例如：“透析能报吗？”或“县级看管员一个月工资多少？”"
)
# the scheme's cap, deductible or ratio asked with no benefit named ("年度最高能报多少",
# "封顶线多少"): a question about the scheme's own figures, not one with no subject
SCHEME_FIGURE = re.compile(
    r"起付|封顶|上限|限额|年度最高|一年最多|最高能?报|最多能?报|报销比例|报几成|报多少比例"
)
# the words a cap or a yearly limit is asked in ("一年最多报多少")
LIMIT_WORD = re.compile(
    r"一年|每年|全年|年度|最多|最高|最多报|最高报|一共|总共|封顶|顶多|上限|限额"
)
# paying and then using it ("11月交的啥时候能报", "交完多久能用"): the scheme's payment and
# the start of its benefits (第八条), a subject though no thing is named
PAID_THEN_USED = re.compile(r"[交缴][^，。？?]{0,14}(?:能报|给报|报销|能用|享受|生效|管用)")
BENEFIT_ATTRIBUTE = re.compile(
    r"起付|封顶|上限|限额|比例|报销|能报|报多少|报几|甲类|乙类|床位费|自付|自费"
)


def _other_list(last: str, turn: str) -> str | None:
    """ "那职责呢" after "看管员有哪几项权利": the same subject's other list — the last
    question with the thing it listed (its last telling word) replaced by the one now named."""
    from assistant.compose import _names_a_thing, _telling
    from assistant.frame import LIST
    from index.lexical import tokenize

    if not LIST.search(last) or not CONTINUES.search(turn):
        return None
    said = _telling(last)
    # ("那内容呢" after the training's 方式: the head of a list is a thing here, though a
    # word that names nothing in a question of its own)
    told = _telling(turn)
    # ("那具体内容有哪些": the head said with 具体/主要)
    bare = {w: re.sub(r"^(具体|主要)", "", w) for w in dict.fromkeys(tokenize(turn))}
    new = list(
        dict.fromkeys(
            head
            for w, head in bare.items()
            if head not in last
            and ((w in told and _names_a_thing(w) and head == w) or LIST_HEAD.fullmatch(head))
        )
    )
    things = [
        w for w in tokenize(last) if (w in said and _names_a_thing(w)) or LIST_HEAD.fullmatch(w)
    ]
    if len(new) != 1 or not things:
        return None
    heads = [w for w in things if LIST_HEAD.fullmatch(w)]
    if not heads and LIST_HEAD.fullmatch(new[0]):
        # "文物安全培训分哪几种" named no head: the new head is of the same subject
        subject = max((w for w in things if _names_a_thing(w)), key=len, default="")
        return f"{subject}{new[0]}包括哪些" if subject else None
    listed = things[-1]
    at = last.rfind(listed)
    return last[:at] + new[0] + last[at + len(listed) :]


# the words a list is asked with, beside its head ("具体包括", "主要有")
LIST_WORD = re.compile(r"^(具体|主要|都|包括|包含|有|有哪些|哪些|分别|一共|总共|内容上|方面)$")
# the head of a list a document states under its own heading ("培训方式包括：", "培训内容包括：")
LIST_HEAD = re.compile(
    r"方式|内容|对象|范围|形式|种类|类型|原则|要求|条件|职责|权利|义务|任务|措施"
)
# a turn that continues the last ("那…呢", "…呢")
CONTINUES = re.compile(r"^(那|那么)|呢[？?]*$")

# "第二个阶段干什么", "第三项是啥", "最后一个呢": an item of what the last answer enumerated
# (never 第N条/款, which name articles)
ORDINAL_ITEM = re.compile(
    r"(?:第([一二两三四五六七八九十\d]{1,2})|(最后|末))\s*(?:一)?(个|项|种|类|步|阶段|部分)"
    r"(阶段|步|项|种|类|部分)?"
)
# "分为巩固整改、动员部署、…7个阶段": a series named in one sentence, and what it counts
SERIES = re.compile(
    r"(?:分为|分成|包括|划分为|选择|有)([^，。；：]{2,80}?)(?:等)?\s*([一二三四五六七八九十\d]+)\s*(个|项|种|类)"
    r"(阶段|档次|档|级别|级|类别|方面|部分|步骤|环节)?"
    # "分为全国重点文物保护单位、自治区级文物保护单位和县级文物保护单位": named, not counted
    r"|(?:分为|分成|划分为)((?:[^，。；：、]{2,30}、)+[^，。；：、]{2,30}?(?:和|及|以及)[^，。；：、]{2,30}?)[。；（]"
)
ITEM_MARK = re.compile(r"（([一二三四五六七八九十]+)）")


def _ordinal_item(last_text: str, turn: str) -> str | None:
    """The item a turn names by its place ("第二个阶段") in the series or the list the last answer
    quoted, with what the series counts ("动员部署阶段"); None when nothing is enumerated there."""
    asked = ORDINAL_ITEM.search(turn)
    if asked is None or not last_text:
        return None
    series = SERIES.search(last_text)
    if series:
        listed = series.group(1) or series.group(5)
        items = [i.strip() for i in re.split(r"[、，]|以及|和|及", listed) if i.strip()]
        kind = (series.group(4) or series.group(3) or "") if series.group(1) else ""
    else:
        parts = ITEM_MARK.split(last_text)[1:]
        items = [re.split(r"[；。，：]", text, maxsplit=1)[0] for text in parts[1::2]]
        kind = ""
    if len(items) < 2:
        return None
    n = len(items) if asked.group(2) else small_count(asked.group(1) or "") or 0
    if not 1 <= n <= len(items):
        return None
    item = items[n - 1]
    return item if item.endswith(kind) else f"{item}{kind}"


# jieba's tags of words that are no thing named: acts, times, counts, pointers, particles
NOT_NAMING_TAGS = ("v", "t", "m", "q", "r", "d", "p", "c", "u", "y", "f")
TIME_WORD = re.compile(r"(年|月|日|号|周|天)份?$")  # 月份, 三月份: when, not what


def _reading(calculator: str, text: str) -> dict[str, Any]:
    """The inputs a sentence gives one calculator ({} when it gives none)."""
    reading = understand(text, calculator)
    return dict(reading.inputs) if reading else {}


# what is left of a sum asked ("还能报多少", "还剩多少额度", "还能报吗")
CAP_LEFT_ASKED = re.compile(
    r"还(?:能|可以|可|剩)[^，。？?]{0,4}(?:报|多少|额度|几)|剩(?:下|余)?[^，。？?]{0,4}(?:多少|额度|几)"
)
# the benefits with yearly limits of their own, said ("普通门诊", "两病", one of the two)
GENERAL_CARE = re.compile(r"普通门诊|普门")
TWO_DISEASES_SAID = re.compile(r"两病|高血压|糖尿病|降压药|降糖药")
# limits other than the 6万 cap: those benefits' (第二十五条, 第二十六条) and the schemes beyond
# the basic one (大病, 大额补充, 医疗救助, a commercial policy)
OWN_CAPS = re.compile(
    rf"{GENERAL_CARE.pattern}|{TWO_DISEASES_SAID.pattern}|大病|大额|补充医疗|医疗救助|商业|赔"
)
# how a follow-up question opens, left out where it is asked inside another sentence
FOLLOW_UP_LEAD = re.compile(r"^还需要(?:一个信息|知道以下信息)才能算准：")
# the calculators whose payments share the yearly cap (第二十三条, 第二十四条（二）)
CAPPED = ("inpatient", "special_outpatient")
# what a case of another kind stated in the same sentence keeps: the person's tier and identity
# the stays whose rate a 建档立卡 standing raises by 5 points (第二十九条（四）: 住院、门诊特殊病)
POOR_RAISED = ("inpatient", "special_outpatient")
PERSON_KEPT = ("tier", "poor", "age", "sex", "identities")


def _bed_fee_only(inputs: dict[str, Any]) -> bool:
    """A day's bed fee said without the bill's cost: the bed-fee standard is what is asked."""
    return inputs.get("bed_fee") not in (None, "") and inputs.get("cost") in (None, "")


# a stay longer than 180 days, said in its stretches ("前180天9000，后20天1000")
LONG_STAY = re.compile(r"前\s*(?:180|一百八十)\s*天")


# what each stay has of its own: never carried to the next one stated with it
# what the order of a case in the year sets, counted again when the cases are computed again
CASE_COUNTED = ("cost", "admission", "already_paid")
STAY_OWN = ("cost", "admission", "already_paid", "maternity", "newborn_rescue", "excluded")


def _stated_case(turn: Turn, case: StatedCase, first: bool = False) -> Turn:
    """The turn for one of several cases a sentence states ("第二次县医院2万", "另外门特1万"):
    a later stay keeps what the one before had unless its own words name it (level, place);
    another person's ("爸…2万，妈…3千") is theirs, counted in their own year."""
    frame = _case_frame(turn.frame, case)
    if first:
        turn.calculator = case.calculator
        turn.frame = frame
        turn.inputs.update(case.slots, cost=case.cost)
        if case.calculator == "inpatient":
            turn.inputs["admission"] = 1
        turn.given |= set(case.slots) | {"cost"}
        return turn
    if case.calculator == turn.calculator:
        kept = {k: v for k, v in turn.inputs.items() if k not in STAY_OWN}
    else:
        kept = {k: v for k, v in turn.inputs.items() if k in PERSON_KEPT}
    if frame.person.who != turn.frame.person.who:
        kept = {k: v for k, v in kept.items() if k not in ("age", "sex", "identities")}
    later = Turn(case.calculator, {**kept, **case.slots, "cost": case.cost}, frame)
    later.given = set(kept) | set(case.slots)
    later.new_stay = True
    later.stated = True
    return later


def _cases_computed(state: State, person: str) -> CaseSet | None:
    """ "不对，我记错了，交的是120那档" after two stays computed turn by turn: the person's cases
    of this conversation against the yearly cap, as a set stated at once (None under two)."""
    mine = state.payments_of(person)
    paid = [p for p in mine if p.inputs and p.calculator in ("inpatient", "special_outpatient")]
    # (a sum paid before the conversation, "今年已经报了5万", is not computed again here)
    if len(paid) < 2 or len(paid) < len(mine):
        return None
    cases = [
        StatedCase(
            str(p.inputs["cost"]),
            p.calculator,
            {k: v for k, v in p.inputs.items() if k not in (*PERSON_KEPT, *CASE_COUNTED)},
        )
        for p in paid
    ]
    last = paid[-1].inputs
    return CaseSet({k: v for k, v in last.items() if k not in STAY_OWN}, cases)


def _case_frame(frame: Frame, case: StatedCase) -> Frame:
    """The frame with the case's own person, when the sentence names whose it is."""
    if not case.person or case.person == frame.person.who:
        return frame
    person = read_frame(case.person).person
    return replace(frame, person=replace(person, who=person.who or case.person))


def _each_case(responses: list[Response], persons: int = 0, compared: bool = False) -> Response:
    """The cases computed in order, led by what the fund pays for them together (and, for two
    people set against each other, `compared`, by how much their payments differ); every
    case's figures stand in its own steps."""
    merged = merge(responses, dedupe=False)
    merged.calculation = responses[-1].calculation  # where the year now stands
    if len(responses) > 1:
        total = sum((Decimal(r.calculation["result"]["payment"]) for r in responses), Decimal(0))
        total_text = f"{total:.2f}"
        stays = sum(1 for r in responses if r.calculation["calculator"] == "inpatient")
        what = (
            f"{stays}次住院"
            if stays == len(responses)
            else (f"{len(responses)}项门诊特殊病" if not stays else f"{stays}次住院和门诊特殊病")
        )
        what = f"{persons}人{what}" if persons > 1 else what
        lead = f"{what}合计医保（统筹基金）支付 {total_text} 元。"
        if compared and len(responses) == 2:  # "张三交60 李四交250 …报销差多少"
            high, low, gap = _gap(Decimal(r.calculation["result"]["payment"]) for r in responses)
            lead = f"两人相差 {high:.2f} − {low:.2f} = {gap:.2f} 元；{lead}"
            merged.facts.append(f"{gap:.2f}")
        merged.answer = f"{lead}\n{merged.answer}"
        merged.facts += [total_text, f"{what}"]
    merged.facts += _case_facts(responses)  # (the answer's calculation is only the last case's)
    return merged


def _case_facts(responses: list[Response]) -> list[str]:
    """Every case's figures, for the grounding check of an answer that shows them all."""
    facts: list[str] = []
    for response in responses:
        calc = response.calculation
        facts += [f"{x['rule']} {x['amount']}" for x in calc["steps"]]
        facts += [*calc["result"].values(), *map(str, calc["inputs"].values())]
        facts += calc.get("notes", [])
    return facts


def _other_terms_named(text: str, calc: Calculation) -> bool:
    """ "为什么60档在二级医院才报65%" after a 250档 case, "为啥一级二级报的一样" after a 二级 one:
    a why naming a tier or a level the result was not computed on asks about the rule."""
    from assistant.calculators.understanding import LEVEL_PATTERNS

    tier, _ = read_tier(text)
    if (
        tier is not None
        and calc.inputs.get("tier") not in (None, "")
        and str(tier) != str(calc.inputs["tier"])
    ):
        return True
    levels = {
        name or m.group(0)[:2]
        for pattern, name in LEVEL_PATTERNS
        for m in re.finditer(pattern, text)
    }
    own = calc.inputs.get("level")
    return bool(own) and bool(levels - {own})


# the household's whole asked ("全家一共得交多少", "加起来交多少")
HOUSEHOLD_TOTAL = re.compile(r"全家|一家|一共|总共|合计|加起来|加在一起")


def _household_joined(frame: Frame, state: State) -> list[StatedMember]:
    """ "外婆70…还用交不" then "那全家一共得交多少，我跟媳妇都交一百二，孩子交250": the members
    this turn states, with the person whose contribution was just computed; [] else."""
    last = state.last_calc
    if last is None or last.calculator != "contribution" or not last.person:
        return []
    if not HOUSEHOLD_TOTAL.search(frame.text):
        return []
    stated = stated_members(frame.text)
    if not stated or any(person_key(m.kin) == last.person for m in stated):
        return []
    kept = {k: last.inputs[k] for k in ("age", "sex", "identities", "tier") if k in last.inputs}
    return [*stated, StatedMember(person_said(last.person), kept)]


def _household_changed(frame: Frame, state: State) -> list[StatedMember]:
    """The members of the household last computed one by one, as this turn changes them: one
    named with an exempting identity (我老婆是二级残疾), the tier of all (要是都交250呢), a member
    added (把奶奶也算上，她75了); [] when the turn changes none of them."""
    if not state.household:
        return _household_joined(frame, state)
    if state.last_calc is None or frame.calculator not in (None, "contribution"):
        return []
    members = [StatedMember(m.kin, dict(m.slots)) for m in state.household]
    changed = False
    tier, _ = read_tier(frame.text)
    if tier is not None and re.search(r"都|全家|全部|每人|每个人|一家", frame.text):
        for member in members:
            member.slots["tier"] = tier
        changed = True
    known = {person_key(x.kin) for x in members}
    added = [
        k
        for k in listed_members(frame.text)
        if person_key(k) not in known and k not in ("我", "本人")
    ]
    if added and MEMBER_ADDED.search(frame.text):
        aged = member_ages(frame)
        for n, kin in enumerate(added):
            slots: dict[str, Any] = {}
            if n < len(aged):
                sex, age = aged[n]
                slots.update({"age": age, **({"sex": sex} if sex else {})})
            if tier is not None:
                slots["tier"] = tier
            members.append(StatedMember(kin, slots))
        changed = True
    # (after the members added: "我妹妹是建档立卡贫困户，把她也算上" says hers too, and
    # "把我弟也算上，他是建档立卡贫困户" his, the one member added)
    one = added[0] if len(added) == 1 and MEMBER_ADDED.search(frame.text) else ""
    text = re.sub(r"(?<![我你])(他|她)(?=是|属于)", one, frame.text) if one else frame.text
    changed = _identities_said(text, members) or changed
    return members if changed else []


def _identities_said(text: str, members: list[StatedMember]) -> bool:
    """The standings this turn says of the household's members (我老婆是二级残疾), added to
    theirs — or in place of them when the turn corrects one (不对，我妹妹是低保户，不是建档立卡
    的); whether any was said."""
    from assistant.calculators.understanding import without_denied

    correcting = bool(re.search(r"不对|不是|说错|其实|搞错", text))
    said_any = False
    from assistant.calculators.understanding import MEMBER_STANDING

    found = [m for m in MEMBER_STANDING.finditer(text) if m.group("id")]
    for n, m in enumerate(found):
        # (each member's own words: up to the next member named with a standing)
        end = found[n + 1].start() if n + 1 < len(found) else len(text)
        said = person_key(
            re.sub(r"(是|属于|为|个|一名)+$", "", m.group(0)[: m.start("id") - m.start()])
        )
        member = next((x for x in members if person_key(x.kin) == said), None)
        if member is None:
            continue
        read = read_identities(without_denied(text[m.start() : end]) if correcting else m.group(0))
        kept = [] if correcting else member.slots.get("identities", [])
        member.slots["identities"] = list(dict.fromkeys([*kept, *read]))
        said_any = True
    return said_any


def _stay_label(calc: Calculation) -> str:
    return f"第{calc.inputs['admission']}次住院" if calc.inputs.get("admission") else "住院"


def _stay_named(text: str, calc: Calculation, state: State) -> Calculation:
    """ "第二次为什么起付线不一样" after several cases computed at once: the stay it names (by
    its order in the year, or as 住院 after a 门特 bill), of the same person."""
    if len(re.findall(r"第\s*[一二三四五六七八九十\d]+\s*[次回]|头一?[次回]|首次", text)) > 1:
        return calc  # "怎么第二次报得比第一次少": the two compared, the last one explained
    order = read_admission(text)
    if order is None and not (calc.calculator != "inpatient" and "住院" in text):
        return calc
    if calc.calculator == "inpatient" and order in (None, calc.inputs.get("admission")):
        return calc
    return next(
        (
            c
            for c in reversed(state.results)
            if c.person == calc.person
            and c.calculator == "inpatient"
            and order in (None, c.inputs.get("admission"))
        ),
        calc,
    )


# a payer guessed beside the question ("是县里出还是谁出", "是不是地区财政给的")
PAYER_GUESSED = re.compile(
    r"(?:是不是|是)?(?:县里|县上|县级|乡里|村里|地区|自治区|国家|政府|财政|单位|公家)(?:财政)?"
    r"(?=出|发|付|掏|给|拿)"
)
# who pays a sum out ("谁出", "谁给发", "从哪来"), not to whom one pays it ("交给哪个部门")
PAID_BY_ASKED = re.compile(r"谁(?:来|给)?(?:出|发|付|掏|给)|(?:从|打)?哪(?:里|儿)?(?:来|出)")
# a thing said alone after a question of whether the fund pays ("请护工的钱呢", "那配眼镜的呢")
ITEM_IN_TURN = re.compile(r"^(?:那么?|还有)?([^，,。？?\s]{2,14}?(?:的钱|的费用|的)?)呢[？?]*$")


def _fund_asked_last(state: State) -> bool:
    """Whether the last question asked whether the fund pays ("…能报吗", "这钱算住院里吗")."""
    last = state.asked[-1] if state.asked else ""
    return bool(re.search(r"报|算[^，。？?]{0,4}(?:住院|医保)|医保管|医保给|走医保", last))


# a claim asked again of a further stay or visit ("下个月还得去住一次，这次还给报吗")
CLAIM_AGAIN = re.compile(
    r"(?:还|再|又)[^，。？?]{0,6}(?:住|看|去)|下(?:个|一)?(?:月|次|回)|(?:还|再)(?:给|能|可以)?报"
)


# whether the fund pays is what is asked ("还给报吗", "能报销吗", "医保还管吗")
CLAIM_ASKED = re.compile(r"报|医保(?:还)?(?:管|给|出|付)|能用医保|走医保")
# a step or another year, not a claim this year ("要备案吗", "带什么材料", "明年再住院")
NOT_A_CLAIM = re.compile(r"备案|材料|转诊|手续|证明|明年|后年|下一年|来年|报名|报告")


# a verb and its object said apart by 了 or 个 ("挂个号", "住了院", "拍个片"), read as the term
SPLIT_TERM = re.compile(
    r"(挂|住|看|打|拍|开|抽|验|输|拔|补)(?:了个|了|个)(号|院|病|针|片|药|血|尿|液|牙)"
)
# a verb and its object with a particle or a classifier between ("镶个牙", "配副眼镜", "补了颗牙")
# (never a count or a pointing word before it, "几个月", "每个人", "这个病": those are no verbs)
SPLIT_BY_CLASSIFIER = re.compile(
    r"([^\W\d一二两三四五六七八九十百千万几每这那哪半某各整好多])"
    r"(?:了一个|了个|一个|了一颗|一颗|了颗|颗|一副|副|个)([\u4e00-\u9fff])"
)
# the part of a sum someone else pays ("剩下的", "其余的", "差的那部分")
REST_SAID = re.compile(r"剩下|剩余|其余|余下|其他的|另外的|差的|不够的|那部分|代缴")
# a rule step saying who pays someone's contribution for them
PAID_FOR_RULE = re.compile(r"代缴|代为缴纳")


# whose purse a rule lays a cost on ("看管人员经费由地区财政纳入年初预算")
FUNDS_LAID = re.compile(
    r"[^，。；]{0,10}(?:经费|资金|费用)由(?P<by>[^，。；]{2,10}?)(?:纳入|承担|负担|列支|支付|安排)"
    r"[^，。；]*"
)
# who pays a sum, asked beside it ("这笔钱哪一级财政出", "钱从哪出", "谁出")
FUNDER_ASKED = re.compile(
    r"哪一?级(?:的)?财政|谁(?:来)?(?:出|付|掏|负担|承担)|(?:钱|费用|经费)从哪"
)
# a payer the asker supposes for a sum ("县里一年要为我们俩掏多少钱", "乡里给看管员发多少")
LOCAL_PURSES = r"县里|县上|县财政|县政府|乡里|乡上|乡政府|乡镇|村里|文物局|寺里|寺庙"
PAYER_SUPPOSED = re.compile(rf"({LOCAL_PURSES})[^，。？?]{{0,10}}(?:掏|出|给|发|付|拿)")
# the rate of care elsewhere set beside Ngari's ("比例一样吗", "比在阿里报得少不", "也报这么多吗")
AWAY_COMPARED = re.compile(
    r"一样|相同|不同|区别|差别|少报|报得少|少不|(?<!多)少吗|少点|少一些|低吗|低一些|低点|这么多|还按|照样"
    r"|打折|降低|降不降|减不减|差多少|也是[^，。？?]{0,4}(?:比例|几成|%)"
)
# the rate elsewhere supposed lower ("是不是少报点", "报得少不", "打折吗")
AWAY_LESS = re.compile(r"(?<!多)少|低|打折|降|减")
# a contribution paid in the current year ("今年11月份把明年的医保交了", "刚交了医保")
PAID_NOW = re.compile(
    r"(?:今年|这个月|本月|上个月|刚刚?|前几天|昨天|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?)"
    r"[^，。？?]{0,8}(?<![没未])(?:交|缴)(?:了|完|上了)[^，。？?]{0,4}(?:医保|保费|保险|费)?"
)
# care asked before the year paid for begins ("今年12月住院能用上吗", "马上住院能报吗")
CARE_BEFORE_COVER = re.compile(
    r"(?:今年|这个月|本月|马上|现在|立刻|年底|12月|十二月|下个月)[^，。？?]{0,6}"
    r"(?:住院|看病|就医|生病|报|用)[^，。？?]{0,8}(?:吗|不|没|能不能|可不可以|管用|用上|能用)"
)


def _tier_paragraph(unit, tier: int) -> list:
    """The clause under a tier's heading ("缴费档次为60元的参保居民。" then its rates): the text
    from that heading to the next one holds it."""
    heads = list(re.finditer(r"缴费档次为\s*(\d+)\s*元的参保居民", unit.text))
    for n, head in enumerate(heads):
        if head.group(1) == str(tier):
            end = heads[n + 1].start() if n + 1 < len(heads) else len(unit.text)
            stretch = unit.text[head.end() : end]
            return [c for c in clauses(unit) if c.text in stretch][:1]
    return []


# a question word with the unit it asks in ("多长时间", "多少钱", "几个月"): no thing named
ASKING_PHRASE = re.compile(r"(?:多长|多久|多少|几)(?:个)?(?:时间|钱|天|年|月|日|次|回|岁|人)?")


class Assistant:
    def __init__(self, searcher=None, corpus: Corpus | None = None) -> None:
        from index.search import Searcher

        self.searcher = searcher or Searcher(corpus)
        self.corpus = self.searcher.corpus
        self.doc_text = {d.id: "\n".join(u.text for u in d.units) for d in self.corpus.documents}
        self.gazette_text = "\n".join(self.doc_text.values())

    @cached_property
    def reported_years(self) -> frozenset[int]:
        return scope.reported_years("\n".join(self.doc_text.values()))

    def _terms_rejoined(self, text: str) -> str:
        """ "我妈想镶个牙", "补了颗牙": a verb and its object split by a particle or a
        classifier, rejoined when the two make a word of the gazette (镶牙, in 第三十条（四）)."""

        def joined(m: re.Match[str]) -> str:
            word = m.group(1) + m.group(2)
            if m.group(0).endswith("个人"):
                return m.group(0)  # ("他个人": 个人, oneself)
            # (the verb ends a word of its own: "参保个人" is 参保 and 个人, not 保人)
            ends = text[max(0, m.start() - 1) : m.start() + 1]
            if len(ends) == 2 and ends in self.gazette_text:
                return m.group(0)
            return word if word in self.gazette_text else m.group(0)

        return SPLIT_BY_CLASSIFIER.sub(joined, text)

    @cached_property
    def typos(self) -> Typos:
        return Typos.build("\n".join(self.doc_text.values()))

    # --- entry point -------------------------------------------------------------

    def ask(self, text: object, state: State | None = None) -> Response:
        state = state if state is not None else State()
        checked = guard.check(text)
        if checked.error:
            return Response("error", answer=checked.error, error=checked.error)
        english = getattr(checked, "language", "zh") == "en"
        text = to_chinese(checked.text) if english else checked.text
        text, fixes = self.typos.correct(text)
        # "挂个号", "住了院": a verb and its object split by 了 or 个 are the term (挂号, 住院)
        text = SPLIT_TERM.sub(r"\1\2", text)
        text = self._terms_rejoined(text)
        if fixes:  # "报消" typed for 报销: read as the term, and said
            said = "，".join(f"“{typed}”按“{meant}”" for typed, meant in fixes)
            checked.notices.append(f"（{said}理解。）")
        frame = read_frame(text)
        if english and EN_SMALL_TALK.match(checked.text):
            # "hello", "thanks, that clears it up": a greeting or thanks, in English
            thanks = re.search(r"^\W*(hi|hello|hey|good)\b", checked.text, re.I) is None
            frame = read_frame("谢谢" if thanks else "你好")
        elif english and EN_ABOUT_YOU.search(checked.text):
            asked = re.search(r"who|what are you|are you", checked.text, re.I)
            frame = read_frame("你是机器人还是真人" if asked else "你能做什么")
        elif english and (
            EN_TASK.search(checked.text)
            or TASK_REQUEST.search(checked.text)  # "SELECT * FROM 医保 WHERE 1=1"
            or not EN_CONTENT.search(EN_FUNCTION.sub("", text))
        ):
            # "Write me a poem…", "rm -rf / --no-preserve-root" (read as "没有？"): nothing asked
            # about the documents
            frame = replace(frame, intent=Intent.OFF_TOPIC)
        told = _standing_told(frame, state)
        if told:  # "我是建档立卡户" right after "医保怎么交": what that standing pays
            frame = read_frame(told)
        last_status, state.last_status = state.last_status, ""  # a route may name the turn's kind
        try:
            response = self._route(frame, state, last_status)
        except NotFoundError as exc:  # a document named in the question that does not exist
            response = Response("error", answer=str(exc), error=str(exc))
        response = _with_difference(response, frame, state)
        response = _with_group_total(response, frame, state)
        if (
            frame.asks_now
            and response.status == "answered"
            and response.calculation is None
            and OUTCOME_UNSAID not in response.answer  # (a part already says so)
        ):
            # "地区医院现在评上三甲了没": the plan's aim, said as what the gazette can tell
            response.answer = NOT_NOW + response.answer
        response.notices = list(checked.notices) + response.notices
        self._check_grounding(response)
        if english:  # said in English from the answer's structure, the Chinese after it
            response = in_english(response, checked.text)
        if response.citations:
            state.cite(response.citations)
        state.last_status = state.last_status or response.status
        if response.status in ("answered", "calculated") and not frame.continuation:
            state.remember(frame.text)
        return response

    def _route(self, frame: Frame, state: State, last_status: str = "") -> Response:
        home = _back_home(frame, state)
        if home is not None:
            # "那阿里这边呢" after another place's rule: the same question asked of Ngari
            frame = read_frame(home)
        frame = _estimate_for_topic(frame, state) or frame
        if frame.malformed and (rule := self._rule_for_estimate(frame, state)) is not None:
            return rule
        if frame.malformed:
            if frame.calculator:  # "写错了，是2万" next completes this question
                state.topic = Topic(
                    frame.calculator, dict(frame.slots), frame.text, whose(frame, state)
                )
            return self._malformed(frame)
        if frame.invalid:
            # "交的250档", "说错了，她62" next completes this question, the bad field left out
            calculator = frame.calculator or (
                "contribution"
                if _pays_question(frame, age_given="age" in frame.invalid_fields)
                else None
            )
            if calculator:
                kept = {k: v for k, v in frame.slots.items() if k not in frame.invalid_fields}
                if calculator == "contribution" and frame.person.sex:
                    kept["sex"] = frame.person.sex
                state.topic = Topic(calculator, kept, frame.text, whose(frame, state))
                asked = [k for k in frame.invalid_fields if k in schema()]
                if len(asked) == 1:  # "哦 是120" next is the field the error named
                    state.pending = Pending(calculator, kept, asked)
            return Response("error", answer=frame.invalid[0], error=frame.invalid[0])
        if frame.intent is Intent.SMALL_TALK:
            thanks = THANKS.search(frame.text) and (
                len(frame.text) <= 12 or THANKS_AT_END.search(frame.text)
            )
            if (WHO_ANSWERS.search(frame.text) or ABOUT_ME.search(frame.text)) and not thanks:
                return Response("answered", answer=SELF_INTRO)
            return Response("answered", answer=THANKED if thanks else HELP)
        if frame.intent is Intent.SOURCE and state.last_citations:
            parts = split_parts(frame.text)
            other = another_subject(parts[-1]) if len(parts) == 2 else None
            if other and read_frame(parts[0]).intent is Intent.SOURCE:
                # "这是哪条？另外寺管会主任换人，库房里的东西怎么交接": the source of the last
                # answer, then the other matter asked of its own
                source = self._about_last(read_frame(parts[0]), state)
                return merge([source, self._route(read_frame(other), state, "")])
            return self._about_last(frame, state)
        frame = _with_age_said(frame, state) or _with_condition_said(frame, state) or frame
        aged = _with_age_kept(frame, state)
        if aged is not frame and state.pending is not None:
            # "我奶奶住院按哪一档报" while my son's tier is still asked: her own question
            state.drop_pending()
        frame = _with_emergency_told(aged, state)
        same = _same_in_every_county(frame, state)
        if same is not None:
            return same
        if frame.intent is Intent.EXPLAIN and self._of_another_document(frame.text, state):
            # "援藏岗位为什么去的人少" after a contribution: why, of another document's matter
            state.drop_pending()
            frame = replace(frame, intent=Intent.LOOKUP)
        if (
            frame.intent is Intent.EXPLAIN
            and state.pending is not None
            and state.pending.asked < MAX_ASKS
            and not frame.slots
        ):
            # "为啥这次报这么少" while an input is still asked: nothing is computed yet, so
            # there is no figure to explain; say so, and what is still needed
            asked = follow_up(state.pending.missing)
            state.pending.asked += 1
            return Response(
                "follow_up",
                answer=NOTHING_COMPUTED + asked["question"],
                follow_up=asked,
            )
        if frame.intent is Intent.EXPLAIN and state.last_calc and not _new_case(frame, state):
            explained = self._explain(frame, state)
            if explained is not None:
                return explained
            calc = state.last_calc
            if _other_terms_named(frame.text, calc) and not benefits(frame.text):
                # "为什么60档在二级医院才报65%" after a stay: the stay's rule for that tier
                frame = read_frame(TITLES[calc.calculator].removesuffix("报销") + frame.text)
            return self._answer(frame, state)
        if last_status == "calculated" and (rest := self._rest_paid_by(frame, state)) is not None:
            return rest
        if frame.intent is Intent.OFF_TOPIC:
            state.drop_pending()
            quiz = re.search(r"题|试卷", frame.text)  # exams are made on their own page
            return Response("out_of_scope", answer=OFF_TOPIC + (QUIZ_HINT if quiz else ""))
        compared = self._tiers_compared(frame, state)
        if compared is not None:  # "交60和交250，在乡卫生院住院报销差多少"
            return compared
        ahead = self._paid_for_next_year(frame)
        if ahead is not None:  # "11月把明年的医保交了，12月住院能用上吗"
            return ahead
        away = self._rate_away_compared(frame, state)
        if away is not None:  # "去拉萨的医院看病报销比例一样吗"
            return away
        issued = self._document_issued(frame, state)
        if issued is not None:  # "就业规划是什么时候发的，文号多少"
            return issued
        if _bare_everyday_visit(frame) and state.pending is None:
            # "那平时感冒去门诊看呢" after a special disease's rule: the general pool's care, no
            # member of the list just quoted nor a change of a case computed
            return self._answer(frame, state)
        after_rule = last_status in ("answered", MEMBER, VERDICT)  # a rule quoted, not a case
        if (
            last_status == VERDICT
            # ("那出车祸住院呢" after a fight's stay: the stay named with what excludes it, no
            # figure)
            and not set(frame.slots) - {"excluded"}
            and (not frame.calculator or (frame.continuation and not frame.figures))
            and state.pending is None
            # ("新疆那边看管员年龄要求一样吗": another place's rules, which the gazette lacks)
            and scope.check_frame(frame, self.reported_years, self.gazette_text) is None
        ):
            # "那院外会诊费呢" right after "住院请护工的钱能报吗": the same yes/no of another thing
            # (before the list the verdict quoted is searched: "做PET检查呢" after "镶牙能报吗"
            # is paid or not, which that list's membership alone would not say)
            asked = membership.asked_thing(frame.text)
            # "我说错了 他不是打架 是放牛的时候被牦牛顶了", "要是骑摩托自己摔的呢": another cause
            # told or supposed, with nothing asked of it, is the same yes/no of that cause
            told = (
                asked is None
                and not QUESTION_WORD.search(re.sub(r"呢[？?]*$", "", frame.text))
                and bool(CAUSE_RETOLD.search(frame.text))
            )
            # (the whole turn too: "骑摩托自己摔的" is an injury its bare thing, 骑摩托自己摔, is not;
            # a cause denied in it, 他不是打架, is none of its causes)
            whole = DENIED_CAUSE.sub("", CAUSE_RETOLD.sub("", re.sub(r"呢[？?]*$", "", frame.text)))
            tried = [
                *([asked[0]] if asked is not None else []),
                *([whole] if asked or told else []),
            ]
            for said in tried:
                verdict = eligibility.decide(read_frame(f"{said}，能报吗"), self.corpus)
                if verdict is not None and not _another_matters_fund(verdict, frame.text, state):
                    state.last_status = VERDICT
                    return self._verdict(verdict, frame)
            # "那野外文物看管员要不要参加" after "驻寺僧人也要参加文物安全培训吗": the same yes/no
            # of another person, the matter (培训) left unsaid
            last = next((t for t in reversed(state.asked) if t != frame.text), "")
            matter = [w for w in dict.fromkeys(TOPIC_WORD.findall(last)) if w not in frame.text]
            if matter and frame.fact is FactType.YES_NO and not frame.calculator:
                verdict = eligibility.decide(
                    read_frame(f"{''.join(matter)} {frame.text}"), self.corpus
                )
                if verdict is not None:
                    state.last_status = VERDICT
                    return self._verdict(verdict, frame)
        if not frame.slots and not frame.calculator and state.pending is None and after_rule:
            # "那白内障呢" right after "痛风算吗": still a member asked of the same list
            found = membership.check(
                frame.text, state.last_citations, outright=last_status == MEMBER
            )
            if found is not None:  # "高血压算吗" after the list of 门特 diseases
                state.last_status = MEMBER
                return Response(
                    "answered", answer=membership.answer(found), citations=[found.citation]
                )
        if not frame.slots and not frame.calculator and state.pending is None and after_rule:
            other_case = self._other_case_of_last_article(frame, state)
            if other_case is not None:  # "全国重点的呢" after the rule for drilling in a zone
                return other_case
        if state.pending is None and (after_rule or last_status == "calculated"):
            extended = _raise_extended(frame, state)
            if extended is not None:  # "门诊拿药也多5%吗" after the raise for 住院、门诊特殊病
                state.last_status = VERDICT
                return self._verdict(extended, frame)
        if state.pending is None and after_rule and not frame.calculator:
            # "普兰县多少？" right after the posts of each county: that county's figure
            figure = membership.item_figure(
                frame.text, state.last_citations
            ) or membership.list_count(
                frame.text,
                state.last_citations,
                next((t for t in reversed(state.asked) if t != frame.text), ""),
            )
            if figure is not None:
                return Response(
                    "answered",
                    answer=membership.item_answer(figure),
                    citations=[figure.citation],
                    facts=[figure.figure] if figure.figure else [],
                )
        if (
            (state.last_calc is not None or (state.topic and state.topic.calculator))
            and (frame.fact is FactType.YES_NO or frame.continuation)
            and _item_only(frame, state)
        ):
            # "住院的伙食费呢 能报不" after a stay computed, "要是剖腹产呢 她自己想剖" after a
            # birth's rule: whether that item is paid, a verdict of its own (第三十条), not the
            # stay's whole bill computed as that item
            verdict = eligibility.decide(frame, self.corpus) or eligibility.decide(
                read_frame(f"{frame.text}，能报吗"), self.corpus
            )
            if verdict is not None:
                state.drop_pending()  # (the bill asked before is not this item's)
                state.last_status = VERDICT
                return self._verdict(verdict, frame)
        own = _own_share_of(frame, state)
        stays = _stays_paid(own, frame, state) if own is not None else []
        if len(stays) > 1:
            return self._own_shares(stays)  # "那两次她自己一共掏了多少钱" after her two stays
        if own is not None:
            return self._own_share(own)  # "那他自己还要掏多少" after his stay's result
        if _sums_results(frame, state):
            return self._sum_of_results(frame, state)  # "两个加起来" after two counties' subsidies
        if _compares_results(frame, state):
            return self._sum_of_results(frame, state, difference=True)  # "她比我少报多少"
        spent = self._after_cap(frame, state)
        if spent is not None:
            return spent  # "她下个月还得去住一次，这次医保还给报吗" with her cap used up
        if (
            state.payments
            and CAP_LEFT_ASKED.search(frame.text)
            and TWO_DISEASES_SAID.search(frame.text)
        ):
            # "那她今年糖尿病的药还剩多少额度" after her 两病 bill: that benefit's own limit
            # (第二十五条), less what this conversation paid of it
            own = self._own_cap_left(frame, state)
            if own is not None:
                return own
        if (
            state.payments
            and (
                TALLY_ASKED.search(frame.text)
                or REMAINING_ASKED.search(frame.text)
                # ("那今年基本医保一共能报多少" after a 门特 bill and a stay: their sum, which
                # after one case alone is that case's payment asked again)
                or (len(state.payments) >= 2 and TOTAL_PAYABLE.search(frame.text))
            )
            # ("刚才那几次再算一下，一年总共报了多少": computing again tells of no new visit)
            and not NEW_VISIT.search(RECOMPUTE_ONLY.sub("", frame.text))
            # ("他今年已经报了5.8万了，这6000还能报多少": what was paid is told, the case recomputed)
            and not _paid_told(frame, state)
            # ("我爸…还剩多少" with only his wife's stays computed: none of his to tally)
            and not (
                frame.person.who
                and person_key(frame.person.who) not in state.people_paid()
                and frame.person.who not in ("我", "我们", "俺", "咱")
            )
        ):
            return self._tally(frame, state)  # "我俩今年一共报了多少" after their cases
        alone = not frame.calculator and not frame.slots and state.pending is None
        stated = said_of_oneself(frame.text) if alone and not state.topic else None
        if stated is not None:  # "我交的120档" before any question: kept for what follows
            state.remember(frame.text)
            if stated.calculator:  # "干了3个月 共多少" next is this calculator's case
                state.topic = Topic(
                    stated.calculator, dict(stated.said), frame.text, whose(frame, state)
                )
            said = "、".join(
                f"缴费档次 {v} 元档" if k == "tier" else _said_back(k, v)
                for k, v in stated.said.items()
            )
            return Response(
                "answered",
                answer=NOTED.format(said),
                facts=[str(v) for v in stated.said.values()],
            )
        if not frame.person.identities and state.asked and not MILD_DISABILITY.search(frame.text):
            # "我是贫困户" said before "医保一年交多少钱": the same person's standing identity
            # ("要是三级残疾呢" says the standing anew: no identity that exempts)
            frame.person.identities = recall_identities(frame, state)
        elif frame.person.identities and state.asked and ALSO_HELD.search(frame.text):
            # "我老婆同时还是低保户" after "我们家是建档立卡户": both are hers (第十八条（四）
            # 多重参保身份…就高不就低)
            held = [*recall_identities(frame, state), *frame.person.identities]
            frame.person.identities = list(dict.fromkeys(held))
        reason = scope.check_frame(frame, self.reported_years, self.gazette_text)
        if (
            reason
            and frame.continuation
            and state.last_calc is not None
            and state.last_calc.calculator in ("inpatient", "special_outpatient")
            and frame.subject.treated_elsewhere
        ):
            reason = None  # "要是在尼泊尔看的病呢" after a stay: the same case treated there
        if reason and self._quoted_place(frame, state):
            reason = None  # "河北陕西那边呢" after the posts the plan's provinces give
        treated = _treated_there_before(frame, state) if reason else None
        if treated:
            # "拉萨也要备案吗" after "县医院看不了 要转到拉萨去": where the user is treated
            reason = None
            frame = read_frame(f"在{treated}就医，{frame.text}")
        # (a kind of fact never published, said of one part; another place, scheme or year
        # is the whole message's subject and declines all of it)
        canned = (
            reason is not None
            and reason == scope.canned_decline(frame.text, self.gazette_text)
            and not reason.startswith("不能")  # (a refusal to help a wrong refuses it all)
        )
        parts = split_parts(frame.text) if canned else []
        if (
            len(parts) > 1
            and state.pending is None
            and any(
                not scope.check_frame(read_frame(p), self.reported_years, self.gazette_text)
                for p in parts
            )
        ):
            # "精神病福利院花多少钱建，地址在哪": a part the documents answer is answered, each
            # part declined or answered on its own
            return self._several(parts, state)
        if reason:
            state.drop_pending()
            state.remember(frame.text)  # ("那阿里呢" next asks it of Ngari)
            return self._declined(reason, frame, state)
        # ("要是在重庆住的院呢 要办啥手续" after a stay changes that stay first: `_several`)
        changes = frame.continuation and state.last_calc is not None
        steps = None if changes else eligibility.outside_procedure(frame, self.corpus)
        if steps is not None:  # "在成都住院了 要办啥手续": 备案, paying first, the rate
            state.drop_pending()
            # ("交的120档 花了5万" next is that stay)
            state.topic = Topic("inpatient", {"in_area": False}, frame.text, whose(frame, state))
            return self._verdict(steps, frame)
        if asks_tier_advice(frame):  # "交哪个档划算": the choice is one's own; what it changes
            return tier_advice(self.corpus)
        monk = (
            eligibility.monk_contribution(frame.text, self.corpus)
            if frame.calculator in (None, "contribution") and "tier" not in frame.slots
            else None
        )
        if monk is None and frame.calculator in (None, "contribution"):
            # "我老婆是残疾人 她也不用交吧": the grade decides; each grade's rule
            monk = eligibility.disabled_contribution(frame.text)
        if monk is None and not frame.figures:
            # "低保户住院报销比别人多吗": the raise is 建档立卡's; theirs is the contribution
            more = bool(
                MORE_ASKED.search(frame.text)
                or GENERIC_BENEFIT.search(frame.text)
                or SAME_AS_OTHERS.search(frame.text)
            )
            # ("我是出家人" then "住院报销跟普通人一样吗": the standing the last turn stated)
            before = next((t for t in reversed(state.asked) if t != frame.text), "")
            stated = (
                before
                if more
                and not _names_standing(frame.text)
                and _names_standing(before)
                and not eligibility.CARE_SAID.search(before)
                else ""
            )
            monk = eligibility.standing_care(f"{stated} {frame.text}".strip(), more)
        if monk is not None:  # "喇嘛参保要交钱吗": what each honour pays, and the tiers
            state.drop_pending()
            # ("我们寺是地区级的和谐模范寺庙" next is the honour of the one paying in)
            state.topic = Topic("contribution", {}, frame.text, whose(frame, state))
            return self._verdict(monk, frame)
        together = (
            eligibility.not_together(frame.text, self.corpus)
            if not frame.figures
            and frame.fact is FactType.YES_NO  # (how much one pays holding both is computed)
            and len(eligibility.standings_named(frame.text)) >= 2
            else None
        )
        if together is not None:
            # "建档立卡和特困的补贴能一起拿吗" after a stay: whether two standings' subsidies are
            # had at once is the rule's to say (第十八条（四）), not the stay recomputed with them
            state.drop_pending()
            state.last_status = VERDICT
            return self._verdict(together, frame)
        # (a case with its bill is computed: the cap is one of its steps)
        # ("住院超过6万的部分", "已报满6万": the cap's own figure is no bill)
        cap = Decimal(rules()["inpatient"]["annual_cap"]["value"])
        billed = frame.calculator is not None and any(
            k in schema() and spec(k).kind is Kind.MONEY and Decimal(str(v)) != cap
            for k, v in frame.slots.items()
        )
        # ("那超出的部分怎么办" right after a stay's result: the medical cap is what it exceeds)
        topic = state.topic.calculator if state.topic is not None else None
        # (right after a result: after a rule, "超过的部分呢" may ask the rate above a deductible)
        excess = (
            bool(EXCESS_ASKED.match(frame.text))
            and topic in PAYING_CALCS
            and last_status == "calculated"
        )
        if excess:
            beyond_result = self._excess_of(topic, frame)
            if beyond_result is not None:
                state.drop_pending()
                return beyond_result
        medical = topic in ("inpatient", "special_outpatient")
        # (right after the yearly cap was told, "超过了咋办" exceeds it)
        after_cap = bool(
            state.last_citations
            and CAP_STATED.search(state.last_citations[0].text)
            and state.last_citations[0].label == CAP_ARTICLE
            and not OTHER_MATTER.search(frame.text)
        )
        # ("剩下的钱还有别的能报吗" right after a stay's result: what is left of that bill)
        # (not "古建筑维修的钱不够，剩下的谁来出": another document's words open their own topic)
        # ("还有别的地方报吗": another source, no word of another document)
        own_words = _content_words(OTHER_SOURCE.sub("", frame.text))
        leans = frame.continuation or (
            last_status == "calculated" and self._in_last_document(own_words, frame.text, state)
        )
        asked = f"医保 {frame.text}" if (medical and leans) or after_cap else frame.text
        # ("住院花了30万 超过的部分咋办": a bill over the cap that cannot be computed, no tier
        # or level said: what covers the rest is what is asked)
        over = (
            frame.calculator == "inpatient"
            and Decimal(str(frame.slots.get("cost") or 0)) > cap
            and not {"tier", "level"} <= set(frame.slots)
        )
        beyond = None if billed and not over else eligibility.beyond_cap(asked, self.corpus)
        if beyond is not None:  # "超过封顶的那部分还有别的办法吗": the layers after the cap
            state.drop_pending()
            return self._verdict(beyond, frame)
        bare = not (frame.calculator or frame.slots or frame.topical)
        if (
            bare
            and _fresh(state)
            and not names_something(frame.text)
            and not (SCHEME_FIGURE.search(frame.text) and not re.search(r"这|那", frame.text))
            and not PAID_THEN_USED.search(frame.text)
        ):
            # "[图片] 这个能报吗", "一个月多少钱" as a first turn: a search would pick any article
            return Response("error", answer=NO_SUBJECT, error=NO_SUBJECT)
        tail = CASE_TAIL.match(frame.text)
        if tail and state.pending is None and _own_case(tail.group(1)):
            both = self._case_and_tail(tail.group(1), tail.group(2), state)
            if both is not None:
                return both
        fixed = self._fixed_tier_rates(frame, state) if state.pending is None else None
        if fixed is not None:
            return fixed
        bill = self._bill_after_heads(frame, state)
        if bill is not None:
            return bill
        # ("配眼镜和镶牙能报吗": unpaid things asked together are answered together, each
        # with its own item of 第三十条, `fund_never_pays`)
        together = len(eligibility.unpaid_things(frame.text, self.corpus)) > 1
        parts = [frame.text] if together else split_parts(frame.text)
        if (
            len(parts) > 1
            and state.pending is None
            and _rule_first(parts[0])
            and not _stay_order_told(frame, state)
        ):
            # "乡镇卫生院住院起付线多少？三级医院呢？" after a stay was computed: a rule asked
            # first, and its tail, not the last case with another level
            return self._several(parts, state)
        if len(parts) > 1 and state.pending is None and _question_beside_change(parts, state):
            # "要是在成都住的院呢 需要备案吗" after a stay: the case changed, then a question of
            # its own (a yes/no, how, who, when) that the recomputation alone would drop
            return self._several(parts, state)
        household = _household_changed(frame, state)
        if household:  # "我老婆是二级残疾" after the members' contributions: that member changes
            again = self._members(Turn("contribution", {}, frame), household, state)
            if again is not None:
                return again
        each = self._each_of_last(frame, state)
        if each is not None:
            return each
        left = self._cap_left_asked(frame, state)
        if left is not None:
            return left
        if eligibility.asks_tier_change(frame.text):
            # "那我现在改交250行不行，啥时候能改" after a stay on 60: when a tier may change is
            # asked (第十八条（一）, 第八条), not the stay computed again on 250
            changed = eligibility.decide(frame, self.corpus)
            if changed is not None:
                state.drop_pending()
                return self._verdict(changed, frame)
        turn = plan_turn(frame, state)
        if isinstance(turn, Stall):
            return self._rule_instead(turn, state)
        if turn is not None and turn.tentative:
            response = self._calculate(turn, state)
            if response.status != "follow_up":
                return response
            each = self._for_each_value(state)
            if each is not None:
                return each
            state.pending = None  # "三级的呢" asks the rule for it, not a case of one's own
            turn = None
        if turn is not None and AGE_THRESHOLD_ASKED.search(frame.text) and not frame.figures:
            turn = None  # "那我爸要到多大岁数才不用交": the age the rule sets, not a sum
        if turn is not None:
            if turn.queued:
                return self._stays(turn, state)
            restated = self._restated(turn, state)
            if restated is not None:
                return restated
            response = self._calculate(turn, state)
            if response.status == "follow_up":
                # "那半年一共多少", "三个月下来能拿多少" after the monthly wage rule: each
                # value, as "那干一年呢"
                each = self._for_each_value(state)
                if each is not None:
                    return each
            if response.status == "follow_up" and _rate_stated(frame, state, changed=True):
                # "那三级医院呢" while the cost is asked: that case's rate leads the question
                case = read_frame(_case_words(state.pending))
                return self._with_rule(response, case, _rates_asked(state))
            return response
        if len(parts) > 1:
            return self._several(parts, state)
        return self._single(frame, state)

    def _figure_checked(self, part: str, computed: dict[str, Any]) -> Response | None:
        """ "起付线还是400吗" after the stay it asks of was computed: yes or no by the step that
        set that figure (第二次住院: 280), with its rule; the yearly cap (限额是6万吗) by its rule;
        None when neither names it."""
        asked = FIGURE_CHECKED.search(part)
        if asked is None:
            return None
        word = {"起付标准": "起付线", "报销比例": "比例", "封顶": "限额", "封顶线": "限额"}.get(
            asked.group(1), asked.group(1)
        )
        try:
            said = Decimal(asked.group(2)) * (10000 if asked.group(3) == "万" else 1)
        except ArithmeticError:
            return None
        if word == "限额":
            cap = rules()["inpatient"]["annual_cap"]
            cited = of_place(self.corpus, *cap["cite"])
            if cited is None:
                return None
            value = Decimal(cap["value"])
            verdict = "是" if said == value else "不是"
            return Response(
                "answered",
                answer=f"{verdict}，年度最高支付限额为{value / 10000:g}万元（{cap['cite'][1]}）[1]",
                citations=[cited],
            )
        percent = word == "比例"
        # (the step that set the figure used: the last one with a figure of its kind — a rate
        # raised for 建档立卡 or lowered outside the pool is a later step than the tier's)
        step = next(
            (
                s
                for s in reversed(computed.get("steps", []))
                if s.get("amount", "").endswith("%") == percent
                and (percent or word in s.get("rule", ""))
                and "×" not in s.get("rule", "")
            ),
            None,
        )
        if step is None:
            return None
        amount = step["amount"].rstrip("%")
        if percent and said < 1:
            said *= 100  # "比例是0.85吗"
        same = said == Decimal(amount)
        unit = "%" if percent else "元"
        where = re.search(r"第[^（）《》]+条(?:（[^）]+）)?$", step.get("citation", ""))
        line = (
            f"{'是' if same else '不是'}，本次{asked.group(1)}按{amount}{unit}计算："
            f"{step['rule']}{f'（{where.group(0)}）' if where else ''}"
        )
        return Response("answered", answer=line, facts=[step["rule"], step["amount"]])

    def _case_and_tail(self, case: str, tail: str, state: State) -> Response | None:
        """ "交250档 住院花了2万 一级医院 报多少？三级呢？": the case asked, then the same case with
        one thing changed, each computed as two turns would be (not only the last level named);
        None when either would not be computed (the message is then read whole)."""
        computed = self._computed_turns(state, case, tail)
        if computed is None:
            return None
        first, second = computed
        both = merge([first, second], dedupe=False)
        both.calculation = second.calculation  # the case the conversation goes on from
        return both

    def _computed_turns(self, state: State, *turns: str) -> list[Response] | None:
        """The turns asked in order as turns of their own, when every one computes a case (the
        state then goes on from them); None, the state untouched, otherwise (tried on a copy:
        the message is read whole then)."""
        import copy
        import dataclasses

        trial = copy.deepcopy(state)
        responses = [self.ask(turn, trial) for turn in turns]
        if any(r.status != "calculated" for r in responses):
            return None
        for f in dataclasses.fields(state):
            setattr(state, f.name, getattr(trial, f.name))
        return responses

    def _several(self, parts: list[str], state: State) -> Response:
        """Each part answered in order; later parts lean on the first one's subject."""
        # ("全地区一共多少个，革吉县是多少" after a county's posts: a short first part leans on
        # the last turn as a turn of its own would, and the later parts on it)
        short = len(re.findall(r"[\u4e00-\u9fff]", parts[0])) <= SHORT_TURN
        leaned = self._with_context(read_frame(parts[0]), state) if short else parts[0]
        parts = [leaned, *parts[1:]] if leaned != parts[0] else parts
        subject = subject_of(parts[0])
        responses: list[Response] = []
        used: set[str] = set()
        for n, part in enumerate(parts):
            # "大病保险的…又是多少" names its own subject; a circumstance ("我们家是建档立卡户，")
            # still leads every part
            other = another_subject(part) if n else None
            part = other or part
            alone = read_frame(part)
            # ("有没有起付线", "封顶多少": an attribute alone is asked of the first part's subject)
            # (nor do the words of the phrase asking: "多长时间考一次" names no 时间)
            asking = "".join(m.group() for m in ASKING_PHRASE.finditer(part))
            named = [
                w
                for w in _content_words(part)
                if not QUESTION_WORD.fullmatch(w) and w not in asking
            ]
            # ("具体位置在哪": the words of an attribute, 具体 and 体位 of 具体位置, name nothing)
            attribute_only = bool(named) and (
                all(ATTRIBUTE.fullmatch(w) for w in named)
                or not [
                    w
                    for w in _content_words(ATTRIBUTE.sub("", part))
                    if not QUESTION_WORD.fullmatch(w)
                ]
            )
            if attribute_only:
                named = [w for w in named if ATTRIBUTE.fullmatch(w)]
            names_nothing = all(not_a_name(w) or w.isdigit() for w in named)
            own = (
                n == 0
                or other is not None
                or len(part) >= 20
                # ("…要先备案吗 报销会少吗": 报销 alone names no subject of its own)
                or (alone.topical and not attribute_only and not names_nothing)
                # "…农牧民那个大额补充又是多少": two words of its own the first part lacks
                or len([w for w in named if w not in parts[0] and not not_a_name(w)]) >= 2
            )
            if not n and alone.continuation and state.last_calc is not None:
                # "要是在成都住的院呢 要办什么手续" after a stay: the first part changes that
                # case, computed as the turn alone would be (tried on a copy of the state);
                # the rest asks of it
                changed = self._computed_turns(state, part)
                if changed is not None:
                    used |= set(changed[0].quoted)
                    responses.extend(changed)
                    # (the rest asks of the stay where it now is: "区外住院 要不要备案")
                    # (by its name: "在拉萨住院 也要备案吗" is answered for a place in Tibet,
                    # which 统筹区外 alone would ask of the 区外 rule)
                    stay = read_frame(f"{part}住院")
                    place = next(
                        (
                            p
                            for p in stay.subject.places
                            if p.role is PlaceRole.TREATED and not p.generic and not p.abroad
                        ),
                        None,
                    )
                    treated = _treated_words(stay)
                    if place is not None:
                        subject = f"在{place.said}住院"
                    elif treated:
                        subject = f"{treated[0]}住院"
                    continue
            computed = responses[0].calculation if responses else None
            if n and computed and EXCESS_ASKED.match(part):
                # "…能报多少 超过的部分咋办": what lies beyond the first part's result
                beyond_result = self._excess_of(computed.get("calculator"), alone)
                if beyond_result is not None:
                    responses.append(beyond_result)
                    continue
            checked = self._figure_checked(part, computed) if n and computed else None
            if checked is not None:
                # "…能报多少？起付线还是400吗": a figure of the case computed, checked against
                # the step that used it
                responses.append(checked)
                continue
            # ("县级文保单位一处配几个看管员？一年工资总共得预算多少": a rule answered first,
            # then a sum of the same case asked, which the two parts together compute)
            ruled_then_sum = bool(
                n
                and not computed
                and alone.fact is FactType.AMOUNT
                and not alone.figures
                and SUM_WORDS.search(part)
                and responses
                and responses[0].status == "answered"
            )
            if ruled_then_sum or (
                n
                and computed
                and alone.fact is FactType.AMOUNT
                # ("…配几个看管员？一年看管员工资一共要多少": the same calculator asked again of
                # the first part's sites, with no figure of its own)
                and (
                    not alone.calculator
                    or (alone.calculator == computed.get("calculator") and not alone.figures)
                )
            ):
                # "3处县级文保单位，每处配几个看护员，一年工资一共要多少钱": the sum asked of the
                # first part's case, computed with it (its wage bill, not the wage rule alone)
                together = read_frame(f"{parts[0]}，{part}")
                if (
                    together.calculator
                    and together.calculator
                    == (computed or {}).get("calculator", together.calculator)
                    and together.slots != read_frame(parts[0]).slots
                ):
                    response = self._single(together, state, multi=True, avoid=used)
                    if response.status == "calculated":
                        responses.append(response)
                        continue
            if n and ONLY_CHANGE.search(part) and not alone.topical:
                # "学历提升呢": the part before it with one thing changed, read as a turn that
                # leans on the last one
                # (asked as two turns of a conversation of their own; its figure may share the
                # first part's clause)
                before = State()
                self.ask(parts[n - 1], before)
                response = self.ask(part, before)
                used |= set(response.quoted)
                responses.append(response)
                continue
            if n and not own and responses[0].status == "follow_up" and names_nothing:
                # "250档 成都 3w 能报多少 还是85%吗": a part naming nothing of its own asks of
                # the case whose missing input is being asked; its computation answers it
                continue
            # ("…能报吗 要不要备案 几天内": a part that names nothing at all asks of the part
            # just before it, not of the first)
            leaning = rescoped(subject_of(parts[n - 1]) if n >= 2 and not named else subject, part)
            if alone.intent is Intent.PROCEDURE:
                # "成都三甲 250档 4万 回来能报多少 要怎么弄": how it is done asks of the case's
                # setting, not of its figures (which would compute the case again)
                leaning = _without_figures(leaning)
            lead = part if own else f"{leaning} {part}"
            frame = alone if lead == part else read_frame(lead)
            if (
                frame.calculator
                and not alone.calculator
                and not attribute_only
                and alone.fact is not FactType.AMOUNT
                # ("…能报多少 还是85%吗": a part naming nothing of its own asks of the case)
                and not names_nothing
            ):
                # "…补贴多少 乡镇通客车率是多少": the rate is not the subsidy's sum ("…能当看管员
                # 吗 能的话一个月多少钱" asks the pay of what the first part named)
                frame = alone
            if n and attribute_only and _stated_in_lead(named, responses[0]):
                # "普通门诊看个感冒能报吗？起付线多少": the first part's answer states it (起付线
                # 标准为累计100元); another rule's 不设起付线 would contradict it
                continue
            response = self._single(frame, state, multi=True, avoid=used)
            plain = rescoped(subject_of(parts[0], counted=False), part)
            if response.status == "out_of_scope" and lead not in (part, f"{plain} {part}"):
                # "…要新增多少床位，什么时候完成": the thing the first part counts may not be the
                # later part's subject (the plan's, whose dates are stated): read without it
                plain_frame = read_frame(f"{plain} {part}")
                without = self._single(plain_frame, State(), multi=True, avoid=used)
                if without.status != "out_of_scope":
                    response, frame, lead = without, plain_frame, f"{plain} {part}"
            if (
                n
                and other is None
                and len(part) < 20
                and (not alone.topical or all(not_a_name(w) for w in named))
            ):
                # read with the first part's subject, or with the whole first part when its
                # subject alone ("刚生的娃") leaves the field ("从啥时候开始能报", which names
                # nothing of its own, is not the custodians' rules' 施行 date)
                response = self._in_first_field(
                    responses[0],
                    response,
                    f"{subject} {part}",
                    f"{parts[0]} {part}",
                    declined_only=response.status == "out_of_scope",
                )
            elif n and other is None and len(part) < 20 and response.status == "out_of_scope":
                # "培训期间管饭吗，住宿费报不报": a later part the text is silent on, whose
                # nearest rule read alone is another field's (医保 第三十条): still silent, with
                # the nearest rule of the first part's field
                response = self._in_first_field(
                    responses[0], response, f"{subject} {part}", declined_only=True
                )
            if n and used and response.status in ("answered", "out_of_scope"):
                # the part asked once more without avoiding the quotes shown before
                again = self._single(frame, State(), multi=True)
                if (
                    response.status == "answered"
                    and again.status == "out_of_scope"
                    # (a part naming nothing, "过了时间还能交不", is read with the first part's
                    # subject: alone, in a fresh conversation, it has none)
                    and (
                        names_something(part)
                        # ("…会扣工资吗？扣多少": the figure the rule just quoted does not
                        # set, declined by that rule, not answered by a weaker one)
                        or bool(again.quoted[:1] and again.quoted[0] in used)
                    )
                ):
                    # a part the gazette does not answer stays declined though its nearest rule
                    # was quoted before ("…是自带的吗 还要不要另交钱": no weaker article answers)
                    response = again
                elif again.status == "answered" and (
                    # (by its lead quote: "看管员要巡查吗 多久一次" is answered by the 每日巡查
                    # just quoted, whatever else that answer sees too)
                    (
                        response.status == "out_of_scope"
                        and again.quoted[:1]
                        and again.quoted[0] in used
                    )
                    or (
                        again.quoted[:1]
                        and again.quoted[0] in used
                        and _new_lead(again, responses)
                        and _piece_beats(again, response, part, lead)
                    )
                ):
                    # "高血压限额多少 糖尿病多少": an earlier part's quote already holds it, its
                    # own line ("每处安排几个人" of 第十二条); "安排几个看管人员，钱是谁出": its
                    # own piece of the clause quoted (…经费由地区财政纳入年初预算), not a weaker
                    # article found by avoiding that quote
                    responses.append(again)
                    continue
            if (
                n
                and names_nothing
                and response.status == "out_of_scope"
                and responses[0].status in ("answered", "calculated")
                and WHICH_ONES.search(part)
            ):
                # "改则县有几个村子没通硬化路，是哪几个": which ones, asked of the count just
                # answered, is the list that answer gives, no question of its own to decline
                continue
            used |= set(response.quoted)
            responses.append(response)
        return merge(responses)

    def _after_cap(self, frame: Frame, state: State) -> Response | None:
        """ "她下个月还得去住一次，这次医保还给报吗" when the stays computed for her have used up
        the yearly cap: the basic scheme pays no more this year (第二十三条), and what covers
        costs beyond it (第二十七条, 第二十八条) — not a rule the turn's words find."""
        if not state.payments or frame.calculator not in (None, "inpatient"):
            return None
        if frame.figures or not (YES_NO.search(frame.text) and CLAIM_AGAIN.search(frame.text)):
            return None
        if not CLAIM_ASKED.search(frame.text) or NOT_A_CLAIM.search(frame.text):
            return None  # ("下次住院前要先备案吗", "明年再住院还能报吗": no claim this year)
        person = person_key(whose(frame, state))
        paid = state.paid_this_year(person, "inpatient")
        cap = Decimal(rules()["inpatient"]["annual_cap"]["value"])
        if paid < cap:
            return None
        beyond = eligibility.beyond_cap(MEDICAL_EXCESS, self.corpus)
        if beyond is None:
            return None
        response = self._verdict(beyond, frame)
        said = person_said(person) or "您"
        response.answer = (
            f"基本医保今年不再支付：按本次对话里算过的住院，医保今年已为{said}支付 {paid:.2f} 元，"
            f"已达年度最高支付限额 {cap:.0f} 元（第二十三条）。\n{response.answer}"
        )
        response.facts = [*response.facts, f"{paid:.2f}"]
        return response

    def _excess_of(self, calculator: str | None, frame: Frame) -> Response | None:
        """ "超过的部分呢" after a result: what lies beyond its limit — an ordinary outpatient's
        is the patient's (第二十六条（三）), a stay's or a special disease's goes on to the
        大病保险 and the 大额补充 (第二十七条) and 医疗救助 (第二十八条)."""
        if calculator == "general_outpatient":
            return self._answer(read_frame(OUTPATIENT_EXCESS), State())
        if calculator in ("inpatient", "special_outpatient"):
            beyond = eligibility.beyond_cap(MEDICAL_EXCESS, self.corpus)
            return self._verdict(beyond, frame) if beyond is not None else None
        return None

    def _in_first_field(
        self, first: Response, alone: Response, *leanings: str, declined_only: bool = False
    ) -> Response:
        """ "…住院了回来能报吗？要备案吗？": a short later part of one message that, read alone,
        is answered from another field than the first part is read with the first part's
        subject when that keeps it in the first part's field (住院备案, not 文物备案), else with
        the whole first part (its subject alone, "刚生的娃", may name no field)."""
        home = _domain_of(first, declined_only)
        if home is None or _domain_of(alone, declined_only) in (None, home):
            return alone
        for leaning in leanings:
            leaned = self._single(read_frame(leaning), State(), multi=True)
            if _domain_of(leaned, declined_only) == home and (
                not declined_only or leaned.status == "out_of_scope"
            ):
                return leaned
        return alone

    def _single(
        self, frame: Frame, state: State, multi: bool = False, avoid: set[str] | None = None
    ) -> Response:
        reason = scope.check_frame(frame, self.reported_years, self.gazette_text)
        if reason and not self._quoted_place(frame, state):
            return self._declined(reason, frame, state)
        members = stated_members(frame.text) if frame.calculator == "contribution" else []
        if members:  # a household whose members pay on tiers of their own
            household = self._members(Turn("contribution", {}, frame), members, state)
            if household is not None:
                return household
        tiers = tiers_set_against(frame)
        if tiers:  # "交250跟交120，三级医院住院花2万，报销差多少": one case on two tiers
            compared = self._on_tiers(frame, tiers, state)
            if compared is not None:
                return compared
        # "要是三级残疾呢" after a contribution: whether that person pays, asked again
        mild_after = bool(
            frame.continuation
            and MILD_DISABILITY.search(frame.text)
            and state.topic is not None
            and state.topic.calculator == "contribution"
        )
        # ("这钱谁出" after a custodian's wage bill: who pays that money, not a contribution of a
        # person said earlier)
        payer_of_other = bool(
            PAYER_ASKED.search(frame.text)
            and not names_something(frame.text)
            and state.last_calc is not None
            and state.last_calc.calculator != "contribution"
        )
        if (_pays_question(frame) or mild_after) and not payer_of_other:
            # "我奶奶62岁 爷爷63 他俩还用自己掏钱吗": each member's own case, as when the
            # contribution is named (one person's reading would mix their ages and sexes)
            members = stated_members(frame.text)
            household = (
                self._members(Turn("contribution", {}, frame), members, state) if members else None
            )
            if household is not None:
                return household
            # ("一家三口都是建档立卡户，交医保一共多少": the household is read as a contribution's
            # though the sentence did not name the calculator)
            read = (
                frame.slots
                if frame.calculator == "contribution"
                else {**_reading("contribution", frame.text), **frame.slots}
            )
            said = [*read.get("identities", [])]
            if "identity_exempt_persons" not in read:  # (a household names a member's)
                said += frame.person.identities
            slots = {"mode": "enrol", **read, "identities": list(dict.fromkeys(said))}
            if "exempt_persons" not in slots:  # (a household counts its members by age)
                slots.update(
                    {k: v for k, v in (("age", frame.person.age), ("sex", frame.person.sex)) if v}
                )
            return self._calculate(Turn("contribution", slots, frame, fresh=True), state)
        # "我妈住院了", "我老公今年住了三次院": a case announced, nothing asked of it yet; what
        # its computation needs is asked for, not a rule quoted that shares its words
        announced = (
            frame.calculator in PAYING_CALCS
            and frame.intent is Intent.LOOKUP
            and not frame.asks_figure
            and not QUESTION_WORD.search(frame.text)
            and state.pending is None
            # someone's case ("我妈…", a figure of it), never a topic named ("住院报销") nor
            # where one is treated alone ("外省住院备案是跑窗口还是系统里报": a way asked)
            and bool(frame.person.who or set(frame.slots) - set(PLACE_SLOTS))
            and not RULE_NAMED.search(frame.text)
            and "还是" not in frame.text
        )
        if frame.calculator and (frame.intent is Intent.CALCULATE or announced):
            turn = Turn(frame.calculator, dict(frame.slots), frame, fresh=True)
            continue_person(turn, state)
            groups = custodian_groups(frame.text) if frame.calculator == "custodian_pay" else []
            paid = self._groups(frame, groups, state) if groups else None
            if paid is not None:
                return paid
            several = frame.calculator in ("inpatient", "special_outpatient")
            cases = stay_cases(frame.text) if several else []
            if cases:  # several cases in one sentence: each in turn, against one yearly cap
                return self._stated(turn, cases, state)
            response = self._calculate(turn, state)
            rated = _rate_stated(frame, state)
            if response.status == "follow_up" and (turn.inputs.get("mode") == "late" or rated):
                case = frame
                if (
                    rated
                    and state.pending is not None
                    and state.pending.inputs.get("in_area") is False
                ):
                    # ("拉萨那家是三级医院 交的60档 能报多少" after a transfer to Lhasa: the stay
                    # is outside the pool, its rate the reduced one)
                    case = read_frame(_case_words(state.pending))
                return self._with_rule(response, case, _rates_asked(state) if rated else ())
            if response.status != "follow_up" or not (
                (multi and not _bill_stated(turn))
                or (_asks_rule(frame) and not announced)
                or _bed_fee_only(turn.inputs)
            ):
                # ("250档 成都 3w 已备案 能报多少 还是85%吗": a bill of one's own is a case though
                # other parts follow; what it lacks is asked, they are answered)
                return response
            # a general question ("看管员一个月工资多少？") or one part of several: the rule answers;
            # ("三级医院一天收120，床位费能报多少": the day's standard, 第二十二条（二）, answers it:
            # without the bill's cost there is no case to ask the tier of)
            if frame.calculator == "custodian_pay" and not multi:
                # ("我爸在日土县看文物 一个月能拿多少": the rule, else — when the words of 看文物
                # find another article first — the pay at each level)
                each, asking = self._for_each_value(state), state.pending
                state.pending = None
                rule = self._answer(frame, state, avoid)
                wage = cited_unit(self.corpus, "custodian_pay", "monthly_wage")
                cited = rule.citations[0].unit_id if rule.citations else None
                if wage is None or cited == wage.id or rule.status != "answered":
                    # ("看管员立了功 奖金具体是多少钱": a sum the text does not give is declined,
                    # not asked its months)
                    return rule
                if each is None:
                    # ("8月起…年底前能拿到五千吗" with its months unread: another article's
                    # words are no answer of a wage; what the sum lacks is asked)
                    state.pending = asking
                    return response
                state.pending = asking  # ("县级" next computes that level's)
                return each
            state.pending = None
        if (
            frame.intent is Intent.ELIGIBILITY
            and frame.calculator in PAYING_CALCS
            and any(spec(k).kind is Kind.MONEY for k in frame.slots)
            and "excluded" not in frame.slots  # "喝醉酒摔伤住院能报吗": the verdict says no
        ):
            # "普通门诊花了250能报吗": computed when nothing is missing, else the rule answers
            turn = Turn(frame.calculator, dict(frame.slots), frame, fresh=True)
            continue_person(turn, state)
            response = self._calculate(turn, state)
            if response.status == "calculated":
                return response
            state.pending = None
        if not frame.calculator:
            # "乡镇兽医加上检测员一共多少岗位": each thing's figure, and their sum
            added = sums.named_added(frame.text, self.corpus, self.searcher)
            if added is not None:
                return added
        # a later part of one message leans on the first part's subject, said in its lead;
        # not also on the conversation's last topic
        # ("这个标准由哪些部门定" points back at the first part: it leans on it)
        # (a part naming nothing, "啥时候交？" after a contribution, asks of the conversation)
        alone = multi and not ANAPHOR.search(frame.text) and names_something(frame.text)
        return self._answer(frame, state, avoid, alone=alone)

    def _with_rule(
        self, follow_up: Response, frame: Frame, facts: tuple[FactType, ...] = ()
    ) -> Response:
        """A follow-up that opens with the rule it will apply: "补缴要交多少" learns 第八条 first;
        `facts`: the kinds of value to state, each its own rule line (a stay's rate and its
        deductible), else the one the question asks."""
        leads, citations, known = [], [], []
        for fact in facts or (frame.fact,):
            rule = self._answer(replace(frame, fact=fact) if facts else frame, State())
            if rule.status != "answered" or not rule.citations:
                continue
            cited = rule.citations[0]
            if cited not in citations:
                citations.append(cited)
            number = citations.index(cited) + 1
            leads.append(rule.answer.split("\n", 1)[0].replace("[1]", f"[{number}]"))
            known += rule.facts
        if not leads:
            return follow_up
        follow_up.answer = "\n".join([*leads, follow_up.answer])
        follow_up.citations = citations
        follow_up.facts = known
        return follow_up

    # --- calculations --------------------------------------------------------------

    def _calculate(self, turn: Turn, state: State) -> Response:
        name, inputs = turn.calculator, dict(turn.inputs)
        who = whose(turn.frame, state)
        person = person_key(who)
        kept: tuple[int, Payment] | None = None
        at_corrected: int | None = None
        last_case = state.cases.get(person)
        if (
            name == "inpatient"
            and turn.replaces_last
            and {"admission", "cost"} <= turn.given
            and last_case is not None
            and str(last_case.inputs.get("cost")) != str(inputs.get("cost"))
            and str(inputs.get("admission")) == str(state.stays(person) + 1)
        ):
            # "不对，她是在县医院住的，今年这是第二次住院了，这回花了1.2w" after a supposed
            # change of the first stay: a stay of its own cost, in the order after the stays
            # counted, follows them (the first stands as it was); "这是第二次住院了" alone, of
            # the stay just computed, still changes that one
            turn.new_stay = True
        if name in TALLIED:
            # payments made earlier in this conversation count against this person's yearly cap
            # (or the 两病 limit) and set the admission order; a new case starts that tally
            # again, a change replaces their last payment
            mine = state.payments_of(person, name)
            corrected = next(
                (p for p in mine if turn.corrected is not None and p.admission == turn.corrected),
                None,
            )
            if corrected is not None:
                # the corrected stay replaces its own payment, counted against the cap as the
                # payments made before it were
                at = at_corrected = state.payments.index(corrected)
                state.payments.remove(corrected)
                before = [p for p in state.payments[:at] if p in mine]
                inputs["already_paid"] = plain(sum((Decimal(p.amount) for p in before), Decimal(0)))
            elif turn.new_stay is None:
                state.payments = [p for p in state.payments if p not in mine]
                said = Decimal(str(inputs.get("already_paid") or "0"))
                if "already_paid" in turn.given and said > 0:
                    # "今年已经报了5万5": paid before this conversation, still against the cap
                    # when this case is changed or followed by another
                    state.payments.append(Payment("earlier", plain(said), None, person))
            elif turn.replaces_last and mine:
                if turn.supposed:  # (put back once the supposed case is computed)
                    kept = (state.payments.index(mine[-1]), mine[-1])
                state.payments.remove(mine[-1])
            if turn.new_stay is not None and "already_paid" not in turn.given and corrected is None:
                inputs["already_paid"] = str(state.paid_this_year(person, name))
            if name == "inpatient" and turn.new_stay and "admission" not in turn.given:
                inputs["admission"] = state.stays(person) + 1
        last = state.cases.get(person)
        if (
            name == "general_outpatient"
            and (turn.new_stay or (not turn.fresh and AGAIN.search(turn.frame.text)))
            and "prior_cost" not in turn.given
            and last is not None
            and last.calculator == name
        ):
            # "隔了一周又去看普通门诊 这回三百": this year's earlier visits count against the 100元
            # deductible and the 300元 limit, both yearly (第二十六条（三）)
            before = Decimal(str(last.inputs.get("prior_cost") or "0"))
            earlier = before + Decimal(str(last.inputs["cost"]))
            inputs["prior_cost"] = str(earlier)
            whole = Decimal(str(inputs.get("cost") or "0"))
            if (
                YEAR_TOTAL.search(turn.frame.text)
                and not THIS_VISIT.search(turn.frame.text)
                and whole >= earlier
            ):
                # "一年门诊一共花了1000": the year's whole, the earlier visits in it — this
                # turn adds what lies beyond them
                inputs["cost"] = str(whole - earlier)
        if name == "inpatient" and "in_area" not in inputs:
            there = recall_place(turn.frame, state)
            inputs.update(there)
            if there:
                where = "阿里统筹区内" if there["in_area"] else "阿里统筹区外"
                said = f"就医地点按前面说的（{where}）计算"
                turn.note = "；".join(x for x in (turn.note, said) if x)
        if (
            name in POOR_RAISED
            and "poor" not in inputs
            and not inputs.get("identities")
            and POOR_IDENTITY in recall_identities(turn.frame, state)
        ):
            # "他交的250那档…花了8千，报多少" after "建档立卡户，医保个人出多少钱" (or "我是建档
            # 立卡户" told first): the same person's standing raises the rate (第二十九条（四）)
            inputs["poor"] = True
            said = f"{POOR_IDENTITY}身份按前面说的计算。"
            turn.note = "；".join(x for x in (turn.note, said) if x)
        if name == "special_outpatient":
            assume_special_condition(inputs, turn.frame.text)
        if name == "custodian_pay":
            recalled = _misconduct_recalled(turn, inputs, state)
            if recalled:
                inputs[recalled] = True
                said = f"按前面说的“{MISCONDUCT_SAID[recalled]}”计算"
                turn.note = "；".join(x for x in (turn.note, said) if x)
        data = calculate(name, inputs, self.corpus)
        missing = data["follow_up"]["missing"] if data["status"] == "follow_up" else []
        if inputs.get("disease") in UNNAMED_SPECIAL:
            # "门特报多少，我们交的120" after "我妈高血压，血压一直160/100": the condition said
            missing = [*missing, "disease"]
        held_before = False  # the person's standing said in an earlier turn ("我舅舅是低保户…")
        if missing:
            # "干了8个月 一共多少" after "我看的是自治区级文物点": what was said stands
            recalled = recall_said(turn, missing, state)
            # (never over what the turn itself said, but the generic 门特 it names)
            recalled = {
                k: v
                for k, v in recalled.items()
                # (an empty list read from the turn is nothing said: "他要交钱吗" names no identity
                # — unless it says there is none: "没评上的普通僧人呢")
                if k not in inputs
                or inputs[k] in ("", None, *UNNAMED_SPECIAL)
                or (
                    inputs[k] == []
                    # ("那要是四级残疾呢": a standing said that is none of the identities)
                    and not NOT_HONOURED.search(turn.frame.text)
                    and not MILD_DISABILITY.search(turn.frame.text)
                )
            }
            if recalled:
                inputs.update(recalled)
                held_before = any(k in recalled for k in ("identities", "poor"))
                if name == "special_outpatient":
                    assume_special_condition(inputs, turn.frame.text)
                data = calculate(name, inputs, self.corpus)
                said = "、".join(_said_back(k, v) for k, v in recalled.items())
                turn.note = "；".join(x for x in (turn.note, f"{said}按前面说的计算") if x)
        if kept is not None:
            state.payments.insert(*kept)  # the case as it was still counts; the supposed not
        # ("一年最多报多少" after a diabetes bill: the disease's own limit, not 高血压's beside it)
        diseases = [
            *inputs.get("diseases", []),
            *([inputs["disease"]] if inputs.get("disease") else []),
        ]
        query = " ".join([TITLES[name], *map(str, diseases), turn.frame.text])
        if (
            state.topic is not None
            and state.topic.calculator == name
            and not turn.fresh
            and all(k in state.topic.slots for k in turn.given)
        ):
            query = state.topic.query  # "忘了" adds nothing: the question stays the one asked
        state.topic = Topic(name, inputs, query, who)
        level = _level_changes_nothing(name, data, inputs, self.corpus)
        if level is not None:
            # "他今年还住了院 花了5万 还能报多少" after 门特 used most of the cap: every level
            # pays the same (what the cap leaves), so the level is not asked
            inputs["level"] = level
            data = calculate(name, inputs, self.corpus)
            said = "未说明医院级别：按任何一级医院算，结果都相同"
            turn.note = "；".join(x for x in (turn.note.rstrip("。；"), said) if x)
        if data["status"] == "follow_up":
            asked = (
                state.pending.asked + 1 if state.pending and state.pending.calculator == name else 1
            )
            missing = data["follow_up"]["missing"]
            if asked > MAX_ASKS and state.pending and state.pending.missing == missing:
                # the same input asked twice and still not given, whatever the turns changed
                # ("那县级的呢", "两个人一年一共多少" while the site counts are asked): the rule
                # with what is known, never a third time the same question
                state.pending = None
                return self._rule_instead(Stall(name, missing, dict(inputs)), state)
            earlier = state.pending.readings if asked > 1 and state.pending else []
            readings = list(dict.fromkeys([*earlier, *turn.frame.readings]))
            each_before = (
                state.pending is not None
                and state.pending.each
                and state.pending.calculator == name
                and state.pending.missing == missing
            )
            state.pending = Pending(name, inputs, missing, asked, readings=readings)
            if (
                name == "contribution"
                and missing == ["tier"]
                and not re.search(r"多少|几", turn.frame.text)
                and (
                    (
                        (YES_NO.search(turn.frame.text) or HEARSAY.search(turn.frame.text))
                        and _pays_question(turn.frame)
                    )
                    # "我爷爷63呢" after "我奶奶65了 医保还交吗": whether he pays, asked again
                    # ("那我妈呢，三级残疾，58": her case told after the 呢)
                    or (
                        re.search(r"呢(?:[？?]?$|[，,])", turn.frame.text)
                        and (
                            turn.frame.person.age is not None
                            or MILD_DISABILITY.search(turn.frame.text)  # "要是三级残疾呢"
                        )
                        and (
                            any(
                                _pays_question(read_frame(t))
                                for t in state.asked[-2:]
                                if t != turn.frame.text
                            )
                            # ("我妈59，她呢" after whether 我爸 pays was computed)
                            or (
                                state.last_calc is not None
                                and state.last_calc.calculator == "contribution"
                                and state.last_calc.inputs.get("mode", "enrol") == "enrol"
                                and "tier" not in state.last_calc.inputs
                            )
                        )
                    )
                )
            ):
                # "我爸64岁还要交医保吗": whether one pays is answered; the amount waits for the tier
                return self._pays_by_tier(turn, who)
            if (
                name == "inpatient"
                and missing == ["cost"]
                and (inputs.get("newborn_rescue") or inputs.get("maternity"))
            ):
                # "孩子出生住了保温箱抢救": paid in full (第二十九条（二）), which needs no sum to
                # say; the sum said next is still computed (the follow-up stays pending)
                pending = state.pending
                ruled = self._answer(read_frame(f"{turn.frame.text}，医保能报多少"), state)
                state.pending = pending
                if ruled.status == "answered":
                    ruled.answer += f"\n{FULL_PAID_NOTE}"
                    return ruled
            if (
                name in CAPPED
                and "cost" in missing
                and inputs.get("already_paid")
                and CAP_LEFT_ASKED.search(turn.frame.text)
            ):
                # "今年已经报了4万5了 又得住院 还能报多少": what is left of the yearly cap
                # answers it; the stay itself waits for its bill
                return self._cap_left_told(inputs, data["follow_up"], state)
            if turn.frame.every_value or each_before or turn.frame.guess is not None:
                # "三个档分别报多少": each value computed; the follow-up stays for the one that is
                # one's own ("要是二级医院呢" next: each again, at that level)
                asked = "、".join(spec(k).label for k in missing)
                each = self._each_choice(
                    Stall(name, missing, dict(inputs)),
                    asked,
                    f"按每一种{asked}分别计算：",
                    turn.frame.guess,
                )
                if each is not None:
                    state.pending.each = True
                    return each
            return Response(
                "follow_up", answer=data["follow_up"]["question"], follow_up=data["follow_up"]
            )
        state.pending = None
        state.shelved = None  # a calculation made: a follow-up set aside earlier is done with
        if data["status"] == "error":
            bad = data.get("field")
            if bad in inputs:
                # "哦 是120" next replaces the field the error named; the rest is kept
                kept = {k: v for k, v in inputs.items() if k != bad}
                state.topic = Topic(name, kept, query, who)
                state.pending = Pending(name, kept, [bad])
            return Response("error", answer=data["error"], error=data["error"])
        citations = self._calc_citations(data["citations"])
        calc = Calculation(
            name, data["inputs"], data["result"], data["steps"], data["title"], person
        )
        state.record(calc)
        if not (turn.supposed and person in state.cases):
            # (a case supposed otherwise, "要是当初交250", is a comparison: the person's own
            # case stays the one a later stay goes on from)
            state.cases.pop(person, None)  # the latest case last: 她/他 name the latest one
            state.cases[person] = calc
        redone: list[str] = []
        if name in TALLIED and "payment" in data["result"] and not turn.supposed:
            admission = data["inputs"].get("admission") if name == "inpatient" else None
            paid = Payment(
                name,
                data["result"]["payment"],
                admission,
                person,
                turn.copied,
                dict(data["inputs"]),
            )
            if turn.corrected is not None and at_corrected is not None:
                state.payments.insert(at_corrected, paid)
                redone = self._later_stays_again(state, paid, person, name)
            else:
                state.payments.append(paid)
        calculation = {
            k: data[k] for k in ("calculator", "inputs", "result", "steps", "notes", "title")
        }
        answer = calc_text(data["title"], data["result"], data["steps"], data["notes"], citations)
        consequence = _misconduct_said(turn, name, data["steps"], answer)
        if consequence:  # "巡逻日志没填会扣钱吗": the rule's consequence answers it first
            answer = f"{consequence}\n{answer}"
        payer = PAYER_SUPPOSED.search(turn.frame.text) if name == "custodian_pay" else None
        # (who funds the custodians, as the wage's own clause says it: 细则 第十二条)
        funded = next((m for c in citations if (m := FUNDS_LAID.search(c.text)) is not None), None)
        if payer and funded and payer.group(1) not in funded.group():
            # "县里一年要为我们俩掏多少钱": the sum, and who in fact pays it (第十二条)
            label = next(c.label for c in citations if funded.group() in c.text)
            first, _, rest = answer.partition("\n")
            answer = f"{first}\n说明：{funded.group()}（{label}），不是{payer.group(1)}出。\n{rest}"
        elif funded and name == "custodian_pay" and FUNDER_ASKED.search(turn.frame.text):
            # "一年下来呢？这笔钱哪一级财政出": the sum, and whose budget holds it (第十二条)
            label = next(c.label for c in citations if funded.group() in c.text)
            first, _, rest = answer.partition("\n")
            said = funded.group().lstrip("，,")
            answer = f"{first}\n这笔钱：{said}（{label}）。\n{rest}"
        facts = [n for n in [turn.note, *turn.frame.readings] if n]
        guessed = turn.frame.guess
        head = next(iter(data["result"]), None)
        if guessed is not None and head is not None and head not in RESULT_UNITS:
            # "到年底能拿一万多吗": yes or no against the figure guessed, then the sum (the
            # figure is the asker's own, grounded by the question)
            answer = f"{guess_verdict(guessed, Decimal(data['result'][head]))}\n{answer}"
            facts.append(guessed.said)
        if (
            turn.new_stay
            and not turn.stated
            and name in PAYING
            and RUNNING_TOTAL.search(turn.frame.text)
        ):
            # "累计能报多少" after a later visit: what the fund has paid this year in all
            total = f"{state.paid_this_year(person, name):.2f}"
            times = len(state.payments_of(person, name))
            answer = f"本年度这{times}次累计医保（统筹基金）支付 {total} 元。\n{answer}"
            facts.append(total)
        for note in [turn.note, *turn.frame.readings]:
            if note:
                answer += f"\n说明：{note}"
        if redone:
            answer += "\n" + "\n".join(redone)
            facts.extend(re.findall(r"\d+\.\d{2}", "".join(redone)))
        if (
            name == "contribution"
            # ("他要交钱吗" after "我舅舅是低保户…带啥材料": whether he pays, by his standing)
            and (_pays_question(turn.frame) or (held_before and PAYS.search(turn.frame.text)))
            and "individual" in data["result"]
        ):
            free = Decimal(data["result"]["individual"]) == 0
            individual = data["result"]["individual"]
            # the step that decides what this person pays (the most favourable rule applies)
            step = next((x for x in data["steps"] if x["amount"] == individual), None) or (
                data["steps"][0] if data["steps"] else None
            )
            why = f"：{step['rule']}（{step['citation']}）" if step else "。"
            answer = (
                (
                    "不用交"
                    if free
                    # ("一家4口": what each of them pays; the total follows)
                    else f"需要交，{'每人' if 'total' in data['result'] else ''}个人缴费 "
                    f"{individual} 元"
                )
                + why
                + "\n"
                + answer
            )
        return Response(
            "calculated",
            answer=answer,
            citations=citations,
            calculation=calculation,
            facts=facts,
        )

    def _stays(self, turn: Turn, state: State) -> Response:
        """Several stays stated at once: computed in order, each counting against the yearly cap
        and setting the next one's admission order, then the total the fund pays."""
        responses: list[Response] = []
        persons: set[str] = set()  # whose cases, when they are several people's
        while True:
            response = self._calculate(turn, state)
            if response.status != "calculated":
                if state.pending is not None:  # the later cases wait for the missing input
                    state.pending.queued = list(turn.queued)
                if not responses:
                    return response
                merged = merge([*responses, response], dedupe=False)
                merged.facts += _case_facts(responses)
                return merged
            inputs = response.calculation["inputs"]
            head = (
                f"第{inputs.get('admission', len(responses) + 1)}次住院"
                if turn.calculator == "inpatient"
                else TITLES[turn.calculator].removesuffix("报销")
            )
            if turn.queued and any(c.person for c in turn.queued) or persons:
                head = f"{turn.frame.person.who or '本人'}{head}"
                persons.add(person_key(turn.frame.person.who))
            response.answer = f"{head}（费用 {inputs['cost']} 元）：{response.answer}"
            responses.append(response)
            if not turn.queued:
                break
            case, *rest = turn.queued
            turn = _stated_case(turn, case)
            turn.queued = rest
        compared = len(persons) == 2 and bool(DIFFERENCE_ASKED.search(turn.frame.text))
        return _each_case(responses, len(persons), compared)

    def _on_tiers(self, frame: Frame, tiers: tuple[int, int], state: State) -> Response | None:
        """One case computed on each of two tiers and the difference of the fund's payments said
        first; only the first tier (the one said; of two named, the first) is computed on the
        real state, so the year's tally keeps it and never a tier only supposed. None when the
        case lacks an input: the usual turn then asks for it."""
        import copy

        responses = []
        # (the tier said is computed last, on the real state: the year's tally keeps it, never a
        # tier only supposed; the other on a copy)
        for n, tier in reversed(list(enumerate(tiers))):
            trial = state if n == 0 else copy.deepcopy(state)
            turn = Turn(frame.calculator, {**frame.slots, "tier": tier}, frame, fresh=True)
            response = self._calculate(turn, trial)
            if response.status != "calculated":
                return None
            response.answer = f"交{tier}元档：{response.answer}"
            responses.insert(0, response)
        paid = [Decimal(r.calculation["result"]["payment"]) for r in responses]
        high, low, gap = _gap(paid)
        merged = merge(responses, dedupe=False)
        merged.calculation = responses[-1].calculation
        merged.answer = (
            f"同一笔费用，交{tiers[0]}元档与交{tiers[1]}元档相比，医保（统筹基金）支付相差 "
            f"{high:.2f} − {low:.2f} = {gap:.2f} 元。\n{merged.answer}"
        )
        merged.facts += [f"{gap:.2f}", *_case_facts(responses)]
        return merged

    def _stated(self, turn: Turn, cases: list[StatedCase], state: State) -> Response:
        """The cases one sentence states, computed in order; kept as said, so that a change of
        the tier or the person computes them all again."""
        said = {k: v for k, v in turn.inputs.items() if k not in STAY_OWN}
        first, *turn.queued = cases
        response = self._stays(_stated_case(turn, first, first=True), state)
        if response.status == "calculated" and LONG_STAY.search(turn.frame.text):
            # "连住200天，前180天…，后20天…": why the later stretch is settled as the next stay
            response.answer += (
                "\n说明：连续住院超过180天的，每180天做一次住院结算（第二十二条（一）），"
                "后一段按年度内下一次住院计算起付线。"
            )
        if response.status == "calculated":
            state.case_set = CaseSet(said, list(cases))
        return response

    def _members(self, turn: Turn, members: list[StatedMember], state: State) -> Response | None:
        """ "我38交250，老婆36交120，弟弟是二级残疾，姥爷80，一共交多少": each member's own
        contribution (第十八条), then what the household pays; None when a member who pays has
        no tier said (the household is then asked about as a whole)."""
        responses: list[Response] = []
        choosing: list[str] = []  # members who pay on a tier not said
        for member in members:
            inputs = {"mode": "enrol", "identities": [], **member.slots}
            response = self._calculate(
                Turn("contribution", dict(inputs), turn.frame, fresh=True), state
            )
            state.pending = None
            if response.status == "calculated":
                responses.append(response)
                continue
            asked = response.follow_up.get("missing") if response.follow_up else ["tier"]
            if asked != ["tier"] or "tier" in inputs:
                return None
            # "老公64岁老婆61岁 俩人还要交吗": he pays on the tier he chooses (第十八条（一）)
            person = replace(
                turn.frame.person,
                who=member.kin,
                age=member.slots.get("age"),
                sex=member.slots.get("sex") or turn.frame.person.sex,
            )
            frame = replace(turn.frame, person=person)
            responses.append(self._pays_by_tier(Turn("contribution", inputs, frame), member.kin))
            choosing.append(member.kin)
        computed = [r for r in responses if r.calculation]
        if not computed and len(choosing) == len(members):
            # "我妈58、舅舅58、大姨52，每人一年要交多少": none of them is exempt; each pays on
            # the tier they choose (one answer for all of them)
            told = "、".join(
                f"{m.kin}{m.slots['age']}岁" if m.slots.get("age") else m.kin for m in members
            )
            return self._pays_by_tier(turn, "", told=told)
        if not computed:
            return None
        total = sum((Decimal(r.calculation["result"]["individual"]) for r in computed), Decimal(0))
        lines = [
            f"全家{len(members)}人个人缴费合计 {total:.2f} 元（每人按自己的档次、年龄和身份计算）。"
            if not choosing
            else f"{'、'.join(m.kin for m in members if m.kin not in choosing)}个人缴费"
            f"{'合计' if len(computed) > 1 else ''} {total:.2f} 元；{'、'.join(choosing)}要按自选的"
            "档次缴费，说出档次即可算出全家合计。"
        ]
        for member, response in zip(members, responses, strict=True):
            response.answer = f"{member.kin}：{response.answer}"
        merged = merge(responses, dedupe=False)
        merged.answer = "\n".join([*lines, merged.answer])
        merged.facts += [f"{total:.2f}", f"{len(members)}人", *_case_facts(computed)]
        state.household = list(members)
        return merged

    def _each_computed(
        self, calculator: str, cases: list[dict[str, Any]], frame: Frame, state: State
    ) -> list[Response] | None:
        """Each case of one sentence computed on its own inputs; None (nothing asked next) when
        one of them cannot be, so the sentence is read as a whole instead."""
        responses: list[Response] = []
        for inputs in cases:
            response = self._calculate(Turn(calculator, dict(inputs), frame, fresh=True), state)
            if response.status != "calculated":
                state.pending = None
                return None
            responses.append(response)
        return responses

    def _groups(self, frame: Frame, groups: list[dict[str, Any]], state: State) -> Response | None:
        """ "两人县级干满12个月，一人自治区级干9个月，一共多少": each group of custodians paid
        by its own level and months (细则 第十二条), then the total; None when a group lacks
        what its pay needs (the sentence is then read as one case)."""
        responses = self._each_computed("custodian_pay", groups, frame, state)
        if responses is None:
            return None
        total = sum((Decimal(r.calculation["result"]["pay"]) for r in responses), Decimal(0))
        merged = merge(responses, dedupe=False)
        merged.answer = (
            f"看管人员工资合计 {total:.2f} 元（按各自的文物保护单位级别和月数分别计算）。"
            f"\n{merged.answer}"
        )
        merged.facts += [f"{total:.2f}", *_case_facts(responses)]
        return merged

    def _restated(self, turn: Turn, state: State) -> Response | None:
        """ "那要是交的120呢", "换成我爸呢，他63" after several cases stated at once: the tier and
        the person are the whole year's, so every case is computed again in order; a change of
        one case's own figures (its level, its cost) stays with the last case."""
        if turn.fresh or turn.new_stay is True:
            return None
        person = person_key(whose(turn.frame, state))
        # (a supposed tier, "那要是交120呢", is a comparison: the stays computed stand)
        stated = state.case_set or (None if turn.supposed else _cases_computed(state, person))
        if stated is None:
            return None
        same = person == state.last_calc.person if state.last_calc else True
        if same and not turn.given & set(PERSON_KEPT):
            return None
        if turn.given - set(PERSON_KEPT):
            return None
        kept = {k: v for k, v in stated.inputs.items() if k not in PERSON_KEPT or same}
        kept |= {k: v for k, v in turn.inputs.items() if k in PERSON_KEPT}
        again = Turn(stated.cases[0].calculator, kept, turn.frame)
        again.given = set(kept)
        return self._stated(again, stated.cases, state)

    def _fixed_tier_rates(self, frame: Frame, state: State) -> Response | None:
        """ "我家是建档立卡户，住院按哪档报", "奶奶70了…那报销按哪档算": the tier (or the rates)
        asked for someone whose tier the rules fix (第十八条（二）–（五）: the highest standard
        paid for them) is that tier, said with its rule, and the rates of that tier's clause
        (with 建档立卡's 5 points more); None for anyone else, or when a tier or a bill is said."""
        text = frame.text
        before = next((t for t in reversed(state.asked) if t != frame.text), "")
        if (
            not _asks_fixed_tier(text)
            and BARE_NE.match(text)
            and _asks_fixed_tier(before)
            and re.search(r"住院|门特|门诊特殊病", text)
        ):
            # "门特呢" after 建档立卡's stay rate: the same rate asked of the benefit named now
            # (the benefit the last question named gives way to the one named now)
            text = f"{re.sub(r'住院|门特|门诊特殊病', '', before)}，{text}"
        if (
            frame.slots.get("tier")
            or any(frame.slots.get(k) not in (None, "") for k in BILL_SLOTS)
            or not _asks_fixed_tier(text)
            # (the tier one pays on is a contribution's question: "低保户医保交哪一档"; ordinary
            # outpatient care and the two illnesses are not paid by tier)
            or not TIER_CLAIM.search(text)
            or NOT_BY_TIER.search(text)
            # ("住院最多能报多少" after her standing: the most paid is the yearly cap, no tier)
            or LIMIT_ASKED.search(text)
        ):
            return None
        parts = split_parts(text)
        others = [p for p in parts if not (_asks_fixed_tier(p) or _told_only(p))]
        if others and len(others) < len(parts):
            # "我妈65了，住院按哪档报？什么时候交钱？": the tier asked with what is told of the
            # person, then each other part as it would be asked alone
            told = "，".join(p.rstrip("？?") for p in parts if p not in others)
            tier = self._fixed_tier_rates(read_frame(told), state)
            if tier is None:
                return None
            rest = [self._single(read_frame(p), state, multi=True) for p in others]
            return merge([tier, *rest])
        person = _person_with_tier(frame, state)
        if person is None:
            return None
        fixed = fixed_tier(
            {
                "identities": list(person.identities),
                "poor": "建档立卡贫困人员" in person.identities,
                "age": person.age,
                "sex": person.sex,
            }
        )
        if fixed is None:
            return None
        where = of_place(self.corpus, fixed.where.doc_title, fixed.where.article, fixed.where.item)
        if where is None:
            return None
        setting = "门诊特殊病" if re.search(r"门特|门诊特殊病", frame.text) else "住院"
        rates = self._single(
            read_frame(f"缴费档次为{fixed.tier}元的参保居民{setting}报销比例是多少"), State()
        )
        if rates.status != "answered":
            return None
        rates = without_see_also(rates)  # (the tier's clause alone: 另见 is others' rules)
        tier = Response(
            "answered",
            answer=f"按{fixed.tier}元档：{fixed.why}（{fixed.where.article}{fixed.where.item}）[1]",
            citations=[where],
        )
        # (the tier leads when it is asked; a rate asked is led by the tier's rates)
        parts = [tier, rates] if FIXED_TIER_ASKED.search(frame.text) else [rates, tier]
        if "建档立卡贫困人员" in person.identities:
            points = rules()["inpatient"]["poor_points"]
            more = of_place(self.corpus, *points["cite"])
            if more is not None and not FIXED_TIER_ASKED.search(frame.text):
                # (the rate asked: the tier's rate with the 5 points added leads)
                combined = _poor_rates(fixed.tier, setting, read_level(frame.text))
                parts.insert(
                    0,
                    Response(
                        "answered",
                        answer=f"{combined}[1][2]",
                        citations=[rates.citations[0], more] if rates.citations else [more],
                        facts=[combined],
                    ),
                )
            if more is not None:
                share = f"{Decimal(points['value']) * 100:.0f}%"
                parts.append(
                    Response(
                        "answered",
                        answer=(
                            f"建档立卡贫困人员住院、门诊特殊病的报销比例再提高{share}"
                            f"（{points['cite'][1]}{points['cite'][2]}）[1]"
                        ),
                        citations=[more],
                    )
                )
        if setting == "住院" and (
            frame.subject.treated_elsewhere or re.search(r"区外|外地|外省", frame.text)
        ):
            # "建档立卡贫困人员到统筹区外住院，报销比例如何调整": ten points less outside
            # (quoted by the sentence that says it, which the rule table's item does not hold)
            lower = rules()["inpatient"]["out_of_area_points"]
            unit, said = self._lowered_outside()
            if said is not None:
                parts.append(
                    Response(
                        "answered",
                        answer=f"{said.text.rstrip('。')}（{lower['cite'][1]}）[1]",
                        citations=[of_clauses(self.corpus, unit, [said], 1.0)],
                    )
                )
        return merge(parts)

    def _pays_by_tier(self, turn: Turn, who: str, told: str = "") -> Response:
        """Not exempt, tier unknown: "需要交", the exemption ages and the tiers (from the rule
        table, with its citations), and the tier asked for so the amount can be computed next."""
        table = rules()["contribution"]
        elderly, tier_cite = table["elderly"], table["tier_cite"]
        exempt = of_place(self.corpus, *elderly["cite"])
        tiers = of_place(self.corpus, *tier_cite)
        citations = [c for c in (exempt, tiers) if c is not None]
        # (the asker's own people said to them: "我爷爷" is 您爷爷)
        person = re.sub(r"^(?:我|俺)(?=.)", "您", who) if who else "您"
        age = turn.frame.person.age
        said = f"{person}{age}岁，" if age is not None else ""
        said = f"{told}，都" if told else said  # (several members, each with their age)
        choices = "、".join(f"{t}元" for t in table["tiers"])
        answer = (
            f"按年龄需要交：{said}还没到个人不缴费的年龄——参保时女年满{elderly['female_age']}周岁、"
            f"男年满{elderly['male_age']}周岁的个人才不再缴费（{elderly['cite'][1]}{elderly['cite'][2]}）[1]；"
            f"个人按自愿选择的{choices}档次缴费（{tier_cite[1]}{tier_cite[2]}）[2]。\n"
            f"告诉我选的是哪个档次（低保、特困、建档立卡等身份也请说明），可以算出具体金额。"
        )
        mild = MILD_DISABILITY.search(turn.frame.text)
        severe = table["identities"]["重度残疾(一、二级)"]["cite"]
        exempting = of_place(self.corpus, *severe)
        if mild and exempting is not None:
            # "我是三级残疾 交医保要钱吗": the exemption is for 一、二级 only; "我妈三级残疾，58岁":
            # and her age is under the exempt one too
            aged = (
                f"{person}{age}岁，也还没到个人不缴费的年龄（参保时女年满{elderly['female_age']}"
                f"周岁、男年满{elderly['male_age']}周岁）（{elderly['cite'][1]}{elderly['cite'][2]}）[2]；"
                if age is not None and exempt is not None
                else ""
            )
            answer = (
                f"需要交：{_grade_said(mild)}不在个人不缴费之列——个人不缴费的是重度残疾人（经认定"
                f"一、二级残疾人员）（{severe[1]}{severe[2]}）[1]；{aged}个人按自愿选择的{choices}档次"
                f"缴费（{tier_cite[1]}{tier_cite[2]}）[{3 if aged else 2}]。\n"
                "告诉我选的是哪个档次，可以算出具体金额。"
            )
            citations = [c for c in (exempting, exempt if aged else None, tiers) if c is not None]
        # the asker's own figures (each member's age when several are told)
        facts = re.findall(r"\d+岁", told) or ([f"{age}岁"] if age is not None else [])
        if mild:
            facts.append(_grade_said(mild))
        return Response("answered", answer=answer, citations=citations, facts=facts)

    def _calc_citations(self, records: list[dict[str, Any]]) -> list[Citation]:
        cites = []
        for record in records:
            cite = of_place(
                self.corpus, record["doc_title"], record["article"], record.get("item", "")
            )
            if cite is not None:
                cites.append(cite)
        return cites

    def _rule_instead(self, stall: Stall, state: State) -> Response:
        """After two unanswered follow-ups: the rule itself, and what could not be computed."""
        asked = "、".join(spec(k).label for k in stall.missing)
        query = state.topic.query if state.topic else TITLES[stall.calculator]
        person = state.topic.person if state.topic else ""
        response = self._each_choice(stall, asked)
        if response is None:
            response = self._answer(read_frame(query), state)
            response.answer = f"没有{asked}，无法算出具体金额；先按规定说明：\n{response.answer}"
        # the case stays: "找到缴费单了，是250的" next completes it
        state.topic = Topic(stall.calculator, dict(stall.inputs), query, person)
        return response

    def _for_each_value(self, state: State) -> Response | None:
        """ "那干一年呢" after the custodians' monthly wage: the one choice the follow-up asks
        has few values, so each is computed (县级, 自治区级) and the follow-up is kept for the one
        that applies; None for calculators whose payments count against a yearly cap."""
        p = state.pending
        if p is None or p.calculator in TALLIED:
            return None
        asked = "、".join(spec(k).label for k in p.missing)
        return self._each_choice(Stall(p.calculator, p.missing, p.inputs), asked)

    def _cap_left_asked(self, frame: Frame, state: State) -> Response | None:
        """ "今年已经报了5万8，还能报多少", "已经报了6万2了 还能报吗": the sum paid this year told
        and what is left asked, with no bill — the yearly cap's rest, and a stay's figures asked
        for (a 普通门诊 or 两病 visit has a cap of its own, not this one)."""
        own = ("general_outpatient", "two_diseases")  # (their own limits: `_own_cap_left`)
        if frame.calculator not in (None, *CAPPED, *own) or not CAP_LEFT_ASKED.search(frame.text):
            return None
        if OWN_CAPS.search(frame.text) or frame.calculator in own:
            return self._own_cap_left(frame, state)
        pending = state.pending
        if pending is not None and pending.calculator not in CAPPED:
            return None
        reading = understand(frame.text, "inpatient")
        if reading is None or not reading.inputs.get("already_paid") or "cost" in reading.inputs:
            return None
        if figures_besides_paid(frame.text):
            return None  # ("这8000还能报多少": a bill said too, to compute against the rest)
        inputs = {k: v for k, v in reading.inputs.items() if k in (*CASE_KEPT, "already_paid")}
        name = frame.calculator or "inpatient"
        if pending is not None:
            # ("今年她住院已经报了5万6了，还能报多少" while the stay's tier is asked: that stay,
            # computed against what is left)
            name, inputs = pending.calculator, {**pending.inputs, **inputs}
        return self._calculate(Turn(name, inputs, frame, fresh=True), state)

    def _own_cap_left(self, frame: Frame, state: State) -> Response | None:
        """ "普通门诊今年已经报了200，还能报多少" (300, 第二十六条（三）), "两病门诊高血压今年已经
        报了600了，还能报多少" (800/1200, both 2000, 第二十五条): a benefit's own yearly limit less
        what it has paid; None for the schemes beyond the basic one (大病, 大额: their caps are
        their own rules) or when the sum paid is not read."""
        text = frame.text
        reading = understand(text, "inpatient")
        told = reading is not None and reading.inputs.get("already_paid")
        # ("那她今年糖尿病的药还剩多少额度" after her 两病 bill: what this conversation paid)
        mine = [
            p
            for p in state.payments_of(person_key(whose(frame, state)), "two_diseases")
            if p.calculator == "two_diseases"
        ]
        if (not told and not mine) or figures_besides_paid(text):
            return None
        if not told and not TWO_DISEASES_SAID.search(text):
            return None
        table = rules()
        if GENERAL_CARE.search(text):
            limit, spec_ = table["general_outpatient"]["limit"]["value"], "普通门诊"
            cite_spec = table["general_outpatient"]["limit"]["cite"]
        elif TWO_DISEASES_SAID.search(text):
            said = [d for d in ("高血压", "糖尿病") if d in text]
            topic = state.topic.slots.get("diseases") if state.topic else None
            diseases = said or (list(topic) if isinstance(topic, list) else [])
            if not diseases:
                return None  # (which of the two decides the limit: the rule answers)
            key = "both" if len(set(diseases)) > 1 else diseases[0]
            limit = table["two_diseases"]["limit"]["values"][key]
            spec_ = "“两病”门诊" + ("（高血压和糖尿病合并）" if key == "both" else f"（{key}）")
            cite_spec = table["two_diseases"]["limit"]["cite"]
        else:
            return None
        paid = (
            Decimal(str(reading.inputs["already_paid"]))
            if told
            else sum((Decimal(p.amount) for p in mine), Decimal(0))
        )
        cap = Decimal(limit)
        left = max(Decimal(0), cap - paid)
        cite = of_place(self.corpus, *cite_spec)
        label = f"{cite_spec[1]}{cite_spec[2]}"
        head = f"今年还能报 {left:.2f} 元" if left > 0 else "今年的支付限额已经用完"
        answer = (
            f"{head}：{spec_}年度支付限额 {cap:.2f} 元（{label}）[1]，今年已报 {paid:.2f} 元，"
            f"{cap:.2f} − {paid:.2f} = {left:.2f} 元。"
        )
        facts = [f"{cap:.2f}", f"{left:.2f}", f"{paid:.2f}"]
        citations = [cite] if cite is not None else []
        return Response("answered", answer=answer, citations=citations, facts=facts)

    def _cap_left_told(
        self, inputs: dict[str, Any], asked: dict[str, Any], state: State
    ) -> Response:
        """The yearly cap less what the user says was paid this year (第二十三条; 门特 counts with
        stays), and the follow-up for the stay's own figures."""
        cap = rules()["inpatient"]["annual_cap"]
        limit, paid = Decimal(cap["value"]), Decimal(str(inputs["already_paid"]))
        left = max(Decimal(0), limit - paid)
        cite = of_place(self.corpus, *cap["cite"])
        citations = [cite] if cite is not None else []
        if left <= 0:
            # (nothing left to compute a stay against: the rule that pays beyond the cap is
            # another scheme's, 第二十七条)
            state.pending = None
            answer = (
                f"今年的年度最高支付限额已经用完，医保（统筹基金）今年不再支付：年度最高支付限额 "
                f"{limit:.2f} 元（{cap['cite'][1]}）[1]，今年已报 {paid:.2f} 元。"
            )
            beyond = of_place(self.corpus, cap["cite"][0], "第二十七条", "")
            if beyond is not None:
                citations.append(beyond)
                answer += (
                    "\n超过限额、经基本医保报销后的费用，按第二十七条由大病保险和农牧民大额补充"
                    f"医疗保险赔付。[{len(citations)}]"
                )
            facts = [f"{limit:.2f}", f"{paid:.2f}"]
            return Response("answered", answer=answer, citations=citations, facts=facts)
        # (answered: what is left is what was asked; the stay's figures are invited, and the
        # case waits for them — "250档 三级 3万" next is computed against this rest)
        answer = (
            f"今年还能报 {left:.2f} 元：年度最高支付限额 {limit:.2f} 元（{cap['cite'][1]}）[1]，"
            f"今年已报 {paid:.2f} 元，{limit:.2f} − {paid:.2f} = {left:.2f} 元。\n"
            f"这次按规定算出的报销额超过余额的，只付到余额为止。要算这次能报多少，"
            f"{FOLLOW_UP_LEAD.sub('', asked['question'])}"
        )
        return Response(
            "answered",
            answer=answer,
            citations=citations,
            # (the follow-up's own figures: "第二十四条所列30种之一")
            facts=[f"{limit:.2f}", f"{left:.2f}", f"{paid:.2f}", asked["question"]],
        )

    def _each_of_last(self, frame: Frame, state: State) -> Response | None:
        """ "那三个档分别能报多少" after a case: the last case computed again for each value of the
        choice the words name (档 the tier, 级 a site's or an honour's level); nothing recorded."""
        calc = state.last_calc
        if not frame.every_value or calc is None or state.pending is not None:
            return None
        if frame.calculator not in (None, calc.calculator) or frame.slots:
            return None
        if read_tier(TIERS_LISTED.sub("三个", frame.text))[0] is not None:
            return None  # ("不对，是60档，两次分别报多少": a tier said is the case's own)
        named = "tier" if "档" in frame.text else "level" if "级" in frame.text else ""
        keys = [
            k
            for k in calc.inputs
            if spec(k).kind is Kind.CHOICE
            and 1 < len(spec(k).values) <= 3
            and (k == "tier") == (named == "tier")
            and named
        ]
        if len(keys) != 1:
            return None
        inputs = {k: v for k, v in calc.inputs.items() if k != keys[0]}
        label = spec(keys[0]).label
        return self._each_choice(
            Stall(calc.calculator, keys, inputs), label, f"同一情况按每一种{label}分别计算："
        )

    def _bill_after_heads(self, frame: Frame, state: State) -> Response | None:
        """ "一整年工资一共多少" after "县级文保单位配几个看管员": the sum asked of the custodians
        just counted (每处2名) — that site's wage bill, computed with the last question."""
        if state.pending is not None or not SUM_WORDS.search(frame.text):
            return None
        together = frame  # ("县级文保单位配几个看管员，一年工资一共多少": both in one message)
        if HEADS_ASKED.search(frame.text) and sites_by_level(frame.text):
            return None  # ("3处县级文保单位，每处配几个…一年一共": each part, as the sites counted)
        if not HEADS_ASKED.search(frame.text):
            last = next((t for t in reversed(state.asked) if t != frame.text), "")
            if frame.calculator or not HEADS_ASKED.search(last):
                return None
            together = read_frame(f"{last.rstrip('？?。')}，{frame.text}")
        slots = together.slots
        if (
            together.calculator != "custodian_pay"
            or slots.get("mode") != "budget"
            or not slots.get("months")
        ):
            return None
        return self._calculate(Turn("custodian_pay", dict(slots), together, fresh=True), state)

    def _lowered_outside(self):
        """(the unit, its clause) saying that care outside the pool is paid ten points less —
        the sentence 第二十二条（三）'s rule table entry cites, which its item does not hold."""
        lower = rules()["inpatient"]["out_of_area_points"]
        unit = self.corpus.unit(lower["cite"][0], lower["cite"][1])
        return unit, next((c for c in clauses(unit) if "降低" in c.text), None)

    def _rate_away_compared(self, frame: Frame, state: State) -> Response | None:
        """ "去拉萨的医院看病报销比例一样吗", "那要是转到日喀则去住呢，也报这么多吗": care outside
        the prefecture's pool set beside care in it, no bill said — 统筹区外 ten points less
        (第二十二条（三）), with the rates of the tier and level said or asked just before."""
        away = [
            p
            for p in frame.subject.places
            if p.role is PlaceRole.TREATED and not p.abroad and p.name != "阿里地区"
        ]
        if (
            not away
            or not AWAY_COMPARED.search(frame.text)
            or frame.slots.get("cost")
            or frame.calculator not in (None, "inpatient")
        ):
            return None
        lower = rules()["inpatient"]["out_of_area_points"]
        unit, said = self._lowered_outside()
        if said is None:
            return None
        cited = of_clauses(self.corpus, unit, [said], 1.0)
        known = {**(state.pending.inputs if state.pending else {}), **frame.slots}
        tier, level = known.get("tier"), known.get("level")
        values = rules()["inpatient"]["ratio"]["values"]
        case, citations, facts = "", [cited], [f"{Decimal(lower['value']) * 100:.0f}%"]
        own_rate = _tier_paragraph(unit, int(tier)) if str(tier).isdigit() else []
        if own_rate and level and str(level) in values.get(str(tier), {}):
            own, points = Decimal(values[str(tier)][str(level)]), Decimal(lower["value"])
            less = own - points
            case = (
                f"按{tier}元档、{level}：阿里统筹区内报{own * 100:.0f}%[2]，"
                f"统筹区外按{own * 100:.0f}% − {points * 100:.0f}% = {less * 100:.0f}%计算。"
            )
            citations.append(of_clauses(self.corpus, unit, own_rate, 1.0))
            facts.append(f"{less * 100:.0f}%")
        opening = "会少一些" if AWAY_LESS.search(frame.text) else "不一样"
        answer = (
            f"{opening}，{away[0].said}在阿里统筹区外：{display(said.text).rstrip('。')}"
            f"（{lower['cite'][1]}{lower['cite'][2]}）[1]。{case}"
            f"\n原文：{cited.display}“{display(said.text)}”[1]"
        )
        return Response("answered", answer=answer, citations=citations, facts=facts)

    def _paid_for_next_year(self, frame: Frame) -> Response | None:
        """ "今年11月份把明年的医保交了，12月住院能用上吗": what is paid in a year pays for the
        next one (第八条 当年缴费次年享受); care before then rests on the year paid for before."""
        paid = PAID_NOW.search(frame.text)
        if (
            paid is None
            or not CARE_BEFORE_COVER.search(frame.text[paid.end() :])
            or re.search(r"去年|前年|上一?年", frame.text[: paid.end()])
        ):
            return None
        unit = self.corpus.unit("medical-insurance", "第八条")
        # (the sentences of what a year's payment pays for: 次年享受, and from when to when)
        said = [c for c in clauses(unit) if re.search(r"次年享受|下一年.{0,12}享受", c.text)]
        if not said:
            return None
        cited = of_clauses(self.corpus, unit, said[:2], 1.0)
        answer = (
            "今年交的医保费管的是下一年：当年缴费次年享受待遇，缴费期（每年10月1日至12月31日）"
            "内足额缴费后，于下一年1月1日至12月31日享受（第八条）[1]；"
            "今年看病住院能不能报，要看去年缴费期里有没有交今年的费用。"
            f"\n原文：{cited.display}“{display(cited.text)}”[1]"
        )
        return Response("answered", answer=answer, citations=[cited], facts=["次年享受"])

    def _tiers_compared(self, frame: Frame, state: State) -> Response | None:
        """ "交60和交250，在乡卫生院住院报销差多少": each tier's rate at that level and the gap;
        "那在县里二级医院呢" next, the same tiers at that level; with a bill ("花5000，两种档各报
        多少"), each tier's payment. None when fewer than two tiers are compared."""
        tiers, calculator = tiers_named(frame.text), frame.calculator
        if len(tiers) < 2:
            if tiers or not (frame.continuation or BOTH_TIERS.search(frame.text)):
                return None
            last = next((t for t in reversed(state.asked[-3:]) if len(tiers_named(t)) >= 2), "")
            tiers, before = tiers_named(last), read_frame(last) if last else None
            if len(tiers) < 2 or before is None:
                return None
            calculator = calculator or before.calculator
            level = read_level(frame.text) or read_level(last)
            if not (read_level(frame.text) or BOTH_TIERS.search(frame.text)):
                return None  # ("那住院呢": another benefit, not the same tiers at a level)
        else:
            level = read_level(frame.text)
        if calculator not in ("inpatient", "special_outpatient") or state.pending is not None:
            return None
        if frame.slots.get("cost"):
            # ("二级医院头一回住，花5000，两种档各报多少": the case on each tier, and the gap)
            slots = {**frame.slots, **({"level": level} if level else {})}
            case = replace(frame, calculator=calculator, slots=slots)
            return self._on_tiers(case, (tiers[0], tiers[1]), state)
        lead, cite = rate_lines(calculator, tiers, level)
        cited = of_place(self.corpus, *cite)
        if cited is None:
            return None
        if calculator == "inpatient":
            # (quoted by the tiers' own sentences, which follow the item's heading)
            unit = self.corpus.unit(cite[0], cite[1])
            said = [c for t in tiers for c in _tier_paragraph(unit, t)]
            cited = of_clauses(self.corpus, unit, said, 1.0) if said else cited
        answer = f"{lead}[1]\n原文：{cited.display}“{display(cited.text)}”[1]"
        if frame.subject.treated_elsewhere:
            answer += (
                "\n统筹区外就医报销比例较阿里统筹区内就医报销比例降低10%（第二十二条（三））[1]"
            )
        return Response("answered", answer=answer, citations=[cited], facts=[lead])

    def _each_choice(
        self,
        stall: Stall,
        asked: str,
        head: str = "",
        guess: Guess | None = None,
    ) -> Response | None:
        """One input still unknown and only a few values it can take (the tier): the case
        computed for each, so the answer is the rule applied to this case; a result guessed
        ("一年能拿两万吗") is answered first when every value answers it alike."""
        from assistant.fields import Kind, spec

        if len(stall.missing) != 1 or spec(stall.missing[0]).kind is not Kind.CHOICE:
            return None
        key = stall.missing[0]
        options = spec(key).values
        if not 1 < len(options) <= 3:
            return None
        head = head or f"没有{asked}，先按每一种分别计算（以实际为准）："
        lines, citations, facts = [head], [], []
        notes: list[str] | None = None
        results: list[tuple[str, Decimal]] = []
        for value in options:
            data = calculate(stall.calculator, {**stall.inputs, key: value}, self.corpus)
            if data["status"] != "calculated":
                return None
            # ("63岁男性未达到男65周岁的免缴年龄"): what holds whatever the value, said once
            named = re.compile(rf"(?<![\d.]){re.escape(str(value))}(?![\d.])")
            said = [n for n in data.get("notes", []) if not named.search(n)]
            notes = said if notes is None else [n for n in notes if n in said]
            head = next(iter(data["result"].items()))
            shown = f"{value}元档" if key == "tier" else str(value)
            results.append((shown, Decimal(head[1])))
            lines.append(f"· {shown}：{RESULT_NAMES.get(head[0], head[0])} {head[1]} 元")
            facts += [f"{x['rule']} {x['amount']}" for x in data["steps"]]
            facts += [*data["result"].values()]
            for cite in self._calc_citations(data["citations"]):
                if cite.label not in {c.label for c in citations}:
                    citations.append(cite)
            # the steps this value decides ("60元档、三级报销比例 60%"), with their articles
            decided = [x for x in data["steps"] if named.search(x["rule"])] or data["steps"]
            if data["steps"] and data["steps"][-1] not in decided:
                decided.append(data["steps"][-1])  # and what it comes to for this case
            for step in decided:
                amount = f" = {step['amount']}" if step["amount"] else ""
                lines.append(f"  {step['rule']}{amount}（{step['citation']}）")
        for n, cite in enumerate(citations, 1):  # the rules in their own words
            if len(cite.text) <= 400:
                lines.append(f"原文（{cite.label}）：“{cite.text}”[{n}]")
        for note in notes or []:
            lines.insert(1, f"说明：{note}")
            facts.append(note)
        if guess is not None:
            lines.insert(0, _each_against(guess, asked, results))
            facts.append(guess.said)
        elif stall.calculator == "contribution" and all(r > 0 for _, r in results):
            # ("那我爸呢 他63" after whether one pays): whether is answered before how much
            lines[0] = f"需要交，个人按选择的档次缴费（第十八条（一））；{lines[0]}"
        return Response("answered", answer="\n".join(lines), citations=citations, facts=facts)

    def _explain(self, frame: Frame, state: State) -> Response | None:
        """The last result's own steps; None when none of them is what the question asks about
        ("为什么我爸妈不用交" after a case that pays): then the rule is looked up."""
        calc = state.last_calc

        asked = benefits(frame.text)
        if (
            COMBINED_ASKED.search(frame.text)
            and asked
            and not asked & benefits(TITLES[calc.calculator])
        ):
            # "门特的钱也算进去啊" after a stay: whether another benefit counts with it is the
            # rule's question, not this result's
            return None
        if _other_terms_named(frame.text, calc):
            return None
        named = person_key(frame.person.who) if frame.person.who else None
        other = state.cases.get(named) if named is not None else None
        if other is not None and other is not calc:
            # "为什么我老公没报到85%" after one's own case: the husband's case is explained
            calc = other
        named_stay = _stay_named(frame.text, calc, state)
        if named_stay is not calc:
            calc = named_stay
            frame = replace(frame, person=replace(frame.person, who=_stay_label(calc)))
        # the rules the result was computed by, whatever was cited since ("为什么…" after a
        # lookup of another document must not quote that document for these steps)
        data = calculate(calc.calculator, calc.inputs, self.corpus)
        citations = self._calc_citations(data.get("citations", []))
        if (
            self._names_what_the_result_does_not(frame.text, citations)
            or self._names_another_rule_of_its_document(frame.text, citations)
            # ("为什么扣我钱" after a wage computed whole: no step of it takes anything off)
            or (
                (word := sanction_word(frame.text)) is not None
                and not any(word in s["rule"] for s in calc.steps)
                and calc.calculator == "custodian_pay"
            )
        ):
            return None
        steps = [f"{s['rule']} {s['amount']} {s['citation']}" for s in calc.steps]
        # ("我朋友说能报九成": the rates of the table said back are the rule's own figures)
        steps += [heard] if (heard := heard_rate(frame.text, calc)) else []
        # "为什么比上次多": the result set against the one before it of the same case
        before = next(
            (
                c
                for c in reversed(state.results[:-1])
                if c != calc and c.calculator == calc.calculator and c.person == calc.person
            ),
            None,
        )
        comparing = before is not None and calc == state.last_calc
        comparing = comparing and bool(COMPARED_ASKED.search(frame.text))
        # "为什么我媳妇报得比我多": her result set against the other person's named after 比
        other = COMPARED_PERSON.search(frame.text)
        theirs = (
            next(
                (
                    c
                    for c in reversed(state.results)
                    if c is not calc
                    and c.calculator == calc.calculator
                    and c.person == person_key(other.group(1))
                ),
                None,
            )
            if other
            else None
        )
        compared_with = "前一次"
        if theirs is not None:
            before, comparing = theirs, True
            compared_with = other.group(1) if other.group(1) not in ("我", "本人") else "您"
        whose = frame.person.who if calc is not state.last_calc else "上一次"
        named = frame.person.who or "这一次"
        answer = explain(
            frame.text, calc, citations, (named if theirs else "这一次") if comparing else whose
        )
        if answer is None:
            return None
        if comparing:
            line, grounds = compared(calc, before, compared_with)
            answer, steps = f"{line}\n{answer}", [*steps, *grounds]
        contrast = tier_contrast(calc)
        if contrast and contrast in answer:
            steps = [*steps, contrast]  # the rules' table of rates (第二十二条（三）), as a step's
        return Response(
            "answered",
            answer=answer,
            citations=citations,
            facts=steps,
        )

    # --- answers from the documents -------------------------------------------------

    def _later_stays_again(
        self, state: State, corrected: Payment, person: str, name: str
    ) -> list[str]:
        """The person's payments after a corrected one, computed again in order against what the
        ones before them paid (the yearly cap, 第二十三条), each said with its new figure."""
        mine = state.payments_of(person, name)
        later = mine[mine.index(corrected) + 1 :]
        lines = []
        for payment in later:
            if payment.calculator not in TALLIED or not payment.inputs:
                continue
            before = mine[: mine.index(payment)]
            inputs = {
                **payment.inputs,
                "already_paid": plain(sum((Decimal(p.amount) for p in before), Decimal(0))),
            }
            data = calculate(payment.calculator, inputs, self.corpus)
            if data["status"] != "calculated" or "payment" not in data["result"]:
                continue
            new = data["result"]["payment"]
            what = (
                f"第{payment.admission}次住院" if payment.admission else TITLES[payment.calculator]
            )
            if new != payment.amount:
                lines.append(
                    f"更正后{what}按本年度已支付额重新计算：医保支付 {new} 元（原为 {payment.amount} 元，"
                    f"年度最高支付限额，第二十三条）。"
                )
            payment.amount, payment.inputs = new, dict(data["inputs"])
        return lines

    def _other_case_of_last_article(self, frame: Frame, state: State) -> Response | None:
        """ "全国重点的呢" after "保护范围里能钻探吗", "要是一级文物呢" after how long a loan may
        last: the article just quoted says what it says of that case in a sentence of its own
        (第十三条 在全国重点文物保护单位的保护范围内…必须经自治区人民政府批准; 第二十七条
        一级文物藏品的交换、借用由…报批); that sentence answers, not another article its name
        alone would find."""
        asked = membership.asked_thing(frame.text)
        if asked is None or asked[1] or not state.last_citations:
            return None  # (a membership cue asks of a list, not of a case)
        from index.lexical import covered_by

        thing = asked[0]
        cite = state.last_citations[0]
        unit = self.corpus.unit_by_id(cite.unit_id)
        last = next((t for t in reversed(state.asked) if t != frame.text), "")
        if unit is None or thing in last or not last or frame.subject.places:
            return None  # ("那阿里的呢": a place asks the last question of it, _to_place)
        # (the sentence is of what the last question asked: "全国重点的呢" after 钻探 finds the
        # sentence on 钻探 there, not "那二级医院呢" after 起付线 the bed fees of 二级医院)
        # (a case's own words are no topic: "乡镇卫生院" of "乡镇卫生院起付线多少", whose bed fee
        # sits beside the level asked next)
        words = _content_words(last)
        cases = [w for w in words if CASE_WORD.search(w)]
        topic = [
            w for w in words if w not in thing and thing not in w and not any(w in c for c in cases)
        ]
        # ("一级文物要借出去呢": the thing said with the last question's act; its own words)
        new = [
            w
            for w in _content_words(thing)
            if w not in last and w in unit.text and not COUNTED_WORD.match(w)
        ]
        # (only with an act said beside them, the last question's act: "一级文物要借出去呢"
        # after 借给; "创业目标呢" is a thing of its own, and "要是以保护文物为名敛财呢" names a
        # deed the rule quoted does not speak of)
        rest = [w for w in _content_words(thing) if w not in new]
        unsaid = [w for w in rest if w not in last and w not in unit.text]
        if not any(word_tag(w).startswith("v") for w in rest) or (
            unsaid and not (set("".join(unsaid)) - COMMON_CHARS) & set(last)
        ):
            new = []
        found = [
            (clause, sentence)
            for clause in clauses(unit)
            for sentence in re.split(r"(?<=[。；;])", clause.text)
            if (thing in sentence or (new and all(w in sentence for w in new)))
            and any(covered_by(w, last, sentence) for w in topic)
        ]
        if re.search(r"多少|几", last):
            # ("乡村振兴专干呢" after how many 公益性岗位: the sentence giving its figure, not
            # one that only names it among the posts to be opened)
            found.sort(
                key=lambda f: not re.search(rf"{re.escape(thing)}[^，。；、]{{0,8}}\d", f[1])
            )
        if not found:
            return None
        clause, sentence = found[0]
        said = _listed_piece(thing, sentence.strip().rstrip("。；;"))
        cited = of_clauses(self.corpus, unit, [clause], cite.score)
        state.last_status = "answered"
        return Response(
            "answered", answer=f"{display(said)}（{cited.label}）[1]", citations=[cited]
        )

    def _about_last(self, frame: Frame, state: State) -> Response:
        """ "这条在哪个文件": the last answer's main citation; "这个6万封顶是哪个文件里说的": the one
        of its citations that speaks of what is named, else the rule found for it."""
        from index.lexical import covered_by, lexicon

        cite = state.last_citations[0]

        # "这个比例在哪个文件里": a kind of value names no rule; the last answer's is meant
        # "六万封顶这话出自哪个文件 我想截图给姨夫看": the stretch that asks names the rule
        asking = next(
            (
                p
                for p in re.split(r"[\s，,。；;！!]+", frame.text)
                if ABOUT_LAST.search(p) or SOURCE_ASK.search(p)
            ),
            frame.text,
        )
        amounts = find_amounts(asking)
        words = asking
        for a in sorted(amounts, key=lambda a: -a.start):  # "6万是": the figure is not a word
            words = f"{words[: a.start]} {words[a.end :]}"
        # "刚才说的多5%是哪条": a share named is in the rule meant, as a sum is
        shares = [m.group(1) + "%" for m in SHARE_FIGURE.finditer(words)]
        words = SHARE_FIGURE.sub(" ", words)
        content = _content_words(words)
        # a document named by the words of its title ("实施办法"), and its pieces (实施)
        titled = [
            w
            for w in content
            if DOCUMENT_KIND.search(w) and any(w in d.title for d in self.corpus.documents)
        ]
        # ("这几条出自哪个文件": 这几条 points at the last answer and names nothing)
        named = [
            w
            for w in content
            if not SOURCE_WORDS.fullmatch(w)
            and not KIND_WORDS.fullmatch(w)
            and not POINTING.search(w)
            and not EARLIER_WORD.fullmatch(w)  # ("你刚才说的那个备案": when, not what)
            # ("不报的这些出自哪一条": 不报 names no rule; "这个上限" names the cap, a term)
            and not (GENERIC.match(w) and w not in lexicon())
            # ("这些比例在实施办法哪一条": a document named says where to look, not what)
            # (not a subject a title holds among its words: "每年至少培训一次是哪条")
            and not (
                any(w in d.title for d in self.corpus.documents)
                and (len(w) >= 4 or DOCUMENT_KIND.search(w) or any(w in t for t in titled))
            )
        ]
        # "6万这个封顶": the figure named is in the rule meant
        figures = [plain(a.value) for a in amounts]
        if named or figures or shares:
            # "你刚才说的那个备案是哪条": the last answer's citations, then the answers before
            def says_it(c: Citation) -> bool:
                return (
                    all(covered_by(w, asking, c.text) for w in named)
                    and all(f in {plain(a.value) for a in find_amounts(c.text)} for f in figures)
                    and all(f in re.sub(r"\s", "", c.text).replace("％", "%") for f in shares)
                )

            speaks: list[Citation] = []
            for cites in [state.last_citations, *reversed(state.earlier_citations)]:
                speaks = [c for c in cites if says_it(c)]
                if speaks:
                    break
            if speaks:
                cite = speaks[0]
            else:
                shown = [asking[a.start : a.end] for a in amounts]
                # (searched with every word of what is named, the common ones too: "每年至少
                # 培训一次" finds the sentence that says 每年不少于一次, not any on 培训)
                said = [
                    w
                    for w in content
                    if not SOURCE_WORDS.fullmatch(w)
                    and not EARLIER_WORD.fullmatch(w)
                    and not POINTING.search(w)
                    and not any(w in d.title for d in self.corpus.documents)
                ]
                # (only when one word is named: several find their sentence by themselves)
                said = said if len(named) <= 1 else []
                wanted = " ".join([*dict.fromkeys([*named, *said]), *shown])
                hits = self.searcher.search(wanted, k=5)
                # "地区每年350万这个数": a rule found that states the figure named comes first
                stating = [
                    h
                    for h in hits
                    if figures
                    and all(
                        f in {plain(a.value) for a in find_amounts(h.unit.text)} for f in figures
                    )
                ]
                hits = stating + [h for h in hits if h not in stating]
                if hits and self._coverage(wanted, hits[:1]) >= 0.5:
                    # "备案这个要求是哪个文件里写的" after a stay: of the rules that speak of it,
                    # the one of the document talked about
                    talked = next(
                        (d.id for d in self.corpus.documents if d.title == cite.doc_title), None
                    )
                    # (as well spoken of as by the best: "每年至少培训一次" after a custodian's
                    # pay is the training rules', not a custodian article's 每年)
                    best = self._coverage(wanted, hits[:1])
                    same = [
                        h
                        for h in hits
                        if h.unit.doc_id == talked and self._coverage(wanted, [h]) >= best
                    ]
                    cite = of_hit(self.corpus, (same or hits)[0])
        doc = next((d for d in self.corpus.documents if d.title == cite.doc_title), None)
        issued = ""
        facts = []
        if doc and doc.number and doc.date:
            year, month, day = (int(x) for x in doc.date.split("-"))
            issued = f"该文件由{doc.issuer}以{doc.number}于{year}年{month}月{day}日印发"
            issued += f"（附于《{doc.parent_title}》）。" if doc.parent_title else "。"
            facts = [doc.number, doc.date, f"{year}年{month}月{day}日"]
        answer = f"这条规定出自《{cite.doc_title}》{cite.label}[1]。{issued}"
        citations = [cite]
        steps = " ".join(s["citation"] for s in state.last_calc.steps) if state.last_calc else ""
        if not (named or figures or shares) and cite.article in steps:
            # "这是哪条" after a computed result: every rule its steps used (the +5% of 第二十九条
            # beside 第二十二条's rates), not the first alone — when the last answer is that result
            used = [
                c
                for c in state.last_citations
                if c.doc_title == cite.doc_title and c.label != cite.label and c.article in steps
            ]
            used = list({c.label: c for c in used}.values())
            if used:
                listed = "、".join(f"{c.label}[{n}]" for n, c in enumerate(used, start=2))
                answer += f"\n计算还依据了同一文件的{listed}。"
                citations += used
        quoted = []
        # an item of a list reads with its lead-in ("下列医疗费用…不予支付：……（一）…")
        lead = self._lead_of(cite)
        item_lead = lead if cite.clause else ""  # a whole article already holds its lead-in
        if cite.text and len(item_lead) + len(cite.text) <= SOURCE_QUOTE_MAX:
            # the rule itself, so the reader sees it is the one meant
            shown = f"{display(lead)}……{display(cite.text)}" if item_lead else display(cite.text)
            answer += f"\n原文：“{shown}”[1]"
            quoted = [cite.text]
        elif lead:
            answer += f"\n原文（开头）：“{display(lead)}……”[1]"
        return Response("answered", answer=answer, citations=citations, facts=facts, quoted=quoted)

    def _document_issued(self, frame: Frame, state: State) -> Response | None:
        """ "文物保护管理办法是哪天发的，文号是多少", "这个规划什么时候印发的": when and under which
        number a document was issued, from its notice (the document named by its short name,
        else the one the last answer cited); None when the turn asks no such thing."""
        text = frame.text
        if not ISSUE_ASKED.search(text) or PAID_OUT_WHEN.search(text):
            return None  # ("报销的钱什么时候发下来", "补助什么时候发": a payment's time)
        # ("创三甲那个工作方案": a name said with a pointing word inside it)
        plain_text = re.sub(r"那个|这个|那份|这份", "", text)
        named = [d for alias, d in doc_aliases() if alias in plain_text]
        doc = next((d for d in self.corpus.documents if d.id in named), None)
        if doc is None:
            doc = self._document_by_title_words(plain_text)
        if doc is None and POINTED_DOCUMENT.search(text) and state.last_citations:
            title = state.last_citations[0].doc_title
            doc = next((d for d in self.corpus.documents if d.title == title), None)
        if doc is None or not (doc.number and doc.date):
            return None
        opening = next((u for u in self.corpus.units() if u.doc_id == doc.id), None)
        if opening is None:
            return None
        year, month, day = (int(x) for x in doc.date.split("-"))
        within = f"（附于《{doc.parent_title}》）" if doc.parent_title else ""
        answer = f"《{doc.title}》由{doc.issuer}以{doc.number}于{year}年{month}月{day}日印发{within}。[1]"
        cite = of_unit(self.corpus, opening)
        state.last_status = "answered"
        return Response(
            "answered",
            answer=answer,
            citations=[cite],
            facts=[doc.number, doc.date, f"{year}年{month}月{day}日"],
        )

    def _document_by_title_words(self, text: str) -> Document | None:
        """The document whose title holds the most of the text's words ("四好农村路那个推进方案"
        → 创建"四好农村路"示范地、县工作推进方案), two at least beside the kind of document."""
        from index.lexical import tokenize

        words = {w for w in tokenize(text) if len(w) >= 2 and not ISSUE_WORDS.fullmatch(w)}
        scored = sorted(
            ((sum(w in d.title for w in words), d) for d in self.corpus.documents),
            key=lambda x: -x[0],
        )
        if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def _lead_of(self, cite: Citation) -> str:
        """The lead-in of the list a cited item belongs to, or of the list a whole cited article
        is ("下列…不予支付："); "" for a clause that is not part of a list."""

        unit = self.corpus.unit_by_id(cite.unit_id)
        if unit is None or (cite.clause and not cite.clause.startswith("（")):
            return ""
        return next(
            (c.lead for c in clauses(unit) if c.lead and c.label == (cite.clause or c.label)), ""
        )

    def _without_home_said(self, query: str, frame: Frame) -> str:
        """ "我家在噶尔县盖房子挖出来个老东西，咋办": a home county said as where the asker lives
        or does something is left out of the look-up when, without it, the articles found are
        in a document that never names that county (the relic rules hold everywhere; the
        county's own road tasks keep it)."""
        said = [
            p.said
            for p in frame.subject.places
            if p.role is PlaceRole.HOME
            and not p.generic
            and re.search(
                rf"(?:家|我|我们|俺|咱们?)[^，。？?]{{0,3}}{re.escape(p.said)}"
                rf"|在{re.escape(p.said)}[^，。？?]{{0,4}}{CIRCUMSTANCE_ACT.pattern}"
                # ("噶尔那座寺是文保单位…", "普兰有个遗址"): where a relic or a site stands
                rf"|{re.escape(p.said)}[^，。？?]{{0,5}}?{RELIC_PLACE}",
                query,
            )
        ]
        if not said:
            return query
        bare = query
        for place in said:
            bare = bare.replace(place, "")
        bare = re.sub(r"^[，,\s]+", "", bare)
        found = self.searcher.search(_without_region(bare), k=1)
        names = [p.name for p in frame.subject.places if p.said in said]
        if not found or any(
            n.removesuffix("县") in self.doc_text[found[0].unit.doc_id] for n in names
        ):
            return query
        return bare

    def _answer(
        self, frame: Frame, state: State, avoid: set[str] | None = None, alone: bool = False
    ) -> Response:
        q = frame.text
        if _bare_everyday_visit(frame):
            # "那平时感冒去门诊看呢": an everyday visit said with nothing asked of it asks
            # whether and how it is paid (第二十六条（三）)
            frame = read_frame(f"{BARE_CARE.fullmatch(q).group(1)}能报吗")
            q = frame.text
        special = _special_over_two_illnesses(frame)
        if special:  # "糖尿病办了门特，一年限额是多少": 门特's limit, not the 两病 drugs' 1200
            frame = read_frame(special)
            q = frame.text
        if state.topic and outpatient_of_topic(frame, state.topic.calculator):
            # "他交250档 门诊报几成" after "癫痫门诊能报销吗": the rule of that disease's care
            asked = slots_for(frame, state.topic.calculator, keep_mode=False)
            slots = {**state.topic.slots, **asked}
            frame = replace(frame, calculator=state.topic.calculator, slots=slots)
        # before this turn's topic replaces the last
        elsewhere = _stay_elsewhere_rated(frame, state)
        had = state.topic.calculator if state.topic else None
        had_disease = str(state.topic.slots.get("disease") or "") if state.topic else ""
        # "这看管的钱是谁出" after a custodian's misconduct: who pays a sum the turn names by
        # its own subject is read by itself, not with the misconduct just asked ("那她这份钱
        # 谁来出" names none: it is her case's)
        paid_by = (
            frame.fact is FactType.BODY
            and PAID_BY_ASKED.search(q) is not None
            and HANDED_OUT.search(q) is not None
            # (a payer offered as a guess names no subject: "这钱是县里出还是谁出")
            and names_something(PAYER_GUESSED.sub("", HANDED_OUT.sub("", q)))
        )
        query = frame.text if alone or paid_by else self._with_context(frame, state)
        swapped = None
        if not alone:
            role = _role_of_work_asked(frame.text, state)
            asked = (state.topic.query if state.topic else "") or next(
                (t for t in reversed(state.asked) if t != frame.text), ""
            )
            swapped = (
                _deed_swapped(frame, state)
                or _thing_swapped(frame, state, self.doc_text)
                or (_role_swapped(frame, state) if not frame.calculator else None)
                or _identity_swapped(frame, state)
                or (f"{role}{frame.text}" if role else None)
                # ("那县级的呢" after who approves works at a 全国重点 site: that question, of
                # the level named now, composed as it is asked)
                or (_to_site_level(asked, frame) if frame.continuation and asked else None)
            )
        if swapped:
            # "不对，是外景" after "壁画能拍照吗": that question, asked of the thing named now;
            # "当上了每天要干嘛" after how to become a custodian: that post's work
            frame, q, query = read_frame(swapped), swapped, swapped
        if not alone and state.topic and query == _over_the_whole(q, state.topic.query):
            # (the question re-asked over the whole is the one composed: its words, not 一共's)
            frame, q = read_frame(query), query
        elif query != q and not TOTAL_ONLY.sub("", q) and TOTAL_WORD.search(q):
            # ("加起来多少" after "革吉和改则呢": the last question with its total asked, the
            # counties it named among its words; the kind of fact the turn's own)
            frame, q = replace(read_frame(query), fact=frame.fact), query
        last = state.last_citations[0].text if state.last_citations else ""
        container = _container_named(q, last)
        if container is not None:
            # "门特的钱算在这里面吗" after the yearly cap: 这里面 is the cap just stated
            frame, q = read_frame(container), container
            query = container
        # ("是县里出的吗": a payer checked with nothing named is of the money just spoken of)
        checked = bool(PAYER_CHECKED.search(q)) and not PAID_THING.search(q)
        if (
            frame.fact is FactType.BODY
            # ("要是要考古发掘，费用谁出" after a find: the thing it names is what the body
            # acts on, not the rule just quoted)
            and ((frame.continuation and not names_something(q)) or checked)
            and not frame.calculator  # "那补缴的钱交给谁": a payment of its own, not the last case's
            and not paid_by
            and VALUE[FactType.BODY].search(last)
        ):
            # "那她这份钱谁来出" after her case: who is said in the rule the case was decided by
            query = f"{query} {last}"
        elif (
            frame.fact is FactType.BODY
            and PAYER_ASKED.search(q)
            and not names_something(q)
            and state.last_calc is not None
            and state.last_calc.calculator in TITLES
        ):
            # "这钱谁出" after 我妈70岁的医保: the rule just quoted says who pays (由…两级财政
            # 代为缴纳); after a custodian's pay and the rule of its deductions, the money of the
            # conversation's calculation (野外文物看管人员工资), whose payer its rule states
            said = PAYER_STATED.search(last)
            query = f"{query} {last}" if said else f"{TITLES[state.last_calc.calculator]} {q}"
        own_fact = frame.fact  # the kind of fact the turn itself asks
        if (
            query != q
            and frame.fact is FactType.OTHER
            and not WHAT_HAPPENS.search(q)
            # "为什么年底剩下的钱会清零", "那剩下的钱去哪了" after a share: a why, or a question
            # word of its own, asks the rule, not the last kind of figure
            and frame.intent is not Intent.EXPLAIN
            and not OWN_ASK.search(q)
        ):
            # "那120档的呢" after "住院报销比例多少": the same kind of fact for the new case
            # ("创业目标呢" after "就业率目标是多少": the thing asked of, named anew, with
            # what the last question asked of it: the kind of fact is the head's, not 就业率's)
            frame = replace(
                frame,
                fact=read_frame(
                    (_requalified(state.topic.query, q) if state.topic else None) or query
                ).fact,
            )
        case_of = frame.calculator  # the calculator whose case the turn asks a rule of
        if query != q and not frame.calculator and state.topic and state.topic.calculator:
            # "那交一百二那档的去乡镇卫生院呢" after 60档's ratio: the case the last rule was asked
            # for, with what this turn changes (read as that topic's inputs)
            # ("那超过以后报几成" after 普通门诊's deductible: that scheme's ratio)
            case_of = state.topic.calculator
            changed = understand(q, state.topic.calculator).inputs
            if changed:
                slots = {**state.topic.slots, **changed}
                frame = replace(frame, slots=slots)
                state.topic = replace(state.topic, slots=dict(slots))
        lapse = _lapse_said(state, q)  # (said before the turn's own topic replaces it)
        if frame.calculator:  # figures given next ("交的120档，花了6000") are for this topic
            state.topic = Topic(frame.calculator, dict(frame.slots), q, whose(frame, state))
        missing = self._missing_reference(q)
        if missing:
            return missing
        verdict = eligibility.decide(frame, self.corpus)
        if verdict is not None and frame.continuation and _another_matters_fund(verdict, q, state):
            verdict = None
        if (
            verdict is None
            and query != q
            and not frame.topical
            and (frame.person.age is not None or frame.person.identities or frame.person.sex)
        ):
            # "我今年52了还行不" after "想当看管员有啥条件": the rule asked before, decided for
            # the person this turn tells of (read as one sentence)
            told = replace(frame, text=re.sub(r"[？?]+", "，", query))
            verdict = eligibility.decide(told, self.corpus)
        if (
            verdict is None
            and frame.continuation
            and state.last_citations
            and state.last_citations[0].article == _exclusions_article()
        ):
            # "要是被车撞了呢" after "喝醉摔断腿住院了 能走医保吗" was refused by 第三十条: the
            # same claim asked of the new case
            verdict = eligibility.decide(replace(frame, text=f"{q}，能报吗"), self.corpus)
            if verdict is not None and not any(
                place[1] == _exclusions_article() for place in verdict.places
            ):
                verdict = None
        level = (state.last_calc.inputs.get("level") if state.last_calc else None) or (
            state.topic.slots.get("level") if state.topic else None
        )
        if verdict is None and level and not read_level(q):
            # "床位费一天100 也能全报吗" after a stay at a 二级 hospital: that hospital's rule
            verdict = eligibility.bed_fee_standard(q, str(level))
        if verdict is None and lapse:
            # "那我2月份住院花的钱能报吗" after "忘了交医保，现在3月了还能补吗"; "那要是4月份住院
            # 呢" after that verdict asks it again of another month
            again = frame.continuation
            verdict = eligibility.care_in_lapse(lapse, f"{q}，能报吗" if again else q, self.corpus)
        # a stay's rate outside the pool: asked so; leaning on the last turn ("那要是在西安呢"
        # after a stay's rate in Lhasa); or right after a turn that placed the stay elsewhere
        # ("我们交的120档 三级医院 报销比例多少" after "我妈在成都住院了")
        leaned = replace(read_frame(query), text=q) if query != q else None
        for rated in (frame, leaned, elsewhere) if verdict is None else ():
            verdict = eligibility.rate_outside(rated) if rated is not None else None
            if verdict is not None:
                # (that stay is the topic a bill said next completes: "一共花了3万5")
                frame = replace(rated, calculator="inpatient")
                verdict.calculator = "inpatient"
                break
        if verdict is None and query != q and frame.person.age is not None:
            # "我爸52岁还能报吗" after the custodians' age rule: that rule, for him
            # (the turn's own question after a mark: what it asks is read from its own words)
            leaned = f"{query[: -len(q)].rstrip(' ？?')}？{q}" if query.endswith(q) else query
            verdict = eligibility.decide(replace(frame, text=leaned), self.corpus)
        if verdict is None and ITEM_IN_TURN.match(q) and _fund_asked_last(state):
            # "请护工的钱呢" after "急救车的钱能报吗": that item's own rule, 第三十条 when it lists
            # the item (the words read with the last question find the last one's article)
            # (said with its 的钱 or 的费用: "急救车的钱", the fee, not a ride to a stay)
            item = ITEM_IN_TURN.match(q).group(1)
            verdict = eligibility.fund_never_pays(f"{item}能报吗", self.corpus)
        if verdict is None and had in TITLES and eligibility.BOTH_ASKED.search(q):
            # "那我还能再用两病门诊报吗" after a 门特 bill: the benefit just computed is the one
            # the user has (only whether the two are had at once is decided so)
            both = f"{had_disease}{TITLES[had]}，{q}"
            verdict = eligibility.not_together(both, self.corpus)
            if verdict is not None:
                verdict.calculator = had  # (the benefit had stays the topic: 一年最多报多少)
        if verdict is None and eligibility.BOTH_ASKED.search(q) and TWO_REFERRED.search(q):
            # "那两个能不能一起报", "两种补贴能一起拿吗": the two are those the last turns named
            # (门特 then 两病; 建档立卡 then 低保)
            # (and the benefit of the topic just answered: "走两病门诊呢" is no question of its
            # own that the turns asked keep)
            earlier = [t for t in state.asked[-3:] if t != q]
            if had in TITLES:
                earlier.append(TITLES[had])
            verdict = eligibility.not_together("，".join([*earlier, q]), self.corpus)
        if verdict is not None:
            state.last_status = VERDICT
            if frame.topical or state.topic is None:  # a follow-up leans on the rule decided
                calculator = verdict.calculator or frame.calculator
                slots = (
                    dict(frame.slots)
                    if calculator == frame.calculator
                    else understand(q, calculator).inputs
                )
                state.topic = Topic(calculator, slots, query, whose(frame, state))
            return self._verdict(verdict, frame)
        # "老婆在县医院生孩子能报多少": a case the frame marks (孕产妇分娩, 建档立卡) has its own
        # rule, which the rule looked up must be
        query = " ".join(
            [*marked_cases(frame.slots), *_treated_words(frame), *_gazette_words(frame), query]
        )
        query = self._without_home_said(query, frame)
        hits = self._with_count_stated(self.searcher.search(_without_region(query), k=5), q)
        if query != q and self._standing_of_last(frame, state):
            # (that document's articles: the standing's words find another's first)
            hits = self.searcher.search(_without_region(query), k=5, doc=_last_doc(state)) or hits
        hits = self._with_county_date(hits, frame, query)
        hits = self._with_undone_count(hits, frame)
        hits = self._with_penalty_list(hits, frame, query)
        hits = self._with_heads_stated(hits, frame, query)
        hits = _general_pool_only(hits, frame, self.corpus)
        hits = self._in_own_document(hits, f"{query} {_claim_said(frame)}")
        hits = self._in_conversation_family(hits, frame, query, state)
        # "说回那块石头…": the earlier question it returns to was answered, and says what the
        # stone is; the turn is read with it
        returned = frame.returning and query != q
        # "第三十条说了啥": an article named by its number is what is asked, however few words
        # the question has beside it
        referenced = frame.intent is Intent.REFERENCE and any(h.via == "reference" for h in hits)
        # ("以后会不会涨工资": whether a figure will change asks of the figure; the change is
        # no word the rule must speak of)
        unchanged = FUTURE_CHANGE.sub("", q) or q
        reason = (
            None
            if returned or referenced
            else scope.check_hits(
                unchanged,
                hits,
                self.doc_text,
                getattr(self.searcher.embedder, "min_relevance", None),
                # a turn read with the last topic ("那没按时交的话呢") is covered as read
                self._coverage(FUTURE_CHANGE.sub("", query) or query, hits[:3], asked_only=True),
            )
        )
        if (
            reason
            and query != q
            and not frame.continuation
            and not returned
            and names_something(q)
            and (alone_hits := self._family_hits(q, state))
            and not scope.check_hits(
                unchanged,
                alone_hits,
                self.doc_text,
                getattr(self.searcher.embedder, "min_relevance", None),
                self._coverage(unchanged, alone_hits[:3], asked_only=True),
            )
        ):
            # "签协议的话一次能签几年" after the custodians' preferred candidates: read with the
            # last question it is silent; by itself (in the same family of documents) it finds
            # its own rule (协议期限不得超过一年)
            hits, query, reason = alone_hits, q, None
        elif (
            reason
            and query == q
            and SUPPOSED_CASE.match(q)
            and state.last_citations
            and state.topic is not None
            and state.topic.query
            # (a place said in general, "迁到别的地方", names no other place's rules)
            and all(p.generic for p in frame.subject.places)
            and (leaned_hits := self._family_hits(with_last := f"{state.topic.query} {q}", state))
            and not scope.check_hits(
                unchanged,
                leaned_hits,
                self.doc_text,
                getattr(self.searcher.embedder, "min_relevance", None),
                self._coverage(with_last, leaned_hits[:3], asked_only=True),
            )
        ):
            # "要是大殿要整体迁到别的地方去呢" after who approves repairing a listed temple: by
            # itself it finds nothing; read with the last question, that rule speaks of it
            # (维修、保养、迁移、复原)
            hits, query, reason = leaned_hits, with_last, None
        if reason:
            nearest = self._nearest_in_conversation(q, state, hits, leaned=query != q)
            return self._out_of_scope(reason, q, nearest)
        kept = query  # the topic a follow-up leans on next
        ranked_by = ""  # what the clauses of the articles found are ranked by, if not the query
        if frame.continuation and WHAT_HAPPENS.search(q) and state.last_citations:
            # "借出去的弄丢了呢" after the loan period: a new mishap, which the sentence just
            # quoted does not speak of; the articles are the topic's, the sentence the turn's
            # (unless the sentence names the mishap in another of its pieces: "那要是出了重大
            # 看管事故呢" after "巡逻日志没填" of 第十一条, which says 重大看管事故 too)
            from assistant.compose import _telling

            before = next((t for t in reversed(state.asked) if t != q), "")
            novel = [w for w in _telling(q) if len(w) >= 3 and w not in before]
            avoid = {
                *(avoid or set()),
                *(c.text for c in state.last_citations if not any(w in c.text for w in novel)),
            }
            kept, query = query, q  # (the topic stays as it was read: 在成都住院 … 要是没备案呢)
        elif query != q and (new := self._new_words(q, state)):
            # "重大的案件呢" after who investigates a case, "正式评审呢" after the first review,
            # "以前家庭账户里还有钱 咋办" after the outpatient pool: what the turn names anew is
            # not in the sentence just quoted; another sentence answers, first in the articles
            # that name it (found with the last topic, else by the turn alone)
            naming = self._naming(new, hits, q, _last_doc(state))
            if naming:  # (its sentences ranked by what it names, among the articles found)
                named = {n.unit.id for n in naming}
                hits = naming + [h for h in hits if h.unit.id not in named]
                ranked_by = f"{' '.join(new)} {q}"
        hits = self._with_last_article(hits, query != q, state)
        confirmed = self._confirmed_of_last(hits, q, state)
        if confirmed is not hits and query == q:
            # (the rule just quoted answers the turn: read with the question it answered, which
            # tells the case — "转了职工医保" — the turn leaves unsaid)
            last = next((t for t in reversed(state.asked) if t != q), "")
            ranked_by = ranked_by or (f"{last} {q}" if last else "")
        hits = confirmed
        hits = self._with_rule_article(hits, frame, case_of)
        hits = self._with_claim_steps(hits, frame, case_of)
        hits = _named_section_first(hits, frame)
        context = ranked_by or query
        if not frame.subject.places and frame.fact in (FactType.YES_NO, FactType.PROCEDURE):
            # ("要开什么证明吗" after a stay in Lhasa: the place the last question was treated
            # in, in Tibet, is where the papers are asked of — 第三十二条, not 第三十四条's 区外)
            last = next((t for t in reversed(state.asked) if t != q), "")
            # ("医药费是要先自己垫上吗" after a stay in Xi'an: whether one pays first is the rule
            # of where that stay was, outside Tibet too — 第三十四条)
            paying_first = bool(PAY_FIRST_ASKED.search(q))
            there = [
                p
                for p in places_in(last)
                if p.role is PlaceRole.TREATED and (p.in_tibet or paying_first) and not p.generic
            ]
            if there and there[0].said not in context:
                context = f"在{there[0].said}就医 {context}"
        # (what the composer looks up again is kept to the general pool's articles too)
        searcher = _PoolSearcher(self.searcher, frame, self.corpus)
        composed = compose(frame, q, hits, self.corpus, searcher, context, exclude=avoid)
        if composed.status == "out_of_scope" and frame.fact is not own_fact:
            # "要是出了重大看管事故呢" after "扣多少": the kind of figure asked last is not what
            # the rule for the new case states; its rule is the answer, not a silence
            own = replace(frame, fact=own_fact)
            again = compose(own, q, hits, self.corpus, searcher, context, exclude=avoid)
            composed = again if again.status != "out_of_scope" else composed
        if (
            composed.status == "out_of_scope"
            and query != q
            and not frame.continuation
            and names_something(q)  # ("每月给多少" names nothing the turn alone could find)
        ):
            # "一个点安排几个人" after the custodians' agreement: read with the last question
            # it finds only that article, silent on it; the turn alone, in the same family of
            # documents, finds the rule that answers (每处安排2名)
            alone_hits = self._family_hits(q, state)
            if alone_hits:
                again = compose(frame, q, alone_hits, self.corpus, searcher, q, exclude=avoid)
                if again.status == "answered":
                    composed, kept = again, q
        elif (
            composed.status == "out_of_scope"
            and query == q
            and state.last_citations
            and hits
            and hits[0].unit.doc_id != _last_doc(state)
            and _family(hits[0].unit.doc_id) == _family(_last_doc(state))
            and not SWITCH.search(q)
            and not frame.subject.places
        ):
            # "一个文物点几个人" after a custodian's duties: read alone it finds the relic
            # rules' sites, silent on it; in the document the conversation is in, that post's
            # rule answers (每处安排2名)
            last_hits = self.searcher.search(q, k=5, doc=_last_doc(state))
            if last_hits:
                again = compose(frame, q, last_hits, self.corpus, searcher, q, exclude=avoid)
                if again.status == "answered":
                    composed, kept = again, q
        # "要是忘了备案呢": the text is silent on it; the duty just quoted is the nearest rule
        follows = query != q or frame.continuation  # (a what-if reads the turn alone)
        duty = state.last_citations[0] if follows and state.last_citations else None
        thing = undone_thing(q)
        if thing and (duty is None or thing not in duty.text):
            # ("要是忘了备案会咋样": the rule that names the thing left undone is the nearest)
            duty = next(
                (
                    of_clauses(self.corpus, h.unit, [c], h.score)
                    for h in hits
                    for c in clauses(h.unit)
                    if thing in c.text
                ),
                duty,
            )
        composed = with_month_after(q, one_of_series(q, consequence_unsaid(q, composed, duty)))
        composed = reason_said(q, composed, self.corpus)
        composed = _two_illnesses_completed(composed, q)
        composed = _exception_named(composed, q)
        composed = _claim_checked(composed, frame)
        composed = self._exempt_shares(composed, frame)
        composed = self._cap_figure_named(composed)
        unsaid = self._payer_sum_unsaid(composed, frame, q)
        if unsaid is not None:  # "革吉县财政一年要给医保拿多少钱": the text gives no such sum
            return unsaid
        left = self._cap_left(composed, frame, state)
        if left:  # "那一年最多能报多少" after stays: what the cap still leaves this year
            composed.answer += "\n" + left
            composed.facts.extend(re.findall(r"\d+\.\d{2}", left))
        if frame.calculator or frame.topical or state.topic is None or SWITCH.search(q):
            state.topic = Topic(frame.calculator, dict(frame.slots), kept, whose(frame, state))
        else:  # a short follow-up keeps the topic it follows
            state.topic.query = kept
        ruled = self._calculator_cited(composed) if not state.topic.calculator else None
        money = re.search(r"\d\s*(?:万元|元)", composed.answer.split("\n", 1)[0])
        if ruled and composed.status == "answered" and frame.fact is FactType.AMOUNT and money:
            # "工资一个月多少" after the custodians' rules, answered by the wage article's sum:
            # that calculation's topic, which "全国重点的 一年能拿多少" next computes (a count
            # of people answered by the roads' article is no sum)
            state.topic = Topic(ruled, understand(q, ruled).inputs, kept, whose(frame, state))
        return Response(
            composed.status,
            answer=composed.answer,
            citations=composed.citations,
            query=query,
            quoted=composed.quoted,
            facts=composed.facts,
        )

    def _exempt_shares(self, composed, frame: Frame):
        """ "一个老人自治区出多少 地区出多少": the rule quoted splits an exempt person's highest
        contribution 6:4 (第十八条（二）); the shares in money, computed by the contribution
        calculator for one such person, follow it."""
        if (
            composed.status != "answered"
            or not GOVERNMENT_SHARE_ASKED.search(frame.text)
            or not any(c.label.endswith("第十八条（二）") for c in composed.citations[:1])
        ):
            return composed
        data = calculate("contribution", {"age": 65, "sex": "男", "tier": 250}, self.corpus)
        result = data.get("result", {})
        if data.get("status") != "calculated" or "zizhiqu_share" not in result:
            return composed
        line = (
            f"按最高标准250元（第十八条（一）的最高档）计算，每人自治区财政出 {result['zizhiqu_share']} 元、"
            f"地区财政出 {result['diqu_share']} 元（6:4，第十八条（二））。"
        )
        # (the highest tier, 250, is 第十八条（一）'s, the calculator's rule table's)
        facts = [*composed.facts, "250", result["zizhiqu_share"], result["diqu_share"]]
        return replace(composed, answer=f"{line}\n{composed.answer}", facts=facts)

    def _payer_sum_unsaid(self, composed, frame: Frame, q: str) -> Response | None:
        """ "革吉县财政一年要给医保拿多少钱", "医保基金一年总共有多少钱", "中央财政给每人补多少":
        a sum asked of a government or a fund, answered by a figure the text says of something
        else (a road's investment, the tiers a person pays): the text gives no such sum; the
        nearest rule is the one that speaks of that payer (第十七条's 6:2:2 of the subsidies)."""
        asked = PAYER_SUM_ASKED.search(q)
        if (
            composed.status != "answered"
            or frame.fact is not FactType.AMOUNT
            or asked is None
            # (a person's own case, "我爸70了 自治区财政出多少": the shares of his contribution)
            or frame.person.age is not None
            or frame.person.identities
        ):
            return None
        payer = asked.group("payer")
        lead = composed.answer.split("\n", 1)[0]
        stem = payer[-2:]  # 财政, 基金, 政府
        place = asked.group("who") or ""
        if stem in lead and (not place or place in lead) and FIGURE_SAID.search(lead):
            return None  # (a sum, or a share of the fund: "基金收入的10%作为风险储备金")
        for n, cite in enumerate(composed.citations[:2], 1):
            # ("僧尼地区级先进 地区财政给补多少": the piece of the rule found that says the payer's
            # own sum, 地区财政补贴220元, not the person's 30元 beside it)
            piece = next(
                (
                    p
                    for p in re.split(r"[，,；;。]", cite.text)
                    if stem in p and (not place or place in p) and MONEY_SAID.search(p)
                ),
                None,
            )
            if piece is not None:
                rest = composed.answer.partition("\n")[2]
                composed.answer = "\n".join(
                    x for x in (f"{display(piece)}（{cite.label}）[{n}]", rest) if x
                )
                return None
        laid = next(
            ((c, m) for c in composed.citations[:1] if (m := FUNDS_LAID.search(c.text))), None
        )
        if laid is not None and place and place not in laid[1].group("by"):
            # "措勤县财政给看管员出多少钱": the rule found says whose budget pays (地区财政纳入
            # 年初预算): not the county's
            cite, m = laid
            answer = (
                f"文件没有规定{place}{payer}为此出钱：{m.group().lstrip('，,')}（{cite.label}）[1]"
                f"\n原文：{cite.display}“{display(cite.text)}”[1]"
            )
            return Response("answered", answer=answer, citations=[cite], facts=[m.group("by")])
        # (the nearest rule is found without the places said: the payer's rule, not a county's)
        from assistant.places import find_places

        bare = q
        for m in sorted(find_places(q), key=lambda m: -m.start):
            bare = bare[: m.start] + bare[m.end :]
        near = [
            h
            # (a government's purse is spoken of as its 财政补助: 第十七条's shares)
            for h in self.searcher.search(
                f"{payer}{'补助' if payer == '财政' else ''} {bare}", k=SCHEME_DEPTH * 2
            )
            if h.clauses and stem in h.clauses[0].clause.text
        ]
        if any(
            stem in p and (not place or place in p) and MONEY_SAID.search(p)
            for h in near
            for p in re.split(r"[，,；;。]", h.unit.text)
        ):
            return None  # ("地区财政一年出多少" of the roads: its sum is stated, 350万元)
        named = [h for h in near if f"{place}{stem}" in h.clauses[0].clause.text]
        return self._out_of_scope(
            f"文件没有规定{place}{payer}的具体金额。", q, (named or near)[:1] or None
        )

    def _cap_figure_named(self, composed):
        """ "门特是不是另外有个限额": a rule that points at the yearly cap without its figure
        ("与住院费用合并累计计算，不得超过年度最高支付限额", 第二十四条（二）) is read with the
        figure the cap's own article gives (6万元, 第二十三条)."""
        if composed.status != "answered" or not composed.citations:
            return composed
        lead, _, rest = composed.answer.partition("\n")
        if "年度最高支付限额" not in lead or re.search(r"\d", lead.split("（")[0]):
            return composed
        if "不得超过年度最高支付限额" not in composed.citations[0].text:
            return composed  # (普通门诊's own yearly limit is 300元: no pointer to the cap)
        cap = rules()["inpatient"]["annual_cap"]
        cited = of_place(self.corpus, *cap["cite"])
        if cited is None or any(c.unit_id == cited.unit_id for c in composed.citations):
            return composed
        value = Decimal(cap["value"]) / 10000
        n = len(composed.citations) + 1
        lead += f"；年度最高支付限额为{value:g}万元（{cap['cite'][1]}）[{n}]"
        composed.answer = "\n".join(x for x in (lead, rest) if x)
        composed.citations = [*composed.citations, cited]
        return composed

    @cached_property
    def _rule_units(self) -> dict[str, set[str]]:
        """Each calculator's rule articles (`rule_articles.section_units`), read once."""
        from assistant.rule_articles import section_units

        return {name: section_units(self.corpus, name) for name in TITLES}

    def _calculator_cited(self, composed) -> str | None:
        """The one calculator whose rule table cites the article an answer quotes first (细则
        第十二条 is the custodians' pay), or None when none or several do."""
        if not composed.citations:
            return None
        unit = composed.citations[0].unit_id
        owners = [name for name, units in self._rule_units.items() if unit in units]
        return owners[0] if len(owners) == 1 else None

    def _tally(self, frame: Frame, state: State) -> Response:
        """What the fund has paid in this conversation's cases, by person and in all, with what
        the yearly cap (第二十三条) leaves each of them."""
        rule = rules()["inpatient"]["annual_cap"]
        named = person_key(frame.person.who) if frame.person.who else ""
        people = state.people_paid()
        if named and named in people:
            people = [named]
        lines, facts, total = [], [], Decimal(0)
        for person in people:
            times = len(state.payments_of(person))
            paid, left = _cap_used(state, person)
            total += paid
            who = person_said(person)
            lines.append(
                f"{who}：{times}次，医保（统筹基金）共支付 {paid:.2f} 元，"
                f"年度最高支付限额还剩 {left:.2f} 元"
            )
            facts += [f"{paid:.2f}", f"{left:.2f}", str(times)]
        head = "按本次对话里算过的各次报销："
        if len(people) > 1:
            head += f"合计 {total:.2f} 元。"
            facts.append(f"{total:.2f}")
        cite = of_place(self.corpus, *rule["cite"])
        answer = head + "\n" + "\n".join(lines)
        if cite is not None:
            answer += f"\n（年度最高支付限额 {Decimal(rule['value']):.0f} 元见{cite.display}。）[1]"
            facts.append(f"{Decimal(rule['value']):.0f}")
        return Response("answered", answer=answer, citations=[cite] if cite else [], facts=facts)

    def _sum_of_results(self, frame: Frame, state: State, difference: bool = False) -> Response:
        """The results computed in this conversation added up (or the last two set against each
        other, `difference`), each with what it was for; the articles are the calculations'
        own."""
        run = state.last_run()
        said = SUM_COUNT.search(frame.text)
        count = small_count(said.group(1).replace("俩", "两")) if said else None
        if difference:
            run = run[-2:]  # "她比我少报多少": the last two cases
        elif count and 2 <= count <= len(run):
            run = run[-count:]  # "后两个加起来": the last so many
        head = next(iter(run[-1].result))
        unit = "万元" if head == "total_wan" else "元"
        amounts = [Decimal(c.result[head]) for c in run]
        total = sum(amounts, Decimal(0))
        name = RESULT_NAMES.get(head, head).replace("合计", "")  # 补贴合计（万元） → 补贴（万元）
        if difference:
            high, low, total = _gap(amounts)
            lines = [
                f"按本次对话里算过的两次{run[-1].title or name}，{name}相差："
                f"{high:.2f} − {low:.2f} = {total:.2f} {unit}。"
            ]
        else:
            lines = [
                f"按本次对话里算过的{len(run)}次{run[-1].title or name}，{name}合计："
                f"{' + '.join(f'{a:.2f}' for a in amounts)} = {total:.2f} {unit}。"
            ]
        people = len({c.person for c in run}) > 1  # (different people: each named)
        for n, c in enumerate(run, 1):
            case = "；".join(s["rule"] for s in c.steps[:1])
            if people:
                case = f"{person_said(c.person)}（{case}）"
            lines.append(f"{n}. {case}：{Decimal(c.result[head]):.2f} {unit}")
        # the same rules as the last of them: recomputed, which is exact and cheap
        again = calculate(run[-1].calculator, run[-1].inputs, self.corpus)
        citations = self._calc_citations(again.get("citations", []))
        return Response(
            "calculated",
            answer="\n".join(lines),
            citations=citations,
            facts=[
                f"{total:.2f}",
                *(f"{a:.2f}" for a in amounts),
                *(f"{s['rule']} {s['amount']}" for c in run for s in c.steps[:1]),
                f"{len(run)}次",  # (how many results are added: the conversation's own count)
            ],
        )

    def _own_share(self, calc: Calculation) -> Response:
        """What the patient bears of a bill just computed: the eligible cost less what the fund
        paid, with the deductible inside it; the articles are the calculation's own."""
        cost = Decimal(str(calc.inputs["cost"]))
        paid = Decimal(calc.result["payment"])
        own = cost - paid
        lines = [
            f"按刚才算的{calc.title or '报销'}：个人负担 = 合规费用 {cost:.2f} − 医保（统筹基金）支付 "
            f"{paid:.2f} = {own:.2f} 元。"
        ]
        if calc.result.get("deductible") not in (None, "0", "0.00"):
            lines.append(f"其中起付线 {Decimal(calc.result['deductible']):.2f} 元由个人负担。")
        lines.append("不在医保支付范围内的费用（自费药品、项目等）另由个人负担，不含在上面的数里。")
        again = calculate(calc.calculator, calc.inputs, self.corpus)
        return Response(
            "calculated",
            answer="\n".join(lines),
            citations=self._calc_citations(again.get("citations", [])),
            facts=[f"{own:.2f}", f"{cost:.2f}", f"{paid:.2f}"],
        )

    def _own_shares(self, paid: list[Payment]) -> Response:
        """What the patient bore over the stays of the conversation: each bill less what the
        fund paid, then their sum; the articles are the last stay's calculation's."""
        lines, facts, total = [], [], Decimal(0)
        for n, p in enumerate(paid, 1):
            cost, fund = Decimal(str(p.inputs["cost"])), Decimal(p.amount)
            total += cost - fund
            lines.append(
                f"第{n}次：合规费用 {cost:.2f} − 医保（统筹基金）支付 {fund:.2f} = {cost - fund:.2f} 元"
            )
            facts += [f"{cost:.2f}", f"{fund:.2f}", f"{cost - fund:.2f}"]
        lines.insert(0, f"按本次对话里算过的{len(paid)}次，个人负担合计 {total:.2f} 元：")
        lines.append("不在医保支付范围内的费用（自费药品、项目等）另由个人负担，不含在上面的数里。")
        again = calculate(paid[-1].calculator, paid[-1].inputs, self.corpus)
        return Response(
            "calculated",
            answer="\n".join(lines),
            citations=self._calc_citations(again.get("citations", [])),
            facts=[*facts, f"{total:.2f}"],
        )

    def _cap_left(self, composed, frame: Frame, state: State) -> str:
        """After payments in this conversation, a question answered by the yearly cap also says
        how much of it is used and how much is left for the person (第二十三条)."""
        cap_label = rules()["inpatient"]["annual_cap"]["cite"][1]
        if composed.status != "answered" or not composed.citations:
            return ""
        if composed.citations[0].article != cap_label:
            return ""
        people = state.people_paid()
        if not frame.person.who and len(people) > 1:
            # "一年最多能报多少" after stays of 我爸 and 我妈: the cap is each person's, said for
            # each, not for the one named last
            lines = []
            for person in people:
                paid, left = _cap_used(state, person)
                if paid > 0:
                    lines.append(
                        f"{person_said(person)}今年已支付 {paid:.2f} 元，还剩 {left:.2f} 元"
                    )
            if not lines:
                return ""
            return (
                f"按本次对话里算过的，各人的年度最高支付限额（{cap_label}）："
                + "；".join(lines)
                + "。"
            )
        paid, left = _cap_used(state, person_key(whose(frame, state)))
        if paid <= 0:
            return ""
        return (
            f"按本次对话里算过的，医保（统筹基金）今年已支付 {paid:.2f} 元，"
            f"年度最高支付限额还剩 {left:.2f} 元（{cap_label}）。"
        )

    def _missing_reference(self, q: str) -> Response | None:
        """ "文物保护管理办法第九十九条": say it does not exist rather than cite something else."""
        from index.references import find_references, resolve

        refs = [r for r in find_references(q, self.corpus) if r.doc_id]
        if not refs or resolve(refs, self.corpus):
            return None
        doc = self.corpus.document_by_id(refs[0].doc_id)
        articles = [u.label for u in doc.units if u.kind == "article"]
        extent = (
            f"共{len(articles)}条（{articles[0]}至{articles[-1]}）" if articles else "没有按条编号"
        )
        return Response(
            "out_of_scope",
            answer=f"《{doc.title}》{extent}，没有“{refs[0].label}”。",
            facts=[str(len(articles))],
        )

    def _coverage(self, q: str, hits: list, asked_only: bool = False) -> float:
        """The share of the question's telling words (idf-weighted) that the best passage speaks
        of: the word itself, or the regulation terms an everyday word stands for (挖出 → 发现).
        `asked_only` (the relevance cut) also leaves out how the question is put (哪三个, 明年,
        能不能), unless nothing else is left."""
        from index.lexical import covered_by, speech_words, tokenize

        # where the asker lives or is treated ("我是改则的 在西宁…") says where, not what: the
        # frame reads places, and the text is not asked to name them; nor do the words of how
        # it is said (俺家, 阿妈, 到底: index/data/speech_words.txt)
        said = [p.said for p in places_in(q)]
        spoken = [w for w in speech_words() if w in q]  # with their pieces (算进 of 算进去)
        tokens = [
            t
            # (in the question's order: a sum of idf weights over a set's order would differ in
            # its last bits from run to run, and a coverage at the cut would flip)
            for t in dict.fromkeys(tokenize(q))
            if len(t) >= 2
            and not any(t in w for w in spoken)
            and not any(t in place or place in t for place in said)
            # "起付线是几百块": the size of the sum asked says nothing of what is asked about
            and not SUM_WORD.fullmatch(t)
        ]
        if asked_only:
            tokens = [t for t in tokens if not function_word(t)] or tokens
        if len(re.findall(r"[\u4e00-\u9fff]", q)) >= 4:
            # Latin words in a Chinese question (pasted code, "pls", an app's name) tell nothing
            # about the gazette, which has none: they neither lower nor raise the coverage
            tokens = [t for t in tokens if not re.fullmatch(r"[A-Za-z_]+", t)]
        total = sum(self.searcher.idf(t) for t in tokens)
        if not tokens or not total:
            return 1.0
        return max(
            (
                sum(
                    self.searcher.idf(t)
                    for t in tokens
                    if t in _unit_words(h.unit) or covered_by(t, q, h.unit.text)
                )
                / total
                for h in hits
            ),
            default=0.0,
        )

    def _with_context(self, frame: Frame, state: State) -> str:
        """A follow-up without a topic of its own ("最长能借多久？", "一级文物呢？", "这些钱算不算…")
        is read together with the question before it; a question with its own topic is not."""
        last = state.topic.query if state.topic else ""
        if frame.returning:
            # "说回那块石头 我能自己留着吗": the earlier question that spoke of it, not the last
            words = _content_words(frame.text)
            earlier = next((q for q in reversed(state.asked) if any(w in q for w in words)), "")
            if not earlier:  # "回到那个佛像" after "捡到个古铜佛": a character of its name
                chars = {c for w in words if len(w) >= 2 for c in w if c not in COMMON_CHARS}
                earlier = next((q for q in reversed(state.asked[:-1]) if chars & set(q)), "")
            return f"{earlier} {frame.text}" if earlier else frame.text
        denied = DENIED_THING.search(frame.text)
        if (
            denied
            and denied.group(1) in last
            and frame.topical
            and names_something(frame.text.replace(denied.group(0), ""))
        ):
            # "要是不是车祸是得了急性阑尾炎急诊住院呢" after a crash's stay: the thing of the
            # last question is denied and the turn says its own case; read alone
            return frame.text
        setting = _case_setting(frame, state)
        if setting:  # "要先办什么手续吗" after a stay in Chengdu: that stay's procedures
            return f"{setting} {frame.text}"
        # "那阿里的呢" after "拉萨住院起付线多少": the last question asked of the place named now
        # (a question declined for its place set no topic: the question itself, just asked)
        asked = last or next((t for t in reversed(state.asked) if t != frame.text), "")
        moved = (
            (_to_place(asked, frame) or _to_scheme(asked, frame) or _to_site_level(asked, frame))
            if frame.continuation and asked
            else None
        )
        if moved:
            return moved
        # "第二个阶段干什么" after the stages: that stage, named
        named_item = (
            _ordinal_item(state.last_citations[0].text, frame.text)
            if state.last_citations
            else None
        )
        if named_item:
            return f"{named_item} {ORDINAL_ITEM.sub('', frame.text)}"
        if (
            last
            and frame.figures
            and not frame.subject.places
            and not SWITCH.search(frame.text)
            and read_frame(last).subject.treated_elsewhere
        ):
            # "我交的60 报销比例多少" after "在西安住院的话医保报吗": a figure of one's own case,
            # which is treated where the last question said
            return f"{last} {frame.text}"
        if last and self._standing_of_last(frame, state):
            # "我家是建档立卡户 有没有照顾" after a graduate's question: what the plan the last
            # answer quoted gives that standing, not the medical rules' rate
            return f"{last} {frame.text}"
        if (
            state.topic is not None
            and state.last_calc is not None
            and state.topic.calculator == state.last_calc.calculator
            and state.topic.calculator in TITLES
            and consequence_asked(frame.text)
            and len([w for w in _content_words(frame.text) if not ANAPHOR.search(w)]) >= 2
        ):
            # "他看的点被盗了他没及时报，会咋样" after his pay: a deed of his, asked what follows,
            # is read with whose case it is (野外文物看管人员), not with the sum computed
            whose_case = re.sub(r"(工资|报销|缴费|补贴|预算)$", "", TITLES[state.topic.calculator])
            return f"{whose_case} {frame.text}"
        # "和住院一起算限额吗": a question opening on "with…" has its subject in the last one
        joined = bool(WITH_LAST.match(frame.text))
        # "那没按时交的话呢" after the payment period: a calculator's word with no figure, said
        # as a continuation, is read with the last topic
        bare_case = (
            frame.continuation and not frame.figures and not OWN_ASK.search(frame.text)
        )  # ("还有门特一共多少种病" asks its own question)
        # ("孩子要交多少" after the newborn's rules: a sum asked with no figure and no topic of
        # its own is asked of the topic, though a calculator's words are in it)
        bare_sum = not (
            frame.topical or frame.figures or any(v for k, v in frame.slots.items() if k != "mode")
        )
        # "那平时感冒去门诊看呢" after the 门特 rules: an everyday visit is the general pool's
        # own care, whatever benefit the conversation was on
        everyday = (
            (frame.calculator == "general_outpatient" or _everyday_visit(frame.text))
            and state.topic is not None
            and state.topic.calculator not in (None, "general_outpatient")
        )
        if (
            not last
            or (frame.calculator and not joined and not bare_case and not bare_sum)
            or SWITCH.search(frame.text)
            or everyday
        ):
            return frame.text
        # "为什么自治区出那么多" after a rule: a why is about the last answer
        # (the person a bare sum is asked of, "孩子要交多少", is who, not what: no document's word)
        words = [w for w in _content_words(frame.text) if not bare_sum or w != frame.person.who]
        whole = _over_the_whole(frame.text, last)
        if whole:  # "全地区一共多少" after a county's posts: the same thing counted over the whole
            return whole
        # "那文物点可以租给人开饭馆吗" after a medical answer: 那 opens it, but its words belong
        # to another document, so it does not lean on the last topic
        naming = [w for w in words if not COUNTED_WORD.match(w)]  # "两个病": a count, no topic
        own_elsewhere = (
            frame.topical and bool(naming) and not self._in_last_document(naming, frame.text, state)
        )
        # "那哪些情况会被解聘" after the preferred candidates: a question of its own (its own
        # question word, and its words find another article) only opens with 那
        # ("那内容上具体包括哪些" names only the kind of list: the last subject's list of it)
        only_a_kind = all(LIST_HEAD.fullmatch(w) or LIST_WORD.match(w) for w in words)
        stands_alone = (
            frame.continuation
            # (whether one may, of a thing named: "那我侄子30岁行吗" names none)
            and bool(OWN_ASK.search(frame.text) or (frame.topical and MAY_ASKED.search(frame.text)))
            and not only_a_kind
            and self._found_on_its_own(frame.text, state)
        )
        # "改则和措勤加起来" after one county's count: Ngari's places and a total, nothing else
        said = [p.said for p in frame.subject.places if p.role is PlaceRole.HOME]
        places_only = bool(said) and all(
            any(w in p or p in w for p in said) or TOTAL_WORD.fullmatch(w) for w in words
        )
        leans = (
            (frame.continuation and not own_elsewhere and not stands_alone)
            or places_only
            # ("一共几个" after a county's villages: a count and nothing else, of what was listed)
            or not TOTAL_ONLY.sub("", frame.text)
            or bool(ANAPHOR.search(frame.text))
            or joined
            or _person_only(frame)
            or frame.intent is Intent.EXPLAIN
            # ("偷偷拍了被抓到罚多少钱" after whether murals may be photographed: what follows a
            # deed the turn names by no word of the gazette is asked of the last question's)
            or (
                consequence_asked(frame.text)
                and not frame.topical
                and not any(w in self.gazette_text for w in words)
                # (its verb is the last question's: 拍 of 拍照; "酒驾被抓了会怎么样" after a
                # rate names a deed of its own)
                and bool(
                    set(
                        re.sub(
                            r"[^\u4e00-\u9fff]|[了会怎么样咋罚多少钱被抓到吗呢啊要是如果的]",
                            "",
                            frame.text,
                        )
                    )
                    # (any character of the last question's own, not only of the words it
                    # segments into: 拍 of "用手机拍壁画")
                    & (set(re.findall(r"[\u4e00-\u9fff]", last)) - COMMON_CHARS)
                )
            )
        )
        if frame.intent is Intent.EXPLAIN and self._sanction_the_last_rule_lacks(frame.text, state):
            # (searched with the rules' own word for it: 扣除, not the wage just quoted)
            return f"{frame.text} {sanction_word(frame.text)}"
        if frame.intent is Intent.EXPLAIN and (
            self._asks_a_listed_member(frame.text, state)
            or self._names_what_the_result_does_not(frame.text, list(state.last_citations))
        ):
            # "为什么连洁牙都不给报": its own rare word finds the item, or another rule
            return frame.text
        # "有起付线吗" right after "门诊特殊病报销比例是多少": the same benefit's rule
        same_benefit = (
            benefits(last)
            and not benefits(frame.text)
            and bool(BENEFIT_ATTRIBUTE.search(frame.text))
            # ("一年最多报多少" after 普通门诊: words of the cap asked are no topic of their own)
            and len([w for w in words if not LIMIT_WORD.fullmatch(w)]) <= 2
            and self._in_last_document(words, frame.text, state)
        )
        if (
            frame.fact in RULE_FACTS
            and CONTRIBUTION_ASKED.search(frame.text)
            and state.topic is not None
            and state.topic.calculator in PAYING_CALCS
        ):
            # "明年想改交250档，什么时候去交" after a stay: when, where or how one pays in is the
            # contribution rules' (第八条), not the stay's — of the scheme the stay was paid by
            return frame.text if "医保" in frame.text else f"医保 {frame.text}"
        # "一个点配几个人看" after a custodian's pay: short, no topic word, nothing of another
        # document's: it asks about the same thing
        short = (
            not frame.topical
            and len(re.findall(r"[\u4e00-\u9fff]", frame.text)) <= SHORT_TURN
            and self._in_last_document(words, frame.text, state)
            and not frame.continuation
            and not self._found_on_its_own(frame.text, state)
        ) or (
            not frame.topical
            and frame.continuation
            and not stands_alone
            and len(re.findall(r"[\u4e00-\u9fff]", frame.text)) <= SHORT_TURN
            and self._in_last_document(words, frame.text, state)
        )
        bare = (
            not frame.topical
            and len(words) <= 1
            and (
                frame.continuation
                or self._last_document_says(words, frame.text, state)
                or not self._found_on_its_own(frame.text, state)
            )
        )
        # ("我交的120 比例是多少" after a stay in Chengdu: a figure said is the last case's)
        if (
            (short or bare)
            and not (leans or same_benefit or frame.figures)
            and self._finds_last(frame.text, state)
        ):
            # "参军入伍累计要达到多少人" after another post of the same list: found as it is
            return frame.text
        if leans or same_benefit or short or bare:
            listed = _other_list(last, frame.text)
            if listed:
                return listed
            return self._supposed_case(frame, last, state) or f"{last} {frame.text}"
        return frame.text

    def _supposed_case(self, frame: Frame, last: str, state: State) -> str | None:
        """ "要是半夜急诊直接送过去的呢" after "…想直接去地区人民医院住院，要转诊手续吗": a case
        supposed with words the last question did not say, which the rule last quoted lacks and
        another rule of its document holds (急诊): that case is read by itself, with those words
        — read with the last question, the words both share (直接) bring the last answer back.
        None when the supposed words are the last rule's own ("要是经过批准了呢" after a ban
        with its approval)."""
        turn = frame.text
        if (
            not SUPPOSED_CASE.match(turn)
            or not state.last_citations
            # (a case of figures, a place, a benefit or a tier supposed is the last question
            # asked of it: "要是交60呢", "如果是住院呢", "要是在区外住院呢")
            or frame.slots
            or frame.figures
            or frame.subject.places
            or frame.subject.treated_elsewhere
            or benefits(turn)
        ):
            return None
        doc = _last_doc(state)
        text = self.doc_text.get(doc, "")
        quoted = state.last_citations[0].text
        said = [last, *(q for q in state.asked[-3:] if q != turn)]
        added = [w for w in _content_words(turn) if not any(w in q for q in said) and w in text]
        novel = [w for w in added if w not in quoted and not re.search(r"\d", w)]
        if not novel:
            return None
        # ("要是做研究一定得拍呢" after the photo ban: the act asked is the rule's own, 拍 of 拍摄
        # — whether the rule bends for that case is still that rule's question)
        act = SUPPOSED_ACT.search(turn)
        if act and act.group(1) in last:
            return None
        # (the words the rule just quoted holds, 转诊证明, are what the new case is asked of,
        # not what finds its rule)
        own = turn
        for word in _content_words(turn):
            if word in quoted and word not in novel:
                own = own.replace(word, "")
        own = f"{own} {' '.join(novel)}"
        hits = self.searcher.search(own, k=1)
        if not hits or hits[0].unit.doc_id != doc or not any(w in hits[0].unit.text for w in novel):
            return None
        # ("那要是无故不去参加呢" after "培训到一半…能不能先走": the matter the last question
        # shares with the rule found and its document's title, 培训, is still what is asked about;
        # not the last question's other words, which bring its own answer back)
        shared = [
            w
            for w in _content_words(last)
            if w in hits[0].unit.text and w in hits[0].doc.title and w not in own
        ]
        return " ".join([own, *shared])

    def _in_own_document(self, hits: list, query: str) -> list:
        """ "没备案还能报吗" (报销 read in it): a word only one document uses, and often (报销,
        医保), keeps that document's articles, when the one found first uses no word of the
        question often that the other does not (备案 is in the relic rules and the medical
        ones alike)."""
        words = _content_words(query)
        holders = {w: {d for d, text in self.doc_text.items() if w in text} for w in words}
        # (a word the document uses often: its domain's, not a passing abbreviation, as 文保 is
        # of the training rules alone)
        owners = {
            d
            for w, docs in holders.items()
            if len(docs) == 1
            for d in docs
            if self.doc_text[d].count(w) >= DOMAIN_USES
        }
        if len(owners) != 1 or not hits:
            return hits
        own = next(iter(owners))
        top = hits[0].unit.doc_id

        def uses(doc: str, word: str) -> int:
            return self.doc_text[doc].count(word)

        # (the document found first keeps its place when a word of the question is its own
        # domain's and not the other's: "看管员…石窟" is the custodians', not the relic rules')
        # (nor when the question has a word the other does not use at all: 盗挖古墓 … 牧民 is
        # the relic rules', though 牧民 is said only in the medical ones, as 农牧民)
        if top == own or any(
            (uses(top, w) >= DOMAIN_USES and uses(own, w) < DOMAIN_USES)
            or (top in docs and own not in docs)
            for w, docs in holders.items()
        ):
            return hits
        # (only that document's: the composer ranks the clauses of all the articles it is
        # given by their words, and 报…备案 of the relic rules would win again)
        return [h for h in hits if h.unit.doc_id == own] or self.searcher.search(
            _without_region(query), k=5, doc=own
        )

    def _in_conversation_family(self, hits: list, frame: Frame, query: str, state: State) -> list:
        """A short turn whose words the conversation's documents hold ("一个点安排几个人" after a
        custodian's agreement, "工资以后会涨吗" after their pay) is asked of that family of
        documents (the relic rules, the road plans), not of an article a word or two finds in
        another (the medical rules' 人数 or 标准)."""
        q = frame.text
        if (
            not hits
            or not state.last_citations
            or len(re.findall(r"[\u4e00-\u9fff]", q)) > SHORT_TURN
        ):
            return hits
        if not self._in_last_document(_content_words(q), q, state):
            return hits
        family = _family(_last_doc(state))
        if self._names_another_family(q, family):
            return hits
        if all(_family(h.unit.doc_id) == family for h in hits):
            return hits
        kept = [h for h in hits if _family(h.unit.doc_id) == family]
        if kept and kept[0] is hits[0]:
            return kept
        return self._family_hits(query, state) or hits

    def _declined(self, reason: str, frame: Frame, state: State) -> Response:
        """Another place, scheme or year declined by the frame; "2023年呢" after a custodian's
        pay cites the conversation's rule as the nearest."""
        here = scope.without_elsewhere(frame.text)
        return self._out_of_scope(reason, frame.text, self._nearest_in_conversation(here, state))

    def _in_titled_family(self, question: str, nearest: list | None) -> list | None:
        """ "培训期间的伙食费自己掏吗": a decline's nearest rule is in the family of documents the
        question names by a title's word (the training's), not the one its other words found
        (the medical scheme's 伙食费); `nearest` as it was otherwise."""
        titled = doc_titled(question, self.corpus)
        if not nearest or not titled or _family(nearest[0].unit.doc_id) == _family(titled):
            return nearest
        return self.searcher.search(question, k=1, doc=titled) or nearest

    def _nearest_in_conversation(
        self, q: str, state: State, hits: list | None = None, leaned: bool = False
    ) -> list | None:
        """The nearest rule of a declined follow-up that names nothing of another family of
        documents: the conversation's document's, found with the last question ("2021年的标准是
        多少" after the road subsidy: the plan's own standard, not the hospital plan's 2021);
        else the hits' first (None: the decline looks it up itself), which is the conversation's
        own when they were found with the last question (`leaned`)."""
        if leaned and hits:
            return [replace(hits[0], via="conversation")]
        standing = hits[:1] if hits else None
        standing = self._in_titled_family(q, standing)
        last = (state.topic.query if state.topic else "") or next(
            (t for t in reversed(state.asked) if t != q), ""
        )
        if not last or not state.last_citations:
            return standing
        family = _family(_last_doc(state))
        # (a year is no word of a document's: "2021" is the hospital plan's date and the year
        # asked of the road subsidy)
        words = [w for w in _content_words(q) if not w.isdigit()]
        if (
            (hits and _family(hits[0].unit.doc_id) == family)
            or not self._in_last_document(words, q, state)
            or self._names_another_family(re.sub(r"\d+", "", q), family)
        ):
            return standing
        found = self.searcher.search(f"{last} {q}", k=1, doc=_last_doc(state))
        # (the turn is read with the last question: its words are no measure of the rule's)
        return [replace(h, via="conversation") for h in found] or standing

    def _names_another_family(self, question: str, family: str) -> bool:
        """A word of the question that the documents of another family speak of and none of
        this family does ("第一次参加医保要带什么" after the road plans: 医保)."""
        from index.lexical import covered_by

        def said_in(word: str, same: bool) -> bool:
            return any(
                covered_by(word, question, text)
                for d, text in self.doc_text.items()
                if (_family(d) == family) is same
            )

        return any(said_in(w, False) and not said_in(w, True) for w in _content_words(question))

    def _family_hits(self, query: str, state: State) -> list:
        """The five best articles for a query in the family of the last document cited."""
        if not state.last_citations:
            return []
        family = _family(_last_doc(state))
        found = [
            h
            for d in self.doc_text
            if _family(d) == family
            for h in self.searcher.search(_without_region(query), k=5, doc=d)
        ]
        return sorted(found, key=lambda h: -h.score)[:5]

    def _naming(self, words: list[str], hits: list, question: str, doc: str) -> list:
        """The articles of the last document found that name the most of `words` (by the turn
        alone when none of those found with the last topic names any): a follow-up's new
        subject is the same document's."""
        from index.lexical import covered_by

        for found in (hits, self.searcher.search(question, k=5)):
            found = [h for h in found if h.unit.doc_id == doc]
            counts = [sum(covered_by(w, question, h.unit.text) for w in words) for h in found]
            most = max(counts, default=0)
            if most:
                return [h for h, n in zip(found, counts, strict=True) if n == most]
        return []

    def _with_count_stated(self, hits: list, question: str) -> list:
        """ "创三甲有几项重点工作": the article that states the count of the thing asked in
        so many words ("…17项重点工作") first, though the words of its items rank others."""
        from index.hits import Hit

        stated = count_stated(question)
        if stated is None or not hits:
            return hits
        found = [
            (doc, unit)
            for doc in self.corpus.documents
            for unit in doc.units
            if stated.search(unit.text)
        ]
        if len(found) != 1:
            return hits
        doc, unit = found[0]
        others = [h for h in hits if h.unit.id != unit.id]
        return [Hit(unit, doc, hits[0].score, "count"), *others[: len(hits) - 1]]

    def _with_county_date(self, hits: list, frame: Frame, query: str) -> list:
        """ "札达县啥时候通客车": a plan dates a few counties one by one and the rest together
        ("其他县…争取9月份之前"); the county's name draws the articles listing its villages,
        which give no date, so the article dating it is looked for deeper, then without it."""
        from assistant.compose import _county_stretch, _ngari_stems, _segments
        from index.hits import Hit

        counties = [p.said.removesuffix("县") for p in frame.subject.places]
        counties = [c for c in counties if c in _ngari_stems()]
        if frame.fact is not FactType.DATE or not counties or not hits:
            return hits

        def dated(hit) -> bool:
            return _county_stretch(FactType.DATE, counties, _segments(hit.unit.text)) is not None

        if any(dated(h) for h in hits[:3]):
            return hits
        bare = re.sub("|".join(f"{c}县?" for c in counties), "", query).strip()
        found = [
            h
            for asked in (query, bare)
            if asked
            for h in self.searcher.search(_without_region(asked), k=DATED_DEPTH)
            if dated(h)
        ]
        if not found:
            return hits
        first = found[0]
        others = [h for h in hits if h.unit.id != first.unit.id]
        return [Hit(first.unit, first.doc, hits[0].score, "county"), *others[: len(hits) - 1]]

    def _with_penalty_list(self, hits: list, frame: Frame, query: str) -> list:
        """ "要是我已经拿回家了呢，会怎样" after a find: what follows a deed is said where deeds
        are punished (第五十条（五）), which the words of the find rank below the rules on finds;
        the nearest article holding a list of punished deeds that names the deed is taken among
        the articles a clause is chosen from."""
        from assistant.compose import MISDEED, deed_undone, punishes_deed

        if (
            not hits
            # ("他没报告呢" after a custodian's duty to report: what follows is asked too)
            or not (consequence_asked(frame.text) or deed_undone(frame.text))
            or not MISDEED.search(f"{query} {frame.text}")
        ):
            return hits
        chosen = {h.unit.id for h in hits[:CHOSEN_FROM]}
        if any(punishes_deed(frame.text, h.unit) for h in hits[:CHOSEN_FROM]):
            return hits
        wider = self.searcher.search(_without_region(query), k=WIDER_PENALTY)
        extra = next(
            (h for h in wider if h.unit.id not in chosen and punishes_deed(frame.text, h.unit)),
            None,
        )
        if extra is None:
            return hits
        rest = [h for h in hits if h.unit.id != extra.unit.id]
        return [*rest[: CHOSEN_FROM - 1], extra, *rest[CHOSEN_FROM - 1 :]]

    def _with_undone_count(self, hits: list, frame: Frame) -> list:
        """ "还有多少个乡镇没通客车": the article counting what is not yet done ("仍有15个乡镇和
        103个建制村未通客车") first, though the count of what is done shares its words."""
        from index.hits import Hit
        from index.lexical import covered_by

        asking = asking_part(frame.text)
        asked = NOT_DONE_ASKED.search(asking)
        if frame.fact is not FactType.AMOUNT or asked is None or not hits:
            return hits
        thing = re.match(r"[\u4e00-\u9fff]{1,4}", asking[asked.end() :])
        if thing is None:
            return hits
        undone = re.compile(rf"{NOT_DONE_STATED}{asked.group(1)}[\u4e00-\u9fff]{{0,4}}")

        def counts(unit) -> bool:
            return any(
                covered_by(thing.group(0), frame.text, m.group(0))
                for m in undone.finditer(unit.text)
            ) and bool(re.search(r"\d+\s*个", unit.text))

        if any(counts(h.unit) for h in hits[:3]):
            return hits
        found = [(d, u) for d in self.corpus.documents for u in d.units if counts(u)]
        if not found:
            return hits
        doc, unit = found[0]
        others = [h for h in hits if h.unit.id != unit.id]
        return [Hit(unit, doc, hits[0].score, "undone"), *others[: len(hits) - 1]]

    def _with_heads_stated(self, hits: list, frame: Frame, query: str) -> list:
        """ "看管员一个点要几个人": a number of people asked, and none of the articles found
        states one; the article of the same document that does ("每处安排2名看管人员") may rank
        below them, its other words being of pay — it is looked for deeper."""
        if (
            frame.fact is not FactType.AMOUNT
            or not hits
            or not PEOPLE_ASKED.search(asking_part(frame.text))
            or any(PEOPLE_STATED.search(h.unit.text) for h in hits[:3])
        ):
            return hits
        deeper = self.searcher.search(_without_region(query), k=HEADS_DEPTH)
        found = next(
            (
                h
                for h in deeper
                if h.unit.doc_id == hits[0].unit.doc_id and PEOPLE_STATED.search(h.unit.text)
            ),
            None,
        )
        if found is None:
            return hits
        others = [h for h in hits if h.unit.id != found.unit.id]
        return [*others[:2], replace(found, score=hits[0].score, via="heads"), *others[2:4]]

    def _new_words(self, question: str, state: State) -> list[str]:
        """The words of a continuation naming a thing of the documents that neither the last
        question nor the sentence just quoted speaks of."""
        from assistant.compose import _telling
        from index.lexical import covered_by, lexicon

        if not state.last_citations:
            return []
        last = f"{state.topic.query if state.topic else ''}{state.last_citations[0].text}"
        # ("拓印呢" after the photographing rule: an act alone is the new thing, when a rule or
        # two of the documents name it, not one said of every case as 超过 is)
        alone = BARE_CONTINUATION.sub("", question)

        def rare_act(word: str) -> bool:
            return word == alone and 0 < len(self.corpus.units_using(word)) <= RARE_ACT_UNITS

        # (where or at which level one is treated says which case, not a new thing: "那一级医院呢")
        return [
            word
            for word in _telling(question)
            if len(word) >= 2
            and not places_in(word)
            and read_level(word) is None
            and not CARE_SITE.fullmatch(word)
            and not covered_by(word, question, last)  # ("寺庙" is the 宗教活动场所 quoted)
            # (a thing, or what sets one apart, 重大/正式; not an act said of the last one, 超过,
            # 做研究, nor a feature asked of the same benefit, 起付线)
            and (
                word_tag(word) in SETTING_APART
                or (not word_tag(word) and len(word) >= 3)
                or rare_act(word)
            )
            and not BENEFIT_ATTRIBUTE.search(word)
            # (or in the terms an everyday word stands for: 被盗 is the text's 盗窃)
            and any(self.corpus.units_using(t) for t in [word, *lexicon().get(word, [])])
        ]

    def _with_last_article(self, hits: list, leans: bool, state: State) -> list:
        """ "那最晚交到哪天" after the payment period: a turn read with the last topic keeps the
        article just quoted among those it chooses from, though the words put together find
        others first."""
        from index.hits import Hit

        if not leans or not state.last_citations or len(hits) < CHOSEN_FROM:
            return hits
        unit = self.corpus.unit_by_id(state.last_citations[0].unit_id)
        if unit is None or any(h.unit.id == unit.id for h in hits[:CHOSEN_FROM]):
            return hits
        doc = self.corpus.document_by_id(unit.doc_id)
        last = Hit(unit, doc, hits[CHOSEN_FROM - 1].score, "context")
        return [*hits[: CHOSEN_FROM - 1], last, *hits[CHOSEN_FROM - 1 :]]

    def _confirmed_of_last(self, hits: list, question: str, state: State) -> list:
        """ "备案去县文物局就行吧？" right after 第三十二条 (…向地区文物行政管理部门备案): a detail
        of the rule just quoted, checked, is answered by that rule alone; so is who pays, asked
        right after a rule naming the fund that pays."""
        from index.hits import Hit
        from index.lexical import covered_by

        if not state.last_citations:
            return hits
        cite = state.last_citations[0]
        # ("上半年住院的钱谁出" right after 第十三条's move between schemes, 由城乡居民医疗保险
        # 基金按规定支付): who pays, asked of the rule that names the fund paying
        payer_of_last = bool(
            PAYER_FOLLOW_UP.search(question)
            and FUND_PAYS.search(cite.text)
            and len(question) <= PAYER_TURN
        )
        if not CONFIRMING.search(question) and not payer_of_last:
            return hits
        named = [w for w in _content_words(question) if len(w) >= 2 and not not_a_name(w)]
        if (
            not payer_of_last
            and not any(w in cite.text for w in named)
            and not any(covered_by(w, question, cite.text) for w in named)
        ):
            return hits
        unit = self.corpus.unit_by_id(cite.unit_id)
        if unit is None:
            return hits
        own = next((h for h in hits if h.unit.id == unit.id), None)
        doc = self.corpus.document_by_id(unit.doc_id)
        return [own or Hit(unit, doc, max((h.score for h in hits), default=1.0), "context")]

    def _with_rule_article(self, hits: list, frame: Frame, calculator: str | None) -> list:
        """A rule asked of a calculator's case ("60档住三级医院报销比例多少"): the article its rule
        table cites for that parameter first, and not another calculator's article for a
        parameter of the same name (the two diseases' "三级…60%")."""
        from index.hits import Hit

        parameter = asked_parameter(frame, calculator) if calculator else None
        if parameter is None:
            return hits
        unit = cited_unit(self.corpus, calculator, parameter)
        if unit is None:
            return hits
        # (the case the turn leans on, not one it names: its kin parameters too, 门特's cap)
        others = others_units(self.corpus, calculator, parameter, calculator != frame.calculator)
        kept = [h for h in hits if h.unit.id != unit.id and h.unit.id not in others]
        own = next((h for h in hits if h.unit.id == unit.id), None)
        if own is None:
            doc = self.corpus.document_by_id(unit.doc_id)
            own = Hit(unit, doc, max((h.score for h in hits), default=1.0), "rule")
        named = dict(PARAMETERS)[parameter].search(frame.text)
        if named and calculator != frame.calculator and frame.fact is FactType.YES_NO:
            # "有年度限额吗" after a stay: whether the case's parameter exists is its article's
            # to say, not a clause the case's own words (乡镇卫生院 住院) rank first
            return [own]
        return [own, *kept]

    def _with_claim_steps(self, hits: list, frame: Frame, calculator: str | None) -> list:
        """ "暑假在成都亲戚家阑尾炎住院了，回来咋报": how a stay outside Tibet is claimed is the
        article of its steps (先行垫付…持…资料…申请结算, rules.json outside_claim), however few of
        its words the question shares."""
        from index.hits import Hit

        outside = [
            p for p in frame.subject.places if p.role is PlaceRole.TREATED and not p.in_tibet
        ]
        if frame.fact is not FactType.PROCEDURE or calculator != "inpatient" or not outside:
            return hits
        unit = cited_unit(self.corpus, "inpatient", "outside_claim")
        if unit is None or (hits and hits[0].unit.id == unit.id):
            return hits
        own = next((h for h in hits if h.unit.id == unit.id), None)
        if own is None:
            doc = self.corpus.document_by_id(unit.doc_id)
            own = Hit(unit, doc, max((h.score for h in hits), default=1.0), "rule")
        return [own, *[h for h in hits if h is not own]]

    def _finds_last(self, question: str, state: State) -> bool:
        """The turn alone finds the article last cited first, and that article speaks of its
        words: it needs no context ("补上之后从什么时候起能报" finds 第八条 but is covered only
        as read with the payment it follows)."""
        if not state.last_citations:
            return False
        hits = self.searcher.search(_without_region(question), k=1)
        return (
            bool(hits)
            and hits[0].unit.id == state.last_citations[0].unit_id
            and self._coverage(question, hits) >= scope.MIN_COVERAGE
        )

    def _rare_words(self, question: str) -> list[str]:
        """The words of the gazette that only a few articles use (镶牙, 乙类), named by the
        question itself or by its everyday word (洗牙 for 洁牙)."""
        import jieba.posseg

        from assistant.compose import _telling
        from index.lexical import lexicon

        everyday = lexicon()
        known = jieba.posseg.dt.word_tag_tab
        said = [
            t
            for w in _telling(question)
            # (a thing named, not an act, a time or a count: 减去, 三月份 are how it is asked)
            if not function_word(w)
            and not (known.get(w) or "").startswith(NOT_NAMING_TAGS)
            and not TIME_WORD.search(w)
            for t in [w, *everyday.get(w, [])]
        ]
        rare = []
        for t in said:
            using = self.corpus.units_using(t)
            # a word of the articles themselves, not characters across two (和县 of 地区和县)
            if 0 < len(using) <= RARE_UNITS and any(t in jieba.lcut(u.text) for u in using):
                rare.append(t)
        return rare

    def _names_what_the_result_does_not(self, question: str, citations: list[Citation]) -> bool:
        """ "为啥镶牙不给报" after a stay was computed or a training rule was cited: a rare word
        (镶牙, used by few articles) that none of the cited rules says asks about another rule."""
        cited = [self.corpus.unit_by_id(c.unit_id) for c in citations]
        said = "".join(u.text for u in cited if u is not None)  # the articles, not the quotes
        return any(w not in said for w in self._rare_words(question))

    def _sanction_the_last_rule_lacks(self, question: str, state: State) -> bool:
        """ "我这个月只拿了1000，为什么扣我钱" after the wage rule: a sanction asked why of, which
        the rules last cited never impose (no 扣/罚/解聘 in them), is asked of the rule that does."""
        word = sanction_word(question)
        if word is None or not state.last_citations:
            return False
        cited = [self.corpus.unit_by_id(c.unit_id) for c in state.last_citations]
        return not any(u is not None and word in u.text for u in cited)

    def _names_another_rule_of_its_document(self, question: str, citations: list[Citation]) -> bool:
        """ "站长说我巡逻日志没好好填，为什么扣钱" after a custodian's pay: a rare word said in any
        clause of the why, which another article of the result's own document says (巡逻日志,
        第十一条) and the cited rules do not, gives the cause asked about: that article."""
        if sanction_word(question) is None:
            return False  # ("她有高血压，为什么报得少": who she is, not a cause of a sanction)
        cited = [u for c in citations if (u := self.corpus.unit_by_id(c.unit_id)) is not None]
        documents = {u.doc_id for u in cited}
        said = "".join(u.text for u in cited)
        return any(
            word not in said and any(u.doc_id in documents for u in self.corpus.units_using(word))
            for clause in re.split(r"[，,。；;！!？?\s]+", question)
            if clause
            for word in self._rare_words(clause)
        )

    def _asks_a_listed_member(self, question: str, state: State) -> bool:
        """ "为什么连洁牙都不给报" after the list of what the fund does not pay: a why naming a
        rare word of one item of the list last answered asks about that item, which its own
        word finds; the last turns' words would drown it."""
        from assistant.lists import item_list

        if not state.last_citations:
            return False
        unit = self.corpus.unit_by_id(state.last_citations[0].unit_id)
        if unit is None or item_list(unit) is None:
            return False
        items = "".join(c.text for c in clauses(unit) if c.is_item)
        return any(w in items for w in self._rare_words(question))

    def _found_on_its_own(self, question: str, state: State) -> bool:
        """ "捡到一个老铜佛要交吗" after a custodian's pay: a short turn whose own words find
        another article that speaks of most of them asks about that article, not the last."""
        from assistant.compose import PERSONS, _telling

        if not state.last_citations or all(function_word(w) for w in _telling(question)):
            return False  # "每月给多少", "六年加在一块是多少": nothing named of its own to find
        hits = self.searcher.search(_without_region(question), k=3)
        last = state.last_citations[0].unit_id
        # the words are spoken of by another article, not by the last one found again among
        # the nearest ("交了之后从哪天开始管用": 第八条 second, a closing article's 开始 first)
        others = [h for h in hits if h.unit.id != last]
        if not hits or hits[0].unit.id == last:
            return False
        covered = self._coverage(question, others)
        if covered >= scope.MIN_COVERAGE:
            return True
        # ("那旁边的石刻经文，我想拓一张回去留念可以吗" after photographing murals: its words,
        # however few the text holds, are more the new article's, found first, than the last's)
        if not MAY_ASKED.search(question) or not [
            t for t in _telling(question) if not PERSONS.match(t)
        ]:
            # (only whether one may do an act of one's own; "那我侄子30岁行吗": a person and an
            # age name no article's matter)
            return False
        try:
            unit = self.corpus.unit(last.split("/")[0], last)
        except NotFoundError:
            return False
        return covered > self._coverage(question, [SimpleNamespace(unit=unit)])

    def _in_last_document(self, words: list[str], question: str, state: State) -> bool:
        """Whether a short turn stays in the document last cited: a word another document speaks of
        and that one does not ("古墓" after a medical answer) opens a topic of its own; "有封顶吗"
        or "有起付线吗" does not."""
        from index.lexical import covered_by

        if state.last_citations:
            last_doc = _last_doc(state)
        elif state.topic and state.topic.query:  # after a follow-up, which cites nothing
            hits = self.searcher.search(state.topic.query, k=1)
            last_doc = hits[0].unit.doc_id if hits else ""
        else:
            return True
        if last_doc not in self.doc_text:
            return True
        named = {d for alias, d in doc_aliases() if alias in question}
        if named and last_doc not in named:
            return False  # "那医保实施办法呢 哪个单位解释": another document named by its name
        # (a county of Ngari is a name here: "改则哪些村没通硬化路" after a medical answer is
        # the roads plan's, which speaks of 改则 as the medical rules do not)
        from assistant.places import ngari_counties

        counties = {c.removesuffix("县") for c in ngari_counties()}
        # (the documents issued together with it are its family: "那要是他守的佛塔被人偷挖了呢"
        # after the custodians' rules names the relic rules' 佛塔, one subject)
        kin = {d for d in self.doc_text if _family(d) == _family(last_doc)}
        return not any(
            (not not_a_name(w) or w in counties)
            and not any(covered_by(w, question, self.doc_text[d]) for d in kin)
            and any(covered_by(w, question, t) for d, t in self.doc_text.items() if d not in kin)
            for w in words
        )

    def _standing_of_last(self, frame: Frame, state: State) -> bool:
        """A standing told with a benefit asked and none named ("我家是建档立卡户 有没有照顾"),
        right after an answer from a document that speaks of that standing: asked of it."""
        if not (frame.person.identities and GENERIC_BENEFIT.search(frame.text)):
            return False
        words = [
            w
            for w in _content_words(frame.text)
            if not GENERIC_BENEFIT.search(w)
            and not QUESTION_WORD.search(w)
            and not re.match(r"我|俺|咱|他|她", w)
        ]
        return self._last_document_says(words, frame.text, state)

    def _of_another_document(self, text: str, state: State) -> bool:
        """Whether a turn names a thing of the documents that the last answer's document never
        says ("援藏岗位为什么去的人少" while a contribution's tier is asked): a question of its
        own, not of the figure pending."""
        if not state.last_citations:
            return False
        last = _last_doc(state)
        own = self.doc_text.get(last, "")
        # (a word another document says again and again, not one it says once in passing:
        # "照实", "140")
        return any(
            w not in own
            and (word_tag(w) or "")[:1] in ("n", "v")  # (a thing or a deed: not 不少)
            and not w.endswith(PERSON_HEADS)  # (who said it: 村干部)
            and any(
                body.count(w) >= ANOTHER_DOCUMENTS_WORD
                for doc, body in self.doc_text.items()
                if doc != last
            )
            for w in _content_words(text)
        )

    def _last_document_says(self, words: list[str], question: str, state: State) -> bool:
        """Every word of a short turn is the last cited document's own ("要备案吗" after a stay
        outside the region): it asks that document, though another article elsewhere has it too."""

        if not state.last_citations or not words:
            return False
        text = self.doc_text.get(_last_doc(state), "")
        return all(w in text for w in words)

    def _verdict(self, verdict: eligibility.Verdict, frame: Frame) -> Response:
        citations: list[Citation] = []
        for doc_id, label, clause in verdict.places:
            try:
                unit = self.corpus.unit(doc_id, label)
            except NotFoundError:
                continue
            citations.append(of_unit(self.corpus, unit, clause))
        markers = "".join(f"[{n}]" for n in range(1, len(citations) + 1))
        answer = f"{verdict.answer}{markers}"
        for cite in citations if verdict.quote_all else citations[:1]:
            quote = cite.text
            if verdict.focus and verdict.focus in quote and len(quote) > 220:
                from assistant.answers import MAX_QUOTE, around

                # the sentence that says it ("参保人员不得同时参加…" closing a long 第六条)
                holding = next(
                    p.strip() for p in re.split(r"(?<=[。\n])", quote) if verdict.focus in p
                )
                quote = holding if len(holding) <= MAX_QUOTE else around(holding, verdict.focus)
            answer += f"\n原文（{cite.label}）：“{quote}”"
        if verdict.assumptions:
            answer += "\n假定：" + "".join(verdict.assumptions)
        # (a verdict that the text leaves the asked figure unset is no answer of it)
        status = "out_of_scope" if verdict.unset else "answered"
        return Response(status, answer=answer, citations=citations, facts=list(verdict.facts))

    def _out_of_scope(self, reason: str, question: str, related: list | None = None) -> Response:
        """Say what the gazette does not hold; cite the nearest Ngari rule as a reference."""
        nearest = None
        scheme = read_frame(question).subject.scheme
        if related is None and scheme is not None and scheme not in COVERED:
            # "职工医保住院报销比例是多少": another scheme's nearest rule is the one that names it
            # (第六条: 不得同时参加…城镇职工基本医疗保险), not the residents' rate for its words
            related = [
                h
                for h in self.searcher.search(scheme.value, k=SCHEME_DEPTH)
                if h.clauses and scheme.value in h.clauses[0].clause.text
            ][:1] or None
        named = related is None and bool(re.search(r"第[一二三四五六七八九十]+条", reason))
        if named:
            # ("…第三十条（十三）写明，应当由公共卫生负担的…": the rule the message names is the
            # one cited, found by the message's own words)
            related = [replace(h, via="conversation") for h in self.searcher.search(reason, k=1)]
        if related is None:
            here = scope.without_elsewhere(question)
            # ("培训期间的伙食费自己掏吗": the nearest rule is in the document the question names
            # by its title's word, not the medical scheme's 伙食费)
            related = self.searcher.search(here, k=1)
            related = self._in_titled_family(here, related)
            # "拉萨市城乡居民医保交多少": the rule that answers it in Ngari (第十八条's tiers),
            # not the article its words find first (第八条's payment period)
            if here != question and related and self._coverage(question, related[:1]) > 0:
                answered = self._answer(read_frame(here), State())
                if answered.status == "answered" and answered.citations:
                    nearest = answered.citations[0]
        answer = f"抱歉，{reason}"
        citations = []
        # a rule that shares no word with the question is no reference ("今天天气怎么样"), unless
        # it is the conversation's own rule the turn leans on ("2023年呢" after a wage)
        leaned = bool(related) and related[0].via == "conversation"
        if related and (leaned or self._coverage(question, related[:1]) > 0):
            cite = nearest or of_hit(self.corpus, related[0])
            # (the rule's own words, its sentence nearest the question: a label alone tells
            # the asker nothing)
            said = cite.text if nearest else _best_sentence(related[0], cite.text)
            excerpt = said if len(said) <= NEAREST_QUOTE_MAX else said[:NEAREST_QUOTE_MAX] + "……"
            answer += f"可参考阿里地区的相关规定：{cite.display}“{display(excerpt)}”[1]。"
            citations = [cite]
        return Response("out_of_scope", answer=answer, citations=citations, facts=["2020", reason])

    def _quoted_place(self, frame: Frame, state: State) -> bool:
        """A place asked about right after a quote, or an answer from a plan, that names it as a
        party of the plan ("河北省、陕西省每年各提供不少于200个事业单位岗位"): what the gazette
        says of it, not its own rules; a scheme or a calculation of that place stays another
        place's."""
        place = frame.subject.elsewhere
        if (
            place is None
            or place.generic
            or not frame.continuation
            or frame.subject.scheme is not None
            or frame.calculator is not None
        ):
            return False
        stem = re.sub(r"(省|市|自治区)$", "", place.said)
        # ("那去河北陕西那边呢" after the plan's posts at home: the plan names them elsewhere)
        return any(stem in c.text for c in state.last_citations[:3]) or (
            bool(state.last_citations) and f"{stem}省" in self.doc_text.get(_last_doc(state), "")
        )

    @staticmethod
    def _rest_paid_by(frame: Frame, state: State) -> Response | None:
        """ "剩下的钱谁给出" right after what someone pays in: the rest is paid by whom the rule
        just applied says (医疗救助资金 for a poor member, the two governments for the old),
        not by the 6:2:2 split of the subsidy that the word 剩余 finds."""
        calc = state.last_calc
        if (
            not PAID_BY_ASKED.search(frame.text)
            or not REST_SAID.search(frame.text)
            or calc is None
            or calc.calculator != "contribution"
        ):
            return None
        step = next((x for x in calc.steps if PAID_FOR_RULE.search(x["rule"])), None)
        if step is None:
            return None
        cited = [c for c in state.last_citations if c.display in step["citation"]]
        if not cited:
            return None
        # (the clause quoted: the rule's own words, 代为缴纳, not only the calculation's)
        answer = (
            f"{step['rule']}（{cited[0].label}）[1]\n原文：{cited[0].display}“{cited[0].text}”[1]"
        )
        facts = re.findall(r"\d+\.\d{2}", step["rule"])
        return Response("answered", answer=answer, citations=cited[:1], facts=facts)

    def _rule_for_estimate(self, frame: Frame, state: State) -> Response | None:
        """ "三级医院住院花了两万多，大概能报百分之多少": a bill said roughly cannot be computed,
        but the rule that pays it can be told (the rate by tier and level, the deductible); the
        sum is asked for exactly. Any other unreadable amount is named as before."""
        if frame.calculator not in ESTIMATE_RULED or not all(p.estimate for p in frame.malformed):
            return None
        said = "、".join(f"“{p.text}”" for p in frame.malformed)
        rule = self._answer(replace(frame, malformed=[], fact=FactType.RATIO), state)
        if rule.status != "answered":
            return None
        # ("写错了，是2万" next completes the question, as after any amount refused)
        state.topic = Topic(frame.calculator, dict(frame.slots), frame.text, whose(frame, state))
        if SHARE_SAID.search(frame.text):  # the share asked needs no sum
            rule.answer = f"{rule.answer}\n{said}是约数，按它算不出确切的报销金额。"
            return rule
        # a sum asked: the estimate is refused by name, and the rule it would be paid by told
        refused = self._malformed(frame)
        refused.answer = f"{refused.answer}\n可先参考报销规定：{rule.answer}"
        refused.citations, refused.facts = rule.citations, rule.facts
        rough = _estimate_computed(frame, recall_place(frame, state))
        if rough is not None:
            # ("差不多6千": what about that much would be paid leads, said as an estimate; the
            # exact sum is still asked by name)
            said, paid = rough
            refused.answer = f"{said}\n{refused.answer}"
            refused.facts = [*refused.facts, paid]
        return refused

    @staticmethod
    def _malformed(frame: Frame) -> Response:
        """An amount that cannot be read exactly is named, never read in part."""
        from assistant.calculators.amounts import malformed_message
        from assistant.fields import money_field_before

        piece = frame.malformed[0]
        field = money_field_before(frame.text, piece.start, frame.calculator)
        message = malformed_message(field, piece)
        return Response("error", answer=message, error=message)

    # --- grounding --------------------------------------------------------------------

    @staticmethod
    def _check_grounding(response: Response) -> None:
        """Every figure shown must stand in a cited text or a calculation step; drop lines that fail."""
        from assistant.answers import ungrounded_numbers

        if response.status not in ("answered", "calculated", "out_of_scope") or response.answer in (
            HELP,
            SELF_INTRO,
            OFF_TOPIC,
            OFF_TOPIC + QUIZ_HINT,
        ):
            return
        sources = [c.text for c in response.citations] + [c.display for c in response.citations]
        sources += response.facts
        if response.calculation:
            sources += calculation_grounds(response.calculation)
        kept = [
            line for line in response.answer.split("\n") if not ungrounded_numbers(line, sources)
        ]
        response.answer = "\n".join(kept)


PAYS = re.compile(
    r"(交|缴)(医保|钱|费)|出钱|要交|免交|免缴|不用交|免费参保|免费(?:吗|不|么|嘛)|还交|掏钱|自己交|个人交|交吗|交不交|谁出|谁交|各出|"
    # "听说60岁以上就免了": the exemption said as heard
    r"就免了?|免了吗|是不是免|免不免|(?:能|可以)免(?:吗|么|不|掉)|"
    # ("她是不是也交60", "也要交250吗": a sum checked)
    r"是不是(?:也|还|要)?(?:交|缴|掏)|(?:也|还)(?:要|得)?(?:交|缴|掏)\s*\d+|"
    r"要钱(吗|不|么)|收钱(吗|不)|收费(吗|不)|能不能不(交|缴)|可不可以不(交|缴)|可以不(交|缴)|"
    r"交几|交多少|缴多少|用交|(自己|个人|本人|自个儿?)(还)?(要|得|需要)?(出|掏|付)(钱|吗|不|么)"
)


# who pays asked as a turn of its own ("上半年住院的钱谁出", "那之前住院谁给报")
PAYER_FOLLOW_UP = re.compile(rf"{WHO_PAYS}|谁(?:来)?给报|哪个基金|哪儿出|哪里出")
PAYER_TURN = 14  # a turn this short asks of the conversation, not of a rule of its own

# "两个加起来", "这三个一共": how many of the last results are added up
SUM_COUNT = re.compile(
    r"([两俩二三四五六七八九2-9])[个项次位人]?(?:县|个县)?[^，。？]{0,4}(?:加起来|一共|总共|合计|共计|总计)"
)


# a message that ends with the same question asked again with one thing changed ("…？三级呢？")
CASE_TAIL = re.compile(r"^(.*?[^？?，,\s])[？?，,\s]+([^？?，,\s\d]{1,12}呢[？?]?)$")


def _over_the_whole(turn: str, last: str) -> str | None:
    """A turn that says only a scope (全地区一共多少, 七个县呢) re-asks the last question over it,
    said as one question ("全地区 今年有多少…岗位": the asking words the last question's)."""
    said = WHOLE_SAID.search(turn)
    if not last or not said or WHOLE_ONLY.sub("", WHOLE_SAID.sub("", turn)):
        return None
    again = rescoped(last, turn)
    if re.search(r"多少|几", turn):
        # ("全地区一共多少个" after "改则县还有哪些村没通硬化路": how many, of what was listed)
        again = re.sub(r"哪些|哪几个", "多少个", again)
    return f"{said.group(0)}{again}"


def _treated_there_before(frame: Frame, state: State) -> str | None:
    """The place the turn is about, when the last question named it as where one is treated."""
    place = frame.subject.elsewhere
    if place is None or place.generic or frame.subject.scheme is not None:
        return None
    return place.said if _named_as_treated(place.name, state) else None


TREATED_LOOKBACK = 3  # the recent questions a place may have been said to be treated in


def _named_as_treated(name: str, state: State) -> bool:
    """Whether a recent question, or the topic's, named the place as where one is treated
    ("后来又转去成都华西住院" before "成都那边要备案吗"; "回到刚才拉萨那次")."""
    told = [*state.asked[-TREATED_LOOKBACK:], *([state.topic.query] if state.topic else [])]
    return any(
        p.name == name and p.role is PlaceRole.TREATED
        for t in told
        for p in read_frame(t).subject.places
    )


# the same raise asked of another benefit ("门诊拿药也多5%吗", "两病门诊也提高吗")
ALSO_RAISED = re.compile(r"(?:也|还|一样)[^，。？?]{0,6}(?:多|提高|照顾|优惠|上浮|\d+\s*%)")


# a month the care is said to fall in ("那要是4月份住院呢", "同月20号"), set against a back
# payment's
MONTH_NAMED = re.compile(
    r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!底|末|初)|同月|当月"
)
LAPSE_ARTICLE = "第八条"  # the medical rules' article on paying late (补缴的次月起)


def _lapse_said(state: State, question: str = "") -> str:
    """The turn that told of payments lapsed, while the conversation is on paying late."""
    topic = state.topic
    if (
        MONTH_NAMED.search(question)
        and state.asked
        and eligibility.BACK_PAID.search(state.asked[-1])
        and state.last_citations
        and state.last_citations[0].label == LAPSE_ARTICLE
    ):
        # "我3月15号补的，3月20号住院了，这次能报吗" answered by 第八条: the stay it named is
        # the topic now, but the back payment still stands ("那要是4月份住院呢")
        return state.asked[-1]
    if topic is None or topic.calculator != "contribution" or topic.slots.get("mode") != "late":
        return ""
    return next((q for q in reversed(state.asked) if LATE_PAYMENT.search(q)), "")


def _raise_extended(frame: Frame, state: State) -> eligibility.Verdict | None:
    """ "门诊拿药也多5%吗" right after a rule raising the share of some benefits only (对建档立卡
    贫困人员…住院、门诊特殊病医疗费用提高5%报销比例): whether the benefit named is one of them,
    said from the rule's own list."""
    if not ALSO_RAISED.search(frame.text):
        return None
    # (the rule quoted, or the step of a result that raised its share)
    raising = [
        (cite, sentence)
        for cite in state.last_citations
        for sentence in re.split(r"(?<=[。；])", cite.text)
        if RAISED.search(sentence) and benefits(sentence) - {"区外", "床位"}
    ]
    if not raising:
        return None
    cite, sentence = raising[0]
    covered = benefits(sentence) - {"区外", "床位"}
    # ("门诊拿药": the outpatient visit with no special illness named is the general pool)
    named = benefits(frame.text) - {"区外", "床位"} or (
        {"普通门诊"} if "门诊" in frame.text else set()
    )
    if not covered or not named:
        return None
    place = [(cite.unit_id.split("/")[0], cite.article, cite.clause or "")]
    said = re.sub(r"^（[一二三四五六七八九十]+）", "", sentence.strip()).rstrip("。；")
    if named <= covered:
        return eligibility.Verdict(f"是。按{cite.label}：{said}。", place)
    listed = "、".join(sorted(covered, key=lambda b: BENEFITS[b].search(sentence).start()))
    others = "、".join(sorted(named - covered))
    return eligibility.Verdict(
        f"不是。按{cite.label}：{said}；只说了{listed}，{others}不在其中。", place
    )


def _stay_elsewhere_rated(frame: Frame, state: State) -> Frame | None:
    """A rate asked with the tier, no place named, while the topic is a stay outside the pool
    that an earlier turn placed ("我妈在成都住院了"): the frame of that stay's rate."""
    if frame.calculator not in (None, "inpatient") or frame.fact is not FactType.RATIO:
        return None
    # ("拉萨那边报销比例是多少 他交的120档" after "要去拉萨住院": the place said is that stay's)
    if any(not _named_as_treated(p.name, state) for p in frame.subject.places):
        return None
    said = understand(frame.text, "inpatient").inputs
    if not said.get("tier") or "cost" in said:
        return None
    # (the topic, or the turn before as asked: the topic may already be this turn's own)
    topic = state.topic
    before = read_frame(state.asked[-1]) if state.asked else None
    placed = (
        (
            topic is not None
            and topic.calculator == "inpatient"
            and topic.slots.get("in_area") is False
        )
        or (
            before is not None
            and before.calculator == "inpatient"
            and before.slots.get("in_area") is False
        )
        or bool(frame.subject.places)  # (each one named as treated, above)
    )
    if not placed:
        return None
    return replace(frame, calculator="inpatient", slots={**said, "in_area": False})


def _own_case(head: str) -> bool:
    """A calculation of one's own case with its figures, asked in full before the tail."""
    first = read_frame(head)
    # ("县级看管员一个月工资多少？自治区级的呢": a level and a month are the case's figures too)
    return bool(first.calculator and (first.figures or first.slots) and QUESTION_WORD.search(head))


def _rule_first(part: str) -> bool:
    """A first part that asks a rule of its own: a topic, no figure of one's case, no lean on
    the last turn."""
    first = read_frame(part)
    return first.topical and not first.figures and not first.continuation


# the contribution itself named ("交医保", "缴保费"), not a share of a bill
CONTRIBUTION_NAMED = re.compile(r"(?:交|缴)(?:医保|保费|参保费|医疗保险)")
# paying in one's contribution named ("改交250档", "什么时候交", "去哪缴费"), not a bill
CONTRIBUTION_ASKED = re.compile(
    r"\d+\s*(?:元)?档|档次|(?:交|缴)(?:医保|费|钱)|参保|(?:交|缴)[吧吗呢啊？?。！!\s]*$"
)
# a word that names a kind of document ("实施办法", "细则"), not a subject
DOCUMENT_KIND = re.compile(r"(办法|细则|方案|通知|意见|规定|文件)$")
# when or under which number a document was issued ("文号多少", "哪天发的", "什么时候印发的")
ISSUE_ASKED = re.compile(
    r"文号|发文(?:号|日期|时间)|几号文|(?:哪天|哪年|什么时候|啥时候|何时|哪一天|几月几号)(?:发|印发|出台|发布|下发)"
    r"|(?:发|印发|出台|发布|下发)(?:的|于)?(?:时间|日期)"
)
# when something is paid or handed out ("钱什么时候发下来", "补助什么时候发", "什么时候发卡")
PAID_OUT_WHEN = re.compile(
    r"(?:钱|工资|补助|补贴|奖金|奖励|卡|报销|费|款)[^，。？?]{0,4}(?:什么时候|啥时候|何时|哪天)"
    r"|发下来|发放|发卡|发钱|到账"
)
# the words of an issue asked and of a kind of document, which name no document
ISSUE_WORDS = re.compile(
    r"方案|办法|细则|规划|文件|通知|文号|日期|时间|多少|哪天|印发|发布|什么|时候"
)
# a document pointed at ("这个办法", "该规划", "这份方案")
POINTED_DOCUMENT = re.compile(r"(?:这个|这份|该|此|这)(?:办法|细则|方案|规划|文件|通知|表)")
# when something was said in the conversation ("你刚才说的…"), naming no rule
EARLIER_WORD = re.compile(r"刚才|刚刚|之前|前面|上面|先前|方才|你说|说的")


def _stay_order_told(frame: Frame, state: State) -> bool:
    """ "这其实是我今年第二次住院了，那起付线咋算，能报多少" after a stay was computed: the order of
    that stay told, whose deductible and payment the stay computed again answer (dialogue's
    order_told), not a rule asked apart from it."""
    last = state.last_calc
    return (
        last is not None
        and last.calculator == "inpatient"
        and bool(ORDER_OF_STAY_TOLD.search(frame.text))
        and "admission" in frame.slots
    )


NEAREST_QUOTE_MAX = 120  # the characters of the nearest rule quoted with a decline


SCHEME_DEPTH = 5  # the articles searched for one that names another scheme
# a sum asked of a government's purse or a fund ("革吉县财政一年要给医保拿多少钱")
PAYER_SUM_ASKED = re.compile(
    r"(?P<who>中央|国家|自治区|地区|[\u4e00-\u9fff]{1,3}县|县|乡)?(?:级)?"
    r"(?P<payer>财政|政府|医保基金|统筹基金|基金)[^，。？?]{0,10}?"
    r"(?:拿|出|给|补|补贴|补助|投|投入|拨|花|有)[^，。？?]{0,4}?多少(?:钱|万|元)?"
)
MONEY_SAID = re.compile(r"\d\s*(?:万元|元)")
FIGURE_SAID = re.compile(r"\d\s*(?:万元|元|%|％)|\d\s*[:：]\s*\d")


def _best_sentence(hit, fallback: str) -> str:
    """The sentence of a hit nearest the question (its best clause), else `fallback`."""
    return hit.clauses[0].clause.text if hit.clauses else fallback


def _another_matters_fund(verdict: eligibility.Verdict, text: str, state: State) -> bool:
    """Whether a turn that names no care ("那住的地方和来回车费呢") is decided by the medical
    fund's rules (第三十条（五） 交通费) though the last answer was another document's (a
    training's fee): that document's costs are asked."""
    return bool(
        state.last_citations
        and _last_doc(state) != eligibility.ENROL
        and verdict.places
        and verdict.places[0][0] == eligibility.ENROL
        and not eligibility.CARE_SAID.search(text)
    )


def _last_doc(state: State) -> str:
    """The document of the last answer's main citation."""
    return state.last_citations[0].unit_id.split("/", 1)[0]


def _names_standing(text: str) -> bool:
    """Whether a turn names a standing of the medical rules (低保, 残疾, a monk)."""
    return bool(eligibility.standings_named(text) or eligibility.MONK.search(text))


def _family(doc_id: str) -> str:
    """The family of documents one belongs to (relic-custodians → relic, roads-tasks → roads):
    the plans of one matter, read together."""
    return doc_id.split("-", 1)[0]


def _fresh(state: State) -> bool:
    """Nothing said before in this conversation that a turn could lean on."""
    return not (state.last_citations or state.topic or state.pending or state.last_calc)


def _paid_told(frame: Frame, state: State) -> bool:
    """Whether the turn tells what the fund has paid this year ("已经报了5.8万"), for the last
    case to be computed against it."""
    last = state.last_calc
    # (with no case of its own computed, as the stay's: "两病门诊今年报了500了，还剩多少")
    name = last.calculator if last is not None and last.calculator in PAYING_CALCS else "inpatient"
    reading = understand(frame.text, name)
    return reading is not None and reading.inputs.get("already_paid") not in (None, "")


# what the patient bears of a bill, asked after its result: "那他自己还要掏多少", "个人自付多少"
OWN_SHARE_ASKED = re.compile(
    r"(自己|个人|自个儿?|本人)[^，。？?]{0,4}(掏|出|付|负担|承担|花)[^，。？?]{0,4}(多少|几)"
    r"|(自付|自掏腰包|自掏)[^，。？?]{0,4}(多少|几)"
)


# the shares of several bills asked together ("那两次她自己一共掏了多少钱", "加起来自付多少")
SHARES_TOGETHER = re.compile(r"(?<!第)[两俩二三四几]次|一共|总共|合计|加起来|加在一起")
# one stay named ("这次自己掏了多少", "第二次"): its own share
ONE_STAY_NAMED = re.compile(r"这次|这回|上次|上回|第[一二三四五六七八九十\d]+次")


def _stays_paid(own: Calculation, frame: Frame, state: State) -> list[Payment]:
    """The bills of the person whose own share is asked over several of them, with the figures
    they were computed from (empty unless the turn asks them together)."""
    if not SHARES_TOGETHER.search(frame.text) or ONE_STAY_NAMED.search(frame.text):
        return []
    return [
        p
        for p in state.payments_of(own.person)
        if p.inputs.get("cost") not in (None, "") and p.calculator != "earlier"
    ]


def _own_share_of(frame: Frame, state: State) -> Calculation | None:
    """The latest computed bill (of the person the turn names, if it names one) whose own share
    the turn asks, with no new figure or case of its own."""
    # ("那自己要掏多少" reads like a contribution asked, with its default slots, but names no
    # paying in: 交, 缴, 保费, 参保)
    guessed = frame.calculator == "contribution" and not re.search(
        r"交|缴|保费|参保|医保", frame.text
    )
    if not OWN_SHARE_ASKED.search(frame.text) or frame.figures or (frame.slots and not guessed):
        return None
    last = state.last_calc.calculator if state.last_calc else None
    if frame.calculator not in (None, last) and not guessed:
        return None
    who = person_key(frame.person.who)
    return next(
        (
            c
            for c in reversed(state.results)
            if "payment" in c.result
            and c.inputs.get("cost") not in (None, "")
            and (not who or c.person == who)
        ),
        None,
    )


def _sums_results(frame: Frame, state: State) -> bool:
    """ "两个加起来", "一共多少" after two or more results of one calculator: their sum, asked
    with no figure, no new case and no topic of its own. Fund payments have their tally."""
    if not RUNNING_TOTAL.search(frame.text) or frame.figures:
        return False
    # ("那我们三个人（奶奶、我、儿子）一共要交多少": the group read as a contribution's, with
    # nothing of its own)
    said = {k: v for k, v in frame.slots.items() if v not in (None, "", [])}
    if GROUP_SAID.search(frame.text):
        said = {k: v for k, v in said.items() if k not in ("mode", "sex", "persons")}
    if said:
        return False
    if frame.topical and not frame.calculator:
        return False  # ("噶尔和日土的养护岗位加起来多少" after two budgets: a topic of its own)
    if frame.calculator not in (None, state.last_calc.calculator if state.last_calc else None):
        return False
    if SITE_POINTED.search(frame.text):
        # ("一年那个点总共要发多少工资": the site's own pay, 每处2名, not the results')
        return False
    run = state.last_run() if state.results else []
    if len(run) < 2 or run[-1].calculator in TALLIED or NEW_VISIT.search(frame.text):
        return False
    # "要是全家都改成250档呢，一共多少": the last case changed (its own sum), not the results added;
    # ("两个人加一起多少钱": how many results are added is no change)
    changed = slots_for(frame, run[-1].calculator, keep_mode=False)
    if GROUP_SAID.search(frame.text):
        # ("我们四个人（爸、妈、我、弟）一共要掏多少": the kin listed are those computed; the sex
        # one of them says is no change)
        changed.pop("sex", None)
    return not set(changed) - {"persons", "counties"}


# how many people a group is said to be ("我们四个人", "三口人")
GROUP_COUNT = re.compile(r"([两三四五六七八九十\d])\s*(?:个人|口人|口)")


# two tiers set against each other in one sentence ("交250跟交120", "120和250的")
# which of two is better ("哪个报得多", "哪个划算")
WHICH_BETTER = re.compile(r"哪个[^，。？?]{0,4}(?:多|高|划算|合算|好)")


# another tier supposed beside the one said ("我交120的…要是交250能多报多少")
SUPPOSED_TIER = re.compile(
    r"(?:要是|如果|假如|换成|改成|改交|换交)(?:当初)?(?:交|选|缴)?(?:的是)?\s*"
    rf"({TIER_SAID})(?![\d.万千百十wWkK])"
)


def tiers_set_against(frame: Frame) -> tuple[int, int] | None:
    """The two tiers a paying question sets against each other, asking their difference: both
    named together, or one said and another supposed."""
    if frame.calculator not in PAYING_CALCS or not (
        DIFFERENCE_ASKED.search(frame.text) or WHICH_BETTER.search(frame.text)
    ):
        return None
    named = tiers_named(frame.text)
    if named:
        return named[0], named[1]
    supposed = SUPPOSED_TIER.search(frame.text)
    said = frame.slots.get("tier")
    if supposed is None or said is None or str(said) == str(tier_value(supposed.group(1))):
        return None
    return int(said), tier_value(supposed.group(1))


# "她比我少报多少", "两个差多少", "相差几块钱": the last two results set against each other
DIFFERENCE_ASKED = re.compile(
    r"(?:比|跟|和|与)[^，。？?]{0,8}(?:少|多|差)[^，。？?]{0,4}(?:多少|几)"
    # ("一年最多报多少", "最少交多少": a limit, not the difference of two results)
    r"|(?:相?差|差了|差距|差额)[^，。？?]{0,3}(?:多少|几|是)|(?<![最至顶])(?:少|多)(?:报|拿|交|给)了?多少"
)


def _with_group_total(response: Response, frame: Frame, state: State) -> Response:
    """ "不对，我爸其实才64，他要是选最低档，四个人一共多少": a person's case computed again, and
    the total over each person's latest case of that calculator in the conversation, said
    first (not for the fund's payments, which have their tally)."""
    calc = response.calculation or {}
    name = calc.get("calculator")
    if (
        response.status != "calculated"
        or name in TALLIED
        or not (RUNNING_TOTAL.search(frame.text) and GROUP_SAID.search(frame.text))
    ):
        return response
    # (one person's own contribution each: the total key is theirs, and no case counts
    # several people or another mode — a budget, a fiscal split)
    head = "individual"
    cases = [
        c
        for c in state.cases.values()
        if c.calculator == name == "contribution"
        and head in c.result
        and "total" not in c.result
        and c.inputs.get("mode") in (None, "enrol")
    ]
    said = GROUP_COUNT.search(frame.text)
    counted = small_count(said.group(1)) if said else (2 if PAIR_SAID.search(frame.text) else None)
    if (
        len(cases) < 2
        or "合计" in response.answer.split("\n", 1)[0]
        or (counted is not None and counted != len(cases))
    ):
        return response  # ("我们两口子一共" after three people's cases: not all of them)
    unit = "万元" if head == "total_wan" else "元"
    amounts = [Decimal(c.result[head]) for c in cases]
    total = sum(amounts, Decimal(0))
    named = [person_said(c.person) for c in cases]
    said = " + ".join(f"{who} {a:.2f}" for who, a in zip(named, amounts, strict=True))
    lead = f"按本次对话里每人最近一次的计算，{len(cases)}人合计：{said} = {total:.2f} {unit}。"
    response.answer = f"{lead}\n{response.answer}"
    response.facts = [
        *response.facts,
        f"{total:.2f}",
        *(f"{a:.2f}" for a in amounts),
        f"{len(cases)}人",  # (how many people: the conversation's own count)
    ]
    return response


def _with_difference(response: Response, frame: Frame, state: State) -> Response:
    """ "我邻居看的是县级的，他一年比我少多少": a new case computed and set against the one
    before it in the same turn, the difference said first."""
    if response.status != "calculated" or not DIFFERENCE_ASKED.search(frame.text):
        return response
    if "相差" in response.answer.split("\n", 1)[0]:
        return response  # ("张三交60 李四交250 …差多少": the cases' own difference leads)
    run = state.last_run() if state.results else []
    calc = response.calculation or {}
    if len(run) < 2 or calc.get("result") != run[-1].result:
        return response  # (the difference was the answer itself, or no pair to compare)
    head = next(iter(run[-1].result))
    unit = "万元" if head == "total_wan" else "元"
    now, before = Decimal(run[-1].result[head]), Decimal(run[-2].result[head])
    high, low, gap = _gap((now, before))
    more = "多" if now > before else "少"
    response.answer = (
        f"比上一个算出的 {before:.2f} {unit}{more} {gap:.2f} {unit}"
        f"（{high:.2f} − {low:.2f}）。\n{response.answer}"
    )
    response.facts += [f"{gap:.2f}", f"{before:.2f}"]
    return response


def _each_against(guess: Guess, asked: str, results: list[tuple[str, Decimal]]) -> str:
    """ "一年能拿两万吗" with the level unknown: the yes or no when every value gives the same,
    else which values reach the figure guessed."""
    round_figure = guess.said.rstrip("多余来出头以上")
    said = {guess_verdict(guess, r).split("。")[0] for _, r in results}
    if len(said) == 1:
        least = min(r for _, r in results)
        # ("能拿1200吗" and 1200 at the lowest level: reached, not exceeded)
        reached = "不到" if least < guess.value else ("超过" if least > guess.value else "达到")
        return f"{said.pop()}：不论{asked}，算下来都{reached}{round_figure}。"
    over = "、".join(v for v, r in results if r >= guess.value)
    under = "、".join(v for v, r in results if r < guess.value)
    return f"要看{asked}：{over}达到{round_figure}，{under}不到。"


def _gap(amounts: Iterable[Decimal]) -> tuple[Decimal, Decimal, Decimal]:
    """The larger and the smaller of two sums, and how far apart they are."""
    values = list(amounts)
    return max(values), min(values), max(values) - min(values)


def _compares_results(frame: Frame, state: State) -> bool:
    """ "她比我少报多少" after two results of one calculator: their difference, asked with no
    figure and no case of its own."""
    if not DIFFERENCE_ASKED.search(frame.text) or frame.figures or frame.slots:
        return False
    if RUNNING_TOTAL.search(frame.text) or REMAINING_ASKED.search(frame.text):
        # ("两次加起来一共报了多少？离一年的封顶还差多少？": a total and what the cap still
        # leaves, the fund's tally — no difference between the results)
        return False
    run = state.last_run() if state.results else []
    return len(run) >= 2 and frame.calculator in (None, run[-1].calculator)


def _cap_used(state: State, person: str) -> tuple[Decimal, Decimal]:
    """What the fund paid this person in the conversation against the yearly cap (第二十三条),
    and what the cap still leaves."""
    paid = state.paid_this_year(person, "inpatient")
    cap = Decimal(rules()["inpatient"]["annual_cap"]["value"])
    return paid, max(cap - paid, Decimal(0))


def _new_case(frame: Frame, state: State) -> bool:
    """ "为什么交250档的要出这么多" states a case of its own; "为什么起付线变成140了" or "为啥只给了
    两百来块" quotes the last result's figures (or rounds them): still a question about it."""
    from assistant.fields import Kind, spec

    last = state.last_calc
    figures = {
        k: v
        for k, v in frame.slots.items()
        if k == "tier" or spec(k).kind in (Kind.MONEY, Kind.COUNT)
    }  # "为什么比在阿里/比二级少" names the case compared with, not a new one
    return bool(frame.calculator) and any(
        last is None or last.inputs.get(k) != v for k, v in figures.items()
    )


def _said_back(key: str, value: Any) -> str:
    """A standing input told back to the user: a flag by its name (建档立卡贫困人员, never
    "True"), a list joined, any other value with its label."""
    if spec(key).kind is Kind.FLAG:
        # ("我不是贫困户": a standing denied is told back as denied)
        return ("" if value else "不是") + spec(key).label.removeprefix("是否")
    shown = "、".join(value) if isinstance(value, list) else value
    return f"{spec(key).label}“{shown}”"


# what a turn naming only a place says beside it ("要是在成都呢", "那其他县的呢")
PLACE_TURN_WORDS = re.compile(r"^(?:那么?)?(?:要是|如果|换成)?(?:在|去|到)?|的|呢|[？?。，,\s]")


# things of the relic rules that stand somewhere ("噶尔那座寺", "日土的岩画")
RELIC_PLACE = r"(?:寺|庙|遗址|岩画|文物|文保|佛|塔|石窟|古城|殿|经堂|壁画)"
# a relic site's level as said ("全国重点", "国保", "区级", "县级"), and how the text writes it
SITE_LEVEL_SAID = re.compile(r"全国重点|国保|自治区级|区级|县级")
SITE_LEVEL_TEXT = {"国保": "全国重点", "区级": "自治区级"}


def _to_site_level(last: str, frame: Frame) -> str | None:
    """ "那如果只是县级文保单位呢" after "全国重点文保单位的保护范围里修水渠，得哪一级批准": the
    last question asked of the site level named now, or None when either names none or two."""
    now = {SITE_LEVEL_TEXT.get(w, w) for w in SITE_LEVEL_SAID.findall(frame.text)}
    before = SITE_LEVEL_SAID.findall(last)
    if len(now) != 1 or len(set(before)) != 1:
        return None
    level = next(iter(now))
    if SITE_LEVEL_TEXT.get(before[0], before[0]) == level:
        return None
    # (the turn says nothing else of the case: its other words are the site's own)
    rest = re.sub(
        r"^(那|那么)?(如果|要是|假如)?(只是|换成|是)?|的?(文保|文物保护)?(单位|点)?的?呢?[？?。]*$",
        "",
        SITE_LEVEL_SAID.sub("", frame.text),
    )
    if rest.strip():
        return None
    return last.replace(before[0], level)


def _to_place(last: str, frame: Frame) -> str | None:
    """The last question with its place replaced by the one a short continuation names alone
    ("那阿里的呢", "日土县的呢"), or None when the turn says more than a place."""
    now = places_in(frame.text)
    before = places_in(last)
    rest = frame.text
    for p in now:
        rest = rest.replace(p.said, "")
    other = OTHER_SCOPE.search(frame.text)
    if not now and other and before:
        # "其他县呢" after "日土县…啥时候能开通": the counties the plan speaks of together
        rest = frame.text.replace(other.group(0), "")
        if PLACE_TURN_WORDS.sub("", rest):
            return None
        moved = last
        for p in before:
            if not p.generic:
                moved = moved.replace(p.said, other.group(0))
        return moved if moved != last else None
    if (
        len(now) != 1
        or not before
        # ("要是在成都呢", "去日喀则呢": where, said with its preposition)
        or PLACE_TURN_WORDS.sub("", rest)
    ):
        return None
    moved = last
    for p in before:
        # (a word the last question was read with, put before it — "统筹区外 我在拉萨…" — is no
        # place it named; one the user said, "在统筹区外住院", is replaced as any other)
        if p.generic and moved.startswith(f"{p.said} "):
            moved = moved.replace(f"{p.said} ", "", 1)
        else:
            moved = moved.replace(p.said, now[0].said)
    return moved if moved != last else None


# a post people hold, named in a question ("文物看管员", "养护员", "看管人员")
ROLE_NAMED = re.compile(r"(?:野外)?(?:文物)?(?:看管|看护|养护|护林|保洁|巡护)(?:员|人员)")


def _role_of_work_asked(turn: str, state: State) -> str:
    """The post the conversation spoke of last, when a turn asks what one does every day
    without naming it ("当上了每天要干嘛" after "想当文物看管员…"); "" otherwise."""
    if not WORK_ASKED.search(turn) or ROLE_NAMED.search(turn):
        return ""
    # (the last question only, or the one before it: "怎么报名" may come between)
    for asked in [q for q in state.asked if q != turn][-2:][::-1]:
        named = ROLE_NAMED.findall(asked)
        if named:
            return named[-1]
    return ""


# the medical scheme's yearly cap, as its rule states it
CAP_STATED = re.compile(r"年度最高支付限额")
CAP_ARTICLE = "第二十三条"  # the article that states it for the scheme as a whole
# the words after which the rules name an act ("不得私自拓印", "禁止…出售", "进行…复制")
ACT_NAMED_AFTER = r"(?:不得|禁止|严禁|私自|擅自|进行)"


def _an_act_the_rules_name(word: str, doc_text: dict[str, str]) -> bool:
    """Whether the documents name `word` as an act, right after a ban or 进行 (拓印, 复制)."""
    pattern = re.compile(rf"{ACT_NAMED_AFTER}[^，。；]{{0,4}}{re.escape(word)}")
    return any(pattern.search(text) for text in doc_text.values())


def _item_only(frame: Frame, state: State) -> bool:
    """A turn that names only an item 第三十条 excludes, no figure ("那请护工的钱能报吗"): read
    as a stay's inputs when no calculator is its own."""
    if frame.figures or not ITEM_CLAIMED.search(frame.text):
        return False  # ("那跟人打架打伤的呢": another cause of the stay, computed again)
    slots = frame.slots if frame.calculator else understand(frame.text, "inpatient").inputs
    return "excluded" in slots and not set(slots) - {"excluded", "in_area"}


# the act a supposed case still asks to do ("…一定得拍呢", "…非要挖吗")
SUPPOSED_ACT = re.compile(r"(?:得|要|能|必须)([\u4e00-\u9fff])[呢吗么]?[？?。！!\s]*$")
# a case supposed in a follow-up ("要是…呢", "如果是…", "万一…")
SUPPOSED_CASE = re.compile(r"^(?:那|那么)?(?:要是|如果|假如|假设|万一|若是)")
SWAP_LOOKBACK = 2  # the questions before a bare "那X呢" that it may ask again of X


# "那阿里这边呢", "我们这里呢": the asker's own prefecture named alone
HOME_ALONE = re.compile(
    r"^(?:那|那么)?\s*(?:阿里|阿里地区|我们这|咱们这|我们阿里|咱们阿里|本地)(?:这边|这里|那边|地区)?"
    r"(?:的话|的)?\s*呢?[？?。！!\s]*$"
)


def _back_home(frame: Frame, state: State) -> str | None:
    """ "那阿里这边呢" after a question about another place (拉萨市…住院报多少): the same question
    asked of Ngari, the other place left out."""
    from assistant.places import find_places

    if not HOME_ALONE.match(frame.text):
        return None
    last = next((t for t in reversed(state.asked) if t != frame.text), "")
    elsewhere = [m for m in find_places(last) if not m.place.home]
    if not elsewhere:
        return None
    for m in sorted(elsewhere, key=lambda m: -m.start):
        last = last[: m.start] + last[m.end :]
    return re.sub(r"^[在的，,\s]+", "", last) or None


# the last question's thing denied ("不是车祸", "不是打架是…")
DENIED_THING = re.compile(r"不是([\u4e00-\u9fff]{2,4}?)(?=[是，,而\s]|的话)")

DEED_CHARS = 6
# a bare "那…呢" turn: its body, said without the asking 呢
BARE_NE = re.compile(r"^(?:那|那么)?\s*(.+?)\s*呢[？?！!。\s]*$")


def _poor_rates(tier: int, setting: str, level: str | None) -> str:
    """建档立卡's rate: the tier's rate (第二十二条（三） for a stay by hospital level, 第二十四条
    （二） for 门特) with 第二十九条（四）'s points added, at the level said or at every level."""
    table = rules()
    points = Decimal(table["inpatient"]["poor_points"]["value"])
    more = "".join(table["inpatient"]["poor_points"]["cite"][1:])
    if setting != "住院":
        ratio = table["special_outpatient"]["ratio"]
        own = Decimal(ratio["values"][str(tier)])
        return (
            f"建档立卡贫困人员门诊特殊病报销{(own + points) * 100:.0f}%：{tier}元档报"
            f"{own * 100:.0f}%（{''.join(ratio['cite'][1:])}），再提高{points * 100:.0f}个百分点"
            f"（{more}）。"
        )
    ratio = table["inpatient"]["ratio"]
    values = {lv: Decimal(v) for lv, v in ratio["values"][str(tier)].items()}
    cite = "".join(ratio["cite"][1:])
    if level in values:
        own = values[level]
        place = f"{level}医院" if level.endswith("级") else level
        return (
            f"建档立卡贫困人员在{place}住院报销{(own + points) * 100:.0f}%：{tier}元档报"
            f"{own * 100:.0f}%（{cite}），再提高{points * 100:.0f}个百分点（{more}）。"
        )
    by_rate: dict[Decimal, list[str]] = {}
    for lv, v in values.items():
        by_rate.setdefault(v, []).append(lv)
    said = "；".join(
        f"在{'、'.join(lvs)}{'定点医疗机构' if lvs[-1].endswith('级') else ''}住院报销"
        f"{(v + points) * 100:.0f}%（{tier}元档{v * 100:.0f}%再提高{points * 100:.0f}个百分点）"
        for v, lvs in sorted(by_rate.items(), key=lambda kv: -kv[0])
    )
    return f"建档立卡贫困人员{said}（{cite}、{more}）。"


def _deed_swapped(frame: Frame, state: State) -> str | None:
    """ "医院让没病的人挂床住院呢" after what follows lending one's card: what follows the deed
    the turn names, asked as the last question asked it ("…会怎样"); None unless the last
    question asked a consequence and the turn names a deed of its own (a word the last
    question lacks, in a clause of six characters or more: not "那一级文物呢", a thing)."""
    # (a calculator's word with no figure is no case: "…挂床住院呢" names a stay's deed)
    if state.topic is None or frame.figures or frame.slots.get("cost"):
        return None
    last = state.topic.query
    if read_frame(last).figures:
        return None  # (a case computed: "那…呢" changes it)
    bare = BARE_NE.match(frame.text)
    if not bare or OWN_ASK.search(bare.group(1)) or not consequence_asked(last):
        return None
    own = [w for w in _content_words(bare.group(1)) if w not in last]
    deed = len(re.findall(r"[\u4e00-\u9fff]", bare.group(1))) >= DEED_CHARS
    return f"{bare.group(1)}会怎样" if own and deed else None


def _thing_swapped(frame: Frame, state: State, doc_text: dict[str, str]) -> str | None:
    """The last yes/no asked of a thing, asked of the one a bare follow-up names ("那外景呢",
    "我说的是石碑"); None when the turn says anything of a case (a place, a figure, a
    calculator's input) or the last question was a calculation's."""
    from assistant.ellipsis import asked_of, named_thing

    if (
        state.topic is None
        or state.topic.calculator
        or frame.calculator
        or frame.slots
        or frame.figures
        or frame.subject.places
    ):
        return None
    # (a person said in the opening, "我说的是石碑", is who speaks; one in the thing is refused)
    thing = named_thing(frame.text)
    if not thing or _an_act_the_rules_name(thing, doc_text):
        return None  # ("那拓印呢" after a photo's ban: another act, asked of its own rule)
    # ("一级文物呢？" after "博物馆里的文物能借给别的单位吗？" and "最长能借多久？": the last
    # question that asked of a thing, within the last few turns)
    recent = [q for q in state.asked if q != frame.text][-SWAP_LOOKBACK:]
    for last in (state.topic.query, *reversed(recent)):
        swapped = asked_of(last, thing)
        if swapped:
            return swapped
    return None


def _role_swapped(frame: Frame, state: State) -> str | None:
    """The last yes/no of a post, asked of the post the turn names ("新招的野外看管员呢，也要去？"
    after 驻寺僧尼 must attend the training): ellipsis.role_swapped on the last question."""
    from assistant.ellipsis import role_swapped

    if state.topic is None or state.topic.calculator or frame.slots or frame.figures:
        return None
    return role_swapped(state.topic.query, frame.text)


def _identity_swapped(frame: Frame, state: State) -> str | None:
    """ "建档立卡那部分呢" after "孤儿和特困供养人员的身份归哪个部门认定": the last question asked
    of the persons the turn names now, when it names nothing else."""
    if state.topic is None or state.topic.calculator or frame.figures:
        return None
    now = [m for pattern, _ in IDENTITY_PATTERNS for m in re.finditer(pattern, frame.text)]
    rest = frame.text
    for m in now:
        rest = rest.replace(m.group(), "")
    if not now or BARE_SWAP.sub("", rest):
        return None
    last = state.topic.query
    before = [m for pattern, _ in IDENTITY_PATTERNS for m in re.finditer(pattern, last)]
    if not before:
        return None
    start, end = min(m.start() for m in before), max(m.end() for m in before)
    # (with the persons' own noun: 特困 of 特困供养人员)
    end += len(PERSONS_NOUN.match(last, end).group())
    said = "和".join(dict.fromkeys(m.group() for m in sorted(now, key=lambda m: m.start())))
    return f"{last[:start]}{said}{last[end:]}"


# what a turn naming only other persons says besides them ("建档立卡那部分呢", "那低保户的呢")
BARE_SWAP = re.compile(r"那部分|这部分|那些|那一?类|^(那么?|还有|换成)|的|呢|吗|[？?。，,！!\s]")
# the noun that ends a group of persons after its identity ("特困供养人员", "低保户")
PERSONS_NOUN = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?(?:人员|人口|对象|户|家庭))?")


def _requalified(last: str, turn: str) -> str | None:
    """ "创业目标呢" after "就业率目标是多少": the turn names, with a qualifier of its own, the
    head the last question asked of; the last question's asking, put after the turn's words
    ("创业目标是多少"), or None when the turn is no such noun."""
    bare = re.sub(r"^(那么?|要是|如果|换成|还有)|呢|吗|[？?。，,！!\s]", "", turn)
    if "的" in bare or not re.fullmatch(r"[\u4e00-\u9fff]{3,10}", bare):
        return None
    for cut in range(1, len(bare) - 1):
        head, qualifier = bare[cut:], bare[:cut]
        at = last.find(head)
        if at > 0 and qualifier not in last and not any(c in last for c in qualifier[:1]):
            return bare + last[at + len(head) :]
    return None


def _to_scheme(last: str, frame: Frame) -> str | None:
    """The last question, asked of another scheme (职工医保), put to the residents' scheme a
    continuation names ("那城乡居民医保住院呢"), when the turn says nothing the last did not."""
    from assistant.compose import HOME_SCHEME_SAID
    from assistant.frame import SCHEMES, Scheme

    said = HOME_SCHEME_SAID.search(frame.text)
    other = next(
        (
            m
            for pattern, scheme in SCHEMES
            if scheme is not Scheme.RESIDENT
            for m in [pattern.search(last)]
            if m
        ),
        None,
    )
    if said is None or other is None:
        return None
    rest = re.sub(
        r"^(那么?|要是|如果|换成)|的|呢|[？?。，,\s]", "", frame.text.replace(said.group(0), "")
    )
    if any(ch not in last for ch in rest):
        return None
    return last[: other.start()] + said.group(0) + last[other.end() :]


def _grade_said(mild: re.Match[str]) -> str:
    """ "三级残疾", "4级残疾" → how the grade is named back; 轻度残疾 as said."""
    grade = mild.group("grade") or mild.group("said")
    return f"{grade}级残疾" if grade else mild.group(0)


# a custodian's misconduct the pay rule weighs (细则 第十一条)
MISCONDUCT = ("accident", "log_untruthful")
MISCONDUCT_SAID = {"accident": "重大看管事故", "log_untruthful": "未如实填写巡逻日志"}


# words of a case rather than a matter: a level, a kind of institution, a place's rank
CASE_WORD = re.compile(r"卫生院|医院|医疗机构|中心|乡镇|社区|[一二三]级|县级|地区级|自治区级|全国")


# no accident or misdeed said ("没出事", "没有事故"), and another keeper named ("他同事")
NO_MISCONDUCT = re.compile(r"没出(?:过)?事|没有?(?:出)?(?:过)?事故|没事|一切正常")
OTHER_KEEPER = re.compile(r"同事|别人|另一个|另外一个|其他看管员|搭档")


# a deduction asked ("那要扣多少钱", "扣掉多少")
DEDUCTION_ASKED = re.compile(r"扣[^，。？?]{0,3}(?:多少|几)|扣掉|扣除|要扣|会扣")


def _misconduct_recalled(turn: Turn, inputs: dict, state: State) -> str:
    """ "那要扣多少钱" after "他看的点要是出了重大事故，补助还发吗": the misconduct a turn just
    before said (one of the last two) is the case whose deduction is asked ("" if none)."""
    if (
        not DEDUCTION_ASKED.search(turn.frame.text)
        or any(inputs.get(k) for k in MISCONDUCT)
        # ("他同事…没出事，会扣多少": another keeper, or no accident said)
        or NO_MISCONDUCT.search(turn.frame.text)
        or OTHER_KEEPER.search(turn.frame.text)
    ):
        return ""
    for earlier in [t for t in state.asked if t != turn.frame.text][-2:][::-1]:
        said = understand(earlier, "custodian_pay").inputs
        found = next((k for k in MISCONDUCT if said.get(k) is True), "")
        if found:
            return found
    return ""


def _misconduct_said(turn: Turn, calculator: str, steps: list[dict], shown: str) -> str:
    """ "巡逻日志没填会扣钱吗", "出过重大看管事故还拿得到吗" asked after a custodian's pay: the
    yes/no is answered by the misconduct's own step (第十一条), said before the figures
    (`shown`: their text, whose marker it carries); "" when the turn asks no yes/no or names no
    misconduct."""
    if (
        calculator != "custodian_pay"
        or turn.frame.intent is not Intent.ELIGIBILITY
        or not any(turn.inputs.get(k) is True for k in MISCONDUCT)
    ):
        return ""
    weighed = [s for s in steps[1:] if s.get("citation") != steps[0].get("citation")]
    lines = []
    for step in weighed:
        # (the marker its line in the figures carries)
        marker = re.search(rf"{re.escape(step['rule'])}[^\n]*?(\[\d+\])", shown)
        lines.append(f"按{step['citation']}：{step['rule']}{marker.group(1) if marker else ''}")
    return "；".join(lines)


# another source of payment, said in everyday words
OTHER_SOURCE = re.compile(r"(?:别的|其他|其它)(?:地方|渠道|办法|途径|门路)|别处")
STANDING_DENIED = re.compile(r"不是|并非|不算|以前是|原来是|曾经是|过去是|不再是|没有")


def _standing_told(frame: Frame, state: State) -> str:
    """A standing told with nothing asked ("我是建档立卡户", "我去年评上了地区级的爱国守法先进")
    right after a question of paying in ("医保怎么交"): the question of what that standing pays,
    asked; "" otherwise (it read as a question of its own and found the custodians' preferences)."""
    if (
        not frame.person.identities
        or frame.calculator
        or QUESTION_WORD.search(frame.text)
        or STANDING_DENIED.search(frame.text)  # "我不是低保户", "以前是，现在不是了"
        or state.pending is not None
        or not state.asked
    ):
        return ""
    last = read_frame(state.asked[-1])
    paying = last.calculator == "contribution" or HOW_PAID_IN.search(last.text)
    return f"{frame.text}，医保个人缴费多少" if paying else ""


# papers handed in ("参保要交啥证明", "还要交什么材料"): 交 that submits, not that pays
PAPERS_HANDED_IN = re.compile(
    r"(?:交|提交|递交|上交)[^，。？?]{0,3}(?:证明|材料|资料|证件|文件|表格?|申请|照片|复印件|户口|身份证)"
)


# the matters of the documents other than the medical scheme
OTHER_MATTER = re.compile(r"文物|文保|看管|培训|公路|养护|客运|毕业生|就业|创业|三甲|岗位")
# what a bill's sum is said after ("花了", "药费", "一共开了")
# (a period of care said before it is the bill's too: "开药 一年大概1000块")
BILL_BEFORE = re.compile(
    r"(?:花了|花费|花|费用?|钱|合规|用了|开了|一共|总共|一年|每年|全年|一个月|每个?月|这次|这回)\s*$"
)


def _estimate_for_topic(frame: Frame, state: State) -> Frame | None:
    """ "一年药费差不多3500，能报多少" after the 两病 rule: a bill of the topic said roughly —
    the topic's case with its cost an estimate, refused by name with the topic's rule."""
    topic = state.topic
    if frame.calculator or frame.malformed or topic is None:
        return None
    if not frame.asks_figure and WHAT_NOW_ASKED.search(frame.text):
        return None  # ("超过了咋办 我阿妈癌症花了十几万": what to do is asked, no sum)
    if topic.calculator not in ESTIMATE_RULED or OTHER_MATTER.search(frame.text):
        return None  # ("文物培训的费用大概500左右，是谁出": another document's cost)
    from assistant.calculators.amounts import scan_amounts

    rough = [
        m
        for m in scan_amounts(frame.text).malformed
        if m.estimate and BILL_BEFORE.search(frame.text[max(0, m.start - 6) : m.start])
    ]
    changed = {
        k: v for k, v in understand(frame.text, topic.calculator).inputs.items() if k != "mode"
    }
    if not rough and frame.continuation and changed and not frame.figures:
        # "换成地区人民医院呢，三级的" after a stay's bill said roughly: the same rough bill at
        # what the turn changes (the topic's question holds the bill)
        said = [m for m in scan_amounts(topic.query).malformed if m.estimate]
        if len(said) == 1:
            return replace(
                frame,
                text=f"{topic.query}，{frame.text}",
                intent=Intent.CALCULATE,
                calculator=topic.calculator,
                slots={**topic.slots, **changed},
                malformed=said,
            )
    if not rough:
        return None
    # (read with the topic's question: its rule is the one the bill would be paid by; the
    # pieces where they stand in that text)
    lead = f"{topic.query}，"
    return replace(
        frame,
        text=f"{lead}{frame.text}",
        intent=Intent.CALCULATE,
        calculator=topic.calculator,
        # (with what the turn says of the case: "在乡卫生院开药" is the level the next turn's
        # exact sum is paid at)
        slots={**topic.slots, **understand(frame.text, topic.calculator).inputs},
        malformed=[replace(m, start=m.start + len(lead), end=m.end + len(lead)) for m in rough],
    )


# whether a rule differs from one county to another is asked ("改则县的标准和普兰一样吗",
# "偏远的县给的多吗", "各县都一样吗")
COUNTY_SAME_ASKED = re.compile(
    r"一样吗|一样不|一样么|是不是一样|相同吗|有没有区别|有区别吗|区别大吗|不一样吗|给的多|给得多|"
    r"高一些吗|多一些吗|更多吗|更高吗"
)
COUNTIES_NAMED = re.compile(r"各县|每个县|偏远的?县|别的县|其他县|哪个县都")


def _same_in_every_county(frame: Frame, state: State) -> Response | None:
    """ "改则县的标准和普兰一样吗" after a custodian's pay: the rule just applied names no county,
    so it is the same in every county — said with that rule quoted."""
    from assistant.fields import NGARI_COUNTIES

    named = [c for c in NGARI_COUNTIES if c.removesuffix("县") in frame.text]
    if not COUNTY_SAME_ASKED.search(frame.text) or not (named or COUNTIES_NAMED.search(frame.text)):
        return None
    # (a place beyond the seven counties is another matter: "改则县和拉萨一样吗"; a count
    # compared, "文物点数量一样吗", is no rule)
    if any(p.role is not PlaceRole.HOME for p in frame.subject.places) or COUNT_COMPARED.search(
        frame.text
    ):
        return None
    rule = next(iter(state.last_citations), None)
    if rule is None or any(c.removesuffix("县") in rule.text for c in NGARI_COUNTIES):
        return None
    from index.lexical import covered_by, tokenize

    # (of the rule just given: "札达县的看管员工资和日土县的一样吗" after a stay's rates is
    # another matter, which that rule does not speak of)
    asked = re.sub("|".join(c.removesuffix("县") + "县?" for c in NGARI_COUNTIES), "", frame.text)
    asked = MORE_FOR_SOME.sub("", COUNTY_SAME_ASKED.sub("", asked))
    other = [
        t
        for t in tokenize(asked)
        if len(t) >= 2 and not SAME_FILLER.search(t) and not covered_by(t, asked, rule.text)
    ]
    if other:
        return None
    # ("听说偏远的县给的多": more for remote counties is what the text does not provide)
    more = "（文件也没有规定偏远的县另有加发）" if MORE_FOR_SOME.search(frame.text) else ""
    state.last_status = "answered"
    return Response(
        "answered",
        answer=(
            f"一样，不分县：{rule.label}的规定对各县都一样，没有按县规定不同的标准{more}。[1]\n"
            f"原文：{rule.display}“{display(rule.text)}”[1]"
        ),
        citations=[rule],
    )


# words of how the comparison is put ("标准", "那边", "听说")
SAME_FILLER = re.compile(r"标准|那边|这边|听说|是不是|的话|一样|县里|钱")
COUNT_COMPARED = re.compile(r"数量|多少|几个|几处|个数|人数")
MORE_FOR_SOME = re.compile(r"偏远|给的多|给得多|多一些|更多|高一些|更高")


def _level_changes_nothing(name: str, data: dict, inputs: dict, corpus: Corpus) -> str | None:
    """The level to compute with when the level alone is missing and every level gives the
    same payment (the yearly cap reached at each); None otherwise."""
    from assistant.fields import spec

    if data["status"] != "follow_up" or data["follow_up"]["missing"] != ["level"]:
        return None
    paid = set()
    for value in spec("level").values:
        each = calculate(name, {**inputs, "level": value}, corpus)
        if each["status"] != "calculated":
            return None
        paid.add(each["result"].get("payment"))
    return spec("level").values[-1] if len(paid) == 1 and None not in paid else None


def _with_emergency_told(frame: Frame, state: State) -> Frame:
    """ "他之前选的定点不是这家医院 也能报吗" after "急诊留观了3天才转住院": the emergency told
    the turn before is the exception 第二十九条（五） makes for a hospital not chosen."""
    from assistant.calculators.medical import EMERGENCY_SAID, NOT_CHOSEN

    if (
        not NOT_CHOSEN.search(frame.text)
        or EMERGENCY_SAID.search(frame.text)
        or ANOTHER_STAY.search(frame.text)  # ("他这次去的不是选定的医院": another stay)
    ):
        return frame
    # (the turn just before; a stay told as a statement waits on its follow-up: the topic's)
    before = [*state.asked[-1:], *([state.topic.query] if state.topic else [])]
    said = next((t for t in before if t != frame.text and EMERGENCY_SAID.search(t)), None)
    if said is None:
        return frame
    # (of the same person: "我妈去的不是选定的医院" after 我爸's emergency is hers, not his)
    who = frame.person.who
    if (
        who
        and who not in ("他", "她")
        and person_key(who) != person_key(read_frame(said).person.who)
    ):
        return frame
    return replace(frame, text=f"{frame.text}（前面说的是急诊）")


# this visit's own sum said ("这次花了500"), not the year's
THIS_VISIT = re.compile(r"这次|这回|本次|这一次")
# a stay other than the one just told ("这次", "这回", "又…住院", "再")
ANOTHER_STAY = re.compile(r"这次|这回|又|再次|再去")


def _run_at_any_level(calculator: str, inputs: dict[str, Any]):
    """The case computed; with no level said, at the level any one gives the same payment at
    ("一年药费差不多3000" of 糖尿病: the 1200 limit at every level); None when it cannot be."""
    from assistant.calculators import CalcError, MissingInput, run
    from assistant.fields import spec

    try:
        return run(calculator, inputs)
    except MissingInput:  # (before CalcError, which it is one of)
        if "level" in inputs:
            return None
    except (CalcError, ValueError):
        return None
    results = []
    for level in spec("level").values:
        try:
            results.append(run(calculator, {**inputs, "level": level}))
        except (CalcError, MissingInput, ValueError):
            return None
    paid = {r.result.get("payment") for r in results}
    return results[-1] if len(paid) == 1 and None not in paid else None


def _estimate_computed(frame: Frame, place: dict | None = None) -> tuple[str, str] | None:
    """ "药钱差不多6千": the case computed on the one figure the estimate hedges, said as an
    estimate (the sum is still asked exactly); (the line, the payment) or None when the
    estimate hedges no single figure or the case lacks an input."""
    from assistant.calculators.amounts import point_of_estimate
    from assistant.calculators.understanding import MONTHLY_BILLS, month_span
    from assistant.fields import money_key_before

    if len(frame.malformed) != 1:
        return None
    piece = frame.malformed[0]
    value = point_of_estimate(piece)
    # ("大概两万多", "两万几": more than the figure, by how much unsaid; "三千来块" is about it)
    if value is None or frame.text[piece.end : piece.end + 1] in ("多", "余", "几"):
        return None
    key = money_key_before(frame.text, piece.start) or "cost"
    if key == "cost":
        # ("药费差不多2000" of the 两病 drugs: the bill is that calculator's own field)
        key = MONTHLY_BILLS.get(frame.calculator or "", key)
    # ("一个月150左右，一年下来": the month's estimate over the span said, as an exact one is)
    said = f"{frame.text[: piece.start]}{value.normalize():f}{frame.text[piece.end :]}"
    per_month = month_span(said) if frame.calculator in MONTHLY_BILLS else None
    estimate = per_month[0] * per_month[1] if per_month else value
    # (where an earlier turn said the care is, when this one does not: 拉萨 before)
    inputs = {**(place or {}), **frame.slots, key: str(estimate)}
    named = next((s for s in UNNAMED_SPECIAL if s in frame.text), None)
    if frame.calculator == "special_outpatient" and "disease" not in inputs and named:
        inputs["disease"] = named  # ("按门特能报多少": every listed illness is paid alike)
    result = _run_at_any_level(frame.calculator, inputs)
    if result is None:
        return None
    paid = result.result.get("payment")
    if paid is None or not result.steps:
        return None
    where = "、".join(dict.fromkeys(c.article + c.item for c in result.citations()))
    span = f"（每月约{value.normalize():f}元 × {per_month[1]} 个月）" if per_month else ""
    return (
        f"按约{estimate.normalize():f}元{span}估算：医保约支付{paid}元（{where}）。"
        "确切金额以实际的合规费用为准，告诉我确切金额可以算准。",
        paid,
    )


WIDER_PENALTY = 10  # the articles looked through for the list that punishes a deed asked of
# a figure of a computed case checked ("起付线还是400吗", "比例是不是85%")
FIGURE_CHECKED = re.compile(
    r"(起付线|起付标准|报销比例|比例|封顶线?|限额)[^，。？?\d]{0,4}?(?:还是|是不是|就是|是|按)\s*"
    r"(\d+(?:\.\d+)?)\s*(万|元|块|%|％)?[^，。？?\d]{0,3}(?:吗|么|嘛|[？?]|$)"
)
# the tier asked ("按哪档算", "算哪一档"), or a rate of a tier's ("报销比例", "能报几成"), of a
# claim ("报", 住院, 门特), not of what one pays in ("医保交哪一档", "分几档")
FIXED_TIER_ASKED = re.compile(r"(?:哪|什么)(?:一|个)?档|按(?:哪|什么)(?:个|种)?(?:档|标准)")
TIER_RATE_ASKED = re.compile(
    r"比例|几成|百分之(?:几|多少)|多少%|报多少(?![钱块元])|能报几|报百分之"
)
TIER_CLAIM = re.compile(r"报|住院|门特|门诊特殊病")
NOT_BY_TIER = re.compile(r"普通门诊|两病|门诊(?!特殊)|看门诊(?!特殊)|拿药")


def _asks_fixed_tier(text: str) -> bool:
    """A tier asked, or a stay's or a 门特 bill's rate."""
    return bool(
        FIXED_TIER_ASKED.search(text)
        or (TIER_RATE_ASKED.search(text) and re.search(r"住院|门特|门诊特殊病", text))
    )


def _told_only(part: str) -> bool:
    """A part that asks nothing ("奶奶今年都70了"), or whether the person pays at all, which
    the tier's rule answers (她的医保是不是不用交)."""
    frame = read_frame(part)
    return not QUESTION_WORD.search(part) or (
        bool(PAYS.search(part))
        and frame.fact not in (FactType.DATE, FactType.BODY, FactType.PROCEDURE, FactType.LIST)
    )


def _person_with_tier(frame: Frame, state: State) -> Person | None:
    """The person a tier question is asked of, with an identity or an age said: the turn's own,
    else the one earlier turns said of them (by name or pronoun), else — when the turn names
    no one ("那我们算哪一档") — the latest one said."""
    if frame.person.identities or frame.person.age is not None:
        return frame.person
    earlier = _earlier_of(frame, state)
    if not earlier and frame.person.who in ("", "我们", "咱们", "我家", "咱家"):
        earlier = [read_frame(t) for t in reversed(state.asked[-4:])]
    said = next(
        (f.person for f in earlier if f.person.identities or f.person.age is not None), None
    )
    case = state.cases.get(person_key(whose(frame, state)))
    if said is None and case is not None and case.calculator == "contribution":
        # "那我住院报销按哪一档算" after "我去年评上了地区级的爱国守法先进僧尼" was computed:
        # the standing that case was computed with
        inputs = case.inputs
        said = Person(
            who=frame.person.who,
            age=inputs.get("age"),
            sex=inputs.get("sex"),
            identities=list(inputs.get("identities") or [])
            + (["建档立卡贫困人员"] if inputs.get("poor") else []),
        )
    return said


def _earlier_of(frame: Frame, state: State) -> list[Frame]:
    """The earlier turns said of the turn's person (by name, or by 她/他 the last one named),
    newest first: the turns that opened a topic, and the one a follow-up still waits on."""
    who = person_key(frame.person.who)
    pronoun = frame.person.who in ("她", "他") or frame.text[:1] in ("她", "他")
    if not who and not pronoun:
        return []
    told = [*state.asked, *([state.topic.query] if state.topic else [])]
    said = [read_frame(t) for t in reversed(told)]
    named = [f for f in said if f.person.who]
    # (她/他: the person named last, in every turn said of them)
    who = who or (person_key(named[0].person.who) if named else "")
    return [f for f in named if person_key(f.person.who) == who]


def _with_condition_said(frame: Frame, state: State) -> Frame | None:
    """ "他一个月门诊开药1200，能报多少" after "我爸68了…高原性心脏病，算不算门特": an outpatient
    bill of someone whose listed condition was asked as 门特 is that condition's 门特 bill, with
    the age said of them (which may fix their tier)."""
    if (
        frame.calculator != "general_outpatient"
        or "普通" in frame.text
        # ("他感冒了去门诊看病花了200": another illness's visit)
        or ILLNESS_SAID.search(frame.text)
    ):
        return None
    for said in _earlier_of(frame, state):
        disease = find_disease(said.text)
        if disease is not None and SPECIAL_CARE.search(said.text):
            aged = f"{said.person.age}岁，" if said.person.age is not None else ""
            again = read_frame(f"{said.person.who}{aged}{disease['name']}门特，{frame.text}")
            return again if again.calculator == "special_outpatient" else None
    return None


# a group or a total said (the one reading of a group for every use here: a definition
# of the people computed, shadowed by this one, was removed as dead)
GROUP_SAID = re.compile(r"我们|咱们|全家|一家|[两俩三四五六七八九几]个人|一共|总共|加起来|合计")


def _with_age_said(frame: Frame, state: State) -> Frame | None:
    """ "他每年还要交医保吗" after "我爸68了…": whether a person pays, asked with no age, of
    someone whose age an earlier turn said — the turn read with that age (第十八条（二））."""
    if (
        frame.person.age is not None
        or frame.person.identities
        or frame.intent not in (Intent.ELIGIBILITY, Intent.LOOKUP, Intent.CALCULATE)
        or frame.calculator not in (None, "contribution")
        or not PAYS.search(frame.text)
        or _pays_question(frame)
        # (a group asked together, "我们三个人一共要交多少", is the group's sum)
        or GROUP_SAID.search(frame.text)
    ):
        return None
    said = next((f for f in _earlier_of(frame, state) if f.person.age is not None), None)
    if said is None:
        return None
    aged = read_frame(f"{said.person.who}{said.person.age}岁，{frame.text}")
    return aged if _pays_question(aged) else None


# what a benefit's rate turns on is asked ("按哪个档报销", "住院能报百分之几")
RATE_OR_TIER_ASKED = re.compile(
    rf"{FIXED_TIER_ASKED.pattern}|几个?档|报销|能报|报多少|报几|百分之|几成|比例"
)


def _with_age_kept(frame: Frame, state: State) -> Frame:
    """ "我妈不交钱的话 住院按哪个档报销" after "我妈今年61了…" and another person's turn: the
    rule asked of a person whose age an earlier turn said, read with that age (第十八条（二）
    fixes the tier of those who no longer pay); a case computed recalls it on its own."""
    person = frame.person
    if (
        not person.who
        or person.age is not None
        or person.identities
        or frame.slots.get("tier")
        or frame.calculator not in (None, "inpatient", "special_outpatient")
        or frame.figures
        or not RATE_OR_TIER_ASKED.search(frame.text)
    ):
        return frame
    said = next((f for f in _earlier_of(frame, state) if f.person.age is not None), None)
    if said is None:
        return frame
    return replace(
        frame, person=replace(person, age=said.person.age, sex=person.sex or said.person.sex)
    )


def _exclusions_article() -> str:
    """The article listing what the fund never pays (第三十条)."""
    return rules()["exclusions"]["cite_article"][1]


def _pays_question(frame: Frame, age_given: bool = False) -> bool:
    """ "我爸70岁了，医保还要交钱吗？": whether one pays is answered by computing what one pays
    (age_given: an age was written, if out of bounds)."""
    if (
        frame.calculator not in (None, "contribution", "inpatient")
        # ("我外婆63了 住院还用自己交医保吗": the contribution named, a stay beside it)
        or (
            (frame.calculator == "inpatient" or re.search(r"住院|门诊|看病|补缴", frame.text))
            and not CONTRIBUTION_NAMED.search(frame.text)
        )
        or PAPERS_HANDED_IN.search(frame.text)
        # ("培训的费用谁出" after "我家是建档立卡户": another matter's cost, no contribution)
        or (OTHER_MATTER.search(frame.text) and not re.search(r"医保|参保", frame.text))
    ):
        return False
    return bool(PAYS.search(frame.text) or HOW_PAID_IN.search(frame.text)) and (
        age_given
        or frame.person.age is not None
        or bool(frame.person.identities)
        or bool(MILD_DISABILITY.search(frame.text))  # "我是三级残疾 交医保要钱吗"
    )


# another person a result is compared with ("比我多", "比我爸少")
COMPARED_PERSON = re.compile(rf"比((?:我的?)?(?:{KIN_MALE}|{KIN_FEMALE})|我|本人)")


# a rule heard of, asked to be checked ("听说过了60就免了 真的假的"): a yes or no
HEARSAY = re.compile(r"听说|听人说|据说|有人说|别人说|真的假的|是真的吗|对不对|对吗")


# a sum said in words ("几百块", "上万", "两千"), not a thing the text must speak of
SUM_WORD = re.compile(
    r"[上几零一二两三四五六七八九十百千万亿]*[百千万亿][块元钱]?|[几百千万]+[块元钱]"
)

FIGURE_SLOTS = (
    "cost",
    "class_a",
    "class_b",
    "drug_total",
    "months",
    "sites",
    "already_paid",
    "total_subsidy",
    "central_subsidy",
    "fiscal_subsidy",
    "counties",
    "years",
)


PARAMETER = re.compile(
    r"起付线|起付标准|门槛费|比例|几成|百分之|百分比|多少%|[一每]年(?:最多|能|可以|一共)?报多少|限额|封顶|最多|最高|顶天|顶多|撑死|到顶|标准是|床位费|档次|期限|多久|什么时候"
)
PERSONAL = ("tier", "disease", "diseases", "admission", "bed_days", "age", "sex", "site_level")
TREATED = ("disease", "diseases")


def _case_words(pending: Pending) -> str:
    """The case a follow-up waits on, said as a question of its rate ("交250档 三级医院住院报多少"):
    the rule lines that lead the question are looked up for it."""
    tier = f"交{pending.inputs['tier']}档 " if pending.inputs.get("tier") else ""
    if pending.calculator == "special_outpatient":
        return f"{tier}门诊特殊病报多少"
    away = "统筹区外" if pending.inputs.get("in_area") is False else ""
    return f"{tier}{away}{pending.inputs.get('level', '')}医院住院报多少"


def _piece_beats(piece: Response, found: Response, part: str, lead: str) -> bool:
    """The other piece of a clause already quoted answers a later part at least as well as the
    article found by avoiding that quote: it loses none of the part's own words the article has
    ("谁来经营": 经营主体, not the clause's 运营条件) and its clause names as many of the words
    asked."""
    from index.lexical import covered_by

    mine, theirs = piece.answer.split("\n", 1)[0], found.answer.split("\n", 1)[0]
    if any(w in theirs and w not in mine for w in _content_words(part)):
        return False
    # (of the whole clauses quoted: a piece's line may leave out the subject its clause names)
    mine = piece.quoted[0] if piece.quoted else mine
    theirs = found.quoted[0] if found.quoted else theirs
    words = _content_words(lead)
    return sum(covered_by(w, lead, mine) for w in words) >= sum(
        covered_by(w, lead, theirs) for w in words
    )


def _new_lead(response: Response, before: list[Response]) -> bool:
    """The response leads with a line no earlier part's answer has shown."""
    lead = response.answer.split("\n", 1)[0]
    return bool(lead) and all(lead not in r.answer.split("\n") for r in before)


def _without_figures(text: str) -> str:
    """The words of a case without its sums and tier ("成都三甲 250档 4万，回来能报" → "成都三甲
    回来能报")."""
    from assistant.calculators.understanding import TIER_PATTERNS

    for pattern in TIER_PATTERNS:
        text = pattern.sub(" ", text)
    for amount in sorted(find_amounts(text), key=lambda a: -a.start):
        end = amount.end
        while end < len(text) and text[end] in "元块wW万千kK":
            end += 1
        text = text[: amount.start] + " " + text[end:]
    return re.sub(r"[\s，,]+", " ", text).strip()


# what a result's limit leaves, asked as a question of its own (ordinary outpatient; a stay)
OUTPATIENT_EXCESS = "普通门诊超过年度最高支付限额的部分由谁负担"
MEDICAL_EXCESS = "医保报销超过的部分怎么办"


def _bill_stated(turn: Turn) -> bool:
    """A sum of one's own bill stated (its cost, a visit's), not only the rule's words."""
    return any(k in turn.inputs for k in BILL_SLOTS)


def _rates_asked(state: State) -> tuple[FactType, ...]:
    """What leads a stay's question for its cost: its rate and its deductible; a special
    disease has no deductible (第二十四条（二））, its rate alone."""
    if state.pending is not None and state.pending.calculator == "inpatient":
        return (FactType.RATIO, FactType.AMOUNT)
    return (FactType.RATIO,)


def _rate_stated(frame: Frame, state: State, changed: bool = False) -> bool:
    """ "交60块的 去二级医院住院报多少": a stay's tier and level said, only its cost missing: the
    rate the text states for that case leads the question for the cost; "交250的话住院能报多少"
    (the level unsaid too): the tier's rates at every level lead it."""
    pending = state.pending
    return (
        pending is not None
        and (
            (
                pending.calculator == "inpatient"
                and (
                    (pending.missing == ["cost"] and "level" in pending.inputs)
                    or (set(pending.missing) == {"level", "cost"} and "tier" in pending.inputs)
                )
            )
            or (
                # (the illness decides whether the care is 门特, not its rate: "交250的 门特
                # 能报多少" gets the tier's rate while the illness and the bill are asked)
                pending.calculator == "special_outpatient"
                and set(pending.missing) <= {"cost", "disease"}
                and "cost" in pending.missing
                and "tier" in pending.inputs
            )
        )
        # (`changed`: the turn changes the case waiting for its cost: "那三级医院呢")
        and (changed or frame.fact in (FactType.AMOUNT, FactType.RATIO))
        and not PARAMETER.search(frame.text)  # ("报多少比例": the rule itself is asked)
        # (a birth or a newborn's rescue is paid in full: that rule is the answer)
        and not any(pending.inputs.get(k) for k in ("maternity", "newborn_rescue"))
    )


def _asks_rule(frame: Frame) -> bool:
    """A rule is asked, not a sum: a parameter of the rule ("床位费按多少钱一天给报？"), or no
    part of anyone's case stated ("野外文物看管员一个月工资多少？")."""
    from assistant.frame import CALC_REQUEST, CASE_SLOTS, SUM

    if CALC_REQUEST.search(frame.text):
        return False  # "住院报销帮我算一下": a case is coming; ask for it
    if frame.calculator == "contribution" and frame.slots.get("mode") == "late":
        return False  # what a late payer owes needs the year's subsidy, which the text leaves open
    if PARAMETER.search(frame.text) and not any(k in frame.slots for k in CASE_SLOTS):
        return True
    if (
        frame.calculator == "custodian_pay"
        and frame.slots.get("mode") != "budget"
        and "months" not in frame.slots
        and not SUM.search(frame.text)
    ):
        return True  # "县级看管员每月工资多少", "自治区级看管人员工资多少": the rate is the rule
    # (the disease treated names which rule applies, not a case: "高血压拿药能报多少" asks
    # the 两病 rates by level, not for the level; a 门特 disease is still a case — 糖尿病 is
    # in both lists, and the rule looked up by its words would be 两病's)
    treated = TREATED if frame.calculator == "two_diseases" else ()
    own = [k for k in frame.slots if k in CASE_SLOTS or (k in PERSONAL and k not in treated)]
    months = frame.slots.get("months")
    return not own and (months in (None, 1)) and not SUM.search(frame.text)


# a section's printed title without its dates ("巩固整改阶段(时间：2019年1月至2020年5月)")
TITLE_NAME = re.compile(r"^([\u4e00-\u9fff“”]{4,20}?)\s*(?:[（(]|$)")


def _named_section_first(hits: list, frame: Frame) -> list:
    """ "巩固整改阶段主要干什么", "那动员部署阶段呢": a section named by its own title is what is
    asked, not the lead-in that lists the sections' names (三、 …分为巩固整改、动员部署…7个阶段);
    not when a count or a list of them is asked."""
    if frame.fact not in (FactType.OTHER, FactType.PROCEDURE, FactType.DATE):
        return hits
    named = [
        h
        for h in hits[:5]
        if (m := TITLE_NAME.match(h.unit.title or "")) and m.group(1) in frame.text
    ]
    if len(named) != 1:
        return hits
    section = named[0]
    name = TITLE_NAME.match(section.unit.title).group(1)
    core = re.sub(r"(阶段|小组|项目|工作)$", "", name)  # as the lead-in lists it: 巩固整改、…
    rest = [
        h
        for h in hits
        if h is not section and not (h.unit.doc_id == section.unit.doc_id and core in h.unit.text)
    ]
    # ranked as the best found: its clauses are weighed as the top hit's would be
    return [replace(section, score=max(h.score for h in hits)), *rest]


# every document is Ngari's, in Tibet: naming them tells nothing and pulls the articles that
# cite Tibet's own lists (第二十一条 西藏自治区统一的目录); a named body (阿里地区人民医院) stays
REGION = re.compile(r"(西藏自治区|西藏|阿里地区|阿里)(?!地区人民医院|人民医院|地区行署|行署)")


# "户口在阿里，…" says who asks, not what about: it pulls 第七条 (户口簿) into every answer
ORIGIN_CLAUSE = re.compile(r"(户口|户籍|老家)(在|是)[^，,。？?]{0,8}[，,]")


def _case_setting(frame: Frame, state: State) -> str:
    """Where the stay just computed took place, for a question of how ("要先办什么手续吗", "钱是
    先自己垫吗") that follows it: "在成都住院" (read as 区外 by _treated_words), not the
    figures the case was asked with, which find its rates again. "" when the turn has a topic
    or a case of its own, or the stay was in Ngari."""
    standing = _standing_setting(frame, state)
    if standing:
        return standing
    last, topic = state.last_calc, state.topic
    # the stay computed last, or (nothing computed yet) the stay the topic holds: "回去报要带哪些
    # 材料" after the steps of a stay in Chengdu
    if last is not None:
        care, inputs = last.calculator, last.inputs
    elif topic is not None and topic.calculator == "inpatient":
        care, inputs = topic.calculator, topic.slots
    else:
        return ""
    if (
        care not in ("inpatient", "special_outpatient")
        or inputs.get("in_area") is not False
        or frame.calculator
        # ("回来报销要带啥": 报销 alone names no topic of its own)
        or (frame.topical and not all(not_a_name(w) for w in _content_words(frame.text)))
        # ("回去报要带哪些材料": the papers the stay's claim needs are a list of its procedure)
        or frame.fact not in (FactType.PROCEDURE, FactType.YES_NO, FactType.LIST)
        or (frame.fact is FactType.LIST and not eligibility.PAPERS.search(frame.text))
        or (topic is not None and topic.calculator not in (None, care))
    ):
        return ""
    # (the topic's question first: "那要是在西安呢" is read into it, and is not kept as asked)
    for said in [*([topic.query] if topic is not None else []), *reversed(state.asked)]:
        if said == frame.text:
            continue
        # ("要是去成都呢" names the place of the stay it changes, with no word of care)
        treated = _treated_words(read_frame(f"{said.rstrip('？?呢吗。')}住院"))
        if treated:
            return f"{treated[0]}{'住院' if care == 'inpatient' else '门诊特殊病'}"
    return ""


def _question_beside_change(parts: list[str], state: State) -> bool:
    """The first part changes the last case (要是…呢) and a later part asks something other
    than that case's figure."""
    if state.last_calc is None or not read_frame(parts[0]).continuation:
        return False
    # ("也要备案吗，比例一样不": each question of a later part)
    later = [read_frame(x) for p in parts[1:] for x in re.split(r"[，,？?]", p) if x.strip()]
    return any(
        f.fact in (FactType.YES_NO, FactType.PROCEDURE, FactType.BODY, FactType.DATE)
        and not f.asks_figure
        and not f.slots
        for f in later
    )


def _standing_setting(frame: Frame, state: State) -> str:
    """Who the contribution just computed was for, for a question of how that follows it
    ("手续谁去办" after a monk's share): a monk's enrolment is done by the temple (第十一条),
    a standing's papers are its own (第七条) — the standing is what the rules name; so is a
    benefit asked against everyone else's ("住院报销比别人高吗")."""
    last = state.last_calc
    compared = OTHERS_COMPARED.search(frame.text) is not None
    if last is None or last.calculator != "contribution":
        return ""
    if not compared and (
        frame.calculator
        # ("参保手续由谁来办": 参保 and 手续 name no topic of their own)
        or (frame.topical and not all(not_a_name(w) for w in _content_words(frame.text)))
    ):
        return ""
    held = [str(i) for i in last.inputs.get("identities") or []]
    if compared:
        # "住院报销比别人高吗" after a 建档立卡 household's share: what that standing has
        # beyond others (第二十九条（四）: 提高5%报销比例)
        return held[0].split("(")[0] if held else ""
    if frame.fact not in (FactType.PROCEDURE, FactType.BODY):
        return ""
    if any(i.startswith("僧尼") for i in held):
        return "在编僧尼参保"
    return f"{held[0].split('(')[0]}参保" if held else ""


def _treated_words(frame: Frame) -> list[str]:
    """Where a resident is treated, in the gazette's own words: a named place outside Tibet is
    区外 (备案, 先行垫付: 第三十三、三十四条), one elsewhere in Tibet is 统筹区外 (第二十二条);
    "在成都住院回来怎么报销" finds the rules a city's name alone does not."""
    from assistant.frame import TREATMENT

    if not TREATMENT.search(frame.text):
        return []  # "外甥在西安读大专…在哪参保": a place one studies or works in is no care
    treated = [
        p
        for p in frame.subject.places
        if p.role is PlaceRole.TREATED and not p.generic and not p.abroad
    ]
    if any(not p.in_tibet for p in treated):
        return ["区外"]
    return ["统筹区外"] if treated else []


def _general_pool_only(hits: list, frame: Frame, corpus: Corpus) -> list:
    """ "平时感冒去门诊拿点药能报吗": an everyday visit is the general outpatient pool's
    (第二十六条), not the 两病 drugs' (第二十五条, whose words 药品费用 rank first) nor the
    门诊特殊病's (第二十四条): the articles those benefits' rule tables cite are left out unless
    the question names them or an illness (the clauses of all the articles found are ranked
    together: put last, they still led)."""
    from assistant.calculators.medical import find_disease
    from assistant.rule_articles import section_units

    if (
        frame.calculator != "general_outpatient"
        or OTHER_OUTPATIENT_SAID.search(frame.text)
        or find_disease(frame.text)
    ):
        return hits
    other = section_units(corpus, "two_diseases") | section_units(corpus, "special_outpatient")
    if not re.search(r"住院|住了院|床位", frame.text):
        # ("咳嗽去卫生院看能报吗": a visit, no stay: not the stays' rates and bed fees, which a
        # 卫生院 named would rank first)
        other |= section_units(corpus, "inpatient") - section_units(corpus, "general_outpatient")
    return [h for h in hits if h.unit.id not in other] or hits


class _PoolSearcher:
    """The searcher, its look-ups kept to the general outpatient pool's articles for a frame
    that asks of an everyday visit (_general_pool_only); anything else is the searcher's."""

    def __init__(self, searcher, frame: Frame, corpus: Corpus) -> None:
        self._searcher, self._frame, self._corpus = searcher, frame, corpus

    def search(self, *args, **kwargs) -> list:
        found = self._searcher.search(*args, **kwargs)
        return _general_pool_only(found, self._frame, self._corpus)

    def __getattr__(self, name: str):
        return getattr(self._searcher, name)


# a care said with nothing asked of it ("那平时感冒去门诊看呢")
BARE_CARE = re.compile(r"(?:那么?|要是|如果)?\s*([^？?，,。]+?)(?:的话)?呢[？?。！!\s]*")


# a cause told again or supposed after a verdict ("我说错了 他不是…是…", "要是…的呢")
CAUSE_RETOLD = re.compile(
    r"^(?:哦|噢)?[，,\s]*(?:不对|我说错了|说错了|记错了|搞错了|其实|要是|如果|万一|那要是|那如果)[，,\s]*"
)


# a cause said not to be the one ("他不是打架", "并非酒后")
DENIED_CAUSE = re.compile(r"(?:不是|并非|没有|并不是)[^，,。；\s是]{1,8}")


# 门诊特殊病 named as such, and the 两病's own words ("两病", its drugs at the 普通门诊)
SPECIAL_NAMED = re.compile(r"门特|门诊特殊病|特殊病")
TWO_ILLNESSES_BENEFIT = re.compile(r"两病|普通门诊|门诊用药|拿药|药费")
TWO_ILLNESSES = re.compile(r"高血压|糖尿病")
THRESHOLD_ASKED = re.compile(r"才(?:能)?算|才给|才可以|够得上|够格|达到")


def _special_over_two_illnesses(frame: Frame) -> str | None:
    """A sum or rate of 门诊特殊病 asked for 高血压 or 糖尿病 ("我爸高血压办了门特，一年限额是
    多少"): 门特 pays those two as any listed disease (第二十四条（二）, no limit of its own, the
    yearly cap with stays), so the question is read without the illness, whose words would find
    the 两病 drugs' limits and rates (第二十五条); None when the 两病 benefit is named too."""
    text = frame.text
    if (
        frame.fact not in (FactType.AMOUNT, FactType.RATIO)
        or not SPECIAL_NAMED.search(text)
        or not TWO_ILLNESSES.search(text)
        or TWO_ILLNESSES_BENEFIT.search(text)
        # (the illness's own threshold asked: "高血压要到多少才能算门诊特殊病", 150/95)
        # ("高血压门特限额多高": 多高 of a limit, not of the pressure)
        or (MEASURE_ASKED.search(text) and not LIMIT_WORD.search(text))
        or THRESHOLD_ASKED.search(text)
    ):
        return None
    return TWO_ILLNESSES.sub("", text)


# a level as 第二十五条 names it
TWO_LEVEL_SAID = {
    "乡镇卫生院": "乡镇卫生院（一级以下定点医疗机构）",
    "社区卫生服务中心": "社区卫生服务中心（一级以下定点医疗机构）",
    "一级": "一级以下定点医疗机构",
    "二级": "二级定点医疗机构",
    "三级": "三级医疗机构",
}
LISTED_FIGURES = 3  # a sentence of this many pieces with figures lists things with theirs


def _listed_piece(thing: str, sentence: str) -> str:
    """ "乡镇兽医岗位呢" after another post of the same sentence: of a sentence listing things
    with their figures ("…公益性岗位1160个左右，学前教育教师特设岗位不少于300个，…、乡镇兽医
    岗位不少于70个、…"), the piece naming the thing; the sentence otherwise."""
    from assistant.compose import _listed_item_named, _segments

    pieces = [p.rstrip("，；。：,; ") for p in _segments(sentence)]
    named = [p for p in pieces if thing in p]
    if len(named) != 1 or sum(bool(re.search(r"\d", p)) for p in pieces) < LISTED_FIGURES:
        return sentence
    return _listed_item_named(thing, FactType.AMOUNT, named[0])


# a 两病 claim asked ("能报多少", "咋算的", "报几成")
TWO_CLAIM_ASKED = re.compile(r"报多少|能报|报销|报几|咋算|怎么算|怎么报|比例|多少钱")


def _two_illnesses_completed(composed: Composed, question: str) -> Composed:
    """The 两病 drugs' claim of a named illness (第二十五条) holds what the level named pays and
    that illness's yearly limit ("我有糖尿病 在地区人民医院拿药 两病能报多少" → 60%, 1200元):
    the part the sentence found lacks is added from the rule table."""
    table = rules()["two_diseases"]
    article = table["limit"]["cite"][1]
    if (
        composed.status != "answered"
        or not composed.citations
        or composed.citations[0].article != article
        or "医疗保险" not in composed.citations[0].doc_title
        or not TWO_CLAIM_ASKED.search(question)
    ):
        return composed
    ill = set(TWO_ILLNESSES.findall(question))
    added = []
    level = read_level(question)
    if level in table["ratio"]["values"] and "%" not in composed.answer:
        rate = Decimal(table["ratio"]["values"][level]) * 100
        added.append(f"{TWO_LEVEL_SAID.get(level, level)}报销{rate:.0f}%")
    if ill and "限额" not in composed.answer:
        both = len(ill) == 2
        limit = table["limit"]["values"]["both" if both else next(iter(ill))]
        whose = "同时患高血压和糖尿病的合并" if both else next(iter(ill))
        added.append(f"{whose}支付限额为每人每年{limit}元")
    if not added:
        return composed
    lead, _, rest = composed.answer.partition("\n")
    lead += f"\n{'；'.join(added)}（{article}）[1]"
    answer = f"{lead}\n{rest}" if rest else lead
    return replace(composed, answer=answer, facts=[*composed.facts, *re.findall(r"\d+%?", lead)])


# a case a rule leaves out, in brackets ("（由所在单位上级部门…举办的文物安全培训除外）")
EXCEPTED = re.compile(r"[（(]([^（）()]{4,80}?)除外[）)]")
EXCEPTION_NAMES = 2


# a claim heard and put to be checked ("村里人说…对吗", "听说…是真的吗")
CLAIM_HEARD = re.compile(
    r"(?:说|听说|据说|讲|传|告诉我|以为)(?P<claim>[^？?]{2,40}?)[，,\s]*"
    r"(?:对吗|对不对|对么|对不|是真的吗|真的吗|是这样吗|是不是这样|是不是真的|没错吧|靠谱吗|属实吗|"
    r"(?:是不是|是吗|是么)[？?]*$)"
)


# whose purse a claim says pays ("县财政出的", "是地区财政出的", "乡里给发")
PURSE_CLAIMED = re.compile(
    rf"(地区财政|地区|行署|自治区|中央|国家|{LOCAL_PURSES})[^，。？?]{{0,10}}"
    r"(?:掏|出|给|发|付|拿|安排|承担|负担|列支|纳入)"
)
# a sum claimed by what is paid just before it ("一个月发1500", "最多赔14")
SUM_CLAIMED = re.compile(
    r"(?:发|给|赔|报|拿|补|工资|补助|限额|一个月|每月|每年|一年|最多|最高)\s*$"
)


def _claim_checked(composed: Composed, frame: Frame) -> Composed:
    """ "村里人说看管员工资是县里每个月发，县财政出的，对吗": a claim heard is answered 对 or 不对
    first, by what the rule quoted lays down — whose purse it lays the cost on (FUNDS_LAID), and
    whether the sum claimed is one it states."""
    heard = CLAIM_HEARD.search(frame.text)
    if not (heard or frame.heard) or composed.status != "answered" or not composed.citations:
        return composed
    claim = heard.group("claim") if heard else re.sub(r"吗$", "", frame.text)
    cite = composed.citations[0]
    wrong, right = [], []
    payer = PURSE_CLAIMED.search(claim)
    laid = FUNDS_LAID.search(cite.text)
    if payer and laid:
        told = f"{laid.group().lstrip('，,')}（{cite.label}）"
        if payer.group(1)[:1] in laid.group("by"):
            right.append(told)
        else:
            wrong.append(f"{told}，不是{payer.group(1)}出")
    # (a sum said as one: with its unit, or after what is paid — not a tier, "交250的")
    claimed = [
        a
        for a in find_amounts(claim)
        if a.value >= 10 and (a.has_unit or SUM_CLAIMED.search(claim[: a.start]))
    ]
    stated = {a.value for a in find_amounts(cite.text)}
    if len(claimed) == 1 and stated:
        figure = claim[claimed[0].start : claimed[0].end]
        if claimed[0].value in stated:
            right.append(f"{figure}这个数文件里有（{cite.label}）")
        else:
            wrong.append(f"文件没有规定{figure}这个数（{cite.label}）")
    if not (wrong or right):
        return composed
    said = f"不对：{'；'.join(wrong)}。" if wrong else f"对：{'；'.join(right)}。"
    if wrong and right:
        said += f"（{'；'.join(right)}。）"
    # (the sum claimed is the asker's own, grounded by the question)
    facts = [*composed.facts, *(claim[a.start : a.end] for a in claimed)]
    return replace(composed, answer=f"{said}\n{composed.answer}", facts=facts)


def _exception_named(composed: Composed, question: str) -> Composed:
    """ "单位派我去参加自治区办的文物安全培训，费用也从地区专项经费出吗": the rule quoted
    leaves a case out in brackets, and the question names that case by a word the rule's own
    sentence does not use (自治区): the answer says first that the case is the exception."""
    from index.lexical import tokenize

    if composed.status != "answered" or not composed.citations:
        return composed
    lead = composed.answer.split("\n", 1)[0]
    found = EXCEPTED.search(lead)
    if found is None:
        return composed
    rule = EXCEPTED.sub("", lead)
    # (the case told by two names of the exception's own, 单位 and 自治区: one alone may be
    # the rule's usual case, "参加县里办的培训")
    named = [
        t
        for t in dict.fromkeys(tokenize(question))
        if len(t) >= 2
        and not not_a_name(t)
        and t in found.group(1)
        # (no part of it the rule's sentence says: 文物安全培训 is the rule's own matter)
        and not any(t[i : i + 2] in rule for i in range(len(t) - 1))
    ]
    if len(named) < EXCEPTION_NAMES:
        return composed
    said = f"您说的情形属于这条括号里的除外情形（{found.group(1)}除外），不按这条的一般规定办。"
    return replace(composed, answer=f"{said}\n{composed.answer}")


def _stated_in_lead(attributes: list[str], first: Response) -> bool:
    """Whether the first part's answer states each attribute a later part asks with its
    figure ("…报销起付线标准为累计100元" for 起付线多少)."""
    lead = first.answer.split("\n", 1)[0]
    return (
        first.status == "answered"
        and bool(attributes)
        and all(re.search(rf"{re.escape(w)}[^，。；]{{0,12}}\d", lead) for w in attributes)
    )


def _bare_everyday_visit(frame: Frame) -> bool:
    """An everyday visit said with nothing asked of it ("那平时感冒去门诊看呢")."""
    bare = BARE_CARE.fullmatch(frame.text)
    return (
        frame.calculator is None
        and bare is not None
        and _everyday_visit(frame.text)
        and not QUESTION_WORD.search(bare.group(1))
        and not frame.figures
    )


def _everyday_visit(text: str) -> bool:
    """ "平时感冒去门诊看": an everyday illness seen as an outpatient, no serious care named."""
    from assistant.calculators.medical import find_disease
    from assistant.calculators.understanding import EVERYDAY_ILLNESS, SERIOUS_CARE

    return bool(
        EVERYDAY_ILLNESS.search(text)
        and not SERIOUS_CARE.search(text)
        and not find_disease(text)
        and not OTHER_OUTPATIENT_SAID.search(text)
    )


# the outpatient benefits of named illnesses, said in a question
OTHER_OUTPATIENT_SAID = re.compile(r"两病|高血压|糖尿病|血压|血糖|特殊病|门特|慢性病|慢病")


def _claim_said(frame: Frame) -> str:
    """ "没备案还能报吗": 报 said with a verb of allowing in a yes/no is a claim paid back, 报销,
    the word that tells the medical rules from the relic rules' 报…备案 ("" otherwise)."""
    if (
        frame.fact is FactType.YES_NO
        and frame.intent is not Intent.EXPLAIN
        and REIMBURSED.search(frame.text)
        and not re.search(r"报销|报账", frame.text)
    ):
        return "报销"
    return ""


def _gazette_words(frame: Frame) -> list[str]:
    """The gazette's word for the case the frame reads, when the question says it otherwise:
    "平时感冒去门诊看病能报销吗" is the general outpatient pool (第二十六条), which the bare word
    门诊 does not find among the many clauses on 门诊特殊病; "医保没按时交怎么办" is 补缴
    (第八条), which 没按时交 does not find among the articles on paying in."""
    words = []
    if frame.calculator == "general_outpatient" and not re.search(r"普通门诊|普门", frame.text):
        words.append("普通门诊")
    if (
        frame.calculator == "contribution"
        and frame.slots.get("mode") == "late"
        and frame.fact
        is not FactType.YES_NO  # ("断档那几个月的看病钱能补给我吗": care, not paying)
        and "补缴" not in frame.text
    ):
        words.append("补缴")
    if frame.fact is FactType.DATE:
        # "啥时候能挂上牌": the event whose verb and object are said apart, as the text says it
        from assistant.compose import _date_event

        event = _date_event(frame.text)
        if event and event not in frame.text:
            words.append(event)
    return words


# which ones ("是哪几个", "都有哪些", "分别是什么"): the list an answered part gives
WHICH_ONES = re.compile(r"哪几|哪些|分别是")
# a share asked in so many words ("百分之多少", "几成", "比例"), not the sum ("能报多少", which the
# frame reads as a share of the bill too)
SHARE_SAID = re.compile(r"百分之|几成|比例|多少成|多少%|百分比|几个点")
# the calculators whose rule (a rate by tier and level) answers a bill said roughly
ESTIMATE_RULED = ("inpatient", "general_outpatient", "special_outpatient", "two_diseases")

# how often a word one document alone uses is used there to say the document's domain
DOMAIN_USES = 3
# how deep the articles found are read for one that gives a county its own date
DATED_DEPTH = 12
# a benefit asked against everyone else's ("比别人高吗", "能多报点吗")
OTHERS_COMPARED = re.compile(r"比(?:别人|别的人|一般人|普通人|其他人|平常人)|多报|报得多|照顾|优惠")
# two things referred to, not named ("那两个", "两种补贴", "这俩")
TWO_REFERRED = re.compile(r"两个|两种|两样|两项|这俩|俩|二者|两者")
# how deep they are read for one that states a number of people
HEADS_DEPTH = 12


# what one does at home that says where, not what is asked ("在噶尔县盖房子", "在普兰放牧")
CIRCUMSTANCE_ACT = re.compile(
    r"盖|建房|修房|挖|放牧|放羊|干活|打工|种地|住|上班|工作|生活|开车|旅游|玩|上学|读书"
)


def _without_region(query: str) -> str:
    return REGION.sub("", ORIGIN_CLAUSE.sub("", query)).strip() or query


# a question word of the turn's own: what it asks is not only the last turn's attribute
OWN_ASK = re.compile(
    r"多少|什么|怎么|哪些|哪几|哪个|哪家|哪里|哪儿|去哪|哪天|谁|啥|何时|多久|几[个家种项次天条]|能不能|可不可以|要不要"
    r"|咋"  # ("今年忘交了咋办": what to do, asked in the turn's own words)
)
# ("那旁边的石刻，我想拓一张可以吗": whether one may do an act of one's own)
MAY_ASKED = re.compile(r"可以吗|行吗|行不行|允许吗|让不让")
# a person told by kin, age or sex, and whether they may, asked of nothing else
# ("我儿子24岁行吗", "女的能不能当", "那我爸呢 他63"): the last question's matter
PERSON_TOLD = re.compile(
    rf"(?:我|俺|他|她)?(?:家)?(?:的)?(?:{KIN_ANY}|{OTHER_PERSON})?|\d{{1,3}}\s*(?:周)?岁|"
    r"[二三四五六七八九]十[一二三四五六七八九]?(?:岁)?|女的|男的|女人|男人|女性|男性|妇女"
)
ONLY_MAY = re.compile(
    r"^(?:那么?|要是|如果)?(?:今年|已经|才|都)*(?:了|是)?(?:行吗|行不行|行不|可以吗|可不可以|"
    r"能不能当|能当吗|能不能|能吗|呢|也行吗|也可以吗)?[？?。！!\s，,]*$"
)


def _person_only(frame: Frame) -> bool:
    """A turn telling only a person and asking whether (or 呢), with no matter of its own."""
    if frame.topical or not (frame.person.age or frame.person.sex or frame.person.who):
        return False
    return bool(ONLY_MAY.match(PERSON_TOLD.sub("", frame.text)))


# a follow-up typed on a phone without a topic word ("交了以后什么时候开始能报") is rarely longer
SHORT_TURN = 16
FULL_PAID_NOTE = "说一下符合医保支付范围的费用是多少，可以算出具体金额。"
# the same as others asked ("跟普通人一样吗", "和别人有区别吗")
SAME_AS_OTHERS = re.compile(
    r"(跟|和|与|同)(别人|普通人|一般人|其他人|大家|平常人|老百姓|其他居民)[^，。？?]{0,3}"
    r"(一样|相同|不同|不一样|有区别|有啥区别|有什么区别|有差别)"
)
# a continuation's own words ("那拓印呢" → 拓印), and how few rules name an act asked alone
BARE_CONTINUATION = re.compile(
    r"^(那么?|那要是|要是|如果|还有)|(的话)?(呢|吗|嘛|啊|呀)?[？?。！!\s]*$"
)
RARE_ACT_UNITS = 3
# a total asked in a word of its own ("一共", "加起来" read as 起来)
TOTAL_WORD = re.compile(r"起来|一共|总共|合计|共计|总计|总数|加在一起|一起|一块|全部")
# a turn of nothing but a count or a total of what was named ("两个加在一起多少")
TOTAL_ONLY = re.compile(
    rf"{WHOLE_ONLY.pattern}|两个|两者|俩|加在一起|加一起|加一块|合起来|合在一起"
)

QUESTION_WORDS = re.compile(
    r"多少|什么|怎么|哪些|哪个|哪里|能不能|可不可以|是不是|要不要|多久|为什么"
)


# "算在这里面吗", "包括在这个里头吗": whether a thing counts in what the last answer stated
INSIDE_POINTED = re.compile(r"这个?(?:里面|里头|里边|之内|以内|额度|限额|数)(?:里|内|中)?|在内")
INCLUSION_ASKED = re.compile(r"算(?:在|进|入)?|计入|包括|包含|含|占")
# the subject of a value stated ("…年度最高支付限额为6万元"), at most a term's length
STATED_SUBJECT = re.compile(r"([\u4e00-\u9fff]{2,10})(?:为|是)\s*\d")


def _container_named(question: str, last: str) -> str | None:
    """The question with what its 这里面 points at, the subject of the value the last answer
    stated; None unless it asks whether a thing counts in it."""
    inside = INSIDE_POINTED.search(question)
    if inside is None or not INCLUSION_ASKED.search(
        question[: inside.start()] + question[inside.end() :]
    ):
        return None
    stated = STATED_SUBJECT.search(last)
    if stated is None or not re.search(r"限额|封顶|最高", stated.group(1)):
        return None  # ("床位费包括在内吗" after the deductible: no figure counted in)
    return f"{question[: inside.start()]}{stated.group(1)}里{question[inside.end() :]}"


# a share said as a figure ("5%", "百分之五" is no figure the rules write)
SHARE_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")


def _content_words(text: str) -> list[str]:
    """The words that could name a topic: two characters or more, not question words."""
    from index.lexical import tokenize

    return [t for t in tokenize(text) if len(t) >= 2 and not QUESTION_WORDS.fullmatch(t)]


def _unit_words(unit) -> str:
    """What a unit says, its section title included ("动员部署阶段(时间：…)")."""
    title = getattr(unit, "title", "") or ""
    return f"{title}{unit.text}"


def _domain_of(response: Response, declined_too: bool = False) -> str | None:
    """The field of a response's main citation: its document id's first word (medical, relic,
    roads…: the ids of corpus/data/doc_ids.tsv name their field first); a decline's nearest
    rule's too when `declined_too`."""
    kinds = (
        ("answered", "calculated", "out_of_scope") if declined_too else ("answered", "calculated")
    )
    if response.status not in kinds or not response.citations:
        return None
    return response.citations[0].unit_id.split("/")[0].split("-")[0]
