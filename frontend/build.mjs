// Builds static/dist from npm packages at setup time: Withus's Sass compiled with GOV.UK
// Frontend, plus GOV.UK Frontend's JavaScript module and images. Nothing here is committed.
import { compile } from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules/govuk-frontend/dist/govuk");
const out = join(root, "static/dist");
mkdirSync(out, { recursive: true });

const css = compile(join(root, "frontend/withus.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "withus.css"), css.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
cpSync(join(govuk, "assets/images"), join(out, "images"), { recursive: true });
cpSync(join(root, "frontend/withus.js"), join(out, "withus.js"));
cpSync(join(root, "frontend/draw_progress.js"), join(out, "draw_progress.js"));
cpSync(join(root, "frontend/favicon.svg"), join(out, "favicon.svg"));
console.log(`assets built in ${out}`);
