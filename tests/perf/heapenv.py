"""The two heaps the perf scripts compare, as process environments (engine/core/HeapPolicy.h).

KEPT is what HeapPolicy::keepFreedMemory() sets inside arm-cli, as glibc tunables any process can be given
(a Python user can set them too). DEFAULTS is glibc's own default value of one malloc tunable: it changes
nothing in malloc, but HeapPolicy stands back when any malloc tunable is set, so arm-cli runs on glibc's
defaults."""
import os

KEPT = {"GLIBC_TUNABLES": "glibc.malloc.mmap_threshold=1073741824:glibc.malloc.trim_threshold=2147483647"}
DEFAULTS = {"GLIBC_TUNABLES": "glibc.malloc.perturb=0"}


def environment(heap=None):
    """This process's environment without any GLIBC_TUNABLES of its own, plus `heap` (KEPT, DEFAULTS or None)."""
    env = dict(os.environ)
    env.pop("GLIBC_TUNABLES", None)
    env.update(heap or {})
    return env
