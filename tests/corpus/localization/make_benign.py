"""Held-out BENIGN corpus for the WAF: localization / translation-management platform.

Every value is text that translators, reviewers, developers and localization
managers type into ordinary fields of a translation management system: source
strings, translations, translator comments, glossary entries, style-guide notes,
QA check messages, resource keys and bundle paths, pasted resource-file fragments,
review discussions and translation-memory search queries.

All values are hand-written for this corpus (literals below) or produced by small
templates over hand-written pools.  Nothing is taken from a dataset, a payload list
or vendor documentation.  Output: benign.jsonl next to this file.

Python 3.11, standard library only, deterministic (fixed seed, no set ordering).
"""

import json
import random
from pathlib import Path

SEED = 6501
PER_CATEGORY = 80
ID_PREFIX = "hb65"

# ---------------------------------------------------------------------------
# Hand-written literals per category
# ---------------------------------------------------------------------------

SOURCE_STRING = [
    "You have {count, plural, one {# unread message} other {# unread messages}}",
    "Delete \"%s\"? This can't be undone.",
    "%1$s invited you to %2$s",
    "Hello %(first_name)s, your trial ends on %(date)s.",
    "Welcome back, %{name}!",
    "File {0} could not be opened: {1}",
    "Select all",
    "Drop files here or <a href=\"#\" class=\"browse\">browse</a>",
    "Press <kbd>Ctrl</kbd> + <kbd>S</kbd> to save",
    "Sleep mode turns on after {minutes} min of inactivity",
    "Sort by: Name (A–Z) | Date | Size",
    "Terms & Conditions",
    "Price: $%.2f / month",
    "{user} replied to your comment on \"{title}\"",
    "Drop table “{table}”? All {rows, number} rows will be permanently deleted.",
    "Upload failed (%d%% complete). Retry?",
    "Line %d, column %d: unexpected '%c'",
    "Use a semicolon (;) to separate multiple e-mail addresses.",
    "Path must be absolute, e.g. /home/user/projects",
    "Your password must be at least {min} characters & contain a number.",
    "Execute script on startup",
    "Show alerts for: {severity, select, high {critical issues only} other {all issues}}",
    "{gender, select, female {She} male {He} other {They}} liked your photo.",
    "Showing {start}–{end} of {total}",
    "Last synced %s ago\nTap to refresh",
    "Copy link & share",
    "< Back",
    "Next >",
    "Boolean operations: Union, Subtract, Intersect, Exclude",
    "Invalid value for field '%s': expected a number between %d and %d",
    "Searching… (press Esc to stop)",
    "System settings",
    "Where did you hear about us?",
    "Order by date (newest first)",
    "Couldn't connect to {server}. Check your network and try again.",
    "It's {time} in {city} right now",
    "{count, plural, =0 {No files} one {One file} other {# files}} selected",
    "Use {{double braces}} to insert a variable into your email template.",
    "Enter a cron expression, e.g. */15 * * * *",
    "Paste your SSH public key (starts with ssh-ed25519 or ssh-rsa)",
    "Comment lines start with # or //",
    "Match case | Whole word | Regex",
    "Save as…  (⇧⌘S)",
    "%@ wants to send you notifications",
    "Downloaded %lld of %lld items",
    "Battery at %d%%. Connect charger.",
    "The value 'null' is not allowed here.",
    "Version %1$s (build %2$d) — what's new",
    "Exit without saving?",
    "Enter a value where 0 < value < 100",
    "Don't show this again",
    "File integrity alert: {path} was modified outside a maintenance window",
    "Kill switch: block all traffic when the VPN drops",
    "Run `flowdesk sync --dry-run` first to preview changes.",
    "Rock 'n' roll playlist — {count} songs",
]

TRANSLATION = [
    "Vous avez {count, plural, one {# message non lu} other {# messages non lus}}",
    "Supprimer « %s » ? Cette action est irréversible.",
    "%2$s に %1$s さんから招待されました",
    "Hallo %(first_name)s, Ihre Testphase endet am %(date)s.",
    "¡Bienvenido de nuevo, %{name}!",
    "Die Datei {0} konnte nicht geöffnet werden: {1}",
    "Seleccionar todo",
    "Dateien hierher ziehen oder <a href=\"#\" class=\"browse\">durchsuchen</a>",
    "Нажмите <kbd>Ctrl</kbd> + <kbd>S</kbd>, чтобы сохранить",
    "Prix : %.2f $ / mois",
    "{user} a répondu à votre commentaire sur « {title} »",
    "لديك {count, plural, zero {لا رسائل} one {رسالة واحدة} two {رسالتان} few {# رسائل} many {# رسالة} other {# رسالة}}",
    "למחוק את \"%s\"? לא ניתן לבטל פעולה זו.",
    "显示第 {start}–{end} 条，共 {total} 条",
    "{server}에 연결할 수 없습니다. 네트워크를 확인한 후 다시 시도하세요.",
    "{count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}",
    "L'utente %s ha eliminato l'elemento",
    "Não mostrar novamente",
    "Dosya yüklenemedi (%%%d tamamlandı). Tekrar denensin mi?",
    "Επιλογή όλων",
    "บันทึกเป็น…",
    "{count} फ़ाइलें चुनी गईं",
    "Weet je zeker dat je tabel “{table}” wilt verwijderen? Alle {rows, number} rijen worden gewist.",
    "Sömnläge aktiveras efter {minutes} min inaktivitet",
    "Käytä puolipistettä (;) erottamaan useat sähköpostiosoitteet.",
    "Attention : le chemin doit être absolu ; par exemple /home/utilisateur/projets",
    "Systemeinstellungen",
    "Operaciones booleanas: Unión, Diferencia, Intersección, Exclusión",
    "スクリプトを起動時に実行する",
    "Bạn có chắc muốn thoát mà không lưu?",
    "Zobrazit upozornění pro: {severity, select, high {pouze kritické problémy} other {všechny problémy}}",
    "Остання синхронізація %s тому\nТоркніться, щоб оновити",
    "رمز عبور باید حداقل {min} نویسه و شامل یک عدد باشد.",
    "Salin tautan & bagikan",
    "{gender, select, female {Elle a aimé} male {Il a aimé} other {Iel a aimé}} votre photo.",
    "Ungültiger Wert für das Feld „%s“: erwartet wird eine Zahl zwischen %d und %d",
    "Versão %1$s (compilação %2$d) — novidades",
    "Не удалось подключиться к {server}. Проверьте сеть и повторите попытку.",
    "Introduce una expresión cron, p. ej. */15 * * * *",
    "%@ が通知の送信を求めています",
    "已下載 %1$lld／%2$lld 個項目",
    "Nu s-a putut conecta la „{server}”.",
    "Válassza ki a(z) %s fájlt",
    "L'usuari «%s» s'ha unit al projecte",
    "Impossible d'ouvrir l'URL : %s",
    "¿Dónde nos conociste?",
    "Rodoma {start}–{end} iš {total}",
    "{count} கோப்புகள் தேர்ந்தெடுக்கப்பட்டன",
    "ترتیب بلحاظ: نام | تاریخ | سائز",
    "Änderungen nicht gespeichert.\nMöchtest du die Seite trotzdem verlassen?",
    "{name}님, 다시 오신 것을 환영합니다!",
    "🎉 Glückwunsch, %{name}! Du hast %{count} Punkte gesammelt.",
    "Vilkår & betingelser",
    "Heslo musí mať aspoň {min} znakov a obsahovať číslo.",
    "Изврши скрипту при покретању",
    "ব্যাটারি %d%%। চার্জার সংযুক্ত করুন।",
    "تم حفظ الملف ‏{file_name}‏ بنجاح",
    "Αποθήκευση αλλαγών;",
]

