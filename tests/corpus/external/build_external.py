"""Build the external (held-out) corpora of issue 11 from their sources.

    .venv/bin/python tests/corpus/external/build_external.py \
        --sqlmap DIR --faker DIR [--lists DIR] [--out DIR]

Writes, next to this script (or to --out):
- attacks.jsonl: attack values from PayloadsAllTheThings' Intruder lists and
  two SecLists XSS lists (transcribed into lists/ as CATEGORY__LISTNAME.txt,
  see README.md) and from sqlmap's detection payloads (data/xml of the unpacked sqlmap wheel),
- benign.jsonl: values a public API receives, from Faker's locale data (the
  unpacked faker wheel, seeded), CPython's standard-library docstrings, the
  documentation Debian packages install under /usr/share/doc and their
  descriptions.

One JSON object a line: {"id", "source", "category", "label", "value"}.
Every attack value that also appears, whitespace-stripped, in
../shared/corpus/dev-payloads.jsonl or in the CRS regression cases is
dropped (the corpora the WAF was tuned on): what is left is held out.

THESE ARE NEVER TUNED ON: a miss or a false positive is reported, never
fixed by adding its string to the WAF.
"""
import argparse
import collections
import gzip
import importlib
import inspect
import json
import random
import re
import subprocess  # nosec B404 - dpkg-query, fixed argv
import sys
import xml.etree.ElementTree as ET  # nosec B405 - sqlmap's own data files
from pathlib import Path
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared" / "corpus"
SEED = 11

