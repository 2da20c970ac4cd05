"""Acceptance with the real Thunderbird for an OAuth2 (Gmail-like) account.

``mailwizard write thunderbird`` writes the account for imap.gmail.com / smtp.gmail.com (pointed at
the OAuth2-only Dovecot and SMTP test servers through Thunderbird's ``network.dns.localDomains``)
without a password. Thunderbird, started on the profile, must not ask for a password: for Google
it opens the *system browser* at Google's authorization endpoint with its own loopback listener,
as it does for a real user. The "system browser" here is the desktop's default handler for https
links (a ``.desktop`` file and ``mimeapps.list`` in the test's XDG folders) that hands the URL to
the test, which follows it like a browser: to accounts.google.com through the test proxy (the
local HTTPS server, certificate from the test CA), then back to Thunderbird's listener. Thunderbird
then fetches the token at www.googleapis.com (its HTTPS goes through the same proxy), logs in over
SASL XOAUTH2/OAUTHBEARER, fetches the mail and sends one. Thunderbird's own client registration is
used: the test server accepts its client id.

Found on the way: with ``mailnews.oauth.useExternalBrowser`` false, Thunderbird 153's own window
lands on ``https://localhost/?code=…`` (the ``http://localhost`` redirect is upgraded) and never
finishes; the external browser is Thunderbird's default for Google and Microsoft anyway.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.mailservers import OAuthMailServers, log_size, read_log
from tests.fixtures.oauth_server import OAuthServer
from tests.test_tb_acceptance import (  # the fixture too: the same Thunderbird, once per module
    HARNESS_USER_JS,
    ROOT,
    SESSION_TIMEOUT,
    running_thunderbird,
    thunderbird,  # noqa: F401
)

pytestmark = pytest.mark.thunderbird

USER = "user@gmail.com"
# Thunderbird's own registration at Google (OAuth2Providers.sys.mjs), which it sends as is.
THUNDERBIRD_GOOGLE_CLIENT = "406964657835-aq8lmia8j95dhl1a2bvharmfk3t1hgqj.apps.googleusercontent.com"

OAUTH_JS = r"""
const [exp, resolve] = arguments;
const {MailServices} = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const prompts = [];
const obs = {observe(subject, topic) { prompts.push(topic); }};
const topics = ["common-dialog-loaded", "tabmodal-dialog-loaded"];
for (const t of topics) Services.obs.addObserver(obs, t);
const sleep = ms => new Promise(r => setTimeout(r, ms));
(async () => {
  const report = {};
  const acct = MailServices.accounts.defaultAccount;
  const server = acct.incomingServer;
  const smtp = MailServices.outgoingServer.servers[0].QueryInterface(Ci.nsISmtpServer);
  report.authMethods = [server.authMethod, MailServices.outgoingServer.servers[0].authMethod];
  const all = await Services.logins.getAllLogins();
  report.passwordLogins = all.filter(l => !l.origin.startsWith("oauth://")).map(l => l.origin);

  const inbox = server.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox);
  server.getNewMessages(inbox, null, null);
  const subjects = () => [...inbox.messages].map(h => h.mime2DecodedSubject);
  for (let waited = 0; waited < exp.timeout_ms; waited += 500) {
    if (subjects().includes(exp.seed)) break;
    inbox.updateFolder(null);
    await sleep(500);
  }
  report.subjects = subjects();

  const ident = acct.defaultIdentity;
  const fields = Cc["@mozilla.org/messengercompose/composefields;1"]
    .createInstance(Ci.nsIMsgCompFields);
  fields.from = ident.email; fields.to = "bob@example.test"; fields.subject = exp.send_subject;
  fields.fcc = "nocopy://";
  const file = Services.dirsvc.get("TmpD", Ci.nsIFile);
  file.append("mailwizard-oauth-send.eml");
  file.createUnique(Ci.nsIFile.NORMAL_FILE_TYPE, 0o600);
  await IOUtils.writeUTF8(file.path,
    `From: ${ident.email}\r\nTo: bob@example.test\r\nSubject: ${exp.send_subject}\r\n` +
    `Message-ID: <${exp.send_subject.replace(/ /g, "-")}@example.test>\r\n` +
    `Date: ${new Date().toUTCString()}\r\n\r\nSent with an OAuth2 token.\r\n`);
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
  report.oauthLogins = (await Services.logins.getAllLogins())
    .filter(l => l.origin.startsWith("oauth://")).map(l => [l.origin, l.username]);
  for (const t of topics) Services.obs.removeObserver(obs, t);
  report.prompts = prompts;
  return report;
})().then(r => resolve(JSON.stringify(r)),
          e => resolve(JSON.stringify({fatal: String(e) + "\n" + e.stack})));
