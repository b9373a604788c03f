"""The README's WAF rule table, made from the detectors' own RULES records
(lua/edge/waf/detect/*.lua, in the registry's order), so the two cannot
drift apart: test_34 compares them.

    .venv/bin/python tests/rules_table.py [--write]   # print, or rewrite README.md
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DETECTORS = ["protocol", "sqli", "xss", "rce", "code", "path"]
SCORES = {"critical": 5, "error": 4, "warning": 3, "notice": 2}
RECORD = re.compile(
    r'\{\s*id\s*=\s*"([^"]+)",\s*severity\s*=\s*"(\w+)",\s*pl\s*=\s*(\d+),'
    r'\s*desc\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*(?:\.\.\s*)?)+)\}', re.S)
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
HEAD = ("| rule | severity (score) | paranoia | matches |\n"
        "|---|---|---|---|\n")


# a record of another module's, in its place: "nosql.RULES[1]," (sqli's
# list holds edge.waf.detect.nosql's rule)
REF = re.compile(r'^\s*(\w+)\.RULES\[(\d+)\],', re.M)


def records(name):
    src = (ROOT / "lua" / "edge" / "waf" / "detect" / f"{name}.lua").read_text()
    block = src[src.index("_M.RULES = {"):]
    block = block[:block.index("\n}\n")]
    found = [(m.start(), m.groups()) for m in RECORD.finditer(block)]
    found += [(m.start(), records(m.group(1))[int(m.group(2)) - 1])
              for m in REF.finditer(block)]
    out = []
    for _, (rid, sev, pl, desc) in sorted(found):
        if isinstance(pl, str):
            desc = "".join(bytes(s, "utf-8").decode("unicode_escape")
                           for s in STRING.findall(desc))
        out.append((rid, sev, int(pl), desc))
    return out


def rules():
    out = []
    for name in DETECTORS:
        out += records(name)
    return out


def table():
    rows = [f"| `{rid}` | {sev} ({SCORES[sev]}) | {pl} | "
            f"{desc.replace('|', '&#124;')} |" for rid, sev, pl, desc in rules()]
    return HEAD + "\n".join(rows) + "\n"


def readme_table(text=None):
    text = text if text is not None else README.read_text()
    start = text.index(HEAD, text.index("### Rules"))
    end = text.index("\n\n", start)
    return text, start, end + 1


def main():
    new = table()
    if "--write" in sys.argv:
        text, start, end = readme_table()
        README.write_text(text[:start] + new + text[end:])
    else:
        sys.stdout.write(new)


if __name__ == "__main__":
    main()
