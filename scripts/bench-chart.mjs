// Draws docs/benchmarks.svg from the figures in docs/benchmarks.json: one panel of horizontal bars per
// measurement, each with its own scale, our bars in the accent colour. No dependencies.
//
//   node scripts/bench-chart.mjs [figures.json] [out.svg]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function fmt(v) {
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/**
 * The SVG for `figures` ({ title, subtitle, panels: [{ title, unit, better, goal?, bars: [{ label, value, ours }] }] }).
 * Panels are laid out in two columns.
 */
export function chart(figures) {
  const W = 980;
  const colW = 470;
  const gap = 40;
  const labelW = 232;
  const barMax = colW - labelW - 70;
  const barH = 18;
  const rowH = 26;
  const panelHead = 44;
  const top = 70;
  const cols = [top, top];
  const parts = [];
  for (const p of figures.panels) {
    const col = cols[0] <= cols[1] ? 0 : 1;
    const x0 = 20 + col * (colW + gap);
    let y = cols[col];
    const max = Math.max(...p.bars.map((b) => b.value), typeof p.goal === "number" ? p.goal : 0) || 1;
    parts.push(`<text x="${x0}" y="${y + 16}" class="pt">${esc(p.title)}</text>`);
    parts.push(`<text x="${x0}" y="${y + 33}" class="pn">${esc(`${p.unit}, ${p.better === "lower" ? "lower" : "higher"} is better`)}</text>`);
    y += panelHead;
    for (const b of p.bars) {
      const w = Math.max(2, (b.value / max) * barMax);
      parts.push(`<text x="${x0 + labelW - 8}" y="${y + barH - 5}" class="bl" text-anchor="end">${esc(b.label)}</text>`);
      parts.push(`<rect x="${x0 + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" rx="3" class="${b.ours ? "ours" : "other"}"/>`);
      parts.push(`<text x="${x0 + labelW + w + 6}" y="${y + barH - 5}" class="bv">${esc(fmt(b.value))}</text>`);
      y += rowH;
    }
    if (typeof p.goal === "number") {
      const gx = x0 + labelW + (p.goal / max) * barMax;
      parts.push(`<line x1="${gx.toFixed(1)}" x2="${gx.toFixed(1)}" y1="${y - p.bars.length * rowH - 4}" y2="${y}" class="goal"/>`);
      parts.push(`<text x="${(gx + 4).toFixed(1)}" y="${y + 10}" class="gl">goal ${esc(fmt(p.goal))}</text>`);
      y += 12;
    }
    cols[col] = y + 22;
  }
  const H = Math.max(...cols) + 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(figures.title)}">
<style>
  text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; fill: #1d2433; }
  .t { font-size: 18px; font-weight: 700; } .s { font-size: 12px; fill: #667085; }
  .pt { font-size: 14px; font-weight: 700; } .pn { font-size: 11.5px; fill: #667085; }
  .bl { font-size: 12px; } .bv { font-size: 12px; font-weight: 600; }
  .ours { fill: #0f6e66; } .other { fill: #b8c2cc; }
  .goal { stroke: #b42318; stroke-width: 1.5; stroke-dasharray: 4 3; } .gl { font-size: 11px; fill: #b42318; font-weight: 600; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="20" y="30" class="t">${esc(figures.title)}</text>
<text x="20" y="50" class="s">${esc(figures.subtitle ?? "")}</text>
${parts.join("\n")}
</svg>
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const input = process.argv[2] ?? join(root, "docs", "benchmarks.json");
  const output = process.argv[3] ?? join(root, "docs", "benchmarks.svg");
  writeFileSync(output, chart(JSON.parse(readFileSync(input, "utf8"))));
  console.log(`wrote ${output}`);
}
