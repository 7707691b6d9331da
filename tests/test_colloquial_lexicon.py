"""The colloquial lexicon (index/data/colloquial.tsv) and the speech words the coverage check
leaves out (index/data/speech_words.txt)."""

from __future__ import annotations

from pathlib import Path

from index.lexical import covered_by, domain_terms, expand_query, lexicon, speech_words

GAZETTE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "gazette-2020.txt"


def test_every_row_stands_for_words_the_gazette_uses() -> None:
    text = "".join(GAZETTE.read_text(encoding="utf-8").split())
    unused = [key for key, terms in lexicon().items() if not any(t in text for t in terms)]
    assert not unused, unused


def test_a_gapped_key_covers_the_words_that_hold_its_parts() -> None:
    question = "毕业后想自个开个小店，政府扶不扶持？"
    text = "积极鼓励高校毕业生自主创业"
    assert "自主创业" in " ".join(expand_query(question)) or "创业" in expand_query(question)
    assert covered_by("小店", question, text)
    assert covered_by("开个", question, text)
    # a word between the parts is not what the key stands for
    assert not covered_by("自个", question, text)
    assert not covered_by("时候", "医保啥时候交", "参保缴费")


def test_a_plain_key_still_covers_its_word_only_when_the_text_has_a_term() -> None:
    assert covered_by("假牙", "镶假牙能报吗", "洁牙、镶牙、牙列不整矫形")
    assert not covered_by("假牙", "镶假牙能报吗", "起付线标准为100元")


def test_speech_words_are_neither_regulation_terms_nor_everyday_words_with_a_meaning() -> None:
    words = speech_words()
    assert {"俺家", "阿妈", "老汉"} <= words
    assert not words & domain_terms()
    assert not words & set(lexicon())
