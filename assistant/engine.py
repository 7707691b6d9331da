"""One user turn and the conversation state in, one Response out.

Routing: guard → help → reference to the last citation → pending follow-up →
change of the last calculation → calculation → eligibility → article reference →
retrieval with an extractive, cited answer, or an honest "not covered".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant import answers, eligibility, guard, scope
from assistant.calculators.service import calculate
from assistant.calculators.understanding import asks_for_figure, detect_calculator, understand
from assistant.response import Response, citation_from_hit
from assistant.state import State
from corpus import Corpus, NotFoundError

HELP = (
    "您好！我可以回答阿里地区2020年公报中这些文件的问题，并注明依据的条文：\n"
    "· 城乡居民基本医疗保险（参保缴费、住院和门诊报销、不予支付的情形）——还能按规定帮您算报销金额和个人缴费；\n"
    "· 文物保护管理办法、野外文物看管人员管理细则（含看管员工资计算）、文物安全培训办法；\n"
    "· 地区人民医院创“三甲”方案、“四好农村路”方案（含养护补贴）、高校毕业生就业规划。\n"
    "例如：“我交250档，在三级医院第一次住院花了2万，能报多少？”、“冠心病算不算门诊特殊病？”"
)
GREETING = re.compile(
    r"^(你好|您好|在吗|hi|hello|嗨|喂|早上好|晚上好|下午好)[啊呀！!。.？?~\s]*$", re.I
)
ASKS_HELP = re.compile(r"你能做什么|你会什么|能干什么|怎么用|使用说明|帮助|你是谁|有什么功能")
ABOUT_LAST = re.compile(
    r"(这条|这个规定|这项规定|该条|这一条|上面|刚才).{0,8}(哪个文件|什么文件|哪份文件|哪个规定|出自|出处|依据|在哪|哪里规定)"
)
CHANGE = re.compile(
    r"^(那|那么|那要是|要是|如果|假如|换成|改成|改为|若是|若)|呢[？?。]?$|还是\d+档"
)
PARAMETER = re.compile(
    r"起付线|起付标准|比例|限额|标准|床位费|档次有|期限|多久|哪些|什么时候|条件|规定"
)
TOPIC_TERMS = re.compile(
    r"医保|医疗保险|住院|门诊|文物|看管|培训|三甲|医院|农村路|公路|客运|毕业生|就业|参保|缴费|报销"
)


class Assistant:
    def __init__(self, searcher=None, corpus: Corpus | None = None) -> None:
        from index.search import Searcher

        self.searcher = searcher or Searcher(corpus)
        self.corpus = self.searcher.corpus
        self.doc_text = {d.id: "\n".join(u.text for u in d.units) for d in self.corpus.documents}

    # --- entry point -------------------------------------------------------------

    def ask(self, text: object, state: State | None = None) -> Response:
        state = state if state is not None else State()
        checked = guard.check(text)
        if checked.error:
            return Response("error", answer=checked.error, error=checked.error)
        q = checked.text
        try:
            response = self._route(q, state)
        except NotFoundError as exc:  # a document named in the question that does not exist
            response = Response("error", answer=str(exc), error=str(exc))
        response.notices = checked.notices + response.notices
        self._check_grounding(response)
        if response.citations:
            state.last_citations = response.citations
        if response.status in ("answered", "out_of_scope"):
            state.last_question = response.query or q
        return response

    def _route(self, q: str, state: State) -> Response:
        if GREETING.match(q) or ASKS_HELP.search(q):
            return Response("answered", answer=HELP)
        if ABOUT_LAST.search(q) and state.last_citations:
            return self._about_last(state)
        follow = self._continue_calculation(q, state)
        if follow is not None:
            return follow
        parts = split_parts(q)
        if len(parts) > 1:
            # later parts lean on the first one's opening clause for their subject
            # ("我们家是建档立卡户，…？住院的时候是不是能多报一点？")
            subject = re.split(r"[，,]", parts[0])[0] if re.search(r"[，,]", parts[0]) else parts[0]
            responses: list[Response] = []
            used: set[str] = set()
            for n, part in enumerate(parts):
                lead = part if n == 0 or len(part) >= 20 else f"{subject} {part}"
                response = self._single(part, state, multi=True, query=lead, avoid=used)
                used |= set(response.quoted)
                responses.append(response)
            return merge(responses)
        return self._single(q, state)

    def _single(
        self,
        q: str,
        state: State,
        multi: bool = False,
        query: str | None = None,
        avoid: set[str] | None = None,
    ) -> Response:
        """One question: a calculation when it asks for a sum it gives the figures for, else an answer."""
        name = detect_calculator(q)
        if name is None and state.last_question:
            before = detect_calculator(state.last_question)
            name = before if before and self._supplies_figures(q, before, state) else None
        if name and (self._wants_calculation(q, name) or self._supplies_figures(q, name, state)):
            response = self._calculate(name, understand(q, name).inputs, state)
            if not (multi and response.status == "follow_up"):
                return response
            state.pending = None  # in a several-part question, answer the rule instead of asking
        return self._answer(q, state, query, avoid)

    # --- calculations --------------------------------------------------------------

    @staticmethod
    def _wants_calculation(q: str, name: str) -> bool:
        if not asks_for_figure(q):
            return False
        reading = understand(q, name)
        amounts = any(
            k in reading.inputs
            for k in ("cost", "class_a", "class_b", "drug_total", "months", "sites")
        )
        if name in ("contribution", "road_subsidy", "custodian_pay"):
            # "起付线是多少钱" asks for a rule, not a sum: that is a lookup
            return amounts or not PARAMETER.search(q)
        # a medical question with no amount ("普通门诊一年能报多少") is answered from the rules
        return amounts

    @staticmethod
    def _supplies_figures(q: str, name: str, state: State) -> bool:
        """ "住院能报多少？" then "我交250档，三级医院，花了1万": the figures for the sum just asked."""
        if not state.last_question or detect_calculator(state.last_question) != name:
            return False
        return asks_for_figure(state.last_question) and "cost" in understand(q, name).inputs

    def _continue_calculation(self, q: str, state: State) -> Response | None:
        """Answers to a pending question, "那如果是二级医院呢？", "我干了5个月，一共能拿多少？"."""
        if state.pending:
            pending = state.pending
            new = {
                k: v for k, v in understand(q, pending["calculator"]).inputs.items() if k != "mode"
            }
            bare = _bare_answer(q, pending["missing"], new)
            if bare:
                new = bare  # "120" answers the question asked, and nothing else
            if any(k in new for k in pending["missing"]) or (new and not detect_calculator(q)):
                return self._calculate(pending["calculator"], {**pending["inputs"], **new}, state)
            state.pending = None
        last = state.last_calc
        if not last:
            return None
        name = detect_calculator(q)
        same_topic = name in (None, last["calculator"])
        if not same_topic:
            return None
        new = {
            k: v for k, v in understand(q, last["calculator"]).inputs.items() if k != "mode" or name
        }
        new = {k: v for k, v in new.items() if v not in (None, [], {})}
        if not new:
            return None
        if CHANGE.search(q) or (name is None and asks_for_figure(q)):
            merged = {**last["inputs"], **new}
            if (
                last["calculator"] == "general_outpatient"
                and re.search(r"又|再|另外|后来", q)
                and "prior_cost" not in new
            ):
                previous = last["inputs"]
                merged["prior_cost"] = str(
                    _dec(previous.get("prior_cost", "0")) + _dec(previous.get("cost", "0"))
                )
            return self._calculate(last["calculator"], merged, state)
        return None

    def _calculate(self, name: str, inputs: dict[str, Any], state: State) -> Response:
        data = calculate(name, inputs, self.corpus)
        if data["status"] == "follow_up":
            state.pending = {
                "calculator": name,
                "inputs": inputs,
                "missing": data["follow_up"]["missing"],
            }
            return Response(
                "follow_up", answer=data["follow_up"]["question"], follow_up=data["follow_up"]
            )
        state.pending = None
        if data["status"] == "error":
            return Response("error", answer=data["error"], error=data["error"])
        state.last_calc = {"calculator": name, "inputs": data["inputs"]}
        calculation = {
            k: data[k] for k in ("calculator", "inputs", "result", "steps", "notes", "title")
        }
        return Response(
            "calculated",
            answer=_calc_text(data),
            citations=data["citations"],
            calculation=calculation,
        )

    # --- answers from the documents -------------------------------------------------

    def _about_last(self, state: State) -> Response:
        cite = state.last_citations[0]
        doc = next((d for d in self.corpus.documents if d.title == cite["doc_title"]), None)
        issued = ""
        facts = []
        if doc and doc.number:
            year, month, day = (int(x) for x in doc.date.split("-"))
            issued = f"该文件由{doc.issuer}以{doc.number}于{year}年{month}月{day}日印发"
            issued += f"（附于《{doc.parent_title}》）。" if doc.parent_title else "。"
            facts = [doc.number, doc.date, f"{year}年{month}月{day}日"]
        answer = f"这条规定出自《{cite['doc_title']}》{cite['article']}[1]。{issued}"
        return Response("answered", answer=answer, citations=[cite], facts=facts)

    def _answer(
        self, q: str, state: State, query: str | None = None, avoid: set[str] | None = None
    ) -> Response:
        reason = scope.check_question(q)
        if reason:
            return self._out_of_scope(reason, [])
        missing = self._missing_reference(q)
        if missing:
            return missing
        verdict = eligibility.decide(q, self.corpus)
        if verdict is not None:
            return self._verdict(verdict, q)
        query = query or self._with_context(q, state)
        hits = self.searcher.search(query, k=5)
        reason = scope.check_hits(
            q,
            hits,
            self.doc_text,
            getattr(self.searcher.embedder, "min_relevance", None),
            self._coverage(q, hits[:3]),
        )
        if reason:
            return self._out_of_scope(reason, hits[:1])
        quotes = answers.select(q, hits, self.searcher.idf, context=query, exclude=avoid)
        citations = [citation_from_hit(qt.hit) for qt in quotes]
        quoted = [x for qt in quotes for x in qt.sentences]
        return Response(
            "answered",
            answer=answers.render(quotes),
            citations=citations,
            query=query,
            quoted=quoted,
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

    def _coverage(self, q: str, hits: list) -> float:
        """The share of the question's telling words (idf-weighted) that the best passage contains."""
        from index.lexical import tokenize

        tokens = [t for t in set(tokenize(q)) if len(t) >= 2]
        total = sum(self.searcher.idf(t) for t in tokens)
        if not tokens or not total:
            return 1.0
        return max(
            (sum(self.searcher.idf(t) for t in tokens if t in h.unit.text) / total for h in hits),
            default=0.0,
        )

    def _with_context(self, q: str, state: State) -> str:
        """A short follow-up ("一级文物呢？") is read together with the question before it."""
        if not state.last_question:
            return q
        short = len(q) <= 12 or CHANGE.search(q)
        if short and not (TOPIC_TERMS.search(q) and len(q) > 12):
            return f"{state.last_question} {q}"
        return q

    def _verdict(self, verdict: eligibility.Verdict, question: str) -> Response:
        citations = []
        for doc_id, label in verdict.places:
            try:
                unit = self.corpus.unit(doc_id, label)
            except NotFoundError:
                continue
            doc = self.corpus.document_by_id(unit.doc_id)
            citations.append(
                {
                    "doc_title": doc.title,
                    "parent_title": doc.parent_title,
                    "article": unit.label,
                    "text": unit.text,
                    "score": 1.0,
                    "citation": unit.citation,
                    "id": unit.id,
                }
            )
        markers = "".join(f"[{n}]" for n in range(1, len(citations) + 1))
        answer = f"{verdict.answer}{markers}"
        if citations:
            unit = self.corpus.unit_by_id(citations[0]["id"])
            passages = [
                x for x in answers.passages_of(unit) if verdict.focus and verdict.focus in x
            ]
            if passages:
                text = answers.around(passages[0], verdict.focus)
            else:
                text = "".join(
                    answers.pick(question, _AsHit(unit), self.searcher.idf, per_unit=1).sentences
                )
            answer += f"\n原文（{unit.label}）：“{answers.display(text)}”"
        if verdict.assumptions:
            answer += "\n假定：" + "".join(verdict.assumptions)
        return Response("answered", answer=answer, citations=citations)

    @staticmethod
    def _out_of_scope(reason: str, related: list) -> Response:
        answer = f"抱歉，{reason}"
        citations = []
        if related:
            hit = related[0]
            answer += f"相关的规定可参考{hit.unit.citation}[1]。"
            citations = [citation_from_hit(hit)]
        return Response("out_of_scope", answer=answer, citations=citations, facts=["2020"])

    # --- grounding --------------------------------------------------------------------

    @staticmethod
    def _check_grounding(response: Response) -> None:
        """Every figure shown must stand in a cited text or a calculation step; drop lines that fail."""
        if (
            response.status not in ("answered", "calculated", "out_of_scope")
            or response.answer == HELP
        ):
            return
        sources = [c.get("text", "") for c in response.citations] + [
            c.get("citation", "") for c in response.citations
        ]
        sources += response.facts
        if response.calculation:
            sources += [f"{s['rule']} {s['amount']}" for s in response.calculation["steps"]]
            sources += list(response.calculation["result"].values()) + [
                str(v) for v in response.calculation["inputs"].values()
            ]
            sources += response.calculation.get("notes", [])
        kept = [
            line
            for line in response.answer.split("\n")
            if not answers.ungrounded_numbers(line, sources)
        ]
        response.answer = "\n".join(kept)


