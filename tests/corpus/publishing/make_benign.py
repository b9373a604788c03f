"""Benign held-out corpus for the WAF: academic publishing and peer review.

Every value below is text a real person types into an ordinary field of a
journal submission / peer-review / catalogue system: manuscript titles and
abstracts (with TeX math and \\cite/\\ref commands), author lists with
affiliations and ORCID iDs, reviewer comments, responses to reviewers, BibTeX
entries, formatted references and DOIs, JATS XML snippets, editorial letters
and production notes, data/code availability statements, and catalogue search
queries.  They are hard negatives on purpose: quotes, apostrophes, `;`, `|`,
`&`, `<`, `>`, `{}`, `$`, backslashes, `../`, paths, URLs and words such as
select, union, drop, exec, eval, sleep, script, alert, system, passwd appear
in their innocent, everyday sense.

All literals were hand-written for this corpus.  A small part of each
category is produced by template functions over hand-written pools, with a
fixed random.Random(SEED) so the output is byte-identical on every run.

Run:  python3 make_benign.py   (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 6801
PREFIX = "hb68"
PER_CATEGORY = 80
MAX_LEN = 1800

# ---------------------------------------------------------------------------
# 1. Manuscript titles and abstracts
# ---------------------------------------------------------------------------
TITLES_ABSTRACTS = [
    r"Union-Find with Path Compression Revisited: Tight Bounds for $\alpha(n)$-Amortised Queries",
    r"We prove that for every $\epsilon > 0$ the estimator satisfies $\|\hat{\theta} - \theta\|_2 \le C n^{-1/2+\epsilon}$ with probability at least $1 - \delta$, improving the bound of \cite{hartmann2019bounds}.",
    "Drop-in Replacement or Drop-out Risk? Student Attrition in Online Master's Programmes, 2015–2022",
    "Select, Then Aggregate: A Two-Stage Approach to Multi-Document Summarisation",
    "Sleep Deprivation and Working-Memory Performance in Night-Shift Nurses: A Randomised Crossover Trial",
    "\"Script\" and \"Scripture\": Reading Practices in Seventeenth-Century Dutch Households",
    "Exec-Time Prediction for Serverless Functions Using Gradient-Boosted Trees",
    """Background: Alarm fatigue is widespread in intensive care units, yet few studies quantify how many alerts are clinically actionable.
Methods: We reviewed 41,208 bedside monitor alerts from two ICUs (Jan–Jun 2021) and classified each as actionable, non-actionable or technical.
Results: Only 11.4% (95% CI 11.1–11.7) of alerts were actionable; SpO2 < 90% alerts accounted for 38% of all false alarms.
Conclusions: Adjusting default thresholds and adding a 15 s delay could remove about one third of non-actionable alerts without missing events.""",
    "The Alert Fatigue Problem in Intensive-Care Monitoring: Are 80% of Alarms False?",
    "Über die Stabilität nichtlinearer Schwingungen in gekoppelten Oszillatoren",
    "Étude comparative des systèmes d'irrigation goutte-à-goutte au Sahel : rendement, coût et acceptabilité",
    "基于图神经网络的蛋白质结构预测方法研究",
    "Análisis del discurso político en Twitter durante las elecciones de 2019 en Argentina",
    "Когнитивные искажения при принятии решений в условиях неопределённости",
    "日本語学習者における助詞「は」と「が」の習得過程",
    r"Let $G=(V,E)$ be a graph with $|V| = n$; we show that a proper colouring with $\chi(G) \le \Delta(G)$ colours can be found in $O(n \log n)$ time when $G$ is $K_{3,3}$-minor-free (see Section~\ref{sec:proof} and Lemma~\ref{lem:degree}).",
    "When <5% Matters: Detecting Rare Variants in Low-Coverage Sequencing",
    "Is p < 0.05 Enough? Replication Rates in Social Psychology, 2010–2020",
    "System-Level Modelling of Li-ion Battery Degradation under Fast-Charging Protocols",
    "Passwords, Passphrases and Password Managers: A Usability Study with 1,204 Participants",
    "From /etc/passwd to Federated Identity: Four Decades of Unix Account Management",
    "Where Did All the Semicolons Go? Punctuation Change in Informal English Writing; Evidence from Forum Data",
    r"A Short Combinatorial Proof of $\sum_{k=0}^{n} \binom{n}{k}^2 = \binom{2n}{n}$",
    "O'Brien's Paradox and the Limits of Counterfactual Reasoning",
    "Evaluating LLM-Generated SQL: Do 'Correct' Queries Return the Right Rows?",
    "Cross-Site Scripting Vulnerabilities in Jupyter Extensions: An Empirical Study of 312 Packages",
    r"We model arrivals as $N(t) \sim \mathrm{Poisson}(\lambda t)$ and derive the waiting-time tail $P(W > w) = \rho\, e^{-\mu(1-\rho) w}$ for $\rho = \lambda/\mu < 1$.",
    "Less Is More? Shorter Abstracts & Citation Counts in 12 Disciplines",
    "AT&T, Bell Labs and the Making of C: An Oral History",
    "Eval-Driven Development: Benchmarks as Specifications in NLP Research",
    """Resumo: Este estudo avalia o impacto do programa "Mais Médicos" na mortalidade infantil em municípios do Nordeste brasileiro entre 2013 e 2019.
Utilizamos um desenho de diferenças-em-diferenças com 1.794 municípios; o efeito estimado foi de −2,1 óbitos por mil nascidos vivos (IC 95%: −3,0 a −1,2).""",
    "Null Results Matter: A Pre-registered Study of Growth-Mindset Interventions (N = 3,412)",
    "Piping Hot: Thermal Performance of PEX vs. Copper Pipes in Domestic Heating | A Case Study",
    "A → B ⇒ ¬B → ¬A: Teaching Contraposition with Proof Assistants",
    "Ψ-Functions and the Zeros of ζ(s) on the Critical Line Re(s) = ½",
    "Ni–Fe Layered Double Hydroxides for the Oxygen Evolution Reaction at pH > 13",
    r"Throughout, $\hat f(\xi) = \int_{-\infty}^{\infty} f(x)\, e^{-2\pi i x \xi}\, dx$ denotes the Fourier transform and $f \ast g$ the convolution; all functions are assumed to lie in $L^1(\mathbb{R}) \cap L^2(\mathbb{R})$.",
    "Exploring #hashtags & @mentions: The Network Structure of Academic Twitter",
    "Where's the Data? Availability Statements in 4,000 Open-Access Articles",
    "أثر التغير المناخي على إنتاجية القمح في حوض النيل",
    "한국어 형태소 분석기의 성능 비교 연구",
    "Wpływ pandemii COVID-19 na zdrowie psychiczne studentów w Polsce",
    "Η επίδραση της θερμοκρασίας στην κινητική των ενζύμων",
    "C++ Templates vs. Rust Generics: Compile-Time Costs in Large Codebases",
    "Delete, Retain, or Anonymise? GDPR Erasure Requests in Research Data Repositories",
    "Shell Thickness in Bivalves as a Proxy for Ocean Acidification (1950–2020)",
    "A 10× Speed-Up for Sparse Cholesky Factorisation on GPUs via Supernodal Block Scheduling",
    r"Theorem~2 holds for all $p \in [1, \infty)$; the endpoint $p = \infty$ requires the weaker condition $\sup_{x} |f(x)| < \infty$, which we verify in Appendix~\ref{app:linf}.",
    "Where the Wild Things Are (Not): Camera-Trap Surveys in Fragmented Forests",
    "On the \"Hello, World!\" Program as a Genre",
    "Insert Coin to Continue: Monetisation Mechanics in Mobile Games",
    "The Window Function Matters: Spectral Leakage in Short EEG Epochs",
    """Abstract. Relational databases remain the default store for research data, but analysts increasingly write queries through ORMs.
We collected 9,870 queries from 61 open-source projects and found that 14% of hand-written SELECT statements with a UNION could be replaced by a single query with OR, halving execution time on PostgreSQL 15.
We release the corpus and a linter that flags such cases.""",
    "भारत में ग्रामीण स्वास्थ्य सेवाओं की पहुँच: एक क्षेत्रीय अध्ययन",
    "Türkiye'de kentsel dönüşüm ve konut fiyatları (2010–2020)",
    r"Phase transitions in the $O(N)$ model for $N \to \infty$: a $1/N$ expansion beyond leading order",
    "Kids' Bedtime Routines, Screen Use & Sleep Onset Latency: A Diary Study",
    "Kinetics of CO₂ Uptake in Amine-Functionalised Silica (T = 25–75 °C)",
    r"Improved Regret Bounds $\tilde{O}(\sqrt{dT})$ for Contextual Bandits with Delayed Feedback",
    "Execute or Delegate? Task Allocation in Human–Robot Teams",
]

TITLE_METHODS = ["Graph Neural Networks", "Bayesian Hierarchical Models", "Mixed-Effects Regression",
                 "Transformer Encoders", "Agent-Based Simulation", "Qualitative Interviews",
                 "Difference-in-Differences", "Finite-Element Analysis", "Topic Models", "Survival Analysis"]
TITLE_TASKS = ["Predicting Drop-out in MOOCs", "Estimating Sleep Duration from Wearables",
               "Mapping Urban Heat Islands", "Detecting Retracted Citations", "Forecasting Crop Yields",
               "Measuring Reviewer Agreement", "Modelling Union Membership", "Classifying Legal Scripts",
               "Ranking Search Results in Library Catalogues", "Tracking Glacier Retreat"]
TITLE_TAILS = ["A Systematic Review", "Evidence from {country}", "A Case Study in {country}",
               "Lessons from {n} Cohorts", "Pitfalls & Remedies", "What Works, What Doesn't",
               "Revisited", "A Pre-registered Replication"]
COUNTRIES = ["Kenya", "Norway", "Chile", "Vietnam", "Québec", "Bavaria", "Kerala", "São Paulo"]


def tpl_titles(rng):
    tail = rng.choice(TITLE_TAILS).format(country=rng.choice(COUNTRIES), n=rng.randint(3, 40))
    sep = rng.choice([": ", " — ", "? "])
    head = f"{rng.choice(TITLE_METHODS)} for {rng.choice(TITLE_TASKS)}"
    if sep == "? ":
        head = "Can " + head.replace(" for ", " Help with ", 1)
    return head + sep + tail


# ---------------------------------------------------------------------------
# 2. Authors, affiliations, ORCID iDs, contributions
# ---------------------------------------------------------------------------
AUTHORS_AFFILIATIONS = [
    "Siobhán O'Connor¹, Jean-Luc Dubois², Zhang Wei¹·³ — ¹University College Dublin; ²Université Lumière Lyon 2; ³Tsinghua University",
    "María José García-López (ORCID 0000-0003-1064-0506)",
    "Dept. of Computer Science & Engineering, Indian Institute of Technology Bombay, Powai, Mumbai 400076, India",
    "Institut für Informatik, Ludwig-Maximilians-Universität München, Oettingenstraße 67, 80538 München, Germany",
    "O'Neill, P. J.; D'Angelo, M.; van der Berg, K. & Müller-Schmidt, A.",
    "Corresponding author: Ngozi Okafor <n.okafor@uni.example.edu>, Tel. +44 (0)20 7946 0321",
    "Nakamura, Haruto <h.nakamura@example.ac.jp>; Sato, Yui <y.sato@example.ac.jp>",
    "* These authors contributed equally to this work. † Deceased 14 March 2022.",
    "Chen Y*, Patel R, Okonkwo C, Lindqvist E (*corresponding)",
    "Department of Psychology; Union College; Schenectady, NY 12308; USA",
    "Center for Systems Biology Dresden (CSBD), Pfotenhauerstraße 108, 01307 Dresden",
    "Laboratoire d'Informatique de l'École polytechnique (LIX), CNRS UMR 7161, 91128 Palaiseau Cedex, France",
    "Universidad Nacional Autónoma de México (UNAM), Instituto de Física, Circuito de la Investigación Científica s/n, Ciudad Universitaria, 04510 Ciudad de México",
    "東京大学大学院 情報理工学系研究科, 〒113-8656 東京都文京区本郷7-3-1",
    "Московский государственный университет имени М. В. Ломоносова, физический факультет",
    "Author contributions: Conceptualization, A.K. and L.M.; methodology, A.K.; software, T.R.; validation, T.R. and S.B.; writing—original draft, A.K.; writing—review & editing, all authors. All authors have read and agreed to the published version of the manuscript.",
    "CRediT: J.S. – Data curation, Formal analysis | M.T. – Supervision, Funding acquisition | R.Ö. – Software",
    "Ó Súilleabháin, Tadhg; Ní Bhriain, Gráinne; Mac Giolla Phádraig, Éamonn",
    "The ArcticSeq Consortium <consortium@arcticseq.example.org> (full member list in Appendix S1)",
    "ORCID iD: https://orcid.org/0000-0002-9452-5427",
    "Al-Rashid, Omar; Ben-David, Noa; D'Souza, Priya; Ng, Kok Wah",
    "Tsz-Ching \"Jackie\" Wong",
    "Kim & Lee Computational Biology Lab, KAIST; Daejeon 34141; Republic of Korea",
    "(1) Department of Earth Sciences, ETH Zürich, Switzerland; (2) Swiss Federal Institute for Forest, Snow and Landscape Research WSL, Birmensdorf",
    "Max Planck Institute for Software Systems (MPI-SWS), Saarbrücken / Kaiserslautern",
    "Present address: Division of Sleep Medicine, Harvard Medical School, Boston, MA 02115, USA",
    "Dr. Amara Nwosu-Adeyemi, MBBS, PhD, FRCPC",
    "Xu, Z.-H.; Li, J.; Wang, X.-Y.*",
    "Competing interests: none declared. M.R. serves on the scientific advisory board of Helix & Co. Ltd; the company had no role in the study.",
    "Fischer L, Sørensen K, Åberg J, Østergaard M, Þórsdóttir H",
    "Department of Mathematics & Statistics | McGill University | Montréal (QC) H3A 0B9 | Canada",
    """Aditi Raghunathan (1,2), Tomás Ferreira (2), Lena Vogel (1)
