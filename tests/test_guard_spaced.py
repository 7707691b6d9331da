"""A sentence typed one character at a time with spaces is read as the sentence."""

from assistant.guard import check


def test_characters_spaced_out_are_joined() -> None:
    checked = check("交 1 2 0 档 ， 住 院 花 了 8 0 0 0 ， 报 多 少")
    assert checked.text == "交120档，住院花了8000，报多少"


def test_words_spaced_normally_keep_their_spaces() -> None:
    assert check("交 120 档 住院花了 8000 报多少").text == "交 120 档 住院花了 8000 报多少"


def test_a_q_and_a_sign_off_is_no_part_of_the_question() -> None:
    """ "万能的网友", "各位老铁", "懂的来", "小透明求助": who is asked, not what."""
    from assistant.frame import read_frame

    for tail in ("万能的网友", "各位老铁", "懂的来", "小透明求助", "真心求教", "哪位好心人"):
        assert read_frame(f"住院起付线是多少 {tail}").text == "住院起付线是多少"
    assert read_frame("交120档 三级医院 花了8000").text == "交120档 三级医院 花了8000"
