#!/usr/bin/env python3
"""Build the held-out SecLists attack corpus (attacks.jsonl) from lists/.

HELD OUT: NEVER TUNED ON. A miss measured on this corpus is reported as a class of
attack; it is never fixed by adding its string (or a near copy) to the WAF, a test table
or a development corpus.

lists/CATEGORY__NAME.txt are transcriptions of payload lists from the public GitHub
repository danielmiessler/SecLists (MIT licence), one payload per line as in the source.
This script (Python 3.11, standard library only):

  * reads every list in the fixed order of LISTS below;
  * drops empty lines, list-header comments ("# " / "## " / "### " followed by prose;
    payloads such as "#{7*7}", "#include" or "#xA" have no space after the hash and are
    kept), the few explanatory notes named in NOTES, and values longer than 2,000
    characters;
  * drops every value that already appears (exact string after strip()) in an existing
    corpus: /work/shared/corpus/dev-payloads.jsonl, the query/body values of
    /work/shared/corpus/crs-regression.jsonl, tests/corpus/benign-values.jsonl and every
    tests/corpus/*/attacks.jsonl and benign.jsonl (field "value");
  * dedupes within the new corpus (first occurrence wins, compared after strip());
  * caps each list at 400 values: when longer, random.Random(11).sample picks 400
    positions and they are kept in file order;
  * writes attacks.jsonl with ids sl-a00001... in output order (stable between runs).

Values are not decoded: the value is what the application receives. Only the line break
is removed from each line; leading and trailing spaces are kept in the value.

Run from the repository root:  python tests/corpus/seclists/build_seclists.py
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import parse_qsl, unquote_plus, urlsplit

HERE = Path(__file__).resolve().parent
LISTS_DIR = HERE / "lists"
OUT = HERE / "attacks.jsonl"
CORPUS_DIR = HERE.parent                      # tests/corpus
SHARED_CORPUS = HERE.parents[2].parent / "shared" / "corpus"   # ../shared beside the repo

REPO = "danielmiessler/SecLists"
MAX_LEN = 2000
CAP = 400
SEED = 11

# (file in lists/, path in SecLists, commit read, class)
LISTS: list[tuple[str, str, str, str]] = [
    ("traversal__LFI-Jhaddix.txt", "Fuzzing/LFI/LFI-Jhaddix.txt",
     "122cc78a22a114c4e1049c5606723ca4667b8f24", "lfi-jhaddix"),
    ("traversal__LFI-gracefulsecurity-linux.txt", "Fuzzing/LFI/LFI-gracefulsecurity-linux.txt",
     "294ee04ad35177a61c140a891191555c2f4958c6", "lfi-linux-paths"),
    ("traversal__LFI-gracefulsecurity-windows.txt", "Fuzzing/LFI/LFI-gracefulsecurity-windows.txt",
     "67c6fc674502121f7bacd2124b9edcc5f352a74e", "lfi-windows-paths"),
    ("traversal__LFI-linux-and-windows_by-1N3-CrowdShield.txt",
     "Fuzzing/LFI/LFI-linux-and-windows_by-1N3@CrowdShield.txt",
     "e1442fae7e70bf5a5c0bfd1b254dbe25aae0fb05", "lfi-1n3-crowdshield"),
    ("traversal__LFI-Windows-adeadfed.txt", "Fuzzing/LFI/LFI-Windows-adeadfed.txt",
     "3c78d52e15011db2d073fc7e864acb8d1c453d55", "lfi-windows-unc-traversal"),
    ("traversal__JHADDIX_LFI.txt", "Fuzzing/JHADDIX_LFI.txt",
     "951ea38c6590ff9a67983e6c9e434d7c2fe85eca", "lfi-jhaddix-old"),
    ("cmdi__COMMIX-INJECT-HERE.txt", "Fuzzing/COMMIX-INJECT-HERE.txt",
     "25d4ac447efb9e50b640649f1a09023e280e5c9c", "commix-generated"),
    ("sqli__Generic-SQLi.txt", "Fuzzing/Databases/SQLi/Generic-SQLi.txt",
     "07fe6cea123732d88013cbdac1c020d6a5b9adc6", "sqli-generic"),
    ("sqli__quick-SQLi.txt", "Fuzzing/Databases/SQLi/quick-SQLi.txt",
     "f5db82f8a5760293ea37f8af1ff1b3ab98147110", "sqli-quick"),
    ("sqli__sqli.auth.bypass.txt", "Fuzzing/Databases/SQLi/sqli.auth.bypass.txt",
     "f5db82f8a5760293ea37f8af1ff1b3ab98147110", "sqli-auth-bypass"),
    ("sqli__MySQL-SQLi-Login-Bypass.fuzzdb.txt",
     "Fuzzing/Databases/SQLi/MySQL-SQLi-Login-Bypass.fuzzdb.txt",
     "9c8c23fbedf611bbfee0546b48b54d219e3e313d", "sqli-mysql-login-bypass"),
    ("sqli__MSSQL.fuzzdb.txt", "Fuzzing/Databases/SQLi/MSSQL.fuzzdb.txt",
     "f5db82f8a5760293ea37f8af1ff1b3ab98147110", "sqli-mssql"),
    ("sqli__sqlmap-High-Risk-boolean_blind.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/High-Risk-Payloads/boolean_blind.txt",
     "049dc40465172a100a2ed95fe8f4d052bb604ff8", "sqlmap-high-boolean-blind"),
    ("sqli__sqlmap-High-Risk-error_based.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/High-Risk-Payloads/error_based.txt",
     "c6c3ad446a79fe5ff341b3998eccabc484f2ef84", "sqlmap-high-error-based"),
    ("sqli__sqlmap-High-Risk-time_blind.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/High-Risk-Payloads/time_blind.txt",
     "c6c3ad446a79fe5ff341b3998eccabc484f2ef84", "sqlmap-high-time-blind"),
    ("sqli__sqlmap-Low-Risk-boolean_blind.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/Low-Risk-Payloads/boolean_blind.txt",
     "59b5704b54d207e2b7dc5e5835da233e1a91d890", "sqlmap-low-boolean-blind"),
    ("sqli__sqlmap-Low-Risk-error_based.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/Low-Risk-Payloads/error_based.txt",
     "59b5704b54d207e2b7dc5e5835da233e1a91d890", "sqlmap-low-error-based"),
    ("sqli__sqlmap-Low-Risk-inline_query.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/Low-Risk-Payloads/inline_query.txt",
     "59b5704b54d207e2b7dc5e5835da233e1a91d890", "sqlmap-low-inline-query"),
    ("sqli__sqlmap-Low-Risk-stacked_queries.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/Low-Risk-Payloads/stacked_queries.txt",
     "049dc40465172a100a2ed95fe8f4d052bb604ff8", "sqlmap-low-stacked-queries"),
    ("sqli__sqlmap-Low-Risk-time_blind.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/Low-Risk-Payloads/time_blind.txt",
     "c6c3ad446a79fe5ff341b3998eccabc484f2ef84", "sqlmap-low-time-blind"),
    ("sqli__sqlmap-Medium-Risk-stacked_queries.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/Medium-Risk-Payloads/stacked_queries.txt",
     "049dc40465172a100a2ed95fe8f4d052bb604ff8", "sqlmap-medium-stacked-queries"),
    ("sqli__sqlmap-Medium-Risk-time_blind.txt",
     "Fuzzing/Databases/SQLi/sqlmap-risk-classified/Medium-Risk-Payloads/time_blind.txt",
     "c6c3ad446a79fe5ff341b3998eccabc484f2ef84", "sqlmap-medium-time-blind"),
    ("nosql__NoSQL.txt", "Fuzzing/Databases/NoSQL.txt",
     "177f25ba69a63e2801627ac42f17a8b112ea8cc6", "nosql-mongodb"),
    ("xss__HTML5sec-Injections-Jhaddix.txt", "Fuzzing/HTML5sec-Injections-Jhaddix.txt",
     "2e5e4abbb6c19bfcf9a045b06904b61967036f5b", "xss-html5sec"),
    ("xss__BRUTELOGIC_XSS_CHEATSHEET.txt", "Fuzzing/BRUTELOGIC_XSS_CHEATSHEET.txt",
     "601038eb4ea18c97177b43a757286d3c8a815db8", "xss-brutelogic"),
    ("xss__XSS_Polyglots.txt", "Fuzzing/Polyglots/XSS_Polyglots.txt",
     "44d69f467867c69b29416682b9129609f56d64af", "xss-polyglot"),
    ("xss__URI-XSS.fuzzdb.txt", "Fuzzing/URI-XSS.fuzzdb.txt",
     "a65f6bd6652207a59f76f0ac19f7971021781fdb", "xss-uri-scheme"),
    ("ssrf__SSRF_hacktricks.txt", "Fuzzing/SSRF_hacktricks.txt",
     "2145b2fd5451e9f40acc9577f29445c8e9243cf3", "ssrf-hacktricks"),
    ("ssi__SSI-Injection-Jhaddix.txt", "Fuzzing/SSI-Injection-Jhaddix.txt",
     "9258c6b9d9135465e1d8a54a0c7cdb3b632a2814", "ssi-jhaddix"),
    ("ldap__LDAP.Fuzzing.txt", "Fuzzing/LDAP.Fuzzing.txt",
     "327cc859eee8fb195405ef21e980a278487f5aba", "ldap-fuzzing"),
    ("xxe__XXE-Fuzzing.txt", "Fuzzing/XXE-Fuzzing.txt",
     "26cf832f9d3b13a05d14e42a2fe42bdc131173be", "xxe-fuzzing"),
]

CATEGORIES = {"traversal", "cmdi", "sqli", "xss", "ssrf", "nosql", "ssi", "ldap", "xxe"}

# List header: one to three '#', a space, then text.
HEADER = re.compile(r"^#{1,3} ")

# Lines of a list that explain other lines rather than being payloads (exact lines).
NOTES: dict[str, set[str]] = {
    "xss__BRUTELOGIC_XSS_CHEATSHEET.txt": {
        "[S] = stripped char or string",
        "& => %26 , # => %23 , + => %2B",
        # attacker-side shell and server code, not input to the target
        '$ while :; do printf "j$ "; read c; echo $c | nc -lp PORT >/dev/null; done',
        "$ exiftool -Artist='\"><img src=1 onerror=alert(1)>' FILENAME.jpeg",
        '$ while:; do echo "alert(1)" | nc -lp80; done',
        "<?php header(\u201cAccess-Control-Allow-Origin: *\u201d); ?>",
        # one base64 URL fragment wrapped over nine lines; no line is a payload alone
        "#eD1uZXcgWE1MSHR0cFJlcXVlc3QoKQ0KcD0nL3dwLWFkbWluL3Bsd",
        "Wdpbi1lZGl0b3IucGhwPycNCmY9J2ZpbGU9YWtpc21ldC9pbmRleC5w",
        "aHAnDQp4Lm9wZW4oJ0dFVCcscCtmLDApDQp4LnNlbmQoKQ0KJD0n",
        "X3dwbm9uY2U9JysvY2UiIHZhbHVlPSIoW14iXSo/KSIvLmV4ZWMoeC",
        "5yZXNwb25zZVRleHQpWzFdKycmbmV3Y29udGVudD08Pz1gJF9HRV",
        "RbYnJ1dGVdYDsmYWN0aW9uPXVwZGF0ZSYnK2YNCngub3BlbignUE",
        "9TVCcscCtmLDEpDQp4LnNldFJlcXVlc3RIZWFkZXIoJ0NvbnRlbnQtVHl",
        "wZScsJ2FwcGxpY2F0aW9uL3gtd3d3LWZvcm0tdXJsZW5jb2RlZCcpD",
        "Qp4LnNlbmQoJCk=",
    },
    "ssrf__SSRF_hacktricks.txt": {
        # which host each URL parser picks for http://1.1.1.1&@2.2.2.2#@3.3.3.3/
        "1.1.1.1", "2.2.2.2", "3.3.3.3",
    },
}


def _add(seen: set[str], value: object) -> None:
    if isinstance(value, str):
        key = value.strip()
        if key:
            seen.add(key)


def existing_values() -> tuple[set[str], list[tuple[str, int]]]:
    """Every value already in a corpus of the project (stripped)."""
    seen: set[str] = set()
    used: list[tuple[str, int]] = []
    files = [SHARED_CORPUS / "dev-payloads.jsonl", CORPUS_DIR / "benign-values.jsonl"]
    for sub in sorted(p for p in CORPUS_DIR.iterdir() if p.is_dir() and p != HERE):
        files += [sub / "attacks.jsonl", sub / "benign.jsonl"]
    for path in files:
        if not path.is_file():
            continue
        before = len(seen)
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    _add(seen, json.loads(line).get("value"))
        used.append((str(path), len(seen) - before))
    crs = SHARED_CORPUS / "crs-regression.jsonl"
    if crs.is_file():
        before = len(seen)
        with crs.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                case = json.loads(line)
                uri = case.get("uri")
                if isinstance(uri, str):
                    for _, v in parse_qsl(urlsplit(uri).query, keep_blank_values=True):
                        _add(seen, v)
                body = case.get("body")
                if isinstance(body, str):
                    _add(seen, body)
                    _add(seen, unquote_plus(body))
                    for _, v in parse_qsl(body, keep_blank_values=True):
                        _add(seen, v)
        used.append((str(crs) + " (query and body values)", len(seen) - before))
    return seen, used


def read_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()          # the file's final line break ends the last line
    return lines


def main() -> int:
    files = sorted(p.name for p in LISTS_DIR.glob("*.txt"))
    listed = [name for name, *_ in LISTS]
    if sorted(listed) != files:
        print("lists/ and LISTS differ:", sorted(set(files) ^ set(listed)), file=sys.stderr)
        return 1

    seen_elsewhere, used = existing_values()
    for path, n in used:
        print(f"existing corpus: {path}: {n} new distinct values")
    print(f"existing corpus values (distinct, stripped): {len(seen_elsewhere)}")
    print()

    kept_keys: set[str] = set()
    records: list[dict[str, str]] = []
    header = (f"{'list':52s} {'read':>5s} {'empty/hdr':>9s} {'note':>4s} {'long':>4s} "
              f"{'seen':>5s} {'dup':>4s} {'cap':>4s} {'kept':>5s}")
    print(header)
    print("-" * len(header))
    totals = dict.fromkeys(["read", "empty", "note", "long", "seen", "dup", "cap", "kept"], 0)
    per_cat: dict[str, int] = {}
    for name, path, commit, klass in LISTS:
        category = name.split("__", 1)[0]
        assert category in CATEGORIES, name
        notes = NOTES.get(name, set())
        lines = read_lines(LISTS_DIR / name)
        c = dict.fromkeys(totals, 0)
        c["read"] = len(lines)
        candidates: list[str] = []
        local: set[str] = set()
        for line in lines:
            value = line
            key = value.strip()
            if not key or HEADER.match(value):
                c["empty"] += 1
            elif value in notes:
                c["note"] += 1
            elif len(value) > MAX_LEN:
                c["long"] += 1
            elif key in seen_elsewhere:
                c["seen"] += 1
            elif key in kept_keys or key in local:
                c["dup"] += 1
            else:
                local.add(key)
                candidates.append(value)
        if len(candidates) > CAP:
            picked = sorted(random.Random(SEED).sample(range(len(candidates)), CAP))
            c["cap"] = len(candidates) - CAP
            candidates = [candidates[i] for i in picked]
        c["kept"] = len(candidates)
        source = f"{REPO}:{path}@{commit}"
        for value in candidates:
            kept_keys.add(value.strip())
            records.append({"source": source, "category": category, "class": klass,
                            "label": "attack", "value": value})
        per_cat[category] = per_cat.get(category, 0) + c["kept"]
        for k in totals:
            totals[k] += c[k]
        print(f"{name:52s} {c['read']:5d} {c['empty']:9d} {c['note']:4d} {c['long']:4d} "
              f"{c['seen']:5d} {c['dup']:4d} {c['cap']:4d} {c['kept']:5d}")
    print("-" * len(header))
    print(f"{'total':52s} {totals['read']:5d} {totals['empty']:9d} {totals['note']:4d} "
          f"{totals['long']:4d} {totals['seen']:5d} {totals['dup']:4d} {totals['cap']:4d} "
          f"{totals['kept']:5d}")
    print()
    for cat in sorted(per_cat):
        print(f"{cat:10s} {per_cat[cat]:5d}")

    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for i, rec in enumerate(records, 1):
            fh.write(json.dumps({"id": f"sl-a{i:05d}", **rec}, ensure_ascii=False) + "\n")
    print(f"\nwrote {OUT} ({len(records)} values)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
