"""The classes a trainer's blind review of seed 101 found, each caught by the checker and kept out
by the generator: absurd or borrowed distractors, one rule asked twice or given away, trivia,
difficulty labels that follow the type, flawed stems and keys, short titles, mixed-up lists."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz import difficulty as D
from assistant.quiz import facts as F
from assistant.quiz.checker import check_item, elsewhere_texts, lookup_lead
from assistant.quiz.generator import keyed_options, pool, right_option
from assistant.quiz.statements import listed_stem
from assistant.quiz.terms import parse_body, plausible_kind
from corpus import Corpus


def _base(corpus: Corpus, unit_id: str, kind: str, stem: str, quote: str, **extra) -> dict:
    unit = corpus.unit_by_id(unit_id)
    detail = extra.pop("detail", ("", "", 0))
    item = {
        "id": "x",
        "type": kind,
        "stem": stem,
        "options": [],
        "answer": "",
        "explanation": f"依据{unit.citation}：“{quote}”",
        "source": unit.citation,
        "unit_id": unit_id,
        "difficulty": D.label(quote, *detail),
        "knowledge_point": "k",
        "fact": unit_id,
        "quote": quote,
        "points": 2,
        "alternatives": [],
        "topic": "report",
        "changed": "",
        "marking": "",
        "rule_keys": [],
        "detail": detail[0],
        "detail_kind": detail[1],
        "details": detail[2],
    }
    item.update(extra)
    return item


def _gap_item(corpus: Corpus, unit_id: str, sentence: str, answer: str, wrong: list[str]) -> dict:
    cite = corpus.unit_by_id(unit_id).citation
    stem = f"根据{cite}，" + sentence.replace(answer, "（  ）")
    return _base(
        corpus,
        unit_id,
        "单选",
        stem,
        sentence,
        options=[answer, *wrong],
        answer="A",
        detail=(answer, "body", 2),
    )


def _judge_item(corpus: Corpus, unit_id: str, statement: str, quote: str, changed: str) -> dict:
    title = corpus.unit_by_id(unit_id).citation.split("》")[0] + "》"
    return _base(
        corpus,
        unit_id,
        "判断",
        f"{title}规定：{statement}",
        quote,
        options=["正确", "错误"],
        answer="错误" if changed else "正确",
        changed=changed,
    )


def _list_item(corpus: Corpus, unit_id: str, wrong: list[str], extra_right: list[str]) -> dict:
    """A 多选 over the first list of the unit: three members plus the given distractors."""
    unit = corpus.unit_by_id(unit_id)
    listed = F.lists(unit)[0]
    right = list(listed.options[:3]) + extra_right
    # (asked as the rule's own question since the seed-5353 review, not "……列举了……属于该条所列
    # 内容的有")
    title = re.sub(r"^阿里地区|（[^）]*）$", "", unit.citation.split("》")[0].lstrip("《"))
    stem = f"根据《{title}》，{F.list_question(listed.lead, listed.category)}"
    return _base(
        corpus,
        unit_id,
        "多选",
        stem,
        listed.quote,
        options=right + wrong,
        answer=",".join("ABCDEF"[n] for n in range(len(right))),
        detail=("", "list", len(listed.members)),
        topic="list",
    )


ART6 = (
    "文物行政主管部门应当严格管理文物保护专项资金，专款专用，不得挪作他用，"
    "并将该资金的使用情况每年向社会公布，接受社会监督。"
)
ART27 = (
    "经地区文物行政管理部门报自治区文物行政管理部门批准，已经建立馆藏、寺藏文物档案的国有文物"
    "收藏单位之间可以交换、借用文物藏品。"
)
LEAVE = "参训工作人员在培训期间不得退训，因特殊原因必须退训的，以书面形式上报办公室，经办公室批准后，方可退训。"


def test_checker_flags_absurd_and_borrowed_distractors(corpus: Corpus) -> None:
    # bodies outside the sentence's domain offered for a relic fund
    fund = _gap_item(
        corpus,
        "relic-protection/art-6",
        ART6,
        "文物行政主管部门",
        ["宗教部门", "住房城乡建设部门", "公安部门"],
    )
    assert sum("无关" in p for p in check_item(fund, corpus)) == 3
    # the State Council for a county's duty
    county = _gap_item(
        corpus,
        "relic-custodians/art-15",
        "各县人民政府应将野外文物看管人员队伍建设情况、看管情况纳入年度综合目标管理考核内容。",
        "各县人民政府",
        ["国务院", "地区行署", "自治区人民政府"],
    )
    assert any("层级" in p for p in check_item(county, corpus))
    # an upside-down chain of approval in a false statement
    upside = _judge_item(
        corpus,
        "relic-protection/art-27",
        ART27.replace("经地区文物行政管理部门", "经国务院文物行政部门"),
        ART27,
        "地区文物行政管理部门→国务院文物行政部门",
    )
    assert any("倒挂" in p for p in check_item(upside, corpus))
    plausible = _judge_item(
        corpus,
        "relic-protection/art-27",
        ART27.replace("经地区文物行政管理部门", "经县级文物行政管理部门"),
        ART27,
        "地区文物行政管理部门→县级文物行政管理部门",
    )
    assert not any("倒挂" in p for p in check_item(plausible, corpus))
    # relic categories offered as uses of a fund
    borrowed = _list_item(
        corpus, "relic-protection/art-6", ["历史上各时代珍贵的艺术品、工艺美术品"], []
    )
    assert any("别的类别" in p for p in check_item(borrowed, corpus))


def test_checker_flags_lists_a_trainer_drops(corpus: Corpus) -> None:
    sorting = _list_item(corpus, "relic-training/sec-6-1", ["集中培训"], [])
    assert any("分类冷知识" in p for p in check_item(sorting, corpus))
    duties = F.lists(corpus.unit_by_id("relic-custodians/art-7"))[0]
    daily = next(o for o in duties.options if "每日" in o)
    pair = _list_item(corpus, "relic-custodians/art-7", [daily.replace("每日", "每月")], [])
    assert any("只差一个词" in p for p in check_item(pair, corpus))


def test_checker_flags_one_rule_twice_and_giveaways(corpus: Corpus) -> None:
    bank = [i.to_dict() for i in generate(corpus, 20, seed=3).items]
    twin = dict(
        bank[0], stem=bank[0]["stem"] + " ", type="填空" if bank[0]["type"] != "填空" else "单选"
    )
    assert any("同一条规则" in p for p in check_bank([bank[0], twin], corpus))
    art12 = corpus.unit_by_id("relic-protection/art-12").text.split("。")[0] + "。"
    first = _gap_item(
        corpus,
        "relic-protection/art-12",
        art12,
        "各县人民政府",
        ["县级文物行政管理部门", "乡（镇）人民政府", "自治区人民政府"],
    )
    art5 = next(
        c.text
        for c in F.clauses(corpus.unit_by_id("relic-protection/art-5"))
        if "主体责任" in c.text
    )
    second = _gap_item(
        corpus,
        "relic-protection/art-5",
        art5,
        "地区行署",
        ["县级人民政府", "自治区人民政府", "乡（镇）人民政府"],
    )
    assert any("印出了" in p for p in check_bank([first, second], corpus))


def test_checker_flags_trivia(corpus: Corpus) -> None:
    text = corpus.unit_by_id("relic-protection/art-54").text.strip()
    who = _gap_item(
        corpus,
        "relic-protection/art-54",
        text,
        "阿里地区文物保护工作联席会议办公室",
        ["地区行署", "自治区文物行政管理部门", "县级人民政府"],
    )
    assert any("解释" in p for p in check_item(who, corpus))
    text = corpus.unit_by_id("relic-protection/art-9").text.strip()
    cheer = _gap_item(
        corpus,
        "relic-protection/art-9",
        text,
        "各县人民政府",
        ["自治区人民政府", "乡（镇）人民政府", "县级文物行政管理部门"],
    )
    assert any("倡导" in p for p in check_item(cheer, corpus))


def test_checker_flags_flawed_stems_and_keys(corpus: Corpus) -> None:
    pay = corpus.unit_by_id("relic-custodians/art-12").text.strip()
    monthly = _gap_item(corpus, "relic-custodians/art-12", pay, "每月", ["每周", "每季度", "每日"])
    problems = check_item(monthly, corpus)
    assert any("两个空" in p for p in problems) and any("次要" in p for p in problems)
    office = _judge_item(
        corpus,
        "relic-training/sec-1-4",
        LEAVE.replace("书面形式", "电话形式"),
        LEAVE,
        "书面形式→电话形式",
    )
    assert any("简称" in p for p in check_item(office, corpus))
    # the seed-101 review wanted the full title in a 判断 stem, printed then without a heading;
    # the paper's heading defines the short titles since, and the seed-5353 review struck the
    # full title repeated in every item: the short one passes, the full one is refused
    short = dict(_judge_item(corpus, "relic-protection/art-27", ART27, ART27, ""))
    short["stem"] = "《文物保护管理办法》规定：" + ART27
    assert not any("全称" in p for p in check_item(short, corpus))
    full = dict(short, stem="《阿里地区文物保护管理办法（暂行）》规定：" + ART27)
    assert any("全称" in p for p in check_item(full, corpus))
    blank = _base(
        corpus,
        "relic-protection/art-6",
        "填空",
        "根据《阿里地区文物保护管理办法（暂行）》第六条，" + ART6.replace("每年", "______"),
        ART6,
        answer="每年",
        detail=("每年", "period", 1),
    )
    assert any("评分" in p for p in check_item(blank, corpus))
    assert not any(
        "评分" in p for p in check_item(dict(blank, marking="评分：答“每年”给分。"), corpus)
    )


@pytest.fixture(scope="module")
def material(corpus: Corpus):
    return pool(corpus)


def _cramers_v(pairs: list[tuple[str, str]]) -> float:
    rows = sorted({a for a, _ in pairs})
    cols = sorted({b for _, b in pairs})
    n = len(pairs)
    count = Counter(pairs)
    ra = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    chi = sum(
        (count[(a, b)] - ra[a] * cb[b] / n) ** 2 / (ra[a] * cb[b] / n) for a in rows for b in cols
    )
    return math.sqrt(chi / (n * max(1, min(len(rows), len(cols)) - 1)))


def test_difficulty_comes_from_content_and_is_checked(corpus: Corpus, material) -> None:
    labels: dict[tuple[str, str, str], set[str]] = {}
    for item in material:
        shown = item.shown or item.quote  # the clause the stem shows
        changed = bool(item.changed)  # a false statement: a swap to spot
        if item.type == "判断":  # by its true clause alone (tests/test_quiz_labels.py)
            assert item.difficulty == D.judge_label(shown, item.changed)
            continue
        right = right_option(item.type, item.options, item.answer)
        keyed = keyed_options(item.type, item.options, item.answer)
        unit = corpus.unit_by_id(item.unit_id)
        familiar = item.detail_kind in ("term", "series") and D.familiar(
            item.detail, shown, elsewhere_texts(corpus, unit)
        )
        assert item.difficulty == D.label(
            shown,
            item.detail,
            item.detail_kind,
            item.details,
            changed=changed,
            options=item.options if item.type in ("单选", "多选") else (),
            right=right,
            keyed=keyed,
            familiar=familiar,
        )
        assert not (changed and item.difficulty == "易")
        # a 单选 whose key alone differs in form from its distractors is read off the options
        # (or whose key is the one kind of conduct among them: the lawful act among breaches)
        odd = bool(right) and D.odd_one_out(right, [o for o in item.options if o != right])
        odd = odd or D.stands_out(
            keyed or ([right] if right else []),
            [o for o in item.options if o not in keyed + [right]],
        )
        key = (item.unit_id, shown, item.detail, item.detail_kind, item.details, changed, odd)
        labels.setdefault(key, set()).add(item.difficulty)
    # one fact asked one way, one label, whatever the type (unless the options give it away)
    assert all(len(v) == 1 for v in labels.values())
    assert _cramers_v([(i.type, i.difficulty) for i in material]) < 0.3
    wrong = next(i.to_dict() for i in material if i.difficulty == "易")
    assert any("难度" in p for p in check_item(dict(wrong, difficulty="难"), corpus))


def test_generator_keeps_the_classes_out(corpus: Corpus, material) -> None:
    for item in material:
        unit = corpus.unit_by_id(item.unit_id)
        # (the short title the heading defines, no article number: seed-5353 review, class 1)
        assert not lookup_lead(item.stem, unit), item.stem
        if item.type == "填空":
            assert item.marking and f"“{item.answer}”" in item.marking
        assert not F.TRIVIA_RE.search(item.quote)
        if item.type == "单选" and "（  ）" in item.stem and not listed_stem(item.stem):
            right = item.options["ABCD".index(item.answer)]
            for option in item.options:
                body = parse_body(option)
                if body and parse_body(right) and body.kind != parse_body(right).kind:
                    assert plausible_kind(body.kind, item.stem + item.quote), (option, item.stem)
        assert item.stem.count("（  ）") + item.stem.count("______") <= 1
    for seed in (101, 202):
        bank = generate(corpus, 60, seed=seed)
        keys = [k for i in bank.items for k in i.rule_keys]
        assert len(keys) == len(set(keys))


def test_checker_flags_a_swap_covered_by_related_departments(corpus: Corpus) -> None:
    """ "向各级人民政府及相关部门报告" → "向各级公安部门及相关部门报告": the police are a 相关部门."""
    art48 = next(
        c.text
        for c in F.clauses(corpus.unit_by_id("relic-protection/art-48"))
        if "及相关部门" in c.text
    )
    swapped = _judge_item(
        corpus,
        "relic-protection/art-48",
        art48.replace("各级人民政府", "各级公安部门"),
        art48,
        "各级人民政府→各级公安部门",
    )
    assert any("相关部门" in p for p in check_item(swapped, corpus))
    gap = _gap_item(
        corpus,
        "relic-protection/art-48",
        art48,
        "各级人民政府",
        ["各级公安部门", "各级财政部门", "县级人民政府"],
    )
    assert any("开放列举" in p for p in check_item(gap, corpus))
