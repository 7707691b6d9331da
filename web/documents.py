"""文件: browse a document by chapter and article, or find a unit by label or keyword."""

import gradio as gr

from web import services
from web.chat import open_unit
from web.errors import guarded


@guarded
def units_of(doc_id: str | None):
    return gr.update(choices=services.unit_choices(doc_id) if doc_id else [], value=None)


@guarded
def find(query: str):
    return gr.update(choices=services.search_units(query), value=None)


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
        unit_view = gr.Markdown(elem_id="unit-view")
        doc_pick.change(units_of, doc_pick, unit_pick, api_visibility="private")
        unit_pick.change(open_unit, unit_pick, unit_view, api_visibility="private")
        finder.submit(find, finder, found, api_visibility="private")
        found.change(open_unit, found, unit_view, api_visibility="private")
