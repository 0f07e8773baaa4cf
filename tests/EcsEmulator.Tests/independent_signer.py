#!/usr/bin/env python3
"""Independent ACS3-HMAC-SHA256 signer (stdlib only), written from the reference §0.1 and §1.

Usage: independent_signer.py BASE_URL ACCESS_KEY_ID SECRET [--tamper]
Signs a DescribeInstances call for cn-hangzhou and sends it. With --tamper, one byte of the
query string is changed after signing. Prints the HTTP status and the JSON body.
"""
import datetime
import hashlib
import hmac
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid


def encode(value):
    out = []
    for b in value.encode("utf-8"):
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in "-_.~"):
            out.append(c)
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def main():
    base, ak, secret = sys.argv[1], sys.argv[2], sys.argv[3]
    tamper = "--tamper" in sys.argv
    host = urllib.parse.urlparse(base).netloc
    params = {"RegionId": "cn-hangzhou", "InstanceName": "web-*", "PageSize": "5"}
    query = "&".join(encode(k) + "=" + encode(v) for k, v in sorted(params.items(), key=lambda kv: encode(kv[0])))
    payload_hash = hashlib.sha256(b"").hexdigest()
    headers = {
        "host": host,
        "x-acs-action": "DescribeInstances",
        "x-acs-version": "2014-05-26",
        "x-acs-date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "x-acs-signature-nonce": uuid.uuid4().hex,
        "x-acs-content-sha256": payload_hash,
    }
    names = sorted(headers)
    canonical = "\n".join([
        "POST", "/", query,
        "".join(n + ":" + headers[n].strip() + "\n" for n in names),
        ";".join(names), payload_hash,
    ])
    to_sign = "ACS3-HMAC-SHA256\n" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    signature = hmac.new(secret.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    if tamper:
        query = query.replace("PageSize=5", "PageSize=6")
    request = urllib.request.Request(base.rstrip("/") + "/?" + query, data=b"", method="POST")
    for n in names:
        if n != "host":
            request.add_header(n, headers[n])
    request.add_header("Authorization", "ACS3-HMAC-SHA256 Credential=%s,SignedHeaders=%s,Signature=%s" % (ak, ";".join(names), signature))
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            status, body = response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read().decode("utf-8")
    print(status)
    print(body)


if __name__ == "__main__":
    main()
