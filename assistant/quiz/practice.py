"""Self-test for trainees: answer item by item, get the verdict and the article, then a score."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.quiz.generator import LETTERS, Item


@dataclass
class Feedback:
    correct: bool
    expected: str
    explanation: str
    source: str
    message: str


@dataclass
class Practice:
    items: list[Item]
    answers: dict[int, str] = field(default_factory=dict)
    results: dict[int, bool] = field(default_factory=dict)

    def question(self, n: int) -> str:
        """The n-th item (1-based) as a trainee sees it."""
        item = self.items[n - 1]
        lines = [f"第{n}题（{item.type}）{item.stem}"]
        if item.type in ("单选", "多选"):
            lines += [f"{LETTERS[i]}. {o}" for i, o in enumerate(item.options)]
        elif item.type == "判断":
            lines.append("请回答：正确 / 错误")
        return "\n".join(lines)

    def answer(self, n: int, given: str) -> Feedback:
        if not 1 <= n <= len(self.items):
            raise ValueError(f"没有第{n}题，本卷共{len(self.items)}题。")
        item = self.items[n - 1]
        check_answer(item, given)
        normalized = normalize(item, given)
        accepted = [item.answer, *item.alternatives] if item.type == "填空" else [item.answer]
        correct = any(normalized == normalize(item, a) for a in accepted)
        self.answers[n], self.results[n] = given, correct
        verdict = "回答正确。" if correct else f"回答错误，正确答案：{item.answer}。"
        return Feedback(
            correct, item.answer, item.explanation, item.source, f"{verdict}{item.explanation}"
        )

    def run(self, ask=input, say=print) -> str:
        """The terminal self-test: each item until it gets a markable answer; end of input stops.
        (assistant/__main__.py's practice command can call this instead of its own loop.)"""
        for n in range(1, len(self.items) + 1):
            say("\n" + self.question(n))
            while True:
                try:
                    given = ask("你的答案：")
                except EOFError:
                    say("\n" + self.summary())
                    return self.summary()
                try:
                    say(self.answer(n, given).message)
                    break
                except AnswerError as exc:
                    say(str(exc))
        say("\n" + self.summary())
        return self.summary()

    def score(self) -> tuple[int, int]:
        return sum(self.results.values()), len(self.items)

    def summary(self) -> str:
        right, total = self.score()
        wrong = [n for n, ok in sorted(self.results.items()) if not ok]
        tail = f"；答错的题：{'、'.join(map(str, wrong))}" if wrong else ""
        return f"得分：{right}/{total}（{round(100 * right / total) if total else 0}分）{tail}"


class AnswerError(ValueError):
    """An empty or unreadable answer: the item is asked again, not marked wrong."""


def check_answer(item: Item, given: str) -> None:
    """Raise AnswerError (a Chinese message naming what is allowed) for an answer that cannot
    be marked."""
    text = (given or "").strip().upper()
    letters = LETTERS[: len(item.options)]
    if not text:
        raise AnswerError("还没有作答，请输入答案后再提交。")
    if item.type in ("单选", "多选") and not re.fullmatch(rf"[{letters},，、\s]+", text):
        raise AnswerError(f"请用选项字母作答（{'、'.join(letters)}），多选题可写多个字母，如 AC。")
    if item.type == "单选" and len(set(re.findall(rf"[{letters}]", text))) != 1:
        raise AnswerError(f"单选题只选一个字母（{'、'.join(letters)}）。")
    if item.type == "判断" and normalize(item, given) not in ("正确", "错误"):
        raise AnswerError("判断题请回答“正确”或“错误”（也可写 对/错、√/×）。")


def normalize(item: Item, given: str) -> str:
    text = given.strip().upper().replace("，", ",").replace("、", ",").replace(" ", "")
    if item.type == "多选":
        return ",".join(sorted(set(re.findall(r"[A-F]", text))))
    if item.type == "单选":
        found = re.findall(r"[A-F]", text)
        return found[0] if len(found) == 1 else text
    if item.type == "判断":
        if text in ("正确", "对", "√", "T", "TRUE", "是", "A"):
            return "正确"
        if text in ("错误", "错", "×", "F", "FALSE", "否", "B"):
            return "错误"
        return text
    return re.sub(r"\s+", "", given)
