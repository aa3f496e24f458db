"""A quicker ``__init__`` for frozen, slotted dataclasses made by the million (blocks, findings, spans).

A frozen dataclass sets each field in ``__init__`` through ``object.__setattr__``, which
looks the name up on the class every time: most of the cost of making a ``Block`` or a
``Finding`` (a 10 MB page makes millions of them).  ``quick_init`` replaces that
``__init__`` with one with the same signature and defaults that calls each slot's own
setter.  The class stays what ``dataclass`` made it: frozen (assignment raises), hashed,
compared and printed by its fields, usable with ``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass ``cls`` an ``__init__`` that sets its slots directly."""
    if not cls.__dataclass_params__.frozen or "__slots__" not in cls.__dict__:  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with slots")
    namespace: dict[str, Any] = {}
    parameters: list[str] = []
    body: list[str] = []
    for field in fields(cls):  # type: ignore[arg-type]
        if not field.init or field.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{field.name}: quick_init takes plain fields with plain defaults")
        if field.default is MISSING:
            parameters.append(field.name)
        else:
            namespace[f"_default_{field.name}"] = field.default
            parameters.append(f"{field.name}=_default_{field.name}")
        namespace[f"_set_{field.name}"] = cls.__dict__[field.name].__set__
        body.append(f"    _set_{field.name}(self, {field.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}) -> None:\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, namespace)  # (as ``dataclasses`` itself makes ``__init__``)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls
