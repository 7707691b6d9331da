"""The class the seed-6161 blind review found (45 items, 42 usable): a false 判断 whose short
new word is drawn from the sibling sentence of its article that another item states as true
(第十一条: 巡逻日志 … 扣除当月 changed to 当年, beside 重大看管事故 … 扣除当年): the other item
hints at it, so one paper never prints both."""

from __future__ import annotations

from assistant.quiz.checker import sibling_change

FALSE_LOG = {
    "type": "判断",
    "answer": "错误",
    "stem": "《细则》规定：野外看管人员未按要求如实填写巡逻日志的，要适当扣除当年野外看管补助。",
    "changed": "适当扣除当月野外看管补助→适当扣除当年野外看管补助",
}
TRUE_ACCIDENT = (
    "《细则》规定：对文物安全方面出现重大看管事故的要立即解聘，并扣除当年野外文物看管补助。"
)


def test_a_change_drawn_from_the_sibling_sentence_is_found() -> None:
    # (the stretch that differs is 月→年, read with the words around it)
    assert "当年野外" in sibling_change(FALSE_LOG, TRUE_ACCIDENT)


def test_another_sentence_without_the_words_is_no_hint() -> None:
    assert sibling_change(FALSE_LOG, "《细则》规定：看管协议期限不超过一年。") == ""


def test_a_true_statement_has_no_change_to_hint_at() -> None:
    true = FALSE_LOG | {"answer": "正确", "changed": ""}
    assert sibling_change(true, TRUE_ACCIDENT) == ""
