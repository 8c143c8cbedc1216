#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists C++ source files over a line limit and functions whose bodies are over a line limit.

    scripts/check-sizes.py [--root DIR] [--max-file-lines 800] [--max-function-lines 120] [--fail]

Every tracked *.cpp / *.h file counts except tests/ (and anything under build/). A function is
found by a small scan of the tokens (comments, strings and preprocessor lines removed): a `{` at
namespace or class level whose declaration has a parameter list opens a function body, and the
body runs to its matching `}`. Its size is the number of lines from that `{` to that `}`,
lambdas and local classes included. Constructors' member initialisers are skipped.

Without --fail the script only reports (exit 0); with --fail it exits 1 when anything is over.
CTest runs it as `size_check` (tests/CMakeLists.txt; STAGECRAFT_SIZE_CHECK_FAIL turns on --fail).
"""

import argparse
import os
import re
import subprocess
import sys

SOURCE_SUFFIXES = (".cpp", ".h")
EXCLUDED_DIRS = ("tests/", "build/", ".git/")

CONTAINER_KEYWORDS = {"namespace", "class", "struct", "union"}
OPAQUE_KEYWORDS = {"enum"}
CONTROL_KEYWORDS = {"if", "for", "while", "switch", "catch", "do", "else", "try"}
TRAILING_QUALIFIERS = {"const", "override", "final", "noexcept", "mutable", "volatile", "&", "&&"}


def strip_code(text):
    """The text with comments, string and character literals and preprocessor lines blanked
    (newlines kept, so line numbers stay)."""
    out = []
    i = 0
    n = len(text)
    at_line_start = True
    while i < n:
        c = text[i]
        if at_line_start:
            j = i
            while j < n and text[j] in " \t":
                j += 1
            if j < n and text[j] == "#":
                # A preprocessor line, with its backslash continuations.
                while j < n:
                    if text[j] == "\n" and text[j - 1] != "\\":
                        break
                    if text[j] == "\n":
                        out.append("\n")
                    j += 1
                i = j
                continue
            at_line_start = False
        if c == "\n":
            out.append("\n")
            at_line_start = True
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("\n" * text.count("\n", i, end))
            i = end
        elif c == "R" and i + 1 < n and text[i + 1] == '"' and (i == 0 or not (
                text[i - 1].isalnum() or text[i - 1] == "_")) or (
                c in "uUL8" and re.match(r'(u8|u|U|L)R"', text[i:i + 4])):
            # A raw string literal: R"delim( … )delim".
            start = text.find('"', i)
            paren = text.find("(", start)
            delimiter = text[start + 1:paren]
            end = text.find(")" + delimiter + '"', paren)
            end = n if end < 0 else end + len(delimiter) + 2
            out.append('""' + "\n" * text.count("\n", i, end))
            i = end
        elif c == '"' or (c == "'" and not (i > 0 and text[i - 1].isalnum())):
            # A string or character literal (a digit separator 1'000 is not one).
            quote = c
            j = i + 1
            while j < n and text[j] != quote and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(quote + quote)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|::|->|&&|\d[\w.']*|\S")


def tokens(code):
    """(token, line) pairs."""
    line = 1
    pos = 0
    for match in TOKEN.finditer(code):
        line += code.count("\n", pos, match.start())
        pos = match.start()
        yield match.group(0), line


def matching_brace(toks, index):
    """Index of the `}` that closes the `{` at `index`."""
    depth = 0
    for k in range(index, len(toks)):
        if toks[k][0] == "{":
            depth += 1
        elif toks[k][0] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(toks) - 1


def before_parameters(decl):
    """The declaration's tokens before its first top-level `(`, template heads dropped."""
    head = []
    angle = 0
    for tok in decl:
        if tok == "(" and angle == 0:
            break
        if tok == "template":
            continue
        if tok == "<":
            angle += 1
        elif tok == ">" and angle > 0:
            angle -= 1
        elif angle == 0:
            head.append(tok)
    return head


def has_constructor_initializer(decl):
    """True when the declaration has `) :` (a member initialiser list follows)."""
    for k in range(1, len(decl)):
        if decl[k] == ":" and (decl[k - 1] == ")" or decl[k - 1] in TRAILING_QUALIFIERS):
            return True
    return False


