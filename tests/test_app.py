"""The web app, started for real: its HTTP API through gradio_client and its pages in headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(os.environ.get("NGARI_SCREENSHOTS", ROOT / "var" / "screenshots"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(real_searcher):  # the model and index are built once by the session fixture
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "app.py", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    import httpx

    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("app did not start: " + (process.stderr.read() if process.stderr else ""))
    yield url
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def client(app_url):
    from gradio_client import Client

    return Client(app_url, verbose=False)


def test_api_ask_with_sessions(client) -> None:
    answer = client.predict("住院起付线是多少？", "", api_name="/ask")
    assert answer["status"] == "answered" and answer["citations"][0]["article"] == "第二十二条"
    first = client.predict(
        "我在县医院（一级）住院，今年第一次，合规费用5000元，能报多少？", "t1", api_name="/ask"
    )
    assert first["status"] == "follow_up" and first["follow_up"]["missing"] == ["tier"]
    second = client.predict("60元那档。", "t1", api_name="/ask")
    assert second["calculation"]["result"]["payment"] == "3360.00"


def test_api_calc_and_quiz(client) -> None:
    result = client.predict(
        "inpatient", '{"tier": 250, "level": "三级", "cost": "20000"}', api_name="/calc"
    )
    assert result["result"]["payment"] == "16660.00"
    bad = client.predict(
        "inpatient", '{"tier": 300, "level": "三级", "cost": "1"}', api_name="/calc"
    )
    assert bad["status"] == "error" and "250" in bad["error"]
    bank = client.predict(12, "单选,判断", "", 3, api_name="/quiz")
    assert len(bank["items"]) == 12 and {i["type"] for i in bank["items"]} <= {"单选", "判断"}


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


def _open(browser, url: str, width: int = 1280, height: int = 800):
    page = browser.new_page(viewport={"width": width, "height": height}, accept_downloads=True)
    page.goto(url)
    page.wait_for_selector("#question textarea", timeout=30000)
    return page


def test_chat_answers_with_a_citation_that_opens(browser, app_url) -> None:
    page = _open(browser, app_url)
    page.fill("#question textarea", "看门诊交的挂号费，医保给报吗？")
    page.click("#send")
    page.wait_for_selector("#chatbot :text('不能报销')", timeout=30000)
    citation = page.locator("#chatbot").get_by_text("第三十条").last
    citation.click()  # the collapsible citation shows the article's text
    page.wait_for_selector("#chatbot :text('挂号费、院外会诊费')", timeout=10000)
    page.locator("#cite-pick input").click()
    page.get_by_role("option").first.click()
    page.wait_for_selector("#cite-view :text('不予支付')", timeout=10000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "chat-1280x800.png"))
    page.close()


def test_follow_up_quick_reply_on_a_phone(browser, app_url) -> None:
    page = _open(browser, app_url, 390, 844)
    page.fill(
        "#question textarea", "我在县医院（一级）住院，今年第一次，合规费用5000元，能报多少？"
    )
    page.click("#send")
    quick = page.locator(".quick-reply:visible").first
    quick.wait_for(timeout=30000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    box = page.locator("#send").bounding_box()
    assert box and box["x"] + box["width"] <= 390
    quick.click()
    page.wait_for_selector("#chatbot :text('3360.00')", timeout=30000)
    page.screenshot(path=str(SHOTS / "chat-390x844.png"))
    page.close()


def test_calculator_form(browser, app_url) -> None:
    page = _open(browser, app_url)
    page.get_by_role("tab", name="办事").click()
    page.locator("#inpatient-tier").get_by_label("250").check()
    page.locator("#inpatient-level input").click()
    page.get_by_role("option", name="三级").click()
    page.fill("#inpatient-cost textarea", "20000")
    page.click("#run-inpatient")
    page.wait_for_selector("#result-inpatient :text('16660.00')", timeout=30000)
    assert "第二十二条" in page.locator("#result-inpatient").inner_text()
    page.screenshot(path=str(SHOTS / "clerk-1280x800.png"))
    page.close()


def test_generate_and_download_a_quiz(browser, app_url, tmp_path: Path) -> None:
    page = _open(browser, app_url)
    page.get_by_role("tab", name="出题").click()
    page.click("#make-quiz")
    page.wait_for_selector("#quiz-summary :text('已生成')", timeout=60000)
    with page.expect_download() as download:
        page.locator('#quiz-files a[href$=".xlsx"]').first.click()
    target = tmp_path / "quiz.xlsx"
    download.value.save_as(target)
    from assistant.quiz.exporters import read_xlsx

    assert len(read_xlsx(target)) == 20
    page.fill("#practice-answer textarea", "A")
    page.click("#practice-submit")
    page.wait_for_selector("#practice-feedback :text('依据《')", timeout=10000)
    page.screenshot(path=str(SHOTS / "trainer-1280x800.png"), full_page=True)
    page.close()


def test_every_tab_at_both_sizes(browser, app_url) -> None:
    for width, height in ((1280, 800), (390, 844)):
        page = _open(browser, app_url, width, height)
        for tab in ("问答", "办事", "出题", "文件"):
            page.get_by_role("tab", name=tab).click()
            page.wait_for_timeout(300)
            page.screenshot(path=str(SHOTS / f"tab-{tab}-{width}x{height}.png"))
        page.close()


def test_documents_browser(browser, app_url) -> None:
    page = _open(browser, app_url)
    page.get_by_role("tab", name="文件").click()
    page.fill("#finder textarea", "起付线")
    page.press("#finder textarea", "Enter")
    page.wait_for_timeout(1000)
    page.locator("#found input").click()
    page.get_by_role("option").first.click()
    page.wait_for_selector("#unit-view :text('起付线')", timeout=10000)
    page.close()
