/**
 * The generated `run.py` launcher (install.json `programMain`): ThreatConnect's executor runs Python or Java only
 * (threatconnect.md §0), so this standard-library script finds Node ≥ 20 — the bundled `node/bin/node` first, then
 * `node` on PATH — and replaces itself with `node app.js <same args>` (os.execv: same environment, same pid, the
 * exit code and SIGTERM pass straight through).
 *
 * Where the "no Node" message goes: the tc_* params (incl. tc_out_path) sit in the AES-encrypted param file and
 * Python's standard library has no AES, so run.py does not decrypt it. It writes `message.tc` into
 * `$TC_OUT_PATH` when set, else the working directory (TcEx's own fallback), and repeats it on stderr.
 * It never reads or deletes the param file: the app does that.
 */
import { bannerText } from "../lib/banner.js";
import type { AppModel } from "../lib/types.js";
import { NODE_TARGET_MAJOR } from "./bundle.js";

/** Python string literal (JSON strings are valid Python literals for BMP text). */
const py = (text: string) => JSON.stringify(text);

/** `run.py` for the model's app. */
export function renderRunPy(model: Pick<AppModel, "displayName" | "programVersion" | "source">): string {
  return `#!/usr/bin/env python3
# ${bannerText(model.source)}
"""Launches ${model.displayName} ${model.programVersion}: runs the bundled Node.js app (app.js) as a Playbook App."""
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
APP = os.path.join(HERE, "app.js")
BUNDLED_NODE = os.path.join(HERE, "node", "bin", "node")
MIN_NODE_MAJOR = ${NODE_TARGET_MAJOR}
APP_NAME = ${py(model.displayName)}


def node_major(node):
    """Major version of the node binary, or None when it does not run."""
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=15).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.match(r"v(\\d+)\\.", out.strip())
    return int(match.group(1)) if match else None


def find_node():
    """(path, None) for a usable node, else (None, reason)."""
    seen = []
    for node in (BUNDLED_NODE if os.path.isfile(BUNDLED_NODE) else None, shutil.which("node")):
        if not node:
            continue
        major = node_major(node)
        if major is not None and major >= MIN_NODE_MAJOR:
            return node, None
        seen.append("%s (%s)" % (node, "v%d" % major if major is not None else "does not run"))
    if seen:
        return None, "Node.js %d or newer is required; found %s" % (MIN_NODE_MAJOR, ", ".join(seen))
    return None, "Node.js %d or newer is required but none was found (no bundled node/bin/node, no node on PATH)" % MIN_NODE_MAJOR


def fail(reason):
    """Writes message.tc (last 255 characters, like the platform keeps) and exits 1."""
    text = "%s cannot start: %s. Install Node.js %d+ on the execution host or use a package built with --bundle-node." % (
        APP_NAME, reason, MIN_NODE_MAJOR)
    out_dir = os.environ.get("TC_OUT_PATH") or os.getcwd()
    try:
        with open(os.path.join(out_dir, "message.tc"), "w", encoding="utf-8") as handle:
            handle.write(text[-255:] + "\\n")
    except OSError:
        pass
    sys.stderr.write(text + "\\n")
    sys.exit(1)


def main():
    node, reason = find_node()
    if node is None:
        fail(reason)
    try:
        os.execv(node, [node, APP] + sys.argv[1:])
    except OSError as error:
        fail("could not run %s (%s)" % (node, error.strerror))


if __name__ == "__main__":
    main()
`;
}