(1) School of Informatics, University of Edinburgh, 10 Crichton St, Edinburgh EH8 9AB, UK
(2) INESC-ID / Instituto Superior Técnico, Universidade de Lisboa, Portugal
Correspondence: a.raghunathan@ed.example.ac.uk""",
    '{"given": "Lena", "family": "Vogel", "orcid": "0000-0002-3190-8180", "affiliation": "University of Edinburgh"}',
    "Dept. of Electrical & Computer Eng., Univ. of Illinois Urbana-Champaign, 306 N. Wright St., Urbana, IL 61801",
    "Sánchez-Gutiérrez, Ana Isabel¹; Peña, José Ignacio²",
    "Faculdade de Medicina, Universidade de São Paulo (FMUSP), Av. Dr. Arnaldo 455, São Paulo – SP, 01246-903",
    "Jane Q. Public, PhD (she/her) — Assistant Professor, Department of African American Studies",
    "Van den Bossche, Pieter; De Smedt, Els; 't Hooft, Gerard-Jan",
    "Funding: This work was supported by the Deutsche Forschungsgemeinschaft (DFG, project no. 445319012) and by grant PID2020-117341GB-I00 funded by MCIN/AEI.",
    "Beijing Key Laboratory of Big Data Management & Analysis Methods, Renmin University of China, Beijing 100872",
    "Kowalczyk, Agnieszka — Instytut Chemii Fizycznej PAN, ul. Kasprzaka 44/52, 01-224 Warszawa",
    "ORCID: 0000-0002-4578-481X (note the final X is part of the checksum, not a typo)",
    "School of Public Health & Preventive Medicine, Monash University, 553 St Kilda Rd, Melbourne VIC 3004",
    "Hernández, R.; López-Ibor, M.; Nuñez, C. — on behalf of the PRISMA-ES Study Group",
    "Department of Physics, University of Cape Town, Private Bag X3, Rondebosch 7701, South Africa",
    "Authors listed alphabetically, as is customary in mathematics; no ordering of contribution is implied.",
    "Ahmed, S. (0000-0001-4154-0562); Begum, R. (0000-0001-7709-9617); Chowdhury, T. (0000-0003-6452-2687)",
    "Lab of Neuro-Imaging (LONI), USC Mark & Mary Stevens Neuroimaging and Informatics Institute, Los Angeles, CA",
    "Jürgen Groß¹ and Åsa Öberg² ¹TU Wien ²Lunds universitet",
    "Universitat Politècnica de València, Camí de Vera s/n, 46022 València",
    "Affiliation (in Chinese): 中国科学院 物理研究所, 北京 100190",
    "Corresponding authors: E-mail: k.mensah@ug.example.edu.gh (K.M.); y.tanaka@example.jp (Y.T.)",
    "Department of Drama, Theatre & Script Writing, University of Kent, Canterbury CT2 7NZ",
    "N. K. Jemisin-Clarke, R. d'Almeida, and the OpenNeuro team",
    "Liu, Xiao <xiao.liu@example.edu.cn>\nDepartment of Automation, Shanghai Jiao Tong University\n800 Dongchuan Rd., Minhang District, Shanghai 200240",
    "Institut de Ciències del Mar (ICM-CSIC), Pg. Marítim de la Barceloneta 37-49, 08003 Barcelona",
]

GIVEN = ["Ngozi", "Lars", "Mei", "Rafael", "Aoife", "Dmitri", "Fatima", "Hiroshi", "Chiara", "Tomasz",
         "Zeynep", "Kwame", "Isabelle", "Arjun", "Sigríður", "Björn"]
FAMILY = ["O'Reilly", "Nguyễn", "Müller", "Kowalski", "D'Alessandro", "Haddad", "Yamamoto", "Ferreira",
          "Okonjo", "Lindström", "Ó Briain", "van Dijk", "Papadopoulos", "Çelik", "Rahman", "Sørensen"]
DEPTS = ["Dept. of Statistics", "School of Chemistry", "Institute of Neuroscience", "Faculty of Law",
         "Department of Civil & Environmental Engineering", "Centre for Medieval Studies"]
UNIS = ["University of Bergen, Norway", "Universidade do Porto, Portugal", "Seoul National University, Korea",
        "University of Nairobi, Kenya", "Universität Wien, Austria", "Université de Montréal, Canada",
        "National University of Singapore", "Universidad de Chile, Santiago"]
ORCIDS = ["0000-0003-7061-0560", "0000-0002-4607-5396", "0000-0002-4350-1097", "0000-0002-3661-0316",
          "0000-0002-2141-5761", "0000-0003-3822-9014", "0000-0002-2193-4764", "0000-0002-2180-6957",
          "0000-0001-0594-4332", "0000-0002-1053-8424", "0000-0001-1366-1148", "0000-0001-5857-972X"]


def tpl_authors(rng):
    form = rng.randint(0, 2)
    g, f = rng.choice(GIVEN), rng.choice(FAMILY)
    if form == 0:
        return f"{g} {f}, {rng.choice(DEPTS)}, {rng.choice(UNIS)}; ORCID {rng.choice(ORCIDS)}"
    if form == 1:
        g2, f2 = rng.choice(GIVEN), rng.choice(FAMILY)
        return f"{f}, {g[0]}.; {f2}, {g2[0]}. & {rng.choice(FAMILY)}, {rng.choice(GIVEN)[0]}."
    return f"{g} {f} <{g.lower()[:1]}.{rng.randint(10, 99)}@example.edu> — {rng.choice(UNIS)}"


# ---------------------------------------------------------------------------
# 3. Reviewer comments
# ---------------------------------------------------------------------------
REVIEWER_COMMENTS = [
    "The authors claim (l. 214) that 'the union of the two samples is representative', but Table 2 shows the samples overlap by ~30%; please clarify whether duplicates were dropped before pooling.",
    r"Eq. (7): the inner sum should run over $j \neq i$, not $j < i$; otherwise the cross terms are counted twice.",
    "Minor: in Listing 3, `rm -rf build/` is unnecessary in a reproducibility script — `make clean` does the same thing and is less alarming to readers.",
    "The query in Appendix B (SELECT author_id, COUNT(*) FROM papers GROUP BY author_id HAVING COUNT(*) > 5;) ignores co-authored papers. Is that intentional?",
    "I could not reproduce Figure 4: running `python train.py --seed 42 --epochs 30` gives a macro-F1 of 0.71, not the 0.78 reported.",
    "Please define 'sleep efficiency' before using it in the abstract; readers outside sleep medicine will not know it is total sleep time / time in bed.",
    "The significance threshold of p < 0.001 seems arbitrary. A Bonferroni correction for 24 comparisons would give 0.05/24 ≈ 0.0021.",
    """Recommendation: Major revision

Summary: The paper proposes a streaming variant of union-find and evaluates it on three graph datasets.

Strengths:
1. Clear motivation; the problem matters for large citation graphs.
2. Code is available and runs out of the box.

Weaknesses:
1. The comparison omits the obvious baseline (batch recomputation every k edges).
2. Theorem 1 assumes edges arrive in random order; real citation data is anything but random.
3. The complexity claim O(m α(n)) ignores the cost of deletions, which the method supports.""",
    "Le manuscrit est bien écrit, mais la section 4 mélange résultats et discussion ; je suggère de séparer les deux et de déplacer le tableau 5 en annexe.",
    "Die Autoren sollten begründen, warum sie die Stichprobe auf n = 48 begrenzt haben; eine Poweranalyse fehlt völlig.",
    "El DOI de la referencia 17 no resuelve (devuelve 404). Por favor, verifiquen todas las referencias con un gestor bibliográfico.",
    "The link to the supplementary data (https://zenodo.org/records/8812407) returns 'restricted access'; reviewers need at least a private share link.",
    "References [23] and [31] are the same paper (preprint & published version); please cite only the version of record.",
    "Section 3.2 is hard to follow. A diagram of the pipeline (raw PDF -> text extraction -> sentence splitter -> classifier -> aggregation) would help a lot.",
    "Typo: 'principle component' → 'principal component' (p. 4, l. 12); 'it's' → 'its' (p. 9, l. 3).",
    "The code availability statement points to /home/jdoe/projects/thesis/code — that is a local path on the author's machine, not a repository.",
    "The interactive figure in the HTML supplement loads plotly from a CDN via a <script src=...> tag; if the CDN disappears the figure breaks. Please bundle the library or provide static PNGs.",
    "I am not convinced by the exclusion criterion (age < 18 || BMI > 40). Why exclude participants with BMI > 40 when obesity is one of the covariates?",
    "In utils.py the configuration is parsed with eval(config_str). ast.literal_eval would be safer and would not change any results.",
    "Disclosure: I reviewed an earlier version of this manuscript for another journal; the authors have addressed most of my earlier concerns.",
    "Lines 88–93 repeat lines 40–45 almost verbatim.",
    r"The prior $\beta \sim \mathcal{N}(0, 10^2)$ is hardly 'uninformative' on the logit scale — it puts most mass on probabilities near 0 and 1.",
    "Why were participants who dropped out after week 2 excluded rather than handled with multiple imputation? An ITT analysis should at least be reported as a sensitivity check.",
    "The shell script `run_all.sh` calls `sleep 600` between jobs; is this needed? On a shared cluster it wastes allocation.",
    "Fig. 3 legend: the colours for 'exec' and 'system' time are indistinguishable in greyscale print.",
    "The manuscript uses both 'data set' and 'dataset'; please be consistent.",
    "The regex in Table S2 (^[A-Z]{2,4}-\\d{3,}$) would not match the accession numbers listed in Table S3, e.g. 'PRJEB4512.1'.",
    "Is the 'select' step in Algorithm 1 deterministic? If ties are broken randomly, results may vary between runs and the seed should be reported.",
    "The discussion overstates the findings: an odds ratio of 1.08 (95% CI 0.97–1.21) does not show that 'social media use causes poor sleep'.",
    "The authors should cite the original work on the drop-connect technique rather than a blog post.",
    "Please report effect sizes (Cohen's d or Hedges' g) alongside the t statistics in Table 4.",
    "この論文の新規性は限定的であり、先行研究（田中ら, 2020）との違いを明確にすべきである。",
    "Рецензент считает, что выводы статьи не следуют из представленных данных; необходимо добавить контрольную группу.",
    "Page 7: \"the results are significant (p = .06)\" — p = .06 is not significant at the α = .05 level the authors pre-specified.",
    "The ethics statement is missing the approval number; please add it (e.g. 'IRB #2021-0147').",
    "Nice paper. My only substantive concern is the choice of k = 10 in the k-NN baseline; results with k ∈ {1, 5, 20} should be shown.",
    "The phrase 'proves beyond doubt' in the conclusion is too strong for an observational study.",
    "Table 1 mixes mean ± SD and median [IQR] without saying which is which.",
    "I appreciate the authors sharing the Docker image, but `docker run --privileged` should not be necessary for a Python analysis.",
    "In the SQL schema (Fig. 2) the foreign key from reviews.paper_id to papers.id has ON DELETE CASCADE — if a paper is withdrawn, all its reviews vanish. Is that desired for the audit trail?",
    "Please include the full search strings used for each database (e.g. PubMed: (\"sleep\"[MeSH] OR insomnia[tiab]) AND adolescen*[tiab]).",
    "The statement 'all code is available upon reasonable request' does not meet the journal's code policy; please deposit it in a public repository.",
    "The x-axis label in Figure 5 reads 'log(p)' but the values are clearly −log10(p).",
    "Overall I recommend acceptance after minor revisions.",
    "Comment to the editor (not for the authors): I suspect substantial overlap with a paper the same group published last year; you may want to run a similarity check.",
    "The model described in §2.3 uses a ReLU after the final layer, which makes negative predictions impossible — but the target variable takes negative values.",
    "Line 301: 'the script was executed on each node' — which script? Please name it and give its location in the repository.",
    "The claim that the method is 'language-independent' is only tested on English, German and Spanish; please temper it or add at least one non-Latin-script language.",
    "Is the dose of 5 mg/kg/day (i.p.) correct? Section 2.4 says 0.5 mg/kg/day.",
    "Minor: please use \\citet/\\citep consistently; several citations render as '(Smith et al., 2019)' where the sentence needs 'Smith et al. (2019)'.",
    "The definition of 'active user' (≥ 1 login in 30 days) is too loose for conclusions about engagement.",
    "I ran the notebook; cell 14 fails with KeyError: 'year' because the CSV header is 'Year'.",
    "The authors should discuss the possibility that the union effect is driven by firm size, since unionised plants in the sample are on average three times larger.",
    "Questo studio è interessante ma la dimensione del campione (n = 23) è troppo piccola per le conclusioni proposte.",
    "Please avoid the term 'master/slave' for the replication setup; 'primary/replica' is now standard.",
    "Equation (12) divides by (1 − ρ); the case ρ → 1 needs to be discussed since Table 3 includes ρ = 0.99.",
]

REV_PARTS = ["Section {s}", "Table {t}", "Figure {t}", "Eq. ({e})", "The paragraph at lines {a}–{b}"]
REV_ISSUES = ["is unclear and should be rewritten", "contradicts the abstract",
              "needs a reference", "duplicates material from the introduction",
              "should report confidence intervals, not only p-values",
              "uses 'significant' loosely", "could be moved to the supplement",
              "should state the sample size explicitly (n = ?)"]
REV_OPENERS = ["Minor: ", "Major: ", "", "Suggestion: ", "Please check: "]


def tpl_review(rng):
    part = rng.choice(REV_PARTS).format(s=f"{rng.randint(2, 6)}.{rng.randint(1, 5)}", t=rng.randint(1, 8),
                                        e=rng.randint(1, 30), a=rng.randint(10, 200), b=rng.randint(201, 400))
    return f"{rng.choice(REV_OPENERS)}{part} {rng.choice(REV_ISSUES)}."


# ---------------------------------------------------------------------------
# 4. Responses to reviewers
# ---------------------------------------------------------------------------
AUTHOR_RESPONSES = [
    r"Response: We thank the reviewer for this careful reading. We agree and have changed $j < i$ to $j \neq i$ in Eq. (7); the numerical results were computed with the correct expression and are unchanged.",
    """> Reviewer 2, Comment 3: The SQL in Appendix B ignores co-authored papers.
