/**
 * Input cleaning: HTML or pasted page text in, the article's blocks out.
 * TEMPORARY SKELETON: the clean helper replaces this with HTML main-content extraction and boilerplate removal.
 */
export interface CleanBlock {
  text: string;
  kind: "paragraph" | "caption" | "heading";
}

export interface CleanResult {
  format: "text" | "html";
  title: string | null;
  /** Raw posting/update lines found around the article ("Ngày đăng 15/03/2018 | 07:05"), in order. */
  postingLines: string[];
  blocks: CleanBlock[];
}

export interface CleanOptions {
  /** Force HTML (true) or plain text (false); detected when undefined. */
  html?: boolean;
}

/** Detects HTML input. */
export function looksLikeHtml(input: string): boolean {
  return /<(?:html|body|div|p|article|br|span|h1|table)\b[^>]*>/i.test(input.slice(0, 5000));
}

export function cleanInput(input: string, options: CleanOptions = {}): CleanResult {
  const html = options.html ?? looksLikeHtml(input);
  const text = html ? input.replace(/<[^>]*>/g, "\n") : input;
  const blocks = text
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t, kind: "paragraph" as const }));
  return { format: html ? "html" : "text", title: null, postingLines: [], blocks };
}
