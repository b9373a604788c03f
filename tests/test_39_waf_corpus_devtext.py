"""WAF, part 6d: the developers'-text corpus of issue 11's eleventh round
(tests/corpus/devtext/: 908 benign values in ten classes, 604 attacks in
five categories, written for this project by two writers who did not see
the WAF's rules), replayed through the real edge on the shipped config
(bans off) in the query and in a JSON body by tests/corpus_external.py's
machinery: about 3,000 requests, 2-5 s.

Measured first on main at 47473ac, before any rule was changed for it
(benign refused 104/908, attacks 581/604 = 0.962); the eleventh round fixed
some of its false-positive classes by grammar (test_31_waf_detect_devtext)
and one attack class (test_31_waf_detect_sqli's null predicates). Floors
are the recall measured then with one attack fewer caught, rounded down;
ceilings the benign refusals with one value more, rounded up. Floors only
move up and ceilings down. Standalone, with the cases listed:
    .venv/bin/python tests/corpus_devtext.py --show

(The notes, workplace, platform and dataplatform corpora, the fourteenth,
fifteenth and sixteenth rounds' held-out writers: --corpus
notes|workplace|platform|dataplatform.)

And the manuals corpus of the twelfth round (tests/corpus/manuals/: 792
benign values in eleven genres, 500 attacks, written by another writer who
did not see the rules), measured first on main at 56a0242 before any rule
changed for it (benign refused 87/792 by a rule in the query, 3 more by
shape: three ~1,400-byte documents longer than a query argument may be;
attacks 491/500 = 0.982); the round fixed some of its classes by grammar
(test_31_waf_detect_manuals). Same floors and ceilings, per corpus:
    .venv/bin/python tests/corpus_devtext.py --corpus manuals --show

And the notes corpus of the fourteenth round (tests/corpus/notes/: 782
benign values a consumer app's notes and search receive, in eleven
classes and 22 languages, and 475 attacks, written by a third writer who
did not see the rules), first measured during the round, after its
earlier changes (benign 3/782 refused, attacks 473/475; 472/475 on the
session's starting tree):
    .venv/bin/python tests/corpus_devtext.py --corpus notes --show
"""
import pytest

import corpus_dev as cd
import corpus_devtext as cx
import corpus_external as ce

# measured 2026-12-03 (query / json): cmdi 123/126, code 89/93, sqli
# 147/150, traversal 96/102 (one more refused by shape) / 97/102, xss
# 132/133, all 587/604 / 588/604
# (2026-12-04, the sixteenth round: cmdi 125/126, traversal 101/102, all
# 594/604 in both: argument injection, nginx's alias off-by-slash)
DEVTEXT_FLOORS = {"cmdi": 0.992, "code": 0.989, "sqli": 0.973, "traversal": 0.98, "xss": 0.984,
                  "ALL": 0.99}

# benign refused (query / json): code 36/90 / 35/90 (SQL statements as
# written, shell scripts with substitutions, template code with calls),
# config 14/90 (crontab lines with "&&" and "|", paths after "=" into
# /etc and /var), shelldoc 14/90 (pipelines, process substitution,
# PowerShell pipelines), fields 5/90 (localhost URLs, /etc paths as whole
# values), logs 2/90, markdown 1/90, science 1/90, support 1/90, chat and
# prose in 19 languages 0; all 74/908 / 73/908
# (2026-12-04, the sixteenth round: a whole SELECT statement ended by its
# ";", a sentence that starts with SELECT, MySQL's error pasted, data-only
# templates: code 36 -> 10 / 9, logs 2 -> 1, support 1 -> 0, shelldoc
# 14 -> 13, all 74 / 73 -> 45 / 44)
# (seventeenth round: querySelector's walk, SQL in a fence: code 10 -> 9,
# markdown 1 -> 0, all 45 / 44 -> 43 / 42)
# (eighteenth round: a sheet's =QUERY with its range: science 1 -> 0, all
# 42 -> 41)
# (nineteenth round: date given only a format is a time stamp, no probe:
# config 14 -> 9, shelldoc 13 -> 11, all 41 -> 34; a job run in its
# directory, "cd /x && job > /var/log/x.log", appends to its log, no
# second command chained on: config 9 -> 4, all 34 -> 29)
DEVTEXT_CEILINGS = {"chat": 0.012, "code": 0.1, "config": 0.056, "fields": 0.067,
                    "logs": 0.023, "markdown": 0.012, "prose-multi": 0.011,
                    "science": 0.012, "shelldoc": 0.1, "support": 0.012,
                    "ALL": 0.03}

# measured 2026-12-04 (query / json): cmdi 107/110, code 99/100 / 98/100,
# sqli 88/90, traversal 107/110, xss 90/90, all 491/500 / 490/500
# (sixteenth round: cmdi 108, traversal 110, all 495 in both)
# (seventeenth round: a form's "+" between UNION and SELECT: sqli 89, all
# 496)
# (eighteenth round: XPath's predicate closed and a union with a path:
# code 99 / 98 -> 100, all 497 -> 498)
MANUALS_FLOORS = {"cmdi": 0.99, "code": 0.99, "sqli": 0.977, "traversal": 0.99,
                  "xss": 0.988, "ALL": 0.996}

# benign refused (query / json): markdown-notes 16/72 / 17/72 (HTML forms
# and SQL statements in fences, PowerShell, "$(ssh-agent -s)"),
# issue-comments 6 / 7 (commands in code spans, SQL in fences, an
# unbalanced quote quoted), manpages-help 7 (find -exec, PowerShell,
# "sudo tee ... <<<", awk on /etc/passwd, "npm run <script>"), ops-text 6
# (crontab chains to bin paths, shell scripts), paths-files 4 (a .log
# name, ~/.ssh/config; 6 before 2026-12-04's named files: two .sql.gz
# objects on S3), education 4, docstrings 3, search-queries 2,
# commit-changelog 1, data-fields and prose in 20 languages 0; all
# 49/792 / 51/792
# (2026-12-04, the fifteenth round: "<script>" named in a changelog and a
# usage line passes, a bare script element whose content JavaScript
# cannot parse: commit-changelog 1 -> 0, manpages-help 6 -> 5, all 49 / 51
# -> 46+3 / 48)
# (sixteenth round: a preserved banner, ".env.example": docstrings 3 -> 2,
# paths-files 4 -> 3, all 47 / 46)
# (seventeenth round: SQL in a fence, "OR 1=1 meaning": markdown-notes 16 /
# 17 -> 11, issue-comments 6 / 7 -> 5 / 6, search-queries 2 -> 1, all 43 /
# 45 -> 36 / 37)
# (nineteenth round: form controls in a markdown fence are code:
# markdown-notes 10 / 11 -> 4 / 5, all 36 / 37 -> 30 / 31)
MANUALS_CEILINGS = {"commit-changelog": 0.014, "data-fields": 0.014, "docstrings": 0.042,
                    "education": 0.056, "issue-comments": 0.084, "manpages-help": 0.07,
                    "markdown-notes": 0.056, "ops-text": 0.098, "paths-files": 0.056,
                    "prose": 0.014, "search-queries": 0.028, "ALL": 0.036}

# The notes corpus of the fourteenth round (tests/corpus/notes/), measured
# 2026-12-04 at the round's end (the same in both placements): attacks
# 474/475 (a scheme-relative URL to a share on a named host passes, as
# a CDN's URL does); before the round's here-string and jar: URL changes
# 473/475, at the session's start 472/475
NOTES_FLOORS = {"cmdi": 0.99, "code": 0.99, "sqli": 0.988, "traversal": 0.975,
                "xss": 0.988, "ALL": 0.995}
# benign refused: none (homework-math's "p && q ...; !p || q" was read
# as a SQL tautology until the fifteenth round; 3/782 at the fourteenth's
# start: two chat arrows "<<<" read as a here-string)
NOTES_CEILINGS = {"checkin-notes": 0.014, "everyday-files-links": 0.014, "forms-misc": 0.014,
                  "homework-math": 0.014, "long-posts": 0.056, "messages-chat": 0.014,
                  "multilingual": 0.013, "names-orgs-addresses": 0.014,
                  "recipes-health-legal": 0.014, "reviews-social": 0.014,
                  "search-terms": 0.014, "ALL": 0.002}

# The workplace corpus of the fifteenth round (tests/corpus/workplace/),
# measured 2026-12-04 14:44 (query / json): attacks 467/474 / 465/474
# (458 / 455 on the session's starting tree, the corpus's first replay:
# metadata URLs inside text, an INSERT's second row, cmd.exe substrings,
# Redis commands and forged log lines after a line break, circled digits
# in a host, mail header injection in bodies, a sheet's fetch of a wrapped
# cell since); left: SSRF by DNS
# rebinding, private addresses in a sheet's IMPORTXML
# (sixteenth round: DNS rebinding to a metadata path caught, ssrf-crlf
# 61 / 59, all 468 / 466)
# (seventeenth round: a backtick span a bare "#" ends: cmdi 80 -> 81 of 82)
# (eighteenth round: a URL a sheet's IMPORTXML is given at an internal IP:
# ssrf-crlf 61 / 59 -> 63 / 61, all 470 / 468 -> 472 / 470)
WORKPLACE_FLOORS = {"cmdi": 0.987, "code": 0.988, "sqli": 0.988, "ssrf-crlf": 0.984,
                    "traversal": 0.986, "xss": 0.987, "ALL": 0.997}
# benign refused (query / json): logs-errors 8 / 7 (HTTP responses pasted
# with their headers: a response splitting's shape), spreadsheet-data 6
# (formulas joining a cell into a URL, QUERY's SQL, IMPORTXML's XPath),
# localization-strings 0 (8 at the first replay: positional
# placeholders, iOS .strings lines read as literals compared, a vue-i18n
# call "$t('k', { n: 1 })" read as PHP's dynamic call), devops
# chat 2 ("$(git rev-parse ...)" in code spans); email-bodies 0 (24 / 0
# at the first replay: forwarded mails' headers in a query); all 16 / 15
# of 792 (48 / 23 at the first replay)
# (sixteenth round: XPath predicates, a sheet's "#"&TEXT(...), a SELECT
# after a label: spreadsheet-data 6 -> 3, all 13 / 12)
# (eighteenth round: a sheet's =QUERY with its range: spreadsheet-data 3
# -> 2, all 13 / 12 -> 12 / 11)
# (nineteenth round: a time stamp's $(date +%F) and a version stamp's
# $(git rev-parse --short HEAD): devops-chat 2 -> 0, all 12 / 11 -> 10 / 9)
WORKPLACE_CEILINGS = {"academic-legal": 0.013, "crm-notes": 0.013, "devops-chat": 0.013,
                      "email-bodies": 0.014, "helpdesk-tickets": 0.013,
                      "localization-strings": 0.013, "logs-errors": 0.113,
                      "product-catalog": 0.013, "security-team-prose": 0.014,
                      "spreadsheet-data": 0.038, "ALL": 0.014}

# The platform corpus of the sixteenth round (tests/corpus/platform/: a
# platform API's filter queries, rich text, templates, CSS, webhooks,
# orders, analytics, developer support, SEO content and automation rules,
# 800 benign; 493 attacks), first replayed at 54d9525, after the round's
# first changes and before any made for it: benign refused 72/800 (both
# placements), attacks 483/493 / 481/493. Measured 2026-12-04 16:26
# (query / json): attacks 490 / 488 (DNS rebinding, a cluster's service
# names, the alias off-by-slash, argument injection, cmd.exe carets
# since; left: an OData filter's tautology after a long prefix, DOM
# clobbering, a Liquid loop sending customers' e-mails to a foreign
# image host); benign 17/800 (whole SELECTs without their ";", iframes
# of video players, an @import of a web font, an SVG data URL in CSS,
# JsonLogic, a CASE expression, a Splunk search, a localhost OAuth
# callback, a psql \copy, curl | bash in a sentence,
# PowerShell, an escaped <script> in <pre>, a Notion formula)
PLATFORM_FLOORS = {"cmdi": 0.987, "code": 0.976, "sqli": 0.987, "ssrf-crlf": 0.987,
                   "traversal": 0.987, "xss": 0.987, "ALL": 0.995}
# (seventeenth round: a TypeError quoting querySelector: analytics 1 -> 0,
# all 16)
# (eighteenth round: a log search's pipeline ended by text filters:
# filter-queries 2 -> 1, all 16 -> 15)
PLATFORM_CEILINGS = {"analytics-events": 0.013, "automation-rules": 0.05, "content-seo": 0.013,
                     "css-theme": 0.038, "developer-support": 0.075, "filter-queries": 0.025,
                     "product-and-orders": 0.013, "rich-text-html": 0.05, "templates": 0.013,
                     "webhooks-integrations": 0.025, "ALL": 0.02}

# The data platform corpus of the sixteenth round (tests/corpus/dataplatform/:
# saved SQL, dbt models, notebook cells, pipeline configs, dashboard
# filters, logs, docs and data, 600 benign; 360 attacks), first replayed at
# 90c73a4, before any change made for it: benign refused 121/600 (saved
# SQL 50, dbt models 43), attacks 349/360 / 344/360. Measured 2026-12-04
# 17:23 (query / json): attacks 357 / 352 (JDBC URLs, COPY after a
# breakout, GCP's bare metadata host, Consul names, a chain ended by a
# bare "#" since; left: a UNC path to a foreign host, an option at a
# value's start, a database URL to loopback; line breaks in a JSON body
# are text: ssrf-crlf 59 / 54); benign 79/600: saved SQL 50 (whole
# statements without their ";", the shape of a subquery; an API that takes
# SQL declares that argument's type instead), notebook cells 9 (spark.sql
# calls), logs 8 (a statement quoted by PostgreSQL's error), docs 6,
# dashboards 4; dbt models 43 -> 1 (templates of SQL, data-only template
# expressions)
# (seventeenth round: an option before the address, cmdi 59 -> 60 of 60)
DATAPLATFORM_FLOORS = {"cmdi": 0.983, "code": 0.983, "sqli": 0.983, "ssrf-crlf": 0.983,
                       "traversal": 0.983, "xss": 0.983, "ALL": 0.997}
# (seventeenth round: whole DML/DDL statements ended by their ";", a
# statement PostgreSQL's error quotes, SQL in a fence: saved-queries 50 ->
# 37, logs 8 -> 0, docs 6 -> 2, all 79 -> 54)
# (nineteenth round: a time stamp's $(date -u -d '...' +%F):
# pipeline-configs 1 -> 0, all 49 -> 48)
DATAPLATFORM_CEILINGS = {"dashboard-and-filters": 0.067, "data-values": 0.014,
                         "dbt-and-templated-sql": 0.014, "docs-and-comments": 0.027,
                         "logs-and-errors": 0.014, "notebook-cells": 0.067,
                         "pipeline-configs": 0.014, "saved-queries": 0.454, "ALL": 0.072}

# SecLists' payload lists of the seventeenth round (tests/corpus/seclists/:
# 2,667 attacks, no benign values; held out, its README), first replayed
# at 6c835e7, before any change made for it: 2,316 / 2,667 in both
# placements (traversal 1,363 / 1,570, sqli 389 / 506, ssrf 49 / 66);
# ModSecurity + CRS PL1 2,185 on the same bytes (tests/corpus_crs.py).
# Measured 2026-12-04 18:35: 2,389 (a "%" a filter stripped, look-alike
# dots and slashes, ".." glued to a word or a drive, admin shares, "~"
# dot files, names under localhost, wildcard-DNS names, bracket
# identifiers since); left: absolute paths into server software's trees
# as whole values (134: the shape of a user's own paths, which the
# benign corpora hold), Generic-SQLi's lone keywords and operators, and
# sqlmap's templates left with their [PLACEHOLDERS] in function calls
SECLISTS_FLOORS = {"cmdi": 0.997, "ldap": 0, "nosql": 0.5, "sqli": 0.792, "ssrf": 0.803,
                   "traversal": 0.907, "xss": 0.972, "xxe": 0.854, "ALL": 0.899}

# The formats corpus of the seventeenth round (tests/corpus/formats/: 800
# benign values in ten notations, URLs, tokens, regexes, math, markup
# dialects, other languages' code, data lines, ASCII art, scripts, security
# talk; 438 attacks hidden in the same notations), first replayed at
# dd5604f, before any change made for it: benign refused 30 / 800 in the
# query (protocol-crlf 11: iCalendar, vCard, RRULE, quoted headers), 24 in a
# JSON note; attacks 429 / 428 of 438; ModSecurity + CRS PL1 87 / 82 and
# 343. Measured 2026-12-04 19:08: benign 22 / 21 (records of fields, a
# raster data: URL, a git remote, a drawn cat since; left: header lines
# quoted in support questions, ERB and PHP views, wiki templates read as
# Jinja, IPv6 literal URLs to public hosts, a Julia lambda); attacks 435
# (a delay piped after a word, reST and LaTeX inclusions, fetched markup to
# internal hosts, a CSV field's formula since; left: an encoded line break
# before a bare "id", an option at a value's start, .NET's Process.Start)
# (19:44: an option before the address, an ISBN in a wiki citation, a
# sheet's range: attacks 436, benign 20 / 19)
FORMATS_FLOORS = {"cmdi": 0.986, "code": 0.987, "sqli": 0.985, "ssrf": 0.985,
                  "traversal": 0.984, "xss": 0.987, "ALL": 0.997}
# (eighteenth round: a sheet's =QUERY with its range: math-science 2 -> 1,
# all 20 / 19 -> 19 / 18)
# (nineteenth round: a Makefile recipe's $(CC), a Dockerfile's RUN line:
# code-other-langs 6 -> 4, all 19 / 18 -> 17 / 16)
FORMATS_CEILINGS = {"ascii-art-emoji": 0.013, "code-other-langs": 0.063, "data-lines": 0.063,
                    "i18n-scripts": 0.013, "ids-tokens": 0.013, "markup-dialects": 0.038,
                    "math-science": 0.025, "regex-patterns": 0.025,
                    "security-talk-benign": 0.025, "urls-links": 0.05, "ALL": 0.022}

# The query-languages corpus of the eighteenth round (tests/corpus/
# querylangs/: 800 benign query and filter expressions in ten languages,
# search syntaxes, OData/RSQL/SCIM filters, JQL/SOQL/KQL, PromQL/SPL/NRQL,
# Cypher/SPARQL/GraphQL, JSONPath/jq/XPath, Mongo and Elasticsearch
# documents, rule expressions, queries quoted in prose, regexes and globs;
# 450 attacks hidden in them), first replayed at 026ff81, before any change
# made for it: benign refused 90 / 800 in both placements (logs-metrics
# 31, jql-soql-sql-like 19, nosql-documents 11), attacks 401 / 450
# (nosqli 29 / 50, ssrf 30 / 45, ldap-xpath 25 / 30); ModSecurity + CRS
# PL1 181 and 323 on the same bytes. Measured 2026-12-04 21:00: benign
# 64 (a search pipeline's text filters, metrics' label matchers, Sieve's
# require list, JsonLogic's "if" key, sheets' QUERY ranges, GraphQL's
# @include(if: ...) since; 56 with filter documents that open with their
# logic, $and/$or/$expr/$text/$jsonSchema/$match: nosql-documents 11 -> 3;
# 57 once a text filter's pipeline must be text no program wrote: an SPL
# search with "| eval" is refused again;
# left:
# whole SELECT statements without their ";" (SOQL, NRQL), the Mongo
# shell's db.x.find(...), CEL and C# conditions read as
# SQL tautologies), attacks 423 (a URL given to a fetcher at an internal
# IP, a credential's field filtered by more than equality, nested
# quantifiers in a $regex since), 428 with XPath's literal breakouts
# (ldap-xpath 25 -> 30), 429 with sed's e modifier; left: DynamoDB and RediSearch expressions,
# Elasticsearch query documents. 2026-12-04 23:20: benign 55 (a regex's
# escaped dots and slashes are no Windows path), attacks 430 (a literal
# compared with itself after a filter's condition, a tautology before a
# carried query string's next "&name="); benign 50 (a carried query
# string of Strapi/qs filters read operator by operator: filter-params
# 5 -> 0). 2026-12-05 01:30: benign 46 (a method call on a dotted name,
# "&&", another dotted name: CEL's conditions; eval given only
# assignments, SPL's "| eval x=..."; jq's "| {id, name}" object); 45
# (a formula's IF(AND(...)): SQL calls no AND); 42 (XPath to a named
# element, JMESPath's [?...] filters, jq's select(.x ...))
QUERYLANGS_FLOORS = {"cmdi": 0.983, "code": 0.983, "ldap-xpath": 0.966, "nosqli": 0.8,
                     "sqli": 0.988, "ssrf": 0.955, "traversal": 0.977, "xss": 0.985,
                     "ALL": 0.975}
QUERYLANGS_CEILINGS = {"filter-params": 0.013, "graph-queries": 0.025,
                       "jql-soql-sql-like": 0.238, "json-paths-selectors": 0.025,
                       "logs-metrics": 0.163, "nosql-documents": 0.05,
                       "regexy-and-wildcards": 0.025, "rules-expressions": 0.038,
                       "saved-searches-prose": 0.05, "search-syntax": 0.013, "ALL": 0.053}

# The ops corpus of the twenty-first round (tests/corpus/ops/: 800 benign
# values of operations text, runbook steps, config snippets, manifests,
# Windows administration, logs, incident notes, paths and URLs, DBA notes,
# alerts, chat; 481 attacks hidden in the same notations), first replayed
# at 94f08c3, before any change made for it: benign refused 111 / 800 in
# both placements (paths-and-urls 30, sql-ops 23, windows-admin 19,
# runbook-steps 17), attacks 453 / 481 in the query, 447 in a JSON note
# (crlf 22 / 36 and 16, code 68 / 78). Measured 2026-12-05 03:45 (the
# round's code): benign 94 (closed shell loops from the first byte,
# PowerShell command lines from the first byte, ${VAR:-default} between
# quotes; left: whole values that are system paths, internal URLs and SQL
# statements, by design), attacks 472 / 466 (log forging, template
# functions that reach the host, Groovy's execute(), base64 pickles of
# protocol 0; left: log lines forged after a typed break and a sentence,
# CI output files' NAME=value lines, Go templates that dump their
# context).
OPS_FLOORS = {"cmdi": 0.989, "code": 0.974, "crlf": 0.888, "ldap-xpath": 0.96,
              "nosqli": 0.866, "sqli": 0.983, "ssrf": 0.983, "traversal": 0.982,
              "xss": 0.982, "ALL": 0.987}
OPS_CEILINGS = {"chat-ops": 0.025, "config-snippets": 0.088, "iac-manifests": 0.075,
                "incident-notes": 0.025, "logs-and-errors": 0.05, "monitoring-alerts": 0.038,
                "paths-and-urls": 0.388, "runbook-steps": 0.163, "sql-ops": 0.3,
                "windows-admin": 0.15, "ALL": 0.119}

# The code corpus of the same round (tests/corpus/code/: 800 benign values
# of source code and programming talk, C#, JVM, Go/Rust/C, Python/Ruby/
# PHP, JS/TS, SQL in code, build scripts, markup, errors and traces,
# review prose in nine languages; 490 attacks through the same fields),
# first replayed at 94f08c3: benign refused 110 / 800 in both placements
# (markup-and-styles 25, sql-in-code 21, javascript-ts 20), attacks 478 /
# 490 in the query, 475 in a JSON note. Measured 2026-12-05 03:45: benign
# 96 (JSX handlers, shell loops, PowerShell lines; left: HTML and XML
# markup, SQL in code, Python/PHP/Ruby templates, by design), attacks
# 480 / 477 (left: Mongo operators inside a JSON string value,
# Elasticsearch and RediSearch query breakouts, argument injection
# writing a file, a judge's Python reading a file).
CODE_FLOORS = {"cmdi": 0.983, "code": 0.98, "crlf": 0.95, "ldap-xpath": 0.933,
               "nosqli": 0.885, "sqli": 0.988, "ssrf": 0.977, "traversal": 0.977,
               "xss": 0.988, "ALL": 0.989}
CODE_CEILINGS = {"csharp-dotnet": 0.05, "errors-and-traces": 0.075, "go-rust-c": 0.025,
                 "javascript-ts": 0.138, "jvm": 0.088, "markup-and-styles": 0.263,
                 "python-ruby-php": 0.138, "review-prose": 0.013, "shell-and-build": 0.125,
                 "sql-in-code": 0.263, "ALL": 0.107}

# The science corpus of the twenty-second round (tests/corpus/science/:
# 800 benign values of scientific text, LaTeX, plain math and logic,
# chemistry and biology notations, statistics output, research code, HPC
# job scripts, citations and metadata, lab protocols, abstracts in eleven
# languages, Q&A and referee reports; 487 attacks hidden in the same
# notations), first replayed at 6a39d03, before any change made for it:
# benign refused 20 / 800 in the query, 16 in a JSON note (hpc-jobs 9 / 5,
# research-code 6), attacks 469 / 487 in the query, 466 in a JSON note
# (nosqli 18 / 24, crlf 25 / 30 and 22). Measured 2026-12-05 06:20 (the
# round's code, e37845e): benign 13 (LaTeX's decimal comma, a code span's
# call, module load; left: HPC scripts'
# command substitutions, SAS and R code, eval() in MATLAB and R, a path
# with ".." in prose, by design), attacks 474 / 475 (protocol lines after
# a break, XPath location paths, DDE; left: Mongo operator documents and
# Lucene queries as whole values, internal admin URLs in citation
# records, R and Julia code calling the shell, a gnuplot pipe, a CSV row).
SCIENCE_FLOORS = {"cmdi": 0.987, "code": 0.962, "crlf": 0.966, "ldap-xpath": 0.954,
                  "nosqli": 0.833, "sqli": 0.986, "ssrf": 0.962, "traversal": 0.98, "xss": 0.986,
                  "ALL": 0.985}
SCIENCE_CEILINGS = {"abstracts-multilingual": 0.013, "chemistry-bio": 0.013,
                    "citations-metadata": 0.013, "hpc-jobs": 0.075, "lab-protocols": 0.013,
                    "latex-math": 0.013, "plain-math-logic": 0.013, "qa-and-review": 0.025,
                    "research-code": 0.088, "stats-output": 0.013, "ALL": 0.017}

# The commerce corpus of the same round (tests/corpus/commerce/: 800
# benign values of shop text, product listings, rich-text HTML from
# WYSIWYG editors, reviews in fourteen languages, names and addresses,
# searches, support chat, seller templates, orders and codes, URLs,
# marketing copy; 497 attacks through the same fields), first replayed at
# 6a39d03: benign refused 5 / 800 in both placements (rich-text-html 3),
# attacks 482 / 497 in the query, 478 in a JSON note (crlf 27 / 32 and 23).
# Measured 2026-12-05 06:20 (e37845e): benign 2 (video embeds' iframes,
# by design), attacks 489 / 490 (an attribute breakout, a delay after a
# name, protocol lines, an access log's line; left: Mongo operator
# documents and Elasticsearch queries, a look-alike host, ImageMagick's
# -write, a CSV row and a syslog line after a sentence).
COMMERCE_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.968, "ldap-xpath": 0.954,
                   "nosqli": 0.851, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.981, "xss": 0.987,
                   "ALL": 0.991}
COMMERCE_CEILINGS = {"marketing-copy": 0.013, "names-addresses": 0.013,
                     "orders-and-codes": 0.013, "product-listings": 0.013,
                     "reviews-multilingual": 0.013, "rich-text-html": 0.038,
                     "search-queries": 0.013, "seller-templates": 0.013,
                     "support-chat": 0.013, "urls-and-tracking": 0.013, "ALL": 0.004}

# The health corpus of the twenty-third round (tests/corpus/health/: 800
# benign values of clinical notes, HL7 v2 and FHIR, prescriptions, patient
# messages, legal citations, docket entries, contract clauses, benefits
# forms, imaging and device metadata, insurance claims; 496 attacks in
# the same notations), first replayed at 42623cf, before any change made
# for it: benign refused 5 / 800 in both placements (imaging-devices 3),
# attacks 480 / 496 in the query, 479 in a JSON note (crlf 26 / 33).
# Measured 2026-12-05 08:25 (the round's code, 3d1f9c4): benign 3 (a unit
# before a flag, a PowerShell alias's letters in French; left: a ".."
# path in prose, a CSV header's "Date;Time", a JavaScript filter),
# attacks 488 / 487 (HL7 segments and MLLP frames, syslog frames, SMTP's
# end of data, $expr, a search query's breakout, an XPath union; left:
# argument injection reading /etc/shadow and writing to a web root, a
# rebinding host, an intranet host, a $regex on an SSN, log lines after
# two words in a JSON note).
HEALTH_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.969, "ldap-xpath": 0.958, "nosqli": 0.961,
                 "sqli": 0.987, "ssrf": 0.98, "traversal": 0.981, "xss": 0.987, "ALL": 0.997}
HEALTH_CEILINGS = {"benefits-forms": 0.013, "clinical-notes": 0.013,
                   "contract-clauses": 0.013, "docket-entries": 0.013, "hl7-fhir": 0.013,
                   "imaging-devices": 0.038, "insurance-claims": 0.013,
                   "legal-citations": 0.013, "patient-messages": 0.013,
                   "prescriptions": 0.013, "ALL": 0.004}

# The community corpus of the same round (tests/corpus/community/: 800
# benign values of player names and bios, game chat, forum markup, bot and
# stream commands, mod pages, console and scripting, leaderboards, bug
# reports and patch notes, server admin, roleplay; 480 attacks through
# the same fields), first replayed at 42623cf: benign refused 5 / 800 in
# both placements, attacks 460 / 480 in both (crlf 18 / 29). Measured
# 2026-12-05 08:25 (3d1f9c4): benign 4 (an ellipsis in a path; left: a
# wiki table's "|| Mount", a chat bot's $(eval ...), a console's "clear;
# status; ping", a game log's "../../../" path), attacks 474 / 474
# (log records after a chat line, IRC commands, memcached's delete, Lua's
# os.execute and loadlib, $expr, an UPDATE's assignments after a phrase;
# left: a game server's address with its RCON port, a rebinding host,
# an exfiltration in Garry's Mod Lua, a CSV row and a properties line
# after a break).
COMMUNITY_FLOORS = {"cmdi": 0.986, "code": 0.973, "crlf": 0.931, "ldap-xpath": 0.954,
                    "nosqli": 0.956, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.98, "xss": 0.986,
                    "ALL": 0.993}
COMMUNITY_CEILINGS = {"bot-and-stream-commands": 0.025, "bug-reports-patch-notes": 0.025,
                      "console-and-scripting": 0.013, "forum-posts": 0.025,
                      "game-chat": 0.013, "guild-and-roleplay": 0.013, "mod-pages": 0.013,
                      "player-names-bios": 0.013, "server-admin": 0.013,
                      "speedrun-leaderboard": 0.013, "ALL": 0.005}

# The finance corpus of the twenty-fourth round (tests/corpus/finance/:
# 800 benign values of payment references, invoice lines, spreadsheet
# formulas, ledger entries, trading orders, tax and regulatory text, fraud
# analysts' notes, customer messages, statement descriptors, analysts'
# queries; 490 attacks in the same notations), first replayed at 72631f3,
# before any change made for it: benign refused 6 / 800 in both
# placements (api-and-report-queries 5: SQL an analyst writes), attacks
# 478 / 490 in both (crlf 30 / 34, nosqli 21 / 24). Measured 2026-12-05
# 08:55 (the round's code, 2356399): benign 6 (SQL an analyst writes, by
# design), attacks 483 / 482 (SWIFT tags after a reference, a $regex on a
# PIN, an upsert; left: a search query widened with OR and a wildcard or
# _index, a JSON operator's comparison, argument injection posting a
# file, a fixed-width payment record after a break, a Smarty-like filter).
FINANCE_FLOORS = {"cmdi": 0.986, "code": 0.975, "crlf": 0.941, "ldap-xpath": 0.954,
                  "nosqli": 0.916, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.981, "xss": 0.986,
                  "ALL": 0.991}
FINANCE_CEILINGS = {"api-and-report-queries": 0.075, "customer-messages": 0.013,
                    "fraud-analyst-notes": 0.025, "invoice-lines": 0.013,
                    "ledger-entries": 0.013, "payment-references": 0.013,
                    "spreadsheet-formulas": 0.013, "statement-descriptors": 0.013,
                    "tax-regulatory": 0.013, "trading-orders": 0.013, "ALL": 0.009}

# The IoT corpus of the same round (tests/corpus/iot/: 800 benign values
# of device labels, automations, SCADA tags, MQTT, alarms and readings,
# firmware notes, fieldbus maps, serial consoles, gateway configs, field
# notes; 490 attacks through the same fields), first replayed at 72631f3:
# benign refused 26 / 800 in both placements (gateway-config 10,
# serial-console 6), attacks 474 / 490 in the query, 473 in a JSON note.
# Measured 2026-12-05 08:55 (2356399): benign 25 (a JavaScript condition;
# left: shell scripts, cron lines and units in gateway configs, shell
# lines in consoles, by design; SQL for a historian, a semicolon CSV, a
# capitalised "IP"), attacks 482 / 481 (a $regex on a PIN, an AT command
# after an SMS, an XPath axis, tcpdump's -z, busybox telnetd; left:
# internal service names as URL hosts, a Go template dumping its data,
# InfluxQL's match-all regex, a tautology inside a JSON string, a
# Mosquitto record after a break in a JSON note).
IOT_FLOORS = {"cmdi": 0.987, "code": 0.987, "crlf": 0.941, "ldap-xpath": 0.958,
              "nosqli": 0.916, "sqli": 0.972, "ssrf": 0.981, "traversal": 0.981, "xss": 0.986,
              "ALL": 0.991}
IOT_CEILINGS = {"alarms-readings": 0.013, "automations": 0.025, "device-labels": 0.013,
                "field-notes": 0.025, "fieldbus-maps": 0.025, "firmware-ota": 0.013,
                "gateway-config": 0.138, "mqtt": 0.025, "scada-tags": 0.05,
                "serial-console": 0.063, "ALL": 0.028}

# The education corpus of the twenty-fifth round (tests/corpus/education/:
# 800 benign values of math answers, code submissions, autograder output,
# quiz items, grading comments, syllabi, forum posts, parent messages,
# admissions forms, references; 509 attacks in the same notations), first
# replayed at cf2fd14, before any change made for it: benign refused 23 /
# 800 in both placements (SQL in code submissions 8, bare .sql file names
# 5), attacks 495 / 509 in the query, 494 in a JSON note. Measured
# 2026-12-05 09:15 (the round's code): benign 20 (arithmetic expansion,
# calls in code spans; left: SQL a student writes, .sql names, a "<script>"
# named in a quiz, a "../" reading list), attacks 496 / 495.
EDUCATION_FLOORS = {"cmdi": 0.973, "code": 0.975, "crlf": 0.939, "ldap-xpath": 0.913,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.945,
                    "xss": 0.987, "ALL": 0.986}
EDUCATION_CEILINGS = {"admissions_form": 0.013, "autograder_output": 0.025,
                      "code_submission": 0.113, "forum_post": 0.038, "grading_comment": 0.025,
                      "math_answer": 0.013, "parent_message": 0.013, "quiz_item": 0.038,
                      "reference_file": 0.075, "syllabus": 0.013, "ALL": 0.025}

# The travel corpus of the same round (tests/corpus/travel/: 800 benign
# values of passenger names, itineraries, service requests, GDS entries,
# fare rules, hotel and car notes, reviews, refund requests, travel
# documents, concierge chat; 499 attacks through the same fields), first
# replayed on the tree with the education round's changes, before any
# change made for it: benign refused 1 / 800 ("online = £35" read as a
# handler), attacks 489 / 499 in the query, 488 in a JSON note. Measured
# 09:15: benign 0, attacks 492 / 491 (webcal:// to the loopback, an
# access log's time, a key appended to authorized_keys).
TRAVEL_FLOORS = {"cmdi": 0.986, "code": 0.975, "crlf": 0.906, "ldap-xpath": 0.956, "nosqli": 0.92,
                 "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981, "xss": 0.987, "ALL": 0.989}
TRAVEL_CEILINGS = {"concierge-chat": 0.013, "fare-rule": 0.013, "gds-entry": 0.013,
                   "hotel-car-note": 0.013, "itinerary": 0.013, "passenger-name": 0.013,
                   "refund-request": 0.013, "review": 0.013, "ssr-remark": 0.013,
                   "travel-doc": 0.013, "ALL": 0.002}

# The real-estate corpus of the twenty-sixth round
# (tests/corpus/realestate/: 800 benign values of listings, addresses,
# maintenance requests, lease clauses, inspections, construction RFIs,
# CAD and BIM paths, mortgage answers, HOA notes; 491 attacks), first
# replayed at 05495d6: benign refused 4 / 800 (relative CAD paths with
# "../", an upload path, a measurement in feet), attacks 475 / 491 in
# the query, 472 in a JSON note; 476 / 473 with the round's .local class.
REALESTATE_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.896, "ldap-xpath": 0.954,
                     "nosqli": 0.88, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.961,
                     "xss": 0.986, "ALL": 0.985}
REALESTATE_CEILINGS = {"address_unit": 0.013, "cad_bim_path": 0.025,
                       "construction_rfi": 0.013, "hoa_building_notes": 0.013,
                       "inspection_punch": 0.025, "lease_clause": 0.013,
                       "listing_description": 0.013, "listing_title": 0.013,
                       "maintenance_request": 0.013, "mortgage_answer": 0.013, "ALL": 0.004}

# The media corpus of the same round (tests/corpus/media/: 800 benign
# values of article drafts, subtitles, show notes, metadata tags, track
# listings, editorial notes, captions, rights notes, encoding notes; 451
# attacks), first replayed on the tree with the round's .local class,
# before any change made for it: benign refused 6 / 800 in the query, 5
# in a JSON note (a track list's "A3 Select All" read as IMAP's SELECT, a
# video embed, "Sleep(5)" in a track title, mood tags with ";"), attacks
# 435 / 451 in the query, 434 in a JSON note.
# 444 / 442 and 3 / 2 with the twenty-seventh round's classes (an
# INSERT's rows of its own, an "@" file, an output option's cron or login
# target, a shortcode's src, LDAP's escapes, a CSV row, a log record's
# words; "sleep" with no operand, a literal after a call, a name's
# trailing dot).
MEDIA_FLOORS = {"cmdi": 0.985, "code": 0.985, "crlf": 0.928, "ldap-xpath": 0.888,
                "nosqli": 0.95, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.98,
                "xss": 0.985, "ALL": 0.993}
MEDIA_CEILINGS = {"article_draft": 0.025, "caption_credit": 0.013, "editorial_comment": 0.013,
                  "encoding_note": 0.013, "headline_byline": 0.013, "media_metadata": 0.013,
                  "podcast_shownotes": 0.013, "rights_licensing": 0.013,
                  "subtitle_transcript": 0.013, "track_listing": 0.025, "ALL": 0.004}

# The logistics corpus of the twenty-seventh round
# (tests/corpus/logistics/: 800 benign values of delivery instructions,
# shipment references, EDI segments, customs and dangerous-goods
# descriptions, warehouse locations, incident and proof-of-delivery
# notes, addresses, rates and routes, operators' notes; 492 attacks),
# first replayed at bbdc080 (the media classes, before any change made
# for it): benign refused 2 / 800 in both placements, attacks 481 / 492
# in the query, 480 in a JSON note. With its classes (a $nin of nothing,
# a $expr that reads a secret field, a search widened by an OR of a
# match-all, an internal host and port as the whole value; Location's
# value as one token, a tool's subcommand in text): benign 0, attacks
# 485 / 484.
LOGISTICS_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.969, "ldap-xpath": 0.92,
                    "nosqli": 0.965, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.98, "xss": 0.986,
                    "ALL": 0.995}
LOGISTICS_CEILINGS = {"addresses": 0.013, "customs_descriptions": 0.013,
                      "delivery_instructions": 0.013, "dg_declarations": 0.013,
                      "edi_segments": 0.013, "incident_pod": 0.013, "ops_notes": 0.013,
                      "rates_routes": 0.013, "shipment_refs": 0.013,
                      "warehouse_locations": 0.013, "ALL": 0.002}

# The civic corpus of the same round (tests/corpus/civic/: 800 benign
# values of service requests, permits, public comments, council minutes,
# records requests, court filings, library searches, benefits answers,
# open-data queries, multilingual notices; 496 attacks), first replayed
# at 8104702 (the logistics classes, before any change made for it):
# benign refused 17 / 800 in both placements (16 of them open-data
# queries written in SQL, SoQL's SELECT ... GROUP BY: whole statements,
# refused by design, README), attacks 493 / 496 in the query, 490 in a
# JSON note. With its classes (an UPDATE's own WHERE after the
# assignments, a backslash after an internal host; money after "net"):
# benign 16, attacks 495 / 492.
CIVIC_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.939, "ldap-xpath": 0.96,
                "nosqli": 0.96, "sqli": 0.987, "ssrf": 0.963, "traversal": 0.981,
                "xss": 0.986, "ALL": 0.993}
CIVIC_CEILINGS = {"benefits_answer": 0.013, "council_minutes": 0.013, "court_filing": 0.013,
                  "library_search": 0.013, "notice_multilingual": 0.013,
                  "opendata_query": 0.213, "permit_description": 0.013,
                  "public_comment": 0.013, "records_request": 0.013,
                  "service_request": 0.013, "ALL": 0.022}

# The hospitality corpus of the twenty-eighth round
# (tests/corpus/hospitality/: 800 benign values of menu items, order
# instructions, recipes, kitchen tickets, dietary notes, reservation
# notes, guest requests, reviews, supplier orders, inspection notes; 484
# attacks), first replayed at cfa895e (the civic classes, before any
# change made for it): benign refused 1 / 800 in both placements,
# attacks 477 / 484 in the query, 476 in a JSON note.
# With the round's classes: benign 0, attacks 480 / 478.
HOSPITALITY_FLOORS = {"cmdi": 0.985, "code": 0.986, "crlf": 0.967, "ldap-xpath": 0.954,
                      "nosqli": 0.928, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.98,
                      "xss": 0.986, "ALL": 0.995}
HOSPITALITY_CEILINGS = {"dietary_note": 0.013, "guest_request": 0.013,
                        "inspection_note": 0.013, "kitchen_ticket": 0.013, "menu_item": 0.013,
                        "order_instruction": 0.013, "recipe": 0.013,
                        "reservation_note": 0.013, "review": 0.013, "supplier_order": 0.013,
                        "ALL": 0.002}

# The telecom corpus of the same round (tests/corpus/telecom/: 800 benign
# values of phone numbers, SMS templates, USSD and MMI codes, APN and
# router settings, SIP messages and dial plans, call records, number
# porting, NOC tickets, billing and plans, IVR prompts; 495 attacks),
# first replayed at e50566a (before any change made for it): benign
# refused 8 / 800 in both placements, attacks 482 / 495 in the query,
# 479 in a JSON note. With the round's classes (find's bare ";", a $type
# alone, a match-all OR'ed first, a private address and port, SIP's
# identity headers, Asterisk's manager actions, a JSON log record after
# one closed, a lone carriage return, a tmp directory at any depth; a
# here-string's "<<<" in a sentence, a dial plan's nested function):
# benign 6, attacks 491 / 489.
TELECOM_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.906, "ldap-xpath": 0.954,
                  "nosqli": 0.961, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.981, "xss": 0.986,
                  "ALL": 0.993}
TELECOM_CEILINGS = {"apn_router": 0.025, "billing_plans": 0.013, "cdr_records": 0.025,
                    "ivr_multilingual": 0.013, "noc_tickets": 0.013, "number_porting": 0.013,
                    "phone_numbers": 0.013, "sip_dialplan": 0.063, "sms_templates": 0.013,
                    "ussd_mmi": 0.013, "ALL": 0.009}

# The sports corpus of the twenty-ninth round (tests/corpus/sports/: 800
# benign values of fixtures and venues, match reports, player names,
# lineups, odds and betting, race times, workout logs, referee reports,
# forum posts, stat queries; 498 attacks), first replayed at ecd2546
# (before any change made for it): benign refused 2 / 800 in both
# placements, attacks 492 / 498 in the query, 490 in a JSON note.
# With the round's classes: benign 2, attacks 493 / 490.
SPORTS_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.939, "ldap-xpath": 0.956, "nosqli": 0.961,
                 "sqli": 0.987, "ssrf": 0.981, "traversal": 0.962, "xss": 0.987, "ALL": 0.991}
SPORTS_CEILINGS = {"fixtures_venue": 0.013, "forum_posts": 0.013, "lineups": 0.013,
                   "match_reports": 0.013, "odds_betting": 0.013, "player_names": 0.013,
                   "race_times": 0.013, "referee_reports": 0.013, "stat_queries": 0.038,
                   "workout_logs": 0.013, "ALL": 0.004}

# The automotive corpus of the same round (tests/corpus/automotive/: 800
# benign values of repair orders, diagnostic output and CAN frames, parts
# fitment, listings, inspections, warranty and recalls, telematics,
# complaints, tuning forums, insurance damage notes; 497 attacks), first
# replayed at ecd2546: benign refused 3 / 800 in the query, 2 in a JSON
# note, attacks 489 / 497 in both placements. With the round's classes (JSON arrows
# in SQL only, a command spelled by variables, a level line in a query
# value): benign 2 / 1, attacks 493 / 490.
AUTOMOTIVE_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.968, "ldap-xpath": 0.913,
                     "nosqli": 0.962, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.981,
                     "xss": 0.986, "ALL": 0.995}
AUTOMOTIVE_CEILINGS = {"customer-complaint": 0.013, "diagnostic-output": 0.013,
                       "inspection-checklist": 0.013, "insurance-damage": 0.013,
                       "parts-fitment": 0.013, "repair-order-notes": 0.025,
                       "telematics-fleet": 0.013, "tuning-forum": 0.013,
                       "vehicle-listing": 0.013, "warranty-recall": 0.013, "ALL": 0.003}

# The agriculture corpus of the thirtieth round
# (tests/corpus/agriculture/: 800 benign values of field names, spray and
# fertilizer logs, seed and yield, livestock registry, vet treatments,
# weather and irrigation, equipment telemetry, co-op orders, compliance
# notes, forum posts; 494 attacks), first replayed at 7b290bd (before any
# change made for it): benign refused 1 / 800 in both placements, attacks
# 486 / 494 in both placements. With its classes (a $ne of a quoted 0 or 1, a field
# whose name ends in _url, a FROM then a stacked statement commented out;
# a file-taking program before a plain word): benign 0, attacks 489.
AGRICULTURE_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.969, "ldap-xpath": 0.958,
                      "nosqli": 0.961, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.98,
                      "xss": 0.986, "ALL": 0.997}
AGRICULTURE_CEILINGS = {"compliance_notes": 0.013, "coop_orders": 0.013,
                        "equipment_telemetry": 0.013, "field_names": 0.013,
                        "forum_posts": 0.013, "livestock_registry": 0.013,
                        "seed_yield": 0.013, "spray_fert_logs": 0.013,
                        "vet_treatments": 0.013, "weather_irrigation": 0.013, "ALL": 0.002}

# The events corpus of the same round (tests/corpus/events/: 800 benign
# values of event listings, session abstracts, registration answers,
# ticket tiers and promo codes, donation tributes, volunteer shifts, grant
# answers, newsletter templates, check-in logs, venue and AV notes; 498
# attacks), first replayed at dd541a0 (before any change made for it):
# benign refused 3 / 800 in both placements, attacks 489 / 498 in the
# query, 487 in a JSON note. With its classes (a link covering the window, a
# stream at an internal host, a spelled line break after a sentence, a
# JSON string breakout, a program run from a remote share; a CRM's custom
# field's "__"): benign 2, attacks 494 / 492.
EVENTS_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.967, "ldap-xpath": 0.956, "nosqli": 0.961,
                 "sqli": 0.987, "ssrf": 0.981, "traversal": 0.98, "xss": 0.987, "ALL": 0.997}
EVENTS_CEILINGS = {"checkin_log": 0.013, "donation_tribute": 0.013, "event_listing": 0.025,
                   "grant_answer": 0.013, "newsletter_template": 0.013,
                   "registration_answer": 0.013, "session_abstract": 0.013,
                   "ticket_promo": 0.013, "venue_av": 0.013, "volunteer_shift": 0.013,
                   "ALL": 0.003}

# The legal corpus of the thirty-first round (tests/corpus/legal/: 800
# benign values of contract clauses, e-discovery searches, privilege and
# redaction logs, dockets and citations, deposition excerpts, billing
# narratives, intake answers, correspondence, document metadata, matter
# notes; 493 attacks), first replayed at c97a6b2 (before any change made
# for it): benign refused 14 / 800 in both placements (13 of them
# e-discovery searches, a group then "AND field = value"), attacks 487 /
# 493 in the query, 485 in a JSON note. With its class (a group the value
# opens and closes itself, then a condition on a name or a call): benign
# 1 / 800.
LEGAL_FLOORS = {"cmdi": 0.986, "code": 0.974, "crlf": 0.968, "ldap-xpath": 0.956, "nosqli": 0.961,
                "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
LEGAL_CEILINGS = {"billing_narrative": 0.013, "contract_clause": 0.013, "correspondence": 0.013,
                  "deposition_excerpt": 0.013, "docket_citation": 0.013,
                  "document_metadata": 0.025, "ediscovery_search": 0.013,
                  "intake_answer": 0.013, "matter_note": 0.013,
                  "privilege_redaction_log": 0.013, "ALL": 0.003}

# The pharma corpus of the same round (tests/corpus/pharma/: 800 benign
# values of structures, reagents, assay results, batch records,
# deviations and CAPA, trial schedules, adverse events, dosage
# instructions, instrument files, regulatory mail; 485 attacks), first
# replayed at 1bb3d1d (before any change made for it): benign refused 6 /
# 800 in the query, 2 in a JSON note, attacks 481 / 485 in both
# placements. With its class (a mail's reply prefix after a
# salutation): benign 2 / 2.
PHARMA_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.923, "ldap-xpath": 0.909,
                 "nosqli": 0.958, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981,
                 "xss": 0.986, "ALL": 0.993}
PHARMA_CEILINGS = {"adverse_events": 0.013, "assay_results": 0.013, "batch_records": 0.013,
                   "deviations_capa": 0.013, "dosage_instructions": 0.013,
                   "instrument_files": 0.013, "reagents": 0.013, "regulatory_mail": 0.013,
                   "structures": 0.013, "trial_schedule": 0.013, "ALL": 0.002}

# The hr corpus of the thirty-second round (tests/corpus/hr/: 800 benign
# values of job postings, CVs, interview scorecards, recruiter searches,
# pay and payroll, leave requests, onboarding checklists, reviews,
# handbook and exit text, people profiles; 488 attacks), first replayed
# at b21e5ba (before any change made for it): benign refused 9 / 800 in
# both placements, attacks 485 / 488 in both. With its classes (a
# product's name after a separator; a group breakout that widens a
# search; an INSERT row's end after words): benign 7, attacks 488.
HR_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.968, "ldap-xpath": 0.952,
             "nosqli": 0.961, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.98,
             "xss": 0.985, "ALL": 0.997}
HR_CEILINGS = {"candidate_cv": 0.025, "compensation_payroll": 0.013, "handbook_exit": 0.013,
               "interview_scorecard": 0.05, "job_posting": 0.013, "leave_request": 0.013,
               "onboarding_checklist": 0.013, "people_profile": 0.013, "performance_review": 0.013,
               "recruiter_search": 0.013, "ALL": 0.007}

# The insurance corpus of the same round (tests/corpus/insurance/: 800
# benign values of policy references, loss narratives, adjuster notes,
# coverage wording, underwriting rules, rating, repair estimates, medical
# billing, correspondence, document uploads; 495 attacks), first replayed
# at b21e5ba: benign refused 6 / 800 in both placements, attacks 490 / 495
# in the query, 489 in a JSON note. With its classes (a clause's "3.e."
# numbering; an early ")" then a constant comparison; a one-word first
# line then a command line; match_all): benign 2, attacks 493 / 492.
INSURANCE_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.968, "ldap-xpath": 0.956,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981,
                    "xss": 0.987, "ALL": 0.997}
INSURANCE_CEILINGS = {"adjuster_notes": 0.013, "correspondence": 0.013, "coverage_wording": 0.013,
                      "doc_uploads": 0.013, "fnol_narrative": 0.013, "medical_billing": 0.013,
                      "policy_refs": 0.013, "rating_calc": 0.013, "repair_estimates": 0.013,
                      "uw_rules": 0.025, "ALL": 0.003}

# The energy corpus of the same round (tests/corpus/energy/: 800 benign
# values of meter readings, tariffs, outage reports, switching orders,
# SCADA alarms, interconnection applications, safety reports, billing
# disputes, demand-response notices, customer messages; 494 attacks),
# first replayed at 6b20f9a: benign refused 1 / 800 in both placements,
# attacks 490 / 494 in the query, 489 in a JSON note. With its classes
# (an aside after a name PHP runs; rows after a number; a hex label):
# benign 0, attacks 492 / 491.
ENERGY_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.909, "ldap-xpath": 0.954, "nosqli": 0.96,
                 "sqli": 0.986, "ssrf": 0.981, "traversal": 0.981, "xss": 0.986, "ALL": 0.993}
ENERGY_CEILINGS = {"billing-dispute": 0.013, "customer-message": 0.013,
                   "demand-response": 0.013, "interconnection": 0.013, "meter-reading": 0.013,
                   "outage-report": 0.013, "safety-report": 0.013, "scada-alarm": 0.013,
                   "switching-order": 0.013, "tariff-plan": 0.013, "ALL": 0.002}

# The gaming corpus of the same round (tests/corpus/gaming/: 800 benign
# values of player names, chat, player reports, patch notes, bug reports,
# mods, server listings, marketplace, speedruns and esports, scripting
# help; 488 attacks), first replayed at 6b20f9a: benign refused 4 / 800 in
# the query, 2 in a JSON note, attacks 484 / 483 of 488. With its classes
# (a product's name in a listing; the settings read for a secret): benign
# 3 / 1, attacks 485 / 484.
GAMING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.937, "ldap-xpath": 0.956,
                 "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                 "xss": 0.986, "ALL": 0.993}
GAMING_CEILINGS = {"bug-reports": 0.025, "chat-lines": 0.013, "marketplace": 0.013,
                   "mod-repository": 0.025, "patch-notes": 0.025, "player-names": 0.013,
                   "player-reports": 0.013, "scripting-help": 0.013, "server-listings": 0.013,
                   "speedrun-esports": 0.013, "ALL": 0.005}

# The social corpus of the same round (tests/corpus/social/: 800 benign
# bios, statuses, comments, direct messages, dating prompts, events,
# group rules, moderation notes, shared links, poetry and slang; 501
# attacks), first replayed at 55f3f24: benign refused 1 / 800 in both
# placements, attacks 494 / 501 in both. With its classes (an
# abbreviation in capitals after a separator; a span that fetches and
# runs; an iCalendar guest after a line): benign 0, attacks 496.
SOCIAL_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.87, "ldap-xpath": 0.956,
                 "nosqli": 0.961, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981,
                 "xss": 0.987, "ALL": 0.992}
SOCIAL_CEILINGS = {"bio": 0.013, "comment": 0.013, "dating_prompt": 0.013, "dm": 0.013,
                   "event": 0.013, "group_rules": 0.013, "link_share": 0.013,
                   "moderation": 0.013, "poetry_slang": 0.013, "status": 0.013,
                   "ALL": 0.002}

# The construction corpus of the same round (tests/corpus/construction/:
# 800 benign bills of quantities, drawing registers, RFIs, site diaries,
# punch lists, specification clauses, change orders, safety permits, CAD
# file paths, crew messages; 492 attacks), first replayed at 55f3f24:
# benign refused 3 / 800 in both placements (relative CAD paths with
# "../", a revision's "rev 'C1'" after ";"), attacks 488 / 492 in the
# query, 486 in a JSON note. No class of its own changed them.
CONSTRUCTION_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.956,
                       "nosqli": 0.961, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.98,
                       "xss": 0.986, "ALL": 0.995}
CONSTRUCTION_CEILINGS = {"boq_line": 0.013, "cad_file_path": 0.038, "change_order": 0.013,
                         "crew_message": 0.013, "drawing_register": 0.013,
                         "punch_list": 0.013, "rfi": 0.013, "safety_permit": 0.013,
                         "site_diary": 0.013, "spec_clause": 0.013, "ALL": 0.004}

# The aviation corpus of the same round (tests/corpus/aviation/: 800
# benign maintenance logs, MEL deferrals, parts, NOTAMs and weather, flight
# plans, crew schedules, weight and balance, passenger requests, irregular
# ops notes, safety reports; 484 attacks), first replayed at 36fa99f:
# benign refused 2 / 800 in both placements, attacks 480 / 484. With its
# class (a format string's field reaching __globals__): attacks 481.
AVIATION_FLOORS = {"cmdi": 0.986, "code": 0.986, "crlf": 0.966, "ldap-xpath": 0.958,
                   "nosqli": 0.923, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.986,
                   "ALL": 0.995}
AVIATION_CEILINGS = {"crew_sched": 0.013, "flight_plan": 0.013, "irops_note": 0.013,
                     "mel_deferral": 0.013, "mx_log": 0.013, "notam_wx": 0.013,
                     "parts": 0.025, "pax_ssr": 0.013, "safety_report": 0.013,
                     "weight_balance": 0.013, "ALL": 0.003}

# The gis corpus of the same round (tests/corpus/gis/: 800 benign
# coordinates, geometry, OSM tags, service URLs, styling and filter
# expressions, survey notes, geocoding queries, data paths, place labels,
# catalogue metadata; 489 attacks), first replayed at 36fa99f: benign
# refused 24 / 800 in both placements (QGIS and ArcGIS expressions read as
# SQL, relative data paths with "../", a what3words address read as an
# open redirect, an OSM tag read as an event handler), attacks 481 / 479.
# With its classes (OSM's oneway; PostgreSQL's COPY and temporary
# tables): benign 23, attacks 482 / 480.
GIS_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.968, "ldap-xpath": 0.954, "nosqli": 0.96,
              "sqli": 0.974, "ssrf": 0.981, "traversal": 0.98, "xss": 0.986, "ALL": 0.993}
GIS_CEILINGS = {"catalogue_metadata": 0.013, "coordinates": 0.025, "data_paths": 0.125,
                "expressions": 0.1, "geocode_queries": 0.013, "geometry": 0.013,
                "osm_tags": 0.013, "place_labels": 0.013, "service_urls": 0.025,
                "survey_notes": 0.013, "ALL": 0.024}

# The library corpus of the thirty-third round (tests/corpus/library/:
# 800 benign catalogue searches, call numbers, MARC fields, finding aids,
# processing notes, patron requests, interlibrary-loan notes, citations,
# identifier URLs, digitisation paths; 478 attacks), first replayed at
# 37c413c: benign refused 5 / 800 in both placements (a subfield code
# before a parenthetical read as a PHP call, a title element, one step up
# to a TIFF, a manifest and a scan under /var/www and /var/spool),
# attacks 473 / 471. With the round's classes: benign 0, attacks 475 / 472.
LIBRARY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.967, "ldap-xpath": 0.954,
                  "nosqli": 0.961, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.98, "xss": 0.986,
                  "ALL": 0.997}
LIBRARY_CEILINGS = {"call_number": 0.013, "citation": 0.013, "digitisation_path": 0.013,
                    "finding_aid": 0.013, "identifier_url": 0.013, "ill_note": 0.013,
                    "marc_field": 0.013, "patron_request": 0.013, "processing_note": 0.013,
                    "search_query": 0.013, "ALL": 0.002}

# The transit corpus of the same round (tests/corpus/transit/: 800 benign
# trip searches, station names, GTFS rows, service alerts, timetable
# notes, rider feedback, lost and found, fare disputes, operations
# messages, open-data questions; 490 attacks), first replayed at 37c413c:
# benign refused 2 / 800 (a SELECT quoted in a question, a pasted HTTP
# request), attacks 486 / 486. With the round's classes: attacks 487.
TRANSIT_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.939, "ldap-xpath": 0.956,
                  "nosqli": 0.964, "sqli": 0.986, "ssrf": 0.963, "traversal": 0.981,
                  "xss": 0.986, "ALL": 0.993}
TRANSIT_CEILINGS = {"fare_dispute": 0.013, "gtfs_row": 0.013, "lost_found": 0.013,
                    "open_data": 0.038, "ops_message": 0.013, "rider_feedback": 0.013,
                    "service_alert": 0.013, "station_name": 0.013, "timetable_note": 0.013,
                    "trip_search": 0.013, "ALL": 0.004}

# The veterinary corpus of the same round (tests/corpus/veterinary/: 800
# benign patients and owners, SOAP notes, dosages, lab results,
# vaccinations, client messages, invoices, pharmacy notes, referral
# letters, imaging; 491 attacks), first replayed at 37c413c: benign
# refused 0 / 800, attacks 486 / 486. With the round's classes: 487 / 486.
VETERINARY_FLOORS = {"cmdi": 0.973, "code": 0.987, "crlf": 0.939, "ldap-xpath": 0.956,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.961, "traversal": 0.98,
                     "xss": 0.986, "ALL": 0.989}
VETERINARY_CEILINGS = {"client_message": 0.013, "dosage_rx": 0.013, "imaging": 0.013,
                       "invoice_estimate": 0.013, "lab_result": 0.013, "patient_owner": 0.013,
                       "pharmacy_inventory": 0.013, "referral_letter": 0.013,
                       "soap_note": 0.013, "vaccination": 0.013, "ALL": 0.002}

# The manufacturing corpus of the same round
# (tests/corpus/manufacturing/: 800 benign work orders, NCR and CAPA
# text, inspection results, SPC notes, CNC programs, PLC alarms, BOM
# lines, supplier quality, shift handovers, document references; 496
# attacks), first replayed at 37c413c: benign refused 2 / 800 (an angle's
# minutes then an arrow read as a JSON operator, a label file under
# /var/spool), attacks 493 / 492. With the round's classes: benign 0,
# attacks 494 / 493.
MANUFACTURING_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.911, "ldap-xpath": 0.96,
                        "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.993}
MANUFACTURING_CEILINGS = {"bom_line": 0.013, "cnc_program": 0.013, "document_ref": 0.013,
                          "inspection_result": 0.013, "ncr_capa": 0.013, "plc_alarm": 0.013,
                          "shift_handover": 0.013, "spc_note": 0.013,
                          "supplier_quality": 0.013, "work_order": 0.013, "ALL": 0.002}

# The support corpus of the same round (tests/corpus/support/: 800 benign
# ticket subjects and bodies, chat messages, error traces, pasted configs
# and logs, agent macros, internal notes, survey comments, knowledge-base
# searches, attachment paths; 481 attacks), first replayed at 37c413c:
# benign refused 33 in the query and 25 in a JSON note (pasted HTML with
# <script> and <iframe>, PowerShell, shell scripts, crontab lines, SQL in
# notes, paths of logs and of /etc, by design; and logs whose first line
# carries syslog's time stamp, a PHP warning, an error page's title),
# attacks 476 / 476. With the round's classes: benign 24 / 23.
SUPPORT_FLOORS = {"cmdi": 0.985, "code": 0.986, "crlf": 0.966, "ldap-xpath": 0.909,
                  "nosqli": 0.961, "sqli": 0.987, "ssrf": 0.942, "traversal": 0.98,
                  "xss": 0.986, "ALL": 0.991}
SUPPORT_CEILINGS = {"agent_macro": 0.038, "attachment_path": 0.088, "chat_message": 0.025,
                    "config_log_paste": 0.138, "error_trace": 0.025, "internal_note": 0.025,
                    "kb_search": 0.038, "survey_comment": 0.013, "ticket_body": 0.025,
                    "ticket_subject": 0.013, "ALL": 0.032}

# The maritime corpus of the same round (tests/corpus/maritime/: 800
# benign vessel searches, noon reports, port calls, bills of lading,
# stowage notes, pilot and tug requests, crew notes, deck logs, port-state
# deficiencies, EDI and AIS lines; 487 attacks), first replayed at
# 37c413c: benign refused 1 / 800 (a company named "Union Select ..."),
# attacks 478 / 478. With the round's classes: 482 / 479.
MARITIME_FLOORS = {"cmdi": 0.985, "code": 0.974, "crlf": 0.939, "ldap-xpath": 0.96,
                   "nosqli": 0.961, "sqli": 0.975, "ssrf": 0.942, "traversal": 0.98, "xss": 0.986,
                   "ALL": 0.987}
MARITIME_CEILINGS = {"bill_of_lading": 0.025, "crew_note": 0.013, "deck_log": 0.013,
                     "edi_ais": 0.013, "noon_report": 0.013, "pilot_tug_request": 0.013,
                     "port_call": 0.013, "psc_deficiency": 0.013, "stowage_note": 0.013,
                     "vessel_search": 0.013, "ALL": 0.003}

# The thirty-fourth round's corpora (written by helpers from the same
# brief, first replayed at 11de058, before any change made for them; the
# query's figures):
# banking (tests/corpus/banking/: 800 benign payment references, SWIFT
# narratives, disputes, KYC notes, complaints, loan memos, branch cash,
# reconciliation, batch files, letters; 488 attacks): benign 2 -> 0,
# attacks 485 -> 486;
BANKING_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.903, "ldap-xpath": 0.954,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981, "xss": 0.986,
                  "ALL": 0.991}
BANKING_CEILINGS = {"batch-file": 0.013, "branch-cash": 0.013, "complaint": 0.013,
                    "customer-letter": 0.013, "dispute-note": 0.013, "kyc-aml-note": 0.013,
                    "loan-memo": 0.013, "payment-ref": 0.013, "recon-gl": 0.013,
                    "swift-narrative": 0.013, "ALL": 0.002}
# nonprofit (tests/corpus/nonprofit/: donor notes, campaign pages,
# volunteer sign-ups, events, worship planning, grants, prayer requests,
# rotas, board minutes, addresses; 491 attacks): benign 2 -> 0, attacks
# 488 -> 491;
NONPROFIT_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.937, "ldap-xpath": 0.96,
                    "nosqli": 0.964, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.98,
                    "xss": 0.986, "ALL": 0.995}
NONPROFIT_CEILINGS = {"board_minutes": 0.013, "campaign_pages": 0.013, "donor_notes": 0.013,
                      "event_descriptions": 0.013, "grant_budget": 0.013,
                      "mailing_addresses": 0.013, "prayer_requests": 0.013,
                      "rota_segments": 0.013, "volunteer_signup": 0.013,
                      "worship_planning": 0.013, "ALL": 0.002}
# music (tests/corpus/music/: track titles, lyrics, liner notes, chord
# charts, DAW and plugin notes, sample paths, mix feedback, rights,
# MIDI/OSC, forum posts; 490 attacks): benign 3 -> 0, attacks 486 -> 487;
MUSIC_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.954,
                "nosqli": 0.923, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981,
                "xss": 0.986, "ALL": 0.991}
MUSIC_CEILINGS = {"chord_setlist": 0.013, "daw_plugin": 0.013, "forum_bio": 0.013,
                  "liner_notes": 0.013, "lyrics": 0.013, "midi_osc": 0.013,
                  "mix_feedback": 0.013, "release_rights": 0.013, "sample_stem_path": 0.013,
                  "track_title": 0.013, "ALL": 0.002}
# surveillance (tests/corpus/surveillance/: case reports, case
# definitions, lab comments, code lookups, analysts' snippets, dashboard
# filters, contact tracing, sitreps, export paths, data-quality flags; 498
# attacks): benign 15 -> 10 (the analysts' pasted SQL, R and Python, and
# a .bak file, by design), attacks 492 -> 493.
SURVEILLANCE_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.937, "ldap-xpath": 0.954,
                       "nosqli": 0.88, "sqli": 0.987, "ssrf": 0.945, "traversal": 0.981,
                       "xss": 0.987, "ALL": 0.987}
SURVEILLANCE_CEILINGS = {"analyst_snippets": 0.113, "case_definitions": 0.013,
                         "case_report_notes": 0.013, "code_lookups": 0.013,
                         "contact_tracing_logs": 0.013, "dashboard_filters": 0.013,
                         "data_quality_flags": 0.013, "export_paths": 0.025,
                         "lab_result_comments": 0.013, "outbreak_sitrep": 0.013, "ALL": 0.013}

# The thirty-fifth round's corpora (the same brief; first replayed at
# f4a02e4's rules with the linear scans of 320a567, before any change made
# for them; the query's figures):
# genealogy (tests/corpus/genealogy/: names, dates, places, GEDCOM lines,
# citations, census and register transcriptions, DNA notes, research
# logs, forum posts; 484 attacks): benign 1, attacks 476 -> 478;
GENEALOGY_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.9, "ldap-xpath": 0.952,
                    "nosqli": 0.92, "sqli": 0.975, "ssrf": 0.98, "traversal": 0.94,
                    "xss": 0.974, "ALL": 0.983}
GENEALOGY_CEILINGS = {"census_transcription": 0.013, "dna_note": 0.013, "event_date": 0.013,
                      "forum_post": 0.013, "gedcom_fragment": 0.013, "person_name": 0.013,
                      "place_name": 0.013, "register_transcription": 0.013,
                      "research_log": 0.013, "source_citation": 0.013, "ALL": 0.002}
# weather (tests/corpus/weather/: METAR and TAF, SYNOP, station metadata,
# forecast discussions, warnings, model-run notes, spotter reports,
# climate summaries, data file paths, API queries; 490 attacks): benign 11
# (data paths under /etc and /var/log, relative paths, a glob, command
# lines in notes: by design), attacks 487;
WEATHER_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.906, "ldap-xpath": 0.956,
                  "nosqli": 0.961, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.981,
                  "xss": 0.986, "ALL": 0.991}
WEATHER_CEILINGS = {"api_query": 0.013, "climate_summary": 0.013, "data_file_path": 0.113,
                    "forecast_discussion": 0.013, "metar_taf": 0.013,
                    "model_run_notes": 0.038, "public_warning": 0.013,
                    "spotter_report": 0.013, "station_metadata": 0.013,
                    "synop_obs_log": 0.013, "ALL": 0.014}
# delivery (tests/corpus/delivery/: menu items, order notes, addresses,
# courier chat, tickets, promotions, opening hours, POS tickets, menu CSV,
# reviews; 486 attacks): benign 0, attacks 479 -> 480;
DELIVERY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.906, "ldap-xpath": 0.954,
                   "nosqli": 0.846, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.98,
                   "xss": 0.973, "ALL": 0.985}
DELIVERY_CEILINGS = {"courier_chat": 0.013, "delivery_address": 0.013, "menu_csv": 0.013,
                     "menu_item": 0.013, "opening_hours": 0.013, "order_note": 0.013,
                     "pos_ticket": 0.013, "promo": 0.013, "review": 0.013,
                     "support_ticket": 0.013, "ALL": 0.002}
# fitness (tests/corpus/fitness/: workout logs, plans, nutrition, wearable
# sync, coach comments, bookings, injury notes, challenges, export paths,
# posts; 486 attacks): benign 2 -> 0, attacks 478 -> 481;
FITNESS_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.954,
                  "nosqli": 0.961, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.961, "xss": 0.986,
                  "ALL": 0.993}
FITNESS_CEILINGS = {"challenge_name": 0.013, "class_booking": 0.013, "coach_comment": 0.013,
                    "community_post": 0.013, "export_path": 0.013, "injury_physio": 0.013,
                    "nutrition_log": 0.013, "training_plan": 0.013, "wearable_sync": 0.013,
                    "workout_log": 0.013, "ALL": 0.002}
# localization (tests/corpus/localization/: source strings and
# translations with placeholders, translator comments, glossary, style
# notes, QA messages, resource paths, XLIFF and gettext fragments, reviews,
# TM searches; 487 attacks): benign 11 -> 8 (relative resource paths, a PHP
# language file, a Vue template's $t call: by design), attacks 479 -> 480;
LOCALIZATION_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.954,
                       "nosqli": 0.92, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.986, "ALL": 0.993}
LOCALIZATION_CEILINGS = {"file_fragment": 0.05, "glossary_entry": 0.025, "qa_message": 0.013,
                         "resource_ref": 0.038, "review_comment": 0.013,
                         "source_string": 0.013, "style_note": 0.013, "tm_search": 0.013,
                         "translation": 0.013, "translator_comment": 0.013, "ALL": 0.009}
# astronomy (tests/corpus/astronomy/: observing logs, targets, FITS cards,
# telescope scripts, proposals, reduction notes, ADQL queries, frame paths,
# alert circulars, newsletters; 479 attacks): benign 114 -> 86 (75 of them
# ADQL queries, whole SQL statements: by design; system and relative
# paths, header-like circulars), attacks 474 -> 476;
ASTRONOMY_FLOORS = {"cmdi": 0.986, "code": 0.986, "crlf": 0.9, "ldap-xpath": 0.954, "nosqli": 0.96,
                    "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.986, "ALL": 0.993}
ASTRONOMY_CEILINGS = {"adql_query": 0.963, "alert_circular": 0.038, "club_newsletter": 0.013,
                      "fits_header": 0.013, "frame_path": 0.088, "observing_log": 0.013,
                      "proposal_abstract": 0.013, "reduction_notes": 0.025,
                      "target_lookup": 0.013, "telescope_script": 0.013, "ALL": 0.108}
# recipes (tests/corpus/recipes/: titles, ingredient lines, method steps,
# allergens, reviews, menus, kitchen tickets, HACCP logs, invoices,
# searches; 480 attacks): benign 0, attacks 475;
RECIPES_FLOORS = {"cmdi": 0.986, "code": 0.986, "crlf": 0.933, "ldap-xpath": 0.909,
                  "nosqli": 0.961, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.98, "xss": 0.986,
                  "ALL": 0.993}
RECIPES_CEILINGS = {"haccp-log": 0.013, "ingredient-line": 0.013, "kitchen-ticket": 0.013,
                    "menu-item": 0.013, "method-step": 0.013,
                    "note-allergen-nutrition": 0.013, "recipe-title": 0.013,
                    "review-comment": 0.013, "search-tags-files": 0.013,
                    "supplier-invoice": 0.013, "ALL": 0.002}
# publishing (tests/corpus/publishing/: titles and abstracts, authors,
# reviews and responses, BibTeX, references, JATS, letters, availability
# statements, catalogue searches; 483 attacks): benign 27 -> 10 (SQL and
# shell lines in reviews and statements, a DOCTYPE with a system id, an
# XSLT stylesheet instruction, a script tag named in prose), attacks 476
# -> 480;
PUBLISHING_FLOORS = {"cmdi": 0.985, "code": 0.975, "crlf": 0.968, "ldap-xpath": 0.954,
                     "nosqli": 0.96, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.986, "ALL": 0.995}
PUBLISHING_CEILINGS = {"author_responses": 0.013, "authors_affiliations": 0.013,
                       "availability_statements": 0.025, "bibtex_entries": 0.038,
                       "catalogue_search": 0.013, "editorial_letters": 0.013,
                       "jats_xml": 0.05, "references_dois": 0.013, "reviewer_comments": 0.038,
                       "titles_abstracts": 0.013, "ALL": 0.012}
# museum (tests/corpus/museum/: object records, provenance, catalogue
# descriptions, finding aids, conservation reports, loans and rights,
# labels, digitisation, searches, transcriptions; 491 attacks): benign 0,
# attacks 480 -> 483;
MUSEUM_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.956, "nosqli": 0.92,
                 "sqli": 0.987, "ssrf": 0.963, "traversal": 0.981, "xss": 0.986, "ALL": 0.993}
MUSEUM_CEILINGS = {"catalogue_description": 0.013, "conservation_report": 0.013,
                   "digitisation": 0.013, "exhibition_label": 0.013, "finding_aid": 0.013,
                   "loan_rights": 0.013, "object_record": 0.013, "provenance": 0.013,
                   "search_query": 0.013, "transcription": 0.013, "ALL": 0.002}
# maker (tests/corpus/maker/: G-code, slicer profiles, CAD code, firmware
# config, job and material notes, file paths, macros, forum posts, order
# forms; 492 attacks): benign 38 -> 6 (OpenSCAD's assert, FreeCAD's exec
# of a macro file, a server section listing loopback ranges, dot-files
# under a home and relative paths), attacks 483 -> 486;
MAKER_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.911, "ldap-xpath": 0.954,
                "nosqli": 0.92, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.961,
                "xss": 0.987, "ALL": 0.989}
MAKER_CEILINGS = {"cad_code": 0.038, "file_path": 0.05, "firmware_config": 0.025,
                  "forum_post": 0.013, "gcode": 0.013, "job_note": 0.013, "macro": 0.013,
                  "material_note": 0.013, "order_form": 0.013, "slicer_profile": 0.013,
                  "ALL": 0.009}
# biolab (tests/corpus/biolab/: sample ids, FASTA, primers, protocol steps,
# pipeline commands, data paths, QC reports, freezer inventory, ELN notes,
# sharing requests; 486 attacks): benign 14 -> 13 (pipeline command lines,
# relative and ../ paths, a SLURM output pattern read as format
# directives), attacks 481 -> 482;
BIOLAB_FLOORS = {"cmdi": 0.986, "code": 0.975, "crlf": 0.9, "ldap-xpath": 0.954,
                 "nosqli": 0.961, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.98,
                 "xss": 0.986, "ALL": 0.991}
BIOLAB_CEILINGS = {"data_paths": 0.063, "eln_notes": 0.025, "fasta": 0.013,
                   "freezer_inventory": 0.013, "pipeline_cmds": 0.075, "primers": 0.013,
                   "protocol_steps": 0.013, "qc_reports": 0.013, "sample_ids": 0.013,
                   "sharing_requests": 0.013, "ALL": 0.014}
# tax (tests/corpus/tax/: client questions, line items, form references,
# payment references, bank memos, journal entries, spreadsheet notes,
# receipt files, deadlines, multilingual notes; 495 attacks): benign 2
# (spreadsheet formulas in notes), attacks 490 -> 491;
TAX_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.969, "ldap-xpath": 0.958,
              "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.986,
              "ALL": 0.997}
TAX_CEILINGS = {"bank_memo": 0.013, "client_question": 0.013, "engagement_deadline": 0.013,
                "form_reference": 0.013, "journal_entry": 0.013, "line_item": 0.013,
                "multilingual_note": 0.013, "payment_reference": 0.013,
                "receipt_filename": 0.013, "spreadsheet_note": 0.038, "ALL": 0.004}
# hamradio (tests/corpus/hamradio/: contact notes, ADIF records, log
# searches, antenna and rig notes, QSL messages, contest exchanges,
# satellite passes, nets and repeaters; 490 attacks): benign 2 -> 1 (a
# rig's PowerShell script block), attacks 482 -> 484;
HAMRADIO_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.774, "ldap-xpath": 0.954,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.983}
HAMRADIO_CEILINGS = {"adif_paste": 0.013, "antenna_note": 0.013, "contest_exchange": 0.013,
                     "log_search": 0.013, "multilingual": 0.013, "net_repeater": 0.013,
                     "qsl_message": 0.013, "qso_note": 0.013, "rig_software": 0.025,
                     "satellite_pass": 0.013, "ALL": 0.003}
# patents (tests/corpus/patents/: claim drafts, classification codes,
# application numbers, citations, office-action responses, chemical and
# mathematical notation, trademark goods, deadlines and fees, inventor
# names; 493 attacks): benign 1 -> 0, attacks 486 -> 490;
PATENTS_FLOORS = {"cmdi": 0.986, "code": 0.974, "crlf": 0.903, "ldap-xpath": 0.956, "nosqli": 0.96,
                  "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981, "xss": 0.986, "ALL": 0.991}
PATENTS_CEILINGS = {"app_number_search": 0.013, "chem_math_notation": 0.013,
                    "claim_draft": 0.013, "classification": 0.013, "deadline_fee_note": 0.013,
                    "inventor_name": 0.013, "multilingual_note": 0.013,
                    "office_action_response": 0.013, "prior_art_citation": 0.013,
                    "trademark_goods": 0.013, "ALL": 0.002}
# chess (tests/corpus/chess/: PGN games, FEN positions, annotations,
# pairings, ratings, openings, puzzles, other games' notations,
# announcements; 483 attacks): benign 1 -> 0, attacks 479 -> 479;
CHESS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.909, "nosqli": 0.96,
                "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
CHESS_CEILINGS = {"annotation": 0.013, "announcement": 0.013, "fen": 0.013,
                  "multilingual": 0.013, "opening": 0.013, "other-games": 0.013,
                  "pairings": 0.013, "pgn": 0.013, "puzzle": 0.013, "rating": 0.013,
                  "ALL": 0.002}
# lexicon (tests/corpus/lexicon/: IPA entries, etymologies, interlinear
# glosses, morphological rules, corpus queries, usage examples, citations,
# contributor comments; 468 attacks): benign 4 -> 1 (a Toolbox record's
# backslash markers), attacks 462 -> 463;
LEXICON_FLOORS = {"cmdi": 0.957, "code": 0.986, "crlf": 0.928, "ldap-xpath": 0.95,
                  "nosqli": 0.954, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.986, "ALL": 0.991}
LEXICON_CEILINGS = {"contributor_comment": 0.013, "corpus_query": 0.013,
                    "definition_note": 0.013, "dictionary_citation": 0.013, "etymology": 0.013,
                    "interlinear_gloss": 0.025, "ipa_entry": 0.013, "morph_rule": 0.013,
                    "search_query": 0.013, "usage_example": 0.013, "ALL": 0.003}
# electronics (tests/corpus/electronics/: BOM lines, SPICE netlists, HDL
# snippets, register maps, measurements, datasheet citations, design file
# paths, forum questions, order notes; 492 attacks): benign 16 -> 10
# (relative ../ library paths, a udev rule's and a GPIO's system paths,
# VHDL and Verilog statements after ";", a shell loop a question quotes),
# attacks 486 -> 487;
ELECTRONICS_FLOORS = {"cmdi": 0.957, "code": 0.987, "crlf": 0.969, "ldap-xpath": 0.96,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.961,
                      "xss": 0.986, "ALL": 0.991}
ELECTRONICS_CEILINGS = {"bom_line": 0.013, "datasheet_citation": 0.013,
                        "design_file_path": 0.075, "forum_question": 0.025,
                        "hdl_snippet": 0.05, "measurement_note": 0.013,
                        "multilingual_note": 0.013, "order_note": 0.013,
                        "register_map": 0.025, "spice_netlist": 0.013, "ALL": 0.014}
# mathforum (tests/corpus/mathforum/: LaTeX questions, set and logic
# notation, ASCII math, computer-algebra snippets, proofs, citations,
# tags and searches, answers and titles; 489 attacks): benign 3 -> 1 (a
# composition's "where f(x) = ... and g(x) = ..."), attacks 479 -> 482;
MATHFORUM_FLOORS = {"cmdi": 0.973, "code": 0.961, "crlf": 0.892, "ldap-xpath": 0.952,
                    "nosqli": 0.956, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981,
                    "xss": 0.987, "ALL": 0.987}
MATHFORUM_CEILINGS = {"answer_comment": 0.013, "ascii_math": 0.025, "cas_snippet": 0.013,
                      "citation": 0.013, "latex_question": 0.013, "multilingual": 0.013,
                      "proof_prose": 0.013, "question_title": 0.013, "set_logic": 0.013,
                      "tag_search": 0.013, "ALL": 0.003}
# crypto (tests/corpus/crypto/: tickets, address labels, JSON-RPC,
# Solidity, command lines, amounts and fees, KYC notes, API settings,
# ABIs; 492 attacks): benign 58 -> 5 (command lines a user pastes, a
# Solidity require of a bare boolean), attacks 479 -> 483;
CRYPTO_FLOORS = {"cmdi": 0.921, "code": 0.974, "crlf": 0.935, "ldap-xpath": 0.956,
                 "nosqli": 0.923, "sqli": 0.987, "ssrf": 0.961, "traversal": 0.98,
                 "xss": 0.986, "ALL": 0.979}
CRYPTO_CEILINGS = {"abi_fragment": 0.013, "address_label": 0.013, "amount_fee": 0.013,
                   "api_settings": 0.013, "cli_command": 0.063, "jsonrpc_paste": 0.013,
                   "kyc_note": 0.013, "multilingual_note": 0.013, "solidity_snippet": 0.025,
                   "ticket_description": 0.013, "ALL": 0.008}
# newsletter (tests/corpus/newsletter/: subject lines, merge-tag
# templates, HTML fragments, segment rules, footers, A/B notes, CSV
# imports, webhooks, deliverability records; 497 attacks): benign 10 -> 10
# (a style element, a web font's link, a background url(), VML, a
# Velocity #set, SQL segment queries, a URL's "/../"), attacks 488 -> 489;
NEWSLETTER_FLOORS = {"cmdi": 0.974, "code": 0.949, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.96,
                     "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981, "xss": 0.987, "ALL": 0.985}
NEWSLETTER_CEILINGS = {"ab_test_note": 0.013, "campaign_note": 0.013, "csv_import": 0.013,
                       "deliverability": 0.013, "footer_unsubscribe": 0.013,
                       "html_fragment": 0.063, "merge_template": 0.025, "segment_rule": 0.038,
                       "subject_line": 0.013, "webhook": 0.025, "ALL": 0.012}
# smarthome (tests/corpus/smarthome/: automation YAML, templates, MQTT,
# device names, schedules, Node-RED functions, console commands, hub logs,
# forum posts; 508 attacks): benign 18 -> 15 (Jinja templates with calls
# and filters, cron lines running scripts under /opt and /usr/local, a
# camera's and a function's private-address URLs, SQL sensors), attacks
# 499 -> 500;
SMARTHOME_FLOORS = {"cmdi": 0.987, "code": 0.975, "crlf": 0.9, "ldap-xpath": 0.96,
                    "nosqli": 0.923, "sqli": 0.987, "ssrf": 0.944, "traversal": 0.963,
                    "xss": 0.987, "ALL": 0.984}
SMARTHOME_CEILINGS = {"automation_yaml": 0.05, "console_command": 0.013, "device_name": 0.013,
                      "forum_post": 0.025, "hub_log": 0.013, "jinja_template": 0.038,
                      "mqtt": 0.013, "multilingual_note": 0.013, "nodered_function": 0.05,
                      "schedule": 0.05, "ALL": 0.017}
# bi (tests/corpus/bi/: spreadsheet formulas, DAX, Power Query, LookML and
# dbt, analysts' SQL, dashboard filters, chart labels, error reports, cell
# data, tickets; 480 attacks): benign 63 -> 63 (56 analysts' SQL
# statements, refused as SQL pasted into a field always is), attacks 472
# -> 475;
BI_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9, "nosqli": 0.916,
             "sqli": 0.987, "ssrf": 0.96, "traversal": 0.96, "xss": 0.987, "ALL": 0.989}
BI_CEILINGS = {"analyst-sql": 0.7, "cell-data": 0.013, "chart-label": 0.013,
               "dashboard-filter": 0.013, "dax-measure": 0.013, "error-report": 0.025,
               "lookml-dbt": 0.038, "power-query-m": 0.025, "spreadsheet-formula": 0.038,
               "ticket-note": 0.013, "ALL": 0.078}
# regexhelp (tests/corpus/regexhelp/: questions, patterns, sed and awk
# one-liners, grep commands, sample input, code, answers, searches; 496
# attacks): benign 33 -> 28 (script tags named and matched, code
# snippets, command lines, SQL and request lines as sample input),
# attacks 484 -> 488;
REGEXHELP_FLOORS = {"cmdi": 0.974, "code": 0.987, "crlf": 0.969, "ldap-xpath": 0.913,
                    "nosqli": 0.925, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.981,
                    "xss": 0.986, "ALL": 0.991}
REGEXHELP_CEILINGS = {"answer_explanation": 0.013, "code_snippet": 0.05,
                      "grep_command": 0.075, "multilingual_note": 0.013, "question_body": 0.1,
                      "question_title": 0.013, "regex_pattern": 0.05, "sample_input": 0.038,
                      "search_query": 0.05, "sed_awk_oneliner": 0.05, "ALL": 0.034}
# dating (tests/corpus/dating/: bios, prompt answers, basics, interests,
# messages, locations, search filters, reports, photos; 491 attacks):
# benign 0, attacks 484 -> 484.
DATING_FLOORS = {"cmdi": 0.971, "code": 0.986, "crlf": 0.937, "ldap-xpath": 0.916, "nosqli": 0.892,
                 "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981, "xss": 0.987, "ALL": 0.987}
DATING_CEILINGS = {"basics": 0.013, "bio": 0.013, "interests": 0.013, "location": 0.013,
                   "message": 0.013, "multilingual": 0.013, "photo": 0.013,
                   "prompt-answer": 0.013, "report": 0.013, "search-filter": 0.013,
                   "ALL": 0.002}
# subtitles (tests/corpus/subtitles/: SRT and WebVTT cues, styling and
# override tags, sound descriptions, translator notes, style names,
# timing, file names, searches, dialogue; 495 attacks): benign 4 -> 1,
# attacks 487 -> 490 (query).
SUBTITLES_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.956,
                    "nosqli": 0.958, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.944,
                    "xss": 0.987, "ALL": 0.991}
SUBTITLES_CEILINGS = {"dialogue_ml": 0.013, "filename": 0.025, "search_query": 0.013,
                      "sound_desc": 0.013, "srt_cue": 0.013, "style_name": 0.013,
                      "styled_line": 0.013, "timing": 0.013, "translator_note": 0.013,
                      "vtt_cue": 0.013, "ALL": 0.003}
# crafts (tests/corpus/crafts/: pattern rows, crochet notation, gauges,
# chart keys, sizing tables, materials, listings, notes, file names;
# 498 attacks): benign 0, attacks 490 -> 491 (query).
CRAFTS_FLOORS = {"cmdi": 0.973, "code": 0.987, "crlf": 0.965, "ldap-xpath": 0.904,
                 "nosqli": 0.916, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.963,
                 "xss": 0.987, "ALL": 0.989}
CRAFTS_CEILINGS = {"chart_keys": 0.013, "crochet_notation": 0.013, "gauge_yarn_needles": 0.013,
                   "materials_lists": 0.013, "multilingual_patterns": 0.013,
                   "pattern_filenames": 0.013, "pattern_rows": 0.013, "project_notes": 0.013,
                   "shop_listings": 0.013, "sizing_tables": 0.013, "ALL": 0.002}
# minecraft (tests/corpus/minecraft/: commands, selectors and NBT, plugin
# YAML, permission nodes, console lines, chat, coordinates, datapack
# paths, appeals, tickets; 498 attacks): benign 6 -> 1, attacks 485 ->
# 486 (query).
MINECRAFT_FLOORS = {"cmdi": 0.974, "code": 0.974, "crlf": 0.833, "ldap-xpath": 0.954,
                    "nosqli": 0.875, "sqli": 0.987, "ssrf": 0.927, "traversal": 0.981,
                    "xss": 0.987, "ALL": 0.975}
MINECRAFT_CEILINGS = {"ban-appeal": 0.013, "chat": 0.013, "command": 0.013,
                      "console-log": 0.013, "datapack-path": 0.025, "permission-node": 0.013,
                      "plugin-yaml": 0.013, "seed-coords": 0.013, "selector-nbt": 0.013,
                      "support-ticket": 0.013, "ALL": 0.003}
# mailclient (tests/corpus/mailclient/: subjects, address lists, search
# operators, filter rules, signatures, quoted replies, encoded words,
# attachment names, bodies, auto-replies; 490 attacks): benign 9 -> 4,
# attacks 477 -> 487 (query).
MAILCLIENT_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.862, "ldap-xpath": 0.952,
                     "nosqli": 0.956, "sqli": 0.987, "ssrf": 0.962, "traversal": 0.981,
                     "xss": 0.987, "ALL": 0.989}
MAILCLIENT_CEILINGS = {"address_list": 0.013, "attachment_name": 0.025, "auto_reply": 0.013,
                       "encoded_header": 0.013, "filter_label": 0.013, "message_body": 0.013,
                       "quoted_reply": 0.038, "search_query": 0.025, "signature": 0.013,
                       "subject": 0.013, "ALL": 0.007}
# wiki (tests/corpus/wiki/: infoboxes, citations, links, tables, edit
# summaries, talk comments, searches, prose, code samples, page metadata;
# 472 attacks): benign 41 -> 26, attacks 462 -> 462 (query).
WIKI_FLOORS = {"cmdi": 0.957, "code": 0.986, "crlf": 0.933, "ldap-xpath": 0.954,
               "nosqli": 0.84, "sqli": 0.986, "ssrf": 0.94, "traversal": 0.98, "xss": 0.986,
               "ALL": 0.98}
WIKI_CEILINGS = {"article_prose": 0.025, "citation": 0.013, "code_sample": 0.188,
                 "edit_summary": 0.013, "infobox": 0.013, "links": 0.038, "page_meta": 0.05,
                 "search_query": 0.025, "table": 0.05, "talk_comment": 0.013, "ALL": 0.032}
# roblox (tests/corpus/roblox/: Lua snippets, output errors, forum
# questions and answers, game descriptions, patch notes, datastore keys,
# asset searches, chat complaints; 494 attacks): benign 2 -> 1, attacks
# 483 -> 488 (query).
ROBLOX_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.931, "ldap-xpath": 0.904,
                 "nosqli": 0.88, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981,
                 "xss": 0.987, "ALL": 0.989}
ROBLOX_CEILINGS = {"asset_place_search": 0.013, "chat_filter_complaint": 0.013,
                   "datastore_key_module": 0.013, "devforum_answer": 0.013,
                   "devforum_question": 0.013, "game_description": 0.013,
                   "multilingual_post": 0.013, "output_error": 0.013, "patch_notes": 0.025,
                   "script_snippet": 0.013, "ALL": 0.003}
# marketing (tests/corpus/marketing/: campaign names, UTM URLs, segment
# rules, A/B notes, ad copy, subjects, personalization, landing snippets,
# CSV rows, goals; 488 attacks): benign 9 -> 8, attacks 483 -> 485.
MARKETING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.896, "ldap-xpath": 0.952,
                    "nosqli": 0.958, "sqli": 0.987, "ssrf": 0.981, "traversal": 0.981,
                    "xss": 0.987, "ALL": 0.993}
MARKETING_CEILINGS = {"ab_test_note": 0.013, "ad_copy": 0.013, "campaign_name": 0.013,
                      "conversion_goal": 0.013, "csv_import_row": 0.013,
                      "email_subject": 0.013, "landing_snippet": 0.075,
                      "personalization": 0.013, "segment_rule": 0.013, "utm_url": 0.013,
                      "ALL": 0.008}
# prompts (tests/corpus/prompts/: system prompts, templates, few-shot
# examples, schemas, tool definitions, eval notes, settings, guardrails,
# chat logs, markdown answers; 492 attacks): benign 13 -> 9, attacks 488
# -> 491 (query).
PROMPTS_FLOORS = {"cmdi": 0.987, "code": 0.987, "crlf": 0.896, "ldap-xpath": 0.952,
                  "nosqli": 0.96, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.993}
PROMPTS_CEILINGS = {"chat_log": 0.025, "eval_note": 0.025, "few_shot_example": 0.025,
                    "guardrail_rule": 0.013, "markdown_answer": 0.038,
                    "model_settings": 0.013, "output_schema": 0.013, "prompt_template": 0.013,
                    "system_prompt": 0.013, "tool_definition": 0.013, "ALL": 0.008}
# podcast (tests/corpus/podcast/: episode titles, show notes, guest bios,
# chapters, feed snippets, transcripts, sponsor reads, file names,
# questions, searches; 486 attacks): benign 13 -> 9, attacks 474 -> 476.
PODCAST_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.967, "ldap-xpath": 0.956,
                  "nosqli": 0.84, "sqli": 0.986, "ssrf": 0.981, "traversal": 0.96,
                  "xss": 0.987, "ALL": 0.987}
PODCAST_CEILINGS = {"audio_file": 0.013, "chapter_marker": 0.013, "episode_title": 0.013,
                    "guest_bio": 0.013, "listener_question": 0.013, "rss_snippet": 0.025,
                    "search_query": 0.05, "show_notes": 0.025, "sponsor_read": 0.013,
                    "transcript": 0.038, "ALL": 0.01}
# fashion (tests/corpus/fashion/: titles, descriptions, SKUs, size charts,
# care labels, reviews, returns, captions, supplier messages, searches;
# 493 attacks): benign 0, attacks 489 -> 489 (query).
FASHION_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.906, "ldap-xpath": 0.913,
                  "nosqli": 0.923, "sqli": 0.986, "ssrf": 0.982, "traversal": 0.981, "xss": 0.987,
                  "ALL": 0.989}
FASHION_CEILINGS = {"composition_care": 0.013, "customer_review": 0.013,
                    "lookbook_caption": 0.013, "product_description": 0.013,
                    "product_title": 0.013, "return_reason": 0.013, "search_query": 0.013,
                    "size_chart": 0.013, "sku_variant": 0.013, "supplier_message": 0.013,
                    "ALL": 0.002}
# gardening (tests/corpus/gardening/: plant names, calendars, soil tests,
# irrigation, pests, companion tables, swaps, plot maps, weather, posts;
# 486 attacks): benign 0, attacks 483 -> 484 (query).
GARDENING_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.925, "ldap-xpath": 0.952,
                    "nosqli": 0.956, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.981, "xss": 0.986,
                    "ALL": 0.995}
GARDENING_CEILINGS = {"community_post": 0.013, "companion_table": 0.013, "irrigation": 0.013,
                      "pest_question": 0.013, "plant_name": 0.013, "plot_map": 0.013,
                      "seed_swap": 0.013, "soil_test": 0.013, "sowing_calendar": 0.013,
                      "weather_note": 0.013, "ALL": 0.002}
# cycling (tests/corpus/cycling/: rides, segments, power and heart rate,
# workouts, route files, gear, club posts, sync errors, searches; 487
# attacks): benign 1 -> 1, attacks 481 -> 481 (query).
CYCLING_FLOORS = {"cmdi": 0.987, "code": 0.987, "crlf": 0.928, "ldap-xpath": 0.909,
                  "nosqli": 0.958, "sqli": 0.986, "ssrf": 0.98, "traversal": 0.981,
                  "xss": 0.987, "ALL": 0.993}
CYCLING_CEILINGS = {"club_event_post": 0.013, "comment_multilingual": 0.013,
                    "device_sync_error": 0.013, "gear_bike_fit": 0.013,
                    "interval_workout": 0.013, "leaderboard_search": 0.013,
                    "ride_description": 0.013, "ride_title": 0.013, "route_file_gpx": 0.025,
                    "segment_name": 0.013, "ALL": 0.003}
# homebrew (tests/corpus/homebrew/: recipe names, grain bills, hop
# schedules, gravities, mash schedules, water, BeerXML, logs, equipment,
# posts; 485 attacks): benign 4 -> 2, attacks 472 -> 475 (query).
HOMEBREW_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.9, "ldap-xpath": 0.909, "nosqli": 0.884,
                   "sqli": 0.987, "ssrf": 0.961, "traversal": 0.98, "xss": 0.986, "ALL": 0.985}
HOMEBREW_CEILINGS = {"beerxml_beerjson": 0.038, "brew_log": 0.013, "equipment_profile": 0.013,
                     "forum_post": 0.013, "grain_bill": 0.013, "hop_schedule": 0.013,
                     "mash_ferm_schedule": 0.013, "recipe_name": 0.013, "stats": 0.013,
                     "water_chemistry": 0.013, "ALL": 0.004}
# boardgames (tests/corpus/boardgames/: titles, rules questions, score
# sheets, house rules, logs, listings, expansions, links, strategy;
# 481 attacks): benign 0, attacks 472 -> 472 (query).
BOARDGAMES_FLOORS = {"cmdi": 0.986, "code": 0.975, "crlf": 0.965, "ldap-xpath": 0.904,
                     "nosqli": 0.96, "sqli": 0.986, "ssrf": 0.961, "traversal": 0.98, "xss": 0.986,
                     "ALL": 0.991}
BOARDGAMES_CEILINGS = {"expansion-lists": 0.013, "game-titles": 0.013, "house-rules": 0.013,
                       "links-ids": 0.013, "multilingual-posts": 0.013,
                       "rules-questions": 0.013, "score-sheets": 0.013,
                       "session-logs": 0.013, "strategy-posts": 0.013,
                       "trade-listings": 0.013, "ALL": 0.002}
# ttrpg (tests/corpus/ttrpg/: dice, stat blocks, spells, session notes,
# NPC names, items, initiative, tabletop macros, loot tables; 490
# attacks): benign 1 -> 0, attacks 484 -> 485 (query).
TTRPG_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.967, "ldap-xpath": 0.904, "nosqli": 0.925,
                "sqli": 0.987, "ssrf": 0.98, "traversal": 0.96, "xss": 0.987, "ALL": 0.991}
TTRPG_CEILINGS = {"dice-roll": 0.013, "homebrew-item": 0.013, "initiative-tracker": 0.013,
                  "loot-table": 0.013, "multilingual-note": 0.013, "npc-name": 0.013,
                  "session-notes": 0.013, "spell-text": 0.013, "stat-block": 0.013,
                  "vtt-macro": 0.013, "ALL": 0.002}
# photography (tests/corpus/photography/: EXIF and IPTC, edit settings,
# gear, shot notes, classifieds, contests, print orders, captions,
# galleries, chat; 485 attacks): benign 2 -> 0, attacks 482 -> 484 (query).
PHOTOGRAPHY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
PHOTOGRAPHY_CEILINGS = {"captions_tags": 0.013, "classifieds": 0.013,
                        "client_galleries": 0.013, "comments_chat": 0.013,
                        "contest_entries": 0.013, "edit_settings": 0.013, "exif_iptc": 0.013,
                        "gear_names": 0.013, "print_orders": 0.013, "shot_notes": 0.013,
                        "ALL": 0.002}
# dispatch (tests/corpus/dispatch/: call narratives, unit status,
# addresses, patient notes, hazards, shift logs, mutual aid, callers,
# searches, imports; 485 attacks): benign 2 -> 1, attacks 476 -> 480 (query).
DISPATCH_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.997}
DISPATCH_CEILINGS = {"address_location": 0.013, "call_narrative": 0.013,
                     "hazmat_premise": 0.013, "multilingual_caller": 0.013,
                     "mutual_aid": 0.013, "patient_notes": 0.013, "search_query": 0.013,
                     "settings_import": 0.025, "shift_log": 0.013, "unit_status": 0.013,
                     "ALL": 0.003}
# packages (tests/corpus/packages/: searches, package metadata, semver
# ranges, changelogs, READMEs, issues, advisories, scripts, lockfiles,
# chat; 487 attacks): benign 26 -> 10, attacks 479 -> 480 (query).
PACKAGES_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.995}
PACKAGES_CEILINGS = {"advisory": 0.013, "changelog": 0.013, "chat": 0.013, "issue": 0.025,
                     "lockfile": 0.013, "package-meta": 0.013, "readme": 0.013,
                     "scripts": 0.113, "search": 0.013, "semver": 0.025, "ALL": 0.014}
# fanfiction (tests/corpus/fanfiction/: titles, summaries, tags, author
# notes, chapter text, comments, ships, pasted HTML, searches, settings;
# 485 attacks): benign 3 -> 0, attacks 482 -> 485 (query).
FANFICTION_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.997}
FANFICTION_CEILINGS = {"author-note": 0.013, "chapter-text": 0.013, "html-formatting": 0.013,
                       "kudos-comment": 0.013, "profile-settings": 0.013,
                       "search-query": 0.013, "ship-crossover": 0.013, "story-title": 0.013,
                       "summary": 0.013, "tag-warning": 0.013, "ALL": 0.002}
# parish (tests/corpus/parish/: scripture searches, liturgy schedules,
# prayer requests, donations, rosters, sacrament records, bulletins, choir,
# admin, multilingual; 485 attacks): benign 0, attacks 479 -> 483 (query).
PARISH_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                 "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                 "xss": 0.987, "ALL": 0.997}
PARISH_CEILINGS = {"admin_tech": 0.013, "bulletin": 0.013, "choir_music": 0.013,
                   "donation_note": 0.013, "liturgy_schedule": 0.013, "multilingual": 0.013,
                   "prayer_request": 0.013, "sacrament_record": 0.013,
                   "scripture_search": 0.013, "volunteer_roster": 0.013, "ALL": 0.002}
# auctions (tests/corpus/auctions/: lot titles and descriptions, provenance,
# condition reports, bidding, grading, premium terms, shipping, seller Q&A,
# multilingual; 485 attacks): benign 0, attacks 483 -> 485 (query).
AUCTIONS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.995}
AUCTIONS_CEILINGS = {"bidding": 0.013, "condition_report": 0.013, "grading_catalogue": 0.013,
                     "lot_description": 0.013, "lot_title": 0.013, "multilingual": 0.013,
                     "premium_terms": 0.013, "provenance": 0.013, "seller_qa": 0.013,
                     "shipping_customs": 0.013, "ALL": 0.002}
# accessibility (tests/corpus/accessibility/: alt text, ARIA snippets, audit
# findings, screen-reader transcripts, shortcuts, captions, support,
# contrast, UI strings, dev notes; 485 attacks): benign 17 -> 7, attacks
# 484 -> 484 (query).
ACCESSIBILITY_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                        "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.995}
ACCESSIBILITY_CEILINGS = {"alt-text": 0.013, "aria-snippet": 0.075, "audit-finding": 0.013,
                          "captions": 0.013, "contrast": 0.013, "dev-notes": 0.025,
                          "keyboard-shortcuts": 0.013, "sr-transcript": 0.013,
                          "support-request": 0.013, "ui-string": 0.013, "ALL": 0.009}
# appstore (tests/corpus/appstore/: reviews, crash reports, device strings,
# release notes, SKUs, builds, deep links, tickets, listings, keywords;
# 485 attacks): benign 6 -> 2, attacks 480 -> 481 (query).
APPSTORE_FLOORS = {"cmdi": 0.971, "code": 0.975, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.991}
APPSTORE_CEILINGS = {"build_version": 0.013, "crash_report": 0.013, "deep_link": 0.025,
                     "device_os": 0.013, "iap_sku": 0.013, "release_notes": 0.013,
                     "review": 0.013, "search_keyword": 0.025, "store_listing": 0.013,
                     "support_ticket": 0.013, "ALL": 0.004}
# theater (tests/corpus/theater/: script excerpts, cue sheets, blocking,
# rehearsal reports, props, ticketing, bios, lighting console, sound
# macros, programmes; 485 attacks): benign 15 -> 1, attacks 477 -> 478 (query).
THEATER_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.9, "ldap-xpath": 0.9,
                  "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.989}
THEATER_CEILINGS = {"blocking_notes": 0.013, "cast_bio": 0.013, "cue_sheet": 0.013,
                    "lighting_console": 0.013, "programme_text": 0.013,
                    "props_costumes": 0.013, "rehearsal_report": 0.013,
                    "script_excerpt": 0.013, "sound_macros": 0.025, "ticketing_notes": 0.013,
                    "ALL": 0.003}
# outdoors (tests/corpus/outdoors/: trip reports, route beta, gear,
# conditions, permits, GPX, huts, searches, profiles, chat; 485 attacks):
# benign 1 -> 1, attacks 485 -> 485 (query).
OUTDOORS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.997}
OUTDOORS_CEILINGS = {"comments_chat": 0.013, "conditions": 0.013, "gear_list": 0.025,
                     "gps_gpx": 0.013, "hut_booking": 0.013, "permits_logistics": 0.013,
                     "profile_settings": 0.013, "route_beta": 0.013, "search": 0.013,
                     "trip_report": 0.013, "ALL": 0.003}
# annotation (tests/corpus/annotation/: guidelines, class names, geometry,
# comments, QA, auto-label rules, prompts and responses, dataset paths,
# consensus, multilingual; 485 attacks): benign 7 -> 5, attacks 484 -> 484
# (query).
ANNOTATION_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.997}
ANNOTATION_CEILINGS = {"annotator_comments": 0.013, "autolabel_rules": 0.013, "class_names": 0.013,
                       "consensus": 0.013, "dataset_paths": 0.05, "geometry": 0.013,
                       "guidelines": 0.013, "multilingual": 0.013, "prompt_response": 0.025,
                       "qa_review": 0.013, "ALL": 0.007}
# cosmetics (tests/corpus/cosmetics/: reviews, INCI lists, product names,
# routines, searches, quizzes, dupes, batch codes, returns, captions; 485
# attacks): benign 0, attacks 483 -> 483 (query).
COSMETICS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.995}
COSMETICS_CEILINGS = {"batch_pao": 0.013, "caption": 0.013, "dupe_list": 0.013,
                      "inci_list": 0.013, "product_name": 0.013, "quiz_profile": 0.013,
                      "review": 0.013, "routine": 0.013, "search_query": 0.013,
                      "support_return": 0.013, "ALL": 0.002}
# spreadsheets (tests/corpus/spreadsheets/: formulas, pivots, scripts, CSV
# imports, named ranges, formatting rules, validation lists, charts,
# comments, settings; 485 attacks): benign 3 -> 1, attacks 480 -> 484 (query).
SPREADSHEETS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.997}
SPREADSHEETS_CEILINGS = {"chart-titles": 0.013, "conditional-formatting": 0.013,
                         "csv-import": 0.025, "data-validation": 0.013, "formula-help": 0.013,
                         "named-ranges": 0.013, "pivot-notes": 0.013,
                         "script-snippets": 0.013, "settings-search": 0.013,
                         "workbook-comments": 0.013, "ALL": 0.003}
# hpc (tests/corpus/hpc/: tickets, job scripts, job errors, storage,
# environments, MPI, schedules, searches, chat, profiles; 491 attacks):
# benign 17 -> 17 (job scripts' command lines and substitutions), attacks
# 486 -> 488 (query).
HPC_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.925,
              "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.989}
HPC_CEILINGS = {"chat": 0.025, "environment": 0.05, "joberror": 0.025, "jobscript": 0.05,
                "parallel": 0.05, "profile": 0.013, "schedule": 0.025, "search": 0.025,
                "storage": 0.038, "ticket": 0.025, "ALL": 0.022}
# retrocomputing (tests/corpus/retrocomputing/: BASIC, assembly, memory
# maps, emulators, DOS and batch files, modems and BBSes, repairs, disk
# images, forum posts, profiles; 485 attacks): benign 12 -> 12 (batch
# files' FOR and IF, which CRS 932140 holds as attacks), attacks 482 -> 484
# (query).
RETROCOMPUTING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                         "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                         "xss": 0.987, "ALL": 0.997}
RETROCOMPUTING_CEILINGS = {"asm-snippet": 0.013, "basic-listing": 0.013, "dos-command": 0.088,
                           "emulator-config": 0.05, "file-search": 0.025, "forum-post": 0.013,
                           "memory-hexdump": 0.013, "modem-bbs": 0.013, "profile-setting": 0.013,
                           "repair-note": 0.013, "ALL": 0.014}
# aquarium (tests/corpus/aquarium/: water logs, builds, stocking, dosing,
# reviews, orders, breeders, disease, controller programs, profiles; 485
# attacks): benign 0, attacks 482 -> 483 (query).
AQUARIUM_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.997}
AQUARIUM_CEILINGS = {"breeder_listing": 0.013, "build_thread": 0.013,
                     "controller_program": 0.013, "disease_question": 0.013,
                     "dosing_schedule": 0.013, "equipment_review": 0.013, "order_note": 0.013,
                     "search_profile": 0.013, "stocking_list": 0.013, "water_log": 0.013,
                     "ALL": 0.002}
# chemistry (tests/corpus/chemistry/: structure searches and SMILES,
# reaction schemes, procedures, NMR, inventory, safety data, orders,
# instrument methods, lab chat, imports; 485 attacks): benign 0, attacks
# 483 -> 485 (query).
CHEMISTRY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.997}
CHEMISTRY_CEILINGS = {"data_import": 0.013, "instrument_method": 0.013,
                      "inventory_item": 0.013, "lab_chat": 0.013, "nmr_spectra": 0.013,
                      "procedure_note": 0.013, "reaction_scheme": 0.013, "safety_sds": 0.013,
                      "structure_search": 0.013, "supplier_order": 0.013, "ALL": 0.002}
# networking (tests/corpus/networking/: change tickets, device configs,
# show output, subnet plans, firewall requests, monitoring, ping and
# traceroute, DNS records, maintenance chat, fields; 485 attacks): benign
# 8 -> 5, attacks 484 -> 484 (query).
NETWORKING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.997}
NETWORKING_CEILINGS = {"change_ticket": 0.013, "config_snippet": 0.013, "diag_output": 0.025,
                       "dns_record": 0.013, "firewall_request": 0.013, "maint_chat": 0.013,
                       "monitoring_note": 0.025, "search_and_fields": 0.05,
                       "show_output": 0.013, "subnet_plan": 0.013, "ALL": 0.008}
# typography (tests/corpus/typography/: CSS font rules, unicode ranges,
# OpenType features and glyphs, kerning, licensing, specimens, variable
# axes, font files, release notes, chat; 485 attacks): benign 4 -> 4,
# attacks 480 -> 481 (query).
TYPOGRAPHY_FLOORS = {"cmdi": 0.985, "code": 0.962, "crlf": 0.933, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.989}
TYPOGRAPHY_CEILINGS = {"css-snippet": 0.038, "features-glyphs": 0.013, "file-paths": 0.013,
                       "forum-chat": 0.038, "kerning": 0.013, "licensing": 0.013,
                       "release-notes": 0.013, "specimen": 0.013, "unicode-range": 0.013,
                       "variable-axes": 0.013, "ALL": 0.007}
# karaoke (tests/corpus/karaoke/: searches, titles, LRC lines, lyric
# corrections, duet parts, playlists, bookings, comments, key and tempo,
# events; 485 attacks): benign 0, attacks 483 -> 484 (query).
KARAOKE_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.997}
KARAOKE_CEILINGS = {"duet_part": 0.013, "event_announcement": 0.013,
                    "key_tempo_setting": 0.013, "lrc_line": 0.013, "lyric_correction": 0.013,
                    "playlist_name": 0.013, "room_booking_note": 0.013, "search_query": 0.013,
                    "song_title_artist": 0.013, "user_comment": 0.013, "ALL": 0.002}
# bibliography (tests/corpus/bibliography/: BibTeX and RIS entries,
# identifiers, CSL, LaTeX fragments, searches, annotations, library
# comments, import errors, profiles; 485 attacks): benign 4 -> 4, attacks
# 480 -> 480 (query).
BIBLIOGRAPHY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.995}
BIBLIOGRAPHY_CEILINGS = {"annotation": 0.013, "bibtex-entry": 0.013, "csl-citation": 0.025,
                         "identifier": 0.013, "import-error": 0.013, "latex-fragment": 0.025,
                         "library-comment": 0.013, "profile-setting": 0.013, "ris-endnote": 0.025,
                         "search-query": 0.013, "ALL": 0.005}
# notebooks (tests/corpus/notebooks/: pandas and SQL cells, shell and
# magic lines, tracebacks, markdown, chart titles, schedules, environments,
# sharing, notes; 485 attacks): benign 84 -> 84 (65 whole SQL statements
# in SQL cells, 13 notebook shell lines: what a notebook route exempts),
# attacks 474 -> 476 (query).
NOTEBOOKS_FLOORS = {"cmdi": 0.957, "code": 0.975, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.94, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.987}
NOTEBOOKS_CEILINGS = {"chart_titles": 0.025, "env_config": 0.063, "markdown_latex": 0.013,
                      "notes_chat": 0.025, "pandas_code": 0.013, "schedules_cron": 0.013,
                      "sharing_chat": 0.013, "shell_magics": 0.175, "sql_cells": 0.825,
                      "tracebacks": 0.013, "ALL": 0.107}
# esports (tests/corpus/esports/: team and player names, match notes,
# vetoes, chat, console configs, stream titles, sponsors, disputes, patch
# notes; 485 attacks): benign 3 -> 3, attacks 484 -> 484 (query).
ESPORTS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.993}
ESPORTS_CEILINGS = {"chat_messages": 0.013, "console_configs": 0.025, "map_vetoes": 0.013,
                    "match_notes": 0.013, "patch_notes": 0.013, "player_profiles": 0.013,
                    "rules_disputes": 0.013, "sponsor_copy": 0.013, "stream_titles": 0.025,
                    "team_names": 0.025, "ALL": 0.005}
# crashreports (tests/corpus/crashreports/: bug reports, stack traces,
# console logs, devices, sandbox paths, deep links, feature requests,
# replies, release notes, searches; 485 attacks): benign 18 -> 13, attacks
# 477 -> 478 (query).
CRASHREPORTS_FLOORS = {"cmdi": 0.957, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                       "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.989}
CRASHREPORTS_CEILINGS = {"agent_reply": 0.013, "bug_report": 0.013, "console_log": 0.05,
                         "deep_link": 0.025, "device_env": 0.013, "feature_request": 0.013,
                         "inbox_search": 0.025, "release_notes": 0.013, "sandbox_path": 0.1,
                         "stack_trace": 0.025, "ALL": 0.018}
# mapmaking (tests/corpus/mapmaking/: changeset comments, tags, Overpass
# queries, coordinates and GeoJSON, tiles and paths, routing, imports,
# chat, tickets, wiki; 485 attacks): benign 9 -> 9, attacks 477 -> 477
# (query).
MAPMAKING_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.851, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.989}
MAPMAKING_CEILINGS = {"changeset_comment": 0.013, "coords_geojson": 0.013,
                      "helpdesk_ticket": 0.013, "import_notes": 0.013, "mapper_chat": 0.013,
                      "osm_tags": 0.025, "overpass_query": 0.025, "routing_question": 0.013,
                      "tiles_urls_paths": 0.075, "wiki_markdown": 0.013, "ALL": 0.01}
# pharmacyops (tests/corpus/pharmacyops/: order entry, formulary
# searches, compounding, alerts, inventory, fridge logs, chat, labels,
# dosing, settings; 485 attacks): benign 4 -> 1, attacks 483 -> 483 (query).
PHARMACYOPS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.995}
PHARMACYOPS_CEILINGS = {"alerts": 0.013, "chat": 0.013, "compounding": 0.013,
                        "dosing_calc": 0.013, "formulary_search": 0.013, "fridge_log": 0.013,
                        "inventory": 0.013, "label_text": 0.013, "order_entry": 0.013,
                        "settings_import": 0.025, "ALL": 0.003}
# smartcontracts (tests/corpus/smartcontracts/: Solidity, forum posts,
# explorer searches, audit notes, dev commands, ABI and config, wallet
# support, tokens, gas math, chat; 495 attacks): benign 6 -> 3, attacks
# 487 -> 487 (query).
SMARTCONTRACTS_FLOORS = {"cmdi": 0.957, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                         "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.961, "traversal": 0.98,
                         "xss": 0.987, "ALL": 0.989}
SMARTCONTRACTS_CEILINGS = {"abi_config": 0.025, "audit_notes": 0.013, "chat_comments": 0.013,
                           "dev_commands": 0.038, "explorer_search": 0.013,
                           "forum_posts": 0.013, "gas_math": 0.013,
                           "solidity_snippets": 0.013, "token_profiles": 0.013,
                           "wallet_support": 0.013, "ALL": 0.005}
# cinema (tests/corpus/cinema/: film searches, bookings, accessibility,
# reviews, forum, support, projection notes, festival copy, profiles,
# imports; 485 attacks): benign 1 -> 1, attacks 484 -> 485 (query).
CINEMA_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                 "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                 "xss": 0.987, "ALL": 0.997}
CINEMA_CEILINGS = {"accessibility": 0.013, "booking_notes": 0.013, "festival_copy": 0.013,
                   "film_search": 0.013, "forum_chat": 0.013, "imports": 0.025,
                   "profile_settings": 0.013, "projection_notes": 0.013, "reviews": 0.013,
                   "support": 0.013, "ALL": 0.003}
# beekeeping (tests/corpus/beekeeping/: inspections, varroa counts,
# queens, harvests, swarm calls, forum posts, marketplace, searches,
# profiles, sensor imports; 485 attacks): benign 3 -> 3, attacks 483 ->
# 484 (query); benign 1 after the fifty-third round's delimited exports.
BEEKEEPING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
BEEKEEPING_CEILINGS = {"forum_posts": 0.013, "harvest_extraction": 0.013,
                       "inspection_notes": 0.013, "marketplace_listings": 0.013,
                       "profile_settings": 0.013, "queen_records": 0.013,
                       "search_queries": 0.025, "sensor_imports": 0.013,
                       "swarm_callouts": 0.013, "varroa_counts": 0.013, "ALL": 0.003}
# escaperooms (tests/corpus/escaperooms/: rooms, puzzle scripts, props,
# prop firmware, game-master chat, bookings, reviews, waivers, searches,
# settings; 485 attacks): benign 2 -> 1, attacks 482 -> 482 (query).
ESCAPEROOMS_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.9, "ldap-xpath": 0.9,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.989}
ESCAPEROOMS_CEILINGS = {"booking-note": 0.013, "gm-chat": 0.013, "prop-firmware": 0.013,
                        "props-inventory": 0.013, "puzzle-script": 0.013, "review": 0.013,
                        "room-description": 0.013, "search-query": 0.025,
                        "settings-import": 0.013, "waiver-text": 0.013, "ALL": 0.003}
# translationmemory (tests/corpus/translationmemory/: segments in many
# scripts, inline tags and placeholders, XLIFF/TMX/PO, glossaries, QA
# warnings and regex rules, reviewer comments, concordance searches,
# settings; 487 attacks): benign 8 -> 4, attacks 485 -> 486 (query),
# 483 -> 485 (JSON).
TRANSLATIONMEMORY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.9,
                            "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                            "xss": 0.987, "ALL": 0.993}
TRANSLATIONMEMORY_CEILINGS = {"concordance-search": 0.05, "file-snippet": 0.013,
                              "glossary-entry": 0.013, "inline-tags": 0.013,
                              "project-setting": 0.013, "qa-regex-rule": 0.013,
                              "qa-warning": 0.013, "reviewer-comment": 0.013,
                              "source-segment": 0.025, "target-segment": 0.013, "ALL": 0.007}
# railfans (tests/corpus/railfans/: trip reports, forum posts, DCC CVs,
# JMRI scripts, timetables, rolling stock, photo captions, wiring,
# signalling, profiles; 485 attacks): benign 2 -> 1, attacks 483 -> 484
# (query).
RAILFANS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.997}
RAILFANS_CEILINGS = {"dcc_cv": 0.013, "forum_post": 0.013, "jmri_script": 0.025,
                     "photo_caption": 0.013, "profile": 0.013, "rolling_stock": 0.013,
                     "signalling": 0.013, "timetable_search": 0.013, "trip_report": 0.013,
                     "wiring_note": 0.013, "ALL": 0.003}
# childcare (tests/corpus/childcare/: daily reports, nap and meal logs,
# allergies and medication, pickups, photo captions, parent messages,
# rosters, invoices, sign-ups, imports; 485 attacks): benign 0 -> 0,
# attacks 482 -> 482 (query).
CHILDCARE_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.993}
CHILDCARE_CEILINGS = {"allergy_medication": 0.013, "daily_report": 0.013,
                      "event_signup": 0.013, "invoice": 0.013, "nap_meal_log": 0.013,
                      "parent_message": 0.013, "photo_caption": 0.013, "pickup_auth": 0.013,
                      "spreadsheet_import": 0.013, "staff_roster": 0.013, "ALL": 0.002}
# dentistry (tests/corpus/dentistry/: appointments, tooth charts,
# treatment plans, insurance claims, imaging names, lab slips, recalls,
# patient messages, billing, settings; 485 attacks): benign 1 -> 1,
# attacks 479 -> 479 (query), 477 -> 478 (JSON).
DENTISTRY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.991}
DENTISTRY_CEILINGS = {"appointment_note": 0.013, "billing": 0.013, "imaging_filename": 0.025,
                      "insurance_claim": 0.013, "lab_slip": 0.013, "patient_message": 0.013,
                      "recall_reminder": 0.013, "search_settings": 0.013,
                      "tooth_chart": 0.013, "treatment_plan": 0.013, "ALL": 0.003}
# woodworking (tests/corpus/woodworking/: project logs, cut lists,
# joinery, finishing, tool reviews, G-code, CAD notes, shop safety,
# classifieds, profiles; 487 attacks): benign 0 -> 0, attacks 483 -> 484
# (query).
WOODWORKING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.995}
WOODWORKING_CEILINGS = {"cad_notes": 0.013, "classifieds": 0.013, "cnc_gcode": 0.013,
                        "cut_list": 0.013, "finishing": 0.013, "joinery_qa": 0.013,
                        "profile_search": 0.013, "project_log": 0.013, "shop_safety": 0.013,
                        "tool_review": 0.013, "ALL": 0.002}
# birdwatching (tests/corpus/birdwatching/: checklists, species
# searches, locations, field notes, forum posts, media metadata, imports,
# alerts, profiles, chat; 485 attacks): benign 1 -> 0, attacks 477 -> 478
# (query).
BIRDWATCHING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.993}
BIRDWATCHING_CEILINGS = {"alert_setting": 0.013, "chat": 0.013, "checklist_comment": 0.013,
                         "data_import": 0.013, "field_note": 0.013, "forum_post": 0.013,
                         "location": 0.013, "media_metadata": 0.013, "profile": 0.013,
                         "species_search": 0.013, "ALL": 0.002}
# tattoo (tests/corpus/tattoo/: design briefs, placement, aftercare,
# consent, portfolio captions, pricing, flash catalogs, chat, allergies,
# stencil files; 485 attacks): benign 1 -> 1, attacks 485 -> 485 (query).
TATTOO_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                 "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                 "xss": 0.987, "ALL": 0.997}
TATTOO_CEILINGS = {"aftercare": 0.013, "allergy_medical": 0.013, "client_chat": 0.013,
                   "consent_form": 0.013, "design_brief": 0.013, "flash_catalog": 0.013,
                   "placement_size": 0.013, "portfolio_caption": 0.013,
                   "pricing_deposit": 0.013, "stencil_files": 0.025, "ALL": 0.003}
# angling (tests/corpus/angling/: catch logs, rigs, conditions, permits,
# knots, spots, competitions, forum, classifieds, settings; 485 attacks):
# benign 0 -> 0, attacks 482 -> 483 (query), 479 -> 481 (JSON).
ANGLING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                  "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.995}
ANGLING_CEILINGS = {"catch_log": 0.013, "classifieds": 0.013, "competitions": 0.013,
                    "conditions": 0.013, "forum": 0.013, "knots": 0.013, "permits": 0.013,
                    "profile_settings": 0.013, "spots": 0.013, "tackle_rigs": 0.013,
                    "ALL": 0.002}
# orchestra (tests/corpus/orchestra/: rehearsals, parts, notation, score
# snippets, programs, rosters, venues, the library, chat, settings; 485
# attacks): benign 3 -> 1, attacks 482 -> 482 (query).
ORCHESTRA_FLOORS = {"cmdi": 0.957, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.993}
ORCHESTRA_CEILINGS = {"chat_comments": 0.013, "concert_program": 0.013,
                      "library_catalog": 0.013, "member_roster": 0.013,
                      "notation_markings": 0.013, "part_assignments": 0.013,
                      "rehearsal_schedule": 0.013, "score_snippets": 0.025,
                      "settings_imports": 0.013, "venue_logistics": 0.013, "ALL": 0.003}
# ceramics (tests/corpus/ceramics/: glaze recipes, firing schedules, clay
# bodies, classes, gallery, listings, forum, troubleshooting, searches,
# profiles; 485 attacks): benign 1 -> 1, attacks 478 -> 480 (query).
CERAMICS_FLOORS = {"cmdi": 0.971, "code": 0.975, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.991}
CERAMICS_CEILINGS = {"class_booking": 0.013, "clay_body": 0.013, "firing_schedule": 0.013,
                     "forum_post": 0.013, "gallery_description": 0.013, "glaze_recipe": 0.013,
                     "profile_settings": 0.013, "search": 0.013, "shop_listing": 0.013,
                     "troubleshooting": 0.013, "ALL": 0.002}
# winery (tests/corpus/winery/: harvest logs, barrel and tank records, lab
# analyses, blends, cellar-door orders, club messages, tasting notes, label
# approvals, exports, settings; 485 attacks): benign 4 -> 3, attacks
# 484 -> 484 (query).
WINERY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                 "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                 "xss": 0.987, "ALL": 0.995}
WINERY_CEILINGS = {"blend_recipe": 0.013, "cellar_door_order": 0.013, "cellar_records": 0.013,
                   "club_message": 0.025, "export_import": 0.038, "harvest_log": 0.013,
                   "lab_analysis": 0.013, "label_approval": 0.013, "settings_search": 0.013,
                   "tasting_note": 0.013, "ALL": 0.005}
# locksmith (tests/corpus/locksmith/: job tickets, bitting notes, master-key
# charts, door logs, access schedules, customer messages, invoices,
# technician notes, device configs, searches; 485 attacks): benign 3 -> 3,
# attacks 477 -> 478 (query).
LOCKSMITH_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.9,
                    "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.985}
LOCKSMITH_CEILINGS = {"access_schedule": 0.013, "bitting_notes": 0.013,
                      "customer_message": 0.013, "device_config": 0.025, "door_log": 0.013,
                      "invoice": 0.013, "job_ticket": 0.013, "master_key_chart": 0.013,
                      "search_query": 0.013, "tech_note": 0.038, "ALL": 0.005}
# genomics (tests/corpus/genomics/: sample sheets, FASTA and VCF lines,
# variant annotations, pipeline commands, run reports, LIMS notes, analyst
# questions, errors, settings; 485 attacks): benign 2 -> 2, attacks
# 484 -> 484 (query).
GENOMICS_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.995}
GENOMICS_CEILINGS = {"analyst_question": 0.013, "error_message": 0.013, "lims_note": 0.013,
                     "pipeline_command": 0.038, "run_report": 0.013, "sample_sheet": 0.013,
                     "sequence_snippet": 0.013, "settings": 0.013,
                     "variant_annotation": 0.013, "vcf_line": 0.013, "ALL": 0.004}
# kiosks (tests/corpus/kiosks/: device logs, firmware notes, receipt
# templates, menu items, payment errors, support tickets, remote commands,
# kiosk configs, screen texts, exports; 489 attacks): benign 0 -> 0,
# attacks 488 -> 488 (query).
KIOSKS_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                 "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                 "xss": 0.987, "ALL": 0.993}
KIOSKS_CEILINGS = {"device_logs": 0.013, "exports": 0.013, "firmware_notes": 0.013,
                   "kiosk_configs": 0.013, "menu_items": 0.013, "payment_errors": 0.013,
                   "receipt_templates": 0.013, "remote_commands": 0.013,
                   "screen_texts": 0.013, "support_tickets": 0.013, "ALL": 0.002}
# printshop (tests/corpus/printshop/: job tickets, file names, preflight
# reports, colour profiles and stocks, CUPS commands, imposition notes,
# customer messages, quotes, press logs, settings; 485 attacks): benign
# 2 -> 2, attacks 482 -> 484 (query).
PRINTSHOP_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.995}
PRINTSHOP_CEILINGS = {"color_and_stock": 0.013, "cups_commands": 0.013,
                      "customer_messages": 0.013, "file_names": 0.038,
                      "imposition_notes": 0.013, "job_ticket_notes": 0.013,
                      "preflight_reports": 0.013, "press_logs": 0.013,
                      "quotes_invoices": 0.013, "settings_search": 0.013, "ALL": 0.004}
# droneops (tests/corpus/droneops/: flight plans, waypoints and geofences,
# telemetry lines, ArduPilot parameters, certifications, incident reports,
# client briefs, searches, chat, exports; 485 attacks): benign 1 -> 0,
# attacks 481 -> 482 (query).
DRONEOPS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9, "nosqli": 0.962,
                   "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
DRONEOPS_CEILINGS = {"chat_comments": 0.013, "client_briefs": 0.013,
                     "flight_plan_notes": 0.013, "incident_reports": 0.013,
                     "params_firmware": 0.013, "pilot_certifications": 0.013,
                     "search_queries": 0.013, "settings_exports": 0.013,
                     "telemetry_log_lines": 0.013, "waypoints_geofence": 0.013, "ALL": 0.002}
# parking (tests/corpus/parking/: plate searches, citation appeals, officer
# notes, LPR logs, permits, meter configs, payment disputes, gate commands,
# exports, support chat; 485 attacks): benign 0 -> 0, attacks 473 -> 475
# (query).
PARKING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9, "nosqli": 0.925,
                  "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.991}
PARKING_CEILINGS = {"citation_appeal": 0.013, "export_import": 0.013, "gate_command": 0.013,
                    "lpr_log": 0.013, "meter_config": 0.013, "officer_note": 0.013,
                    "payment_dispute": 0.013, "permit_application": 0.013,
                    "plate_search": 0.013, "support_chat": 0.013, "ALL": 0.002}
# climbinggym (tests/corpus/climbinggym/: route setting, searches, member
# profiles, waivers and check-ins, class bookings, competitions, gear
# rental, staff notes, messages, shop settings; 485 attacks): benign
# 0 -> 0, attacks 481 -> 482 (query).
CLIMBINGGYM_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.995}
CLIMBINGGYM_CEILINGS = {"class_booking": 0.013, "competition": 0.013, "gear_rental": 0.013,
                        "member_messages": 0.013, "member_profile": 0.013,
                        "route_setting": 0.013, "search": 0.013, "shop_settings": 0.013,
                        "staff_notes": 0.013, "waiver_checkin": 0.013, "ALL": 0.002}
# carsharing (tests/corpus/carsharing/: bookings, telematics lines, damage
# reports, charging logs, member verification, fines, fleet notes, reviews,
# exports, settings; 485 attacks): benign 1 -> 1, attacks 483 -> 483
# (query).
CARSHARING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.993}
CARSHARING_CEILINGS = {"app_reviews": 0.013, "booking_notes": 0.013, "damage_reports": 0.013,
                       "exports_settings": 0.013, "fines_disputes": 0.013, "fleet_ops": 0.013,
                       "fuel_charging": 0.013, "member_verification": 0.013,
                       "search_queries": 0.013, "telematics_obd": 0.013, "ALL": 0.002}
# radiology (tests/corpus/radiology/: HL7 v2 segments, DICOM tags, reports,
# technologist notes, worklists, protocols, integration errors, settings,
# chat, order comments; 489 attacks): benign 2 -> 2, attacks 483 -> 486
# (query).
RADIOLOGY_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.991}
RADIOLOGY_CEILINGS = {"dicom": 0.013, "hl7": 0.013, "integration": 0.013,
                      "order_comment": 0.013, "protocol": 0.013, "report": 0.013,
                      "search_chat": 0.025, "settings": 0.025, "tech_note": 0.013,
                      "worklist": 0.013, "ALL": 0.004}
# bakery (tests/corpus/bakery/: recipes, production schedules, oven programs,
# allergen labels, wholesale orders, POS items, messages, invoices, rota,
# exports; 485 attacks): benign 1 -> 1, attacks 484 -> 484 (query).
BAKERY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                 "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                 "xss": 0.987, "ALL": 0.995}
BAKERY_CEILINGS = {"allergen_labels": 0.013, "customer_messages": 0.013,
                   "exports_imports": 0.025, "oven_programs": 0.013, "pos_items": 0.013,
                   "production_schedule": 0.013, "recipe_notes": 0.013, "staff_rota": 0.013,
                   "supplier_invoices": 0.013, "wholesale_orders": 0.013, "ALL": 0.003}
# coworking (tests/corpus/coworking/: bookings, member profiles, chat,
# facility tickets, events, searches, invoices, printer jobs, door access
# and Wi-Fi, settings; 485 attacks): benign 2 -> 2, attacks 485 -> 485
# (query).
COWORKING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.997}
COWORKING_CEILINGS = {"access_wifi": 0.013, "booking_note": 0.013, "chat_message": 0.013,
                      "event_description": 0.013, "facility_ticket": 0.013,
                      "invoice_billing": 0.013, "member_profile": 0.025, "printer_job": 0.025,
                      "search_query": 0.013, "settings_export": 0.013, "ALL": 0.004}
# funeral (tests/corpus/funeral/: obituaries, guest-book entries, eulogies,
# service schedules, florist orders, staff notes, searches, certificate
# fields, pre-need contracts, livestreams; 485 attacks): benign 1 -> 0,
# attacks 482 -> 482 (query).
FUNERAL_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.995}
FUNERAL_CEILINGS = {"certificate_field": 0.013, "eulogy": 0.013, "florist_order": 0.013,
                    "guestbook": 0.013, "livestream": 0.013, "obituary": 0.013,
                    "preneed_contract": 0.013, "search": 0.013, "service_schedule": 0.013,
                    "staff_note": 0.013, "ALL": 0.002}
# pawnshop (tests/corpus/pawnshop/: intake descriptions, serial numbers, loan
# tickets, police holds, appraisals, item specs, customer fields, listings,
# buyback messages, settings; 485 attacks): benign 0 -> 0, attacks 482 -> 484
# (query).
PAWNSHOP_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.995}
PAWNSHOP_CEILINGS = {"appraisal-note": 0.013, "buyback-message": 0.013,
                     "customer-field": 0.013, "intake-description": 0.013, "item-spec": 0.013,
                     "loan-ticket": 0.013, "online-listing": 0.013, "police-hold": 0.013,
                     "serial-number": 0.013, "settings-field": 0.013, "ALL": 0.002}
# janitorial (tests/corpus/janitorial/: site checklists, work orders, SDS notes,
# shift schedules, supply orders, inspection scores, complaints, crew chat,
# floor-care logs, exports; 485 attacks): benign 0 -> 0, attacks 484 -> 484
# (query).
JANITORIAL_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
JANITORIAL_CEILINGS = {"client_complaint": 0.013, "crew_chat": 0.013,
                       "export_settings": 0.013, "floor_care_log": 0.013,
                       "inspection_score": 0.013, "sds_note": 0.013, "shift_schedule": 0.013,
                       "site_checklist": 0.013, "supply_order": 0.013, "work_order": 0.013,
                       "ALL": 0.002}
# firestation (tests/corpus/firestation/: incident narratives, apparatus checks,
# hydrants, run cards, pre-plans, training records, radio logs, CAD notes, hose
# tests, station chat; 485 attacks): benign 0 -> 0, attacks 483 -> 483
# (query).
FIRESTATION_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.995}
FIRESTATION_CEILINGS = {"apparatus_check": 0.013, "cad_note": 0.013, "hose_test": 0.013,
                        "hydrant_inventory": 0.013, "incident_narrative": 0.013,
                        "preplan": 0.013, "radio_log": 0.013, "run_card": 0.013,
                        "station_chat": 0.013, "training_record": 0.013, "ALL": 0.002}
# laundromat (tests/corpus/laundromat/: order notes, garment care, stain reports,
# machine errors, loyalty, route sheets, customer chat, price lists, lost-item
# claims, store settings; 487 attacks): benign 2 -> 1, attacks 485 -> 486
# (query).
LAUNDROMAT_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
LAUNDROMAT_CEILINGS = {"customer_chat": 0.013, "garment_care": 0.013,
                       "lost_item_claims": 0.013, "loyalty": 0.013, "machine_errors": 0.013,
                       "order_notes": 0.013, "price_lists": 0.013, "route_sheets": 0.025,
                       "stain_reports": 0.013, "store_settings": 0.013, "ALL": 0.003}
# petgrooming (tests/corpus/petgrooming/: pet profiles, coat notes, vaccinations,
# bookings, kennel cards, behaviour notes, owner messages, pricing, incidents,
# staff schedules; 486 attacks): benign 0 -> 0, attacks 484 -> 484 (query).
PETGROOMING_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
PETGROOMING_CEILINGS = {"appointment_booking": 0.013, "behaviour_notes": 0.013,
                        "breed_coat_notes": 0.013, "incident_reports": 0.013,
                        "kennel_card": 0.013, "owner_messages": 0.013,
                        "package_pricing": 0.013, "pet_profile": 0.013,
                        "staff_schedule": 0.013, "vaccination_records": 0.013, "ALL": 0.002}
# recycling (tests/corpus/recycling/: pickup requests, bin scans, route logs,
# contamination reports, bulky items, scale tickets, hazardous-waste forms,
# questions, hauler invoices, settings; 485 attacks): benign 1 -> 0, attacks
# 479 -> 479 (query).
RECYCLING_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.991}
RECYCLING_CEILINGS = {"bin_scan": 0.013, "bulky_booking": 0.013,
                      "contamination_report": 0.013, "hauler_invoice": 0.013,
                      "hazwaste_form": 0.013, "pickup_request": 0.013,
                      "resident_question": 0.013, "route_log": 0.013, "scale_ticket": 0.013,
                      "settings": 0.013, "ALL": 0.002}
# rowingclub (tests/corpus/rowingclub/: line-ups, erg scores, boat bookings,
# damage logs, regatta entries, coaching notes, safety calls, membership forms,
# chat, results exports; 496 attacks): benign 2 -> 0, attacks 490 -> 490
# (query).
ROWINGCLUB_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.903, "ldap-xpath": 0.904,
                     "nosqli": 0.964, "sqli": 0.974, "ssrf": 0.961, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.987}
ROWINGCLUB_CEILINGS = {"boat-booking": 0.013, "club-chat": 0.013, "coaching-note": 0.013,
                       "crew-lineup": 0.013, "damage-equipment": 0.013, "erg-score": 0.013,
                       "membership-form": 0.013, "regatta-entry": 0.013,
                       "results-export": 0.013, "safety-weather": 0.013, "ALL": 0.002}
# skiresort (tests/corpus/skiresort/: lift status, snow reports, ski school,
# rental fittings, patrol incidents, season passes, grooming plans, avalanche
# bulletins, reviews, staff chat; 485 attacks): benign 1 -> 0, attacks 483 ->
# 484 (query).
SKIRESORT_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.993}
SKIRESORT_CEILINGS = {"avalanche-bulletin": 0.013, "grooming-plan": 0.013,
                      "guest-review": 0.013, "lift-status": 0.013, "patrol-incident": 0.013,
                      "rental-fitting": 0.013, "season-pass": 0.013, "ski-school": 0.013,
                      "snow-report": 0.013, "staff-chat": 0.013, "ALL": 0.002}
# selfstorage (tests/corpus/selfstorage/: unit notes, searches, tenant names, gate
# logs, lien auctions, move-in forms, insurance, climate alarms, tenant messages,
# exports; 488 attacks): benign 0 -> 0, attacks 487 -> 488 (query).
SELFSTORAGE_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
SELFSTORAGE_CEILINGS = {"climate_alarms": 0.013, "exports_settings": 0.013,
                        "gate_logs": 0.013, "insurance": 0.013, "lien_auction": 0.013,
                        "move_in": 0.013, "search": 0.013, "tenant_messages": 0.013,
                        "tenant_names": 0.013, "unit_notes": 0.013, "ALL": 0.002}
# bowling (tests/corpus/bowling/: lane bookings, league standings, score sheets,
# pinsetter faults, party packages, pro-shop orders, drilling specs, tournaments,
# member chat, settings; 489 attacks): benign 0 -> 0, attacks 487 -> 487
# (query).
BOWLING_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.997}
BOWLING_CEILINGS = {"drilling-spec": 0.013, "lane-booking": 0.013, "league-standings": 0.013,
                    "member-chat": 0.013, "party-package": 0.013, "pinsetter": 0.013,
                    "pro-shop": 0.013, "score-sheet": 0.013, "settings-import": 0.013,
                    "tournament": 0.013, "ALL": 0.002}
# solarinstall (tests/corpus/solarinstall/: site surveys, roof shading, equipment
# specs, permits, interconnection, monitoring, financing, customer messages,
# crew schedules, exports; 485 attacks): benign 3 -> 3, attacks 479 -> 480
# (query).
SOLARINSTALL_FLOORS = {"cmdi": 0.942, "code": 0.975, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.989}
SOLARINSTALL_CEILINGS = {"crew_schedule": 0.013, "customer_messages": 0.013,
                         "equipment_specs": 0.013, "exports_settings": 0.025, "financing": 0.013,
                         "interconnection": 0.013, "monitoring": 0.013, "permits": 0.025,
                         "roof_shading": 0.013, "site_survey": 0.013, "ALL": 0.004}
# quarry (tests/corpus/quarry/: blast logs, haul dispatch, weighbridge tickets, assays
# and gradations, safety inspections, telemetry, environmental monitoring, crew chat,
# sales orders, settings; 485 attacks): benign 1 -> 0, attacks 477 -> 479 (query).
QUARRY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.9, "ldap-xpath": 0.9, "nosqli": 0.888,
                 "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.987}
QUARRY_CEILINGS = {"assay_gradation": 0.013, "blast_log": 0.013, "crew_chat": 0.013,
                   "dispatch": 0.013, "environmental": 0.013, "safety": 0.013,
                   "sales_order": 0.013, "settings_import": 0.013, "telemetry": 0.013,
                   "weighbridge": 0.013, "ALL": 0.002}
# catering (tests/corpus/catering/: event orders, allergen notes, recipe scaling, prep
# lists, staffing, venue logistics, invoices, client messages, tastings, supplier
# orders; 485 attacks): benign 0 -> 0, attacks 481 -> 481 (query).
CATERING_FLOORS = {"cmdi": 0.957, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.989}
CATERING_CEILINGS = {"client_messages": 0.013, "dietary_allergen": 0.013, "invoices": 0.013,
                     "order_notes": 0.013, "prep_lists": 0.013, "recipe_scaling": 0.013,
                     "staffing": 0.013, "supplier_orders": 0.013, "tasting_feedback": 0.013,
                     "venue_logistics": 0.013, "ALL": 0.002}
# archery (tests/corpus/archery/: bookings, coaching, equipment specs, forum posts,
# membership, results, safety briefings, score cards, search settings, shop; 485
# attacks): benign 1 -> 0, attacks 482 -> 483 (query).
ARCHERY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.995}
ARCHERY_CEILINGS = {"booking": 0.013, "coaching": 0.013, "equipment": 0.013, "forum": 0.013,
                    "membership": 0.013, "results": 0.013, "safety": 0.013,
                    "scorecard": 0.013, "search_settings": 0.013, "shop": 0.013, "ALL": 0.002}
# hvac (tests/corpus/hvac/: work orders, refrigerant logs, load calculations, BMS
# configuration, checklists, technician notes, parts, quotes, customer messages,
# warranty claims; 488 attacks): benign 1 -> 0, attacks 484 -> 486 (query).
HVAC_FLOORS = {"cmdi": 0.985, "code": 0.975, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.962,
               "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
HVAC_CEILINGS = {"bms_config": 0.013, "checklist": 0.013, "customer_message": 0.013,
                 "load_calc": 0.013, "parts_inventory": 0.013, "quote": 0.013,
                 "refrigerant_log": 0.013, "tech_note": 0.013, "warranty_claim": 0.013,
                 "work_order": 0.013, "ALL": 0.002}
# tailoring (tests/corpus/tailoring/: measurements, fitting notes, inventory, alteration
# tickets, pickup schedules, pricing, pattern files, customer messages, monogram
# orders, staff chat; 485 attacks): benign 0 -> 0, attacks 480 -> 482 (query).
TAILORING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.991}
TAILORING_CEILINGS = {"alteration_tickets": 0.013, "customer_messages": 0.013,
                      "fitting_notes": 0.013, "inventory": 0.013, "measurements": 0.013,
                      "monogram_orders": 0.013, "pattern_files": 0.013,
                      "pickup_schedule": 0.013, "pricing": 0.013, "staff_chat": 0.013,
                      "ALL": 0.002}
# marina (tests/corpus/marina/: slip notes, fuel dock, vessel registry, haul-out and
# storage, tide and weather, pump-out logs, maintenance, guest bookings, harbormaster
# messages, billing exports; 488 attacks): benign 1 -> 0, attacks 485 -> 488 (query).
MARINA_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.967, "ldap-xpath": 0.95,
                 "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                 "xss": 0.987, "ALL": 0.997}
MARINA_CEILINGS = {"billing-export": 0.013, "fuel-dock": 0.013, "guest-booking": 0.013,
                   "harbormaster": 0.013, "haulout-storage": 0.013, "maintenance": 0.013,
                   "pumpout-log": 0.013, "slip-notes": 0.013, "tide-weather": 0.013,
                   "vessel-registry": 0.013, "ALL": 0.002}
# pestcontrol (tests/corpus/pestcontrol/: inspection reports, treatment logs, bait
# stations, termite bonds, route schedules, SDS notes, customer messages, technician
# chat, invoices, search settings; 497 attacks): benign 0 -> 0, attacks 493 -> 494
# (query).
PESTCONTROL_FLOORS = {"cmdi": 0.958, "code": 0.987, "crlf": 0.968, "ldap-xpath": 0.95,
                      "nosqli": 0.928, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.991}
PESTCONTROL_CEILINGS = {"bait_station": 0.013, "customer_message": 0.013,
                        "inspection_report": 0.013, "invoice": 0.013, "route_schedule": 0.013,
                        "sds_notes": 0.013, "search_settings": 0.013, "tech_chat": 0.013,
                        "termite_bond": 0.013, "treatment_log": 0.013, "ALL": 0.002}
# carwash (tests/corpus/carwash/: memberships, tunnel settings, chemical dosing, POS
# exports, fault logs, complaints and claims, promotions, staff schedules, reviews,
# loyalty messages; 488 attacks): benign 0 -> 0, attacks 486 -> 487 (query).
CARWASH_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.995}
CARWASH_CEILINGS = {"chemical-dosing": 0.013, "complaint-claim": 0.013, "fault-log": 0.013,
                    "loyalty-message": 0.013, "membership": 0.013, "pos-export": 0.013,
                    "promotion": 0.013, "site-review": 0.013, "staff-schedule": 0.013,
                    "tunnel-settings": 0.013, "ALL": 0.002}
# animalshelter (tests/corpus/animalshelter/: intake notes, medical notes, behavior
# assessments, adoption applications, foster schedules, kennel cards, donor messages,
# lost and found, transfer manifests, settings; 492 attacks): benign 0 -> 0, attacks
# 487 -> 488 (query).
ANIMALSHELTER_FLOORS = {"cmdi": 0.986, "code": 0.975, "crlf": 0.933, "ldap-xpath": 0.95,
                        "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.991}
ANIMALSHELTER_CEILINGS = {"adoption_application": 0.013, "behavior_assessment": 0.013,
                          "donor_message": 0.013, "foster_schedule": 0.013,
                          "intake_note": 0.013, "kennel_card": 0.013, "lost_found": 0.013,
                          "medical_note": 0.013, "search_settings": 0.013,
                          "transfer_manifest": 0.013, "ALL": 0.002}
# signshop (tests/corpus/signshop/: proof notes, inventory, install notes, permits,
# customer messages, quotes, production queue, printer settings, staff chat, searches;
# 485 attacks): benign 2 -> 2, attacks 479 -> 479 (query).
SIGNSHOP_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.9,
                   "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.989}
SIGNSHOP_CEILINGS = {"customer_messages": 0.013, "install_notes": 0.025, "inventory": 0.013,
                     "permits": 0.013, "printer_settings": 0.013, "production_queue": 0.013,
                     "proof_notes": 0.013, "quotes_invoices": 0.013, "search_queries": 0.013,
                     "staff_chat": 0.025, "ALL": 0.004}
# chiropractic (tests/corpus/chiropractic/: SOAP notes, intake, scheduling, billing
# codes, exercise plans, pre-authorizations, patient messages, x-ray reports,
# reminders, front-desk chat; 485 attacks): benign 0 -> 0, attacks 479 -> 479 (query).
CHIROPRACTIC_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.993}
CHIROPRACTIC_CEILINGS = {"billing_codes": 0.013, "exercise_plans": 0.013,
                         "front_desk_chat": 0.013, "intake": 0.013, "patient_messages": 0.013,
                         "preauth": 0.013, "reminders": 0.013, "scheduling": 0.013,
                         "soap_notes": 0.013, "xray_reports": 0.013, "ALL": 0.002}
# movingco (tests/corpus/movingco/: inventories, quotes, routing, packing lists,
# damage claims, storage records, customer messages, permits, invoices, dispatcher
# chat; 490 attacks): benign 0 -> 0, attacks 486 -> 486 (query).
MOVINGCO_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.9, "ldap-xpath": 0.9,
                   "nosqli": 0.962, "sqli": 0.975, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.987}
MOVINGCO_CEILINGS = {"customer_messages": 0.013, "damage_claims": 0.013,
                     "dispatcher_chat": 0.013, "inventory_notes": 0.013, "invoices": 0.013,
                     "packing_lists": 0.013, "permits": 0.013, "quote_requests": 0.013,
                     "routing_dispatch": 0.013, "storage_records": 0.013, "ALL": 0.002}
# glassworks (tests/corpus/glassworks/: commissions, kiln schedules, glass catalogs,
# class bookings, breakage reports, supplier orders, studio notes, several languages,
# searches, tech notes; 485 attacks): benign 0 -> 0, attacks 479 -> 480 (query).
GLASSWORKS_FLOORS = {"cmdi": 0.942, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.987}
GLASSWORKS_CEILINGS = {"booking": 0.013, "breakage": 0.013, "catalog": 0.013,
                       "commission": 0.013, "kiln": 0.013, "multilingual": 0.013,
                       "notes": 0.013, "search": 0.013, "supplier": 0.013, "tech": 0.013,
                       "ALL": 0.002}
# sailingschool (tests/corpus/sailingschool/: enrollments, boat reservations, weather
# and tide, instructor logs, checklists, incidents, VHF logs, waypoints, certifications,
# student chat; 485 attacks): benign 1 -> 1, attacks 480 -> 481 (query).
SAILINGSCHOOL_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                        "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.92, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.991}
SAILINGSCHOOL_CEILINGS = {"boat_reservation": 0.013, "certification_records": 0.013,
                          "checklists": 0.013, "enrollment_notes": 0.013,
                          "gps_waypoints": 0.025, "incident_reports": 0.013,
                          "instructor_log": 0.013, "student_chat": 0.013, "vhf_log": 0.013,
                          "weather_tide": 0.013, "ALL": 0.003}
# pipeorgan (tests/corpus/pipeorgan/: stop lists, tuning logs, restoration tickets,
# wind pressure, repertoire, recital programs, parts, console wiring, musicians' notes,
# searches; 485 attacks): benign 0 -> 0, attacks 483 -> 483 (query).
PIPEORGAN_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.995}
PIPEORGAN_CEILINGS = {"console_wiring": 0.013, "musician_notes": 0.013,
                      "parts_inventory": 0.013, "recital_program": 0.013, "repertoire": 0.013,
                      "restoration_ticket": 0.013, "search_import": 0.013, "stoplist": 0.013,
                      "tuning_log": 0.013, "wind_pressure": 0.013, "ALL": 0.002}
# escrow (tests/corpus/escrow/: agent notes, searches, party names, wire memos, title
# records, closing checklists, ledgers, e-signature chat, client letters, settings;
# 485 attacks): benign 0 -> 0, attacks 480 -> 480 (query).
ESCROW_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.888,
                 "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
ESCROW_CEILINGS = {"agent_notes": 0.013, "checklist_items": 0.013, "client_letters": 0.013,
                   "esign_chat": 0.013, "ledger_entries": 0.013, "party_names": 0.013,
                   "search_queries": 0.013, "settings_imports": 0.013, "title_records": 0.013,
                   "wire_memos": 0.013, "ALL": 0.002}
# falconry (tests/corpus/falconry/: bird intake, weights and feeding, mews rota, flight
# training, permits and bands, vet plans, release reports, visitor bookings, volunteer
# chat, searches; 485 attacks): benign 0 -> 0, attacks 484 -> 484 (query).
FALCONRY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.995}
FALCONRY_CEILINGS = {"flight_training": 0.013, "intake": 0.013, "mews_rota": 0.013,
                     "permits_bands": 0.013, "release_reports": 0.013,
                     "search_settings": 0.013, "vet_plans": 0.013, "visitor_bookings": 0.013,
                     "volunteer_chat": 0.013, "weights_feeding": 0.013, "ALL": 0.002}
# lighthouse (tests/corpus/lighthouse/: keeper logbooks, lens maintenance, tour
# bookings, donations, archive catalog, storm reports, fog schedules, volunteer rosters,
# visitor comments, searches; 485 attacks): benign 0 -> 0, attacks 483 -> 484 (query).
LIGHTHOUSE_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
LIGHTHOUSE_CEILINGS = {"archive_catalog": 0.013, "donation": 0.013, "fog_schedule": 0.013,
                       "lens_maintenance": 0.013, "logbook": 0.013, "search_settings": 0.013,
                       "storm_report": 0.013, "tour_booking": 0.013,
                       "visitor_comments": 0.013, "volunteer_roster": 0.013, "ALL": 0.002}
# dialysis (tests/corpus/dialysis/: run sheets, schedules, lab comments, transport,
# dietitian notes, maintenance logs, insurance authorizations, patient messages, staff
# chat, searches; 485 attacks): benign 1 -> 0, attacks 484 -> 484 (query).
DIALYSIS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.995}
DIALYSIS_CEILINGS = {"dietitian_note": 0.013, "insurance_auth": 0.013, "lab_comment": 0.013,
                     "maintenance_log": 0.013, "patient_message": 0.013,
                     "run_sheet_note": 0.013, "schedule_request": 0.013,
                     "search_import": 0.013, "staff_chat": 0.013, "transport_request": 0.013,
                     "ALL": 0.002}
# printmaking (tests/corpus/printmaking/: press bookings, inventory, edition records,
# type catalog, job tickets, shipping, workshop sign-ups, artist statements, searches,
# studio chat; 492 attacks): benign 0 -> 0, attacks 491 -> 492 (query).
PRINTMAKING_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
PRINTMAKING_CEILINGS = {"artist_text": 0.013, "edition": 0.013, "inventory": 0.013,
                        "job_ticket": 0.013, "press_booking": 0.013, "search": 0.013,
                        "shipping": 0.013, "studio_chat": 0.013, "type_catalog": 0.013,
                        "workshop_signup": 0.013, "ALL": 0.002}
# vineyardtours (tests/corpus/vineyardtours/: booking notes, pickup points, dietary
# notes, guide scripts, invoices, partner contracts, reviews, weather operations,
# searches, settings; 485 attacks): benign 0 -> 0, attacks 481 -> 482 (query).
VINEYARDTOURS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.9, "ldap-xpath": 0.95,
                        "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.989}
VINEYARDTOURS_CEILINGS = {"booking_notes": 0.013, "dietary_allergy": 0.013,
                          "guide_scripts": 0.013, "invoices": 0.013,
                          "partner_contracts": 0.013, "pickup_points": 0.013,
                          "reviews": 0.013, "search_queries": 0.013,
                          "settings_imports": 0.013, "weather_ops": 0.013, "ALL": 0.002}
# curling (tests/corpus/curling/: bookings, league draws, scorecards, ice technician
# logs, bonspiel registrations, rentals, bar tabs, member chat, searches, settings;
# 485 attacks): benign 1 -> 0, attacks 480 -> 480 (query).
CURLING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.833, "ldap-xpath": 0.9,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.987}
CURLING_CEILINGS = {"bar_tabs": 0.013, "bonspiel_registration": 0.013, "booking_notes": 0.013,
                    "equipment_rentals": 0.013, "ice_tech_log": 0.013, "league_draws": 0.013,
                    "member_chat": 0.013, "scorecards": 0.013, "search_queries": 0.013,
                    "settings_imports": 0.013, "ALL": 0.002}
# stormchasers (tests/corpus/stormchasers/: spotter reports, radar annotations, chase
# logs, checklists, NWS products, damage surveys, photo metadata, member chat,
# searches, settings; 487 attacks): benign 0 -> 0, attacks 484 -> 484 (query).
STORMCHASERS_FLOORS = {"cmdi": 0.972, "code": 0.975, "crlf": 0.966, "ldap-xpath": 0.9,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.991}
STORMCHASERS_CEILINGS = {"chase_log": 0.013, "damage_survey": 0.013,
                         "equipment_checklist": 0.013, "member_chat": 0.013,
                         "nws_product": 0.013, "photo_metadata": 0.013,
                         "radar_annotation": 0.013, "search_query": 0.013,
                         "settings_import": 0.013, "spotter_report": 0.013, "ALL": 0.002}
# bookbinding (tests/corpus/bookbinding/: job tickets, inventory, sewing structures,
# condition reports, treatment records, correspondence, quotes, class schedules,
# searches, binders' free text; 485 attacks): benign 1 -> 0, attacks 484 -> 484 (query).
BOOKBINDING_FLOORS = {"cmdi": 0.985, "code": 0.975, "crlf": 0.933, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
BOOKBINDING_CEILINGS = {"binder_freetext": 0.013, "class_schedule": 0.013,
                        "condition_report": 0.013, "correspondence": 0.013,
                        "inventory": 0.013, "job_ticket": 0.013, "price_quote": 0.013,
                        "search": 0.013, "sewing": 0.013, "treatment_record": 0.013,
                        "ALL": 0.002}
# mushroomfarm (tests/corpus/mushroomfarm/: climate logs, substrate batches, spawn
# inventory, harvests, restaurant orders, contamination reports, lab cultures,
# farm-stand sales, worker chat, searches; 486 attacks): benign 1 -> 1, attacks 484 -> 485
# (query).
MUSHROOMFARM_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.997}
MUSHROOMFARM_CEILINGS = {"climate_log_note": 0.025, "contamination_report": 0.013,
                         "farmstand_sale": 0.013, "harvest_record": 0.013,
                         "lab_culture_note": 0.013, "restaurant_order": 0.013,
                         "search_settings_import": 0.013, "spawn_inventory": 0.013,
                         "substrate_batch": 0.013, "worker_chat": 0.013, "ALL": 0.003}
# harbortugs (tests/corpus/harbortugs/: job notes, pilot boarding, tow line logs, fuel,
# crew rotations, berths, VHF notes, incidents, customer messages, searches; 485
# attacks): benign 0 -> 0, attacks 485 -> 485 (query).
HARBORTUGS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.997}
HARBORTUGS_CEILINGS = {"berth_assignment": 0.013, "crew_rotation": 0.013,
                       "customer_messages": 0.013, "fuel_records": 0.013,
                       "incident_reports": 0.013, "job_notes": 0.013, "pilot_boarding": 0.013,
                       "search_settings_imports": 0.013, "towline_winch_log": 0.013,
                       "vhf_notes": 0.013, "ALL": 0.002}
# planetarium (tests/corpus/planetarium/: show schedules, school bookings, projector
# logs, memberships, gift shop, exhibit tickets, lesson notes, RSVPs, visitor feedback,
# searches; 485 attacks): benign 1 -> 0, attacks 484 -> 484 (query).
PLANETARIUM_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
PLANETARIUM_CEILINGS = {"event_rsvp": 0.013, "exhibit_ticket": 0.013, "giftshop": 0.013,
                        "lesson_notes": 0.013, "membership": 0.013, "projector_log": 0.013,
                        "school_booking": 0.013, "search_settings_import": 0.013,
                        "show_schedule": 0.013, "visitor_feedback": 0.013, "ALL": 0.002}
# saddlery (tests/corpus/saddlery/: fitting notes, repair tickets, inventory, horse
# measurements, special orders, consignment, shipping, rider chat, customer profiles,
# settings; 487 attacks): benign 0 -> 0, attacks 485 -> 485 (query).
SADDLERY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.9,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.993}
SADDLERY_CEILINGS = {"consignment": 0.013, "customer_profile": 0.013, "fitting_notes": 0.013,
                     "horse_measurements": 0.013, "inventory_search": 0.013,
                     "repair_tickets": 0.013, "rider_chat": 0.013, "settings_imports": 0.013,
                     "shipping_notes": 0.013, "special_orders": 0.013, "ALL": 0.002}
# icecream (tests/corpus/icecream/: batch notes, freezer logs, allergens, wholesale
# orders, shift notes, supplier invoices, inspections, reviews, searches, settings; 496
# attacks): benign 0 -> 0, attacks 493 -> 493 (query).
ICECREAM_FLOORS = {"cmdi": 0.972, "code": 0.987, "crlf": 0.967, "ldap-xpath": 0.904,
                   "nosqli": 0.931, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.991}
ICECREAM_CEILINGS = {"allergen": 0.013, "batch_notes": 0.013, "freezer_logs": 0.013,
                     "inspection": 0.013, "reviews": 0.013, "search": 0.013,
                     "settings_imports": 0.013, "shift_notes": 0.013,
                     "supplier_invoices": 0.013, "wholesale_orders": 0.013, "ALL": 0.002}
# ropeaccess (tests/corpus/ropeaccess/: hazard analyses, anchor logs, gear inventory,
# certifications, access permits, weather stand-downs, invoices, technician chat,
# searches, imports; 485 attacks): benign 0 -> 0, attacks 484 -> 484 (query).
ROPEACCESS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.997}
ROPEACCESS_CEILINGS = {"access_permit": 0.013, "anchor_log": 0.013, "certification": 0.013,
                       "gear_inventory": 0.013, "import_setting": 0.013, "invoice": 0.013,
                       "jha_note": 0.013, "search": 0.013, "tech_chat": 0.013,
                       "weather_standdown": 0.013, "ALL": 0.002}
# organicbox (tests/corpus/organicbox/: box contents, preferences, delivery routes,
# harvest forecasts, recipe cards, pause requests, billing, subscriber text, searches,
# imports; 489 attacks): benign 0 -> 0, attacks 485 -> 486 (query).
ORGANICBOX_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.974,
                     "ALL": 0.993}
ORGANICBOX_CEILINGS = {"admin-imports": 0.013, "box-contents": 0.013,
                       "delivery-routes": 0.013, "harvest-forecast": 0.013,
                       "pause-skip": 0.013, "payment-billing": 0.013, "preferences": 0.013,
                       "recipe-cards": 0.013, "search": 0.013, "subscriber-freetext": 0.013,
                       "ALL": 0.002}
# tidepool (tests/corpus/tidepool/: transect notes, species searches, water quality,
# permits, boat and dive logs, freezer inventory, student notes, volunteer text,
# settings, chat; 485 attacks): benign 2 -> 2, attacks 483 -> 483 (query).
TIDEPOOL_FLOORS = {"cmdi": 0.985, "code": 0.975, "crlf": 0.933, "ldap-xpath": 0.9,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.991}
TIDEPOOL_CEILINGS = {"boat_dive_logs": 0.013, "comments_chat": 0.013,
                     "freezer_inventory": 0.013, "permits": 0.013, "settings_imports": 0.025,
                     "species_search": 0.013, "student_notes": 0.025, "transect_notes": 0.013,
                     "volunteer_text": 0.013, "water_quality": 0.013, "ALL": 0.004}
# kiteschool (tests/corpus/kiteschool/: wind reports, lesson bookings, gear rental,
# instructor notes, safety waivers, chat, searches, profiles, reviews, imports; 485
# attacks): benign 0 -> 0, attacks 476 -> 480 (query).
KITESCHOOL_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
KITESCHOOL_CEILINGS = {"chat_messages": 0.013, "gear_rental": 0.013,
                       "instructor_notes": 0.013, "lesson_bookings": 0.013,
                       "profiles_names": 0.013, "reviews_comments": 0.013,
                       "safety_waivers": 0.013, "search_queries": 0.013,
                       "settings_imports": 0.013, "wind_reports": 0.013, "ALL": 0.002}
# taxidermy (tests/corpus/taxidermy/: specimen intake, CITES permits, preparation
# notes, client orders, museum loans, chat, searches, names, settings, imports; 485
# attacks): benign 2 -> 2, attacks 482 -> 482 (query).
TAXIDERMY_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.993}
TAXIDERMY_CEILINGS = {"chat": 0.025, "imports": 0.025, "intake": 0.013, "loans": 0.013,
                      "names": 0.013, "orders": 0.013, "permits": 0.013, "prep_notes": 0.013,
                      "search": 0.013, "settings": 0.013, "ALL": 0.004}
# canalboats (tests/corpus/canalboats/: bookings, lock schedules, handover checklists,
# fuel logs, towpath notices, searches, profiles, chat, reviews, imports; 499 attacks):
# benign 1 -> 1, attacks 496 -> 497 (query).
CANALBOATS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.965, "sqli": 0.987, "ssrf": 0.961, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
CANALBOATS_CEILINGS = {"booking_note": 0.013, "chat_message": 0.013,
                       "customer_profile": 0.013, "fuel_log": 0.013,
                       "handover_checklist": 0.013, "import_settings": 0.025,
                       "lock_schedule": 0.013, "review": 0.013, "search_query": 0.013,
                       "towpath_notice": 0.013, "ALL": 0.003}
# pianotuning (tests/corpus/pianotuning/: tuning records, appointment notes, part
# orders, invoices, contacts, searches, restoration logs, chat, settings, reviews; 487
# attacks): benign 1 -> 1, attacks 484 -> 486 (query).
PIANOTUNING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
PIANOTUNING_CEILINGS = {"appointment_note": 0.013, "chat_message": 0.013,
                        "customer_contact": 0.013, "invoice": 0.013, "part_order": 0.013,
                        "restoration_log": 0.013, "review_comment": 0.013,
                        "search_query": 0.013, "settings_import": 0.025,
                        "tuning_record": 0.013, "ALL": 0.003}
# clockrepair (tests/corpus/clockrepair/: ticket notes, diagnoses, parts searches,
# customer names and messages, service intervals, shipping, invoices, staff chat,
# imports; 491 attacks): benign 0 -> 0, attacks 486 -> 488 (query).
CLOCKREPAIR_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.9,
                      "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.991}
CLOCKREPAIR_CEILINGS = {"customer-message": 0.013, "customer-name": 0.013, "diagnosis": 0.013,
                        "import-settings": 0.013, "invoice": 0.013, "parts-search": 0.013,
                        "service-interval": 0.013, "shipping": 0.013, "staff-chat": 0.013,
                        "ticket-note": 0.013, "ALL": 0.002}
# alpacafarm (tests/corpus/alpacafarm/: herd records, shearing days, fleece grading,
# yarn orders, farm-stay bookings and the farm's other text; 485 attacks): benign
# 0 -> 0, attacks 483 -> 485 (query).
ALPACAFARM_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
ALPACAFARM_CEILINGS = {"chat_support": 0.013, "farmstay_bookings": 0.013,
                       "fleece_grading": 0.013, "herd_notes": 0.013, "imports_csv": 0.013,
                       "names": 0.013, "search": 0.013, "settings_config": 0.013,
                       "shearing_schedule": 0.013, "yarn_orders": 0.013, "ALL": 0.002}
# swimschool (tests/corpus/swimschool/: parent messages, instructor notes, searches,
# swimmer profiles, lane schedules, lifeguard rosters, badges, settings, staff chat,
# reviews; 486 attacks): benign 1 -> 0, attacks 482 -> 485 (query).
SWIMSCHOOL_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.997}
SWIMSCHOOL_CEILINGS = {"badge": 0.013, "feedback_review": 0.013, "instructor_note": 0.013,
                       "lane_schedule": 0.013, "lifeguard_roster": 0.013,
                       "parent_message": 0.013, "search": 0.013, "settings_import": 0.013,
                       "staff_chat": 0.013, "swimmer_profile": 0.013, "ALL": 0.002}
# radiostation (tests/corpus/radiostation/: show descriptions, playlists, listener
# requests, volunteer rosters, searches, licensing logs, studio chat, host profiles,
# stream settings, engineering notes; 485 attacks): benign 1 -> 1, attacks 479 -> 480
# (query).
RADIOSTATION_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.993}
RADIOSTATION_CEILINGS = {"engineering_note": 0.013, "licensing_log": 0.013,
                         "listener_request": 0.013, "playlist_entry": 0.013,
                         "profile_bio": 0.013, "search_query": 0.013,
                         "show_description": 0.013, "stream_settings": 0.025,
                         "studio_chat": 0.013, "volunteer_roster": 0.013, "ALL": 0.003}
# glacierguides (tests/corpus/glacierguides/: route notes, crevasse reports, medical
# forms, gear checklists, avalanche bulletins, client messages, searches, profiles,
# trip reviews, imports; 485 attacks): benign 0 -> 0, attacks 480 -> 481 (query).
GLACIERGUIDES_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                        "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.995}
GLACIERGUIDES_CEILINGS = {"avalanche_bulletins": 0.013, "client_messages": 0.013,
                          "crevasse_reports": 0.013, "gear_checklists": 0.013,
                          "imports_settings": 0.013, "medical_forms": 0.013,
                          "people_profiles": 0.013, "route_notes": 0.013,
                          "search_queries": 0.013, "trip_reviews": 0.013, "ALL": 0.002}
# foodbank (tests/corpus/foodbank/: intake notes, pantry searches, item names,
# contacts, shift comments, referral notes, delivery routes, team chat, imports,
# descriptions; 485 attacks): benign 1 -> 0, attacks 481 -> 482 (query).
FOODBANK_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.995}
FOODBANK_CEILINGS = {"delivery_routes": 0.013, "descriptions": 0.013, "intake_notes": 0.013,
                     "item_names": 0.013, "pantry_search": 0.013, "people_contacts": 0.013,
                     "referral_notes": 0.013, "settings_imports": 0.013,
                     "shift_comments": 0.013, "team_chat": 0.013, "ALL": 0.002}
# tileworks (tests/corpus/tileworks/: kiln logs, glaze recipes, custom orders,
# installation notes, grout calculations, searches, contacts, chat, catalog, imports;
# 485 attacks): benign 0 -> 0, attacks 480 -> 481 (query).
TILEWORKS_FLOORS = {"cmdi": 0.985, "code": 0.975, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.993}
TILEWORKS_CEILINGS = {"catalog": 0.013, "chat": 0.013, "contact": 0.013,
                      "custom_order": 0.013, "glaze_recipe": 0.013, "grout_calc": 0.013,
                      "install_notes": 0.013, "kiln_log": 0.013, "search": 0.013,
                      "settings_import": 0.013, "ALL": 0.002}
# velodrome (tests/corpus/velodrome/: session bookings, searches, rider profiles, lap
# timing imports, licences, bike hire, coaching notes, chat, settings, feedback; 485
# attacks): benign 0 -> 0, attacks 482 -> 482 (query).
VELODROME_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.991}
VELODROME_CEILINGS = {"bike_hire": 0.013, "chat_messages": 0.013, "coaching_notes": 0.013,
                      "feedback_support": 0.013, "lap_timing_imports": 0.013,
                      "licence_admin": 0.013, "rider_profiles": 0.013,
                      "search_queries": 0.013, "session_booking_notes": 0.013,
                      "settings_integrations": 0.013, "ALL": 0.002}
# bellfoundry (tests/corpus/bellfoundry/: casting orders, tuning notes, tower
# inspections, clapper repairs, shipping, customer chat, searches, names, settings,
# carillon recitals; 485 attacks): benign 0 -> 0, attacks 485 -> 485 (query).
BELLFOUNDRY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
BELLFOUNDRY_CEILINGS = {"carillon_recitals": 0.013, "casting_orders": 0.013,
                        "clapper_repairs": 0.013, "customer_chat": 0.013,
                        "profile_names": 0.013, "search_queries": 0.013,
                        "settings_imports": 0.013, "shipping": 0.013,
                        "tower_inspections": 0.013, "tuning_notes": 0.013, "ALL": 0.002}
# seedlibrary (tests/corpus/seedlibrary/: variety notes, germination tests, borrower
# records, harvest returns, workshop sign-ups, catalog searches, member chat, imports,
# settings, newsletter posts; 485 attacks): benign 0 -> 0, attacks 478 -> 480 (query).
SEEDLIBRARY_FLOORS = {"cmdi": 0.942, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.989}
SEEDLIBRARY_CEILINGS = {"borrower_records": 0.013, "catalog_search": 0.013,
                        "germination_tests": 0.013, "harvest_returns": 0.013,
                        "inventory_import": 0.013, "library_settings": 0.013,
                        "member_chat": 0.013, "newsletter_posts": 0.013,
                        "variety_notes": 0.013, "workshop_signups": 0.013, "ALL": 0.002}
# dronerepair (tests/corpus/dronerepair/: flight-log notes, firmware notes, crash
# reports, parts orders, warranty claims, chat, searches, profiles, technician
# comments, imports; 489 attacks): benign 0 -> 0, attacks 487 -> 487 (query).
DRONEREPAIR_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
DRONEREPAIR_CEILINGS = {"crash_report": 0.013, "customer_chat": 0.013,
                        "customer_profile": 0.013, "firmware_note": 0.013,
                        "flight_log_note": 0.013, "parts_order": 0.013, "search_query": 0.013,
                        "settings_import": 0.013, "technician_comment": 0.013,
                        "warranty_claim": 0.013, "ALL": 0.002}
# circusschool (tests/corpus/circusschool/: booking notes, chat, coach feedback,
# contacts, imports, injury reports, performer bios, rigging logs, searches, show
# line-ups; 485 attacks): benign 1 -> 1, attacks 485 -> 485 (query).
CIRCUSSCHOOL_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.997}
CIRCUSSCHOOL_CEILINGS = {"booking-note": 0.013, "chat": 0.013, "coach-feedback": 0.013,
                         "contact": 0.013, "import-settings": 0.025, "injury-report": 0.013,
                         "performer-bio": 0.013, "rigging-log": 0.013, "search": 0.013,
                         "show-lineup": 0.013, "ALL": 0.003}
# hotairballoon (tests/corpus/hotairballoon/: flight bookings, go/no-go notes, burner
# logs, passenger waivers, landing-site permissions and the operator's other text; 488
# attacks): benign 0 -> 0, attacks 487 -> 488 (query).
HOTAIRBALLOON_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                        "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.997}
HOTAIRBALLOON_CEILINGS = {"booking_note": 0.013, "burner_maintenance": 0.013,
                          "chat_message": 0.013, "landing_permission": 0.013,
                          "ops_report": 0.013, "passenger_waiver": 0.013, "review": 0.013,
                          "search_query": 0.013, "settings_import": 0.013,
                          "weather_gonogo": 0.013, "ALL": 0.002}
# quilting (tests/corpus/quilting/: pattern orders, block notes, longarm bookings,
# fabric inventory, show entries, profiles, searches, forum chat, imports, class
# sign-ups; 486 attacks): benign 0 -> 0, attacks 485 -> 485 (query).
QUILTING_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.995}
QUILTING_CEILINGS = {"bom_notes": 0.013, "class_signups": 0.013, "fabric_inventory": 0.013,
                     "forum_chat": 0.013, "longarm_bookings": 0.013, "member_profiles": 0.013,
                     "pattern_orders": 0.013, "search_queries": 0.013,
                     "settings_imports": 0.013, "show_entries": 0.013, "ALL": 0.002}
# scrapyard (tests/corpus/scrapyard/: ticket notes, material searches, seller
# profiles, grades, price comments, pickups, compliance logs, chat, imports, reports;
# 485 attacks): benign 2 -> 2, attacks 484 -> 484 (query).
SCRAPYARD_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.995}
SCRAPYARD_CEILINGS = {"compliance_log": 0.013, "customer_chat": 0.013,
                      "grade_descriptions": 0.013, "markdown_reports": 0.013,
                      "material_search": 0.013, "pickup_requests": 0.013,
                      "price_comments": 0.025, "seller_profile": 0.013,
                      "settings_imports": 0.025, "ticket_notes": 0.013, "ALL": 0.004}
# puppettheatre (tests/corpus/puppettheatre/: show schedules, build notes, touring,
# workshop bookings, box office, searches, profiles, reviews, imports, crew chat; 489
# attacks): benign 1 -> 1, attacks 485 -> 486 (query).
PUPPETTHEATRE_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.9,
                        "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.991}
PUPPETTHEATRE_CEILINGS = {"box_office": 0.013, "build_notes": 0.013, "crew_chat": 0.013,
                          "people_profiles": 0.013, "reviews_feedback": 0.013,
                          "search_queries": 0.013, "settings_imports": 0.025,
                          "show_schedule": 0.013, "touring_logistics": 0.013,
                          "workshop_bookings": 0.013, "ALL": 0.003}
# bonsainursery (tests/corpus/bonsainursery/: care logs, repotting schedules, workshop
# bookings, live-plant shipping, questions, descriptions, searches, reviews, imports;
# 493 attacks): benign 0 -> 0, attacks 490 -> 490 (query).
BONSAINURSERY_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.967, "ldap-xpath": 0.9,
                        "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.993}
BONSAINURSERY_CEILINGS = {"care_log": 0.013, "customer_name_address": 0.013,
                          "customer_question": 0.013, "product_description": 0.013,
                          "repotting_schedule": 0.013, "review_comment": 0.013,
                          "search_query": 0.013, "settings_import": 0.013, "shipping": 0.013,
                          "workshop_booking": 0.013, "ALL": 0.002}
# lifeguards (tests/corpus/lifeguards/: shift rosters, incident logs, water-quality and
# flag readings, certificates, lost-and-found, searches, chat, imports, reports; 485
# attacks): benign 1 -> 0, attacks 485 -> 485 (query).
LIFEGUARDS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
LIFEGUARDS_CEILINGS = {"certificates": 0.013, "chat": 0.013, "incident_log": 0.013,
                       "lost_found": 0.013, "markdown_reports": 0.013,
                       "names_contacts": 0.013, "roster_notes": 0.013, "search": 0.013,
                       "settings_imports": 0.013, "water_quality": 0.013, "ALL": 0.002}
# cheesemaker (tests/corpus/cheesemaker/: batch records, cave logs, market orders,
# wholesale invoices, tasting notes, chat, searches, methods, imports, staff notes; 485
# attacks): benign 0 -> 0, attacks 481 -> 483 (query).
CHEESEMAKER_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                      "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
CHEESEMAKER_CEILINGS = {"batch_records": 0.013, "cave_logs": 0.013, "customer_chat": 0.013,
                        "market_orders": 0.013, "product_search": 0.013,
                        "recipes_methods": 0.013, "settings_imports": 0.013,
                        "staff_notes": 0.013, "tasting_notes": 0.013,
                        "wholesale_invoices": 0.013, "ALL": 0.002}
# ferryline (tests/corpus/ferryline/: timetable searches, booking notes, delay notices,
# crew rotas, freight manifests, names, chat, reviews, contacts, imports; 485
# attacks): benign 1 -> 0, attacks 482 -> 483 (query).
FERRYLINE_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.993}
FERRYLINE_CEILINGS = {"admin_imports": 0.013, "booking_notes": 0.013,
                      "contact_details": 0.013, "crew_rota": 0.013, "customer_chat": 0.013,
                      "delay_notices": 0.013, "freight_manifest": 0.013,
                      "passenger_names": 0.013, "reviews_feedback": 0.013,
                      "timetable_search": 0.013, "ALL": 0.002}
# icerink (tests/corpus/icerink/: session bookings, skate hire, resurfacing and
# maintenance logs, league fixtures, lessons and the rink's other text; 489 attacks):
# benign 0 -> 0, attacks 488 -> 489 (query).
ICERINK_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.997}
ICERINK_CEILINGS = {"chat_comments": 0.013, "league_results": 0.013,
                    "lesson_enrolment": 0.013, "maintenance_log": 0.013,
                    "multilingual": 0.013, "profile": 0.013, "search": 0.013,
                    "session_booking": 0.013, "settings_imports": 0.013, "skate_hire": 0.013,
                    "ALL": 0.002}
# stainedglass (tests/corpus/stainedglass/: commissions, restoration logs, kiln
# schedules, supplier orders, quotes, searches, contacts, chat, settings, imports; 488
# attacks): benign 0 -> 0, attacks 486 -> 487 (query).
STAINEDGLASS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.997}
STAINEDGLASS_CEILINGS = {"chat_message": 0.013, "commission_notes": 0.013,
                         "contact_profile": 0.013, "import_rows": 0.013,
                         "kiln_schedule": 0.013, "quote_text": 0.013,
                         "restoration_log": 0.013, "search_query": 0.013,
                         "settings_config": 0.013, "supplier_order": 0.013, "ALL": 0.002}
# tramway (tests/corpus/tramway/: timetable notes, rota messages, maintenance logs,
# ticket and event orders, visitor questions, searches, profiles, shop, forum,
# imports; 485 attacks): benign 0 -> 0, attacks 479 -> 482 (query).
TRAMWAY_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
TRAMWAY_CEILINGS = {"forum_comments": 0.013, "maintenance_log": 0.013,
                    "member_profiles": 0.013, "rota_messages": 0.013, "search_queries": 0.013,
                    "settings_imports": 0.013, "shop_descriptions": 0.013,
                    "ticket_event_orders": 0.013, "timetable_notes": 0.013,
                    "visitor_questions": 0.013, "ALL": 0.002}
# sheepdogtrials (tests/corpus/sheepdogtrials/: trial entries, run scores, judge
# notes, course layouts, membership, travel and camping, searches, chat, imports,
# club news; 485 attacks): benign 0 -> 0, attacks 483 -> 484 (query).
SHEEPDOGTRIALS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.9,
                         "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                         "xss": 0.987, "ALL": 0.995}
SHEEPDOGTRIALS_CEILINGS = {"chat": 0.013, "club_news": 0.013, "course_layout": 0.013,
                           "judge_note": 0.013, "membership": 0.013, "run_score": 0.013,
                           "search": 0.013, "settings_import": 0.013, "travel_camping": 0.013,
                           "trial_entry": 0.013, "ALL": 0.002}
# funfair (tests/corpus/funfair/: ride inspections, pitch bookings, ticket and token
# sales, staff rotas, lost children, first aid, searches, contacts, chat, imports; 485
# attacks): benign 0 -> 0, attacks 484 -> 484 (query).
FUNFAIR_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                  "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                  "xss": 0.987, "ALL": 0.995}
FUNFAIR_CEILINGS = {"chat_message": 0.013, "first_aid": 0.013, "inspection_note": 0.013,
                    "lost_child": 0.013, "person_contact": 0.013, "pitch_booking": 0.013,
                    "search_query": 0.013, "settings_import": 0.013, "staff_rota": 0.013,
                    "ticket_sales": 0.013, "ALL": 0.002}
# chimneysweep (tests/corpus/chimneysweep/: job bookings, sweep certificates, CO alarm
# checks, stove installation notes, invoices, messages, searches, records, chat,
# imports; 489 attacks): benign 0 -> 0, attacks 486 -> 488 (query).
CHIMNEYSWEEP_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.9,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.995}
CHIMNEYSWEEP_CEILINGS = {"booking_notes": 0.013, "co_alarm_checks": 0.013,
                         "customer_messages": 0.013, "customer_records": 0.013,
                         "imports_settings": 0.013, "invoices": 0.013,
                         "search_queries": 0.013, "staff_chat": 0.013,
                         "stove_install_notes": 0.013, "sweep_certificates": 0.013,
                         "ALL": 0.002}
# allotments (tests/corpus/allotments/: inspection notes, waiting list, rotas,
# invoices, seed swaps, minutes, searches, chat, profiles, imports; 485 attacks):
# benign 2 -> 2, attacks 483 -> 484 (query).
ALLOTMENTS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
ALLOTMENTS_CEILINGS = {"imports": 0.038, "inspection_notes": 0.013, "invoices": 0.013,
                       "member_chat": 0.013, "minutes": 0.013, "profile_settings": 0.013,
                       "rotas": 0.013, "search": 0.013, "seed_swap": 0.013,
                       "waiting_list": 0.013, "ALL": 0.004}
# brassband (tests/corpus/brassband/: rehearsal notes, player register, contest
# entries, music library, instrument loans, concert bookings, searches, chat, imports,
# helpdesk; 493 attacks): benign 0 -> 0, attacks 490 -> 491 (query).
BRASSBAND_FLOORS = {"cmdi": 0.985, "code": 0.977, "crlf": 0.966, "ldap-xpath": 0.9,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.993}
BRASSBAND_CEILINGS = {"chat-messages": 0.013, "concert-bookings": 0.013,
                      "contest-entries": 0.013, "instrument-loans": 0.013,
                      "music-library": 0.013, "player-register": 0.013,
                      "rehearsal-notes": 0.013, "search": 0.013, "settings-import": 0.013,
                      "webmaster-helpdesk": 0.013, "ALL": 0.002}
# canoehire (tests/corpus/canoehire/: booking notes, river levels, shuttle pickups,
# damage reports, waivers and groups, searches, chat, staff notes, reviews, imports;
# 485 attacks): benign 1 -> 1, attacks 482 -> 485 (query).
CANOEHIRE_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.997}
CANOEHIRE_CEILINGS = {"booking_notes": 0.013, "customer_chat": 0.013, "damage_reports": 0.013,
                      "reviews": 0.013, "river_levels": 0.013, "search_queries": 0.025,
                      "settings_imports": 0.013, "shuttle_pickup": 0.013,
                      "staff_ops_notes": 0.013, "waivers_group": 0.013, "ALL": 0.003}
# lavenderfarm (tests/corpus/lavenderfarm/: harvest and distillation logs, shop
# searches, orders, bookings, wholesale invoices, reviews, staff chat, imports,
# contacts; 485 attacks): benign 0 -> 0, attacks 485 -> 485 (query).
LAVENDERFARM_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.997}
LAVENDERFARM_CEILINGS = {"booking_requests": 0.013, "distillation_log": 0.013,
                         "harvest_log": 0.013, "names_contacts": 0.013, "order_notes": 0.013,
                         "reviews_comments": 0.013, "settings_import": 0.013,
                         "shop_search": 0.013, "staff_chat": 0.013,
                         "wholesale_invoice": 0.013, "ALL": 0.002}
# dogwalkers (tests/corpus/dogwalkers/: walk notes, pet profiles, medication, key
# handovers, invoices, client messages, searches, bookings, staff chat, imports; 485
# attacks): benign 0 -> 0, attacks 482 -> 484 (query).
DOGWALKERS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
DOGWALKERS_CEILINGS = {"booking-request": 0.013, "client-message": 0.013, "invoice": 0.013,
                       "key-handover": 0.013, "medication": 0.013, "pet-profile": 0.013,
                       "search": 0.013, "settings-import": 0.013, "staff-chat": 0.013,
                       "walk-note": 0.013, "ALL": 0.002}
# tidemill (tests/corpus/tidemill/: milling logs, flour sales, school bookings,
# volunteer rotas, maintenance, visitor comments, searches, contacts, chat, imports;
# 485 attacks): benign 0 -> 0, attacks 481 -> 482 (query).
TIDEMILL_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.9,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                   "xss": 0.987, "ALL": 0.991}
TIDEMILL_CEILINGS = {"chat_messages": 0.013, "contacts_names": 0.013, "flour_sales": 0.013,
                     "maintenance": 0.013, "milling_log": 0.013, "school_bookings": 0.013,
                     "search_queries": 0.013, "settings_imports": 0.013,
                     "visitor_comments": 0.013, "volunteer_rota": 0.013, "ALL": 0.002}
# mountainhut (tests/corpus/mountainhut/: booking notes, searches, guest names,
# guardian notes, supply logs, payments, questions, reviews, settings, imports; 497
# attacks): benign 0 -> 0, attacks 495 -> 497 (query).
MOUNTAINHUT_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
MOUNTAINHUT_CEILINGS = {"booking_note": 0.013, "guardian_note": 0.013, "guest_name": 0.013,
                        "guest_question": 0.013, "import_row": 0.013, "payment_note": 0.013,
                        "review_comment": 0.013, "search_query": 0.013,
                        "settings_profile": 0.013, "supply_log": 0.013, "ALL": 0.002}
# sailmaker (tests/corpus/sailmaker/: sail measurements, orders, repair tickets,
# stock searches, profiles, messages, deliveries, catalogue, imports, staff chat; 485
# attacks): benign 0 -> 0, attacks 484 -> 484 (query).
SAILMAKER_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.995}
SAILMAKER_CEILINGS = {"catalogue_descriptions": 0.013, "customer_messages": 0.013,
                      "customer_profile": 0.013, "delivery": 0.013, "imports_settings": 0.013,
                      "order_notes": 0.013, "repair_tickets": 0.013,
                      "sail_measurements": 0.013, "staff_chat": 0.013, "stock_search": 0.013,
                      "ALL": 0.002}
# blacksmith (tests/corpus/blacksmith/: commission briefs, course bookings, material
# orders, safety logs, invoices, chat, searches, profiles, workshop notes, imports;
# 485 attacks): benign 0 -> 0, attacks 483 -> 484 (query).
BLACKSMITH_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.933, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.995}
BLACKSMITH_CEILINGS = {"commission_brief": 0.013, "course_booking": 0.013,
                       "customer_chat": 0.013, "customer_import": 0.013,
                       "invoice_note": 0.013, "material_order": 0.013,
                       "profile_settings": 0.013, "safety_log": 0.013, "search_query": 0.013,
                       "workshop_notes": 0.013, "ALL": 0.002}
# ciderpress (tests/corpus/ciderpress/: booking notes, orders, fermentation logs,
# volunteer profiles, searches, licensing notes, chat, contacts, recipes, imports; 485
# attacks): benign 1 -> 1, attacks 484 -> 485 (query).
CIDERPRESS_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.997}
CIDERPRESS_CEILINGS = {"addresses_contacts": 0.013, "booking_notes": 0.013, "chat_messages": 0.013,
                       "fermentation_logs": 0.013, "imports_settings": 0.013,
                       "licensing_notes": 0.013, "order_comments": 0.013,
                       "recipes_descriptions": 0.013, "search_queries": 0.013,
                       "volunteer_profiles": 0.013, "ALL": 0.002}
# bikerepair (tests/corpus/bikerepair/: repair notes, part searches, names, tickets,
# messages, fit notes, battery checks, invoice lines, imports, staff chat; 485
# attacks): benign 0 -> 0, attacks 482 -> 484 (query).
BIKEREPAIR_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.997}
BIKEREPAIR_CEILINGS = {"battery_check": 0.013, "bike_fit": 0.013, "customer_message": 0.013,
                       "customer_name": 0.013, "import_settings": 0.013,
                       "invoice_line": 0.013, "part_search": 0.013, "repair_note": 0.013,
                       "staff_chat": 0.013, "ticket_description": 0.013, "ALL": 0.002}
# skatepark (tests/corpus/skatepark/: session notes, event bookings, ramp inspections,
# coaching sign-ups, incident reports, searches, chat, profiles, imports, feedback;
# 485 attacks): benign 1 -> 1, attacks 485 -> 485 (query).
SKATEPARK_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                    "xss": 0.987, "ALL": 0.997}
SKATEPARK_CEILINGS = {"chat": 0.013, "coaching_signup": 0.013, "event_booking": 0.013,
                      "incident_report": 0.013, "profile": 0.013, "ramp_inspection": 0.013,
                      "search": 0.013, "session_notes": 0.013, "settings_import": 0.013,
                      "staff_feedback": 0.025, "ALL": 0.003}
# weddingvenue (tests/corpus/weddingvenue/: enquiries, booking notes, suppliers,
# seating, dietary notes, timelines, invoices, searches, reviews, imports; 485
# attacks): benign 0 -> 0, attacks 484 -> 485 (query).
WEDDINGVENUE_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.997}
WEDDINGVENUE_CEILINGS = {"booking_note": 0.013, "dietary": 0.013, "enquiry": 0.013,
                         "invoice": 0.013, "review": 0.013, "search": 0.013, "seating": 0.013,
                         "settings_import": 0.013, "supplier": 0.013, "timeline": 0.013,
                         "ALL": 0.002}
# treesurgeon (tests/corpus/treesurgeon/: survey notes, TPO applications, quote
# lines, job logs, kit checks, messages, searches, profiles, species, imports; 485
# attacks): benign 1 -> 0, attacks 483 -> 483 (query).
TREESURGEON_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.995}
TREESURGEON_CEILINGS = {"customer_message": 0.013, "job_log": 0.013, "kit_check": 0.013,
                        "quote_line": 0.013, "search_query": 0.013, "settings_import": 0.013,
                        "species_catalogue": 0.013, "staff_profile": 0.013,
                        "survey_note": 0.013, "tpo_application": 0.013, "ALL": 0.002}
# climbingwall (tests/corpus/climbingwall/: route logs, member profiles, passes, belay
# records, kids' parties, shop orders, searches, chat, staff settings, reviews; 499
# attacks): benign 4 -> 0, attacks 495 -> 495 (query; fixed in the next round).
CLIMBINGWALL_FLOORS = {"cmdi": 0.973, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.9,
                       "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.989}
CLIMBINGWALL_CEILINGS = {"belay_records": 0.013, "chat": 0.013, "kids_parties": 0.013,
                         "member_profile": 0.013, "passes_booking": 0.013, "reviews": 0.013,
                         "route_log": 0.013, "search": 0.013, "shop_orders": 0.013,
                         "staff_settings": 0.013, "ALL": 0.002}
# pianoschool (tests/corpus/pianoschool/: practice notes, timetables, exam entries,
# students, recitals, invoices, searches, repertoire, messages, imports; 488 attacks):
# benign 1 -> 1, attacks 485 -> 486 (query; fixed in the next round).
PIANOSCHOOL_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.968, "ldap-xpath": 0.95,
                      "nosqli": 0.928, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
PIANOSCHOOL_CEILINGS = {"exam-entries": 0.013, "imports-settings": 0.025, "invoices": 0.013,
                        "messages": 0.013, "practice-notes": 0.013, "recitals": 0.013,
                        "repertoire": 0.013, "search": 0.013, "students": 0.013,
                        "timetable": 0.013, "ALL": 0.003}
# oysterfarm (tests/corpus/oysterfarm/: tide logs, water tests, closure notices,
# restaurant orders, depuration, farm tours, chat, searches, profiles, imports; 485
# attacks): benign 0 -> 0, attacks 483 -> 483 (query; fixed in the next round).
OYSTERFARM_FLOORS = {"cmdi": 0.971, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                     "xss": 0.987, "ALL": 0.993}
OYSTERFARM_CEILINGS = {"chat": 0.013, "closure_notice": 0.013, "depuration": 0.013,
                       "farm_tour": 0.013, "restaurant_order": 0.013, "search": 0.013,
                       "settings_import": 0.013, "staff_profile": 0.013, "tide_log": 0.013,
                       "water_test": 0.013, "ALL": 0.002}
# repaircafe (tests/corpus/repaircafe/: intake tickets, fixer notes, PAT logs, rotas,
# feedback, searches, contacts, chat, imports, newsletters; 489 attacks): benign 0
# -> 0, attacks 487 -> 488 (query; fixed in the next round).
REPAIRCAFE_FLOORS = {"cmdi": 0.985, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.995}
REPAIRCAFE_CEILINGS = {"chat": 0.013, "contact_names": 0.013, "fixer_note": 0.013,
                       "intake_ticket": 0.013, "newsletter_markdown": 0.013, "pat_log": 0.013,
                       "rota": 0.013, "search": 0.013, "settings_import": 0.013,
                       "visitor_feedback": 0.013, "ALL": 0.002}
# bellringers (tests/corpus/bellringers/: practice logs, peal records, methods and touches, ringer
# profiles, tower bookings, quarter-peal reports, searches, chat, tower imports, newsletters; 497
# attacks): benign 0 -> 0, attacks 490 -> 493 (query).
BELLRINGERS_FLOORS = {"cmdi": 0.959, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.991}
BELLRINGERS_CEILINGS = {"methods_touches": 0.013, "newsletter": 0.013, "peal_records": 0.013,
                        "practice_logs": 0.013, "quarter_peal_reports": 0.013,
                        "ringer_profiles": 0.013, "ringers_chat": 0.013, "searches": 0.013,
                        "tower_bookings": 0.013, "tower_imports": 0.013, "ALL": 0.002}
# fishmarket (tests/corpus/fishmarket/: auction lots, landings, buyer orders, cold-chain logs,
# vessel profiles, quota notes, searches, traders' chat, imports, price bulletins; 496 attacks):
# benign 0 -> 0, attacks 488 -> 492 (query).
FISHMARKET_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.866, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.989}
FISHMARKET_CEILINGS = {"auction_lots": 0.013, "buyer_orders": 0.013, "catch_landings": 0.013,
                       "coldchain_logs": 0.013, "price_bulletins": 0.013, "quota_notes": 0.013,
                       "searches": 0.013, "settings_imports": 0.013, "traders_chat": 0.013,
                       "vessel_profiles": 0.013, "ALL": 0.002}
# stonemason (tests/corpus/stonemason/: inscriptions, stone specs, workshop logs, permit notes,
# customer profiles, quotes, searches, staff chat, imports, newsletters; 496 attacks): benign 0 ->
# 0, attacks 485 -> 492 (query).
STONEMASON_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.993}
STONEMASON_CEILINGS = {"customer_profiles": 0.013, "inscriptions": 0.013, "newsletter": 0.013,
                       "permit_notes": 0.013, "quotes_invoices": 0.013, "searches": 0.013,
                       "settings_imports": 0.013, "staff_chat": 0.013, "stone_specs": 0.013,
                       "workshop_logs": 0.013, "ALL": 0.002}
# cobbler (tests/corpus/cobbler/: repair tickets, sole and heel notes, customer profiles, pickup
# slots, supplier orders, reviews, searches, staff chat, imports, promotions; 497 attacks): benign
# 0 -> 0, attacks 489 -> 494 (query).
COBBLER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
COBBLER_CEILINGS = {"customer_profiles": 0.013, "pickup_slots": 0.013, "promotions": 0.013,
                    "repair_tickets": 0.013, "reviews": 0.013, "searches": 0.013,
                    "settings_imports": 0.013, "sole_heel_notes": 0.013, "staff_chat": 0.013,
                    "supplier_orders": 0.013, "ALL": 0.002}
# chocolatier (tests/corpus/chocolatier/: tempering and batch logs, recipe cards, wholesale
# orders, allergen notes, customer profiles, gift messages, searches, staff chat, imports,
# newsletters; 494 attacks): benign 0 -> 0, attacks 485 -> 488 (query).
CHOCOLATIER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95,
                      "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.991}
CHOCOLATIER_CEILINGS = {"allergen_notes": 0.013, "batch_logs": 0.013, "customer_profiles": 0.013,
                        "gift_messages": 0.013, "newsletter": 0.013, "recipe_cards": 0.013,
                        "searches": 0.013, "settings_imports": 0.013, "staff_chat": 0.013,
                        "wholesale_orders": 0.013, "ALL": 0.002}
# farrier (tests/corpus/farrier/: shoeing records, hoof notes, yard visit bookings, owner
# profiles, invoices, vet letters, searches, chat, imports, reminders; 497 attacks): benign 0 ->
# 0, attacks 495 -> 495 (query).
FARRIER_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
FARRIER_CEILINGS = {"bookings": 0.013, "chat": 0.013, "hoof_notes": 0.013, "invoices": 0.013,
                    "owner_profiles": 0.013, "reminders": 0.013, "searches": 0.013,
                    "settings_imports": 0.013, "shoeing_records": 0.013, "vet_letters": 0.013,
                    "ALL": 0.002}
# sauna (tests/corpus/sauna/: session bookings, temperature and water logs, profiles, staff rotas,
# feedback, incident notes, searches, staff chat, imports, announcements; 495 attacks): benign 0
# -> 0, attacks 489 -> 492 (query).
SAUNA_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.962,
                "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
SAUNA_CEILINGS = {"announcements": 0.013, "bookings": 0.013, "feedback": 0.013,
                  "incident_notes": 0.013, "profiles": 0.013, "searches": 0.013,
                  "settings_imports": 0.013, "staff_chat": 0.013, "staff_rotas": 0.013,
                  "temp_water_logs": 0.013, "ALL": 0.002}
# choir (tests/corpus/choir/: rehearsal notes, part assignments, concert programmes, member
# profiles, subs and invoices, venue bookings, searches, chat, imports, newsletters; 493 attacks):
# benign 0 -> 0, attacks 488 -> 490 (query).
CHOIR_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.888,
                "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
CHOIR_CEILINGS = {"concert_programmes": 0.013, "member_chat": 0.013, "member_profiles": 0.013,
                  "newsletter": 0.013, "part_assignments": 0.013, "rehearsal_notes": 0.013,
                  "searches": 0.013, "settings_imports": 0.013, "subs_invoices": 0.013,
                  "venue_bookings": 0.013, "ALL": 0.002}
# kennels (tests/corpus/kennels/: stay bookings, care logs, vaccination records, owner profiles,
# report cards, incident notes, invoices, searches, staff chat, imports; 495 attacks): benign 1 ->
# 0, attacks 489 -> 491 (query).
KENNELS_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
KENNELS_CEILINGS = {"bookings": 0.013, "care_logs": 0.013, "incident_notes": 0.013,
                    "invoices": 0.013, "owner_profiles": 0.013, "report_cards": 0.013,
                    "searches": 0.013, "settings_imports": 0.013, "staff_chat": 0.013,
                    "vaccination_records": 0.013, "ALL": 0.002}
# soapmaking (tests/corpus/soapmaking/: batch calculations, cure logs, INCI lists, safety
# assessments, shop orders, reviews, searches, maker's notes, imports, newsletters; 496 attacks):
# benign 1 -> 0, attacks 489 -> 490 (query).
SOAPMAKING_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.866, "ldap-xpath": 0.95,
                     "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.987}
SOAPMAKING_CEILINGS = {"batch_calcs": 0.013, "cure_logs": 0.013, "inci_lists": 0.013,
                       "maker_notes": 0.013, "newsletter": 0.013, "reviews": 0.013,
                       "safety_assessments": 0.013, "searches": 0.013, "settings_imports": 0.013,
                       "shop_orders": 0.013, "ALL": 0.002}
# paragliding (tests/corpus/paragliding/: flight logs, weather briefings, tandem bookings, pilot
# profiles, equipment checks, incident reports, searches, club chat, imports, newsletters; 494
# attacks): benign 1 -> 1, attacks 488 -> 490 (query).
PARAGLIDING_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.975, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
PARAGLIDING_CEILINGS = {"club_chat": 0.013, "equipment_checks": 0.013, "flight_logs": 0.013,
                        "imports": 0.025, "incident_reports": 0.013, "newsletter": 0.013,
                        "pilot_profiles": 0.013, "searches": 0.013, "tandem_bookings": 0.013,
                        "weather_briefings": 0.013, "ALL": 0.003}
# mosaic (tests/corpus/mosaic/: commission briefs, material specs, workshop bookings, student
# profiles, site notes, invoices, searches, studio chat, imports, newsletters; 495 attacks):
# benign 0 -> 0, attacks 492 -> 493 (query).
MOSAIC_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.925,
                 "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
MOSAIC_CEILINGS = {"commission_briefs": 0.013, "invoices": 0.013, "material_specs": 0.013,
                   "newsletter": 0.013, "searches": 0.013, "settings_imports": 0.013,
                   "site_notes": 0.013, "student_profiles": 0.013, "studio_chat": 0.013,
                   "workshop_bookings": 0.013, "ALL": 0.002}
# bridgeclub (tests/corpus/bridgeclub/: session results, hand records, partnership bookings,
# member profiles, director rulings, searches, chat, imports, newsletters, scorecards; 497
# attacks): benign 9 -> 1, attacks 493 -> 494 (query; the round fixed its false positives, the
# eighty-fifth its CHAR() tautology).
BRIDGECLUB_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.833, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.989}
BRIDGECLUB_CEILINGS = {"director_rulings": 0.013, "hand_records": 0.013, "member_chat": 0.013,
                       "member_profiles": 0.013, "newsletter": 0.013,
                       "partnership_bookings": 0.013, "scorecards": 0.013, "searches": 0.025,
                       "session_results": 0.013, "settings_imports": 0.013, "ALL": 0.003}
# lifeboat (tests/corpus/lifeboat/: launch logs, pager rosters, training records, equipment
# checks, fundraising, incident notes, searches, crew chat, imports, newsletters; 494 attacks):
# benign 0 first, attacks 487 first, 490 after the eighty-fifth round (query).
LIFEBOAT_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.993}
LIFEBOAT_CEILINGS = {"crew_chat": 0.013, "equipment_checks": 0.013, "fundraising": 0.013,
                     "incident_notes": 0.013, "launch_logs": 0.013, "newsletter": 0.013,
                     "pager_roster": 0.013, "searches": 0.013, "settings_imports": 0.013,
                     "training_records": 0.013, "ALL": 0.002}
# orchard (tests/corpus/orchard/: picking slots, field logs, tree records, shop orders, feedback,
# rotas, searches, staff chat, imports, newsletters; 499 attacks): benign 0 first, attacks 494
# first, 495 after the eighty-fifth round (query).
ORCHARD_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
ORCHARD_CEILINGS = {"field_logs": 0.013, "newsletter": 0.013, "searches": 0.013,
                    "settings_imports": 0.013, "shop_orders": 0.013, "slot_bookings": 0.013,
                    "staff_chat": 0.013, "staff_rotas": 0.013, "tree_records": 0.013,
                    "visitor_feedback": 0.013, "ALL": 0.002}
# knitting (tests/corpus/knitting/: pattern notes, yarn stock, class bookings, customer profiles,
# orders, project logs, searches, circle chat, imports, newsletters; 494 attacks): benign 0 first,
# attacks 488 first (query; measured, not fixed).
KNITTING_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.94, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.989}
KNITTING_CEILINGS = {"circle_chat": 0.013, "class_bookings": 0.013, "customer_profiles": 0.013,
                     "newsletter": 0.013, "orders": 0.013, "pattern_notes": 0.013,
                     "project_logs": 0.013, "searches": 0.013, "settings_imports": 0.013,
                     "yarn_stock": 0.013, "ALL": 0.002}
# harpmaker (tests/corpus/harpmaker/, the eighty-fifth round: commissions, gauge charts,
# regulation tickets, tuning logs, rental harps, lessons, forum posts, invoices, shipping
# crates, customer chat; 495 attacks): benign 1 -> 1 (a joke written as a whole SELECT
# statement), attacks 491 -> 494 (query).
HARPMAKER_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.995}
HARPMAKER_CEILINGS = {"commissions": 0.013, "customer_chat": 0.013, "forum_posts": 0.025,
                      "gauge_charts": 0.013, "invoices": 0.013, "lessons": 0.013,
                      "regulation_tickets": 0.013, "rental_harps": 0.013, "shipping_crates": 0.013,
                      "tuning_logs": 0.013, "ALL": 0.003}
# potholerepair (tests/corpus/potholerepair/: pothole reports, dispatch notes, batch logs,
# complaint forms, GIS exports, invoices, CSV work orders, citizen chat, searches, notification
# templates; 494 attacks): benign 1 -> 0, attacks 490 -> 493 (query).
POTHOLEREPAIR_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                        "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.997}
POTHOLEREPAIR_CEILINGS = {"asphalt_batch_logs": 0.013, "citizen_chat": 0.013,
                          "complaint_forms": 0.013, "contractor_invoices": 0.013,
                          "dispatch_notes": 0.013, "gis_exports": 0.013,
                          "notification_templates": 0.013, "pothole_reports": 0.013,
                          "searches": 0.013, "work_orders_csv": 0.013, "ALL": 0.002}
# ropewalk (tests/corpus/ropewalk/: rope specs, splice instructions, chandlery orders, rigging
# quotes, QA logs, wholesale prices, forum posts, support tickets, shop search, newsletter copy;
# 497 attacks): benign 0 -> 0, attacks 490 -> 491 (query).
ROPEWALK_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.925,
                   "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.991}
ROPEWALK_CEILINGS = {"batch_qa_logs": 0.013, "chandlery_orders": 0.013, "forum_posts": 0.013,
                     "newsletter_copy": 0.013, "rigging_quotes": 0.013, "rope_specs": 0.013,
                     "shop_search": 0.013, "splice_instructions": 0.013, "support_tickets": 0.013,
                     "wholesale_prices": 0.013, "ALL": 0.002}
# exhibitworks (tests/corpus/exhibitworks/: exhibit fault tickets, kiosk configs, visitor
# feedback, school bookings, firmware notes, CSV inventory, rota chat, grant reports, exhibit
# search, newsletter; 495 attacks): benign 0 -> 0, attacks 492 -> 493 (query).
EXHIBITWORKS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.995}
EXHIBITWORKS_CEILINGS = {"exhibit_search": 0.013, "fault_tickets": 0.013, "firmware_notes": 0.013,
                         "grant_reports": 0.013, "inventory_csv": 0.013, "kiosk_config": 0.013,
                         "newsletter": 0.013, "rota_chat": 0.013, "school_bookings": 0.013,
                         "visitor_feedback": 0.013, "ALL": 0.002}
# milliner (tests/corpus/milliner/, the eighty-sixth round: commissions, head measurements,
# stock ledger, fittings, race-day orders, care instructions, forum posts, invoices, staff chat,
# client profiles; 500 attacks): benign 0 -> 0, attacks 494 -> 498 (query).
MILLINER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.992}
MILLINER_CEILINGS = {"care_instructions": 0.013, "client_profiles": 0.013, "commissions": 0.013,
                     "fittings": 0.013, "forum_posts": 0.013, "head_measurements": 0.013,
                     "invoices": 0.013, "race_day_orders": 0.013, "staff_chat": 0.013,
                     "stock_ledger": 0.013, "ALL": 0.002}
# cooperage (tests/corpus/cooperage/: cask orders, stave stock, toasting logs, repair tickets,
# client portal, CSV inventory, shipping manifests, workshop chat, catalogue search, account
# settings; 496 attacks): benign 1 -> 0 (a CSV header row, then a note's label, read as a
# header), attacks 489 -> 491 (query).
COOPERAGE_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.9, "nosqli": 0.925,
                    "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.989}
COOPERAGE_CEILINGS = {"account_settings": 0.013, "cask_orders": 0.013, "catalogue_search": 0.013,
                      "client_portal": 0.013, "inventory_csv": 0.013, "repair_tickets": 0.013,
                      "shipping_manifests": 0.013, "stave_stock": 0.013, "toast_logs": 0.013,
                      "workshop_chat": 0.013, "ALL": 0.002}
# thatcher (tests/corpus/thatcher/: roof surveys, supply orders, quotes, consent notes, job
# diaries, weather delays, reviews, CSV job sheets, crew chat, customer messages; 492 attacks):
# benign 0 -> 0, attacks 490 -> 491 (query).
THATCHER_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.995}
THATCHER_CEILINGS = {"consent_notes": 0.013, "crew_chat": 0.013, "csv_job_sheets": 0.013,
                     "customer_messages": 0.013, "customer_reviews": 0.013, "job_diary": 0.013,
                     "quotes": 0.013, "roof_surveys": 0.013, "supply_orders": 0.013,
                     "weather_delays": 0.013, "ALL": 0.002}
# zookeeper (tests/corpus/zookeeper/: husbandry logs, feeding schedules, vet notes, maintenance
# tickets, visitor enquiries, adoption orders, CSV feed stock, rota chat, animal records, site
# search; 495 attacks): benign 0 -> 0, attacks 494 -> 495 (query).
ZOOKEEPER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.997}
ZOOKEEPER_CEILINGS = {"adoption_orders": 0.013, "animal_records": 0.013, "feed_stock_csv": 0.013,
                      "feeding_schedules": 0.013, "husbandry_logs": 0.013,
                      "maintenance_tickets": 0.013, "rota_chat": 0.013, "site_search": 0.013,
                      "vet_notes": 0.013, "visitor_enquiries": 0.013, "ALL": 0.002}
# lockkeeper (tests/corpus/lockkeeper/, the eighty-seventh round: passage bookings, water level
# logs, boater licences, stoppage notices, work orders, CSV traffic counts, towpath incidents,
# volunteer chat, searches, settings imports; 494 attacks): benign 0 first, attacks 493 first
# (query).
LOCKKEEPER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.993}
LOCKKEEPER_CEILINGS = {"boater_licences": 0.013, "passage_bookings": 0.013, "searches": 0.013,
                       "settings_imports": 0.013, "stoppage_notices": 0.013,
                       "towpath_incidents": 0.013, "traffic_counts_csv": 0.013,
                       "volunteer_chat": 0.013, "water_level_logs": 0.013, "work_orders": 0.013,
                       "ALL": 0.002}
# perfumery (tests/corpus/perfumery/: fragrance briefs, formula notes, raw material stock,
# compliance notes, sample orders, workshop bookings, reviews, supplier invoices, studio chat,
# site search; 497 attacks): benign 0 first, attacks 492 -> 495 (query).
PERFUMERY_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.9,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.991}
PERFUMERY_CEILINGS = {"formula_notes": 0.013, "fragrance_briefs": 0.013, "ifra_compliance": 0.013,
                      "raw_material_stock": 0.013, "reviews": 0.013, "sample_orders": 0.013,
                      "site_search": 0.013, "studio_chat": 0.013, "supplier_invoices": 0.013,
                      "workshop_bookings": 0.013, "ALL": 0.002}
# bowlsclub (tests/corpus/bowlsclub/: rink bookings, league fixtures, scorecards, membership
# renewals, green maintenance, bar stock, committee minutes, CSV results imports, forum posts,
# member search; 497 attacks): benign 0 first, attacks 495 -> 497 (query).
BOWLSCLUB_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.997}
BOWLSCLUB_CEILINGS = {"bar_stock": 0.013, "committee_minutes": 0.013, "csv_results_import": 0.013,
                      "forum_posts": 0.013, "green_maintenance": 0.013, "league_fixtures": 0.013,
                      "member_search": 0.013, "membership_renewals": 0.013, "rink_bookings": 0.013,
                      "scorecards": 0.013, "ALL": 0.002}
# signwriter (tests/corpus/signwriter/: commissions, lettering proofs, gold leaf stock, site
# survey notes, paint specs, quotes, invoices, CSV job lists, client chat, searches; 495
# attacks): benign 0 first, attacks 492 -> 494 (query).
SIGNWRITER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.997}
SIGNWRITER_CEILINGS = {"client_chat": 0.013, "commissions": 0.013, "gold_leaf_stock": 0.013,
                       "invoices": 0.013, "job_list_csv": 0.013, "lettering_proofs": 0.013,
                       "paint_specs": 0.013, "quotes": 0.013, "searches": 0.013,
                       "site_survey_notes": 0.013, "ALL": 0.002}
# ferrier (tests/corpus/ferrier/, the eighty-eighth round: gate commissions, site measurements,
# steel stock, powder-coating logs, installation diaries, quotes, invoices, CSV cut lists,
# customer chat, site searches; 496 attacks): benign 0 -> 0, attacks 494 -> 495 (query).
FERRIER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
FERRIER_CEILINGS = {"customer_chat": 0.013, "cut_lists": 0.013, "gate_commissions": 0.013,
                    "install_diary": 0.013, "invoices": 0.013, "powder_coat_logs": 0.013,
                    "quotes": 0.013, "site_measurements": 0.013, "site_searches": 0.013,
                    "steel_stock": 0.013, "ALL": 0.002}
# harbourmaster (tests/corpus/harbourmaster/: berth bookings, tide and mooring logs, vessel
# registrations, dues invoices, notices to mariners, incident reports, CSV arrivals, radio log
# notes, staff chat, harbour search; 495 attacks): benign 1 -> 0 (a quoted CSV cell of dashes,
# read as a comment by the eighty-seventh round's class), attacks 492 -> 492 (query).
HARBOURMASTER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                        "nosqli": 0.962, "sqli": 0.975, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.993}
HARBOURMASTER_CEILINGS = {"berth_bookings": 0.013, "csv_arrivals": 0.013, "dues_invoices": 0.013,
                          "harbour_search": 0.013, "incident_reports": 0.013,
                          "notices_to_mariners": 0.013, "staff_chat": 0.013,
                          "tide_mooring_logs": 0.013, "vessel_registrations": 0.013,
                          "vhf_log_notes": 0.013, "ALL": 0.002}
# puppetry (tests/corpus/puppetry/: commissions, rehearsal notes, tour bookings, stock,
# technical riders, ticket enquiries, CSV tour schedules, cast chat, searches, newsletters; 495
# attacks): benign 0 -> 0, attacks 492 -> 493 (query).
PUPPETRY_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.975, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.995}
PUPPETRY_CEILINGS = {"cast_chat": 0.013, "commissions": 0.013, "newsletters": 0.013,
                     "rehearsal_notes": 0.013, "searches": 0.013, "stock": 0.013,
                     "tech_riders": 0.013, "ticket_enquiries": 0.013, "tour_bookings": 0.013,
                     "tour_csv": 0.013, "ALL": 0.002}
# ciderorchard (tests/corpus/ciderorchard/: grafting orders, rootstock inventory, shipping
# slots, variety descriptions, pest and disease notes, customer questions, CSV orders, staff
# chat, site search, newsletter; 495 attacks): benign 0 -> 0, attacks 490 -> 493 (query).
CIDERORCHARD_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.993}
CIDERORCHARD_CEILINGS = {"csv_orders": 0.013, "customer_questions": 0.013,
                         "grafting_orders": 0.013, "newsletter": 0.013,
                         "pest_disease_notes": 0.013, "rootstock_inventory": 0.013,
                         "shipping_slots": 0.013, "site_search": 0.013, "staff_chat": 0.013,
                         "variety_descriptions": 0.013, "ALL": 0.002}
# lacemaker (tests/corpus/lacemaker/: pattern records and notes, workshop bookings, member
# profiles, forum posts, library searches, chat, settings imports, messages, newsletters; 496
# attacks): benign 1 -> 0, attacks 493 -> 495 (query).
LACEMAKER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.995}
LACEMAKER_CEILINGS = {"chat": 0.013, "forum_posts": 0.013, "library_search": 0.013,
                      "member_profiles": 0.013, "messages": 0.013, "newsletters": 0.013,
                      "pattern_notes": 0.013, "pattern_records": 0.013, "settings_imports": 0.013,
                      "workshop_bookings": 0.013, "ALL": 0.002}
# fireworks (tests/corpus/fireworks/: event quotes, safety paperwork, crew rosters, customer
# messages, site surveys, inventory imports, incident logs, searches, venue bookings,
# newsletters; 494 attacks): benign 0 -> 0, attacks 487 -> 493 (query).
FIREWORKS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.997}
FIREWORKS_CEILINGS = {"crew_rosters": 0.013, "customer_messages": 0.013, "event_quotes": 0.013,
                      "incident_logs": 0.013, "inventory_imports": 0.013, "newsletters": 0.013,
                      "safety_paperwork": 0.013, "searches": 0.013, "site_surveys": 0.013,
                      "venue_bookings": 0.013, "ALL": 0.002}
# wheelwright (tests/corpus/wheelwright/: restoration orders, parts catalogue, apprentices'
# logbooks, customer messages, searches, bookings, workshop notes, supplier imports, profiles,
# newsletter; 495 attacks): benign 2 -> 0, attacks 492 -> 494 (query).
WHEELWRIGHT_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
WHEELWRIGHT_CEILINGS = {"apprentice_logbook": 0.013, "bookings": 0.013, "customer_messages": 0.013,
                        "newsletter": 0.013, "parts_catalogue": 0.013, "profiles": 0.013,
                        "restoration_orders": 0.013, "searches": 0.013, "supplier_imports": 0.013,
                        "workshop_notes": 0.013, "ALL": 0.002}
# shepherdhut (tests/corpus/shepherdhut/: bookings, housekeeping notes, guest reviews, owner
# payouts, guest messages, hut listings, searches, settings imports, newsletters, maintenance
# logs; 495 attacks): benign 0 -> 0, attacks 487 -> 492 (query).
SHEPHERDHUT_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
SHEPHERDHUT_CEILINGS = {"bookings": 0.013, "guest_messages": 0.013, "guest_reviews": 0.013,
                        "housekeeping_notes": 0.013, "hut_listings": 0.013,
                        "maintenance_logs": 0.013, "newsletters": 0.013, "owner_payouts": 0.013,
                        "searches": 0.013, "settings_imports": 0.013, "ALL": 0.002}
# windmill (tests/corpus/windmill/: flour orders, milling logs, volunteer rotas, school visits,
# shop stock CSV, visitor messages, collection notes, newsletter, site search, maintenance
# tickets; 495 attacks): benign 0 -> 0, attacks 491 -> 493 (query).
WINDMILL_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.962,
                   "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.991}
WINDMILL_CEILINGS = {"collection_notes": 0.013, "flour_orders": 0.013,
                     "maintenance_tickets": 0.013, "milling_logs": 0.013, "newsletter": 0.013,
                     "school_visits": 0.013, "shop_stock_csv": 0.013, "site_search": 0.013,
                     "visitor_messages": 0.013, "volunteer_rotas": 0.013, "ALL": 0.002}
# candlemaker (tests/corpus/candlemaker/: wholesale orders, scent recipes, batch records, safety
# notes, stockist messages, price list rows, product search, customer profiles, workshop
# bookings, newsletter drafts; 493 attacks): benign 0 -> 0, attacks 487 -> 491 (query).
CANDLEMAKER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
CANDLEMAKER_CEILINGS = {"batch_records": 0.013, "customer_profiles": 0.013,
                        "newsletter_drafts": 0.013, "price_list_rows": 0.013,
                        "product_search": 0.013, "safety_notes": 0.013, "scent_recipes": 0.013,
                        "stockist_messages": 0.013, "wholesale_orders": 0.013,
                        "workshop_bookings": 0.013, "ALL": 0.002}
# bookshop (tests/corpus/bookshop/: catalogue records, want lists, valuations, consignments,
# customer letters, stock CSV, staff chat, searches, order notes, newsletters; 497 attacks):
# benign 0 -> 0, attacks 492 -> 495 (query).
BOOKSHOP_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.995}
BOOKSHOP_CEILINGS = {"catalogue_records": 0.013, "consignments": 0.013, "customer_letters": 0.013,
                     "newsletters": 0.013, "order_notes": 0.013, "searches": 0.013,
                     "staff_chat": 0.013, "stock_csv": 0.013, "valuations": 0.013,
                     "want_lists": 0.013, "ALL": 0.002}
# carpetweaver (tests/corpus/carpetweaver/: restoration quotes, dye lots, knot counts, condition
# reports, shipping notes, client chat, CSV inventory, searches, client profiles, newsletters;
# 496 attacks): benign 0 -> 0, attacks 492 -> 494 (query).
CARPETWEAVER_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.995}
CARPETWEAVER_CEILINGS = {"client_chat": 0.013, "client_profiles": 0.013,
                         "condition_reports": 0.013, "csv_inventory": 0.013, "dye_lots": 0.013,
                         "knot_counts": 0.013, "newsletters": 0.013, "restoration_quotes": 0.013,
                         "searches": 0.013, "shipping_notes": 0.013, "ALL": 0.002}
# sawmill (tests/corpus/sawmill/: cutting lists, kiln logs, log intake, delivery runs, customer
# quotes, board stock CSV, yard chat, searches, customer messages, settings imports; 494
# attacks): benign 1 -> 0, attacks 487 -> 491 (query).
SAWMILL_FLOORS = {"cmdi": 0.971, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
SAWMILL_CEILINGS = {"board_stock_csv": 0.013, "customer_messages": 0.013, "customer_quotes": 0.013,
                    "cutting_lists": 0.013, "delivery_runs": 0.013, "kiln_logs": 0.013,
                    "log_intake": 0.013, "searches": 0.013, "settings_imports": 0.013,
                    "yard_chat": 0.013, "ALL": 0.002}
# fishhatchery (tests/corpus/fishhatchery/: egg batches, water quality, feeding charts, restock
# orders, vet notes, tank inventory CSV, staff chat, searches, club messages, newsletters; 497
# attacks): benign 0 -> 0, attacks 494 -> 495 (query).
FISHHATCHERY_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.993}
FISHHATCHERY_CEILINGS = {"club_messages": 0.013, "egg_batches": 0.013, "feeding_charts": 0.013,
                         "newsletters": 0.013, "restock_orders": 0.013, "searches": 0.013,
                         "staff_chat": 0.013, "tank_inventory_csv": 0.013, "vet_notes": 0.013,
                         "water_quality": 0.013, "ALL": 0.002}
# saltworks (tests/corpus/saltworks/: harvest logs, brine readings, wholesale orders, packaging
# runs, food safety, stockist messages, price list imports, shop search, customer reviews,
# newsletter drafts; 494 attacks): benign 0 -> 0, attacks 488 -> 489 (query).
SALTWORKS_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.925,
                    "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.987}
SALTWORKS_CEILINGS = {"brine-readings": 0.013, "customer-reviews": 0.013, "food-safety": 0.013,
                      "harvest-logs": 0.013, "newsletter-drafts": 0.013, "packaging-runs": 0.013,
                      "price-list-imports": 0.013, "shop-search": 0.013,
                      "stockist-messages": 0.013, "wholesale-orders": 0.013, "ALL": 0.002}
# tannery (tests/corpus/tannery/: hide intake, drum logs, colour notes, maker orders, shipping
# notes, CSV inventory, workshop chat, product search, customer profiles, newsletter drafts; 496
# attacks): benign 0 -> 0, attacks 495 -> 495 (query).
TANNERY_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
TANNERY_CEILINGS = {"colour_notes": 0.013, "csv_inventory": 0.013, "customer_profiles": 0.013,
                    "drum_logs": 0.013, "hide_intake": 0.013, "maker_orders": 0.013,
                    "newsletter_drafts": 0.013, "product_search": 0.013, "shipping_notes": 0.013,
                    "workshop_chat": 0.013, "ALL": 0.002}
# distillery (tests/corpus/distillery/: stills' and casks' books, duty returns, tasting notes,
# trade orders, tour bookings, CSV stock sheets, team chat, shop search, newsletters; 499 attacks):
# benign 0 -> 0, attacks 496 -> 497 (query).
DISTILLERY_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.995}
DISTILLERY_CEILINGS = {"cask_register": 0.013, "duty_return": 0.013, "newsletter": 0.013,
                       "shop_search": 0.013, "still_log": 0.013, "stock_csv": 0.013,
                       "tasting_note": 0.013, "team_chat": 0.013, "tour_booking": 0.013,
                       "trade_order": 0.013, "ALL": 0.002}
# campsite (tests/corpus/campsite/: pitch bookings, arrival notes, maintenance tickets, shop
# orders, site rules, warden messages, CSV occupancy, guest profiles, site search, guest reviews;
# 494 attacks): benign 0 -> 0, attacks 489 -> 493 (query).
CAMPSITE_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.995}
CAMPSITE_CEILINGS = {"arrival_notes": 0.013, "guest_profiles": 0.013, "guest_reviews": 0.013,
                     "maintenance_tickets": 0.013, "occupancy_csv": 0.013, "pitch_bookings": 0.013,
                     "shop_orders": 0.013, "site_rules": 0.013, "site_search": 0.013,
                     "warden_messages": 0.013, "ALL": 0.002}
# tollbridge (tests/corpus/tollbridge/: crossing tallies, account top-ups, fault reports,
# inspection records, complaints, operator chat, CSV exports, searches, customer profiles, bridge
# notices; 496 attacks): benign 1 -> 1, attacks 491 -> 492 (query).
TOLLBRIDGE_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.975, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.987}
TOLLBRIDGE_CEILINGS = {"account_topups": 0.013, "bridge_notices": 0.013, "complaints": 0.013,
                       "crossing_tallies": 0.013, "csv_exports": 0.013, "customer_profiles": 0.013,
                       "fault_reports": 0.013, "inspection_records": 0.013, "operator_chat": 0.013,
                       "searches": 0.025, "ALL": 0.003}
# dyeworks (tests/corpus/dyeworks/: dye recipes, mordant logs, fastness tests, yarn orders, studio
# notes, supplier e-mails, CSV batch sheets, searches, customer chat, settings imports; 496
# attacks): benign 0 -> 0, attacks 491 -> 494 (query).
DYEWORKS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.962,
                   "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.991}
DYEWORKS_CEILINGS = {"batch_csv": 0.013, "customer_chat": 0.013, "dye_recipes": 0.013,
                     "fastness_tests": 0.013, "mordant_logs": 0.013, "searches": 0.013,
                     "settings_imports": 0.013, "studio_notes": 0.013, "supplier_emails": 0.013,
                     "yarn_orders": 0.013, "ALL": 0.002}
# couriers (tests/corpus/couriers/: job dispatch, proof-of-delivery notes, shift swaps, invoices,
# damage claims, route chat, CSV job exports, rider profiles, client messages, searches; 498
# attacks): benign 1 -> 0, attacks 491 -> 495 (query).
COURIERS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.975, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.991}
COURIERS_CEILINGS = {"client_messages": 0.013, "csv_exports": 0.013, "damage_claims": 0.013,
                     "dispatch_jobs": 0.013, "invoices": 0.013, "pod_notes": 0.013,
                     "rider_profiles": 0.013, "route_chat": 0.013, "search_queries": 0.013,
                     "shift_swaps": 0.013, "ALL": 0.002}
# mountainrescue (tests/corpus/mountainrescue/: callout logs, casualty handovers, kit inspections,
# training records, donor e-mails, radio logs, CSV rotas, member profiles, searches, team chat; 498
# attacks): benign 0 -> 0, attacks 493 -> 497 (query).
MOUNTAINRESCUE_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                         "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                         "xss": 0.987, "ALL": 0.995}
MOUNTAINRESCUE_CEILINGS = {"callout_logs": 0.013, "casualty_handover": 0.013,
                           "donor_emails": 0.013, "kit_inspections": 0.013,
                           "member_profiles": 0.013, "radio_log": 0.013, "rota_csv": 0.013,
                           "search_queries": 0.013, "team_chat": 0.013, "training_records": 0.013,
                           "ALL": 0.002}
# luthier (tests/corpus/luthier/: build logs, wood stock, repair tickets, commissions, varnish
# notes, supplier orders, CSV price lists, customer messages, workshop search, settings imports;
# 498 attacks): benign 1 -> 0, attacks 495 -> 496 (query).
LUTHIER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
LUTHIER_CEILINGS = {"build_logs": 0.013, "commissions": 0.013, "customer_messages": 0.013,
                    "price_list_rows": 0.013, "repair_tickets": 0.013, "settings_imports": 0.013,
                    "supplier_orders": 0.013, "varnish_notes": 0.013, "wood_stock": 0.013,
                    "workshop_search": 0.013, "ALL": 0.002}
# shearing (tests/corpus/shearing/: farm bookings, tally sheets, wool-clip records, crew travel,
# invoices, farmer messages, CSV run exports, crew chat, searches, settings templates; 495
# attacks): benign 0 -> 0, attacks 488 -> 490 (query).
SHEARING_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.925,
                   "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.989}
SHEARING_CEILINGS = {"crew_chat": 0.013, "crew_travel": 0.013, "csv_exports": 0.013,
                     "farm_bookings": 0.013, "farmer_messages": 0.013, "invoices": 0.013,
                     "search_queries": 0.013, "settings_templates": 0.013, "tally_sheets": 0.013,
                     "wool_clip": 0.013, "ALL": 0.002}
# villagehall (tests/corpus/villagehall/: room bookings, key-holder rotas, hire agreements,
# maintenance notes, event listings, committee minutes, CSV ledgers, residents' e-mails, hall
# search, newsletters; 491 attacks): benign 0 -> 0, attacks 483 -> 487 (query).
VILLAGEHALL_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.866, "ldap-xpath": 0.95,
                      "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.987}
VILLAGEHALL_CEILINGS = {"committee_minutes": 0.013, "event_listings": 0.013, "hall_search": 0.013,
                        "hire_agreements": 0.013, "keyholder_rota": 0.013, "ledger_rows": 0.013,
                        "maintenance_notes": 0.013, "newsletter": 0.013, "resident_emails": 0.013,
                        "room_bookings": 0.013, "ALL": 0.002}
# dairy (tests/corpus/dairy/: milking logs, herd health, bulk tank readings, farm shop orders,
# delivery rounds, vet notes, CSV yield exports, farm-hand chat, shop search, customer messages;
# 498 attacks): benign 0 -> 0, attacks 494 -> 496 (query).
DAIRY_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
DAIRY_CEILINGS = {"bulk_tank": 0.013, "customer_messages": 0.013, "delivery_rounds": 0.013,
                  "farmhand_chat": 0.013, "herd_health": 0.013, "milking_logs": 0.013,
                  "shop_orders": 0.013, "shop_search": 0.013, "vet_notes": 0.013,
                  "yield_csv": 0.013, "ALL": 0.002}
# upholstery (tests/corpus/upholstery/: job cards, fabric stock, customer quotes, frame repair
# notes, supplier orders, collection bookings, CSV price lists, workshop chat, customer profiles,
# newsletter posts; 498 attacks): benign 0 -> 0, attacks 494 -> 494 (query).
UPHOLSTERY_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.9,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.989}
UPHOLSTERY_CEILINGS = {"collection_bookings": 0.013, "customer_profiles": 0.013,
                       "customer_quotes": 0.013, "fabric_stock": 0.013,
                       "frame_repair_notes": 0.013, "job_cards": 0.013, "newsletter_posts": 0.013,
                       "price_list_csv": 0.013, "supplier_orders": 0.013, "workshop_chat": 0.013,
                       "ALL": 0.002}
# divingschool (tests/corpus/divingschool/: course bookings, dive logs, equipment servicing,
# medical forms, boat schedules, instructor messages, CSV certification exports, student profiles,
# site searches, newsletters; 496 attacks): benign 0 -> 0, attacks 493 -> 494 (query).
DIVINGSCHOOL_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                       "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.993}
DIVINGSCHOOL_CEILINGS = {"boat_schedules": 0.013, "cert_exports": 0.013, "course_bookings": 0.013,
                         "dive_logs": 0.013, "equipment_servicing": 0.013,
                         "instructor_messages": 0.013, "medical_forms": 0.013,
                         "newsletters": 0.013, "site_searches": 0.013, "student_profiles": 0.013,
                         "ALL": 0.002}
# roastery (tests/corpus/roastery/: roast profiles, green bean lots, cupping notes, grinder
# settings, wholesale orders, subscriptions, maintenance logs, PLC exports, barista training,
# tasting notes; 497 attacks): benign 0 -> 0, attacks 492 -> 495 (query).
ROASTERY_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.833, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.989}
ROASTERY_CEILINGS = {"barista_training": 0.013, "cupping_notes": 0.013, "green_lots": 0.013,
                     "grinder_settings": 0.013, "maintenance_logs": 0.013, "plc_exports": 0.013,
                     "roast_profiles": 0.013, "subscriptions": 0.013, "tasting_notes": 0.013,
                     "wholesale_orders": 0.013, "ALL": 0.002}
# fencingclub (tests/corpus/fencingclub/: bout scores, brackets, referee cards, blade inventory,
# armoury repairs, rankings, lesson notes, competition entries, scoring exports, federation
# notices; 496 attacks): benign 1 -> 0, attacks 494 -> 496 (query).
FENCINGCLUB_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
FENCINGCLUB_CEILINGS = {"armoury_repairs": 0.013, "blade_inventory": 0.013, "bout_scores": 0.013,
                        "club_rankings": 0.013, "competition_entries": 0.013, "de_brackets": 0.013,
                        "federation_notices": 0.013, "lesson_notes": 0.013, "referee_cards": 0.013,
                        "scoring_exports": 0.013, "ALL": 0.002}
# schoolbus (tests/corpus/schoolbus/: route sheets, stop lists, driver rosters, GPS pings, parent
# notices, inspection checklists, ridership counts, field trips, incident reports, letters home;
# 494 attacks): benign 0 -> 0, attacks 490 -> 493 (query).
SCHOOLBUS_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.993}
SCHOOLBUS_CEILINGS = {"driver_roster": 0.013, "field_trip_requests": 0.013, "gps_pings": 0.013,
                      "incident_reports": 0.013, "inspection_checklists": 0.013,
                      "letters_home": 0.013, "parent_notices": 0.013, "ridership_counts": 0.013,
                      "route_sheets": 0.013, "stop_lists": 0.013, "ALL": 0.002}
# hedgelaying (tests/corpus/hedgelaying/: hedge surveys, stake and binder orders, grant
# applications, field parcels, sharpening logs, competition results, volunteer rotas, GIS exports,
# letters; 496 attacks): benign 1 -> 1, attacks 491 -> 494 (query).
HEDGELAYING_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.9,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
HEDGELAYING_CEILINGS = {"competition_results": 0.013, "field_parcels": 0.013, "gis_exports": 0.025,
                        "grant_applications": 0.013, "hedge_surveys": 0.013,
                        "landowner_letters": 0.013, "site_searches": 0.013,
                        "stake_binder_orders": 0.013, "tool_sharpening_logs": 0.013,
                        "volunteer_rotas": 0.013, "ALL": 0.003}
# rafting (tests/corpus/rafting/: trip bookings, waivers, gauge readings, guide rosters, gear
# inventory, incident logs, shuttle schedules, weather alerts, trip exports, customer messages; 493
# attacks): benign 1 -> 0, attacks 493 -> 493 (query).
RAFTING_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.997}
RAFTING_CEILINGS = {"customer_messages": 0.013, "gauge_readings": 0.013, "gear_inventory": 0.013,
                    "guide_roster": 0.013, "incident_logs": 0.013, "shuttle_schedules": 0.013,
                    "trip_bookings": 0.013, "trip_exports": 0.013, "waivers": 0.013,
                    "weather_alerts": 0.013, "ALL": 0.002}
# orienteering (tests/corpus/orienteering/: course notes, control descriptions, split times,
# SportIdent exports, map orders, entry lists, volunteer rotas, permission letters, results CSVs,
# event notices; 495 attacks): benign 0 -> 0, attacks 491 -> 493 (query).
ORIENTEERING_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.995}
ORIENTEERING_CEILINGS = {"control_descriptions": 0.013, "course_notes": 0.013,
                         "entry_lists": 0.013, "event_notices": 0.013, "map_orders": 0.013,
                         "permission_letters": 0.013, "results_csv": 0.013, "split_times": 0.013,
                         "sportident_exports": 0.013, "volunteer_rotas": 0.013, "ALL": 0.002}
# scaffolding (tests/corpus/scaffolding/: design sheets, tag inspections, schedules, stock,
# permits, toolbox talks, incidents, hire exports, site messages, searches; 496 attacks): benign 0
# -> 0, attacks 494 -> 496 (query).
SCAFFOLDING_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
SCAFFOLDING_CEILINGS = {"design_sheets": 0.013, "hire_exports": 0.013, "incidents": 0.013,
                        "permits": 0.013, "schedules": 0.013, "searches": 0.013,
                        "site_messages": 0.013, "stock": 0.013, "tag_inspections": 0.013,
                        "toolbox_talks": 0.013, "ALL": 0.002}
# philately (tests/corpus/philately/: catalogue entries, plate notes, auction lots, bids, exchange
# circuits, certificates, mailing list, journal articles, CSV exports, dealer messages; 495
# attacks): benign 0 -> 0, attacks 494 -> 494 (query).
PHILATELY_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.993}
PHILATELY_CEILINGS = {"auction_lots": 0.013, "bids": 0.013, "catalogue_entries": 0.013,
                      "certificates": 0.013, "csv_exports": 0.013, "dealer_messages": 0.013,
                      "exchange_circuits": 0.013, "journal_articles": 0.013, "mailing_list": 0.013,
                      "plate_notes": 0.013, "ALL": 0.002}
# dogsled (tests/corpus/dogsled/: dog rosters, health logs, bookings, trail reports, race entries,
# gear rental, feeding schedules, forum posts, CSV mileage exports, guest messages; 497
# attacks): benign 0 -> 0, attacks 491 -> 495 (query).
DOGSLED_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.925,
                  "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
DOGSLED_CEILINGS = {"booking_request": 0.013, "dog_roster": 0.013, "feeding_schedule": 0.013,
                    "forum_post": 0.013, "gear_rental": 0.013, "guest_message": 0.013,
                    "health_log": 0.013, "mileage_export": 0.013, "race_entry": 0.013,
                    "trail_report": 0.013, "ALL": 0.002}
# buskers (tests/corpus/buskers/: performer profiles, pitch bookings, noise complaints, permits,
# set lists, tip payouts, council notices, reviews, CSV bookings, touring messages; 497
# attacks): benign 0 -> 0, attacks 495 -> 495 (query).
BUSKERS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.888,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
BUSKERS_CEILINGS = {"booking_csv_rows": 0.013, "council_notices": 0.013, "noise_complaints": 0.013,
                    "performer_profiles": 0.013, "permit_applications": 0.013,
                    "pitch_bookings": 0.013, "review_comments": 0.013, "set_lists": 0.013,
                    "tip_payouts": 0.013, "touring_messages": 0.013, "ALL": 0.002}
# trufflehunt (tests/corpus/trufflehunt/: harvest logs, dog training, buyer orders, soil
# readings, tour bookings, recipes, lab certificates, CSV sales, chef messages, searches; 493
# attacks): benign 0 -> 0, attacks 491 -> 493 (query).
TRUFFLEHUNT_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.997}
TRUFFLEHUNT_CEILINGS = {"buyer_orders": 0.013, "chef_messages": 0.013, "dog_training": 0.013,
                        "harvest_logs": 0.013, "lab_certificates": 0.013, "recipe_posts": 0.013,
                        "sales_csv": 0.013, "site_searches": 0.013, "soil_readings": 0.013,
                        "tour_bookings": 0.013, "ALL": 0.002}
# canyoning (tests/corpus/canyoning/: route descriptions, flow readings, waivers, bookings,
# incident reports, gear logs, certifications, trip reports, CSV rosters, client messages; 489
# attacks): benign 0 -> 0, attacks 482 -> 486 (query).
CANYONING_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.991}
CANYONING_CEILINGS = {"booking_notes": 0.013, "certifications": 0.013, "client_messages": 0.013,
                      "forum_trip_reports": 0.013, "gear_logs": 0.013, "incident_reports": 0.013,
                      "roster_csv": 0.013, "route_descriptions": 0.013, "waiver_forms": 0.013,
                      "weather_flow": 0.013, "ALL": 0.002}
# organbuilder (tests/corpus/organbuilder/: pipe scaling, stop lists, restoration reports, parish
# letters, tuning logs, parts orders, apprentice notes, concerts, CSV pipe inventories, foreign
# messages; 493 attacks): benign 10 -> 0, attacks 492 -> 492 (query).
ORGANBUILDER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.997}
ORGANBUILDER_CEILINGS = {"apprentice_notes": 0.013, "concert_bookings": 0.013,
                         "foreign_messages": 0.013, "inventory_csv": 0.013,
                         "parish_correspondence": 0.013, "parts_orders": 0.013,
                         "pipe_scaling": 0.013, "restoration_reports": 0.013, "stop_lists": 0.013,
                         "tuning_logs": 0.013, "ALL": 0.002}
# ferryterminal (tests/corpus/ferryterminal/: timetable searches, vehicle bookings, weather
# cancellations, crew rosters, freight manifests, lost property, complaints, port notices, CSV
# manifests, tourist messages; 497 attacks): benign 1 -> 0, attacks 495 -> 497 (query).
FERRYTERMINAL_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                        "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.997}
FERRYTERMINAL_CEILINGS = {"crew_roster": 0.013, "freight_manifest": 0.013, "lost_property": 0.013,
                          "manifest_csv": 0.013, "passenger_complaint": 0.013,
                          "port_notice": 0.013, "timetable_search": 0.013,
                          "tourist_message": 0.013, "vehicle_booking": 0.013,
                          "weather_cancellation": 0.013, "ALL": 0.002}
# wildfirecrew (tests/corpus/wildfirecrew/: incident logs, fuel moisture, callouts, equipment
# checks, training, burn permits, radio plans, notices, CSV hours, brigades' messages; 490
# attacks): benign 0 -> 0, attacks 486 -> 489 (query).
WILDFIRECREW_FLOORS = {"cmdi": 0.985, "code": 0.975, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.995}
WILDFIRECREW_CEILINGS = {"brigade_messages": 0.013, "burn_permits": 0.013,
                         "community_notices": 0.013, "crew_callouts": 0.013,
                         "equipment_checks": 0.013, "fuel_moisture": 0.013, "hours_csv": 0.013,
                         "incident_logs": 0.013, "radio_plans": 0.013, "training_records": 0.013,
                         "ALL": 0.002}
# icefishing (tests/corpus/icefishing/: ice reports, hut bookings, catch logs, shop orders, safety
# briefings, trail notes, guide schedules, forum posts, CSV catch records, visitor messages; 496
# attacks): benign 0 -> 0, attacks 494 -> 494 (query).
ICEFISHING_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.993}
ICEFISHING_CEILINGS = {"catch_csv": 0.013, "catch_logs": 0.013, "forum_posts": 0.013,
                       "guide_schedules": 0.013, "hut_bookings": 0.013, "ice_reports": 0.013,
                       "safety_briefings": 0.013, "shop_orders": 0.013, "trail_notes": 0.013,
                       "visitor_messages": 0.013, "ALL": 0.002}
# sheepdairy (tests/corpus/sheepdairy/: milking logs, lab results, cheese make sheets, ripening
# rooms, wholesale orders, shop bookings, staff rotas, CSV yields, buyer messages, searches;
# 497 attacks): benign 0 -> 0, attacks 494 -> 494 (query).
SHEEPDAIRY_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.94, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.989}
SHEEPDAIRY_CEILINGS = {"buyer_message": 0.013, "cheese_make": 0.013, "lab_result": 0.013,
                       "milking_log": 0.013, "product_search": 0.013, "ripening_room": 0.013,
                       "shop_booking": 0.013, "staff_rota": 0.013, "wholesale_order": 0.013,
                       "yield_csv": 0.013, "ALL": 0.002}
# stringquartet (tests/corpus/stringquartet/: concert requests, repertoire, rehearsals, fee
# quotes, itineraries, programme notes, insurance, fan mail, CSV gigs, presenter messages; 497
# attacks): benign 0 -> 0, attacks 494 -> 496 (query).
STRINGQUARTET_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                        "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                        "xss": 0.987, "ALL": 0.995}
STRINGQUARTET_CEILINGS = {"concert_requests": 0.013, "fan_mail": 0.013, "fee_quotes": 0.013,
                          "gig_csv": 0.013, "insurance_records": 0.013, "itineraries": 0.013,
                          "presenter_messages": 0.013, "programme_notes": 0.013,
                          "rehearsal_schedule": 0.013, "repertoire": 0.013, "ALL": 0.002}
# caveguides (tests/corpus/caveguides/: tour bookings, survey notes, air quality, gear
# inspections, expedition plans, bat monitoring, rescue drills, forum reports, CSV visitors,
# visitor messages; 494 attacks): benign 0 -> 0, attacks 489 -> 492 (query).
CAVEGUIDES_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.866, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.989}
CAVEGUIDES_CEILINGS = {"air_quality": 0.013, "bat_monitoring": 0.013, "expedition_plans": 0.013,
                       "forum_reports": 0.013, "gear_inspections": 0.013, "rescue_drills": 0.013,
                       "survey_notes": 0.013, "tour_bookings": 0.013, "visitor_csv": 0.013,
                       "visitor_messages": 0.013, "ALL": 0.002}
# bicyclecourier (tests/corpus/bicyclecourier/: job tickets, pickup notes, rider shifts,
# maintenance logs, client accounts, invoices, incidents, route tips, CSV deliveries, client
# messages; 500 attacks): benign 0 -> 0, attacks 495 -> 498 (query).
BICYCLECOURIER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                         "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                         "xss": 0.987, "ALL": 0.994}
BICYCLECOURIER_CEILINGS = {"client_accounts": 0.013, "client_messages": 0.013,
                           "csv_exports": 0.013, "forum_route_tips": 0.013,
                           "incident_reports": 0.013, "invoices": 0.013, "job_tickets": 0.013,
                           "maintenance_logs": 0.013, "pickup_drop_notes": 0.013,
                           "rider_shifts": 0.013, "ALL": 0.002}
# rugbyclub (tests/corpus/rugbyclub/: fixtures, team sheets, injury reports, subscriptions, bar
# rota, coaching drills, forum posts, sponsor invoices, CSV registrations, touring messages;
# 498 attacks): benign 0 -> 0, attacks 497 -> 497 (query).
RUGBYCLUB_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.993}
RUGBYCLUB_CEILINGS = {"bar_rota": 0.013, "coaching_drills": 0.013, "fixtures": 0.013,
                      "forum_posts": 0.013, "injury_reports": 0.013, "registration_csv": 0.013,
                      "sponsor_invoices": 0.013, "subscriptions": 0.013, "team_sheets": 0.013,
                      "touring_messages": 0.013, "ALL": 0.002}
# seedbank (tests/corpus/seedbank/: accession records, germination logs, cold-room readings,
# field notes, distribution requests, phytosanitary certificates, rotas, forum posts, CSV
# exports, partner messages; 495 attacks): benign 1 -> 0, attacks 493 -> 494 (query).
SEEDBANK_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.995}
SEEDBANK_CEILINGS = {"accession-records": 0.013, "coldroom-readings": 0.013, "csv-exports": 0.013,
                     "distribution-requests": 0.013, "field-notes": 0.013, "forum-posts": 0.013,
                     "germination-logs": 0.013, "partner-messages": 0.013,
                     "phyto-certificates": 0.013, "volunteer-rotas": 0.013, "ALL": 0.002}
# clocktower (tests/corpus/clocktower/: restoration diaries, winding rotas, bell schedules, donor
# pledges, contractor quotes, grant forms, tour bookings, newsletters, CSV donations, twin
# messages; 493 attacks): benign 0 -> 0, attacks 492 -> 492 (query).
CLOCKTOWER_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.995}
CLOCKTOWER_CEILINGS = {"bell_schedule": 0.013, "contractor_quote": 0.013, "donation_csv": 0.013,
                       "donor_pledge": 0.013, "grant_form": 0.013, "newsletter": 0.013,
                       "restoration_diary": 0.013, "tour_booking": 0.013, "twin_message": 0.013,
                       "winding_rota": 0.013, "ALL": 0.002}
# hovercraft (tests/corpus/hovercraft/: timetables, bookings, maintenance logs, weather holds,
# crew licences, freight notes, complaints, port notices, CSV crossings, tourist messages; 497
# attacks): benign 0 -> 0, attacks 495 -> 497 (query).
HOVERCRAFT_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.997}
HOVERCRAFT_CEILINGS = {"bookings": 0.013, "complaint_tickets": 0.013, "crew_licences": 0.013,
                       "csv_exports": 0.013, "freight_notes": 0.013, "maintenance_logs": 0.013,
                       "port_notices": 0.013, "timetables": 0.013, "tourist_messages": 0.013,
                       "weather_holds": 0.013, "ALL": 0.002}

# fossilclub (tests/corpus/fossilclub/: trip sign-ups, find logs, catalogue entries, captions,
# forum posts, identification requests, safety briefings, tide warnings, messages, search; 498
# attacks): benign 1 -> 0, attacks 495 -> 498 (query).
FOSSILCLUB_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.997}
FOSSILCLUB_CEILINGS = {"catalogue_entries": 0.013, "find_logs": 0.013, "forum_posts": 0.013,
                       "id_requests": 0.013, "member_messages": 0.013, "photo_captions": 0.013,
                       "safety_briefings": 0.013, "site_search": 0.013, "tide_warnings": 0.013,
                       "trip_signups": 0.013, "ALL": 0.002}

# papermill (tests/corpus/papermill/: batch sheets, pulp recipes, machine settings, shift
# handovers, quality tests, orders, supplier notes, maintenance tickets, safety reports, search;
# 495 attacks): benign 2 -> 0, attacks 490 -> 492 (query).
PAPERMILL_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.925,
                    "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.991}
PAPERMILL_CEILINGS = {"batch_sheets": 0.013, "customer_orders": 0.013, "machine_settings": 0.013,
                      "maintenance_tickets": 0.013, "portal_search": 0.013, "pulp_recipes": 0.013,
                      "quality_tests": 0.013, "safety_reports": 0.013, "shift_handovers": 0.013,
                      "supplier_notes": 0.013, "ALL": 0.002}

# llamatrek (tests/corpus/llamatrek/: bookings, care logs, guide rosters, routes, reviews,
# vouchers, weather notes, shop orders, messages, search; 495 attacks): benign 0 -> 0, attacks
# 493 -> 494 (query).
LLAMATREK_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.995}
LLAMATREK_CEILINGS = {"bookings": 0.013, "care_logs": 0.013, "guide_roster": 0.013,
                      "messages": 0.013, "reviews": 0.013, "routes": 0.013, "searches": 0.013,
                      "shop_orders": 0.013, "vouchers": 0.013, "weather_notes": 0.013,
                      "ALL": 0.002}

# gondola (tests/corpus/gondola/: tickets, cabin inspection logs, wind holds, status feeds,
# rosters, incident reports, rescue drills, visitor messages, lost-and-found, search; 495
# attacks): benign 0 -> 0, attacks 491 -> 493 (query).
GONDOLA_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.925,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
GONDOLA_CEILINGS = {"incident_reports": 0.013, "inspection_logs": 0.013, "lost_found": 0.013,
                    "portal_search": 0.013, "rescue_drills": 0.013, "ride_tickets": 0.013,
                    "staff_rosters": 0.013, "status_feed": 0.013, "visitor_messages": 0.013,
                    "wind_holds": 0.013, "ALL": 0.002}

# hotspring (tests/corpus/hotspring/: bath and sauna bookings, water-quality logs,
# temperature readings, cleaning rotas, reviews, massage appointments, gift cards, shop orders,
# staff messages, search; 494 attacks): benign 0 -> 0, attacks 486 -> 491 (query).
HOTSPRING_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.888,
                    "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.989}
HOTSPRING_CEILINGS = {"bath_bookings": 0.013, "cleaning_rota": 0.013, "gift_cards": 0.013,
                      "guest_reviews": 0.013, "massage_appointments": 0.013, "shop_orders": 0.013,
                      "site_search": 0.013, "staff_messages": 0.013, "temperature_readings": 0.013,
                      "water_quality_logs": 0.013, "ALL": 0.002}

# kelpfarm (tests/corpus/kelpfarm/: line and buoy maps, seeding logs, harvest records, boat
# schedules, water samples, processing batches, wholesale orders, permit notes, crew messages,
# search; 495 attacks): benign 0 -> 0, attacks 488 -> 490 (query).
KELPFARM_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.866, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.985}
KELPFARM_CEILINGS = {"boat_schedules": 0.013, "crew_messages": 0.013, "harvest_records": 0.013,
                     "line_maps": 0.013, "permit_notes": 0.013, "portal_search": 0.013,
                     "processing_batches": 0.013, "seeding_logs": 0.013, "water_samples": 0.013,
                     "wholesale_orders": 0.013, "ALL": 0.002}

# rodeo (tests/corpus/rodeo/: event entries, stock contractor lists, scorecards, standings, arena
# schedules, vet checks, sponsor notes, ticket orders, forum posts, search; 494 attacks):
# benign 0 -> 0, attacks 490 -> 492 (query).
RODEO_FLOORS = {"cmdi": 0.986, "code": 0.977, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.962,
                "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
RODEO_CEILINGS = {"arena_schedule": 0.013, "event_entries": 0.013, "forum_posts": 0.013,
                  "scorecards": 0.013, "site_search": 0.013, "sponsor_notes": 0.013,
                  "standings": 0.013, "stock_contractors": 0.013, "ticket_orders": 0.013,
                  "vet_checks": 0.013, "ALL": 0.002}

# tinsmith (tests/corpus/tinsmith/: custom orders, cut lists, pattern notes, material stock,
# solder and flux logs, quotes, invoices, blog posts, customer messages, search; 498 attacks):
# benign 1 -> 0, attacks 496 -> 497 (query).
TINSMITH_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                   "nosqli": 0.962, "sqli": 0.975, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.995}
TINSMITH_CEILINGS = {"blog_posts": 0.013, "custom_orders": 0.013, "customer_messages": 0.013,
                     "cut_lists": 0.013, "invoices": 0.013, "material_stock": 0.013,
                     "pattern_notes": 0.013, "quotes": 0.013, "site_search": 0.013,
                     "solder_flux_logs": 0.013, "ALL": 0.002}

# pigeonracing (tests/corpus/pigeonracing/: race entries, ring numbers, basketing sheets,
# liberation reports, clock results, loft registrations, vet notes, forum posts, messages,
# search; 496 attacks): benign 1 -> 0, attacks 495 -> 495 (query).
PIGEONRACING_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                       "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                       "xss": 0.987, "ALL": 0.997}
PIGEONRACING_CEILINGS = {"basketing-sheets": 0.013, "clock-results": 0.013, "forum-posts": 0.013,
                         "liberation-reports": 0.013, "loft-registrations": 0.013,
                         "member-messages": 0.013, "race-entries": 0.013, "ring-numbers": 0.013,
                         "site-search": 0.013, "vet-notes": 0.013, "ALL": 0.002}

# bobsleigh (tests/corpus/bobsleigh/: run bookings, sled inspections, ice logs, timing results,
# athlete profiles, training plans, incident reports, equipment hire, messages, search; 492
# attacks): benign 0 -> 0, attacks 482 -> 487 (query).
BOBSLEIGH_FLOORS = {"cmdi": 0.958, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.925, "sqli": 0.974, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.987}
BOBSLEIGH_CEILINGS = {"athlete_profiles": 0.013, "equipment_hire": 0.013, "ice_logs": 0.013,
                      "incident_reports": 0.013, "messages": 0.013, "run_bookings": 0.013,
                      "site_search": 0.013, "sled_inspections": 0.013, "timing_results": 0.013,
                      "training_plans": 0.013, "ALL": 0.002}

# maplesyrup (tests/corpus/maplesyrup/: tap counts, sap logs, evaporator batches, grading notes,
# bottling runs, shop orders, tour bookings, weather notes, messages, search; 493 attacks):
# benign 0 -> 0, attacks 491 -> 492 (query).
MAPLESYRUP_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.995}
MAPLESYRUP_CEILINGS = {"bottling_runs": 0.013, "customer_messages": 0.013,
                       "evaporator_batches": 0.013, "grading_notes": 0.013, "sap_logs": 0.013,
                       "shop_orders": 0.013, "site_search": 0.013, "tap_counts": 0.013,
                       "tour_bookings": 0.013, "weather_notes": 0.013, "ALL": 0.002}

# lidarsurvey (tests/corpus/lidarsurvey/: job requests, flight plans, processing notes, control
# points, deliverable manifests, client comments, invoices, crew logs, messages, search; 499
# attacks): benign 0 -> 0, attacks 493 -> 498 (query).
LIDARSURVEY_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.995}
LIDARSURVEY_CEILINGS = {"client_comments": 0.013, "control_points": 0.013, "crew_logs": 0.013,
                        "deliverable_manifests": 0.013, "flight_plans": 0.013, "invoices": 0.013,
                        "job_requests": 0.013, "messages": 0.013, "portal_search": 0.013,
                        "processing_notes": 0.013, "ALL": 0.002}

# bellows (tests/corpus/bellows/: repair tickets, leather and valve stock, tuning logs, quotes,
# invoices, bookings, restoration diaries, messages, forum posts, search; 497 attacks):
# benign 0 -> 0, attacks 494 -> 495 (query).
BELLOWS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.925,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
BELLOWS_CEILINGS = {"bookings": 0.013, "customer_messages": 0.013, "forum_posts": 0.013,
                    "invoices": 0.013, "quotes": 0.013, "repair_tickets": 0.013,
                    "restoration_diary": 0.013, "site_search": 0.013, "stock_items": 0.013,
                    "tuning_logs": 0.013, "ALL": 0.002}

# snowplough (tests/corpus/snowplough/: plough routes, gritting logs, salt stock, vehicle checks,
# rosters, weather alerts, complaints, incident reports, crew messages, search; 494
# attacks): benign 0 -> 0, attacks 491 -> 492 (query).
SNOWPLOUGH_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.993}
SNOWPLOUGH_CEILINGS = {"crew_messages": 0.013, "gritting_logs": 0.013, "incident_reports": 0.013,
                       "plough_routes": 0.013, "portal_search": 0.013,
                       "resident_complaints": 0.013, "salt_stock": 0.013, "shift_rosters": 0.013,
                       "vehicle_checks": 0.013, "weather_alerts": 0.013, "ALL": 0.002}

# watchtower (tests/corpus/watchtower/: shift sign-ups, smoke reports, azimuth readings, radio
# logs, equipment lists, training records, guestbook entries, map notes, messages, search;
# 495 attacks): benign 0 -> 0, attacks 491 -> 491 (query).
WATCHTOWER_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.866, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.989}
WATCHTOWER_CEILINGS = {"azimuth_readings": 0.013, "equipment_lists": 0.013, "guestbook": 0.013,
                       "map_notes": 0.013, "messages": 0.013, "radio_logs": 0.013,
                       "shift_signups": 0.013, "site_search": 0.013, "smoke_reports": 0.013,
                       "training_records": 0.013, "ALL": 0.002}

# puppetmaker (tests/corpus/puppetmaker/: commissions, carving notes, string diagrams, paint logs,
# materials orders, show bookings, repair tickets, blog posts, messages, search; 495
# attacks): benign 0 -> 0, attacks 494 -> 494 (query).
PUPPETMAKER_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.995}
PUPPETMAKER_CEILINGS = {"blog_posts": 0.013, "carving_notes": 0.013, "commissions": 0.013,
                        "customer_messages": 0.013, "materials_orders": 0.013, "paint_logs": 0.013,
                        "repair_tickets": 0.013, "show_bookings": 0.013, "site_search": 0.013,
                        "string_diagrams": 0.013, "ALL": 0.002}

# roofers (tests/corpus/roofers/: quotes, site surveys, scaffold bookings, material orders,
# weather holds, gutter repairs, crew notes, insurance photos, messages, job imports; 494
# attacks): benign 1 -> 0, attacks 490 -> 493 (query).
ROOFERS_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.962,
                  "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.995}
ROOFERS_CEILINGS = {"crew_notes": 0.013, "customer_messages": 0.013, "gutter_repairs": 0.013,
                    "insurance_photos": 0.013, "job_imports": 0.013, "material_orders": 0.013,
                    "quotes": 0.013, "scaffold_bookings": 0.013, "site_surveys": 0.013,
                    "weather_holds": 0.013, "ALL": 0.002}

# glidingclub (tests/corpus/glidingclub/: launch logs, bookings, instructor notes, weather
# briefings, rigging checklists, logbook exports, badge claims, profiles, chat, search; 498
# attacks): benign 0 -> 0, attacks 496 -> 497 (query).
GLIDINGCLUB_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.995}
GLIDINGCLUB_CEILINGS = {"badge_claims": 0.013, "bookings": 0.013, "club_chat": 0.013,
                        "instructor_notes": 0.013, "launch_log": 0.013, "logbook_exports": 0.013,
                        "member_profiles": 0.013, "rigging_checklists": 0.013,
                        "site_search": 0.013, "weather_briefings": 0.013, "ALL": 0.002}

# sushibar (tests/corpus/sushibar/: menu items, allergy notes, fish deliveries, bookings,
# omakase requests, supplier invoices, rota, order chat, kitchen logs, search; 496
# attacks): benign 0 -> 0, attacks 493 -> 493 (query; JSON 492 -> 493).
SUSHIBAR_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.991}
SUSHIBAR_CEILINGS = {"allergy_notes": 0.013, "fish_deliveries": 0.013, "kitchen_logs": 0.013,
                     "menu_items": 0.013, "menu_search": 0.013, "omakase_requests": 0.013,
                     "order_chat": 0.013, "staff_rota": 0.013, "supplier_invoices": 0.013,
                     "table_bookings": 0.013, "ALL": 0.002}

# chairlift (tests/corpus/chairlift/: inspections, rope splicing, grip tests, shift logs,
# incident reports, part orders, SCADA alarm notes, search, chat, settings imports; 496
# attacks): benign 0 -> 0, attacks 493 -> 494 (query).
CHAIRLIFT_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.962,
                    "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
CHAIRLIFT_CEILINGS = {"grip_tests": 0.013, "incident_reports": 0.013, "inspection_reports": 0.013,
                      "operator_shift_logs": 0.013, "part_orders": 0.013, "rope_splicing": 0.013,
                      "scada_alarm_notes": 0.013, "search_queries": 0.013,
                      "settings_imports": 0.013, "staff_chat": 0.013, "ALL": 0.002}

# paramedics (tests/corpus/paramedics/: call logs, handover notes, drug audits, vehicle checks,
# shift swaps, training sign-offs, station chat, equipment faults, search, settings; 491
# attacks): benign 1 -> 0, attacks 488 -> 488 (query).
PARAMEDICS_FLOORS = {"cmdi": 0.986, "code": 0.987, "crlf": 0.866, "ldap-xpath": 0.95,
                     "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.989}
PARAMEDICS_CEILINGS = {"call_logs": 0.013, "drug_audits": 0.013, "equipment_faults": 0.013,
                       "handover_notes": 0.013, "profile_settings": 0.013, "searches": 0.013,
                       "shift_swaps": 0.013, "station_chat": 0.013, "training_signoffs": 0.013,
                       "vehicle_checks": 0.013, "ALL": 0.002}

# greenhouse (tests/corpus/greenhouse/: climate exports, irrigation schedules, scouting notes,
# seed orders, harvest tallies, buyer messages, sensor alerts, rota, search, settings; 495
# attacks): benign 4 -> 0, attacks 491 -> 492 (query).
GREENHOUSE_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.989}
GREENHOUSE_CEILINGS = {"buyer_messages": 0.013, "climate_exports": 0.013, "harvest_tallies": 0.013,
                       "irrigation_schedules": 0.013, "scouting_notes": 0.013, "searches": 0.013,
                       "seed_orders": 0.013, "sensor_alerts": 0.013, "settings_imports": 0.013,
                       "staff_rota": 0.013, "ALL": 0.002}

# toyshop (tests/corpus/toyshop/: listings, gift messages, age ratings, returns, stock imports,
# reviews, wish lists, search, profiles, staff notes; 496 attacks): benign 0 -> 0, attacks
# 489 -> 490 (query).
TOYSHOP_FLOORS = {"cmdi": 0.972, "code": 0.977, "crlf": 0.933, "ldap-xpath": 0.95, "nosqli": 0.925,
                  "sqli": 0.975, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.985}
TOYSHOP_CEILINGS = {"age_rating_notes": 0.013, "customer_profiles": 0.013,
                    "customer_reviews": 0.013, "gift_messages": 0.013, "product_listings": 0.013,
                    "returns": 0.013, "site_search": 0.013, "staff_notes": 0.013,
                    "stock_imports": 0.013, "wish_lists": 0.013, "ALL": 0.002}

# textilemill (tests/corpus/textilemill/: loom settings, yarn lots, dye recipes, defect reports,
# order confirmations, maintenance tickets, handovers, CSV exports, search, messages; 495
# attacks): benign 1 -> 0, attacks 490 -> 492 (query).
TEXTILEMILL_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.8, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.987}
TEXTILEMILL_CEILINGS = {"csv_exports": 0.013, "defect_reports": 0.013, "dye_recipes": 0.013,
                        "loom_settings": 0.013, "maintenance_tickets": 0.013, "messages": 0.013,
                        "order_confirmations": 0.013, "searches": 0.013, "shift_handovers": 0.013,
                        "yarn_lots": 0.013, "ALL": 0.002}

# opticians (tests/corpus/opticians/: eye test notes, prescriptions, frame orders, lens lab
# tickets, recall letters, messages, contact lens reorders, search, settings, chat; 495
# attacks): benign 1 -> 0, attacks 493 -> 494 (query).
OPTICIANS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                    "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.995}
OPTICIANS_CEILINGS = {"appointment_search": 0.013, "contact_lens_reorders": 0.013,
                      "eye_test_notes": 0.013, "frame_orders": 0.013, "lens_lab_tickets": 0.013,
                      "patient_messages": 0.013, "practice_settings": 0.013,
                      "prescriptions": 0.013, "recall_letters": 0.013, "staff_chat": 0.013,
                      "ALL": 0.002}

# bushcraft (tests/corpus/bushcraft/: course bookings, kit lists, fire logs, foraging notes,
# instructor reports, risk assessments, reviews, forum posts, search, settings; 497
# attacks): benign 1 -> 0, attacks 494 -> 495 (query).
BUSHCRAFT_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.888, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.993}
BUSHCRAFT_CEILINGS = {"course_bookings": 0.013, "fire_logs": 0.013, "foraging_notes": 0.013,
                      "forum_posts": 0.013, "instructor_reports": 0.013, "kit_lists": 0.013,
                      "risk_assessments": 0.013, "settings_imports": 0.013, "site_search": 0.013,
                      "student_reviews": 0.013, "ALL": 0.002}

# pipeband (tests/corpus/pipeband/: tune sets, practice logs, competition entries, uniform
# orders, reed notes, travel plans, minutes, sheet-music search, profiles, messages; 496
# attacks): benign 1 -> 0, attacks 495 -> 495 (query).
PIPEBAND_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                   "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                   "ALL": 0.993}
PIPEBAND_CEILINGS = {"band_messages": 0.013, "committee_minutes": 0.013,
                     "competition_entries": 0.013, "member_profiles": 0.013,
                     "practice_logs": 0.013, "reed_notes": 0.013, "sheet_music_search": 0.013,
                     "travel_plans": 0.013, "tune_sets": 0.013, "uniform_orders": 0.013,
                     "ALL": 0.002}

# gymnastics (tests/corpus/gymnastics/: registers, routine scores, coach notes, apparatus
# checks, competition entries, parent messages, fee imports, safeguarding logs, search,
# settings; 499 attacks): benign 0 -> 0, attacks 495 -> 496 (query).
GYMNASTICS_FLOORS = {"cmdi": 0.96, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                     "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                     "ALL": 0.991}
GYMNASTICS_CEILINGS = {"apparatus_checks": 0.013, "class_registers": 0.013, "club_settings": 0.013,
                       "coach_notes": 0.013, "competition_entries": 0.013, "fee_imports": 0.013,
                       "gym_searches": 0.013, "parent_messages": 0.013, "routine_scores": 0.013,
                       "safeguarding_logs": 0.013, "ALL": 0.002}

# beachhuts (tests/corpus/beachhuts/: bookings, waiting lists, key handovers, maintenance
# reports, payment imports, tenant messages, storm damage, search, hut profiles, newsletters;
# 497 attacks): benign 0 -> 0, attacks 494 -> 494 (query).
BEACHHUTS_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95,
                    "nosqli": 0.851, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.991}
BEACHHUTS_CEILINGS = {"bookings": 0.013, "hut_profiles": 0.013, "key_handovers": 0.013,
                      "maintenance_reports": 0.013, "newsletters": 0.013, "payment_imports": 0.013,
                      "site_search": 0.013, "storm_damage": 0.013, "tenant_messages": 0.013,
                      "waiting_list": 0.013, "ALL": 0.002}

# steelfab (tests/corpus/steelfab/: cut lists, weld notes, NC uploads, inspection reports,
# delivery schedules, supplier quotes, CSV exports, shop-floor chat, search, messages; 495
# attacks): benign 0 -> 0, attacks 491 -> 491 (query).
STEELFAB_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.962,
                   "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987, "ALL": 0.989}
STEELFAB_CEILINGS = {"csv_exports": 0.013, "customer_messages": 0.013, "cut_lists": 0.013,
                     "delivery_schedules": 0.013, "inspection_reports": 0.013, "job_search": 0.013,
                     "nc_uploads": 0.013, "shopfloor_chat": 0.013, "supplier_quotes": 0.013,
                     "weld_notes": 0.013, "ALL": 0.002}

# wildliferescue (tests/corpus/wildliferescue/: intake, treatment logs, feeding charts, release
# notes, volunteer rota, donor messages, prescriptions, search, imports, newsletters; 496
# attacks): benign 0 -> 0, attacks 493 -> 494 (query).
WILDLIFERESCUE_FLOORS = {"cmdi": 0.986, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                         "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                         "xss": 0.987, "ALL": 0.993}
WILDLIFERESCUE_CEILINGS = {"donor_messages": 0.013, "feeding_chart": 0.013, "imports": 0.013,
                           "intake": 0.013, "newsletters": 0.013, "prescriptions": 0.013,
                           "release_notes": 0.013, "search": 0.013, "treatment_log": 0.013,
                           "volunteer_rota": 0.013, "ALL": 0.002}

# calligraphy (tests/corpus/calligraphy/: commission briefs, ink and nib orders, class
# bookings, lettering notes, proof approvals, forum posts, invoices, search, profiles,
# settings; 494 attacks): benign 0 -> 0, attacks 490 -> 490 (query).
CALLIGRAPHY_FLOORS = {"cmdi": 0.973, "code": 0.988, "crlf": 0.866, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.989}
CALLIGRAPHY_CEILINGS = {"class_bookings": 0.013, "commission_briefs": 0.013, "forum_posts": 0.013,
                        "ink_nib_orders": 0.013, "invoices": 0.013, "lettering_notes": 0.013,
                        "profiles": 0.013, "proof_approvals": 0.013, "searches": 0.013,
                        "settings_imports": 0.013, "ALL": 0.002}

# florist (tests/corpus/florist/: order notes, card messages, delivery instructions, wedding
# consults, wholesale imports, stock notes, reviews, search, profiles, staff chat; 497
# attacks): benign 0 -> 0, attacks 495 -> 495 (query).
FLORIST_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.95, "nosqli": 0.925,
                  "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.993}
FLORIST_CEILINGS = {"card_messages": 0.013, "customer_profiles": 0.013,
                    "delivery_instructions": 0.013, "order_notes": 0.013, "reviews": 0.013,
                    "searches": 0.013, "staff_chat": 0.013, "stock_notes": 0.013,
                    "wedding_consults": 0.013, "wholesale_imports": 0.013, "ALL": 0.002}

# boatyard (tests/corpus/boatyard/: haul-out bookings, antifouling jobs, engine service notes,
# mooring contracts, parts orders, surveys, owner messages, invoice exports, newsletter,
# settings; 495 attacks): benign 0 -> 0, attacks 493 -> 493 (query).
BOATYARD_FLOORS = {"cmdi": 0.972, "code": 0.988, "crlf": 0.9, "ldap-xpath": 0.95, "nosqli": 0.962,
                   "sqli": 0.987, "ssrf": 0.98, "traversal": 0.98, "xss": 0.987, "ALL": 0.991}
BOATYARD_CEILINGS = {"antifouling_jobs": 0.013, "engine_service_notes": 0.013,
                     "haul_out_bookings": 0.013, "invoice_exports": 0.013,
                     "mooring_contracts": 0.013, "owner_messages": 0.013, "parts_orders": 0.013,
                     "survey_reports": 0.013, "yard_newsletter": 0.013, "yard_settings": 0.013,
                     "ALL": 0.002}

# yogaretreat (tests/corpus/yogaretreat/: bookings, dietary notes, room allocations, teacher
# bios, schedules, feedback, payment imports, search, chat, newsletters; 496 attacks):
# benign 1 -> 0, attacks 494 -> 494 (query).
YOGARETREAT_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.933, "ldap-xpath": 0.95,
                      "nosqli": 0.962, "sqli": 0.975, "ssrf": 0.98, "traversal": 0.98,
                      "xss": 0.987, "ALL": 0.993}
YOGARETREAT_CEILINGS = {"bookings": 0.013, "chat_messages": 0.013, "class_schedules": 0.013,
                        "dietary_notes": 0.013, "guest_feedback": 0.013, "newsletters": 0.013,
                        "payment_imports": 0.013, "room_allocations": 0.013, "searches": 0.013,
                        "teacher_bios": 0.013, "ALL": 0.002}

# vinylshop (tests/corpus/vinylshop/: listings, grading notes, want lists, trade-in offers,
# discogs imports, messages, reviews, catalogue search, settings, newsletters; 494
# attacks): benign 0 -> 0, attacks 491 -> 491 (query).
VINYLSHOP_FLOORS = {"cmdi": 0.985, "code": 0.988, "crlf": 0.966, "ldap-xpath": 0.9,
                    "nosqli": 0.925, "sqli": 0.987, "ssrf": 0.96, "traversal": 0.98, "xss": 0.987,
                    "ALL": 0.991}
VINYLSHOP_CEILINGS = {"catalogue_search": 0.013, "customer_messages": 0.013,
                      "discogs_imports": 0.013, "grading_notes": 0.013, "listings": 0.013,
                      "newsletters": 0.013, "reviews": 0.013, "shop_settings": 0.013,
                      "trade_in_offers": 0.013, "want_lists": 0.013, "ALL": 0.002}

RECALL_FLOORS = {"devtext": DEVTEXT_FLOORS, "manuals": MANUALS_FLOORS, "notes": NOTES_FLOORS,
                 "workplace": WORKPLACE_FLOORS, "platform": PLATFORM_FLOORS,
                 "dataplatform": DATAPLATFORM_FLOORS, "seclists": SECLISTS_FLOORS,
                 "formats": FORMATS_FLOORS, "querylangs": QUERYLANGS_FLOORS,
                 "ops": OPS_FLOORS, "code": CODE_FLOORS,
                 "science": SCIENCE_FLOORS, "commerce": COMMERCE_FLOORS,
                 "health": HEALTH_FLOORS, "community": COMMUNITY_FLOORS,
                 "finance": FINANCE_FLOORS, "iot": IOT_FLOORS,
                 "education": EDUCATION_FLOORS, "travel": TRAVEL_FLOORS,
                 "realestate": REALESTATE_FLOORS, "media": MEDIA_FLOORS,
                 "logistics": LOGISTICS_FLOORS, "civic": CIVIC_FLOORS,
                 "hospitality": HOSPITALITY_FLOORS, "telecom": TELECOM_FLOORS,
                 "sports": SPORTS_FLOORS, "automotive": AUTOMOTIVE_FLOORS,
                 "agriculture": AGRICULTURE_FLOORS, "events": EVENTS_FLOORS,
                 "legal": LEGAL_FLOORS, "pharma": PHARMA_FLOORS, "hr": HR_FLOORS,
                 "insurance": INSURANCE_FLOORS, "energy": ENERGY_FLOORS,
                 "gaming": GAMING_FLOORS, "social": SOCIAL_FLOORS,
                 "construction": CONSTRUCTION_FLOORS, "aviation": AVIATION_FLOORS,
                 "gis": GIS_FLOORS, "library": LIBRARY_FLOORS,
                 "transit": TRANSIT_FLOORS, "veterinary": VETERINARY_FLOORS,
                 "manufacturing": MANUFACTURING_FLOORS, "support": SUPPORT_FLOORS,
                 "maritime": MARITIME_FLOORS, "banking": BANKING_FLOORS,
                 "nonprofit": NONPROFIT_FLOORS, "music": MUSIC_FLOORS,
                 "surveillance": SURVEILLANCE_FLOORS, "genealogy": GENEALOGY_FLOORS,
                 "weather": WEATHER_FLOORS, "delivery": DELIVERY_FLOORS,
                 "fitness": FITNESS_FLOORS, "localization": LOCALIZATION_FLOORS,
                 "astronomy": ASTRONOMY_FLOORS, "recipes": RECIPES_FLOORS,
                 "publishing": PUBLISHING_FLOORS, "museum": MUSEUM_FLOORS,
                 "maker": MAKER_FLOORS, "biolab": BIOLAB_FLOORS, "tax": TAX_FLOORS,
                 "hamradio": HAMRADIO_FLOORS, "patents": PATENTS_FLOORS,
                 "chess": CHESS_FLOORS, "lexicon": LEXICON_FLOORS,
                 "electronics": ELECTRONICS_FLOORS, "mathforum": MATHFORUM_FLOORS,
                 "crypto": CRYPTO_FLOORS, "newsletter": NEWSLETTER_FLOORS,
                 "smarthome": SMARTHOME_FLOORS, "bi": BI_FLOORS,
                 "regexhelp": REGEXHELP_FLOORS, "dating": DATING_FLOORS,
                 "subtitles": SUBTITLES_FLOORS, "crafts": CRAFTS_FLOORS,
                 "minecraft": MINECRAFT_FLOORS, "mailclient": MAILCLIENT_FLOORS,
                 "wiki": WIKI_FLOORS, "roblox": ROBLOX_FLOORS,
                 "marketing": MARKETING_FLOORS, "prompts": PROMPTS_FLOORS,
                 "podcast": PODCAST_FLOORS, "fashion": FASHION_FLOORS,
                 "gardening": GARDENING_FLOORS, "cycling": CYCLING_FLOORS,
                 "homebrew": HOMEBREW_FLOORS, "boardgames": BOARDGAMES_FLOORS,
                 "ttrpg": TTRPG_FLOORS, "photography": PHOTOGRAPHY_FLOORS,
                 "dispatch": DISPATCH_FLOORS, "packages": PACKAGES_FLOORS,
                 "fanfiction": FANFICTION_FLOORS, "parish": PARISH_FLOORS,
                 "auctions": AUCTIONS_FLOORS, "accessibility": ACCESSIBILITY_FLOORS,
                 "appstore": APPSTORE_FLOORS, "theater": THEATER_FLOORS,
                 "outdoors": OUTDOORS_FLOORS, "annotation": ANNOTATION_FLOORS,
                 "cosmetics": COSMETICS_FLOORS, "spreadsheets": SPREADSHEETS_FLOORS,
                 "hpc": HPC_FLOORS, "retrocomputing": RETROCOMPUTING_FLOORS,
                 "aquarium": AQUARIUM_FLOORS, "chemistry": CHEMISTRY_FLOORS,
                 "networking": NETWORKING_FLOORS, "typography": TYPOGRAPHY_FLOORS,
                 "karaoke": KARAOKE_FLOORS, "bibliography": BIBLIOGRAPHY_FLOORS,
                 "notebooks": NOTEBOOKS_FLOORS, "esports": ESPORTS_FLOORS,
                 "crashreports": CRASHREPORTS_FLOORS, "mapmaking": MAPMAKING_FLOORS,
                 "pharmacyops": PHARMACYOPS_FLOORS, "smartcontracts": SMARTCONTRACTS_FLOORS,
                 "cinema": CINEMA_FLOORS, "beekeeping": BEEKEEPING_FLOORS,
                 "escaperooms": ESCAPEROOMS_FLOORS,
                 "translationmemory": TRANSLATIONMEMORY_FLOORS, "railfans": RAILFANS_FLOORS,
                 "childcare": CHILDCARE_FLOORS, "dentistry": DENTISTRY_FLOORS,
                 "woodworking": WOODWORKING_FLOORS, "birdwatching": BIRDWATCHING_FLOORS,
                 "tattoo": TATTOO_FLOORS, "angling": ANGLING_FLOORS,
                 "orchestra": ORCHESTRA_FLOORS, "ceramics": CERAMICS_FLOORS,
                 "winery": WINERY_FLOORS, "locksmith": LOCKSMITH_FLOORS,
                 "genomics": GENOMICS_FLOORS, "kiosks": KIOSKS_FLOORS,
                 "printshop": PRINTSHOP_FLOORS, "droneops": DRONEOPS_FLOORS,
                 "parking": PARKING_FLOORS, "climbinggym": CLIMBINGGYM_FLOORS,
                 "carsharing": CARSHARING_FLOORS, "radiology": RADIOLOGY_FLOORS,
                 "bakery": BAKERY_FLOORS, "coworking": COWORKING_FLOORS,
                 "funeral": FUNERAL_FLOORS, "pawnshop": PAWNSHOP_FLOORS,
                 "janitorial": JANITORIAL_FLOORS, "firestation": FIRESTATION_FLOORS,
                 "laundromat": LAUNDROMAT_FLOORS, "petgrooming": PETGROOMING_FLOORS,
                 "recycling": RECYCLING_FLOORS, "rowingclub": ROWINGCLUB_FLOORS,
                 "skiresort": SKIRESORT_FLOORS, "selfstorage": SELFSTORAGE_FLOORS,
                 "bowling": BOWLING_FLOORS, "solarinstall": SOLARINSTALL_FLOORS,
                 "quarry": QUARRY_FLOORS, "catering": CATERING_FLOORS,
                 "archery": ARCHERY_FLOORS, "hvac": HVAC_FLOORS,
                 "tailoring": TAILORING_FLOORS, "marina": MARINA_FLOORS,
                 "pestcontrol": PESTCONTROL_FLOORS, "carwash": CARWASH_FLOORS,
                 "animalshelter": ANIMALSHELTER_FLOORS, "signshop": SIGNSHOP_FLOORS,
                 "chiropractic": CHIROPRACTIC_FLOORS, "movingco": MOVINGCO_FLOORS,
                 "glassworks": GLASSWORKS_FLOORS, "sailingschool": SAILINGSCHOOL_FLOORS,
                 "pipeorgan": PIPEORGAN_FLOORS, "escrow": ESCROW_FLOORS,
                 "falconry": FALCONRY_FLOORS, "lighthouse": LIGHTHOUSE_FLOORS,
                 "dialysis": DIALYSIS_FLOORS, "printmaking": PRINTMAKING_FLOORS,
                 "vineyardtours": VINEYARDTOURS_FLOORS, "curling": CURLING_FLOORS,
                 "stormchasers": STORMCHASERS_FLOORS, "bookbinding": BOOKBINDING_FLOORS,
                 "mushroomfarm": MUSHROOMFARM_FLOORS, "harbortugs": HARBORTUGS_FLOORS,
                 "planetarium": PLANETARIUM_FLOORS, "saddlery": SADDLERY_FLOORS,
                 "icecream": ICECREAM_FLOORS, "ropeaccess": ROPEACCESS_FLOORS,
                 "organicbox": ORGANICBOX_FLOORS, "tidepool": TIDEPOOL_FLOORS,
                 "kiteschool": KITESCHOOL_FLOORS, "taxidermy": TAXIDERMY_FLOORS,
                 "canalboats": CANALBOATS_FLOORS, "pianotuning": PIANOTUNING_FLOORS,
                 "clockrepair": CLOCKREPAIR_FLOORS, "alpacafarm": ALPACAFARM_FLOORS,
                 "swimschool": SWIMSCHOOL_FLOORS, "radiostation": RADIOSTATION_FLOORS,
                 "glacierguides": GLACIERGUIDES_FLOORS, "foodbank": FOODBANK_FLOORS,
                 "tileworks": TILEWORKS_FLOORS, "velodrome": VELODROME_FLOORS,
                 "bellfoundry": BELLFOUNDRY_FLOORS, "seedlibrary": SEEDLIBRARY_FLOORS,
                 "dronerepair": DRONEREPAIR_FLOORS, "circusschool": CIRCUSSCHOOL_FLOORS,
                 "hotairballoon": HOTAIRBALLOON_FLOORS, "quilting": QUILTING_FLOORS,
                 "scrapyard": SCRAPYARD_FLOORS, "puppettheatre": PUPPETTHEATRE_FLOORS,
                 "bonsainursery": BONSAINURSERY_FLOORS, "lifeguards": LIFEGUARDS_FLOORS,
                 "cheesemaker": CHEESEMAKER_FLOORS, "ferryline": FERRYLINE_FLOORS,
                 "icerink": ICERINK_FLOORS, "stainedglass": STAINEDGLASS_FLOORS,
                 "tramway": TRAMWAY_FLOORS, "sheepdogtrials": SHEEPDOGTRIALS_FLOORS,
                 "funfair": FUNFAIR_FLOORS, "chimneysweep": CHIMNEYSWEEP_FLOORS,
                 "allotments": ALLOTMENTS_FLOORS, "brassband": BRASSBAND_FLOORS,
                 "canoehire": CANOEHIRE_FLOORS, "lavenderfarm": LAVENDERFARM_FLOORS,
                 "dogwalkers": DOGWALKERS_FLOORS, "tidemill": TIDEMILL_FLOORS,
                 "mountainhut": MOUNTAINHUT_FLOORS, "sailmaker": SAILMAKER_FLOORS,
                 "blacksmith": BLACKSMITH_FLOORS, "ciderpress": CIDERPRESS_FLOORS,
                 "bikerepair": BIKEREPAIR_FLOORS, "skatepark": SKATEPARK_FLOORS,
                 "weddingvenue": WEDDINGVENUE_FLOORS, "treesurgeon": TREESURGEON_FLOORS,
                 "climbingwall": CLIMBINGWALL_FLOORS, "pianoschool": PIANOSCHOOL_FLOORS,
                 "oysterfarm": OYSTERFARM_FLOORS, "repaircafe": REPAIRCAFE_FLOORS,
                 "bellringers": BELLRINGERS_FLOORS, "fishmarket": FISHMARKET_FLOORS,
                 "stonemason": STONEMASON_FLOORS, "cobbler": COBBLER_FLOORS,
                 "chocolatier": CHOCOLATIER_FLOORS, "farrier": FARRIER_FLOORS,
                 "sauna": SAUNA_FLOORS, "choir": CHOIR_FLOORS,
                 "kennels": KENNELS_FLOORS, "soapmaking": SOAPMAKING_FLOORS,
                 "paragliding": PARAGLIDING_FLOORS, "mosaic": MOSAIC_FLOORS,
                 "bridgeclub": BRIDGECLUB_FLOORS, "lifeboat": LIFEBOAT_FLOORS,
                 "orchard": ORCHARD_FLOORS, "knitting": KNITTING_FLOORS,
                 "harpmaker": HARPMAKER_FLOORS, "potholerepair": POTHOLEREPAIR_FLOORS,
                 "ropewalk": ROPEWALK_FLOORS, "exhibitworks": EXHIBITWORKS_FLOORS,
                 "milliner": MILLINER_FLOORS, "cooperage": COOPERAGE_FLOORS,
                 "thatcher": THATCHER_FLOORS, "zookeeper": ZOOKEEPER_FLOORS,
                 "lockkeeper": LOCKKEEPER_FLOORS, "perfumery": PERFUMERY_FLOORS,
                 "bowlsclub": BOWLSCLUB_FLOORS, "signwriter": SIGNWRITER_FLOORS,
                 "ferrier": FERRIER_FLOORS, "harbourmaster": HARBOURMASTER_FLOORS,
                 "puppetry": PUPPETRY_FLOORS, "ciderorchard": CIDERORCHARD_FLOORS,
                 "lacemaker": LACEMAKER_FLOORS, "fireworks": FIREWORKS_FLOORS,
                 "wheelwright": WHEELWRIGHT_FLOORS, "shepherdhut": SHEPHERDHUT_FLOORS,
                 "windmill": WINDMILL_FLOORS, "candlemaker": CANDLEMAKER_FLOORS,
                 "bookshop": BOOKSHOP_FLOORS, "carpetweaver": CARPETWEAVER_FLOORS,
                 "sawmill": SAWMILL_FLOORS, "fishhatchery": FISHHATCHERY_FLOORS,
                 "saltworks": SALTWORKS_FLOORS, "tannery": TANNERY_FLOORS,
                 "distillery": DISTILLERY_FLOORS, "campsite": CAMPSITE_FLOORS,
                 "tollbridge": TOLLBRIDGE_FLOORS, "dyeworks": DYEWORKS_FLOORS,
                 "couriers": COURIERS_FLOORS, "mountainrescue": MOUNTAINRESCUE_FLOORS,
                 "luthier": LUTHIER_FLOORS, "shearing": SHEARING_FLOORS,
                 "villagehall": VILLAGEHALL_FLOORS, "dairy": DAIRY_FLOORS,
                 "upholstery": UPHOLSTERY_FLOORS, "divingschool": DIVINGSCHOOL_FLOORS,
                 "roastery": ROASTERY_FLOORS, "fencingclub": FENCINGCLUB_FLOORS,
                 "schoolbus": SCHOOLBUS_FLOORS, "hedgelaying": HEDGELAYING_FLOORS,
                 "rafting": RAFTING_FLOORS, "orienteering": ORIENTEERING_FLOORS,
                 "scaffolding": SCAFFOLDING_FLOORS, "philately": PHILATELY_FLOORS,
                 "dogsled": DOGSLED_FLOORS, "buskers": BUSKERS_FLOORS,
                 "trufflehunt": TRUFFLEHUNT_FLOORS, "canyoning": CANYONING_FLOORS,
                 "organbuilder": ORGANBUILDER_FLOORS, "ferryterminal": FERRYTERMINAL_FLOORS,
                 "wildfirecrew": WILDFIRECREW_FLOORS, "icefishing": ICEFISHING_FLOORS,
                 "sheepdairy": SHEEPDAIRY_FLOORS, "stringquartet": STRINGQUARTET_FLOORS,
                 "caveguides": CAVEGUIDES_FLOORS, "bicyclecourier": BICYCLECOURIER_FLOORS,
                 "rugbyclub": RUGBYCLUB_FLOORS, "seedbank": SEEDBANK_FLOORS,
                 "clocktower": CLOCKTOWER_FLOORS, "hovercraft": HOVERCRAFT_FLOORS,
                 "fossilclub": FOSSILCLUB_FLOORS, "papermill": PAPERMILL_FLOORS,
                 "llamatrek": LLAMATREK_FLOORS, "gondola": GONDOLA_FLOORS,
                 "hotspring": HOTSPRING_FLOORS, "kelpfarm": KELPFARM_FLOORS,
                 "rodeo": RODEO_FLOORS, "tinsmith": TINSMITH_FLOORS,
                 "pigeonracing": PIGEONRACING_FLOORS, "bobsleigh": BOBSLEIGH_FLOORS,
                 "maplesyrup": MAPLESYRUP_FLOORS, "lidarsurvey": LIDARSURVEY_FLOORS,
                 "bellows": BELLOWS_FLOORS, "snowplough": SNOWPLOUGH_FLOORS,
                 "watchtower": WATCHTOWER_FLOORS, "puppetmaker": PUPPETMAKER_FLOORS,
                 "roofers": ROOFERS_FLOORS, "glidingclub": GLIDINGCLUB_FLOORS,
                 "sushibar": SUSHIBAR_FLOORS, "chairlift": CHAIRLIFT_FLOORS,
                 "paramedics": PARAMEDICS_FLOORS, "greenhouse": GREENHOUSE_FLOORS,
                 "toyshop": TOYSHOP_FLOORS, "textilemill": TEXTILEMILL_FLOORS,
                 "opticians": OPTICIANS_FLOORS, "bushcraft": BUSHCRAFT_FLOORS,
                 "pipeband": PIPEBAND_FLOORS, "gymnastics": GYMNASTICS_FLOORS,
                 "beachhuts": BEACHHUTS_FLOORS, "steelfab": STEELFAB_FLOORS,
                 "wildliferescue": WILDLIFERESCUE_FLOORS, "calligraphy": CALLIGRAPHY_FLOORS,
                 "florist": FLORIST_FLOORS, "boatyard": BOATYARD_FLOORS,
                 "yogaretreat": YOGARETREAT_FLOORS, "vinylshop": VINYLSHOP_FLOORS}
BENIGN_CEILINGS = {"devtext": DEVTEXT_CEILINGS, "manuals": MANUALS_CEILINGS,
                   "notes": NOTES_CEILINGS, "workplace": WORKPLACE_CEILINGS,
                   "platform": PLATFORM_CEILINGS, "dataplatform": DATAPLATFORM_CEILINGS,
                   "seclists": {}, "formats": FORMATS_CEILINGS,
                   "querylangs": QUERYLANGS_CEILINGS, "ops": OPS_CEILINGS,
                   "code": CODE_CEILINGS, "science": SCIENCE_CEILINGS,
                   "commerce": COMMERCE_CEILINGS, "health": HEALTH_CEILINGS,
                   "community": COMMUNITY_CEILINGS, "finance": FINANCE_CEILINGS,
                   "iot": IOT_CEILINGS, "education": EDUCATION_CEILINGS,
                   "travel": TRAVEL_CEILINGS, "realestate": REALESTATE_CEILINGS,
                   "media": MEDIA_CEILINGS, "logistics": LOGISTICS_CEILINGS,
                   "civic": CIVIC_CEILINGS, "hospitality": HOSPITALITY_CEILINGS,
                   "telecom": TELECOM_CEILINGS, "sports": SPORTS_CEILINGS,
                   "automotive": AUTOMOTIVE_CEILINGS, "agriculture": AGRICULTURE_CEILINGS,
                   "events": EVENTS_CEILINGS, "legal": LEGAL_CEILINGS,
                   "pharma": PHARMA_CEILINGS, "hr": HR_CEILINGS,
                   "insurance": INSURANCE_CEILINGS, "energy": ENERGY_CEILINGS,
                   "gaming": GAMING_CEILINGS, "social": SOCIAL_CEILINGS,
                   "construction": CONSTRUCTION_CEILINGS, "aviation": AVIATION_CEILINGS,
                   "gis": GIS_CEILINGS, "library": LIBRARY_CEILINGS,
                   "transit": TRANSIT_CEILINGS, "veterinary": VETERINARY_CEILINGS,
                   "manufacturing": MANUFACTURING_CEILINGS, "support": SUPPORT_CEILINGS,
                   "maritime": MARITIME_CEILINGS, "banking": BANKING_CEILINGS,
                   "nonprofit": NONPROFIT_CEILINGS, "music": MUSIC_CEILINGS,
                   "surveillance": SURVEILLANCE_CEILINGS, "genealogy": GENEALOGY_CEILINGS,
                   "weather": WEATHER_CEILINGS, "delivery": DELIVERY_CEILINGS,
                   "fitness": FITNESS_CEILINGS, "localization": LOCALIZATION_CEILINGS,
                   "astronomy": ASTRONOMY_CEILINGS, "recipes": RECIPES_CEILINGS,
                   "publishing": PUBLISHING_CEILINGS, "museum": MUSEUM_CEILINGS,
                   "maker": MAKER_CEILINGS, "biolab": BIOLAB_CEILINGS, "tax": TAX_CEILINGS,
                   "hamradio": HAMRADIO_CEILINGS, "patents": PATENTS_CEILINGS,
                   "chess": CHESS_CEILINGS, "lexicon": LEXICON_CEILINGS,
                   "electronics": ELECTRONICS_CEILINGS, "mathforum": MATHFORUM_CEILINGS,
                   "crypto": CRYPTO_CEILINGS, "newsletter": NEWSLETTER_CEILINGS,
                   "smarthome": SMARTHOME_CEILINGS, "bi": BI_CEILINGS,
                   "regexhelp": REGEXHELP_CEILINGS, "dating": DATING_CEILINGS,
                   "subtitles": SUBTITLES_CEILINGS, "crafts": CRAFTS_CEILINGS,
                   "minecraft": MINECRAFT_CEILINGS, "mailclient": MAILCLIENT_CEILINGS,
                   "wiki": WIKI_CEILINGS, "roblox": ROBLOX_CEILINGS,
                   "marketing": MARKETING_CEILINGS, "prompts": PROMPTS_CEILINGS,
                   "podcast": PODCAST_CEILINGS, "fashion": FASHION_CEILINGS,
                   "gardening": GARDENING_CEILINGS, "cycling": CYCLING_CEILINGS,
                   "homebrew": HOMEBREW_CEILINGS, "boardgames": BOARDGAMES_CEILINGS,
                   "ttrpg": TTRPG_CEILINGS, "photography": PHOTOGRAPHY_CEILINGS,
                   "dispatch": DISPATCH_CEILINGS, "packages": PACKAGES_CEILINGS,
                   "fanfiction": FANFICTION_CEILINGS, "parish": PARISH_CEILINGS,
                   "auctions": AUCTIONS_CEILINGS, "accessibility": ACCESSIBILITY_CEILINGS,
                   "appstore": APPSTORE_CEILINGS, "theater": THEATER_CEILINGS,
                   "outdoors": OUTDOORS_CEILINGS, "annotation": ANNOTATION_CEILINGS,
                   "cosmetics": COSMETICS_CEILINGS, "spreadsheets": SPREADSHEETS_CEILINGS,
                   "hpc": HPC_CEILINGS, "retrocomputing": RETROCOMPUTING_CEILINGS,
                   "aquarium": AQUARIUM_CEILINGS, "chemistry": CHEMISTRY_CEILINGS,
                   "networking": NETWORKING_CEILINGS, "typography": TYPOGRAPHY_CEILINGS,
                   "karaoke": KARAOKE_CEILINGS, "bibliography": BIBLIOGRAPHY_CEILINGS,
                   "notebooks": NOTEBOOKS_CEILINGS, "esports": ESPORTS_CEILINGS,
                   "crashreports": CRASHREPORTS_CEILINGS, "mapmaking": MAPMAKING_CEILINGS,
                   "pharmacyops": PHARMACYOPS_CEILINGS,
                   "smartcontracts": SMARTCONTRACTS_CEILINGS, "cinema": CINEMA_CEILINGS,
                   "beekeeping": BEEKEEPING_CEILINGS, "escaperooms": ESCAPEROOMS_CEILINGS,
                   "translationmemory": TRANSLATIONMEMORY_CEILINGS,
                   "railfans": RAILFANS_CEILINGS, "childcare": CHILDCARE_CEILINGS,
                   "dentistry": DENTISTRY_CEILINGS, "woodworking": WOODWORKING_CEILINGS,
                   "birdwatching": BIRDWATCHING_CEILINGS, "tattoo": TATTOO_CEILINGS,
                   "angling": ANGLING_CEILINGS, "orchestra": ORCHESTRA_CEILINGS,
                   "ceramics": CERAMICS_CEILINGS, "winery": WINERY_CEILINGS,
                   "locksmith": LOCKSMITH_CEILINGS, "genomics": GENOMICS_CEILINGS,
                   "kiosks": KIOSKS_CEILINGS, "printshop": PRINTSHOP_CEILINGS,
                   "droneops": DRONEOPS_CEILINGS, "parking": PARKING_CEILINGS,
                   "climbinggym": CLIMBINGGYM_CEILINGS, "carsharing": CARSHARING_CEILINGS,
                   "radiology": RADIOLOGY_CEILINGS, "bakery": BAKERY_CEILINGS,
                   "coworking": COWORKING_CEILINGS, "funeral": FUNERAL_CEILINGS,
                   "pawnshop": PAWNSHOP_CEILINGS, "janitorial": JANITORIAL_CEILINGS,
                   "firestation": FIRESTATION_CEILINGS, "laundromat": LAUNDROMAT_CEILINGS,
                   "petgrooming": PETGROOMING_CEILINGS, "recycling": RECYCLING_CEILINGS,
                   "rowingclub": ROWINGCLUB_CEILINGS, "skiresort": SKIRESORT_CEILINGS,
                   "selfstorage": SELFSTORAGE_CEILINGS, "bowling": BOWLING_CEILINGS,
                   "solarinstall": SOLARINSTALL_CEILINGS, "quarry": QUARRY_CEILINGS,
                   "catering": CATERING_CEILINGS, "archery": ARCHERY_CEILINGS,
                   "hvac": HVAC_CEILINGS, "tailoring": TAILORING_CEILINGS,
                   "marina": MARINA_CEILINGS, "pestcontrol": PESTCONTROL_CEILINGS,
                   "carwash": CARWASH_CEILINGS, "animalshelter": ANIMALSHELTER_CEILINGS,
                   "signshop": SIGNSHOP_CEILINGS, "chiropractic": CHIROPRACTIC_CEILINGS,
                   "movingco": MOVINGCO_CEILINGS, "glassworks": GLASSWORKS_CEILINGS,
                   "sailingschool": SAILINGSCHOOL_CEILINGS, "pipeorgan": PIPEORGAN_CEILINGS,
                   "escrow": ESCROW_CEILINGS, "falconry": FALCONRY_CEILINGS,
                   "lighthouse": LIGHTHOUSE_CEILINGS, "dialysis": DIALYSIS_CEILINGS,
                   "printmaking": PRINTMAKING_CEILINGS, "vineyardtours": VINEYARDTOURS_CEILINGS,
                   "curling": CURLING_CEILINGS, "stormchasers": STORMCHASERS_CEILINGS,
                   "bookbinding": BOOKBINDING_CEILINGS, "mushroomfarm": MUSHROOMFARM_CEILINGS,
                   "harbortugs": HARBORTUGS_CEILINGS, "planetarium": PLANETARIUM_CEILINGS,
                   "saddlery": SADDLERY_CEILINGS, "icecream": ICECREAM_CEILINGS,
                   "ropeaccess": ROPEACCESS_CEILINGS, "organicbox": ORGANICBOX_CEILINGS,
                   "tidepool": TIDEPOOL_CEILINGS, "kiteschool": KITESCHOOL_CEILINGS,
                   "taxidermy": TAXIDERMY_CEILINGS, "canalboats": CANALBOATS_CEILINGS,
                   "pianotuning": PIANOTUNING_CEILINGS, "clockrepair": CLOCKREPAIR_CEILINGS,
                   "alpacafarm": ALPACAFARM_CEILINGS, "swimschool": SWIMSCHOOL_CEILINGS,
                   "radiostation": RADIOSTATION_CEILINGS,
                   "glacierguides": GLACIERGUIDES_CEILINGS, "foodbank": FOODBANK_CEILINGS,
                   "tileworks": TILEWORKS_CEILINGS, "velodrome": VELODROME_CEILINGS,
                   "bellfoundry": BELLFOUNDRY_CEILINGS, "seedlibrary": SEEDLIBRARY_CEILINGS,
                   "dronerepair": DRONEREPAIR_CEILINGS, "circusschool": CIRCUSSCHOOL_CEILINGS,
                   "hotairballoon": HOTAIRBALLOON_CEILINGS, "quilting": QUILTING_CEILINGS,
                   "scrapyard": SCRAPYARD_CEILINGS, "puppettheatre": PUPPETTHEATRE_CEILINGS,
                   "bonsainursery": BONSAINURSERY_CEILINGS, "lifeguards": LIFEGUARDS_CEILINGS,
                   "cheesemaker": CHEESEMAKER_CEILINGS, "ferryline": FERRYLINE_CEILINGS,
                   "icerink": ICERINK_CEILINGS, "stainedglass": STAINEDGLASS_CEILINGS,
                   "tramway": TRAMWAY_CEILINGS, "sheepdogtrials": SHEEPDOGTRIALS_CEILINGS,
                   "funfair": FUNFAIR_CEILINGS, "chimneysweep": CHIMNEYSWEEP_CEILINGS,
                   "allotments": ALLOTMENTS_CEILINGS, "brassband": BRASSBAND_CEILINGS,
                   "canoehire": CANOEHIRE_CEILINGS, "lavenderfarm": LAVENDERFARM_CEILINGS,
                   "dogwalkers": DOGWALKERS_CEILINGS, "tidemill": TIDEMILL_CEILINGS,
                   "mountainhut": MOUNTAINHUT_CEILINGS, "sailmaker": SAILMAKER_CEILINGS,
                   "blacksmith": BLACKSMITH_CEILINGS, "ciderpress": CIDERPRESS_CEILINGS,
                   "bikerepair": BIKEREPAIR_CEILINGS, "skatepark": SKATEPARK_CEILINGS,
                   "weddingvenue": WEDDINGVENUE_CEILINGS, "treesurgeon": TREESURGEON_CEILINGS,
                   "climbingwall": CLIMBINGWALL_CEILINGS, "pianoschool": PIANOSCHOOL_CEILINGS,
                   "oysterfarm": OYSTERFARM_CEILINGS, "repaircafe": REPAIRCAFE_CEILINGS,
                   "bellringers": BELLRINGERS_CEILINGS,
                   "fishmarket": FISHMARKET_CEILINGS,
                   "stonemason": STONEMASON_CEILINGS, "cobbler": COBBLER_CEILINGS,
                   "chocolatier": CHOCOLATIER_CEILINGS, "farrier": FARRIER_CEILINGS,
                   "sauna": SAUNA_CEILINGS, "choir": CHOIR_CEILINGS,
                   "kennels": KENNELS_CEILINGS, "soapmaking": SOAPMAKING_CEILINGS,
                   "paragliding": PARAGLIDING_CEILINGS, "mosaic": MOSAIC_CEILINGS,
                   "bridgeclub": BRIDGECLUB_CEILINGS, "lifeboat": LIFEBOAT_CEILINGS,
                   "orchard": ORCHARD_CEILINGS, "knitting": KNITTING_CEILINGS,
                   "harpmaker": HARPMAKER_CEILINGS,
                   "potholerepair": POTHOLEREPAIR_CEILINGS,
                   "ropewalk": ROPEWALK_CEILINGS, "exhibitworks": EXHIBITWORKS_CEILINGS,
                   "milliner": MILLINER_CEILINGS, "cooperage": COOPERAGE_CEILINGS,
                   "thatcher": THATCHER_CEILINGS, "zookeeper": ZOOKEEPER_CEILINGS,
                   "lockkeeper": LOCKKEEPER_CEILINGS, "perfumery": PERFUMERY_CEILINGS,
                   "bowlsclub": BOWLSCLUB_CEILINGS, "signwriter": SIGNWRITER_CEILINGS,
                   "ferrier": FERRIER_CEILINGS, "harbourmaster": HARBOURMASTER_CEILINGS,
                   "puppetry": PUPPETRY_CEILINGS, "ciderorchard": CIDERORCHARD_CEILINGS,
                   "lacemaker": LACEMAKER_CEILINGS, "fireworks": FIREWORKS_CEILINGS,
                   "wheelwright": WHEELWRIGHT_CEILINGS,
                   "shepherdhut": SHEPHERDHUT_CEILINGS,
                   "windmill": WINDMILL_CEILINGS, "candlemaker": CANDLEMAKER_CEILINGS,
                   "bookshop": BOOKSHOP_CEILINGS, "carpetweaver": CARPETWEAVER_CEILINGS,
                   "sawmill": SAWMILL_CEILINGS, "fishhatchery": FISHHATCHERY_CEILINGS,
                   "saltworks": SALTWORKS_CEILINGS, "tannery": TANNERY_CEILINGS,
                   "distillery": DISTILLERY_CEILINGS, "campsite": CAMPSITE_CEILINGS,
                   "tollbridge": TOLLBRIDGE_CEILINGS, "dyeworks": DYEWORKS_CEILINGS,
                   "couriers": COURIERS_CEILINGS, "mountainrescue": MOUNTAINRESCUE_CEILINGS,
                   "luthier": LUTHIER_CEILINGS, "shearing": SHEARING_CEILINGS,
                   "villagehall": VILLAGEHALL_CEILINGS, "dairy": DAIRY_CEILINGS,
                   "upholstery": UPHOLSTERY_CEILINGS, "divingschool": DIVINGSCHOOL_CEILINGS,
                   "roastery": ROASTERY_CEILINGS, "fencingclub": FENCINGCLUB_CEILINGS,
                   "schoolbus": SCHOOLBUS_CEILINGS, "hedgelaying": HEDGELAYING_CEILINGS,
                   "rafting": RAFTING_CEILINGS, "orienteering": ORIENTEERING_CEILINGS,
                   "scaffolding": SCAFFOLDING_CEILINGS, "philately": PHILATELY_CEILINGS,
                   "dogsled": DOGSLED_CEILINGS, "buskers": BUSKERS_CEILINGS,
                   "trufflehunt": TRUFFLEHUNT_CEILINGS, "canyoning": CANYONING_CEILINGS,
                   "organbuilder": ORGANBUILDER_CEILINGS,
                   "ferryterminal": FERRYTERMINAL_CEILINGS,
                   "wildfirecrew": WILDFIRECREW_CEILINGS, "icefishing": ICEFISHING_CEILINGS,
                   "sheepdairy": SHEEPDAIRY_CEILINGS,
                   "stringquartet": STRINGQUARTET_CEILINGS,
                   "caveguides": CAVEGUIDES_CEILINGS,
                   "bicyclecourier": BICYCLECOURIER_CEILINGS,
                   "rugbyclub": RUGBYCLUB_CEILINGS, "seedbank": SEEDBANK_CEILINGS,
                   "clocktower": CLOCKTOWER_CEILINGS, "hovercraft": HOVERCRAFT_CEILINGS,
                   "fossilclub": FOSSILCLUB_CEILINGS, "papermill": PAPERMILL_CEILINGS,
                   "llamatrek": LLAMATREK_CEILINGS, "gondola": GONDOLA_CEILINGS,
                   "hotspring": HOTSPRING_CEILINGS, "kelpfarm": KELPFARM_CEILINGS,
                   "rodeo": RODEO_CEILINGS, "tinsmith": TINSMITH_CEILINGS,
                   "pigeonracing": PIGEONRACING_CEILINGS, "bobsleigh": BOBSLEIGH_CEILINGS,
                   "maplesyrup": MAPLESYRUP_CEILINGS, "lidarsurvey": LIDARSURVEY_CEILINGS,
                   "bellows": BELLOWS_CEILINGS, "snowplough": SNOWPLOUGH_CEILINGS,
                   "watchtower": WATCHTOWER_CEILINGS, "puppetmaker": PUPPETMAKER_CEILINGS,
                   "roofers": ROOFERS_CEILINGS, "glidingclub": GLIDINGCLUB_CEILINGS,
                   "sushibar": SUSHIBAR_CEILINGS, "chairlift": CHAIRLIFT_CEILINGS,
                   "paramedics": PARAMEDICS_CEILINGS, "greenhouse": GREENHOUSE_CEILINGS,
                   "toyshop": TOYSHOP_CEILINGS, "textilemill": TEXTILEMILL_CEILINGS,
                   "opticians": OPTICIANS_CEILINGS, "bushcraft": BUSHCRAFT_CEILINGS,
                   "pipeband": PIPEBAND_CEILINGS, "gymnastics": GYMNASTICS_CEILINGS,
                   "beachhuts": BEACHHUTS_CEILINGS, "steelfab": STEELFAB_CEILINGS,
                   "wildliferescue": WILDLIFERESCUE_CEILINGS,
                   "calligraphy": CALLIGRAPHY_CEILINGS,
                   "florist": FLORIST_CEILINGS, "boatyard": BOATYARD_CEILINGS,
                   "yogaretreat": YOGARETREAT_CEILINGS, "vinylshop": VINYLSHOP_CEILINGS}
CORPORA = sorted(RECALL_FLOORS)
# (seclists' build drops what the other corpora hold: no generator test)
GENERATED = [c for c in CORPORA if c != "seclists"]


@pytest.fixture(scope="module")
def summaries(tmp_path_factory):
    """corpus -> its replay's summary. Every corpus is replayed through one
    edge when the first test asks (one start, not one per corpus); an
    item's id is prefixed with its corpus's name to tell them apart."""
    items = [{**it, "id": f"{corpus}.{it['id']}"}
             for corpus in CORPORA for it in cx.load(cx.CORPORA[corpus])]
    replayed, problems = ce.measure(tmp_path_factory.mktemp("corpora"), items=items)
    assert not problems, "\n".join(problems[:20])
    split = {corpus: {} for corpus in CORPORA}
    for placement, data in replayed[ce.CORPUS].items():
        for corpus in CORPORA:
            split[corpus][placement] = {"results": [], "rules": data["rules"],
                                        "seconds": data["seconds"]}
        for it, status in data["results"]:
            corpus = it["id"].split(".", 1)[0]
            split[corpus][placement]["results"].append((it, status))
    done = {corpus: ce.summarize({ce.CORPUS: by_placement})[ce.CORPUS]
            for corpus, by_placement in split.items()}
    return done.__getitem__


rate_of = cd.rate_of


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_request_answered(summaries, corpus):
    for placement, e in summaries(corpus).items():
        errors = sum(r["error"] for r in e["labels"].values())
        assert errors == 0, f"{placement}: {errors} without an answer or 5xx"


def below(rows, label, limits, too_far):
    """The categories of one placement whose rate is past its limit, each
    with its fraction ("ALL": every category of the label together)."""
    out = []
    for cat, limit in sorted(limits.items()):
        want = f"{label}:{cat}"
        rate, frac = rate_of(rows, (lambda k: k.startswith(f"{label}:")) if cat == "ALL"
                             else (lambda k, want=want: k == want))
        if too_far(rate, limit):
            out.append(f"{cat}: {frac} (limit {limit})")
    return out


# (one test per corpus and placement, every category in it: one per
# category was 13,700 tests, some 20 s of the suite in pytest's own
# bookkeeping; the message names each category past its limit)
@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("corpus", CORPORA)
def test_recall(summaries, corpus, placement):
    rows = summaries(corpus)[placement]["categories"]
    low = below(rows, "attack", RECALL_FLOORS[corpus], lambda rate, floor: rate < floor)
    assert not low, "; ".join(low)


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("corpus", CORPORA)
def test_benign(summaries, corpus, placement):
    rows = summaries(corpus)[placement]["categories"]
    high = below(rows, "benign", BENIGN_CEILINGS[corpus],
                 lambda rate, ceiling: rate > ceiling)
    assert not high, "; ".join(high)


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_category_is_measured(summaries, corpus):
    """A category added to a corpus gets a floor or a ceiling here."""
    cats = set(summaries(corpus)["query"]["categories"])
    assert {k.split(":", 1)[1] for k in cats if k.startswith("attack:")} \
        == set(RECALL_FLOORS[corpus]) - {"ALL"}
    assert {k.split(":", 1)[1] for k in cats if k.startswith("benign:")} \
        == set(BENIGN_CEILINGS[corpus]) - {"ALL"}


@pytest.mark.parametrize("corpus", GENERATED)
@pytest.mark.parametrize("name", ["make_benign.py", "make_attacks.py"])
def test_the_generators_write_the_files(tmp_path, corpus, name):
    """Each file is its generator's output, byte for byte."""
    import shutil
    import subprocess  # nosec B404 - runs the corpus generator, fixed argv
    import sys
    where = cx.CORPORA[corpus][0].parent
    # (both generators, and the benign file for the attacks one: an
    # attacks generator may import its benign one's values, or read the
    # file it wrote, to keep the two files apart)
    for gen in ("make_benign.py", "make_attacks.py"):
        if (where / gen).exists():
            shutil.copy(where / gen, tmp_path / gen)
    if name == "make_attacks.py":
        shutil.copy(where / "benign.jsonl", tmp_path / "benign.jsonl")
    subprocess.run([sys.executable, str(tmp_path / name)], check=True,  # nosec B603
                   capture_output=True)
    out = "benign.jsonl" if "benign" in name else "attacks.jsonl"
    assert (tmp_path / out).read_bytes() == (where / out).read_bytes()
