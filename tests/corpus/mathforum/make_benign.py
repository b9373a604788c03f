"""Benign (hard-negative) corpus for the mathforum held-out set.

Text that real users type into the ordinary fields of a mathematics Q&A forum /
homework-help site: question bodies with LaTeX, set-builder and logic notation,
plain-ASCII math, computer-algebra snippets, proofs in prose, textbook citations,
tags and search queries, multilingual notes, answer comments and question titles.

Every literal below was hand-written for this corpus. A few small template
functions combine hand-written pools to top each category up to 80 values.
Output: benign.jsonl next to this file. Deterministic (fixed SEED, no set
iteration, no hash-order dependence).
"""
import json
import random
from pathlib import Path

SEED = 7801
PREFIX = "hb78"
PER_CATEGORY = 80


def L(block):
    """One literal per non-empty line."""
    return [ln.strip() for ln in block.strip("\n").split("\n") if ln.strip()]


# ---------------------------------------------------------------- latex_question
LATEX_Q = L(r"""
How do I evaluate $\int_0^{\infty} e^{-x^2}\,dx$? I know the answer is $\frac{\sqrt{\pi}}{2}$ but I can't see where the $\pi$ comes from.
Show that $\sum_{i=1}^{n} i^2 = \frac{n(n+1)(2n+1)}{6}$ by induction. I'm stuck on the step $n \to n+1$.
Why is $\lim_{x \to 0} \frac{\sin x}{x} = 1$ and not $0$? Doesn't the numerator go to $0$ too?
Is $\sum_{n=1}^{\infty} \frac{(-1)^n}{\sqrt{n}}$ absolutely convergent or only conditionally?
Let $A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$. Find $A^{-1}$ and check that $AA^{-1} = I$.
What's the difference between $\subset$ and $\subseteq$ in Rudin? My professor uses $\subsetneq$ for proper subsets.
For $0 < p < 1$, is $\|x\|_p = \left(\sum |x_i|^p\right)^{1/p}$ still a norm? I think the triangle inequality fails.
$\binom{n}{k} = \binom{n-1}{k-1} + \binom{n-1}{k}$ — is there a combinatorial proof that avoids the algebra?
Find all $z \in \mathbb{C}$ with $z^3 = -8i$. I get $z = 2i$ but where are the other two?
How do I typeset $x \mapsto x^2$ vs $x \to x^2$? MathJax renders both, but which one is correct for a function?
Prove $|a+b| \le |a| + |b|$ for all real $a,b$. Can I just square both sides?
$\displaystyle \prod_{k=1}^{n}\left(1+\frac{1}{k}\right) = n+1$ telescopes, but what about $\prod_{k=2}^{n} \left(1 - \frac{1}{k^2}\right)$?
Why does $\frac{d}{dx}\left[ x^x \right] = x^x(\ln x + 1)$? I tried the power rule and got $x \cdot x^{x-1}$.
Evaluate $\oint_{|z|=2} \frac{e^z}{z(z-1)}\,dz$ using residues — do both poles count?
The eigenvalues of $\begin{bmatrix} 2 & -1 \\ -1 & 2 \end{bmatrix}$ are $1$ and $3$, but how do I get the eigenvectors?
Let $G$ be a group of order $p^2$. Show $G$ is abelian. Hint from the book: consider $Z(G)$ and $G/Z(G)$.
In $\mathbb{Z}/12\mathbb{Z}$, what's the order of $\bar{8}$? I got $3$ since $8 \cdot 3 = 24 \equiv 0 \pmod{12}$.
Does $\int_1^\infty \frac{\sin x}{x}\,dx$ converge? Should I use the Dirichlet test or integrate by parts?
Solve $y'' + 4y = \sec(2x)$ via variation of parameters; my Wronskian is $W = 2$.
What does $\nabla \cdot \mathbf{F}$ mean physically, compared with $\nabla \times \mathbf{F}$?
$\mathbb{P}(A \cup B) = \mathbb{P}(A) + \mathbb{P}(B) - \mathbb{P}(A \cap B)$ — how does this generalise to three events?
Why is $0.\overline{9} = 1$? My friend says $1 - 0.999\ldots = 0.000\ldots1$.
How do I write $\left\lfloor \frac{n}{2} \right\rfloor$ so that the brackets scale with the fraction?
Show $\sqrt{2} \notin \mathbb{Q}$. I assumed $\sqrt2 = p/q$ with $\gcd(p,q)=1$ and then got stuck.
Expected value of $X \sim \text{Geom}(p)$: is it $\frac{1}{p}$ or $\frac{1-p}{p}$? Does it depend on the convention?
Compute $\lim_{n\to\infty}\left(1+\frac{x}{n}\right)^n$ without L'Hôpital.
Is $\varphi: \mathbb{Z} \to \mathbb{Z}_6$, $\varphi(n) = 4n \bmod 6$ a homomorphism? What's $\ker \varphi$?
Fourier series of $f(x) = |x|$ on $[-\pi, \pi]$: I get $a_0 = \pi$ and $a_n = \frac{2((-1)^n - 1)}{\pi n^2}$. Correct?
$\mathrm{Var}(X) = E[X^2] - (E[X])^2$ can't be negative, but my calculation gives $-0.3$. Where's the error?
Is $\{ \frac{1}{n} : n \in \mathbb{N} \} \cup \{0\}$ compact in $\mathbb{R}$ with the usual topology?
Taylor series of $\ln(1+x)$ around $0$ up to $x^4$, with the Lagrange remainder $R_4(x)$ — how small is it at $x = 0.1$?
$\int \frac{dx}{x^2 + a^2} = \frac{1}{a}\arctan\frac{x}{a} + C$ — where does the $\frac{1}{a}$ come from?
Why doesn't \begin{align*} number the equations but \begin{align} does? And how do I reference one with \eqref{eq:main}?
Let $T: V \to W$ be linear, $\dim V = 5$, $\dim \ker T = 2$. Then $\operatorname{rank} T = 3$ by rank–nullity, right?
Evaluate $\sum_{k=0}^{n} (-1)^k \binom{n}{k}$. It's $0$ for $n \ge 1$; what about $n=0$?
Is $e^{i\pi} + 1 = 0$ a theorem or a definition? It feels like cheating.
$x_{n+1} = \frac{1}{2}\left(x_n + \frac{2}{x_n}\right)$, $x_0 = 1$: show that $x_n \to \sqrt{2}$ and the convergence is quadratic.
On this site `$a<b$` sometimes breaks the preview because of the `<` — should I write `$a \lt b$` instead?
Probability that two dice sum to $7$ given that at least one shows a $3$: is it $\frac{2}{11}$?
Show that $f(x)=x^3$ is uniformly continuous on $[0,1]$ but not on $\mathbb{R}$.
Can someone check my Jordan form? $J = \begin{pmatrix} 2 & 1 & 0 \\ 0 & 2 & 0 \\ 0 & 0 & 3 \end{pmatrix}$
Compute $\iint_D (x+y)\,dA$ where $D = \{(x,y) : x^2 + y^2 \le 1,\ y \ge 0\}$. Polar coordinates?
Why is $\cos^2\theta - \sin^2\theta = \cos 2\theta$? Is there a picture proof?
Help with $\lim_{x\to\infty} \left(\sqrt{x^2+x} - x\right)$. I keep getting $\infty - \infty$.
Markov chain with $P = \begin{pmatrix} 0.5 & 0.5 \\ 0.2 & 0.8 \end{pmatrix}$: how do I solve $\pi P = \pi$ with $\pi_1 + \pi_2 = 1$?
If $a_n > 0$ and $\sum a_n$ converges, must $\sum \sqrt{a_n a_{n+1}}$ converge? (AM–GM gives $\sqrt{a_n a_{n+1}} \le \frac{a_n + a_{n+1}}{2}$.)
Is $\mathbb{Q}(\sqrt{2}, \sqrt{3}) = \mathbb{Q}(\sqrt{2} + \sqrt{3})$? I need $[\mathbb{Q}(\sqrt2+\sqrt3):\mathbb{Q}] = 4$.
What is $\sum_{n=1}^\infty \frac{1}{n(n+2)}$? Partial fractions give $\frac12\left(\frac1n - \frac1{n+2}\right)$.
""") + [
    r"""I tried to simplify it like this:
\begin{align}
(a+b)^2 &= a^2 + 2ab + b^2 \\
&\geq 4ab
\end{align}
but the last line only holds when $a, b \ge 0$, right?""",
    r"""Is
$$f(x) = \begin{cases} x^2 \sin(1/x) & x \neq 0 \\ 0 & x = 0 \end{cases}$$
differentiable at $0$? And is $f'$ continuous there?""",
    r"""My solution so far:
\begin{aligned}
\int x e^{x}\,dx &= x e^x - \int e^x\,dx \\
                &= x e^x - e^x + C
\end{aligned}
Is the sign right? The answer key says $(x-1)e^x + C$, which I think is the same thing.""",
    r"""Let $V = \{ p \in \mathbb{R}[x] : \deg p \le 3,\ p(1) = 0 \}$.
1) Show $V$ is a subspace.
2) Find a basis.
3) What is $\dim V$? (I think it's $3$.)""",
]

