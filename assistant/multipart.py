"""Questions in several parts: split them, answer each in order, join the answers."""

from __future__ import annotations

import re

from assistant.citations import Citation
from assistant.frame import ABOUT_LAST, QUESTION_WORD, SOURCE_ASK, a_few_said, a_few_wanted
from assistant.response import Response, calculation_grounds

NUMBERED = re.compile(
    r"(?:^|(?<=[\s，,；;？?。]))[（(]?[1-9一二三四五六][)）.、．](?!\d)\s*"
    # "（1）…（2）…" anywhere; the gazette's own items are numbered in Chinese ("第三十条（九）")
    r"|[（(][1-9][)）]\s*"
)
# "超过的部分呢", "那超出的钱咋办", "多出来的谁出": what lies beyond the last result's limit
EXCESS_ASKED = re.compile(
    r"^(?:那|那么)?(?:超过|超出|超了|多出来?|剩下)(?:去|来)?(?:的那|的|那)?(?:部分|钱|那些|那块)?"
    r"(?:呢|怎么办|咋办|咋整|谁出|谁管|谁付|怎么算|自己出吗|自己掏吗"
    # ("超出去的那部分还有地方能报吗": another fund asked of what is left)
    r"|还(?:有|能)(?:别的|其他)?(?:地方|渠道|办法|政策)?(?:能|可以)?(?:报|管|赔)(?:吗|不|没有?)?)?"
    r"[？?。！!\s]*$"
)
ONLY_CHANGE = re.compile(r"呢[？?]?$")
# "那我自己呢，我35岁": a turn to another person or case, then a statement that asks nothing
TOLD_AFTER_TURN = re.compile(
    r"^(?:那|那么|要是|如果|换成)[^，,？?]{0,8}呢[，,][^？?呢吗多几啥谁]+$"
)  # "二级呢？": the same question again with one thing changed
# an attribute of a benefit or a post asked about (its value), not the benefit itself
ATTRIBUTE = re.compile(
    r"起付线|起付标准|报销比例|比例|封顶线?|限额|标准|工资|待遇|总投资|投资|具体位置|位置|地址|选址|地点"
)
YES_NO_FORM = re.compile(
    r"有没有|是不是|能不能|可不可以|要不要|需不需要|算不算|[吗么嘛][？?]?$"
    r"|(能|会|要|可以|行|有|给|用|得)[\u4e00-\u9fff]{0,8}不[？?]?$"  # "还能交不"
)
# "…多少 另外…", "顺便问一下…", "再问下…": a word that opens another part of the message
PART_LEAD = re.compile(
    r"^(?:另外|此外|还有(?:就是|一个问题|个问题|一件事|件事|个事)?(?!什么|啥|哪|谁|多少|几|没有|别的|其他|其它)|还想问|再问(?:一)?下|顺便(?:再)?问(?:一)?下|顺带问(?:一)?下|顺便|顺带|以及)"
    r"[，,：:\s]*"
)


# two aspects of one subject asked at once ("文物安全培训的方式和内容是什么"): a part each
ASPECT_PAIR = re.compile(
    r"^(?P<subject>[^，,。？?；;]{2,24}?)的(?P<a>[\u4e00-\u9fff]{2,4}?)(?:和|与|及|跟|以及|、)"
    r"(?P<b>[\u4e00-\u9fff]{2,4}?)(?:分别|各自|都)?(?P<ask>是什么|是啥|有哪些|有什么|是多少|是怎样的)"
    r"[？?。！!\s]*$"
)


def _aspects_apart(q: str) -> str:
    """ "X的A和B是什么" as "X的A是什么，X的B是什么": each aspect its own rule."""
    m = ASPECT_PAIR.match(q)
    if m is None:
        return q
    subject, ask = m.group("subject"), m.group("ask")
    return f"{subject}的{m.group('a')}{ask}，{subject}的{m.group('b')}{ask}"


# two things asked whether the fund pays, in one breath ("镶牙和配眼镜医保报不报")
THINGS_PAIR = re.compile(
    r"^(?P<a>[\u4e00-\u9fff]{2,8}?)(?:和|跟|与|还有|、)(?P<b>[\u4e00-\u9fff]{2,8}?)"
    r"(?:的钱|的费用|费)?(?P<ask>(?:医保)?(?:能不能报|报不报|能报吗|给不给报|可以报吗|能报不|管不管|给报吗)"
    r"(?:销)?)[？?。！!\s]*$"
)


