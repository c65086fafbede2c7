import { hashPassword, randomPassword } from "../accounts/password.js";
import type { StoreService } from "../store/store-types.js";

/** The demo's login: `admin` with a new random password, created or reset on every run. */
export async function demoLogin(store: StoreService): Promise<{ name: string; password: string }> {
  const name = "admin";
  const password = randomPassword();
  const passwordHash = await hashPassword(password);
  const existing = (await store.usersList()).find((u) => u.name === name);
  if (!existing) await store.userAdd({ name, role: "admin", passwordHash });
  else {
    await store.userSetPassword(name, passwordHash);
    if (existing.role !== "admin") await store.userSetRole(name, "admin");
  }
  return { name, password };
}
