// Fails fast, with a reason, when a script runs on a Node older than the project needs.
// Plain JavaScript on purpose: it must run on the old Node it is refusing.
const [major, minor] = process.versions.node.split(".").map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(
    `taqrir needs Node >= 22.12 (Astro 7 and vitest 5 do); this is Node ${process.versions.node}.\n` +
      "Run it through npm (npm start, npm test): npm puts the pinned node@24 from node_modules/.bin first on PATH.\n" +
      "If node_modules is missing, run `npm install` first.",
  );
  process.exit(1);
}