Response: Correct — this was intentional. We count an author's papers regardless of position, so a co-authored paper contributes to each co-author. We have added a sentence to Appendix B making this explicit (p. 31, l. 8–10).""",
    "R1.4 — Done. The setup script now starts with `DROP TABLE IF EXISTS staging;` so that it can be re-run from scratch without manual clean-up.",
    "We respectfully disagree with Reviewer 3 on this point. The union of the two cohorts is not intended to be representative of the general population; we now state this limitation explicitly in Section 5.2.",
    "As suggested, we replaced eval() with ast.literal_eval() in utils.py (commit 4f9c2e1). All figures were regenerated; no numbers changed.",
    "Thank you. We re-ran the analysis with seeds 0–9 and now report mean ± SD across runs (Table 3). The macro-F1 is 0.76 ± 0.02; the 0.78 previously reported was the best single run, which we should not have presented as typical.",
    "We have removed the `sleep 600` calls from run_all.sh; they were a leftover from a cluster with a rate-limited file system.",
    "Point 2.7: The link now works. The dataset was under embargo until 1 March; it is public at https://doi.org/10.5281/zenodo.8812407.",
    "We added a pipeline diagram as the new Figure 2 (raw PDF → text extraction → sentence splitter → classifier → aggregation).",
    "Réponse : Nous remercions le rapporteur. Le tableau 5 a été déplacé en annexe (tableau A2) et la section 4 a été scindée en « Résultats » et « Discussion ».",
    "Antwort: Eine A-priori-Poweranalyse (G*Power 3.1; d = 0,5; α = 0,05; 1 − β = 0,80) ergab n = 34 pro Gruppe; mit n = 48 liegt unsere Stichprobe darüber. Wir haben dies in Abschnitt 2.1 ergänzt.",
    "We agree that \"proves beyond doubt\" was too strong and have changed it to \"is consistent with\".",
    "Regarding the exclusion criterion (BMI > 40): participants above this threshold could not fit in the MRI scanner bore, so exclusion was a technical necessity. We now explain this in Methods and list it as a limitation.",
    """Reviewer 1

1.1 "The comparison omits batch recomputation."
We added this baseline (Table 4, row 'Batch-k'). For k ≤ 1000 it is 3–5× slower than our method; for k = 10^5 it is faster but its answers can be up to 10^5 edges stale.

1.2 "Theorem 1 assumes random order."
Correct. We added Theorem 1' for adversarial order (bound worsens by a log factor) and an experiment with edges sorted by publication date.""",
    "We have corrected the typos; thank you for spotting them. 'principle component' appeared in three places, all now fixed.",
    "The reviewer is right that the prior is informative on the probability scale. We re-fit the model with $\\beta \\sim \\mathcal{N}(0, 1.5^2)$; posterior means change by < 0.01 (Supplementary Table S7).",
    "Changed as requested: 'master/slave' → 'primary/replica' throughout, including in the figure labels and the code comments.",
    "We now use ON DELETE RESTRICT for reviews.paper_id; withdrawn papers are flagged (status = 'withdrawn') rather than deleted, so the audit trail is preserved.",
    "With respect, we believe the reviewer has misread Table 2: the ~30% figure refers to overlap in *institutions*, not participants. No participant appears in both samples (verified by hashed ID matching).",
    "The KeyError the reviewer saw came from an outdated CSV on the shared drive; the repository version uses 'year' (lowercase). We added a check that raises a clear error if the header differs.",
    "We have added the full search strings for all four databases as Supplementary File 2, e.g. Scopus: TITLE-ABS-KEY((\"sleep\" OR insomnia) AND adolescen*) AND PUBYEAR > 2009.",
    "Following the editor's advice we deposited the code at https://github.com/okafor-lab/streaming-uf (tag v1.1, archived as 10.5281/zenodo.9034471).",
    "The docker run command no longer uses --privileged; it was only needed for an old GPU driver. The README now says: docker run --rm -v \"$PWD/data:/data\" okaforlab/suf:1.1",
    "We thank the reviewer for the kind words & constructive suggestions.",
    "Point 3: 'Which script?' — It is scripts/preprocess_node.sh; it is executed once per node via `srun --ntasks-per-node=1 scripts/preprocess_node.sh`. We have added this to line 301.",
    "The reviewer asks why we did not use multiple imputation for drop-outs. We now do (m = 20, predictive mean matching); the ITT estimate is 0.31 (95% CI 0.12–0.50), very close to the complete-case estimate of 0.33.",
    "Respuesta: Hemos verificado todas las referencias con Zotero; el DOI de la referencia 17 tenía un error tipográfico (10.1016/j.jhydrol.2019.05.0l2 con una «l» en lugar de «1»).",
    "We have replaced 'log(p)' with '−log₁₀(p)' on the x-axis of Figure 5.",
    "Re: effect sizes — Hedges' g with 95% CIs is now reported in Table 4; all are small (|g| < 0.3) except for the alert-latency outcome (g = 0.64).",
    "回答：ご指摘ありがとうございます。先行研究（田中ら, 2020）との相違点を第1章の最後に追記しました。",
    "We added k ∈ {1, 5, 20} to Table 6. k = 5 is marginally better than k = 10 on two datasets; conclusions are unchanged.",
    "The inconsistency between 0.5 and 5 mg/kg/day was a typo in Section 2.4; the correct dose is 5 mg/kg/day (i.p.), as recorded in the lab notebooks.",
    "Regarding negative predictions: the final ReLU was a mistake in the text only; the code (model.py, line 88) uses a linear output layer. We fixed the description.",
    "We are grateful for the reviewer's time. However, we think adding a non-Latin-script language is beyond the scope of this paper; we have softened 'language-independent' to 'tested on three European languages'.",
    "Table 1 now states 'mean ± SD' or 'median [IQR]' in each row header.",
    "We switched to \\citet / \\citep consistently (natbib); please let us know if any citation still renders incorrectly.",
    "Concerning the 'select' step in Algorithm 1: ties are broken by the lower node index, so the algorithm is deterministic; we state this in the pseudo-code (line 7).",
    "Response to Editor: Thank you for the opportunity to revise. Changes are marked in blue in the tracked-changes PDF; line numbers below refer to the clean version.",
    "We have added the IRB approval number (Ethics Committee of the Faculty of Medicine, #2021-0147) to the Ethics section.",
    "The definition of an 'active user' was tightened to ≥ 4 logins in 30 days, following the reviewer's suggestion. Results for both definitions are shown in Supplementary Figure S4.",
    "We agree that the union effect may partly reflect firm size. We now control for log(employees) and report that the coefficient drops from 0.12 to 0.09 but remains significant (p = 0.01).",
    "Answer to comment 5.3: the regular expression was wrong; it should be ^[A-Z]{4,5}\\d+(\\.\\d+)?$ and is now fixed in Table S2.",
    "Point 4: we removed the local path /home/jdoe/projects/thesis/code; the statement now refers to the public repository.",
    "Thank you — the colours in Fig. 3 have been changed to a colour-blind-safe palette (viridis), and the 'exec' and 'system' bars now also differ in hatching.",
    "We think the concern about overlap with our 2022 paper is understandable; the datasets are disjoint (2016–2018 vs 2019–2021), and we now cite that paper and explain the difference in the Introduction.",
    "Odpowiedź: Dziękujemy za uwagę. Wielkość próby (n = 23) jest ograniczeniem, które omawiamy w rozdziale 5; wnioski zostały złagodzone.",
    "Equation (12) is now accompanied by a remark on the heavy-traffic limit ρ → 1; the row ρ = 0.99 in Table 3 was computed with the asymptotic formula, which we now state.",
    "We have uploaded the revised manuscript (clean + tracked), the response letter, and updated supplementary files S1–S4.",
    "Regarding 'why Python 2.7?': the analysis has been ported to Python 3.11; `python -m pytest tests/` passes and outputs are identical to the 4th decimal place.",
    "We kept the term 'cross-site scripting' because it is the standard name; we added a footnote defining it for non-security readers.",
    "Minor points 1–9 have all been addressed as suggested; we do not list them individually.",
    "Response: The sentence now reads \"Participants who dropped out (n = 17; 8.2%) did not differ from completers in age, sex or baseline PHQ-9 (all p > .30)\".",
    "The Jupyter notebook now sets `%env PYTHONHASHSEED=0` and `np.random.seed(2023)` in its first cell, so the results are reproducible.",
]

RESP_OPENERS = ["We thank the reviewer.", "Thank you for this comment.", "Agreed.", "Done.",
                "We appreciate this suggestion."]
RESP_ACTIONS = ["We have revised {where} accordingly", "{where} has been rewritten",
                "A new paragraph was added to {where}", "We moved {where} to the Supplement",
                "We now cite {ref} in {where}"]
RESP_WHERE = ["Section 2.3", "the Discussion", "Table 2", "Figure 4 & its caption", "lines 140–152",
              "the Limitations paragraph", "Appendix C"]
RESP_REFS = ["Smith & Jones (2019)", "O'Hara et al. (2021)", "[34]", "Müller (2018, ch. 3)"]


def tpl_response(rng):
    act = rng.choice(RESP_ACTIONS).format(where=rng.choice(RESP_WHERE), ref=rng.choice(RESP_REFS))
    tail = rng.choice([".", "; see the tracked-changes version.", " (p. {p}).".format(p=rng.randint(3, 40))])
    return f"Comment {rng.randint(1, 3)}.{rng.randint(1, 12)} — {rng.choice(RESP_OPENERS)} {act}{tail}"


