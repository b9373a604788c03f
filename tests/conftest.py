"""The suite's fixtures, in one place: one real stack for the session,
fresh stacks and edges on demand, the stand-in upstream, the error-log
check. The harness they use is tests/edgekit."""
import pytest

from edgekit.stack import Edge, Stack
from edgekit.upstream import Upstream


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    s = Stack(tmp_path_factory.mktemp("stack")).start()
    yield s
    left = s.stop()
    assert not left, f"processes left after stop: {left}"


@pytest.fixture
def no_error_log(stack):
    """The test must not add [error]/[alert]/[crit] lines to the edge log
    beyond those it declares with `no_error_log.allow.append(...)`."""
    stack.mark_error_log()

    class Checker:
        allow = []

    yield Checker
    bad = stack.unexpected_errors(Checker.allow)
    assert not bad, "unexpected error-log lines:\n" + "\n".join(bad)


@pytest.fixture
def upstream():
    """A stand-in for the services (edgekit.upstream.Upstream)."""
    u = Upstream().start()
    yield u
    u.stop()


@pytest.fixture
def make_stack(tmp_path_factory):
    """make_stack(**Stack kwargs) -> a started stack of the test's own,
    stopped (and checked to leave no process) when the test ends."""
    started = []

    def make(**kw):
        s = Stack(tmp_path_factory.mktemp("stack"), **kw)
        started.append(s)
        return s.start()
    yield make
    for s in started:
        assert not s.stop(), "processes left after stop"


@pytest.fixture
def edge_factory(tmp_path_factory, upstream):
    """edge_factory(config, workers=1, env=None) -> the edge alone in front
    of the `upstream` fixture, stopped when the test ends. (The limits
    tests wrap it as make_edge with their own config builders.)"""
    started = []

    def make(conf, workers=1, env=None):
        e = Edge(tmp_path_factory.mktemp("edge"), upstream.port, config=conf,
                 workers=workers, env=env)
        started.append(e)
        return e.start()
    yield make
    for e in started:
        e.stop()
