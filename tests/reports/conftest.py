from tests.ui.conftest import indonesian

__all__ = ["indonesian"]
