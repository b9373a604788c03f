"""Evasion robustness (issue 11): do the WAF's verdicts hold when an attack
it refuses is written another way?

Seeds: the attacks of the development corpus (dev-payloads) and of the
external corpus (tests/corpus/external/attacks.jsonl, never tuned on),
sampled per category (seeded). Each seed is first sent as it is (query
placement, corpus_dev.query_bytes); only seeds the WAF refuses (403) are
kept. Each kept seed is then rewritten by every transform that applies to
it, and the rewrite is sent; the figure is, per transform and category,
the share of rewrites still refused (403; a shape refusal is counted
apart: it says nothing about detection). Controls: benign values (our own
corpus and the external benign corpus, sampled alike) that pass as sent,
through the wire spellings and one more level of URL encoding: a spelling
that is refused for being unusual, not for what it says, shows there as
false positives, and would make the attack rows mean nothing.

Two kinds of transform:
- wire: the same value on the wire in another legal spelling (every byte
  percent-encoded, lower-case hex, a form or JSON body with \\u escapes,
  a multipart field). The service receives exactly the seed: anything
  under 1.000 is a normalization or parsing gap, whatever the rules.
- value: the value itself rewritten the way the interpreter it targets
  reads the same way (SQL comments or line breaks for spaces, random
  letter case where the language ignores case, ${IFS} or quotes inside a
  shell word, a slash for a tag's space, one more level of URL encoding,
  backslashes in a path). Each transform applies to its own categories.

Nothing here is a rule or a payload list: the transforms are grammar
(what each interpreter ignores), and the report says which classes of
spelling the detectors do not read yet.

    .venv/bin/python tests/corpus_evasion.py [--sample 150] [--json FILE]
        [--show TRANSFORM] [--url http://127.0.0.1:8080]
"""
import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import corpus_dev as cd
import corpus_replay as cr

HERE = Path(__file__).resolve().parent
EXTERNAL_ATTACKS = HERE / "corpus" / "external" / "attacks.jsonl"
SEED = 7
CATEGORIES = ("sqli", "xss", "cmdi", "traversal", "rfi", "other")


# -- wire spellings of the same value -----------------------------------------

def _head(method, path, extra=""):
    return (f"{method} {path} HTTP/1.1\r\n{cd.CLIENT_HEADERS}{extra}")


def _with_id(item, text):
    return text + f"X-Request-ID: evasion.{item['tid']}\r\n"


def query_raw(item, encoded):
    return (_with_id(item, _head("GET", f"{cd.QUERY_PATH}?q={encoded}"))
            + "\r\n").encode("ascii")


def pct_all(value, hexfmt="%{:02X}"):
    return "".join(hexfmt.format(b) for b in value.encode("utf-8",
                                                           "surrogatepass"))


def body_request(item, ctype, body):
    head = _with_id(item, _head("POST", cd.JSON_PATH,
                                f"Content-Type: {ctype}\r\n"
                                f"Content-Length: {len(body)}\r\n"))
    return head.encode("ascii") + b"\r\n" + body


def json_escaped(value):
    out = []
    for ch in value:
        if ch.isalnum() and ord(ch) < 128:
            out.append(ch)
        elif ord(ch) > 0xFFFF:
            out.append(json.dumps(ch)[1:-1])
        else:
            out.append(f"\\u{ord(ch):04x}")
    return '{"note":"' + "".join(out) + '"}'


def multipart(value):
    boundary = "----evasion7e3f"
    data = value.encode("utf-8", "surrogatepass")
    body = (f"--{boundary}\r\nContent-Disposition: form-data; "
            f"name=\"note\"\r\n\r\n").encode("ascii") + data + \
        f"\r\n--{boundary}--\r\n".encode("ascii")
    return f"multipart/form-data; boundary={boundary}", body


