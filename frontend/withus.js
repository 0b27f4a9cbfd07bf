// Enhances pages that already work without JavaScript: GOV.UK Frontend's components
// (error summary focus, service navigation toggle, double-click prevention).
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
