"""Amounts as people write them, read exactly or reported as malformed — never read in part.

Accepted: 20000, 2,000, 20000.5, ２００００ (full width), 2万, 1.5万, 1.5w/1.5W, 15k, 8千,
1万5, 1w5, 3万5千, 1万2000, 一万五, 两万五, 两千五百, 一千二, 一点五万, each optionally
followed by 元/块/块钱. Chinese numerals are read by cn2an; this module only adds what cn2an
does not do: w/k, thousands separators, exact decimals (cn2an returns floats and truncates
"1.23456万"), and deciding what in a sentence is an amount at all.

Anything that looks like an amount but is not one of those forms — "2e9", "12,00", "1.2.3万",
"一点二万五", "2万万", "3千多" — is returned as Malformed with the reason, so the caller can
say which field was wrong instead of computing on a part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import cn2an

# Same length as the input, so spans found in the normalized text index the original too.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．－ｗＷｋＫｅＥ＋", "0123456789.-wWkKeE+")
CN_DIGIT_CHARS = "零〇一二两俩三四五六七八九壹贰叁肆伍陆柒捌玖"
CN_DIGIT = {
    **{ch: i for i, ch in enumerate("零一二三四五六七八九")},
    "〇": 0,
    "两": 2,
    "俩": 2,
    **{ch: i + 1 for i, ch in enumerate("壹贰叁肆伍陆柒捌玖")},
}
CN_UNIT_CHARS = "十拾百佰千仟万萬亿億"
CN_CHARS = CN_DIGIT_CHARS + CN_UNIT_CHARS
MAGNITUDE = {"万": 10000, "萬": 10000, "w": 10000, "W": 10000, "千": 1000, "仟": 1000, "k": 1000}
MAGNITUDE |= {"K": 1000, "亿": 100000000, "億": 100000000, "百": 100, "佰": 100}
# The characters that mark a run as money rather than a label or a count (十二 is a count).
AMOUNT_SIGNS = set("百佰千仟万萬亿億wWkK")

_D = "0-9"
LABEL_AFTER = "级岁个处次年月天%/档号日周"
COUNT_AFTER = "级岁个处次年月天档号日周"  # (a count's label after a numeral, not / or %)
CANDIDATE_RE = re.compile(
    rf"(?P<sign>[-−负](?=[{_D}{CN_DIGIT_CHARS}十]))?"
    rf"(?P<core>[{_D}{CN_DIGIT_CHARS}十拾]"
    # (a Chinese numeral right after digits and before a count's label starts a count of its
    # own: "2020和2021两年" is no "2021两")
    rf"(?:[{_D}]|[{CN_UNIT_CHARS}]|(?<![{_D}])[{CN_DIGIT_CHARS}]|[{CN_DIGIT_CHARS}](?![{COUNT_AFTER}])"
    rf"|[wWkK](?![A-Za-z])|[.,](?=[{_D}])|点(?=[{_D}{CN_DIGIT_CHARS}])"
    rf"|(?<=[{_D}])[eE][+-]?(?=[{_D}]))*)"
    r"(?P<approx>[多余])?"
    r"\s*(?P<unit>元|块钱|块)?"
)
# "2，000": a full-width comma inside digits is either a typo'd separator or two numbers; ask
# "12，000元" is one amount with a full-width separator (refused: ambiguous); "58，120档" is two
# values, the last with its own label (an age, then a tier), and is no amount at all
FULL_WIDTH_GROUPS_RE = re.compile(
    rf"(?<![\d.,])\d{{1,3}}(?:，\d{{3}})+(?![\d.,])(?!\s*[{LABEL_AFTER}])(?:\s*(?:元|块钱|块))?"
)
DATE_RE = re.compile(r"\d{4}[.]\d{1,2}[.]\d{1,2}")
# "NaN元", "Infinity元", "abc块": words where an amount should be
WORD_AMOUNT_RE = re.compile(
    rf"(?<![A-Za-z0-9{CN_CHARS}.])[A-Za-z]{{2,}}[A-Za-z.+\-]*\s*(?:元|块钱|块)"
)
# letters or signs standing where a figure is written ("xx元", "账单 ¥¥¥", "🈚 个月", "abc 岁"):
# a value withheld or garbled, which no reading may guess
STAND_IN = (
    r"(?:[A-Za-z]{2,}|[xX？?]+|[^\s\w，。？?！!、；;：:,.…\-—~～()（）【】《》“”\"'\u4e00-\u9fff]+)"
)
MONEY_STAND_IN_RE = re.compile(
    rf"(?:花了|花费|花掉|账单|费用|金额|自付了?|交了)\s*(?P<piece>{STAND_IN})(?=\s|$|[元块，,。？?报])"
    # ("花了RMB 3000", "CNY 3000": a currency's name before the figure is no stand-in)
    rf"(?!\s*[0-9０-９{CN_DIGIT_CHARS}])"
)
# "费用：见附件", "花费栏写着🤑🤑", "金额写的 ½ 元": a cost's field said filled in with no figure
MONEY_WRITTEN_RE = re.compile(
    r"(?:费用|花费|金额|医药费|住院费|药费)(?:栏|那栏|一栏)?\s*"
    r"(?:写着|写的是|写的|写了|填的是|填的|填了|填着|[:：])\s*"
    rf"(?P<piece>(?![^\s，,。；;]*(?:多少|几|啥|什么|怎么))[^\s，,。；;0-9０-９{CN_DIGIT_CHARS}]{{1,8}})"
    r"(?=\s|$|[元块，,。；;？?])"
)
# "花费 35%": a share where the cost should be
PERCENT_AS_MONEY_RE = re.compile(r"(?:费用|花费|金额|花了)\s*(?P<piece>\d+(?:\.\d+)?\s*[%％])")
# jiao and fen after 元/块: "3块5", "5毛", "3角4分"
CHANGE_RE = re.compile(
    rf"(?P<jiao>[0-9{CN_DIGIT_CHARS}])\s*(?P<jiao_unit>毛|角)?"
    rf"(?:(?P<fen>[0-9{CN_DIGIT_CHARS}])\s*分)?(?![0-9{CN_CHARS}万千kKwW.{LABEL_AFTER}])"
)
# "1-2万", "2万~3万", "60到120元": a range is not one amount
_PIECE = rf"[{_D}{CN_CHARS}.wWkK]+\s*(?:元|块钱|块)?"
RANGE_RE = re.compile(rf"(?<![{_D}{CN_CHARS}.:：A-Za-z])({_PIECE})\s*[-~～—–至到]\s*({_PIECE})")
# "一万五千块或两万", "8000还是9000": two sums offered, neither said to be the one
EITHER_RE = re.compile(
    rf"(?<![{_D}{CN_CHARS}.:：A-Za-z])({_PIECE})\s*(?:块|元)?\s*(?:或者|或是|或|还是)\s*({_PIECE})"
)
# "要么一万二要么一万四": two amounts offered, neither chosen
EITHER_SAID_RE = re.compile(
    rf"要么\s*({_PIECE})\s*(?:块|元)?\s*[，,、\s]?\s*要么\s*({_PIECE})"
    # "不是九千就是九千五": two amounts, one of them right
    rf"|不是\s*({_PIECE})\s*(?:块|元)?\s*[，,、\s]?\s*就是\s*({_PIECE})"
)
# "7/8/9千", "8000/9000/1万": several sums offered with slashes
SLASHED_RE = re.compile(
    rf"(?<![{_D}/])[{_D}]+(?:\.\d+)?(?:\s*/\s*[{_D}]+(?:\.\d+)?){{2,}}\s*(?:万|千|百|元|块|[wWkK])?"
)
# a field filled with a placeholder or a word ("金额填的undefined", "费用是NaN")
PLACEHOLDER_RE = re.compile(
    r"(?:金额|费用|医药费|花费|花了|合规费用)\s*(?:填的是|填的|填了|写的是|写的|写了|是|为)?\s*"
    r"((?:undefined|null|none|nan|n/a|NaN|NULL|None|N/A|x{3}|X{3}|\?\?+|？？+))"
)
# "大概两万", "2万左右", "20000+": an estimate is not the amount
APPROX_RE = re.compile(
    rf"(?:大概|大约|约莫|约|差不多|估计)\s*({_PIECE})|({_PIECE})\s*(?:左右|上下|出头|\+)"
    # "百来块", "3万来块": 来 after a round number is about that much
    rf"|([{_D}{CN_CHARS}.wWkK]+)\s*来\s*(?=块|元|万|千)"
    # "花了几千块", "交了好几万": a sum spent but not given ("封顶几万块" asks one instead)
    r"|(?:花了?|用了|交了|付了|掏了|花费|费用)\s*((?:好)?几\s*(?:十|百|千|万|十万)\s*(?:块钱|块|元)?)"
    # "大几千", "小几万": a size, never an amount
    r"|((?:大|小)几\s*(?:十|百|千|万|十万)\s*(?:块钱|块|元)?)"
    # "好几万吧": more than one of the unit, never a figure (a question asks 几万 without 好)
    r"|(好几\s*(?:十|百|千|万|十万)\s*(?:块钱|块|元)?)"
)
# vague sizes, never an amount: "万把块", "数万元", "上千块", "十几万", "二十几万", "一万几"
# what a count is counted in: "三四十岁", "十几个人", "上千人" are no money
COUNTED = "个岁次月年天处级档号周日人名位口家户种项条"
VAGUE_RE = re.compile(
    r"(?:[百千万]把|数\s*(?:百|千|万|十万|百万)|上\s*(?:千|万|十万|百万)|"
    rf"(?<![{_D}{CN_CHARS}])[{_D}{CN_CHARS}]+几\s*(?=[十百千万块元])(?:十|百|千|万)*|"
    rf"(?<![{_D}{CN_CHARS}])[{_D}{CN_CHARS}]*[百千万]几)"
    rf"\s*(?:块钱|块|元)?(?![{COUNTED}十百千万])"
)
# two neighbouring numerals are a span: "两三千", "三四万", "一两万块", "七八百元"
NEIGHBOURS_RE = re.compile(
    rf"(?<![{_D}{CN_CHARS}])(?:一两|两三|二三|三四|三五|四五|五六|六七|七八|八九)\s*"
    rf"(?:十|百|千|万)+\s*(?:块钱|块|元)?(?![{COUNTED}十百千万])"
)
# "几十万", "几千块" alone ask a size ("能报几千") or guess one: never read as 十万 or 千
ASKED_SIZE_RE = re.compile(r"几\s*(?:十|百|千|万)+\s*(?:块钱|块|元)?")
# "1/2万" (a fraction), "0x3E8元" (hexadecimal): written as no one writes money
NOT_DECIMAL_RE = re.compile(
    r"(?<![\d/])\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?\s*(?:万|千|元|块|[wWkK])|0[xX][0-9a-fA-F]+\s*(?:元|块)?"
)
# "20 000元": a space inside the digits leaves two numbers or one; ask
# "20 000元": digits grouped by spaces; not "1千8 120档" or "一天30 250档", two numbers whose
# first closes a written amount or whose last carries its own label
SPACED_RE = re.compile(
    rf"(?<![\d.千万百kKwW])\d{{1,3}}(?: \d{{3}})+(?![\d.]|\s*[{LABEL_AFTER}])(?:\s*(?:元|块钱|块))?"
)
# "RMB20000", "CNY 3000": the currency named before the digits is money, not a label
CURRENCY_BEFORE = re.compile(r"(?:RMB|CNY|rmb|cny)\s*$")
PLAIN_RE = re.compile(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?")


class AmountFormatError(ValueError):
    """Text that looks like an amount but is not one of the accepted forms; says why in Chinese."""


@dataclass
class Amount:
    value: Decimal
    start: int
    end: int
    has_unit: bool  # written with 元/块/万/千/w/k (so surely money, not a label or a count)


@dataclass(frozen=True)
class Malformed:
    """A piece of the sentence that looks like an amount and cannot be read exactly."""

    text: str  # as written in the original sentence
    start: int
    end: int
    reason: str  # Chinese, e.g. "不支持科学计数法"
    # a range or an estimate ("1-2万", "2万左右"): wrong as an input to a sum, but a question
    # about the rules may quote one ("工资是1200-1400元吗")
    estimate: bool = False


@dataclass
class AmountScan:
    amounts: list[Amount]
    malformed: list[Malformed]


ALLOWED_FORMS = "请写成 20000、2万、1.5万 或 两万五"

# the hedge around one round figure ("差不多6千", "2万左右", "大概两万吧"): what is left is
# the figure itself; a range, a vague size or "多" (两万多) leaves no single figure
# ("三千来块", "两万来元": 来 after a round figure is about that much, as 左右 is)
HEDGE = re.compile(
    r"大概|大约|约莫|约|差不多|估计|左右|上下|出头|的样子|吧|\+|(?<=[千百万十])来(?=\s*(?:块|元|$))"
)
NO_POINT = re.compile(r"几|多|来|把|数|上千|上万|到|至|[-~～－—]")


def point_of_estimate(piece: Malformed) -> Decimal | None:
    """The one figure an estimate hedges, if it hedges exactly one (an estimate computed as
    such, never as the exact amount)."""
    if not piece.estimate or "约数" not in piece.reason:
        return None
    rest = HEDGE.sub("", piece.text).strip()
    if not rest or NO_POINT.search(rest):
        return None
    scan = scan_amounts(rest)
    if scan.malformed or len(scan.amounts) != 1:
        return None
    return scan.amounts[0].value


SPENT_BEFORE = re.compile(r"(花了|花费了?|花掉了?|掏了|付了|合计|共计)\s*$")
# "床位费每天九十", "床位一天五十": a daily fee named just before a number makes it money
FEE_BEFORE = re.compile(r"(床位|床)(费|钱)?(每天|每日|一天|一晚|每晚)(收|是|要|为)?\s*$")
# "加一块", "放在一块": 一块 after these is "together", never 1 yuan
TOGETHER_BEFORE = re.compile(r"(加|合|凑|算|放|摆|连|搁|堆)(在|到)?$")


def normalize(text: str) -> str:
    """Full-width digits and letters to ASCII; same length as the input."""
    return text.translate(FULL_WIDTH)


def _plain_decimal(text: str) -> Decimal:
    """ASCII digits with an optional decimal part and correct thousands groups."""
    if not PLAIN_RE.fullmatch(text):
        if "," in text:
            raise AmountFormatError("千位分隔符位置不对，应每三位一个逗号，如 12,000")
        if text.count(".") > 1:
            raise AmountFormatError("有不止一个小数点")
        raise AmountFormatError("数字写法无法识别")
    return Decimal(text.replace(",", ""))


def _cn_integer(text: str) -> Decimal:
    """A Chinese integer by cn2an (colloquial tails such as 一万五 included)."""
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError) as exc:
        raise AmountFormatError("中文数字写法无法识别") from exc
    if isinstance(value, float):
        raise AmountFormatError("中文数字写法无法识别")
    return Decimal(int(value))


def _head_decimal(text: str) -> Decimal:
    """The number before a single magnitude: 1.5, 15, 一点五, 十二 — exact, never a float."""
    if not text:
        raise AmountFormatError("单位前面缺少数字")
    if text.isascii():
        return _plain_decimal(text)
    if "点" in text:
        whole, _, fraction = text.partition("点")
        if not fraction or any(ch not in CN_DIGIT for ch in fraction):
            raise AmountFormatError("小数部分写法无法识别")
        digits = "".join(str(CN_DIGIT[ch]) for ch in fraction)
        return _cn_integer(whole) + Decimal(f"0.{digits}")
    if any(ch.isascii() for ch in text):
        raise AmountFormatError("阿拉伯数字和中文数字混写")
    return _cn_integer(text)


def parse_amount(core: str) -> Decimal:
    """One amount written as a whole (no 元): exact Decimal, or AmountFormatError saying why."""
    text = normalize(core).strip()
    if not text:
        raise AmountFormatError("没有数字")
    if re.search(r"\d[eE]", text):
        raise AmountFormatError("不支持科学计数法")
    if re.fullmatch(r"[\d.,]+", text):
        return _plain_decimal(text)
    if max((len(run) for run in re.findall(r"\d+", text)), default=0) > 15:
        raise AmountFormatError("数字过长")
    has_point = "." in text or "点" in text
    if has_point:
        # a decimal takes exactly one trailing magnitude: 1.5万, 一点五万, 2.5k; never 1.2万5
        head, tail = text[:-1], text[-1]
        if tail not in MAGNITUDE or any(ch in MAGNITUDE or ch in "十拾" for ch in head):
            raise AmountFormatError("小数后面只能跟一个单位，如 1.5万，不能再接数字")
        return _exact(_head_decimal(head) * MAGNITUDE[tail])
    # integers: w/k are 万/千; cn2an reads Chinese and mixed forms (1万5, 3万5千, 两万五)
    text = text.translate(str.maketrans("wWkK", "万万千千"))
    if text.isascii():
        return _plain_decimal(text)
    if "," in text:
        raise AmountFormatError("千位分隔符只能用在纯数字中，如 12,000")
    if text[0] in MAGNITUDE:
        raise AmountFormatError("单位前面缺少数字")
    mode = "smart" if any(ch.isdigit() for ch in text) else "normal"
    try:
        value = cn2an.cn2an(text, mode)
    except (ValueError, KeyError, IndexError) as exc:
        raise AmountFormatError("数字和单位的组合无法识别") from exc
    if isinstance(value, float):
        if value != int(value):
            raise AmountFormatError("数字和单位的组合无法识别")
        value = int(value)
    return Decimal(int(value))


def _exact(value: Decimal) -> Decimal:
    """1.50万 → 15000, not 15000.00: whole numbers lose their trailing zeros."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _looks_like_money(core: str, unit: str | None) -> bool:
    return bool(unit) or any(ch.isdigit() for ch in core) or any(ch in AMOUNT_SIGNS for ch in core)


