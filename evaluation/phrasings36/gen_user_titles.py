"""placeholder"""


def build(t) -> None:
    pass
