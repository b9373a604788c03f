-- Code injection: PHP, Java (expression languages, JNDI, deserialization),
-- Node.js and server-side templates.
--
-- Each rule is a language construct that data has no reason to contain:
-- PHP open tags and superglobals, calls of PHP's execution/eval/encoding
-- functions (comments between name and "(" folded away), variable
-- functions ($f(...)), string-built calls (("sys"."tem")(...)), stream
-- wrappers (php://), serialized objects (O:8:"stdClass":...); Java fully
-- qualified classes of the JDK and gadget libraries, Runtime/ProcessBuilder,
-- ${...} lookups (Log4Shell) and OGNL/EL expressions; Node's process,
-- require, child_process, constructor chains, node-serialize markers,
-- prototype pollution keys; template expressions that compute something
-- ({{7*7}}, #{...}, <%= ... %>).

local re_find = require("edge.waf.re").find
local any_match = require("edge.waf.re").any_match
local expr = require "edge.waf.expr"
local match = require "edge.waf.match"
local rules = require "edge.waf.rules"
local get = rules.get

local ipairs = ipairs
local byte = string.byte
local find = string.find
local sub = string.sub
local gsub = string.gsub
local decode_base64 = ngx.decode_base64
local gmatch = string.gmatch
local str_match = string.match
local lower = string.lower
local format = string.format
local alt = rules.alt


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "php-tag", severity = "critical", pl = 1,
      desc = "PHP open tag (<?php, <?=, <? ) or [php]/{php} tags" },
    { id = "php-variable", severity = "critical", pl = 1,
      desc = "PHP superglobal or ${...} complex variable" },
    { id = "php-function", severity = "critical", pl = 1,
      desc = "call of a PHP execution, eval, file or decoding function" },
    { id = "php-function-weak", severity = "warning", pl = 1,
      desc = "call of a PHP string or file function" },
    { id = "php-function-value", severity = "critical", pl = 1,
      desc = "the whole value is a call of a PHP function" },
    { id = "php-ini", severity = "critical", pl = 1,
      desc = "a php.ini directive assignment (directive = value)" },
    { id = "php-dynamic-call", severity = "critical", pl = 1,
      desc = "variable function or string-built call ($f(), ('sys'.'tem')())" },
    { id = "php-wrapper", severity = "critical", pl = 1,
      desc = "PHP stream wrapper (php://, phar://, expect://, data://)" },
    { id = "php-serialized", severity = "critical", pl = 1,
      desc = "PHP serialized object" },
    { id = "java-class", severity = "critical", pl = 1,
      desc = "fully qualified class of the JDK or a gadget library" },
    { id = "java-exec", severity = "critical", pl = 1,
      desc = "Runtime/ProcessBuilder/reflection/class loading" },
    { id = "java-lookup", severity = "critical", pl = 1,
      desc = "${...} lookup (JNDI, Log4Shell) or OGNL/EL expression" },
    { id = "java-serialized", severity = "critical", pl = 1,
      desc = "Java serialized object stream (aced0005 / rO0AB)" },
    { id = "java-jdbc", severity = "critical", pl = 1,
      desc = "a JDBC URL whose parameters run code when it connects (H2's INIT, MySQL's "
             .. "autoDeserialize and interceptors, PostgreSQL's socket and SSL factories)" },
    { id = "java-jar-url", severity = "critical", pl = 1,
      desc = "a jar: URL over a file: or network URL (jar:file:///x.jar!/, "
             .. "jar:http://host/x.jar!/): reads a local archive's entries or "
             .. "fetches one" },
    { id = "node-injection", severity = "critical", pl = 1,
      desc = "Node.js process/require/constructor access, node-serialize" },
    { id = "code-eval-modifier", severity = "critical", pl = 1,
      desc = "a substitution or pattern with the e modifier: sed's s///e runs the result "
          .. "as a command, Perl's s///e and PHP's preg_replace /e evaluate code" },
    { id = "node-prototype", severity = "critical", pl = 1,
      desc = "prototype pollution key (__proto__, constructor.prototype)" },
    { id = "node-dos", severity = "critical", pl = 1,
      desc = "endless loop expression (while(true))" },
    { id = "python-injection", severity = "critical", pl = 1,
      desc = "Python reaching the interpreter: __import__(), the object graph "
          .. "(__class__.__mro__...), os.system/popen on a string, exec/eval of compiled code" },
    { id = "ruby-injection", severity = "critical", pl = 1,
      desc = "Ruby running a command: Kernel.exec/system/spawn/open, %x(), IO.popen, "
          .. "Open3, send(:system), instance_eval of a string" },
    { id = "lua-injection", severity = "critical", pl = 1,
      desc = "Lua reaching the host: os.execute/remove on a string, package.loadlib, "
          .. "loadstring of a string, load of char codes (bytecode), getfenv's os/io" },
    { id = "beam-injection", severity = "critical", pl = 1,
      desc = "Elixir or Erlang running a command or code: System.cmd/System.shell, "
          .. ":os.cmd or os:cmd, a port spawned (Port.open, open_port), Code.eval_string" },
    { id = "dotnet-injection", severity = "critical", pl = 1,
      desc = ".NET running a command or loading code: Process.Start or ProcessStartInfo "
          .. "given a command's text, ObjectDataProvider calling Start or a Process, "
          .. "Assembly.Load of decoded or fetched bytes" },
    { id = "dotnet-serialized", severity = "critical", pl = 1,
      desc = ".NET BinaryFormatter stream (its header, raw or in base64: AAEAAAD/////)" },
    { id = "ssti", severity = "critical", pl = 1,
      desc = "template expression that computes or reaches objects ({{7*7}}, ${...}, "
          .. "#{...}, *{...}, @(...), <%= %>, {% %}, FreeMarker/Velocity directives, "
          .. "T4's <#= #>, Smarty's {$smarty.x}, Exim's ${run{...}})" },
    { id = "ssti-directive", severity = "critical", pl = 2,
      desc = "a template's control directive ({% if %}, {% for %}, {% set %}): a blind "
          .. "probe's shape, and a note's template's" },
    { id = "formula-injection", severity = "critical", pl = 1,
      desc = "spreadsheet formula that runs a command (DDE: =cmd|'/c calc'!A0, "
          .. "=DDE(...)), sends a cell out (=WEBSERVICE(\"//host/?\"&A1)) or follows "
          .. "a leading tab with numbers alone (a sanitizer's evasion probed)" },
    { id = "code-type-tag", severity = "critical", pl = 1,
      desc = "serialization type tag naming a class or callable (YAML !!python/object:, "
          .. "!ruby/object:, !!java.x.Y, Json.NET $type, pickle globals)" },
}


