"""Places named in a question: China's administrative divisions (cpca's table) and Ngari's own.

The gazette is Ngari Prefecture's (adcode 5425), so a place is *home* when it lies in Ngari
(its seven counties, their towns, 狮泉河) and *elsewhere* otherwise. Whether an elsewhere place is
the subject of the question ("日喀则的医保…") or only where an Ngari resident is treated ("在成都
住院…") is decided by the frame, not here.

cpca's code needs `pkg_resources`, which current setuptools no longer ships, so its adcode table
is read directly from the installed package rather than through `import cpca`.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jieba

from corpus.datafiles import read_table

DATA = Path(__file__).parent / "data"
NGARI = "5425"
TIBET = "54"
SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "新区",
    "省",
    "市",
    "盟",
    "州",
    "县",
    "区",
    "旗",
)


# rows of the division table that are containers, not places anyone names
CONTAINERS = {
    "县",
    "市辖区",
    "城区",
    "郊区",
    "矿区",
    "新区",
    "省直辖县级行政区划",
    "自治区直辖县级行政区划",
}


OUTSIDE_THE_MAINLAND = ("71", "81", "82")  # 台湾, 香港, 澳门 (division codes)


@dataclass(frozen=True)
class Place:
    name: str  # as printed in the division table ("日喀则市") or Ngari's town list
    adcode: str  # 6 digits; a town carries its county's
    level: int  # 0 province, 1 prefecture, 2 county, 3 town

    @property
    def home(self) -> bool:
        return self.adcode.startswith(NGARI)

    @property
    def in_tibet(self) -> bool:
        return self.adcode.startswith(TIBET)

    @property
    def abroad(self) -> bool:
        # 香港, 澳门, 台湾 are 境外 for the fund as other countries are (第三十条（十）)
        return self.adcode == ABROAD or self.adcode[:2] in OUTSIDE_THE_MAINLAND


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    said: str


def _divisions_csv() -> Path | None:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    return path if path.exists() else None


def _nations() -> list[str]:
    path = _divisions_csv()
    if path is None:
        return []
    text = (path.parent / "56_nations.csv").read_text(encoding="utf-8")
    return sorted((n.strip() for n in text.split() if n.strip()), key=len, reverse=True)


def _short_forms(name: str, nations: list[str]) -> list[str]:
    forms = [name]
    base = name
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= 2:
            base = base[: -len(suffix)]
            break
    changed = True
    while changed:  # 阿坝藏族羌族 → 阿坝
        changed = False
        for nation in nations:
            if base.endswith(nation) and len(base) - len(nation) >= 2:
                base, changed = base[: -len(nation)], True
    if base != name:
        forms.append(base)
    return forms


@lru_cache(maxsize=1)
def _jieba_tags() -> dict[str, str]:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    tags = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, _freq, tag = line.split()
            tags[word] = tag
    return tags


# jieba's parts of speech that mark an ordinary word: adjectives, adverbs, verbs, conjunctions…
WORD_TAGS = {"a", "ad", "an", "d", "v", "vn", "vd", "c", "p", "u", "i", "l"}


def _plain_word(form: str) -> bool:
    """A short form that is an ordinary word ("合作", "平安", "大同") is not read as a place alone."""
    return _jieba_tags().get(form) in WORD_TAGS


# other countries (Nepal and India border Ngari): pycountry's names in Chinese
ABROAD = "990000"
HOME_COUNTRY = {"CN", "HK", "MO", "TW"}  # China's own places are in the division table
STATE_SUFFIX = re.compile(r"(联邦|王国|共和国|民主共和国|合众国|酋长国|大公国|公国)$")


def _countries() -> list[str]:
    """Country names in Chinese and their short forms (俄罗斯联邦 → 俄罗斯); a name that occurs
    inside the gazette's own words ("增加纳入" holds 加纳) is left out."""
    import gettext

    import pycountry

    try:
        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except OSError:
        return []
    text = _gazette_text()
    names: set[str] = set()
    for country in pycountry.countries:
        if country.alpha_2 in HOME_COUNTRY:
            continue
        name = zh.gettext(country.name)
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", name):
            continue  # untranslated
        names.add(name)
        short = STATE_SUFFIX.sub("", name)
        if len(short) >= 2:
            names.add(short)
    return sorted(n for n in names if n not in text)


@lru_cache(maxsize=1)
def _gazette_text() -> str:
    """The bundled gazette's own words: a name inside them is a word there, not a place."""
    from corpus.parser import DATA_DIR as GAZETTE_DIR

    gazette = GAZETTE_DIR / "gazette-2020.txt"
    return gazette.read_text(encoding="utf-8") if gazette.exists() else ""


