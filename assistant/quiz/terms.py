"""The words a quiz item may change, and which of them mean the same thing.

Two tables in assistant/quiz/data/ are the project's knowledge here, kept as data with reasons:
`equivalents.tsv` (自治区 = 省级 in Tibet, 文物行政管理部门 = 文物行政主管部门, 立即 = 第一时间 …) so
that no two options are both right, and `variants.tsv` (the plausible mistakes for a figure, a
period, a timing word, a level or a kind of body). The sentence tests (complete sentence, catch-all
member) are shared by the generator and the checker.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table
from corpus.numerals import cn_to_int

DATA = Path(__file__).with_name("data")

LEVELS = (
    # "西藏自治区文物局": the region named in full, as a trainee writes it (seed-5151 review 35)
    "西藏自治区",
    "阿里地区",
    "县级以上",
    "自治区级及以上",
    "自治区级以上",
    "自治区级",
    "自治区",
    "省级",
    "国务院",
    "国家",
    "地区",
    "地、县级",
    "地、县",
    "地县",
    "县级",
    "各县",
    "县",
    "乡（镇）",
    "当地",
    "上一级",
    "上级",
    "地区和县",
    "同级",
    "各级",
    "本行政区域",
    "所在地",
    # the region said short, as people in Tibet say it ("区文物局", "区党委、政府"; "西藏文物局"):
    # the autonomous region's level (data/equivalents.tsv; seed-5252 review 40). "区" alone is
    # a level only where no word ends in it ("地区", "辖区", "街区": REGION_SHORT_RE)
    "西藏",
    "区",
)
# "区" as the region's level, never the end of another word ("地区文物局", "辖区内")
REGION_SHORT_RE = r"(?<![地治辖街社园城牧景院库矿片山市郊藏边灾校新发护])区"


def printed_in(wording: str, text: str) -> bool:
    """`text` holds `wording` as written: "区文物局" stands in "向区文物局报告", never in "地区文物
    局" (the end of another level word)."""
    if wording.startswith("区") and not wording.startswith("区域"):
        return bool(re.search(REGION_SHORT_RE + re.escape(wording[1:]), text))
    return wording in text


KINDS = (
    # a body's whole name first: "地区文物安全工作联席会议办公室" is one body, never "…工作" + 办公室
    "文物安全工作联席会议办公室",
    "文物保护工作联席会议办公室",
    "文物安全联席会议办公室",
    "文物行政管理部门",
    "文物行政主管部门",
    "文物行政部门",
    "文物主管部门",
    "文物管理部门",
    "文物部门",
    "住房城乡建设部门",
    "城乡规划部门",
    "宗教部门",
    "财政部门",
    "公安部门",
    "公安机关",
    "纪检监察机关",
    "监察委员会",
    "监察机关",
    "文物局",
    "联席会议办公室",
    "人民政府",
    "行署",
)
_LEVEL = "|".join(REGION_SHORT_RE if x == "区" else re.escape(x) for x in LEVELS)
_KIND = "|".join(re.escape(x) for x in KINDS)
BODY_RE = re.compile(rf"(?P<level>{_LEVEL})?(?P<gov>人民政府)?(?P<kind>{_KIND})")
BODY_PARTS_RE = re.compile(rf"^(?P<level>{_LEVEL})?(?P<gov>人民政府)?(?P<kind>{_KIND})$")
FIGURE_RE = re.compile(
    r"(?<![\d一二三四五六七八九十两百千第])(\d+(?:-\d+)?|[一二三四五六七八九十两]+)\s*"
    r"(个工作日|个月|小时|日|天|年|岁|元|名|次|周)"
)
PERIOD_RE = re.compile(r"每日|每天|每周|每月|每季度|每年|当月|当季度|当年")
TIMING_RE = re.compile(r"(?<!不)(?P<slot>第一时间|立即|及时)(?=向|上报|报告)")
ROLE_RE = re.compile(r"分管领导|联席会议组长|法定代表人")
# the act a ban forbids, at the end of its clause ("不得擅自发掘。", "不得私自拓印。", "不得拍摄。"):
# a blank a trainee fills with the one word the rule is about
ACT_RE = re.compile(r"不得(?:私自|擅自)?(?P<slot>[\u4e00-\u9fff]{2})(?=[。；])")
FORM_RE = re.compile(r"书面形式|口头形式|藏汉两种文字")
# the record a procedure follows ("离任时，依照馆藏、寺藏文物档案清单办理文物移交手续"): what a
# trainee hands over by is the rule
RECORD_RE = re.compile(r"(?<=依照)(?P<slot>[\u4e00-\u9fff、]{2,14}(?:清单|日志|报告))(?=办理)")


# a generic noun a record's name may end in after the noun that names the record itself
# ("馆藏、寺藏文物档案清单": the 档案 is the record, 清单 only says it is listed)
GENERIC_TAIL_RE = re.compile(r"(?<=档案|台账|名册|记录)(?:清单|目录|资料)$")
# a list's title by its head noun: the record's own noun with the generic noun after it
# ("馆藏、寺藏文物档案清单" → "档案清单"), the words every qualifier before it narrows
HEAD_NOUN_RE = re.compile(r"(?:档案|台账|名册|记录)(?:清单|目录|资料)$")


def record_forms(record: str) -> list[str]:
    """Other ways to write a record's name that a marker accepts: without the "、" of its
    qualifiers ("馆藏寺藏文物档案清单"), without the qualifiers ("文物档案清单"), by its head noun
    alone ("档案清单": seed-5252 review 43), and with or without a trailing generic noun after
    the record's own noun ("馆藏、寺藏文物档案": the text names the same record so in another
    article; seed-4545 review A23)."""
    heads = [record]
    bare = GENERIC_TAIL_RE.sub("", record)
    if bare != record:
        heads.append(bare)
    forms = []
    for head in heads:
        forms += [head, head.replace("、", "")]
        if "文物" in head and not head.startswith("文物"):
            forms.append(head[head.index("文物") :])
        head_noun = HEAD_NOUN_RE.search(head)
        if head_noun and head_noun.start() > 0:
            forms.append(head_noun.group(0))
    return [f for f in dict.fromkeys(forms) if f != record]


