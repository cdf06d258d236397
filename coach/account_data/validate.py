"""Check a whole export document before anything is written: pure Python, no database.

The result is flat: one list of records per section, each its decoded columns plus
references under keys that start with "_": "_id" (the document's id), "_parent" (the index
of the parent record in its section's list), "_question", "_application", "_audio"...
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from coach.account_data.schema import (
    MAX_ROWS,
    NESTED,
    SECTIONS,
    DocumentError,
    check_header,
    decode_audio,
    decode_row,
)

Record = dict[str, object]
Records = dict[str, list[Record]]
QuestionRef = tuple[str, object]  # ("own", document id) or ("bank", bank id)
# Sections other records refer to by id: their records must carry one.
REFERENCED = frozenset({"applications", "stages", "questions", "mock_items", "attempts"})


def _list(path: str, value: object) -> list:
    if not isinstance(value, list):
        raise DocumentError(f"{path}: expected a list.")
    if len(value) > MAX_ROWS:
        raise DocumentError(f"{path}: more than {MAX_ROWS:,} records.")
    return value


def _id(path: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise DocumentError(f"{path}: expected a positive whole number.")
    return value


class _Reader:
    """Walks the document section by section, keeping the ids seen so far."""

    def __init__(self, document: Mapping, audio_max_bytes: int) -> None:
        self.document = document
        self.audio_max_bytes = audio_max_bytes
        self.records: Records = {name: [] for name in SECTIONS}
        self.ids: dict[str, set[int]] = {name: set() for name in SECTIONS}

    def read(self, section: str) -> Iterator[tuple[str, Mapping, Record]]:
        """Decode every record of a section; yield (path, raw, record) for its references."""
        if section in NESTED:
            parent_section, key = NESTED[section]
            raw_parents = self.document[parent_section]
            for index, parent in enumerate(raw_parents):
                parent_path = f"{parent_section}[{index}].{key}"
                for n, raw in enumerate(_list(parent_path, parent.get(key))):
                    yield self._decode(section, f"{parent_path}[{n}]", raw, index)
        else:
            if section not in self.document:
                raise DocumentError(f"{section}: missing.")
            for n, raw in enumerate(_list(section, self.document[section])):
                yield self._decode(section, f"{section}[{n}]", raw, None)

    def _decode(self, section: str, path: str, raw: object, parent: int | None):
        record = decode_row(section, path, raw)
        assert isinstance(raw, Mapping)
        record["_parent"] = parent
        record["_id"] = None
        if section in REFERENCED or raw.get("id") is not None:
            record["_id"] = _id(f"{path}.id", raw.get("id"))
            self._unique(f"{path}.id", self.ids[section], record["_id"], "this id")
        self.records[section].append(record)
        return path, raw, record

    def ref(self, path: str, raw: Mapping, key: str, section: str, nullable: bool) -> int | None:
        """A reference to a record of `section` that the document holds."""
        if raw.get(key) is None:
            if nullable:
                return None
            raise DocumentError(f"{path}.{key}: a reference is required.")
        value = _id(f"{path}.{key}", raw[key])
        if value not in self.ids[section]:
            raise DocumentError(f"{path}.{key}: refers to a record that is not in the file.")
        return value

    def question(self, path: str, raw: Mapping) -> QuestionRef:
        """A reference to an own question of the document, or to a bank question by bank id."""
        ref = raw.get("question")
        if isinstance(ref, Mapping) and set(ref) == {"own"}:
            return ("own", self.ref(f"{path}.question", ref, "own", "questions", False))
        if isinstance(ref, Mapping) and set(ref) == {"bank"}:
            bank_id = ref["bank"]
            if isinstance(bank_id, str) and 0 < len(bank_id) <= 80 and "\x00" not in bank_id:
                return ("bank", bank_id)
        raise DocumentError(f'{path}.question: expected {{"own": id}} or {{"bank": "bank id"}}.')

    @staticmethod
    def _unique(path: str, seen: set, key: object, what: str) -> None:
        if key in seen:
            raise DocumentError(f"{path}: {what} appears twice.")
        seen.add(key)


def validate_document(document: object, audio_max_bytes: int) -> Records:
    """Every record of an export, checked; DocumentError names the first fault found."""
    reader = _Reader(check_header(document), audio_max_bytes)
    for section in ("applications", "stages", "questions", "practice_sets", "plan_actions"):
        list(reader.read(section))
    list(reader.read("mock_interviews"))
    for section in ("practice_set_items", "drill_logs", "mock_items"):
        for path, raw, record in reader.read(section):
            record["_question"] = reader.question(path, raw)
    for section in ("hidden_questions", "review_cards", "drafts"):
        seen: set = set()
        for path, raw, record in reader.read(section):
            record["_question"] = reader.question(path, raw)
            reader._unique(path, seen, record["_question"], "the same question")
    for path, raw, record in reader.read("feedback"):
        record["_application"] = reader.ref(path, raw, "application", "applications", True)
        record["_stage"] = reader.ref(path, raw, "stage", "stages", True)
    seen = set()
    for path, _raw, record in reader.read("findings"):
        reader._unique(path, seen, (record["_parent"], record["tag"]), f"tag {record['tag']}")
    for path, raw, record in reader.read("attempts"):
        record["_question"] = reader.question(path, raw)
        record["_mock_item"] = reader.ref(path, raw, "mock_item", "mock_items", True)
        record["_audio"] = decode_audio(f"{path}.audio", raw.get("audio"), reader.audio_max_bytes)
    list(reader.read("invitations"))
    for section in ("shared_attempts", "reviews"):
        seen = set()
        for path, raw, record in reader.read(section):
            record["_attempt"] = reader.ref(path, raw, "attempt", "attempts", False)
            reader._unique(path, seen, (record["_parent"], record["_attempt"]), "this attempt")
    return reader.records


def bank_ids(records: Records) -> set[str]:
    """The bank questions a document refers to."""
    return {
        str(record["_question"][1])  # type: ignore[index]
        for rows in records.values()
        for record in rows
        if isinstance(record.get("_question"), tuple) and record["_question"][0] == "bank"  # type: ignore[index]
    }


def audio_bytes(records: Records) -> int:
    """The total size of the recordings in a document."""
    return sum(len(r["_audio"][1]) for r in records["attempts"] if r["_audio"])  # type: ignore[index]
