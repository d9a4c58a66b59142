#!/usr/bin/python3
"""How far bf16 inference is from fp32 on real test images (issue 16).

Runs `arm-cli predict --json` twice on the test images of a RAF-DB-layout dataset (Image/aligned/test_*),
once with --precision fp32 and once with --precision bf16, with the same weights, batch size and order,
and prints top-1 agreement, max and mean |delta p| over all classes and images, and the images whose top-1
changed. Not part of CTest (needs a trained model); run on demand:

    /usr/bin/python3 tests/perf/bf16_agreement.py --cli build/release/app/arm-cli \
        --weights DEMO/best.ckpt --data DATASET [--batch-size 64] [--json]
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def predict(cli, weights, images, precision, batch):
    cmd = [cli, "--quiet", "predict", "--weights", weights, "--precision", precision, "--batch-size", str(batch),
           "--json"] + images
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    doc = json.loads(out)
    return {p["path"]: p for p in doc["predictions"]}, doc["model"].get("precision")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default="build/release/app/arm-cli")
    ap.add_argument("--weights", required=True)
    ap.add_argument("--data", required=True, help="RAF-DB layout root (Image/aligned/test_*)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    images = sorted(glob.glob(os.path.join(a.data, "Image", "aligned", "test_*")))
    if not images:
        sys.exit(f"{a.data}: no Image/aligned/test_* images")
    ref, p32 = predict(a.cli, a.weights, images, "fp32", a.batch_size)
    got, p16 = predict(a.cli, a.weights, images, "bf16", a.batch_size)
    if p32 != "fp32" or p16 != "bf16":
        sys.exit(f"the runs reported precision {p32} and {p16}")
    agree, max_dp, sum_dp, n_dp, changed = 0, 0.0, 0.0, 0, []
    for path, r in ref.items():
        g = got[path]
        agree += r["label"] == g["label"]
        if r["label"] != g["label"]:
            changed.append(os.path.basename(path))
        for x, y in zip(r["probabilities"], g["probabilities"]):
            d = abs(x - y)
            max_dp = max(max_dp, d)
            sum_dp += d
            n_dp += 1
    result = {"images": len(ref), "top1_agreement": agree / len(ref), "max_abs_dp": max_dp,
              "mean_abs_dp": sum_dp / n_dp, "top1_changed": changed}
    if a.json:
        print(json.dumps(result))
    else:
        print(f"{len(ref)} test images: top-1 agreement {100 * agree / len(ref):.2f} %, "
              f"max |dp| {max_dp:.4f}, mean |dp| {sum_dp / n_dp:.5f}; changed: {', '.join(changed) or 'none'}")


if __name__ == "__main__":
    main()
