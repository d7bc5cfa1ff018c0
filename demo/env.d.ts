/** The sample articles, bundled by demo/build.mjs. */
declare module "virtual:fixtures" {
  const fixtures: Array<{ id: string; label: string; format: "text" | "html"; input: string }>;
  export default fixtures;
}