# a body named by the act it did ("原核定公布机关", "原审批机关", "发证机关"): a trainee writes
# the act with 的 before the noun ("原核定公布的机关"), and a document may name the same body by
# the act and its object elsewhere ("核定公布该文物保护单位的人民政府", 办法 第十三条)
AGENT_RE = re.compile(
    r"^(?P<former>原)?(?P<act>[\u4e00-\u9fff]{0,4}(?:公布|批准|审批|登记|发证|备案|认定))"
    r"(?P<noun>机关|单位|部门)$"
)


def agent_forms(answer: str, text: str = "") -> list[str]:
    """ "原核定公布机关" → "原核定公布的机关", and, where `text` (the document) names the body by
    the same act and an object ("核定公布该文物保护单位的人民政府"), that wording (seed-4545
    review A20: only the exact phrase was accepted)."""
    m = AGENT_RE.match(answer)
    if not m:
        return []
    forms = [f"{m['former'] or ''}{m['act']}的{m['noun']}"]
    flat = "".join(text.split())
    for found in re.finditer(rf"{m['act']}该[\u4e00-\u9fff]{{2,10}}的(?:人民政府|机关)", flat):
        forms.append(found.group(0))
    return [f for f in dict.fromkeys(forms) if f != answer]


# who pays ("看管人员经费由地区财政纳入年初预算"): the level whose budget carries a cost, a
# checkable fact of its own (data/variants.tsv "funder"); "本级财政" names no level
FUNDER_RE = re.compile(r"(?<=由)(?P<slot>(?:地区|县级|自治区)财政)(?=纳入|列入|承担|安排)")
# the act due at once ("应当立即保护现场，并向……报告", "要立即解聘，并扣除……"): the first thing to
# do is an atom of its own, written out as a blank (no wrong act is a plausible mistake)
URGENT_RE = re.compile(r"(?<=立即)(?P<slot>[\u4e00-\u9fff]{2,4})(?=，?并)")
# the principle a duty names ("应当贯彻保护为主、抢救第一、合理利用、加强管理的方针", "按照不改变
# 文物原状的原则设计施工方案"): the clause's own words, asked as a blank (seed-2323 review: 办法
# 第四、十五条 never asked); no wrong value is offered, as no other principle is false by the text
PRINCIPLE_RE = re.compile(
    r"(?<=贯彻|按照|遵循|坚持)(?P<slot>[\u4e00-\u9fff、]{4,24}?)(?=的(?:方针|原则))"
)
# who carries a duty on a site other than a public body ("所需费用由建设单位列入建设工程预算"):
# a responsible-party item offers the other parties of a works site
ACTOR_RE = re.compile(r"(?<![、和及])(建设单位|施工单位|考古发掘单位)(?![、和及]|及其)")

# a person's title joined to another by "或/和/、" ("法定代表人或负责人"): one blanked is guessed
# from its partner, and one changed leaves a mismatched pair
PAIRED_ROLE_AFTER = re.compile(r"^(或者|或|和|及|与|、)[\u4e00-\u9fff]{0,4}(人|长|领导|主任)")
PAIRED_ROLE_BEFORE = re.compile(r"(人|长|领导|主任)(或者|或|和|及|与|、)$")


def paired_role(text: str, start: int, word: str) -> bool:
    """The person named at `start` stands in a pair of titles ("______或负责人")."""
    return bool(
        PAIRED_ROLE_AFTER.match(text[start + len(word) :])
        or PAIRED_ROLE_BEFORE.search(text[:start])
    )


# a ban on anybody whose verb has no object ("未经批准，任何单位或者个人不得擅自发掘。"): half a
# sentence, whose object the sentence before names ("一切考古发掘工作……")
BARE_BAN_RE = re.compile(
    r"^(未经[^，。]{0,12}，)?任何(单位|人)[^，。]{0,6}(不得|禁止|严禁)(擅自|私自|随意)?"
    r"[\u4e00-\u9fff]{2}。$"
)

# a condition whose verb has no object ("经依法批准拓印的，禁止翻印出售……"): what was rubbed is
# named by the sentence before ("……金石铭文和石窟造像不得私自拓印。")
BARE_TRIGGER_RE = re.compile(r"^经[^，。]{0,10}批准[\u4e00-\u9fff]{1,4}的，")


def half_sentence(text: str) -> bool:
    """A sentence whose act has no object of its own (BARE_BAN_RE, BARE_TRIGGER_RE)."""
    return bool(BARE_BAN_RE.match(text) or BARE_TRIGGER_RE.match(text))


OPENERS = re.compile(
    r"^(因|可|可以|应|应当|要|但|并|且|同时|确因|必须|须|需|方可|不得|严禁|定期|及时|另外|此外|"
    r"以及|或者|和|及|其中|否则|并且|即|则|[^，。]{1,6}后，|"
    # a verb with a document for its object and nobody doing it ("签订《……协议书》，……")
    r"(签订|填写|制定|编制|签署)《)"
)
# a body followed by "及相关部门": any other body is covered by the catch-all, so a swap is no mistake
OPEN_AFTER = re.compile(r"^(或者|或|和|及|与)(其他|其它|相关|有关)|^等")
# words before a gap or a changed body that name its level ("辖区的" → the county, "地、" → 县级)
HINT_BEFORE = re.compile(r"辖区的?$|[地县]、$")
# a body's name printed without its last character ("其他行政管理部的工作人员" for 部门): a stem
# would reproduce the gazette's slip, and a reader cannot tell what was meant
SOURCE_SLIP_RE = re.compile(r"(行政|管理|主管)部(?!门|署|委|长|分)")
# "其他……行为的" and "不履行……职责的" cover any breach beside them
CATCH_ALL = re.compile(
    r"^(其他|其它)|(其他|其它)[^，、；。]{0,12}(行为|方面|情形|事项)|^不履行[^，、；。]{0,16}职责"
)


