"""Acceptance with the real Thunderbird: ``mailwizard write thunderbird`` into a fresh profile,
then Thunderbird itself (headless, Marionette) shows the account, fetches new mail over TLS
without a prompt and sends through SMTP. Recipe: reference/thunderbird-acceptance.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests._tools import require, require_tool
from tests.fixtures.mailservers import MailServers, log_size, read_log

pytestmark = pytest.mark.thunderbird

ROOT = Path(__file__).resolve().parents[1]
SESSION_TIMEOUT = 30  # a modal prompt blocks the Marionette session: keep this short

HARNESS_USER_JS = """\
user_pref("mail.shell.checkDefaultClient", false);
user_pref("mailnews.start_page.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("mail.rights.version", 1);
user_pref("app.update.auto", false);
user_pref("extensions.update.enabled", false);
user_pref("mail.biff.play_sound", false);
user_pref("marionette.port", 0);
"""

VERIFY_JS = r"""
const [exp, resolve] = arguments;
const {MailServices} = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const dialogs = [];
const obs = {observe(subject, topic) { dialogs.push(topic); }};
const topics = ["common-dialog-loaded", "tabmodal-dialog-loaded", "domwindowopened"];
for (const t of topics) Services.obs.addObserver(obs, t);
const sleep = ms => new Promise(r => setTimeout(r, ms));
const hostOf = s => (typeof s.hostname == "string" ? s.hostname : s.hostName);
const windows = () => Array.from(Services.wm.getEnumerator(null))
  .map(w => w.document.documentElement.getAttribute("windowtype") || w.document.documentURI);
(async () => {
  const report = {};
  report.accounts = MailServices.accounts.accounts.map(a => {
    const s = a.incomingServer;
    return {key: a.key, type: s.type, host: hostOf(s), port: s.port, socketType: s.socketType,
            authMethod: s.authMethod, username: s.username,
            identities: a.identities.map(i => ({email: i.email, fullName: i.fullName,
                                                smtpServerKey: i.smtpServerKey, valid: i.valid}))};
  });
  report.outgoing = MailServices.outgoingServer.servers.map(s => {
    const smtp = s.QueryInterface(Ci.nsISmtpServer);
    return {key: s.key, host: smtp.hostname, port: smtp.port, socketType: s.socketType,
            authMethod: s.authMethod, username: s.username};
  });
  const acct = MailServices.accounts.defaultAccount;
  const server = acct.incomingServer;
  const lookup = async o => Services.logins.searchLoginsAsync
    ? await Services.logins.searchLoginsAsync({origin: o, httpRealm: o})
    : Services.logins.findLogins(o, "", o);
  const inOrigin = server.localStoreType + "://" + hostOf(server);
  report.incomingLogin = (await lookup(inOrigin))
    .some(l => l.username == server.username && l.password === exp.password);
  const smtp = MailServices.outgoingServer.servers[0].QueryInterface(Ci.nsISmtpServer);
  report.outgoingLogin = (await lookup("smtp://" + smtp.hostname))
    .some(l => l.username == smtp.username && l.password === exp.password);

  // A fresh login must take the password from logins.json.
  const inbox = server.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox);
  server.closeCachedConnections();
  server.forgetSessionPassword(false);
  report.fetchStatus = await new Promise(res => server.getNewMessages(inbox, null, {
    QueryInterface: ChromeUtils.generateQI(["nsIUrlListener"]),
    OnStartRunningUrl() {},
    OnStopRunningUrl(url, st) { res(st >>> 0); },
  }));
  const subjects = () => [...inbox.messages].map(h => h.mime2DecodedSubject);
  for (let waited = 0; waited < exp.timeout_ms; waited += 250) {
    if (subjects().includes(exp.live_subject)) break;
    if (server.type == "imap") inbox.updateFolder(null);
    await sleep(250);
  }
  report.subjects = subjects();

  const ident = acct.defaultIdentity;
  const fields = Cc["@mozilla.org/messengercompose/composefields;1"]
    .createInstance(Ci.nsIMsgCompFields);
  fields.from = ident.email; fields.to = exp.send_to; fields.subject = exp.send_subject;
  fields.fcc = "nocopy://";
  const file = Services.dirsvc.get("TmpD", Ci.nsIFile);
  file.append("mailwizard-send.eml");
  file.createUnique(Ci.nsIFile.NORMAL_FILE_TYPE, 0o600);
  await IOUtils.writeUTF8(file.path,
    `From: ${ident.email}\r\nTo: ${exp.send_to}\r\nSubject: ${exp.send_subject}\r\n` +
    `Message-ID: <${exp.send_subject.replace(/ /g, "-")}@example.test>\r\n` +
    `Date: ${new Date().toUTCString()}\r\n\r\nSent by the acceptance test.\r\n`);
  report.send = await new Promise(res => {
    const listener = {
      QueryInterface: ChromeUtils.generateQI(["nsIMsgSendListener"]),
      onStartSending() {}, onProgress() {}, onStatus() {}, onGetDraftFolderURI() {},
      onStopSending(id, status) { res({status: status >>> 0}); },
      onSendNotPerformed(id, status) { res({status: status >>> 0, notPerformed: true}); },
      onTransportSecurityError(id, status) { res({status: status >>> 0, security: true}); },
    };
    Cc["@mozilla.org/messengercompose/send;1"].createInstance(Ci.nsIMsgSend).sendMessageFile(
      ident, acct.key, fields, file, true, false, Ci.nsIMsgSend.nsMsgDeliverNow,
      null, listener, null, "");
    setTimeout(() => res({status: -1, timeout: true}), exp.timeout_ms);
  });
  for (const t of topics) Services.obs.removeObserver(obs, t);
  report.dialogs = dialogs;
  report.windows = windows();
  return report;
})().then(r => resolve(JSON.stringify(r)),
          e => resolve(JSON.stringify({fatal: String(e) + "\n" + e.stack})));