# ---------------------------------------------------------------------------
# 5. BibTeX entries
# ---------------------------------------------------------------------------
BIBTEX_ENTRIES = [
    r"""@article{okafor2021streaming,
  author  = {Okafor, Ngozi and M{\"u}ller, Jonas and Lindqvist, Erik},
  title   = {Streaming {Union-Find} for Evolving Citation Graphs},
  journal = {Journal of Graph Algorithms and Applications},
  year    = {2021},
  volume  = {25},
  number  = {3},
  pages   = {101--128},
  doi     = {10.7155/jgaa.00561}
}""",
    r"""@inproceedings{garcia2020sql,
  title     = {Do {LLMs} Write Correct {SQL}? {A} Study of {SELECT}, {JOIN} and {UNION} Queries},
  author    = {Garc{\'i}a-L{\'o}pez, Mar{\'i}a Jos{\'e} and Chen, Yu},
  booktitle = {Proceedings of the 46th International Conference on Very Large Data Bases},
  pages     = {2211--2224},
  year      = {2020},
  publisher = {VLDB Endowment}
}""",
    r"""@book{knuthlike1997,
  author    = {Abernathy, Donald E.},
  title     = {The Art of Structured Programming, Vol. 1: Fundamental Algorithms},
  edition   = {3rd},
  publisher = {Addison-Wesley},
  address   = {Reading, MA},
  year      = {1997}
}""",
    r"""@misc{vogel2023data,
  author       = {Vogel, Lena and Ferreira, Tom{\'a}s},
  title        = {{Sleep-Diary} Dataset for Adolescents, Waves 1--3},
  year         = {2023},
  howpublished = {\url{https://doi.org/10.5281/zenodo.7712044}},
  note         = {Version 2.1; CC BY 4.0}
}""",
    r"""@phdthesis{nwosu2019,
  author = {Nwosu-Adeyemi, Amara},
  title  = {Alarm Fatigue in Intensive Care: Measurement \& Mitigation},
  school = {University of Toronto},
  year   = {2019},
  type   = {{PhD} dissertation}
}""",
    r"""@techreport{hartmann2019bounds,
  author      = {Hartmann, Felix and O'Neill, Patrick},
  title       = {Concentration Bounds for $M$-Estimators under $\alpha$-Mixing},
  institution = {Weierstrass Institute},
  number      = {WIAS Preprint No. 2614},
  year        = {2019},
  address     = {Berlin}
}""",
    r"@string{jgaa = {Journal of Graph Algorithms and Applications}}",
    r"""@article{dubois2018,
  author  = {Dubois, Jean-Luc and Lef{\`e}vre, Am{\'e}lie},
  title   = {{\'E}tude des syst{\`e}mes d'irrigation au {Sahel}},
  journal = {Cahiers Agricultures},
  volume  = {27},
  number  = {4},
  pages   = {45003},
  year    = {2018},
  language = {french}
}""",
    r"""@comment{Entries below were exported from Zotero on 2024-02-11; check capitalisation in titles!}""",
    r"""@article{tanaka2020particle,
  author  = {田中, 太郎 and 佐藤, 花子},
  title   = {日本語学習者における助詞の習得},
  journal = {日本語教育},
  year    = {2020},
  volume  = {175},
  pages   = {16--30}
}""",
    r"""@inproceedings{wong2022xss,
  author    = {Wong, Tsz-Ching and Haddad, Rami},
  title     = {Cross-Site Scripting in Notebook Extensions: {An} Empirical Study},
  booktitle = {Proc. {USENIX} Security Symposium},
  year      = {2022},
  pages     = {3301--3318},
  note      = {Artifact: \url{https://github.com/twong/nbxss-artifact}}
}""",
    r"""@article{poisson_queue,
  author = {Ivanova, Maria and Petrov, Sergei},
  title = {Waiting-time tails in {M/M/1} queues with impatience, $P(W>w)\sim e^{-\theta w}$},
  journal = {Queueing Systems},
  year = {2017},
  volume = {86},
  number = {1--2},
  pages = {1--27},
  doi = {10.1007/s11134-017-9521-4}
}""",
    r"""@online{stackoverflow_sed,
  author  = {{Stack Exchange user ``ed-morton''}},
  title   = {How to replace a string containing slashes with sed},
  url     = {https://unix.stackexchange.com/q/378990},
  urldate = {2023-11-02}
}""",
    r"""@article{smith_jones_2019,
  title={Effects of screen time on sleep onset latency in children aged 6--12},
  author={Smith, Jane and Jones, Robert and O'Hara, Kathleen},
  journal={Sleep Medicine},
  volume={58},
  pages={1--9},
  year={2019},
  publisher={Elsevier}
}""",
    r"""@incollection{mueller2018ch3,
  author    = {M{\"u}ller, Hans-Peter},
  title     = {Gewerkschaften und Betriebsgr{\"o}{\ss}e},
  booktitle = {Handbuch Arbeitsbeziehungen},
  editor    = {Schr{\"o}der, Wolfgang and We{\ss}els, Bernhard},
  publisher = {Springer VS},
  address   = {Wiesbaden},
  year      = {2018},
  pages     = {55--79}
}""",
    r"""@software{suf2023,
  author    = {Okafor, Ngozi and Lindqvist, Erik},
  title     = {streaming-uf: incremental union--find in {C++17}},
  version   = {1.1},
  year      = {2023},
  doi       = {10.5281/zenodo.9034471},
  url       = {https://github.com/okafor-lab/streaming-uf}
}""",
    r"""@article{rahman2021,
  author = {Rahman, Sadia and Chowdhury, Tanvir and Begum, Rokeya},
  title = {{SpO$_2$} alarm thresholds $<90\%$ and false alerts in neonatal units},
  journal = {Pediatric Critical Care Medicine},
  year = {2021},
  volume = {22},
  number = {7},
  pages = {e361--e370}
}""",
    r"""@article{pt_maismedicos,
  author = {Ferreira, Tom{\'a}s and Souza, Let{\'i}cia},
  title = {O programa {Mais M{\'e}dicos} e a mortalidade infantil no {Nordeste}},
  journal = {Revista de Sa{\'u}de P{\'u}blica},
  year = {2020},
  volume = {54},
  pages = {88}
}""",
    r"""@unpublished{lee_draft,
  author = {Lee, Min-jun},
  title  = {Notes on $\zeta(s)$ near $\Re(s)=1/2$},
  note   = {Manuscript in preparation, cited with permission},
  year   = {2024}
}""",
    r"""@article{kowalczyk2022,
  author = {Kowalczyk, Agnieszka and Nowak, Piotr},
  title = {Kinetyka adsorpcji {CO$_2$} na krzemionce funkcjonalizowanej aminami},
  journal = {Przemys{\l} Chemiczny},
  year = {2022},
  volume = {101},
  number = {5},
  pages = {341--346}
}""",
    r"""@article{eval_driven,
  author = {Ramesh, Arjun and Ng, Kok Wah},
  title = {Eval-driven development: benchmarks as specifications},
  journal = {Transactions of the ACL},
  year = {2023},
  volume = {11},
  pages = {702--719},
  eprint = {2305.11842},
  archivePrefix = {arXiv},
  primaryClass = {cs.CL}
}""",
    r"""@inproceedings{drop_table_2016,
  author    = {Fischer, Lena},
  title     = {Table drop-out in web-scraped corpora},
  booktitle = {Proceedings of LREC 2016},
  address   = {Portoro{\v{z}}, Slovenia},
  year      = {2016},
  pages     = {1102--1108}
}""",
    r"""@article{ieee_pipe,
  author={Haddad, Rami and {\c{C}}elik, Zeynep},
  journal={IEEE Transactions on Software Engineering},
  title={Unix Pipes and Filters Revisited: {cat | sort | uniq -c} at Scale},
  year={2021},
  volume={47},
  number={9},
  pages={1834-1849},
  doi={10.1109/TSE.2019.2941207}
}""",
    r"""@book{russian_book,
  author    = {Иванов, Иван Иванович},
  title     = {Теория вероятностей и математическая статистика},
  publisher = {Наука},
  address   = {Москва},
  year      = {2005},
  edition   = {2-е}
}""",
    r"""@article{passwd2020,
  author = {Sato, Yui and Nakamura, Haruto},
  title = {Passwords, passphrases and password managers: a usability study},
  journal = {Proceedings on Privacy Enhancing Technologies},
  year = {2020},
  volume = {2020},
  number = {4},
  pages = {250--271}
}""",
    r"""@manual{rcore2023,
  title        = {R: A Language and Environment for Statistical Computing},
  author       = {{R Core Team}},
  organization = {R Foundation for Statistical Computing},
  address      = {Vienna, Austria},
  year         = {2023},
  url          = {https://www.R-project.org/}
}""",
    r"""@article{alarm_ics,
  author  = {Nwosu-Adeyemi, A. and Lindstr{\"o}m, B.},
  title   = {Are 80{\%} of {ICU} alarms false? {A} two-centre audit},
  journal = {Critical Care},
  year    = {2022},
  volume  = {26},
  pages   = {113},
  doi     = {10.1186/s13054-022-03974-9},
  keywords = {alarm fatigue; alert; monitoring; SpO2}
}""",
    r"""@inproceedings{sleep_hci,
  author = {Papadopoulos, Eleni and van Dijk, Maarten},
  title = {Sleep tracking on the wrist: {Where} accuracy ends},
  booktitle = {CHI '22: Proceedings of the 2022 CHI Conference on Human Factors in Computing Systems},
  articleno = {412},
  numpages = {14},
  location = {New Orleans, LA, USA},
  series = {CHI '22},
  year = {2022}
}""",
    r"""@preamble{ "\providecommand{\noopsort}[1]{}" }""",
    r"""@article{vanderberg2017,
  author = {{\noopsort{Berg}}van der Berg, Koen and Ó Súilleabháin, Tadhg},
  title = {Bivalve shell thickness as an acidification proxy},
  journal = {Marine Ecology Progress Series},
  year = {2017},
  volume = {579},
  pages = {1--14}
}""",
    r"""@article{aff_test,
  author = {{The ArcticSeq Consortium} and Sigurðardóttir, Sigríður},
  title = {Permafrost microbiomes across 40 sites},
  journal = {Nature Microbiology},
  year = {2023},
  note = {Data at \url{https://www.ebi.ac.uk/ena/browser/view/PRJEB58812}}
}""",
    r"""@article{greek_enzymes,
  author = {Παπαδόπουλος, Γιώργος},
  title = {Η επίδραση της θερμοκρασίας στην κινητική των ενζύμων},
  journal = {Χημικά Χρονικά},
  year = {2015},
  volume = {77},
  pages = {12--19}
}""",
    r"""@misc{code_snippet_ref,
  title = {{select\_features.py}: feature selection helpers},
  author = {Lindqvist, Erik},
  year = {2022},
  howpublished = {GitHub repository, \url{https://github.com/elindqvist/fselect}, commit 7c1e0a9}
}""",
    r"""@article{shell_ocean,
  author = {Haddad, Rami and Kowalski, Tomasz},
  title = {Shell {\&} tissue responses of \textit{Mytilus edulis} to {pCO$_2$} ${\geq}$ 1000~$\mu$atm},
  journal = {Journal of Experimental Marine Biology and Ecology},
  year = {2019},
  volume = {512},
  pages = {30--38}
}""",
    r"@article{key2019, title={Union Membership and Wages}, author={Hirsch, Barry}, journal={ILR Review}, year={2019}}",
    r"""@inproceedings{Chen:2021:GNN,
  author = "Chen, Yu and Patel, Rohan",
  title = "Graph Neural Networks for Protein Structure: A {Survey}",
  booktitle = "NeurIPS Workshop on Machine Learning in Structural Biology",
  year = "2021",
  month = dec
}""",
    r"""@article{eq_binom,
  title={A short combinatorial proof of $\sum_{k}\binom{n}{k}^2=\binom{2n}{n}$},
  author={Lee, Min-jun},
  journal={The American Mathematical Monthly},
  volume={128},
  number={2},
  pages={167--168},
  year={2021}
}""",
    r"""@data{rahman_dataverse,
  author = {Rahman, Sadia},
  publisher = {Harvard Dataverse},
  title = {{NICU alarm logs 2019--2021}},
  year = {2022},
  version = {V3},
  doi = {10.7910/DVN/QX8K2L},
  url = {https://doi.org/10.7910/DVN/QX8K2L}
}""",
    r"""@article{sici_example,
  author = {Bergstr{\"o}m, Anders},
  title = {Citation analysis of library catalogues},
  journal = {Journal of the American Society for Information Science},
  year = {1999},
  volume = {50},
  number = {6},
  pages = {512--523},
  doi = {10.1002/(SICI)1097-4571(1999)50:6<512::AID-ASI6>3.0.CO;2-K}
}""",
    r"""@book{lamport,
  author = {Lambert, Leslie},
  title = {\LaTeX: A Document Preparation System},
  publisher = {Addison-Wesley},
  year = {1994},
  edition = {2nd},
  note = {See \S 4.3 on \texttt{\textbackslash cite}}
}""",
    r"""@article{arabic_wheat,
  author = {الراشد, عمر and حداد, رامي},
  title = {أثر التغير المناخي على إنتاجية القمح في حوض النيل},
  journal = {مجلة العلوم الزراعية},
  year = {2021},
  volume = {12},
  pages = {77--95}
}""",
    r"""@inproceedings{exec_time,
  author = {{\v{S}}imunovi{\'c}, Ivana and Novak, Luka},
  title = {Exec-time prediction for serverless functions},
  booktitle = {Proc. ACM Symposium on Cloud Computing (SoCC '23)},
  pages = {330--344},
  year = {2023},
  doi = {10.1145/3620678.3624663}
}""",
    r"""@article{hindi_health,
  author = {शर्मा, अनीता and Kumar, Rajesh},
  title = {भारत में ग्रामीण स्वास्थ्य सेवाओं की पहुँच},
  journal = {Indian Journal of Public Health},
  year = {2020},
  volume = {64},
  number = {3},
  pages = {210--216}
}""",
    r"""@article{windows_path,
  author = {Kim, Seo-yeon},
  title = {Reproducibility of {Windows}-based analysis pipelines},
  journal = {Journal of Open Research Software},
  year = {2020},
  volume = {8},
  note = {Scripts assume data in C:\textbackslash Data\textbackslash raw}
}""",
    r"""@article{ocr_script,
  author = {Lef{\`e}vre, Am{\'e}lie and Okonjo, Chidi},
  title = {Handwritten script recognition for 17th-century {Dutch} household books},
  journal = {Digital Scholarship in the Humanities},
  year = {2022},
  volume = {37},
  number = {2},
  pages = {455--471},
  abstract = {We train a CNN--LSTM on 12{,}000 lines; character error rate drops from 14\% to 6\%.}
}""",
    r"""@inproceedings{sleep5,
  author = {Yamamoto, Kenji},
  title = {Why {\texttt{time.sleep(5)}} Is Not a Rate Limiter: Lessons from Scraping Bibliographic {APIs}},
  booktitle = {Proceedings of the Joint Conference on Digital Libraries (JCDL)},
  year = {2019},
  pages = {77--80}
}""",
    r"""@article{escape_hash,
  author = {O'Reilly, Ciara},
  title = {The \#MeToo movement in academic publishing: survey of 1{,}500 editors},
  journal = {Learned Publishing},
  year = {2020},
  volume = {33},
  number = {4},
  pages = {412--421},
  note = {Open access; \$0 APC via institutional agreement}
}""",
    r"""@thesis{sorensen_msc,
  author = {S{\o}rensen, Kasper},
  title = {Select-project-join queries over encrypted columns},
  type = {Master's thesis},
  institution = {Aarhus Universitet},
  year = {2018}
}""",
    r"""@article{turkish_housing,
  author = {{\c{C}}elik, Zeynep and Y{\i}lmaz, Emre},
  title = {T{\"u}rkiye'de kentsel d{\"o}n{\"u}{\c{s}}{\"u}m ve konut fiyatlar{\i}},
  journal = {ODT{\"U} Geli{\c{s}}me Dergisi},
  year = {2021},
  volume = {48},
  pages = {1--26}
}""",
    r"""@misc{crossref_api,
  title = {{REST API} query: \url{https://api.crossref.org/works?filter=from-pub-date:2019-01-01,until-pub-date:2023-12-31&rows=1000}},
  note = {Retrieved 2024-01-15; 48{,}213 records},
  year = {2024}
}""",
]

