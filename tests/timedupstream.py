"""A stand-in service of known latency for the cost and adaptive limits
tests: a threaded HTTP server (every request in its own thread, so latency
does not depend on concurrency unless the test says so), in a process of
its own, so the test's client threads do not share its interpreter lock: on
a loaded machine they would add their own latency to the service's, and the
latency the edge measures would no longer be the one the test set.

  ?ms=N       sleep N ms before answering
  ?timing=N   answer with `Server-Timing: app;dur=N` (the service's own
              figure, which the edge charges instead of the measured time)
  ?cpu=N      with ?timing, add `cpu;dur=N` (the CPU its handler used)
  .delay      seconds added to every request (the tests' latency switch)
  .seen, .active, .peak
              requests received, in the handler now, most at once
  workers=N   at most N requests worked on at once, the others queue (a
              sync service with N workers); default: no bound
"""
import http.server
import multiprocessing
import re
import threading
import time

# spawn, not fork: the test process has threads (a fork copies their locks)
_CTX = multiprocessing.get_context("spawn")
START_S = 30


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def _serve(workers, state, lock, ready):
    """The child: serve until killed; `state` holds delay, seen, active,
    peak (shared with the parent's TimedUpstream)."""
    delay, seen, active, peak = state
    slots = threading.BoundedSemaphore(workers) if workers else None

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
            with lock:
                seen.value += 1
                active.value += 1
                peak.value = max(peak.value, active.value)
            try:
                m = re.search(r"[?&]ms=(\d+)", self.path)
                pause = delay.value + (int(m.group(1)) / 1000 if m else 0)
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
                with lock:
                    active.value -= 1

        do_HEAD = do_GET

    server = _Server(("127.0.0.1", 0), Handler)
    ready.send(server.server_address[1])
    ready.close()
    server.serve_forever()


class TimedUpstream:
    def __init__(self, workers=None):
        self._lock = _CTX.Lock()
        self._state = (_CTX.Value("d", 0.0, lock=False),
                       _CTX.Value("q", 0, lock=False),
                       _CTX.Value("q", 0, lock=False),
                       _CTX.Value("q", 0, lock=False))
        self._ready, child_end = _CTX.Pipe(duplex=False)
        self._proc = _CTX.Process(
            target=_serve, args=(workers, self._state, self._lock, child_end),
            daemon=True)
        self._child_end = child_end
        self.port = None

    def start(self):
        self._proc.start()
        self._child_end.close()
        if not self._ready.poll(START_S):
            self.stop()
            raise RuntimeError("the timed upstream did not start")
        self.port = self._ready.recv()
        return self

    def stop(self):
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join(10)

    def _get(self, i):
        with self._lock:
            return self._state[i].value

    @property
    def delay(self):
        return self._get(0)

    @delay.setter
    def delay(self, seconds):
        self._state[0].value = seconds

    @property
    def seen(self):
        return self._get(1)

    @property
    def active(self):
        return self._get(2)

    @property
    def peak(self):
        return self._get(3)

    @peak.setter
    def peak(self, n):
        with self._lock:
            self._state[3].value = n
