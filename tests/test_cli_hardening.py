"""Hostile input through the real command line, run as whoever runs the tests (root on CI).

Every case must end in one sentence on stderr and exit 1 or 2, never a traceback, and must leave
what it was pointed at as it was: no device, pipe, folder or link replaced, no file half-written.
"""

from __future__ import annotations

import contextlib
import os
import resource
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests._tools import require, require_tool

ADDRESS = "user@example.test"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
MEMORY_LIMIT = 1 << 30  # an unbounded read of /dev/zero ends in MemoryError, not a stuck machine


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def mailwizard(
    *args: str | bytes, stdin: bytes = b"", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        input=stdin, capture_output=True, timeout=120, check=False, cwd=cwd,
        env={**os.environ, **(env or {})}, preexec_fn=_limit_memory,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def assert_one_sentence(done: subprocess.CompletedProcess[str], code: int, needle: str = "") -> None:
    lines = done.stderr.splitlines()
    assert done.returncode == code, (done.returncode, done.stderr)
    assert len(lines) == 1 and lines[0].startswith("mailwizard: "), done.stderr
    assert "Traceback" not in done.stderr and "usage:" not in done.stderr
    assert needle in lines[0], lines[0]



# --------------------------------------------------------------------------- outputs


def _node(kind: str, path: Path) -> Path:
    """Make ``path`` a node of ``kind``; returns the path to point the command at.

    A device is made only as root, as a private copy of /dev/full that may be replaced without
    harm (root could replace the real one); other users get /dev/full itself, which they
    cannot replace."""
    device = path.with_name(path.name + ".device")
    if kind in ("device", "device-link"):
        if IS_ROOT:
            os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        elif kind == "device":
            return Path("/dev/full")
        else:
            device = Path("/dev/full")
    if kind == "device":
        device.rename(path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "device-link":
        path.symlink_to(device)
    elif kind == "file-link":
        real = path.with_name(path.name + ".real")
        real.write_text("keep me\n", encoding="utf-8")
        path.symlink_to(real)
    return path


def _identity(path: Path) -> tuple[int, int, int]:
    info = os.lstat(path)
    return info.st_mode, info.st_ino, info.st_rdev


NODES = ["device", "fifo", "directory", "device-link", "file-link"]


@pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs are POSIX")
@pytest.mark.parametrize("kind", NODES)
@pytest.mark.parametrize("command", ["export", "write-outlook", "preset-export"])
def test_an_output_that_is_not_a_regular_file_is_refused(
    kind: str, command: str, tmp_path: Path, config_file: Path
) -> None:
    target = _node(kind, tmp_path / "target")
    before = _identity(target)
    if command == "export":
        done = mailwizard("export", ADDRESS, "--format", "json", "-o", str(target), "--config", str(config_file))
    elif command == "write-outlook":
        done = mailwizard("write", "outlook", ADDRESS, "-o", str(target), "--config", str(config_file))
    else:
        preset = tmp_path / "preset.toml"
        preset.write_text(
            f'address = "{ADDRESS}"\nconfig = "{config_file}"\npassword = "none"\nverify = false\n'
            f'[[export]]\nformat = "json"\noutput = "{target}"\n',
            encoding="utf-8",
        )
        done = mailwizard("run", "--preset", str(preset))
        done.stderr = "\n".join(line for line in done.stderr.splitlines() if "Settings for" not in line)
    assert_one_sentence(done, 1, str(target))
    assert "ordinary file" in done.stderr
    assert _identity(target) == before
    if kind == "file-link":
        assert target.read_text(encoding="utf-8") == "keep me\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs are POSIX")
@pytest.mark.parametrize("kind", NODES)
@pytest.mark.parametrize("name", ["prefs.js", "logins.json"])
def test_a_profile_file_that_is_not_a_regular_file_stops_the_write(
    kind: str, name: str, tmp_path: Path, config_file: Path
) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    if _node(kind, tmp_path / "node") != tmp_path / "node":
        pytest.skip("only root can make a device node")
    (tmp_path / "node").rename(profile / name)
    before = _identity(profile / name)
    done = mailwizard("write", "thunderbird", ADDRESS, "--profile", str(profile), "--config", str(config_file),
                      "--password-stdin", stdin=b"secret\n")
    assert_one_sentence(done, 1, name)
    assert _identity(profile / name) == before
    assert [p.name for p in profile.iterdir()] == [name]  # refused before the lock was taken



def test_a_profile_folder_that_was_never_there_is_one_sentence(tmp_path: Path, config_file: Path) -> None:
    """Not "no longer exists": a mistyped --profile never existed."""
    done = mailwizard("write", "thunderbird", ADDRESS, "--profile", str(tmp_path / "nowhere"),
                      "--config", str(config_file), "--password-stdin", stdin=b"secret\n")
    assert_one_sentence(done, 1, "There is no Thunderbird profile in that folder.")
    assert not (tmp_path / "nowhere").exists()  # nothing made where the user pointed by mistake


# --------------------------------------------------------------------------- inputs read with a cap


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize(
    "args",
    [
        ["export", ADDRESS, "--format", "json", "-o", "out.json", "--config", "/dev/zero"],
        ["write", "thunderbird", ADDRESS, "--profile", "profile", "--trust-cert", "/dev/zero",
         "--config", "config.xml"],
        ["run", "--preset", "/dev/zero"],
    ],
    ids=["config", "trust-cert", "preset"],
)
def test_endless_input_files_are_read_up_to_their_cap(args: list[str], tmp_path: Path, config_file: Path) -> None:
    (tmp_path / "profile").mkdir()
    done = mailwizard(*args, cwd=tmp_path)
    assert_one_sentence(done, 2, "/dev/zero")
    assert "1 MB" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.xml", "profile"]


def test_a_file_that_is_no_certificate_is_refused_before_writing(tmp_path: Path, config_file: Path) -> None:
    (tmp_path / "profile").mkdir()
    (tmp_path / "junk.pem").write_text("-----BEGIN CERTIFICATE-----\nzzzz\n-----END CERTIFICATE-----\n")
    done = mailwizard("write", "thunderbird", ADDRESS, "--profile", "profile", "--config", "config.xml",
                      "--trust-cert", "junk.pem", cwd=tmp_path)
    assert_one_sentence(done, 2, "junk.pem")
    assert list((tmp_path / "profile").iterdir()) == []


# --------------------------------------------------------------------------- bytes that are not text


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        ([b"\xff@example.test"], r"'\xff@example.test'"),
        ([ADDRESS, "--name", b"Jane \xff Doe"], r"'Jane \xff Doe'"),
    ],
    ids=["address", "name"],
)
def test_undecodable_arguments_stop_before_anything_is_written(
    args: list[str | bytes], shown: str, tmp_path: Path, config_file: Path
) -> None:
    """``--name`` used to fail only after logins.json had been written."""
    profile = tmp_path / "profile"
    profile.mkdir()
    done = mailwizard("write", "thunderbird", *args, "--profile", str(profile), "--config", str(config_file),
                      "--password-stdin", stdin=b"secret\n")
    assert_one_sentence(done, 2, shown)
    assert list(profile.iterdir()) == []
    done = mailwizard("export", *args[:1], "--format", "json", "-o", str(tmp_path / "x.json"),
                      "--config", str(config_file), "--field", b"KEY=\xfe")
    assert_one_sentence(done, 2, "not valid text")
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("decoder", ["lenient", "strict"])
@pytest.mark.parametrize("command", ["thunderbird", "qr"])
def test_an_undecodable_password_is_refused(decoder: str, command: str, tmp_path: Path, config_file: Path) -> None:
    # C.UTF-8 reads standard input with surrogateescape, other UTF-8 locales strictly.
    env = {"PYTHONIOENCODING": "utf-8:strict"} if decoder == "strict" else {}
    profile = tmp_path / "profile"
    profile.mkdir()
    if command == "thunderbird":
        args = ["write", "thunderbird", ADDRESS, "--profile", str(profile), "--password-stdin"]
    else:
        args = ["export", ADDRESS, "--format", "qr", "-o", str(tmp_path / "code.png"),
                "--include-password", "--password-stdin"]
    done = mailwizard(*args, "--config", str(config_file), stdin=b"pa\xffss\n", env=env)
    assert_one_sentence(done, 2, "password")
    assert list(profile.iterdir()) == []
    assert not (tmp_path / "code.png").exists()


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["export", "user\n@example.test"], r"'user\n@example.test'"),
        (["export", ADDRESS, "--field", "no\u2028key"], r"'no\u2028key'"),
        (["write", "outlook", ADDRESS, "--encoding", "cp\r1252"], r"'cp\r1252'"),
    ],
    ids=["address", "field", "encoding"],
)
def test_what_is_echoed_back_stays_on_one_line(args: list[str], shown: str, tmp_path: Path) -> None:
    if args[0] == "export":
        args += ["--format", "json", "-o", str(tmp_path / "x.json")]
    done = mailwizard(*args, "--offline")
    assert_one_sentence(done, 2, shown)


