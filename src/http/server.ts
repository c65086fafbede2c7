import type { FastifyInstance } from "fastify";
import { hashPassword, randomPassword } from "../accounts/password.js";
import type { Config } from "../config.js";
import { openStore } from "../store/open-store.js";
import type { StoreService } from "../store/store-types.js";
import { buildApp } from "./app.js";

export interface RunningServer {
  app: FastifyInstance;
  store: StoreService;
  url: string;
  close(): Promise<void>;
}

/**
 * On an empty users table, creates `admin` with a random password and says so once: the only
 * time the password is ever shown.
 */
export async function ensureAdmin(
  store: StoreService,
): Promise<{ name: string; password: string } | null> {
  if ((await store.usersCount()) > 0) return null;
  const password = randomPassword();
  await store.userAdd(
    { name: "admin", role: "admin", passwordHash: await hashPassword(password) },
    { by: "vigil serve", why: "first run: the first admin" },
  );
  return { name: "admin", password };
}

export function firstRunMessage(url: string, admin: { name: string; password: string }): string {
  return [
    "",
    `First run: created the user "${admin.name}" (role admin) with the password`,
    "",
    `    ${admin.password}`,
    "",
    "It is shown this once. Log in with it, then add users and change it:",
    `    curl -c cookies.txt -H 'content-type: application/json' \\`,
    `         -d '{"name":"${admin.name}","password":"…"}' ${url}/api/auth/login`,
    `    vigil users password ${admin.name}        (with the server stopped)`,
    "",
  ].join("\n");
}

/** Builds the app over an open store and listens; `close()` stops the server, then the store. */
export async function serveStore(store: StoreService, config: Config): Promise<RunningServer> {
  const app = await buildApp({ store, config });
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app.close();
    throw err;
  }
  const url = address.replace("://[::1]", "://localhost").replace("://127.0.0.1", "://localhost");
  return {
    app,
    store,
    url,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** Opens the store, builds the app and listens: `vigil serve`. */
export async function startServer(
  config: Config,
  say: (line: string) => Promise<void> | void,
): Promise<RunningServer> {
  const store = await openStore(config, { command: "vigil serve" });
  try {
    const admin = await ensureAdmin(store);
    const server = await serveStore(store, config);
    await say(
      `vigil serve: listening on ${server.url}${config.public ? " (public mode: anonymous visitors read public data)" : ""}\n`,
    );
    if (admin) await say(firstRunMessage(server.url, admin) + "\n");
    return server;
  } catch (err) {
    await store.close();
    throw err;
  }
}