@lru_cache(maxsize=1)
def equivalents() -> dict[str, str]:
    """term → canonical term (the reason column documents the table; the code needs the map)."""
    return {row[0]: row[1] for row in read_table(DATA / "equivalents.tsv", 3)}


# "当地", "所在地", "同级", "本行政区域" name whatever level the reader stands at: no absolute level
# is a fair distractor for them (the prefecture's "当地人民政府" is 地区行署)
# how high a level stands: a distractor two levels away is plausible, the State Council for a
# county's duty is not, and a false statement never has a higher body report to a lower one
LEVEL_RANK = {
    "乡（镇）": 0,
    "县": 1,
    "县级": 1,
    "各县": 1,
    "地区": 2,
    "阿里地区": 2,
    "地、县": 2,
    "地、县级": 2,
    "地县": 2,
    "自治区": 3,
    "西藏自治区": 3,
    "西藏": 3,
    "区": 3,
    "自治区级": 3,
    "自治区级以上": 3,
    "自治区级及以上": 3,
    "省级": 3,
    "国家": 4,
    "国务院": 4,
}


def level_rank(text: str) -> int | None:
    body = parse_body(text) if text != "国务院" else Body("国务院", "", "人民政府")
    if body is None:
        return None
    if body.level == "" and body.kind == "人民政府":
        return None
    return LEVEL_RANK.get(body.level)


@lru_cache(maxsize=1)
def kind_domains() -> tuple[tuple[str, re.Pattern], ...]:
    """kind of body → the words of a sentence in which offering it is plausible."""
    return tuple((row[0], re.compile(row[1])) for row in read_table(DATA / "kind_domains.tsv", 3))


def plausible_kind(kind: str, context: str) -> bool:
    """A kind of body is a fair distractor only in a sentence of its own domain (财政部门 beside a
    fund, 宗教部门 beside a temple); a kind the table does not know is never offered."""
    for name, words in kind_domains():
        if canon(name) == canon(kind):
            return bool(words.search(context))
    return False


REPORT_LINK = re.compile(r"报|上报|报送|报请|请示")


def government_for_department(was: str, now: str) -> bool:
    """A government put for its own level's department or the reverse ("自治区文物行政管理部门" →
    "自治区人民政府"): the government leads that department, so the changed statement can be
    argued right — no false statement for a 判断."""
    a, b = parse_body(was), parse_body(now)
    if a is None or b is None or a.kind == b.kind:
        return False
    kinds = {canon(a.kind), canon(b.kind)}
    return "人民政府" in kinds and canon(a.level or "") == canon(b.level or "")


def authority_inverted(text: str) -> bool:
    """A body that reports to, or seeks approval from, a body of the same or a lower level
    ("经国务院文物行政部门报自治区文物行政管理部门批准"): upside down, a trainee sees it at once."""
    found = [m for m in BODY_RE.finditer(text) if parse_body(m.group(0))]
    found += [m for m in re.finditer("国务院(?!文物)", text)]
    found.sort(key=lambda m: m.start())
    for left, right in zip(found, found[1:], strict=False):
        between = text[left.end() : right.start()]
        if "。" in between or "；" in between or not REPORT_LINK.search(between):
            continue
        if re.search(r"[，、]|和|及|或", between[: REPORT_LINK.search(between).start()]):
            continue  # "县人民政府和文物部门报……": not a chain of two bodies
        a, b = level_rank(left.group(0)), level_rank(right.group(0))
        if a is not None and b is not None and a >= b:
            return True
    return False


@lru_cache(maxsize=1)
def variant_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (key, tuple(v.strip() for v in values.split(",") if v.strip()))
        for key, values in read_table(DATA / "variants.tsv", 2)
    )


def changed_kind(word: str) -> str:
    """The kind of a false statement's wrong words: a kind of body ("body:文物行政部门"), a
    figure's measure ("figure:元"), or the variants.tsv group it stands in ("form" for 口头形式
    and 电话形式); "" for other words."""
    key = canonical_body(word)
    if key:
        return "body:" + key[1]
    m = FIGURE_RE.fullmatch(word)
    if m:
        return "figure:" + m.group(2)
    return next((key for key, pool in variant_groups() if word in pool), "")


def canon(term: str) -> str:
    return equivalents().get(term, term)


@lru_cache(maxsize=1)
def word_equivalents() -> dict[str, str]:
    """data/word_equivalents.tsv: everyday words a trainee writes for the text's own (每天 for
    每日, 拍照 for 拍摄), by class (frequency, period, picture-taking): word → canonical word."""
    return {row[0]: row[1] for row in read_table(DATA / "word_equivalents.tsv", 3)}


# words a true statement may say otherwise without changing what it says (seed-5353 review,
# class 4: no true statement may be told by reading word for word like the gazette); a period
# by its everyday word, a ban or a duty by its plainer modal; the month or year of the deed by
# 该 (never 本月/本年度: the month of the deed is not the month one reads the paper in — seed-5858
# review)
RESTATED_WORDS = {
    "每日": "每天",
    "每月": "每个月",
    "每周": "每星期",
    "当月": "该月",
    "当年": "该年度",
    "严禁": "禁止",
    "不得": "不能",
    "应当": "应",
}


def restatement_kept(was: str, now: str) -> bool:
    """`now` says what `was` says: a true statement restated by it stays true."""
    return RESTATED_WORDS.get(was) == now or (normalize(was) == normalize(now) and was != now)


