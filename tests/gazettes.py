"""Small synthetic gazettes for ingest tests (made-up documents, never the real regulations)."""

from __future__ import annotations


def gazette(*titles: str, number: str = "阿行发〔2021〕9号", date: str = "2021年3月1日") -> str:
    """A notice issuing each title, each with two made-up articles."""
    parts = []
    for i, title in enumerate(titles, start=1):
        parts.append(
            f"\n\n\n阿里地区行署办公室 关于印发《{title}》的通知\n\n{number[:-2]}{i}号\n\n"
            "各县人民政府，行署各局、委、办、处：\n\n"
            f"《{title}》已经行署同意，现印发给你们，请认真抓好贯彻执行。\n\n"
            f"阿里地区行署办公室\n\n{date}\n\n\n\n{title}\n\n第一章 总 则\n\n"
            f"第一条 为规范{title}的测试事项，制定本办法。\n\n"
            "第二条 测试条款规定的金额为每人每年9999元。\n"
        )
    return "".join(parts)
