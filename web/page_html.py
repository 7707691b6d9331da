"""The page is Chinese whatever the browser's language: lang="zh-CN" and Chinese control labels.

Gradio's index template hard-codes lang="en", and its front end picks the interface language
from `navigator.language`, so an English browser got "Examples", "Clear", "Copy message".
A small ASGI middleware rewrites the index page: the root element says zh-CN and, before the
front end loads, the browser's language reads zh-CN (gradio then sets lang="zh-CN" itself and
uses its Chinese strings). A few labels gradio leaves in English or empty (message
aria-labels, the citation toggle) are given Chinese names as they appear.
"""

from __future__ import annotations

import json
from typing import Any

# gradio strings its Chinese translation lacks (shown or announced to screen readers)
TRANSLATIONS = {
    "zh-CN": {
        "common": {"complete": "已完成", "progress": "进度"},
        "status": {"queue_position": "排队中：第 {position} 位，共 {size} 位"},
        "chatbot": {"copy_message": "复制这条消息", "copied_message": "已复制"},
    }
}

# exact aria-label/title texts → Chinese; prefixes keep the text that follows them
LABELS = {
    "Copy message": "复制这条消息",
    "Copied message": "已复制",
    "Copy conversation": "复制整个对话",
    "Copied conversation": "已复制整个对话",
    "chatbot conversation": "对话记录",
    "Gradio footer navigation": "页脚导航",
    "More tabs": "更多标签页",
    "Clear": "清空",
    "Table actions": "表格操作",
    "Copy table data": "复制表格",
    "Fullscreen": "全屏",
    "Exit fullscreen mode": "退出全屏",
    "Dataframe": "表格",
    "File upload": "文件",
    "Empty value": "空",
    "Reset to default value": "恢复默认值",
    "Download": "下载",
    "Remove this file": "从列表中移除这个文件",
    "Open cell menu": "单元格菜单",
    "Scroll down": "滚动到最新消息",
}
PREFIXES = {
    "user's message: ": "您的提问：",
    "bot's message: ": "助手的回答：",
    "number input for ": "数字输入：",
    "range slider for ": "滑块：",
}
# buttons gradio renders without any name, found by where they sit
UNNAMED = {".message .title button, .message .title [role=button]": "展开或收起引用原文"}

_SCRIPT = """
(function () {
  try {
    Object.defineProperty(Navigator.prototype, "language", {get: function () { return "zh-CN"; }, configurable: true});
    Object.defineProperty(Navigator.prototype, "languages", {get: function () { return ["zh-CN", "zh"]; }, configurable: true});
  } catch (e) {}
  var LABELS = %(labels)s, PREFIXES = %(prefixes)s, UNNAMED = %(unnamed)s;
  function fix(value) {
    if (!value) return value;
    if (Object.prototype.hasOwnProperty.call(LABELS, value)) return LABELS[value];
    for (var p in PREFIXES) if (value.indexOf(p) === 0) return PREFIXES[p] + value.slice(p.length);
    return value;
  }
  function pass(root) {
    if (!root.querySelectorAll) return;
    root.querySelectorAll("[aria-label],[title]").forEach(function (el) {
      ["aria-label", "title"].forEach(function (a) {
        var v = el.getAttribute(a), f = fix(v);
        if (v && f !== v) el.setAttribute(a, f);
      });
    });
    for (var sel in UNNAMED) root.querySelectorAll(sel).forEach(function (el) {
      if (!el.getAttribute("aria-label")) el.setAttribute("aria-label", UNNAMED[sel]);
    });
  }
  var queued = false;
  new MutationObserver(function () {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () { queued = false; pass(document); });
  }).observe(document.documentElement, {subtree: true, childList: true, attributes: true,
                                        attributeFilter: ["aria-label", "title"]});
})();
"""


def head_script() -> str:
    body = _SCRIPT % {
        "labels": json.dumps(LABELS, ensure_ascii=False),
        "prefixes": json.dumps(PREFIXES, ensure_ascii=False),
        "unnamed": json.dumps(UNNAMED, ensure_ascii=False),
    }
    return f"<script>{body}</script>"


def localize(html: str) -> str:
    """The index page with lang="zh-CN" and the language script ahead of gradio's modules."""
    html = html.replace('lang="en"', 'lang="zh-CN"', 1)
    return html.replace("<head>", "<head>" + head_script(), 1)


class ChinesePage:
    """ASGI middleware: HTML responses go through `localize`; everything else passes untouched."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        start: dict | None = None
        chunks: list[bytes] = []

        async def relay(message: dict) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                html = headers.get(b"content-type", b"").startswith(b"text/html")
                if html and b"content-encoding" not in headers:
                    start = message
                    return
                await send(message)
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = localize(b"".join(chunks).decode("utf-8", errors="replace")).encode("utf-8")
            headers = [
                (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
            ]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, relay)
