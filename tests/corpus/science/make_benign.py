#!/usr/bin/env python3
"""Write benign.jsonl: scientific and academic text a public API receives.

Journal submission systems, preprint servers, electronic lab notebooks,
math/statistics Q&A sites, data repositories (dataset metadata), LIMS and the
job portal of an HPC cluster all take scientific text as ordinary field
values: LaTeX with inline and display math, TikZ and beamer; math written in
plain text and Unicode; SMILES, InChI, reaction equations, FASTA/VCF/GFF/BED
lines and primers; R/Python/Stata/SPSS output; research code in many
languages; SLURM/PBS job scripts and scheduler errors; BibTeX, RIS, CSL-JSON
and Dublin Core metadata; lab protocols; abstracts and reviews in many
languages; Q&A posts and referee reports.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset,
a vendor's documentation examples or a public list.  None of the values is an
injection; they are hard negatives on purpose (`<`, `>`, `<=`, `|`, `||`,
`&`, `;`, `{}`, `$...$`, backslashes, `\\input`, `\\href`, `%>%`, `$USER`,
`../`, absolute paths, URLs, SMILES brackets and `=`/`#`, SQL-ish words such
as select, union and drop in their scientific sense).  All credentials are
placeholders or fake.

Standard library only, deterministic (random.Random(2301)); running the
script twice gives the same bytes.
"""
import json
import math
import random
from pathlib import Path

RNG = random.Random(2301)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def fill(cat, literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), n))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


# ---------------------------------------------------------------- shared pools
SURNAMES = ["Okafor", "García", "Tanaka", "Lindqvist", "Sharma", "Petrov", "O'Brien", "Müller", "Haddad",
            "Kowalski", "Yılmaz", "Dubois", "Zhang", "Ferreira", "Nguyen", "Rossi", "Kim", "D'Souza"]
GIVEN = ["Adaeze", "María José", "Kenji", "Ingrid", "Rohan", "Dmitri", "Siobhan", "Lena", "Karim",
         "Natalia", "Elif", "Sophie", "Wei", "Paulo", "Linh", "Giulia", "Min-jun", "Anita"]
SYMS = ["x", "y", "t", "n", "k", "z", "u", "s"]
GENES = ["TP53", "BRCA2", "KRAS", "EGFR", "MYC", "PTEN", "CDKN2A", "APOE", "FOXP3", "SOX2", "GAPDH", "ACTB"]
PROJECTS = ["proj2231", "climate-lab", "neuro_img", "qchem", "popgen", "astro-sims", "matsci"]
USERS = ["okafora", "mgarcia", "ktanaka", "ilindqvist", "rsharma", "dpetrov", "sobrien", "lmuller"]
NODES = ["node%03d" % n for n in (7, 12, 23, 41, 58, 102, 117)] + ["gpu%02d" % n for n in (3, 5, 9)]


# ====================================================================== 1
def latex_math():
    lit = [
        r"Let $f\colon \mathbb{R}^n \to \mathbb{R}$ be convex and $L$-smooth, i.e. $\|\nabla f(x) - \nabla f(y)\| \le L\|x-y\|$ for all $x, y$.",
        r"""\begin{align}
  \mathcal{L}(\theta) &= -\frac{1}{N}\sum_{i=1}^{N} \log p_\theta(y_i \mid x_i) \\
  &\quad + \lambda \|\theta\|_2^2 \label{eq:loss}
\end{align}""",
        r"The expectation value $\left< \hat{H} \right> = \langle \psi | \hat{H} | \psi \rangle$ is minimised by the ground state.",
        r"\newcommand{\R}{\mathbb{R}}\newcommand{\E}{\mathbb{E}}\newcommand{\Var}{\operatorname{Var}}",
        r"$\text{for } x > 0 \text{ we have } \log x \le x - 1$, with equality iff $x = 1$.",
        r"""\begin{tikzpicture}[scale=1.2, >=stealth]
  \draw[->] (-0.5,0) -- (4,0) node[right] {$x$};
  \draw[->] (0,-0.5) -- (0,3) node[above] {$y$};
  \draw[thick, domain=0:3.5, smooth] plot (\x, {0.2*\x*\x});
  \node at (2,2.5) {$y = \tfrac{1}{5}x^2$};
\end{tikzpicture}""",
        r"""\begin{frame}{Main result}
  \begin{theorem}[Kato--Rellich]
    If $A$ is self-adjoint and $\|B\psi\| \le a\|A\psi\| + b\|\psi\|$ with $a < 1$, then $A + B$ is self-adjoint on $D(A)$.
  \end{theorem}
  \pause
  \only<2>{\alert{Note:} the condition $a<1$ cannot be dropped.}
\end{frame}""",
        r"$P(X > x) \sim C x^{-\alpha}$ as $x \to \infty$, with $1 < \alpha < 2$ (infinite variance, finite mean).",
        r"\[ \int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2} \]",
        r"$$\sum_{n=1}^{\infty} \frac{1}{n^2} = \frac{\pi^2}{6}$$",
        r"\begin{equation}\label{eq:ns} \partial_t u + (u\cdot\nabla)u = -\nabla p + \nu\Delta u, \quad \nabla\cdot u = 0 \end{equation}",
        r"As shown in Eq.~\eqref{eq:ns} and Fig.~\ref{fig:vortex}, the vorticity $\omega = \nabla \times u$ concentrates near the wall.",
        r"$A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$, so $\det A = -2$ and $A^{-1} = -\frac12\begin{pmatrix} 4 & -2 \\ -3 & 1 \end{pmatrix}$.",
        r"f(x) = \begin{cases} x^2 \sin(1/x) & x \neq 0, \\ 0 & x = 0. \end{cases}",
        r"""\documentclass[11pt]{amsart}
\usepackage{amsmath,amssymb,amsthm}
\usepackage[utf8]{inputenc}
\usepackage{hyperref}
\newtheorem{lemma}{Lemma}[section]
\DeclareMathOperator{\Tr}{Tr}""",
        r"""\begin{document}
\maketitle
\input{sections/01-intro}
\input{sections/02-methods}
\input{sections/03-results}
\bibliographystyle{plainnat}
\bibliography{refs}
\end{document}""",
        r"$\mathbb{E}[X_{t} \mid \mathcal{F}_s] = X_s$ a.s. for every $0 \le s \le t$",
        r"Define $\operatorname{softmax}(z)_i = \frac{e^{z_i}}{\sum_j e^{z_j}}$ and note that it is invariant under $z \mapsto z + c\mathbf{1}$.",
        r"$\hat\beta = (X^\top X)^{-1} X^\top y$",
        r"$\|x\|_p = \left( \sum_{i=1}^n |x_i|^p \right)^{1/p}$ for $1 \le p < \infty$",
        r"We write $a \lesssim b$ if $a \le Cb$ for a constant $C > 0$ independent of $n$.",
        r"\begin{align*} \Pr\bigl[\,|X - \mu| \geq k\sigma\,\bigr] &\leq \frac{1}{k^2} \end{align*}",
        r"Code and data: \href{https://github.com/example-lab/sparse-gp}{\texttt{example-lab/sparse-gp}}; preprint at \href{https://arxiv.org/abs/2403.01234}{arXiv:2403.01234}.",
        r"\footnote{See \url{https://doi.org/10.5281/zenodo.1234567} for the archived version.}",
        r"The set $\{ x \in \mathbb{Q} : x^2 < 2 \}$ has no supremum in $\mathbb{Q}$.",
        r"$\lim_{n\to\infty} \left(1 + \frac{x}{n}\right)^n = e^x$",
        r"$\binom{n}{k} = \frac{n!}{k!\,(n-k)!}$",
        r"Our algorithm runs in $\mathcal{O}(n \log n)$ time versus $\Theta(n^2)$ for the naive union--find variant.",
        r"$\nabla \cdot \mathbf{E} = \frac{\rho}{\varepsilon_0}, \qquad \nabla \times \mathbf{B} - \frac{1}{c^2}\frac{\partial \mathbf{E}}{\partial t} = \mu_0 \mathbf{J}$",
        r"$i\hbar \frac{\partial}{\partial t}\Psi(\mathbf{r},t) = \left[-\frac{\hbar^2}{2m}\nabla^2 + V(\mathbf{r},t)\right]\Psi(\mathbf{r},t)$",
        r"\begin{proof} Suppose, for contradiction, that $\sqrt{2} = p/q$ with $\gcd(p,q)=1$. Then $p^2 = 2q^2$, so $2 \mid p$; writing $p = 2r$ gives $q^2 = 2r^2$, hence $2 \mid q$, a contradiction. \end{proof}",
        r"The films were annealed at \SI{450}{\celsius} for \SI{2}{\hour} at a base pressure below \SI{5e-6}{\milli\bar}.",
        r"""\begin{table}[ht]
\centering
\begin{tabular}{lrr}
\toprule
Model & RMSE & $R^2$ \\
\midrule
OLS & 0.412 & 0.81 \\
GBM & 0.338 & 0.87 \\
\bottomrule
\end{tabular}
\caption{Test-set error (lower RMSE is better).}\label{tab:rmse}
\end{table}""",
        r"$\mathrm{KL}(P \,\|\, Q) = \sum_x P(x) \log \frac{P(x)}{Q(x)} \ge 0$",
        r"$\langle f, g \rangle_{L^2} = \int_\Omega f\,\overline{g}\,d\mu$",
        r"The sequence $0 \to A \xrightarrow{f} B \xrightarrow{g} C \to 0$ is exact, hence $B/f(A) \cong C$.",
        r"""\begin{tikzcd}
A \arrow[r, "f"] \arrow[d, "h"'] & B \arrow[d, "g"] \\
C \arrow[r, "k"'] & D
\end{tikzcd}""",
        r"Newton's iteration $x_{n+1} = x_n - \frac{f(x_n)}{f'(x_n)}$ converges quadratically near a simple root.",
        r"$\sigma(x) = 1/(1+e^{-x})$ and $\sigma'(x) = \sigma(x)\bigl(1-\sigma(x)\bigr)$",
        r"定理 2.1 より $\lambda_{\max}(A) \le \|A\|_\infty$ が成り立つ。",
        r"Für alle $\varepsilon > 0$ existiert ein $\delta > 0$, sodass aus $|x - x_0| < \delta$ folgt: $|f(x) - f(x_0)| < \varepsilon$.",
        r"\renewcommand{\vec}[1]{\boldsymbol{#1}}",
        r"Here $\mathbf{1}\{X_i > c\}$ denotes the indicator of the event $X_i > c$.",
        r"$\hat\theta = \underset{\theta \in \Theta}{\arg\min}\; \sum_{i=1}^n \ell\bigl(y_i, f_\theta(x_i)\bigr) + \lambda\,\Omega(\theta)$",
        r"\DeclarePairedDelimiter{\abs}{\lvert}{\rvert}\DeclarePairedDelimiter{\ceil}{\lceil}{\rceil}",
        r"Why does $\sum_{k=0}^{n} \binom{n}{k}^2 = \binom{2n}{n}$ hold? I tried induction on $n$ but got stuck at the step $n \to n+1$.",
        r"""\begin{algorithm}
\caption{Power iteration}
\begin{algorithmic}[1]
\State $b_0 \gets$ random unit vector
\For{$k = 0, 1, \dots, K-1$}
  \State $b_{k+1} \gets A b_k / \|A b_k\|$
\EndFor
\State \Return $b_K$
\end{algorithmic}
\end{algorithm}""",
        r"$\det(I - tA)^{-1} = \exp\left(\sum_{k\ge1} \frac{\operatorname{tr}(A^k)}{k} t^k\right)$",
        r"$a \equiv b \pmod{n}$ if and only if $n \mid (a - b)$.",
        r"$\forall \epsilon>0\ \exists N\in\mathbb{N}\ \forall n\ge N: |a_n - L| < \epsilon$",
        r"""\begin{figure}[t]
  \centering
  \includegraphics[width=0.8\linewidth]{figs/loss_curve.pdf}
  \caption{Training loss; the shaded area is $\pm 1$ s.d. over 5 seeds.}
  \label{fig:loss}
\end{figure}""",
        r"\(\mathcal{H} = \overline{\operatorname{span}}\{e_n\}_{n \in \mathbb{N}}\)",
        r"On note $\mathcal{C}^\infty_c(\Omega)$ l'espace des fonctions lisses à support compact dans $\Omega \subset \mathbb{R}^d$.",
        r"\begin{itemize} \item $p < 0.05$ after Bonferroni correction \item $n = 1{,}204$ participants \item effect size $d = 0.31$ \end{itemize}",
        r"\newcommand{\norm}[1]{\left\lVert#1\right\rVert}",
        r"Sea $G$ un grupo finito y $H \le G$; entonces $|H|$ divide a $|G|$ (teorema de Lagrange).",
        r"$\Gamma(z) = \int_0^\infty t^{z-1} e^{-t}\,dt, \quad \Re z > 0$",
        r"$$\mathbb{P}\Bigl(\max_{1\le k\le n} |S_k| \ge \lambda\Bigr) \le \frac{\operatorname{Var}(S_n)}{\lambda^2}$$",
        r"""\begin{tikzpicture}
  \node[circle,draw] (a) at (0,0) {$v_1$};
  \node[circle,draw] (b) at (2,0) {$v_2$};
  \node[circle,draw] (c) at (1,1.7) {$v_3$};
  \draw[->] (a) -- node[below] {$w_{12}$} (b);
  \draw[->] (b) -- (c);
  \draw[->, dashed] (c) -- (a);
\end{tikzpicture}""",
    ]
    funcs = [r"\sin", r"\cos", r"\log", r"\exp", r"\tanh", r"\sqrt"]
    sets = [r"\mathbb{R}", r"\mathbb{N}", r"\mathbb{Z}", r"\mathbb{C}", r"[0,1]", r"\Omega"]
    rels = [r"<", r">", r"\le", r"\ge", r"\ne", r"\approx"]
    tmpl = [
        lambda: r"Assume $%s %s %d$ for all $%s \in %s$." % (pick(SYMS), pick(rels), RNG.randint(0, 9), pick(SYMS), pick(sets)),
        lambda: r"$\int_{%d}^{%d} %s(%s)\,d%s$" % (0, RNG.randint(1, 5), pick(funcs), "x", "x"),
        lambda: r"$\sum_{i=1}^{n} i^{%d} = O(n^{%d})$" % (lambda k: (k, k + 1))(RNG.randint(1, 4)),
        lambda: (lambda y: r"\begin{equation} %s_{n+1} = %s_n + h\, f(t_n, %s_n) \end{equation}" % (y, y, y))(pick(["y", "u", "x"])),
        lambda: r"Lemma %d.%d: if $\|%s\|_{%s} %s %s$ then $%s \in %s$." % (RNG.randint(1, 6), RNG.randint(1, 9), pick(["u", "f", "v"]), pick(["2", r"\infty", "H^1", "L^p"]), pick([r"<", r"\le"]), pick(["1", r"\varepsilon", "C"]), pick(["u", "f", "v"]), pick(sets)),
        lambda: r"$\lim_{%s \to %s} %s(%s)/%s = %d$" % ("x", "0", pick([r"\sin", r"\tan", r"\sinh"]), "x", "x", 1),
    ]
    return fill("latex-math", lit, lambda: pick(tmpl)())


