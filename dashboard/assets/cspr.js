// Client-side helpers (served from this server like everything else).
(function () {
  "use strict";

  // The chronology table shows a page of rows at a time: the server filters and sorts every
  // event and sends one page (dashboard/pages/chronology.py, chronology_rows), which the grid
  // shows in its client-side row model, where rows grow to their text.
  function pageSize() {
    var pager = document.querySelector("[data-rows]");
    var size = pager ? parseInt(pager.getAttribute("data-rows"), 10) : NaN;
    return size > 0 ? size : 200;
  }

  // What set a callback off: of the inputs that changed together (a new build can change
  // the filters' token and the column state at once), the one that says most.
  var PRIORITY = [
    "chr-query.data",
    "chr-goto.data",
    "chr-page-first.n_clicks",
    "chr-page-prev.n_clicks",
    "chr-page-next.n_clicks",
    "chr-page-last.n_clicks",
    "chr-grid.columnState",
  ];

  function triggered() {
    var context = window.dash_clientside.callback_context;
    var changed = ((context && context.triggered) || []).map(function (t) { return t.prop_id; });
    return PRIORITY.find(function (id) { return changed.indexOf(id) >= 0; }) || "";
  }

  function sortFrom(columnState) {
    // The grid's column state as AG Grid's sort model: [{colId, sort}] in sort order.
    return (columnState || [])
      .filter(function (c) { return c.sort === "asc" || c.sort === "desc"; })
      .sort(function (a, b) { return (a.sortIndex || 0) - (b.sortIndex || 0); })
      .map(function (c) { return { colId: c.colId, sort: c.sort }; });
  }

  function sameSort(a, b) {
    return JSON.stringify(a || []) === JSON.stringify(b || []);
  }

  // An event opened from the timeline: its row is scrolled into view once its page is shown.
  var target = null;
  // Rows were asked for new filters: the timeline's token that follows needs no new request.
  var awaitingToken = false;

  function showTarget(api) {
    if (!target) {
      return false;
    }
    var node = api.getRowNode(target);
    if (!node) {
      return false;
    }
    target = null;
    api.ensureNodeVisible(node, "middle");
    return true;
  }

  function watchGrid() {
    if (!window.dash_ag_grid || !window.dash_ag_grid.getApiAsync) {
      return;
    }
    window.dash_ag_grid.getApiAsync("chr-grid").then(function (api) {
      if (api.csprWatched) {
        return;
      }
      api.csprWatched = true;
      api.addEventListener("rowDataUpdated", function () {
        if (!showTarget(api) && api.getDisplayedRowCount() > 0) {
          api.ensureIndexVisible(0, "top"); // a new page starts at its top
        }
      });
    });
  }

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    cspr: {
      askRows: function (query, first, prev, next, last, columnState, goto) {
        // ... then the filters (8), the review and the zoom; then the last request and response.
        var request = arguments[arguments.length - 2];
        var response = arguments[arguments.length - 1];
        var none = window.dash_clientside.no_update;
        watchGrid();
        var size = pageSize();
        var count = response && typeof response.rowCount === "number" ? response.rowCount : null;
        var start = request && typeof request.startRow === "number" ? request.startRow : 0;
        var sort = request ? request.sortModel || [] : sortFrom(columnState);
        var cause = triggered();
        if (cause === "chr-query.data") {
          // The timeline's token: new after new filters (their rows are asked for already)
          // or after a new build of the case (ask again).
          if (awaitingToken || !query) {
            awaitingToken = false;
            return none;
          }
        } else if (PRIORITY.indexOf(cause) < 0) {
          awaitingToken = true; // new filters, review or zoom (or the page just opened)
        }
        switch (cause) {
          case "chr-page-first.n_clicks":
            start = 0;
            break;
          case "chr-page-prev.n_clicks":
            start = Math.max(0, start - size);
            break;
          case "chr-page-next.n_clicks":
            if (count !== null && start + size >= count) {
              return none;
            }
            start += size;
            break;
          case "chr-page-last.n_clicks":
            start = count ? Math.floor((count - 1) / size) * size : 0;
            break;
          case "chr-grid.columnState":
            if (!request || sameSort(sortFrom(columnState), sort)) {
              return none; // a column resized or moved: the rows stay
            }
            sort = sortFrom(columnState);
            start = 0;
            break;
          case "chr-goto.data":
            if (!goto || !goto.id) {
              return none;
            }
            target = goto.id;
            if (request && goto.startRow === start) {
              window.dash_ag_grid.getApiAsync("chr-grid").then(showTarget);
              return none;
            }
            start = goto.startRow;
            break;
          default:
            start = 0; // new filters (or a new build): the first page
        }
        return { startRow: start, endRow: start + size, sortModel: sort, query: query };
      },

      showRows: function (response, request) {
        if (!response) {
          return Array(6).fill(window.dash_clientside.no_update);
        }
        var rows = response.rowData || [];
        var count = response.rowCount || 0;
        var start = request && request.startRow ? request.startRow : 0;
        var number = function (n) { return n.toLocaleString("en-GB"); };
        var status = count
          ? "Rows " + number(start + 1) + " to " + number(start + rows.length) + " of " +
            number(count)
          : "No events match these filters.";
        var first = start <= 0;
        var last = start + rows.length >= count;
        return [rows, status, first, first, last, last];
      },
    },
  });

  // AG Grid functions named in column definitions ({"function": "csprServerOrder"}).
  window.dashAgGridFunctions = Object.assign({}, window.dashAgGridFunctions, {
    // The server has sorted the rows already: the grid keeps the order it was sent.
    csprServerOrder: function () {
      return 0;
    },
  });
})();

