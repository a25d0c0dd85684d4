// The page form's zone drawing tool (templates/admin/articles/page/includes/page_picture.html
// says how it is used); a static file, so the desk's Content-Security-Policy runs no inline script.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var board = document.getElementById("zone-board");
  var FIELD = 'textarea[name^="zones-"][name$="-rects"], input[name^="zones-"][name$="-rects"]';
  if (!board || !document.querySelector(FIELD)) { return; }
  var svg = board.querySelector("svg");
  var layer = document.getElementById("zone-drawing");
  var status = document.getElementById("zone-draw-status");
  var W = Number(board.getAttribute("data-width")), H = Number(board.getAttribute("data-height"));
  var NS = "http://www.w3.org/2000/svg";
  var chosen = null, start = null, shape = null, adding = false;
  document.getElementById("zone-draw-help").hidden = false;

  function usable(field) { return field.name.indexOf("__prefix__") < 0; }
  function rowNumber(field) {
    var rows = Array.prototype.filter.call(document.querySelectorAll(FIELD), usable);
    return rows.indexOf(field) + 1;
  }
  function rectsOf(field) {
    try {
      var value = JSON.parse(field.value || "[]");
      return Array.isArray(value) ? value : [];
    } catch (e) { return []; }
  }
  function box(rect, cls) {
    var r = document.createElementNS(NS, "rect");
    r.setAttribute("x", rect[0] * W); r.setAttribute("y", rect[1] * H);
    r.setAttribute("width", Math.max(0, rect[2] - rect[0]) * W);
    r.setAttribute("height", Math.max(0, rect[3] - rect[1]) * H);
    r.setAttribute("class", cls);
    return r;
  }
  function showChosen() {
    while (layer.firstChild) { layer.removeChild(layer.firstChild); }
    if (!chosen) { return; }
    rectsOf(chosen).forEach(function (rect) {
      if (Array.isArray(rect) && rect.length === 4) { layer.appendChild(box(rect, "zone-chosen")); }
    });
  }
  function choose(field) {
    if (chosen && chosen.closest("tr")) { chosen.closest("tr").classList.remove("zone-row-chosen"); }
    chosen = field;
    if (field.closest("tr")) { field.closest("tr").classList.add("zone-row-chosen"); }
    board.classList.add("zone-draw-on");
    status.textContent = "正在画第 " + rowNumber(field) + " 行的热区：在版面图上拖出矩形（勾选“加一个矩形”或按住 Shift 拖，再加一个）。";
    showChosen();
  }
  function addButton(field) {
    if (!usable(field) || field.getAttribute("data-zone-draw")) { return; }
    field.setAttribute("data-zone-draw", "1");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "zone-draw-pick";
    button.textContent = "在版面图上画";
    button.addEventListener("click", function () {
      choose(field);
      board.scrollIntoView({block: "nearest"});
    });
    field.insertAdjacentElement("afterend", button);
  }
  document.querySelectorAll(FIELD).forEach(addButton);
  document.addEventListener("formset:added", function (event) {
    event.target.querySelectorAll(FIELD).forEach(addButton);
  });
  document.addEventListener("focusin", function (event) {
    var field = event.target;
    if (field.matches && field.matches(FIELD) && usable(field)) { choose(field); }
  });
  document.addEventListener("input", function (event) {
    if (event.target === chosen) { showChosen(); }
  });

  function at(event) {
    var b = svg.getBoundingClientRect();
    var clamp = function (v) { return Math.min(1, Math.max(0, v)); };
    return [clamp((event.clientX - b.left) / b.width), clamp((event.clientY - b.top) / b.height)];
  }
  function rectOf(a, b) {
    var round = function (v) { return Math.round(v * 10000) / 10000; };
    return [round(Math.min(a[0], b[0])), round(Math.min(a[1], b[1])),
            round(Math.max(a[0], b[0])), round(Math.max(a[1], b[1]))];
  }
  svg.addEventListener("pointerdown", function (event) {
    if (!chosen) {
      status.textContent = "先在下面“热区”表格里选一行：点它的“在版面图上画”，或点进它的矩形框。";
      return;
    }
    event.preventDefault();
    start = at(event);
    adding = event.shiftKey || document.getElementById("zone-draw-add").checked;
    if (svg.setPointerCapture) { svg.setPointerCapture(event.pointerId); }
    shape = box(rectOf(start, start), "zone-new");
    layer.appendChild(shape);
  });
  svg.addEventListener("pointermove", function (event) {
    if (!start) { return; }
    var rect = rectOf(start, at(event));
    layer.replaceChild(box(rect, "zone-new"), shape);
    shape = layer.lastChild;
  });
  svg.addEventListener("pointercancel", function () { start = null; showChosen(); });
  svg.addEventListener("pointerup", function (event) {
    if (!start) { return; }
    var rect = rectOf(start, at(event));
    start = null;
    if (rect[2] - rect[0] < 0.005 || rect[3] - rect[1] < 0.005) {
      showChosen();
      status.textContent = "矩形太小（要拖出一块区域，不是点一下）：请在版面图上按住并拖动。";
      return;
    }
    var rects = adding ? rectsOf(chosen) : [];
    rects.push(rect);
    chosen.value = JSON.stringify(rects);
    chosen.dispatchEvent(new Event("change", {bubbles: true}));
    showChosen();
    status.textContent = "第 " + rowNumber(chosen) + " 行的矩形已填入：" + chosen.value +
      "。选好这一行的稿件或图片，再保存。";
  });
});