WIRE = {
    "pct-every-byte": lambda it: query_raw(it, pct_all(it["value"])),
    "pct-lower-hex": lambda it: query_raw(it, pct_all(it["value"],
                                                      "%{:02x}")),
    "form-body": lambda it: body_request(
        it, "application/x-www-form-urlencoded",
        ("note=" + quote(it["value"], safe="", errors="surrogatepass"))
        .encode("ascii")),
    "json-u-escapes": lambda it: body_request(
        it, "application/json", json_escaped(it["value"]).encode("ascii")),
    "multipart-field": lambda it: body_request(it, *multipart(it["value"])),
}


# -- rewrites of the value, by the grammar of its target ----------------------

def _rng(item, name):
    return random.Random(f"{item['tid']}:{name}")


def random_case(value, rng):
    res = "".join(c.upper() if c.isalpha() and rng.random() < 0.5
                  else c.lower() if c.isalpha() else c for c in value)
    return res if res != value else None


def sql_spaces(value, repl):
    # spaces outside quoted strings only (inside them they are data)
    out, quote_ch = [], None
    for c in value:
        if quote_ch:
            out.append(c)
            if c == quote_ch:
                quote_ch = None
        elif c in "'\"`":
            quote_ch = c
            out.append(c)
        elif c == " ":
            out.append(repl)
        else:
            out.append(c)
    res = "".join(out)
    return res if res != value else None


SHELL_WORD = re.compile(r"(?<![\w$/.-])(cat|id|ls|whoami|uname|wget|curl|"
                        r"ping|sleep|nc|bash|sh|echo|passwd)(?![\w])")


def shell_quote_inside(value):
    def q(m):
        w = m.group(1)
        return w[0] + "''" + w[1:] if len(w) > 1 else None
    res = SHELL_WORD.sub(lambda m: q(m) or m.group(0), value)
    return res if res != value else None


def shell_backslash_inside(value):
    res = SHELL_WORD.sub(lambda m: m.group(1)[0] + "\\" + m.group(1)[1:]
                         if len(m.group(1)) > 1 else m.group(0), value)
    return res if res != value else None


def shell_ifs(value):
    if " " not in value.strip():
        return None
    return value.strip().replace(" ", "${IFS}")


TAG = re.compile(r"<([a-zA-Z]+)(\s+)")


def tag_slash(value):
    res = TAG.sub(lambda m: "<" + m.group(1) + "/", value, count=1)
    return res if res != value else None


def js_scheme_tab(value):
    res = re.sub(r"(?i)java(script:)", lambda m: "java\t" + m.group(1),
                 value, count=1)
    return res if res != value else None


def backslashes(value):
    res = value.replace("/", "\\")
    return res if res != value and ".." in value else None


def dot_slash_encoded(value):
    # ../ as ..%2f inside the value (a second decoding by the application)
    res = value.replace("../", "..%2f").replace("..\\", "..%5c")
    return res if res != value else None


def url_encode_again(value):
    res = quote(value, safe="", errors="surrogatepass")
    return res if res != value else None


SQL_OR_AND = re.compile(r"(?i)(?<=[\s)'\"0-9])(or|and)(?=[\s('\"0-9])")


def sql_pipes(value):
    # MySQL: || is OR and && is AND (whole words between a space, quote,
    # parenthesis or digit on each side)
    res = SQL_OR_AND.sub(lambda m: "||" if m.group(1).lower() == "or"
                         else "&&", value)
    return res if res != value else None


SQL_KEYWORD = re.compile(r"(?i)\b(union|select|sleep|benchmark|or|and)\b")


def sql_versioned(value):
    # MySQL runs the text of /*!50000 ... */ as SQL
    res = SQL_KEYWORD.sub(lambda m: "/*!50000" + m.group(1) + "*/", value,
                          count=1)
    return res if res != value else None


HANDLER = re.compile(r"(?i)(\bon[a-z]+\s*=\s*)([a-z])")


def entity_in_handler(value):
    # the browser decodes character references in attribute values
    res = HANDLER.sub(lambda m: m.group(1) + f"&#{ord(m.group(2))};",
                      value, count=1)
    return res if res != value else None


CALL = re.compile(r"\b(alert|prompt|confirm|eval)\(([^()'\"`]*)\)")


