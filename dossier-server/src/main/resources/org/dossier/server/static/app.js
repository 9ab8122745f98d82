// Dossier pages: the one script, served by the server itself (the Content-Security-Policy allows no other).
// It only opens and closes citation notes; everything else works without it. It never builds markup from
// strings: it toggles classes and attributes on elements the server rendered (and escaped).
"use strict";

(function () {
  function setOpen(cite, open) {
    cite.classList.toggle("open", open);
    var button = cite.querySelector(".cite-mark");
    if (button) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
  }

  function closeAll(except) {
    document.querySelectorAll(".cite.open").forEach(function (cite) {
      if (cite !== except) {
        setOpen(cite, false);
      }
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var button = target ? target.closest(".cite-mark") : null;
    if (button) {
      var cite = button.closest(".cite");
      var open = !cite.classList.contains("open");
      closeAll(cite);
      setOpen(cite, open);
      event.preventDefault();
      return;
    }
    if (!target || !target.closest(".evidence")) {
      closeAll(null);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closeAll(null);
      var active = document.activeElement;
      if (active && active.classList.contains("cite-mark")) {
        active.blur(); // keyboard focus also shows the note; Escape means "put it away"
      }
    }
  });
})();
