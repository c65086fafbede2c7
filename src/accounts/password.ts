import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// Passwords are hashed with scrypt (memory-hard), a random salt per user, and compared in
// constant time. The parameters travel with the hash (`scrypt$N$r$p$salt$hash`), so they can be
// raised later without invalidating stored hashes. `crypto.scrypt` runs on libuv's thread pool:
// hashing never blocks the server's event loop.

const N = 1 << 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

function derive(
  password: string,
  salt: Buffer,
  opts: ScryptOptions,
  keylen: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, keylen, opts, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r: R, p: P, maxmem: MAXMEM }, KEYLEN);
  return ["scrypt", N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, "base64url");
  const expected = Buffer.from(parts[5]!, "base64url");
  if (!Number.isSafeInteger(n) || expected.length === 0) return false;
  const key = await derive(password, salt, { N: n, r, p, maxmem: MAXMEM }, expected.length);
  return timingSafeEqual(key, expected);
}

/**
 * A hash of a random password: verifying against it takes as long as against a real one, so a
 * login for a name that does not exist cannot be told apart by its timing.
 */
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomBytes(16).toString("hex")));
}
let dummy: Promise<string> | null = null;

/** A password for the first admin: 24 characters from a 64-letter alphabet (144 bits). */
export function randomPassword(): string {
  return randomBytes(18).toString("base64url");
}

/** Passwords a server accepts: 10 to 1024 characters. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "a password needs at least 10 characters";
  if (password.length > 1024) return "a password has at most 1024 characters";
  return null;
}
