"""WAF, part 6d: the developers'-text corpus of issue 11's eleventh round
(tests/corpus/devtext/: 908 benign values in ten classes, 604 attacks in
five categories, written for this project by two writers who did not see
the WAF's rules), replayed through the real edge on the shipped config
(bans off) in the query and in a JSON body by tests/corpus_external.py's
machinery: about 3,000 requests, 2-5 s.

Measured first on main at 47473ac, before any rule was changed for it
(benign refused 104/908, attacks 581/604 = 0.962); the eleventh round fixed
some of its false-positive classes by grammar (test_31_waf_detect_devtext)
and one attack class (test_31_waf_detect_sqli's null predicates). Floors
are the recall measured then with one attack fewer caught, rounded down;
ceilings the benign refusals with one value more, rounded up. Floors only
move up and ceilings down. Standalone, with the cases listed:
    .venv/bin/python tests/corpus_devtext.py --show
"""
import pytest

import corpus_dev as cd
import corpus_devtext as cx
import corpus_external as ce

# measured 2026-12-03 (query / json): cmdi 123/126, code 89/93, sqli
# 147/150, traversal 96/102 (one more refused by shape) / 97/102, xss
# 132/133, all 587/604 / 588/604
RECALL_FLOORS = {"cmdi": 0.968, "code": 0.946, "sqli": 0.973, "traversal": 0.940,
                 "xss": 0.984, "ALL": 0.971}

# benign refused (query / json): code 36/90 / 35/90 (SQL statements as
# written, shell scripts with substitutions, template code with calls),
# config 14/90 (crontab lines with "&&" and "|", paths after "=" into
# /etc and /var), shelldoc 14/90 (pipelines, process substitution,
# PowerShell pipelines), fields 5/90 (localhost URLs, /etc paths as whole
# values), logs 2/90, markdown 1/90, science 1/90, support 1/90, chat and
# prose in 19 languages 0; all 74/908 / 73/908
BENIGN_CEILINGS = {"chat": 0.012, "code": 0.412, "config": 0.167, "fields": 0.067,
                   "logs": 0.034, "markdown": 0.023, "prose-multi": 0.011,
                   "science": 0.023, "shelldoc": 0.167, "support": 0.023,
                   "ALL": 0.083}


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    replayed, problems = ce.measure(tmp_path_factory.mktemp("corpus_devtext"),
                                    items=cx.load())
    assert not problems, "\n".join(problems[:20])
    return ce.summarize(replayed)[ce.CORPUS]


rate_of = cd.rate_of


def test_every_request_answered(summary):
    for placement, e in summary.items():
        errors = sum(r["error"] for r in e["labels"].values())
        assert errors == 0, f"{placement}: {errors} without an answer or 5xx"


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("cat", sorted(RECALL_FLOORS))
def test_recall(summary, placement, cat):
    rows = summary[placement]["categories"]
    if cat == "ALL":
        rate, frac = rate_of(rows, lambda k: k.startswith("attack:"))
    else:
        rate, frac = rate_of(rows, lambda k: k == f"attack:{cat}")
    assert rate >= RECALL_FLOORS[cat], frac


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("cls", sorted(BENIGN_CEILINGS))
def test_benign(summary, placement, cls):
    rows = summary[placement]["categories"]
    if cls == "ALL":
        rate, frac = rate_of(rows, lambda k: k.startswith("benign:"))
    else:
        rate, frac = rate_of(rows, lambda k: k == f"benign:{cls}")
    assert rate <= BENIGN_CEILINGS[cls], frac


def test_every_category_is_measured(summary):
    """A category added to the corpus gets a floor or a ceiling here."""
    cats = set(summary["query"]["categories"])
    assert {k.split(":", 1)[1] for k in cats if k.startswith("attack:")} \
        == set(RECALL_FLOORS) - {"ALL"}
    assert {k.split(":", 1)[1] for k in cats if k.startswith("benign:")} \
        == set(BENIGN_CEILINGS) - {"ALL"}


@pytest.mark.parametrize("name", ["make_benign.py", "make_attacks.py"])
def test_the_generators_write_the_files(tmp_path, name):
    """Each file is its generator's output, byte for byte."""
    import shutil
    import subprocess  # nosec B404 - runs the corpus generator, fixed argv
    import sys
    shutil.copy(cx.DEVTEXT / name, tmp_path / name)
    subprocess.run([sys.executable, str(tmp_path / name)], check=True,  # nosec B603
                   capture_output=True)
    out = "benign.jsonl" if "benign" in name else "attacks.jsonl"
    assert (tmp_path / out).read_bytes() == (cx.DEVTEXT / out).read_bytes()
