"""The loopback mail servers themselves work (checked with the standard library only)."""

from __future__ import annotations

import imaplib
import poplib
import smtplib
import socket
import ssl

import pytest

from tests.fixtures.mailservers import MailServers, log_size, read_log, wait_for_log

pytestmark = pytest.mark.dovecot


def test_imap_tls_and_starttls_login_and_deliver(mail_servers: MailServers) -> None:
    s = mail_servers
    s.deliver(b"From: a@example.test\r\nTo: user@example.test\r\nSubject: hello\r\n\r\nbody\r\n")
    since = log_size(s.dovecot_log)
    with imaplib.IMAP4_SSL(s.host, s.imaps_port, ssl_context=s.ssl_context(), timeout=10) as imap:
        imap.login(s.user, s.password)
        typ, data = imap.select("INBOX")
        assert typ == "OK" and int(data[0] or 0) >= 1
    with imaplib.IMAP4(s.host, s.imap_starttls_port, timeout=10) as imap:
        imap.starttls(ssl_context=s.ssl_context())
        imap.login(s.user, s.password)
    two_tls_logins = r"(?s)imap-login: .*Login: .*, TLS, .*imap-login: .*Login: .*, TLS,"
    text = wait_for_log(s.dovecot_log, two_tls_logins, since)
    assert s.password not in text


def test_pop3_tls_and_stls(mail_servers: MailServers) -> None:
    s = mail_servers
    pop = poplib.POP3_SSL(s.host, s.pop3s_port, context=s.ssl_context(), timeout=10)
    pop.user(s.user)
    pop.pass_(s.password)
    pop.quit()
    pop = poplib.POP3(s.host, s.pop3_starttls_port, timeout=10)
    pop.stls(s.ssl_context())
    pop.user(s.user)
    pop.pass_(s.password)
    pop.quit()


def test_smtp_starttls_and_implicit(mail_servers: MailServers) -> None:
    s = mail_servers
    since = log_size(s.smtp_log)
    with smtplib.SMTP(s.host, s.smtp_starttls_port, timeout=10) as smtp:
        smtp.ehlo()
        assert not smtp.has_extn("auth")
        smtp.starttls(context=s.ssl_context())
        smtp.ehlo()
        smtp.login(s.user, s.password)
        smtp.sendmail(s.user, [s.user], b"Subject: x\r\n\r\nhi\r\n")
    with smtplib.SMTP_SSL(s.host, s.smtps_port, timeout=10, context=s.ssl_context()) as smtp:
        smtp.login(s.user, s.password)
    text = read_log(s.smtp_log, since)
    assert f"AUTH port={s.smtp_starttls_port} mechanism=" in text
    assert f"AUTH port={s.smtps_port} mechanism=" in text
    assert "tls=True result=True" in text
    assert "DATA " in text and any(s.smtp_spool.iterdir())
    assert s.password not in text


@pytest.mark.parametrize("name", ["expired", "wrong_host", "unknown_ca", "self_signed"])
def test_bad_certificates_are_rejected_by_a_verifying_client(
    mail_servers: MailServers, name: str
) -> None:
    endpoints = getattr(mail_servers, name)
    for port in (endpoints.imaps_port, endpoints.pop3s_port, endpoints.smtps_port):
        with (
            socket.create_connection((endpoints.host, port), timeout=10) as sock,
            pytest.raises(ssl.SSLCertVerificationError),
        ):
            mail_servers.ssl_context().wrap_socket(sock, server_hostname=endpoints.host)


def test_no_tls_servers_offer_no_starttls(mail_servers: MailServers) -> None:
    p = mail_servers.no_tls
    with imaplib.IMAP4(p.host, p.imap_port, timeout=10) as imap:
        assert "STARTTLS" not in imap.capabilities
        imap.login(mail_servers.user, mail_servers.password)
    with smtplib.SMTP(p.host, p.smtp_port, timeout=10) as smtp:
        smtp.ehlo()
        assert not smtp.has_extn("starttls")
        smtp.login(mail_servers.user, mail_servers.password)