NUMERIC_INPUTS = {
    "tier",
    "cost",
    "class_a",
    "class_b",
    "months",
    "age",
    "fiscal_subsidy",
    "total_subsidy",
    "central_subsidy",
    "bed_days",
    "bed_fee",
    "prior_cost",
    "already_paid",
    "payment_month",
}


def _bare_answer(q: str, missing: list[str], found: dict[str, Any]) -> dict[str, Any]:
    """A reply that is just a number ("120", "5000元") fills the one number the assistant asked for."""
    wanted = [k for k in missing if k not in found]
    if len(wanted) != 1 or wanted[0] not in NUMERIC_INPUTS:
        return {}
    from assistant.calculators.amounts import find_amounts
    from assistant.calculators.understanding import plain

    amounts = find_amounts(q)
    if len(amounts) != 1 or len(re.sub(r"[\d.元块档万千个月岁天号，。,.\s]|钱|那档|的", "", q)) > 4:
        return {}
    value = amounts[0].value
    if wanted[0] in ("tier", "months", "age", "bed_days", "payment_month"):
        return {wanted[0]: int(value)} if value == int(value) else {}
    return {wanted[0]: plain(value)}


@dataclass
class _AsHit:
    """A unit chosen by a rule rather than by retrieval, shaped like a search hit."""

    unit: Any
    score: float = 1.0


