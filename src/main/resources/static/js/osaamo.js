// Osaamo's small helpers. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  "use strict";

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) {
      headers[header.getAttribute("content")] = token.getAttribute("content");
    }
    return headers;
  }

  // JSON calls made with the session cookie carry the CSRF token like htmx requests do.
  window.osaamo = {
    fetch: function (url, options) {
      options = options || {};
      options.headers = Object.assign({}, csrfHeaders(), options.headers || {});
      options.credentials = "same-origin";
      return window.fetch(url, options);
    }
  };

  // On narrow screens with more than a few links, the main navigation starts folded
  // behind its "Menu" button; without JavaScript it stays open.
  var menu = document.querySelector("details.menu");
  if (menu && window.matchMedia("(max-width: 40rem)").matches) {
    if (menu.querySelectorAll("li").length > 4) {
      menu.removeAttribute("open");
    }
    else {
      // A few links stay open, and a button that would only hide them is left out.
      menu.classList.add("menu--few");
    }
  }

  // Tables of three or more columns stack into cards on phones: each cell gets its
  // column's heading as a label (see table.stacked in osaamo.css).
  Array.prototype.forEach.call(document.querySelectorAll("table"), function (table) {
    var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    if (headings.length < 3) {
      return;
    }
    table.classList.add("stacked");
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (row) {
      Array.prototype.forEach.call(row.children, function (cell, index) {
        if (headings[index] && cell.tagName === "TD") {
          cell.setAttribute("data-label", headings[index]);
        }
      });
    });
  });

  // Charts wider than a phone scroll sideways; those over time open at their latest end.
  Array.prototype.forEach.call(document.querySelectorAll(".eco-scroll[data-latest-last]"), function (scroller) {
    scroller.scrollLeft = scroller.scrollWidth;
  });

  // A refused form's summary of problems takes the focus, so that screen readers read it
  // and the keyboard starts from it; its links lead to the fields.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").substring(1));
      if (field) {
        event.preventDefault();
        field.scrollIntoView({ block: "center" });
        field.focus();
      }
    });
  }

  // Forms, or the buttons that submit them, marked data-confirm ask before a destructive
  // action.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    var question = (button && button.getAttribute("data-confirm")) || (form.getAttribute && form.getAttribute("data-confirm"));
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
