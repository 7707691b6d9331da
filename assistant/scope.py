"""Deciding that the documents do not answer: other places, other years, facts never published."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table

DATA = Path(__file__).parent / "data"
YEAR = re.compile(r"(19|20)\d{2}(?=\s*年)")


# another place's rule set beside Ngari's ("跟阿里一样吗", "和阿里比哪个高")
COMPARED_WITH_NGARI = re.compile(
    r"(?:跟|和|与|同|比)(?:我们|咱们)?阿里(?:的|这边|这里)?[^，。？?]{0,4}"
    r"(?:一样|相同|不同|不一样|区别|差别|差不多|哪个|谁|高|低|多|少)"
    # ("和田那边也按阿里这个标准发吗": Ngari's rule held up as the other place's)
    r"|(?:也|还|同样|一样)(?:是|按|照|执行|用|参照|跟)着?(?:我们|咱们)?阿里"
)


@lru_cache(maxsize=1)
def never_published() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(pattern), message) for pattern, message in read_table(DATA / "out_of_scope.tsv")
    )


# a law or regional regulation named ("文物保护法第二十条", "西藏自治区文物保护条例里…"): the
# gazette's documents cite such texts as their basis but never hold them
LAW_NAMED = re.compile(
    r"《?((?:中华人民共和国|西藏自治区|自治区|国家|国务院)?[\u4e00-\u9fff]{2,14}?(?:法|条例))》?"
    r"(?=第|里|中|上|怎么|说|规定|讲|的|是|有|对|[？?\s]|$)"
)
NOT_A_LAW = re.compile(
    r"(办法|方法|做法|说法|合法|违法|依法|算法|想法|看法|用法|写法|设法|无法|疗法|手法|司法|执法)$"
)
CONTENT_ASKED = re.compile(
    r"第[一二三四五六七八九十百零\d]+条|说了?(什么|啥)|讲了?(什么|啥)|(怎么|如何)(规定|说|讲)"
    r"|规定了?(什么|啥|哪些)|内容|原文|(里|中)面?[^，。？?]{0,12}(怎么|什么|啥|哪些|多少|吗)"
)


def _cited_titles(gazette: str) -> list[str]:
    return re.findall(r"《([^》]{4,60})》", gazette)


def external_law(question: str, gazette: str) -> str | None:
    """The title of a law or regulation the question asks the content of, which the gazette does
    not hold (its own documents are 办法, 细则, 方案, 规划, never a 法 or 条例)."""
    if not CONTENT_ASKED.search(question):
        return None
    for m in LAW_NAMED.finditer(question):
        name = re.sub(r"^(按照?|根据|依据|依照|照|在|从|对|关于|那个|这个)", "", m.group(1))
        bare = re.sub(r"^中华人民共和国", "", name)
        if NOT_A_LAW.search(name) or len(bare) < 3:
            continue
        cited = next((t for t in _cited_titles(gazette) if bare in re.sub(r"\s", "", t)), None)
        return cited or name
    return None


# what a place's own rules are about: "内地的农村公路养护补助" asks the inland provinces' rule
RULED_THING = re.compile(r"(?:农村)?公路|文物|医保|医疗保险|政策|规定|标准|补助|补贴|养护")


def _said_as_the_gazette_says(question: str, said: str, gazette: str) -> bool:
    """A generic place said as the documents say it ("内地医院"), or of a person's own
    circumstances ("在内地上学的孩子"), not of a thing the place itself rules ("内地农村公路
    养护补助是什么标准")."""
    if said not in gazette:
        return False
    return not any(
        RULED_THING.match(re.sub(r"^的", "", question[m.end() :]))
        for m in re.finditer(re.escape(said), question)
    )


def canned_decline(text: str, gazette: str = "") -> str | None:
    """The messages of the kinds of fact never published the text asks of
    (`data/out_of_scope.tsv`: "在哪办公，电话多少" asks two), or None."""
    said: list[str] = []
    for pattern, message in never_published():
        found = pattern.search(text)
        # a word the documents themselves use ("乡镇兽医岗位", "河北省…公务员岗位") is no
        # kind of fact they never publish
        # (never for a refusal to help a wrong: "教我怎么私自拍壁画" is refused though the
        # gazette's bans name 私自)
        refusal = message.startswith("不能")
        if found and (refusal or not (gazette and _named_word(found, text, gazette))):
            if refusal:
                return message
            if message not in said:
                said.append(message)
    return "".join(said) or None


# the region that holds Ngari, said whole ("西藏", "全区"): its other schemes are not Ngari's
TIBET_WIDE = re.compile(r"西藏(自治区)?|自治区|全区|区内")


def check_frame(frame, reported: frozenset[int] = frozenset(), gazette: str = "") -> str | None:
    """A reason the question is out of scope, judged from its frame: another place, scheme or
    year as the subject, or a kind of fact the gazette never publishes. `reported`: earlier
    years the documents give figures for (the plan's 2017–2019 placements), which are asked;
    `gazette`: the documents' text, whose own words for places elsewhere (内地) are no subject."""
    from assistant.eligibility import enrolled_twice
    from assistant.frame import COVERED

    law = external_law(frame.text, gazette)
    if law is not None:
        return (
            f"公报没有收录《{law}》的条文，只有阿里地区2020年的文件；"
            "公报里的文件只把这类法律法规作为制定依据提及。"
        )
    canned = canned_decline(frame.text, gazette)
    if canned is not None:
        return canned
    abroad = next((p for p in frame.subject.places if p.abroad), None)
    if abroad is not None and not re.search(r"报|医保|支付|补|参保", frame.text):
        # "印度的医院看病贵不贵": another country's matters; its treatment is 境外就医 only when
        # whether the fund pays is asked
        return f"公报只有阿里地区2020年的规定，没有“{abroad.said}”的规定。"
    elsewhere = frame.subject.elsewhere or _relic_act_elsewhere(frame)
    if elsewhere is None and COMPARED_WITH_NGARI.search(frame.text):
        # "日喀则的报销比例跟阿里一样吗": the other place's rules are asked, set beside Ngari's
        elsewhere = next(
            (p for p in frame.subject.places if p.role.value == "subject" and not p.generic), None
        )
    if (
        elsewhere is not None
        and elsewhere.generic
        and _said_as_the_gazette_says(frame.text, elsewhere.said, gazette)
        and frame.subject.scheme is None
        and frame.calculator is None
    ):
        elsewhere = None  # "远程平台对接的内地医院": the plan's own 内地医院
    if (
        elsewhere is not None
        and not elsewhere.generic
        and frame.subject.scheme is None
        and frame.calculator is None
        and _named_by_the_plans(frame.text, elsewhere.said, gazette)
    ):
        elsewhere = None  # "陕西省有几家包科医院跟重点科室对接": the plan's own 陕西省
    scheme = frame.subject.scheme
    if (
        elsewhere is not None
        and TIBET_WIDE.fullmatch(elsewhere.said)
        and scheme is not None
        and scheme not in COVERED
    ):
        # "西藏职工医保住院报销比例多少": Tibet holds Ngari; what the gazette lacks is the scheme
        return f"公报只有阿里地区城乡居民基本医疗保险的规定，不涉及{scheme.value}。"
    if elsewhere is not None and enrolled_twice(frame.text) is None:
        # ("再交一份成都的医保行不行": enrolling there as well is Ngari's rule, 第六条)
        return f"公报只有阿里地区2020年的规定，没有“{elsewhere.said}”的规定。"
    # the years reported are the employment plan's figures; a scheme's or a calculation's
    # rules of an earlier year ("17年那会儿住院能报百分之几") are not in the gazette
    medical = frame.subject.scheme is not None or frame.calculator is not None
    earlier = [y for y in frame.subject.years if y < 2020 and (medical or y not in reported)]
    later = [y for y in frame.subject.years if y > 2020]
    if 2020 in frame.subject.years and set(later) <= {2021}:
        later = []  # "2020年底交了医保 2021年能用吗": the year after pays for (第八条 次年享受)
    if earlier or (later and (frame.calculator or frame.subject.scheme)):
        year = (earlier or later)[0]
        return f"公报是2020年印发的，只有2020年起施行的规定，没有{year}年的规定。"
    if scheme is not None and scheme not in COVERED:
        return f"公报只有阿里地区城乡居民基本医疗保险的规定，不涉及{scheme.value}。"
    return None


# a relic matter: what is found, built, dug or kept where the relic rules hold
RELIC_MATTER = re.compile(r"文物|古墓|遗址|文保|石刻|佛像|唐卡|壁画|挖出|挖到|出土|古董|佛塔")
CARE_MATTER = re.compile(r"看病|住院|医保|报销|就医|门诊|参保|医院|培训|学习|开会")
# what is done to a relic where it is (found, dug, built over, mended, sold)
RELIC_ACT = re.compile(r"挖|发现|出土|捡|盖|建|修|拆|卖|买|盗|偷|拍|藏")


def _relic_act_elsewhere(frame):
    """ "在拉萨盖房子挖到文物怎么办": a relic matter done in a place outside Ngari is that
    place's (the gazette's relic rules are Ngari's own); a stay there is the medical scheme's
    concern, so only questions of no scheme and no calculation."""
    from assistant.places import find_places

    if (
        frame.subject.scheme is not None
        or frame.calculator
        or not RELIC_MATTER.search(frame.text)
        or not RELIC_ACT.search(frame.text)
        or CARE_MATTER.search(frame.text)
    ):
        return None
    return next(
        (
            p
            for p in frame.subject.places
            if p.role.value == "treated"
            and not p.generic
            and not p.abroad
            and any(not m.place.home for m in find_places(p.said))
        ),
        None,
    )


def _named_word(found: re.Match[str], question: str, gazette: str) -> bool:
    """Whether the documents name what a canned decline matched, without the verb it was said
    with ("考公务员" → 公务员); a word of two characters only with its neighbour in the question
    ("乡镇兽医岗" → 兽医岗位 is named, "打电话举报" is not 电话沟通)."""
    # (a row that says what its word may not be near, "^(?!…).*(牦牛|…|兽医…)", matched the
    # whole question before the word: the word is its last group)
    last = found.re.groups
    anchored = found.re.pattern.startswith("^(?!")  # (only such a row's last group is its word)
    begin, end = (
        found.span(last) if anchored and last and found.group(last) is not None else found.span()
    )
    start = begin + (1 if re.match(r"考|学|当|做|办|去|买", question[begin:end]) else 0)
    bare = question[start:end]
    if len(bare) >= 3:
        return bare in gazette
    if re.search(rf"学{re.escape(bare)}的", question):
        return bare in gazette  # ("学兽医的呢": a graduate of that trade, the plan's 兽医岗位)
    around = (question[max(0, start - 1) : end], question[start : end + 1])
    return len(bare) == 2 and any(len(a) == 3 and a in gazette for a in around)


def _named_by_the_plans(question: str, place: str, gazette: str) -> bool:
    """Whether the documents name this place beside what the question asks: more than a word
    of the question (besides the place) stands next to it
    ("陕西省…包科医院", "西安交通大学口腔医院…专家…指导", "赴山南市、日喀则市…实地培训")."""
    if not gazette or place not in gazette:
        return False
    if re.search(
        rf"{re.escape(place)}(省|市|县)?(的|那边|那里|这边|人民医院|医院|政府|医保|财政|交通局|交通运输|文物局|人社"
        # "日喀则市有哪些县评上了示范县": its own counties
        r"|有?(哪些|哪几个|几个|多少个?)(县|乡|镇|村|区|市))",
        question,
    ):
        # "山南市的农村公路养护", "日喀则市人民医院创三甲的任务": that place's own matters
        return False
    from index.lexical import tokenize

    tokens = {
        t
        for t in tokenize(question.replace(place, " "))
        if len(t) >= 2 and not re.search(r"多少|什么|哪|几|怎么|是不是|能不能", t)
    }
    # the longest words only: "人民医院" is one thing said, not also its "人民" and "医院"
    words = {t for t in tokens if not any(t != o and t in o for o in tokens)}
    for m in re.finditer(re.escape(place), gazette):
        # what the plan says beside the place ("陕西省11家包科医院"), not anywhere in its sentence
        near = gazette[max(0, m.start() - NEAR) : m.end() + NEAR]
        # more than one word's worth of the question stands beside it: "包科医院…重点科室",
        # "交通大学口腔医院专家", "实地培训学习" — not a bare "人民医院" or "农村公路"
        covered = {
            i
            for w in words
            if w in near
            for m in re.finditer(w, question)
            for i in range(m.start(), m.end())
        }
        if len(covered) >= SHARED_CHARS:
            return True
    return _in_a_unit_naming(place, words, gazette)


RARE_LINES = 5  # a word in this few of the gazette's units names one matter ("包科")
SPECIFIC_LINES = 25  # two words this uncommon name it together ("对口", "人才")


def _in_a_unit_naming(place: str, words: set[str], gazette: str) -> bool:
    """Whether one unit (a line of the gazette's text) names the place together with the
    question's own uncommon words ("陕西对口医院派来的…人才…" is the plan's 四、（九）): the
    plan's matter, though the words stand further apart than a sentence."""
    units = gazette.split("\n")
    spread = {w: sum(w in u for u in units) for w in words if not re.search(r"阿里|西藏", w)}
    for unit in units:
        if place not in unit:
            continue
        shared = [w for w, n in spread.items() if w in unit and n <= SPECIFIC_LINES]
        if len(shared) >= 2 or any(spread[w] <= RARE_LINES for w in shared):
            return True
    return False


NEAR = 24  # characters either side of a place the documents name
SHARED_CHARS = 5  # characters of the question that must stand beside it


def without_elsewhere(question: str) -> str:
    """The question with other places and schemes taken out: what to look up in Ngari's rules."""
    from assistant.frame import GENERIC_ELSEWHERE, SCHEMES, Scheme
    from assistant.places import find_places

    text = question
    for mention in sorted(find_places(question), key=lambda m: -m.start):
        if not mention.place.home:
            text = text[: mention.start] + text[mention.end :]
    text = GENERIC_ELSEWHERE.sub("", text)
    # (a commercial policy's nearest rule is the one paid by an insurance contract: 大病保险,
    # 第二十七条 — not whatever its leftover words find)
    text = next(p for p, s in SCHEMES if s is Scheme.COMMERCIAL).sub("保险合同赔付", text)
    return re.sub(r"职工|商业|公费", "", text) or question


# Under the relevance cut-off a question is still answered when the best passages contain
# most of its telling words (idf-weighted): "我是易地搬迁的，在哪里参保？" (0.65) is covered,
# "考公务员的笔试是哪天？" (0.43) and "今天天气怎么样？" (0.0) are not.
MIN_COVERAGE = 0.5


def check_hits(
    question: str,
    hits: list,
    documents_text: dict[str, str],
    min_relevance: float | None = None,
    coverage: float = 0.0,
) -> str | None:
    """A reason judged from what retrieval found: a year the documents never mention, or nothing close."""
    years = {m.group(0) for m in YEAR.finditer(question)}
    if hits and years:
        # another document's number (藏政发〔2018〕35号) says nothing about that year
        # the year in any of the nearest documents (the plan's 2019 tasks, not the assessment's)
        text = re.sub(
            r"〔\d{4}〕",
            "",
            "".join(
                documents_text.get(d, "") for d in dict.fromkeys(h.unit.doc_id for h in hits[:3])
            ),
        )
        # the year after 2020 said beside 2020 is the year a 2020 payment pays for (第八条)
        after = {"2021"} if "2020" in years else set()
        missing = sorted(y for y in years if y not in text and y != "2020" and y not in after)
        if missing:
            return "公报是2020年印发的，相关文件没有您所问年份的规定。"
    dense = [h.dense for h in hits if h.dense is not None]
    weak = min_relevance is not None and dense and max(dense) < min_relevance
    if not hits or (weak and coverage < MIN_COVERAGE):
        return "公报所含文件没有涉及这个问题。"
    return None


def reported_years(text: str) -> frozenset[int]:
    """Years the documents speak of, not counting the numbers of other documents (〔2018〕35号)."""
    bare = re.sub(r"〔\d{4}〕", "", text)
    return frozenset(int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", bare))
