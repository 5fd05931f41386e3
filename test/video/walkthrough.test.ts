/**
 * The walkthrough deck, its narration and the caption timing, without building a video: slides come from the
 * definition, narration is plain speech, captions join up from 0 to the end, the timeline never cuts a narration.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findPictures, planTimeline, VIDEO_PAUSE_SECONDS } from "../../scripts/build/video.js";
import {
  buildCaptionCues,
  captionTexts,
  formatVttTime,
  MAX_CUE_CHARS,
  renderVtt,
} from "../../scripts/render/video/captions.js";
import {
  renderWalkthroughFiles,
  WALKTHROUGH_DECK_PATH,
  walkthroughRenderer,
} from "../../scripts/render/video/walkthrough-deck.js";
import { buildWalkthroughSlides, spokenIndicator } from "../../scripts/render/video/walkthrough-slides.js";
import { trimmedModel } from "./_trimmed-app.js";

const deckOf = (model = trimmedModel()) => String(renderWalkthroughFiles(model)[0]!.contents);

describe("walkthrough slides", () => {
  it("follows the issue's order: title, problem, flow, configure, one example per action, template, write-back, requirements", () => {
    expect(buildWalkthroughSlides(trimmedModel()).map((s) => s.id)).toEqual([
      "title",
      "problem",
      "how-it-works",
      "configure",
      "example-lookup-address",
      "example-lookup-file",
      "playbook-template",
      "written-back",
      "requirements",
    ]);
  });

  it("narrates in plain sentences: no Markdown, HTML or arrows for the voice to read out", () => {
    for (const slide of buildWalkthroughSlides(trimmedModel())) {
      expect(slide.narration, slide.id).not.toMatch(/[`*#|<>[\]{}→]/);
      expect(slide.narration, slide.id).toMatch(/[.!?]$/);
    }
  });

  it("shows the sample run's real outputs on the example slide and says when a run was not collected", () => {
    const [address, file] = buildWalkthroughSlides(trimmedModel()).filter((s) => s.id.startsWith("example-"));
    expect(address!.body).toContain("`acme.results.address.country!String` | NL");
    expect(address!.narration).toContain("It returned rating 4 and tags botnet, Acme: Malicious.");
    // The 40-row HTML summary is too long for a slide and is left off.
    expect(address!.body).not.toContain("acme.results.summary.html");
    expect(file!.narration).toContain("Sample run not collected.");
  });

  it("names a URL by its host and a hash by its first characters", () => {
    expect(spokenIndicator("http://phish.example.org/login?a=1")).toBe("on phish.example.org");
    expect(spokenIndicator("44d88612fea8a8f36de82e1278abb02f")).toBe("starting 44d88612");
    expect(spokenIndicator("198.51.100.7")).toBe("198.51.100.7");
  });

  it("uses built pictures when given and draws the flow, inputs and template from the model when not", () => {
    const bare = buildWalkthroughSlides(trimmedModel());
    const pictured = buildWalkthroughSlides(trimmedModel(), {
      flow: "pictures/flow.png",
      wizard: "pictures/wizard.png",
    });
    const body = (slides: typeof bare, id: string) => slides.find((s) => s.id === id)!.body;
    expect(body(bare, "how-it-works")).toContain('<div class="flow">');
    expect(body(bare, "configure")).toContain("| Connection | API Key | String | yes |");
    expect(body(pictured, "how-it-works")).toContain('<img src="pictures/flow.png"');
    expect(body(pictured, "configure")).toContain('<img src="pictures/wizard.png"');
    expect(body(pictured, "playbook-template")).toContain('<div class="flow">');
    // Pictures change what is shown, never what is said.
    expect(pictured.map((s) => s.narration)).toEqual(bare.map((s) => s.narration));
  });
});

describe("walkthrough deck (committed, under check)", () => {
  it("is Marp with the banner in its front matter and each slide's narration as a presenter note", () => {
    const model = trimmedModel();
    const deck = deckOf(model);
    expect(walkthroughRenderer.render(model).map((f) => f.path)).toEqual([WALKTHROUGH_DECK_PATH]);
    expect(deck).toMatch(
      /^---\n# generated from test\/video\/_trimmed-app\.ts — do not edit; run npm run generate\nmarp: true\n/,
    );
    const slides = buildWalkthroughSlides(model);
    expect(deck.split("\n---\n").length - 1).toBe(slides.length); // front matter fence + one separator per slide break
    for (const slide of slides) expect(deck).toContain(`<!-- narration: ${slide.narration} -->`);
    expect(deck.endsWith("\n")).toBe(true);
    expect(deck).not.toContain("\r");
    expect(deckOf(model)).toBe(deck);
  });

  it("changes its title slide and narration when the definition's description changes", () => {
    const before = buildWalkthroughSlides(trimmedModel())[0]!;
    const after = buildWalkthroughSlides(
      trimmedModel({ description: "Scores Address and File indicators with Acme Lookup." }),
    )[0]!;
    expect(before.narration).toContain("returns a rating and tags.");
    expect(after.narration).toBe(
      "Acme Lookup Enrichment, version 1.2.0. Scores Address and File indicators with Acme Lookup.",
    );
    expect(deckOf(trimmedModel({ description: "Scores Address and File indicators with Acme Lookup." }))).toContain(
      "<!-- narration: Acme Lookup Enrichment, version 1.2.0. Scores Address and File indicators with Acme Lookup. -->",
    );
  });
});

describe("timeline", () => {
  it("lasts the narrations plus one pause each, within half a frame, with every boundary on a frame", () => {
    const narrations = [3.217, 9.04, 0.55, 12.333];
    for (const fps of [1, 5, 25]) {
      const timeline = planTimeline(narrations, fps);
      const want = narrations.reduce((a, b) => a + b, 0) + narrations.length * VIDEO_PAUSE_SECONDS;
      expect(Math.abs(timeline.at(-1)!.end - want), `fps ${fps}`).toBeLessThanOrEqual(0.5 / fps + 1e-9);
      timeline.forEach((t, i) => {
        expect(t.start).toBe(i === 0 ? 0 : timeline[i - 1]!.end);
        expect(t.end - t.start, `slide ${i + 1} at ${fps} fps cut its narration`).toBeGreaterThanOrEqual(t.narration);
        expect(Math.abs(t.end * fps - Math.round(t.end * fps))).toBeLessThan(1e-9);
      });
    }
  });
});

describe("captions", () => {
  const slides = [
    { text: "First slide. It has two sentences.", start: 0, narration: 2.5, end: 3.2 },
    { text: "Second slide, about 198.51.100.7 and e.g. a hash.", start: 3.2, narration: 3, end: 3.8 + 3 },
  ];

  it("cover the whole video in order, one cue per sentence, the last one holding through the pause", () => {
    const cues = buildCaptionCues(slides);
    expect(cues.map((c) => c.text)).toEqual([
      "First slide.",
      "It has two sentences.",
      "Second slide, about 198.51.100.7 and e.g. a hash.",
    ]);
    expect(cues[0]!.startMs).toBe(0);
    expect(cues.at(-1)!.endMs).toBe(6800);
    cues.forEach((c, i) => {
      expect(c.endMs).toBeGreaterThan(c.startMs);
      if (i > 0) expect(c.startMs).toBe(cues[i - 1]!.endMs);
    });
    // Second cue of slide 1 starts where its share of the 2.5 s narration begins: 12 of 33 characters.
    expect(cues[1]!.startMs).toBe(Math.round(((2.5 * 12) / 33) * 1000));
  });

  it("cuts long sentences at word boundaries into cues of at most two lines", () => {
    const long = `Ten mapping rules set ${Array.from({ length: 30 }, (_, i) => `field${i}`).join(", ")} on the indicator.`;
    const texts = captionTexts(long);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join(" ")).toBe(long);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_CUE_CHARS);
  });

  it("renders WebVTT with a banner note and HH:MM:SS.mmm times", () => {
    expect(formatVttTime(3_723_045)).toBe("01:02:03.045");
    const vtt = renderVtt(buildCaptionCues(slides), "generated — do not edit");
    expect(vtt).toMatch(
      /^WEBVTT\n\nNOTE generated — do not edit\n\n1\n00:00:00\.000 --> 00:00:00\.909\nFirst slide\.\n\n2\n/,
    );
    expect(vtt.endsWith("a hash.\n")).toBe(true);
  });
});

describe("findPictures", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("finds the flow diagram, the first action's wizard and the matching playbook canvas under dist/pictures", async () => {
    const dist = await mkdtemp(join(tmpdir(), "enrichkit-pictures-"));
    dirs.push(dist);
    for (const p of [
      "flow.png",
      "wizard/lookup-file.png",
      "wizard/lookup-address.png",
      "playbooks/acme-file-enrichment.png",
      "playbooks/acme-address-enrichment.png",
    ]) {
      await mkdir(join(dist, "pictures", p, ".."), { recursive: true });
      await writeFile(join(dist, "pictures", p), "png");
    }
    expect(await findPictures(dist, trimmedModel())).toEqual({
      flow: join(dist, "pictures", "flow.png"),
      wizard: join(dist, "pictures", "wizard", "lookup-address.png"),
      playbook: join(dist, "pictures", "playbooks", "acme-address-enrichment.png"),
    });
  });

  it("finds nothing (and the slides fall back to HTML) when no picture step ran", async () => {
    const dist = await mkdtemp(join(tmpdir(), "enrichkit-pictures-"));
    dirs.push(dist);
    expect(await findPictures(dist, trimmedModel())).toEqual({
      flow: undefined,
      wizard: undefined,
      playbook: undefined,
    });
  });
});
