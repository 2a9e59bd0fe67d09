#!/usr/bin/env node
// The `taqrir` command. A plain-JavaScript launcher so an old Node gets a clear
// message instead of a syntax error from the TypeScript sources it cannot load.
import "../scripts/require-node.mjs";

const { main } = await import("../functions/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
