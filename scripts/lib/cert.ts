// A throwaway self-signed certificate for the local https server, so the real news host name
// (mapped to 127.0.0.1 in the browser) can be served over https as the live site is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cert {
  key: string;
  cert: string;
}

/** Returns null when openssl is missing; callers then fall back to plain http. */
export function makeSelfSignedCert(hosts: string[]): Cert | null {
  const dir = mkdtempSync(join(tmpdir(), 'soitin-cert-'));
  try {
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
        '-subj', `/CN=${hosts[0] ?? 'localhost'}`,
        '-addext', `subjectAltName=${san}`,
        '-keyout', join(dir, 'key.pem'),
        '-out', join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
