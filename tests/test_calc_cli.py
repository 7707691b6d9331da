"""The calculator command line and the calculation evaluation command."""

from __future__ import annotations

import json

from assistant.__main__ import main as assistant_main
from evaluation.__main__ import main as evaluation_main
from tests.cli_helpers import Run, run_main

MAINS = {"assistant": assistant_main, "evaluation": evaluation_main}


def _run(cli: str, *args: str) -> Run:
    """In-process; neither command needs the model, so none is loaded."""
    return run_main(MAINS[cli], list(args))


def test_calc_cli_result_with_steps_and_citations() -> None:
    out = _run(
        "assistant",
        "calc",
        "inpatient",
        "--json",
        '{"tier": 250, "level": "三级", "in_area": true, "admission": 1, "cost": "20000"}',
    )
    data = json.loads(out.out)
    assert data["result"]["payment"] == "16660.00"
    assert {"calculator", "inputs", "result", "steps", "citations"} <= data.keys()
    assert all(step["citation"].startswith("《") for step in data["steps"])
    assert (
        data["citations"][0]["article"] == "第二十二条" and "起付线" in data["citations"][0]["text"]
    )


def test_calc_cli_errors_are_chinese_and_exit_2() -> None:
    out = _run(
        "assistant", "calc", "inpatient", "--json", '{"tier": 300, "level": "三级", "cost": "1"}'
    )
    assert out.code == 2
    data = json.loads(out.out)
    assert data["status"] == "error" and data["field"] == "tier" and "250" in data["error"]
    out = _run("assistant", "calc", "inpatient", "--json", "{not json")
    assert out.code == 2 and "JSON" in json.loads(out.out)["error"]


def test_evaluation_calculations_reports_mismatches(tmp_path) -> None:
    cases = tmp_path / "cases.jsonl"
    good = {
        "id": "x1",
        "calculator": "general_outpatient",
        "question": "今年第一次看普通门诊，花了250元，能报多少？",
        "inputs": {"cost": "250", "prior_cost": "0"},
        "expected": {"payment": "90.00"},
        "cites": ["第二十六条"],
    }
    bad = {**good, "id": "x2", "expected": {"payment": "99.00"}}
    cases.write_text(
        "\n".join(json.dumps(c, ensure_ascii=False) for c in (good, bad)), encoding="utf-8"
    )
    out = _run("evaluation", "calculations", "--cases", str(cases))
    assert "| 计算引擎（给定输入） | 1 | 2 | 50.0% |" in out.out
    assert "x2" in out.out and "99.00" in out.out


def test_the_site_budget_is_reachable_through_the_request_reader() -> None:
    """A {level: count} map is the one JSON object an input may be (its kind is COUNTS)."""
    from web import services

    budget = services.calc(
        "custodian_pay", {"mode": "budget", "sites": {"县级": 3, "自治区级": 2}, "months": 12}
    )
    assert budget["result"] == {"budget": "153600.00"}
    text = services.calc(
        "custodian_pay", '{"mode": "budget", "sites": {"县级": 3, "自治区级": 2}, "months": 12}'
    )
    assert text["result"] == {"budget": "153600.00"}
    for bad in ({"县级": [3]}, {"县级": {"a": 1}}):
        out = services.calc("custodian_pay", {"mode": "budget", "sites": bad, "months": 12})
        assert out["status"] == "error" and out["field"] == "sites" and "县级" in out["error"]
    other = services.calc("inpatient", {"tier": {"a": 1}, "level": "三级", "cost": "1"})
    assert other["status"] == "error" and other["field"] == "tier"
