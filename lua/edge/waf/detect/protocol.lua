-- Protocol attacks and request-level anomalies.
--
-- Per value: NUL bytes, CR/LF that starts a header or an HTTP request line
-- (response splitting, header injection, smuggling through a proxy),
-- request lines embedded in data, IIS %u encoding, overlong or invalid
-- UTF-8, LDAP filter breakouts, mod_proxy "unix:...|" URLs.
-- Per request (check_request): both Content-Length and Transfer-Encoding,
-- repeated or malformed Content-Length, a transfer coding other than
-- chunked, a body on GET/HEAD, restricted headers, invalid header names,
-- Range abuse, contradictory Connection options, an IP literal as Host,
-- charset parameters outside the allowed list, cookie version attributes,
-- session identifiers passed in arguments from another site.

local re_find = require("edge.waf.re").find
local utf8_valid = require("edge.waf.re").utf8_valid
local unescape_uri = ngx.unescape_uri
local rules = require "edge.waf.rules"
local chance = require "edge.waf.chance"
local url_decoded = require("edge.waf.match").url_decoded
local secret_name = require("edge.waf.match").secret_name
local RE_NUMBER_FORMULA = require("edge.waf.match").RE_NUMBER_FORMULA

local byte = string.byte
local find = string.find
local fmt = string.format
local lower = string.lower
local upper = string.upper
local bor = bit.bor
local lshift = bit.lshift
local match = string.match
local sub = string.sub
local gmatch = string.gmatch
local gsub = string.gsub
local type = type
local select = select
local pairs = pairs
local alt = rules.alt
local get = rules.get


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "protocol-nul", severity = "critical", pl = 1,
      desc = "NUL byte in a name or value" },
    { id = "protocol-crlf", severity = "critical", pl = 1,
      desc = "CR/LF starting a header, a request line or a mail server's "
             .. "command (splitting, injection)" },
    { id = "protocol-crlf-unicode", severity = "critical", pl = 1,
      desc = "a character whose low byte is CR or LF (U+560A, U+010D) right "
             .. "before an HTTP header line: a server that keeps only a code "
             .. "point's low byte writes a line break there" },
    { id = "protocol-crlf-split", severity = "critical", pl = 1,
      desc = "a CR or LF escape split by a line break (%0, CR LF, a): a filter "
             .. "that deletes the break leaves the escape of another one" },
    { id = "protocol-log-forging", severity = "critical", pl = 1,
      desc = "a log record after a line break the value spells (%0a, U+2028, "
             .. "NEL) or after one short token, or a JSON string the value closes "
             .. "to add fields (n\",\"role\":\"admin)" },
    { id = "protocol-request-line", severity = "critical", pl = 1,
      desc = "an HTTP request line inside a value" },
    { id = "protocol-encoding", severity = "critical", pl = 1,
      desc = "IIS %u encoding or overlong UTF-8 (a complete multi-byte "
             .. "sequence for a character that has a shorter one; in the "
             .. "decoded value too: a 4-byte one, or a 5- to 7-byte lead "
             .. "with 4 continuation bytes, which encodes no character)" },
    { id = "protocol-format-string", severity = "critical", pl = 1,
      desc = "C format directives that read or write memory: a run of "
             .. "conversions (%x%x%x, %08x.%08x), %n, huge widths, widths from "
             .. "the arguments (%*x, %.*s, %*2$x, %*$), a marker run glued to "
             .. "one (AAAA%x, AAAA%I)" },
    { id = "protocol-terminal", severity = "critical", pl = 1,
      desc = "terminal control sequence (ESC [ or ESC ]) in a value, or a "
             .. "run of backspaces or bells (they erase or hide what a log "
             .. "viewer shows before them): log and terminal injection" },
    { id = "protocol-control", severity = "critical", pl = 1,
      desc = "a vertical tab or a form feed inside a word, \"uni%0bon\": "
             .. "blanks to SQL that no keyboard types, where a filter that "
             .. "drops them reads the word whole" },
    { id = "protocol-utf8", severity = "critical", pl = 2,
      desc = "invalid UTF-8 in a path or argument value (unless the body "
             .. "declares a single-byte charset): forms posted from "
             .. "ISO-8859-1 pages send Latin-1 (%F1 for n-tilde), so only "
             .. "from paranoia 2; overlong forms are protocol-encoding" },
    { id = "protocol-absolute-uri", severity = "critical", pl = 1,
      desc = "request target in absolute form (proxy request) or not a path" },
    { id = "protocol-ldap", severity = "critical", pl = 1,
      desc = "LDAP filter breakout: )(attr=..., )(|, *)(; a search query's: ) OR (*:*" },
    { id = "protocol-xpath", severity = "critical", pl = 1,
      desc = "XPath/XQuery literal breakout: a quote, then or/and and an XPath "
             .. "function, or a union or a return of a path" },
    { id = "protocol-proxy-socket", severity = "critical", pl = 1,
      desc = "mod_proxy unix-socket URL (unix:...|http://)" },
    { id = "protocol-smuggling", severity = "critical", pl = 1,
      desc = "Content-Length with Transfer-Encoding, repeated/malformed "
             .. "Content-Length, unknown transfer coding" },
    { id = "protocol-body-without-content", severity = "critical", pl = 1,
      desc = "a body on GET or HEAD" },
    { id = "protocol-restricted-header", severity = "critical", pl = 1,
      desc = "a header from waf.restricted_headers" },
    { id = "protocol-header-name", severity = "critical", pl = 1,
      desc = "header name with characters outside A-Z a-z 0-9 - (only "
             .. "with waf.reject_invalid_header_names; else such headers "
             .. "are removed before proxying)" },
    { id = "protocol-range", severity = "critical", pl = 1,
      desc = "Request-Range, or a Range with many or malformed ranges" },
    { id = "protocol-connection", severity = "critical", pl = 1,
      desc = "repeated or contradictory Connection options" },
    { id = "protocol-host-ip", severity = "warning", pl = 2,
      desc = "Host is an IP literal" },
    { id = "protocol-charset", severity = "critical", pl = 1,
      desc = "charset outside waf.allowed_charsets (Accept), or repeated" },
    { id = "protocol-accept-encoding", severity = "critical", pl = 1,
      desc = "oversized or malformed Accept-Encoding" },
    { id = "protocol-cookie", severity = "critical", pl = 1,
      desc = "legacy cookie attributes ($Version) used to smuggle quoting" },
    { id = "protocol-user-agent", severity = "notice", pl = 1,
      desc = "empty User-Agent" },
    { id = "protocol-multipart-name", severity = "critical", pl = 1,
      desc = "multipart field or file name with quotes, ';', '=' or '\\'" },
    { id = "session-fixation", severity = "critical", pl = 1,
      desc = "session identifier in an argument (phpsessid, jsessionid, "
             .. "connect.sid...; not a bare sid, every analytics beacon's "
             .. "visit counter), from another site or none" },
    { id = "session-cookie-set", severity = "critical", pl = 1,
      desc = "cookie attributes set from data (.cookie ...; expires=)" },
    { id = "xxe", severity = "critical", pl = 1,
      desc = "XML document type with entities or an external identifier" },
}


