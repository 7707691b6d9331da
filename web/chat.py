"""问答: the citizen's chat. The browser keeps only a session token; the store keeps the talk."""

import logging

import gradio as gr

from assistant.engine import HELP
from assistant.sessions import TTL_SECONDS
from web import render, services
from web.errors import INTERNAL, guarded
from web.sessions import PageSessions

EXAMPLES = [
    "我交250档，在三级医院第一次住院，合规费用2万元，能报多少？",
    "我爸70岁了，医保还要交钱吗？",
    "冠心病算不算门诊特殊病？",
    "看门诊交的挂号费，医保给报吗？",
    "盖房子挖到文物怎么办？",
    "野外文物看管员一个月工资多少？",
]
QUICK = 5
TURN_OUTPUTS = 6  # chatbot, question, token, cite_pick, cite_view, send; then the quick replies
log = logging.getLogger("web")
EXPIRED = "（之前的对话已过期，已开始新的对话。）"
# Enter and a tap on 发送 within a moment of each other (the same text twice) are one send:
# the second goes to `take` as an empty message, which changes nothing (`take` itself empties
# the box and locks sending, but only once its reply is back).
ONE_SEND = """
(question, history) => {
  const now = Date.now(), text = (question || '').trim();
  if (text && text === window.ngariSent && now - window.ngariSentAt < 1500) return ['', history];
  if (text) { window.ngariSent = text; window.ngariSentAt = now; }
  return [question, history];
}
"""
# After an answer: bring the start of the new answer (the question just asked) to the top of
# the chat, not its last line; gradio's own autoscroll is off.
SCROLL_TO_ANSWER = """
() => {
  const go = () => {
    const wrap = document.querySelector('#chatbot .bubble-wrap');
    const rows = document.querySelectorAll('#chatbot .user-row');
    if (!wrap || !rows.length) return;
    const row = rows[rows.length - 1];
    wrap.scrollTop += row.getBoundingClientRect().top - wrap.getBoundingClientRect().top - 36;
    const chat = document.querySelector('#chatbot').getBoundingClientRect();
    if (chat.top < 0) document.querySelector('#chatbot').scrollIntoView({block: 'start'});
  };
  setTimeout(go, 60);
  setTimeout(go, 400);
}
"""


def cite_choices(citations: list[dict]) -> list[tuple[str, str]]:
    """Citations the reader can open: those whose unit can be found (by id, or by article)."""
    choices = []
    for n, cite in enumerate(citations, 1):
        unit_id = services.citation_unit_id(cite)
        if unit_id:
            choices.append((render.citation_title(n, cite), unit_id))
    return choices


def user_bubble(question: str) -> dict[str, str]:
    return {"role": "user", "content": render.esc(question)}


def shows_question(message: object, question: str) -> bool:
    """Whether a chat message (as the page sends it back: content as text or as text parts)
    is the user's bubble for `question`."""
    if not isinstance(message, dict) or message.get("role") != "user":
        return False
    content = message.get("content")
    if isinstance(content, list):
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content == render.esc(question)


def take(question: str | None, history: list | None):
    """The first step of a turn, answered at once: an empty or whitespace-only message changes
    nothing (no bubble, no turn); otherwise the question shows as a bubble, the box is emptied
    and sending is locked until the answer is in, so a second tap or Enter cannot post twice."""
    text = (question or "").strip()
    if not text:
        return gr.skip(), gr.skip(), "", gr.skip(), *[gr.skip()] * QUICK
    locked = gr.update(interactive=False)
    return (
        gr.update(value="", interactive=False),
        [*(history or []), user_bubble(text)],
        text,
        locked,
        *[locked] * QUICK,
    )