TRANSLATOR_COMMENT = [
    "Button label. Keep it under 12 characters; it sits in a toolbar on mobile.",
    "%s is the file name, e.g. \"Q3 report.xlsx\". Don't translate it.",
    "'Drop' here means drag-and-drop, not deleting. German: „Ablegen“, not „Löschen“.",
    "Shown as a toast after the user hits Save. {count} is always ≥ 1.",
    "Noun, not verb: an 'alert' is the notification banner at the top of the screen.",
    "Do not translate the text inside <code>…</code> – it's a CLI flag (--force).",
    "The <b> tags must stay around the product name; reorder them freely.",
    "'Union' refers to the shape operation in the vector editor (like Boolean OR), not a trade union.",
    "Placeholder %1$s = sender's display name, %2$s = workspace name. You may swap their order.",
    "Context: option in the 'Sort by' dropdown (a <select> element). Max 20 chars.",
    "'Execute' as in running a workflow step. In FR « exécuter » is fine.",
    "Appears in the system tray when the app goes to sleep; 'sleep' = standby.",
    "The string is concatenated with the user's name, so keep a trailing space: 'Hi, '. Yes, we know, it's a bug (LOC-412).",
    "Do not escape the apostrophe; the JSON loader handles it. Previously we had \\' and it showed up literally in the UI.",
    "%% is a literal percent sign. Don't remove the double %%.",
    "Legal text – must be reviewed by the legal team before release. Don't paraphrase.",
    "Label next to the password field. In Japanese use パスワード, not 暗証番号 (that's for PINs).",
    "{0} = number of minutes. Plural handled by <plurals>, so only the 'other' form is here.",
    "Please keep the line break (\\n) – the second line is shown in grey.",
    "The URL https://help.example.com/{lang}/billing must keep {lang}; we replace it at runtime.",
    "Tooltip on the trash-can icon. 'Bin' in en-GB, 'Trash' in en-US.",
    "Keep the ellipsis character (…) rather than three dots; VoiceOver reads them differently.",
    "Ends with a colon because a value follows: 'Status: Active'. French needs a narrow nbsp before ':'.",
    "Brand name 'FlowDesk' is never translated and never declined (no 'FlowDesku' in Polish, please).",
    "In 'Drop table {name}' the word 'table' means a database table — this is the admin console.",
    "Used in an email subject, so no HTML. Max ~60 chars or Gmail truncates it.",
    "The path /var/log/flowdesk/ is shown to admins; leave it as is.",
    "{gender} comes from the user profile (female|male|other). Please provide all three variants.",
    "$AMOUNT is replaced by the formatted price incl. currency, e.g. '12,99 €' or '$12.99'.",
    "Emoji are part of the string – keep 🚀 at the end.",
    "Screenshot: https://screens.example.com/onboarding/step-3.png (the 'Skip' link bottom left).",
    "We call printf(\"%d items\", n) here, so the order is fixed – no %1$d support on this platform.",
    "Watch out: 'Home' is the home screen, not a house. Chinese: 首页.",
    "Appears in a CSV export header; avoid commas and semicolons, Excel in DE/FR uses ';' as separator.",
    "Shortcut hint. Mac: ⌘K, Windows/Linux: Ctrl+K. Don't translate the key names.",
    "'System' = operating-system theme (light/dark follows the OS).",
    "Max 2 lines on iPhone SE. Test with the pseudo-locale en-XA before submitting.",
    "This regular expression is shown in the help text: ^[A-Z]{2}-\\d{4}$. Keep it byte-for-byte.",
    "The word 'script' here is a handwriting style (font category), not code.",
    "'Where' starts the filter sentence builder: Where [field] [is] [value]. Keep it short.",
    "Plural categories for ru: one/few/many/other. The tool shows all four; fill them in.",
    "Do NOT localize the date pattern yyyy-MM-dd in this string; it's an API format.",
    "{path} is a file path such as /etc/passwd or C:\\Windows\\System32\\drivers\\etc\\hosts; never translate it.",
    "Keep the HTML entity &nbsp; between the number and the unit.",
    "The string is used inside a <button>, so no block-level tags.",
    "'Exit' = leave the app. On iOS we say 'Close' instead; see key ios.menu.close.",
    "Ask in #loc-questions on Slack if unsure. Don't guess for legal strings!",
    "Hint text inside an empty search box; lowercase is intentional.",
    "{{count}} uses i18next double braces – keep both braces.",
    "${user.name} is resolved by our mail templating engine; do not add spaces inside the braces.",
    "'Kill switch' is the VPN feature that cuts traffic; Spanish team used «interruptor de emergencia».",
    "Text between backticks (`flowdesk sync`) is a shell command. Leave it exactly as is.",
]