def backtick_call(value):
    # a tagged template: alert`1` calls alert
    res = CALL.sub(lambda m: m.group(1) + "`" + m.group(2) + "`", value)
    return res if res != value else None


def newline_before_equals(value):
    res = re.sub(r"(?i)(\bon[a-z]+)=", lambda m: m.group(1) + "\n=", value,
                 count=1)
    return res if res != value else None


SUBST = re.compile(r"\$\(([^()`]+)\)")
BACKTICK = re.compile(r"`([^`$()]+)`")


def subst_swap(value):
    res = SUBST.sub(lambda m: "`" + m.group(1) + "`", value)
    if res == value:
        res = BACKTICK.sub(lambda m: "$(" + m.group(1) + ")", value)
    return res if res != value else None


# a ";" that ends a character reference (&lt; &#39;) is not a separator
SEMICOLON = re.compile(r"(?<!&[a-zA-Z]{2})(?<!&[a-zA-Z]{3})(?<!&[a-zA-Z]{4})"
                       r"(?<!&#\d{2})(?<!&#\d{3});")


def newline_for_semicolon(value):
    res = SEMICOLON.sub("\n", value)
    return res if res != value else None


ABS = {"cat": "/bin/cat", "id": "/usr/bin/id", "ls": "/bin/ls",
       "whoami": "/usr/bin/whoami", "uname": "/bin/uname",
       "ping": "/bin/ping", "sleep": "/bin/sleep", "wget": "/usr/bin/wget",
       "curl": "/usr/bin/curl", "nc": "/bin/nc", "echo": "/bin/echo"}
CMD_WORD = re.compile(r"(?<![\w$/.\\-])(" + "|".join(ABS) + r")(?![\w.])")


def absolute_command(value):
    res = CMD_WORD.sub(lambda m: ABS[m.group(1)], value, count=1)
    return res if res != value else None


def dot_segment(value):
    res = value.replace("../", ".././")
    return res if res != value else None


def double_slash(value):
    if ".." not in value:
        return None
    res = re.sub(r"(?<=[^/:])/(?=[^/])", "//", value)
    return res if res != value else None


def overlong_path(value, escaped):
    # "." and "/" as two-byte overlong UTF-8 (C0 AE, C0 AF): decoders
    # that do not refuse overlong forms read them as ASCII. As bytes
    # (surrogate-escaped here, sent as the bytes) or as %-escapes the
    # application decodes
    if "../" not in value:
        return None
    dot, slash = (("%c0%ae", "%c0%af") if escaped
                  else ("\udcc0\udcae", "\udcc0\udcaf"))
    return value.replace("../", dot + dot + slash)


def iis_u_path(value):
    # IIS's %uXXXX escapes of "." and "/" (decoded by the application)
    if "../" not in value:
        return None
    return value.replace("../", "%u002e%u002e%u002f")


def entity_in_scheme(value):
    # the browser decodes character references in a URL attribute too
    res = re.sub(r"(?i)\bj(avascript:)", lambda m: "&#106;" + m.group(1),
                 value, count=1)
    return res if res != value else None


def quoted_handler(value):
    # an unquoted handler's value, quoted (the same attribute)
    res = re.sub(r"(?i)(\bon[a-z]+=)([^\s\"'>][^\s>]*)",
                 lambda m: m.group(1) + '"' + m.group(2) + '"', value, count=1)
    return res if res != value else None


PATH_WORD = re.compile(r"/(etc|bin|usr|tmp|var)/([a-z]{3,})")


def glob_in_path(value):
    # one letter of an OS path's file name as "?": the shell's glob finds
    # the same file
    res = PATH_WORD.sub(lambda m: "/" + m.group(1) + "/" + m.group(2)[0]
                        + "?" + m.group(2)[2:], value, count=1)
    return res if res != value else None


def empty_expansion(value):
    # "$@" (no arguments: nothing) inside a command word
    res = SHELL_WORD.sub(lambda m: m.group(1)[0] + "$@" + m.group(1)[1:]
                         if len(m.group(1)) > 1 else m.group(0), value)
    return res if res != value else None


