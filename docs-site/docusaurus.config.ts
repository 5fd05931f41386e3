/**
 * User docs of the app, built by `npm run docs:build` (or the `docs` step of `npm start`) into dist/docs-site.
 * Identity comes from the generated site.json; reference pages under docs/reference are generated; the typedoc
 * plugin writes the API reference of defineApp and the platform layer into docs/api at build time.
 * ENRICHKIT_DOCS_BUNDLER=webpack builds without @docusaurus/faster (the benchmark's baseline).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type * as Preset from "@docusaurus/preset-classic";
import type { Config } from "@docusaurus/types";

// jiti loads this file as CommonJS, so __dirname is the site folder; typedoc paths are cwd-relative otherwise (F8).
const here = (...parts: string[]) => path.resolve(__dirname, ...parts);
const site = JSON.parse(readFileSync(here("site.json"), "utf8")) as { title: string; tagline: string; version: string };
const faster = process.env.ENRICHKIT_DOCS_BUNDLER !== "webpack";

/** API entry points: the definition contract and the platform layer a partner reuses. */
const apiEntryPoints = [here("../lib/define-app.ts"), here("../lib/platform/index.ts")];

/**
 * theme-mermaid imports `@mermaid-js/layout-elk` only if it is installed; rspack treats the missing optional module
 * as empty, webpack fails to resolve it. The webpack baseline gets the same treatment through an alias.
 */
const optionalElkForWebpack = () => ({
  name: "enrichkit-optional-elk",
  configureWebpack: () => ({ resolve: { alias: { "@mermaid-js/layout-elk": false as const } } }),
});

const config: Config = {
  title: site.title,
  tagline: site.tagline,
  url: "https://docs.enrichkit.example",
  favicon: "favicon.svg",
  baseUrl: "/",
  trailingSlash: false,
  future: { v4: true, faster },
  onBrokenLinks: "throw",
  onBrokenAnchors: "throw",
  onDuplicateRoutes: "throw",
  markdown: {
    // .md files are CommonMark (generated pages print `{placeholders}` as text); .mdx files are MDX.
    format: "detect",
    mermaid: true,
    hooks: { onBrokenMarkdownLinks: "throw", onBrokenMarkdownImages: "throw" },
  },
  themes: [
    "@docusaurus/theme-mermaid",
    [
      "@easyops-cn/docusaurus-search-local",
      { hashed: true, indexBlog: false, indexPages: false, docsRouteBasePath: "/", language: ["en"], explicitSearchResultPath: true },
    ],
  ],
  presets: [
    [
      "classic",
      {
        docs: { routeBasePath: "/", sidebarPath: here("sidebars.ts") },
        blog: false,
        theme: { customCss: here("src/css/custom.css") },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    ...(faster ? [] : [optionalElkForWebpack]),
    [
      "docusaurus-plugin-typedoc",
      {
        entryPoints: apiEntryPoints,
        tsconfig: here("tsconfig.typedoc.json"),
        out: here("docs/api"),
        readme: "none",
        // typecheck runs in CI on its own; the user docs never fail on a type error.
        skipErrorChecking: true,
        disableSources: true,
        sidebar: { autoConfiguration: true, pretty: true },
      },
    ],
  ],
  themeConfig: {
    navbar: {
      title: site.title,
      items: [
        { type: "docSidebar", sidebarId: "docs", position: "left", label: "User guide" },
        { type: "docSidebar", sidebarId: "api", position: "left", label: "API" },
        { type: "html", position: "right", value: `<span class="navbar-version">v${site.version}</span>` },
      ],
    },
    footer: { style: "light", copyright: `${site.title} ${site.version}. Generated with Enrichkit.` },
    mermaid: { theme: { light: "neutral", dark: "dark" } },
    colorMode: { respectPrefersColorScheme: false },
  } satisfies Preset.ThemeConfig,
};

export default config;