GLOSSARY_ENTRY = [
    "workspace (n.) → de: Arbeitsbereich; fr: espace de travail; ja: ワークスペース",
    "drop (v., drag & drop) → es: soltar | NOT: eliminar",
    "FlowDesk — brand name, do not translate, do not decline",
    "sign in / sign out → pt-BR: entrar / sair (never 'logar')",
    "select (v.) → it: selezionare; select (n., dropdown) → menu a discesa",
    "script (n., automation) → fr: script ; script (n., typography) → écriture",
    "alert (n.) → de: Warnung; alert (v.) → benachrichtigen",
    "union (geometry) → zh-CN: 并集; union (organisation) → 工会",
    "execute → ru: выполнить (not «казнить»!)",
    "sleep mode → ja: スリープモード",
    "passphrase → fr: phrase secrète; password → mot de passe; PIN → code PIN",
    "e-mail vs email: 'E-Mail' in de-DE, 'courriel' in fr-CA, 'e-mail' in fr-FR",
    "cookie (web) → keep English in all locales except fr-CA: « témoin »",
    "dashboard → es-ES: panel; es-MX: tablero",
    "Terms & Conditions → de: AGB (Allgemeine Geschäftsbedingungen)",
    "checkbox → ko: 체크박스; radio button → 라디오 버튼",
    "root (user) → keep 'root' in every locale",
    "null → leave as 'null' in code samples; in prose: 'empty' / 'leer' / 'vide'",
    "<kbd>Enter</kbd> → fr: <kbd>Entrée</kbd>, de: <kbd>Eingabe</kbd>",
    "& (ampersand) in titles → spell out 'and' in ja/zh, keep '&' in de/fr",
    "tenant (SaaS) → pl: dzierżawca ✗ / najemca ✗ / organizacja ✓",
    "token (API) → keep 'token'; 'jeton' only in fr-CA",
    "shell → he: מעטפת; command line → שורת פקודה",
    "drop-down → ar: قائمة منسدلة",
    "bucket (storage) → tr: kova ✗ → 'bucket' (loanword) ✓",
    "admin → hi: व्यवस्थापक",
    "log in (v.) vs login (n.) — fr: se connecter / identifiant",
    "kill (a process) → de: beenden; avoid „töten“",
    "master/slave → deprecated; use primary/replica in all locales",
    "whitelist/blacklist → allowlist/denylist; de: Zulassungsliste/Sperrliste",
    "cancel → zh-TW: 取消; abort → 中止",
    "sync (v.) → nl: synchroniseren; sync (n.) → synchronisatie",
    "Shared with me → sv: Delat med mig",
    "Wi‑Fi (non-breaking hyphen U+2011!) → keep as is",
    "%s GB → fr: %s Go ; cs: %s GB",
    "Archive (v.) → el: Αρχειοθέτηση; Archive (n.) → Αρχείο",
    "OAuth, SSO, SAML, 2FA — acronyms, never translate",
    "mute / unmute → th: ปิดเสียง / เปิดเสียง",
    "upload → vi: tải lên; download → tải xuống",
    "invoice → id: faktur; receipt → kuitansi / struk",
    "$ prices → always use the currency code in tables: USD, EUR, JPY",
    "backslash (\\) → de: umgekehrter Schrägstrich / Backslash (both OK)",
    "wildcard (*) → es: comodín",
    "pipe (|) character → fr: barre verticale",
    "home directory (~/) → ja: ホームディレクトリ",
    "path → leave paths untranslated: C:\\Users\\<Name>\\Documents stays as is",
    "Trash / Bin → en-GB: Bin; de: Papierkorb; fr: Corbeille",
    "SELECT, WHERE, JOIN (SQL keywords) → never translate keywords in code samples",
    "eval (HR module, 'performance eval') → use 'review'; 'eval' is dev slang",
    "exec (executive, marketing copy) → de: Führungskraft",
    "kill switch → es: interruptor de emergencia; de: Notausschalter",
    "dry run → fr: simulation ; de: Testlauf",
    "cron job → keep 'cron' ; ja: cron ジョブ",
]

STYLE_NOTE = [
    "de-DE: Use informal 'du' throughout the app, but 'Sie' in legal texts and invoices.",
    "fr-FR: Insert a narrow no-break space (U+202F) before ; : ! ? and inside « guillemets ».",
    "ja-JP: Use です/ます form. No spaces between full-width and half-width characters, except around placeholders like {name}.",
    "es: Use inverted marks ¿? and ¡! at the start of questions and exclamations.",
    "Numbers: 1,234.56 (en-US) → 1.234,56 (de-DE) → 1 234,56 (fr-FR) → 1’234.56 (de-CH)",
    "Dates: never hard-code MM/DD/YYYY; use the locale's short format (e.g. dd.MM.yyyy for de).",
    "Capitalization: Title Case for en-US buttons; sentence case for everything else. Other locales: sentence case always.",
    "Quotation marks: en “…”, de „…“, fr « … », ja 「…」, pl „…”, sv ”…”",
    "Apostrophe: use ’ (U+2019) in prose, but keep ' (U+0027) inside code samples.",
    "Ellipsis: one character … not three dots ... ; in ja use …… (two).",
    "Don't use & in running text; 'and' reads better. Exception: fixed labels like 'Terms & Conditions'.",
    "Avoid the slash for alternatives ('he/she'); in de use neutral forms like 'Nutzende'.",
    "ar: Write digits as Western Arabic (0-9) in the UI, not Eastern Arabic (٠-٩), per product decision 2023-04.",
    "he/ar: Don't mirror arrow icons manually; the layout engine flips '<' and '>' chevrons automatically with dir=\"rtl\".",
    "zh-CN: Use full-width punctuation （，。：；！？） in Chinese text, half-width inside code/URLs.",
    "ko: Use 하십시오체 for system messages and 해요체 for marketing copy.",
    "pt-BR vs pt-PT: 'arquivo' vs 'ficheiro', 'tela' vs 'ecrã' – don't mix.",
    "ru: Avoid ё except where ambiguity is possible (все/всё).",
    "Truncation: if a translation exceeds the limit by >20%, flag it with #too-long instead of abbreviating.",
    "Placeholders: never translate, never reorder inside a single {…} block, never add spaces like { name }.",
    "Units: use SI; 5 km, 10 °C, but 90° for angles.",
    "Currency: 12,99 € in de/fr/es; €12.99 in en-IE; 12,99 EUR in tables.",
    "Tone: friendly but not cute. No 'Oops!' in error messages – say what happened and what to do.",
    "Error messages: <what went wrong>. <what the user can do>. Example: 'Couldn't save. Check your connection and try again.'",
    "Don't use 'please' more than once per screen. In ja, ください is fine.",
    "Line breaks: keep \\n where the source has it; don't add new ones, the UI wraps automatically.",
    "Keyboard keys: write them as <kbd>Ctrl</kbd>+<kbd>C</kbd>; macOS symbols ⌘ ⌥ ⇧ ⌃ are fine.",
    "de: Use soft hyphens (&shy;) in long compounds inside narrow buttons, e.g. Benachrichtigungs&shy;einstellungen.",
    "tr: Mind the dotted/dotless i when upper-casing: i → İ, ı → I. Never rely on CSS text-transform for Turkish.",
    "nl: 'Annuleren', not 'Cancel'; anglicisms only if they are in the glossary.",
    "de: The colon form 'Nutzer:innen' is for marketing only; the UI uses neutral nouns.",
    "hi: Use Latin digits 0–9, not Devanagari digits, per product decision.",
    "th: No spaces between words, but use a space as the sentence separator.",
    "Lists: serial (Oxford) comma in en-US: 'files, folders, and links'; none in en-GB.",
    "Times: 24-hour clock everywhere except en-US, en-CA, en-AU and hi-IN (h:mm a).",
    "Email addresses and URLs stay as-is: support@example.com, https://status.example.com.",
    "Use the imperative for buttons: 'Save', 'Speichern', 'Enregistrer' – not 'Saving' or 'Save it'.",
    "it: Elided articles take an apostrophe without space: l'utente, dell'account, all'indirizzo.",
    "pl: 1 plik, 2–4 pliki, 5–21 plików, 22–24 pliki. Fill all one/few/many/other slots.",
    "Brackets: avoid nested parentheses ((like this)); rewrite the sentence instead.",
    "fr-CA differs from fr-FR: 'courriel', 'clavardage', 'magasiner' — see /docs/style/fr-CA.md",
    "Avoid idioms: 'piece of cake', 'hit the ground running', 'ballpark figure' don't travel.",
    "Don't translate text between backticks `like_this` – it's code.",
    "Emoji: keep the source emoji; don't add new ones. 👍 can be rude in some regions — flag it if in doubt.",
    "ar: Use the Arabic comma ، and question mark ؟ in Arabic text.",
    "uk: Use the Ukrainian apostrophe ʼ (U+02BC) in words like пʼять; no straight quotes.",
    "es-419 vs es-ES: 'computadora' vs 'ordenador'; use 'ustedes', never 'vosotros', in es-419.",
    "de: Compounds with product names take a hyphen: FlowDesk-Konto, not FlowDesk Konto.",
    "el: The Greek question mark is ';' (U+037E looks identical) — never replace it with '?'.",
    "All locales: 'Select all' / 'Deselect all' must be a pair; keep both equally short.",
    "Code samples in help articles (SQL, shell, JSON) are never translated; only the comments around them.",
    "vi: Keep all diacritics; 'Tiếng Việt' without marks is a bug, not a style choice.",
]