TAUT_NUM = re.compile(r"\b(\d+)\s*=\s*\1\b")
TAUT_STR = re.compile(r"'(\w*)'\s*=\s*'\1")


def tautology_swap(value):
    # a true comparison written another way: n=n as n+1>n, 'a'='a as
    # 'a' like 'a
    res = TAUT_NUM.sub(lambda m: f"{int(m.group(1)) + 1}>{m.group(1)}",
                       value, count=1)
    if res == value:
        res = TAUT_STR.sub(lambda m: f"'{m.group(1)}' like '{m.group(1)}",
                           value, count=1)
    return res if res != value else None


def fullwidth(value):
    # forms that NFKC (and IIS's best fit) turn into ASCII
    res = "".join(chr(ord(c) + 0xFEE0) if c in "<>'\"()=" else c
                  for c in value)
    return res if res != value else None


VALUE = {
    # name: (categories, fn(value, rng) -> value or None)
    "sql-comment-for-space": (("sqli",), lambda v, r: sql_spaces(v, "/**/")),
    "sql-newline-for-space": (("sqli",), lambda v, r: sql_spaces(v, "\n")),
    "sql-tab-for-space": (("sqli",), lambda v, r: sql_spaces(v, "\t")),
    "random-letter-case": (("sqli", "xss"), lambda v, r: random_case(v, r)),
    "shell-quotes-in-word": (("cmdi",), lambda v, r: shell_quote_inside(v)),
    "shell-backslash-in-word": (("cmdi",),
                                lambda v, r: shell_backslash_inside(v)),
    "shell-ifs-for-space": (("cmdi",), lambda v, r: shell_ifs(v)),
    "tag-slash-for-space": (("xss",), lambda v, r: tag_slash(v)),
    "js-scheme-with-tab": (("xss",), lambda v, r: js_scheme_tab(v)),
    "path-backslashes": (("traversal",), lambda v, r: backslashes(v)),
    "path-encoded-slash": (("traversal",), lambda v, r: dot_slash_encoded(v)),
    "url-encoded-again": (CATEGORIES, lambda v, r: url_encode_again(v)),
    "sql-pipes-for-or-and": (("sqli",), lambda v, r: sql_pipes(v)),
    "sql-versioned-comment": (("sqli",), lambda v, r: sql_versioned(v)),
    "sql-vtab-for-space": (("sqli",), lambda v, r: sql_spaces(v, "\x0b")),
    "html-entity-in-handler": (("xss",), lambda v, r: entity_in_handler(v)),
    "js-backtick-call": (("xss",), lambda v, r: backtick_call(v)),
    "html-newline-before-equals": (("xss",),
                                   lambda v, r: newline_before_equals(v)),
    "shell-subst-swapped": (("cmdi",), lambda v, r: subst_swap(v)),
    "shell-newline-for-semicolon": (("cmdi",),
                                    lambda v, r: newline_for_semicolon(v)),
    "shell-absolute-command": (("cmdi",), lambda v, r: absolute_command(v)),
    "path-dot-segment": (("traversal",), lambda v, r: dot_segment(v)),
    "path-double-slash": (("traversal",), lambda v, r: double_slash(v)),
    "fullwidth-punctuation": (("sqli", "xss"), lambda v, r: fullwidth(v)),
    "path-overlong-bytes": (("traversal",),
                            lambda v, r: overlong_path(v, False)),
    "path-overlong-escapes": (("traversal",),
                              lambda v, r: overlong_path(v, True)),
    "path-iis-u-escapes": (("traversal",), lambda v, r: iis_u_path(v)),
    "html-entity-in-scheme": (("xss",), lambda v, r: entity_in_scheme(v)),
    "html-handler-quoted": (("xss",), lambda v, r: quoted_handler(v)),
    "shell-glob-in-path": (("cmdi", "traversal"),
                           lambda v, r: glob_in_path(v)),
    "shell-empty-expansion-in-word": (("cmdi",),
                                      lambda v, r: empty_expansion(v)),
    "sql-tautology-rewritten": (("sqli",), lambda v, r: tautology_swap(v)),
}


