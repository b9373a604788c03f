-- OS command injection detection from shell structure.
--
-- A command only runs if it stands where a shell reads a command: at the
-- start of the value (the application passes it to a shell) or after a
-- separator (; | & && || newline, `...`, $(...), <(...)). At each such
-- position the word is read the way a shell would after quote removal
-- ("ti''me" is time, "c${X}url" is curl, "/usr/bin/perl" is perl) and
-- looked up in the vocabulary of Unix and Windows commands. Words that are
-- also English ("time", "more", "find") need shell-looking arguments
-- (options, paths, redirections) so prose with semicolons passes.
-- Shell-only syntax is a hit wherever it appears: command substitution,
-- process substitution, here-strings, /dev/tcp redirections, glob-
-- obfuscated paths (/e[t]c/pa??wd), brace expansion, shellshock "() {",
-- alias definitions, Windows FOR/IF batch syntax, PowerShell cmdlets and
-- %ENV% variables.

local re_find = require("edge.waf.re").find
local re_match = require("edge.waf.re").match
local rules = require "edge.waf.rules"
local get = rules.get

local byte = string.byte
local sub = string.sub
local find = string.find
local gsub = string.gsub
local match = string.match
local gmatch = string.gmatch


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "rce-command", severity = "critical", pl = 1,
      desc = "a known command in command position" },
    { id = "rce-substitution", severity = "critical", pl = 1,
      desc = "command or process substitution: $(...), `...`, <(...)" },
    { id = "rce-shell-syntax", severity = "critical", pl = 1,
      desc = "shell-only syntax: here-strings, /dev/tcp, fd redirection, "
             .. "sh -c, ${IFS}, shellshock" },
    { id = "rce-glob", severity = "critical", pl = 1,
      desc = "glob or brace expansion hiding a path or command" },
    { id = "rce-path", severity = "critical", pl = 1,
      desc = "a program invoked by its path (/bin/sh, /usr/bin/perl)" },
    { id = "rce-windows", severity = "critical", pl = 1,
      desc = "cmd.exe batch syntax, PowerShell, LOLBins, %ENV% variables" },
}


local function set(text)
    local t = {}
    for w in gmatch(text, "%S+") do
        t[w] = true
    end
    return t
end

-- Commands whose names are not English words.
local STRONG = set([[
    ls whoami ifconfig ipconfig uname chmod chown chgrp wget curl nc ncat
    netcat bash zsh ksh csh tcsh dash sh ash busybox nslookup netstat
    traceroute tracert tcpdump crontab iptables useradd usermod userdel
    passwd sudo sudoedit gcc g++ cc c89 c99 clang nohup strace ltrace gdb
    xxd hexdump base64 base32 gunzip gzip zcat bzcat xzcat unxz xz zstd
    zstdcat bzip2 bunzip2 bsdtar lz4 7z 7za unzip cpulimit lastlog
    lastlogin htop visudo cscli printenv pwd grep egrep fgrep zgrep tac nl
    od chroot ulimit umask killall pkill systemctl journalctl dmesg lsof ps
    ping6 arp whois uptime hostname ldd objdump readelf readlink realpath
    whereis updatedb umount fdisk mkfs apt apt-get yum dnf rpm dpkg pip
    pip3 npm npx gem cargo docker kubectl helm svn lynx elinks w3m aria2c
    tftp ftp sftp scp ssh rsync socat mkfifo mknod telnet openssl gpg irb
    jrunscript jjs tclsh luajit nodejs deno osascript awk gawk mawk nawk
    sed xargs perf flock rmt rmt-tar rmt-dump renice ionice taskset setsid
    unshare nsenter capsh chattr lsattr getfacl setfacl shred uniq wc csplit
    unexpand vim nvim nano emacs pico cpio unrar sqlcmd mysql psql sqlite3
    mongo redis-cli msfconsole msfvenom nmap masscan hashcat
    sqlmap nikto aptitude apt-cache ansible ansible-playbook ansible-galaxy ansible-doc
    ansible-pull ansible-config ansible-console ansible-inventory
    ansible-vault chef-client chef-shell chef-vault chef-run chef-solo
    salt-call terraform certutil bitsadmin mshta rundll32
    regsvr32 wscript cscript msiexec wmic powershell pwsh cmd cmd.exe
    tasklist taskkill systeminfo netsh regedit reg.exe schtasks icacls
    cacls takeown vssadmin wevtutil bcdedit bcdboot diskpart format.com
    iwr iex iwmi whoami.exe net.exe sc.exe getent id ip ss lsmod modprobe
    insmod rmmod sysctl chpasswd newgrp pgrep pidof nproc lscpu lsblk
    blkid findmnt mount.cifs smbclient rpcclient ldapsearch kinit
    ]])

