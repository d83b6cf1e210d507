"""Records CPython 3.12's answers for the value model's tests: operators, reprs, formats, calls.

Writes src/core/python/values/fixtures/cpython.json. Values are encoded as JSON the tests decode
(None, bools and strs as themselves inside {"str": ...}, ints as decimal text, floats as repr text,
containers as nested lists); each expected answer is the result's repr, or "!Type: message" when
CPython raised (for operators, an index into `answers`). Tests read the JSON and never need CPython.

Usage: scripts/python/values/record.sh   (finds CPython 3.12 and runs this file)
"""
import json
import math
import os
import sys

from cases import BINARY_OPERANDS, CALLS, FORMATS, ITEMS, PERCENTS, REPRS, SEQ_OPERANDS, Ref

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, "src", "core", "python", "values", "fixtures", "cpython.json")

BINARY = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
COMPARE = ["<", "<=", "==", "!=", ">", ">="]
UNARY = ["-", "+", "~", "not "]


def enc(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, range):
        return {"range": [v.start, v.stop, v.step]}
    if isinstance(v, slice):
        return {"slice": [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, Ref):
        return {"ref": v.name}
    raise TypeError(f"cannot encode {v!r}")


def answer(thunk):
    try:
        return repr(thunk())
    except Exception as e:  # noqa: BLE001 - every exception is an answer to record
        return f"!{type(e).__name__}: {e}"


def skip_binary(op, a, b):
    """Operations CPython would spend minutes or gigabytes on, and those with complex results."""
    if op == "**" and isinstance(b, float) and math.isfinite(b) and b != int(b) and isinstance(a, (int, float)) and a < 0:
        return True
    big = isinstance(b, int) and not isinstance(b, bool) and abs(b) > 64
    if op == "**" and big and a not in (0, 1, -1):
        return True
    if op == "**" and isinstance(a, int) and abs(a) > 2**40 and isinstance(b, int) and b > 8:
        return True
    return op == "<<" and big


def main():
    operands = BINARY_OPERANDS + SEQ_OPERANDS
    out = {"python": sys.version.split()[0], "operands": [enc(v) for v in operands]}
    n = len(BINARY_OPERANDS)
    numeric = [(i, j) for i in range(n) for j in range(n)]
    mixed = [(i, j) for i in range(len(operands)) for j in range(len(operands))
             if (i >= n or j >= n) and (i < 6 or j < 6 or (i >= n and j >= n))]
    pairs = numeric + mixed
    seq_ops = {"+", "*", "%", "|", "-"}
    out["binary"] = []
    for op_index, op in enumerate(BINARY):
        for i, j in pairs if op in seq_ops else numeric + mixed[::7]:
            a, b = operands[i], operands[j]
            if skip_binary(op, a, b):
                continue
            out["binary"].append([op_index, i, j, answer(lambda: eval(f"a {op} b", {"a": a, "b": b}))])
    out["inplace"] = []
    for i, j in mixed:
        for op_index, op in enumerate(BINARY):
            a, b = operands[i], operands[j]
            if not isinstance(a, list) or op not in seq_ops:
                continue
            env = {"a": list(a), "b": b}
            def run():
                alias = env["a"]
                exec(f"a {op}= b", env)
                return (env["a"], env["a"] is alias)
            out["inplace"].append([op_index + 13, i, j, answer(run)])
    out["compare"] = [[k, i, j, answer(lambda: eval(f"a {op} b", {"a": operands[i], "b": operands[j]}))]
                      for k, op in enumerate(COMPARE) for i, j in (pairs if k < 3 else numeric)]
    out["unary"] = [[k, i, answer(lambda: eval(f"{op}a", {"a": operands[i]}))]
                    for k, op in enumerate(UNARY) for i in range(len(operands))]
    out["contains"] = [[i, j, answer(lambda: operands[i] in operands[j])] for i, j in mixed if j >= n]
    out["hash"] = [[i, answer(lambda: hash(operands[i]))] for i in range(len(operands))
                   if not (isinstance(operands[i], float) and operands[i] != operands[i])]
    out["repr"] = [[enc(v), repr(v), str(v)] for v in REPRS]
    out["format"] = [[enc(v), spec, answer(lambda: format(v, spec))] for v, spec in FORMATS]
    out["percent"] = [[t, enc(a), answer(lambda: t % a)] for t, a in PERCENTS]
    out["items"] = []
    for container, key in ITEMS:
        out["items"].append([enc(container), enc(key), answer(lambda: container[key])])
    out["calls"] = []
    for call in CALLS:
        out["calls"].append(record_call(*call))
    intern_answers(out)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}: {sum(len(v) for v in out.values() if isinstance(v, list))} cases")


def intern_answers(out):
    """Operator answers repeat (the same TypeError hundreds of times): store each once in `answers`."""
    answers = {}
    for key in ("binary", "inplace", "compare", "unary", "contains", "hash"):
        for row in out[key]:
            row[-1] = answers.setdefault(row[-1], len(answers))
    out["answers"] = list(answers)


def record_call(target, args=(), kwargs=None, listify=False):
    """A call of a builtin (target "len") or a method ("list.append", self first in args)."""
    kwargs = kwargs or {}
    encoded = {"fn": target, "args": [enc(a) for a in args], "kwargs": {k: enc(v) for k, v in kwargs.items()}}
    args = [resolve(a) for a in args]
    kwargs = {k: resolve(v) for k, v in kwargs.items()}
    if "." in target:
        kind, name = target.split(".")
        fn = getattr(args[0], name)
        rest = args[1:]
    else:
        fn = eval(target)
        rest = args
    def run():
        r = fn(*rest, **kwargs)
        return list(r) if listify else r
    encoded["expect"] = answer(run)
    if listify:
        encoded["listify"] = True
    if "." in target:
        encoded["after"] = repr(args[0])
    return encoded


def resolve(v):
    """A fresh copy of an argument, with each Ref replaced by the callable it names."""
    if isinstance(v, Ref):
        return eval(v.name)
    if isinstance(v, list):
        return [resolve(x) for x in v]
    if isinstance(v, tuple):
        return tuple(resolve(x) for x in v)
    if isinstance(v, dict):
        return {k: resolve(x) for k, x in v.items()}
    return v


if __name__ == "__main__":
    main()