def _things_apart(q: str) -> str:
    """ "镶牙和配眼镜医保报不报" as "镶牙医保报不报，配眼镜医保报不报": each thing is its own
    item of the rules (义齿 of 第三十条（二）, 眼镜 of （三）); not two illnesses, whose care
    is one (高血压和糖尿病: the 两病 rule)."""
    from assistant.calculators.medical import find_disease, match_exclusion

    m = THINGS_PAIR.match(q)
    if m is None:
        return q
    a, b, ask = m.group("a"), m.group("b"), m.group("ask")
    if find_disease(a) or find_disease(b) or not (match_exclusion(a) or match_exclusion(b)):
        return q
    return f"{a}{ask}，{b}{ask}"


def split_parts(q: str) -> list[str]:
    """ "…是多少？…又是多少？", "…多少人，…目标多少" → one question each; a tail that only
    changes one thing ("二级呢？") or asks nothing ("…能报多少？250档三级医院") stays with the
    question before it."""
    from assistant.compose import not_a_name

    # "1. …多大年龄 2. …几个人", "（1）…（2）…": numbered parts are parts ("1.5万" is not)
    q = _things_apart(_aspects_apart(NUMBERED.sub("，", q).strip("，")))
    # ("想借几件文物来办展，最长能借多久": a few things wanted, read before the pieces part, or
    # the piece naming them would ask a count of its own)
    q = a_few_wanted(q)
    q = re.sub(r"(?<=[\u4e00-\u9fff])\s+(另外|此外|还有|顺便问一下|再问一下)\s+", r"，\1", q)
    # a space between Chinese words separates clauses as a comma does ("高血压限额多少 糖尿病多少")
    pieces = [
        p.strip()
        for p in re.split(r"(?<=[？?])|[，,；;]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", q)
        if p and p.strip()
    ]
    merged: list[str] = []
    for piece in pieces:
        lead = PART_LEAD.match(piece)
        if merged and lead and _content(piece[lead.end() :]) and _asks(merged[-1]):
            merged.append(piece)  # another part, said as such
            continue
        asks = _asks(piece)
        # its own words, or another kind of fact of the same subject ("…什么时候交钱，交多少")
        own = len(_content(piece)) >= 2 or (
            bool(merged) and asks and _other_fact(piece, merged[-1])
        )
        # "…参军入伍要达到多少人？学历提升呢？": the same rule's other figure, a part of its own
        # (a calculation's "二级呢？" stays with it: one case beside another)
        changed = bool(ONLY_CHANGE.search(piece)) and not (
            merged and _content(piece) and _asks_a_rule(merged[-1])
        )
        if merged and EXCESS_ASKED.match(piece):
            # "…能报多少 超出的部分呢": what lies beyond the result, a part of its own
            merged.append(piece)
            continue
        own = own or (bool(ONLY_CHANGE.search(piece)) and not changed)
        # "门特一共几种病 有没有起付线": a yes/no of its own about a thing the part before did not
        # name is a part, though it names only that thing
        own = own or bool(
            merged
            and YES_NO_FORM.search(piece)
            and any(w not in merged[-1] and not not_a_name(w) for w in _content(piece))
        )
        # "那交二百五的住进三级医院呢 几成": a bare asking word completes the 呢 before it
        # ("要是他发现盗挖没上报呢，会咋样": so does asking what follows)
        own = own and not (
            merged
            and ONLY_CHANGE.search(merged[-1])
            and (not _content(piece) or WHAT_NOW.fullmatch(piece.strip("？?。！! ")))
        )
        # "那我自己呢，我35岁，要交多少": who the 呢 turns to, what is told of them, then what is
        # asked of them: one question
        own = own and not (merged and TOLD_AFTER_TURN.search(merged[-1]))
        # "要提前备案吗 住进去几天之内要弄好": a piece whose verb only stands for the thing the
        # piece before named (弄好, 办完, 搞定) asks more of it
        own = own and not (merged and PRO_VERB.search(piece))
        # "住院起付线是多少，出自哪个文件": where the part before is written, asked of it — one
        # question, whose answer cites its article
        own = own and not (merged and _source_only(piece))
        if merged and (not asks or changed or not own or not _asks(merged[-1])):
            joiner = "" if merged[-1].endswith(("？", "?")) else "，"
            merged[-1] += joiner + piece
        else:
            merged.append(piece)
    if len(merged) > 1 and RECOMPUTE_ONLY.fullmatch(merged[0]):
        # "刚才那几次再算一下，一年总共报了多少": asking to compute again frames what follows
        merged = merged[1:]
        if len(merged) == 1:
            return merged
    return merged if len(merged) > 1 else [q]


