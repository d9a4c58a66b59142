"""Hostile project files: projects made by arm-cli itself (RAF-DB, folder and FER2013 datasets, with edits),
then tampered with SQL (as tests/unit/app/tst_exportsafety.cpp does), damaged as files, or left behind
by a dataset that changed on disk. Exports are checked line by line against the edits the campaign
made: an edit missing from an output that `project export` reported as written is a dropped edit."""
import os
import shutil
import sqlite3
import subprocess

from runner import Case

FOLDERS = ["surprise", "fear", "disgust", "happy", "sad", "angry", "neutral"]  # canonical order
FER_CODE = [5, 2, 1, 3, 4, 0, 6]  # canonical index -> FER2013 emotion


def _cli(cli, env, *args):
    r = subprocess.run([cli] + list(args), env=env, capture_output=True, timeout=120)
    if r.returncode != 0:
        raise RuntimeError("setup failed: arm-cli %s\n%s" % (" ".join(args), r.stderr.decode(errors="replace")))


def setup(cli, env, root, raf_base, good_jpg):
    """Three datasets with a project each and a few edits; returns {kind: (dataset, project, edits)} with
    edits = {sample name: new canonical label}."""
    base = os.path.join(root, "projects", "base")
    os.makedirs(base)
    raf = os.path.join(base, "raf")
    shutil.copytree(raf_base, raf, symlinks=True)
    folder = os.path.join(base, "folder")
    for c, name in enumerate(FOLDERS):
        for i in range(2):
            os.makedirs(os.path.join(folder, name), exist_ok=True)
            shutil.copy(good_jpg, os.path.join(folder, name, "%s_%d.jpg" % (name, i)))
    fer = os.path.join(base, "fer", "fer2013.csv")
    os.makedirs(os.path.dirname(fer))
    with open(fer, "w") as f:
        f.write("emotion,pixels,Usage\n")
        for i in range(6):
            f.write("%d,%s,%s\n" % (i, " ".join(str((i * 40 + k) % 256) for k in range(2304)),
                                    "Training" if i < 4 else "PrivateTest"))
    edits = {
        "rafdb": {"train_00001.jpg": 6, "train_00003.jpg": 0, "test_0002.jpg": 2},
        "folder": {"happy/happy_0.jpg": 4, "fear/fear_1.jpg": 6},
        "fer2013": {"fer2013_2": 6, "fer2013_5": 0},
    }
    out = {}
    for kind, data in (("rafdb", raf), ("folder", folder), ("fer2013", fer)):
        project = os.path.join(base, kind + ".armproj")
        _cli(cli, env, "project", "create", "--data", data, "--out", project)
        for sample, label in edits[kind].items():
            _cli(cli, env, "project", "relabel", project, "--sample", sample, "--label", str(label + 1))
        out[kind] = (data, project, edits[kind])
    return out


def tamper(path, statements):
    db = sqlite3.connect(path)
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("PRAGMA foreign_keys = OFF")
    for sql in statements:
        db.execute(sql)
    db.commit()
    db.close()


# ---------------------------------------------------------------- what an export must contain


def expected_check(kind, data, edits):
    """A Case.check: every sample of the original dataset has, in OUT, its original label or its edit."""
    def check(case, result):
        out = case.argv[case.argv.index("--out") + 1]
        try:
            if kind == "rafdb":
                return _check_raf(os.path.join(data, "EmoLabel", "list_patition_label.txt"),
                                  os.path.join(out, "list_patition_label.txt"), edits)
            if kind == "fer2013":
                return _check_fer(data, os.path.join(out, os.path.basename(data)), edits)
            return _check_folder(data, out, edits)
        except OSError as e:
            return "export reported success but its output is unreadable: %s" % e
    return check


def _check_raf(original, exported, edits):
    want = {}
    for line in open(original, encoding="utf-8-sig").read().split("\n"):
        if line.strip():
            name, label = line.split()
            want[name] = str(edits[name] + 1) if name in edits else label
    got = dict(line.split()[:2] for line in open(exported, encoding="utf-8-sig").read().split("\n") if line.strip())
    wrong = ["%s: %s instead of %s" % (n, got.get(n), w) for n, w in want.items() if got.get(n) != w]
    return "; ".join(wrong[:5])


def _check_fer(original, exported, edits):
    """Rows are identified by their pixels (unique in the campaign's CSV), so an edit written onto
    another image's row counts as dropped too."""
    got = {}
    for line in open(exported).read().split("\n")[1:]:
        if line:
            got[line.split(",")[1]] = line.split(",")[0]
    wrong = []
    for i, line in enumerate(open(original).read().split("\n")[1:], start=2):
        if not line:
            continue
        name = "%s_%d" % (os.path.splitext(os.path.basename(original))[0], i)
        want = str(FER_CODE[edits[name]]) if name in edits else line.split(",")[0]
        if got.get(line.split(",")[1]) != want:
            wrong.append("%s: %s instead of %s" % (name, got.get(line.split(",")[1]), want))
    return "; ".join(wrong[:5])


