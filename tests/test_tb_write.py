"""Writing an account: the prefs merge, logins.json through NSS, trust, the CLI, crash safety."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests._tools import require, require_tool
from wizard.model import Account, Protocol, Security, ServerSettings, parse_address
from wizard.targets.files import KEEP_BACKUPS, backups_of
from wizard.targets.thunderbird import (
    CertificateStatus,
    PasswordOutcome,
    ThunderbirdError,
    ThunderbirdProblem,
    TrustedCertificate,
    write_account,
)
from wizard.targets.thunderbird.accounts import merge_account
from wizard.targets.thunderbird.certs import is_ca_certificate
from wizard.targets.thunderbird.nss import open_sdr, uses_aes
from wizard.targets.thunderbird.prefs import parse_prefs, prefs_dict
from wizard.targets.thunderbird.profiles import install_dirs

DATA = Path(__file__).parent / "data" / "tb"
GOLDEN = DATA / "multi-account-prefs.js"
SECRET = "S3cret-Pass! \"quoted\" ü"


def make_account(
    address: str = "user@example.test",
    protocol: Protocol = Protocol.IMAP,
    host: str = "127.0.0.1",
    port: int = 10143,
    security: Security = Security.STARTTLS,
    smtp_host: str = "127.0.0.1",
    smtp_port: int = 10587,
    smtp_security: Security = Security.STARTTLS,
    real_name: str = "E2E User",
    **incoming: object,
) -> Account:
    return Account(
        parse_address(address),
        ServerSettings(protocol, host, port, security, username=address, **incoming),  # type: ignore[arg-type]
        ServerSettings(Protocol.SMTP, smtp_host, smtp_port, smtp_security, username=address),
        real_name=real_name,
    )


def read_prefs(profile: Path) -> dict[str, str | int | bool]:
    return prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))


def golden_profile(tmp_path: Path) -> Path:
    profile = tmp_path / "profile"
    profile.mkdir()
    shutil.copy(GOLDEN, profile / "prefs.js")
    return profile


# --------------------------------------------------------------------------- the merge


def test_merge_keeps_every_existing_pref(tmp_path: Path) -> None:
    before = prefs_dict(parse_prefs(GOLDEN.read_text(encoding="utf-8")))
    result = merge_account(before, make_account("new@example.test"))
    after = result.prefs
    changed = {k for k in before if after.get(k) != before[k]}
    assert changed == {"mail.accountmanager.accounts", "mail.account.lastKey", "mail.smtpservers"}
    assert after["mail.accountmanager.accounts"] == "account1,account3,account2,account4"
    assert after["mail.account.lastKey"] == 4
    assert result.account_key == "account4"
    assert result.server_key == "server4"
    assert result.identity_key == "id4"
    assert result.smtp_key == "smtp3"
    assert after["mail.accountmanager.defaultaccount"] == "account1"  # the user's default stays
    assert after["mail.smtp.defaultserver"] == "smtp1"
    assert not result.local_folders_added
    assert after["mail.identity.id1.htmlSigText"] == "Jane\nC:\\Users\\jane\nÜnïcödé 😀"


def test_write_into_golden_profile_keeps_it_intact(tmp_path: Path) -> None:
    profile = golden_profile(tmp_path)
    before = read_prefs(profile)
    result = write_account(make_account("new@example.test"), profile)
    after = read_prefs(profile)
    assert all(after[k] == v for k, v in before.items() if not k.startswith(
        ("mail.accountmanager.accounts", "mail.account.lastKey", "mail.smtpservers")))
    assert result.backup_path is not None
    assert result.backup_path.read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")
    assert result.password is PasswordOutcome.NOT_GIVEN


def test_only_the_last_few_backups_are_kept(tmp_path: Path) -> None:
    profile = golden_profile(tmp_path)
    same_second = datetime(2026, 12, 5, 10, 0, 0)
    results, before = [], []
    for n in range(KEEP_BACKUPS + 3):
        before.append((profile / "prefs.js").read_bytes())
        results.append(write_account(make_account(f"user{n}@example.test"), profile, now=same_second))
    kept = backups_of(profile / "prefs.js")
    assert len(kept) == KEEP_BACKUPS
    assert kept == [r.backup_path for r in results[-KEEP_BACKUPS:]]  # the newest, oldest first
    assert [k.read_bytes() for k in kept] == before[-KEEP_BACKUPS:]
    # Another file's backups and a look-alike that is not ours stay.
    (profile / "prefs.js.mailwizard-old.bak").write_text("mine", encoding="utf-8")
    later = write_account(make_account("late@example.test"), profile, now=datetime(2026, 12, 6))
    assert backups_of(profile / "prefs.js")[-1] == later.backup_path
    assert len(backups_of(profile / "prefs.js")) == KEEP_BACKUPS
    assert (profile / "prefs.js.mailwizard-old.bak").read_text(encoding="utf-8") == "mine"


def test_a_name_prefs_js_cannot_hold_stops_before_the_password_is_written(tmp_path: Path) -> None:
    with pytest.raises(ThunderbirdError) as caught:
        write_account(make_account(real_name="Jane\0Doe"), tmp_path, password=SECRET)
    assert caught.value.kind is ThunderbirdProblem.UNSUPPORTED
    assert "NUL" in str(caught.value)
    assert not (tmp_path / "logins.json").exists() and not (tmp_path / "prefs.js").exists()


def test_new_profile_gets_thunderbirds_prefs(tmp_path: Path) -> None:
    result = merge_account({}, make_account())
    prefs = result.prefs
    assert prefs["mail.accountmanager.accounts"] == "account1,account2"
    assert prefs["mail.accountmanager.defaultaccount"] == "account1"
    assert prefs["mail.accountmanager.localfoldersserver"] == "server2"
    assert prefs["mail.server.server2.type"] == "none"
    assert prefs["mail.server.server1.type"] == "imap"
    assert prefs["mail.server.server1.socketType"] == 2
    assert prefs["mail.server.server1.authMethod"] == 3
    assert prefs["mail.server.server1.userName"] == "user@example.test"
    assert prefs["mail.server.server1.directory-rel"] == "[ProfD]ImapMail/127.0.0.1"
    assert prefs["mail.identity.id1.smtpServer"] == "smtp1"
    assert prefs["mail.smtpserver.smtp1.try_ssl"] == 2
    assert prefs["mail.smtpserver.smtp1.username"] == "user@example.test"
    assert prefs["mail.smtp.defaultserver"] == "smtp1"
    assert result.local_folders_added


def test_rerun_updates_instead_of_adding(tmp_path: Path) -> None:
    profile = golden_profile(tmp_path)
    first = write_account(make_account("new@example.test"), profile)
    once = read_prefs(profile)
    second = write_account(make_account("new@example.test"), profile)
    assert read_prefs(profile) == once  # idempotent
    assert first.account_added and not second.account_added
    moved = write_account(make_account("new@example.test", port=10993,
                                       security=Security.SSL), profile)
    prefs = read_prefs(profile)
    assert moved.account_key == first.account_key
    assert prefs["mail.accountmanager.accounts"] == "account1,account3,account2,account4"
    assert prefs[f"mail.server.{first.server_key}.port"] == 10993
    assert prefs[f"mail.server.{first.server_key}.socketType"] == 3


def test_identical_smtp_server_is_reused(tmp_path: Path) -> None:
    before = prefs_dict(parse_prefs(GOLDEN.read_text(encoding="utf-8")))
    account = make_account("other@work.example", host="imap.work.example", port=993,
                           security=Security.SSL, smtp_host="SMTP.work.example",
                           smtp_port=465, smtp_security=Security.SSL)
    # The golden smtp1 logs in as jane; a different user needs its own server…
    assert merge_account(before, account).smtp_added
    # …the same user reuses it.
    same_user = Account(account.address, account.incoming,
                        account.outgoing.replace(username="jane@work.example"))
    result = merge_account(before, same_user)
    assert not result.smtp_added and result.smtp_key == "smtp1"
    assert result.prefs["mail.smtpservers"] == "smtp1,smtp2"
    assert result.prefs[f"mail.identity.{result.identity_key}.smtpServer"] == "smtp1"


def test_second_account_on_same_host_gets_its_own_folder() -> None:
    first = merge_account({}, make_account("a@example.test"))
    second = merge_account(first.prefs, make_account("b@example.test"))
    assert second.prefs[f"mail.server.{second.server_key}.directory-rel"] == (
        "[ProfD]ImapMail/127.0.0.1-1"
    )
    assert not second.smtp_added or second.smtp_key != first.smtp_key


@pytest.mark.parametrize(("said", "expected"), [(None, True), (True, True), (False, False)])
def test_pop3_leaves_mail_on_server_by_default(said: bool | None, expected: bool) -> None:
    account = make_account(protocol=Protocol.POP3, port=10110, leave_on_server=said)
    prefs = merge_account({}, account).prefs
    assert prefs["mail.server.server1.type"] == "pop3"
    assert prefs["mail.server.server1.leave_on_server"] is expected
    assert prefs["mail.server.server1.directory-rel"] == "[ProfD]Mail/127.0.0.1"


def test_exchange_is_refused() -> None:
    account = make_account(protocol=Protocol.EXCHANGE, port=443, security=Security.SSL)
    with pytest.raises(ThunderbirdError) as caught:
        merge_account({}, account)
    assert caught.value.kind is ThunderbirdProblem.UNSUPPORTED


def test_unreadable_prefs_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "prefs.js").write_text('user_pref("a", "\\q");\n', encoding="utf-8")
    with pytest.raises(ThunderbirdError) as caught:
        write_account(make_account(), tmp_path)
    assert caught.value.kind is ThunderbirdProblem.PREFS_UNREADABLE
    assert (tmp_path / "prefs.js").read_text(encoding="utf-8") == 'user_pref("a", "\\q");\n'


def test_missing_profile_folder(tmp_path: Path) -> None:
    with pytest.raises(ThunderbirdError) as caught:
        write_account(make_account(), tmp_path / "nope")
    assert caught.value.kind is ThunderbirdProblem.NO_PROFILE


_HOLD_LOCK = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("locked", flush=True)
sys.stdin.readline()
"""


