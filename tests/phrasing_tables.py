"""Checks every phrasing table's data test makes the same way: the generator's files, the
expectations' form, copies of earlier questions, bare fact-absent details and the runner's name.
Each table's own test keeps its sizes and kinds; these are the parts that do not vary."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

import pytest

from evaluation.phrasings import checks
from evaluation.phrasings.checks import STATUSES, expectations
from evaluation.phrasings.rows import GE, HP, MI, RC, RD, RP, RT

# fact types of a bare detail: no unit, no named body, place or date in the question
BARE = {"yes_no", "count", "format", "channel"}
UNIT = r"(?:元|块|万|天|日|号|岁|个?月|年|小时|公里|周)"
UNIT_OR_FIGURE = re.compile(rf"[0-9０-９%]|[零一二两三四五六七八九十百千万几多每当]+{UNIT}|元|块钱")
NAMED = re.compile(
    r"局|部门|委|厅|政府|寺管会|办公室|县|市|省|区|拉萨|狮泉河|日喀则|成都|西安|陕西|河北|北京"
)


def earlier_tables(here: Path, *names: str) -> list[Path]:
    return [here.parent / name for name in names]


def assert_files_are_generated(generate, tmp_path: Path) -> None:
    here = generate.HERE
    generate.write_all(tmp_path)
    written = sorted(p.name for p in tmp_path.glob("*.jsonl"))
    assert written == sorted(p.name for p in here.glob("*.jsonl"))
    for name in written:
        assert (tmp_path / name).read_text(encoding="utf-8") == (here / name).read_text(
            encoding="utf-8"
        ), name


def assert_bare_details(rows: list[dict], least: int) -> None:
    bare = [r for r in rows if r["category"] == "fact_absent" and r["fact_type"] in BARE]
    assert len(bare) >= least
    for r in bare:
        assert not UNIT_OR_FIGURE.search(r["question"]), r["question"]
        assert not NAMED.search(r["question"]), r["question"]


def assert_expectations_well_formed(rows: list[dict]) -> None:
    for row, user, expect in expectations(rows):
        assert isinstance(user, str) and user.strip() or "error" in str(expect["status"]), row
        status = expect["status"]
        assert set([status] if isinstance(status, str) else status) <= STATUSES, row["id"]
        if "follow_up_for" in expect:
            assert status == "follow_up", row["id"]
        if status == "out_of_scope":
            assert not expect.get("gold") and not expect.get("answer_contains"), row["id"]


def assert_no_copies(rows: list[dict], here: Path, earlier: list[Path]) -> None:
    files = checks.development_files(here.parents[1])
    if not files:
        pytest.skip("development set not present on this machine")
    repeated, close = checks.copied_or_close(rows, checks.questions_of(files, earlier))
    assert not repeated, repeated
    assert not close, close


def assert_runner_reads(name: str, here: Path) -> None:
    from evaluation.phrasings.__main__ import TABLES

    assert Path(TABLES[name]) == here


def assert_runner_takes_name(name: str, capsys) -> None:
    """No assistant is loaded when no row is chosen: the plumbing alone."""
    from evaluation.phrasings.__main__ import main

    assert main(["--table", name, "--category", "无此类别"]) == 2
    assert "没有符合条件的行" in capsys.readouterr().err


# --- sizes, ids, coverage and kinds: every table asks them, each with its own minimums ---

SEVEN_DOCS = (MI, RP, RC, RT, HP, RD, GE)
CALCULATORS = frozenset(
    {
        "inpatient",
        "special_outpatient",
        "two_diseases",
        "general_outpatient",
        "contribution",
        "custodian_pay",
        "road_subsidy",
    }
)
LOOKUP_KINDS = {"amount", "ratio", "date", "body", "list", "procedure"}
SOURCE_WORDS = ("哪个文件", "哪一条", "哪条")  # a turn asking where a rule stands


@dataclass(frozen=True)
class Shape:
    """A table's split, id prefix and least counts: what its data test asks of its rows.

    A count left None is one the table's test does not ask for (the tables differ in which)."""

    split: str
    prefix: str | None  # every id starts with it (None: the table's test does not ask)
    minimum: dict[str, int]
    rows: int | None = None  # rows in the table
    answers: int | None = None  # questions and dialogue turns
    lookups: int | None = None  # lookup + eligibility rows
    declined: int | None = None  # out-of-scope places, schemes and years
    look_alikes: int | None = None  # in-scope places, scheme aliases and years
    declined_and_look_alikes: int | None = None  # the two above together
    turns: int | None = None  # dialogue turns
    per_document: int | None = None  # fact-absent rows per document
    missing_one: int | None = None  # calculations missing exactly one input


