/** Types of demo/build.mjs, for the browser test. */
export interface DemoFixture {
  id: string;
  label: string;
  format: "text" | "html";
  input: string;
}
export function readFixtures(dir?: string): DemoFixture[];
export function buildDemo(options?: { outdir?: string; minify?: boolean }): Promise<{ metafile: unknown; fixtures: number }>;
