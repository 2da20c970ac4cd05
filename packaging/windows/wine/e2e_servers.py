"""Loopback mail servers for the Wine end-to-end test; run on the host by smoke-wine.sh with the
project's .venv (they are the test suite's own: tests/fixtures/mailservers.py).

    e2e_servers.py OUTDIR

Starts Dovecot (IMAP, POP3) and the SMTP submission server with certificates from a fresh test
CA, writes what the Windows side needs into OUTDIR, then serves until SIGTERM:

    ca.pem              the test CA, for Wine's Windows certificate store
    providers/*.xml     clientConfig files for C:\\ProgramData\\mailwizard\\providers:
                        example.test (IMAP and SMTP over TLS at mail.example.test, which the
                        chroot's hosts file sends to 127.0.0.1) and wronghost.test (servers at
                        mail.wronghost.test whose certificate, from the same CA, names another
                        host)
    e2e.env             shell variables: the addresses, the password, the Thunderbird install hash
    ready               written last

The servers of example.test are reached through TLS fronts (byte pipes to the plaintext
Dovecot and SMTP servers) whose certificate chain includes the test CA itself. Wine 10 accepts
a chain whose issuer it cannot find at all (CERT_TRUST_IS_PARTIAL_CHAIN is not turned into
CERT_E_CHAINING as Windows does), so only a complete chain shows whether Wine's Windows
certificate store trusts the CA: rejected before the CA is added there, accepted after.
"""

from __future__ import annotations

import asyncio
import shlex
import signal
import ssl
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from tests.fixtures.discovery_servers import clientconfig  # noqa: E402
from tests.fixtures.mailservers import running_mail_servers  # noqa: E402
from wizard.targets.thunderbird.cityhash import install_hash  # noqa: E402

# Where the test puts an (empty) thunderbird.exe, so that the wizard finds "an installed
# Thunderbird" without its NSS libraries, as on a machine whose Thunderbird it cannot use.
THUNDERBIRD_DIR = r"C:\Program Files\Mozilla Thunderbird"
# In the addresses' own domains (servers elsewhere need a confirmation, or --accept-unverified);
# the chroot's hosts file sends them to 127.0.0.1 (wine/setup-chroot.sh).
MAIL_HOST = "mail.example.test"
WRONG_HOST = "mail.wronghost.test"


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


async def tls_front(context: ssl.SSLContext, target_port: int) -> asyncio.Server:
    """A TLS server on a free loopback port that passes the bytes on to ``target_port``."""

    async def handle(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            _pipe(client_reader, server_writer), _pipe(server_reader, client_writer), return_exceptions=True
        )

    return await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)


async def serve(out: Path) -> None:
    with running_mail_servers() as servers, tempfile.TemporaryDirectory() as tmp:
        leaf = servers.ca.issue_cert(MAIL_HOST)
        chain, key = Path(tmp) / "chain.pem", Path(tmp) / "key.pem"
        pems = [*leaf.cert_chain_pems, servers.ca.cert_pem]  # the root too: see above
        chain.write_bytes(b"".join(blob.bytes() for blob in pems))
        leaf.private_key_pem.write_to_path(str(key))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(chain, key)
        imaps = await tls_front(context, servers.no_tls.imap_port)
        smtps = await tls_front(context, servers.no_tls.smtp_port)
        imaps_port = imaps.sockets[0].getsockname()[1]
        smtps_port = smtps.sockets[0].getsockname()[1]
        (out / "ca.pem").write_bytes(servers.ca_pem_path.read_bytes())
        providers = out / "providers"
        providers.mkdir(exist_ok=True)
        (providers / "example.test.xml").write_bytes(
            clientconfig(
                "example.test",
                (MAIL_HOST, imaps_port, "SSL"),
                (MAIL_HOST, smtps_port, "SSL"),
            )
        )
        bad = servers.wrong_host
        (providers / "wronghost.test.xml").write_bytes(
            clientconfig(
                "wronghost.test",
                (WRONG_HOST, bad.imaps_port, "SSL"),
                (WRONG_HOST, bad.smtp_starttls_port, "STARTTLS"),
            )
        )
        variables = {
            "E2E_ADDRESS": servers.user,
            "E2E_PASSWORD": servers.password,
            "E2E_BAD_ADDRESS": "user@wronghost.test",
            "E2E_IMAP_PORT": str(imaps_port),
            "E2E_SMTP_PORT": str(smtps_port),
            "E2E_TB_DIR": THUNDERBIRD_DIR,
            "E2E_TB_HASH": install_hash(THUNDERBIRD_DIR),
        }
        (out / "e2e.env").write_text(
            "".join(f"{key}={shlex.quote(value)}\n" for key, value in variables.items()), encoding="utf-8"
        )
        (out / "ready").touch()
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        async with imaps, smtps:
            await stop.wait()


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    asyncio.run(serve(out))  # until SIGTERM; then the servers stop
    return 0


if __name__ == "__main__":
    sys.exit(main())