-- Commands whose names also start English sentences: at the start of a
-- value they need shell-looking arguments.
local PROSE = set([[
    curl apt gem pip id ip cc nl od ss tac yum su sed ps perf flock helm
    cargo lynx nano pico bash dash ash sh uptime hostname mysql mongo
    terraform cmd nc clang uniq tee pwd
    ]])

-- Commands distinctive enough to be a hit as a whole value.
local LONE = set([[
    whoami ifconfig ipconfig netstat systeminfo uname nslookup tasklist
    ]])

-- Interpreters: a hit after a separator, at the start only with
-- interpreter-looking arguments (-c, -e, a script path).
local INTERPRETERS = set([[
    python python2 python3 perl ruby php node lua java jshell tclsh expect
    pwsh powershell
    ]])

-- Commands that are also English words: need shell-like arguments.
local WEAK = set([[
    time more find sort head tail cut join split touch kill less look wait
    write yes last who watch date file make type copy move print set test
    ping top man dir echo read shift exit sleep nice open tar ed ex vi at
    bc dc pr w env cat host dig git su route mail rev fold comm bridge
    column which install tr paste expand fmt mount cd rm mv cp ln mkdir
    rmdir df du free stat strings tee truncate dd unlink locate help
    logger batch alias export unset source eval exec trap command builtin
    del erase ren rename attrib xcopy robocopy start call shutdown reboot
    halt poweroff init service systeminfo net sc query
    ]])

-- Words that only prefix the real command.
local PREFIX = set([[
    sudo nohup time env exec command builtin xargs nice timeout strace
    ltrace busybox doas stdbuf unbuffer chronic setsid then do else
    ]])

