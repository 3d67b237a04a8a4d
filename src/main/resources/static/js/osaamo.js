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
  if (menu && window.matchMedia("(max-width: 40rem)").matches && menu.querySelectorAll("li").length > 4) {
    menu.removeAttribute("open");
  }

  // A refused form's summary of problems takes the focus, so that screen readers read it
  // and the keyboard starts from it; its links lead to the fields.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }

  // Forms marked data-confirm ask before a destructive action.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
