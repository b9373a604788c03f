-- Path traversal / local file inclusion, remote file inclusion, SSRF and
-- dangerous upload names, from path structure.
--
-- Traversal is a ".." path segment however it is spelled (/, \, %2f,
-- overlong UTF-8, 0x2e hex notation, ";" path parameters). LFI targets are
-- absolute paths into operating-system directories (/etc/x, /proc/x,
-- C:\Windows\x) and hidden (dot) directories. RFI is a URL whose host is an
-- IP literal, a URL cut short with a trailing "?", or a URL given to an
-- argument named like a file or include path. SSRF is a URL (or host/path)
-- pointing at loopback, link-local/metadata addresses or internal names.
-- Upload names are checked for executable server-side extensions.

local re_find = require("edge.waf.re").find
local re_gsub = require("edge.waf.re").gsub
local re_match = require("edge.waf.re").match
local decode_base64 = ngx.decode_base64
local rules = require "edge.waf.rules"
local match = require "edge.waf.match"

local byte = string.byte
local find = string.find
local sub = string.sub
local gsub = string.gsub
local gmatch = string.gmatch
local str_match = string.match
local concat = table.concat
local lower = string.lower
local ipairs = ipairs
local alt = rules.alt
local any = match.any


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "lfi-traversal", severity = "critical", pl = 1,
      desc = "a '..' path segment (any separator or encoding)" },
    { id = "lfi-system-path", severity = "critical", pl = 1,
      desc = "absolute path into an OS directory (/etc/x, C:\\Windows)" },
    { id = "lfi-hidden", severity = "critical", pl = 1,
      desc = "hidden (dot) file or directory" },
    { id = "lfi-extension", severity = "critical", pl = 1,
      desc = "path ending in a restricted extension (backup, dump, key) or, "
             .. "as a value, in a server log's name (/x/logs/error_log); "
             .. "a file's NTFS stream (x.asp::$DATA)" },
    { id = "lfi-system-path-weak", severity = "warning", pl = 1,
      desc = "OS directory mentioned in text, or a path into applications' "
             .. "places (/usr/share, /tmp, /opt)" },
    { id = "lfi-hidden-weak", severity = "warning", pl = 1,
      desc = "hidden (dot) file or directory mentioned in text" },
    { id = "lfi-extension-weak", severity = "warning", pl = 1,
      desc = "a value naming an archive, log or settings file, or a file "
             .. "in a project's tree or at a network URL (restricted extension)" },
    { id = "rfi-ip-url", severity = "critical", pl = 1,
      desc = "URL whose host is an IP literal (in any notation inet_aton reads: "
             .. "127.1, 0x7f000001, 2130706433)" },
    { id = "rfi-truncation", severity = "critical", pl = 1,
      desc = "URL ending in '?' (cuts off an appended suffix)" },
    { id = "rfi-open-redirect", severity = "critical", pl = 1,
      desc = "scheme-relative URL spelled to dodge a same-site check (/\\host, "
             .. "///host), an http(s) URL whose // is spelled otherwise (https:/\\/host, "
             .. "https:host), to an IP literal (//198.51.100.7, //3325256711), or "
             .. "given to a redirect parameter inside a value (/login?next=//host)" },
    { id = "rfi-unc", severity = "critical", pl = 1,
      desc = "a Windows UNC path as the value: to an administrative share "
             .. "(\\\\host\\c$, admin$, ipc$), to an IP literal or "
             .. "localhost, or into the device namespace (\\\\.\\, "
             .. "\\\\?\\GLOBALROOT)" },
    { id = "rfi-data-uri", severity = "critical", pl = 1,
      desc = "a data: URI as a whole value (inline content for includes)" },
    { id = "rfi-include-url", severity = "critical", pl = 1,
      desc = "URL given to an argument named like a path or include" },
    { id = "ssrf-internal", severity = "critical", pl = 1,
      desc = "URL to loopback, link-local/metadata or internal hosts (also with "
             .. "a trailing dot, or as the leading labels of a wildcard-DNS "
             .. "name: 127.0.0.1.nip.io)" },
    { id = "ssrf-scheme", severity = "critical", pl = 1,
      desc = "a whole value that is a gopher://, dict:// or tftp:// URL: protocols "
             .. "only a server-side fetcher dials, any host" },
    { id = "file-upload-name", severity = "critical", pl = 1,
      desc = "upload name with a server-side executable extension" },
}