PATT = "swisskyrepo/PayloadsAllTheThings"
SECLISTS = "danielmiessler/SecLists"
# list file (category__name.txt) -> (path in the repository, commit[, repo
# when not PayloadsAllTheThings])
PATT_LISTS = {
    "cmd__command-execution-unix.txt": (
        "Command Injection/Intruder/command-execution-unix.txt",
        "52fdf92b15e748cbc37a7c2b7b8b4ae05b10696d"),
    "cmd__command_exec.txt": (
        "Command Injection/Intruder/command_exec.txt",
        "a4a0bd04a917dcc4f413412f304149a182152b65"),
    "traversal__directory_traversal.txt": (
        "Directory Traversal/Intruder/directory_traversal.txt",
        "82ec5f0314cc3238233154d6f0a4cd4e64c5dc12"),
    "traversal__deep_traversal.txt": (
        "Directory Traversal/Intruder/deep_traversal.txt",
        "78d7f393abcada7f1e78e5b24ff3dc747a678c75"),
    "traversal__traversals-8-deep-exotic-encoding.txt": (
        "Directory Traversal/Intruder/traversals-8-deep-exotic-encoding.txt",
        "2c8724f7d8cf8d31a8059e709a2530397f43723b"),
    "traversal__Traversal.txt": (
        "File Inclusion/Intruders/Traversal.txt",
        "a198c5b9e310db522add9bdeeca99184c0470b89"),
    "sqli__Auth_Bypass.txt": (
        "SQL Injection/Intruder/Auth_Bypass.txt",
        "404afd1d719b59c2a7600b83b5ed4583f8c822e9"),
    "sqli__Auth_Bypass2.txt": (
        "SQL Injection/Intruder/Auth_Bypass2.txt",
        "82ec5f0314cc3238233154d6f0a4cd4e64c5dc12"),
    "sqli__Generic_ErrorBased.txt": (
        "SQL Injection/Intruder/Generic_ErrorBased.txt",
        "82ec5f0314cc3238233154d6f0a4cd4e64c5dc12"),
    "sqli__Generic_Fuzz.txt": (
        "SQL Injection/Intruder/Generic_Fuzz.txt",
        "15f15583ac26670da867780f3672e34baa36fed1"),
    "sqli__Generic_TimeBased.txt": (
        "SQL Injection/Intruder/Generic_TimeBased.txt",
        "15f15583ac26670da867780f3672e34baa36fed1"),
    "sqli__Generic_UnionSelect.txt": (
        "SQL Injection/Intruder/Generic_UnionSelect.txt",
        "852e248b1042d315c64cbb5af8ea0cba850c65ad"),
    "sqli__SQLi_Polyglots.txt": (
        "SQL Injection/Intruder/SQLi_Polyglots.txt",
        "a4a0bd04a917dcc4f413412f304149a182152b65"),
    "xss__BRUTELOGIC-XSS-JS.txt": (
        "XSS Injection/Intruders/BRUTELOGIC-XSS-JS.txt",
        "a198c5b9e310db522add9bdeeca99184c0470b89"),
    "xss__BRUTELOGIC-XSS-STRINGS.txt": (
        "XSS Injection/Intruders/BRUTELOGIC-XSS-STRINGS.txt",
        "852e248b1042d315c64cbb5af8ea0cba850c65ad"),
    "xss__MarioXSSVectors.txt": (
        "XSS Injection/Intruders/MarioXSSVectors.txt",
        "852e248b1042d315c64cbb5af8ea0cba850c65ad"),
    "xss__RSNAKE_XSS.txt": (
        "XSS Injection/Intruders/RSNAKE_XSS.txt",
        "d889c592931975e203524e4dd37113f1899aee01"),
    "xss__XSS_Polyglots.txt": (
        "XSS Injection/Intruders/XSS_Polyglots.txt",
        "2f4bba0e7e905d598accdccd2014b3d4ee0c3b86"),
    "xss__xss_alert.txt": (
        "XSS Injection/Intruders/xss_alert.txt",
        "52fdf92b15e748cbc37a7c2b7b8b4ae05b10696d"),
    "xss__xss_payloads_quick.txt": (
        "XSS Injection/Intruders/xss_payloads_quick.txt",
        "a4a0bd04a917dcc4f413412f304149a182152b65"),
    "nosql__NoSQL.txt": (
        "NoSQL Injection/Intruder/NoSQL.txt",
        "013ca1f9b0dbee90c71e41e63e1c170fed129a91"),
    "ldap__LDAP_FUZZ.txt": (
        "LDAP Injection/Intruder/LDAP_FUZZ.txt",
        "852e248b1042d315c64cbb5af8ea0cba850c65ad"),
    "ssi__ssi_esi.txt": (
        "Server Side Include Injection/Files/ssi_esi.txt",
        "852e248b1042d315c64cbb5af8ea0cba850c65ad"),
    "crlf__crlfinjection.txt": (
        "CRLF Injection/Files/crlfinjection.txt",
        "852e248b1042d315c64cbb5af8ea0cba850c65ad"),
    # SecLists' lists from PortSwigger's XSS cheat sheet (not fuzzdb)
    "xss__xss-without-parentheses-semi-colons-portswigger.txt": (
        "Fuzzing/XSS/robot-friendly/"
        "xss-without-parentheses-semi-colons-portswigger.txt",
        "e1442fae7e70bf5a5c0bfd1b254dbe25aae0fb05", SECLISTS),
    "xss__XSS-Cheat-Sheet-PortSwigger.txt": (
        "Fuzzing/XSS/robot-friendly/XSS-Cheat-Sheet-PortSwigger.txt",
        "e1442fae7e70bf5a5c0bfd1b254dbe25aae0fb05", SECLISTS),
}
CATEGORY = {"cmd": "cmdi", "sqli": "sqli", "xss": "xss",
            "traversal": "traversal", "nosql": "nosql", "ldap": "ldap",
            "ssi": "ssi", "crlf": "crlf"}
# {FILE} in the generated traversal lists, filled in turn
FILE_TARGETS = ("etc/passwd", "windows/win.ini", "etc/shadow", "boot.ini")
MAX_LEN = 2000


# -- what is not an attack on its own, and what was tuned on -----------------

def fragment_reason(value):
    """Why a listed value is not an attack as a whole value, or None: a
    fuzzing fragment (under 4 characters once URL-decoded: a lone quote,
    `|`, `%0a`) or a bare word (`dir`, `ifconfig`: a command name alone in
    a search box is not an injection)."""
    s = unquote(value).strip()
    if len(s) < 4:
        return "fragment"
    if re.fullmatch(r"[A-Za-z]+", s):
        return "bare word"
    return None


# Listed values read and judged not attacks in any placement.
NOT_ATTACKS = {
    "</nowiki>": "a lone closing wiki tag in the SSI list: no directive",
}