@pytest.mark.parametrize("encoding", ["rot13", "base64", "idna", "utf-16", "zlib", "x-no-such-encoding"])
def test_write_outlook_accepts_only_text_encodings(encoding: str, tmp_path: Path, config_file: Path) -> None:
    done = mailwizard("write", "outlook", ADDRESS, "--config", str(config_file), "--encoding", encoding,
                      "-o", str(tmp_path / "a.prf"))
    assert_one_sentence(done, 2, encoding)
    assert not (tmp_path / "a.prf").exists()


def test_a_wrong_format_is_one_sentence_without_the_usage(tmp_path: Path) -> None:
    done = mailwizard("export", ADDRESS, "--format", "pdf", "-o", "x")
    assert_one_sentence(done, 2, "--format cannot be 'pdf'")


def test_an_address_starting_with_a_dash_is_explained(tmp_path: Path, config_file: Path) -> None:
    done = mailwizard("export", "-jane@example.test", "--format", "json", "-o", "x", "--config", str(config_file))
    assert_one_sentence(done, 2, "'-jane@example.test'")
    assert " -- " in done.stderr
    done = mailwizard("export", "--format", "json", "-o", str(tmp_path / "x.json"), "--config", str(config_file),
                      "--offline", "--", "-jane@example.test")
    assert done.returncode == 0, done.stderr


