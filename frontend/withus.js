// Enhances pages that already work without JavaScript: GOV.UK Frontend's components
// (error summary focus, service navigation toggle, double-click prevention).
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// An import runs on the server after it is confirmed: keep its progress line current, and
// show the result once it is finished. Without JavaScript the page has a "Check progress" link.
const progress = document.querySelector("[data-import-progress]");
if (progress) {
  const poll = async () => {
    try {
      const response = await fetch(progress.dataset.importProgress, { headers: { Accept: "application/json" } });
      if (response.ok) {
        const state = await response.json();
        if (state.finished) {
          window.location.reload();
          return;
        }
        progress.textContent = state.text;
      }
    } catch {
      // A dropped connection: try again on the next tick.
    }
    window.setTimeout(poll, 2000);
  };
  window.setTimeout(poll, 1000);
}

// A draw being worked out in the background: its own module, fetched only on its page.
if (document.querySelector("[data-draw-progress]")) import("./draw_progress.js");