def test_refuses_while_thunderbird_holds_the_lock(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("fcntl locks are POSIX")
    profile = golden_profile(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(profile / ".parentlock")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with pytest.raises(ThunderbirdError) as caught:
            write_account(make_account(), profile, password=SECRET)
        assert caught.value.kind is ThunderbirdProblem.RUNNING
        assert "close Thunderbird first" in str(caught.value)
    finally:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()
    assert sorted(p.name for p in profile.iterdir()) == [".parentlock", "prefs.js"]
    assert (profile / "prefs.js").read_bytes() == GOLDEN.read_bytes()


# --------------------------------------------------------------------------- logins.json


def decrypt_logins(profile: Path) -> list[tuple[str, str, str | None, str | None]]:
    data = json.loads((profile / "logins.json").read_text(encoding="utf-8"))
    with open_sdr(profile, install_dirs=install_dirs()) as sdr:
        return [
            (e["hostname"], e["httpRealm"], sdr.decrypt(e["encryptedUsername"]),
             sdr.decrypt(e["encryptedPassword"]))
            for e in data["logins"]
        ]


def test_password_is_stored_for_thunderbirds_lookups(tmp_path: Path) -> None:
    result = write_account(make_account(), tmp_path, password=SECRET)
    assert result.password is PasswordOutcome.STORED
    assert result.password_stored
    assert decrypt_logins(tmp_path) == [
        ("imap://127.0.0.1", "imap://127.0.0.1", "user@example.test", SECRET),
        ("smtp://127.0.0.1", "smtp://127.0.0.1", "user@example.test", SECRET),
    ]
    data = json.loads((tmp_path / "logins.json").read_text(encoding="utf-8"))
    entry = data["logins"][0]
    assert entry["formSubmitURL"] is None and entry["encType"] == 1
    assert entry["usernameField"] == entry["passwordField"] == ""
    assert data["nextId"] == 3 and data["version"] == 3
    assert SECRET not in (tmp_path / "logins.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content",
    [b"[" * 100_000, b'{"logins": [1, "a", null], "nextId": 1}', b'{"logins": null}', b"[]"],
    ids=["nested-deep", "entries-not-objects", "logins-null", "not-an-object"],
)
def test_a_logins_file_of_another_shape_changes_nothing(content: bytes, tmp_path: Path) -> None:
    """Deep nesting used to end in an unexpected RecursionError, entries that are not objects in
    an AttributeError."""
    (tmp_path / "logins.json").write_bytes(content)
    with pytest.raises(ThunderbirdError) as caught:
        write_account(make_account(), tmp_path, password=SECRET)
    assert caught.value.kind is ThunderbirdProblem.LOGINS_UNREADABLE
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".parentlock") == ["logins.json"]
    assert (tmp_path / "logins.json").read_bytes() == content


def test_pop3_login_origin_is_mailbox(tmp_path: Path) -> None:
    write_account(make_account(protocol=Protocol.POP3, host="pop.example.test", port=995,
                               security=Security.SSL), tmp_path, password=SECRET)
    origins = [row[0] for row in decrypt_logins(tmp_path)]
    assert origins == ["mailbox://pop.example.test", "smtp://127.0.0.1"]


def test_rerun_updates_the_login(tmp_path: Path) -> None:
    write_account(make_account(), tmp_path, password=SECRET)
    second = write_account(make_account(), tmp_path, password="new password")
    assert second.logins_updated == ("imap://127.0.0.1", "smtp://127.0.0.1")
    assert second.logins_added == ()
    rows = decrypt_logins(tmp_path)
    assert [row[3] for row in rows] == ["new password", "new password"]


def test_existing_aes_key_is_kept(tmp_path: Path) -> None:
    """Thunderbird 153 creates an AES SDR key; encrypting with 3DES would replace it and make
    every password saved before unreadable."""
    with open_sdr(tmp_path, install_dirs=install_dirs()) as sdr:
        # Thunderbird 128+ ships an NSS with AES SDR; ./scripts/test installs one.
        require(sdr.mechanism() is not None, "an NSS with AES SDR (3.113 or newer, as in Thunderbird 128+)")
        earlier = sdr.encrypt("saved by Thunderbird")
    assert uses_aes(earlier)
    write_account(make_account(), tmp_path, password=SECRET)
    with open_sdr(tmp_path, install_dirs=install_dirs()) as sdr:
        assert sdr.decrypt(earlier) == "saved by Thunderbird"
    data = json.loads((tmp_path / "logins.json").read_text(encoding="utf-8"))
    assert all(uses_aes(e["encryptedPassword"]) for e in data["logins"])


def test_primary_password_skips_the_password(tmp_path: Path) -> None:
    certutil = require_tool("certutil", why="creates a key store with a primary password")
    (tmp_path / "pw.txt").write_text("primary\n", encoding="utf-8")
    subprocess.run([certutil, "-N", "-d", f"sql:{tmp_path}", "-f", str(tmp_path / "pw.txt")],
                   check=True, capture_output=True)
    (tmp_path / "pw.txt").unlink()
    result = write_account(make_account(), tmp_path, password=SECRET)
    assert result.password is PasswordOutcome.PRIMARY_PASSWORD
    assert not (tmp_path / "logins.json").exists()
    assert read_prefs(tmp_path)["mail.server.server1.hostname"] == "127.0.0.1"


def _cert_pair() -> list[TrustedCertificate]:
    import trustme

    ca = trustme.CA()
    leaf = ca.issue_cert("mail.example.test")
    return [
        TrustedCertificate("127.0.0.1", 10143, ca.cert_pem.bytes()),
        TrustedCertificate("mail.example.test", 993, leaf.cert_chain_pems[0].bytes().decode()),
    ]


def _mail_wizard_trust(certutil: str, profile: Path) -> set[str]:
    listing = subprocess.run([certutil, "-L", "-d", f"sql:{profile}"], check=True,
                             capture_output=True, text=True).stdout
    return {line.rsplit(None, 1)[1] for line in listing.splitlines() if "Mail Wizard" in line}


def test_the_ca_flag_is_read_from_basic_constraints() -> None:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    ca, leaf = (TrustedCertificate("h", 1, c.certificate).der for c in _cert_pair())
    assert is_ca_certificate(ca) and not is_ca_certificate(leaf)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "no-constraints")])
    now = dt.datetime.now(dt.UTC)
    bare = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    assert not is_ca_certificate(bare.public_bytes(serialization.Encoding.DER))
    assert not is_ca_certificate(b"not a certificate")


