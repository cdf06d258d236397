"""Where coach finds its templates, static files, question bank and migrations."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_root() -> Path:
    """The folder holding templates/, static/, question_bank/ and migrations/.

    A built wheel carries them inside the package (coach/_data); a source checkout or an
    editable install keeps them at the top of the repository.
    """
    bundled = PACKAGE_DIR / "_data"
    return bundled if bundled.is_dir() else PACKAGE_DIR.parent
