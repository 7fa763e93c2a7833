#!/usr/bin/env python3
"""Side-by-side training throughput: our candle trainer against PyTorch + transformers.

Runs each case of crates/codeberta-train/benches/train_throughput.rs and of
bench/pytorch_reference.py one after the other (candle case X, then torch case
X, then the next case), for several rounds and thread counts, records the load
average before every round, and prints the medians as a Markdown table.
Standard library only; run it with any python3:

    CARGO_TARGET_DIR=/work/target-train cargo bench -p codeberta-train \\
        --bench train_throughput --no-run
    python3 bench/compare.py --candle /work/target-train/release/deps/train_throughput-HASH \\
        --torch-python /work/exp/torch/bin/python [--rounds 3] [--threads 1,2] \\
        [--cases tiny-64,tiny-256,...] [--raw results.tsv] \\
        [--candle-before OLD_BENCH_BINARY [--before-threads 1]]

Each case runs in its own process with its own step count (big cases take
fewer steps); every process also runs one untimed warm-up step first.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# key: (candle name filter, torch name filter, timed steps)
CASES = {
    "tiny-64": ("tiny full b16x64", "tiny full b16x64", 20),
    "tiny-256": ("tiny full b8x256", "tiny full b8x256", 6),
    "small-64": ("small(4x256) full b16x64", "small(4x256) full b16x64", 3),
    "cb-64": ("codeberta-small(6x768) full b16x64", "codeberta-small(6x768) full b16x64", 2),
    "cb-frozen": (
        "codeberta-small(6x768) frozen-4+cache b16x256",
        "codeberta-small(6x768) frozen-4 b16x256",
        1,
    ),
    "cb-frozen-nocache": (
        "codeberta-small(6x768) frozen-4 recompute b16x256",
        "codeberta-small(6x768) frozen-4 b16x256",
        1,
    ),
}
DEFAULT_CASES = "tiny-64,tiny-256,small-64,cb-64,cb-frozen,cb-frozen-nocache"
# Cases an older bench build (before the frozen-recompute case existed) has.
BEFORE_CASES = {"tiny-64", "tiny-256", "small-64", "cb-64", "cb-frozen"}

LINE = re.compile(r"^(?P<name>.+?)\s+(?P<rate>[0-9.]+) samples/s.*?(?:; (?P<cpu>[0-9.]+) samples/CPU-s)?\)$")


def run(cmd, env):
    started = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stdout + out.stderr)
        raise SystemExit(f"failed: {' '.join(cmd)}")
    found = [m for m in map(LINE.match, out.stdout.splitlines()) if m]
    if len(found) != 1:
        sys.stderr.write(out.stdout)
        raise SystemExit(f"expected one result from {' '.join(cmd)}, got {len(found)}")
    m = found[0]
    cpu = float(m.group("cpu")) if m.group("cpu") else None
    return float(m.group("rate")), cpu, time.time() - started


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--candle", required=True, help="the built train_throughput bench binary")
    ap.add_argument("--torch-python", required=True, help="python with torch + transformers")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--cases", default=DEFAULT_CASES)
    ap.add_argument("--steps-scale", type=float, default=1.0, help="multiply every step count")
    ap.add_argument("--only", choices=["candle", "torch"], help="run one side only")
    ap.add_argument("--candle-before", help="an older build of the bench, run as a third column")
    ap.add_argument("--before-threads", default="1", help="thread counts to run --candle-before at")
    ap.add_argument("--raw", help="append every measurement to this TSV")
    args = ap.parse_args()
    keys = [k.strip() for k in args.cases.split(",") if k.strip()]
    for k in keys:
        if k not in CASES:
            raise SystemExit(f"unknown case {k}; known: {', '.join(CASES)}")
    threads = [int(t) for t in args.threads.split(",")]
    before_threads = [int(t) for t in args.before_threads.split(",")]
    torch_runs = {}
    raw = open(args.raw, "a") if args.raw else None
    results = {}  # (threads, key, side) -> [samples/s]
    cpu_results = {}  # (threads, key, side) -> [samples/CPU-s]
    loads = {}  # threads -> [load averages]
    for t in threads:
        for r in range(args.rounds):
            la = load_average()
            loads.setdefault(t, []).append(la)
            print(f"# threads {t} round {r + 1}: load average {la}", flush=True)
            for k in keys:
                cfilter, tfilter, steps = CASES[k]
                steps = max(1, round(steps * args.steps_scale))
                env = dict(os.environ, BENCH_STEPS=str(steps), RAYON_NUM_THREADS=str(t), THREADS=str(t))
                sides = []
                if args.only != "torch":
                    sides.append(("candle", [args.candle, cfilter]))
                if args.only != "candle":
                    sides.append(("torch", [args.torch_python, os.path.join(HERE, "pytorch_reference.py"), tfilter]))
                if args.candle_before and t in before_threads and k in BEFORE_CASES:
                    sides.append(("before", [args.candle_before, cfilter]))
                for side, cmd in sides:
                    # Two of our cases share one PyTorch case: run it once a round.
                    memo = (t, r, side, cmd[-1]) if side == "torch" else None
                    if memo in torch_runs:
                        rate, cpu, secs = torch_runs[memo]
                    else:
                        rate, cpu, secs = run(cmd, env)
                        if memo:
                            torch_runs[memo] = (rate, cpu, secs)
                    results.setdefault((t, k, side), []).append(rate)
                    if cpu is not None:
                        cpu_results.setdefault((t, k, side), []).append(cpu)
                    print(f"{side:<6} t={t} {k:<18} {rate:9.2f} samples/s  {cpu or 0:9.2f} samples/CPU-s  "
                          f"({secs:.0f}s wall)", flush=True)
                    if raw:
                        raw.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')}\t{t}\t{r + 1}\t{k}\t{side}\t{rate}\t{cpu}\t{la}\n")
                        raw.flush()
    def med(table, t, k, side):
        v = table.get((t, k, side))
        return statistics.median(v) if v else None

    def fmt(v):
        if v is None:
            return "-"
        return f"{v:.2f}" if v < 10 else f"{v:.1f}"

    def ratio(a, b):
        return f"{a / b:.2f}" if a and b else "-"

    print()
    print(f"medians of {args.rounds} rounds; samples/s (wall clock) and samples/CPU-s (CPU time of all threads)")
    print()
    print("| case | threads | ours samples/s | PyTorch samples/s | ours/PyTorch | ours samples/CPU-s | PyTorch samples/CPU-s | ours/PyTorch (CPU) |")
    print("|---|---|---|---|---|---|---|---|")
    for t in threads:
        for k in keys:
            c, p = med(results, t, k, "candle"), med(results, t, k, "torch")
            cc, pc = med(cpu_results, t, k, "candle"), med(cpu_results, t, k, "torch")
            print(f"| {k} | {t} | {fmt(c)} | {fmt(p)} | {ratio(c, p)} | {fmt(cc)} | {fmt(pc)} | {ratio(cc, pc)} |")
    if args.candle_before:
        print()
        print("| case | threads | before samples/s | ours samples/s | gain |")
        print("|---|---|---|---|---|")
        for t in before_threads:
            for k in keys:
                b, c = med(results, t, k, "before"), med(results, t, k, "candle")
                if b:
                    print(f"| {k} | {t} | {fmt(b)} | {fmt(c)} | {ratio(c, b)} |")
    print()
    for t in threads:
        print(f"load averages before each round, {t} thread(s): {' | '.join(loads[t])}")


if __name__ == "__main__":
    main()
