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


# --- no word list in code duplicates a data file -------------------------------------------------

import ast  # noqa: E402
from pathlib import Path  # noqa: E402

import analysis  # noqa: E402

# columns beside the first whose words are entries too (a dateline's ``ноября``, ``ноя``)
ENTRY_COLUMNS = {"months": ("genitive", "abbreviations")}
# Literal lists in code whose every item is in a data file, each with why it stays (or who moves it).
KNOWN = {
    ("actors", "PRONOUN_GENDERS"): "a gender per pronoun; organisation_pronouns.csv says which pronouns stand for an organisation",
    ("speech", "POSSESSIVE_GENDERS"): "a gender per possessive; organisation_pronouns.csv says which stand for an organisation",
    ("speech", "CLOSERS"): "which mark closes which: punctuation.csv lists marks, not their pairs",
}


def lexicon_entries():
    from importlib import resources

    folder = resources.files("analysis").joinpath(lexicon.LEXICON_DIR)
    entries = {}
    for path in folder.iterdir():
        if path.name.endswith(".csv"):
            name = path.name[:-4]
            columns, rows = lexicon.table(name)
            found = {row[columns[0]] for row in rows}
            for column in ENTRY_COLUMNS.get(name, ()):
                found.update(word for row in rows for word in row[column].split())
            entries[name] = found
    return entries


def literal_strings(node):
    """The strings of a literal set, list, tuple, dict (its keys) or ``frozenset({...})``; None for
    anything else or a literal with other items."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("frozenset", "set", "tuple") and node.args:
        return literal_strings(node.args[0])
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and not node.value.isalnum():
        return list(node.value)  # a string of marks: "-–—"
    elements = node.elts if isinstance(node, (ast.Set, ast.List, ast.Tuple)) else \
        node.keys if isinstance(node, ast.Dict) else None
    if not elements or not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elements):
        return None
    return [e.value for e in elements]


def duplicated_lists():
    entries = lexicon_entries()
    found = []
    for path in sorted(Path(analysis.__file__).parent.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                items = literal_strings(node.value)
                if not items or len(set(items)) < 3:
                    continue
                for name, words in entries.items():
                    if set(items) <= words:
                        found.append((path.stem, node.targets[0].id, name))
    return found


def test_no_code_list_duplicates_a_data_file():
    """A list of words or marks written in code whose every item a lexicon file holds is a second
    copy that will drift (``DASHES`` three times, three month tables): read the file instead."""
    found = [(module, constant, name) for module, constant, name in duplicated_lists()
             if (module, constant) not in KNOWN]
    assert found == []


@pytest.mark.parametrize("source, duplicated", [
    ('DASHES = "-–—"', True),
    ('MONTHS = {"января": 1, "февраля": 2, "марта": 3}', True),
    ('KIND_NOUNS = frozenset({"организация", "союз", "блок"})', True),
    ('WORDS = ("организация", "союз", "пароход")', False),   # a list of its own that shares words
    ('NAME = "организация"', False),
])
def test_the_duplicate_check_sees_literals(source, duplicated):
    entries = lexicon_entries()
    items = literal_strings(ast.parse(source).body[0].value)
    assert any(items and len(set(items)) >= 3 and set(items) <= words for words in entries.values()) == duplicated


def test_the_one_dash_list():
    from analysis import dates, facts, priorities, speech

    assert lexicon.DASHES == "-–—"
    assert speech.DASHES is lexicon.DASHES and priorities.DASHES is lexicon.DASHES
    assert dates.DASHES == facts.DASHES == frozenset("-–—")


def test_the_one_month_table():
    """``parsing.MONTHS`` (datelines) and ``dates.MONTHS`` (the grammar) come from months.csv."""
    from analysis import dates, parsing

    assert parsing.MONTHS["ноября"] == parsing.MONTHS["ноя"] == dates.MONTHS["ноябрь"] == 11
    assert len(dates.MONTHS) == 12 and set(dates.MONTHS.values()) == set(range(1, 13))