def shaped(
    sizes: Shape, split: str, prefix: str, minimum: dict[str, int] | None = None, **changes
) -> Shape:
    """A table's Shape: the sizes its kind of table asks for (one of the *_SIZES below), with
    the table's split and id prefix and any category minimum or count it asks otherwise."""
    return replace(
        sizes, split=split, prefix=prefix, minimum={**sizes.minimum, **(minimum or {})}, **changes
    )


# the sizes the held-out tables ask for, by the table that first asked them (split and prefix
# are each table's own, set by `shaped`)
EARLY_HELD_OUT_SIZES = Shape(  # phrasings3 (15 English rows) and 5
    split="",
    prefix=None,
    minimum={
        "calculation": 50,
        "fact_absent": 40,
        "hostile_malformed": 40,
        "english": 12,
        "user_titles": 40,
        "multi_part": 10,
        "not_about_documents": 15,
        "dialogue": 30,
    },
    lookups=80,
    declined=60,
    look_alikes=25,
    turns=110,
    per_document=5,
)
HELD_OUT_SIZES = replace(  # phrasings7, 10 and 12
    EARLY_HELD_OUT_SIZES,
    minimum={**EARLY_HELD_OUT_SIZES.minimum, "fact_absent": 45, "dialogue": 33},
    turns=115,
    missing_one=5,
)
LATER_SIZES = Shape(  # phrasings13–16
    split="",
    prefix=None,
    minimum={
        "calculation": 60,
        "fact_absent": 55,
        "hostile_malformed": 40,
        "english": 12,
        "user_titles": 45,
        "multi_part": 10,
        "not_about_documents": 15,
        "dialogue": 36,
        "in_scope_detail": 30,
    },
    lookups=90,
    look_alikes=30,
    turns=120,
    per_document=6,
    missing_one=6,
)


def _at_least(count: int, least: int | None, what: str) -> None:
    if least is not None:
        assert count >= least, (what, count, least)


def assert_sizes(rows: list[dict], shape: Shape) -> None:
    counts = Counter(r["category"] for r in rows)
    for category, least in shape.minimum.items():
        assert counts[category] >= least, category
    _at_least(len(rows), shape.rows, "rows")
    _at_least(sum(len(r.get("turns") or [r]) for r in rows), shape.answers, "answers")
    _at_least(counts["lookup"] + counts["eligibility"], shape.lookups, "lookups")
    declined = sum(
        counts[c] for c in ("out_of_scope_place", "out_of_scope_scheme", "out_of_scope_year")
    )
    _at_least(declined, shape.declined, "declined")
    look_alikes = counts["in_scope_place"] + counts["scheme_alias"] + counts["in_scope_year"]
    _at_least(look_alikes, shape.look_alikes, "look-alikes")
    both = declined + look_alikes
    _at_least(both, shape.declined_and_look_alikes, "declined and look-alikes")
    turns = sum(len(r["turns"]) for r in rows if r["category"] == "dialogue")
    _at_least(turns, shape.turns, "dialogue turns")


def assert_split_and_ids(rows: list[dict], shape: Shape, earlier: list[Path]) -> None:
    """One split, unique ids (with the table's prefix), none an earlier table's."""
    from evaluation.phrasings.runner import load_rows

    assert {r["split"] for r in rows} == {shape.split}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    if shape.prefix is not None:
        assert all(i.startswith(shape.prefix) for i in ids)
    before = {r["id"] for folder in earlier for r in load_rows(folder)}
    assert not set(ids) & before


def assert_lookup_kinds_and_calculators(rows: list[dict]) -> None:
    """Lookups of every fact type; calculations by all seven calculators."""
    fact_types = {r["fact_type"] for r in rows if r["category"] == "lookup"}
    assert fact_types == LOOKUP_KINDS
    calculators = {r["calculator"] for r in rows if r["category"] == "calculation"}
    assert len(calculators) == 7


