"""WAF, fuzzed through the real edge (tests/fuzzkit.py): random bytes,
mutated corpus values and odd structures in every part of a request. A
short, fixed-seed run here (each request reproducible from seed and index);
`make fuzz` runs a long one with a fresh seed."""
import pytest

import fuzzkit
from wafkit import WafEdge, waf_config

COUNT = 6000          # ~15 s on a 2-core machine


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("fuzz"), waf_config()).start()
    yield e
    e.stop()


@pytest.mark.parametrize("seed", [1])
def test_fuzz_never_breaks_the_contract(edge, seed):
    sent, statuses, failures = fuzzkit.run(edge.port, seed, count=COUNT,
                                           seconds=120)
    assert sent >= COUNT // 2, "the run ended before half its requests"
    assert not failures, failures[:10]
    assert not any(s is not None and s >= 500 for s in statuses), statuses
    errors = fuzzkit.log_errors(edge.error_log)
    assert not errors, "\n".join(errors[:10])
    # the generator reaches every stage: passes, shape refusals, blocks
    for status in (200, 400, 403, 413, 415):
        assert statuses.get(status), statuses