LQ_FUN = ["x^2 e^{-x}", "\\frac{1}{1+x^2}", "\\sqrt{1-x^2}", "x \\ln x", "\\sin^2 x", "\\frac{x}{\\sqrt{x^2+4}}",
          "e^{2x}\\cos x", "\\arctan x", "|x-1|", "\\frac{\\ln x}{x}"]
LQ_BOUNDS = [("0", "1"), ("0", "\\pi"), ("1", "e"), ("-1", "1"), ("0", "\\infty"), ("0", "\\frac{\\pi}{2}"), ("2", "5")]
LQ_ASK = ["Is there a substitution that makes this easy?", "My answer doesn't match the book's.",
          "Wolfram Alpha gives a different form — are they equal?", "Should I integrate by parts twice?",
          "Can I use symmetry here?", "I get a negative area, which can't be right."]
LQ_P = ["\\frac{1}{2}", "1", "2", "\\frac{3}{2}", "0", "-1"]
LQ_SER = ["\\frac{1}{n^{p}}", "\\frac{(-1)^n}{n^{p}}", "\\frac{\\ln n}{n^{p}}", "\\frac{n^{p}}{2^n}", "\\frac{1}{n (\\ln n)^{p}}"]


def t_latex_q(rng):
    if rng.random() < 0.6:
        a, b = rng.choice(LQ_BOUNDS)
        return "Evaluate $\\int_{%s}^{%s} %s\\,dx$. %s" % (a, b, rng.choice(LQ_FUN), rng.choice(LQ_ASK))
    return "For which $p$ does $\\sum_{n=2}^{\\infty} %s$ converge? What happens at $p = %s$?" % (
        rng.choice(LQ_SER), rng.choice(LQ_P))


# ---------------------------------------------------------------- set_logic
SET_LOGIC = L(r"""
{x ∈ ℝ | x > 0}
Let S = {x ∈ ℤ : x² < 10}. Then S = {−3, −2, −1, 0, 1, 2, 3}.
∀ε>0 ∃δ>0 ∀x (|x − a| < δ ⇒ |f(x) − f(a)| < ε)
¬(p ∧ q) ⇔ ¬p ∨ ¬q
A \ B = A ∩ Bᶜ
(A ∪ B)ᶜ = Aᶜ ∩ Bᶜ — De Morgan for sets, same shape as the logic version.
$\{ n \in \mathbb{N} \mid n \equiv 1 \pmod 4 \}$ is infinite; is it a subgroup of anything?
p → q is equivalent to ¬q → ¬p, but not to q → p (that's the converse).
|P(A)| = 2^|A| for finite A
A × B = {(a, b) | a ∈ A ∧ b ∈ B}
∃!x ∈ ℝ: x³ = 2
R = {(a,b) ∈ ℤ² : a − b is even} is an equivalence relation with two classes.
f⁻¹({0}) = {x ∈ ℝ | f(x) = 0} is closed when f is continuous.
⋃_{n≥1} [1/n, 1] = (0, 1]
⋂_{n≥1} (0, 1/n) = ∅
((p → q) ∧ (q → r)) → (p → r) is a tautology (hypothetical syllogism).
¬∀x P(x) ≡ ∃x ¬P(x)
Is {∅} = ∅? No: |{∅}| = 1 and |∅| = 0.
A ⊆ B && B ⊆ A => A = B
x ∈ A \ (B ∪ C) iff x ∈ A and x ∉ B and x ∉ C
(p || q) && !r — is this already in CNF?
∀x ∈ ∅, P(x) is vacuously true.
ℕ ⊂ ℤ ⊂ ℚ ⊂ ℝ ⊂ ℂ
{1, {1}} ∩ {{1}} = {{1}}
⊢ (A ⇒ B) ⇒ (¬B ⇒ ¬A)
sup{x ∈ ℚ | x² < 2} = √2 in ℝ, but the set has no supremum in ℚ.
A △ B = (A \ B) ∪ (B \ A)
|A ∪ B| = |A| + |B| − |A ∩ B|
R = {x | x ∉ x}; then R ∈ R ⇔ R ∉ R.
∀x∃y (y > x) is true in ℕ, but ∃y∀x (y > x) is false.
f[A] = {f(a) : a ∈ A} and f⁻¹[B] = {x : f(x) ∈ B}
⟨ℤ, +⟩ ≅ ⟨2ℤ, +⟩ via n ↦ 2n
(a ∨ ¬b) ∧ (¬a ∨ c) ∧ (b ∨ c)
p | q (Sheffer stroke) ≡ ¬(p ∧ q)
{x | x = x} is not a set in ZF.
∀ε > 0 ∃N ∈ ℕ ∀n ≥ N: |a_n − L| < ε
A ⊊ B means A ⊆ B and A ≠ B.
$A \setminus B$ vs $A - B$ vs $A \backslash B$ — which is standard?
P({a, b}) = {∅, {a}, {b}, {a, b}}
(ℤ/nℤ)^× = {[a] | gcd(a, n) = 1}
f injective ⇔ ∀a,b (f(a) = f(b) → a = b)
p ∨ ¬p is a tautology classically but not provable intuitionistically.
R ∘ S = {(a,c) | ∃b ((a,b) ∈ S ∧ (b,c) ∈ R)}
Γ ⊨ φ vs Γ ⊢ φ: soundness says ⊢ implies ⊨.
∀x ∈ ℝ ∃n ∈ ℕ : n > x (Archimedean property)
(P(X), ⊆) is a partial order but not a total order when |X| ≥ 2.
{(x, y) ∈ ℝ² | x² + y² ≤ 1 ∧ y ≥ 0}
ker φ = {g ∈ G | φ(g) = e_H} ⊴ G
$\forall x\,(P(x) \to Q(x)),\ P(c) \vdash Q(c)$
x ∈ ⋂𝓕 ⇔ ∀F ∈ 𝓕 (x ∈ F)
""") + [
    """p | q | p → q
T | T | T
T | F | F
F | T | T
F | F | T""",
    """Claim: A ∩ (B ∪ C) = (A ∩ B) ∪ (A ∩ C).
(⊆) Let x ∈ A ∩ (B ∪ C). Then x ∈ A and (x ∈ B or x ∈ C) ...
(⊇) Similar.""",
]