-- Traversal and OS paths are read on the path view (path_view, below):
-- every spelling of ".", "/" and "\" folded, "\" read as "/", "//" and
-- "/./" folded, so "/./etc//passwd" and "..\/..\/" read as what a file
-- system makes of them.
local RE_TRAVERSAL_PATH = alt({
    [=[(?:^|[/;])\.{2,}[/;]]=],
    [=[/\.{3,}]=],
    -- (the off-by-slash of a prefix location's alias: see RE_TRAVERSAL)
    [=[^/[\w-]+\.\./]=],
})
-- In a value, "/..." that no separator follows is an ellipsis or Go's
-- "./..." package pattern, not a step up.
-- (three dots between two named segments, "Games/.../Saves", elide the
-- directories between them in prose; from the start or after another
-- step, ".../.../", they climb)
local RE_TRAVERSAL = alt({
    [=[(?:^|[/;])(?:\.{2}|\.{4,})[/;]]=], [=[(?:^|(?<![\w \-])[/;])\.{3}[/;]]=],
    [=[(?:^|/)\.\.$]=],
    -- a segment that starts with ".." before a name ("/..{name}")
    [=[/\.{2,}[\w{$%~@]]=],
    -- the first segment of a path glued to "..": a prefix location whose
    -- alias lacks its slash maps "/assets../conf/local.py" to the
    -- alias's parent (nginx's off-by-slash)
    [=[^/[\w-]+\.\./]=],
})

-- Up to three parent steps to a picture, a recording, a stylesheet, a
-- font or a page of the same site or project ("../images/logo.png" in
-- markdown, "../../Samples/kick 01.wav" in a sampler's library): a
-- relative link, not a way out (four steps, the OS's directories or any
-- other target still are; RE_LINK_IN_TEXT below also takes a PDF's or an
-- office file's. A step to another user's document inside the
-- application's own tree, "../8812/contract.pdf", is the application's to
-- refuse: no owner shows in the path; a segment before the step,
-- "8811/../8812/x.pdf", still counts as a way out).
-- (a picture's extensions: here, in RE_LINK_IN_TEXT and in OS_STRONG's
-- application data under /var; a recording's or a video's here and in
-- RE_LINK_IN_TEXT)
local PICTURES = [=[png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|jp2]=]
local MEDIA = [=[wav|aiff?|flac|mp3|ogg|oga|opus|m4a|aac|midi?|mp4|m4v|mov|webm|mkv]=]
    -- (and a track or a map: GPS exchange, KML, GeoJSON)
    .. [=[|gpx|tcx|kmz?|geojson]=]
local NOT_OS_DIR = [=[(?!(?:etc|proc|sys|dev|var|root|home|boot|usr|bin|sbin|opt|tmp]=]
    .. [=[|windows|winnt)/)]=]
local RE_RELATIVE_LINK = [=[^(?:\.\./){1,3}]=] .. NOT_OS_DIR .. [=[(?:[\w -]+/)*[\w -]+\.]=]
    .. [=[(?:]=] .. PICTURES .. [=[|]=] .. MEDIA .. [=[|css|md|markdown|rst|woff2?|ttf|otf)$]=]
-- In text, a link up to three steps to a page, a picture, a stylesheet, a
-- font or a project's LICENSE, README...: a markdown link's target
-- ("[Licence](../../LICENSE.md)", "![x](../img/a.png)"), a path in a code span
-- or a sentence ("`../../docs/setup.md`", "../guides/start.md#install"),
-- a word ending there; and "../" as a word
-- ("two ../ in a row confuse me") leads nowhere. Each is taken
-- out of the text and the rest read again: a step to anything else (code,
-- which may be a server's: "../lib/utils.js"; a settings file; the OS's
-- directories; four steps and more) is still a way out.
-- (and in text a document's: a PDF, an office file)
local RE_LINK_IN_TEXT = [=[(?:^|(?<=[\s(\[`'"]))(?:(?:\.\./){1,3}]=] .. NOT_OS_DIR
    .. [=[(?:[\w-]+/)*(?:[\w-]+\.]=]
    .. [=[(?:]=] .. PICTURES .. [=[|]=] .. MEDIA .. [=[|css|scss|less|md|markdown|rst|adoc|]=]
    .. [=[woff2?|ttf|otf|html?|pdf|docx?|xlsx?|pptx?|odt|ods|odp)]=]
    .. [=[|license|licence|readme|changelog|contributing|authors|notice|copying)]=]
    .. [=[(?:\.(?:md|txt|rst))?(?:#[\w-]*)?(?=$|[\s)\]`'",:;!?])|\.\./(?=\s))]=]

-- The OS's own sensitive areas: credential, configuration and process
-- files, system state, the Windows system directories and ini files.
local OS_STRONG = alt({
    [=[etc/[\w.-]]=], [=[proc/(?:self|thread-self|\d|[a-z])]=],
    [=[sys/(?:class|kernel|devices|fs|block|bus|module|power|firmware)\b]=],
    -- (not /dev/null: what a manual's every "> /dev/null" writes to, and
    -- reading it gives nothing)
    [=[dev/(?:tcp|udp|shm|mem|kmem|fd|stdin|stdout|stderr|zero|random|urandom|disk|sd)]=],
    -- system state and logs under /var, but the caches and scratch
    -- space every application writes to, and a document, a picture or a
    -- data file in the web server's trees or in a spool applications
    -- queue their files in ("/var/www/iiif/x/manifest.json",
    -- "/var/spool/scans/scan_0001.pdf": an application's own; the
    -- directories themselves, scripts, libraries and settings there stay
    -- the OS's places)
    -- (and a table, a report or a picture an application keeps under its
    -- own state directory, "/var/lib/<app>/exports/x.csv.gz"; not the
    -- container runtimes', cloud-init's and the databases', whose files hold
    -- the environment, the user data and the tables' rows)
    -- (nor an iPhone's: /var/mobile and /var/containers hold its apps'
    -- sandboxes, what a crash report's paths name; no server has them)
    -- (nor a directory, "/" at its end, under a place of /var the system
    -- does not make, "/var/exports/monthly/": a setting's folder, no
    -- file read; a file there is an application's secret like any other)
    [=[var/(?!cache\b|tmp\b|folders\b|mobile/|containers/]=]
        .. [=[|(?!(?:log|lib|run|spool|mail|backups|adm|www|db|local|opt|lock|crash|account)\b)]=]
        .. [=[[\w.-]+/(?:[\w.-]+/)*(?:[\s'"]|$)]=]
        .. [=[|(?:www|spool)/(?!cron/|mail/)[\w./-]*\.]=]
        .. [=[(?:pdf|json|geojson|csv|tsv|xml|txt|html?|]=] .. PICTURES
        .. [=[|zpl|mp[34]|zip)(?![\w./-])]=]
        .. [=[|lib/(?!docker/|containerd/|kubelet/|cloud/|mysql/|pgsql/|postgresql/)]=]
        .. [=[[\w-]+/[\w./-]*\.]=]
        .. [=[(?:csv|tsv|xlsx?|ods|pdf|parquet|]=] .. PICTURES
        .. [=[)(?:\.(?:gz|bz2|xz|zst|zip))?(?![\w./-]))]=]
        .. [=[[a-z]\w*]=],
    [=[root/]=], [=[usr/(?:local/)?etc/]=], [=[usr/spool/]=],
    -- (macOS's /etc and /var are links into /private)
    [=[private/(?:etc/|var/(?!mobile/|containers/))[\w.-]]=],
    [=[home/[\w.-]+/\.]=],
    [=[windows/]=], [=[winnt/]=], [=[system32\b]=], [=[inetpub\b]=],
    -- a Java web application's private directories (its /etc)
    [=[(?:web|meta)-inf/]=],
    -- the etc of a package's prefix (/usr/local/nagios/etc/, /usr/pkg/etc/,
    -- /opt/zabbix/etc/): the OS's /etc for what is installed there
    [=[(?:usr(?:/local)?|opt)/[\w.+-]+/etc/[\w.-]]=],
})
-- Places that hold applications' own files: weak evidence alone.
local OS_WEAK = alt({
    [=[usr/(?:local/)?(?:lib|libexec|share|src|bin|sbin)/]=], [=[var/(?:www|spool)/\w]=],
    [=[s?bin/\w]=], [=[tmp/[\w.]]=], [=[opt/\w]=], [=[boot/]=],
})
local OS_FILES = [=[(?:^|/)(?:boot|win|system|php)\.ini\b]=]
-- what starts a path in a value: the start, a quote, "=", a shell
-- metacharacter, a scheme ("file:/etc" once "//" is folded)
-- (an "@" before a path names a file whose content is read in: curl's
-- "-d @file", ImageMagick's "label:@file")
local PATH_START = [=[(?:^|[\s'"=;:(|&><,`@])]=]
-- the OS's own files by name: enough in a request path, or as a
-- relative path that is a whole value ("etc/passwd", base64 of it)
-- (a new alternative needs one of plain_path's OS_TARGET_PARTS in it)
local OS_TARGETS = alt({
    [=[etc/(?:passwd|shadow|group|hosts|issue|master\.passwd|sudoers|crontab|ssh)]=],
    [=[proc/(?:self|version|cpuinfo|meminfo|interrupts|mounts|net|\d+)]=],
    [=[sys/(?:class|kernel|devices|firmware)\b]=],
    [=[(?:boot|win|php|system)\.ini\b]=],
    [=[(?:windows|winnt)/(?:system32|win\.ini)]=],
    [=[inetpub/wwwroot]=], [=[(?:web|meta)-inf/[\w.]]=],
})
-- Traversal with its separators stripped (a filter that deletes "/" and
-- "\\" leaves "....etcpasswd"): a run of dots, or a drive's colon, glued
-- to an OS target written without its separators (OS_TARGETS, "/"
-- removed: the same targets, written once).
-- (but a process number: "...proc2" is text)
local STRIPPED_TARGETS = gsub(gsub(OS_TARGETS, "/", ""), "|\\d%+", "")
local RE_STRIPPED_DOTS = [=[(?:^|[\s=:'"])\.{2,}]=] .. STRIPPED_TARGETS
-- An OS target relative to "." ("./etc/passwd", "./././etc/shadow",
-- ".\\./etc/hosts": the path view folds the "." segments), as a value or
-- after "=", a quote or a space: from a process whose working directory
-- is "/" (a container's default), the OS's own file ("./configure",
-- "./src/main.c" are paths like any other). A value that is one such
-- path into an OS directory is read as the absolute one is
-- ("./etc/s?adow": the shell's glob hides the name).
local RE_DOT_OS_TARGET = [=[(?:^|[\s=:'"])\./]=] .. OS_TARGETS
local RE_DOT_OS_PATH = [=[^\s*\./]=] .. OS_STRONG
local RE_STRIPPED_DRIVE = [=[(?:^|[\s='"])[a-z]:]=] .. STRIPPED_TARGETS

local RE_SYSTEM_PATH_PATH = [=[(?:^|/)]=] .. OS_TARGETS
-- the account and boot files (RE_SECRET_IN_TEXT, RE_OPTION_SECRET and
-- RE_QUOTED_ARG_SECRET name them, and RE_SYSTEM_PATH after a short option)
local SECRET_FILE = [=[(?:[a-z]:)?/(?:etc/(?:passwd|shadow|gshadow|master\.passwd|sudoers)]=]
    .. [=[|(?:boot|win)\.ini)]=]
local RE_SYSTEM_PATH = alt({
    PATH_START .. [=[(?:[a-z]:)?/]=] .. OS_STRONG,
    PATH_START .. [=[[a-z]:(?:windows|winnt|inetpub)\b]=],
    OS_FILES, [=[^\s*]=] .. OS_TARGETS,
    -- (an account or boot file glued to a short option, RE_OPTION_SECRET's)
    [=[(?:^|\s)-[a-z]]=] .. SECRET_FILE,
})
-- in a command line (after a redirection, pipe or separator) or an
-- assignment ("if=/etc/x", "file:/etc/x")
-- (a drive's colon is not an assignment's: "c:/windows" in text is a
-- mention like "/etc" in text; "file:/etc/x" and "jar:file:/etc/y" are
-- not drives, nor is a remote host's, "user@host:/var/www", scp's and
-- rsync's: only a scheme-like word that starts a token counts)
-- (not a backtick: "`/etc/hosts`" in text is a code span, and as a
-- substitution a path runs nothing; the command before a path in one,
-- "`cat /etc/hosts`", is the command detector's)
-- (nor an arrow, "vi -> /usr/bin/vim", "x => /y": a listing or a mapping;
-- and after "=" or ":" only the OS's own places, the bin directories and
-- /tmp: an option or a variable set to applications' files,
-- "--libdir=/usr/lib/x", "DATADIR=/usr/share/x", a search path or a
-- volume's mount point, "/usr/lib:/usr/local/lib", "./html:/usr/share/x",
-- is configuration)
local OS_ASSIGNED = alt({ [=[usr/(?:local/)?s?bin/]=], [=[s?bin/\w]=], [=[tmp/[\w.]]=] })
-- (what follows the metacharacter, and the assignment's alternative with
-- the places it takes: shared by RE_SHELL_PATH, RE_SHELL_PATH_NOT_LOG and
-- RE_SHELL_PATH_IN_TEXT below)
local function shell_target(assigned)
    return [=[(?:[a-z]:)?/]=] .. alt({ OS_STRONG, OS_WEAK })
        .. [=[|(?:=|(?:^|[\s"'=(,;:|&<>`])[a-z][\w+.-]+:)(?:[a-z]:)?/]=] .. alt(assigned)
end
local SHELL_TARGET = shell_target({ OS_STRONG, OS_ASSIGNED })
-- (after the words that only prefix the command: "& nohup /tmp/x &")
local SHELL_BEFORE = [=[(?:(?:[|&;<]|(?<![-=])>)\s*]=]
    .. [=[(?:(?:nohup|sudo|exec|setsid|nice|command)\s+)*|\$\(\s*)]=]
local RE_SHELL_PATH = SHELL_BEFORE .. SHELL_TARGET
-- A program's own bin directory set to a name is a setting one token
-- makes ("SHELL=/bin/sh" as the value); among other words it is a
-- configuration file's line ("ExecStart=/usr/bin/python3 app.py" in a
-- systemd unit, "COMMAND=/usr/bin/systemctl ..." in sudo's log), and so
-- is an application's own directory under an etc
-- ("EnvironmentFile=/etc/myapp/env", a logfmt line's
-- "conf=/etc/collector/main.yml"): there only /tmp and the OS's strong
-- places but those count after "=" or "name:" (a file right in /etc
-- still does, "x=/etc/hosts", and the secret files anywhere: system_path)
-- ".." glued to a word or a drive before the separator, reaching the
-- OS's places ("C:../Windows/system32/...", "x../etc/passwd": the
-- prefix a filter wants, then the way out of it)
local RE_GLUED_TRAVERSAL = [=[[\w:]\.\.(?:/\.\.)*/]=] .. OS_STRONG
-- A home's own dot file named whole by "~" ("~/.bash_profile",
-- "~/.viminfo"): the shell's startup and history files; an application's
-- directory under it ("~/.config/x/settings.json") and a mention in text
-- are not
local RE_TILDE_DOTFILE = [=[^~/\.[\w.-]+$]=]
-- A document language's inclusion naming the OS's places: what it
-- includes is the file, not a mention of it (reST's ".. include::
-- /etc/passwd", ".. literalinclude::", LaTeX's "\input{/etc/passwd}",
-- "\verbatiminput{...}", a template's "{% include '/etc/passwd' %}")
-- (and pgfplots' data, "\addplot table {/etc/passwd}": the TeX run reads
-- the file into the document; and a hidden file by its absolute path,
-- "\input{/home/x/app/.env}": no document includes one)
local RE_INCLUDED_OS_PATH = [=[(?:\.\.\s+(?:literal)?include::[ \t]*]=]
    .. [=[|\\(?:input|include|verbatiminput|lstinputlisting|inputminted\{[^}]*\})\s*\{\s*]=]
    .. [=[|\\addplot[^{}\\]{0,80}?\b(?:table|file)\s*(?:\[[^\]]{0,80}\]\s*)?\{\s*]=]
    .. [=[|\{%-?\s*(?:include|import|extends|render)\s+["']\s*)]=]
    .. [=[(?:file://)?(?:[a-z]:)?[/\\]+(?:]=] .. OS_STRONG
    .. [=[|[\w.-]+(?:/[\w.-]+){0,12}/\.[a-z][\w.-]*\s*\})]=]
local OS_STRONG_IN_TEXT = gsub(OS_STRONG, "etc/%[\\w%.%-%]", "etc/[\\w.-]++(?!/)")
local RE_SHELL_PATH_IN_TEXT = SHELL_BEFORE
    .. shell_target({ OS_STRONG_IN_TEXT, [=[tmp/[\w.]]=] })
-- credential and process files: named in text too, they are the target
-- A redirection's target is written, not read: a log under /var/log is
-- what a crontab line or a manual's example appends to ("backup.sh >>
-- /var/log/backup.log"), unless the value runs as written (an argument
-- named for a command, a header); /etc, a web root, a home's dot files,
-- a script dropped into /tmp ("data > /tmp/x.sh") are what an injection
-- writes.
local LOG_DIR = [=[/var/log/]=]
local RE_WRITE_LOG = [=[(?<![-=])>\s*]=] .. LOG_DIR
-- (one command line, not one chained after another: no separator but a
-- descriptor's duplication, "2>&1", "&>", on the line that writes the log;
-- the lines of a manual or a crontab are each their own: "CRONTAB(5)\n
-- */10 * * * * sync.sh >> /var/log/sync.out 2>&1", a --help text's
-- "$ tool --config /etc/tool/x.toml 2>>/var/log/tool.err")
local CHAIN = [=[(?:[;|`]|\$\(|&(?!>)(?<!>&)(?<!\d>&))]=]
-- (a line's first separator, held: a later one before the same ">" says
-- nothing more, and trying each of thousands, ";|;|;|...", scanned the
-- line once per separator)
local RE_CHAINED = [=[(?:^|\n)(?>[^\n]*?]=] .. CHAIN .. [=[)[^\n]*]=] .. RE_WRITE_LOG .. "|"
    .. RE_WRITE_LOG .. [=[[^\n]*]=] .. CHAIN
-- "cd /opt/app && ./run.sh >> /var/log/x.log 2>&1": a line (a crontab's,
-- after its schedule) that enters a directory first runs its job there
-- ("&&": only if the cd worked); no second command is chained on.
local RE_CD_FIRST = [=[(?m)^[ \t]*(?:(?:@[a-z]+|[\d*][\d*/,-]*(?:[ \t]+[\d*?a-z][\w*/,?#-]*){4})]=]
    .. [=[[ \t]+)?cd[ \t]+[\w./~-]+[ \t]*&&]=]
local RE_SHELL_PATH_NOT_LOG = [=[(?:[|&;<]\s*|(?<![-=])>\s*(?!]=] .. LOG_DIR
    .. [=[)|\$\(\s*)]=] .. SHELL_TARGET
local RE_SECRET_PATH = PATH_START .. [=[(?:[a-z]:)?/?]=] .. alt({
    [=[etc/(?:passwd|shadow|gshadow|master\.passwd|sudoers)\b]=],
    [=[proc/(?:self|thread-self|\d+)/]=], [=[(?:boot|win)\.ini\b]=],
    [=[windows/system32/config/]=],
}) .. [=[|/(?:boot|win)\.ini\b|/windows/system32/config/]=]    -- (also deeper in a path)
-- an account or boot file between spaces, a word of a sentence (of three
-- words at least: "cat /etc/passwd" is a command line); /proc/self/...
-- is only ever a target
local THREE_WORDS = [=[\S\s+\S+\s+\S]=]
-- (or in parentheses in it: "two files (/etc/passwd and /etc/group)", or
-- in a code span: "make sure `/etc/passwd` is not world-writable")
local RE_SECRET_IN_TEXT = [=[(?:^|\s)[(`]?]=] .. SECRET_FILE
    .. [=[(?=[\s.,;:!?)`]*(?:\s|$))]=]
-- ... or given to a program's option ("-iL /etc/shadow", "--input=/etc/
-- passwd"): argument injection makes the program read it, as a command
-- line's argument does (v.mention)
-- (a short option takes its value glued as well: "-C/etc/passwd")
local RE_OPTION_SECRET = [=[(?:^|\s)(?:-[a-z]|--?[a-z][\w-]*(?:=|\s+))]=] .. SECRET_FILE
    .. [=[\b]=]
-- ... or added as an argument after the value's quote, the rest of the
-- line commented out ("x' /etc/shadow #": the command the value was
-- quoted into now reads that file too)
local RE_QUOTED_ARG_SECRET = [=[^[^'"\s]*['"]\s+]=] .. SECRET_FILE .. [=[\b[^\n#]*#]=]
-- ... or given to a command chained after another ("pip install x &&
-- cat /etc/passwd", "make; head -5 /etc/shadow"): after "&&", "||" or
-- "$(", any command's argument; after ";", "|" or a backtick, a command
-- that reads or sends a file (";" and "|" also join a sentence's words)
local RE_CHAINED_SECRET = [=[(?:&&|\|\||\$\(|[;|`]\s*(?:sudo\s+)?(?:cat|head|tail|less|more]=]
    .. [=[|tac|nl|base64|xxd|od|strings|cp|scp|curl|wget|nc|ncat|grep|awk|sed|sort|uniq|rev|dd]=]
    .. [=[|tar|zip|gzip|mail|type)\b)[^;&|`\n]{0,80}?\s]=] .. SECRET_FILE .. [=[\b]=]
local RE_SYSTEM_PATH_WEAK = PATH_START .. [=[/]=] .. OS_WEAK
local RE_HIDDEN_PATH = [=[(?:^|/)\.(?!well-known(?:/|$))[\w-][\w.-]*(?:/|$)]=]
-- credential and history dotfiles, the OS's and the tools' (not their
-- templates, committed beside the code for that reason: ".env.example",
-- ".htaccess.sample" hold no secret)
local DOTFILES = [=[\.(?:ssh|aws|docker|kube|git|svn|gnupg|env|htpasswd|htaccess]=]
    .. [=[|bash_history|sh_history|history|netrc|npmrc|pgpass|boto|my\.cnf|rhosts]=]
    .. [=[|bashrc|cshrc|profile|forward|passwd)\b(?!\.(?:example|sample|template|dist)\b)]=]
local RE_HIDDEN_VALUE = alt({
    -- a hidden directory with a path below it (not a shell's "~/.x")
    -- (nor under a Windows variable's folder, "%appdata%\.minecraft\x")
    -- (nor RFC 8615's /.well-known/, a site's public metadata)
    [=[(?:^|[\s=:'"]|[^~\s%]/)\.(?!well-known/)(?:[a-z][\w-]*)/[\w.]]=],
    -- an absolute path to a hidden file at the root
    [=[^/\.(?!well-known\b)[a-z][\w.-]*$]=],
    [=[(?:^|/)]=] .. DOTFILES,
})
-- A project's own dot directory at the start of a relative path
-- (".github/workflows/ci.yml", ".vscode/settings.json"): a file of a
-- repository named in a form, not a way into one; the credential and
-- VCS ones (DOTFILES) are still the target.
local RE_PROJECT_DOTDIR = [=[^\.[a-z][\w-]*/(?:[\w-][\w.-]*/)*[\w-][\w.-]*$]=]
local RE_DOTFILE = [=[(?:^|/)]=] .. DOTFILES
-- a value that is one token (no space): a path, a URL, a name
local ONE_TOKEN = [=[^\s*\S+\s*$]=]
-- an absolute path (path view): from the root, a drive or a file: URL
local ABSOLUTE = [=[^(?:file:)?(?:[a-z]:)?/|^[a-z]:]=]

-- (the short forms inet_aton reads, 127.1 and 10.0.1, are IPs too: no
-- DNS name is all digits)
local IPV4_SHORT = [=[\d{1,3}\.\d{1,8}|\d{1,3}\.\d{1,3}\.\d{1,5}]=]
-- (any scheme a fetcher dials: a mail client's or curl's imap://, pop3://,
-- smtp://, a calendar's webcal://, a media server's rtsp://)
-- (and a version control's URL, pip's and npm's "git+http://", dials
-- the same)
local RE_URL_IP = [=[^\s*(?:(?:git|svn|hg|bzr)\+)?(?:https?|ftps?|file|gopher|dict|ldaps?|tftp]=]
    .. [=[|imaps?|pop3s?|smtps?]=]
    .. [=[|webcals?|rtsps?|rtmps?|mms|sftp|scp|smb|telnet|wss?)://(?:[^/@\s]*@)?]=]
    .. [=[(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]*:[0-9a-f:]+\]?|0x[0-9a-f]+|\d{8,10}|]=]
    .. IPV4_SHORT .. [=[)]=]
    .. [=[(?:[:/?#]|$)]=]
-- A UNC path (\\host\share\file; "//host/share/" as a share is written
-- in a URL's place) makes a Windows server open an SMB connection: to the
-- attacker's host it leaks the service account's NTLM hash, to the
-- machine itself (127.0.0.1, ::1, localhost) an administrative share
-- reads its disks. What no user's own path is: an administrative share
-- (a drive letter's c$, admin$, ipc$), a host that is an IP literal or
-- localhost, the device namespace (\\.\PhysicalDrive0,
-- \\?\GLOBALROOT\Device\...), a host DNS resolves under a public
-- zone (\\files.example.net\s: Windows asks DNS for a dotted name, and
-- connects wherever it points). A share on a named server
-- (\\fileserver\public\q3.xlsx, \\fs01.corp.local\x: a LAN's names) is an
-- office's path, and "//cdn.example.com/x.js" a scheme-relative URL:
-- neither is refused.
-- (a dotted name under a public zone, not a LAN's own: .local, .lan,
-- .corp, .internal, .intranet, .localdomain, .ad, .arpa)
local PUBLIC_NAME = [=[(?:[a-z0-9-]+\.)+(?!(?:local|lan|corp|internal|intranet|localdomain|ad]=]
    .. [=[|arpa)\b)[a-z]{2,24}]=]
local RE_UNC = [=[^\s*(?:\\\\(?:\.|\?\\globalroot)\\]=]
    .. [=[|[\\/]{2,}[^\\/\s]+[\\/](?:[a-z]|admin|ipc|print)\$(?:[\\/]|\s*$)]=]
    .. [=[|\\\\(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]*:[0-9a-f:]+\]?|localhost]=]
    .. [=[|]=] .. PUBLIC_NAME .. [=[)(?:@\d+)?(?:\\|\s*$))]=]
-- ... or a program run from a share at such a host after a separator
-- ("x & \\\\198.51.100.5\\t\\nc.exe ..."): cmd.exe runs it over SMB; or
-- copied from there by a separator's command, to be run next ("& copy
-- \\\\host\\s\\x.bat %TEMP%")
local RE_UNC_RUN = [=[[;&|]\s*(?:(?:copy|xcopy|robocopy|move|start|call)\s+(?:/\w+\s+)*)?]=]
    .. [=[\\\\(?:\d{1,3}(?:\.\d{1,3}){3}|]=] .. PUBLIC_NAME .. [=[)]=]
    .. [=[(?:\\[^\s\\]+)+\.(?:exe|dll|bat|cmd|com|ps1|vbs|js|hta|scr|msi)\b]=]
local RE_DATA_URI = [=[^\s*data:\s*[\w.+-]+/[\w.+-]+]=]
-- ... but a raster picture ("data:image/png;base64,iVBORw0KGgo..."), an
-- avatar's or a thumbnail's: base64 whose bytes start as the declared
-- format's do and hold no "<?" or "<%" (a PHP include of a data: URL runs
-- what it holds, whatever its type; a polyglot's code still counts)
local RE_RASTER_URI = [=[^\s*data:\s*image/(png|jpe?g|gif|webp|bmp|x-icon|avif);base64,]=]
local RASTER_MAGIC = {
    png = "^\137PNG\r\n", jpeg = "^\255\216\255", jpg = "^\255\216\255", gif = "^GIF8[79]a",
    webp = "^RIFF....WEBP", bmp = "^BM", ["x-icon"] = "^%z%z\1%z", avif = "^....ftypavi",
}
local function data_uri_runs(_, v)
    local m = re_match(v.dec, RE_RASTER_URI, "joi")
    if not m then
        return true
    end
    local bytes = decode_base64((gsub(sub(v.dec, #m[0] + 1), "%s+$", "")))
    return not bytes or not find(bytes, RASTER_MAGIC[lower(m[1])])
        or find(bytes, "<?", 1, true) ~= nil or find(bytes, "<%", 1, true) ~= nil
end
local RE_URL_TRUNC = [=[^\s*(?:file|ftps?|https?)\b[^\s]*\?+\s*$]=]
-- A file's NTFS stream named after its name ("default.asp::$DATA",
-- "x::$INDEX_ALLOCATION"): Windows opens the file's bytes, so a server
-- that maps extensions to handlers sends a script's source instead of
-- running it
-- (a file's: after its extension; PHP's "self::$data" is a property)
local RE_NTFS_STREAM = [=[\w\.[a-z0-9]{1,8}::\$data\b|[\w.-]::\$index_allocation\b]=]
local RE_REMOTE_URL = [=[^\s*(?:https?|ftps?|file|php|data|expect|zlib|phar|gopher|dict|smb)]=]
    .. [=[:(?://)?[^\s]]=]
local RE_INCLUDE_NAME = [=[(?:path|dir|file|include|inc|require|template|tpl|conf|config]=]
    .. [=[|root|base|module|lib|load|src)]=]
-- a parameter named so: the word at the start of one of the name's words
-- ("file", "page[file]", "tpl_dir", "filename"; not "redirect_uri",
-- which holds "dir"); a word after "-" is a JSON report's or a header's
-- field (a CSP report's "source-file" is the URL of the script it names)
local RE_INCLUDE_PARAM = [=[(?:^|[_.\[])]=] .. RE_INCLUDE_NAME

-- A URL anywhere in a value (a link in markup, in text) whose host is an
-- IP written in a notation only evasion uses: one number (3232235777),
-- or dotted parts of which one is hex (0x7f) or octal (0300), or fewer
-- than four parts (127.1). Dotted decimal ("http://192.168.1.1/" in a
-- note) is left to the rules above.
local IP_PART = [=[(?:0x[0-9a-f]+|\d+)]=]
-- (and an IPv4 address written as IPv6's mapped form, "[::ffff:7f00:1]",
-- "[0:0:0:0:0:ffff:a00:5]": what a filter of IPv4 literals lets by)
local RE_URL_OBFUSCATED_IP = [=[\b(?:https?|ftps?)://(?:[^/@\s"'<>]*@)?]=]
    .. [=[(?:\d{8,10}|0x[0-9a-f]{1,8}|(?:]=] .. IP_PART .. [=[\.){0,3}(?:0x[0-9a-f]+|0\d+)]=]
    .. [=[(?:\.]=] .. IP_PART .. [=[){0,3}|]=] .. IPV4_SHORT
    .. [=[|\[(?:(?:0{1,4}:){5}|::)ffff:[0-9a-f.:]{3,21}\])]=]
    .. [=[(?=[:/?#"'\s>]|$)]=]

-- A URL inside a value that is a path with its query, or a "name=URL"
-- pair: the same evidence as in an argument of its own.
local URL_START = [=[(?:(?:https?|ftps?|file)://|(?:^|[=?&;])//)]=]
-- (possessive: what follows a host is none of its characters, and a
-- host of a thousand labels then fails without a backtracking frame per
-- label, which overflowed PCRE's JIT stack)
local HOST = [=[(?:[^/@\s?#&]*+@)?(?:[\w-]++(?:\.[\w-]++)++|\[[0-9a-f:.]++\])(?::\d++)?]=]
-- cut short: an empty query at the end of the value or before "&"
local RE_URL_TRUNC_IN = URL_START .. HOST .. [=[(?:/[^\s?#&]*)?\?+(?:$|&)]=]
-- (or gopher:// and dict://, which speak a service's own protocol, after
-- a blank: no one browses an IP's gopher hole in a note)
local RE_URL_IP_IN = [=[(?:[=?&;](?:https?|ftps?|file|gopher|dict|ldap|tftp)]=]
    .. [=[|(?<!\S)(?:gopher|dict))://(?:[^/@\s]*@)?]=]
    .. [=[(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f]*:[0-9a-f:]+\])(?:[:/?#&]|$)]=]
-- Open redirects: a value (or a query value inside one) that a browser
-- reads as a URL on another host while a same-site check sees a path:
-- "/\host", "\/host", "///host", or "//" to an IP literal in any
-- notation. "//host/x" alone is a protocol-relative link, and "\\host\x"
-- a Windows share: both left alone.
-- (a host starts with a letter, a digit or an IPv6 literal's "[": "/\_/\"
-- is a drawn cat's ears)
local RE_REDIRECT = [=[(?:^|[=?&])\s*(?:(?:/\\|\\/|///)[/\\]*(?:[^\W_]|\[)]=]
    .. [=[|(?:https?:)?//(?:\d{8,10}|0x[0-9a-f]{8}|\d{1,3}(?:\.\d{1,3}){3})(?:[:/?#&]|$)]=]
    -- an http(s) URL whose "//" is spelled otherwise, which browsers
    -- still read as the host that follows ("https:/\\/x", "http:///x",
    -- "https:/x", "https:x" where the page's scheme differs; not JSON's
    -- own escape of "//", "https:\/\/x", a URL inside a JSON text)
    .. [=[|https?:(?:(?!\\/\\/[\w\[])[/\\]*\\[/\\]*|/(?!/)|///+|(?=[a-z]))[\w\[]]=]
    -- a tab or a line break inside the "//" (browsers drop them from a
    -- URL: "/\t/host" is "//host" to them, a path to a same-site check)
    .. [=[|/[\t\r\n]+[/\\][/\\\t\r\n]*[\w\[]]=]
    -- a host written with the dots IDNA maps to "." (U+3002, U+FF61):
    -- "//evil\u{3002}example" leaves the site, a check for "evil.example"
    -- does not see it
    .. [=[|(?:https?:)?//[^/?#\s]*(?:\xe3\x80\x82|\xef\xbd\xa1)[\w-]]=]
    .. [=[)]=]
-- A redirect parameter inside a value (a path with its query) given a
-- scheme-relative URL: a same-site check that wants a leading "/" passes
-- it, the browser leaves the site ("/login?next=//x.test/"). A path
-- ("next=/home") and an absolute URL (the site's own, in SSO flows) are
-- left alone; so is "url=": image proxies and link previews take a
-- scheme-relative source there ("/resize?url=//cdn.example.com/a.png").
local REDIRECT_NAME = [=[(?:next|return(?:_?to|_?url)?|redirect(?:_?(?:uri|url|to))?|goto]=]
    .. [=[|continue|dest(?:ination)?|forward|rurl|to|target)]=]
-- On a sign-in or sign-out path (the endpoints that send the browser on
-- once done) any parameter given one is the target, whatever its name
-- ("/auth?back=//x.test"); elsewhere only the redirect names are.
local RE_REDIRECT_PARAM = [=[(?:^|[?&;])]=] .. REDIRECT_NAME .. [=[=\s*//[\w\[]]=]
    .. [=[|^(?:https?://[^/?#\s]+)?[\w./-]*\b(?:log-?in|log-?out|sign-?in|sign-?out|sso]=]
    .. [=[|auth|oauth2?|authorize|callback)\b[\w./-]*\?(?:[^&\s]*&)*[\w.\[\]-]+=\s*//[\w\[]]=]
-- A web server's own log by its name (Apache's and its kin's "error_log",
-- "access_log", "ssl_request_log", a server's own "thttpd_log",
-- "nginx_log") at the end of an absolute path: what log poisoning then
-- includes, as a ".log" there is (a relative "logs/access_log" is a
-- mention).
-- (possessive: the last name holds no "/", so no segment is ever given
-- back, and a path of thousands of segments keeps no frame for each)
local RE_SERVER_LOG = [=[^(?:file:)?(?:[a-z]:)?/(?:[^/\s]++/)*+]=]
    .. [=[(?:(?:[a-z]+_)?(?:access|error|request|referer|agent)|[\w-]*(?:httpd|nginx|apache\d?))]=]
    .. [=[_log$]=]
-- An application's credentials by the file's well-known name (Tomcat's
-- users, WordPress's, phpMyAdmin's, MediaWiki's, Joomla's and Drupal's
-- settings, Rails' secrets and key, IIS's configs, SSH's keys) at the
-- end of an absolute path: what an inclusion reads there, as
-- /etc/passwd is the OS's (a relative "wp-config.php" is a mention).
local APP_SECRETS = { "tomcat-users.xml", "wp-config.php", "config.inc.php",
                      "localsettings.php", "configuration.php", "settings.php",
                      "database.yml", "secrets.yml", "master.key", "web.config",
                      "applicationhost.config", "id_rsa", "id_dsa", "id_ecdsa",
                      "id_ed25519", "authorized_keys" }
local RE_APP_SECRET = [=[^(?:file:)?(?:[a-z]:)?/(?:[^/\s]++/)*+]=]
    .. gsub(alt(APP_SECRETS), "%.", "\\.") .. [=[$]=]
-- a name like an include path given a URL to a script or text resource
local RE_INCLUDE_IN = [=[[\w\[\]-]*]=] .. RE_INCLUDE_NAME .. [=[[\w\[\]-]*=]=]
    .. [=[(?:(?:https?|ftps?|file):)?//[^\s?#&]+\.(?:php\d?|phtml|inc|txt|sh|pl|py|cgi]=]
    .. [=[|aspx?|jsp)\b]=]

-- A cloud instance's metadata service (its credentials, its user data)
-- at a URL anywhere in the value: a chat's link preview, a feed reader or
-- a spreadsheet's import fetches a URL inside text too ("add this feed:
-- http://169.254.169.254/latest/meta-data/", "=IMPORTXML(\"http://
-- metadata.google.internal/...\")"). No text names these addresses as
-- a link for a reader to follow; a loopback or private URL inside text
-- (a developer's "open http://localhost:3000") still needs to be the
-- whole value.
-- (their names and addresses written out once: the regex below, the
-- needles of the whole-value record and lone()'s set are made of them)
-- (literal names and addresses; the IPv6 one may stand in brackets, and
-- EC2's name may go on with its domain)
local METADATA_LITERALS = { "169.254.169.254", "100.100.100.200", "192.0.0.192",
                            "metadata.google.internal", "metadata.azure.com" }
local METADATA_NEEDLES = { "fd00:ec2::254", "instance-data" }
local METADATA_IPS = {}
local METADATA_HOSTS
do
    local forms = { [=[\[?fd00:ec2::254\]?]=], [=[instance-data(?:\.ec2\.internal)?]=] }
    for _, w in ipairs(METADATA_LITERALS) do
        forms[#forms + 1] = (gsub(w, "%.", "\\."))
        METADATA_NEEDLES[#METADATA_NEEDLES + 1] = w
        if find(w, "^[%d.]+$") then
            METADATA_IPS[w] = true
        end
    end
    METADATA_HOSTS = alt(forms)
end
-- an internal IPv4 address written in IPv6 brackets, compatible or
-- mapped, in short form ("[::127.0.0.1]", "[::ffff:10.0.0.5]",
-- "[0:0::ffff:169.254.169.254]"): the same host to a lenient parser
local V4_IN_V6 = [=[\[(?:0{0,4}:){2,6}(?:ffff:)?(?:127|0|10|169\.254|192\.168]=]
    .. [=[|172\.(?:1[6-9]|2\d|3[01]))\.[\d.]{1,12}\]]=]
-- IPv6's link-local addresses (fe80::/10, a zone after "%": "[fe80::1%25
-- eth0]") and its unique local ones (fc00::/7), a LAN's own, as
-- 169.254/16 and 10/8 are IPv4's
local V6_LINK_LOCAL = [=[\[fe[89ab][0-9a-f]:[0-9a-f:.]*(?:%[\w.%-]{1,20})?\]]=]
local V6_UNIQUE_LOCAL = [=[\[f[cd][0-9a-f]{2}:[0-9a-f:.]*(?:%[\w.%-]{1,20})?\]]=]
-- the machine itself: loopback, link-local and metadata addresses
local LOOPBACK_HOSTS = alt({
    [=[(?:[\w.-]*\.)?localhost(?:\.localdomain)?]=], [=[127(?:\.\d{1,3}){3}]=],
    [=[0\.0\.0\.0]=], [=[\[::1?\]]=], [=[\[(?:0:){5}ffff:[\d.:a-f]+\]]=],
    [=[169\.254(?:\.\d{1,3}){2}]=], METADATA_HOSTS, V4_IN_V6, V6_LINK_LOCAL,
})
-- (the labels around a name are one run of the name's bytes, "[\w.-]*",
-- not a repeat of labels: a repeat kept a backtracking frame per label,
-- and a host of thousands of labels overflowed PCRE's JIT stack)
local INTERNAL_HOSTS = alt({
    -- (and every name under "localhost", RFC 6761's loopback zone:
    -- "example.com.localhost")
    [=[(?:[\w.-]*\.)?localhost(?:\.localdomain)?\d*(?:\.localdomain\d*)?]=],
    [=[127(?:\.\d{1,3}){3}]=], [=[0\.0\.0\.0]=], [=[0]=], [=[\[?::1?\]?]=],
    [=[\[?(?:0:){5}ffff:]=], [=[169\.254(?:\.\d{1,3}){2}]=], V4_IN_V6,
    V6_LINK_LOCAL, V6_UNIQUE_LOCAL,
    -- an internal IP as labels of a name that wildcard DNS resolves to it
    -- (127.0.0.1.nip.io, 10-0-0-5.sslip.io, "app.127.0.0.1.nip.io"), or
    -- as its last labels, which a lenient parser takes for the host
    -- ("example.com.127.0.0.1")
    -- (the loopback's also after a "-" in its label: "app-127-0-0-1.x.example",
    -- a rebinding service's name with a prefix)
    [=[(?:[\w.-]*[.-])?127(?:[.-]\d{1,3}){3}[.-][a-z][\w.-]*]=],
    [=[(?:[\w.-]*\.)?10(?:[.-]\d{1,3}){3}[.-][a-z][\w.-]*]=],
    [=[(?:[\w.-]*\.)?(?:192[.-]168|169[.-]254|172[.-](?:1[6-9]|2\d|3[01]))]=]
        .. [=[(?:[.-]\d{1,3}){2}[.-][a-z][\w.-]*]=],
    [=[[a-z][\w.-]*\.127(?:\.\d{1,3}){3}]=],
    -- (or in hex, as a rebinding service's label: "7f000001.x.example",
    -- "a-a9fea9fe-b.x.example")
    -- (one run of the name's bytes before the label: labels and their
    -- "-" nested in a repeat would backtrack without end on a run of "-")
    [=[(?:[\w.-]*[.-])?(?:7f0000[0-9a-f]{2}|0a0000[0-9a-f]{2}|a9fea9fe)[.-][a-z\d][\w.-]*]=],
    METADATA_HOSTS, [=[metadata(?:\.[\w.-]+)?]=], [=[[\w.-]+\.internal]=],
    -- service discovery's names (Consul's "x.service.consul", or its
    -- short form a search domain completes, "x.service")
    [=[[\w-][\w.-]*\.consul]=], [=[[\w-][\w.-]*\.service]=],
    [=[(?:[\w.-]*\.)?localtest\.me]=], [=[(?:[\w.-]*\.)?lvh\.me]=],
    [=[ip6-(?:localhost|loopback)]=], [=[ipv6-(?:localhost|loopback)]=],
    [=[kubernetes(?:\.default)?(?:\.svc)?(?:\.cluster\.local)?]=],
    -- a cluster's service names ("ledger.prod.svc.cluster.local")
    [=[[\w-][\w.-]*\.svc(?:\.cluster\.local)?]=], [=[[\w-][\w.-]*\.cluster\.local]=],
    [=[2130706433]=], [=[0x7f0{0,6}1]=],
})
-- (a host in its fully qualified form ends with a dot: "localhost.")
-- (at the machine itself, the loopback, a link-local or a metadata
-- address, any scheme with "//": a client library for Redis, AMQP,
-- MongoDB, PostgreSQL, OPC UA or a WebSocket dials the host whatever the
-- scheme's name, "nats://127.0.0.2:4222" as a value a server
-- connects to is the server's own services, as http:// is; the
-- cluster's own names, "mysql://report@dw.internal/sales", a data
-- pipeline's connection string holds, count under the schemes below)
-- (a "\" after it starts the path to a WHATWG parser, whatever "@" comes
-- later: "http://127.0.0.1\@x.example/" goes to the loopback)
-- (a tab or a line break after it is no byte of the host: a WHATWG
-- parser drops them from the URL, "localhost<TAB>:8080" is localhost's)
-- (or a host of one label, "http://tsdb:9000/admin": no public
-- name is one label; a container's, a cluster's or a search domain's is;
-- nor under .local, .lan or .home.arpa, a LAN's own names)
-- (without a scheme, a path on an internal host, "127.0.0.1/admin",
-- "host.docker.internal/", "localhost4/x"; but the two one-label names
-- that are words, alone before a "/", are folders, "Metadata/..." in a
-- 3MF archive, "Kubernetes/notes.md": given a port or a dot they count)
-- (or an internal host, or a private address, and its port as the whole
-- value, "127.0.0.1:6379", "10.1.2.3:22": what a host field hands a client
-- to connect to; "0:30" is a time)
-- RFC 1918's private ranges as IP literals (RE_SSRF's host and port, and
-- the two below)
local PRIVATE_IPS = [=[10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}]=]
    .. [=[|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}]=]
local RE_SSRF = [=[^\s*(?:[a-z][a-z\d+.-]{0,30}://(?:[^/@\s]*@)?]=] .. LOOPBACK_HOSTS
    .. [=[\.?[\t\r\n]*(?:[:/?#\\]|$)]=]
    .. [=[|(?:https?|ftps?|s?ftp|scp|smb|telnet|gopher|dict|ldap|tftp|file]=]
    .. [=[|webcals?|rtmps?|rtsp|mms|imaps?|pop3s?|smtps?):]=]
    .. [=[(?://)?(?:[^/@\s]*@)?]=]
    .. INTERNAL_HOSTS .. [=[\.?[\t\r\n]*(?:[:/?#\\]|$)]=]
    .. [=[|(?!(?:metadata|kubernetes)/)]=] .. INTERNAL_HOSTS
    .. [=[(?::\d+)?/]=]
    .. [=[|(?:(?!0:)]=] .. INTERNAL_HOSTS .. [=[|]=] .. PRIVATE_IPS .. [=[):\d{1,5}\s*$]=]
    .. [=[|(?:https?|ftps?|gopher|dict|ldap|tftp)://(?:[^/@\s]*@)?[a-z][a-z\d-]{0,62}]=]
    .. [=[(?:\.(?:[a-z\d.-]*\.)?(?:local|lan|home\.arpa))?\.?(?::\d{1,5})?(?:[/?#]|$))]=]

-- (a URL a server-side fetcher follows, up to its host: the two below)
-- (webcal:// is a calendar's subscription: the server fetches it over HTTP;
-- rtmp://, rtsp:// and mms:// a stream a media server pulls)
local FETCHED_URL = [=[(?:https?|ftps?|gopher|dict|tftp|file|webcals?)://(?:[^/@\s]*@)?]=]

-- ... or as a record's field at a line's start, the value glued to its
-- name's colon (an iCalendar event's "ATTACH;FMTTYPE=...:http://127.0.0.1
-- :9000/...", a vCard's "PHOTO:", an .ini's "url=" is not one): what a
-- calendar or a contacts import fetches
local RE_SSRF_FIELD = [=[(?:^|[\r\n])[a-z][\w-]*(?:;[^\r\n:]*)?:]=] .. FETCHED_URL
    .. INTERNAL_HOSTS .. [=[\.?(?:[:/?#\s]|$)]=]


-- ... or as what a markup element fetches to show it (BBCode's [img],
-- MediaWiki's [[File:...]], an <img>'s src, markdown's image): a forum's
-- or a wiki's image proxy fetches it server-side
-- (or a shortcode's src, "{{< figure src=... >}}", "[video src=...]":
-- the CMS renders it on the server, as a [img] is)
-- (or any element's href or target but a link's, in a document a
-- server-side processor or renderer reads: a JATS picture, "<graphic
-- xlink:href=...>", SVG's "<image href=...>", XInclude, an XLIFF
-- skeleton's "<external-file href=...>", an EAD digital object, an
-- OOXML package's "<Relationship Target=...>"; a link, "<a href>",
-- "<ext-link xlink:href>", "<uri>", is the reader's to follow; or any
-- element's attribute that names a picture or a source to show, a
-- TTML span's backgroundImage, a video's poster, a feed's enclosure url)
local RE_SSRF_FETCHED = [=[(?:\[img[^\]]*\]|\[\[(?:file|image):|<img\b[^>]*\bsrc\s*=\s*["']?]=]
    .. [=[|<(?![\w-]{0,20}:?(?:a|link|ext-link|uri|self-uri|area|base)[\s/>])]=]
    .. [=[(?:[\w-]{1,20}:)?[a-z][\w-]{0,40}\b[^<>]{0,300}?(?<![\w-])]=]
    .. [=[(?:(?:xlink:)?(?:href|target)]=]
    .. [=[|(?:data-)?(?:src|poster|image|background(?:-?image)?|url))]=]
    .. [=[\s*=\s*["']?]=]
    .. [=[|\{\{[<%]\s*[\w/-]+[^>%}\n]{0,200}?\bsrc\s*=\s*["']?]=]
    .. [=[|\[[a-z_]\w*\b[^\]\n]{0,200}?\bsrc\s*=\s*["']?]=]
    -- (or TeX's picture, "\includegraphics[width=5cm]{http://...}": a
    -- renderer that fetches it fetches it server-side)
    .. [=[|\\includegraphics\*?(?:\[[^\]]{0,200}\])?\{]=]
    .. [=[|!\[[^\]]*\]\()\s*]=] .. FETCHED_URL
    .. [=[(?:]=] .. INTERNAL_HOSTS .. [=[|]=] .. PRIVATE_IPS
    .. [=[)\.?(?:[:/?#\s|\[\])"']|$)]=]

-- ... or as what code or a query language is given to fetch: a call's
-- quoted argument (a sheet's =IMPORTDATA("..."), XQuery's doc('...'),
-- Cypher's apoc.load.json('...'), Flux's csv.from(url: "...")), an IRI
-- or a quoted URL after a word that loads from it (SPARQL's FROM <...>,
-- SERVICE <...>, LOAD <...>; Cypher's LOAD CSV FROM '...'), or a field
-- that names a URL a server follows (url, uri, endpoint, host, a
-- webhook's or a callback's, or a name ending in one, "tile_url"; JSON
-- Reference's $ref; a link's href is the
-- reader's browser's to follow, an image's src markup's, above) given
-- one; at an internal address written as an IP (a developer's
-- "localhost" in code,
-- URI('http://localhost/foo'), is the usual example; a loopback or
-- private IP literal given to a fetcher is the server's own network)
-- (the loopback's, the link-local and the private ranges as IP literals:
-- here and in RE_SSRF_LABELED below)
local INTERNAL_IP_LITERALS = [=[127(?:\.\d{1,3}){3}|\[::1?\]|169\.254(?:\.\d{1,3}){2}|]=]
    .. PRIVATE_IPS
local INTERNAL_IPS = [=[(?:]=] .. INTERNAL_IP_LITERALS .. [=[|0(?:\.0\.0\.0)?|]=] .. METADATA_HOSTS
    .. [=[)(?::\d+)?(?:[/?#\s"'>)]|$)]=]
-- (a call's name at most 80 bytes from a name's start: a dotted chain's
-- last names start later and still reach the "(", and from each label of
-- a long host with no "(" the rest was read again)
local RE_SSRF_GIVEN = [=[(?:\b[a-z_][\w.]{0,80}\(\s*(?:url\s*[:=]\s*)?["']]=]
    .. [=[|\b(?:from|service|load|import)\s+[<"']]=]
    -- (or a label that ends with the word that fetches, or a webhook's or
    -- a callback's label, its colon or an arrow: "Import from:
    -- http://10.1.2.3/...", "Webhook for alerts: http://...", "Webhook
    -- on alarm -> http://...")
    .. [=[|\b(?:from|import|fetch|load|sync|mirror)\s*:\s*]=]
    -- (or "from" before the URL, "Sync calendar from http://10.0.0.9/x":
    -- what is taken from it, a server's import fetches)
    .. [=[|\bfrom\s+]=]
    .. [=[|\b(?:webhook|callback)s?\b[^:\r\n]{0,40}(?::|->|=>|\xe2\x86\x92)\s*]=]
    .. [=[|["']?(?:(?:\b|(?<![\w-])[\w-]*?[_-])]=]
    .. [=[(?:url|uri|endpoint|host|(?:webhook|callback)(?:_?url)?)]=]
    .. [=[|\$ref)]=]
    .. [=[["']?\s*[:=]\s*["']?)]=] .. FETCHED_URL .. INTERNAL_IPS

-- ... or as the whole value of a label, after its colon or an arrow
-- ("Pickup slot 3: http://127.0.0.1:7000/admin", "Gallery ->
-- http://10.0.0.5/internal/export"):
-- a loopback's, a private or a link-local address written as an IP is
-- the server's own network, and the label hands the URL to whatever
-- takes the field (a preview, an import, a webhook); a name, a
-- developer's "localhost:3000" callback, says nothing of who fetches it
local RE_SSRF_LABELED = [=[^[^\r\n]{0,80}?(?::|->|=>|\xe2\x86\x92)\s*]=] .. FETCHED_URL
    .. [=[(?:]=] .. INTERNAL_IP_LITERALS .. [=[|0\.0\.0\.0)(?::\d{1,5})?(?:[/?#]\S*)?\s*$]=]

-- ... or at any host, the metadata services' own paths: a name that DNS
-- rebinding (7f000001.a9fea9fe.rbndr.us), a redirect or an alias points
-- there still asks for the instance's credentials
local METADATA_PATHS = alt({
    [=[latest/(?:meta-data|user-data|dynamic/instance-identity|api/token)]=],
    [=[computemetadata/v1(?:beta1)?]=], [=[metadata/instance\b]=], [=[opc/v[12]/instance]=],
})
-- (or the address and one of those paths anywhere, without a scheme:
-- "http://x.example/a@169.254.169.254/latest/user-data", a parser that
-- takes the last "@" for the authority's end goes there)
local RE_SSRF_METADATA = [=[(?:https?|ftps?|gopher|dict|tftp)://(?:[^/@\s]*@)?(?:]=]
    .. METADATA_HOSTS .. [=[\.?(?:[:/?#"'\s)\]]|$)|[^/\s?#]+/]=] .. METADATA_PATHS
    .. [=[(?![\w-]))|(?:^|[\s/@=(])(?:]=] .. METADATA_HOSTS .. [=[)/]=] .. METADATA_PATHS
    .. [=[(?![\w-])]=]

-- ... or anywhere in the text, a URL at an internal host (as RE_SSRF's
-- hosts, or a private IP) whose path starts with a well-known service's
-- administration API: what a URL in a note is for is its reader's to
-- follow, but no reader follows the loopback's etcd keys, a Spring
-- Boot's environment, a Docker daemon's containers or a cluster's
-- secrets; a fetcher that renders or previews the text does (a developer's
-- "http://localhost:8080/health" in a note stays a note)
local ADMIN_PATHS = alt({
    -- Spring Boot's actuator, Jolokia's JMX bridge, Go's expvar and pprof
    -- under /debug/ and a debug console beside them
    [=[actuator/(?:env|heapdump|threaddump|configprops|beans|mappings|loggers]=]
        .. [=[|shutdown|gateway|jolokia|restart|refresh)(?![\w.])]=],
    [=[jolokia(?![\w.])]=], [=[debug/(?:vars|pprof|console)(?![\w.])]=],
    -- etcd's keys, Consul's and Vault's HTTP APIs
    [=[v2/keys(?![\w.])]=], [=[v3/kv/]=],
    [=[v1/(?:kv|agent|acl|catalog|operator|sys|secret)(?![\w.])]=],
    -- Docker's engine, Kubernetes' API server (a pod's or the node's
    -- secrets), CouchDB's server-wide endpoints, Solr's core admin,
    -- Tomcat's manager, Prometheus' admin and lifecycle, ngrok's agent,
    -- Jenkins' script console, MinIO's admin, Apache's status, RabbitMQ's
    -- definitions
    [=[(?:v1\.\d+/)?containers/(?:json|create)(?![\w.])]=],
    [=[api/v1/(?:namespaces|secrets|pods|nodes|configmaps|serviceaccounts)(?![\w.])]=],
    [=[(?:_all_dbs|_config|_users)(?![\w.])]=], [=[_node/]=], [=[solr/admin/]=],
    [=[manager/(?:html|text)(?![\w.])]=], [=[host-manager/]=], [=[api/v1/admin/]=],
    [=[-/(?:quit|reload)(?![\w.])]=], [=[api/tunnels(?![\w.])]=],
    [=[script(?:Text)?(?![\w.])]=], [=[minio/admin/]=], [=[server-status(?![\w.])]=],
    [=[api/(?:definitions|permissions)(?![\w.])]=],
})
-- ... or anywhere in the text, a URL at a name whose first labels are
-- the loopback's or the link-local metadata's address, under another
-- domain ("127.0.0.1.x.example"): wildcard DNS answers that address for
-- it, and a fetcher's check of the name sees a public one (RE_SSRF's
-- hosts, for a value that is the URL). A word, "localhost.x.example",
-- says nothing of where the name points.
local RE_SSRF_ADMIN = [=[://(?:[^/@\s]*@)?(?:]=] .. INTERNAL_HOSTS .. [=[|]=] .. PRIVATE_IPS
    .. [=[)\.?(?::\d{1,5})?/]=] .. ADMIN_PATHS
    .. [=[|://(?:[^/@\s]*@)?(?:[\w-]+\.)?]=]
    .. [=[(?:127(?:\.\d{1,3}){3}|169\.254(?:\.\d{1,3}){2})\.]=]
    .. [=[[a-z][\w-]*(?:\.[\w-]+)+(?=[:/?#\s"'<>)\]|,]|$)]=]

-- ... or anywhere in the text, an http:// URL at an internal host and
-- the port of a service that speaks no HTTP (Redis, Memcached, MongoDB,
-- MySQL, PostgreSQL, SSH, SMTP): no reader browses there, and a fetcher
-- sent there writes the request's lines to that service (its own
-- scheme, "redis://localhost:6379", is a connection string)
local RE_SSRF_SERVICE_PORT = [=[\bhttps?://(?:[^/@\s]*@)?(?:]=] .. INTERNAL_HOSTS .. [=[|]=]
    .. PRIVATE_IPS .. [=[)\.?:(?:6379|11211|27017|3306|5432|22|25)(?![\w.-])]=]

local UPLOAD_EXT = alt({
    [=[ph(?:p\d*|tml?|ar|ps|pt|t)]=], [=[jsp[xf]?]=], [=[jspa]=], [=[jsw]=],
    [=[jsv]=], [=[jhtml]=], [=[asp[x]?]=], [=[as[ahmr]x]=], [=[cer]=],
    [=[cfml?]=], [=[cgi]=], [=[pl]=], [=[py]=], [=[rb]=], [=[sh]=],
    [=[exe]=], [=[dll]=], [=[bat]=], [=[cmd]=], [=[com]=], [=[vbs]=],
    [=[ps1]=], [=[war]=], [=[shtml?]=], [=[htaccess]=], [=[config]=],
    [=[inc]=],
})
local RE_UPLOAD_NAME = [=[\.\s*]=] .. UPLOAD_EXT .. [=[\d*(?:[.\s]*$|[.\s]*[;:%/\\])|^\.ht]=]
    .. [=[|(?:^|/)\.[\w-]+$|\bsess_[\w,-]{16,}$]=]

-- (or a look-alike dot or slash path_view reads as one: "‥﹨‥﹨etc﹨passwd")
local GATE = [=[[./\\:%?]|0x|\xe2(?:\x80[\xa4\xa5]|\x88[\x95\x96]|\x81\x84|\xa7\xb5)]=]
    .. [=[|\xef\xb9[\x92\xa8]]=]
local SPACE = [=[\s]=]


-- The path view: what a file system (or a lenient decoder before it)
-- makes of the value. Hex notation (0x2e), "2f" after dots (a "%"
-- stripped), a lead byte of overlong UTF-8
-- before an ASCII byte (%c0%2e: decoders that do not check continuation
-- bytes read it as the ASCII byte), look-alike slashes and dots
-- (U+2215, U+2044, U+2216, U+29F5, U+FE68, U+2024, U+2025, U+FE52; some
-- platforms map them to ASCII), "\" read as "/", and "//" and "/./"
-- folded. Each step runs only when its trigger is in the text.
local function path_view(s)
    if find(s, "0x", 1, true) then
        s = gsub(s, "0x2e", ".")
        s = gsub(s, "0x2f", "/")
        s = gsub(s, "0x5c", "/")
    end
    -- a percent escape a filter stripped of its "%": "..2f..2fetc2fpasswd"
    -- is "../../etc/passwd" once a later decoder reads "2f" as the "/" it
    -- was (dots before the first one: no word of text spells that)
    if (find(s, "..2f", 1, true) or find(s, "..5c", 1, true)) and find(s, "%.%.[25][fc]") then
        s = gsub(s, "2f", "/")
        s = gsub(s, "5c", "/")
    end
    -- (a plain find first: a pattern with a set scans at ~7 ns a byte, and
    -- most values have none of these bytes)
    if (find(s, "\192", 1, true) or find(s, "\193", 1, true))
            and find(s, "[\192\193][%z\1-\127]") then
        s = gsub(s, "[\192\193]([%z\1-\127])", "%1")
    end
    if (find(s, "\226", 1, true) or find(s, "\239", 1, true))
            and (find(s, "\226[\128\129\136\167][\132\149\150\164\165\181]")
                 or find(s, "\239\185[\146\168]")) then
        s = gsub(s, "\226\136[\149\150]", "/")
        s = gsub(s, "\226\129\132", "/")
        s = gsub(s, "\226\167\181", "/")
        s = gsub(s, "\239\185\168", "/")
        s = gsub(s, "\226\128\164", ".")
        s = gsub(s, "\226\128\165", "..")
        s = gsub(s, "\239\185\146", ".")
    end
    if find(s, "\\", 1, true) then
        s = gsub(s, "\\", "/")
    end
    -- a segment of two dots then blanks is the parent to Windows, which
    -- drops a name's trailing blanks ("..\t/..\t/", ".. /")
    if find(s, "..", 1, true) and find(s, "%.%.[ \t]+/") then
        s = gsub(s, "(%f[^/%z]%.%.)[ \t]+/", "%1/")
    end
    -- (a URL's "scheme://" alone is left as it is, but file:'s)
    local slashes = find(s, "//", 1, true)
    if find(s, "/./", 1, true)
            or (slashes and (slashes == 1 or find(s, "[^:]//")
                             or find(s, "file://", 1, true))) then
        local n
        repeat
            s, n = gsub(s, "/%./", "/")
        until n == 0
        s = gsub(s, "//+", "/")
    end
    return s
end
_M.path_view = path_view


-- Restricted extensions (from the config), as compiled patterns, set at
-- init by set_restricted_extensions: all of them (paths and upload
-- names), and for argument values the ones that name a copy, a dump, a
-- key or credentials (strong) apart from archives, logs and settings
-- files, which people name in notes and forms (weak).
local restricted = nil
local restricted_strong = nil
local restricted_weak = nil
local restricted_copy = nil
local ORDINARY_EXT = [=[^\.(?:tar(?:\.\w+)?|t?gz|tbz2?|zip|log|ini|conf|cfg|tmp)$]=]
-- a copy of another file: a backup's suffix, or an editor's "~"
local COPY_EXT = [=[^(?:\.(?:bak|backup|old|orig|save|swp)\d*|~)$]=]


local function dot_os_path(s)
    return re_find(s, RE_DOT_OS_TARGET, "jo") ~= nil
        or (re_find(s, RE_DOT_OS_PATH, "jo") ~= nil and re_find(s, ONE_TOKEN, "jo") ~= nil)
end


-- A path from "~/" whose parent steps never climb above the "~" it
-- starts from ("~/Pictures/2024/../Archive", "~/../shared", "old
-- drafts/../published" under ~/Dropbox): a home's own files, read by a
-- shell, and to a file API a directory named "~" under its base; a step
-- past it ("~/../../etc") still counts. Cut off at a quote, a backtick, a
-- parenthesis, a line end or a blank before another path. s without such
-- paths, or nil when none is.
-- Do the parent steps of path p ("a/../b") keep its depth at floor or
-- above after each step (the depth counted from 0 before its first name)?
-- And its first name.
local function steps_stay(p, floor)
    local depth, first = 0, nil
    for seg in gmatch(p, "[^/]+") do
        if seg == ".." then
            depth = depth - 1
            if depth < floor then
                return false, first
            end
        elseif seg ~= "." then
            first = first or seg
            depth = depth + 1
        end
    end
    return true, first
end

-- The system's own top directories ("/etc/x/../passwd" and a climb from
-- "~" into one reach what any traversal reaches)
local SYSTEM_ROOTS = {}
for w in gmatch([[etc proc dev sys root boot var usr bin sbin lib lib64 run srv tmp opt
        windows winnt system32 inetpub program]], "%S+") do
    SYSTEM_ROOTS[w] = true
end

-- (one step above "~", then a system directory: "~/a/../../etc/x" is
-- "/etc/x" from root's home, /root)
local function above_home_system(p)
    local depth = 0
    for seg in gmatch(p, "[^/]+") do
        if seg == ".." then
            depth = depth - 1
        elseif seg ~= "." then
            if depth == -1 and SYSTEM_ROOTS[lower(seg)] then
                return true
            end
            depth = depth + 1
        end
    end
    return false
end

local function outside_home_paths(s)
    local at = find(s, "~/", 1, true)
    if not at then
        return nil
    end
    local rest, from, cut = {}, 1, false
    for _ = 1, 16 do
        if not at then
            break
        end
        -- (or at a blank before another path: "~/a/../b and ../../x")
        local stop = find(s, "[`'\"()\r\n]", at + 2) or #s + 1
        local blank = find(s, "%s[%./~\\]", at + 2)
        if blank and blank < stop then
            stop = blank
        end
        local p = sub(s, at + 2, stop - 1)
        if steps_stay(p, -1) and not above_home_system(p) then
            rest[#rest + 1] = sub(s, from, at - 1)
            from, cut = stop, true
        end
        at = find(s, "~/", stop, true)
    end
    if not cut then
        return nil
    end
    rest[#rest + 1] = sub(s, from)
    return concat(rest)
end

-- An absolute path (or a URL's) whose parent steps stay below its first
-- directory, "/data/user/0/app/files/../cache/x.zip" in a trace,
-- "https://x.example/a/b/../c": a step inside one tree, not out of the
-- root; unless that first directory is the system's ("/etc/x/../passwd",
-- "/dev/fd/../environ" reach what any traversal reaches). s without such
-- paths (words split by blanks, 64 at most), or nil when none is.
local function inside_tree_paths(s)
    local rest, cut, k = {}, false, 0
    for w in gmatch(s, "%S+") do
        k = k + 1
        if k > 64 then
            return nil
        end
        local p = str_match(w, "^[`'\"(]*(/[^`'\"()]*)")
            or str_match(w, "^[`'\"(]*%a[%w+.-]*://[^/]+(/[^`'\"()]*)")
        local keep = true
        if p and sub(p, 1, 2) ~= "//" and (find(p, "/../", 1, true) or sub(p, -3) == "/..") then
            local ok, first = steps_stay(p, 1)
            keep = not ok or SYSTEM_ROOTS[lower(first)] ~= nil
        end
        if keep then
            rest[#rest + 1] = w
        else
            cut = true
        end
    end
    return cut and concat(rest, " ") or nil
end

local function not_relative_link(s)
    if re_find(s, RE_RELATIVE_LINK, "jo") then
        return false
    end
    local home = find(s, "~/", 1, true) and outside_home_paths(s)
    if home and not re_find(home, RE_TRAVERSAL, "jo") then
        return false
    end
    local tree = inside_tree_paths(home or s)
    if tree and not re_find(tree, RE_TRAVERSAL, "jo") then
        return false
    end
    local rest, n = re_gsub(s, RE_LINK_IN_TEXT, "", "jo")
    return n == 0 or re_find(rest, RE_TRAVERSAL, "jo") ~= nil
end


local function restricted_extension(s)
    return restricted ~= nil and re_find(s, restricted, "jo") ~= nil
end


-- An uploaded file's name: the client sends its own file, so what is
-- refused is a name that could stand for one of the server's secrets or
-- backups (wp-config.php.bak, db.sqlite, server.key); a log, an archive
-- or a settings file (the ordinary extensions: a support form's
-- "sync.log", "photos.zip") is what people attach. (Names the server
-- would run or be configured by: file-upload-name.)
local function restricted_upload(s)
    return restricted_strong ~= nil and re_find(s, restricted_strong, "jo") ~= nil
end


local function dot_first(s)
    return byte(s, 1) == 46
end


-- A Windows path whose directory names hold spaces ("C:\\Program
-- Files\\...", "\\Program Files (x86)\\App Server\\...") is one path as
-- "C:\\App\\x.ini" is: from a drive, or from a root with backslashes in
-- it; no name holds : * ? " < > | or a line break, and the last one no
-- space ("C:\\Temp is full, see D:\\", "C:\\App\\ is the default" are text).
local RE_SPACED_WINDOWS_PATH = [=[^\s*(?:[a-z]:[\\/]|[\\/](?=[^/]*\\))]=]
    .. [=[(?:[^\\/:*?"<>|\r\n]++[\\/])*+[^\\/:*?"<>|\s]+\s*$]=]

local function one_path(s)
    return not re_find(s, SPACE, "jo") or re_find(s, RE_SPACED_WINDOWS_PATH, "jo") ~= nil
end


-- A file someone names rather than one they ask the server for: a path
-- in a project's tree (a directory, then the name, relative and without a
-- parent step: "db/0007_new_column.sql" in a push webhook's file
-- list, "certs/dev.key" in a review) or an object at a network URL
-- ("s3://lake/exports/dump.sql.gz", "https://x.example/db.sqlite": a remote
-- object is not a file of this server). The leaks such names are about
-- are a bare name at the web root ("backup.sql", "db.sqlite"), a path
-- from the root ("/srv/app/.env.bak", "C:\\inetpub\\x.mdb") and an
-- editor's or a deploy's copy of a file anywhere ("app/config.php~",
-- "src/settings.py.bak": the copy is what the server would send as
-- text): those stay an attack; the others are a mention (weak evidence).
-- (and a repository's remote, "git@github.com:acme/shop.git",
-- "git+ssh://git@host/acme/shop.git#v2": a server's elsewhere)
local RE_NAMED_FILE = [=[^(?:(?:https?|s3|gs|ftps?|sftp|ssh|git(?:\+ssh|\+https?)?)://[^/\s]+/]=]
    .. [=[|[\w.-]+@[\w-]+(?:\.[\w-]+)+:(?![/\\])]=]
    .. [=[|[^/\\:.\s][^/\\:\s]*[/\\](?![/\\]))]=]

local function named_file(s)
    return re_find(s, RE_NAMED_FILE, "jo") ~= nil and not find(s, "..", 1, true)
end


-- An argument value that is one name (no space) with such an extension.
local function restricted_name(s)
    if restricted_strong == nil or not one_path(s)
            or not re_find(s, restricted_strong, "jo") then
        return false
    end
    return not named_file(s)
        or (restricted_copy ~= nil and re_find(s, restricted_copy, "jo") ~= nil)
end


-- The others: weak in a name or a relative path, an attack at the end
-- of an absolute path (a log or settings file the OS or a server keeps).
-- Weak evidence is a mention: a value that names a path in text (or a
-- command line written for a reader, edge.waf.detect.rce) is one
-- warning however many things its path shows (a dot directory, a
-- settings file, an application's place: "tar -xzf a.tgz -C /tmp/out",
-- "/opt/app/.config/x.toml" are one mention), and so are the OS's own
-- directories in a command line ("sudo nano /etc/hosts"; where a command
-- line is run as written, an argument named for a command or a header,
-- edge.waf.detect.rce refuses it). v.mention: a mention was reported for
-- this value already.
local function mention(v, on, report, id)
    if v.mention or not on[id] then
        return false
    end
    v.mention = true
    return report(id)
end


local function restricted_name_weak(s, v, on, report)
    if not one_path(s) then
        return false
    end
    if restricted_strong ~= nil and re_find(s, restricted_strong, "jo")
            and named_file(s) then
        -- (a backup copy is restricted_name's, wherever it is)
        return (restricted_copy == nil or not re_find(s, restricted_copy, "jo"))
            and mention(v, on, report, "lfi-extension-weak")
    end
    if restricted_weak == nil or not re_find(s, restricted_weak, "jo") then
        return false
    end
    if re_find(v.path, ABSOLUTE, "jo") then
        return on["lfi-extension"] and report("lfi-extension")
    end
    return mention(v, on, report, "lfi-extension-weak")
end


-- An OS path in a value: a value that is a path (one token) reaching an
-- OS area is an attack; in text (several words) it is a mention (weak
-- evidence), unless it follows a shell metacharacter or "=" (a command
-- line, an assignment) or names a credential or process file glued to
-- something before it (x/etc/passwd, "/etc/passwd%00") or in a value of
-- fewer than three words ("<cat /etc/passwd"). "What is
-- /etc/passwd for?" is a question: no file API opens a sentence, and a
-- command that reads it is the command detector's (edge.waf.detect.rce).
local function shell_path(s, where, name)
    if not re_find(s, RE_SHELL_PATH, "jo") then
        return false
    end
    if not re_find(s, RE_SHELL_PATH_IN_TEXT, "jo") and not re_find(s, ONE_TOKEN, "jo") then
        return false
    end
    if not re_find(s, RE_WRITE_LOG, "jo") or re_find(s, RE_SHELL_PATH_NOT_LOG, "jo")
            or match.runs_as_written(where, name) then
        return true
    end
    local job = s
    if find(s, "cd", 1, true) and re_find(s, RE_CD_FIRST, "jo") then
        job = re_gsub(s, RE_CD_FIRST, "", "jo")
    end
    return re_find(job, RE_CHAINED, "jo") ~= nil
end


local function shell_path_check(s, _, where, name)
    return shell_path(s, where, name)
end


-- A file: URL to the OS's places, in text too: a URL is what a fetcher,
-- a renderer or a link preview opens ("see file:///etc/app/db.conf"),
-- not a mention of a directory (the path view has folded its slashes)
local RE_FILE_URL_OS = [=[\bfile:/(?:[a-z]:/)?]=] .. OS_STRONG

local function system_path(s, v, on, report, where, name)
    if not re_find(s, RE_SYSTEM_PATH, "jo") then
        return false
    end
    -- (a secret file a command line names is its target, "ls -l
    -- /etc/passwd": v.mention, edge.waf.detect.rce's command line)
    if re_find(s, ONE_TOKEN, "jo") or shell_path(s, where, name)
            or re_find(s, RE_FILE_URL_OS, "jo")
            or re_find(s, RE_OPTION_SECRET, "jo")
            or re_find(s, RE_CHAINED_SECRET, "jo")
            or (re_find(s, RE_SECRET_PATH, "jo")
                and (v.mention or re_find(s, RE_QUOTED_ARG_SECRET, "jo")
                     or not (re_find(s, RE_SECRET_IN_TEXT, "jo")
                             and re_find(s, THREE_WORDS, "jo")))) then
        return on["lfi-system-path"] and report("lfi-system-path")
    end
    -- (in a command line, the OS's places it names are the same mention:
    -- "sudo nano /etc/hosts" in a note; an argument named for a command
    -- runs it, edge.waf.detect.rce)
    return mention(v, on, report, "lfi-system-path-weak")
end


local function system_path_weak(s, v, on, report)
    return re_find(s, RE_SYSTEM_PATH_WEAK, "jo") ~= nil
        and mention(v, on, report, "lfi-system-path-weak")
end


-- A regular expression's escapes ("^https?:\/\/(www\.)?example\.org\/",
-- "^app\.min\.js$"): "\." is a dot and "\/" a slash, not a Windows
-- separator before a hidden name. A value reads as a pattern when it
-- escapes a slash, or opens with "^" or ends with "$" (a "/x/i" literal's
-- flags after it).
local RE_PATTERN_LIKE = [=[\\/|^\^|\$/?[a-z]{0,6}$]=]


local function pattern_escapes(low)
    return find(low, "\\", 1, true) ~= nil and re_find(low, RE_PATTERN_LIKE, "jo") ~= nil
end


-- A hidden file or directory: the same, a path or a mention in text.
-- (A pattern's escapes are read as the pattern reads them; a credential
-- dotfile is the target however it is written.)
-- (a redirection that writes into an account's ssh directory, "echo
-- a key >>~/.ssh/authorized_keys": a key planted, in text
-- or not)
local RE_SSH_WRITE = [=[>>?\s*(?:~|\$\{?home\}?|/root|/home/[\w.-]+)?/?\.ssh/]=]

local function hidden_value(s, v, on, report)
    if find(v.low, ".ssh/", 1, true) and re_find(v.low, RE_SSH_WRITE, "jo") then
        return on["lfi-hidden"] and report("lfi-hidden")
    end
    if pattern_escapes(v.low) and not re_find(s, RE_DOTFILE, "jo")
            and not re_find(path_view(gsub(v.low, "\\([./])", "%1")), RE_HIDDEN_VALUE,
                            "jo") then
        return false
    end
    -- (as written: a path folded from "//" or "\\" is not a plain one)
    if re_find(s, ONE_TOKEN, "jo") and not (re_find(v.low, RE_PROJECT_DOTDIR, "jo")
                                             and not re_find(s, RE_DOTFILE, "jo")) then
        return on["lfi-hidden"] and report("lfi-hidden")
    end
    return mention(v, on, report, "lfi-hidden-weak")
end


-- The rules, in order, on v.low and v.path (path_view(v.low), set by
-- detect) (edge.waf.rules).
--
-- Plain values (edge.waf's inspect: letters, digits, spaces and , . _ :
-- + @ - only, lower-cased): no "/", "\\", "?", so no traversal but a
-- value of dots (or one spelled with 0x2e/0x2f, which path_view turns
-- into separators), no absolute path, no truncated URL or data: URI
-- (both need "/" or "?"); left are the restricted extensions, hidden
-- names at the start (".ssh") and, with a ":", the URLs whose "//" is
-- optional (plain_maybe). The restricted list comes from the config:
-- set_restricted_extensions adds it to the needles. The path view of a
-- plain value is the value itself but for "0x" (a needle), so the
-- records on it need "/" (or "0x") like those on v.low.
local PATH = { path = true }
local NOT_PATH = { path = false }
local FILENAME = { filename = true }
local VALUE = { value = true }
local REFERER = { referer = true, origin = true }
local URL = { ":", "/" }

-- (an internal address right after a URL's "@": the two ssrf-internal
-- records below that read the authority the way a lenient parser does)
local AT_INTERNAL = [=[@\s*(?:127\.|localhost\b|0\.0\.0\.0|\[::1?\]|169\.254\.|10\.\d|192\.168\.)]=]

local RULES = rules.compile({
    { id = "lfi-traversal", where = PATH, field = "path", needles = { "..", "0x" },
      pattern = RE_TRAVERSAL_PATH },
    { id = "lfi-traversal", where = NOT_PATH, field = "path", needles = { "..", "0x" },
      pattern = RE_TRAVERSAL, check = not_relative_link },
    { id = "lfi-traversal", where = NOT_PATH, field = "path", needles = { ".." },
      pattern = RE_STRIPPED_DOTS },
    { id = "lfi-traversal", where = NOT_PATH, field = "path", needles = { "../" },
      pattern = RE_GLUED_TRAVERSAL, plain = false },
    { id = "lfi-system-path", where = NOT_PATH, field = "path", needles = { "~/." },
      pattern = RE_TILDE_DOTFILE, plain = false },
    { id = "lfi-system-path", where = NOT_PATH, needles = { "include", "input", "{%", "addplot" },
      pattern = RE_INCLUDED_OS_PATH, plain = false },
    -- (needs "/": no plain value)
    { id = "lfi-system-path", where = NOT_PATH, field = "path", needles = { "./" },
      check = dot_os_path, plain = false },
    -- a drive's colon glued to the first letter of an OS target (a
    -- colon in text has a space or a digit after it); a plain value with
    -- one: plain_maybe
    { id = "lfi-system-path", where = NOT_PATH, field = "path",
      needles = { ":e", ":p", ":s", ":b", ":w", ":i", ":m" },
      pattern = RE_STRIPPED_DRIVE, plain = false },
    -- paths (no plain values)
    { id = "lfi-system-path", where = PATH, pattern = RE_SYSTEM_PATH_PATH, plain = false },
    { id = "lfi-hidden", where = PATH, pattern = RE_HIDDEN_PATH, plain = false },
    { id = "lfi-extension", where = PATH, check = restricted_extension, plain = false },
    -- upload file names (no plain values)
    { id = "file-upload-name", where = FILENAME, pattern = RE_UPLOAD_NAME, plain = false },
    { id = "lfi-extension", where = FILENAME, check = restricted_upload,
      plain = false },
    -- the restricted extensions are plain needles (set_restricted_extensions)
    { id = "lfi-extension", where = VALUE, check = restricted_name, plain = false },
    { ids = { "lfi-extension", "lfi-extension-weak" }, where = VALUE,
      scan = restricted_name_weak, plain = false },
    -- (needs "/": no plain value)
    { id = "lfi-extension", where = VALUE, field = "path", needles = { "_log" },
      pattern = RE_SERVER_LOG, plain = false },
    -- (needs "/": no plain value)
    { id = "lfi-system-path", where = VALUE, field = "path", needles = APP_SECRETS,
      pattern = RE_APP_SECRET, plain = false },
    -- a separator (or one spelled 0x2f/0x5c) before the OS directory
    { ids = { "lfi-system-path", "lfi-system-path-weak" }, where = NOT_PATH,
      field = "path", needles = { "/", "0x" }, scan = system_path },
    { id = "lfi-system-path", where = NOT_PATH, field = "path", needles = { "/", "0x" },
      pattern = RE_SHELL_PATH, check = shell_path_check },
    { ids = { "lfi-system-path-weak" }, where = NOT_PATH, field = "path", needles = { "/" },
      scan = system_path_weak },
    -- hidden names follow a separator or start the value (plain_maybe)
    { ids = { "lfi-hidden", "lfi-hidden-weak" }, where = NOT_PATH, field = "path",
      needles = { "/" }, also = dot_first, pattern = RE_HIDDEN_VALUE, scan = hidden_value,
      plain = false },
    { id = "lfi-extension", needles = { "::$" }, pattern = RE_NTFS_STREAM },
    { id = "rfi-truncation", where = NOT_PATH, needles = { "?" }, pattern = RE_URL_TRUNC },
    { id = "rfi-truncation", where = NOT_PATH, needles = { "//" }, pattern = RE_URL_TRUNC_IN },
    { id = "rfi-open-redirect", where = NOT_PATH, names_not = REFERER,
      needles = { "/\\", "\\/", "//", "http:", "https:", "/\t", "/\n", "/\r" },
      pattern = RE_REDIRECT },
    { id = "rfi-open-redirect", where = NOT_PATH, names_not = REFERER,
      needles = { "=//" }, pattern = RE_REDIRECT_PARAM },
    { id = "rfi-unc", where = NOT_PATH, names_not = REFERER,
      needles = { "\\\\", "//", "\\/", "/\\" }, pattern = RE_UNC, plain = false },
    { id = "rfi-unc", where = NOT_PATH, names_not = REFERER, needles = { "\\\\" },
      pattern = RE_UNC_RUN, plain = false },
    -- the data: URI needs a "/"
    { id = "rfi-data-uri", where = NOT_PATH, needles = { "data:" }, pattern = RE_DATA_URI,
      check = data_uri_runs, plain = false },
    -- URLs: "://" (no plain value), or plain_maybe's scheme and ":"
    { id = "rfi-ip-url", where = NOT_PATH, names_not = REFERER, needles = URL,
      pattern = RE_URL_IP, plain = false },
    { id = "rfi-ip-url", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_URL_IP_IN },
    { id = "rfi-ip-url", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_URL_OBFUSCATED_IP },
    { id = "rfi-include-url", where = NOT_PATH, needles = URL, pattern = RE_REMOTE_URL,
      name_pattern = RE_INCLUDE_PARAM, plain = false },
    { id = "rfi-include-url", where = NOT_PATH, names_not = REFERER, needles = { "//" },
      pattern = RE_INCLUDE_IN },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = URL,
      pattern = RE_SSRF, plain = false },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_SSRF_METADATA, plain = false },
    -- (a gopher:// or dict:// URL to an internal host after a blank or a
    -- field's "=", "cb=gopher://[::1]:587/_x": those speak
    -- the service's own protocol, SMTP's or Redis's, and no note links to
    -- one)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER,
      needles = { "gopher://", "dict://" }, plain = false,
      pattern = [=[(?:(?<!\S)|[=?&;])(?:gopher|dict)://(?:[^/@\s]*@)?]=] .. INTERNAL_HOSTS
          .. [=[\.?(?:[:/?#]|$)]=] },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_SSRF_FIELD, plain = false },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_SSRF_FETCHED, plain = false },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_SSRF_GIVEN, plain = false },
    -- (a URL whose authority a blank, "&" or "#" breaks, then "@" and an
    -- internal address, "http://a.example &@b# @127.0.0.1/": parsers
    -- that disagree on where the host ends, one of them fetching the last)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "@" },
      pattern = [=[^\s*https?://[^\s/@]*[\s&#]+[^/\n]*]=] .. AT_INTERNAL, plain = false },
    -- (... or a "/", "\\", "#" or "?" right before the "@", encoded or
    -- not, "http://a.example%2F@localhost/": a parser that decodes it, or
    -- reads it as a delimiter, ends the host there, one that does not
    -- takes the address after the "@" for the host; a profile's path,
    -- "/@name", names no internal address) (or anywhere in the query
    -- or the fragment, "/get?id=7@10.0.0.5/", "/a.png#@10.0.0.5/": a
    -- parser that finds the authority's end at the last "@" before a
    -- "/" does the same)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "@" },
      plain = false,
      pattern = [=[^\s*https?://[^\s/@\\#?]+(?:[/\\#?]|[^\s@?#]*[?#][^\s@]*)]=] .. AT_INTERNAL },
    -- (or a URL whose host is an internal address, then a tab, a vertical
    -- tab or a form feed glued to a domain, "http://127.0.0.1<TAB>.x.example/":
    -- a parser that ends the host at the blank fetches the address, one
    -- that strips it fetches the domain the filter was shown; no host
    -- holds one)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = [=[[a-z][a-z0-9+.-]*://(?:[^/\s@]*@)?(?:]=] .. INTERNAL_IP_LITERALS
          .. [=[|localhost|0\.0\.0\.0)[\t\x0b\x0c]+\.?[a-z\d-]+\.[a-z]]=], plain = false },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_SSRF_LABELED, plain = false },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_SSRF_ADMIN, plain = false },
    -- (a Windows account's registry hive, its profile's NTUSER.DAT, by
    -- its path with either slash: the account's settings read; the file's
    -- name alone in a sentence is a mention)
    { id = "lfi-system-path", needles = { "ntuser" }, plain = false,
      pattern = [=[(?:^|[\s"'=(:/\\])(?:[a-z]:)?[/\\](?:users|documents and settings)]=]
          .. [=[[/\\][^/\\\s]{1,64}[/\\]ntuser\.dat\b]=] },
    -- (or a URL at a service's port on a name that claims the loopback
    -- under some other domain, "http://loopback.x.example:8080/": only
    -- that domain's DNS answers for it, with 127.0.0.1 or a rebinding
    -- address, and the port names a service there, not a public site's.
    -- 0 of the benign corpus values have the shape; without a port, a
    -- name such as "localhost.example.com" is a public site's to use)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = [=[://(?:[^/@\s]*@)?(?:localhost|loopback)\.[a-z\d-]+\.[a-z\d.-]*?]=]
          .. [=[[a-z\d]:\d{1,5}(?!\d)]=],
      plain = false },
    -- (... or, port or not, a URL whose first label says the name
    -- rebinds or is a loopback test domain's, "http://rebind.x.example/",
    -- "http://localtest.x.example/": a name made to answer with an internal
    -- address after a check saw a public one)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = [=[://(?:[^/@\s]*@)?(?:rebind(?:ing)?|localtest|rbndr)[.-][a-z\d-]+\.[a-z\d]]=],
      plain = false },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = RE_SSRF_SERVICE_PORT, plain = false },
    -- (or a URL as the whole value whose query hands its server the
    -- machine's own address, "https://x.example/r?to=127.0.0.1",
    -- "...?u=http://localhost:81/", or whose path holds a URL there,
    -- "https://x.example/r/http%3a%2f%2flocalhost%2f": a server asked
    -- to send the fetcher on there, by a redirect or a DNS answer;
    -- OAuth's redirect_uri and a callback name the developer's own
    -- machine to return to)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = [=[^\s*https?://[^\s/?#]+(?:[^\s?#]*\?(?:[^\s#]*&)?]=]
          .. [=[(?!redirect_ur[il]=|callback(?:_url)?=|return_?to=)[\w.-]+=]=]
          .. [=[(?:https?(?::|%3a)(?://|%2f%2f))?]=]
          .. [=[|/[^\s?#]*?https?(?::|%3a)(?://|%2f%2f))(?:]=] .. LOOPBACK_HOSTS
          .. [=[)(?:[:/&#]|%2f|%3a|\s*$)]=],
      plain = false },
    -- (or whose path holds an internal address and a port as a segment of
    -- its own, "https://x.example/go/10.1.2.3:8080/status": the same
    -- redirector told where to send the fetcher)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = [=[^\s*https?://[^\s/?#]+/[^\s?#]*?/(?:]=] .. INTERNAL_IP_LITERALS
          .. [=[)(?::|%3a)\d{2,5}(?:/|%2f|\s*$)]=],
      plain = false },
    -- (a URL whose host holds a whole site's name, its ".com", ".net" or
    -- ".org", then two labels or more of another domain,
    -- "https://api.x.example.com.y.example/": a check that the URL starts
    -- with the trusted site's name passes it, the fetch leaves for the
    -- other domain; a country's second level, "shop.example.com.au", is
    -- one label; a country's own commercial, academic or government
    -- zone, ".co.uk", ".ac.nz", ".gov.au", is a whole site's name too)
    { id = "rfi-open-redirect", where = NOT_PATH, names_not = REFERER,
      needles = { ".com.", ".net.", ".org.", ".co.", ".ac.", ".gov." }, plain = false,
      pattern = [=[://(?:[^/@\s]*@)?[a-z\d-][^/?#\s:@]{0,200}?\.(?:com|net|org]=]
          .. [=[|(?:co|ac|gov)\.[a-z]{2})\.[a-z\d-]+]=]
          .. [=[\.[a-z\d.-]{0,200}?[a-z\d](?=[:/?#\s"'<>)\],]|$)]=] },
    -- (a metadata service's address as the whole value, with no scheme
    -- or port: what a host field hands a fetcher; no form asks for it.
    -- Its IP forms are numbers, which edge.waf.inspect's first way
    -- reads: lone() below answers there)
    { id = "ssrf-internal", where = { value = true },
      needles = METADATA_NEEDLES, pattern = [=[^\s*]=] .. METADATA_HOSTS .. [=[\.?\s*$]=] },
    -- a URL of a protocol no browser speaks, given as the whole value
    -- ("gopher://host:70/_...", "dict://host:11211/stat", "tftp://host/x"):
    -- only a server-side fetcher dials it, and a host of any name can
    -- send that fetcher on to an internal one (a redirect, a DNS answer)
    { id = "ssrf-scheme", where = NOT_PATH, names_not = REFERER, needles = { "://" },
      pattern = [=[^\s*(?:gopher|dict|tftp)://[^\s/?#]+(?:[/?#]\S*)?\s*$]=], plain = false },
    -- a file: URL to a secret's file ("file:///app/config/secrets.json",
    -- ".../passwords.txt", a file named for its keys): a fetcher given it
    -- reads the server's own disk; or into a Windows profile's AppData,
    -- where its programs keep their logins and cookies (a download or a
    -- picture a user links to is elsewhere in the profile)
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = { "file:" },
      pattern = [=[(?:^|[\s"'=(:,])file:/{1,3}[^\s"'<>]{0,200}?]=]
          .. [=[(?:]=] .. match.SECRET_FILE .. [=[|\.key\b|/keys?\.\w|/appdata/)]=],
      plain = false },
    -- an authority with "\@" in it ("http://x.example\@allowed.example/"):
    -- a WHATWG parser ends the host at the "\", others at the "@", and an
    -- allow-list check and the fetch see two hosts
    -- (or "#@" or "?@" before any "/": "http://x.example#@allowed.example/"
    -- is x.example's fragment to a browser, a user name and another host
    -- to a parser that looks for the last "@" first)
    { id = "rfi-open-redirect", where = NOT_PATH, names_not = REFERER,
      needles = { "\\@", "#@", "?@" },
      pattern = [=[[a-z][\w+.-]*://(?:[^/\s@\\]*\\+|[^/\s@\\?#]+[?#])@[a-z\d\[]]=]
          -- (or "\@" later in the URL, before an internal address: a
          -- parser that takes the last "@" for the authority's end goes
          -- there, "https://x.example/a\@192.168.4.2:81/")
          .. [=[|[a-z][\w+.-]*://[^\s@]{0,200}?\\@(?:\d{1,3}(?:\.\d{1,3}){3}|localhost\b|\[)]=],
      plain = false },
}, _M.RULES)

local PLAIN_NEEDLES = rules.plain_needles({}, RULES)
_M.PLAIN_NEEDLES = PLAIN_NEEDLES


function _M.set_restricted_extensions(list)
    local needles = {}
    for i, w in ipairs(PLAIN_NEEDLES) do
        needles[i] = w
    end
    if list and #list > 0 then
        needles[#needles + 1] = list
    end
    _M.PLAIN_NEEDLES = needles
    if not list or #list == 0 then
        restricted, restricted_strong, restricted_weak = nil, nil, nil
        restricted_copy = nil
        return
    end
    local esc, strong, weak, copy = {}, {}, {}, {}
    for i, ext in ipairs(list) do
        esc[i] = gsub(ext, "([%.%+%-%~])", "\\%1")
        -- in a value, "~" ends a name ("x.php~", "Makefile~"), it does not
        -- start a path ("~/Downloads"): the name is a whole segment of a
        -- file name's bytes, from the value's start or a separator (a
        -- bot sensor's cookie, "AbC+dEf~/gH=", holds "~/" by chance)
        local e = gsub(esc[i], "\\~", "(?:^|(?<=[/\\\\]))[\\w.-]+~")
        if re_find(lower(ext), ORDINARY_EXT, "jo") then
            weak[#weak + 1] = e
        else
            strong[#strong + 1] = e
            if re_find(lower(ext), COPY_EXT, "jo") then
                copy[#copy + 1] = e
            end
        end
    end
    local tail = [=[(?:$|[/;?#])]=]
    restricted = alt(esc) .. tail
    restricted_strong = #strong > 0 and alt(strong) .. tail or nil
    restricted_weak = #weak > 0 and alt(weak) .. tail or nil
    restricted_copy = #copy > 0 and alt(copy) .. tail or nil
end


-- A path of names only: the OS directory check is all that can match.
-- Every alternative of OS_TARGETS has one of these in it (lower case: the
-- regex ignores case): a plain path with none of them cannot match, and
-- is passed without running the regex (every request's path comes here).
local OS_TARGET_PARTS = match.any_of({
    { "etc/", "proc/", "sys/", ".ini", "windows/", "winnt/", "inetpub/", "-inf/" },
})


function _M.plain_path(s, on, report)
    if on["lfi-system-path"] and any(OS_TARGET_PARTS, lower(s))
            and re_find(s, RE_SYSTEM_PATH_PATH, "joi") then
        return report("lfi-system-path")
    end
    return false
end


-- The metadata services' IP addresses as a whole value (a number to
-- edge.waf.inspect, which asks here; the record above reads the names).
function _M.lone(s, on, report)
    if on["ssrf-internal"] and METADATA_IPS[s] then
        return report("ssrf-internal")
    end
    return false
end


function _M.detect(v, on, report, where, name)
    local low = v.low
    if where ~= "filename" and not re_find(low, GATE, "jo") then
        return false
    end
    v.path = path_view(low)
    return rules.run(RULES, v, on, report, where, name)
end


function _M.plain_maybe(low)
    if byte(low, 1) == 46 then
        return true
    end
    local colon = find(low, ":", 1, true)
    if not colon then
        return false
    end
    if re_find(low, RE_STRIPPED_DRIVE, "jo") then
        return true
    end
    -- both URL rules start with spaces, a scheme of letters and ":"
    local i = 1
    while byte(low, i) == 32 do
        i = i + 1
    end
    if i == colon then
        return false
    end
    -- (or an internal address and its port, the whole value: RE_SSRF's
    -- "127.0.0.1:6379")
    local first = byte(low, i)
    if first >= 48 and first <= 57 then
        return re_find(low, RE_SSRF, "jo") ~= nil
    end
    for k = i, colon - 1 do
        local c = byte(low, k)
        if c < 97 or c > 122 then
            return false
        end
    end
    return re_find(low, RE_REMOTE_URL, "jo") ~= nil
        or re_find(low, RE_SSRF, "jo") ~= nil
end


_M.PATTERNS = rules.patterns({ GATE, SPACE, ONE_TOKEN, RE_SHELL_PATH_IN_TEXT,
                                RE_SYSTEM_PATH, ORDINARY_EXT, COPY_EXT, RE_NAMED_FILE,
                                RE_SECRET_PATH,
                                ABSOLUTE, RE_RELATIVE_LINK, RE_LINK_IN_TEXT,
                                RE_PROJECT_DOTDIR, RE_DOTFILE,
                                RE_SPACED_WINDOWS_PATH, RE_SHELL_PATH, RE_WRITE_LOG,
                                RE_SHELL_PATH_NOT_LOG, RE_CHAINED, RE_DOT_OS_TARGET,
                                RE_DOT_OS_PATH },
                               RULES)

return _M
