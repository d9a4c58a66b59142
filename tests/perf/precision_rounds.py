#!/usr/bin/python3
"""bf16 and fp32 forward speed, C++ against Python, in interleaved rounds (issue 16).

One round runs, each in a fresh process and in this order: Python eager fp32, Python channels-last fp32,
Python bf16 autocast channels-last (the best a Python user can do on the same LibTorch), `arm-cli bench`
fp32 and `arm-cli bench --precision bf16`, then Python's two best again with glibc's malloc set as `arm-cli`
sets it for itself (engine/core/HeapPolicy.h: freed memory kept for reuse), so that the allocator is not
what separates C++ from Python. Rounds repeat (A B C ..., A B C ..., ...) so that a slow
moment of the VM hits every configuration alike; the report gives, per configuration, the median
images/s and, for every ratio, the median and min-max over the rounds' own ratios. The CPU model and its
bf16-relevant flags head the report. Not part of CTest; run on an idle machine:

    /usr/bin/python3 tests/perf/precision_rounds.py --cli build/release/app/arm-cli [--rounds 5] \
        [--input-size 224] [--batch-size 32] [--threads 2]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpuinfo import FLAGS, cpu  # noqa: E402
import heapenv  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def worker(a):
    import torch
    sys.path.insert(0, os.path.join(REPO, "tests", "reference"))
    from arm_reference import ARMReference
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    x = torch.randn(a.batch_size, 3, a.input_size, a.input_size)
    m = ARMReference(input_size=a.input_size).eval()
    if a.mode != "eager":
        m = m.to(memory_format=torch.channels_last)
        x = x.contiguous(memory_format=torch.channels_last)

    def fwd():
        with torch.inference_mode():
            if a.mode == "autocast":
                with torch.autocast("cpu", dtype=torch.bfloat16):
                    m(x)
            else:
                m(x)
    for _ in range(a.warmup):
        fwd()
    t = time.perf_counter()
    for _ in range(a.iters):
        fwd()
    print(json.dumps({"images_per_second": a.batch_size * a.iters / (time.perf_counter() - t)}))


def run(cmd, heap=None):
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True,
                                     env=heapenv.environment(heap)).stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(REPO, "build", "release", "app", "arm-cli"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--input-size", type=int, default=224)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--iters", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--worker", default="", help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="eager", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(a)
        return
    common = ["--input-size", str(a.input_size), "--batch-size", str(a.batch_size), "--iters", str(a.iters),
              "--warmup", str(a.warmup), "--threads", str(a.threads)]
    py = [sys.executable, os.path.abspath(__file__), "--worker", "1"] + common
    cli = [a.cli, "--quiet", "--threads", str(a.threads), "bench", "--input-size", str(a.input_size),
           "--batch-size", str(a.batch_size), "--iters", str(a.iters), "--warmup", str(a.warmup),
           "--no-train", "--no-inspect", "--json", "--precision"]
    configs = {
        "python eager fp32": lambda: run(py + ["--mode", "eager"])["images_per_second"],
        "python channels-last fp32": lambda: run(py + ["--mode", "cl"])["images_per_second"],
        "python bf16 autocast channels-last": lambda: run(py + ["--mode", "autocast"])["images_per_second"],
        "arm-cli fp32": lambda: run(cli + ["fp32"])["forward_images_per_second"],
        "arm-cli bf16": lambda: run(cli + ["bf16"])["forward_images_per_second"],
        "python channels-last fp32, heap kept":
            lambda: run(py + ["--mode", "cl"], heapenv.KEPT)["images_per_second"],
        "python bf16 autocast channels-last, heap kept":
            lambda: run(py + ["--mode", "autocast"], heapenv.KEPT)["images_per_second"],
    }
    model, flags = cpu()
    print(f"CPU: {model}; flags: {' '.join(flags) or 'none of ' + ' '.join(FLAGS)}; {a.threads} threads; "
          f"ResNet-18+ARM, batch {a.batch_size}, {a.input_size} px; {a.rounds} interleaved rounds; "
          f"load average at start {os.getloadavg()[0]:.2f}")
    results = {k: [] for k in configs}
    for r in range(a.rounds):
        for name, fn in configs.items():
            results[name].append(fn())
        print(f"  round {r + 1}: " + ", ".join(f"{k} {v[-1]:.1f}" for k, v in results.items()), file=sys.stderr)
    print("\n| configuration | images/s (median) |\n|---|---|")
    for k, v in results.items():
        print(f"| {k} | {statistics.median(v):.1f} |")
    print("\n| ratio (per round, then median) | median | min-max |\n|---|---|---|")
    pairs = [("arm-cli bf16", "python eager fp32"), ("arm-cli bf16", "python bf16 autocast channels-last"),
             ("arm-cli fp32", "python eager fp32"), ("arm-cli fp32", "python channels-last fp32"),
             ("arm-cli bf16", "arm-cli fp32"), ("python bf16 autocast channels-last", "python eager fp32"),
             ("arm-cli fp32", "python channels-last fp32, heap kept"),
             ("arm-cli bf16", "python bf16 autocast channels-last, heap kept")]
    for num, den in pairs:
        q = [x / y for x, y in zip(results[num], results[den])]
        print(f"| {num} / {den} | {statistics.median(q):.2f}x | {min(q):.2f}-{max(q):.2f}x |")
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
