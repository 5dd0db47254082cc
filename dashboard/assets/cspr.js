// Client-side helpers (served from this server like everything else).
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  cspr: {
    // The chronology table pages rows in from the server: when the filters change, drop the
    // rows it holds so that it asks again.
    purgeGrid: function (query) {
      if (window.dash_ag_grid && window.dash_ag_grid.getApiAsync) {
        window.dash_ag_grid.getApiAsync("chr-grid").then(function (api) {
          api.purgeInfiniteCache();
        });
      }
      return Date.now();
    },
  },
});
