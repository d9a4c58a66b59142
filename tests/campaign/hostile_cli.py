"""Hostile command lines: out-of-range, non-finite, absurd and self-overwriting arguments."""
import os
import shutil

from runner import Case

NUMBERS = ["nan", "inf", "-inf", "-1", "0", "1e308", "1" + "0" * 300, "0x10", "", " 3"]


def cli_cases(root, good_ckpt, raf, image, project, project_data):
    cases = []
    base = os.path.join(root, "cli")
    os.makedirs(base)
    n = [0]

    def add(name, argv, timeout=None, outputs=(), prepare=None, add_only=()):
        n[0] += 1
        out = os.path.join(root, "out", "cli_%03d" % n[0])
        argv = [a.replace("{OUT}", out) for a in argv]
        cases.append(Case("cli-args", name, argv, allowed=[out] + list(outputs), timeout=timeout, prepare=prepare,
                          add_only=add_only))

    predict = ["predict", "--weights", good_ckpt, image]
    for v in NUMBERS:
        add("--threads %r" % v, ["--threads", v] + predict)
        add("predict --batch-size %r" % v, predict + ["--batch-size", v])
        add("train --lr %r" % v, ["train", "--data", raf, "--out", "{OUT}", "--epochs", "1", "--input-size", "48",
                                  "--lr", v], timeout=90)
    for args in (["--threads", "4096"], ["--threads", "256"], ["--device", "cuda:99"], ["--device", "bogus"],
                 ["--device", "cuda:-1"], ["--seed", "-1"], ["--seed", "18446744073709551616"], ["--seed", "nan"]):
        add(" ".join(args), args + predict)
    train = ["train", "--data", raf, "--out", "{OUT}", "--epochs", "1", "--input-size", "48"]
    for opt, vals in [("--weight-decay", ["nan", "-1", "11"]), ("--gamma", ["0", "nan", "2"]),
                      ("--epochs", ["-1"]), ("--batch-size", ["0", "1048577"]), ("--input-size", ["32", "5000"]),
                      ("--loader-threads", ["0", "4096"]), ("--sampler", ["bogus"]), ("--arch", ["resnet1000"])]:
        for v in vals:
            add("train %s %s" % (opt, v), train + [opt, v], timeout=90)
    add("train --resume without last.ckpt", train + ["--resume"], timeout=90)
    add("train --backbone-weights is a .ckpt", train + ["--backbone-weights", good_ckpt], timeout=90)
    add("train --out is an existing file", ["train", "--data", raf, "--out", good_ckpt, "--epochs", "1"], timeout=90)
    # export must never overwrite its input, however the output is spelled.
    for name, spell in [("same path", lambda p: p), ("./ spelling", lambda p: os.path.join(os.path.dirname(p), ".",
                                                                                            os.path.basename(p))),
                        ("symlink to input", None)]:
        d = os.path.join(base, "export_" + name.replace(" ", "_").replace("/", ""))
        os.makedirs(d)
        w = os.path.join(d, "w.ckpt")
        out = spell(w) if spell else os.path.join(d, "link.pth")
        prep = (lambda w=w, out=out, s=spell: (shutil.copy(good_ckpt, w),
                                               None if s else os.symlink(w, out)))
        add("export --out == --weights (%s)" % name, ["export", "--weights", w, "--out", out], prepare=prep)
    add("export --out is a directory", ["export", "--weights", good_ckpt, "--out", base])
    add("export --out in a missing directory", ["export", "--weights", good_ckpt, "--out", "{OUT}/a/b/c.pth"])
    insp = ["inspect", "--weights", good_ckpt, "--out", "{OUT}", image]
    for opt, v in [("--class", "99"), ("--class", "-1"), ("--class", "bogus"), ("--class", "nan"),
                   ("--labels", "1,x"), ("--labels", "99"), ("--labels", "1,2,3,4"), ("--reflect-margin", "33"),
                   ("--reflect-margin", "1024"), ("--reflect-margin", "-1")]:
        add("inspect %s %s" % (opt, v), insp + [opt, v])
    add("inspect --out is the image", ["inspect", "--weights", good_ckpt, "--out", image, image])
    synth = ["synth", "--out", "{OUT}", "--count", "10", "--size", "32"]
    for opt, v in [("--count", "0"), ("--count", "-1"), ("--size", "15"), ("--size", "100000"), ("--noise", "nan"),
                   ("--noise", "1.5"), ("--difficulty", "nan"), ("--test-fraction", "1"), ("--test-fraction", "nan")]:
        add("synth %s %s" % (opt, v), synth + [opt, v])
    nonempty = os.path.join(base, "nonempty")
    os.makedirs(nonempty)
    with open(os.path.join(nonempty, "keep.txt"), "w") as f:
        f.write("not a synth output\n")
    add("synth --out a non-empty folder", ["synth", "--out", nonempty, "--count", "10", "--size", "32"])
    add("synth --out a file", ["synth", "--out", good_ckpt, "--count", "10", "--size", "32"])
    for opt, v in [("--folds", "1"), ("--folds", "21"), ("--delta", "nan"), ("--limit", "-1"), ("--epochs", "0")]:
        add("audit %s %s" % (opt, v), ["audit", "--data", raf, "--weights", good_ckpt, opt, v, "--json"], timeout=60)
    for opt, v in [("--split", "bogus"), ("--batch-size", "0"), ("--format", "bogus")]:
        add("eval %s %s" % (opt, v), ["eval", "--weights", good_ckpt, "--data", raf, opt, v])
    for opt, v in [("--input-size", "31"), ("--batch-size", "0"), ("--affinity-batch", "5000"), ("--iters", "0")]:
        add("bench %s %s" % (opt, v), ["bench", "--input-size", "32", "--iters", "1", "--warmup", "0", "--no-train",
                                        "--no-inspect", opt, v])
    # project relabel / create / export arguments, on a private copy of the RAF-DB project.
    pd = os.path.join(base, "project")
    os.makedirs(pd)
    p = os.path.join(pd, "p.armproj")
    copy = lambda: shutil.copy(project, p) if not os.path.exists(p) else None  # noqa: E731
    for v in ["0", "8", "-1", "nan", "Happy", "", "1e9", " 3", "3.0", "\xe9"]:
        add("project relabel --label %r" % v, ["project", "relabel", p, "--sample", "train_00002.jpg", "--label", v],
            outputs=[pd], prepare=copy)
    for s in ["missing.jpg", "", "../train_00002.jpg", os.fsdecode(b"caf\xe9.jpg")]:
        add("project relabel --sample %r" % s, ["project", "relabel", p, "--sample", s, "--label", "3"], outputs=[pd],
            prepare=copy)
    csvs = {"bad_rows": "sample,label\ntrain_00002.jpg,3\nmissing.jpg,2\ntrain_00003.jpg,x\n",
            "bom_utf16": "sample,label\ntrain_00002.jpg,3\n".encode("utf-16"),
            "huge_line": "train_00002.jpg," + "3" * (4 << 20) + "\n",
            "many_rows": "".join("missing_%d.jpg,1\n" % i for i in range(100000))}
    for name, text in sorted(csvs.items()):
        c = os.path.join(base, "relabel_%s.csv" % name)
        with open(c, "wb" if isinstance(text, bytes) else "w") as f:
            f.write(text)
        add("project relabel --from-csv %s" % name, ["project", "relabel", p, "--from-csv", c], outputs=[pd],
            prepare=copy)
    fifo = os.path.join(base, "relabel_fifo.csv")
    os.mkfifo(fifo)
    for name, c in [("fifo", fifo), ("devzero", "/dev/zero"), ("missing", os.path.join(base, "nope.csv"))]:
        add("project relabel --from-csv %s" % name, ["project", "relabel", p, "--from-csv", c], outputs=[pd],
            prepare=copy)
    add("project relabel --source bogus", ["project", "relabel", p, "--sample", "train_00002.jpg", "--label", "3",
                                           "--source", "bogus"], outputs=[pd], prepare=copy)
    add("project relabel --note 120 kB", ["project", "relabel", p, "--sample", "train_00002.jpg", "--label", "3",
                                          "--note", "n" * 120000], outputs=[pd], prepare=copy)
    add("project create --out an existing project", ["project", "create", "--data", raf, "--out", p])
    add("project create --out the label file", ["project", "create", "--data", raf, "--out",
                                                os.path.join(raf, "EmoLabel", "list_patition_label.txt")])
    add("project create --out a directory", ["project", "create", "--data", raf, "--out", base])
    # Writing next to the originals is the user's choice; changing one of them is not.
    add("project export --out the dataset", ["project", "export", p, "--out", project_data], outputs=[pd],
        prepare=copy, add_only=[project_data])
    add("project export --out the dataset's EmoLabel", ["project", "export", p, "--out",
                                                        os.path.join(project_data, "EmoLabel")],
        outputs=[pd], prepare=copy, add_only=[project_data])
    add("project export --out the project file", ["project", "export", p, "--out", p], outputs=[pd], prepare=copy)
    add("project export --out an existing file", ["project", "export", p, "--out", good_ckpt], outputs=[pd],
        prepare=copy)
    return cases
