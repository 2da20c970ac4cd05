"""Adds a CA certificate to the current user's Windows "Root" certificate store, through the
same crypt32 API an administrator's tools use (test only: the Wine end-to-end test makes its
test CA trusted the Windows way, so the app's TLS checks go through the real trust store).
Run with the installed python.exe:  python.exe trust_ca.py CA.pem
"""

import ctypes
import ssl
import sys
from ctypes import wintypes

X509_ASN_ENCODING = 0x1
PKCS_7_ASN_ENCODING = 0x10000
CERT_STORE_ADD_REPLACE_EXISTING = 3

crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
crypt32.CertOpenSystemStoreW.restype = ctypes.c_void_p
crypt32.CertOpenSystemStoreW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
crypt32.CertAddEncodedCertificateToStore.argtypes = [
    ctypes.c_void_p,
    wintypes.DWORD,
    ctypes.c_char_p,
    wintypes.DWORD,
    wintypes.DWORD,
    ctypes.c_void_p,
]
crypt32.CertCloseStore.argtypes = [ctypes.c_void_p, wintypes.DWORD]

with open(sys.argv[1], encoding="ascii") as pem:
    der = ssl.PEM_cert_to_DER_cert(pem.read())
store = crypt32.CertOpenSystemStoreW(None, "ROOT")
if not store:
    sys.exit(f"cannot open the Root store (error {ctypes.get_last_error()})")
added = crypt32.CertAddEncodedCertificateToStore(
    store, X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, der, len(der), CERT_STORE_ADD_REPLACE_EXISTING, None
)
error = ctypes.get_last_error()
crypt32.CertCloseStore(store, 0)
if not added:
    sys.exit(f"cannot add the certificate (error {error})")
print("added")
