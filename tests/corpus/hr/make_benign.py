"""Benign held-out corpus for the WAF: human-resources and recruiting text.

Values are what people really type into an applicant tracking system, an HRIS
and a payroll tool: job postings, pasted CVs and cover letters, interview
scorecards, boolean recruiter searches, salary bands and payroll adjustments,
leave requests, onboarding checklists, performance reviews, handbook excerpts
and exit interviews, and multilingual employee profiles.

Every literal below was hand-written for this corpus. A minority of values per
category come from small templates over hand-written pools (fixed seed), so the
output is byte-identical on every run.

Usage: python3 make_benign.py  (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 4301
PER_CATEGORY = 80
ID_PREFIX = "hb43"

# ---------------------------------------------------------------------------
# Hand-written literals, one list per category
# ---------------------------------------------------------------------------

JOB_POSTING = [
    "Senior Backend Engineer (Python/Go) — 5+ years; Postgres & Redis required; K8s & Terraform a plus",
    "Staff SRE, Eng > Platform > SRE — on-call 1 week in 6; you'll own our Prometheus/Grafana stack",
    "Data Analyst: SQL (window functions, CTEs, UNION vs UNION ALL), dbt, Looker. Excel/VLOOKUP alone is not enough.",
    "C/C++ Embedded Developer – RTOS, I²C/SPI, <10 ms latency budgets; bonus if you've shipped firmware OTA",
    "We're hiring a People Ops Generalist (m/w/d) in Berlin – 32–40 Std./Woche, hybrid",
    "Développeur·se Full-Stack (React/Node) – CDI – Lyon ou télétravail 3j/sem.",
    "Requirements:\n- BSc in CS or equivalent\n- Comfortable in bash/zsh; can read a Makefile\n- English C1; German B2 is a plus",
    "Nice-to-have: experience with `select ... for update` locking, pg_stat_statements, EXPLAIN ANALYZE",
    "Salary: $140,000–$165,000 + equity; remote (US/CA only); visa sponsorship: no",
    "Night-shift Warehouse Lead – 22:00–06:00, forklift licence required; 'team player' is a must!",
    "Title: Sr. DevOps Eng. (AWS | GCP) / Level: L5 / Req #: REQ-2024-0417",
    "Job ID 88213 — Payroll Specialist (UK) — PAYE, RTI submissions, P11D; CIPP qualification desirable",
    "Security Engineer – AppSec: threat modelling, SAST/DAST; you can explain to devs why eval() on user input is bad and how XSS/SQLi happen",
    "Pflegefachkraft (m/w/d) – Vollzeit/Teilzeit, Tarif TVöD P7, Nachtdienstzulage",
    "エンジニア募集：バックエンド（Go/gRPC）経験3年以上、年収600万〜900万円",
    "高级前端工程师（Vue3/TypeScript），3-5年经验，薪资 25k-40k·14薪",
    "Kierownik zmiany – praca w systemie 3-zmianowym; wymagane prawo jazdy kat. B",
    "Customer Success Manager — EMEA; quota-carrying? No. Renewal target ≈ 95% GRR",
    "ML Engineer: PyTorch, CUDA; you've run torch.distributed across >8 GPUs & know what NCCL timeouts look like",
    "Linux SysAdmin – RHEL 8/9, systemd, SELinux (enforcing!), Ansible; /etc, /var/log and journalctl are your friends",
    "Internship (6 months) – Marketing & Comms; students only; NOT a remote role",
    "Bookkeeper 0.6 FTE — Xero/QuickBooks; month-end close by WD+3",
    "Hiring: Database Administrator (Oracle 19c & MS SQL Server) – backup/restore, DROP/TRUNCATE governance, Always On AGs",
    "Title: \"Head of Talent\" (reports to CPO)\nLocation: Dublin / London\nBand: M3",
    "Barista & Shift Supervisor – café in Montréal; bilingue (FR/EN) un atout",
    "Electrician (journeyman) – 480V 3-phase, conduit bending; OSHA-30 preferred",
    "QA Automation Engineer – Playwright/Cypress; you write assertions like expect(page).toHaveURL(/\\/dashboard$/)",
    "Front-end Developer: semantic HTML (<nav>, <main>, a real <button> instead of <div onclick>), WCAG 2.2 AA, React 18",
    "Truck Driver CDL-A – home every weekend; $0.62/mile + $1,500 sign-on",
    "Analista de Datos Sr. – SQL Server, Power BI (DAX), Python; modalidad híbrida CDMX",
    "Desenvolvedor(a) Java Pleno – Spring Boot, Kafka; PJ ou CLT; R$ 9.000–12.000",
    "Site Reliability Engineer — you'll write runbooks like \"if disk > 90% then run `du -sh /var/* | sort -h`\"",
    "Mechanical Engineer II — SolidWorks, GD&T (ASME Y14.5); 10–15% travel",
    "Accounts Payable Clerk – 3-way match (PO <-> GRN <-> invoice), SAP FI",
    "Technical Writer: docs-as-code (Markdown, AsciiDoc); you can explain `curl -X POST` to a PM",
    "Kubernetes Platform Engineer: Helm, ArgoCD, Istio; per-env values files (${ENV}.yaml) and Kustomize overlays",
    "Scrum Master (contract, 6 mo, £500–£550/day outside IR35)",
    "Cloud Security Architect – IAM least-privilege, SCPs, 'deny-by-default' mindset; CISSP/CCSP",
    "Recepcionista bilingüe (español/inglés) – turno mañana 7:00–15:00",
    "Software Engineer, Payments — idempotency keys, ledger design; exactly-once is a lie (we'll talk about it)",
    "Teacher Assistant – K–2, must pass DBS/background check; part-time 20 hrs/wk",
    "Hiring manager note: please keep 'rockstar'/'ninja' out of the title — use \"Senior Software Engineer\"",
    "Windows Desktop Support – Intune, GPO, PowerShell (Get-ADUser -Filter * | Select-Object Name,Enabled)",
    "Oferta: Ingeniero/a de Datos — Spark, Airflow, Delta Lake; 45–55k € brutos/año",
    "Data Engineer: you'll replace our cron + shell scripts (*/15 * * * * /opt/etl/run.sh >> /var/log/etl.log 2>&1) with Airflow",
    "Line Cook – grill & sauté; weekends required; food handler card; $19–$22/hr + tips",
    "Product Designer (UX) – Figma, design systems; portfolio link required (Behance/Dribbble/own site)",
    "Vertriebsinnendienst (m/w/d) – SAP SD, Angebote & Aufträge; 38,5h/Woche; 30 Tage Urlaub",
    "Graduate Scheme 2025 – Finance & Ops (2:1 or above; any discipline)",
    "مطلوب محاسب أول – خبرة 5 سنوات، إجادة Excel و SAP، العمل في دبي",
    "Инженер-программист C++ (Qt, STL, Boost); опыт от 3 лет; удалёнка возможна",
    "Union-represented role (UNITE Local 12): Maintenance Technician, 2nd shift, $31.40/hr",
]

CANDIDATE_CV = [
    "Summary: Backend engineer, 7 yrs. Python, Go, PostgreSQL. Reduced p95 latency from 800ms -> 120ms by rewriting N+1 queries into a single JOIN.",
    "EXPERIENCE\nAcme Corp — Senior DBA (2018–2023)\n• Migrated 4 TB from MySQL 5.7 to Aurora\n• Wrote stored procedures; cut nightly batch from 6h to 40min",
    "Skills: C/C++, Rust, x86/ARM asm, gdb, valgrind, make -j$(nproc)",
    "Dear Hiring Manager,\n\nI'm writing to apply for the Payroll Analyst role (Ref: PA-118). I've run UK & IE payroll for 1,200 employees across 3 entities.\n\nKind regards,\nMáire",
    "Cover letter: I'd love to join your team — I've used your product since 2019 & have even filed a few bug reports (sorry!).",
    "Education: B.Sc. Informatik, TU München (Note: 1,7) | M.Sc. Data Science, Universidade de Lisboa",
    "Certifications: AWS SAA-C03; CKA; OSCP (2022) — penetration testing, privilege escalation, writing reports devs actually read",
    "Projects: built an internal tool that ran SELECT dept, AVG(salary) FROM payroll GROUP BY dept nightly and emailed the CFO — later replaced by Metabase",
    "Languages: English (native), Español (C1), 日本語 (JLPT N2), Gaeilge (conversational)",
    "Publications: \"Lock-free queues in practice\", ACM Queue 2021; FOSDEM talk: 'Why your cron job is lying to you'",
    "Volunteer: Code Club mentor (Scratch & Python for 9–12 y/o); treasurer, local rugby club",
    "References available on request.",
    "Portfolio: https://github.com/jdoe-dev · https://jdoe.dev/blog · LinkedIn: linkedin.com/in/jane-doe-1234",
    "Responsible for on-call rotations; wrote a one-liner (grep -R \"ERROR\" /var/log/app/ | wc -l) that became our first alert",
    "Lebenslauf – Persönliche Daten: Jürgen Weiß, geb. 14.03.1988 in Köln; Führerschein Kl. B",
    "Expérience : Chef de projet SI (2016–2022) — pilotage de la refonte du SIRH, migration vers Workday",
    "Gap in employment (2020–2021): full-time carer for my father; kept skills current via Coursera & open-source contributions",
    "Hobbies: climbing, sourdough, chess (~1800 on Lichess), restoring an '87 Vespa",
    "Key achievements:\n- Cut AWS bill by 38% (RIs + rightsizing)\n- Led migration from Jenkins -> GitHub Actions\n- Mentored 4 juniors; 2 promoted",
    "I left my last role because the company relocated to Austin & I couldn't move (family).",
    "Tech stack used in production: Django/DRF, Celery, RabbitMQ, Nginx, uWSGI, PostgreSQL 9.6→15",
    "Hi! I'm a self-taught dev — freeCodeCamp, The Odin Project, then 2 yrs freelancing (WordPress/PHP, some Laravel).",
    "Security: rolled out CSP headers (default-src 'self'; script-src 'self' 'nonce-…') and moved every query to parameterized statements",
    "Curriculum: Ingeniería Industrial, Universidad de Chile; Magíster en Finanzas (en curso)",
    "Excel: INDEX/MATCH, pivot tables, Power Query; can write basic VBA macros (Sub ... End Sub)",
    "Career change: 10 yrs as an ICU nurse → UX research; my clinical background helps me interview stressed users",
    "Why me? Because I've debugged payroll on the 25th at 11pm & still got everyone paid on the 26th.",
    "Objective: obtain a position where I can apply my skills in SQL, Tableau & stakeholder management.",
    "Scholarships: DAAD (2014); Erasmus+ (Universidad de Salamanca)",
    "Open source: maintainer of a small Go lib for parsing cron expressions (0 */2 * * *); 1.2k ⭐",
    "Notice period: 3 months (negotiable to 6 weeks). Current CTC ₹18 LPA; expected ₹24–26 LPA.",
    "Clearance: active SC (UK) — expires 2026",
    "Linux admin since the Slackware days: /etc/rc.d, LILO, compiling kernels; now mostly systemd & containers",
    "Dissertation: 'Detecting SQL injection with grammar-based anomaly scores' (supervisor: Prof. A. Müller)",
    "Tools: Burp Suite, nmap, Wireshark, Metasploit (authorised engagements only), Ghidra",
    "Worked at a startup (acquired 2021) — I was employee #4 & did everything from DevOps to payroll with Gusto",
    "Cover letter (short): I'm not a 100% match on the 'K8s' bullet, but I learn fast & I've run Docker Swarm in prod.",
    "Skills & levels: Python ★★★★☆ | SQL ★★★★★ | Go ★★★☆☆ | Spanish ★★★☆☆",
    "Previous employers: O'Reilly Auto Parts; Ben & Jerry's; AT&T",
    "経歴：2015年 株式会社〇〇入社、社内SEとして基幹システム（Oracle/COBOL）の保守を担当",
    "简历：熟悉 MySQL 索引优化、分库分表；有 Redis 集群运维经验",
    "Резюме: бухгалтер по заработной плате, 1С:ЗУП 3.1, 8 лет опыта",
    "Motivation : j'aime résoudre des problèmes concrets ; j'ai automatisé la paie de 300 salariés avec des scripts Python.",
    "Sprachkenntnisse: Deutsch (Muttersprache), Englisch (verhandlungssicher), Türkçe (fließend)",
    "Awards: 'Employee of the Quarter' Q3/2022; hackathon winner (team \"Drop Table Tennis\" — it was a ping-pong booking app)",
    "Also comfortable on Windows: PowerShell, AD, scheduled tasks under C:\\Scripts\\*.ps1, IIS",
    "Please note my legal name is Aoife Ní Bhriain but I go by 'Eva' at work.",
    "Teaching: TA for 'Operating Systems' — fork/exec, pipes (ls | grep .c), signals, the whole lot",
    "Mi experiencia incluye gestión de nómina (A3Nom), contratos y altas/bajas en la Seguridad Social.",
    "Contact: +353 87 123 4567 · aoife.nibhriain@mail.example · Galway, Ireland",
    "I have a 4-year-old & a 7-year-old; I'm looking for a role with core hours that end by 16:00 <- happy to discuss",
]

INTERVIEW_SCORECARD = [
    "Tech: 4/5 -- strong on SQL joins; struggled with window functions (ROW_NUMBER() OVER (PARTITION BY dept ORDER BY hired_at))",
    "Coding: solved 2/3. Used a dict for O(1) lookups; forgot the edge case where input == []. Hire: lean yes",
    "Culture add: 5/5. Asked great questions about our on-call & postmortem process.",
    "System design: proposed a queue between API & workers; didn't consider idempotency until prompted; 3/5",
    "Mild concern: said 'I just SELECT * everywhere, it's fine' — we discussed; they walked it back. Not disqualifying.",
    "Communication: 2/5 — rambling answers; needed redirecting twice",
    "Strong hire. Explained SQL injection & prepared statements clearly, then showed how their ORM binds params.",
    "Take-home review: README clear; tests pass (pytest -q → 42 passed); some functions > 80 lines; no type hints",
    "Behavioural (STAR): S/T clear, A vague, R quantified ('reduced churn ~12%'). Overall 3.5/5",
    "Panel notes — Q: 'Tell us about a conflict.' A: disagreed w/ PM on scope, escalated to lead, compromise = phase 2",
    "Bar raiser: No hire. Couldn't explain the difference between TRUNCATE and DELETE; called DROP a 'faster delete'.",
    "Score: 3/5 => 'meets'. Strengths: Linux (knows /proc, strace, lsof). Gaps: networking (confused SNAT/DNAT)",
    "Candidate live-coded a loop: for f in *.csv; do wc -l \"$f\"; done — fine, but didn't quote $f on the first try",
    "Interviewer: M. García | Round 2/4 | Duration 45' | Recommendation: HIRE (with reservations re: seniority)",
    "Feedback for candidate (shareable): Thanks for your time! We'd love to see more depth on testing strategy next time.",
    "Pair programming: navigated well; ran git rebase -i HEAD~3 confidently; explained squash vs fixup",
    "JS question: explained == vs ===, closures, the event loop; knew why innerHTML with user input leads to XSS",
    "Overall: 2/5. Seemed unprepared; hadn't read the JD. Said adding sleep(5) 'fixes' race conditions 😬",
    "Leveling: between L4 & L5. Scope of past work = team-level, not org-level → L4 w/ fast-track review @ 6 mo",
    "Recruiter screen: salary expectation €70–75k; notice 1 month; open to hybrid (2d/wk in office); relocation: no",
    "Hiring committee: 3 yes / 1 no / 1 abstain → offer. Dissent: 'shallow on distributed systems'",
    "Evaluación técnica: 4/5 – buen manejo de Docker y CI/CD; le faltó profundidad en seguridad (CSRF, CORS)",
    "Entretien : très bon feeling ; maîtrise de SAP HCM & des DSN ; prétentions 48 k€ — dans la fourchette",
    "Gesprächsnotiz: fachlich stark (Lohnabrechnung, DATEV), Kommunikation etwas zurückhaltend; Empfehlung: 2. Runde",
    "面接評価：技術力 A / コミュニケーション B / カルチャーフィット A → 最終面接へ",
    "Questions asked: 'What does ls -la | grep ^d do?' ✔ | 'Explain chmod 750' ✔ | 'What's in /etc/shadow?' ✔ (knew hashes + salts)",
    "Whiteboard: designed a URL shortener; good on hashing + collisions; forgot rate limiting & abuse (spam/phishing)",
    "Rubric: Problem solving [4] Code quality [3] Testing [2] Communication [4] → avg 3.25",
    "Note to HM: candidate has a competing offer (deadline Fri 17:00 CET); please expedite the debrief",
    "DB round: wrote UPDATE employees SET dept_id = 7 WHERE id IN (SELECT ...), then noticed a missing WHERE would update everyone. Good instinct.",
    "Reference check (former manager): 'reliable, calm under pressure; would rehire' ✓",
    "Reference check #2: couldn't confirm dates (2019–2021) — their HR only confirms title & tenure",
    "Security interview: walked through testing a login form — rate limits, lockout, injection via the username field, credential stuffing; 5/5",
    "Manager round: asked about leading through a layoff; answer was honest & humane. Strong yes.",
    "No show — 2nd time. Closing the req for this candidate; sent a polite note.",
    "Technical screen (phone): C++ move semantics ✓, RAII ✓, UB examples ✓ (signed overflow, out-of-bounds), templates ~",
    "Take-home flagged by the similarity check — 80% match w/ a public repo; candidate had cited it in the README. OK.",
    "Scorecard\nProblem solving: 4\nCoding: 3\nSystem design: 3\nCommunication: 5\nOverall: Hire",
    "Used pandas well: df.groupby('dept')['salary'].median(); asked about nulls → used .fillna(0) (debatable)",
    "Concerns: job-hopping (5 roles in 4 yrs). Explanation: fixed-term contracts. Acceptable.",
    "Regex on the fly: ^[\\w.+-]+@[\\w-]+\\.[\\w.]+$ — and explained why it's imperfect for real e-mail addresses",
    "Assessment centre: group exercise 4/5, presentation 3/5, in-tray 5/5 → proceed",
    "Interview cancelled by candidate (family emergency) — rescheduled to Tue 10:30 (Europe/Warsaw)",
    "PowerShell round: Get-Process | Where-Object {$_.CPU -gt 100} | Stop-Process -WhatIf — good use of -WhatIf 👍",
    "Hire/No-hire: NO. Reason: dismissive toward the junior interviewer; told him to 'just google it'.",
    "Told a story about someone running rm -rf in the wrong directory; they led the restore from backup. Great ownership.",
    "Avaliação: 4/5 em Java; 3/5 em testes; recomendação: contratar como Pleno",
    "Ocena rozmowy: komunikatywny, dobra znajomość Excela (tabele przestawne), słabszy w SQL",
    "Offer details to discuss: base 95k, 10% bonus target, 4k sign-on; candidate asked about the 401(k) match",
    "Knows their way around Postgres: VACUUM, pg_dump/pg_restore, why you never DROP a column on a hot table without a plan",
    "Asked the candidate to read a stack trace (NullPointerException at PayrollService.java:214) — found the bug in < 2 min",
]

RECRUITER_SEARCH = [
    "(java OR kotlin) AND NOT intern",
    "\"site reliability\" AND (kubernetes OR k8s) AND NOT recruiter",
    "(\"data engineer\" OR \"analytics engineer\") AND (dbt OR airflow) NOT (intern OR student)",
    "title:(\"payroll manager\" OR \"payroll lead\") location:\"Dublin\" years:>=5",
    "c++ AND (\"low latency\" OR HFT) AND (London OR Amsterdam)",
    "python NOT django",
    "skills:sql AND skills:\"power bi\" AND lang:es",
    "*engineer* AND (\"New York\" OR NYC) AND salary:<180000",
    "(\"C#\" OR \".NET\") AND (Azure OR \"App Service\") AND NOT (contractor OR freelance)",
    "nurse AND (ICU OR \"intensive care\") AND (RN OR \"registered nurse\")",
    "devops AND (terraform OR pulumi) AND (aws OR gcp) AND NOT \"help desk\"",
    "\"full stack\" (react | vue) node -php",
    "security AND (\"penetration test*\" OR pentest* OR OSCP) AND NOT \"security guard\"",
    "sql AND (\"stored procedure*\" OR \"T-SQL\" OR PL/SQL)",
    "name:\"O'Connor\" OR name:\"O’Connor\"",
    "Müller OR Mueller OR Muller",
    "\"drop shipping\" AND ecommerce AND (Shopify OR WooCommerce)",
    "exec* AND assistant AND (\"C-suite\" OR CEO)",
    "union AND (organiser OR organizer OR steward)",
    "\"select committee\" AND (policy OR parliament*)",
    "script* AND (writer OR supervisor) AND (film OR TV)",
    "(shell OR bash) AND scripting AND linux NOT windows",
    "alert* AND (\"on-call\" OR pagerduty OR opsgenie)",
    "\"sleep technologist\" OR polysomnograph*",
    "\"system administrator\" AND (\"Active Directory\" OR LDAP)",
    "(\"food safety\" OR HACCP) AND (\"quality manager\" OR QA) -retail",
    "years_experience:[3 TO 7] AND skills:(go OR rust)",
    "status:active AND stage:\"phone screen\" AND owner:me",
    "tag:silver-medalist AND applied:>2023-01-01",
    "(\"chef de partie\" OR \"sous chef\") AND (Paris OR Lyon)",
    "ingeniero AND (\"ciencia de datos\" OR \"machine learning\") AND Madrid",
    "Softwareentwickler* AND (Java OR Kotlin) AND (München OR Munich)",
    "\"full-time\" AND remote AND (EST OR \"Eastern Time\") -\"on-site\"",
    "email:*@university.example AND graduation_year:2025",
    "(CPA OR ACCA OR CIMA) AND (\"month-end\" OR \"month end\") AND NOT audit",
    "phone:+44* AND skills:forklift",
    "\"R&D\" AND (\"mechanical engineer\" OR \"mech eng\") AND (CAD OR SolidWorks)",
    "angular NOT angularjs",
    "\"node.js\" OR nodejs OR \"node js\"",
    "data* AND (scien* OR analy*) AND (\"A/B test*\" OR experimentation)",
    "ruby OR rails OR \"ruby on rails\" OR RoR",
    "\"hr business partner\" OR HRBP OR \"people partner\"",
    "(wage OR payroll) AND (ADP OR Paychex OR Gusto)",
    "driver AND (\"CDL-A\" OR \"class A\") AND (hazmat OR tanker)",
    "管理会计 OR 财务分析",
    "エンジニア AND (Go OR Golang) AND 東京",
    "\"Ó Súilleabháin\" OR \"O'Sullivan\" OR Sullivan",
    "company:\"Johnson & Johnson\" AND title:*manager*",
    "(\"cross-site scripting\" OR XSS OR CSRF) AND appsec AND (\"bug bounty\" OR HackerOne)",
    "SQL AND (\"query optimization\" OR \"index tuning\") AND (Postgres OR PostgreSQL)",
    "\"exec chef\" OR \"executive chef\" OR \"head chef\"",
    "(\"stage manager\" OR \"production manager\") AND theatre AND -\"film\"",
]

COMPENSATION = [
    "€55k–65k + 10% bonus",
    "Band P3: £48,000 – £58,500 (midpoint £53,250); London weighting +£4,000",
    "Base $128,000; target bonus 15%; RSUs 1,200 over 4 yrs (1-yr cliff, then quarterly)",
    "Adjustment: +€312.50 overtime (12.5h × €25.00) — approved by T. Nowak",
    "Tax code changed 1257L -> 1257L W1/M1 (emergency basis) from P7; please check with HMRC",
    "Deduction: -$45.00/mo parking (pre-tax, §132(f))",
    "Retro pay: Jan–Mar @ new rate (¥4,200,000 → ¥4,500,000/yr) = ¥75,000 gross",
    "Salary review 2024: 3.5% merit + 2% market adj. = 5.5% → $91,450",
    "Bonus calc: (base × target%) × company multiplier (0.8–1.2) × individual (0–1.5)",
    "Stundenlohn 14,50 €; Nachtzuschlag 25 %; Sonntagszuschlag 50 %",
    "Salaire brut annuel : 42 000 € ; 13e mois ; tickets resto 9 € (60 % employeur)",
    "Commission: 8% on new ARR <= quota; 12% above 100%; capped at 200%",
    "CTC ₹24,00,000 = Basic 40% + HRA 20% + Special Allowance; PF 12% of Basic",
    "Garnishment order #CS-2219: withhold 25% of disposable earnings; remit to county SDU",
    "Payroll note: employee #4471 was paid twice on 2024-03-28 (duplicate run). Recovery: -$2,310.77 over 3 periods",
    "W-4 update: filing status = Married filing jointly; Step 3 dependents = $4,000; extra withholding $50",
    "Shift differential: +$2.25/hr for 3p–11p; +$3.00/hr for 11p–7a",
    "Expense reimb. (non-taxable): mileage 312 mi × $0.67 = $209.04",
    "Pension: employee 5% / employer 3% (auto-enrolment; qualifying earnings £6,240–£50,270)",
    "Relocation package: $15,000 lump sum (grossed-up); repayment clause if you leave < 12 months",
    "Pay grade mismatch: job code ENG-3 but paid at ENG-2 max ($112k). Needs comp committee review.",
    "Salary ranges by level:\nL3: 95–120k\nL4: 120–150k\nL5: 150–185k\nL6: 185–230k",
    "Bruttogehalt 4.850 € × 12 + Weihnachtsgeld 50 %; Steuerklasse III; Kirchensteuer: nein",
    "Overtime rule: >40h/week → 1.5×; >12h/day → 2× (CA)",
    "Sign-on bonus $10,000 (clawback 100% if < 12 mo, 50% if < 24 mo)",
    "Holiday pay accrual = 12.07% of hours worked (casual staff)",
    "Net pay check: gross 3,200.00 − tax 512.40 − NI 198.32 − pension 160.00 = 2,329.28",
    "Tax code BR on the 2nd job; D0 if over the higher-rate threshold",
    "Equity refresh: 400 RSUs @ $87.15 (grant-date FMV) vesting 25%/yr",
    "Payroll cut-off: the 18th @ 17:00; changes after that go in next month's run",
    "Salário: R$ 8.500,00 + VR R$ 35/dia + plano de saúde (coparticipação 20%)",
    "Sueldo bruto anual: 38.000 € en 14 pagas; IRPF 17 %",
    "Adjustment reason: 'back pay for acting-up allowance (Grade 6 → 7), 01/02–30/04'",
    "Stock options: 5,000 ISOs @ $1.20 strike; 409A = $1.20; 10-yr expiry; 90-day post-termination exercise window",
    "Compa-ratio = 0.87 (salary / midpoint); below 0.9 → eligible for an equity adjustment",
    "Deduction code 'UNION' = union dues £14.20/mo (member since 2016)",
    "GL mapping: 6100 Salaries | 6110 Bonus | 6120 Employer NI | 6130 Pension — please don't post bonus to 6100!",
    "月給 ¥320,000（固定残業代 20時間分 ¥45,000 含む）、賞与年2回",
    "年终奖：2.5 个月；五险一金按实际工资基数缴纳",
    "Zasadnicze: 9 800 zł brutto; premia kwartalna do 15%; PPK 2% + 1,5%",
    "FX note: paid in USD, contract in CHF — rate locked at 0.8842 on 2024-01-02",
    "Clawback: overpayment of €1,044.30 (sick leave miscoded as PTO); deduct €348.10 × 3",
    "Salary history ban applies (NYC) — do NOT ask for current salary",
    "Range posted: $70,000–$85,000/yr (Colorado Equal Pay for Equal Work Act)",
    "Bonus pool FY24 = 8% × Σ(base) for eligible employees; pro-rated for joiners after 1 Apr",
    "Payroll run status: PRELIM → LOCKED → FINAL; reopened by j.o'neil@corp on 2024-05-24 11:02",
    "Night rate 1.33× applies 20:00–06:00; hours straddling midnight are split across days",
    "Loonheffing NL: loonheffingskorting toegepast; 30%-regeling t/m 2027",
    "Union rate (Local 46): $58.75/hr + fringe $31.10",
    "Tax code K475 (benefit in kind > personal allowance) — employee queried; explained company car BIK",
    "Payslip query: 'Why is my net lower in May?' → student loan Plan 2 kicked in (9% over £27,295)",
]

LEAVE_REQUEST = [
    "Annual leave: Mon 12 Aug – Fri 23 Aug (10 days). Cover: Priya (tickets) & Tomás (on-call).",
    "Sick day today — migraine. I'll check Slack after 3pm if I'm up to it.",
    "Parental leave request: 16 weeks from 2024-09-02; phased return 3 days/wk for 4 weeks",
    "Bereavement leave (3 days) — my grandmother passed away on Sunday. Funeral is Thursday in Cork.",
    "Half day PM 14/06 — dentist (root canal 😬)",
    "Jury duty summons for 18–22 Nov; attaching the court letter (PDF).",
    "Request: unpaid leave 2 weeks in Jan to visit family in Lagos; happy to make up hours before/after",
    "Urlaubsantrag: 23.12.–03.01. (6 Arbeitstage, Resturlaub 2023: 4 Tage)",
    "Congé maternité : du 04/03 au 23/06 ; puis congé parental d'éducation à 80 %",
    "Time off in lieu for the weekend deploy (Sat 02:00–06:00) → 4h TOIL",
    "Religious observance: Yom Kippur (from sunset Fri) — need Friday afternoon off",
    "Eid al-Fitr — 2 days (date depends on moon sighting; I'll confirm the night before)",
    "Medical appointment: 10:00–12:00; working from home the rest of the day",
    "Sabbatical (unpaid) 3 months – policy says eligible after 5 yrs; I'm at 5y 2m",
    "Leave balance looks wrong: shows -1.5 days but I carried over 5 from last year??",
    "Please cancel my leave for 07/10 — project deadline moved. Thanks!",
    "Compassionate leave for my partner's surgery (Wed–Fri). Might need to extend; will update.",
    "Study leave: CIPD Level 7 exam on 15/05; requesting the 14th & 15th",
    "Out sick since Tue (flu). Fit note from GP attached; expected back Mon.",
    "Moving house on the 30th — can I take that day as annual leave? (I know it's month-end close; reconciliations will be done by the 29th)",
    "Vacaciones: del 1 al 15 de agosto; queda cubierto por Marta.",
    "Férias: 20 dias a partir de 06/01; vender 10 dias (abono pecuniário)",
    "Blood donation leave – 2 hours Thursday morning",
    "Military reserve training: 2 weeks in July (orders attached) — USERRA",
    "Caregiver leave (FMLA, intermittent): up to 2 days/month for my mother's dialysis appointments",
    "Working from abroad (Spain) 2 weeks in Sept — not leave, but HR said I need to log it here for tax/insurance",
    "Leave type = 'Other'; reason: wedding (mine! 🎉) 9–20 Sept",
    "Sick leave – back pain. Can work partially from home with a standing desk; not fit for the commute",
    "My leave overlaps with Jana's (both 22–26 Jul); we agreed I'll shift to 29 Jul–2 Aug.",
    "Request adjusted hours during Ramadan: 08:00–15:00, no lunch break",
    "Carry-over request: 7 days from 2024 → 2025 (couldn't take them because of the SAP go-live)",
    "Absence note for 03/04: kid's school closed (strike); worked 2h in the evening",
    "Paternity leave: 2 weeks from the due date (est. 11/11); may shift ±10 days",
    "Mental health day. No details needed per policy, just logging it.",
    "Zwolnienie lekarskie L4 od 05.02 do 09.02",
    "休暇申請：8/13〜8/16（お盆休み）、緊急連絡先は携帯まで",
    "年假申请：10月1日—10月7日（国庆），共 3 个工作日",
    "Bank holiday swap: work Easter Monday, take Tue 2 Apr instead (multi-faith calendar)",
    "Leave request denied?? It says 'blackout period: 20–31 Dec' — can someone explain; I booked flights in June",
    "Appointment with my immigration lawyer (visa renewal) – 2h on Wed; will make up the time",
    "Self-certified sickness, 1 day (Mon). Norovirus in the house; staying away so I don't infect anyone",
    "Shift swap: I'll take Sam's Sat night (22:00–06:00) in exchange for my Thu day shift",
    "Adoption leave: placement date 12 Feb; 26 weeks; statutory + company top-up",
    "Hours: -4h on Friday (left early — car broke down on the M50)",
    "Need Fri off for my citizenship ceremony 🇨🇦 — 9:30am at the courthouse",
    "Ausfall wegen Kind krank (Kinderkrankentage, § 45 SGB V): 2 Tage",
    "Arrêt maladie de 3 jours ; le jour de carence est-il appliqué ?",
    "Partial day: in at 11:00 — MOT for the car",
    "Leave for the school run + sports day: Fri 13:00–16:00 (will log on again after 19:00)",
    "Sick note:\nFrom: 02/09\nTo: 06/09\nReason: tonsillitis\nDoctor: Dr. Ó Briain, Ennis",
    "Annual leave request — 24/12 to 01/01 inclusive; 'Christmas shutdown' days shouldn't count, right?",
]

ONBOARDING = [
    "☐ Laptop (MacBook Pro 14\", 32GB) ☐ Badge ☐ Accounts: j.o'neil@corp, GitHub, Slack, Okta",
    "Day 1: 09:00 welcome (HR) → 10:30 IT setup → 12:00 lunch w/ buddy → 14:00 security training",
    "Account request: username = m.nguyen; groups = eng-platform, vpn-users, jira-sw; shell = /bin/zsh",
    "Please add the new hire to distribution lists: all-staff@, eng-announce@, london-office@",
    "Home dir: /home/a.kowalski ; quota 50G ; sudo: NO (request via ticket if needed)",
    "Checklist:\n[x] Contract signed\n[x] Right-to-work verified\n[ ] Bank details in payroll\n[ ] P45 received\n[ ] Pension opt-out window explained",
    "Equipment: 2× 27\" monitors, dock (USB-C), headset, ergonomic chair (per OH assessment)",
    "Access: read-only to the prod DB replica, no write; DBA approval needed for any GRANT beyond SELECT",
    "VPN profile: corp-vpn.ovpn (download from the IT portal after MFA enrolment)",
    "Buddy: Fatima (Eng) – please set up 30-min coffee chats weekly for the first month",
    "First-week reading: Employee Handbook §1–§4, Code of Conduct, Security Policy (incl. 'don't paste secrets in Slack')",
    "Laptop shipping address: Flat 3B, 12 O'Connell St, Limerick V94 X2K5, Ireland",
    "Pre-boarding: send welcome email + swag box (hoodie size M, mug) 1 week before start",
    "IT ticket #58213: new starter 'Zoë Ørsted' — non-ASCII name; AD display name OK, email = zoe.orsted@",
    "Git config for new devs:\ngit config --global user.name \"Lars Ødegård\"\ngit config --global user.email lars.odegard@corp.example",
    "Install list: Homebrew, git, Docker Desktop, VS Code, kubectl, awscli v2, jq, brew install --cask 1password",
    "Locker #214 & key fob; parking permit (Level -2, bay 31)",
    "Payroll setup: bank IBAN, tax ID (PPSN/NI/SSN), emergency contact, pronouns (optional)",
    "Onboarding survey (day 30): 'What surprised you? What's confusing? What should we stop doing?'",
    "Add to the on-call rota only after shadowing 2 shifts (not before week 6)",
    "Security training modules: phishing, password managers, social engineering, why we never run scripts from e-mails",
    "Access request: Jira project HRIS (role: developer), Confluence space PEOPLE (view), Workday (self-service only)",
    "Desk: 4th floor, pod C, desk C-17 (near the window, as requested)",
    "Mobile phone: iPhone 15, MDM enrolled; eSIM activation code sent to personal email",
    "Day 2: environment setup — clone the repo, make bootstrap, then ./scripts/dev-up.sh; if it fails ask in #dev-help",
    "Shared drive mapping: \\\\fileserver01\\HR\\Onboarding (read) & \\\\fileserver01\\Teams\\Finance (rw)",
    "Welcome message draft: 'Please welcome Ana-María to the People team! ☕ Say hi in #general.'",
    "DocuSign envelopes: offer letter, NDA, IP assignment, handbook acknowledgement (all due before day 1)",
    "Orientation for night staff: 20:00 start; the security desk has your badge; parking at the rear entrance",
    "Accounts to create: AD (sAMAccountName: tnakamura), Google Workspace, Zoom, Slack (guest → full after probation)",
    "Note: new hire uses a screen reader (NVDA); please pre-install it & make sure training materials are accessible",
    "Probation: 6 months; check-ins at 30/60/90 days with manager & HRBP",
    "Onboarding-Aufgaben: Arbeitsvertrag ✓, Sozialversicherungsausweis, Steuer-ID, Krankenkasse, Schlüsselübergabe",
    "Intégration : remise du badge, visite du site, formation sécurité incendie, accès à l'intranet",
    "入社手続き：雇用契約書、マイナンバー、通勤経路の申請、PC 受け取り",
    "入职清单：劳动合同、工牌、电脑、企业微信账号、门禁卡",
    "Lista de integración: contrato, alta en la Seguridad Social, cuenta de correo, tarjeta de acceso",
    "Parking & transit: cycle-to-work scheme form; season ticket loan (interest-free)",
    "Re-hire (boomerang): reactivate old account? NO — create a new one; the old one has been disabled since 2021 (policy)",
    "Contractor onboarding: limited account (expires 2024-12-31), no access to payroll or HRIS, NDA on file",
    "Email signature template:\nName | Title\nCompany Ltd. | +44 20 7946 0000\n<pronouns, optional>",
    "Door access groups: HQ-ALL, HQ-LAB (requires safety induction), HQ-SERVER-ROOM (denied – not required)",
    "Make sure the manager field is set in Workday — otherwise approvals route to the CEO (happened twice!)",
    "Welcome lunch booked: Fri 12:30 @ Trattoria Da Mario (table for 8), veggie/halal options confirmed",
    "Training: GDPR basics, anti-bribery, DSE assessment, fire warden (optional)",
    "Set up 1Password vault 'Team-Payroll' and share it with the new payroll analyst — NO passwords over email",
    "Device: Windows 11 laptop; local admin: denied; BitLocker on; enrolled in Intune",
    "SSH access: send your *public* key (~/.ssh/id_ed25519.pub) via the access form, never the private one",
    "Kitchen etiquette & fire exits: see the poster next to the lifts on every floor",
    "Badge photo: plain background, no sunglasses; upload as JPG/PNG < 5 MB",
    "Timezone for calendar: America/Sao_Paulo; working hours 09:00–18:00 (BRT)",
    "Reminder: new hires in payroll must complete 'Handling personal data (SSN, IBAN, salary)' before access is granted",
]

PERFORMANCE_REVIEW = [
    "Exceeds expectations. Shipped the payroll reconciliation tool 3 weeks early; cut manual checks from 2 days → 2 hours.",
    "Areas to develop: delegation; tends to 'just do it myself' under pressure.",
    "Self-review: I'm proud of the migration (zero downtime!). Less proud of how I communicated the schema freeze — I'll do better.",
    "Rating: 3 – Meets. Goals: 4/5 met; the 5th (SOC2 evidence automation) slipped to Q1 due to re-prioritisation.",
    "Peer feedback: 'Always willing to pair. Explains complicated SQL (CTEs, window funcs) without making you feel dumb.'",
    "Manager summary: strong IC, ready for tech-lead scope; recommend promotion to Senior (L5) next cycle.",
    "OKR Q3: KR1 reduce onboarding time-to-first-PR from 10d → 5d (achieved 6d); KR2 docs coverage 80% (achieved 85%)",
    "360 summary — Strengths: calm, thorough, kind. Opportunities: push back earlier; say 'no' to scope creep.",
    "PIP: 60 days; weekly check-ins; success = closing >= 8 tickets/sprint with < 2 reopened",
    "Leistungsbeurteilung: Ziele vollständig erreicht; hervorragende Zusammenarbeit mit dem Betriebsrat.",
    "Évaluation annuelle : objectifs atteints ; souhait d'évolution vers un poste de manager ; formation « leadership » à prévoir",
    "Goal: 'Learn Rust' is too vague → rewrite as SMART: ship 1 internal CLI in Rust by 30/06, reviewed by 2 peers",
    "Kudos: handled the Black Friday incident (DB connections maxed → max_connections tuned + PgBouncer) like a pro",
    "Needs improvement: code reviews are sometimes harsh ('this is wrong' w/o explanation). Please coach on tone.",
    "Calibration note: moved from 4 → 3 to align with peers; manager disagrees (documented).",
    "Attendance: 2 late arrivals in Q2 (transport strike); not a concern.",
    "Competencies (1–5): Technical 4 | Collaboration 5 | Ownership 4 | Communication 3 | Leadership 3",
    "Development plan: AWS Solutions Architect Pro by Dec; shadow the incident-commander rotation; present at 1 eng all-hands",
    "Promotion case: scope > team; led the cross-org 'drop the legacy ESB' initiative (retired 14 integrations, saved $220k/yr)",
    "Self-assessment: I struggled with the move to fully remote; blocked focus time & it got better in H2.",
    "Stakeholder feedback (Finance): 'The payroll export is finally right on the first try — thank you!'",
    "Mid-year check-in: on track; risk = dependency on a vendor API (they keep changing the schema without notice)",
    "Behaviour concern: repeated comments about colleagues' accents; discussed & documented; ER case #2024-117 opened",
    "Goals 2025:\n1) Reduce payroll errors to < 0.5%\n2) Automate P60/P11D generation\n3) Mentor 1 junior analyst",
    "The 'exec summary' in each report is excellent — leadership reads it & nothing else 🙂",
    "Ratings distribution (team of 9): 1× exceptional, 2× exceeds, 5× meets, 1× below",
    "Upward feedback for manager: '1:1s get cancelled a lot'; 'great at shielding us from politics'",
    "Recognised at the all-hands for the 'kill the cron jobs' project — migrated 37 scripts into Airflow DAGs",
    "Written warning (stage 1) issued 12/03 for unauthorised absence; review date 12/06",
    "Avaliação de desempenho: supera expectativas; liderou a implantação do eSocial",
    "Evaluación: cumple; debe mejorar la documentación de los procesos de nómina",
    "評価：期待以上。新卒研修の講師を担当し、満足度 4.8/5",
    "绩效：A；主导完成了考勤系统迁移，减少 30% 人工核对",
    "Ocena roczna: bardzo dobra; awans na stanowisko starszego specjalisty ds. kadr i płac",
    "Example of impact: found a bug where WHERE end_date > NOW() excluded people whose contract ends today; fixed to >=",
    "Reviewer comment: 'Uses \"we\" when describing wins & \"I\" when describing mistakes — great sign of ownership.'",
    "Stretch goal missed: 'zero P1 incidents' — we had 2 (both 3rd-party DNS). Not counted against the rating.",
    "Would like to see more documentation: the runbooks for /opt/payroll/bin/*.sh are still in one person's head.",
    "Learning: completed 'Crucial Conversations' & 'SQL for Analysts (advanced)'. Applied both — visible in team retros.",
    "Bonus multiplier recommendation: 1.2× (exceeds); equity refresh: standard",
    "Probation review (3 months): passed; strengths — attention to detail; development — confidence in meetings",
    "Comment: kind & patient with new starters — the onboarding wiki page 'Where is everything?' was her idea.",
    "Underperformance linked to a health issue disclosed in confidence → referred to OH; goals adjusted; no rating this cycle",
    "Manager: 'If I could clone one person, it'd be Olu.' (We can't; please stop asking IT.)",
    "Impact > activity: fewer PRs than peers, but the merged ones removed 11k lines of dead code & sped up CI by 40%",
    "Peer: 'Sometimes drops threads in Slack — a weekly summary would help.'",
    "Self-review: I said yes to too much in Q2 (3 projects + interviews + on-call). In Q3 I learned to say 'not this sprint'.",
    "Feedback on the payroll script rewrite: replaced 400 lines of shell with a tested Python module; exit codes now mean something",
    "Leadership: ran the 'blameless postmortem' for the payroll double-run calmly; action items all closed within 2 weeks",
    "Rating: 2 – Partially meets. Missed 3 of 4 deadlines; support plan agreed (see attached <Support Plan v2.docx>)",
]

HANDBOOK_EXIT = [
    "§4.2 Remote work: employees may work from another EU country up to 30 days/yr; outside the EU requires HR + Legal approval.",
    "Code of Conduct — Harassment: any unwelcome conduct related to a protected characteristic is prohibited. Report it to your manager, HR, or the anonymous hotline.",
    "Acceptable use: do not install unapproved software; do not run scripts received by email; do not share passwords (even with IT).",
    "Expenses: receipts required for anything > €25; alcohol is not reimbursable except at approved team events (max 2 drinks/person).",
    "Working hours: core hours 10:00–16:00 (local); flexible otherwise. Overtime must be approved in advance.",
    "Data protection: personnel files are kept for 6 years after leaving; payroll records for 7 (tax law).",
    "Exit interview: reason for leaving = career growth; 'no clear path to Staff level here'. Would return? Maybe.",
    "Exit: 'My manager was great, but the re-org (Eng > Platform > SRE → Eng > Infra) left us without a roadmap for 6 months.'",
    "Why are you leaving? Commute (2h/day) after the RTO mandate. Would you recommend us? Yes, for remote roles.",
    "Leaver checklist: return laptop & badge; disable accounts at 17:00 on the last day; final pay incl. accrued holiday; P45",
    "Offboarding: revoke SSO, VPN, GitHub org; transfer Drive ownership to the manager; forward the mailbox for 30 days",
    "Whistleblowing policy: concerns can be raised directly with the Audit Committee chair (ethics@corp.example).",
    "Dress code: smart casual; safety boots & hi-vis mandatory on the shop floor (no exceptions).",
    "Drug & alcohol policy: random testing applies to safety-critical roles only (drivers, forklift, lab).",
    "Exit feedback: pay was below market (~15%), the counteroffer came too late. Loved the team though ❤️",
    "Leaving to care for a family member. Thank you for the flexibility over the past year — it made a real difference.",
    "Exit interview (confidential): felt excluded from decisions; meetings were often at 17:30, which didn't work with childcare.",
    "Handbook §7.1 — Sick leave: notify your manager before 09:30 on the first day; self-certify up to 7 calendar days.",
    "Social media: don't post confidential info; you may say where you work; opinions are your own (add 'views my own').",
    "Conflicts of interest: declare any secondary employment, directorships, or relationships with suppliers (form HR-07).",
    "Gifts: you may accept gifts up to $50 in value; anything above must be logged in the gift register.",
    "Password policy (excerpt): minimum 14 chars; use the password manager; MFA on everything; never reuse your corp password.",
    "Travel: book via the portal; economy for flights < 6h; business allowed for > 6h with VP approval.",
    "Exit: 'The tooling is ancient — we still deploy payroll scripts by scp-ing them to /opt/payroll and running them by hand.'",
    "Grievance procedure: Stage 1 informal → Stage 2 written grievance to HR within 14 days → Stage 3 appeal to a Director.",
    "Handbuch: Überstunden werden durch Freizeit ausgeglichen (1:1); Ausnahmen regelt die Betriebsvereinbarung.",
    "Règlement intérieur : l'usage du téléphone personnel est toléré hors postes de production.",
    "Manual del empleado: las vacaciones deben solicitarse con 15 días de antelación; no se pueden fraccionar en más de 3 periodos.",
    "就業規則 第12条：遅刻・早退の場合は事前に所属長へ届け出ること",
    "员工手册：试用期为 3 个月，试用期内任何一方可提前 3 日通知解除劳动合同",
    "Exit survey free-text: 'Less process, more trust. Stop making us fill out a form to order a $10 cable.'",
    "Reason: relocation to Melbourne with my spouse. Would consider remote contract work if available.",
    "Exit: 'Promotions feel political; the calibration meeting is a black box.' (rated 2/5 on fairness)",
    "Notice: resigning effective 31/07; last working day 26/07 (using 3 days' leave).",
    "Handbook (IT): report phishing via the 'Report' button; don't click links like 'verify your payroll details' — payroll never asks by email.",
    "Equal opportunities: we do not discriminate on age, disability, gender reassignment, marriage/civil partnership, pregnancy/maternity, race, religion or belief, sex, or sexual orientation.",
    "Confidentiality: your own salary is yours to share (pay transparency); other people's personnel data is not.",
    "Exit: 'I'd come back if the on-call load was fixed. 1 week in 3 for 2 years burned me out.'",
    "Retiring after 31 yrs 🥲 — 'Thanks for everything; keep the Friday cake tradition alive!'",
    "Rehire eligibility: YES (regretted attrition).",
    "Rehire eligibility: NO — gross misconduct (policy §11.3).",
    "Bring-your-own-device: corp email on personal phones requires the MDM profile; remote wipe is limited to the work container.",
    "Exit: 'HR was responsive; payroll errors (3 in a year) were the worst part.'",
    "Parental leave policy: 26 weeks full pay for the birthing parent; 16 weeks for the non-birthing parent; applies from day 1.",
    "Workplace adjustments: ask via the form or tell your manager; no medical diagnosis is required to request an adjustment.",
    "Exit: 'The interview process promised 20% learning time; in reality it was 0%.'",
    "On-call policy: £250/week standby + £40/hr when paged; max 1 week in 4",
    "Handbook §9: company property includes code, docs & data created during employment; see the IP assignment clause.",
    "Disciplinary policy §11.2 — examples of gross misconduct: theft, fraud, violence, deliberately accessing colleagues' salary or medical data.",
    "Exit interview notes:\nQ: What would you change?\nA: Fewer meetings; a real career ladder for ICs; fix the expense tool.\nQ: Anything else?\nA: Thanks for 4 great years.",
    "IT handbook: files on C:\\Users\\<you>\\Desktop are NOT backed up — save to OneDrive or \\\\fs01\\home$",
]

PEOPLE_PROFILE = [
    "Name: Siobhán O'Neill-Ní Bhriain | Pronouns: she/her | Org: Eng > Platform > SRE",
    "Org path: People > Talent Acquisition > Tech Recruiting (EMEA)",
    "Address: Flat 2, 14 St. Mary's Rd, London SE15 2EB, UK",
    "Anschrift: Hauptstraße 5a, 10827 Berlin-Schöneberg",
    "住所：〒154-0024 東京都世田谷区三軒茶屋1-2-3 サンハイツ201号",
    "Skills: #python #sql #k8s #terraform #c++ #c# #.net",
    "Display name: Nguyễn Thị Minh Khai; preferred: Minh",
    "Emergency contact: Jean-Luc D'Amato (brother) +33 6 12 34 56 78",
    "Full name: José María Fernández-Ruiz de la Peña",
    "Legal name: 김민준 (Kim Min-jun); romanised: Minjun Kim",
    "Name: محمد بن عبدالله العتيبي — preferred: Mohammed",
    "Имя: Алексей Дмитриевич Смирнов; рабочий e-mail: a.smirnov@corp",
    "Manager chain: CEO > CTO > VP Eng > Dir. Platform > EM SRE > you",
    "Cost centre: CC-4410 (R&D / Platform); legal entity: Corp Ltd (IE)",
    "Job title: Sr. Eng. Manager, Payments & Billing (Acting)",
    "Email: darcy.oconnor@corp.example (alias: d'arcy@corp.example)",
    "Home address: 221 Rue de l'Église, App. 3, Montréal (QC) H2X 1Y4",
    "Address line 2: c/o Müller & Söhne GmbH, Postfach 12 34",
    "Skills tags: SQL; T-SQL; PL/pgSQL; \"stored procedures\"; ETL; SSIS",
    "Languages spoken: EN, FR, AR (Levantine), TR",
    "Bio: Recruiter by day, DJ by night. Ask me about 90s house or how to write a boolean string that finds actual Rust devs.",
    "Pronouns: they/them. Name pronunciation: Ngozi = 'n-GO-zee'",
    "Org: Ops > Warehouse > Night Shift (Dock 3) | Supervisor: R. Øverland",
    "Work location: Remote — Bengaluru (IST, UTC+05:30); office: Koramangala 4th Block",
    "Team: People Ops / HRIS & Payroll Systems",
    "Adres: ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
    "Dirección: C/ de Sant Antoni Maria Claret, 167, 08025 Barcelona",
    "Endereço: Rua Augusta, 1500 – apto 42, São Paulo/SP, 01304-001",
    "Name: Þórunn Guðmundsdóttir (Iceland) — email: thorunn.g@corp",
    "Contact: +49 (0)30 1234-5678 ext. 22 | Teams: @m.schäfer",
    "Employee ID: E-004471 | Hire date: 2019-04-01 | Status: Active | FTE: 0.8",
    "Skills: Excel (advanced: XLOOKUP, LAMBDA, Power Query) | SAP HCM | Workday | ADP",
    "Manager: Ana O'Brien-García; dotted line to Finance > FP&A",
    "Location: Dublin 2 / D02 XY45 — hot desk",
    "Name: Ολυμπία Παπαδοπούλου; Org: Finance > Payroll > EMEA",
    "Name: שרה כהן; Team: QA & Release",
    "नाम: प्रिया शर्मा; विभाग: मानव संसाधन",
    "Tên: Trần Văn Đức; Bộ phận: Kế toán",
    "Ad Soyad: Çağrı Yılmaz; Departman: İnsan Kaynakları",
    "Org chart path: Corp > EMEA > UK&I > Sales > Inside Sales > Team \"Phoenix\"",
    "Desk phone: ext. 4471; mobile: withheld; Slack: @jo.oneil",
    "About me: 🇳🇬 + 🇬🇧 | Payroll nerd | 'If it's not in the ledger, it didn't happen.'",
    "Work pattern: Mon–Thu 08:00–16:30, Fri off (compressed hours)",
    "Alt. spellings of my surname: MacDonald / McDonald / Mac Dhòmhnaill — same person, HR merged 3 records",
    "Certifications: CIPD L5; SHRM-CP; PHR; Workday Pro (HCM)",
    "Postal: PO Box 7731, Wellington 6141, Aotearoa New Zealand",
    "Name: Tāne Te Whatu; iwi: Ngāti Porou",
    "Previous surname: Kowalczyk (changed on marriage, 2021) — please update payroll & badge",
    "Skills: <none added yet> — click 'Edit profile' to add skills",
    "Address:\nApt 5C\n1180 Avenue of the Americas\nNew York, NY 10036\nUSA",
    "Name in Chinese: 陈嘉欣 (Chan Ka-yan, Cantonese) — HKID on file",
]

LITERALS = {
    "job_posting": JOB_POSTING,
    "candidate_cv": CANDIDATE_CV,
    "interview_scorecard": INTERVIEW_SCORECARD,
    "recruiter_search": RECRUITER_SEARCH,
    "compensation_payroll": COMPENSATION,
    "leave_request": LEAVE_REQUEST,
    "onboarding_checklist": ONBOARDING,
    "performance_review": PERFORMANCE_REVIEW,
    "handbook_exit": HANDBOOK_EXIT,
    "people_profile": PEOPLE_PROFILE,
}

# ---------------------------------------------------------------------------
# Small hand-written pools for the templated minority
# ---------------------------------------------------------------------------

P_TITLES = ["Senior Backend Engineer", "Payroll Administrator", "HR Business Partner", "Data Analyst",
            "Site Reliability Engineer", "Warehouse Associate", "Registered Nurse (ICU)", "Frontend Developer",
            "Talent Acquisition Partner", "Financial Controller", "QA Engineer", "IT Support Technician"]
P_REQS = ["5+ years C/C++; K8s & Terraform a plus", "3+ yrs SQL (joins, CTEs) & Python/pandas",
          "CIPP or equivalent; UK payroll & auto-enrolment", "forklift licence; able to lift 20 kg",
          "React/TypeScript; a11y (WCAG 2.2) & bundles < 50 KB", "bash/PowerShell scripting; ITIL v4 Foundation",
          "Workday or SAP SuccessFactors; GDPR-savvy", "IFRS 16, consolidations, SAP FI/CO",
          "Selenium or Playwright; CI in GitHub Actions", "Linux (RHEL/Ubuntu), /etc & systemd; on-call 1:6"]
P_LOCS = ["Dublin (hybrid 2d/wk)", "Remote – EU time zones", "Berlin-Kreuzberg office", "London EC2 | £60–75k",
          "Toronto, ON — CA$95k–110k", "São Paulo (híbrido)", "Kraków – B2B or UoP", "Austin, TX (on-site)",
          "Singapore | S$7k–9k/mo", "Lyon – CDI"]

P_ROLES = ["Payroll Officer", "Junior Developer", "Team Lead, Support", "HR Assistant", "Data Engineer",
           "Store Manager", "Recruitment Coordinator", "Systems Administrator", "Accountant", "Nurse"]
P_COMPANIES = ["Müller & Partner GmbH", "O'Hara Logistics", "Banco Nacional S.A.", "Nordic Health AB",
               "Smith & Sons Ltd.", "株式会社サクラ", "Café Olé SARL", "Acme Corp", "Kowalski Sp. z o.o.",
               "Brightside Charity (volunteer)"]
P_ACHIEVE = ["cut payroll errors by 60%", "introduced a <2-day time-to-offer SLA", "migrated 30 cron jobs to Airflow",
             "ran month-end for 3 entities", "wrote the SQL behind the headcount dashboard",
             "trained 12 new starters", "automated P45/P60 generation", "reduced ticket backlog from 400 → 35",
             "owned the 'select a benefits plan' self-service flow", "negotiated a 12% lower vendor rate"]

P_DIMS = ["Tech", "Coding", "System design", "Communication", "Culture add", "Problem solving", "SQL", "Leadership"]
P_SCORE_COMMENTS = ["strong on SQL joins", "clear & structured; used examples", "needed hints on edge cases",
                    "great questions about on-call", "shaky on indexes vs. full scans", "explained trade-offs well",
                    "weak on testing; no asserts", "calm under pressure; owned the mistake",
                    "knew bash pipes & redirects (2>&1) cold", "over-engineered — 5 classes for a 20-line script"]

P_SKILLS = ["java", "kotlin", "python", "golang", "rust", "\"C#\"", "react", "vue", "terraform", "ansible",
            "SAP", "Workday", "\"power bi\"", "tableau", "payroll", "\"talent acquisition\""]
P_EXCLUDE = ["intern", "student", "recruiter", "contractor", "\"help desk\"", "trainee", "junior"]
P_PLACES = ["Dublin", "Berlin", "\"São Paulo\"", "Warszawa", "Austin", "Remote", "Zürich", "Lisboa"]

P_LEVELS = ["L3", "L4", "L5", "Band P2", "Band P3", "Grade 6", "Grade 7", "M1", "IC4"]
P_CURR = [("€", ""), ("£", ""), ("$", ""), ("CHF ", ""), ("", " zł"), ("R$ ", ""), ("A$", "")]
P_ADJ_REASONS = ["overtime (Sat shift)", "on-call standby, week 23", "retro pay – grade change", "shift differential",
                 "overpayment recovery (1 of 3)", "car allowance pro-rata", "bonus – referral (hire: M. Ruiz)",
                 "unpaid leave deduction, 2 days", "salary sacrifice – pension", "holiday pay top-up"]

P_LEAVE_TYPES = ["Annual leave", "Sick leave", "Unpaid leave", "Parental leave", "Study leave", "TOIL",
                 "Congé payé", "Urlaub", "Vacaciones", "Compassionate leave"]
P_LEAVE_NOTES = ["Cover: Priya & Tomás.", "Handover doc in Confluence.", "Back on the 3rd; reachable by phone if urgent.",
                 "Payroll run done before I go ✔", "Kids' half-term.", "Flights booked — please approve asap 🙏",
                 "Out-of-office set; escalations → my manager.", "Doctor's note to follow.", "Family visit in Kraków.",
                 "Working the Saturday before to compensate."]
P_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

P_TASKS = ["Order laptop (MacBook / ThinkPad)", "Create AD & Okta accounts", "Add to payroll (bank, tax code)",
           "Book induction & H&S training", "Issue badge + locker key", "Add to #team channel & calendar",
           "Assign onboarding buddy", "Send welcome pack", "Grant VPN & MFA enrolment",
           "Right-to-work check (passport/BRP)", "Set up Workday profile", "Schedule 30/60/90 check-ins"]
P_OWNERS = ["IT", "HR", "Payroll", "Manager", "Facilities", "Buddy", "Security", "People Ops"]

P_COMPETENCIES = ["Ownership", "Collaboration", "Technical depth", "Communication", "Delivery", "Leadership",
                  "Customer focus", "Craft"]
P_RATINGS = ["Exceeds", "Meets", "Partially meets", "Strongly exceeds", "Meets+", "Developing"]
P_REVIEW_COMMENTS = ["took over the payroll migration when the lead left", "needs to write things down more",
                     "great mentor — two juniors credit her for their promotion",
                     "delivery slipped twice; root cause was scope, not effort",
                     "clear, kind feedback in code reviews", "should speak up earlier in planning",
                     "owned the on-call rota & cut pages by 45%", "customers ask for him by name",
                     "built the leave-balance report everyone now uses", "sometimes over-promises to stakeholders"]

P_EXIT_Q = ["Main reason for leaving?", "Would you recommend us as an employer?", "What could we have done better?",
            "How was your relationship with your manager?", "Would you return?", "Was your workload manageable?"]
P_EXIT_A = ["Better pay elsewhere (+20%).", "Yes — great people, slow processes.", "Clearer career paths & fewer re-orgs.",
            "Good; 1:1s were useful when they happened.", "Maybe, in 2–3 years.", "No — 50+ hour weeks in Q4.",
            "Relocating abroad with my partner.", "Honestly? The commute.", "More recognition for 'glue work'.",
            "Fine until the team split; then unclear ownership."]

P_NAMES = ["Aoife Ó Ceallaigh", "Björn Åkesson", "Chidinma Okafor", "Dương Minh Tú", "Élodie Lefèvre",
           "Fatma Şahin", "Grzegorz Brzęczyszczykiewicz", "Hiroshi Tanaka (田中 博)", "Inés Fernández",
           "João Gonçalves", "Kateřina Dvořáková", "Liam O'Reilly", "Mariam Al-Hashimi", "Nikolaos Georgiou"]
P_ORGS = ["Eng > Platform > SRE", "People > HRIS & Payroll", "Finance > FP&A", "Ops > Warehouse > Night Shift",
          "Sales > EMEA > DACH", "Eng > Data > Analytics", "Legal & Compliance", "Customer Success > Tier 2"]
P_CITIES = ["Dublin, IE", "Göteborg, SE", "Lagos, NG", "Hà Nội, VN", "Lyon, FR", "İzmir, TR", "Łódź, PL",
            "大阪, JP", "Sevilla, ES", "Porto, PT", "Brno, CZ", "Cork, IE", "Abu Dhabi, AE", "Θεσσαλονίκη, GR"]


def tpl_job_posting(rng):
    t, r, loc = rng.choice(P_TITLES), rng.choice(P_REQS), rng.choice(P_LOCS)
    if rng.random() < 0.5:
        return f"{t} – {r}. {loc}"
    return f"We're hiring: {t}\nMust have: {r}\nWhere: {loc}"


def tpl_candidate_cv(rng):
    y1 = rng.randint(2008, 2020)
    y2 = y1 + rng.randint(1, 4)
    return f"{rng.choice(P_ROLES)}, {rng.choice(P_COMPANIES)} ({y1}–{y2}) — {rng.choice(P_ACHIEVE)}"


def tpl_interview_scorecard(rng):
    return f"{rng.choice(P_DIMS)}: {rng.randint(1, 5)}/5 -- {rng.choice(P_SCORE_COMMENTS)}"


def tpl_recruiter_search(rng):
    a, b = rng.sample(P_SKILLS, 2)
    if rng.random() < 0.5:
        return f"({a} OR {b}) AND {rng.choice(P_PLACES)} AND NOT {rng.choice(P_EXCLUDE)}"
    return f"{a} AND ({b} OR {rng.choice(P_SKILLS)}) -{rng.choice(P_EXCLUDE)} location:{rng.choice(P_PLACES)}"


def tpl_compensation(rng):
    pre, post = rng.choice(P_CURR)
    if rng.random() < 0.5:
        lo = rng.randrange(30, 150, 5)
        hi = lo + rng.randrange(5, 35, 5)
        return f"{rng.choice(P_LEVELS)}: {pre}{lo}k–{pre}{hi}k{post} + {rng.choice([5, 8, 10, 12, 15, 20])}% bonus"
    amt = f"{rng.randint(20, 2400)}.{rng.randint(0, 99):02d}"
    sign = rng.choice(["+", "-"])
    return f"Adjustment {sign}{pre}{amt}{post} – {rng.choice(P_ADJ_REASONS)}"


def tpl_leave_request(rng):
    m = rng.choice(P_MONTHS)
    d1 = rng.randint(1, 20)
    n = rng.randint(1, 8)
    return f"{rng.choice(P_LEAVE_TYPES)}: {d1} {m} – {d1 + n} {m} ({n + 1} days). {rng.choice(P_LEAVE_NOTES)}"


def tpl_onboarding(rng):
    box = rng.choice(["[ ]", "[x]", "☐", "☑"])
    return f"{box} {rng.choice(P_TASKS)} — owner: {rng.choice(P_OWNERS)}; due: day {rng.choice([-5, -1, 1, 2, 5, 30])}"


def tpl_performance_review(rng):
    return f"{rng.choice(P_COMPETENCIES)}: {rng.choice(P_RATINGS)} — {rng.choice(P_REVIEW_COMMENTS)}"


def tpl_handbook_exit(rng):
    return f"Exit survey — Q: {rng.choice(P_EXIT_Q)} A: {rng.choice(P_EXIT_A)}"


def tpl_people_profile(rng):
    return f"{rng.choice(P_NAMES)} | {rng.choice(P_ORGS)} | {rng.choice(P_CITIES)}"


TEMPLATES = {
    "job_posting": tpl_job_posting,
    "candidate_cv": tpl_candidate_cv,
    "interview_scorecard": tpl_interview_scorecard,
    "recruiter_search": tpl_recruiter_search,
    "compensation_payroll": tpl_compensation,
    "leave_request": tpl_leave_request,
    "onboarding_checklist": tpl_onboarding,
    "performance_review": tpl_performance_review,
    "handbook_exit": tpl_handbook_exit,
    "people_profile": tpl_people_profile,
}


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for category, literals in LITERALS.items():
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {category}: {v!r}")
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        make = TEMPLATES[category]
        guard = 0
        while len(values) < PER_CATEGORY:
            guard += 1
            if guard > 10000:
                raise SystemExit(f"template pool too small for {category}")
            v = make(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if n_lit < 0.55 * len(values):
            raise SystemExit(f"{category}: too few literals ({n_lit}/{len(values)})")
        stats.append((category, len(values), n_lit))
        for v in values:
            rows.append({"category": category, "label": "benign", "value": v})

    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": v})

    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for category, n, n_lit in stats:
        total_lit += n_lit
        print(f"{category:22s} {n:4d}  literals {n_lit:3d}")
    print(f"{'total':22s} {len(out):4d}  literals {total_lit:3d}")


if __name__ == "__main__":
    main()
