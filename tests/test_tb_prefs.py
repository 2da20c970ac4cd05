"""prefs.js: the Gecko prefs parser and writer (round trip, escapes, hostile strings)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.targets.thunderbird.prefs import (
    INT_MAX,
    INT_MIN,
    PREFS_HEADER,
    PrefsSyntaxError,
    PrefStatement,
    escape_string,
    parse_prefs,
    prefs_dict,
    serialize_prefs,
)

# Any text a pref may hold: everything but NUL and lone surrogates.
pref_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"))
pref_values = st.one_of(
    pref_text, st.booleans(), st.integers(min_value=INT_MIN, max_value=INT_MAX)
)


def test_reads_every_value_kind_and_comment_style() -> None:
    text = """// Mozilla User Preferences
# hash comment
/* block
   comment with user_pref("fake", 1); inside */
user_pref("a.string", "x");  // trailing
user_pref('b.single', 'it''s');
user_pref("c.int", -42);
user_pref("d.plus", +7);
user_pref("e.true", true);
user_pref("f.false",false);
pref("g.default", "d", locked);
sticky_pref("h.sticky", 1);
"""
    with pytest.raises(PrefsSyntaxError):
        parse_prefs(text)  # 'it''s' is two strings in a row: invalid
    statements = parse_prefs(text.replace("'it''s'", "'it\\'s'"))
    assert prefs_dict(statements) == {
        "a.string": "x",
        "b.single": "it's",
        "c.int": -42,
        "d.plus": 7,
        "e.true": True,
        "f.false": False,
        "g.default": "d",
        "h.sticky": 1,
    }
    assert statements[-2] == PrefStatement("pref", "g.default", "d", locked=True)
    assert "fake" not in prefs_dict(statements)


@pytest.mark.parametrize(
    ("literal", "value"),
    [
        (r'"\"q\""', '"q"'),
        (r'"\'"', "'"),
        (r'"a\\b"', "a\\b"),
        (r'"l1\nl2\r"', "l1\nl2\r"),
        (r'"\x41\xe9"', "Aé"),
        (r'"\u00e9\u20AC"', "é€"),
        (r'"\ud83d\ude00"', "😀"),  # a surrogate pair is one character
        ('"raw 😀 ü"', "raw 😀 ü"),
        ('"multi\nline"', "multi\nline"),
    ],
)
def test_string_escapes(literal: str, value: str) -> None:
    assert prefs_dict(parse_prefs(f'user_pref("k", {literal});')) == {"k": value}


@pytest.mark.parametrize(
    "bad",
    [
        r'user_pref("k", "\x00");',
        r'user_pref("k", "\u0000");',
        r'user_pref("k", "\ud83d");',  # high surrogate alone
        r'user_pref("k", "\ude00");',  # low surrogate alone
        r'user_pref("k", "\t");',  # not a Gecko escape
        r'user_pref("k", "\x4");',
        'user_pref("k", "unterminated);',
        'user_pref("k", 2147483648);',
        'user_pref("k", -2147483649);',
        'user_pref("k", True);',
        'user_pref("k" 1);',
        'user_pref("k", 1)',
        'user_pref("k", 1); garbage',
        "/* unterminated",
        'user_pref("k", "a\0b");',
    ],
)
def test_rejects_what_gecko_rejects(bad: str) -> None:
    with pytest.raises(PrefsSyntaxError):
        parse_prefs(bad)


def test_error_reports_the_line() -> None:
    with pytest.raises(PrefsSyntaxError) as caught:
        parse_prefs('user_pref("a", 1);\n\nuser_pref("b", "\\q");\n')
    assert caught.value.line == 3


def test_later_statement_wins() -> None:
    assert prefs_dict(parse_prefs('user_pref("k", 1); user_pref("k", "two");')) == {"k": "two"}


def test_serializer_writes_thunderbirds_layout() -> None:
    text = serialize_prefs({"b": 1, "a": "x", "c": False})
    assert text.startswith(PREFS_HEADER)
    assert text[len(PREFS_HEADER):] == (
        'user_pref("a", "x");\nuser_pref("b", 1);\nuser_pref("c", false);\n'
    )


@pytest.mark.parametrize(
    "hostile",
    [
        '"); user_pref("mail.evil", true); //',
        "\\\"); user_pref(\"mail.evil\", 1); //",
        "line\nuser_pref(\"mail.evil\", 1);",
        "\r\nuser_pref('mail.evil', 1);\r\n",
        "*/ user_pref(\"mail.evil\", 1); /*",
        "\\",
        "\\\\\\",
        "\x01\x1f\x7f",
        "\u2028\u2029",
        "Jane\x85user_pref(\"mail.evil\", 1);",  # NEL: a line break to Python's splitlines()
        "\x0b\x0c\x1c\x1d\x1e\x80\x9f",
        "😀" * 1000,
        "x" * 1_000_000,
    ],
)
def test_hostile_values_cannot_inject_a_pref(hostile: str) -> None:
    prefs = {"mail.identity.id1.fullName": hostile, hostile[:200] or "k": "name as key"}
    text = serialize_prefs(prefs)
    assert prefs_dict(parse_prefs(text)) == prefs
    assert "mail.evil" not in prefs_dict(parse_prefs(text))
    # One statement per line: the value never spills onto a line of its own.
    body = text[len(PREFS_HEADER):].splitlines()
    assert len(body) == len(prefs)


@pytest.mark.parametrize("bad", ["a\0b", "\ud800", "x\udfffy"])
def test_unwritable_strings_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        escape_string(bad)
    with pytest.raises(ValueError):
        serialize_prefs({"k": bad})


def test_out_of_range_integer_is_refused() -> None:
    with pytest.raises(ValueError):
        serialize_prefs({"k": INT_MAX + 1})


@settings(max_examples=300)
@given(st.dictionaries(pref_text, pref_values, max_size=12))
def test_round_trip(prefs: dict[str, str | int | bool]) -> None:
    parsed = prefs_dict(parse_prefs(serialize_prefs(prefs)))
    assert parsed == prefs
    assert {k: type(v) for k, v in parsed.items()} == {k: type(v) for k, v in prefs.items()}


@settings(max_examples=300)
@given(pref_text)
def test_escape_round_trip_with_single_quotes_too(value: str) -> None:
    literal = escape_string(value)
    assert prefs_dict(parse_prefs(f"user_pref('k', {literal});")) == {"k": value}


@settings(max_examples=300)
@given(pref_text)
def test_every_line_break_is_escaped(value: str) -> None:
    """Python's splitlines() and JavaScript's line terminators both see one line."""
    literal = escape_string(value)
    assert literal.splitlines() == [literal]
    assert not set(literal) & {"\n", "\r", "\u2028", "\u2029"}


@given(st.text(max_size=60))
def test_parser_never_crashes(text: str) -> None:
    with contextlib.suppress(PrefsSyntaxError):
        parse_prefs(text)