SL_DOM = ["ℝ", "ℤ", "ℕ", "ℚ", "ℂ", "[0, 1]", "ℝ²"]
SL_COND = ["x > 0", "x² < 4", "|x − 1| ≤ 3", "x ≠ 0", "sin x = 0", "x = 2k for some k ∈ ℤ", "x³ − x = 0", "‖x‖ < 1"]
SL_OPS = [("∪", "∩"), ("∩", "∪")]
SL_LETTERS = ["A", "B", "C", "X", "Y", "U", "V"]


def t_set_logic(rng):
    if rng.random() < 0.5:
        return "{x ∈ %s | %s}" % (rng.choice(SL_DOM), rng.choice(SL_COND))
    a, b, c = rng.sample(SL_LETTERS, 3)
    o1, o2 = rng.choice(SL_OPS)
    return "%s %s (%s %s %s) = (%s %s %s) %s (%s %s %s)" % (a, o1, b, o2, c, a, o1, b, o2, a, o1, c)


# ---------------------------------------------------------------- ascii_math
ASCII_MATH = L(r"""
x^2 + 3*x - 4 = 0 -> (x+4)(x-1) = 0 so x = -4 or x = 1
|x-1| < 2 means -1 < x < 3
f(g(x)) where f(x) = 2x+1 and g(x) = x^2, so f(g(x)) = 2x^2 + 1
n! = n * (n-1)!, and 0! = 1 by convention
5 % 3 = 2 but -5 % 3 is 1 in Python and -2 in C
sqrt(2)*sqrt(8) = sqrt(16) = 4
1/2 + 1/3 = 5/6
a/b/c: is it (a/b)/c or a/(b/c)?
2^3^2 = 2^9 = 512, not 8^2 = 64
x = (-b +/- sqrt(b^2 - 4ac)) / (2a)
lim x->0 (1 - cos x)/x^2 = 1/2
int_0^1 x^2 dx = 1/3
sum_{k=1}^n k = n(n+1)/2
d/dx [sin(x)*cos(x)] = cos^2(x) - sin^2(x)
3 < x <= 7 and x != 5
0.1 + 0.2 == 0.3 is False in floating point
log_2(1024) = 10
(a+b)^2 != a^2 + b^2 unless ab = 0
slope m = (y2-y1)/(x2-x1) = (7-3)/(4-2) = 2
P(A|B) = P(B|A)*P(A)/P(B)
gcd(84, 36) = 12; lcm(84, 36) = 84*36/12 = 252
a >= b && b >= c => a >= c
2 - -3 = 5, the two minus signs make a plus
is 6/2(1+2) = 1 or 9?
e^(i*pi) = -1
|3 - 7| = 4 ; |-4| = 4
f'(x) = 3x^2 - 2x + 1; f''(x) = 6x - 2
x/(x-1) - 1/(x-1) = 1 for x != 1
a_n = a_{n-1} + a_{n-2}, a_0 = 0, a_1 = 1
[1 2; 3 4] * [5; 6] = [17; 39]
20% of 150 is 30, then another 30% off the rest gives 84
C(n,k) = n!/(k!(n-k)!), so C(10,3) = 120
x^2 - y^2 = (x-y)(x+y)
1 + 1/4 + 1/9 + 1/16 + ... = pi^2/6
ln(e^x) = x for all x but e^(ln x) = x only for x > 0
if x < 0 then |x| = -x
{1, 2, 3} union {3, 4} = {1, 2, 3, 4}
select 3 of the 10 students: 10C3 = 120 ways, order doesn't matter
E[X] = 1*0.2 + 2*0.5 + 3*0.3 = 2.1
2^10 = 1024 ~= 10^3
x>0 & y>0 -> x*y>0
det([a b; c d]) = a*d - b*c
tan(x) = sin(x)/cos(x), undefined when cos(x) = 0
3x + 2y = 12 ; x - y = -1 ; solve the system
v = <1, -2, 3>, w = <4, 0, -1>, v . w = 4 + 0 - 3 = 1
||v|| = sqrt(1 + 4 + 9) = sqrt(14)
a|b and b|c => a|c
floor(7/2) = 3, ceil(7/2) = 4
1 + 2 + 4 + ... + 2^(n-1) = 2^n - 1
z = (x - mean)/sd = (71 - 65)/4 = 1.5
drop the x^3 term since x is small: sin(x) ~ x - x^3/6 ~ x
""") + [
    """  2x + 3 = 11
  2x     = 8
   x     = 4
check: 2*4 + 3 = 11 OK""",
    """Step 1: 48 = 2*18 + 12
Step 2: 18 = 1*12 + 6
Step 3: 12 = 2*6 + 0
=> gcd(48, 18) = 6""",
]

AM_A = [2, 3, 4, 5, 6, 7, 9]
AM_B = [-7, -5, -3, -1, 1, 2, 4, 8]


def t_ascii(rng):
    a, b = rng.choice(AM_A), rng.choice(AM_B)
    kind = rng.randrange(3)
    if kind == 0:
        c = rng.choice([1, 2, 3, 5, 10])
        return "%d*x %s %d = %d  ->  x = %s" % (a, "+" if b >= 0 else "-", abs(b), c, _frac(c - b, a))
    if kind == 1:
        return "|x %s %d| <= %d  <=>  %d <= x <= %d" % ("-" if b >= 0 else "+", abs(b), a, b - a, b + a)
    return "%d %% %d = %d, and %d^2 mod %d = %d" % (a + 10, a, (a + 10) % a, a + 10, a, ((a + 10) ** 2) % a)


def _frac(p, q):
    from math import gcd
    g = gcd(p, q) or 1
    p, q = p // g, q // g
    if q < 0:
        p, q = -p, -q
    return str(p) if q == 1 else "%d/%d" % (p, q)


