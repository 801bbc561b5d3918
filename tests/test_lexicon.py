import pytest

from analysis import lexicon


def test_package_lists_are_read():
    assert "заявить" in lexicon.words("speech_verbs")


def test_unknown_lexicon_is_a_clear_error():
    with pytest.raises(lexicon.LexiconError, match="no lexicon named"):
        lexicon.words("no_such_list")


def test_user_folder_adds_rows(tmp_path, monkeypatch):
    (tmp_path / "speech_verbs.csv").write_text("word,note\nпрокукарекать,a user's verb\n", encoding="utf-8")
    monkeypatch.setenv(lexicon.EXTRA_ENV, str(tmp_path))
    try:
        found = lexicon.words("speech_verbs")
        assert "прокукарекать" in found and "заявить" in found
    finally:
        monkeypatch.delenv(lexicon.EXTRA_ENV)
        lexicon.clear_cache()


def test_user_file_with_another_first_column_is_refused(tmp_path, monkeypatch):
    (tmp_path / "speech_verbs.csv").write_text("verb,note\nx,y\n", encoding="utf-8")
    monkeypatch.setenv(lexicon.EXTRA_ENV, str(tmp_path))
    try:
        with pytest.raises(lexicon.LexiconError, match="first column"):
            lexicon.words("speech_verbs")
    finally:
        monkeypatch.delenv(lexicon.EXTRA_ENV)
        lexicon.clear_cache()


def test_every_lexicon_file_reads_and_notes_each_row():
    from importlib import resources

    folder = resources.files("analysis").joinpath(lexicon.LEXICON_DIR)
    names = sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".csv"))
    assert "speech_verbs" in names and "priority_words" in names
    for name in names:
        columns, rows = lexicon.table(name)
        assert "note" in columns, name
        assert rows, name
        assert all(row[columns[0]] for row in rows), name