def function_name(decl):
    """`Class::name` (or `name`, `operator==`, `Class::~Class`) of a declaration."""
    head = before_parameters(decl)
    if "operator" in head:
        at = len(head) - 1 - head[::-1].index("operator")
        name = ["operator" + "".join(head[at + 1:])]
        k = at - 1
    elif head:
        name = [head[-1]]
        k = len(head) - 2
    else:
        return "<anonymous>"
    if k >= 0 and head[k] == "~":
        name.insert(0, "~")
        k -= 1
    while k >= 1 and head[k] == "::" and re.match(r"[A-Za-z_]", head[k - 1]):
        name[0:0] = [head[k - 1], "::"]
        k -= 2
    return "".join(name)


def functions(code):
    """(name, first line, last line) of every function body at namespace or class level."""
    toks = list(tokens(code))
    found = []

    def scan(start, end):
        decl = []
        paren = 0
        k = start
        while k < end:
            tok, line = toks[k]
            if tok in "([":
                paren += 1
            elif tok in ")]":
                paren = max(0, paren - 1)
            if tok == ";" and paren == 0:
                decl = []
            elif tok == "}" and paren == 0:
                decl = []
            elif tok == "{" and paren == 0:
                close = matching_brace(toks, k)
                head = before_parameters(decl)
                previous = decl[-1] if decl else ""
                if any(t in CONTAINER_KEYWORDS for t in head) and "(" not in decl:
                    scan(k + 1, close)
                    decl = []
                elif any(t in OPAQUE_KEYWORDS for t in head) or "(" not in decl:
                    decl.append("{}")  # an initialiser: part of the declaration
                elif has_constructor_initializer(decl) and (
                        re.match(r"[A-Za-z_]", previous) or previous == ">") and (
                        previous not in TRAILING_QUALIFIERS):
                    decl.append("{}")  # a member's braced initialiser
                elif head and head[0] in CONTROL_KEYWORDS:
                    decl = []
                else:
                    found.append((function_name(decl), line, toks[close][1]))
                    decl = []
                k = close + 1
                continue
            else:
                decl.append(tok)
            k += 1

    scan(0, len(toks))
    return found


def source_files(root):
    try:
        listed = subprocess.run(["git", "-C", root, "ls-files", "--cached", "--others",
                                 "--exclude-standard"], check=True, capture_output=True,
                                text=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        listed = []
        for directory, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d != "build"]
            for name in files:
                listed.append(os.path.relpath(os.path.join(directory, name), root))
    paths = []
    for path in listed:
        path = path.replace(os.sep, "/")
        if not path.endswith(SOURCE_SUFFIXES):
            continue
        if any(path.startswith(d) or ("/" + d) in path for d in EXCLUDED_DIRS):
            continue
        if os.path.isfile(os.path.join(root, path)):
            paths.append(path)
    return sorted(paths)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--max-file-lines", type=int, default=800)
    parser.add_argument("--max-function-lines", type=int, default=120)
    parser.add_argument("--fail", action="store_true",
                        help="exit 1 when a file or a function is over its limit")
    args = parser.parse_args()

    big_files = []
    big_functions = []
    for path in source_files(args.root):
        with open(os.path.join(args.root, path), encoding="utf-8", errors="replace") as f:
            text = f.read()
        lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        if lines > args.max_file_lines:
            big_files.append((lines, path))
        for name, first, last in functions(strip_code(text)):
            size = last - first + 1
            if size > args.max_function_lines:
                big_functions.append((size, path, first, name))

    for lines, path in sorted(big_files, reverse=True):
        print(f"{path}: {lines} lines (limit {args.max_file_lines})")
    for size, path, first, name in sorted(big_functions, reverse=True):
        print(f"{path}:{first}: {name} is {size} lines (limit {args.max_function_lines})")
    total = len(big_files) + len(big_functions)
    print(f"{len(big_files)} file(s) over {args.max_file_lines} lines, {len(big_functions)} "
          f"function(s) over {args.max_function_lines} lines"
          + ("" if total == 0 or args.fail else " (reporting only: run with --fail to enforce)"))
    return 1 if args.fail and total > 0 else 0


if __name__ == "__main__":
    sys.exit(main())
