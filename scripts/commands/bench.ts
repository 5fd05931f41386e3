/**
 * `enrichkit bench [app|pipeline|docs|all]`: benchmark scripts that print ratios measured in one run against a
 * baseline in the same run. Each suite lives in `scripts/bench/<name>.ts`.
 */
import { defineCommand } from "citty";

const suites: Record<string, (o: { runs: number; rate: number }) => Promise<void>> = {
  app: (o) => import("../bench/app.js").then((m) => m.benchApp(o)),
  pipeline: (o) => import("../bench/pipeline.js").then((m) => m.benchPipeline(o.runs)),
  docs: (o) => import("../bench/docs.js").then((m) => m.benchDocs(o.runs)),
  video: () => import("../bench/video.js").then((m) => m.benchVideo(process.cwd(), "dist")),
};

export default defineCommand({
  meta: {
    name: "bench",
    description: "Benchmarks: app cold start and bulk rate, pipeline and docs build time, as ratios.",
  },
  args: {
    suite: {
      type: "positional",
      required: false,
      default: "all",
      description: `one of ${Object.keys(suites).join(", ")}, all`,
    },
    runs: { type: "string", default: "7", description: "timed runs per command (after one warm-up)" },
    rate: { type: "string", default: "100", description: "app suite: the mock's limit R in requests/s" },
  },
  async run({ args }) {
    const names = args.suite === "all" ? Object.keys(suites) : [args.suite];
    const unknown = names.filter((n) => !suites[n]);
    if (unknown.length) {
      process.stderr.write(
        `bench: unknown suite ${unknown.join(", ")}; choose ${Object.keys(suites).join(", ")} or all\n`,
      );
      process.exitCode = 2;
      return;
    }
    const runs = Number.parseInt(args.runs, 10);
    const rate = Number.parseInt(args.rate, 10);
    if (!(runs > 0) || !(rate > 0)) {
      process.stderr.write("bench: --runs and --rate must be positive whole numbers\n");
      process.exitCode = 2;
      return;
    }
    for (const name of names) await suites[name]!({ runs, rate });
  },
});