BIB_TYPES = ["article", "inproceedings", "misc", "article", "incollection"]
BIB_SURNAMES = ["O'Brien", "M{\\\"u}ller", "Garc{\\'i}a", "Nguyen", "Okafor", "Lindqvist", "D'Souza",
                "Kowalski", "Yamamoto", "Haddad"]
BIB_TOPIC_VENUES = [
    ("Union Effects on Wages", "Journal of Labor Economics"),
    ("Sleep Duration in Adolescents", "Sleep Health"),
    ("Drop-out in Online Courses", "Computers \\& Education"),
    ("Alert Fatigue in Nursing", "Journal of Advanced Nursing"),
    ("Select Committees and Policy Change", "Journal of Legislative Studies"),
    ("Shell Scripting for Scientists", "PeerJ Computer Science"),
    ("{SQL} Query Optimisation with Learned Cardinalities", "Proc. {ACM} SIGMOD"),
    ("Script Recognition in Medieval Manuscripts", "Digital Scholarship in the Humanities"),
    ("{Bayesian} Model Selection for Count Data", "Statistics and Computing"),
    ("{Python} Packaging for Research Code", "Journal of Open Research Software"),
]


def tpl_bibtex(rng):
    kind = rng.choice(BIB_TYPES)
    sur = rng.choice(BIB_SURNAMES)
    key = "".join(ch for ch in sur.lower() if ch.isalpha())[:8] + str(rng.randint(2005, 2024))
    topic, venue = rng.choice(BIB_TOPIC_VENUES)
    if kind == "misc":
        field, venue = "howpublished", "Preprint, \\url{https://osf.io/preprints/}"
    elif kind in ("inproceedings", "incollection"):
        field = "booktitle"
        if not venue.startswith("Proc"):
            venue = "Proceedings of the Annual Conference on Research Methods ({RM} " + key[-4:] + ")"
    else:
        field = "journal"
    p1 = rng.randint(1, 400)
    return (f"@{kind}{{{key},\n  author = {{{sur}, {rng.choice('ABCDEFGHJKLMN')}. and {rng.choice(BIB_SURNAMES)}, "
            f"{rng.choice('PQRSTUVWZ')}.}},\n  title = {{{topic}}},\n  {field} = {{{venue}}},\n"
            f"  year = {{{key[-4:]}}},\n  pages = {{{p1}--{p1 + rng.randint(5, 30)}}}\n}}")


# ---------------------------------------------------------------------------
# 6. Formatted references, DOIs, links and identifiers
# ---------------------------------------------------------------------------
REFERENCES_DOIS = [
    "https://doi.org/10.1016/j.jhydrol.2019.05.012",
    "doi:10.1002/(SICI)1097-4571(1999)50:6<512::AID-ASI6>3.0.CO;2-K",
    "Okafor, N., Müller, J., & Lindqvist, E. (2021). Streaming union-find for evolving citation graphs. Journal of Graph Algorithms and Applications, 25(3), 101–128. https://doi.org/10.7155/jgaa.00561",
    "Smith J, Jones R, O'Hara K. Effects of screen time on sleep onset latency in children aged 6-12. Sleep Med. 2019;58:1-9. doi:10.1016/j.sleep.2019.02.004. PMID: 31042619.",
    "arXiv:2305.11842 [cs.CL]",
    "https://arxiv.org/abs/2103.00020v2",
    "https://scholar.google.com/scholar?q=%22streaming+union-find%22&hl=en&as_sdt=0,5",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8134402/",
    "Dubois, J.-L., & Lefèvre, A. (2018). Étude des systèmes d'irrigation au Sahel. Cahiers Agricultures, 27(4), 45003.",
    "García-López MJ, Chen Y. Do LLMs write correct SQL? A study of SELECT, JOIN and UNION queries. Proc VLDB Endow. 2020;13(12):2211–24.",
    "Hartmann, F. and O'Neill, P. (2019) 'Concentration bounds for M-estimators under α-mixing', WIAS Preprint No. 2614. Berlin: Weierstrass Institute.",
    "10.5281/zenodo.7712044",
    "https://doi.org/10.1186/s13054-022-03974-9 (accessed 3 March 2024)",
    "Haddad R, Çelik Z. Unix pipes and filters revisited: cat | sort | uniq -c at scale. IEEE Trans Softw Eng. 2021;47(9):1834-1849.",
    "[12] T. Tanaka and H. Sato, \"日本語学習者における助詞の習得,\" 日本語教育, vol. 175, pp. 16–30, 2020.",
    "Иванов И. И. Теория вероятностей и математическая статистика. — 2-е изд. — М.: Наука, 2005. — 480 с.",
    "https://www.semanticscholar.org/search?q=alarm%20fatigue%20icu&sort=relevance",
    "https://api.crossref.org/works?query.bibliographic=union+find+citation+graphs&rows=5",
    "https://orcid.org/0000-0002-2193-4764",
    "urn:nbn:de:bsz:352-2-1x8m4qz0j3kdw7",
    "hdl:10419/215634",
    "ISBN 978-3-16-148410-0; ISSN 0378-4371 (print), 1873-2119 (online)",
    "https://github.com/okafor-lab/streaming-uf/blob/v1.1/src/uf.hpp#L42-L87",
    "PMID: 33917324; PMCID: PMC8071122; DOI: 10.3390/ijerph18083990",
    "Rahman S, Chowdhury T, Begum R. SpO2 alarm thresholds <90% and false alerts in neonatal units. Pediatr Crit Care Med. 2021 Jul 1;22(7):e361-e370.",
    "Vogel L, Ferreira T. Sleep-diary dataset for adolescents, waves 1–3 [dataset]. Zenodo; 2023. Version 2.1.",
    "Ferreira, T.; Souza, L. O programa Mais Médicos e a mortalidade infantil no Nordeste. Rev. Saúde Pública 2020, 54, 88.",
    "https://osf.io/8zq3v/?view_only=4c1f2e9ab07d4e3b9a8d0f6c1e2b3a4d",
    "https://www.biorxiv.org/content/10.1101/2023.04.17.537211v1.full.pdf",
    "Wong T-C, Haddad R. Cross-site scripting in notebook extensions: an empirical study. In: Proc. USENIX Security Symposium; 2022. p. 3301–18.",
    "R Core Team (2023). R: A language and environment for statistical computing. R Foundation for Statistical Computing, Vienna, Austria. <https://www.R-project.org/>.",
    "https://doi.org/10.1007/978-3-030-58452-8_13",
    "https://ieeexplore.ieee.org/document/8846024?arnumber=8846024&tag=1",
    "https://dl.acm.org/doi/pdf/10.1145/3620678.3624663",
    "doi.org/10.7910/DVN/QX8K2L",
    "Sigurðardóttir S, The ArcticSeq Consortium. Permafrost microbiomes across 40 sites. Nat Microbiol. 2023;8:1520–1533.",
    "https://www.ebi.ac.uk/ena/browser/view/PRJEB58812?show=reads",
    "Müller, H.-P. (2018). Gewerkschaften und Betriebsgröße. In W. Schröder & B. Weßels (Hrsg.), Handbuch Arbeitsbeziehungen (S. 55–79). Springer VS.",
    "http://www.jstor.org/stable/10.1086/694371",
    "ftp://ftp.ncbi.nlm.nih.gov/pub/pmc/oa_package/3a/7f/PMC8071122.tar.gz",
    "https://example-journal.org/article/view/4412/8123?lang=pt_BR&download=1",
    "Lee M. Notes on ζ(s) near Re(s)=1/2. Unpublished manuscript; 2024.",
    "https://zenodo.org/records/7712044/files/sleep_diary_w1-3.csv?download=1",
    "10.1101/2023.04.17.537211",
    "https://web.archive.org/web/20190612083000/http://www.example-lab.org/data/index.html",
    "Chowdhury, T., et al. \"Night-shift work & sleep: a cohort study.\" BMJ Open 11.4 (2021): e043211.",
    "https://www.frontiersin.org/articles/10.3389/fpsyg.2021.667452/full#h4",
    "https://pubmed.ncbi.nlm.nih.gov/?term=%22alarm+fatigue%22%5BTitle%5D+AND+2019%3A2023%5Bdp%5D",
    "Papadopoulos, G. (2015). Η επίδραση της θερμοκρασίας στην κινητική των ενζύμων. Χημικά Χρονικά, 77, 12–19.",
    "https://inspirehep.net/literature?sort=mostrecent&size=25&q=t%20%22O(N)%20model%22",
    "http://hdl.handle.net/2027/mdp.39015064516483?urlappend=%3Bseq=11",
    "https://www.scopus.com/results/results.uri?src=s&sot=b&s=TITLE-ABS-KEY%28sleep+AND+adolescen*%29",
    "Šimunović I, Novak L. Exec-time prediction for serverless functions. SoCC '23. ACM; 2023:330–344. doi:10.1145/3620678.3624663",
    "https://link.springer.com/content/pdf/10.1007/s11134-017-9521-4.pdf",
    "[Retracted] See retraction notice: https://doi.org/10.1016/j.cell.2021.08.027",
]