def same_word(word: str) -> list[str]:
    """Every word of the table meaning the same as `word` (itself first)."""
    key = word_equivalents().get(word)
    if key is None:
        return [word]
    return [word] + [w for w, c in word_equivalents().items() if c == key and w != word]


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern:
    words = sorted(word_equivalents(), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def is_complete(text: str) -> bool:
    """A sentence a trainee can read on its own: a subject (no "因特殊需要……", "可根据……"),
    balanced brackets and quotes, and a proper end."""
    text = text.strip()
    if len(text) < 8 or OPENERS.match(text) or re.match(r"^[，。；：、）」”]", text):
        return False
    for left, right in ("（）", "“”", "《》", "()"):
        if text.count(left) != text.count(right):
            return False
    return text.endswith(("。", "！", "？", "）。"))


# a consequence that fits any serious breach ("按法律程序进行处置", "依法追究责任"): offered as a
# wrong option it can always be argued right
GENERIC_CONSEQUENCE_RE = re.compile(
    r"按法律程序|依法(处理|处置|追究|惩处)|按照?(相关|有关)规定处理|予以处理$|追究[^，。；]{0,12}责任"
)


def is_generic_consequence(text: str) -> bool:
    return bool(GENERIC_CONSEQUENCE_RE.search(text))


def is_catch_all(text: str) -> bool:
    """ "其他破坏文物安全行为的": a member that covers any distractor beside it."""
    return bool(CATCH_ALL.search(re.sub(r"^[（(][一二三四五六七八九十]+[)）]", "", text)))


@dataclass(frozen=True)
class Body:
    level: str
    gov: str
    kind: str

    @property
    def key(self) -> tuple[str, str]:
        return canon(self.level), canon(self.kind)

    def text(self) -> str:
        if self.level == "国务院" and self.kind == "人民政府":
            return "国务院"
        if self.level == "地区" and self.kind == "人民政府":
            return "地区行署"
        if self.level == "国务院" and self.kind.startswith("文物"):
            return "国务院文物行政部门"
        if self.level in ("地区", "阿里地区") and self.gov:
            return self.level + self.kind  # there is no "地区人民政府" (the prefecture has 行署)
        return self.level + self.gov + self.kind


def parse_body(text: str) -> Body | None:
    m = BODY_PARTS_RE.match(text)
    if not m:
        return None
    if m.group("kind") == "行署":  # 地区行署 is the prefecture's government
        return Body(m.group("level") or "地区", "", "人民政府")
    return Body(m.group("level") or "", m.group("gov") or "", m.group("kind"))


def canonical_body(text: str) -> tuple[str, str] | None:
    body = parse_body(text)
    if body is None or (not body.level and body.kind == "人民政府"):
        return None  # "人民政府" alone is no detail a trainee can check
    return body.key


def figure_value(text: str) -> tuple[str, str] | None:
    """ "六个月" and "半年" compare as months; "2名" and "两名" as the same count."""
    m = FIGURE_RE.fullmatch(text)
    if not m:
        return None
    number, unit = m.group(1), m.group(2)
    if "-" in number:
        return number, unit
    try:
        value = cn_to_int(number)
    except ValueError:
        return None
    if unit == "年":
        return str(value * 12), "个月"
    return str(value), unit


def same_meaning(a: str, b: str) -> bool:
    """Two option texts that a trainer would both accept: equal after the equivalence table."""
    return normalize(a) == normalize(b)


# a two-character verb taking its object directly ("保护现场"): people say it with the result
# complement "好" ("保护好现场", as 第四十八条 itself writes)
RESULT_VERB_RE = re.compile(
    r"^(?P<verb>保护|看护|看管|保存|封存|登记|落实|维护)(?!为|第|不)(?P<object>[\u4e00-\u9fff]{2,4})$"
)  # (never a principle's "保护为主": "为主" is no object, "保护好为主" no wording)


def result_forms(answer: str) -> list[str]:
    """ "保护现场" → ["保护好现场"], and "保护好现场" → ["保护现场"]: the same act with or
    without the 好 of its result after the verb."""
    m = RESULT_VERB_RE.match(answer)
    if not m:
        return []
    if m["object"].startswith("好"):
        rest = m["object"][1:]
        return [m["verb"] + rest] if len(rest) >= 2 else []
    return [m["verb"] + "好" + m["object"]]


def written_forms(answer: str, text: str = "") -> list[str]:
    """Every other wording a trainee would write for a 填空 answer that the text supports: a
    record with or without its qualifiers, its "、" or its trailing generic noun, an act with or
    without 好, a body named by its act with 的 or in the document's own other wording (`text`:
    the document). One rule for every blank of these kinds (seed-4545 review A20, A23)."""
    forms: list[str] = []
    if RECORD_RE.search("依照" + answer + "办理"):
        forms += record_forms(answer)
    forms += result_forms(answer)
    forms += agent_forms(answer, text)
    return [f for f in dict.fromkeys(forms) if f != answer]


def short_form(answer: str) -> str:
    """ "不改变文物原状" → "不改变原状": a phrase with "文物" between its verb and its object, said
    without it; in a relic rule the object can only be the relic's (seed-2425 review, A31). ""
    for a body ("文物行政管理部门" without 文物 is any department) or a phrase where 文物 opens,
    closes or is the whole object."""
    at = answer.find("文物")
    if at < 2 or len(answer) - at - 2 < 2 or canonical_body(answer) or BODY_RE.search(answer):
        return ""
    return answer[:at] + answer[at + 2 :]


def range_spelling(written: str) -> str:
    """A range as the text writes it ("25—50周岁", "25至50岁" → "25-50岁")."""
    m = re.fullmatch(r"(\d+)\s*[-—－~～至到]\s*(\d+)\s*(周)?(\D+)", written)
    return f"{m.group(1)}-{m.group(2)}{m.group(4)}" if m else ""


def same_answer(written: str, answer: str, text: str = "") -> bool:
    """A written 填空 answer worth the points: the same meaning (same_meaning), or the same count
    with the unit left implied or said as people ("1200" for 1200元, "两人" for 2名). text: the
    document, for a body it names in other words as well (written_forms)."""
    if written in written_forms(answer, text):
        return True  # "馆藏、寺藏文物档案" for …档案清单, "原核定公布的机关" for 原核定公布机关
    if answer.endswith("形式") and written == answer.removesuffix("形式"):
        return True  # "书面" for 书面形式
    if short_form(answer) and written == short_form(answer):
        return True  # "不改变原状" for 不改变文物原状
    if written in same_word(answer)[1:]:
        return True  # data/word_equivalents.tsv: 每天 for 每日, 监委 for 监察机关
    if RECORD_RE.search("依照" + answer + "办理") and written in record_forms(answer):
        return True  # "文物档案清单" for 馆藏、寺藏文物档案清单
    if written in result_forms(answer):
        return True  # "保护好现场" for 保护现场
    if answer.startswith("地区") and written == "阿里" + answer:
        return True  # "阿里地区财政" for 地区财政: the 地区 is Ngari's
    if answer.endswith("财政") and written.removeprefix("阿里") in (answer + "部门", answer + "局"):
        return True  # "地区财政局" for 地区财政: the purse named by its office
    if re.fullmatch(r"\d+-\d+\D+", answer) and range_spelling(written) == answer:
        return True  # "25至50周岁" for 25-50岁
    if same_meaning(written, answer) or same_meaning(_government(written), answer):
        return True  # "县政府" for 县级人民政府: the same body in everyday words
    if joint_members(answer) and joint_members(written) == joint_members(answer):
        return True  # "公安和文物" for 文物、公安: both bodies named, in either order
    # ("一千二百元", "1,200元" for 1200元: the number as people write it; "2个", "两位", "2" for
    # 2名: a count of people in any measure word or none, seed-5151 review 33)
    m = re.fullmatch(
        r"(\d{1,3}(?:,\d{3})+|\d+|[一二两三四五六七八九十百千万零]+)([\u4e00-\u9fff])?", written
    )
    a = FIGURE_RE.fullmatch(answer)
    if not m or not a or (m.group(2) or a.group(2)) not in MEASURES.get(a.group(2), ()):
        return False
    try:
        return cn_to_int(m.group(1).replace(",", "")) == cn_to_int(a.group(1))
    except ValueError:
        return False


# the measure words a count may be written with ("2名" → 2人, 2个, 2位), and a sum's unit: the
# counts a marker takes whatever word follows the number (or none)
MEASURES = {"名": ("名", "人", "个", "位"), "元": ("元",)}


def _government(text: str) -> str:
    """ "县政府" → "县人民政府": 政府 as people write a 人民政府."""
    return re.sub(r"(?<!人民)政府$", "人民政府", text)


# two bodies named together before one kind ("当地文物、公安部门"): the joints people write between
# them, and the fuller names a member is written by ("文物行政、公安部门": the relic department
# named by its office) — seed-5252 review 37
JOINTS = ("、", "和", "与", "及")
MEMBER_FORMS = {"文物": ("文物行政", "文物管理")}
_MEMBER = {form: member for member, forms in MEMBER_FORMS.items() for form in forms}


def member_forms(member: str) -> list[str]:
    """A member of a joint answer and the fuller names it is written by ("文物" → 文物行政,
    文物管理)."""
    return [member, *MEMBER_FORMS.get(member, ())]


def joint_members(text: str) -> frozenset[str]:
    """The bodies of a joint answer ("文物、公安", "公安和文物", "文物行政与公安" → {文物, 公安});
    empty for one."""
    parts = [_MEMBER.get(p, p) for p in re.split(r"、|和|与|及", text.removesuffix("部门")) if p]
    return (
        frozenset(parts)
        if len(parts) == len(set(parts)) > 1 and all(2 <= len(p) <= 3 for p in parts)
        else frozenset()
    )


def joint_forms(answer: str) -> list[str]:
    """Every wording of a joint answer a marker accepts: each member in any of its names, in
    either order, with any joint ("文物、公安" → 公安与文物, 文物行政和公安 …); [] for one body."""
    parts = re.split(r"、|和|与|及", answer)
    if len(parts) != 2 or not joint_members(answer):
        return []
    a, b = (member_forms(p) for p in parts)
    forms = [x + j + y for x in a for y in b for j in JOINTS]
    forms += [y + j + x for x in a for y in b for j in JOINTS]
    return [f for f in dict.fromkeys(forms) if f != answer]


# a marking note that states its principle (seed-5151 review, 33/35/38/43/45: a list of
# wordings always left out the one a trainee writes): the words of each part the note names,
# any one of each part together earning the points ("层级写“上一级”或“上级”，机关写
# “文物行政管理部门”、……或“文物局”"; "数字写“2”、“两”或“二”，量词写“名”、……或不写")
QUOTED_WORDS = r"(“[^”]+”(?:(?:、|或)“[^”]+”)*)"
PRINCIPLE_PARTS = (("层级", "机关"), ("数字", "量词"))


def _quoted(text: str) -> list[str]:
    return re.findall(r"“([^”]+)”", text)


def principle_note(first: list[str], second: list[str], count: bool = False) -> str:
    """The principle part of a marking note: a body by its level and its office (both written),
    a count by its number whatever measure word follows it (or none)."""

    def words(found: list[str]) -> str:
        quoted = [f"“{w}”" for w in found]
        return "、".join(quoted[:-1]) + "或" + quoted[-1] if len(quoted) > 1 else quoted[0]

    if count:
        measures = "、".join(f"“{w}”" for w in second)
        return f"看数字、不看量词，数字写{words(first)}，量词写{measures}或不写，均给分"
    return (
        f"按层级和机关给分，层级写{words(first)}，机关写{words(second)}（同一机关的不同叫法），"
        "两样都写出即给分"
    )


def _listed(found: list[str]) -> str:
    quoted = [f"“{w}”" for w in found]
    return "、".join(quoted[:-1]) + "或" + quoted[-1] if len(quoted) > 1 else quoted[0]


def joint_note(first: list[str], second: list[str], kind: str = "部门") -> str:
    """The principle part of a marking note for two bodies named together (joint_forms): each
    member in any of its names, either order, any joint (seed-5252 review 37: "文物与公安",
    "文物行政、公安" were refused by a list, and its "、"-joined candidates read as half-answers)."""
    return (
        f"按{kind}给分，一个{kind}写{_listed(first)}，另一个{kind}写{_listed(second)}，"
        f"先后不论，中间用{_listed(list(JOINTS))}连接，两个{kind}都写出即给分"
    )


JOINT_NOTE_RE = re.compile(
    r"一个(?:部门|机关)写" + QUOTED_WORDS + r"，另一个(?:部门|机关)写" + QUOTED_WORDS
    + r"，先后不论，中间用" + QUOTED_WORDS + "连接"
)  # fmt: skip


def principle_forms(marking: str) -> list[str]:
    """Every wording a note's principle (principle_note, joint_note) accepts: each word of its
    first part followed by each of its second, or two members joined either way ([] when the
    note states no principle, only a list)."""
    joint = JOINT_NOTE_RE.search(marking)
    if joint:
        a, b, joints = (_quoted(joint.group(n)) for n in (1, 2, 3))
        forms = [x + j + y for x in a for y in b for j in joints]
        return list(dict.fromkeys(forms + [y + j + x for x in a for y in b for j in joints]))
    for first, second in PRINCIPLE_PARTS:
        a = re.search(first + "写" + QUOTED_WORDS, marking)
        b = re.search(second + "写" + QUOTED_WORDS + "(或不写)?", marking)
        if a and b:
            tails = _quoted(b.group(1)) + ([""] if b.group(2) else [])
            return [x + y for x in _quoted(a.group(1)) for y in tails]
    return []


def normalize(text: str) -> str:
    """Bodies, figures and timing words replaced by their canonical forms."""
    text = re.sub(r"\s+", "", text)
    text = text.replace("半年", "六个月")

    def body(m: re.Match) -> str:
        parsed = parse_body(m.group(0))
        return "〈{}|{}〉".format(*parsed.key) if parsed else m.group(0)

    def figure(m: re.Match) -> str:
        value = figure_value(m.group(0))
        return "〈{}{}〉".format(*value) if value else m.group(0)

    text = BODY_RE.sub(body, text)
    text = FIGURE_RE.sub(figure, text)
    text = _word_re().sub(lambda m: f"〈{word_equivalents()[m.group(0)]}〉", text)
    return re.sub(r"第一时间|立即|及时", "〈立即〉", text)


# a report due at once: a deadline of days (data/variants.tsv "timing") is a checkable mistake
IMMEDIATE = ("第一时间", "立即")


UPPER_BOUND = re.compile(r"(不超过|不得超过|最长|最多|最高|控制在|以内)[^，。；]{0,6}$")
LOWER_BOUND = re.compile(r"(不少于|不得少于|至少|不低于|最少)[^，。；]{0,6}$")


def _time_size(value: tuple[str, str]) -> int:
    """A length of time in days (年 360, 个月 30), 0 for anything else."""
    days = {"年": 360, "个月": 30, "月": 30, "日": 1, "天": 1}.get(value[1], 0)
    return int(value[0]) * days if value[0].isdigit() else 0


# a figure a trainee might believe is at most this many times off the true one ("协议期限不得超过
# 一年" → 六个月, never 两个月: seed-2527 review B18)
NEAR_FIGURE = 2.0


def _size(value: tuple[str, str]) -> int:
    """A figure's size in its measure: days for a time, the number for a count or a sum."""
    return _time_size(value) or (int(value[0]) if value[0].isdigit() else 0)


def default_figure(text: str) -> bool:
    """A count a trainee writes without knowing the rule ("每年复核______" → 一次): the default
    once, asked by a blank or among options it is guessed (seed-5353 review 2, 40)."""
    return figure_value(text) == ("1", "次")


# a 单选's figures stay within this factor of the key ("协议期限不得超过一年": 六个月, 两年, 三年,
# never 两个月: seed-5353 review 5)
NEAR_CHOICE = 3.0


def choice_figures(own: tuple[str, str], looser: list[str], stricter: list[str]) -> list[str]:
    """A bound's distractors for a 单选: a looser value and stricter ones, each within NEAR_CHOICE
    of the key, nearest first, so that the key is neither the largest nor the smallest option
    (seed-5353 review 2: "每年不得少于（ ）" over 一次, 两次, 三次, 四次 — the key the floor, the
    default); none when nothing looser is plausible (the bound is the least there is)."""
    size = _size(own)

    def near(p: str) -> bool:
        v = figure_value(p)
        return bool(v and size and _size(v) and 1 / NEAR_CHOICE <= _size(v) / size <= NEAR_CHOICE)

    def closeness(p: str) -> float:
        return abs(math.log(_size(figure_value(p)) / size))

    loose = sorted((p for p in looser if near(p)), key=closeness)
    strict = sorted((p for p in stricter if near(p)), key=closeness)
    if not loose:
        return []
    picked = loose[:1] + strict[:2]
    picked += [p for p in loose[1:] if p not in picked][: max(0, 3 - len(picked))]
    return picked


def plausible_figures(value: str, wrong: list[str], stated: list[str]) -> list[str]:
    """The false figures a trainee might believe, nearest first (seed-2527 review: "1600元" for
    the 1400元 of 自治区级 sites, "两个月" for a one-year limit, were invented). `wrong`: the
    table's mistakes (mistakes(), bound already applied); `stated`: figures of the same measure
    the chosen documents print elsewhere, this article's first. A stated figure (1400元 beside
    1200元, 六个月 of 第二十条 beside 两年) is the mistake a trainee makes; only when none is
    stated, a table figure within NEAR_FIGURE of the true one. A range ("25-50岁") keeps the
    table's."""
    own = figure_value(value)
    if own is None or not own[0].isdigit():
        return wrong
    size = _size(own)
    allowed = {figure_value(w) for w in wrong}

    def measured(v: tuple[str, str] | None) -> bool:
        if v is None or not v[0].isdigit() or v == own or not size:
            return False
        return bool(_time_size(v)) == bool(_time_size(own)) and (
            bool(_time_size(own)) or v[1] == own[1]
        )

    # a stated figure of the same measure the table's bound allows (a stricter limit: 六个月
    # for 两年, never 三年), however far off: the text makes it a mistake one can make
    siblings = [s for s in dict.fromkeys(stated) if measured(v := figure_value(s)) and v in allowed]
    if siblings:
        return siblings
    near_wrong = [
        w
        for w in wrong
        if measured(v := figure_value(w)) and 1 / NEAR_FIGURE <= _size(v) / size <= NEAR_FIGURE
    ]
    return sorted(near_wrong, key=lambda w: abs(_size(figure_value(w)) - size))


def mistakes(kind: str, value: str, context: str = "", choice: bool = False) -> list[str]:
    """Plausible wrong values for one detail, none equivalent to it, in table order. A body's
    mistakes stay within two levels of it (never 国务院 for a county's duty) and offer another
    kind of body only in a sentence of that kind's domain (`context`). `choice`: options of a
    单选, where a bound's looser value is wrong too and one is offered, so that the key is not
    always the largest ("最长不超过（ ）": 两年 among 一年, 六个月, 三年)."""
    if kind == "figure":
        m = FIGURE_RE.fullmatch(value)
        if not m:
            return []
        unit = m.group(2)
        pool = next((v for k, v in variant_groups() if k == f"figure:{unit}"), ())
        if unit == "年":
            pool += next((v for k, v in variant_groups() if k == "figure:个月"), ())
        own = figure_value(value)
        wrong = [p for p in dict.fromkeys(pool) if figure_value(p) != own]
        # "协议期限不得超过一年": a longer limit ("不得超过三年") is true of every agreement the
        # rule allows, so a wrong limit is a stricter one; "不少于一次" the same the other way
        at = context.find(value)
        before = context[max(0, at - 8) : at] if at >= 0 else ""
        after = context[at + len(value) : at + len(value) + 2] if at >= 0 else ""
        upper = UPPER_BOUND.search(before) or re.match(r"(以|之)?内", after)
        bound = -1 if upper else 1 if LOWER_BOUND.search(before) or after.startswith("以上") else 0
        if bound and own is not None and own[0].isdigit():
            same_unit = [
                (p, v)
                for p in wrong
                if (v := figure_value(p)) is not None and v[1] == own[1] and v[0].isdigit()
            ]
            stricter = [p for p, v in same_unit if (int(v[0]) - int(own[0])) * bound > 0]
            # a looser value in the same measure, also across 年 and 个月 ("两年" → "三年", "30个月")
            size = _time_size(own)
            looser = [
                p
                for p in wrong
                if (v := figure_value(p)) is not None
                and v[0].isdigit()
                and (
                    (v[1] == own[1] and (int(v[0]) - int(own[0])) * bound < 0)
                    or (size and (t := _time_size(v)) and (t - size) * bound < 0)
                )
            ]
            if choice:
                return choice_figures(own, looser, stricter)
            wrong = stricter
        elif choice and own is not None and own[0].isdigit() and _size(own):
            # a 单选's figures stay near the key (seed-5353 review 5: 两个月 for a one-year limit)
            wrong = [
                p
                for p in wrong
                if (v := figure_value(p))
                and _size(v)
                and 1 / NEAR_CHOICE <= _size(v) / _size(own) <= NEAR_CHOICE
            ]
        return wrong
    if kind == "timing":
        # a vague time word (第一时间, 立即, 及时) sets no deadline to get wrong: "7日内" or
        # "30日内" for 第一时间 is believed by nobody and checked against nothing (seed-3838
        # review B18); a 单选 offers the text's other time words instead (Generator)
        return []
    if kind in ("period", "role", "form", "actor", "funder", "recipient"):
        for key, pool in variant_groups():
            if key == kind and value in pool:
                if kind == "period":
                    # 每日 for a yearly report is absurd: a period stays within three steps
                    at = pool.index(value)
                    near = sorted(range(len(pool)), key=lambda n: (abs(n - at), n))
                    return [pool[n] for n in near if n != at and abs(n - at) <= 3]
                return [p for p in pool if p != value]
        return []
    if kind == "body":
        body = parse_body(value)
        if body is None:
            return []
        found: list[str] = []
        levels = next(v for k, v in variant_groups() if k == "level")
        kinds = next(v for k, v in variant_groups() if k == "kind")
        rank = LEVEL_RANK.get(body.level)
        if body.level.endswith("以上") and rank is not None:
            # "经自治区级以上文物行政管理部门批准": the least level that may approve; a mistake
            # is a lower level, never another "……以上" (县级以上 takes in the right one)
            found += [
                Body(x, body.gov, body.kind).text()
                for x in levels
                if rank - 2 <= LEVEL_RANK[x] < rank
                and not (LEVEL_RANK[x] == 0 and body.kind != "人民政府")
            ]
        elif body.level and canon(body.level) in {canon(x) for x in levels} and rank is not None:
            for x in levels:
                other = LEVEL_RANK[x]
                if abs(other - rank) > 2 or (other == 4 and rank < 3):
                    continue  # the State Council is no mistake for a county or a prefecture
                if other == 0 and body.kind != "人民政府":
                    continue  # a township has a government, not a relic department
                found.append(Body(x, body.gov, body.kind).text())
        if body.kind != "人民政府" or body.level:
            found += [
                Body(body.level, "", k).text()
                for k in kinds
                if not body.gov
                and (body.level or k != "人民政府")  # no bare "人民政府"
                and plausible_kind(k, context)
                and not (body.level == "国务院" and k not in ("人民政府",) and k != body.kind)
            ]
        own = body.key
        out = []
        keys = {own}
        for text in found:
            parsed = parse_body(text) or (
                Body("国务院", "", "人民政府") if text == "国务院" else None
            )
            key = parsed.key if parsed else (text, "")
            if key not in keys:
                keys.add(key)
                out.append(text)
        return out
    return []


def actors() -> tuple[str, ...]:
    """The parties of a works site (variants.tsv "actor"): 建设单位, 施工单位 …"""
    return next((v for k, v in variant_groups() if k == "actor"), ())


def party_pair(text: str) -> re.Match | None:
    """Two parties of a works site under one duty ("建设单位、施工单位要配合考古发掘单位")."""
    names = "|".join(re.escape(a) for a in actors())
    return re.search(rf"(?P<a>{names})、(?P<b>{names})(?=要|应|须|必须)", text)


def obvious_body(answer: str, sentence: str) -> bool:
    """A body blank a trainee fills without knowing the rule: the relic department with no level
    in a relic document (the default answer to every "who"), or a kind whose domain the sentence
    names ("涉及宗教活动场所……报______审批" → 宗教部门)."""
    key = canonical_body(answer)
    if not key:
        return False
    if key in (("", "文物行政部门"), ("所在地", "文物行政部门")):
        return True  # "文物保护单位所在地文物行政部门": the place is the unit's, no level to know
    rest = sentence.replace(answer, "", 1)
    return any(
        canon(name) == key[1] and words.pattern != "." and bool(words.search(rest))
        for name, words in kind_domains()
    )


def right_in_substance(option: str, article: str) -> bool:
    """A body the article names could be right in substance: the same body (level and kind), or
    any body of a kind the article names without a fixed level ("各级人民政府", "文物行政管理部门",
    "上级……": every level of it may be meant)."""
    key = canonical_body(option)
    if not key:
        return False
    for m in BODY_RE.finditer(article):
        named = canonical_body(m.group(0))
        if not named or named[1] != key[1]:
            continue
        parsed = parse_body(m.group(0))
        fixed = (
            parsed is not None
            and parsed.level in LEVEL_RANK
            and parsed.level not in ("地、县", "地、县级", "地县")
        )
        if named == key or not fixed:
            return True
    return False


OPEN_BODIES = re.compile(r"相关部门|有关部门|有关行政部门|相关行政管理部门|等部门")


def other_kind_arguable(article: str, right: str, wrong: str) -> bool:
    """An article that leaves the bodies open ("应及时向各级人民政府及相关部门报告") makes another
    kind of body arguable anywhere in it: 公安部门 for a case may be one of the 相关部门."""
    a, b = canonical_body(right), canonical_body(wrong)
    return bool(a and b and a[1] != b[1] and OPEN_BODIES.search(article))


# --- who pays, across articles (seed-2121 review) -------------------------------------------

# how the documents name a level's budget: "各县人民政府本级财政", "地区行署……本级财政", "县级财政"
BUDGET_ALIASES = {
    "县级财政": ("县级", "各县", "县"),
    "地区财政": ("地区", "行署"),
    "自治区财政": ("自治区",),
    "乡（镇）财政": ("乡（镇）", "乡镇"),
}
# what a cost pays for: the words before "经费由/费用由" ("看管人员经费由地区财政……")
COST_WORD_RE = re.compile(r"经费|费用|预算|列支|支出|承担")
COST_OBJECT_RE = re.compile(r"(?P<obj>[\u4e00-\u9fff、]{0,12})(?:经费|费用)(?:由|从)")


def paid_for(statement: str) -> list[str]:
    """What the payer in `statement` pays for, as words another article would name: the noun
    before 经费/费用 ("看管人员"), or, for "所需费用", the acts of the comma piece before it
    ("考古调查", "勘探", "发掘")."""
    m = COST_OBJECT_RE.search(statement)
    if not m:
        return []
    obj = re.sub(r"^(所需|其|该项|相关)", "", m.group("obj"))
    if len(obj) < 2:
        before = statement[: m.start()].rstrip("，")
        piece = re.split(r"[，。；]", before)[-1]
        obj = piece.rsplit("的", 1)[-1]
    return [w for w in obj.split("、") if len(w) >= 2]


def payer_named(option: str, text: str) -> bool:
    """`text` names `option` as a payer: the party itself, or a level's budget ("各县人民政府本级
    财政" names 县级财政)."""
    aliases = BUDGET_ALIASES.get(option)
    if aliases is None:  # a party pays where its sentence speaks of a cost
        return any(option in s and COST_WORD_RE.search(s) for s in re.split(r"[。；\n]", text))
    names = "|".join(re.escape(a) for a in aliases)
    return bool(re.search(rf"(?:{names})[^，。；：]{{0,10}}财政", text))


def payer_named_elsewhere(option: str, statement: str, articles: list[str]) -> bool:
    """A payer distractor another article of the chosen documents names for the same cost is
    arguable: 办法 第六条 spends 各县人民政府本级财政's relic funds on 聘请文物保护看管人员, so
    "县级财政" for the custodians' pay can be defended (seed-2121 review, item 9)."""
    words = paid_for(statement)
    if not words:
        return False
    return any(payer_named(option, text) and any(w in text for w in words) for text in articles)


def named_parties(text: str) -> tuple[str, ...]:
    """The parties of a works site the documents name: the only ones a trainee could confuse
    for the one a rule names (施工单位 for 建设单位, never 监理单位 the texts never mention)."""
    return tuple(a for a in actors() if a in text)
