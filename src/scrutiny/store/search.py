"""Full-text search over blocks: one interface, FTS5 on SQLite, tsvector + GIN on PostgreSQL.

``search(session, "stalking protection orders")`` returns ranked :class:`Hit` passages
with the paper they belong to and a snippet. Matched words in the snippet are wrapped
in the sentinel characters :data:`HIGHLIGHT_START` / :data:`HIGHLIGHT_END` (private-use
code points, never HTML), so the web layer escapes the snippet first and then turns the
sentinels into ``<mark>``; the CLI turns them into colour.

The user's query syntax is the same on both engines and never raises: words (all must
match), ``"quoted phrases"``, ``OR`` between words, ``-word`` to exclude. On SQLite it is
rebuilt as an FTS5 expression from quoted tokens, so FTS5 operators typed by a user are
just words; on PostgreSQL it goes to ``websearch_to_tsquery``, which accepts any input.
Ranking weights headings above body text on both: bm25 column weights on SQLite, tsvector
weight A against D with ``ts_rank_cd`` (length-normalised) on PostgreSQL.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"
ELLIPSIS = "…"
HEADING_WEIGHT = 4.0  # a heading match counts this many times a body match (bm25 on SQLite)
SNIPPET_TOKENS = 32

# English words PostgreSQL's 'english' configuration ignores; dropped on SQLite too, so a
# query like "the review of stop and search" means the same on both engines.
_STOP_WORD_TEXT = (
    "a an and are as at be but by for from had has have he her his i if in into is it its "
    "of on or our she so than that the their them then there these they this to was we "
    "were what when which who will with would you your"
)
STOP_WORDS = frozenset(_STOP_WORD_TEXT.split())
TOKEN = re.compile(r"\w+", re.UNICODE)
QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Hit:
    """One matching passage (a block) and the paper it belongs to."""

    block_id: int
    paper_id: str
    paper_title: str | None
    paper_kind: str
    paper_date: str | None
    paper_body: str | None
    file_name: str
    page: int
    start: int  # the block's character span in its file's text
    end: int
    block_kind: str
    score: float  # higher is better; comparable within one result list only
    snippet: str  # with HIGHLIGHT_START/END around matched words


@dataclass
class Facets:
    """Hit counts by paper body, paper kind and year, for narrowing a search."""

    total: int = 0
    body: list[tuple[str, int]] = field(default_factory=list)
    kind: list[tuple[str, int]] = field(default_factory=list)
    year: list[tuple[str, int]] = field(default_factory=list)


def search(
    session: Session,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    body: str | None = None,
    kind: str | None = None,
    year: int | str | None = None,
) -> list[Hit]:
    """Ranked passages matching ``query``, best first. An empty or all-punctuation query
    matches nothing (returns ``[]``). ``body`` matches part of the paper's body name,
    case-insensitively; ``kind`` is a paper kind; ``year`` the paper's year."""
    engine = _engine(session)
    match = engine.match_param(query)
    if match is None:
        return []
    where, params = _filters(body, kind, year)
    params.update(q=match, limit=max(0, limit), offset=max(0, offset),
                  hs=HIGHLIGHT_START, he=HIGHLIGHT_END)
    rows = session.execute(text(engine.search_sql(where)), params).mappings()
    return [_hit(row) for row in rows]


def facets(
    session: Session,
    query: str,
    *,
    body: str | None = None,
    kind: str | None = None,
    year: int | str | None = None,
) -> Facets:
    """How many passages match, by body, paper kind and year (most first)."""
    engine = _engine(session)
    match = engine.match_param(query)
    if match is None:
        return Facets()
    where, params = _filters(body, kind, year)
    params["q"] = match
    # One pass over the matches grouped by all three, summed here: a query per facet
    # would scan every match three times more.
    by_body: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_year: Counter[str] = Counter()
    total = 0
    for body_, kind_, year_, count in session.execute(text(engine.facet_sql(where)), params):
        total += count
        by_body[body_ or ""] += count
        by_kind[kind_ or ""] += count
        by_year[year_ or ""] += count
    return Facets(total, _ranked(by_body), _ranked(by_kind), _ranked(by_year))


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most hits first, then by name; the empty value (unknown) is left out."""
    return sorted(((v, n) for v, n in counts.items() if v), key=lambda vn: (-vn[1], vn[0]))


def highlight_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, highlighted) runs, for renderers that escape each run."""
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if piece:
            parts.append((piece, index % 2 == 1))
    return parts


# --- query syntax -----------------------------------------------------------------------