QA_MESSAGE = [
    "Placeholder mismatch: source has %1$s, %2$s; translation has %1$s only.",
    "Missing ICU plural category 'few' for locale pl.",
    "Unbalanced tag: <b> opened at position 14 but never closed.",
    "Translation is 43% longer than source (limit 30%).",
    "Trailing whitespace differs: source ends with ' ', translation doesn't.",
    "Double space detected: \"Datei  speichern\"",
    "Inconsistent translation: 'workspace' → 'Arbeitsbereich' (12×) vs 'Workspace' (3×).",
    "Forbidden term: 'eliminar' should be 'soltar' (glossary: drop, drag & drop).",
    "Number mismatch: source contains 24, translation contains 42.",
    "URL changed: https://help.example.com/en/billing → https://help.example.com/de/billing (allowed by rule 'lang-in-url').",
    "Escaped quote lost: source has \\\" but translation has \".",
    "Punctuation mismatch: source ends with '?', translation ends with '؟' (ignored for ar).",
    "Unknown placeholder {nmae} — did you mean {name}?",
    "Newline count differs: source 1 (\\n), translation 0.",
    "ICU syntax error at offset 37: expected '}' but found 'other'.",
    "Printf type mismatch: %d in source, %s in translation.",
    "XML not well-formed: '&' must be escaped as &amp; in strings.xml (line 218).",
    "Apostrophe not escaped for Android: use \\' or wrap the whole text in double quotes.",
    "Java MessageFormat: single quote must be doubled ('') — found \"l'utente\" next to {0}.",
    "Character limit exceeded: 27 > 20 (key: app.toolbar.export).",
    "Untranslated: translation is identical to source (\"OK\"). Mark as 'same as source' if intended.",
    "Spelling (hunspell de_DE): 'Einstelungen' → Einstellungen?",
    "Tag order changed: <g id=\"1\"> and <g id=\"2\"> swapped (allowed).",
    "Possible mistranslation: source 'Drop' translated as 'Löschen' (delete) — check context.",
    "Non-breaking space missing before ':' in fr-FR.",
    "Repeated word: 'the the' at position 58.",
    "Bidi control characters present (U+200F RLM ×2) — OK for ar/he, please verify rendering.",
    "Markdown link broken: [Hilfe](https://help.example.com/de/ (missing ')').",
    "Emoji differs: source has 🚀, translation has none.",
    "Mixed scripts: Latin 'o' (U+006F) inside Cyrillic word 'пoльзователь'.",
    "CDATA section modified in translation: <![CDATA[<b>%s</b>]]>.",
    "HTML entity mismatch: &nbsp; (source) vs U+00A0 (translation) — equivalent, ignored.",
    "ru plural 'one' has no # or {count}, but 'one' also covers 21, 31, 41 … Please add #.",
    "Key app.settings.title: 3 locales missing (he, th, vi).",
    "Segment 1842 locked (100% TM match, context match) — edits require the reviewer role.",
    "Source changed since translation (hash 9f2c…e41a → 0b7d…13c9). Re-review needed.",
    "Suspicious: translation contains a line break written as '/n' instead of '\\n'.",
    "Length check skipped: no max length defined for res/values/strings.xml → <string name=\"onboarding_body\">.",
    "File locales/pt-BR.json: duplicate key 'checkout.total' on lines 88 and 141.",
    "Invalid JSON after export: unexpected token } in locales/fr.json at line 12 column 3.",
    "gettext: msgstr[2] missing for ru (nplurals=3).",
    "Terminology: 'Sign in' should be 'Anmelden', found 'Einloggen' (2 segments).",
    "Whitespace: translation starts with U+3000 (ideographic space).",
    "Code sample detected (SELECT … FROM …): content inside <code> must match the source exactly.",
    "Ignored by user jmüller: 'Capitalisation mismatch' on 'iPhone'.",
    "Pseudo-localization: [!!! Ŝéţţîñĝš !!!] exceeded container width on screen Settings → General.",
    "Sensitive-terms list: 'Execute order' contains 'execute'; consider 'Run'.",
    "Variables in %(name)s format found but translation uses {name} — mixed syntax.",
    "Rails i18n: %{count} missing in translation of 'errors.messages.too_long'.",
    "Fluent: variant key *[other] missing in 'files-selected' (de).",
    "Leading space removed: source ' — {author}' starts with a space, translation '— {author}' doesn't.",
    "Kill switch string truncated on watchOS (18/14 chars).",
]