def tuned_values():
    """Whitespace-stripped values of the development corpora: each value of
    dev-payloads.jsonl, and of each CRS case its URI, query, body, every
    decoded query/form value and every header value."""
    seen = set()

    def add(v):
        if v:
            seen.add(v.strip())

    with open(SHARED / "dev-payloads.jsonl", encoding="utf-8") as f:
        for line in f:
            add(json.loads(line)["value"])
    with open(SHARED / "crs-regression.jsonl", encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            uri = case.get("uri") or ""
            query = urlsplit(uri).query
            body = case.get("body") or ""
            for v in (uri, query, unquote_plus(query), body,
                      unquote_plus(body)):
                add(v)
            for text in (query, body):
                for _, v in parse_qsl(text, keep_blank_values=True):
                    add(v)
            for v in (case.get("headers") or {}).values():
                add(str(v))
    return seen


# -- attacks ------------------------------------------------------------------

def patt_values(lists_dir):
    """(source, category, value) of every transcribed list line."""
    for name, (path, commit, *repo) in PATT_LISTS.items():
        repo = repo[0] if repo else PATT
        text = (Path(lists_dir) / name).read_text(encoding="utf-8")
        cat = CATEGORY[name.split("__", 1)[0]]
        n = 0
        for line in text.split("\n"):
            if not line.strip():
                continue
            if "{FILE}" in line:
                line = line.replace("{FILE}",
                                    FILE_TARGETS[n % len(FILE_TARGETS)])
                n += 1
            yield f"{repo}:{path}@{commit}", cat, line


def _fill(template, rng):
    """sqlmap's placeholders, filled the way its agent does for detection
    (random numbers and strings, a 5 s sleep, a true inference)."""
    nums = {}

    def num(m):
        key = m.group(0)
        if key not in nums:
            nums[key] = str(rng.randint(1000, 9999))
        return nums[key]

    def word(k=4):
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz")
                       for _ in range(k))

    out = template
    out = out.replace("[GENERIC_SQL_COMMENT]", "-- -")
    out = out.replace("[QUERY]",
                      "SELECT (CASE WHEN ([RANDNUM]=[RANDNUM]) THEN 1 "
                      "ELSE 0 END)")
    out = out.replace("[INFERENCE]", "[RANDNUM]=[RANDNUM]")
    out = out.replace("[SLEEPTIME]", "5")
    out = out.replace("[DELIMITER_START]", "q" + word(3) + "q")
    out = out.replace("[DELIMITER_STOP]", "q" + word(3) + "q")
    out = re.sub(r"\[RANDNUM\d?\]", num, out)
    out = re.sub(r"\[RANDSTR\d?\]", lambda m: word(), out)
    return out


def _ints(text):
    """sqlmap's "1,2,3" and "1-8" lists as a set of ints."""
    out = set()
    for part in text.split(","):
        lo, _, hi = part.strip().partition("-")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def sqlmap_values(sqlmap_dir, per_test=2, max_level=3):
    """(source, "sqli", value): each detection test of sqlmap's
    payloads/*.xml (UNION tests left out: their [UNION] is built at run
    time), wrapped in `per_test` boundaries of boundaries.xml (level <=
    max_level) that fit its clause and place, as
    ORIGVALUE PREFIX " " PAYLOAD COMMENT | " " SUFFIX."""
    root = Path(sqlmap_dir) / "sqlmap"
    version = (root.parent / next(
        p.name for p in root.parent.iterdir()
        if p.name.startswith("sqlmap-") and p.name.endswith(".dist-info"))
    ).name.split("-")[1].removesuffix(".dist-info")
    data = root / "data" / "xml"
    bounds = []
    for b in ET.parse(data / "boundaries.xml").getroot():  # nosec B314
        if int(b.findtext("level")) > max_level:
            continue
        bounds.append({
            "clause": _ints(b.findtext("clause")),
            "where": _ints(b.findtext("where")),
            "prefix": b.findtext("prefix") or "",
            "suffix": b.findtext("suffix") or ""})
    rng = random.Random(SEED)  # nosec B311 - reproducible test data
    for xml in sorted((data / "payloads").glob("*.xml")):
        if xml.name == "union_query.xml":
            continue
        rel = f"sqlmap/data/xml/payloads/{xml.name}"
        for test in ET.parse(xml).getroot():  # nosec B314
            payload = test.findtext("request/payload")
            if not payload:
                continue
            comment = test.findtext("request/comment") or ""
            clause = _ints(test.findtext("clause"))
            where = _ints(test.findtext("where"))
            fits = [b for b in bounds if b["where"] & where and (
                0 in b["clause"] or 0 in clause or b["clause"] & clause)]
            for b in rng.sample(fits, min(per_test, len(fits))):
                place = min(b["where"] & where)
                orig = {1: "1", 2: "-" + str(rng.randint(1000, 9999)),
                        3: ""}[place]
                tail = comment if comment else " " + b["suffix"]
                value = _fill(f"{orig}{b['prefix']} {payload}{tail}", rng)
                if re.search(r"\[[A-Z_]+\d?\]", value):
                    continue  # a placeholder detection does not fill
                yield f"sqlmap {version}:{rel}", "sqli", value.strip()


