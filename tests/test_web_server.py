"""The web page at server level (Flask's test client): limits, hostile names, unreadable files, the
workbook download, the privacy notice, security headers, and that the page says what the Report says."""

from __future__ import annotations

import io
import logging
import re
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("flask", reason="the web extra is not installed (pip install '.[web]')")

from openpyxl import load_workbook  # noqa: E402

from eobreader.explain import money  # noqa: E402
from eobreader.pipeline import read_many  # noqa: E402
from eobreader.report import build_report  # noqa: E402
from eobreader.web import cli_main  # noqa: E402
from eobreader.web.app import Settings, create_app, privacy_sentence  # noqa: E402
from eobreader.web.store import WorkbookStore  # noqa: E402
from eobreader.web.view import display_name  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PDF = REPO / "samples" / "pdf" / "commercial_member_eob.pdf"
CSV = REPO / "samples" / "sheets" / "clinic_pm_export.csv"
BROKEN = REPO / "tests" / "data" / "pdf_bad" / "truncated.pdf"


def leftovers(folder: Path) -> list[Path]:
    """What an upload left in the temporary folder. multiprocessing's own forkserver folder (pymp-*,
    a socket for starting reading workers) lives as long as the server and holds no file data."""
    out = []
    for p in folder.iterdir():
        if p.name.startswith("pymp-") and all(not f.is_file() or f.is_socket() for f in p.rglob("*")):
            continue
        out.append(p)
    return out


@pytest.fixture
def tmp_uploads(tmp_path, monkeypatch):
    """Point the temporary folder at a fresh directory so a test can see what is left in it."""
    d = tmp_path / "tmp"
    d.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(d))
    return d


def client(**kw):
    return create_app(Settings(**kw)).test_client()


def post(c, files: list[tuple[bytes, str]], **headers):
    data = {"files": [(io.BytesIO(b), name) for b, name in files]}
    return c.post("/read", data=data, content_type="multipart/form-data", headers=headers)


def summary_sentence(html: str) -> str:
    m = re.search(r'id="summary-sentence">(.*?)</p>', html, re.S)
    assert m, "no summary sentence"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(1))).strip()


def token_of(html: str) -> str:
    m = re.search(r'href="/download/([A-Za-z0-9_-]+)"', html)
    assert m, "no download link"
    return m.group(1)


# ------------------------------------------------------------------------------------ the happy path

def test_summary_and_cards_say_what_the_report_says(tmp_uploads):
    c = client()
    r = post(c, [(PDF.read_bytes(), PDF.name), (CSV.read_bytes(), CSV.name)])
    assert r.status_code == 200
    html = r.get_data(as_text=True)

    # The same Report, built the way the command line builds it.
    rep = build_report(read_many([PDF, CSV], jobs=1))
    owes = sum((p.owes for p in rep.patients), Decimal(0))
    paid = sum((p.paid for p in rep.patients), Decimal(0))
    off = sum((s.written_off for s in rep.summary), Decimal(0))
    assert summary_sentence(html) == (f"You may owe {money(owes)}; insurance paid {money(paid)}; {money(off)} was written "
                                      "off by contract, which you do not owe.")
    assert off > 0  # the CSV carries CO-45 write-offs
    assert html.count('<article class="card') == len(rep.charges) == 22
    # every patient gets a "what you owe and why" entry with the report's own reason
    for p in rep.patients:
        assert p.patient in html and p.why.replace("$", "") in html.replace("$", "")
    # a claim-level check (the PDF prints a claim total the lines do not add up to) sits with that person
    people = re.search(r'<ul class="people">(.*?)</ul>', html, re.S).group(1)
    claim_checks = [ch for ch in rep.checks if ch.level == "claim" and ch.severity == "warning"]
    assert claim_checks and all(ch.message in people for ch in claim_checks)
    # a known charge: the CSV's 97530 with 2 units, CO-45 and PR-2 explained, time in minutes
    assert "2 units means about 23 to 37 minutes under the 8-minute rule" in html
    assert "Above the agreed price" in html and "Coinsurance" in html
    # the flagged charge (CO-197, no prior approval) is highlighted
    assert html.count('class="card look"') == sum(1 for ch in rep.charges if ch.severity in ("warning", "error"))
    assert "Needs a closer look:" in html and "No prior approval" in html
    # the uploads' temporary folder is gone once the response is made
    assert leftovers(tmp_uploads) == []


