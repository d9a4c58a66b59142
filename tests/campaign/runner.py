"""Runs one campaign case and classifies what happened (see run_campaign.py for the whole picture).

A case is an arm-cli command line plus the folders it may write to. The runner snapshots the whole
campaign root (type, size, mtime, inode and link target of every entry, not the contents) before and
after the command; any difference outside the allowed folders is a write outside the output folder.
"""
import json
import os
import re
import signal
import stat
import subprocess
import time

# Outcomes, worst first. The first four fail the campaign.
FAILING = ["crash", "hang", "outside-write", "dropped-edit"]
SOFT = ["raw-text", "silent-fail", "unnamed-error", "bad-json"]
OUTCOMES = FAILING + SOFT + ["error", "ok", "not-run"]

RAW_PATTERNS = ["json.exception", "c10::", "INTERNAL ASSERT", "(-215", "enforce fail", "what():"]


class Case:
    """One command. `argv` excludes the arm-cli path. `allowed` are folders/files it may change.
    `check(case, result)` may return a string: the edit it silently dropped (outcome dropped-edit).
    `prepare()` makes the case's input just before it runs (big mutated checkpoints are not all kept on
    disk at once); `cleanup` lists files removed after it ran."""

    def __init__(self, category, name, argv, allowed=(), timeout=None, check=None, note="", prepare=None,
                 cleanup=(), add_only=()):
        self.category = category
        self.name = name
        self.argv = [str(a) for a in argv]
        self.allowed = [os.path.abspath(str(a)) for a in allowed]
        self.timeout = timeout
        self.check = check
        self.note = note
        self.prepare = prepare
        self.cleanup = list(cleanup)
        # Folders (an output pointed at an existing folder) where new entries are fine but nothing that
        # was there before may change or vanish.
        self.add_only = [os.path.abspath(str(a)) for a in add_only]


class Result:
    def __init__(self):
        self.rc = None
        self.signal = None
        self.seconds = 0.0
        self.stdout = b""
        self.stderr = b""
        self.outcome = "ok"
        self.details = []


def snapshot(root, skip):
    """{path: (kind, size, mtime_ns, inode, link)} of everything under root, lstat only."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not _skipped(os.path.join(dirpath, d), skip)]
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            if _skipped(path, skip):
                continue
            try:
                st = os.lstat(path)
            except OSError:
                continue
            link = os.readlink(path) if os.path.islink(path) else None
            if stat.S_ISDIR(st.st_mode):  # a folder's own mtime only echoes changes to its entries
                state[path] = (st.st_mode >> 12, None, None, st.st_ino, None)
            else:
                state[path] = (st.st_mode >> 12, st.st_size, st.st_mtime_ns, st.st_ino, link)
    return state


def _skipped(path, skip):
    path = os.path.abspath(path)
    return any(path == s or path.startswith(s + os.sep) for s in skip)


def diff(before, after):
    changed = []
    for path in sorted(set(before) | set(after)):
        if before.get(path) != after.get(path):
            what = "new" if path not in before else "gone" if path not in after else "changed"
            changed.append("%s %s" % (what, path))
    return changed


def allowed_parents(case, root):
    """Creating an allowed output folder may create its missing parent folders (inside the campaign
    folder): those folders appearing is part of the allowed write."""
    parents = set()
    for a in case.allowed:
        p = os.path.dirname(a)
        while p.startswith(root + os.sep):
            parents.add(p)
            p = os.path.dirname(p)
    return parents


def run_case(cli, case, root, env, default_timeout):
    result = Result()
    if case.prepare:
        case.prepare()
    skip = case.allowed
    before = snapshot(root, skip)
    timeout = case.timeout or default_timeout
    start = time.monotonic()
    try:
        proc = subprocess.Popen([cli] + case.argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, env=env, cwd=root, start_new_session=True)
    except OSError as e:  # e.g. an argument over the kernel's 128 KiB limit: the case itself is wrong
        result.outcome, result.details = "not-run", ["cannot start: %s" % e]
        return result
    try:
        result.stdout, result.stderr = proc.communicate(timeout=timeout)
        result.rc = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        result.stdout, result.stderr = proc.communicate()
        result.rc = None
    result.seconds = time.monotonic() - start
    after = snapshot(root, skip)
    ignored = allowed_parents(case, os.path.abspath(root))
    outside = [d for d in diff(before, after) if d.split(" ", 1)[1] not in ignored and
               not (d.startswith("new ") and _skipped(d.split(" ", 1)[1], case.add_only))]
    classify(case, result, outside)
    for path in case.cleanup:
        if os.path.lexists(path) and not os.path.isdir(path):
            os.remove(path)
    return result


def classify(case, result, outside):
    err = result.stderr.decode("utf-8", "replace")
    found = []
    if result.rc is None:
        found.append(("hang", "no exit after %.0f s" % result.seconds))
    elif result.rc < 0:
        found.append(("crash", "killed by signal %d (%s)" % (-result.rc, signal.Signals(-result.rc).name)))
    if outside:
        found.append(("outside-write", "; ".join(outside[:8]) + (" ..." if len(outside) > 8 else "")))
    if case.check and result.rc == 0:
        dropped = case.check(case, result)
        if dropped:
            found.append(("dropped-edit", dropped))
    raw = [p for p in RAW_PATTERNS if p in err]
    if raw:
        found.append(("raw-text", "stderr contains " + ", ".join(raw)))
    if result.rc not in (None, 0) and result.rc > 0 and not err.strip():
        found.append(("silent-fail", "exit %d with nothing on stderr" % result.rc))
    if result.rc not in (None, 0) and result.rc > 0 and err.strip() and not _names_something(case.argv, err):
        found.append(("unnamed-error", "the message names none of the files or options given"))
    if result.rc == 0 and "--json" in case.argv and not _one_json(result.stdout):
        found.append(("bad-json", "--json output is not one JSON document"))
    if found:
        found.sort(key=lambda f: OUTCOMES.index(f[0]))
        result.outcome = found[0][0]
        result.details = ["%s: %s" % f for f in found]
    else:
        result.outcome = "ok" if result.rc == 0 else "error"


def _names_something(argv, err):
    """True when stderr names a file (any path: the one given or one derived from it, such as a
    project's label file), an option used, or a value given."""
    if re.search(r"(^|[\s'\"(])/[^\s:]+", err):
        return True
    for a in argv:
        if (len(a) >= 2 and a in err) or "'%s'" % a in err or " %s " % a in err:
            return True
    return False


def _one_json(stdout):
    try:
        json.loads(stdout.decode("utf-8"))
        return True
    except (ValueError, UnicodeDecodeError):
        return False


def exported_changes(stderr):
    """N from arm-cli project export's 'exported S samples (N changed)' line, or None."""
    m = re.search(r"exported \d+ samples \((\d+) changed\)", stderr.decode("utf-8", "replace"))
    return int(m.group(1)) if m else None
