"""One RFC 9457 problem envelope for every error response.

Shape: {"type", "title", "status", "detail", "request_id"}; the edge
(nginx/Lua) produces the same shape for its own denials.
"""
import re
import uuid
from typing import NoReturn

from flask import current_app, g, request
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect
from werkzeug.http import HTTP_STATUS_CODES

PROBLEM_MIMETYPE = "application/problem+json"
REQUEST_ID_HEADER = "X-Request-ID"
REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9._-]{1,64}")
INTERNAL_ERROR_DETAIL = "The server encountered an unexpected error."
# Reason phrases as RFC 9110 names them (werkzeug keeps some older names);
# the edge's lua/edge/problem.lua uses the same titles.
TITLES = {**HTTP_STATUS_CODES, 413: "Content Too Large", 414: "URI Too Long",
          422: "Unprocessable Content"}


class Problem(HTTPException):
    """An HTTP error with our own detail and an optional type slug."""

    def __init__(self, status, detail, slug=None):
        super().__init__(detail)
        self.code = status
        self.slug = slug


def abort_problem(status, detail, slug=None) -> NoReturn:
    """Stop the request with a problem, e.g. (400, "...", "invalid-parameter")."""
    raise Problem(status, detail, slug)


def request_id():
    """The caller's X-Request-ID if well-formed, else a fresh one (per request)."""
    if "request_id" not in g:
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        if REQUEST_ID_PATTERN.fullmatch(incoming):
            g.request_id = incoming
        else:
            g.request_id = uuid.uuid4().hex
    return g.request_id


def problem_response(status, detail, slug=None, headers=None):
    """Build the envelope response; use abort_problem inside views."""
    body = {
        "type": f"urn:edge:problem:{slug}" if slug else "about:blank",
        "title": TITLES.get(status, "Unknown Error"),
        "status": status,
        "detail": detail,
        "request_id": request_id(),
    }
    response = current_app.json.response(body)  # same formatting as successes
    response.status_code = status
    response.mimetype = PROBLEM_MIMETYPE
    if headers:
        response.headers.extend(headers)
    return response


def _handle_http_exception(error):
    if isinstance(error, RequestRedirect):
        # werkzeug's routing redirects (merged slashes, a missing trailing
        # slash) build an absolute Location from the client's Host header:
        # an open redirect. The services have no such paths: 404.
        return problem_response(404, "The requested URL was not found on the server.")
    # Keep headers such as Allow (405) or Retry-After; replace only the body.
    headers = [
        (name, value)
        for name, value in error.get_headers()
        if name.lower() != "content-type"
    ]
    title = TITLES.get(error.code, "Unknown Error")
    slug = getattr(error, "slug", None)
    return problem_response(error.code, error.description or title, slug, headers)


def _handle_unexpected(error):
    current_app.logger.error(
        "unhandled exception, request_id=%s", request_id(), exc_info=error
    )
    return problem_response(500, INTERNAL_ERROR_DETAIL)


def _echo_request_id(response):
    response.headers[REQUEST_ID_HEADER] = request_id()
    return response


def init_app(app):
    """Route every error through the envelope and echo X-Request-ID; no
    redirect from routing (see _handle_http_exception)."""
    app.url_map.merge_slashes = False
    app.register_error_handler(HTTPException, _handle_http_exception)
    app.register_error_handler(Exception, _handle_unexpected)
    app.after_request(_echo_request_id)