local RE_SHELL_ARG = [=[^\s+(?:-{1,2}[a-z0-9]|/|~|\.{1,2}/|[<>|&;]|\$|['"`]|[\w-]+\.[a-z]{2,}]=]
    .. [=[|\d+\.\d+\.\d+\.\d+|\*|[\w-]+=)]=]
local RE_INTERP_ARG = [=[^\s+(?:-{1,2}[a-z]|/|~|\.{1,2}/|["']]=]
    .. [=[|[\w./-]+\.(?:py|pl|rb|php|js|lua|sh|ps1)\b)]=]


-- Shell-only syntax, one record per construct (edge.waf.rules), in order;
-- on v.low, behind the detector's GATE.
local SH = "rce-shell-syntax"
local WIN = "rce-windows"
local SYNTAX = {
    { id = "rce-substitution", needles = { "$(" },
      pattern = [=[\$\(\s*[\w/.$(`'"\\-]]=] },
    { id = "rce-substitution", needles = { "<(", ">(" },
      pattern = [=[[<>]\(\s*[\w/.$'"-]]=] },
    { id = "rce-substitution", needles = { "$[" },
      pattern = [=[\$\[[^\]]*\]]=] },
    { id = "rce-substitution", needles = { "${" },
      pattern = [=[\$\{(?:ifs|path|shell|home|pwd|user]=]
        .. [=[|[a-z_]+\s*(?:[#%^,@]|:[-=?+]|/))|\$\{[^}]*[`$]|\$\{\s*`]=] },
    { id = SH, needles = { "<<<" },
      pattern = [=[<<<]=] },
    { id = SH, needles = { "/dev/" },
      pattern = [=[/dev/(?:tcp|udp)/]=] },
    { id = SH, needles = { ">" },
      pattern = [=[\d\s*>\s*&\s*\d|>\s*&\s*\d|&\s*>\s*/]=] },
    { id = SH, needles = { "|" },
      pattern = [=[\|\s*(?:sh|bash|zsh|ksh|dash|python\d?|perl|ruby|php|node)\b]=] },
    { id = SH, needles = { "sh -", "box -" },
      pattern = [=[\b(?:sh|bash|zsh|ksh|dash|ash|busybox)\s+-[a-z]*[ci]\b]=] },
    { id = SH, needles = { "ifs" },
      pattern = [=[\$\{?ifs\b]=] },
    { id = SH, needles = { "{" },
      pattern = [=[^\s*["']?\s*\(\s*\)\s*\{|\(\s*\)\s*\{\s*:\s*;\s*\}]=] },
    { id = SH, needles = { "alias" },
      pattern = [=[\balias\s+(?:-[a-z]+\s+)*(?:\+[a-z]\+?\s+)?["']?[\w.-]+["']?\s*=]=] },
    { id = SH, needles = { "nc " },
      pattern = [=[\bnc\s+(?:-[a-z]+\s+)*-[a-z]*[elp]\b]=] },
    { id = SH, needles = { "chmod" },
      pattern = [=[\bchmod\s+[+0-7][0-7rwxs]*\s]=] },
    { id = SH, needles = { "exec" },
      pattern = [=[\bexec\s+\d*\s*[<>]]=] },
    { id = SH, needles = { "trap" },
      pattern = [=[\btrap\s+["'][^"']+["']\s+(?:sig)?(?:exit|int|term|hup|err|debug)\b]=] },
    { id = SH, needles = { "-exec" },
      pattern = [=[\bfind\b.*\s-exec\s]=] },
    { id = SH, needles = { "~" },
      pattern = [=[^\s*~[+-]\d*\s*$]=] },
    { id = SH, needles = { "-wrapper" },
      pattern = [=[\b-wrapper\s+(?:sh|bash)\b]=] },
    { id = "rce-glob", needles = { "[" },
      pattern = [=[(?:^|[\s;|&=<>'"(`])/[\w.\-/?*!\[\]]*(?:\w\[[^\]]*\]|\[[^\]]*\]\w)]=] },
    { id = "rce-glob", needles = { "??", "/?" },
      pattern = [=[(?:^|[\s;|&=<>'"(`])/[\w.\-/*]*\?\?[\w.\-/?*]*|(?:^|[\s;|&=<>'"(`])/\?+/]=] },
    { id = "rce-glob", needles = { "{" },
      pattern = [=[(?:^|[\s;|&$])\{[\w./-]*(?:,[\w./-]*)+\}|\w\{[a-z]*,[a-z]*\}\w]=] },
    { id = WIN, needles = { "%" },
      pattern = [=[\bfor\s+(?:/[dflr]\b[^%]*)?%%?[^\s%]*\s+in\s*\(]=] },
    { id = WIN, needles = { "exist", "defined", "errorlevel", "cmdextversion" },
      pattern = [=[\bif\s*(?:/i\s+)?(?:not\s+)?(?:exist|defined|errorlevel|cmdextversion)\s]=] },
    { id = WIN, needles = { " equ ", " neq ", " lss ", " leq ", " gtr ", " geq " },
      pattern = [=[\bif\s*(?:/i\s+)?(?:not\s+)?\S+\s+(?:equ|neq|lss|leq|gtr|geq)\s+\S]=] },
    { id = WIN, needles = { "==" },
      pattern = [=[\bif\s*(?:/i\s+)?(?:not\s+)?\S*%\S*\s*==]=]
        .. [=[|\bif\s*(?:/i\s*)?(?:not\s+)?\S+==\S+\s]=]
        .. [=[|\bif\s*(?:/i\s+)?(?:not\s+)?(?:"[^"]*"|\[[^\]]*\]|\{[^}]*\}|\([^)]*\))\s*==]=] },
    { id = WIN, needles = { "cmd" },
      pattern = [=[\bcmd(?:\.exe)?\s*/[ckr]\b]=] },
    { id = WIN, needles = { "powershell", "pwsh" },
      pattern = [=[\bpowershell(?:\.exe)?\b|\bpwsh\b]=] },
    { id = WIN, needles = { "invoke-" },
      pattern = [=[\binvoke-(?:expression|webrequest|command|restmethod|item|wmimethod]=]
        .. [=[|shellcode)\b]=] },
    { id = WIN, needles = { "iex", "iwr", "irm", "iwmi" },
      pattern = [=[(?:^|[;&|(]\s*)(?:iex|iwr|irm|iwmi)\b]=] },
    { id = WIN, needles = { "new-object" },
      pattern = [=[\bnew-object\s+(?:-typename\s+)?(?:net\.webclient|system\.net)]=] },
    { id = WIN, needles = { "download" },
      pattern = [=[\bdownload(?:string|file|data)\s*\(]=] },
    { id = WIN, needles = { "start-process", "set-executionpolicy", "get-wmiobject",
                            "get-process" },
      pattern = [=[\b(?:start-process|set-executionpolicy|get-wmiobject|get-process)\b]=] },
    { id = WIN, needles = { "-enc" },
      pattern = [=[\s-(?:enc|encodedcommand)\s+[a-z0-9+/=]{8,}]=] },
    { id = WIN, needles = { "%" },
      pattern = [=[%(?:comspec|systemroot|systemdrive|windir|programfiles|appdata|temp]=]
        .. [=[|userprofile|path|username|computername|homedrive|homepath)%]=] },
    { id = WIN, needles = { "certutil", "bitsadmin", "mshta", "rundll32", "regsvr32",
                            "wscript", "cscript", "msiexec", "wmic" },
      pattern = [=[\b(?:certutil|bitsadmin|mshta|rundll32|regsvr32|wscript|cscript|msiexec)]=]
        .. [=[(?:\.exe)?\s|\bwmic(?:\.exe)?\s]=] },
    { id = WIN, needles = { "bcdboot", "bcdedit", "vssadmin", "wevtutil", "schtasks",
                            "regedit" },
      pattern = [=[\b(?:bcdboot|bcdedit|vssadmin|wevtutil|schtasks|regedit)(?:\.exe)?\s+/]=] },
}

local RE_PATH = [=[(?:^|[\s;|&$(`'"=<>{])(?:/usr)?(?:/local)?/s?bin/[\w.+-]]=]
local RE_BIN = [=[(?:^|[\s;|&'"])s?bin/([\w.+-]+)]=]

local GATE = [=[[;|&`$(){}<>\[\]%\n/\\?~!-]|\b(?:for|if|alias|cmd|powershell|pwsh|iex|iwr)\b]=]
    .. [=[|\b(?:irm|iwmi|invoke|certutil|bitsadmin|mshta|rundll32|regsvr32|wscript|cscript)\b]=]
    .. [=[|\b(?:msiexec|wmic)\b]=]


-- The word at position i, with shell quote removal; returns word, end.
local function read_word(s, i, n)
    local j = i
    while j <= n do
        local c = byte(s, j)
        -- stop at space and separators
        if c == 32 or c == 9 or c == 10 or c == 13 or c == 59 or c == 124
                or c == 38 or c == 41 or c == 40 or c == 60 or c == 62
                or c == 96 or c == 44 or c == 61 then
            break
        end
        if c == 36 and byte(s, j + 1) == 40 then
            break
        end
        j = j + 1
    end
    local w = sub(s, i, j - 1)
    -- plain finds, not a pattern: this runs for every value, and Lua
    -- patterns leave the JIT-compiled trace (see command_at)
    if find(w, "$", 1, true) or find(w, "'", 1, true) or find(w, '"', 1, true)
            or find(w, "\\", 1, true) then
        w = gsub(w, "%${[%w_]*}", "")
        w = gsub(w, "%$[@*]", "")
        w = gsub(w, "['\"\\]", "")
    end
    return w, j
end


local function basename(w)
    if not find(w, "/", 1, true) then
        return w
    end
    local b = match(w, "([^/]+)$")
    return b or w
end


-- Names that need a pattern to recognize: python3.11, ansible-*, chef-*.
-- The plain prefix test first, so most words never reach string.match.
local function versioned_command(name)
    local c = byte(name, 1)
    if c == 112 then           -- p
        return match(name, "^python[%d.]*$") ~= nil
    elseif c == 97 then        -- a
        return find(name, "ansible-", 1, true) == 1
    elseif c == 99 then        -- c
        return find(name, "chef-", 1, true) == 1
    end
    return false
end


local function command_at(s, i, n, at_start)
    for _ = 1, 4 do
        while i <= n do
            local c = byte(s, i)
            if c == 32 or c == 9 or c == 10 or c == 13 or c == 123
                    or c == 40 or c == 39 or c == 34 then
                i = i + 1
            else
                break
            end
        end
        if i > n then
            return false
        end
        local w, j = read_word(s, i, n)
        if w == "" or byte(s, j) == 61 then     -- empty, or NAME=value
            return false
        end
        local name = basename(w)
        local var = false
        if byte(w, 1) == 36 then                -- $
            name = sub(name, 2)
            if name == "shell" or name == "{shell}" then
                return true
            end
            var = true                   -- an unset $x expands to nothing
        end
        if var and j <= n then
            i = j
        elseif PREFIX[name] and j <= n then
            -- "time; x" and "time" alone are commands themselves
            local k = j
            while byte(s, k) == 32 do
                k = k + 1
            end
            if k > n or byte(s, k) == 59 then
                return not at_start
            end
            -- "env --version": the prefix runs as a command itself
            if not at_start and byte(s, k) == 45 then
                return true
            end
            -- "timeout 5 cmd": skip a numeric argument
            if name == "timeout" then
                local _, e = find(s, "^%s*%d+%w*", j)
                if e then
                    j = e + 1
                end
            end
            i = j
        else
            -- most words are no command: look the name up before the
            -- arguments are read (Lua patterns run outside the JIT trace)
            local strong = STRONG[name] or versioned_command(name)
            if not (strong or INTERPRETERS[name] or WEAK[name]) then
                return false
            end
            local rest = sub(s, j, j + 60)
            local bare = rest == "" or find(rest, "^%s*[;|&)`\n<>]")
                or find(rest, "^%s*$")
            if strong then
                if not at_start then
                    return true
                end
                -- a value that is only a command name ("lastlog") is data
                if find(rest, "^%s*$") then
                    return LONE[name] ~= nil
                end
                return bare or not PROSE[name]
                    or re_find(rest, RE_SHELL_ARG, "jo") ~= nil
            end
            if INTERPRETERS[name] then
                return (not at_start and (bare or re_find(rest, RE_SHELL_ARG, "jo")))
                    or re_find(rest, RE_INTERP_ARG, "jo") ~= nil
            end
            if WEAK[name] then
                if bare and not at_start then
                    return true
                end
                return re_find(rest, RE_SHELL_ARG, "jo") ~= nil
                    and (not at_start or find(rest, "^%s+[-/~]") ~= nil)
            end
            return false
        end
    end
    return false
end


local function commands(s, v, separators_only)
    local n = #s
    if not separators_only and command_at(s, 1, n, true) then
        return true
    end
    local ctx = get(v, "re_ctx")
    local i = 1
    for _ = 1, 64 do
        ctx.pos = i
        local b = re_find(s, [=[[;|&`\n]]=], "jo", ctx)
        if not b then
            return false
        end
        local j = b + 1
        if byte(s, b) == 96 and (b == 1 or byte(s, b - 1) == 32) then
            -- `...` after a space is markdown code, after a word a
            -- substitution: skip the span
            local e = find(s, "`", b + 1, true)
            if not e then
                return false
            end
            i = e + 1
        else
            while byte(s, j) == 124 or byte(s, j) == 38 do
                j = j + 1
            end
            if command_at(s, j, n, false) then
                return true
            end
            i = j
        end
    end
    return false
end


local function substitution_commands(s)
    -- $( ... and <( ... : the inside is a command position too
    if not (find(s, "$(", 1, true) or find(s, "<(", 1, true)
            or find(s, ">(", 1, true)) then
        return false
    end
    local i = 1
    for _ = 1, 16 do
        local b, e = find(s, "[$<>]%(", i)
        if not b then
            return false
        end
        if command_at(s, e + 1, #s, false) then
            return true
        end
        i = e + 1
    end
    return false
end


-- A whole value that is only a distinctive command name ("whoami").
function _M.lone(s, on, report)
    if on["rce-command"] and LONE[s] then
        return report("rce-command")
    end
    return false
end


-- A command in command position: at the start of a value or a header
-- (an argument name, a key or a file name only after a separator), after
-- a separator, inside $(...) and <(...); or a whole value that is only a
-- distinctive command name.
local function command(s, v, where)
    local value = where == "value" or where == "header"
    return (value and LONE[s]) or commands(s, v, not value) or substitution_commands(s)
        or false
end


-- A program from a bin/ directory that is a command the vocabulary knows.
local function bin_command(s)
    local m = re_match(s, RE_BIN, "jo")
    return m ~= nil and (STRONG[m[1]] or WEAK[m[1]] or INTERPRETERS[m[1]]
                         or match(m[1], "^ansible") ~= nil or match(m[1], "^chef") ~= nil)
end


-- Plain values (edge.waf's inspect: letters, digits, spaces and , . _ :
-- + @ - only, lower-cased): no separator, quote, "$", "(", "/", "<" or
-- ">" can occur, so the only command position is the start of the value
-- (after prefix words), paths and substitutions cannot be written, and
-- the other records run behind their needles. A command needs its word
-- in the vocabulary: if the first word (up to a space or ",", where
-- read_word stops here) is none of them, no command can be found
-- (plain_maybe).
local NOT_PATH = { path = false }
local COMMANDS = rules.compile({
    { id = "rce-command", where = NOT_PATH, check = command, plain = false },
}, _M.RULES)

local RULES = SYNTAX
RULES[#RULES + 1] = { id = "rce-path", where = NOT_PATH, needles = { "bin/" },
                      pattern = RE_PATH }
RULES[#RULES + 1] = { id = "rce-path", where = NOT_PATH, needles = { "bin/" },
                      check = bin_command }
rules.compile(RULES, _M.RULES)


function _M.detect(v, on, report, where)
    if rules.run(COMMANDS, v, on, report, where) then
        return true
    end
    if not re_find(v.low, GATE, "jo") then
        return false
    end
    return rules.run(RULES, v, on, report, where)
end


_M.PLAIN_NEEDLES = rules.plain_needles({}, COMMANDS, RULES)


function _M.plain_maybe(low)
    local n = #low
    local i = 1
    while byte(low, i) == 32 do
        i = i + 1
    end
    local j = i
    while j <= n do
        local c = byte(low, j)
        if c == 32 or c == 44 then
            break
        end
        j = j + 1
    end
    if j == i then
        return false
    end
    local w = sub(low, i, j - 1)
    return PREFIX[w] or STRONG[w] or INTERPRETERS[w] or WEAK[w] or LONE[w]
        or versioned_command(w)
end


_M.PATTERNS = rules.patterns({ RE_SHELL_ARG, RE_INTERP_ARG, RE_BIN, GATE }, COMMANDS, RULES)
_M.STRONG = STRONG
-- every word set, for tests that generate values
_M.VOCABULARY = { STRONG, PROSE, LONE, INTERPRETERS, WEAK, PREFIX }

return _M