# --------------------------------------------------------------------------- presets


@pytest.mark.parametrize(
    ("lines", "needle"),
    [
        (['name = "Jane"', "[thunderbird]", "profile = 5"], "thunderbird.profile must be a string"),
        (['name = "a\\u0000b"', "[thunderbird]", 'profile = "profile"'], "NUL character in name"),
        (['name = 5', "[thunderbird]", 'profile = "profile"'], "name must be a string"),
        (["timeout = nan", "[thunderbird]", 'profile = "profile"'], "timeout"),
        (["timeout = -1", "[thunderbird]", 'profile = "profile"'], "timeout"),
        (["verify = 1", "[thunderbird]", 'profile = "profile"'], "verify must be true or false"),
        (["fields = { USERNAME = 5 }", "[thunderbird]", 'profile = "profile"'], "fields.USERNAME"),
        (["[thunderbird]", 'profile = "pro\\u0000file"'], "thunderbird.profile"),
        (["[outlook]", "apply = 'yes'"], "outlook.apply"),
        (["[[export]]", 'format = "json"', 'output = "a.json"', 'colour = "red"'], "export.colour"),
        (["thunderbird = 5"], "thunderbird must be a table"),
    ],
)
def test_preset_values_of_the_wrong_kind_are_refused(
    lines: list[str], needle: str, tmp_path: Path, config_file: Path
) -> None:
    (tmp_path / "profile").mkdir()
    preset = tmp_path / "preset.toml"
    head = [f'address = "{ADDRESS}"', 'config = "config.xml"', 'password = "none"']
    if not any(line.startswith("verify") for line in lines):
        head.append("verify = false")
    preset.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    done = mailwizard("run", "--preset", str(preset))
    assert_one_sentence(done, 2, needle)
    assert list((tmp_path / "profile").iterdir()) == []


