"""文件: browse a document by chapter and article, or find a unit by label or keyword."""

import gradio as gr

from web import render, services
from web.chat import open_unit
from web.errors import guarded


@guarded
def units_of(doc_id: str | None):
    return gr.update(choices=services.unit_choices(doc_id) if doc_id else [], value=None)


@guarded
def find(query: str):
    """The matches, and a line saying how many (or that none were found and what to try)."""
    text = (query or "").strip()
    if not text:
        return gr.update(choices=[], value=None), "请先输入关键词或条文编号。"
    found = services.search_units(text)
    if not found:
        return gr.update(choices=[], value=None), (
            f"没有找到含“{render.esc(text)}”的条文。可以换个说法（如 起付线、看管员），"
            "或按编号查找（如 第二十二条）。"
        )
    more = "（只列出前 20 条，可以输入更具体的词）" if len(found) >= 20 else ""
    return gr.update(
        choices=found, value=None
    ), f"找到 {len(found)} 条{more}，请在“查找结果”中选择。"


def documents_tab() -> None:
    with gr.Tab("文件", id="documents"):
        with gr.Row():
            doc_pick = gr.Dropdown(
                services.document_choices(), value=None, label="文件", elem_id="doc-pick"
            )
            unit_pick = gr.Dropdown([], label="条文 / 章节", elem_id="unit-pick")
        with gr.Row():
            finder = gr.Textbox(
                label="按关键词或编号查找（如 起付线、第二十二条、五、（四））", elem_id="finder"
            )
            found = gr.Dropdown([], label="查找结果", elem_id="found")
        with gr.Row():
            search = gr.Button("查找", size="sm", elem_id="find")
        found_note = gr.Markdown(elem_id="found-note")
        unit_view = gr.Markdown(elem_id="unit-view")
        doc_pick.change(units_of, doc_pick, unit_pick, api_visibility="private")
        unit_pick.change(open_unit, unit_pick, unit_view, api_visibility="private")
        for trigger in (finder.submit, search.click):
            trigger(find, finder, [found, found_note], api_visibility="private")
        found.change(open_unit, found, unit_view, api_visibility="private")
