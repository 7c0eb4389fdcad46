// The "try it" page: send the pasted article to /api/extract and show what was found.
// Everything from the server is inserted as text (textContent), never as HTML.
(function () {
  "use strict";
  var form = document.getElementById("try-form");
  var text = document.getElementById("try-text");
  var date = document.getElementById("try-date");
  var status = document.getElementById("try-status");
  var errorBox = document.getElementById("try-error");
  var result = document.getElementById("try-result");
  var chars = document.getElementById("try-chars");

  function el(tag, content, className) {
    var node = document.createElement(tag);
    if (content !== undefined && content !== null) node.textContent = String(content);
    if (className) node.className = className;
    return node;
  }

  function actor(ref) {
    return ref ? (ref.code ? ref.code + " " : "") + ref.name : "—";
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function messageOf(body, status) {
    var detail = body && body.detail;
    if (Array.isArray(detail)) {
      return detail.map(function (d) { return d.msg || String(d); }).join("; ");
    }
    return detail ? String(detail) : "the server answered " + status;
  }

  function render(data) {
    var ex = data.extraction;
    var rows = document.querySelector("#try-events tbody");
    rows.replaceChildren();
    ex.events.forEach(function (e) {
      var tr = el("tr");
      tr.append(el("td", e.date || "—"), el("td", actor(e.source)), el("td", e.cameo + " " + (e.plover || "")),
                el("td", actor(e.target)), el("td", (e.goldstein > 0 ? "+" : "") + e.goldstein.toFixed(1), "num"),
                el("td", e.quad_class), el("td", e.trigger), el("td", e.rule, "code"));
      rows.append(tr);
    });
    if (!ex.events.length) {
      var empty = el("td", "No events were coded in this text.", "muted");
      empty.colSpan = 8;
      var row = el("tr");
      row.append(empty);
      rows.append(row);
    }
    document.getElementById("try-event-count").textContent = ex.events.length;
    var out = document.getElementById("try-text-out");
    out.replaceChildren();
    data.segments.forEach(function (s) {
      if (!s.classes.length) {
        out.append(document.createTextNode(s.text));
        return;
      }
      var span = el("span", s.text, s.classes.join(" "));
      span.title = s.note;
      out.append(span);
    });
    var quotes = document.getElementById("try-quotes");
    quotes.replaceChildren();
    ex.quotes.forEach(function (q) {
      quotes.append(el("li", (q.speaker ? actor(q.speaker) : "unknown speaker") + ": “" + q.text + "”"));
    });
    if (!ex.quotes.length) quotes.append(el("li", "No quotes found.", "muted"));
    result.hidden = false;
  }

  text.addEventListener("input", function () { chars.textContent = text.value.length; });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    errorBox.hidden = true;
    status.textContent = "Extracting…";
    document.getElementById("try-run").disabled = true;
    fetch("/api/extract", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({text: text.value, date: date.value || null})
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        if (!response.ok) throw new Error(messageOf(body, response.status));
        return body;
      });
    }).then(function (data) {
      render(data);
      status.textContent = "Done in " + data.seconds.toFixed(2) + " s: " + data.extraction.events.length + " events.";
    }).catch(function (err) {
      status.textContent = "";
      showError(err.message);
    }).finally(function () {
      document.getElementById("try-run").disabled = false;
    });
  });
})();
