"""Records CPython 3.12's view of every fixture program: its `dis` listing and what it prints.

For each src/core/python/fixtures/programs/NAME.py, and each program NAME that programs/variants.json
derives from another (the text of `from` with each `[old, new]` of `replace` made, in order, as the
lab derives it), this writes fixtures/recorded/NAME.json with
every code object's instructions (recursively; offsets turned into instruction indexes, CACHE
and EXTENDED_ARG left out, as the compiler has neither), the exception table, and the program's
stdout, stderr and exit status. It also writes fixtures/refused.json: for each source in
REFUSED (sources a file cannot hold well, such as one with a NUL byte), the line CPython's
SyntaxError names and its message. Tests read the JSON and never need CPython.

Run it with CPython 3.12 (see README: `npm run fixtures:python` finds one).
Usage: python scripts/python/record.py [NAME ...]
"""
import dis
import json
import re
import os
import subprocess
import sys
import sysconfig
import tempfile
import types

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "src", "core", "python", "fixtures")
PROGRAMS = os.path.join(FIXTURES, "programs")
RECORDED = os.path.join(FIXTURES, "recorded")
with open(os.path.join(PROGRAMS, "variants.json"), encoding="utf-8") as variants_file:
    VARIANTS = json.load(variants_file)
TIMEOUT_S = 30
# Where tracebacks place CPython's library (vm/traceback.ts prints the same).
STDLIB = "/usr/lib/python3.%d" % sys.version_info[1]


def listing(code):
    """Every instruction of `code` as a dict, jump targets as instruction indexes."""
    instrs = [i for i in dis.get_instructions(code) if i.opname != "EXTENDED_ARG"]
    index_of = {i.offset: n for n, i in enumerate(instrs)}
    rows = []
    for n, i in enumerate(instrs):
        jump = index_of.get(i.argval) if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs else None
        pos = i.positions
        rows.append({
            "index": n,
            "offset": i.offset,
            "line": pos.lineno if pos is not None else None,
            "opname": i.opname,
            "arg": i.arg,
            # A code object's repr holds its address, which changes every run.
            "argrepr": re.sub(r" at 0x[0-9a-f]+", "", i.argrepr),
            "jump": jump,
        })
    table = []
    for entry in dis._parse_exception_table(code):
        table.append({
            "start": index_of.get(entry.start),
            "end": index_of.get(entry.end, len(instrs)),
            "target": index_of.get(entry.target),
            "depth": entry.depth,
            "lasti": bool(entry.lasti),
        })
    return {
        "name": code.co_name,
        "qualname": code.co_qualname,
        "firstLine": code.co_firstlineno,
        "argCount": code.co_argcount,
        "varnames": list(code.co_varnames),
        "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars),
        "instructions": rows,
        "exceptionTable": table,
    }


def all_code(code):
    """`code` and every code object nested in its constants, depth first, in constant order."""
    out = [listing(code)]
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            out.extend(all_code(c))
    return out


def run(path):
    name = os.path.basename(path)
    try:
        proc = subprocess.run(
            [sys.executable, name],
            cwd=os.path.dirname(path),
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"},
        )
    except subprocess.TimeoutExpired:
        # A program that can deadlock may do so under CPython too: say so rather than fail.
        return {"stdout": "", "stderr": "", "exit": None, "timedOut": True}
    # Tracebacks name the file by its full path; keep only its base name, and name CPython's own
    # library where a Linux distribution keeps it, whichever installation recorded the fixture.
    stderr = proc.stderr.replace(os.path.dirname(path) + os.sep, "")
    stderr = stderr.replace(sysconfig.get_paths()["stdlib"] + os.sep, STDLIB + "/")
    return {"stdout": proc.stdout, "stderr": stderr, "exit": proc.returncode}


def source_of(name):
    """The text of program `name`: its file, or its variant of another program."""
    variant = VARIANTS.get(name)
    if variant is None:
        with open(os.path.join(PROGRAMS, name + ".py"), encoding="utf-8") as f:
            return f.read()
    text = source_of(variant["from"])
    for old, new in variant["replace"]:
        if not old or old not in text:
            sys.exit("variant %s: no %r in %s" % (name, old, variant["from"]))
        text = text.replace(old, new)
    return text


def record(name):
    source = source_of(name)
    code = compile(source, name + ".py", "exec")
    if name in VARIANTS:
        # A derived program has no file of its own: run its text from one of the same name.
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, name + ".py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            ran = run(path)
    else:
        ran = run(os.path.join(PROGRAMS, name + ".py"))
    result = {
        "python": "%d.%d.%d" % sys.version_info[:3],
        "program": name + ".py",
        "code": all_code(code),
        **ran,
    }
    with open(os.path.join(RECORDED, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("recorded", name, "exit", result["exit"])


# Sources CPython refuses before it compiles them, kept here because a NUL byte makes a file binary.
REFUSED = [
    "x = 1\ny = \0\nz = 2\n",
    "x = 1\ny = 2\0\nz = 3\n",
    "x = 1\ny = 2\nz = 3\0",
    "\0x = 1\n",
    "x = 1\n\0\nz = 3\n",
    "x = 1\ny = 2\n\0",
    "x = 1\r\ny = 2\0\r\nz = 3\r\n",
    "x = [1,\0\n 2]\n",
    "x = 1\\\n\0+ 2\n",
    "def f():\n    x = 1\0\n    return x\n",
    "x = 1\ny = 'a\0b'\nz = 2\n",
    "x = 1 # a\0b\ny = 2\n",
    "x = 1\n# c\0\n",
    "x = f\"{1}\0\"\n",
    "s = \"\"\"a\nb\0c\"\"\"\n",
    "x = 1\nzé\0 = 3\nprint(x)\n",
]


def record_refused():
    """Runs each REFUSED source as a file, as the lab's learner would, and keeps CPython's verdict."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "main.py")
        for source in REFUSED:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(source)
            proc = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=TIMEOUT_S)
            line = re.search(r'File ".*", line (\d+)', proc.stderr)
            last = proc.stderr.strip().splitlines()[-1]
            out.append({"source": source, "line": int(line.group(1)) if line else None, "error": last})
    with open(os.path.join(FIXTURES, "refused.json"), "w", encoding="utf-8") as f:
        json.dump({"python": "%d.%d.%d" % sys.version_info[:3], "refused": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("recorded refused sources:", len(out))


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("record.py needs CPython 3.12, not %s" % sys.version.split()[0])
    os.makedirs(RECORDED, exist_ok=True)
    names = sys.argv[1:] or sorted([f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py")] + list(VARIANTS))
    for name in names:
        record(name)
    if not sys.argv[1:]:
        record_refused()


if __name__ == "__main__":
    main()