# a request to compute again, naming nothing ("刚才那几次再算一下", "重新算一下")
RECOMPUTE_ONLY = re.compile(
    r"(?:刚才|前面|上面|之前)?(?:的|那|这)?(?:几次|几个|个|些)?(?:再|重新)(?:帮我|给我)?"
    r"算(?:一下|一遍|算)?[。，,！!\s]*"
)


def _ends_as_a_noun(phrase: str) -> bool:
    """ "看管人员", "养护岗位": a thing counted ends as a noun ("时候开始交", "人参保了" do not)."""
    import jieba.posseg

    words = [w for w in jieba.posseg.cut(phrase) if w.word.strip()]
    # (看管员 ends in 员, a bound morpheme of persons: zg; a domain term the index adds to the
    # segmentation, 高校毕业生, carries no tag of its own: x)
    return bool(words) and words[-1].flag.startswith(("n", "zg", "x"))


def _asks(piece: str) -> bool:
    """Whether a piece asks something ("宝宝出生后住了几天院" says a few days, asks no number)."""
    return bool(QUESTION_WORD.search(DURATIVE_NE.sub("", a_few_said(piece))))


# a state still holding, told with 呢 ("医保还没交呢", "人还在医院住着呢"): the 呢 of a
# statement, not of a question ("那还没交的呢", "要是还没交呢" ask of that case)
DURATIVE_NE = re.compile(
    r"^(?!那|要是|如果|假如|万一|可是)([^，,。？?]*(?:(?:还|都|正|一直)(?:没有?|未|在)[^，,。？?]{0,12}"
    r"(?<!的)|着))呢(?=[。！!，,\s]*$)"
)


def another_subject(part: str) -> str | None:
    """The part without its opening word when it opens as another matter ("另外…", "顺便问一下…"):
    such a part does not lean on the first part's subject."""
    lead = PART_LEAD.match(part)
    return part[lead.end() :] if lead and lead.end() < len(part) else None


def _asks_a_rule(question: str) -> bool:
    """A question answered from the text, not a calculation of one's own case (no figure of
    the asker's given: "门特一年最多报多少" asks the rule)."""
    from assistant.frame import read_frame

    return not read_frame(question).figures


def _other_fact(piece: str, before: str) -> bool:
    from assistant.compose import LOCATION_ASKED
    from assistant.frame import FactType, read_frame

    if LOCATION_ASKED.search(piece) and not LOCATION_ASKED.search(before):
        return True  # "…投资多少，建在哪": where it stands, beside its sum
    if WHAT_NOW.search(piece) and not WHAT_NOW.search(before):
        return True  # "…什么时候交钱？错过了咋办": what to do then, beside the time
    if BRING_ASKED.search(piece) and not BRING_ASKED.search(before):
        return True  # "参保手续谁去办？要带什么": the papers, beside who goes
    if LATE_STILL.search(piece) and read_frame(before).fact is FactType.DATE:
        return True  # "…什么时候缴费，错过了还能补吗": whether it is late, beside the time
    mine = set(ATTRIBUTE.findall(piece))
    theirs = set(ATTRIBUTE.findall(before))
    if mine and theirs and not any(a in b or b in a for a in mine for b in theirs):
        return True  # "住院起付线多少？封顶多少": another value of the same subject
    fact = read_frame(piece).fact
    return fact not in (FactType.OTHER, FactType.YES_NO) and fact != read_frame(before).fact


# the papers to bring asked ("要带什么", "带哪些材料")
BRING_ASKED = re.compile(r"带(?:什么|啥|哪些|哪几样)|(?:什么|啥|哪些)(?:材料|资料|证件|证明)")
# whether something may still be done late ("错过了还能补吗", "过了时间还能交不")
LATE_STILL = re.compile(
    r"(?:错过|过了|晚了|超过了?|逾期|没赶上|忘了|误了)[^，。？?]{0,6}(?:还能|还可以|能不能|可不可以|还让)"
)
# what to do, or what follows, in a case ("错过了咋办", "怎么办", "咋整")
# a verb that stands for a thing done, named before ("几天之内要弄好", "多久能办完")
PRO_VERB = re.compile(r"(?:弄|办|搞|整)(?:好|完|定|妥)(?!事)")
WHAT_NOW = re.compile(r"(?:怎么|咋|如何|怎样)办|咋整|怎么弄|会怎样|会怎么样|会咋样")


def _source_only(piece: str) -> bool:
    """A piece that asks only where something is written ("出自哪个文件", "是哪条规定的") or
    whether the rules say it at all ("办法里规定了没", "文件有写吗")."""
    if STATED_ASKED.fullmatch(piece.strip("，,。？?！! ")):
        return True
    rest = SOURCE_ASK.sub("", ABOUT_LAST.sub("", piece))
    return rest != piece and not re.sub(r"[这那是的了呢啊吗？?。！!\s]|规定|写|在|里|个", "", rest)


