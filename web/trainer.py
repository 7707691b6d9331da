"""出题: the trainer builds a bank, reads it as cards, downloads it; trainees test themselves.

The self-test keeps item n on screen with its own feedback until the trainee moves on, and an
empty or malformed answer is asked again rather than marked wrong.
"""

from decimal import Decimal, InvalidOperation
from typing import Any

import gradio as gr

from assistant.quiz import TYPES, Practice
from assistant.quiz.generator import LETTERS, Item
from assistant.quiz.practice import normalize
from web import render, services
from web.errors import guarded

RELIC_DOCUMENTS = ("relic-protection", "relic-custodians", "relic-training")


def preview_markdown(items: list[dict[str, Any]]) -> str:
    """One card per item: stem, options one per line, answer and source — nothing off screen."""
    cards = []
    for n, it in enumerate(items, 1):
        lines = [f"**{n}.（{render.esc(it['type'])}题）** {render.esc(it['stem'])}"]
        lines += [f"{LETTERS[i]}. {render.esc(o)}" for i, o in enumerate(it.get("options", []))]
        lines.append(f"**答案**：{render.esc(it['answer'])}")
        lines.append(f"**出处**：{render.esc(it['source'])}")
        cards.append("  \n".join(lines))
    return "\n\n---\n\n".join(cards)


def answer_problem(item: Item, given: str) -> str | None:
    """Why an answer cannot be marked (empty, or not a form this item type accepts), or None."""
    text = (given or "").strip()
    letters = LETTERS[: len(item.options)] if item.options else LETTERS
    span = f"{letters[0]}–{letters[-1]}"
    if not text:
        return "还没有填写答案，请作答后再提交。"
    if item.type == "单选" and normalize(item, text) not in list(letters):
        return f"单选题请填写一个选项字母（{span}）。"
    if item.type == "多选":
        marks = text.upper()
        for sep in (",", "，", "、", " ", "；", ";"):
            marks = marks.replace(sep, "")
        if not marks or any(ch not in letters for ch in marks):
            return f"多选题请填写选项字母，例如 A,C（可选 {span}）。"
    if item.type == "判断" and normalize(item, text) not in ("正确", "错误"):
        return "判断题请回答“正确”或“错误”。"
    return None


def show_question(practice: Practice | None, n: int) -> str:
    return render.esc(practice.question(n)).replace("\n", "  \n")


@guarded
def on_quiz(n, types, documents, seed, chapters, ab=False):
    ids = dict(services.document_choices())
    if not list(documents or []):  # on the page, no document ticked is a mistake, not "all"
        bank, files = {"status": "error", "error": services.NO_DOCUMENTS, "items": []}, []
    else:
        bank, files = services.quiz(
            n,
            list(types or []),
            [ids.get(d, d) for d in documents or []],
            seed,
            chapters,
            ab=bool(ab),
        )
    if bank.get("status") == "error":
        return (
            f"**无法出题**：{render.esc(bank['error'])}",
            "",
            None,
            None,
            "",
            1,
            "",
            gr.update(visible=False),
        )
    notes = "".join(f"\n\n注意：{render.esc(x)}" for x in bank.get("notices", []))
    other = bank.get("paper_b")
    if other:
        summary = (
            f"已生成 A、B 两卷，各 **{len(bank['items'])}** 道题（试卷编号 {bank['seed']} 和 "
            f"{other['seed']}；下方自测和预览先列 A 卷）。{notes}"
        )
        preview = (
            f"#### A卷\n\n{preview_markdown(bank['items'])}\n\n"
            f"#### B卷\n\n{preview_markdown(other['items'])}"
        )
    else:
        summary = f"已生成 **{len(bank['items'])}** 道题（试卷编号 {bank['seed']}）。{notes}"
        preview = preview_markdown(bank["items"])
    practice = Practice([Item(**it) for it in bank["items"]])
    first = show_question(practice, 1) if practice.items else ""
    return (
        summary,
        preview,
        files,
        practice,
        first,
        1,
        "",
        gr.update(visible=bool(practice.items)),
    )


@guarded
def on_answer(practice: Practice | None, number: float | None, given: str):
    """Feedback for item n under item n; the number and the question stay where they are."""
    if practice is None or not practice.items:
        return "请先生成题库。", ""
    n = item_number(number, len(practice.items))
    if n is None:
        return f"题号请填 1 到 {len(practice.items)} 之间的整数（收到“{number}”）。", given
    problem = answer_problem(practice.items[n - 1], given)
    if problem:
        return f"第{n}题：{problem}", given
    feedback = practice.answer(n, given or "")
    done = len(practice.results) == len(practice.items)
    tail = "\n\n" + render.esc(practice.summary()) if done else ""
    return f"第{n}题：{render.esc(feedback.message)}{tail}", given


