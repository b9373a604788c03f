"""The load test chart: goodput and p99 per persona over time, one column
per scenario, from Locust's --csv-full-history stats history.

The locustfile logs each persona twice more besides its request entries:
type "persona" (every request; its p99 column is Locust's current p99, a
sliding window of about 10 s) and type "served" (2xx answers only; the
per-second difference of its cumulative count is the goodput).

    python loadtests/load_chart.py [results dir]   (redraw from the CSVs)
"""
import csv
import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

STYLE = {  # persona -> (label, color, line width)
    "legit": ("legitimate clients", "#1f5fbf", 2.8),
    "flooder": ("flooder", "#f28e2b", 1.3),
    "costly": ("costly abuser", "#d62728", 1.3),
    "attacker": ("attacker", "#8c564b", 1.3),
    "hog": ("connection hog", "#9467bd", 1.3),
}
TITLES = {
    "clean": "clean: legitimate clients alone",
    "abuse": "abuse, through the edge",
    "abuse-direct": "abuse-direct: same abuse, no edge",
}


def history(scenario_dir):
    """{(type, persona): [(t, row), ...]} from the stats history CSVs of a
    scenario (the legitimate clients' Locust and the abusers' one)."""
    out = {}
    for path in sorted(Path(scenario_dir).glob("*_stats_history.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["Type"] not in ("persona", "served"):
                    continue
                out.setdefault((row["Type"], row["Name"]), []).append(
                    (int(row["Timestamp"]), row))
    return out


def rate_series(points, smooth=3):
    """Per-second rate from a cumulative count, averaged over `smooth` s."""
    ts, rates = [], []
    for (t0, r0), (t1, r1) in zip(points, points[1:]):
        if t1 <= t0:
            continue
        n = int(r1["Total Request Count"]) - int(r0["Total Request Count"])
        ts.append(t1)
        rates.append(n / (t1 - t0))
    out = []
    for i in range(len(rates)):
        window = rates[max(0, i - smooth + 1):i + 1]
        out.append(sum(window) / len(window))
    return ts, out


def p99_series(points, window=10, min_requests=10, fresh=2):
    """Locust's current p99 (a ~10 s window), where that window holds at
    least `min_requests` answers and some arrived in the last `fresh`
    seconds: a p99 of three requests, or of none (Locust then reports
    whatever its cache gives), says nothing. Gaps: nothing was answered."""
    counts = {t: int(row["Total Request Count"]) for t, row in points}

    def count_at(t):
        return max((c for u, c in counts.items() if u <= t), default=0)

    ts, values = [], []
    for t, row in points:
        try:
            v = float(row["99%"])
        except ValueError:
            continue
        if (v > 0 and counts[t] - count_at(t - window) >= min_requests
                and counts[t] > count_at(t - fresh)):
            ts.append(t)
            values.append(v)
        elif ts and ts[-1] is not None:
            ts.append(None)  # a gap in the line
            values.append(None)
    return ts, values


def _ms(v, _pos):
    return f"{v / 1000:.3g} s" if v >= 1000 else f"{v:.3g} ms"


def chart(results, scenarios, runs, out_png, asked_rate=None):
    results = Path(results)
    scenarios = [s for s in scenarios
                 if any((results / s).glob("*_stats_history.csv"))]
    peak = 1.0
    fig, axes = plt.subplots(2, len(scenarios), sharey="row", sharex=True,
                             figsize=(5.2 * len(scenarios), 7.5),
                             squeeze=False)
    for col, name in enumerate(scenarios):
        data = history(results / name)
        starts = [pts[0][0] for pts in data.values() if pts]
        t0 = min(starts) if starts else 0
        top, bottom = axes[0][col], axes[1][col]
        for persona, (label, color, width) in STYLE.items():
            served = data.get(("served", persona))
            sent = data.get(("persona", persona))
            if sent is None:
                continue
            z = 3 if persona == "legit" else 2
            if served:
                ts, rates = rate_series(served)
                peak = max([peak, *rates])
                top.plot([t - t0 for t in ts], rates, color=color, lw=width,
                         label=label, zorder=z)
            else:  # never served once: a dotted line at zero says so
                ts, _ = rate_series(sent)
                top.plot([t - t0 for t in ts], [0] * len(ts), color=color,
                         lw=width, ls=":", label=label, zorder=z)
            ts, p99 = p99_series(sent)
            bottom.plot([None if t is None else t - t0 for t in ts],
                        [float("nan") if v is None else v for v in p99],
                        color=color, lw=width, label=label, zorder=z)
        if asked_rate:
            peak = max(peak, asked_rate)
            top.axhline(asked_rate, color=STYLE["legit"][1], ls="--", lw=1,
                        alpha=0.7, label="legit asked for")
        legit = runs.get(name, {}).get("personas", {}).get("legit")
        subtitle = ""
        if legit:
            subtitle = (f"\nlegit served {legit['served_rps']:.0f}/s "
                        f"({legit['got_ratio']:.0%} of asked), "
                        f"p99 {_ms(legit['p99_ms'], None)}")
        top.set_title(TITLES.get(name, name) + subtitle, fontsize=10.5)
        # symlog: a persona served nothing in a second sits on the 0 line.
        top.set_yscale("symlog", linthresh=1)
        bottom.set_yscale("log")
        top.grid(True, which="both", alpha=0.25)
        bottom.grid(True, which="both", alpha=0.25)
        bottom.set_xlabel("seconds into the run")
    axes[0][0].set_ylim(0, peak * 3)
    axes[0][0].set_ylabel("goodput: 2xx answers per second")
    axes[1][0].set_ylabel("p99 of all answers (10 s window)")

    axes[1][0].yaxis.set_major_formatter(FuncFormatter(_ms))
    axes[0][0].yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    handles, labels = {}, []
    for ax in axes[0]:
        for h, lab in zip(*ax.get_legend_handles_labels()):
            if lab not in handles:
                handles[lab] = h
                labels.append(lab)
    fig.legend([handles[lab] for lab in labels], labels, loc="lower center",
               bbox_to_anchor=(0.5, 0.02), ncol=min(len(labels), 6),
               frameon=False)
    fig.text(0.5, 0.005, "goodput: 2xx answers/s, 3 s average (dotted at 0: "
             "none served); p99: Locust's 10 s window, gaps where nothing "
             "was answered; log scales", ha="center", va="bottom",
             fontsize=8.5, color="0.35")
    fig.suptitle("Compute core under abuse: what each persona got, with and "
                 "without the edge", fontsize=13)
    fig.tight_layout(rect=(0, 0.07, 1, 0.97))
    fig.savefig(out_png, dpi=110)
    plt.close(fig)
    return out_png


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parent / "results"
    summary = json.loads((folder / "summary.json").read_text("utf-8"))
    runs = summary["runs"]
    print(chart(folder, list(runs), runs, folder / "load.png",
                summary["meta"].get("asked_rate")))