def test_certificate_is_trusted_in_cert9_through_nss(tmp_path: Path) -> None:
    certutil = require_tool("certutil", why="reads cert9.db back")
    # A certutil that does not exist: the import must go through NSS itself.
    result = write_account(make_account(), tmp_path, trusted_certificates=_cert_pair(),
                           certutil="/nonexistent/certutil")
    assert [c.status for c in result.certificates] == [CertificateStatus.TRUSTED] * 2
    assert _mail_wizard_trust(certutil, tmp_path) == {"C,,", "P,,"}
    # Again: the same certificates are already there; nothing breaks, nothing doubles.
    again = write_account(make_account(), tmp_path, trusted_certificates=_cert_pair()[:1],
                          certutil="/nonexistent/certutil")
    assert [c.status for c in again.certificates] == [CertificateStatus.TRUSTED]


def test_certificate_falls_back_to_certutil_without_nss(tmp_path: Path) -> None:
    certutil = require_tool("certutil", why="imports certificates into cert9.db")
    from wizard.targets.thunderbird.certs import trust_certificates

    outcomes = trust_certificates(tmp_path, _cert_pair(), certutil=certutil, use_nss=False)
    assert [c.status for c in outcomes] == [CertificateStatus.TRUSTED] * 2
    assert _mail_wizard_trust(certutil, tmp_path) == {"C,,", "P,,"}
    missing = trust_certificates(tmp_path, _cert_pair(), certutil=None, use_nss=False)
    assert [c.status for c in missing] == [CertificateStatus.UNAVAILABLE] * 2


