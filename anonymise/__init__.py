"""Anonymisation of chronologies: the people register, redaction, residual risks, metadata.

    from anonymise import write_anonymised        # `cspr merge --anonymise`
    from anonymise.cli import add_anonymise_command  # `cspr anonymise`

Modules: register (the key, per review), redact (free text), residual (what may remain),
metadata (file properties), report (for the reviewer), apply (whole runs and files),
rules/anonymise.toml (titles, roles, organisation and street types, terms).
"""

from anonymise.apply import anonymise_file, anonymise_run, write_anonymised
from anonymise.errors import AnonymiseError, LeakError
from anonymise.register import Register, default_register_path, load_register

__all__ = [
    "AnonymiseError",
    "LeakError",
    "Register",
    "anonymise_file",
    "anonymise_run",
    "default_register_path",
    "load_register",
    "write_anonymised",
]
