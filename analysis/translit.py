"""Russian Cyrillic to Latin letters by BGN/PCGN (1947), in its usual ASCII simplification.

The BGN/PCGN system of the US Board on Geographic Names and the UK Permanent Committee on
Geographical Names, as English-language news agencies and the English Wikipedia write Russian
names (``Путин`` -> ``Putin``, ``Шойгу`` -> ``Shoygu``, ``Киргизия`` -> ``Kirgiziya``), with the
three simplifications that keep it ASCII:

- the soft and hard signs (``ь``, ``ъ``) are dropped instead of written ``ʹ`` and ``ʺ``;
- ``ё`` is ``yo`` (BGN/PCGN writes ``ë``, and ``yë`` at the start of a word or after a vowel);
- no middle dot separates letters that would otherwise read as a digraph (``тс`` is ``ts``).

``е`` is ``ye`` at the start of a word, after a vowel and after ``й``, ``ь`` or ``ъ``, else ``e``.
Capitals stay capitals: a word in capitals stays in capitals (``ВПК`` -> ``VPK``), a capitalised
word stays capitalised (``Щукин`` -> ``Shchukin``). Characters that are not Cyrillic pass through.
"""

LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
VOWELS = set("аеёиоуыэюя")
YE_AFTER = VOWELS | set("йьъ")


def letter(previous, char):
    low = char.lower()
    if low not in LETTERS:
        return char
    latin = LETTERS[low]
    if low == "е" and (not previous or not previous.isalpha() or previous.lower() in YE_AFTER):
        latin = "ye"
    return latin.capitalize() if char != low else latin


def transliterate(text):
    """``text`` with Russian letters in BGN/PCGN Latin (see the module docstring)."""
    out = []
    previous = ""
    for i, char in enumerate(text):
        latin = letter(previous, char)
        if len(latin) > 1 and char.isupper() and upper_word_at(text, i):
            latin = latin.upper()  # ЩУКИН -> SHCHUKIN, but Щукин -> Shchukin
        out.append(latin)
        previous = char
    return "".join(out)


def upper_word_at(text, i):
    """Whether the word around ``text[i]`` is written in capitals (two or more letters)."""
    start = i
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = i
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end]
    return len(word) > 1 and word.isupper()
