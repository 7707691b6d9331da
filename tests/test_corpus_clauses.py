"""Clause segmentation: whole sentences, tied to their item, headings and list lead-ins kept."""

from corpus.clauses import clauses


def test_item_heading_and_sentences(corpus):
    rows = clauses(corpus.unit("medical-insurance", "22"))
    first = [c for c in rows if c.label == "（一）"]
    assert first[0].heading == "起付线标准"
    assert "400元" in first[0].text
    assert any("70%" in c.text for c in first)
    assert all(c.text.endswith(("。", "；", "：", "！", "？")) for c in rows)


def test_list_items_carry_their_lead_in(corpus):
    rows = clauses(corpus.unit("medical-insurance", "30"))
    items = [c for c in rows if c.is_item]
    assert len({c.label for c in items}) == 16
    assert all("不予支付" in c.lead for c in items)


def test_never_cut_at_semicolon(corpus):
    rows = clauses(corpus.unit("relic-custodians", "7"))
    four = [c for c in rows if c.label == "（四）"]
    assert len(four) == 1 and "；" in four[0].text
