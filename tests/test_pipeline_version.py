"""The extraction caches' key (kgraph.cache.pipeline_version) is remembered per cache folder for
the package's very files, so that a build does not parse the import closure again."""
from __future__ import annotations

import json

import pytest

import kgraph.cache as cache


@pytest.fixture
def fresh(monkeypatch):
    """This process has not made its pipeline version yet (restored afterwards)."""
    monkeypatch.setattr(cache, "_PIPELINE", {})


def test_recalled_version_is_the_made_one_and_is_remembered(tmp_path, fresh):
    version = cache.recall_pipeline_version(tmp_path)
    saved = json.loads((tmp_path / "pipeline.json").read_text(encoding="utf-8"))
    assert saved["version"] == version
    cache._PIPELINE.clear()
    assert cache.pipeline_version() == version  # made again from the files: the same


def test_a_memo_for_these_files_is_read_without_making_the_version(tmp_path, fresh, monkeypatch):
    (tmp_path / "pipeline.json").write_text(json.dumps({"key": cache._pipeline_memo_key(), "version": "remembered"}))
    monkeypatch.setattr(cache, "extraction_files", lambda: pytest.fail("the import closure was parsed"))
    assert cache.recall_pipeline_version(tmp_path) == "remembered" == cache.pipeline_version()


@pytest.mark.parametrize("memo", [{"key": "other files", "version": "stale"}, {"version": "no key"}, "not json"])
def test_a_memo_of_other_files_or_unreadable_is_made_again(tmp_path, fresh, memo):
    (tmp_path / "pipeline.json").write_text(memo if isinstance(memo, str) else json.dumps(memo))
    version = cache.recall_pipeline_version(tmp_path)
    assert version not in ("stale", "no key") and len(version) == 16
    assert json.loads((tmp_path / "pipeline.json").read_text(encoding="utf-8"))["version"] == version


def test_the_memo_key_follows_the_package_version(fresh, monkeypatch):
    key = cache._pipeline_memo_key()
    monkeypatch.setattr(cache, "_package_version", lambda: "99.0")
    assert cache._pipeline_memo_key() != key
