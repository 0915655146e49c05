"""The Flask app: an upload form, a result page and a workbook download.

Privacy and safety rules this module keeps:
- uploads are held in memory (a custom request stream, never Werkzeug's spooled temp file), written
  under random names into a temporary folder only for the reading processes, and that folder is
  deleted before the response is sent;
- each file is read by ``pipeline.read_many`` with ``jobs >= 1``: a worker process with the same time
  and memory caps as the command line, so a hostile upload cannot hang or exhaust the server;
- the page is a writer over ``report.build_report`` (the same ``Report`` the workbook is written
  from); the workbook is built in the same request and kept in memory under a random token;
- the upload's own file name is only shown, as escaped text, never used as a path;
- nothing is logged but counts.
"""

from __future__ import annotations

import io
import logging
import secrets
import tempfile
import threading
import time
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, Request, Response, abort, render_template, request, send_file
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge, SecurityError

from ..pipeline import SAMPLE_SUFFIXES, Limits, default_jobs, read_many
from ..report import Report, build_report
from ..writers.xlsx import write_workbook
from .store import WorkbookStore
from .view import FileView, build_view, display_name

log = logging.getLogger("eobreader.web")

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
ACCEPT = ".pdf,.csv,.tsv,.txt,.xlsx,.xlsm,.835,.edi,.era,.x12,.dat"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True, slots=True)
class Settings:
    max_upload_mb: int = 20  # the whole upload (all files of one request)
    max_files: int = 20  # files read per upload; more are listed as not read
    seconds_per_file: float = 60.0
    memory_mb: int = 1024  # per reading process
    jobs: int = 0  # reading processes; 0 means the number of cores (always at least 1: never in-process)
    concurrent_reads: int = 2  # uploads read at the same time; more wait their turn
    keep_minutes: int = 10  # how long a workbook stays downloadable
    trusted_hosts: tuple[str, ...] | None = LOOPBACK_HOSTS  # None: answer to any Host header