URL_HOSTS = ["https://doi.org/", "https://dx.doi.org/", "doi:", "DOI: "]


def tpl_reference(rng):
    year = rng.randint(2008, 2024)
    kind = rng.randint(0, 4)
    if kind == 0:
        doi = f"10.1016/j.sleep.{year}.{rng.randint(1, 12):02d}.{rng.randint(1, 999):03d}"
    elif kind == 1:
        doi = f"10.1371/journal.pone.{rng.randint(100000, 299999):07d}"
    elif kind == 2:
        doi = f"10.3389/fpsyg.{year}.{rng.randint(500000, 999999)}"
    elif kind == 3:
        doi = f"10.1145/{rng.randint(3000000, 3699999)}.{rng.randint(3000000, 3699999)}"
    else:
        doi = f"10.1093/nar/gk{rng.choice(['ab', 'ac', 'ad'])}{rng.randint(100, 999)}"
    return rng.choice(URL_HOSTS) + doi


# ---------------------------------------------------------------------------
# 7. JATS / XML snippets
# ---------------------------------------------------------------------------
JATS_SNIPPETS = [
    """<contrib contrib-type="author" corresp="yes">
  <contrib-id contrib-id-type="orcid">https://orcid.org/0000-0003-1064-0506</contrib-id>
  <name><surname>García-López</surname><given-names>María José</given-names></name>
  <xref ref-type="aff" rid="aff1">1</xref>
</contrib>""",
    """<aff id="aff1"><label>1</label><institution>Universidad Nacional Autónoma de México</institution>, <addr-line>Ciudad de México</addr-line>, <country country="MX">Mexico</country></aff>""",
    """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "JATS-journalpublishing1-3.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" dtd-version="1.3" xml:lang="en">""",
    """<p>As shown by <xref ref-type="bibr" rid="B12">Okafor et al. (2021)</xref>, the amortised cost is <inline-formula><tex-math><![CDATA[$O(m\\,\\alpha(n))$]]></tex-math></inline-formula>.</p>""",
    """<ext-link ext-link-type="uri" xlink:href="https://doi.org/10.5281/zenodo.7712044">https://doi.org/10.5281/zenodo.7712044</ext-link>""",
    """<disp-formula id="eq7"><label>(7)</label><mml:math display="block"><mml:mrow><mml:munder><mml:mo>∑</mml:mo><mml:mrow><mml:mi>j</mml:mi><mml:mo>≠</mml:mo><mml:mi>i</mml:mi></mml:mrow></mml:munder><mml:msub><mml:mi>w</mml:mi><mml:mrow><mml:mi>i</mml:mi><mml:mi>j</mml:mi></mml:mrow></mml:msub></mml:mrow></mml:math></disp-formula>""",
    """<article-title>Sleep Deprivation and Working-Memory Performance in Night-Shift Nurses: <italic>A Randomised Crossover Trial</italic></article-title>""",
    """<code language="python" position="anchor">import pandas as pd
df = pd.read_csv("data/raw/alerts_2021.csv", sep=";")
print(df.query("actionable == False and spo2 < 90").shape)</code>""",
    """<ref id="B12"><element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Okafor</surname><given-names>N</given-names></name><name><surname>Müller</surname><given-names>J</given-names></name></person-group><article-title>Streaming union-find for evolving citation graphs</article-title><source>J Graph Algorithms Appl</source><year>2021</year><volume>25</volume><fpage>101</fpage><lpage>128</lpage><pub-id pub-id-type="doi">10.7155/jgaa.00561</pub-id></element-citation></ref>""",
    """<kwd-group kwd-group-type="author"><kwd>alarm fatigue</kwd><kwd>alert</kwd><kwd>intensive care</kwd><kwd>SpO<sub>2</sub></kwd></kwd-group>""",
    """<table-wrap id="T2"><label>Table 2</label><caption><p>Overlap between samples (%)</p></caption><table><thead><tr><th>Cohort</th><th>n</th><th>Overlap &lt; 5%</th></tr></thead><tbody><tr><td>A</td><td>412</td><td>yes</td></tr></tbody></table></table-wrap>""",
    """<fig id="F3" position="float"><label>Figure 3</label><caption><title>Execution time by phase.</title><p>Bars show mean exec and system time (s); error bars are 95% CIs.</p></caption><graphic xlink:href="elife-81234-fig3.tif"/></fig>""",
    """<pub-date pub-type="epub"><day>07</day><month>03</month><year>2024</year></pub-date>""",
    """<permissions><copyright-statement>© 2024 The Authors</copyright-statement><license license-type="open-access" xlink:href="https://creativecommons.org/licenses/by/4.0/"><license-p>This article is distributed under the terms of the Creative Commons Attribution 4.0 License.</license-p></license></permissions>""",
    """<supplementary-material id="S1" content-type="local-data"><label>Supplementary Data 1</label><media xlink:href="S1_Table.csv" mimetype="text" mime-subtype="csv"/></supplementary-material>""",
    """<trans-title-group xml:lang="fr"><trans-title>Étude des systèmes d'irrigation goutte-à-goutte au Sahel</trans-title></trans-title-group>""",
    """<abstract abstract-type="structured"><sec><title>Background</title><p>Alarm fatigue is widespread…</p></sec><sec><title>Methods</title><p>We reviewed 41,208 alerts…</p></sec></abstract>""",
    """<?covid-19-tdm?>""",
    """<journal-meta><journal-id journal-id-type="nlm-ta">Sleep Med</journal-id><issn pub-type="ppub">1389-9457</issn><issn pub-type="epub">1878-5506</issn><publisher><publisher-name>Elsevier</publisher-name></publisher></journal-meta>""",
    """<funding-group><award-group id="fund1"><funding-source><institution-wrap><institution-id institution-id-type="ror">https://ror.org/018mejw64</institution-id><institution>Deutsche Forschungsgemeinschaft</institution></institution-wrap></funding-source><award-id>445319012</award-id></award-group></funding-group>""",
    """<p>Data were queried with <monospace>SELECT * FROM alerts WHERE spo2 &lt; 90;</monospace> and exported to CSV.</p>""",
    """<preformat preformat-type="code">$ ./configure --prefix=$HOME/.local &amp;&amp; make -j8 &amp;&amp; make install</preformat>""",
    """<related-article related-article-type="corrected-article" ext-link-type="doi" xlink:href="10.1186/s13054-022-03974-9" id="ra1"/>""",
    """<sec id="s2-3" sec-type="methods"><title>2.3 Statistical analysis</title><p>Analyses used R 4.3.1 (<xref ref-type="bibr" rid="B31">R Core Team, 2023</xref>); <italic>p</italic> &lt; 0.05 was considered significant.</p></sec>""",
    """<contrib contrib-type="author"><collab>The ArcticSeq Consortium</collab></contrib>""",
    """<name name-style="eastern" xml:lang="ja"><surname>田中</surname><given-names>太郎</given-names></name>""",
    """<history><date date-type="received"><day>12</day><month>01</month><year>2023</year></date><date date-type="rev-recd"><day>30</day><month>06</month><year>2023</year></date><date date-type="accepted"><day>04</day><month>09</month><year>2023</year></date></history>""",
    """<inline-formula><mml:math><mml:mi>p</mml:mi><mml:mo>&lt;</mml:mo><mml:mn>0.001</mml:mn></mml:math></inline-formula>""",
    """<fn fn-type="conflict"><p>M.R. serves on the advisory board of Helix &amp; Co. Ltd; the company had no role in the study.</p></fn>""",
    """<ack><p>We thank the night-shift staff of wards 4B &amp; 5C for their patience, and Dr. O'Hara for comments on an earlier draft.</p></ack>""",
    """<custom-meta-group><custom-meta><meta-name>data-availability</meta-name><meta-value>Deposited at Dryad: doi:10.5061/dryad.8931zcrw2</meta-value></custom-meta></custom-meta-group>""",
    """<list list-type="order"><list-item><p>Install dependencies: <monospace>pip install -r requirements.txt</monospace></p></list-item><list-item><p>Run <monospace>python -m repro.all --out ./results</monospace></p></list-item></list>""",
    """<disp-quote><p>“The union is stronger than any single member,” one respondent said.</p></disp-quote>""",
    """<article-categories><subj-group subj-group-type="heading"><subject>Research Article</subject></subj-group><subj-group subj-group-type="discipline-v3"><subject>Computer Science</subject><subject>Databases</subject></subj-group></article-categories>""",
    """<self-uri content-type="pdf" xlink:href="ijerph-18-03990.pdf"/>""",
    """<article-id pub-id-type="doi">10.3390/ijerph18083990</article-id>
<article-id pub-id-type="pmid">33917324</article-id>""",
    """<contrib contrib-type="editor"><name><surname>Papadopoulos</surname><given-names>Eleni</given-names></name><role>Academic Editor</role></contrib>""",
    """<counts><fig-count count="5"/><table-count count="3"/><equation-count count="12"/><ref-count count="48"/><page-count count="17"/></counts>""",
    """<glossary><def-list><def-item><term>ITT</term><def><p>intention-to-treat</p></def></def-item><def-item><term>IQR</term><def><p>interquartile range</p></def></def-item></def-list></glossary>""",
    """<p>The threshold rule was <italic>x</italic><sub>i</sub> ≤ <italic>α</italic> for all <italic>i</italic> ∈ {1, …, <italic>n</italic>}.</p>""",
    """<mixed-citation publication-type="other">Lee M. Notes on ζ(s) near Re(s)=½. Manuscript in preparation; 2024.</mixed-citation>""",
    """<boxed-text id="box1"><caption><title>Box 1. Glossary of shell commands used</title></caption><p><monospace>grep</monospace>, <monospace>sed</monospace>, <monospace>awk</monospace>, <monospace>cat</monospace> and the pipe operator <monospace>|</monospace>.</p></boxed-text>""",
    """<!-- TODO (production): check ORCID for author 3 before XML delivery -->""",
    """<processing-meta base-tagset="archiving" mathml-version="3.0" table-model="xhtml" tagset-family="jats"/>""",
    """<sub-article article-type="reply" id="sa2"><front-stub><title-group><article-title>Author response</article-title></title-group></front-stub><body><p>We thank the reviewers…</p></body></sub-article>""",
    """<string-name><given-names>Tsz-Ching</given-names> <surname>Wong</surname></string-name>""",
    """<abstract xml:lang="ru"><p>Когнитивные искажения при принятии решений в условиях неопределённости изучены на выборке из 312 студентов.</p></abstract>""",
    """<on-behalf-of>on behalf of the PRISMA-ES Study Group</on-behalf-of>""",
    """<xref ref-type="bibr" rid="B3 B4 B5">3–5</xref>""",
    """<ext-link ext-link-type="uri" xlink:href="https://github.com/okafor-lab/streaming-uf/tree/v1.1">github.com/okafor-lab/streaming-uf</ext-link>""",
    """<?xml-stylesheet type="text/xsl" href="jats-html.xsl"?>""",
    """<notes notes-type="data-availability"><p>All data are available at <ext-link ext-link-type="uri" xlink:href="https://osf.io/8zq3v/">https://osf.io/8zq3v/</ext-link>.</p></notes>""",
    """<disp-formula><tex-math id="M1"><![CDATA[\\documentclass[12pt]{minimal}\\usepackage{amsmath}\\begin{document}$$P(W>w)=\\rho e^{-\\mu(1-\\rho)w}$$\\end{document}]]></tex-math></disp-formula>""",
    """<element-citation publication-type="software"><person-group person-group-type="author"><collab>R Core Team</collab></person-group><source>R: A Language and Environment for Statistical Computing</source><year>2023</year><publisher-loc>Vienna</publisher-loc></element-citation>""",
]

JATS_TAGS = [("italic", "in vitro"), ("bold", "Note:"), ("sc", "Union"), ("monospace", "SELECT"),
             ("sup", "2+"), ("sub", "i,j"), ("underline", "Exec"), ("italic", "et al.")]
JATS_WRAPS = ["<p>{x} was measured twice.</p>", "<title>{x}</title>", "<td>{x}</td>",
              "<kwd>{x}</kwd>", "<p>See {x} in <xref ref-type=\"table\" rid=\"T{n}\">Table {n}</xref>.</p>"]