// Accessibility repairs for Dash 4's own components, whose markup no Python prop can change.
// axe-core (tests/e2e/test_issue15_accessibility.py) found, on every page:
// - checklists and radio items drawn as role="listbox" with role="option" labels that hold a
//   real checkbox (nested interactive controls, an unnamed listbox): made plain groups of
//   native inputs, named after their field;
// - a dropdown's focus stand-in, a hidden input that is still a Tab stop (aria-hidden focus):
//   the dropdown's own button becomes the Tab stop, named after its field when it has no name;
// - the date picker's wrapper carrying button-only ARIA, and its clear "link" without href;
// - unnamed slider handles and the upload's hidden file input;
// - an open dropdown's or date picker's unnamed dialog and list, and its options holding a
//   checkbox inside role="option".
// Each repair only sets an attribute when it differs, and runs again whenever Dash redraws.
(function () {
  "use strict";

  function ownText(element) {
    // The text of a label without the controls inside it ("Agency", not "AgencyAll agencies").
    var parts = [];
    element.childNodes.forEach(function (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent);
      } else if (node.nodeType === Node.ELEMENT_NODE && /^(SPAN|STRONG|EM|B)$/.test(node.tagName)) {
        parts.push(node.textContent);
      }
    });
    return parts.join(" ").replace(/\s+/g, " ").trim();
  }

  function fieldName(element) {
    // The words that name a control: data-label, a <label for>, the label around it, or a
    // label just before it or beside it.
    var holder = element.closest("[data-label]");
    if (holder) {
      return holder.getAttribute("data-label");
    }
    var owner = element.id ? element : element.parentElement && element.parentElement.closest("[id]");
    if (owner && owner.id) {
      var pointing = document.querySelector('label[for="' + CSS.escape(owner.id) + '"]');
      if (pointing) {
        return ownText(pointing);
      }
    }
    var around = element.closest("label");
    if (around) {
      return ownText(around);
    }
    // Only near the control (three levels up): a label further away names something else.
    var parent = element.parentElement;
    for (var depth = 0; depth < 3 && parent && parent !== document.body; depth += 1) {
      var before = parent.previousElementSibling;
      if (before && before.tagName === "LABEL") {
        return ownText(before);
      }
      if (parent.parentElement && parent.parentElement.querySelector(":scope > label")) {
        return ownText(parent.parentElement.querySelector(":scope > label"));
      }
      parent = parent.parentElement;
    }
    return headingBefore(element);
  }

  function headingBefore(element) {
    // The heading just before the control (or its box), for controls without a label.
    var node = element;
    for (var depth = 0; depth < 4 && node && node !== document.body; depth += 1) {
      var before = node.previousElementSibling;
      for (var step = 0; step < 3 && before; step += 1) {
        if (/^H[1-4]$/.test(before.tagName)) {
          return before.textContent.replace(/\s+/g, " ").trim();
        }
        before = before.previousElementSibling;
      }
      node = node.parentElement;
    }
    return "";
  }

  function set(element, name, value) {
    if (value === null) {
      if (element.hasAttribute(name)) {
        element.removeAttribute(name);
      }
    } else if (element.getAttribute(name) !== value) {
      element.setAttribute(name, value);
    }
  }

  function lists(root) {
    root.querySelectorAll(".dash-checklist, .dash-radioitems").forEach(function (list) {
      var radio = list.classList.contains("dash-radioitems");
      set(list, "role", radio ? "radiogroup" : "group");
      set(list, "aria-multiselectable", null);
      var options = list.querySelectorAll(".dash-options-list-option");
      var words = Array.prototype.map
        .call(options, function (l) { return l.textContent.trim(); })
        .join(", ");
      // One box ("Key events only") is named by its own words, unless its field has a name.
      var labelled = list.closest("[data-label]");
      var name = labelled
        ? labelled.getAttribute("data-label")
        : options.length === 1
          ? words
          : fieldName(list) || words;
      set(list, "aria-label", name);
      list.querySelectorAll(".dash-options-list-option").forEach(function (option) {
        set(option, "role", null);
        set(option, "aria-selected", null);
      });
    });
  }

  function dropdowns(root) {
    root.querySelectorAll(".dash-dropdown-focus-target").forEach(function (stand) {
      set(stand, "tabindex", "-1");
      var button = stand.nextElementSibling;
      if (button && button.tagName === "BUTTON") {
        set(button, "tabindex", button.disabled ? "-1" : "0");
        var name = fieldName(button) || "Choose";
        var shown = button.textContent.replace(/\s+/g, " ").trim();
        set(button, "aria-labelledby", null);
        set(button, "aria-label", shown && shown !== name ? name + ": " + shown : name);
      }
    });
  }

  function popovers(root) {
    // An open dropdown or date picker: a dialog and a list, both named after the field that
    // opened them; options that hold a real checkbox become plain labelled checkboxes.
    root.querySelectorAll('[role="dialog"][id]').forEach(function (dialog) {
      if (dialog.getAttribute("aria-labelledby")) {
        return;
      }
      var trigger = document.querySelector('[aria-controls="' + CSS.escape(dialog.id) + '"]');
      var name = (trigger && fieldName(trigger)) || "Choices";
      set(dialog, "aria-label", name);
      dialog.querySelectorAll(".dash-dropdown-options").forEach(function (list) {
        var boxes = list.querySelector(".dash-options-list-option input");
        set(list, "aria-label", name);
        if (boxes) {
          set(list, "role", "group");
          list.querySelectorAll(".dash-options-list-option").forEach(function (option) {
            set(option, "role", null);
            set(option, "aria-selected", null);
          });
        }
      });
    });
  }

  function datepickers(root) {
    root.querySelectorAll(".dash-datepicker-input-wrapper").forEach(function (wrapper) {
      ["aria-haspopup", "aria-expanded", "aria-disabled", "type"].forEach(function (name) {
        set(wrapper, name, null);
      });
      set(wrapper, "role", "group");
    });
    root.querySelectorAll("a.dash-datepicker-clear").forEach(function (clear) {
      set(clear, "role", "button");
      set(clear, "tabindex", "0");
      if (!clear.dataset.csprKeys) {
        clear.dataset.csprKeys = "1";
        clear.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            clear.click();
          }
        });
      }
    });
  }

  function sliders(root) {
    root.querySelectorAll('[role="slider"]').forEach(function (thumb) {
      if (!thumb.getAttribute("aria-labelledby")) {
        set(thumb, "aria-label", fieldName(thumb) || "Slider");
      }
    });
  }

  function uploads(root) {
    root.querySelectorAll('input[type="file"]').forEach(function (input) {
      if (!input.getAttribute("aria-label")) {
        var zone = input.parentElement;
        var words = zone ? zone.innerText.replace(/\s+/g, " ").trim() : "";
        set(input, "aria-label", words || "Choose files to upload");
      }
    });
  }

  function repair() {
    var root = document.body;
    if (!root) {
      return;
    }
    lists(root);
    dropdowns(root);
    popovers(root);
    datepickers(root);
    sliders(root);
    uploads(root);
  }

  // window.csprRepairPending: true between a redraw and its repair (tests wait for false).
  window.csprRepairPending = false;
  function soon() {
    if (!window.csprRepairPending) {
      window.csprRepairPending = true;
      window.setTimeout(function () {
        repair();
        window.csprRepairPending = false;
      }, 0);
    }
  }

  // Keyboard use of the tables (AG Grid): Enter on a row does what a click does (opens the
  // event, selects the pair, follows the cell's link); a link marked data-focus-grid puts the
  // keyboard on the table's first cell.
  function gridOf(element) {
    var node = element;
    while (node && node !== document.body) {
      if (node.id && node.classList && node.classList.contains("ag-theme-quartz")) {
        return node.id;
      }
      node = node.parentElement;
    }
    return null;
  }

  function onKeydown(event) {
    if (event.key !== "Enter" || event.defaultPrevented || !event.target.closest) {
      return;
    }
    var cell = event.target.closest(".ag-cell");
    var id = cell && gridOf(cell);
    if (!id || !window.dash_ag_grid) {
      return;
    }
    var api = window.dash_ag_grid.getApi(id);
    var focused = api && api.getFocusedCell();
    if (!focused || focused.column.getColDef().editable) {
      return;
    }
    var link = cell.querySelector("a[href]");
    if (link) {
      event.preventDefault();
      link.click();
      return;
    }
    var row = api.getDisplayedRowAtIndex(focused.rowIndex);
    if (!row || !row.data) {
      return;
    }
    event.preventDefault();
    if (api.getGridOption("rowSelection")) {
      row.setSelected(true, true);
    }
    window.dash_clientside.set_props(id, {
      cellClicked: {
        value: api.getCellValue({ rowNode: row, colKey: focused.column }),
        colId: focused.column.getColId(),
        rowIndex: focused.rowIndex,
        rowId: row.id,
        timestamp: Date.now(),
      },
    });
  }

  function onClick(event) {
    var link = event.target.closest && event.target.closest("a[data-focus-grid]");
    if (!link || !window.dash_ag_grid) {
      return;
    }
    event.preventDefault();
    var api = window.dash_ag_grid.getApi(link.getAttribute("data-focus-grid"));
    var columns = api && api.getAllDisplayedColumns();
    if (columns && columns.length) {
      api.ensureIndexVisible(0, "top");
      api.setFocusedCell(0, columns[0]);
    }
  }

  // The chronology's timeline by keyboard: while it has focus, the arrow keys press its
  // Previous/Next event buttons, Enter and Space its Open button, Home and End go to the first
  // and last event in view.
  var TIMELINE_KEYS = {
    ArrowRight: "chr-tl-next",
    ArrowDown: "chr-tl-next",
    ArrowLeft: "chr-tl-prev",
    ArrowUp: "chr-tl-prev",
    Enter: "chr-tl-open",
    " ": "chr-tl-open",
  };

  function onTimelineKey(event) {
    var box = event.target;
    if (!box || box.id !== "chr-tl-box" || event.defaultPrevented || event.altKey ||
        event.ctrlKey || event.metaKey) {
      return;
    }
    var button = TIMELINE_KEYS[event.key] && document.getElementById(TIMELINE_KEYS[event.key]);
    if (button) {
      event.preventDefault();
      button.click();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      window.dash_clientside.set_props("chr-tl-key", {
        data: { move: event.key === "Home" ? "first" : "last", at: Date.now() },
      });
    }
  }

  function start() {
    document.addEventListener("keydown", onTimelineKey);
    document.addEventListener("keydown", onKeydown);
    document.addEventListener("click", onClick);
    repair();
    new MutationObserver(soon).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["role", "tabindex", "aria-labelledby", "aria-expanded", "aria-hidden"],
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
