#!/usr/bin/env python3
"""Re-records the case files of policy-engine/src/test/resources/types/ from Terraform itself.

For each stanza it writes a one-variable configuration in a temporary directory (`type`, `default` and `nullable`
from the stanza's fields of those names), passes the stanza's `value` through terraform.tfvars (as a caller would;
no `value` field: the variable is not set) and asks `terraform console` for jsonencode(var.v) and type(var.v), or
the error. Needs terraform (1.11 was used) and no network: a configuration with only a variable needs no provider.

    python3 policy-engine/src/test/tools/record-type-conversions.py [CASES_FILE...]
"""
import json
import os
import re
import subprocess
import sys
import tempfile

CASES = sys.argv[1:] or [os.path.join(os.path.dirname(__file__), "..", "resources", "types", name)
                         for name in ("conversions.cases", "variables.cases")]
RECORDED = ("result:", "typeof:", "error:", "declaration-error:")
ENV = dict(os.environ, TF_IN_AUTOMATION="1", CHECKPOINT_DISABLE="1", TF_CLI_CONFIG_FILE=os.devnull)


def console(directory, expression):
    run = subprocess.run(["terraform", "console", "-no-color"], cwd=directory, input=expression, env=ENV,
                         capture_output=True, text=True, timeout=60)
    return run.returncode, run.stdout.strip(), run.stderr


def error_detail(stderr):
    """The first error: its summary, the file it is in, and its detail (the text after the snippet) on one line."""
    match = re.search(r"Error: (.*?)\n\n\s*on (\S+) line .*?\n\n(.*?)\n\n", stderr, re.S)
    if not match:
        raise RuntimeError("no error in: " + stderr)
    detail = " ".join(match.group(3).split())
    detail = re.sub(r"^The given value is not suitable for var\.v (declared|defined) at \S+: ", "", detail)
    return match.group(1), match.group(2), detail


def one_line_type(text):
    """type() output without layout: map(object({a: number, b: list(string)}))."""
    compact = re.sub(r",(\s*[)}\]])", r"\1", text)
    compact = re.sub(r"\s+", " ", compact)
    for opening in "({[":
        compact = compact.replace(opening + " ", opening)
    for closing in ")}]":
        compact = compact.replace(" " + closing, closing)
    return compact


def record(fields):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "main.tf"), "w") as f:
            f.write('variable "v" {\n')
            for name in ("type", "default", "nullable"):
                if name in fields:
                    f.write("  %s = %s\n" % (name, fields[name]))
            f.write("}\n")
        if "value" in fields:
            with open(os.path.join(d, "terraform.tfvars"), "w") as f:
                f.write("v = %s\n" % fields["value"])
        code, out, err = console(d, "jsonencode(var.v)")
        if "Error:" in err:
            summary, where, detail = error_detail(err)
            if where == "main.tf":
                return ["declaration-error: %s: %s" % (summary, detail)]
            return ["error: " + detail]
        # jsonencode prints a quoted JSON string: unquote it through json (an unset variable is unknown, typed)
        result = "unknown" if out == "(known after apply)" else json.loads(out)
        code, out, err = console(d, "type(var.v)")
        return ["result: " + result, "typeof: " + one_line_type(out)]


def rerecord(cases):
    with open(cases) as f:
        lines = f.read().split("\n")
    out, stanza = [], []

    def flush():
        if not stanza:
            return
        kept = [l for l in stanza if not l.startswith(RECORDED)]
        fields = {l.split(":", 1)[0]: l.split(":", 1)[1].strip() for l in kept if not l.startswith("#")}
        out.extend(kept)
        if fields:
            out.extend(record(fields))
        stanza.clear()

    for line in lines:
        if line.strip() == "":
            flush()
            out.append(line)
        else:
            stanza.append(line)
    flush()
    with open(cases, "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    for cases in CASES:
        rerecord(cases)