def _check_folder(original, out, edits):
    wrong = []
    for c, folder in enumerate(FOLDERS):
        for f in sorted(os.listdir(os.path.join(original, folder))) if os.path.isdir(os.path.join(original, folder)) else []:
            name = folder + "/" + f
            want = FOLDERS[edits[name]] if name in edits else folder
            path = os.path.join(out, want, f)
            if not os.path.isfile(path):  # follows the link: a dangling link is a dropped sample
                wrong.append("%s not in %s/ (or a dangling link)" % (name, want))
    return "; ".join(wrong[:5])


# ---------------------------------------------------------------- cases

SQL = {
    "climb_rel_path": ["UPDATE samples SET rel_path = '../../../canary/victim/happy/face.jpg' WHERE id = 1"],
    "climb_deep": ["UPDATE samples SET rel_path = 'a/../../../../../canary/victim/happy/face.jpg' WHERE id = 1"],
    "absolute_rel_path": ["UPDATE samples SET rel_path = '%(canary)s/victim/happy/face.jpg' WHERE id = 1"],
    "name_climbs": ["UPDATE samples SET name = '../../../canary/victim/evil.jpg' WHERE id = 1"],
    "edit_label_-4": ["UPDATE edits SET new_label = -4"],
    "edit_label_98": ["UPDATE edits SET new_label = 98"],
    "snapshot_label_98": ["UPDATE samples SET label = 98 WHERE id = 1"],
    "old_label_98": ["UPDATE edits SET old_label = 98"],
    "edit_unknown_sample": ["UPDATE edits SET sample_id = 99999"],
    "edit_source_bogus": ["UPDATE edits SET source = 'evil'"],
    "edit_time_garbage": ["UPDATE edits SET time = 'yesterday', undone_time = 'x'"],
    "class_names_empty": ["UPDATE meta SET value = '[]' WHERE key = 'class_names'"],
    "class_names_not_json": ["UPDATE meta SET value = '{oops' WHERE key = 'class_names'"],
    "class_names_3": ["UPDATE meta SET value = '[\"a\",\"b\",\"c\"]' WHERE key = 'class_names'"],
    "class_names_dotdot": ["UPDATE meta SET value = '[\"..\",\"../../canary/x\",\"/tmp\",\"a/b\",\"\",\".\",\"n\"]'"
                           " WHERE key = 'class_names'"],
    "class_names_1000": ["UPDATE meta SET value = '[%s]' WHERE key = 'class_names'" % ",".join('"c%d"' % i for i in range(1000))],
    "dataset_path_root": ["UPDATE meta SET value = '/' WHERE key = 'dataset_path'"],
    "dataset_path_missing": ["UPDATE meta SET value = '/nonexistent/dataset' WHERE key = 'dataset_path'"],
    "dataset_path_canary": ["UPDATE meta SET value = '%(canary)s' WHERE key = 'dataset_path'"],
    "dataset_path_devzero": ["UPDATE meta SET value = '/dev/zero' WHERE key = 'dataset_path'"],
    "dataset_format_bogus": ["UPDATE meta SET value = 'bogus' WHERE key = 'dataset_format'"],
    "dataset_format_swapped": ["UPDATE meta SET value = CASE value WHEN 'folder' THEN 'rafdb' ELSE 'folder' END"
                               " WHERE key = 'dataset_format'"],
    "label_file_climbs": ["UPDATE meta SET value = '../../../canary/victim/list.txt' WHERE key = 'label_file'"],
    "label_file_devzero": ["UPDATE meta SET value = '/dev/zero' WHERE key = 'label_file'"],
    "meta_missing": ["DELETE FROM meta"],
    "samples_missing": ["DELETE FROM samples"],
    "edits_table_dropped": ["DROP TABLE edits"],
    "source_line_shifted": ["UPDATE samples SET source_line = source_line + 1"],
    "source_line_huge": ["UPDATE samples SET source_line = 2147483647, byte_offset = 9223372036854775807"],
    "source_line_negative": ["UPDATE samples SET source_line = -5, byte_offset = -5"],
    "split_bogus": ["UPDATE samples SET split = 'bogus'"],
    "user_version_99": ["PRAGMA user_version = 99"],
    "user_version_0": ["PRAGMA user_version = 0"],
    "application_id_0": ["PRAGMA application_id = 0"],
}