def split_parts(q: str) -> list[str]:
    """ "…是多少？…又是多少？" → two questions; short tails stay with the question before them."""
    parts = [p.strip() for p in re.split(r"(?<=[？?])", q) if p.strip()]
    merged: list[str] = []
    for part in parts:
        # a short tail, or one that asks nothing ("…能报多少？250档三级医院"), belongs to the question before
        if merged and (len(part) < 8 or not part.endswith(("？", "?"))):
            merged[-1] += part
        else:
            merged.append(part)
    return merged if len(merged) > 1 else [q]


def merge(responses: list[Response]) -> Response:
    """One response from the answers to each part; citation markers renumbered, duplicates shared."""
    citations: list[dict[str, Any]] = []
    texts = []
    for response in responses:
        mapping = {}
        for n, cite in enumerate(response.citations, 1):
            key = (cite.get("id") or cite.get("citation"), cite.get("article"))
            found = next(
                (
                    i
                    for i, c in enumerate(citations, 1)
                    if (c.get("id") or c.get("citation"), c.get("article")) == key
                ),
                None,
            )
            if found is None:
                citations.append(cite)
                found = len(citations)
            mapping[n] = found
        text = re.sub(
            r"\[(\d+)\]",
            lambda m, mapping=mapping: f"[{mapping.get(int(m.group(1)), m.group(1))}]",
            response.answer,
        )
        texts.extend(line for line in text.split("\n") if line not in texts)
    statuses = [r.status for r in responses]
    status = next(
        (s for s in ("calculated", "answered", "out_of_scope", "error") if s in statuses),
        "answered",
    )
    calculation = next((r.calculation for r in responses if r.calculation), None)
    facts = [f for r in responses for f in r.facts]
    return Response(
        status,
        answer="\n".join(t for t in texts if t),
        citations=citations,
        calculation=calculation,
        facts=facts,
    )


