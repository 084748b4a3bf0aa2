// Workbench helpers: selection highlighting and scrolling happen here so that choosing a span
// never re-renders the whole article on the server.
window.factcheck = {
  selectSpan(id) {
    document.querySelectorAll(".fc-selected").forEach(e => e.classList.remove("fc-selected"));
    const parts = document.querySelectorAll(`[data-spans~="${id}"]`);
    parts.forEach(e => e.classList.add("fc-selected"));
    const first = document.getElementById(`span-${id}`) ?? parts[0];
    first?.scrollIntoView({ block: "center", behavior: "smooth" });
  },
};
