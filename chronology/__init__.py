"""Agency chronologies into one integrated chronology: read -> normalise -> deduplicate ->
classify -> write.

    from chronology import read_all, merge, write_outputs    # what `cspr merge` does
    run = write_outputs(merge(read_all(paths)), out_dir)

`chronology.classify` and `chronology.integrate` are modules (their functions of the same name
are not re-exported: a package attribute cannot be both). The names below are loaded when first
used (PEP 562), so importing one small module such as
`chronology.dates` does not pull in the readers, the linkage model and the writers.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chronology.classify import Classification, classify_csv
    from chronology.dates import DateError, ParsedDate, format_uk, parse_date
    from chronology.filesafety import IngestError, Limits
    from chronology.ingest import IngestResult, read_chronology
    from chronology.integrate import IntegratedEvent, Integration, PossibleDuplicate
    from chronology.pipeline import MergeRun, merge, read_all, write_outputs
    from chronology.schema import Event, Provenance, Rejection

_EXPORTS = {
    "Classification": "chronology.classify",
    "classify_csv": "chronology.classify",
    "DateError": "chronology.dates",
    "ParsedDate": "chronology.dates",
    "format_uk": "chronology.dates",
    "parse_date": "chronology.dates",
    "IngestError": "chronology.filesafety",
    "Limits": "chronology.filesafety",
    "IngestResult": "chronology.ingest",
    "read_chronology": "chronology.ingest",
    "IntegratedEvent": "chronology.integrate",
    "Integration": "chronology.integrate",
    "PossibleDuplicate": "chronology.integrate",
    "MergeRun": "chronology.pipeline",
    "merge": "chronology.pipeline",
    "read_all": "chronology.pipeline",
    "write_outputs": "chronology.pipeline",
    "Event": "chronology.schema",
    "Provenance": "chronology.schema",
    "Rejection": "chronology.schema",
}

__all__ = [
    "Classification",
    "DateError",
    "Event",
    "IngestError",
    "IngestResult",
    "IntegratedEvent",
    "Integration",
    "Limits",
    "MergeRun",
    "ParsedDate",
    "PossibleDuplicate",
    "Provenance",
    "Rejection",
    "classify_csv",
    "format_uk",
    "merge",
    "parse_date",
    "read_all",
    "read_chronology",
    "write_outputs",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'chronology' has no attribute {name!r}")
    return getattr(import_module(module), name)