def test_privacy_notice_is_one_sentence_on_every_page():
    s = Settings()
    sentence = privacy_sentence(s)
    assert sentence.count(". ") == 0 and sentence.endswith(".")
    for needed in ("memory", "temporary folder", "deleted", "only counts", f"{s.max_upload_mb} MB", "never used",
                   "others still show"):
        assert needed in sentence
    c = client()
    assert sentence in c.get("/").get_data(as_text=True)
    html = post(c, [(CSV.read_bytes(), CSV.name)]).get_data(as_text=True)
    assert sentence in html
    assert sentence in c.get("/download/" + "x" * 43).get_data(as_text=True)


def test_workbook_download_is_the_same_report(tmp_uploads):
    c = client()
    html = post(c, [(CSV.read_bytes(), "clinic export.csv"), (BROKEN.read_bytes(), "broken.pdf")]).get_data(as_text=True)
    r = c.get("/download/" + token_of(html))
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert "attachment" in r.headers["Content-Disposition"] and r.headers["Cache-Control"] == "no-store"
    wb = load_workbook(io.BytesIO(r.data))
    charges = wb["Charges"]
    files = {row[0] for row in charges.iter_rows(min_row=2, values_only=True)}
    assert files == {"clinic export.csv"}  # the name the family knows, never the random stored name
    assert charges.max_row - 1 == html.count('<article class="card')
    problems = [row for row in wb["Problems"].iter_rows(min_row=2, values_only=True)]
    assert any(p[0] == "broken.pdf" for p in problems)
    assert leftovers(tmp_uploads) == []


def test_download_token_expires_and_can_be_forgotten():
    c = client()
    html = post(c, [(CSV.read_bytes(), CSV.name)]).get_data(as_text=True)
    tok = token_of(html)
    assert c.get("/download/" + tok).status_code == 200
    assert c.post("/forget/" + tok).status_code == 200
    r = c.get("/download/" + tok)
    assert r.status_code == 404 and "expired" in r.get_data(as_text=True)
    assert c.get("/download/../../etc/passwd").status_code == 404


def test_store_forgets_after_its_time_and_keeps_only_a_few():
    now = [1000.0]
    store = WorkbookStore(ttl_seconds=60, max_items=2, clock=lambda: now[0])
    a = store.put(b"a", "a.xlsx")
    assert store.get(a).data == b"a"
    now[0] += 61
    assert store.get(a) is None
    b, c2, d = (store.put(x, "x.xlsx") for x in (b"b", b"c", b"d"))
    assert store.get(b) is None and store.get(c2).data == b"c" and store.get(d).data == b"d"
    assert store.get("not a token") is None


# ------------------------------------------------------------------------------------ limits and hostile input

def test_oversize_upload_is_refused_with_a_clear_message(tmp_uploads):
    c = client(max_upload_mb=1)
    big = b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10)
    r = post(c, [(big, "big.pdf")])
    assert r.status_code == 413
    html = r.get_data(as_text=True)
    assert "more than 1 MB" in html and 'role="alert"' in html
    assert "<form" in html  # the family can try again at once
    assert leftovers(tmp_uploads) == []


def test_many_files_read_up_to_the_limit_and_the_rest_are_named(tmp_uploads):
    c = client(max_files=4)
    data = CSV.read_bytes()
    r = post(c, [(data, f"copy{i}.csv") for i in range(7)])
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.count("read, 7 charges.") == 4
    for i in (4, 5, 6):
        assert re.search(rf"copy{i}\.csv</span>:\s*<span class=\"why\">Not read: one upload reads up to 4 files", html)
    assert leftovers(tmp_uploads) == []


