#!/usr/bin/python3
"""Side-by-side speed of the C++ engine and the Python eager reference (issue 9).

Runs, for every input size and batch size, the Python reference model (tests/reference/arm_reference.py,
Debian's python3-torch = the same LibTorch 1.13 the engine links) and `arm-cli bench --json` back to back
with the same thread count, each in its own process (so each peak RSS is that process's own), and prints a
markdown table of images/s and the C++/Python ratios. Not part of CTest: run on demand, on an idle machine:

    /usr/bin/python3 tests/perf/compare.py --cli build/release/app/arm-cli [--threads 2] [--rounds 5] [--write docs/PERFORMANCE.md]

Both sides: random weights, random inputs, warm-up iterations excluded, the same iteration counts.
Forward = eval + inference mode (C++: the fused FastFerNet, and the plain FerNet for reference);
train = one Adam step (lr 1e-3) on cross-entropy of a random batch, model in train mode.
"""
import argparse
import datetime
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from cpuinfo import describe  # noqa: E402


def python_worker(args):
    """One configuration of the Python reference; prints one JSON document."""
    import torch
    sys.path.insert(0, os.path.join(REPO, "tests", "reference"))
    from arm_reference import ARMReference

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    B, S = args.batch_size, args.input_size
    x = torch.randn(B, 3, S, S)
    out = {"threads": torch.get_num_threads(), "torch_version": torch.__version__,
           "batch_size": B, "input_size": S, "iters": args.iters, "warmup": args.warmup}

    def timed(fn):
        for _ in range(args.warmup):
            fn()
        total, best = 0.0, float("inf")
        for _ in range(args.iters):
            t = time.perf_counter()
            fn()
            dt = time.perf_counter() - t
            total += dt
            best = min(best, dt)
        return total, best

    if not args.no_forward:
        model = ARMReference(input_size=S).eval()

        def fwd():
            with torch.inference_mode():
                model(x)
        total, best = timed(fwd)
        out["forward_images_per_second"] = B * args.iters / total
        out["forward_best_batch_ms"] = best * 1e3
        del model
    if not args.no_train:
        model = ARMReference(input_size=S).train()
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        labels = torch.randint(0, 7, (B,))

        def step():
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(x), labels)
            loss.backward()
            opt.step()
        total, best = timed(step)
        out["train_images_per_second"] = B * args.iters / total
        out["train_best_batch_ms"] = best * 1e3
    out["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(out))


def run_json(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit(f"compare.py: {' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    return json.loads(p.stdout)


def load():
    return os.getloadavg()[0]


def iters_for(batch, input_size, scale):
    # Roughly equal wall time per configuration: a few big batches, more small ones.
    base = {1: 20, 8: 8}.get(batch, 3 if batch <= 32 else 2)
    if input_size <= 112:
        base *= 2
    return max(1, int(round(base * scale)))


def col(results, key):
    return [r.get(key, 0.0) for r in results]


def med(values):
    return statistics.median(values) if values else 0.0


def ratio_rounds(num, den):
    """Per-round ratios num[i]/den[i] (one round on these VMs can be off by 2x): "median (min-max)"."""
    r = [a / b for a, b in zip(num, den) if a and b]
    if not r:
        return "n/a"
    return f"{statistics.median(r):.2f}x ({min(r):.2f}-{max(r):.2f})" if len(r) > 1 else f"{r[0]:.2f}x"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(REPO, "build", "release", "app", "arm-cli"))
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--sizes", default="112,224")
    ap.add_argument("--batches", default="1,32,64")
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=5,
                    help="interleaved rounds per configuration (Python, C++, Python, C++, ...); ratios are per round")
    ap.add_argument("--iter-scale", type=float, default=1.0, help="multiply the default iteration counts")
    ap.add_argument("--train-layout", default="contiguous", choices=["contiguous", "channels-last"])
    ap.add_argument("--layout", default="auto", help="C++ inference layout (arm-cli bench --layout)")
    ap.add_argument("--precision", default="fp32", choices=["fp32", "bf16", "auto"],
                    help="C++ arithmetic (arm-cli bench --precision; its own default is auto); the Python side is fp32")
    ap.add_argument("--inspect", action="store_true", help="also measure the C++ one-image inspection at 224")
    ap.add_argument("--microbench", default="", help="arm-microbench path: also run these micro-benchmarks")
    ap.add_argument("--microbench-filter", default="BM_Index",
                    help="--benchmark_filter for --microbench (default: the dataset-index benchmarks)")
    ap.add_argument("--write", default="", help="write the report (markdown) to this file")
    # worker mode (internal)
    ap.add_argument("--python-worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--input-size", type=int, default=224, help=argparse.SUPPRESS)
    ap.add_argument("--batch-size", type=int, default=32, help=argparse.SUPPRESS)
    ap.add_argument("--iters", type=int, default=3, help=argparse.SUPPRESS)
    ap.add_argument("--no-forward", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--no-train", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.python_worker:
        return python_worker(args)

    if not os.path.exists(args.cli):
        sys.exit(f"compare.py: {args.cli} not found (build arm-cli first)")
    started = datetime.datetime.now(datetime.timezone.utc)
    load_start = os.getloadavg()
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        for batch in [int(b) for b in args.batches.split(",")]:
            it = iters_for(batch, size, args.iter_scale)
            common = ["--input-size", str(size), "--batch-size", str(batch), "--iters", str(it),
                      "--warmup", str(args.warmup)]
            l0 = load()
            pys, cpps = [], []
            for _ in range(max(1, args.rounds)):
                pys.append(run_json([sys.executable, os.path.abspath(__file__), "--python-worker", "--threads",
                                     str(args.threads)] + common))
                cpps.append(run_json([args.cli, "--threads", str(args.threads), "--quiet", "bench", "--no-inspect",
                                      "--json", "--layout", args.layout, "--train-layout", args.train_layout,
                                      "--precision", args.precision] + common))
            row = dict(size=size, batch=batch, iters=it, load=max(l0, load()), pys=pys, cpps=cpps,
                       py=pys[0], cpp=cpps[0])
            rows.append(row)
            print(f"{size}px b{batch}: py fwd {med(col(pys, 'forward_images_per_second')):.1f} cpp fwd "
                  f"{med(col(cpps, 'forward_images_per_second')):.1f}; py train "
                  f"{med(col(pys, 'train_images_per_second')):.2f} cpp train "
                  f"{med(col(cpps, 'train_images_per_second')):.2f}; {len(pys)} rounds; load {row['load']:.2f}",
                  file=sys.stderr, flush=True)
    inspect = None
    if args.inspect:
        inspect = run_json([args.cli, "--threads", str(args.threads), "--quiet", "bench", "--no-forward",
                            "--no-train", "--json", "--input-size", "224", "--batch-size", "1", "--iters", "10",
                            "--warmup", "2"])
    micro = None
    if args.microbench:
        micro = run_json([args.microbench, f"--benchmark_filter={args.microbench_filter}", "--benchmark_format=json"])

    lines = []
    lines.append(f"Measured {started:%Y-%m-%d %H:%M} UTC on {platform.node() or 'this machine'}: "
                 f"CPU {describe()}; {os.cpu_count()} cores; {args.threads} threads on both sides; "
                 f"LibTorch {rows[0]['cpp'].get('torch_version', '?')} (C++) / torch "
                 f"{rows[0]['py'].get('torch_version', '?')} (Python, Debian python3-torch); "
                 f"load average (1 min) at start {load_start[0]:.2f}, highest during a row shown per row. "
                 f"C++ inference layout `{rows[0]['cpp'].get('layout')}`, C++ train layout `{args.train_layout}`, "
                 f"C++ precision `{args.precision}`; "
                 f"warm-up {args.warmup} iteration(s) excluded; {args.rounds} interleaved round(s) per row "
                 f"(Python, C++, Python, C++, ...): images/s are medians, ratios the median (min-max) of the "
                 f"per-round ratios.")
    lines.append("")
    lines.append("| input | batch | iters | Python fwd img/s | C++ fwd img/s (fused) | ratio | C++ plain fwd img/s | "
                 "ratio | Python train img/s | C++ train img/s | ratio | peak RSS Python / C++ (MiB) | load |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        pys, cpps = r["pys"], r["cpps"]
        pf, cf, cp = (col(pys, "forward_images_per_second"), col(cpps, "forward_images_per_second"),
                      col(cpps, "forward_plain_images_per_second"))
        pt, ct = col(pys, "train_images_per_second"), col(cpps, "train_images_per_second")
        lines.append(
            f"| {r['size']} | {r['batch']} | {r['iters']} | {med(pf):.2f} | {med(cf):.2f} | **{ratio_rounds(cf, pf)}** | "
            f"{med(cp):.2f} | {ratio_rounds(cp, pf)} | {med(pt):.2f} | {med(ct):.2f} | **{ratio_rounds(ct, pt)}** | "
            f"{max(col(pys, 'peak_rss_kb')) / 1024:.0f} / {max(col(cpps, 'peak_rss_kb')) / 1024:.0f} | {r['load']:.2f} |")
    if inspect:
        lines.append("")
        lines.append(f"One image's analyses (C++, 224, {args.threads} threads): "
                     f"{inspect['inspect_ms_per_image']:.1f} ms per image ({inspect['inspect_method']}).")
    if micro:
        lines.append("")
        lines.append(f"arm-microbench (filter `{args.microbench_filter}`, {args.threads} threads where the benchmark "
                     f"sets them; fixtures generated by the benchmark; load {micro.get('context', {}).get('load_avg', ['?'])[0]}):")
        lines.append("")
        for b in micro.get("benchmarks", []):
            label = f" ({b['label']})" if b.get("label") else ""
            lines.append(f"- `{b['name']}`{label}: {b['real_time']:.3g} {b['time_unit']} per iteration")
    lines.append("")
    lines.append(f"Load average at the end: {os.getloadavg()[0]:.2f}.")
    report = "\n".join(lines)
    print(report)
    if args.write:
        # Replace only the generated block when the file has one, so the hand-written analysis stays.
        begin, end = "<!-- compare.py:begin -->", "<!-- compare.py:end -->"
        block = f"{begin}\n{report}\n{end}"
        text = open(args.write).read() if os.path.exists(args.write) else ""
        if begin in text and end in text:
            text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
        else:
            text = (text + "\n" if text else "") + block + "\n"
        with open(args.write, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
