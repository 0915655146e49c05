"""The web page end to end, in a real browser: Debian's headless chromium driven by Playwright for Python.

The real server (``python -m eobreader serve --port 0``) runs in a subprocess on a free loopback port.
Screenshots of the result page at desktop and phone width go to ``artifacts/`` (gitignored).

These tests skip only when chromium or Playwright is missing on this machine; with
EOBREADER_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser is a failure instead.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PDF = REPO / "samples" / "pdf" / "commercial_member_eob.pdf"
CSV = REPO / "samples" / "sheets" / "clinic_pm_export.csv"
BROKEN = REPO / "tests" / "data" / "pdf_bad" / "truncated.pdf"
ARTIFACTS = REPO / "artifacts"
CHROMIUM = Path(os.environ.get("EOBREADER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
UPLOAD_MB = 2


def _missing() -> str | None:
    try:
        import flask  # noqa: F401
        import waitress  # noqa: F401
    except ImportError:
        return "the web extra (flask, waitress) is not installed: pip install '.[web]'"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed: pip install '.[test]'"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: apt-get install chromium"
    return None


_why = _missing()
if _why:
    if os.environ.get("EOBREADER_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"browser tests are required here but cannot run: {_why}")
    pytest.skip(_why, allow_module_level=True)

from openpyxl import load_workbook  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def server():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    proc = subprocess.Popen([sys.executable, "-m", "eobreader", "serve", "--port", "0", "--max-upload-mb", str(UPLOAD_MB)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        line = proc.stdout.readline()  # "eobreader: open http://127.0.0.1:PORT/ in your browser..."
        m = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not m:
            proc.kill()
            pytest.fail(f"server did not start: {line!r} {proc.stderr.read()[:2000]!r}")
        yield m.group(1)
    finally:
        proc.terminate()
        try:
            _, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        server.log = err  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = ctx.new_page()
    problems: list[str] = []
    pg.on("console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None)
    pg.on("pageerror", lambda exc: problems.append(str(exc)))
    pg.on("request", lambda req: problems.append("off-machine request " + req.url)
          if not req.url.startswith(("http://127.0.0.1:", "data:", "blob:")) else None)
    pg.problems = problems  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def _upload(page, url: str, files: list[Path]) -> None:
    page.goto(url)
    page.set_input_files("#files", [str(f) for f in files])
    expect(page.locator("#upload-status")).to_contain_text(f"{len(files)} file")
    page.get_by_role("button", name="Read my files").click()
    page.wait_for_url("**/read")


def test_pdf_and_spreadsheet_explained_with_download_and_screenshots(server, page, tmp_path):
    _upload(page, server, [PDF, CSV])
    summary = page.locator("#summary-sentence")
    expect(summary).to_contain_text(re.compile(r"You may owe \$[\d,]+\.\d\d; insurance paid \$[\d,]+\.\d\d; "
                                               r"\$[\d,]+\.\d\d was written off by contract, which you do not owe\."))
    # a known charge: the clinic export's 97530 with 2 units on Jan 7, CO-45 written off, PR-2 coinsurance
    card = page.locator("article.card", has_text="2 units means about 23 to 37 minutes")
    expect(card).to_have_count(1)
    expect(card.get_by_role("heading", level=4)).to_contain_text("Therapeutic activities")
    expect(card).to_contain_text("The $47.40 (CO-45: above the agreed price) is written off, so you do not owe it")
    expect(card.locator("dl.amounts")).to_contain_text("$28.52")
    expect(card.locator("ul.codes")).to_contain_text("Above the agreed price")
    # the charge denied for no prior approval is flagged
    flagged = page.locator("article.card.look", has_text="No prior approval")
    expect(flagged).to_have_count(1)
    expect(flagged.get_by_role("note")).to_contain_text("Needs a closer look")
    expect(page.get_by_role("heading", name="What each person owes and why")).to_be_visible()
    expect(page.locator("#privacy")).to_contain_text("Your files stay on this computer")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-result-desktop.png"))
    page.screenshot(path=str(ARTIFACTS / "web-result-desktop-full.png"), full_page=True)
    page.locator(".card.look").first.screenshot(path=str(ARTIFACTS / "web-flagged-card-desktop.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(ARTIFACTS / "web-result-phone.png"))
    page.locator(".card.look").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "web-result-phone-flagged.png"))
    # nothing overflows sideways on a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    with page.expect_download() as dl:
        page.get_by_role("link", name="Download the workbook (Excel)").click()
    saved = tmp_path / dl.value.suggested_filename
    dl.value.save_as(saved)
    assert saved.suffix == ".xlsx"
    wb = load_workbook(saved)
    rows = list(wb["Charges"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == page.locator("article.card").count() == 22
    assert {r[0] for r in rows} == {PDF.name, CSV.name}
    assert page.problems == []  # no CSP violation, script error or request off this machine


def test_broken_file_gets_a_friendly_message_and_the_good_file_still_shows(server, page):
    _upload(page, server, [BROKEN, CSV])
    files = page.get_by_role("region", name="Your files")
    expect(files.locator("li", has_text="truncated.pdf")).to_contain_text("We could not read this file: broken PDF")
    expect(files.locator("li", has_text=CSV.name)).to_contain_text("read, 7 charges")
    expect(page.locator("article.card")).to_have_count(7)
    expect(page.locator("#summary-sentence")).to_contain_text("You may owe")
    page.set_viewport_size({"width": 390, "height": 844})
    files.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-broken-file-phone.png"))
    assert page.problems == []


def test_drag_and_drop_fills_the_form(server, page):
    page.goto(server)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-start-desktop.png"))
    text = CSV.read_text()
    page.evaluate("""(text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], "dropped export.csv", {type: "text/csv"}));
        document.querySelector("#drop").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", text)
    expect(page.locator("#chosen")).to_contain_text("dropped export.csv")
    expect(page.locator("#upload-status")).to_have_text("1 file chosen.")
    page.get_by_role("button", name="Read my files").click()
    page.wait_for_url("**/read")
    expect(page.get_by_role("region", name="Your files")).to_contain_text("dropped export.csv: read, 7 charges")
    assert page.problems == []


def test_too_big_is_caught_before_sending_and_by_the_server_without_javascript(server, page, browser):
    page.goto(server)
    big = {"name": "huge.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n" + b"0" * (UPLOAD_MB * 1024 * 1024)}
    page.set_input_files("#files", [big])
    expect(page.locator("#upload-status")).to_contain_text("more than the 2.0 MB")
    page.get_by_role("button", name="Read my files").click()
    time.sleep(0.3)
    assert page.url == server  # the form was not sent

    ctx = browser.new_context(java_script_enabled=False)
    try:
        p2 = ctx.new_page()
        p2.goto(server)
        p2.set_input_files("#files", [big])
        p2.get_by_role("button", name="Read my files").click()
        expect(p2.get_by_role("alert")).to_contain_text("more than 2 MB")
    finally:
        ctx.close()


def test_works_without_javascript(server, browser):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        p = ctx.new_page()
        p.goto(server)
        p.set_input_files("#files", [str(CSV), str(PDF)])
        p.get_by_role("button", name="Read my files").click()
        p.wait_for_url("**/read")
        expect(p.locator("#summary-sentence")).to_contain_text("You may owe")
        expect(p.locator("article.card")).to_have_count(22)
    finally:
        ctx.close()


def test_keyboard_reaches_the_form_and_focus_is_visible(server, page):
    page.goto(server)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    expect(page.locator("a.skip")).to_be_in_viewport()
    page.keyboard.press("Enter")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "files":
            break
    assert page.evaluate("document.activeElement.id") == "files"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
