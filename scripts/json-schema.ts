/**
 * Writes dist/article-record.schema.json from the zod schema (z.toJSONSchema), so users of other
 * languages can validate records. Run by `npm run build`.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { z } from "zod";
import { ArticleRecordSchema } from "../src/schema.js";

export function articleRecordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArticleRecordSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $id: "urn:vn-ward-news:article-record:1",
    title: "vn-ward-news ArticleRecord",
    ...schema,
  };
}

const out = process.argv[2] ?? "dist/article-record.schema.json";
mkdirSync(out.replace(/\/[^/]*$/, ""), { recursive: true });
writeFileSync(out, JSON.stringify(articleRecordJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out}`);
