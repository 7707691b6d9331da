"""The page in-process (no browser, no model): sessions, clearing, errors, forms, trainer, lang.

The browser tests (tests/test_browser.py) drive the same behaviour in Chromium.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import tempfile
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pytest

import app
from assistant.quiz.generator import Item
from assistant.quiz.practice import Practice
from assistant.sessions import MemoryStore, UnknownSession
from assistant.state import State, Topic
from web import chat, clerk, errors, forms, page_html, render, services, trainer
from web.sessions import PageSessions

TAB = SimpleNamespace(session_hash="tab-1")


@pytest.fixture
def fake_ask(monkeypatch):
    """services.ask without the model: the state remembers every question asked in it."""
    seen: list[tuple[str, str]] = []

    def ask(question, state):
        state = state if isinstance(state, State) else State()
        before = state.topic.query if state.topic else ""
        seen.append((question, before))
        state.topic = Topic(query=(before + "|" + question).strip("|"))
        return {
            "status": "answered",
            "answer": f"答：{question}",
            "citations": [
                {
                    "doc_title": "阿里地区城乡居民基本医疗保险实施办法（试行）",
                    "article": "第二十二条",
                }
            ],
            "calculation": None,
            "follow_up": None,
            "error": None,
        }, state

    monkeypatch.setattr(services, "ask", ask)
    return seen


@pytest.fixture(scope="module")
def demo_and_store():
    store = MemoryStore()
    return app.build(store), store


def _dependency(demo: gr.Blocks, elem_id: str, event: str):
    ids = {bid for bid, block in demo.blocks.items() if getattr(block, "elem_id", None) == elem_id}
    found = [d for d in demo.fns.values() if any(t[0] in ids and t[1] == event for t in d.targets)]
    assert found, f"no {event} handler on #{elem_id}"
    return found[0]


# --- sessions --------------------------------------------------------------------------------


def test_every_turn_loads_and_saves_through_the_injected_store(fake_ask) -> None:
    store = MemoryStore()
    on_ask = chat.make_ask(PageSessions(store))
    history, _, token, *_ = on_ask("住院起付线是多少？", [], None, TAB)
    assert store.load(token).topic.query == "住院起付线是多少？"  # the store holds the talk
    history, _, again, *_ = on_ask("第二次住院呢？", history, token, TAB)
    assert again == token and fake_ask[-1] == ("第二次住院呢？", "住院起付线是多少？")
    assert store.load(token).topic.query.endswith("第二次住院呢？")


def test_the_clear_button_and_the_trash_icon_drop_the_state(fake_ask, demo_and_store) -> None:
    demo, store = demo_and_store
    on_ask = chat.make_ask(demo.page_sessions)
    for event in (("clear", "click"), ("chatbot", "clear")):
        _, _, token, *_ = on_ask("我交250档，住院花了2万", [], None, TAB)
        dependency = _dependency(demo, *event)
        history, _, fresh, *_ = dependency.fn(token, TAB)
        assert history == [] and fresh and fresh != token, event
        with pytest.raises(UnknownSession):
            store.load(token)  # the old conversation is gone, not just the screen
        assert store.load(fresh) == State()


def test_closing_the_tab_or_expiry_ends_the_conversation(fake_ask, demo_and_store) -> None:
    demo, store = demo_and_store
    tab = SimpleNamespace(session_hash="tab-close")
    _, _, token, *_ = chat.make_ask(demo.page_sessions)("你好", [], None, tab)
    unload = [d for d in demo.fns.values() if any(t[1] == "unload" for t in d.targets)]
    assert len(unload) == 1
    unload[0].fn(tab)
    with pytest.raises(UnknownSession):
        store.load(token)
    # gradio forgets a tab's state after its time to live and then drops the conversation
    state = next(b for b in demo.blocks.values() if isinstance(b, gr.State) and b.time_to_live)
    assert state.time_to_live < float("inf")
    token = store.create()
    state.delete_callback(token)
    with pytest.raises(UnknownSession):
        store.load(token)


def test_an_empty_or_repeated_send_posts_nothing(fake_ask) -> None:
    history = [{"role": "user", "content": "上一个问题"}]
    for empty in ("", "   ", "\n\t", None):
        box, shown, asked, send, *quick = chat.take(empty, history)
        assert asked == "" and all(u is gr.skip() or u == gr.skip() for u in (box, shown, send))
    box, shown, asked, send, *quick = chat.take("  住院起付线是多少？ ", history)
    assert asked == "住院起付线是多少？" and shown[-1] == {"role": "user", "content": asked}
    assert box["value"] == "" and box["interactive"] is False and send["interactive"] is False
    assert all(q["interactive"] is False for q in quick)  # quick replies locked too
    on_ask = chat.make_ask(PageSessions(MemoryStore()))
    # the turn `take` turned away (a second tap) changes nothing and asks nothing
    assert all(u == gr.skip() for u in on_ask("", shown, None, TAB)) and fake_ask == []
    history, box, token, _, _, send, *_ = on_ask(asked, shown, None, TAB)
    assert [m["content"] for m in history if m["role"] == "user"] == ["上一个问题", asked]
    assert box["interactive"] is True and send["interactive"] is True and len(fake_ask) == 1
    # the page sends the bubble back with its text as parts: still one bubble, not two
    sent_back = [*history, {"role": "user", "content": [{"type": "text", "text": "第二次呢？"}]}]
    history, *_ = on_ask("第二次呢？", sent_back, token, TAB)
    users = [m for m in history if m["role"] == "user" and "第二次呢？" in str(m["content"])]
    assert len(users) == 1 and history[-1]["role"] == "assistant"


def test_an_expired_conversation_starts_fresh_and_says_so(fake_ask) -> None:
    store = MemoryStore()  # "old-token" is not (or no longer) in the store: expired
    history, _, token, *_ = chat.make_ask(PageSessions(store))("你好", [], "old-token", TAB)
    assert token != "old-token" and history[0]["content"] == chat.EXPIRED


def test_api_refuses_session_ids_the_server_did_not_issue(fake_ask) -> None:
    api = app.Api(PageSessions(MemoryStore()))
    refused = api.ask("第二次住院呢？", "t1")
    assert refused["status"] == "error" and "会话号不存在" in refused["error"]
    sid = api.session()
    api.ask("住院起付线是多少？", sid)
    api.ask("第二次住院呢？", sid)
    assert fake_ask[-1] == ("第二次住院呢？", "住院起付线是多少？")
    assert api.sessions.store.load(sid).topic.query.endswith("第二次住院呢？")


# --- errors ----------------------------------------------------------------------------------


def test_internal_errors_are_logged_and_shown_as_short_chinese(monkeypatch, caplog) -> None:
    def broken(question, state):
        raise RuntimeError("secret detail: 'int' object has no attribute 'strip'")

    monkeypatch.setattr(services, "ask", broken)
    with caplog.at_level(logging.ERROR, logger="web"), pytest.raises(gr.Error) as raised:
        clerk.verdict("透析能报吗")
    assert raised.value.message == errors.INTERNAL and "secret" not in raised.value.message
    assert "secret detail" in caplog.text  # the operator gets the traceback
    caplog.clear()
    # in the chat the failure is said in the conversation, and sending is unlocked again
    with caplog.at_level(logging.ERROR, logger="web"):
        history, box, _, _, _, send, *_ = chat.make_ask(PageSessions())("你好", [], None, TAB)
    assert history[-1]["content"] == errors.INTERNAL and "secret" not in str(history)
    assert box["interactive"] is True and send["interactive"] is True
    assert "secret detail" in caplog.text
    assert app.launch_options("127.0.0.1", 7860)["show_error"] is False


def test_launch_adds_the_chinese_page_and_the_missing_translations() -> None:
    options = app.launch_options("127.0.0.1", 7860)
    assert [m.cls for m in options["app_kwargs"]["middleware"]] == [page_html.ChinesePage]
    zh = options["i18n"].translations_dict["zh-CN"]
    assert zh["common"]["complete"] and zh["status"]["queue_position"].count("{") == 2


# --- lang and labels -------------------------------------------------------------------------


def test_the_index_page_says_zh_cn_before_gradio_loads() -> None:
    template = Path(gr.__file__).parent / "templates" / "frontend" / "index.html"
    html = page_html.localize(template.read_text(encoding="utf-8"))
    assert re.search(r'<html\s+lang="zh-CN"', html) and 'lang="en"' not in html
    assert html.index('"zh-CN"; }') < html.index('type="module"')  # before the front end
    assert "复制这条消息" in html and "展开或收起引用原文" in html


def test_the_middleware_rewrites_html_only() -> None:
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.responses import HTMLResponse, JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    site = Starlette(
        routes=[
            Route("/", lambda r: HTMLResponse('<html lang="en"><head></head></html>')),
            Route("/j", lambda r: JSONResponse({"lang": 'lang="en"'})),
        ],
        middleware=[Middleware(page_html.ChinesePage)],
    )
    client = TestClient(site)
    page = client.get("/")
    assert 'lang="zh-CN"' in page.text and int(page.headers["content-length"]) == len(page.content)
    assert client.get("/j").json() == {"lang": 'lang="en"'}


# --- clerk forms -----------------------------------------------------------------------------


def test_form_choices_read_chinese_and_nothing_blank_is_preselected() -> None:
    for name, fields in forms.forms().items():
        for field in fields:
            if field.kind not in ("radio", "dropdown"):
                continue
            for label, _ in field.options():
                assert label and not re.search(r"[A-Za-z]{3,}", label), (name, field.key, label)
            if field.kind == "radio":
                assert "" not in field.choices, (name, field.key)  # a blank radio is never shown
        for field in fields:
            if field.kind == "number" and field.default is None:
                with gr.Blocks():
                    box = clerk.component(field, name)
                assert box.value is None and box.placeholder, (name, field.key)  # empty, not 0


def test_number_boxes_are_text_read_exactly_against_the_schema() -> None:
    from assistant.calculators import CalcError
    from assistant.fields import spec

    for name, fields in forms.forms().items():
        for field in fields:
            if field.kind != "number":
                continue
            assert spec(field.key.split(".")[0]).bounds, (name, field.key)
            with gr.Blocks():
                box = clerk.component(field, name)
            # a text box: gradio's number box would round 2.5 before anything could refuse it
            assert isinstance(box, gr.Textbox), (name, field.key)
    fields = forms.forms()["custodian_pay"]
    values = [f.default for f in fields]
    months = clerk.field_index(fields, "months")
    regional = [f.key for f in fields].index("sites.自治区级")
    for i, typed, says in (
        (months, "2.5", "只能填整数"),
        (months, "999", "1 到 120"),
        (regional, "1.5", "只能填整数"),
        (months, "十二", "1 到 120"),
    ):
        given = list(values)
        given[i] = typed
        with pytest.raises(CalcError) as raised:
            forms.read_numbers(fields, given)
        assert raised.value.field == fields[i].key  # placed at this box, not its group's first
        assert says in raised.value.message and fields[i].label in raised.value.message
        assert typed in raised.value.message
    given = list(values)
    given[months] = " "
    assert forms.read_numbers(fields, given)[months] is None  # blank: not given, asked for
    given[months] = "5个月"
    assert forms.read_numbers(fields, given)[months] == 5


def test_a_clerk_sees_the_schema_message_at_the_box() -> None:
    fields = forms.forms()["inpatient"]
    values = [
        str(f.default) if f.kind == "number" and f.default is not None else f.default
        for f in fields
    ]
    named = {f.key: i for i, f in enumerate(fields)}
    values[named["tier"]], values[named["level"]], values[named["cost"]] = "250", "三级", "15000"
    values[named["admission"]] = "2.5"
    result, general, *notes = clerk.make_calc("inpatient", fields)(*values)
    assert "本年度第几次住院" in result and "12512" not in result  # not rounded to a 2nd stay
    assert "只能填整数" in notes[named["admission"]]["value"]
    assert [i for i, n in enumerate(notes) if n["visible"]] == [named["admission"]]


def test_errors_are_placed_next_to_the_field_they_name() -> None:
    fields = forms.forms()["inpatient"]
    cost = clerk.field_index(fields, "cost")
    data = services.calc("inpatient", {"tier": 250, "level": "三级", "cost": "abc"})
    general, per_field = clerk.placed_messages(fields, data)
    assert general == "" and "abc" in per_field[cost]
    assert [i for i, m in enumerate(per_field) if m] == [cost]
    missing = services.calc("inpatient", {"level": "三级", "cost": "100"})
    general, per_field = clerk.placed_messages(fields, missing)
    assert "缴费档次" in per_field[clerk.field_index(fields, "tier")] and general == ""
    general, per_field = clerk.placed_messages(
        fields, {"status": "error", "field": "nowhere", "error": "总体错误"}
    )
    assert "总体错误" in general and not any(per_field)
    budget = forms.forms()["custodian_pay"]
    assert budget[clerk.field_index(budget, "sites")].key == "sites.县级"


# --- chat rendering --------------------------------------------------------------------------


def test_citations_open_by_id_else_unit_id_else_article() -> None:
    title = "阿里地区城乡居民基本医疗保险实施办法（试行）"
    unit = services.corpus().unit(title, "第二十二条")
    assert services.citation_unit_id({"id": unit.id}) == unit.id
    assert services.citation_unit_id({"unit_id": unit.id}) == unit.id  # calculator citations
    assert services.citation_unit_id({"doc_title": title, "article": "第二十二条"}) == unit.id
    assert services.citation_unit_id({"doc_title": title, "article": "第九百条"}) is None
    choices = chat.cite_choices(
        [{"doc_title": title, "article": "第二十二条", "citation": "第二十二条"}, {"article": "?"}]
    )
    assert choices == [("[1] 第二十二条", unit.id)]


def test_steps_table_puts_the_amount_last_and_names_the_document_once() -> None:
    title = "《阿里地区城乡居民基本医疗保险实施办法（试行）》"
    table = render.steps_table(
        {
            "steps": [
                {
                    "rule": "三级起付线 400.00 元",
                    "amount": "400.00",
                    "citation": title + "第二十二条（一）",
                },
                {
                    "rule": "（20000.00 − 400.00）× 85%",
                    "amount": "16660.00",
                    "citation": title + "第二十二条（三）",
                },
            ]
        }
    )
    assert table.count(title) == 1
    rows = [r for r in table.splitlines() if r.startswith("| ") and "金额" not in r]
    assert [r.rstrip(" |").rsplit("| ", 1)[1] for r in rows] == ["400.00", "16660.00"]
    assert "（第二十二条（三））" in rows[1]


def test_a_calculated_answer_keeps_what_it_says_beside_the_result() -> None:
    response = {
        "answer": "住院报销：医保（统筹基金）支付 100.00 元。\n· 三级起付线 400.00 元 = 400.00\n"
        "说明：按首次住院计算。\n拉萨在西藏自治区内：第三十三条不适用。[2]",
        "calculation": {
            "steps": [
                {"rule": "三级起付线 400.00 元", "amount": "400.00", "citation": "第二十二条"}
            ],
            "notes": ["按首次住院计算。"],
        },
        "citations": [],
    }
    (bubble,) = render.chat_messages(response)
    text = bubble["content"]
    assert text.startswith("住院报销") and "拉萨在西藏自治区内" in text
    assert text.count("按首次住院计算") == 1 and "· 三级起付线" not in text


# --- trainer ---------------------------------------------------------------------------------


def _item(kind: str, answer: str, options: list[str]) -> Item:
    """An item with the fields the page reads; any other field the generator adds gets a blank."""
    given = {
        "id": "x",
        "type": kind,
        "stem": "看管员发现盗掘痕迹，应当（ ）",
        "options": options,
        "answer": answer,
        "explanation": "依据《细则》第七条。",
        "source": "《阿里地区野外文物看管员管理细则》第七条",
    }
    return Item(**{f.name: given.get(f.name, "") for f in dataclasses.fields(Item)})


def test_empty_or_malformed_answers_are_asked_again_not_marked_wrong() -> None:
    single = _item("单选", "B", ["报告", "立即上报", "离开", "拍照"])
    multiple = _item("多选", "A,C", ["甲", "乙", "丙", "丁"])
    judge = _item("判断", "正确", [])
    blank = _item("填空", "上报", [])
    practice = Practice([single, multiple, judge, blank])
    for n, given in ((1, ""), (1, "Z"), (1, "AB"), (2, "A,Z"), (2, "？"), (3, "也许"), (4, "  ")):
        message, _ = trainer.on_answer(practice, n, given)
        assert message.startswith(f"第{n}题：") and "回答错误" not in message, (n, given)
    assert practice.results == {}  # nothing was marked
    message, _ = trainer.on_answer(practice, 1, "c")
    assert message.startswith("第1题：回答错误") and practice.results == {1: False}
    message, _ = trainer.on_answer(practice, 3, "对")
    assert message.startswith("第3题：回答正确")


def test_feedback_stays_with_its_item_until_the_trainee_moves_on() -> None:
    practice = Practice([_item("单选", "B", ["a", "b", "c", "d"]), _item("判断", "错误", [])])
    feedback, _ = trainer.on_answer(practice, 1, "B")
    assert feedback.startswith("第1题：回答正确")
    assert trainer.on_next(practice, 1) == 2
    question, given, cleared = trainer.on_goto(practice, 2)
    assert question.startswith("第2题") and given == "" and cleared == ""
    assert trainer.on_next(practice, 2) == 2  # no item after the last


def test_no_question_type_is_an_error_not_a_default_bank() -> None:
    bank, files = services.quiz(20, [], [], 3)
    assert bank["status"] == "error" and bank["error"] == services.NO_TYPES and files == []
    summary, preview, *_ = trainer.on_quiz(20, [], ["阿里地区文物保护管理办法"], 3, "")
    assert summary.startswith("**无法出题**") and "题型" in summary and preview == ""


def test_preview_cards_show_options_answer_and_source() -> None:
    item = _item("单选", "B", ["报告", "立即上报", "离开", "拍照"]).to_dict()
    card = trainer.preview_markdown([item])
    for text in (
        "A. 报告",
        "D. 拍照",
        "**答案**：B",
        "**出处**：《阿里地区野外文物看管员管理细则》第七条",
    ):
        assert text in card
    assert "|" not in card  # a card, not a wide table


def test_quiz_exports_stay_in_one_bounded_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(services, "QUIZ_KEEP", 2)
    for seed in range(4):
        bank, files = services.quiz(5, ["单选"], [], seed)
        assert bank["status"] == "ok" and all(Path(f).exists() for f in files)
    builds = list(services.quiz_root().glob("build-*"))
    assert len(builds) == 2 and services.quiz_root().parent == tmp_path
    before = sorted(tmp_path.rglob("*"))
    bank = app.Api.quiz(5, "单选", "", 1)  # the API returns JSON and writes no files
    assert len(bank["items"]) == 5 and sorted(tmp_path.rglob("*")) == before


# --- test hygiene ----------------------------------------------------------------------------


def test_caches_go_to_a_temporary_directory_not_home() -> None:
    from index.model_builder import cache_dir

    root = Path(os.environ["NGARI_CACHE_DIR"]).resolve()
    assert cache_dir().resolve() == root
    assert not root.is_relative_to(Path.home() / ".cache")


def test_the_site_budget_form_computes() -> None:
    """The budget's counts reach the calculator as a {level: count} map, not an error."""
    fields = forms.forms()["custodian_pay"]
    keys = [f.key for f in fields]
    values = [str(f.default) if f.kind == "number" else f.default for f in fields]
    values[keys.index("mode")] = "budget"
    values[keys.index("sites.县级")], values[keys.index("sites.自治区级")] = "3", "2"
    result, general, *notes = clerk.make_calc("custodian_pay", fields)(*values)
    assert "153600.00" in result and not any(n["visible"] for n in notes)


def test_a_number_that_names_no_article_is_not_found_not_a_failure() -> None:
    from corpus.store import normalize_label

    assert normalize_label("22") == normalize_label("第22条") == "第二十二条"
    for typed in ("0", "第0条", "零", "123456"):
        assert normalize_label(typed) == typed  # no article has this number
        with pytest.raises(services.NotFoundError):
            services.corpus().unit("医保办法", typed)
    note = __import__("web.documents", fromlist=["find"]).find("0")[1]
    assert "找到" in note and "出了点问题" not in note
