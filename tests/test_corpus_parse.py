"""The bundled gazette parses into the structure the text really has."""

from __future__ import annotations

import re

from corpus import Corpus


def doc(corpus: Corpus, doc_id: str):
    return corpus.document(doc_id)


def test_seven_documents_and_their_annexes(corpus: Corpus) -> None:
    ids = [d.id for d in corpus.documents]
    assert ids == [
        "relic-protection",
        "relic-custodians",
        "relic-training",
        "hospital-plan",
        "hospital-tasks",
        "medical-insurance",
        "roads-plan",
        "roads-transit",
        "roads-maintenance",
        "roads-assessment",
        "roads-tasks",
        "graduate-employment",
    ]
    top_level = [d for d in corpus.documents if d.parent_id is None]
    assert len(top_level) == 7


def test_notice_metadata(corpus: Corpus) -> None:
    relic = doc(corpus, "relic-protection")
    assert relic.number == "阿行发〔2020〕33号"
    assert relic.issuer == "阿里地区行政公署"
    assert relic.date == "2020-06-12"
    assert relic.parent_title.startswith(
        "阿里地区行政公署关于印发《阿里地区文物保护管理办法（暂行）》"
    )
    insurance = doc(corpus, "medical-insurance")
    assert insurance.number == "阿行发〔2020〕17号" and insurance.date == "2020-04-22"
    assert insurance.issuer == "阿里地区行署办公室"
    roads = doc(corpus, "roads-plan")
    assert roads.number == "阿行办发〔2020〕21号" and roads.date == "2020-05-19"


def test_annexes_know_their_parent(corpus: Corpus) -> None:
    for child in ("roads-transit", "roads-maintenance", "roads-assessment", "roads-tasks"):
        assert doc(corpus, child).parent_id == "roads-plan"
    assert doc(corpus, "hospital-tasks").parent_id == "hospital-plan"
    assert (
        doc(corpus, "relic-training").parent_title == doc(corpus, "relic-custodians").parent_title
    )


def test_article_and_chapter_counts(corpus: Corpus) -> None:
    relic = doc(corpus, "relic-protection")
    assert len(relic.chapters) == 9 and relic.counts() == {"article": 55}
    custodians = doc(corpus, "relic-custodians")
    assert len(custodians.chapters) == 6
    assert custodians.counts() == {"article": 17, "paragraph": 2}
    insurance = doc(corpus, "medical-insurance")
    assert len(insurance.chapters) == 9 and insurance.counts() == {"article": 49}


def test_every_article_present_once_in_order(corpus: Corpus) -> None:
    from corpus.numerals import int_to_cn

    for doc_id, n in (
        ("relic-protection", 55),
        ("relic-custodians", 17),
        ("medical-insurance", 49),
    ):
        labels = [u.label for u in doc(corpus, doc_id).units if u.kind == "article"]
        assert labels == [f"第{int_to_cn(k)}条" for k in range(1, n + 1)]


def test_page_breaks_rejoined(corpus: Corpus) -> None:
    assert "保护为主、抢救第一、合理利用" in corpus.unit("relic-protection", "第四条").text
    assert "其他组织都有依法参与文物保护" in corpus.unit("relic-protection", "第七条").text
    assert "修建建筑物、构筑物的" in corpus.unit("relic-protection", "第五十条").text
    assert "实际工作能力和业务知识的" in corpus.unit("relic-custodians", "第六条").text
    assert "甲状腺功能亢进和减退" in corpus.unit("medical-insurance", "第二十四条").text
    assert "报联席会议办公室备案" not in corpus.unit("relic-custodians", "第九条").text
    assert "联席会议办公室备案" in corpus.unit("relic-custodians", "第九条").text


def test_no_text_lost_between_paragraphs(corpus: Corpus) -> None:
    unit = corpus.unit("medical-insurance", "第二十二条")
    items = [p for p in unit.parts if p.kind == "item"]
    assert [p.label for p in items] == ["（一）", "（二）", "（三）"]
    assert unit.title == "住院待遇政策"
    assert "降低10%" in unit.text and "报销60%" in unit.text


def test_front_matter_is_not_regulation(corpus: Corpus) -> None:
    text = "\n".join(u.text for u in corpus.units())
    assert "编辑委员会" not in text and "刊物准印证号" not in text


def test_sections_keep_printed_numbering(corpus: Corpus) -> None:
    training = doc(corpus, "relic-training")
    labels = [u.label for u in training.units]
    assert "三、（二）" in labels and "三、（四）" in labels and "三、（三）" not in labels
    unit = corpus.unit("relic-training", "六、（六）")
    assert "驻寺僧尼" in unit.text and "野外文物看管人员；文物保护管理人员" in unit.text
    assert unit.headings == ("阿里地区文物工作人员文物安全培训办法（暂行）", "六、其他事项")
    assert corpus.unit("relic-training", "五、").title == "培训经费"


def test_section_intro_and_nested_levels(corpus: Corpus) -> None:
    steps = corpus.unit("hospital-plan", "三、")
    assert "巩固整改、动员部署、自查整改" in steps.text
    nested = corpus.unit("graduate-employment", "三、（一）1.")
    assert nested.title == "处理好发展和民生的关系"


def test_table_rows_carry_headers(corpus: Corpus) -> None:
    tasks = doc(corpus, "hospital-tasks")
    assert len(tasks.units) == 17
    first = tasks.units[0]
    assert first.label == "第1项" and "重点内容：全力保障医疗设备资金" in first.text
    assert "医疗设备资金1156.03万元" in first.text
    # a row split over a page break is merged, not lost
    assert "完成地区中心血站搬迁项目" in tasks.units[5].text


def test_scoring_table_has_55_lines_as_printed(corpus: Corpus) -> None:
    scoring = doc(corpus, "roads-assessment")
    labels = [u.label for u in scoring.units]
    assert len(labels) == 55
    assert labels.count("（36）") == 2 and "（38）" not in labels  # printed so
    line = corpus.unit("roads-assessment", "（44）")
    assert "800分以上" in line.text
    assert any(h.startswith("18.") for h in line.headings)
    assert any(h.startswith("五、") for h in line.headings)


def test_ids_and_citations_stable_and_unique(corpus: Corpus) -> None:
    ids = [u.id for u in corpus.units()]
    assert len(ids) == len(set(ids))
    unit = corpus.unit("medical-insurance", "第二十二条")
    assert unit.id == "medical-insurance/art-22"
    assert unit.citation == "《阿里地区城乡居民基本医疗保险实施办法（试行）》第二十二条"
    assert unit.headings == ("阿里地区城乡居民基本医疗保险实施办法（试行）", "第四章 待遇保障")
    for u in corpus.units():
        assert u.text.strip(), u.id
        assert not re.search(r"\n{2,}", u.text), u.id
