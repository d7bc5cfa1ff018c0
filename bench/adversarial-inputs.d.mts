/** Types of bench/adversarial-inputs.mjs. */
export declare const ARTICLES: string[];
export declare function rotateDigits(s: string, k: number): string;
export declare const ADVERSARIAL: Record<string, { what: string; make: (size: number) => string }>;