@dataclass
class ParsedQuery:
    """A user query as groups of alternatives (AND of ORs) plus excluded terms.

    Each term is a tuple of tokens: one token for a word, several for a phrase.
    """

    groups: list[list[tuple[str, ...]]] = field(default_factory=list)
    excluded: list[tuple[str, ...]] = field(default_factory=list)


def parse_query(query: str) -> ParsedQuery:
    """Parse words, "phrases", OR and -exclusions; anything else is treated as words."""
    parsed = ParsedQuery()
    join_next = False
    for negate, phrase, word in QUERY_PART.findall(query[:1000]):
        if word == "OR":
            join_next = bool(parsed.groups)
            continue
        is_phrase = bool(phrase) or word.startswith('"')
        raw = phrase if is_phrase else word
        excluded = bool(negate) or (word.startswith("-") and len(word) > 1)
        tokens = tuple(t.lower() for t in TOKEN.findall(raw))
        if not tokens:
            continue
        if excluded:
            parsed.excluded.append(tokens)
        elif join_next:
            parsed.groups[-1].append(tokens)
        else:
            parsed.groups.append([tokens])
        join_next = False
    return _without_stop_words(parsed)


def _without_stop_words(parsed: ParsedQuery) -> ParsedQuery:
    """Drop single stop words (PostgreSQL ignores them), unless nothing else is left."""
    kept = [g for g in parsed.groups if not all(len(t) == 1 and t[0] in STOP_WORDS for t in g)]
    return ParsedQuery(kept or parsed.groups, parsed.excluded)


def fts5_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user query, or None when it has no words.

    Every token is double-quoted, so FTS5's own syntax (``NEAR``, ``*``, ``:``, ``^``)
    in user input can never cause a syntax error.
    """
    parsed = parse_query(query)
    if not parsed.groups:
        return None

    def term(tokens: tuple[str, ...]) -> str:
        return '"' + " ".join(tokens) + '"'

    clauses = [
        term(g[0]) if len(g) == 1 else "(" + " OR ".join(term(t) for t in g) + ")"
        for g in parsed.groups
    ]
    expression = " AND ".join(clauses)
    if parsed.excluded:
        if len(clauses) > 1:
            expression = f"({expression})"
        expression += " NOT (" + " OR ".join(term(t) for t in parsed.excluded) + ")"
    return expression


# --- engines ----------------------------------------------------------------------------

_SELECT_HIT = """b.id AS block_id, b.paper_id, b.page, b.char_start, b.char_end,
    b.kind AS block_kind, p.title AS paper_title, p.kind AS paper_kind, p.date AS paper_date,
    p.body AS paper_body, f.name AS file_name"""
_JOINS = "JOIN papers p ON p.id = b.paper_id JOIN files f ON f.sha256 = p.file_sha256"
_FACET_GROUPS = "p.body, p.kind, substr(p.date, 1, 4)"


class _SQLite:
    RANK = f"bm25(blocks_fts, {HEADING_WEIGHT}, 1.0)"

    @staticmethod
    def match_param(query: str) -> str | None:
        return fts5_expression(query)

    def search_sql(self, where: str) -> str:
        # Rank and page first, then make snippets for the page only: snippet() is costly
        # and a common word can match tens of thousands of blocks. Without filters the
        # ranking touches the FTS index alone (no join per match). CROSS JOIN keeps ``top``
        # outermost, so FTS5 looks each page row up by rowid instead of matching again.
        if where:
            ranked = f"""SELECT blocks_fts.rowid AS id, {self.RANK} AS rank
                FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.rowid
                JOIN papers p ON p.id = b.paper_id
                WHERE blocks_fts MATCH :q {where}"""
        else:
            ranked = f"SELECT rowid AS id, {self.RANK} AS rank FROM blocks_fts " \
                     "WHERE blocks_fts MATCH :q"
        return f"""
        WITH top AS ({ranked} ORDER BY rank, id LIMIT :limit OFFSET :offset)
        SELECT {_SELECT_HIT}, -top.rank AS score,
            snippet(blocks_fts, -1, :hs, :he, '{ELLIPSIS}', {SNIPPET_TOKENS}) AS snippet
        FROM top CROSS JOIN blocks_fts ON blocks_fts.rowid = top.id
        JOIN blocks b ON b.id = top.id {_JOINS}
        WHERE blocks_fts MATCH :q
        ORDER BY top.rank, top.id"""

    @staticmethod
    def facet_sql(where: str) -> str:
        return f"""SELECT {_FACET_GROUPS}, count(*)
            FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.rowid
            JOIN papers p ON p.id = b.paper_id
            WHERE blocks_fts MATCH :q {where}
            GROUP BY {_FACET_GROUPS}"""


class _PostgreSQL:
    # Weights {D, C, B, A}: a heading (A) counts five times body text (D).
    RANK = "ts_rank_cd('{0.2, 0.2, 0.4, 1.0}', b.search_vector, q.query, 1)"
    HEADLINE_OPTIONS = (
        'StartSel="{hs}", StopSel="{he}", MaxWords=40, MinWords=15, '
        'MaxFragments=2, FragmentDelimiter=" {el} "'
    )

    @staticmethod
    def match_param(query: str) -> str | None:
        # PostgreSQL text cannot hold NUL; websearch_to_tsquery accepts anything else.
        return clean_text(query)[:1000] if parse_query(query).groups else None

    def search_sql(self, where: str) -> str:
        options = self.HEADLINE_OPTIONS.format(hs=HIGHLIGHT_START, he=HIGHLIGHT_END, el=ELLIPSIS)
        papers = "JOIN papers p ON p.id = b.paper_id" if where else ""
        return f"""
        WITH q AS (SELECT websearch_to_tsquery('english', :q) AS query),
        top AS (
            SELECT b.id, {self.RANK} AS score
            FROM q, blocks b {papers}
            WHERE b.search_vector @@ q.query {where}
            ORDER BY score DESC, b.id LIMIT :limit OFFSET :offset
        )
        SELECT {_SELECT_HIT}, top.score AS score,
            ts_headline('english', b.text, q.query, '{options}') AS snippet
        FROM q, top JOIN blocks b ON b.id = top.id {_JOINS}
        ORDER BY top.score DESC, top.id"""

    @staticmethod
    def facet_sql(where: str) -> str:
        return f"""SELECT {_FACET_GROUPS}, count(*)
            FROM blocks b JOIN papers p ON p.id = b.paper_id
            WHERE b.search_vector @@ websearch_to_tsquery('english', :q) {where}
            GROUP BY {_FACET_GROUPS}"""


def _engine(session: Session) -> Any:
    name = session.get_bind().dialect.name
    return _SQLite() if name == "sqlite" else _PostgreSQL()


def _filters(body: str | None, kind: str | None, year: int | str | None) -> tuple[str, dict]:
    """SQL fragments (fixed text, values bound) for the optional filters."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    body, kind = clean_text(body or ""), clean_text(kind or "")
    if body:
        escaped = body.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("AND lower(p.body) LIKE :body ESCAPE '\\'")
        params["body"] = f"%{escaped}%"
    if kind:
        clauses.append("AND p.kind = :kind")
        params["kind"] = kind
    if year:
        clauses.append("AND substr(p.date, 1, 4) = :year")
        params["year"] = str(year)
    return " ".join(clauses), params