def build_attacks(lists_dir, sqlmap_dir, log):
    tuned = tuned_values()
    out, seen = [], set()
    dropped = collections.Counter()
    for source, cat, value in list(patt_values(lists_dir)) + list(
            sqlmap_values(sqlmap_dir)):
        key = value.strip()
        reason = fragment_reason(value) or (
            "judged not an attack" if key in NOT_ATTACKS else None)
        if reason:
            dropped[reason] += 1
        elif len(value) > MAX_LEN:
            dropped["over 2000 characters"] += 1
        elif key in tuned:
            dropped["in the development corpora"] += 1
        elif (cat, key) in seen:
            dropped["repeated"] += 1
        else:
            seen.add((cat, key))
            out.append({"source": source, "category": cat,
                        "label": "attack", "value": value})
    for i, it in enumerate(out, 1):
        it["id"] = f"ext-a{i:05d}"
    log(f"attacks: {len(out)} kept; dropped {dict(dropped)}")
    return out


# -- benign -------------------------------------------------------------------

FAKER_LOCALES = ("en_US", "en_GB", "en_IE", "ga_IE", "de_DE", "fr_FR",
                 "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE",
                 "tr_TR", "ru_RU", "uk_UA", "el_GR", "he_IL", "ar_AA",
                 "hi_IN", "ja_JP", "zh_CN", "ko_KR", "vi_VN", "id_ID")
# Faker method -> class; each called FAKER_EACH times per locale
FAKER_FIELDS = {
    "name": "name", "address": "address", "company": "company",
    "email": "email", "url": "url", "phone_number": "phone",
    "job": "job", "file_path": "path", "user_agent": "user-agent",
    "sentence": "text", "paragraph": "text", "street_address": "address",
}
FAKER_EACH = 5


def faker_values(faker_dir):
    sys.path.insert(0, str(faker_dir))
    faker = importlib.import_module("faker")
    src = f"faker {faker.VERSION}:faker/providers (seeded {SEED})"
    for loc in FAKER_LOCALES:
        fake = faker.Faker(loc)
        fake.seed_instance(SEED)
        for method, cls in FAKER_FIELDS.items():
            for _ in range(FAKER_EACH):
                kw = {"depth": 3} if method == "file_path" else {}
                yield f"{src} {loc}.{method}", cls, getattr(fake, method)(
                    **kw)


STDLIB = ("argparse", "asyncio", "base64", "collections", "contextlib",
          "csv", "dataclasses", "datetime", "decimal", "difflib", "email",
          "enum", "fractions", "functools", "gettext", "glob", "gzip",
          "hashlib", "heapq", "html", "http.client", "http.cookies",
          "imaplib", "inspect", "ipaddress", "itertools", "json", "locale",
          "logging", "mailbox", "mimetypes", "operator", "os", "pathlib",
          "pickle", "pprint", "queue", "random", "re", "sched", "shlex",
          "shutil", "smtplib", "socket", "sqlite3", "statistics", "string",
          "struct", "subprocess", "tarfile", "tempfile", "textwrap",
          "threading", "time", "timeit", "tomllib", "traceback", "typing",
          "unicodedata", "unittest", "urllib.parse", "urllib.request",
          "uuid", "warnings", "weakref", "xml.dom.minidom", "zipfile",
          "zoneinfo")
ATTACK_WORDS = re.compile(
    r"(?i)\b(exploit\w*|inject\w*|xss|payload|shellcode|attack\w*)\b")


def paragraphs(text):
    for p in re.split(r"\n\s*\n", text):
        p = p.strip("\n")
        if 20 <= len(p.strip()) <= MAX_LEN and not ATTACK_WORDS.search(p):
            yield p


def docstring_values(per_module=15):
    """Paragraphs of the docstrings of a module, its classes and functions
    (at most per_module a module, evenly spaced)."""
    ver = "%d.%d.%d" % sys.version_info[:3]
    for name in STDLIB:
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        paras = list(paragraphs(inspect.getdoc(mod) or ""))
        for attr in sorted(vars(mod)):
            obj = getattr(mod, attr)
            if attr.startswith("_") or getattr(obj, "__module__",
                                               None) != mod.__name__:
                continue
            if inspect.isclass(obj) or inspect.isfunction(obj):
                paras.extend(paragraphs(inspect.getdoc(obj) or ""))
        for p in _spread(paras, per_module):
            yield f"cpython {ver}:Lib/{name.replace('.', '/')}", \
                _doc_class(p), p