def test_hostile_file_names_are_only_shown_escaped_and_never_used_as_paths(tmp_uploads, tmp_path):
    c = client()
    target = tmp_path / "victim.csv"
    names = ["../../etc/passwd", f"../../../..{target}", "<script>alert(1)</script>.csv", "<script>alert(2).csv",
             "'><img src=x onerror=alert(1)>.pdf", "..", "CON\x00\x1b[31m.csv"]
    r = post(c, [(CSV.read_bytes(), n) for n in names])
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(2).csv" in html and ">script&gt;.csv</span>" in html
    assert "&#39;&gt;&lt;img src=x onerror=alert(1)&gt;.pdf" in html
    assert ">passwd</span>" in html and ">victim.csv</span>" in html and ">file 6</span>" in html
    assert "\x1b" not in html and "\x00" not in html
    assert not target.exists()  # a name was never used to write anything
    assert "eobreader-web-" not in html and str(tmp_uploads) not in html  # no temporary path leaks
    assert "counted twice" in html  # the cross-file duplicate check names the copies by their shown names
    wb = load_workbook(io.BytesIO(c.get("/download/" + token_of(html)).data))
    cells = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert cells and not any("eobreader-web-" in v or str(tmp_uploads) in v for v in cells)
    assert "passwd" in cells
    # CSV bytes read as CSV under the four .csv names; under a .pdf name or no suffix no reader takes them (as in the CLI)
    assert html.count("read, 7 charges.") == 4
    assert re.search(r">passwd</span>:\s*<span class=\"why\">This does not look like an EOB", html)
    assert leftovers(tmp_uploads) == []


@pytest.mark.parametrize("raw,shown", [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\me\\eob.pdf", "eob.pdf"), ("", "file 3"), ("..", "file 3"),
    ("a\u202eb.pdf", "ab.pdf"), ("x" * 300 + ".pdf", "x" * 119 + "…"),
])
def test_display_name(raw, shown):
    assert display_name(raw, 2) == shown


def test_not_an_eob_and_broken_files_get_friendly_messages_while_the_good_one_shows(tmp_uploads):
    c = client()
    r = post(c, [(b"item,qty\nmilk,1\nbread,2\n", "shopping.csv"), (BROKEN.read_bytes(), "truncated.pdf"),
                 (b"", "empty.pdf"), (CSV.read_bytes(), "good.csv")])
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    files = re.search(r'<ul class="files">(.*?)</ul>', html, re.S).group(1)
    assert re.search(r"shopping\.csv</span>:\s*<span class=\"why\">", files)
    assert re.search(r"truncated\.pdf</span>:\s*<span class=\"why\">We could not read this file: broken PDF", files)
    assert re.search(r"empty\.pdf</span>:\s*<span class=\"why\">This file is empty", files)
    assert re.search(r"good\.csv</span>:\s*read, 7 charges\.", files)
    assert html.count('<article class="card') == 7
    assert "We read 1 of 4 files" in re.sub(r"\s+", " ", html)
    assert "Traceback" not in html


def test_empty_upload_asks_for_a_file():
    c = client()
    r = c.post("/read", data={"files": [(io.BytesIO(b""), "")]}, content_type="multipart/form-data")
    assert r.status_code == 400
    assert "Choose at least one file" in r.get_data(as_text=True)
    r = c.post("/read", data={}, content_type="multipart/form-data")
    assert r.status_code == 400


def test_uploads_are_read_in_isolated_worker_processes(monkeypatch):
    import eobreader.web.app as web_app

    seen = []
    real = web_app.read_many

    def spy(paths, jobs=0, **kw):
        seen.append((len(paths), jobs))
        return real(paths, jobs=jobs, **kw)

    monkeypatch.setattr(web_app, "read_many", spy)
    post(client(), [(CSV.read_bytes(), "a.csv"), (CSV.read_bytes(), "b.csv")])
    assert seen and all(jobs >= 1 for _, jobs in seen)


def test_only_counts_are_logged(caplog):
    c = client()
    secret_name = "Lucia-Ferrante-private.csv"
    with caplog.at_level(logging.DEBUG):
        post(c, [(CSV.read_bytes(), secret_name), (b"garbage", "zz.pdf")])
        c.get("/")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "upload: files=2 read=1 not_read=1 charges=7" in text
    for private in ("Lucia", "private", "zz.pdf", "97530", "clinic", "/read"):
        assert private not in text


# ------------------------------------------------------------------------------------ headers and origins

def _urls(text: str) -> list[str]:
    return re.findall(r"""(?:src|href|action)\s*=\s*["']([^"']*)["']|url\(\s*["']?([^"')]*)""", text)


