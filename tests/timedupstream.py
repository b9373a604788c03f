"""A stand-in service of known latency for the cost and adaptive limits
tests: a threaded HTTP server (every request in its own thread, so latency
does not depend on concurrency unless the test says so).

  ?ms=N       sleep N ms before answering
  ?timing=N   answer with `Server-Timing: app;dur=N` (the service's own
              figure, which the edge charges instead of the measured time)
  ?cpu=N      with ?timing, add `cpu;dur=N` (the CPU its handler used)
  .delay      seconds added to every request (the tests' latency switch)
  workers=N   at most N requests worked on at once, the others queue (a
              sync service with N workers); default: no bound
"""
import http.server
import re
import threading
import time


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


class TimedUpstream:
    def __init__(self, workers=None):
        self.delay = 0.0
        slots = threading.BoundedSemaphore(workers) if workers else None
        self.seen = 0
        self.active = 0
        self.peak = 0
        self._lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                if slots:
                    with slots:
                        self.work()
                else:
                    self.work()

            def work(self):
                with outer._lock:
                    outer.seen += 1
                    outer.active += 1
                    outer.peak = max(outer.peak, outer.active)
                try:
                    m = re.search(r"[?&]ms=(\d+)", self.path)
                    pause = outer.delay + (int(m.group(1)) / 1000 if m else 0)
                    if pause > 0:
                        time.sleep(pause)
                    body = b'{"ok": true}'
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    t = re.search(r"[?&]timing=([0-9.]+)", self.path)
                    c = re.search(r"[?&]cpu=([0-9.]+)", self.path)
                    if t:
                        self.send_header(
                            "Server-Timing", f"app;dur={t.group(1)}"
                            + (f", cpu;dur={c.group(1)}" if c else ""))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass
                finally:
                    with outer._lock:
                        outer.active -= 1

            do_HEAD = do_GET

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever,
                                        daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
