"""Benign held-out corpus for the education theme (hb29).

Values are what students, teachers, parents and applicants really type into an
LMS, a homework/quiz platform, a programming-course autograder, a school parent
portal and a university admissions/registrar form. Every literal below was
written by hand for this corpus; a few small templates combine hand-written
pools to add variety. Output: benign.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 2901
PER_CATEGORY = 80

# ---------------------------------------------------------------- math/science
MATH_ANSWER = [
    "x^2 + 3x - 4 = 0  =>  (x + 4)(x - 1) = 0  =>  x = -4 or x = 1",
    "f(x) = |x| is continuous at 0 but not differentiable there, since the left derivative is -1 and the right one is +1",
    "a <= b and b <= c, therefore a <= c (transitivity)",
    "\\frac{d}{dx}\\left(\\sin x \\cdot e^{x}\\right) = e^{x}(\\sin x + \\cos x)",
    "\\int_0^1 x^2\\,dx = \\left[\\frac{x^3}{3}\\right]_0^1 = 1/3",
    "Answer: 42 m/s. I used v = u + a*t with u = 2, a = 8, t = 5",
    "P(A|B) = P(B|A)P(A)/P(B) = (0.9 * 0.01) / 0.0585 ≈ 0.154",
    "lim_{x->0} sin(x)/x = 1",
    "The domain is {x ∈ ℝ : x ≠ 2} because the denominator (x - 2) can't be zero",
    "2H2 + O2 -> 2H2O   (ΔH = -571.6 kJ/mol)",
    "n = 3; sum = 1 + 2 + 3 = 6 = n(n+1)/2 ✓",
    "Let ε > 0. Choose δ = ε/3. Then |x - 1| < δ implies |3x - 3| < ε.",
    "Problem 4b: -b ± √(b² - 4ac) over 2a gives x = (-5 ± √13)/2",
    "|2x - 5| < 3  <=>  -3 < 2x - 5 < 3  <=>  1 < x < 4",
    "The matrix A = [[2, 1], [1, 3]] has det(A) = 5, so it is invertible",
    "pH = -log10[H+] = -log10(3.2e-4) ≈ 3.49",
    "F = m*a = 12 kg * 9.81 m/s^2 = 117.7 N (rounded to 1 decimal)",
    "For part (c) I got 0.35 but the key says 0.53 -- I think I swapped the digits?",
    "y = mx + b; slope m = (7 - 3)/(4 - 2) = 2, so b = -1 and y = 2x - 1",
    "\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6}",
    "E = mc^2 → with m = 0.001 kg, E = 9 × 10^13 J",
    "Q3) A ∩ B = {2, 4}; A ∪ B = {1, 2, 3, 4, 6, 8}; A \\ B = {1, 3}",
    "¬(p ∧ q) ≡ ¬p ∨ ¬q  (De Morgan)",
    "The ratio 3:5 scaled to 240 students is 90 : 150",
    "x = 7 / (2 - 2) is undefined, so the system has no solution",
    "PV = nRT → n = (101325 Pa × 0.0224 m³) / (8.314 × 273.15 K) ≈ 1.00 mol",
    "I wrote 5! = 120 and 0! = 1 (by definition, not because 0 * anything)",
    "mean = 78.4, median = 81, mode = 85; the data is left-skewed",
    "Work shown: 3/4 + 2/3 = 9/12 + 8/12 = 17/12 = 1 5/12",
    "Wavelength λ = c/f = 3.00e8 / 5.0e14 = 6.0e-7 m = 600 nm",
    "\\begin{pmatrix} 1 & 0 \\\\ 0 & -1 \\end{pmatrix} is a reflection across the x-axis",
    "if n is even then n = 2k for some integer k, so n^2 = 4k^2 = 2(2k^2), which is even. QED",
    "The angle is 30° (π/6 rad) because sin θ = 1/2 and θ is acute",
    "Exercise 2.7: f∘g(x) = f(g(x)) = (x + 1)^2, g∘f(x) = x^2 + 1, not equal",
    "0.1 + 0.2 != 0.3 in floating point; it prints 0.30000000000000004",
    "Photosynthesis: 6CO2 + 6H2O + light -> C6H12O6 + 6O2",
    "v_avg = Δx/Δt = (120 m - 0 m)/(15 s) = 8 m/s",
    "log_2(1024) = 10 and log_2(1/8) = -3",
    "a_n = a_1 * r^(n-1) => a_6 = 3 * 2^5 = 96",
    "Since 0 < a < 1, a^n → 0 as n → ∞",
    "KE = ½mv² = 0.5 × 2 × 3² = 9 J",
    "Ohm's law: I = V/R = 12 V / 4 Ω = 3 A",
    "The inequality x/(x-1) >= 0 holds for x <= 0 or x > 1",
    "Punkt (b): Die Ableitung von f(x) = x·ln(x) ist f'(x) = ln(x) + 1",
    "Réponse : la suite u_n = 1/n converge vers 0 quand n → +∞",
    "解答：x = 3 时，y = 2×3 + 1 = 7",
    "Ответ: площадь треугольника S = ½·a·h = ½·6·4 = 12 см²",
    "C(10,3) = 10!/(3!·7!) = 120 ways to choose the committee",
    "z = 3 + 4i, |z| = sqrt(3^2 + 4^2) = 5, arg z ≈ 0.927 rad",
    "The rate constant k = 0.693 / t_{1/2} = 0.693 / 5730 yr ≈ 1.21e-4 yr^-1",
    "gcd(84, 36) = 12 via 84 = 2*36 + 12, 36 = 3*12 + 0",
    "σ = sqrt(Σ(x - μ)^2 / N) = sqrt(50/10) ≈ 2.24",
]
MATH_FUNCS = ["x^2", "3x + 1", "sin(x)", "e^x", "ln(x)", "1/x", "x^3 - x", "cos(2x)", "√x", "|x - 2|"]
MATH_PARTS = ["1a", "1b", "2", "3c", "4", "5(ii)", "6", "7a", "8", "Bonus"]
MATH_POINTS = ["x = 0", "x = 1", "x = -1", "x = π", "x = 2", "x = 1/2"]


def tpl_math(rng):
    f = rng.choice(MATH_FUNCS)
    p = rng.choice(MATH_PARTS)
    at = rng.choice(MATH_POINTS)
    form = rng.choice([
        "Q{p}: f(x) = {f}; I evaluated f at {at} and checked that f' exists there",
        "Problem {p} - sketch of y = {f} near {at}, with asymptotes marked",
        "#{p}: d/dx [{f}] evaluated at {at} (see scratch work attached)",
        "For {p} I used the limit definition on f(x) = {f} at {at}; answer boxed at the bottom",
    ])
    return form.format(p=p, f=f, at=at)


# ---------------------------------------------------------------- code submissions
CODE_SUBMISSION = [
    "def is_prime(n):\n    if n < 2:\n        return False\n    for i in range(2, int(n ** 0.5) + 1):\n        if n % i == 0:\n            return False\n    return True",
    "SELECT s.name, AVG(g.score) AS avg_score\nFROM students s JOIN grades g ON g.student_id = s.id\nGROUP BY s.name\nHAVING AVG(g.score) >= 90\nORDER BY avg_score DESC;",
    "for (int i = 0; i < n; i++) {\n    if (arr[i] > max) max = arr[i];\n}",
    "#include <stdio.h>\n\nint main(void) {\n    printf(\"Hello, CS-101!\\n\");\n    return 0;\n}",
    "public static int fib(int n) {\n    return n <= 1 ? n : fib(n - 1) + fib(n - 2);\n}",
    "grep -c 'error' server.log | sort -n > counts.txt",
    "ls -la ~/cs2040/lab3 && cat notes.txt",
    "UPDATE enrollment SET status = 'dropped' WHERE course_id = 'CS-101' AND term = 'F24';",
    "DELETE FROM submissions WHERE submitted_at < '2024-01-01'; -- part (d) of the SQL lab",
    "while read -r line; do echo \"$line\" | tr 'a-z' 'A-Z'; done < input.txt",
    "x = input(\"Enter a number: \")\nprint(int(x) * 2)",
    "nums = [int(t) for t in input().split()]\nprint(sum(nums) / len(nums) if nums else 0)",
    "if (a == b && c != d || !flag) { count++; }",
    "char *p = malloc(sizeof(char) * (len + 1));\nif (p == NULL) { perror(\"malloc\"); exit(1); }",
    "CREATE TABLE course (\n  id INTEGER PRIMARY KEY,\n  code VARCHAR(10) NOT NULL, -- e.g. 'CS-101'\n  title TEXT\n);",
    "DROP TABLE IF EXISTS temp_scores;",
    "SELECT name FROM students WHERE name LIKE 'O''%' UNION SELECT name FROM alumni WHERE name LIKE 'O''%';",
    "import os\nfor root, dirs, files in os.walk('.'):\n    print(root, len(files))",
    "String s = \"It's a \\\"quoted\\\" word\";\nSystem.out.println(s.length());",
    "lambda x: x if x >= 0 else -x  # my abs() for question 2",
    "def eval_expr(tokens):\n    # stack-based evaluator for lab 5, no eval() allowed\n    stack = []\n    for t in tokens:\n        if t in '+-*/':\n            b, a = stack.pop(), stack.pop()\n            stack.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[t])\n        else:\n            stack.append(float(t))\n    return stack[0]",
    "find . -name '*.pyc' -delete",
    "chmod +x run_tests.sh && ./run_tests.sh",
    "Map<String, List<Integer>> scores = new HashMap<>();",
    "template <typename T>\nT maxOf(T a, T b) { return a > b ? a : b; }",
    "/* TODO: handle the empty list case */\nint sum(int *a, int n) { int s = 0; while (n--) s += *a++; return s; }",
    "echo $PATH | tr ':' '\\n'",
    "import time\ntime.sleep(0.5)  # so the animation is visible",
    "SELECT COUNT(*) FROM quiz_attempts WHERE score IS NULL OR score < 0;",
    "awk -F, '{ total += $3 } END { print total / NR }' grades.csv",
    "print(f\"{name!r} scored {score:.1f}%\")",
    "try:\n    f = open('data.txt')\nexcept FileNotFoundError as e:\n    print('missing file:', e)",
    "const avg = arr.reduce((a, b) => a + b, 0) / arr.length;",
    "document.getElementById('answer').textContent = `x = ${x}`;",
    "<ul>\n  <li>Week 1</li>\n  <li>Week 2</li>\n</ul>",
    "class Stack:\n    def __init__(self):\n        self._items = []\n    def push(self, x):\n        self._items.append(x)\n    def pop(self):\n        return self._items.pop()",
    "git add hw4.py && git commit -m \"hw4 done, passes 9/10\"",
    "int *arr = (int[]){3, 1, 2};\nqsort(arr, 3, sizeof(int), cmp);",
    "WITH ranked AS (\n  SELECT student_id, score, RANK() OVER (ORDER BY score DESC) AS r FROM exam1\n)\nSELECT * FROM ranked WHERE r <= 3;",
    "INSERT INTO students (name, email) VALUES ('Siobhán O''Neill', 'soneill@school.example');",
    "def exec_cmd(parts):\n    # lab 7 mini-shell, dispatch on parts[0]\n    return builtins.get(parts[0], not_found)(parts[1:])",
    "mkdir -p out/{bin,obj} && gcc -Wall -o out/bin/hw2 hw2.c",
    "System.exit(0); // is this allowed in the autograder?",
    "regex = r'^[A-Z]{2,4}-\\d{3}$'  # matches CS-101, MATH-221",
    "s = 'abc'[::-1]  # 'cba'",
    "if [ \"$#\" -ne 2 ]; then echo \"usage: $0 in out\"; exit 1; fi",
    "scanf(\"%d %d\", &a, &b);",
    "BEGIN TRANSACTION;\nUPDATE accounts SET balance = balance - 50 WHERE id = 1;\nUPDATE accounts SET balance = balance + 50 WHERE id = 2;\nCOMMIT;",
    "public void alert(String msg) { JOptionPane.showMessageDialog(null, msg); }",
    "let total = 0; for (const s of scores) { total += s; } console.log(total);",
    "x = [[0] * 3 for _ in range(3)]  # not [[0]*3]*3, that aliases rows",
    "#!/bin/bash\nfor f in *.txt; do wc -l \"$f\"; done",
]
CODE_LANG_FUNCS = [
    ("python", "def {n}(xs):\n    return sorted(xs, key=lambda t: t[{k}])"),
    ("python", "def {n}(s):\n    return s.count('{c}')"),
    ("java", "static int {n}(int[] a) {{ return a.length > {k} ? a[{k}] : -1; }}"),
    ("c", "int {n}(const char *s) {{ int c = 0; while (*s) if (*s++ == '{c}') c++; return c; }}"),
    ("sql", "SELECT * FROM {t} WHERE id > {k} ORDER BY id LIMIT 10; -- {n}"),
]
CODE_NAMES = ["solve", "count_vowels", "second_item", "helper", "part_b", "q3", "mysort", "check"]
CODE_TABLES = ["students", "courses", "grades", "enrollments", "sections"]


def tpl_code(rng):
    _lang, form = rng.choice(CODE_LANG_FUNCS)
    return form.format(n=rng.choice(CODE_NAMES), k=rng.randint(0, 5),
                       c=rng.choice("aeiou;,"), t=rng.choice(CODE_TABLES))


# ---------------------------------------------------------------- autograder output
AUTOGRADER_OUTPUT = [
    "Traceback (most recent call last):\n  File \"/home/student/hw3/solution.py\", line 12, in <module>\n    print(nums[5])\nIndexError: list index out of range",
    "test_empty_input ... FAIL\nAssertionError: expected [] but got None",
    "Exception in thread \"main\" java.lang.NullPointerException\n\tat Main.process(Main.java:27)\n\tat Main.main(Main.java:8)",
    "hw2.c: In function 'main':\nhw2.c:14:5: warning: implicit declaration of function 'gets' [-Wimplicit-function-declaration]",
    "Segmentation fault (core dumped)",
    "Tests passed: 8/10 (80%). Failed: test_negative_numbers, test_large_input (timeout > 2s)",
    "ERROR 1064 (42000): You have an error in your SQL syntax near 'FROM grades WHERE' at line 1",
    "SyntaxError: unexpected EOF while parsing (solution.py, line 33)",
    "bash: ./run.sh: Permission denied",
    "make: *** [Makefile:7: hw5] Error 1",
    "ModuleNotFoundError: No module named 'numpy'",
    "Expected output:\n3 5 8\nYour output:\n3 5 8 \n(trailing whitespace on line 1)",
    "valgrind: ==4321== Invalid read of size 4 at 0x1091A6: main (list.c:42)",
    "RecursionError: maximum recursion depth exceeded in comparison",
    "javac: error: ';' expected\n    int x = 5\n             ^",
    "Score: 47/50 -- style check: line 18 longer than 100 characters; unused import 'sys'",
    "TimeoutError: test_sleep_sort took 10.02s (limit 5s)",
    "ZeroDivisionError: division by zero\n  in average(scores=[]) at grade_calc.py:9",
    "KeyError: 'student_id'",
    "sqlite3.OperationalError: no such table: enrolment",
    "Your submission printed to stderr:\nWarning: /usr/lib/python3.11/site-packages/foo: deprecated",
    "AssertionError: assert is_palindrome(\"A man, a plan, a canal: Panama\") == True",
    "test_union_of_sets PASSED\ntest_intersection PASSED\ntest_difference FAILED (expected {1, 3}, got {3, 1, 5})",
    "error: cannot find symbol\n  symbol:   variable scanner\n  location: class Homework4",
    "UnboundLocalError: local variable 'total' referenced before assignment",
    "Compiler output: hw1.cpp:3:10: fatal error: bits/stdc++.h: No such file or directory",
    "[autograder] build OK, 12 tests, 11 passed, 1 skipped (requires network)",
    "psql: ERROR:  column \"gpa\" does not exist\nLINE 1: SELECT name, gpa FROM students;\n                     ^",
    "diff expected.txt actual.txt\n2c2\n< Total: 15\n---\n> Total: 14",
    "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    "Killed (out of memory: used 512 MB, limit 256 MB)",
    "FileNotFoundError: [Errno 2] No such file or directory: '../data/input1.txt'",
    "ValueError: invalid literal for int() with base 10: '3.5'",
    "java.lang.ArrayIndexOutOfBoundsException: Index 10 out of bounds for length 10",
    "pytest: 3 failed, 17 passed in 0.42s",
    "Runtime error on hidden test #4 (exit code 139)",
    "Your code called exit() before printing the result; output was empty",
    "warning: comparison between signed and unsigned integer expressions [-Wsign-compare]",
    "NameError: name 'pritn' is not defined. Did you mean: 'print'?",
    "IndentationError: unindent does not match any outer indentation level",
    "Output mismatch on test 'union_all': expected 6 rows, got 4 rows",
    "Plagiarism check: similarity 12% with submission #2231 (below 40% threshold, no action)",
    "Linter: E501 line too long (104 > 99 characters); W0611 unused import os",
    "Memory leak: 24 bytes in 1 blocks are definitely lost in loss record 1 of 1",
    "Late penalty applied: submitted 2024-10-03 23:59:41, due 2024-10-03 23:59:00 (-0%)",
    "Error: Could not find or load main class Homework3",
    "shellcheck: SC2086 Double quote to prevent globbing and word splitting: rm $file",
    "Grade: 9.5/10  |  Hidden tests: 4/4  |  Style: -0.5 (magic numbers)",
    "OverflowError: (34, 'Numerical result out of range')",
    "AssertionError: expected 'Hello, World!' but got 'Hello World'",
    "Test 7 (drop duplicates) failed: your query returned duplicate rows for student 'D''Angelo'",
    "Build failed: undefined reference to `sqrt' (did you forget -lm?)",
]
AG_TESTS = ["test_basic", "test_edge_cases", "test_unicode_names", "test_empty", "test_big_n", "test_sorted_input"]
AG_ERRORS = ["IndexError: list index out of range", "AssertionError", "TimeoutError", "TypeError: 'NoneType' object is not iterable",
             "RecursionError", "wrong answer on line 3"]


def tpl_autograder(rng):
    total = rng.randint(5, 20)
    passed = rng.randint(0, total - 1)
    t = rng.choice(AG_TESTS)
    e = rng.choice(AG_ERRORS)
    return f"Run #{rng.randint(1, 9)}: {passed}/{total} tests passed\n{t} FAILED -> {e}"


# ---------------------------------------------------------------- quiz items
QUIZ_ITEM = [
    "Which of the following is NOT a prime number? (a) 2 (b) 17 (c) 21 (d) 29",
    "True or False: In SQL, DROP TABLE removes both the data and the table definition.",
    "What does the shell command `rm -rf ./build` do? Explain each flag.",
    "Fill in the blank: The ______ statement combines the results of two SELECT queries and removes duplicates.",
    "Answer key: 1-C, 2-A, 3-D, 4-B, 5-True, 6-False",
    "Q12. Evaluate: 3 + 4 * 2 / (1 - 5)^2",
    "Which HTML tag is used to include JavaScript in a page? a) <js> b) <script> c) <javascript> d) <code>",
    "What is printed by: print('a' < 'b' and 2 >= 3)?",
    "Explain why `if (x = 5)` compiles in C but is probably a bug.",
    "Match each symbol to its meaning: &&, ||, !, ==, !=",
    "Which path is absolute? (a) ../etc/notes (b) /etc/passwd (c) ./passwd (d) passwd",
    "Short answer: What is the purpose of the /etc/passwd file on a Unix system?",
    "In the Linux permissions string -rwxr-x---, who can execute the file?",
    "Q4 (2 pts): What does SELECT DISTINCT do that SELECT does not?",
    "Define SQL injection in one sentence and name one defense.",
    "Which statement about XSS is correct? (a) It runs on the server (b) It runs in the victim's browser (c) It needs root (d) None",
    "What is the time complexity of binary search? O(1) / O(log n) / O(n) / O(n log n)",
    "Quiz 3, Q2: Solve for x: 2x + 5 = 17",
    "Which of these is a valid Python identifier? _score, 2nd, class, my-var",
    "True/False: `eval(input())` is a safe way to read a number in Python.",
    "Explain the difference between `cat file | grep foo` and `grep foo file`.",
    "Given f(x) = 2x - 1, what is f(f(3))?",
    "Which gas makes up ~78% of Earth's atmosphere? N₂ / O₂ / CO₂ / Ar",
    "Q: What is the output of `echo $((7 % 3))` in bash?",
    "Which keyword in Java prevents a method from being overridden? final / static / const / sealed",
    "What is the derivative of ln(x)? a) x b) 1/x c) e^x d) ln(x)/x",
    "Correct answer: B) HAVING filters groups after GROUP BY; WHERE filters rows before.",
    "Partial credit: accept 'x=4' or 'x = 4.0' or '4'",
    "Which command shows the current directory? pwd / cd / ls / whoami",
    "Who wrote 'Pride and Prejudice'? (Jane Austen)",
    "¿Cuál es la capital de Perú? a) Quito b) Lima c) La Paz d) Bogotá",
    "Quelle est la formule chimique de l'eau ? H₂O",
    "Welche Aussage über Primzahlen ist richtig? (a) 1 ist prim (b) 2 ist die einzige gerade Primzahl",
    "问题：光在真空中的速度约为多少？ 3×10^8 m/s",
    "Rubric note for Q6: award full marks if the student mentions both 'prepared statements' and 'input validation'.",
    "Which of these is a comment in SQL? (a) -- note (b) // note (c) # note (d) both a and c in MySQL",
    "What does `<br>` do in HTML, and does it need a closing tag?",
    "Order the steps: compile, link, load, execute",
    "If A = {1,2,3} and B = {3,4}, what is |A × B|?",
    "Which sorting algorithm is stable? quicksort / heapsort / mergesort / selection sort",
    "Explain what `2>&1` means in `cmd > out.log 2>&1`.",
    "Q9: Convert 0x1F to decimal. (Answer: 31)",
    "Which loop always runs at least once? for / while / do-while",
    "What is the value of `[] == false` in JavaScript, and why?",
    "Identify the error: `int arr[5]; arr[5] = 10;`",
    "Select all that apply: Which are HTTP methods? GET, POST, FETCH, DELETE, SEND",
    "What does the `sleep 5` command do in a shell script?",
    "Which of the following is the null-safe equality operator in MySQL? <=> / == / === / IS",
    "The Treaty of Versailles was signed in ____ (year).",
    "What does `alert('hi')` do when run in the browser console?",
    "Name two organelles found in plant cells but not animal cells.",
    "Which expression is equivalent to !(a && b)? (a) !a && !b (b) !a || !b",
]
QUIZ_TOPICS = ["loops", "recursion", "fractions", "the French Revolution", "cell division", "SQL joins", "Ohm's law", "linked lists"]
QUIZ_KINDS = ["multiple choice", "true/false", "short answer", "matching", "fill-in-the-blank"]


def tpl_quiz(rng):
    return "Quiz {n} ({k}) on {t}: {q} questions, {m} min, {p} pts each".format(
        n=rng.randint(1, 12), k=rng.choice(QUIZ_KINDS), t=rng.choice(QUIZ_TOPICS),
        q=rng.randint(5, 25), m=rng.choice([10, 15, 20, 30, 45]), p=rng.choice([1, 2, 5]))


# ---------------------------------------------------------------- grading comments
GRADING_COMMENT = [
    "Good work overall! -2 for not handling the empty list; see line 14.",
    "Your SELECT works, but you used UNION where UNION ALL was needed, so duplicates were dropped (-1).",
    "Nice proof. Be careful: you wrote a < b when you meant a <= b in step 3.",
    "Rubric: Correctness 40/40 | Style 15/20 | Tests 20/20 | Report 18/20 => 93/100 (A)",
    "Please don't use eval() to parse the input -- it's slow and unsafe. Use int() instead.",
    "You hard-coded the path /home/jdoe/hw3/data.csv, so it failed on the grader. Use a relative path.",
    "B+/A- borderline; I rounded up because of the excellent write-up.",
    "Great use of '&&' and '||' but the precedence in line 22 is wrong; add parentheses.",
    "Missing units on the final answer (should be m/s²). -1",
    "Essay is strong but the thesis in ¶1 is buried; move it to the first sentence.",
    "Citation format: use (Author, Year) not [1] for this course.",
    "Your shell script deletes files with rm * -- please test in a temp dir first!",
    "Code compiles with warnings (-Wall). Fix the unused variable 'tmp'.",
    "Très bon travail, mais attention aux accords : « les résultats obtenus ».",
    "Sehr gut! Nur die Einheit fehlt bei Aufgabe 3 (−0,5 Punkte).",
    "Muy bien. Revisa la conjugación de 'haber' en el párrafo 2.",
    "Regrade request accepted: Q4 changed from 3/5 to 5/5 (key had a typo).",
    "Late submission (2 days) -> 20% deduction per syllabus policy.",
    "Please include your name and student ID at the top of every file: # Name: ... # ID: ...",
    "-3: the function returns None when the list has only one element.",
    "Excellent! 10/10. The diagram of the <div> layout was very clear.",
    "You escaped the output with html.escape() -- exactly right for the XSS part of the lab.",
    "Your parameterized query (cursor.execute(sql, (name,))) is the correct fix for part 2.",
    "A- : well argued, but the conclusion repeats the intro almost word for word.",
    "Resubmit by Friday 5pm for up to 50% of the lost points.",
    "Part (c): the answer is x = -4 OR x = 1, you only gave one root.",
    "Nice job on the recursion; consider memoizing fib() -- it takes 30s for n=40.",
    "Comment from TA: \"see me in office hours re: pointer arithmetic\"",
    "Group project peer score: 4.5/5 (teammates: 'always did their part')",
    "Grade changed from C+ to B- after reviewing the lab notebook.",
    "Format: your CSV has ; as separator, the grader expects , -- I converted it this time.",
    "Well done. Tiny nit: `if (x == true)` can just be `if (x)`.",
    "Use <= instead of < in the loop bound or you skip the last element.",
    "Your answer to Q2 (\"the script tag runs before the DOM loads\") is correct.",
    "Great reflection paper. Typos: 'there/their' (p.2), 'its/it's' (p.3).",
    "Score: 17/20. Deductions: -2 no comments; -1 magic number 86400.",
    "I could not open 'final report(1).docx' -- please upload as PDF.",
    "Points for effort, but the SQL in Q5 uses SELECT * which the rubric says to avoid.",
    "Excelente trabajo, Andrés. ¡Sigue así!",
    "The regex ^\\d{3}-\\d{4}$ is fine but doesn't allow the area code.",
    "Lab 6 feedback: your `fork()` loop creates 2^n processes, not n -- careful!",
    "Overall grade for the term: 88.6% (B+). Final exam weight 35%.",
    "Be careful with `sudo rm` in the instructions you wrote for your partner.",
    "Extra credit (+2): you found a bug in the starter code's test for 'O''Brien'.",
    "You forgot to close the <table> tag, so the rest of the page renders inside it.",
    "Your proof by induction skips the base case n = 0.",
    "Attendance participation: 9/10 (one unexcused absence on 10/14).",
    "素晴らしいレポートです。図3の単位を確認してください。",
    "Comment on line 8: `while True:` with no break -> infinite loop on input 0.",
    "Grading note: answers with 'approx. 3.14' or '≈3.14' or 'π' all accepted.",
    "Please stop using `System.exit(1)` inside library code; throw an exception.",
    "Q7 was worded ambiguously, so everyone gets the point.",
]
GC_ITEMS = ["Q1", "Q2", "Q3", "part (b)", "the bonus", "the lab report", "problem 5"]
GC_NOTES = ["correct but no work shown", "sign error in the last step", "missing units", "great explanation",
            "off-by-one in the loop", "used the wrong formula", "correct answer, messy notation"]


def tpl_grading(rng):
    mx = rng.choice([5, 10, 20])
    got = rng.randint(0, mx)
    return f"{rng.choice(GC_ITEMS)}: {got}/{mx} -- {rng.choice(GC_NOTES)}"


# ---------------------------------------------------------------- syllabus / course text
SYLLABUS = [
    "CS-101; prereq: MATH 2xx or instructor consent",
    "Week 1: Intro & setup | Week 2: Variables, types | Week 3: Control flow (if/else, loops)",
    "Course description: An introduction to databases: relational model, SQL (SELECT, JOIN, UNION, GROUP BY), normalization, and transactions.",
    "Grading: Homework 30% / Midterm 25% / Final 35% / Participation 10%",
    "Office hours: Tue & Thu 2-4pm, Room B-214 (or by appointment via the LMS)",
    "Late policy: -10% per day, max 3 days; after that, 0 unless excused.",
    "Academic integrity: Copying code from classmates or websites without citation = 0 on the assignment + report to the Dean's office.",
    "MATH 221 — Linear Algebra (4 cr.). Topics: vectors, matrices, det(A), eigenvalues λ, diagonalization.",
    "CHEM 110 Lab safety: goggles required; no food/drink; report spills to the TA immediately.",
    "Required text: Cormen et al., Introduction to Algorithms, 4th ed. (MIT Press, 2022)",
    "Week 9 — Security basics: SQL injection, cross-site scripting (XSS), command injection, and how to prevent them.",
    "Unit 4: The Cold War (1947–1991) — readings pp. 312-356",
    "Lab 3 due Fri 11:59 PM. Submit hw3.zip via Gradescope; include README.md.",
    "Prereqs: CS 2110 & (MATH 1920 | MATH 2220); co-req: CS 2800",
    "ENGL 205: Shakespeare's Comedies & Romances — 'As You Like It', 'The Tempest', 'Twelfth Night'",
    "Section 002 meets MWF 10:10–11:00 in Hall C; section 003 meets TR 1:25–2:40 online.",
    "Course tools: Python 3.11, VS Code, Git; optional: Docker for the shell labs.",
    "Learning outcomes: (1) write correct recursive functions; (2) analyse runtime with big-O; (3) use git & the command line.",
    "Exam schedule: Midterm 10/17 (in class) | Final 12/12 8:00-11:00am",
    "Accommodations: students with SAS letters should email me in week 1.",
    "PHYS 1A — Mechanics. Calculus-based; you should be comfortable with d/dx and ∫.",
    "BIO 140: Genetics. Topics incl. Mendelian inheritance, Punnett squares (Aa × Aa → 1:2:1).",
    "Unix Shell Lab: pipes (|), redirection (>, >>, <), background jobs (&), and scripts ($1, $@, $?).",
    "Note: the 'drop' deadline is Oct 25; after that you get a W on the transcript.",
    "Textbook chapters: Ch. 1–3 (weeks 1–2), Ch. 5 (week 3), skip Ch. 4",
    "Kursbeschreibung: Einführung in die Programmierung mit Java – Klassen, Objekte, Vererbung.",
    "Descriptif du cours : Analyse 1 – suites, limites, continuité, dérivation.",
    "课程简介：本课程介绍数据结构与算法，包括链表、栈、队列、树和图。",
    "Descripción: Historia de América Latina, siglos XIX–XX. Requisito: HIST 101.",
    "Attendance: > 3 unexcused absences = one letter grade lower.",
    "Projects are done in pairs; both partners must commit to the repo (git log is checked).",
    "CS 3410 Systems Programming — C, pointers, malloc/free, fork/exec, signals, and sockets.",
    "The final project may use any language except those that 'compile' to Excel macros :)",
    "Grading scale: A ≥ 93, A- ≥ 90, B+ ≥ 87, B ≥ 83, B- ≥ 80, C+ ≥ 77 ...",
    "Week 12: Web apps — HTML forms, <script>, cookies, sessions, and the same-origin policy.",
    "Reading for Monday: Orwell, 'Politics and the English Language' (1946).",
    "IT-240 Networking: TCP/IP, DNS, HTTP/1.1 vs HTTP/2, subnetting (e.g. 192.168.0.0/24).",
    "Statistics 2: ANOVA, χ² tests, regression (y = β₀ + β₁x + ε)",
    "Starter code: clone https://git.school.example/cs101/starter and read ../starter/README.md first.",
    "Holiday: no class Nov 27–29 (Thanksgiving).",
    "Course code format: DEPT-NNN[L], e.g. CHEM-110L for the lab section.",
    "AP Calculus BC — Unit 10: Infinite sequences & series (Σ, ratio test, Taylor polynomials).",
    "Required software: R ≥ 4.3 and RStudio; packages: tidyverse, ggplot2",
    "Policy on AI tools: you may use them for brainstorming but must cite them; pasting generated code without attribution = integrity violation.",
    "SE 350 — Week 6: Testing & CI; Week 7: Code review; Week 8: Spring break",
    "This is a writing-intensive (WI) course; 20+ pages of revised prose required.",
    "Музыкальная литература, 5 класс: Бах, Моцарт, Чайковский.",
    "DB lab rules: never run DELETE or DROP on the shared server -- use your own schema (student_<netid>).",
    "Course website: https://lms.school.example/courses/4821 (announcements, grades, forums)",
    "Room change: Lecture moves from Eng. 1-102 to Eng. 2-310 starting Week 5.",
    "MUS 120: Intro to Jazz — from Ragtime to Bebop & beyond.",
    "Midterm covers Lectures 1–11 inclusive; one double-sided 8.5×11\" cheat sheet allowed.",
]
SY_DEPTS = ["CS", "MATH", "PHYS", "CHEM", "BIO", "HIST", "ENGL", "ECON", "STAT", "ART"]
SY_TOPICS = ["Intro", "Review", "Midterm prep", "Project kickoff", "Guest lecture", "Lab", "Quiz", "Reading week"]


def tpl_syllabus(rng):
    d = rng.choice(SY_DEPTS)
    return f"{d}-{rng.randint(100, 499)} Week {rng.randint(1, 15)}: {rng.choice(SY_TOPICS)}; prereq: {rng.choice(SY_DEPTS)} {rng.randint(1, 3)}xx"


# ---------------------------------------------------------------- forum posts / questions
FORUM_POST = [
    "Why does my query `SELECT * FROM students WHERE name = 'O'Brien'` break? I think it's the apostrophe.",
    "Is it OK to use `os.system('clear')` in the menu program or will the autograder choke on it?",
    "Can someone explain why 1/3 + 1/3 + 1/3 prints 1.0 but 0.1*3 doesn't equal 0.3?",
    "I keep getting 'Permission denied' when I run ./a.out on the lab machines. chmod +x didn't help??",
    "Does anyone know if the <script> tag goes in the <head> or at the end of <body> for the web lab?",
    "For HW5 Q2, do we assume the input ends with a newline? My output is off by one line.",
    "Anyone want to form a study group for the midterm? Library 3rd floor, Wed 7pm :)",
    "The starter code path '../starter/data/input.txt' doesn't exist on my machine — where is it?",
    "What's the difference between == and === in JS? Our lecture notes only mention ==.",
    "Hi prof, in the syllabus it says 'CS-101; prereq: MATH 2xx' -- does AP Calc count?",
    "Hilfe! Mein Java-Programm wirft eine NullPointerException in Zeile 27, aber die Variable ist doch gesetzt?",
    "¿Alguien entiende el ejercicio 3? No sé si hay que usar UNION o JOIN.",
    "Quelqu'un peut m'expliquer pourquoi `ls | wc -l` donne 12 alors que j'ai 11 fichiers ?",
    "作业3的第二题，递归的终止条件应该写 n <= 1 还是 n == 0？",
    "第5回の課題で「rm -rf」を使ってもいいですか？ディレクトリを片付けたいだけです。",
    "Вопрос по лабе: почему `sleep 10 &` сразу возвращает управление?",
    "Pergunta: no exercício de SQL, o DROP TABLE apaga os dados também?",
    "Soru: 'SELECT COUNT(*)' ile 'SELECT COUNT(id)' arasındaki fark nedir?",
    "Question about the XSS lecture: if we escape < and > is that enough, or do we need to handle quotes too?",
    "My friend said to just wrap everything in try/except: pass — is that bad style?",
    "Is the deadline 11:59 PM Eastern or Pacific?? The LMS shows 8:59 PM for me.",
    "Can I submit hw3_final(2).py instead of hw3.py, or does the grader need the exact filename?",
    "How do I get rid of the ^M characters at the end of lines? I wrote the file on Windows.",
    "When I type `cd ~` it goes to /home/u1234567 but the instructions say /home/student?",
    "TIL that `git reset --hard` really does delete your uncommitted work. RIP my lab 4 :(",
    "Is the bonus question asking for O(n log n) or just 'faster than O(n^2)'?",
    "Posting my approach (not code!): sort first, then two pointers from both ends.",
    "In the lecture slides, slide 23 says `a <= b` but the example uses `a < b`. Which is right?",
    "Does anyone else get 'ModuleNotFoundError: No module named matplotlib' on the lab computers?",
    "Thank you Ms. Nguyen for the extra review session!! It really helped with derivatives.",
    "Can we use Python's `eval` for the calculator assignment or do we have to write a parser?",
    "Reminder: the TA said we can use Stack Overflow but must cite the link in a comment.",
    "Is $x$ in the problem a real number or an integer? It changes the answer for (b).",
    "When I run `python3 hw1.py < input.txt > output.txt` the output file is empty. What am I doing wrong?",
    "lol the autograder says my code is 'too slow' but it's literally a sleep sort joke, I'll fix it",
    "Is there a penalty for re-submitting? I want to fix a typo in a comment.",
    "Quick q: in C, is `char *s = \"hi\";` writable? My program crashes when I do s[0] = 'H'.",
    "The problem set says 'show that f(x) = |x| is not differentiable at 0' — do we need the ε-δ definition?",
    "How do I insert a name like D'Souza into the table without the quote breaking the INSERT?",
    "Does the `&` at the end of the command in slide 14 mean run in background?",
    "Hey, who has the notes from Tuesday? I was sick. Topic was 'union-find' I think.",
    "What's the proper way to cite a lecture video in APA 7?",
    "For the essay, is 1,500 words a hard limit or a guideline?",
    "Help: my C program prints garbage after the string. I think I forgot the '\\0'?",
    "Quick sanity check: cos(π) = -1, right? The key says 1 for #7.",
    "Where do we upload the lab report — the 'Assignments' tab or 'Files > Week 6'?",
    "Q about the SQL lab: can we use SELECT ... INTO OUTFILE or is that disabled?",
    "When can we expect midterm grades? It's been 2 weeks…",
    "Is it normal that `ping 8.8.8.8` doesn't work in the lab VM? The networking exercise needs it.",
    "Can anyone recommend a good YouTube channel for organic chemistry? 🙏",
    "I'm confused by the notation {x | x > 0} — is the | \"such that\"?",
    "Why does `echo \"$HOME\"` print my home dir but `echo '$HOME'` prints $HOME literally?",
]
FP_OPENERS = ["Hi all,", "Quick question:", "Hello!", "Hey everyone —", "Sorry if this was asked already,"]
FP_ASKS = ["is the lab due on {d}?", "does problem {n} need a proof?", "can we work in pairs on hw{n}?",
           "is the {d} quiz open-book?", "are the slides for week {n} posted?"]
FP_DAYS = ["Monday", "Tuesday", "Friday", "Sunday", "the 14th"]


def tpl_forum(rng):
    ask = rng.choice(FP_ASKS).format(d=rng.choice(FP_DAYS), n=rng.randint(1, 12))
    return f"{rng.choice(FP_OPENERS)} {ask} Thanks!"


# ---------------------------------------------------------------- parent portal messages
PARENT_MESSAGE = [
    "Hi Mr. Okafor, Jamie was sick on Tuesday & Wednesday (fever). Could you send the math homework? Thanks, Lisa",
    "Dear Ms. O'Connell, I saw a 'C-' on the science quiz; is there any extra credit available?",
    "Please excuse Aiden from PE this week -- doctor's note attached (sprained ankle).",
    "My daughter says the homework link goes to https://lms.school.example/hw/3 but she gets \"access denied\".",
    "Pick-up change: Grandma (Maria Gonçalves) will pick up Sofia on Fri 3:15pm.",
    "Could we schedule a parent-teacher conference? Mon/Wed after 4pm works for us.",
    "Allergy update: Noah is allergic to peanuts & tree nuts; EpiPen in his backpack.",
    "Re: field trip permission — signed & returned; $15 fee paid online (confirmation #A-20931).",
    "Thank you for the wonderful comments on Emma's report card!! She was thrilled :)",
    "Bonjour Madame, mon fils a oublié son cahier de maths à l'école. Est-ce qu'il peut le récupérer demain ?",
    "Sehr geehrte Frau Schmidt, Lena kann am Donnerstag wegen eines Arzttermins erst um 10 Uhr kommen.",
    "Estimada maestra: Mateo no pudo hacer la tarea porque no teníamos internet. ¿Puede entregarla el lunes?",
    "老师您好，孩子这周感冒了，周三的数学作业可以晚一天交吗？谢谢！",
    "Здравствуйте! Можно ли узнать оценки Ани за четверть? В портале пусто.",
    "Our address changed: 1204 O'Hare Ln, Apt #3B, Springfield, IL 62704",
    "Ethan has an orthodontist appt at 1:30 on 3/14; I'll sign him out at the front office.",
    "Is the 'Science Fair' project due on the 12th or the 19th? The flyer & the portal disagree.",
    "Hi, the grade portal shows 0/10 for 'Reading Log Wk 4' but I saw her turn it in. Can you check?",
    "We'd like Zoë to be tested for the gifted program — what's the process?",
    "Sorry for the late reply -- yes, Tom can stay for robotics club until 5:00 p.m.",
    "Dear Principal, I'm concerned about the bus schedule change (Route 7 now arrives at 7:05 a.m.).",
    "Can you send the supply list again? We need: 3 notebooks, #2 pencils, a calculator (TI-84?)",
    "Mrs. Patel: Arjun's login doesn't work; it says 'invalid username or password'.",
    "Marcus will be absent 11/20–11/24 (family trip). Can he get the assignments in advance?",
    "I noticed the lunch balance is -$4.50; I just added $40 via the portal.",
    "Please call me at (555) 010-2233 re: the incident on the playground today.",
    "Thanks for letting us know about the missing assignments. We'll make sure they're done by Fri.",
    "Could you clarify the grading? 'Meets expectations (3)' vs 'Exceeds (4)' — what does a 3.5 mean?",
    "Hello! I'm Chloé's mom. She's anxious about the test on fractions; any tips for practice at home?",
    "Is there a way to see the teacher comments? The portal only shows \"See attached\".",
    "Hi Coach, Ava sprained her wrist; she can attend practice but can't play until the doctor clears her.",
    "The after-school program form asks for 'Guardian 2' — can I leave it blank? Single parent here.",
    "Please update my email to k.nakamura@mail.example; the old one bounces.",
    "Re: Lucas's behavior report — we talked at home; he'll apologise to the class tomorrow.",
    "We'd like to volunteer for the book fair (Tues/Thurs mornings).",
    "Sarah's IEP meeting: could we move it to Oct 8 @ 9am? Her dad can join by phone.",
    "I'm not comfortable with the class photo being posted on the public website. Please opt us out.",
    "Liam's glasses broke, so he might have trouble reading the board until Monday.",
    "Could the teacher please explain how the 'Standards-based' marks (1–4) map to A–F?",
    "Asalaam alaikum, Yusuf will miss school on Friday for Eid. Thank you for understanding.",
    "Hi, the permission slip says 'return by 10/03' but it came home 10/04. Is it still ok?",
    "Question on the math homework: they're using 'number bonds' -- I learned it a different way. Is a <= b the same as 'a is at most b'?",
    "FYI: Ella's shoes & jacket are in the lost & found box (she forgot them Thursday).",
    "Dear teacher — Mia says someone said mean things in the group chat. Can we talk privately?",
    "Request: please seat Oliver near the front; he has trouble hearing from the back.",
    "Can I pay the $25 yearbook fee by check? Make it out to 'Lincoln Elementary PTA'?",
    "Thank you!!! ❤️ The class play was amazing.",
    "Hi, my son's name is misspelled in the portal: it's 'Seán Ó Briain', not 'Sean O Brian'.",
    "We received the letter about the lice check; all clear at home.",
    "Is tomorrow's school closed due to snow? The district site & the portal say different things.",
    "Hello, we are moving to Canada in June. What do we need to request the transcript & records?",
    "My kid's password for the reading app is on a sticky note that got lost... can you reset it?",
]
PM_KIDS = ["Ava", "Noah", "Mia", "Ethan", "Sofia", "Lucas", "Amara", "Kenji", "Priya", "Mateo"]
PM_REASONS = ["a dentist appointment", "a family emergency", "a fever", "a religious holiday", "a school sports event"]


def tpl_parent(rng):
    return "Hi, {k} will be {w} on {d} due to {r}. Please let me know what {p} missed. Thanks!".format(
        k=rng.choice(PM_KIDS), w=rng.choice(["absent", "late", "leaving early"]),
        d=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        r=rng.choice(PM_REASONS), p=rng.choice(["she", "he", "they"]))


# ---------------------------------------------------------------- admissions / registrar form answers
ADMISSIONS_FORM = [
    "Siobhán O'Sullivan-Ní Bhriain",
    "D'Andre L. Washington Jr.",
    "1204 O'Hare Ln, Apt #3B\nSpringfield, IL 62704\nUSA",
    "Intended major: Computer Science; minor: Music (jazz piano)",
    "GPA: 3.87/4.00 (weighted 4.31); class rank 12/410",
    "Transcript: Algebra II A-, Chemistry B+, AP US History A, Spanish III B+/A- (semester 1/2)",
    "Why our school? I first wrote a 'Hello, World!' program at 11 -- and broke my dad's laptop with an infinite while loop.",
    "Essay excerpt: When my grandmother said \"you can't eat a diploma,\" I didn't argue; I started a tutoring business instead.",
    "Activities: Robotics Club (captain, 2 yrs) | Varsity Track | Volunteer, Food Bank (120 hrs)",
    "Test scores: SAT 1480 (EBRW 720, Math 760); AP Calc BC 5, AP CS A 5, AP Chem 4",
    "Name as on passport: MÜLLER, Jörg-Peter",
    "Previous institutions: Lycée Français de New York (2019–2021); Stuyvesant HS (2021–2023)",
    "Legal name: Nguyễn Thị Minh Anh; preferred name: Annie",
    "Parent/guardian occupation: teacher & part-time bookkeeper",
    "Describe a challenge: I failed my first programming exam (54%). I rewrote every lab from scratch, and by the final I had 94%.",
    "Honors: National Merit Commended; 1st place, Regional Science Fair (\"Measuring pH with red cabbage\")",
    "Please explain any gaps in education: 2020–2021 gap year (family illness; I worked at a pharmacy).",
    "Emergency contact: Ayesha Khan (mother), +44 20 7946 0018",
    "Mailing address: Calle de Alcalá 42, 3º izq., 28014 Madrid, España",
    "Address line 2: c/o Dr. R. Van der Berg, P.O. Box 1189",
    "Course requested for transfer credit: MATH 2xx (Calculus III) from Valley CC -- grade A-",
    "Special circumstances: I'm the first in my family to apply to college; my parents speak Tagalog & Ilocano at home.",
    "Additional info: My school doesn't rank; our grading scale is 1–7 (IB).",
    "IB Diploma predicted 41/45 (HL: Math AA 7, Physics 6, English A 7; SL: ...)",
    "I'd like to be considered for the 'Dean's Scholarship' & need-based aid.",
    "Essay: The first time I ran `rm -rf` on my own homework folder, I learned two things: back up everything, and read before you press Enter.",
    "Activity description (150 chars): Built a Discord bot that quizzes classmates on chem formulas; 300+ users.",
    "High school: St. Mary's Academy, Dún Laoghaire, Co. Dublin",
    "Citizenship: Dual — Canada / Republic of Korea",
    "Which term are you applying for? Fall 2025 (first-year, early action)",
    "Transcript request: please send official copies to Registrar, Attn: Admissions, 100 College Ave.",
    "Name change request: from 'Emily Grace Smith' to 'Emily Grace Smith-O'Reilly' (marriage certificate attached).",
    "Residency question: lived in-state since 08/2019; lease attached.",
    "Course withdrawal reason: medical (documentation submitted to Dean of Students).",
    "Grade appeal for BIO 140: the final was graded as 68 but the rubric totals 78 -- please re-check Q4 & Q7.",
    "Essay excerpt (Spanish): «Mi abuela me enseñó a leer con recetas de cocina; por eso escribo con sal y pimienta.»",
    "Short answer: What would you bring to our community? -- Curiosity, a bad pun for every occasion, and a lot of homemade bread.",
    "Languages: English (native), 日本語 (JLPT N2), Français (B1)",
    "I am requesting a deferral to Spring 2026 due to military service (orders attached).",
    "Honors/awards: Eagle Scout; AMC 12 — 118.5 (AIME qualifier)",
    "Prior degree: B.Sc. Physics, Universidade de São Paulo (2022), CRA 8.7/10",
    "Statement of purpose excerpt: My research interest lies at the union of formal methods & education — proving that student code meets its spec.",
    "Address: Flat 5/2, 18 Rue de l'Église, 75015 Paris",
    "Recommender: Prof. Amara N'Diaye, Dept. of Mathematics, amara.ndiaye@univ.example",
    "Financial aid: household income < $40,000; 4 people in household; 2 in college.",
    "Were you ever subject to disciplinary action? Yes — in 10th grade I was suspended 1 day for a prank (we filled the principal's office with balloons). I apologised & did 20 hrs of service.",
    "Program choice #1: Electrical & Computer Engineering; #2: Applied Math; #3: Undeclared (Engineering)",
    "Essay: I used to think \"select all that apply\" meant I had to pick everything. Turns out life is more like a WHERE clause.",
    "Student ID: 2024-00871; NetID: jlo23",
    "Degree audit note: HIST 101 satisfies 'Global Perspectives'; ENGL 205 counts as WI.",
    "Previous name(s) on records: Zhang Wei (张伟)",
    "The applicant's preferred pronouns: they/them",
]
AF_FIRST = ["María José", "Liam", "Aoife", "Oluwaseun", "Chen", "Fatima", "Jean-Luc", "Søren", "Priyanka", "Kwame"]
AF_LAST = ["O'Brien", "García-López", "D'Souza", "Ní Dhuibhir", "van der Meer", "Al-Hassan", "Ødegård", "McAllister", "Ng", "Dubois"]
AF_GRADES = ["A", "A-", "B+", "B", "B+/A-", "A/A", "P (pass)", "IP"]
AF_COURSES = ["Calculus I", "Biology", "World History", "English 11", "Physics", "Chemistry Honors", "Spanish II"]


def tpl_admissions(rng):
    return "{f} {l} — {c}: {g}; {c2}: {g2}".format(
        f=rng.choice(AF_FIRST), l=rng.choice(AF_LAST), c=rng.choice(AF_COURSES), g=rng.choice(AF_GRADES),
        c2=rng.choice(AF_COURSES), g2=rng.choice(AF_GRADES))


# ---------------------------------------------------------------- citations, reading lists, file names, searches
REFERENCE_FILE = [
    "hw3_final(2).py",
    "../starter/README.md",
    "Lab 4 - Jane O'Neil - FINAL FINAL.docx",
    "C:\\Users\\student\\Documents\\CS101\\hw2\\main.java",
    "/home/student/cs2040/lab3/solution.c",
    "project_v2 (copy).zip",
    "Knuth, D. E. (1997). The Art of Computer Programming, Vol. 1 (3rd ed.). Addison-Wesley.",
    "Hochschild, A. (1998). King Leopold's Ghost. Houghton Mifflin.",
    "Orwell, G. (1949). Nineteen Eighty-Four. London: Secker & Warburg.",
    "Kernighan, B. W., & Ritchie, D. M. (1988). The C Programming Language (2nd ed.). Prentice Hall.",
    "Reading list wk 3: Plato, *Republic* Bk VII; Descartes, *Meditations* I–II",
    "https://lms.school.example/courses/4821/files/folder/Week%203?preview=55231",
    "search: \"union find\" path compression",
    "search: select vs where sql difference",
    "search: how to drop a class after deadline",
    "search: exec() vs eval() python",
    "search: García Márquez Cien años de soledad ensayo",
    "search: /etc/passwd format lecture",
    "search: alert box javascript homework",
    "search: sleep deprivation and memory (psych 101)",
    "essay_draft_v3 [comments from Dr. Lee].pdf",
    "data/grades_2024-fall.csv",
    "Notes - Week 5 - Pointers & Arrays.md",
    "math221_hw7 (answers) – Ünal.pdf",
    "García Márquez, G. (1967). Cien años de soledad. Buenos Aires: Sudamericana.",
    "Sedgewick, R., & Wayne, K. (2011). Algorithms (4th ed.), pp. 216–233.",
    "Doe, J. (2020). \"Why students can't 'just' learn to code.\" Journal of CS Ed., 12(3), 45–67. doi:10.0000/jcse.2020.123",
    "Lecture 12 video (transcript): 'Today we'll look at DROP vs TRUNCATE vs DELETE'",
    "Chapter 7 — \"SELECT, FROM, WHERE\" (pp. 201–240) in Database Systems: The Complete Book",
    "Shakespeare, W. *The Tempest*, Act I, sc. ii, ll. 320–345.",
    "See also: ../week2/exercises.pdf and ../../shared/rubric.xlsx",
    "Folder: Fall 2024 / CS-101 / Section 002 / Grades & Feedback",
    "Attachment: lab_report<final>.pdf",
    "screenshot 2024-10-03 at 11.58.42 PM.png",
    "quiz_4_key(v2).txt",
    "~/Downloads/hw1 (1).ipynb",
    "Baldwin, J. (1963). The Fire Next Time. Dial Press.",
    "Achebe, C. (1958). Things Fall Apart. Heinemann.",
    "Tolstoï, L. (1869). Guerre et Paix, trad. H. Mongault, Gallimard (Folio).",
    "Murasaki Shikibu. 源氏物語 (The Tale of Genji), trans. R. Tyler (2001).",
    "MLA: Morrison, Toni. *Beloved*. Knopf, 1987.",
    "Chicago: Kuhn, Thomas S. The Structure of Scientific Revolutions. Chicago: University of Chicago Press, 1962.",
    "IEEE: [3] A. Turing, \"On computable numbers,\" Proc. London Math. Soc., vol. 2, no. 42, pp. 230–265, 1936.",
    "Reading list (optional): 'Gödel, Escher, Bach' — Hofstadter; 'The Mythical Man-Month' — Brooks",
    "Submission: group7_final_report & slides.pptx",
    "starter/tests/test_hw5.py",
    "./scripts/run_all.sh",
    "Week 10 readings: Nussbaum, 'Not for Profit' ch. 1–2; Freire, 'Pedagogy of the Oppressed' ch. 2",
    "Syllabus_CS101_Fall2024 (updated 9-3).pdf",
    "hw2.c, hw2.h, Makefile, README.txt",
    "Datei: Hausaufgabe_Mathe_Übung3.pdf",
    "archivo: tarea_química_3º.docx",
]
RF_STEMS = ["hw", "lab", "project", "quiz", "essay", "pset"]
RF_EXTS = [".py", ".java", ".c", ".pdf", ".docx", ".ipynb", ".zip", ".sql"]
RF_SUFFIX = ["", "_final", "_v2", "(1)", " (copy)", "_FINAL_really", "-draft"]


def tpl_reference(rng):
    return f"{rng.choice(RF_STEMS)}{rng.randint(1, 12)}{rng.choice(RF_SUFFIX)}{rng.choice(RF_EXTS)}"


CATEGORIES = [
    ("math_answer", MATH_ANSWER, tpl_math),
    ("code_submission", CODE_SUBMISSION, tpl_code),
    ("autograder_output", AUTOGRADER_OUTPUT, tpl_autograder),
    ("quiz_item", QUIZ_ITEM, tpl_quiz),
    ("grading_comment", GRADING_COMMENT, tpl_grading),
    ("syllabus", SYLLABUS, tpl_syllabus),
    ("forum_post", FORUM_POST, tpl_forum),
    ("parent_message", PARENT_MESSAGE, tpl_parent),
    ("admissions_form", ADMISSIONS_FORM, tpl_admissions),
    ("reference_file", REFERENCE_FILE, tpl_reference),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, tpl in CATEGORIES:
        lits = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            lits.append(v)
        lits = lits[:PER_CATEGORY]
        values = list(lits)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot fill")
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if len(lits) < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{cat}: too few literals ({len(lits)})")
        stats.append((cat, len(values), len(lits)))
        for v in values:
            rows.append({"category": cat, "label": "benign", "value": v})
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"hb29-{i:05d}", "category": r["category"], "label": "benign", "value": v})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, nl in stats:
        print(f"{cat:20s} {n:4d}  literals {nl}")
        total_lit += nl
    print(f"total {len(out)}  literals {total_lit}")


if __name__ == "__main__":
    main()