def _spread(items, n):
    items = list(dict.fromkeys(items))
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def _doc_class(p):
    lines = [ln for ln in p.split("\n") if ln.strip()]
    if p.lstrip().startswith("```") or p.lstrip().startswith(">>>") or \
            all(ln.startswith(("    ", "\t", "$ ", "# ")) for ln in lines):
        return "doc-code"
    if all(re.match(r"\s*([-*+]|\d+[.)])\s", ln) for ln in lines[:1]):
        return "doc-list"
    return "doc-prose"


def _read_doc(path):
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


def debian_doc_values(per_file=12, root=Path("/usr/share/doc")):
    """Paragraphs of the README, markdown, reST and text files Debian
    packages install (no changelogs, copyright or security files)."""
    versions = dict(line.split("\t", 1) for line in subprocess.run(  # nosec
        ["dpkg-query", "-W", "-f=${Package}\t${Version}\n"], check=True,
        capture_output=True, text=True).stdout.splitlines() if "\t" in line)
    pat = re.compile(r"(?i)^(readme.*|.*\.(md|markdown|rst|txt))(\.gz)?$")
    for path in sorted(root.glob("*/*")):
        low = path.name.lower()
        if not path.is_file() or not pat.match(path.name) or any(
                w in low for w in ("changelog", "copyright", "security",
                                   "license", "licence", "news")):
            continue
        try:
            text = _read_doc(path)
        except (UnicodeDecodeError, OSError, EOFError, gzip.BadGzipFile):
            continue
        pkg = path.parent.name
        src = f"debian {pkg} {versions.get(pkg, '?')}:{path}"
        for p in _spread(list(paragraphs(text)), per_file):
            yield src, _doc_class(p), p


def debian_description_values():
    """Each installed package's one-line summary and the first paragraph
    of its long description (dpkg's status database)."""
    end = "%%END%%"
    raw = subprocess.run(  # nosec B603 B607 - fixed argv
        ["dpkg-query", "-W", "-f=${binary:Package}\\t${Version}\\t"
         "${Description}\\n" + end + "\\n"],
        check=True, capture_output=True, text=True).stdout
    for rec in raw.split("\n" + end + "\n"):
        if rec.count("\t") < 2:
            continue
        pkg, ver, desc = rec.strip("\n").split("\t", 2)
        summary, _, body = desc.partition("\n")
        src = f"debian {pkg} {ver}:/var/lib/dpkg/status"
        yield src, "pkg-summary", summary
        first = []
        for line in body.split("\n"):
            if line.strip() == ".":
                break
            first.append(line.strip())
        if first:
            yield src, "pkg-description", " ".join(first)


def build_benign(faker_dir, log):
    out, seen = [], set()
    counts = collections.Counter()
    for source, cls, value in list(faker_values(faker_dir)) + list(
            docstring_values()) + list(debian_doc_values()) + list(
            debian_description_values()):
        value = str(value)
        if not value.strip() or len(value) > MAX_LEN or value in seen:
            counts["dropped"] += 1
            continue
        seen.add(value)
        counts[cls] += 1
        out.append({"source": source, "category": cls, "label": "benign",
                    "value": value})
    for i, it in enumerate(out, 1):
        it["id"] = f"ext-b{i:05d}"
    log(f"benign: {len(out)} kept; {dict(counts)}")
    return out


def write(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({k: it[k] for k in (
                "id", "source", "category", "label", "value")},
                ensure_ascii=False) + "\n")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lists", default=str(HERE / "lists"),
                   help="the transcribed PayloadsAllTheThings lists")
    p.add_argument("--sqlmap", required=True, help="unpacked sqlmap wheel")
    p.add_argument("--faker", required=True, help="unpacked faker wheel")
    p.add_argument("--out", default=str(HERE))
    args = p.parse_args(argv)
    out = Path(args.out)

    def log(msg):
        print(msg, file=sys.stderr)

    write(out / "attacks.jsonl",
          build_attacks(args.lists, args.sqlmap, log))
    write(out / "benign.jsonl", build_benign(args.faker, log))
    return 0


if __name__ == "__main__":
    sys.exit(main())
