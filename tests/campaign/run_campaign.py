#!/usr/bin/env python3
"""The malformed-input campaign: several hundred hostile inputs against arm-cli, each classified.

    python3 tests/campaign/run_campaign.py [ARM_CLI] [--keep DIR] [--timeout S] [--only REGEX] [--report FILE]

ARM_CLI defaults to build/release/app/arm-cli. Everything is made in a fresh temporary folder (or DIR
with --keep, left in place for inspection): a tiny synthetic dataset, a model trained and exported by
arm-cli itself, projects with edits; then checkpoints, .pth files, images, datasets, projects and
command lines are damaged (see hostile_*.py) and arm-cli runs on each with a timeout. Outcomes:

    crash          killed by a signal (SIGSEGV, SIGABRT from an uncaught exception, ...)
    hang           still running after the timeout (default 20 s; training cases 90 s)
    outside-write  a file or folder outside the case's output folder appeared, vanished or changed
                   (the whole campaign folder, including a canary tree that tampered paths aim at, is
                   compared by type, size, mtime, inode and link target before and after)
    dropped-edit   `project export` exited 0 but its output lacks an edit (or puts it on another sample)
    raw-text       stderr holds library text: json.exception, c10::, INTERNAL ASSERT, (-215, enforce fail,
                   what():
    silent-fail    non-zero exit with nothing on stderr
    unnamed-error  non-zero exit with a message that names none of the paths or options given
    bad-json       exit 0 with --json but stdout is not one JSON document
    error / ok     a refusal with a message / success

Prints a category x outcome table and every case that is not ok/error, with its command and stderr.
Exits 1 when any case crashed, hung, wrote outside its folder or dropped an edit; 2 on a setup failure.
Standard library only; Linux (FIFOs, /dev/zero). Takes about 10 minutes on 2 cores.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile_cli  # noqa: E402
import hostile_data  # noqa: E402
import hostile_models  # noqa: E402
import hostile_projects  # noqa: E402
import runner  # noqa: E402

CATEGORIES = ["checkpoint", "image", "dataset", "project", "cli-args"]


def setup(cli, env, root):
    """The honest starting points, all written by arm-cli itself."""
    base = os.path.join(root, "base")
    raf = os.path.join(base, "raf")
    train = os.path.join(base, "train")
    steps = [["synth", "--out", raf, "--count", "28", "--size", "48", "--seed", "7"],
             ["train", "--data", raf, "--out", train, "--epochs", "1", "--batch-size", "8", "--input-size", "48"],
             ["export", "--weights", os.path.join(train, "best.ckpt"), "--out", os.path.join(base, "model.pth")]]
    for argv in steps:
        r = subprocess.run([cli] + argv, env=env, capture_output=True, timeout=300)
        if r.returncode != 0:
            sys.exit("setup failed: arm-cli %s\n%s" % (" ".join(argv), r.stderr.decode(errors="replace")))
    os.remove(os.path.join(train, "last.ckpt"))  # 130 MB with the optimizer state; best.ckpt is the base
    image = os.path.join(raf, "Image", "aligned", "test_0001_aligned.jpg")
    # The canary: what tampered paths aim at. Nothing may ever change here.
    canary = os.path.join(root, "canary")
    for rel in ["victim/happy/face.jpg", "victim/list.txt", "precious.txt"]:
        hostile_data.write(os.path.join(canary, rel), "precious %s\n" % rel)
    return raf, os.path.join(train, "best.ckpt"), os.path.join(base, "model.pth"), image, canary


def collect(cli, env, root):
    raf, ckpt, pth, image, canary = setup(cli, env, root)
    made = hostile_projects.setup(cli, env, root, raf, image)
    cases = hostile_models.model_cases(root, ckpt, pth, image, raf)
    cases += hostile_data.image_cases(root, ckpt, image)
    cases += hostile_data.dataset_cases(root, raf, image, ckpt)
    cases += hostile_projects.project_cases(root, made, canary)
    cases += hostile_cli.cli_cases(root, ckpt, raf, image, made["rafdb"][1], made["rafdb"][0])
    return cases


def printable(argv):
    return " ".join(a if re.fullmatch(r"[\w./:=,+-]+", a) else repr(a) for a in argv)[:600]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cli", nargs="?", default="build/release/app/arm-cli")
    ap.add_argument("--keep", help="work in this folder (must not exist) and leave it there")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--only", help="run only cases whose 'category name' matches this regex")
    ap.add_argument("--report", help="also write every case's outcome as JSON here")
    args = ap.parse_args()
    sys.stdout.reconfigure(errors="backslashreplace")
    built = os.path.abspath(args.cli)
    if not os.access(built, os.X_OK):
        sys.exit("no arm-cli at %s (build it, or pass its path)" % built)
    root = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="arm-campaign-")
    if args.keep:
        os.makedirs(root)
    # A private copy: a rebuild during the run (ninja relinking arm-cli) must not break or change it.
    cli = os.path.join(root, "bin", "arm-cli")
    os.makedirs(os.path.dirname(cli))
    shutil.copy2(built, cli)
    home = os.path.join(root, "home")
    os.makedirs(home, exist_ok=True)
    # One intra-op thread per run: the campaign measures robustness, not speed, and shares the machine.
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home, OMP_NUM_THREADS="1",
               QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    try:
        cases = collect(cli, env, root)
        if args.only:
            cases = [c for c in cases if re.search(args.only, c.category + " " + c.name)]
        print("arm-cli: %s (copied)\ncampaign folder: %s\n%d cases" % (built, root, len(cases)), flush=True)
        table = collections.defaultdict(collections.Counter)
        report, bad = [], []
        for i, case in enumerate(cases, 1):
            case.allowed.append(home)
            r = runner.run_case(cli, case, root, env, args.timeout)
            table[case.category][r.outcome] += 1
            entry = {"category": case.category, "name": case.name, "argv": case.argv, "rc": r.rc,
                     "seconds": round(r.seconds, 2), "outcome": r.outcome, "details": r.details,
                     "stderr": r.stderr.decode("utf-8", "backslashreplace")[-3000:]}
            report.append(entry)
            if r.outcome not in ("ok", "error"):
                bad.append(entry)
            if i % 25 == 0:
                print("  %d/%d done" % (i, len(cases)), flush=True)
        print_table(table)
        for e in sorted(bad, key=lambda e: runner.OUTCOMES.index(e["outcome"])):
            print("\n[%s] %s: %s" % (e["outcome"], e["category"], e["name"]))
            print("  command: arm-cli %s" % printable(e["argv"]))
            print("  exit: %s after %.1f s" % (e["rc"], e["seconds"]))
            for d in e["details"]:
                print("  " + d[:600])
            tail = e["stderr"].strip().splitlines()[-6:]
            print("  stderr: " + "\n          ".join(line[:300] for line in tail))
        if args.report:
            with open(args.report, "w") as f:
                json.dump(report, f, indent=1)
        failing = sum(table[c][o] for c in table for o in runner.FAILING)
        print("\n%s: %d failing case(s) (crash, hang, outside-write, dropped-edit)" %
              ("FAIL" if failing else "PASS", failing))
        return 1 if failing else 0
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def print_table(table):
    cols = [o for o in runner.OUTCOMES if any(table[c][o] for c in table)]
    width = max(len(c) for c in CATEGORIES + ["total"]) + 2
    print("\n" + "category".ljust(width) + "".join(o.rjust(max(len(o), 5) + 2) for o in cols) + "  total")
    for cat in CATEGORIES + ["total"]:
        counts = table[cat] if cat != "total" else sum(table.values(), collections.Counter())
        print(cat.ljust(width) + "".join(str(counts[o]).rjust(max(len(o), 5) + 2) for o in cols) +
              str(sum(counts.values())).rjust(7))


if __name__ == "__main__":
    sys.exit(main())