def make_ask(sessions: PageSessions):
    """The turn itself. `history` normally ends with the question's bubble (added by `take`);
    an empty question (a second tap that `take` turned away) changes nothing. It unlocks
    sending in every case, an internal failure included (then said in the chat)."""

    def on_ask(question: str, history: list, token: str | None, request: gr.Request):
        question = (question or "").strip()
        if not question:
            return (gr.skip(),) * (TURN_OUTPUTS + QUICK)
        history = list(history or [])
        if not history or not shows_question(history[-1], question):
            history.append(user_bubble(question))
        try:
            return answered(question, history, token, request)
        except Exception:
            log.exception("chat turn failed")
            history.append({"role": "assistant", "content": INTERNAL})
            hidden = [gr.update(visible=False, interactive=True)] * QUICK
            unlocked = gr.update(value="", interactive=True)
            return (
                history,
                unlocked,
                token,
                gr.skip(),
                gr.skip(),
                gr.update(interactive=True),
                *hidden,
            )

    def answered(question: str, history: list, token: str | None, request: gr.Request):
        tab = getattr(request, "session_hash", None)
        token, state, expired = sessions.load(token, tab)
        response, state = services.ask(question, state)
        token = sessions.save(token, state)
        if expired:
            history.insert(len(history) - 1, {"role": "assistant", "content": EXPIRED})
        history += render.chat_messages(response)
        choices = (response.get("follow_up") or {}).get("choices", [])
        buttons = [gr.update(value=c, visible=True, interactive=True) for c in choices[:QUICK]]
        buttons += [gr.update(visible=False, interactive=True)] * (QUICK - len(buttons))
        cites = cite_choices(response["citations"])
        pick = gr.update(choices=cites, value=None, visible=bool(cites))
        unlocked = gr.update(value="", interactive=True)
        return history, unlocked, token, pick, "", gr.update(interactive=True), *buttons

    return on_ask


def make_clear(sessions: PageSessions):
    @guarded
    def on_clear(token: str | None, request: gr.Request):
        token = sessions.reset(token, getattr(request, "session_hash", None))
        hidden = [gr.update(visible=False)] * QUICK
        return [], "", token, gr.update(choices=[], value=None, visible=False), "", *hidden

    return on_clear


@guarded
def open_unit(unit_id: str | None) -> str:
    if not unit_id:
        return ""
    unit = services.corpus().unit_by_id(unit_id)
    if unit is None:
        return "找不到这条原文。"
    return render.unit_markdown(unit, services.corpus().document_by_id(unit.doc_id))


def chat_tab(sessions: PageSessions) -> None:
    with gr.Tab("问答", id="chat"):
        token = gr.State(None, time_to_live=TTL_SECONDS, delete_callback=sessions.drop)
        chatbot = gr.Chatbot(
            label="对话",
            elem_id="chatbot",
            height=460,
            sanitize_html=True,
            autoscroll=False,
            buttons=["copy", "copy_all"],
            placeholder=render.esc(HELP).replace("\n", "<br>"),
        )
        with gr.Row(equal_height=True):
            question = gr.Textbox(
                label="您的问题",
                placeholder="请输入您的问题，例如：住院起付线是多少？",
                show_label=False,
                scale=6,
                elem_id="question",
                max_lines=4,
            )
            send = gr.Button("发送", variant="primary", scale=1, min_width=64, elem_id="send")
        with gr.Row():
            quick = [
                gr.Button(visible=False, size="sm", elem_classes=["quick-reply"])
                for _ in range(QUICK)
            ]
        cite_pick = gr.Dropdown(
            label="打开引用的条文", choices=[], visible=False, elem_id="cite-pick"
        )
        cite_view = gr.Markdown(elem_id="cite-view")
        with gr.Row():
            clear = gr.Button("清空对话", size="sm", elem_id="clear")
        gr.Examples(EXAMPLES, inputs=question, label="可以这样问", elem_id="chat-examples")

        # the question `take` accepted, held in the browser so each turn sends its own
        # (a gr.State lives on the server, where a later tap could overwrite it before the
        # queued turn reads it)
        asked = gr.Textbox(visible=False, elem_id="asked")
        outputs = [chatbot, question, token, cite_pick, cite_view, *quick]
        on_ask = make_ask(sessions)
        for trigger, source in (
            (send.click, question),
            (question.submit, question),
            *((b.click, b) for b in quick),
        ):
            trigger(
                take,
                [source, chatbot],
                [question, chatbot, asked, send, *quick],
                js=ONE_SEND,
                queue=False,
                api_visibility="private",
            ).then(
                on_ask,
                [asked, chatbot, token],
                [chatbot, question, token, cite_pick, cite_view, send, *quick],
                api_visibility="private",
            ).then(None, js=SCROLL_TO_ANSWER)
        on_clear = make_clear(sessions)
        clear.click(on_clear, token, outputs, api_visibility="private")
        # the chat header's trash icon clears the conversation too, not only the screen
        chatbot.clear(on_clear, token, outputs, api_visibility="private")
        cite_pick.change(open_unit, cite_pick, cite_view, api_visibility="private")
