// Workbench helpers. Selection highlighting, scrolling and the keyboard live in the browser so that
// moving around a long article never re-renders it on the server.
window.factcheck = (() => {
  let keyHandler = null;

  // The article is rendered as consecutive runs, each with data-start = its offset in the article text.
  // A DOM position (node, offset) inside it maps to an offset in UTF-16 code units, as C# strings count.
  function toArticleOffset(root, node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const run = node.parentElement?.closest("[data-start]");
      if (!run || !root.contains(run)) return null;
      return Number(run.dataset.start) + offset;
    }
    // An element boundary: measure the text before that child.
    const runs = [...root.querySelectorAll("[data-start]")];
    if (node === root) {
      if (offset >= runs.length) return root.textContent.length;
      return Number(runs[offset].dataset.start);
    }
    const run = node.closest?.("[data-start]");
    if (!run || !root.contains(run)) return null;
    const text = [...run.childNodes].slice(0, offset).map(n => n.textContent).join("");
    return Number(run.dataset.start) + text.length;
  }

  function selectionOffsets() {
    const root = document.querySelector("[data-testid=article-text]");
    const selection = window.getSelection();
    if (!root || !selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
    const start = toArticleOffset(root, range.startContainer, range.startOffset);
    const end = toArticleOffset(root, range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    return { start: Math.min(start, end), end: Math.max(start, end) };
  }

  // Scrolls only the given container (never the page) so the element is in view.
  function reveal(container, element, center) {
    if (!container || !element) return;
    const box = container.getBoundingClientRect();
    const at = element.getBoundingClientRect();
    if (center) {
      container.scrollTop += at.top - box.top - (box.height - at.height) / 2;
    } else if (at.top < box.top) {
      container.scrollTop += at.top - box.top;
    } else if (at.bottom > box.bottom) {
      container.scrollTop += at.bottom - box.bottom;
    }
  }

  function isTyping(target) {
    const tag = target?.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target?.isContentEditable;
  }

  // The last highlight clicked, remembered by a capturing listener so the server can ask for it.
  let clickedSpan = null;
  document.addEventListener("click", e => {
    const mark = e.target?.closest?.("[data-testid=article-text] mark[data-primary]");
    const selecting = !window.getSelection()?.isCollapsed;
    clickedSpan = mark && !selecting ? Number(mark.dataset.primary) : null;
  }, true);

  return {
    selectionOffsets,

    takeClickedSpan() {
      const id = clickedSpan;
      clickedSpan = null;
      return id;
    },

    // The outline itself is rendered by the server (ArticleText); this brings the span and its list row into view.
    selectSpan(id, scrollList) {
      const first = document.getElementById(`span-${id}`) ?? document.querySelector(`[data-spans~="${id}"]`);
      reveal(first?.closest(".fc-workbench-text"), first, true);
      if (scrollList) {
        const row = document.querySelector(`[data-testid=span-list] [data-span-id="${id}"]`);
        reveal(row?.closest("[data-testid=span-list-scroller]"), row, false);
      }
    },

    // The list is virtualized: rows far from view don't exist yet, so scroll by position first.
    scrollListTo(index, rowHeight) {
      const list = document.querySelector("[data-testid=span-list-scroller]");
      if (!list) return;
      const top = index * rowHeight;
      if (top < list.scrollTop || top + rowHeight > list.scrollTop + list.clientHeight) {
        list.scrollTop = Math.max(0, top - list.clientHeight / 2);
      }
    },

    focusPanel() {
      document.querySelector("[data-testid=span-panel] input, [data-testid=span-panel] textarea, [data-testid=span-panel] button")?.focus();
    },

    attachKeys(dotnet) {
      this.detachKeys();
      keyHandler = e => {
        const ctrl = e.ctrlKey || e.metaKey;
        if (ctrl && e.key.toLowerCase() === "s") {
          e.preventDefault();
          // Fields bind on change: leaving the field sends what was typed before the save is asked for.
          const focused = document.activeElement;
          focused?.blur();
          dotnet.invokeMethodAsync("OnShortcut", "save", null, null).then(() => focused?.focus());
          return;
        }
        if (e.key === "Escape") {
          dotnet.invokeMethodAsync("OnShortcut", "escape", null, null);
          return;
        }
        if (ctrl || e.altKey || isTyping(e.target)) return;
        const keys = { j: "next", k: "previous", Enter: "open", a: "accept", r: "reject", c: "claim", q: "quote", "?": "help" };
        let action = keys[e.key];
        if (!action && /^[1-9]$/.test(e.key)) action = "rate-" + e.key;
        if (!action) return;
        // Enter on a button or link keeps its own meaning.
        if (action === "open" && (e.target?.tagName === "BUTTON" || e.target?.tagName === "A")) return;
        e.preventDefault();
        const selection = action === "claim" || action === "quote" ? selectionOffsets() : null;
        dotnet.invokeMethodAsync("OnShortcut", action, selection?.start ?? null, selection?.end ?? null);
      };
      document.addEventListener("keydown", keyHandler);
      // Marks the page as ready for shortcuts (browser tests wait for it before their first key).
      document.documentElement.dataset.shortcuts = "on";
    },

    detachKeys() {
      if (keyHandler) document.removeEventListener("keydown", keyHandler);
      keyHandler = null;
      delete document.documentElement.dataset.shortcuts;
    },
  };
})();
