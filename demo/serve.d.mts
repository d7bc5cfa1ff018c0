/** Types of demo/serve.mjs, for the browser test. */
import type { Server } from "node:http";
export function createDemoServer(root?: string): Server;