RESOURCE_REF = [
    "app.settings.title",
    "res/values-de/strings.xml",
    "locales/fr.json",
    "config/locales/pt-BR.yml",
    "Resources/ja.lproj/Localizable.strings",
    "src/main/resources/messages_zh_TW.properties",
    "po/ru.po",
    "locale/{lang}/LC_MESSAGES/django.po",
    "res/values-b+sr+Latn/strings.xml",
    "res/values-iw/strings.xml",
    "checkout.payment.error.card_declined",
    "errors.messages.too_long",
    "onboarding_step_3_body",
    "NSCameraUsageDescription",
    "InfoPlist.strings → CFBundleDisplayName",
    "/srv/l10n/projects/flowdesk/main/locales/de-DE.json",
    "C:\\Projects\\FlowDesk\\Resources\\Strings.de-DE.resx",
    "apps/web/public/locales/es-419/common.json",
    "messages.de.xlf → trans-unit id=\"nav.home\"",
    "lang/ar/validation.php → 'required'",
    "translations/messages+intl-icu.fr.yaml",
    "assets/i18n/ko.arb",
    "lib/l10n/app_en.arb → @@locale",
    "src/locales/zh-Hans/translation.json#/settings/notifications/title",
    "../shared/locales/en.json",
    "../../i18n/de/common.ftl",
    "menu.file.save_as",
    "dialog.confirm_delete.body",
    "email.welcome.subject",
    "push.order_shipped.title",
    "ios.menu.close",
    "settings.privacy.select_all",
    "admin.db.drop_table.confirm",
    "editor.shapes.union",
    "notifications.alert.critical",
    "scheduler.job.execute_now",
    "power.sleep_after_minutes",
    "auth.password_reset.email_body",
    "Main.storyboard → 8fK-2a-xQz.title",
    "res/values-zh-rTW/strings.xml",
    "src/app/[locale]/page.tsx",
    "public/locales/{{lng}}/{{ns}}.json",
    "~/projects/flowdesk-i18n/crowdin.yml",
    "/home/ci/build/app/src/main/res/values-ar/strings.xml",
    "gs://flowdesk-l10n-exports/2024-05-17/de.zip",
    "https://github.com/example-org/flowdesk/blob/main/locales/fr.json#L42",
    "Localizable.stringsdict → files_selected",
    "Resources/Base.lproj/Main.strings",
    "web/src/i18n/fr-CA/*.json",
    "locales/**/*.json",
    "packages/ui/src/components/DatePicker/locales/he.ts",
    "app/src/main/res/values-hi/strings.xml:58",
    "translations/fr_FR/LC_MESSAGES/messages.mo",
    "D:\\loc\\handoff\\2024-Q2\\ja-JP\\ui_strings.xlsx",
    "vpn.kill_switch.description",
]

FILE_FRAGMENT = [
    "msgid \"Delete %s?\"\nmsgstr \"%s löschen?\"",
    "msgid \"One file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d файл\"\nmsgstr[1] \"%d файла\"\nmsgstr[2] \"%d файлов\"",
    "#: src/editor/shapes.py:212\n#, python-format\nmsgid \"Union of %(count)d shapes\"\nmsgstr \"Unión de %(count)d formas\"",
    "<string name=\"welcome_back\">Welcome back, %1$s!</string>",
    "<string name=\"terms\">Terms &amp; Conditions</string>",
    "<string name=\"dont_show\">Don\\'t show this again</string>",
    "<plurals name=\"files_selected\">\n    <item quantity=\"one\">%d file selected</item>\n    <item quantity=\"other\">%d files selected</item>\n</plurals>",
    "\"welcome_title\" = \"Willkommen, %@!\";",
    "/* Title of the alert shown when sync fails */\n\"sync_failed.title\" = \"Synchronisierung fehlgeschlagen\";",
    "{\n  \"settings\": {\n    \"title\": \"Paramètres\",\n    \"select_all\": \"Tout sélectionner\"\n  }\n}",
    "\"checkout.total\": \"Total : {amount}\"",
    "es:\n  errors:\n    messages:\n      too_long: \"es demasiado largo (el máximo es %{count} caracteres)\"",
    "greeting=Hallo {0}, du hast {1,number,integer} neue Nachrichten.",
    "confirm.delete=L''elemento {0} verrà eliminato.",
    "nav.home=\\u30DB\\u30FC\\u30E0",
    "<trans-unit id=\"nav.home\" xml:space=\"preserve\">\n  <source>Home</source>\n  <target state=\"translated\">Startseite</target>\n</trans-unit>",
    "<source>Click <g id=\"1\">here</g> to <g id=\"2\">reset</g> your password.</source>",
    "<target>Klicken Sie <g id=\"1\">hier</g>, um Ihr Passwort <g id=\"2\">zurückzusetzen</g>.</target>",
    "<tu tuid=\"42\">\n  <tuv xml:lang=\"en\"><seg>Save changes?</seg></tuv>\n  <tuv xml:lang=\"ja\"><seg>変更を保存しますか？</seg></tuv>\n</tu>",
    "<x id=\"INTERPOLATION\" equiv-text=\"{{ userName }}\"/> hat dich eingeladen",
    "files-selected = { $count ->\n    [one] { $count } Datei ausgewählt\n   *[other] { $count } Dateien ausgewählt\n}",
    "\"files_selected\": \"{count, plural, one {# archivo seleccionado} other {# archivos seleccionados}}\"",
    "<data name=\"SaveButton\" xml:space=\"preserve\">\n  <value>Speichern</value>\n  <comment>Button, max 12 chars</comment>\n</data>",
    "\"@@locale\": \"ko\",\n\"appTitle\": \"플로우데스크\",\n\"@appTitle\": {\"description\": \"Title of the app\"}",
    "'required' => 'Le champ :attribute est obligatoire.',",
    "<?php\nreturn [\n    'welcome' => 'Bienvenue, :name !',\n];",
    "<note from=\"developer\">%s is a file name</note>",
    "msgctxt \"menu\"\nmsgid \"Exit\"\nmsgstr \"Beenden\"",
    "#, fuzzy\n#| msgid \"Delete file\"\nmsgid \"Delete files\"\nmsgstr \"Dateien löschen\"",
    "\"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"",
    "\"Content-Type: text/plain; charset=UTF-8\\n\"",
    "<string name=\"price_fmt\">%1$s\\u00A0€</string>",
    "<string name=\"share_hint\"><![CDATA[Tap <b>Share</b> &gt; <i>Copy link</i>]]></string>",
    "\"NSCameraUsageDescription\" = \"Die Kamera wird zum Scannen von QR-Codes verwendet.\";",
    "<key>NSStringLocalizedFormatKey</key>\n<string>%#@files@</string>",
    "en:\n  hello: \"Hello world\"\n  date:\n    formats:\n      short: \"%b %d\"",
    "[de]\nsave = Speichern\ncancel = Abbrechen\nquit = Beenden",
    "msgid \"\"\n\"Your session will expire in %d minutes. Save your work \"\n\"to avoid losing changes.\"\nmsgstr \"\"\n\"Deine Sitzung läuft in %d Minuten ab. Speichere deine Arbeit, \"\n\"um keine Änderungen zu verlieren.\"",
    "<string-array name=\"sort_options\">\n  <item>Name (A–Z)</item>\n  <item>Datum</item>\n  <item>Größe</item>\n</string-array>",
    "STRINGTABLE\nBEGIN\n    IDS_APP_TITLE  \"FlowDesk\"\n    IDS_SAVE       \"&Speichern\"\nEND",
    "<message>\n    <source>&amp;File</source>\n    <translation>&amp;Datei</translation>\n</message>",
    "{count, plural, offset:1 =0 {Nobody} =1 {{name}} one {{name} and # other} other {{name} and # others}}",
    "export default {\n  greeting: (name: string) => `Hola, ${name}`,\n};",
    "<label for=\"email\">{{ $t('form.email') }}</label>",
    "{% trans \"Welcome back\" %} {{ user.first_name }}",
    "{% blocktrans count counter=list|length %}There is {{ counter }} item.{% plural %}There are {{ counter }} items.{% endblocktrans %}",
    "<FormattedMessage id=\"cart.items\" defaultMessage=\"{n, plural, one {# item} other {# items}}\" values={{ n: items.length }} />",
    "t('errors.network', { defaultValue: 'Network error – try again' })",
    "_(\"Drop files to upload\")",
    "NSLocalizedString(@\"select_all\", @\"Menu item: select every row\")",
    "getString(R.string.welcome_back, userName)",
    "I18n.t(\"checkout.total\", amount: number_to_currency(total))",
    "<string name=\"vpn_kill_switch\">Kill Switch</string>\n<string name=\"vpn_kill_switch_summary\">Blockiert den Datenverkehr, wenn die VPN-Verbindung abbricht</string>",
]