def value_item(item, name, fn):
    new = fn(item["value"], _rng(item, name))
    if new is None or new == item["value"]:
        return None
    return dict(item, value=new, tid=f"{item['tid']}.{name}")


# -- seeds --------------------------------------------------------------------

def load_seeds(sample_n, seed=SEED):
    items = []
    for src, path in (("dev", cd.DEV_PAYLOADS), ("ext", EXTERNAL_ATTACKS)):
        for it in cd._read_jsonl(path):
            if it["label"] != "attack" or it["category"] not in CATEGORIES:
                continue
            items.append(dict(it, src=src))
    rng = random.Random(seed)
    by = {}
    for it in items:
        by.setdefault((it["src"], it["category"]), []).append(it)
    out = []
    for key in sorted(by):
        group = by[key]
        pick = group if len(group) <= sample_n else rng.sample(group, sample_n)
        out.extend(pick)
    for i, it in enumerate(out):
        it["tid"] = f"{it['src']}.{i}"
    return out


def load_benign(sample_n, seed=SEED):
    items = []
    for src, path in (("own", cd.OWN_VALUES),
                      ("extb", HERE / "corpus" / "external" / "benign.jsonl")):
        group = [dict(it, src=src, category="benign")
                 for it in cd._read_jsonl(path)]
        rng = random.Random(seed)
        items.extend(group if len(group) <= sample_n
                     else rng.sample(group, sample_n))
    for i, it in enumerate(items):
        it["tid"] = f"{it['src']}.{i}"
    return items


def seed_query(item):
    """corpus_dev.query_bytes with this tool's request id."""
    return cd.query_bytes(dict(item, id=item["tid"]))


def value_json(item):
    """corpus_dev.json_bytes with this tool's request id (a surrogate-
    escaped byte is sent as a \\u escape: JSON has no raw bytes)."""
    return cd.json_bytes(dict(item, id=item["tid"])).replace(
        b"X-Request-ID: json.", b"X-Request-ID: evasion-json.")


def value_query(item):
    """corpus_dev.query_bytes, but a surrogate-escaped byte is sent as
    that byte (an overlong form is no UTF-8 text)."""
    value = quote(item["value"].encode("utf-8", "surrogateescape"), safe="")
    return query_raw(item, value)


def send_all(host, port, items, to_bytes, workers):
    return cr.replay_keepalive(host, port, items, to_bytes, workers)


def classify(status):
    if status == 403:
        return "waf"
    if status in (400, 405, 413, 414, 415, 431):
        return "shape"
    if status is None or status >= 500:
        return "error"
    return "pass"


def run(host, port, sample_n, workers=8, placement="query"):
    seeds = load_seeds(sample_n)
    first = send_all(host, port, seeds, seed_query, workers)
    kept = [it for it, st in zip(seeds, first) if st == 403]
    rows = {}
    for name, fn in WIRE.items():
        sts = send_all(host, port, kept, fn, workers)
        rows[name] = ("wire", list(zip(kept, sts)))
    for name, (cats, fn) in VALUE.items():
        variants = [v for v in (value_item(it, name, fn) for it in kept
                                if it["category"] in cats) if v]
        sts = send_all(host, port, variants,
                       value_json if placement == "json" else value_query,
                       workers)
        rows[name] = ("value", list(zip(variants, sts)))
    # controls: benign values that pass as sent, through the same wire
    # spellings and one more level of encoding
    benign = load_benign(sample_n * 4)
    bfirst = send_all(host, port, benign, seed_query, workers)
    bkept = [it for it, st in zip(benign, bfirst) if classify(st) == "pass"]
    controls = {}
    for name, fn in WIRE.items():
        controls[name] = list(zip(bkept, send_all(host, port, bkept, fn,
                                                  workers)))
    again = [v for v in (value_item(it, "url-encoded-again",
                                    VALUE["url-encoded-again"][1])
                         for it in bkept) if v]
    controls["url-encoded-again"] = list(zip(again, send_all(
        host, port, again, seed_query, workers)))
    return {"seeds": len(seeds), "kept": len(kept),
            "seed_outcomes": _tally(zip(seeds, first)), "rows": rows,
            "benign": len(benign), "benign_kept": len(bkept),
            "controls": controls}


