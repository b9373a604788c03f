"""Inclusive instructions and call counts of named functions in callgrind
output files (the format's calls= lines: the cost line after each is the
call's inclusive cost). Used by loadtests/bench_hs.py to tell how much of
a request is PCRE (ngx_http_lua_ffi_exec_regex) or Hyperscan (hs_scan)."""
import glob
import re

NAME = re.compile(r"^c?fn=\((\d+)\)(?: (.*))?$")


def calls_to(out, names):
    """{name: (calls, inclusive Ir)} summed over the files `out`* (one per
    thread or dump), for calls whose callee's name contains one of
    `names`. Calls from a function to itself are left out."""
    res = {n: [0, 0] for n in names}
    for path in glob.glob(out + "*"):
        ids = {}
        fn = cfn = None
        pending = None
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if pending is not None:
                    parts = line.split()
                    if len(parts) >= 2 and pending[0] != fn:
                        res[pending[1]][0] += pending[2]
                        res[pending[1]][1] += int(parts[-1])
                    pending = None
                    continue
                m = NAME.match(line)
                if m:
                    k, name = m.group(1), m.group(2)
                    if name is not None:
                        ids[k] = name
                    if line.startswith("fn="):
                        fn = ids.get(k)
                    else:
                        cfn = ids.get(k)
                    continue
                if line.startswith("calls=") and cfn:
                    for n in names:
                        if n in cfn:
                            count = int(line[6:].split()[0])
                            pending = (cfn, n, count)
                            break
    return {n: tuple(v) for n, v in res.items()}