# --------------------------------------------------------------------------- the CLI

CLIENTCONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>127.0.0.1</hostname>
      <port>10993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>127.0.0.1</hostname>
      <port>10587</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False)


def test_cli_writes_the_account(tmp_path: Path) -> None:
    config = tmp_path / "config.xml"
    config.write_text(CLIENTCONFIG, encoding="utf-8")
    profile = tmp_path / "profile"
    profile.mkdir()
    done = run_cli("write", "thunderbird", "user@example.test", "--profile", str(profile),
                   "--config", str(config), "--offline", "--password-stdin", "--name", "Jane Doe",
                   stdin=SECRET + "\n")
    assert done.returncode == 0, done.stderr
    assert SECRET not in done.stdout + done.stderr
    assert "Added the account user@example.test" in done.stdout
    prefs = read_prefs(profile)
    assert prefs["mail.server.server1.port"] == 10993
    assert prefs["mail.server.server1.socketType"] == 3
    assert prefs["mail.identity.id1.fullName"] == "Jane Doe"
    assert prefs["mail.smtpserver.smtp1.description"] == "Example Mail"
    again = run_cli("write", "thunderbird", "user@example.test", "--profile", str(profile),
                    "--config", str(config), "--offline")
    assert again.returncode == 0, again.stderr
    assert "Updated the account" in again.stdout


