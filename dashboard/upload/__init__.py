"""The upload page's parts (helpers, not Dash pages: nothing here calls `dash.register_page`).
The page is `dashboard/pages/upload.py`, which imports these modules and so registers their
callbacks: `ids` (the DOM ids), `layout`, `filetypes` and `intake` (files in), `summary` and
`mapping` (what a check found), `views` (what is shown), `lifecycle` (add, discard, replace,
withdraw) and `rights` (who may touch which review and file)."""