# ---------------------------------------------------------------- cas_snippet
CAS = L(r"""
Solve[x^2 == 4, x]
NSolve[{x^2 + y^2 == 1, y == x^3}, {x, y}, Reals]
Integrate[Exp[-x^2], {x, -Infinity, Infinity}]
Plot[Sin[x]/x, {x, -10, 10}, PlotRange -> All]
Table[Prime[n], {n, 1, 20}] // TableForm
f[x_] := x^2 + 1; f /@ Range[5]
Series[Log[1 + x], {x, 0, 5}] // Normal
Select[Range[100], PrimeQ[#] && Mod[#, 4] == 1 &]
Union[{1, 2, 3}, {2, 3, 4}] gives {1, 2, 3, 4}, why is it sorted?
DeleteCases[list, _?(# < 0 &)]
Reduce[x^2 < 4 && x > 0, x, Reals]
Sum[1/k^2, {k, 1, Infinity}]
Module[{s = 0}, Do[s += i, {i, 10}]; s]
FindRoot[Cos[x] == x, {x, 1}]
DSolve[y''[x] + y[x] == 0, y[x], x]
ClearAll["Global`*"]; Needs["Combinatorica`"]
sympy.integrate(sympy.sin(x)**2, (x, 0, sympy.pi))
Matrix([[1, 2], [3, 4]]).eigenvals() returns {5/2 - sqrt(33)/2: 1, 5/2 + sqrt(33)/2: 1}
dsolve(Eq(f(x).diff(x, 2) + f(x), 0), f(x))
sage: G = SymmetricGroup(4); G.order()
var('x y'); solve([x + y == 5, x - y == 1], x, y)
A = [4 -2; 1 1]; b = [2; 3]; x = A\b
[V, D] = eig(A)
syms x; diff(sin(x)^2, x)
fplot(@(t) exp(-t).*cos(2*pi*t), [0 5])
A(A < 0) = 0;  % zero out the negative entries
x = linspace(0, 2*pi, 100); plot(x, sin(x), 'r--')
x <- c(2.1, 3.4, 1.9, 5.0); mean(x); sd(x)
t.test(score ~ group, data = df, var.equal = TRUE)
lm(y ~ x + I(x^2), data = d) |> summary()
sapply(1:10, function(n) sum(1/(1:n)))
choose(10, 3); factorial(5); 
ggplot(df, aes(x, y)) + geom_point() + stat_function(fun = dnorm)
np.linalg.solve(A, b)
np.random.seed(0); x = np.random.normal(size=1000); print(x.mean(), x.std())
In Maple, eval(x^2 + 3*x, x = 2); gives 10
integrate(1/(1+x^2), x, 0, inf);
G := Group((1,2,3), (1,2));; Size(G);
? factor(2^64 + 1)
using LinearAlgebra; A = [1 2; 3 4]; inv(A)
take 10 $ filter isPrime [2..]
example (a b : ℕ) : a + b = b + a := by exact Nat.add_comm a b
%timeit sum(i**2 for i in range(10**6))
import time; time.sleep(0.5)  # so each frame of the animation is visible
Is sympify("x**2 + 1") safe to call on student input? The docs mention it uses eval internally.
(* Mathematica comment: this computes the Collatz orbit *) NestWhileList[If[EvenQ[#], #/2, 3 # + 1] &, 27, # != 1 &]
M = M[1:, :]  # drop the first row, it's the header
for k in range(1, 11): print(k, k**2, k**3)
""") + [
    """from sympy import symbols, solve
x = symbols('x')
print(solve(x**2 - 4, x))   # [-2, 2]""",
    """>>> import sympy as sp
>>> x = sp.Symbol('x')
>>> sp.limit(sp.sin(x)/x, x, 0)
1""",
    """sage: R.<x> = PolynomialRing(QQ)
sage: factor(x^4 - 1)
(x - 1) * (x + 1) * (x^2 + 1)""",
    """Theorem plus_O_n : forall n : nat, 0 + n = n.
Proof.
  intros n. simpl. reflexivity.
Qed.""",
    """function r = collatz_len(n)
  r = 0;
  while n ~= 1
    if mod(n, 2) == 0, n = n/2; else, n = 3*n + 1; end
    r = r + 1;
  end
end""",
]

CAS_F = ["x^3 - 2 x", "Sin[x]^2", "Exp[x] Cos[x]", "1/(1 + x^2)", "Log[x]/x", "x^4 - 5 x^2 + 4"]
CAS_PYF = ["x**3 - 2*x", "sin(x)**2", "exp(x)*cos(x)", "1/(1 + x**2)", "log(x)/x", "x**4 - 5*x**2 + 4"]


def t_cas(rng):
    i = rng.randrange(len(CAS_F))
    k = rng.randrange(4)
    if k == 0:
        return "D[%s, {x, %d}] // Simplify" % (CAS_F[i], rng.randint(1, 4))
    if k == 1:
        return "Integrate[%s, {x, 0, %d}]" % (CAS_F[i], rng.randint(1, 9))
    if k == 2:
        return "sp.diff(%s, x, %d)" % (CAS_PYF[i], rng.randint(1, 4))
    return "sp.series(%s, x, 0, %d)" % (CAS_PYF[i], rng.randint(3, 8))


