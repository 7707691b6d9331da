"""办事: the clerk's calculator forms and the eligibility check.

An error or a missing input is shown next to the field it names, not under the button.
"""

from typing import Any

import gradio as gr

from assistant.calculators import TITLES, CalcError
from assistant.state import State
from web import forms, render, services
from web.errors import guarded

ELIGIBILITY_EXAMPLES = [
    "白血病算不算门诊特殊病？",
    "喝醉酒受伤住院医保能报吗？",
    "我55岁了能当野外文物看管员吗？",
    "驻寺僧尼要参加文物安全培训吗？",
]


def elem_id(calculator: str, field: forms.Field) -> str:
    return f"{calculator}-{field.key.replace('.', '-')}"


def component(field: forms.Field, calculator: str):
    elem = elem_id(calculator, field)
    if field.kind == "radio":
        return gr.Radio(field.options(), value=field.default, label=field.label, elem_id=elem)
    if field.kind == "dropdown":
        return gr.Dropdown(
            field.options(),
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
        # a text box, not gr.Number: that one rounds 2.5 to 3 and shows 0 when empty, before
        # the schema could say what is allowed (forms.read_numbers reads it exactly)
        default = None if field.default is None else str(field.default)
        return gr.Textbox(
            value=default, label=field.label, elem_id=elem, placeholder=field.hint or "未填"
        )
    return gr.Textbox(value=field.default, label=field.label, elem_id=elem, placeholder=field.hint)


def field_index(fields: list[forms.Field], key: str | None) -> int | None:
    """The form field an error or a missing input names ("sites" names the first site count)."""
    if not key:
        return None
    for i, field in enumerate(fields):
        if field.key == key or field.key.split(".", 1)[0] == key:
            return i
    return None


def placed_messages(fields: list[forms.Field], data: dict[str, Any]) -> tuple[str, list[str]]:
    """(message for the whole form, one message per field) for a calculator's answer."""
    per_field = [""] * len(fields)
    general = ""
    if data.get("status") == "error":
        key = data.get("field") or ""
        # the JSON key ("（cost）") helps an API caller; next to the box it is noise
        message = data["error"].replace(f"（{key}）", "") if key else data["error"]
        text = f"⚠ {render.esc(message)}"
        i = field_index(fields, data.get("field"))
        if i is None:
            general = text
        else:
            per_field[i] = text
    elif data.get("status") == "follow_up":
        follow = data["follow_up"]
        placed = False
        for n, key in enumerate(follow.get("missing", [])):
            i = field_index(fields, key)
            if i is not None:
                ask = follow["question"] if n == 0 else "还需要填写这一项。"
                per_field[i] = f"⚠ {render.esc(ask)}"
                placed = True
        if not placed:
            general = f"⚠ 还缺少信息：{render.esc(follow['question'])}"
    return general, per_field


def make_calc(name: str, fields: list[forms.Field]):
    @guarded
    def on_calc(*values: Any):
        try:
            data = services.calc(name, forms.collect(fields, forms.read_numbers(fields, values)))
        except CalcError as error:
            data = {"status": "error", "field": error.field, "error": error.message}
        general, per_field = placed_messages(fields, data)
        result = render.result_markdown(data) if data.get("status") == "calculated" else ""
        flagged = [f.label for f, m in zip(fields, per_field, strict=False) if m]
        if flagged and not result:
            # the message itself stands by its field, which may be scrolled out of view
            result = "请先修改上方标红的项目：" + "、".join(f"“{x}”" for x in flagged) + "。"
        notes = [gr.update(value=m, visible=bool(m)) for m in per_field]
        return result, gr.update(value=general, visible=bool(general)), *notes

    return on_calc


def make_reset(fields: list[forms.Field]):
    def on_reset():
        values = [
            bool(f.default)
            if f.kind == "check"
            else ([] if f.kind == "checks" else (None if f.default is None else str(f.default)))
            for f in fields
        ]
        hidden = [gr.update(value="", visible=False)] * len(fields)
        return *values, "", gr.update(value="", visible=False), *hidden

    return on_reset


@guarded
def verdict(question: str) -> str:
    if not (question or "").strip():
        return "请先在上面输入要判断的问题，例如：" + "、".join(
            f"“{q}”" for q in ELIGIBILITY_EXAMPLES[:2]
        )
    response, _ = services.ask(question, State())
    lines = [render.esc(response["answer"]).replace("\n", "  \n")]
    lines += [f"\n{render.citation_title(n, c)}" for n, c in enumerate(response["citations"], 1)]
    return "\n".join(lines)


def show_only(names: list[str]):
    def on_pick(chosen: str):
        return [gr.update(visible=name == chosen) for name in names]

    return on_pick


def clerk_tab() -> None:
    """One form at a time, chosen from a list that wraps on a phone (tabs hid five of eight)."""
    with gr.Tab("办事", id="clerk"):
        gr.Markdown(
            "按规定计算。没填的项目会在该项下面提示补充；填得不对的，会在该项下面说明应该怎么填。"
        )
        all_forms = forms.forms()
        names = [*all_forms, "eligibility"]
        pick = gr.Radio(
            [(TITLES[n], n) for n in all_forms] + [("资格判断", "eligibility")],
            value=names[0],
            label="办理事项",
            elem_id="clerk-pick",
        )
        panels = []
        for name, fields in all_forms.items():
            with gr.Column(visible=name == names[0], elem_id=f"calc-{name}") as panel:
                panels.append(panel)
                gr.Markdown(f"#### {TITLES[name]}")
                components, notes = [], []
                for field in fields:
                    components.append(component(field, name))
                    notes.append(
                        gr.Markdown(
                            visible=False,
                            elem_id=f"{elem_id(name, field)}-error",
                            elem_classes=["field-error"],
                        )
                    )
                with gr.Row():
                    run = gr.Button("计算", variant="primary", elem_id=f"run-{name}")
                    reset = gr.Button("重填", elem_id=f"reset-{name}")
                form_error = gr.Markdown(
                    visible=False, elem_id=f"error-{name}", elem_classes=["field-error"]
                )
                result = gr.Markdown(elem_id=f"result-{name}", elem_classes=["calc-result"])
                run.click(
                    make_calc(name, fields),
                    components,
                    [result, form_error, *notes],
                    api_visibility="private",
                )
                reset.click(
                    make_reset(fields),
                    None,
                    [*components, result, form_error, *notes],
                    api_visibility="private",
                )
        with gr.Column(visible=False, elem_id="eligibility") as panel:
            panels.append(panel)
            ask_box = gr.Textbox(
                label="判断的问题",
                elem_id="eligibility-question",
                placeholder="例如：冠心病算不算门诊特殊病？ / 我48岁能当野外文物看管员吗？",
            )
            gr.Examples(ELIGIBILITY_EXAMPLES, inputs=ask_box, label="可以这样问")
            check = gr.Button("判断", variant="primary", elem_id="eligibility-check")
            answer = gr.Markdown(elem_id="eligibility-verdict")
            check.click(verdict, ask_box, answer, api_visibility="private")
        pick.change(show_only(names), pick, panels, api_visibility="private")