def scan_amounts(text: str) -> AmountScan:
    """Every amount in a sentence, read exactly, and every piece that only looks like one."""
    norm = normalize(text)
    amounts: list[Amount] = []
    malformed = [
        Malformed(text[g.start() : g.end()], g.start(), g.end(), "数字中间用了中文逗号")
        for g in FULL_WIDTH_GROUPS_RE.finditer(norm)
    ]
    malformed += [
        Malformed(text[w.start() : w.end()], w.start(), w.end(), "不是数字")
        for w in WORD_AMOUNT_RE.finditer(norm)
    ]
    malformed += [
        Malformed(
            text[w.start("piece") : w.end("piece")], w.start("piece"), w.end("piece"), "不是数字"
        )
        for w in MONEY_STAND_IN_RE.finditer(norm)
        if not any(p.start <= w.start("piece") < p.end for p in malformed)
    ]
    for pattern, reason in (
        (MONEY_WRITTEN_RE, "不是数字"),
        (PERCENT_AS_MONEY_RE, "是百分比，不是金额"),
    ):
        malformed += [
            Malformed(
                text[w.start("piece") : w.end("piece")], w.start("piece"), w.end("piece"), reason
            )
            for w in pattern.finditer(norm)
            if not any(p.start <= w.start("piece") < p.end for p in malformed)
        ]
    ranges, counts = _not_one_amount(text, norm, malformed)
    malformed += ranges
    taken = [(piece.start, piece.end) for piece in malformed] + counts
    for m in CANDIDATE_RE.finditer(norm):
        core, unit, approx = m.group("core"), m.group("unit"), m.group("approx")
        start = m.start()
        if any(lo < m.end() and start < hi for lo, hi in taken):
            continue
        before = norm[start - 1] if start > 0 else ""
        currency = bool(CURRENCY_BEFORE.search(norm[:start]))
        if before == "第" or (before.isascii() and before.isalpha() and not currency):
            continue  # ordinals (第三次) and labels (G219, A3)
        if CLOCK_TIME.match(norm, start) or (
            before != "" and before in ":：" and norm[start - 2 : start - 1].isdigit()
        ):
            continue  # "张三 10:03": a time of day, not a sum
        unit = unit or ("元" if currency else None)
        if before == ".":
            start -= 1  # ".5万": never read as 5万
            malformed.append(
                Malformed(text[start : m.end()].strip(), start, m.end(), "小数点前缺少数字")
            )
            continue
        if not _looks_like_money(core, unit) and not (
            # "花了九十": a number spent is money, though it has no unit
            (SPENT_BEFORE.search(norm[:start]) or FEE_BEFORE.search(norm[:start]))
            and norm[m.end() : m.end() + 1] not in f"{LABEL_AFTER}回趟遍人名家种项"
        ):
            continue  # 三级, 十二个月, 两病: counts and labels, read elsewhere
        if (
            core == "一"
            and unit == "块"
            and (TOGETHER_BEFORE.search(norm[:start]) or norm[m.end() : m.end() + 1] == "儿")
        ):
            continue  # "补贴加一块是六百九", "算一块儿": together, not one yuan
        has_magnitude = any(ch in AMOUNT_SIGNS for ch in core)
        following = norm[m.end() : m.end() + 1]
        if core.isascii() and not unit and not has_magnitude:
            # "合计750 个人交多少": 个人 (one's own) is a word, not 750 counted in 个
            spaced = norm[m.end() - 1 : m.end() + 1].strip() != norm[m.end() - 1 : m.end() + 1]
            own = spaced and norm[m.end() :].lstrip().startswith("个人")
            # "１８０００ 档次120": thousands are never a tier, so the 档 after them is the next one's
            sum_before_tier = following == "档" and spaced and int(core.split(".")[0] or 0) >= 1000
            if following and following in LABEL_AFTER and not own and not sum_before_tier:
                continue  # 250档, 65岁, 3个月, 2020年, 85%
            if DATE_RE.fullmatch(core):
                continue
        end = m.end()
        if approx and not (unit or has_magnitude):
            continue  # 20多岁, 200多: an approximate count, neither read nor money
        if approx:
            malformed.append(  # an estimate: refused as an input, no matter in a rule question
                Malformed(
                    text[start:end].strip(), start, end, "“多/余”是约数，不是确切的金额", True
                )
            )
            continue
        if (
            len(core) > 1
            and core.endswith("一")
            and re.match(r"个?(月|年|天|次|周|季度)", norm[m.end() :])
            and not unit
        ):
            # "一千四一个月": the 一 counts the month, the amount is 一千四
            core, end = core[:-1], end - 1
        hundreds = re.fullmatch(r"([一二三四五六七八九两])百([一二三四五六七八九])万", core)
        try:
            value = (
                # "三百五万": 三百五十万, said short as 一千四 is 一千四百
                Decimal(small_count(hundreds.group(1)) * 100 + small_count(hundreds.group(2)) * 10)
                * 10000
                if hundreds
                else parse_amount(core)
            )
        except AmountFormatError as error:
            malformed.append(Malformed(text[start:end].strip(), start, end, str(error)))
            continue
        except InvalidOperation:
            malformed.append(Malformed(text[start:end].strip(), start, end, "数字写法无法识别"))
            continue
        if m.group("sign"):
            value = -value
        change = CHANGE_RE.match(norm, end) if unit in ("元", "块", "块钱") else None
        if change and (change.group("jiao_unit") or change.group("fen") or unit == "块"):
            # "3块5", "23501块5毛", "12元3角4分": the coins belong to the same amount
            jiao = small_count(change.group("jiao")) or 0
            fen = small_count(change.group("fen") or "0") or 0
            if jiao <= 9 and fen <= 9 and value >= 0:
                value = value + Decimal(jiao) / 10 + Decimal(fen) / 100
                end = change.end()
                taken.append((start, end))
        if unit and re.match(r"\s*(?:元|块)", norm[end:]):  # "15000元元": which one was meant
            again = re.match(r"\s*(?:元|块钱|块)", norm[end:])
            assert again is not None
            stop = end + again.end()
            malformed.append(Malformed(text[start:stop].strip(), start, stop, "单位写了两次"))
            continue
        amounts.append(Amount(value, start, end, bool(unit) or has_magnitude))
    # "花了六千多，具体是6350": an estimate the sentence then states exactly is not the amount
    malformed = [
        piece
        for piece in malformed
        if not (
            piece.estimate
            and any(
                RESTATED.fullmatch(norm[piece.end : a.start])
                for a in amounts
                if a.start > piece.end
            )
        )
    ]
    malformed.sort(key=lambda piece: piece.start)
    return AmountScan(amounts, malformed)