# whether the rules say the thing asked before ("办法里规定了没", "文件里有没有写", "有规定吗")
STATED_ASKED = re.compile(
    r"(?:这个?)?(?:办法|细则|文件|规定|方案|公报|政策)?(?:里|上|中)?(?:面)?"
    r"(?:有没有|有)?(?:规定|写|说)(?:了没有?|过没有?|了吗|吗|没|没有)?"
    # ("文件里有具体数吗", "有没有写明确的金额": whether the rules give the figure asked)
    r"|(?:这个?)?(?:办法|细则|文件|规定|方案|公报|政策)?(?:里|上|中)?(?:面)?(?:有没有|有)(?:写|规定)?"
    r"(?:具体|明确)?的?(?:数|数字|数额|金额|标准)(?:吗|没有?|不)?"
)


def _content(text: str) -> list[str]:
    from index.lexical import tokenize

    return [t for t in tokenize(QUESTION_WORD.sub("", text)) if len(t) >= 2]


def _same_citation(citations: list[Citation], cite: Citation) -> int | None:
    """The number of a citation already listed that quotes the same clause (the longer quote
    kept); None when none does. Two parts quoting different sentences of one unit ("…14万元",
    "…30万元" of 第二十七条) keep both quotes: each grounds its own part's figures."""
    for i, c in enumerate(citations):
        if (c.unit_id, c.clause) != (cite.unit_id, cite.clause):
            continue
        if cite.text in c.text:
            return i + 1
        if c.text in cite.text:
            citations[i] = cite
            return i + 1
    return None


def _bare(line: str) -> str:
    return re.sub(r"\[\d+\]|[。；，、\s]", "", line)


def _restates(shown: str, line: str) -> bool:
    """One line says what the other does (the same rule quoted whole and from a comma on, by
    two parts of one message): one is the other, or holds the other of some length."""
    a, b = _bare(shown), _bare(line)
    return a == b or (min(len(a), len(b)) >= RESTATED_LENGTH and (a in b or b in a))


RESTATED_LENGTH = 15
MARKER = re.compile(r"\[\d+\]")


def without_see_also(response: Response) -> Response:
    """The response without its "另见" lines, the citations no line marks dropped and the rest
    renumbered (a rule's clause shown alone)."""
    kept = "\n".join(line for line in response.answer.split("\n") if not line.startswith("另见"))
    used = sorted({int(n) for n in MARKER_NUMBER.findall(kept)})
    renumber = {old: new for new, old in enumerate(used, 1)}
    response.answer = MARKER_NUMBER.sub(lambda m: f"[{renumber[int(m.group(1))]}]", kept)
    response.citations = [response.citations[n - 1] for n in used if n <= len(response.citations)]
    return response


MARKER_NUMBER = re.compile(r"\[(\d+)\]")


def merge(responses: list[Response], dedupe: bool = True) -> Response:
    """One response from the answers to each part; citation markers renumbered, duplicates shared
    (and repeated lines dropped, unless each part is a case of its own)."""
    citations: list[Citation] = []
    texts: list[str] = []
    # a part that asks for a missing input is said last: the other parts are answered first
    asking = [r for r in responses if r.status == "follow_up"]
    for response in [*(r for r in responses if r.status != "follow_up"), *asking]:
        mapping = {}
        for n, cite in enumerate(response.citations, 1):
            found = _same_citation(citations, cite)
            if found is None:
                citations.append(cite)
                found = len(citations)
            mapping[n] = found
        text = re.sub(
            r"\[(\d+)\]",
            lambda m, mapping=mapping: f"[{mapping.get(int(m.group(1)), m.group(1))}]",
            response.answer,
        )
        for line in text.split("\n"):
            if not dedupe:
                texts.append(line)
                continue
            held = next((n for n, t in enumerate(texts) if _restates(t, line)), None)
            if held is None:
                texts.append(line)
                continue
            # ("如需补缴，由个人…" and "由个人…[1]": the fuller line, with the other's marker)
            longer, shorter = sorted((line, texts[held]), key=lambda t: -len(_bare(t)))
            markers = "" if MARKER.search(longer) else "".join(MARKER.findall(shorter))
            texts[held] = longer + markers
    statuses = [r.status for r in responses]
    status = next(
        (
            s
            for s in ("calculated", "follow_up", "answered", "out_of_scope", "error")
            if s in statuses
        ),
        "answered",
    )
    calculation = next((r.calculation for r in responses if r.calculation), None)
    return Response(
        status,
        answer="\n".join(t for t in texts if t),
        citations=citations,
        calculation=calculation,
        follow_up=asking[0].follow_up if asking and status == "follow_up" else None,
        # (every part's calculation grounds its own figures: the response keeps only the first)
        facts=[
            *(f for r in responses for f in r.facts),
            *(f for r in responses if r.calculation for f in calculation_grounds(r.calculation)),
        ],
    )


