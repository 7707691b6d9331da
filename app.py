"""The web page: 问答 for citizens, 办事 for clerks, 出题 for trainers, 文件 to browse.

Layout and event wiring only; everything it shows comes from web.services (the same
functions as the command line). `python app.py [--host H] [--port P]`.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections import OrderedDict
from typing import Any

import gradio as gr

from assistant.calculators import TITLES
from assistant.engine import HELP, State
from assistant.quiz import TYPES, Practice
from assistant.quiz.generator import Item
from web import forms, render, services

EXAMPLES = [
    "我交250档，在三级医院第一次住院，合规费用2万元，能报多少？",
    "我爸70岁了，医保还要交钱吗？",
    "冠心病算不算门诊特殊病？",
    "看门诊交的挂号费，医保给报吗？",
    "盖房子挖到文物怎么办？",
    "野外文物看管员一个月工资多少？",
]
QUICK = 5
CSS = """
#chatbot { min-height: 360px; }
@media (max-width: 600px) { .gradio-container { padding: 4px !important; } #chatbot { height: 55vh !important; } }
"""

# --- scripted clients: /ask keeps one conversation per session id ------------------------------

_sessions: OrderedDict[str, State] = OrderedDict()
_sessions_lock = threading.Lock()
MAX_SESSIONS = 2000


def _session(key: str) -> State:
    with _sessions_lock:
        state = _sessions.pop(key, None) or State()
        _sessions[key] = state
        while len(_sessions) > MAX_SESSIONS:
            _sessions.popitem(last=False)
        return state


def api_ask(question: str, session: str = "") -> dict:
    """A question in, the assistant's JSON object out; calls sharing `session` are one conversation."""
    state = _session(session) if session else State()
    response, _ = services.ask(question, state)
    return response


def api_calc(name: str, inputs: str = "{}") -> dict:
    """A calculator by name on a JSON object of inputs."""
    return services.calc(name, inputs)


def api_quiz(
    n: int = 20, types: str = "单选,多选,判断,填空", documents: str = "", seed: int = 0
) -> dict:
    """A question bank (JSON) from the relic documents, or the documents named (comma-separated)."""
    bank, _ = services.quiz(n, _split(types), _split(documents), seed)
    return bank


def _split(text: str) -> list[str]:
    return [t.strip() for t in (text or "").replace("，", ",").split(",") if t.strip()]


# --- 问答 -------------------------------------------------------------------------------------


def on_ask(question: str, history: list, state: State | None):
    question = (question or "").strip()
    response, state = services.ask(question, state)
    history = list(history or []) + [{"role": "user", "content": render.esc(question) or "（空）"}]
    history += render.chat_messages(response)
    choices = (response.get("follow_up") or {}).get("choices", [])
    buttons = [gr.update(value=c, visible=True) for c in choices[:QUICK]]
    buttons += [gr.update(visible=False)] * (QUICK - len(buttons))
    cites = [
        (render.citation_title(n, c), c.get("id") or "")
        for n, c in enumerate(response["citations"], 1)
    ]
    pick = gr.update(choices=[c for c in cites if c[1]], value=None, visible=bool(cites))
    return history, "", state, pick, *buttons


def on_clear():
    hidden = [gr.update(visible=False)] * QUICK
    return [], "", State(), gr.update(choices=[], value=None, visible=False), "", *hidden


def open_unit(unit_id: str | None) -> str:
    if not unit_id:
        return ""
    unit = services.corpus().unit_by_id(unit_id)
    if unit is None:
        return "找不到这条原文。"
    return render.unit_markdown(unit, services.corpus().document_by_id(unit.doc_id))


# --- 出题 -------------------------------------------------------------------------------------


def on_quiz(n, types, documents, seed, chapters):
    bank, files = services.quiz(n, types, documents, seed, chapters)
    if bank.get("status") == "error":
        return (
            f"**无法出题**：{render.esc(bank['error'])}",
            [],
            None,
            None,
            "",
            gr.update(visible=False),
        )
    rows = [
        [i + 1, it["type"], it["stem"], " / ".join(it["options"]), it["answer"], it["source"]]
        for i, it in enumerate(bank["items"])
    ]
    notes = "".join(f"\n\n注意：{render.esc(x)}" for x in bank.get("notices", []))
    summary = f"已生成 **{len(bank['items'])}** 道题（种子 {bank['seed']}）。{notes}"
    practice = Practice([Item(**it) for it in bank["items"]])
    first = practice.question(1) if practice.items else ""
    return (
        summary,
        rows,
        files,
        practice,
        render.esc(first).replace("\n", "  \n"),
        gr.update(visible=bool(practice.items)),
    )


def on_practice_answer(practice: Practice | None, number: float, given: str):
    if practice is None or not practice.items:
        return "请先生成题库。", number, ""
    n = int(number or 1)
    try:
        feedback = practice.answer(n, given or "")
    except ValueError as exc:
        return str(exc), n, ""
    done = len(practice.results) == len(practice.items)
    message = render.esc(feedback.message) + (
        "\n\n" + render.esc(practice.summary()) if done else ""
    )
    following = n + 1 if n < len(practice.items) else n
    return message, following, render.esc(practice.question(following)).replace("\n", "  \n")


# --- layout -----------------------------------------------------------------------------------


def build() -> gr.Blocks:
    with gr.Blocks(title="阿里地区政策问答助手") as demo:
        gr.Markdown(
            "## 阿里地区政策问答助手\n依据阿里地区2020年公报，回答时注明条文；报销、缴费等金额按规定精确计算。"
        )
        with gr.Tabs():
            with gr.Tab("问答", id="chat"):
                state = gr.State(None)
                chatbot = gr.Chatbot(
                    label="对话",
                    elem_id="chatbot",
                    height=460,
                    sanitize_html=True,
                    placeholder=render.esc(HELP).replace("\n", "<br>"),
                )
                with gr.Row(equal_height=True):
                    question = gr.Textbox(
                        placeholder="请输入您的问题，例如：住院起付线是多少？",
                        show_label=False,
                        scale=6,
                        elem_id="question",
                        max_lines=4,
                    )
                    send = gr.Button(
                        "发送", variant="primary", scale=1, min_width=64, elem_id="send"
                    )
                with gr.Row():
                    quick = [
                        gr.Button(visible=False, size="sm", elem_classes=["quick-reply"])
                        for _ in range(QUICK)
                    ]
                gr.Examples(EXAMPLES, inputs=question, label="可以这样问")
                with gr.Row():
                    clear = gr.Button("清空对话", size="sm", elem_id="clear")
                cite_pick = gr.Dropdown(
                    label="打开引用的条文", choices=[], visible=False, elem_id="cite-pick"
                )
                cite_view = gr.Markdown(elem_id="cite-view")

                outputs = [chatbot, question, state, cite_pick, *quick]
                send.click(on_ask, [question, chatbot, state], outputs, api_visibility="private")
                question.submit(
                    on_ask, [question, chatbot, state], outputs, api_visibility="private"
                )
                for button in quick:
                    button.click(
                        on_ask, [button, chatbot, state], outputs, api_visibility="private"
                    )
                clear.click(
                    on_clear, None, [*outputs[:4], cite_view, *quick], api_visibility="private"
                )
                cite_pick.change(open_unit, cite_pick, cite_view, api_visibility="private")

            with gr.Tab("办事", id="clerk"):
                gr.Markdown("按规定计算；留空的项目会提示补充，不合理的输入会说明允许的取值。")
                with gr.Tabs():
                    for name, fields in forms.forms().items():
                        with gr.Tab(TITLES[name], id=f"calc-{name}"):
                            components = [_component(f, name) for f in fields]
                            run = gr.Button("计算", variant="primary", elem_id=f"run-{name}")
                            result = gr.Markdown(elem_id=f"result-{name}")
                            run.click(
                                _calc_handler(name, fields),
                                components,
                                result,
                                api_visibility="private",
                            )
                    with gr.Tab("资格判断", id="eligibility"):
                        ask_box = gr.Textbox(
                            label="判断的问题",
                            elem_id="eligibility-question",
                            placeholder="例如：冠心病算不算门诊特殊病？ / 我48岁能当野外文物看管员吗？",
                        )
                        gr.Examples(
                            [
                                "白血病算不算门诊特殊病？",
                                "喝醉酒受伤住院医保能报吗？",
                                "我55岁了能当野外文物看管员吗？",
                                "驻寺僧尼要参加文物安全培训吗？",
                            ],
                            inputs=ask_box,
                        )
                        check = gr.Button("判断", variant="primary")
                        verdict = gr.Markdown()
                        check.click(
                            lambda q: _verdict(q), ask_box, verdict, api_visibility="private"
                        )

            with gr.Tab("出题", id="trainer"):
                with gr.Row():
                    documents = gr.CheckboxGroup(
                        services.document_choices(),
                        label="出题文件",
                        value=["relic-protection", "relic-custodians", "relic-training"],
                    )
                with gr.Row():
                    types = gr.CheckboxGroup(list(TYPES), value=list(TYPES), label="题型")
                    count = gr.Slider(1, 100, value=20, step=1, label="题目数量")
                    seed = gr.Number(value=7, precision=0, label="随机种子（相同种子得到相同试卷）")
                    chapters = gr.Textbox(label="只出这些章节（可空，如 第七章）")
                make = gr.Button("生成题库", variant="primary", elem_id="make-quiz")
                summary = gr.Markdown(elem_id="quiz-summary")
                preview = gr.Dataframe(
                    headers=["#", "题型", "题干", "选项", "答案", "出处"],
                    wrap=True,
                    elem_id="quiz-preview",
                    interactive=False,
                )
                files = gr.File(
                    label="下载（xlsx 题库、docx 试卷与答案、GIFT、Aiken、JSON）",
                    file_count="multiple",
                    elem_id="quiz-files",
                )
                practice = gr.State(None)
                with gr.Group(visible=False) as self_test:
                    gr.Markdown("### 学员自测")
                    question_view = gr.Markdown(elem_id="practice-question")
                    with gr.Row():
                        number = gr.Number(value=1, precision=0, label="题号", minimum=1)
                        given = gr.Textbox(
                            label="你的答案（A / A,C / 正确 / 填空内容）", elem_id="practice-answer"
                        )
                        submit = gr.Button("提交答案", elem_id="practice-submit")
                    feedback = gr.Markdown(elem_id="practice-feedback")
                make.click(
                    on_quiz,
                    [count, types, documents, seed, chapters],
                    [summary, preview, files, practice, question_view, self_test],
                    concurrency_limit=2,
                    concurrency_id="quiz",
                    api_visibility="private",
                )
                submit.click(
                    on_practice_answer,
                    [practice, number, given],
                    [feedback, number, question_view],
                    api_visibility="private",
                )

            with gr.Tab("文件", id="documents"):
                with gr.Row():
                    doc_pick = gr.Dropdown(
                        services.document_choices(), value=None, label="文件", elem_id="doc-pick"
                    )
                    unit_pick = gr.Dropdown([], label="条文 / 章节", elem_id="unit-pick")
                with gr.Row():
                    finder = gr.Textbox(
                        label="按关键词或编号查找（如 起付线、第二十二条、五、（四））",
                        elem_id="finder",
                    )
                    found = gr.Dropdown([], label="查找结果", elem_id="found")
                unit_view = gr.Markdown(elem_id="unit-view")
                doc_pick.change(
                    lambda d: gr.update(choices=services.unit_choices(d), value=None),
                    doc_pick,
                    unit_pick,
                    api_visibility="private",
                )
                unit_pick.change(open_unit, unit_pick, unit_view, api_visibility="private")
                finder.submit(
                    lambda q: gr.update(choices=services.search_units(q), value=None),
                    finder,
                    found,
                    api_visibility="private",
                )
                found.change(open_unit, found, unit_view, api_visibility="private")

        gr.api(api_ask, api_name="ask", queue=False)
        gr.api(api_calc, api_name="calc")
        gr.api(api_quiz, api_name="quiz", concurrency_limit=2, concurrency_id="quiz")
    return demo


def _component(field: forms.Field, calculator: str):
    elem = f"{calculator}-{field.key.replace('.', '-')}"
    if field.kind == "radio":
        return gr.Radio(list(field.choices), value=field.default, label=field.label, elem_id=elem)
    if field.kind == "dropdown":
        return gr.Dropdown(
            list(field.choices),
            value=field.default,
            label=field.label,
            elem_id=elem,
            allow_custom_value=True,
        )
    if field.kind == "check":
        return gr.Checkbox(value=bool(field.default), label=field.label, elem_id=elem)
    if field.kind == "checks":
        return gr.CheckboxGroup(list(field.choices), label=field.label, elem_id=elem)
    if field.kind == "number":
        return gr.Number(value=field.default, label=field.label, precision=0, elem_id=elem)
    return gr.Textbox(value=field.default, label=field.label, elem_id=elem)


def _calc_handler(name: str, fields: list[forms.Field]):
    def handler(*values: Any) -> str:
        return render.result_markdown(services.calc(name, forms.collect(fields, list(values))))

    return handler


def _verdict(question: str) -> str:
    response, _ = services.ask(question, State())
    lines = [render.esc(response["answer"]).replace("\n", "  \n")]
    lines += [f"\n{render.citation_title(n, c)}" for n, c in enumerate(response["citations"], 1)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="阿里地区政策问答助手（网页）")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args(argv)
    # many users at once: one torch thread per request beats requests fighting over both cores
    os.environ.setdefault("NGARI_TORCH_THREADS", "1")
    print(
        "正在加载文件库、嵌入模型和索引（首次运行需转换模型并建索引，约半分钟）……",
        file=sys.stderr,
        flush=True,
    )
    services.assistant(progress=True)
    demo = build()
    demo.queue(default_concurrency_limit=8, max_size=256)
    print(f"已就绪：http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    demo.launch(
        server_name=args.host, server_port=args.port, css=CSS, show_error=True, footer_links=["api"]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