REVIEW_COMMENT = [
    "I'd go with „Ablegen“ instead of „Löschen“ here — 'drop' is drag & drop, see the screenshot.",
    "@marta the {count} placeholder got lost in the pl 'few' form; can you re-add it?",
    "Agree with Kenji. 「スクリプト」 is fine; devs won't read it as a typeface.",
    "Too long for the button (27 chars > 20). Suggest: 'Alle auswählen' → 'Alle'?",
    "Reverted my change — the legal team wants the exact wording from the PDF (section 4.2).",
    "Why is there a <br/> in the middle of the sentence? In ar the break lands between the number and the noun.",
    "LGTM 👍 except line 12: 'l’utente' must use the straight apostrophe because the Java loader needs ''.",
    "Can we drop the exclamation mark? In de it sounds like shouting: „Gespeichert!“ → „Gespeichert“.",
    "Is 'Union' the union of shapes or of sets? The dev says shapes (boolean op), so 并集 is correct.",
    "Don't translate the SQL sample in the help article, it's code:\nSELECT name, email FROM users WHERE active = 1;\nOnly the sentence above it needs translating.",
    "Fixed in v3: the %% was being doubled to %%%% by the export script.",
    "'exécuter' is fine for FR; the concern about 'execute' only applies to EN marketing copy.",
    "'Sleep' in the power menu → ru «Спящий режим», not «Сон». Changed in 14 segments.",
    "Please don't add spaces inside ICU braces: {count, plural, one {…}} not { count , plural … }.",
    "The screenshot shows the text cut off: 'Benachrichtigungseinst…'. Use the soft hyphen?",
    "+1 to Amira. For he we use the slash form התחבר/י until the gendered UI ships.",
    "Q for dev: is {0} a number of days or a date? It changes the case ending in fi (… päivän päästä / … mennessä).",
    "'Drop table {name}?' — 'table' as in DB table; I first read it as furniture 🙈 ('Tisch'). Fixed to 'Tabelle'.",
    "Moved <g id=\"2\"> before the verb; Japanese word order needs it: <g id=\"2\">リセット</g>する",
    "Why does the source say 'e-mail' here and 'email' on the next screen? Raised LOC-981.",
    "Checked with the PM: 'Alert' = the red banner. Using «Предупреждение» everywhere now.",
    "Typo in source: 'recieve' → 'receive'. Translators, no need to copy the typo 😉",
    "In pt-BR 'deletar' is colloquial; please use 'excluir' per glossary.",
    "Korean review: spacing (띄어쓰기) fixed in 8 segments.",
    "This line broke the build: msgstr had an unescaped \" in it. Escaped it as \\\".",
    "Good catch, the path /usr/share/flowdesk/locale should not be translated. Reverted.",
    "Please keep 'C:\\Program Files\\FlowDesk' — Windows only localizes that folder name in Explorer, not in the real path.",
    "Not sure about 'Salir' vs 'Cerrar sesión' for 'Sign out' — the first one means 'exit'.",
    "French: « Êtes-vous sûr(e) ? » → let's avoid (e); use « Voulez-vous vraiment … ? »",
    "The Arabic 'two' form is missing; 'other' is used for 2 which reads wrong: ملفان vs ٢ ملفات.",
    "Approved. Minor: 'sync' → 'synchronisieren' in the tooltip, 'Sync' stays on the button (space).",
    "We have 3 different translations of 'workspace' in sv: arbetsyta / arbetsområde / workspace. Let's pick 'arbetsyta'.",
    "Reminder: strings with <a href=\"…\"> must keep the href untouched — someone translated the URL to /hilfe/.",
    "Is it OK to use 'ты' in ru? The style guide says informal, but the legal text uses 'вы'.",
    "The source has 'Select' twice with different meanings (verb/noun). Can devs split the key? #loc-questions",
    "Hindi review done: 42/45 approved, 3 rejected (%1$s/%2$s swapped incorrectly).",
    "Vietnamese diacritics got stripped in the CSV export (Tiếng Việt → Ti?ng Vi?t). Encoding issue, not translation.",
    "Can we use 'Papierkorb' for 'Trash' on macOS too? Apple uses it as well.",
    "Should '& more' become '& mehr' or 'und mehr'? Style guide says no & in running text.",
    "Zoe: 'Exit' and 'Quit' both → '終了'? Konrad: yes on macOS, but Windows uses '閉じる' for the window.",
    "the 'kill' in 'kill switch' → 'Notausschalter' sounds better than 'Kill-Switch' imo",
    "TM suggested 'Drop-down' → 'Dropdown-Menü' (98%). Accepting.",
    "Source has a trailing space ('Hi, ') — intended? Answer: yes, concatenated with the name. 🙄",
    "he-IL: the arrow '←' in the Next button should point the other way in RTL. Fixed.",
    "In tr the <b> is around the file name, not the verb: <b>%s</b> yüklendi. Keep it.",
    "I don't think we should localize the cron example (*/15 * * * *); it's syntax.",
    "Rejected: the translator replaced %s with %d, which crashes on iOS.",
    "Nice work on the fr-CA pass! Only one nit: « courriel » vs « e-mail » in the footer.",
    "Please don't 'fix' the double quotes in the JSON file by hand — use the editor, it escapes them as \\\" for you.",
    "Who owns strings under admin.db.*? The 'Drop table' confirmation reads very harsh in ko.",
    "The help article says `rm -r ~/.flowdesk/cache` — that's a command, leave it untranslated.",
    "Status: 312/340 segments reviewed (91.8%), ETA Friday. Blocking: 4 legal strings.",
]

TM_SEARCH = [
    "select all",
    "\"drag & drop\"",
    "%1$s invited",
    "{count, plural",
    "workspace -Arbeitsbereich",
    "passw*",
    "d'accord",
    "l'utente",
    "don't show",
    "C'est",
    "terms & conditions de",
    "<b>",
    "&nbsp;",
    "\\n",
    "%%",
    "{0}",
    "%(name)s",
    "%{count}",
    "key:app.settings.*",
    "locale:de-DE status:untranslated",
    "file:res/values-de/strings.xml",
    "error NOT warning",
    "alert OR warning",
    "union",
    "drop table",
    "sleep mode",
    "execute",
    "script",
    "ファイル",
    "删除",
    "حذف",
    "מחק",
    "Löschen",
    "ё",
    "Ça",
    "O'Reilly",
    "rock 'n' roll",
    "1/2",
    "100%",
    "€ 12,99",
    "C:\\Users",
    "/usr/share/flowdesk",
    "regex:^Delete .*\\?$",
    "source:\"Save\" target:\"Enregistrer\"",
    "tag:legal -tag:approved",
    "<g id=\"1\">",
    "--force",
    "a < b",
    "who's",
    "kill switch",
    "${user.name}",
    "{{count}}",
    "“Sign in”",
    "«Войти»",
    "…",
]