def clean_text(value: str) -> str:
    """User input without NUL characters, which PostgreSQL text cannot store."""
    return value.replace("\x00", "")


def _hit(row: Any) -> Hit:
    return Hit(
        block_id=row["block_id"],
        paper_id=row["paper_id"],
        paper_title=row["paper_title"],
        paper_kind=row["paper_kind"],
        paper_date=row["paper_date"],
        paper_body=row["paper_body"],
        file_name=row["file_name"],
        page=row["page"],
        start=row["char_start"],
        end=row["char_end"],
        block_kind=row["block_kind"],
        score=float(row["score"]),
        snippet=row["snippet"] or "",
    )


@contextmanager
def indexed_in_one_pass(session: Session, paper_ids: list[str]) -> Iterator[None]:
    """Blocks inserted for ``paper_ids`` inside the block are indexed in one statement.

    On SQLite the per-row insert trigger stands aside while ``blocks_fts_batch`` holds a
    row (migration 0005); the row lives only inside this transaction, so other writers
    are still indexed row by row. PostgreSQL's tsvector column needs nothing.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    connection.execute(text("INSERT INTO blocks_fts_batch (started) VALUES (1)"))
    try:
        yield
        connection.execute(
            text("""INSERT INTO blocks_fts(rowid, heading, body)
                SELECT id, heading, body FROM blocks_fts_source
                WHERE id IN (SELECT id FROM blocks WHERE paper_id IN :ids)""")
            .bindparams(bindparam("ids", expanding=True)),
            {"ids": paper_ids},
        )
    finally:
        connection.execute(text("DELETE FROM blocks_fts_batch"))
