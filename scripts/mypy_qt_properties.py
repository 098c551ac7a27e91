"""A mypy plugin: PySide6 constructors take any Qt property as a keyword.

``QLabel(text, objectName="title", wordWrap=True)`` sets properties at construction, and the
binding accepts every property of the class and of its bases (an unknown one raises at run
time, so the tests catch it). PySide6's stubs list only each class's own properties, so mypy
reported every ``objectName=`` as an error. This plugin adds ``**properties: Any`` to the
constructors of PySide6 classes, once, instead of silencing those calls line by line.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_STAR2, TypeInfo
from mypy.plugin import FunctionSigContext, MethodSigContext, Plugin
from mypy.types import AnyType, CallableType, FunctionLike, TypeOfAny


def _with_properties(signature: CallableType) -> CallableType:
    if ARG_STAR2 in signature.arg_kinds:
        return signature
    return signature.copy_modified(
        arg_types=[*signature.arg_types, AnyType(TypeOfAny.explicit)],
        arg_kinds=[*signature.arg_kinds, ARG_STAR2],
        arg_names=[*signature.arg_names, "properties"],
    )


def _constructor(ctx: FunctionSigContext | MethodSigContext) -> FunctionLike:
    return _with_properties(ctx.default_signature)


class QtPropertiesPlugin(Plugin):
    def _is_pyside_class(self, fullname: str) -> bool:
        if not fullname.startswith("PySide6."):
            return False
        node = self.lookup_fully_qualified(fullname)
        return node is not None and isinstance(node.node, TypeInfo)

    def get_function_signature_hook(
        self, fullname: str
    ) -> Callable[[FunctionSigContext], FunctionLike] | None:
        return _constructor if self._is_pyside_class(fullname) else None

    def get_method_signature_hook(
        self, fullname: str
    ) -> Callable[[MethodSigContext], FunctionLike] | None:
        # super().__init__(parent, objectName=...) in a subclass of a Qt class
        if fullname.endswith(".__init__") and self._is_pyside_class(fullname[: -len(".__init__")]):
            return _constructor
        return None


def plugin(version: str) -> type[Plugin]:
    return QtPropertiesPlugin