def test_cli_refusal_exit_code(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("symlink locks are a Linux thing")
    config = tmp_path / "config.xml"
    config.write_text(CLIENTCONFIG, encoding="utf-8")
    (tmp_path / "lock").symlink_to(f"127.0.0.1:+{os.getpid()}")
    done = run_cli("write", "thunderbird", "user@example.test", "--profile", str(tmp_path),
                   "--config", str(config))
    assert done.returncode == 1
    assert "close Thunderbird first" in done.stderr
    assert not (tmp_path / "prefs.js").exists()


def test_cli_bad_address_is_usage_error(tmp_path: Path) -> None:
    assert run_cli("write", "thunderbird", "not-an-address", "--profile",
                   str(tmp_path)).returncode == 2


# --------------------------------------------------------------------------- crash safety

_WRITER_LOOP = """
import sys
from pathlib import Path
from tests.test_tb_write import make_account
from wizard.targets.thunderbird import write_account
profile = Path(sys.argv[1])
n = int(sys.argv[2])
print("ready", flush=True)
while True:
    n += 1
    write_account(make_account(f"user{n}@example.test"), profile, nss_dirs=[])
"""


def _account_numbers(prefs: dict[str, str | int | bool]) -> list[int]:
    numbers = []
    for name, value in prefs.items():
        if name.endswith(".useremail") and isinstance(value, str) and value.startswith("user"):
            numbers.append(int(value[4:].split("@")[0]))
    return sorted(numbers)


def test_kill_during_write_leaves_old_or_new(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    profile = golden_profile(tmp_path)
    rng = random.Random(4711)
    count = 0
    root = Path(__file__).resolve().parents[1]
    for _ in range(25):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER_LOOP, str(profile), str(count)],
            stdout=subprocess.PIPE, text=True, cwd=root,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))  # to spread the kills, not to assert on time
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        prefs = read_prefs(profile)  # always parseable
        numbers = _account_numbers(prefs)
        assert numbers == list(range(1, len(numbers) + 1)), "a torn or mixed prefs.js"
        accounts = str(prefs["mail.accountmanager.accounts"]).split(",")
        for key in accounts:
            server = prefs[f"mail.account.{key}.server"]
            assert f"mail.server.{server}.type" in prefs
        assert prefs["mail.identity.id1.fullName"] == 'Jane "JD" Doe'
        count = len(numbers)
    assert count > 0