def tpl_jats(rng):
    tag, txt = rng.choice(JATS_TAGS)
    inner = f"<{tag}>{txt}</{tag}>"
    if rng.random() < 0.4:
        k = rng.randint(1, 9)
        inner = f"<xref ref-type=\"fig\" rid=\"F{k}\">Fig. {k}</xref> {inner}"
    n = rng.randint(1, 6)
    return rng.choice(JATS_WRAPS).format(x=inner, n=n)


# ---------------------------------------------------------------------------
# 8. Editorial letters: decisions, cover letters, production notes
# ---------------------------------------------------------------------------
EDITORIAL_LETTERS = [
    """Dear Dr. Okafor,

Thank you for submitting your manuscript "Streaming Union-Find for Evolving Citation Graphs" (MS ID: JGAA-2023-0412.R1). Two reviewers have now assessed it, and their comments are below.

Decision: Minor revision. Please upload your revised files within 30 days.

Kind regards,
Prof. Eleni Papadopoulos
Academic Editor""",
    """Dear Editor,

Please find enclosed our manuscript entitled "Sleep Deprivation and Working-Memory Performance in Night-Shift Nurses: A Randomised Crossover Trial", which we wish to submit as an Original Article.

The work has not been published elsewhere and is not under consideration by another journal. All authors approved the final version. We suggest the following reviewers: Dr. Kwame Mensah (Univ. of Ghana) and Prof. Isabelle Roy (Université de Montréal); we request that Dr. J. Hartley be excluded because of a competing grant application.

Yours sincerely,
Aoife Ní Bhriain, on behalf of all authors""",
    "Production note: replace straight quotes with curly quotes in Table 3; the minus signs in column 4 are hyphens (-) and should be set as U+2212 (−).",
    "Proof query Q3: Please check that the affiliation 'Dept. of Computer Science & Engineering' is correct — the submission system lists 'Dept. of CSE'.",
    "AQ1: Reference 'Smith et al., 2020' is cited in the text but not listed; please add it or delete the citation.",
    "Desk reject. The manuscript is outside the scope of the journal (we do not publish clinical case reports). We encourage you to submit to a specialised journal.",
    "Typesetter: the equation on p. 7 breaks across lines after the '=' sign; please force \\\\ before '+ \\lambda' instead.",
    """Cher Dr Dubois,

Nous avons le plaisir de vous informer que votre article « Étude comparative des systèmes d'irrigation goutte-à-goutte au Sahel » a été accepté pour publication dans les Cahiers Agricultures.

Les épreuves vous seront envoyées d'ici trois semaines.

Bien cordialement,
La rédaction""",
    "Decision: Reject & resubmit. Both reviewers found the core idea interesting, but the evaluation does not support the claims. A resubmission would be treated as a new manuscript.",
    "Note to production: figure 3 was supplied as a 72-dpi JPEG; we have asked the authors for the original TIFF/EPS (≥ 300 dpi).",
    "Please ensure the running head is ≤ 50 characters: current version 'Streaming union-find for evolving citation graphs' (49) is OK.",
    "Sehr geehrte Frau Prof. Vogel, vielen Dank für die Einreichung Ihres Manuskripts. Leider müssen wir Ihnen mitteilen, dass wir es nicht zur Begutachtung weiterleiten können.",
    "Production: the author asked to change 'Zhang Wei' to 'Wei Zhang' (given name first) in the HTML but keep the original order in the Chinese abstract.",
    "Editor's comment: Reviewer 2's point about the 'select' step is important — please address it in the text, not just in the response letter.",
    "Copy-edit: journal style is 'data set' (two words), 'e.g.,' with comma, serial comma, and en dash in ranges (10–20, not 10-20).",
    "The corresponding author must complete the licence form at https://submit.example-journal.org/licence?ms=JGAA-2023-0412 before the article can go to press.",
    "Re: your query about APCs — the article processing charge is €1,950 + VAT; waivers are available for authors from low-income countries (see our policy page).",
    """Dear Dr. Wong,

I regret to inform you that your manuscript "Cross-Site Scripting in Notebook Extensions" (SEC-24-117) has not been accepted. The reviewers felt that the contribution over prior work on browser-extension XSS was incremental.

We appreciate your interest in the journal and hope you will consider us again.

Sincerely,
R. Haddad, Program Co-Chair""",
    "Galley note: XML validation failed at line 412 — <xref rid=\"B49\"> points to a reference that does not exist (the list ends at B48).",
    "Retraction note draft: The Editors have retracted this article because the data in Figures 2 and 4 were found to be duplicated from a previously published article. The authors agree / do not agree with this retraction.",
    "Production: please convert all $$…$$ display math to \\[ … \\] — the converter chokes on double dollars inside align environments.",
    "Reminder: your review for MS #4412 \"Drop-out in Online Master's Programmes\" is due on 15 March. If you need an extension, just reply to this email.",
    "Reviewer invitation declined — reason: 'conflict of interest: I am a co-author on a related grant with the 1st author'.",
    "Hi Maria, the PDF proof has a broken ligature in 'ﬁrst' on p. 3 (shows as 'rst'). Could you re-export with fonts embedded? Thanks, Tom (production)",
    "Acceptance letter sent 2024-03-07; DOI 10.7155/jgaa.00612 registered; early view scheduled for 2024-03-21.",
    "Editorial decision (Spanish edition): Aceptado con cambios menores. Por favor, revise la traducción del resumen y las palabras clave.",
    "Special issue note: Guest editors may not handle papers by authors at their own institution; MS 0419 (co-author at KAIST) has been reassigned to Dr. Lee.",
    "Transfer offer: Your manuscript may be suitable for our sister journal, which has a broader scope. If you accept, the reviews will be transferred and you will not have to re-enter author details.",
    "Please note: 'et al.' should be used after the 6th author in references (journal style).",
    "Production: in the HTML version the <sup> tags in the affiliation list are rendering as literal text; the XML needs <sup> inside <label>, not inside <institution>.",
    "Cover letter: We confirm that this is a revised version of MS ID SLMD-D-23-00817 and that all changes are highlighted in yellow.",
    "Correction notice: In the original article, the second author's name was misspelled as 'Nunez'; the correct spelling is 'Nuñez'. The original article has been corrected.",
    "Editor to EiC: I recommend 'accept'. Both reviews are positive; R2 asked only for a typo fix, which has been made.",
    """Dear Authors,

Your revised manuscript has been received. Before it can be sent back to the reviewers, please:
 1. upload the response letter as a separate file (not inside the manuscript);
 2. remove the line numbers from the clean version;
 3. add the ORCID iD for every author in the submission system.

Editorial Office""",
    "The journal uses single-anonymised review; please remove author names from file properties (File > Properties > Author) in your Word file.",
    "プロダクション担当より：図2のフォントが埋め込まれていません。PDF/X-1aで再出力してください。",
    "Production log: PDF regenerated after fixing overfull \\hbox in Table 4; page count 17 → 18.",
    "Embargo note: press release embargoed until Wednesday 13:00 London time / 08:00 US Eastern; do not tweet the DOI before then.",
    "Note from the copy-editor: the author writes 'dataset' and 'data set' interchangeably; I standardised to 'dataset' per the author's preference in the cover letter.",
    "Decision: Accept. Congratulations! Please check the proof carefully — changes after publication require a formal correction.",
    "Ethics query: the paper reports an experiment on 'alert' vs 'sleep-deprived' participants; please confirm that informed consent was obtained and provide the approval number.",
    "Please shorten the abstract to ≤ 250 words (currently 318) and the title to ≤ 20 words.",
    "Dear Reviewer, thank you for agreeing to review. You can access the manuscript at the reviewer centre; the deadline is 21 days from today.",
    "Production: authors supplied the graphical abstract as an SVG containing embedded fonts; converted to PNG at 1200×600 px.",
    "Caro Dott. Rossi, La ringraziamo per aver inviato il manoscritto. Purtroppo non rientra negli scopi della rivista.",
    "Reviewer 3 was uninvited after 14 days without response; a new reviewer (expertise: sleep medicine, actigraphy) has been invited.",
    "Author query: Is 'AT&T' in the title intended (company name), or should it read 'AT and T'? Please confirm.",
    "Typesetting: Chinese author names should be set in SimSun, Japanese in MS Mincho; fallback to Noto Serif CJK if unavailable.",
    "Dear Prof. Chen, your APC invoice #INV-2024-00318 (USD 2,490.00) is attached. Payment can be made by card or bank transfer; quote the invoice number.",
    "Note: manuscript was checked with iThenticate; overall similarity 14%, largest single source 3% (the authors' own preprint). No action needed.",
    "Production: the DOI in reference 12 (10.1016/j.jhydrol.2019.05.0l2) contains a letter 'l' instead of '1'; corrected after checking Crossref.",
    "Decision letter template updated: added paragraph on data availability requirements and link to the code policy.",
    "Proof correction from author: p. 5, l. 22: 'drop' should be 'drops'; p. 9, Table 2 header: 'n (%)' not 'n(%)'.",
]

LETTER_NAMES = ["Dr. O'Connor", "Prof. Müller", "Dr. García-López", "Dr. Nakamura", "Prof. Okonjo",
                "Dr. Sørensen", "Dr. D'Alessandro"]
LETTER_DECISIONS = ["Minor revision", "Major revision", "Accept", "Reject", "Reject & resubmit"]
LETTER_MS = ["JGAA", "SLMD", "PONE", "CAGR", "SEC", "JOSS"]


def tpl_letter(rng):
    ms = f"{rng.choice(LETTER_MS)}-{rng.randint(2019, 2024)}-{rng.randint(1, 1999):04d}"
    if rng.random() < 0.5:
        ms += f".R{rng.randint(1, 3)}"
    decision = rng.choice(LETTER_DECISIONS)
    if "revision" in decision:
        body = f"Please submit your revision within {rng.choice([14, 30, 45, 60])} days."
    elif decision == "Accept":
        body = "Your manuscript will now be passed to production; proofs follow in about 3 weeks."
    else:
        body = "The reviewers' comments are appended below; we hope you find them useful."
    return (f"Dear {rng.choice(LETTER_NAMES)},\n\nRe: {ms}\nDecision: {decision}.\n\n"
            f"{body}\n\nBest wishes,\nEditorial Office")


