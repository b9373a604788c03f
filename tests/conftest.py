"""Shared fixtures: one real stack for the session, fresh ones on demand."""
import pytest

from edgekit.stack import Stack


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