"""


def _clientconfig(servers: OAuthMailServers) -> str:
    def server(kind: str, protocol: str, host: str, port: int) -> str:
        return f"""    <{kind} type="{protocol}">
      <hostname>{host}</hostname>
      <port>{port}</port>
      <socketType>SSL</socketType>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </{kind}>"""

    return f"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="gmail.com">
    <domain>gmail.com</domain>
    <displayName>Google Mail</displayName>
{server("incomingServer", "imap", "imap.gmail.com", servers.imaps_port)}
{server("outgoingServer", "smtp", "smtp.gmail.com", servers.smtps_port)}
  </emailProvider>
</clientConfig>
"""


def _user_js(oauth: OAuthServer) -> str:
    return HARNESS_USER_JS + "".join(
        f'user_pref("{name}", {json.dumps(value)});\n'
        for name, value in {
            # The mail host names resolve to loopback; HTTPS goes through the test proxy, which
            # hands "accounts.google.com:443" and "www.googleapis.com:443" to the test server.
            "network.dns.localDomains": "imap.gmail.com,smtp.gmail.com",
            "network.proxy.type": 1,
            "network.proxy.ssl": oauth.host,
            "network.proxy.ssl_port": oauth.proxy_port,
            "network.proxy.no_proxies_on": "",
        }.items()
    )


