// "Print this page" buttons (data-app-print): hidden until this module shows them, so without
// JavaScript there is no button that does nothing; the browser's own Print still works.
for (const button of document.querySelectorAll("button[data-app-print]")) {
  button.addEventListener("click", () => window.print());
  button.hidden = false;
}