# ---------------------------------------------------------------- proof_prose
PROOF = L(r"""
Suppose, for contradiction, that there are only finitely many primes p_1, ..., p_n. Consider N = p_1 p_2 ⋯ p_n + 1. No p_i divides N, so N has a prime factor not on the list — contradiction.
Proof by induction. Base case n = 1: 1 = 1·2/2. Inductive step: 1 + ... + n + (n+1) = n(n+1)/2 + (n+1) = (n+1)(n+2)/2. ∎
WLOG assume a ≤ b. Then a = min(a, b) and the inequality reduces to the case we already did.
We can drop the absolute values since both sides are non-negative.
Select any ε > 0 and let δ = min(1, ε/5). If |x − 2| < δ then |x + 2| < 5, so |x² − 4| < ε.
Take the union over all n; a countable union of null sets is null, so the set has measure zero.
The lecturer's script skips this step, but it follows from the fact that a continuous image of a compact set is compact.
Since f is continuous on [a, b] and differentiable on (a, b), the MVT gives c with f'(c) = (f(b) − f(a))/(b − a).
Let x ∈ A ∩ B. Then x ∈ A, and since A ⊆ C we get x ∈ C. Hence A ∩ B ⊆ C ∩ B.
Assume √3 = p/q in lowest terms. Then 3q² = p², so 3 | p; write p = 3k, then q² = 3k², so 3 | q, contradicting gcd(p, q) = 1.
The sequence is increasing and bounded above by 2, so by the monotone convergence theorem it converges.
If n is odd, n = 2k + 1 and n² = 4k² + 4k + 1 = 2(2k² + 2k) + 1, which is odd. Contrapositive done.
Pigeonhole: 13 people, 12 months, so two share a birth month.
By Cauchy–Schwarz, (a₁b₁ + a₂b₂)² ≤ (a₁² + a₂²)(b₁² + b₂²), with equality iff the vectors are parallel.
Every bounded sequence in ℝ has a convergent subsequence (Bolzano–Weierstrass); apply it to (x_n) and then use closedness.
I think the flaw is in line 4: you divided by (a − b), but a = b by assumption, so you divided by zero.
Consider the map g(x) = f(x) − x on [0, 1]. g(0) ≥ 0 and g(1) ≤ 0, so by the IVT g has a zero, i.e. f has a fixed point.
Counting the same set two ways: the left side chooses the committee first and then the chair; the right side chooses the chair first.
Because ker φ is trivial, φ is injective; dimensions match, so φ is also surjective.
Hence the kernel is {0} & the image is all of V — isomorphism.
The claim fails for n = 0 (0^0 issue), so the statement should read 'for all n ≥ 1'.
Suppose f'(x) > 0 on (a, b). For x < y in (a, b), the MVT gives f(y) − f(x) = f'(c)(y − x) > 0.
Note that 1/(k(k+1)) = 1/k − 1/(k+1); summing from k = 1 to n, everything cancels except 1 − 1/(n+1).
The orbit–stabiliser theorem gives |G| = |Orb(x)|·|Stab(x)|, and |G| = 60, so the orbit has size 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60.
Because the series converges absolutely, we may rearrange terms freely (Riemann's rearrangement theorem only bites for conditional convergence).
Let's execute the algorithm on a small example first: gcd(21, 13) → gcd(13, 8) → gcd(8, 5) → ... → gcd(1, 0) = 1.
Write the matrix as A = PDP⁻¹; then A^n = PDⁿP⁻¹ and the entries grow like 3ⁿ.
Strong induction: assume every k with 2 ≤ k < n is a product of primes. If n is prime we're done; otherwise n = ab with 1 < a, b < n.
Given ε > 0, choose N > 1/ε. Then for n ≥ N, |1/n − 0| = 1/n ≤ 1/N < ε.
By the ratio test, |a_{n+1}/a_n| = |x|/(n+1) → 0 < 1, so the series converges for all x.
Fix x. The function t ↦ f(x, t) is integrable and |∂f/∂x| ≤ g(t) with g ∈ L¹, so we can differentiate under the integral sign.
The determinant of an upper-triangular matrix is the product of the diagonal entries; here that's 2·(−1)·5 = −10 ≠ 0.
Suppose G has no element of order 2. Pair each g with g⁻¹; since g ≠ g⁻¹ for g ≠ e, |G| − 1 is even, so |G| is odd.
Let's denote by S the set of all counterexamples; if S ≠ ∅, well-ordering gives a least element m ...
Assume towards a contradiction that f is not bounded; then for each n there is x_n with |f(x_n)| > n ...
To show ⊇, take y ∈ f(A) ∪ f(B); then y = f(a) for some a ∈ A or y = f(b) for some b ∈ B; either way y ∈ f(A ∪ B).
We have ∑_{k=0}^{n} C(n,k) = (1 + 1)^n = 2^n by the binomial theorem; this is the number of subsets of an n-set.
A group of prime order p is cyclic: pick g ≠ e; ⟨g⟩ has order dividing p and bigger than 1, so ⟨g⟩ = G.
The inequality is strict unless x = y, because the function t ↦ t² is strictly convex.
Since the kernel K = ⟨(1 2)(3 4), (1 3)(2 4)⟩ is normal in S₄, the quotient S₄/K has order 6 and is isomorphic to S₃.
Rolle's theorem needs f(a) = f(b); here f(0) = f(π) = 0, so there's c ∈ (0, π) with f'(c) = 0.
Reverse the roles of x and y — the argument is symmetric.
Every Cauchy sequence in ℝ is bounded: take ε = 1, get N, then |x_n| ≤ max(|x_1|, ..., |x_N|, |x_N| + 1).
Because 2^10 = 1024 ≡ 1 (mod 341) and 341 = 11·31, 341 is a Fermat pseudoprime to base 2.
""") + [
    """Claim. If n² is even then n is even.
Proof. Contrapositive: suppose n is odd, n = 2k+1.
Then n² = 4k² + 4k + 1 = 2(2k² + 2k) + 1 is odd. ∎""",
    """Lemma 1. Every finite integral domain is a field.
Proof. Fix a ≠ 0 and consider x ↦ ax. It's injective (cancellation), hence surjective on a finite set;
so some x has ax = 1. ∎
Now apply Lemma 1 to ℤ/pℤ.""",
    """(1) ⇒ (2): trivial.
(2) ⇒ (3): use Zorn's lemma on the poset of chains.
(3) ⇒ (1): the hard direction — see the next post.""",
    """Base case: n = 4, 4! = 24 > 16 = 2^4.
Step: (n+1)! = (n+1)·n! > (n+1)·2^n > 2·2^n = 2^(n+1) since n + 1 > 2.""",
]

PR_WHAT = ["f is continuous at every point of ℚ", "the sequence is Cauchy", "the map is a bijection",
           "H is a normal subgroup", "the series converges uniformly on [0, 1]", "the relation is transitive",
           "the matrix is invertible", "the set is open"]
PR_HOW = ["by contradiction", "by induction on n", "directly from the definition", "using the contrapositive",
          "with a compactness argument", "by the squeeze theorem", "via the pigeonhole principle"]
PR_TAIL = ["Is this rigorous enough?", "Did I miss a case?", "Any feedback welcome.",
           "My TA says the second paragraph is circular.", "Please check the last step."]


def t_proof(rng):
    return "I tried to prove that %s %s. %s" % (rng.choice(PR_WHAT), rng.choice(PR_HOW), rng.choice(PR_TAIL))