# ---------------------------------------------------------------------------
# 9. Data- and code-availability statements
# ---------------------------------------------------------------------------
AVAILABILITY_STATEMENTS = [
    "The data that support the findings of this study are openly available in Zenodo at https://doi.org/10.5281/zenodo.7712044.",
    "Raw sequencing reads have been deposited in the NCBI Sequence Read Archive under BioProject PRJNA912447; processed count matrices are in GEO (GSE221384).",
    "Code: https://github.com/okafor-lab/streaming-uf (tag v1.1). To reproduce all figures run `pip install -r requirements.txt && python -m repro.all --out ./results`.",
    "Data are stored at /data/projects/cohort2019/derived/ on the university cluster and are available on reasonable request from the corresponding author, subject to a data-sharing agreement.",
    "Supplementary tables are in ../supplementary/S1_Table.csv and ../supplementary/S2_Table.csv relative to the manuscript folder of the replication package.",
    "All analyses were run in R 4.3.1. Example: df <- read.csv(\"data/raw/survey.csv\"); summary(lm(sleep_h ~ screen_h + age, data = df))",
    "To get the top 20 genes: cat results/*.tsv | sort -t$'\\t' -k2,2nr | head -n 20 > top20.tsv",
    "The SQLite database (papers.db, 84 MB) can be queried directly, e.g. SELECT title, year FROM papers WHERE year >= 2019 ORDER BY year;",
    """Dockerfile used for all experiments:
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "repro.all", "--out", "/app/results"]""",
    "Because of participant confidentiality, individual-level data cannot be shared publicly. De-identified data are available from the Ethics Committee (ethics@fm.example.edu) for researchers who meet the criteria for access to confidential data.",
    "Scripts assume the raw files are in C:\\Users\\lab\\Documents\\alarm_study\\raw; change the path in config.R if your data are elsewhere.",
    "No new data were generated or analysed in this study (theoretical paper).",
    "Julia code: using CSV, DataFrames; df = CSV.read(\"alerts.csv\", DataFrame); combine(groupby(df, :ward), :actionable => mean)",
    "The Makefile target `make all` downloads the data (≈ 2.3 GB) with `wget -r -np -nH --cut-dirs=3 https://data.example.org/pub/alerts/` and rebuilds everything; `make clean` removes derived files.",
    "Survey instruments (in English, Spanish and Portuguese) and the codebook are provided as Supplementary Files 3–5.",
    "MATLAB scripts (R2022b) are in /code/matlab; run main.m. Requires the Signal Processing Toolbox.",
    "Data available from Dryad: doi:10.5061/dryad.8931zcrw2. Embargoed until publication; reviewers may use the private link provided to the editor.",
    """Environment:
  conda env create -f environment.yml
  conda activate suf
  python scripts/run_experiments.py --config configs/citation.yaml --seeds 0-9""",
    "The analysis notebook (analysis.ipynb) executes top to bottom in about 12 min on a laptop; the cell that calls `!bash download.sh` needs internet access.",
    "Interview transcripts are not shared because participants did not consent to public release; coded excerpts are in Appendix B.",
    "Los datos están disponibles en el repositorio institucional: https://repositorio.example.edu.ar/handle/20.500.12110/4471",
    "Die Daten sind unter https://doi.org/10.25532/OPARA-271 verfügbar; der Code liegt auf GitLab (gitlab.example-uni.de/ag-vogel/sleep).",
    "Key commands: samtools sort -@ 8 -o sorted.bam in.bam && samtools index sorted.bam; bcftools mpileup -f ref.fa sorted.bam | bcftools call -mv -Oz -o calls.vcf.gz",
    "Model weights (checkpoint_epoch30.pt, 420 MB) are on the Hugging Face Hub under the lab organisation; the SHA-256 is listed in CHECKSUMS.txt.",
    "Data sources: World Bank WDI (accessed 2023-09-14), ILOSTAT union membership series, and national labour-force surveys (see Table S1 for the full list).",
    "Code is released under the MIT licence; data under CC BY 4.0. Third-party data (ERA5) must be obtained from the Copernicus Climate Data Store.",
    "Python snippet for loading: import json; meta = json.load(open(\"meta/run_2023-06-01.json\")); print(meta[\"params\"][\"alpha\"])",
    "Large files are tracked with git-lfs; after cloning run `git lfs pull` or the .h5 files will be 130-byte pointers.",
    "A persistent archive of the exact version used (commit 4f9c2e1) is at Software Heritage: swh:1:rev:4f9c2e1b7a0d3c95e6f8a2b1c0d9e8f7a6b5c4d3.",
    "All data are included in the article and its supporting information files.",
    "The simulation output (≈ 40 TB) is too large to share; the scripts to regenerate it are in sim/ and the summary statistics are in results/summary.parquet.",
    "The HPC job script: #SBATCH --time=24:00:00 / #SBATCH --mem=64G / srun python train.py --epochs 30 > logs/train_$SLURM_JOB_ID.log 2>&1",
    "Stata do-files (v17): use \"data/clean/panel.dta\", clear; xtreg lnwage union i.year, fe vce(cluster firm_id)",
    "データは筆頭著者から合理的な要請に応じて提供可能です。コードは https://github.com/tanaka-lab/particles で公開しています。",
    "Proteomics data: ProteomeXchange via PRIDE, identifier PXD041972. Username/password for reviewers were provided to the editorial office.",
    "Preprocessing uses a custom awk one-liner: awk -F',' '$5 < 90 { n++ } END { print n }' alerts.csv",
    "The code for the web survey (HTML/JavaScript) is in survey/; note that index.html loads jsPsych from a local copy in survey/lib/ rather than a CDN.",
    "Ancient DNA data are available from ENA (PRJEB58812). Sample metadata, including radiocarbon dates, are in Table S1 (sheet 'dates').",
    "The C++ implementation requires a compiler supporting C++17; build with `cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j`.",
    "Data and code are archived at OSF (https://osf.io/8zq3v/); a read-only view-only link was provided to reviewers.",
    "Restricted: Data from the national registry were used under licence (application no. 2021/447) and cannot be redistributed by the authors.",
    "Checksums: sha256sum -c CHECKSUMS.txt should print 'OK' for all 14 files.",
    "Example query against our public API: curl -s 'https://api.example-lab.org/v1/papers?year=2021&limit=50' | jq '.items[].doi'",
    "Field notes (scanned) are stored in the museum archive under accession MZ/2019/ENT/0042–0057 and can be consulted on site.",
    "Figures were produced with matplotlib 3.8 (plot_all.py); fonts: DejaVu Sans. Run `python plot_all.py --format pdf --dpi 600`.",
    "Replication package (AEA Data Editor approved): README.pdf lists run order 01_clean.do → 02_merge.do → 03_estimate.do → 04_tables.do.",
    "We used ChatGPT only to polish the English of the Introduction; all analyses and code were written by the authors.",
    "Les scripts Python sont disponibles sur Software Heritage ; les données brutes sont conservées par l'INRAE et accessibles sur demande.",
    "Shell helper: for f in raw/*.fastq.gz; do fastp -i \"$f\" -o \"trimmed/$(basename \"$f\")\"; done",
    "The R package is on CRAN (install.packages(\"alertfatigue\")) and the development version on GitHub: remotes::install_github(\"rahman-lab/alertfatigue\").",
    "Weather data from station 10637 (Frankfurt/Main) via DWD Open Data: https://opendata.dwd.example/climate_environment/CDC/observations_germany/",
    "Docker image: docker pull ghcr.io/okafor-lab/suf:1.1 && docker run --rm -v \"$PWD/out:/out\" ghcr.io/okafor-lab/suf:1.1 --all",
    "Video recordings cannot be shared (identifiable minors). Coding scheme and inter-rater reliability scripts are available at the OSF link above.",
    "PowerShell users: Get-ChildItem .\\data\\raw -Filter *.csv | ForEach-Object { python .\\scripts\\clean.py $_.FullName }",
    "The list of excluded records with reasons (n = 1,204) is in PRISMA_exclusions.xlsx.",
]

REPOS = ["Zenodo", "Dryad", "Figshare", "OSF", "Harvard Dataverse", "the UK Data Service", "PANGAEA", "GitHub"]
DATA_KINDS = ["raw survey responses", "processed actigraphy data", "simulation outputs", "interview codebooks",
              "annotated corpus files", "R scripts", "Jupyter notebooks", "field measurements"]
PATH_STEMS = ["data/raw/", "data/processed/", "../replication/", "/srv/share/lab/", "results/tables/",
              "supplement/code/"]


def tpl_availability(rng):
    kind = rng.choice(DATA_KINDS)
    repo = rng.choice(REPOS)
    path = rng.choice(PATH_STEMS) + rng.choice(["wave1", "cohort_b", "exp03", "2022-11", "final"]) + rng.choice(["/", ".zip", ".csv", ".tar.gz"])
    return (f"The {kind} are available at {repo} (see {path}); "
            f"{rng.choice(['no restrictions apply', 'access requires registration', 'an embargo of 12 months applies', 'licence: CC BY 4.0'])}.")


# ---------------------------------------------------------------------------
# 10. Catalogue search queries
# ---------------------------------------------------------------------------
CATALOGUE_SEARCH = [
    'title:"union find" AND year:[2019 TO 2023]',
    'author:"O\'Brien" AND NOT keyword:survey',
    'abstract:(sleep OR insomnia) AND journal:"Sleep Med*"',
    "doi:10.1145/*",
    '"select committee" AND parliament',
    '"drop-out rate" online courses',
    "C++ templates compile time",
    "x <= y inequality proof",
    r"$\alpha$-stable distributions",
    "alert fatigue nurses ICU",
    "how to cite a dataset in APA 7th",
    "orcid:0000-0002-2141-5761",
    "script identification medieval manuscripts",
    "title:(\"exec\" OR \"execution time\") AND subject:\"Computer Science\"",
    "Müller Gewerkschaften Betriebsgröße",
    "睡眠 不足 看護師",
    "déficit de sommeil infirmières",
    "author:Nguyễn AND year:2022",
    "eval harness llm benchmark",
    "passwd shadow file format history",
    "keyword:\"cross-site scripting\" OR keyword:XSS",
    "union membership wages -\"trade union\"",
    "\"p < 0.05\" replication crisis",
    "publisher:\"AT&T Bell Laboratories\"",
    "title:alarm* AND (icu OR \"intensive care\")",
    "year:>=2020 AND type:dataset AND license:\"CC BY\"",
    "shell script reproducibility",
    "sleep(5) python asyncio",
    "Ψ function zeros",
    "kids' sleep & screens",
    "journal:\"Journal of Graph Algorithms and Applications\" volume:25",
    "\"Hello, World!\" genre",
    "drop table tennis injuries",
    "select the best reviewers automatically",
    "ISSN 1389-9457",
    "10.7155/jgaa.00561",
    "system dynamics model of hospital capacity",
    "O'Connor Siobhán",
    "D'Angelo M 2019",
    "title:\"What's in a name?\"",
    "affiliation:\"Union College\"",
    "funder:DFG AND grant:445319012",
    "tex: \\mathbb{R}^n embedding",
    "\"../\" relative paths in LaTeX \\input",
    "author:(Kim OR Lee OR Park) AND affiliation:KAIST",
    "Когнитивные искажения",
    "COVID-19 zdrowie psychiczne studentów",
    "related:10.1186/s13054-022-03974-9",
    "type:(\"book chapter\" OR monograph) AND subject:history",
    "title:\"{Union}\" bibtex braces capitalization",
    "pages:101--128",
    "cite:hartmann2019bounds",
    "ζ(s) critical line numerical",
    "Where's the data?",
    "PRJEB58812",
    "retracted:true AND year:2021",
]

SEARCH_TOPIC_TERMS = ["sleep", "union", "drop-out", "alert*", "script", "\"select committee\"", "exec*",
                      "\"machine learning\"", "irrigation", "引用分析", "données", "\"shell thickness\""]
SEARCH_FIELD_TERMS = {
    "author": ["O'Neill", "Müller", "D'Souza", "Nguyễn", "\"van der Berg\""],
    "journal": ["\"Sleep Health\"", "\"ILR Review\"", "\"Cahiers Agricultures\"", "PLoS*"],
    "affiliation": ["\"Union College\"", "ETH*", "\"Universidade de São Paulo\"", "KAIST"],
}


def tpl_search(rng):
    f1 = rng.choice(["title", "abstract", "keyword"])
    t1 = rng.choice(SEARCH_TOPIC_TERMS)
    f2 = rng.choice(["author", "journal", "affiliation", "title", "abstract"])
    t2 = rng.choice(SEARCH_FIELD_TERMS.get(f2, SEARCH_TOPIC_TERMS))
    y1 = rng.randint(1995, 2020)
    op = rng.choice(["AND", "OR", "AND NOT"])
    q = f"{f1}:{t1} {op} {f2}:{t2}"
    if rng.random() < 0.6:
        q += f" AND year:[{y1} TO {y1 + rng.randint(1, 8)}]"
    return q


# ---------------------------------------------------------------------------
CATEGORIES = [
    ("titles_abstracts", TITLES_ABSTRACTS, tpl_titles, "manuscript titles and abstracts with TeX math, \\cite/\\ref"),
    ("authors_affiliations", AUTHORS_AFFILIATIONS, tpl_authors, "author lists, affiliations, ORCID iDs, contributions"),
    ("reviewer_comments", REVIEWER_COMMENTS, tpl_review, "peer-review comments"),
    ("author_responses", AUTHOR_RESPONSES, tpl_response, "responses to reviewers"),
    ("bibtex_entries", BIBTEX_ENTRIES, tpl_bibtex, "BibTeX entries"),
    ("references_dois", REFERENCES_DOIS, tpl_reference, "formatted references, DOIs, URLs, identifiers"),
    ("jats_xml", JATS_SNIPPETS, tpl_jats, "JATS XML snippets"),
    ("editorial_letters", EDITORIAL_LETTERS, tpl_letter, "decision/cover letters, production notes"),
    ("availability_statements", AVAILABILITY_STATEMENTS, tpl_availability, "data/code availability with paths and snippets"),
    ("catalogue_search", CATALOGUE_SEARCH, tpl_search, "catalogue search queries"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    literal_total = 0
    stats = []
    for name, literals, tpl, _desc in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v[:60]!r}")
            seen.add(v)
            values.append(v)
        lit = len(values)
        if lit > PER_CATEGORY:
            raise SystemExit(f"{name}: {lit} literals exceed {PER_CATEGORY}")
        if lit < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{name}: only {lit} literals")
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{name}: template cannot produce enough unique values")
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        literal_total += lit
        stats.append((name, len(values), lit))
        for v in values:
            rows.append((name, v))
    return rows, stats, literal_total


def main():
    rows, stats, literal_total = build()
    out = Path(__file__).with_name("benign.jsonl")
    lines = []
    for i, (cat, value) in enumerate(rows, 1):
        if not isinstance(value, str) or not value or len(value) > MAX_LEN:
            raise SystemExit(f"bad value in {cat}: {value!r}")
        obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": value}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    for name, n, lit in stats:
        print(f"{name:26s} {n:4d}  (literals {lit})")
    print(f"{'total':26s} {len(rows):4d}  (literals {literal_total})")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