def assert_split_ids_and_coverage(rows: list[dict], shape: Shape, earlier: list[Path]) -> None:
    assert_split_and_ids(rows, shape, earlier)
    assert_lookup_kinds_and_calculators(rows)


def assert_every_calculator(rows: list[dict]) -> None:
    """Calculation rows (those naming a calculator) use all seven calculators."""
    calculators = {
        r["calculator"] for r in rows if r["category"] == "calculation" and "calculator" in r
    }
    assert calculators >= CALCULATORS


def assert_lookups_cover_seven_documents(rows: list[dict]) -> None:
    docs = {g["doc"] for r in rows if r["category"] == "lookup" for g in r["gold"]}
    assert docs == set(SEVEN_DOCS)


def assert_fact_absent_spread(
    rows: list[dict], least: int, *, every_row_related: bool, typed: bool
) -> None:
    """Fact-absent rows on each of the seven documents (their first related place), at least
    `least` a document. every_row_related: every row names a related place (otherwise rows
    without one are passed over); typed: every row has a fact type."""
    absent = [r for r in rows if r["category"] == "fact_absent"]
    related = absent if every_row_related else [r for r in absent if r.get("related")]
    per_doc = Counter(r["related"][0]["doc"] for r in related)
    assert set(per_doc) == set(SEVEN_DOCS)
    assert min(per_doc.values()) >= least, per_doc
    if typed:
        assert all(r.get("fact_type") for r in absent)


def assert_documents_covered(rows: list[dict], shape: Shape) -> None:
    """Lookups on all seven documents; fact-absent rows on each, typed."""
    assert_lookups_cover_seven_documents(rows)
    assert shape.per_document is not None
    assert_fact_absent_spread(rows, shape.per_document, every_row_related=False, typed=True)


def assert_user_titles_cover(rows: list[dict], declines: int, calculations: int = 0) -> None:
    """User titles on all seven documents, some declined, some calculated."""
    titles = [r for r in rows if r["category"] == "user_titles"]
    docs = {g["doc"] for r in titles for g in r.get("gold", [])}
    assert set(SEVEN_DOCS) <= docs
    assert sum(r["status"] == "out_of_scope" for r in titles) >= declines
    if calculations:
        assert sum("calculator" in r for r in titles) >= calculations


def assert_malformed_inputs_name(rows: list[dict], fields: set[str], named: int = 0) -> None:
    """Malformed-input rows whose error must name the field: at least `named`, naming `fields`."""
    rows_named = [
        r for r in rows if r["category"] == "hostile_malformed" and r.get("error_contains")
    ]
    if named:
        assert len(rows_named) >= named
    assert fields <= {f for r in rows_named for f in r["error_contains"]}


@dataclass(frozen=True)
class DialogueKinds:
    """The least number of each kind of dialogue turn a table's test asks for."""

    switches: int  # topic switches after a pending follow-up (not_follow_up_for)
    errors: int
    whys: int  # 为什么/为啥/怎么…
    sources: int  # where does this stand (SOURCE_WORDS, or source_words)
    source_words: tuple[str, ...] = SOURCE_WORDS
    follow_ons: int | None = None  # 那…/要是…/如果…/换成…/…呢
    english: bool = True  # an English turn
    declines: int | None = None  # out-of-scope turns
    calculators: frozenset[str] = frozenset()  # calculators the turns must use
    calculated: bool = True  # calculators counted only on turns with expected figures


# the held-out tables' (phrasings3 and 5): switches, errors, whys, sources, an English turn
EARLY_HELD_OUT_DIALOGUES = DialogueKinds(switches=6, errors=3, whys=8, sources=5)
# the later held-out tables' (phrasings7 on): the same, with custodian and road calculations
HELD_OUT_DIALOGUES = replace(
    EARLY_HELD_OUT_DIALOGUES, calculators=frozenset({"custodian_pay", "road_subsidy"})
)
# the later tuning tables' (phrasings9 and 11): follow-ons and declines too, no English turn
# asked; custodian, road and contribution calculators named on any turn
TUNING_DIALOGUES = DialogueKinds(
    switches=8,
    errors=2,
    whys=10,
    sources=5,
    source_words=(*SOURCE_WORDS, "出自哪"),
    follow_ons=12,
    english=False,
    declines=3,
    calculators=frozenset({"custodian_pay", "road_subsidy", "contribution"}),
    calculated=False,
)