def _tally(pairs):
    t = {}
    for it, st in pairs:
        c = t.setdefault(it["category"], {"waf": 0, "shape": 0, "pass": 0,
                                          "error": 0})
        c[classify(st)] += 1
    return t


def summarize(result):
    out = {}
    for name, (kind, pairs) in result["rows"].items():
        per = {}
        for it, st in pairs:
            c = per.setdefault(it["category"], {"waf": 0, "shape": 0,
                                                "pass": 0, "error": 0})
            c[classify(st)] += 1
        out[name] = {"kind": kind, "by_category": per}
        ctl = result["controls"].get(name)
        if ctl is not None:
            c = {"waf": 0, "shape": 0, "pass": 0, "error": 0}
            for _, st in ctl:
                c[classify(st)] += 1
            out[name]["benign_control"] = c
    return out


def refused_share(counts):
    seen = counts["waf"] + counts["pass"] + counts["error"]
    return counts["waf"] / seen if seen else None


def report(result, summary, out=sys.stdout):
    print(f"seeds {result['seeds']}, refused as sent (kept) "
          f"{result['kept']}", file=out)
    print(f"benign controls {result['benign']}, passed as sent "
          f"{result['benign_kept']}", file=out)
    print("\n| transform | kind | " + " | ".join(CATEGORIES)
          + " | all | benign refused |", file=out)
    print("|---|---|" + "---:|" * (len(CATEGORIES) + 2), file=out)
    for name, row in summary.items():
        cells, tot = [], {"waf": 0, "shape": 0, "pass": 0, "error": 0}
        for cat in CATEGORIES:
            c = row["by_category"].get(cat)
            if not c:
                cells.append("")
                continue
            for k in tot:
                tot[k] += c[k]
            share = refused_share(c)
            n = c["waf"] + c["pass"] + c["error"]
            cells.append("" if share is None else f"{share:.3f} ({n})")
        share = refused_share(tot)
        cells.append("" if share is None else f"{share:.3f}")
        ctl = row.get("benign_control")
        cells.append("" if not ctl else
                     f"{ctl['waf']} / {sum(ctl.values())}"
                     + (f" (+{ctl['shape']} shape)" if ctl["shape"] else ""))
        print(f"| {name} | {row['kind']} | " + " | ".join(cells) + " |",
              file=out)
    print("(share of rewrites still refused, 403, over those the WAF saw; "
          "shape refusals left out)", file=out)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sample", type=int, default=150,
                   help="seeds per (corpus, category), seeded")
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--url")
    p.add_argument("--show", action="append", default=[],
                   metavar="TRANSFORM", help="print the rewrites that passed")
    p.add_argument("--json", metavar="FILE")
    p.add_argument("--placement", choices=("query", "json"), default="query",
                   help="where the value rewrites go: the query (default) "
                        "or a JSON body {\"note\": ...}")
    args = p.parse_args(argv)
    t0 = time.monotonic()
    if args.url:
        u = urlsplit(args.url)
        result = run(u.hostname, u.port or 80, args.sample, args.workers,
                     args.placement)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            with cr.run_edge(tmp) as edge:
                result = run("127.0.0.1", edge.port, args.sample,
                             args.workers, args.placement)
    summary = summarize(result)
    report(result, summary)
    for name in args.show:
        kind, pairs = result["rows"][name]
        for it, st in pairs + result["controls"].get(name, []):
            if classify(st) == ("waf" if it["category"] == "benign"
                                else "pass"):
                print(json.dumps({"transform": name, "category":
                                  it["category"], "id": it["id"],
                                  "value": it["value"][:300]},
                                 ensure_ascii=False))
    print(f"\nwall time {time.monotonic() - t0:.1f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"sample": args.sample, "seeds": result["seeds"],
             "kept": result["kept"], "transforms": summary}, indent=1)
            + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