local C = [=[(?:\s|/\*[\s\S]*?\*/|//[^\n]*\n|#[^\n]*\n)*]=]

local RE_PHP_TAG = alt({
    [=[<\?(?:php\b|=|\s|$)]=],
    [=[<\?xml\s+(?!version\b|encoding\b|standalone\b)[^\s?]]=],
    [=[<\?xml:]=],
    [=[[\[{]\s*[/\\]?\s*php\s*[\]}]]=],
})

local RE_PHP_VARIABLE = alt({
    [=[\$_(?:get|post|cookie|request|server|files|env|session)\b]=],
    [=[\$globals\b]=],
    -- (not a regular expression's end before a block: nginx's
    -- "location ~ \.php$ {"; nor a currency sign before a placeholder,
    -- "$ {total}", "$ {order.total}": a bare name glued to the brace,
    -- closed, then no call, index or assignment; "$ { CONSTANT }" is code)
    [=[(?<![\w)\]])\$\s+\{(?:\s*['"$]|\s+\w|\w+\s*(?:[^\w\s}.]|\}\s*[(\[=]))]=],
    -- (... unless the value has a PHP variable of its own: "if ($a) $ {b}";
    -- both ways start with "$", the one byte PCRE looks for first, and
    -- read at most 2,000 bytes between them)
    [=[(?<![\w)\]])\$\s+\{\w+\s*\}(?=[\s\S]{0,2000}?\$[a-z_])]=],
    [=[\$[a-z_][\s\S]{0,2000}?(?<![\w)\]])\$\s+\{\w+\s*\}]=],
    [=[\$\{\s*['"$@]]=],
    -- (a variable function's call glued to its name: "${f}(...)"; a
    -- template's placeholder before a parenthetical, "${team} (${div})",
    -- is a label)
    [=[\$\{\s*[a-z_]\w*\s*\}\(]=],
})

local PHP_STRONG = alt({
    "eval", "assert", "system", "exec", "shell_exec", "passthru", "popen",
    "proc_open", "pcntl_exec", "base64_decode", "gzinflate", "gzuncompress",
    "gzdecode", "bzdecompress", "zlib_decode", "str_rot13", "convert_uudecode",
    "create_function", "call_user_func(?:_array)?", "preg_replace",
    "include(?:_once)?", "require(?:_once)?", "file_get_contents",
    "file_put_contents", "fwrite", "fputs", "readfile", "unserialize",
    "phpinfo", "putenv", "ini_set", "ini_get_all", "dl", "move_uploaded_file",
    "curl_init", "curl_exec", "fsockopen", "pfsockopen", "posix_[a-z]+",
    "get_defined_functions", "get_defined_vars", "get_defined_constants",
    "array_map", "array_filter", "usort", "uasort", "ob_start", "hex2bin",
    "highlight_file", "show_source", "php_uname", "phpversion", "getenv",
    "symlink", "chmod", "unlink", "rmdir", "mkdir", "copy", "rename",
    "file_exists", "fopen", "opendir", "scandir", "glob", "parse_str",
    "extract", "mb_ereg_replace", "register_shutdown_function",
    "register_tick_function", "assert_options", "set_error_handler",
    "iterator_apply", "array_walk", "escapeshellcmd", "escapeshellarg",
})
local PHP_WEAK = alt({
    "chr", "ord", "strrev", "substr", "intval", "strip_tags", "unpack",
    "pack", "serialize", "sprintf", "str_replace", "implode", "explode",
    "urldecode", "rawurldecode", "htmlspecialchars_decode", "trim",
    "is_file", "is_dir", "file", "basename", "dirname", "md5", "sha1",
    "var_dump", "print_r", "var_export", "settype", "constant",
    "is_[a-z]+", "filegroup", "fileowner", "fileperms", "fileinode",
    "filemtime", "fileatime", "filectime", "filesize", "filetype",
})
-- The same names as sets, for the call scanner (edge.waf.match.calls).
local function name_set(pattern)
    local set, prefixes = {}, {}
    for word in string.gmatch(pattern, "[^|()?:]+") do
        if word:find("%[a%-z%]%+$") then
            prefixes[#prefixes + 1] = word:gsub("%[a%-z%]%+$", "")
        elseif word:match("^[%w_]+$") then
            set[word] = true
        end
    end
    return set, prefixes
end
local STRONG_SET, STRONG_PREFIXES = name_set(PHP_STRONG)
for _, w in ipairs({ "call_user_func_array", "include_once", "require_once" }) do
    STRONG_SET[w] = true
end
local WEAK_SET, WEAK_PREFIXES = name_set(PHP_WEAK)
local RE_WEAK_ARGS = [=[\G\s*(?:[\d'"$)]|[a-z_]+\s*\()]=]

-- Names distinctive enough to match inside a word ("FOOgzinflate(").
local PHP_DISTINCT = alt({
    "call_user_func(?:_array)?", "fsockopen", "pfsockopen", "gzdecode",
    "gzinflate", "gzuncompress", "base64_decode", "shell_exec",
    "proc_open", "str_rot13", "create_function", "file_get_contents",
    "file_put_contents", "get_defined_functions", "bzdecompress",
    "zlib_decode", "convert_uudecode", "move_uploaded_file",
})
-- A URL unquoted where an argument starts: PHP's syntax error, and what
-- its warnings print ("file_get_contents(https://api.example/v2/me):
-- Failed to open stream"): an error message, no call (RE_URL_ARG below)
local UNQUOTED_URL = [=[\s*[a-z][\w+.-]*://]=]
local RE_PHP_DISTINCT = PHP_DISTINCT .. C .. [=[\((?!]=] .. UNQUOTED_URL .. [=[)]=]
-- A PHP function that is also an English word, as the whole value, needs
-- code for an argument (a literal, a variable, a call, or none): "file
-- (used)" is a search, file('/etc/passwd') is not; intval(foo) is code.
local PHP_WORDS = alt({ "file", "trim", "pack", "constant", "ord", "explode", "implode",
                        "extract", "copy", "rename", "glob" })
local RE_PHP_VALUE = [=[^\s*@?(?:(?!]=] .. PHP_WORDS .. C .. [=[\()]=]
    .. alt({ PHP_STRONG, PHP_WEAK }) .. C .. [=[\((?:[^()]|\([^()]*\))*|]=]
    .. PHP_WORDS .. C .. [=[\(\s*(?:[\d'"$)]|[a-z_]\w*\s*\()(?:[^()]|\([^()]*\))*)]=]
    .. [=[\)?\s*;?\s*$]=]

local PHP_INI = alt({
    "engine", "short_open_tag", "precision", "serialize_precision",
    "output_buffering", "output_handler", "implicit_flush",
    "unserialize_callback_func", "unserialize_max_depth",
    "disable_functions", "disable_classes", "expose_php",
    "max_execution_time", "max_input_time", "max_input_vars",
    "memory_limit", "error_reporting", "display_errors",
    "display_startup_errors", "log_errors", "error_log", "html_errors",
    "register_argc_argv", "auto_globals_jit", "post_max_size",
    "auto_prepend_file", "auto_append_file", "default_mimetype",
    "default_charset", "include_path", "doc_root", "user_dir",
    "extension_dir", "extension", "zend_extension", "enable_dl",
    "file_uploads", "upload_tmp_dir", "upload_max_filesize",
    "max_file_uploads", "allow_url_fopen", "allow_url_include",
    "default_socket_timeout", "smtp", "smtp_port", "sendmail_path",
    "sendmail_from", "open_basedir", "safe_mode", "sys_temp_dir",
    "variables_order", "request_order", "realpath_cache_size",
    [=[(?:opcache|mbstring|zend|pcre|xdebug|assert|mail|date|phar]=]
        .. [=[|zlib|iconv|intl|mysqli|pdo_mysql|curl|openssl|filter)\.[a-z_]+]=],
    -- (the session's own directives by name: an application's settings
    -- export names its "session.timeout_min" too)
    [=[session\.(?:save_path|save_handler|serialize_handler|name|auto_start|use_trans_sid]=]
        .. [=[|use_cookies|use_only_cookies|use_strict_mode|cookie_[a-z_]+|gc_[a-z_]+]=]
        .. [=[|referer_check|cache_limiter|cache_expire|sid_[a-z_]+|lazy_write]=]
        .. [=[|trans_sid_[a-z_]+|upload_progress\.[a-z_]+|hash_[a-z_]+|entropy_[a-z_]+)]=],
})
local RE_PHP_INI = [=[^\s*]=] .. PHP_INI .. [=[\s*=\s*\S]=]

local RE_PHP_DYNAMIC = alt({
    [=[\$+[a-z_\x7f-\xff][\w\x7f-\xff]*]=] .. C .. [=[(?:(?:\[[^\]]+\]|\{[^}]+\}|->\$?\w+)]=]
        .. C .. [=[)*\(]=],
    -- (a "${...}" read up to its close or the next "${": to the next "}"
    -- from each of thousands of "${" with no close was square)
    [=[\$\{(?=[^}$]|\$(?!\{))[^}$]*+(?:\$(?!\{)[^}$]*+)*+\}]=] .. C
        .. [=[(?:\[[^\]]*\]]=] .. C .. [=[)*\(]=],
    [=[\$_+(?:\[[^\]]*\]|\{[^}]*\})]=],
    [=[\(\s*(?:\(\s*string\s*\)\s*)?["'][\w\\]+["']\s*\)\s*\(]=],
    [=[\(\s*\[?\s*["']?]=] .. PHP_STRONG .. [=[["']?\s*\]?\s*\)\s*(?:\[\s*\d+\s*\]\s*)?\(]=],
    [=[\[\s*]=] .. PHP_STRONG .. [=[\s*\]\s*\[\s*\d+\s*\]\s*\(]=],
    [=[["'][\w\\]*["']\s*\.\s*["'][\w\\]*["'](?:\s*\.\s*["'][\w\\]*["'])*\s*\)?\s*;?\s*]=]
        .. [=[(?:\(|\$\w+\s*\)\s*\()]=],
    [=[\(\s*string\s*\)\s*["'][\w\\]+["']\s*\(]=],
    [=[\)\s*\(\s*["'][a-z]+["']\s*\)]=],
    [=[\bdefine\s*\(\s*["']\w+["']\s*,]=],
    [=[^\s*["'][\w\\]*(?:system|exec|eval|assert|passthru)["']\s*\(]=],
    [=[\breturn\s*["']\w+["']\s*\(]=],
})

local RE_PHP_WRAPPER = [=[\b(?:php|phar|zlib|glob|expect|data|zip|rar|ogg|ssh2(?:\.\w+)?]=]
    .. [=[|compress\.(?:zlib|bzip2))://]=]

-- Java's archive URL: "jar:" then the archive's own URL, "!/" then the
-- entry ("jar:file:///srv/shop/shop.jar!/app.yml" reads
-- the application's settings out of its own jar; "jar:http://host/x.jar!/"
-- makes the server fetch and unpack a remote one). No text writes "jar:"
-- before a scheme.
-- A JDBC URL a data tool connects to runs what its parameters say: H2
-- runs INIT's SQL (RUNSCRIPT FROM a URL, CREATE ALIAS of Java code),
-- MySQL's driver deserializes what the server sends (autoDeserialize, an
-- interceptor that asks for it) or reads the client's files, PostgreSQL's
-- instantiates the class a factory parameter names or writes its log
-- where told.
local RE_JDBC = alt({
    [=[\bjdbc:h2:[^\s]*?;\s*init\s*=]=],
    [=[\bjdbc:mysql:[^\s]*?[?&](?:autodeserialize\s*=\s*true|(?:query|statement)interceptors\s*=]=]
        .. [=[|allow(?:url)?(?:inlocalinfile|loadlocalinfile)\s*=\s*true)]=],
    [=[\bjdbc:postgresql:[^\s]*?[?&](?:socketfactory|sslfactory|sslhostnameverifier|loggerfile)]=]
        .. [=[\s*=]=],
})
local RE_JAR_URL = [=[\bjar:(?:file|https?|ftp|jar|netdoc):]=]
local RE_PHP_SERIALIZED = [=[(?:^|[;{\s"'=])[oc]:\d+:"[\w\\]+":\d+:\{|\ba:\d+:\{[si]:\d+[:;]]=]

-- ("sun" only before the JDK's own packages under it: a home
-- automation's "sun.sun" entity is no class)
local JAVA_ROOTS = alt({
    "java", "javax", "jdk",
    [=[sun(?=\.(?:misc|reflect|nio|rmi|net|security|tools|jvm|jvmstat|print|awt|font]=]
        .. [=[|management|corba|org|util|invoke|instrument|text|swing|applet|launcher]=]
        .. [=[|beans|io|lang|naming|jndi|xml|rowset|usagetracker)\b)]=],
    [=[com\.sun]=], [=[org\.apache]=],
    [=[org\.omg]=], [=[com\.opensymphony]=], [=[org\.springframework]=],
    [=[org\.codehaus]=], [=[com\.fasterxml]=], [=[org\.mozilla]=],
    [=[org\.hibernate]=], [=[org\.jboss]=], "weblogic", [=[com\.ibm]=],
    [=[com\.alibaba]=], [=[org\.yaml]=], [=[org\.python]=], "javassist",
    [=[net\.sf]=], [=[org\.slf4j]=], [=[ch\.qos]=], [=[org\.eclipse]=],
    "groovy", "bsh", "ognl", [=[com\.mchange]=], [=[org\.aspectj]=],
    [=[com\.thoughtworks]=], [=[org\.glassfish]=], [=[com\.caucho]=],
})
-- Not an exception or error class, nor a frame of a stack trace
-- ("at java.lang.Thread.run(Thread.java:748)"): error reports quote them.
-- (not the domain of an e-mail address: "jane@sun.com")
local RE_JAVA_CLASS = [=[(?:^|[^\w.@])]=] .. JAVA_ROOTS .. [=[\.[a-z_$][\w$]*]=]
    .. [=[(?![\w$.]*(?:exception|error)\b|[\w$.]*\(\s*(?:[\w$]+\.java:\d+|native method]=]
    .. [=[|unknown source)\s*\))]=]
    -- (nor a Maven coordinate's group, "com.fasterxml.jackson.core:jackson-databind")
    .. [=[(?![\w$.]*:[a-z][\w-]*(?::|\s|$))]=]
-- a stack trace's frame ("at com.acme.App.main(App.java:23)"): the names
-- in the value are a trace's, pasted into a report
local RE_JAVA_FRAME = [=[\bat\s+[\w$.]+\([\w$]+\.java:\d+\)]=]
-- A name as a word of a sentence is a mention: after a word and a space
-- ("replaced by org.apache.x.Parser", "classes in java.lang's package"),
-- in a code span or not,
-- unless the word is code's own (new, import, return, class, throws...).
-- What a deserializer or an expression language resolves is the whole
-- value, a quoted string, or follows code (= : ( [ " ! @ {).
local CODE_WORDS = {}
for w in string.gmatch([[new import extends implements throws throw instanceof return
    class interface catch static final public private protected void package as
    typeof]], "%S+") do
    CODE_WORDS[w] = true
end
local function java_class_code(s)
    if find(s, ".java:", 1, true) and re_find(s, RE_JAVA_FRAME, "jo") then
        return false
    end
    local ctx = { pos = 0 }
    while true do
        local from, to = re_find(s, RE_JAVA_CLASS, "jo", ctx)
        if not from then
            return false
        end
        -- (a code span in the sentence quotes the name too: "value of type
        -- `java.lang.Long`")
        local w = string.match(sub(s, from > 40 and from - 40 or 1, from), "(%a+),?[ \t]+`?$")
        if not w or CODE_WORDS[w] then
            return true
        end
        ctx.pos = to + 1
    end
end

local RE_JAVA_EXEC = alt({
    [=[\bruntime\s*\.\s*getruntime\s*\(\s*\)\s*\.\s*(?:exec|load|halt|exit)\b]=],
    [=[\bprocessbuilder\b]=],
    [=[\bgetruntime\s*\(\s*\)\s*\.\s*exec\b]=],
    [=[\bclass\s*\.\s*forname\s*\(]=],
    [=[\bgetclass\s*\(\s*\)\s*\.\s*(?:forname|getclassloader|getmethod)]=],
    [=[\bclassloader\b]=],
    [=[\bscriptenginemanager\b]=],
    [=[\bgetdeclaredmethod\s*\(|\bgetmethod\s*\(\s*["']]=],
    [=[\bnewinstance\s*\(\s*\)\s*\.\s*eval]=],
    [=[\.(?:invoketransformer|instantiatetransformer|chainedtransformer)]=],
    [=[\b(?:clonetransformer|forclosure|instantiatefactory|whileclosure)\b]=],
    [=[\bprototype(?:clone|serialization)factory\b]=],
})

local RE_JAVA_LOOKUP = alt({
    -- (a lookup nested in a lookup, where Log4j nests one: right after
    -- "${", a prefix's ":", a default's "-" or a path's "/"; not a
    -- function's argument or a query's value, Asterisk's dial plan
    -- "${LEN(${EXTEN})}", "...?n=${CALLERID(num)}")
    [=[\$\{[^}]{0,40}(?<=[{:/-])\$\{]=],
    [=[\$\{\s*(?:jndi|ldaps?|rmi|dns|iiop|corba|nds|nis|java|lower|upper|date]=]
        .. [=[|base64|main|bundle|ctx|docker|k8s|log4j|spring|web|marker|event|sd|script]=]
        .. [=[|url|:-)\s*:]=],
    -- (an environment's or the system's property read is a leak of a
    -- secret's: "${env:DB_PASSWORD}"; a name, "${env:FOO}", is a config
    -- file's placeholder, VS Code's, and "${ENV:-x}" a shell's default)
    [=[\$\{\s*(?:env|sys)\s*:(?!-)[\w.-]*?(?:key|secret|pass|token|pwd|credential|auth]=]
        .. [=[|session|private|cookie)]=],
    [=[\$\{\s*::-]=],
    [=[\bjndi\s*:\s*(?:ldaps?|rmi|dns|iiop|corba|nds|nis|http)\b]=],
    [=[[%#$]\{[^{}]*(?:#_memberaccess|#context|#request|#application|#session]=]
        .. [=[|#parameters|#attr|@[a-z.]+@|new\s+java\.|\.getruntime|#[a-z_]+\s*=)]=],
    [=[[%$]\{\s*\(\s*#]=],
    [=[#_memberaccess]=],
    [=[@(?:java\.lang|ognl)\.]=],
    [=[\bt\s*\(\s*java\.]=],
})

local RE_JAVA_SERIALIZED = [=[\xac\xed\x00\x05|\brO0AB[A-Za-z0-9+/]]=]

local RE_NODE = alt({
    [=[_\$\$nd_func\$\$_]=],
    [=[__js_function]=],
    [=[\bchild_process\b(?!\.(?:js|mjs|cjs|ts|md|html?|json)\b)]=],
    -- a module that reaches the system, or one named by code
    [=[\brequire\s*(?:\(\s*["'`](?:node:)?(?:child_process|fs|fs/promises|net|vm|os|dgram]=]
        .. [=[|https?|cluster|worker_threads|process|module|inspector|repl|v8)["'`]]=]
        -- (not a call with keyword arguments, "require(strict=True)":
        -- Python's or Ruby's, no module specifier)
        -- (nor Sieve's statement, 'require ["fileinto", "envelope"];': a
        -- list of names, not one key of the function)
        -- (nor a condition, "require(msg.sender == owner, ...)", "require(
        -- !paused)": Solidity's check, a boolean no module is named by)
        .. [=[|\(\s*["'`][^"'`]*["'`]\s*\+]=]
        -- (nor Go's "require (" block, a module's path and version a
        -- line each)
        .. [=[|\((?!\s*[\w.-]+/[\w./-]+\s+v\d)]=]
        .. [=[\s*(?![\w$]+\s*=[^=])(?![^,)"'`]{0,200}?(?:[=!]=|[<>]|&&|\|\|))(?!!)]=]
        -- (nor a condition, then its message last, 'require(ok, "failed");')
        .. [=[(?![^;"'`]{0,300}?,\s*"[^"\n]{0,200}"\s*\)\s*;)]=]
        .. [=[[^"'`\s)]|\.\s*main\b]=]
        .. [=[|\[(?!\s*["'][^"'\]]*["']\s*(?:,|\]\s*;)))]=],
    -- process reached by code (a name in a sentence, "read process.env in
    -- node", follows a plain word: two names side by side are no code;
    -- its platform, arch and version, a build script's "${process.platform}",
    -- reach nothing; nor does one variable read by its name, a config's
    -- "url: process.env.RPC_URL": the environment itself is what leaks)
    [=[(?:^|[^\w\s]\s*|(?<![\w$.])(?:return|void|typeof|new|await|throw|in|of)\s+)]=]
        .. [=[process\s*(?:\.\s*(?:env(?!\s*\.\s*[a-z_][\w]*)|binding|mainmodule|exit|kill]=]
        .. [=[|spawn|dlopen|execpath]=]
        .. [=[|argv|cwd|chdir|getuid|setuid|stdout|stdin)\b|\[)]=],
    [=[\bmodule\s*\.\s*(?:exports|constructor|require)\b]=],
    [=[\bconstructor\s*\.\s*constructor\b|\bthis\s*\.\s*constructor\b]=],
    [=[\bglobal\s*\.\s*process\b|\bglobalthis\s*\.\s*process\b]=],
    -- the console reached as an object, or called with a bare number (a
    -- canary: code that logs has something to log)
    [=[\bconsole\s*(?:\.\s*constructor\b|\[\s*["'`]|\.\s*[a-z]+\s*(?:\(\s*[\d.]+\s*\)]=]
        .. [=[|\.\s*(?:call|apply|bind)\s*\())]=],
    [=[\bnew\s+function\s*[(`]|\bfunction\s*\(\s*\)\s*\{]=],
    -- (or Function given a string and called at once, "Function('return
    -- this')()": the constructor compiles the string, "new" or not)
    [=[\bfunction\s*\(\s*["'`][^"'`]{0,200}["'`]\s*\)\s*\(]=],
    [=[\beval\s*\(\s*string\s*\.\s*fromcharcode]=],
    [=[#\{\s*(?:process|require|global)\b]=],
    [=[\bprocess\s*\.\s*spawn\s*\(|\bspawn(?:sync)?\s*\(\s*["'`]]=],
    [=[\$\d+:(?:[a-z_]+:)*(?:constructor|__proto__|prototype)\b]=],
    [=[\breaddirsync\s*\(|\bexecsync\s*\(]=],
})

-- __proto__ written to ("__proto__[x]=", "__proto__.x", a JSON key
-- "__proto__": or the key itself), not named in a sentence
-- Python: what code injection into eval()/exec() or a pickled object
-- writes outside a template (the template forms are ssti's): the import
-- built-in called, the object graph walked to a class that runs commands
-- (a dunder of the walk then an access; "self.__class__.__name__" and
-- "the __mro__ attribute" go nowhere), os
-- calls given a command string, code compiled then run.
local RE_PYTHON = alt({
    [=[\b__import__\s*\(]=],
    -- (or a format string's field that ends there: str.format reads
    -- "{user.__init__.__globals__}" off the object it is given)
    [=[__(?:bases?|mro|subclasses|globals|builtins|code|loader)__]=]
        .. [=[\s*(?:[.\[(,)]|["'`]\s*\]|\}(?!\}))]=],
    [=[\b(?:os|posix|nt)\s*\.\s*(?:system|popen[234]?|exec[lv]p?e?|spawn[lv]p?e?|startfile)]=]
        .. [=[\s*\(\s*["'`]]=],
    [=[\b(?:eval|exec)\s*\(\s*(?:compile\s*\(|["'`][^"'`]*\bimport\s+\w)]=],
    [=[\bsubprocess\s*\.\s*\w+\s*\([^)]*\bshell\s*=\s*true]=],
    -- (or given a shell as its program, "subprocess.call(['sh', '-c', ...])";
    -- or an import of a module that runs commands as a statement a ";"
    -- joins to the value, "1; import os; ...": code after the
    -- application's own)
    [=[\bsubprocess\s*\.\s*\w+\s*\(\s*\[\s*["'](?:/bin/)?(?:sh|bash|zsh|dash|cmd|powershell)]=]
        .. [=[(?:\.exe)?["']]=],
    [=[;\s*import\s+(?:os|subprocess|pty|socket|posix|commands)\s*;]=],
})
-- Ruby: the ways a string becomes a command or code.
local RE_RUBY = alt({
    [=[\bkernel\s*[.#]\s*(?:exec|system|spawn|open|eval|`)\s*[(\s"'`]]=],
    [=[%x\s*(?:\([^)]+\)|\{[^}]+\}|\[[^\]]+\]|<[^>]+>|\|[^|]+\|)]=],
    [=[\bio\s*\.\s*popen\s*[(\s]]=],
    [=[\bopen3\s*\.\s*(?:popen\w*|capture\w*|pipeline\w*)\s*[(\s]]=],
    [=[\b(?:public_)?send\s*\(\s*:(?:system|exec|eval|spawn|syscall|instance_eval|class_eval]=]
        .. [=[|module_eval|`)(?![\w])]=],
    [=[\b(?:instance|class|module)_eval\s*\(\s*["'`%]]=],
})

-- Lua (a game's or a proxy's scripting, a sandbox's eval): a command or
-- a file's removal given as a string, a shared library loaded, a string
-- compiled (loadstring; load of a string built from char codes, which is
-- how precompiled bytecode, a sandbox's escape, travels as text), and
-- the environment's table reached for os, io, package or debug
-- ("getfenv(0).os"). A mod's snippet that formats a string or reads the
-- clock (os.time(), os.date()) runs nothing.
local RE_LUA = alt({
    [=[\bos\s*\.\s*(?:execute|remove)\s*\(\s*(?:["'`]|\[=*\[)]=],
    [=[\bpackage\s*\.\s*loadlib\s*\(]=],
    [=[\bloadstring\s*\(\s*(?:["'`]|\[=*\[)]=],
    [=[\bload(?:string)?\s*\(\s*string\s*\.\s*(?:char|dump|reverse)\s*\(]=],
    [=[\b[gs]etfenv\s*\([^()]{0,20}\)\s*(?:\.\s*(?:os|io|package|debug)\b|\[\s*["'])]=],
    -- (or indexed by a name computed from a string, "getfenv()[string.
    -- reverse(...)]"; and a chunk compiled from what a URL returns,
    -- "loadstring(game:HttpGet(...))()": a remote script run)
    [=[\b[gs]etfenv\s*\([^()]{0,20}\)\s*\[\s*string\s*\.]=],
    [=[\bload(?:string)?\s*\(\s*[\w.:]{0,40}?\bhttp(?:get|post)?(?:async)?\s*\(]=],
})

-- Elixir and Erlang (the BEAM's languages): the calls that run a program
-- or a shell's command line given as a literal (Elixir's System.cmd and
-- System.shell, Erlang's os:cmd, ":os.cmd" from Elixir, a port opened on
-- {spawn, ...}) and the one that compiles a string (Code.eval_string).
local RE_BEAM = alt({
    [=[\bsystem\s*+\.\s*+(?:cmd|shell)\s*+\(\s*+(?:["'~]|\[)]=],
    [=[(?::|\b)os\s*+[.:]\s*+cmd\s*+\(\s*+(?:["'~]|\[)]=],
    [=[\b(?:port\s*+\.\s*+open|open_port)\s*+\(\s*+\{\s*+:?spawn(?:_executable)?\s*+,]=],
    [=[\bcode\s*+\.\s*+eval_(?:string|quoted|file)\s*+\(]=],
})

-- .NET: the ways a string becomes a process or code. Process.Start and
-- ProcessStartInfo given a command's text (C#, Razor's "@{...}",
-- PowerShell's "[System.Diagnostics.Process]::Start('x')"; a snippet
-- that passes a variable or an object initializer names no command), the
-- ObjectDataProvider gadget of XAML and Json.NET calling Start or a
-- Process's method, Assembly.Load of bytes decoded from text or fetched.
local RE_DOTNET = alt({
    [=[\bprocess\s*+\]?\s*+(?:\.|::)\s*+start\s*+\(\s*+@?["']]=],
    [=[\bnew\s++(?:system\s*+\.\s*+diagnostics\s*+\.\s*+)?processstartinfo\s*+\(\s*+@?["']]=],
    [=[\bobjectdataprovider\b[^<>]{0,300}?(?:\bmethodname\s*+["']?\s*+[=:]\s*+["']start\b]=]
        .. [=[|\bdiagnostics\s*+\.\s*+process\b|:process\s*+})]=],
    [=[\bassembly\s*+\.\s*+(?:unsafe)?load(?:from|file)?\s*+\(\s*+(?:convert\s*+\.\s*+]=]
        .. [=[frombase64string|new\s++(?:system\s*+\.\s*+net\s*+\.\s*+)?webclient|@?["']]=]
        .. [=[(?:https?:|\\\\))]=],
})
-- BinaryFormatter's stream header (record 0, root id 1, header id -1,
-- version 1.0), raw or base64 (ViewState and LosFormatter carry it): its
-- first nine bytes are twelve base64 characters, so a stream that starts
-- at a base64 boundary starts with them
local DOTNET_HEADER = "\0\1\0\0\0\255\255\255\255\1\0"
local DOTNET_HEADER_B64 = ngx.encode_base64(sub(DOTNET_HEADER, 1, 9))
local RE_DOTNET_SERIALIZED = gsub(DOTNET_HEADER, ".", function(c)
    return format("\\x%02x", byte(c))
end) .. [=[|\b]=] .. DOTNET_HEADER_B64

local RE_PROTOTYPE = [=[\b__proto__\b(?:\s*(?:[.\[=:]|["'`]\s*:)|\s*$)]=]
    -- (the key in brackets, then written through: "a[__proto__][b]=1",
    -- "x['__proto__'].y")
    .. [=[|\[\s*["'`]?__proto__["'`]?\s*\]\s*[.\[=]]=]
    .. [=[|\bconstructor\s*["']?\s*\]?\s*(?:\.|\[\s*["']?)\s*prototype\b]=]
    -- the same path as nested objects: {"constructor": {"prototype": {...}}}
    .. [=[|\bconstructor\s*["']?\s*:\s*\{\s*["']?\s*prototype\s*["']?\s*:]=]

local RE_DOS = [=[\bwhile\s*\(\s*(?!!true\b)(?:!*[-+]?]=]
    .. [=[(?:true|false|\d+|null|undefined|nan|infinity|this|string|""|''|``|\{\}|\[\])]=]
    .. [=[|new\s+date|\(true\)+)\s*\)+\s*(?:;|$|\{)]=]

-- Template expressions: the delimiters of the template languages
-- ({{ }}, ${ }, #{ }, *{ }, ~{ }, @( ), <% %>, {% %}, [[ ]]) around
-- computation (an operator between operands, a call) or object access
-- (dunder names, reflection, the template's own globals). "{{name}}",
-- "${id}" and "#{user}" in a code snippet stay plain substitutions.
local OBJECT_REACH = [=[(?:__\w+__|\.\s*(?:getclass|forname|getruntime|exec|invoke|newinstance]=]
    .. [=[|getmethod|classloader|constructor|mro|subclasses|globals|builtins|popen]=]
    .. [=[|system|eval)\b|\b(?:_self|self|config|request|lipsum|cycler|joiner|namespace]=]
    .. [=[|application|session|class|runtime|systemenvironment|systemproperties)\s*[.\[])]=]
-- The opening delimiters of the template languages; a run of text with
-- no blank (at most 64 bytes; the value's first 256 runs) holding three
-- kinds of them.
local TEMPLATE_OPENERS = { "${", "{{", "<%", "[%", "#{", "{%", "*{", "@{", "~{" }
local function template_polyglot(s)
    local runs = 0
    for run in gmatch(s, "%S+") do
        if #run <= 64 and #run >= 6 then
            local kinds = 0
            for i = 1, #TEMPLATE_OPENERS do
                if find(run, TEMPLATE_OPENERS[i], 1, true) then
                    kinds = kinds + 1
                    if kinds >= 3 then
                        return true
                    end
                end
            end
        end
        runs = runs + 1
        if runs >= 256 then
            return false
        end
    end
    return false
end

-- A spreadsheet cell a CSV export carries: a formula ("=", "+", "-", "@"
-- first, or after a field's separator) that calls a program through DDE
-- ("program|'arguments'!item", the program glued to the formula's start
-- by operands and operators only: "- item | 'x' !" is a list item; a
-- blank between them too, "-3+5+cmd|...", once decoded as a form: a "+"
-- is a blank there, the first one too, " 3-1 cmd|..."), or
-- a function that fetches a URL built from a cell reference (the sheet's
-- data sent out when it is opened), wrapped in functions or not, of this
-- sheet or another ("&ENCODEURL(Payroll!C3:C40)").
local RE_FORMULA = alt({
    [=[(?:(?:^|[\s,;"'])[=+\-@]|^ (?=[\d(]))[^\n|']{0,60}?\b[a-z][\w.]*\|\s*'[^'\n]*'\s*!]=],
    [=[(?:^|[\s,;"'])[=+\-@]\s*dde(?:auto)?\s*\(]=],
    -- (or DDE's function given a Windows program, wherever it stands, no
    -- sign needed: 'DDE("cmd";"/k y";"!B2")' is a link that runs it)
    [=[\bdde(?:auto)?\s*\(\s*"(?:cmd|powershell|pwsh|mshta|rundll32|regsvr32|wscript]=]
        .. [=[|cscript|certutil|bitsadmin|msiexec)(?:\.exe)?"\s*[;,]]=],
    -- (or Word's DDE field code given a Windows program, '{ DDEAUTO
    -- c:\\tools\\cmd.exe "/c x" }': the field runs it when the document
    -- opens; a setting named for DDE names none)
    [=[\bdde(?:auto)?\s+"?(?:[a-z]:)?[\w\\/.\s-]{0,80}?\b(?:cmd|powershell|pwsh|mshta|rundll32]=]
        .. [=[|regsvr32|wscript|cscript|certutil|bitsadmin|msiexec)(?:\.exe)?\b]=],
    -- (or a DDE link to a Windows program wherever it stands, "program|
    -- 'arguments'!item": that syntax is a link's alone, no text's)
    [=[\b(?:cmd|powershell|pwsh|mshta|rundll32|regsvr32|wscript|cscript|msexcel|certutil]=]
        .. [=[|bitsadmin|msiexec)(?:\.exe)?\s*\|\s*'[^'\n]{0,200}'\s*!]=],
    -- (Excel 4.0's macro functions that call a library or run a program,
    -- "=CALL(\"Shell32\",...)", "=EXEC(\"calc\")", "=REGISTER(...)")
    [=[(?:^|[\s,;"'])[=+\-@]\s*(?:call|register|exec)\s*\(\s*"]=],
    -- (from a line's first sign, held: a later one before the same call
    -- says nothing more, and each of thousands, ";-;-;-...", scanned the
    -- line again)
    [=[(?:^|\n)(?>[^\n]*?(?<![^\s,;"'])[=+\-@])[^\n]*?]=]
        .. [=[\b(?:webservice|importxml|importdata|importhtml]=]
        .. [=[|importfeed|importrange|hyperlink|image)\s*\(\s*(?:concat(?:enate)?\s*\(\s*)?]=]
        -- (a CSV field doubles its quotes: '"=HYPERLINK(""http://..""&A2)"')
        .. [=["{1,2}(?:https?:)?//[^"\n]*"{1,2}\s*[&,;]\s*]=]
        .. [=[(?:[a-z][\w.]*\s*\(\s*(?:(?:"[^"\n]*"|[\w.]+)\s*[,;]\s*){0,3}){0,3}]=]
        .. [=[(?:'[^'\n]+'!|[a-z_][\w.]*!)?\$?[a-z]{1,3}\$?\d]=],
    -- (or a formula after a tab or a carriage return that opens the value,
    -- a CSV sanitizer's evasion: it looks at the first byte only, the
    -- sheet skips the blank; given a URL to fetch or open, arithmetic
    -- before it or not, "\t=2*3+HYPERLINK(...)")
    [=[^[\t\r]+[=+\-@](?:[^\n"(]{0,40}?[-+*/&(]\s*)?\s*(?:webservice|importxml|importdata]=]
        .. [=[|importhtml|importfeed|hyperlink|image)\s*\(\s*"(?:https?:)?//]=],
    -- (or one that opens a cell of its own after the value's text: a
    -- row's tab or line break after a word, not after a label's ":"
    -- that introduces a formula to a reader, or a field's comma or
    -- semicolon glued to it, "Gannet,OK\n=HYPERLINK(\"http://...\"",
    -- "..,approved,=HYPERLINK(...)": a row the export writes as the
    -- value's; a formula as the whole value is one a user typed; the
    -- cell quoted as CSV quotes it, its quotes doubled inside, is the
    -- same cell to the sheet: '\n"=HYPERLINK(""https://..."")"')
    [=[(?:[\t\r\n](?<=[^\s:][\t\r\n])[\t\r\n ]*|[,;])"?[=+\-@]\s*(?:webservice|importxml]=]
        .. [=[|importdata|importhtml|importfeed|hyperlink|image)\s*\(\s*"{1,2}(?:https?:)?//]=],
    -- (or such a quoted cell as the whole value, its URL's quotes doubled,
    -- '"=IMPORTXML(""https://..."";...)"': the cell as an export writes
    -- it, not a formula a user typed, who doubles no quote)
    [=[^\s*"[=+\-@]\s*(?:webservice|importxml|importdata|importhtml|importfeed|hyperlink]=]
        .. [=[|image)\s*\(\s*""(?:https?:)?//]=],
})
-- (a dunder starts a name: "Event__c", a CRM's custom field, holds one
-- inside it)
-- (in "{{ }}", a filter by name, "{{ title | e }}", "{{ items|length }}",
-- and a block's close, "{{/each}}", are a template's own text: a filter
-- given arguments or reached through a dunder is read as before)
-- (an expression that must close, "{{ ... }}", "#{ ... }", first looks
-- ahead for its close: a value of thousands of opens and no close,
-- "#{#{#{...", cost every open a scan to the end and a try of the
-- operators at each byte on the way back: a second a 30 KB value; and
-- "{{" is read from a run of braces' first: what an inner one matches,
-- the first matches too)
-- (a template expression's close looked for up to the next "{{", by a
-- possessive run: from each of thousands of "{{" with no close, to the
-- value's end was square)
local RE_SSTI = alt({
    [=[(?<!\{)\{\{(?=(?:(?!\{\{)[^}])*+\}\})(?!=[^}]*=\}\})(?!\s*/[\w.-]+\s*\}\})[^}]*]=]
        .. [=[(?:[*+/%\[\]()'"]|\|(?!\s*[a-z_]\w*\s*(?:\||\}\}))|(?<!\w)__|\.\s*\w+\s*\()]=]
        .. [=[[^}]*\}\}]=],
    -- (one that holds a "${NAME}" in a string literal: "{{ expandenv
    -- \"${HOME}/.netrc\" }}")
    [=[(?<!\{)\{\{(?=(?:(?!\{\{|\$\{)[^}])*+\$\{[\w.]+\})[^}]*\$\{[\w.]+\}[^}]*\}\}]=],
    -- (or the framework's settings read for a secret: "{{
    -- settings.EMAIL_HOST_PASSWORD }}", presents_data's check)
    -- (the words match.secret_name looks for)
    -- (Flask's config the same; and any object's password read out,
    -- "{{ e.user.password }}", "{{ .Config.Database.Password }}": a CI
    -- file's "{{ secrets.NPM_TOKEN }}" is its own secret's placeholder)
    [=[\{\{\s*(?:settings|config)\s*[.\[]\s*['"]?\w*?]=] .. alt(match.SECRET_WORDS)
        .. [=[[^}]*\}\}]=],
    [=[\{\{\s*\.?[\w.]*\.\s*(?:password|passwd|pwd)\w*\s*\}\}]=],
    -- (or Go's call of a context method that runs a command, RE_GO_EXEC)
    [=[\{\{-?\s*\.(?:exec|system|command|shell|popen|spawn)\s+["'`][^}]*\}\}]=],
    -- (or an environment variable read by Go's template helpers, "{{
    -- .Env.Getenv \"X\" }}", RE_GO_GETENV)
    [=[\{\{-?\s*\.?(?:\w+\.)*getenv\s+["'`][^}]*\}\}]=],
    -- (or Go's whole environment or secrets map shown, RE_GO_DUMP)
    [=[\{\{-?\s*\.(?:env|secrets)\s*-?\}\}]=],
    -- (or a dict or set literal's dunder, "{{ {}.__class__ }}": the
    -- literal's own "}" ends the reading above before the dunder)
    [=[\{\{\s*\{[^{}]{0,100}\}\s*\.\s*__[a-z]]=],
    -- (or one that reaches an object's constructor or prototype: a
    -- Handlebars block, "{{#with s.constructor}}", escapes its sandbox)
    [=[\{\{[^}]{0,200}?(?:\.\s*(?:constructor|prototype)\b|__proto__)]=],
    -- (or a function's own apply, call or bind given arguments, "{{#with
    -- (x.y.apply 0 list)}}": a helper's value called with a context of the
    -- template's choosing; a field is read, not called)
    [=[\{\{[^}]{0,200}?\.\s*(?:apply|call|bind)\s+[^}\s]]=],
    -- (Ruby's interpolation also calls without brackets, "#{system 'id'}":
    -- system or exec with an argument; "#{system}" alone names a value)
    -- (its close looked for up to the next "#{", by a possessive run: from
    -- each of thousands of "#{" with no close, to the end was square)
    [=[#\{(?=(?:(?!#\{)[^}])*+\})[^}]*]=]
        .. [=[(?:[*+/%()`]|\.\s*\w+\s*\(|['"]\s*\.\s*[a-z_]|\b(?:system|exec)\s+['"\w$])[^}]*\}]=],
    -- (ERB's Ruby runs a backtick span as a command: "<%= `id` %>")
    [=[<%=?(?=[^%]*%>)[^%]*(?:[*+/()'"`]|\bsystem\b|\bexec\b)[^%]*%>]=],
    [=[[$*~@]\{(?=(?:(?![$*~@]\{)[^}])*+\})[^}]*\d\s*[*+/%-]\s*\d[^}]*\}]=],
    -- (up to the next brace: an open that need not close scanned to the
    -- end from each of thousands of opens, "#{#{#{...")
    [=[[$*~@#]\{[^{}]*]=] .. OBJECT_REACH,
    -- (Smarty's modifier is a PHP function given the value on its left:
    -- "{'id'|system}" runs the command; a modifier that formats,
    -- "{$price|escape}", "{$d|date_format}", is the template's own)
    [=[\{\s*(?:'[^'{}\n]*'|"[^"{}\n]*"|\$[\w.]+)\s*\|\s*@?]=]
        .. [=[(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|assert|eval)]=]
        .. [=[\s*[:|}]]=],
    -- (Exim's string expansion, which a mail server runs on an address
    -- or a header it expands: "${run{...}}" runs a program,
    -- "${readfile{...}}", "${readsocket{...}}" read, "${perl{...}}" and
    -- "${dlfunc{...}}" call code; a name glued to "{" is no shell's or
    -- template's variable)
    [=[\$\{\s*(?:run|readfile|readsocket|perl|dlfunc)\s*\{]=],
    -- the expression language's implicit objects, asked for by name
    -- ("${applicationScope}", "#{facesContext}": what a probe dumps)
    [=[[$#]\{\s*(?:pagecontext|applicationscope|sessionscope|requestscope|facescontext]=]
        .. [=[|initparam)\b]=],
    -- (Razor's "@(...)" read up to its close or the next "@": from each
    -- of thousands of "@(" with no close, to the end was square)
    [=[@\(\s*[^)@]*(?:\d\s*[*+/%-]\s*\d|\.\s*\w+\s*\()]=],
    -- (a directive that loads or dumps: the control flow ones, "{% if
    -- user %}", "{% for x in xs %}", a note's template, run nothing of
    -- their own; with a call or a dunder in them, the next line's)
    -- (but a template that extends or includes another by its relative
    -- name, '{% extends "base.html" %}', the first line of most)
    [=[\{%-?\s*(?:import|include|extends|from|debug)\b]=]
        .. [=[(?!\s+(["'])(?!\.\.|[^"']*\.\.)\w[\w./-]*\1\s*-?%\})]=],
    [=[\{%(?=[^%]*%\})[^%]*(?:__|\(|\.\s*\w+\s*\(|\d\s*[*+/-]\s*\d)[^%]*%\}]=],
    -- (Go's "{{ range .Items }}" loops over a field: not Jinja's range)
    -- (called, "{{ config(materialized='view') }}", it is a function of
    -- that name, a dbt macro's or Jinja's own lipsum(): Flask's config
    -- and the template's self are no function)
    [=[\{\{\s*(?:self|_self|config|request|lipsum|cycler|joiner|namespace|range\b(?!\s+[.$]))\b]=]
        .. [=[(?!\s*\()]=],
    -- doT/jQuery templates: "{{= expr}}" evaluates its expression (not
    -- Mustache's delimiter change, "{{=<% %>=}}", a few bytes: looked for
    -- within 40, where to the next "}" from each of thousands of "{{="
    -- with none was square)
    [=[\{\{=(?![^}]{0,40}=\}\})\s*[^=}\s]]=],
    -- FreeMarker and Velocity directives, FreeMarker's ?new() builtin
    -- (its control flow, "<#if order.gift>", "<#list items as i>", runs
    -- nothing of its own, as Jinja's "{% if %}": a shop's mail template)
    [=[<#(?:assign|include|import|macro|function|attempt)\b]=],
    [=[\?\s*new\s*\(\s*\)|\bfreemarker\s*\.\s*template\b]=],
    [=[#(?:set|foreach|evaluate|define|parse|include)\s*\(\s*[$"']]=],
    [=[\$\w+\s*\.\s*(?:getclass|class\s*\.\s*(?:forname|inspect))\b]=],
    -- Perl's Template Toolkit: "[% ... %]" with arithmetic, a call, or
    -- a directive that loads or runs code
    [=[\[%[^%\]]*(?:\d\s*[*+/%-]\s*\d|\(|\.\s*\w+\s*\(|\b(?:include|process|insert|use]=]
        .. [=[|perl|rawperl|call|evaltt|dbi)\b)[^%\]]*%\]]=],
    -- Perl's block inside a string ("@{[ system 'id' ]}"): a string the
    -- application interpolates runs the call in it
    [=[@\{\s*\[\s*(?:(?:system|exec|readpipe|eval|open|unlink|require|do)\b|qx\W|`)]=],
    -- Smarty's reserved variable ("{$smarty.version}", what a probe asks
    -- for; a tag that calls a PHP function is php-function's)
    [=[\{\s*\$smarty\s*\.\s*[a-z_]]=],
    -- .NET's T4: an expression block ("<#= 7*7 #>") or a statement
    -- block with arithmetic or a call in it
    [=[<#[=+]?[^#]*(?:\d\s*[*+/%-]\s*\d|\(|\.\s*\w+\s*\()[^#]*#>]=],
})

-- An engine parses the whole expression between its delimiters before it
-- evaluates any of it: a "{{ }}", "#{ }", "${ }", "*{ }", "~{ }", "@{ }" or
-- "@( )" whose text no engine can parse (edge.waf.expr's TEMPLATE table:
-- what every engine rejects) computes nothing. A random token (a bot
-- sensor's blob) holds "#{" by chance, with an operator before the next
-- "}". Directives and tags ("{% %}", "<% %>", "<#", "#set(") and doT's
-- "{{=" are judged by the pattern alone, as before.
local TEMPLATE_OPENS = { ["{{"] = true, ["#{"] = true, ["${"] = true, ["*{"] = true,
                         ["~{"] = true, ["@{"] = true, ["@("] = true }

-- One match of pattern in text that parses (parses(text, from, to) is
-- true), among the first MAX_MATCHES; more than those: true.
local MAX_MATCHES = 16

local function one_parses(text, pattern, parses)
    local ctx = { pos = 1 }
    for _ = 1, MAX_MATCHES do
        local from, to = re_find(text, pattern, "jo", ctx)
        if not from then
            return false
        end
        if parses(text, from, to) then
            return true
        end
        ctx.pos = to + 1
    end
    return true
end


-- A match that a markdown code span holds, in a sentence: a backtick
-- right before it, one after it, and a word before the span ("Should I
-- avoid `os.popen('ls')` in the lab?"): a question about the call.
-- Python 3 reads a backtick as a syntax error; nothing runs.
local function outside_a_span_in_prose(text, from, to)
    return not (byte(text, from - 1) == 96 and find(text, "`", to + 1, true)
                and find(sub(text, 1, from - 2), "%a%a+[%s,:]+$"))
end

local function python_runs(text)
    return one_parses(text, RE_PYTHON, outside_a_span_in_prose)
end

local function node_runs(text)
    return one_parses(text, RE_NODE, outside_a_span_in_prose)
end

-- (an endless loop a question quotes, "Is `while(1) { ... }` bad
-- practice?": JavaScript reads the backtick as a template's, no loop)
local function dos_runs(text)
    return one_parses(text, RE_DOS, outside_a_span_in_prose)
end


local function template_parses(text, from)
    return not TEMPLATE_OPENS[sub(text, from, from + 1)] or sub(text, from, from + 2) == "{{="
        or not expr.call_rejects(text, from + 1, expr.TEMPLATE, true)
end

-- What a "{{ }}" or "<%= %>" reaches beyond the data it is handed: the
-- host language's reflection and objects (Jinja's, Twig's, Ruby's,
-- JavaScript's), outside string literals; and, inside one, the name of a
-- function a filter or helper is handed to call (Twig's
-- "['id']|filter('system')").
local TEMPLATE_REACH, TEMPLATE_CALLABLE = {}, {}
local TEMPLATE_HOST, host_call
for w in gmatch([[self _self config lipsum cycler joiner namespace class mro
        subclasses globals builtins import getattr attr popen system exec
        eval os subprocess constructor prototype process require runtime
        getclass forname getruntime invoke newinstance classloader
        registerundefinedfiltercallback send public_send instance_eval
        instance_variable_get kernel module object spawn syscall]], "%S+") do
    TEMPLATE_REACH[w] = true
end
for w in gmatch([[system exec passthru shell_exec popen proc_open eval assert
        call_user_func call_user_func_array file_get_contents readfile
        include require constructor prototype]], "%S+") do
    TEMPLATE_CALLABLE[w] = true
end
-- the template's objects that are also functions by that name when called
-- (a dbt macro's config(), Jinja's lipsum(), cycler(), joiner(),
-- namespace()): their reach is through "." or "[" (config.items(),
-- self._TemplateReference__context)
local TEMPLATE_CALLED = { config = true, self = true, lipsum = true, cycler = true,
                          joiner = true, namespace = true }
-- the browser's dialogs, and a function's own methods (presents_data)
local TEMPLATE_DIALOG = { alert = true, prompt = true, confirm = true }
local TEMPLATE_FN_OWN = { call = true, apply = true, bind = true }
-- ERB's Ruby reaches the files and processes through these, too
local RUBY_REACH = {}
for w in gmatch([[file io dir open open3 objectspace marshal binding
        class_eval module_eval exec fork]], "%S+") do
    RUBY_REACH[w] = true
end

-- Template functions that reach the host by their name, called (not a
-- member, ".Values.env"): Go templates' sprig and gomplate read the
-- environment and files ("{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
-- "{{ expandenv ... }}", "{{ file.Read \"/var/run/...\" }}"),
-- consul-template and Helm read secrets ("{{ with secret \"...\" }}",
-- "{{ lookup \"v1\" \"Secret\" ... }}"); Ansible's lookup() and query()
-- run a plugin its first argument names, and pipe, file, env, url,
-- password and template reach the host ("{{ lookup('pipe', 'id') }}").
-- What a template shows is its data; these fetch the server's.
TEMPLATE_HOST = { env = true, expandenv = true, getenv = true, secret = true,
                  secrets = true, lookup = true, query = true, file = true }
local HOST_PLUGINS = { pipe = true, file = true, fileglob = true, env = true, url = true,
                       password = true, template = true, lines = true, ini = true,
                       csvfile = true, hashi_vault = true, aws_secret = true }

-- w (a word of low, the expression with its literals marked, ending at
-- after) is such a call; e: the expression as written
host_call = function(low, w, after, e)
    local b = after - #w
    local p = byte(low, b - 1)
    if p == 46 or p == 36 then                       -- ".env", "$env"
        return false
    end
    if w == "file" then
        return find(low, "^%.%s*read", after) ~= nil
    end
    if w == "env" and find(low, "^%.%s*[ge][ex][tp]", after) then
        return true                                  -- env.Getenv, env.ExpandEnv
    end
    if w == "lookup" or w == "query" then
        -- Ansible's: the plugin is the first literal ("lookup('pipe', ...)");
        -- Helm's lookup reads cluster objects, its arguments literals
        local plugin = str_match(lower(e), "%f[%w_]" .. w .. "%s*%(%s*['\"]([%w_.]+)['\"]")
        if plugin then
            plugin = str_match(plugin, "([%w_]+)$")
            return HOST_PLUGINS[plugin] == true
        end
        return w == "lookup" and find(low, "^[ \t]+[%z\1]", after) ~= nil
    end
    -- Go's call syntax: the name, blanks, then a literal argument
    return find(low, "^[ \t]+[%z\1]", after) ~= nil
end


-- A template's expression that only presents data: names and member
-- paths, indexes, filters and helpers with literal or named arguments
-- ("{{ visit.begins | date: '%d %b' }}", "{{ user.first_name|
-- default(\"there\") }}", "{{t 'cart.sum' value=(money sum
-- unit)}}", "<%= l(@invoice.paid_at, format: :long) %>"): no
-- dunder, no escape, no reach into the host language, no arithmetic of
-- two literals (a probe's "{{7*7}}", "{{'7'*7}}"), no arrow function.
-- a string literal's stand-in: "\0" when it names a callable, else "\1"
local function literal_mark(_, inner)
    for w in gmatch(lower(inner), "[%a_]+") do
        if TEMPLATE_CALLABLE[w] then
            return "\0"
        end
    end
    return "\1"
end

local function presents_data(e, ruby)
    -- (an escape but a line's or a tab's, "join('\n\n')", hides a name:
    -- "()['\x5f\x5fclass\x5f\x5f']")
    if find(e, "__", 1, true) or find(e, "[`%c]") or find(e, "=>", 1, true)
            or find(e, "\\[^ntr\\]") then
        return false
    end
    -- the text outside string literals, each literal marked (an escape
    -- inside one is the literal's text)
    local bare = gsub(e, "(['\"])(.-)%1", literal_mark)
    if find(bare, "[%z'\"\\]") then
        return false
    end
    local request = false
    local low = lower(bare)
    for w, after in gmatch(low, "([%a_][%w_]*)()") do
        if (TEMPLATE_REACH[w] and not (TEMPLATE_CALLED[w] and find(low, "^%s*%(", after)))
                or (ruby and RUBY_REACH[w]) then
            return false
        end
        if TEMPLATE_HOST[w] and host_call(low, w, after, e) then
            return false
        end
        -- a browser's dialog called ("{{ x.alert(1) }}": an expression
        -- AngularJS runs in the page, the probe of a client-side
        -- template), or a function's own call, apply or bind called
        -- ("{{ a.b.call() }}": reflection on a function, which a page's
        -- helpers never need)
        if (TEMPLATE_DIALOG[w] or (TEMPLATE_FN_OWN[w] and byte(low, after - #w - 1) == 46))
                and find(low, "^%s*%(", after) then
            return false
        end
        -- the framework's settings read for a secret (Django's
        -- "settings.EMAIL_HOST_PASSWORD"; a theme's "settings.color" is data)
        if w == "settings"
                and match.secret_name(str_match(lower(e), "settings%s*[.%[]%s*['\"]?([%w_]+)")) then
            return false
        end
        -- (an object's password read out, "e.user.password": no page
        -- shows one)
        if (w == "password" or w == "passwd") and byte(low, after - #w - 1) == 46 then
            return false
        end
        -- the request's server side: its environment, the application
        -- (Symfony's "app.request.server.all", Flask's
        -- "request.application")
        if w == "request" then
            request = true
        elseif request and (w == "server" or w == "environ" or w == "application") then
            return false
        end
    end
    -- two literals in arithmetic: a number or a string literal on both
    -- sides of an operator (not a name's digits, "items[0]"; nor three
    -- or more numbers joined by "-", a date's, an ISBN's or a phone
    -- number's: "|isbn=978-3-12-345678-0" in a wiki's citation)
    if find(bare, "%d%-%d+%-%d") then
        bare = gsub(bare, "%d+%-%d+%-[%d%-]*%d", "0")
    end
    if find(bare, "%f[%w_.]%d+%.?%d*%s*[*+/%%-]%s*[%d\1]")
            or find(bare, "\1%s*[*+/%%-]%s*[%d\1]") then
        return false
    end
    return true
end


local function template_not_data(text, from, to)
    local two = sub(text, from, from + 1)
    -- (only a whole expression, up to its "}}": "{{ config" alone is the
    -- object asked for by name, a probe)
    if two == "{{" and sub(text, from, from + 2) ~= "{{=" and sub(text, to - 1, to) == "}}" then
        return not presents_data(sub(text, from + 2, to - 2))
    end
    if two == "{%" and sub(text, to - 1, to) == "%}" then
        -- a directive's expression: a macro's definition or call, a
        -- condition, a loop (dbt's "{% if is_incremental() %}")
        local _, b = find(text, "^{%%%-?", from)
        return not presents_data(sub(text, b + 1, to - 2))
    end
    if two == "<%" then
        local _, b = find(text, "^<%%=?%-?", from)
        return not presents_data(sub(text, b + 1, to - 2), true)
    end
    -- Ruby's (CoffeeScript's, Groovy's) interpolation of names and
    -- numbers in arithmetic ("#{i + 1}", "#{n * 2}"): a string's data, as
    -- "${i + 1}" is; two literals ("#{7*7}") are a probe's
    if two == "#{" then
        local e = sub(text, from + 2, to - 1)
        if find(e, "[+*/-]") and not find(e, "[^%w_%.%s+*/-]") then
            return not presents_data(e, true)
        end
    end
    return true
end

-- Go's printf of the whole context in a dump's verb ('{{ printf "%#v" .
-- }}', "%+v" of $): every field the template was given, by its name,
-- where a template shows the ones it names. (Go's "." alone is the
-- context, which the expression reader takes for a member's dot.)
-- (or the whole map of the environment or of the secrets a tool hands its
-- templates, printed in any verb or shown as it is, '{{ .Env }}',
-- '{{ printf "%s" .Secrets }}': GoReleaser's and Gomplate's templates
-- name the one variable they need, ".Env.VERSION")
local RE_GO_DUMP = [=[^\{\{-?\s*(?:printf\s+(["'`])(?:%[#+]v\1\s+[.$]]=]
    .. [=[|%[#+]?[vsq]\1\s+\.(?:env|secrets?))|\.(?:env|secrets?))\s*-?\}\}$]=]
-- ... or a method of the context that runs a command, given one by name
-- ('{{ .Exec "id" }}', '{{.System "whoami"}}'): Go calls a method with
-- the arguments after it
local RE_GO_EXEC = [=[^\{\{-?\s*\.(?:exec|system|command|shell|popen|spawn)\s+["'`]]=]
-- ... or a helper that reads an environment variable given by name ('{{
-- .Env.Getenv "X" }}', '{{ env.Getenv "X" }}'): the process's secrets put
-- into the page
local RE_GO_GETENV = [=[^\{\{-?\s*\.?(?:\w+\.)*getenv\s+["'`]]=]

-- A wiki's template, "{{cite web |url=... |title=...}}", "{{Infobox x\n
-- | name = ...}}", "{{redirect|System|other uses}}", or its parser
-- function, "{{#expr: 2 * 3}}", "{{#invoke:String|sub|...}}": a name,
-- then parameters by name ("| title =") or text of several words between
-- bars. No template engine reads that: a filter is one name, called or
-- not, and "name =" or two names side by side are its syntax errors.
local function wiki_template(text, from, to)
    if sub(text, to - 1, to) ~= "}}" then
        return false
    end
    local inner = sub(text, from + 2, to - 2)
    if find(inner, "__", 1, true) then
        return false
    end
    if find(inner, "^%s*#%a+:") then
        return true
    end
    local first = find(inner, "|", 1, true)
    if not first or not find(sub(inner, 1, first - 1), "^%s*%a[%w _%-]*%s*$") then
        return false
    end
    for seg in gmatch(sub(inner, first + 1), "[^|]+") do
        if find(seg, "^%s*%a[%w _%-]*%s*=[^=]") or find(seg, "^%s*%a[%w_]*%s+%a[%w_%s]*$") then
            return true
        end
    end
    return false
end

local function template_runs(text, from, to)
    if byte(text, from) == 123 and wiki_template(text, from, to) then
        return false
    end
    if find(text, "^{{%-?%s*[p.]", from) and re_find(sub(text, from, to), RE_GO_DUMP, "jo") then
        return true
    end
    if find(text, "^{{%-?%s*%.", from) and re_find(sub(text, from, to), RE_GO_EXEC, "jo") then
        return true
    end
    if find(text, "getenv", from, true) and re_find(sub(text, from, to), RE_GO_GETENV, "jo") then
        return true
    end
    return template_parses(text, from) and template_not_data(text, from, to)
end

-- ("{{NAMESPACE}}" in capitals is a wiki's magic word: Jinja's global is
-- lower case, and names are case-sensitive there)
local function template_expression(text, v)
    if find(text, "namespace", 1, true) and find(v.dec or v.raw or "", "{{%s*NAMESPACE%s*}}") then
        text = gsub(text, "{{%s*namespace%s*}}", "")
    end
    return one_parses(text, RE_SSTI, template_runs)
end


-- Type tags of serialization formats that name a language type: YAML's
-- local and global tags (PyYAML, Ruby's Psych, SnakeYAML, Symfony),
-- the long form "tag:yaml.org,2002:python/...", Json.NET's "$type" with
-- an assembly-qualified name, Python pickle's GLOBAL opcode.
-- JSON keys that name the class to instantiate (Zend/JSON-RPC __class,
-- __className, Ruby json_class, ASP.NET __type, jsonpickle py/object,
-- Jackson's @class; Json.NET's $type is above, with its type name).
local TYPE_KEYS = [=[__class|_class|__classname|_classname|klass|__kind|__type|json_class]=]
    .. [=[|__jsonclass__|py/object|py/reduce|py/type|py/newargs|@class|javaclass]=]
local RE_TYPE_TAG = alt({
    [=[(?:^|[\s\[{,:\-"'(])!!?(?:python|ruby|php|perl|java|clj|js|binary/python)/[a-z]]=],
    [=[(?:^|[\s\[{,:\-"'(])!!(?:[a-z_$][\w$]*\.){2,}[a-z_$][\w$]*]=],
    [=[\btag\s*:\s*yaml\.org\s*,\s*2002\s*:\s*(?:python|ruby|php|perl|java)/]=],
    [=[\btag\s*:\s*ruby\.yaml\.org]=],
    [=[["']?\$type["']?\s*[:=]\s*["']?(?:[a-z_]\w*\.)+[a-z_][\w`]*(?:\[[^\]]*\])?\s*,\s*]=]
        .. [=[[a-z_][\w.]*]=],
    -- (its line breaks as a JSON string or a log escapes them too, a
    -- backslash and "n": the text a loader unescapes first)
    [=[(?:^|\n|\\n)c(?:os|posix|nt|subprocess|builtins|__builtin__|commands|pty|socket)]=]
        .. [=[(?:\n|\\n)[a-z_]\w*(?:\n|\\n)]=],
    [=[["'](?:]=] .. TYPE_KEYS .. [=[)["']\s*:]=],
})
-- The same type-hint keys as a JSON key of their own.
local RE_TYPE_KEY = [=[^(?:]=] .. TYPE_KEYS .. [=[)$]=]
-- A value that is one URL: Java names are looked for in its query only.
-- Its path names documents ("/java/lang/ProcessBuilder.html"), and its
-- fragment never reaches a server: names there are anchors
-- ("Runtime.html#exec(java.lang.String)").
local RE_URL = [=[^[a-z][a-z0-9+.-]*://[^\s"'<>`{}|\\^$]+\z]=]

rules.buffer("code_names", function() return false end)

-- (a formula after a leading tab or carriage return too, or a value that
-- opens with "=" and a number: formula-injection's)
local GATE = [=[[<?$\[{}()%#'"\\!@]|\.\s*[a-z]|__|://|processbuilder|while|\n]=]
    .. [=[|^[\t\r]+[=+\-]|^\s*"?=\s*\d]=]


-- Each path segment as a whole value: a call of a PHP function.
local function php_value_segment(low)
    local i = 1
    for _ = 1, 32 do
        local e = find(low, "/", i + 1, true)
        local seg = sub(low, i + 1, (e or #low + 1) - 1)
        if find(seg, "(", 1, true) and re_find(seg, RE_PHP_VALUE, "jo") then
            return true
        end
        if not e then
            return false
        end
        i = e
    end
    return false
end


local function in_set(name, set, prefixes)
    if set[name] then
        return true
    end
    for i = 1, #prefixes do
        local p = prefixes[i]
        if sub(name, 1, #p) == p and #name > #p then
            return true
        end
    end
    return false
end


-- PHP parses the whole code it is given before it runs any of it: a call
-- whose argument list PHP cannot parse ("$f2(x]", "$iq(f!b:)", "$a(b{)")
-- runs nothing. edge.waf.expr reads the list (strings, comments, brackets,
-- operands and operators in turn) and the token after it. A random token
-- (a bot sensor's blob) holds "$f2(" by chance, and no argument list.
local function call_parses(s, i)
    return not expr.call_rejects(s, i, expr.PHP)
end


-- php-dynamic-call's check: one match that is not a call PHP rejects.
-- (nor a name, a blank, then words alone in brackets: a catalogue's
-- subfield code before its parenthetical, "$q (paperback)", a template's
-- "$total (net)", a placeholder's "${day} (half-day)", digits, dashes,
-- apostrophes and an abbreviation's dots ("(e.g. 12-03)") in the words;
-- as PHP those words are undefined constants, an error since PHP 8, and
-- a call written to run passes a string or a variable)
-- (nor a component's own "$name(" in a front-end template's expression:
-- inside an open "{{ ... }}" or a Vue binding's quotes, ":title=\"$t('
-- tip')\"", "@click=\"$emit('save')\"": the browser's JavaScript
-- calls i18n's "$t" or the component's "$emit"; PHP never reads it)
local function frontend_binding(text, from)
    -- (the 200 bytes before it: a binding is one short expression)
    local before = sub(text, from > 200 and from - 200 or 1, from - 1)
    local open = find(before, "{{[^}]*$")
    if open then
        return true
    end
    return find(before, "[%s<]v%-[%w:.%-]+%s*=%s*[\"'][^\"'<>]*$") ~= nil
        or find(before, "%s[:@][%w.%-]+%s*=%s*[\"'][^\"'<>]*$") ~= nil
end

-- (nor a Verilog or SystemVerilog system task or function, "$display(",
-- "$readmemh(", "$clog2(": a testbench's or a module's code, which
-- names them with "$" as PHP names a variable; the language's own
-- vocabulary, as the shell's commands are rce's)
local SYSTEM_TASKS = {}
for name in string.gmatch([[display displayb displayh write strobe monitor monitoron
    monitoroff time stime realtime finish stop readmemh readmemb writememh writememb
    dumpfile dumpvars dumpon dumpoff dumpall dumpflush fopen fclose fwrite fdisplay
    fstrobe fmonitor fscanf fgets feof sformat sformatf sscanf swrite random urandom
    urandom_range clog2 bits signed unsigned error fatal warning info size countones
    onehot onehot0 isunknown past rose fell stable changed cast timeformat printtimescale
    value test]], "%S+") do
    SYSTEM_TASKS[name] = true
end

local function call_at_end_parses(text, from, to)
    if byte(text, to) ~= 40 then
        return true
    end
    if byte(text, from) == 36 then
        local name = str_match(sub(text, from, to), "^%$([%a_][%w_]*)%s*%($")
        -- (unless the value gives the name a value: "$display='sys'.'tem';")
        if name and SYSTEM_TASKS[lower(name)]
                and not find(text, "$" .. name .. "%s*=[^=]") then
            return false
        end
        -- (nor one given a dotted key alone, "$t('cart.empty')": a
        -- page's translation lookup, vue-i18n's; no PHP function is named
        -- by a variable the value never sets and given such a key)
        if name and find(text, "^%(%s*([\"'])[%a_][%w_-]*%.[%w_.-]*%1%s*[,)]", to)
                and not find(text, "$" .. name .. "%s*=[^=]") then
            return false
        end
    end
    local p = byte(text, to - 1)
    if byte(text, from) == 36 and (p == 32 or p == 9)
            and find(text, "^%([ \t]*%a[%w%-'. \t]*%)", to) then
        return false
    end
    if byte(text, from) == 36 and from > 3 and find(text, "^%$[%a_][%w_]*%(", from)
            and frontend_binding(text, from) then
        return false
    end
    return call_parses(text, to)
end

local function dynamic_call(text)
    return one_parses(text, RE_PHP_DYNAMIC, call_at_end_parses)
end


-- A "$" then a name or "{" (php-dynamic-call without its needles).
local RE_DOLLAR_NAME = [=[\$[a-z_{]]=]


local function dollar_name(low)
    return find(low, "$", 1, true) and re_find(low, RE_DOLLAR_NAME, "jo")
end


-- PHP's words that a call may follow ("<?php system(...)", "echo
-- shell_exec(...)"); after any other word a call is a name in a sentence
-- ("use the system() call carefully": match.word_before_call).
local PHP_EXPR_AFTER = {}
for w in string.gmatch([[php echo print return and or xor new case else clone
        throw yield include require include_once require_once die exit not
        if elseif do as from instanceof]], "[%a_]+") do
    PHP_EXPR_AFTER[w] = true
end
-- Functions that do harm with no argument (what they print or return is
-- the secret); the others called with none do nothing ("exec() replaces
-- the process" names one).
local ARGLESS = {
    phpinfo = true, get_defined_functions = true, get_defined_vars = true,
    get_defined_constants = true, phpversion = true, php_uname = true,
    getenv = true, ini_get_all = true,
}
local RE_NO_ARGS = [=[\G\s*\)]=]
-- include/require take a file: a path, a URL or wrapper, or a variable
-- ("require('lodash')" is a Node module by name, no file of PHP's, and
-- so is a package's subpath, "require('pkg/lib/internal')": a file has
-- an extension, a dot or a drive)
local INCLUDES = { include = true, include_once = true, require = true,
                   require_once = true }
-- (a scheme unquoted is a wrapper's only with its "//": GraphQL's
-- "@skip(if: $noPrice)" names an argument)
local RE_FILE_ARG = [=[\G\s*(?:\$|["'`]\s*(?:[a-z][\w+.-]*:|[./\\~])|[a-z][\w+.-]*://|[./\\~]]=]
    .. [=[|["'`][^"'`)]*[.\\:])]=]
-- (UNQUOTED_URL as the first argument of any function but an include)
local RE_URL_ARG = [=[\G]=] .. UNQUOTED_URL


-- Two bare words side by side in a call's group (before its first quote
-- or ")", within 120 bytes), neither one of PHP's operators or keywords
-- that take an operand: no PHP expression, a sentence's aside.
local PHP_WORD_OPS = { new = true, ["and"] = true, ["or"] = true, xor = true,
                       instanceof = true, clone = true, print = true, fn = true,
                       ["function"] = true, use = true, static = true, as = true,
                       ["include"] = true, require = true, include_once = true,
                       require_once = true, throw = true, match = true }

local function aside_words(s, open)
    -- (the group's first 120 bytes read on their own: each of thousands
    -- of calls searched to the value's end was square)
    local g = sub(s, open + 1, open + 120)
    local stop = find(g, "[\"')]")
    if stop then
        g = sub(g, 1, stop - 1)
    end
    -- (a year or a count, then a word: "System (2019 film)", a title's)
    if find(g, "^%s*%d+%s+%a%a") then
        return true
    end
    local at = 1
    for _ = 1, 16 do
        local b, _, w1, w2 = find(g, "([%a_][%w_]*)%s+([%a_][%w_]*)", at)
        if not b then
            return false
        end
        if not PHP_WORD_OPS[w1] and not PHP_WORD_OPS[w2]
                and (b == 1 or not find(sub(g, b - 1, b - 1), "[%w_$>:\\]")) then
            return true
        end
        at = b + #w1
    end
    return false
end


-- A whole value that is a call (RE_PHP_VALUE) whose group is an aside:
-- "system (legacy version, still used)"
-- PHP's constructs that take one expression (eval, include, require):
-- a list in their parentheses ("require(to != address(0), \"zero\");",
-- Solidity's check; "eval(x^2 + 3*x, x = 2)", Maple's) is a parse error,
-- and nothing runs. open: the "(" after the name.
local ONE_EXPRESSION = { eval = true, include = true, include_once = true, require = true,
                         require_once = true }

local function construct_given_a_list(s, name, open)
    if not ONE_EXPRESSION[name] then
        return false
    end
    local depth, i = 0, open
    for _ = 1, 256 do
        local c = byte(s, i)
        if c == nil then
            return false
        elseif c == 40 then
            depth = depth + 1
        elseif c == 41 then
            depth = depth - 1
            if depth == 0 then
                return false
            end
        elseif c == 44 and depth == 1 then
            return true
        elseif c == 34 or c == 39 then
            local close = find(s, c == 34 and '"' or "'", i + 1, true)
            if not close then
                return false
            end
            i = close
        end
        i = i + 1
    end
    return false
end

-- eval or assert given one string literal of numbers and arithmetic
-- ('eval("2+2")', a note's example): the code it runs computes a number.
local function arithmetic_literal(s, name, open)
    return (name == "eval" or name == "assert")
        and find(s, "^%(%s*([\"'])[%d%s%.%+%-%*/%%()]*%1%s*%)", open) ~= nil
end

local function php_value_call(s)
    local open = find(s, "(", 1, true)
    local name = str_match(s, "^%s*@?([%a_]+)")
    if name and construct_given_a_list(s, lower(name), open) then
        return false
    end
    return not aside_words(s, open)
end


-- PHP calls: "name(" with the name in PHP's execution/eval/file/decoding
-- vocabulary (not a method: "->exec(", not a variable: "$exec(").
local function php_calls(s, v, on, report)
    local n, names, opens, befores = match.calls(s, get(v, "calls"))
    local ctx = get(v, "re_ctx")
    for i = 1, n do
        local name = names[i]
        local b = befores[i]
        -- a quote, then "." and a name: PHP's concatenation after the
        -- string the value closes ("'.exec('id').'"), no method call
        if (b == 39 or b == 34) and byte(name, 1) == 46 then
            name = sub(name, 2)
            b = 46
        end
        local w = b == 32 and match.word_before_call(s, opens[i], name)
        -- "#name(" is a URL fragment (Javadoc anchors) or a PHP comment;
        -- "::name(" a static method; after one ":" (a label's, a case's
        -- or the ternary's) it is the function
        local static = b == 58 and find(s, "::" .. name, 1, true) ~= nil
        -- a name glued after "word/" is a path's segment or a unit's
        -- denominator ("2.2 mg/dL (H)": dl() loads an extension), no
        -- call: PHP would read a division by a call
        local ratio = false
        if b == 47 then
            local st = opens[i] - 1
            while byte(s, st) == 32 or byte(s, st) == 9 do
                st = st - 1
            end
            st = st - #name + 1
            ratio = st > 2 and find(s, "^[%w_]", st - 2) ~= nil
        end
        -- a name, a blank, then words alone in the group ("an existing
        -- system (installed 2019, NEM 2.0)"): a sentence's aside; PHP
        -- never writes two bare words side by side
        -- (or, after a first item, "exec (senior staff, sales team)",
        -- "eval (team leads, 'mid-year eval')": two words side by side,
        -- asked last, of a PHP name only)
        local aside = b == 32 and find(s, "^%(%s*[%a_][%w_]*%s+[%w_][%w_%s.,]*%)", opens[i])
        -- (or a name ended by "." alone in the group, a glossary's part of
        -- speech, "eval (n.)": PHP reads a "." before ")" as an error)
            or find(s, "^%(%s*%a+%.%s*%)", opens[i])
        if b ~= 36 and b ~= 62 and not static and not ratio and b ~= 35 and not aside
                and not find(name, ".", 1, true)
                and not (w and not PHP_EXPR_AFTER[w]) then
            ctx.pos = opens[i] + 1
            if on["php-function"] and in_set(name, STRONG_SET, STRONG_PREFIXES)
                    and (ARGLESS[name] or not re_find(s, RE_NO_ARGS, "jo", ctx))
                    and (not INCLUDES[name] or re_find(s, RE_FILE_ARG, "jo", ctx))
                    and (INCLUDES[name] or not re_find(s, RE_URL_ARG, "jo", ctx))
                    and not aside_words(s, opens[i])
                    and not construct_given_a_list(s, name, opens[i])
                    and not arithmetic_literal(s, name, opens[i]) then
                if report("php-function") then
                    return true
                end
            elseif on["php-function-weak"]
                    and in_set(name, WEAK_SET, WEAK_PREFIXES) then
                ctx.pos = opens[i] + 1
                if re_find(s, RE_WEAK_ARGS, "jo", ctx) and not aside_words(s, opens[i]) then
                    if report("php-function-weak") then
                        return true
                    end
                end
            end
        end
    end
    return false
end


-- The rules, in order (edge.waf.rules): "cmp" the comment-folded text,
-- "low" lower case as decoded, "raw" as received.
--
-- Plain values (edge.waf's inspect: letters, digits, spaces and , . _ :
-- + @ - only, lower-cased, v.cmp is v.low): every record runs behind its
-- needles, but php-dynamic-call, which also runs with a "$" (not in the
-- alphabet), and the path segments (paths are no plain values); a
-- serialized Java stream in this alphabet is base64 starting "rO0AB".
-- The e modifier: sed's "s/x/y/e" runs the pattern space it made as a
-- command, Perl's "s/x/y/e" and PHP's preg_replace "/x/e" (before PHP 7)
-- evaluate the replacement as code. A substitution (at the start, or
-- after a space, a quote, a ";" or a "(") with its flags, e among three
-- or four letters and digits at most, then the end or a separator; or a
-- whole value that is a pattern (a regex operator in it) between
-- delimiters with its modifiers. "s/colour/color/g" has no e, a path
-- ("/home/e") no operator.
-- (a delimited run read without backtracking: bytes that are neither the
-- delimiter nor a backslash, and escapes, each taken once; a run with two
-- ways to read a backslash exhausted PCRE's stack on a long one)
local function run_to(d)
    return [=[[^\n\\]=] .. d .. [=[]*+(?:\\.[^\n\\]=] .. d .. [=[]*+)*+]=]
end
-- (the delimiters read: the patterns' and the needles' below)
local DELIMITERS = { "/", "|", "#", "~", "!" }
local SUBSTITUTIONS, DELIMITED = {}, {}
for _, d in ipairs(DELIMITERS) do
    local out = d == "|" and [=[\|]=] or d
    SUBSTITUTIONS[#SUBSTITUTIONS + 1] = out .. run_to(d) .. out .. run_to(d) .. out
    DELIMITED[#DELIMITED + 1] = out .. run_to(d) .. out
end
-- (sed's s after an address, "1s/.*/id/e", "$s/x/y/e")
local RE_EVAL_MODIFIER = [=[(?:^|[\s;'"`(])(?:\d+(?:,\d+)?|\$)?s(?:]=]
    .. table.concat(SUBSTITUTIONS, "|")
    .. [=[)[gimpsx0-9]{0,3}e[gimpsx0-9]{0,3}(?=$|[\s;'"`)])]=]
    .. [=[|^\s*(?=[^\n]*[*+?\[\](){}^$])(?:]=] .. table.concat(DELIMITED, "|")
    .. [=[)[imsxuadj]{0,5}e[imsxuadj]{0,5}\s*$]=]
-- sed's e command after the substitution, on an address or none ("s/a/b/;1e
-- id", "s/x/y/g; e cat /etc/hosts"): sed runs the command and reads its
-- output; the value opens with the substitution, a sed script's.
local RE_SED_E_COMMAND = [=[^\s*s(?:/]=] .. run_to("/") .. [=[/]=] .. run_to("/")
    .. [=[/)[gimpw0-9]{0,3}\s*;\s*(?:\d+|\$)?\s*e\s+\S]=]

-- (a delimiter, then e with up to two modifier letters before it)
local EVAL_MODIFIER_NEEDLES = {}
for _, d in ipairs(DELIMITERS) do
    for _, f in ipairs({ "", "g", "i", "m", "s", "x", "u", "gi", "ig", "is", "si", "im",
                         "mi", "gm", "mg" }) do
        EVAL_MODIFIER_NEEDLES[#EVAL_MODIFIER_NEEDLES + 1] = d .. f .. "e"
    end
end

-- A Python pickle in base64 (protocols 2 to 5 open with PROTO, 0x80 and
-- the version: "gAJ", "gAN", "gAS", "gAW") whose opcodes import a module
-- that runs commands or code: GLOBAL's "cposix\nsystem\n", or
-- STACK_GLOBAL's module name pushed as a short string (its length byte
-- before it, a memo or another string opcode after it). Loading it runs
-- the call; a pickle of data imports nothing of these.
local RE_PICKLE_B64 = [=[(?<![A-Za-z0-9+/])(?:gA[JNSW]|Y)[A-Za-z0-9+/]{12,8192}+={0,2}]=]
local PICKLE_MODULES = [=[(?:os|posix|nt|subprocess|builtins|__builtin__|commands|pty]=]
    .. [=[|runpy|importlib|code)]=]
local RE_PICKLE_RUNNER = [=[[\x00-\x20\x80-\xff]c]=] .. PICKLE_MODULES .. [=[\n\w+\n]=]
    .. [=[|[\x01-\x20]]=] .. PICKLE_MODULES .. [=[(?:\x94|q[\x00-\xff])?[\x8cXUV]]=]
    -- (protocol 0, text opcodes, has no PROTO: its first opcode is the
    -- GLOBAL, "cos\nsystem\n", whose "c" is a base64 "Y")
    .. [=[|^c]=] .. PICKLE_MODULES .. [=[\n\w+\n]=]
-- the GLOBAL of those modules, "c<module>\n", at a base64 token's start:
-- "Y29z" (cos), "Y3Bvc2l4" (cposix), "Y19fYnVpbHRpbl9f" (c__builtin__)...
-- all open with one of these
local PICKLE0_NEEDLES = { "Y2", "Y3", "Y1" }
-- The bytes of the base64 token from..to (its whole quads; nil if it
-- does not decode)
local function token_bytes(text, from, to)
    local len = to - from + 1
    return decode_base64(sub(text, from, from + len - len % 4 - 1))
end
local function pickle_loads_runner(text, from, to)
    local bytes = token_bytes(text, from, to)
    return bytes ~= nil and re_find(bytes, RE_PICKLE_RUNNER, "jo") ~= nil
end
local function pickle_runs(text)
    return any_match(text, RE_PICKLE_B64, "jo", 4, pickle_loads_runner)
end


-- ASP.NET's ViewState and LosFormatter write an ObjectStateFormatter
-- stream, base64 after its marker (0xFF 0x01: "/wE"), whose token for an
-- object of any type carries a BinaryFormatter stream inside it, its
-- header a few bytes in (so not at a base64 boundary: RE_DOTNET_SERIALIZED
-- sees it only raw or aligned). Decoded, the header is there: a type's
-- gadget chain the server deserializes when it loads the state.
local RE_VIEWSTATE_B64 = [=[(?<![A-Za-z0-9+/])/wE[A-Za-z0-9+/]{12,16384}+={0,2}]=]
local function viewstate_carries_binary(text, from, to)
    local bytes = token_bytes(text, from, to)
    return bytes ~= nil and find(bytes, DOTNET_HEADER, 1, true) ~= nil
end
local function viewstate_binary(text)
    return any_match(text, RE_VIEWSTATE_B64, "jo", 4, viewstate_carries_binary)
end


local INI = rules.compile({
    { id = "php-ini", needles = { "=" }, pattern = RE_PHP_INI },
    -- (needs a delimiter: no plain value)
    { id = "code-eval-modifier", where = { path = false }, pattern = RE_EVAL_MODIFIER,
      needles = EVAL_MODIFIER_NEEDLES, plain = false },
    { id = "code-eval-modifier", where = { path = false }, pattern = RE_SED_E_COMMAND,
      needles = { "/;", "/ ;", "/g;", "/g ;", "/p;", "/i;" }, plain = false },
    -- (a base64 stream holds none of GATE's bytes: it is read before it)
    { id = "java-serialized", field = "raw", needles = { "\172\237\0\5", "rO0AB" },
      pattern = RE_JAVA_SERIALIZED },
    -- (a plain value has no "/" and no control byte)
    { id = "dotnet-serialized", field = "raw",
      needles = { sub(DOTNET_HEADER, 1, 9), DOTNET_HEADER_B64 },
      pattern = RE_DOTNET_SERIALIZED, plain = false },
    -- (decoded: a ViewState posted once more encoded than needed still
    -- decodes to the same state)
    { id = "dotnet-serialized", field = "dec", needles = { "/wE" },
      check = viewstate_binary, plain = false },
    -- (a pickle is loaded from a field that is its base64 alone, and a
    -- value of 16 base64 bytes and more is never plain: the gate reads
    -- it the long way; "gas" and "organ" need not)
    { id = "code-type-tag", field = "raw", needles = { "gA" },
      check = pickle_runs, plain = false },
    { id = "code-type-tag", field = "dec", needles = PICKLE0_NEEDLES,
      check = pickle_runs, plain = false },
    { id = "code-type-tag", where = { key = true }, pattern = RE_TYPE_KEY,
      needles = { "_class", "klass", "__kind", "__type", "py/", "@class", "javaclass",
                  "jsonclass" } },
}, _M.RULES)

local RULES = rules.compile({
    { id = "php-function-value", where = { path = true }, check = php_value_segment,
      plain = false },
    { ids = { "php-function", "php-function-weak" }, field = "cmp", needles = { "(" },
      scan = php_calls },
    { id = "php-tag", needles = { "<?", "php" }, pattern = RE_PHP_TAG },
    { id = "php-variable", needles = { "$" }, pattern = RE_PHP_VARIABLE },
    { id = "php-function", pattern = RE_PHP_DISTINCT,
      needles = { "call_user_func", "sockopen", "gzdecode", "gzinflate", "gzuncompress",
                  "base64_decode", "shell_exec", "proc_open", "str_rot13",
                  "create_function", "file_get_contents", "file_put_contents",
                  "get_defined_functions", "bzdecompress", "zlib_decode",
                  "convert_uudecode", "move_uploaded_file" } },
    { id = "php-function-value", needles = { "(" }, max_len = 256, pattern = RE_PHP_VALUE,
      check = php_value_call },
    { id = "php-dynamic-call", pattern = RE_PHP_DYNAMIC, also = dollar_name,
      check = dynamic_call,
      needles = { "$_", "${", "$$", "(\"", "('", "(string", "[", "define", "return", ")(",
                  ") (", "\"(", "'(", "\" (", "' (" } },
    { id = "php-wrapper", field = "cmp", needles = { "://" }, pattern = RE_PHP_WRAPPER },
    { id = "php-serialized", needles = { ":{" }, pattern = RE_PHP_SERIALIZED },
    { id = "java-jar-url", field = "cmp", needles = { "jar:" }, pattern = RE_JAR_URL },
    { id = "java-jdbc", field = "cmp", needles = { "jdbc:" }, pattern = RE_JDBC },
    { id = "java-class", field = "code_names", pattern = RE_JAVA_CLASS, check = java_class_code,
      needles = { "java", "jdk", "sun.", "com.", "org.", "weblogic", "groovy", "bsh.",
                  "ognl", "net.sf", "ch.qos" } },
    -- Groovy runs a string or a list of strings as a command line
    -- ("'id'.execute()", "['sh', '-c', x].execute().text"): a literal
    -- itself the receiver of execute()
    { id = "java-exec", field = "cmp", needles = { ".execute", ". execute" },
      pattern = [=[(?:["'][^"'\n]{1,400}["']|\[\s*["'][^\]\n]{0,400}\])\s*\.\s*execute\s*\(\s*\)]=],
      plain = false },
    { id = "java-exec", field = "code_names", pattern = RE_JAVA_EXEC,
      needles = { "runtime", "processbuilder", "forname", "classloader", "scriptengine",
                  "getmethod", "getdeclaredmethod", "newinstance", "transformer",
                  "closure", "factory", "getclass" } },
    { id = "java-lookup", field = "cmp", pattern = RE_JAVA_LOOKUP,
      needles = { "${", "#{", "%{", "jndi", "_memberaccess", "@java", "@ognl", "t(",
                  "t (" } },
    -- (a call a markdown code span holds in a sentence, "Never do
    -- `require(assetId)` with an id you don't own": a warning about it)
    { id = "node-injection", field = "cmp", pattern = RE_NODE, check = node_runs,
      needles = { "nd_func", "__js", "child_process", "require", "process", "module",
                  "constructor", "global", "console", "function", "fromcharcode", "#{",
                  "spawn", "prototype", "__proto__", "readdirsync", "execsync" } },
    { id = "node-prototype", field = "cmp", needles = { "__proto__", "prototype" },
      pattern = RE_PROTOTYPE },
    { id = "node-dos", field = "cmp", needles = { "while" }, pattern = RE_DOS,
      check = dos_runs },
    { id = "python-injection", field = "cmp", pattern = RE_PYTHON, check = python_runs,
      needles = { "__import__", "__base", "__mro", "__subclasses", "__globals",
                  "__builtins", "__code", "__loader", "os.", "os .",
                  "posix", "nt.", "compile", "import", "subprocess" } },
    { id = "ruby-injection", field = "cmp", pattern = RE_RUBY,
      needles = { "kernel", "%x", "popen", "open3", "send", "_eval" } },
    -- (every form holds a "("; no plain value matches)
    { id = "lua-injection", field = "cmp", pattern = RE_LUA,
      needles = { "os.", "os .", "loadlib", "loadstring", "string.", "fenv" },
      plain = false },
    -- (every form holds a "(": no plain value matches)
    { id = "beam-injection", field = "cmp", pattern = RE_BEAM, plain = false,
      needles = { "system", "cmd", "spawn", "eval_" } },
    -- (every form holds a "(", "[", "<" or "}": no plain value matches)
    { id = "dotnet-injection", field = "cmp", pattern = RE_DOTNET,
      needles = { "process", "objectdataprovider", "assembly" }, plain = false },
    -- (a Handlebars block over a string literal, '{{#with "s" as |x|}}': a
    -- literal has nothing to show but its prototype's members, the first
    -- step of that sandbox's escape; a block over a context's field is
    -- a template's own)
    { id = "ssti", field = "cmp", needles = { "#with" }, plain = false,
      pattern = [=[\{\{~?\s*#with\s+(?:"[^"}]*"|'[^'}]*')[^}]*\}\}]=] },
    { id = "ssti", field = "cmp", pattern = RE_SSTI, check = template_expression,
      needles = { "{{", "#{", "<%", "${", "{%", "*{", "~{", "@{", "@(", "<#", "[%", "?new",
                  "freemarker", "smarty",
                  "#set", "#foreach", "#evaluate", "#define", "#parse", "#include",
                  "|system", "|exec", "|passthru", "|shell_exec", "|popen", "|proc_open",
                  "|pcntl_exec", "|assert", "|eval", "|@" } },
    -- (a probe of which template engine runs: three kinds of opening
    -- delimiter or more in one run of text with no blank, "<%={{${[%#{":
    -- whichever engine parses it fails with an error that names it)
    { id = "ssti", needles = { "{{", "${", "<%", "[%", "#{", "{%" }, check = template_polyglot,
      plain = false },
    -- (Twig's environment reached through "_self" and called, the
    -- template's text without its delimiters: "_self.env.x('y')")
    { id = "ssti", field = "cmp", needles = { "_self" },
      pattern = [=[\b_self\s*\.\s*env\s*\.\s*[a-z_]\w*\s*\(]=], plain = false },
    { id = "formula-injection", needles = { "|", "dde", "//", "call", "register", "exec" },
      pattern = RE_FORMULA,
      plain = false },
    -- (or, after a tab or a carriage return that opens the value, a
    -- formula of numbers alone, "\t=3*4": a probe of whether a sanitizer
    -- that reads the first byte only can be passed; a sheet's own
    -- formula reads cells, "\t=SUM(B2:B9)", and passes)
    { id = "formula-injection", needles = { "\t", "\r" }, plain = false,
      pattern = [=[^[\t\r]+[=+\-@]]=] .. match.RE_NUMBER_FORMULA },
    -- (or, as the value's start, "=" and such a formula, then a cell's
    -- separator, "=1+1;Smith;x": the value spills over cells of its own
    -- and probes whether the first is computed)
    { id = "formula-injection", needles = { "=" }, plain = false,
      pattern = [=[^\s*"?=]=] .. match.RE_NUMBER_FORMULA .. [=[[^\r\n;,]*[;,]]=] },
    { id = "ssti-directive", field = "cmp", needles = { "{%" },
      pattern = [=[\{%-?\s*(?:set|for|if|with|filter|raw)\b]=] },
    { id = "code-type-tag", pattern = RE_TYPE_TAG,
      needles = { "!python/", "!ruby/", "!php/", "!perl/", "!java/", "!clj/", "!js/",
                  "!binary/", "!!", "yaml.org", "$type", "\n", "_class", "klass", "__kind",
                  "__type", "py/", "@class", "javaclass", "jsonclass", "\\n" } },
}, _M.RULES)


-- A word of letters, digits and dashes (edge.waf.inspect's first step)
-- that holds a base64 Java stream: it decodes to binary, so no text view
-- of it reaches the rules above; the stream's magic in base64 is the hit.
function _M.lone(word, on, report)
    if on["java-serialized"] and find(word, "rO0AB", 1, true)
            and re_find(word, RE_JAVA_SERIALIZED, "jo") then
        return report("java-serialized")
    end
    if on["code-type-tag"] and ((byte(word, 1) == 103 and byte(word, 2) == 65)
                                or byte(word, 1) == 89)
            and pickle_runs(word) then
        return report("code-type-tag")
    end
    if on["dotnet-serialized"] and find(word, DOTNET_HEADER_B64, 1, true)
            and re_find(word, RE_DOTNET_SERIALIZED, "jo") then
        return report("dotnet-serialized")
    end
    return false
end


function _M.detect(v, on, report, where)
    if rules.run(INI, v, on, report, where) then
        return true
    end
    if not re_find(v.low, GATE, "jo") then
        return false
    end
    local cmp = v.cmp
    v.code_names = cmp
    if find(cmp, "://", 1, true) and re_find(cmp, RE_URL, "jo") then
        local q = find(cmp, "?", 1, true)
        local h = find(cmp, "#", 1, true)
        v.code_names = q and (not h or q < h) and sub(cmp, q, (h or 0) - 1) or ""
    end
    return rules.run(RULES, v, on, report, where)
end


_M.PLAIN_NEEDLES = rules.plain_needles({}, INI, RULES)

_M.PATTERNS = rules.patterns({ GATE, RE_WEAK_ARGS, RE_URL, RE_DOLLAR_NAME }, INI, RULES)

return _M