# ---------------------------------------------------------------- citation
CITATION = L(r"""
Rudin, Principles of Mathematical Analysis, 3rd ed., Thm 3.44 (p. 70)
See Hatcher, Algebraic Topology, §2.1, Exercise 12.
Dummit & Foote, Abstract Algebra, 3rd ed., §4.5 — Sylow's theorems
Spivak, Calculus, ch. 22, problem 7
Stewart, Calculus: Early Transcendentals 8e, §11.8 (power series), example 4
Ahlfors, Complex Analysis, p. 123 — the argument principle
https://en.wikipedia.org/wiki/Banach%E2%80%93Tarski_paradox
https://oeis.org/A000045 (Fibonacci numbers)
Knuth, TAOCP Vol. 1, §1.2.6, eq. (21)
Hardy & Wright, An Introduction to the Theory of Numbers, Thm 80
Halmos, Naive Set Theory, Section 6 ("Ordered pairs")
Axler, Linear Algebra Done Right, 4th ed., 3.21 (fundamental theorem of linear maps)
Lang, Algebra, Ch. XIII, §4
Graham, Knuth & Patashnik, Concrete Mathematics, eq. (5.16)
https://math.stackexchange.com/q/12345/ and the MathOverflow answer linked there
Колмогоров, Фомин — Элементы теории функций и функционального анализа, гл. 3
Bourbaki, Éléments de mathématique, Algèbre, chap. II, §1
Euclid, Elements, Book IX, Proposition 20 (infinitely many primes)
Sierpiński, 250 Problems in Elementary Number Theory, #17
Gelfand & Shen, Algebra, p. 45
Artin, Algebra 2nd ed., Prop. 2.8.4 <- the one about cosets
Munkres, Topology 2e, §26, Theorem 26.7 (finite products of compact spaces)
Folland, Real Analysis, Thm 2.27 (differentiation under the integral)
Strang, Introduction to Linear Algebra, 5th ed., §6.4, problem 9
Ross, A First Course in Probability, ch. 4, problem 4.17
Kreyszig, Advanced Engineering Mathematics, 10th ed., p. 312
Apostol, Mathematical Analysis, 2nd ed., Theorem 12.4
Atiyah–Macdonald, Introduction to Commutative Algebra, Prop. 3.11 (iv)
Hartshorne II.5, Exercise 5.1(d)
Serre, A Course in Arithmetic, ch. VII (modular forms), p. 77
Vakil, The Rising Sea, 2017 draft, §6.5.2
Feller, Vol. I, ch. III ("fluctuations in coin tossing")
Courant & Robbins, What Is Mathematics?, ch. VII, §1
Pólya, How to Solve It, p. 6 ("look at the unknown")
Landau, Grundlagen der Analysis, Satz 1
Arnold, Ordinary Differential Equations, §3.2 — phase portraits
Tao, Analysis I, Lemma 5.4.14
Evans, PDE, 2nd ed., §2.2.3, Theorem 2 (mean-value formulas)
Durrett, Probability: Theory and Examples, Thm 2.4.1 (SLLN)
Boyd & Vandenberghe, Convex Optimization, §3.1.4
Lemma 2 in Erdős (1947) — the probabilistic lower bound for R(k, k)
doi:10.1007/978-3-642-00856-6
arXiv:math/0211159
MR0385023 (Rudin, Real and Complex Analysis)
Cohen & Kaplan, Calculus I workbook — the "sleeping beauty" limits problem, p. 88
'Proofs from THE BOOK' (Aigner & Ziegler), chapter 1
""") + [
    """@book{rudin1976,
  author    = {Walter Rudin},
  title     = {Principles of Mathematical Analysis},
  edition   = {3},
  publisher = {McGraw--Hill},
  year      = {1976}
}""",
    """@article{erdos1947,
  author  = {Erd{\\H{o}}s, Paul},
  title   = {Some remarks on the theory of graphs},
  journal = {Bull. Amer. Math. Soc.},
  volume  = {53},
  pages   = {292--294},
  year    = {1947}
}""",
    """References:
[1] Rudin, PMA, Thm 7.16
[2] Apostol, Calculus Vol. 1, §10.4
[3] my own notes: /home/shared/analysis/uniform-convergence.pdf""",
]

CT_BOOK = ["Rudin, PMA", "Spivak, Calculus", "Dummit & Foote", "Axler, LADR", "Munkres, Topology",
           "Stewart, Calculus", "Herstein, Topics in Algebra", "Royden, Real Analysis", "Ross, Probability"]
CT_KIND = ["Theorem", "Exercise", "Lemma", "Example", "Corollary", "Problem"]


def t_cite(rng):
    return "%s, %s %d.%d (p. %d)" % (rng.choice(CT_BOOK), rng.choice(CT_KIND), rng.randint(1, 14),
                                     rng.randint(1, 40), rng.randint(3, 540))


# ---------------------------------------------------------------- tag_search
TAGS = L(r"""
real-analysis; sequences-and-series; convergence-divergence
[linear-algebra] [eigenvalues-eigenvectors]
[abstract-algebra] is:question score:5
"integration by parts" sec^3
sum of squares formula proof
union of countable sets is countable
select k from n combinations formula
laplace transform of t*sin(t)
x^2+y^2=r^2 parametrize
is:answer user:me "sylow"
group-theory OR ring-theory -homework
limit (1+1/n)^n
what does a.e. convergence mean
probability | combinatorics
proof-verification, elementary-number-theory
\frac vs \dfrac
∫ e^{-x²} dx
floating point sum precision c++
matlab backslash operator least squares
sympy solve returns empty list []
#geometry #triangles #circles
"infinitely many primes" proof
Collatz 3n+1
O'Neill elementary differential geometry solutions
d'Alembert ratio test
L'Hôpital's rule 0/0
Euler's identity e^(iπ)+1=0
Cantor's diagonal argument uncountable
category-theory, functors & natural-transformations
matrices && determinant
sort by votes: fundamental theorem of algebra
"where" clause set builder notation
<x, y> inner product notation
|x| < 1 geometric series
n choose k mod p lucas
"drop" the lowest order term asymptotics
exec summary statistics homework
"system of equations" 3 unknowns
ε-δ proof x^2 continuous
tag:measure-theory sigma-algebra
a+b=b+a proof peano
"{x | x > 0}" notation
Ramanujan 1+2+3+... = -1/12
vector calculus curl grad div
Bayes' theorem false positives
$\mathbb{R}^n$ open ball
2x2 matrix inverse shortcut
Fermat's little theorem a^(p-1) ≡ 1 mod p
Möbius function μ(n)
pre-calculus; functions; inverse-function
""") + [
    """tags:
- calculus
- integration
- definite-integrals""",
]

TG_TAG = ["calculus", "linear-algebra", "real-analysis", "abstract-algebra", "probability", "combinatorics",
          "number-theory", "topology", "complex-analysis", "statistics", "geometry", "logic", "ode", "pde",
          "graph-theory", "set-theory", "measure-theory", "trigonometry"]
TG_Q = ["proof", "intuition", "examples", "reference-request", "homework", "notation", "soft-question"]


def t_tag(rng):
    a, b = rng.sample(TG_TAG, 2)
    if rng.random() < 0.5:
        return "[%s] [%s] %s" % (a, b, rng.choice(TG_Q))
    return "%s, %s, %s" % (a, b, rng.choice(TG_Q))


