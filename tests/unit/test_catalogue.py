"""Loading the catalogue: bundled plus user files, bad files and entries skipped one by one."""

from __future__ import annotations

from pathlib import Path

from movebreak.storage.catalogue import load_catalogue

GOOD = """
[[exercise]]
id = "{id}"
name = "Towel twist"
areas = ["wrists & hands"]
position = "seated"
seconds = 20
steps = ["Hold a towel in both hands.", "Wring it out slowly."]
[exercise.illustration]
view = "front"
base = "sit-front"
accent = ["hand_l", "hand_r"]
frames = [{{}}, {{ hd_l = 20 }}]
"""

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<circle cx="5" cy="5" r="4" fill="#c60"/></svg>'
)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_exercise_is_added_to_the_bundled_ones(tmp_path):
    bundled, _ = load_catalogue(None)
    _write(tmp_path, "mine.toml", GOOD.format(id="towel-twist"))
    exercises, problems = load_catalogue(tmp_path)
    assert problems == []
    assert len(exercises) == len(bundled) + 1
    assert "towel-twist" in {e.id for e in exercises}


def test_missing_user_dir_is_fine(tmp_path):
    exercises, problems = load_catalogue(tmp_path / "nope")
    assert exercises and problems == []


def test_bad_files_are_skipped_one_by_one_with_messages(tmp_path):
    _write(tmp_path, "a_good.toml", GOOD.format(id="towel-twist"))
    broken = _write(tmp_path, "b_broken.toml", "[[exercise]\nid = ")
    empty = _write(tmp_path, "c_empty.toml", "title = 'nothing here'\n")
    bad_entry = GOOD.format(id="ok-one") + GOOD.format(id="bad-one").replace('"seated"', '"lying"')
    mixed = _write(tmp_path, "d_mixed.toml", bad_entry)
    exercises, problems = load_catalogue(tmp_path)
    ids = {e.id for e in exercises}
    assert {"towel-twist", "ok-one"} <= ids and "bad-one" not in ids
    by_file = {p.source: p for p in problems}
    assert set(by_file) == {str(broken), str(empty), str(mixed)}
    assert "not valid TOML" in by_file[str(broken)].message
    assert by_file[str(empty)].key == "exercise"
    text = str(by_file[str(mixed)])
    assert "bad-one" in text and "position" in text and "seated, standing" in text


def test_user_svg_illustration_is_resolved_next_to_the_toml(tmp_path):
    _write(tmp_path, "pic-1.svg", SVG)
    _write(tmp_path, "pic-2.svg", SVG)
    toml = GOOD.format(id="svg-one").split("[exercise.illustration]")[0]
    toml += '[exercise.illustration]\nsvg = ["pic-1.svg", "pic-2.svg"]\n'
    _write(tmp_path, "svg.toml", toml)
    exercises, problems = load_catalogue(tmp_path)
    assert problems == []
    ex = next(e for e in exercises if e.id == "svg-one")
    assert all(
        Path(f).is_file() and Path(f).parent == tmp_path.resolve() for f in ex.illustration.frames
    )


def test_missing_or_escaping_svg_is_reported(tmp_path):
    toml = GOOD.format(id="svg-two").split("[exercise.illustration]")[0]
    toml += '[exercise.illustration]\nsvg = ["../outside.svg", "gone.svg"]\n'
    _write(tmp_path.parent, "outside.svg", SVG)
    path = _write(tmp_path, "svg.toml", toml)
    exercises, problems = load_catalogue(tmp_path)
    assert "svg-two" not in {e.id for e in exercises}
    assert problems and problems[0].source == str(path) and "not found" in problems[0].message


def test_user_exercise_with_a_bundled_id_replaces_it(tmp_path):
    _write(tmp_path, "mine.toml", GOOD.format(id="palming"))
    exercises, problems = load_catalogue(tmp_path)
    palming = [e for e in exercises if e.id == "palming"]
    assert problems == [] and len(palming) == 1 and palming[0].name == "Towel twist"


def test_duplicate_ids_in_user_files_are_reported(tmp_path):
    _write(tmp_path, "a.toml", GOOD.format(id="dup-one"))
    _write(tmp_path, "b.toml", GOOD.format(id="dup-one"))
    exercises, problems = load_catalogue(tmp_path)
    assert [e.id for e in exercises].count("dup-one") == 1
    assert any("duplicate" in p.message for p in problems)


def test_nothing_in_a_user_file_is_executed(tmp_path):
    marker = tmp_path / "pwned"
    _write(
        tmp_path, "evil.toml", f"[[exercise]]\nid = \"__import__('os').system('touch {marker}')\"\n"
    )
    _, problems = load_catalogue(tmp_path)
    assert problems and not marker.exists()


def _svg_exercise(folder: Path, svg_bytes: int | None) -> tuple[list[str], list[str]]:
    """Ids loaded and problem messages for one SVG exercise whose drawing has this size."""
    if svg_bytes is not None:
        padding = svg_bytes - len(SVG)
        (folder / "big.svg").write_text(SVG[:-6] + " " * padding + "</svg>", encoding="utf-8")
        assert (folder / "big.svg").stat().st_size == svg_bytes
    toml = GOOD.format(id="svg-big").split("[exercise.illustration]")[0]
    toml += '[exercise.illustration]\nsvg = ["big.svg", "big.svg"]\n'
    _write(folder, "svg.toml", toml)
    exercises, problems = load_catalogue(folder)
    return [e.id for e in exercises if e.id == "svg-big"], [p.message for p in problems]


def test_an_svg_illustration_holds_its_size_limit_at_the_boundary(tmp_path):
    from movebreak.storage.catalogue import SVG_LIMIT

    at, over = tmp_path / "at", tmp_path / "over"
    at.mkdir()
    over.mkdir()
    assert _svg_exercise(at, SVG_LIMIT) == (["svg-big"], [])
    ids, messages = _svg_exercise(over, SVG_LIMIT + 1)
    assert ids == [] and len(messages) == 1 and "more than the 512 KB limit" in messages[0]


def test_an_svg_linked_to_dev_zero_is_not_a_drawing(tmp_path):
    (tmp_path / "big.svg").symlink_to("/dev/zero")
    ids, messages = _svg_exercise(tmp_path, None)
    assert ids == [] and len(messages) == 1 and "not found" in messages[0]
