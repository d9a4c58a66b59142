#!/usr/bin/env python3
"""The heap policy's effect (engine/core/HeapPolicy.h), measured with one binary: `arm-cli bench --json`
as shipped (freed memory kept for reuse) against the same command with a neutral glibc malloc tunable set,
which makes the policy stand back and leaves glibc's defaults in force. Interleaved rounds (A B A B ...),
every run a fresh process; prints per-configuration medians and the per-round ratio's median and min-max,
with the CPU named.

    tests/perf/heap_rounds.py build/release/app/arm-cli --rounds 5 -- --arch resnet18 --input-size 64 \
        --batch-size 16 --no-forward --no-inspect --precision bf16
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpuinfo import describe  # noqa: E402
import heapenv  # noqa: E402

METRICS = ("forward_images_per_second", "train_images_per_second")


def bench(cli, args, heap):
    r = subprocess.run([cli, "--quiet", "bench", "--json"] + args, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, env=heapenv.environment(heap))
    if r.returncode != 0:
        sys.exit("bench failed (%d): %s" % (r.returncode, r.stderr[-2000:]))
    return json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cli")
    ap.add_argument("--rounds", type=int, default=5)
    argv = sys.argv[1:]
    bench_args = argv[argv.index("--") + 1:] if "--" in argv else []
    a = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    a.bench_args = bench_args
    if a.rounds < 1:
        sys.exit("--rounds must be at least 1")
    runs = {"glibc defaults": [], "kept (shipped)": []}
    policies = {}
    load = os.getloadavg()[0]
    for _ in range(a.rounds):
        for name, env in (("glibc defaults", heapenv.DEFAULTS), ("kept (shipped)", None)):
            d = bench(a.cli, a.bench_args, env)
            policies[name] = d.get("heap_policy", "?")
            runs[name].append(d)
    print("CPU: %s; %d interleaved rounds; bench %s; load average at start %.2f"
          % (describe(), a.rounds, " ".join(a.bench_args), load))
    for name in runs:
        print("  %s: %s" % (name, policies[name]))
    print()
    print("| metric | glibc defaults (median) | kept (median) | kept / defaults per round: median | min-max |")
    print("|---|---|---|---|---|")
    for m in METRICS:
        base = [r.get(m) for r in runs["glibc defaults"]]
        kept = [r.get(m) for r in runs["kept (shipped)"]]
        if any(v is None for v in base + kept):
            continue
        ratios = [k / b for k, b in zip(kept, base)]
        print("| %s | %.1f | %.1f | %.2fx | %.2f-%.2fx |" % (m, statistics.median(base), statistics.median(kept),
                                                             statistics.median(ratios), min(ratios), max(ratios)))
    rss = [(r["peak_rss_kb"], k["peak_rss_kb"]) for r, k in zip(runs["glibc defaults"], runs["kept (shipped)"])]
    print("| peak RSS MiB | %.0f | %.0f | %.2fx | |" % (statistics.median(b for b, _ in rss) / 1024,
                                                      statistics.median(k for _, k in rss) / 1024,
                                                      statistics.median(k / b for b, k in rss)))
    print("\nload average at the end %.2f" % os.getloadavg()[0])


if __name__ == "__main__":
    main()
