"""The questions record.py asks CPython: operands, reprs, format specs, subscripts and calls."""


class Ref:
    """A callable named by its Python expression (`len`, `str.lower`), passed as an argument."""

    def __init__(self, name):
        self.name = name


# The first six also meet every sequence operand; all of these meet each other under every operator.
BINARY_OPERANDS = [
    0, 3, -2, True, 2.5, -1.5,
    -7, False, 2**53 - 1, -(2**53), 10**20,
    0.0, -0.0, 1e16, 0.1, float("inf"), float("nan"),
]

SEQ_OPERANDS = ["ab", "", [1, "a"], [], (1,), (), {"a": 1}, None, range(3)]

REPRS = [
    0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-7, 1e22, 1e100,
    -2.5, 3.14159, 2.0**0.5, 1 / 3, 2 / 3, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"),
    float("nan"), 100.0, 12345.678, 9007199254740993.0,
    0, -5, 2**64, -(2**70), True, False, None,
    "", "a", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x7f\xa0é", "😀",
    [], [1, "a", 2.5, None, True], [[1, [2]], (3,)], (), (1,), (1, 2), ((1,),), {}, {"a": 1, 2: [3]},
    {(1, 2): "t"}, range(5), range(1, 10, 2), range(0), range(5, 0, -1),
]

FORMATS = [
    (42, "5"), (42, ">8"), (42, "<3"), (42, "^9"), (42, "05d"), (-42, "05d"), (42, "+d"), (42, " d"),
    (1234567, ","), (1234567, "_"), (-1234567, "012,"), (1234, "08,d"), (255, "x"), (255, "X"), (255, "#x"),
    (255, "08b"), (255, "#o"), (255, "_b"), (65, "c"), (42, "*^10"), (42, "=+8"), (42, ".2f"), (42, "e"), (42, "%"),
    (42, "s"), (42, ".2"), (2**70, ","), (-(2**70), "x"), (True, ""), (True, "5"), (True, "d"), (False, ".1f"),
    (3.14159, ".2f"), (2.5, ".0f"), (3.5, ".0f"), (0.125, ".2f"), (0.375, ".2f"), (-0.001, ".2f"),
    (-0.001, "z.2f"), (1234.5678, ",.2f"), (1234.5678, "010.1f"), (0.5, "%"), (0.123456, ".1%"),
    (1.5, "5"), (1.5, "<8"), (1.5, "^8"), (1.5, "08"), (1.5, "+"), (-1.5, ""), (1e16, ""), (1e16, "10"),
    (12345.678, "e"), (12345.678, ".2e"), (12345.678, "E"), (0.0001234, "g"), (0.00001234, "g"),
    (1234567.0, "g"), (123456.0, "g"), (100.0, "g"), (100.0, "#g"), (1.0, ".3"), (1.0, ".1"), (1234.5, ".2"),
    (0.5, ".1"), (123.456, ".10"), (1e300, ".2f"), (float("inf"), ".2f"), (float("nan"), "f"),
    (float("-inf"), "F"), (float("inf"), "8"), (2.5, "d"), (-0.0, ".1f"), (-0.0, ""), (0.1, ".20f"),
    (1e-7, ""), (5e-324, ".3g"), (1.0, "n"),
    ("abc", "5"), ("abc", ">5"), ("abc", "^6"), ("abc", "*<6"), ("abc", ".2"), ("abc", "s"), ("abc", "d"),
    ("abc", "+"), ("abc", "=5"), ("abc", "05"), ("é", "3"),
    (None, ""), (None, "5"), ([1], ""), ([1], "5"), ((1, 2), ""),
    (42, "q"), (1.5, "x"), (42, ",x"),
]

PERCENTS = [
    ("%d", 42), ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 42), ("%x", 255), ("%#x", 255), ("%X", 255),
    ("%o", 8), ("%s", "hi"), ("%r", "hi"), ("%10s|", "hi"), ("%-10s|", "hi"), ("%.1s", "hi"),
    ("%f", 1.5), ("%.2f", 3.14159), ("%8.3f", -3.14159), ("%e", 12345.678), ("%g", 0.0001), ("%d", 3.9),
    ("%s and %s", (1, 2)), ("%s", (1,)), ("%s", [1, 2]), ("%d%%", 50), ("%(a)s-%(b)d", {"a": "x", "b": 2}),
    ("%c", 65), ("%c", "z"), ("%i", True), ("%s", None), ("%d", "a"), ("%x", 1.5), ("%s %s", (1,)),
    ("%s", (1, 2)), ("no conversions", ()), ("%", 1), ("%y", 1), ("%f", "a"),
]

