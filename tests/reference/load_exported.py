#!/usr/bin/python3
"""Load a C++-exported .pth into the Python reference with strict=True and compare logits.

Usage: /usr/bin/python3 load_exported.py FILE.pth FIXTUREDIR [--tol 1e-4]
Exit 0: torch.load read FILE as an OrderedDict, load_state_dict(strict=True) accepted it, and the
logits on FIXTUREDIR/input.pth match expected.json (batch of 8 and 8 batches of 1) within tol.
Exit 1 on any mismatch; 77 (skip) when torch is missing.
"""
import argparse
import collections
import json
import os
import sys

try:
    import torch
except ImportError as e:
    print(f"SKIP: /usr/bin/python3 lacks torch: {e}", file=sys.stderr)
    sys.exit(77)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arm_reference import ARMReference  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pth")
    ap.add_argument("fixtures")
    ap.add_argument("--tol", type=float, default=1e-4)
    a = ap.parse_args()
    with open(os.path.join(a.fixtures, "expected.json")) as f:
        expected = json.load(f)
    sd = torch.load(a.pth, map_location="cpu")
    if not isinstance(sd, collections.OrderedDict):
        print(f"FAIL: {a.pth} holds a {type(sd).__name__}, not an OrderedDict", file=sys.stderr)
        return 1
    if hasattr(torch.serialization, "_weights_only_unpickler"):
        torch.load(a.pth, map_location="cpu", weights_only=True)  # also readable by the safe loader
    model = ARMReference(input_size=expected["input_size"])
    model.load_state_dict(sd, strict=True)  # raises on missing/unexpected/mis-shaped keys
    model.eval()
    x = torch.load(os.path.join(a.fixtures, expected["input_file"]))[expected["input_key"]]
    with torch.no_grad():
        batch = model(x)
        single = torch.cat([model(x[i:i + 1]) for i in range(x.size(0))])
    worst = 0.0
    for name, got in (("logits_batch8", batch), ("logits_single", single)):
        diff = (got - torch.tensor(expected[name])).abs().max().item()
        print(f"{name}: max |diff| = {diff:.3g}")
        worst = max(worst, diff)
    if worst > a.tol:
        print(f"FAIL: logits differ by {worst:.3g} > {a.tol}", file=sys.stderr)
        return 1
    print(f"OK: {a.pth} loads strictly and reproduces the reference logits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
