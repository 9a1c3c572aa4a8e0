"""Atomic writes: a failed write never destroys the previous file nor leaves a temp file."""

from __future__ import annotations

import os

import pytest

from partnerdesk.storage import fileio
from partnerdesk.storage.fileio import atomic_path, write_bytes_atomic


def test_successful_write_replaces_the_file(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("old")
    with atomic_path(target) as tmp:
        assert tmp.parent == target.parent  # same folder: os.replace is atomic
        assert tmp != target
        tmp.write_text("new")
        assert target.read_text() == "old"  # not replaced before the block ends
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["export.csv"]


def test_failure_inside_the_block_keeps_the_previous_file(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("previous export")
    with pytest.raises(RuntimeError, match="disk full"):
        with atomic_path(target) as tmp:
            tmp.write_text("half an exp")
            raise RuntimeError("disk full")
    assert target.read_text() == "previous export"
    assert os.listdir(tmp_path) == ["export.csv"]


def test_failure_without_a_previous_file_leaves_nothing(tmp_path):
    target = tmp_path / "sub" / "new.pdf"
    with pytest.raises(ValueError):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"%PDF-")
            raise ValueError("bad data")
    assert os.listdir(tmp_path / "sub") == []


def test_failure_in_the_final_replace_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "export.csv"
    target.write_text("previous export")

    def broken_replace(src, dst):
        raise OSError("device busy")

    monkeypatch.setattr(fileio.os, "replace", broken_replace)
    with pytest.raises(OSError, match="device busy"):
        write_bytes_atomic(target, b"new export")
    assert target.read_text() == "previous export"
    assert os.listdir(tmp_path) == ["export.csv"]


def test_interrupt_is_cleaned_up_too(tmp_path):
    target = tmp_path / "export.csv"
    with pytest.raises(KeyboardInterrupt):
        with atomic_path(target):
            raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_write_bytes_atomic(tmp_path):
    target = tmp_path / "a" / "b.bin"
    write_bytes_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    write_bytes_atomic(target, b"\x02")
    assert target.read_bytes() == b"\x02"
    assert os.listdir(target.parent) == ["b.bin"]