def _county_stem(form: str) -> bool:
    """A two-character county stem named alone ("昆山", "晋江"): only when the dictionary knows
    it as a place name and the gazette never uses it as a word of its own."""
    return _jieba_tags().get(form) == "ns" and form not in _gazette_text()


@lru_cache(maxsize=1)
def _divisions() -> tuple[Place, ...]:
    """cpca's divisions (province 0, prefecture 1, county 2), read once."""
    path = _divisions_csv()
    if path is None:
        return ()
    with path.open(encoding="utf-8") as handle:
        rows = [(row["name"], row["adcode"][:6]) for row in csv.DictReader(handle)]
    return tuple(
        Place(name, code, 0 if code.endswith("0000") else 1 if code.endswith("00") else 2)
        for name, code in rows
    )


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, Place], re.Pattern[str] | None]:
    """Every name form → its place, longest forms first in one alternation."""
    forms: dict[str, Place] = {}
    nations = _nations()
    for place in _divisions():
        level = place.level
        if level == 2 and len(place.name) < 3 or place.name in CONTAINERS:
            if (
                level == 2
                and len(place.name) == 2
                and place.name.endswith("县")
                and place.name not in CONTAINERS
                and place.name not in _gazette_text()  # 和县 is in "地区和县两级"
            ):
                # 朗县, 索县: read only as a word of its own (find_places), never inside
                # "云南县级" or "贡献县"
                forms.setdefault(place.name, place)
            continue  # 城区, 南县: inside ordinary words more often than meant
        for n, form in enumerate(_short_forms(place.name, nations)):
            short = n > 0
            if short and (
                len(form) < 2 or (level == 2 and len(form) < 3 and not _county_stem(form))
            ):
                continue  # a bare two-character county stem is too often a word
            if short and _plain_word(form):
                continue
            # a full name wins over another place's short form; higher levels win ties
            old = forms.get(form)
            if old is None or (old.name != form and (not short or old.level > level)):
                forms[form] = place
    for name, short in read_table(DATA / "taiwan_divisions.tsv"):
        place = Place(name, "710000", 2)
        forms.setdefault(name, place)
        forms.setdefault(short, place)
    for town, county in read_table(DATA / "ngari_towns.tsv"):
        code = next((p.adcode for f, p in forms.items() if f == county), NGARI + "00")
        forms.setdefault(town, Place(town, code, 3))
    for country in _countries():
        forms.setdefault(country, Place(country, ABROAD, 0))
    if not forms:
        return {}, None
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(alternation)


@lru_cache(maxsize=1)
def ngari_counties() -> tuple[str, ...]:
    """Ngari's seven counties by full name (噶尔县…), in the towns table's order."""
    # (the table's last row names the prefecture itself, 阿里 → 阿里地区: no county)
    rows = read_table(DATA / "ngari_towns.tsv")
    return tuple(dict.fromkeys(county for _, county in rows if county.endswith("县")))


@lru_cache(maxsize=1)
def county_stems() -> dict[str, Place]:
    """Two-character county stems ("叶城" of 叶城县) that the gazetteer leaves out because they
    are too often words: the frame reads them only where a stay or visit is said to be."""
    stems: dict[str, Place] = {}
    forms, _ = gazetteer()
    nations = _nations()
    for place in _divisions():
        if place.level != 2 or place.home:
            continue
        for form in _short_forms(place.name, nations)[1:]:
            if (
                len(form) == 2
                and form not in forms
                and not _plain_word(form)
                and form not in _gazette_text()  # "公安" of 公安县 is the gazette's word
                and not form.startswith("市")
            ):
                stems.setdefault(form, place)
    return stems


def find_places(text: str) -> list[PlaceMention]:
    forms, pattern = gazetteer()
    if pattern is None:
        return []
    found = [
        PlaceMention(forms[m.group(0)], m.start(), m.end(), m.group(0))
        for m in pattern.finditer(text)
    ]
    if found:
        # a country only where it is a word of its own: "增加纳入" holds 加纳 but names no country;
        # a short form only where a word starts: "搬迁安置" holds 迁安 but names no city
        from index.lexical import word_spans

        bounds = {0} | {end for _, end, _ in word_spans(text)}
        bounds |= {f.end for f in found}  # "湖南岳阳": a place right after another starts a word
        found = [
            f
            for f in found
            if (not _bounded(f) or (f.start in bounds and f.end in bounds))
            and (not _short_elsewhere(f) or f.start in bounds)
        ]
    return found


def _short_elsewhere(found: PlaceMention) -> bool:
    """A place outside Ngari named by a short form (迁安 of 迁安市), not its full name."""
    return not found.place.home and found.said != found.place.name


def _bounded(found: PlaceMention) -> bool:
    """A country, or a two-character county (朗县): a place only where it is a word of its own."""
    return found.place.adcode == ABROAD or (
        found.place.level == 2 and len(found.said) == 2 and found.said == found.place.name
    )