def subject_of(first: str, counted: bool = True) -> str:
    """What the first part asks about, without the words that ask ("医保个人缴费谁来收" →
    医保个人缴费): a later part without its own subject is read with this, not with the first
    part's whole question (whose 谁 or 多少 would become the later part's question).
    `counted`: with the thing a wh-word counts ("安排几个看管人员" → 看管人员)."""
    import jieba

    # the clauses up to the one that asks: "我30岁，能当看管员吗" asks of 看管员, the age before
    # it is the asker's circumstance (kept, it belongs to the case)
    clauses = re.split(r"[，,]", first.strip(" ，,"))
    asking = next((n for n, c in enumerate(clauses) if QUESTION_WORD.search(c)), 0)
    first = "，".join(clauses[: asking + 1])
    asked = QUESTION_WORD.search(first)
    head = first[: asked.start()] if asked else first
    head = re.sub(r"(最长|最多|最少|最高|最低|一般|大概|能|可以|要|得|该|是|的)+$", "", head)
    # "大病保险是参加医保就自带的吗": what a yes/no says its subject is, is not the subject
    words = jieba.lcut(head)
    if asked and YES_NO_FORM.search(asked.group(0)) and "是" in words[1:]:
        head = "".join(words[: words.index("是", 1)])
    # "门特一共几种病", "住院起付线多少 有没有封顶": how much and which attribute the first
    # part asks are not its subject (the later part asks its own attribute of 门特, of 住院)
    head = (
        re.sub(
            rf"({ATTRIBUTE.pattern}|一共|总共|总计|共|一年|每年|每个?月|一个月|[每一]个?县|每个?人|每处)+$",
            "",
            head,
        )
        or head
    )
    # ("…没按要求填，会扣工资吗？扣多少": a modal and the verb left of a yes/no, 会扣, are what
    # it asked, not what it is about)
    head = re.sub(r"[，,\s]*(?:会|能|要|得|该)[\u4e00-\u9fff]?$", "", head) or head
    # "看管员上岗要不要体检": a thing named after the words that ask is asked about too
    # (after a yes/no's modal, 要不要体检, the act asked; after a wh-word, the thing counted or
    # named: "安排几个看管人员，钱是谁出" asks who pays the custodians, "有多少个名额，全地区一共
    # 多少" the places region-wide — not an attribute, 钱 or 种病)
    from assistant.compose import not_a_name

    tail = first[asked.end() :] if asked else ""
    modal = bool(asked and re.fullmatch(r".不.|有没有|是否|能否", asked.group(0)))
    if modal:
        things = [w for w in jieba.lcut(tail) if len(w) >= 2]
    else:
        thing = re.sub(r"^(?:个|名|位|件|处|项|种|条|家|所|次)", "", tail).strip(" ？?。！!的")
        named = (
            counted
            and len(thing) >= 2
            and _ends_as_a_noun(thing)
            and not ATTRIBUTE.fullmatch(thing)
            and not not_a_name(thing)
            and not QUESTION_WORD.search(thing)
        )
        things = [thing] if named else []
    return " ".join([head.strip(), *things]).strip() or first


# a later part's own scope: a year, a county, the whole prefecture or the other counties
YEAR_SAID = re.compile(r"(?:19|20)\d\d年")
WHOLE_SAID = re.compile(
    r"全地区|全阿里|全区|七个县|7个县|七县|其他县|其余县|其他各县|其余各县|各县"
)


def rescoped(subject: str, part: str) -> str:
    """The first part's subject without the year or county a later part replaces ("2021年…有多少
    高校毕业生，到2025年一共多少": 2025's total, not 2021's; "普兰县…有多少个名额，全地区一共多少":
    the prefecture's, not 普兰's)."""
    from assistant.places import ngari_counties

    if YEAR_SAID.search(part):
        subject = YEAR_SAID.sub("", subject)
    counties = [c for name in ngari_counties() for c in (name, name[:-1])]
    # ("…占全地区多少": a share of the whole, asked of the county still)
    if "占" not in part and (WHOLE_SAID.search(part) or any(c in part for c in counties)):
        for name in ngari_counties():
            subject = subject.replace(name, "").replace(name[:-1], "")
    return subject.strip() or subject
