"""Benign corpus for the regexhelp domain: a regular-expression / text-processing help forum.

Every value is hand-written for this corpus (literals) or produced by small templates over
hand-written pools. Values are what real forum users type into titles, question bodies,
pattern fields, sed/awk and grep boxes, sample-input boxes, code blocks, answers, the
search box and free-form notes. Output: benign.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 8301
PREFIX = "hb83"
PER_CATEGORY = 80

# ---------------------------------------------------------------- question_title
TITLE_LIT = [
    "Regex to match an email but not ones ending in .local?",
    "Why does ^(a+)+$ hang on 'aaaaaaaaaaaaaaaaaaaaaaaa!'?",
    "sed: replace text between <div> and </div> across multiple lines",
    "awk -F'|' not splitting on the pipe — what am I missing?",
    "grep -P lookbehind works but grep -E doesn't, why?",
    "Match 'DROP TABLE' statements in a .sql dump but skip lines starting with --",
    "Python re.sub with a function: how do I uppercase group 1?",
    "JS: /\\d+/g.test(s) returns true, then false on the same string??",
    "Extract values from key=value&key2=value2 query strings",
    "Negative lookahead to skip /etc/passwd entries in my auth log grep",
    "Escape $ in a Perl replacement string",
    "What's the difference between [[:alpha:]] and \\p{L}?",
    "Named groups (?<year>\\d{4})-(?<month>\\d{2}) in .NET vs PCRE",
    "ripgrep ignores files listed in .gitignore, how to include them?",
    "Remove <b>…</b> tags but keep the text (yes I know, don't parse HTML with regex)",
    "Regex for UK postcodes like 'SW1A 1AA' and 'EC1V 9HX'",
    "Split a CSV line on commas but not inside \"quoted, fields\"",
    "Catastrophic backtracking in (x+x+)+y — can someone explain?",
    "Match a Windows path like C:\\Users\\name\\Documents\\*.docx",
    "How to match ../ sequences in relative links for a link checker",
    "sed -i '' on macOS vs sed -i on Linux",
    "Non-greedy .*? still eats too much between <script> tags",
    "Regex for balanced {braces} — is it even possible?",
    "Why doesn't \\w match 'é' in JavaScript without the u flag?",
    "Regex für deutsche Telefonnummern (+49 30 1234567)",
    "Expression régulière pour valider un code postal français",
    "正規表現で全角カタカナだけにマッチさせたい",
    "Как заменить все двойные пробелы одной командой sed?",
    "¿Cómo capturo el texto entre paréntesis (sin incluirlos)?",
    "awk: sum column 3 where column 1 == \"select\"",
    "Match SQL block comments /* ... */ spanning several lines",
    "Finding old `exec(` calls in legacy PHP with grep + sed",
    "Is \\b a word boundary or a backspace inside [ ]?",
    "Python 3.11 error: look-behind requires fixed-width pattern",
    "POSIX ERE: [a|b] doesn't do alternation like I thought",
    "Greedy vs lazy vs possessive: .* vs .*? vs .*+",
    "Match lines that do NOT contain 'sleep' — grep -v or a lookahead?",
    "Regex to find doubled words like 'the the'",
    "IPv4 0-255 properly, not 999.999.999.999",
    "Strip ANSI colour codes (\\x1b[31m) from log output",
    "Why does '.' not match a newline in my multi-line string?",
    "Java: intersection of classes [a-z&&[^aeiou]] — how does it work?",
    "Matching a literal backslash in the JSON string \"C:\\\\temp\"",
    "Convert dates 2024-03-15 to 15/03/2024 with sed",
    "Regex for semver 1.2.3-rc.1+build.5",
    "Find all <img src=...> without an alt attribute (accessibility audit)",
    "jq or regex? pulling \"id\": values out of a log",
    "Difference between $ and \\z in Ruby — got bitten by a trailing \\n",
]

TITLE_TOOLS = ["sed", "awk", "grep", "rg", "perl", "Python re", "JavaScript", "PCRE",
               "Go regexp", ".NET Regex", "Java Pattern", "Rust regex crate", "vim", "PostgreSQL ~*"]
TITLE_TASKS = [
    "match a quoted string with escaped \\\" inside",
    "capture the last path segment after the final /",
    "replace every ; with a newline",
    "match whole words only",
    "make just one group case-insensitive",
    "strip trailing whitespace",
    "match a literal | character",
    "count matches per line",
    "match text between two <!-- markers -->",
    "keep the first occurrence of each duplicate line",
    "match a price like $1,299.00",
    "insert a comma every 3 digits",
]
TITLE_QUALS = ["?", " (multiline input)", " — beginner question", " without lookbehind",
               " in a single pass?", " on a 2 GB file", " & keep the delimiter", " — is there a cleaner way?"]


def gen_title(rng):
    return f"{rng.choice(TITLE_TOOLS)}: how to {rng.choice(TITLE_TASKS)}{rng.choice(TITLE_QUALS)}"


# ---------------------------------------------------------------- question_body
BODY_LIT = [
    "I have lines like:\n\nuser=alice; role=admin; last_login=2024-02-01\n\nand I want just the role. I tried `role=(.*);` but it grabs everything up to the last ;. What am I doing wrong?",
    "My pattern ^(\\w+\\s?)*$ freezes the browser tab when the input ends with a '!'. Is this the ReDoS thing people talk about?",
    "Using sed -E 's/(foo)+/bar/g' file.txt turns 'foofoofoo' into 'bar' as expected, but on macOS I get 'barbarbar'. Different sed?",
    "Context: log lines look like\n[2024-05-02 10:11:12] ERROR db: select timed out after 30s\nI need the module name (db) and the message. Python, please.",
    "Need to validate that a username is 3-16 chars, letters/digits/underscore, and doesn't start with a digit. This is what I have: ^[A-Za-z_][A-Za-z0-9_]{2,15}$ — is it right?",
    "In Excel exports we get values like =SUM(A1:A3) as text and the importer chokes. I just want a regex to find cells starting with = so I can review them by hand.",
    "Why does `grep -c 'union'` count 1 for a line that has 'union' three times? I wanted the number of occurrences.",
    "Trying to match a path like /var/log/nginx/access.log.1 but not access.log.10 or error.log. Pattern so far: access\\.log\\.\\d",
    "I'm writing a Markdown linter and want to flag links whose URL starts with http:// instead of https://. Links look like [text](http://example.com/page).",
    "Question about awk: `awk -F, '{print $2}' data.csv` breaks when a field contains \"Smith, John\". Is there a way without switching to Python?",
    "Our support team pastes SQL into tickets and I want to highlight keywords: SELECT, FROM, WHERE, UNION, JOIN. Case-insensitive, whole words only. JS please.",
    "How do I escape a forward slash in a JS regex literal? /https?:\\/\\/example\\.com/ looks awful.",
    "Given\n  name: \"Zoë O'Brien\"\n  city: \"Zürich\"\nI want to extract the quoted values, including the apostrophe and umlauts.",
    "Sample: 'a;b;;c;' — split on ; gives me empty strings. I want ['a','b','c']. Python.",
    "In .NET, RegexOptions.IgnorePatternWhitespace lets me put comments with #. How do I match a literal # then?",
    "The rule is: a password must contain at least one digit and one of !@#$%^&*. I have (?=.*\\d)(?=.*[!@#$%^&*]).{8,} — can it be simplified?",
    "Is there a difference between [^\\n]* and .* when the s flag is off? They seem to behave the same.",
    "I'm processing shell history and want to find every command that used `rm -rf` on something under /tmp. grep -E 'rm -rf /tmp/[^ ]+' misses the quoted ones.",
    "Hi all! Bonjour! I need to match French words with accents (é, è, ê, à, ç). [a-z]+ stops at 'é'. Merci d'avance.",
    "We store templates like 'Hello {{name}}, your order {{order_id}} shipped'. How do I list all placeholder names with a regex?",
    "I keep seeing `(?:...)` in answers. What's the ?: for, and does it make things faster?",
    "My sed command sed 's/\\/usr\\/local/\\/opt/g' works but it's unreadable. Any better way?",
    "I have a big file where some lines end with \\r\\n (Windows) and some with \\n. How do I normalise with sed or tr?",
    "Using ripgrep: rg -n 'TODO|FIXME' --type py shows a lot of vendored stuff. How to exclude the venv/ folder?",
    "Example input:\nID;Name;Amount\n1;Ann;12,50\n2;Bob;7,00\nExpected output: the total 19,50 (comma as decimal separator). awk one-liner?",
    "Our CMS lets editors write <script> in articles by accident; I want a report of which articles have '<script' in the body. Just the report, no stripping.",
    "Why does re.match('a|ab', 'ab') return 'a' and not 'ab'? I thought regex was longest match.",
    "In PCRE what's the difference between \\K and a lookbehind? Which one should I use in grep -oP?",
    "Log line: 'GET /api/v1/users?id=42&sort=desc HTTP/1.1' 200. I need the path without the query string.",
    "I want to remove everything after the first # in a config line but not when the # is inside quotes: color = \"#ff0000\" # red",
    "Is it true that regexes can't match nested parentheses? Perl seems to do it with (?R).",
    "I'm matching Chinese names like 王小明 and 李华. What Unicode range should I use? \\p{Han}?",
    "Following up on my previous question: the backtracking was caused by (.*,)* — replacing it with ([^,]*,)* fixed it. Thanks everyone!",
    "How can I make `grep` show 2 lines of context before and after but only for the first match in each file?",
    "I have file names like report_2023-12-31_final(2).pdf and want the date. The parentheses keep breaking my pattern.",
    "Goal: replace tabs with 4 spaces only at the start of lines. sed 's/^\\t/    /' only does the first tab.",
    "Can a regex check that a number is between 1 and 366? I'm validating a day-of-year field.",
    "Every time I use \\d in a bash script with grep it doesn't work. Then with -P it does. Why is bash like this?",
    "I want to match 'cat' but not 'concatenate' or 'catalog'. \\bcat\\b works in Python but not in my sed. GNU sed 4.8.",
    "Dear forum, I teach an intro course and want a short example showing how | and () interact: gr(a|e)y vs gra|ey. Any classic example?",
    "Problem: our parser receives lines like `key = value ; comment` and sometimes `key=value;` — whitespace everywhere. One regex for both?",
    "When I paste \"smart quotes\" ‘like this’ my pattern ['\"] doesn't catch them. How to include the curly ones?",
    "I need all emails in a text except the ones at example.org. Negative lookahead inside the domain part?",
    "In vim, how do I make :%s/\\(\\w\\+\\) \\(\\w\\+\\)/\\2 \\1/ less backslashy? I've heard about \\v.",
    "In Go, regexp doesn't support lookahead. How do people usually work around that?",
    "My team argues whether to validate URLs with a regex or just url.parse(). Thoughts? Edge cases like http://[::1]:8080/ matter to us.",
]

BODY_INPUTS = ["price=12.50;qty=3", "/home/ana/notes/2024/todo.md", "<li class=\"item\">Tea &amp; cake</li>",
               "ERROR [worker-3] job 77 failed: timeout", "Ünïcödé name: Łukasz Żółć", "a|b|c||d",
               "2024-07-04T12:00:00+02:00", "C:\\Program Files\\App\\app.ini", "SELECT count(*) FROM orders WHERE status = 'open'",
               "tags: [regex, sed, awk]"]
BODY_WANTS = ["the second field", "everything after the last /", "the text between the tags",
              "just the number", "the part before the first |", "each token on its own line", "only the date part"]
BODY_TOOLS = ["sed", "awk", "Python", "JavaScript", "grep -oP", "PowerShell -match", "Perl"]


def gen_body(rng):
    return (f"Input:\n{rng.choice(BODY_INPUTS)}\n\nI want {rng.choice(BODY_WANTS)}. "
            f"Using {rng.choice(BODY_TOOLS)} if possible. Thanks!")


# ---------------------------------------------------------------- regex_pattern
PATTERN_LIT = [
    r"^(?:[a-z0-9._%+-]+)@[a-z0-9.-]+\.[a-z]{2,}$",
    r"(?<year>\d{4})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])",
    r"(?<=\$)\d+(?:\.\d{2})?",
    r"^(?!.*\.\.)[A-Za-z0-9._-]+$",
    r"[[:alpha:]][[:alnum:]_]*",
    r"^\s*#.*$",
    r"\b(\w+)\s+\1\b",
    r"^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$",
    r"(?i)\b(select|from|where|union|join)\b",
    r"<([a-z][a-z0-9]*)\b[^>]*>(.*?)</\1>",
    r"\/\*[\s\S]*?\*\/",
    r"--[^\n]*",
    r"^\d{5}(?:-\d{4})?$",
    r"(?x) ^ \+? 49 [\s/-]? \d{2,4} [\s/-]? \d{4,8} $   # German phone",
    r"\p{Han}+",
    r"[\u30A0-\u30FF]+",
    r"^[\p{L}\p{M}' -]{1,60}$",
    r"(?m)^\s+|\s+$",
    r"(['\"])(?:\\.|(?!\1).)*\1",
    r"\$\{[A-Z_][A-Z0-9_]*\}",
    r"\{\{\s*(\w+)\s*\}\}",
    r"(?<!\\);",
    r"[^|]+",
    r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$",
    r"\\\\[^\\]+\\[^\\]+",
    r"^/(?:[^/\0]+/)*[^/\0]*$",
    r"(\.\./)+",
    r"https?://(?:www\.)?[-\w.]+(?::\d+)?(?:/[^\s?#]*)?(?:\?[^\s#]*)?",
    r"^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.-]+))?(?:\+([\w.-]+))?$",
    r"\x1b\[[0-9;]*m",
    r"(?s)<script\b[^>]*>.*?</script>",
    r"\bsleep\(\d+\)",
    r"(?<=&|\?)id=(\d+)",
    r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[!@#$%^&*]).{12,}$",
    r"\A[\w.-]+\z",
    r"(\d)(?=(\d{3})+(?!\d))",
    r"[\t ]+$",
    r"^\[(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\] (\w+) (.*)$",
    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b",
    r"(?:\r\n|\r|\n)",
    r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b",
    r"\(([^()]*|\((?1)\))*\)",
    r"^[^<>&\"']*$",
    r"[\p{Lu}][\p{Ll}]+(?:[\s-][\p{Lu}][\p{Ll}]+)*",
    r"\B@[\w-]+",
    r"^(?:(?:https?|ftp)://)?[\w.-]+\.(?:com|org|net|de|fr)(?:/\S*)?$",
    r"[a-zA-Z]:\\(?:[^\\/:*?\"<>|\r\n]+\\)*[^\\/:*?\"<>|\r\n]*",
    r"(?<!\d)(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}(?!\d)",
]

PAT_ATOMS = [r"\d", r"[a-z]", r"[A-Z]", r"\w", r"[[:digit:]]", r"[äöüß]", r"[^,;]", r"\s", r"[0-9a-f]", r"\p{L}"]
PAT_QUANTS = ["+", "*", "{2}", "{2,4}", "{3,}", "+?", "*?", "?"]
PAT_WRAPS = ["^{}$", r"\b{}\b", "({})", "(?:{})", "(?<={}){}", "{}(?=;)", "(?i){}", "^\\s*{}"]


def gen_pattern(rng):
    atom = rng.choice(PAT_ATOMS) + rng.choice(PAT_QUANTS)
    wrap = rng.choice(PAT_WRAPS)
    if wrap.count("{}") == 2:
        return wrap.format(rng.choice(PAT_ATOMS), atom)
    second = rng.choice(["", "-" + rng.choice(PAT_ATOMS) + rng.choice(PAT_QUANTS), r"\." + rng.choice(PAT_ATOMS) + "+"])
    return wrap.format(atom + second)


# ---------------------------------------------------------------- sed_awk
SEDAWK_LIT = [
    "sed -E 's/(foo)+/bar/g' file.txt",
    "awk -F, '{print $2}' data.csv",
    "sed -n '/BEGIN/,/END/p' config.txt",
    "sed 's/[[:space:]]*$//' notes.md",
    "awk '{ sum += $3 } END { print sum }' sales.tsv",
    "sed -i.bak 's#/usr/local/bin#/opt/bin#g' deploy.sh",
    "awk -F'|' 'NR>1 && $4 == \"DROP\" {print $1}' audit.log",
    "sed -E 's/([0-9]{4})-([0-9]{2})-([0-9]{2})/\\3\\/\\2\\/\\1/' dates.txt",
    "awk 'length($0) > 120' src/*.py",
    "sed '/^--/d' schema.sql",
    "sed -e ':a' -e 'N' -e '$!ba' -e 's/\\n/ /g' lines.txt",
    "awk '!seen[$0]++' emails.txt",
    "sed 's/<[^>]*>//g' page.html",
    "awk 'BEGIN{FS=\";\"; OFS=\",\"} {$1=$1; print}' export.txt",
    "sed -n 's/.*user=\\([^;]*\\).*/\\1/p' access.log",
    "awk '/ERROR/ {c++} END {print c+0}' app.log",
    "sed 's/\\r$//' windows.txt > unix.txt",
    "awk -v OFS='\\t' '{print $2, $1}' pairs.txt",
    "sed '1d;$d' table.csv",
    "awk 'NR%2==0' input.txt",
    "sed -E 's/\\b(select|from|where)\\b/\\U&/g' query.sql",
    "awk '{gsub(/[\"]/, \"\"); print}' quoted.csv",
    "sed 's/^/    /' snippet.txt",
    "awk -F'=' '/^timeout/ {print $2+0}' settings.ini",
    "sed -n '3,7p' /etc/hosts",
    "awk '{ $NF=\"\"; print }' cols.txt",
    "sed 's/&/\\&amp;/g; s/</\\&lt;/g; s/>/\\&gt;/g' raw.txt",
    "awk 'tolower($0) ~ /union/' report.txt",
    "sed -E 's/[[:digit:]]{3}-[[:digit:]]{4}/XXX-XXXX/g' contacts.txt",
    "awk 'FNR==1 {print FILENAME \": \" $0}' *.md",
    "sed 'y/abc/xyz/' letters.txt",
    "awk '{print > ($1 \".txt\")}' grouped.txt",
    "sed -E 's/ +/ /g' spaces.txt",
    "awk 'BEGIN{while((getline l < \"ids.txt\")>0) ok[l]=1} ok[$1]' data.txt",
    "sed '/^$/N;/\\n$/D' paragraphs.txt",
    "awk -F: '$3 >= 1000 {print $1}' /etc/passwd",
    "sed \"s/'/''/g\" names.txt",
    "awk '{printf \"%-20s|%5d\\n\", $1, $2}' counts.txt",
    "sed -n '/<script>/,/<\\/script>/p' index.html",
    "gawk 'match($0, /id=([0-9]+)/, m) {print m[1]}' urls.txt",
    "sed 's/\\$HOME/\\/home\\/ana/g' paths.txt",
    "awk '{a[$1]+=$2} END {for (k in a) print k, a[k]}' totals.txt | sort",
    "sed -E 's/(^|;)\\s*/\\1/g' list.txt",
    "perl -pe 's/(?<=\\d)(?=(\\d{3})+\\b)/,/g' numbers.txt",
    "sed 's/ü/ue/g; s/ö/oe/g; s/ä/ae/g; s/ß/ss/g' namen.txt",
    "awk 'BEGIN {RS=\"\"; FS=\"\\n\"} {print $1}' blocks.txt",
    "sed -z 's/,\\n/, /g' wrapped.txt",
]

SA_FILES = ["input.txt", "data.csv", "app.log", "notes.md", "export.tsv", "list.txt", "report_2024.txt"]
SA_TEMPLATES = [
    "sed 's/{a}/{b}/g' {f}",
    "sed -E 's/^({a})[[:space:]]+/\\1;/' {f}",
    "awk -F'{d}' '{{print ${n}}}' {f}",
    "awk -F'{d}' '${n} ~ /{a}/' {f}",
    "sed -n '/{a}/p' {f}",
    "awk 'NR>{n} {{print $1 \"{d}\" $2}}' {f}",
]
SA_WORDS = ["colour", "TODO", "error", "foo", "select", "draft", "Müller", "v1\\.2", "http:", "cat"]
SA_REPL = ["color", "DONE", "ERROR", "bar", "SELECT", "final", "Mueller", "v1.3", "https:", "dog"]
SA_DELIMS = [",", ";", "|", ":", "\\t", "="]


def gen_sedawk(rng):
    t = rng.choice(SA_TEMPLATES)
    i = rng.randrange(len(SA_WORDS))
    return t.format(a=SA_WORDS[i], b=SA_REPL[i], f=rng.choice(SA_FILES), d=rng.choice(SA_DELIMS), n=rng.randint(1, 5))


# ---------------------------------------------------------------- grep_rg
GREP_LIT = [
    "grep -E '^[0-9]{3}-[0-9]{4}$' phones.txt",
    "grep -oP '(?<=user=)[^&]+' access.log",
    "rg -n 'TODO|FIXME' --type py -g '!venv/**'",
    "grep -rn --include='*.sql' 'DROP TABLE' migrations/",
    "grep -v '^#' /etc/ssh/sshd_config | grep -v '^$'",
    "rg -U '(?s)<script.*?</script>' templates/",
    "grep -c 'union' report.txt",
    "grep -w 'cat' words.txt",
    "grep -i 'select.*from' queries.log | head -20",
    "rg -F '$(' scripts/ --glob '*.sh'",
    "grep -P '\\t' data.tsv | wc -l",
    "grep -E 'sleep\\([0-9]+\\)' slow-tests.py",
    "rg --pcre2 '\\b(\\w+)\\s+\\1\\b' docs/",
    "grep -o '[[:alpha:]]*' sentence.txt | sort | uniq -c",
    "grep -rl 'eval(' src/ --exclude-dir=node_modules",
    "grep -A2 -B2 'Exception' app.log",
    "rg -e '\\.\\./' -t md",
    "grep -E 'https?://[^ )]+' README.md",
    "zgrep 'ERROR' /var/log/syslog.2.gz",
    "grep -n '[^[:print:]]' suspicious.csv",
    "rg -o -r '$1' 'version = \"([^\"]+)\"' Cargo.toml",
    "grep -E '\\b[A-Z]{2,}\\b' -o abstract.txt",
    "git grep -n 'system(' -- '*.c'",
    "grep -Fx -f allowlist.txt candidates.txt",
    "rg -i 'passwd|password' config/ --files-with-matches",
    "grep -E '^(GET|POST) ' access.log | awk '{print $2}'",
    "rg -l 'exec' --type-add 'tmpl:*.j2' -t tmpl",
    "grep -zoP '(?s)BEGIN.*?END' multi.txt",
    "grep -E '[äöüÄÖÜß]' namen.txt",
    "rg '\\p{Cyrillic}+' -o comments.txt",
    "grep -e '-v' options.txt",
    "grep -- '--force' history.txt",
    "rg -n 'alert\\(' static/js/",
    "grep -E '([0-9]{1,3}\\.){3}[0-9]{1,3}' auth.log | sort -u",
    "grep -P '^\\s*$' -c blank-check.txt",
    "rg --multiline 'fn \\w+\\(\\)\\s*\\{\\s*\\}' src/",
    "grep -E 'C:\\\\Users\\\\[^\\\\]+' paths.txt",
    "find . -name '*.log' -exec grep -H 'timeout' {} +",
    "grep -Po '\"id\":\\s*\\K\\d+' events.json",
    "rg -S 'Select' lib/",
    "grep -E '^.{81,}$' -n README.rst",
    "rg -g '*.{js,ts}' 'new RegExp\\('",
    "grep -rE '<img(?![^>]*alt=)' site/ (this errors, why?)",
    "grep -E '\\$\\{[A-Z_]+\\}' .env.example",
    "rg -n '^\\s*import (os|subprocess)$' --type py",
    "grep --color=always -E 'WARN|ERROR' app.log | less -R",
    "ugrep -Q 'script' site/",
]

GREP_TOOLS = ["grep -E", "grep -P", "grep -i", "rg", "rg -i", "grep -rn", "rg -n", "egrep"]
GREP_PATS = ["'^[A-Z][a-z]+$'", "'\\bfoo\\b'", "'[0-9]+ms'", "'status=(200|404)'", "'^(import|from) '",
             "'é|è|ê'", "'\\$[0-9]+\\.[0-9]{2}'", "';\\s*$'", "'<h[1-6]>'", "'WHERE id ='"]
GREP_TGTS = ["app.log", "src/", "notes.txt", "*.md", "access.log", "data/*.csv", "./", "templates/"]


def gen_grep(rng):
    return f"{rng.choice(GREP_TOOLS)} {rng.choice(GREP_PATS)} {rng.choice(GREP_TGTS)}"


# ---------------------------------------------------------------- sample_input
SAMPLE_LIT = [
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
    "foo@bar.com, bar@foo.org; baz@qux.co.uk",
    "O'Reilly; D'Angelo; O’Brien",
    "2024-03-15\n2024-13-01\n15/03/2024\n2024-3-5",
    "\"Smith, John\",42,\"New York, NY\"",
    "key=value&key2=value2&empty=&flag",
    "<p>Hello <b>world</b> &amp; friends</p>",
    "C:\\Users\\Zoë\\Documents\\résumé.docx",
    "../images/logo.png\n../../shared/style.css\n./index.html",
    "/var/log/nginx/access.log.1\n/var/log/nginx/access.log.10\n/var/log/nginx/error.log",
    "SELECT * FROM users WHERE name = 'O''Brien'; -- should match one statement",
    "price: $12.50 | tax: $1.03 | total: $13.53",
    "the the quick brown fox fox jumps",
    "192.168.0.1 10.0.0.255 256.1.1.1 1.2.3",
    "Hello {{name}}, your order {{ order_id }} shipped {{date|format}}",
    "${HOME}/bin:${PATH}",
    "a;b;;c;",
    "tab\tseparated\tvalues\there",
    "line one\r\nline two\nline three\r\n",
    "王小明, 李华, Ана Петрова, José Álvarez",
    "カタカナ と ひらがな と 漢字",
    "#ff0000 #FFF #12345g #abc",
    "1234567 -> 1,234,567",
    "Expected output:\nalice,admin\nbob,viewer",
    "=SUM(A1:A3)\n+15\n-3\n@mention",
    "|a|b|\n|---|---|\n|1|2|",
    "x = 1; y = 2; // trailing comment",
    "/* block\n   comment */ int x = 0;",
    "{\"id\": 17, \"tags\": [\"regex\", \"sed\"], \"ok\": true}",
    "GET /search?q=union+square&page=2 HTTP/1.1",
    "user@host:~$ echo \"hi\" | tr a-z A-Z",
    "v1.2.3\nv1.2.3-rc.1\n1.2\nv01.2.3",
    "http://example.com/a?b=c#d\nhttps://[::1]:8080/path\nftp://files.example.net/",
    "SW1A 1AA\nEC1V 9HX\nW1 1AA\nXX99 ZZZ",
    "+49 30 1234567\n+49-89-98765432\n030/1234567",
    "script.js script.min.js noscript.html",
    "Sleep well! sleep(5) sleeping",
    "passwd: all authentication tokens updated successfully.",
    "naïve café coöperate façade",
    "Ünïcödé: ÄÖÜ äöü ß ẞ",
    "one\n\n\ntwo\n\nthree",
    "((a)(b(c)))",
    "foo.bar.baz -> ['foo', 'bar', 'baz']",
    "\\n is not a newline here, it's backslash-n",
    "ERROR 2024-05-01 db.select: timeout after 30s (attempt 3/3)",
    "tel: (555) 123-4567, 555.123.4567, 5551234567",
    "100% | 50% | 0.5%",
]

SAMPLE_A = ["alpha", "Beta", "gamma_1", "déjà", "x-y", "42", "naïve", "Ωmega", "foo.bar", "a|b"]
SAMPLE_SEP = [";", ",", " | ", "\t", "\n", " & "]


def gen_sample(rng):
    k = rng.randint(3, 5)
    items = [rng.choice(SAMPLE_A) for _ in range(k)]
    sep = rng.choice(SAMPLE_SEP)
    return "Input: " + sep.join(items) + "\nExpected: " + str(len(items)) + " tokens"


# ---------------------------------------------------------------- code_snippet
CODE_LIT = [
    "re.sub(r'(\\w+)@(\\w+)', lambda m: m.group(1).upper() + '@' + m.group(2), text)",
    "const re = /\\d+/g;\nre.test('a1'); // true\nre.test('a1'); // false, lastIndex!",
    "var m = Regex.Match(input, @\"(?<year>\\d{4})-(?<month>\\d{2})\");\nConsole.WriteLine(m.Groups[\"year\"].Value);",
    "Pattern p = Pattern.compile(\"^\\\\s*(\\\\w+)\\\\s*=\\\\s*(.*)$\");\nMatcher m = p.matcher(line);",
    "preg_match_all('/\\{\\{\\s*(\\w+)\\s*\\}\\}/', $tpl, $matches);",
    "re := regexp.MustCompile(`^(\\d+)ms$`)\nfmt.Println(re.FindStringSubmatch(s))",
    "if ($line =~ /^(\\S+)\\s+(\\S+)/) { print \"$2 $1\\n\"; }",
    "s.scan(/\\b[A-Z]\\w*/) # => [\"Hello\", \"World\"]",
    "let re = Regex::new(r\"(?x)^(?P<key>\\w+)=(?P<val>.*)$\").unwrap();",
    "import re\nparts = [p for p in re.split(r';+', 'a;b;;c;') if p]",
    "'a,b,,c'.split(/,+/).filter(Boolean)",
    "SELECT * FROM logs WHERE message ~* 'timeout|refused' LIMIT 50;",
    "SELECT regexp_replace(phone, '[^0-9]', '', 'g') FROM contacts;",
    "WHERE name REGEXP '^[A-Z][a-z]+$'",
    "str.replace(/[&<>\"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','\"':'&quot;',\"'\":'&#39;'}[c]))",
    "Get-Content app.log | Select-String -Pattern 'ERROR|WARN'",
    "if ('2024-01-05' -match '^(\\d{4})-(\\d\\d)') { $Matches[1] }",
    "pattern = re.compile(r\"\"\"\n    ^(?P<user>[^@]+)   # local part\n    @(?P<host>.+)$     # domain\n\"\"\", re.VERBOSE)",
    "new RegExp('^' + word.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&') + '$')",
    "re.findall(r'(?<=\\$)\\d+(?:\\.\\d{2})?', 'cost $12.50 or $7')",
    "const emails = text.match(/[^\\s@]+@[^\\s@]+\\.[^\\s@]+/g) ?? [];",
    "Regex.Replace(s, @\"\\s+\", \" \").Trim()",
    "String[] cols = line.split(\"\\\\|\", -1);",
    "re.sub(r'<[^>]+>', '', html)  # quick and dirty, fine for my case",
    "text.replaceAll(\"(?m)^\\\\s+$\", \"\")",
    "@re.compile\ndef nope(): pass  # (just kidding, that's not how it works)",
    "m = re.fullmatch(r'[\\p{L}]+', s)  # error: bad escape \\p — use the regex module",
    "import regex\nregex.findall(r'\\p{Han}+', '我爱正则表达式')",
    "echo \"$line\" | grep -qE '^[0-9]+$' && echo number",
    "[[ $s =~ ^([a-z]+)-([0-9]+)$ ]] && echo \"${BASH_REMATCH[2]}\"",
    "const { groups: { year } } = /(?<year>\\d{4})/.exec('in 2023');",
    "std::regex r(R\"((\\w+)\\s*=\\s*(\\w+))\");\nstd::smatch m;",
    "NSRegularExpression(pattern: \"^\\\\d{3}$\", options: [])",
    "val r = Regex(\"\"\"(\\d+)-(\\d+)\"\"\")\nr.find(s)?.destructured",
    "re.sub(r'(?i)\\bselect\\b', 'SELECT', sql)",
    "s = re.sub(r'\\s*--.*$', '', line)  # drop SQL line comments",
    "console.log('a-b_c d'.replace(/[-_\\s](.)/g, (_, c) => c.toUpperCase()));",
    "re.escape('1+1=2 (really?)')  # '1\\\\+1=2\\\\ \\\\(really\\\\?\\\\)'",
    "grep_output = subprocess.run(['grep', '-c', 'ERROR', 'app.log'], capture_output=True, text=True).stdout",
    "for m in re.finditer(r'(?m)^(\\w+):\\s*(.*)$', headers):\n    print(m[1], '=>', m[2])",
    "'%s' % re.sub(r'%', '%%', s)",
    "re.sub(r'(\\d)(?=(\\d{3})+$)', r'\\1,', '1234567')",
    "matches = Regex.Matches(html, \"<a\\\\s+href=\\\"([^\\\"]+)\\\"\", RegexOptions.IgnoreCase);",
    "if re.search(r'\\.\\./', path):\n    raise ValueError('relative parent paths not allowed')",
    "const isHex = s => /^#?[0-9a-f]{6}$/i.test(s);",
    "$clean = preg_replace('/[^\\p{L}\\p{N}\\s]/u', '', $title);",
    "timeit.timeit(lambda: re.match(r'(a+)+$', 'a'*25 + '!'), number=1)  # takes forever",
]

CODE_LANGS = [
    ("python", "re.findall(r'{p}', text)"),
    ("js", "text.match(/{p}/g)"),
    ("csharp", "Regex.IsMatch(s, @\"{p}\")"),
    ("php", "preg_match('/{p}/u', $s, $m);"),
    ("ruby", "s =~ /{p}/"),
    ("go", "regexp.MustCompile(`{p}`).FindAllString(s, -1)"),
]
CODE_PATS = [r"\d{4}-\d{2}", r"[A-Z]\w+", r"\bthe\b", r"[^;]+", r"(?i)error", r"\s{2,}", r"[äöü]", r"#\w+", r"\$\d+", r"<br\s*/?>"]


def gen_code(rng):
    _, tpl = rng.choice(CODE_LANGS)
    return tpl.replace("{p}", rng.choice(CODE_PATS)) + rng.choice(["", "  // works", "  # returns []?", ";"])


# ---------------------------------------------------------------- answer_explanation
ANSWER_LIT = [
    "The problem is the nested quantifier in (a+)+. When the final match fails, the engine tries every way of splitting the a's between the inner and outer +, which is 2^n attempts. Use a+ alone, or an atomic group (?>a+)+ if your flavour supports it.",
    "`.*` is greedy, so role=(.*); runs to the LAST semicolon. Use role=([^;]*) instead — a negated class can't overrun the delimiter, and it's faster than .*? too.",
    "The /g flag makes the regex object stateful: test() updates lastIndex, so the second call starts searching after the first match. Either drop g or reset re.lastIndex = 0.",
    "macOS ships BSD sed, where -i needs an argument: sed -i '' 's/a/b/' file. GNU sed takes -i alone. If you need both, use sed -i.bak and delete the .bak afterwards.",
    "In a bracket expression, | is just a literal pipe. [a|b] matches a, |, or b. For alternation use (a|b) or, for single characters, [ab].",
    "\\d isn't part of POSIX ERE; grep -E treats it as a literal d (GNU grep may warn). Use [0-9] or [[:digit:]], or grep -P if your grep is built with PCRE.",
    "Python's re requires fixed-width lookbehinds. (?<=\\$\\s*) won't compile. Either use the third-party `regex` module, which allows variable width, or capture the prefix and use group(1).",
    "Alternation is ordered in backtracking engines: a|ab tries a first, succeeds, and stops. POSIX leftmost-longest semantics (e.g. awk, some grep modes) would give ab. Put the longer alternative first: ab|a.",
    "Don't validate the whole URL with a regex; parse it with your language's URL parser and then check scheme and host. Regexes for URLs either reject valid ones (IPv6 literals, IDNs) or accept garbage.",
    "\\K resets the start of the reported match, so grep -oP 'user=\\K\\w+' prints only the word. A lookbehind (?<=user=) does the same here, but \\K works with variable-length prefixes.",
    "With (?x) whitespace and # comments are ignored in the pattern, so to match a literal # write \\# or [#]. Same for a literal space: \\  or [ ].",
    "The s (DOTALL) flag makes . match \\n. Without it, [^\\n]* and .* are equivalent in most flavours, although . also excludes \\r in some (Java with UNIX_LINES off, for example).",
    "Your awk splits on every comma because -F, knows nothing about quotes. GNU awk has FPAT: gawk -v FPAT='([^,]*)|(\"[^\"]+\")' '{print $2}' file.csv handles \"Smith, John\" correctly.",
    "(?:...) is a non-capturing group: it groups for alternation/quantifiers but doesn't store the match. It's slightly cheaper and keeps your group numbers tidy; the speed difference is usually negligible.",
    "For nested parentheses PCRE has recursion: \\((?:[^()]++|(?R))*\\). .NET uses balancing groups instead. JavaScript and Python's re can't do it; write a small parser or use a counter.",
    "GNU sed does support \\b, but your pattern is in single quotes inside double quotes in the script, so the shell eats one backslash. Print the command with echo first to see what sed actually receives.",
    "Use tr -d '\\r' < in.txt > out.txt, or sed 's/\\r$//'. Note that BSD sed doesn't understand \\r in the pattern; use $'s/\\r$//' in bash there.",
    "To exclude one domain, put the lookahead right after the @: [\\w.+-]+@(?!example\\.org\\b)[\\w.-]+\\.[a-z]{2,}. The \\b stops it from also excluding example.organic.",
    "The curly quotes are different code points: ‘ U+2018, ’ U+2019, “ U+201C, ” U+201D. Add them to the class: ['\"‘’“”].",
    "In vim, \\v ('very magic') makes most characters special like in ERE, so :%s/\\v(\\w+) (\\w+)/\\2 \\1/ works. \\V ('very nomagic') is the opposite: everything literal except backslash.",
    "Go's RE2 engine guarantees linear time, so it drops backreferences and lookarounds. Typical workaround: match a broader pattern and filter in code, or run two regexes (one positive, one negative).",
    "Range checks like 1-366 are possible but ugly: ^(?:36[0-6]|3[0-5]\\d|[12]\\d\\d|[1-9]\\d?)$. Honestly, parse the integer and compare; regex is the wrong tool for numeric ranges.",
    "Your tabs issue: ^\\t only anchors the first tab. Loop with a label: sed -e ':a' -e 's/^\\(\\( \\{4\\}\\)*\\)\\t/\\1    /' -e 'ta'. Or just use expand -i -t4.",
    "FYI: \\b inside a character class is a backspace (\\x08) in most flavours, not a word boundary. Outside a class it's the boundary.",
    "$ in Ruby matches at the end of every LINE, so a value like \"abc\\nDROP\" passes ^\\w+$. Use \\A and \\z for whole-string validation — this one bites people validating form input all the time.",
    "ripgrep respects .gitignore by default. Use --no-ignore (or -u), -uu to also search hidden files, -uuu to include binary files.",
    "The cause is your character class [A-z]: between Z and a there are [ \\ ] ^ _ and the backtick, so it matches those too. Use [A-Za-z].",
    "In the replacement, & means 'the whole match' in sed. If you want a literal ampersand, escape it: s/and/\\&/g. Same trap in awk's sub/gsub.",
    "What happens is the engine backtracks into (.*,)* because .* can also eat commas. Making the inner part unable to match the separator — ([^,]*,)* — removes the ambiguity and the exponential blow-up.",
    "POSIX classes only work inside brackets: [[:alpha:]] not [:alpha:]. grep will actually complain: 'character class syntax is [[:space:]], not [:space:]'.",
    "In Perl's replacement, $ starts interpolation, so s/x/$5/ inserts group 5 (empty). Write s/x/\\$5/ or use single-quote delimiters: s'x'$5'.",
    "Possessive quantifiers (.*+, \\d++) never give back what they matched. They're great for performance when you know backtracking can't help, but .*+ followed by anything will always fail.",
    "JavaScript's \\w is ASCII-only, even with the u flag. Use \\p{L} with the u flag: /^[\\p{L}\\p{M}'-]+$/u.",
    "awk's default FS is runs of whitespace, and leading whitespace is ignored. As soon as you set -F' ' explicitly that's still the same special case, but -F'[ ]' splits on every single space.",
    "Rather than regex on HTML, use a parser: BeautifulSoup(html, 'html.parser').find_all('img', alt=False). Regex will break on attributes spanning lines or containing >.",
    "The .NET engine supports variable-length lookbehind, and RightToLeft mode. PCRE2 since 10.43 allows limited variable-length lookbehind too; older PCRE doesn't.",
    "Short version: greedy takes as much as possible and gives back; lazy takes as little as possible and takes more on demand; possessive takes as much as possible and never gives back.",
    "In sed the delimiter can be any character, so s#/usr/local#/opt#g avoids escaping slashes. In a regex address you need \\#...# form: \\#/usr/local#d.",
    "The issue isn't the regex, it's the shell: $2 inside double quotes is expanded by bash before awk sees it. Use single quotes around the awk program.",
    "In a Python f-string, the braces in {2,4} are interpreted as a format field. Double them ({{2,4}}) or build the pattern without an f-string.",
    "UTF-8 matters: in a C locale grep treats é as two bytes, so [a-z] or . behaves oddly. Run with LC_ALL=en_US.UTF-8 (or C.UTF-8).",
    "For the username rule, your regex is right, but add \\A and \\z (or use re.fullmatch) — otherwise a trailing newline slips through with $.",
    "This is a classic: the dot in 192.168.0.1 is unescaped, so it matches any character. 192x168y0z1 would match too. Escape it: 192\\.168\\.0\\.1.",
    "The ^ inside [^...] negates the class; outside it's an anchor. And inside a class, ^ anywhere but first is just a literal caret.",
    "Both work, but grep -v 'sleep' is clearer and faster than ^(?!.*sleep).*$. Use the lookahead form only when your tool takes a single regex and no flags.",
    "Lookarounds are zero-width: they assert something about the surroundings but don't consume characters, so the match position doesn't move. That's why (?=\\d{3}) can be combined with other assertions.",
]

ANS_TIPS = [
    "anchor it with ^ and $", "use a negated class [^{c}]* instead of .*", "turn on the {f} flag",
    "escape the {c} with a backslash", "use a raw string so \\{c} survives", "test it on regex101 with the {l} flavour",
]
ANS_CHARS = [";", "|", ".", "/", "$", "&", "(", "+"]
ANS_FLAGS = ["i", "m", "s", "x", "u"]
ANS_LANGS = ["PCRE2", "Python", "ECMAScript", ".NET", "Java", "Golang"]


def gen_answer(rng):
    tip = rng.choice(ANS_TIPS).format(c=rng.choice(ANS_CHARS), f=rng.choice(ANS_FLAGS), l=rng.choice(ANS_LANGS))
    tip2 = rng.choice(ANS_TIPS).format(c=rng.choice(ANS_CHARS), f=rng.choice(ANS_FLAGS), l=rng.choice(ANS_LANGS))
    return f"Two things: first, {tip}; second, {tip2}. That should fix it."


# ---------------------------------------------------------------- search_query
SEARCH_LIT = [
    "lookbehind variable length",
    "sed replace newline",
    "awk print last column",
    "union of character classes",
    "select between two strings",
    "catastrophic backtracking",
    "email regex",
    "\\d vs [0-9]",
    "grep -P not supported",
    "(?<name>) named groups",
    "remove <script> tags",
    "drop duplicate lines",
    "match ../ in path",
    "/etc/passwd awk -F:",
    "sleep in bash loop grep",
    "exec vs eval regex javascript",
    "$1 vs \\1 replacement",
    "rg --pcre2",
    "ip address 0-255",
    "non greedy .*?",
    "[[:space:]]",
    "\\p{L} javascript",
    "date dd/mm/yyyy",
    "CSV quoted commas",
    "ReDoS",
    "sed -i macos",
    "alternation order a|ab",
    "word boundary unicode",
    "alert when regex timeout .NET",
    "system locale grep UTF-8",
    "expression régulière accents",
    "正規表現 否定先読み",
    "регулярные выражения кириллица",
    "regex für umlaute",
    "posix vs pcre",
    "json \"key\": value regex",
    "SQL LIKE vs REGEXP",
    "mysql regexp_replace",
    "powershell -replace backreference",
    "vim very magic",
    "tr -d '\\r'",
    "match & but not &amp;",
    "{{ }} placeholder",
    "semver",
    "possessive quantifier ++",
    "c:\\ windows path regex",
    "script tag multiline",
    "where clause regex postgres ~*",
]

SEARCH_A = ["regex", "sed", "awk", "grep", "ripgrep", "python re", "js regex", "perl"]
SEARCH_B = ["multiline", "unicode", "lookahead", "backreference", "case insensitive", "greedy", "tab character",
            "escape slash", "capture group", "replace with newline", "|", "&&", "--"]


def gen_search(rng):
    return f"{rng.choice(SEARCH_A)} {rng.choice(SEARCH_B)}"


# ---------------------------------------------------------------- multilingual_note
NOTE_LIT = [
    "Danke! Mit [[:upper:]] statt [A-Z] klappt es jetzt auch mit Ä, Ö und Ü.",
    "Merci beaucoup, le (?i) en début de motif a tout résolu 👍",
    "Gracias, pero en mi caso las fechas vienen como 15/03/2024 y no 2024-03-15.",
    "ありがとうございます！\\p{Katakana} で解決しました。",
    "Спасибо, sed -E 's/ +/ /g' отлично работает.",
    "Obrigado! Funcionou com grep -P, mas não com grep -E.",
    "谢谢！用 (?<=：) 这种后行断言就行了。",
    "감사합니다. 정규식 [가-힣]+ 로 한글만 추출했어요.",
    "Grazie, ma perché .* non si ferma al primo ';'?",
    "Dzięki! Teraz rozumiem różnicę między .* a .*?",
    "Tack! awk -F';' löste problemet direkt.",
    "Edit: forgot to mention I'm on Windows, so it's findstr /R, not grep :(",
    "Edit 2: the input can also contain tabs; updated the sample.",
    "Marking this as solved — the answer with [^;]* is the one that works for me.",
    "Tested on regex101 (PCRE2) and Python 3.12, same result.",
    "Works, but note it also matches 'example.com.attacker' style domains if you drop the $ anchor. Keep the anchor!",
    "Upvoted. The FPAT trick is gold for CSV with quotes.",
    "Off-topic but: please don't store passwords in plain text; hash them. The regex only checks the policy.",
    "Closing as duplicate of 'How to match balanced parentheses?'",
    "Could you add a sample of the expected output? Hard to tell what 'clean' means here.",
    "Rule of thumb: if you need more than 3 lookaheads, write code instead.",
    "Note for future readers: on BusyBox sed, -E works but \\b doesn't.",
    "Side note: SELECT ... WHERE col REGEXP '...' in MySQL 8 uses ICU, so \\p{L} works there.",
    "This is how I remember it: ^ outside brackets = start, ^ inside = not.",
    "Benchmark on 1M lines: awk 1.8s, sed 2.1s, python 4.0s, ripgrep 0.3s.",
    "tl;dr — use re.fullmatch, not re.match + $",
    "Bitte beachten: in der Windows-Konsole müssen die Anführungszeichen \"doppelt\" sein.",
    "Remarque : sous macOS il faut `gsed` (brew install gnu-sed) pour -z.",
    "Nota: en JavaScript, el flag /s existe desde ES2018.",
    "注意：Pythonの re では \\p{...} は使えません。regex モジュールを使ってください。",
    "Примечание: в awk нет lookahead, используйте match() и substr().",
    "Reminder to self: escape the dot in file extensions \\.txt, not .txt",
    "Thanks @mira — your (?m)^\\s*$ version handles the CRLF case too.",
    "I'm the OP; the system I'm on only has POSIX tools, no perl, no python.",
    "Heads up: the dataset has Turkish İ and ı, so case-insensitive matching is tricky.",
    "שלום, האם \\w תופס גם אותיות בעברית ב-Python?",
    "مرحبا، كيف أطابق الأرقام العربية ٠١٢٣٤٥٦٧٨٩ بتعبير نمطي؟",
    "नमस्ते, देवनागरी के लिए \\p{Devanagari} काम करता है।",
    "Ευχαριστώ! Το [α-ωά-ώ]+ δουλεύει για ελληνικά.",
    "Kiitos! Ääkköset toimivat nyt, kun lisäsin u-lipun.",
    "Bedankt, de oplossing met \\K is precies wat ik zocht.",
    "Teşekkürler, ama ş ve ğ harfleri hâlâ eşleşmiyor.",
    "Cảm ơn! Tiếng Việt có dấu nên tôi dùng \\p{L}\\p{M}*.",
    "Update: turned out the file was UTF-16, that's why grep found nothing. iconv fixed it.",
    "Moderator note: please put code in backticks so the * and _ don't turn into formatting.",
    "P.S. Yes, I know about the famous Zalgo answer about HTML and regex 😄",
    "I'll accept this tomorrow if nobody finds an edge case; so far 0 false positives on 40k rows.",
]

NOTE_OPEN = ["Thanks", "Danke", "Merci", "Gracias", "谢谢", "Спасибо", "ありがとう", "Grazie", "Obrigado"]
NOTE_MID = ["the {x} version works", "{x} fixed it for me", "I had to add {x} as well", "{x} was the missing piece"]
NOTE_X = ["\\b", "(?m)", "-F';'", "[^|]*", "the u flag", "\\A...\\z", "-z", "LC_ALL=C.UTF-8", "a raw string r'...'", "\\K"]


def gen_note(rng):
    mid = rng.choice(NOTE_MID).format(x=rng.choice(NOTE_X))
    return f"{rng.choice(NOTE_OPEN)}! {mid}{rng.choice(['.', ' :)', ' 🎉', '!', ' — cheers'])}"


CATEGORIES = [
    ("question_title", TITLE_LIT, gen_title),
    ("question_body", BODY_LIT, gen_body),
    ("regex_pattern", PATTERN_LIT, gen_pattern),
    ("sed_awk_oneliner", SEDAWK_LIT, gen_sedawk),
    ("grep_command", GREP_LIT, gen_grep),
    ("sample_input", SAMPLE_LIT, gen_sample),
    ("code_snippet", CODE_LIT, gen_code),
    ("answer_explanation", ANSWER_LIT, gen_answer),
    ("search_query", SEARCH_LIT, gen_search),
    ("multilingual_note", NOTE_LIT, gen_note),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, lits, gen in CATEGORIES:
        vals = []
        n_lit = 0
        for v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
            n_lit += 1
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{cat}: only {n_lit} literals")
        stats.append((cat, len(vals), n_lit))
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800
            rows.append({"category": cat, "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": r["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, n, lit in stats:
        print(f"{cat:22s} {n:4d}  literals={lit}")
    print(f"total {len(rows)}  literals={sum(s[2] for s in stats)}")


if __name__ == "__main__":
    main()