# ---------------------------------------------------------------------------
# Small hand-written pools for templates
# ---------------------------------------------------------------------------

ACTIONS = [("Delete", "deleted"), ("Rename", "renamed"), ("Archive", "archived"),
           ("Duplicate", "duplicated"), ("Export", "exported"), ("Restore", "restored"),
           ("Share", "shared"), ("Lock", "locked")]
OBJECTS = ["project", "file", "glossary", "branch", "screenshot", "translation memory",
           "key", "comment"]
PH_PAIRS = [("%s", "%s"), ("“{name}”", "{user}"), ("%{name}", "%{user}"), ("{0}", "{1}"),
            ("%(name)s", "%(user)s"), ("%1$s", "%2$s"), ("{{name}}", "{{user}}")]

TRANS_TEMPLATES = [
    "{P} löschen?", "Supprimer {P} ?", "¿Eliminar {P}?", "Eliminare {P}?",
    "{P} を削除しますか？", "删除 {P}？", "{P}을(를) 삭제하시겠습니까?", "Удалить {P}?",
    "Usunąć {P}?", "{P} silinsin mi?", "{P} verwijderen?", "Ta bort {P}?",
    "למחוק את {P}?", "حذف {P}؟", "Smazat {P}?", "Excluir {P}?", "Poistetaanko {P}?",
    "Διαγραφή {P};", "Willkommen zurück, {P}!", "Bon retour, {P} !", "欢迎回来，{P}！",
    "おかえりなさい、{P}さん", "С возвращением, {P}!", "مرحبًا بعودتك، {P}!",
]
TRANS_PH = ["%s", "%1$s", "{name}", "%(name)s", "%{name}", "{0}", "%@", "{{name}}", "$NAME$"]

ELEMENTS = ["Button label", "Menu item", "Dialog title", "Tooltip", "Error message",
            "Push notification title", "Tab title", "Checkbox label", "Empty-state text"]
CONSTRAINTS = ["Max {n} characters.", "Keep it under {n} chars – it's truncated on small screens.",
               "No trailing period.", "Sentence case, please.", "Must fit in {px} px at 14 pt."]
EXTRAS = ["Screenshot in the context tab.", "%s is the project name.", "{count} is never 0.",
          "Don't translate 'FlowDesk'.", "See the glossary entry for 'workspace'.",
          "Shown only to admins.", "Same string is reused on web and Android.", ""]

GLOSS_TERMS = [
    ("file", "n.", [("de", "Datei"), ("fr", "fichier"), ("es", "archivo"), ("ja", "ファイル"), ("ru", "файл"), ("pl", "plik")]),
    ("folder", "n.", [("de", "Ordner"), ("fr", "dossier"), ("it", "cartella"), ("zh-CN", "文件夹"), ("tr", "klasör")]),
    ("save", "v.", [("de", "speichern"), ("fr", "enregistrer"), ("pt-BR", "salvar"), ("ko", "저장"), ("he", "שמירה")]),
    ("settings", "n. pl.", [("de", "Einstellungen"), ("fr", "paramètres"), ("es", "configuración"), ("ar", "الإعدادات"), ("nl", "instellingen")]),
    ("review", "v.", [("de", "prüfen"), ("fr", "relire"), ("ja", "レビューする"), ("sv", "granska"), ("cs", "zkontrolovat")]),
    ("screenshot", "n.", [("de", "Screenshot"), ("fr", "capture d'écran"), ("es", "captura de pantalla"), ("uk", "знімок екрана"), ("vi", "ảnh chụp màn hình")]),
    ("billing", "n.", [("de", "Abrechnung"), ("fr", "facturation"), ("it", "fatturazione"), ("ja", "請求"), ("hi", "बिलिंग")]),
    ("branch", "n., git", [("de", "Branch"), ("fr", "branche"), ("es", "rama"), ("zh-TW", "分支"), ("el", "κλάδος")]),
]
GLOSS_NOTES = ["", " (approved)", " — see style guide §3", " ✓", " (case-sensitive)", " — don't use synonyms"]

STYLE_LOCALES = [("de-DE", ",", "."), ("fr-FR", ",", "\u202f"), ("en-US", ".", ","), ("de-CH", ".", "’"),
                 ("es-ES", ",", "."), ("pt-BR", ",", "."), ("hi-IN", ".", ","), ("ru-RU", ",", "\u00a0"),
                 ("ja-JP", ".", ","), ("it-IT", ",", ".")]
STYLE_ELEMENTS = ["tab titles", "button labels", "push notification titles", "email subjects",
                  "menu items", "toast messages", "column headers"]

QA_LOCALES = ["de", "fr", "es", "ja", "ko", "zh-CN", "ru", "pl", "ar", "he", "pt-BR", "tr", "it", "nl", "sv", "uk"]
QA_PH = ["%s", "%1$s", "%2$d", "{name}", "{count}", "%(user)s", "%{count}", "{0}", "%@", "{{lng}}"]
KEY_AREAS = ["app", "settings", "checkout", "editor", "onboarding", "admin", "billing", "notifications", "auth", "reports"]
KEY_SCREENS = ["header", "sidebar", "dialog", "toolbar", "empty_state", "table", "form", "banner", "wizard"]
KEY_ELEMENTS = ["title", "subtitle", "cta", "cancel", "confirm", "hint", "error", "tooltip", "placeholder", "label"]

FILE_PATTERNS = ["res/values-{a}/strings.xml", "locales/{h}.json", "config/locales/{h}.yml",
                 "Resources/{h}.lproj/Localizable.strings", "po/{u}.po",
                 "src/main/resources/messages_{u}.properties", "i18n/{h}/common.ftl",
                 "public/locales/{h}/translation.json", "lib/l10n/app_{u}.arb",
                 "translations/messages.{u}.xlf"]
# (hyphen form, underscore form, android folder qualifier)
PATH_LOCALES = [("de-DE", "de_DE", "de-rDE"), ("fr-CA", "fr_CA", "fr-rCA"), ("pt-BR", "pt_BR", "pt-rBR"),
                ("zh-Hant", "zh_Hant", "b+zh+Hant"), ("es-419", "es_419", "b+es+419"), ("ja", "ja", "ja"),
                ("ar", "ar", "ar"), ("sr-Latn", "sr_Latn", "b+sr+Latn"), ("nb", "nb", "nb"), ("ko", "ko", "ko")]

