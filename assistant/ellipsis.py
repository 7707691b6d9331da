"""A follow-up that names only another thing ("那外景呢", "不对，是馆藏文物", "我说的是石碑"):
the last question, asked of that thing. Read as the whole question it stands for, its verdict
and its wording are the new thing's, not an echo of the last answer."""

from __future__ import annotations

import re

# what opens or closes a turn that only names a thing: a correction, a switch, a "what about"
OPENING = re.compile(
    r"^(?:(?:不对|不是|错了|搞错了|说错了)[，,、\s]*)?"
    r"(?:那么?|我(?:说|问|指)的是|我是说|是说|换成|改成|如果是|要是|假如是|是)?"
)
CLOSING = re.compile(r"(?:的话)?(?:呢|吗|嘛|啊|呀)?[？?。！!\s]*$")
# jieba's tags of words that name a thing (not a person, a count, a verb or a question word)
THING_TAGS = frozenset({"n", "nz", "nw", "ng", "vn", "an"})
PHRASE_MAX = 10
# words that ask, point or count: a turn holding one asks a question of its own
ASKING = re.compile(r"什么|啥|哪|怎么|怎样|如何|咋|多少|几|谁|为什么|是否|能不能|可不可以|要不要")
# words of a case or an act ("没备案", "要去", "想换"): a turn holding one is no bare thing
CASE_WORDS = re.compile(r"没|不|未|了|过|要|会|想|能|可以|得|把|被|让|给|去|来|在")
# jieba's first letters of words that never name a thing alone (pronoun, count, particle,
# a quality: 最长)
NOT_THINGS = frozenset("rmqydpcuezab")
# what is asked of the last thing rather than another thing ("那罚款呢", "那时间呢", "那标准呢")
ATTRIBUTE = re.compile(
    r"罚|处罚|处理|后果|时间|期限|日期|费用|标准|条件|流程|手续|材料|比例|金额|数额|规定|要求|"
    r"明白|知道|懂|道理|继续|还有|其他|别的|这样|那样"
)
# a person named inside ("我爸住院"): whose case it is matters, it is no bare thing
PERSON_WORD = re.compile(r"我|你|他|她|咱|俺|爸|妈|爷|奶|孩子|娃|老婆|老公|媳妇")
# persons: who asks or is asked of, never the thing a rule is about
PERSON_END = re.compile(r"[人员者客民僧尼爸妈爷奶娃儿女子]$")


def named_thing(turn: str) -> str:
    """The noun phrase a turn consists of once its opening and closing words are taken off
    ("不对，是外景" → 外景); "" when it says anything else (a question, a figure, a person)."""
    bare = CLOSING.sub("", OPENING.sub("", turn.strip()))
    bare = bare.removeprefix("的").strip()
    if (
        len(bare) < 2
        or len(bare) > PHRASE_MAX
        or not re.fullmatch(r"[\u4e00-\u9fff]+", bare)
        or ASKING.search(bare)
        or PERSON_END.search(bare)
        or PERSON_WORD.search(bare)
    ):
        return ""
    if CASE_WORDS.search(bare):
        return ""  # ("要是没备案", "想去拉萨"): a case or an act, not a thing
    import jieba.posseg

    # (jieba tags 唐卡 as a person's name: a word the domain lexicon knows is a thing)
    from index.lexical import domain_terms, lexicon

    known = lexicon()
    terms = domain_terms()
    tags = ["n" if w.word in known or w.word in terms else w.flag for w in jieba.posseg.cut(bare)]
    # (a noun among its words: jieba tags a rare one as it may, 造像 v beside 石窟 n; never an
    # attribute, a time or an acknowledgement, 罚款, 时间, 明白: another question of the last)
    if not any(t[:1] == "n" and t != "nr" or t in THING_TAGS for t in tags) or ATTRIBUTE.search(
        bare
    ):
        return ""
    return bare


# where a yes/no's subject ends and what is asked of it begins ("壁画|能拍照吗", "透析|能报吗")
ASKED_OF = re.compile(
    r"能不能|可不可以|能|可以|允许|准不准|让不让|让|准|要不要|需不需要|需要|算不算|属不属于|属于|"
    r"给不给|报不报|有没有|会不会|归谁|由谁|谁管"
)


# a last question that asks whether one may, or whether it is paid ("…能拍照吗", "…能报吗")
LAST_YES_NO = re.compile(r"(?:吗|么|不|没有)[？?。！!\s]*$|能不能|可不可以|让不让|准不准|行不行")


