"""evaluation.declines counts wrong declines and gold citations per split, and lists the rows of
the chosen split only (a stand-in assistant: no model)."""

from __future__ import annotations

import json

from assistant.citations import Citation
from assistant.response import Response
from evaluation import declines

ROWS = [
    {
        "id": "a",
        "split": "tune",
        "question": "住院门槛多少",
        "gold": [{"doc": "医疗", "article": "第二十二条"}],
    },
    {
        "id": "b",
        "split": "tune",
        "question": "放羊捡到铜佛",
        "gold": [{"doc": "文物", "article": "第二十一条"}],
    },
    {
        "id": "c",
        "split": "heldout",
        "question": "留出的问题",
        "gold": [{"doc": "文物", "article": "第三条"}],
    },
    {"id": "d", "split": "tune", "question": "没有标准位置的行", "gold": []},
]


class StandIn:
    """Declines anything about a Buddha; otherwise cites 医疗 第二十二条."""

    corpus = None

    def ask(self, text, state=None):
        if "铜佛" in text or "留出" in text:
            return Response("out_of_scope", answer="公报所含文件没有涉及这个问题。")
        cite = Citation("u1", "医疗办法", None, "第二十二条", "", "起付线")
        return Response("answered", answer="400元", citations=[cite])


def test_counts_per_split_and_rows_of_the_chosen_split_only(tmp_path, capsys) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    code = declines.main(["--questions", str(table), "--split", "tune"], assistant=StandIn())
    out = capsys.readouterr().out
    assert code == 0
    assert "| tune | 2 | 1 (50.0%) | 1 (50.0%) |" in out
    assert "| heldout | 1 | 1 (100.0%) | 0 (0.0%) |" in out
    assert "b 放羊捡到铜佛" in out
    assert "留出的问题" not in out  # held-out rows are counted, never listed


def test_an_unreadable_table_is_a_user_error(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json", encoding="utf-8")
    assert declines.main(["--questions", str(bad)], assistant=StandIn()) == 2
    assert "不是有效的 JSON" in capsys.readouterr().err