@contextlib.contextmanager
def system_browser(folder: Path, oauth: OAuthServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make the test the desktop's web browser for Thunderbird (started inside this block);
    yield the URLs it was asked to open, each followed as a browser would."""
    folder.mkdir()
    opened = folder / "opened.txt"
    opened.touch()
    script = folder / "browser.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{opened}"\n')
    script.chmod(0o755)
    applications = folder / "data" / "applications"
    applications.mkdir(parents=True)
    (applications / "mailwizard-test-browser.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Test Browser\nNoDisplay=true\n"
        f"Exec={script} %u\nMimeType=x-scheme-handler/http;x-scheme-handler/https;\n"
    )
    (folder / "config").mkdir()
    (folder / "config" / "mimeapps.list").write_text(
        "[Default Applications]\nx-scheme-handler/https=mailwizard-test-browser.desktop\n"
        "x-scheme-handler/http=mailwizard-test-browser.desktop\n"
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    urls: list[str] = []
    stop = threading.Event()

    def follow() -> None:
        while not stop.wait(0.1):
            lines = opened.read_text().splitlines()
            for url in lines[len(urls):]:
                urls.append(url)
                with contextlib.suppress(Exception):  # the assertions look at what arrived
                    oauth.browser(url, through_proxy=True)

    thread = threading.Thread(target=follow, name="test-browser", daemon=True)
    thread.start()
    try:
        yield urls
    finally:
        stop.set()
        thread.join(timeout=60)


def check_with_thunderbird(binary: str, profile: Path, seed: str, send_subject: str) -> dict[str, Any]:
    from marionette_driver.marionette import Marionette

    report: dict[str, Any] = {}
    with running_thunderbird(binary, profile, profile.parent / "thunderbird.log") as port:
        client = Marionette(host="127.0.0.1", port=port, startup_timeout=60, socket_timeout=SESSION_TIMEOUT)
        try:
            client.start_session()
            client.set_context(client.CONTEXT_CHROME)
            raw = client.execute_async_script(
                OAUTH_JS, script_args=[{"seed": seed, "send_subject": send_subject, "timeout_ms": 45000}],
                script_timeout=(45 * 2 + 30) * 1000,
            )
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


def test_thunderbird_signs_in_with_the_provider_instead_of_asking_a_password(
    thunderbird: str,  # noqa: F811  (the fixture imported above)
    oauth_server: OAuthServer, oauth_mail_servers: OAuthMailServers, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    servers = oauth_mail_servers
    profile = tmp_path / "profile"
    profile.mkdir()
    config = tmp_path / "gmail.xml"
    config.write_text(_clientconfig(servers), encoding="utf-8")
    # --offline: the real host names only reach loopback inside Thunderbird (its test prefs), so
    # the wizard's own credential-free proof could not find them; what is checked here is what
    # Thunderbird does with the written account.
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "write", "thunderbird", USER, "--profile", str(profile),
         "--config", str(config), "--name", "E2E User", "--trust-cert", str(oauth_server.ca_pem_path),
         "--offline"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not (profile / "logins.json").exists()
    (profile / "user.js").write_text(_user_js(oauth_server), encoding="utf-8")
    seed = f"OAuth2 seed {uuid.uuid4()}"
    servers.deliver(
        f"From: sender@example.test\r\nTo: {USER}\r\nSubject: {seed}\r\n\r\nTBE2E-OAUTH\r\n".encode(), USER
    )
    oauth_server.clients[THUNDERBIRD_GOOGLE_CLIENT] = None
    requests_from = len(oauth_server.authorization_requests)
    dovecot_from, smtp_from = log_size(servers.dovecot_log), log_size(servers.smtp_log)
    sent = f"OAuth2 send {uuid.uuid4()}"

    with oauth_server.consenting_as(USER), system_browser(tmp_path / "desktop", oauth_server,
                                                          monkeypatch) as opened:
        report = check_with_thunderbird(thunderbird, profile, seed, sent)

    dovecot, smtp = read_log(servers.dovecot_log, dovecot_from), read_log(servers.smtp_log, smtp_from)
    requests = oauth_server.authorization_requests[requests_from:]
    context = (f"report={json.dumps(report)[:3000]}\nopened={opened}\nrequests={requests}"
               f"\nproxy={oauth_server.proxy_targets}\npages={oauth_server.browser_pages[-3:]}"
               f"\ndovecot:\n{dovecot[-3000:]}\nsmtp:\n{smtp[-2000:]}")
    assert "fatal" not in report, context
    assert report["authMethods"] == [10, 10], context
    assert report["passwordLogins"] == [] and report["prompts"] == [], context  # no password asked
    # Thunderbird went to Google's authorization endpoint, with PKCE and its own client id.
    google = [r for r in requests if r.host == "accounts.google.com" and r.path == "/o/oauth2/auth"]
    assert google, context
    params = google[0].params
    assert params["client_id"] == THUNDERBIRD_GOOGLE_CLIENT and params["response_type"] == "code", context
    assert params["code_challenge_method"] == "S256" and "https://mail.google.com/" in params["scope"]
    assert "accounts.google.com:443" in oauth_server.proxy_targets, context
    # ... took the code to the token endpoint, and logged in and sent with the bearer token.
    assert "www.googleapis.com:443" in oauth_server.proxy_targets, context
    assert seed in report["subjects"], context
    assert f"user=<{USER}>, method=" in dovecot and ", TLS" in dovecot, context
    assert report["send"] == {"status": 0}, context
    assert f"user={USER} tls=True result=True" in smtp, context
    assert any(sent in p.read_text(errors="replace") for p in servers.smtp_spool.iterdir()), context
    assert ["oauth://accounts.google.com", USER] in report["oauthLogins"], context