def _modal_at_word(text: str) -> re.Match[str] | None:
    """The first asking modal that begins a word of the text (jieba's), not one inside a word
    (功能, 批准)."""
    import jieba

    starts, at = set(), 0
    for w in jieba.cut(text):
        starts.add(at)
        at += len(w)
    return next((m for m in ASKED_OF.finditer(text) if m.start() in starts), None)


def asked_of(last: str, thing: str) -> str | None:
    """The last question with the thing it asked of replaced by `thing` ("壁画能拍照吗" with
    外景 → "外景能拍照吗"): a question "X 能/可以/算…吗" whose subject X is a thing; None for
    any other question, or when it names this thing already."""
    if not last or thing in last:
        return None
    if not LAST_YES_NO.search(last):
        return _kind_swapped(last, thing)
    cut = _modal_at_word(last)
    if cut is None or cut.start() == 0:
        return None
    subject = last[: cut.start()]
    place = "在" if subject.startswith("在") else ""
    bare = subject.removeprefix("在")
    if not named_thing(bare):
        return None  # (its subject is no bare thing: "我爸住院" — whose, and when, matter)
    return f"{place}{thing}{last[cut.start() :]}"


# the thing a question is about, said before what it asks ("寺里的文物借给…", "把馆藏文物…"):
# a short qualifier and the head
LENGTH_ASKED = re.compile(r"多久|多长|何时|时候")
KIND_HEAD = 2  # characters of a thing's head shared with the one it replaces (文物, 壁画)


def _kind_swapped(last: str, thing: str) -> str | None:
    """ "一级文物呢" after "寺里的文物借给地区博物馆 最长借多久": the thing of the same kind (its
    head, 文物) the last question asked of, replaced by the one named now; None when the last
    question names no thing of that kind."""
    head = thing[-KIND_HEAD:]
    said = re.search(
        rf"(?:^|[把将对从向，,\s])((?:[\u4e00-\u9fff]{{1,4}}的)?[\u4e00-\u9fff]{{0,3}}{head})", last
    )
    named = re.search(rf"^([\u4e00-\u9fff]{{4,5}}{head})", last) if said is None else None
    if named is not None and len(thing) >= len(named.group(1)) - 1:
        # "那地区人民医院呢" after "改则县人民医院几级": a whole name for a whole name (not
        # "那重大事故呢" for 文物安全事故, a kind of it)
        said = named
    if said is None or not (ASKING.search(last[said.end() :]) or LENGTH_ASKED.search(last)):
        return None
    return f"{last[: said.start(1)]}{thing}{last[said.end(1) :]}"


# a post or group of people ("驻寺僧尼", "新招的野外看管员", "寺管会干部"): whom a duty binds
ROLE_PHRASE = r"[\u4e00-\u9fff]{0,8}(?:人员|员|僧尼|僧人|僧侣|喇嘛|干部|领导|职工|学员|者)"
# what closes a turn that names another post of the last yes/no ("…呢，也要去？", "…也算吗")
ROLE_TAIL = re.compile(
    r"(?:呢)?[，,\s]*(?:也|是不是也|是否也)?(?:要去|要参加|要|需要|得去|得|算|算吗|一样|行|能|可以)?"
    r"(?:吗|么|嘛|不)?[？?。！!\s]*$"
)
# where the last question's subject ends: what it asks of that post
ROLE_ASKED = re.compile(
    r"是不是也|是否也|也要|也需要|也得|也能|也可以|也算|也|需要|要|必须|应当|能|可以|算"
)


def role_swapped(last: str, turn: str) -> str | None:
    """ "新招的野外看管员呢，也要去？" after "寺里的驻寺僧尼也要参加文物安全培训吗": the last
    yes/no, asked of the post named now; None when the turn names no post, or the last question
    asks nothing of one."""
    bare = OPENING.sub("", turn.strip())
    bare = ROLE_TAIL.sub("", bare).strip()
    if (
        not re.fullmatch(ROLE_PHRASE, bare)
        or len(bare) < 2
        or ASKING.search(bare)
        or PERSON_WORD.search(bare)
        or bare in last
        or not LAST_YES_NO.search(last)
    ):
        return None
    said = re.match(rf"^(?:[\u4e00-\u9fff]{{1,4}}的)?({ROLE_PHRASE})(?={ROLE_ASKED.pattern})", last)
    if said is None:
        return None
    rest = last[said.end() :]
    if not rest.startswith("也"):
        rest = "也" + rest  # (the new post is asked alongside the last one)
    return bare + rest