# between an estimate and the exact amount it is restated as ("…，具体是", "，准确说")
RESTATED = re.compile(
    r"[^\d，。？?]{0,3}[，,、\s]*(?:具体|准确|确切|精确|实际|其实|详细)[^\d]{0,5}"
)


def _money_like(piece: str) -> bool:
    """A piece of a range or an estimate that is money: a unit or a magnitude, or 3+ digits."""
    core = piece.strip()
    return (
        bool(re.search(r"元|块", core))
        or any(ch in AMOUNT_SIGNS for ch in core)
        or bool(re.fullmatch(r"\d{3,}(?:\.\d+)?", core))
    )


# "费用NaN", "金额：null": a program's word for no number, where a sum is written
NOT_A_NUMBER_RE = re.compile(
    r"(?:费用|花了|花费|金额|账单|发票|合计|总共|一共|[:：=])\s*(?:显示的?是?|写着|写的是|填的是|是)?\s*"
    r"(NaN|nan|NAN|null|NULL|None|undefined|Infinity|infinity|inf|INF)(?![A-Za-z])"
)


def _not_one_amount(
    text: str, norm: str, found: list[Malformed]
) -> tuple[list[Malformed], list[tuple[int, int]]]:
    """Ranges, estimates and digits split by a space: refused whole, never read in part; and
    the spans of ranges of counts ("25-50岁"), which are no amount at all."""
    pieces: list[Malformed] = []
    counts: list[tuple[int, int]] = []

    def add(start: int, end: int, reason: str, estimate: bool = True) -> None:
        if not any(p.start < end and start < p.end for p in [*found, *pieces]):
            pieces.append(Malformed(text[start:end].strip(), start, end, reason, estimate))

    for m in RANGE_RE.finditer(norm):
        after = norm[m.end() : m.end() + 1]
        if DATE_RE.search(m.group(0)) or (after and after in LABEL_AFTER):
            counts.append(m.span())  # "2020—2025年", "25-50岁": a range of years or ages
            continue
        if not (_money_like(m.group(1)) or _money_like(m.group(2))):
            counts.append(m.span())
            continue
        add(m.start(), m.end(), "写的是一个范围，不是确切的金额")
    for m in EITHER_RE.finditer(norm):
        after = norm[m.end() : m.end() + 2].strip()[:1]
        if after and after in LABEL_AFTER:
            continue  # "花了两万 还是250档": the sum, then the tier kept (还是 = still)
        if _money_like(m.group(1)) and _money_like(m.group(2)):
            add(m.start(), m.end(), "写了两个金额，不知道按哪一个算")
    for m in EITHER_SAID_RE.finditer(norm):
        first, second = m.group(1) or m.group(3), m.group(2) or m.group(4)
        if _money_like(first) and _money_like(second):
            add(m.start(), m.end(), "写了两个金额，不知道按哪一个算")
    for m in SLASHED_RE.finditer(norm):
        numbers = [Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", m.group(0))]
        unit = re.search(r"[万千百元块wWkK]\s*$", m.group(0))
        dated = re.match(r"(19|20)\d{2}\s*/", m.group(0))  # "2020/5/1" is a date
        if unit or (min(numbers) >= 100 and not dated):
            add(m.start(), m.end(), "写了几个金额，不知道按哪一个算", estimate=False)
    for m in PLACEHOLDER_RE.finditer(norm):  # "金额填的undefined": a form's empty value
        add(m.start(1), m.end(1), "不是数字", estimate=False)
    for m in APPROX_RE.finditer(norm):
        piece = m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5) or m.group(6)
        if (
            m.group(5)
            or m.group(6)
            or _money_like(piece)
            # "十来万", "百来块": about that much of the unit after it
            or (m.group(3) and norm[m.end() : m.end() + 1] in "块元万千")
        ):
            end = m.end() + (1 if m.group(3) and norm[m.end() : m.end() + 1] in "块元万千" else 0)
            add(m.start(4) if m.group(4) else m.start(), end, "是约数，不是确切的金额")
    for m in VAGUE_RE.finditer(norm):
        add(m.start(), m.end(), "是约数，不是确切的金额")
    for m in NEIGHBOURS_RE.finditer(norm):
        add(m.start(), m.end(), "写的是一个范围，不是确切的金额")
    counts += [m.span() for m in ASKED_SIZE_RE.finditer(norm)]
    for m in NOT_DECIMAL_RE.finditer(norm):
        reason = "分数不是确切的金额" if "/" in m.group(0) else "不是十进制数字"
        add(m.start(), m.end(), reason, estimate=False)
    for m in SPACED_RE.finditer(norm):
        add(m.start(), m.end(), "数字中间有空格", estimate=False)
    for m in NOT_A_NUMBER_RE.finditer(norm):
        add(m.start(1), m.end(1), "不是数字", estimate=False)
    return pieces, counts


