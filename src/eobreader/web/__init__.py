"""``eobreader serve``: a private web page on this computer where a family drops in EOB files and reads,
in plain words, what each charge is, what insurance paid and what they owe, and downloads the same
workbook as the command line.

Needs the ``web`` extra (Flask and waitress): ``pip install 'eobreader[web]'``.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys

USAGE_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="eobreader serve",
        description="Start a private web page on this computer: drop in EOB PDFs, spreadsheets or 835 files and read "
        "what each charge means. Files are never kept.")
    ap.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1: only this computer can open the page)")
    ap.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    ap.add_argument("--max-upload-mb", type=int, default=20, metavar="N",
                    help="the most one upload (all its files together) may hold, in MB (default 20)")
    return ap


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def cli_main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if not (0 <= args.port <= 65535):
        print("eobreader serve: --port must be 0 to 65535", file=sys.stderr)
        return USAGE_ERROR
    if not (1 <= args.max_upload_mb <= 1024):
        print("eobreader serve: --max-upload-mb must be 1 to 1024", file=sys.stderr)
        return USAGE_ERROR
    try:
        import flask  # noqa: F401
        import waitress  # noqa: F401
    except ImportError:
        print("eobreader serve needs the web extra: pip install 'eobreader[web]'", file=sys.stderr)
        return USAGE_ERROR
    from .app import LOOPBACK_HOSTS, Settings
    from .server import make_server, quiet_logging

    loopback = _is_loopback(args.host)
    settings = Settings(max_upload_mb=args.max_upload_mb, trusted_hosts=LOOPBACK_HOSTS if loopback else None)
    quiet_logging()
    try:
        server = make_server(args.host, args.port, settings)
    except OSError as e:
        print(f"eobreader serve: cannot listen on {args.host}:{args.port} ({e.strerror or e})", file=sys.stderr)
        return 1
    shown = "127.0.0.1" if args.host in ("127.0.0.1", "0.0.0.0") else args.host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    print(f"eobreader: open http://{shown}:{server.effective_port}/ in your browser. Press Ctrl+C to stop.", flush=True)
    if not loopback:
        print("eobreader: warning: other computers on your network can open this page too.", file=sys.stderr)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


__all__ = ["cli_main"]
