/**
 * The browser demo in a real browser: Debian's Chromium driven by playwright-core.
 * Loads the page served by demo/serve.mjs, parses the seed article, checks the officials and the award
 * count against the gold file, clicks values and checks their evidence highlight, switches the tone
 * style, searches "tan giang", and saves the screenshots the docs use (docs/demo.png, docs/demo-phone.png).
 *
 * Skipped only when no Chromium is installed (CI installs the `chromium` package: see .ci/run).
 */
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildDemo } from "../../demo/build.mjs";
import { createDemoServer } from "../../demo/serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CHROMIUM = process.env.VWN_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`test/browser skipped: no Chromium at ${CHROMIUM} (install Debian's "chromium" package; .ci/run does)`);

interface GoldOfficial {
  name: string;
  titles: string[];
}
interface GoldAward {
  kind: string;
  recipients: Array<{ type: string; count: number | null }>;
}
const seedInput = readFileSync(join(root, "fixtures", "seed.txt"), "utf8");
const gold = JSON.parse(readFileSync(join(root, "fixtures", "seed.gold.json"), "utf8")) as {
  event: { venue: string };
  officials: GoldOfficial[];
  awards: GoldAward[];
};

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

describe.skipIf(!hasChromium)("browser demo (Chromium)", () => {
  let server: Server;
  let browser: Browser;
  let url: string;
  let desktop: Page;
  const errors: string[] = [];

  /** Types a query and waits until the results are those of this query. */
  async function search(page: Page, q: string): Promise<void> {
    await page.fill("[data-testid=search-input]", q);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>("[data-testid=search-results]")?.dataset.query === q, q);
  }

  async function open(width: number, height: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, reducedMotion: "reduce" });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(url);
    await page.waitForSelector("body[data-ready='true']", { timeout: 90_000 });
    return page;
  }

  beforeAll(async () => {
    await buildDemo();
    server = createDemoServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    desktop = await open(1280, 900);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("parses the pasted seed article into officials and awards, and shows evidence on click", async () => {
    const page = desktop;
    await page.click("#input-box summary");
    await page.fill("[data-testid=article-input]", "");
    await page.fill("[data-testid=article-input]", seedInput);
    await page.click("[data-testid=parse-button]");

    // officials: the gold names, in order, with the gold titles
    const names = await page.locator("[data-testid=official-name]").allTextContents();
    expect(names).toEqual(gold.officials.map((o) => o.name));
    const firstTitles = await page.locator("[data-testid=official]").first().locator("[data-testid=official-title]").allTextContents();
    expect(firstTitles).toEqual(gold.officials[0]!.titles);

    // the award count on the page: kỷ niệm chương to 3 individuals, as in the gold file
    const kyNiem = gold.awards.find((a) => a.kind === "kỷ niệm chương")!;
    const award = page.locator("[data-testid=award][data-kind='kỷ niệm chương']");
    await expect(award.count()).resolves.toBe(1);
    expect(await award.locator("[data-testid=award-count]").allTextContents()).toEqual(kyNiem.recipients.map((r) => String(r.count)));
    expect(await award.locator("[data-testid=award-recipient]").getAttribute("data-type")).toBe(kyNiem.recipients[0]!.type);

    // clicking the venue highlights exactly the venue's words in the article text
    await page.click("[data-testid=event-venue]");
    await expect(page.locator("[data-testid=event-venue]").getAttribute("aria-pressed")).resolves.toBe("true");
    expect(await page.locator("[data-testid=article-text] mark").allTextContents()).toEqual([gold.event.venue]);
    expect(await page.locator("[data-testid=evidence-status]").textContent()).toContain(gold.event.venue);

    // clicking an official's name highlights every place the name occurs in the text
    await page.locator("[data-testid=official-name]").first().click();
    const text = (await page.locator("[data-testid=article-text]").textContent()) ?? "";
    const name = gold.officials[0]!.name;
    const occurrences = text.split(name).length - 1;
    expect(occurrences).toBeGreaterThan(1);
    expect(await page.locator("[data-testid=article-text] mark").allTextContents()).toEqual(Array(occurrences).fill(name));

    // the screenshot in the README: the record beside its text, the venue's evidence highlighted
    await page.click("#input-box summary");
    await page.setViewportSize({ width: 1280, height: 1160 });
    await page.locator("[data-testid=event-venue]").click();
    await page.evaluate(() => {
      document.body.classList.add("screenshot");
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(root, "docs", "demo.png") });
    await page.evaluate(() => document.body.classList.remove("screenshot"));
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("switches the tone style of the record and the text", async () => {
    const page = desktop;
    await page.selectOption("[data-testid=fixture-picker]", "seed.txt");
    expect(await page.locator("[data-testid=article-text]").textContent()).toContain("Ủy viên Ban thường vụ Thành ủy");
    await page.getByLabel("hoà · uỷ").check();
    await page.waitForFunction(() => document.querySelector("[data-testid=article-text]")?.textContent?.includes("Uỷ viên"));
    const text = (await page.locator("[data-testid=article-text]").textContent()) ?? "";
    expect(text).toContain("Uỷ viên Ban thường vụ Thành uỷ");
    expect(text).not.toContain("Ủy viên");
    expect(await page.locator("[data-testid=official-title]").first().textContent()).toBe("Uỷ viên Ban thường vụ Thành uỷ");
    await page.getByLabel("hòa · ủy").check();
    await page.waitForFunction(() => document.querySelector("[data-testid=article-text]")?.textContent?.includes("Ủy viên"));
  });

  it("searches as you type: 'tan giang' finds the seed first, highlighted in its own diacritics", async () => {
    const page = desktop;
    await search(page, "tan giang");
    const first = page.locator("[data-testid=search-hit]").first();
    expect(await first.getAttribute("data-id")).toBe("seed.txt");
    const marks = await first.locator("mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toBe("Tân Giang");

    // a filter chip that excludes the seed leaves no hit; clearing it brings the hit back
    await page.click("[data-testid=chip][data-key=year][data-value='2024']");
    await expect(page.locator("[data-testid=search-hit]").count()).resolves.toBe(0);
    await expect(page.locator("[data-testid=search-status]").textContent()).resolves.toContain("No hits");
    await page.click("[data-testid=chip][data-key=year][data-value='2024']");
    await page.locator("[data-testid=search-hit]").first().waitFor();
    expect(await page.locator("[data-testid=search-hit]").first().getAttribute("data-id")).toBe("seed.txt");

    // clicking a hit opens it in the parser
    await search(page, "huy hieu dang");
    const id = await page.locator("[data-testid=search-hit]").first().getAttribute("data-id");
    expect(id).not.toBe("seed.txt");
    await page.locator("[data-testid=search-hit] .hit-title").first().click();
    expect(await page.locator("[data-testid=fixture-picker]").inputValue()).toBe(id);
  });

  it("is usable at phone width (390 px): no horizontal scrolling, evidence in a sheet", async () => {
    const page = await open(390, 844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.click("[data-testid=event-date]");
    const sheet = page.locator("[data-testid=evidence-sheet]");
    await expect(sheet.isVisible()).resolves.toBe(true);
    expect(await sheet.locator("mark").textContent()).toBe(await page.locator("[data-testid=article-text] mark").first().textContent());
    await page.evaluate(() => document.body.classList.add("screenshot"));
    await page.screenshot({ path: join(root, "docs", "demo-phone.png") });
    await page.close();
  });

  it("logs no errors in the page", () => {
    expect(errors).toEqual([]);
  });
});
