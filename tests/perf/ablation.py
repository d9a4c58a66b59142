#!/usr/bin/env python3
"""Demo calibration and ARM ablation: trains the demo settings and its variants on the same synthetic
data with the same budget, and prints a Markdown table from each run's metrics.json.

Run on demand (minutes per variant), not in CI:
    tests/perf/ablation.py --cli build/release/app/arm-cli --work /tmp/ablation
        [--variants running,batch,none,resnet18] [--jobs 1] [--threads N] [-- extra train options]

Every variant uses the trainer's defaults (the demo settings) except what the variant changes, so the
table compares ARM (three generic-feature modes) with the plain ResNet-18 at equal data, epochs, batch
size and seed. With --jobs J > 1 the variants run J at a time with --threads 1 each (wall times are then
not comparable to a lone run; accuracies are, up to the floating-point order of reductions).
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import time

VARIANTS = {
    "running": ["--arch", "resnet18-arm", "--generic", "running"],
    "batch": ["--arch", "resnet18-arm", "--generic", "batch"],
    "none": ["--arch", "resnet18-arm", "--generic", "none"],
    "resnet18": ["--arch", "resnet18"],
}
LABELS = {
    "running": "ResNet-18 + ARM, running F_generic (demo default)",
    "batch": "ResNet-18 + ARM, batch F_generic (authors')",
    "none": "ResNet-18 + ARM, no F_generic",
    "resnet18": "plain ResNet-18 (global average pooling + fc)",
}


def train(cli, work, data, name, threads, seed, extra):
    out = os.path.join(work, "run-" + name)
    cmd = [cli, "--quiet", "--seed", str(seed)]
    if threads:
        cmd += ["--threads", str(threads)]
    cmd += ["train", "--data", data, "--out", out] + VARIANTS[name] + extra + ["--json"]
    if threads == 1:
        cmd += ["--loader-threads", "1"]
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.monotonic() - t0
    with open(os.path.join(out, "metrics.json")) as f:
        metrics = json.load(f)
    return name, wall, metrics


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--work", required=True, help="scratch directory (data and runs)")
    ap.add_argument("--data", help="existing dataset (default: arm-cli synth with its defaults into WORK/data)")
    ap.add_argument("--variants", default="running,batch,none,resnet18")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--threads", type=int, default=0, help="intra-op threads per run (default: all cores)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("extra", nargs="*", help="options passed to every `arm-cli train`")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    data = a.data
    if not data:
        data = os.path.join(a.work, "data")
        if not os.path.exists(os.path.join(data, "synth_info.json")):
            subprocess.run([a.cli, "--quiet", "synth", "--out", data], check=True, stdout=subprocess.DEVNULL)
    names = [v for v in a.variants.split(",") if v]
    for n in names:
        if n not in VARIANTS:
            sys.exit("unknown variant %s (known: %s)" % (n, ", ".join(VARIANTS)))
    threads = 1 if a.jobs > 1 else a.threads
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        futures = [pool.submit(train, a.cli, a.work, data, n, threads, a.seed, a.extra) for n in names]
        for f in concurrent.futures.as_completed(futures):
            name, wall, metrics = f.result()
            results[name] = (wall, metrics)
            print("done: %s in %.0f s" % (name, wall), file=sys.stderr)
    print("| model | best test acc | mean-class acc (best epoch) | last-epoch test acc | epochs | wall |")
    print("|---|---|---|---|---|---|")
    for n in names:
        wall, m = results[n]
        epochs = m["epochs"]
        best = max(epochs, key=lambda e: e["test_accuracy"])
        print("| %s | %.1f %% | %.1f %% | %.1f %% | %d | %d:%02d |" % (
            LABELS[n], 100 * best["test_accuracy"], 100 * best["test_mean_class_accuracy"],
            100 * epochs[-1]["test_accuracy"], len(epochs), wall // 60, wall % 60))


if __name__ == "__main__":
    main()