def assert_dialogue_turn_kinds(rows: list[dict], kinds: DialogueKinds) -> None:
    """Topic switches, errors, whys, sources (and as asked: follow-ons, English, declines, the
    named calculators); the yearly cap reached by two calculators."""
    dialogue = [(t["user"], t["expect"]) for r in rows if "turns" in r for t in r["turns"]]
    assert sum(bool(x.get("not_follow_up_for")) for _, x in dialogue) >= kinds.switches
    assert sum(x.get("status") == "error" for _, x in dialogue) >= kinds.errors
    assert sum(u.startswith(("为什么", "为啥", "怎么")) for u, _ in dialogue) >= kinds.whys
    sources = sum(any(w in u for w in kinds.source_words) for u, _ in dialogue)
    assert sources >= kinds.sources
    if kinds.follow_ons is not None:
        follow_ons = sum(
            u.startswith(("那", "要是", "如果", "换成")) or u.endswith("呢") for u, _ in dialogue
        )
        assert follow_ons >= kinds.follow_ons
    if kinds.english:
        assert any(u.isascii() for u, _ in dialogue)
    if kinds.declines is not None:
        assert sum(x.get("status") == "out_of_scope" for _, x in dialogue) >= kinds.declines
    capped = [x for _, x in dialogue if "uncapped_payment" in (x.get("expected") or {})]
    assert len({x["calculator"] for x in capped}) >= 2  # e.g. stays and outpatient months
    if kinds.calculators:
        calculators = {
            x.get("calculator") for _, x in dialogue if x.get("expected") or not kinds.calculated
        }
        assert kinds.calculators <= calculators


def assert_corrections_and_document_switches(rows: list[dict]) -> None:
    """A malformed input corrected in the next turn; relic and medical turns in one dialogue."""
    dialogues = [[t["expect"] for t in r["turns"]] for r in rows if "turns" in r]
    corrected = [
        d
        for d in dialogues
        for a, b in zip(d, d[1:], strict=False)
        if a.get("status") == "error" and b.get("expected")
    ]
    assert len(corrected) >= 3

    def docs(d):
        return {g["doc"] for x in d for g in x.get("gold") or []}

    assert sum({RP, MI} <= docs(d) for d in dialogues) >= 2  # relic <-> medical


def assert_dialogue_kinds(rows: list[dict]) -> None:
    """Topic switches, errors, whys, sources, English, the cap by two calculators, custodian and
    road calculations; a malformed input corrected; relic and medical turns in one dialogue."""
    assert_dialogue_turn_kinds(rows, HELD_OUT_DIALOGUES)
    assert_corrections_and_document_switches(rows)


def assert_missing_one_input(rows: list[dict], shape: Shape) -> None:
    missing = [
        r["follow_up_for"]
        for r in rows
        if r["category"] == "calculation" and r.get("follow_up_for")
    ]
    assert shape.missing_one is not None
    assert len(missing) >= shape.missing_one and all(len(m) == 1 for m in missing)


def tables_before(here: Path, number: int) -> list[Path]:
    """Every table before the number-th (phrasings, phrasings2 … phrasings<number-1>), tuning
    and held-out alike: a new row must not be one of their phrasings."""
    return earlier_tables(here, "phrasings", *(f"phrasings{n}" for n in range(2, number)))


def in_scope_details(rows: list[dict], least: int = 30) -> list[dict]:
    """The in-scope detail rows (at least `least`), each answered with its gold place and terms,
    never declined (these catch false declines)."""
    details = [r for r in rows if r["category"] == "in_scope_detail"]
    assert len(details) >= least
    assert all(r["status"] == "answered" and r["gold"] and r["answer_contains"] for r in details)
    return details