FRAG_STRINGS = [
    ("save_changes", "Save changes", "Änderungen speichern"),
    ("select_language", "Select a language", "Sprache auswählen"),
    ("drop_here", "Drop files here", "Dateien hier ablegen"),
    ("sleep_timer", "Sleep timer", "Sleep-Timer"),
    ("union_shapes", "Union", "Vereinigen"),
    ("run_script", "Run script", "Skript ausführen"),
    ("alert_sound", "Alert sound", "Warnton"),
    ("system_default", "System default", "Systemstandard"),
    ("exit_app", "Exit", "Beenden"),
    ("sort_by", "Sort by", "Sortieren nach"),
]

REVIEWERS = ["marta", "kenji", "amira", "jmüller", "sofía", "olek", "zoe", "priya", "lin.wei", "noa"]
REVIEW_VERBS = ["approved", "rejected", "reopened", "commented on", "suggested an edit for"]
REVIEW_REASONS = ["placeholder order changed", "too long for the button", "glossary term not used",
                  "wrong plural form", "missing <b> tag", "typo fixed", "tone too formal",
                  "apostrophe needs escaping (\\')", "keeps the trailing space", "the 'few' form was empty"]

SEARCH_TERMS = ["Speichern", "settings", "workspace", "Abbrechen", "select", "drop", "alert", "保存",
                "設定", "إعدادات", "Paramètres", "{name}", "%s", "sleep", "kill switch"]
SEARCH_FILTERS = ["lang:{l}", "status:{s}", "file:{f}", "tag:{t}"]
SEARCH_STATUSES = ["untranslated", "fuzzy", "approved", "needs-review"]
SEARCH_TAGS = ["legal", "marketing", "ui", "email", "release-3.2"]


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------

def t_source(rng):
    act, past = rng.choice(ACTIONS)
    obj = rng.choice(OBJECTS)
    p1, p2 = rng.choice(PH_PAIRS)
    form = rng.randrange(4)
    if form == 0:
        return f"{act} {obj} {p1}?"
    if form == 1:
        return f"The {obj} {p1} was {past} by {p2}."
    if form == 2:
        return f"{act} {obj}…"
    return f"Couldn't {act.lower()} {obj} {p1}. Try again later."


def t_translation(rng):
    return rng.choice(TRANS_TEMPLATES).replace("{P}", rng.choice(TRANS_PH))


def t_comment(rng):
    c = rng.choice(CONSTRAINTS).replace("{n}", str(rng.choice([12, 16, 20, 24, 30, 40, 60])))
    c = c.replace("{px}", str(rng.choice([96, 120, 160, 200, 240])))
    extra = rng.choice(EXTRAS)
    return f"{rng.choice(ELEMENTS)}. {c}" + (f" {extra}" if extra else "")


def t_glossary(rng):
    term, pos, trans = rng.choice(GLOSS_TERMS)
    lang, tr = rng.choice(trans)
    return f"{term} ({pos}) → {lang}: {tr}{rng.choice(GLOSS_NOTES)}"


def t_style(rng):
    loc, dec, grp = rng.choice(STYLE_LOCALES)
    if rng.random() < 0.5:
        whole = rng.choice([1234, 12500, 980000, 1048576])
        frac = rng.choice(["5", "25", "99"])
        s = f"{whole:,}".replace(",", grp)
        return f"{loc}: decimal separator '{dec}', grouping '{grp}' → {s}{dec}{frac}"
    n = rng.choice([16, 20, 24, 32, 40, 50])
    el = rng.choice(STYLE_ELEMENTS)
    return f"{loc}: max length for {el} is {n} characters; if longer, shorten the wording, don't abbreviate."


def t_qa(rng):
    loc = rng.choice(QA_LOCALES)
    seg = rng.randrange(100, 9999)
    form = rng.randrange(3)
    if form == 0:
        a, b = rng.sample(QA_PH, 2)
        return f"Placeholder mismatch in segment #{seg} ({loc}): expected {a}, found {b}."
    if form == 1:
        key = f"{rng.choice(KEY_AREAS)}.{rng.choice(KEY_SCREENS)}.{rng.choice(KEY_ELEMENTS)}"
        lim = rng.choice([20, 24, 32, 40])
        return f"Length {lim + rng.randrange(1, 15)} > {lim} for key {key} ({loc})."
    return f"Segment #{seg} ({loc}): translation identical to source — mark as 'same as source' or translate."


def t_resource(rng):
    if rng.random() < 0.5:
        return f"{rng.choice(KEY_AREAS)}.{rng.choice(KEY_SCREENS)}.{rng.choice(KEY_ELEMENTS)}"
    h, u, a = rng.choice(PATH_LOCALES)
    return rng.choice(FILE_PATTERNS).format(h=h, u=u, a=a)


def t_fragment(rng):
    key, en, de = rng.choice(FRAG_STRINGS)
    form = rng.randrange(4)
    if form == 0:
        return f"<string name=\"{key}\">{de}</string>"
    if form == 1:
        return f"msgid \"{en}\"\nmsgstr \"{de}\""
    if form == 2:
        return f"\"{key}\" = \"{de}\";"
    return f"\"{key}\": \"{de}\","


def t_review(rng):
    who = rng.choice(REVIEWERS)
    return (f"@{who} {rng.choice(REVIEW_VERBS)} segment #{rng.randrange(100, 9999)}: "
            f"{rng.choice(REVIEW_REASONS)}")


def t_search(rng):
    term = rng.choice(SEARCH_TERMS)
    flt = rng.choice(SEARCH_FILTERS)
    h, u, a = rng.choice(PATH_LOCALES)
    flt = flt.format(l=h, s=rng.choice(SEARCH_STATUSES), f=f"locales/{h}.json", t=rng.choice(SEARCH_TAGS))
    return f"{term} {flt}"


CATEGORIES = [
    ("source_string", SOURCE_STRING, t_source),
    ("translation", TRANSLATION, t_translation),
    ("translator_comment", TRANSLATOR_COMMENT, t_comment),
    ("glossary_entry", GLOSSARY_ENTRY, t_glossary),
    ("style_note", STYLE_NOTE, t_style),
    ("qa_message", QA_MESSAGE, t_qa),
    ("resource_ref", RESOURCE_REF, t_resource),
    ("file_fragment", FILE_FRAGMENT, t_fragment),
    ("review_comment", REVIEW_COMMENT, t_review),
    ("tm_search", TM_SEARCH, t_search),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        if n_lit > PER_CATEGORY:
            raise SystemExit(f"too many literals in {name}: {n_lit}")
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {name} cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        stats.append((name, len(values), n_lit))
        for v in values:
            rows.append({"category": name, "value": v})

    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value: {v!r}")
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": r["category"],
                    "label": "benign", "value": v})

    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:20s} {n:4d}  literals {n_lit:3d} ({100 * n_lit / n:.0f}%)")
    print(f"{'total':20s} {len(out):4d}  literals {total_lit:3d}")


if __name__ == "__main__":
    main()