local METHODS = [=[(?:get|post|head|put|delete|options|patch|connect|trace|propfind)]=]
-- A header line starts right after the line break (leading white space
-- would make it a continuation) and has its colon right after the name
-- (RFC 9112: servers refuse white space there). Multi-line text in a body
-- ("Args:\n    x: ...", "Note: ...", "To: Bob") has lines like that too,
-- so there (a body value with line breaks of its own) only HTTP's own
-- header names count.
-- (Location's value is one URI reference: "Location: dock 3", a form's
-- label, is none; Host's one authority: "HOST: Und du bist wach?" is a
-- transcript's speaker)
local HEADER_NAMES = alt({
    "set-cookie", "cookie", [=[location(?=:[ \t]*[^\s]+[ \t]*(?:[\r\n]|$))]=],
    "refresh", "content-type",
    "content-length", "content-disposition", "content-security-policy",
    "transfer-encoding", "connection", [=[host(?=:[ \t]*[\w.:\[\]-]+[ \t]*(?:[\r\n]|$))]=],
    "x-forwarded-[a-z]+",
    "x-xss-protection", "x-frame-options", "access-control-[a-z-]+",
    "strict-transport-security", "cache-control", "link", "via",
    "www-authenticate", "authorization", "proxy-[a-z-]+", "upgrade",
    -- SIP's identity and routing headers (a display name with a line
    -- break asserts another caller, routes the call elsewhere)
    "p-asserted-identity", "p-preferred-identity", "remote-party-id", "record-route",
    -- Asterisk's manager protocol: an action that places or moves calls
    -- or runs a command ("Action: restack the pallets" is a report's line)
    [=[action(?=:[ \t]*(?:originate|command|redirect|atxfer|getvar|setvar|hangup|login]=]
        .. [=[|updateconfig)\b)]=],
})
-- A mail server's commands on a line of their own (after a line break):
-- SMTP's envelope, SMTP's and POP3's commands without an argument, and
-- IMAP's tagged commands (a letter and digits, as clients number them:
-- "A001 LOGIN", "V100 CAPABILITY") with their arguments' shape. A value
-- written into a mail server's session runs them.
local MAIL_COMMAND = alt({
    [=[(?:mail\s+from|rcpt\s+to)\s*:]=],
    [=[(?:quit|rset|noop)[ \t]*(?:[\r\n]|$)]=],
    [=[[a-z]\d{1,6}[ \t]+(?:(?:capability|logout|noop|starttls|expunge)]=]
        .. [=[|login[ \t]+\S+[ \t]+\S+|(?:select|examine)[ \t]+\S+]=]
        .. [=[|authenticate[ \t]+[\w-]+)[ \t]*(?:[\r\n]|$)]=],
    [=[[a-z]\d{1,6}[ \t]+(?:uid[ \t]+)?(?:fetch|store|copy)[ \t]+[\d:*,]+(?:[ \t]|$)]=],
    -- (and the ones that delete, create or rename a mailbox: one name, or
    -- two for a rename, then the line's end)
    [=[[a-z]\d{1,6}[ \t]+(?:(?:delete|create|subscribe|unsubscribe)[ \t]+\S+]=]
        .. [=[|rename[ \t]+\S+[ \t]+\S+)[ \t]*(?:[\r\n]|$)]=],
})
-- Redis's commands that change the server (a URL's path or a key with a
-- line break: an SSRF to Redis's plain-text protocol writes a web shell
-- with CONFIG SET dir / dbfilename, or makes it a replica of the
-- attacker's)
-- (a module is a shared object, "MODULE LOAD /tmp/x.so": "module load
-- cuda/12.2" is a cluster's environment modules); and writes of a
-- namespaced key, a session's or a cart's ("SET sess:42 root", "DEL
-- sess:42"), or memcached's storage commands with their three numbers
-- ("set sess:42 0 900 4") and its delete of such a key: the cache a
-- value's line break reaches; or a SET of any key and a value as the
-- last line, ended by the inline protocol's CR LF ("SET admin_token
-- x\r\n")
local REDIS_COMMAND = [=[(?:(?:config[ \t]+(?:set|rewrite)|slaveof|replicaof|flushall|flushdb]=]
    .. [=[|script[ \t]+load)\b|module[ \t]+load[ \t]+\S*\.so\b]=]
    .. [=[|(?:set|setex|setnx|getset|hset|hmset|lpush|rpush|sadd|append|expire)[ \t]+]=]
    .. [=[[a-z][\w.-]*:[\w:.@-]+[ \t]+\S]=]
    .. [=[|del(?:ete)?[ \t]+[a-z][\w.-]*:[\w:.@-]+[ \t]*(?:[\r\n]|$)]=]
    .. [=[|(?:set|add|replace|append|prepend|cas)[ \t]+\S+(?:[ \t]+\d+){3,4}[ \t]*(?:[\r\n]|$)]=]
    .. [=[|(?:set|setnx|getset|append)[ \t]+[a-z_][\w.-]*[ \t]+\S+[ \t]*\r\n\s*$)]=]
-- IRC's commands on a line of their own: a message to a channel or a
-- nick (the text after " :"), joining, leaving, a channel's mode; a
-- chat bridge or a bot that writes a value into its session runs them.
local IRC_COMMAND = [=[(?:(?:privmsg|notice)[ \t]+[#&]?[^\s:,]+[ \t]+:]=]
    .. [=[|(?:join|part)[ \t]+[#&][^\s,]+[ \t]*(?:[\r\n]|$)]=]
    .. [=[|(?:mode|kick|topic|invite)[ \t]+[#&][^\s,]+[ \t]+\S)]=]
-- (the months as logs abbreviate them: syslog's and an access log's time)
local MONTH = [=[(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)]=]
-- A syslog frame on a line of its own: the priority ("<34>"), then
-- RFC 5424's version and time or RFC 3164's; no one types a priority.
local SYSLOG_FRAME = [=[[\r\n][ \t]*<\d{1,3}>(?:1[ \t]+)?(?:\d{4}-\d\d-\d\dt|]=]
    .. MONTH .. [=[[ \t]+\d{1,2}[ \t]+\d\d:\d\d:\d\d)]=]
-- A modem's AT command after the character that ends an SMS's text
-- (Ctrl-Z, 0x1A): a value sent as a message's text then drives the modem
-- ("...\x1a\rAT+CCFC=..." forwards its calls). No one types a Ctrl-Z.
local AT_AFTER_SMS = [=[\x1a[\r\n \t]*at[+&%^$#*]?[a-z]]=]
-- SWIFT MT's field tags (":61:", ":57A:") on a line of their own after a
-- break: a payment reference's value that adds fields to the message
-- (a statement line, another beneficiary)
local MT_TAG = [=[:\d\d[a-z]?:\S]=]
-- (a first line that is no tag itself: a statement pasted whole starts
-- with its own ":20:", a message whole with its basic header block,
-- "{1:F01" and the sender's logical terminal)
local NOT_MT_FIRST = [=[^(?![ \t]*(?::\d\d[a-z]?:|\{1:f\d\d[a-z0-9]{12}))]=]
-- SMTP's end of a message's data (a line of one "."), then the envelope
-- of a message of its own
local SMTP_END = [=[(?:\r\n|[\r\n])\.[ \t]*(?:\r\n|[\r\n])[ \t]*(?:mail\s+from|rcpt\s+to)\s*:]=]
-- HL7 v2: its segments end with a CR; a field's value with components
-- ("ROE^MAX", an address) then a CR and a segment of its own (three
-- letters or digits, "|"), or an MLLP frame's bytes (0x1C ends one, 0x0B
-- starts one) before a message header: what an interface engine that
-- joins the value into a message reads as its own segments. A message
-- pasted whole starts with its own segment.
local RE_HL7_SEGMENT = alt({
    [=[^[^|\r\n^]*+\^[^|\r\n]*+(?:\r\n|[\r\n])[\x1c\x0b]*[a-z][a-z\d]{2}\|[^\r\n|]*+\|]=],
    [=[\x1c[\r\n]*\x0b[ \t]*msh\|]=],
    -- (or any field's value then a bare CR, the terminator alone, which no
    -- keyboard types: a textarea sends CR LF or LF)
    [=[^(?![a-z][a-z\d]{2}\|)[^\r\n]*+\r(?!\n)[\x1c\x0b]*[a-z][a-z\d]{2}\|[^\s|]]=],
})
-- What follows a line break and blanks, read from the run of blanks'
-- start, its last line break held ("[\r\n]\s*" started at each of
-- thousands of line breaks and scanned the rest of the run from each)
local LINE_AFTER = [=[(?<!\s)(?>\s*[\r\n])\s*]=]
-- A page injected after the headers: a blank line ends them, then the
-- body's markup; after one line break the markup would be a header line
-- no server sends ("Paste this:\n<script src=...>" is a snippet)
-- (read from a run of blanks' start, its first blank line held: started
-- at each line break of thousands, each scanned the rest of the run)
local RE_BODY_AFTER_BLANK = [=[(?<!\s)(?>\s*?(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n))\s*<\s*]=]
    .. [=[(?:html|meta|script|body|head)\b]=]
-- A field's value of one or two tokens, a line break, then a line a
-- protocol reads as its own (a mail server's command, DATA after an
-- address, a cache's write, an extension header as the last line): text
-- has a sentence or a label (":") before such a line.
-- (each run of blanks possessive and the second token non-empty: three
-- runs that could share the same blanks cost a value of spaces cubic time)
local ONE_TOKEN = [=[[ \t]*+[^\s]*+(?<!:)(?:[ \t]++[^\s]++(?<!:))?[ \t]*+(?:\r\n|[\r\n])[ \t]*]=]
local ONE_TOKEN_LINE = "^" .. ONE_TOKEN
-- An HTTP/2 pseudo-header's line (":authority: host"): after a field's
-- one or two tokens, what a proxy that copies the value into the
-- request it sends on reads as the request's own authority or path (a
-- HAR excerpt's headers come after a sentence: "Request headers from the
-- HAR file:")
local PSEUDO_HEADER = [=[:(?:authority|method|path|scheme|status|protocol):[ \t]*\S]=]
-- A CSV row: the first line closes the quoted field the value was
-- written into and opens the next ('x","0.00"': no CSV line starts
-- unquoted and closes a quote), then a row of quoted fields of its own.
-- (the value's record may go on with more fields before its break:
-- 'x","1","9"\n"y",...', each field read once by a possessive run; the
-- row's last field may be one it opens and the application's own quote
-- closes, '"y' to the value's end; ";" between the fields as well as ",",
-- 'x";"0.01"\n"y";"0.01')
local function csv_row(sep)
    return [=[^[^"\r\n]*+(?<=[^"\s])[ \t]*(?:"[ \t]*]=] .. sep .. [=[[ \t]*"[^"\r\n]*+)++"?[ \t]*]=]
        .. [=[(?:\r\n|[\r\n])]=]
        .. [=[[ \t]*"[^"\r\n]*+(?:"[ \t]*]=] .. sep .. [=[|$)]=]
end
local CSV_ROW = csv_row(",") .. "|" .. csv_row(";")
-- (the row classes' first line, a few words, no quote, comma or
-- semicolon, and the break and blanks after a line)
local FIELD_LINE = [=[^[^"\r\n,;]{1,40}]=]
local ROW_BREAK = [=[(?:\r\n|[\r\n])[ \t]*]=]
-- (or a first line that is no row at all, a few words with no quote,
-- comma or semicolon, or one quoted field alone, then one row of three
-- quoted fields or more as the last line: the value's own row in a
-- quoted export; a pasted export opens with its header)
local QUOTED_ROW_LAST = [=[(?:]=] .. FIELD_LINE .. [=[|^\s*"[^"\r\n]{1,40}"[ \t]*)]=]
    .. ROW_BREAK .. [=["[^"\r\n]*+"]=]
    .. [=[(?:[ \t]*,[ \t]*"[^"\r\n]*+"){2,}[ \t]*$]=]
-- (or a row of quoted fields, "," or ";" between them, whose last field
-- it opens for the application's own quote to close, after such a line
-- or one that closes the application's field: 'ok"\n"x";"5";"paid')
local QUOTED_ROW_OPEN = FIELD_LINE .. [=["?]=] .. ROW_BREAK .. [=["[^"\r\n]*+"]=]
    .. [=[(?:[ \t]*[,;][ \t]*"[^"\r\n]*+")*+[ \t]*[,;][ \t]*"[^"\r\n]*+$]=]
-- (or unquoted: a first line with no separator, then one record of four
-- cells or more, "," or ";" between them with no blank after, as the
-- last line: the value's field closed and a row of its own begun; a
-- pasted export's header has its separators)
-- (or a first line of two ";" cells, the second may be empty, then a
-- ";" record of four cells or more as the last: a header or a row is as
-- wide as the rows under it)
-- (a cell: a short quoted text, or a run (40 bytes at most) of words, numbers and
-- signs, a currency's bytes, "=" and an address's "@" among them, or
-- none; with ";" between cells, a decimal comma too)
local function row_cell(more)
    return [=[(?:"[^"\r\n]{0,24}"|[\w.%:/+=@\x80-\xff]=] .. more
        .. [=[-][\w .%:/+=@\x80-\xff]=] .. more .. [=[-]{0,39})?]=]
end
local ROW_CELL, ROW_CELL_SEMI = row_cell(""), row_cell(",")
local SEMI_CELLS = ROW_CELL_SEMI .. [=[(?:;]=] .. ROW_CELL_SEMI .. [=[){3,}\s*$]=]
-- (a last line that names a setting, "allowed=jpg,png,heic,mp4", is a
-- config's list, no row)
local NOT_SETTING = [=[(?![\w.-]{1,40}[ \t]*=)]=]
local UNQUOTED_ROW_LAST = FIELD_LINE .. [=[(?:;[^"\r\n,;]{0,40}]=] .. ROW_BREAK .. NOT_SETTING
    .. SEMI_CELLS .. "|" .. ROW_BREAK .. NOT_SETTING .. "(?:"
    .. ROW_CELL .. [=[(?:,]=] .. ROW_CELL .. [=[){3,}\s*$|]=] .. SEMI_CELLS .. [=[))]=]
    -- (or a first line of three ";" cells, then a ";" record of five or
    -- more as the last: wider than the line it follows, as no export's
    -- row is)
    .. [=[|]=] .. FIELD_LINE .. [=[(?:;[^"\r\n,;]{0,40}){2}]=] .. ROW_BREAK .. NOT_SETTING
    .. ROW_CELL_SEMI .. [=[(?:;]=] .. ROW_CELL_SEMI .. [=[){4,}\s*$]=]
-- (or, after a first line or rows of its own, a last line that is a row
-- whose first cell is a formula of numbers alone, "=2+3,x",
-- "a;1\nb;2\n=3*4;x": a probe of whether the sheet the export opens in
-- computes the value's cells; a sheet's own formulas read cells,
-- "=SUM(B2:B9)", and a line that starts with a sign and a word is a
-- list's or a dialogue's)
local FORMULA_ROW_LAST = ROW_BREAK .. [=["?[=+@-]]=] .. RE_NUMBER_FORMULA
    .. [=[[^\r\n]*[,;][^\r\n]*$]=]
-- Ten line breaks or more in a row, then text: a run of blank lines that
-- pushes what follows out of a viewer's sight or a log's line (no typed
-- text leaves that many).
local BLANK_RUN = [=[(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n)){9,}[ \t]*\S]=]
-- A banner framed by "=" runs on a line of its own, claiming an outcome
-- or who closed it, "=== batch 7 approved by ops ===": a section the
-- log's reader takes for the application's own.
-- (or claiming the text's end, with lines after it, "=== end of log
-- ===" then a sign-off: what follows reads as written after the
-- application closed its text)
local BANNER_CLAIM = [=[[\r\n][ \t]*={3,}[^\r\n=]*\b(?:(?:by|approved|refunded|closed|granted]=]
    .. [=[|audit|paid|verified)\b[^\r\n=]*={2,}]=]
    .. [=[|end\b[^\r\n=]*={2,}[ \t]*(?:\r\n|[\r\n])\s*\S)]=]
-- ... or by runs of three "*" or more at both ends, opening with a label
-- of a few words and its colon ("*** SYSTEM NOTICE: ... ***"): the frame
-- a system's own notices wear in a log ("*** end of notes ***" closes a
-- section of text; text's bold or a rule is one run, or words glued to it)
local STAR_BANNER = [=[[\r\n][ \t]*\*{3,}[ \t]*[a-z]+(?:[ \t]+[a-z]+){0,3}:[^\r\n*]*\*{3,}]=]
    .. [=[[ \t]*(?:[\r\n]|$)]=]
-- A JSON log record closed by the value ('x"}') and one of its own on
-- the next line (newline-delimited JSON: each line a record; records
-- pasted whole start with their own "{").
-- (a JSON log record's first keys: RE_LOG_RECORD's too)
local JSON_LOG_KEY = [=["(?:level|lvl|severity|msg|message|time|ts|timestamp|event)"\s*:]=]
local NDJSON_RECORD = [=[^(?!\s*\{)[^\r\n]*?"\s*\}\s*(?:\r\n|[\r\n])\s*\{\s*]=]
    .. JSON_LOG_KEY
-- A carriage return alone, then text: a terminal or a log viewer writes
-- that text over the line's start ("total: 4\rtotal: 400"); typed text
-- has none (a textarea sends CR LF), but HL7's segments end with one
-- ("...\rPID|1|..."; and LF CR is a line break written backwards).
local LONE_CR = [=[(?<!\n)\r(?![\r\n]|[a-z][a-z\d]{2}\|)(?=[^\r\n]*\S)]=]
-- A JSON string the value was written into (a JSON log line's, a
-- document built by concatenation), closed by the value's first quote,
-- then members of its own ('Kim","tier":"gold","n":"'), the last left
-- open for the application's quote or the object closed.
local JSON_MEMBER = [=["[\w.-]{1,40}"\s*:\s*]=]
    .. [=[(?:"[^"\\\r\n]{0,80}"|true|false|null|-?\d+(?:\.\d+)?)]=]
-- (or one member alone, left open: 'Kim", "tier": "gold')
local RE_JSON_BREAKOUT = [=[^[^"\\\r\n]*+"\s*,\s*(?:"[\w.-]{1,40}"\s*:\s*"[^"\\\r\n]*+$|]=]
    .. JSON_MEMBER
    .. [=[(?:\s*,\s*]=] .. JSON_MEMBER
    -- (or the object closed and the next record opened on a line of its
    -- own, its first member left open: '...,"op":"export"}\n{"seq":"')
    .. [=[)*+\s*(?:,\s*"[\w.-]{1,40}"\s*:\s*"[^"\\\r\n]*]=]
    .. [=[|\}\s*(?:\{\s*"[\w.-]{1,40}"\s*:\s*"[^"\\\r\n]*)?)$)]=]
-- An iCalendar attendee or organizer on the line after a first line that
-- is no field: an invitation the application writes, given a guest of the
-- client's; a calendar pasted whole opens with its own "BEGIN:".
local ICAL_GUEST = [=[^(?![ \t]*[a-z][\w-]*(?:;[^\r\n:]*)?:)[^\r\n]*+(?:\r\n|[\r\n])]=]
    .. [=[[ \t]*(?:attendee|organizer)(?:;[^\r\n:]*)?:[ \t]*mailto:]=]
-- ... or a component of its own: the event closed and another opened
-- ("...\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:..."), what a calendar
-- export that joins the value into its text then offers as a second
-- event; a calendar pasted whole starts with its own BEGIN:
local ICAL_COMPONENT = [=[^(?![ \t]*begin:)[^\r\n]*+(?:\r\n|[\r\n])[ \t]*(?:end|begin):]=]
    .. [=[v(?:event|calendar|todo|journal|alarm|freebusy|timezone|card)\b]=]
local RE_CRLF_BODY = alt({
    CSV_ROW, QUOTED_ROW_LAST, QUOTED_ROW_OPEN, UNQUOTED_ROW_LAST, FORMULA_ROW_LAST, BLANK_RUN,
    BANNER_CLAIM,
    STAR_BANNER,
    NDJSON_RECORD, LONE_CR,
    ICAL_GUEST, ICAL_COMPONENT,
    [=[[\r\n]]=] .. HEADER_NAMES .. [=[:]=],
    -- (text has line breaks of its own; a value that starts with one
    -- before a mail command is the command)
    [=[^[ \t]*[\r\n]+]=] .. MAIL_COMMAND,
    ONE_TOKEN_LINE .. [=[(?:]=] .. MAIL_COMMAND .. "|" .. REDIS_COMMAND .. "|" .. IRC_COMMAND
        .. [=[|x-[\w-]+:[ \t]*\S[^\r\n]*+\s*$|]=] .. PSEUDO_HEADER .. [=[[^\r\n]*+\s*$)]=],
    -- (the one token no tag itself: a statement pasted whole)
    NOT_MT_FIRST .. ONE_TOKEN .. MT_TAG,
    SMTP_END,
    AT_AFTER_SMS,
    SYSLOG_FRAME,
    [=[^[ \t]*[^\s@]*@[^\s]*[ \t]*(?:\r\n|[\r\n])data[ \t]*(?:\r\n|[\r\n])]=],
    LINE_AFTER .. [=[http/\d(?:\.\d)?\s+\d{3}\b]=],
    RE_BODY_AFTER_BLANK,
})
-- A value with no line break of its own (a query value, an escape in
-- JSON) whose decoded text has one: a header line is injected when its
-- name is HTTP's (or an x- extension), or, whatever the name, when the
-- break follows nothing or one token (not a rule, "---"), the
-- application's own value ("en%0d%0aVary: *"); after text ("Meeting
-- notes", then "Status: done"), a form's multi-line text sent by GET, or
-- after a "---" line, a label of a line is prose, but for mail's headers
-- and SMTP's commands.
-- (a header line after a line break: HTTP's names or an x- extension)
-- (or folded under the header before it, a tab first: "\r\n\tX-A: b";
-- YAML, whose indented "x-...:" keys a note may paste, allows no tab)
-- (or after CR LF and one blank, HTTP's obsolete line folding: a server
-- that still reads it joins the line to the header before, a proxy that
-- does not starts a header of its own)
local RE_HEADER_LINE = [=[(?:[\r\n]\t?|\r\n )(?:]=] .. HEADER_NAMES .. [=[|x-[\w-]+):\s*\S]=]
local RE_CRLF = alt({
    RE_HEADER_LINE,
    -- (a field's one token, a blank line, then a JSON body of the value's
    -- own: the response's headers end and its body is the value's; a
    -- label's colon, "Result:", introduces an example)
    [=[^[^\s]{1,64}(?<!:)(?:\r\n|\n)[ \t]*(?:\r\n|\n)\s*\{\s*"[\w-]{1,40}"\s*:]=],
    -- (or an HTTP/2 pseudo-header line after one or two tokens:
    -- PSEUDO_HEADER)
    ONE_TOKEN_LINE .. PSEUDO_HEADER,
    -- SMTP's and Redis's commands (a mail's own headers: mail_headers
    -- below)
    [=[[\r\n]data\s*[\r\n]|[\r\n]]=] .. MAIL_COMMAND,
    [=[[\r\n][ \t]*]=] .. REDIS_COMMAND,
    -- (or one that empties or moves the server opening the value, then a
    -- line of its own: "FLUSHALL<CR><LF>SET ...", the inline protocol)
    -- (FLUSHALL takes no argument but its mode: "flushall the pipes" is
    -- a sentence)
    [=[^[ \t]*(?:(?:flushall|flushdb)(?:[ \t]+a?sync)?[ \t]*]=]
        .. [=[|(?:config[ \t]+(?:set|rewrite)|slaveof|replicaof)\b[^\r\n]*)\r?\n[ \t]*\S]=],
    [=[[\r\n][ \t]*]=] .. IRC_COMMAND,
    -- (a tag after a first line that is none: a statement pasted whole
    -- starts with its own ":20:")
    NOT_MT_FIRST .. [=[[^\r\n]*[\r\n]+[ \t]*]=] .. MT_TAG,
    AT_AFTER_SMS,
    -- a log line forged after a value's first line that is none (a
    -- pasted excerpt starts with a log line of its own): a timestamp,
    -- then a level within a few words ("login ok%0a2025-03-12 09:00:00
    -- INFO user=admin ...")
    -- (or a time stamp then key=value fields, a structured log's:
    -- "...Z user=admin action=export")
    -- (an excerpt's first line is a log line in any of the usual time
    -- stamps: ISO's date, syslog's "Jun  4 08:43:47", a time alone)
    [=[^(?!\s*\[?(?:\d{4}-\d\d-\d\d|[a-z]{3}[ \t]+\d{1,2}[ \t]+\d\d:\d\d|\d\d:\d\d:\d\d))]=]
        .. [=[[^\r\n]*[\r\n]+]=] .. alt({
            [=[\[?\d{4}-\d\d-\d\d[t ,]\d\d:\d\d(?::\d\d)?]=]
                .. [=[(?:[^\r\n]{0,40}?\b(?:info|warn|warning|error|err|debug|notice|crit]=]
                .. [=[|critical|fatal|alert|emerg|audit|trace)\b]=]
                .. [=[|[^\s]*(?:[ \t]+[a-z][\w.-]*){0,3}[ \t;,|]+[a-z_][\w.-]*=[^\s=])]=],
            -- (a logger's bracketed time stamp, "[2024-03-12 12:00:03]
            -- ...")
            [=[\[\d{4}-\d\d-\d\d[t ]\d\d:\d\d(?::\d\d)?[^\]\r\n]{0,10}\][ \t]+\S]=],
        }),
    -- (or a record of fields after a date, CSV's, a tab's or a pipe's,
    -- "2024-05-14,deleted,all_rows,admin", after a first line that is no
    -- record: an export pasted whole starts with its header's fields)
    [=[^(?!\s*\[?\d{4}-\d\d-\d\d)[^\r\n,\t|;]*[\r\n]+]=]
        .. [=[\d{4}-\d\d-\d\d(?:[t ,]\d\d:\d\d(?::\d\d)?z?)?(?<logsep>[,\t|;])]=]
        .. [=[[^\r\n,\t|;]+\k<logsep>[^\r\n,\t|;]+\k<logsep>]=],
    -- (or an access log's whole record: address, identity, user, the
    -- bracketed time and the quoted request line; not after a label,
    -- "Access log:", which introduces it as data)
    [=[(?<![:\r\n])(?:\r\n|[\r\n])[ \t]*\d{1,3}(?:\.\d{1,3}){3} \S+ \S+ ]=]
        .. [=[\[\d{1,2}/[a-z]{3}/\d{4}:\d\d:\d\d:\d\d[^\]\r\n]{0,8}\][ \t]+"]=]
        .. METHODS .. [=[ ]=],
    CSV_ROW, QUOTED_ROW_LAST, QUOTED_ROW_OPEN, UNQUOTED_ROW_LAST, FORMULA_ROW_LAST, BLANK_RUN,
    BANNER_CLAIM,
    STAR_BANNER,
    NDJSON_RECORD, LONE_CR,
    -- (or a level in brackets, "[CRITICAL] ...", or a level word then
    -- key=value fields, "WARN check=off by=ops", as a line of its own)
    [=[[\r\n][ \t]*(?:\[(?:info|warn|warning|error|debug|notice|crit|critical|fatal|alert|emerg]=]
        .. [=[|audit)\][ \t:]|(?:info|warn|warning|error|notice|crit|critical|fatal|audit)[ \t:]]=]
        .. [=[[^\r\n=]{0,60}?\b[a-z_][\w.-]*=[^\s=])]=],
    SYSLOG_FRAME,
    -- (a line of any name after one token: RE_ANY_HEADER, crlf's)
    ICAL_GUEST, ICAL_COMPONENT,
    LINE_AFTER .. METHODS .. [=[\s+\S+\s+http/\d]=],
    LINE_AFTER .. [=[http/\d(?:\.\d)?\s+\d{3}\b]=],
    RE_BODY_AFTER_BLANK,
})
-- A line of any name after a first line of one token (RE_CRLF's; crlf
-- asks it where no keyword of a block's own opens the value).
-- (a URL on the next line, "https://...", is no header: its name
-- would be a scheme; after a blank line, a message's body starts)
-- (nor a record of fields whose first line is a field itself, an
-- iCalendar's or a vCard's "BEGIN:VEVENT", "DTSTART;TZID=...:...",
-- ABC notation's "X:1": its next field is its own; nor a time in a
-- data line, "2025-03-04T10:00:00Z": a header's name starts with a
-- letter; nor a mail's reply or forward prefix after a salutation,
-- "Re:", "Fwd:", "AW:", "SV:", "TR:", "WG:": a subject, no header;
-- nor a configuration file's section, "[printer]\nmax_accel: 3000",
-- an INI's or a TOML's: its keys follow, a known header's name still
-- counts, above)
-- (nor a mail's signature, its "--" line first: "--\nGPG: 4A3F ...";
-- nor a markdown fence's first line, "```yaml"; and a header's value is
-- on its line: "services:" alone opens a YAML block)
-- (nor a CSV's header row, "sku,qty", then a note's label: words a comma
-- or a semicolon joins are columns' names, no value's one token)
local RE_ANY_HEADER = [=[^(?![ \t]*[a-z][\w-]*(?:;[^\r\n:]*)?:[^\r\n]*[\r\n])]=]
    .. [=[(?![a-z_]+(?:[,;][a-z_]+)+[ \t]*[\r\n])]=]
    .. [=[[ \t]*(?!(?:[-=*_#~.]{3,}|--)[ \t]*[\r\n])(?!\[[\w.:-]{1,60}\][ \t]*[\r\n])(?!```)]=]
    .. [=[[^\s]*+(?<!:)(?:\r\n|[\r\n])]=]
    .. [=[(?!(?:re|fwd?|aw|sv|tr|wg):)[a-z][\w-]*:(?!//)[ \t]*\S]=]
-- A character whose code point's low byte is 0x0A or 0x0D, in UTF-8: the
-- last byte 0x8A or 0x8D, the byte before it holding no bits of the low
-- byte (its two low bits zero); one or more, then an HTTP header name or
-- an x- extension's; or two, a line's end and a blank line or a CR LF
-- once truncated, then any field's name and a blank ("嘊嘍Name: x"):
-- text's characters come one at a time before an ASCII word.
local LOW2 = [=[[\x80\x84\x88\x8c\x90\x94\x98\x9c\xa0\xa4\xa8\xac\xb0\xb4\xb8\xbc]]=]
local LOW_BREAK = [=[(?:[\xc4\xc8\xcc\xd0\xd4\xd8\xdc][\x8a\x8d]|[\xe0-\xef]]=]
    .. LOW2 .. [=[[\x8a\x8d]|[\xf0-\xf4][\x80-\xbf]]=] .. LOW2 .. [=[[\x8a\x8d])]=]
local RE_CRLF_UNICODE = LOW_BREAK .. "+(?:" .. HEADER_NAMES .. [=[|x-[\w-]+):|]=]
    .. LOW_BREAK .. [=[{2}[a-z][\w-]*:[ \t]]=]
-- ... or right before an HTTP header name ("%%0a0aSet-Cookie:": "%",
-- LF, "0a", then the header)
local RE_CRLF_SPLIT_HEADER = [=[%[\r\n]+0[ad](?:]=] .. HEADER_NAMES .. [=[):]=]
-- (one a quote closes, escaped in a JSON text or not, is a log's field:
-- '"GET /x HTTP/1.1" 200 612')
local RE_REQUEST_LINE = METHODS .. [=[\s+(?:/|https?://)\S*\s+http/\d(?:\.\d)?+\b(?!\\?")]=]
local RE_LDAP = alt({
    [=[^[^(]*\)\s*[|&!]?\s*\((?:\s*\()*\s*(?:[|&!]|[\w.-]+\s*[<>~]?=)]=],
    [=[^[^(]*\)\s*\(\s*[|&!]?\s*$]=],
    [=[^[^(]*\)\s*[|&!]\s*\(]=],
    [=[^\*\)\s*[!|&(]]=],
    [=[^[^(]*\)\s*\(\s*[|&]\s*\)]=],
    [=[^[^()]*\)\s*!\s*\(]=],
    -- a search query's (Lucene's, Elasticsearch's query_string) breakout:
    -- a group the value closes and one it opens, holding a field that
    -- exists or a match of everything ("x) OR (_exists_:dob", "x) || (*:*")
    [=[^[^()]*\)\s*(?:or|\|\|)\s*\(\s*(?:_exists_\s*:\s*[\w.]|\*\s*:\s*\*)]=],
})
-- A name the application puts into a distinguished name as one RDN's
-- value, then RDNs of the value's own ("Steve,ou=admins,dc=corp,dc=x"):
-- the entry named is another subtree's. A DN written whole starts with
-- its own attribute ("cn=admin,dc=example,dc=org").
local RE_LDAP_DN = [=[^[^=,()\s][^=,()\r\n]{0,80}?,\s*(?:ou|dc|cn|uid|o)\s*=\s*[^,=\s][^,=]*]=]
    .. [=[,\s*(?:ou|dc|cn|uid|o|c|l|st)\s*=\s*[^,=\s]]=]
-- An encoded word (RFC 2047's "=?charset?Q?...?=", a mail header's non-
-- ASCII text) whose text holds an encoded CR or LF before a header's
-- name: a mailer that decodes it into the header block starts a header
-- of the value's ("=?UTF-8?Q?Pat=0D=0ABcc:_x@y?=").
local RE_ENCODED_WORD_CRLF = [=[=\?[\w.-]{1,40}\?q\?[^?\s]{0,300}?=0[ad](?:=0[ad])?]=]
    .. [=[[a-z][\w-]{0,40}:]=]
-- a composed filter glued to a value before it, breakout or not: an
-- operator then an attribute's comparison in parentheses, closed
-- ("u*(&(objectclass=*))", "x (|(cn=*))"); a value that is whole
-- filters, "(&(a=1)(b=2))" or "(a=1)(&(b=2))", is what a directory
-- tool's search form takes; "(!(n == 0))" compares, "(&(s->b)" points
local RE_LDAP_COMPOSED = [=[[^()\s]\s*\(\s*[&|!]\s*\(\s*[a-z][\w.;-]*\s*[<>~]?=(?!=)[^()]*\)]=]
-- XPath's (and XQuery's) breakout of a quoted literal in a predicate: a
-- quote (and the "]" or ")" of what it was in), then a logic operator and
-- a function of XPath's ("' or true() or '", "') or
-- string-length(name(/*[1]))=5 or ('"); those SQL shares (count,
-- substring, concat, contains, not, string, number) given a location path
-- or a node's name; or the predicate closed and a union with a path
-- ("'] | //user/* | //*['"), or XQuery's return of one ('x"] return
-- //user/password (:') or of a function's ("') return doc('http://...')").
local RE_XPATH = [=[['"]\s*[)\]]*\s*(?:or|and|return)\s+(?:(?:true|false|string-length|local-name]=]
    .. [=[|normalize-space|starts-with|position|last|name|boolean)\s*\(]=]
    -- (XPath 2.0's that fetch a URL or a file, given a literal or one
    -- built: an out-of-band channel)
    .. [=[|(?:doc-available|doc|unparsed-text(?:-available|-lines)?|collection)\s*\(\s*]=]
    .. [=[(?:['"]|concat\s*\()]=]
    .. [=[|(?:count|substring|concat|contains|not|string|number)\s*\(\s*]=]
    .. [=[(?:/|\.|@|(?:local-)?name\s*\())]=]
    .. [=[|['"][\s)]*+\](?:\s|\(:[^()]{0,80}?:\))*(?:\||return\s)\s*]=]
    .. [=[(?:/|(?:doc|document|unparsed-text|collection)\s*\(\s*['"])]=]
    -- (or a function's argument closed, then a union with a descendant
    -- path of steps: "') | //contract/commission | ('"; "x') | //note
    -- here" is a comment after a call)
    .. [=[|['"]\s*\)[\s)]*+\|\s*//[a-z_*@][\w.:-]*+\s*(?:[/\[|]|$)]=]
    -- (or a step along an axis from it: "')]/ancestor::config//key")
    .. [=[|['"][\s)]*+\]\s*/{1,2}\s*(?:ancestor|descendant|following|preceding|parent]=]
    .. [=[|child|self|attribute|namespace)(?:-or-self|-sibling)?\s*::]=]
    -- (or a location path as the operand, "x' or //user[name='a']/pass or
    -- 'a'='b": a node-set is true when it has a node; a step given a
    -- predicate or a descendant step: "Bob's or /usr/bin" is prose)
    .. [=[|['"]\s*[)\]]*\s*(?:or|and)\s+(?://(?:[a-z_][\w.-]*|\*)|/[a-z_][\w.-]*\[)]=]
    -- (or an absolute path whose last steps are every child or an
    -- attribute, "x' and /a/b/*[1]/@id and 'k'='k": no file path in prose
    -- names an attribute or a wildcard after its directories)
    .. [=[|['"]\s*[)\]]*\s*(?:or|and)\s+/[a-z_][\w.-]*(?:/[\w.-]+)*/(?:\*|@[a-z_])]=]
    -- (or the literal closed and a fetch of a URL joined to it by an
    -- operator, "'+doc('https://x.example/a')+'", "'||unparsed-text(...)":
    -- the engine fetches it whatever the sum or the string comes to)
    .. [=[|['"]\s*[)\]]*\s*(?:\|\||\+|,)\s*(?:doc-available|doc|document|unparsed-text]=]
    .. [=[(?:-available|-lines)?|collection)\s*\(\s*['"](?:https?|ftp|file)://]=]

-- ... or a number's predicate closed, then a union ("7]|//*|//*[7", or
-- with the root's element, "7] | /* | ..."): a
-- regex of its own, anchored, so that RE_XPATH's alternatives all start
-- at a quote (what PCRE looks for first)
-- (or a name's or a wildcard's, "*]|//*"; or a number then a logic
-- operator and XPath's functions over a node, "0 or
-- string-length(name(/*[1]))>0": a numeric predicate's blind probe)
local RE_XPATH_UNION = [=[^[\w*.-]+\s*\]\s*\|\s*/[/*]]=]
    -- (or a step of every element whose predicate looks for a secret's
    -- word in the text, "*[contains(., 'pin')]"-like: the query finds
    -- the nodes that hold one)
    .. [=[|^\s*(?:/{0,2}\*|//[\w*])\s*\[\s*(?:contains|starts-with)\s*\(\s*]=]
    .. [=[(?:text\(\s*\)|[^,()]{0,40})\s*,]=]
    .. [=[\s*['"][^'"]{0,40}(?:passw|secret|token|api_?key|pwd)]=]
    -- (or such a predicate closed, then a step along an axis, "x]/ancestor::y":
    -- the query walks on from the nodes it found to others)
    .. [=[|^[\w*.-]+\s*\]\s*/{1,2}\s*(?:ancestor|descendant|following|preceding|parent]=]
    .. [=[|child|self|attribute|namespace)(?:-or-self|-sibling)?\s*::]=]
    -- (or a predicate's path, then a union with every element, "x[...]/y
    -- | //*": the query's own result and the whole document)
    .. [=[|\]\s*(?:/[\w*.:-]+)*\s*\|\s*//\*\s*(?:\||$)]=]
    -- (or a document at a URL as the whole path, alone or then its steps,
    -- "doc('http://x.example/d.xml')//a", or the URL joined with a node's
    -- value by "||": the engine fetches it, an out-of-band channel; a
    -- query's "doc('books.xml')" reads a file)
    .. [=[|^\s*(?:doc|document|unparsed-text|collection)\s*\(\s*['"](?:https?|ftp|file)://]=]
    .. [=[[^'"\s]*['"]\s*(?:\)\s*(?:/|$)|\|\|)]=]
    .. [=[|^\s*\d+\s*[)\]]*\s*(?:or|and)\s+(?:string-length|local-name|name|count|substring]=]
    .. [=[|starts-with|contains|string)\s*\(\s*(?:/|\.|@|(?:local-)?name\s*\()]=]
    -- (or a step's predicate that compares a node with a literal, then
    -- ORs a tautology and closes, "item[code/text()='x' or 2=2]": every
    -- node of the step matches)
    .. [=[|\[[^\[\]'"]{1,80}?=\s*(?:'[^'\]]{0,80}'|"[^"\]]{0,80}"|\d+)\s+or\s+]=]
    .. [=[(?:(\d+)\s*=\s*\1|'(\w*)'\s*=\s*'\2'|"(\w*)"\s*=\s*"\3"|true\s*\(\s*\))\s*\]]=]

local function xpath(text)
    return re_find(text, RE_XPATH, "jo") ~= nil or re_find(text, RE_XPATH_UNION, "jo") ~= nil
end

-- Any element chosen by a name that is a credential's (edge.waf.match.
-- secret_name), "*[name()='api_token']": the node the query reads out is
-- the secret; an invoice's "*[local-name()='ID']" reads data.
local function secret_node(text)
    for fn, name in gmatch(text, "%*%s*%[%s*([%a-]+)%s*%(%s*%)%s*=%s*[\"']([%w_.-]+)[\"']%s*%]") do
        if (fn == "name" or fn == "local-name") and secret_name(name) then
            return true
        end
    end
    return false
end
local RE_COOKIE_SET = [=[\.cookie\b[^;]*;\s*(?:expires|domain|path|max-age|samesite)\s*=]=]
local RE_PROXY_SOCKET = [=[\bunix:[^|\s]*\|]=]
-- A bare "sid" is every analytics beacon's visit counter or hash
-- (sid=1765657621, sid=14d84f740fa66396): not a session name here; names
-- frameworks use for their session (phpsessid, jsessionid, connect.sid,
-- cfsid...) are.
-- ("connect.sid", "app_sid"; not a leading "_sid", a shop's search
-- tracking parameter, nor a bare "sid", a counter: see session_name)
local RE_SESSION_NAME = [=[sess(?:ion)?(?:[_.-]?(?:id|token|key))?\b|sessid|\w[._-]sid$]=]
    .. [=[|^cf(?:id|token|sid)$|session-token|_session$]=]

local RE_IIS_U = [=[%[uU][0-9a-fA-F]{4}]=]

-- A vertical tab or a form feed inside a word, "uni\von": the blanks SQL
-- reads besides a space, a tab and a line break, which no keyboard
-- types, where a filter that drops them reads the word whole. Read in
-- the value URL-decoded only: an escape a text writes out ("\x0c" in a
-- docstring) is text, and other control bytes are what a chemist's
-- "%12" ring closure decodes to
local RE_WORD_CONTROL = [=[[A-Za-z][\x0b\x0c]+[A-Za-z]]=]
local function word_control(_, v)
    return re_find(url_decoded(v.raw, 4), RE_WORD_CONTROL, "jo") ~= nil
end

-- One C format directive: %[arg$][flags][width][.precision][length]conv
-- (no space flag: "50% discount" is prose). A one-digit width before a
-- hex letter is a percent escape ("%3A%2F%2F" is "://", not three
-- directives): not a directive here.
local FMT = [=[(?!%[0-9][a-fA-F])%(?:\d+\$)?[-+#0]*(?:\d+|\*(?:\d*\$)?)?]=]
    .. [=[(?:\.(?:\d+|\*(?:\d*\$)?))?]=]
    .. [=[(?:hh|h|ll|l|q|j|z|t|L|I64)?]=]
local RE_FORMAT = alt({
    -- three directives in a row: glued, any conversion ("%f%f%f", a
    -- fuzzer's run); with a punctuation byte between, those that read
    -- integers, pointers or strings, what leaks the stack ("%A" and "%a"
    -- are a job's fields in a batch scheduler's file name, "%x_%A_%a.out")
    "(?:" .. FMT .. [=[[diouxXeEfFgGaAcspnS@]){3}]=],
    "(?:" .. FMT .. [=[[diouxXcspnS@][._:|-]?){3}]=],
    -- a write (%n, %hn: no width, which "%27n" of URL-encoded text has)
    -- or a positional argument ("$" also shell-escaped: "%2\\$hn")
    [=[%(?:\d+\\?\$)?(?:hh|h|ll|l)?n(?![a-z])]=],
    [=[%\d+\\?\$[-+#0]*\d*h?h?[nxps]]=],
    -- a width or precision read from the argument list ("%*x", "%.*s",
    -- by position: "%*2$x", "%1$.*3$s"): only C's printf family has it;
    -- text puts no conversion after "%*"
    [=[%(?:\d+\$)?[-+#0]*(?:\*(?:\d*\$)?|\d*\.\*(?:\d*\$)?)(?:\.(?:\d+|\*(?:\d*\$)?))?]=]
        .. [=[(?:hh|h|ll|l)?[diouxXeEfFgGaAcspnS](?![a-z])]=],
    -- "*" then "$" (a width taken from a positional argument, "%*$",
    -- "%.*2$") is printf's grammar alone, with or without a conversion
    [=[%[-+#0]*\d*\.?\*\d*\$]=],
    -- a marker run (one letter 4+ times, "AAAA": it shows as 41414141
    -- in what leaks) glued to a directive, or to MSVC's size prefix alone
    -- ("%I", "%I64": its C runtime aborts on the incomplete directive)
    -- (the run's last four letters are enough: "{3,}" of a back-reference
    -- kept a frame per letter and overflowed PCRE's JIT stack on a long run)
    [=[(?<pad>[A-Za-z])\k<pad>{3}[._:|-]?(?!%[0-9][a-fA-F])%[-+#0]*\d*(?:\.\d+)?]=]
        .. [=[(?:(?:hh|h|ll|l|I32|I64|I)?[diouxXeEfFgGaAcspnS]|I(?:32|64)?)(?![a-z])]=],
    -- a width or precision that asks for megabytes of output
    [=[%[-+#0]*\d{6,}[sdxXcfegp]|%\.\d{6,}]=],
})
local RE_TERMINAL = [=[\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][0-9]*;)]=]
-- The emphasis a manual page is rendered with (groff/man to a terminal):
-- bold, italic, underline and their resets, SGR 0 1 3 4 22 23 24 and
-- nothing else, every escape in the value. Colours, concealed text,
-- cursor moves, erasures and window titles still count.
local EMPHASIS = { [0] = true, [1] = true, [3] = true, [4] = true, [22] = true,
                   [23] = true, [24] = true }
local function not_emphasis_only(s)
    local i = find(s, "\27", 1, true)
    while i do
        local params, e = match(s, "^%[([%d;]*)m()", i + 1)
        if not params then
            return true
        end
        for p in gmatch(params, "%d+") do
            if not EMPHASIS[tonumber(p)] then
                return true
            end
        end
        i = find(s, "\27", e, true)
    end
    return false
end
-- Backspaces and bells in a run: each backspace erases the character
-- before it on a terminal or in a log viewer, bells hide nothing but are
-- no text either ("a\bb" of a typed correction is one; tab, CR, LF and
-- form feed are text).
local RE_CONTROL_RUN = [=[[\x07\x08]{2,}]=]

-- (a "]" for XPath's predicate closed by a breakout; an LDAP filter's
-- escaped ")"; a JSON string closed and the next member opened)
local GATE = [=[[\r\n%);\]]|\b(?:get|post|head|put|delete|options|patch|connect|trace)\b]=]
    .. [=[|unix:|\\29|"\s*,\s*"]=]


-- The byte walk: true when s is UTF-8 as far as this WAF cares (surrogates
-- and every 4-byte form pass), "overlong" for a complete overlong
-- sequence (C0/C1 leads, E0 below A0, F0 below 90, each with its
-- continuation bytes), false for anything else; the first problem decides.
local function utf8_scan(s)
    local i, n = 1, #s
    while i <= n do
        local c = byte(s, i)
        if c < 0x80 then
            i = i + 1
        else
            local len
            local overlong = false
            if c >= 0xC2 and c <= 0xDF then
                len = 2
            elseif c == 0xC0 or c == 0xC1 then
                len, overlong = 2, true
            elseif c >= 0xE0 and c <= 0xEF then
                len = 3
                overlong = c == 0xE0 and (byte(s, i + 1) or 0) < 0xA0
            elseif c == 0xF0 then
                len = 4
                overlong = (byte(s, i + 1) or 0) < 0x90
            elseif c >= 0xF1 and c <= 0xF4 then
                len = 4
            else
                return false
            end
            for k = 1, len - 1 do
                local cc = byte(s, i + k)
                if not cc or cc < 0x80 or cc > 0xBF then
                    return false
                end
            end
            -- only a whole sequence is an overlong form: Latin-1 text
            -- ("%C1vila": C1 then a letter) is merely not UTF-8
            if overlong then
                return "overlong"
            end
            i = i + len
        end
    end
    return true
end
_M.utf8_scan = utf8_scan


-- utf8_scan's verdict. PCRE checks its subject in UTF mode ("u") and
-- accepts only strict UTF-8 (RFC 3629), all of which utf8_scan accepts too:
-- when PCRE is content, so is the scan, at C speed (a 1.5 KB note in ~1 us,
-- the walk took several); otherwise the walk says what is wrong.
local function utf8_state(s)
    if utf8_valid(s) then
        return true
    end
    return utf8_scan(s)
end
_M.utf8_state = utf8_state


local function nul(_, v)
    return v.nul
end


-- Overlong UTF-8 the value only has once decoded (written as escapes):
-- a 4-byte form of a code point below U+10000 (F0 then 80-8F), or a lead
-- byte of the 5- to 7-byte forms (F8-FE, none of them UTF-8 since RFC
-- 3629) with four continuation bytes: neither is the UTF-8 of any
-- character. (Latin-1 "M%F8ller" has a letter after its F8.) The 2- and
-- 3-byte forms are folded to ASCII by edge.waf.normalize, and the other
-- detectors read what they spell.
local function overlong_decoded(text)
    return find(text, "\240[\128-\143][\128-\191][\128-\191]") ~= nil
        or find(text, "[\248-\254][\128-\191][\128-\191][\128-\191][\128-\191]") ~= nil
end


-- Invalid or overlong UTF-8 in a path, or in a value unless the body
-- declares a single-byte charset.
local function utf8(raw, v, on, report, where)
    if where == "value" and v.single_byte then
        return false
    end
    local ok = utf8_state(raw)
    if ok ~= true then
        local id = ok == "overlong" and "protocol-encoding" or "protocol-utf8"
        if on[id] and report(id) then
            return true
        end
    end
    return false
end


-- The rules, in order (edge.waf.rules): VALUES on every value, RULES on
-- those the GATE lets through (v.low unless said).
--
-- Plain values (edge.waf's inspect: letters, digits, spaces and , . _ :
-- + @ - only): ASCII without NUL, "%", CR, LF, "/", ")", ";" or "|", and
-- every value rule needs one of them: the needles never occur there.
local NAMES = { name = true, path = true, ["header-name"] = true }


-- URL-encoded text: every "%" starts an escape of two hex digits and
-- what they spell is text (UTF-8, no control byte but tab and line
-- breaks): a value a client encoded once more, a nested URL. Returns the
-- text it spells, else nil. "%08x.%08x" spells backspaces: no text.
local RE_NOT_ESCAPE = [=[%(?![0-9a-fA-F]{2})]=]
local CONTROL_BYTES = "[%z\1-\8\11\12\14-\31\127]"

local function url_text(s)
    if re_find(s, RE_NOT_ESCAPE, "jo") then
        return nil
    end
    local d = unescape_uri(s)
    if find(d, CONTROL_BYTES) or not utf8_valid(d) then
        return nil
    end
    return d
end


-- Cookies and headers are not URL-decoded by anyone on the way: their
-- "%22" is an encoded quote far more often than a directive
-- ("%220477630c" would read as a width of 220477630). URL-encoded text is
-- read in the text it spells, down to the last such level: "a%20la%20
-- semana" is " a la semana", not three directives ("%20a%20la%20s"), and
-- "%25s%25s%25s" is "%s%s%s".
-- A bare "%n" (two bytes, then no lower-case letter) in a long run of
-- random bytes is what chance makes of them (edge.waf.chance): a text is
-- a hit unless every directive in it is such a "%n", as many as chance
-- explains. Any other directive, a run, a width, a position: a hit.
-- A translation's placeholders are positional strings numbered from one
-- ("%1$s commented on %2$s", Android's and gettext's reordering): a
-- value whose only directives are "%N$s" with N from 1 to MAX_PLACES,
-- every number from 1 up to the highest used, none glued to a letter or
-- digit before it, in text without control bytes, is a message, not a
-- read of the stack. A lone "%7$s" (one slot, picked), a gap
-- ("%1$s %5$s"), a marker run ("AAAA%1$s") or a write still counts.
local PERCENT_N = { chance.class("%"), chance.class("n"),
                    chance.class(nil, function(b) return b < 97 or b > 122 end) }
local MAX_DIRECTIVES = 16
local MAX_PLACES = 4
local ALNUM = {}
for c = 0, 255 do
    ALNUM[c] = (c >= 48 and c <= 57) or (c >= 65 and c <= 90) or (c >= 97 and c <= 122) or nil
end

local function directives(text, ctx)
    ctx.pos = 1
    local writes = 0
    local places, top = 0, 0          -- a bit per placeholder number; the highest
    for _ = 1, MAX_DIRECTIVES do
        local from, to = re_find(text, RE_FORMAT, "jo", ctx)
        if not from then
            if places ~= 0 and (places ~= lshift(1, top) - 1
                                or find(text, CONTROL_BYTES)) then
                return true
            end
            return writes > 0 and not chance.explains(text, PERCENT_N, writes)
        end
        local place = to == from + 3 and byte(text, to) == 115        -- %N$s
                      and byte(text, from + 2) == 36 and byte(text, from + 1) - 48
        local before = from > 1 and byte(text, from - 1) or 32
        if place and place >= 1 and place <= MAX_PLACES
           and not ALNUM[before] then             -- "AAAA%1$s": a marker run
            places = bor(places, lshift(1, place - 1))
            if place > top then
                top = place
            end
        elseif to ~= from + 1 or byte(text, to) ~= 110 then
            return true
        else
            writes = writes + 1
        end
        ctx.pos = to + 1
    end
    return true
end

local function format_string(text, v)
    local loc = v.loc
    if loc == "cookie" or loc == "header" then
        return false
    end
    local ctx = get(v, "re_ctx")
    local hit = directives(text, ctx)
    for _ = 1, 3 do
        local d = url_text(text)
        if not d then
            break
        end
        text = d
        hit = directives(text, ctx)
    end
    return hit
end


-- Mail header injection: a value that goes into a message's header (a
-- contact form's name, address or subject) ends its line and adds a
-- recipient or a sender ("me@example.com\nBcc: them@example.net"). A
-- mail reads its header block line by line: the value's first line ends
-- the header it was put in, the lines after it are headers while each is
-- one ("Name: value", or a continuation's leading blank), and a blank
-- line or any other line starts the body, where "To:" is text. A header
-- that addresses (to, cc, bcc, from, reply-to, sender, return-path, with
-- an "@" in its value) inside that block is the injection, in a body's
-- multi-line text as in a query; a line break the value has only once
-- decoded (a query's, an escape: edge.waf.detect.protocol's crlf) makes
-- a "Subject:" one too. A value whose first line is itself a
-- message's first header ("From:", "Sent:", "Date:", "Sender:") or a
-- separator ("-----Original Message-----", "________") is a message
-- pasted whole, a forwarded mail in a ticket: its own header block.
local MAIL_ADDRESSED = {}
for name in gmatch("to cc bcc from reply-to sender return-path", "%S+") do
    MAIL_ADDRESSED[name] = true
end
local MAX_HEADER_LINES = 32

local function mail_headers(text, strict, typed)
    local e = find(text, "[\r\n]")
    if not e then
        return false
    end
    local first = sub(text, 1, e - 1)
    -- (nor after a sentence a colon ends, a label of what follows:
    -- "Template for onboarding email:" then "Subject: ...", when the
    -- line break is typed; after one the value only spells, "Pickup
    -- note: %0ACc: x@y" was written to pass as one line, and a header
    -- that addresses still counts)
    local label = find(first, "%S%s+%S[^\r\n]*:%s*$") ~= nil
    if find(first, "^%s*[-_=*~][-_=*~][-_=*~]") or find(first, "^from:")
       or (label and typed)
       or find(first, "^sent:") or find(first, "^date:") or find(first, "^sender:") then
        return false
    end
    strict = strict and not label
    local pos = e
    for _ = 1, MAX_HEADER_LINES do
        if byte(text, pos) == 13 and byte(text, pos + 1) == 10 then
            pos = pos + 2                               -- CR LF: one break
        else
            pos = pos + 1
        end
        local le = find(text, "[\r\n]", pos)
        local line = sub(text, pos, (le or #text + 1) - 1)
        local name, value = match(line, "^([%w-]+):(.*)$")
        if name then
            if (MAIL_ADDRESSED[name] and find(value, "@", 1, true))
               or (strict and name == "subject") then
                return true
            end
        elseif not find(line, "^[ \t]+%S") then
            return false                                -- the body starts
        end
        if not le then
            return false
        end
        pos = le
    end
    return false
end


-- Multi-line text arrives with its line breaks as they are (JSON's "\n"
-- is one once parsed); a break that only appears once the value is
-- decoded ("%0aBcc:", "&#10;") was written to pass as one line.
-- A first line that is one word in capitals, four letters or more, is a
-- keyword that opens a block of the value's own format, whose settings
-- follow as "name: value" lines: WebVTT's "NOTE", "REGION", "STYLE". An
-- injected header after a field's value still counts when its name is
-- HTTP's or an x- extension (RE_HEADER_LINE).
local function block_keyword(v)
    return find(v.dec or v.raw, "^[ \t]*%u%u%u%u+[ \t]*[\r\n]") ~= nil
end

local function crlf(text, v)
    local multiline = v.loc == "body" and find(v.raw, "[\r\n]") ~= nil
    return re_find(text, multiline and RE_CRLF_BODY or RE_CRLF, "jo") ~= nil
        or (not multiline and re_find(text, RE_ANY_HEADER, "jo") ~= nil
            and not block_keyword(v))
        or mail_headers(text, not multiline, find(v.raw, "[\r\n]") ~= nil)
        or (find(text, "|", 1, true) and re_find(text, RE_HL7_SEGMENT, "jo")) ~= nil
end

-- A CR or LF escape split by a line break the value only has once
-- decoded ("%0%0d%0aa" is "%0", CR LF, "a"): a filter that deletes line
-- breaks leaves "%0a". A value with line breaks of its own is text; so is
-- a "%" that ends a line before a word starting "0a" ("up 10%", then
-- "0a1b2c is the commit"): split after the "%", the escape must end there.
local function crlf_split(text, v)
    if find(v.raw, "[\r\n]") then
        return false
    end
    return find(text, "%%[\r\n]*0[\r\n]+[ad]") ~= nil
        or find(text, "%%[\r\n]+0[ad]%f[^%w]") ~= nil
        or re_find(text, RE_CRLF_SPLIT_HEADER, "jo") ~= nil
end

-- Log forging: a value a log writer puts on one line ends it and writes
-- a record of its own ("node-7%0aINFO user=root session opened by
-- admin", "done\u2028 2025-01-02T03:04:05Z WARN ..."), which a reader or
-- a log pipeline takes for the application's. The record: a time stamp
-- (ISO date, syslog's "Jun 12 10:00:00"), a syslog priority ("<13>"), a
-- level word, a JSON log object, or an access log's address, identity,
-- user and bracketed time, then two words more, as the only
-- line after the break. A break the value spells for a decoder (only
-- once decoded: "%0a", "&#10;"), or that no keyboard types (U+2028,
-- U+2029, NEL), is an injection whatever comes before it; a line break
-- typed as such is text (a note that quotes a log line after "Log:", a
-- table's header and its first row), unless one token stands before it
-- and nothing after the record, the shape of a field's value (a host
-- name, "ok") carrying a line of its own.
-- (LF CR too: a line break written backwards, "%0a%0d", is one)
local RE_BREAK = [=[\r\n?|\n\r?]=]
-- (an access log's bracketed date: "[12/mar/2025")
local CLF_DATE = [=[\[\d{1,2}/[a-z]{3}/\d{4}]=]
-- The time stamps a record opens with (RE_LOG_RECORD's and RE_STAMPED's):
-- an ISO date, syslog's, C's ctime, bracketed or not (Apache's error log,
-- "[Wed Feb 12 07:45:31 2025] [crit] ...")
local ISO_STAMP = [=[^[\[<(]?\d{4}-\d\d-\d\d(?:[ t,;|\t]|$)]=]
local SYSLOG_STAMP = "^" .. MONTH .. [=[ [ \d]\d \d\d:\d\d:\d\d]=]
local CTIME_STAMP = [=[^\[?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? ]=] .. MONTH
    .. [=[[a-z]{0,6} [ \d]?\d,? \d\d:\d\d:\d\d]=]
-- A logger's level words (RE_LOG_RECORD's, RE_STAMPED's, LEVEL_WORDS)
local LEVELS = "info|warn|warning|error|debug|audit|notice|crit|critical|fatal|trace|alert|emerg"
-- (two such characters in a row, a CR LF pair or LF CR to that server,
-- then a log record's level word or date: a line of the value's own in
-- the log; one is a letter of a word, and a pair of them before an ASCII
-- word is no sentence)
local RE_CRLF_UNICODE_LOG = LOW_BREAK .. [=[{2}[ \t]*\[?(?:(?:]=] .. LEVELS
    .. [=[)\b|\[?\d{4}-\d\d-\d\d[t ]|(?:level|lvl|time|ts|msg)=\S)]=]
local RE_LOG_RECORD = alt({
    ISO_STAMP,
    [=[^<\d{1,3}>]=],
    -- (a level word followed by a blank: see LEVEL_WORDS)
    [=[^\[?(?:]=] .. LEVELS .. [=[)\]?[:|]]=],
    SYSLOG_STAMP,
    CTIME_STAMP,
    [=[^\{\s*]=] .. JSON_LOG_KEY,
    -- an access log's line (the common log format: the client's address,
    -- identity, user, then the time in brackets)
    [=[^\d{1,3}(?:\.\d{1,3}){3} \S+ \S+ ]=] .. CLF_DATE,
    -- a time of day with seconds, bracketed or not (a game server's,
    -- a chat log's "[09:14:02]"); a date with slashes, then the time
    -- (after a one-letter tag: "L 11/30/2025 - 08:01:55:"); a tag of a
    -- word in brackets ("[AUDIT]", "[Server]": not a checklist's "[x]")
    [=[^\[?\d{1,2}:\d\d:\d\d(?:[.,]\d{1,6})?\]?[ \t]]=],
    [=[^(?:[a-z][ \t]+)?\d{1,2}/\d{1,2}/\d{2,4}[ \t]*-?[ \t]*\d{1,2}:\d\d]=],
    [=[^\[[a-z][\w /-]{1,20}\][ \t:]]=],
    -- an access log's bracketed time on its own ("[12/Mar/2025:08:36:00
    -- +0000] AUDIT ...")
    "^" .. CLF_DATE .. [=[:\d\d:\d\d:\d\d]=],
    -- a Unix time in seconds then a colon (Mosquitto's, a daemon's own)
    [=[^1\d{9}(?:\.\d{1,6})?:[ \t]]=],
})

-- A level word then a blank starts a record when the value writes it in
-- capitals ("INFO user=root ..."), as loggers do: "notice the new
-- badge", "error in the docs" start sentences.
local LEVEL_WORDS = {}
for w in gmatch(LEVELS, "%a+") do
    LEVEL_WORDS[w] = true
end

-- (after a clock time too, "08:47 INFO ...": a logger's short stamp)
local function level_word(line, v)
    local w = match(line, "^(%a+)[ \t]") or match(line, "^%[?%d%d?:%d%d%]?[ \t]+(%a+)[ \t]")
    return w ~= nil and LEVEL_WORDS[w] == true
        and find(v.dec or v.raw, "%f[%w]" .. upper(w) .. "[ \t]") ~= nil
end

-- (a record that names who acted, "user=admin", "role=owner",
-- "action=grant", after its date: an audit log's line)
-- (its level word may come first: "INFO 2025-01-02 10:00 user=...")
-- (or a syslog or an access log's stamp, "Mar  2 11:04:55 host
-- sudo: ... USER=root ..."; or no date, a tag of one word in brackets,
-- "[AUDIT] ...", "[security] ...", or a level word the value writes in
-- capitals, "INFO auth user=...": level_word)
-- (or the whole line an access log writes for a request served: the
-- address, identity, user, time, request line and status, the
-- application's own record that the request was answered; or a JSON log
-- object, its keys a logger's, that names who acted with a key)
local RE_DATED = alt({
    [=[^(?:\[?(?:info|notice|audit|debug|trace)\]?[ \t]+)?]=]
        .. [=[\[?\d{4}-\d\d-\d\d[t ]\d\d:\d\d]=],
    SYSLOG_STAMP, "^" .. CLF_DATE, [=[^\[[a-z][\w-]{2,20}\][ \t]]=],
})
-- (or who signed it, "signed=ab": an inspection's or a sign-off's; or
-- who did it by another name for a person, "staff=", "operator=",
-- "approver=")
-- (who acted named after "by": "by=owner", "approved_by=cfo", "...
-- approved by dana" ending the line, "by admin", "by root" or "by
-- owner" anywhere)
local RE_ACTOR = [=[\b(?:user|usr|uid|login|role|action|actor|principal|signed|staff|operator]=]
    .. [=[|agent|approver|inspector|owner)=[^\s=]]=]
    .. [=[|(?:\b|_)by=[^\s=]|\bby[ \t]+[a-z][\w.@-]*\s*$]=]
    .. [=[|\bby[ \t]+(?:admin\w*|root|superuser|system|owner)\b]=]
    -- (or no one named, a grant the record claims: "INFO refund approved
    -- amount=999", msg="refund approved", an order marked paid or an
    -- account verified, as the CSV claim's cells; or money it says moved:
    -- "[INFO] payout sent amount=300", "refund issued to acct 7")
    .. [=[|\b(?:approved|granted|authori[sz]ed|refunded|credited|paid|verified)\b]=]
    .. [=[|\b(?:payment|refund|payout|transfer)\b.{0,30}?\b(?:received|completed|succeeded]=]
    .. [=[|settled|issued|processed|sent|confirmed|captured|ok)\b]=]
    -- (or who signed it off by name, "signed off by K. Lee", "(signed
    -- K. Lee)")
    .. [=[|\bsigned(?:[ \t]+off)?(?:[ \t]+by)?[ \t]+[a-z]]=]
-- (an access log's record: the client, who, the date, the request line
-- and the status; a format without the date or the protocol's version
-- too, '10.0.0.9 - - "GET /x" 200')
local CLF_RECORD = [=[\d{1,3}(?:\.\d{1,3}){3} \S+ \S+ (?:]=] .. CLF_DATE
    .. [=[[^\]]*\] )?"[a-z]+ \S+(?: http/[\d.]+)?" \d{3}\b]=]
local RE_SERVED = [=[^]=] .. CLF_RECORD
    .. [=[|^\{\s*]=] .. JSON_LOG_KEY .. [=[.*"(?:user|actor|role|principal|(?:\w+_)?by)"]=]
    .. [=[\s*:\s*"]=]
-- (the level a record opens with is the logger's, not a problem the
-- line reports: "[...] WARN payment refunded ... by=owner", and so is a
-- logfmt's "level=warn"; the words after it are read)
local RE_LEVEL_LEAD = [=[^\[?[\d\-t:.,z ]*\]?[ \t]*\[?(?:]=] .. LEVELS .. [=[)\]?[ \t:]]=]
-- A CSV row as the only line after the break, one of its cells a
-- privileged account or a grant ("44,committee,admin,2025-01-01",
-- "...,0.00,approved", "board-approved"), or a payment's or a check's
-- outcome (paid, refunded, verified), quoted or not: a row a reader of
-- the export takes for the application's own
-- (a tab's cells too, "x<TAB>7<TAB>superuser"; and an account's cell that
-- names admin with one more word, "Admin Access", "admin-reset")
local RE_CSV_CLAIM = [=[^[^,;\t\s][^,;\t]*+(?:[,;\t][^,;\t]*+){2,}$]=]
local RE_CSV_CLAIM_CELL = [=[(?:^|[,;\t])[ \t]*(["']?)(?:admin(?:istrator)?(?:[ _-][a-z]+)?|root]=]
    .. [=[|superuser|(?:[a-z]+[-_])?approved|granted|paid|refunded|verified)]=]
    .. [=[(?:[-_ ]by[-_ ][\w.-]+)?\1[ \t]*(?:[,;\t]|$)]=]
-- (both: a row of three cells or more, one of them a claim)
local function csv_claim(line)
    return re_find(line, RE_CSV_CLAIM, "jo") ~= nil
        and re_find(line, RE_CSV_CLAIM_CELL, "jo") ~= nil
end
-- Whether the row `head` has fewer cells than the row `line`, split by
-- head's first separator (",", ";" or a tab) outside double quotes.
local function cells(row, sep)
    local _, n = gsub(gsub(row, '"[^"]*"', ""), sep, "")
    return n
end
local function fewer_cells(head, line)
    local sep = match(head, "[,;\t]")
    return sep ~= nil and cells(head, sep) < cells(line, sep)
end
-- (a record pasted to report a problem shows the problem)
local RE_PROBLEM = [=[\b(?:warn(?:ing)?|error|err|fatal|crit(?:ical)?|fail(?:ed|ure)?|denied]=]
    .. [=[|exception|timeout)\b]=]

-- A line that reports a privileged account's login or access as granted
-- ("INFO login ok user=root", "admin logged in", "access approved for
-- admin"): what a forged record claims. A line pasted to show a problem
-- reports a failure, or someone else's session.
local RE_PRIVILEGED_AUTH = [=[\b(?:login|logon|log in|logged in|signed in|sign-in|auth\w*]=]
    .. [=[|access|sudo|session)\b.{0,40}?\b(?:succe(?:ss|ed)\w*|ok|granted|approved|accepted]=]
    .. [=[|opened)\b.{0,40}?\b(?:admin\w*|root|superuser)\b]=]
    -- (or the login's word, the account, then the outcome: "LOGIN admin
    -- success from ...")
    .. [=[|\b(?:login|logon|sign-?in)\s+(?:admin\w*|root|superuser)\s+(?:ok|succe(?:ss|ed)\w*]=]
    .. [=[|granted|accepted)\b]=]
    .. [=[|\b(?:admin\w*|root|superuser)\b.{0,20}?\b(?:logged in]=]
    .. [=[|login[ _](?:ok|succe(?:ss|ed)\w*)|authenticated|granted)\b]=]
    -- (sshd's own line for a session let in: "Accepted password for root
    -- from ...")
    -- (or a role, a privilege or a permission granted or raised to an
    -- administrator's: "role granted: spotter42 -> admin")
    .. [=[|\b(?:roles?|privileges?|permissions?)\b.{0,20}?\b(?:granted|elevated|promoted]=]
    .. [=[|assigned|changed?)\b.{0,40}?\b(?:admin\w*|root|superuser)\b]=]
    .. [=[|\baccepted (?:password|publickey|keyboard-interactive\S*) for ]=]
    .. [=[(?:admin\w*|root|superuser)\b]=]
    -- (or an administrator's credentials reset or changed: "root
    -- password changed", "credentials reset for admin")
    .. [=[|\b(?:admin\w*|root|superuser)\b.{0,20}?\b(?:password|passwd|credentials?|mfa|2fa)]=]
    .. [=[\b.{0,20}?\b(?:reset|changed|updated|disabled|removed)\b]=]
    .. [=[|\b(?:password|passwd|credentials?|mfa|2fa)\b.{0,20}?\b(?:reset|changed|updated]=]
    .. [=[|disabled|removed)\b.{0,20}?\bfor (?:admin\w*|root|superuser)\b]=]

-- (a record that opens with a time stamp, or an access log's bracketed
-- date)
-- (or a clock time and a level word, "08:47 INFO", level_word's capitals)
local RE_STAMPED = alt({ ISO_STAMP, SYSLOG_STAMP, CTIME_STAMP, "^" .. CLF_DATE,
                         [=[^\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+(?:]=] .. LEVELS .. [=[)[ \t]]=] })

-- A logfmt record and nothing else: three "key=value" pairs or more, a
-- blank between them ("item=4 state=void by=ops"; at most 300 bytes); a
-- value in double quotes holds blanks, msg="plan upgraded".
-- (how many key=value pairs the line is made of; 0 when a word is none)
local function logfmt_pairs(line)
    if #line > 300 then
        return 0
    end
    local pairs_ = 0
    for word in gmatch(gsub(line, '=%b""', "=q"), "%S+") do
        if not find(word, "^[%a_][%w_.]*=[^%s=]") then
            return 0
        end
        pairs_ = pairs_ + 1
    end
    return pairs_
end

local function logfmt_record(line)
    return logfmt_pairs(line) >= 3
end

-- (a rule's check: the value's line breaks are all spelled, "%0a", none
-- typed in the raw value)
local function break_only_spelled(_, v)
    return not find(v.raw, "[\r\n]")
end

-- Whether a line break in raw needs more URL decodings to appear than
-- a blank, a comma or a semicolon does (at most three).
local function break_encoded_deeper(raw)
    local t, typed = raw, nil
    for level = 0, 3 do
        if not typed and find(t, "[ ,;]") then
            typed = level
        end
        if find(t, "[\r\n]") then
            return typed ~= nil and typed < level
        end
        local u = unescape_uri(t)
        if u == t then
            return false
        end
        t = u
    end
    return false
end

-- (blank lines after the break are part of it: "x\n\n\n\nrecord"
-- pushes the record away from the value's text, it does not end it)
local RE_BREAKS = [=[(?:\r\n?|\n\r?)(?:[ \t]*(?:\r\n?|\n\r?))*]=]

local function log_record_after(text, v, spelled, stamped)
    local b, e = re_find(text, RE_BREAKS, "jo")
    if not b then
        return false
    end
    -- (a label, "Log:", a table's header, "time,sensor,value" or its
    -- columns a tab apart, or a record, introduces the line as data; a
    -- sentence is text)
    local head = sub(text, 1, b - 1)
    if #head > 40 then
        return false
    end
    local rest = sub(text, e + 1)
    local nb = re_find(rest, RE_BREAK, "jo")
    if nb and find(rest, "%S", nb) then
        return false
    end
    local line = match(rest, "^[ \t]*(.-)%s*$")
    -- (in a value no body holds, a query's or a header's, a CSV row that
    -- claims a privileged account or an outcome as the second and last
    -- line, after a first line with a digit, "A-7;40<LF>X-9;refund;-90;
    -- approved": the value ends the export's row and writes one of its
    -- own. A body's text may paste two rows of an import; a header row,
    -- words only, introduces its data)
    -- (or after a first line that is a row of fewer cells, "Kit;blue<LF>
    -- eve;admin;approved;x": the value's own row, then one the export
    -- never had; a header has as many cells as its rows)
    if not spelled and v.loc ~= "body" and (find(head, "%d") or fewer_cells(head, line))
            and csv_claim(line) then
        return true
    end
    -- (after a break the raw value only spells, "%0a", a CSV row of three
    -- cells or more, one with a digit: the export's next row, whatever
    -- it claims; no typed text has that break. The break is encoded
    -- more times than the row's blanks and commas: it alone was; a value
    -- a client encoded whole, twice, has them all as deep)
    if spelled and re_find(line, RE_CSV_CLAIM, "jo") and find(line, "%d")
            and break_encoded_deeper(v.raw) then
        return true
    end
    -- (a number's thousands separator, "2,300", is no column's)
    if find(gsub(head, "(%d),(%d%d%d)", "%1%2"), "[,;|\t]%S")
            or re_find(head, RE_LOG_RECORD, "jo") then
        return false
    end
    local labelled = find(head, ":%s*$") ~= nil
    -- (after a label, a privileged login the line claims counts when the
    -- line is a record, dated or opened by a level word: "Ticket 88:
    -- <LF>2025-07-08 09:10:11 INFO root login ok")
    if re_find(line, RE_PRIVILEGED_AUTH, "jo") and not re_find(line, RE_PROBLEM, "jo")
            and (not labelled or re_find(line, RE_DATED, "jo") or level_word(line, v)) then
        return true
    end
    if labelled then
        return false
    end
    -- (or, after a head with no pair and no label of its own, a logfmt
    -- record that names who acted and reports no problem, "AB-7<LF>item=4
    -- state=void by=ops": a line the log's reader takes for the
    -- application's)
    -- (a head with a pair of its own too when the break is spelled,
    -- "k=v%0d%0auser=x role=y": no typed text has it)
    if (spelled or not find(head, "=", 1, true)) and logfmt_record(line)
            and re_find(line, RE_ACTOR, "jo") and not re_find(line, RE_PROBLEM, "jo") then
        return true
    end
    -- (or a record keyed by a word of its own, then two pairs or more
    -- that name who acted, "K-12<LF>K-12 state=void by=ops": a log
    -- whose lines open with the item's id)
    if not find(head, "=", 1, true) then
        local pairs_line = match(line, "^%w[%w_.:#/-]*[ \t]+(%S.*)$")
        if pairs_line and logfmt_pairs(pairs_line) >= 2 and re_find(pairs_line, RE_ACTOR, "jo")
                and not re_find(line, RE_PROBLEM, "jo") then
            return true
        end
    end
    -- (a CSV row that claims a privileged account or an outcome counts
    -- after one token and a line break too, "B-7<CR><LF>9,Admin,
    -- a@x.example,lead": no sentence needed to make it the export's row)
    if not spelled and find(head, "^%s*%S+%s*$") and csv_claim(line) then
        return true
    end
    -- (after a sentence typed with its own line break, the record counts
    -- when it is an audit log's: dated, naming who acted, reporting no
    -- problem; a line pasted to show one does not: "Still failing\n
    -- 2025-01-02 10:00 WARN auth failed user=bob")
    if not spelled and ((find(v.raw, "[\r\n]") and find(head, "%s"))
                        or find(head, "%S%s+%S+%s+%S")) then
        if re_find(line, RE_SERVED, "jo") then
            return true
        end
        if csv_claim(line) then
            return true
        end
        local _, lead = re_find(line, RE_LEVEL_LEAD, "jo")
        local said = lead and sub(line, lead + 1) or line
        if find(said, "level=", 1, true) then
            said = gsub(said, "%f[%w]level=%a+", "")
        end
        if not ((re_find(line, RE_DATED, "jo") or level_word(line, v))
                and re_find(line, RE_ACTOR, "jo") and not re_find(said, RE_PROBLEM, "jo")) then
            return false
        end
    end
    if stamped and not re_find(line, RE_STAMPED, "jo") then
        return false
    end
    return find(line, "[^%s,;|]+[%s,;|]+[^%s,;|]+[%s,;|]+[^%s,;|]") ~= nil
        and (re_find(line, RE_LOG_RECORD, "jo") ~= nil or level_word(line, v))
end

-- (a break the raw value only spells, "%0d%0a" a decoder turns into
-- one, before a record that opens with its time stamp: a line a log
-- writer would have written, whatever stands before it; a value encoded
-- once more than needed spells a typed break too, and the line after
-- such a break, "[see photo] ...", is read as typed)
local function log_forged(text, v)
    return log_record_after(text, v, false)
        or (not find(v.raw, "[\r\n]") and log_record_after(text, v, true, true))
end

-- (or a break the raw value only spells, encoded deeper than its typed
-- blanks and glued to a word: the break alone was encoded, to pass a
-- reader of the raw value, into a text that a decoder splits. After a
-- protocol's CR LF or a blank line, "gate%0d%0a%0d%0aall clear, signed
-- ops", any line of two tokens with letters; after a lone LF, a text's
-- line end, "ada%0athanks, see you", only a log's line, a level word or
-- a key=value pair first. A URL's encoded break, "?body=Hi%0D%0A...",
-- is its query's)
local RE_LOG_LINE_START = [=[^[ \t]*(?:(?:]=] .. LEVELS .. [=[)\b|[a-z_][\w.]*=\S)]=]
local function smuggled_break(text, v)
    local raw = v.raw
    if find(raw, "[\r\n]") or not break_encoded_deeper(raw) then
        return false
    end
    local at = find(raw, "%%0[aAdD]") or find(raw, "%%250[aAdD]")
    local word = at and match(sub(raw, 1, at - 1), "(%S*)$")
    if not word or not find(word, "[%w]$") or find(word, "[/?=&:@%%]") then
        return false
    end
    local b, e = re_find(text, RE_BREAKS, "jo")
    if not b or not find(text, "^[ \t]*%a%S*[ \t]+%S*%a", e + 1) then
        return false
    end
    local run = sub(text, b, e)
    if find(run, "\r\n", 1, true) or find(run, "\n[ \t]*[\r\n]") then
        return true
    end
    return re_find(sub(text, e + 1), RE_LOG_LINE_START, "joi") ~= nil
end

-- (the separators no keyboard types are read on the raw value: the
-- decoded one folds them into blanks; a log record after one of them,
-- or a header line, RE_CRLF's, where the value has no line break of its
-- own: a server or a log writer that ends lines there splits the
-- response, "Highlights\u2028Set-Cookie: sid=x")
local function unicode_breaks(raw, v, on, report)
    local t = url_decoded(raw, 2)
    local typed = find(t, "[\r\n]") ~= nil
    t = lower(gsub(gsub(t, "\226\128[\168\169]", "\n"), "\194\133", "\n"))
    -- (a value with line breaks of its own is text whose breaks were
    -- typed: log_forged reads it so, whatever else it holds)
    if on["protocol-log-forging"] and log_record_after(t, v, not find(v.raw, "[\r\n]"))
            and report("protocol-log-forging") then
        return true
    end
    return on["protocol-crlf"] and not typed and re_find(t, RE_HEADER_LINE, "jo") ~= nil
        and report("protocol-crlf") or false
end

-- The separators' lead bytes in the raw value, as they are or escaped
-- (unicode_breaks' needles: the first two, and "%" for the rest).
local BREAK_LEADS = { "\226\128", "\194\133", "%e2%80", "%E2%80", "%c2%85", "%C2%85" }
local function break_lead(raw)
    for i = 1, #BREAK_LEADS do
        if find(raw, BREAK_LEADS[i], 1, true) then
            return true
        end
    end
    return false
end

-- A JSON string the value closes (and an object or an array or two it
-- was in, '"},'), then fields of its own, the last one left open for the
-- writer's closing quote, as a string or as an operator object's
-- string: "n\",\"role\":\"admin\",\"note\":\"granted", '"}, "plan":
-- "gold", "q": {"$gt": "': the whole value is that shape (a value may
-- open with the quote itself).
local JSON_KEY = [=["[\w.$-]{1,40}"\s*:\s*]=]
local RE_JSON_FIELDS = [=[^(?:[^"{\[\s][^"]{0,200})?"\s*[}\]]{0,2}\s*,\s*(?:]=] .. JSON_KEY
    .. [=[(?:"[^"]*"|-?[\d.]+|true|false|null)\s*,\s*)*]=] .. JSON_KEY
    .. [=[(?:"[^"]*|\{\s*]=] .. JSON_KEY .. [=["[^"]*)$]=]

-- A line framed by rules of at least k "=", "-", "*" or "#" that names
-- the log or opens with a level word and its colon, after text and a
-- line break (VALUES' rules below say when).
local function framed_log_line(k)
    local rule = fmt("(?:={%d,}|-{%d,}|\\*{%d,}|#{%d,})", k, k, k, k)
    return [=[\S[ \t]*[\r\n]\s*]=] .. rule .. [=[[ \t]*]=]
        .. [=[(?:(?:[^=*#\r\n-]|[=-](?![=-])){0,40}?\b(?:logs?|session|audit)\b]=]
        -- (or a level word and its colon first, "*** CRITICAL: ... ***": a
        -- logger's own notice)
        .. [=[|(?:]=] .. LEVELS .. [=[)[ \t]*:)]=]
        .. [=[(?:[^=*#\r\n-]|[=-](?![=-])){0,80}]=] .. rule
        .. [=[[ \t]*(?:[\r\n]|$)]=]
end

-- The text before a line break written as an escape (VALUES' last
-- records): nothing, one short token, or two or three words of a field's
-- text ("Bay 4\r\n..."), with no quote, backslash or code's punctuation in the
-- words after the first, no label's colon ("Example: ok\n{...}" shows a
-- snippet) and no status line's protocol before them (a snippet's
-- "HTTP/1.1 200 OK\r\nContent-Type: ..." is shown, not sent)
local ESCAPED_HEAD = [=[^(?:[^\s"'\\]{0,64}|(?!http/)[^\s"'\\:]{1,64}]=]
    .. [=[(?:[ \t][^\s"'\\(){}=;]{1,20}){1,2})]=]

local VALUES = rules.compile({
    { id = "protocol-nul", field = false, check = nul, plain = false },
    { ids = { "protocol-encoding", "protocol-utf8" }, field = "raw",
      where = { value = true, path = true }, scan = utf8, plain = false },
    { id = "protocol-encoding", field = "raw", needles = { "%" }, pattern = RE_IIS_U },
    { id = "protocol-format-string", field = "raw", where = { path = false },
      needles = { "%" }, check = format_string },
    { id = "protocol-terminal", field = "raw", needles = { "\27" },
      pattern = RE_TERMINAL, check = not_emphasis_only, plain = false },
    -- (and URL-encoded, "x%1B%5B2J", once or more: what an application
    -- that decodes the value once more writes to a log or a terminal; a
    -- "\x1b[31m" or "\033[2J" a docstring names is text)
    { id = "protocol-terminal", field = "low", needles = { "\27" },
      pattern = RE_TERMINAL, plain = false,
      check = function(s, v)
          -- (the escape byte is there once the value is URL-decoded)
          return find(url_decoded(v.raw, 4), "\27", 1, true) ~= nil
              and not_emphasis_only(s)
      end },
    -- (or written as an escape at a line's start after a break, "...\r\n
    -- \\x1b[2J" (low has the escape decoded), "\\033[1A": a line that
    -- erases the screen or moves the cursor back over what the log
    -- showed, once a viewer or a writer reads escapes; a manual names one
    -- inside its sentence, colours most often)
    { id = "protocol-terminal", field = "low", needles = { "\27", "\\033[", "\\e[" },
      pattern = [=[[\r\n][ \t]*(?:\x1b|\\033|\\e)\[[\d;]*[jkhfabcd]]=],
      plain = false },
    -- (or glued to the word before it, "done\u001b[2J": an erasure or a
    -- cursor's move, in any of the escape's spellings; a manual names
    -- one after a blank or in quotes)
    { id = "protocol-terminal", field = "low",
      needles = { "\27", "\\033[", "\\e[", "\\u001b[", "\\x1b[" },
      pattern = [=[[a-z\d](?:\x1b|\\033|\\e|\\u001b|\\x1b)\[[\d;]*[jkhf]]=],
      plain = false },
    -- (control bytes: never in a plain value; "low", the decoded value:
    -- also when escaped. Not "dec": low is the text the other detectors'
    -- needles are looked up in already, one automaton pass for all)
    { id = "protocol-terminal", needles = { "\7", "\8" }, pattern = RE_CONTROL_RUN,
      plain = false },
    -- (a word split by one: no keyboard types one there)
    { id = "protocol-control", needles = { "\11", "\12" }, check = word_control,
      plain = false },
    -- (bytes above 0x7f: never in a plain value)
    { id = "protocol-crlf-unicode", where = { ["header-name"] = false },
      needles = { "\138", "\141" }, pattern = RE_CRLF_UNICODE, plain = false },
    { id = "protocol-crlf-unicode", where = { ["header-name"] = false },
      needles = { "\138", "\141" }, pattern = RE_CRLF_UNICODE_LOG, plain = false },
    -- (log forging without a line break the decoded value keeps: the
    -- separators it folds into blanks, a JSON string closed; RULES'
    -- gate needs a break)
    { ids = { "protocol-log-forging", "protocol-crlf" }, field = "raw",
      where = { name = false, path = false, ["header-name"] = false },
      -- (the separators' lead bytes, raw or escaped: a typographic
      -- quote has them too, and the scan reads on; three needles, so
      -- that a long value's raw text is looked at with plain finds, not
      -- scanned by the automaton for this record alone, then the escapes
      -- in full)
      needles = { BREAK_LEADS[1], BREAK_LEADS[2], "%" }, before = break_lead,
      scan = unicode_breaks, plain = false },
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\",", "\" ,", "\"}", "\"]" }, pattern = RE_JSON_FIELDS, plain = false },
    -- (a line break written as an escape, "\r\n", after one short token
    -- or a few words (ESCAPED_HEAD) and before a header that sets a
    -- cookie or sends the client away, or one a proxy trusts or frames
    -- the message by (a forged client address, a host, credentials, a
    -- length), or an x- extension's (a probe's own name, RE_HEADER_LINE's
    -- reading of a typed break): a JSON or a JavaScript string unescaped
    -- into a response's headers; a code snippet's "HTTP/1.1 200 OK\r\n
    -- Content-Type: ..." shows a status line)
    -- (... or before a JSON log record of its own, 'kayak\n{"level":
    -- "info", ...}': a JSON writer's log line split in two; a snippet's
    -- "\n" has code before it)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\n" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[(?:\\r)?\\n\s*\{\s*]=] .. JSON_LOG_KEY },
    -- (... or before a logfmt record that opens with its level or its
    -- time and names who acted, 'bin 4\nlevel=info msg="..." actor=x': a
    -- logfmt writer's line split in two; or with a level word of its own,
    -- 'bin 4\nNOTICE user=x ...', a plain logger's)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\n" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[(?:\\r)?\\n(?:(?:level|lvl|time|ts)=[^\s=\\]]=]
          .. [=[|\[?(?:]=] .. LEVELS .. [=[)\]?:?[ \t])]=]
          .. [=[[^\r\n\\]{0,200}?\b(?:(?:user|usr|uid|actor|role|principal|by)=[^\s=\\]]=]
          -- (or, after a level word, who acted named after "by": "...
          -- disabled by owner")
          .. [=[|(?<=[a-z] )by[ \t]+[a-z])]=] },
    -- (... or before an access log's record, 'x\r\n10.0.0.9 - ann [...]
    -- "GET /x HTTP/1.1" 200 5': a request the log never served)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\n" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[(?:\\r)?\\n]=] .. CLF_RECORD },
    -- (... or a line break a protocol ends its lines with, CR LF, both
    -- escaped, before a level word and its colon, 'kayak\r\nWARN: ...',
    -- or a blank and words, 'kayak\r\nINFO refund sent': a line a log
    -- reader takes for the logger's own)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\r\\n" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[\\r\\n\[?(?:]=] .. LEVELS
          .. [=[)\]?(?::[ \t]*\S|[ \t]+[a-z])]=] },
    -- (... or before a line stamped with a date and a time, then a level
    -- word, 'kayak\r\n2025-01-02 03:04:05 INFO ...', or logfmt's level
    -- field, '... 03:04 level=warn ...': a logger's own line)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\n" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[(?:\\r)?\\n\[?\d{4}-\d\d-\d\d[t ]\d\d:\d\d(?::\d\d)?\S*]=]
          .. [=[[ \t]+(?:\[?|(?:level|lvl)=)(?:]=] .. LEVELS .. [=[)\b]=] },
    -- (... or a line break escaped, CR LF or LF alone, before a level in
    -- brackets, 'kayak\n[WARN] ...': the frame a logger puts its level
    -- in, which a sentence does not)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\n[" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[(?:\\r)?\\n\[(?:]=] .. LEVELS .. [=[)\][ \t]*\S]=] },
    -- (... or before a Redis command of its own, 'x\r\nFLUSHDB\r\n': the
    -- inline protocol's line, once a client unescapes the value)
    { id = "protocol-crlf", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\n" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[(?:\\r)?\\n[ \t]*]=] .. REDIS_COMMAND },
    -- (... or framed in Redis' own protocol, an array's count then a
    -- bulk string's length and its bytes, CR LF after each, escaped or
    -- not: "*2\r\n$4\r\nPING...", a command whatever its name)
    { id = "protocol-crlf", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\r\\n$", "\r\n$" }, plain = false,
      pattern = [=[\*\d{1,3}(?:\\r\\n|\r\n)\$\d{1,5}(?:\\r\\n|\r\n)[a-z]]=] },
    { id = "protocol-crlf", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\n" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[(?:\\r)?\\n(?:set-cookie|location|refresh]=]
          .. [=[|x-forwarded-(?:for|host)|x-real-ip|host|authorization|cookie|transfer-encoding]=]
          .. [=[|content-length|x-[\w-]+)\s*:]=] },
    -- (... or before a mail's copy header given an address, 'Kim\nBcc:
    -- x@host': a mail the application sends, given recipients of the
    -- value's own)
    { id = "protocol-crlf", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\\n" }, plain = false,
      pattern = ESCAPED_HEAD .. [=[(?:\\r)?\\n(?:bcc|cc)\s*:\s*[^\s@\\]+@]=] },
    -- (no GATE byte in either: a DN's RDNs, an encoded word)
    { id = "protocol-ldap", where = { path = false }, needles = { "ou=", "dc=", "cn=", "uid=" },
      pattern = RE_LDAP_DN, plain = false },
    { id = "protocol-crlf", where = { path = false }, needles = { "?q?" },
      pattern = RE_ENCODED_WORD_CRLF, plain = false },
    { id = "protocol-encoding", where = { value = true, path = true },
      needles = { "\240", "\248", "\249", "\250", "\251", "\252", "\253", "\254" },
      check = overlong_decoded, plain = false },
}, _M.RULES)

local RULES = rules.compile({
    -- a line break is enough in a name or a path
    { id = "protocol-crlf", where = NAMES, needles = { "\n", "\r" } },
    { id = "protocol-crlf", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\n", "\r" }, check = crlf },
    { id = "protocol-crlf-split", where = { path = false, ["header-name"] = false },
      needles = { "\n", "\r" }, check = crlf_split },
    -- (a Redis command on a line of its own that points the server's dump
    -- at a directory or a file name, "CONFIG SET dir /var/www/html": a
    -- value written into Redis' protocol, whose next SAVE writes a page)
    { id = "protocol-crlf", where = { name = false, path = false, ["header-name"] = false },
      needles = { "config" }, plain = false,
      pattern = [=[(?:^|[\r\n])[ \t]*config[ \t]+set[ \t]+(?:dir|dbfilename)[ \t]+\S]=] },
    -- (a value that is an e-mail address, then an empty line and text:
    -- a mail's header ends at the empty line, so what follows is the
    -- body of a mail sent to or from that address, the sender's text;
    -- header lines of the value's own may come before the empty line)
    { id = "protocol-crlf", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\n" }, plain = false,
      pattern = [=[^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*\r?\n]=]
          .. [=[(?:[\w-]{1,40}[ \t]*:[^\r\n]*+\r?\n){0,8}[ \t]*\r?\n\s*\S]=] },
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\n", "\r" }, check = log_forged, plain = false },
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\n", "\r" }, check = smuggled_break, plain = false },
    -- (a field's one token, then a blank line the raw value only spells,
    -- "/faq%0d%0a%0d%0a", then any markup: the response's headers end
    -- there and the page is the value's; a note typed with a blank line
    -- before a tag has its breaks, and words before them)
    { id = "protocol-crlf", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\n" }, plain = false,
      pattern = [=[^[^\s]{1,64}(?<!:)(?:\r\n|\n)[ \t]*(?:\r\n|\n)\s*<[a-z!]]=],
      check = break_only_spelled },
    -- (a quote the value closes on its first line without opening it,
    -- then a line break and a row of three cells or more, 'x"<LF>a,b,c':
    -- the value leaves the quoted cell an export put it in and writes a
    -- row of its own; a quote a note opens and closes is text, and so is
    -- a number's inches ending the line, '27"')
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\n", "\r" }, plain = false,
      pattern = [=[^[^"\r\n]*(?:[^"\s\d]"|[^"\s]"[ \t]*[,;\t][^\r\n]*)\r?\n]=]
          .. [=[[^\r\n]*[,;\t][^\r\n]*[,;\t]]=] },
    -- (a line that frames words about the log itself between rules of
    -- "=", "-", "*" or "#", after text and a line break ("...\n=== logs
    -- trimmed ===", "--- log cut here ---", "*** session over ***", "###
    -- audit: ... ###", "=== session end by=x ===", its pairs' "=" single):
    -- a boundary or a verdict the log's reader takes for the writer's; a
    -- ping's "--- 10.0.0.1 ping statistics ---", a mail's "--- original
    -- message ---", a key's "-----END PGP ... BLOCK-----" and a section's
    -- "=== Notes ===" name no log)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "===", "---", "***", "###" }, plain = false, pattern = framed_log_line(3) },
    -- (or, after a break the raw value only spells, an access log's
    -- request line and status, "x%0aPOST /admin/users 201 by=eve": a
    -- request the log never served; typed text has no such break)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "\n", "\r" }, plain = false,
      pattern = [=[[\r\n][ \t]*(?:get|post|put|patch|delete|head|options)[ \t]+/\S*[ \t]+]=]
          .. [=[[1-5]\d\d\b]=],
      check = break_only_spelled },
    -- (rules of two bytes, "== audit trail reset ==", after a break the
    -- raw value only spells, "%0d%0a": a wiki's heading or a markdown one
    -- is typed on a line of its own)
    { id = "protocol-log-forging", where = { name = false, path = false, ["header-name"] = false },
      needles = { "==", "--", "**", "##" }, plain = false, pattern = framed_log_line(2),
      check = break_only_spelled },
    { id = "protocol-request-line", needles = { "http/" }, pattern = RE_REQUEST_LINE },
    { id = "protocol-log-forging", where = { path = false }, needles = { "\",", "\" ," },
      pattern = RE_JSON_BREAKOUT },
    { id = "protocol-ldap", where = { path = false }, needles = { ")" }, pattern = RE_LDAP },
    -- (a wildcard's filter closed, then a filter of its own on an
    -- attribute that matches any value, "x*)(uid=*))(|(uid=*": what
    -- stands before it, a name's parenthetical "Luna (cat)" too, does not
    -- matter)
    { id = "protocol-ldap", where = { path = false }, needles = { "*)(", "*) (" },
      pattern = [=[\*\)\s*\(\s*[|&!]?\s*\(?\s*[a-z][\w-]*\s*=\s*\*]=], plain = false },
    -- (the same written partly in a filter's escapes, "\2a)(\7c(cn=\2a)":
    -- an unescaping layer gives back the wildcard's close and the filter)
    { id = "protocol-ldap", where = { path = false }, needles = { "\\2a", "\\28", "\\29" },
      pattern = [=[(?:\*|\\2a)\s*(?:\)|\\29)\s*(?:\(|\\28)\s*(?:[|&!]|\\7c|\\26|\\21)?\s*]=]
          .. [=[(?:\(|\\28)?\s*[a-z][\w-]*\s*=\s*(?:\*|\\2a)]=], plain = false },
    { id = "protocol-ldap", where = { path = false },
      needles = { "&(", "|(", "!(", "& (", "| (", "! (" }, pattern = RE_LDAP_COMPOSED },
    -- (or written in a filter's own escapes, "\2a\29\28uid\3d\2a": a
    -- close then an open, or "*)", that an unescaping layer gives back;
    -- escapes and brackets mixed too, "\29(\7c(": the close escaped, the
    -- open written, then an operator)
    { id = "protocol-ldap", where = { path = false }, needles = { "\\29" },
      pattern = [=[\\29\s*(?:\\2[16]|\\7c|[|&!])?\s*\\28|\\2a\s*\\29]=]
          .. [=[|\\29\s*(?:\\28|\()\s*(?:\\7c|\\26|\\21|[|&!])]=] },
    -- (needs a quote, or a "]": no plain value)
    { id = "protocol-xpath", where = { path = false },
      needles = { "'", "\"", "]|", "] |", "]/", "] /", "(/", "( /", "(name", "(@", "(." },
      check = xpath, plain = false },
    -- (or a union with every element of the document under a predicate
    -- on its text or its name, "... | //*[contains(., 'x')]": the query
    -- the application built reads the whole tree; no path an application
    -- asks for starts from every element)
    { id = "protocol-xpath", where = { path = false }, needles = { "//*" }, plain = false,
      pattern = [=[\|\s*//\*\s*\[\s*(?:contains|starts-with|text\s*\(|name\s*\(|]=]
        .. [=[local-name\s*\(|@)]=] },
    -- (or any element chosen by a credential's name: secret_node)
    { id = "protocol-xpath", where = { path = false }, needles = { "name(" }, plain = false,
      check = secret_node },
    -- ... or a number's or a name's predicate made true by XPath's own
    -- boolean functions ("7 or true()", "x and not(false())"): SQL has
    -- TRUE, no true(); the value is the operand and the rest
    { id = "protocol-xpath", where = { path = false }, needles = { "true(", "false(" },
      pattern = [=[^\s*[\w.-]{1,40}\s*[)\]]*\s+(?:or|and)\s+(?:not\s*\(\s*)?]=]
        .. [=[(?:true|false)\s*\(\s*\)]=], plain = false },
    -- needs ";" and "="
    { id = "session-cookie-set", needles = { "cookie" }, pattern = RE_COOKIE_SET,
      plain = false },
    -- needs "|"
    { id = "protocol-proxy-socket", needles = { "unix:" }, pattern = RE_PROXY_SOCKET,
      plain = false },
}, _M.RULES)


function _M.detect(v, on, report, where)
    if rules.run(VALUES, v, on, report, where) then
        return true
    end
    if not re_find(v.low, GATE, "jo") then
        return false
    end
    return rules.run(RULES, v, on, report, where)
end


-- Multipart names: the disposition parameters must not hide quoting.
function _M.multipart_name(value, on, report)
    if not on["protocol-multipart-name"] then
        return false
    end
    local decoded = gsub(value, "&(%a+);", "")
    decoded = gsub(decoded, "&#%d+;", "")
    if find(decoded, "[\"';=\\%c]") then
        return report("protocol-multipart-name")
    end
    return false
end


local function header_value(h)
    if type(h) == "table" then
        return h[#h], #h
    end
    return h, h and 1 or 0
end


local function host_of(url)
    return match(url, "^%a[%w+.-]*://([^/:?#@]+)")
end


local function charset_ok(value, allowed)
    local n = 0
    for cs in gmatch(value, "[Cc][Hh][Aa][Rr][Ss][Ee][Tt]%s*=%s*[\"']?([^;,\"'%s]*)") do
        cs = gsub(cs, "^'(.*)'$", "%1")
        n = n + 1
        if not allowed[lower(cs)] then
            return false
        end
    end
    return n
end
_M.charset_ok = charset_ok


-- Request-level rules: each check reads the request (q, built by
-- check_request): q.h the headers (ngx.req.get_headers(), lower-case
-- names), q.method, q.target (the first byte of the request target as
-- sent), q.g the global settings, and the Transfer-Encoding and
-- Content-Length values (q.te, q.cl: the last) and counts (q.te_n, q.cl_n).
local function absolute_uri(_, q)
    return q.target ~= "/"
end


-- smuggling signs
local function smuggling(_, q)
    local te, cl = q.te, q.cl
    return (te and cl) or q.cl_n > 1 or q.te_n > 1
        or (cl and not match(cl, "^%d+$")) or (te and lower(te) ~= "chunked") or false
end


local function body_without_content(_, q)
    return (q.method == "GET" or q.method == "HEAD")
        and ((q.cl and q.cl ~= "0") or q.te) and true or false
end


local function restricted_header(_, q)
    local restricted = q.g.restricted_headers
    for name in pairs(q.h) do
        if restricted[name] then
            return true
        end
    end
    return false
end


local function header_name(_, q)
    if not q.g.reject_invalid_header_names then
        return false
    end
    for name in pairs(q.h) do
        if find(name, "[^%w%-]") then
            return true
        end
    end
    return false
end


local function range(_, q)
    local h = q.h
    local r = header_value(h["range"])
    return h["request-range"] ~= nil or (r ~= nil and select(2, gsub(r, ",", ",")) >= 5)
end


local function connection(_, q)
    local conn = header_value(q.h["connection"])
    if not conn or not find(conn, ",", 1, true) then
        return false
    end
    local seen = {}
    for opt in gmatch(lower(conn), "[^,%s]+") do
        if seen[opt] or (opt == "close" and seen["keep-alive"])
                or (opt == "keep-alive" and seen["close"]) then
            return true
        end
        seen[opt] = true
    end
    return false
end


local function host_ip(_, q)
    local host = header_value(q.h["host"])
    return host ~= nil and (match(host, "^%d+%.%d+%.%d+%.%d+:?%d*$") ~= nil
                            or match(host, "^%[") ~= nil)
end


local function charset(_, q)
    local accept = header_value(q.h["accept"])
    return accept ~= nil and find(lower(accept), "charset", 1, true) ~= nil
        and not charset_ok(accept, q.g.allowed_charsets)
end


local function accept_encoding(_, q)
    local ae = header_value(q.h["accept-encoding"])
    return ae ~= nil and (#ae > 100 or find(ae, "[^%w%s,;=.*%-]") ~= nil)
end


local function cookie_version(_, q)
    local cookie = header_value(q.h["cookie"])
    return cookie ~= nil and find(cookie, "^%s*%$[Vv]ersion") ~= nil
end


local function no_user_agent(_, q)
    local ua = q.h["user-agent"]
    return ua == nil or ua == ""
end


-- Headers are no plain values: plain = false throughout.
local REQUEST = rules.compile({
    { id = "protocol-absolute-uri", field = false, check = absolute_uri, plain = false },
    { id = "protocol-smuggling", field = false, check = smuggling, plain = false },
    { id = "protocol-body-without-content", field = false, check = body_without_content,
      plain = false },
    { id = "protocol-restricted-header", field = false, check = restricted_header,
      plain = false },
    { id = "protocol-header-name", field = false, check = header_name, plain = false },
    { id = "protocol-range", field = false, check = range, plain = false },
    { id = "protocol-connection", field = false, check = connection, plain = false },
    { id = "protocol-host-ip", field = false, check = host_ip, plain = false },
    { id = "protocol-charset", field = false, check = charset, plain = false },
    { id = "protocol-accept-encoding", field = false, check = accept_encoding,
      plain = false },
    { id = "protocol-cookie", field = false, check = cookie_version, plain = false },
    { id = "protocol-user-agent", field = false, check = no_user_agent, plain = false },
}, _M.RULES)


-- Request-level checks. h is ngx.req.get_headers() (lower-case names),
-- method and target (its first byte) the request's, g the compiled global
-- WAF settings.
function _M.check_request(h, method, target, g, on, report)
    local te, te_n = header_value(h["transfer-encoding"])
    local cl, cl_n = header_value(h["content-length"])
    -- (buffers = true: a request, not a value: no buffers for it)
    local q = { h = h, method = method, target = target, g = g,
                te = te, te_n = te_n, cl = cl, cl_n = cl_n, buffers = true }
    return rules.run(REQUEST, q, on, report, "request")
end


-- Session fixation: an argument named like a session id, when the
-- request does not come from a page of this host.
-- (every name the pattern takes has "sess" or "sid" in it, or starts
-- with "cf", in any case: one pass over the bytes first, the regex for
-- those only; it runs for every argument name and JSON key, where a
-- lower-case copy and two plain finds cost more than the name's bytes)
local function lc(name, i)
    local c = byte(name, i)
    return c and bor(c, 32)      -- ASCII letters to lower case
end


local function maybe_session(name)
    if lc(name, 1) == 99 and lc(name, 2) == 102 then          -- cf
        return true
    end
    for i = 1, #name - 2 do
        if lc(name, i) == 115 then                             -- s
            local a = lc(name, i + 1)
            if a == 105 and lc(name, i + 2) == 100 then        -- id
                return true
            end
            if a == 101 and lc(name, i + 2) == 115 and lc(name, i + 3) == 115 then
                return true                                    -- ess
            end
        end
    end
    return false
end
_M.maybe_session = maybe_session


function _M.session_name(name)
    if not maybe_session(name) then
        return false
    end
    return re_find(name, RE_SESSION_NAME, "joi") ~= nil
end


-- A JSON document's key is an app's or an SDK's own data ("session_id"
-- in an analytics event, a mobile app's "sessionId"): no framework adopts
-- a session from it, but a framework's own session name there
-- ("PHPSESSID", "jsessionid", "ASP.NET_SessionId", "connect.sid") is
-- what a fixation attempt sends to an endpoint that merges a JSON body
-- into its parameters.
local RE_FRAMEWORK_SESSION = [=[^(?:php|j|asp(?:\.net_)?|ci_|laravel_|connect\.|rack\.)]=]
    .. [=[s(?:ess|id)|^cf(?:id|token)$]=]

function _M.framework_session_name(name)
    return maybe_session(name) and re_find(name, RE_FRAMEWORK_SESSION, "joi") ~= nil
end


function _M.foreign_referer(h)
    local referer = header_value(h["referer"])
    if not referer then
        return true
    end
    local rhost = host_of(referer)
    local host = header_value(h["host"])
    if not rhost or not host then
        return true
    end
    host = lower(gsub(host, ":%d+$", ""))
    rhost = lower(rhost)
    return rhost ~= host and not (#rhost > #host
                                  and rhost:sub(-#host - 1) == "." .. host)
end


_M.PLAIN_NEEDLES = rules.plain_needles({}, VALUES, RULES)


_M.PATTERNS = rules.patterns({ RE_SESSION_NAME, RE_FRAMEWORK_SESSION, GATE, RE_CRLF, RE_ANY_HEADER,
                               RE_CRLF_SPLIT_HEADER,
                               RE_CRLF_BODY, RE_FORMAT, RE_HEADER_LINE, RE_XPATH,
                               RE_XPATH_UNION },
                             VALUES, RULES)

return _M