# the kinds of in-scope detail a table states in `fact_type` (phrasings13, 15) …
DETAIL_FACT_TYPES = {"period", "deadline", "frequency", "payer", "format", "channel", "count"}
# … or, every one of them, in `detail` (phrasings14, 16)
DETAIL_KINDS = {
    "period",
    "deadline",
    "frequency",
    "charge",
    "who_pays",
    "channel",
    "form",
    "count",
}


def assert_details_by_fact_type(rows: list[dict]) -> None:
    """In-scope details answered, with at least the kinds of DETAIL_FACT_TYPES."""
    kinds = {r["fact_type"] for r in in_scope_details(rows)}
    assert kinds >= DETAIL_FACT_TYPES


def assert_details_across_kinds_and_documents(rows: list[dict]) -> None:
    """In-scope details answered, of exactly the DETAIL_KINDS, on all seven documents."""
    details = in_scope_details(rows)
    assert {r["detail"] for r in details} == DETAIL_KINDS
    assert {g["doc"] for r in details for g in r["gold"]} == set(SEVEN_DOCS)


# --- the tests themselves: a table's test module subclasses one of these as class Test… ---


class TableChecks:
    """The tests every phrasing table's data test makes (phrasings2 on), whatever its shape.

    A table's test module subclasses this (or a class below) under a name pytest collects
    (TestPhrasingsN), names its generator module, runner name, earlier tables and the least
    number of figures checked, and adds the tests only that table makes as methods."""

    generate: ModuleType  # the table's generate module (its HERE is the table's folder)
    name: str  # the runner's --table name
    earlier: list[Path]  # tables whose phrasings a row must not repeat
    figures: int  # least number of expected figures checked against the reference

    @pytest.fixture(scope="class")
    @classmethod
    def rows(cls) -> list[dict]:
        """The table's rows, read once for all its tests."""
        from evaluation.phrasings.runner import load_rows

        return load_rows(cls.generate.HERE)

    def test_files_are_what_the_generator_writes(self, tmp_path) -> None:
        assert_files_are_generated(self.generate, tmp_path)

    def test_every_expectation_is_well_formed(self, rows) -> None:
        assert_expectations_well_formed(rows)

    def test_every_gold_place_is_in_the_gazette(self, rows, corpus) -> None:
        assert not checks.missing_places(rows, corpus)

    def test_every_expected_term_is_in_a_gold_place(self, rows, corpus) -> None:
        """An expected term is quoted from the gold clause (or names its document)."""
        assert not checks.terms_not_in_gold(rows, corpus)

    def test_every_figure_is_the_reference_reading_of_the_inputs(self, rows) -> None:
        assert checks.figures_checked(rows) >= self.figures

    def test_no_row_repeats_or_closely_paraphrases_earlier_questions(self, rows) -> None:
        assert_no_copies(rows, self.generate.HERE, self.earlier)

    def test_the_runner_reads_this_table(self) -> None:
        assert_runner_reads(self.name, self.generate.HERE)

    def test_the_runner_takes_the_table_by_name(self, capsys) -> None:
        assert_runner_takes_name(self.name, capsys)


class DistinctTableChecks(TableChecks):
    """TableChecks, and no two rows of the table one phrasing (phrasings3 on)."""

    def test_no_two_rows_of_this_table_are_one_phrasing(self, rows) -> None:
        assert not checks.within_table_close(rows)


class WeightedTableChecks(DistinctTableChecks):
    """DistinctTableChecks, and the table's sizes (weighted toward the weakest categories), split,
    ids and coverage by its Shape (the held-out tables, and phrasings12 on)."""

    shape: Shape

    def test_sizes_weighted_toward_the_weakest_categories(self, rows) -> None:
        assert_sizes(rows, self.shape)

    def test_split_ids_and_coverage(self, rows) -> None:
        assert_split_ids_and_coverage(rows, self.shape, self.earlier)


class EarlyHeldOutChecks(WeightedTableChecks):
    """The held-out tables' tests (phrasings3 and 5): WeightedTableChecks, fact-absent rows
    spread over the seven documents, the dialogue turn kinds of `dialogue_kinds`."""

    dialogue_kinds: DialogueKinds = EARLY_HELD_OUT_DIALOGUES

    def test_fact_absent_rows_are_balanced_across_the_seven_documents(self, rows) -> None:
        """These tables' fact-absent rows carry no fact type, so only their spread is checked."""
        assert_fact_absent_spread(
            rows, self.shape.per_document, every_row_related=False, typed=False
        )

    def test_dialogues_hold_the_turn_kinds_asked_for(self, rows) -> None:
        assert_dialogue_turn_kinds(rows, self.dialogue_kinds)


