"""The one exception type the package raises for input it cannot read as an article."""


class ArticleError(ValueError):
    """An input that cannot be read as an article.

    ``path`` names the file (or ``"<text>"`` for a string given directly) and
    ``reason`` says why, in words a user can act on: the file is empty or
    whitespace only, holds binary data, is in no candidate encoding, is over
    the size limit, cannot be decoded with the requested encoding, or cannot
    be read at all.
    """

    def __init__(self, path, reason):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