# ====================================================================== 2
def plain_math_logic():
    lit = [
        "For all x > 0: ln(x) <= x - 1, with equality iff x = 1.",
        "{x ∈ ℝ | x² < 2} is bounded above but has no maximum.",
        "S = {x | x > 0 and x < 10}; |S ∩ ℤ| = 9",
        "||x + y|| <= ||x|| + ||y|| (triangle inequality), and ||αx|| = |α| ||x||",
        "¬(p ∧ q) ↔ (¬p ∨ ¬q)",
        "∀ε>0 ∃δ>0 ∀x: |x − a| < δ → |f(x) − f(a)| < ε",
        "Is 0.999... = 1? Yes: let x = 0.999...; then 10x - x = 9.999... - 0.999... = 9, so 9x = 9 and x = 1.",
        "2^10 = 1024 ≡ 1 (mod 11), consistent with Fermat's little theorem since 11 is prime.",
        "A = [[1,2],[3,4]], det(A) = 1*4 - 2*3 = -2, trace(A) = 5",
        "lim_{x->0} sin(x)/x = 1",
        "P(A|B) = P(B|A) * P(A) / P(B), provided P(B) > 0",
        "If a < b and b < c then a < c (transitivity of <).",
        "3 | (n^3 - n) for every integer n, since n^3 - n = (n-1)n(n+1).",
        "(p → q) ∧ (q → r) ⊢ (p → r)",
        "f(x) = x^3 - 3x + 1; f'(x) = 3x^2 - 3 = 0 <=> x = ±1; f(-1) = 3 is a local max, f(1) = -1 a local min.",
        "gcd(1071, 462) = gcd(462, 147) = gcd(147, 21) = gcd(21, 0) = 21",
        "Claim: sum_{k=1}^n k = n(n+1)/2.\nProof by induction.\nBase case n = 1: 1 = 1*2/2.\nStep: sum_{k=1}^{n+1} k = n(n+1)/2 + (n+1) = (n+1)(n+2)/2. ∎",
        "x' = Ax + Bu, y = Cx + Du; the system is controllable iff rank [B, AB, ..., A^(n-1)B] = n.",
        "A ∪ B = B ∪ A and A ∩ (B ∪ C) = (A ∩ B) ∪ (A ∩ C)",
        "How many ways to select 3 of 10 items? C(10,3) = 10!/(3!·7!) = 120",
        "E[X] = Σ x·P(X = x), Var(X) = E[X²] − (E[X])²",
        "f is analytic on 0 < |z - z0| < r with a simple pole at z0; Res(f, z0) = lim_{z->z0} (z - z0) f(z)",
        "f: {0,1}^n -> {0,1} is a Boolean function; there are 2^(2^n) of them.",
        "Stirling: n! ~ sqrt(2πn) (n/e)^n as n -> ∞",
        "1/0 is undefined, but lim_{x->0+} 1/x = +∞ and lim_{x->0-} 1/x = -∞.",
        "Let G = <a, b | a^2 = b^3 = (ab)^2 = 1>. Show that |G| = 6.",
        "⟨u, v⟩ = u1*v1 + u2*v2 + u3*v3 and |⟨u, v⟩| <= ||u|| ||v||",
        "Careful: x = -b ± sqrt(b^2 - 4ac) / 2a is wrong; it is x = (-b ± sqrt(b^2 - 4ac)) / (2a).",
        "If n is odd then n^2 is odd: n = 2k+1 => n^2 = 4k^2 + 4k + 1 = 2(2k^2 + 2k) + 1.",
        "17 mod 5 = 2; -17 mod 5 = 3 in Python (floored) but -17 % 5 == -2 in C (truncated).",
        "x ∈ [0, 1), y ∈ (0, 1], so x·y ∈ [0, 1)",
        "a_n = a_{n-1} + a_{n-2}, a_0 = 0, a_1 = 1 => a_10 = 55",
        "| |a| - |b| | <= |a - b| (reverse triangle inequality)",
        "p ∨ ¬p is a tautology; p ∧ ¬p is a contradiction; p → q ≡ ¬p ∨ q.",
        "∃!x ∈ ℝ (x + 2 = 5)",
        "In most languages true || false && false is true, because && binds tighter than ||.",
        "M = [[0,1],[1,0]]; M^2 = I, eigenvalues ±1 with eigenvectors (1,1) and (1,-1).",
        "R = {(a,b) ∈ A×A : a ≤ b} is a partial order: reflexive, antisymmetric, transitive.",
        "The relation '<' on ℕ is irreflexive and transitive; '<=' is reflexive.",
        "e^(iπ) + 1 = 0",
        "d/dx [x^x] = x^x (ln x + 1) for x > 0",
        "∫_0^1 x^n dx = 1/(n+1) for n > -1",
        "O(1) < O(log n) < O(n) < O(n log n) < O(n^2) < O(2^n) < O(n!)",
        "sqrt(2) ≈ 1.41421356, and 99/70 ≈ 1.4142857 is a convergent of its continued fraction [1; 2, 2, 2, ...].",
        "Pigeonhole: among 13 people at least 2 share a birth month, since 13 > 12.",
        "Theorem. Every bounded monotone sequence in ℝ converges.\nProof sketch: let L = sup{a_n : n ≥ 1}. For ε > 0 there is N with a_N > L − ε; monotonicity gives L − ε < a_n ≤ L for all n ≥ N.",
        "P(-1.96 <= Z <= 1.96) ≈ 0.95 for Z ~ N(0, 1)",
        "Пусть x > 0; тогда x + 1/x >= 2, причём равенство достигается только при x = 1.",
        "Sea n ≥ 1. Entonces 2^n > n; por inducción: 2^(n+1) = 2·2^n > 2n ≥ n + 1.",
        "Zeige: Für alle n ∈ ℕ gilt 6 | n(n+1)(n+2).",
        "设 a, b > 0，则 (a+b)/2 ≥ √(ab)，当且仅当 a = b 时取等号。",
        "T(n) = 2T(n/2) + n => T(n) = Θ(n log n) by the master theorem (case 2).",
        "¬∀x P(x) ≡ ∃x ¬P(x) and ¬∃x P(x) ≡ ∀x ¬P(x)",
        "x ≡ 2 (mod 3), x ≡ 3 (mod 5), x ≡ 2 (mod 7) → x ≡ 23 (mod 105)",
        "Solve |2x - 3| < 5: -5 < 2x - 3 < 5 <=> -1 < x < 4",
        "P = NP? If some NP-complete problem is in P, then P = NP.",
        "Soit f(x) = 1/(1 + x²). Alors f est bornée : 0 < f(x) <= 1 pour tout x.",
        "x ⊕ y = (x ∨ y) ∧ ¬(x ∧ y); XOR is associative, so a ⊕ b ⊕ a = b.",
        "Ker(T) = {v ∈ V : T(v) = 0}; dim V = dim Ker(T) + dim Im(T)",
    ]
    ops = ["<", ">", "<=", ">=", "≤", "≥", "≠"]

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            a, b, m = RNG.randint(2, 19), RNG.randint(2, 40), pick([7, 11, 13, 17, 19, 23])
            return "%d^%d mod %d = %d" % (a, b, m, pow(a, b, m))
        if k == 1:
            a, b = RNG.randint(-9, 9), RNG.randint(1, 30)
            return "{x ∈ ℤ | %d %s x %s %d}" % (a, pick(["<", "<=", "≤"]), pick(["<", "<=", "≤"]), a + b)
        if k == 2:
            m = [[RNG.randint(-5, 9) for _ in range(2)] for _ in range(2)]
            return "det([[%d,%d],[%d,%d]]) = %d" % (m[0][0], m[0][1], m[1][0], m[1][1], m[0][0] * m[1][1] - m[0][1] * m[1][0])
        if k == 3:
            v = pick(SYMS)
            return "%s %s %d ∧ %s %s %d" % (v, pick(ops), RNG.randint(-5, 5), v, pick(ops), RNG.randint(6, 20))
        a, b = RNG.randint(2, 300), RNG.randint(2, 300)
        return "lcm(%d, %d) = %d" % (a, b, a * b // math.gcd(a, b))
    return fill("plain-math-logic", lit, gen)


# ====================================================================== 3
def chemistry_bio():
    lit = [
        "CC(=O)Oc1ccccc1C(=O)O",
        "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
        "C[C@@H](C(=O)O)N",
        "InChI=1S/C2H6O/c1-2-3/h3H,2H2,1H3",
        "F/C=C/F (E) vs F/C=C\\F (Z)",
        "[Na+].[Cl-]",
        "2 H2 + O2 -> 2 H2O",
        "CH3COOH + H2O <=> CH3COO- + H3O+  (Ka = 1.8e-5)",
        "Fe3+ + e- -> Fe2+   E° = +0.77 V vs. SHE",
        "(2S,3R)-2-amino-3-hydroxybutanoic acid",
        "2',3'-dideoxycytidine 5'-triphosphate (ddCTP)",
        "Fwd 5'-GACCTGAAGTACGTCAGCTA-3' / Rev 5'-TTGCAGGATCGACTTGAAGC-3', Tm ≈ 60 °C, amplicon 212 bp",
        ">sp|Q9X7A2|ABC3_EXMPL Putative ABC transporter ATP-binding protein OS=Exemplia testae OX=999999 GN=abc3 PE=3 SV=1\nMSKQLTVENLSVSYGKRLALDNVSLEIPAGQFVALLGPSGCGKSTLLRAIAGLEQPTSG\nRIVLDGKDITHLPPQKRGIGMVFQDYALFPHLTVYENIAFGL",
        ">contig_00412 len=18734 cov=41.2 circular=false\nATGCGTTAGCCTAGGATCCGATTACAGGCTTAACCGGTTAGCATGCAATTGCC",
        "Read aligned with CIGAR 76M2I22M, NM:i:3, MAPQ 60",
        "read_0193\t99\tchr7\t55191822\t60\t100M\t=\t55192010\t288\t*\t*\tNM:i:1\tRG:Z:S12_L001",
        "chr17\t41245466\t.\tG\tA\t812.3\tPASS\tDP=54;AF=0.48;ANN=A|missense_variant|MODERATE|GENE1\tGT:AD:DP\t0/1:28,26:54",
        "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total read depth at the locus\">",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "chr3\tlabAnnot\tgene\t120034\t124410\t.\t-\t.\tID=gene:g0412;Name=abc3;biotype=protein_coding",
        "chr2\t1204500\t1205750\tpeak_0412\t873\t+\t12.4\t-1\t6.1",
        "We used PDB 6VXX (closed spike) and 6VYB (one RBD up) as templates; missing loops were modelled with MODELLER.",
        "Variant NM_000546.6:c.743G>A (p.Arg248Gln) was confirmed by Sanger sequencing.",
        "CFTR c.1521_1523delCTT (p.Phe508del), homozygous",
        "[Cu(NH3)4]2+ is deep blue; adding excess HCl gives [CuCl4]2- (yellow-green).",
        "NaOH(aq) + HCl(aq) → NaCl(aq) + H2O(l); ΔH = −57.1 kJ/mol",
        "Solvent: N,N-dimethylformamide (DMF), dried over 4 Å molecular sieves",
        "(R)-1,1'-bi-2-naphthol, 4,4'-(propane-2,2-diyl)diphenol and tris(2-carboxyethyl)phosphine hydrochloride (TCEP·HCl)",
        "C[N+](C)(C)CCO",
        "[O-][N+](=O)c1ccccc1",
        "OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O",
        "Reaction SMILES: CCO.CC(=O)O>>CC(=O)OCC.O",
        "gene:BRCA2 AND organism_id:9606 AND reviewed:true",
        "@SRR0000412.1 1/1\nGATTTGGGGTTCAAAGCAGTATCGATCAAATAGT\n+\nIIIIHHHGGGFFFEEEDDDCCBBA@@@???>>==",
        "((A:0.1,B:0.2)0.95:0.05,(C:0.3,D:0.4)0.88:0.1);",
        "HRMS (ESI) m/z: [M+H]+ calcd for C17H20N2O3 301.1547; found 301.1541; [M+Na]+ 323.1360",
        "1H NMR (400 MHz, CDCl3) δ 7.26 (d, J = 8.4 Hz, 2H), 6.88 (d, J = 8.4 Hz, 2H), 3.81 (s, 3H), 2.35 (s, 3H).",
        "pKa ≈ 4.76; at pH 7.4 the ratio [A−]/[HA] ≈ 10^2.64 ≈ 437",
        "EcoRI cuts G^AATTC, BamHI cuts G^GATCC; both leave 5' overhangs.",
        "sgRNA: 5'-GCTGAAGCACTGCACGCCGT-3' followed by an NGG PAM (TGG)",
        "Genotype: ΔrecA::kanR, lacZΔM15, hsdR17(rK- mK+)",
        "化合物 3a 的 SMILES 为 O=C(Nc1ccc(F)cc1)c1ccncc1，收率 82%，熔点 171–173 °C。",
        "rs429358 C>T defines the APOE ε4 allele together with rs7412 C.",
        "BRAF V600E (c.1799T>A) in 11/40 samples (27.5%)",
        "chr1\tlabAnnot\texon\t11869\t12227\t.\t+\t.\tgene_id \"g0001\"; transcript_id \"g0001.t1\"; exon_number \"1\"; gene_name \"Abc1\";",
        "Cc1ccc(cc1)S(=O)(=O)N",
        "C1=CC=C(C=C1)/C=C/C(=O)O",
        "Mn(VII)O4- + 8 H+ + 5 e- -> Mn2+ + 4 H2O",
        "Ligand: 2,2':6',2''-terpyridine (tpy); complex [Ru(tpy)2](PF6)2",
        "Sequence motif: [ST]-x-[RK] (PKC site); N-glycosylation N-{P}-[ST]-{P}",
        "Kd = 12 ± 3 nM (ITC, 25 °C, n = 3); ΔG = −10.8 kcal/mol",
        "Strain JM109 (recA1 endA1 gyrA96 thi hsdR17 supE44 relA1 Δ(lac-proAB) / F' [traD36 proAB+ lacIq lacZΔM15])",
        "KEGG map00010 (Glycolysis / Gluconeogenesis); GO:0006096 glycolytic process",
        "SMILES O=C1CCCN1 (2-pyrrolidinone) -- not to be confused with NMP, CN1CCCC1=O",
        "Ca2+ + 2 OH− ⇌ Ca(OH)2(s), Ksp = 5.5 × 10^−6",
    ]
    bases = "ACGT"

    def seq(n):
        return "".join(pick(bases) for _ in range(n))

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            return ">%s_%04d %s\n%s" % (pick(["isolate", "clone", "amplicon", "contig"]), RNG.randint(1, 9999), pick(["16S rRNA partial", "ITS2 region", "COI barcode", "plasmid pUC-like backbone"]), seq(RNG.randint(40, 70)))
        if k == 1:
            g = pick(GENES)
            return "%s_F 5'-%s-3' / %s_R 5'-%s-3'" % (g, seq(20), g, seq(21))
        if k == 2:
            ref = pick(bases)
            alt = pick([b for b in bases if b != ref])
            dp = RNG.randint(12, 120)
            ad = RNG.randint(3, dp - 3)
            return "chr%s\t%d\t.\t%s\t%s\t%.1f\tPASS\tDP=%d\tGT:AD\t0/1:%d,%d" % (pick(["1", "2", "7", "12", "17", "X"]), RNG.randint(10000, 90000000), ref, alt, RNG.uniform(30, 900), dp, dp - ad, ad)
        if k == 3:
            return "%dM%d%s%dM" % (RNG.randint(10, 90), RNG.randint(1, 5), pick(["I", "D", "N"]), RNG.randint(10, 90))
        return "%s expression %s %.1f-fold (p = %.3f) after %s" % (pick(GENES), pick(["up", "down"]), RNG.uniform(1.2, 8), RNG.uniform(0.001, 0.049), pick(["24 h LPS", "siRNA knockdown", "hypoxia (1% O2)", "cisplatin 5 µM"]))
    return fill("chemistry-bio", lit, gen)


# ====================================================================== 4
def stats_output():
    lit = [
        """Call:
lm(formula = y ~ x1 + x2, data = df)

Residuals:
    Min      1Q  Median      3Q     Max 
-2.8123 -0.6421  0.0310  0.6702  3.1045 

Coefficients:
            Estimate Std. Error t value Pr(>|t|)    
(Intercept)  1.20413    0.10211  11.793  < 2e-16 ***
x1           0.48120    0.05033   9.561  < 2e-16 ***
x2          -0.07731    0.04890  -1.581    0.115    
---
Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1

Residual standard error: 0.9912 on 397 degrees of freedom
Multiple R-squared:  0.1934,	Adjusted R-squared:  0.1893 
F-statistic: 47.59 on 2 and 397 DF,  p-value: < 2.2e-16""",
        "summary(lm(log(price) ~ area + rooms * district, data = houses))",
        "lmer(rt ~ condition * block + (1 + condition | subject) + (1 | item), data = d, REML = FALSE)",
        "glmer(correct ~ load + (1 | subject), family = binomial, data = exp2, control = glmerControl(optimizer = \"bobyqa\"))",
        """Analysis of Variance Table

Response: yield
          Df Sum Sq Mean Sq F value    Pr(>F)    
fert       2 124.62  62.310 18.4213 4.181e-06 ***
block      3  21.07   7.023  2.0763    0.1248    
Residuals 30 101.47   3.382                      
---
Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1""",
        """	Welch Two Sample t-test

data:  score by group
t = -3.2841, df = 71.62, p-value = 0.001578
alternative hypothesis: true difference in means between group A and group B is not equal to 0
95 percent confidence interval:
 -9.412 -2.288
sample estimates:
mean in group A mean in group B 
         61.250          67.100 """,
        """	Pearson's Chi-squared test with Yates' continuity correction

data:  tab
X-squared = 5.0127, df = 1, p-value = 0.02517""",
        "df %>% group_by(site, year) %>% summarise(mean_bm = mean(biomass, na.rm = TRUE), n = n(), .groups = \"drop\") %>% arrange(desc(mean_bm))",
        "penguins |> filter(!is.na(bill_length_mm), species != \"Adelie\") |> select(species, island, bill_length_mm) |> slice_head(n = 5)",
        """              age        bmi      sbp_mmHg
count  1204.000000  1198.000000  1201.000000
mean     52.318937    27.412354   131.802664
std      14.027115     4.918033    18.224507
min      18.000000    16.200000    88.000000
25%      41.000000    23.900000   119.000000
50%      53.000000    26.800000   130.000000
75%      63.000000    30.400000   143.000000
max      89.000000    51.700000   212.000000""",
        """                            OLS Regression Results                            
==============================================================================
Dep. Variable:                  log_y   R-squared:                       0.412
Model:                            OLS   Adj. R-squared:                  0.405
No. Observations:                 240   F-statistic:                     55.12
Df Residuals:                     236   Prob (F-statistic):           1.05e-26
==============================================================================
                 coef    std err          t      P>|t|      [0.025      0.975]
------------------------------------------------------------------------------
const          0.8123      0.102      7.964      0.000       0.611       1.013
dose           0.2210      0.031      7.129      0.000       0.160       0.282
==============================================================================""",
        """. regress wage educ exper tenure, robust

Linear regression                               Number of obs     =        526
                                                F(3, 522)         =      61.21
                                                Prob > F          =     0.0000
                                                R-squared         =     0.3064
------------------------------------------------------------------------------
             |               Robust
        wage | Coefficient  std. err.      t    P>|t|     [95% conf. interval]
-------------+----------------------------------------------------------------
        educ |   .5989651   .0609946     9.82   0.000     .4791406    .7187896
       exper |   .0223395   .0116931     1.91   0.057     -.000632    .0453111
       _cons |  -2.872735   .7834508    -3.67   0.000    -4.411842   -1.333628
------------------------------------------------------------------------------""",
        "OR = 2.31 (95% CI 1.42–3.76), p < 0.001",
        "Mean difference −4.2 mmHg [95% CI −6.9, −1.5]; p = .003; Cohen's d = 0.41",
        "F(2, 57) = 4.87, p = .011, η²p = .146",
        "χ²(3, N = 412) = 18.2, p < .001, Cramér's V = .12",
        "r(98) = .34, p < .001; ρ = 0.29 (Spearman)",
        "HR 0.74 (0.61-0.90), log-rank p = 0.002; median OS 18.4 vs 14.1 months",
        "AIC: m1 = 1204.3, m2 = 1198.7 (ΔAIC = 5.6 in favour of m2); BIC prefers m1",
        """Tests of Between-Subjects Effects
Dependent Variable: Score
Source            Type III SS   df   Mean Square   F        Sig.
Corrected Model   812.450a      3    270.817       9.412    .000
Group             640.200       1    640.200      22.250    .000
Gender             98.113       1     98.113       3.410    .068
Group * Gender     74.137       1     74.137       2.577    .111
Error            3337.550     116     28.772
a. R Squared = .196 (Adjusted R Squared = .175)""",
        "anova(m0, m1, test = \"Chisq\")  # m1 adds the random slope; p = 0.0032",
        "Warning message:\nIn sqrt(var(x)) : NaNs produced",
        "Warning: Removed 14 rows containing missing values or values outside the scale range (`geom_point()`).",
        "boundary (singular) fit: see help('isSingular')",
        "Error in model.frame.default(formula = y ~ x + z, data = d, drop.unused.levels = TRUE) : \n  variable lengths differ (found for 'z')",
        "Model failed to converge with max|grad| = 0.00312 (tol = 0.002, component 1)",
        "Shapiro-Wilk normality test\n\ndata:  resid(m)\nW = 0.98712, p-value = 0.2143",
        "| Term | Estimate | SE | z | p |\n|---|---|---|---|---|\n| (Intercept) | -1.21 | 0.18 | -6.72 | <0.001 |\n| dose | 0.43 | 0.07 | 6.14 | <0.001 |\n| dose:sex | -0.09 | 0.10 | -0.90 | 0.368 |",
        "y ~ poly(x, 3) + s(age, k = 10) + te(lon, lat) + offset(log(exposure))",
        "smf.mixedlm(\"score ~ week * arm\", data=long_df, groups=long_df[\"patient\"], re_formula=\"~week\").fit(method=\"lbfgs\")",
        """Multiple Comparisons of Means: Tukey Contrasts

Linear Hypotheses:
           Estimate Std. Error t value Pr(>|t|)    
B - A == 0   2.1400     0.6210   3.446  0.00241 ** 
C - A == 0   3.0825     0.6210   4.964  < 0.001 ***
C - B == 0   0.9425     0.6210   1.518  0.28631    """,
        "Bayes factor BF10 = 7.3 (moderate evidence for H1); posterior median δ = 0.38, 95% HDI [0.09, 0.66]",
        """ Family: gaussian 
  Links: mu = identity; sigma = identity 
Formula: y ~ x + (1 | g) 
   Data: d (Number of observations: 300) 
  Draws: 4 chains, each with iter = 2000; warmup = 1000; thin = 1;
         total post-warmup draws = 4000

Regression Coefficients:
          Estimate Est.Error l-95% CI u-95% CI Rhat Bulk_ESS Tail_ESS
Intercept     0.51      0.22     0.08     0.95 1.00     1180     1641
x             1.98      0.06     1.86     2.10 1.00     4012     2908""",
        "Kruskal-Wallis chi-squared = 11.44, df = 2, p-value = 0.003281",
        "df.groupby(['site', 'treatment'])['yield'].agg(['mean', 'std', 'count']).round(2)",
        "pd.crosstab(df.smoker, df.outcome, margins=True, normalize='index')",
        "Cronbach's α = .87 (12 items); McDonald's ω = .88",
        "ICC(2,1) = 0.81, 95% CI [0.72, 0.88], F(39, 117) = 13.6, p < .001",
        "Power analysis: n = 64 per group for d = 0.5, α = .05 (two-sided), 1 − β = .80",
        "Levene's test: F(2, 87) = 0.94, p = .394 -> equal variances assumed",
        "Note: *p < .05; **p < .01; ***p < .001. Standard errors clustered by school (in parentheses).",
        "Linear mixed model fit by REML ['lmerMod']\nFormula: rt ~ cond + (1 | subj)\nREML criterion at convergence: 10234.7\n\nRandom effects:\n Groups   Name        Variance Std.Dev.\n subj     (Intercept) 1520.3   38.99   \n Residual             4219.8   64.96   \nNumber of obs: 1840, groups:  subj, 46",
        "proc glm data=trial; class arm site; model sbp = arm site arm*site / ss3; lsmeans arm / pdiff adjust=tukey; run;",
        "tidy(fit, conf.int = TRUE) %>% filter(term != \"(Intercept)\") %>% mutate(across(where(is.numeric), ~ round(.x, 3)))",
        "Estimated marginal means: treatment 12.4 (SE 0.8), control 9.9 (SE 0.8); contrast 2.5, t(118) = 2.21, p = .029",
        "In the pre-registration we said alpha = 0.005; with p = 0.012 the result is 'suggestive', not significant.",
        "Regressionsergebnis: β = 0,42 (SE = 0,09), t(210) = 4,67, p < 0,001; R² = 0,19",
        "结果显示处理组显著高于对照组 (t(58) = 3.12, p = 0.003, d = 0.81)。",
        "ks.test(x, \"pnorm\", mean(x), sd(x))\n\tAsymptotic one-sample Kolmogorov-Smirnov test\nD = 0.061, p-value = 0.4772",
        "Durbin-Watson = 1.93; Breusch-Pagan χ²(4) = 6.02, p = 0.198; VIF max = 2.4 (x3)",
    ]
    preds = ["age", "sex", "bmi", "dose", "treatment", "time", "site", "income", "educ", "temp"]
    outs = ["y", "score", "yield", "log_rt", "sbp", "count", "biomass"]

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            a, b = RNG.sample(preds, 2)
            return "%s ~ %s %s %s + (1 | %s)" % (pick(outs), a, pick(["*", "+", ":"]), b, pick(["subject", "site", "plot", "school", "litter"]))
        if k == 1:
            est = RNG.uniform(-2, 2)
            se = RNG.uniform(0.02, 0.5)
            return "%-12s %9.4f %10.4f %7.2f %s" % (pick(preds), est, se, est / se, pick(["< 2e-16 ***", "0.00132 ** ", "0.0412 *  ", "0.0781 .  ", "0.412     "]))
        if k == 2:
            lo = RNG.uniform(0.3, 1.5)
            return "%s = %.2f (95%% CI %.2f–%.2f), p %s" % (pick(["OR", "RR", "HR", "IRR"]), lo + 0.3, lo, lo + 0.8, pick(["< 0.001", "= 0.004", "= 0.03", "= 0.21"]))
        if k == 3:
            return "t(%d) = %.2f, p = %.3f, d = %.2f" % (RNG.randint(20, 300), RNG.uniform(0.5, 5), RNG.uniform(0.001, 0.6), RNG.uniform(0.05, 1.2))
        return "%s %%>%% filter(%s %s %d) %%>%% count(%s)" % (pick(["df", "dat", "trial", "survey"]), pick(preds), pick([">", "<", ">=", "<=", "=="]), RNG.randint(1, 90), pick(preds))
    return fill("stats-output", lit, gen)


# ====================================================================== 5
def research_code():
    lit = [
        "files <- list.files(\"data/raw\", pattern = \"\\\\.csv$\", full.names = TRUE)\ndat <- purrr::map_dfr(files, readr::read_csv, .id = \"source\")",
        "system(\"wc -l data/raw/*.csv\", intern = TRUE)",
        "for (i in seq_along(models)) {\n  saveRDS(models[[i]], file = file.path(\"../results\", paste0(\"fit_\", names(models)[i], \".rds\")))\n}",
        "A = rand(100); [V, D] = eig(A' * A); semilogy(diag(D), 'o-'); xlabel('index'); ylabel('\\lambda_i');",
        "for k = 1:numel(files)\n    S = load(fullfile(dataDir, files(k).name));\n    eval(['trial_' num2str(k) ' = S.data;']);  % old lab code, to be refactored\nend",
        "x = linspace(0, 2*pi, 200); plot(x, sin(x), 'r--', x, cos(x), 'b-'); legend('sin', 'cos'); grid on",
        "using DifferentialEquations\nf(u, p, t) = p[1] * u * (1 - u / p[2])\nprob = ODEProblem(f, 0.1, (0.0, 20.0), [0.8, 1.0])\nsol = solve(prob, Tsit5(); reltol = 1e-8)",
        "A = [1 2; 3 4]; b = [5; 6]; x = A \\ b",
        "run(`bwa mem -t 8 ref.fa R1.fq.gz R2.fq.gz`)",
        "NDSolve[{y''[x] + y[x] == 0, y[0] == 1, y'[0] == 0}, y, {x, 0, 10}]",
        "Integrate[Exp[-a x^2], {x, -Infinity, Infinity}, Assumptions -> a > 0]",
        "data = Import[\"~/Documents/spectra/run_042.csv\", \"Data\"]; ListLinePlot[data[[All, {1, 3}]], PlotRange -> All]",
        "use \"data/panel_2019.dta\", clear\nxtset firm year\nxtreg lnsales lnemp lncap i.year, fe vce(cluster firm)\nestimates store fe",
        "foreach v of varlist inc* {\n    replace `v' = . if `v' < 0\n}",
        "data work.clean;\n  set raw.visits(where=(visit_date >= '01JAN2020'd));\n  if missing(sbp) then delete;\n  bmi = weight / (height/100)**2;\nrun;",
        "proc sql;\n  create table summ as\n  select site, count(*) as n, mean(age) as mean_age\n  from work.clean\n  group by site\n  having n >= 10;\nquit;",
        "program heat\n  implicit none\n  integer, parameter :: n = 100\n  real(8) :: u(0:n+1), unew(1:n)\n  integer :: i, step\n  u = 0.0d0; u(0) = 1.0d0\n  do step = 1, 5000\n     do i = 1, n\n        unew(i) = u(i) + 0.25d0 * (u(i-1) - 2*u(i) + u(i+1))\n     end do\n     u(1:n) = unew\n  end do\nend program heat",
        "!$omp parallel do private(i) reduction(+:s)\ndo i = 1, n\n   s = s + a(i) * b(i)\nend do\n!$omp end parallel do",
        "import numpy as np\nrng = np.random.default_rng(42)\nX = rng.normal(size=(500, 3))\nbeta = np.array([1.5, -2.0, 0.0])\ny = X @ beta + rng.normal(scale=0.5, size=500)\nbeta_hat, *_ = np.linalg.lstsq(X, y, rcond=None)",
        "from scipy.optimize import curve_fit\npopt, pcov = curve_fit(lambda t, a, k: a * np.exp(-k * t), t, counts, p0=(1e4, 0.1))\nperr = np.sqrt(np.diag(pcov))",
        "from scipy import stats\nstats.ttest_ind(a, b, equal_var=False)",
        "model = torch.nn.Sequential(\n    torch.nn.Linear(784, 256), torch.nn.ReLU(),\n    torch.nn.Dropout(p=0.2),\n    torch.nn.Linear(256, 10),\n)\nmodel.eval()\nwith torch.no_grad():\n    logits = model(x.view(-1, 784))",
        "ckpt = torch.load(\"checkpoints/epoch_40.pt\", map_location=\"cpu\", weights_only=True)\nmodel.load_state_dict(ckpt[\"model\"])",
        "%timeit np.einsum('ij,jk->ik', A, B)",
        "!pip install -q scanpy==1.10.1 anndata leidenalg",
        "%%bash\nfor f in fastq/*_R1.fastq.gz; do\n  s=$(basename \"$f\" _R1.fastq.gz)\n  echo \"$s\"\ndone",
        "%load_ext autoreload\n%autoreload 2\n%matplotlib inline",
        "df = pd.read_csv(\"../data/processed/cohort_v3.csv\", sep=\";\", decimal=\",\", parse_dates=[\"visit\"])",
        "df.query(\"age >= 18 and bmi < 40 and site in ['A', 'C']\")",
        "df.loc[df['conc_uM'] > 100, 'flag'] = 'saturated'",
        "adata = sc.read_h5ad(\"/proj/neuro_img/atlas/adata_raw.h5ad\")\nsc.pp.filter_cells(adata, min_genes=200)\nsc.pp.normalize_total(adata, target_sum=1e4)\nsc.pp.log1p(adata)",
        "results/%.csv: data/%.raw scripts/process.py\n\tpython scripts/process.py --in $< --out $@\n\nall: $(patsubst data/%.raw,results/%.csv,$(wildcard data/*.raw))",
        "rule align:\n    input: \"reads/{sample}.fq.gz\"\n    output: \"bam/{sample}.bam\"\n    threads: 8\n    shell: \"bwa mem -t {threads} ref/genome.fa {input} | samtools sort -o {output} -\"",
        "process FASTQC {\n    tag \"$sample_id\"\n    input:\n    tuple val(sample_id), path(reads)\n    output:\n    path \"fastqc_${sample_id}_logs\"\n    script:\n    \"\"\"\n    mkdir fastqc_${sample_id}_logs\n    fastqc -o fastqc_${sample_id}_logs -f fastq -q ${reads}\n    \"\"\"\n}",
        "samtools view -b -q 30 -F 4 sample.bam chr1:1-1000000 > chr1.bam && samtools index chr1.bam",
        "bcftools view -i 'QUAL>30 && INFO/DP>10' calls.vcf.gz -Oz -o filtered.vcf.gz",
        "awk -F'\\t' '$3 == \"gene\" {print $1\"\\t\"$4-1\"\\t\"$5}' annotation.gff3 > genes.bed",
        "zcat reads.fq.gz | awk 'NR % 4 == 2 {n++; s += length($0)} END {print n, s/n}'",
        "find . -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' | xargs jupyter nbconvert --to script",
        "grep -c '^>' proteome.fasta",
        "seqkit grep -r -p 'sp\\|P[0-9]{5}' uniprot.fasta > swissprot_subset.fasta",
        "cut -f1,4 metadata.tsv | sort -u | join -t $'\\t' - counts.tsv > merged.tsv",
        "eval_metrics = {k: float(v) for k, v in trainer.evaluate(test_ds).items()}",
        "subprocess.run([\"Rscript\", \"analysis/fit_models.R\", \"--seed\", str(seed)], check=True)",
        "sympy.solve(sympy.Eq(x**2 - 5*x + 6, 0), x)  # -> [2, 3]",
        "function [t, y] = rk4(f, tspan, y0, h)\n  t = tspan(1):h:tspan(2); y = zeros(numel(y0), numel(t)); y(:,1) = y0;\n  for i = 1:numel(t)-1\n    k1 = f(t(i), y(:,i)); k2 = f(t(i)+h/2, y(:,i)+h/2*k1);\n    k3 = f(t(i)+h/2, y(:,i)+h/2*k2); k4 = f(t(i)+h, y(:,i)+h*k3);\n    y(:,i+1) = y(:,i) + h/6*(k1 + 2*k2 + 2*k3 + k4);\n  end\nend",
        "ggplot(df, aes(x = dose, y = response, colour = strain)) +\n  geom_point(alpha = 0.6) +\n  geom_smooth(method = \"loess\", se = FALSE) +\n  scale_x_log10() + theme_bw()",
        "here::here(\"data\", \"raw\", \"plate_07.xlsx\") |> readxl::read_excel(sheet = \"OD600\", skip = 2)",
        "Rscript -e 'rmarkdown::render(\"report.Rmd\", params = list(cohort = \"B\"))'",
        "julia --project=. -t 16 -e 'using Pkg; Pkg.instantiate(); include(\"src/run.jl\")'",
        "octave --no-gui --eval \"pkg load signal; run('scripts/filter_eeg.m')\"",
        "@everywhere using SharedArrays\nS = SharedArray{Float64}(N)\n@sync @distributed for i in 1:N\n    S[i] = simulate(i)\nend",
        "np.savez_compressed(f\"{outdir}/spectra_{run_id:04d}.npz\", wl=wl, I=I)",
        "# Achtung: Einheiten in nm, nicht µm!\nwl_nm = wl_um * 1e3",
    ]
    pylines = [
        "np.mean(X, axis=0)", "np.linalg.norm(v - w, ord=2)", "df.dropna(subset=['age'])", "torch.manual_seed(0)",
        "plt.savefig('figs/fig3b.pdf', bbox_inches='tight')", "sns.histplot(df, x='bmi', hue='sex')",
        "xr.open_dataset('era5_t2m_2020.nc').sel(lat=slice(60, 40))", "scipy.signal.welch(x, fs=250, nperseg=1024)",
    ]
    rlines = ["set.seed(2024)", "mean(x, na.rm = TRUE)", "table(df$site, useNA = \"ifany\")", "quantile(x, c(.025, .975))",
              "apply(M, 2, sd)", "sapply(split(df$y, df$g), median)", "write.csv(res, \"out/results.csv\", row.names = FALSE)"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "%s\n%s" % tuple(RNG.sample(pylines, 2))
        if k == 1:
            return "%s; %s" % tuple(RNG.sample(rlines, 2))
        if k == 2:
            return "python scripts/%s.py --config configs/%s.yaml --seed %d" % (pick(["train", "evaluate", "preprocess", "simulate"]), pick(["base", "large", "ablation_no_attn", "cv5"]), RNG.randint(0, 9))
        return "%%timeit %s" % pick(pylines)
    return fill("research-code", lit, gen)


# ====================================================================== 6
def hpc_jobs():
    lit = [
        """#!/bin/bash
#SBATCH --job-name=md_equil
#SBATCH --partition=compute
#SBATCH --nodes=2
#SBATCH --ntasks-per-node=64
#SBATCH --time=24:00:00
#SBATCH --mem=0
#SBATCH --output=logs/%x_%j.out
#SBATCH --mail-type=END,FAIL
#SBATCH --mail-user=ktanaka@uni.example.edu

module purge
module load gcc/12.2.0 openmpi/4.1.5 gromacs/2023.3
srun gmx_mpi mdrun -deffnm equil -ntomp 1""",
        """#!/bin/bash
#SBATCH -J bootstrap
#SBATCH --array=1-200%20
#SBATCH -c 4
#SBATCH --mem-per-cpu=2G
#SBATCH -t 02:00:00
#SBATCH -o /scratch/%u/boot/out_%A_%a.log

cd /scratch/$USER/boot
Rscript boot.R --rep ${SLURM_ARRAY_TASK_ID} --out results/rep_${SLURM_ARRAY_TASK_ID}.rds""",
        """#PBS -N wrf_d02
#PBS -l select=4:ncpus=36:mpiprocs=36
#PBS -l walltime=12:00:00
#PBS -q regular
#PBS -j oe
cd $PBS_O_WORKDIR
module load intel/2021 netcdf/4.9
mpiexec -n 144 ./wrf.exe""",
        "#SBATCH --gres=gpu:a100:4\n#SBATCH --constraint=\"a100&ib\"\n#SBATCH --exclusive",
        "srun --pty -p interactive -c 8 --mem=32G -t 2:00:00 bash -l",
        "salloc -N 1 -p gpu --gres=gpu:1 -t 60 --account=proj2231",
        "sbatch --dependency=afterok:4821337 --export=ALL,STAGE=post postprocess.sh",
        "squeue -u $USER -o \"%.18i %.9P %.30j %.8T %.10M %.6D %R\"",
        "sacct -j 4821337 --format=JobID,JobName%30,Elapsed,MaxRSS,State,ExitCode",
        "scancel --state=PENDING -u $USER --name=sweep_lr",
        "seff 4821337",
        "slurmstepd: error: *** JOB 4821337 ON node023 CANCELLED AT 2024-05-14T03:12:44 DUE TO TIME LIMIT ***",
        "slurmstepd: error: Detected 1 oom_kill event in StepId=4821337.batch. Some of the step tasks have been OOM Killed.",
        "sbatch: error: Batch job submission failed: Invalid account or account/partition combination specified",
        "sbatch: error: QOSMaxWallDurationPerJobLimit",
        "srun: error: node041: task 17: Exited with exit code 139",
        "JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)\n4821340   compute md_prod  ktanaka PD       0:00      4 (Priority)\n4821337   compute md_equil ktanaka  R    3:41:07      2 node[023-024]",
        "module load anaconda3/2023.09 && conda activate /proj/popgen/envs/msprime-1.3",
        "module spider cuda\nmodule load cuda/12.2 cudnn/8.9.7",
        "Lmod has detected the following error:  These module(s) or extension(s) exist but cannot be loaded as requested: \"gromacs/2023.3\"\n   Try: \"module spider gromacs/2023.3\" to see how to load the module(s).",
        "singularity exec --nv --bind /scratch/$USER:/data,/proj/qchem/ref:/ref:ro containers/pytorch_24.03.sif python train.py --data /data/shards",
        "apptainer build --fakeroot env.sif env.def",
        "rsync -avhP --partial /scratch/$USER/runs/2024-05/ ktanaka@dtn.hpc.example.edu:/proj/climate-lab/archive/runs/2024-05/",
        "rsync -av --exclude '*.tmp' --exclude 'core.*' login1:/scratch/okafora/sims/ ~/sims_backup/",
        "scp -r dpetrov@login.hpc.example.edu:/home/dpetrov/projects/ising/results ./results_cluster",
        "export OMP_NUM_THREADS=${SLURM_CPUS_PER_TASK:-1}\nexport MKL_NUM_THREADS=$OMP_NUM_THREADS",
        "PARAMS=$(sed -n \"${SLURM_ARRAY_TASK_ID}p\" params.txt)\npython sweep.py $PARAMS",
        "mkdir -p /scratch/$USER/$SLURM_JOB_ID && cd $_ && cp ~/inputs/*.inp .",
        "trap 'rsync -a $TMPDIR/ $SLURM_SUBMIT_DIR/out/' EXIT",
        "#!/bin/bash -l\n#SBATCH --job-name=\"cp2k water 512\"\n#SBATCH --ntasks=256\n#SBATCH --time=1-00:00:00\nmodule load cp2k/2024.1\nsrun cp2k.psmp -i h2o_512.inp -o h2o_512.out",
        "sinfo -p gpu -o \"%20N %10c %10m %25f %10G %T\"",
        "sshare -U -A proj2231 -l",
        "sbatch: Submitted batch job 4821355",
        "Job 4821337 (md_equil) Ended, Run time 23:58:12, COMPLETED, ExitCode 0",
        "qsub -v SAMPLE=S12,REF=/proj/popgen/ref/GRCh38.fa align.pbs",
        "qstat -f 918273.pbs01 | grep -E 'job_state|resources_used'",
        "Disk quota exceeded: /home/rsharma is at 49.8G of 50G. Please move data to /scratch or /proj.",
        "Reminder: files in /scratch not accessed for 30 days are purged every Sunday at 02:00. Back up what you need to /proj/<group>.",
        "find /scratch/$USER -type f -atime +25 -print | head",
        "du -sh /proj/astro-sims/* 2>/dev/null | sort -h",
        "lfs quota -hu $USER /scratch",
        "nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used --format=csv -l 5",
        "mpirun -np 128 --map-by ppr:64:node --bind-to core ./lammps -in in.melt -var T 1200",
        "torchrun --nnodes=$SLURM_NNODES --nproc_per_node=4 --rdzv_backend=c10d --rdzv_endpoint=$MASTER_ADDR:29500 train.py",
        "MASTER_ADDR=$(scontrol show hostnames \"$SLURM_JOB_NODELIST\" | head -n 1)",
        "Job name: vasp_relax_Si_vac; array: 0-47; partition: long; account: matsci",
        "Hallo, mein Job 4821402 steht seit 3 Tagen auf (Resources) – ist die GPU-Partition gerade voll?",
        "ジョブ 918280 が Exit status 137 で終了しました。メモリ不足でしょうか？ #SBATCH --mem=64G にしています。",
        "My array job keeps failing with 'cannot open shared object file: libmpi.so.40' on node102 only. Other nodes are fine.",
        "conda env export --no-builds > environment.yml && sbatch --wrap=\"conda env create -p /proj/neuro_img/envs/fmri -f environment.yml\"",
        "#SBATCH --signal=B:USR1@300\n# requeue on preemption\ntrap 'scontrol requeue $SLURM_JOB_ID' USR1",
        "jupyter lab --no-browser --ip=$(hostname -i) --port=8899  # then ssh -L 8899:node058:8899 login1",
    ]

    def gen():
        k = RNG.randint(0, 4)
        job = RNG.randint(4800000, 4899999)
        if k == 0:
            return "#SBATCH --job-name=%s_%s\n#SBATCH --time=%02d:00:00\n#SBATCH --mem=%dG\n#SBATCH --account=%s" % (pick(["train", "sim", "align", "relax", "mcmc", "bench"]), pick(["v2", "lr3e-4", "chr%d" % RNG.randint(1, 22), "T%d" % RNG.randint(200, 900)]), RNG.randint(1, 48), pick([4, 8, 16, 32, 64, 128]), pick(PROJECTS))
        if k == 1:
            return "slurmstepd: error: *** JOB %d ON %s CANCELLED AT 2024-%02d-%02dT%02d:%02d:%02d DUE TO %s ***" % (job, pick(NODES), RNG.randint(1, 12), RNG.randint(1, 28), RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59), pick(["TIME LIMIT", "PREEMPTION", "NODE FAILURE"]))
        if k == 2:
            return "rsync -a /scratch/%s/%s/ /proj/%s/%s/" % (pick(USERS), pick(["runs", "out", "checkpoints"]), pick(PROJECTS), pick(["archive", "results", "shared"]))
        if k == 3:
            return "module load %s" % " ".join(RNG.sample(["gcc/12.2.0", "openmpi/4.1.5", "cuda/12.2", "python/3.11", "R/4.3.2", "hdf5/1.14", "fftw/3.3.10", "matlab/R2023b"], 3))
        return "sbatch --array=%d-%d%%%d %s.sh" % (RNG.randint(0, 1), RNG.randint(10, 500), pick([5, 10, 20, 50]), pick(["sweep", "boot", "cv_fold", "chrom", "replica"]))
    return fill("hpc-jobs", lit, gen)


# ====================================================================== 7
def citations_metadata():
    lit = [
        """@article{obrien2021sparse,
  title   = {{Sparse Gaussian Processes for Spatio-Temporal Data: A {B}ayesian Approach}},
  author  = {O'Brien, Siobhan and Müller, Lena and García, María José},
  journal = {Journal of Computational Statistics},
  year    = {2021},
  volume  = {38},
  number  = {4},
  pages   = {1021--1049},
  doi     = {10.1000/jcs.2021.0412}
}""",
        "@misc{tanaka2024,\n  author = {Tanaka, Kenji and {The ATLAS-X Collaboration}},\n  title = {Measurement of $\\sigma(pp \\to t\\bar{t})$ at $\\sqrt{s} = 13.6$ TeV},\n  eprint = {2405.01234},\n  archivePrefix = {arXiv},\n  primaryClass = {hep-ex}\n}",
        "@inproceedings{haddad2023,\n  author = {Haddad, Karim and D'Souza, Anita},\n  title = {Drop-in Replacements for Attention: When Do They Fail?},\n  booktitle = {Proceedings of the 40th International Conference on Learning Systems},\n  pages = {112--124},\n  year = {2023},\n  publisher = {PMLR},\n  url = {https://proceedings.example.org/v202/haddad23a.html}\n}",
        "@book{knuth-like,\n  author = {Smith, J. and Doe, A.},\n  title = {Concrete Methods},\n  edition = {2nd},\n  publisher = {Addison--Wesley},\n  address = {Reading, MA},\n  isbn = {978-0-000-00000-0},\n  note = {Chapter 5, ``Binomial coefficients''}\n}",
        "@string{jcp = \"Journal of Chemical Physics\"}\n@article{ferreira2019, author = \"Ferreira, Paulo\", journal = jcp, year = 2019, volume = 150, pages = \"064104\"}",
        "TY  - JOUR\nAU  - Okafor, Adaeze\nAU  - Nguyen, Linh\nTI  - Soil microbiome shifts after prescribed fire\nJO  - Ecology Letters\nPY  - 2022\nVL  - 25\nIS  - 3\nSP  - 455\nEP  - 468\nDO  - 10.1000/ele.2022.0113\nKW  - 16S rRNA\nKW  - fire ecology\nER  - ",
        "TY  - DATA\nTI  - Hourly river discharge, upper Rhône basin, 1990–2020\nPB  - Zenodo\nPY  - 2023\nUR  - https://doi.org/10.5281/zenodo.0000412\nER  - ",
        "https://doi.org/10.1000/s41586-021-0412-7",
        "doi:10.1002/(SICI)1097-0258(19990330)18:6<695::AID-SIM74>3.0.CO;2-9",
        "arXiv:2310.06825v2 [cs.LG]",
        "arXiv:hep-th/9711200",
        "https://arxiv.org/abs/2106.09685?context=cs.CL",
        "ORCID: https://orcid.org/0000-0003-4172-9052",
        "0000-0002-8816-1305",
        """[
  {
    "id": "ferreira2019",
    "type": "article-journal",
    "title": "Density-fitted coupled cluster for open shells",
    "author": [{"family": "Ferreira", "given": "Paulo"}, {"family": "Kim", "given": "Min-jun"}],
    "container-title": "Journal of Chemical Physics",
    "issued": {"date-parts": [[2019, 2, 14]]},
    "DOI": "10.1000/jcp.2019.150.064104"
  }
]""",
        """<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:title>Ice-core δ18O record, Dome site B, 0–40 ka</dc:title>
  <dc:creator>Lindqvist, Ingrid</dc:creator>
  <dc:subject>paleoclimate; stable isotopes; Antarctica</dc:subject>
  <dc:date>2022-11-03</dc:date>
  <dc:rights>CC BY 4.0</dc:rights>
</oai_dc:dc>""",
        "Title: Single-cell atlas of the developing zebrafish retina (raw counts, h5ad)\nKeywords: scRNA-seq; retina; Danio rerio; development\nLicense: CC-BY-4.0",
        "License: CC BY-NC-SA 4.0 — https://creativecommons.org/licenses/by-nc-sa/4.0/",
        "License: CC0 1.0 Universal (public domain dedication)",
        "Related identifier: IsSupplementTo https://doi.org/10.1000/xyz.2024.0087; IsDerivedFrom https://doi.org/10.5281/zenodo.0000399",
        "keywords: \"machine learning\", \"density functional theory\", \"Li-ion\", cathode, O3-type layered oxides",
        "Funding: Deutsche Forschungsgemeinschaft (DFG) – Projektnummer 000000000; NSF grant DMS-0000000",
        "https://scholar.example.org/scholar?q=%22sparse+gaussian+process%22+author%3A%22O%27Brien%22&as_ylo=2019",
        "https://pubmed.ncbi.nlm.nih.gov/?term=(TP53[Title])+AND+(apoptosis[MeSH])&filter=years.2015-2024",
        "https://api.example.org/works?filter=from-pub-date:2020-01-01,type:journal-article&rows=20&select=DOI,title",
        "Author names with particles: van der Berg, J.; de la Cruz, M.; O'Connor, P.; Nguyễn, T. H.; Al-Mansouri, F.",
        "{\n  \"@context\": \"https://schema.org/\",\n  \"@type\": \"Dataset\",\n  \"name\": \"Urban heat island sensor network, Lisbon 2021\",\n  \"creator\": {\"@type\": \"Person\", \"name\": \"Paulo Ferreira\", \"@id\": \"https://orcid.org/0000-0000-0000-0412\"},\n  \"license\": \"https://creativecommons.org/licenses/by/4.0/\",\n  \"keywords\": [\"urban climate\", \"temperature\", \"IoT\"]\n}",
        "Cite as: Zhang, W. & Rossi, G. (2024). Code for \"Learning <i>ab initio</i> potentials\" (v1.2.0) [Software]. Zenodo.",
        "Preferred citation: Petrov D., Sharma R. \"Quantum Monte Carlo for the 2D Hubbard model\", Phys. Rev. B 109, 045123 (2024).",
        "\\bibitem{kim2020} M.-j.~Kim and E.~Yılmaz, \\emph{Topological invariants of non-Hermitian lattices}, Phys.\\ Rev.\\ Lett.\\ \\textbf{124}, 000001 (2020).",
        "@article{dsouza2020,\n  author = {D{\\'e}souza, Anita and M{\\\"u}ller, Lena and Garc{\\'\\i}a, Mar{\\'\\i}a Jos{\\'e}},\n  title = {{CRISPR} screens in organoids},\n  year = {2020}\n}",
        "PMID: 31000000; PMCID: PMC6000000",
        "ISSN 0000-0000 (print), 0000-0019 (online)",
        "Data availability: raw reads are in the SRA under BioProject PRJNA000412; processed matrices at https://data.example.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/ABC123",
        "Version history: v1 (2023-02-10) initial; v2 (2023-06-01) fixed units of column 'precip_mm' (were cm); v3 adds 2022 data.",
        "CRediT: Conceptualization – K.T.; Methodology – K.T., L.M.; Software – W.Z.; Writing – original draft – K.T.; Writing – review & editing – all authors.",
        "Zitation: Müller, L. (2022): Bodenfeuchte-Messreihen Station Göttingen-Nord. PANGAEA, https://doi.org/10.1594/PANGAEA.000412",
        "标题：基于深度学习的蛋白质结构预测综述；关键词：AlphaFold；蛋白质折叠；深度学习",
        "Titre : Modélisation de la dispersion des aérosols en zone urbaine ; mots-clés : aérosols, CFD, « street canyon »",
        "@article{rossi2018,\n  title = {On the $L^p$-boundedness of Riesz transforms for $1 < p < \\infty$},\n  author = {Rossi, Giulia},\n  journal = {Ann. Inst. Fourier},\n  volume = {68},\n  year = {2018},\n  pages = {1--30}\n}",
        "<ref-list><ref id=\"B12\"><element-citation publication-type=\"journal\"><person-group person-group-type=\"author\"><name><surname>Kowalski</surname><given-names>N</given-names></name></person-group><article-title>Graph neural networks for crystal property prediction</article-title><source>npj Comput Mater</source><year>2021</year></element-citation></ref></ref-list>",
        "%0 Journal Article\n%A Sharma, Rohan\n%T Bayesian calibration of crop models\n%J Agricultural Systems\n%D 2020\n%V 184",
        "title = {Why $p < 0.05$ is not enough: a comment}",
        "ROR: https://ror.org/00example1 (Universidade Exemplo, Lisboa)",
        "Software Heritage: swh:1:rev:8e1d04c7a95f3b2d6c0e7a41f9b2c3d5e6a7f812",
        "RRID:SCR_002798 (GraphPad Prism); RRID:AB_2536611 (anti-GFP antibody)",
        "Dataset subject (ANZSRC FoR): 0602 Ecology; 0502 Environmental Science and Management",
        "cff-version: 1.2.0\nmessage: \"If you use this software, please cite it as below.\"\nauthors:\n  - family-names: Yılmaz\n    given-names: Elif\n    orcid: https://orcid.org/0000-0000-0000-0413\ntitle: \"lattice-tools\"\nversion: 0.9.1\ndate-released: 2024-03-02",
        "@software{nguyen_2024_pipeline,\n  author = {Nguyen, Linh},\n  title = {{snRNA-pipe}: a Snakemake workflow for single-nucleus RNA-seq},\n  version = {v0.4.2},\n  year = {2024},\n  howpublished = {\\url{https://github.com/example-lab/snrna-pipe}}\n}",
    ]

    def gen():
        k = RNG.randint(0, 3)
        y = RNG.randint(2005, 2024)
        s = pick(SURNAMES)
        if k == 0:
            return "@article{%s%d,\n  author = {%s, %s and %s, %s},\n  title = {%s},\n  year = {%d}\n}" % (s.lower().replace("'", "").replace("ü", "u").replace("í", "i").replace("ı", "i"), y, s, pick(GIVEN), pick(SURNAMES), pick(GIVEN), pick(["Scaling laws for sparse models", "A note on the Kac ring", "Isotope fractionation in karst aquifers", "Robust estimation under contamination", "Low-rank tensor completion"]), y)
        if k == 1:
            return "https://doi.org/10.%d/%s.%d.%04d" % (RNG.randint(1000, 9999), pick(["jcp", "ele", "nar", "pnas", "aos"]), y, RNG.randint(1, 9999))
        if k == 2:
            return "arXiv:%02d%02d.%05d [%s]" % (y % 100, RNG.randint(1, 12), RNG.randint(1, 19999), pick(["math.PR", "stat.ME", "q-bio.GN", "astro-ph.CO", "cond-mat.str-el", "cs.LG"]))
        return "%s, %s. (%d). %s. https://doi.org/10.5281/zenodo.%d" % (s, pick(GIVEN)[0], y, pick(["Replication data for \"Wage gaps\"", "Raw spectra, batch 7", "Simulation outputs (NetCDF)", "Survey microdata, wave 3"]), RNG.randint(1000000, 9999999))
    return fill("citations-metadata", lit, gen)


# ====================================================================== 8
def lab_protocols():
    lit = [
        "1. Thaw competent cells on ice for 10 min.\n2. Add 1–5 µL plasmid (≤ 100 ng), flick gently, incubate 30 min on ice.\n3. Heat shock 42 °C for 45 s, back on ice 2 min.\n4. Add 950 µL SOC, shake 1 h at 37 °C, 250 rpm.\n5. Plate 100 µL on LB + amp (100 µg/mL).",
        "Centrifuge at 12,000 × g for 10 min at 4 °C, drop the supernatant and resuspend the pellet in 500 µL ice-cold PBS.",
        "Primary antibody: rabbit anti-GFP, 1:1000 in 5% BSA/TBST, overnight at 4 °C. Secondary: goat anti-rabbit HRP 1:5000, 1 h RT.",
        "Lysis buffer (RIPA): 50 mM Tris-HCl pH 8.0, 150 mM NaCl, 1% NP-40, 0.5% sodium deoxycholate, 0.1% SDS; add protease inhibitor cocktail (1 tablet / 10 mL) right before use.",
        "SAFETY: phenol:chloroform:isoamyl alcohol (25:24:1) is toxic and corrosive — work in the fume hood, double nitrile gloves, dispose in the halogenated waste.",
        "Do NOT autoclave solutions containing DTT or β-mercaptoethanol; filter-sterilise (0.22 µm) instead.",
        "PCR mix (25 µL): 12.5 µL 2× master mix, 1 µL each primer (10 µM), 1 µL template (< 50 ng), water to 25 µL.\nCycling: 98 °C 30 s; 35× (98 °C 10 s, 60 °C 20 s, 72 °C 30 s); 72 °C 2 min; hold 4 °C.",
        "Run the gel at 120 V for 35 min in 1× TAE; 1% agarose with SYBR Safe (1:10,000).",
        "Passage HEK293T at 80–90% confluence: wash with DPBS (no Ca²⁺/Mg²⁺), 1 mL 0.05% trypsin-EDTA, 3 min at 37 °C, neutralise with 9 mL DMEM + 10% FBS, split 1:8.",
        "If OD600 > 0.8 dilute the culture 1:10 before reading; the spectrophotometer is only linear up to ~1.0.",
        "Prepare 10% (w/v) SDS: dissolve 10 g in ~80 mL ddH2O at 68 °C, adjust to 100 mL. Don't put SDS in the fridge, it precipitates below 15 °C.",
        "Fix cells with 4% PFA for 15 min at RT, permeabilise with 0.1% Triton X-100 in PBS for 10 min, block 1 h in 3% BSA.",
        "Bradford assay: mix 5 µL sample with 250 µL Coomassie reagent, incubate 5 min, read A595; standard curve BSA 0–2 mg/mL (R² ≥ 0.99 required).",
        "Dilution series: 10^-1 to 10^-7 in 0.9% NaCl, plate 100 µL of 10^-5 to 10^-7 in triplicate; count plates with 30–300 colonies.",
        "Anneal oligos: 1 µL each (100 µM) + 1 µL 10× T4 ligase buffer + 6.5 µL H2O; 95 °C 5 min then ramp down to 25 °C at 0.1 °C/s.",
        "Sample ID format: PRJ-YYYY-NNNN/aliquot (e.g. PRJ-2024-0412/A3). Store at −80 °C, max 3 freeze–thaw cycles.",
        "Ethanol precipitation: add 1/10 vol 3 M NaOAc (pH 5.2) and 2.5 vol 100% EtOH, −20 °C ≥ 1 h, spin 30 min at max speed, wash with 70% EtOH, air-dry 5 min (don't over-dry!).",
        "RNA quality: only proceed if RIN ≥ 8 and 260/280 ≈ 2.0, 260/230 > 1.8.",
        "Mouse anaesthesia: isoflurane 4% induction, 1.5–2% maintenance in O2 (1 L/min); check pedal reflex every 5 min. Protocol approved under licence AZ 81-02.04.2024.A012.",
        "Autoclave: 121 °C, 15 psi, 20 min (liquids cycle). Loosen caps! Bottles > 1 L need 30 min.",
        "Stock: ampicillin 100 mg/mL in H2O, 0.22 µm filtered, aliquots of 1 mL at −20 °C; use 1:1000.",
        "Western transfer: semi-dry, 25 V / 1.0 A for 30 min (Trans-Blot Turbo), PVDF activated in methanol for 30 s.",
        "Mix reagents A and B at a 50:1 ratio (BCA), 200 µL per well + 25 µL sample, 37 °C for 30 min, read at 562 nm.",
        "Step 7 – drop table salt? No: 'drop' means add dropwise. Add the 5 M NaCl drop by drop while stirring until conductivity reaches 15 mS/cm.",
        "Kill curve: puromycin 0, 0.5, 1, 2, 4, 8 µg/mL; choose the lowest concentration that kills 100% of untransduced cells in 72 h.",
        "ELISA plate washing: 3× 300 µL PBS-T (0.05% Tween-20), tap dry on paper towel; TMB 100 µL, 15 min in the dark, stop with 50 µL 2 N H2SO4.",
        "Flow: gate FSC-A vs SSC-A → singlets (FSC-H vs FSC-A) → live (DAPI−) → CD45+ → CD3+ CD4+ / CD8+.",
        "Buffer exchange with a Zeba column (7K MWCO): spin 1,500 × g, 1 min; ≥ 95% recovery expected.",
        "Tissue digestion: collagenase IV 1 mg/mL + DNase I 20 U/mL in HBSS, 37 °C, 30 min with shaking; filter through 70 µm strainer.",
        "Schritt 4: Überstand verwerfen, Pellet in 1 mL TRIzol lösen und 5 min bei RT inkubieren. Achtung: TRIzol enthält Phenol – nur unter dem Abzug!",
        "Étape 3 : ajouter 200 µL de chloroforme, agiter vigoureusement 15 s, laisser 3 min à TA, puis centrifuger 12 000 × g, 15 min, 4 °C.",
        "Paso 2: incubar las placas a 30 °C durante 48 h; descartar las que presenten contaminación por hongos.",
        "手順5：上清を捨て、70% エタノール 1 mL でペレットを洗浄する（7,500 × g、5 分、4 °C）。",
        "步骤 6：加入 50 µL 洗脱缓冲液（10 mM Tris-HCl，pH 8.5），室温静置 2 min 后 12,000 rpm 离心 1 min。",
        "Шаг 3: добавить 2 мкл ДНКазы I и инкубировать 15 мин при 37 °C; затем 5 мин при 75 °C для инактивации.",
        "Hazard: sodium azide (0.02% in antibody buffer) forms explosive metal azides in copper/lead drains — never pour down the sink.",
        "Cryo-EM grids: 3 µL sample on glow-discharged Quantifoil R1.2/1.3, blot 3.5 s at force 0, 100% humidity, 4 °C, plunge into liquid ethane.",
        "Label tubes with: <initials>_<date>_<sample>_<replicate>, e.g. KT_240514_liver_r2",
        "Sonicate 10 cycles of 30 s ON / 30 s OFF at high power (Bioruptor), keep the water bath at 4 °C; expected fragment size 200–500 bp.",
        "Reagent note: Laemmli buffer (4×) with 10% β-ME; heat samples 95 °C 5 min — except membrane proteins (37 °C 30 min, they aggregate).",
        "Calibrate pH meter with pH 4.01, 7.00 and 10.01 buffers; slope must be 95–105%, offset within ±30 mV.",
        "Qubit dsDNA HS: 1 µL sample + 199 µL working solution (1:200 dye); range 0.2–100 ng; re-measure if > 100 ng/µL.",
        "Store aliquots of 'Solution B' (0.5 M EDTA, pH 8.0) at RT; EDTA won't dissolve until the pH is near 8 — add NaOH pellets.",
        "LIMS sample note: tube cracked on arrival, ~50 µL lost; remaining 150 µL transferred to new tube, barcode 00412-B reprinted.",
        "Colony PCR: pick colony with a sterile tip, dip into 20 µL PCR mix, then streak on a backup plate (grid A1–H12).",
        "Gibson assembly: vector:insert molar ratio 1:3 (inserts < 200 bp: 1:5), 50 °C for 15–60 min; transform 2 µL.",
        "Drosophila crosses at 25 °C; virgin collection every 8 h; genotype w[1118]; P{UAS-GFP}/CyO × elav-GAL4.",
        "Biosafety level 2: all work with lentivirus in the class II cabinet; decontaminate with 10% bleach for ≥ 30 min before disposal.",
        "Liquid nitrogen: face shield + cryo gloves; never seal a cryovial stored in the liquid phase (explosion risk on thawing).",
        "Elution gradient: 0–100% buffer B (20 mM HEPES pH 7.5, 500 mM imidazole) over 20 CV at 1 mL/min; collect 0.5 mL fractions.",
        "qPCR: ΔΔCt relative to GAPDH; exclude wells with Ct > 35 or replicate SD > 0.3.",
        "Time points: 0, 15', 30', 1 h, 2 h, 4 h, 8 h, 24 h (n = 3 biological replicates each).",
    ]
    temps = ["4 °C", "RT", "37 °C", "42 °C", "65 °C", "95 °C", "−20 °C"]
    reag = ["Tris-HCl pH 7.5", "NaCl", "MgCl2", "EDTA", "DTT", "glycerol", "HEPES-KOH pH 7.4", "KCl", "Tween-20"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "Centrifuge %s × g, %d min, %s; discard supernatant." % ("{:,}".format(pick([500, 1000, 3000, 5000, 10000, 16000, 21000])), pick([1, 2, 5, 10, 15, 30]), pick(temps))
        if k == 1:
            r = RNG.sample(reag, 3)
            return "Buffer: %d mM %s, %d mM %s, %s %s" % (pick([10, 20, 25, 50, 100]), r[0], pick([1, 5, 100, 150, 300]), r[1], pick(["0.1%", "1 mM", "5%", "10%"]), r[2])
        if k == 2:
            return "Incubate %d %s at %s, %s." % (pick([5, 10, 15, 30, 45, 60]), pick(["min", "h"]), pick(temps), pick(["protected from light", "shaking at 200 rpm", "on a rotator", "without shaking"]))
        return "Dilute antibody %s 1:%s in %s." % (pick(["anti-" + g for g in GENES]), pick(["200", "500", "1000", "2000", "5000", "10,000"]), pick(["5% milk/TBST", "3% BSA/PBS", "blocking buffer"]))
    return fill("lab-protocols", lit, gen)


# ====================================================================== 9
def abstracts_multilingual():
    lit = [
        "We study the spectral gap of random regular graphs and show that, with probability $1 - o(1)$, $\\lambda_2 \\le 2\\sqrt{d-1} + \\varepsilon$. Our proof combines the trace method with a new tangle-free decomposition [12], improving on Friedman's bound (Friedman, 2008).",
        "Background: Sepsis remains a leading cause of death in ICUs. Methods: We conducted a retrospective cohort study (n = 12,418) across 9 hospitals. Results: Early antibiotics (< 1 h) were associated with lower mortality (aOR 0.82, 95% CI 0.74–0.91). Conclusions: Time to antibiotics matters.",
        "Wir untersuchen die Stabilität von Perowskit-Solarzellen unter Feuchte (85 % r. F., 85 °C). Nach 1 000 h behalten verkapselte Zellen > 90 % ihres Anfangswirkungsgrades (vgl. Müller et al., 2021).",
        "Nous proposons une méthode d'assimilation de données variationnelle pour les modèles océaniques, fondée sur une décomposition en modes propres ; l'erreur quadratique moyenne diminue de 23 % par rapport à 4D-Var [7].",
        "Este trabajo analiza la desigualdad salarial en España entre 2008 y 2020 usando datos de la EPA. Estimamos regresiones cuantílicas y encontramos que la brecha de género es mayor en el percentil 90 (Gómez y Ruiz, 2019).",
        "Neste estudo avaliamos a resistência antimicrobiana de isolados de E. coli em aves (n = 312). A prevalência de ESBL foi de 18,6% (IC 95%: 14,5–23,4%).",
        "In questo lavoro presentiamo un modello a elementi finiti per la propagazione di fratture in rocce anisotrope; i risultati concordano con le prove di laboratorio (errore < 5%).",
        "Мы исследуем свойства решений уравнения $u_t = \\Delta u + u^p$ в ограниченной области и доказываем, что при $p > 1 + 2/n$ существуют глобальные решения для малых данных [3, 5].",
        "本研究利用 2000–2020 年的遥感数据分析了青藏高原植被物候变化。结果表明，生长季开始日期平均每十年提前 4.7 天（p < 0.01），与春季气温升高显著相关（r = 0.62）。",
        "本研究では、深層学習を用いた蛍光顕微鏡画像のセグメンテーション手法を提案する。提案手法は既存手法（U-Net [8]）と比較して Dice 係数を 0.81 から 0.89 に改善した。",
        "본 연구에서는 한국 성인 2,140명을 대상으로 수면 시간과 우울 증상의 관계를 분석하였다. 수면 시간이 6시간 미만인 집단에서 우울 위험이 유의하게 높았다 (OR = 1.47, p < 0.001).",
        "تهدف هذه الدراسة إلى تقييم جودة المياه الجوفية في المنطقة الشرقية، حيث تجاوزت تراكيز النترات الحد المسموح به (50 ملغ/لتر) في 23% من الآبار المدروسة.",
        "Reviewer 2: The authors claim that their estimator is unbiased, but Eq. (7) only shows $E[\\hat\\theta] \\to \\theta$ as $n \\to \\infty$, i.e. consistency. Please revise the wording in Section 3.2.",
        "Gutachten: Die Arbeit ist gut geschrieben, aber die Stichprobengröße (n = 24) scheint für ein Modell mit 11 Prädiktoren zu klein. Bitte eine Power-Analyse ergänzen.",
        "Rapport du rapporteur : les auteurs devraient citer les travaux de Dubois et al. (2020) qui traitent exactement du même problème ; la nouveauté n'est pas claire.",
        "Revisor 1: La sección de métodos no especifica cómo se trataron los valores perdidos (¿imputación múltiple?, ¿casos completos?).",
        "Abstract: Large language models (LLMs) can memorise training data. We quantify extraction risk with a black-box attack budget of $10^4$ queries and find that deduplication reduces verbatim regurgitation by 10× (Carlini et al., 2021; [4]).",
        "We present the first measurement of the $B^0_s \\to \\mu^+\\mu^-$ effective lifetime at 13.6 TeV, $\\tau = 1.83^{+0.23}_{-0.20}\\,(\\mathrm{stat}) \\pm 0.04\\,(\\mathrm{syst})$ ps.",
        "Graphical abstract text: 'From soil to sequence — a pipeline for metagenome-assembled genomes (MAGs) with > 90% completeness and < 5% contamination.'",
        "Highlights:\n• Drought reduced NPP by 31% (2018 vs. 2015–2017 mean).\n• Recovery took ≥ 2 growing seasons.\n• Deep-rooted species recovered faster (p = 0.004).",
        "Zusammenfassung: Wir zeigen, dass für alle $n \\geq 3$ die Gleichung $x^n + y^n = z^n$ keine Lösungen in positiven ganzen Zahlen besitzt – natürlich nur als Übungsaufgabe mit Verweis auf Wiles (1995).",
        "Résumé : L'union de deux ensembles convexes n'est pas convexe en général ; nous caractérisons les cas où $A \\cup B$ est convexe.",
        "Resumo: A seleção de variáveis foi feita com LASSO (λ escolhido por validação cruzada de 10 dobras); o modelo final incluiu 7 preditores.",
        "Аннотация. Рассматривается задача Коши для системы Навье–Стокса; получены оценки $\\|u(t)\\|_{L^2} \\le C(1+t)^{-n/4}$.",
        "摘要：本文提出一种基于图神经网络的分子性质预测方法，在 QM9 数据集上平均绝对误差降低 12%（见表 2）。",
        "要旨：ベイズ階層モデルを用いて、地域別の感染率を推定した。事後平均は 3.2%（95% 信用区間 2.1–4.6%）であった。",
        "요약: 본 논문은 $O(n \\log n)$ 시간에 동작하는 새로운 정렬 알고리즘을 제안한다.",
        "الملخص: نقترح خوارزمية جديدة لحل مسائل التحسين غير المحدبة، ونثبت تقاربها بمعدل $O(1/\\sqrt{T})$.",
        "Abstract. Let $K$ be a number field and $E/K$ an elliptic curve. Assuming GRH, we prove that the number of primes $\\mathfrak{p}$ with $N\\mathfrak{p} \\le x$ for which $E \\bmod \\mathfrak{p}$ is cyclic is $\\sim C_E\\,\\pi_K(x)$.",
        "We drop the i.i.d. assumption and allow $\\beta$-mixing data; under $\\sum_k \\beta(k)^{1/3} < \\infty$ the bootstrap remains valid.",
        "Editor's note to authors: please shorten the abstract to ≤ 250 words and remove the reference [12] from it (no citations allowed in abstracts in this journal).",
        "Comentario del revisor 3: la Figura 4 está mal etiquetada (el eje y dice \"mg/L\" pero los valores parecen estar en µg/L).",
        "Commento del revisore: il test di Mann-Whitney non è appropriato per dati appaiati; suggerisco il test di Wilcoxon per ranghi con segno.",
        "Kommentar: Die Einheit in Tabelle 2 muss µmol·m⁻²·s⁻¹ lauten, nicht µmol/m²s.",
        "Using 14 years of Fermi-LAT data we place upper limits on the dark-matter annihilation cross section, $\\langle\\sigma v\\rangle < 2\\times10^{-26}\\ \\mathrm{cm^3\\,s^{-1}}$ for $m_\\chi < 100$ GeV (95% C.L.).",
        "Methods in brief: participants (N = 86; 51% female; age 19–34) completed a Stroop task; RTs > 2.5 SD from the individual mean were excluded (2.1% of trials).",
        "Objective: to compare drug A vs drug B. Design: double-blind RCT, 1:1 randomisation, stratified by site (ClinicalTrials.gov NCT00000412).",
        "Data and code: https://osf.io/abcd3/ ; preregistration: https://aspredicted.org/xy7za.pdf",
        "Keywords: select-and-reject sampling; union bounds; concentration inequalities; drop-out",
        "Conflict of interest: none declared. Ethics: approved by the IRB of Universidad Ejemplo (ref. 2023/112-B).",
        "Parecer do revisor 2: os autores devem justificar a escolha do limiar p < 0,01 e apresentar os intervalos de confiança na Tabela 3.",
        "Рецензент 1: в формуле (4) пропущен множитель $1/2$; кроме того, ссылки [14] и [15] дублируют друг друга.",
        "审稿意见：作者应补充消融实验，并说明为何在式 (5) 中选择 $\\lambda = 0.1$；另外参考文献 [23] 格式不完整。",
        "査読コメント：図3の縦軸の単位（mg/L）が本文（µg/L）と一致していません。また、統計検定の多重比較補正について記載してください。",
        "심사 의견: 표본 크기(n = 38)가 작으므로 결과 해석에 주의가 필요하며, 효과 크기와 95% 신뢰구간을 함께 보고해 주십시오.",
        "تعليق المراجع: يرجى توضيح طريقة معالجة القيم المفقودة، وإضافة فترات الثقة 95% إلى الجدول 2.",
        "We revisit the classical result that $\\mathrm{SL}_2(\\mathbb{Z})$ is generated by $S$ and $T$ and give an algorithmic proof with complexity $O(\\log \\max(|a|,|b|))$ in the size of the matrix entries (cf. Serre, 1970, Ch. VII).",
        "Background & Aims: Non-alcoholic fatty liver disease (NAFLD) affects ~25% of adults. We used Mendelian randomisation (PNPLA3 rs738409 as instrument) and found a causal effect of liver fat on ALT (β = 0.21 SD per allele; p = 3×10⁻⁸).",
    ]
    topics = [("sediment transport", "flume experiments"), ("graphene oxide membranes", "permeation tests"),
              ("working memory", "an n-back task"), ("soil carbon", "eddy-covariance data"),
              ("protein aggregation", "ThT fluorescence"), ("exoplanet atmospheres", "JWST transmission spectra")]

    def gen():
        t, m = pick(topics)
        k = RNG.randint(0, 2)
        if k == 0:
            return "We investigate %s using %s (n = %d). The effect was %s (p %s) [%d]." % (t, m, RNG.randint(12, 2000), pick(["significant", "small but robust", "not significant", "reversed in the control"]), pick(["< 0.001", "= 0.02", "= 0.31"]), RNG.randint(1, 60))
        if k == 1:
            return "Reviewer %d: %s (%s et al., %d)." % (RNG.randint(1, 3), pick(["Please discuss the limitations of", "The novelty compared to prior work on", "I am not convinced by the statistics regarding"]) + " " + t, pick(SURNAMES), RNG.randint(2005, 2024))
        return "%s: %s; %s; %s" % (pick(["Keywords", "Schlagwörter", "Mots-clés", "Palabras clave", "Parole chiave"]), t, m, pick(["reproducibility", "Bayesian inference", "meta-analysis", "open data"]))
    return fill("abstracts-multilingual", lit, gen)


# ====================================================================== 10
def qa_and_review():
    lit = [
        "Why is the sample variance divided by n − 1 and not n? I get that E[s²] = σ² with n − 1, but what goes wrong intuitively with n?",
        "Q: Is there a closed form for $\\sum_{k=1}^n k^{-1}$?\nA: No elementary one; $H_n = \\ln n + \\gamma + \\frac{1}{2n} - O(n^{-2})$.",
        "In R, why does `0.1 + 0.2 == 0.3` return FALSE? Use `isTRUE(all.equal(0.1 + 0.2, 0.3))` instead.",
        "How do I interpret an interaction term in `lm(y ~ x * group)` when `x` is continuous? The coefficient on `x:groupB` is the difference in slopes between B and the reference level A.",
        "My `glmer` keeps giving 'Model failed to converge'. I already tried `control = glmerControl(optimizer = \"bobyqa\", optCtrl = list(maxfun = 2e5))`. Data: 40 subjects × 120 trials.",
        "Answer: the posterior is Beta(α + k, β + n − k). With a Beta(1,1) prior and 7 successes in 10 trials you get Beta(8, 4), mean 8/12 ≈ 0.667.",
        "Proof that √2 is irrational without contradiction? Yes — show |√2 − p/q| ≥ 1/(3q²) for all p/q, which is a direct (constructive) statement.",
        "You're mixing up P(data | H0) and P(H0 | data). A p-value of 0.03 does *not* mean there's a 3% chance the null is true.",
        "Accepted answer: use `np.einsum('bij,bjk->bik', A, B)` or simply `A @ B` — matmul broadcasts over the leading batch dimension.",
        "Why does `pd.read_csv('C:\\Users\\lena\\data\\new.csv')` fail? Because '\\n' in '\\new.csv' is a newline escape. Use a raw string r'C:\\Users\\lena\\data\\new.csv' or forward slashes.",
        "Referee report, manuscript JCS-2024-0412\n\nSummary: The paper proposes a sparse GP approximation with inducing points chosen by determinantal point processes.\n\nMajor comments:\n1. The claim in Theorem 2 requires $m \\ge C \\log n$ but the experiments use $m = 20$ for $n = 10^6$.\n2. Please compare with SVGP (Hensman et al., 2013).\n\nMinor: typo in Eq. (11), $\\Sigma^{-1}$ should be $\\Sigma^{-1/2}$.",
        "Response to reviewers\n\nReviewer 1, comment 3: \"The union bound in Lemma 4 is too loose.\"\nResponse: We agree. We replaced it with a chaining argument (new Lemma 4', p. 9), which improves the rate from $\\sqrt{\\log n / n}$ to $\\sqrt{1/n}$.",
        "Dear Editor,\nplease find attached the revised version of our manuscript \"Drop-out in longitudinal cohorts: a multiple imputation study\" (ID STAT-23-118.R1). All changes are marked in blue.\nBest regards,\nLinh Nguyen (on behalf of all authors)",
        "Editor decision: Major revision. Both referees find the topic relevant but question the identification strategy (see report 2, point 1). Please respond point by point by 2024-09-30.",
        "Note to editor (confidential): I suspect the authors reused Fig. 3 from their 2019 paper (doi:10.1000/abc.2019.77) without attribution.",
        "Q: What's the difference between `%>%` and `|>` in R?\nA: `|>` is base R (≥ 4.1), has no placeholder `.` (only `_` with a named argument, R ≥ 4.2) and is a bit faster; `%>%` comes from magrittr.",
        "Comment: your loop `for i in range(len(x)): if x[i] < 0: x[i] = 0` is just `np.clip(x, 0, None)` or `x[x < 0] = 0`.",
        "How can I select rows where column 'gene' is in a list and drop duplicates? `df[df.gene.isin(genes)].drop_duplicates(subset=['gene', 'sample'])`",
        "Why is `SELECT AVG(value) FROM measurements WHERE sensor_id = 3` different from my pandas result? Answer: SQL AVG ignores NULLs, while your pandas column had NaN filled with 0 earlier.",
        "Q: Does $\\sum a_n$ converge if $a_n = \\frac{(-1)^n}{\\sqrt{n}}$?\nA: Yes, conditionally (Leibniz test), but not absolutely since $\\sum 1/\\sqrt n$ diverges.",
        "Can someone explain why `sleep(2)` in my MATLAB loop makes the parfor slower? – You're blocking each worker; use `pause` only for debugging.",
        "The file path is /home/lmuller/thesis/chapters/../figures/fig4.pdf but LaTeX says 'File not found'. Use \\graphicspath{{../figures/}} in the preamble.",
        "LaTeX error: `! Undefined control sequence. l.42 \\mathbb` — you forgot `\\usepackage{amssymb}`.",
        "Overfull \\hbox (12.3pt too wide) in paragraph at lines 118--121 — how do I find which word? Add `\\usepackage[draft]{graphicx}` or check the log for the text after the warning.",
        "I tried `eval(parse(text = paste0(\"m\", i)))` to loop over models m1..m10 in R. Is there a better way? Yes: put them in a list, `models <- mget(paste0(\"m\", 1:10))`.",
        "Q (Stata): how do I drop observations with missing income? A: `drop if missing(income)`. Don't use `drop if income == .` because extended missing values .a–.z are larger than .",
        "Reviewer 3: The code link (https://github.com/example-lab/paper-code/tree/main/src) returns 404. Please deposit the code in a permanent archive (e.g. Zenodo) and cite the DOI.",
        "The supplementary file 'S1_Data.xlsx' has a sheet named \"Sheet1 (2)\" with formulas like =AVERAGE(B2:B25) that reference a missing workbook. Please upload values only.",
        "Q: What does `~ .` mean in `lm(y ~ ., data = df)`?\nA: All other columns as predictors. `y ~ . - id` excludes `id`.",
        "Is it valid to report p = 0.000 from SPSS? No — report p < .001.",
        "Why does `np.random.seed(0); np.random.rand()` give a different number than `default_rng(0).random()`? Different bit generators (MT19937 vs PCG64).",
        "Rebuttal: We respectfully disagree with Reviewer 2. The exclusion criterion (RT < 200 ms or > 3000 ms) was preregistered (see https://osf.io/abcd3/, section 4.2) and not chosen post hoc.",
        "Kommentar zur Antwort: Die Formel $\\hat\\sigma^2 = \\frac{1}{n-p}\\sum e_i^2$ gilt nur mit Achsenabschnitt in $p$ mitgezählt.",
        "Pregunta: ¿por qué `scipy.stats.ttest_rel` me da NaN? Respuesta: tienes valores faltantes; usa `nan_policy='omit'`.",
        "Question : comment montrer que $\\{x \\in \\mathbb{R}^n : \\|x\\| \\le 1\\}$ est compact ? Réponse : fermé et borné en dimension finie (Heine–Borel).",
        "质疑：作者在表 3 中报告 p = 0.049，但样本量只有 12，请提供效应量和置信区间。",
        "質問：Python で `from __future__ import annotations` を付けると型ヒントが文字列として評価されるのはなぜですか？",
        "To the handling editor: Reviewer 1's request to 'drop the union of both cohorts and analyse separately' would halve our power; we added it as a sensitivity analysis instead (Supplementary Table S7).",
        "Q: How to avoid `Error: vector memory exhausted (limit reached?)` in R on macOS? A: set `R_MAX_VSIZE=32Gb` in ~/.Renviron and restart R.",
        "Comment on answer: Careful, `x == NA` is always NA in R; use `is.na(x)`.",
        "Q: Is `{x | x ∉ x}` a set? A: Not in ZF — that's Russell's paradox; separation only allows {x ∈ A | x ∉ x}.",
        "Why does my KaTeX render `$a<b$` fine but `$a <b>c$` breaks in the forum preview? The Markdown renderer sees `<b>` as an HTML tag before KaTeX runs; write `a \\lt b` or put spaces around `<`.",
        "Editorial office: The PDF proof contains broken characters in author names (Yılmaz, Nguyễn). Please confirm the correct spelling in UTF-8 in the metadata form.",
        "Q: When should I use Welch's t-test? A: Pretty much always when variances might differ; it loses little power when they're equal (Delacre et al., 2017).",
        "Answer: `sbatch --array=1-1000%50` limits concurrency to 50 tasks; `%` there is not a modulo.",
        "Minor points: (i) p. 3, l. 12: \"affect\" → \"effect\"; (ii) Fig. 2 caption: define the error bars (SD or SEM?); (iii) Ref. [31] is duplicated as [44].",
        "Q: Why does `x <- c(1, 2, 3); x[-1]` drop the first element instead of returning the last? A: Negative indices exclude in R; use `tail(x, 1)` or `x[length(x)]`.",
        "The reviewer asked us to 'execute the analysis on the held-out set'. We did: Table 5 now reports out-of-sample AUC = 0.78 (0.74–0.82).",
        "Please format the ORCID in the submission form as 0000-0001-7290-412X, not as a URL; the system appends https://orcid.org/ itself.",
        "Suggested edit: replace `\\frac{1}{2}` by `\\tfrac12` in inline math and use `\\left(` ... `\\right)` only for tall content.",
    ]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "Q: %s\nA: %s" % pick([
                ("How do I compute a 95% CI for a median?", "Bootstrap it: `quantile(replicate(1e4, median(sample(x, replace = TRUE))), c(.025, .975))`."),
                ("Why is my R² negative on the test set?", "Because the model does worse than predicting the test mean; R² is not bounded below on new data."),
                ("What's the derivative of |x|?", "sign(x) for x ≠ 0; it is not differentiable at 0 (subgradient [-1, 1])."),
                ("Does correlation imply causation?", "No — but with a DAG and the back-door criterion you can sometimes identify causal effects."),
                ("How to read a .mat v7.3 file in Python?", "It's HDF5: `h5py.File('data.mat', 'r')`, or `mat73.loadmat`."),
                ("Why is 0! = 1?", "There is exactly one way to arrange zero objects, and it keeps n! = n·(n−1)! valid for n = 1."),
            ]) + (" (edited %d×)" % RNG.randint(1, 4) if RNG.random() < 0.5 else "")
        if k == 1:
            return "Reviewer %d, comment %d: %s" % (RNG.randint(1, 3), RNG.randint(1, 14), pick([
                "Please report effect sizes alongside p-values.", "The y-axis in Fig. %d lacks units." % RNG.randint(1, 8),
                "Section %d.%d repeats the introduction." % (RNG.randint(2, 5), RNG.randint(1, 4)),
                "Eq. (%d) uses $\\sigma$ for two different quantities." % RNG.randint(2, 20),
                "The code in the supplement does not run (missing file `utils.R`)."]))
        return "Response: %s (%s, p. %d, l. %d–%d)." % (pick(["We have clarified this", "Done", "We thank the reviewer and added a sentence", "Corrected"]), pick(["see revised manuscript", "Supplementary Note 2", "track-changes version"]), RNG.randint(2, 30), RNG.randint(1, 40), RNG.randint(41, 60))
    return fill("qa-and-review", lit, gen)


CATEGORIES = [
    ("latex-math", latex_math),
    ("plain-math-logic", plain_math_logic),
    ("chemistry-bio", chemistry_bio),
    ("stats-output", stats_output),
    ("research-code", research_code),
    ("hpc-jobs", hpc_jobs),
    ("citations-metadata", citations_metadata),
    ("lab-protocols", lab_protocols),
    ("abstracts-multilingual", abstracts_multilingual),
    ("qa-and-review", qa_and_review),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        values = fn()
        counts[cat] = len(values)
        rows.extend((cat, v) for v in values)
    assert len(set(v for _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb23-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-24s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-24s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
