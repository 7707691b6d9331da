"""Folders written whole or not at all, one builder at a time, leftovers of killed builds removed."""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUILDING = ".building-"
RETIRED = ".retired-"
LOCK = ".lock"


@contextmanager
def replaced_atomically(target: Path) -> Iterator[Path]:
    """Yield an empty folder beside `target`; on success it becomes `target`, on error it vanishes.

    The old `target` stays in place until the new one is complete, so a failed build never
    removes the last good copy; the swap is two renames, and the old copy is deleted after.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(target.parent, only_dead=True)
    work = Path(tempfile.mkdtemp(prefix=f"{BUILDING}{os.getpid()}-", dir=target.parent))
    try:
        yield work
        retired = None
        if target.exists():
            retired = Path(tempfile.mkdtemp(prefix=f"{RETIRED}{os.getpid()}-", dir=target.parent))
            os.replace(target, retired / "old")
        os.replace(work, target)
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


@contextmanager
def build_lock(parent: Path, wait: bool = True) -> Iterator[bool]:
    """An exclusive fcntl lock on `parent/.lock`; yields False if `wait` is off and it is taken.

    The kernel drops the lock when the holder dies, so a killed build never blocks the next.
    """
    parent.mkdir(parents=True, exist_ok=True)
    with open(parent / LOCK, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def clean_leftovers(parent: Path, only_dead: bool = False) -> list[str]:
    """Remove half-built and retired folders.

    Holding `build_lock(parent)`, remove them all; otherwise (`only_dead`) only those whose
    builder process (named in the folder) is gone, plus unnamed ones older than an hour.
    """
    removed: list[str] = []
    if not parent.is_dir():
        return removed
    for folder in parent.iterdir():
        if not (folder.is_dir() and folder.name.startswith((BUILDING, RETIRED))):
            continue
        if only_dead and _builder_alive(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder.name)
    return removed


def _builder_alive(folder: Path) -> bool:
    head = folder.name.removeprefix(BUILDING).removeprefix(RETIRED).split("-", 1)[0]
    if not head.isdigit():
        try:
            return time.time() - folder.stat().st_mtime < 3600
        except OSError:
            return False
    try:
        os.kill(int(head), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True
