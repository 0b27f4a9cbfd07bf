// A draw by fair lottery is worked out on the server, and its progress page works without
// JavaScript through its "Check progress" link. This does the same every few seconds: it
// fetches the page again, moves on to the result once the server redirects there, reloads
// when the draw has failed (so the reasons show), and otherwise updates the status and time.
// The status line is only replaced when it changes, so screen readers are not told the same
// thing every few seconds.
const status = document.querySelector("[data-draw-progress]");
const elapsed = document.querySelector("[data-draw-elapsed]");
const EVERY = 3000;

async function poll() {
  try {
    const response = await fetch(window.location.href, { headers: { Accept: "text/html" } });
    if (response.redirected) {
      window.location.assign(response.url);
      return;
    }
    if (response.ok) {
      const next = new DOMParser().parseFromString(await response.text(), "text/html");
      const nextStatus = next.querySelector("[data-draw-progress]");
      if (!nextStatus) {
        window.location.reload();
        return;
      }
      if (nextStatus.textContent !== status.textContent) status.textContent = nextStatus.textContent;
      const nextElapsed = next.querySelector("[data-draw-elapsed]");
      if (elapsed && nextElapsed) elapsed.textContent = nextElapsed.textContent;
    }
  } catch {
    // A dropped connection: try again on the next tick.
  }
  window.setTimeout(poll, EVERY);
}

if (status) window.setTimeout(poll, EVERY);