# --------------------------------------------------------------------------- a read-only profile


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` unwritable even for root: the immutable attribute (root), else mode 0555."""
    if IS_ROOT:
        chattr = require_tool("chattr", why="makes a folder read-only for root")
        done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, check=False)
        require(done.returncode == 0, f"chattr +i works on {folder} ({done.stderr!r})")
        try:
            yield
        finally:
            subprocess.run([chattr, "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("with_lock_file", [False, True], ids=["no-parentlock", "parentlock"])
def test_a_read_only_profile_is_one_sentence(with_lock_file: bool, tmp_path: Path, config_file: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    if with_lock_file:
        (profile / ".parentlock").touch()
    with read_only(profile):
        done = mailwizard("write", "thunderbird", ADDRESS, "--profile", str(profile), "--config", str(config_file),
                          "--offline")
    assert_one_sentence(done, 1, str(profile))
    assert sorted(p.name for p in profile.iterdir()) == ([".parentlock"] if with_lock_file else [])


# --------------------------------------------------------------------------- backups


def test_repeated_writes_keep_the_last_few_backups_and_say_where(tmp_path: Path, config_file: Path) -> None:
    from wizard.targets.files import KEEP_BACKUPS, backups_of

    profile = tmp_path / "profile"
    profile.mkdir()
    for _ in range(KEEP_BACKUPS + 3):
        done = mailwizard("write", "thunderbird", ADDRESS, "--profile", str(profile), "--config", str(config_file),
                          "--offline", "--name", "Jane\u0085Doe")
        assert done.returncode == 0, done.stderr
    backups = backups_of(profile / "prefs.js")
    assert len(backups) == KEEP_BACKUPS
    assert sorted(p for p in profile.iterdir() if p.name.endswith(".bak")) == sorted(backups)
    assert f"The previous settings were saved as {backups[-1]}." in done.stdout.splitlines()
    # NEL from --name is escaped: every statement of prefs.js stays on one line for Python too.
    text = (profile / "prefs.js").read_text(encoding="utf-8")
    assert all(line.startswith(("user_pref(", "//")) for line in text.splitlines() if line)
    assert "Jane\\u0085Doe" in text


def test_an_undecodable_password_in_the_environment_is_refused(tmp_path: Path, config_file: Path) -> None:
    preset = tmp_path / "preset.toml"
    preset.write_text(
        f'address = "{ADDRESS}"\nconfig = "{config_file}"\npassword = "env:MW_TEST_PASSWORD"\nverify = false\n'
        '[[export]]\nformat = "qr"\noutput = "code.png"\ninclude_password = true\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "run", "--preset", str(preset)], capture_output=True, timeout=120,
        check=False, env={**os.environb, b"MW_TEST_PASSWORD": b"pa\xffss"},
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.decode().splitlines() == [
        "mailwizard: The password in the environment variable MW_TEST_PASSWORD is not valid text in the "
        "system's character set."
    ]
    assert not (tmp_path / "code.png").exists()


# --------------------------------------------------------------------------- what a sentence quotes


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("a\nb", r"a\nb"),
        ("a\rb", r"a\rb"),
        ("a\u2028b\u202e", r"a\u2028b\u202e"),
        (b"a\xffb", r"a\xffb"),
    ],
    ids=["newline", "return", "separator-and-override", "undecodable"],
)
@pytest.mark.parametrize("option", ["config", "preset", "query", "brand"])
def test_a_quoted_path_or_query_stays_on_one_line(
    option: str, value: str | bytes, shown: str, tmp_path: Path
) -> None:
    """A file name or query quoted in a sentence cannot split the line, reorder it, or end in a
    "Logging error" traceback from the log file (undecodable bytes)."""
    if option == "config":
        done = mailwizard("export", ADDRESS, "--format", "json", "-o", "x.json", "--config", value, cwd=tmp_path)
    elif option == "preset":
        done = mailwizard("run", "--preset", value, cwd=tmp_path)
    elif option == "query":
        done = mailwizard("providers", value, cwd=tmp_path)
    else:
        done = mailwizard("--brand", value, "providers", cwd=tmp_path)
    found_nothing = option == "query" and isinstance(value, str)  # an undecodable query is bad input
    assert_one_sentence(done, 1 if found_nothing else 2, shown)
    assert "Logging error" not in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ["ab\r\nA1 LOGOUT", "a\tb", "a\u2028b"])
@pytest.mark.parametrize("where", ["option", "preset"])
def test_a_field_value_on_more_than_one_line_is_refused(where: str, value: str, tmp_path: Path) -> None:
    """It used to become the user name of every server (and an IMAP LOGIN with a second command)."""
    address = "123abc@ispis.cz"  # the bundled provider asks for USERNAME
    if where == "option":
        done = mailwizard("export", address, "--offline", "--format", "json", "-o", "x.json",
                          "--field", f"USERNAME={value}", cwd=tmp_path)
    else:
        escaped = value.encode("unicode_escape").decode("ascii")
        (tmp_path / "preset.toml").write_text(
            f'address = "{address}"\npassword = "none"\nverify = false\noffline = true\n'
            f'fields = {{ USERNAME = "{escaped}" }}\n[[export]]\nformat = "json"\noutput = "x.json"\n',
            encoding="utf-8",
        )
        done = mailwizard("run", "--preset", "preset.toml", cwd=tmp_path)
    assert_one_sentence(done, 2, "must be one line without control characters")
    assert "USERNAME" in done.stderr
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("value", ["inf", "nan", "1e400", "1e3", "1_0", "\u0663", "-1", "0", "601", "99999999999999"])
@pytest.mark.parametrize("command", ["detect", "verify", "sign-in"])
def test_seconds_are_plain_digits_within_bounds(command: str, value: str, config_file: Path) -> None:
    """``float()`` would take infinity, exponents, underscores and other scripts' digits; an
    endless or huge wait is no setting anyone means, and some of them end in OverflowError."""
    if command == "detect":
        done = mailwizard("detect", ADDRESS, "--offline", "--timeout", value)
    elif command == "verify":
        done = mailwizard("verify", ADDRESS, "--config", str(config_file), "--password-stdin",
                          "--timeout", value, stdin=b"secret\n")
    else:
        done = mailwizard("verify", ADDRESS, "--config", str(config_file), "--oauth",
                          "--sign-in-timeout", value.replace("601", "3601"))
    assert_one_sentence(done, 2, "timeout")