def _dec(value: Any):
    from decimal import Decimal

    return Decimal(str(value))


RESULT_NAMES = {
    "payment": "医保（统筹基金）支付",
    "deductible": "起付线",
    "self_pay": "个人负担",
    "uncapped_payment": "封顶前应付",
    "bed_fee_excess": "超标床位费（自付）",
    "class_b_self_pay": "乙类药品先自付",
    "individual": "个人缴费",
    "paid_for_them": "代缴部分",
    "zizhiqu_share": "其中自治区财政",
    "diqu_share": "其中地区财政",
    "county_share": "其中县级财政",
    "zizhiqu": "自治区承担",
    "diqu": "地区承担",
    "county": "县承担",
    "pay": "应发工资/补助",
    "budget": "工资预算",
    "total_wan": "补贴合计（万元）",
}


def _calc_text(data: dict[str, Any]) -> str:
    result = data["result"]
    head = next(iter(result))
    unit = "万元" if head == "total_wan" else "元"
    lines = [f"{data['title']}：{RESULT_NAMES.get(head, head)} {result[head]} {unit}。"]
    extras = [
        f"{RESULT_NAMES.get(k, k)} {v}"
        for k, v in result.items()
        if k != head and k != "uncapped_payment"
    ]
    if extras:
        lines[0] += "（" + "，".join(extras) + "）"
    marker = {c["citation"].split("》")[-1]: n for n, c in enumerate(data["citations"], 1)}
    for step in data["steps"]:
        where = step["citation"]
        n = next(
            (m for label, m in marker.items() if label and label.split("（")[0] in where), None
        )
        amount = f" = {step['amount']}" if step["amount"] else ""
        lines.append(f"· {step['rule']}{amount}（{where}）" + (f"[{n}]" if n else ""))
    for note in data.get("notes", []):
        lines.append(f"说明：{note}")
    return "\n".join(lines)