CLOCK_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?![\d.])")


def find_amounts(text: str) -> list[Amount]:
    """Numbers in a sentence read exactly, with positions; ordinals and labels are skipped."""
    return scan_amounts(text).amounts


def malformed_message(field_label: str, piece: Malformed) -> str:
    """ "费用“2e9”不是有效的金额（不支持科学计数法）：请写成 20000、2万、1.5万 或 两万五"."""
    point = point_of_estimate(piece)
    if point is not None and not re.search(r"[多余几]\s*(?:块钱|块|元)?$", piece.text):
        # ("差不多2000": the exact sum is asked in the user's own order of size, not 20000)
        return (
            f"{field_label}“{piece.text}”不是有效的金额（{piece.reason}）：请写确切金额，"
            f"如 {point.normalize():f}（也可写 2万、1.5万 或 两万五）。"
        )
    return f"{field_label}“{piece.text}”不是有效的金额（{piece.reason}）：{ALLOWED_FORMS}。"


def cn_number(text: str) -> Decimal | None:
    """A Chinese integer (一万五 = 15000, 七十 = 70), or None if it is not one."""
    if not text or any(ch not in CN_CHARS for ch in text):
        return None
    try:
        return _cn_integer(text)
    except AmountFormatError:
        return None


def small_count(text: str) -> int | None:
    """ "3", "三", "十二" → int; used for months, days, counties, sites."""
    text = normalize(text).strip()
    if text.isdigit():
        return int(text)
    value = cn_number(text)
    return int(value) if value is not None and value == int(value) else None
