"""The amount grammar: every accepted form read exactly, every look-alike reported, none in part."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.calculators import amounts
from assistant.calculators.amounts import find_amounts

VALID = [
    ("RMB20000", "20000"),  # the currency's name before the digits
    ("CNY 3000", "3000"),
    ("20000", "20000"),
    ("20000元", "20000"),
    ("2,000", "2000"),
    ("12,000元", "12000"),
    ("1,234,567.89", "1234567.89"),
    ("2000.5元", "2000.5"),
    ("0.01元", "0.01"),
    ("２００００", "20000"),
    ("２００００元", "20000"),
    ("１．５万", "15000"),
    ("15ｋ", "15000"),
    ("1.5w", "15000"),
    ("1.5W", "15000"),
    ("1.5万", "15000"),
    ("1.5万元", "15000"),
    ("0.5万", "5000"),
    ("1.23456万", "12345.6"),
    ("2万", "20000"),
    ("3万块", "30000"),
    ("3万块钱", "30000"),
    ("100W", "1000000"),
    ("15k", "15000"),
    ("15K", "15000"),
    ("2.5k", "2500"),
    ("8千", "8000"),
    ("3块5", "3.5"),  # coins after 元/块 belong to the amount, never a second number
    ("2块5毛", "2.5"),
    ("12元3角4分", "12.34"),
    ("两万三千五百零一块五毛", "23501.5"),
    ("8千元", "8000"),
    ("1.5千", "1500"),
    ("1万5", "15000"),
    ("1w5", "15000"),
    ("5万8", "58000"),
    ("1万5千", "15000"),
    ("1万5千元", "15000"),
    ("3万5千", "35000"),
    ("1万2000", "12000"),
    ("1万零5", "10005"),
    ("2千5", "2500"),
    ("1千万", "10000000"),
    ("一万五", "15000"),
    ("一万五千", "15000"),
    ("两万五", "25000"),
    ("两万三千", "23000"),
    ("两万三", "23000"),
    ("两千五百元", "2500"),
    ("两千", "2000"),
    ("一千二", "1200"),
    ("三百五", "350"),
    ("两百五", "250"),
    ("三万五千块钱", "35000"),
    ("五千万", "50000000"),
    ("十万", "100000"),
    ("十五万", "150000"),
    ("一千零五十元", "1050"),
    ("壹仟贰佰元", "1200"),
    ("一点五万", "15000"),
    ("十二元", "12"),
    ("250块", "250"),
    ("250元", "250"),
    ("60元", "60"),
    ("1,000.50", "1000.50"),
]

MALFORMED = [
    "1-2万",  # ranges, estimates and spaced digits: not one exact amount
    "8000~9000元",
    "两万到三万",
    "大概一万五",
    "1.5万左右",
    "30000+",
    "20 000元",
    "NaN元",  # words where an amount should be
    "Infinity元",
    "2e9",
    "2e9元",
    "1e5元",
    "1E5",
    "3e+4元",
    "12,00",
    "1,0000",
    "1,23,456",
    "1.2.3万",
    "1.2.3",
    "一点二万五",
    "1.2万5",
    "2.5w3",
    "2万万",
    "1万1万",
    "3千千",
    "1w1w",
    "3千多",
    "两万多块",
    "5000多元",
    "3万余元",
    ".5万",
    "12345678901234567890万",
    "2，000",
    "12，000元",
    "1，234，567",
]

# Not amounts at all: ordinals, levels, counts, ages, tiers, dates, labels
NOT_AMOUNTS = [
    "25-50岁",  # a range of ages, not money
    "10月1日至12月31日",
    "第三次住院",
    "三级医院",
    "交250档",
    "65岁",
    "3个月",
    "2020年",
    "85%",
    "G219国道",
    "两病",
    "万一住院",
    "快一点",
    "20多岁",
    "十二个月",
    "2020.1.1",
]

# Two numbers side by side stay two numbers
TWO_AMOUNTS = [("2000，300元", ["2000", "300"]), ("250元、300元", ["250", "300"])]


@pytest.mark.parametrize(("text", "value"), VALID)
def test_valid_form_read_exactly(text: str, value: str) -> None:
    for sentence in (text, f"住院花了{text}，能报多少？"):
        assert [a.value for a in find_amounts(sentence)] == [Decimal(value)], sentence
        scan = amounts.scan_amounts(sentence)
        assert [a.value for a in scan.amounts] == [Decimal(value)], sentence
        assert scan.malformed == []
        found = scan.amounts[0]
        assert sentence[found.start : found.end].rstrip("元块钱") in text


@pytest.mark.parametrize("text", MALFORMED)
def test_look_alikes_are_malformed_never_read(text: str) -> None:
    for sentence in (text, f"费用{text}，三级医院"):
        assert find_amounts(sentence) == [], sentence  # never read in part
        scan = amounts.scan_amounts(sentence)
        assert scan.amounts == [], (sentence, scan.amounts)
        assert [m.text for m in scan.malformed] == [text]
        assert scan.malformed[0].reason


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_labels_and_counts_are_neither(text: str) -> None:
    assert find_amounts(text) == []
    scan = amounts.scan_amounts(text)
    assert scan.amounts == [] and scan.malformed == []


@pytest.mark.parametrize(("text", "values"), TWO_AMOUNTS)
def test_neighbouring_amounts_stay_apart(text: str, values: list[str]) -> None:
    assert [a.value for a in find_amounts(text)] == [Decimal(v) for v in values]


def test_table_is_large_enough() -> None:
    assert len(VALID) + len(MALFORMED) + len(NOT_AMOUNTS) >= 80


def test_the_reported_question_reads_the_cost() -> None:
    found = find_amounts("交250档，三级医院第一次住院，花了1.5w，报多少")
    assert [a.value for a in found] == [Decimal(15000)]


def test_malformed_message_names_field_and_allowed_forms() -> None:
    piece = amounts.scan_amounts("费用2e9元").malformed[0]
    message = amounts.malformed_message("费用", piece)
    assert message.startswith("费用“2e9元”不是有效的金额") and "2万" in message


# ---- properties ---------------------------------------------------------------------

YUAN = st.integers(min_value=1, max_value=99_999_999)


def _writings(n: int) -> list[str]:
    forms = [str(n), f"{n:,}", f"{n}元", f"{n}块"]
    if n < 10**8:  # beyond 亿, cn2an cannot read all it writes ("十亿一千"): reported, not read
        forms.append(cn2an.an2cn(n, "low") + "元")
    if n % 10000 == 0:
        forms += [f"{n // 10000}万", f"{n // 10000}w", f"{n // 10000}W"]
    elif n % 1000 == 0:
        forms += [f"{n // 1000}千", f"{n // 1000}k", f"{Decimal(n) / 10000}万"]
    if n >= 10000 and n % 100 == 0:
        forms.append(f"{Decimal(n) / 10000}万元")
    return forms


@settings(max_examples=300, deadline=None, derandomize=True)
@given(n=YUAN | YUAN.map(lambda v: v * 1000) | YUAN.map(lambda v: v * 10000 % 10**9))
def test_every_writing_of_a_number_reads_as_that_number(n: int) -> None:
    for text in _writings(n):
        assert [a.value for a in find_amounts(f"花了{text}")] == [Decimal(n)], text
        assert amounts.scan_amounts(f"花了{text}").malformed == []


@settings(max_examples=300, deadline=None, derandomize=True)
@given(cents=st.integers(min_value=1, max_value=10**10))
def test_decimals_are_exact(cents: int) -> None:
    value = Decimal(cents) / 100
    assert [a.value for a in find_amounts(f"费用{value:.2f}元")] == [value]


ALPHABET = "0123456789.,eEwWkK万千百十一二两三五点元块多第级档年-负 ，２"


@settings(max_examples=500, deadline=None, derandomize=True)
@given(text=st.text(alphabet=ALPHABET, max_size=14))
def test_no_piece_is_both_read_and_malformed(text: str) -> None:
    scan = amounts.scan_amounts(text)
    spans = [(a.start, a.end) for a in scan.amounts] + [(m.start, m.end) for m in scan.malformed]
    spans.sort()
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start  # disjoint: nothing is read in part and flagged in part
    for amount in scan.amounts:
        again = amounts.scan_amounts(text[amount.start : amount.end])
        assert [a.value for a in again.amounts] == [amount.value]  # read as a whole


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.text(max_size=40))
def test_any_text_scans_without_error(text: str) -> None:
    scan = amounts.scan_amounts(text)
    for piece in scan.malformed:
        assert piece.reason and text[piece.start : piece.end].strip() == piece.text


def test_a_range_of_years_is_no_amount() -> None:
    scan = amounts.scan_amounts("规划2020—2025年毕业生多少人")
    assert scan.amounts == [] and scan.malformed == []


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("合规费用3/4万", "3/4万"),
        ("药费0x1F4元", "0x1F4元"),
        ("花了千来块", "千来块"),
        ("住院花了2万来块钱", "2万来块"),
    ],
)
def test_fractions_hexadecimal_and_lai_estimates_are_not_amounts(text: str, piece: str) -> None:
    scan = amounts.scan_amounts(text)
    assert not scan.amounts and [m.text for m in scan.malformed] == [piece]


def test_lai_after_a_count_of_days_is_no_amount() -> None:
    assert [a.value for a in find_amounts("住了十来天花了2万")] == [Decimal("20000")]


@pytest.mark.parametrize(
    "text", ["花了一万五千块或两万", "费用是8000还是9000记不清了", "两万或者两万五"]
)
def test_two_sums_offered_are_refused_not_read_in_part(text) -> None:
    scan = amounts.scan_amounts(text)
    assert not scan.amounts
    assert scan.malformed and "两个金额" in scan.malformed[0].reason
