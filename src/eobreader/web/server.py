"""The WSGI server for the app: waitress, with the request limits set to match the app's own.

waitress writes no access log (it has none unless a logging middleware is added, and we add none), so
the only lines the server prints are its start-up line and eobreader's own counts.
"""

from __future__ import annotations

import logging

from .app import Settings, create_app


def make_server(host: str = "127.0.0.1", port: int = 8765, settings: Settings | None = None):
    """A waitress server, not yet running (call ``.run()``; ``.close()`` stops it). ``port=0`` picks a free
    port: read it back from ``server.effective_port``."""
    from waitress.server import create_server

    s = settings or Settings()
    limit = s.max_upload_mb * 1024 * 1024
    app = create_app(s)
    return create_server(
        app, host=host, port=port, threads=4, ident="eobreader",
        # The app answers an oversize upload with a friendly page (MAX_CONTENT_LENGTH); waitress only refuses,
        # with its own plain message, bodies far beyond that, before reading them.
        max_request_body_size=2 * limit + 1024 * 1024,
        # keep request bodies up to the limit in memory rather than in an unnamed temporary file
        inbuf_overflow=limit + 1024 * 1024,
        expose_tracebacks=False, clear_untrusted_proxy_headers=True, channel_timeout=300,
    )


def quiet_logging() -> None:
    """eobreader's counts to stderr; waitress's own chatter only at warning level and above."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s eobreader serve: %(message)s", "%H:%M:%S"))
    web = logging.getLogger("eobreader.web")
    web.setLevel(logging.INFO)
    web.addHandler(handler)
    web.propagate = False
    logging.getLogger("waitress").setLevel(logging.WARNING)
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
