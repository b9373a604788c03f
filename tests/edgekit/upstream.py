"""A stand-in for the services: a threaded Python HTTP server the tests
control (held requests, dropped connections, error pages)."""
import http.server
import re
import socket
import threading


class Upstream:
    """A threaded HTTP server standing in for the services. Requests with
    `hold=1` in the query wait until release() (or the server stops);
    `drop=1` closes the connection without an answer; `html=NNN` answers
    status NNN with an HTML page (like gunicorn's own errors); anything else
    gets a small JSON 200 at once. `active` counts requests being handled;
    `headers` holds each request's headers (a list of (name, value) pairs,
    as received), in arrival order."""

    def __init__(self):
        self.active = 0
        self.seen = 0
        self.headers = []
        self._lock = threading.Lock()
        self._release = threading.Semaphore(0)
        self._stopping = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                with outer._lock:
                    outer.active += 1
                    outer.seen += 1
                    outer.headers.append(list(self.headers.items()))
                try:
                    if "drop=1" in self.path:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    if "hold=1" in self.path:
                        while not outer._stopping.is_set():
                            if outer._release.acquire(timeout=0.05):
                                break
                    body, status, ctype = b'{"ok": true}', 200, \
                        "application/json"
                    m = re.search(r"[?&]html=(\d{3})", self.path)
                    if m:  # an error page like gunicorn's own
                        status, ctype = int(m.group(1)), "text/html"
                        body = b"<html><body><h1>Bad Request</h1></body></html>"
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass
                finally:
                    with outer._lock:
                        outer.active -= 1

            do_HEAD = do_GET

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                      Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever,
                                        daemon=True)

    def release(self, n=1):
        for _ in range(n):
            self._release.release()

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()