def project_cases(root, made, canary):
    cases = []
    pdir = os.path.join(root, "projects")

    def add(kind, name, make_project, check=None, relabel=True):
        d = os.path.join(pdir, "%s_%s" % (kind, name))
        p = os.path.join(d, "p.armproj")
        out = os.path.join(root, "out", "project_%s_%s" % (kind, name))
        data, _, edits = made[kind]

        def ensure():
            # With --only the history case (which makes the project) may be filtered out: the export and
            # relabel cases make it themselves when it is not there yet (a FIFO or link counts as there).
            if not os.path.lexists(p):
                make_project(d, p)
        cases.append(Case("project", "%s/%s history" % (kind, name), ["project", "history", p, "--json"],
                          allowed=[d], prepare=lambda: make_project(d, p)))
        cases.append(Case("project", "%s/%s export" % (kind, name), ["project", "export", p, "--out", out],
                          allowed=[d, out], check=check, prepare=ensure))
        if relabel:
            sample = sorted(edits)[0]
            cases.append(Case("project", "%s/%s relabel" % (kind, name),
                              ["project", "relabel", p, "--sample", sample, "--label", "2"], allowed=[d],
                              prepare=ensure))

    for kind, (data, project, edits) in sorted(made.items()):
        def copy(d, p, project=project, sql=()):
            os.makedirs(d, exist_ok=True)
            shutil.copy(project, p)
            if sql:
                tamper(p, sql)
        add(kind, "control", copy, check=expected_check(kind, data, edits))
        for name, statements in sorted(SQL.items()):
            # A project whose format, classes or dataset were swapped may legitimately export differently.
            # So may one whose sample paths were redirected (absolute stored paths are legitimate).
            keeps_meaning = not name.startswith(("dataset_format", "class_names", "dataset_path", "climb",
                                                 "absolute_rel_path", "name_climbs"))
            add(kind, name, lambda d, p, s=statements, c=copy: c(d, p, sql=[x % {"canary": canary} for x in s]),
                check=expected_check(kind, data, edits) if keeps_meaning else None)
        blob = open(project, "rb").read()
        for name, damaged in [("truncated_half", blob[:len(blob) // 2]), ("truncated_100", blob[:100]),
                              ("empty", b""), ("flip_header", blob[:20] + b"\xff" + blob[21:]),
                              ("flip_page_2", blob[:4200] + bytes(64) + blob[4264:]),
                              ("zeroed_tail", blob[:-4096] + bytes(4096))]:
            def write(d, p, b=damaged):
                os.makedirs(d, exist_ok=True)
                open(p, "wb").write(b)
            add(kind, name, write, check=expected_check(kind, data, edits), relabel=False)
        for name, special in [("fifo", "fifo"), ("devzero", "/dev/zero"), ("directory", "dir")]:
            def make(d, p, s=special):
                os.makedirs(d, exist_ok=True)
                os.mkfifo(p) if s == "fifo" else os.makedirs(p) if s == "dir" else os.symlink(s, p)
            add(kind, name, make, relabel=False)
        # The dataset changed on disk after the edits: the export must still contain every edit, or fail.
        for name, change in dataset_changes(kind):
            def changed(d, p, ch=change, data=data, project=project):
                os.makedirs(d, exist_ok=True)
                copy_data = os.path.join(d, "data")
                if os.path.isdir(data):
                    shutil.copytree(data, copy_data, symlinks=True)
                else:
                    os.makedirs(copy_data)
                    shutil.copy(data, os.path.join(copy_data, os.path.basename(data)))
                shutil.copy(project, p)
                root_value = copy_data if os.path.isdir(data) else os.path.join(copy_data, os.path.basename(data))
                tamper(p, ["UPDATE meta SET value = '%s' WHERE key = 'dataset_path'" % root_value])
                ch(copy_data)
            # Checked against the dataset as it was when the edits were made: what the project promises.
            add(kind, "dataset_" + name, changed, check=expected_check(kind, data, edits), relabel=False)
    return cases


def dataset_changes(kind):
    def edit_text(rel, fn):
        def change(d):
            path = os.path.join(d, rel)
            text = open(path, encoding="utf-8").read()
            os.remove(path)  # the copy may share an inode with the base dataset
            open(path, "w", encoding="utf-8").write(fn(text))
        return change

    def lines(fn):
        return lambda t: "\n".join(fn([x for x in t.split("\n") if x])) + "\n"

    if kind == "rafdb":
        rel = "EmoLabel/list_patition_label.txt"
        return [("list_cut_to_2_lines", edit_text(rel, lines(lambda ls: ls[:2]))),
                ("list_reversed", edit_text(rel, lines(lambda ls: ls[::-1]))),
                ("list_renamed_line", edit_text(rel, lambda t: t.replace("train_00001.jpg", "train_99999.jpg"))),
                ("list_deleted", lambda d: os.remove(os.path.join(d, rel))),
                ("list_fifo", lambda d: (os.remove(os.path.join(d, rel)), os.mkfifo(os.path.join(d, rel))))]
    if kind == "fer2013":
        rel = "fer2013.csv"
        return [("csv_cut_to_2_rows", edit_text(rel, lines(lambda ls: ls[:3]))),
                ("csv_rows_swapped", edit_text(rel, lines(lambda ls: ls[:1] + ls[1:][::-1]))),
                ("csv_fifo", lambda d: (os.remove(os.path.join(d, rel)), os.mkfifo(os.path.join(d, rel))))]
    return [("edited_image_deleted", lambda d: os.remove(os.path.join(d, "happy", "happy_0.jpg"))),
            ("edited_image_fifo", lambda d: (os.remove(os.path.join(d, "happy", "happy_0.jpg")),
                                             os.mkfifo(os.path.join(d, "happy", "happy_0.jpg")))),
            ("class_folder_gone", lambda d: shutil.rmtree(os.path.join(d, "fear")))]
