"""The upload page's DOM ids, in one place: the layout, the callbacks and the tests name a
component by these constants, never by a repeated string. Every id starts `upl-` (the page's
prefix); `REVIEW_ID` and `SHELL_MODE` are the shell's stores (`dashboard/shell.py`)."""

from __future__ import annotations

# The shell's stores, read by the page's callbacks (defined once, in the shell)
from dashboard.shell import REVIEW_ID, SHELL_MODE  # noqa: F401  (ids.REVIEW_ID in callbacks)

# Choosing what to upload
KIND = "upl-kind"  # agency chronology or family workbook
AGENCY = "upl-agency"  # the agency the files come from
AGENCY_FIXED = "upl-agency-fixed"  # "Uploading for ...": an agency uploader's own agency
DROP = "upl-drop"  # the drop zone (dcc.Upload)

# The background check of dropped files
PROGRESS = "upl-progress"
PROGRESS_LABEL = "upl-progress-label"
MESSAGE = "upl-message"  # what happened, one line per file
POLL = "upl-poll"  # the interval polling the check
JOB = "upl-job"  # the check's job id

# The file being checked: its preview and the mapping question
FILE = "upl-file"  # the files being checked (dropdown)
PREVIEW = "upl-preview"
ACCEPTED = "upl-accepted"  # the first rows as read (grid, inside the preview)
REJECTED = "upl-rejected"  # the rejected rows (grid, inside the preview)
MAPPING_BOX = "upl-mapping-box"
MAPPING = "upl-mapping"  # the column mapping (editable grid)
HEADER_ROW = "upl-header-row"
SAVE_MAPPING = "upl-save-mapping"  # "Save as this agency's template mapping"
REREAD = "upl-reread"

# Adding, discarding, withdrawing
CONFIRM = "upl-confirm"  # "Add to the review"
DISCARD = "upl-discard"
FILES = "upl-files"  # the files of the review (table)
WITHDRAW_FILE = "upl-withdraw-file"  # the added file to withdraw (dropdown)
WITHDRAW = "upl-withdraw"
VERSION = "upl-version"  # bumped on every change, so the listings are read again
