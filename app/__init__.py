"""Flask services behind the edge, plus the helpers they share."""
import time

from flask import g, request

from app.errors import abort_problem


def check_int_setting(config, key, minimum, maximum=None):
    """Fail fast at start-up if a numeric setting is not an int in range."""
    value = config[key]
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < minimum
        or (maximum is not None and value > maximum)
    ):
        upper = "" if maximum is None else f" and <= {maximum}"
        raise ValueError(f"{key} must be an integer >= {minimum}{upper}, got {value!r}")


def query_params(*allowed):
    """Return the query string as a dict; 400 on unknown or repeated names."""
    if set(request.args) - set(allowed):
        if allowed:
            detail = f"only these query parameters are allowed: {', '.join(allowed)}"
        else:
            detail = "no query parameters are allowed here"
        abort_problem(400, detail, "invalid-parameter")
    for name in allowed:
        if len(request.args.getlist(name)) > 1:
            detail = f"{name} must be given at most once"
            abort_problem(400, detail, "invalid-parameter")
    return request.args.to_dict()


def init_server_timing(app):
    """Every answer says how long its handler ran and how much CPU it used
    (`Server-Timing: app;dur=<ms>, cpu;dur=<ms>`, the handler thread's CPU
    time): the edge charges clients' cost budgets with the first, reads the
    time a request waited in the service's queue as the upstream time minus
    it (lua/edge/limit/measure.lua), and learns from the second how many
    requests the service can really work on at once (workers that share
    fewer cores wait for the CPU, they do not add to it).

    STALL_FILE (APP_STALL_FILE, unset by default: nothing is checked): when
    that file exists, each answer is held until the handler's time is the
    factor the file holds (e.g. "5") times what it was, a stall such as a
    slow dependency would cause (the load tests' slow-service switch); the
    hold is part of the time reported."""
    stall_file = app.config.get("STALL_FILE")

    @app.before_request
    def _start_timer():
        g.started = time.perf_counter()
        g.cpu_started = time.thread_time()

    @app.after_request
    def _server_timing(response):
        started = g.get("started")
        if started is not None:
            elapsed = time.perf_counter() - started
            if stall_file:
                factor = _stall_factor(stall_file)
                if factor > 1:
                    time.sleep(elapsed * (factor - 1))
                    elapsed = time.perf_counter() - started
            cpu = time.thread_time() - g.get("cpu_started", time.thread_time())
            response.headers["Server-Timing"] = (
                f"app;dur={elapsed * 1000:.3f}, cpu;dur={cpu * 1000:.3f}")
        return response


def _stall_factor(path):
    try:
        with open(path, encoding="ascii") as f:
            return min(max(float(f.read().strip() or 1), 1.0), 100.0)
    except (OSError, ValueError):
        return 1.0
