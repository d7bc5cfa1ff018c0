/**
 * Legacy encodings and mojibake. TEMPORARY SKELETON: the legacy helper replaces this.
 */
export type DetectedEncoding = "none" | "mojibake-cp1252" | "tcvn3" | "vni" | "viqr" | "windows-1258" | "mixed";

export interface RepairResult {
  text: string;
  detected: DetectedEncoding;
  /** 0..1: how sure the detection is. */
  confidence: number;
}

export function repair(text: string): RepairResult {
  return { text, detected: "none", confidence: 1 };
}
