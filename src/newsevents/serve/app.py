"""Assemble the dashboard: routers, error handlers, security headers, assets; run it under Uvicorn."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from functools import lru_cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newsevents import __version__
from newsevents.errors import BadDate, BadFilter, MissingExtra, NewsEventsError
from newsevents.serve.tryit import MAX_BODY_BYTES, Extractor
from newsevents.serve.views import QUAD_NAMES
from newsevents.store import EventStore
from newsevents.store.damage import describe

if TYPE_CHECKING:
    from newsevents.dictionaries import DictionarySpec

HERE = Path(__file__).resolve().parent
_log = logging.getLogger("newsevents.serve")
LOOPBACK = ("127.0.0.1", "localhost", "::1")

# Plotly draws with inline styles, hence 'unsafe-inline' for styles only; scripts come from this
# server alone, so a page cannot load or run anything from elsewhere.
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        "connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
_HEADERS = {"Content-Security-Policy": _CSP, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@lru_cache(maxsize=1)
def plotly_js() -> Path:
    """plotly.min.js as shipped inside the installed ``plotly`` Python package."""
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtra("the dashboard", "serve", "plotly")
    path = Path(next(iter(spec.submodule_search_locations))) / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise MissingExtra("the dashboard (plotly.min.js)", "serve", "plotly")
    return path


class Guard:
    """ASGI middleware: security headers on every response, and a cap on request bodies.

    The body is read (up to ``limit`` bytes) before the application sees it, so an oversized
    upload is refused with 413 whether or not it declares its length.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers += [(k.lower().encode(), v.encode()) for k, v in _HEADERS.items()]
                message["headers"] = headers
            await send(message)

        try:
            await self._guarded(scope, receive, send_with_headers)
        except Exception:
            # Starlette's own 500 page is sent outside every middleware, without our headers:
            # answer here instead, and leave the traceback to the server log.
            _log.exception("error while answering %s %s", scope["method"], scope.get("path", ""))
            if not started:
                await _server_error(scope)(scope, receive, send_with_headers)

    async def _guarded(self, scope: Scope, receive: Receive, send_with_headers: Send) -> None:
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send_with_headers)
            return
        body = await self._read(receive)
        if body is None:
            detail = f"the request body is larger than {self.limit:,} bytes: send a shorter text"
            response = JSONResponse({"detail": [{"loc": ["body"], "msg": detail, "type": "too_large"}]},
                                    status_code=413)
            await response(scope, receive, send_with_headers)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)

    async def _read(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


_SERVER_ERROR = "the server failed to answer this request (the cause is in the server's log); try again later"


def _server_error(scope: Scope) -> Response:
    path = str(scope.get("path", ""))
    if path.startswith("/api/") or path == "/api":
        return JSONResponse({"detail": [{"loc": ["server"], "msg": _SERVER_ERROR, "type": "server_error"}]},
                            status_code=500)
    return HTMLResponse(f"<!doctype html><title>500 server error</title><p>{_SERVER_ERROR}</p>", status_code=500)


def _error(request: Request, status: int, messages: list[str], loc: str = "query") -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": [{"loc": [loc], "msg": m, "type": "value_error"} for m in messages]},
                            status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "messages": messages},
                                      status_code=status)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(BadFilter)
    @app.exception_handler(BadDate)
    async def bad_value(request: Request, exc: Exception) -> Response:
        return _error(request, 422, [str(exc)])

    @app.exception_handler(NewsEventsError)
    async def library_error(request: Request, exc: Exception) -> Response:
        return _error(request, 500, [str(exc)], loc="server")

    @app.exception_handler(duckdb.Error)
    async def database_error(request: Request, exc: Exception) -> Response:
        # The file name tells the operator which database; the server's directories stay private.
        name = PurePath(request.app.state.store.path).name
        return _error(request, 503, [str(describe(exc, name))], loc="server")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        messages = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg', 'invalid')}"
                    for e in exc.errors()]
        return _error(request, 422, messages)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        response = _error(request, exc.status_code, [str(exc.detail)])
        response.headers.update(exc.headers or {})
        return response


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.globals["version"] = __version__
    env.globals["quad_names"] = QUAD_NAMES
    env.filters["json_attr"] = lambda value: json.dumps(value, ensure_ascii=False)
    return templates


def build_app(store: EventStore, *, model: str | None = None,
              allowed_hosts: list[str] | None = None, dictionaries: DictionarySpec | None = None) -> FastAPI:
    """The application: ``/api/*`` (JSON, described at ``/openapi.json``), HTML pages, assets.

    FastAPI's own ``/docs`` pages load Swagger from a CDN, so they are off; the ``/api`` page
    lists the endpoints from the OpenAPI description instead. ``allowed_hosts`` limits the Host
    header (against DNS rebinding when listening on loopback); ``None`` allows any.
    """
    from newsevents.serve import api, pages

    app = FastAPI(title="newsevents", version=__version__, docs_url=None, redoc_url=None,
                  summary="Political event data extracted from news articles: events, dyads, actors, articles.")
    app.state.store = store
    app.state.extractor = Extractor(model, dictionaries)
    app.state.templates = _templates()
    _install_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/assets/plotly.min.js", include_in_schema=False)
    def plotly_asset() -> FileResponse:
        return FileResponse(plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(Guard)
    return app


def run(db: str | None, *, host: str, port: int, model: str | None = None,
        dictionaries: DictionarySpec | None = None, reload_every: float | None = None) -> None:
    """Serve the dashboard over ``db`` with Uvicorn until interrupted: the file opened read-only
    (no ingest can write it meanwhile), or with ``reload_every`` seconds a snapshot of it renewed
    that often (see :mod:`newsevents.serve.reload`)."""
    import uvicorn

    from newsevents.serve.reload import Reloader

    plotly_js()
    # The "try it" thread holds the GIL for long stretches: a thread answering a read waits for it
    # up to the switch interval each time it comes back from I/O. 1 ms instead of 5 keeps reads
    # fast under extraction load (this process is the server's own, so its setting is ours).
    sys.setswitchinterval(0.001)
    if reload_every:
        store = EventStore.snapshot(db)  # the copy reads, and so checks, every block
    else:
        store = EventStore(db, read_only=True).open()
        store.verify()  # a damaged file is refused now, not request by request
    hosts = ["127.0.0.1", "localhost"] if host in LOOPBACK else None
    app = build_app(store, model=model, allowed_hosts=hosts, dictionaries=dictionaries)
    reloader = Reloader(app, store.path, reload_every).start() if reload_every else None
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, server_header=False)
    finally:
        if reloader is not None:
            reloader.stop()
        app.state.extractor.close()
        app.state.store.close()