@guarded
def on_goto(practice: Practice | None, number: float | None):
    """Show item `number` with an empty answer box and no feedback yet."""
    if practice is None or not practice.items:
        return "", "", ""
    n = item_number(number, len(practice.items))
    if n is None:
        return f"题号请填 1 到 {len(practice.items)} 之间的整数（收到“{number}”）。", "", ""
    return show_question(practice, n), "", ""


def on_next(practice: Practice | None, number: float | None):
    if practice is None or not practice.items:
        return 1
    n = item_number(number, len(practice.items)) or 0
    return min(n + 1, len(practice.items))


def item_number(number: float | None, count: int) -> int | None:
    """The item a 题号 box names, or None when it is not a whole number from 1 to count
    (never rounded: 2.5 is not item 2 or 3)."""
    if number is None or isinstance(number, bool):
        return 1 if number is None else None
    try:
        value = Decimal(str(number))
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.to_integral_value() or not 1 <= value <= count:
        return None
    return int(value)


def trainer_tab() -> None:
    with gr.Tab("出题", id="trainer"):
        titles = [title for title, _ in services.document_choices()]
        relic = [t for t, d in services.document_choices() if d in RELIC_DOCUMENTS]
        documents = gr.CheckboxGroup(titles, label="出题文件", value=relic, elem_id="quiz-docs")
        with gr.Row():
            types = gr.CheckboxGroup(
                list(TYPES), value=list(TYPES), label="题型", elem_id="quiz-types", min_width=240
            )
            count = gr.Slider(
                1, 100, value=20, step=1, label="题目数量", elem_id="quiz-count", min_width=240
            )
        with gr.Row():
            # no precision: gradio would round 7.5 to 8 unseen; services says it is not whole
            seed = gr.Number(
                value=7,
                label="试卷编号（同一编号出同一套题，换个编号换一套）",
                min_width=160,
                elem_id="quiz-seed",
            )
            chapters = gr.Textbox(label="只出这些章节（可空，如 第七章）", min_width=160)
        ab = gr.Checkbox(
            label="同时出 A、B 两卷（题型、题量和分值相同，B 卷不重复 A 卷的题干）",
            value=False,
            elem_id="quiz-ab",
        )
        make = gr.Button("生成题库", variant="primary", elem_id="make-quiz")
        summary = gr.Markdown(elem_id="quiz-summary")
        files = gr.File(
            label="下载：题库（Excel）、试卷和答案（Word），以及导入考试系统用的 GIFT、Aiken、JSON 文件",
            file_count="multiple",
            elem_id="quiz-files",
            interactive=False,
        )
        practice = gr.State(None)
        with gr.Group(visible=False, elem_id="self-test") as self_test:
            gr.Markdown("### 学员自测")
            number = gr.Number(value=1, label="题号", elem_id="practice-number")
            question_view = gr.Markdown(elem_id="practice-question")
            given = gr.Textbox(
                label="你的答案（单选 A / 多选 A,C / 判断 正确或错误 / 填空 内容）",
                elem_id="practice-answer",
            )
            feedback = gr.Markdown(elem_id="practice-feedback")
            with gr.Row():
                submit = gr.Button("提交答案", variant="primary", elem_id="practice-submit")
                following = gr.Button("下一题", elem_id="practice-next")
        # closed by default: trainees testing themselves on this screen should not see the key
        with gr.Accordion(
            "题目预览（含答案与出处，供培训老师核对）", open=False, elem_id="quiz-preview-box"
        ):
            preview = gr.Markdown(elem_id="quiz-preview")
        make.click(
            on_quiz,
            [count, types, documents, seed, chapters, ab],
            [summary, preview, files, practice, question_view, number, feedback, self_test],
            concurrency_limit=2,
            concurrency_id="quiz",
            # a click while the last paper's event is still closing is run after it, never
            # dropped (gradio's default "once" lost a trainer's 7.5 under load); clicks made
            # meanwhile fold into one
            trigger_mode="always_last",
            api_visibility="private",
        )
        submit.click(
            on_answer, [practice, number, given], [feedback, given], api_visibility="private"
        )
        given.submit(
            on_answer, [practice, number, given], [feedback, given], api_visibility="private"
        )
        following.click(on_next, [practice, number], number, api_visibility="private")
        number.change(
            on_goto, [practice, number], [question_view, given, feedback], api_visibility="private"
        )
