#!/usr/bin/env python3
"""The demo training over several data/training seeds (issue 16): per run, the synthetic demo dataset of
that seed, the demo training with the given precision and sampler, then `arm-cli eval` of best.ckpt on
the test split. Prints wall time, overall test accuracy and every class's recall, and writes a JSON
summary. Runs are sequential (each uses the machine's cores); name the CPU when you report them.

    tests/perf/demo_seeds.py build/release/app/arm-cli --seeds 0 1 2 --precision bf16 --sampler weighted \
        --epochs 7 --work /tmp/demo_seeds --json out.json
"""
import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpuinfo import describe  # noqa: E402


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (r.returncode, " ".join(cmd), r.stderr[-2000:]))
    return r.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cli")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--precision", default="fp32")
    ap.add_argument("--sampler", default="shuffle")
    ap.add_argument("--epochs", type=int, default=7)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--extra", default="", help="more train options, space-separated")
    ap.add_argument("--work", default="/tmp/demo_seeds")
    ap.add_argument("--json")
    a = ap.parse_args()
    runs = []
    print("CPU: %s; %d threads; precision %s, sampler %s, %d epochs, %d images" %
          (describe(), a.threads, a.precision, a.sampler, a.epochs, a.count))
    for seed in a.seeds:
        data = os.path.join(a.work, "data%d" % seed)
        out = os.path.join(a.work, "%s-%s-%d" % (a.precision, a.sampler, seed))
        run([a.cli, "--quiet", "--seed", str(seed), "synth", "--out", data, "--count", str(a.count), "--force"])
        start = time.monotonic()
        run([a.cli, "--quiet", "--threads", str(a.threads), "--seed", str(seed), "train", "--data", data,
             "--out", out, "--epochs", str(a.epochs), "--precision", a.precision, "--sampler", a.sampler] +
            a.extra.split())
        wall = time.monotonic() - start
        ev = json.loads(run([a.cli, "--threads", str(a.threads), "eval", "--data", data, "--weights",
                             os.path.join(out, "best.ckpt"), "--split", "test", "--json"]))
        per_class = {c["class"]: c["recall"] for c in ev["per_class"]}
        r = {"seed": seed, "wall_seconds": round(wall, 1), "accuracy": ev["accuracy"],
             "mean_class_accuracy": ev["mean_class_accuracy"], "recall": per_class}
        runs.append(r)
        print("seed %d: %.0f s, accuracy %.2f %%, mean class %.2f %%, min recall %.2f (%s)" %
              (seed, wall, 100 * ev["accuracy"], 100 * ev["mean_class_accuracy"], min(per_class.values()),
               ", ".join("%s %.2f" % kv for kv in per_class.items())), flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"cpu": describe(), "threads": a.threads, "precision": a.precision, "sampler": a.sampler,
                       "epochs": a.epochs, "runs": runs}, f, indent=1)


if __name__ == "__main__":
    main()