"""


@pytest.fixture(scope="module")
def thunderbird() -> str:
    path = require_tool("thunderbird", why="the real client for the acceptance test")
    try:
        with warnings.catch_warnings():  # mozinfo calls the deprecated distro API on import
            warnings.simplefilter("ignore", DeprecationWarning)
            import marionette_driver.marionette  # noqa: F401
    except ImportError:
        require(False, "marionette-driver is not installed (pip install marionette-driver)")
    return path


def _clientconfig(servers: MailServers, protocol: str, port: int, security: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>E2E Mail</displayName>
    <incomingServer type="{protocol}">
      <hostname>{servers.host}</hostname>
      <port>{port}</port>
      <socketType>{security}</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>{servers.host}</hostname>
      <port>{servers.smtp_starttls_port}</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


def _message(subject: str) -> bytes:
    return (
        f"From: sender@example.test\r\nTo: user@example.test\r\nSubject: {subject}\r\n"
        f"Message-ID: <{uuid.uuid4()}@example.test>\r\n\r\nTBE2E-TOKEN-4711\r\n"
    ).encode()


@contextlib.contextmanager
def running_thunderbird(binary: str, profile: Path, log: Path) -> Iterator[int]:
    """Start Thunderbird headless with Marionette; yield the Marionette port; stop it by PID."""
    (profile / "MarionetteActivePort").unlink(missing_ok=True)
    with log.open("wb") as output:
        process = subprocess.Popen(
            [binary, "--headless", "--marionette", "--remote-allow-system-access",
             "--no-remote", "--profile", str(profile)],
            stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "MOZ_REMOTE_ALLOW_SYSTEM_ACCESS": "1"},
        )
    try:
        port_file = profile / "MarionetteActivePort"
        for _ in range(600):  # up to about 60 s for Thunderbird to open Marionette
            if (port_file.exists() and port_file.read_text().strip()) or process.poll() is not None:
                break
            time.sleep(0.1)
        assert process.poll() is None, f"Thunderbird exited early:\n{log.read_text()[-3000:]}"
        time.sleep(0.2)
        yield int(port_file.read_text().strip())
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def check_with_thunderbird(
    binary: str, servers: MailServers, profile: Path, live_subject: str, send_subject: str,
    user: str | None = None,
) -> dict[str, Any]:
    from marionette_driver.marionette import Marionette

    report: dict[str, Any] = {}
    with running_thunderbird(binary, profile, profile.parent / "thunderbird.log") as port:
        client = Marionette(host="127.0.0.1", port=port, startup_timeout=60,
                            socket_timeout=SESSION_TIMEOUT)
        try:
            client.start_session()
            client.set_context(client.CONTEXT_CHROME)
            servers.deliver(_message(live_subject), user)
            expectations = {"password": servers.password, "live_subject": live_subject,
                            "send_to": "bob@example.test", "send_subject": send_subject,
                            "timeout_ms": 30000}
            raw = client.execute_async_script(VERIFY_JS, script_args=[expectations],
                                              script_timeout=(30 * 2 + 30) * 1000)
            report = json.loads(raw)
            with contextlib.suppress(Exception):
                client.execute_script(
                    "setTimeout(() => Services.startup.quit(Ci.nsIAppStartup.eAttemptQuit), 100)"
                )
        except Exception as exc:  # a blocked session is a failed check, not a test error
            report = {"fatal": f"{type(exc).__name__}: {exc}"}
        finally:
            with contextlib.suppress(Exception):
                client.delete_session(send_request=False)
    return report


def write_with_cli(
    servers: MailServers, profile: Path, config: Path, password: str, *extra: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "write", "thunderbird", servers.user,
         "--profile", str(profile), "--config", str(config), "--password-stdin",
         "--name", "E2E User", "--trust-cert", str(servers.ca_pem_path), *extra],
        input=password + "\n", capture_output=True, text=True, timeout=120, cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert password not in done.stdout + done.stderr
    (profile / "user.js").write_text(HARNESS_USER_JS, encoding="utf-8")


VARIANTS = [
    ("imap", "imap_starttls_port", "STARTTLS", 2),
    ("imap", "imaps_port", "SSL", 3),
    ("pop3", "pop3_starttls_port", "STARTTLS", 2),
    ("pop3", "pop3s_port", "SSL", 3),
]


@pytest.mark.parametrize(("protocol", "port_name", "security", "socket_type"), VARIANTS,
                         ids=[f"{v[0]}-{v[2].lower()}" for v in VARIANTS])
def test_thunderbird_uses_the_written_account(
    thunderbird: str, mail_servers: MailServers, tmp_path: Path,
    protocol: str, port_name: str, security: str, socket_type: int,
) -> None:
    servers = mail_servers
    port = getattr(servers, port_name)
    profile = tmp_path / "profile"
    profile.mkdir()
    config = tmp_path / "config.xml"
    config.write_text(_clientconfig(servers, protocol, port, security), encoding="utf-8")
    seed = f"E2E seed {uuid.uuid4()}"
    servers.deliver(_message(seed))
    write_with_cli(servers, profile, config, servers.password)
    written = (profile / "prefs.js").read_text(encoding="utf-8")
    dovecot_from, smtp_from = log_size(servers.dovecot_log), log_size(servers.smtp_log)

    live, sent = f"E2E live {uuid.uuid4()}", f"E2E send {uuid.uuid4()}"
    report = check_with_thunderbird(thunderbird, servers, profile, live, sent)
    dovecot = read_log(servers.dovecot_log, dovecot_from)
    smtp = read_log(servers.smtp_log, smtp_from)
    context = f"report={json.dumps(report)[:4000]}\ndovecot:\n{dovecot[-3000:]}\nsmtp:\n{smtp[-2000:]}"
    assert "fatal" not in report, context

    mine = [a for a in report["accounts"] if a["type"] == protocol]
    assert len(mine) == 1, context
    account = mine[0]
    assert (account["host"], account["port"], account["socketType"], account["authMethod"],
            account["username"]) == (servers.host, port, socket_type, 3, servers.user), context
    assert account["identities"] == [{"email": servers.user, "fullName": "E2E User",
                                      "smtpServerKey": "smtp1", "valid": True}], context
    assert [(s["key"], s["host"], s["port"], s["socketType"], s["username"])
            for s in report["outgoing"]] == [
        ("smtp1", servers.host, servers.smtp_starttls_port, 2, servers.user)], context
    assert report["incomingLogin"] and report["outgoingLogin"], context
    assert report["fetchStatus"] == 0, context
    assert seed in report["subjects"] and live in report["subjects"], context
    assert report["send"] == {"status": 0}, context
    assert report["dialogs"] == [] and report["windows"] == ["mail:3pane"], context
    assert f"user=<{servers.user}>" in dovecot and ", TLS," in dovecot, context
    assert "result=True" in smtp and "tls=True" in smtp, context
    assert any(sent in p.read_text(errors="replace") for p in servers.smtp_spool.iterdir()), context
    # Thunderbird kept every pref the wizard wrote.
    from wizard.targets.thunderbird.prefs import parse_prefs, prefs_dict

    before = prefs_dict(parse_prefs(written))
    after = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    assert {k: after.get(k) for k in before} == before


def test_wrong_password_makes_the_check_fail(
    thunderbird: str, mail_servers: MailServers, tmp_path: Path
) -> None:
    """Negative control: the same harness must notice a password that does not work."""
    servers = mail_servers
    profile = tmp_path / "profile"
    profile.mkdir()
    config = tmp_path / "config.xml"
    config.write_text(_clientconfig(servers, "imap", servers.imaps_port, "SSL"), encoding="utf-8")
    # --offline: written as given, unproven (the proof would refuse this password at once)
    write_with_cli(servers, profile, config, "not-the-password", "--offline")
    dovecot_from = log_size(servers.dovecot_log)
    report = check_with_thunderbird(thunderbird, servers, profile, f"E2E live {uuid.uuid4()}",
                                    f"E2E send {uuid.uuid4()}")
    dovecot = read_log(servers.dovecot_log, dovecot_from)
    failed = (
        "fatal" in report
        or not report.get("incomingLogin")
        or report.get("fetchStatus") != 0
        or report.get("send", {}).get("status") != 0
    )
    assert failed, json.dumps(report)[:3000]
    assert "auth failed" in dovecot or "fatal" in report, dovecot[-3000:]