class MemoryRequest(Request):
    """Keeps uploaded files in memory: the whole request is capped by MAX_CONTENT_LENGTH anyway,
    and Werkzeug's default would spool larger files to an unnamed temporary file on disk."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        return io.BytesIO()


def privacy_sentence(s: Settings) -> str:
    return (
        f"Your files stay on this computer: they are held in memory and in a temporary folder that is deleted "
        f"as soon as the page is ready, the server logs only counts (never names or contents), uploads over "
        f"{s.max_upload_mb} MB are refused, file names are only shown and never used to store anything, each "
        f"file is read in a separate process with time and memory limits so a file we cannot read gets its own "
        f"message while the others still show, and the workbook is kept in memory for {s.keep_minutes} minutes "
        f"for you to download, then forgotten."
    )


@dataclass
class Upload:
    name: str  # display name (escaped when shown)
    data: bytes


def _stored_name(display: str) -> str:
    """A random file name; the suffix is kept only when it is one of the kinds we read (readers look at it)."""
    suffix = Path(display).suffix.lower()
    return secrets.token_hex(12) + (suffix if suffix in SAMPLE_SUFFIXES else "")


def _scrub(text: str | None, folder: str, names: dict[str, str]) -> str | None:
    """Put the family's file names back where a message names the temporary folder or a random name
    (a reader's error, or a check across files such as "also in <path> (row 9)")."""
    if text is None or (folder not in text and not any(k in text for k in names)):
        return text
    for stored, shown in names.items():
        text = text.replace(f"{folder}/{stored}", shown).replace(stored, shown)
    return text.replace(folder, "")


def _scrub_report(report: Report, folder: str, names: dict[str, str]) -> Report:
    """Every text field of every row, scrubbed as ``_scrub`` does (the Report's values are otherwise untouched)."""
    def row(r):
        changes = {f.name: _scrub(v, folder, names) for f in fields(r)
                   if isinstance(v := getattr(r, f.name), str) and v}
        return replace(r, **changes) if changes else r

    for f in fields(report):
        value = getattr(report, f.name)
        if isinstance(value, list):
            setattr(report, f.name, [row(r) for r in value])
    return report


def read_uploads(uploads: list[Upload], settings: Settings):
    """Read uploads as the command line reads files; return (report, results with display names, xlsx bytes)."""
    limits = Limits(seconds=settings.seconds_per_file, memory_mb=settings.memory_mb,
                    max_file_mb=max(1, settings.max_upload_mb))
    with tempfile.TemporaryDirectory(prefix="eobreader-web-") as folder:
        stored = [_stored_name(u.name) for u in uploads]
        paths = []
        for u, name in zip(uploads, stored):
            p = Path(folder) / name
            with open(p, "xb") as fh:  # exclusive create: a random name never overwrites anything
                fh.write(u.data)
            paths.append(p)
        jobs = max(1, min(settings.jobs or default_jobs(), len(paths)))
        # forkserver: the server has threads, and forking a threaded process can deadlock
        results = read_many(paths, jobs=jobs, limits=limits, start_method="forkserver")
        names = dict(zip(stored, (u.name for u in uploads)))
        results = [replace(r, path=u.name, error=_scrub(r.error, folder, names)) for r, u in zip(results, uploads)]
        report = _scrub_report(build_report(results), folder, names)
        out = Path(folder) / (secrets.token_hex(8) + ".xlsx")
        write_workbook(report, out)
        xlsx = out.read_bytes()
    return report, results, xlsx


def create_app(settings: Settings | None = None) -> Flask:
    s = settings or Settings()
    here = Path(__file__).parent
    app = Flask("eobreader.web", template_folder=str(here / "templates"), static_folder=str(here / "static"),
                static_url_path="/static")
    app.request_class = MemoryRequest
    app.config.update(
        MAX_CONTENT_LENGTH=s.max_upload_mb * 1024 * 1024,
        MAX_FORM_PARTS=max(50, s.max_files * 4),
        TRUSTED_HOSTS=list(s.trusted_hosts) if s.trusted_hosts else None,
        SEND_FILE_MAX_AGE_DEFAULT=0,
        TEMPLATES_AUTO_RELOAD=False,
    )
    store = WorkbookStore(ttl_seconds=s.keep_minutes * 60)
    reading = threading.BoundedSemaphore(max(1, s.concurrent_reads))
    app.extensions["eobreader_store"] = store
    app.extensions["eobreader_settings"] = s

    def page(template: str, status: int = 200, **kw):
        return render_template(template, privacy=privacy_sentence(s), settings=s, accept=ACCEPT, **kw), status

    @app.before_request
    def same_origin_posts():
        if request.method == "POST":
            origin = request.headers.get("Origin")
            if request.headers.get("Sec-Fetch-Site") == "cross-site":
                abort(403)
            if origin and origin != "null" and urlsplit(origin).netloc != request.host:
                abort(403)

    @app.after_request
    def headers(resp):
        for k, v in SECURITY_HEADERS.items():
            resp.headers.setdefault(k, v)
        if not request.path.startswith("/static/"):
            resp.headers["Cache-Control"] = "no-store"
        return resp

    @app.get("/")
    def index():
        return page("index.html")

    @app.post("/read")
    def read():
        started = time.monotonic()
        # with no file chosen, a browser still sends one part with an empty name and no bytes
        files = [f for f in request.files.getlist("files") if f.filename or f.stream.read(1)]
        if not files:
            return page("index.html", 400, message="Choose at least one file to read, then press “Read my files”.")
        uploads, skipped = [], []
        for i, f in enumerate(files):
            name = display_name(f.filename, i)
            if i >= s.max_files:
                skipped.append(FileView(name, False, 0, f"Not read: one upload reads up to {s.max_files} files. "
                                                        "Send this one again on its own."))
                continue
            f.stream.seek(0)
            uploads.append(Upload(name, f.stream.read()))
            f.close()
        with reading:
            report, results, xlsx = read_uploads(uploads, s)
        token = store.put(xlsx, f"eob-report-{date.today().isoformat()}.xlsx")
        view = build_view(report, results, skipped)
        log.info("upload: files=%d read=%d not_read=%d charges=%d seconds=%.1f", view.files_total, view.files_read,
                 view.files_total - view.files_read, view.charges_total, time.monotonic() - started)
        return page("result.html", view=view, token=token)

    @app.get("/download/<token>")
    def download(token: str):
        item = store.get(token)
        if item is None:
            return page("error.html", 404, title="This download has expired",
                        message=f"Workbooks are kept for {s.keep_minutes} minutes and then forgotten. "
                                "Read your files again to get a new one.")
        return send_file(io.BytesIO(item.data), mimetype=XLSX_MIME, as_attachment=True, download_name=item.filename,
                         max_age=0)

    @app.post("/forget/<token>")
    def forget(token: str):
        store.forget(token)
        return page("error.html", 200, title="Forgotten",
                    message="The workbook for that upload has been removed from this computer's memory.")

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(e):
        log.info("upload refused: over %d MB", s.max_upload_mb)
        return page("index.html", 413,
                    message=f"These files add up to more than {s.max_upload_mb} MB, the most one upload can hold. "
                            "Send fewer files at a time (or start the page with a larger --max-upload-mb).")

    @app.errorhandler(SecurityError)
    def foreign_host(e):
        # A Host header that is not this computer (a DNS-rebinding page, say): no page, no links.
        return Response("This page only answers at the address eobreader serve printed.\n", 400,
                        mimetype="text/plain")

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        titles = {403: "This page only takes uploads from itself", 404: "Page not found",
                  400: "The request could not be read", 405: "Not allowed here"}
        return page("error.html", e.code or 500, title=titles.get(e.code or 0, "Something went wrong"),
                    message="Go back to the start page and try again.")

    @app.errorhandler(Exception)
    def crash(e: Exception):
        log.error("error: %s", e.__class__.__name__)  # the class only: a message could hold document text
        return page("error.html", 500, title="Something went wrong",
                    message="eobreader hit an error it did not expect. Nothing was kept. Try again with fewer files.")

    return app