# ---------------------------------------------------------------- multilingual
MULTI = L(r"""
Wie beweise ich, dass √3 irrational ist? Mein Ansatz: Angenommen √3 = p/q mit ggT(p, q) = 1 …
Soit f : ℝ → ℝ continue telle que f(x+y) = f(x) + f(y). Montrer que f(x) = ax.
L'ensemble {x ∈ ℚ | x² < 2} n'a pas de borne supérieure dans ℚ, c'est l'exemple classique.
¿Cómo calculo el límite de (1 + 1/n)^n cuando n → ∞? Me sale 1 y el libro dice e.
Alguém pode me ajudar com essa integral: ∫ x·eˣ dx? Usei integração por partes e deu (x − 1)eˣ.
Dimostrare che ogni sottogruppo di un gruppo ciclico è ciclico.
Докажите, что ∑_{k=1}^{n} k³ = (n(n+1)/2)².
求极限 lim_{x→0} (sin x)/x，为什么等于 1？
行列 A = [[1,2],[3,4]] の固有値を求めよ。
이 급수가 수렴하는지 어떻게 판별하나요? ∑ 1/n²
أثبت أن مجموع زوايا المثلث يساوي 180°
द्विघात समीकरण x² − 5x + 6 = 0 के मूल ज्ञात करें।
Türev alırken zincir kuralını nasıl uygularım? (f(g(x)))' = f'(g(x))·g'(x)
Udowodnij, że dla każdego n ∈ ℕ liczba n³ − n jest podzielna przez 6.
Bewijs dat de afgeleide van sin x gelijk is aan cos x met de definitie van de limiet.
Visa att ∑ 1/n divergerar, t.ex. genom att gruppera termerna.
Να αποδειχθεί ότι η συνάρτηση f(x) = x³ είναι γνησίως αύξουσα στο ℝ.
הוכח כי לכל n טבעי, 7ⁿ − 1 מתחלק ב-6.
Chứng minh rằng với mọi số nguyên n, n² + n chia hết cho 2.
Tentukan turunan dari f(x) = x² · sin x menggunakan aturan perkalian.
Dokažte, že množina racionálních čísel je spočetná.
Доведіть, що √2 + √3 — ірраціональне число.
ثابت کنید که √2 گنگ است.
Osoita, että jono a_n = (−1)^n/n suppenee kohti nollaa.
Bizonyítsa be, hogy két páratlan szám összege páros.
Demuestre que si a | b y b | c, entonces a | c.
C'est quoi la différence entre « injective » et « surjective » ? J'ai du mal avec l'intuition.
Qu'est-ce qu'on entend par « presque partout » en théorie de la mesure ?
Was ist der Unterschied zwischen Supremum und Maximum? Bei (0, 1) gibt's kein Maximum, oder?
Ich verstehe die ε-δ-Definition nicht: „Für alle ε > 0 existiert ein δ > 0 …“
Nell'esercizio 3 dell'insieme A = {x ∈ ℝ : x² ≤ 4}, trovare sup A e inf A.
Per l'integrale ∫₀^π sin²x dx ho ottenuto π/2, è giusto?
La derivada de arctan(x) es 1/(1 + x²); ¿por qué?
Qual è l'ordine dell'elemento (1 2 3)(4 5) in S₅? Direi mcm(3, 2) = 6.
矩阵 A 可逆当且仅当 det(A) ≠ 0，这个怎么证明？
この問題の解き方を教えてください：∫₀¹ x² dx = ?
三角形の内角の和が180°であることの証明（ユークリッド幾何）
함수 f(x) = |x|는 x = 0에서 미분 가능한가요?
Сходится ли ряд ∑ (−1)ⁿ/ln n? По признаку Лейбница да, но абсолютно нет.
Найдите все x, для которых |x − 3| < 2 и x² > 4.
Em português se diz "conjunto vazio" para ∅ e "pertence" para ∈, certo?
O teorema do valor médio diz que existe c ∈ (a, b) com f'(c) = (f(b) − f(a))/(b − a).
Pokaż, że funkcja f(x) = 1/x nie jest jednostajnie ciągła na (0, 1).
Kanıtlayın: her n ≥ 1 için 1 + 3 + 5 + … + (2n − 1) = n².
Ein Tipp: Zeige zuerst, dass die Folge monoton & beschränkt ist.
Je n'arrive pas à prouver que ℤ[i] est euclidien — quelqu'un a une idée ?
数学归纳法证明：1 + 2 + … + n = n(n+1)/2
""") + [
    """Aufgabe 3:
a) Zeige, dass (ℤ, +) eine Gruppe ist.
b) Ist (ℕ, +) eine Gruppe? Begründe.""",
    """Exercice 2 — Soit (u_n) définie par u_0 = 1 et u_{n+1} = √(2 + u_n).
1. Montrer que (u_n) est croissante et majorée par 2.
2. En déduire qu'elle converge et calculer sa limite.""",
]

ML_LEAD = ["Bitte um Hilfe:", "Aide svp :", "Ayuda por favor:", "Ajuda:", "Aiuto:", "Помогите:", "求助：",
           "助けてください：", "도와주세요:", "Pomocy:"]
ML_BODY = ["x² − 4 = 0", "∫ sin x dx", "lim_{n→∞} 1/n", "det [[2, 1], [1, 2]]", "∑_{k=1}^{10} k",
           "f(x) = eˣ / x", "{x ∈ ℝ | x² ≤ 9}", "gcd(84, 36)", "P(A ∩ B) = P(A)·P(B)"]
ML_TAIL = ["Danke!", "Merci !", "¡Gracias!", "Obrigado!", "Grazie!", "Спасибо!", "谢谢！", "ありがとう！", "감사합니다!",
           "Dzięki!"]


def t_multi(rng):
    i = rng.randrange(len(ML_LEAD))
    return "%s %s %s" % (ML_LEAD[i], rng.choice(ML_BODY), ML_TAIL[i])


# ---------------------------------------------------------------- answer_comment
COMMENT = L(r"""
@Anna thanks — I'd missed that the sum starts at i=0, not i=1.
This answer's wrong: you can't swap lim and ∫ without dominated (or monotone) convergence.
Downvoted; the "proof" assumes what it's trying to prove.
Use \left( and \right) so the parentheses scale: $\left( \frac{a}{b} \right)$
Please don't post photos of your work; type it in MathJax instead. There's a tutorial at https://math.meta.stackexchange.com/questions/5020/
Typo in line 3: should be <= not <.
I ran your Sage code on my machine (/home/li/notebooks/primes.ipynb) and got 1229 primes below 10^4, same as you.
The file's at C:\Users\mk\Documents\hw3.tex if anyone wants me to send it.
My script hangs: the sleep(1) in the loop was left over from debugging, removing it fixed everything.
For the record, "drop" here means discard the higher-order terms, not delete the equation.
Works for me in Mathematica 13.3 — try ClearAll["Global`*"] first, you probably have an old definition of f.
You want the union bound, not inclusion–exclusion, if you only need an upper estimate.
<3 thanks, this finally made sense
x<y<z doesn't render because the preview treats <y as the start of a tag. Put spaces: x < y < z.
Which edition? In the 3rd ed. it's exercise 4.2; in the 4th it moved to §5.
+1, but a small nit: δ should depend on x₀ here, so it's not *uniform* continuity.
See ../chapter2 in the course repo; the notes are in /docs/linear-algebra/ch2.pdf
Your Octave output `ans = 1.0000e+00` is just 1; it's the display format.
&& in your R code should be & for a vectorised comparison.
The trick is 1/(k(k+1)) = 1/k − 1/(k+1); then it telescopes.
Nice! One could also argue via generating functions: ∑ xⁿ = 1/(1−x) for |x| < 1.
-1 for "it's obvious"; it's the whole point of the exercise.
Hint only, since this is homework: what's f(0)? What's f(1)?
Isn't that circular? You used the result of part (b) to prove (b).
I'd rather write $A \setminus B$ than A - B; the minus sign confuses students with arithmetic.
Sorry, the picture I linked is gone; here's the GeoGebra file instead: https://www.geogebra.org/m/abc123xy
Edit: fixed the sign error in the second line (−3 → +3). Thanks @Kenji.
The OP's question is fine — "select" in the problem means choose, not SQL.
That's the *union*, not the intersection, so the answer is 7 not 3.
@moderators can this be merged with the 2019 question? Same integral, same substitution.
Closing as a duplicate of "Sum of reciprocals of squares" — the accepted answer there covers all 3 approaches.
I'd drop the word "obviously" from line 2; it isn't.
Nitpick: it's "Cauchy–Schwarz", with an en dash, and Schwarz has no t.
Running `python3 collatz.py 27` on my laptop prints 111 steps, matching OEIS A006577.
The | in your set-builder is ambiguous with absolute value; use \mid or a colon.
I think the book's answer key is wrong (it says 3/8 but every method I try gives 5/16).
Why the -- in the limits? Did you mean a single minus?
Thanks, the "alert" in the problem statement was just the textbook's callout box, I ignored it.
Off-topic but: your username = my favourite theorem 😄
Accepted. The hint about f(x) := x − sin x did it.
Can you explain the step where ∑_{k} a_k b_k ≤ (∑ a_k²)^{1/2}(∑ b_k²)^{1/2}? Is that Cauchy–Schwarz?
You can paste the exact error message from SymPy — "TypeError: cannot determine truth value of Relational" — it usually means you compared a symbol with <.
Thanks! 谢谢! Merci! — my study group in three countries has been stuck on this for a week.
Beware: MATLAB's A\b and inv(A)*b give slightly different results for ill-conditioned A.
Interesting; I had never seen the $\oint$ notation used for a non-closed curve.
Maybe try the substitution u = tan(x/2)? It turns any rational function of sin and cos into a rational function of u.
Proof-reading note: "it's" vs "its" in the last sentence, otherwise very clear.
Your Python prints 0.30000000000000004 because 0.1 isn't exactly representable in binary.
""") + [
    """Two small things:
1. In line 2 you need n ≥ 1, otherwise 1/n is undefined.
2. "=>" should be "<=>" for the final equivalence.
Otherwise looks good.""",
    """Same answer here, but I did it differently:
  ∫ sec x dx = ln|sec x + tan x| + C
by multiplying top and bottom by (sec x + tan x).""",
]

