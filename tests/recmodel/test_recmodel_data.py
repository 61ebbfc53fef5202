"""Data layer: leave-one-out split without leakage, and one-line errors for bad input files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from cesrec.recmodel.data import DataError
from cesrec.recmodel.prepare import build_dataset, prepare_dataset
from cesrec.recmodel.sources import load_raw

from tests.conftest import data_kwargs


def test_leave_one_out_no_leakage(ml100k):
    ds = ml100k
    assert ds.num_users == 943 and ds.num_items == 1682
    assert sum(len(s) for s in ds.sequences) == 100_000
    valid_in, valid_t = ds.split("valid")
    test_in, test_t = ds.split("test")
    for u in range(ds.num_users):
        seq = ds.sequences[u]
        train = ds.train_sequence(u)
        assert len(train) == len(seq) - 2
        # the held-out targets are exactly the last two events, never part of the training input
        assert test_t[u] == seq[-1] and valid_t[u] == seq[-2]
        assert np.array_equal(valid_in[u], train)
        assert np.array_equal(test_in[u], seq[:-1])
        assert np.all(np.diff(ds.timestamps[u]) >= 0), "sequence must be chronological"
    # popularity used for training sees neither validation nor test targets
    pop = ds.item_popularity("train")
    assert pop.sum() == sum(len(ds.train_sequence(u)) for u in range(ds.num_users))


def test_ties_keep_file_order(tmp_path):
    inter = tmp_path / "t.inter"
    inter.write_text("user_id:token\titem_id:token\ttimestamp:float\n1\t3\t5\n1\t1\t5\n1\t2\t4\n1\t4\t6\n")
    item = tmp_path / "t.item"
    item.write_text("item_id:token\tmovie_title:token_seq\n1\tA\n2\tB\n3\tC\n4\tD\n")
    ds = prepare_dataset("t", tmp_path, cache_dir=tmp_path / "cache")
    ext = [ds.catalog.external_ids[i] for i in ds.sequences[0]]
    assert ext == ["2", "3", "1", "4"]  # ts 4, then the two ts-5 rows in file order, then ts 6


def _atomic(tmp_path: Path, inter: str, item: str = "item_id:token\ttitle:token_seq\n1\tA\n2\tB\n3\tC\n") -> Path:
    d = tmp_path / "src"
    d.mkdir(exist_ok=True)
    (d / "x.inter").write_text(inter)
    (d / "x.item").write_text(item)
    return d


def _prepare(d: Path, tmp_path: Path):
    return prepare_dataset("x", d, cache_dir=tmp_path / "cache")


def test_missing_column_names_file(tmp_path):
    d = _atomic(tmp_path, "user_id:token\titem_id:token\n1\t1\n")
    with pytest.raises(DataError, match=r"x\.inter: missing column\(s\) \['timestamp'\]"):
        _prepare(d, tmp_path)


def test_non_numeric_timestamp_names_row(tmp_path):
    d = _atomic(tmp_path, "user_id:token\titem_id:token\ttimestamp:float\n1\t1\t10\n1\t2\tyesterday\n1\t3\t12\n")
    with pytest.raises(DataError, match=r"x\.inter: row 3: column 'timestamp' must be numeric, got 'yesterday'"):
        _prepare(d, tmp_path)


def test_unknown_item_names_row(tmp_path):
    d = _atomic(tmp_path, "user_id:token\titem_id:token\ttimestamp:float\n1\t1\t10\n1\t99\t11\n1\t3\t12\n")
    with pytest.raises(DataError, match=r"x\.inter: row 3: item_id '99' is not in the items file"):
        _prepare(d, tmp_path)


def test_empty_file(tmp_path):
    d = _atomic(tmp_path, "user_id:token\titem_id:token\ttimestamp:float\n")
    with pytest.raises(DataError, match=r"x\.inter: file has no rows"):
        _prepare(d, tmp_path)
    d2 = tmp_path / "src2"
    d2.mkdir()
    (d2 / "x.inter").write_text("")
    (d2 / "x.item").write_text("item_id:token\n1\n")
    with pytest.raises(DataError, match=r"x\.inter"):
        prepare_dataset("x", d2, cache_dir=tmp_path / "cache2")


def test_generic_csv_errors(tmp_path):
    inter = tmp_path / "inter.csv"
    inter.write_text("user,item\n1,1\n")
    with pytest.raises(DataError, match=r"inter\.csv: missing column"):
        prepare_dataset("g", interactions=inter, cache_dir=tmp_path / "c")
    inter.write_text("user,item,timestamp\n1,1,5\n1,2,x\n")
    with pytest.raises(DataError, match=r"inter\.csv: row 3: column 'timestamp' must be numeric"):
        prepare_dataset("g", interactions=inter, cache_dir=tmp_path / "c")
    missing = tmp_path / "nope.csv"
    with pytest.raises(DataError, match=r"nope\.csv: interactions file not found"):
        prepare_dataset("g", interactions=missing, cache_dir=tmp_path / "c")


def test_error_is_one_line(tmp_path):
    d = _atomic(tmp_path, "user_id:token\titem_id:token\ttimestamp:float\n1\t1\tnan-ish\n")
    with pytest.raises(DataError) as e:
        inter_path, inter, item_path, items, extra = load_raw(d, "x")
        build_dataset("x", inter_path, inter, item_path, items, extra)
    assert "\n" not in str(e.value)


def test_prepared_cache_round_trip(ml100k, shared_dir):
    kw = data_kwargs(shared_dir)
    again = prepare_dataset("ml-100k", kw["source"], item_extra=kw["item_extra"])
    assert again.manifest["interactions_sha256"] == ml100k.manifest["interactions_sha256"]
    assert all(np.array_equal(a, b) for a, b in zip(again.sequences, ml100k.sequences, strict=True))


def test_choose_max_seq_len_from_the_data():
    from cesrec.recmodel.prepare import MAX_SEQ_LEN_CAP, choose_max_seq_len, describe_max_seq_len

    # short histories: the 90th percentile (rounded up to 10) covers most users whole
    n, info = choose_max_seq_len([5] * 80 + [23] * 15 + [400] * 5)
    assert n == 30 and not info["capped"]
    assert info["users_longer"] == 0.05 and info["max_length"] == 400
    # long histories: capped for memory, and it says so
    n, info = choose_max_seq_len(list(range(100, 1100)))
    assert n == MAX_SEQ_LEN_CAP and info["capped"] and info["users_longer"] > 0.8
    line = describe_max_seq_len({"max_seq_len": n, "max_seq_len_choice": info})
    assert "chosen from the data (capped)" in line and "--max-seq-len" in line
    assert describe_max_seq_len({"max_seq_len": 50}) == "max_seq_len 50 (given)"
    with pytest.raises(DataError, match="no user histories"):
        choose_max_seq_len([])


def test_prepare_chooses_max_seq_len_unless_told(tmp_path):
    rows = ["user_id:token\titem_id:token\ttimestamp:float"]
    for u in range(1, 11):  # user u has 5 * u interactions: training histories 3, 8, ..., 48
        rows += [f"{u}\t{1 + (t % 60)}\t{t}" for t in range(5 * u)]
    items = "item_id:token\ttitle:token_seq\n" + "".join(f"{i}\tI{i}\n" for i in range(1, 61))
    d = _atomic(tmp_path, "\n".join(rows) + "\n", items)
    auto = prepare_dataset("x", d, max_seq_len=None, cache_dir=tmp_path / "cache")
    assert auto.max_seq_len == auto.manifest["max_seq_len"] == 50  # p90 of 3..48 = 43.5 -> 50
    assert auto.manifest["max_seq_len_choice"]["percentile_value"] == 43.5
    zero = prepare_dataset("x", d, max_seq_len=0, cache_dir=tmp_path / "cache")  # 0 = from the data too
    assert zero.manifest["cache_dir"] == auto.manifest["cache_dir"] and zero.max_seq_len == 50
    told = prepare_dataset("x", d, max_seq_len=20, cache_dir=tmp_path / "cache")
    assert told.max_seq_len == 20 and "max_seq_len_choice" not in told.manifest
    assert told.manifest["content_key"] != auto.manifest["content_key"]
    with pytest.raises(DataError, match="max_seq_len must be >= 1"):
        prepare_dataset("x", d, max_seq_len=-3, cache_dir=tmp_path / "cache")


def test_builtin_ml100k_keeps_50(ml100k):
    from cesrec.recmodel.prepare import choose_max_seq_len

    assert ml100k.max_seq_len == 50 and "max_seq_len_choice" not in ml100k.manifest
    n, info = choose_max_seq_len([len(ml100k.train_sequence(u)) for u in range(ml100k.num_users)])
    assert n == 200 and info["capped"]  # ml-100k's histories run long: 90th percentile 242.4
