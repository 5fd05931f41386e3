/**
 * The app's entry point, as the platform starts it (through the package's `run.py`): run once, exit with the
 * Playbook App exit code. Everything else is the platform layer and the definition.
 */
import { runApp } from "../../lib/platform/run-app.js";
import { app } from "./app.js";

const exitCode = await runApp(app, { handleSignals: true });
// Exit explicitly: a lingering keep-alive socket must not hold the job open after outputs are written.
process.exit(exitCode);