ITEMS = [
    ([1, 2, 3], 0), ([1, 2, 3], -1), ([1, 2, 3], 3), ([1, 2, 3], -4), ([1, 2, 3], True), ([1, 2, 3], "a"),
    ([1, 2, 3], 1.0), ((1, 2), 5), ((1, 2), -2), ("abc", 1), ("abc", -1), ("abc", 3), ("abc", 1.0),
    ("😀b", 1), ({"a": 1}, "a"), ({"a": 1}, "b"), ({1: "x"}, 1.0), ({1: "x"}, True), ({}, [1]),
    ({(1, 2): 3}, (1, 2)), (range(10), 3), (range(10), -1), (range(10), 10), (range(0, 10, 3), 2),
    ([0, 1, 2, 3, 4, 5], slice(1, 4, None)), ([0, 1, 2, 3, 4, 5], slice(None, None, -1)),
    ([0, 1, 2, 3, 4, 5], slice(None, None, 2)), ([0, 1, 2, 3, 4, 5], slice(-2, None, None)),
    ([0, 1, 2, 3, 4, 5], slice(None, -2, None)), ([0, 1, 2, 3, 4, 5], slice(4, 1, -1)),
    ([0, 1, 2, 3, 4, 5], slice(10, 20, None)), ([0, 1, 2, 3, 4, 5], slice(-100, 100, 3)),
    ([0, 1, 2, 3, 4, 5], slice(None, None, 0)), ([0, 1, 2, 3, 4, 5], slice(5, None, -2)),
    ([0, 1, 2, 3, 4, 5], slice(1.0, 2, None)), ("hello", slice(1, 3, None)), ("hello", slice(None, None, -1)),
    ("hello", slice(-3, None, None)), ((1, 2, 3), slice(1, None, None)), (range(10), slice(2, 8, 2)),
    (range(10), slice(None, None, -1)), (None, 0), (5, 0),
]