class HeldOutChecks(EarlyHeldOutChecks):
    """phrasings7 and 10: EarlyHeldOutChecks with custodian and road turns, lookups on all seven
    documents, malformed inputs corrected, relic and medical turns in one dialogue, calculations
    missing one input."""

    dialogue_kinds = HELD_OUT_DIALOGUES

    def test_lookups_cover_all_seven_documents(self, rows) -> None:
        assert_lookups_cover_seven_documents(rows)

    def test_dialogues_correct_malformed_input_and_switch_documents(self, rows) -> None:
        assert_corrections_and_document_switches(rows)

    def test_calculations_missing_one_input(self, rows) -> None:
        assert_missing_one_input(rows, self.shape)


class TuningChecks(DistinctTableChecks):
    """The tuning tables' tests (phrasings6, 8, 9, 11): split and ids, fact-absent rows on each
    of the seven documents (every row naming a related place), malformed inputs naming
    `malformed_fields`, the dialogue turn kinds of `dialogue_kinds`."""

    shape: Shape
    dialogue_kinds: DialogueKinds
    malformed_fields = frozenset({"费用", "档次", "级别", "年龄", "月"})
    typed_fact_absent = False  # every fact-absent row has a fact type

    def test_split_and_ids(self, rows) -> None:
        assert_split_and_ids(rows, self.shape, self.earlier)

    def test_fact_absent_rows_cover_the_seven_documents(self, rows) -> None:
        assert_fact_absent_spread(
            rows, self.shape.per_document, every_row_related=True, typed=self.typed_fact_absent
        )

    def test_malformed_inputs_name_the_field(self, rows) -> None:
        assert_malformed_inputs_name(rows, set(self.malformed_fields))

    def test_dialogues_hold_the_turn_kinds_asked_for(self, rows) -> None:
        assert_dialogue_turn_kinds(rows, self.dialogue_kinds)


class LaterTuningChecks(TuningChecks):
    """phrasings9 and 11: TuningChecks with typed fact-absent rows, at least `bare_details` bare
    ones, user titles on the seven documents (some declined, some calculated), every calculator
    and the later tuning tables' dialogue kinds."""

    dialogue_kinds = TUNING_DIALOGUES
    typed_fact_absent = True
    bare_details: int

    def test_sizes_asked_for(self, rows) -> None:
        assert_sizes(rows, self.shape)

    def test_bare_fact_absent_questions_carry_no_unit_and_name_nothing(self, rows) -> None:
        """At least `bare_details` ask a detail (how many times, online or not, which format,
        whether needed) with no unit or figure and no named body, place or date in the question."""
        assert_bare_details(rows, self.bare_details)

    def test_user_titles_cover_the_seven_documents_and_declines(self, rows) -> None:
        assert_user_titles_cover(rows, declines=5, calculations=4)

    def test_calculations_use_every_calculator(self, rows) -> None:
        assert_every_calculator(rows)


class LaterTableChecks(WeightedTableChecks):
    """The tests of the later tables (phrasings12 on), all with one shape of test: sizes,
    split, ids and coverage, documents, bare details, dialogue kinds and missing inputs, each
    with the table's own Shape."""

    figures = 90
    bare_details = 25  # least number of bare fact-absent details

    def test_lookups_and_fact_absent_rows_cover_the_seven_documents(self, rows) -> None:
        assert_documents_covered(rows, self.shape)

    def test_bare_fact_absent_questions_carry_no_unit_and_name_nothing(self, rows) -> None:
        """At least `bare_details` ask a detail (how many, online or not, which form, whether
        needed) with no unit or figure and no named body, place or date in the question."""
        assert_bare_details(rows, self.bare_details)

    def test_dialogues_hold_the_turn_kinds_asked_for(self, rows) -> None:
        assert_dialogue_kinds(rows)

    def test_calculations_missing_one_input(self, rows) -> None:
        assert_missing_one_input(rows, self.shape)