def test_no_external_urls_in_any_served_html_css_js():
    c = client()
    pages = [c.get("/").get_data(as_text=True),
             post(c, [(CSV.read_bytes(), CSV.name), (b"x", "bad.pdf")]).get_data(as_text=True),
             c.get("/download/" + "y" * 43).get_data(as_text=True),
             post(c, []).get_data(as_text=True)]
    assets = []
    for html in pages:
        for m in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            assets.append(m)
    assert {"/static/style.css", "/static/upload.js", "/static/icon.svg"} <= set(assets)
    texts = pages + [c.get(a).get_data(as_text=True) for a in sorted(set(assets)) if not a.endswith(".svg")]
    for text in texts:
        assert not re.search(r"https?:|//[a-z0-9.-]+\.[a-z]{2,}|@import", text, re.I), "external reference"
        for pair in _urls(text):
            u = pair[0] or pair[1]
            assert u.startswith(("/", "#")) and not u.startswith("//"), u


def test_security_headers_on_every_response():
    c = client()
    html = post(c, [(CSV.read_bytes(), CSV.name)]).get_data(as_text=True)
    for r in (c.get("/"), c.get("/static/style.css"), c.get("/download/" + token_of(html)), c.get("/nope")):
        csp = r.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Referrer-Policy"] == "no-referrer"
    assert c.get("/").headers["Cache-Control"] == "no-store"


def test_inline_script_and_style_are_not_needed():
    c = client()
    html = post(c, [(CSV.read_bytes(), CSV.name)]).get_data(as_text=True) + c.get("/").get_data(as_text=True)
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and "<style" not in html and " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers


def test_cross_site_posts_and_foreign_hosts_are_refused():
    c = client()
    r = post(c, [(CSV.read_bytes(), CSV.name)], Origin="http://evil.example")
    assert r.status_code == 403
    r = post(c, [(CSV.read_bytes(), CSV.name)], **{"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    assert c.get("/", headers={"Host": "rebind.example:8765"}).status_code == 400
    assert c.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 200
    same = post(c, [(CSV.read_bytes(), CSV.name)], Origin="http://localhost")
    assert same.status_code == 200


def test_page_structure_is_accessible():
    c = client()
    html = post(c, [(CSV.read_bytes(), CSV.name)]).get_data(as_text=True)
    assert '<html lang="en">' in html and 'name="viewport"' in html
    assert html.count("<h1") == 1 and "<main" in html and "<header" in html and "<footer" in html
    assert 'class="skip" href="#main"' in html
    assert '<label for="files"' in html and 'id="files"' in html
    # headings never skip a level: h1 > h2 > h3 > h4 > h5
    levels = [int(x) for x in re.findall(r"<h([1-6])", html)]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:]))


def test_serve_rejects_bad_options(capsys):
    assert cli_main(["--port", "70000"]) == 2
    assert cli_main(["--max-upload-mb", "0"]) == 2
    assert "must be" in capsys.readouterr().err


def _contrast(a: str, b: str) -> float:
    def lum(h: str) -> float:
        c = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_colour_pairs_meet_wcag_aa():
    css = client().get("/static/style.css").get_data(as_text=True)
    var = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", css))
    text_pairs = [("ink", "paper"), ("muted", "paper"), ("muted", "soft"), ("blue", "paper"), ("blue", "soft"),
                  ("paper", "blue"), ("paper", "blue-dark"), ("ink", "warn-bg"), ("bad-ink", "bad-bg"),
                  ("ink", "soft"), ("muted", "owe-bg"), ("ink", "owe-bg")]
    for fg, bg in text_pairs:
        assert _contrast(var[fg], var[bg]) >= 4.5, (fg, bg)
    for fg, bg in [("focus", "paper"), ("warn-line", "warn-bg")]:  # outlines and borders: 3:1
        assert _contrast(var[fg], var[bg]) >= 3.0, (fg, bg)
    # every colour used in a rule is one of the checked variables (or white on the dark header)
    loose = set(re.findall(r"(?<!--)[a-z-]+:\s*[^;]*?(#[0-9a-fA-F]{3,6})\b", css.split("}", 1)[1]))
    assert loose <= {"#fff", "#ffd08a"}, loose