S = "  Hello, World  "
CALLS = [
    # str methods
    ("str.join", [", ", ["a", "b", "c"]]), ("str.join", ["", []]), ("str.join", ["-", "abc"]),
    ("str.join", [",", [1, 2]]), ("str.join", [",", ("x", "y")]),
    ("str.split", ["a b  c "]), ("str.split", ["a,b,,c", ","]), ("str.split", ["a,b,c", ",", 1]),
    ("str.split", ["a b c"], {"maxsplit": 1}), ("str.split", [""]), ("str.split", ["", ","]),
    ("str.split", ["abc", ""]), ("str.rsplit", ["a,b,c", ",", 1]), ("str.splitlines", ["a\nb\r\nc\n"]),
    ("str.strip", [S]), ("str.lstrip", [S]), ("str.rstrip", [S]), ("str.strip", ["xxhixx", "x"]),
    ("str.upper", ["abc é"]), ("str.lower", ["ABC"]), ("str.title", ["hello world"]),
    ("str.capitalize", ["hELLO"]), ("str.swapcase", ["aB"]),
    ("str.startswith", ["hello", "he"]), ("str.startswith", ["hello", ("x", "h")]), ("str.endswith", ["hello", "lo"]),
    ("str.startswith", ["hello", "l", 2]), ("str.endswith", ["hello", 1]),
    ("str.replace", ["aaa", "a", "b"]), ("str.replace", ["aaa", "a", "b", 2]), ("str.replace", ["abc", "", "-"]),
    ("str.format", ["{} and {}", 1, "b"]), ("str.format", ["{1}{0}", "a", "b"]), ("str.format", ["{x:>4}", ], {"x": 7}),
    ("str.format", ["{:.2f}|{!r}", 3.14159, "s"]), ("str.format", ["{{}} {}", 1]), ("str.format", ["{}", ]),
    ("str.ljust", ["ab", 5]), ("str.rjust", ["ab", 5, "*"]), ("str.center", ["ab", 7, "-"]), ("str.center", ["abc", 6]),
    ("str.zfill", ["42", 5]), ("str.zfill", ["-42", 5]),
    ("str.count", ["banana", "a"]), ("str.count", ["banana", "an", 2]), ("str.count", ["aaa", ""]),
    ("str.find", ["banana", "na"]), ("str.find", ["banana", "x"]), ("str.rfind", ["banana", "na"]),
    ("str.index", ["banana", "n"]), ("str.index", ["banana", "x"]),
    ("str.isdigit", ["123"]), ("str.isdigit", ["12a"]), ("str.isalpha", ["abc"]), ("str.isspace", [" \t"]),
    ("str.isalnum", ["a1"]), ("str.isupper", ["AB"]), ("str.islower", ["ab1"]), ("str.isidentifier", ["a_1"]),
    ("str.partition", ["a=b=c", "="]), ("str.rpartition", ["a=b=c", "="]), ("str.removeprefix", ["abc", "ab"]),
    ("str.removesuffix", ["abc", "bc"]), ("str.rindex", ["abcb", "b"]), ("str.isnumeric", ["12"]),
    # list methods
    ("list.append", [[1], 2]), ("list.pop", [[1, 2, 3]]), ("list.pop", [[1, 2, 3], 0]), ("list.pop", [[]]),
    ("list.pop", [[1], 5]), ("list.insert", [[1, 3], 1, 2]), ("list.insert", [[1], -10, 0]),
    ("list.insert", [[1], 10, 0]), ("list.remove", [[1, 2, 1], 1]), ("list.remove", [[1], 2]),
    ("list.extend", [[1], (2, 3)]), ("list.extend", [[1], "ab"]), ("list.extend", [[1], range(2)]),
    ("list.index", [[5, 6, 7], 7]), ("list.index", [[5], 1]), ("list.index", [[1, 2, 1], 1, 1]),
    ("list.count", [[1, 1.0, True, 2], 1]), ("list.sort", [[3, 1, 2]]), ("list.sort", [[3, 1, 2]], {"reverse": True}),
    ("list.sort", [["bb", "a", "ccc"]], {"key": Ref("len")}), ("list.sort", [["b", "A", "c"]], {"key": Ref("str.lower")}),
    ("list.sort", [[(2, "a"), (1, "b"), (2, "A")]]), ("list.sort", [[1, "a"]]), ("list.sort", [[2.5, 1, True]]),
    ("list.reverse", [[1, 2, 3]]), ("list.clear", [[1, 2]]), ("list.copy", [[1, [2]]]),
    # dict methods
    ("dict.get", [{"a": 1}, "a"]), ("dict.get", [{"a": 1}, "b"]), ("dict.get", [{"a": 1}, "b", 0]),
    ("dict.items", [{"a": 1, "b": 2}]), ("dict.keys", [{"a": 1}]), ("dict.values", [{"a": 1}]),
    ("dict.pop", [{"a": 1}, "a"]), ("dict.pop", [{"a": 1}, "b"]), ("dict.pop", [{"a": 1}, "b", None]),
    ("dict.setdefault", [{"a": 1}, "a", 5]), ("dict.setdefault", [{"a": 1}, "b", 5]), ("dict.setdefault", [{}, "k"]),
    ("dict.update", [{"a": 1}, {"b": 2, "a": 3}]), ("dict.update", [{"a": 1}, [("c", 4)]]),
    ("dict.update", [{}], {"x": 1}), ("dict.copy", [{"a": [1]}]), ("dict.popitem", [{"a": 1, "b": 2}]),
    ("dict.popitem", [{}]), ("dict.clear", [{"a": 1}]),
    # tuple methods
    ("tuple.count", [(1, 2, 1), 1]), ("tuple.index", [(1, 2), 2]), ("tuple.index", [(1, 2), 3]),
    # builtins
    ("len", ["abc"]), ("len", ["😀"]), ("len", [[1, 2]]), ("len", [{"a": 1}]), ("len", [range(0, 10, 3)]), ("len", [5]),
    ("abs", [-3]), ("abs", [-2.5]), ("abs", [True]), ("abs", [-(2**60)]), ("abs", ["a"]),
    ("sum", [[1, 2, 3]]), ("sum", [[1, 2.5]]), ("sum", [[], 10]), ("sum", [[[1], [2]], []]), ("sum", [["a"]]),
    ("sum", [range(101)]), ("sum", [[0.1] * 10]), ("sum", [[1, 0.1, 0.2]]), ("sum", [[2**60, 2**60, 0.5]]),
    ("str.format", ["{0[1]}-{1[a]}", [5, 6], {"a": 7}]), ("str.format", ["{:{}}|", "x", 4]),
    ("min", [[3, 1, 2]]), ("min", [3, 1, 2]), ("max", [[3, 1, 2]]), ("max", ["abc"]), ("min", [[]]),
    ("min", [[]], {"default": 0}), ("max", [["aa", "b"]], {"key": Ref("len")}), ("max", []), ("max", [1, "a"]),
    ("max", [[1, 1.0]]), ("min", [[2, 1.0, 1]]),
    ("sorted", [[3, 1, 2]]), ("sorted", ["cba"]), ("sorted", [{"b": 1, "a": 2}]), ("sorted", [[3, 1, 2]], {"reverse": True}),
    ("sorted", [["bb", "a"]], {"key": Ref("len")}), ("sorted", [[1, "a"]]),
    ("str", [1.0]), ("str", [[1, "a"]]), ("str", []), ("str", [None]), ("repr", ["a"]), ("repr", [1e16]),
    ("int", ["42"]), ("int", [" -42 "]), ("int", ["1_000"]), ("int", [3.9]), ("int", [-3.9]), ("int", ["x"]),
    ("int", ["ff", 16]), ("int", ["0x1f", 0]), ("int", [True]), ("int", []), ("int", ["1.5"]), ("int", [1e20]),
    ("float", ["1.5"]), ("float", [" 2 "]), ("float", ["inf"]), ("float", ["-nan"]), ("float", [3]), ("float", ["x"]),
    ("float", [2**1100]), ("float", []), ("float", ["1e500"]),
    ("bool", [0]), ("bool", ["a"]), ("bool", [[]]), ("bool", []),
    ("list", ["ab"]), ("list", [range(3)]), ("list", [(1, 2)]), ("list", [{"a": 1}]), ("list", []), ("list", [5]),
    ("tuple", [[1, 2]]), ("tuple", []), ("dict", [[("a", 1)]]), ("dict", [], {"a": 1}), ("dict", [{"a": 1}]),
    ("dict", [[1]]),
    ("range", [5]), ("range", [1, 5]), ("range", [0, 10, 3]), ("range", [0, 1, 0]), ("range", [1.5]),
    ("enumerate", [["a", "b"]], None, True), ("enumerate", ["ab", 1], None, True),
    ("enumerate", [["a"]], {"start": 5}, True),
    ("zip", [[1, 2, 3], "ab"], None, True), ("zip", [], None, True), ("zip", [[1], 5], None, True),
    ("reversed", [[1, 2, 3]], None, True), ("reversed", [range(3)], None, True), ("reversed", ["abc"], None, True),
    ("reversed", [{"a": 1}], None, True),
    ("map", [Ref("str"), [1, 2]], None, True), ("map", [Ref("abs"), [-1, 2]], None, True),
    ("filter", [None, [0, 1, "", "a"]], None, True), ("filter", [Ref("bool"), [0, 2]], None, True),
    ("any", [[0, "", 1]]), ("any", [[]]), ("all", [[1, "a"]]), ("all", [[1, 0]]), ("all", [[]]),
    ("round", [2.5]), ("round", [3.5]), ("round", [-2.5]), ("round", [2.675, 2]), ("round", [1234, -2]),
    ("round", [1250, -2]), ("round", [0.5]), ("round", [7]), ("round", [2.5, 0]), ("round", [1e300]),
    ("round", [float("inf")]), ("round", [1.23456, 3]),
    ("divmod", [7, 2]), ("divmod", [-7, 2]), ("divmod", [7.5, 2]), ("divmod", [7, 0]),
    ("pow", [2, 10]), ("pow", [2, -1]), ("pow", [2, 10, 1000]), ("pow", [3, 4, 5]), ("pow", [2.0, 3]),
    ("hash", [1]), ("hash", [1.0]), ("hash", [(1, 2)]), ("hash", [[1]]),
    ("chr", [65]), ("chr", [0x1F600]), ("chr", [-1]), ("ord", ["A"]), ("ord", ["😀"]), ("ord", ["ab"]),
    ("hex", [255]), ("hex", [-255]), ("oct", [8]), ("bin", [5]), ("bin", [-5]), ("hex", [1.5]),
    ("isinstance", [1, Ref("int")]), ("isinstance", [True, Ref("int")]), ("isinstance", [1, Ref("float")]),
    ("isinstance", [1.0, (Ref("int"), Ref("float"))]), ("isinstance", ["a", Ref("str")]),
    ("isinstance", [1, (Ref("str"), (Ref("list"), Ref("bool")))]),
    ("type", [1]), ("type", [True]), ("type", [1.5]), ("type", ["a"]), ("type", [None]), ("type", [[1]]),
    ("type", [{}]), ("type", [range(1)]), ("type", [(1,)]), ("type", [Ref("len")]),
    ("callable", [Ref("len")]), ("callable", [1]),
    ("next", [[1, 2]]),
]