CM_WHO = ["@Maya", "@ruslan_k", "@J.Doe", "@pi_enthusiast", "@Tomás", "@李华", "@OP", "@Priya"]
CM_WHAT = ["good catch on the sign", "the substitution works, thanks", "I added the missing case n = 0",
           "fixed the typo in the exponent", "you're right, the set isn't closed", "edited to use \\mid instead of |",
           "the limit is 1/2, not 2"]
CM_END = [":)", "— cheers", "🙏", "!", ".", " (see edit)"]


def t_comment(rng):
    return "%s %s%s" % (rng.choice(CM_WHO), rng.choice(CM_WHAT), rng.choice(CM_END))


# ---------------------------------------------------------------- question_title
TITLE = L(r"""
Why is the union of two subspaces usually not a subspace?
Prove that $\sqrt{2}$ is irrational without using unique factorisation
How many ways to select k elements out of n with no two adjacent?
Drop in rank when you delete a row?
Is "x < y < z" transitive in an ordered field, or do I need to prove it?
Sum of 1/n^2: why pi^2/6?
Integral of sec^3(x) -- is there a slicker way than parts?
Executing Gaussian elimination by hand on a 4x4 system
What is \ell used for, and why not just l?
Order of operations: 8 ÷ 2(2+2) = 1 or 16?
Where does $e$ come from in continuous compound interest?
Counting lattice paths from (0,0) to (n,n) that don't cross y = x
System of equations with parameter a: when is it inconsistent?
"Where" vs "such that" vs "|" in set-builder notation
Does ∑ (−1)^n / n converge absolutely?
Intuition for the determinant as a volume
Why does 0! = 1?
Is the empty set a subset of every set, including itself?
Limit of x*sin(1/x) as x -> 0
When can I interchange sum and integral?
Eigenvalues of A^T A vs A A^T
Is 1 a prime number? Why not?
Why is the derivative of e^x equal to e^x?
How to show that {f ∈ C[0,1] : f(0) = 0} is closed?
Expected number of rolls until two sixes in a row
Are all groups of order 4 abelian?
What's wrong with my "proof" that 1 = 2?
Uniform vs pointwise convergence & why it matters for integrals
Does every vector space have a basis? (Zorn's lemma?)
Script letters: \mathcal vs \mathscr vs \mathfrak
Is this function's inverse also continuous?
How to type "≤" and "≥" in MathJax on a phone keyboard?
Help: y' = y^2, y(0) = 1 blows up at x = 1?
Can a function be continuous everywhere but differentiable nowhere?
What does "|" mean in P(A | B)?
Why isn't ℚ complete?
Sleeping Beauty problem: 1/3 or 1/2?
Monty Hall with 100 doors — should I switch?
Converting repeating decimal 0.1666... to a fraction
Proof that there are infinitely many primes of the form 4k+3
How do I get the inverse of f(x) = (2x+1)/(x-3)?
Is A \ (B \ C) = (A \ B) ∪ (A ∩ C)?
Solving x^x = 2 — Lambert W?
Drawing a Venn diagram for A ∩ (B ∪ C)'
Why do we need the axiom of choice to pick from infinitely many pairs of socks?
Where's the mistake in my chain rule? d/dx sin(x^2) = cos(x^2)
Rounding errors: 0.1 + 0.2 != 0.3
Is the set of all "execute/halt" Turing machines countable?
Gradient, divergence, curl — what's the geometric picture?
Difference between "iff" and "implies"
""")

TI_PAIRS = [
    (["Prove", "Show"], "that every convergent sequence is bounded"),
    (["Find", "Compute"], "the inverse of a 3x3 matrix"),
    (["Evaluate", "Compute"], "$\\int_0^1 x^n\\,dx$"),
    (["Find", "Evaluate"], "the limit of (n+1)/n"),
    (["Prove", "Show"], "that ℤ[x] is not a PID"),
    (["Find", "Compute"], "the area under y = 1/x from 1 to e"),
    (["Prove", "Show"], "that the harmonic series diverges"),
    (["Find", "List"], "all subgroups of ℤ/12ℤ"),
    (["Find", "Derive"], "the Taylor series of cos x"),
    (["Simplify", "Expand"], "(1 + i)^8"),
    (["Disprove", "Check"], "that every continuous function is differentiable"),
]
TI_TAIL = ["", " (homework)", " — stuck", "?", " [beginner]", " — is my approach ok?"]


def t_title(rng):
    verbs, obj = rng.choice(TI_PAIRS)
    return "%s %s%s" % (rng.choice(verbs), obj, rng.choice(TI_TAIL))


CATEGORIES = [
    ("latex_question", LATEX_Q, t_latex_q),
    ("set_logic", SET_LOGIC, t_set_logic),
    ("ascii_math", ASCII_MATH, t_ascii),
    ("cas_snippet", CAS, t_cas),
    ("proof_prose", PROOF, t_proof),
    ("citation", CITATION, t_cite),
    ("tag_search", TAGS, t_tag),
    ("multilingual", MULTI, t_multi),
    ("answer_comment", COMMENT, t_comment),
    ("question_title", TITLE, t_title),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, tmpl in CATEGORIES:
        lits = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            lits.append(v)
        lits = lits[:PER_CATEGORY]
        vals = list(lits)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template pool too small for " + cat)
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        stats.append((cat, len(vals), len(lits)))
        for v in vals:
            rows.append({"category": cat, "label": "benign", "value": v})
    out = []
    values = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v
        values.append(v)
        out.append(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": r["category"],
                               "label": "benign", "value": v}, ensure_ascii=False))
    assert len(values) == len(set(values))
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    total_lit = 0
    for cat, n, nl in stats:
        total_lit += nl
        print("%-16s %3d  literals %3d (%.0f%%)" % (cat, n, nl, 100.0 * nl / n))
    print("total %d values, %d literals -> %s" % (len(out), total_lit, path.name))


if __name__ == "__main__":
    main()
